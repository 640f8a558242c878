"""Version history computed from the committed snapshots."""

from __future__ import annotations

import pytest

from futcompare import FutcompareError
from futcompare.pairs import adhoc_pair, get_pair
from futcompare.versions import histories


def test_a_relation_that_changed_timeout_error_became_one_class() -> None:
    history = histories(get_pair("future"))["TimeoutError"]
    first, second = history.spans
    assert (first.versions, first.status) == ("3.9–3.10", "differs")
    assert (second.first, second.status) == ("3.11", "same")
    assert history.describe("asyncio", "concurrent.futures")[0].startswith(
        "3.11: asyncio asyncio.exceptions.TimeoutError -> builtins.TimeoutError;"
    )


def test_a_member_that_appeared_queue_shutdown() -> None:
    history = histories(get_pair("queue"))["shutdown"]
    assert history.spans[0].status is None and history.spans[0].first == "3.9"
    assert history.spans[1].first == "3.13"
    assert history.describe("asyncio", "queue")[0] == "3.13: appeared (same)"


def test_a_parameter_that_went_away_loop() -> None:
    history = histories(get_pair("event"))["__init__"]
    changes = history.describe("asyncio", "threading")
    assert "3.11: asyncio (*, loop=<object object>) -> (); differs -> same" in changes


def test_rows_that_never_changed_have_one_span() -> None:
    history = histories(get_pair("future"))["result"]
    assert not history.changed
    assert history.spans[0].first == "3.9"


def test_no_snapshot_has_an_adhoc_pair() -> None:
    with pytest.raises(FutcompareError, match=r"no committed snapshot has synthetic_classes\.SyncClient"):
        histories(adhoc_pair("synthetic_classes.SyncClient", "synthetic_classes.AsyncClient"))

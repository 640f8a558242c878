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


def test_a_row_that_differs_on_some_version_is_a_difference_timeout_error() -> None:
    from futcompare.pairs import build_matrix
    from futcompare.versions import across_rows, differing, pair_history

    pair = get_pair("future")
    matrix = build_matrix(pair)
    history, measured = pair_history(pair)
    timeout = across_rows(matrix, history, measured)["TimeoutError"]
    assert timeout.differs_on == ("3.9", "3.10")
    assert timeout.summary("asyncio", "concurrent.futures") == "differs on 3.9–3.10; same from 3.11"
    assert timeout.status_text("asyncio", "concurrent.futures").startswith("differs on 3.9–3.10: different classes:")
    assert "TimeoutError" in [row.name for row in differing(matrix, history, measured)]
    # A row that reads the same everywhere is no difference.
    assert not across_rows(matrix, history, measured)["done"].differs


def test_a_change_of_cell_only_is_no_new_span_del_and_class_getitem() -> None:
    # __del__'s signature is read from the pure-Python twin until 3.12 and from the C method from 3.13:
    # its cells changed, its status did not, so a reader sees one span, not two identical ones.
    history = histories(get_pair("future"))
    for name, status in (("__del__", "only-left"), ("__class_getitem__", "same")):
        assert history[name].changed  # the cells did change: the change is still described
        (run,) = history[name].runs()
        assert (run.first, run.status) == ("3.9", status)
        assert run.last == history[name].spans[-1].last

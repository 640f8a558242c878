"""Behaviour rows: probes observe what a call does, and the matrix compares the answers."""

from __future__ import annotations

import sys
import warnings

import pytest

from futcompare.errors import FutcompareError, UnavailableError
from futcompare.introspect import introspect
from futcompare.pairs import Pair, build_matrix, get_pair
from futcompare.probes import observe, outcome


def test_outcome_names_the_exception_where_its_class_lives() -> None:
    def raises() -> str:
        raise ValueError("Set of Tasks/Futures is empty.")

    assert outcome(raises) == "raises ValueError: Set of Tasks/Futures is empty."
    assert outcome(lambda: "returns 1") == "returns 1"


def test_outcome_adds_the_warnings_a_call_gives() -> None:
    def deprecated() -> str:
        warnings.warn("going away", DeprecationWarning, stacklevel=2)
        return "returns 1"

    assert outcome(deprecated) == "returns 1 (with DeprecationWarning: going away)"


def test_observe_answers_as_a_behaviour_surface() -> None:
    surface = observe("probe:wait.empty.cf")
    assert surface.kind == "behaviour"
    (answer,) = surface.members
    assert answer.signature == "returns (done: set of 0, pending: set of 0)"
    assert answer.doc == "`concurrent.futures.wait([])`"


def test_an_unknown_probe_is_named() -> None:
    with pytest.raises(FutcompareError, match=r"no probe 'wait\.nothing'"):
        observe("probe:wait.nothing")


def test_under_pyodide_a_probe_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "emscripten")
    with pytest.raises(UnavailableError, match="not run under Pyodide"):
        observe("probe:wait.empty.cf")


def test_behaviour_rows_differ_when_the_answers_differ() -> None:
    rows = {row.name: row for row in build_matrix(get_pair("wait")).rows}
    empty = rows["an empty fs"]
    assert empty.group == "behaviour"
    assert empty.status == "differs"
    assert empty.left is not None and empty.left.signature is not None
    assert empty.left.signature.startswith("raises ValueError: Set of ")
    assert [d.code for d in empty.deltas] == ["behaviour"]
    assert rows["timeout expires"].status == "same"


def test_a_behaviour_or_class_missing_on_one_side_leaves_it_absent() -> None:
    pair = Pair(
        name="",
        left="asyncio.Queue",
        right="queue.Queue",
        left_label="asyncio",
        right_label="queue",
        related=(("Missing", "asyncio.NoSuchQueue", "queue.Queue"), ("Gone", "asyncio.NoSuch", "queue.NoSuch")),
        behaviours=(("empty", "probe:wait.empty.asyncio", "probe:wait.empty.cf"),),
    )
    rows = {row.name: row for row in build_matrix(pair).rows}
    assert rows["Missing"].status == "only-right" and rows["Missing"].group == "class"
    assert "Gone" not in rows  # on neither side: no row
    assert rows["empty"].status == "differs"


def test_a_method_named_through_its_class_is_compared_without_self() -> None:
    (call,) = introspect("concurrent.futures.Future.result").members
    assert call.signature == "(timeout=None)"
    (call,) = introspect("asyncio.wait_for").members
    assert call.kind == "coroutine function"


def test_queue_family_rows() -> None:
    rows = {row.name: row for row in build_matrix(get_pair("queue")).rows}
    assert rows["LifoQueue"].group == "class"
    assert rows["QueueEmpty / Empty"].group == "exception"
    assert (
        rows["QueueEmpty / Empty"].left is not None
        and rows["QueueEmpty / Empty"].left.defined_in == "asyncio.queues.QueueEmpty"
    )
    assert ("QueueShutDown / ShutDown" in rows) == (sys.version_info >= (3, 13))


def test_every_question_is_written_in_the_catalogs_inline_markup() -> None:
    # The site renders a behaviour row's question as markup (its `code` as code): a question the
    # markup refuses would not build. Read from every measured version, as the site's rows are.
    from futcompare.markup import check
    from futcompare.pairs import PAIRS
    from futcompare.snapshots import committed_snapshots, load_committed, matrix_from_snapshot

    questions = {
        member.doc
        for name, path in committed_snapshots().items()
        for pair in PAIRS.values()
        for row in matrix_from_snapshot(pair, load_committed(name, path)).rows
        if row.group == "behaviour"
        for member in (row.left, row.right)
        if member is not None and member.doc
    }
    assert any("`" in question for question in questions)
    assert {question: check(question) for question in questions if check(question)} == {}

"""Every matrix has the rows of every measured version, not only those of the interpreter at hand.

``Queue.shutdown``, ``QueueShutDown`` / ``ShutDown`` and what ``put_nowait`` does after a
shutdown exist from CPython 3.13, ``RLock.locked`` from 3.14: read on 3.11, the queue and
rlock matrices still have them, with one mark per measured version and, for a row the
interpreter at hand has on neither side, the cells of the newest snapshot that has it.
The same assertions hold on every interpreter: the marks come from the snapshots.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from futcompare.model import Matrix, Member, PythonInfo, Row, Side
from futcompare.pairs import get_pair
from futcompare.versions import across_rows, histories, measured, with_measured_rows
from shared import RunCli

HERE = sys.version_info[:2]
VERSIONS = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
#: The newest committed snapshot, which the rows this interpreter lacks are read from.
NEWEST = "3.15.2"


def _json(run_cli: RunCli, *args: str) -> dict[str, Any]:
    status, out, err = run_cli("matrix", *args, "--format", "json")
    assert status == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _marks(row: dict[str, Any]) -> dict[str, str | None]:
    """The row's status on each measured version, from its version spans: one mark per version."""
    labels = VERSIONS
    marks: dict[str, str | None] = {}
    for span in row["versions"]:
        for label in labels[labels.index(span["first"]) : labels.index(span["last"]) + 1]:
            marks[label] = span["status"]
    return marks


def _expected(before: int, status: str) -> dict[str, str | None]:
    """None (on neither side) on the versions before 3.*before*, *status* from there on."""
    return {label: None if int(label.split(".")[1]) < before else status for label in VERSIONS}


def test_the_queue_matrix_has_the_shutdown_rows_of_3_13_and_later(run_cli: RunCli) -> None:
    rows = {row["name"]: row for row in _json(run_cli, "queue")["rows"]}
    expected = {
        "shutdown": "same",
        "QueueShutDown / ShutDown": "differs",
        "put_nowait after shutdown": "differs",
    }
    for name, status in expected.items():
        row = rows[name]
        assert _marks(row) == _expected(13, status), name
        assert row["differs_on"] == ([] if status == "same" else ["3.13", "3.14", "3.15"]), name
        assert row["entries"] == ["shutdown"], name  # the catalog entry that explains them
        if HERE >= (3, 13):
            # This interpreter has the row: its status here, read live.
            assert (row["status"], row["taken_from"]) == (status, None), name
        else:
            # Not here: no status here, and the cells of the newest snapshot, which says which it is.
            assert (row["status"], row["left"], row["right"]) == (None, None, None), name
            assert row["status_label"] == "on neither side"
            taken = row["taken_from"]
            assert (taken["version"], taken["status"]) == (NEWEST, status), name
            assert taken["left"]["name"] == taken["right"]["name"] == name
    assert rows["shutdown"]["across"] == "on neither side on 3.9–3.12; same from 3.13"
    assert "shutdown" not in [row["name"] for row in _json(run_cli, "queue", "--only-differences")["rows"]]
    assert "QueueShutDown / ShutDown" in [row["name"] for row in _json(run_cli, "queue", "--only-differences")["rows"]]
    # In the table's order: the member among the members, the exception after QueueFull / Full.
    names = list(rows)
    assert names[names.index("qsize") + 1] == "shutdown"
    assert names[names.index("QueueFull / Full") + 1] == "QueueShutDown / ShutDown"


def test_the_rlock_matrix_has_locked_of_3_14_and_later(run_cli: RunCli) -> None:
    (locked,) = [row for row in _json(run_cli, "rlock")["rows"] if row["name"] == "locked"]
    assert _marks(locked) == _expected(14, "only-right")
    assert locked["differs_on"] == ["3.14", "3.15"]  # never this interpreter's version where it lacks it
    assert set(locked["entries"]) == {"no-asyncio-rlock", "locked-method"}
    if HERE >= (3, 14):
        assert (locked["status"], locked["taken_from"]) == ("only-right", None)
    else:
        assert locked["status"] is None and locked["taken_from"]["status"] == "only-right"


def test_a_snapshot_matrix_gains_the_rows_of_the_other_versions_too(run_cli: RunCli) -> None:
    # As CPython 3.9 saw it: no shutdown, which the newest snapshot gives, with its version.
    data = _json(run_cli, "queue", "--python", "3.9")
    (shutdown,) = [row for row in data["rows"] if row["name"] == "shutdown"]
    assert (shutdown["status"], shutdown["taken_from"]["version"]) == (None, NEWEST)


def test_the_text_and_markdown_say_a_row_is_not_on_this_python(run_cli: RunCli) -> None:
    status, out, err = run_cli("matrix", "rlock", "--python", "3.12", "--format", "markdown")
    assert status == 0, err
    (line,) = [line for line in out.splitlines() if "`locked`" in line]
    assert line.startswith("| · | `locked` | – | `()` | not on this Python (read on 3.15.2): ")
    assert "on neither side on 3.9–3.13 — only in threading from 3.14" in line
    assert "`·` not on this Python" in out
    status, out, err = run_cli("matrix", "rlock", "--python", "3.12")
    assert status == 0, err
    assert any(line.startswith("· locked") and "not on this Python" in line for line in out.splitlines()), out


# -- the union itself, on matrices made up here ----------------------------------------------------


def _member(name: str, signature: str) -> Member:
    return Member(name, "method", signature, (), "live", "Made.Up", f"{name} as of {signature}")


def _matrix(version: str, *rows: tuple[str, str]) -> Matrix:
    """A matrix on CPython *version* whose rows (name, signature) read the same on both sides."""
    return Matrix(
        "made-up",
        "made up",
        Side("asyncio", "a.X", "a.X"),
        Side("threading", "t.X", "t.X"),
        PythonInfo("cpython", version),
        tuple(Row(name, "member", "same", _member(name, sig), _member(name, sig)) for name, sig in rows),
    )


def test_a_row_only_an_old_version_has_is_read_there_and_one_both_have_from_the_newest() -> None:
    snapshots = {
        "cpython-3.9.json": _matrix("3.9.18", ("a", "()"), ("gone", "(old)"), ("z", "()")),
        "cpython-3.10.json": _matrix("3.10.13", ("a", "()"), ("z", "()")),
        "cpython-3.11.json": _matrix("3.11.7", ("a", "()"), ("new", "(first)"), ("z", "()")),
        "cpython-3.12.json": _matrix("3.12.1", ("a", "()"), ("new", "(second)"), ("z", "()")),
    }
    live = snapshots["cpython-3.10.json"]
    union = with_measured_rows(live, snapshots)
    assert [row.name for row in union.rows] == ["a", "gone", "new", "z"]
    rows = {row.name: row for row in union.rows}
    assert (rows["a"].taken_from, rows["gone"].taken_from, rows["new"].taken_from) == ("", "3.9.18", "3.12.1")
    assert rows["new"].left is not None and rows["new"].left.signature == "(second)"
    history = histories(get_pair("future"), snapshots)  # the pair only names the error; the rows are these
    across = across_rows(union, history, measured(snapshots))
    assert across["gone"].marks == (("3.9", "same"), ("3.10", None), ("3.11", None), ("3.12", None))
    assert across["new"].marks == (("3.9", None), ("3.10", None), ("3.11", "same"), ("3.12", "same"))
    assert not across["gone"].differs and not across["new"].differs
    # Nothing to add: the same matrix.
    assert (
        with_measured_rows(snapshots["cpython-3.9.json"], {"cpython-3.9.json": snapshots["cpython-3.9.json"]})
        is (snapshots["cpython-3.9.json"])
    )

"""A side that names a factory function (threading.Lock before 3.13, threading.RLock always) is compared as
the class of the object it returns, and says so; a side that cannot be resolved to a class is refused in one line;
a pair whose one side does not exist (asyncio has no RLock) says so instead of failing."""

from __future__ import annotations

import json
import threading

import pytest

from shared import RunCli


@pytest.mark.parametrize("args", [("matrix", "threading.Lock", "asyncio.Lock"), ("matrix", "lock")])
def test_lock_compares_methods_with_methods(run_cli: RunCli, args: tuple[str, ...]) -> None:
    status, out, err = run_cli(*args, "--format", "json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    threading_side = data["left"] if data["left"]["path"] == "threading.Lock" else data["right"]
    assert threading_side["qualname"] == "_thread.lock"
    # Before 3.13 threading.Lock is the function _thread.allocate_lock; from 3.13 it is the class itself.
    is_function = not isinstance(threading.Lock, type)
    assert threading_side["factory"] == ("_thread.allocate_lock" if is_function else None)
    rows = {row["name"]: row for row in data["rows"]}
    for name in ("acquire", "release", "locked"):
        assert rows[name]["left"] is not None and rows[name]["right"] is not None, name  # both sides have it
        assert rows[name]["right"]["kind"] in ("method", "coroutine method")
    assert "parameter timeout=-1 only in threading" in [delta["text"] for delta in rows["acquire"]["deltas"]]
    noted = [note for note in rows["acquire"]["notes"] if "threading.Lock() returns" in note]
    assert len(noted) == (1 if is_function else 0)


def test_the_text_table_notes_the_factory_above_the_rows(run_cli: RunCli) -> None:
    status, out, _ = run_cli("matrix", "threading.RLock", "asyncio.Lock")
    assert status == 0
    head = " ".join(out.split("\n\n")[0].split())
    assert "Note: threading.RLock is a function on this Python, not a class: compared as _thread.RLock" in head


def test_a_function_against_a_class_is_refused_in_one_line(run_cli: RunCli) -> None:
    status, out, err = run_cli("matrix", "asyncio.wait", "threading.Lock")
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "cannot compare asyncio.wait with threading.Lock: asyncio.wait is a coroutine function" in err
    assert "give the dotted path of that class instead of asyncio.wait" in err


def test_rlock_pair_has_an_absent_side_and_says_why(run_cli: RunCli) -> None:
    status, out, err = run_cli("matrix", "rlock", "--format", "json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["left"]["path"] == "asyncio.RLock"
    assert data["left"]["absent"] == "'asyncio' has no attribute 'RLock'"
    # Every row is only in threading, here or, for a row this Python lacks (locked, 3.14+), where it exists.
    assert {(row["taken_from"] or row)["status"] for row in data["rows"]} == {"only-right"}
    assert {"acquire", "release", "__enter__", "__exit__"} <= {row["name"] for row in data["rows"]}
    status, out, _ = run_cli("matrix", "rlock")
    assert "Note: asyncio.RLock does not exist ('asyncio' has no attribute 'RLock')" in " ".join(out.split())


def test_an_absent_side_of_an_ordinary_pair_is_still_an_error(run_cli: RunCli) -> None:
    status, _, err = run_cli("matrix", "asyncio.RLock", "threading.RLock")
    assert status == 2 and "cannot import 'asyncio.RLock'" in err

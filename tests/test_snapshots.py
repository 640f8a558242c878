"""Snapshots: the live interpreter against its committed snapshot, and the diff that reports drift."""

from __future__ import annotations

import copy
import json
import sys
from typing import Any

import pytest

from futcompare import snapshots
from futcompare.errors import DamagedDataError, FutcompareError
from futcompare.model import Snapshot
from futcompare.pairs import PAIRS, Pair, build_matrix, get_pair, running_python
from futcompare.snapshots import (
    SNAPSHOT_DIR,
    committed_snapshots,
    diff_snapshots,
    load_snapshot,
    matrix_from_snapshot,
    snapshot_name,
    take_snapshot,
)

NATIVE = [f"cpython-3.{minor}.json" for minor in range(9, 16)]


@pytest.fixture(scope="module")
def live() -> Snapshot:
    return take_snapshot()


def test_a_snapshot_is_committed_for_every_cpython_from_39_to_315() -> None:
    assert set(NATIVE) <= set(committed_snapshots())
    for name in NATIVE:
        snapshot = load_snapshot(SNAPSHOT_DIR / name)
        assert snapshot.python.implementation == "cpython"
        assert snapshot.python.runtime == "native"
        assert snapshot_name(snapshot.python) == name
        assert set(snapshot.surfaces) >= {"asyncio.Future", "concurrent.futures.Future", "asyncio.CancelledError"}


def test_live_interpreter_matches_its_committed_snapshot(live: Snapshot) -> None:
    name = snapshot_name(running_python())
    if not (SNAPSHOT_DIR / name).is_file():
        pytest.skip(f"no committed snapshot {name} for this interpreter")
    drifts = diff_snapshots(load_snapshot(SNAPSHOT_DIR / name), live, name, "this interpreter")
    if drifts:
        pytest.fail(
            f"{len(drifts)} difference(s) between {name} and Python {sys.version.split()[0]};"
            " if the interpreter changed on purpose, run nox -s snapshots:\n" + "\n".join(f"  {d}" for d in drifts),
            pytrace=False,
        )


@pytest.mark.parametrize("pair", PAIRS.values(), ids=PAIRS)
def test_matrix_from_a_snapshot_equals_the_live_matrix(live: Snapshot, pair: Pair) -> None:
    # Every pair builds on every Python: a side that does not exist there (asyncio.Barrier before 3.11) is absent.
    from_live = build_matrix(pair)
    from_snapshot = matrix_from_snapshot(pair, live)
    assert from_snapshot.rows == from_live.rows
    assert (from_snapshot.left, from_snapshot.right) == (from_live.left, from_live.right)


def _member(snapshot: Snapshot, path: str, name: str) -> dict[str, Any]:
    (member,) = [m for m in snapshot.surfaces[path]["members"] if m["name"] == name]
    return member  # type: ignore[no-any-return]


def test_diff_reports_each_kind_of_drift(live: Snapshot) -> None:
    changed = copy.deepcopy(live)
    members = changed.surfaces["asyncio.Future"]["members"]
    members.remove(_member(changed, "asyncio.Future", "get_loop"))
    members.append({**_member(live, "asyncio.Future", "done"), "name": "wait"})
    _member(changed, "concurrent.futures.Future", "cancel")["signature"] = "(msg=None)"
    _member(changed, "concurrent.futures.Future", "done")["doc"] = "Something else."
    drifts = [str(d) for d in diff_snapshots(live, changed, "old", "new")]
    assert "removed member: asyncio.Future.get_loop is in old, not in new" in drifts
    assert "new member: asyncio.Future.wait() is in new, not in old" in drifts
    assert "changed signature: concurrent.futures.Future.cancel: () in old, (msg=None) in new" in drifts
    assert (
        "changed: concurrent.futures.Future.done doc: 'Return True if the future was cancelled or finished executing.'"
        " in old, 'Something else.' in new" in drifts
    )
    assert diff_snapshots(live, copy.deepcopy(live)) == []


def test_diff_reports_a_path_that_became_unavailable() -> None:
    # From the committed 3.11 snapshot, where asyncio.Barrier exists, whatever Python runs the test.
    available = load_snapshot(SNAPSHOT_DIR / "cpython-3.11.json")
    assert "unavailable" not in available.surfaces["asyncio.Barrier"]
    gone = copy.deepcopy(available)
    gone.surfaces["asyncio.Barrier"] = {"path": "asyncio.Barrier", "unavailable": "added in 3.11"}
    drifts = [str(d) for d in diff_snapshots(available, gone, "old", "new")]
    assert drifts == ["availability: asyncio.Barrier is available in old, unavailable in new"]
    drifts = [str(d) for d in diff_snapshots(gone, available, "old", "new")]
    assert drifts == ["availability: asyncio.Barrier is unavailable in old, available in new"]


def test_snapshot_versions_show_what_changed() -> None:
    pair = get_pair("future")
    old = matrix_from_snapshot(pair, load_snapshot(SNAPSHOT_DIR / "cpython-3.10.json"))
    new = matrix_from_snapshot(pair, load_snapshot(SNAPSHOT_DIR / "cpython-3.11.json"))
    old_status, new_status = ({row.name: row.status for row in m.rows} for m in (old, new))
    assert old_status["TimeoutError"] == "differs"
    assert new_status["TimeoutError"] == "same"


@pytest.mark.parametrize("pair", PAIRS.values(), ids=PAIRS)
def test_snapshot_matrices_are_each_snapshots_own(pair: Any) -> None:
    # Interpreters that saw the same surfaces share their rows; each keeps its own Python.
    matrices = snapshots.snapshot_matrices(pair)
    for name, path in committed_snapshots().items():
        try:
            expected = matrix_from_snapshot(pair, load_snapshot(path), name)
        except FutcompareError:
            assert name not in matrices
            continue
        assert matrices[name] == expected


def test_one_version_reads_only_its_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    load = snapshots.load_snapshot
    monkeypatch.setattr(snapshots, "load_snapshot", lambda path, *rest: read.append(path.name) or load(path, *rest))
    assert snapshots.find_snapshot("3.10.13")[0] == "cpython-3.10.json"
    assert read == ["cpython-3.10.json"]


def test_a_damaged_surface_fails_the_matrices_that_read_it_only(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, path in committed_snapshots().items():
        (tmp_path / name).write_bytes(path.read_bytes())
    damaged = load_snapshot(tmp_path / "cpython-3.11.json")
    del damaged.surfaces["threading.Event"]["members"][0]["kind"]
    (tmp_path / "cpython-3.11.json").write_text(json.dumps(damaged.to_json()), encoding="utf-8")
    monkeypatch.setattr(snapshots, "SNAPSHOT_DIR", tmp_path)
    assert "cpython-3.11.json" in snapshots.snapshot_matrices(get_pair("future"))
    with pytest.raises(DamagedDataError, match=r"cpython-3\.11\.json: surface 'threading\.Event': member .* 'kind'"):
        snapshots.snapshot_matrices(get_pair("event"))
    with pytest.raises(DamagedDataError, match=r"threading\.Event"):
        load_snapshot(tmp_path / "cpython-3.11.json")  # read whole, it is checked whole


def test_an_unknown_version_names_the_known_ones() -> None:
    with pytest.raises(FutcompareError, match=r"no snapshot of Python '3\.8'; snapshots exist for: 3\.9, 3\.10"):
        snapshots.find_snapshot("3.8")

"""`futcompare check`: each kind of drift is caught, using synthetic changes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from futcompare import catalog, drift
from futcompare.model import Snapshot
from futcompare.pairs import running_python
from futcompare.snapshots import SNAPSHOT_DIR, load_snapshot, snapshot_name, take_snapshot
from shared import RunCli


@pytest.fixture(scope="module")
def live() -> Snapshot:
    return take_snapshot()


@pytest.fixture
def committed() -> Snapshot:
    path = SNAPSHOT_DIR / snapshot_name(running_python())
    if not path.is_file():
        pytest.skip(f"no committed snapshot {path.name}")
    return load_snapshot(path)


def test_consistent_interpreter_passes(run_cli: RunCli) -> None:
    status, out, _ = run_cli("check")
    assert out.endswith("and the catalog: consistent\n"), out
    assert status == 0


def _members(snapshot: Snapshot, path: str) -> list[dict[str, Any]]:
    return snapshot.surfaces[path]["members"]  # type: ignore[no-any-return]


def test_new_member_removed_member_and_changed_signature(live: Snapshot, committed: Snapshot) -> None:
    changed = copy.deepcopy(live)
    members = _members(changed, "concurrent.futures.Future")
    (result,) = [m for m in members if m["name"] == "result"]
    result["signature"] = "(timeout=None, *, poll=False)"
    members.remove(next(m for m in members if m["name"] == "running"))
    members.append({**result, "name": "result_nowait", "signature": "()", "parameters": []})
    report = drift.check(changed, committed)
    assert not report.ok
    kinds = {d.kind for d in report.drifts}
    assert {"new member", "removed member", "changed signature"} <= kinds
    text = report.render()
    assert "  - new member: concurrent.futures.Future.result_nowait() is in this interpreter, not in snapshot" in text
    assert "  - removed member: concurrent.futures.Future.running is in snapshot" in text
    assert "(timeout=None, *, poll=False) in this interpreter" in text


def test_a_catalogued_difference_that_no_longer_exists(
    live: Snapshot, committed: Snapshot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    entry = {
        "id": "cancel-message",
        "title": "cancel(msg)",
        "members": ["cancel"],
        "category": "signature",
        "since": "3.9",
        "until": None,
        "summary": "Only asyncio's cancel() takes a message.",
        "reason": "Added for tasks.",
        "references": [],
        "example": "future/cancel_message.py",
    }
    (tmp_path / "future.json").write_text(json.dumps({"pair": "future", "entries": [entry]}))
    monkeypatch.setattr(catalog, "CATALOG_DIR", tmp_path)
    # Make concurrent.futures.Future.cancel take msg=None too: the catalogued difference is gone.
    changed = copy.deepcopy(live)
    aio_cancel = next(m for m in _members(changed, "asyncio.Future") if m["name"] == "cancel")
    cf_cancel = next(m for m in _members(changed, "concurrent.futures.Future") if m["name"] == "cancel")
    cf_cancel.update(signature=aio_cancel["signature"], parameters=aio_cancel["parameters"])
    report = drift.check(changed, committed)
    problems = [d.text for d in report.drifts if d.kind == "catalog"]
    assert any(
        text.startswith(f"{tmp_path / 'future.json'}: entry 'cancel-message' says it holds on 3.9+, but on Python")
        and text.endswith("its rows (cancel) are the same on both sides; correct since/until")
        for text in problems
    ), report.render()


def test_check_exits_1_with_a_report(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, live: Snapshot) -> None:
    changed = copy.deepcopy(live)
    _members(changed, "asyncio.Future").pop()
    monkeypatch.setattr(drift, "take_snapshot", lambda: changed)
    status, out, _ = run_cli("check")
    assert status == 1
    assert "drift(s)" in out.splitlines()[0]
    assert "take the snapshot again (nox -s snapshots)" in out


def test_missing_snapshot_is_reported(monkeypatch: pytest.MonkeyPatch, live: Snapshot, tmp_path: Any) -> None:
    monkeypatch.setattr(drift, "SNAPSHOT_DIR", tmp_path)
    report = drift.check(live)
    assert not report.ok
    assert report.drifts[0].text.startswith(f"no committed snapshot {snapshot_name(live.python)}; take one with")


def test_drift_between_two_versions_of_a_synthetic_class() -> None:
    from futcompare.pairs import Pair
    from futcompare.snapshots import diff_snapshots, take_snapshot

    def snapshot_of(path: str) -> Snapshot:
        snapshot = take_snapshot((Pair(name="client", left=path, right=path, left_label="old", right_label="new"),))
        # Both versions stand at one dotted path, as one class does on two Pythons.
        surface = snapshot.surfaces.pop(path)
        surface["path"] = "lib.Client"
        surface["qualname"] = "lib.Client"
        surface["doc"] = "A client."
        surface["facts"]["mro_names"] = ["lib.Client", "builtins.object"]
        for member in surface["members"]:
            member["defined_in"] = "lib.Client"
        snapshot.surfaces["lib.Client"] = surface
        return snapshot

    old, new = snapshot_of("synthetic_classes.ClientV1"), snapshot_of("synthetic_classes.ClientV2")
    drifts = [str(d) for d in diff_snapshots(old, new, "3.12", "3.13")]
    assert drifts == [
        "changed signature: lib.Client.fetch: (url: 'str') -> 'None' in 3.12,"
        " (url: 'str', *, timeout: 'float' = 1.0) -> 'None' in 3.13",
        "new member: lib.Client.fetch_all() -> 'None' is in 3.13, not in 3.12",
        "removed member: lib.Client.legacy is in 3.12, not in 3.13",
    ]

"""The committed snapshots of CPython 3.14 and 3.15, taken under Pyodide (WebAssembly) by tools/pyodide/snapshot.mjs.

Most checks read the committed files only. The last one takes each snapshot again with Node.js and compares it
with the committed one; it is skipped when node or tools/pyodide/node_modules is missing.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from futcompare.pairs import PAIRS, get_pair, pair_paths
from futcompare.snapshots import SNAPSHOT_DIR, diff_snapshots, load_snapshot, matrix_from_snapshot, snapshot_name

REPO = Path(__file__).resolve().parents[1]
TOOL = REPO / "tools" / "pyodide"
SCRIPT = TOOL / "snapshot.mjs"
REGENERATE = "node tools/pyodide/snapshot.mjs (after npm ci --prefix tools/pyodide)"

#: (snapshot file, --version of snapshot.mjs, npm alias in tools/pyodide/package.json, Python version pattern)
PYODIDE_SNAPSHOTS = [
    ("cpython-3.14-pyodide.json", "314", "pyodide-314", r"3\.14\.\d+"),
    # The 3.15 Pyodide is a pre-release; so is its CPython (3.15.0a…, b… or rc…).
    ("cpython-3.15-pyodide.json", "315", "pyodide-315", r"3\.15\.0(a|b|rc)\d+"),
]
IDS = [version for _, version, _, _ in PYODIDE_SNAPSHOTS]


def pinned_pyodide(alias: str) -> str:
    """The Pyodide version tools/pyodide/package.json pins under *alias* (``npm:pyodide@314.0.7`` -> ``314.0.7``)."""
    dependencies = json.loads((TOOL / "package.json").read_text(encoding="utf-8"))["dependencies"]
    spec = dependencies[alias]
    assert spec.startswith("npm:pyodide@"), f"tools/pyodide/package.json: {alias} should be an npm:pyodide@ alias"
    return spec.split("@", 1)[1]


def without_node_version(snapshot: dict[str, Any]) -> dict[str, Any]:
    """*snapshot* with the Node.js version cut from its runtime label: any Node.js takes the same snapshot."""
    python = dict(snapshot["python"])
    python["runtime"] = python["runtime"].split(" under Node.js ")[0]
    return {**snapshot, "python": python}


@pytest.fixture(params=PYODIDE_SNAPSHOTS, ids=IDS)
def case(request: pytest.FixtureRequest) -> tuple[str, str, str, str]:
    return request.param  # type: ignore[no-any-return]


def test_snapshot_declares_cpython_on_emscripten(case: tuple[str, str, str, str]) -> None:
    name, _, _, version_pattern = case
    snapshot = load_snapshot(SNAPSHOT_DIR / name)
    python = snapshot["python"]
    assert python["implementation"] == "cpython"
    assert python["platform"] == "emscripten"
    assert re.fullmatch(version_pattern, python["version"]), python["version"]
    assert snapshot_name(python) == name


def test_snapshot_carries_runtime_label(case: tuple[str, str, str, str]) -> None:
    name, _, alias, _ = case
    runtime = load_snapshot(SNAPSHOT_DIR / name)["python"]["runtime"]
    pyodide = re.escape(pinned_pyodide(alias))
    assert re.fullmatch(rf"Pyodide {pyodide} \(WebAssembly\) under Node\.js v\d+\.\d+\.\d+", runtime), (
        f"{name}: runtime {runtime!r} does not name the Pyodide that tools/pyodide/package.json pins; "
        f"take it again with {REGENERATE}"
    )


def test_snapshot_has_every_registered_path(case: tuple[str, str, str, str]) -> None:
    """3.14+ has every registered pair (asyncio.Barrier included): nothing is recorded as unavailable,
    but the side a pair declares optional (asyncio.RLock, which no version has)."""
    name = case[0]
    surfaces = load_snapshot(SNAPSHOT_DIR / name)["surfaces"]
    for pair in PAIRS.values():
        optional = {"left": pair.left, "right": pair.right}.get(pair.optional_side or "")
        for path, _, _ in pair_paths(pair):
            assert path in surfaces, f"{name} has no {path!r}; take it again with {REGENERATE}"
            if path != optional:
                assert "unavailable" not in surfaces[path], f"{name}: {path}: {surfaces[path].get('unavailable')}"


def test_future_pair_surfaces(case: tuple[str, str, str, str]) -> None:
    name = case[0]
    surfaces = load_snapshot(SNAPSHOT_DIR / name)["surfaces"]
    future = surfaces["asyncio.Future"]
    assert future["qualname"] == "_asyncio.Future", "the C future, as on every CPython since 3.6"
    assert future["twin"] == "asyncio.futures._PyFuture"
    members = {member["name"]: member for member in future["members"]}
    assert members["add_done_callback"]["signature_source"] == "twin"
    assert members["set_result"]["signature"] == "(result, /)"
    concurrent = {member["name"]: member for member in surfaces["concurrent.futures.Future"]["members"]}
    assert concurrent["result"]["signature"] == "(timeout=None)"
    for exception in ("CancelledError", "TimeoutError", "InvalidStateError"):
        assert surfaces[f"asyncio.{exception}"]["kind"] == "exception"
        assert surfaces[f"concurrent.futures.{exception}"]["kind"] == "exception"


def test_future_matrix_from_snapshot(case: tuple[str, str, str, str]) -> None:
    name = case[0]
    snapshot = load_snapshot(SNAPSHOT_DIR / name)
    matrix = matrix_from_snapshot(get_pair("future"), snapshot, name)
    assert matrix.python["version"] == snapshot["python"]["version"]
    assert matrix.python["source"] == name
    status = {row.name: row.status for row in matrix.rows}
    assert status["get_loop"] == "only-left"
    assert status["set_running_or_notify_cancel"] == "only-right"
    assert status["result"] == "differs"
    assert {"CancelledError", "TimeoutError", "InvalidStateError"} <= set(status)


def test_every_pair_builds_from_snapshot(case: tuple[str, str, str, str]) -> None:
    name = case[0]
    snapshot = load_snapshot(SNAPSHOT_DIR / name)
    for pair in PAIRS.values():
        assert matrix_from_snapshot(pair, snapshot, name).rows, pair.name


def test_regenerated_snapshot_matches_committed(case: tuple[str, str, str, str], tmp_path: Path) -> None:
    name, version, alias, _ = case
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; the Pyodide snapshots are taken under Node.js")
    if not (TOOL / "node_modules" / alias / "pyodide.mjs").is_file():
        pytest.skip(f"tools/pyodide/node_modules/{alias} is missing; run: npm ci --prefix tools/pyodide")
    result = subprocess.run(
        [node, str(SCRIPT), "--version", version, "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert name in result.stdout, result.stdout
    fresh = load_snapshot(tmp_path / name)
    committed = load_snapshot(SNAPSHOT_DIR / name)
    if without_node_version(fresh) != without_node_version(committed):
        lines = [str(line) for line in diff_snapshots(committed, fresh, "committed", "regenerated")]
        pytest.fail(
            f"{name} is out of date ({fresh['python']['version']} under Pyodide now sees otherwise); "
            f"take it again with {REGENERATE}:\n" + "\n".join(lines or ["python: " + json.dumps(fresh["python"])])
        )

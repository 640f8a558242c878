"""Source references: a quoted stdlib snippet, located on every measured interpreter, never a typed line number."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from futcompare import FutcompareError
from futcompare.catalog import CATALOG_DIR, load_catalog
from futcompare.errors import DamagedDataError
from futcompare.model import PythonInfo, Snapshot
from futcompare.pairs import running_python
from futcompare.snapshots import SNAPSHOT_DIR, committed_snapshots, diff_snapshots, load_snapshot, snapshot_name
from futcompare.sources import catalog_sources, locate, record_sources, resolve_sources
from shared import write_catalog

SOURCE = """\
class Future:
    _blocking = False

    def result(self):
        if self._state != _PENDING:
            return False
        raise InvalidStateError('not ready')

    def cancel(self):
        if self._state != _PENDING:
            return False


if True:
    def _wait():
        pass
"""


def entry(**fields: Any) -> dict[str, Any]:
    base = {
        "id": "result-pending",
        "title": "result()",
        "members": ["result"],
        "category": "behaviour",
        "since": "3.9",
        "until": None,
        "summary": "It raises.",
        "reason": "Because.",
        "references": [],
        "example": "future/result_pending.py",
    }
    return {**base, **fields}


def source(**fields: Any) -> dict[str, Any]:
    return {"file": "Lib/asyncio/futures.py", "snippet": "_blocking = False", "what": "a flag", **fields}


def catalog_with(tmp_path: Path, **fields: Any) -> Path:
    return write_catalog(tmp_path, "future", [entry(**fields)])


def test_locate_finds_a_line_part_several_lines_and_a_scope() -> None:
    assert locate(SOURCE, "_blocking = False") == [(2, 2)]
    assert locate(SOURCE, "InvalidStateError('not ready')") == [(7, 7)]  # part of a line
    assert locate(SOURCE, "if self._state != _PENDING:\nreturn False") == [(5, 6), (10, 11)]
    assert locate(SOURCE, "if self._state != _PENDING:\nreturn False", "Future.cancel") == [(10, 11)]
    assert locate(SOURCE, "pass", "_wait") == [(16, 16)]  # a def under an if
    assert locate(SOURCE, "return True") == []
    with pytest.raises(LookupError, match=r"no class or function Future\.done"):
        locate(SOURCE, "pass", "Future.done")


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ("Lib/x.py", "sources must be a list of"),
        ([source(file="Modules/_asynciomodule.c")], "file 'Modules/_asynciomodule.c' is not a pure-Python stdlib"),
        ([source(file="asyncio/futures.py")], "is not a pure-Python stdlib file like 'Lib/asyncio/futures.py'"),
        ([source(file="Lib/../etc/passwd.py")], "is not a pure-Python stdlib file"),
        ([{"file": "Lib/asyncio/futures.py", "snippet": "x"}], "sources[0]: missing key(s) what"),
        ([source(line=12)], "sources[0]: unknown key(s) line"),
        ([source(snippet="    return x")], "quote the snippet without indentation"),
        ([source(snippet="a\n\nb")], "quote the snippet without indentation, surrounding spaces or blank lines"),
        ([source(what=" ")], "what must say, in a few words"),
        ([source(**{"in": "Future.result()"})], "in must be the dotted name of a class or function"),
        ([source(since="3.10.1")], 'since must be a version like "3.10"'),
        ([source(), source(until="three")], 'sources[1]: until must be a version like "3.10", null'),
    ],
)
def test_a_bad_source_names_the_entry_and_the_fix(tmp_path: Path, sources: Any, message: str) -> None:
    path = catalog_with(tmp_path, sources=sources)
    with pytest.raises(FutcompareError) as raised:
        load_catalog("future", path)
    assert f"{path}: entry 'result-pending': " in str(raised.value)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("fields", "typed"),
    [
        ({"evidence": "Lib/asyncio/futures.py (3.11) line 173: `call_soon`"}, "'line 173'"),
        ({"evidence": "lines 419-424 call fn(self)"}, "'lines 419'"),
        ({"reason": "see futures.py:198"}, "'.py:198'"),
        ({"summary": "see [here](https://github.com/python/cpython/blob/main/Lib/asyncio/futures.py#L198)"}, "'#L198'"),
        ({"sources": [source(what="the line 12 flag")]}, "sources[0].what types a source line number ('line 12')"),
    ],
)
def test_a_typed_line_number_fails_the_load(tmp_path: Path, fields: dict[str, Any], typed: str) -> None:
    path = catalog_with(tmp_path, **fields)
    with pytest.raises(FutcompareError, match="types a source line number") as raised:
        load_catalog("future", path)
    assert typed in str(raised.value)
    assert 'quote the line in "sources" instead' in str(raised.value)


def test_words_that_are_not_line_numbers_pass(tmp_path: Path) -> None:
    path = catalog_with(tmp_path, evidence="A deadline 3 s away; 3.9-3.13 print one line; gh-115015.")
    assert load_catalog("future", path).entries[0].evidence.startswith("A deadline")


def test_the_catalog_types_no_line_number_and_every_source_names_a_lib_file() -> None:
    sources = catalog_sources()
    assert sources, "the Future catalog quotes its sources"
    assert all(s.file.startswith("Lib/") and s.file.endswith(".py") for s in sources)


def snapshot(version: str, records: list[dict[str, Any]], platform: str = "linux") -> Snapshot:
    return Snapshot(PythonInfo("cpython", version, platform), surfaces={}, sources=records)


def record(found: list[list[int]], **fields: Any) -> dict[str, Any]:
    return {"file": "Lib/asyncio/futures.py", "in": "", "snippet": "_blocking = False", "found": found, **fields}


def test_resolve_gives_file_line_version_and_link(tmp_path: Path) -> None:
    catalog = load_catalog("future", catalog_with(tmp_path, sources=[source()]))
    snapshots = {
        "cpython-3.9.json": snapshot("3.9.18", [record([[68, 68]])]),
        "cpython-3.14-pyodide.json": snapshot("3.14.2", [record([[70, 71]])], "emscripten"),
    }
    resolved, problems = resolve_sources(catalog, snapshots)
    assert problems == []
    ((item,),) = resolved.values()
    old, new = item.locations
    assert (old.version, old.lines, old.runtime) == ("3.9.18", "line 68", "native")
    assert (
        old.url("Lib/asyncio/futures.py") == "https://github.com/python/cpython/blob/v3.9.18/Lib/asyncio/futures.py#L68"
    )
    assert (new.lines, new.runtime) == ("lines 70–71", "Pyodide")
    assert new.url("Lib/asyncio/futures.py").endswith("/v3.14.2/Lib/asyncio/futures.py#L70-L71")


@pytest.mark.parametrize(
    ("records", "problem"),
    [
        ([], "has no record in snapshot cpython-3.10.json (CPython 3.10.13); run nox -s snapshots"),
        ([record([])], "is not found in snapshot cpython-3.10.json (CPython 3.10.13); quote it as that version's file"),
        (
            [record([], error="no class or function Future.done")],
            "is not found (no class or function Future.done) in snapshot cpython-3.10.json",
        ),
        (
            [record([[1, 1], [9, 9]])],
            "occurs 2 times (at 1, 9) in snapshot cpython-3.10.json (CPython 3.10.13); quote more",
        ),
    ],
)
def test_a_snippet_not_located_once_is_one_line_naming_catalog_entry_snippet_and_fix(
    tmp_path: Path, records: list[dict[str, Any]], problem: str
) -> None:
    path = catalog_with(tmp_path, sources=[source()])
    snapshots = {
        "cpython-3.9.json": snapshot("3.9.18", [record([[68, 68]])]),
        "cpython-3.10.json": snapshot("3.10.13", records),
    }
    _, problems = resolve_sources(load_catalog("future", path), snapshots)
    (line,) = [problem.message for problem in problems]
    assert line.startswith(f"{path}: entry 'result-pending': sources[0] (Lib/asyncio/futures.py: `_blocking = False`) ")
    assert problem in line and "\n" not in line


def test_a_source_is_looked_for_only_in_its_range(tmp_path: Path) -> None:
    snapshots = {
        "cpython-3.9.json": snapshot("3.9.18", [record([])]),
        "cpython-3.11.json": snapshot("3.11.7", [record([[53, 53]])]),
        "cpython-3.13.json": snapshot("3.13.0", [record([[53, 53]])]),
    }
    # Its own range, open-ended: the entry holds only to 3.10, the snippet from 3.11 on.
    path = catalog_with(tmp_path, until="3.10", sources=[source(since="3.11", until=None)])
    resolved, problems = resolve_sources(load_catalog("future", path), snapshots)
    assert problems == []
    assert [loc.version for loc in resolved["result-pending"][0].locations] == ["3.11.7", "3.13.0"]
    # Left out, since/until are the entry's: 3.9 must have it, and does not.
    path = catalog_with(tmp_path, sources=[source()])
    _, problems = resolve_sources(load_catalog("future", path), snapshots)
    assert len(problems) == 1 and "is not found in snapshot cpython-3.9.json" in problems[0].message
    # A range no measured interpreter is in.
    path = catalog_with(tmp_path, sources=[source(since="3.10", until="3.10")])
    _, problems = resolve_sources(load_catalog("future", path), snapshots)
    assert [(p.entry, p.field, p.file) for p in problems] == [("result-pending", "sources[0]", path)]
    assert [p.message for p in problems] == [
        f"{path}: entry 'result-pending': sources[0] (Lib/asyncio/futures.py: `_blocking = False`): no measured"
        " interpreter is in its range 3.10–3.10; correct its since/until (or the entry's)"
    ]


def test_every_committed_snapshot_locates_every_catalog_source() -> None:
    for path in committed_snapshots().values():
        data = load_snapshot(path)
        recorded = {(r["file"], r["in"], r["snippet"]) for r in data.sources}
        missing = [s.key for s in catalog_sources() if s.key not in recorded]
        assert not missing, f"{path.name} has no record of {missing}; run nox -s snapshots"
    committed = {name: load_snapshot(p) for name, p in committed_snapshots().items()}
    for path in sorted(CATALOG_DIR.glob("*.json")):
        _, problems = resolve_sources(load_catalog(path.stem, path), committed)
        assert problems == [], "\n".join(map(str, problems))


def test_this_interpreter_records_what_its_committed_snapshot_says() -> None:
    name = snapshot_name(running_python())
    if not (SNAPSHOT_DIR / name).is_file():
        pytest.skip(f"no committed snapshot {name}")
    committed = load_snapshot(SNAPSHOT_DIR / name)
    live = replace(committed, sources=record_sources())
    assert diff_snapshots(committed, live) == [], "run nox -s snapshots"


def test_a_moved_or_missing_snippet_is_drift() -> None:
    committed = load_snapshot(SNAPSHOT_DIR / "cpython-3.11.json")
    moved = copy.deepcopy(committed)
    first = moved.sources[0]
    first["found"] = [[1, 1]]
    gone = moved.sources.pop()
    drifts = [str(d) for d in diff_snapshots(committed, moved, "snapshot", "this interpreter")]
    where = f"{first['file']}{' in ' + first['in'] if first['in'] else ''}: `{first['snippet']}`"
    assert any(
        d.startswith(f"source: {where} is at ") and d.endswith("at line(s) 1 in this interpreter") for d in drifts
    )
    assert any(f"`{gone['snippet']}` is recorded in snapshot, and no catalog quotes it any more" in d for d in drifts)
    assert len(drifts) == 2


def test_record_sources_reads_through_the_loader() -> None:
    sources = catalog_sources()
    records = record_sources(sources, read=lambda file: None)
    assert all(r["found"] == [] and r["error"] == "no such file in this interpreter's stdlib" for r in records)
    records = record_sources(sources)
    assert any(r["found"] for r in records)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data.update(sources={}), "field 'sources' must be a list"),
        (lambda data: data["sources"].append("x"), "sources[{n}]: must be an object"),
        (lambda data: data["sources"][0].pop("snippet"), "sources[0]: field 'snippet' is missing"),
        (
            lambda data: data["sources"][0].update(found=[[3]]),
            "sources[0]: field 'found' holds [3], not a [first, last]",
        ),
    ],
)
def test_a_damaged_source_record_names_the_snapshot_and_the_fix(tmp_path: Path, damage: Any, message: str) -> None:
    data = load_snapshot(SNAPSHOT_DIR / "cpython-3.11.json").to_json()
    damage(data)
    path = tmp_path / "cpython-3.11.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DamagedDataError) as raised:
        load_snapshot(path)
    assert str(raised.value).startswith(f"snapshot {path}: ")
    assert message.format(n=len(data["sources"]) - 1) in str(raised.value)
    assert "take it again (nox -s snapshots" in str(raised.value)

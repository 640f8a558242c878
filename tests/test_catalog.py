"""The catalog: loading errors name the entry and the fix; completeness is checked against the matrices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from futcompare import FutcompareError, compare, introspect
from futcompare.catalog import Problem, check_catalog, has_catalog, load_catalog
from futcompare.model import Matrix, PythonInfo
from futcompare.pairs import build_matrix, get_pair
from futcompare.snapshots import snapshot_matrices
from shared import catalog_entry as entry
from shared import write_catalog

ROOT = Path(__file__).resolve().parent.parent


def messages(problems: list[Problem]) -> list[str]:
    return [problem.message for problem in problems]


EXAMPLE = '''"""Title line.

>>> main()
hello
"""


def main() -> None:
    print("hello")


if __name__ == "__main__":
    main()
'''


@pytest.fixture(scope="module")
def matrix() -> Matrix:
    # add_callback: cannot-compare (no twin, so its signature is unknown on one side); plain: differs.
    return compare(
        introspect("synthetic_classes.Accelerated"),
        introspect("synthetic_classes.Threaded"),
        left_label="c",
        right_label="threads",
        python=PythonInfo("cpython", "3.11.7"),
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"entries": 3}', 'expected an object {"pair": ..., "entries": [...]}'),
        (json.dumps({"entries": [{"id": "x"}]}), "entry 'x': missing field(s) title, members, category"),
        (json.dumps({"entries": [entry(category="vibes")]}), "entry 'get-coroutine': category 'vibes' is not one of"),
        (json.dumps({"entries": [entry(id="Get Coroutine")]}), "id must be lower-case words joined by '-'"),
        (json.dumps({"entries": [entry(since="three")]}), 'since must be a version like "3.9"'),
        (json.dumps({"entries": [entry(colour="red")]}), "unknown field(s) colour"),
        (json.dumps({"entries": [entry(), entry()]}), "entry id 'get-coroutine' is used twice"),
        (json.dumps({"entries": [entry(references=["x"])]}), 'references must be a list of {"title": ..., "url": ...}'),
    ],
)
def test_broken_catalog_names_file_entry_and_fix(tmp_path: Path, raw: str, message: str) -> None:
    path = tmp_path / "clients.json"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(FutcompareError) as error:
        load_catalog("clients", path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_missing_catalog(tmp_path: Path) -> None:
    with pytest.raises(FutcompareError, match="pair 'clients' has no catalog: create"):
        load_catalog("clients", tmp_path / "clients.json")


def test_complete_catalog_passes(tmp_path: Path, matrix: Matrix) -> None:
    examples = tmp_path / "examples"
    (examples / "clients").mkdir(parents=True)
    (examples / "clients" / "context.py").write_text(EXAMPLE)
    catalog = load_catalog(
        "clients",
        write_catalog(
            tmp_path,
            "clients",
            [
                entry(id="context", members=["add_callback"], category="behaviour", example="clients/context.py"),
                entry(id="plain", members=["plain"], example="clients/context.py"),
            ],
        ),
    )
    assert messages(check_catalog(catalog, [matrix], examples)) == []
    assert [e.id for e in catalog.for_row("plain")] == ["plain"]


def test_row_without_entry_and_entry_naming_a_missing_member(tmp_path: Path, matrix: Matrix) -> None:
    path = write_catalog(tmp_path, "clients", [entry(id="ghost", members=["ghost_method"])])
    found = check_catalog(load_catalog("clients", path), [matrix])
    assert [(problem.entry, problem.file, problem.field) for problem in found] == [
        ("ghost", path, "members"),
        (None, path, None),
    ]
    problems = messages(found)
    assert problems[0].startswith(f"{path}: entry 'ghost' names 'ghost_method', which is no row of the clients matrix")
    assert problems[1] == (
        "row 'plain' of the clients matrix (differs on 3.11.7) has no catalog entry that holds there;"
        f" add one to {path} whose members include 'plain', or widen an entry's since/until"
    )


def test_an_entry_that_holds_on_none_of_the_versions_may_name_rows_they_lack(tmp_path: Path, matrix: Matrix) -> None:
    # futcompare check on 3.9 reads only 3.9's barrier matrix, which has no asyncio rows; entries from 3.11 name them.
    later = entry(id="later", members=["ghost_method"], since="3.12")
    path = write_catalog(tmp_path, "clients", [entry(id="plain", members=["plain"]), later])
    assert messages(check_catalog(load_catalog("clients", path), [matrix])) == []  # the matrix is 3.11.7's
    path = write_catalog(tmp_path, "clients", [entry(id="plain", members=["plain"]), {**later, "since": "3.11"}])
    assert "entry 'later' names 'ghost_method'" in messages(check_catalog(load_catalog("clients", path), [matrix]))[0]


def test_entry_range_that_excludes_a_version_where_the_row_differs(tmp_path: Path, matrix: Matrix) -> None:
    path = write_catalog(tmp_path, "clients", [entry(id="plain", members=["plain"], until="3.10")])
    problems = messages(check_catalog(load_catalog("clients", path), [matrix]))
    assert problems == [
        "row 'plain' of the clients matrix (differs on 3.11.7) has no catalog entry that holds there;"
        f" add one to {path} whose members include 'plain', or widen an entry's since/until"
    ]


def test_entry_contradicted_by_a_version_where_its_rows_are_the_same(tmp_path: Path) -> None:
    same = compare(
        introspect("synthetic_classes.Threaded"),
        introspect("synthetic_classes.Threaded"),
        left_label="c",
        right_label="threads",
        python=PythonInfo("cpython", "3.11.7"),
    )
    path = write_catalog(
        tmp_path,
        "clients",
        [
            entry(id="plain", members=["plain"], category="behaviour"),
            entry(id="add", members=["add_callback"], since="3.11"),
        ],
    )
    problems = messages(check_catalog(load_catalog("clients", path), [same]))
    assert problems == [
        f"{path}: entry 'add' says it holds on 3.11+, but on Python 3.11.7 its rows (add_callback) are the same"
        " on both sides; correct since/until"
    ]


def test_examples_missing_without_doctest_or_orphaned(tmp_path: Path, matrix: Matrix) -> None:
    examples = tmp_path / "examples"
    (examples / "clients").mkdir(parents=True)
    (examples / "clients" / "no_doctest.py").write_text('"""Title only."""\n')
    (examples / "clients" / "orphan.py").write_text(EXAMPLE)
    path = write_catalog(
        tmp_path,
        "clients",
        [
            entry(id="plain", members=["plain"], example="clients/missing.py"),
            entry(id="bare", members=["add_callback"], category="behaviour", example="clients/no_doctest.py"),
        ],
    )
    problems = messages(check_catalog(load_catalog("clients", path), [matrix], examples))
    assert problems == [
        f"{path}: entry 'plain': example {examples / 'clients' / 'missing.py'} does not exist; create it",
        f"{path}: entry 'bare': example {examples / 'clients' / 'no_doctest.py'} has no doctest in its module"
        " docstring; add '>>> main()' followed by its output",
        f"example {examples / 'clients' / 'orphan.py'} belongs to no entry of {path}; add one or delete it",
    ]


def test_the_future_catalog_explains_every_difference_on_every_measured_python() -> None:
    if not has_catalog("future"):
        pytest.fail("src/futcompare/data/catalog/future.json is missing")
    pair = get_pair("future")
    matrices = [build_matrix(pair), *snapshot_matrices(pair).values()]
    problems = messages(check_catalog(load_catalog("future"), matrices, ROOT / "examples"))
    assert problems == [], "\n".join(problems)


def _unexplained(tmp_path: Path, pair: str, row: str) -> tuple[Path, list[str]]:
    """The committed catalog of *pair* with *row* named by no entry (an entry left empty goes), written in
    *tmp_path*, and what check_catalog says of *row* against the committed snapshots (the same on any Python)."""
    data = json.loads((ROOT / "src" / "futcompare" / "data" / "catalog" / f"{pair}.json").read_text(encoding="utf-8"))
    for raw in data["entries"]:
        raw["members"] = [name for name in raw["members"] if name != row]
    data["entries"] = [raw for raw in data["entries"] if raw["members"]]
    path = tmp_path / f"{pair}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = messages(check_catalog(load_catalog(pair, path), list(snapshot_matrices(get_pair(pair)).values())))
    return path, [problem for problem in problems if f"row {row!r}" in problem]


def test_a_row_that_differs_only_on_older_versions_needs_an_entry(tmp_path: Path) -> None:
    # TimeoutError reads the same from 3.11: without its entry, the 3.9 and 3.10 snapshots still ask for one.
    path, problems = _unexplained(tmp_path, "future", "TimeoutError")
    assert problems == [
        f"row 'TimeoutError' of the future matrix (differs on 3.9.18; differs on 3.10.13) has no catalog entry"
        f" that holds there; add one to {path} whose members include 'TimeoutError', or widen an entry's since/until"
    ]


def test_a_row_only_newer_versions_have_needs_an_entry_rlock_locked(tmp_path: Path) -> None:
    # RLock.locked exists from 3.14: futcompare check on 3.11 still asks for its entry, through the snapshots.
    path, problems = _unexplained(tmp_path, "rlock", "locked")
    assert problems == [
        f"row 'locked' of the rlock matrix (only in threading on 3.14.10; only in threading on 3.15.2) has no"
        f" catalog entry that holds there; add one to {path} whose members include 'locked', or widen an entry's"
        " since/until"
    ]


def test_the_future_catalog_has_at_least_25_entries_each_with_an_example() -> None:
    catalog = load_catalog("future")
    assert len(catalog.entries) >= 25
    for item in catalog.entries:
        assert (ROOT / "examples" / item.example).is_file(), item.id


#: Every pair that has a catalog, so a new catalog is checked as soon as it exists.
CATALOGED = sorted(path.stem for path in (ROOT / "src" / "futcompare" / "data" / "catalog").glob("*.json"))


@pytest.mark.parametrize("name", CATALOGED)
def test_every_catalog_explains_every_difference_on_every_measured_python(name: str) -> None:
    pair = get_pair(name)
    matrices = [build_matrix(pair), *snapshot_matrices(pair).values()]
    problems = messages(check_catalog(load_catalog(name), matrices, ROOT / "examples"))
    assert problems == [], "\n".join(problems)


def test_the_synchronization_catalogs_are_there() -> None:
    assert {"event", "condition", "barrier"} <= set(CATALOGED)


def test_barrier_before_3_11_every_row_only_in_threading_and_explained() -> None:
    # asyncio.Barrier is new in 3.11: the 3.9 and 3.10 matrices say so, and one entry explains every row there.
    matrices = snapshot_matrices(get_pair("barrier"))
    catalog = load_catalog("barrier")
    for name in ("cpython-3.9.json", "cpython-3.10.json"):
        matrix = matrices[name]
        assert matrix.rows and all(row.status == "only-right" for row in matrix.rows), name
        version = matrix.python.version
        for row in matrix.rows:
            assert [entry.id for entry in catalog.for_row(row.name) if entry.holds_on(version)] == ["new-in-3-11"]

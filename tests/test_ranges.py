"""An entry's since/until against the interpreters on which its example's output was verified."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from futcompare.catalog import load_catalog
from futcompare.ranges import check_ranges
from futcompare.snapshots import committed_snapshots, load_snapshot

MEASURED = ["3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]


def catalog_with(tmp_path: Path, **fields: Any) -> Path:
    entry = {
        "id": "timeout-error",
        "title": "TimeoutError",
        "members": [],
        "category": "exceptions",
        "since": "3.9",
        "until": None,
        "summary": "Two classes.",
        "reason": "Because.",
        "references": [],
        "example": "future/timeout_error.py",
        **fields,
    }
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"pair": "future", "entries": [entry]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        (
            {"since": "3.8"},
            "says it holds on 3.8+, but CPython 3.8 is not measured (measured: 3.9, 3.10, 3.11, 3.12, 3.13), so no"
            " run verified it there; set since to a measured version, or measure 3.8 (its snapshot, by nox -s"
            " snapshots)",
        ),
        ({"until": "3.16"}, "says it holds on 3.9–3.16, but CPython 3.16 is not measured"),
    ],
)
def test_a_range_beyond_the_measured_versions_fails(tmp_path: Path, fields: dict[str, Any], problem: str) -> None:
    path = catalog_with(tmp_path, **fields)
    (line,) = check_ranges(load_catalog("future", path), MEASURED)
    assert line.startswith(f"{path}: entry 'timeout-error' {problem}")


def test_a_gap_in_the_measured_versions_fails(tmp_path: Path) -> None:
    path = catalog_with(tmp_path, until="3.13")
    (problem,) = check_ranges(load_catalog("future", path), ["3.9.18", "3.10.13", "3.12.1", "3.13.0"])
    assert problem.endswith(
        "but CPython 3.11 in that range is not measured (measured: 3.9, 3.10, 3.12, 3.13);"
        " measure it (nox -s snapshots), or narrow since/until"
    )


def test_a_range_within_the_measured_versions_passes(tmp_path: Path) -> None:
    path = catalog_with(tmp_path, since="3.10", until="3.12")
    assert check_ranges(load_catalog("future", path), MEASURED) == []


def test_every_catalog_range_is_measured() -> None:
    measured = [load_snapshot(path)["python"]["version"] for path in committed_snapshots().values()]
    problems = check_ranges(load_catalog("future"), measured)
    assert problems == [], "\n".join(problems)

"""An entry's since/until against the interpreters on which its example's output was verified."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from futcompare.catalog import CATALOG_DIR, Problem, load_catalog
from futcompare.ranges import check_ranges
from futcompare.snapshots import committed_snapshots, load_snapshot
from shared import write_catalog

ROOT = Path(__file__).resolve().parent.parent
MEASURED = ["3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]


def messages(problems: list[Problem]) -> list[str]:
    return [problem.message for problem in problems]


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
    return write_catalog(tmp_path, "future", [entry])


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
    (line,) = messages(check_ranges(load_catalog("future", path), MEASURED))
    assert line.startswith(f"{path}: entry 'timeout-error' {problem}")


def test_a_gap_in_the_measured_versions_fails(tmp_path: Path) -> None:
    path = catalog_with(tmp_path, until="3.13")
    (problem,) = messages(check_ranges(load_catalog("future", path), ["3.9.18", "3.10.13", "3.12.1", "3.13.0"]))
    assert problem.endswith(
        "but CPython 3.11 in that range is not measured (measured: 3.9, 3.10, 3.12, 3.13);"
        " measure it (nox -s snapshots), or narrow since/until"
    )


def test_a_range_within_the_measured_versions_passes(tmp_path: Path) -> None:
    path = catalog_with(tmp_path, since="3.10", until="3.12")
    assert messages(check_ranges(load_catalog("future", path), MEASURED)) == []


def test_every_catalog_range_is_measured_and_shown_by_its_example() -> None:
    measured = [load_snapshot(path).python.version for path in committed_snapshots().values()]
    problems = []
    for path in sorted(CATALOG_DIR.glob("*.json")):
        problems += messages(check_ranges(load_catalog(path.stem, path), measured, ROOT / "examples"))
    assert problems == [], "\n".join(problems)


BLOCKS = '''"""TimeoutError.

On CPython 3.11 and later:

>>> main()
one class

On CPython 3.9 to 3.10:

>>> main()
two classes
"""


def main() -> None:
    print("two classes")


if __name__ == "__main__":
    main()
'''

SAME_EVERYWHERE = '''"""TimeoutError.

>>> main()
the classes relate as documented for this version: True
"""


def main() -> None:
    print("the classes relate as documented for this version: True")


if __name__ == "__main__":
    main()
'''


def examples_with(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "examples"
    (folder / "future").mkdir(parents=True, exist_ok=True)
    (folder / "future" / "timeout_error.py").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("fields", [{"until": "3.10"}, {"since": "3.11"}])
def test_a_range_that_ends_where_the_output_changes_passes(tmp_path: Path, fields: dict[str, Any]) -> None:
    path = catalog_with(tmp_path, **fields)
    assert messages(check_ranges(load_catalog("future", path), MEASURED, examples_with(tmp_path, BLOCKS))) == []


@pytest.mark.parametrize(
    ("fields", "text", "shown"),
    [
        (
            {"until": "3.10"},
            SAME_EVERYWHERE,
            "prints the same on CPython 3.11.7 as on 3.10.13, so no output shows where it ends",
        ),
        (
            {"since": "3.11"},
            SAME_EVERYWHERE,
            "prints the same on CPython 3.10.13 as on 3.11.7, so no output shows where it starts",
        ),
        # The output changes, but not where the entry says.
        ({"until": "3.11"}, BLOCKS, "prints the same on CPython 3.12.1 as on 3.11.7"),
        ({"since": "3.10"}, BLOCKS, "prints the same on CPython 3.9.18 as on 3.10.13"),
    ],
)
def test_a_range_end_the_output_does_not_show_fails(
    tmp_path: Path, fields: dict[str, Any], text: str, shown: str
) -> None:
    path = catalog_with(tmp_path, **fields)
    (line,) = messages(check_ranges(load_catalog("future", path), MEASURED, examples_with(tmp_path, text)))
    assert line.startswith(f"{path}: entry 'timeout-error' says it holds on ")
    assert f"its example examples/future/timeout_error.py {shown}" in line
    assert line.endswith(
        "print what changes, in an 'On CPython ...:' block per version range, or correct " + next(iter(fields))
    )


def test_a_range_from_the_oldest_to_the_newest_needs_no_change(tmp_path: Path) -> None:
    path = catalog_with(tmp_path)
    assert (
        messages(check_ranges(load_catalog("future", path), MEASURED, examples_with(tmp_path, SAME_EVERYWHERE))) == []
    )


def test_patch_level_blocks_are_read_at_the_measured_patch(tmp_path: Path) -> None:
    text = BLOCKS.replace("On CPython 3.11 and later:", "On CPython 3.12.2 and later:").replace(
        "On CPython 3.9 to 3.10:", "On CPython 3.9 to 3.12.1:"
    )
    folder = examples_with(tmp_path, text)
    # Measured 3.12.1 still prints the old output, 3.13.0 the new one: the change shows after 3.12.
    assert messages(check_ranges(load_catalog("future", catalog_with(tmp_path, until="3.12")), MEASURED, folder)) == []
    (line,) = messages(check_ranges(load_catalog("future", catalog_with(tmp_path, until="3.11")), MEASURED, folder))
    assert "prints the same on CPython 3.12.1 as on 3.11.7" in line

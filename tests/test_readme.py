"""README.md's matrix excerpt is the CLI's output, not a hand-made copy."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from shared import RunCli

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_excerpt_is_what_the_cli_prints(run_cli: RunCli) -> None:
    text = README.read_text(encoding="utf-8")
    command = "futcompare matrix future --only-differences --format markdown"
    assert f"`{command}` on CPython" in text, "README.md no longer says which command made its excerpt"
    start = text.index("| | member |")
    match = re.compile(r"Generated on CPython (\d+\.\d+)\.\d+, introspected live\.\n").search(text, start)
    assert match is not None, "the excerpt in README.md lost its 'Generated on CPython ...' line"
    if match.group(1) != "{}.{}".format(*sys.version_info[:2]):
        pytest.skip(f"README.md's excerpt was made on CPython {match.group(1)}")
    excerpt = text[start : match.start()]
    status, out, _ = run_cli(*command.split()[1:])
    assert status == 0
    generated = out[: out.index("Generated on ")]
    assert excerpt == generated, f"README.md's excerpt is stale: paste the output of `{command}` again"


ROOT = README.parent


def _where_things_live() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Where things live") :]
    end = section.find("\n## ", 1)
    return (section if end == -1 else section[:end]).splitlines()


def _code_files() -> list[Path]:
    """Every file of code in src/futcompare (not its data), tools/ (not its READMEs or npm lists), docs/ (not pages)."""
    found = [path for path in (ROOT / "src" / "futcompare").rglob("*") if "data" not in path.parts]
    found += [
        path for path in (ROOT / "tools").rglob("*") if not path.name.startswith("package") and path.suffix != ".md"
    ]
    found += [path for path in (ROOT / "docs").rglob("*") if path.suffix in (".py", ".js", ".html", ".svg", ".inv")]
    skipped = ("__pycache__", "node_modules", "_build", "apidocs", "differences")
    return sorted(
        path for path in found if path.is_file() and not any(part in skipped for part in path.parts) and path.suffix
    )


def test_where_things_live_names_every_file_of_code() -> None:
    lines = _where_things_live()
    missing = []
    for path in [*_code_files(), ROOT / "conftest.py", ROOT / "tests" / "conftest.py"]:
        relative = path.relative_to(ROOT).as_posix()
        folder = path.parent.relative_to(ROOT).as_posix()
        # Named in a row of its own, or in its folder's row.
        if not any(f"`{relative}`" in line or (f"`{folder}/`" in line and f"`{path.name}`" in line) for line in lines):
            missing.append(relative)
    assert {"src/futcompare/model.py", "tools/bench.py", "docs/conf.py"} <= {
        path.relative_to(ROOT).as_posix() for path in _code_files()
    }
    assert not missing, f"README.md's 'Where things live' does not name: {', '.join(missing)}"


def test_where_things_live_says_what_the_build_generates() -> None:
    (row,) = [line for line in _where_things_live() if "`docs/differences/`" in line]
    assert "`docs/apidocs/`" in row and "generated" in row

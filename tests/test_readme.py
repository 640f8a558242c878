"""README.md's matrix excerpt is the CLI's output, not a hand-made copy."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import RunCli

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

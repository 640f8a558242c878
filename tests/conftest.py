"""Shared fixtures: the futcompare CLI run in-process."""

from __future__ import annotations

import io

import pytest

from futcompare.cli import main
from shared import RunCli


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run ``futcompare ARGS`` in this process; return (exit status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        out = io.StringIO()
        try:
            status = main(list(args), stdout=out)
        except SystemExit as exit:
            status = int(exit.code or 0)
        captured = capsys.readouterr()
        return status, out.getvalue() + captured.out, captured.err

    return run


# Hostile classes raise from their metaclass when inspected, as doctest collection would.
collect_ignore = ["hostile_classes.py"]

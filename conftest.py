"""Collection rules for the whole tree (pytest with pytest-doctestplus)."""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent / "examples"

# The Sphinx extension needs Sphinx, which needs Python 3.11+: on older Pythons the
# docs extra is not installed, so its modules are not imported for doctests there.
collect_ignore = [] if importlib.util.find_spec("sphinx") else ["src/futcompare/sphinxext"]


@pytest.fixture(autouse=True)
def _cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """futcompare's cache (see futcompare._cache) in a folder of each test: never the user's, never shared."""
    monkeypatch.setenv("FUTCOMPARE_CACHE_DIR", str(tmp_path / "futcompare-cache"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """In an example's docstring, skip the doctest blocks labelled for other CPython versions.

    An example whose output differs between versions holds one block per version range
    (``On CPython 3.14 and later:`` ...); only the running interpreter's block is checked. A
    malformed or incomplete set of labels fails the item with the message naming the file.
    """
    dtest: doctest.DocTest | None = getattr(item, "dtest", None)
    if dtest is None or dtest.docstring is None or not Path(str(item.path)).resolve().is_relative_to(EXAMPLES):
        return
    from futcompare.examples import block_for, parse_blocks

    blocks = parse_blocks(dtest.docstring, item.path)
    running = block_for(blocks, item.path)
    for example in dtest.examples:
        if not running.first_line <= example.lineno < running.end_line:
            example.options[doctest.SKIP] = True

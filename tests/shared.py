"""What several test modules use: the in-process CLI's type, and catalog files written for a test.

A plain module with a name of its own: test modules import it as ``shared`` (``tests/`` is on
sys.path), never ``conftest``, a name the root's conftest.py holds too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

#: The ``run_cli`` fixture (tests/conftest.py): ``futcompare ARGS`` in this process -> (status, stdout, stderr).
RunCli = Callable[..., "tuple[int, str, str]"]


def catalog_entry(**fields: Any) -> dict[str, Any]:
    """A valid catalog entry (of a synthetic ``clients`` pair) as JSON data, with *fields* changed."""
    base = {
        "id": "get-coroutine",
        "title": "get() is a coroutine",
        "members": ["get"],
        "category": "signature",
        "since": "3.9",
        "until": None,
        "summary": "One awaits it.",
        "reason": "Because.",
        "references": [{"title": "docs", "url": "https://docs.python.org/3/"}],
        "example": "clients/get_coroutine.py",
    }
    return {**base, **fields}


def write_catalog(folder: Path, pair: str, entries: list[Any]) -> Path:
    """``<folder>/<pair>.json``, the catalog of *pair* holding *entries*."""
    path = folder / f"{pair}.json"
    path.write_text(json.dumps({"pair": pair, "entries": entries}), encoding="utf-8")
    return path

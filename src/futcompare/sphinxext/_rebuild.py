"""What the extension remembers between builds, so a rebuild redoes only the pairs whose inputs changed.

A pair's generated pages and its JSON export are made from its catalog file, its examples, the
committed snapshots, the futcompare code and the interpreter that introspects the live classes.
:func:`pair_stamp` sums all of these up (a digest of each file's content), and the stamp is kept,
with what was produced from it, in ``futcompare-state.json`` in the doctree folder. When a pair's
stamp is the one kept and its files are still there, the work is skipped: the files on disk are
what it would write again. A cold build (no doctree folder) does everything.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

import futcompare

STATE_NAME = "futcompare-state.json"
_FORMAT = 1
_PACKAGE = Path(futcompare.__file__).resolve().parent


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.is_dir() else []


def _digest(paths: Iterable[Path], *text: str) -> str:
    digest = hashlib.sha256("\0".join(text).encode())
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\0missing"
        digest.update(f"\0{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def code_stamp(catalog_dir: Path) -> str:
    """A digest of the interpreter and of futcompare's code and data, leaving out the catalogs."""
    catalog_dir = catalog_dir.resolve()
    code = [path for path in _files(_PACKAGE) if path.suffix in (".py", ".json") and path.parent != catalog_dir]
    return _digest(code, sys.version, sys.executable)


def pair_stamp(name: str, catalog: Path, examples_dir: Path | None, code: str) -> str:
    """A digest of everything *name*'s pages and export are made of: its catalog, its examples, and *code*
    (:func:`code_stamp`). It changes when any of these does."""
    folders: set[Path] = set()
    if examples_dir is not None:
        folders.add(examples_dir / name)
        try:
            data = json.loads(catalog.read_text(encoding="utf-8"))
            folders |= {(examples_dir / entry["example"]).parent for entry in data.get("entries", ())}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            pass  # the pages' own check reports a bad catalog; the stamp still covers its file
    return _digest([catalog, *(path for folder in sorted(folders) for path in _files(folder))], code)


def load_state(app: Sphinx, part: str) -> dict[str, Any]:
    """What the last build kept under *part* (``pages``, ``export``); empty when there is nothing usable."""
    try:
        data = json.loads((Path(app.doctreedir) / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get(part), dict):
        return {}
    return dict(data[part])


def save_state(app: Sphinx, part: str, value: dict[str, Any]) -> None:
    """Keep *value* under *part* for the next build (written atomically: a parallel reader sees old or new)."""
    path = Path(app.doctreedir) / STATE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            data = {}
    except (OSError, ValueError):
        data = {}
    data["format"] = _FORMAT
    data[part] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}")
    temporary.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temporary, path)

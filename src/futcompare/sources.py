"""Sources: the catalog's quoted stdlib snippets, located in each measured interpreter's own stdlib.

A catalog entry never types a line number: its ``sources`` quote a snippet and name
the ``Lib/`` file (optionally the class or function it is in). When an interpreter's
snapshot is taken (``futcompare snapshot``, ``nox -s snapshots``), :func:`record_sources`
finds every snippet of every catalog in that interpreter's stdlib and the snapshot keeps
the lines under ``"sources"``; the drift check then catches a record that no longer
matches the interpreter, as it does for the API surfaces. The documentation build,
which runs on one interpreter only, reads the committed records with
:func:`resolve_sources`: a snippet that one of them did not find, or has no record of,
stops the build with a line naming the catalog, the entry, the snippet and the fix.

Only ``Lib/*.py`` files can be located this way: the C accelerators (``Modules/...``)
are not part of an installed interpreter, so what C code does is shown by an example's
output, not by a source reference.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from futcompare._text import version_key
from futcompare.catalog import CATALOG_DIR, Catalog, Problem, Source, load_catalog
from futcompare.model import Snapshot

#: Where a located line links to: the file at the interpreter's release tag on GitHub.
SOURCE_URL = "https://github.com/python/cpython/blob/v{version}/{file}#L{first}{to}"
REGENERATE = "run nox -s snapshots (it locates every catalog snippet in each interpreter's stdlib)"


def stdlib_source(file: str) -> str | None:
    """The text of the stdlib file *file* (``Lib/asyncio/futures.py``) as this interpreter has it, or None.

    It is read through the module's loader, so it is found wherever the stdlib lives
    (a folder, or the zip file Pyodide ships).
    """
    name = file.removeprefix("Lib/").removesuffix(".py").replace("/", ".").removesuffix(".__init__")
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    loader = spec.loader if spec is not None else None
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return None
    try:
        text = get_source(name)
    except ImportError:
        return None
    return text if isinstance(text, str) else None


def locate(text: str, snippet: str, scope: str | None = None) -> list[tuple[int, int]]:
    """Every place *snippet* occurs in the Python source *text*, as (first, last) line numbers from 1.

    Lines are compared without their indentation. A one-line snippet may be part of a
    line; in a longer one the first line must end a line, the last must start one, and
    those between must be whole lines. With *scope* (``Future.result``), only the lines
    of that class or function count. Raises :class:`LookupError` when *scope* is not there.

    >>> source = "class Future:\\n    def result(self):\\n        return self._result\\n"
    >>> locate(source, "return self._result")
    [(3, 3)]
    >>> locate(source, "def result(self):\\nreturn self._result", "Future")
    [(2, 3)]
    """
    lines = [line.strip() for line in text.splitlines()]
    low, high = (1, len(lines)) if scope is None else _scope_lines(text, scope)
    wanted = snippet.split("\n")
    found = []
    for first in range(low, high - len(wanted) + 2):
        window = lines[first - 1 : first - 1 + len(wanted)]
        if len(wanted) == 1:
            matches = wanted[0] in window[0]
        else:
            matches = (
                window[0].endswith(wanted[0]) and window[1:-1] == wanted[1:-1] and window[-1].startswith(wanted[-1])
            )
        if matches:
            found.append((first, first + len(wanted) - 1))
    return found


def _scope_lines(text: str, scope: str) -> tuple[int, int]:
    """The first and last line of the class or function *scope* (dotted) in *text*."""
    body: list[Any] = ast.parse(text).body
    node: ast.stmt | None = None
    for name in scope.split("."):
        node = next((found for found in _definitions(body) if found.name == name), None)
        if node is None:
            raise LookupError(f"no class or function {scope}")
        body = node.body
    assert node is not None
    return node.lineno, node.end_lineno or node.lineno


def _definitions(body: list[Any]) -> list[ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef]:
    """The classes and functions defined in *body*, including those under ``if``/``try``/``with``."""
    found: list[ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef] = []
    for node in body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            found.append(node)
            continue
        for field in ("body", "orelse", "finalbody", "handlers"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                found += _definitions(block)
    return found


def catalog_sources(catalog_dir: Path | None = None) -> list[Source]:
    """Every source that any catalog in *catalog_dir* (default: the package's) quotes, once each."""
    seen: dict[tuple[str, str, str], Source] = {}
    for path in sorted((catalog_dir or CATALOG_DIR).glob("*.json")):
        for entry in load_catalog(path.stem, path).entries:
            for source in entry.sources:
                seen.setdefault(source.key, source)
    return [seen[key] for key in sorted(seen)]


def record_sources(
    sources: list[Source] | None = None, read: Callable[[str], str | None] = stdlib_source
) -> list[dict[str, Any]]:
    """Where each of *sources* (default: every catalog's) is in this interpreter's stdlib, as a snapshot keeps it.

    Each record is ``{"file", "in", "snippet", "found": [[first, last], ...]}``, with an
    ``"error"`` when the file or the ``in`` scope is missing; ``found`` is empty when the
    snippet is not there. *read* gives a file's text (default: this interpreter's stdlib).
    """
    records = []
    texts: dict[str, str | None] = {}
    for source in sources if sources is not None else catalog_sources():
        record: dict[str, Any] = {"file": source.file, "in": source.scope or "", "snippet": source.snippet}
        if source.file not in texts:
            texts[source.file] = read(source.file)
        text = texts[source.file]
        found: list[tuple[int, int]] = []
        if text is None:
            record["error"] = "no such file in this interpreter's stdlib"
        else:
            try:
                found = locate(text, source.snippet, source.scope)
            except LookupError as error:
                record["error"] = str(error)
        record["found"] = [list(place) for place in found]
        records.append(record)
    return records


def record_key(record: Mapping[str, Any]) -> tuple[str, str, str]:
    return (record["file"], record["in"], record["snippet"])


@dataclass(frozen=True)
class Location:
    """Where one interpreter's stdlib has a snippet."""

    version: str
    """The interpreter's exact version, e.g. ``3.11.7``: the release whose source the link shows."""
    first: int
    last: int
    runtime: str = "native"

    @property
    def lines(self) -> str:
        """``line 173`` or ``lines 173–175``."""
        return f"line {self.first}" if self.first == self.last else f"lines {self.first}–{self.last}"

    def url(self, file: str) -> str:
        """The line(s) in CPython's repository, at this release's tag."""
        to = "" if self.first == self.last else f"-L{self.last}"
        return SOURCE_URL.format(version=self.version, file=file, first=self.first, to=to)


@dataclass(frozen=True)
class Resolved:
    """A source of an entry, with where each measured interpreter in its range has it."""

    source: Source
    locations: tuple[Location, ...]


def resolve_sources(
    catalog: Catalog, snapshots: Mapping[str, Snapshot]
) -> tuple[dict[str, tuple[Resolved, ...]], list[Problem]]:
    """Each entry's sources located on every snapshot in its range, by entry id; and every problem, one line each.

    *snapshots* are the committed snapshots by file name (``cpython-3.11.json``): the
    measured interpreters. A problem names the catalog, the entry, the snippet and the fix.
    """
    resolved: dict[str, tuple[Resolved, ...]] = {}
    problems: list[Problem] = []
    ordered = sorted(snapshots.items(), key=lambda item: version_key(item[1].python.version))
    for entry in catalog.entries:
        items = []
        for index, source in enumerate(entry.sources):
            field = f"sources[{index}]"
            where = f"{catalog.path}: entry {entry.id!r}: {field} ({source.file}: `{_short(source.snippet)}`)"
            since, until = source.versions(entry)
            locations, failed = [], False
            for name, snapshot in ordered:
                python = snapshot.python
                minor = version_key(python.version)
                if minor < version_key(since) or (until is not None and minor > version_key(until)):
                    continue
                problem, location = _locate_in(snapshot, source)
                if problem:
                    fix = _fix(problem, since, until)
                    message = f"{where} {problem} in snapshot {name} (CPython {python.version}); {fix}"
                    problems.append(Problem(entry=entry.id, file=catalog.path, field=field, message=message))
                    failed = True
                elif location is not None:
                    locations.append(location)
            if not locations and not failed:
                message = (
                    f"{where}: no measured interpreter is in its range {since}–{until or 'newest'};"
                    " correct its since/until (or the entry's)"
                )
                problems.append(Problem(entry=entry.id, file=catalog.path, field=field, message=message))
            items.append(Resolved(source, tuple(locations)))
        resolved[entry.id] = tuple(items)
    return resolved, problems


def _locate_in(snapshot: Snapshot, source: Source) -> tuple[str, Location | None]:
    records = {record_key(record): record for record in snapshot.sources}
    record = records.get(source.key)
    if record is None:
        return "has no record", None
    if record.get("error"):
        return f"is not found ({record['error']})", None
    found = record["found"]
    if not found:
        return "is not found", None
    if len(found) > 1:
        places = ", ".join(str(first) if first == last else f"{first}-{last}" for first, last in found)
        return f"occurs {len(found)} times (at {places})", None
    python = snapshot.python
    runtime = "Pyodide" if python.platform == "emscripten" else "native"
    ((first, last),) = found
    return "", Location(python.version, first, last, runtime)


def _fix(problem: str, since: str, until: str | None) -> str:
    if problem == "has no record":
        return REGENERATE
    if problem.startswith("occurs"):
        return 'quote more of it, or name the class or function it is in with "in", so it is found once'
    return (
        "quote it as that version's file has it, or give the source a since/until that leaves that version out"
        f" (its range now: {since}–{until or 'newest'})"
    )


def _short(snippet: str) -> str:
    first = snippet.split("\n")[0]
    return first if first == snippet else f"{first} ..."

"""Catalog: the curated knowledge, one entry per difference, kept as JSON data apart from code.

Every row of a matrix that is not ``same`` must be explained by at least one entry,
and every entry must name rows that exist and an example that has a doctest:
:func:`check_catalog` says where each of these fails.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from futcompare import markup
from futcompare._text import version_key
from futcompare.errors import FutcompareError
from futcompare.examples import load_example
from futcompare.model import Matrix

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # frozen dataclasses all the same, without compiling six methods for each (see futcompare._record)
    from futcompare._record import dataclass

CATALOG_DIR = Path(__file__).parent / "data" / "catalog"
CATEGORIES = ("signature", "behaviour", "exceptions", "protocol", "only-in-one")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_VERSION = re.compile(r"^3\.\d+$")
_FIELDS = ("id", "title", "members", "category", "since", "until", "summary", "reason", "references", "example")
#: The text fields, and whether each may hold several paragraphs; see :mod:`futcompare.markup` for what they may use.
TEXT_FIELDS = {"title": False, "summary": False, "reason": True, "evidence": True}
_EXAMPLE_FILE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.py$")
_OPTIONAL = ("evidence", "sources")
#: The keys of one item of an entry's ``sources``; ``in``, ``since`` and ``until`` may be left out.
SOURCE_FIELDS = ("file", "in", "snippet", "what", "since", "until")
#: A stdlib file a snippet can be located in: a pure-Python module under ``Lib/``, as the source tree names it.
_SOURCE_FILE = re.compile(r"^Lib/(?:[A-Za-z0-9_]+/)*[A-Za-z0-9_]+\.py$")
_QUALNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
#: A source line number typed by hand ("line 173", "lines 419-424", "futures.py:173", "#L173"): it goes stale
#: with the next CPython release, so catalog text may not carry one; ``sources`` locates the line instead.
TYPED_LINE_NUMBER = re.compile(r"\blines?\s+\d+|\.(?:py|c|h):\d+|#L\d+", re.IGNORECASE)


#: Categories whose entries the matrix itself shows: on a version where such an entry holds,
#: at least one of its rows must differ, or the snapshots contradict its version range.
INTROSPECTED_CATEGORIES = ("signature", "only-in-one", "exceptions")


@dataclass(frozen=True)
class Problem:
    """One way a catalog fails: the entry and the field to correct, the file they are in, and the whole line."""

    entry: str | None
    """The id of the entry it concerns (for an entry whose id is unreadable, its index: ``entry 3``);
    None when no one entry is at fault (a row no entry explains, a file that belongs to none)."""
    file: Path
    """The file to edit: the catalog, or an example that belongs to no entry."""
    field: str | None
    """The field to correct (``members``, ``since``, ``example``, ``sources[0]``), when one is."""
    message: str
    """The problem in one line, naming the file, the entry and the fix."""

    def __str__(self) -> str:
        return self.message


class CatalogError(FutcompareError):
    """A catalog that cannot be read: its ``problem`` says which entry and file, and the message how to fix it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class Reference:
    title: str
    url: str


@dataclass(frozen=True)
class Source:
    """A place in the stdlib an entry points at: a quoted snippet of a ``Lib/`` file, never a line number.

    The line is found on each measured interpreter when its snapshot is taken (see
    :mod:`futcompare.sources`) and the build renders file, line and version from there.
    """

    file: str
    """The file as CPython's source tree names it: ``Lib/asyncio/futures.py``."""
    snippet: str
    """The quoted code: one line or several consecutive lines, compared with indentation stripped."""
    what: str
    """What the snippet shows, in a few words (catalog text)."""
    scope: str | None = None
    """The ``in`` key: the dotted name of the class or function to search in (``Future.result``);
    None: the whole file."""
    since: str | None = None
    """The first version that must have the snippet; None: the entry's ``since``."""
    until: str | None = None
    """The last version that must have it; None: the newest, if :attr:`own_until`, else the entry's ``until``."""
    own_until: bool = False
    """Whether the catalog gives ``until`` (``null`` included: the newest), rather than leaving the entry's."""

    def versions(self, entry: Entry) -> tuple[str, str | None]:
        """The versions that must have the snippet, as (since, until): its own where given, else *entry*'s."""
        return self.since or entry.since, self.until if self.own_until else entry.until

    @property
    def key(self) -> tuple[str, str, str]:
        """What a snapshot records this source under: ``(file, in, snippet)``, with ``in`` empty when not given."""
        return (self.file, self.scope or "", self.snippet)


@dataclass(frozen=True)
class Entry:
    """One difference: what it concerns, where it holds, why, and the example that shows it."""

    id: str
    title: str
    members: tuple[str, ...]
    """Matrix row names it concerns; empty for the class as a whole."""
    category: str
    since: str
    until: str | None
    summary: str
    reason: str
    references: tuple[Reference, ...]
    example: str
    """Path of the example, relative to the ``examples/`` folder."""
    evidence: str = ""
    sources: tuple[Source, ...] = ()
    """Where the stdlib shows it: quoted snippets the build locates in each measured interpreter's stdlib."""

    def holds_on(self, version: str) -> bool:
        """Whether the entry says it holds on Python *version* (``3.10.13`` or ``3.10``)."""
        minor = version_key(version)
        return version_key(self.since) <= minor and (self.until is None or minor <= version_key(self.until))

    @property
    def versions(self) -> str:
        """The versions where it holds, as text: ``3.9–3.10`` or ``3.11+``."""
        return f"{self.since}+" if self.until is None else f"{self.since}–{self.until}"


@dataclass(frozen=True)
class Catalog:
    pair: str
    path: Path
    entries: tuple[Entry, ...]

    def get(self, entry_id: str) -> Entry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise FutcompareError(f"no catalog entry {entry_id!r} in {self.path}")

    def for_row(self, name: str) -> tuple[Entry, ...]:
        """The entries that explain the row called *name*."""
        return tuple(entry for entry in self.entries if name in entry.members)

    def row_entries(self, matrix: Matrix) -> dict[str, list[str]]:
        """The ids of the entries that explain each row of *matrix*, by row name."""
        return {row.name: [entry.id for entry in self.for_row(row.name)] for row in matrix.rows}


def catalog_path(pair: str) -> Path:
    return CATALOG_DIR / f"{pair}.json"


def has_catalog(pair: str) -> bool:
    return catalog_path(pair).is_file()


def load_catalog(pair: str, path: Path | None = None) -> Catalog:
    """Read and validate the catalog of *pair*; a broken entry raises an error naming the file, entry, field and fix.

    Text fields must follow the policy of :mod:`futcompare.markup`; the example
    must be a file ``<pair>/<name>.py`` inside the examples folder.
    """
    path = path or catalog_path(pair)
    try:
        raw_bytes = path.read_bytes()
    except FileNotFoundError:
        raise FutcompareError(f"pair {pair!r} has no catalog: create {path}") from None
    except OSError as error:
        raise FutcompareError(f"cannot read catalog {path}: {error.strerror or error}") from None
    try:
        text = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FutcompareError(
            f"{path}: not UTF-8 text (byte 0x{raw_bytes[error.start]:02x} at offset {error.start}); save it as UTF-8"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FutcompareError(f"{path}: not valid JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise FutcompareError(f'{path}: expected an object {{"pair": ..., "entries": [...]}}')
    unknown = sorted(set(data) - {"pair", "entries"})
    if unknown:
        raise FutcompareError(
            f"{path}: unknown top-level field(s) {', '.join(map(str, unknown))}; known: pair, entries"
        )
    if "pair" in data and data["pair"] != pair:
        raise FutcompareError(
            f"{path}: says it is the catalog of pair {data['pair']!r}, but it is read as the catalog of {pair!r};"
            f' set "pair": "{pair}" or move the entries to the right file'
        )
    entries = tuple(_checked_entry(path, pair, index, raw) for index, raw in enumerate(data["entries"]))
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            message = f"{path}: entry id {entry.id!r} is used twice; ids must be unique"
            raise CatalogError(Problem(entry=entry.id, file=path, field="id", message=message))
        seen.add(entry.id)
    return Catalog(pair=pair, path=path, entries=entries)


def _checked_entry(path: Path, pair: str, index: int, raw: Any) -> Entry:
    """:func:`_entry`, whose error says which entry it is about."""
    try:
        return _entry(path, pair, index, raw)
    except FutcompareError as error:
        named = isinstance(raw, dict) and isinstance(raw.get("id"), str)
        entry = raw["id"] if named else f"entry {index}"
        raise CatalogError(Problem(entry=entry, file=path, field=None, message=str(error))) from None


def _entry(path: Path, pair: str, index: int, raw: Any) -> Entry:
    where = f"{path}: entry {index}"
    if not isinstance(raw, dict):
        raise FutcompareError(f"{where}: expected an object with the fields {', '.join(_FIELDS)}")
    if isinstance(raw.get("id"), str):
        where = f"{path}: entry {raw['id']!r}"
    missing = [name for name in _FIELDS if name not in raw]
    if missing:
        raise FutcompareError(f"{where}: missing field(s) {', '.join(missing)}")
    unknown = sorted(set(raw) - set(_FIELDS) - set(_OPTIONAL))
    if unknown:
        raise FutcompareError(
            f"{where}: unknown field(s) {', '.join(unknown)}; known: {', '.join(_FIELDS + _OPTIONAL)}"
        )
    if not isinstance(raw["id"], str) or not _ID.match(raw["id"]):
        raise FutcompareError(f"{where}: id must be lower-case words joined by '-', e.g. result-pending")
    if not isinstance(raw["category"], str) or raw["category"] not in CATEGORIES:
        raise FutcompareError(f"{where}: category {raw['category']!r} is not one of {', '.join(CATEGORIES)}")
    for key in ("since", "until"):
        value = raw[key]
        if not (value is None and key == "until") and not (isinstance(value, str) and _VERSION.match(value)):
            raise FutcompareError(
                f'{where}: {key} must be a version like "3.9"' + (" or null" if key == "until" else "")
            )
    if raw["until"] is not None and version_key(raw["until"]) < version_key(raw["since"]):
        raise FutcompareError(
            f"{where}: until {raw['until']} is before since {raw['since']}; since is the first version"
            " where the difference holds, until the last"
        )
    if not isinstance(raw["members"], list) or not all(isinstance(m, str) and m for m in raw["members"]):
        raise FutcompareError(f"{where}: members must be a list of matrix row names")
    for key in ("title", "summary", "reason", "example"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise FutcompareError(f"{where}: {key} must be a non-empty string, not {_json_type(raw[key])}")
    if "evidence" in raw and not isinstance(raw["evidence"], str):
        raise FutcompareError(f"{where}: evidence must be a string, not {_json_type(raw['evidence'])}")
    for key, paragraphs in TEXT_FIELDS.items():
        problem = markup.check(raw.get(key, ""), paragraphs=paragraphs)
        if problem:
            raise FutcompareError(f"{where}: field {key!r}: {problem} ({markup.POLICY})")
    references = _references(where, raw["references"])
    _check_example(where, pair, raw["example"])
    sources = tuple(_source(where, index, item) for index, item in enumerate(_list(where, raw.get("sources", []))))
    texts = [(key, raw.get(key, "")) for key in ("title", "summary", "reason", "evidence")]
    texts += [(f"sources[{index}].what", source.what) for index, source in enumerate(sources)]
    for key, text in texts:
        typed = TYPED_LINE_NUMBER.search(text)
        if typed:
            raise FutcompareError(
                f"{where}: {key} types a source line number ({typed.group(0)!r}), which goes stale with the next"
                ' CPython release; quote the line in "sources" instead ({"file": "Lib/...", "snippet": "...",'
                ' "what": "..."}) and the build shows its line on every version'
            )
    return Entry(
        id=raw["id"],
        title=raw["title"],
        members=tuple(raw["members"]),
        category=raw["category"],
        since=raw["since"],
        until=raw["until"],
        summary=raw["summary"],
        reason=raw["reason"],
        references=references,
        example=raw["example"],
        evidence=raw.get("evidence", ""),
        sources=sources,
    )


def _list(where: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise FutcompareError(
            f'{where}: sources must be a list of {{"file": "Lib/...py", "snippet": "...", "what": "..."}}'
        )
    return value


def _source(where: str, index: int, raw: Any) -> Source:
    """One item of an entry's ``sources``, checked; an error names the entry, the item and the fix."""
    where = f"{where}: sources[{index}]"
    if not isinstance(raw, dict):
        raise FutcompareError(f'{where}: expected {{"file": "Lib/...py", "snippet": "...", "what": "..."}}')
    missing = [key for key in ("file", "snippet", "what") if key not in raw]
    if missing:
        raise FutcompareError(f"{where}: missing key(s) {', '.join(missing)}; a source needs file, snippet and what")
    unknown = sorted(set(raw) - set(SOURCE_FIELDS))
    if unknown:
        raise FutcompareError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(SOURCE_FIELDS)}")
    file = raw["file"]
    if not isinstance(file, str) or not _SOURCE_FILE.match(file):
        raise FutcompareError(
            f"{where}: file {file!r} is not a pure-Python stdlib file like 'Lib/asyncio/futures.py'; only Lib/*.py"
            " files are in an installed interpreter, where the build locates the snippet. Show what C code"
            " (Modules/...) does by a line of the example's output instead, and name the C file in the evidence"
        )
    snippet = raw["snippet"]
    if not isinstance(snippet, str) or not snippet.strip():
        raise FutcompareError(f"{where}: snippet must be the quoted code, a non-empty string")
    if snippet != snippet.strip() or any(line != line.strip() or not line for line in snippet.split("\n")):
        raise FutcompareError(
            f"{where}: quote the snippet without indentation, surrounding spaces or blank lines, one code line per"
            " line: it is compared with the file's lines stripped of their indentation"
        )
    if not isinstance(raw["what"], str) or not raw["what"].strip():
        raise FutcompareError(f"{where}: what must say, in a few words, what the snippet shows")
    problem = markup.check(raw["what"])
    if problem:
        raise FutcompareError(f"{where}: field 'what': {problem} ({markup.POLICY})")
    scope = raw.get("in")
    if scope is not None and (not isinstance(scope, str) or not _QUALNAME.match(scope)):
        raise FutcompareError(f"{where}: in must be the dotted name of a class or function, e.g. 'Future.result'")
    if raw.get("since") is not None and not (isinstance(raw["since"], str) and _VERSION.match(raw["since"])):
        raise FutcompareError(f'{where}: since must be a version like "3.10", or left out (the entry\'s since)')
    if raw.get("until") is not None and not (isinstance(raw["until"], str) and _VERSION.match(raw["until"])):
        raise FutcompareError(
            f'{where}: until must be a version like "3.10", null (the newest) or left out (the entry\'s until)'
        )
    return Source(
        file=file,
        snippet=snippet,
        what=raw["what"],
        scope=scope,
        since=raw.get("since"),
        until=raw.get("until"),
        own_until="until" in raw,
    )


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object", str: "a string"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _references(where: str, references: Any) -> tuple[Reference, ...]:
    if not isinstance(references, list) or not all(
        isinstance(r, dict) and set(r) == {"title", "url"} for r in references
    ):
        raise FutcompareError(f'{where}: references must be a list of {{"title": ..., "url": ...}}')
    result = []
    for number, reference in enumerate(references, 1):
        title, url = reference["title"], reference["url"]
        if not isinstance(title, str) or not title.strip():
            raise FutcompareError(f"{where}: reference {number}: title must be a non-empty string")
        problem = markup.check(title)
        if problem:
            raise FutcompareError(f"{where}: reference {number}: field 'title': {problem} ({markup.POLICY})")
        if not isinstance(url, str) or not markup.is_web_url(url):
            raise FutcompareError(
                f"{where}: reference {number}: url {url!r} is not an http(s) URL;"
                " give one like https://docs.python.org/3/library/asyncio-future.html"
            )
        result.append(Reference(title, url))
    return tuple(result)


def _check_example(where: str, pair: str, example: str) -> None:
    parts = example.split("/")
    if (
        "\\" in example
        or example.startswith("/")
        or len(parts) != 2
        or parts[0] != pair
        or not _EXAMPLE_FILE.match(parts[1])
    ):
        raise FutcompareError(
            f"{where}: example {example!r} must be a file of the pair's folder inside examples/,"
            f" written {pair}/<name>.py"
        )


def check_catalog(catalog: Catalog, matrices: list[Matrix], examples_dir: Path | None = None) -> list[Problem]:
    """Every way *catalog* fails to explain *matrices*, one problem each; empty when complete.

    *matrices* are the pair's matrices as each measured interpreter saw it: a row
    must be explained if any of them shows it as not ``same``, and an entry may
    name a row that any of them has. An entry that holds on none of their versions is
    not asked for its rows (``futcompare check`` on 3.9 reads one matrix, where
    asyncio.Barrier's rows do not exist, and the barrier entries begin at 3.11).
    With *examples_dir*, every entry's example must exist and carry a doctest, and
    every example file must belong to an entry.
    """
    problems: list[Problem] = []
    path = catalog.path
    known_rows = {row.name for matrix in matrices for row in matrix.rows}
    versions = [matrix.python.version for matrix in matrices]
    for entry in catalog.entries:
        if versions and all(version and not entry.holds_on(version) for version in versions):
            continue
        for name in entry.members:
            if name not in known_rows:
                message = (
                    f"{path}: entry {entry.id!r} names {name!r}, which is no row of the {catalog.pair} matrix;"
                    f" use one of: {', '.join(sorted(known_rows))}"
                )
                problems.append(Problem(entry=entry.id, file=path, field="members", message=message))
    unexplained: dict[str, list[str]] = {}
    for matrix in matrices:
        version = matrix.python.version
        rows = {row.name: row for row in matrix.rows}
        for row in matrix.differences():
            if row.status == "cannot-compare":
                continue  # no difference is known, so none is to explain; the row's note says why
            if not any(version and entry.holds_on(version) for entry in catalog.for_row(row.name)):
                unexplained.setdefault(row.name, []).append(f"{matrix.label(row.status)} on {version or '?'}")
        for entry in catalog.entries:
            if entry.category not in INTROSPECTED_CATEGORIES or not entry.members or not version:
                continue
            shown = [rows[name] for name in entry.members if name in rows]
            if entry.holds_on(version) and shown and all(row.status == "same" for row in shown):
                message = (
                    f"{path}: entry {entry.id!r} says it holds on {entry.versions}, but on Python {version}"
                    f" its rows ({', '.join(entry.members)}) are the same on both sides; correct since/until"
                )
                problems.append(Problem(entry=entry.id, file=path, field="since/until", message=message))
    for name, where in unexplained.items():
        message = (
            f"row {name!r} of the {catalog.pair} matrix ({'; '.join(where)}) has no catalog entry that holds there;"
            f" add one to {path} whose members include {name!r}, or widen an entry's since/until"
        )
        problems.append(Problem(entry=None, file=path, field=None, message=message))
    if examples_dir is not None:
        named = set()
        for entry in catalog.entries:
            example = examples_dir / entry.example
            named.add(example.resolve())
            try:
                load_example(example)
            except FutcompareError as error:
                message = f"{path}: entry {entry.id!r}: {error}"
                problems.append(Problem(entry=entry.id, file=path, field="example", message=message))
        folder = examples_dir / catalog.pair
        for stray in sorted(folder.glob("*.py")) if folder.is_dir() else ():
            if stray.resolve() not in named:
                message = f"example {stray} belongs to no entry of {path}; add one or delete it"
                problems.append(Problem(entry=None, file=stray, field=None, message=message))
    return problems

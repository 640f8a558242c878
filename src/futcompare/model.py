"""The data that flows between the stages: frozen dataclasses and their JSON form.

Everything here is plain data. :func:`to_jsonable` turns any of these objects into
JSON-ready dicts and lists; the ``*_from_dict`` functions rebuild them from a snapshot.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # frozen dataclasses all the same, without compiling six methods for each (see futcompare._record)
    from futcompare._record import dataclass

#: A parameter's kind, as :class:`inspect.Parameter` names it, in words.
ParameterKind = Literal["positional-only", "positional-or-keyword", "var-positional", "keyword-only", "var-keyword"]
#: Every parameter kind, in the order of :class:`inspect.Parameter` kinds.
PARAMETER_KINDS: tuple[ParameterKind, ...] = get_args(ParameterKind)

#: What a member is, as :func:`futcompare.introspect.introspect` reports it (``behaviour``: a probe's answer).
MemberKind = Literal[
    "method",
    "coroutine method",
    "async generator method",
    "classmethod",
    "staticmethod",
    "property",
    "data",
    "class",
    "exception",
    "function",
    "coroutine function",
    "behaviour",
]
#: Every member kind.
MEMBER_KINDS: tuple[MemberKind, ...] = get_args(MemberKind)

#: What a surface is: a class, a function, a probe's answer (``behaviour``), or ``absent`` (a side that does not
#: exist on that Python, for a pair that allows it).
SurfaceKind = Literal["class", "exception", "function", "coroutine function", "behaviour", "absent"]

#: Where a member's signature was read: ``live`` (the member itself), ``twin`` (the surface's pure-Python twin,
#: because the member has none), ``doc`` (the first line of a C method's docstring), ``none`` (nowhere), or
#: ``probe`` (a behaviour row, whose "signature" is what the probe observed).
SignatureSource = Literal["live", "twin", "doc", "none", "probe"]

#: A row's status. ``cannot-compare``: both sides have the member, but one side's signature could not be
#: read, so whether they match is unknown (never reported as same).
Status = Literal["same", "differs", "only-left", "only-right", "cannot-compare"]
#: Every row status, in the order a legend lists them.
STATUSES: tuple[Status, ...] = get_args(Status)

#: Field metadata: :func:`to_jsonable` leaves the field out while it holds its default, so data
#: written before the field existed (the committed snapshots) reads back unchanged.
_OMIT_DEFAULT = {"omit_default": True}


@dataclass(frozen=True)
class Parameter:
    """One parameter of a signature (``self`` and ``cls`` are never listed)."""

    name: str
    kind: ParameterKind
    default: str | None = None
    """``repr()`` of the default value, or None when the parameter has no default."""

    def render(self) -> str:
        """The parameter as it reads in a signature, for example ``timeout=None``."""
        prefix = {"var-positional": "*", "var-keyword": "**"}.get(self.kind, "")
        text = prefix + self.name
        return text if self.default is None else f"{text}={self.default}"


@dataclass(frozen=True)
class Member:
    """One member of a class surface: a method, property, data attribute, or an exception class."""

    name: str
    kind: MemberKind
    signature: str | None
    """The signature as text without ``self`` (``(timeout=None)``), or None when unknown."""
    parameters: tuple[Parameter, ...] | None
    signature_source: SignatureSource
    """Where the signature was read (see :data:`SignatureSource`)."""
    defined_in: str
    """Dotted name of the class that defines the member (for an exception: the class itself)."""
    doc: str
    """First line of the docstring, or an empty string."""
    mro_names: tuple[str, ...] = ()
    """For an exception row: the dotted names of the class's MRO."""
    error: str = field(default="", metadata=_OMIT_DEFAULT)
    """What went wrong introspecting it (an exception its class raised), or an empty string."""


@dataclass(frozen=True)
class ClassFacts:
    """Facts about a class as a whole."""

    mro_names: tuple[str, ...]
    awaitable: bool
    context_manager: bool
    async_context_manager: bool
    generic: bool


@dataclass(frozen=True)
class Surface:
    """The public API surface of a class or function, named by a dotted path."""

    path: str
    """The dotted path that was asked for (``asyncio.Future``)."""
    qualname: str
    """The dotted name of the object it resolves to (``_asyncio.Future``)."""
    kind: SurfaceKind
    """``class``, ``exception``, ``function``, ``coroutine function``, ``behaviour`` (a probe's answer), or
    ``absent`` (see :attr:`absent`)."""
    doc: str
    facts: ClassFacts | None
    members: tuple[Member, ...]
    twin: str | None = None
    """Dotted path of the pure-Python twin consulted for missing signatures."""
    factory: str | None = None
    """When *path* names a factory function (``threading.Lock`` before 3.13), the function's dotted
    name (``_thread.allocate_lock``): the surface is then that of the class of the object it returns."""
    absent: str | None = None
    """Why the side does not exist on this Python (``asyncio.RLock``), for a pair that allows it;
    the surface then has no members."""
    notes: tuple[str, ...] = field(default=(), metadata=_OMIT_DEFAULT)
    """What went wrong introspecting the class as a whole (its ``dir()`` raised), if anything."""

    def member(self, name: str) -> Member | None:
        """The member called *name*, or None."""
        for member in self.members:
            if member.name == name:
                return member
        return None


@dataclass(frozen=True)
class Delta:
    """One precise difference between the two sides of a row."""

    code: str
    """Machine-readable kind: ``kind``, ``parameter-only``, ``parameter-kind``,
    ``parameter-default``, ``parameter-order``, ``class-identity``, ``bases``, ``behaviour``."""
    text: str
    """The delta in words, naming the side by its label."""
    side: str | None = None
    """``left`` or ``right`` when the delta concerns one side only."""
    parameter: str | None = None


@dataclass(frozen=True)
class Row:
    """One row of a matrix: a member (or related exception) and how the two sides compare."""

    name: str
    group: str
    """``member``, ``exception``, ``class`` (a related class) or ``behaviour`` (a probed call)."""
    status: Status
    left: Member | None
    right: Member | None
    deltas: tuple[Delta, ...] = ()
    notes: tuple[str, ...] = ()
    """Facts worth showing that are not differences (a signature that could not be read)."""
    taken_from: str = field(default="", metadata=_OMIT_DEFAULT)
    """For a row the matrix's own interpreter has on neither side, but a committed snapshot has
    (``RLock.locked`` on 3.11, which only 3.14 and later have; see
    :func:`futcompare.versions.with_measured_rows`): the exact version (``3.15.2``) of the newest
    snapshot that has it. Its status, cells, deltas and notes are then that version's, not this
    interpreter's. Empty for a row read where the matrix was."""


@dataclass(frozen=True)
class Side:
    """One side of a matrix: its label and the dotted path compared."""

    label: str
    path: str
    qualname: str
    twin: str | None = None
    factory: str | None = None
    """The factory function *path* named, when the side is the class of what it returns."""
    absent: str | None = None
    """Why the side does not exist on this Python, when it does not (its rows are then all ``only-...``)."""

    def notes(self) -> list[str]:
        """The side in words when it is not simply the class *path* names: a factory's class, or absent."""
        if self.absent:
            return [f"{self.path} does not exist ({self.absent}): every row this Python has is only in the other side"]
        if self.factory:
            function = "a function" if self.factory == self.path else f"the function {self.factory}"
            return [
                f"{self.path} is {function} on this Python, not a class: compared as"
                f" {self.qualname}, the class of the object it returns"
            ]
        return []


@dataclass(frozen=True)
class PythonInfo:
    """The interpreter a snapshot was taken on, or a matrix read from; empty strings where unknown."""

    implementation: str = ""
    """``sys.implementation.name``: ``cpython``."""
    version: str = ""
    """The exact version, as :func:`platform.python_version` says it: ``3.11.7``, ``3.15.0rc1``."""
    platform: str | None = None
    """``sys.platform`` (``linux``; ``emscripten`` under Pyodide)."""
    runtime: str | None = None
    """How a snapshot's interpreter was run: ``native``, or e.g. ``Pyodide 314.0.7 (WebAssembly) under Node.js``."""
    source: str | None = None
    """Where a matrix was read: ``live`` (introspected in this process) or a snapshot's file name."""

    def to_json(self) -> dict[str, str]:
        """The JSON object: the fields that are set, in this order."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PythonInfo:
        """The inverse of :meth:`to_json`, for an object :func:`futcompare.snapshots.load_snapshot` has checked."""
        return cls(**{f.name: data[f.name] for f in dataclasses.fields(cls) if f.name in data})


@dataclass(frozen=True)
class Matrix:
    """The rows comparing two surfaces, and where they came from."""

    pair: str | None
    title: str
    left: Side
    right: Side
    python: PythonInfo
    """The interpreter it was read from, and :attr:`~PythonInfo.source`: ``live`` or a snapshot file name."""
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()
    """What went wrong introspecting either class as a whole (see :attr:`Surface.notes`)."""

    def differences(self) -> tuple[Row, ...]:
        """The rows whose status is not ``same``."""
        return tuple(row for row in self.rows if row.status != "same")

    def label(self, status: Status) -> str:
        """The status in words, with the sides named by their labels."""
        return status_label(status, self.left.label, self.right.label)


#: The version of the snapshot files' format.
SNAPSHOT_FORMAT = 1

#: A surface as a snapshot holds it: :func:`to_jsonable` of a
#: :class:`Surface`, or ``{"path": ..., "unavailable": why}`` for a path that does not exist
#: on that Python. Kept as JSON until a matrix reads it (:func:`surface_from_dict`).
SurfaceData = dict[str, Any]
#: Where one interpreter's stdlib has a snippet a catalog quotes: ``file``, ``in``, ``snippet``, ``found``
#: (``[first, last]`` line numbers) and, if it could not be looked for, ``error`` (see :mod:`futcompare.sources`).
SourceRecord = dict[str, Any]


@dataclass(frozen=True)
class Snapshot:
    """What one interpreter saw: the surfaces of every registered pair's paths, and the stdlib's snippets."""

    python: PythonInfo
    surfaces: dict[str, SurfaceData]
    """Each path's surface, by path."""
    sources: list[SourceRecord] = field(default_factory=list)
    format: int = SNAPSHOT_FORMAT

    def to_json(self) -> dict[str, Any]:
        """The JSON object the snapshot file holds."""
        return {
            "format": self.format,
            "python": self.python.to_json(),
            "surfaces": self.surfaces,
            "sources": self.sources,
        }


def status_label(status: Status, left: str, right: str) -> str:
    """``only-left`` becomes ``only in asyncio``, and so on."""
    if status == "only-left":
        return f"only in {left}"
    if status == "only-right":
        return f"only in {right}"
    if status == "cannot-compare":
        return "cannot compare"
    return status


def cell(member: Member | None) -> str:
    """A side of a row in words: kind and signature, ``-`` when the side lacks the member."""
    if member is None:
        return "-"
    if member.kind in ("exception", "class"):
        return member.defined_in
    if member.kind == "behaviour":
        return member.signature or "-"
    if member.signature is None:
        return member.kind if member.kind in ("property", "data") else f"{member.kind} (signature unknown)"
    mark = {"twin": " †", "doc": " ‡"}.get(member.signature_source, "")
    kind = "" if member.kind in ("method", "function") else f"{member.kind} "
    return f"{kind}{member.signature}{mark}"


def to_jsonable(value: Any) -> Any:
    """A JSON-ready copy of a model object (tuples become lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not (f.metadata.get("omit_default") and getattr(value, f.name) == f.default)
        }
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    return value


def member_from_dict(data: dict[str, Any]) -> Member:
    params = data["parameters"]
    return Member(
        name=data["name"],
        kind=data["kind"],
        signature=data["signature"],
        parameters=None if params is None else tuple(Parameter(p["name"], p["kind"], p["default"]) for p in params),
        signature_source=data["signature_source"],
        defined_in=data["defined_in"],
        doc=data["doc"],
        mro_names=tuple(data.get("mro_names", ())),
        error=data.get("error", ""),
    )


def surface_from_dict(data: dict[str, Any]) -> Surface:
    facts = data["facts"]
    return Surface(
        path=data["path"],
        qualname=data["qualname"],
        kind=data["kind"],
        doc=data["doc"],
        facts=None
        if facts is None
        else ClassFacts(
            mro_names=tuple(facts["mro_names"]),
            awaitable=facts["awaitable"],
            context_manager=facts["context_manager"],
            async_context_manager=facts["async_context_manager"],
            generic=facts["generic"],
        ),
        members=tuple(member_from_dict(m) for m in data["members"]),
        twin=data.get("twin"),
        factory=data.get("factory"),
        notes=tuple(data.get("notes", ())),
    )


def row_anchor(name: str) -> str:
    """The stable HTML anchor of a matrix row: ``add_done_callback`` -> ``add-done-callback``.

    >>> row_anchor("add_done_callback"), row_anchor("__await__"), row_anchor("CancelledError")
    ('add-done-callback', 'dunder-await', 'cancellederror')
    >>> row_anchor("a future of the other world")
    'a-future-of-the-other-world'
    """
    stem = re.sub(r"[^a-z0-9]+", "-", name.strip("_").lower()).strip("-")
    return f"dunder-{stem}" if name.startswith("__") else stem

"""Pairs: the registry of named comparisons, and building a matrix from live classes or a snapshot."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from futcompare.compare import compare
from futcompare.errors import FutcompareError, UnavailableError
from futcompare.introspect import introspect
from futcompare.model import Matrix, PythonInfo, Surface

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # frozen dataclasses all the same, without compiling six methods for each (see futcompare._record)
    from futcompare._record import dataclass


@dataclass(frozen=True)
class Pair:
    """A comparison of two dotted paths, with the related classes and behaviours to compare alongside."""

    name: str
    """The registered name (``future``: in URLs, labels and on the command line); empty for two dotted
    paths compared as they are (:func:`adhoc_pair`): see :attr:`registered`."""
    left: str
    right: str
    left_label: str
    """How the site and the CLI name the left world: ``asyncio``."""
    right_label: str
    summary: str = ""
    heading: str | None = None
    """The title, where ``<left> vs <right>`` would not say it (see :attr:`title`)."""
    left_twin: str | None = None
    right_twin: str | None = None
    related: tuple[tuple[str, str, str], ...] = ()
    """(row name, left dotted path, right dotted path): classes compared by identity and MRO.
    A class missing on one side (before the version that added it) leaves that side absent."""
    behaviours: tuple[tuple[str, str, str], ...] = ()
    """(row name, left probe, right probe): what a call does on each side, observed by the probes
    of :mod:`futcompare.probes` (``probe:wait.empty.asyncio``); a row is same when both answers read the same."""
    optional_side: str | None = None
    """``left`` or ``right``: that side may not exist (asyncio has no RLock). Its matrix is then
    built all the same, every row only in the other side, and says why the side is absent."""

    @property
    def registered(self) -> bool:
        """Whether this is a registered pair (of :data:`PAIRS`, with snapshots, a catalog and pages)."""
        return PAIRS.get(self.name) == self

    @property
    def title(self) -> str:
        """``asyncio.Lock vs threading.Lock``, or the :attr:`heading` given."""
        return self.heading or f"{self.left} vs {self.right}"


_EXCEPTIONS = tuple(
    (name, f"asyncio.{name}", f"concurrent.futures.{name}")
    for name in ("CancelledError", "TimeoutError", "InvalidStateError")
)


def _probes(prefix: str, left: str, right: str, rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """Behaviour rows (row name, left probe, right probe) for the probes ``<prefix>.<key>.<left|right>``."""
    return tuple((name, f"probe:{prefix}.{key}.{left}", f"probe:{prefix}.{key}.{right}") for name, key in rows)


_QUEUE_RELATED = (
    ("LifoQueue", "asyncio.LifoQueue", "queue.LifoQueue"),
    ("PriorityQueue", "asyncio.PriorityQueue", "queue.PriorityQueue"),
    ("QueueEmpty / Empty", "asyncio.QueueEmpty", "queue.Empty"),
    ("QueueFull / Full", "asyncio.QueueFull", "queue.Full"),
    ("QueueShutDown / ShutDown", "asyncio.QueueShutDown", "queue.ShutDown"),
)
_QUEUE_BEHAVIOURS = _probes(
    "queue",
    "asyncio",
    "queue",
    (
        ("get_nowait on an empty queue", "get-empty"),
        ("put_nowait on a full queue", "put-full"),
        ("setting maxsize", "set-maxsize"),
        ("task_done with no task", "task-done"),
        ("put_nowait after shutdown", "after-shutdown"),
    ),
)
_WAIT_BEHAVIOURS = _probes(
    "wait",
    "asyncio",
    "cf",
    (
        ("return value", "returns"),
        ("an empty fs", "empty"),
        ("a coroutine in fs", "coroutine"),
        ("a future of the other world", "foreign"),
        ("timeout expires", "timeout"),
        ("one future for fs", "single"),
        ("an unknown return_when", "return-when"),
        ("a cancelled future", "cancelled"),
    ),
)
_AS_COMPLETED_BEHAVIOURS = _probes(
    "as-completed",
    "asyncio",
    "cf",
    (
        ("return value", "returns"),
        ("what it yields", "yields"),
        ("what async for gets", "async-for"),
        ("an empty fs", "empty"),
        ("a coroutine in fs", "coroutine"),
        ("a future of the other world", "foreign"),
        ("timeout expires", "timeout"),
        ("a cancelled future", "cancelled"),
    ),
)
_TIMEOUT_BEHAVIOURS = _probes(
    "timeout",
    "asyncio",
    "cf",
    (
        ("in time", "returns"),
        ("timeout expires", "expires"),
        ("a coroutine", "coroutine"),
        ("a future of the other world", "foreign"),
        ("a timeout around a block", "block"),
    ),
)

#: Pure-Python twins of C-accelerated classes, consulted for signatures the C class lacks.
KNOWN_TWINS = {
    "asyncio.Future": "asyncio.futures._PyFuture",
    "asyncio.futures.Future": "asyncio.futures._PyFuture",
    "asyncio.Task": "asyncio.tasks._PyTask",
    "asyncio.tasks.Task": "asyncio.tasks._PyTask",
    # The C _thread.RLock has no signatures before 3.13, and its docstring omits acquire's timeout.
    "threading.RLock": "threading._PyRLock",
}


def _registry(*pairs: Pair) -> dict[str, Pair]:
    return {pair.name: pair for pair in pairs}


#: The registered pairs, by name, in the order the site lists them.
PAIRS: dict[str, Pair] = _registry(
    Pair(
        name="future",
        left="asyncio.Future",
        right="concurrent.futures.Future",
        left_label="asyncio",
        right_label="concurrent.futures",
        summary="The result of an operation that completes later: awaited on an event loop, or waited on by a thread.",
        left_twin=KNOWN_TWINS["asyncio.Future"],
        related=_EXCEPTIONS,
    ),
    Pair(
        name="lock",
        left="asyncio.Lock",
        right="threading.Lock",
        left_label="asyncio",
        right_label="threading",
        summary="Mutual exclusion: one holder at a time, taken by a task or by a thread.",
    ),
    Pair(
        name="rlock",
        left="asyncio.RLock",
        right="threading.RLock",
        left_label="asyncio",
        right_label="threading",
        heading="threading.RLock (asyncio has none)",
        summary="A lock its holder may take again: threading has one, asyncio has none.",
        right_twin=KNOWN_TWINS["threading.RLock"],
        optional_side="left",
    ),
    Pair(
        name="event",
        left="asyncio.Event",
        right="threading.Event",
        left_label="asyncio",
        right_label="threading",
        summary="A flag that tasks or threads wait on until it is set.",
    ),
    Pair(
        name="condition",
        left="asyncio.Condition",
        right="threading.Condition",
        left_label="asyncio",
        right_label="threading",
        summary="Wait until notified, holding a lock.",
    ),
    Pair(
        name="semaphore",
        left="asyncio.Semaphore",
        right="threading.Semaphore",
        left_label="asyncio",
        right_label="threading",
        summary="A counter that bounds how many holders may proceed at once.",
    ),
    Pair(
        name="bounded-semaphore",
        left="asyncio.BoundedSemaphore",
        right="threading.BoundedSemaphore",
        left_label="asyncio",
        right_label="threading",
        summary="A semaphore that refuses to be released above its initial value.",
    ),
    Pair(
        name="barrier",
        left="asyncio.Barrier",
        right="threading.Barrier",
        left_label="asyncio",
        right_label="threading",
        summary="Wait until a given number of parties arrive (asyncio.Barrier: Python 3.11+).",
        optional_side="left",  # asyncio.Barrier is new in 3.11: on 3.9 and 3.10 the matrix says it is absent
    ),
    Pair(
        name="queue",
        left="asyncio.Queue",
        right="queue.Queue",
        left_label="asyncio",
        right_label="queue",
        summary="A FIFO queue between producers and consumers; LifoQueue and PriorityQueue are its subclasses.",
        related=_QUEUE_RELATED,
        behaviours=_QUEUE_BEHAVIOURS,
    ),
    Pair(
        name="wait",
        left="asyncio.wait",
        right="concurrent.futures.wait",
        left_label="asyncio",
        right_label="concurrent.futures",
        summary="Wait for a set of futures to complete.",
        behaviours=_WAIT_BEHAVIOURS,
    ),
    Pair(
        name="as-completed",
        left="asyncio.as_completed",
        right="concurrent.futures.as_completed",
        left_label="asyncio",
        right_label="concurrent.futures",
        summary="Iterate over futures as they complete.",
        behaviours=_AS_COMPLETED_BEHAVIOURS,
    ),
    Pair(
        name="timeout",
        left="asyncio.wait_for",
        right="concurrent.futures.Future.result",
        left_label="asyncio",
        right_label="concurrent.futures",
        heading="asyncio.wait_for vs concurrent.futures.Future.result(timeout)",
        summary="Bound a wait: asyncio.wait_for or asyncio.timeout around an await; a timeout argument to"
        " Future.result or concurrent.futures.wait.",
        behaviours=_TIMEOUT_BEHAVIOURS,
    ),
)


def get_pair(name: str) -> Pair:
    """The registered pair called *name*; a clear error names the valid ones otherwise."""
    try:
        return PAIRS[name]
    except KeyError:
        raise FutcompareError(
            f"unknown pair {name!r}; known pairs: {', '.join(PAIRS)} (or give two dotted paths)"
        ) from None


def adhoc_pair(left: str, right: str) -> Pair:
    """A pair for any two dotted paths, labelled by their modules."""
    left_module, _, _ = left.rpartition(".")
    right_module, _, _ = right.rpartition(".")
    if not left_module or not right_module or left_module == right_module:
        left_module, right_module = left, right
    return Pair(
        name="",
        left=left,
        right=right,
        left_label=left_module,
        right_label=right_module,
        left_twin=KNOWN_TWINS.get(left),
        right_twin=KNOWN_TWINS.get(right),
    )


def _version() -> str:
    # What platform.python_version() says (3.11.7, 3.15.0rc1), without importing platform at start-up.
    major, minor, micro, level, serial = sys.version_info
    suffix = {"alpha": "a", "beta": "b", "candidate": "rc"}.get(level, "")
    return f"{major}.{minor}.{micro}" + (f"{suffix}{serial}" if suffix else "")


def running_python() -> PythonInfo:
    """The implementation, exact version and platform of this interpreter."""
    return PythonInfo(
        implementation=sys.implementation.name,
        version=_version(),
        platform="emscripten" if sys.platform == "emscripten" else sys.platform,
    )


#: Finds the surface for (path, twin, with members?): live introspection or a snapshot lookup.
SurfaceSource = Callable[[str, "str | None", bool], Surface]


def live_source(path: str, twin: str | None, members: bool) -> Surface:
    if path.startswith(PROBE_PREFIX):
        from futcompare.probes import observe  # runs code: imported only when a pair has behaviour rows

        return observe(path)
    return introspect(path, twin=twin, members=members)


PROBE_PREFIX = "probe:"


def _optional(source: SurfaceSource, path: str) -> Surface | None:
    """The surface of *path*, or None where it does not exist (or cannot be observed) on that interpreter."""
    try:
        return source(path, None, False)
    except UnavailableError:
        return None


def _side_surface(pair: Pair, side: str, source: SurfaceSource) -> Surface:
    path, twin = (pair.left, pair.left_twin) if side == "left" else (pair.right, pair.right_twin)
    try:
        return source(path, twin, True)
    except UnavailableError as error:  # not on this Python; damaged data is never taken for an absent side
        if pair.optional_side != side:
            raise
        return Surface(path, "", "absent", "", None, (), absent=_reason(str(error)))


def _reason(message: str) -> str:
    # "cannot import 'asyncio.RLock': 'asyncio' has no attribute 'RLock'" -> "'asyncio' has no attribute 'RLock'"
    return message.rpartition(": ")[2] or message


_CLASS_KINDS = ("class", "exception")
_FUNCTION_KINDS = ("function", "coroutine function")


def check_comparable(left: Surface, right: Surface) -> None:
    """Refuse to compare a class with a function: one line naming both, and what to give instead."""
    for one, other in ((left, right), (right, left)):
        if one.kind in _FUNCTION_KINDS and other.kind in _CLASS_KINDS:
            raise FutcompareError(
                f"cannot compare {one.path} with {other.path}: {one.path} is a {one.kind} ({one.qualname}) and"
                f" {other.path} a class, and futcompare does not know which class {one.path}() returns;"
                f" give the dotted path of that class instead of {one.path}"
            )


def build_matrix(pair: Pair, source: SurfaceSource = live_source, python: PythonInfo | None = None) -> Matrix:
    """The matrix of *pair*, read from *source* (by default, by introspecting this interpreter).

    A side naming a known factory function is the class of what it returns (see
    :data:`futcompare.introspect.KNOWN_FACTORIES`); a class and a function that is not one are
    refused with :class:`~futcompare.errors.FutcompareError`.
    """
    left = _side_surface(pair, "left", source)
    right = _side_surface(pair, "right", source)
    check_comparable(left, right)
    related = tuple(
        (name, _optional(source, left_path), _optional(source, right_path))
        for name, left_path, right_path in pair.related + pair.behaviours
    )
    if python is None:
        python = replace(running_python(), source="live")
    return compare(
        left,
        right,
        left_label=pair.left_label,
        right_label=pair.right_label,
        related=related,
        pair=pair.name if pair.registered else None,
        title=pair.title,
        python=python,
    )


def pair_paths(pair: Pair) -> list[tuple[str, str | None, bool]]:
    """Every (path, twin, with members?) that building *pair*'s matrix reads."""
    paths: list[tuple[str, str | None, bool]] = [(pair.left, pair.left_twin, True), (pair.right, pair.right_twin, True)]
    for _, left_path, right_path in pair.related + pair.behaviours:
        paths += [(left_path, None, False), (right_path, None, False)]
    return paths

"""At a glance: the traits a reader decides by, for every pair, each with the row or page that shows it.

Every cell is computed from a matrix (introspection), the committed snapshots, or the pair's
catalog, and names its evidence: a matrix row (``("row", name)``), a difference page
(``("entry", id)``) or, failing both, the pair's matrix page (``("matrix", "")``). Nothing in a
cell is typed by hand.

The thread-safety cell cannot be introspected: it is the catalog entry whose id is
``thread-safety`` (:data:`THREAD_SAFETY_ID`), when the pair's catalog has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from futcompare.catalog import Catalog
from futcompare.markup import to_plain
from futcompare.model import Matrix, Member, Row
from futcompare.versions import Measured

#: The catalog entry id a pair gives the difference that says which side is thread-safe.
THREAD_SAFETY_ID = "thread-safety"
#: The columns, in order: (key, heading).
COLUMNS = (
    ("awaitable", "awaitable"),
    ("thread-safe", "thread-safe"),
    ("timeout", "timeout argument"),
    ("context-manager", "context manager"),
    ("since", "since"),
)
_COROUTINE_KINDS = ("coroutine method", "coroutine function", "async generator method")


@dataclass(frozen=True)
class Cell:
    """One cell: its text and the evidence it links to."""

    text: str
    target: tuple[str, str]
    """``("row", row name)``, ``("entry", entry id)`` or ``("matrix", "")``."""


@dataclass(frozen=True)
class GlanceRow:
    pair: str
    title: str
    cells: dict[str, Cell]


def glance_row(
    matrix: Matrix, catalog: Catalog | None, measured: list[Measured], first_measured: str | None
) -> GlanceRow:
    """The traits of one pair.

    *measured* are the interpreters whose snapshots have the pair; *first_measured* is the oldest
    interpreter with any snapshot at all (to tell "3.11" from "3.9 or earlier").
    """
    pair = matrix.pair or ""
    return GlanceRow(
        pair=pair,
        title=matrix.title,
        cells={
            "awaitable": _awaitable(matrix),
            "thread-safe": _thread_safe(matrix, catalog),
            "timeout": _timeout(matrix),
            "context-manager": _context_manager(matrix),
            "since": _since(matrix, catalog, measured, first_measured),
        },
    )


def _sides(matrix: Matrix) -> tuple[tuple[str, str], ...]:
    return (("left", matrix.left.label), ("right", matrix.right.label))


def _member(row: Row, side: str) -> Member | None:
    return row.left if side == "left" else row.right


def _absent(matrix: Matrix, side: str) -> bool:
    return bool((matrix.left if side == "left" else matrix.right).absent)


def _awaitable(matrix: Matrix) -> Cell:
    parts, target = [], None
    for side, label in _sides(matrix):
        if _absent(matrix, side):
            parts.append(f"{label}: absent")
            continue
        awaited = [
            row
            for row in matrix.rows
            if (member := _member(row, side)) is not None
            and (member.kind in _COROUTINE_KINDS or row.name == "__await__")
            and row.name not in ("__aenter__", "__aexit__")
        ]
        if awaited:
            names = ", ".join(_called(matrix, side, row.name) for row in awaited)
            parts.append(f"{label}: {names}")
            target = target or awaited[0].name
        else:
            parts.append(f"{label}: no")
    return Cell(" · ".join(parts), ("row", target) if target else ("matrix", ""))


def _called(matrix: Matrix, side: str, name: str) -> str:
    """How a reader writes the call: ``await``, ``acquire()``, or ``wait()`` for a function pair's call row."""
    if name == "__await__":
        return "await"
    if name == "__call__":
        return (matrix.left if side == "left" else matrix.right).path.rpartition(".")[2] + "()"
    return f"{name}()"


def _thread_safe(matrix: Matrix, catalog: Catalog | None) -> Cell:
    for side, _ in _sides(matrix):
        if _absent(matrix, side):
            # Nothing to compare (asyncio has no RLock): say so, and link the entry that says why.
            path = (matrix.left if side == "left" else matrix.right).path
            absence = _entry_for(catalog, [row.name for row in matrix.rows])
            return Cell(f"{path}: absent", ("entry", absence) if absence else ("matrix", ""))
    entry = next((entry for entry in catalog.entries if entry.id == THREAD_SAFETY_ID), None) if catalog else None
    if entry is None:
        return Cell("not explained yet", ("matrix", ""))
    return Cell(to_plain(entry.title), ("entry", entry.id))


def _timeout(matrix: Matrix) -> Cell:
    parts, rows = [], []
    for side, label in _sides(matrix):
        if _absent(matrix, side):
            parts.append(f"{label}: absent")
            continue
        found = []
        for row in matrix.rows:
            member = _member(row, side)
            if member is None or (row.name.startswith("__") and row.name != "__call__"):
                continue
            for param in member.parameters or ():
                if param.name == "timeout":
                    found.append(f"{_called(matrix, side, row.name)[:-1]}{param.render()})")
                    rows.append(row)
        parts.append(f"{label}: {', '.join(found)}" if found else f"{label}: none")
    # The evidence: the first row where the sides differ over it, else the first row that has it.
    target = next((row for row in rows if row.status != "same"), rows[0] if rows else None)
    return Cell(" · ".join(parts), ("row", target.name) if target else ("matrix", ""))


def _context_manager(matrix: Matrix) -> Cell:
    names = {row.name: row for row in matrix.rows}
    parts, target = [], None
    for side, label in _sides(matrix):
        if _absent(matrix, side):
            parts.append(f"{label}: absent")
            continue
        forms = []
        for dunder, form in (("__aenter__", "async with"), ("__enter__", "with")):
            row = names.get(dunder)
            if row is not None and _member(row, side) is not None:
                forms.append(form)
                target = target or dunder
        parts.append(f"{label}: {' and '.join(forms)}" if forms else f"{label}: no")
    return Cell(" · ".join(parts), ("row", target) if target else ("matrix", ""))


def _since(matrix: Matrix, catalog: Catalog | None, measured: list[Measured], first_measured: str | None) -> Cell:
    """The first measured version where the pair exists, linked to the row whose versions show it."""
    for side, _ in _sides(matrix):
        if _absent(matrix, side):
            path = (matrix.left if side == "left" else matrix.right).path
            entry = _entry_for(catalog, [row.name for row in matrix.rows])
            text = f"{path}: never (absent on every measured version)"
            return Cell(text, ("entry", entry) if entry else ("matrix", ""))
    first = measured[0].label if measured else None
    row = matrix.rows[0].name if matrix.rows else None
    if first is None:
        return Cell("not in the committed snapshots", ("matrix", ""))
    text = f"{first} or earlier (first measured)" if first == first_measured else first
    return Cell(text, ("row", row) if row else ("matrix", ""))


def _entry_for(catalog: Catalog | None, rows: list[str]) -> str | None:
    """The entry that explains the most of *rows*: the one that says why a side is absent."""
    if catalog is None or not catalog.entries:
        return None
    best = max(catalog.entries, key=lambda entry: len(set(entry.members) & set(rows)))
    return best.id if set(best.members) & set(rows) else None

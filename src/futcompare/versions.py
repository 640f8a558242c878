"""Versions: what each row looked like on every measured interpreter, from the committed snapshots.

A row's history is a list of spans: consecutive measured versions on which the
row read the same (status, both cells, deltas). A row that never changed has one
span; TimeoutError of the future pair has two (differs 3.9–3.10, same 3.11+).
"""

from __future__ import annotations

from dataclasses import dataclass

from futcompare._text import minor_version
from futcompare.errors import FutcompareError
from futcompare.model import Matrix, Row, Status, cell
from futcompare.pairs import Pair
from futcompare.snapshots import snapshot_matrices


@dataclass(frozen=True)
class Measured:
    """One measured interpreter: its snapshot, its short label and how it was run."""

    snapshot: str
    label: str
    """``3.10`` or ``3.14``: the minor version, as the site and the CLI print it."""
    version: str
    """The exact version, e.g. ``3.10.13`` or ``3.15.0rc1``."""
    runtime: str
    """``native`` or e.g. ``Pyodide 314.0.7 (WebAssembly) under Node.js v20.20.2``."""


@dataclass(frozen=True)
class Span:
    """Consecutive measured versions on which a row read the same."""

    first: str
    last: str
    status: Status | None
    """The row's status, or None where neither side had the member."""
    left: str
    right: str
    deltas: tuple[str, ...]

    @property
    def versions(self) -> str:
        """``3.9–3.10``, or ``3.11`` when the span is one version."""
        return self.first if self.first == self.last else f"{self.first}–{self.last}"


@dataclass(frozen=True)
class History:
    """A row across the measured interpreters."""

    name: str
    spans: tuple[Span, ...]

    @property
    def changed(self) -> bool:
        return len(self.spans) > 1

    def describe(self, left_label: str, right_label: str) -> list[str]:
        """The changes in words, one line per span boundary."""
        lines = []
        for before, after in zip(self.spans, self.spans[1:]):
            if before.status is None:
                lines.append(f"{after.first}: appeared ({after.status})")
                continue
            if after.status is None:
                lines.append(f"{after.first}: gone from both sides")
                continue
            changes = []
            for label, old, new in ((left_label, before.left, after.left), (right_label, before.right, after.right)):
                if old != new:
                    changes.append(f"{label} {_cell_text(old)} -> {_cell_text(new)}")
            if before.status != after.status:
                changes.append(f"{before.status} -> {after.status}")
            lines.append(f"{after.first}: " + "; ".join(changes or ["deltas changed"]))
        return lines


def _cell_text(text: str) -> str:
    return "absent" if text == "-" else text


def measured(matrices: dict[str, Matrix]) -> list[Measured]:
    """The interpreters behind *matrices* (as :func:`futcompare.snapshots.snapshot_matrices` returns them)."""
    result = []
    for name, matrix in matrices.items():
        version = matrix.python.version
        result.append(Measured(name, minor_version(version), version, matrix.python.runtime or "native"))
    return result


def histories(pair: Pair, matrices: dict[str, Matrix] | None = None) -> dict[str, History]:
    """Each row's history across the committed snapshots, by row name.

    Raises :class:`~futcompare.errors.FutcompareError` when no snapshot has the pair.
    """
    matrices = matrices if matrices is not None else snapshot_matrices(pair)
    if not matrices:
        raise FutcompareError(f"no committed snapshot has {pair.left} and {pair.right}; no version history for them")
    interpreters = measured(matrices)
    names: list[str] = []
    for matrix in matrices.values():
        names += [row.name for row in matrix.rows if row.name not in names]
    result = {}
    for name in names:
        spans: list[Span] = []
        for interpreter, matrix in zip(interpreters, matrices.values()):
            row = next((r for r in matrix.rows if r.name == name), None)
            state = _state(row)
            if spans and (spans[-1].status, spans[-1].left, spans[-1].right, spans[-1].deltas) == state:
                last = spans[-1]
                spans[-1] = Span(last.first, interpreter.label, *state)
            else:
                spans.append(Span(interpreter.label, interpreter.label, *state))
        result[name] = History(name, tuple(spans))
    return result


def pair_history(pair: Pair) -> tuple[dict[str, History], list[Measured]]:
    """Each row's history and the measured interpreters, for a registered pair the committed
    snapshots have; both empty for two dotted paths, which no snapshot holds."""
    matrices = snapshot_matrices(pair) if pair.registered else {}
    if not matrices:
        return {}, []
    return histories(pair, matrices), measured(matrices)


def _state(row: Row | None) -> tuple[Status | None, str, str, tuple[str, ...]]:
    if row is None:
        return (None, "-", "-", ())
    return (row.status, cell(row.left), cell(row.right), tuple(d.text for d in row.deltas))

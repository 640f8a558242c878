"""Versions: what each row looked like on every measured interpreter, from the committed snapshots.

A row's history is a list of spans: consecutive measured versions on which the
row read the same (status, both cells, deltas). A row that never changed has one
span; TimeoutError of the future pair has two (differs 3.9–3.10, same 3.11+).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from futcompare._text import minor_version
from futcompare.errors import FutcompareError
from futcompare.model import Matrix, Row, Status, cell, status_label
from futcompare.pairs import Pair

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # frozen dataclasses all the same, without compiling six methods for each (see futcompare._record)
    from futcompare._record import dataclass


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

    def runs(self) -> tuple[Span, ...]:
        """The spans merged where only a cell changed, not the status (a signature first read from
        the pure-Python twin, then from the C method itself): the versions as a reader sees them,
        one entry per status. A merged span keeps its newest cells and deltas."""
        runs: list[Span] = []
        for span in self.spans:
            if runs and runs[-1].status == span.status:
                runs[-1] = Span(runs[-1].first, span.last, span.status, span.left, span.right, span.deltas)
            else:
                runs.append(span)
        return tuple(runs)

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


@dataclass(frozen=True)
class Across:
    """A row's status on every measured version: what "a difference" means for a reader.

    A row is a difference when it reads other than ``same`` on *any* measured version
    (or on the interpreter at hand): ``TimeoutError`` of the future pair is one class on
    both sides from 3.11, two before, so it is a difference even on 3.11.
    """

    marks: tuple[tuple[str, Status | None], ...]
    """(version label, status or None where neither side has the row), one per measured version, oldest first."""
    runs: tuple[Span, ...]
    """The row's spans, merged where only a cell changed and not the status: one per status run."""
    differs_on: tuple[str, ...]
    """The labels of the versions on which the row reads other than ``same``; empty when it never does."""

    @property
    def differs(self) -> bool:
        return bool(self.differs_on)

    @property
    def varies(self) -> bool:
        """True when the status changed across the measured versions (appearing counts as a change)."""
        return len(self.runs) > 1

    def where(self, left_label: str, right_label: str) -> list[tuple[Status | None, str, tuple[str, ...]]]:
        """Each status run in words, oldest first: (status, "differs on 3.9–3.10", its deltas).

        >>> a = Across((), (Span("3.9", "3.10", "differs", "", "", ("two classes",)),
        ...                 Span("3.11", "3.15", "same", "", "", ())), ("3.9", "3.10"))
        >>> [text for _, text, _ in a.where("asyncio", "concurrent.futures")]
        ['differs on 3.9–3.10', 'same from 3.11']
        """
        if not self.runs:
            return []
        oldest, newest = self.runs[0].first, self.runs[-1].last
        result = []
        for run in self.runs:
            word = "on neither side" if run.status is None else status_label(run.status, left_label, right_label)
            if run.last == newest and run.first != oldest:
                text = f"{word} from {run.first}"
            else:
                text = f"{word} on {run.versions}"
            result.append((run.status, text, run.deltas))
        return result

    def summary(self, left_label: str, right_label: str) -> str:
        """``differs on 3.9–3.10; same from 3.11``, or an empty string when the status never changed."""
        if not self.varies:
            return ""
        return "; ".join(text for _, text, _ in self.where(left_label, right_label))

    def status_text(self, left_label: str, right_label: str) -> str:
        """Each status run with its deltas: ``differs on 3.9–3.10: different classes: … — same from 3.11``;
        an empty string when the status never changed (the row's own status and deltas then say it all)."""
        if not self.varies:
            return ""
        runs = self.where(left_label, right_label)
        return " — ".join(text + (": " + "; ".join(deltas) if deltas else "") for _, text, deltas in runs)


def across(row: Row, past: History | None, interpreters: list[Measured], live: str = "") -> Across:
    """*row*'s status on every measured version (*past*, over *interpreters*) and on this interpreter
    (*row* itself, whose version label is *live*, e.g. ``3.11``)."""
    marks: list[tuple[str, Status | None]] = []
    runs: tuple[Span, ...] = ()
    if past is not None:
        runs = past.runs()
        labels = [m.label for m in interpreters]
        for span in past.spans:
            first, last = labels.index(span.first), labels.index(span.last)
            marks += [(label, span.status) for label in labels[first : last + 1]]
    differs_on = [label for label, status in marks if status not in (None, "same")]
    if row.taken_from:
        # This interpreter has the row on neither side: its status is that of a snapshot, already marked.
        return Across(tuple(marks), runs, tuple(differs_on))
    if row.status != "same" and live and live not in differs_on:
        differs_on.append(live)
    elif row.status != "same" and not differs_on:
        differs_on.append(live or "this Python")
    return Across(tuple(marks), runs, tuple(differs_on))


def across_rows(matrix: Matrix, history: dict[str, History], interpreters: list[Measured]) -> dict[str, Across]:
    """:func:`across` for every row of *matrix*, by row name."""
    live = minor_version(matrix.python.version) if matrix.python.version else ""
    return {row.name: across(row, history.get(row.name), interpreters, live) for row in matrix.rows}


def with_measured_rows(matrix: Matrix, matrices: dict[str, Matrix]) -> Matrix:
    """*matrix* with every row a measured interpreter has and *matrix* lacks: the union of the rows over
    *matrices* (the pair's snapshot matrices, oldest first) and *matrix* itself.

    A matrix read on CPython 3.11 has no ``RLock.locked`` row (3.14 and later) and no
    ``Queue.shutdown`` (3.13 and later); with this, it has them. Each added row is the row of the
    newest snapshot that has it, and says so (:attr:`~futcompare.model.Row.taken_from`); it goes
    where that snapshot lists it, after the nearest row before it that the matrix has.
    """
    rows = list(matrix.rows)
    have = {row.name for row in rows}
    for snapshot in reversed(list(matrices.values())):  # newest first: a row is read where it is newest
        for index, row in enumerate(snapshot.rows):
            if row.name in have:
                continue
            before = next((r.name for r in reversed(snapshot.rows[:index]) if r.name in have), None)
            after = next((r.name for r in snapshot.rows[index + 1 :] if r.name in have), None)
            names = [r.name for r in rows]
            if before is not None:
                at = names.index(before) + 1
            elif after is not None:
                at = names.index(after)
            else:
                at = len(rows)
            rows.insert(at, replace(row, taken_from=snapshot.python.version))
            have.add(row.name)
    return matrix if len(rows) == len(matrix.rows) else replace(matrix, rows=tuple(rows))


def differing(matrix: Matrix, history: dict[str, History], interpreters: list[Measured]) -> tuple[Row, ...]:
    """The rows of *matrix* that read other than ``same`` on any measured version or on this interpreter:
    what "Show only differences", ``--only-differences`` and the count of differing rows keep."""
    table = across_rows(matrix, history, interpreters)
    return tuple(row for row in matrix.rows if table[row.name].differs)


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
    if matrices is None:
        from futcompare.snapshots import snapshot_matrices  # here: a caller that has the matrices reads no snapshot

        matrices = snapshot_matrices(pair)
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


def pair_history(pair: Pair, matrices: dict[str, Matrix] | None = None) -> tuple[dict[str, History], list[Measured]]:
    """Each row's history and the measured interpreters, for a registered pair the committed
    snapshots have; both empty for two dotted paths, which no snapshot holds.

    *matrices* are the pair's snapshot matrices when the caller already has them."""
    if matrices is None:
        from futcompare.snapshots import snapshot_matrices  # here: a caller that has the matrices reads no snapshot

        matrices = snapshot_matrices(pair) if pair.registered else {}
    if not matrices:
        return {}, []
    return histories(pair, matrices), measured(matrices)


def _state(row: Row | None) -> tuple[Status | None, str, str, tuple[str, ...]]:
    if row is None:
        return (None, "-", "-", ())
    return (row.status, cell(row.left), cell(row.right), tuple(d.text for d in row.deltas))

"""Drift: this interpreter against its committed snapshot and against the catalog."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from futcompare.catalog import check_catalog, has_catalog, load_catalog
from futcompare.errors import DamagedDataError, UnavailableError
from futcompare.model import PythonInfo, Snapshot
from futcompare.pairs import PAIRS
from futcompare.render import describe_python
from futcompare.snapshots import (
    SNAPSHOT_DIR,
    Drift,
    committed_snapshots,
    diff_snapshots,
    load_committed,
    load_snapshot,
    matrix_from_snapshot,
    snapshot_matrices,
    snapshot_name,
    take_snapshot,
)

#: The examples/ folder of a source checkout (src/futcompare/../../examples); an installed package has none.
SOURCE_EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


@dataclass(frozen=True)
class Report:
    """What ``futcompare check`` found."""

    python: PythonInfo
    snapshot: str
    drifts: tuple[Drift, ...]

    @property
    def ok(self) -> bool:
        return not self.drifts

    def render(self) -> str:
        head = f"futcompare check on {describe_python(self.python)} against {self.snapshot} and the catalog:"
        if self.ok:
            return f"{head} consistent\n"
        lines = [f"{head} {len(self.drifts)} drift(s)"]
        lines += [f"  - {drift}" for drift in self.drifts]
        lines.append(
            "If the interpreter changed on purpose, take the snapshot again (nox -s snapshots) and update the catalog."
        )
        return "\n".join(lines) + "\n"


def check(
    live: Snapshot | None = None,
    committed: Snapshot | None = None,
    examples_dir: Path | None = None,
) -> Report:
    """Compare *live* (by default: this interpreter's snapshot, taken now) with *committed*
    (by default: its committed snapshot), then the live matrices, and those of the committed
    snapshots, with the catalog.

    Every committed snapshot is read too: a damaged one is a drift, never skipped. Each
    catalog entry's example is checked in *examples_dir* (by default the source
    checkout's ``examples/``; an installed package has none, and its examples are not checked).
    """
    live = live if live is not None else take_snapshot()
    python = replace(live.python, source="live")
    name = snapshot_name(live.python)
    drifts: list[Drift] = []
    try:
        for other, path in committed_snapshots().items():
            try:
                load_committed(other, path)
            except DamagedDataError as error:
                drifts.append(Drift("damaged snapshot", str(error)))
    except DamagedDataError as error:
        drifts.append(Drift("damaged snapshot", str(error)))
    if examples_dir is None and SOURCE_EXAMPLES.is_dir():
        examples_dir = SOURCE_EXAMPLES
    if examples_dir is not None and not examples_dir.is_dir():
        drifts.append(
            Drift("examples", f"no examples folder {examples_dir}; give the examples/ folder with --examples")
        )
        examples_dir = None
    if committed is None:
        path = SNAPSHOT_DIR / name
        if not path.is_file():
            drift = Drift(
                "availability", f"no committed snapshot {name}; take one with: futcompare snapshot --output {path}"
            )
            return Report(python, name, (*drifts, drift))
        try:
            committed = load_snapshot(path)
        except DamagedDataError:
            return Report(python, name, tuple(drifts))  # already reported above
    drifts += diff_snapshots(committed, live, f"snapshot {name}", "this interpreter")
    if any(drift.kind == "damaged snapshot" for drift in drifts):
        # The catalog is checked against every snapshot's matrices: not until the damaged one is taken again.
        drifts.append(Drift("catalog", "not checked against the snapshots until the damaged one above is taken again"))
        return Report(python, name, tuple(drifts))
    for pair in PAIRS.values():
        if not has_catalog(pair.name):
            continue
        try:
            matrix = matrix_from_snapshot(pair, live, "live")
        except UnavailableError:
            continue
        # The committed snapshots too: an entry may name a row that only some versions have
        # (RLock.locked, 3.14+; the queues' ShutDown, 3.13+).
        matrices = [matrix, *snapshot_matrices(pair).values()]
        for problem in check_catalog(load_catalog(pair.name), matrices, examples_dir):
            drifts.append(Drift("catalog", problem.message))
    return Report(python, name, tuple(drifts))

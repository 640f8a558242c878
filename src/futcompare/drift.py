"""Drift: this interpreter against its committed snapshot and against the catalog."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from futcompare.catalog import check_catalog, has_catalog, load_catalog
from futcompare.errors import FutcompareError
from futcompare.pairs import PAIRS
from futcompare.render import describe_python
from futcompare.snapshots import (
    SNAPSHOT_DIR,
    Drift,
    diff_snapshots,
    load_snapshot,
    matrix_from_snapshot,
    snapshot_matrices,
    snapshot_name,
    take_snapshot,
)


@dataclass(frozen=True)
class Report:
    """What ``futcompare check`` found."""

    python: dict[str, str]
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


def check(live: dict[str, Any] | None = None, committed: dict[str, Any] | None = None) -> Report:
    """Compare *live* (by default: this interpreter's snapshot, taken now) with *committed*
    (by default: its committed snapshot), then the live matrices, and those of the committed
    snapshots, with the catalog."""
    live = live if live is not None else take_snapshot()
    python = {**live["python"], "source": "live"}
    name = snapshot_name(live["python"])
    drifts: list[Drift] = []
    if committed is None:
        path = SNAPSHOT_DIR / name
        if not path.is_file():
            drift = Drift(
                "availability", f"no committed snapshot {name}; take one with: futcompare snapshot --output {path}"
            )
            return Report(python, name, (drift,))
        committed = load_snapshot(path)
    drifts += diff_snapshots(committed, live, f"snapshot {name}", "this interpreter")
    for pair in PAIRS.values():
        if not has_catalog(pair.name):
            continue
        try:
            matrix = matrix_from_snapshot(pair, live, "live")
        except FutcompareError:
            continue
        # The committed snapshots too: an entry may name a row that only other versions have (ShutDown, 3.13+).
        matrices = [matrix, *snapshot_matrices(pair).values()]
        for problem in check_catalog(load_catalog(pair.name), matrices):
            drifts.append(Drift("catalog", problem))
    return Report(python, name, tuple(drifts))

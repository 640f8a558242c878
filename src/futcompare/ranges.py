"""Ranges: an entry's since/until checked against the interpreters on which its example's output was verified.

An entry says where its difference holds (``since``, ``until``). That claim is only as good
as the runs behind it, so:

- every CPython minor version in the range must be a measured one (an interpreter whose
  snapshot is committed, on which the tests run the examples);
- where the range starts after the oldest measured version, or ends before the newest, the
  example's output must change there: the block of expected output that the tests check on
  the measured version just outside the range must differ from the one just inside (see the
  label-block convention of :mod:`futcompare.examples`).

Each problem is one line naming the catalog, the entry and the fix.
"""

from __future__ import annotations

from collections.abc import Sequence

from futcompare.catalog import Catalog, Entry
from futcompare.snapshots import version_key


def minor(version: str) -> str:
    """``3.10.13`` -> ``3.10``."""
    return ".".join(version.split(".")[:2])


def check_ranges(catalog: Catalog, measured: Sequence[str]) -> list[str]:
    """Every entry of *catalog* whose since/until reaches beyond the *measured* versions (``3.10.13``, ...)."""
    minors = sorted({minor(version) for version in measured}, key=version_key)
    if not minors:
        return [
            f"{catalog.path}: no measured interpreter to check the entries' since/until against; run nox -s snapshots"
        ]
    problems = []
    for entry in catalog.entries:
        problems += _unmeasured(catalog, entry, minors)
    return problems


def _unmeasured(catalog: Catalog, entry: Entry, minors: list[str]) -> list[str]:
    where = f"{catalog.path}: entry {entry.id!r} says it holds on {entry.versions}"
    shown = ", ".join(minors)
    for key, value in (("since", entry.since), ("until", entry.until)):
        if value is not None and value not in minors:
            return [
                f"{where}, but CPython {value} is not measured (measured: {shown}), so no run verified it there;"
                f" set {key} to a measured version, or measure {value} (its snapshot, by nox -s snapshots)"
            ]
    first, last = version_key(entry.since), version_key(entry.until or minors[-1])
    gaps = [m for m in _between(first, last) if m not in minors]
    if gaps:
        return [
            f"{where}, but CPython {', '.join(gaps)} in that range is not measured (measured: {shown});"
            " measure it (nox -s snapshots), or narrow since/until"
        ]
    return []


def _between(first: tuple[int, int], last: tuple[int, int]) -> list[str]:
    return [f"{first[0]}.{number}" for number in range(first[1], last[1] + 1)] if first[0] == last[0] else []

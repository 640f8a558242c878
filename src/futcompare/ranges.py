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
from pathlib import Path

from futcompare._text import minor_version, version_key
from futcompare.catalog import Catalog, Entry, Problem
from futcompare.errors import FutcompareError
from futcompare.examples import Example, load_example


def check_ranges(catalog: Catalog, measured: Sequence[str], examples_dir: Path | None = None) -> list[Problem]:
    """Every entry of *catalog* whose since/until the *measured* versions (``3.10.13``, ...) do not bear out.

    With *examples_dir*, an entry's range must also start and end where its example's
    output changes, as the tests check it on the measured versions.
    """
    minors = sorted({minor_version(version) for version in measured}, key=version_key)
    if not minors:
        message = (
            f"{catalog.path}: no measured interpreter to check the entries' since/until against; run nox -s snapshots"
        )
        return [Problem(entry=None, file=catalog.path, field=None, message=message)]
    exact = {minor_version(version): version for version in measured}
    problems: list[Problem] = []
    for entry in catalog.entries:
        unmeasured = _unmeasured(catalog, entry, minors)
        problems += unmeasured
        if examples_dir is None or unmeasured:
            continue
        try:
            example = load_example(examples_dir / entry.example)
        except FutcompareError:
            continue  # check_catalog reports a missing or broken example
        problems += _unchanged_at_ends(catalog, entry, example, [exact[m] for m in minors])
    return problems


def _unchanged_at_ends(catalog: Catalog, entry: Entry, example: Example, versions: list[str]) -> list[Problem]:
    """The ends of the entry's range where its example prints the same on both sides."""
    problems = []
    keys = [version_key(version) for version in versions]
    ends = []
    if version_key(entry.since) > keys[0]:
        ends.append(("since", keys.index(version_key(entry.since))))
    if entry.until is not None and version_key(entry.until) < keys[-1]:
        ends.append(("until", keys.index(version_key(entry.until)) + 1))
    for key, index in ends:
        before, after = versions[index - 1], versions[index]
        try:
            same = example.block_for(_info(before)).output == example.block_for(_info(after)).output
        except FutcompareError as error:
            problems.append(_problem(catalog, entry, "example", f"{catalog.path}: entry {entry.id!r}: {error}"))
            continue
        if same:
            inside, outside = (after, before) if key == "since" else (before, after)
            message = (
                f"{catalog.path}: entry {entry.id!r} says it holds on {entry.versions}, but its example"
                f" examples/{entry.example} prints the same on CPython {outside} as on {inside}, so no output shows"
                f" where it {'starts' if key == 'since' else 'ends'}; print what changes, in an 'On CPython ...:'"
                f" block per version range, or correct {key}"
            )
            problems.append(_problem(catalog, entry, key, message))
    return problems


def _info(version: str) -> tuple[int, int, int]:
    """``3.10.13`` -> ``(3, 10, 13)``; a pre-release's patch (``3.15.0rc1``) is the number before its letters."""
    numbers = []
    for part in [*version.split("."), "0", "0"][:3]:
        digits = part[: next((i for i, ch in enumerate(part) if not ch.isdigit()), len(part))]
        numbers.append(int(digits or 0))
    return numbers[0], numbers[1], numbers[2]


def _problem(catalog: Catalog, entry: Entry, field: str, message: str) -> Problem:
    return Problem(entry=entry.id, file=catalog.path, field=field, message=message)


def _unmeasured(catalog: Catalog, entry: Entry, minors: list[str]) -> list[Problem]:
    where = f"{catalog.path}: entry {entry.id!r} says it holds on {entry.versions}"
    shown = ", ".join(minors)
    for key, value in (("since", entry.since), ("until", entry.until)):
        if value is not None and value not in minors:
            message = (
                f"{where}, but CPython {value} is not measured (measured: {shown}), so no run verified it there;"
                f" set {key} to a measured version, or measure {value} (its snapshot, by nox -s snapshots)"
            )
            return [_problem(catalog, entry, key, message)]
    first, last = version_key(entry.since), version_key(entry.until or minors[-1])
    gaps = [m for m in _between(first, last) if m not in minors]
    if gaps:
        message = (
            f"{where}, but CPython {', '.join(gaps)} in that range is not measured (measured: {shown});"
            " measure it (nox -s snapshots), or narrow since/until"
        )
        return [_problem(catalog, entry, "since/until", message)]
    return []


def _between(first: tuple[int, int], last: tuple[int, int]) -> list[str]:
    return [f"{first[0]}.{number}" for number in range(first[1], last[1] + 1)] if first[0] == last[0] else []

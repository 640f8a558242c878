"""The hand-written texts that name the range of CPython versions futcompare measures name the real one.

The site and the README say "CPython 3.9 to 3.15" in several places; the range itself is the committed
snapshots' (one per interpreter measured natively). A text left at an older end ("tested on 3.9 to
3.13" where the columns say 3.9-3.15) fails here, naming the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from futcompare.snapshots import committed_snapshots, load_snapshot

ROOT = Path(__file__).resolve().parent.parent
#: "3.9 to 3.15", "3.9-3.15", "3.9–3.15": a range that starts at the oldest measured version.
RANGE = re.compile(r"\b3\.9 ?(?:to|-|–) ?3\.(\d+)\b")
#: Generated pages (they are built from the snapshots) and the build's output are not hand-written.
GENERATED = ("docs/_build/", "docs/apidocs/", "docs/differences/")


def measured_minors() -> list[int]:
    versions = [load_snapshot(path).python.version for path in committed_snapshots().values()]
    return sorted(int(version.split(".")[1]) for version in versions)


def hand_written_texts() -> list[Path]:
    pages = [
        path
        for path in sorted((ROOT / "docs").rglob("*.md"))
        if not path.relative_to(ROOT).as_posix().startswith(GENERATED)
    ]
    return [ROOT / "README.md", *pages]


def stale_ranges(minors: list[int]) -> list[str]:
    """Each ``file:line: text`` whose range of measured versions ends before the newest measured one."""
    newest, stale = minors[-1], []
    for path in hand_written_texts():
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if "pyenv" in " ".join(lines[max(0, number - 2) : number]) or line.lstrip().startswith("On CPython"):
                continue  # pyenv's own range (3.9-3.13), and a version label of an example's output
            for match in RANGE.finditer(line):
                if minors[0] == 9 and 13 <= int(match[1]) < newest:
                    stale.append(f"{path.relative_to(ROOT)}:{number}: {match[0]!r} (measured: 3.9 to 3.{newest})")
    return stale


def test_texts_name_the_measured_range() -> None:
    minors = measured_minors()
    assert minors and minors[0] == 9, minors
    assert stale_ranges(minors) == []


def test_a_text_with_an_older_end_is_found() -> None:
    # The check itself can fail: with one more version measured, every "3.9 to 3.15" becomes stale.
    minors = measured_minors()
    stale = stale_ranges([*minors, minors[-1] + 1])
    assert any(entry.startswith("README.md:") for entry in stale), stale
    assert any(entry.startswith("docs/index.md:") for entry in stale), stale

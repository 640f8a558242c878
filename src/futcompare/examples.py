"""Examples: read a runnable example script and the doctest its module docstring carries.

When the output differs between CPython versions, the docstring holds one block per version range,
each after a label line of one of these forms (minor ``3.N`` or patch ``3.N.M`` versions)::

    On CPython 3.14 and later:
    On CPython 3.9 to 3.13:
    On CPython 3.12 only:

The ranges must cover every version from 3.9 to the newest measured one, without overlap; only the
block whose range holds the running interpreter is checked. A docstring without a label line holds
on every version.

Where the behaviour changed in a patch release that no interpreter here runs (it was measured on
3.13.0 and 3.14.10, say, and changed somewhere between), the versions in between get a label whose
block is the line ``Not measured.`` instead of a doctest, so no output is claimed for them::

    On CPython 3.13.1 to 3.14.9:

    Not measured.

Asking for the output of a version in such a range is an error that says to measure it.
"""

from __future__ import annotations

import ast
import doctest
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from futcompare import markup
from futcompare.errors import FutcompareError

OLDEST = (3, 9)
"""The oldest CPython the examples run on: the ranges of an example's blocks start here."""
NEWEST = (3, 15)
"""The newest CPython measured: the ranges of an example's blocks reach at least this version."""

_LABEL_START = re.compile(r"^\s*On CPython\b")
_VERSION = r"3\.\d+(?:\.\d+)?"
_LABEL = re.compile(
    rf"^\s*On CPython (?P<first>{_VERSION})(?: to (?P<last>{_VERSION})| (?P<later>and later)| (?P<only>only)):\s*$"
)
_LABEL_FORMS = "'On CPython 3.14 and later:', 'On CPython 3.9 to 3.13:' or 'On CPython 3.12 only:'"
_END = 10**6
NOT_MEASURED = "Not measured."
"""The whole block under a label whose versions no interpreter here runs."""
"""The patch number that stands for "every patch release" at the end of a minor-version range."""

Version = tuple[int, int]
"""(minor, patch) of a CPython 3 version: 3.10.9 is (10, 9)."""


@dataclass(frozen=True)
class VersionRange:
    """The CPython versions a block of expected output holds on (inclusive; ``last`` None: and later)."""

    first: Version
    last: Version | None

    def __contains__(self, version: object) -> bool:
        """Whether a ``sys.version_info``-like ``(3, minor, patch, ...)`` lies in the range."""
        if not isinstance(version, tuple) or len(version) < 2 or version[0] != 3:
            return False
        point = (int(version[1]), int(version[2]) if len(version) > 2 else 0)
        return self.first <= point and (self.last is None or point <= self.last)


@dataclass(frozen=True)
class OutputBlock:
    """One version range's doctest in an example's docstring."""

    label: str
    """The label line as written (``On CPython 3.14 and later:``), or ``""`` for an unlabelled docstring."""
    versions: VersionRange
    session: str
    """The doctest, as written (``>>> main()`` and its output)."""
    output: str
    """The expected output the doctest compares: what the script prints on these versions."""
    first_line: int
    """The 0-based line of the docstring where the block starts (its label line, or its first ``>>>``)."""
    end_line: int
    """The 0-based line of the docstring where the block ends (exclusive)."""
    measured: bool = True
    """False for a range marked ``Not measured.``: it has no doctest and claims no output (``session``,
    ``output`` empty)."""


@dataclass(frozen=True)
class Example:
    """A runnable example: its title, the code to show, and the output its doctest checks."""

    path: Path
    title: str
    """The first line of the module docstring."""
    source: str
    """The whole file, as a reader downloads it."""
    code: str
    """The file without its module docstring: what the page shows as the program."""
    blocks: tuple[OutputBlock, ...]
    """One block per version range, newest first as written; one unlabelled block when all versions agree."""

    def block_for(self, version: Sequence[int] | None = None) -> OutputBlock:
        """The block whose range holds *version* (default: the running interpreter)."""
        return block_for(self.blocks, self.path, version)

    @property
    def session(self) -> str:
        """The running interpreter's doctest, as written (``>>> main()`` and its output)."""
        return self.block_for().session

    @property
    def output(self) -> str:
        """The running interpreter's expected output: what the script prints here."""
        return self.block_for().output


def _parse_version(text: str) -> tuple[int, int | None]:
    parts = [int(part) for part in text.split(".")]
    return parts[1], (parts[2] if len(parts) > 2 else None)


def _range(match: re.Match[str]) -> VersionRange:
    minor, patch = _parse_version(match["first"])
    first = (minor, patch or 0)
    if match["later"]:
        return VersionRange(first, None)
    if match["only"]:
        return VersionRange(first, (minor, _END if patch is None else patch))
    last_minor, last_patch = _parse_version(match["last"])
    return VersionRange(first, (last_minor, _END if last_patch is None else last_patch))


def _text(point: Version, end: bool = False) -> str:
    if end and point[1] == _END:
        return f"3.{point[0]}"
    return f"3.{point[0]}" if point[1] == 0 and not end else f"3.{point[0]}.{point[1]}"


def parse_blocks(docstring: str, path: Path | str) -> tuple[OutputBlock, ...]:
    """The docstring's doctest blocks with their version ranges; an error names *path* and the fix.

    Line numbers refer to *docstring* as given, so a doctest collected from the same text (whose
    examples carry ``lineno``) can be matched with its block.
    """
    lines = docstring.splitlines()
    labels = [index for index, line in enumerate(lines) if _LABEL_START.match(line)]
    parser = doctest.DocTestParser()
    if not labels:
        examples = parser.get_examples(docstring, str(path))
        if not examples:
            raise FutcompareError(
                f"example {path} has no doctest in its module docstring; add '>>> main()' followed by its output"
            )
        start = examples[0].lineno
        session = "\n".join(lines[start:]).strip("\n")
        output = "".join(example.want for example in examples)
        return (OutputBlock("", VersionRange((OLDEST[1], 0), None), session + "\n", output, start, len(lines)),)
    before = parser.get_examples("\n".join(lines[: labels[0]]), str(path))
    if before:
        raise FutcompareError(
            f"example {path}: a doctest comes before the first 'On CPython ...:' label line;"
            " put a label line before every '>>> main()' block, or remove the labels if all versions print the same"
        )
    blocks = []
    for number, start in enumerate(labels):
        end = labels[number + 1] if number + 1 < len(labels) else len(lines)
        label = lines[start].strip()
        match = _LABEL.match(lines[start])
        if not match:
            raise FutcompareError(f"example {path}: malformed label line {label!r}; write it as {_LABEL_FORMS}")
        versions = _range(match)
        if versions.last is not None and versions.last < versions.first:
            raise FutcompareError(f"example {path}: label {label!r} ends before it starts; swap its versions")
        body = "\n".join(lines[start + 1 : end])
        examples = parser.get_examples(body, str(path))
        if body.strip() == NOT_MEASURED:
            blocks.append(OutputBlock(label, versions, "", "", start, end, measured=False))
            continue
        if not examples:
            raise FutcompareError(
                f"example {path}: label {label!r} has no '>>> main()' doctest after it; add one"
                f" (or, for versions no interpreter here runs, the line {NOT_MEASURED!r})"
            )
        session = body[body.index(">>>") :].rstrip() + "\n"
        output = "".join(example.want for example in examples)
        blocks.append(OutputBlock(label, versions, session, output, start, end))
    _check_coverage(blocks, path)
    if not any(block.measured for block in blocks):
        raise FutcompareError(
            f"example {path}: every label is marked {NOT_MEASURED!r}; give a measured one its doctest"
        )
    return tuple(blocks)


def _check_coverage(blocks: list[OutputBlock], path: Path | str) -> None:
    """The ranges, in order, must run from 3.9 to at least the newest version, each starting where the last ended."""
    ordered = sorted(blocks, key=lambda block: block.versions.first)
    expected: Version = (OLDEST[1], 0)
    previous: OutputBlock | None = None
    for block in ordered:
        first, last = block.versions.first, block.versions.last
        if previous is not None and first <= (previous.versions.last or (_END, _END)):
            raise FutcompareError(
                f"example {path}: the ranges of {previous.label!r} and {block.label!r} overlap;"
                " make each version belong to one label"
            )
        if first > expected:
            after = f"after {previous.label!r}" if previous else "before the first range"
            missing = _text(expected) if expected[1] == 0 else f"3.{expected[0]}.{expected[1]}"
            raise FutcompareError(
                f"example {path}: no label covers CPython {missing} ({after});"
                f" the labels must cover every version from 3.{OLDEST[1]} to 3.{NEWEST[1]} without gaps"
            )
        if first < expected and previous is None:
            raise FutcompareError(
                f"example {path}: {block.label!r} starts before CPython 3.{OLDEST[1]}, the oldest supported;"
                f" start it at 3.{OLDEST[1]}"
            )
        if last is None:
            expected = (_END, _END)
        elif last[1] == _END:
            expected = (last[0] + 1, 0)
        else:
            expected = (last[0], last[1] + 1)
        previous = block
    if previous is not None and expected < (NEWEST[1] + 1, 0):
        raise FutcompareError(
            f"example {path}: no label covers CPython {_text(expected)} ({previous.label!r} is the last range);"
            f" the labels must reach 3.{NEWEST[1]}: end the newest with 'and later'"
        )


def block_for(blocks: Sequence[OutputBlock], path: Path | str, version: Sequence[int] | None = None) -> OutputBlock:
    """The block of *blocks* whose range holds *version* (default: the running interpreter)."""
    wanted = tuple(version if version is not None else sys.version_info[:3])
    shown = ".".join(str(part) for part in wanted)
    for block in blocks:
        if wanted in block.versions:
            if not block.measured:
                raise FutcompareError(
                    f"example {path}: CPython {shown} falls in {block.label!r}, marked {NOT_MEASURED!r};"
                    f" run the example there and write its '>>> main()' output under a label of its own"
                )
            return block
    raise FutcompareError(
        f"example {path} has no output block for CPython {shown}; add an 'On CPython ...:' label that covers it"
    )


def load_example(path: Path) -> Example:
    """Read the example at *path*; an error names the file and the fix when its doctest is missing or malformed."""
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FutcompareError(f"example {path} does not exist; create it") from None
    try:
        module = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        raise FutcompareError(f"example {path} is not valid Python: {error}") from None
    docstring = ast.get_docstring(module, clean=True)
    if not docstring:
        raise FutcompareError(f"example {path} has no module docstring; start it with a title line and its doctest")
    title = docstring.splitlines()[0].strip()
    problem = markup.check(title)
    if problem:
        raise FutcompareError(f"example {path}: its title line (the docstring's first line) {problem}")
    blocks = parse_blocks(docstring, path)
    first = module.body[0]
    end = first.end_lineno or first.lineno
    code = "\n".join(source.splitlines()[end:]).strip("\n") + "\n"
    return Example(path=path, title=title, source=source, code=code, blocks=blocks)

"""The command line: ``futcompare matrix``, ``pairs``, ``snapshot`` and ``check``.

Bad input exits with status 2 and one line on stderr naming the input and what
would be valid; a failed ``check`` exits with status 1 and a report.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from futcompare.errors import FutcompareError

if TYPE_CHECKING:
    from futcompare.model import Matrix

FORMATS = ("text", "markdown", "json")


def _terminal_width() -> int:
    """What ``shutil.get_terminal_size().columns`` answers, without importing shutil (and with it bz2 and lzma)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, as wide as the terminal, as argparse makes it."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        # argparse takes two columns off the terminal's width when it measures it itself.
        super().__init__(prog, indent_increment, max_help_position, _terminal_width() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, with no usage block."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``futcompare`` command, with its subcommands."""
    parser = _Parser(
        prog="futcompare",
        description="Compare asyncio.Future with concurrent.futures.Future (and other asyncio/threading twins) "
        "by introspecting both.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    matrix = commands.add_parser(
        "matrix",
        help="show the side-by-side API matrix of a pair",
        description="Show the side-by-side API matrix of a registered pair (default: future), "
        "or of any two classes or functions given by dotted path.",
    )
    matrix.add_argument(
        "target",
        nargs="*",
        metavar="PAIR | LEFT RIGHT",
        help="a pair name (see 'futcompare pairs'), or two dotted paths such as asyncio.Event threading.Event",
    )
    matrix.add_argument("--only-differences", action="store_true", help="leave out the rows whose status is same")
    matrix.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    matrix.add_argument(
        "--python",
        metavar="VERSION",
        help="show the matrix as that Python saw it, from its committed snapshot (e.g. 3.10)",
    )

    commands.add_parser("pairs", help="list the registered pairs", description="List the registered pairs.")

    snapshot = commands.add_parser(
        "snapshot",
        help="write what this interpreter sees as a JSON snapshot",
        description="Introspect every registered pair on this interpreter and write the JSON snapshot.",
    )
    snapshot.add_argument(
        "--output",
        metavar="PATH",
        help="file to write, or a directory to write <implementation>-<version>.json into (default: stdout)",
    )

    commands.add_parser(
        "check",
        help="compare this interpreter with its committed snapshot and the catalog",
        description="Introspect this interpreter and compare it with its committed snapshot and with the catalog. "
        "Exit 0 when consistent, 1 with a report of each drift.",
    )
    return parser


def main(argv: list[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        if args.command == "matrix":
            return _matrix(args, out)
        if args.command == "pairs":
            return _pairs(out)
        if args.command == "snapshot":
            return _snapshot(args, out)
        return _check(out)
    except FutcompareError as error:
        sys.stderr.write(f"futcompare: error: {error}\n")
        return 2


def _matrix(args: argparse.Namespace, out: TextIO) -> int:
    from futcompare.pairs import adhoc_pair, build_matrix, get_pair

    target: list[str] = args.target
    if len(target) > 2:
        raise FutcompareError(
            f"matrix takes a pair name or two dotted paths, not {len(target)} arguments: {' '.join(target)}"
        )
    pair = adhoc_pair(*target) if len(target) == 2 else get_pair(target[0] if target else "future")
    if args.python:
        from futcompare.snapshots import matrix_for_version

        matrix = matrix_for_version(pair, args.python)
    else:
        matrix = build_matrix(pair)
    if args.only_differences:
        matrix = _only_differences(matrix)
    out.write(_render(matrix, args.format))
    return 0


def _only_differences(matrix: Matrix) -> Matrix:
    from dataclasses import replace

    return replace(matrix, rows=matrix.differences())


def _render(matrix: Matrix, fmt: str) -> str:
    from futcompare import render

    if fmt == "markdown":
        return render.render_markdown(matrix)
    from futcompare.pairs import get_pair
    from futcompare.versions import pair_history

    history, measured = pair_history(get_pair(matrix.pair)) if matrix.pair else ({}, [])
    if fmt == "json":
        import json

        return json.dumps(render.matrix_json(matrix, _entries(matrix), history, measured), indent=2) + "\n"
    return render.render_text(matrix, history=history, measured=measured)


def _entries(matrix: Matrix) -> dict[str, list[str]]:
    from futcompare.catalog import has_catalog, load_catalog

    if not matrix.pair or not has_catalog(matrix.pair):
        return {}
    return load_catalog(matrix.pair).row_entries(matrix)


def _pairs(out: TextIO) -> int:
    from futcompare.pairs import PAIRS

    width = max(len(name) for name in PAIRS)
    for pair in PAIRS.values():
        out.write(f"{pair.name.ljust(width)}  {pair.left} vs {pair.right}\n")
        out.write(f"{' ' * width}  {pair.summary}\n")
    return 0


def _snapshot(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from futcompare.snapshots import dumps, snapshot_name, take_snapshot

    snapshot = take_snapshot()
    text = dumps(snapshot)
    if not args.output:
        out.write(text)
        return 0
    path = Path(args.output)
    if path.is_dir():
        path = path / snapshot_name(snapshot["python"])
    elif not path.parent.is_dir():
        raise FutcompareError(f"cannot write {path}: folder {path.parent} does not exist; create it or name another")
    path.write_text(text, encoding="utf-8")
    out.write(f"wrote {path} (Python {snapshot['python']['version']})\n")
    return 0


def _check(out: TextIO) -> int:
    from futcompare.drift import check

    report = check()
    out.write(report.render())
    return 0 if report.ok else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

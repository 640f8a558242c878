"""The command line: ``futcompare matrix``, ``pairs``, ``snapshot`` and ``check``.

Bad input exits with status 2 and one line on stderr naming the input and what
would be valid; a failed ``check`` exits with status 1 and a report. Output that
the terminal's encoding cannot carry (``LC_ALL=C``, ``PYTHONIOENCODING=ascii``)
falls back to ASCII for the marks and dashes; a closed pipe (``| head``) ends the
command quietly with status 141, as a program killed by SIGPIPE.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
from dataclasses import replace
from types import SimpleNamespace as Namespace
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from futcompare.errors import FutcompareError

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from futcompare.model import Matrix
    from futcompare.versions import Across, History, Measured

FORMATS = ("text", "markdown", "json")
#: Exit status on a closed pipe: 128 + SIGPIPE, what a shell reports for a program the pipe killed.
EXIT_PIPE = 141
#: ASCII for the characters futcompare itself prints, when the output's encoding lacks them.
ASCII = str.maketrans(
    {
        "–": "-", "—": "-", "†": "+", "…": "...", "·": "-", "→": "->", "←": "<-", "‹": "<", "›": ">",
        "≤": "<=", "≥": ">=", "‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " ",
    }
)  # fmt: skip
_VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")


class _Encoded:
    """A text stream that writes what its encoding cannot carry in ASCII (then ``?``), instead of raising."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        try:
            text.encode(self.encoding)
        except (UnicodeEncodeError, LookupError):
            text = text.translate(ASCII).encode(self.encoding, "replace").decode(self.encoding)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def _columns(fallback: int) -> int:
    """What ``shutil.get_terminal_size((fallback, 24)).columns`` answers, without importing shutil (and bz2, lzma)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or fallback


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``futcompare`` command, with its subcommands."""
    import argparse  # here: the plainest ``matrix`` lines are read without it (see _plain_matrix)

    class _Formatter(argparse.HelpFormatter):
        """argparse's help formatter, as wide as the terminal, as argparse makes it."""

        def __init__(
            self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
        ) -> None:
            # argparse takes two columns off the terminal's width when it measures it itself.
            super().__init__(prog, indent_increment, max_help_position, _columns(80) - 2 if width is None else width)

    class _Parser(argparse.ArgumentParser):
        """An ArgumentParser whose errors are one line, with no usage block."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", _Formatter)
            super().__init__(*args, **kwargs)

        def error(self, message: str) -> NoReturn:
            self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

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
    matrix.add_argument(
        "--only-differences",
        action="store_true",
        help="leave out the rows that differ neither on a measured version nor on this Python",
    )
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

    check = commands.add_parser(
        "check",
        help="compare this interpreter with its committed snapshot and the catalog",
        description="Introspect this interpreter and compare it with its committed snapshot and with the catalog; "
        "read every committed snapshot and check every catalog entry's example. "
        "Exit 0 when consistent, 1 with a report of each drift.",
    )
    check.add_argument(
        "--examples",
        metavar="DIR",
        help="the examples/ folder whose scripts the catalog names (default: the one of this source checkout)",
    )
    return parser


def main(argv: list[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    out: TextIO = _Encoded(stdout or sys.stdout)  # type: ignore[assignment]
    err = _Encoded(sys.stderr)
    try:
        args = _plain_matrix(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
        status = _run(args, out)
        out.flush()
        return status
    except FutcompareError as error:
        err.write(f"futcompare: error: {_one_line(str(error))}\n")
        return 2
    except BrokenPipeError:
        _silence_stdout(stdout)
        return EXIT_PIPE
    except KeyboardInterrupt:
        err.write("futcompare: interrupted\n")
        return 130


def _plain_matrix(argv: list[str]) -> Namespace | None:
    """What ``build_parser().parse_args(argv)`` gives for the plainest ``matrix`` lines, without argparse:
    ``matrix`` and names, then each of ``--only-differences``, ``--format FORMAT`` and ``--python VERSION``
    at most once, as separate words. None for any other line, which argparse reads (and, if it must,
    refuses). Importing argparse and building the parser is a tenth of what ``futcompare matrix`` does."""
    if not argv or argv[0] != "matrix":
        return None
    names = list(itertools.takewhile(lambda word: word and not word.startswith("-"), argv[1:]))
    options: dict[str, Any] = {}
    words = iter(argv[1 + len(names) :])
    for word in words:
        if word in options or word not in ("--only-differences", "--format", "--python"):
            return None
        if word == "--only-differences":
            options[word] = True
            continue
        value = next(words, "")
        if not value or value.startswith("-") or (word == "--format" and value not in FORMATS):
            return None
        options[word] = value
    return Namespace(
        command="matrix",
        target=names,
        only_differences=options.get("--only-differences", False),
        format=options.get("--format", "text"),
        python=options.get("--python"),
    )


def _run(args: argparse.Namespace | Namespace, out: TextIO) -> int:
    if args.command == "matrix":
        return _matrix(args, out)
    if args.command == "pairs":
        return _pairs(out)
    if args.command == "snapshot":
        return _snapshot(args, out)
    return _check(args, out)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _silence_stdout(stdout: TextIO | None) -> None:
    """After a closed pipe: send what Python flushes at exit to /dev/null, so no second error is printed."""
    if stdout is not None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _terminal_width() -> int:
    """``COLUMNS`` when set, else the terminal's width, else 100."""
    return max(20, _columns(100))


def _matrix(args: argparse.Namespace | Namespace, out: TextIO) -> int:
    from futcompare.pairs import adhoc_pair, build_matrix, get_pair

    target: list[str] = args.target
    if len(target) > 2:
        raise FutcompareError(
            f"matrix takes a pair name or two dotted paths, not {len(target)} arguments: {' '.join(target)}"
        )
    pair = adhoc_pair(*target) if len(target) == 2 else get_pair(target[0] if target else "future")
    if args.python is not None:
        if not _VERSION.match(args.python.strip()):
            raise FutcompareError(
                f"--python {args.python!r} is not a Python version; give one such as 3.10 or 3.10.13,"
                " or leave --python out to introspect this interpreter"
            )
        from futcompare.snapshots import matrix_for_version

        matrix = matrix_for_version(pair, args.python.strip())
    else:
        matrix = build_matrix(pair)
    from futcompare._cache import snapshot_matrices
    from futcompare.versions import across_rows, pair_history, with_measured_rows

    # The snapshot matrices from the cache where it has them: worked out, they are most of the command's work.
    matrices = snapshot_matrices(pair) if pair.registered else {}
    history, measured = pair_history(pair, matrices)
    if measured:
        # Every row of every measured version, those this interpreter lacks marked so (see render).
        matrix = with_measured_rows(matrix, matrices)
    across = across_rows(matrix, history, measured)
    if args.only_differences:
        # A row that differs on any measured version is a difference, even where it reads the same here.
        matrix = replace(matrix, rows=tuple(row for row in matrix.rows if across[row.name].differs))
    out.write(_render(matrix, args.format, history, measured, across))
    return 0


def _render(
    matrix: Matrix, fmt: str, history: dict[str, History], measured: list[Measured], across: dict[str, Across]
) -> str:
    from futcompare import render

    if fmt == "markdown":
        return render.render_markdown(matrix, across)
    if fmt == "json":
        import json

        data = render.matrix_json(matrix, _entries(matrix), history, measured, across)
        return json.dumps(data, indent=2) + "\n"
    return render.render_text(matrix, width=_terminal_width(), history=history, measured=measured)


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


def _snapshot(args: argparse.Namespace | Namespace, out: TextIO) -> int:
    from futcompare.snapshots import dumps, snapshot_name, take_snapshot

    if args.output is not None and not args.output.strip():
        raise FutcompareError("--output is empty; give a file or a folder to write the snapshot into")
    snapshot = take_snapshot()
    text = dumps(snapshot)
    if args.output is None:
        out.write(text)
        return 0
    path = _output_path(args.output, snapshot_name(snapshot.python))
    _write_atomically(path, text)
    out.write(f"wrote {path} (Python {snapshot.python.version})\n")
    return 0


def _output_path(output: str, name: str) -> Path:
    """Where ``--output`` asks to write: the file, or *name* in the folder; an error names what is in the way."""
    from pathlib import Path

    path = Path(output)
    if path.is_dir():
        return path / name
    if output.endswith(("/", os.sep)):
        raise FutcompareError(f"cannot write into {output}: no such folder; create it or name another")
    # The nearest ancestor that exists must be a folder: /etc/passwd/x fails on /etc/passwd, a file.
    for ancestor in path.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise FutcompareError(f"cannot write {path}: {ancestor} is a file, not a folder; name another path")
            if ancestor != path.parent:
                raise FutcompareError(
                    f"cannot write {path}: folder {path.parent} does not exist; create it or name another"
                )
            break
    return path


def _write_atomically(path: Path, text: str) -> None:
    """Write *text* to *path* through a temporary file beside it, so a failure leaves any old file whole."""
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise FutcompareError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except OSError as error:
        with _suppress():
            os.unlink(temporary)
        raise FutcompareError(f"cannot write {path}: {error.strerror or error}") from None


def _suppress() -> Any:
    import contextlib

    return contextlib.suppress(OSError)


def _check(args: argparse.Namespace | Namespace, out: TextIO) -> int:
    from pathlib import Path

    from futcompare.drift import check

    report = check(examples_dir=Path(args.examples) if args.examples else None)
    out.write(report.render())
    return 0 if report.ok else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

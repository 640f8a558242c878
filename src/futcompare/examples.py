"""Examples: read a runnable example script and the doctest its module docstring carries."""

from __future__ import annotations

import ast
import doctest
from dataclasses import dataclass
from pathlib import Path

from futcompare.errors import FutcompareError


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
    session: str
    """The docstring's doctest, as written (``>>> main()`` and its output)."""
    output: str
    """The expected output the doctest compares: what the script prints."""


def load_example(path: Path) -> Example:
    """Read the example at *path*; an error names the file and the fix when it has no doctest."""
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
    parts = doctest.DocTestParser().parse(docstring, str(path))
    examples = [part for part in parts if isinstance(part, doctest.Example)]
    if not examples:
        raise FutcompareError(
            f"example {path} has no doctest in its module docstring; add '>>> main()' followed by its output"
        )
    first = module.body[0]
    end = first.end_lineno or first.lineno
    code = "\n".join(source.splitlines()[end:]).strip("\n") + "\n"
    start = docstring.index(">>>")
    return Example(
        path=path,
        title=docstring.splitlines()[0].strip(),
        source=source,
        code=code,
        session=docstring[start:].rstrip() + "\n",
        output="".join(example.want for example in examples),
    )

"""Render a matrix for the terminal (text), for documents (Markdown) and for programs (JSON)."""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Any

from futcompare._text import implementation_name
from futcompare.model import Matrix, Member, PythonInfo, Row, Status, cell, row_anchor, to_jsonable

if TYPE_CHECKING:
    from futcompare.versions import Across, History, Measured

#: The mark of each status, shown beside its word: never colour alone.
MARKS: dict[Status, str] = {"same": "=", "differs": "~", "only-left": "<", "only-right": ">", "cannot-compare": "?"}
#: The mark of a row neither side has on a version (or on the interpreter at hand; see :attr:`Row.taken_from`).
ABSENT_MARK = "·"
#: What that mark means in a legend.
ABSENT_LABEL = "on neither side"
JSON_FORMAT = 1
SCHEMA_ID = "https://futcompare.readthedocs.io/schemas/matrix.schema.json"
WIDTH = 100


def describe_python(python: PythonInfo) -> str:
    """``CPython 3.11.7, introspected live`` or ``CPython 3.10.13, from snapshot cpython-3.10.json``."""
    text = f"{implementation_name(python.implementation, '?')} {python.version or '?'}"
    if python.platform == "emscripten":
        text += " (Pyodide, WebAssembly)"
    source = python.source or ""
    if source == "live":
        return f"{text}, introspected live"
    return f"{text}, from snapshot {source}" if source else text


def legend(matrix: Matrix) -> list[tuple[str, str]]:
    """(mark, meaning) for each status the matrix actually uses, in a fixed order."""
    used = {row.status for row in matrix.rows if not row.taken_from}
    found = [(MARKS[status], matrix.label(status)) for status in MARKS if status in used]
    if any(row.taken_from for row in matrix.rows):
        found.append((ABSENT_MARK, "not on this Python: read from the newest snapshot that has it"))
    return found


def row_mark(row: Row) -> str:
    """The row's mark on the matrix's own interpreter: its status's, or ``·`` where neither side has it."""
    return ABSENT_MARK if row.taken_from else MARKS[row.status]


def row_status(matrix: Matrix, row: Row) -> str:
    """The row's status in words on the matrix's own interpreter: ``only in asyncio``, or, for a row it
    has on neither side, ``not on this Python (read on 3.15.2)``."""
    if row.taken_from:
        return f"not on this Python (read on {row.taken_from})"
    return matrix.label(row.status)


def describe_measured(measured: list[Measured]) -> str:
    """``CPython 3.9.18, ... natively; 3.14.2, 3.15.0rc1 under Pyodide (WebAssembly)``."""
    native = [m.version for m in measured if m.runtime == "native"]
    other = [m.version for m in measured if m.runtime != "native"]
    text = f"CPython {', '.join(native)} natively" if native else "CPython"
    if other:
        text += f"; {', '.join(other)} under Pyodide (WebAssembly)"
    return text


def render_text(
    matrix: Matrix,
    width: int = WIDTH,
    history: dict[str, History] | None = None,
    measured: list[Measured] | None = None,
) -> str:
    """A table that fits *width* columns: cells wrap between words, and no name or signature is ever cut.

    A row with a word too long for its column (a dotted class name) is printed as a block
    under the table's columns instead (``asyncio: asyncio.exceptions.CancelledError``),
    so that every name stays whole on one line and ``grep`` finds it. Only a single word
    longer than *width* makes a line longer than *width*.
    With *history* and *measured* (see :mod:`futcompare.versions`), rows that
    changed across the measured versions get a ``versions:`` line and one line per change.
    """
    headers = ["member", matrix.left.label, matrix.right.label, "status"]
    cells = [[row.name, cell(row.left), cell(row.right), row_status(matrix, row)] for row in matrix.rows]
    widths = _column_widths(cells, width, max(len(matrix.left.label), len(matrix.right.label)))
    lines = _wrap(matrix.title, width) + _wrap(describe_python(matrix.python), width)
    for note in matrix.left.notes() + matrix.right.notes():
        lines += _wrap(f"Note: {note}.", width)
    if history and measured:
        span = f"{measured[0].label}–{measured[-1].label}"
        lines += _wrap(
            f"Measured on {describe_measured(measured)}. Every row reads the same on {span} unless a"
            " 'versions:' line says otherwise.",
            width,
        )
    for note in matrix.notes:
        lines += _wrap(note, width, "note: ", "  ")
    lines.append("")
    if widths is not None:
        lines += _table_lines("  ", headers, widths)
        lines.append("  " + "  ".join("-" * w for w in widths))
    for row, texts in zip(matrix.rows, cells):
        if widths is not None and _fits(texts, widths):
            lines += _table_lines(row_mark(row) + " ", texts, widths)
        else:
            lines += _wrap(f"{row.name}  {texts[3]}", width, row_mark(row) + " ", "  ")
            for label, text in ((matrix.left.label, texts[1]), (matrix.right.label, texts[2])):
                lines += _wrap(f"{label}: {text}", width, "    ", "      ")
        for delta in row.deltas:
            lines += _wrap(delta.text, width, "    - ", "      ")
        for note in row.notes:
            lines += _wrap(note, width, "    note: ", "      ")
        past = (history or {}).get(row.name)
        if past is not None and past.changed:
            lines += _wrap(
                "; ".join(
                    f"{matrix.label(span.status) if span.status else 'absent'} {span.versions}" for span in past.runs()
                ),
                width,
                "    versions: ",
                "      ",
            )
            for change in past.describe(matrix.left.label, matrix.right.label):
                lines += _wrap(change, width, "      ", "        ")
    lines.append("")
    lines += _wrap(
        "legend: " + "   ".join(f"{mark} {meaning}" for mark, meaning in legend(matrix)), width, "", "        "
    )
    if any("†" in cell(row.left) or "†" in cell(row.right) for row in matrix.rows):
        lines += _wrap(
            "† signature read from the pure-Python twin (the C method has none)", width, "        ", "          "
        )
    if any("‡" in cell(row.left) or "‡" in cell(row.right) for row in matrix.rows):
        lines += _wrap(
            "‡ signature read from the first line of the C method's docstring (it has no other)",
            width,
            "        ",
            "          ",
        )
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _fits(texts: list[str], widths: list[int]) -> bool:
    return all(_longest_word(text) <= w for text, w in zip(texts, widths))


def _column_widths(rows: list[list[str]], width: int, label: int) -> list[int] | None:
    """Member, side, side and status widths for a table *width* wide; None when it is too narrow for a table.

    The member and status columns take what their longest name or word needs (up to a
    third and a fifth of the line), the two sides share the rest, and must hold the sides'
    labels (*label* characters) whole.
    """
    available = width - 2 - 3 * 2
    member = min(max([len("member")] + [_longest_word(row[0]) for row in rows]), max(12, available // 3))
    words = max([len("status")] + [_longest_word(row[3]) for row in rows])
    labels = max([len("status")] + [len(row[3]) for row in rows])
    status = min(labels, max(words, 19), max(10, available // 5))
    side = (available - member - status) // 2
    if side < max(12, label):
        return None
    return [member, side, side, status]


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """*text* wrapped between words only: a name longer than the line stays whole, on a line of its own."""
    return textwrap.wrap(
        text,
        max(width, len(first) + 1, len(rest) + 1),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def wrap_cell(text: str, width: int) -> list[str]:
    """Wrap *text* into lines of at most *width*, between words: a name is never cut.

    >>> wrap_cell("different classes: concurrent.futures._base.CancelledError in concurrent.futures", 40)
    ['different classes:', 'concurrent.futures._base.CancelledError', 'in concurrent.futures']
    """
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _table_lines(prefix: str, texts: list[str], widths: list[int]) -> list[str]:
    wrapped = [wrap_cell(text, w) for text, w in zip(texts, widths)]
    lines = []
    for index in range(max(len(cell_lines) for cell_lines in wrapped)):
        parts = [cell_lines[index] if index < len(cell_lines) else "" for cell_lines in wrapped]
        lead = prefix if index == 0 else " " * len(prefix)
        lines.append(lead + "  ".join(part.ljust(w) for part, w in zip(parts, widths)))
    return lines


#: What may open Markdown inline markup or HTML in a table cell's text.
_MD_ALWAYS = frozenset("\\`*[]<|~")
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def markdown_text(text: str) -> str:
    """*text* as literal GitHub Markdown inline content for a table cell: no HTML, no emphasis, no link.

    An underscore inside a word (``set_result``) stays as it is: GitHub never reads it as emphasis.

    >>> print(markdown_text("default of tag: '<a & b>' in x, *args | y_z _w"))
    default of tag: '\\<a & b>' in x, \\*args \\| y_z \\_w
    """
    text = _ENTITY_START.sub("&amp;", " ".join(text.split()))
    out = []
    for index, char in enumerate(text):
        if char in _MD_ALWAYS:
            out.append("\\" + char)
        elif char == "_" and not (
            0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()
        ):
            out.append("\\_")
        else:
            out.append(char)
    return "".join(out)


def markdown_code(text: str) -> str:
    """*text* as a code span fit for a table cell: its backticks and pipes cannot end the span or the cell."""
    from futcompare.markup import code_span  # here: the text table, the CLI's default, needs none of markup

    return code_span(" ".join(text.split())).replace("|", "\\|")


def render_markdown(matrix: Matrix, across: dict[str, Across] | None = None) -> str:
    """A GitHub-flavoured Markdown table, with the deltas in the status cell; nothing in it can inject HTML.

    With *across* (see :func:`futcompare.versions.across_rows`), a row whose status changed across
    the measured versions says so in its status cell, version range by version range.
    """

    def code(member: Member | None) -> str:
        text = cell(member)
        return "–" if text == "-" else markdown_code(text)

    lines = [
        f"| | member | {markdown_text(matrix.left.label)} | {markdown_text(matrix.right.label)} | status |",
        "|---|---|---|---|---|",
    ]
    for row in matrix.rows:
        status = matrix.label(row.status)
        details = [delta.text for delta in row.deltas] + (list(row.notes) if row.status == "cannot-compare" else [])
        if details:
            status += ": " + "; ".join(details)
        versions = (across or {}).get(row.name)
        if versions is not None and versions.varies:
            status = versions.status_text(matrix.left.label, matrix.right.label)
        if row.taken_from:
            status = f"{row_status(matrix, row)}: {status}"
        lines.append(
            f"| {row_mark(row)} | {markdown_code(row.name)} | {code(row.left)} | {code(row.right)}"
            f" | {markdown_text(status)} |"
        )
    lines.append("")
    lines.append("Legend: " + ", ".join(f"`{mark}` {markdown_text(meaning)}" for mark, meaning in legend(matrix)) + ".")
    for note in matrix.notes:
        lines.append(f"Note: {markdown_text(note)}")
    lines.append(f"Generated on {markdown_text(describe_python(matrix.python))}.")
    lines += [f"Note: {markdown_text(note)}." for note in matrix.left.notes() + matrix.right.notes()]
    return "\n".join(lines) + "\n"


def matrix_json(
    matrix: Matrix,
    entries: dict[str, list[str]] | None = None,
    history: dict[str, History] | None = None,
    measured: list[Measured] | None = None,
    across: dict[str, Across] | None = None,
) -> dict[str, Any]:
    """The matrix as JSON-ready data, in the shape ``matrix.schema.json`` documents.

    *entries* maps a row name to the ids of the catalog entries that explain it;
    *history* and *measured* add each row's versions, and *across* the versions on which
    each row differs (see :mod:`futcompare.versions`; computed from *history* when not given).
    """
    if across is None:
        from futcompare.versions import across_rows  # here: keeps versions and snapshots off render's import

        across = across_rows(matrix, history or {}, measured or [])
    return {
        "$schema": SCHEMA_ID,
        "format": JSON_FORMAT,
        "pair": matrix.pair,
        "title": matrix.title,
        "left": to_jsonable(matrix.left),
        "right": to_jsonable(matrix.right),
        "python": matrix.python.to_json(),
        "legend": [{"status": status, "mark": MARKS[status], "label": matrix.label(status)} for status in MARKS],
        **({"notes": list(matrix.notes)} if matrix.notes else {}),
        "measured": to_jsonable(measured or []),
        "rows": [
            _row_json(matrix, row, (entries or {}).get(row.name, []), history or {}, across[row.name])
            for row in matrix.rows
        ],
    }


def _row_json(
    matrix: Matrix, row: Row, entries: list[str], history: dict[str, History], across: Across
) -> dict[str, Any]:
    past = history.get(row.name)
    # What the matrix's own interpreter saw. A row it has on neither side (taken_from) has no status,
    # member or delta here: what the newest snapshot that has the row saw is under "taken_from".
    here = not row.taken_from
    seen = {
        "status": row.status,
        "status_label": matrix.label(row.status),
        "left": to_jsonable(row.left),
        "right": to_jsonable(row.right),
        "deltas": to_jsonable(row.deltas),
        "notes": list(row.notes),
    }
    return {
        "name": row.name,
        "anchor": row_anchor(row.name),
        "group": row.group,
        **(seen if here else {**dict.fromkeys(seen, None), "status_label": ABSENT_LABEL, "deltas": [], "notes": []}),
        "taken_from": None if here else {"version": row.taken_from, **seen},
        "entries": entries,
        "versions": [
            {"first": span.first, "last": span.last, "status": span.status, "left": span.left, "right": span.right}
            for span in (past.spans if past else ())
        ],
        "changes": past.describe(matrix.left.label, matrix.right.label) if past else [],
        "differs_on": list(across.differs_on),
        "across": across.summary(matrix.left.label, matrix.right.label),
    }

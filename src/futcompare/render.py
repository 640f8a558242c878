"""Render a matrix for the terminal (text), for documents (Markdown) and for programs (JSON)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from futcompare.model import Matrix, Member, Row, row_anchor, to_jsonable

if TYPE_CHECKING:
    from futcompare.versions import History, Measured

#: The mark of each status, shown beside its word: never colour alone.
MARKS = {"same": "=", "differs": "~", "only-left": "<", "only-right": ">"}
JSON_FORMAT = 1
SCHEMA_ID = "https://futcompare.readthedocs.io/schemas/matrix.schema.json"
WIDTH = 100


def describe_python(python: dict[str, str]) -> str:
    """``CPython 3.11.7, introspected live`` or ``CPython 3.10.13, from snapshot cpython-3.10.json``."""
    name = {"cpython": "CPython", "pypy": "PyPy"}.get(
        python.get("implementation", ""), python.get("implementation", "?")
    )
    text = f"{name} {python.get('version', '?')}"
    if python.get("platform") == "emscripten":
        text += " (Pyodide, WebAssembly)"
    source = python.get("source", "")
    if source == "live":
        return f"{text}, introspected live"
    return f"{text}, from snapshot {source}" if source else text


def cell(member: Member | None) -> str:
    """A side of a row in words: kind and signature, ``-`` when the side lacks the member."""
    if member is None:
        return "-"
    if member.kind in ("exception", "class"):
        return member.defined_in
    if member.signature is None:
        return member.kind if member.kind in ("property", "data") else f"{member.kind} (signature unknown)"
    mark = {"twin": " †", "doc": " ‡"}.get(member.signature_source, "")
    kind = "" if member.kind in ("method", "function") else f"{member.kind} "
    return f"{kind}{member.signature}{mark}"


def legend(matrix: Matrix) -> list[tuple[str, str]]:
    """(mark, meaning) for each status the matrix actually uses, in a fixed order."""
    used = {row.status for row in matrix.rows}
    return [(MARKS[status], matrix.label(status)) for status in MARKS if status in used]


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
    """A table that fits *width* columns: long cells wrap, nothing is cut.

    With *history* and *measured* (see :mod:`futcompare.versions`), rows that
    changed across the measured versions get a ``versions:`` line and one line per change.
    """
    member_w, status_w = 22, 19
    side_w = (width - 2 - member_w - status_w - 3 * 2) // 2
    columns = [(member_w, "member"), (side_w, matrix.left.label), (side_w, matrix.right.label), (status_w, "status")]
    lines = [matrix.title, describe_python(matrix.python)]
    for note in matrix.left.notes() + matrix.right.notes():
        lines += textwrap.wrap(f"Note: {note}.", width)
    if history and measured:
        span = f"{measured[0].label}–{measured[-1].label}"
        lines += textwrap.wrap(
            f"Measured on {describe_measured(measured)}. Every row reads the same on {span} unless a"
            " 'versions:' line says otherwise.",
            width,
        )
    lines.append("")
    lines += _table_lines("  ", [text for _, text in columns], [w for w, _ in columns])
    lines.append("  " + "  ".join("-" * w for w, _ in columns))
    for row in matrix.rows:
        texts = [row.name, cell(row.left), cell(row.right), matrix.label(row.status)]
        lines += _table_lines(MARKS[row.status] + " ", texts, [w for w, _ in columns])
        for delta in row.deltas:
            lines += textwrap.wrap(delta.text, width, initial_indent="    - ", subsequent_indent="      ")
        for note in row.notes:
            lines += textwrap.wrap(note, width, initial_indent="    note: ", subsequent_indent="      ")
        past = (history or {}).get(row.name)
        if past is not None and past.changed:
            lines += textwrap.wrap(
                "; ".join(
                    f"{matrix.label(span.status) if span.status else 'absent'} {span.versions}" for span in past.spans
                ),
                width,
                initial_indent="    versions: ",
                subsequent_indent="      ",
            )
            for change in past.describe(matrix.left.label, matrix.right.label):
                lines += textwrap.wrap(change, width, initial_indent="      ", subsequent_indent="        ")
    lines.append("")
    lines.append("legend: " + "   ".join(f"{mark} {meaning}" for mark, meaning in legend(matrix)))
    if any("†" in cell(row.left) or "†" in cell(row.right) for row in matrix.rows):
        lines.append("        † signature read from the pure-Python twin (the C method has none)")
    if any("‡" in cell(row.left) or "‡" in cell(row.right) for row in matrix.rows):
        lines.append("        ‡ signature read from the first line of the C method's docstring (it has no other)")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def wrap_cell(text: str, width: int) -> list[str]:
    """Wrap *text* into lines of at most *width*, breaking a long name after a dot or underscore.

    >>> wrap_cell("concurrent.futures._base.CancelledError", 20)
    ['concurrent.futures.', '_base.CancelledError']
    """
    lines = []
    for line in textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]:
        while len(line) > width:
            # Prefer a break after a space or a dot, then after an underscore, comma or parenthesis.
            cut = max(line.rfind(" ", 0, width + 1), line.rfind(".", 0, width))
            if cut <= 0:
                cut = max(line.rfind(sep, 0, width) for sep in "_,(")
            cut = cut if cut > 0 else width - 1
            lines.append(line[: cut + 1].rstrip() if line[cut] == " " else line[: cut + 1])
            line = line[cut + 1 :].lstrip()
        lines.append(line)
    return lines


def _table_lines(prefix: str, texts: list[str], widths: list[int]) -> list[str]:
    wrapped = [wrap_cell(text, w) for text, w in zip(texts, widths)]
    lines = []
    for index in range(max(len(cell_lines) for cell_lines in wrapped)):
        parts = [cell_lines[index] if index < len(cell_lines) else "" for cell_lines in wrapped]
        lead = prefix if index == 0 else " " * len(prefix)
        lines.append(lead + "  ".join(part.ljust(w) for part, w in zip(parts, widths)))
    return lines


def render_markdown(matrix: Matrix) -> str:
    """A GitHub-flavoured Markdown table, with the deltas in the status cell."""

    def code(member: Member | None) -> str:
        text = cell(member)
        return "–" if text == "-" else f"`{text}`".replace("|", "\\|")

    lines = [
        f"| | member | {matrix.left.label} | {matrix.right.label} | status |",
        "|---|---|---|---|---|",
    ]
    for row in matrix.rows:
        status = matrix.label(row.status)
        details = [delta.text for delta in row.deltas]
        if details:
            status += ": " + "; ".join(details)
        status = status.replace("|", "\\|")
        lines.append(f"| {MARKS[row.status]} | `{row.name}` | {code(row.left)} | {code(row.right)} | {status} |")
    lines.append("")
    lines.append("Legend: " + ", ".join(f"`{mark}` {meaning}" for mark, meaning in legend(matrix)) + ".")
    lines.append(f"Generated on {describe_python(matrix.python)}.")
    lines += [f"Note: {note}." for note in matrix.left.notes() + matrix.right.notes()]
    return "\n".join(lines) + "\n"


def matrix_json(
    matrix: Matrix,
    entries: dict[str, list[str]] | None = None,
    history: dict[str, History] | None = None,
    measured: list[Measured] | None = None,
) -> dict[str, Any]:
    """The matrix as JSON-ready data, in the shape ``matrix.schema.json`` documents.

    *entries* maps a row name to the ids of the catalog entries that explain it;
    *history* and *measured* add each row's versions (see :mod:`futcompare.versions`).
    """
    return {
        "$schema": SCHEMA_ID,
        "format": JSON_FORMAT,
        "pair": matrix.pair,
        "title": matrix.title,
        "left": to_jsonable(matrix.left),
        "right": to_jsonable(matrix.right),
        "python": dict(matrix.python),
        "legend": [{"status": status, "mark": MARKS[status], "label": matrix.label(status)} for status in MARKS],
        "measured": to_jsonable(measured or []),
        "rows": [_row_json(matrix, row, (entries or {}).get(row.name, []), history or {}) for row in matrix.rows],
    }


def _row_json(matrix: Matrix, row: Row, entries: list[str], history: dict[str, History]) -> dict[str, Any]:
    past = history.get(row.name)
    return {
        "name": row.name,
        "anchor": row_anchor(row.name),
        "group": row.group,
        "status": row.status,
        "status_label": matrix.label(row.status),
        "left": to_jsonable(row.left),
        "right": to_jsonable(row.right),
        "deltas": to_jsonable(row.deltas),
        "notes": list(row.notes),
        "entries": entries,
        "versions": [
            {"first": span.first, "last": span.last, "status": span.status, "left": span.left, "right": span.right}
            for span in (past.spans if past else ())
        ],
        "changes": past.describe(matrix.left.label, matrix.right.label) if past else [],
    }

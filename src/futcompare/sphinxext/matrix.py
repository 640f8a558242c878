"""The ``futcompare-matrix`` directive: a pair's API matrix as a docutils table, built when the page is read.

In a MyST page::

    ```{futcompare-matrix} future
    :only-differences:
    ```

    ```{futcompare-matrix} asyncio.Event threading.Event
    ```

The argument is a registered pair name (see :data:`futcompare.pairs.PAIRS`) or two dotted
paths. The table has one row per matrix row: the member, each side's signature (linked to the
Python documentation through intersphinx when the inventory has the name), and the status as a
mark and a word, with the deltas, notes and the catalog entries that explain the row. Every row
has a stable anchor (:func:`futcompare.model.row_anchor`), a permalink, and, for a registered
pair, a std-domain label ``{pair}-{anchor}`` that other pages can ``{ref}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, ClassVar, cast

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.domains.std import StandardDomain
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from futcompare._text import implementation_name
from futcompare.catalog import Entry
from futcompare.errors import FutcompareError
from futcompare.introspect import describe_error
from futcompare.markup import Span, parse, to_plain
from futcompare.model import STATUSES, Matrix, Member, Row, Status, row_anchor
from futcompare.pairs import PAIRS, Pair, adhoc_pair, get_pair
from futcompare.render import ABSENT_MARK, MARKS, describe_measured  # one set of marks: CLI, JSON and site
from futcompare.snapshots import committed_snapshots
from futcompare.sphinxext._computed import computed
from futcompare.sphinxext._links import doc_link, entry_docname, ref_link, row_label
from futcompare.sphinxext.example_pages import catalog_dir_of
from futcompare.sphinxext.export import export_links, report_line
from futcompare.versions import Across, History, Measured, across_rows

logger = logging.getLogger(__name__)

#: Inventory object types, mapped to the Python-domain role that references them.
_ROLES = {
    "py:method": "meth",
    "py:classmethod": "meth",
    "py:staticmethod": "meth",
    "py:coroutinemethod": "meth",
    "py:exception": "exc",
    "py:class": "class",
    "py:attribute": "attr",
    "py:property": "attr",
    "py:function": "func",
    "py:coroutinefunction": "func",
    "py:data": "data",
}

_COLUMN_WIDTHS = (18, 30, 30, 22)
_COLUMN_WIDTHS_WITH_VERSIONS = (15, 22, 22, 14, 27)


def _row_names(argument: str) -> list[str]:
    names = [name.strip() for name in argument.replace(",", " ").split()]
    if not names:
        raise ValueError("give one or more row names, separated by commas")
    return names


class MatrixDirective(SphinxDirective):
    """Render the matrix of a registered pair, or of two dotted paths, as a table."""

    required_arguments = 1
    optional_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "only-differences": directives.flag,
        "rows": _row_names,
        "compact": directives.flag,
        "no-index": directives.flag,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        pair = self._pair()
        if pair is None:
            return []
        try:
            # Every row of every measured version, not only this interpreter's (RLock.locked: 3.14+).
            matrix = computed(self.env).shown(pair)
        except FutcompareError as error:
            self._warn(
                f"cannot build the matrix of {' '.join(self.arguments)!r}: {error}; "
                "give two dotted paths of classes or functions, e.g. asyncio.Event threading.Event"
            )
            return []
        except Exception as error:  # code of an introspected class raised: one located warning, not a failed build
            self._warn(
                f"cannot build the matrix of {' '.join(self.arguments)!r}: introspecting it raised"
                f" {describe_error(error)}"
            )
            return []
        history, interpreters = self._versions(pair)
        across = across_rows(matrix, history, interpreters)
        rows = self._select(matrix, across)
        if rows is None:
            return []
        entries = self._catalog(pair)
        if "compact" in self.options:
            history = {}  # the status says where a row differs; no versions column
        index = pair.registered and "no-index" not in self.options
        container = nodes.container(classes=["fc-matrix-block", *self.options.get("class", [])])
        self.set_source_info(container)
        for note in matrix.left.notes() + matrix.right.notes():
            # A factory function's class, or a side that does not exist: said once, above the table.
            container += nodes.paragraph("", f"Note: {note}.", classes=["fc-side-note"])
        groups = [
            ("member", "Members"),
            ("class", "Related classes"),
            ("exception", "Related exceptions"),
            ("behaviour", "Behaviour: what a call does, observed on each interpreter"),
        ]
        for group, caption in groups:
            group_rows = [row for row in rows if row.group == group]
            if group_rows:
                container += self._table(
                    matrix, pair, group_rows, caption, entries, index, history, across, interpreters
                )
        container += self._legend(matrix, rows, across, history)
        container += self._provenance(matrix, interpreters)
        if index and entries:  # a pair with a catalog: the site publishes its JSON (see export.py)
            container += export_links(pair.name)
        return [container]

    # -- input -------------------------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        logger.warning(message, location=self.get_location(), type="futcompare", subtype="matrix")

    def _pair(self) -> Pair | None:
        if len(self.arguments) == 2:
            return adhoc_pair(*self.arguments)
        name = self.arguments[0]
        try:
            return get_pair(name)
        except FutcompareError:
            self._warn(
                f"futcompare-matrix: unknown pair {name!r}; "
                f"known pairs: {', '.join(PAIRS)}, or give two dotted paths (asyncio.Event threading.Event)"
            )
            return None

    def _select(self, matrix: Matrix, across: dict[str, Across]) -> list[Row] | None:
        rows = list(matrix.rows)
        wanted = self.options.get("rows")
        if wanted:
            by_name = {row.name: row for row in rows}
            unknown = [name for name in wanted if name not in by_name]
            if unknown:
                self._warn(
                    f"futcompare-matrix: no row {', '.join(map(repr, unknown))} in the matrix of "
                    f"{' '.join(self.arguments)!r}; rows: {', '.join(by_name)}"
                )
                return None
            rows = [by_name[name] for name in wanted]
        if "only-differences" in self.options:
            # A row that differs on any measured version is a difference (TimeoutError: before 3.11).
            rows = [row for row in rows if across[row.name].differs]
        return rows

    def _catalog(self, pair: Pair) -> dict[str, tuple[Entry, ...]]:
        if not pair.registered:
            return {}
        # The catalog the example pages are generated from, so links meet pages.
        folder = catalog_dir_of(self.config)
        if folder is None:
            return {}
        path = folder / f"{pair.name}.json"
        if not path.is_file():
            return {}
        self.env.note_dependency(str(path))
        try:
            catalog = computed(self.env).catalog(pair.name, path)
        except FutcompareError as error:
            self._warn(f"futcompare-matrix: {error}")
            return {}
        names = {name for entry in catalog.entries for name in entry.members}
        return {name: catalog.for_row(name) for name in names}

    def _versions(self, pair: Pair) -> tuple[dict[str, History], list[Measured]]:
        """Each row's history across the committed snapshots (none for two dotted paths)."""
        if not pair.registered:
            return {}, []
        try:
            for path in committed_snapshots().values():
                self.env.note_dependency(str(path))
            return computed(self.env).history(pair)
        except FutcompareError as error:
            self._warn(f"futcompare-matrix: no versions column for {pair.name!r}: {error}")
            return {}, []

    # -- the table ---------------------------------------------------------------------------------

    def _table(
        self,
        matrix: Matrix,
        pair: Pair,
        rows: list[Row],
        caption: str,
        entries: dict[str, tuple[Entry, ...]],
        index: bool,
        history: dict[str, History],
        across: dict[str, Across],
        interpreters: list[Measured],
    ) -> nodes.table:
        compact = "compact" in self.options
        marks = bool(history) and bool(interpreters)
        table = nodes.table(
            classes=["fc-matrix", *(["fc-compact"] if compact else []), *(["fc-marked"] if marks else [])]
        )
        self.set_source_info(table)
        table += nodes.title(caption, caption)
        widths = _COLUMN_WIDTHS_WITH_VERSIONS if marks else _COLUMN_WIDTHS
        tgroup = nodes.tgroup(cols=len(widths))
        table += tgroup
        for width in widths:
            tgroup += nodes.colspec(colwidth=width)
        thead = nodes.thead()
        tgroup += thead
        header = nodes.row()
        header += _entry(nodes.paragraph("", "member"))
        for side in (matrix.left, matrix.right):
            label = nodes.paragraph("", side.label, classes=["fc-side-label"])
            path = nodes.paragraph("", "", classes=["fc-side-path"])
            path += self._xref(side.path, breakable_literal(side.path))
            header += _entry(label, path)
        if marks:
            header += self._marks_header(interpreters)
        header += _entry(nodes.paragraph("", "status"))
        thead += header
        tbody = nodes.tbody()
        tgroup += tbody
        related = {name: (left, right) for name, left, right in pair.related}
        for row in rows:
            tbody += self._row(
                matrix,
                pair,
                row,
                related.get(row.name),
                entries.get(row.name, ()),
                index,
                compact,
                across[row.name],
                history.get(row.name) if marks else None,
                marks,
            )
        return table

    def _marks_header(self, interpreters: list[Measured]) -> nodes.entry:
        """The versions column's heading: each version's number above its mark (the marks name it too)."""
        first, last = interpreters[0].label, interpreters[-1].label
        heading = nodes.paragraph("", "", classes=["fc-vmarks", "fc-vlabels"])
        heading += nodes.inline("", f"CPython {first} to {last}", classes=["fc-visually-hidden"])
        for interpreter in interpreters:
            heading += _hidden("", nodes.Text(interpreter.label), classes=["fc-vmark"])
        return _entry(heading)

    def _marks(self, matrix: Matrix, across: Across) -> nodes.entry:
        """One mark per measured version, caniuse-style; each says its version and status in words."""
        line = nodes.paragraph("", "", classes=["fc-vmarks"])
        for label, status in across.marks:
            word = matrix.label(status) if status else "on neither side"
            mark = nodes.inline("", "", classes=["fc-vmark", f"fc-mark-{status or 'absent'}"])
            mark += nodes.inline("", label, classes=["fc-vnum"])
            mark += _hidden("", nodes.Text(MARKS[status] if status else ABSENT_MARK), classes=["fc-vsign"])
            mark += nodes.inline("", f": {word}", classes=["fc-visually-hidden"])
            line += mark
            line += nodes.Text(" ")  # read apart; a flex line shows no white space between its items
        return _entry(line)

    def _row(
        self,
        matrix: Matrix,
        pair: Pair,
        row: Row,
        related: tuple[str, str] | None,
        entries: tuple[Entry, ...],
        index: bool,
        compact: bool,
        across: Across,
        past: History | None,
        marks: bool,
    ) -> nodes.row:
        # The status here, and whether the row differs on any measured version: what the filter keeps.
        # A row this interpreter has on neither side (read from a newer or older snapshot) is absent here.
        here = "fc-status-absent fc-elsewhere" if row.taken_from else f"fc-status-{row.status}"
        node = nodes.row(classes=[here, "fc-differs" if across.differs else "fc-same-everywhere"])
        anchor = self._anchor(pair, row)
        node["ids"].append(anchor)
        self.state.document.ids[anchor] = node
        label = row_label(pair.name, row.name)
        if index:
            std = cast(StandardDomain, self.env.get_domain("std"))
            std.note_hyperlink_target(label, self.env.docname, anchor, row.name)

        name = nodes.paragraph("", "", classes=["fc-member"])
        literal = breakable_literal(row.name)
        if pair.registered and not index:
            # A shortened copy of the matrix: the name leads to the row of the full matrix.
            name += ref_link(label, literal, self.env.docname)
        else:
            name += literal
        name += nodes.Text(" ")
        # The link reads "Permalink to the result row" to a screen reader; the ¶ that shows comes from the CSS.
        permalink = nodes.reference(
            "", "", refid=anchor, classes=["fc-permalink"], reftitle=f"Permalink to the {row.name} row"
        )
        permalink += nodes.inline("", f"Permalink to the {row.name} row", classes=["fc-visually-hidden"])
        name += permalink
        if not compact:
            kind = (row.left or row.right).kind  # type: ignore[union-attr]
            name += nodes.inline("", kind, classes=["fc-kind"])
        node += _entry(name)

        paths = related or (f"{matrix.left.path}.{row.name}", f"{matrix.right.path}.{row.name}")
        for side, member, path in ((matrix.left, row.left, paths[0]), (matrix.right, row.right, paths[1])):
            node += self._side(row, side.label, member, path)
        if marks:
            node += self._marks(matrix, across)
        status = self._status(matrix, row, across)
        status += self._details(matrix, row, entries, compact, past, anchor, across)
        node += status
        return node

    def _anchor(self, pair: Pair, row: Row) -> str:
        anchor = row_anchor(row.name)
        if anchor in self.state.document.ids:
            # A second matrix on the same page: keep ids unique, still readable.
            prefix = pair.name if pair.registered else row_anchor(pair.left.rpartition(".")[2])
            anchor = f"{prefix}-{anchor}"
            number = 2
            while anchor in self.state.document.ids:
                anchor = f"{prefix}-{row_anchor(row.name)}-{number}"
                number += 1
        return anchor

    def _side(self, row: Row, label: str, member: Member | None, path: str) -> nodes.entry:
        # The side's label shows only where the row is stacked as a card (a narrow screen): elsewhere
        # the column's header names it.
        side = nodes.inline("", f"{label}: ", classes=["fc-cell-label"])
        if member is None:
            absent = nodes.paragraph("", "", side, classes=["fc-absent"])
            absent += nodes.emphasis("", "absent")
            return _entry(absent)
        if row.group == "behaviour":
            # What the probe saw: words, not a name to cross-reference; the question goes below.
            answer = nodes.paragraph("", "", side, classes=["fc-signature", "fc-behaviour"])
            answer += nodes.Text(member.signature or "")
            question = [nodes.paragraph("", "", *inline_nodes(member.doc), classes=["fc-doc"])] if member.doc else []
            return _entry(answer, *question)
        if row.group in ("exception", "class"):
            text = member.defined_in.removeprefix("builtins.")
        else:
            text = row.name + (member.signature or ("" if member.kind in ("property", "data", "class") else "(…)"))
        signature = nodes.paragraph("", "", side, classes=["fc-signature"])
        signature += self._xref(path, breakable_literal(text))
        return _entry(signature)

    def _status(self, matrix: Matrix, row: Row, across: Across) -> nodes.entry:
        """The status in one line per status run: its mark, where it holds, and the deltas, inline."""
        parts: list[nodes.Node] = []
        if across.varies:
            # The status changed across the measured versions: each run, oldest first, with its deltas.
            for status_of, text, deltas in across.where(matrix.left.label, matrix.right.label):
                parts.append(_status_line(status_of, text, _short(deltas), ["fc-status-run"]))
        else:
            deltas = tuple(delta.text for delta in row.deltas)
            parts.append(_status_line(row.status, matrix.label(row.status), _short(deltas), []))
        if row.taken_from:
            parts.append(nodes.paragraph("", taken_from_text(matrix, row), classes=["fc-taken"]))
        return _entry(*parts)

    def _details(
        self,
        matrix: Matrix,
        row: Row,
        entries: tuple[Entry, ...],
        compact: bool,
        past: History | None,
        anchor: str,
        across: Across,
    ) -> nodes.Element:
        """The expander: the pages that explain the row, how it was read, the docstrings, what changed
        across versions, and the report link. Closed, it is one line."""
        parts: list[nodes.Node] = []
        if entries and matrix.pair:
            why = nodes.paragraph("", "Why: ", classes=["fc-why"])
            for number, entry in enumerate(entries):
                if number:
                    why += nodes.Text("; ")
                title = to_plain(entry.title)
                why += doc_link(entry_docname(matrix.pair, entry.id), nodes.inline(title, title), self.env.docname)
            parts.append(why)
        if not compact:
            for note in row.notes:
                parts.append(nodes.paragraph("", f"Note: {note}.", classes=["fc-note"]))
            for side, member in ((matrix.left, row.left), (matrix.right, row.right)):
                if member is not None and member.doc and row.group != "behaviour":
                    doc = nodes.paragraph("", "", classes=["fc-doc"])
                    doc += nodes.strong("", side.label)
                    doc += nodes.Text(f" (CPython {row.taken_from})" if row.taken_from else "")
                    doc += nodes.Text(f": {member.doc}")
                    parts.append(doc)
        # The deltas the status line shortened (two class names, two chains of bases), in full.
        deltas = [delta.text for delta in row.deltas]
        for run in across.runs if across.varies else ():
            deltas += [text for text in run.deltas if text not in deltas]
        for text in deltas:
            if _short((text,)) != (text,):
                parts.append(nodes.paragraph("", text, classes=["fc-delta-full"]))
        if past is not None:
            for change in past.describe(matrix.left.label, matrix.right.label):
                parts.append(nodes.paragraph("", change, classes=["fc-change"]))
        parts.append(report_line(matrix, row.name, row.status, anchor, row.taken_from))
        summary = _summary("", nodes.Text("Why and details" if entries and matrix.pair else "Details"))
        summary += nodes.inline("", f" of the {row.name} row", classes=["fc-visually-hidden"])
        details = _details("", summary, classes=["fc-details"])
        for part in parts:
            details += part
        return details

    def _legend(
        self, matrix: Matrix, rows: Iterable[Row], across: dict[str, Across], history: dict[str, History]
    ) -> nodes.Element:
        """A legend built from the marks the table uses, and the footnote marks its version notes use."""
        rows = list(rows)
        used: set[str | None] = set()
        for row in rows:
            used.add(row.status)
            used.update(status for _, status in across[row.name].marks)
            used.update(run.status for run in across[row.name].runs)
        meaning = {
            "same": "both sides have it, with the same signature",
            "differs": "both sides have it; how they differ is listed",
            "only-left": f"only {matrix.left.label} has it",
            "only-right": f"only {matrix.right.label} has it",
            "cannot-compare": "both sides have it, but one side's signature could not be read; the note says which",
        }
        legend = nodes.bullet_list(classes=["fc-legend"])
        for status in STATUSES:
            if status not in used:
                continue
            item = nodes.paragraph()
            item += nodes.inline("", MARKS[status], classes=["fc-mark", f"fc-mark-{status}"])
            item += nodes.Text(" ")
            item += nodes.strong("", matrix.label(status))
            item += nodes.Text(f": {meaning[status]}")
            legend += nodes.list_item("", item)
        if None in used:
            item = nodes.paragraph()
            item += nodes.inline("", ABSENT_MARK, classes=["fc-mark", "fc-mark-absent"])
            item += nodes.Text(" ")
            item += nodes.strong("", "on neither side")
            item += nodes.Text(": neither side has it on that version")
            legend += nodes.list_item("", item)
        parts: list[nodes.Node] = [legend]
        if history:
            parts.append(
                nodes.paragraph(
                    "",
                    "Each row has one mark per measured CPython version, oldest first: its status on that"
                    " version. The status column says where the row differs; a row that differs on any"
                    " version is a difference, and Show only differences keeps it.",
                    classes=["fc-legend-note"],
                )
            )
        changes = " ".join(
            change
            for row in rows
            if row.name in history
            for change in history[row.name].describe(matrix.left.label, matrix.right.label)
        )
        # The marks of cell() (futcompare.render), as the version notes in the details show them.
        for mark, text in (
            ("†", "in a version note: the signature was read from the pure-Python twin (the C method has none)"),
            ("‡", "in a version note: the signature was read from the first line of the C method's docstring"),
        ):
            if mark in changes:
                parts.append(nodes.paragraph("", f"{mark} {text}.", classes=["fc-legend-note", "fc-footnote"]))
        return nodes.container("", *parts, classes=["fc-legend-block"])

    def _provenance(self, matrix: Matrix, interpreters: list[Measured]) -> nodes.container:
        python = matrix.python
        implementation = implementation_name(python.implementation, "Python")
        text = (
            f"Built by introspecting {matrix.left.path} and {matrix.right.path} on "
            f"{implementation} {python.version or '?'} ({python.platform or '?'}) "
            "when this page was built."
        )
        taken = sorted({row.taken_from for row in matrix.rows if row.taken_from})
        if taken:
            # The rows of the other measured versions: each says where it was read.
            text += (
                f" The rows that CPython {python.version or '?'} has on neither side were read from the newest"
                f" committed snapshot that has them (CPython {', '.join(taken)}); each says so."
            )
        block = nodes.container(classes=["fc-provenance"])
        block += nodes.paragraph("", text, classes=["fc-python"])
        if interpreters:
            runtimes = sorted({m.runtime for m in interpreters if m.runtime != "native"})
            how = (
                f"The version marks read the snapshots committed with futcompare, each taken by running that"
                f" interpreter: {describe_measured(interpreters)}."
            )
            if runtimes:
                how += f" The WebAssembly ones ran as {'; '.join(runtimes)}: introspection only, no threads."
            block += nodes.paragraph("", how, classes=["fc-measured"])
        return block

    # -- references --------------------------------------------------------------------------------

    def _xref(self, target: str, content: nodes.Element) -> nodes.Element:
        """*content* linked to *target* in the Python docs, when the intersphinx inventory has it."""
        role = self._inventory_role(target)
        if role is None:
            return content
        content["classes"] += ["xref", "py", f"py-{role}"]
        ref = addnodes.pending_xref("", refdomain="py", reftype=role, reftarget=target, refexplicit=True, refwarn=True)
        ref["refdoc"] = self.env.docname
        ref += content
        return ref

    def _inventory_role(self, target: str) -> str | None:
        inventory: dict[str, dict[str, Any]] = getattr(self.env, "intersphinx_inventory", {})
        for objtype, role in _ROLES.items():
            if target in inventory.get(objtype, {}):
                return role
        return None


# A line-break opportunity that adds no character: <wbr> in HTML, nothing elsewhere. Made with type()
# rather than a class statement, which sphinx-autodoc2 would analyse down into docutils' Element.
_wbr: type[nodes.Element] = type("_wbr", (nodes.Inline, nodes.Element), {})


def _visit_wbr_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append("<wbr>")
    raise nodes.SkipNode


def _skip(translator: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


# An expander (<details> and its <summary> in HTML; its content as plain paragraphs elsewhere) and a
# span screen readers skip (aria-hidden: a mark whose meaning a hidden text beside it says in words).
_details: type[nodes.Element] = type("_details", (nodes.General, nodes.Element), {})
_summary: type[nodes.Element] = type("_summary", (nodes.Inline, nodes.TextElement), {})
_hidden: type[nodes.Element] = type("_hidden", (nodes.Inline, nodes.TextElement), {})


def _visit_details_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "details", ""))


def _depart_details_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append("</details>\n")


def _visit_summary_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "summary", ""))


def _depart_summary_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append("</summary>")


def _visit_hidden_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append(translator.starttag(node, "span", "", **{"aria-hidden": "true"}))


def _depart_hidden_html(translator: Any, node: nodes.Element) -> None:
    translator.body.append("</span>")


def _pass(translator: Any, node: nodes.Element) -> None:
    pass


_BREAK_AFTER = re.compile(r"(?<=[._,])(?=[^\s,)])")


def inline_nodes(text: str) -> list[nodes.Node]:
    """*text*, written in the catalog's inline markup (a probe's question: ``what `f.result()` raises``),
    as docutils nodes, so its code reads as code instead of between backticks."""
    return _span_nodes(parse(text)[0]) if text.strip() else []


def _span_nodes(spans: tuple[Span, ...]) -> list[nodes.Node]:
    made: list[nodes.Node] = []
    for span in spans:
        if span.kind == "text":
            made.append(nodes.Text(span.text))
        elif span.kind == "code":
            made.append(nodes.literal(span.text, span.text))
        elif span.kind == "emphasis":
            made.append(nodes.emphasis("", "", *_span_nodes(span.children)))
        elif span.kind == "strong":
            made.append(nodes.strong("", "", *_span_nodes(span.children)))
        else:
            made.append(nodes.reference("", "", *_span_nodes(span.children), refuri=span.url))
    return made


def breakable_literal(text: str) -> nodes.literal:
    """*text* as inline code that may wrap after a dot, underscore or comma, and nowhere else.

    Long names (``set_running_or_notify_cancel``, ``concurrent.futures._base.CancelledError``)
    then wrap at their natural joints in a narrow column; copying the text copies it unchanged.
    """
    literal = nodes.literal(text, "")
    pieces = _BREAK_AFTER.split(text)
    for index, piece in enumerate(pieces):
        if index:
            literal += _wbr()
        literal += nodes.Text(piece)
    return literal


#: Deltas whose words repeat the two cells (the class names) or run long (the chains of bases): the
#: status line says them in two words, the details in full.
_SHORT = {"different classes:": "different classes", "bases:": "different bases"}


def _short(deltas: tuple[str, ...]) -> tuple[str, ...]:
    """The deltas as the one-line status says them.

    >>> _short(("different classes: a.E in asyncio, b.E in threading", "parameter timeout=None only in threading"))
    ('different classes', 'parameter timeout=None only in threading')
    """
    return tuple(next((short for prefix, short in _SHORT.items() if text.startswith(prefix)), text) for text in deltas)


def _status_line(status: Status | None, text: str, deltas: tuple[str, ...], classes: list[str]) -> nodes.paragraph:
    """``~ differs: parameter timeout=None only in concurrent.futures``: the mark, the words, the deltas inline."""
    line = nodes.paragraph("", "", classes=["fc-status", *classes])
    line += nodes.inline(
        "", MARKS[status] if status else ABSENT_MARK, classes=["fc-mark", f"fc-mark-{status or 'absent'}"]
    )
    line += nodes.Text(" ")
    line += nodes.inline("", text, classes=["fc-word"])
    if deltas:
        line += nodes.Text(": ")
        line += nodes.inline("", "; ".join(deltas), classes=["fc-deltas"])
    return line


def taken_from_text(matrix: Matrix, row: Row) -> str:
    """Where the cells of a row this interpreter lacks come from: ``Not in CPython 3.11.7, which built
    this page: read on CPython 3.15.2.``"""
    return f"Not in CPython {matrix.python.version or '?'}, which built this page: read on CPython {row.taken_from}."


def _entry(*children: nodes.Node) -> nodes.entry:
    entry = nodes.entry()
    for child in children:
        entry += child
    return entry


class UniqueTableIds(SphinxPostTransform):
    """One element per id: furo wraps every table in a ``table-wrapper`` container that copies the
    table's attributes, its ids too (``id="id1"`` twice on a page with a captioned table). The ids stay
    on the table, which the caption's permalink and the search index point at."""

    default_priority = 510  # after furo's wrapper (500)
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for wrapper in self.document.findall(nodes.container):
            if "table-wrapper" not in wrapper["classes"] or not wrapper["ids"]:
                continue
            inner = {id_ for child in wrapper.children if isinstance(child, nodes.table) for id_ in child["ids"]}
            wrapper["ids"] = [id_ for id_ in wrapper["ids"] if id_ not in inner]


def setup_matrix(app: Sphinx) -> None:
    """Register the ``futcompare-matrix`` directive."""
    app.add_directive("futcompare-matrix", MatrixDirective)
    app.add_post_transform(UniqueTableIds)
    for node, visit, depart in (
        (_details, _visit_details_html, _depart_details_html),
        (_summary, _visit_summary_html, _depart_summary_html),
        (_hidden, _visit_hidden_html, _depart_hidden_html),
    ):
        app.add_node(
            node,
            html=(visit, depart),
            latex=(_pass, _pass),
            text=(_pass, _pass),
            man=(_pass, _pass),
            texinfo=(_pass, _pass),
        )
    app.add_node(
        _wbr,
        html=(_visit_wbr_html, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )

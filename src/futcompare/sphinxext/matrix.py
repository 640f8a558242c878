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
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from futcompare._text import implementation_name
from futcompare.catalog import Entry, load_catalog
from futcompare.errors import FutcompareError
from futcompare.introspect import describe_error
from futcompare.markup import to_plain
from futcompare.model import STATUSES, Matrix, Member, Row, row_anchor
from futcompare.pairs import PAIRS, Pair, adhoc_pair, build_matrix, get_pair
from futcompare.render import MARKS, describe_measured  # one set of marks: the CLI's, the JSON's, the site's
from futcompare.snapshots import committed_snapshots
from futcompare.sphinxext.example_pages import catalog_dir_of
from futcompare.sphinxext.export import export_links, report_line
from futcompare.versions import Across, History, Measured, across_rows, pair_history

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
_COLUMN_WIDTHS_WITH_VERSIONS = (16, 27, 27, 18, 12)


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
            matrix = build_matrix(pair)
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
        index = bool(pair.name) and "no-index" not in self.options
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
                container += self._table(matrix, pair, group_rows, caption, entries, index, history, across)
        container += self._legend(matrix, rows, across)
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
        if not pair.name:
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
            catalog = load_catalog(pair.name, path)
        except FutcompareError as error:
            self._warn(f"futcompare-matrix: {error}")
            return {}
        names = {name for entry in catalog.entries for name in entry.members}
        return {name: catalog.for_row(name) for name in names}

    def _versions(self, pair: Pair) -> tuple[dict[str, History], list[Measured]]:
        """Each row's history across the committed snapshots (none for two dotted paths)."""
        if not pair.name:
            return {}, []
        try:
            for path in committed_snapshots().values():
                self.env.note_dependency(str(path))
            return pair_history(pair)
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
    ) -> nodes.table:
        compact = "compact" in self.options
        table = nodes.table(classes=["fc-matrix", *(["fc-compact"] if compact else [])])
        self.set_source_info(table)
        table += nodes.title(caption, caption)
        widths = _COLUMN_WIDTHS_WITH_VERSIONS if history else _COLUMN_WIDTHS
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
        header += _entry(nodes.paragraph("", "status"))
        if history:
            header += _entry(nodes.paragraph("", "versions"))
        thead += header
        tbody = nodes.tbody()
        tgroup += tbody
        related = {name: (left, right) for name, left, right in pair.related}
        for row in rows:
            node = self._row(
                matrix, pair, row, related.get(row.name), entries.get(row.name, ()), index, compact, across[row.name]
            )
            if history:
                node += self._history(matrix, history.get(row.name))
            tbody += node
        return table

    def _history(self, matrix: Matrix, past: History | None) -> nodes.entry:
        """The versions cell: version numbers for each span on which the row read the same."""
        if past is None:
            return _entry(nodes.paragraph("", "not in the snapshots", classes=["fc-versions"]))
        runs = past.runs()  # a change of cell only (a signature read from the twin, then live) is no new span
        if len(runs) == 1:
            return _entry(
                nodes.paragraph("", f"{runs[0].versions}", classes=["fc-versions"]),
                *(
                    nodes.paragraph("", change, classes=["fc-change"])
                    for change in past.describe(matrix.left.label, matrix.right.label)
                ),
            )
        spans = nodes.bullet_list(classes=["fc-versions", "fc-spans"])
        for span in runs:
            item = nodes.paragraph()
            if span.status is None:
                item += nodes.emphasis("", "absent")
            else:
                item += nodes.inline("", MARKS[span.status], classes=["fc-mark", f"fc-mark-{span.status}"])
                item += nodes.Text(f" {matrix.label(span.status)}")
            item += nodes.Text(f": {span.versions}")
            spans += nodes.list_item("", item)
        parts: list[nodes.Node] = [spans]
        for change in past.describe(matrix.left.label, matrix.right.label):
            parts.append(nodes.paragraph("", change, classes=["fc-change"]))
        return _entry(*parts)

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
    ) -> nodes.row:
        # The status here, and whether the row differs on any measured version: what the filter keeps.
        node = nodes.row(classes=[f"fc-status-{row.status}", "fc-differs" if across.differs else "fc-same-everywhere"])
        anchor = self._anchor(pair, row)
        node["ids"].append(anchor)
        self.state.document.ids[anchor] = node
        label = f"{pair.name}-{row_anchor(row.name)}"
        if index:
            std = cast(StandardDomain, self.env.get_domain("std"))
            std.note_hyperlink_target(label, self.env.docname, anchor, row.name)

        name = nodes.paragraph("", "", classes=["fc-member"])
        literal = breakable_literal(row.name)
        if pair.name and not index:
            # A shortened copy of the matrix: the name leads to the row of the full matrix.
            ref = addnodes.pending_xref(
                "", refdomain="std", reftype="ref", reftarget=label, refexplicit=True, refwarn=True
            )
            ref["refdoc"] = self.env.docname
            ref += literal
            name += ref
        else:
            name += literal
        name += nodes.Text(" ")
        # The link reads "Permalink to the result row" to a screen reader; the ¶ that shows comes from the CSS.
        permalink = nodes.reference(
            "", "", refid=anchor, classes=["fc-permalink"], reftitle=f"Permalink to the {row.name} row"
        )
        permalink += nodes.inline("", f"Permalink to the {row.name} row", classes=["fc-visually-hidden"])
        name += permalink
        member_cell = [name]
        if not compact:
            kind = (row.left or row.right).kind  # type: ignore[union-attr]
            member_cell.append(nodes.paragraph("", kind, classes=["fc-kind"]))
        node += _entry(*member_cell)

        paths = related or (f"{matrix.left.path}.{row.name}", f"{matrix.right.path}.{row.name}")
        for member, path in ((row.left, paths[0]), (row.right, paths[1])):
            node += self._side(row, member, path, compact)
        status = self._status(matrix, row, entries, compact, across)
        status += report_line(matrix, row.name, row.status, anchor)
        node += status
        return node

    def _anchor(self, pair: Pair, row: Row) -> str:
        anchor = row_anchor(row.name)
        if anchor in self.state.document.ids:
            # A second matrix on the same page: keep ids unique, still readable.
            prefix = pair.name or row_anchor(pair.left.rpartition(".")[2])
            anchor = f"{prefix}-{anchor}"
            number = 2
            while anchor in self.state.document.ids:
                anchor = f"{prefix}-{row_anchor(row.name)}-{number}"
                number += 1
        return anchor

    def _side(self, row: Row, member: Member | None, path: str, compact: bool) -> nodes.entry:
        if member is None:
            absent = nodes.paragraph("", "", classes=["fc-absent"])
            absent += nodes.emphasis("", "absent")
            return _entry(absent)
        if row.group == "behaviour":
            # What the probe saw: words, not a name to cross-reference; the question goes below.
            answer = nodes.paragraph("", "", classes=["fc-signature", "fc-behaviour"])
            answer += nodes.Text(member.signature or "")
            return _entry(answer, *([nodes.paragraph("", member.doc, classes=["fc-doc"])] if member.doc else []))
        if row.group in ("exception", "class"):
            text = member.defined_in.removeprefix("builtins.")
        else:
            text = row.name + (member.signature or ("" if member.kind in ("property", "data", "class") else "(…)"))
        signature = nodes.paragraph("", "", classes=["fc-signature"])
        signature += self._xref(path, breakable_literal(text))
        parts: list[nodes.Node] = [signature]
        if not compact and member.doc:
            parts.append(nodes.paragraph("", member.doc, classes=["fc-doc"]))
        return _entry(*parts)

    def _status(
        self, matrix: Matrix, row: Row, entries: tuple[Entry, ...], compact: bool, across: Across
    ) -> nodes.entry:
        parts: list[nodes.Node] = []
        if across.varies:
            # The status changed across the measured versions: each run, oldest first, with its deltas.
            for status_of, text, deltas in across.where(matrix.left.label, matrix.right.label):
                line = nodes.paragraph("", "", classes=["fc-status", "fc-status-run"])
                mark = MARKS[status_of] if status_of else "·"
                line += nodes.inline("", mark, classes=["fc-mark", f"fc-mark-{status_of or 'absent'}"])
                line += nodes.Text(" ")
                line += nodes.inline("", text, classes=["fc-word"])
                parts.append(line)
                parts += _deltas(deltas)
        else:
            status = nodes.paragraph("", "", classes=["fc-status"])
            status += nodes.inline("", MARKS[row.status], classes=["fc-mark", f"fc-mark-{row.status}"])
            status += nodes.Text(" ")
            status += nodes.inline("", matrix.label(row.status), classes=["fc-word"])
            parts.append(status)
            parts += _deltas(tuple(delta.text for delta in row.deltas))
        if not compact:
            for note in row.notes:
                parts.append(nodes.paragraph("", f"Note: {note}.", classes=["fc-note"]))
        if entries and matrix.pair:
            why = nodes.paragraph("", "Why: ", classes=["fc-why"])
            for number, entry in enumerate(entries):
                if number:
                    why += nodes.Text("; ")
                ref = addnodes.pending_xref(
                    "",
                    refdomain="std",
                    reftype="doc",
                    reftarget=f"/differences/{matrix.pair}/{entry.id}",
                    refexplicit=True,
                    refwarn=True,
                )
                ref["refdoc"] = self.env.docname
                title = to_plain(entry.title)
                ref += nodes.inline(title, title)
                why += ref
            parts.append(why)
        return _entry(*parts)

    def _legend(self, matrix: Matrix, rows: Iterable[Row], across: dict[str, Across]) -> nodes.Element:
        used: set[str | None] = set()
        for row in rows:
            used.add(row.status)
            used.update(run.status for run in across[row.name].runs if across[row.name].varies)
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
            item += nodes.inline("", "·", classes=["fc-mark", "fc-mark-absent"])
            item += nodes.Text(" ")
            item += nodes.strong("", "on neither side")
            item += nodes.Text(": neither side has it on those versions")
            legend += nodes.list_item("", item)
        return legend

    def _provenance(self, matrix: Matrix, interpreters: list[Measured]) -> nodes.container:
        python = matrix.python
        implementation = implementation_name(python.implementation, "Python")
        text = (
            f"Built by introspecting {matrix.left.path} and {matrix.right.path} on "
            f"{implementation} {python.version or '?'} ({python.platform or '?'}) "
            "when this page was built."
        )
        block = nodes.container(classes=["fc-provenance"])
        block += nodes.paragraph("", text, classes=["fc-python"])
        if interpreters:
            runtimes = sorted({m.runtime for m in interpreters if m.runtime != "native"})
            how = (
                f"The versions column reads the snapshots committed with futcompare, each taken by running that"
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


_BREAK_AFTER = re.compile(r"(?<=[._,])(?=[^\s,)])")


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


def _deltas(texts: tuple[str, ...]) -> list[nodes.Node]:
    if not texts:
        return []
    deltas = nodes.bullet_list(classes=["fc-deltas"])
    for text in texts:
        deltas += nodes.list_item("", nodes.paragraph("", text))
    return [deltas]


def _entry(*children: nodes.Node) -> nodes.entry:
    entry = nodes.entry()
    for child in children:
        entry += child
    return entry


def setup_matrix(app: Sphinx) -> None:
    """Register the ``futcompare-matrix`` directive."""
    app.add_directive("futcompare-matrix", MatrixDirective)
    app.add_node(
        _wbr,
        html=(_visit_wbr_html, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )

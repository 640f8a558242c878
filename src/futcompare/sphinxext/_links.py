"""Where the extension's pages and rows are, and links to them: one place for every part to ask.

The matrix directive, the pair pages, the difference pages and the export all link to each other's
pages and rows; each name and label is written here once.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes

from futcompare.model import row_anchor

#: The folder, under the Sphinx source folder, that the difference pages are generated into.
PAGES_DIR = "differences"


def matrix_docname(pair: str) -> str:
    """The page of a pair's matrix: ``matrix/future``."""
    return f"matrix/{pair}"


def entry_docname(pair: str, entry_id: str) -> str:
    """The difference page of a catalog entry: ``differences/future/result-pending``."""
    return f"{PAGES_DIR}/{pair}/{entry_id}"


def page_label(pair: str, entry_id: str) -> str:
    """The std label of an entry's page, for ``{ref}`` from other pages: ``difference-future-result-pending``."""
    return f"difference-{pair}-{entry_id}"


def row_label(pair: str, name: str) -> str:
    """The std label the matrix directive gives a row: ``future-result``, ``future-dunder-await``."""
    return f"{pair}-{row_anchor(name)}"


def doc_link(docname: str, content: nodes.Node, refdoc: str) -> addnodes.pending_xref:
    """A link to the page *docname* (from the source folder, ``matrix/future``) around *content*, from page
    *refdoc*; Sphinx resolves it, and warns (``-n``) when the page does not exist."""
    return _xref("doc", f"/{docname}", content, refdoc)


def ref_link(label: str, content: nodes.Node, refdoc: str) -> addnodes.pending_xref:
    """A link to the std *label* (a matrix row: :func:`row_label`) around *content*, from page *refdoc*."""
    return _xref("ref", label, content, refdoc)


def _xref(reftype: str, target: str, content: nodes.Node, refdoc: str) -> addnodes.pending_xref:
    ref = addnodes.pending_xref("", refdomain="std", reftype=reftype, reftarget=target, refexplicit=True, refwarn=True)
    ref["refdoc"] = refdoc
    ref += content
    return ref

"""Sphinx configuration of the futcompare site."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

import sphinx_copybutton
import sphinx_design
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError
from sphinx.transforms.post_transforms import SphinxPostTransform

import futcompare

DOCS = Path(__file__).parent

project = "futcompare"
author = "The futcompare developers"
copyright = "2026, the futcompare developers"
release = version = futcompare.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "sphinx_design",
    "autodoc2",
    "futcompare.sphinxext",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path = ["_templates"]  # base.html: the home page's <title>
nitpicky = True
nitpick_ignore = [
    # Names the stdlib does not document, seen in signatures of the public API.
    ("py:class", "Path"),
    ("py:class", "pathlib.Path"),
]

# -- futcompare: this site's catalog and examples (difference pages, "Why" links, JSON export) -----
futcompare_catalog_dir = "../src/futcompare/data/catalog"
futcompare_examples_dir = "../examples"

# -- futcompare: pictures (state diagrams, where callbacks run), drawn by Graphviz's dot (with the ---
# settings of sphinx.ext.graphviz) as SVG, inline in the page; on difference pages, before "## Example".
graphviz_output_format = "svg"
_STATES = "```{futcompare-states} asyncio.Future\n```\n\n```{futcompare-states} concurrent.futures.Future\n```\n"
_CALLBACKS = "```{{futcompare-callbacks}} future/callback_thread.py\n:scenarios: {}\n```\n"
futcompare_diagrams = {
    "differences/future/state-machine": "## In a picture\n\n" + _STATES,
    "differences/future/cancel-running": "## In a picture\n\n" + _STATES,
    "differences/future/repr-states": "## In a picture\n\n" + _STATES,
    "differences/future/callback-thread": "## In a picture\n\n" + _CALLBACKS.format("1, 2, 3, 4"),
    "differences/future/callbacks-scheduled": "## In a picture\n\n" + _CALLBACKS.format("1, 3"),
    "differences/future/callbacks-after-done": "## In a picture\n\n" + _CALLBACKS.format("4"),
}

# -- futcompare: a generated matrix page per registered pair (matrix/<pair>.md), and matrix/index.md --
futcompare_pair_pages = True

# -- MyST ------------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist", "attrs_inline"]
myst_heading_anchors = 3

# -- intersphinx: the Python docs, offline ---------------------------------------------------------
# The inventory is a committed copy of Debian's python3.11-doc objects.inv, so the build reaches no
# network; links still go to docs.python.org/3.
intersphinx_mapping = {"python": ("https://docs.python.org/3", str(DOCS / "python-objects.inv"))}
intersphinx_timeout = 1
intersphinx_disabled_reftypes = ["std:doc"]

# -- HTML: furo (light and dark, search, readable tables) ------------------------------------------
html_theme = "furo"
html_title = "futcompare"
html_last_updated_fmt = None
html_theme_options = {
    "navigation_with_keys": True,
    "top_of_page_buttons": ["view"],
}
html_copy_source = False
# Without an icon every browser asks for /favicon.ico, and logs its 404 on every page.
html_favicon = "_static/futcompare-icon.svg"
# The folders sphinx-copybutton and sphinx-design add at builder-inited, listed here so that the
# configuration Sphinx compares between builds already holds them (see setup() below).
html_static_path = [
    str(Path(sphinx_copybutton.__file__).parent / "_static"),
    str(Path(sphinx_design.__file__).parent / "static"),
]
html_show_sourcelink = False
# Search: the pages that answer readers' questions lead, the API reference comes last (see the file).
html_search_scorer = str(DOCS / "search_scorer.js")

# -- sphinx-copybutton: what each copy button hands over -------------------------------------------
# A >>> session (pycon blocks, doctests in docstrings): its code, without prompts or output, with an empty line
# after each statement that spans lines, so that it runs when pasted into the classic REPL (copybutton_repl.js).
# A shell session ($ lines): the commands, without "$ " or output. A script, JSON, MyST: the whole text.
# Output (what an example or a command prints, shown as text blocks) has no copy button: it runs nowhere.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_remove_prompts = True
copybutton_selector = "div:not(.highlight-text) > div.highlight pre"

# -- sphinx-autodoc2: the Python API, read from the source -----------------------------------------
autodoc2_packages = [
    {
        "path": "../src/futcompare",
        "auto_mode": True,
        # Not analysed at all (not only not shown, as autodoc2_skip_module_regexes does): astroid's analysis
        # of the package is the largest single cost of a cold build, and these modules have no API page.
        "exclude_dirs": ["__pycache__", "sphinxext"],
        "exclude_files": ["__main__.py"],
    }
]
autodoc2_output_dir = "apidocs"
autodoc2_render_plugin = "myst"
autodoc2_docstring_parser_regexes = [(r".*", "rst")]
# The Sphinx extension and the __main__ shim are documented in prose, not as API.
autodoc2_skip_module_regexes = [r"futcompare\.sphinxext.*", r"futcompare\.__main__"]
autodoc2_hidden_objects = ["private", "dunder", "inherited"]
autodoc2_module_all_regexes = []
autodoc2_sort_names = False


# -- Rebuild speed (see "Performance" in the Sphinx extension reference) ---------------------------
def _drop_nested_documents(app: Sphinx, doctree: nodes.document) -> None:
    """Reattach nodes parsed into a nested document to this page's, before the page is pickled.

    autodoc2 parses each docstring into a document of its own (``autodoc2_docstring_parser_regexes``);
    its nodes keep a reference to it, and through its settings to the whole build environment, which
    Sphinx then pickles into every API page (2.3 MB each; sphinx-autodoc2 issue #85).
    """
    for node in doctree.findall():
        if getattr(node, "_document", None) not in (None, doctree):
            node.document = doctree


def _analyse_without_inference_helpers(app: Sphinx | None) -> None:
    """While autodoc2 analyses the package, astroid neither infers attribute assignments nor runs its "brains".

    When astroid builds a module it infers the object of every ``x.attribute = value`` to record the attribute
    on it (for ``aio_queue.maxsize = 2`` in ``futcompare.probes``: the whole ``asyncio`` package, built from
    source), and runs its transforms ("brains": dataclasses, typing, enums, ...) over every node. autodoc2 reads
    neither (it reads the statements of class and module bodies, and infers only decorators and ``__all__``):
    together they were three quarters of its analysis. ``tests/test_docs.py`` checks that autodoc2 finds the same
    items in the package either way. Undone once autodoc2 has run (:func:`_infer_again`).
    """
    from astroid.builder import AstroidBuilder
    from astroid.manager import AstroidManager

    for owner, name, replacement in (
        (AstroidBuilder, "delayed_assattr", _record_nothing),
        (AstroidManager, "visit_transforms", _transform_nothing),
    ):
        _ASTROID.append((owner, name, owner.__dict__[name]))
        setattr(owner, name, replacement)


def _record_nothing(self: object, node: object) -> None:
    """No attribute recorded for an assignment (see :func:`_analyse_without_inference_helpers`)."""


def _transform_nothing(self: object, node: object) -> object:
    """The node as built (see :func:`_analyse_without_inference_helpers`)."""
    return node


def _infer_again(app: Sphinx | None) -> None:
    while _ASTROID:
        owner, name, original = _ASTROID.pop()
        setattr(owner, name, original)


_ASTROID: list[tuple[type, str, Any]] = []


class _NodesKnowTheirDocument(SphinxPostTransform):
    """Before a page is resolved for writing, give every node the document its ``document`` property finds.

    docutils finds a node's document by walking up its parents, on every ``node.document``; Sphinx's
    ``deepcopy``, run on the text of every cross-reference it resolves, asks it of each node it copies: on deep
    pages that walking was a tenth of the write phase. Set from the top down, each node gets what the property
    returned for it (a node's own document, else its parent's), so nothing else changes
    (``tests/test_docs.py``).
    """

    default_priority = 5  # before the cross-references are resolved (ReferencesResolver, 10)

    def run(self, **kwargs: Any) -> None:
        own_documents(self.document)


def own_documents(root: nodes.Node) -> None:
    """Store on each node under *root* (and on *root*) the document that ``node.document`` returns for it."""
    stack: list[tuple[nodes.Node, Any]] = [(root, root.document)]
    while stack:
        node, document = stack.pop()
        document = node._document or document
        node._document = document
        if isinstance(node, nodes.Element):
            stack.extend((child, document) for child in node.children)


def _static_path_once(app: Sphinx) -> None:
    """Drop the second copy of a static folder that an extension appended at builder-inited."""
    app.config.html_static_path = list(dict.fromkeys(app.config.html_static_path))


def _cache_compiled_templates(app: Sphinx) -> None:
    """Keep the theme's compiled Jinja templates in the doctree folder, as Python keeps bytecode.

    Sphinx compiles every template it renders anew in each build, even one that writes no page but
    the index and the search page (about 5% of a no-op rebuild's CPU time here).
    """
    from jinja2 import FileSystemBytecodeCache

    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is not None:
        folder = Path(app.doctreedir) / "jinja2"
        folder.mkdir(parents=True, exist_ok=True)
        environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


def _share_the_sidebar(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """furo's sidebar (the whole toctree, titles only) worked out once per folder, then marked for the page.

    furo asks Sphinx for the whole toctree with ``titles_only=True`` on every page, and parses the HTML to add
    its expand buttons. Sphinx copied each included page's whole table of contents (every section of every API
    page) node by node, then dropped all but its title: a quarter of a cold build's time with twelve pairs.

    Here Sphinx resolves that toctree from tables of contents already cut as ``titles_only`` cuts them, and only
    once per folder, for a name that is no page: no entry is "current", and the links, relative to the folder,
    are those of every page in it. furo renders that once (it caches its rendering of the same HTML). A page
    outside every toctree (the difference pages) gets it as it is; a page in a toctree gets it with the marks
    Sphinx and furo give the current page and its ancestors (:func:`_mark_current`), or, should the tree not
    have the expected shape, the sidebar Sphinx and furo make for that page alone. ``tests/test_docs.py`` checks
    that every page's sidebar is, byte for byte, the one Sphinx and furo make for it without any of this.
    """
    toctree = context.get("toctree")
    if toctree is None:
        return
    folder = posixpath.dirname(pagename)
    if pagename not in _in_a_toctree(app):
        context["toctree"] = lambda **options: _sidebar_of_folder(app, folder, options)
        return

    def marked_later(**options: Any) -> str:
        if options == _FURO_OPTIONS and "furo_navigation_tree" not in context:
            context[_MARK] = folder  # furo renders the folder's tree; _mark_the_page marks it afterwards
            return _sidebar_of_folder(app, folder, options)
        return _with_cut_tocs(app, toctree, options)

    context["toctree"] = marked_later


def _mark_the_page(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """After furo's handler: mark the page's entry in the folder's sidebar furo rendered (see _share_the_sidebar)."""
    folder = context.pop(_MARK, None)
    if folder is None:
        return
    href = app.builder.get_relative_uri(_no_page(folder), pagename)
    marked = _mark_current(context["furo_navigation_tree"], href)
    if marked is None:  # not the shape _mark_current knows: the page's own, as furo makes it
        from furo.navigation import get_navigation_tree

        marked = get_navigation_tree(context["toctree"](**_FURO_OPTIONS))
    context["furo_navigation_tree"] = marked


#: The toctree furo asks for (``furo._compute_navigation_tree``).
_FURO_OPTIONS = {"collapse": False, "titles_only": True, "maxdepth": -1, "includehidden": True}
_MARK = "_futcompare_mark_sidebar"
_TAG = re.compile(r"<(/?)(ul|li)\b([^>]*)>")
_LI_CLASS = re.compile(r' class="(toctree-l\d+)( has-children)?"')


def _mark_current(tree: str, href: str) -> str | None:
    """furo's rendering of a toctree in which no entry is current, as it renders the tree for the page *href*.

    Sphinx gives the page's link ``href="#"`` and the class ``current`` to it and to every list and item that
    holds it; furo checks the expand button of each such item and adds ``current-page`` to the page's own.
    ``None`` when the tree is not as expected (the page linked other than once, an unknown class).
    """
    if f'href="{href}"' not in tree:  # the page is in no entry (the root page): nothing is current
        return tree
    link = f'<a class="reference internal" href="{href}">'
    if tree.count(f'href="{href}"') != 1 or link not in tree:
        return None
    at = tree.index(link)
    holders: list[re.Match[str]] = []
    for tag in _TAG.finditer(tree, 0, at):
        if not tag[1]:
            holders.append(tag)
        elif not holders or holders.pop()[2] != tag[2]:
            return None
    if not holders or holders[-1][2] != "li" or holders[-1].end() != at:
        return None
    edits: list[tuple[int, int, str]] = [(at, at + len(link), '<a class="current reference internal" href="#">')]
    for tag in holders:
        if tag[2] == "ul":
            if tag[3]:
                return None
            edits.append((tag.start(), tag.end(), '<ul class="current">'))
            continue
        classes = _LI_CLASS.fullmatch(tag[3])
        if classes is None:
            return None
        page = " current-page" if tag is holders[-1] else ""
        edits.append((tag.start(), tag.end(), f'<li class="{classes[1]} current{classes[2] or ""}{page}">'))
        if classes[2]:  # the item's expand button: after its link
            button = tree.find("</a>", tag.end()) + len("</a>")
            opening = re.compile(r'<input aria-label="[^"]*"').match(tree, button)
            if opening is None or not tree.startswith(' class="toctree-checkbox"', opening.end()):
                return None
            edits.append((opening.end(), opening.end(), ' checked=""'))
    for start, end, text in sorted(edits, reverse=True):
        tree = tree[:start] + text + tree[end:]
    return tree


def _no_page(folder: str) -> str:
    """A name in *folder* that no page has: its toctree has no current entry."""
    return posixpath.join(folder, "\0")


def _sidebar_of_folder(app: Sphinx, folder: str, options: dict[str, Any]) -> str:
    """The toctree as Sphinx resolves it for a page in *folder* that no toctree includes (once per folder)."""
    key = (folder, tuple(sorted(options.items())))
    if key not in _SIDEBARS:
        resolve = app.builder._get_local_toctree  # type: ignore[attr-defined]  # what toctree() calls

        def toctree(**options: Any) -> str:
            return str(resolve(_no_page(folder), **options))

        _SIDEBARS[key] = _with_cut_tocs(app, toctree, options)
    return _SIDEBARS[key]


def _with_cut_tocs(app: Sphinx, toctree: Any, options: dict[str, Any]) -> str:
    """``toctree(**options)``, resolved from the tables of contents cut to their titles when that is the same."""
    if not options.get("titles_only") or options.get("collapse", True):
        return str(toctree(**options))
    tocs = app.env.tocs
    app.env.tocs = _tocs_cut_to_titles(app)
    try:
        return str(toctree(**options))
    finally:
        app.env.tocs = tocs


_SIDEBARS: dict[tuple[str, tuple[tuple[str, Any], ...]], str] = {}
_INCLUDED: list[set[str]] = []
_CUT_TOCS: list[dict[str, nodes.bullet_list]] = []


def _in_a_toctree(app: Sphinx) -> set[str]:
    """The root document and every document a toctree includes (worked out once per build)."""
    if not _INCLUDED:
        included = {child for children in app.env.toctree_includes.values() for child in children}
        _INCLUDED.append(included | {app.config.root_doc})
    return _INCLUDED[0]


def _tocs_cut_to_titles(app: Sphinx) -> dict[str, nodes.bullet_list]:
    """Every page's table of contents as Sphinx's ``titles_only`` leaves it (worked out once per build).

    The cut is the one ``_entries_from_toctree`` in ``sphinx.environment.adapters.toctree`` makes on its
    copy of each entry: below each top-level item only the nested toctrees stay. It gives the same tree
    when nothing is cut while copying: so only for ``collapse=False`` (furo's call), and a table of
    contents with an ``only`` node (filtered while copying) or a page with a ``tocdepth`` is left whole.
    """
    if not _CUT_TOCS:
        cut: dict[str, nodes.bullet_list] = {}
        for docname, toc in app.env.tocs.items():
            titles = None if app.env.metadata[docname].get("tocdepth") else _cut_to_titles(toc)
            cut[docname] = toc if titles is None else titles
        _CUT_TOCS.append(cut)
    return _CUT_TOCS[0]


def _cut_to_titles(toc: nodes.bullet_list) -> nodes.bullet_list | None:
    """A copy of *toc* as ``titles_only`` cuts it, copying only what stays; None if it has an ``only`` node."""
    from sphinx import addnodes

    if any(True for _ in toc.findall(addnodes.only)):
        return None
    cut = toc.copy()
    for top_level in toc.children:
        if len(top_level) <= 1:
            cut += top_level.deepcopy()
            continue
        item = top_level.copy()
        item += top_level[0].deepcopy()  # type: ignore[index]
        if subtrees := list(top_level.findall(addnodes.toctree)):
            nested = top_level[1].copy()  # type: ignore[index]
            nested += [subtree.deepcopy() for subtree in subtrees]
            item += nested
        item += [child.deepcopy() for child in top_level.children[2:]]  # type: ignore[attr-defined]
        cut += item
    return cut


def _label_toctree_captions(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Give furo's toctree captions (``<p class="caption" role="heading">``) the heading level ARIA requires."""
    for key in ("furo_navigation_tree", "body", "toctree"):
        html = context.get(key)
        if isinstance(html, str) and 'role="heading">' in html:
            context[key] = html.replace('role="heading">', 'role="heading" aria-level="2">')


def _copy_for_the_classic_repl(app: Sphinx, config: Config) -> None:
    """Put copybutton_repl.js's formatCopyText in the place of sphinx-copybutton's, which it calls (renamed)."""
    functions = config.html_context["copybutton_format_func"]
    renamed = functions.replace("function formatCopyText(", "function formatCopyTextOfCopybutton(")
    if renamed == functions:
        raise ExtensionError(
            "sphinx-copybutton has no formatCopyText function any more: adapt docs/copybutton_repl.js to its version"
        )
    config.html_context["copybutton_format_func"] = renamed + "\n" + (DOCS / "copybutton_repl.js").read_text("utf-8")


def setup(app: Sphinx) -> None:
    # furo registers pygments_dark_style when the theme loads, after Sphinx has compared this configuration
    # with the last build's, and sphinx-copybutton and sphinx-design add their static folders then too: each
    # rebuild said "The configuration has changed". Loading furo here, and listing those folders above
    # (their second copies dropped), keeps the configuration the same from one build to the next.
    app.setup_extension("furo")
    app.connect("builder-inited", _static_path_once, priority=900)
    app.connect("config-inited", _copy_for_the_classic_repl, priority=900)  # after sphinx-copybutton's own (500)
    # autodoc2 analyses the package at builder-inited (priority 500): astroid's inference helpers off meanwhile.
    app.connect("builder-inited", _analyse_without_inference_helpers, priority=400)
    app.connect("builder-inited", _infer_again, priority=600)
    app.connect("doctree-read", _drop_nested_documents)
    app.add_post_transform(_NodesKnowTheirDocument)
    app.connect("builder-inited", _cache_compiled_templates)
    app.connect("html-page-context", _share_the_sidebar, priority=400)  # before furo's handler (500)
    app.connect("html-page-context", _mark_the_page, priority=600)  # after it
    app.connect("html-page-context", _label_toctree_captions, priority=900)  # after furo's own handler

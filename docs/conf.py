"""Sphinx configuration of the futcompare site."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

import sphinx_copybutton
import sphinx_design
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError

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

# -- futcompare: pictures (state diagrams, where callbacks run), drawn by Graphviz's dot through -----
# sphinx.ext.graphviz as SVG, inline in the page; on generated difference pages, before "## Example".
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
    """Resolve furo's sidebar (the whole toctree) once per folder for the pages that no toctree includes.

    furo resolves the whole toctree for every page, which costs more as the site grows (a quarter of a
    cold build's time with twelve pairs). For a page outside every toctree (the difference pages) the
    result has no "current" entry, and its links depend only on the page's folder: one answer per
    folder is the same HTML, and furo, which caches its rendering of the same tree, renders it once.
    """
    toctree = context.get("toctree")
    if toctree is None or pagename in _in_a_toctree(app):
        return
    folder = posixpath.dirname(pagename)

    def shared(**options: Any) -> str:
        key = (folder, tuple(sorted(options.items())))
        if key not in _SIDEBARS:
            _SIDEBARS[key] = toctree(**options)
        return _SIDEBARS[key]

    context["toctree"] = shared


_SIDEBARS: dict[tuple[str, tuple[tuple[str, Any], ...]], str] = {}
_INCLUDED: list[set[str]] = []


def _in_a_toctree(app: Sphinx) -> set[str]:
    """The root document and every document a toctree includes (worked out once per build)."""
    if not _INCLUDED:
        included = {child for children in app.env.toctree_includes.values() for child in children}
        _INCLUDED.append(included | {app.config.root_doc})
    return _INCLUDED[0]


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
    app.connect("doctree-read", _drop_nested_documents)
    app.connect("builder-inited", _cache_compiled_templates)
    app.connect("html-page-context", _share_the_sidebar, priority=400)  # before furo's handler (500)
    app.connect("html-page-context", _label_toctree_captions, priority=900)  # after furo's own handler

"""The real site, built once from docs/ into a temporary folder: clean, offline, and linked as promised."""

from __future__ import annotations

import importlib.util
import io
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("furo")

from sphinx.testing.util import SphinxTestApp

# myst-parser 5 still reads a Sphinx attribute that Sphinx 11 will remove: not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::sphinx.deprecation.RemovedInSphinx11Warning")

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SphinxTestApp, Path, str]]:
    """The Sphinx application after its build (cleaned up after the module's tests), its output folder, warnings."""
    out = tmp_path_factory.mktemp("site")
    warnings = io.StringIO()
    # sphinx.testing's app: built into *out*, and what it registers in docutils is undone after the build.
    app = SphinxTestApp(
        "html", srcdir=DOCS, builddir=out, freshenv=True, confoverrides={"nitpicky": True}, status=io.StringIO(),
        warning=warnings,
    )  # fmt: skip
    try:
        app.build()
        yield app, out, warnings.getvalue()
    finally:
        app.cleanup()


@pytest.fixture(scope="module")
def site(built: tuple[SphinxTestApp, Path, str]) -> tuple[Path, str]:
    _, out, warnings = built
    return out / "html", warnings


def test_the_site_builds_without_a_warning(site: tuple[Path, str]) -> None:
    _, warnings = site
    assert warnings == ""


def test_the_site_loads_nothing_from_another_host(site: tuple[Path, str]) -> None:
    html, _ = site
    for page in html.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        loads = re.findall(r'<(?:script|img|iframe)[^>]*\bsrc="(https?:)?//[^"]*"', text)
        loads += re.findall(r'<link[^>]*rel="(?:stylesheet|preload|icon)"[^>]*href="(?:https?:)?//[^"]*"', text)
        assert loads == [], page


def test_no_page_shows_markup_in_its_text(site: tuple[Path, str]) -> None:
    # A behaviour row's question and an example's title are written with `code`: a reader sees code,
    # never the backticks (outside code, where a backtick is the text itself, and outside the docstrings
    # quoted from CPython as they are, such as threading.RLock.acquire's "`blocking` indicates ...").
    html, _ = site
    shown = {}
    for page in [*html.glob("matrix/*.html"), *html.glob("differences/*/*.html")]:
        text = re.sub(r"<(pre|code)\b.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.S)
        text = re.sub(r'<p class="fc-doc"><strong>.*?</p>', "", text, flags=re.S)
        text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", "", text, flags=re.S)
        if "`" in text:
            shown[page.relative_to(html).as_posix()] = re.findall(r".{0,40}`.{0,40}", text)[:2]
    assert shown == {}


def test_the_matrix_page_links_rows_to_python_docs_and_difference_pages(site: tuple[Path, str]) -> None:
    html, _ = site
    page = (html / "matrix" / "future.html").read_text(encoding="utf-8")
    assert '<tr class="fc-status-differs' in page and 'id="result"' in page
    assert 'href="https://docs.python.org/3/library/asyncio-future.html#asyncio.Future.result"' in page
    assert 'href="../differences/future/result-pending.html"' in page
    assert "Built by introspecting asyncio.Future and concurrent.futures.Future on CPython" in page


def test_other_pages_reach_matrix_rows_by_label(site: tuple[Path, str]) -> None:
    html, _ = site
    bridge = (html / "howto" / "bridge.html").read_text(encoding="utf-8")
    assert 'href="../matrix/future.html#result"' in bridge
    home = (html / "index.html").read_text(encoding="utf-8")
    assert 'href="matrix/future.html#add-done-callback"' in home  # the short table leads to the full one


def test_the_cli_page_shows_every_subcommand_help(site: tuple[Path, str]) -> None:
    html, _ = site
    page = (html / "reference" / "cli.html").read_text(encoding="utf-8")
    for command in ("matrix", "pairs", "snapshot", "check"):
        assert f"usage: futcompare {command}" in page


def test_copybutton_strips_prompts(site: tuple[Path, str]) -> None:
    html, _ = site
    script = (html / "_static" / "copybutton.js").read_text(encoding="utf-8")
    # The >>> and ... prompts of a Python session, and the $ of a shell session (tests/browser/test_copying.py
    # checks what a click copies, pasted into the classic REPL and checked by bash).
    assert "'>>> |\\\\.\\\\.\\\\. |\\\\$ '" in script, script[:2000]
    # docs/copybutton_repl.js's formatCopyText, which calls sphinx-copybutton's under another name.
    assert "function formatCopyTextOfCopybutton(" in script and "function formatCopyText(" in script


def test_every_buildable_pair_has_a_matrix_page_listed_on_the_landing_page(site: tuple[Path, str]) -> None:
    from futcompare.sphinxext.pair_pages import buildable_pairs

    html, _ = site
    home = (html / "index.html").read_text(encoding="utf-8")
    for pair, _ in buildable_pairs():
        page = html / "matrix" / f"{pair.name}.html"
        assert page.is_file(), pair.name
        assert f'href="matrix/{pair.name}.html"' in home, pair.name  # one click from the landing page
    assert 'href="differences/future/index.html"' in home  # the count of differences leads to them


def test_the_glance_page_links_every_cell_to_a_row_or_a_difference_page(site: tuple[Path, str]) -> None:
    from futcompare.sphinxext.pair_pages import buildable_pairs

    html, _ = site
    page = (html / "glance.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="row-(?:odd|even)" id="glance-([\w-]+)">(.*?)</tr>', page, re.S)
    assert [name for name, _ in rows] == [pair.name for pair, _ in buildable_pairs()]
    for name, row in rows:
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        assert len(cells) == 6, name
        for cell in cells[1:]:
            (href,) = re.findall(r'href="([^"]+)"', cell)
            assert href.startswith((f"matrix/{name}.html#", f"differences/{name}/")) or href == f"matrix/{name}.html"
    future = dict(rows)["future"]
    assert 'href="differences/future/thread-safety.html"' in future
    assert 'href="matrix/future.html#dunder-await"' in future
    for name in ("event", "condition", "barrier"):
        assert f'href="differences/{name}/thread-safety.html"' in dict(rows)[name]
    # asyncio has no RLock: its thread-safe cell says so and links the page on why, not "not explained yet".
    rlock_safe = re.findall(r"<td>(.*?)</td>", dict(rows)["rlock"], re.S)[2]
    assert 'href="differences/rlock/no-asyncio-rlock.html"' in rlock_safe
    assert re.sub(r"<[^>]+>", "", rlock_safe).strip() == "asyncio.RLock: absent"
    # asyncio.Barrier is absent on 3.9 and 3.10: the pair exists from 3.11, not "3.9 or earlier".
    since = re.findall(r"<td>(.*?)</td>", dict(rows)["barrier"], re.S)[-1]
    assert re.sub(r"<[^>]+>", "", since).strip() == "3.11"


def test_no_page_pickles_the_build_environment(site: tuple[Path, str]) -> None:
    # autodoc2 parses docstrings into documents of their own, whose settings hold the environment
    # (sphinx-autodoc2 issue #85): each API page weighed 2.3 MB until conf.py reattached its nodes.
    html, _ = site
    sizes = {path.relative_to(html.parent).as_posix(): path.stat().st_size for path in html.parent.rglob("*.doctree")}
    assert sizes and max(sizes.values()) < 1_000_000, sorted(sizes.items(), key=lambda item: item[1])[-3:]


def test_rows_of_other_versions_are_counted_and_linked_to_their_reasons(site: tuple[Path, str]) -> None:
    # The landing page counts the rows of every measured version (RLock.locked: 3.14+; the queues'
    # shutdown rows: 3.13+), whichever interpreter built it; the rows link to the entries that explain them.
    html, _ = site
    home = (html / "index.html").read_text(encoding="utf-8")
    counts = dict(re.findall(r'<li id="pair-([a-z-]+)">.*?<span class="fc-pair-count">(\d+ of \d+)</span>', home, re.S))
    assert (counts["queue"], counts["rlock"], counts["future"]) == ("14 of 23", "5 of 5", "17 of 20"), counts
    queue = (html / "matrix" / "queue.html").read_text(encoding="utf-8")
    for anchor in ("shutdown", "queueshutdown-shutdown", "put-nowait-after-shutdown"):
        row = re.search(rf'<tr class="[^"]*" id="{anchor}">(.*?)</tr>', queue, re.S)
        assert row is not None, anchor
        assert 'href="../differences/queue/shutdown.html"' in row.group(1), anchor
    rlock = (html / "matrix" / "rlock.html").read_text(encoding="utf-8")
    row = re.search(r'<tr class="[^"]*" id="locked">(.*?)</tr>', rlock, re.S)
    assert row is not None and 'href="../differences/rlock/locked-method.html"' in row.group(1)
    # The difference page leads to the row, on any interpreter.
    page = (html / "differences" / "rlock" / "locked-method.html").read_text(encoding="utf-8")
    assert 'href="../../matrix/rlock.html#locked"' in page


def test_every_sidebar_is_the_one_sphinx_and_furo_make_page_by_page(built: tuple[SphinxTestApp, Path, str]) -> None:
    # conf.py resolves furo's sidebar from tables of contents cut to their titles, and once per folder for the
    # pages in no toctree: each page must still get, byte for byte, what Sphinx and furo make for it alone.
    from furo.navigation import get_navigation_tree

    app, out, _ = built
    pages = [*sorted(app.env.all_docs), "genindex", "search"]
    for page in pages:
        toctree = app.builder._get_local_toctree(  # type: ignore[attr-defined]
            page, collapse=False, titles_only=True, maxdepth=-1, includehidden=True
        )
        tree = get_navigation_tree(toctree).replace('role="heading">', 'role="heading" aria-level="2">')
        html = (out / "html" / f"{page}.html").read_text(encoding="utf-8")
        assert f'<div class="sidebar-tree">\n  {tree}\n</div>' in html, page
    assert any("current-page" in (out / "html" / f"{page}.html").read_text(encoding="utf-8") for page in pages)


def _conf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("futcompare_site_conf", DOCS / "conf.py")
    assert spec is not None and spec.loader is not None
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    return conf


def _analysed(package: Path) -> list[Any]:
    """Every item autodoc2 finds in the package's modules, as conf.py's autodoc2_packages lists them."""
    import astroid
    from autodoc2.analysis import analyse_module

    astroid.MANAGER.clear_cache()  # modules built by an earlier analysis are not reused
    items: list[Any] = []
    for path in sorted(package.rglob("*.py")):
        if "sphinxext" in path.parts or path.name == "__main__.py":
            continue
        name = ".".join(["futcompare", *path.relative_to(package).with_suffix("").parts]).removesuffix(".__init__")
        items += analyse_module(path, name)
    return items


def test_autodoc2_finds_the_same_items_without_astroid_inference_helpers() -> None:
    pytest.importorskip("autodoc2")
    from astroid.builder import AstroidBuilder
    from astroid.manager import AstroidManager

    package = DOCS.parent / "src" / "futcompare"
    conf = _conf()
    originals = AstroidBuilder.delayed_assattr, AstroidManager.visit_transforms
    conf._analyse_without_inference_helpers(None)
    try:
        quick = _analysed(package)
    finally:
        conf._infer_again(None)
    assert (AstroidBuilder.delayed_assattr, AstroidManager.visit_transforms) == originals
    assert quick == _analysed(package)
    assert any(item["full_name"] == "futcompare.probes" for item in quick)


def test_nodes_get_the_document_their_parents_lead_to() -> None:
    # conf.py stores on each node the document that docutils would find by walking up its parents: a node
    # parsed into a document of its own (as autodoc2 parses docstrings) keeps that one, and so do its children.
    from docutils import nodes
    from docutils.utils import new_document

    page, nested = new_document("page"), new_document("docstring")
    inner = nodes.paragraph("", "", nodes.emphasis("", "text"))
    nested += inner
    section = nodes.section("", nodes.title("", "Title"), nodes.paragraph("", "plain"))
    page += section
    section += inner
    inner.document = nested  # moved into the page, still pointing at the document it was parsed into
    before = {id(node): node.document for node in page.findall()}
    assert before[id(inner)] is nested and before[id(inner[0][0])] is nested and before[id(section[1])] is page
    _conf().own_documents(page)
    assert {id(node): node.document for node in page.findall()} == before
    assert all(node._document is node.document for node in page.findall())


def test_a_sidebar_of_an_unexpected_shape_is_left_to_sphinx_and_furo() -> None:
    # conf.py marks the current page in the folder's sidebar only where it knows the shape: a page linked twice
    # (both links would be marked, and furo's "current-page" goes to the last) is left to Sphinx and furo.
    conf = _conf()
    item = '<li class="toctree-l1"><a class="reference internal" href="a.html">A</a></li>\n'
    assert conf._mark_current(f"<ul>\n{item}</ul>", "a.html") == (
        '<ul class="current">\n<li class="toctree-l1 current current-page">'
        '<a class="current reference internal" href="#">A</a></li>\n</ul>'
    )
    assert conf._mark_current(f"<ul>\n{item}{item}</ul>", "a.html") is None
    assert conf._mark_current(f"<ul>\n{item}</ul>", "b.html") == f"<ul>\n{item}</ul>"

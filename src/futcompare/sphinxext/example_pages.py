"""The generated difference pages: one MyST page per catalog entry, and an index per pair.

Only a project that sets both ``futcompare_catalog_dir`` and ``futcompare_examples_dir``
gets difference pages: any other project that lists the extension uses the directives alone,
and nothing is checked or written. In such a project, at ``builder-inited`` (in the main
process, before any page is read, so ``-j auto`` is safe) every pair that has a catalog is
checked against its matrices (the live one and every committed snapshot's) and its examples;
any gap stops the build with a message naming the file, the entry and the fix; so does a
quoted source snippet that a measured interpreter's snapshot did not find in its stdlib
(:mod:`futcompare.sources`), and an entry whose since/until the measured interpreters do not
bear out (:mod:`futcompare.ranges`). Then ``differences/<pair>/index.md`` and
``differences/<pair>/<entry id>.md`` are written into the source folder, each only when its
text changed, so Sphinx re-reads just what changed; pages of entries that no longer exist
are removed. A page's text holds everything it shows (the catalog text, the example's code
and output, the rows' status), and the ``{download}`` role makes Sphinx track the example
file itself, so no other dependency bookkeeping is needed. A pair none of whose inputs
changed since the last build (its catalog, its examples, the snapshots, the code: see
:mod:`futcompare.sphinxext._rebuild`) is neither checked nor rendered again: its pages on
disk are the ones it would write.

Configuration:

``futcompare_examples_dir``
    The ``examples/`` folder. A relative path is taken from the folder of ``conf.py``.
``futcompare_catalog_dir``
    The folder of the catalog files (``<pair>.json``), relative to the folder of ``conf.py``;
    futcompare's own is ``src/futcompare/data/catalog`` in its repository. Unset (the
    default): no difference pages, no "Why" links, no JSON export.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError
from sphinx.util import logging

from futcompare.catalog import Catalog, CatalogError, check_catalog, load_catalog
from futcompare.catalog import Problem as CatalogProblem
from futcompare.errors import DamagedDataError, FutcompareError
from futcompare.examples import load_example
from futcompare.model import Matrix
from futcompare.pairs import PAIRS, Pair, build_matrix
from futcompare.ranges import check_ranges
from futcompare.snapshots import committed_snapshots, load_snapshot, snapshot_matrices
from futcompare.sources import Resolved, resolve_sources
from futcompare.sphinxext._example_markup import MARKER, PageContext, render_entry_page, render_index_page
from futcompare.sphinxext._links import PAGES_DIR
from futcompare.sphinxext._rebuild import code_stamp, load_state, pair_stamp, save_state

logger = logging.getLogger(__name__)


def setup_example_pages(app: Sphinx) -> None:
    """Register the configuration values and the page generator with *app*."""
    app.add_config_value("futcompare_examples_dir", None, "env", types=(str, type(None)))
    app.add_config_value("futcompare_catalog_dir", None, "env", types=(str, type(None)))
    app.connect("config-inited", _resolve_catalog_dir)
    app.connect("builder-inited", generate_example_pages)
    app.connect("doctree-read", mark_entry_pages_orphan, priority=900)  # after Sphinx records the metadata
    app.connect("html-page-context", title_with_pair)


def setup(app: Sphinx) -> dict[str, Any]:
    """Use the example pages alone, as ``extensions = ["futcompare.sphinxext.example_pages"]``."""
    setup_example_pages(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


@dataclass(frozen=True)
class Problem:
    """One reason the pages cannot be generated, and the file (with line) it points at."""

    location: str
    message: str


def generate_example_pages(app: Sphinx) -> None:
    """Check every catalog, then write the pages that changed and remove those whose entry is gone."""
    srcdir = Path(app.srcdir).resolve()
    examples_dir = examples_dir_of(app)
    catalog_dir = catalog_dir_of(app.config)
    if catalog_dir is None or examples_dir is None:
        if (catalog_dir is None) != (examples_dir is None):
            missing = "futcompare_examples_dir" if examples_dir is None else "futcompare_catalog_dir"
            given = "futcompare_catalog_dir" if examples_dir is None else "futcompare_examples_dir"
            logger.warning(
                f"futcompare: {Path(app.confdir) / 'conf.py'} sets {given} but not {missing};"
                " set both to generate the difference pages",
                type="futcompare",
                subtype="config",
            )
        return  # a project without a catalog and examples of its own: the directives alone
    for folder, name in ((catalog_dir, "futcompare_catalog_dir"), (examples_dir, "futcompare_examples_dir")):
        if not folder.is_dir():
            raise ExtensionError(f"futcompare: {name} is {folder}, which is not a folder; fix it in conf.py")
    pages: dict[Path, str | None] = {}  # None: a page kept as it is on disk
    problems: list[Problem] = []
    for path in sorted(catalog_dir.glob("*.json")):
        if path.stem not in PAIRS:
            problems.append(
                Problem(
                    f"{path}:1",
                    f"catalog {path} names no known pair; rename it to <pair>.json with a pair among"
                    f" {', '.join(PAIRS)}, or delete it",
                )
            )
    kept = load_state(app, "pages")
    code = code_stamp(catalog_dir)
    state: dict[str, Any] = {}
    skipped = 0
    for name, pair in PAIRS.items():
        path = catalog_dir / f"{name}.json"
        if not path.is_file():
            continue
        page_dir = srcdir / PAGES_DIR / name
        stamp = pair_stamp(name, path, examples_dir, code)
        last = kept.get(name) or {}
        if last.get("stamp") == stamp and all((page_dir / page).is_file() for page in last.get("pages", ())):
            # Nothing it is made of changed: its pages on disk are the ones it would write.
            pages.update({page_dir / page: None for page in last["pages"]})
            state[name] = last
            skipped += 1
            continue
        made = _pair_pages(pair, path, examples_dir, page_dir, problems)
        pages.update(made)
        state[name] = {"stamp": stamp, "pages": sorted(page.relative_to(page_dir).as_posix() for page in made)}
    if problems:
        for problem in problems:
            logger.error(problem.message, location=problem.location, type="futcompare", subtype="catalog")
        raise ExtensionError(
            f"futcompare: {len(problems)} problem(s) with the difference catalog and its examples, listed above;"
            " fix them to build the difference pages"
        )
    written = sum(_write_if_changed(path, text) for path, text in pages.items() if text is not None)
    removed = _remove_stale(srcdir / PAGES_DIR, set(pages))
    save_state(app, "pages", state)
    logger.info(
        "futcompare: %d difference page(s): %d written, %d unchanged, %d removed (%d of %d pairs unchanged)",
        len(pages),
        written,
        len(pages) - written,
        removed,
        skipped,
        len(state),
    )


def mark_entry_pages_orphan(app: Sphinx, doctree: nodes.document) -> None:
    """An entry page is linked from its pair's list, not put in a toctree: say so, so Sphinx does not warn.

    furo renders the whole toctree into every page's sidebar; with every entry page in it, that
    sidebar was most of each page's size and, rendered once per page, most of a cold build's time.
    """
    docname = app.env.docname
    folder, _, name = docname.rpartition("/")
    if folder.count("/") != 1 or not folder.startswith(f"{PAGES_DIR}/") or name == "index":
        return
    with open(app.env.doc2path(docname), encoding="utf-8") as file:
        if file.readline().startswith(MARKER):
            app.env.metadata[docname]["orphan"] = True


def title_with_pair(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    """An entry page's ``<title>`` names its pair after the claim, as a search engine shows it.

    The page's heading says the claim alone (``result() on a pending future``); its title reads
    ``result() on a pending future · asyncio.Future vs concurrent.futures.Future``.
    """
    folder, _, name = pagename.rpartition("/")
    pair = PAIRS.get(folder[len(PAGES_DIR) + 1 :]) if folder.startswith(f"{PAGES_DIR}/") else None
    title = context.get("title")
    if pair is None or name == "index" or catalog_dir_of(app.config) is None or not isinstance(title, str):
        return
    context["title"] = f"{title} · {html.escape(pair.title)}"


def examples_dir_of(app: Sphinx) -> Path | None:
    """The ``examples/`` folder: ``futcompare_examples_dir``, from the folder of ``conf.py``; None when unset."""
    value: str | None = app.config.futcompare_examples_dir
    if value is None:
        return None
    return (Path(app.confdir) / value).resolve()


def _resolve_catalog_dir(app: Sphinx, config: Config) -> None:
    """Make a relative ``futcompare_catalog_dir`` absolute, from the folder of ``conf.py``, once for all readers."""
    value: str | None = config.futcompare_catalog_dir
    if value is not None:
        config.futcompare_catalog_dir = str((Path(app.confdir) / value).resolve())


def catalog_dir_of(config: Config) -> Path | None:
    """The folder of the catalog files: ``futcompare_catalog_dir``; None when the project sets none.

    The one answer for the pages, the matrix directive's links and the JSON export alike.
    """
    value: str | None = config.futcompare_catalog_dir
    return None if value is None else Path(value)


def _pair_pages(pair: Pair, path: Path, examples_dir: Path, page_dir: Path, problems: list[Problem]) -> dict[Path, str]:
    """The pages of *pair* by path; an empty dict, with *problems* appended, when its catalog is incomplete."""
    text = path.read_bytes().decode("utf-8", "replace")
    try:
        catalog = load_catalog(pair.name, path)
    except CatalogError as error:
        problems.append(Problem(_location(error.problem, text), str(error)))
        return {}
    except FutcompareError as error:
        problems.append(Problem(f"{path}:1", str(error)))
        return {}
    live: Matrix | None = None
    try:
        live = build_matrix(pair)
    except Exception as error:  # FutcompareError, or code of an introspected class that raised
        problems.append(Problem(f"{path}:1", f"the {pair.name} matrix cannot be built on this interpreter: {error}"))
        return {}
    try:
        snapshots = tuple(snapshot_matrices(pair).values())
        committed = {name: load_snapshot(p) for name, p in committed_snapshots().items()}
    except DamagedDataError as error:
        damaged = re.search(r"(/\S+\.json)", str(error))  # the snapshot file the message names
        where = f"{damaged.group(1)}:1" if damaged else f"{path}:1"
        problems.append(Problem(where, f"the {pair.name} pages need the committed snapshots: {error}"))
        return {}
    found = check_catalog(catalog, [live, *snapshots], examples_dir)
    sources, unresolved = resolve_sources(catalog, committed)
    found += unresolved
    found += check_ranges(catalog, [snapshot.python.version for snapshot in committed.values()], examples_dir)
    problems.extend(Problem(_location(problem, text), problem.message) for problem in found)
    if found:
        return {}
    return _render_pages(pair, catalog, examples_dir, page_dir, live, snapshots, sources)


def _render_pages(
    pair: Pair,
    catalog: Catalog,
    examples_dir: Path,
    page_dir: Path,
    live: Matrix,
    snapshots: tuple[Matrix, ...],
    sources: dict[str, tuple[Resolved, ...]],
) -> dict[Path, str]:
    pages = {page_dir / "index.md": render_index_page(pair, catalog)}
    entries = catalog.entries
    for index, entry in enumerate(entries):
        example_path = (examples_dir / entry.example).resolve()
        context = PageContext(
            pair=pair,
            catalog=catalog,
            example=load_example(example_path),
            example_path=example_path,
            page_dir=page_dir,
            live=live,
            snapshots=snapshots,
            previous=entries[index - 1] if index > 0 else None,
            next=entries[index + 1] if index + 1 < len(entries) else None,
            sources=sources.get(entry.id, ()),
        )
        pages[page_dir / f"{entry.id}.md"] = render_entry_page(entry, context)
    return pages


def _location(problem: CatalogProblem, text: str) -> str:
    """Where *problem* points: the line of its entry's id in the catalog (whose *text* it is), else its file's top."""
    found = problem.entry and re.search(r'"id"\s*:\s*"' + re.escape(problem.entry) + '"', text)
    if found:
        return f"{problem.file}:{text.count(chr(10), 0, found.start()) + 1}"
    return f"{problem.file}:1"


def _write_if_changed(path: Path, text: str) -> bool:
    """Write *text* to *path* unless it holds it already, so an unchanged page keeps its mtime."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def _remove_stale(root: Path, keep: set[Path]) -> int:
    """Delete the generated pages under *root* that are not in *keep*, and folders left empty; leave other files."""
    removed = 0
    for path in sorted(root.glob("*/*.md")) if root.is_dir() else ():
        if path in keep:
            continue
        with path.open(encoding="utf-8") as file:
            generated = file.readline().startswith(MARKER)
        if generated:
            path.unlink()
            removed += 1
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed

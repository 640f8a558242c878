"""What the site publishes for programs and for readers who find a mistake.

- The JSON export: when the html builder finishes, ``data/<pair>.json`` is written for every
  pair that has a catalog, the matrix the site shows in the shape of
  :func:`futcompare.render.matrix_json` (with each row's versions across the committed
  snapshots, the catalog's entries and the page that shows the matrix), and the schema that
  documents that shape is copied to ``data/matrix.schema.json``. Both URLs are stable.
- :func:`export_links`: the paragraph under a pair's full matrix that links to both files.
- :func:`report_url`: a prefilled GitHub new-issue URL for one matrix row.

Configuration:

``futcompare_repository``
    ``owner/name`` of the GitHub repository that receives the reports; default the one in
    ``html_context["source_repository"]`` (furo's setting) when it is a GitHub URL, else
    ``futcompare/futcompare``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote, urlencode

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.domains.std import StandardDomain
from sphinx.environment import CONFIG_OK, BuildEnvironment
from sphinx.util import logging
from sphinx.util.osutil import relative_uri

import futcompare
from futcompare.catalog import Catalog
from futcompare.errors import FutcompareError
from futcompare.model import Matrix, Status
from futcompare.pairs import PAIRS, Pair
from futcompare.render import describe_python, matrix_json
from futcompare.sphinxext._computed import computed
from futcompare.sphinxext._links import entry_docname, row_label
from futcompare.sphinxext._rebuild import code_stamp, load_state, pair_stamp, save_state
from futcompare.sphinxext.example_pages import catalog_dir_of, examples_dir_of
from futcompare.versions import across_rows

logger = logging.getLogger(__name__)

#: Where the exported files go, relative to the root of the built site.
DATA_DIR = "data"
SCHEMA_NAME = "matrix.schema.json"
SCHEMA_PATH = Path(futcompare.__file__).parent / "data" / "schemas" / SCHEMA_NAME
DEFAULT_REPOSITORY = "futcompare/futcompare"
_BUILDERS = ("html", "dirhtml")
_GITHUB = re.compile(r"^(?:https?://)?(?:www\.)?github\.com/([\w.-]+/[\w.-]+?)(?:\.git)?/?$")


def setup_export(app: Sphinx) -> None:
    """Register ``futcompare_repository`` and the JSON export with *app*."""
    app.add_config_value("futcompare_repository", None, "env", types=(str, type(None)))
    app.connect("doctree-resolved", resolve_links)
    app.connect("build-finished", write_exports)


# -- the JSON export -------------------------------------------------------------------------------


def exported_pairs(app: Sphinx) -> list[Pair]:
    """The pairs that have a catalog in the configured catalog folder: those the site exports."""
    folder = catalog_dir_of(app.config)
    if folder is None:
        return []
    return [pair for name, pair in PAIRS.items() if (folder / f"{name}.json").is_file()]


def export_path(pair: str) -> str:
    """``data/future.json``: where a pair's export is, relative to the site's root."""
    return f"{DATA_DIR}/{pair}.json"


def pair_export(app: Sphinx, pair: Pair, matrix: Matrix | None = None) -> dict[str, Any]:
    """The JSON data published as ``data/<pair>.json``: the matrix, its versions, its catalog, its page."""
    known = computed(app.env)
    matrix = matrix if matrix is not None else known.shown(pair)
    folder = catalog_dir_of(app.config)
    if folder is None:
        raise FutcompareError("futcompare_catalog_dir is not set: no catalog to export")
    catalog = known.catalog(pair.name, folder / f"{pair.name}.json")
    history, interpreters = known.history(pair)
    across = across_rows(matrix, history, interpreters)
    data = matrix_json(matrix, catalog.row_entries(matrix), history, interpreters, across)
    page = _matrix_page(app.env, pair, matrix)
    if page is not None:
        data["page"] = app.builder.get_target_uri(page)
    data["catalog"] = _catalog_json(app, catalog)
    return data


def _matrix_page(env: BuildEnvironment, pair: Pair, matrix: Matrix) -> str | None:
    """The document that shows the pair's full matrix: the one its rows' labels point at."""
    std = cast(StandardDomain, env.get_domain("std"))
    for row in matrix.rows:
        target = std.anonlabels.get(row_label(pair.name, row.name))
        if target:
            return target[0]
    return None


def _labelled_docs(env: BuildEnvironment, pair: Pair) -> list[str]:
    """The documents holding a ``{pair}-...`` row label (a superset of :func:`_matrix_page`'s answer), cheaply."""
    std = cast(StandardDomain, env.get_domain("std"))
    prefix = f"{pair.name}-"
    return sorted({target[0] for label, target in std.anonlabels.items() if label.startswith(prefix)})


def _catalog_json(app: Sphinx, catalog: Catalog) -> list[dict[str, Any]]:
    return [
        {
            "id": entry.id,
            "title": entry.title,
            "summary": entry.summary,
            "category": entry.category,
            "members": list(entry.members),
            "since": entry.since,
            "until": entry.until,
            "example": entry.example,
            "url": app.builder.get_target_uri(entry_docname(catalog.pair, entry.id)),
        }
        for entry in catalog.entries
    ]


def write_exports(app: Sphinx, exception: Exception | None) -> None:
    """At the end of an html build: ``data/<pair>.json`` for every pair with a catalog, and the schema."""
    if exception is not None or app.builder.name not in _BUILDERS:
        return
    pairs = exported_pairs(app)
    if not pairs:
        return  # a project without a catalog of its own publishes nothing
    folder = Path(app.outdir) / DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA_PATH, folder / SCHEMA_NAME)
    written = [SCHEMA_NAME]
    kept, state = load_state(app, "export"), {}
    examples_dir, catalog_dir = examples_dir_of(app), catalog_dir_of(app.config)
    assert catalog_dir is not None  # there are pairs to export
    code = code_stamp(catalog_dir)
    for pair in pairs:
        target = folder / f"{pair.name}.json"
        # What the export is made of: the pair's inputs, and where the site shows its matrix and pages.
        made_of = [
            pair_stamp(pair.name, catalog_dir / f"{pair.name}.json", examples_dir, code),
            app.builder.name,
            *_labelled_docs(app.env, pair),
            str(folder),
        ]
        if kept.get(pair.name) == made_of and target.is_file() and app.env.config_status == CONFIG_OK:
            state[pair.name] = made_of
            continue
        try:
            data = pair_export(app, pair)
        except FutcompareError as error:
            message = f"futcompare: cannot export the {pair.name} matrix as JSON: {error}"
            logger.warning(message, type="futcompare", subtype="export")
            continue
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        target.write_text(text, encoding="utf-8")
        written.append(f"{pair.name}.json")
        state[pair.name] = made_of
    save_state(app, "export", state)
    unchanged = len(state) + 1 - len(written)
    logger.info("futcompare: exported %s into %s (%d unchanged)", ", ".join(written), folder, unchanged)


def export_links(pair: str) -> nodes.paragraph:
    """``This matrix as JSON: data/future.json (its schema: data/matrix.schema.json)``.

    The links' URLs are made relative to the page when it is resolved (:func:`resolve_links`).
    """
    paragraph = nodes.paragraph("", "", classes=["fc-export"])
    paragraph += nodes.Text("This matrix as JSON, with each row's versions and the catalog: ")
    for number, path in enumerate((export_path(pair), f"{DATA_DIR}/{SCHEMA_NAME}")):
        if number:
            paragraph += nodes.Text(" (its schema: ")
        link = nodes.reference("", "", refuri=path, classes=["fc-export-link"])
        link["fc_site_path"] = path
        link += nodes.literal(path, path)
        paragraph += link
    paragraph += nodes.Text(").")
    return paragraph


# -- reporting a problem with a row ----------------------------------------------------------------


def repository(config: Config) -> str:
    """``owner/name``: ``futcompare_repository``, else furo's ``source_repository`` on GitHub, else the default.

    >>> from types import SimpleNamespace as Conf
    >>> repository(Conf(futcompare_repository="me/fork", html_context={}))
    'me/fork'
    >>> repository(Conf(futcompare_repository=None, html_context={"source_repository": "https://github.com/a/b/"}))
    'a/b'
    >>> repository(Conf(futcompare_repository=None, html_context={"source_repository": "https://gitlab.com/a/b/"}))
    'futcompare/futcompare'
    """
    configured = getattr(config, "futcompare_repository", None)
    if configured:
        return str(configured).strip("/")
    context = getattr(config, "html_context", None) or {}
    found = _GITHUB.match(str(context.get("source_repository", "")).strip())
    return found.group(1) if found else DEFAULT_REPOSITORY


def report_line(matrix: Matrix, row_name: str, status: Status, anchor: str, taken_from: str = "") -> nodes.paragraph:
    """The "report a problem with this row" link; its URL is made when the page is resolved.

    *taken_from*: the version a row this interpreter lacks was read on (:attr:`futcompare.model.Row.taken_from`).
    """
    link = nodes.reference("", "", refuri="#" + anchor, classes=["fc-report"])
    link["fc_report"] = {
        "pair": matrix.pair or "",
        "left": matrix.left.path,
        "right": matrix.right.path,
        "row": row_name,
        "status": matrix.label(status) + (f" on CPython {taken_from}, absent here" if taken_from else ""),
        "python": describe_python(matrix.python),
        "anchor": anchor,
    }
    link += nodes.Text("Report a problem")
    link += nodes.inline("", f" with the {row_name} row", classes=["fc-visually-hidden"])
    return nodes.paragraph("", "", link, classes=["fc-report-line"])


def report_url(config: Config, report: dict[str, str], page: str) -> str:
    """A GitHub new-issue URL whose title and body name the pair, the row, the Python and the page."""
    pair = report["pair"] or f"{report['left']} vs {report['right']}"
    base = str(getattr(config, "html_baseurl", "") or "")
    where = f"{base.rstrip('/')}/{page}" if base else page
    title = f"Matrix row {pair}/{report['row']}: "
    body = "\n".join(
        (
            f"Pair: {report['left']} vs {report['right']} ({pair})",
            f"Row: {report['row']} ({report['status']})",
            f"Python: {report['python']} (the interpreter that built the page)",
            f"Page: {where}",
            f"Site version: futcompare {futcompare.__version__}",
            "",
            "What is wrong with this row, and what should it say?",
            "",
        )
    )
    return f"https://github.com/{quote(repository(config))}/issues/new?" + urlencode(
        {"title": title, "body": body}, quote_via=quote
    )


def resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Make the export links relative to *docname*, and the report links name its URL."""
    here = app.builder.get_target_uri(docname)
    for link in doctree.findall(nodes.reference):
        if "fc_site_path" in link:
            link["refuri"] = relative_uri(here, link["fc_site_path"])
            del link["fc_site_path"]
        elif "fc_report" in link:
            report = link["fc_report"]
            link["refuri"] = report_url(app.config, report, f"{here}#{report['anchor']}")
            del link["fc_report"]

"""futcompare's Sphinx extension: ``extensions = ["futcompare.sphinxext"]`` in ``conf.py``.

One module per thing it adds, each registering itself:

- :mod:`futcompare.sphinxext.matrix`: the ``futcompare-matrix`` directive;
- :mod:`futcompare.sphinxext.cli`: the ``futcompare-cli`` directive (the CLI's help, read from its parser);
- :mod:`futcompare.sphinxext.example_pages`: a generated page for every catalog entry and its example;
- :mod:`futcompare.sphinxext.pair_pages`: a matrix page per registered pair, the list of pairs
  (``futcompare-pairs``) and the at-a-glance table (``futcompare-glance``);
- :mod:`futcompare.sphinxext.export`: ``data/<pair>.json`` and the schema published with the site, and
  the "report a problem" link of each matrix row;
- :mod:`futcompare.sphinxext.diagrams`: the ``futcompare-states`` and ``futcompare-callbacks`` pictures
  (Graphviz, through ``sphinx.ext.graphviz``), and ``futcompare_diagrams`` to put them on generated pages.

It adds two stylesheets (the matrix's, the pictures'), whose classes all start with ``fc-``, and one script (the
matrix's "show only differences" toggle; without JavaScript every row shows and no control appears).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

from futcompare import __version__
from futcompare.sphinxext.cli import setup_cli
from futcompare.sphinxext.diagrams import setup_diagrams
from futcompare.sphinxext.example_pages import setup_example_pages
from futcompare.sphinxext.export import setup_export
from futcompare.sphinxext.matrix import setup_matrix
from futcompare.sphinxext.pair_pages import setup_pair_pages

STATIC_DIR = Path(__file__).parent / "_static"


def _add_static_path(app: Sphinx, config: Config) -> None:
    # Set at config-inited, before Sphinx compares this configuration with the one the last build pickled:
    # set at builder-inited, after that comparison, every rebuild would report "The configuration has
    # changed". Builders that are not HTML ignore it.
    if str(STATIC_DIR) not in config.html_static_path:
        config.html_static_path = [*config.html_static_path, str(STATIC_DIR)]


def setup(app: Sphinx) -> dict[str, Any]:
    setup_matrix(app)
    setup_cli(app)
    setup_example_pages(app)
    setup_export(app)
    setup_pair_pages(app)
    setup_diagrams(app)
    app.connect("config-inited", _add_static_path)
    app.add_css_file("futcompare.css")
    app.add_js_file("futcompare.js", defer="defer")
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}

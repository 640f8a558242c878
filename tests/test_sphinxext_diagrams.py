"""The futcompare-states and futcompare-callbacks pictures, in a small Sphinx + MyST project built in a temporary
folder: an inline SVG per picture with its label, a figcaption that says the same, and one line when dot is missing."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import docutils_namespace

from futcompare.sphinxext.diagrams import inline_svg

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

PAGE = """# Pictures

```{futcompare-states} concurrent.futures.Future
```

```{futcompare-callbacks} future/callback_thread.py
:scenarios: 2, 3
```
"""


def build(root: Path, dot: str = "dot", page: str = PAGE) -> tuple[str, str]:
    src = root / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "futcompare.sphinxext.diagrams"]\nhtml_theme = "basic"\n'
        f"futcompare_examples_dir = {str(EXAMPLES)!r}\ngraphviz_dot = {dot!r}\n",
        encoding="utf-8",
    )
    (src / "index.md").write_text(page, encoding="utf-8")
    warnings = io.StringIO()
    with docutils_namespace():
        app = Sphinx(
            str(src), str(src), str(root / "html"), str(root / "doctrees"), "html",
            status=io.StringIO(), warning=warnings, freshenv=True,
        )  # fmt: skip
        app.build()
    return (root / "html" / "index.html").read_text(encoding="utf-8"), warnings.getvalue()


@pytest.mark.skipif(not __import__("shutil").which("dot"), reason="Graphviz's dot is not installed")
def test_each_picture_is_inline_svg_with_its_text_alternative(tmp_path: Path) -> None:
    html, warnings = build(tmp_path)
    assert warnings == ""
    figures = re.findall(r"<figure.*?</figure>", html, re.DOTALL)
    assert len(figures) == 3  # the states, and the two scenarios asked for
    for figure in figures:
        assert figure.count("<svg") == 1 and 'role="img"' in figure and "aria-label=" in figure
        assert "<figcaption>" in figure
        assert not re.search(r'\sid="(node|edge|graph)\d+"', figure)  # several pictures share a page
        assert "http://" not in figure.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
            'xmlns:xlink="http://www.w3.org/1999/xlink"', ""
        )
    states = figures[0]
    for state in ("PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"):
        assert f">{state}</text>" in states
    # The table of the figcaption: one row per (from, to) pair.
    assert states.count("<tr") == 1 + 5
    assert "<p><p>" not in states  # cells hold no nested paragraph
    assert "lines 6 to 8 of its output" in figures[1]
    assert "lines 10 to 12 of its output" in figures[2]
    assert "thread worker" in figures[2] and "done callback ran, result 3" in figures[2]


@pytest.mark.skipif(not __import__("shutil").which("dot"), reason="Graphviz's dot is not installed")
def test_each_drawing_is_made_once_and_kept_out_of_the_site(tmp_path: Path) -> None:
    # The same picture twice on the page: dot draws it once, and nothing lands in the site's _images.
    html, _ = build(tmp_path, page=PAGE + "\n```{futcompare-states} concurrent.futures.Future\n```\n")
    assert len(re.findall(r"<figure", html)) == 4
    assert not (tmp_path / "html" / "_images").exists()
    assert len(list((tmp_path / "doctrees" / "futcompare-pictures").glob("*.svg"))) == 3


def test_without_dot_the_build_stops_with_one_line_saying_what_to_install(tmp_path: Path) -> None:
    with pytest.raises(ExtensionError, match=r"install Debian's graphviz \(`apt-get install graphviz`\)") as raised:
        build(tmp_path, dot="no-such-dot-here")
    assert "\n" not in str(raised.value.message)


def test_the_inline_svg_keeps_no_prologue_no_ids_and_shrinks() -> None:
    svg = inline_svg(
        '<?xml version="1.0"?>\n<!DOCTYPE svg>\n<!-- Generated -->\n'
        '<svg width="300pt" height="100pt" viewBox="0 0 300 100">'
        '<g id="graph0" class="graph"><title>t</title></g></svg>',
        'A "picture" & words',
    )
    assert svg.startswith('<svg viewBox="0 0 300 100" class="fc-svg" role="img"')
    assert 'aria-label="A &quot;picture&quot; &amp; words"' in svg
    assert 'style="max-width: 300pt"' in svg and "id=" not in svg and "<?xml" not in svg

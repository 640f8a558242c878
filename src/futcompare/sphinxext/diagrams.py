"""The pictures: a state diagram per Future class, and where done callbacks run, drawn at build time.

In a MyST page::

    ```{futcompare-states} concurrent.futures.Future
    ```

    ```{futcompare-callbacks} future/callback_thread.py
    :scenarios: 1, 2
    ```

``futcompare-states`` reads the class's life cycle on the Python that builds the site (:mod:`futcompare.states`:
the states its module defines, the transitions its methods make) and draws it. ``futcompare-callbacks`` reads the
expected output of an example under ``futcompare_examples_dir`` (the doctest checks it on every interpreter),
whose lines say ``[thread] what happened``, and draws each of its scenarios as numbered steps in one column per
thread (``:scenarios:`` picks some, by number).

Both hand their DOT text to Graphviz's ``dot`` (``graphviz_dot`` and ``graphviz_dot_args`` of
``sphinx.ext.graphviz``, SVG output), and put the SVG inline in the page, so the theme's CSS variables colour it in
light and dark mode and no file is requested (nor written: each drawing is kept in the doctree folder, once per
DOT text, for the next build). Each
picture is a ``<figure>`` whose SVG carries ``role="img"`` and an ``aria-label`` saying the whole picture in words,
and whose ``<figcaption>`` holds the same facts as text: a table of transitions, or the list of steps. Other
builders show the caption and the text alone.

``futcompare_diagrams`` (in ``conf.py``) adds pictures to generated pages: ``{docname: markup}``; the markup (the
directives above, with a heading) goes before the page's ``## Example`` section.

Without Graphviz the build stops with one line saying what to install.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective, SphinxTranslator

from futcompare.diagrams import (
    Scenario,
    grouped_transitions,
    parse_sequence,
    sequence_dot,
    sequence_summary,
    states_dot,
    states_summary,
)
from futcompare.errors import FutcompareError
from futcompare.examples import load_example
from futcompare.states import state_machine

DOT_MISSING = (
    "futcompare: the pictures need Graphviz's dot, which could not be run ({dot!r}): install Debian's graphviz"
    " (`apt-get install graphviz`), or set graphviz_dot in conf.py"
)


class fc_picture(nodes.General, nodes.Element):
    """An inline SVG drawn from DOT text: ``code`` (the DOT text) and ``alt`` (the picture in words)."""


def setup_diagrams(app: Sphinx) -> None:
    """Register the two directives, their node, the stylesheet and ``futcompare_diagrams`` with *app*."""
    app.setup_extension("sphinx.ext.graphviz")
    app.add_config_value("futcompare_diagrams", {}, "env", types=(dict,))
    if "futcompare_examples_dir" not in app.config:  # used alone, without the example pages
        app.add_config_value("futcompare_examples_dir", None, "env", types=(str, type(None)))
    app.add_node(
        fc_picture,
        html=(visit_picture_html, None),
        latex=(skip_picture, None),
        text=(skip_picture, None),
        man=(skip_picture, None),
        texinfo=(skip_picture, None),
    )
    app.connect("config-inited", _resolve_examples_dir)
    app.add_directive("futcompare-states", StatesDirective)
    app.add_directive("futcompare-callbacks", CallbacksDirective)
    app.connect("source-read", add_configured_pictures)
    app.add_css_file("futcompare-diagrams.css")


def _resolve_examples_dir(app: Sphinx, config: Config) -> None:
    """``futcompare_examples_dir`` from the folder of ``conf.py``, as the directive reads it (so does the example
    pages' :func:`~futcompare.sphinxext.example_pages.examples_dir_of`, on an absolute path as on a relative one)."""
    value = config.futcompare_examples_dir
    if value is not None:
        config.futcompare_examples_dir = str((Path(app.confdir) / value).resolve())


def setup(app: Sphinx) -> dict[str, Any]:
    """Use the pictures alone, as ``extensions = ["futcompare.sphinxext.diagrams"]``."""
    setup_diagrams(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# -- Rendering ---------------------------------------------------------------------------------------

_PROLOGUE = re.compile(r"<\?xml.*?\?>|<!DOCTYPE.*?>|<!--.*?-->", re.DOTALL)
_ID = re.compile(r'\s(?:id|xlink:href)="[^"]*"')
_SVG_TAG = re.compile(r"<svg\b(?P<attributes>[^>]*)>")
_SIZE = re.compile(r'\s(?P<name>width|height)="(?P<value>[\d.]+)pt"')


def inline_svg(svg: str, alt: str) -> str:
    """Graphviz's SVG file made fit to sit in a page: no prologue, no ids (several pictures share a page), a
    label for assistive technology, and a width that shrinks with the screen but never grows past the drawing."""
    svg = _ID.sub("", _PROLOGUE.sub("", svg)).strip()
    match = _SVG_TAG.search(svg)
    if match is None:
        raise ExtensionError("futcompare: dot wrote no <svg> element")
    sizes = {size["name"]: size["value"] for size in _SIZE.finditer(match["attributes"])}
    attributes = _SIZE.sub("", match["attributes"])
    width = f' style="max-width: {sizes["width"]}pt"' if "width" in sizes else ""
    label = alt.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    opening = f'<svg{attributes} class="fc-svg" role="img" aria-label="{label}"{width} focusable="false">'
    return svg[: match.start()] + opening + svg[match.end() :]


def draw(builder: Any, code: str) -> str:
    """The SVG that ``dot`` draws from *code*: drawn once per DOT text, and kept in the doctree folder.

    ``sphinx.ext.graphviz``'s own renderer would also write each drawing into the site's ``_images`` folder, where no
    page uses it (the pictures are inline), and draw the same picture again for every page that shows it.
    """
    dot = builder.config.graphviz_dot
    arguments = [*builder.config.graphviz_dot_args, "-Tsvg"]
    key = hashlib.sha1("\0".join([code, dot, *arguments]).encode(), usedforsecurity=False).hexdigest()
    path = Path(builder.doctreedir) / "futcompare-pictures" / f"{key}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        pass
    try:
        done = subprocess.run([dot, *arguments], input=code.encode(), capture_output=True)
    except OSError:
        raise ExtensionError(DOT_MISSING.format(dot=dot)) from None
    if done.returncode != 0 or b"<svg" not in done.stdout:
        message = done.stderr.decode(errors="replace").strip() or f"status {done.returncode}, no SVG"
        raise ExtensionError(f"futcompare: dot failed on a picture: {message}")
    svg = done.stdout.decode()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}")  # parallel writers each write a whole file, then move it
    partial.write_text(svg, encoding="utf-8")
    os.replace(partial, path)
    return svg


def visit_picture_html(self: SphinxTranslator, node: fc_picture) -> None:
    svg = draw(self.builder, node["code"])
    self.body.append(f'<div class="fc-picture">{inline_svg(svg, node["alt"])}</div>\n')  # type: ignore[attr-defined]
    raise nodes.SkipNode


def skip_picture(self: SphinxTranslator, node: fc_picture) -> None:
    """Builders other than HTML show the figure's caption alone, which says the same."""
    raise nodes.SkipNode


# -- Docutils helpers --------------------------------------------------------------------------------


def _paragraph(*children: nodes.Node | str) -> nodes.paragraph:
    paragraph = nodes.paragraph()
    for child in children:
        paragraph += nodes.Text(child) if isinstance(child, str) else child
    return paragraph


def _table(header: tuple[str, ...], rows: list[tuple[list[nodes.Node | str], ...]], classes: list[str]) -> nodes.table:
    table = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(header))
    table += group
    for _ in header:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    row = nodes.row()
    for title in header:
        row += nodes.entry("", _paragraph(title))
    head += row
    group += head
    body = nodes.tbody()
    for cells in rows:
        row = nodes.row()
        for cell in cells:
            row += nodes.entry("", _paragraph(*cell))
        body += row
    group += body
    return table


def _literal(text: str) -> nodes.literal:
    """Inline code that may break after an underscore (``<wbr>``), so a long name fits a phone's table column."""
    literal = nodes.literal(text)
    for index, piece in enumerate(re.findall(r"[^_]*_|[^_]+", text)):
        if index:
            literal += nodes.raw("", "<wbr>", format="html")
        literal += nodes.Text(piece)
    return literal


# -- The directives ----------------------------------------------------------------------------------


class StatesDirective(SphinxDirective):
    """``futcompare-states <class>``: the state diagram of ``asyncio.Future`` or ``concurrent.futures.Future``."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        try:
            machine = state_machine(self.arguments[0])
        except FutcompareError as error:
            raise self.error(f"futcompare-states: {error}") from error
        figure = nodes.figure(classes=["fc-diagram", "fc-states"])
        self.set_source_info(figure)
        figure += fc_picture(code=states_dot(machine), alt=states_summary(machine))
        caption = nodes.caption()
        caption += nodes.Text("The states of ")
        caption += _literal(machine.cls)
        caption += nodes.Text(": the constants of ")
        caption += _literal(machine.module)
        caption += nodes.Text(f" ({', '.join(machine.states)}), and each state change seen when ")
        caption += nodes.Text(", ".join(f"{method}()" for method in machine.methods))
        caption += nodes.Text(
            " were called in every state, read from the Python that built this page."
            f" A new future is {machine.initial}; none of these calls leaves {' or '.join(machine.final)}"
            " (double border)."
        )
        figure += caption
        legend = nodes.legend()
        rows: list[tuple[list[nodes.Node | str], ...]] = [
            ([_literal(source)], _joined(methods), [_literal(target)])
            for source, target, methods in grouped_transitions(machine)
        ]
        legend += _table(("From", "Call", "To"), rows, ["fc-transitions"])
        figure += legend
        return [figure]


def _joined(methods: tuple[str, ...]) -> list[nodes.Node | str]:
    parts: list[nodes.Node | str] = []
    for index, method in enumerate(methods):
        if index:
            parts.append(" or ")
        parts.append(_literal(method))
    return parts


def _scenarios(argument: str) -> list[int]:
    try:
        numbers = [int(part) for part in argument.replace(",", " ").split()]
    except ValueError:
        raise ValueError(f"{argument!r}: give scenario numbers, as '1, 3'") from None
    if not numbers or min(numbers) < 1:
        raise ValueError(f"{argument!r}: scenario numbers start at 1")
    return numbers


class CallbacksDirective(SphinxDirective):
    """``futcompare-callbacks <pair>/<example>.py``: each scenario the example prints, as steps per thread."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"scenarios": _scenarios}

    def run(self) -> list[nodes.Node]:
        folder = self.config.futcompare_examples_dir
        if folder is None:
            raise self.error("futcompare-callbacks: set futcompare_examples_dir in conf.py (the examples/ folder)")
        path = (Path(folder) / self.arguments[0]).resolve()
        try:
            example = load_example(path)
            scenarios = parse_sequence(example.output)
        except FutcompareError as error:
            raise self.error(f"futcompare-callbacks: {path}: {error}") from error
        self.env.note_dependency(str(path))
        chosen = self.options.get("scenarios") or list(range(1, len(scenarios) + 1))
        if max(chosen) > len(scenarios):
            raise self.error(
                f"futcompare-callbacks: {path.name} prints {len(scenarios)} scenarios;"
                f" :scenarios: asks for {max(chosen)}"
            )
        group = nodes.container(classes=["fc-diagram-group"])
        self.set_source_info(group)
        lines = example.output.splitlines()
        for number in chosen:
            group += self._figure(scenarios[number - 1], lines)
        return [group]

    def _figure(self, scenario: Scenario, lines: list[str]) -> nodes.figure:
        figure = nodes.figure(classes=["fc-diagram", "fc-sequence"])
        figure += fc_picture(code=sequence_dot(scenario), alt=sequence_summary(scenario))
        heading = lines.index(scenario.title + ":") + 1
        caption = nodes.caption()
        caption += nodes.Text(f"Where the callbacks run, {scenario.title}: the steps printed by ")
        caption += _literal(f"examples/{self.arguments[0]}")
        caption += nodes.Text(
            f" (lines {heading + 1} to {heading + len(scenario.steps)} of its output), each by the thread that ran it."
        )
        figure += caption
        legend = nodes.legend()
        steps = nodes.enumerated_list(classes=["fc-steps"])
        for step in scenario.steps:
            steps += nodes.list_item("", _paragraph("in thread ", _literal(step.thread), f": {step.text}"))
        legend += steps
        figure += legend
        return figure


# -- Pictures on generated pages ---------------------------------------------------------------------


def add_configured_pictures(app: Sphinx, docname: str, source: list[str]) -> None:
    """Put the markup ``futcompare_diagrams`` gives for *docname* before its ``## Example`` section."""
    markup: str | None = app.config.futcompare_diagrams.get(docname)
    if not markup:
        return
    text = source[0]
    anchor = text.find("\n## Example\n")
    block = "\n" + markup.strip("\n") + "\n"
    source[0] = text + block if anchor < 0 else text[:anchor] + "\n" + block + text[anchor:]

"""The ``futcompare-cli`` directive: the command line's help, read from its argparse parser at build time.

In a MyST page::

    ```{futcompare-cli}
    ```

renders ``futcompare --help`` and then one section per subcommand with its ``--help``, so the
reference page never drifts from :func:`futcompare.cli.build_parser`.
"""

from __future__ import annotations

import argparse
import importlib
import os
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id

logger = logging.getLogger(__name__)

# argparse wraps help to $COLUMNS; a fixed width keeps the page the same on every machine.
_WIDTH = "88"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _help(parser: argparse.ArgumentParser) -> str:
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = _WIDTH
    try:
        return parser.format_help().rstrip() + "\n"
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


class CliDirective(SphinxDirective):
    """Render the help of the parser returned by ``module:function`` (default ``futcompare.cli:build_parser``)."""

    optional_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"prog": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        spec = self.arguments[0] if self.arguments else "futcompare.cli:build_parser"
        module_name, _, function = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
            self.env.note_dependency(str(module.__file__))
            parser = getattr(module, function or "build_parser")()
        except (ImportError, AttributeError, TypeError) as error:
            logger.warning(
                f"futcompare-cli: cannot get the parser from {spec!r}: {error}; "
                "give module:function returning an argparse.ArgumentParser",
                location=self.get_location(),
                type="futcompare",
                subtype="cli",
            )
            return []
        if "prog" in self.options:
            parser.prog = self.options["prog"]
        result: list[nodes.Node] = [self._block(parser)]
        for name, subparser in _subparsers(parser).items():
            title = f"{parser.prog} {name}"
            section = nodes.section(ids=[make_id(self.env, self.state.document, "cli", name)], names=[title])
            self.set_source_info(section)
            section += nodes.title(title, "", nodes.literal(title, title))
            if subparser.description:
                section += nodes.paragraph("", subparser.description.strip().splitlines()[0])
            section += self._block(subparser)
            self.state.document.note_implicit_target(section, section)
            result.append(section)
        return result

    def _block(self, parser: argparse.ArgumentParser) -> nodes.literal_block:
        text = _help(parser)
        block = nodes.literal_block(text, text, classes=["fc-cli-help"])
        block["language"] = "text"
        self.set_source_info(block)
        return block


def setup_cli(app: Sphinx) -> None:
    """Register the ``futcompare-cli`` directive."""
    app.add_directive("futcompare-cli", CliDirective)

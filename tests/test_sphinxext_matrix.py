"""The futcompare-matrix directive, in a small Sphinx + MyST project built in a temporary folder.

The classes compared are defined here, so the expected rows are known exactly; they are named
to the directive by dotted path (this module's name and the class name).
"""

from __future__ import annotations

import io
import platform
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")

from sphinx.testing.util import SphinxTestApp


class LoopSide:
    """The loop side of a synthetic pair."""

    def result(self):  # type: ignore[no-untyped-def]
        """Return the result <now> & never wait."""

    def wait(self, tag="<a & b>"):  # type: ignore[no-untyped-def]
        """Wait for a tag."""

    def done(self):  # type: ignore[no-untyped-def]
        """Same on both sides."""

    def get_loop(self):  # type: ignore[no-untyped-def]
        """Only here."""


class ThreadSide:
    """The thread side of a synthetic pair."""

    def result(self, timeout=None):  # type: ignore[no-untyped-def]
        """Return the result, waiting up to timeout seconds."""

    def wait(self, tag="<a & b>", /):  # type: ignore[no-untyped-def]
        """Wait for a tag."""

    def done(self):  # type: ignore[no-untyped-def]
        """Same on both sides."""

    def running(self):  # type: ignore[no-untyped-def]
        """Only there."""


LEFT = f"{__name__}.LoopSide"
RIGHT = f"{__name__}.ThreadSide"

PAGES = {
    "index": f"""# Synthetic

```{{futcompare-matrix}} {LEFT} {RIGHT}
```

```{{toctree}}
diffs
future
history
queue
refs
bad
filler1
filler2
filler3
```
""",
    "diffs": f"""# Differences only

```{{futcompare-matrix}} {LEFT} {RIGHT}
:only-differences:
```
""",
    "future": """# Future

```{futcompare-matrix} future
:rows: result, get_loop
```
""",
    "history": """# History

```{futcompare-matrix} future
:rows: TimeoutError
```
""",
    "queue": """# Queue

```{futcompare-matrix} queue
```
""",
    "refs": """# References

See {ref}`future-result` and {ref}`the get_loop row <future-get-loop>`.
""",
    "bad": """# Bad input

Line three.

```{futcompare-matrix} nosuchpair
```

```{futcompare-matrix} nosuchmodule.Thing threading.Event
```

```{futcompare-matrix} future
:rows: result, no_such_row
```
""",
    # Enough pages for Sphinx to read in parallel with -j 2 (it does from six documents on).
    "filler1": "# Filler 1\n",
    "filler2": "# Filler 2\n",
    "filler3": "# Filler 3\n",
}


def build(root: Path, parallel: int = 0) -> tuple[Path, str]:
    """Build the project in *root*; the HTML folder and the warnings."""
    src = root / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_parser", "futcompare.sphinxext"]\nhtml_theme = "basic"\n',
        encoding="utf-8",
    )
    for name, text in PAGES.items():
        (src / f"{name}.md").write_text(text, encoding="utf-8")
    warnings = io.StringIO()
    # sphinx.testing's app: built into *root*, and what it registers in docutils is undone after the build.
    app = SphinxTestApp(
        "html", srcdir=src, builddir=root, freshenv=True, status=io.StringIO(), warning=warnings, parallel=parallel
    )
    try:
        app.build()
    finally:
        app.cleanup()
    return root / "html", warnings.getvalue()


class Rows(HTMLParser):
    """Collect each matrix row of a page: its id, classes, and the text and links of its cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: dict[str, dict[str, Any]] = {}
        self._row: dict[str, Any] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "tr" and attributes.get("id"):
            self._row = {"classes": (attributes.get("class") or "").split(), "cells": [], "links": []}
            self.rows[attributes["id"] or ""] = self._row
        elif self._row is not None and tag == "td":
            self._cell = []
        elif self._row is not None and tag == "a":
            self._row["links"].append((attributes.get("class") or "", attributes.get("href")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row["cells"].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def rows_of(html: Path) -> dict[str, dict[str, Any]]:
    parser = Rows()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser.rows


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return build(tmp_path_factory.mktemp("matrix"))


def test_one_row_per_member_with_its_status_and_anchor(site: tuple[Path, str]) -> None:
    html, _ = site
    rows = rows_of(html / "index.html")
    assert list(rows) == ["done", "get-loop", "result", "running", "wait"]
    status = {anchor: row["cells"][3] for anchor, row in rows.items()}
    assert status["done"].startswith("= same")
    assert status["get-loop"].startswith("< only in ")
    assert status["running"].startswith("> only in ")
    assert status["result"].startswith("~ differs")
    assert "parameter timeout=None only in" in status["result"]
    assert "tag is positional-only in" in status["wait"]
    assert "fc-status-differs" in rows["result"]["classes"]
    # The side cells: the signature as code, absent where the side lacks the member.
    # Each side cell starts with its side's label, shown only where the row stacks as a card.
    assert rows["result"]["cells"][1].startswith(f"{LEFT}: result()")
    assert rows["result"]["cells"][2].startswith(f"{RIGHT}: result(timeout=None)")
    assert rows["running"]["cells"][1] == f"{LEFT}: absent"


def test_columns_are_headed_by_the_sides_and_a_legend_lists_the_marks_used(site: tuple[Path, str]) -> None:
    html, _ = site
    page = (html / "index.html").read_text(encoding="utf-8")
    headers = re.findall(r'<p class="fc-side-path"><code[^>]*>(.*?)</code>', page)
    assert [re.sub(r"<[^>]+>", "", header) for header in headers] == [LEFT, RIGHT]
    assert 'class="table-caption fc-python"' in page or 'class="fc-python"' in page
    legend = page[page.index('class="fc-legend') :]
    assert [mark for mark in re.findall(r'fc-mark fc-mark-([a-z-]+)"', legend)] == [
        "same",
        "differs",
        "only-left",
        "only-right",
    ]
    only = (html / "diffs.html").read_text(encoding="utf-8")
    legend = only[only.index('class="fc-legend') :]
    assert "fc-mark-same" not in legend  # built from the marks actually used


def test_angle_brackets_and_ampersands_are_escaped(site: tuple[Path, str]) -> None:
    html, _ = site
    page = (html / "index.html").read_text(encoding="utf-8")
    assert "&lt;now&gt; &amp; never wait" in page
    assert "wait(tag='&lt;a" in page and "&amp;" in page
    assert "<now>" not in page
    assert "'<a & b>'" not in page
    assert "wait(tag='<a & b>', /)" in " ".join(rows_of(html / "index.html")["wait"]["cells"])


def test_only_differences_leaves_out_the_same_rows(site: tuple[Path, str]) -> None:
    html, _ = site
    assert list(rows_of(html / "diffs.html")) == ["get-loop", "result", "running", "wait"]


def test_every_row_has_a_permalink_to_its_own_anchor(site: tuple[Path, str]) -> None:
    html, _ = site
    for anchor, row in rows_of(html / "index.html").items():
        assert ("fc-permalink reference internal", f"#{anchor}") in row["links"]


def test_rows_of_a_registered_pair_are_labels_other_pages_can_ref(site: tuple[Path, str]) -> None:
    html, _ = site
    assert list(rows_of(html / "future.html")) == ["result", "get-loop"]
    refs = (html / "refs.html").read_text(encoding="utf-8")
    assert 'href="future.html#result"' in refs
    assert 'href="future.html#get-loop"' in refs
    assert "the get_loop row" in refs


def test_bad_input_warns_with_page_line_input_and_choices(site: tuple[Path, str]) -> None:
    _, warnings = site
    lines = [line for line in warnings.splitlines() if "bad.md" in line]
    assert len(lines) == 3, warnings
    unknown, unimportable, no_row = lines
    assert re.search(r"bad\.md:5: WARNING: .*unknown pair 'nosuchpair'; known pairs: future, lock, rlock, ev", unknown)
    assert re.search(r"bad\.md:8: WARNING: .*nosuchmodule\.Thing", unimportable)
    assert "asyncio.Event threading.Event" in unimportable
    assert re.search(r"bad\.md:11: WARNING: .*no row 'no_such_row'.*rows: add_done_callback", no_row)
    assert "Traceback" not in warnings
    # Nothing else warns: the good pages build clean.
    assert [line for line in warnings.splitlines() if "WARNING" in line and "bad.md" not in line] == []


def test_labels_survive_a_parallel_build(tmp_path: Path) -> None:
    html, warnings = build(tmp_path, parallel=2)
    refs = (html / "refs.html").read_text(encoding="utf-8")
    assert 'href="future.html#result"' in refs, warnings


def test_registered_pair_rows_carry_one_mark_per_measured_version(site: tuple[Path, str]) -> None:
    html, _ = site
    page = (html / "future.html").read_text(encoding="utf-8")
    rows = rows_of(html / "future.html")
    marks = rows["result"]["cells"][3]  # the marks' column, before the status
    # Each mark says its version and status in words (the sign itself is hidden from screen readers).
    assert marks.startswith("3.9~: differs 3.10~: differs") and "3.15~: differs" in marks, marks
    assert "The version marks read the snapshots committed with futcompare" in page
    assert "natively" in page and "Pyodide" not in page
    # An ad hoc pair has no snapshots, so no marks.
    assert len(rows_of(html / "index.html")["result"]["cells"]) == 4


def test_a_row_that_changed_says_where_it_differs_and_what_changed(site: tuple[Path, str]) -> None:
    html, _ = site
    (row,) = rows_of(html / "history.html").values()
    status = row["cells"][4]
    assert status.startswith("~ differs on 3.9–3.10: different classes; different bases = same from 3.11"), status
    # The details hold the full deltas and what changed at 3.11.
    assert "3.11: asyncio asyncio.exceptions.TimeoutError -> builtins.TimeoutError" in status
    assert "bases: builtins.Exception > builtins.BaseException in asyncio" in status
    assert "fc-differs" in row["classes"] and "fc-status-same" in row["classes"]


def test_rows_of_other_versions_are_shown_with_honest_marks_queue_shutdown(site: tuple[Path, str]) -> None:
    # Built on 3.11 or 3.12, the queue matrix still has the rows of 3.13 and later; built on 3.13 and
    # later, the same rows read the same marks. Each mark says its version and its status in words.
    html, _ = site
    rows = rows_of(html / "queue.html")
    absent = " ".join(f"{v}·: on neither side" for v in ("3.9", "3.10", "3.11", "3.12"))
    for anchor, mark in (
        ("shutdown", "=: same"),
        ("queueshutdown-shutdown", "~: differs"),
        ("put-nowait-after-shutdown", "~: differs"),
    ):
        row = rows[anchor]
        assert row["cells"][3] == absent + " " + " ".join(f"{v}{mark}" for v in ("3.13", "3.14", "3.15")), anchor
        status = row["cells"][4]
        assert status.startswith("· on neither side on 3.9–3.12"), status
        assert ("fc-differs" in row["classes"]) is (mark != "=: same"), anchor
        if sys.version_info >= (3, 13):
            assert "fc-elsewhere" not in row["classes"] and "Not in CPython" not in status
        else:
            assert "fc-elsewhere" in row["classes"] and "fc-status-absent" in row["classes"]
            assert f"Not in CPython {platform.python_version()}, which built this page" in status, status
            assert "read on CPython 3.15.2" in status, status
    assert rows["shutdown"]["cells"][1] == "asyncio: shutdown(immediate=False)"
    # Below the table, once: where the rows this interpreter lacks were read (it lacks none from 3.13 on).
    page = " ".join((html / "queue.html").read_text(encoding="utf-8").split())
    said = "has on neither side were read from the newest committed snapshot that has them (CPython 3.15.2)"
    assert (said in page) is (sys.version_info < (3, 13)), page[-3000:]

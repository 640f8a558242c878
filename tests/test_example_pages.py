"""The generated difference pages: what a page shows, incremental writes, and the checks that fail the build.

Each test builds a small Sphinx project of its own in tmp_path: ``docs/`` (MyST and the
example-pages extension), ``examples/future/`` and a catalog folder, so the tests do
not depend on the site's content.
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import docutils_namespace, patch_docutils

from futcompare.model import row_anchor
from futcompare.pairs import build_matrix, get_pair
from futcompare.snapshots import committed_snapshots, load_snapshot, snapshot_matrices
from futcompare.sphinxext._example_markup import escape, fence

# myst-parser uses Sphinx APIs that Sphinx 9 deprecates; that is theirs to fix, not a failure of these pages.
pytestmark = pytest.mark.filterwarnings(
    "ignore::sphinx.deprecation.RemovedInSphinx10Warning", "ignore::sphinx.deprecation.RemovedInSphinx11Warning"
)

PAIR = get_pair("future")
MATRICES = [build_matrix(PAIR), *snapshot_matrices(PAIR).values()]
#: Every row that any matrix shows as a difference: the catalog must explain them all.
DIFFERING = sorted({row.name for matrix in MATRICES for row in matrix.differences()} - {"__await__"})
LIVE_ROWS = [row.name for row in MATRICES[0].rows]

EXAMPLE_AWAIT = '''\
"""Only an asyncio future can be awaited.

>>> main()
asyncio: await -> 42
<BLANKLINE>
concurrent.futures: no __await__
"""

import asyncio
import concurrent.futures


async def await_it() -> int:
    aio_future = asyncio.get_running_loop().create_future()
    aio_future.set_result(42)
    return await aio_future


def main() -> None:
    print("asyncio: await ->", asyncio.run(await_it()))
    print()
    print("concurrent.futures: no __await__" if not hasattr(concurrent.futures.Future, "__await__") else "?")


if __name__ == "__main__":
    main()
'''

EXAMPLE_REST = '''\
"""Everything else differs too.

>>> main()
they differ
"""


def main() -> None:
    print("they differ")  # the marker line the tests look for


if __name__ == "__main__":
    main()
'''

EXAMPLE_CLASS = '''\
"""The classes as a whole.

On CPython 3.11 and later:

>>> main()
one class

On CPython 3.9 to 3.10:

>>> main()
two classes
"""

import sys


def main() -> None:
    print("one class" if sys.version_info >= (3, 11) else "two classes")


if __name__ == "__main__":
    main()
'''


def entry(entry_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": entry_id,
        "title": f"Title of {entry_id}",
        "members": [],
        "category": "behaviour",
        "since": "3.9",
        "until": None,
        "summary": f"Summary of {entry_id}.",
        "reason": f"Reason of {entry_id}, in *MyST*.",
        "references": [],
        "example": f"future/{entry_id.replace('-', '_')}.py",
        **fields,
    }


def default_entries() -> list[dict[str, Any]]:
    return [
        entry(
            "await-future",
            title="`await` works *only* on [asyncio] $x$ 3 < 4 & {x.y}",
            members=["__await__"],
            category="protocol",
            summary="An asyncio future is awaitable; a concurrent one is not: 3 < 4 > 2, `<b>x</b>` %.",
            reason="A coroutine suspends with **await**.\n\n- a second paragraph, `await aio_future`, not a list",
            evidence="Seen with `inspect`.",
            references=[
                {"title": "asyncio.Future > docs", "url": "https://docs.python.org/3/library/asyncio-future.html"}
            ],
            example="future/await_future.py",
        ),
        entry("the-rest", members=DIFFERING, category="signature", example="future/rest.py"),
        entry("whole-class", example="future/whole.py", category="only-in-one", since="3.9", until="3.10"),
    ]


class Project:
    """A small Sphinx project in a folder: docs/, examples/ and a catalog folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.docs = root / "docs"
        self.examples = root / "examples"
        self.catalog_dir = root / "catalog"
        self.catalog = self.catalog_dir / "future.json"
        self.pages = self.docs / "differences" / "future"
        self.out = root / "_build"
        self.warnings = ""
        self.status = ""

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def write_catalog(self, entries: list[dict[str, Any]]) -> None:
        self.write("catalog/future.json", json.dumps({"pair": "future", "entries": entries}, indent=2) + "\n")

    def build(self, parallel: int = 0, **overrides: Any) -> Sphinx:
        """Build the HTML with warnings as errors, as ``sphinx-build -W`` does; the warnings go to ``self.warnings``."""
        warnings, status = io.StringIO(), io.StringIO()
        # As sphinx-build does: each build gets docutils' registries afresh.
        with patch_docutils(self.docs), docutils_namespace():
            try:
                app = Sphinx(
                    str(self.docs),
                    str(self.docs),
                    str(self.out),
                    str(self.out / ".doctrees"),
                    "html",
                    confoverrides=overrides,
                    status=status,
                    warning=warnings,
                    warningiserror=True,
                    parallel=parallel,
                )
                app.build()
            finally:
                self.warnings, self.status = warnings.getvalue(), status.getvalue()
        assert app.statuscode == 0, self.warnings
        return app

    def fail(self) -> str:
        """Build, expecting the example pages to stop it; the errors logged, with the exception's message."""
        with pytest.raises(ExtensionError) as raised:
            self.build()
        return f"{self.warnings}\n{raised.value}"

    def html(self, docname: str) -> str:
        return (self.out / f"{docname}.html").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = Project(tmp_path)
    project.write(
        "docs/conf.py",
        textwrap.dedent(
            """\
            extensions = ["myst_parser", "futcompare.sphinxext.example_pages"]
            futcompare_catalog_dir = "../catalog"
            futcompare_examples_dir = "../examples"
            myst_heading_anchors = 3
            exclude_patterns = ["_build"]
            """
        ),
    )
    project.write(
        "docs/index.md",
        "# Test site\n\n```{toctree}\nmatrix/future\ndifferences/future/index\n```\n",
    )
    # Stands in for the matrix directive: the std labels it registers, one per live row.
    targets = "\n\n".join(f"(future-{row_anchor(name)})=\n## {name}" for name in LIVE_ROWS)
    project.write("docs/matrix/future.md", f"# The matrix\n\n{targets}\n")
    project.write("examples/future/await_future.py", EXAMPLE_AWAIT)
    project.write("examples/future/rest.py", EXAMPLE_REST)
    project.write("examples/future/whole.py", EXAMPLE_CLASS)
    project.write_catalog(default_entries())
    return project


def test_escape_makes_data_literal() -> None:
    assert escape("a*b*") == "a\\*b\\*"
    assert escape("`x` <y>\n  {ref}") == "\\`x\\` \\<y\\> \\{ref\\}"
    assert escape("plain words, 3.9-3.10: fine") == "plain words, 3.9-3.10: fine"
    # Marks that would open a block at the start of a line: a list, a fence, a comment, a target.
    assert escape("- not a list") == "\\- not a list"
    assert escape("12. not a list") == "12\\. not a list"
    assert escape(":::{note}") == "\\:::\\{note\\}"
    assert escape("% not a comment") == "\\% not a comment"


def test_fence_is_longer_than_backticks_inside() -> None:
    assert fence("print(1)\n", "python") == "```python\nprint(1)\n```"
    assert fence("a ```` b", "text").startswith("`````text\n")


def test_entry_page_shows_the_difference(project: Project) -> None:
    project.build()
    page = (project.pages / "await-future.md").read_text(encoding="utf-8")
    html = project.html("differences/future/await-future")
    text = re.sub(r"<[^>]+>", "", html)

    # Catalog text: code spans and emphasis are markup (the policy); everything else shows as written.
    assert "await works only on [asyncio] $x$ 3 &lt; 4 &amp; {x.y}" in text
    assert (
        '<h1><code class="docutils literal notranslate"><span class="pre">await</span></code> works <em>only</em>'
        in html
    )
    assert "An asyncio future is awaitable; a concurrent one is not: 3 &lt; 4 &gt; 2, &lt;b&gt;x&lt;/b&gt; %." in text
    assert "CPython 3.9+" in text
    assert "Protocols" in text or "protocols" in text
    # The reason: its allowed markup rendered, its second paragraph a paragraph, not a list.
    assert "A coroutine suspends with <strong>await</strong>" in html
    assert "<p>- a second paragraph, <code" in html
    # The code without its docstring, with a download link to the script and the command that runs it.
    assert "aio_future.set_result(42)" in text and "def main() -&gt; None:" in text
    assert "Only an asyncio future can be awaited." in text
    assert '"""' not in page.split("```python", 1)[1].split("```", 1)[0]
    assert re.search(r'href="../../_downloads/[0-9a-f]+/await_future.py"', html)
    assert list((project.out / "_downloads").glob("*/await_future.py"))
    # Run instructions that work for the downloaded file, in any folder, and the versions it is checked on.
    measured = sorted({tuple(map(int, m.python.version.split(".")[:2])) for m in MATRICES[1:]})
    versions = f"{measured[0][0]}.{measured[0][1]} to {measured[-1][0]}.{measured[-1][1]}"
    assert f"Run it yourself on CPython {versions}: download await_future.py" in text
    assert "run python await_future.py in any folder" in text
    assert "examples/future/await_future.py" not in text and "project root" not in text
    # The output the doctest checks, right after the code, with <BLANKLINE> shown as the blank line it stands
    # for; the doctest itself is not shown a second time.
    code_end = page.index("```", page.index("```python") + 3)
    output = page.index("```text\nasyncio: await -> 42\n\nconcurrent.futures: no __await__\n```")
    between = re.sub(r"```\{rst-class\}[^\n]*\n```", "", page[code_end:output])  # a class for the next block
    assert between.count("```") == 1, between  # no block between the code and its output
    assert f"It prints this on CPython {versions}:" in text
    assert "```pycon" not in page and "&gt;&gt;&gt; main()" not in html
    # The <title> and the meta description say the pair and the claim, as plain text.
    assert "<title>await works only on [asyncio] $x$ 3 &lt; 4 &amp; {x.y} · asyncio.Future vs" in html
    description = re.search(r'<meta content="([^"]*)" name="description"', html)
    assert description, "no meta description"
    assert description[1].startswith("asyncio.Future vs concurrent.futures.Future: await works only on [asyncio]")
    assert "An asyncio future is awaitable; a concurrent one is not: 3 &lt; 4 &gt; 2" in description[1]
    assert "\\" not in description[1] and "*" not in description[1]
    assert "Seen with" in text
    assert 'href="https://docs.python.org/3/library/asyncio-future.html"' in html
    assert "asyncio.Future &gt; docs" in text
    # The row it concerns, linked to its label in the matrix page.
    assert 'href="../../matrix/future.html#future-dunder-await"' in html
    # Next in catalog order, and the way back to the list.
    assert 'href="the-rest.html"' in html
    assert 'href="index.html"' in html


def test_entry_page_shows_each_source_at_its_line_on_every_measured_python(project: Project) -> None:
    entries = default_entries()
    entries[0]["sources"] = [
        {
            "file": "Lib/asyncio/futures.py",
            "in": "Future",
            "snippet": "_asyncio_future_blocking = False",
            "what": "a `flag`",
        }
    ]
    project.write_catalog(entries)
    project.build()
    html = project.html("differences/future/await-future")
    text = re.sub(r"<[^>]+>", "", html)
    assert "a flag: Lib/asyncio/futures.py, in Future; line 68 in CPython 3.9.18, 3.10.13, 3.11.7" in text
    # A link to that line in every measured release's source.
    for path in committed_snapshots().values():
        version = load_snapshot(path).python.version
        assert f'href="https://github.com/python/cpython/blob/v{version}/Lib/asyncio/futures.py#L' in html
    assert 'href="https://github.com/python/cpython/blob/v3.9.18/Lib/asyncio/futures.py#L68"' in html
    assert "(Pyodide)" not in text  # every snapshot was measured natively
    assert '<span class="n">_asyncio_future_blocking</span>' in html  # the snippet, as highlighted code


def test_pages_link_rows_and_neighbours(project: Project) -> None:
    project.build()
    rest = project.html("differences/future/the-rest")
    assert 'href="../../matrix/future.html#future-result"' in rest
    # A row that reads otherwise on a snapshot's CPython than on this one says where.
    live = {row.name: row.status for row in MATRICES[0].rows}
    for matrix in MATRICES[1:]:
        for row in matrix.rows:
            if row.name in DIFFERING and live.get(row.name) != row.status:
                version = ".".join(matrix.python.version.split(".")[:2])
                line = next(line for line in rest.splitlines() if f"#future-{row_anchor(row.name)}" in line)
                assert re.search(rf"on CPython [0-9., ]*{re.escape(version)}", line), line
    assert 'href="await-future.html"' in rest and 'href="whole-class.html"' in rest
    # No members: the page links to the matrix as a whole.
    whole = project.html("differences/future/whole-class")
    assert "CPython 3.9–3.10" in whole
    assert 'href="../../matrix/future.html"' in whole
    assert "the classes as a whole" in whole


def test_index_lists_entries_in_catalog_order_with_their_category(project: Project) -> None:
    project.build()
    index = (project.pages / "index.md").read_text(encoding="utf-8")
    assert index.startswith("% Generated")
    assert "# Every difference: asyncio.Future vs concurrent.futures.Future" in index
    assert "1. [`await` works *only* on \\[asyncio\\]" in index and "*(protocols, CPython 3.9+)*" in index
    assert index.index("1. [") < index.index("2. [Title of the-rest](the-rest.md)") < index.index("3. [Title of whole")
    assert "*(only in one of the two, CPython 3.9–3.10)*" in index
    html = project.html("differences/future/index")
    assert "Every difference: asyncio.Future vs concurrent.futures.Future" in html
    assert 'href="await-future.html"' in html and "Summary of the-rest." in html


def test_entry_pages_are_linked_but_in_no_toctree(project: Project) -> None:
    # The theme renders every toctree into every page's sidebar: the entries stay out of it (the
    # build, with warnings as errors, does not warn that they are in no toctree: they are orphans).
    project.build()
    assert "{toctree}" not in (project.pages / "index.md").read_text(encoding="utf-8")
    assert 'href="differences/future/index.html"' in project.html("index")
    assert "the-rest.html" not in project.html("index")
    assert 'href="the-rest.html"' in project.html("differences/future/index")


def test_unchanged_pages_are_not_rewritten(project: Project) -> None:
    project.build()
    before = {path.name: path.stat().st_mtime_ns for path in project.pages.glob("*.md")}
    project.build()
    assert {path.name: path.stat().st_mtime_ns for path in project.pages.glob("*.md")} == before

    entries = default_entries()
    entries[2]["summary"] = "A new summary."
    project.write_catalog(entries)
    project.build()
    after = {path.name: path.stat().st_mtime_ns for path in project.pages.glob("*.md")}
    changed = sorted(name for name in after if after[name] != before[name])
    # The page itself, the list, and the neighbour whose "next" link shows nothing but the title: unchanged.
    assert changed == ["index.md", "whole-class.md"]


def test_a_removed_entry_loses_its_page(project: Project) -> None:
    project.build()
    (project.pages / "notes.md").write_text("# Hand-written\n", encoding="utf-8")
    assert (project.pages / "whole-class.md").exists()
    project.write_catalog(default_entries()[:2])
    (project.examples / "future" / "whole.py").unlink()
    project.write(
        "docs/index.md",
        "# Test site\n\n```{toctree}\nmatrix/future\ndifferences/future/index\ndifferences/future/notes\n```\n",
    )
    project.build()
    assert not (project.pages / "whole-class.md").exists()
    assert (project.pages / "notes.md").exists(), "a page that was not generated is left alone"
    assert "whole-class" not in project.html("differences/future/index")
    assert "whole-class" not in project.html("differences/future/the-rest")


def test_examples_dir_is_configurable(project: Project) -> None:
    (project.examples).rename(project.root / "scripts")
    project.build(futcompare_examples_dir="../scripts")
    assert (project.pages / "the-rest.md").exists()


def test_parallel_build(project: Project) -> None:
    project.build(parallel=2)
    assert "they differ" in project.html("differences/future/the-rest")


def _unexplained_row(project: Project) -> str:
    entries = default_entries()
    entries[1]["members"] = [name for name in DIFFERING if name != "result"]
    project.write_catalog(entries)
    return "row 'result' of the future matrix"


def _unknown_member(project: Project) -> str:
    entries = default_entries()
    entries[0]["members"] = ["__await__", "no_such_member"]
    project.write_catalog(entries)
    return "entry 'await-future' names 'no_such_member', which is no row of the future matrix"


def _missing_example(project: Project) -> str:
    (project.examples / "future" / "rest.py").unlink()
    return "entry 'the-rest': example"


def _example_without_doctest(project: Project) -> str:
    project.write("examples/future/rest.py", '"""Everything else differs too."""\n\nprint("hi")\n')
    return "rest.py has no doctest"


def _stray_example(project: Project) -> str:
    project.write("examples/future/stray.py", EXAMPLE_CLASS)
    return "stray.py belongs to no entry"


def _unrecorded_snippet(project: Project) -> str:
    entries = default_entries()
    entries[0]["sources"] = [{"file": "Lib/asyncio/futures.py", "snippet": "no such line, anywhere", "what": "nothing"}]
    project.write_catalog(entries)
    return (
        "entry 'await-future': sources[0] (Lib/asyncio/futures.py: `no such line, anywhere`) has no record in"
        " snapshot cpython-3.9.json (CPython 3.9.18); run nox -s snapshots"
    )


def _c_source(project: Project) -> str:
    entries = default_entries()
    entries[0]["sources"] = [{"file": "Modules/_asynciomodule.c", "snippet": "future_init(", "what": "C"}]
    project.write_catalog(entries)
    return "entry 'await-future': sources[0]: file 'Modules/_asynciomodule.c' is not a pure-Python stdlib file"


def _typed_line_number(project: Project) -> str:
    entries = default_entries()
    entries[1]["evidence"] = "Lib/asyncio/futures.py (3.11) line 292: `__iter__ = __await__`."
    project.write_catalog(entries)
    return "entry 'the-rest': evidence types a source line number ('line 292')"


def _unmeasured_range(project: Project) -> str:
    entries = default_entries()
    entries[2]["since"] = "3.8"
    project.write_catalog(entries)
    return "entry 'whole-class' says it holds on 3.8–3.10, but CPython 3.8 is not measured"


def _range_end_not_shown(project: Project) -> str:
    entries = default_entries()
    entries[2]["until"] = "3.11"  # the example's output changes between 3.10 and 3.11, not after 3.11
    project.write_catalog(entries)
    return (
        "entry 'whole-class' says it holds on 3.9–3.11, but its example examples/future/whole.py prints the same"
        " on CPython 3.12.1 as on 3.11.7, so no output shows where it ends"
    )


def _broken_catalog(project: Project) -> str:
    project.write("catalog/future.json", '{"pair": "future", "entries": [\n')
    return "not valid JSON"


def _broken_entry(project: Project) -> str:
    entries = default_entries()
    entries[2]["category"] = "mystery"
    project.write_catalog(entries)
    return "entry 'whole-class': category 'mystery' is not one of"


@pytest.mark.parametrize(
    "break_it",
    [
        _unexplained_row,
        _unknown_member,
        _missing_example,
        _example_without_doctest,
        _stray_example,
        _broken_catalog,
        _broken_entry,
        _unrecorded_snippet,
        _c_source,
        _typed_line_number,
        _unmeasured_range,
        _range_end_not_shown,
    ],
)
def test_an_incomplete_catalog_fails_the_build(project: Project, break_it: Any) -> None:
    expected = break_it(project)
    message = project.fail()
    assert expected in message
    assert re.search(r"futcompare: \d+ problem\(s\)", message)
    assert "ERROR" in message
    # The error points at a file and line: the catalog (at the entry it names) or the stray example.
    assert re.search(r"(future\.json|stray\.py):\d+: ERROR", message), message
    assert not project.pages.exists(), "no page is written from a catalog that fails its checks"


def test_the_error_points_at_the_entry_line(project: Project) -> None:
    _unknown_member(project)
    message = project.fail()
    lines = project.catalog.read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if '"id": "await-future"' in line)
    assert f"future.json:{number}: ERROR" in message


EXAMPLE_BY_VERSION = '''\
"""Everything else differs, in words that changed in 3.14.

On CPython 3.14 and later:

>>> main()
new words
<BLANKLINE>
on 3.14+

On CPython 3.9 to 3.13:

>>> main()
old words
"""


def main() -> None:
    print("they differ")


if __name__ == "__main__":
    main()
'''


def test_an_example_with_per_version_output_shows_each_range(project: Project) -> None:
    project.write("examples/future/rest.py", EXAMPLE_BY_VERSION)
    project.build()
    page = (project.pages / "the-rest.md").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", project.html("differences/future/the-rest"))
    # Each range's output, labelled, in the order the docstring gives them; <BLANKLINE> shown as a blank line.
    wrapped = "```{rst-class} fc-example\n```\n\n"  # long lines wrap
    new = page.index(f"**On CPython 3.14 and later**, it prints:\n\n{wrapped}```text\nnew words\n\non 3.14+\n```")
    old = page.index(f"**On CPython 3.9 to 3.13**, it prints:\n\n{wrapped}```text\nold words\n```")
    assert new < old
    assert "On CPython 3.14 and later, it prints:" in text and "On CPython 3.9 to 3.13, it prints:" in text
    # The doctests are in the docstring, which checks them; they are not shown again.
    assert "```pycon" not in page
    # A single-block example keeps its one output, with no label.
    single = (project.pages / "await-future.md").read_text(encoding="utf-8")
    assert "**On CPython" not in single
    assert single.count("```text\n") == 1 and single.count("```pycon\n") == 0


def test_a_range_marked_not_measured_is_shown_as_such_with_no_output(project: Project) -> None:
    gap = EXAMPLE_BY_VERSION.replace("On CPython 3.14 and later:", "On CPython 3.14.10 and later:").replace(
        "On CPython 3.9 to 3.13:", "On CPython 3.13.1 to 3.14.9:\n\nNot measured.\n\nOn CPython 3.9 to 3.13.0:"
    )
    project.write("examples/future/rest.py", gap)
    project.build()
    page = (project.pages / "the-rest.md").read_text(encoding="utf-8")
    assert "depends on the CPython version: 2 outputs" in page
    new = page.index("**On CPython 3.14.10 and later**, it prints:")
    unmeasured = page.index("**Not measured on CPython 3.13.1 to 3.14.9**: no interpreter of that range runs here.")
    old = page.index("**On CPython 3.9 to 3.13.0**, it prints:")
    assert new < unmeasured < old
    assert page.count("```text\n") == 2

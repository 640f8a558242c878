"""Rebuilds do only what changed: the same configuration, no page read again for nothing, one example one page.

Built in the small project of ``test_example_pages`` (MyST, a catalog of three entries and
their examples), with the whole futcompare extension.
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")

from test_example_pages import Project, default_entries, project  # noqa: F401 (project is a fixture)

pytestmark = pytest.mark.filterwarnings(
    "ignore::sphinx.deprecation.RemovedInSphinx10Warning", "ignore::sphinx.deprecation.RemovedInSphinx11Warning"
)

_READ = re.compile(r"^reading sources\.\.\. (?:\[\s*\d+%\] )?(\S+)", re.MULTILINE)


def pages_read(status: str) -> list[str]:
    # With CI set, Sphinx colours its output and rewrites one progress line with carriage returns.
    plain = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", status).replace("\r", "\n")
    return sorted(set(_READ.findall(plain)))


@pytest.fixture
def site(project: Project) -> Project:  # noqa: F811 (the fixture, used by name)
    """The project with the whole extension (matrix directive, pages, export), built once."""
    conf = project.docs / "conf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace("futcompare.sphinxext.example_pages", "futcompare.sphinxext"), encoding="utf-8")
    project.build()
    return project


def test_a_rebuild_keeps_the_configuration_and_reads_nothing(site: Project) -> None:
    export = site.out / "data" / "future.json"
    before = {path: path.stat().st_mtime_ns for path in [*site.pages.glob("*.md"), export]}
    site.build()
    assert "configuration has changed" not in site.status
    assert pages_read(site.status) == []
    assert "(1 of 1 pairs unchanged)" in site.status
    assert {path: path.stat().st_mtime_ns for path in before} == before, "nothing is written again"


def test_editing_one_example_reads_only_its_page_again(site: Project) -> None:
    example = site.examples / "future" / "rest.py"
    example.write_text(example.read_text(encoding="utf-8") + "# One more line.\n", encoding="utf-8")
    site.build()
    assert pages_read(site.status) == ["differences/future/the-rest"]
    assert "# One more line." in site.html("differences/future/the-rest")


def test_editing_an_entry_updates_its_page_and_the_export(site: Project) -> None:
    entries = default_entries()
    entries[1]["summary"] = "A summary edited since the last build."
    site.write_catalog(entries)
    site.build()
    assert "differences/future/the-rest" in pages_read(site.status)
    assert "A summary edited since the last build." in site.html("differences/future/the-rest")
    assert "A summary edited since the last build." in (site.out / "data" / "future.json").read_text(encoding="utf-8")


def test_a_deleted_page_or_export_is_made_again(site: Project) -> None:
    (site.pages / "the-rest.md").unlink()
    (site.out / "data" / "future.json").unlink()
    site.build()
    assert (site.pages / "the-rest.md").is_file()
    assert (site.out / "data" / "future.json").is_file()


def test_a_cold_build_does_everything(site: Project) -> None:
    for path in sorted(site.out.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    site.build()
    assert "(0 of 1 pairs unchanged)" in site.status
    assert "differences/future/the-rest" in pages_read(site.status)


def test_a_build_works_out_each_matrix_once(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The difference pages, the matrix directive and the JSON export share one build's matrices."""
    import futcompare.sphinxext._computed as computed_module

    conf = project.docs / "conf.py"
    text = conf.read_text(encoding="utf-8")
    conf.write_text(text.replace("futcompare.sphinxext.example_pages", "futcompare.sphinxext"), encoding="utf-8")
    project.write("docs/matrix/future.md", "# The matrix\n\n```{futcompare-matrix} future\n```\n")
    asked: list[str] = []
    for name in ("build_matrix", "snapshot_matrices", "pair_history"):
        real = getattr(computed_module, name)
        monkeypatch.setattr(computed_module, name, lambda *a, real=real, name=name: asked.append(name) or real(*a))
    project.build()
    assert "data/future.json" in {p.relative_to(project.out).as_posix() for p in project.out.rglob("*.json")}
    assert sorted(asked) == ["build_matrix", "pair_history", "snapshot_matrices"]
    asked.clear()
    project.build()
    assert asked == [], "a rebuild that reads no page works out no matrix"

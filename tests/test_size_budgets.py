"""Size budgets of the built site: the matrix page stays light, the whole site small.

They read ``docs/_build/html``, so they run after a build: ``nox -s browser`` builds the site and
runs them; elsewhere (the ``tests`` session) they are skipped when no site has been built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SITE = Path(__file__).resolve().parent.parent / "docs" / "_build" / "html"
MATRIX_PAGE_BUDGET = 150 * 1024  # bytes of HTML, the page alone
SITE_BUDGET = 10 * 1024 * 1024  # bytes, every file of the built site

pytestmark = pytest.mark.skipif(
    not (SITE / "index.html").is_file(), reason=f"no built site in {SITE}: run `nox -s docs` (or `nox -s browser`)"
)


def _kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def test_every_matrix_page_is_under_its_budget() -> None:
    pages = sorted((SITE / "matrix").glob("*.html"))
    assert SITE / "matrix" / "future.html" in pages
    for page in pages:
        size = page.stat().st_size
        print(f"matrix/{page.name}: {_kb(size)} (budget {_kb(MATRIX_PAGE_BUDGET)})")
        assert size < MATRIX_PAGE_BUDGET, (
            f"matrix/{page.name} is {_kb(size)}, over its budget of {_kb(MATRIX_PAGE_BUDGET)}"
        )


def test_the_whole_site_is_under_its_budget() -> None:
    files = [path for path in SITE.rglob("*") if path.is_file()]
    size = sum(path.stat().st_size for path in files)
    pages = sum(1 for path in files if path.suffix == ".html")
    print(f"site: {size / 1024 / 1024:.2f} MB in {len(files)} files, {pages} pages (budget 10 MB)")
    biggest = sorted(files, key=lambda path: path.stat().st_size, reverse=True)[:5]
    assert size < SITE_BUDGET, "the site is over 10 MB; its biggest files: " + ", ".join(
        f"{path.relative_to(SITE)} ({_kb(path.stat().st_size)})" for path in biggest
    )

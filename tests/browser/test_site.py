"""The built site as a reader meets it, in headless chromium: pages, links, the matrix, copying, themes, axe."""

from __future__ import annotations

import io
import json
import time
import urllib.request
from collections import Counter, deque
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urldefrag, urlsplit

import pytest

from futcompare.cli import main as futcompare_main

from .site_browser import Browser, Server

MATRIX = "matrix/future.html"
EXAMPLE = "differences/future/result-pending.html"
LANDING = "index.html"
IMPACTS = ("minor", "moderate", "serious", "critical")


def _fetch(server: Server, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(server.base + path.lstrip("/"), timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


@pytest.fixture(scope="module")
def cli_matrix() -> dict[str, Any]:
    """``futcompare matrix future --format json``, run in this process."""
    out = io.StringIO()
    assert futcompare_main(["matrix", "future", "--format", "json"], stdout=out) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


@pytest.fixture(scope="module")
def export(server: Server) -> dict[str, Any]:
    status, body = _fetch(server, "data/future.json")
    assert status == 200, "the site publishes no data/future.json"
    data: dict[str, Any] = json.loads(body)
    return data


def _reset_theme(browser: Browser) -> None:
    browser.js("localStorage.removeItem('theme'); document.body.dataset.theme = 'auto';")


def test_the_published_json_validates_against_the_published_schema(server: Server, export: dict[str, Any]) -> None:
    import jsonschema

    status, body = _fetch(server, "data/matrix.schema.json")
    assert status == 200, "the site publishes no data/matrix.schema.json"
    schema = json.loads(body)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(export)
    # Every row's entries are ids of the published catalog, and every entry's page is on the site.
    ids = [entry["id"] for entry in export["catalog"]]
    assert {entry for row in export["rows"] for entry in row["entries"]} <= set(ids)
    assert all(_fetch(server, entry["url"])[0] == 200 for entry in export["catalog"])


# -- every page, every link ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawl(browser: Browser, server: Server, site: Path) -> dict[str, Any]:
    """Open every page reachable from the landing page; record its console errors, links and ids."""
    pages: dict[str, dict[str, Any]] = {}
    # From the landing page, then every built page (the search page and the indexes too).
    built = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    queue = deque([browser.url(LANDING), *(browser.url(path) for path in built)])
    others: set[str] = set()
    while queue:
        url = queue.popleft()
        if url in pages:
            continue
        errors = browser.open(url)
        found = browser.js(
            """return {
                 links: Array.from(document.querySelectorAll('a[href]'), a => a.href),
                 ids: Array.from(document.querySelectorAll('[id]'), e => e.id)
                      .concat(Array.from(document.querySelectorAll('a[name]'), e => e.name)),
                 elementIds: Array.from(document.querySelectorAll('[id]'), e => e.id),
               };"""
        )
        pages[url] = {"errors": errors, "links": found["links"], "ids": set(found["ids"])}
        pages[url]["duplicate_ids"] = sorted(name for name, n in Counter(found["elementIds"]).items() if n > 1)
        for link in found["links"]:
            target, _ = urldefrag(link)
            if not target.startswith(server.base):
                continue
            if target.endswith(".html") or target.endswith("/"):
                if target not in pages:
                    queue.append(target)
            else:
                others.add(target)
    return {"pages": pages, "others": others}


def test_every_page_loads_without_a_console_error(crawl: dict[str, Any], site: Path, server: Server) -> None:
    pages = crawl["pages"]
    built = {path.relative_to(site).as_posix() for path in site.rglob("*.html")}
    assert set(pages) == {server.base + path for path in built}
    errors = {url: [e["message"] for e in page["errors"]] for url, page in pages.items() if page["errors"]}
    assert errors == {}


def test_no_page_has_two_elements_with_one_id(crawl: dict[str, Any]) -> None:
    # furo's table wrapper copied a captioned table's id: id="id1" twice on every matrix page.
    duplicates = {url: page["duplicate_ids"] for url, page in crawl["pages"].items() if page["duplicate_ids"]}
    assert duplicates == {}
    assert len(crawl["pages"]) > 50


def test_every_internal_link_and_anchor_resolves(crawl: dict[str, Any], server: Server) -> None:
    pages = crawl["pages"]
    broken, checked_links, checked_anchors = [], 0, 0
    for url, page in pages.items():
        for link in page["links"]:
            target, fragment = urldefrag(link)
            if not target.startswith(server.base):
                continue
            checked_links += 1
            if target in pages:
                if fragment:
                    checked_anchors += 1
                    if unquote(fragment) not in pages[target]["ids"]:
                        broken.append(f"{url}: #{fragment} is no id of {target}")
            elif target not in crawl["others"] or _fetch(server, target[len(server.base) :])[0] != 200:
                broken.append(f"{url}: {target} does not load")
    for other in crawl["others"]:
        status, _ = _fetch(server, other[len(server.base) :])
        if status != 200:
            broken.append(f"{other}: HTTP {status}")
    print(f"\ncrawled {len(pages)} pages: {checked_links} internal links, {checked_anchors} of them with an anchor")
    assert broken == []
    assert checked_anchors > 100


def test_the_server_answered_every_request(server: Server, crawl: dict[str, Any]) -> None:
    failed = sorted({(path, status) for path, status in server.served if status >= 400})
    assert failed == []


# -- the matrix ------------------------------------------------------------------------------------


def _rows(browser: Browser) -> list[dict[str, Any]]:
    return browser.js(  # type: ignore[no-any-return]
        """return Array.from(document.querySelectorAll('.fc-matrix-block tbody tr'), tr => ({
             id: tr.id, status: tr.className.match(/fc-status-([a-z-]+)/)[1],
             name: tr.querySelector('.fc-member code').textContent,
             shown: tr.getClientRects().length > 0,
           }));"""
    )


def test_the_matrix_shows_every_row_of_the_export_and_the_cli(
    browser: Browser, export: dict[str, Any], cli_matrix: dict[str, Any]
) -> None:
    assert browser.open(MATRIX) == []
    rows = _rows(browser)
    shown = [(row["name"], row["id"], row["status"]) for row in rows]
    assert all(row["shown"] for row in rows)
    assert shown == [(row["name"], row["anchor"], row["status"]) for row in export["rows"]]
    assert shown == [(row["name"], row["anchor"], row["status"]) for row in cli_matrix["rows"]]
    assert export["page"] == MATRIX


def test_a_row_that_differs_only_on_older_versions_says_where_in_its_status(browser: Browser) -> None:
    browser.open(MATRIX)
    text = browser.js("return document.getElementById('timeouterror').querySelector('td:last-child').innerText;")
    assert "differs on 3.9–3.10" in text and "same from 3.11" in text, text


@pytest.mark.parametrize("page", [LANDING, "matrix/index.html"])
def test_the_pairs_table_counts_the_rows_that_differ_on_any_measured_version(
    browser: Browser, server: Server, page: str
) -> None:
    browser.open(page)
    # A table (the list of all pairs), or one line per pair (the landing page's compact list).
    counts = browser.js(
        """return Array.from(document.querySelectorAll('table.fc-pairs tbody tr, ul.fc-pairs > li'), e =>
             [e.id.replace(/^pair-/, ''),
              e.querySelector('td:nth-child(3), .fc-pair-count').textContent.trim()]);"""
    )
    assert counts
    for pair, count in counts:
        if pair not in _catalog_pairs():
            continue
        rows = json.loads(_fetch(server, f"data/{pair}.json")[1])["rows"]
        assert count == f"{sum(1 for row in rows if row['differs_on'])} of {len(rows)}", pair


# -- every pair -------------------------------------------------------------------------------------


def _catalog_pairs() -> list[str]:
    from futcompare.catalog import CATALOG_DIR
    from futcompare.pairs import PAIRS

    return [name for name in PAIRS if (CATALOG_DIR / f"{name}.json").is_file()]


def _site_pairs() -> list[str]:
    from futcompare.sphinxext.pair_pages import buildable_pairs

    return [pair.name for pair, _ in buildable_pairs()]


@pytest.mark.parametrize("pair", _catalog_pairs())
def test_every_pair_with_a_catalog_publishes_its_matrix_as_the_cli_and_its_page_show_it(
    browser: Browser, server: Server, pair: str
) -> None:
    import jsonschema

    status, body = _fetch(server, f"data/{pair}.json")
    assert status == 200, f"the site publishes no data/{pair}.json"
    export = json.loads(body)
    schema = json.loads(_fetch(server, "data/matrix.schema.json")[1])
    jsonschema.Draft202012Validator(schema).validate(export)
    out = io.StringIO()
    assert futcompare_main(["matrix", pair, "--format", "json"], stdout=out) == 0
    cli = json.loads(out.getvalue())
    assert export["page"] == f"matrix/{pair}.html"
    assert browser.open(export["page"]) == []
    shown = [(row["name"], row["id"], row["status"]) for row in _rows(browser)]
    # A row the building interpreter has on neither side (RLock.locked on 3.11) has no status there: absent.
    assert shown == [(row["name"], row["anchor"], row["status"] or "absent") for row in export["rows"]]
    assert shown == [(row["name"], row["anchor"], row["status"] or "absent") for row in cli["rows"]]
    # A difference is a row that differs on any measured version: the page (what its filter keeps),
    # the export and the CLI agree on which rows those are.
    differs = browser.js(
        "return Array.from(document.querySelectorAll('.fc-matrix-block tbody tr'),"
        " tr => tr.classList.contains('fc-differs'));"
    )
    assert differs == [bool(row["differs_on"]) for row in export["rows"]]
    assert [row["differs_on"] for row in export["rows"]] == [row["differs_on"] for row in cli["rows"]]
    # Every row that differs somewhere says why, with a link to a difference page of this pair that loads.
    for row in export["rows"]:
        if row["differs_on"] and row["status"] != "cannot-compare":
            assert row["entries"], f"{pair}: row {row['name']} has no entry"
    assert all(_fetch(server, entry["url"])[0] == 200 for entry in export["catalog"])


@pytest.mark.parametrize("pair", _site_pairs())
def test_any_pair_is_two_clicks_from_the_landing_page(browser: Browser, server: Server, pair: str) -> None:
    """Landing page -> the pair's matrix (one click); matrix -> its every-difference page (a second)."""
    browser.open(LANDING)
    links = browser.js("return Array.from(document.querySelectorAll('.fc-pairs a[href]'), a => a.href);")
    assert server.base + f"matrix/{pair}.html" in links
    if pair in _catalog_pairs():
        assert server.base + f"differences/{pair}/index.html" in links
        browser.open(f"matrix/{pair}.html")
        matrix_links = browser.js("return Array.from(document.querySelectorAll('article a[href]'), a => a.href);")
        assert server.base + f"differences/{pair}/index.html" in matrix_links


def test_every_glance_cell_links_to_a_matrix_row_or_a_difference_page_that_exists(
    browser: Browser, server: Server
) -> None:
    browser.open("glance.html")
    cells = browser.js(
        """return Array.from(document.querySelectorAll('table.fc-glance tbody tr'), tr =>
             Array.from(tr.querySelectorAll('td'), td => Array.from(td.querySelectorAll('a[href]'), a => a.href)));"""
    )
    assert len(cells) == len(_site_pairs())
    for row in cells:
        for links in row:
            assert len(links) == 1, row
            target, fragment = urldefrag(links[0])
            assert _fetch(server, target[len(server.base) :])[0] == 200, links[0]
            if fragment:
                browser.open(target[len(server.base) :])
                assert browser.js("return !!document.getElementById(arguments[0]);", fragment), links[0]


def test_the_matrix_links_its_json_export(browser: Browser, server: Server) -> None:
    browser.open(MATRIX)
    links = browser.js("return Array.from(document.querySelectorAll('a.fc-export-link'), a => a.href);")
    assert links == [server.base + "data/future.json", server.base + "data/matrix.schema.json"]


def test_the_filter_hides_and_shows_rows_by_keyboard(browser: Browser, export: dict[str, Any]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.open(MATRIX)
    button = browser.driver.find_element(By.CSS_SELECTOR, ".fc-matrix-block button.fc-filter")
    assert button.text.endswith("Show only differences") and button.get_attribute("aria-pressed") == "false"
    # A row that differs on any measured version is a difference: TimeoutError (two classes before 3.11) stays.
    differing = [row["anchor"] for row in export["rows"] if row["differs_on"]]
    same = [row["anchor"] for row in export["rows"] if not row["differs_on"]]
    assert differing and same and "timeouterror" in differing

    button.send_keys(Keys.ENTER)
    rows = _rows(browser)
    assert [row["id"] for row in rows if row["shown"]] == differing
    assert button.get_attribute("aria-pressed") == "true"
    status = browser.js("return document.querySelector('.fc-filter-status').textContent;")
    assert f"Showing {len(differing)} of {len(export['rows'])} rows" in status

    button.send_keys(Keys.SPACE)
    assert all(row["shown"] for row in _rows(browser))
    assert button.get_attribute("aria-pressed") == "false"

    # With the filter on, a link to a row it hides shows every row again.
    button.click()
    browser.driver.get(browser.url(f"{MATRIX}#{same[0]}"))
    browser.wait_for(f"document.getElementById('{same[0]}').getClientRects().length > 0")
    assert button.get_attribute("aria-pressed") == "false"


def test_the_rows_of_other_versions_show_and_the_filter_keeps_those_that_differ(
    browser: Browser, server: Server
) -> None:
    from selenium.webdriver.common.by import By

    # Queue.shutdown and its exceptions exist from 3.13: on the queue page whichever CPython built it.
    export = json.loads(_fetch(server, "data/queue.json")[1])
    rows = {row["anchor"]: row for row in export["rows"]}
    assert not rows["shutdown"]["differs_on"] and rows["queueshutdown-shutdown"]["differs_on"]
    browser.open("matrix/queue.html")
    found = browser.js(
        """const tr = document.getElementById('shutdown');
           return {marks: Array.from(tr.querySelectorAll('.fc-vmark'), m => m.textContent),
                   status: tr.querySelector('td:last-child').innerText};"""
    )
    assert found["marks"][3] == "3.12·: on neither side" and found["marks"][4] == "3.13=: same", found
    assert "on neither side on 3.9–3.12" in found["status"] and "same from 3.13" in found["status"], found
    taken = rows["shutdown"]["taken_from"]
    if taken is not None:  # built on 3.12 or older: the cells say which version they were read on
        assert f"read on CPython {taken['version']}" in found["status"], found
    browser.driver.find_element(By.CSS_SELECTOR, ".fc-matrix-block button.fc-filter").click()
    shown = {row["id"] for row in _rows(browser) if row["shown"]}
    assert "queueshutdown-shutdown" in shown and "put-nowait-after-shutdown" in shown
    assert "shutdown" not in shown  # the same wherever it exists


def test_without_javascript_every_row_shows_and_no_control(browser: Browser) -> None:
    browser.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.open(MATRIX)
        assert browser.driver.find_elements("css selector", ".fc-filter, .fc-toolbar") == []
        rows = browser.driver.find_elements("css selector", ".fc-matrix-block tbody tr")
        assert rows and all(row.is_displayed() for row in rows)
    finally:
        browser.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def _settle(browser: Browser) -> None:
    """Wait for smooth scrolling to stop."""
    last = None
    for _ in range(40):
        now = browser.js("return window.scrollY;")
        if now == last:
            return
        last = now
        time.sleep(0.05)


def test_a_row_permalink_lands_on_its_row_below_the_sticky_header(browser: Browser) -> None:
    browser.open(LANDING)
    browser.open(f"{MATRIX}#add-done-callback")
    _settle(browser)
    found = browser.js(
        """const row = document.querySelector(':target');
           const rect = row.getBoundingClientRect();
           const head = row.closest('table').querySelector('thead th').getBoundingClientRect();
           return {id: row.id, top: rect.top, bottom: rect.bottom, height: innerHeight, head: head.bottom};"""
    )
    assert found["id"] == "add-done-callback"
    assert 0 <= found["top"] < found["height"], found
    assert found["top"] >= found["head"] - 1, "the sticky header covers the row"


def test_the_header_row_stays_in_view_when_the_page_scrolls(browser: Browser) -> None:
    browser.open(MATRIX)
    browser.js("document.getElementById('set-result').scrollIntoView({block: 'center', behavior: 'instant'});")
    _settle(browser)
    found = browser.js(
        """const table = document.getElementById('set-result').closest('table');
           const head = table.querySelector('thead th').getBoundingClientRect();
           return {head: head.top, table: table.getBoundingClientRect().top};"""
    )
    assert found["table"] < 0, "the table's top should have scrolled out of view"
    assert abs(found["head"]) < 2, found


DESKTOP = (1400, 1000)
PHONE = (390, 844)


def _viewport(browser: Browser, width: int, height: int) -> dict[str, int]:
    """Resize the window so that the page's viewport is *width* x *height*; return the old window size."""
    size: dict[str, int] = browser.driver.get_window_size()
    # The window's frame around the viewport (none in headless mode, but never assume it), measured before
    # resizing: the viewport read right after a resize can still be the old one. Then wait for the new one.
    frame = browser.js("return [outerWidth - innerWidth, outerHeight - innerHeight];")
    browser.driver.set_window_size(width + max(0, frame[0]), height + max(0, frame[1]))
    browser.wait_for(f"innerWidth === {width} && innerHeight === {height}")
    return size


def _restore(browser: Browser, size: dict[str, int]) -> None:
    browser.driver.set_window_size(size["width"], size["height"])


def test_at_least_ten_matrix_rows_fit_one_desktop_screen(browser: Browser) -> None:
    size = _viewport(browser, *DESKTOP)
    try:
        browser.open(MATRIX)
        found = browser.js(
            """const rows = Array.from(document.querySelectorAll('table.fc-matrix tbody tr'));
               rows[0].scrollIntoView({block: 'start', behavior: 'instant'});
               const top = rows[0].getBoundingClientRect().top;
               const whole = rows.filter(r => { const b = r.getBoundingClientRect();
                                                return b.top >= top - 1 && b.bottom <= innerHeight + 1; });
               const heights = rows.map(r => r.getBoundingClientRect().height);
               return {viewport: [innerWidth, innerHeight], top, rows: whole.length,
                       average: heights.reduce((a, b) => a + b, 0) / heights.length};"""
        )
    finally:
        _restore(browser, size)
    print(f"\n{found['rows']} rows within one {found['viewport']} screen; {found['average']:.0f} px a row on average")
    assert found["viewport"] == list(DESKTOP)
    assert found["rows"] >= 10, found


def test_each_row_has_one_mark_per_measured_version_said_in_words(browser: Browser, export: dict[str, Any]) -> None:
    browser.open(MATRIX)
    rows = browser.js(
        """return Array.from(document.querySelectorAll('table.fc-matrix tbody tr'), tr =>
             Array.from(tr.querySelectorAll('.fc-vmark'), m => ({
               text: m.textContent, status: m.className.match(/fc-mark-([a-z-]+)/)[1],
               sign: m.querySelector('[aria-hidden="true"]').textContent})));"""
    )
    labels = [m["label"] for m in export["measured"]]
    assert len(rows) == len(export["rows"]) and len(labels) == 7
    for marks, row in zip(rows, export["rows"]):
        expected = {}
        for span in row["versions"]:
            first, last = labels.index(span["first"]), labels.index(span["last"])
            expected.update({label: span["status"] or "absent" for label in labels[first : last + 1]})
        assert [mark["status"] for mark in marks] == [expected[label] for label in labels], row["name"]
        for mark, label in zip(marks, labels):
            # Its version and its status in words, not a colour or a sign alone.
            assert mark["text"].startswith(label) and mark["text"].endswith(
                ": " + (export_label(export, mark["status"]))
            ), mark
    # The old versions column ("3.9–3.15" on most rows) is gone: the header names the marks' versions.
    headers = browser.js(
        "return Array.from(document.querySelectorAll('table.fc-matrix thead th'), th => th.textContent);"
    )
    assert not any(header.strip() == "versions" for header in headers)
    assert any(header.startswith("CPython 3.9 to 3.15") for header in headers), headers
    legend = browser.js("return document.querySelector('.fc-legend').textContent;")
    assert "same" in legend and "differs" in legend


def export_label(export: dict[str, Any], status: str) -> str:
    if status == "absent":
        return "on neither side"
    return next(item["label"] for item in export["legend"] if item["status"] == status)


def test_reasons_docstrings_and_report_link_are_folded_in_a_closed_expander(browser: Browser) -> None:
    browser.open(MATRIX)
    found = browser.js(
        """return Array.from(document.querySelectorAll('table.fc-matrix tbody tr'), tr => {
             const details = tr.querySelector('details.fc-details');
             return {id: tr.id, open: details ? details.open : null,
                     summary: details ? details.querySelector('summary').textContent : null,
                     loose: Array.from(tr.querySelectorAll('.fc-why, .fc-report, .fc-doc, .fc-change, .fc-note'))
                                 .filter(e => !e.closest('details')).length,
                     why: details ? details.querySelectorAll('.fc-why a').length : 0,
                     report: details ? details.querySelectorAll('a.fc-report').length : 0};
           });"""
    )
    assert found and all(row["open"] is False and row["loose"] == 0 and row["report"] == 1 for row in found), found
    (result,) = [row for row in found if row["id"] == "result"]
    assert result["summary"].startswith("Why and details") and result["why"] >= 2
    # Opening it shows them.
    browser.js("document.querySelector('#result summary').click();")
    assert browser.js("return document.querySelector('#result .fc-why').getClientRects().length > 0;")


def test_the_dagger_of_a_version_note_is_explained_on_the_page(browser: Browser) -> None:
    browser.open(MATRIX)
    found = browser.js(
        """return {notes: Array.from(document.querySelectorAll('.fc-change'), e => e.textContent)
                          .filter(t => t.includes('†')),
                   footnotes: Array.from(document.querySelectorAll('.fc-footnote'), e => e.textContent)};"""
    )
    assert found["notes"], "no version note uses † on the future matrix page any more"
    assert any(note.startswith("† ") and "pure-Python twin" in note for note in found["footnotes"]), found


@pytest.mark.parametrize("pair", _site_pairs())
def test_no_status_lists_two_identical_version_spans(browser: Browser, pair: str) -> None:
    # __del__ and __class_getitem__ read "3.9–3.12" and "3.13–3.15" with the same status: their cells
    # changed (a signature read from the twin, then live), their status did not.
    browser.open(f"matrix/{pair}.html")
    # Every version span a row lists (its status lines; .fc-spans was the versions column's list) by its mark.
    cells = browser.js(
        """return Array.from(document.querySelectorAll('table.fc-matrix tbody tr'), tr =>
             [tr.id, Array.from(tr.querySelectorAll('.fc-status-run, .fc-status, .fc-spans li'),
                                e => e.querySelector('.fc-mark').className)]);"""
    )
    for anchor, statuses in cells:
        for before, after in zip(statuses, statuses[1:]):
            assert before != after, (anchor, statuses)
    if pair == "future":
        row = dict(cells)
        assert row["dunder-del"] == ["fc-mark fc-mark-only-left"] and len(row["dunder-class-getitem"]) == 1, row


@pytest.mark.parametrize("pair", _site_pairs())
def test_on_a_phone_each_row_is_a_card_and_nothing_scrolls_sideways(browser: Browser, pair: str) -> None:
    size = _viewport(browser, *PHONE)
    try:
        browser.open(f"matrix/{pair}.html")
        found = browser.js(
            """const tr = document.querySelector('table.fc-matrix tbody tr');
               const cells = Array.from(tr.children, td => td.getBoundingClientRect());
               const boxes = Array.from(document.querySelectorAll('article *')).filter(e => {
                 const style = getComputedStyle(e);
                 return /(auto|scroll)/.test(style.overflowX + style.overflowY) && e.scrollWidth > e.clientWidth + 1;
               }).map(e => e.tagName + '.' + e.className);
               return {scroll: document.scrollingElement.scrollWidth, width: innerWidth,
                       display: getComputedStyle(tr).display,
                       stacked: cells.every((c, i) => i === 0 || c.top >= cells[i - 1].bottom - 1),
                       labels: Array.from(tr.querySelectorAll('.fc-cell-label'), l => getComputedStyle(l).display),
                       numbers: Array.from(tr.querySelectorAll('.fc-vnum'), n => n.getBoundingClientRect().width > 1),
                       boxes};"""
        )
    finally:
        _restore(browser, size)
    assert found["scroll"] <= found["width"], f"the page scrolls sideways: {found}"
    assert found["boxes"] == [], "a box scrolls inside the page"
    assert found["display"] == "block" and found["stacked"], found
    assert found["labels"] == ["inline", "inline"]  # each side says which it is
    assert found["numbers"] and all(found["numbers"]), "each mark shows its version number"


@pytest.mark.parametrize("width", [800, 1010])
def test_between_phone_and_desktop_no_matrix_page_scrolls_sideways(browser: Browser, width: int) -> None:
    # A behaviour row's long words (wait's, queue's) once pushed their table past the column.
    size = _viewport(browser, width, 900)
    wide = {}
    try:
        for pair in _site_pairs():
            browser.open(f"matrix/{pair}.html")
            found = browser.js("return [document.scrollingElement.scrollWidth, innerWidth];")
            if found[0] > found[1]:
                wide[pair] = found
    finally:
        _restore(browser, size)
    assert wide == {}


def test_on_a_phone_a_row_link_lands_below_the_header_with_its_permalink_visible(browser: Browser) -> None:
    size = _viewport(browser, *PHONE)
    try:
        browser.open(LANDING)
        browser.open(f"{MATRIX}#add-done-callback")  # the first row
        _settle(browser)
        found = browser.js(
            """const row = document.querySelector(':target');
               const box = row.getBoundingClientRect();
               // What a reader sees at the top of the row: the row itself, or a sticky header over it?
               const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 3);
               return {id: row.id, top: box.top, height: innerHeight, covered: !row.contains(hit),
                       over: hit ? hit.tagName + '.' + hit.className : null,
                       opacity: getComputedStyle(row.querySelector('a.fc-permalink')).opacity};"""
        )
        # And a row scrolled into view from the page, as a reader's own link or the filter does.
        browser.js("document.getElementById('cancelled').scrollIntoView({block: 'start', behavior: 'instant'});")
        scrolled = browser.js(
            """const row = document.getElementById('cancelled'); const box = row.getBoundingClientRect();
               const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 3);
               return {top: box.top, covered: !row.contains(hit),
                       over: hit ? hit.tagName + '.' + hit.className : null};"""
        )
    finally:
        _restore(browser, size)
    assert found["id"] == "add-done-callback"
    assert 0 <= found["top"] < found["height"] and not found["covered"], f"the sticky header covers the row: {found}"
    assert not scrolled["covered"], f"the sticky header covers the row: {scrolled}"
    assert found["opacity"] == "1", "the ¶ link is invisible without hover"


def test_on_a_touch_screen_the_row_permalinks_show_without_hover(browser: Browser) -> None:
    size = _viewport(browser, *DESKTOP)  # a wide touch screen: the ¶ shows for the lack of hover, not of room
    browser.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "hover", "value": "none"}]})
    try:
        browser.open(MATRIX)
        found = browser.js(
            """return {hover: matchMedia('(hover: none)').matches, width: innerWidth,
                       opacity: Array.from(document.querySelectorAll('a.fc-permalink'),
                                           a => getComputedStyle(a).opacity)};"""
        )
    finally:
        browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        browser.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})
        _restore(browser, size)
    assert found["hover"] and found["width"] > 1000, found
    assert set(found["opacity"]) == {"1"}, found


@pytest.mark.parametrize("width", [1100, 1500, 1920])
def test_on_a_laptop_or_desktop_screen_the_matrix_fits_the_page_and_uses_its_width(
    browser: Browser, width: int
) -> None:
    size = browser.driver.get_window_size()
    browser.driver.set_window_size(width, 900)
    try:
        browser.open(MATRIX)
        found = browser.js(
            """const table = document.querySelector('table.fc-matrix');
               const article = document.querySelector('article').getBoundingClientRect();
               const prose = document.querySelector('article section > p').getBoundingClientRect();
               return {table: table.getBoundingClientRect().right, tableWidth: table.getBoundingClientRect().width,
                       article: article.right, page: document.documentElement.scrollWidth,
                       window: window.innerWidth, prose: prose.width};"""
        )
    finally:
        browser.driver.set_window_size(size["width"], size["height"])
    assert found["page"] <= found["window"], f"the page scrolls sideways: {found}"
    assert found["table"] <= found["article"] + 4, f"the table overflows its column: {found}"
    # Wider than furo's 46em reading measure, which the prose above it keeps.
    assert found["tableWidth"] > found["prose"] or found["window"] < 1200, found


def test_matrix_controls_are_in_the_tab_order_with_a_visible_focus(browser: Browser) -> None:
    from selenium.webdriver.common.keys import Keys

    browser.open(MATRIX)
    # Tab from the filter button: the header's links, then the first row's, in reading order; the
    # row's expander opens with Enter, and its links follow it.
    browser.js("document.querySelector('.fc-filter').focus();")
    stops = []
    for _ in range(40):  # up to the first row's report link, after as many "Why" links as entries explain it
        browser.driver.switch_to.active_element.send_keys(Keys.TAB)
        stops.append(
            browser.js(
                """const e = document.activeElement; const style = getComputedStyle(e);
                   return {cls: e.className || e.tagName, opacity: style.opacity, outline: style.outlineStyle,
                           width: parseFloat(style.outlineWidth)};"""
            )
        )
        if stops[-1]["cls"] == "SUMMARY" and not browser.js("return document.activeElement.parentElement.open;"):
            browser.driver.switch_to.active_element.send_keys(Keys.ENTER)
        if "fc-report" in stops[-1]["cls"]:
            break  # the first row's last control
    classes = " ".join(stop["cls"] for stop in stops)
    assert "fc-permalink" in classes and "SUMMARY" in classes and "fc-report" in classes, classes
    for stop in stops:
        assert stop["opacity"] == "1" and stop["outline"] != "none" and stop["width"] >= 1, stop


def test_each_row_has_a_prefilled_report_link(browser: Browser, export: dict[str, Any]) -> None:
    browser.open(MATRIX)
    links = browser.js(
        "return Array.from(document.querySelectorAll('.fc-matrix-block tbody tr'),"
        " tr => [tr.id, tr.querySelector('a.fc-report').href, tr.querySelector('a.fc-report').textContent]);"
    )
    assert len(links) == len(export["rows"])
    python = export["python"]["version"]
    for (anchor, href, text), row in zip(links, export["rows"]):
        parts = urlsplit(href)
        assert (parts.scheme, parts.netloc, parts.path) == ("https", "github.com", "/futcompare/futcompare/issues/new")
        query = parse_qs(parts.query)
        assert row["name"] in query["title"][0] and "future" in query["title"][0]
        body = query["body"][0]
        assert f"Row: {row['name']} ({row['status_label']})" in body
        assert "asyncio.Future vs concurrent.futures.Future" in body and python in body
        assert f"Page: {browser.url(MATRIX)}#{anchor}" in body  # the script names the full address
        assert text == f"Report a problem with the {row['name']} row"


# -- an example page -------------------------------------------------------------------------------


def _copy_first_block(browser: Browser, page: str, language: str, containing: str = "") -> tuple[str, str]:
    """Click the copy button of *page*'s first ``highlight-<language>`` block that shows *containing*.

    Returns what the page handed over, and what the clipboard then holds.
    """
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.open(page)
    browser.driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": browser.base.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )
    # Record what each copy puts on the clipboard, whatever API the button uses.
    browser.js(
        """window.fcCopied = [];
           document.addEventListener('copy', () => {
             const e = document.activeElement;
             const text = e && 'value' in e ? e.value.substring(e.selectionStart, e.selectionEnd)
                                           : String(getSelection());
             window.fcCopied.push(text);
           });"""
    )
    blocks = browser.js(
        """return Array.from(document.querySelectorAll('div.highlight'), (div, i) => ({
             index: i, language: div.parentElement.className, text: div.innerText,
             button: Boolean(div.querySelector('button.copybtn'))}));"""
    )
    chosen = [b for b in blocks if f"highlight-{language}" in b["language"] and containing in b["text"]]
    # Every block of code has a copy button; output (text) blocks have none (tests/browser/test_copying.py).
    assert chosen and all(block["button"] for block in blocks if "highlight-text" not in block["language"]), blocks
    block = browser.driver.find_elements(By.CSS_SELECTOR, "div.highlight")[chosen[0]["index"]]
    # A real click (a user gesture), as the copy needs one.
    ActionChains(browser.driver).move_to_element(
        block.find_element(By.CSS_SELECTOR, "button.copybtn")
    ).click().perform()
    browser.wait_for("window.fcCopied.length === 1")
    copied: str = browser.js("return window.fcCopied[0];")
    clipboard: str = browser.driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e));"
    )
    return copied, clipboard


def test_the_copy_button_copies_code_without_prompts_or_output(browser: Browser) -> None:
    # A >>> session (the bridge recipes): the code without its prompts, and none of the output.
    copied, clipboard = _copy_first_block(browser, "howto/bridge.html", "pycon", containing="\n1024")
    assert copied.startswith("async def await_pool_work(pool):\n    cf_future = pool.submit(pow, 2, 10)\n"), copied
    assert ">>>" not in copied and "..." not in copied and "1024" not in copied, copied
    assert clipboard == copied  # what the page handed over is what the clipboard holds
    # An example's script, whole.
    copied, clipboard = _copy_first_block(browser, EXAMPLE, "python")
    assert ">>>" not in copied and copied.startswith("import asyncio") and 'if __name__ == "__main__":' in copied
    assert clipboard == copied


# -- themes ----------------------------------------------------------------------------------------


def test_the_theme_toggle_switches_to_dark(browser: Browser) -> None:
    from selenium.webdriver.common.by import By

    browser.open(MATRIX)
    _reset_theme(browser)
    before = browser.js("return getComputedStyle(document.body).backgroundColor;")
    header_before = browser.js(
        "return getComputedStyle(document.querySelector('table.fc-matrix thead th')).backgroundColor;"
    )
    toggle = next(b for b in browser.driver.find_elements(By.CSS_SELECTOR, "button.theme-toggle") if b.is_displayed())
    for _ in range(3):
        toggle.click()
        if browser.js("return document.body.dataset.theme;") == "dark":
            break
    try:
        assert browser.js("return document.body.dataset.theme;") == "dark"
        after = browser.js("return getComputedStyle(document.body).backgroundColor;")
        header_after = browser.js(
            "return getComputedStyle(document.querySelector('table.fc-matrix thead th')).backgroundColor;"
        )
        assert after != before
        assert header_after != header_before  # the sticky header follows the theme, it is not left white
        mark = browser.js("return getComputedStyle(document.querySelector('.fc-mark-differs')).color;")
        assert mark == "rgb(255, 174, 87)"
    finally:
        _reset_theme(browser)


# -- accessibility ---------------------------------------------------------------------------------


def _axe(browser: Browser, axe_source: str) -> list[dict[str, Any]]:
    browser.js(axe_source)
    result = browser.driver.execute_async_script(
        """const done = arguments[0];
           axe.run(document, {resultTypes: ['violations']})
             .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + n.html.slice(0, 120))}))))
             .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));"""
    )
    return result  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("page", "theme"),
    [
        (LANDING, "light"),
        (MATRIX, "light"),
        (MATRIX, "dark"),
        (EXAMPLE, "light"),
        (EXAMPLE, "dark"),
        ("glance.html", "light"),
        ("glance.html", "dark"),
        ("matrix/index.html", "light"),
        *((f"matrix/{pair}.html", "light") for pair in _site_pairs() if pair != "future"),
        *((f"differences/{pair}/index.html", "light") for pair in _catalog_pairs() if pair != "future"),
        # The prose pages (code blocks, their copy buttons), and the search page with its results.
        *((page, theme) for page in ("howto/bridge.html", "explanation/why.html") for theme in ("light", "dark")),
        *((f"reference/{page}.html", "light") for page in ("api", "cli", "json", "sphinx")),
        ("search.html?q=asyncio+TimeoutError", "light"),
        ("search.html?q=asyncio+TimeoutError", "dark"),
    ],
)
def test_axe_finds_no_serious_or_critical_violation(browser: Browser, axe_source: str, page: str, theme: str) -> None:
    browser.open(page)
    if page.startswith("search.html"):
        browser.wait_for("document.querySelector('#search-results li')", timeout=20)
    browser.js("localStorage.setItem('theme', arguments[0]); document.body.dataset.theme = arguments[0];", theme)
    try:
        violations = _axe(browser, axe_source)
    finally:
        _reset_theme(browser)
    counts = Counter(v["impact"] for v in violations)
    print(f"\naxe on {page} ({theme}): " + ", ".join(f"{counts[i]} {i}" for i in IMPACTS))
    for violation in violations:
        print(f"  {violation['impact']}: {violation['id']}: {violation['help']}: {violation['nodes']}")
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], json.dumps(bad, indent=1)


# -- last: nothing left the local server -----------------------------------------------------------


def test_no_request_goes_to_another_host(browser: Browser) -> None:
    for page in (LANDING, MATRIX, EXAMPLE, "search.html?q=result"):
        browser.open(page)
    browser.wait_for("!document.querySelector('#search-results') || document.querySelector('#search-results li')")
    browser.drain()
    assert len(browser.requests) > 20
    assert browser.foreign_requests() == []

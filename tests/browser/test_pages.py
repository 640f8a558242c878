"""The pages a reader lands on, on a desktop (1400x1000) and a phone (390x844) screen.

The landing page starts from readers' questions, each linked to the page that answers it; titles and
meta descriptions say the pair and the claim; the site's search leads with difference pages; a
difference page shows its output right after its code, says how to run the downloaded file and on
which CPython, and its code fits the column; the bridge page's decision table stacks on a phone; code
never looks like a link in dark mode; axe stays clean on these pages in both themes.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag

import pytest

from futcompare.pairs import PAIRS

from .site_browser import Browser, Server

DESKTOP = (1400, 1000)
PHONE = (390, 844)
LANDING = "index.html"
BRIDGE = "howto/bridge.html"
EXAMPLE = "differences/future/await-future.html"
#: The questions the landing page must answer on its first screen, and the page (with anchor) that answers each.
QUESTIONS = {
    "Can I await a concurrent.futures.Future?": "differences/future/await-future.html",
    "How do I wait on an asyncio future from a thread?": f"{BRIDGE}#wait-on-an-asyncio-future-from-another-thread",
    "Is asyncio.TimeoutError the same as concurrent.futures.TimeoutError?": "differences/future/timeout-error.html",
}


@contextmanager
def viewport(browser: Browser, size: tuple[int, int]) -> Iterator[None]:
    """Resize the window so that the page's viewport is *size* CSS pixels, then give the window its size back.

    The window itself is resized (as test_site.py does), not emulated: a device-metrics override left
    behind would change what every later test measures.
    """
    width, height = size
    before: dict[str, int] = browser.driver.get_window_size()
    frame = browser.js("return [outerWidth - innerWidth, outerHeight - innerHeight];")
    browser.driver.set_window_size(width + max(0, frame[0]), height + max(0, frame[1]))
    try:
        browser.wait_for(f"innerWidth === {width} && innerHeight === {height}")
        yield
    finally:
        browser.driver.set_window_size(before["width"], before["height"])


def _fetch(server: Server, path: str) -> bytes:
    with urllib.request.urlopen(server.base + path.lstrip("/"), timeout=10) as response:
        body: bytes = response.read()
        return body


def _entry_pages(site: Path) -> list[str]:
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.glob("differences/*/*.html")
        if path.name != "index.html" and path.parent.name in PAIRS
    )


def _sides(browser: Browser) -> dict[str, Any]:
    return browser.js(  # type: ignore[no-any-return]
        "return {page: document.documentElement.scrollWidth, window: innerWidth, height: innerHeight};"
    )


# -- the landing page ------------------------------------------------------------------------------


def _question_links(browser: Browser) -> list[dict[str, Any]]:
    return browser.js(  # type: ignore[no-any-return]
        """return Array.from(document.querySelectorAll('article a[href]:not(.headerlink)'), a => {
             const r = a.getBoundingClientRect();
             return {text: a.textContent.replace(/\\s+/g, ' ').trim(), href: a.href, top: r.top, bottom: r.bottom,
                     shown: r.width > 0 && r.height > 0};
           });"""
    )


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_landing_page_first_links_readers_questions_to_the_pages_that_answer_them(
    browser: Browser, server: Server, size: tuple[int, int]
) -> None:
    with viewport(browser, size):
        browser.open(LANDING)
        links = _question_links(browser)
        found = _sides(browser)
    assert found["page"] <= found["window"], f"the landing page scrolls sideways: {found}"
    by_text = {link["text"]: link for link in links}
    for question, answer in QUESTIONS.items():
        link = by_text.get(question)
        assert link, f"no link reads {question!r} on the landing page; its links: {list(by_text)[:15]}"
        assert link["href"] == server.base + answer, link
        if size == DESKTOP:
            assert link["shown"] and link["top"] >= 0 and link["bottom"] <= found["height"], f"below the fold: {link}"
    # The questions come first: before the pairs, and before any other link of the page's text.
    first = [link["text"] for link in links[: len(QUESTIONS)]]
    assert all(text.endswith("?") for text in first), first
    # Each answer loads and its anchor exists.
    for answer in QUESTIONS.values():
        page, anchor = urldefrag(answer)
        browser.open(page)
        assert browser.js("return document.querySelector('article h1') !== null;")
        if anchor:
            assert browser.js("return !!document.getElementById(arguments[0]);", anchor), answer


def test_the_landing_page_lists_every_pair_on_one_line_each_after_the_questions(browser: Browser, site: Path) -> None:
    from futcompare.sphinxext.pair_pages import buildable_pairs

    with viewport(browser, DESKTOP):
        browser.open(LANDING)
        found = browser.js(
            """const list = document.querySelector('article ul.fc-pairs');
               const questions = document.getElementById('questions');
               const items = Array.from(list.children, li => ({id: li.id, height: li.getBoundingClientRect().height,
                 line: parseFloat(getComputedStyle(li).lineHeight)}));
               return {items, after: questions.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING,
                       top: list.getBoundingClientRect().top, height: list.getBoundingClientRect().height};"""
        )
    assert found["after"], "the pairs come before the questions"
    assert [item["id"] for item in found["items"]] == [f"pair-{pair.name}" for pair, _ in buildable_pairs()]
    # One line a pair (two at most, for a long pair name): twelve pairs and more fit in about one screen.
    for item in found["items"]:
        assert item["height"] <= 2.2 * item["line"], item
    assert found["height"] <= 30 * len(found["items"]), found


# -- titles, descriptions, search ------------------------------------------------------------------


def _head(text: str) -> tuple[str, str, str]:
    """The page's <title>, its meta description and its h1, as plain text."""
    title = re.search(r"<title>(.*?)</title>", text, re.DOTALL)
    meta = re.search(r'<meta content="([^"]*)" name="description"', text) or re.search(
        r'<meta name="description" content="([^"]*)"', text
    )
    heading = re.search(r"<h1>(.*?)<a class=\"headerlink\"", text, re.DOTALL)
    plain = [
        html.unescape(re.sub(r"<[^>]+>", "", found[1])).strip() if found else "" for found in (title, meta, heading)
    ]
    # The heading has typographic quotes (smartquotes), the description the catalog's plain ones.
    quotes = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "..."})
    return plain[0].translate(quotes), plain[1].translate(quotes), " ".join(plain[2].split()).translate(quotes)


def test_home_and_matrix_pages_have_titles_of_their_own(browser: Browser) -> None:
    titles = {}
    for page in (LANDING, "matrix/future.html", "matrix/index.html", BRIDGE):
        browser.open(page)
        titles[page] = browser.driver.title
    assert len(set(titles.values())) == len(titles), titles
    assert titles[LANDING] != "futcompare" and "asyncio" in titles[LANDING], titles
    browser.open(LANDING)
    description = browser.js("return document.querySelector('meta[name=description]')?.content || '';")
    assert "asyncio.Future vs concurrent.futures.Future" in description, description


def test_every_difference_page_has_a_title_and_description_with_its_pair_and_claim(
    browser: Browser, site: Path
) -> None:
    pages = _entry_pages(site)
    assert len(pages) > 50
    for page in pages:
        pair = PAIRS[page.split("/")[1]]
        title, description, heading = _head((site / page).read_text(encoding="utf-8"))
        assert heading and heading in title and pair.title in title, (page, title)
        assert description.startswith(f"{pair.title}: {heading}."), (page, description)
        assert len(description) > len(pair.title) + len(heading) + 20, (page, description)  # the summary follows
    # As the browser reads them, for one page.
    browser.open(EXAMPLE)
    assert "await" in browser.driver.title and "asyncio.Future vs concurrent.futures.Future" in browser.driver.title
    assert browser.js("return document.querySelector('meta[name=description]').content;").startswith(
        "asyncio.Future vs concurrent.futures.Future: await"
    )


def test_pages_of_a_pair_and_the_bridge_have_a_description_that_names_what_they_answer(site: Path) -> None:
    pages = {LANDING: "asyncio", BRIDGE: "asyncio future from another thread"}
    for pair in PAIRS.values():
        if (site / f"matrix/{pair.name}.html").is_file():
            pages[f"matrix/{pair.name}.html"] = pair.title
        if (site / f"differences/{pair.name}/index.html").is_file():
            pages[f"differences/{pair.name}/index.html"] = f"between {pair.left} and {pair.right}"
    assert len(pages) > 20
    for page, names in pages.items():
        _, description, _ = _head((site / page).read_text(encoding="utf-8"))
        assert names in description, (page, description)


def _search(browser: Browser, query: str) -> list[str]:
    browser.open(f"search.html?q={query.replace(' ', '+')}")
    browser.wait_for(
        "document.querySelector('#search-results .search-summary')"
        " && !/Preparing|Searching/.test(document.querySelector('#search-results h2')?.textContent || '')"
        " && document.querySelectorAll('#search-results li').length > 0",
        timeout=20,
    )
    hrefs: list[str] = browser.js(
        "return Array.from(document.querySelectorAll('#search-results li > a'), a => a.getAttribute('href'));"
    )
    return hrefs


@pytest.mark.parametrize(
    "query", ["await concurrent future", "thread safe lock", "TimeoutError", "callback thread", "cancel"]
)
def test_site_search_leads_with_difference_pages_not_api_internals(browser: Browser, query: str) -> None:
    results = _search(browser, query)
    assert results and results[0].startswith("differences/"), results[:5]
    first_api = next((index for index, href in enumerate(results) if href.startswith("apidocs/")), len(results))
    last_difference = max(index for index, href in enumerate(results) if href.startswith("differences/"))
    assert first_api > last_difference, f"an API page ranks above a difference page: {results}"


# What readers type, and the page that answers: the landing page's questions in a reader's words (the scorer,
# docs/search_scorer.js, was tuned on these) ...
ANSWERS = [
    ("await concurrent.futures.Future", "differences/future/await-future.html"),
    ("wait on asyncio future from a thread", "howto/bridge.html"),
    ("asyncio TimeoutError", "differences/future/timeout-error.html"),
    ("asyncio.TimeoutError concurrent.futures.TimeoutError", "differences/future/timeout-error.html"),
    ("run blocking code from asyncio", "howto/bridge.html"),
    ("cancel run_coroutine_threadsafe", "differences/future/threadsafe-cancel.html"),
    ("asyncio Future result raises", "differences/future/result-pending.html"),
    ("which thread runs done callback", "differences/future/callback-thread.html"),
    ("asyncio.Lock thread", "differences/lock/thread-safety.html"),
    ("asyncio.Queue thread", "differences/queue/thread-safety.html"),
    ("Can a thread put items into an asyncio.Queue?", "differences/queue/thread-safety.html"),
]
# ... and claims of the catalog in a reader's words, which it was not tuned on: most must lead with their page.
UNSEEN = [
    ("asyncio CancelledError concurrent.futures CancelledError", "differences/future/cancelled-error.html"),
    ("threading Lock subclass", "differences/lock/lock-factory.html"),
    ("asyncio.Queue maxsize", "differences/queue/maxsize-property.html"),
    ("Barrier parties 0", "differences/barrier/parties-check.html"),
    ("notifyAll", "differences/condition/notifyall-alias.html"),
    ("Event isSet", "differences/event/isset-alias.html"),
    ("asyncio wait empty list", "differences/wait/wait-empty.html"),
    ("wait_for cancels", "differences/timeout/timeout-cancels.html"),
    ("QueueEmpty", "differences/queue/queue-exceptions.html"),
    ("pickle future", "differences/future/copy-pickle.html"),
    ("RLock owner thread", "differences/rlock/owner-thread.html"),
    ("Semaphore release(n)", "differences/semaphore/release-n.html"),
    ("exception never retrieved", "differences/future/never-retrieved.html"),
    ("run_in_executor contextvars", "howto/bridge.html"),
    ("InvalidStateError", "differences/future/invalid-state-error.html"),
    ("BrokenBarrierError", "differences/barrier/broken-barrier-error.html"),
    ("as_completed async for", "differences/as-completed/as-completed-yields.html"),
    ("asyncio.timeout", "differences/timeout/timeout-block.html"),
    ("remove_done_callback", "differences/future/remove-done-callback.html"),
    ("set_exception StopIteration", "differences/future/set-exception-stopiteration.html"),
]


def _page(href: str) -> str:
    return href.split("#")[0].split("?")[0]


@pytest.mark.parametrize(("query", "page"), ANSWERS)
def test_site_search_puts_the_page_that_answers_first(browser: Browser, query: str, page: str) -> None:
    results = _search(browser, query)
    assert _page(results[0]) == page, results[:5]


def test_site_search_puts_the_page_that_answers_first_for_most_queries_it_was_not_tuned_on(browser: Browser) -> None:
    misses = [(query, page, _search(browser, query)[:3]) for query, page in UNSEEN]
    misses = [(query, page, top) for query, page, top in misses if _page(top[0]) != page]
    print(f"\nsearch, top hit right for {len(UNSEEN) - len(misses)} of {len(UNSEEN)} queries it was not tuned on")
    for miss in misses:
        print("  missed:", miss)
    assert len(misses) <= len(UNSEEN) // 4, misses


# -- difference pages ------------------------------------------------------------------------------


def test_a_difference_page_shows_the_output_right_after_the_code_and_no_doctest_block(browser: Browser) -> None:
    browser.open(EXAMPLE)
    found = browser.js(
        """const blocks = Array.from(document.querySelectorAll('article div[class*="highlight-"]'));
           const code = blocks.findIndex(b => b.className.includes('highlight-python'));
           const between = [];
           for (let e = blocks[code].nextElementSibling; e && e !== blocks[code + 1]; e = e.nextElementSibling) {
             between.push(e.tagName + ' ' + e.textContent.trim().slice(0, 40));
           }
           return {kinds: blocks.map(b => b.className.match(/highlight-(\\w+)/)[1]), code, between,
                   section: blocks[code + 1] && blocks[code + 1].closest('section').id};"""
    )
    kinds = found["kinds"]
    assert "pycon" not in kinds, kinds  # the doctest is in the script's docstring; not shown twice
    assert kinds[found["code"] + 1] == "text", kinds  # the output is the next block after the code
    # Between them: at most the Output heading (h2 starts a new section) and its one-line lead.
    assert len(found["between"]) <= 2 or found["section"] == "output", found


def test_a_difference_page_says_how_to_run_the_downloaded_file_from_any_folder(
    browser: Browser, server: Server, tmp_path: Path
) -> None:
    from futcompare.snapshots import committed_snapshots, load_snapshot

    minors = sorted(
        {
            tuple(int(p) for p in load_snapshot(path).python.version.split(".")[:2])
            for path in committed_snapshots().values()
        }
    )
    tested = f"{minors[0][0]}.{minors[0][1]} to {minors[-1][0]}.{minors[-1][1]}"
    with viewport(browser, DESKTOP):
        browser.open("differences/future/result-pending.html")
        found = browser.js(
            """const p = Array.from(document.querySelectorAll('article p'))
                 .find(p => /Run it yourself/.test(p.textContent));
               const link = p && p.querySelector('a.download, a[download], a[href*="_downloads/"]');
               const r = p && p.getBoundingClientRect();
               return p && {text: p.textContent.replace(/\\s+/g, ' ').trim(), href: link && link.href,
                            shown: r.width > 0 && getComputedStyle(p).visibility === 'visible',
                            output: Array.from(document.querySelectorAll('article div.highlight-text pre'),
                                               pre => pre.textContent)};"""
        )
    assert found, "no 'Run it yourself' paragraph"
    assert found["shown"]
    name = found["href"].rsplit("/", 1)[1]
    assert f"Run it yourself on CPython {tested}" in found["text"], found["text"]
    assert f"run python {name} in any folder" in found["text"], found["text"]
    assert "project root" not in found["text"] and "examples/" not in found["text"]
    # Do as it says: save the download in an empty folder, run it from another one.
    script = tmp_path / "downloads" / name
    script.parent.mkdir()
    script.write_bytes(_fetch(server, found["href"][len(server.base) :]))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, str(script)], cwd=elsewhere, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.rstrip("\n") in [output.rstrip("\n") for output in found["output"]], (done.stdout, found)


def test_no_code_block_of_a_difference_page_scrolls_sideways_on_a_desktop(browser: Browser, site: Path) -> None:
    wide = {}
    with viewport(browser, DESKTOP):
        for page in _entry_pages(site):
            browser.open(page)
            found = browser.js(
                """return {page: document.documentElement.scrollWidth - innerWidth,
                           pres: Array.from(document.querySelectorAll('article pre'),
                                            pre => pre.scrollWidth - pre.clientWidth).filter(x => x > 1)};"""
            )
            if found["page"] > 0 or found["pres"]:
                wide[page] = found
    assert wide == {}, json.dumps(wide, indent=1)


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_difference_pages_do_not_scroll_sideways(browser: Browser, size: tuple[int, int]) -> None:
    with viewport(browser, size):
        for page in (
            EXAMPLE,
            "differences/condition/wait-timeout.html",
            "differences/future/remove-done-callback.html",
        ):
            browser.open(page)
            found = _sides(browser)
            assert found["page"] <= found["window"], (page, found)


# -- the bridge page -------------------------------------------------------------------------------


def test_the_bridge_decision_table_stacks_on_a_phone(browser: Browser) -> None:
    with viewport(browser, PHONE):
        browser.open(BRIDGE)
        found = browser.js(
            """const table = document.querySelector('article table.fc-stack');
               const box = table.closest('.table-wrapper') || table;
               const cells = Array.from(table.querySelectorAll('tbody td'));
               return {page: document.documentElement.scrollWidth, window: innerWidth,
                       right: table.getBoundingClientRect().right, boxScroll: box.scrollWidth - box.clientWidth,
                       display: getComputedStyle(table.querySelector('tbody tr')).display,
                       labels: cells.map(td => getComputedStyle(td, '::before').content),
                       rows: table.querySelectorAll('tbody tr').length};"""
        )
    assert found["page"] <= found["window"], f"the page scrolls sideways: {found}"
    assert found["right"] <= found["window"] and found["boxScroll"] <= 1, found
    assert found["display"] == "block", found  # one card per row
    assert found["rows"] >= 5
    assert set(found["labels"]) == {'"You are in"', '"You have or want"', '"Use"'}, found["labels"]
    # On a desktop it is a table again.
    with viewport(browser, DESKTOP):
        browser.open(BRIDGE)
        assert browser.js("return getComputedStyle(document.querySelector('table.fc-stack tbody tr')).display;") == (
            "table-row"
        )


def test_the_bridge_page_has_the_recipe_to_wait_on_an_asyncio_future_from_a_thread(browser: Browser) -> None:
    browser.open(f"{BRIDGE}#wait-on-an-asyncio-future-from-another-thread")
    text = browser.js("return document.getElementById('wait-on-an-asyncio-future-from-another-thread').innerText;")
    assert "asyncio.run_coroutine_threadsafe" in text and "InvalidStateError: Result is not set." in text
    assert "wait_on -> cancelled" in text and "wait_shielded -> pending" in text
    # The decision table leads to it.
    assert browser.js(
        "return !!document.querySelector('table.fc-stack a[href$=\"#wait-on-an-asyncio-future-from-another-thread\"]');"
    )


# -- dark mode -------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["toggle", "system"])
def test_in_dark_mode_module_names_in_code_are_not_underlined(browser: Browser, how: str) -> None:
    browser.open(EXAMPLE)
    try:
        if how == "toggle":
            browser.js("localStorage.setItem('theme', 'dark'); document.body.dataset.theme = 'dark';")
        else:
            browser.driver.execute_cdp_cmd(
                "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
            )
            browser.js("localStorage.removeItem('theme'); document.body.dataset.theme = 'auto';")
        found = browser.js(
            """const names = Array.from(document.querySelectorAll('article .highlight .nn, article .highlight .nc'));
               const code = document.querySelector('.highlight');
               return {count: names.length, background: getComputedStyle(code).backgroundColor,
                       lines: names.map(e => getComputedStyle(e).textDecorationLine)};"""
        )
    finally:
        browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        browser.js("localStorage.removeItem('theme'); document.body.dataset.theme = 'auto';")
    assert found["count"] > 0, "no module or class name in the example's code"
    assert found["background"] not in ("rgb(255, 255, 255)", "rgb(248, 248, 248)", "rgb(240, 240, 240)"), found
    assert set(found["lines"]) == {"none"}, found


# -- accessibility ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "theme", "size"),
    [
        (LANDING, "dark", DESKTOP),
        (LANDING, "light", PHONE),
        (BRIDGE, "light", DESKTOP),
        (BRIDGE, "dark", DESKTOP),
        (BRIDGE, "light", PHONE),
        (BRIDGE, "dark", PHONE),
        ("differences/future/timeout-error.html", "light", PHONE),
        ("reference/cli.html", "dark", DESKTOP),
    ],
)
def test_axe_finds_no_serious_or_critical_violation_on_these_pages(
    browser: Browser, axe_source: str, page: str, theme: str, size: tuple[int, int]
) -> None:
    with viewport(browser, size):
        browser.open(page)
        browser.js("localStorage.setItem('theme', arguments[0]); document.body.dataset.theme = arguments[0];", theme)
        try:
            browser.js(axe_source)
            violations = browser.driver.execute_async_script(
                """const done = arguments[0];
                   axe.run(document, {resultTypes: ['violations']})
                     .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                             nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + ": " + n.html.slice(0, 120))}))))
                     .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));"""
            )
        finally:
            browser.js("localStorage.removeItem('theme'); document.body.dataset.theme = 'auto';")
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], json.dumps(bad, indent=1)

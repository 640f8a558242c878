"""The pictures (state diagrams, where callbacks run) as a reader meets them: on every page that places one,
each with its text alternative, legible in both themes, within a phone's width, axe-clean, from no other host."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .site_browser import Browser

# Where the pictures are placed, and how many figures each page shows.
PAGES = {
    "explanation/why.html": 2 + 4,
    "matrix/future.html": 2,
    "differences/future/state-machine.html": 2,
    "differences/future/cancel-running.html": 2,
    "differences/future/repr-states.html": 2,
    "differences/future/callback-thread.html": 4,
    "differences/future/callbacks-scheduled.html": 2,
    "differences/future/callbacks-after-done.html": 1,
}
THEMES = ("light", "dark")

_FIGURES = """
const contrast = (a, b) => {
  const lum = c => { const [r, g, bl] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl; };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05);
};
const background = getComputedStyle(document.body).backgroundColor;
return [...document.querySelectorAll('figure.fc-diagram')].map(figure => {
  const svg = figure.querySelector('svg');
  const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0, right: 0};
  const texts = svg ? [...svg.querySelectorAll('text')] : [];
  const strokes = svg ? [...svg.querySelectorAll('.node path, .node polygon, .edge path')] : [];
  return {
    role: svg && svg.getAttribute('role'),
    label: svg && svg.getAttribute('aria-label'),
    caption: (figure.querySelector('figcaption') || {innerText: ''}).innerText.trim(),
    alternative: figure.querySelectorAll('figcaption table tr, figcaption ol li').length,
    width: box.width, height: box.height, right: Math.round(figure.getBoundingClientRect().right),
    svgText: texts.map(t => t.textContent),
    textContrast: Math.min(...texts.map(t => contrast(getComputedStyle(t).fill, background))),
    lineContrast: Math.min(...strokes.map(s => contrast(getComputedStyle(s).stroke, background))),
  };
});
"""


def _set_theme(browser: Browser, theme: str) -> None:
    browser.js("localStorage.setItem('theme', arguments[0]); document.body.dataset.theme = arguments[0];", theme)


def _reset_theme(browser: Browser) -> None:
    browser.js("localStorage.removeItem('theme'); document.body.dataset.theme = 'auto';")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("page", sorted(PAGES))
def test_each_picture_has_its_text_alternative_and_reads_in_the_theme(browser: Browser, page: str, theme: str) -> None:
    assert browser.open(page) == []
    _set_theme(browser, theme)
    try:
        figures: list[dict[str, Any]] = browser.js(_FIGURES)
    finally:
        _reset_theme(browser)
    assert len(figures) == PAGES[page], f"{page}: {len(figures)} pictures"
    for figure in figures:
        assert figure["role"] == "img" and len(figure["label"]) > 80, figure
        assert figure["caption"] and figure["alternative"] >= 1, figure
        assert figure["width"] > 100 and figure["height"] > 50, figure
        # Every word the picture shows is in its text alternative too.
        for word in figure["svgText"]:
            piece = word.strip().rstrip("\\l").split(". ", 1)[-1].strip()
            assert piece.replace("thread ", "") in figure["label"] + " new", (word, figure["label"])
        assert figure["textContrast"] >= 4.5, figure  # WCAG AA for text
        assert figure["lineContrast"] >= 3, figure  # WCAG AA for graphics


@pytest.mark.parametrize("page", ["explanation/why.html", "differences/future/state-machine.html"])
def test_the_pictures_fit_a_phone(browser: Browser, page: str) -> None:
    browser.driver.set_window_size(390, 844)
    try:
        browser.open(page)
        width = browser.js("return document.documentElement.clientWidth;")
        figures = browser.js(_FIGURES)
        assert figures and all(figure["right"] <= width for figure in figures), (width, figures)
        assert browser.js("return document.documentElement.scrollWidth;") <= width
    finally:
        browser.driver.set_window_size(1280, 900)


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


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("page", ["explanation/why.html", "differences/future/callback-thread.html"])
def test_axe_finds_no_violation_on_the_pictures(browser: Browser, axe_source: str, page: str, theme: str) -> None:
    browser.open(page)
    _set_theme(browser, theme)
    try:
        violations = _axe(browser, axe_source)
    finally:
        _reset_theme(browser)
    on_pictures = [v for v in violations if any("fc-" in node or "svg" in node for node in v["nodes"])]
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert on_pictures == [] and bad == [], json.dumps(violations, indent=1)


def test_the_pictures_request_nothing_from_another_host(browser: Browser) -> None:
    browser.drain()
    browser.requests.clear()
    for page in PAGES:
        browser.open(page)
    browser.drain()
    assert browser.requests
    assert browser.foreign_requests() == []
    assert not [url for url in browser.requests if url.endswith(".svg") and "_images" in url]  # inline, not fetched

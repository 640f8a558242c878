"""Browser tests of the built site: Debian's headless chromium, driven by selenium through chromedriver.

Run them with ``nox -s browser`` (which builds the site, installs chromium when it is missing
and axe-core from npm, then runs them). A plain ``pytest`` never collects this folder, so the
``tests`` session runs on every CPython without a browser; name the folder to run it by hand:
``pytest tests/browser`` after ``nox -s docs`` and ``npm ci --prefix tests/browser``.

The site is served from ``docs/_build/html`` by ``http.server`` on 127.0.0.1 at a free port.
Chromium is started with networking to any other host mapped to nowhere, and every request
the pages make is recorded (from the DevTools network events), so a test can say that none
left the local server.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from .site_browser import Browser, Server

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SITE = ROOT / "docs" / "_build" / "html"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("FUTCOMPARE_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("FUTCOMPARE_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    # Nothing but the local server can be reached, whatever a page asks for; the request is still logged.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--window-size=1280,900",
)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Collect this folder only when it (or a file in it) is named on the command line."""
    for arg in config.args:
        named = Path(arg.split("::")[0]).resolve()
        if named == HERE or HERE in named.parents:
            return None
    return True


# -- the local server ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def site() -> Path:
    if not (SITE / "index.html").is_file():
        pytest.fail(f"{SITE} holds no built site: run `nox -s docs` first (or `nox -s browser`, which builds it)")
    return SITE


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[Server]:
    server = Server(site)
    yield server
    server.close()


# -- the browser -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(server: Server) -> Iterator[Browser]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:  # pragma: no cover - the nox session installs it
        pytest.fail("selenium is not installed: run `nox -s browser`, which installs it")
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not shutil.which(path):
            pytest.fail(f"{path} not found: install Debian's {package} (`apt-get install -y chromium chromium-driver`)")
    # Selenium Manager must never try to download a browser or a driver.
    os.environ["SE_OFFLINE"] = "true"
    profile = tempfile.mkdtemp(prefix="futcompare-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield Browser(driver, server.base)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/browser`")
    return AXE.read_text(encoding="utf-8")

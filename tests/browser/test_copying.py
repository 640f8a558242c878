"""What the copy buttons hand over works where a reader pastes it.

Every ``>>>`` block of the built site (the pycon blocks of the pages, the doctests of the API reference)
is copied with a real click on its button and read back from the clipboard; the blocks of a page are then
pasted, in order, into the classic REPL of every CPython found (``python -i``, with ``PYTHON_BASIC_REPL=1``
for 3.13 and later, whose default REPL is PyREPL), each paste followed by one Enter, as a reader who
follows a page along would do. A block must run there without a SyntaxError, and the page's session must
raise exactly the tracebacks the page shows. A shell session copies as its commands; output has no button.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .site_browser import Browser, Server

ROOT = Path(__file__).resolve().parent.parent.parent
VERSIONS = ("3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15")
TRACEBACK = "Traceback (most recent call last):"


SESSIONS = "div.highlight-pycon div.highlight, div.doctest div.highlight"  # the >>> blocks
SHELL = "div.highlight-console div.highlight"
OUTPUT = "div.highlight-text div.highlight"  # what an example or a command prints


def _pages_with(site: Path, *classes: str) -> list[str]:
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if any(f'<div class="{name} notranslate">' in path.read_text(encoding="utf-8") for name in classes)
    )


def _grant_clipboard(browser: Browser) -> None:
    browser.driver.execute_cdp_cmd(
        "Browser.grantPermissions",
        {"origin": browser.base.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
    )


def _read_clipboard(browser: Browser) -> str:
    text: str = browser.driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e));"
    )
    return text


def copy_blocks(browser: Browser, page: str, selector: str) -> list[tuple[str, str]]:
    """Click the copy button of every block of *page* that *selector* finds, in order.

    Returns, per block, the text the page shows and what the clipboard holds after the click.
    """
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.open(page)
    _grant_clipboard(browser)
    blocks = browser.driver.find_elements(By.CSS_SELECTOR, selector)
    assert blocks, f"{page} has no {selector} block"
    copied = []
    for number, block in enumerate(blocks):
        shown: str = browser.js("return arguments[0].querySelector('pre').innerText;", block)
        buttons = block.find_elements(By.CSS_SELECTOR, "button.copybtn")
        assert buttons, f"{page}: {selector} block {number + 1} has no copy button"
        sentinel = f"nothing copied yet ({number})"
        browser.driver.execute_async_script(
            "const done = arguments[1]; navigator.clipboard.writeText(arguments[0]).then(done, done);", sentinel
        )
        ActionChains(browser.driver).move_to_element(buttons[0]).click().perform()  # a real click: a user gesture
        text = _read_clipboard(browser)
        for _ in range(50):
            if text != sentinel:
                break
            text = _read_clipboard(browser)
        assert text != sentinel and not text.startswith("error: "), (page, number, text)
        copied.append((shown, text))
    return copied


@pytest.fixture(scope="module")
def session_blocks(browser: Browser, site: Path) -> dict[str, list[tuple[str, str]]]:
    """Every page with a ``>>>`` block: its blocks, as shown and as copied."""
    pages = _pages_with(site, "highlight-pycon", "doctest highlight-default")
    assert len(pages) >= 10 and any(page.startswith("apidocs/") for page in pages), pages
    return {page: copy_blocks(browser, page, SESSIONS) for page in pages}


def _interpreter(version: str) -> str | None:
    """The first ``python<version>`` on PATH that runs (a pyenv shim of an inactive version does not)."""
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = shutil.which(f"python{version}", path=folder)
        if candidate:
            probe = subprocess.run(
                [candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                capture_output=True, text=True, timeout=30, check=False,
            )  # fmt: skip
            if probe.stdout.strip() == version:
                return candidate
    return None


def _interpreters() -> Iterator[tuple[str, str]]:
    for version in VERSIONS:
        found = _interpreter(version)
        if found:
            yield version, found
        elif os.environ.get("CI"):
            pytest.fail(f"python{version} is not on PATH: run `python3 tools/cpython/provide.py` and `nox -s browser`")


def paste_into_the_classic_repl(python: str, pastes: list[str], cwd: Path) -> str:
    """What ``python -i`` prints (stdout and stderr) when each of *pastes* is pasted, then Enter is pressed."""
    env = {**os.environ, "PYTHON_BASIC_REPL": "1", "PYTHONPATH": str(ROOT / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONSTARTUP", None)
    typed = "".join(paste + "\n" for paste in pastes)
    result = subprocess.run(
        [python, "-q", "-i"], input=typed, capture_output=True, text=True, env=env, cwd=cwd, timeout=120, check=False
    )
    return result.stdout + result.stderr


def test_the_copied_text_of_every_console_session_runs_in_the_classic_repl(
    session_blocks: dict[str, list[tuple[str, str]]], tmp_path: Path
) -> None:
    interpreters = dict(_interpreters())
    assert {"3.9", "3.10", "3.11", "3.12"} <= set(interpreters), (
        interpreters  # each has only the classic REPL
    )
    runs = [(version, python, page) for version, python in interpreters.items() for page in session_blocks]

    def paste(run: tuple[str, str, str]) -> str:
        version, python, page = run
        blocks = session_blocks[page]
        pastes = [copied for _, copied in blocks]
        if page.startswith("apidocs/"):  # a docstring's doctest runs in its module's namespace
            pastes.insert(0, f"from {Path(page).stem} import *")
        transcript = paste_into_the_classic_repl(python, pastes, tmp_path)
        errors = [line for line in transcript.splitlines() if re.search(r"\b(SyntaxError|IndentationError)\b", line)]
        expected = sum(shown.count(TRACEBACK) for shown, _ in blocks)
        if errors or transcript.count(TRACEBACK) != expected:
            return f"CPython {version}, {page}: {errors or transcript[-2000:]}"
        return ""

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        failures = [failure for failure in pool.map(paste, runs) if failure]
    print(
        f"\n{sum(map(len, session_blocks.values()))} >>> blocks on {len(session_blocks)} pages,"
        f" pasted into CPython {', '.join(interpreters)}: {len(failures)} failing page sessions"
    )
    assert failures == [], "\n\n".join(failures)


def test_a_copied_shell_session_is_its_commands_without_prompts(
    browser: Browser, server: Server, site: Path, tmp_path: Path
) -> None:
    pages = _pages_with(site, "highlight-console")
    assert pages
    ran_one = False
    for page in pages:
        for shown, copied in copy_blocks(browser, page, SHELL):
            commands = [line[2:] for line in shown.splitlines() if line.startswith("$ ")]
            assert commands and copied.splitlines() == commands, (page, shown, copied)
            script = tmp_path / "pasted.sh"
            script.write_text(copied + "\n", encoding="utf-8")
            check = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, check=False)
            assert check.returncode == 0, (page, copied, check.stderr)
            curl = shutil.which("curl")
            if "$SITE" in copied and curl:  # a command against the published site: run it on this one
                # With only curl and python3 on PATH, as on Debian or Ubuntu, where no `python` command comes with
                # Python: a command that needs one fails there.
                tools = tmp_path / "bin"
                tools.mkdir(exist_ok=True)
                for name, target in (("curl", curl), ("python3", sys.executable)):
                    if not (tools / name).exists():
                        (tools / name).symlink_to(target)
                env = {**os.environ, "SITE": server.base.rstrip("/"), "PATH": str(tools)}
                ran = subprocess.run(
                    [shutil.which("bash") or "/bin/bash", "-o", "pipefail", "-c", copied],
                    capture_output=True,
                    text=True,
                    env=env,
                    timeout=60,
                    check=False,
                )
                assert ran.returncode == 0 and ran.stdout.startswith("["), (page, copied, ran.stdout, ran.stderr)
                ran_one = True
    assert ran_one or not shutil.which("curl")


def test_code_blocks_have_a_copy_button_and_output_blocks_none(browser: Browser, site: Path) -> None:
    example = "differences/future/result-pending.html"
    for page in (example, "reference/cli.html"):
        browser.open(page)
        found = browser.js(
            """return Array.from(document.querySelectorAll('div.highlight'), div => ({
                 block: div.parentElement.className, button: Boolean(div.querySelector('button.copybtn'))}));"""
        )
        assert any("highlight-text" in block["block"] for block in found), (page, found)
        for block in found:
            assert block["button"] == ("highlight-text" not in block["block"]), (page, block)

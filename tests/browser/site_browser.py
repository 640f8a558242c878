"""The helpers of the browser tests: the local server of the built site, and a selenium session around chromium."""

from __future__ import annotations

import functools
import http.server
import json
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    served: list[tuple[str, int]]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.served.append((self.path, int(code) if str(code).isdigit() else 0))


class Server:
    """``docs/_build/html`` on http://127.0.0.1:PORT/, and every path it was asked for, with its status."""

    def __init__(self, root: Path) -> None:
        self.served: list[tuple[str, int]] = []
        handler = type("Handler", (_QuietHandler,), {"served": self.served})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Browser:
    """A selenium Chrome session with helpers: open a page, collect its console messages and requests."""

    def __init__(self, driver: Any, base: str) -> None:
        self.driver = driver
        self.base = base
        self.requests: list[str] = []
        self.console: list[dict[str, Any]] = []

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def open(self, path: str) -> list[dict[str, Any]]:
        """Load *path* (relative to the site's root), wait for it, and return its console errors."""
        self.drain()
        self.driver.get(self.url(path) if "://" not in path else path)
        self.wait_for("document.readyState === 'complete'")
        # furo scrolls smoothly; WebDriver computes a click's point before such a scroll ends, so a click could land
        # where the element was (ElementClickInterceptedException). Tests scroll at once.
        self.js("document.documentElement.style.scrollBehavior = 'auto';")
        return self.drain()

    def wait_for(self, condition: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.driver.execute_script(f"return Boolean({condition});"):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {condition} on {self.driver.current_url}")
            time.sleep(0.05)

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def drain(self) -> list[dict[str, Any]]:
        """Record the requests made since the last call; return the console errors logged since then."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
        errors = [entry for entry in self.driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
        self.console += errors
        return errors

    def foreign_requests(self) -> list[str]:
        """Requests the pages made to any host but the local server."""
        local = urlsplit(self.base).netloc
        return [
            url
            for url in self.requests
            # data: and blob: never leave the page; chrome: is the browser's own start page, not the site's.
            if urlsplit(url).scheme not in ("data", "blob", "about", "chrome", "chrome-untrusted", "chrome-extension")
            and urlsplit(url).netloc != local
        ]

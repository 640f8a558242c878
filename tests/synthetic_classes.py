"""Small synthetic classes for testing the comparison rules, whatever the interpreter.

Importable by dotted path (``synthetic_classes.SyncClient``) because pytest puts
the tests folder on sys.path.
"""

from __future__ import annotations

from typing import Any

MARKER = object()


class SyncClient:
    """A blocking client."""

    def get(self, url: str, timeout: float | None = None) -> str:
        """Fetch a URL."""
        return url

    def close(self) -> None:
        """Close it."""

    def only_sync(self) -> None:
        """Exists only here."""

    def positional(self, a: int, b: int, /) -> None:
        """Positional-only here."""

    def defaults(self, x: int = 1) -> None:
        """Default 1 here."""

    def order(self, a: int, b: int) -> None:
        """a then b."""

    def sentinel(self, value: object = MARKER) -> None:
        """A default whose repr holds a memory address."""

    def escaped(self, text: str = "<a & b>") -> None:
        """Markup characters: <, > and &."""

    @property
    def state(self) -> str:
        """A property here."""
        return "open"

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class AsyncClient:
    """An asynchronous client."""

    async def get(self, url: str, *, timeout: float | None = None) -> str:
        """Fetch a URL."""
        return url

    async def close(self) -> None:
        """Close it."""

    def only_async(self) -> None:
        """Exists only here."""

    def positional(self, a: int, b: int) -> None:
        """Not positional-only here."""

    def defaults(self, x: int = 2) -> None:
        """Default 2 here."""

    def order(self, b: int, a: int) -> None:
        """b then a."""

    def sentinel(self, value: object = MARKER) -> None:
        """A default whose repr holds a memory address."""

    def escaped(self, text: str = "<a & b>") -> None:
        """Markup characters: <, > and &."""

    state = "open"

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


def _unreadable(self: Any, fn: Any) -> None:
    """A method whose signature inspect cannot read, like a C method without a text signature."""


# inspect.signature() raises TypeError for a __signature__ that is not a Signature.
_unreadable.__signature__ = "unreadable"  # type: ignore[attr-defined]


class Accelerated:
    """Stands for a C-accelerated class: one method has no readable signature."""

    add_callback = _unreadable

    def plain(self, x: int) -> None:
        """An ordinary method."""


class PurePython:
    """The pure-Python twin of Accelerated."""

    def add_callback(self, fn: Any, *, context: Any = None) -> None:
        """Add a callback."""

    def plain(self, x: int) -> None:
        """An ordinary method."""


class BaseError(Exception):
    """The base of the right-hand module's errors."""


class LeftError(Exception):
    """An error of the left-hand module."""


class RightError(BaseError):
    """An error of the right-hand module."""


def sync_wait(fs: Any, timeout: float | None = None) -> None:
    """Wait, blocking."""


async def async_wait(fs: Any, *, timeout: float | None = None) -> None:
    """Wait, in a coroutine."""


NOT_A_CLASS = 42


class Threaded:
    """Stands for the other world: add_callback takes no context."""

    def add_callback(self, fn: Any) -> None:
        """Add a callback."""

    def plain(self, x: int, y: int = 0) -> None:
        """One more parameter here."""


class PositionalA:
    def get(self, key: str, /, default: object = None) -> None:
        """Positional-only key."""


class PositionalB:
    def get(self, name: str, /, default: object = None) -> None:
        """Same calls, another name for the positional-only parameter."""


class ClientV1:
    """A class as an older Python had it."""

    def fetch(self, url: str) -> None:
        """Fetch."""

    def legacy(self) -> None:
        """Removed in V2."""


class ClientV2:
    """The same class as a newer Python has it: a member added, one removed, a signature changed."""

    def fetch(self, url: str, *, timeout: float = 1.0) -> None:
        """Fetch."""

    def fetch_all(self) -> None:
        """New in V2."""

"""Classes whose own code raises while futcompare introspects them (never collected: see conftest.py).

Importable by dotted path (``hostile_classes.HostileDir``), like synthetic_classes.
"""

from __future__ import annotations

from typing import Any


class _BrokenDir(type):
    def __dir__(cls) -> list[str]:
        raise RuntimeError("dir() is broken on purpose")


class HostileDir(metaclass=_BrokenDir):
    """dir() of this class raises."""

    def method(self, x: int) -> None:
        """A method all the same."""


class _BrokenGetattr(type):
    def __getattr__(cls, name: str) -> Any:
        raise RuntimeError(f"no lookup of {name} on purpose")


class HostileGetattr(metaclass=_BrokenGetattr):
    """Every missing attribute raises RuntimeError instead of AttributeError."""

    def method(self, x: int) -> None:
        """A method all the same."""


class _BrokenSignature(type):
    @property
    def __signature__(cls) -> Any:
        raise RuntimeError("__signature__ is broken on purpose")


class HostileSignature(metaclass=_BrokenSignature):
    """inspect.signature() of this class raises RuntimeError."""

    def __init__(self, x: int) -> None:
        """Takes x."""

    def method(self, x: int) -> None:
        """A method all the same."""


class _RaisingDescriptor:
    def __get__(self, obj: object, owner: type | None = None) -> Any:
        raise RuntimeError("descriptor __get__ is broken on purpose")

    def __call__(self) -> None:
        """Callable, so futcompare takes it for a method."""


class HostileMember:
    """One member whose descriptor raises when it is read."""

    method = _RaisingDescriptor()

    def plain(self, x: int) -> None:
        """An ordinary method."""


class Plain:
    """The well-behaved side of every comparison with the classes above."""

    def __init__(self, x: int) -> None:
        """Takes x."""

    def method(self, x: int) -> None:
        """A method."""

    def plain(self, x: int) -> None:
        """An ordinary method."""


class MarkdownHostile:
    """Defaults whose repr would break a Markdown code span or inject HTML."""

    def method(self, x: str = "`| <script>alert(1)</script>") -> None:
        """A method."""


class MarkdownPlain:
    """The other side."""

    def method(self, x: str = "") -> None:
        """A method."""

"""The one exception futcompare raises for bad input."""

from __future__ import annotations


class FutcompareError(ValueError):
    """Bad input: an unknown pair, an unimportable path, a broken catalog entry.

    The message names the culprit and the fix, and fits on one line.
    """


class Unavailable(FutcompareError):
    """What was asked for does not exist on this interpreter (``asyncio.timeout`` before 3.11),
    or cannot be observed here (a behaviour probe under Pyodide)."""

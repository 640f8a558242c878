"""The one exception futcompare raises for bad input."""

from __future__ import annotations


class FutcompareError(ValueError):
    """Bad input: an unknown pair, an unimportable path, a broken catalog entry.

    The message names the culprit and the fix, and fits on one line.
    """


class UnavailableError(FutcompareError):
    """What was asked for does not exist on that Python: ``asyncio.Barrier`` before 3.11.

    A fact about the interpreter, not a fault: a snapshot records it, and a pair's
    version history leaves such an interpreter out.
    """


class DamagedDataError(FutcompareError):
    """A committed data file (a snapshot) is unreadable or malformed: never skipped, always reported.

    The message names the file, the surface or member, the field, and the fix (take it again).
    """

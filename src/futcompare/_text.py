"""Versions and names in words: the small facts every layer uses, so that each is written once.

This module imports nothing of futcompare: any module may import it (the import graph's bottom,
with :mod:`futcompare.errors` and :mod:`futcompare.model`).
"""

from __future__ import annotations

#: How the site, the CLI and the JSON name an implementation (``sys.implementation.name``).
IMPLEMENTATION_NAMES = {"cpython": "CPython", "pypy": "PyPy"}


def implementation_name(implementation: str, unknown: str) -> str:
    """``cpython`` -> ``CPython``; *unknown* for an empty name, the name itself for one not listed.

    >>> implementation_name("cpython", "?"), implementation_name("", "Python"), implementation_name("graalpy", "?")
    ('CPython', 'Python', 'graalpy')
    """
    return IMPLEMENTATION_NAMES.get(implementation, implementation or unknown)


def minor_version(version: str) -> str:
    """The major.minor part of a version: ``3.10.13`` -> ``3.10``; ``3.15.0rc1`` -> ``3.15``.

    >>> minor_version("3.10.13"), minor_version("3.15.0rc1"), minor_version("3.9")
    ('3.10', '3.15', '3.9')
    """
    return ".".join(version.split(".")[:2])


def version_key(version: str) -> tuple[int, int]:
    """``3.10.13``, ``3.15.0a2`` or ``3.10`` -> ``(3, 10)``, for sorting and comparing versions.

    >>> sorted(["3.10.13", "3.9", "3.15.0a2"], key=version_key)
    ['3.9', '3.10.13', '3.15.0a2']
    """
    major, minor = version.split(".")[:2]
    return int(major), int("".join(ch for ch in minor if ch.isdigit()))

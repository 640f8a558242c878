"""What a build computes once and every part of the extension shares: each pair's matrices and catalog.

The difference pages, the pair pages, the ``futcompare-matrix``, ``futcompare-pairs`` and
``futcompare-glance`` directives and the JSON export all show the same few things about a pair: its
live matrix, its matrix as each committed snapshot saw it, the union of their rows (what a matrix
shows), the rows' history across those versions, and its catalog. :func:`computed` gives the one
:class:`Computed` of a build (of its environment), which works each of these out the first time a
part asks and hands the same answer to every later ask; an error (a catalog that does not load, a
matrix that does not build) is kept and raised again, so every part reports the same one.

Nothing is computed before it is asked for: a no-op rebuild, which reads no page, builds no
matrix. With ``-j auto`` the reading processes are forked after ``builder-inited``, so they start
with what the page generators computed there.

A build is one environment: :mod:`sphinx.testing` and ``sphinx-autobuild`` run many in one
process, each with its own. Catalogs are also keyed by their file's size and time, so a catalog
edited between two builds of one environment is read again.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any, Callable, TypeVar

from sphinx.environment import BuildEnvironment

from futcompare.catalog import Catalog, load_catalog
from futcompare.model import Matrix, Snapshot
from futcompare.pairs import Pair, build_matrix
from futcompare.snapshots import committed_snapshots, load_committed, snapshot_matrices
from futcompare.versions import History, Measured, pair_history, with_measured_rows

_T = TypeVar("_T")


class Computed:
    """A build's answers about the registered pairs, each worked out once (see the module's docstring).

    Two dotted paths given to the matrix directive (no registered pair) are not kept: each
    directive builds its own.
    """

    def __init__(self) -> None:
        self._answers: dict[tuple[Any, ...], tuple[bool, Any]] = {}

    def _once(self, key: tuple[Any, ...], compute: Callable[[], _T]) -> _T:
        if key not in self._answers:
            try:
                self._answers[key] = (True, compute())
            except Exception as error:  # FutcompareError, or code of an introspected class that raised
                self._answers[key] = (False, error)
        ok, value = self._answers[key]
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def live(self, pair: Pair) -> Matrix:
        """*pair*'s matrix on this interpreter (:func:`futcompare.pairs.build_matrix`)."""
        if not pair.registered:
            return build_matrix(pair)
        return self._once(("live", pair.name), lambda: build_matrix(pair))

    def shown(self, pair: Pair) -> Matrix:
        """*pair*'s matrix as the site shows and counts it: the live one, with every row a committed snapshot
        has and this interpreter lacks (:func:`futcompare.versions.with_measured_rows`)."""
        if not pair.registered:
            return self.live(pair)
        return self._once(("shown", pair.name), lambda: with_measured_rows(self.live(pair), self.snapshots(pair)))

    def snapshots(self, pair: Pair) -> dict[str, Matrix]:
        """*pair*'s matrix as each committed snapshot saw it (:func:`futcompare.snapshots.snapshot_matrices`)."""
        if not pair.registered:
            return snapshot_matrices(pair)
        return dict(self._once(("snapshots", pair.name), lambda: snapshot_matrices(pair)))

    def history(self, pair: Pair) -> tuple[dict[str, History], list[Measured]]:
        """Each row's history and the measured interpreters (:func:`futcompare.versions.pair_history`)."""
        if not pair.registered:
            return pair_history(pair)
        return self._once(("history", pair.name), lambda: pair_history(pair, self.snapshots(pair)))

    def catalog(self, pair: str, path: Path) -> Catalog:
        """The catalog of *pair* in *path* (:func:`futcompare.catalog.load_catalog`), read again when it changed."""
        try:
            stat = path.stat()
            stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        return self._once(("catalog", pair, str(path), stamp), lambda: load_catalog(pair, path))

    def committed(self) -> dict[str, Snapshot]:
        """Every committed snapshot, whole and checked, by file name (:func:`futcompare.snapshots.load_committed`)."""
        files = committed_snapshots()
        key = ("committed", *((name, path.stat().st_mtime_ns, path.stat().st_size) for name, path in files.items()))
        return dict(self._once(key, lambda: {name: load_committed(name, path) for name, path in files.items()}))


_BUILDS: weakref.WeakKeyDictionary[BuildEnvironment, Computed] = weakref.WeakKeyDictionary()


def computed(env: BuildEnvironment) -> Computed:
    """The :class:`Computed` of the build *env* belongs to."""
    try:
        return _BUILDS[env]
    except KeyError:
        _BUILDS[env] = found = Computed()
        return found

"""A cache of each pair's snapshot matrices on disk, so that ``futcompare matrix`` need not work them out.

A pair's matrix as each committed snapshot saw it (:func:`futcompare.snapshots.snapshot_matrices`) takes
reading seven snapshot files and comparing their surfaces: about a third of what ``futcompare matrix``
did beyond importing asyncio. The answer depends only on those files and on futcompare's code, so it is
kept in a file of the user's cache folder, keyed by a hash of both:

- the key is the hash CPython gives a source file for a hash-based ``.pyc``
  (:func:`importlib.util.source_hash`) of the interpreter's version, the pair's definition, the name
  and content of every file in the snapshot folder, and the name and content of every module in the
  package's top folder (what the command runs; not ``futcompare.sphinxext``): a changed snapshot or a
  changed line of that code is a different key, and the matrices are
  worked out again (content, not file times: an edit that keeps a file's size and time is seen too);
- the file holds the key, a hash of the data and the data (:mod:`marshal` of tuples, dicts, strings
  and lists that stand for the matrices' objects; never code); one that is missing, unreadable,
  cut short, damaged or of another key is ignored, and one that cannot be written is not written.
  Either way the command prints the same;
- the folder is ``$FUTCOMPARE_CACHE_DIR`` when set (set empty: no cache), else ``futcompare/cli``
  in ``$XDG_CACHE_HOME`` or ``~/.cache`` (``%LOCALAPPDATA%`` on Windows). Deleting it is always safe.
"""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from futcompare.model import Matrix
    from futcompare.pairs import Pair

#: Changed when the file's layout changes (the key covers changes of the package's code).
_FORMAT = b"futcompare snapshot matrices 1\n"
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def snapshot_matrices(pair: Pair) -> dict[str, Matrix]:
    """What :func:`futcompare.snapshots.snapshot_matrices` answers for a registered *pair*, from the cache
    when it holds the answer for these snapshot files and this code, else worked out and kept there."""
    folder = cache_folder()
    key = _key(pair) if folder is not None else None
    path = os.path.join(folder, f"{pair.name}.{sys.implementation.cache_tag}.bin") if folder and key else ""
    if path and key:
        found = _read(path, key)
        if found is not None:
            return found
    from futcompare.snapshots import snapshot_matrices as work_out

    matrices = work_out(pair)
    if path and key:
        _write(path, key, matrices)
    return matrices


def cache_folder() -> str | None:
    """The folder of futcompare's cache (see the module's text), or None when ``FUTCOMPARE_CACHE_DIR`` is empty."""
    chosen = os.environ.get("FUTCOMPARE_CACHE_DIR")
    if chosen is not None:
        return chosen or None
    base = os.environ.get("LOCALAPPDATA", "") if sys.platform == "win32" else os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is to be ignored
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "futcompare", "cli")


def _snapshot_folder() -> str:
    # The folder futcompare.snapshots reads: its SNAPSHOT_DIR, which a test may point elsewhere.
    snapshots = sys.modules.get("futcompare.snapshots")
    if snapshots is not None:
        return str(snapshots.SNAPSHOT_DIR)
    return os.path.join(_PACKAGE, "data", "snapshots")


def _key(pair: Pair) -> bytes | None:
    """The hash of everything the pair's snapshot matrices depend on, or None when a file cannot be read."""
    from importlib.util import source_hash

    parts = [_FORMAT, sys.version.encode(), repr(pair).encode()]
    try:
        snapshots = _snapshot_folder()
        files = [(f"snapshots/{name}", os.path.join(snapshots, name)) for name in sorted(os.listdir(snapshots))]
        files += [(name, os.path.join(_PACKAGE, name)) for name in sorted(os.listdir(_PACKAGE)) if name.endswith(".py")]
        for name, path in files:
            with open(path, "rb") as file:
                content = file.read()
            parts += [b"\0", os.fsencode(name), b"\0", source_hash(content)]
    except OSError:
        return None
    return source_hash(b"".join(parts))


def _read(path: str, key: bytes) -> dict[str, Matrix] | None:
    """The matrices kept at *path* under *key*, or None when there are none (or they cannot be trusted)."""
    from importlib.util import source_hash

    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return None
    head = len(_FORMAT) + 2 * len(key)
    if data[: len(_FORMAT)] != _FORMAT or data[len(_FORMAT) : len(_FORMAT) + len(key)] != key:
        return None
    payload = data[head:]
    if source_hash(payload) != data[len(_FORMAT) + len(key) : head]:
        return None
    try:
        matrices = _decode(marshal.loads(payload), _classes(), {})
    except Exception:  # anything amiss in the data: work the matrices out instead
        return None
    return matrices if isinstance(matrices, dict) else None


def _write(path: str, key: bytes, matrices: dict[str, Matrix]) -> None:
    """Keep *matrices* at *path* under *key*; quietly nothing when they or the file cannot be written."""
    from importlib.util import source_hash

    try:
        payload = marshal.dumps(_encode(matrices, _classes(), {}))
    except (TypeError, ValueError):
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(_FORMAT + key + source_hash(payload) + payload)
        os.replace(temporary, path)  # whole or not at all, also with another process writing it
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _classes() -> dict[str, tuple[type, list[str]]]:
    """The classes a matrix is made of, by name, with the names of their fields."""
    from futcompare import model

    classes = (model.Matrix, model.Side, model.PythonInfo, model.Row, model.Member, model.Parameter, model.Delta)
    return {cls.__name__: (cls, [f.name for f in dataclasses.fields(cls)]) for cls in classes}


def _encode(value: Any, classes: dict[str, tuple[type, list[str]]], kept: dict[bytes, Any]) -> Any:
    """*value* as tuples, dicts and scalars that :mod:`marshal` writes, an object of *classes* as a list
    ``[class name, *field values]``; anything else (a list, a set, another class) raises TypeError.

    Objects that are equal are written once (*kept* holds each by its bytes): seven snapshots repeat
    most rows, and the file then holds about a fifth of the objects, read back five times faster.
    """
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, tuple):
        return tuple(_encode(item, classes, kept) for item in value)
    if isinstance(value, dict) and all(isinstance(name, str) for name in value):
        return {name: _encode(item, classes, kept) for name, item in value.items()}
    cls, names = classes.get(type(value).__name__, (None, []))
    if cls is not type(value):
        raise TypeError(f"cannot keep a {type(value).__name__} in the cache")
    encoded = [cls.__name__, *(_encode(getattr(value, name), classes, kept) for name in names)]
    return kept.setdefault(marshal.dumps(encoded), encoded)


def _decode(value: Any, classes: dict[str, tuple[type, list[str]]], made: dict[int, Any]) -> Any:
    """The inverse of :func:`_encode`. An object is rebuilt as :mod:`pickle` rebuilds one (its fields set
    without calling ``__init__``): the object that was kept, field for field. *made* holds each object
    made so far by the id of its list, so an object written once is made once (and is then shared, as
    equal frozen objects may be)."""
    if type(value) is list:
        obj = made.get(id(value))
        if obj is None:
            cls, names = classes[value[0]]
            if len(names) != len(value) - 1:
                raise ValueError(f"{cls.__name__} has {len(names)} fields, not {len(value) - 1}")
            obj = made[id(value)] = object.__new__(cls)
            obj.__dict__.update(
                zip(names, [item if type(item) is str else _decode(item, classes, made) for item in value[1:]])
            )
        return obj
    if type(value) is tuple:
        if all(type(item) is str for item in value):
            return value
        return tuple([_decode(item, classes, made) for item in value])
    if type(value) is dict:
        return {name: _decode(item, classes, made) for name, item in value.items()}
    return value

"""Introspection of the real Future classes and of synthetic ones."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Callable

import pytest

from futcompare import FutcompareError, introspect
from futcompare.introspect import resolve


def test_c_member_without_signature_is_read_from_the_twin() -> None:
    surface = introspect("asyncio.Future", twin="asyncio.futures._PyFuture")
    add = surface.member("add_done_callback")
    assert add is not None
    assert add.signature == "(fn, *, context=None)"
    assert add.signature_source == "twin"
    assert surface.twin == "asyncio.futures._PyFuture"


def test_without_twin_the_signature_is_unknown_not_guessed() -> None:
    add = introspect("asyncio.Future").member("add_done_callback")
    assert add is not None
    assert (add.signature, add.signature_source) == (None, "none")


def test_c_methods_are_positional_only() -> None:
    surface = introspect("asyncio.Future")
    set_result = surface.member("set_result")
    assert set_result is not None and set_result.parameters is not None
    assert set_result.signature == "(result, /)"
    assert [p.kind for p in set_result.parameters] == ["positional-only"]


def test_members_kinds_and_defining_class() -> None:
    surface = introspect("concurrent.futures.Future")
    result = surface.member("result")
    assert result is not None
    assert (result.kind, result.signature, result.defined_in) == (
        "method",
        "(timeout=None)",
        "concurrent.futures._base.Future",
    )
    assert result.doc.startswith("Return the result of the call")
    assert surface.member("_condition") is None  # private names are left out
    assert surface.member("__await__") is None


def test_class_facts() -> None:
    aio = introspect("asyncio.Future")
    assert aio.facts is not None and aio.facts.awaitable and aio.facts.generic
    assert not aio.facts.context_manager
    assert aio.qualname == asyncio.Future.__module__ + ".Future"
    client = introspect("synthetic_classes.AsyncClient")
    assert client.facts is not None and client.facts.async_context_manager and not client.facts.context_manager


def test_member_kinds_of_synthetic_classes() -> None:
    client = introspect("synthetic_classes.AsyncClient")
    kinds = {m.name: m.kind for m in client.members}
    assert kinds["get"] == "coroutine method"
    assert kinds["state"] == "data"
    assert introspect("synthetic_classes.SyncClient").member("state").kind == "property"  # type: ignore[union-attr]


def test_exception_surface_records_identity_and_mro() -> None:
    surface = introspect("asyncio.CancelledError", members=False)
    assert surface.kind == "exception"
    assert surface.members == ()
    assert surface.facts is not None and "builtins.BaseException" in surface.facts.mro_names


def test_function_surface() -> None:
    surface = introspect("concurrent.futures.wait")
    assert surface.kind == "function"
    (call,) = surface.members
    assert call.signature == "(fs, timeout=None, return_when='ALL_COMPLETED')"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "nonexistent_module_xyz.Thing",
            "cannot import 'nonexistent_module_xyz.Thing': no module 'nonexistent_module_xyz'",
        ),
        ("asyncio.NoSuchThing", "cannot import 'asyncio.NoSuchThing': 'asyncio' has no attribute 'NoSuchThing'"),
        ("not a path", "'not a path' is not a dotted path"),
        ("asyncio", "'asyncio' is a module, neither a class nor a function; name a class or function"),
        ("synthetic_classes.NOT_A_CLASS", "'synthetic_classes.NOT_A_CLASS' is an int, neither a class nor a function"),
    ],
)
def test_bad_paths_name_the_culprit(path: str, message: str) -> None:
    with pytest.raises(FutcompareError) as error:
        introspect(path)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_module_that_fails_to_import_is_named_with_its_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "futcompare_broken_module.py").write_text("import futcompare_missing_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(FutcompareError) as error:
        introspect("futcompare_broken_module.Thing")
    assert str(error.value) == (
        "cannot import 'futcompare_broken_module.Thing': importing 'futcompare_broken_module' failed:"
        " No module named 'futcompare_missing_dependency'"
    )


def test_resolve_nested_attribute() -> None:
    assert resolve("concurrent.futures.Future.result") is __import__("concurrent.futures").futures.Future.result


# -- C signatures read without inspect's tokenizer (futcompare.introspect._text_signature) ----------------------

MODULES = ["builtins", "asyncio", "_asyncio", "_thread", "threading", "queue", "_queue", "concurrent.futures",
           "collections", "io", "os", "itertools", "functools", "operator", "re", "array", "socket", "select",
           "time", "struct", "zlib", "contextvars", "heapq", "datetime", "decimal", "weakref", "types"]  # fmt: skip


def callables() -> list[tuple[str, object]]:
    """Every function, method and class of MODULES, and of their classes, once each."""
    import importlib
    import inspect

    found: dict[int, tuple[str, object]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for attr in dir(module):
            obj = getattr(module, attr, None)
            found.setdefault(id(obj), (f"{name}.{attr}", obj))
            if inspect.isclass(obj):
                for member in dir(obj):
                    for value in (getattr(obj, member, None), inspect.getattr_static(obj, member, None)):
                        found.setdefault(id(value), (f"{name}.{attr}.{member}", value))
    return list(found.values())


def signature_of(read: Callable[[Any], Any], obj: object) -> object:
    try:
        sig = read(obj)
    except (ValueError, TypeError) as error:
        return type(error).__name__
    return None if sig is None else (str(sig), [(p.name, p.kind, repr(p.default)) for p in sig.parameters.values()])


def test_c_signatures_read_from_their_text_are_what_inspect_reads() -> None:
    import inspect

    from futcompare.introspect import _text_signature

    read = 0
    for where, obj in callables():
        ours = signature_of(_text_signature, obj)
        if ours is not None:
            read += 1
            assert ours == signature_of(inspect.signature, obj), where
    assert read > 1000  # most C callables: the test compares something


@pytest.mark.parametrize("pair", ["future", "lock", "rlock", "queue", "condition", "barrier"])
def test_a_pair_reads_the_same_with_or_without_inspect_reading_c_signatures(
    pair: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from futcompare import build_matrix, get_pair

    fast = build_matrix(get_pair(pair))
    monkeypatch.setattr(sys.modules["futcompare.introspect"], "_text_signature", lambda target: None)
    assert build_matrix(get_pair(pair)) == fast

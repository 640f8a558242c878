"""futcompare._record.dataclass(frozen=True) behaves as dataclasses.dataclass(frozen=True) does."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from futcompare import _record


def declare(decorator: Any) -> Any:
    @decorator(frozen=True)
    class Record:
        """A record."""

        name: str
        kind: str
        default: str | None = None
        tags: tuple[str, ...] = ()
        made: tuple[int, ...] = dataclasses.field(default_factory=tuple)
        hidden: str = dataclasses.field(default="h", repr=False, compare=False)

    return Record


Standard, Shared = declare(dataclasses.dataclass), declare(_record.dataclass)


@_record.dataclass(frozen=True)
class Pickled:
    """At module level, where pickle finds it."""

    a: int
    b: tuple[str, ...] = ()


CALLS = [
    (("a", "b"), {}),
    (("a",), {"kind": "k", "default": "d"}),
    ((), {"name": "n", "kind": "k", "made": (1,), "hidden": "x"}),
    (("a", "b", None, ("t",), (2,), "h"), {}),
]
BAD_CALLS = [
    ((), {}),
    (("a",), {}),
    (("a", "b", "c", (), (), "h", "extra"), {}),
    (("a", "b"), {"name": "again"}),
    (("a", "b"), {"unknown": 1}),
]


def outcome(cls: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    try:
        return repr(cls(*args, **kwargs))
    except TypeError as error:
        return f"TypeError: {error}"


@pytest.mark.parametrize("call", CALLS + BAD_CALLS)
def test_made_and_refused_alike(call: tuple[Any, ...]) -> None:
    args, kwargs = call
    assert outcome(Shared, args, kwargs) == outcome(Standard, args, kwargs)


@pytest.mark.parametrize("call", CALLS)
def test_equal_hashed_and_copied_alike(call: tuple[Any, ...]) -> None:
    args, kwargs = call
    standard, shared = Standard(*args, **kwargs), Shared(*args, **kwargs)
    assert hash(shared) == hash(standard)
    assert dataclasses.asdict(shared) == dataclasses.asdict(standard)
    assert dataclasses.astuple(shared) == dataclasses.astuple(standard)
    assert shared == Shared(*args, **kwargs) and shared == dataclasses.replace(shared, hidden="other")
    assert shared != dataclasses.replace(shared, name="other") and shared != standard
    assert repr(dataclasses.replace(shared, name="z")) == repr(dataclasses.replace(standard, name="z"))
    assert copy.copy(shared) == shared and copy.deepcopy(shared) == shared


def test_frozen_alike() -> None:
    for obj in (Standard("a", "b"), Shared("a", "b")):
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'name'"):
            obj.name = "x"
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'name'"):
            del obj.name
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'other'"):
            obj.other = 1


def test_introspected_alike() -> None:
    assert str(inspect.signature(Shared)) == str(inspect.signature(Standard))
    assert [f.name for f in dataclasses.fields(Shared)] == [f.name for f in dataclasses.fields(Standard)]
    assert dataclasses.is_dataclass(Shared)
    assert getattr(Shared, "__match_args__", None) == getattr(Standard, "__match_args__", None)  # none on 3.9
    assert Shared.__init__.__qualname__ == f"{Shared.__qualname__}.__init__"  # as dataclasses names it from 3.10
    assert Shared.__doc__ == "A record."


def test_pickled() -> None:
    obj = Pickled(1, ("x",))
    assert pickle.loads(pickle.dumps(obj)) == obj


def test_other_options_are_the_standard_dataclass() -> None:
    ordered = _record.dataclass(order=True, frozen=True)(type("Ordered", (), {"__annotations__": {"a": "int"}}))
    assert ordered(1) < ordered(2)
    plain = _record.dataclass(type("Plain", (), {"__annotations__": {"a": "int"}}))
    obj = plain(1)
    obj.a = 2
    assert obj == plain(2)

"""``dataclass(frozen=True)`` with shared methods instead of generated ones, for the classes the CLI imports.

``dataclasses.dataclass(frozen=True)`` writes the source of six methods for each class and compiles
it: about 1 ms a class on CPython 3.11, 15 ms for the classes ``futcompare matrix`` imports, a third of
what it does beyond importing asyncio. :func:`dataclass` here makes the same class with the standard
machinery (so :func:`dataclasses.fields`, :func:`dataclasses.replace`, :func:`dataclasses.asdict` and
``is_dataclass`` work as ever), then gives it ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` made from closures over its fields: nothing is compiled.

A module uses it as ``dataclasses.dataclass`` under type checking, so mypy checks the classes as the
frozen dataclasses they behave as::

    if TYPE_CHECKING:
        from dataclasses import dataclass
    else:
        from futcompare._record import dataclass

Any use but ``@dataclass(frozen=True)`` (order, slots, ...) is handed to :func:`dataclasses.dataclass`.
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
from operator import attrgetter
from typing import Any, Callable

_MISSING = dataclasses.MISSING
_set = object.__setattr__


def dataclass(cls: type | None = None, /, **options: Any) -> Any:
    """``@dataclass(frozen=True)``: a frozen dataclass whose methods are closures (see the module's text)."""
    if cls is None:
        return lambda cls: dataclass(cls, **options)
    if options != {"frozen": True}:
        return dataclasses.dataclass(cls, **options)
    return _frozen(dataclasses.dataclass(cls, init=False, repr=False, eq=False))


def _frozen(cls: type) -> type:
    fields = dataclasses.fields(cls)
    names = frozenset(f.name for f in fields)
    compared = _getter(tuple(f.name for f in fields if f.compare))
    hashed = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
    shown = tuple(f.name for f in fields if f.repr)
    base: Any = cls

    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(base, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(base, self).__delattr__(name)

    methods: dict[str, Any] = {
        "__init__": _init(cls, [f for f in fields if f.init], [f for f in fields if not f.init]),
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__hash__": __hash__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
    }
    for name, method in methods.items():
        if name in cls.__dict__:  # as dataclasses does: a method the class defines stays
            continue
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    if "__match_args__" not in cls.__dict__ and sys.version_info >= (3, 10):  # dataclasses sets it with init=True
        setattr(cls, "__match_args__", tuple(f.name for f in fields if f.init))  # noqa: B010
    setattr(cls, "__signature__", _Signature())  # noqa: B010 (set after the class: inspect reads it from there)
    return cls


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of those attributes (a tuple even for one name, as the dataclass methods compare them)."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


def _init(cls: type, fields: list[dataclasses.Field[Any]], others: list[dataclasses.Field[Any]]) -> Any:
    """``__init__`` for *fields* in order, with their defaults, raising TypeError as a generated one does."""
    names = tuple(f.name for f in fields)
    defaults = {f.name: f.default for f in fields if f.default is not _MISSING}
    factories = {f.name: f.default_factory for f in (*fields, *others) if f.default_factory is not _MISSING}
    post_init = hasattr(cls, "__post_init__")
    prefix = f"{cls.__qualname__}.__init__()" if sys.version_info >= (3, 10) else "__init__()"  # as Python says it
    required = sum(1 for name in names if name not in defaults and name not in factories)
    takes = f"{len(names) + 1}" if required == len(names) else f"from {required + 1} to {len(names) + 1}"

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(f"{prefix} takes {takes} positional arguments but {len(args) + 1} were given")
        for name, value in zip(names, args):
            _set(self, name, value)
        missing = []
        for name in names[len(args) :]:
            if name in kwargs:
                _set(self, name, kwargs.pop(name))
            elif name in defaults:
                _set(self, name, defaults[name])
            elif name in factories:
                _set(self, name, factories[name]())
            else:
                missing.append(name)
        for field in others:
            if field.name in factories:
                _set(self, field.name, factories[field.name]())
        if kwargs:
            name = next(iter(kwargs))
            if name in names:
                raise TypeError(f"{prefix} got multiple values for argument {name!r}")
            raise TypeError(f"{prefix} got an unexpected keyword argument {name!r}")
        if missing:
            quoted = [repr(name) for name in missing]
            listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(f"{prefix} missing {len(missing)} required positional argument{plural}: {listed}")
        if post_init:
            self.__post_init__()

    return __init__


class _Factory:
    def __repr__(self) -> str:
        return "<factory>"


def _default(field: dataclasses.Field[Any]) -> Any:
    """A field's default as the signature of a generated ``__init__`` shows it."""
    if field.default is not _MISSING:
        return field.default
    return _Factory() if field.default_factory is not _MISSING else inspect.Parameter.empty


class _Signature:
    """``inspect.signature(cls)``: the generated ``__init__``'s, worked out when first asked for."""

    def __get__(self, obj: object, owner: type) -> inspect.Signature:
        parameters = [
            inspect.Parameter(
                f.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=_default(f),
                annotation=f.type,
            )
            for f in dataclasses.fields(owner)
            if f.init
        ]
        return inspect.Signature(parameters, return_annotation=None)

"""Introspect: the public API surface of a class or function named by a dotted path.

Standard library only; runs unmodified on CPython 3.9+ and on Pyodide.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from typing import Any, Callable, Literal

from futcompare.errors import FutcompareError, UnavailableError
from futcompare.model import ClassFacts, Member, MemberKind, Parameter, ParameterKind, SignatureSource, Surface

#: Dunder members that matter to users of a class, beside its public names.
PROTOCOL_DUNDERS = (
    "__init__",
    "__await__",
    "__iter__",
    "__aiter__",
    "__enter__",
    "__exit__",
    "__aenter__",
    "__aexit__",
    "__class_getitem__",
    "__del__",
)

_KIND_NAMES: dict[Any, ParameterKind] = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional-or-keyword",
    inspect.Parameter.VAR_POSITIONAL: "var-positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_KEYWORD: "var-keyword",
}
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")

#: Factory functions that are safe to call with no argument, by dotted name: a path naming one is
#: introspected as the class of the object it returns. ``threading.Lock`` is ``_thread.allocate_lock``
#: before 3.13 (the class ``_thread.lock`` from 3.13); ``threading.RLock`` is a function on every
#: version, returning ``_thread.RLock`` (or ``threading._RLock`` where ``_thread`` has none).
KNOWN_FACTORIES = frozenset({"_thread.allocate_lock", "threading.RLock", "threading.allocate_lock"})


def resolve(path: str) -> Any:
    """Import the object named by a dotted path such as ``asyncio.Future``.

    Raises :class:`~futcompare.errors.FutcompareError` naming the path when it cannot be imported.
    """
    parts = path.split(".")
    if not path or not all(part.isidentifier() for part in parts):
        raise FutcompareError(f"{path!r} is not a dotted path; write it as module.Name, e.g. asyncio.Future")
    # Import the longest prefix that is a module, shortest first, so an error names the module that failed.
    module: Any = None
    split = 0
    for split in range(1, len(parts) + 1):
        module_name = ".".join(parts[:split])
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                split -= 1
                break  # not a module: the rest are attributes
            raise UnavailableError(f"cannot import {path!r}: importing {module_name!r} failed: {error}") from None
        except Exception as error:  # the module exists, but importing it fails
            raise UnavailableError(f"cannot import {path!r}: importing {module_name!r} failed: {error!r}") from None
    if module is None:
        raise UnavailableError(f"cannot import {path!r}: no module {parts[0]!r}; give module.Name, e.g. asyncio.Future")
    obj = module
    for index in range(split, len(parts)):
        owner = ".".join(parts[:index])
        try:
            obj = getattr(obj, parts[index])
        except AttributeError:
            raise UnavailableError(f"cannot import {path!r}: {owner!r} has no attribute {parts[index]!r}") from None
        except Exception as error:  # a hostile __getattr__
            raise FutcompareError(
                f"cannot import {path!r}: getting {parts[index]!r} from {owner!r} raised {describe_error(error)}"
            ) from None
    return obj


def dotted_name(obj: Any) -> str:
    """``module.qualname`` of a class or function (``?`` for a part that cannot be read)."""
    return f"{_safe_str(obj, '__module__')}.{_safe_str(obj, '__qualname__')}"


def _safe_str(obj: Any, name: str) -> str:
    try:
        value = getattr(obj, name, None)
    except Exception:  # a hostile class: its metaclass's __getattr__ or a property raised
        return "?"
    return value if isinstance(value, str) else "?"


def describe_error(error: BaseException) -> str:
    """An exception raised by introspected code, on one line: ``RuntimeError: boom``."""
    text = " ".join(str(error).split())
    if len(text) > 200:
        text = text[:199] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _getattr(obj: Any, name: str) -> Any:
    """``getattr(obj, name, None)``, also None when the lookup raises something else than AttributeError."""
    try:
        return getattr(obj, name, None)
    except Exception:
        return None


def _dotted_or_none(obj: Any) -> str | None:
    try:
        return dotted_name(obj)
    except AttributeError:
        return None


def first_doc_line(obj: Any) -> str:
    doc = _getattr(obj, "__doc__")
    if not isinstance(doc, str) or not doc:
        return ""
    for line in inspect.cleandoc(doc).splitlines():
        if line.strip():
            return line.strip()
    return ""


def introspect(path: str, *, twin: str | None = None, members: bool = True) -> Surface:
    """The public surface of the class or function named by *path*.

    *twin* names a pure-Python class to read a signature from when a member of
    *path* (typically C-accelerated) has none; the member then records
    ``signature_source="twin"``. With *members* false, only class facts are read.

    >>> surface = introspect("concurrent.futures.Future")
    >>> surface.member("result").signature
    '(timeout=None)'
    >>> introspect("asyncio.Future", twin="asyncio.futures._PyFuture").member("add_done_callback").signature_source
    'twin'

    A known factory function (:data:`KNOWN_FACTORIES`) is introspected as the class of what it returns:

    >>> lock = introspect("threading.RLock")
    >>> lock.qualname, lock.factory, lock.member("acquire") is not None
    ('_thread.RLock', 'threading.RLock', True)
    """
    obj = resolve(path)
    factory: str | None = None
    if members and not inspect.isclass(obj) and _dotted_or_none(obj) in KNOWN_FACTORIES:
        factory, obj = dotted_name(obj), type(obj())
    if inspect.isclass(obj):
        twin_cls = _resolve_twin(twin) if twin else None
        is_exception = issubclass(obj, BaseException)
        return Surface(
            path=path,
            qualname=dotted_name(obj),
            kind="exception" if is_exception else "class",
            doc=first_doc_line(obj),
            facts=class_facts(obj),
            members=tuple(_members(obj, twin_cls)) if members else (),
            twin=twin,
            notes=_dir(obj)[1] if members else (),
            factory=factory,
        )
    if inspect.isfunction(obj) or inspect.isbuiltin(obj):
        kind: Literal["function", "coroutine function"] = (
            "coroutine function" if inspect.iscoroutinefunction(obj) else "function"
        )
        # A method named through its class (concurrent.futures.Future.result) is compared as its callers see it:
        # on an instance, without self.
        owner = resolve(path.rpartition(".")[0]) if "." in path else None
        is_method = inspect.isclass(owner) and not isinstance(
            inspect.getattr_static(owner, obj.__name__, None), (staticmethod, classmethod)
        )
        error = ""
        try:
            signature, parameters = _signature(obj, drop_first=is_method)
        except Exception as exc:
            signature, parameters = None, None
            error = f"reading the signature of {path} raised {describe_error(exc)}"
        call = Member(
            name="__call__",
            kind=kind,
            signature=signature,
            parameters=parameters,
            signature_source="none" if signature is None else "live",
            defined_in=dotted_name(obj),
            doc=first_doc_line(obj),
            error=error,
        )
        return Surface(path, dotted_name(obj), kind, first_doc_line(obj), None, (call,))
    raise FutcompareError(
        f"{path!r} is {_a(type(obj).__name__)}, neither a class nor a function; name a class or function, "
        "e.g. asyncio.Future or asyncio.wait"
    )


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _resolve_twin(twin: str) -> type:
    cls = resolve(twin)
    if not inspect.isclass(cls):
        raise FutcompareError(f"twin {twin!r} is not a class; a twin is the pure-Python version of the class")
    return cls


def class_facts(cls: type) -> ClassFacts:
    """MRO and the protocols a class supports."""

    def has(*names: str) -> bool:
        return all(callable(_getattr(cls, name)) for name in names)

    return ClassFacts(
        mro_names=tuple(dotted_name(klass) for klass in cls.__mro__),
        awaitable=has("__await__"),
        context_manager=has("__enter__", "__exit__"),
        async_context_manager=has("__aenter__", "__aexit__"),
        generic=has("__class_getitem__") or any(_getattr(k, "__parameters__") for k in cls.__mro__),
    )


def _is_public(name: str) -> bool:
    return not name.startswith("_") or name in PROTOCOL_DUNDERS


def _dir(cls: type) -> tuple[list[str], tuple[str, ...]]:
    """The names ``dir(cls)`` lists, and a note when it raised and the class dictionaries were read instead."""
    try:
        return list(dir(cls)), ()
    except Exception as error:  # a metaclass whose __dir__ raises
        names = [name for klass in cls.__mro__ for name in vars(klass)]
        note = (
            f"dir() of {dotted_name(cls)} raised {describe_error(error)};"
            " its members were read from the class dictionaries"
        )
        return names, (note,)


def _members(cls: type, twin: type | None) -> list[Member]:
    names = sorted({name for name in _dir(cls)[0] if _is_public(name)})
    result = []
    for name in names:
        owner = next((klass for klass in cls.__mro__ if name in vars(klass)), None)
        if owner is object:
            continue  # object's own __init__ and friends tell nothing about this class
        result.append(_member(cls, name, owner, twin))
    return result


def _member(cls: type, name: str, owner: type | None, twin: type | None) -> Member:
    defined_in = dotted_name(owner) if owner is not None else dotted_name(cls)
    try:
        raw = inspect.getattr_static(cls, name)
    except AttributeError:  # listed by a custom __dir__, but not there
        raw = None
    kind = _member_kind(raw)
    signature: str | None = None
    parameters: tuple[Parameter, ...] | None = None
    source: SignatureSource = "none"
    error = ""
    try:
        if kind not in ("property", "data", "class"):
            signature, parameters = _member_signature(cls, name, kind)
            if signature is not None:
                source = "live"
            elif twin is not None and name in dir(twin):
                twin_kind = _member_kind(inspect.getattr_static(twin, name))
                signature, parameters = _member_signature(twin, name, twin_kind)
                if signature is not None:
                    source = "twin"
            if signature is None:
                signature, parameters = _doc_signature(_getattr(cls, name), name)
                if signature is not None:
                    source = "doc"
    except Exception as exc:  # code of the introspected class raised: say so in the row, compare nothing
        signature, parameters, source = None, None, "none"
        error = f"reading the signature of {name} raised {describe_error(exc)}"
    doc = first_doc_line(_getattr(cls, name)) if kind != "data" else ""
    if not doc and twin is not None and kind != "data":
        doc = first_doc_line(_getattr(twin, name))
    return Member(
        name=name,
        kind=kind,
        signature=signature,
        parameters=parameters,
        signature_source=source,
        defined_in=defined_in,
        doc=doc,
        error=error,
    )


def _member_kind(raw: Any) -> MemberKind:
    if isinstance(raw, staticmethod):
        return "staticmethod"
    if isinstance(raw, classmethod) or type(raw).__name__ == "classmethod_descriptor":
        return "classmethod"
    if isinstance(raw, property) or inspect.isgetsetdescriptor(raw):
        return "property"
    if inspect.isclass(raw):
        return "class"
    if inspect.isfunction(raw):
        if inspect.iscoroutinefunction(raw):
            return "coroutine method"
        if inspect.isasyncgenfunction(raw):
            return "async generator method"
        return "method"
    if callable(raw) or inspect.ismethoddescriptor(raw):
        return "method"
    return "data"


def _member_signature(cls: type, name: str, kind: str) -> tuple[str | None, tuple[Parameter, ...] | None]:
    if name == "__init__":
        # A C class's __init__ is a slot wrapper reading (*args, **kwargs); the class itself knows better.
        return _signature(cls, drop_first=False)
    target = getattr(cls, name)
    # Looked up on the class, a method still has self; a class or static method has no first argument to drop.
    return _signature(target, drop_first=kind not in ("classmethod", "staticmethod"))


_DOC_SIGNATURE = re.compile(r"^(?P<name>\w+)\((?P<params>[^()]*)\)(?:\s*->\s*[\w.]+)?$")


def _doc_signature(target: Any, name: str) -> tuple[str | None, tuple[Parameter, ...] | None]:
    """The signature a C method's docstring states on its first line, when it names the method itself.

    ``_thread.lock.acquire`` has no signature before CPython 3.13, but its docstring starts with
    ``acquire(blocking=True, timeout=-1) -> bool``. Only literal defaults are accepted.

    >>> class Lock:
    ...     def acquire(self): "acquire(blocking=True, timeout=-1) -> bool"
    ...     def release(self): "acquire() is its twin"
    >>> _doc_signature(Lock.acquire, "acquire")[0], _doc_signature(Lock.release, "release")[0]
    ('(blocking=True, timeout=-1)', None)
    """
    doc = getattr(target, "__doc__", None)
    found = _DOC_SIGNATURE.match(doc.splitlines()[0].strip()) if isinstance(doc, str) and doc.strip() else None
    if found is None or found.group("name") != name:
        return None, None
    try:
        arguments = ast.parse(f"def _({found.group('params')}): pass").body[0].args  # type: ignore[attr-defined]
        positional = [*arguments.posonlyargs, *arguments.args]
        defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
        kinds: list[inspect._ParameterKind] = [inspect.Parameter.POSITIONAL_ONLY] * len(arguments.posonlyargs)
        kinds += [inspect.Parameter.POSITIONAL_OR_KEYWORD] * len(arguments.args)
        empty = inspect.Parameter.empty
        params = [
            inspect.Parameter(arg.arg, kind, default=empty if node is None else ast.literal_eval(node))
            for arg, kind, node in zip(positional, kinds, defaults)
        ]
        if arguments.vararg:
            params.append(inspect.Parameter(arguments.vararg.arg, inspect.Parameter.VAR_POSITIONAL))
        params += [
            inspect.Parameter(
                arg.arg,
                inspect.Parameter.KEYWORD_ONLY,
                default=inspect.Parameter.empty if node is None else ast.literal_eval(node),
            )
            for arg, node in zip(arguments.kwonlyargs, arguments.kw_defaults)
        ]
        if arguments.kwarg:
            params.append(inspect.Parameter(arguments.kwarg.arg, inspect.Parameter.VAR_KEYWORD))
        return _describe(inspect.Signature(params), drop_first=False)
    except (SyntaxError, ValueError):
        return None, None


def _signature(target: Callable[..., Any], *, drop_first: bool) -> tuple[str | None, tuple[Parameter, ...] | None]:
    try:
        sig = _text_signature(target)
        if sig is None:
            sig = inspect.signature(target)
    except (ValueError, TypeError):  # no signature to read: a C function without text signature
        return None, None
    # Anything else (a __signature__ that raises) propagates to the caller, which notes it.
    return _describe(sig, drop_first=drop_first)


#: The types of the C functions and methods whose ``__text_signature__`` :func:`inspect.signature` reads.
_C_CALLABLES = (type(len), type(str.join), type(str.__add__), type("".__add__), type(dict.__dict__["fromkeys"]))
#: What a C class's ``__new__`` and ``__init__`` are, in its ``__dict__``.
_C_SLOTS = (type(len), type(str.__add__))
_TEXT_PARAMETER = re.compile(r"^(\*{0,2})([A-Za-z_]\w*)(?:=(.+))?$")
_LITERALS = (str, int, float, bool, type(None), bytes)


def _text_signature(target: Any) -> inspect.Signature | None:
    """What :func:`inspect.signature` answers for a C function, method or class whose ``__text_signature__`` is
    simple (names, ``$self``, ``/``, ``*``, ``*args``, ``**kwargs``, literal defaults), without its tokenizer;
    None where inspect is to be asked.

    inspect reads that text with :mod:`tokenize`, whose first use compiles a large regular expression
    (on CPython 3.11, a third of what ``futcompare matrix future`` takes to introspect its classes).
    ``tests/test_introspect.py`` checks on each interpreter that this answers as inspect does for every
    C function, method and class of the standard library modules futcompare compares, and of builtins.
    """
    if isinstance(target, type):
        text, bound = _class_text_signature(target), False
    elif type(target) in _C_CALLABLES:
        text, bound = getattr(target, "__text_signature__", None), getattr(target, "__self__", None) is not None
    else:
        return None
    if not isinstance(text, str) or not (text.startswith("(") and text.endswith(")")):
        return None
    kinds, body = inspect.Parameter, text[1:-1].strip()
    params: list[inspect.Parameter] = []
    kind: inspect._ParameterKind = kinds.POSITIONAL_OR_KEYWORD
    slash = False
    for index, item in enumerate(part.strip() for part in body.split(",") if body):
        if item == "/":  # the parameters before it are positional-only
            if slash or kind != kinds.POSITIONAL_OR_KEYWORD:
                return None
            slash, params = True, [p.replace(kind=kinds.POSITIONAL_ONLY) for p in params]
            continue
        if item == "*":
            if kind != kinds.POSITIONAL_OR_KEYWORD:
                return None
            kind = kinds.KEYWORD_ONLY
            continue
        dollar = index == 0 and item.startswith("$")
        found = _TEXT_PARAMETER.match(item[1:] if dollar else item)
        if found is None:  # a default holding a comma or a call: inspect reads it
            return None
        stars, name, text_default = found.groups()
        default: Any = kinds.empty
        if text_default == "<unrepresentable>":  # what inspect says of it, on every measured version
            raise ValueError(f"{target!r} builtin has invalid signature")
        if text_default is not None:
            try:
                default = ast.literal_eval(text_default)
            except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
                return None
            if stars or type(default) not in _LITERALS:
                return None
        if dollar:  # self (or type, module): positional-only, and left out where it is bound
            params.append(inspect.Parameter(name, kinds.POSITIONAL_ONLY))
        elif stars == "*":
            if kind != kinds.POSITIONAL_OR_KEYWORD:
                return None
            params.append(inspect.Parameter(name, kinds.VAR_POSITIONAL))
            kind = kinds.KEYWORD_ONLY
        elif stars == "**":
            params.append(inspect.Parameter(name, kinds.VAR_KEYWORD))
        else:
            params.append(inspect.Parameter(name, kind, default=default))
    if bound and not (params and params[0].kind == kinds.POSITIONAL_ONLY and body.startswith("$")):
        return None
    try:
        return inspect.Signature(params[1:] if bound else params)
    except (ValueError, TypeError):  # not a valid signature after all (a default before a name without)
        return None


def _class_text_signature(cls: type) -> str | None:
    """The ``__text_signature__`` inspect reads for a C class made by ``type`` (no Python ``__new__``,
    ``__init__`` or ``__signature__`` in its MRO): the first one along its MRO; None for any other class."""
    if type(cls) is not type or _getattr(cls, "__signature__") is not None or hasattr(cls, "__wrapped__"):
        return None
    for klass in cls.__mro__[:-1]:
        for name in ("__new__", "__init__", "__call__"):
            if name in vars(klass) and type(vars(klass)[name]) not in _C_SLOTS:
                return None
    for klass in cls.__mro__[:-1]:
        text = _getattr(klass, "__text_signature__")
        if text:
            return text if isinstance(text, str) else None
    return None


def _describe(sig: inspect.Signature, *, drop_first: bool) -> tuple[str, tuple[Parameter, ...]]:
    params = list(sig.parameters.values())
    if (
        drop_first
        and params
        and params[0].kind
        in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        )
    ):
        params = params[1:]
    sig = sig.replace(parameters=params)
    parameters = tuple(
        Parameter(
            name=p.name,
            kind=_KIND_NAMES[p.kind],
            default=None if p.default is inspect.Parameter.empty else _ADDRESS.sub("", repr(p.default)),
        )
        for p in params
    )
    return _ADDRESS.sub("", str(sig)), parameters

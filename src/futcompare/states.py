"""The life cycle of each Future class, read from the running interpreter: its states and its transitions.

Nothing here is typed by hand. The **states** are the constants the class's module defines
(``concurrent.futures._base``: the keys of ``_STATE_TO_DESCRIPTION_MAP``, each also a module constant
of the same name; ``asyncio.base_futures``: the private constants ``_PENDING``, ``_CANCELLED``, ...).
The **transitions** are found by driving fresh futures: from a new future, every method that completes
or cancels one (``cancel()`` and every ``set_*()`` the class has) is called in every state reached so
far, and the state read after each call (``_state``, private on both sides: the public ``done()`` and
``cancelled()`` fold it into booleans). A state the methods reach that the module does not define, or a
defined state no method reaches, is an error that names it: if a Python adds a state, the picture
changes, or the build stops and says what to teach this module.

>>> machine = state_machine("asyncio.Future")
>>> machine.states
('PENDING', 'CANCELLED', 'FINISHED')
>>> [str(transition) for transition in machine.transitions]
['PENDING -cancel()-> CANCELLED', 'PENDING -set_exception()-> FINISHED', 'PENDING -set_result()-> FINISHED']
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
from collections.abc import Generator, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Callable

from futcompare.errors import FutcompareError

FutureFactory = Callable[[], "Generator[Any, None, None]"]
"""A generator function that yields one new future, then cleans up after it."""


@dataclass(frozen=True, order=True)
class Transition:
    """One state change: a call of *method* on a future in state *source* left it in state *target*."""

    source: str
    method: str
    target: str

    def __str__(self) -> str:
        return f"{self.source} -{self.method}()-> {self.target}"


@dataclass(frozen=True)
class StateMachine:
    """The states a Future class's module defines, and the transitions its methods were seen to make."""

    cls: str
    """The class, as a dotted path: ``concurrent.futures.Future``."""
    module: str
    """The module whose constants are the states: ``concurrent.futures._base``."""
    constants: tuple[tuple[str, str], ...]
    """(constant name, value) of each state, in the module's order: ``("_PENDING", "PENDING")``."""
    initial: str
    """The state of a new future."""
    transitions: tuple[Transition, ...]
    """Every call that changed the state, sorted; a call that raised or changed nothing is not one."""
    methods: tuple[str, ...]
    """The methods that were tried in every state: ``cancel`` and every ``set_*`` of the class."""
    descriptions: tuple[tuple[str, str], ...] = ()
    """(state, word) of the module's description map, where it has one (``CANCELLED_AND_NOTIFIED``: cancelled)."""

    @property
    def states(self) -> tuple[str, ...]:
        """The state values, in the module's order."""
        return tuple(value for _, value in self.constants)

    @property
    def final(self) -> tuple[str, ...]:
        """The states no call leaves."""
        left = {transition.source for transition in self.transitions}
        return tuple(state for state in self.states if state not in left)


# -- How each class is driven ------------------------------------------------------------------------


def _new_aio_future() -> Generator[Any, None, None]:
    loop = asyncio.new_event_loop()
    try:
        yield loop.create_future()
    finally:
        loop.close()


def _new_cf_future() -> Generator[Any, None, None]:
    import concurrent.futures

    yield concurrent.futures.Future()


def _cf_states(module: ModuleType) -> tuple[tuple[str, str], ...]:
    """The keys of ``_STATE_TO_DESCRIPTION_MAP``, each checked to be a module constant of its own name."""
    mapping = getattr(module, "_STATE_TO_DESCRIPTION_MAP", None)
    if not isinstance(mapping, Mapping) or not mapping:
        raise FutcompareError(
            f"{module.__name__} has no _STATE_TO_DESCRIPTION_MAP: teach futcompare.states where its states are"
        )
    constants = []
    for state in mapping:
        if getattr(module, str(state), None) != state:
            raise FutcompareError(
                f"{module.__name__}._STATE_TO_DESCRIPTION_MAP names {state!r}, which is not a constant of the module:"
                " teach futcompare.states where its states are"
            )
        constants.append((str(state), str(state)))
    listed = getattr(module, "_FUTURE_STATES", None)  # 3.9-3.13 also list them; 3.14 dropped the list
    if listed is not None and list(listed) != [value for _, value in constants]:
        raise FutcompareError(
            f"{module.__name__}._FUTURE_STATES {list(listed)} disagrees with its _STATE_TO_DESCRIPTION_MAP:"
            " teach futcompare.states which one holds"
        )
    return tuple(constants)


_PRIVATE_CONSTANT = re.compile(r"^_[A-Z]+(?:_[A-Z]+)*$")


def private_constants(module: ModuleType) -> tuple[tuple[str, str], ...]:
    """The module's string constants named like ``_PENDING``, in the module's order."""
    return tuple(
        (name, value)
        for name, value in vars(module).items()
        if _PRIVATE_CONSTANT.match(name) and isinstance(value, str)
    )


def _aio_states(module: ModuleType) -> tuple[tuple[str, str], ...]:
    """``asyncio.base_futures``'s private constants, checked to be the ones ``asyncio.futures`` uses."""
    constants = private_constants(module)
    futures = importlib.import_module("asyncio.futures")
    if private_constants(futures) != constants:
        raise FutcompareError(
            f"asyncio.futures defines {private_constants(futures)}, {module.__name__} {constants}:"
            " teach futcompare.states which module holds the states"
        )
    return constants


@dataclass(frozen=True)
class Subject:
    """How to read the life cycle of one Future class: where its states are, and how to make one."""

    cls: str
    module: str
    states: Callable[[ModuleType], tuple[tuple[str, str], ...]]
    new_future: FutureFactory


SUBJECTS: dict[str, Subject] = {
    "asyncio.Future": Subject("asyncio.Future", "asyncio.base_futures", _aio_states, _new_aio_future),
    "concurrent.futures.Future": Subject(
        "concurrent.futures.Future", "concurrent.futures._base", _cf_states, _new_cf_future
    ),
}
"""The Future classes whose life cycle the site draws, by dotted path."""


def _arguments(method: str) -> tuple[Any, ...]:
    """What a driving method is called with: an exception for ``set_exception``, a value for ``set_result``."""
    if method == "set_exception":
        return (ValueError("boom"),)
    if method == "set_result":
        return (42,)
    return ()


def driving_methods(cls: type) -> tuple[str, ...]:
    """``cancel`` and every public ``set_*`` method of *cls*: the calls that may change a future's state."""
    return tuple(
        sorted(
            name for name in dir(cls) if (name == "cancel" or name.startswith("set_")) and callable(getattr(cls, name))
        )
    )


@contextmanager
def _fresh(new_future: FutureFactory) -> Iterator[Any]:
    generator = new_future()
    future = next(generator)
    try:
        yield future
    finally:
        _retrieve(future)
        generator.close()


def _retrieve(future: Any) -> None:
    """Read a future's exception, so that an asyncio future does not log "exception was never retrieved"."""
    try:
        if future.done() and not future.cancelled():
            future.exception(*(() if isinstance(future, asyncio.Future) else (0,)))
    except Exception:
        pass


def _call(future: Any, method: str) -> None:
    # concurrent.futures logs "Future ... in unexpected state" (CRITICAL) before it raises RuntimeError: that
    # refusal is what is being observed here, not news for the build's log.
    logger = logging.getLogger("concurrent.futures")
    disabled, logger.disabled = logger.disabled, True
    try:
        getattr(future, method)(*_arguments(method))
    except TypeError as error:
        if "argument" in str(error):
            raise FutcompareError(
                f"{type(future).__qualname__}.{method}() refused the arguments futcompare.states gives it ({error}):"
                " teach futcompare.states._arguments what to pass"
            ) from error
    except Exception:
        pass
    finally:
        logger.disabled = disabled


def explore(
    new_future: FutureFactory, methods: Sequence[str]
) -> tuple[str, tuple[Transition, ...], dict[str, tuple[str, ...]]]:
    """Drive new futures through every method in every state reached; return the initial state, the transitions
    seen, and the shortest call path that reaches each state."""
    with _fresh(new_future) as future:
        initial = str(future._state)
    paths: dict[str, tuple[str, ...]] = {initial: ()}
    queue = [initial]
    transitions: set[Transition] = set()
    while queue:
        state = queue.pop(0)
        for method in methods:
            with _fresh(new_future) as future:
                for step in paths[state]:
                    _call(future, step)
                _call(future, method)
                target = str(future._state)
            if target != state:
                transitions.add(Transition(state, method, target))
                if target not in paths:
                    paths[target] = (*paths[state], method)
                    queue.append(target)
    return initial, tuple(sorted(transitions)), paths


def read_machine(subject: Subject) -> StateMachine:
    """The states of *subject*'s module and the transitions its methods make, checked against each other."""
    module_path, _, name = subject.cls.rpartition(".")
    cls = getattr(importlib.import_module(module_path), name)
    module = importlib.import_module(subject.module)
    constants = subject.states(module)
    defined = [value for _, value in constants]
    methods = driving_methods(cls)
    initial, transitions, paths = explore(subject.new_future, methods)
    for state in paths:
        if state not in defined:
            via = ".".join(f"{method}()" for method in paths[state]) or "a new future"
            raise FutcompareError(
                f"{subject.cls}: {via} leaves the state {state!r}, which {subject.module} does not define"
                f" (it defines {', '.join(defined)}): teach futcompare.states where the states of this Python are"
            )
    for state in defined:
        if state not in paths:
            raise FutcompareError(
                f"{subject.cls}: no call of {', '.join(f'{m}()' for m in methods)} reaches the state {state!r},"
                f" which {subject.module} defines: teach futcompare.states the method that does"
            )
    mapping = getattr(module, "_STATE_TO_DESCRIPTION_MAP", None)
    descriptions = tuple((str(k), str(v)) for k, v in mapping.items()) if isinstance(mapping, Mapping) else ()
    return StateMachine(subject.cls, subject.module, constants, initial, transitions, methods, descriptions)


def state_machine(cls: str) -> StateMachine:
    """The life cycle of ``asyncio.Future`` or ``concurrent.futures.Future`` on the running interpreter."""
    try:
        subject = SUBJECTS[cls]
    except KeyError:
        raise FutcompareError(f"no life cycle is read for {cls!r}: use one of {', '.join(SUBJECTS)}") from None
    return read_machine(subject)


# -- What an example printed --------------------------------------------------------------------------

_NEW_LINE = re.compile(r"^\s*new future\b.*:\s+(?P<state>[A-Z_]+)\b")
_CALL_LINE = re.compile(r"^\s*\.(?P<method>\w+)\(.*\):\s+(?P<state>[A-Z_]+)\b")


def observed_transitions(output: str) -> tuple[set[str], set[Transition]]:
    """The states and transitions an example's output shows, as ``examples/future/state_transitions.py`` prints
    them: a ``new future:  STATE`` line starts a future, each ``.method(...):  STATE`` line a call on it."""
    states: set[str] = set()
    transitions: set[Transition] = set()
    current: str | None = None
    for line in output.splitlines():
        new, call = _NEW_LINE.match(line), _CALL_LINE.match(line)
        if new:
            current = new["state"]
            states.add(current)
        elif call:
            if current is None:
                raise FutcompareError(f"the call {line.strip()!r} comes before any 'new future' line")
            target = call["state"]
            states.add(target)
            if target != current:
                transitions.add(Transition(current, call["method"], target))
            current = target
    return states, transitions

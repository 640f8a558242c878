"""The pictures' facts, on every interpreter: the states each module defines, the transitions the methods make,
what examples/future/state_transitions.py and callback_thread.py print, and the DOT text drawn from them."""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
from collections.abc import Generator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from futcompare.diagrams import parse_sequence, sequence_dot, states_dot
from futcompare.errors import FutcompareError
from futcompare.examples import load_example
from futcompare.states import (
    SUBJECTS,
    Subject,
    Transition,
    explore,
    observed_transitions,
    private_constants,
    read_machine,
    state_machine,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "future"


def _run_main(path: Path) -> str:
    namespace: dict[str, Any] = {"__name__": f"example_{path.stem}"}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        namespace["main"]()
    return out.getvalue()


def _sections(output: str) -> dict[str, str]:
    """The example's output per class: the text under each ``<class> (<view>)`` heading."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in output.splitlines():
        if not line.startswith(" "):
            current = sections.setdefault(line.split(" (")[0], [])
        else:
            current.append(line)
    return {cls: "\n".join(lines) for cls, lines in sections.items()}


@pytest.mark.parametrize("cls", sorted(SUBJECTS))
def test_the_picture_shows_what_the_example_observed_and_the_module_defines(cls: str) -> None:
    machine = state_machine(cls)
    output = _run_main(EXAMPLES / "state_transitions.py")
    assert output == load_example(EXAMPLES / "state_transitions.py").output  # the doctest's output, here
    states, transitions = observed_transitions(_sections(output)[cls])
    assert states == set(machine.states)
    assert transitions == set(machine.transitions)
    module = sys.modules[machine.module]
    defined = {value for _, value in machine.constants}
    assert all(getattr(module, name) == value for name, value in machine.constants)
    dot = states_dot(machine)
    for state in defined:
        assert f'"{state}" [' in dot
    for source, target in {(t.source, t.target) for t in machine.transitions}:
        assert f'"{source}" -> "{target}"' in dot
    assert dot.count(" -> ") == len({(t.source, t.target) for t in machine.transitions}) + 1  # + the start arrow


def test_the_states_are_where_the_interpreter_keeps_them() -> None:
    import concurrent.futures._base as cf_base

    assert state_machine("concurrent.futures.Future").states == tuple(cf_base._STATE_TO_DESCRIPTION_MAP)
    assert private_constants(sys.modules["asyncio.base_futures"]) == (
        ("_PENDING", "PENDING"),
        ("_CANCELLED", "CANCELLED"),
        ("_FINISHED", "FINISHED"),
    )


def test_the_pure_python_asyncio_future_makes_the_same_transitions() -> None:
    def new_py_future() -> Generator[Any, None, None]:
        loop = asyncio.new_event_loop()
        try:
            yield asyncio.futures._PyFuture(loop=loop)  # type: ignore[attr-defined]
        finally:
            loop.close()

    _, transitions, _ = explore(new_py_future, ("cancel", "set_exception", "set_result"))
    assert transitions == state_machine("asyncio.Future").transitions


def test_an_unknown_class_is_refused_by_name() -> None:
    with pytest.raises(FutcompareError, match=r"no life cycle is read for 'threading.Lock': use one of"):
        state_machine("threading.Lock")


# -- A Python that adds a state: the picture changes, or the build stops ---------------------------------


def _synthetic(paused_reachable: bool, constants: tuple[str, ...]) -> tuple[ModuleType, type]:
    module = ModuleType("synthetic_futures")
    for name in constants:
        setattr(module, f"_{name}", name)

    class Future:
        def __init__(self) -> None:
            self._state = "PENDING"

        def cancel(self) -> bool:
            if self._state in ("PENDING", "PAUSED"):
                self._state = "CANCELLED"
                return True
            return False

        def set_result(self, result: object) -> None:
            if self._state not in ("PENDING", "PAUSED"):
                raise RuntimeError("done")
            self._state = "FINISHED"

        if paused_reachable:

            def set_paused(self) -> None:
                if self._state == "PENDING":
                    self._state = "PAUSED"

        def done(self) -> bool:
            return self._state != "PENDING"

        def cancelled(self) -> bool:
            return self._state == "CANCELLED"

    module.Future = Future  # type: ignore[attr-defined]
    return module, Future


def _subject(module: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Subject:
    monkeypatch.setitem(sys.modules, module.__name__, module)

    def new_future() -> Generator[Any, None, None]:
        yield module.Future()

    return Subject(f"{module.__name__}.Future", module.__name__, private_constants, new_future)


def test_a_new_state_changes_the_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    before = read_machine(_subject(_synthetic(False, ("PENDING", "CANCELLED", "FINISHED"))[0], monkeypatch))
    after = read_machine(_subject(_synthetic(True, ("PENDING", "PAUSED", "CANCELLED", "FINISHED"))[0], monkeypatch))
    assert before.states == ("PENDING", "CANCELLED", "FINISHED")
    assert after.states == ("PENDING", "PAUSED", "CANCELLED", "FINISHED")
    assert Transition("PENDING", "set_paused", "PAUSED") in after.transitions
    assert Transition("PAUSED", "set_result", "FINISHED") in after.transitions
    assert '"PAUSED" [' not in states_dot(before)
    assert '"PAUSED" [' in states_dot(after)
    assert '"PENDING" -> "PAUSED"' in states_dot(after)


def test_a_state_the_module_does_not_define_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    module, _ = _synthetic(True, ("PENDING", "CANCELLED", "FINISHED"))
    with pytest.raises(FutcompareError, match=r"set_paused\(\) leaves the state 'PAUSED', which synthetic_futures"):
        read_machine(_subject(module, monkeypatch))


def test_a_defined_state_no_call_reaches_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    module, _ = _synthetic(False, ("PENDING", "PAUSED", "CANCELLED", "FINISHED"))
    with pytest.raises(FutcompareError, match=r"reaches the state 'PAUSED', which synthetic_futures defines"):
        read_machine(_subject(module, monkeypatch))


# -- Where callbacks run --------------------------------------------------------------------------------


def test_the_callback_picture_draws_the_example_output() -> None:
    output = _run_main(EXAMPLES / "callback_thread.py")
    assert output == load_example(EXAMPLES / "callback_thread.py").output
    scenarios = parse_sequence(output)
    assert [scenario.title for scenario in scenarios] == [
        "asyncio, set_result() on the loop's thread",
        "asyncio, completed from thread 'worker'",
        "concurrent.futures, completed by thread 'worker'",
        "concurrent.futures, already done when the callback is added",
    ]
    callback_threads = [
        [step.thread for step in scenario.steps if step.text.startswith("done callback ran")] for scenario in scenarios
    ]
    assert callback_threads == [["MainThread"], ["MainThread"], ["worker"], ["MainThread"]]
    for scenario in scenarios:
        dot = sequence_dot(scenario)
        for thread in scenario.threads:
            assert f'label="thread {thread}"' in dot
        assert dot.count('class="fc-then"') == len(scenario.steps) - 1


def test_an_output_that_is_not_a_sequence_is_refused() -> None:
    with pytest.raises(FutcompareError, match="neither a heading"):
        parse_sequence("asyncio:\n  [MainThread] ran\nstray text")
    with pytest.raises(FutcompareError, match="before any heading"):
        parse_sequence("  [MainThread] ran")

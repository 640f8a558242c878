"""The pictures' data and their Graphviz (DOT) text: each Future class's state diagram, and where callbacks run.

Pure functions, no Sphinx: ``futcompare.sphinxext.diagrams`` hands the DOT text to ``sphinx.ext.graphviz``.

- :func:`states_dot` draws a :class:`~futcompare.states.StateMachine`: one box per state the module defines, one
  arrow per (state, state) pair that a call changes, labelled with the calls, a dot before the initial state and
  a double border round each state no call leaves.
- :func:`parse_sequence` reads an example's output whose lines say ``[thread name] what happened``, grouped under
  heading lines that end with a colon (``examples/future/callback_thread.py``); :func:`sequence_dot` draws one
  such group as numbered steps in one column per thread.

Every shape carries a CSS class (``fc-state``, ``fc-step``...) and no colour of its own that CSS cannot override, so
the site's stylesheet colours the inline SVG from the theme's variables, in light and dark mode alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from futcompare.errors import FutcompareError
from futcompare.states import StateMachine

_GRAPH = (
    'bgcolor="transparent"; fontname="Helvetica,Arial,sans-serif"; fontsize=12; pad=0.1;',
    'node [fontname="Helvetica,Arial,sans-serif", fontsize=12, color="black", fontcolor="black"];',
    'edge [fontname="Helvetica,Arial,sans-serif", fontsize=11, color="black", fontcolor="black"];',
)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _quote(text: str) -> str:
    return f'"{_escape(text)}"'


def _left_aligned(lines: list[str]) -> str:
    """A label of several lines, each aligned left (Graphviz's ``\\l`` ends a line)."""
    return '"' + "".join(_escape(line) + "\\l" for line in lines) + '"'


def grouped_transitions(machine: StateMachine) -> list[tuple[str, str, tuple[str, ...]]]:
    """(source, target, the calls that make that change), in the order of the module's states."""
    order = {state: index for index, state in enumerate(machine.states)}
    groups: dict[tuple[str, str], list[str]] = {}
    for transition in machine.transitions:
        groups.setdefault((transition.source, transition.target), []).append(f"{transition.method}()")
    return [
        (source, target, tuple(methods))
        for (source, target), methods in sorted(groups.items(), key=lambda item: (order[item[0][0]], order[item[0][1]]))
    ]


def _broken(name: str, width: int = 16) -> list[str]:
    """A long method name in pieces that end with an underscore, so the picture stays narrow on a phone."""
    pieces: list[str] = []
    for word in re.findall(r"[^_]+_?", name) or [name]:
        if pieces and len(pieces[-1]) + len(word) <= width:
            pieces[-1] += word
        else:
            pieces.append(word)
    return pieces


def states_dot(machine: StateMachine) -> str:
    """The state diagram of *machine*, as Graphviz DOT text."""
    lines = [f"digraph {_quote(machine.cls)} {{", *_GRAPH, "rankdir=TB; nodesep=0.35; ranksep=0.45;"]
    lines.append('start [shape=point, width=0.15, class="fc-start", label=""];')
    final = set(machine.final)
    for state in machine.states:
        shape = 'shape=box, style="rounded", margin="0.15,0.06"'
        periphery = ", peripheries=2" if state in final else ""
        lines.append(f'{_quote(state)} [{shape}{periphery}, class="fc-state", label={_quote(state)}];')
    lines.append(f'start -> {_quote(machine.initial)} [class="fc-transition", label=" new"];')
    for source, target, methods in grouped_transitions(machine):
        label = _left_aligned([part for method in methods for part in _broken(method)])
        lines.append(f'{_quote(source)} -> {_quote(target)} [class="fc-transition", label={label}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def states_summary(machine: StateMachine) -> str:
    """The picture in one paragraph of plain text (its alt text)."""
    changes = "; ".join(
        f"{' or '.join(methods)} takes {source} to {target}" for source, target, methods in grouped_transitions(machine)
    )
    return (
        f"State diagram of {machine.cls}: the states {', '.join(machine.states)} (the constants of {machine.module});"
        f" a new future is {machine.initial}; {changes}; none of these calls leaves {' or '.join(machine.final)}."
    )


# -- Where callbacks run ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One line of the example's output: the thread that printed it, and what it says happened."""

    thread: str
    text: str


@dataclass(frozen=True)
class Scenario:
    """A heading line of the example's output and the steps printed under it."""

    title: str
    steps: tuple[Step, ...]

    @property
    def threads(self) -> tuple[str, ...]:
        """The threads, in the order they first print."""
        return tuple(dict.fromkeys(step.thread for step in self.steps))


_STEP = re.compile(r"^\s+\[(?P<thread>[^\]]+)\] (?P<text>.+?)\s*$")


def parse_sequence(output: str) -> tuple[Scenario, ...]:
    """The scenarios of an output of heading lines (ending with ``:``), each followed by ``  [thread] text`` lines."""
    scenarios: list[Scenario] = []
    title: str | None = None
    steps: list[Step] = []
    for line in output.splitlines():
        if not line.strip():
            continue
        step = _STEP.match(line)
        if step:
            if title is None:
                raise FutcompareError(f"the step {line.strip()!r} comes before any heading line (one ending with ':')")
            steps.append(Step(step["thread"], step["text"]))
        elif line.rstrip().endswith(":") and not line.startswith(" "):
            if title is not None:
                scenarios.append(Scenario(title, tuple(steps)))
            title, steps = line.rstrip()[:-1], []
        else:
            raise FutcompareError(
                f"the line {line.strip()!r} is neither a heading (ending with ':') nor a step ('  [thread] text')"
            )
    if title is not None:
        scenarios.append(Scenario(title, tuple(steps)))
    if not scenarios or not all(scenario.steps for scenario in scenarios):
        raise FutcompareError("the output holds no heading followed by '  [thread] text' steps")
    return tuple(scenarios)


def _wrap(text: str, width: int = 24) -> str:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return _left_aligned(lines)


_LIFELINE = 'style="dashed", arrowhead="none", class="fc-lifeline"'


def sequence_dot(scenario: Scenario) -> str:
    """One scenario as Graphviz DOT text: a column per thread, headed by its name, with a dashed lifeline; the
    steps numbered from top to bottom, one row each, joined by arrows in the order they happened."""
    lines = [f"digraph {_quote(scenario.title)} {{", *_GRAPH, "rankdir=TB; nodesep=0.3; ranksep=0.22;"]
    count = len(scenario.steps)
    lane_of = {thread: lane for lane, thread in enumerate(scenario.threads)}
    for lane, thread in enumerate(scenario.threads):
        lines.append(f'lane{lane}_0 [shape=box, class="fc-thread", label={_quote("thread " + thread)}];')
        for index, step in enumerate(scenario.steps, start=1):
            name = f"lane{lane}_{index}"
            if step.thread == thread:
                lines.append(
                    f'{name} [shape=box, style="rounded", class="fc-step", label={_wrap(f"{index}. {step.text}")}];'
                )
            else:
                lines.append(f'{name} [shape=point, width=0.01, height=0.01, style="invis", label=""];')
        for index in range(count):
            same = index and lane_of[scenario.steps[index - 1].thread] == lane == lane_of[scenario.steps[index].thread]
            if not same:  # where the step arrow runs down this column, it is drawn instead of the lifeline
                lines.append(f"lane{lane}_{index} -> lane{lane}_{index + 1} [{_LIFELINE}];")
    for index in range(1, count):
        here, there = lane_of[scenario.steps[index - 1].thread], lane_of[scenario.steps[index].thread]
        lines.append(f'lane{here}_{index} -> lane{there}_{index + 1} [class="fc-then"];')
    for index in range(count + 1):
        lines.append("{rank=same; " + " ".join(f"lane{lane}_{index};" for lane in range(len(scenario.threads))) + "}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def sequence_summary(scenario: Scenario) -> str:
    """One scenario in one paragraph of plain text (its alt text)."""
    steps = "; ".join(f"{index}. in thread {step.thread}: {step.text}" for index, step in enumerate(scenario.steps, 1))
    return f"Sequence, {scenario.title}: {steps}."

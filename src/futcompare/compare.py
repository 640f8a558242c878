"""Compare: align two surfaces into rows, one per member, with precise deltas."""

from __future__ import annotations

from dataclasses import replace

from futcompare.model import Delta, Matrix, Member, MemberKind, Parameter, PythonInfo, Row, Side, Surface


def compare_members(left: Member, right: Member, left_label: str, right_label: str) -> tuple[Delta, ...]:
    """The deltas between two members of the same name; empty when they match.

    >>> from futcompare.model import Member, Parameter
    >>> def method(*params):
    ...     return Member("result", "method", "(...)", params, "live", "C", "")
    >>> [d.text for d in compare_members(method(), method(Parameter("timeout", "positional-or-keyword", "None")),
    ...                                  "asyncio", "concurrent.futures")]
    ['parameter timeout=None only in concurrent.futures']
    """
    labels = {"left": left_label, "right": right_label}
    deltas: list[Delta] = []
    if left.kind != right.kind:
        deltas.append(Delta("kind", f"{left.kind} in {left_label}, {right.kind} in {right_label}"))
    if left.kind in ("exception", "class") or right.kind in ("exception", "class"):
        return tuple(deltas) + _compare_classes(left, right, left_label, right_label)
    if left.kind == "behaviour" or right.kind == "behaviour":
        if left.signature != right.signature:
            deltas.append(Delta("behaviour", f"the outcome in {left_label} is not the one in {right_label}"))
        return tuple(deltas)
    if left.parameters is None or right.parameters is None:
        return tuple(deltas)
    left_list, right_list = list(left.parameters), _align_positional_only(left.parameters, right.parameters)
    left_params = {p.name: p for p in left_list}
    right_params = {p.name: p for p in right_list}
    for side, own, other in (("left", left_list, right_params), ("right", right_list, left_params)):
        for param in own:
            if param.name not in other:
                deltas.append(Delta("parameter-only", _only_text(param, labels[side]), side, param.name))
    shared = [p.name for p in left_list if p.name in right_params]
    for name in shared:
        lp, rp = left_params[name], right_params[name]
        if lp.kind != rp.kind:
            deltas.append(_kind_delta(lp, rp, labels))
        if lp.default != rp.default:
            deltas.append(
                Delta(
                    "parameter-default",
                    f"default of {name}: {_default(lp)} in {left_label}, {_default(rp)} in {right_label}",
                    None,
                    name,
                )
            )
    positional = ("positional-only", "positional-or-keyword")
    # Order matters only among the parameters both sides accept by position.
    both = {name for name in shared if left_params[name].kind in positional and right_params[name].kind in positional}
    left_order = [p.name for p in left_list if p.name in both]
    right_order = [p.name for p in right_list if p.name in both]
    if left_order != right_order:
        deltas.append(
            Delta(
                "parameter-order",
                f"positional order ({', '.join(left_order)}) in {left_label},"
                f" ({', '.join(right_order)}) in {right_label}",
            )
        )
    return tuple(deltas)


def _align_positional_only(left: tuple[Parameter, ...], right: tuple[Parameter, ...]) -> list[Parameter]:
    """*right*'s parameters, its leading positional-only ones renamed after *left*'s.

    A caller cannot name a positional-only parameter, so ``(object, /)`` and
    ``(args, /)`` accept the same calls: such parameters match by position.
    """
    aligned = list(right)
    for index, (lp, rp) in enumerate(zip(left, right)):
        if not lp.kind == rp.kind == "positional-only":
            break
        aligned[index] = replace(rp, name=lp.name)
    return aligned


def _only_text(param: Parameter, label: str) -> str:
    if param.kind == "keyword-only":
        return f"keyword-only {param.render()} only in {label}"
    if param.kind in ("var-positional", "var-keyword"):
        return f"{param.render()} only in {label}"
    return f"parameter {param.render()} only in {label}"


def _kind_delta(lp: Parameter, rp: Parameter, labels: dict[str, str]) -> Delta:
    for side, own, other in (("left", lp, rp), ("right", rp, lp)):
        if own.kind in ("positional-only", "keyword-only") and other.kind == "positional-or-keyword":
            return Delta("parameter-kind", f"{own.name} is {own.kind} in {labels[side]}", side, own.name)
    return Delta(
        "parameter-kind",
        f"{lp.name} is {lp.kind} in {labels['left']}, {rp.kind} in {labels['right']}",
        None,
        lp.name,
    )


def _default(param: Parameter) -> str:
    return "none" if param.default is None else param.default


def _compare_classes(left: Member, right: Member, left_label: str, right_label: str) -> tuple[Delta, ...]:
    if left.defined_in == right.defined_in:
        return ()
    deltas = [
        Delta(
            "class-identity",
            f"different classes: {left.defined_in} in {left_label}, {right.defined_in} in {right_label}",
        )
    ]
    # Every class ends in object: the bases that tell them apart are those before it.
    left_bases = tuple(name for name in left.mro_names[1:] if name != "builtins.object")
    right_bases = tuple(name for name in right.mro_names[1:] if name != "builtins.object")
    if left_bases != right_bases:
        deltas.append(
            Delta(
                "bases",
                f"bases: {' > '.join(left_bases)} in {left_label}; {' > '.join(right_bases)} in {right_label}",
            )
        )
    return tuple(deltas)


#: Kinds that have no signature to compare.
_UNSIGNED = ("property", "data", "class", "exception", "behaviour")


def _notes(left: Member | None, right: Member | None, left_label: str, right_label: str) -> tuple[str, ...]:
    notes = []
    for member, label in ((left, left_label), (right, right_label)):
        if member is None:
            continue
        if member.error:
            notes.append(f"introspection failed in {label}: {member.error}")
        elif member.signature_source == "twin":
            notes.append(f"signature in {label} read from its pure-Python twin: the C method has none")
        elif member.signature_source == "doc":
            notes.append(f"signature in {label} read from the first line of its docstring: the C method has none")
        elif member.signature_source == "none" and member.kind not in _UNSIGNED:
            notes.append(f"signature in {label} cannot be introspected")
    return tuple(notes)


def compare_row(
    name: str, group: str, left: Member | None, right: Member | None, left_label: str, right_label: str
) -> Row:
    """One row for a member (or exception) seen on either side or both."""
    notes = _notes(left, right, left_label, right_label)
    if left is None and right is None:
        raise ValueError(f"row {name!r} has no member on either side")
    if right is None:
        return Row(name, group, "only-left", left, None, (), notes)
    if left is None:
        return Row(name, group, "only-right", None, right, (), notes)
    deltas = compare_members(left, right, left_label, right_label)
    unknown = [
        label
        for member, label in ((left, left_label), (right, right_label))
        if member.parameters is None and member.kind not in _UNSIGNED
    ]
    if len(unknown) == 1 and not deltas:
        # One side's signature is known, the other's is not: "same" would be a guess.
        known = right_label if unknown[0] == left_label else left_label
        notes += (f"cannot compare: the signature in {unknown[0]} is unknown, the one in {known} is known",)
        return Row(name, group, "cannot-compare", left, right, deltas, notes)
    if group in ("exception", "class") and not deltas:
        notes += (f"one class on both sides: {left.defined_in}",)
    return Row(name, group, "differs" if deltas else "same", left, right, deltas, notes)


def _order(name: str) -> tuple[int, str]:
    # Public names first, in alphabetical order; then the protocol dunders, __init__ first.
    if name.startswith("__"):
        return (1, "" if name == "__init__" else name)
    return (0, name)


def compare(
    left: Surface,
    right: Surface,
    *,
    left_label: str,
    right_label: str,
    related: tuple[tuple[str, Surface | None, Surface | None], ...] = (),
    pair: str | None = None,
    title: str = "",
    python: PythonInfo | None = None,
) -> Matrix:
    """Align two surfaces into a :class:`~futcompare.model.Matrix`: a row per member on either side.

    *related* adds one row per related class (name, left surface, right surface),
    compared by identity and MRO, or per behaviour (a probe's answer on each side,
    see :mod:`futcompare.probes`), compared by its words; a surface of None means
    that side lacks it, and a row that neither side has is left out.
    """
    names = sorted({m.name for m in left.members} | {m.name for m in right.members}, key=_order)
    left_side = Side(left_label, left.path, left.qualname, left.twin, left.factory, left.absent)
    right_side = Side(right_label, right.path, right.qualname, right.twin, right.factory, right.absent)
    rows = [
        _factory_notes(
            compare_row(name, "member", left.member(name), right.member(name), left_label, right_label),
            left_side,
            right_side,
        )
        for name in names
    ]
    for name, left_cls, right_cls in related:
        if left_cls is None and right_cls is None:
            continue
        kind = (left_cls or right_cls).kind  # type: ignore[union-attr]
        group = {"exception": "exception", "behaviour": "behaviour"}.get(kind, "class")
        rows.append(
            compare_row(
                name,
                group,
                _class_member(name, left_cls),
                _class_member(name, right_cls),
                left_label,
                right_label,
            )
        )
    return Matrix(
        pair=pair,
        title=title or f"{left.path} vs {right.path}",
        left=left_side,
        right=right_side,
        python=python or PythonInfo(),
        rows=tuple(rows),
        notes=tuple(
            f"{label}: {note}" for label, side in ((left_label, left), (right_label, right)) for note in side.notes
        ),
    )


def _factory_notes(row: Row, left: Side, right: Side) -> Row:
    """A row whose member comes from a factory's class says so (``threading.Lock`` before 3.13)."""
    notes = tuple(
        f"{side.label}: member of {side.qualname}, what the factory function {side.path}() returns"
        for side, member in ((left, row.left), (right, row.right))
        if side.factory and member is not None
    )
    return replace(row, notes=row.notes + notes) if notes else row


def _class_member(name: str, surface: Surface | None) -> Member | None:
    if surface is None:
        return None
    if surface.kind == "behaviour":
        return replace(surface.members[0], name=name)
    kind: MemberKind = "exception" if surface.kind == "exception" else "class"  # related paths name classes
    return Member(
        name=name,
        kind=kind,
        signature=None,
        parameters=None,
        signature_source="none",
        defined_in=surface.qualname,
        doc=surface.doc,
        mro_names=surface.facts.mro_names if surface.facts else (),
    )

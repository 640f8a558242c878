"""The comparison rules, on synthetic classes so they hold whatever the interpreter."""

from __future__ import annotations

import pytest

from futcompare import adhoc_pair, build_matrix, compare, introspect
from futcompare.model import Matrix, Row


@pytest.fixture(scope="module")
def matrix() -> Matrix:
    return compare(
        introspect("synthetic_classes.SyncClient"),
        introspect("synthetic_classes.AsyncClient"),
        left_label="sync",
        right_label="async",
        related=(
            (
                "SameError",
                introspect("builtins.ValueError", members=False),
                introspect("builtins.ValueError", members=False),
            ),
            (
                "Error",
                introspect("synthetic_classes.LeftError", members=False),
                introspect("synthetic_classes.RightError", members=False),
            ),
            ("Missing", introspect("synthetic_classes.LeftError", members=False), None),
        ),
    )


def row(matrix: Matrix, name: str) -> Row:
    (found,) = [r for r in matrix.rows if r.name == name]
    return found


def texts(matrix: Matrix, name: str) -> list[str]:
    return [delta.text for delta in row(matrix, name).deltas]


def test_one_row_per_member_on_either_side(matrix: Matrix) -> None:
    names = [r.name for r in matrix.rows if r.group == "member"]
    assert names == [
        "close", "defaults", "escaped", "get", "only_async", "only_sync", "order", "positional", "sentinel", "state",
        "__aenter__", "__aexit__", "__enter__", "__exit__",
    ]  # fmt: skip


def test_member_on_one_side_only(matrix: Matrix) -> None:
    assert row(matrix, "only_sync").status == "only-left"
    assert row(matrix, "only_async").status == "only-right"
    assert row(matrix, "__enter__").status == "only-left"
    assert row(matrix, "__aenter__").status == "only-right"
    assert matrix.label("only-left") == "only in sync"


def test_coroutine_method_and_keyword_only_parameter(matrix: Matrix) -> None:
    assert row(matrix, "get").status == "differs"
    assert texts(matrix, "get") == [
        "method in sync, coroutine method in async",
        "timeout is keyword-only in async",
    ]
    assert texts(matrix, "close") == ["method in sync, coroutine method in async"]


def test_positional_only(matrix: Matrix) -> None:
    assert texts(matrix, "positional") == ["a is positional-only in sync", "b is positional-only in sync"]
    assert {delta.side for delta in row(matrix, "positional").deltas} == {"left"}


def test_default_and_order(matrix: Matrix) -> None:
    assert texts(matrix, "defaults") == ["default of x: 1 in sync, 2 in async"]
    assert texts(matrix, "order") == ["positional order (a, b) in sync, (b, a) in async"]


def test_property_against_data_attribute(matrix: Matrix) -> None:
    assert texts(matrix, "state") == ["property in sync, data in async"]


def test_identical_members_are_same_and_addresses_never_leak(matrix: Matrix) -> None:
    sentinel = row(matrix, "sentinel")
    assert sentinel.status == "same"
    assert sentinel.left is not None and sentinel.left.signature is not None
    assert " at 0x" not in sentinel.left.signature
    assert sentinel.left.signature.startswith("(value: 'object' = <object object>)")


def test_functions_compare_as_one_call_row() -> None:
    wait = build_matrix(adhoc_pair("synthetic_classes.sync_wait", "synthetic_classes.async_wait"))
    (call,) = wait.rows
    assert call.name == "__call__"
    assert [d.text for d in call.deltas] == [
        "function in synthetic_classes.sync_wait, coroutine function in synthetic_classes.async_wait",
        "timeout is keyword-only in synthetic_classes.async_wait",
    ]


def test_parameter_only_on_one_side_and_signature_from_twin() -> None:
    matrix = compare(
        introspect("synthetic_classes.Accelerated", twin="synthetic_classes.PurePython"),
        introspect("synthetic_classes.Threaded"),
        left_label="c",
        right_label="threads",
    )
    add = row(matrix, "add_callback")
    assert add.left is not None and add.left.signature_source == "twin"
    assert add.left.signature == "(fn: 'Any', *, context: 'Any' = None) -> 'None'"
    assert texts(matrix, "add_callback") == ["keyword-only context=None only in c"]
    assert add.notes == ("signature in c read from its pure-Python twin: the C method has none",)
    assert texts(matrix, "plain") == ["parameter y=0 only in threads"]


def test_without_twin_an_unreadable_signature_is_noted_and_not_called_same() -> None:
    matrix = compare(
        introspect("synthetic_classes.Accelerated"),
        introspect("synthetic_classes.Threaded"),
        left_label="c",
        right_label="threads",
    )
    add = row(matrix, "add_callback")
    assert add.left is not None and add.left.signature is None and add.left.signature_source == "none"
    # Known on one side, unknown on the other: "same" would be a guess.
    assert add.status == "cannot-compare"
    assert add.notes == (
        "signature in c cannot be introspected",
        "cannot compare: the signature in c is unknown, the one in threads is known",
    )
    assert add in matrix.differences()  # so --only-differences shows it


def test_exceptions_compared_by_identity_and_mro(matrix: Matrix) -> None:
    same = row(matrix, "SameError")
    assert same.status == "same"
    assert same.notes == ("one class on both sides: builtins.ValueError",)
    error = row(matrix, "Error")
    assert error.status == "differs"
    assert [d.code for d in error.deltas] == ["class-identity", "bases"]
    assert error.deltas[1].text == (
        "bases: builtins.Exception > builtins.BaseException in sync;"
        " synthetic_classes.BaseError > builtins.Exception > builtins.BaseException in async"
    )
    assert row(matrix, "Missing").status == "only-left"


def test_positional_only_parameters_match_by_position_not_name() -> None:
    # (key, /) and (name, /) accept the same calls: a caller cannot use either name.
    matrix = compare(
        introspect("synthetic_classes.PositionalA"),
        introspect("synthetic_classes.PositionalB"),
        left_label="a",
        right_label="b",
    )
    assert row(matrix, "get").status == "same"
    assert row(matrix, "get").deltas == ()

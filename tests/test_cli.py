"""The command line, through its public entry points: main() and `python -m futcompare`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from shared import RunCli


def test_matrix_future_shows_the_required_rows(run_cli: RunCli) -> None:
    status, out, err = run_cli("matrix", "future")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "asyncio.Future vs concurrent.futures.Future"
    assert "introspected live" in lines[1]

    def row_line(name: str) -> str:
        (line,) = [line for line in lines if line[2:].split(" ")[0] == name]
        return line

    assert "(timeout=None)" in row_line("result") and row_line("result").startswith("~")
    assert "    - parameter timeout=None only in concurrent.futures" in lines
    assert "(timeout=None)" in row_line("exception")
    assert "    - parameter msg=None only in asyncio" in lines
    assert "(fn, *, context=None) †" in row_line("add_done_callback")
    assert "    - keyword-only context=None only in asyncio" in lines
    for name in ("get_loop", "remove_done_callback", "__await__"):
        assert row_line(name).startswith("<") and "only in asyncio" in row_line(name)
    for name in ("running", "set_running_or_notify_cancel"):  # a long name stays whole
        assert row_line(name).startswith(">")
    for name in ("CancelledError", "TimeoutError", "InvalidStateError"):
        row_line(name)
    assert "legend: = same   ~ differs   < only in asyncio   > only in concurrent.futures" in lines
    assert "        † signature read from the pure-Python twin (the C method has none)" in lines


def test_default_pair_is_future(run_cli: RunCli) -> None:
    assert run_cli("matrix")[1] == run_cli("matrix", "future")[1]


@pytest.mark.parametrize("pair", ["future", "queue", "condition", "wait"])
@pytest.mark.parametrize("columns", [100, 80, 50])
def test_text_fits_the_width_and_keeps_every_name_whole(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, pair: str, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    _, out, _ = run_cli("matrix", pair, "--format", "json")
    data = json.loads(out)
    _, text, _ = run_cli("matrix", pair)
    for line in text.splitlines():
        # Only a single word longer than the line may make it longer.
        assert len(line) <= columns or len(line.split()) == 1 or len(line.split()[-1]) > columns // 2, line
    words = {word for line in text.splitlines() for word in line.split()}
    for row in data["rows"]:
        assert set(row["name"].split()) <= words  # grep finds every row by its name (behaviour rows: its words)
        for member in (row["left"], row["right"]):
            if member and member["kind"] in ("exception", "class"):
                assert member["defined_in"] in words  # a dotted name is never cut
            # A signature may wrap between its parameters, never inside one.
            assert set(((member or {}).get("signature") or "").split()) <= words
        for delta in row["deltas"]:
            assert delta["text"] in " ".join(text.split()) or set(delta["text"].split()) <= words


def test_only_differences(run_cli: RunCli) -> None:
    _, out, _ = run_cli("matrix", "future", "--only-differences", "--format", "json")
    rows = json.loads(out)["rows"]
    assert all(row["differs_on"] for row in rows) and "differs" in {row["status"] for row in rows}
    # Only rows that differ somewhere: a row that reads the same here (TimeoutError from 3.11) says where it differs.
    assert all(row["status"] != "same" or row["across"] for row in rows)


def test_markdown(run_cli: RunCli) -> None:
    status, out, _ = run_cli("matrix", "future", "--format", "markdown")
    assert status == 0
    assert out.startswith("| | member | asyncio | concurrent.futures | status |\n|---|---|---|---|---|\n")
    assert (
        "| ~ | `result` | `()` | `(timeout=None)` | differs: parameter timeout=None only in concurrent.futures |" in out
    )


def test_two_dotted_paths(run_cli: RunCli) -> None:
    status, out, _ = run_cli("matrix", "synthetic_classes.SyncClient", "synthetic_classes.AsyncClient")
    assert status == 0
    assert out.splitlines()[0] == "synthetic_classes.SyncClient vs synthetic_classes.AsyncClient"
    assert "    - method in synthetic_classes.SyncClient, coroutine method in synthetic_classes.AsyncClient" in out


def test_rows_that_changed_across_versions_say_so(run_cli: RunCli) -> None:
    _, text, _ = run_cli("matrix", "future")
    assert "Measured on CPython 3.9." in text
    lines = text.splitlines()
    (timeout,) = [index for index, line in enumerate(lines) if line[2:].startswith("TimeoutError ")]
    end = next(index for index in range(timeout + 1, len(lines)) if lines[index][:1] not in (" ", ""))
    block = "\n".join(lines[timeout:end])
    assert "    versions: differs 3.9–3.10; same 3.11–" in block
    assert "      3.11: asyncio asyncio.exceptions.TimeoutError -> builtins.TimeoutError;" in block
    _, out, _ = run_cli("matrix", "future", "--format", "json")
    data = json.loads(out)
    assert [m["label"] for m in data["measured"]][:5] == ["3.9", "3.10", "3.11", "3.12", "3.13"]
    (row,) = [r for r in data["rows"] if r["name"] == "TimeoutError"]
    first = row["versions"][0]
    assert (first["first"], first["last"], first["status"]) == ("3.9", "3.10", "differs")


def test_python_version_reads_its_snapshot(run_cli: RunCli) -> None:
    status, out, _ = run_cli("matrix", "future", "--python", "3.10", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert data["python"]["source"] == "cpython-3.10.json"
    assert data["python"]["version"].startswith("3.10.")
    (timeout,) = [row for row in data["rows"] if row["name"] == "TimeoutError"]
    assert timeout["status"] == "differs"  # one class only from 3.11


def test_pairs(run_cli: RunCli) -> None:
    status, out, _ = run_cli("pairs")
    assert status == 0
    assert out.splitlines()[0].split() == ["future", "asyncio.Future", "vs", "concurrent.futures.Future"]


def test_snapshot_to_stdout_file_and_directory(run_cli: RunCli, tmp_path: Path) -> None:
    status, out, _ = run_cli("snapshot")
    assert status == 0 and json.loads(out)["format"] == 1
    status, out, _ = run_cli("snapshot", "--output", str(tmp_path))
    version = ".".join(str(part) for part in sys.version_info[:2])
    written = tmp_path / f"{sys.implementation.name}-{version}.json"
    assert out == f"wrote {written} (Python {json.loads(written.read_text())['python']['version']})\n"
    status, _, _ = run_cli("snapshot", "--output", str(tmp_path / "mine.json"))
    assert status == 0 and (tmp_path / "mine.json").read_text() == written.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["matrix", "nope"], "futcompare: error: unknown pair 'nope'; known pairs: future, lock, rlock, event, "),
        (["matrix", "asyncio.Nope", "threading.Event"], "futcompare: error: cannot import 'asyncio.Nope': "),
        (["matrix", "nosuchmodule.X", "threading.Event"], "futcompare: error: cannot import 'nosuchmodule.X': "),
        (["matrix", "asyncio.ALL_COMPLETED", "threading.Event"], "is a str, neither a class nor a function"),
        (["matrix", "a", "b", "c"], "futcompare: error: matrix takes a pair name or two dotted paths, not 3"),
        (["matrix", "--format", "xml"], "error: argument --format: invalid choice: 'xml'"),
        (["matrix", "--bogus"], "futcompare: error: unrecognized arguments: --bogus"),
        (["matrix", "--python", "2.7"], "futcompare: error: no snapshot of Python '2.7'; snapshots exist for: 3.9, "),
        (["frobnicate"], "futcompare: error: argument COMMAND: invalid choice: 'frobnicate'"),
        ([], "futcompare: error: the following arguments are required: COMMAND"),
        (
            ["snapshot", "--output", "/nonexistent/dir/x.json"],
            "futcompare: error: cannot write /nonexistent/dir/x.json",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(run_cli: RunCli, args: list[str], message: str) -> None:
    status, out, err = run_cli(*args)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n")
    assert message in err
    assert "Traceback" not in err


def test_module_entry_point_has_no_traceback_on_bad_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "futcompare", "matrix", "nope"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.startswith("futcompare: error: unknown pair 'nope'")
    assert result.stderr.count("\n") == 1


def test_only_differences_keeps_a_row_that_differs_on_any_measured_version(run_cli: RunCli) -> None:
    # TimeoutError: one class on both sides from 3.11, two before: a difference, whatever Python runs this.
    _, text, _ = run_cli("matrix", "future", "--only-differences")
    assert any(line[2:].startswith("TimeoutError ") for line in text.splitlines())
    _, markdown, _ = run_cli("matrix", "future", "--only-differences", "--format", "markdown")
    (line,) = [line for line in markdown.splitlines() if "`TimeoutError`" in line]
    assert "differs on 3.9–3.10: different classes:" in line
    _, out, _ = run_cli("matrix", "future", "--format", "json")
    every = json.loads(out)["rows"]
    (timeout,) = [row for row in every if row["name"] == "TimeoutError"]
    assert timeout["differs_on"] == ["3.9", "3.10"]
    assert timeout["across"] == "differs on 3.9–3.10; same from 3.11"
    _, out, _ = run_cli("matrix", "future", "--only-differences", "--format", "json")
    kept = [row["name"] for row in json.loads(out)["rows"]]
    assert kept == [row["name"] for row in every if row["differs_on"]]
    assert "TimeoutError" in kept and "done" not in kept


PLAIN_LINES = [
    ["matrix"],
    ["matrix", "future"],
    ["matrix", "queue", "--only-differences"],
    ["matrix", "future", "--format", "json", "--only-differences", "--python", "3.9"],
    ["matrix", "--python", "3.10.13", "--format", "markdown"],
    ["matrix", "asyncio.Event", "threading.Event", "--format", "text"],
    ["matrix", "a", "b", "c"],
    ["matrix", "nosuch", "--python", "x"],
]
OTHER_LINES = [
    [],
    ["pairs"],
    ["matrix", "--help"],
    ["matrix", "future", "--format=json"],
    ["matrix", "future", "--form", "json"],
    ["matrix", "future", "--only"],
    ["matrix", "--format", "json", "future"],
    ["matrix", "future", "--format", "json", "--format", "text"],
    ["matrix", "future", "--format", "yaml"],
    ["matrix", "future", "--python"],
    ["matrix", "future", "--python", "-3"],
    ["matrix", "future", "--python", ""],
    ["matrix", "", "future"],
    ["matrix", "--", "future"],
    ["matrix", "future", "-h"],
]


@pytest.mark.parametrize("argv", PLAIN_LINES, ids=" ".join)
def test_a_plain_matrix_line_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    from futcompare.cli import _plain_matrix, build_parser

    plain = _plain_matrix(argv)
    assert plain is not None and vars(plain) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", OTHER_LINES, ids=" ".join)
def test_any_other_line_is_left_to_argparse(argv: list[str]) -> None:
    from futcompare.cli import _plain_matrix

    assert _plain_matrix(argv) is None

"""Per-version example output: the labelled blocks, the pytest hook that checks only the running version's
block, tools/repeat_examples.py, and the labels' errors."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from futcompare.errors import FutcompareError
from futcompare.examples import block_for, load_example, parse_blocks

ROOT = Path(__file__).resolve().parent.parent
MINOR = sys.version_info[1]


def docstring(*blocks: tuple[str, str]) -> str:
    """A docstring with a title and one ``(label, output)`` block each."""
    parts = ["Title line.", ""]
    for label, output in blocks:
        parts += [label, "", ">>> main()", output, ""]
    return "\n".join(parts)


TWO = docstring(("On CPython 3.14 and later:", "new"), ("On CPython 3.9 to 3.13:", "old"))


def test_an_unlabelled_docstring_holds_everywhere() -> None:
    (block,) = parse_blocks("Title.\n\n>>> main()\nsame\n", "x.py")
    assert block.label == ""
    assert block.output == "same\n"
    assert (3, 9, 0) in block.versions and (3, 15, 2) in block.versions and (3, 99, 0) in block.versions


def test_each_version_gets_its_block() -> None:
    blocks = parse_blocks(TWO, "x.py")
    assert [block.label for block in blocks] == ["On CPython 3.14 and later:", "On CPython 3.9 to 3.13:"]
    assert block_for(blocks, "x.py", (3, 9, 18)).output == "old\n"
    assert block_for(blocks, "x.py", (3, 13, 0)).output == "old\n"
    assert block_for(blocks, "x.py", (3, 14, 0)).output == "new\n"
    assert block_for(blocks, "x.py", (3, 15, 2)).output == "new\n"
    assert block_for(blocks, "x.py", (3, 14, 0)).session == ">>> main()\nnew\n"


def test_patch_releases_and_only() -> None:
    text = docstring(
        ("On CPython 3.9 to 3.10.8:", "a"),
        ("On CPython 3.10.9 to 3.11.0:", "b"),
        ("On CPython 3.11.1 to 3.11:", "c"),
        ("On CPython 3.12 only:", "d"),
        ("On CPython 3.13 and later:", "e"),
    )
    blocks = parse_blocks(text, "x.py")
    found = {version: block_for(blocks, "x.py", version).output.strip() for version in [
        (3, 10, 8), (3, 10, 9), (3, 11, 0), (3, 11, 1), (3, 11, 7), (3, 12, 0), (3, 13, 0)]}  # fmt: skip
    assert found == {
        (3, 10, 8): "a", (3, 10, 9): "b", (3, 11, 0): "b", (3, 11, 1): "c", (3, 11, 7): "c",
        (3, 12, 0): "d", (3, 13, 0): "e",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("blocks", "message"),
    [
        pytest.param(
            [("On CPython 3.13 and later:", "a"), ("On CPython 3.9 to 3.13:", "b")],
            "the ranges of 'On CPython 3.9 to 3.13:' and 'On CPython 3.13 and later:' overlap",
            id="overlap",
        ),
        pytest.param(
            [("On CPython 3.14 and later:", "a"), ("On CPython 3.9 to 3.12:", "b")],
            "no label covers CPython 3.13 (after 'On CPython 3.9 to 3.12:')",
            id="gap",
        ),
        pytest.param(
            [("On CPython 3.14 and later:", "a"), ("On CPython 3.10 to 3.13:", "b")],
            "no label covers CPython 3.9 (before the first range)",
            id="gap-at-the-start",
        ),
        pytest.param(
            [("On CPython 3.14 only:", "a"), ("On CPython 3.9 to 3.13:", "b")],
            "no label covers CPython 3.15 ('On CPython 3.14 only:' is the last range)",
            id="short-of-the-newest",
        ),
        pytest.param(
            [("On CPython 3.14 and newer:", "a"), ("On CPython 3.9 to 3.13:", "b")],
            "malformed label line 'On CPython 3.14 and newer:'; write it as 'On CPython 3.14 and later:'",
            id="malformed",
        ),
        pytest.param(
            [("On CPython 3.14+:", "a"), ("On CPython 3.9 to 3.13:", "b")],
            "malformed label line 'On CPython 3.14+:'",
            id="malformed-plus",
        ),
        pytest.param(
            [("On CPython 3.13 to 3.9:", "a"), ("On CPython 3.14 and later:", "b")],
            "label 'On CPython 3.13 to 3.9:' ends before it starts",
            id="reversed",
        ),
        pytest.param(
            [("On CPython 3.8 to 3.13:", "a"), ("On CPython 3.14 and later:", "b")],
            "'On CPython 3.8 to 3.13:' starts before CPython 3.9",
            id="too-old",
        ),
    ],
)
def test_bad_labels_name_the_file_and_the_fix(blocks: list[tuple[str, str]], message: str) -> None:
    with pytest.raises(FutcompareError) as caught:
        parse_blocks(docstring(*blocks), "examples/pair/broken.py")
    assert str(caught.value).startswith("example examples/pair/broken.py: ")
    assert message in str(caught.value)


def test_a_label_needs_a_doctest_and_a_doctest_needs_a_label() -> None:
    with pytest.raises(
        FutcompareError, match=re.escape("label 'On CPython 3.14 and later:' has no '>>> main()' doctest")
    ):
        parse_blocks("T.\n\nOn CPython 3.14 and later:\n\nOn CPython 3.9 to 3.13:\n\n>>> main()\nb\n", "x.py")
    with pytest.raises(
        FutcompareError, match=re.escape("a doctest comes before the first 'On CPython ...:' label line")
    ):
        parse_blocks("T.\n\n>>> main()\na\n\nOn CPython 3.9 and later:\n\n>>> main()\nb\n", "x.py")


GAP = (
    "T.\n\nOn CPython 3.14.10 and later:\n\n>>> main()\nnew\n\n"
    "On CPython 3.13.1 to 3.14.9:\n\nNot measured.\n\n"
    "On CPython 3.9 to 3.13.0:\n\n>>> main()\nold\n"
)


def test_a_range_marked_not_measured_claims_no_output() -> None:
    new, gap, old = parse_blocks(GAP, "x.py")
    assert (new.measured, gap.measured, old.measured) == (True, False, True)
    assert (gap.session, gap.output) == ("", "")
    assert block_for((new, gap, old), "x.py", (3, 13, 0)).output == "old\n"
    assert block_for((new, gap, old), "x.py", (3, 14, 10)).output == "new\n"
    for unmeasured in [(3, 13, 1), (3, 14, 0), (3, 14, 9)]:
        with pytest.raises(FutcompareError, match=re.escape("falls in 'On CPython 3.13.1 to 3.14.9:', marked")):
            block_for((new, gap, old), "x.py", unmeasured)


def test_not_measured_still_needs_its_label_to_cover_the_gap_and_one_measured_block() -> None:
    with pytest.raises(FutcompareError, match=re.escape("no label covers CPython 3.14 (after")):
        parse_blocks(GAP.replace("3.13.1 to 3.14.9", "3.13.1 to 3.13"), "x.py")
    with pytest.raises(FutcompareError, match=re.escape("every label is marked 'Not measured.'")):
        parse_blocks("T.\n\nOn CPython 3.9 and later:\n\nNot measured.\n", "x.py")
    with pytest.raises(FutcompareError, match=re.escape("has no '>>> main()' doctest after it")):
        parse_blocks(GAP.replace("Not measured.", "Not measured yet."), "x.py")


def test_load_example_reads_the_blocks_of_a_real_example() -> None:
    example = load_example(ROOT / "examples" / "future" / "await_future.py")
    old, new = example.block_for((3, 13, 0)).output, example.block_for((3, 14, 0)).output
    assert "object Future can't be used in 'await' expression" in old
    assert "'Future' object can't be awaited" in new
    assert example.output == (new if MINOR >= 14 else old)


# The pytest hook in the root conftest.py, run by pytest in a folder of its own.


def write_project(folder: Path, running_output: str, other_output: str) -> Path:
    """A project with the root conftest.py and one example whose running-version block says *running_output*."""
    shutil.copy(ROOT / "conftest.py", folder / "conftest.py")
    (folder / "pytest.ini").write_text(
        "[pytest]\naddopts = --doctest-plus -p no:cacheprovider\ndoctest_plus = enabled\n", encoding="utf-8"
    )
    (folder / "examples").mkdir()
    if MINOR == 9:
        running, other = "On CPython 3.9 only:", "On CPython 3.10 and later:"
    else:
        running, other = f"On CPython 3.{MINOR} and later:", f"On CPython 3.9 to 3.{MINOR - 1}:"
    text = docstring((other, other_output), (running, running_output))
    example = folder / "examples" / "demo.py"
    example.write_text(
        f'"""{text}"""\n\n\ndef main() -> None:\n    print("printed here")\n\n\n'
        'if __name__ == "__main__":\n    main()\n',
        encoding="utf-8",
    )
    return example


def run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", str(folder / "examples")],
        cwd=folder, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_only_the_running_versions_block_is_checked(tmp_path: Path) -> None:
    # The other block would fail if it ran: its expected output is not what main() prints.
    write_project(tmp_path, running_output="printed here", other_output="what another version prints")
    done = run_pytest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout


def test_a_wrong_expected_output_in_the_running_block_fails(tmp_path: Path) -> None:
    write_project(tmp_path, running_output="printed there", other_output="printed here")
    done = run_pytest(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed" in done.stdout
    assert "Expected:\n    printed there\nGot:\n    printed here" in done.stdout


def test_malformed_labels_fail_the_doctest_naming_the_file(tmp_path: Path) -> None:
    example = write_project(tmp_path, running_output="printed here", other_output="x")
    example.write_text(example.read_text(encoding="utf-8").replace(" to 3.", " until 3.").replace(
        " only:", " solely:"), encoding="utf-8")  # fmt: skip
    done = run_pytest(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"example {example}: malformed label line" in done.stdout


def test_a_running_version_marked_not_measured_fails_the_doctest_naming_the_file(tmp_path: Path) -> None:
    example = write_project(tmp_path, running_output="printed here", other_output="x")
    text = example.read_text(encoding="utf-8")
    running = text.index(">>> main()\nprinted here")
    example.write_text(text[:running] + "Not measured." + text[running + len(">>> main()\nprinted here") :])
    done = run_pytest(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"example {example}: CPython {sys.version_info[0]}.{MINOR}." in done.stdout
    assert "marked 'Not measured.'; run the example there" in done.stdout


# tools/repeat_examples.py compares each run with the running version's block.


def test_repeat_examples_compares_with_the_running_versions_block(tmp_path: Path) -> None:
    example = write_project(tmp_path, running_output="printed here", other_output="what another version prints")
    tool = [sys.executable, str(ROOT / "tools" / "repeat_examples.py"), "--runs", "1", str(example)]
    done = subprocess.run(tool, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1/1" in done.stdout

    wrong = tmp_path / "wrong"
    wrong.mkdir()
    tool[-1] = str(write_project(wrong, running_output="printed there", other_output="printed here"))
    done = subprocess.run(tool, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "0/1" in done.stdout
    assert "stdout differs: 'printed here\\n'" in done.stdout

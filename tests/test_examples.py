"""Every example runs as a script, prints exactly what its docstring's doctest expects, and has a title."""

from __future__ import annotations

import ast
import doctest
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from futcompare.errors import FutcompareError
from futcompare.examples import load_example

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_PATHS = sorted(EXAMPLES.rglob("*.py"))


def docstring_of(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False) or ""


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_docstring(docstring: str, module: ModuleType) -> doctest.TestResults:
    test = doctest.DocTestParser().get_doctest(docstring, dict(vars(module)), module.__name__, module.__file__, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=lambda text: None)
    return runner.summarize(verbose=False)


def test_examples_exist() -> None:
    assert EXAMPLE_PATHS, f"no example scripts found under {EXAMPLES}"


@pytest.fixture(params=EXAMPLE_PATHS, ids=[path.relative_to(EXAMPLES).as_posix() for path in EXAMPLE_PATHS])
def example(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


def test_docstring_has_a_doctest(example: Path) -> None:
    examples = doctest.DocTestParser().get_examples(docstring_of(example))
    assert examples, f"{example}: the module docstring has no doctest example (>>> main())"
    assert load_example(example).session.startswith(">>> ")  # what the example's page shows


def test_first_docstring_line_is_a_title(example: Path) -> None:
    lines = docstring_of(example).splitlines()
    assert lines and lines[0].strip(), f"{example}: the module docstring must start with a one-line title"
    assert load_example(example).title == lines[0].strip()


def test_script_output_matches_the_doctest(example: Path) -> None:
    # The output the example's page shows as checked: the same reader serves the page and this test.
    want = load_example(example).output
    proc = subprocess.run([sys.executable, str(example)], timeout=10, capture_output=True, text=True)
    assert proc.returncode == 0, f"{example} exited with {proc.returncode}:\n{proc.stderr}"
    assert proc.stderr == "", f"{example} wrote to stderr:\n{proc.stderr}"
    assert proc.stdout == want


def test_a_wrong_expected_output_fails() -> None:
    path = EXAMPLES / "future" / "cancel_twice.py"
    module = load_module(path)
    docstring = docstring_of(path)
    assert run_docstring(docstring, module).failed == 0

    wrong = docstring.replace("again -> False", "again -> Falsf", 1)  # one character changed
    assert wrong != docstring
    results = run_docstring(wrong, module)
    assert results.attempted == 1
    assert results.failed == 1


def test_a_title_the_markup_refuses_is_named_with_its_file(tmp_path: Path) -> None:
    # An example's title is shown as markup on its page (`code` as code): one that is not names its file.
    script = tmp_path / "broken_title.py"
    script.write_text('"""`result()` of a <b>pending</b> future\n\n>>> main()\n1\n"""\n')
    with pytest.raises(FutcompareError, match=r"broken_title\.py: its title line .*HTML"):
        load_example(script)

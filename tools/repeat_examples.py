"""Run every example N times as a script and compare its stdout with its docstring's expected output.

Usage: python tools/repeat_examples.py [--runs 30] [paths...]

Each example runs with the interpreter running this script. A run passes when it exits 0, writes nothing to
stderr and prints exactly the expected output of the doctest in its module docstring; when the docstring holds
one block per CPython version range ("On CPython 3.14 and later:"), the block of this interpreter's version. Prints, per
example, the runs passed out of the runs made and the slowest wall time; exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
try:
    from futcompare.errors import FutcompareError
    from futcompare.examples import load_example
except ImportError:  # run with an interpreter that has not installed futcompare: use the checkout's
    sys.path.insert(0, str(ROOT / "src"))
    from futcompare.errors import FutcompareError
    from futcompare.examples import load_example


def expected_output(path: Path) -> str:
    """What ``path`` must print on this interpreter: its docstring doctest's expected output for this version."""
    return load_example(path).output


def run_once(path: Path, want: str) -> tuple[bool, float, str]:
    """Run ``path`` once; return (passed, wall time in seconds, a short reason when it failed)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - start, "timed out after 10 s"
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        return False, elapsed, f"exit status {proc.returncode}: {proc.stderr.strip()[-200:]}"
    if proc.stderr:
        return False, elapsed, f"stderr: {proc.stderr.strip()[-200:]}"
    if proc.stdout != want:
        return False, elapsed, f"stdout differs: {proc.stdout!r}"
    return True, elapsed, ""


def collect(paths: list[str]) -> list[Path]:
    """The example files named by ``paths`` (files or folders), or every example when none is given."""
    roots = [Path(p) for p in paths] or [EXAMPLES]
    found: list[Path] = []
    for root in roots:
        found.extend(sorted(root.rglob("*.py")) if root.is_dir() else [root])
    return found


def shown(path: Path) -> str:
    """``path`` relative to the current folder when it lies below it."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="runs per example (default: 30)")
    parser.add_argument("paths", nargs="*", help="example files or folders (default: examples/)")
    args = parser.parse_args(argv)

    print(f"Python {sys.version.split()[0]}, {args.runs} runs per example")
    all_passed = True
    for path in collect(args.paths):
        try:
            want = expected_output(path)
        except FutcompareError as error:
            print(f"repeat_examples.py: error: {error}", file=sys.stderr)
            return 2
        passed, slowest, reasons = 0, 0.0, []
        for _ in range(args.runs):
            ok, elapsed, reason = run_once(path, want)
            passed += ok
            slowest = max(slowest, elapsed)
            if reason and reason not in reasons:
                reasons.append(reason)
        all_passed &= passed == args.runs
        print(f"{passed:>3}/{args.runs}  max {slowest:.3f} s  {shown(path)}")
        for reason in reasons:
            print(f"      {reason}")
    return 0 if all_passed else 1


if __name__ == "__main__":
    sys.exit(main())

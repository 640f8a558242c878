"""Time what a writer waits for: the site's builds and the command line, as whole processes.

Usage: python tools/bench.py [--runs 5] [--cli-runs 21] [--pair future] [--baseline REV] [--json PATH]

Run by ``nox -s bench`` with the docs session's packages. It copies the project (the working tree:
tracked and untracked files, not ignored ones) into a temporary folder, byte-compiles the copy's
package as installing a wheel would, and times there, with the copy's ``src`` first on
``PYTHONPATH``:

- ``cold``: ``sphinx-build`` with the arguments of ``nox -s docs``, after removing ``docs/_build``;
- ``no-op``: the same build again, nothing changed;
- ``one example``: after editing one example of the pair (a comment line added, then removed);
- ``one entry``: after editing one catalog entry of the pair (its summary, changed then restored);
- ``cli``: ``futcompare matrix <pair>``, paired run by run with the floor of any tool that
  introspects the live classes, ``python -c "import asyncio, concurrent.futures"``.

Each figure is the median (with the minimum and maximum) of ``--runs`` whole-process runs after one
warm-up run. A build's figure also lists the pages it read again, from Sphinx's own output. With
``--baseline REV`` the same figures are taken for that git revision in a second copy, each run of it
right after the matching run of the working tree, so a slower or faster moment of a shared machine
weighs on both alike; the ratio is taken run by run.

Prints a table and writes everything, with the machine it ran on, as JSON (``--json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import asyncio, concurrent.futures"
_READING = re.compile(r"^reading sources\.\.\. (?:\[\s*\d+%\] )?(\S+)", re.MULTILINE)
_EDIT_LINE = "# (a line the benchmark adds and removes)\n"


@dataclass
class Tree:
    """A copy of the project that builds are timed in."""

    label: str
    root: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def build(self) -> Path:
        return self.docs / "_build"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(self.root / "src"), *filter(None, [env.get("PYTHONPATH")])])
        return env

    def sphinx(self) -> list[str]:
        """The command of ``nox -s docs``, into this copy's ``docs/_build``."""
        return [
            sys.executable, "-m", "sphinx", "-W", "-n", "--keep-going", "-b", "html",
            "-d", str(self.build / "doctrees"), str(self.docs), str(self.build / "html"),
        ]  # fmt: skip


@dataclass
class Figure:
    """One measured thing: the wall seconds of each run, and what the builds read again."""

    name: str
    tree: str
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """User and system seconds of each run: what the run itself cost, whatever else the machine was doing."""
    reread: list[list[str]] = field(default_factory=list)

    def add(self, seconds: float, cpu: float) -> None:
        self.seconds.append(seconds)
        self.cpu.append(cpu)

    def summary(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "tree": self.tree,
            "runs": len(self.seconds),
            "median": round(statistics.median(self.seconds), 3),
            "min": round(min(self.seconds), 3),
            "max": round(max(self.seconds), 3),
            "seconds": [round(s, 3) for s in self.seconds],
            "cpu_median": round(statistics.median(self.cpu), 3),
            "cpu_seconds": [round(s, 3) for s in self.cpu],
        }
        if self.reread:
            data["pages_read"] = self.reread[-1]
        return data


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, str]:
    """Run *command*; return its wall time, its CPU time and its output. A failed command stops the benchmark."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed in {cwd} (status {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return elapsed, _children_cpu() - cpu, proc.stdout + proc.stderr


def copy_worktree(destination: Path) -> None:
    """The working tree as it is now: tracked and untracked files, leaving out ignored ones."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def copy_revision(revision: str, destination: Path) -> None:
    """The files of git *revision*."""
    archive = subprocess.run(["git", "archive", "--format=tar", revision], cwd=ROOT, capture_output=True)
    if archive.returncode != 0:
        sys.exit(f"bench: git archive {revision} failed: {archive.stderr.decode().strip()}; give a commit or branch")
    destination.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(destination)], input=archive.stdout, check=True)


def byte_compile(tree: Tree) -> None:
    # As an installed wheel is: the timings then do not depend on PYTHONDONTWRITEBYTECODE.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree.root / "src")], check=True)


def example_of(tree: Tree, pair: str) -> tuple[Path, str]:
    """The example file and the catalog entry id of the pair's first catalog entry."""
    catalog = tree.root / "src" / "futcompare" / "data" / "catalog" / f"{pair}.json"
    if not catalog.is_file():
        sys.exit(f"bench: {catalog} does not exist; give --pair a pair that has a catalog")
    data = json.loads(catalog.read_text(encoding="utf-8"))
    entries = data["entries"] if isinstance(data, dict) else data
    entry = entries[0]
    return tree.root / "examples" / entry["example"], entry["id"]


@contextmanager
def restored(*paths: Path) -> Iterator[None]:
    """Put *paths* back as they were, whatever happens in between."""
    saved = {path: path.read_bytes() for path in paths}
    try:
        yield
    finally:
        for path, data in saved.items():
            path.write_bytes(data)


def toggle_example(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: -len(_EDIT_LINE)] if text.endswith(_EDIT_LINE) else text + _EDIT_LINE, encoding="utf-8")


def toggle_entry(path: Path, entry_id: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data["entries"] if isinstance(data, dict) else data
    entry = next(e for e in entries if e["id"] == entry_id)
    edited = " (Edited.)"
    summary: str = entry["summary"]
    entry["summary"] = summary[: -len(edited)] if summary.endswith(edited) else summary + edited
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def pages_read(output: str) -> list[str]:
    """The documents a build's output says it read, its colours taken out."""
    # With CI set, Sphinx colours its output and rewrites one progress line with carriage returns.
    return sorted(set(_READING.findall(re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", output).replace("\r", "\n"))))


def measure_builds(trees: list[Tree], pair: str, runs: int) -> list[Figure]:
    """Cold, no-op, one-example and one-entry builds of each tree, the trees' runs interleaved."""
    figures: list[Figure] = []

    def series(name: str, prepare: Callable[[Tree], None]) -> None:
        mine = [Figure(name, tree.label) for tree in trees]
        for number in range(runs + 1):  # the first run warms up and is not counted
            for tree, figure in zip(trees, mine):
                prepare(tree)
                seconds, cpu, output = run(tree.sphinx(), tree.env(), tree.root)
                if number:
                    figure.add(seconds, cpu)
                    figure.reread.append(pages_read(output))
        figures.extend(mine)
        for figure in mine:
            print(
                f"  {name:<12} {figure.tree:<10} median {statistics.median(figure.seconds):6.2f} s"
                f" (cpu {statistics.median(figure.cpu):6.2f} s)",
                flush=True,
            )

    series("cold", lambda tree: shutil.rmtree(tree.build, ignore_errors=True))
    series("no-op", lambda tree: None)
    edits = {tree.label: example_of(tree, pair) for tree in trees}
    catalogs = {tree.label: tree.root / "src" / "futcompare" / "data" / "catalog" / f"{pair}.json" for tree in trees}
    with restored(*(path for path, _ in edits.values()), *catalogs.values()):
        series("one example", lambda tree: toggle_example(edits[tree.label][0]))
        series("one entry", lambda tree: toggle_entry(catalogs[tree.label], edits[tree.label][1]))
    return figures


def measure_cli(trees: list[Tree], pair: str, runs: int) -> tuple[list[Figure], dict[str, list[float]]]:
    """``futcompare matrix <pair>`` of each tree and the import floor, in turn; the ratio run by run."""
    cli = "import sys; from futcompare.cli import main; sys.exit(main())"
    floor = Figure("import floor", "python")
    mine = [Figure(f"matrix {pair}", tree.label) for tree in trees]
    ratios: dict[str, list[float]] = {tree.label: [] for tree in trees}
    for number in range(runs + 1):
        base, base_cpu, _ = run([sys.executable, "-c", FLOOR], trees[0].env(), trees[0].root)
        for tree, figure in zip(trees, mine):
            seconds, cpu, _ = run([sys.executable, "-c", cli, "matrix", pair], tree.env(), tree.root)
            if number:
                figure.add(seconds, cpu)
                ratios[tree.label].append(seconds / base)
        if number:
            floor.add(base, base_cpu)
    return [floor, *mine], ratios


def machine() -> dict[str, Any]:
    model = ""
    try:
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE)
        model = found.group(1) if found else ""
    except OSError:
        pass
    try:
        import sphinx

        sphinx_version = sphinx.__version__
    except ImportError:
        sphinx_version = "not installed"
    return {
        "platform": platform.platform(),
        "cpu": model or platform.processor(),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "sphinx": sphinx_version,
        "PYTHONDONTWRITEBYTECODE": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }


def table(figures: list[Figure], ratios: dict[str, list[float]], baseline: str | None) -> str:
    lines = [f"{'figure':<16} {'tree':<10} {'median':>8} {'min':>8} {'max':>8} {'cpu':>8}  pages read"]
    for figure in figures:
        summary = figure.summary()
        pages = ""
        if figure.reread:
            read = figure.reread[-1]
            pages = f"{len(read)}: {', '.join(read[:3])}{', ...' if len(read) > 3 else ''}"
        lines.append(
            f"{figure.name:<16} {figure.tree:<10} {summary['median']:>7.2f}s {summary['min']:>7.2f}s"
            f" {summary['max']:>7.2f}s {summary['cpu_median']:>7.2f}s  {pages}"
        )
    floor = next((f for f in figures if f.name == "import floor"), None)
    for label, values in ratios.items():
        cli = next(f for f in figures if f.name.startswith("matrix ") and f.tree == label)
        by_cpu = f"{statistics.median(cli.cpu) / statistics.median(floor.cpu):>7.2f}x" if floor else ""
        lines.append(f"{'matrix / floor':<16} {label:<10} {statistics.median(values):>7.2f}x "
                     f"{min(values):>7.2f}x {max(values):>7.2f}x {by_cpu}")  # fmt: skip
    if baseline:
        by_key = {(f.name, f.tree): f for f in figures}
        for figure in figures:
            before = by_key.get((figure.name, "baseline"))
            if figure.tree == "worktree" and before is not None:
                wall = statistics.median(a / b for a, b in zip(figure.seconds, before.seconds))
                ratio = statistics.median(a / b for a, b in zip(figure.cpu, before.cpu))
                lines.append(f"{figure.name + ' / baseline':<27} {wall:>7.2f}x wall, {ratio:.2f}x cpu (run by run)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="counted runs of each build (default 5, at least 5)")
    parser.add_argument("--cli-runs", type=int, default=21, help="counted runs of the command line (default 21)")
    parser.add_argument("--pair", default="future", help="the pair whose example, entry and matrix are timed")
    parser.add_argument("--baseline", metavar="REV", help="also time git revision REV, run by run with the tree")
    parser.add_argument("--json", type=Path, default=ROOT / "docs" / "_build" / "bench.json", help="JSON output")
    parser.add_argument("--skip-builds", action="store_true", help="time only the command line")
    args = parser.parse_args(argv)
    if args.runs < 5 or args.cli_runs < 5:
        parser.error("give at least 5 runs: a median of fewer says little on a shared machine")
    started = machine()
    with tempfile.TemporaryDirectory(prefix="futcompare-bench-") as folder:
        trees = [Tree("worktree", Path(folder) / "worktree")]
        copy_worktree(trees[0].root)
        if args.baseline:
            trees.append(Tree("baseline", Path(folder) / "baseline"))
            copy_revision(args.baseline, trees[1].root)
        for tree in trees:
            byte_compile(tree)
        figures: list[Figure] = []
        if not args.skip_builds:
            print(f"Timing builds of {', '.join(t.label for t in trees)} ({args.runs} runs each)...", flush=True)
            figures += measure_builds(trees, args.pair, args.runs)
        cli_figures, ratios = measure_cli(trees, args.pair, args.cli_runs)
        figures += cli_figures
    text = table(figures, ratios, args.baseline)
    print(text)
    data = {
        "machine": started,
        "load_average_after": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "baseline": args.baseline,
        "pair": args.pair,
        "figures": [figure.summary() for figure in figures],
        "cli_over_floor": {label: round(statistics.median(v), 3) for label, v in ratios.items()},
        "note": "seconds: wall time of each whole-process run; cpu_seconds: its user + system time",
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"Written: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run every difference page's code as a reader would, and compare with the page's Output.

Usage: python tools/page_examples.py [--python PATH ...] [pages...]

Reads the generated pages (docs/differences/<pair>/<id>.md, written by ``nox -s docs``), takes the
code block under "## Example" exactly as the page shows it, writes it to an empty temporary folder
and runs it there with each interpreter (default: the running one). The page's Output is its one
``text`` block, or, for an example whose output depends on the version, the block labelled with the
range that holds the interpreter's version. Prints one line per page and interpreter that differs, and
a summary; exits 1 if any differs. Stdlib only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "docs" / "differences"
try:
    from futcompare.examples import VersionRange, parse_blocks
except ImportError:  # an interpreter without futcompare installed: use the checkout's
    sys.path.insert(0, str(ROOT / "src"))
    from futcompare.examples import VersionRange, parse_blocks

_FENCE = re.compile(r"^(`{3,})(\w*)\n(.*?)^\1$", re.MULTILINE | re.DOTALL)
_LABELLED = re.compile(r"^\*\*(On CPython [^*]+)\*\*, it prints:\n\n(`{3,})text\n(.*?)^\2$", re.MULTILINE | re.DOTALL)


def page_parts(text: str) -> tuple[str, list[tuple[VersionRange | None, str]]]:
    """The page's program and its outputs, each with the version range it holds on (None: every version)."""
    text = re.sub(r"^```\{rst-class\}[^\n]*\n```\n\n", "", text, flags=re.MULTILINE)  # classes, not code
    example = text.split("\n## Example\n", 1)[1]
    code = next(match[3] for match in _FENCE.finditer(example) if match[2] == "python")
    output_section = text.split("\n## Output\n", 1)[1].split("\n## ", 1)[0].split("\n**Run it yourself**", 1)[0]
    labelled = _LABELLED.findall(output_section)
    if labelled:
        # The labels are the docstring's: let futcompare.examples read their ranges.
        blocks = parse_blocks("\n\n".join(f"{label}:\n\n>>> main()\nx\n" for label, _, _ in labelled), "page")
        return code, [(block.versions, output) for block, (_, _, output) in zip(blocks, labelled)]
    output = next(match[3] for match in _FENCE.finditer(output_section) if match[2] == "text")
    return code, [(None, output)]


def version_of(python: str) -> tuple[int, int, int]:
    done = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:3])"], capture_output=True, text=True)
    major, minor, micro = (int(part) for part in done.stdout.split())
    return major, minor, micro


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--python", action="append", help="an interpreter to run the pages with (repeatable)")
    parser.add_argument("pages", nargs="*", type=Path, help="generated pages (default: every one under docs/)")
    args = parser.parse_args(argv)
    pages = args.pages or sorted(path for path in PAGES.glob("*/*.md") if path.name != "index.md")
    if not pages:
        print(f"page_examples.py: error: no generated pages under {PAGES}; run `nox -s docs` first", file=sys.stderr)
        return 2
    pythons = args.python or [sys.executable]
    failures = runs = 0
    for python in pythons:
        version = version_of(python)
        for page in pages:
            code, outputs = page_parts(page.read_text(encoding="utf-8"))
            want = next((output for versions, output in outputs if versions is None or version in versions), None)
            with tempfile.TemporaryDirectory() as empty:
                # Under the name the page offers it for download, as a reader saves it.
                name = re.search(r"[Dd]ownload \{download\}`([^`<]+?) <", page.read_text(encoding="utf-8"))
                script = Path(empty) / (name[1] if name else "example.py")
                script.write_text(code, encoding="utf-8")
                done = subprocess.run([python, str(script)], cwd=empty, capture_output=True, text=True, timeout=60)
            runs += 1
            got = done.stdout.rstrip("\n") + "\n"
            if want is None or done.returncode != 0 or done.stderr or got != want.rstrip("\n") + "\n":
                failures += 1
                why = "no Output for this version" if want is None else f"exit {done.returncode}"
                shown = ".".join(map(str, version))
                print(f"DIFFERS {shown} {page.relative_to(ROOT)}: {why}, stderr {done.stderr!r}")
                print(f"  got  {got!r}\n  want {want!r}")
    summary = f"({len(pages)} pages x {len(pythons)} interpreters)"
    print(f"{runs - failures}/{runs} runs printed their page's Output {summary}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

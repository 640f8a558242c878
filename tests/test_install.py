"""The install commands that README.md and the site give work, as written, in a fresh virtual environment.

futcompare is not on PyPI; both say to run ``pip install .`` in a clone. This test takes the
commands from README.md's "Install" block (and checks that the site's Command line page shows the
same block), then runs each in the checkout with a new venv's ``pip`` and ``futcompare``.
It runs on one interpreter (3.11, the docs' and CI's) rather than on each: pip fetches the build
backend (hatchling) from the package index, and 3.14/3.15 here have no ensurepip for a venv.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^## Install\n.*?^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def install_commands(path: Path) -> list[str]:
    """The ``$ `` commands of the console block under the "## Install" heading of *path*."""
    found = BLOCK.search(path.read_text(encoding="utf-8"))
    assert found, f"{path.relative_to(ROOT)} has no '## Install' section with a console block"
    return [line[2:] for line in found[1].splitlines() if line.startswith("$ ")]


def test_readme_and_site_give_the_same_install_commands() -> None:
    readme = install_commands(ROOT / "README.md")
    assert readme[0] == "pip install ."
    assert install_commands(ROOT / "docs" / "reference" / "cli.md") == readme


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="run once, on CPython 3.11 (see the module docstring)")
def test_the_install_commands_work_in_a_fresh_venv(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    outputs = []
    for command in install_commands(ROOT / "README.md"):
        argv = shlex.split(command)
        argv[0] = str(bin_dir / argv[0])  # the venv's pip, and the futcompare it installs
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"`{command}` failed in a fresh venv:\n{done.stdout}\n{done.stderr}"
        outputs.append(done.stdout)
    # The installed command is the one from this checkout, and it prints the matrix.
    assert "asyncio.Future" in outputs[-1] and "result" in outputs[-1]

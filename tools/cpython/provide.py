#!/usr/bin/env python3
"""Provide native CPython 3.14 and 3.15 (Debian sid's builds) in a cache folder, and print their paths.

    python3 tools/cpython/provide.py                  # provide both, print "3.14 /path/to/python3.14" lines
    python3 tools/cpython/provide.py --print-path 3.14  # provide 3.14, print only its path

The machine's apt sources, lists and packages are left alone: apt-get runs with a private state
(sources list, lists, caches) under the cache folder and only *downloads* sid's packages, which
``dpkg -x`` unpacks into ``<cache>/<version>/``; patchelf then points the binary at that root's
loader and libraries (sid's glibc), so it runs directly and ``uv venv -p`` accepts it. A second
run finds the verified interpreter and returns at once. Stdlib only; see README.md beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

VERSIONS = ("3.14", "3.15")
SUITE = "sid"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
# The shared libraries the interpreter and its stdlib extension modules link against, with sid's glibc.
LIBRARIES = (
    "libc6",
    "libexpat1",
    "zlib1g",
    "libffi8",
    "libssl3t64",
    "libsqlite3-0",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libmpdec4",
    "libncursesw6",
    "libtinfo6",
    "libreadline8t64",
    "libuuid1",
)
# What must import for the interpreter to count as provided.
MODULES = "asyncio concurrent.futures threading ssl sqlite3 ctypes decimal lzma bz2 zlib json"
MARKER = ".futcompare-provided.json"
MULTIARCH = {"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu"}


class ProvideError(Exception):
    """What went wrong, in one line that names the culprit and the fix."""


def cache_root() -> Path:
    """``$FUTCOMPARE_CPYTHON_CACHE``, else ``$XDG_CACHE_HOME/futcompare/cpython`` (``~/.cache/...``)."""
    explicit = os.environ.get("FUTCOMPARE_CPYTHON_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "futcompare" / "cpython"


def interpreter_path(version: str, cache: Path | None = None) -> Path:
    """Where the interpreter of ``version`` is (or will be) in the cache."""
    return (cache or cache_root()) / version / "usr" / "bin" / f"python{version}"


def provided(cache: Path | None = None) -> dict[str, Path]:
    """The versions already provided in the cache (verified by an earlier run), without running anything."""
    found = {}
    for version in VERSIONS:
        python = interpreter_path(version, cache)
        if (python.parents[2] / MARKER).is_file() and os.access(python, os.X_OK):
            found[version] = python
    return found


def _run(command: Sequence[str], what: str) -> str:
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, check=False)
    except OSError as error:
        raise ProvideError(f"{what}: cannot run {command[0]} ({error.strerror})") from None
    if done.returncode != 0:
        lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        errors = [line for line in lines if line.startswith(("E:", "error", "Error"))]
        detail = errors[0] if errors else (lines[-1] if lines else f"exit status {done.returncode}")
        raise ProvideError(f"{what}: {detail.strip()}")
    return done.stdout


def _mirror() -> str:
    """The Debian mirror the machine's apt already uses (read only), else deb.debian.org."""
    texts = []
    for path in [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]:
        with contextlib.suppress(OSError):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    uri: str
    for uri in re.findall(r"(?:^deb\s+(?:\[[^\]]*\]\s+)?|^URIs:\s*)(\S+)", "\n".join(texts), re.MULTILINE):
        if re.search(r"/debian/?$", uri):
            return uri.rstrip("/")
    return DEFAULT_MIRROR


def _ensure_patchelf() -> str:
    found = shutil.which("patchelf")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise ProvideError("patchelf is missing: install Debian's patchelf (`sudo apt-get install patchelf`)")
    print("provide: installing Debian's patchelf with apt-get", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "--no-upgrade", "patchelf"]
    if subprocess.run(install, env=env, capture_output=True, check=False).returncode != 0:
        _run(["apt-get", "update", "-q"], "apt-get update (to install patchelf)")
        _run(install, "apt-get install patchelf")
    return shutil.which("patchelf") or "/usr/bin/patchelf"


class PrivateApt:
    """apt-get with its own sources list, lists and caches: the machine's apt state is only read (dpkg status)."""

    def __init__(self, folder: Path, mirror: str) -> None:
        self.folder = folder
        self.mirror = mirror
        self.sources = folder / "sources.list"
        self.archives = folder / "archives"

    def options(self) -> list[str]:
        return [
            "-o", f"Dir::Etc::sourcelist={self.sources}",
            "-o", "Dir::Etc::sourceparts=-",
            "-o", f"Dir::State::Lists={self.folder / 'lists'}",
            "-o", f"Dir::Cache={self.folder / 'cache'}",
            "-o", f"Dir::Cache::Archives={self.archives}",
            "-o", "APT::Sandbox::User=root",
            "-o", "Acquire::Languages=none",
            "-o", "Debug::NoLocking=1",
            "-q",
        ]  # fmt: skip

    def update(self, force: bool) -> None:
        line = f"deb [signed-by={KEYRING}] {self.mirror} {SUITE} main\n"
        changed = not self.sources.is_file() or self.sources.read_text(encoding="utf-8") != line
        for folder in (self.folder / "lists" / "partial", self.folder / "cache", self.archives / "partial"):
            folder.mkdir(parents=True, exist_ok=True)
        self.sources.write_text(line, encoding="utf-8")
        if force or changed or not any((self.folder / "lists").glob("*_Packages*")):
            print(f"provide: apt-get update ({SUITE} from {self.mirror}, private state)", file=sys.stderr)
            try:
                _run(["apt-get", *self.options(), "update", "--error-on=any"], f"apt-get update of {SUITE}")
            except ProvideError as error:
                self.sources.unlink()  # so that the next run updates again
                raise ProvideError(f"{error} (is {self.mirror} reachable? another mirror: --mirror URL)") from None

    def download(self, packages: Sequence[str]) -> list[Path]:
        """Download sid's version of each package into the private archives folder; return the .deb files."""
        print(f"provide: apt-get download {' '.join(packages)}", file=sys.stderr)
        _run(
            ["sh", "-c", 'cd "$0" && exec apt-get "$@"', str(self.archives), *self.options(), "download",
             *(f"{package}/{SUITE}" for package in packages)],
            f"apt-get download from {SUITE}",
        )  # fmt: skip
        debs = []
        for package in packages:
            matches = sorted(self.archives.glob(f"{package}_*.deb"), key=lambda path: path.stat().st_mtime)
            if not matches:
                raise ProvideError(f"apt-get download {package}/{SUITE} left no {package}_*.deb in {self.archives}")
            debs.append(matches[-1])
        return debs


@contextlib.contextmanager
def _locked(cache: Path) -> Iterator[None]:
    """One provider at a time per cache folder (several worktrees may run nox at once)."""
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _verify(python: Path) -> str:
    code = f"import {', '.join(MODULES.split())}, sys; print(sys.version.split()[0])"
    return _run([str(python), "-c", code], f"{python} cannot import the stdlib it needs").strip()


def provide(version: str, cache: Path, refresh: bool = False, mirror: str | None = None) -> Path:
    """Provide CPython ``version`` under ``cache/version``; return its interpreter's path."""
    python = interpreter_path(version, cache)
    root = python.parents[2]
    if not refresh and (root / MARKER).is_file() and python.is_file():
        return python
    architecture = _run(["dpkg", "--print-architecture"], "dpkg --print-architecture").strip()
    if architecture not in MULTIARCH:
        raise ProvideError(f"architecture {architecture} is not supported (only {', '.join(MULTIARCH)})")
    patchelf = _ensure_patchelf()
    apt = PrivateApt(cache / "apt", mirror or _mirror())
    apt.update(force=refresh)
    packages = [f"python{version}-minimal", f"libpython{version}-minimal", f"libpython{version}-stdlib", *LIBRARIES]
    debs = apt.download(packages)
    # Unpack into a fresh folder beside the final one, then swap: a failed run leaves no half-made root.
    staging = Path(tempfile.mkdtemp(prefix=f".{version}-", dir=cache))
    try:
        for deb in debs:
            _run(["dpkg", "-x", str(deb), str(staging)], f"dpkg -x {deb.name}")
        libdir = staging / "usr" / "lib" / MULTIARCH[architecture]
        loaders = sorted(libdir.glob("ld-linux*.so.*")) + sorted((staging / "lib64").glob("ld-linux*.so.*"))
        if not loaders:
            raise ProvideError(f"no ld-linux loader in {SUITE}'s libc6 under {libdir}")
        final_libdir = root / "usr" / "lib" / MULTIARCH[architecture]
        staged_python = staging / "usr" / "bin" / f"python{version}"
        if not staged_python.is_file():
            raise ProvideError(f"python{version}-minimal from {SUITE} has no usr/bin/python{version}")
        # The paths written into the binary are the final ones; it runs only once the root is in place.
        _run(
            [patchelf, "--set-interpreter", str(final_libdir / loaders[0].name), "--force-rpath",
             "--set-rpath", str(final_libdir), str(staged_python)],
            f"patchelf python{version}",
        )  # fmt: skip
        if root.exists():
            shutil.rmtree(root)
        staging.rename(root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    full_version = _verify(python)
    marker = {"version": full_version, "suite": SUITE, "packages": sorted(deb.name for deb in debs)}
    (root / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    print(f"provide: CPython {full_version} ready at {python}", file=sys.stderr)
    return python


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("versions", nargs="*", metavar="VERSION",
                        help=f"the versions to provide (default: {' '.join(VERSIONS)})")  # fmt: skip
    parser.add_argument("--print-path", metavar="VERSION", choices=VERSIONS,
                        help="provide this version and print only its interpreter's path")  # fmt: skip
    parser.add_argument("--cache", type=Path, help=f"the cache folder (default: {cache_root()})")
    parser.add_argument("--mirror", help="the Debian mirror (default: the one apt already uses, else deb.debian.org)")
    parser.add_argument("--refresh", action="store_true", help="update sid's lists and unpack again")
    args = parser.parse_args(argv)
    unknown = [version for version in args.versions if version not in VERSIONS]
    if unknown:
        parser.error(f"no Debian build provided for {', '.join(unknown)}: choose from {', '.join(VERSIONS)}")
    cache = (args.cache or cache_root()).expanduser().resolve()
    versions = [args.print_path] if args.print_path else (args.versions or list(VERSIONS))
    paths = {}
    try:
        with _locked(cache):
            for version in versions:
                paths[version] = provide(version, cache, refresh=args.refresh, mirror=args.mirror)
    except ProvideError as error:
        print(f"provide.py: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"provide.py: error: {error.filename or cache}: {error.strerror}", file=sys.stderr)
        return 1
    for version, python in paths.items():
        print(python if args.print_path else f"{version} {python}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

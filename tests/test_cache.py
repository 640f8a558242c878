"""The CLI's cache of snapshot matrices (futcompare._cache): it changes how long, never what, it prints.

Each test has a cache folder of its own (FUTCOMPARE_CACHE_DIR, set by the root conftest.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import futcompare.snapshots
from futcompare.pairs import PAIRS
from shared import RunCli

ROOT = Path(__file__).resolve().parent.parent


def cache_files() -> list[Path]:
    return sorted(Path(os.environ["FUTCOMPARE_CACHE_DIR"]).glob("*.bin"))


def uncached(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    with monkeypatch.context() as patch:
        patch.setenv("FUTCOMPARE_CACHE_DIR", "")
        return run_cli(*args)


@pytest.mark.parametrize("pair", list(PAIRS))
def test_every_pair_prints_the_same_with_the_cache_cold_warm_or_off(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, pair: str
) -> None:
    for args in (("matrix", pair), ("matrix", pair, "--format", "json", "--only-differences")):
        expected = uncached(run_cli, monkeypatch, *args)
        assert expected[0] == 0
        assert run_cli(*args) == expected  # cold (the first time): works the matrices out, and keeps them
        assert len(cache_files()) == 1
        assert run_cli(*args) == expected  # warm: reads them
    assert run_cli("matrix", pair, "--format", "markdown") == uncached(
        run_cli, monkeypatch, "matrix", pair, "--format", "markdown"
    )


def test_a_second_run_reads_no_snapshot(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run_cli("matrix", "future")

    def refuse(*args: object) -> None:
        raise AssertionError("the snapshot matrices were worked out again")

    monkeypatch.setattr(futcompare.snapshots, "snapshot_matrices", refuse)
    assert run_cli("matrix", "future") == first


class Run:
    """``python -m futcompare ARGS`` of a copy of the package, in a process of its own; returns stdout."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, *args: str, cache: str | None = None) -> str:
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        env["FUTCOMPARE_CACHE_DIR"] = str(self.root / "cache") if cache is None else cache
        command = [sys.executable, "-m", "futcompare", *args]
        return subprocess.run(command, env=env, cwd=self.root, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def package(tmp_path: Path) -> Run:
    """A copy of the futcompare package, with its data, to change."""
    shutil.copytree(ROOT / "src" / "futcompare", tmp_path / "futcompare", ignore=shutil.ignore_patterns("__pycache__"))
    return Run(tmp_path)


@pytest.fixture
def snapshots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the committed snapshots, which the engine reads instead."""
    folder = tmp_path / "snapshots"
    shutil.copytree(futcompare.snapshots.SNAPSHOT_DIR, folder)
    monkeypatch.setattr(futcompare.snapshots, "SNAPSHOT_DIR", folder)
    return folder


def test_a_snapshot_changed_in_place_is_read_again(package: Run) -> None:
    before = package("matrix", "future", "--format", "json")
    # The same number of bytes, and the file's times put back: only its content tells the change.
    path = package.root / "futcompare" / "data" / "snapshots" / "cpython-3.9.json"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert text.count('"signature": "(msg=None)"') == 1  # asyncio.Future.cancel()
    path.write_text(text.replace('"signature": "(msg=None)"', '"signature": "(msg=Nope)"'), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    after = package("matrix", "future", "--format", "json")
    assert "(msg=Nope)" in after and "(msg=Nope)" not in before
    assert after == package("matrix", "future", "--format", "json", cache="")


def test_a_damaged_snapshot_is_an_error_even_after_a_cached_run(run_cli: RunCli, snapshots: Path) -> None:
    assert run_cli("matrix", "future")[0] == 0
    path = snapshots / "cpython-3.10.json"
    path.write_bytes(path.read_bytes()[:5000])
    status, out, err = run_cli("matrix", "future")
    assert (status, out) == (2, "")
    assert "cpython-3.10.json" in err and "take it again" in err


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit of the data
        lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:],  # one bit of the key
        lambda data: b"\x00" * len(data),
        lambda data: data + b"more",
        lambda data: data.replace(b"(msg=None)", b"(msg=Nope)"),  # still data that reads, but not what was kept
    ],
    ids=["empty", "cut-short", "data-bit", "key-bit", "zeros", "extra-bytes", "a-string"],
)
def test_a_damaged_cache_file_is_ignored(run_cli: RunCli, damage: object) -> None:
    first = run_cli("matrix", "future", "--format", "json")
    (path,) = cache_files()
    damaged = damage(path.read_bytes())  # type: ignore[operator]
    assert damaged != path.read_bytes()
    path.write_bytes(damaged)
    assert run_cli("matrix", "future", "--format", "json") == first
    assert run_cli("matrix", "future", "--format", "json") == first  # the file written again, whole


def test_a_cache_file_of_other_data_is_not_trusted(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose key and checksum hold, but whose data is not matrices (another program's, say)."""
    import marshal
    from importlib.util import source_hash

    run_cli("matrix", "future")
    (path,) = cache_files()
    data = path.read_bytes()
    for payload in (marshal.dumps(["Nope", 1]), marshal.dumps(("not", "a", "dict")), marshal.dumps({"x": ["Row"]})):
        head = data[: data.index(b"\n") + 1 + 8]  # the format's line and the key
        path.write_bytes(head + source_hash(payload) + payload)
        assert run_cli("matrix", "future") == uncached(run_cli, monkeypatch, "matrix", "future")


def test_a_cache_folder_that_cannot_be_made_changes_nothing(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FUTCOMPARE_CACHE_DIR", str(blocked / "cache"))
    assert run_cli("matrix", "future") == uncached(run_cli, monkeypatch, "matrix", "future")
    assert blocked.read_text() == "not a folder"


def test_the_cache_is_under_xdg_cache_home_or_the_home_folder(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("FUTCOMPARE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    run_cli("matrix", "lock")
    assert [p.name for p in (tmp_path / "xdg" / "futcompare" / "cli").iterdir()] == [
        f"lock.{sys.implementation.cache_tag}.bin"
    ]
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/so/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    run_cli("matrix", "lock")
    assert (tmp_path / "home" / ".cache" / "futcompare" / "cli").is_dir()
    assert not (tmp_path / "relative").exists()


def test_changed_code_is_a_new_key(package: Run) -> None:
    """The package's code changes between two runs: the second prints what the new code says."""

    def cells() -> set[str]:
        out = json.loads(package("matrix", "future", "--format", "json"))
        return {span["left"] for row in out["rows"] for span in row["versions"]}

    assert "asyncio.exceptions.TimeoutError" in cells()  # read from the snapshots: the cells of each version
    model = package.root / "futcompare" / "model.py"
    text = model.read_text(encoding="utf-8")
    # Only a surface read from a snapshot: a live one is not made by surface_from_dict.
    model.write_text(text.replace('qualname=data["qualname"],', 'qualname=data["qualname"] + "!",'))
    assert "asyncio.exceptions.TimeoutError!" in cells()

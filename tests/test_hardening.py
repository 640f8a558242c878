"""Hardening: every bad input gets one line naming the culprit, no traceback, and nothing written or lost.

``CASES`` is the table of bad inputs (the CLI, the catalog, the snapshots, the directive, hostile
classes). Each case runs through a public entry point (``futcompare.cli.main``,
``futcompare.catalog.load_catalog``, a Sphinx build) and reports what a user sees: the exit status
(or the warning), the lines it printed, and whether the files it was given changed. The one test
of the table asserts the same four things for every case. /work/wt/HARDENING.md lists them all.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import futcompare.snapshots
from futcompare import FutcompareError, markup
from futcompare.catalog import load_catalog
from futcompare.cli import main
from shared import catalog_entry as entry

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CATALOG = ROOT / "src" / "futcompare" / "data" / "catalog" / "future.json"
HAS_SPHINX = importlib.util.find_spec("sphinx") is not None and importlib.util.find_spec("myst_parser") is not None

# -- what a case reports -----------------------------------------------------------------------------------------


@dataclass
class Outcome:
    status: int | str
    """The exit status, or ``"warning"`` / ``"error"`` for a Sphinx build, or ``"raised"`` for the API."""
    lines: list[str]
    """What the user reads about the problem: stderr, the warnings, the exception's message."""
    stdout: str = ""


def _digest(folder: Path) -> dict[str, str]:
    """Every file under *folder* with the hash of its bytes: what must be neither written nor lost."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run_cli(*args: str) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    stderr = sys.stderr
    sys.stderr = err
    try:
        try:
            status = main(list(args), stdout=out)
        except SystemExit as exit:
            status = int(exit.code or 0)
    finally:
        sys.stderr = stderr
    lines = err.getvalue().splitlines()
    if status == 1:  # check: each drift of its report is one line
        lines += [line for line in out.getvalue().splitlines() if line.startswith("  - ")]
    return Outcome(status, lines, out.getvalue())


# -- the CLI -----------------------------------------------------------------------------------------------------


def cli(*args: str) -> Callable[[Path, pytest.MonkeyPatch], Outcome]:
    def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
        return run_cli(*(arg.replace("{tmp}", str(tmp_path)) for arg in args))

    return case


def existing_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    # A snapshot that cannot be written over (its folder is a file): the old file stays whole.
    (tmp_path / "old.json").write_text("keep me\n", encoding="utf-8")
    return run_cli("snapshot", "--output", str(tmp_path / "old.json" / "new.json"))


# -- the catalog -------------------------------------------------------------------------------------------------


def catalog(raw: Any = None, *, data: bytes | None = None, pair: str = "clients") -> Callable[..., Outcome]:
    """A catalog file with one bad entry (or these bytes), loaded as the catalog of *pair*."""

    def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
        path = tmp_path / "clients.json"
        if data is not None:
            path.write_bytes(data)
        else:
            document = raw if isinstance(raw, dict) and "entries" in raw else {"pair": pair, "entries": [raw]}
            path.write_text(json.dumps(document), encoding="utf-8")
        try:
            load_catalog(pair, path)
        except FutcompareError as error:
            return Outcome("raised", str(error).splitlines())
        return Outcome("loaded", [])

    return case


def check_with_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    # The catalog names an example the examples folder lacks: check says so, naming it.
    examples = tmp_path / "examples"
    shutil.copytree(EXAMPLES, examples)
    (examples / "future" / "result_pending.py").unlink()
    return run_cli("check", "--examples", str(examples))


# -- the snapshots -----------------------------------------------------------------------------------------------


def snapshot(damage: Callable[[Path], None], *args: str) -> Callable[..., Outcome]:
    """The committed snapshots copied to a folder the engine reads instead, one of them damaged by *damage*."""

    def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
        folder = tmp_path / "snapshots"
        shutil.copytree(futcompare.snapshots.SNAPSHOT_DIR, folder)
        damage(folder)
        monkeypatch.setattr(futcompare.snapshots, "SNAPSHOT_DIR", folder)
        monkeypatch.setattr("futcompare.drift.SNAPSHOT_DIR", folder)
        return run_cli(*(args or ("matrix", "future")))

    return case


def edit(name: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        path = folder / name
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")

    return damage


def truncate(folder: Path) -> None:
    path = folder / "cpython-3.10.json"
    path.write_bytes(path.read_bytes()[:5000])


def future_member(data: dict[str, Any]) -> dict[str, Any]:
    member: dict[str, Any] = data["surfaces"]["asyncio.Future"]["members"][0]
    return member


# -- the directive and the pages ---------------------------------------------------------------------------------


def sphinx(page: str, changes: dict[str, Any] | None = None) -> Callable[..., Outcome]:
    """A one-page Sphinx project, built -W; with *changes*, it has futcompare's catalog and examples,
    the entry ``result-pending`` changed by them."""

    def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
        if not HAS_SPHINX:
            pytest.skip("Sphinx and myst-parser are installed on Python 3.11+ only")
        from sphinx.application import Sphinx
        from sphinx.errors import SphinxError
        from sphinx.util.docutils import docutils_namespace

        monkeypatch.syspath_prepend(str(Path(__file__).parent))
        src = tmp_path / "docs"
        src.mkdir()
        conf = 'extensions = ["myst_parser", "futcompare.sphinxext"]\nhtml_theme = "basic"\n'
        toctree = ""
        if changes is not None:
            conf += 'futcompare_catalog_dir = "../catalog"\nfutcompare_examples_dir = "../examples"\n'
            (tmp_path / "catalog").mkdir()
            document = json.loads(CATALOG.read_text(encoding="utf-8"))
            (pending,) = [item for item in document["entries"] if item["id"] == "result-pending"]
            pending.update(changes)
            (tmp_path / "catalog" / "future.json").write_text(json.dumps(document, indent=1), encoding="utf-8")
            shutil.copytree(EXAMPLES / "future", tmp_path / "examples" / "future")
            (src / "matrix").mkdir()
            (src / "matrix" / "future.md").write_text("# Matrix\n\n```{futcompare-matrix} future\n```\n")
            toctree = "\n```{toctree}\nmatrix/future\ndifferences/future/index\n```\n"
        (src / "conf.py").write_text(conf, encoding="utf-8")
        (src / "index.md").write_text(f"# Page\n\n{page}\n{toctree}", encoding="utf-8")
        logged = io.StringIO()
        status: int | str = "built"
        lines: list[str] = []
        with docutils_namespace(), warnings.catch_warnings():
            # Sphinx's own deprecations, raised from myst-parser: not this project's to fix.
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", PendingDeprecationWarning)
            try:
                app = Sphinx(
                    str(src), str(src), str(tmp_path / "html"), str(tmp_path / "doctrees"), "html",
                    status=io.StringIO(), warning=logged, freshenv=True,
                )  # fmt: skip
                app.build()
            except SphinxError as error:
                status, lines = "error", [f"{type(error).__name__}: {error}"]
        found = [line for line in logged.getvalue().splitlines() if "WARNING" in line or "ERROR" in line]
        if found and status == "built":
            status = "warning"
        html = tmp_path / "html" / "index.html"
        return Outcome(status, found + lines, html.read_text(encoding="utf-8") if html.is_file() else "")

    return case


def damaged_build(page: str, changes: dict[str, Any] | None = None) -> Callable[..., Outcome]:
    """A Sphinx build (see :func:`sphinx`) with the committed snapshot of 3.10 truncated."""

    def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outcome:
        folder = tmp_path / "snapshots"
        shutil.copytree(futcompare.snapshots.SNAPSHOT_DIR, folder)
        truncate(folder)
        monkeypatch.setattr(futcompare.snapshots, "SNAPSHOT_DIR", folder)
        return sphinx(page, changes)(tmp_path, monkeypatch)

    return case


# -- the table ---------------------------------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
PAYLOADS = {
    "script": SCRIPT,
    "img-onerror": "<img src=x onerror=alert(1)>",
    "iframe-javascript": "<iframe src=javascript:alert(1)></iframe>",
    "raw-html": "```{raw} html\n" + SCRIPT + "\n```",
    "eval-rst-raw": "```{eval-rst}\n.. raw:: html\n\n   " + SCRIPT + "\n```",
    "literalinclude": "```{literalinclude} /etc/passwd\n```",
    "javascript-link": "[click](javascript:alert(1))",
    "role-raw": "{raw}`<b>x</b>`",
    "include-role": "{download}`/etc/passwd`",
    "rst-raw-one-line": ".. raw:: html",
    "entity": "&lt;script&gt;",
    "image": "![x](https://example.org/x.png)",
    "autolink": "<https://example.org>",
    "bidi": "safe\u202etxt.exe",
    "backslash": "\\<script>",
}

#: (id, case, expected status, what the one line must name)
CASES: list[tuple[str, Callable[..., Outcome], int | str, str]] = [
    # The command line.
    ("cli-unknown-pair", cli("matrix", "nope"), 2, "unknown pair 'nope'"),
    ("cli-unimportable", cli("matrix", "asyncio.Nope", "threading.Event"), 2, "cannot import 'asyncio.Nope'"),
    ("cli-not-a-path", cli("matrix", "not a path", "threading.Event"), 2, "'not a path' is not a dotted path"),
    ("cli-three-targets", cli("matrix", "a", "b", "c"), 2, "not 3 arguments"),
    ("cli-python-empty", cli("matrix", "--python", ""), 2, "--python '' is not a Python version"),
    ("cli-python-garbage", cli("matrix", "--python", "latest"), 2, "--python 'latest' is not a Python version"),
    ("cli-python-unknown", cli("matrix", "--python", "2.7"), 2, "no snapshot of Python '2.7'"),
    ("cli-format", cli("matrix", "--format", "xml"), 2, "invalid choice: 'xml'"),
    ("cli-output-empty", cli("snapshot", "--output", ""), 2, "--output is empty"),
    ("cli-output-no-folder", cli("snapshot", "--output", "{tmp}/no/such/x.json"), 2, "no/such does not exist"),
    ("cli-output-under-a-file", cli("snapshot", "--output", "/etc/passwd/x"), 2, "/etc/passwd is a file, not a folder"),
    ("cli-output-folder-missing", cli("snapshot", "--output", "{tmp}/nodir/"), 2, "nodir/: no such folder"),
    ("cli-output-unwritable", cli("snapshot", "--output", "/proc/futcompare.json"), 2, "cannot write /proc/"),
    ("cli-output-over-a-file", existing_output, 2, "old.json is a file, not a folder"),
    ("cli-check-examples-missing", cli("check", "--examples", "{tmp}/none"), 1, "no examples folder"),
    ("cli-check-example-deleted", check_with_examples, 1, "result_pending.py does not exist"),
    # Hostile classes: the error becomes a row note, or one line when the path itself cannot be read.
    ("hostile-dir", cli("matrix", "hostile_classes.HostileDir", "hostile_classes.Plain"), 0, "dir() of"),
    (
        "hostile-signature",
        cli("matrix", "hostile_classes.HostileSignature", "hostile_classes.Plain"),
        0,
        "__signature__ is broken on purpose",
    ),
    (
        "hostile-descriptor",
        cli("matrix", "hostile_classes.HostileMember", "hostile_classes.Plain"),
        0,
        "descriptor __get__ is broken on purpose",
    ),
    (
        "hostile-getattr",
        cli("matrix", "hostile_classes.HostileGetattr.missing", "hostile_classes.Plain"),
        2,
        "getting 'missing' from 'hostile_classes.HostileGetattr' raised RuntimeError",
    ),
    ("hostile-import", cli("matrix", "hostile_module.Thing", "hostile_classes.Plain"), 2, "importing 'hostile_module'"),
    # The catalog: text that breaks the policy, and data of the wrong shape.
    *(
        (f"catalog-reason-{name}", catalog(entry(reason=text)), "raised", "field 'reason'")
        for name, text in PAYLOADS.items()
    ),
    ("catalog-evidence-img", catalog(entry(evidence=PAYLOADS["img-onerror"])), "raised", "field 'evidence': HTML"),
    ("catalog-summary-script", catalog(entry(summary=SCRIPT)), "raised", "field 'summary': HTML '<script'"),
    ("catalog-title-newline", catalog(entry(title="one\ntwo")), "raised", "field 'title': a line break"),
    (
        "catalog-reference-javascript",
        catalog(entry(references=[{"title": "x", "url": "javascript:alert(1)"}])),
        "raised",
        "reference 1: url 'javascript:alert(1)' is not an http(s) URL",
    ),
    (
        "catalog-reference-title-html",
        catalog(entry(references=[{"title": "<b>docs</b>", "url": "https://docs.python.org/3/"}])),
        "raised",
        "reference 1: field 'title': HTML '<b'",
    ),
    ("catalog-evidence-number", catalog(entry(evidence=7)), "raised", "evidence must be a string, not a number"),
    ("catalog-title-list", catalog(entry(title=["x"])), "raised", "title must be a non-empty string, not a list"),
    ("catalog-members-numbers", catalog(entry(members=[1])), "raised", "members must be a list of matrix row names"),
    ("catalog-until-before-since", catalog(entry(since="3.13", until="3.9")), "raised", "until 3.9 is before since"),
    ("catalog-example-outside", catalog(entry(example="../outside.py")), "raised", "example '../outside.py'"),
    ("catalog-example-absolute", catalog(entry(example="/etc/passwd")), "raised", "example '/etc/passwd'"),
    ("catalog-example-other-pair", catalog(entry(example="event/x.py")), "raised", "example 'event/x.py'"),
    (
        "catalog-other-pair",
        catalog({"pair": "event", "entries": [entry()]}),
        "raised",
        "says it is the catalog of pair 'event'",
    ),
    (
        "catalog-not-utf8",
        catalog(data=b'{"pair": "clients", "entries": []}\xff'),
        "raised",
        "not UTF-8 text (byte 0xff",
    ),
    ("catalog-unknown-top-field", catalog({"entries": [], "extra": 1}), "raised", "unknown top-level field(s) extra"),
    ("catalog-truncated", catalog(data=b'{"pair": "clients", "entries": ['), "raised", "not valid JSON"),
    # The snapshots: damaged data fails loudly, in the CLI and in check, and is never skipped.
    ("snapshot-truncated", snapshot(truncate), 2, "cpython-3.10.json is not valid JSON"),
    ("snapshot-truncated-check", snapshot(truncate, "check"), 1, "cpython-3.10.json is not valid JSON"),
    (
        "snapshot-no-surfaces",
        snapshot(edit("cpython-3.10.json", lambda data: data.pop("surfaces"))),
        2,
        "cpython-3.10.json: field 'surfaces' is missing",
    ),
    (
        "snapshot-member-without-name",
        snapshot(edit("cpython-3.12.json", lambda data: future_member(data).pop("name"))),
        2,
        "surface 'asyncio.Future': member 0: field 'name' is missing",
    ),
    (
        "snapshot-no-version",
        snapshot(edit("cpython-3.9.json", lambda data: data["python"].pop("version"))),
        2,
        "python: field 'version' is missing",
    ),
    (
        "snapshot-bad-parameter-kind",
        snapshot(edit("cpython-3.11.json", lambda data: future_member(data).update(parameters=[{"name": "x"}]))),
        2,
        "parameter 0: field 'kind' is missing",
    ),
    (
        "snapshot-stray-file",
        snapshot(lambda folder: (folder / "notaversion.json").write_text("{}", encoding="utf-8")),
        2,
        "notaversion.json is in the snapshot folder but its name is not",
    ),
    (
        "snapshot-misnamed",
        snapshot(
            lambda folder: (folder / "cpython-3.10.json").write_bytes((folder / "cpython-3.11.json").read_bytes())
        ),
        2,
        "so its name should be cpython-3.11.json",
    ),
    (
        "snapshot-path-missing",
        snapshot(edit("cpython-3.13.json", lambda data: data["surfaces"].pop("asyncio.Future"))),
        2,
        "has no 'asyncio.Future', which a registered pair reads",
    ),
    (
        "snapshot-not-utf8",
        snapshot(lambda folder: (folder / "cpython-3.9.json").write_bytes(b'{"format": 1}\xff')),
        2,
        "cpython-3.9.json is not UTF-8",
    ),
    # The directive and the pages, in a Sphinx project of their own.
    ("directive-unknown-pair", sphinx("```{futcompare-matrix} nope\n```"), "warning", "index.md:3"),
    (
        "directive-unimportable",
        sphinx("```{futcompare-matrix} nosuchmodule.X threading.Event\n```"),
        "warning",
        "cannot import 'nosuchmodule.X'",
    ),
    (
        "directive-hostile-signature",
        sphinx("```{futcompare-matrix} hostile_classes.HostileSignature hostile_classes.Plain\n```"),
        "built",
        "__signature__ is broken on purpose",  # the row's note, on the page
    ),
    (
        "directive-unknown-row",
        sphinx("```{futcompare-matrix} future\n:rows: result, nope\n```"),
        "warning",
        "no row 'nope'",
    ),
    *(
        (f"pages-reason-{name}", sphinx("", {"reason": PAYLOADS[name]}), "error", "field 'reason'")
        for name in ("script", "raw-html", "eval-rst-raw", "literalinclude")
    ),
    (
        "build-snapshot-truncated-matrix",
        damaged_build("```{futcompare-matrix} future\n```"),
        "warning",
        "cpython-3.10.json is not valid JSON",
    ),
    (
        "build-snapshot-truncated-glance",
        damaged_build("```{futcompare-glance}\n```"),
        "warning",
        "cpython-3.10.json is not valid JSON",
    ),
    ("build-snapshot-truncated-pages", damaged_build("", {}), "error", "cpython-3.10.json:1: ERROR"),
    (
        "pages-evidence-number",
        sphinx("", {"evidence": 7}),
        "error",
        "entry 'result-pending': evidence must be a string, not a number",
    ),
]


@pytest.fixture
def hostile_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module that raises when imported, on sys.path; the hostile classes module too."""
    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / "hostile_module.py").write_text('raise RuntimeError("importing me is broken on purpose")\n')
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.syspath_prepend(str(Path(__file__).parent))


def test_the_table_has_at_least_40_bad_inputs() -> None:
    assert len(CASES) >= 40
    assert len({case_id for case_id, *_ in CASES}) == len(CASES)


@pytest.mark.parametrize(("case_id", "case", "expected", "culprit"), CASES, ids=[case[0] for case in CASES])
def test_bad_input(
    case_id: str,
    case: Callable[..., Outcome],
    expected: int | str,
    culprit: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hostile_module: None,
) -> None:
    watched = {"etc-passwd": Path("/etc/passwd"), "snapshots": futcompare.snapshots.SNAPSHOT_DIR}
    before = {name: _digest(path) if path.is_dir() else path.read_bytes() for name, path in watched.items()}
    given = _digest(tmp_path)
    outcome = case(tmp_path, monkeypatch)

    assert outcome.status == expected, outcome
    text = "\n".join([*outcome.lines, outcome.stdout])
    assert "Traceback" not in text
    if expected not in (0, "built"):
        # One line names the culprit (the file, the entry, the field or the input) and says what to do.
        named = [line for line in outcome.lines if culprit in line]
        assert len(named) == 1, outcome.lines
        assert len(named[0]) < 600
    elif culprit:
        assert culprit in outcome.stdout  # a row note of the table itself
    # Nothing written or lost: the files the case was given are as they were, and no new file appeared
    # except what the case itself set up (its tmp_path copies) and a build's output.
    after = {name: _digest(path) if path.is_dir() else path.read_bytes() for name, path in watched.items()}
    assert after == before
    left = {name: digest for name, digest in _digest(tmp_path).items() if not name.startswith(("html/", "doctrees/"))}
    assert not [name for name in left if name.endswith(".tmp")], "a temporary file was left behind"
    if case_id == "cli-output-over-a-file":
        assert (tmp_path / "old.json").read_text(encoding="utf-8") == "keep me\n"
    assert set(given) <= set(left)


# -- payloads never reach a page -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_no_payload_survives_the_renderer(name: str) -> None:
    """Even text that skipped the check (an Entry made in code) cannot reach a page: rendering refuses it."""
    with pytest.raises(markup.MarkupError):
        markup.to_myst(PAYLOADS[name], paragraphs=True)


@pytest.mark.skipif(not HAS_SPHINX, reason="Sphinx and myst-parser are installed on Python 3.11+ only")
def test_allowed_markup_renders_and_everything_else_shows_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Use `result()` *now*, **not** later; see [the docs](https://docs.python.org/3/). 3 < 4 & {x.y} $x$ %"
    outcome = sphinx("", {"reason": text, "evidence": "# not a heading\n\n- not a list"})(tmp_path, monkeypatch)
    assert outcome.status == "built", outcome.lines
    page = (tmp_path / "html" / "differences" / "future" / "result-pending.html").read_text(encoding="utf-8")
    assert "<em>now</em>" in page and "<strong>not</strong>" in page
    assert '<a class="reference external" href="https://docs.python.org/3/">the docs</a>' in page
    assert "3 &lt; 4 &amp; {x.y} $x$ %" in page
    assert "<p># not a heading</p>" in page and "<p>- not a list</p>" in page
    for payload in PAYLOADS.values():
        assert payload not in page


# -- the terminal: encodings and a closed pipe ------------------------------------------------------------------


def _futcompare(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "futcompare", *args], capture_output=True, env=environment, timeout=120, check=False
    )


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""},
    ],
    ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"],
)
def test_ascii_terminals_get_ascii_marks(env: dict[str, str]) -> None:
    result = _futcompare("matrix", "future", env=env)
    assert (result.returncode, result.stderr) == (0, b"")
    text = result.stdout.decode("ascii")  # raises if anything else came out
    assert "+ signature read from the pure-Python twin" in text
    assert "3.9-3." in text  # the en dash of a version range, in ASCII


def test_a_closed_pipe_ends_quietly() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "futcompare", "matrix", "future"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # as `| head -0` does
        stderr = process.stderr.read()
        assert process.wait(timeout=120) == 141
    assert stderr == b""


# -- any Sphinx project ------------------------------------------------------------------------------------------


@pytest.mark.skipif(not HAS_SPHINX, reason="Sphinx and myst-parser are installed on Python 3.11+ only")
def test_an_outside_project_with_the_documented_configuration_builds_under_w(tmp_path: Path) -> None:
    """The configuration docs/reference/sphinx.md shows, in a two-file project: sphinx-build -W passes."""
    documented = (ROOT / "docs" / "reference" / "sphinx.md").read_text(encoding="utf-8")
    conf = documented.split("```python\n", 1)[1].split("```", 1)[0]
    assert "futcompare.sphinxext" in conf
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(conf, encoding="utf-8")
    (src / "index.md").write_text(
        textwrap.dedent(
            """\
            # Futures

            ```{futcompare-matrix} future
            ```

            ```{futcompare-matrix} asyncio.Event threading.Event
            :only-differences:
            ```
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-n", "-b", "html", "-q", str(src), str(tmp_path / "html")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert 'id="set-running-or-notify-cancel"' in page
    assert not (src / "differences").exists(), "no difference pages in a project without a catalog of its own"
    assert not (tmp_path / "html" / "data").exists()

"""Snapshots: what one interpreter saw, as JSON, and the differences between two of them."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from futcompare._text import minor_version, version_key
from futcompare.errors import DamagedDataError, FutcompareError, UnavailableError
from futcompare.model import (
    PARAMETER_KINDS,
    SNAPSHOT_FORMAT,
    Matrix,
    PythonInfo,
    Snapshot,
    SourceRecord,
    Surface,
    SurfaceData,
    surface_from_dict,
    to_jsonable,
)
from futcompare.pairs import PAIRS, Pair, SurfaceSource, build_matrix, live_source, pair_paths, running_python

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # frozen dataclasses all the same, without compiling six methods for each (see futcompare._record)
    from futcompare._record import dataclass

SNAPSHOT_DIR = Path(__file__).parent / "data" / "snapshots"


def take_snapshot(pairs: tuple[Pair, ...] | None = None) -> Snapshot:
    """Introspect every path of every registered pair on this interpreter.

    A path that cannot be imported here (asyncio.Barrier before 3.11) is recorded
    as unavailable, with the reason. Under ``"sources"`` it records where this
    interpreter's stdlib has each snippet the catalogs quote (see :mod:`futcompare.sources`).
    """
    from futcompare.sources import record_sources  # the catalog it reads imports this module

    surfaces: dict[str, SurfaceData] = {}
    for pair in pairs if pairs is not None else tuple(PAIRS.values()):
        for path, twin, members in pair_paths(pair):
            if path in surfaces:
                continue
            try:
                surfaces[path] = to_jsonable(live_source(path, twin, members))
            except FutcompareError as error:
                surfaces[path] = {"path": path, "unavailable": str(error)}
    python = running_python()
    if python.platform != "emscripten":
        python = replace(python, runtime="native")  # said outright, so a reader of the file need not infer it
    return Snapshot(python, surfaces, record_sources())


def snapshot_name(python: PythonInfo) -> str:
    """File name of the snapshot for an interpreter: ``cpython-3.11.json``."""
    suffix = "-pyodide" if python.platform == "emscripten" else ""
    return f"{python.implementation}-{minor_version(python.version)}{suffix}.json"


def dumps(snapshot: Snapshot) -> str:
    """The text of a snapshot file."""
    return json.dumps(snapshot.to_json(), indent=1, sort_keys=True) + "\n"


def load_snapshot(path: Path, surfaces: Collection[str] | None = None) -> Snapshot:
    """Read and check a snapshot file; with *surfaces*, read and check only those of its surfaces (the ones
    to be read): the snapshot returned then holds those surfaces alone, and no sources.

    Raises :class:`~futcompare.errors.DamagedDataError` naming the file, the surface, the member and
    the field when it is not a complete, well-formed snapshot (truncated, not UTF-8, a key missing).
    """
    try:
        data = _parse(path.read_bytes().decode("utf-8"), surfaces)
    except FileNotFoundError:
        raise FutcompareError(f"no snapshot {path}; take one with: futcompare snapshot --output {path}") from None
    except OSError as error:
        raise DamagedDataError(f"cannot read snapshot {path}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise DamagedDataError(f"snapshot {path} is not UTF-8 (offset {error.start}); {_AGAIN}") from None
    except json.JSONDecodeError as error:
        raise DamagedDataError(f"snapshot {path} is not valid JSON ({error}); {_AGAIN}") from None
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise DamagedDataError(f"snapshot {path} is not a format-{SNAPSHOT_FORMAT} snapshot; {_AGAIN}")
    _check_snapshot(path, data, surfaces)
    return Snapshot(PythonInfo.from_json(data["python"]), data["surfaces"], data.get("sources", []), data["format"])


def _parse(text: str, surfaces: Collection[str] | None) -> Any:
    """The JSON of a snapshot file; with *surfaces*, only what reading those surfaces needs, when it can.

    A snapshot holds every registered pair's surfaces, and a caller that compares one pair reads a
    tenth of them: parsing only those (with its ``format`` and ``python``) is most of the time saved.
    """
    if surfaces is None:
        return json.loads(text)
    found = _parse_surfaces(text, surfaces)
    if found is not None:
        return found
    data = json.loads(text)
    if isinstance(data, dict) and isinstance(data.get("surfaces"), dict):  # else the checks say what is wrong
        data = {
            **{key: value for key, value in data.items() if key != "sources"},
            "surfaces": {name: data["surfaces"][name] for name in surfaces if name in data["surfaces"]},
        }
    return data


_DECODER = json.JSONDecoder()
_START, _SURFACES, _END = '{\n "format": ', '\n "surfaces": {\n', "\n }\n}\n"


def _parse_surfaces(text: str, surfaces: Collection[str]) -> dict[str, Any] | None:
    """``format``, ``python`` and the *surfaces* found, when *text* is laid out as :func:`dumps` writes it.

    :func:`dumps` sorts the keys, so ``surfaces`` comes last, and indents one space a level, so each
    surface's key starts a line with two spaces (a newline inside a JSON string is written ``\\n``).
    A text laid out otherwise, or cut short (it must end as :func:`dumps` ends it), or whose wanted
    parts do not parse, gives None: the caller parses it whole, and reports what is wrong with it.
    """
    start = text.find(_SURFACES)
    if start < 0 or not text.startswith(_START) or not text.endswith(_END):
        return None
    data: dict[str, Any] = {}
    try:
        for key in ("format", "python"):
            marker = f"\n {json.dumps(key)}: "
            at = text.find(marker, 0, start)
            if at < 0:
                return None
            data[key] = _DECODER.raw_decode(text, at + len(marker))[0]
        found: dict[str, Any] = {}
        for name in surfaces:
            marker = f"\n  {json.dumps(name)}: "
            at = text.find(marker, start)
            if at >= 0:
                found[name] = _DECODER.raw_decode(text, at + len(marker))[0]
    except json.JSONDecodeError:
        return None
    data["surfaces"] = found
    return data


_AGAIN = "take it again (nox -s snapshots, or futcompare snapshot --output FILE on that Python)"
_SNAPSHOT_NAME = re.compile(r"^[a-z]+-\d+\.\d+(-[a-z0-9]+)*\.json$")
_FACTS = {"mro_names": list, "awaitable": bool, "context_manager": bool, "async_context_manager": bool, "generic": bool}


def _check_snapshot(path: Path, data: dict[str, Any], only: Collection[str] | None = None) -> None:
    """Every key the engine reads, with its JSON type; extra keys are allowed (a newer futcompare may add some).

    With *only*, the surfaces not named there are left unchecked: a caller that reads a few does not pay
    for checking all of them (it is most of the time of reading a snapshot).
    """

    def fail(where: str, problem: str) -> DamagedDataError:
        return DamagedDataError(f"snapshot {path}: {where}{problem}; {_AGAIN}")

    def need(obj: dict[str, Any], where: str, key: str, types: tuple[type, ...], text: str) -> Any:
        if key not in obj:
            raise fail(where, f"field {key!r} is missing")
        value = obj[key]
        if not isinstance(value, types) or (bool in types) != isinstance(value, bool):
            raise fail(where, f"field {key!r} must be {text}, not {type(value).__name__}")
        return value

    python = need(data, "", "python", (dict,), "an object")
    for key in ("implementation", "version"):
        need(python, "python: ", key, (str,), "a string")
    if not re.match(r"^\d+\.\d+", python["version"]):
        raise fail("python: ", f"field 'version' is {python['version']!r}, not a version like 3.11.7")
    surfaces = need(data, "", "surfaces", (dict,), "an object")
    for name, surface in surfaces.items():
        if only is not None and name not in only:
            continue
        where = f"surface {name!r}: "
        if not isinstance(surface, dict):
            raise fail(where, "must be an object")
        if need(surface, where, "path", (str,), "a string") != name:
            raise fail(where, f"field 'path' is {surface['path']!r}, not its key {name!r}")
        if "unavailable" in surface:
            need(surface, where, "unavailable", (str,), "a string (why it is unavailable)")
            continue
        for key in ("qualname", "kind", "doc"):
            need(surface, where, key, (str,), "a string")
        facts = need(surface, where, "facts", (dict, type(None)), "an object or null")
        for key, kind in _FACTS.items() if facts is not None else ():
            need(facts, where + "facts: ", key, (kind,), "a list" if kind is list else "true or false")
        members = need(surface, where, "members", (list,), "a list")
        for index, member in enumerate(members):
            if not isinstance(member, dict):
                raise fail(where, f"member {index} must be an object")
            label = member.get("name") if isinstance(member.get("name"), str) else index
            _check_member(member, f"{where}member {label!r}: ", need, fail)
    records = need(data, "", "sources", (list,), "a list") if "sources" in data else []
    for index, record in enumerate(records):
        where = f"sources[{index}]: "
        if not isinstance(record, dict):
            raise fail(where, "must be an object")
        for key in ("file", "in", "snippet"):
            need(record, where, key, (str,), "a string")
        if "error" in record:
            need(record, where, "error", (str,), "a string")
        places = need(record, where, "found", (list,), "a list of [first, last] line numbers")
        for place in places:
            if not (isinstance(place, list) and len(place) == 2 and all(type(n) is int and n > 0 for n in place)):
                raise fail(where, f"field 'found' holds {place!r}, not a [first, last] pair of line numbers")


def _check_member(member: dict[str, Any], where: str, need: Any, fail: Any) -> None:
    for key in ("name", "kind", "signature_source", "defined_in", "doc"):
        need(member, where, key, (str,), "a string")
    need(member, where, "signature", (str, type(None)), "a string or null")
    parameters = need(member, where, "parameters", (list, type(None)), "a list or null")
    for index, parameter in enumerate(parameters or ()):
        if not isinstance(parameter, dict):
            raise fail(where, f"parameter {index} must be an object")
        at = f"{where}parameter {index}: "
        need(parameter, at, "name", (str,), "a string")
        if need(parameter, at, "kind", (str,), "a string") not in PARAMETER_KINDS:
            raise fail(at, f"field 'kind' is {parameter['kind']!r}, not one of {', '.join(PARAMETER_KINDS)}")
        need(parameter, at, "default", (str, type(None)), "a string or null")
    if "mro_names" in member:
        need(member, where, "mro_names", (list,), "a list")


def _file_version(path: Path) -> tuple[int, int]:
    # cpython-3.10.json, cpython-3.15-pyodide.json
    return version_key(path.stem.split("-")[1])


def committed_snapshots(folder: Path | None = None) -> dict[str, Path]:
    """The snapshots shipped with futcompare (or in *folder*), by file name, oldest Python first.

    A file whose name is not a snapshot's (``cpython-3.11.json``, ``cpython-3.14-pyodide.json``)
    raises :class:`~futcompare.errors.DamagedDataError`: nothing in the folder is skipped.
    """
    folder = folder if folder is not None else SNAPSHOT_DIR
    paths = sorted(folder.glob("*.json"))
    for path in paths:
        if not _SNAPSHOT_NAME.match(path.name):
            raise DamagedDataError(
                f"{path} is in the snapshot folder but its name is not <implementation>-<major>.<minor>.json"
                " (e.g. cpython-3.11.json); rename or delete it"
            )
    return {path.name: path for path in sorted(paths, key=_file_version)}


def load_committed(name: str, path: Path, surfaces: Collection[str] | None = None) -> Snapshot:
    """A committed snapshot, checked like :func:`load_snapshot` and against its file name."""
    snapshot = load_snapshot(path, surfaces)
    expected = snapshot_name(snapshot.python)
    if expected != name:
        raise DamagedDataError(
            f"snapshot {path} holds Python {snapshot.python.version} ({snapshot.python.platform or '?'}),"
            f" so its name should be {expected}; rename it or take it again"
        )
    return snapshot


def snapshot_source(snapshot: Snapshot) -> SurfaceSource:
    """A surface source (see :func:`futcompare.pairs.build_matrix`) that reads from *snapshot*."""

    def source(path: str, twin: str | None, members: bool) -> Surface:
        data = snapshot.surfaces.get(path)
        version = snapshot.python.version
        if data is None:
            if any(path == known for pair in PAIRS.values() for known, _, _ in pair_paths(pair)):
                raise DamagedDataError(
                    f"the Python {version} snapshot has no {path!r}, which a registered pair reads; {_AGAIN}"
                )
            raise UnavailableError(f"{path!r} is in no snapshot: snapshots hold the registered pairs only")
        if "unavailable" in data:
            raise UnavailableError(f"{path!r} does not exist on Python {version}: {data['unavailable']}")
        return surface_from_dict(data)

    return source


def matrix_from_snapshot(pair: Pair, snapshot: Snapshot, name: str = "") -> Matrix:
    """The matrix of *pair* as the interpreter that took *snapshot* saw it."""
    python = replace(snapshot.python, source=name or "snapshot")
    return build_matrix(pair, snapshot_source(snapshot), python)


@dataclass(frozen=True)
class Drift:
    """One difference between two snapshots, or between a snapshot and the catalog."""

    kind: str
    """``new member``, ``removed member``, ``changed signature``, ``changed``, ``availability``, ``source``
    or ``catalog``."""
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


def diff_snapshots(old: Snapshot, new: Snapshot, old_name: str = "snapshot", new_name: str = "live") -> list[Drift]:
    """Each difference between two snapshots' surfaces, in words; empty when they agree."""
    drifts: list[Drift] = []
    old_surfaces, new_surfaces = old.surfaces, new.surfaces
    for path in sorted(set(old_surfaces) | set(new_surfaces)):
        before, after = old_surfaces.get(path), new_surfaces.get(path)
        if before is None or after is None:
            where = new_name if before is None else old_name
            drifts.append(Drift("availability", f"{path} is only in {where}"))
            continue
        if ("unavailable" in before) != ("unavailable" in after):
            state = {True: "unavailable", False: "available"}
            drifts.append(
                Drift(
                    "availability",
                    f"{path} is {state['unavailable' in before]} in {old_name},"
                    f" {state['unavailable' in after]} in {new_name}",
                )
            )
            continue
        if "unavailable" not in before:
            drifts += _diff_surface(path, before, after, old_name, new_name)
    return drifts + _diff_sources(old.sources, new.sources, old_name, new_name)


def _diff_sources(before: list[SourceRecord], after: list[SourceRecord], old: str, new: str) -> list[Drift]:
    """Where two snapshots' records of the catalog's snippets disagree (see :mod:`futcompare.sources`)."""
    drifts = []
    old_records = {(r["file"], r["in"], r["snippet"]): r for r in before}
    new_records = {(r["file"], r["in"], r["snippet"]): r for r in after}
    for key in sorted(set(old_records) | set(new_records)):
        file, scope, snippet = key
        what = f"{file}{f' in {scope}' if scope else ''}: `{snippet}`"
        a, b = old_records.get(key), new_records.get(key)
        if a is None:
            drifts.append(Drift("source", f"{what} is quoted by the catalog, and {old} has no record of it"))
        elif b is None:
            drifts.append(Drift("source", f"{what} is recorded in {old}, and no catalog quotes it any more"))
        elif (a["found"], a.get("error")) != (b["found"], b.get("error")):
            drifts.append(Drift("source", f"{what} is at {_places(a)} in {old}, at {_places(b)} in {new}"))
    return drifts


def _places(record: SourceRecord) -> str:
    if record.get("error"):
        return f"no place ({record['error']})"
    found = [str(first) if first == last else f"{first}-{last}" for first, last in record["found"]]
    return f"line(s) {', '.join(found)}" if found else "no place"


def _diff_surface(path: str, before: SurfaceData, after: SurfaceData, old: str, new: str) -> list[Drift]:
    drifts = []
    for key in ("qualname", "kind", "doc", "facts", "twin"):
        if before.get(key) != after.get(key):
            drifts.append(Drift("changed", f"{path} {key}: {before.get(key)!r} in {old}, {after.get(key)!r} in {new}"))
    old_members = {m["name"]: m for m in before["members"]}
    new_members = {m["name"]: m for m in after["members"]}
    for name in sorted(set(old_members) | set(new_members)):
        a, b = old_members.get(name), new_members.get(name)
        if a is None:
            signature = (b or {}).get("signature") or ""
            drifts.append(Drift("new member", f"{path}.{name}{signature} is in {new}, not in {old}"))
        elif b is None:
            drifts.append(Drift("removed member", f"{path}.{name} is in {old}, not in {new}"))
        elif a.get("signature") != b.get("signature") or a.get("parameters") != b.get("parameters"):
            drifts.append(
                Drift(
                    "changed signature",
                    f"{path}.{name}: {a.get('signature')} in {old}, {b.get('signature')} in {new}",
                )
            )
        else:
            for key in sorted((set(a) | set(b)) - {"signature", "parameters"}):
                if a.get(key) != b.get(key):
                    drifts.append(
                        Drift("changed", f"{path}.{name} {key}: {a.get(key)!r} in {old}, {b.get(key)!r} in {new}")
                    )
    return drifts


def find_snapshot(version: str) -> tuple[str, Snapshot]:
    """The committed snapshot of Python *version* (``3.10``, or exact: ``3.10.13``), with its file name."""
    files = committed_snapshots()
    try:
        wanted = version_key(version)
    except ValueError:
        wanted = None
    # The file named for that version first: usually the only one read.
    likely = [name for name, path in files.items() if _file_version(path) == wanted]
    snapshots: dict[str, Snapshot] = {}
    for name in [*likely, *(name for name in files if name not in likely)]:
        snapshot = snapshots[name] = load_committed(name, files[name])
        exact = snapshot.python.version
        if version in (exact, minor_version(exact)):
            return name, snapshot
    versions = sorted((s.python.version for s in snapshots.values()), key=version_key)
    known = ", ".join(minor_version(v) for v in versions)
    raise FutcompareError(f"no snapshot of Python {version!r}; snapshots exist for: {known}")


def matrix_for_version(pair: Pair, version: str) -> Matrix:
    """*pair*'s matrix as Python *version* saw it, from its committed snapshot."""
    name, snapshot = find_snapshot(version)
    return matrix_from_snapshot(pair, snapshot, name)


#: snapshot_matrices' answers in this process, by pair and by the files' names, sizes and times.
_MATRICES: dict[tuple[Any, ...], dict[str, Matrix]] = {}


def snapshot_matrices(pair: Pair) -> dict[str, Matrix]:
    """*pair*'s matrix as each committed snapshot saw it, by snapshot file name.

    Snapshots of interpreters where the pair does not exist (asyncio.Barrier
    before 3.11: :class:`~futcompare.errors.UnavailableError`) are left out; a
    damaged snapshot raises :class:`~futcompare.errors.DamagedDataError`. A process asks
    this many times (a Sphinx build: for the pages, each matrix and the export), so the
    answer is kept until a snapshot file changes.
    """
    files = committed_snapshots()
    key = (pair, *((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in files.values()))
    if key not in _MATRICES:
        _MATRICES[key] = _snapshot_matrices(pair, files)
    return dict(_MATRICES[key])


def _snapshot_matrices(pair: Pair, files: dict[str, Path]) -> dict[str, Matrix]:
    matrices: dict[str, Matrix] = {}
    # Interpreters whose surfaces of the pair read the same have the same rows: compare them once.
    built: list[tuple[list[Any], Matrix]] = []
    paths = [path for path, _, _ in pair_paths(pair)]
    for name, path in files.items():
        snapshot = load_committed(name, path, paths)
        surfaces = [snapshot.surfaces.get(each) for each in paths]
        same = next((matrix for seen, matrix in built if seen == surfaces), None)
        if same is not None:
            matrices[name] = replace(same, python=replace(snapshot.python, source=name))
            continue
        try:
            matrices[name] = matrix_from_snapshot(pair, snapshot, name)
        except UnavailableError:
            continue
        built.append((surfaces, matrices[name]))
    return matrices

"""The JSON output, validated against the JSON Schema kept in the repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import futcompare
from futcompare.pairs import PAIRS
from shared import RunCli

SCHEMA_PATH = Path(futcompare.__file__).parent / "data" / "schemas" / "matrix.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _matrix_json(run_cli: RunCli, *args: str) -> Any:
    status, out, err = run_cli("matrix", *args, "--format", "json")
    assert status == 0, err
    return json.loads(out)


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_every_pair_validates(run_cli: RunCli, validator: jsonschema.protocols.Validator, pair: str) -> None:
    status, out, err = run_cli("matrix", pair, "--format", "json")
    if status == 2 and "cannot import" in err:
        pytest.skip(f"pair {pair} does not exist on this Python: {err.strip()}")
    validator.validate(json.loads(out))


def test_snapshot_and_adhoc_matrices_validate(run_cli: RunCli, validator: jsonschema.protocols.Validator) -> None:
    validator.validate(_matrix_json(run_cli, "future", "--python", "3.9"))
    validator.validate(_matrix_json(run_cli, "synthetic_classes.SyncClient", "synthetic_classes.AsyncClient"))


def test_the_schema_rejects_a_wrong_document(run_cli: RunCli, validator: jsonschema.protocols.Validator) -> None:
    data = _matrix_json(run_cli, "future")
    data["rows"][0]["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)
    data = _matrix_json(run_cli, "future")
    del data["rows"][0]["anchor"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_rows_carry_anchors_and_catalog_entries(run_cli: RunCli) -> None:
    data = _matrix_json(run_cli, "future")
    anchors = {row["name"]: row["anchor"] for row in data["rows"]}
    assert anchors["add_done_callback"] == "add-done-callback"
    assert anchors["__await__"] == "dunder-await"
    assert all(isinstance(row["entries"], list) for row in data["rows"])

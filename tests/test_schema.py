"""The committed JSON Schema is generated from the model and validates real output."""

from __future__ import annotations

import json

import jsonschema
import pytest

import warta
from warta.schema import article_schema, schema_json

from .conftest import FIXTURES, ROOT, SEED

SCHEMA_FILE = ROOT / "schemas" / "article.schema.json"


def test_committed_schema_is_not_stale() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json(), (
        "schemas/article.schema.json is stale: run `warta schema -o schemas/article.schema.json`"
    )


def test_schema_has_id_and_version() -> None:
    schema = article_schema()
    assert schema["$id"].endswith(f"article-{warta.SCHEMA_VERSION}.schema.json")
    assert schema["x-schema-version"] == warta.SCHEMA_VERSION
    jsonschema.Draft202012Validator.check_schema(schema)


def _fixture_inputs() -> list[str]:
    paths = [
        SEED,
        *sorted(FIXTURES.glob("text/**/*.txt")),
        *sorted(FIXTURES.glob("html/**/*.html")),
    ]
    return [str(p) for p in paths]


@pytest.mark.parametrize("path", _fixture_inputs(), ids=lambda p: p.rsplit("/", 1)[-1])
def test_converted_fixtures_validate_against_schema(path: str) -> None:
    try:
        article = warta.parse(path)
    except warta.NotAnArticleError:
        pytest.skip("not an article (rejection is tested elsewhere)")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    validator.validate(json.loads(article.model_dump_json()))

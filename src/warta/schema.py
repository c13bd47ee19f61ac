"""The JSON Schema of the Article model, generated, never hand-written."""

from __future__ import annotations

import json
from typing import Any

from warta.model import SCHEMA_ID, SCHEMA_VERSION, Article


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for :class:`~warta.model.Article`."""
    schema = Article.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "x-schema-version": SCHEMA_VERSION,
        **schema,
    }


def schema_json() -> str:
    return json.dumps(article_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"

"""The model reference documents every field of every model."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from warta import model

from .conftest import ROOT

MODELS = [
    obj
    for obj in vars(model).values()
    if isinstance(obj, type)
    and issubclass(obj, BaseModel)
    and obj.__module__ == model.__name__
    and not obj.__name__.startswith("_")
]


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_model_reference_mentions_every_field(cls: type[BaseModel]) -> None:
    doc = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    missing = [name for name in cls.model_fields if f"`{name}`" not in doc]
    assert not missing, f"docs/model.md does not document {cls.__name__}.{missing}"

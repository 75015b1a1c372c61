"""Shared fixtures: the real pipeline (loaded once per session) and the shared corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """``../shared`` beside the project (or ``$EXTRACTOR_SHARED``), which holds the real corpus and gold."""
    return Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline with the real English model, built once for the whole session."""
    from extractor.pipeline.build import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def model():
    """The English model alone (tagger, parser, lemmatizer, NER; no transcript components), loaded once for
    the whole session: the unit tests of the rules run them on its parse."""
    from extractor.pipeline.model_loading import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared():
    path = shared_dir()
    if not (path / "corpus").is_dir():
        pytest.skip(f"the shared corpus is not at {path / 'corpus'} (set EXTRACTOR_SHARED to its parent folder)")
    return path

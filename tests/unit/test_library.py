"""The library on first contact: one path is one path, wrong types are named, one default pipeline, the API listed."""
from __future__ import annotations

import gc
import os
import pydoc
import re
import subprocess
import sys
from pathlib import Path

import pytest

import extractor
from extractor import api
from extractor.records.models import FactsDocument, Failure, Generator

from ..conftest import ROOT


@pytest.mark.parametrize("value", [None, 42, b"MAYOR: Fares rise 2%.", ["text"]])
def test_extract_text_names_the_argument_it_cannot_take(value):
    with pytest.raises(TypeError, match=r"^text must be a str .*not " + type(value).__name__):
        extractor.extract_text(value)


def test_extract_text_names_a_source_that_is_not_a_string():
    with pytest.raises(TypeError, match=r"^source must be a str, not PosixPath"):
        extractor.extract_text("x", source=Path("a.txt"))


@pytest.mark.parametrize("paths", ["briefings/", Path("briefings")])
def test_one_string_or_path_is_one_path_not_its_characters(paths):
    assert api._path_list(paths) == [paths]


@pytest.mark.parametrize("paths, message", [
    (b"briefings/", "paths must be a path (str or Path) or an iterable of paths, not bytes"),
    (7, "paths must be a path (str or Path) or an iterable of paths, not int"),
    (["a.txt", None], "paths must hold paths (str or Path), not NoneType"),
])
def test_paths_of_the_wrong_type_are_named(paths, message):
    with pytest.raises(TypeError, match=re.escape(message)):
        extractor.extract(paths)


def test_extract_of_one_folder_as_a_string_reads_the_folder_not_its_letters(tmp_path, monkeypatch):
    folder = tmp_path / "city"
    folder.mkdir()
    (folder / "notes.md").write_text("x", encoding="utf-8")
    seen = []
    monkeypatch.setattr(api.Options, "inputs", lambda self, paths: seen.append(paths) or api.Inputs(entries=[]))
    monkeypatch.setattr(api, "default_pipeline", lambda config=None: None)
    monkeypatch.setattr(api, "_generator", lambda nlp, config: api.Generator(name="extractor", version="0"))
    document = extractor.extract(str(folder))
    assert isinstance(document, FactsDocument)
    assert seen == [[str(folder)]]


def test_one_default_pipeline_is_built_once(monkeypatch):
    from extractor.pipeline.build import PipelineConfig

    built = []
    api._pipeline_for.cache_clear()
    monkeypatch.setattr(api, "build_pipeline", lambda config: built.append(config) or object())
    try:
        first, second = api.default_pipeline(), api.default_pipeline(PipelineConfig())
        assert first is second and len(built) == 1
        assert api.default_pipeline(PipelineConfig(parse_all=True)) is not first and len(built) == 2
    finally:
        api._pipeline_for.cache_clear()


def test_record_from_doc_refuses_what_is_not_a_processed_doc():
    import spacy

    with pytest.raises(TypeError, match="doc must be a spaCy Doc, not str"):
        extractor.record_from_doc("MAYOR: hello")
    with pytest.raises(ValueError, match="not processed by the extractor's pipeline"):
        extractor.record_from_doc(spacy.blank("en")("MAYOR: hello"))


def test_record_from_doc_gives_the_record_of_a_piped_doc(nlp):
    text = "Harbour update\n\nPORT DIRECTOR KIM: Cargo volumes rose 4% this spring.\n"
    doc = next(nlp.pipe([text]))
    record = extractor.record_from_doc(doc, source="harbour.txt")
    assert record.source == "harbour.txt"
    assert record == extractor.extract_text(text, source="harbour.txt", nlp=nlp)


def test_dir_and_help_show_the_public_api():
    listed = dir(extractor)
    for name in ("extract", "extract_text", "extract_path", "record_from_doc", "TranscriptRecord", "json_schema"):
        assert name in listed and name in extractor.__all__
    text = pydoc.render_doc(extractor, renderer=pydoc.plaintext)
    assert "FUNCTIONS" in text and "extract_text(" in text and "record_from_doc(" in text


def test_the_package_is_typed():
    assert (ROOT / "extractor" / "py.typed").is_file()
    assert '"extractor" = ["py.typed"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_most_schema_fields_are_described():
    schema = extractor.json_schema()
    fields = [(name, spec) for model in schema["$defs"].values() for name, spec in model.get("properties", {}).items()]
    described = [name for name, spec in fields if spec.get("description")]
    assert len(described) >= 0.8 * len(fields), sorted({n for n, s in fields if not s.get("description")})


def test_the_distribution_name_is_not_the_unrelated_extractor_on_pypi():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "transcript-facts" and project["scripts"]["extract"].startswith("extractor.")
    out = subprocess.run([sys.executable, "-c", "import extractor; print(extractor._DISTRIBUTION)"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == project["name"]


def test_a_lost_worker_names_a_file_whose_name_is_not_utf8_in_a_writable_way():
    # A city hall's minutes saved under a Latin-1 name: the byte 0xE9 is not UTF-8.
    path = Path(os.fsdecode(b"conseil-municipal-s\xe9ance.txt"))
    outcome = api._lost_file((path, api.Options()), "killed by signal 9")
    failure = Failure(source=outcome.source, error=outcome.error)
    document = FactsDocument(generator=Generator(name="extractor", version="0"), transcripts=[], failures=[failure])
    written = document.model_dump_json().encode("utf-8")
    assert b"conseil-municipal-s\\\\xe9ance.txt" in written
    assert outcome.error.startswith(outcome.source + ": the worker process")


def test_the_pipeline_is_left_out_of_collections_while_files_are_extracted_and_put_back_after(tmp_path,
                                                                                              monkeypatch):
    files = [tmp_path / name for name in ("council.txt", "harbour.txt")]
    for f in files:
        f.write_text("MAYOR: The levy rises 2%.", encoding="utf-8")
    frozen_while_running, thresholds_while_running = [], []

    def run_one(nlp, path, options):
        frozen_while_running.append(gc.get_freeze_count())
        thresholds_while_running.append(gc.get_threshold())
        return api.Outcome(api.source_name(path))

    monkeypatch.setattr(api, "_run_one", run_one)
    thresholds = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    outcomes = list(api.iter_outcomes(files, nlp=object()))  # type: ignore[arg-type]  # _run_one is stubbed
    assert len(outcomes) == 2 and len(frozen_while_running) == 2 and all(frozen_while_running)
    assert all(t[0] >= api.YOUNG_OBJECTS and t[1:] == thresholds[1:] for t in thresholds_while_running)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds
    # A run stopped early puts them back too.
    run = api.iter_outcomes(files, nlp=object())  # type: ignore[arg-type]
    next(run)
    assert gc.get_freeze_count()
    run.close()
    assert gc.get_freeze_count() == 0


def test_a_callers_own_frozen_objects_and_threshold_stay_after_a_run(tmp_path, monkeypatch):
    f = tmp_path / "ministry.txt"
    f.write_text("MINISTER: Exports grew 3%.", encoding="utf-8")
    monkeypatch.setattr(api, "_run_one", lambda nlp, path, options: api.Outcome(api.source_name(path)))
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(api.YOUNG_OBJECTS * 2, *thresholds[1:])
    try:
        list(api.iter_outcomes([f], nlp=object()))  # type: ignore[arg-type]  # _run_one is stubbed
        assert gc.get_freeze_count()  # not unfrozen by the run (a few frozen objects may have died meanwhile)
        assert gc.get_threshold()[0] == api.YOUNG_OBJECTS * 2
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_overlapping_runs_leave_the_callers_threshold_and_collection_turned_off_stays_off():
    thresholds = gc.get_threshold()
    try:
        gc.set_threshold(700, *thresholds[1:])
        first, second = api._pipeline_frozen(), api._pipeline_frozen()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)  # the first to start ends first
        second.__exit__(None, None, None)
        assert gc.get_threshold()[0] == 700 and gc.get_freeze_count() == 0
        gc.set_threshold(0, *thresholds[1:])  # the caller turned collection off
        with api._pipeline_frozen():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_a_worker_freezes_its_pipeline_once_built(monkeypatch):
    built = []
    monkeypatch.setattr(api, "default_pipeline", lambda config: built.append(gc.get_freeze_count()))
    thresholds = gc.get_threshold()
    try:
        api._worker_start(api.PipelineConfig())
        assert built == [0]  # built first, then frozen with what it made
        assert gc.get_freeze_count() and gc.get_threshold()[0] >= api.YOUNG_OBJECTS
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)

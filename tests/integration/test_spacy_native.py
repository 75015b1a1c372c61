"""The pipeline as a spaCy citizen, with the real model: saved and loaded in a fresh process, Docs that
serialise, several processes, span labels for displaCy."""
from __future__ import annotations

import importlib.metadata
import json
import os
import re
import subprocess
import sys
import tomllib
import warnings

from spacy import displacy
from spacy.language import Language
from spacy.tokens import DocBin

from extractor.pipeline.extensions import QUANTITIES, TOPICS, TURNS
from extractor.records.assemble import transcript_record

from ..conftest import ROOT

BRIEFING = (
    "Central Bank of Norland: press conference on monetary policy, 6 February 2025\n\n"
    "GOVERNOR ASKE: Good afternoon. The board raised the policy rate by 25 basis points to 3.5%. "
    "Inflation fell to 2.8% in December, from 3.1% in November.\n\n"
    "Q: Governor, what do you expect for wages?\n\n"
    "GOVERNOR ASKE: Wages should grow about 4% this year. Unemployment stands at 3.9%.\n"
)
CITY_HALL = (
    "MAYOR OKAFOR: The city will buy 40 electric buses, at a cost of $25 million, half of it from the state.\n\n"
    "Q: When do they arrive?\n\n"
    "MAYOR OKAFOR: The first 10 come in May.\n"
)


def _records(docs) -> list:
    return [transcript_record(doc, source="briefing.txt").model_dump() for doc in docs]


def test_docbin_round_trip_gives_the_same_record(nlp):
    doc = nlp(BRIEFING)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert _records([back]) == _records([doc])
    assert [s.label_ for s in back.spans[QUANTITIES]] == [s._.quantity.kind for s in doc.spans[QUANTITIES]]


def test_spans_are_labelled_and_displacy_shows_the_labels(nlp):
    doc = nlp(BRIEFING)
    quantities = doc.spans[QUANTITIES]
    assert quantities and all(s.label_ == s._.quantity.kind for s in quantities)
    assert {s.label_ for s in doc.spans[TURNS]} == {"official", "media"}
    assert all(s.label_ == s._.topic.label for s in doc.spans[TOPICS])
    html = displacy.render(doc, style="span", options={"spans_key": QUANTITIES}, jupyter=False)
    for label in {s.label_ for s in quantities}:
        assert re.search(rf">\s*{label}\s*</span>", html), label


def test_pipe_with_two_processes_gives_the_same_records(nlp):
    texts = [BRIEFING, CITY_HALL]
    one = _records(nlp.pipe(texts))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. spaCy's W109: user hooks lost in serialisation
        two = _records(nlp.pipe(texts, n_process=2))
    assert two == one and all(r["quantities"] for r in one)


def test_no_component_holds_the_pipeline(nlp):
    for name, component in nlp.components:
        held = vars(component).values() if hasattr(component, "__dict__") else ()
        assert not any(isinstance(v, Language) for v in held), name


def test_numeral_focus_runs_the_models_components_as_the_model_lists_them(nlp):
    from extractor.pipeline.model_loading import model_components, resolve_model_name

    config = nlp.config["components"]["numeral_focus"]
    listed = [n for n in model_components(resolve_model_name()) if n != config["splitter"]]
    assert config["components"] == [n for n in nlp.component_names if n in listed]


def _entry_points_path(folder) -> list[str]:
    """Folders that make this checkout's declared entry points visible to a fresh process.

    None when the installed metadata already declares them (``pip install -e .`` of this version);
    otherwise a minimal ``.dist-info`` written from ``pyproject.toml``, found before the installed one.
    """
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]
    factories = declared["spacy_factories"]
    installed = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_factories")}
    if all(installed.get(k) == v for k, v in factories.items()):
        return []
    info = folder / "extractor-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: extractor\nVersion: 0.1.0\n", encoding="utf-8")
    lines = ["[spacy_factories]", *(f"{k} = {v}" for k, v in factories.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder)]


LOAD_AND_RUN = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.stdin.read())
print(json.dumps({"pipe_names": nlp.pipe_names,
                  "quantities": [[s.text, s.label_, s._.quantity.unit] for s in doc.spans["quantities"]]}))
"""


def test_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(nlp, tmp_path):
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([*_entry_points_path(tmp_path / "meta"), str(ROOT)]))
    # The script imports nothing of extractor: spaCy finds the factories through the entry points.
    run = subprocess.run([sys.executable, "-c", LOAD_AND_RUN, str(saved)], input=BRIEFING, capture_output=True,
                         text=True, env=env, cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    doc = nlp(BRIEFING)
    assert out["pipe_names"] == nlp.pipe_names
    assert out["quantities"] == [[s.text, s.label_, s._.quantity.unit] for s in doc.spans[QUANTITIES]]

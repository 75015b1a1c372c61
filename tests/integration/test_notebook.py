"""The notebook in notebooks/ runs, offline, on facts extracted from the sample corpus."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from extractor.api import extract
from extractor.output import to_json

from ..conftest import ROOT


def test_notebook_runs_on_the_sample_facts(nlp, tmp_path, monkeypatch):
    facts = tmp_path / "facts.json"
    facts.write_text(to_json(extract([ROOT / "corpus"], nlp=nlp)), encoding="utf-8")
    monkeypatch.setenv("FACTS", str(facts))
    notebook = nbformat.read(ROOT / "notebooks" / "facts_overview.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = "".join(
        o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
    )
    assert "1 transcripts" in outputs
    assert "percentage changes over" in outputs
    assert not any(o.get("output_type") == "error" for c in notebook.cells if c.cell_type == "code" for o in c.outputs)

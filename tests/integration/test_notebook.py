"""The notebook in notebooks/ runs, offline, on facts extracted from the sample corpus, and shows its charts."""
from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from extractor.api import extract
from extractor.output.writers import to_json

from ..conftest import ROOT


def test_notebook_runs_on_the_sample_facts_and_displays_its_charts(nlp, tmp_path, monkeypatch):
    facts = tmp_path / "facts.json"
    facts.write_text(to_json(extract([ROOT / "corpus"], nlp=nlp)), encoding="utf-8")
    # Run from a folder below the one holding facts.json, with no FACTS: the notebook finds the file itself.
    monkeypatch.delenv("FACTS", raising=False)
    below = tmp_path / "analysis" / "charts"
    below.mkdir(parents=True)
    notebook = nbformat.read(ROOT / "notebooks" / "facts_overview.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(below)}}).execute()
    outputs = "".join(
        o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
    )
    assert "1 transcript from extractor" in outputs
    assert "percentage changes over" in outputs
    assert "calibration: " in outputs and "expected share right per field: concept" in outputs
    assert not any(o.get("output_type") == "error" for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    # The charts are in the executed notebook as images, not only drawn off screen.
    images = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs
              if o.get("output_type") == "display_data" and "image/png" in o.get("data", {})]
    assert len(images) == 3  # figures by kind, growth rates, confidence per field
    assert all(len(o["data"]["image/png"]) > 1000 for o in images)  # base64 of a real picture, not an empty one

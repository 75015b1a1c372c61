"""Datasette serves the database: transcripts shown by their title, rows linked to the rows they name."""
from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from extractor.output.writers import write_file

from ..unit.facts_fixture import city_document

pytest.importorskip("datasette", reason="Datasette is not installed (the [test] extra)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_datasette_shows_titles_as_labels_and_follows_the_links(tmp_path):
    database = tmp_path / "facts.sqlite"
    write_file(city_document("a/housing.txt", "b/ferries.txt"), database, "sqlite")
    metadata = tmp_path / "metadata.json"
    metadata.write_text(sqlite3.connect(database).execute(
        "SELECT value FROM meta WHERE key = 'datasette_metadata'").fetchone()[0], encoding="utf-8")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(database), "-m", str(metadata),
                               "-h", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}/facts"
        deadline = time.monotonic() + 60
        page = _get(f"{base}/quantities", deadline)
        # The transcript a figure belongs to is shown by its title, its turn by the speaker, its topic by the label.
        assert '<a href="/facts/transcripts/1">Housing update</a>' in page
        assert '<a href="/facts/turns/1~2Ft1">MAYOR DIAZ</a>' in page
        assert '<a href="/facts/topics/1~2Fk1">Housing permits</a>' in page
        # ... and the links lead to the rows.
        turn = _get(f"{base}/turns/1~2Ft1.json?_shape=objects", deadline)
        assert json.loads(turn)["rows"][0]["speaker"] == "MAYOR DIAZ"
        # Tables and columns carry their descriptions.
        transcripts = _get(f"{base}/transcripts", deadline)
        assert "Everything extracted from one transcript" in transcripts
        questions = json.loads(_get(f"{base}/questions.json?_shape=objects", deadline))["rows"]
        assert [q["asked_by"] for q in questions] == ["RIVERSIDE GAZETTE"] * 2
    finally:
        server.terminate()
        server.wait(timeout=30)

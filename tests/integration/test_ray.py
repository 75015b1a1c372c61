"""A distributed run on a local Ray cluster of two workers gives the single-process records."""
from __future__ import annotations

import pytest

from extractor.api import extract
from extractor.distributed import extract_with_ray, read_shards
from extractor.reading.decode import read_text

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'transcript-facts[ray]')")


@pytest.fixture(scope="module")
def local_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_records_equal_single_process_records(local_cluster, shared, nlp, tmp_path):
    corpus = shared / "corpus"
    shards = extract_with_ray([corpus], tmp_path / "shards", actors=2)
    assert list(shards.glob("*.json")), "no shards written"
    merged, texts = read_shards(shards)
    single = extract([corpus], nlp=nlp)
    assert not merged.failures and not single.failures
    assert [t.source for t in merged.transcripts] == sorted(t.source for t in single.transcripts)
    by_source = {t.source: t for t in single.transcripts}
    for record in merged.transcripts:
        assert record == by_source[record.source], record.source
        # Each row carries the text its offsets index, for the merge's report and tables.
        assert texts[record.source] == read_text(record.source).text, record.source


def test_extract_ray_prints_no_ray_line_unless_verbose(shared, tmp_path):
    """A plain ``extract ray`` run says only where the shards are: no Ray log or core line."""
    import subprocess
    import sys

    small = tmp_path / "in"
    small.mkdir()
    source = min((shared / "corpus").rglob("*.txt"), key=lambda p: p.stat().st_size)
    (small / source.name).write_bytes(source.read_bytes())
    run = subprocess.run([sys.executable, "-m", "extractor", "ray", str(small), "--shards", str(tmp_path / "s")],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().splitlines() == [
        f"shards written to {tmp_path / 's'}; merge them with: extract merge {tmp_path / 's'} --out facts.json"]

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

"""The library: one call on a text, a path or many paths, with the real model."""
from __future__ import annotations

import extractor
from extractor.api import Options, extract, extract_path, extract_text

from ..conftest import ROOT

TEXT = """Briefing on trade
Beijing | 10 a.m. Jan. 13, 2025

Li Ming:

Last year, exports rose 7.1% to 25.45 trillion yuan.

Daily News:

What about imports?

Li Ming:

I would like to invite Mr. Wang to answer this question.

Wang Fang:

Imports grew by 2.3% year on year.
"""


def test_extract_text_gives_a_validated_record(nlp):
    record = extract_text(TEXT, source="brief.txt", nlp=nlp)
    assert record.source == "brief.txt"
    assert (record.date, record.date_source) == ("2025-01-13", "header")
    assert [t.speaker for t in record.turns] == ["Li Ming", "Daily News", "Li Ming", "Wang Fang"]
    [exchange] = record.exchanges
    assert exchange.asked_by == "Daily News"
    assert len(exchange.answer_turns) == 2
    for q in record.quantities:
        assert TEXT[q.start : q.end] == q.text
    assert {q.text for q in record.quantities} >= {"7.1%", "25.45 trillion yuan", "2.3%"}


def test_the_date_option_is_used_when_the_text_has_none(nlp):
    record = extract_text("Q  How much?\n\nMS. LEE:  Ten dollars.\n", source="notes.txt", date="2024-03-11", nlp=nlp)
    assert (record.date, record.date_source) == ("2024-03-11", "option")


def test_the_file_name_date_is_used_before_the_option(nlp, tmp_path):
    path = tmp_path / "2022-05-04_fomc.txt"
    path.write_text("Q  How much?\n\nMS. LEE:  Ten dollars.\n", encoding="utf-8")
    record = extract_path(path, nlp=nlp, options=Options(date="2024-03-11"))
    assert (record.date, record.date_source) == ("2022-05-04", "filename")


def test_extract_on_a_folder_and_the_package_level_names(nlp):
    document = extractor.extract([ROOT / "corpus"], nlp=nlp)
    assert isinstance(document, extractor.FactsDocument)
    assert len(document.transcripts) == 1 and not document.failures
    assert document.generator.model and "3.8" in document.generator.model


def test_two_workers_give_the_same_records_as_one(tmp_path):
    for name, text in (("a.txt", TEXT), ("b.txt", TEXT.replace("7.1%", "8.2%"))):
        (tmp_path / name).write_text(text, encoding="utf-8")
    one = extract([tmp_path], Options(jobs=1))
    two = extract([tmp_path], Options(jobs=2))
    assert one.model_dump() == two.model_dump()


def test_a_text_over_the_limit_is_refused_naming_the_limit_and_option(nlp):
    import pytest

    from extractor.errors import InputError

    with pytest.raises(InputError, match=r"^long\.txt: is 1,001 characters, over the limit of 1,000 .*--max-bytes"):
        extract_text("x" * 1001, source="long.txt", nlp=nlp, max_chars=1000)


def test_an_impossible_date_in_a_file_name_costs_only_the_date(nlp, tmp_path):
    path = tmp_path / "2025-02-30_briefing.txt"
    path.write_text("Q  How much?\n\nMS. LEE:  Ten dollars, up 5%.\n", encoding="utf-8")
    record = extract_path(path, nlp=nlp)
    assert record.date is None and record.quantities


def test_a_date_option_that_is_not_iso_is_a_clear_error(nlp):
    import pytest

    from extractor.errors import ExtractorError

    with pytest.raises(ExtractorError, match="'13/01/2025' is not an ISO date"):
        extract_text("Q  Hello?\n", date="13/01/2025", nlp=nlp)

"""Issue 22, classes 6 and 7, continued: whose figures a sentence is about when its subject is a property
or an activity of a place ("the output of the northern provinces"); a plan named like a body owns nothing;
the host country is the one its officials speak of; "late 2026" is a quarter. Wording of our own (a
ministry, a city hall, a sports club, a bank)."""
from __future__ import annotations

import datetime

from extractor.api import extract_text
from extractor.lang.profile import english
from extractor.quantities.entity import _numeral
from extractor.quantities.periods import find_time_refs

DATE = "2025-03-20"


def figures(nlp, text):
    return {q.text: q for q in extract_text(text, date=DATE, nlp=nlp).quantities}


def test_the_of_phrase_of_a_subject_names_what_the_next_figures_are_about(nlp):
    text = ("MINISTER HALVORSEN: Good morning. The performance of the northern provinces improved again. "
            "Their output reached 4.2 billion euros, an increase of 3.1%. Exports increased by 6.4%.\n")
    got = figures(nlp, text)
    assert {q.entity for q in got.values()} == {"northern provinces"}, {t: q.entity for t, q in got.items()}
    assert got["6.4%"].evidence.entity.mechanism == "carried-from-stretch"


def test_the_of_phrase_of_the_subject_owns_the_figures_of_its_own_sentence(nlp):
    text = ("MINISTER HALVORSEN: Good morning. The output of the northern provinces grew steadily, with exports "
            "reaching 4.2 billion euros.\n")
    got = figures(nlp, text)
    assert got["4.2 billion euros"].entity == "northern provinces"
    clue = got["4.2 billion euros"].evidence.entity
    assert clue.mechanism == "sentence-topic" and text[clue.start:clue.end] == "northern provinces"


def test_another_s_act_on_a_place_is_not_about_the_place(nlp):
    text = ("MAYOR OKAFOR: Thank you. Norway's blockade of Iceland is causing hardship. Our harbour fees will "
            "rise by 2 percent.\n")
    got = figures(nlp, text)
    assert got["2 percent"].entity is None


def test_a_plan_named_like_a_body_owns_nothing_even_as_the_subject(nlp):
    text = ("CLUB CHAIR MBEKI: Welcome, everyone. The Northside Stadium Renewal Plan included a $39 million grant "
            "for new stands, and the Harbour City Sports Fund will receive $4 million.\n")
    got = figures(nlp, text)
    assert got["$39 million"].entity is None, got["$39 million"].entity
    assert got["$4 million"].entity is None, got["$4 million"].entity


def test_the_host_country_is_the_one_its_officials_speak_of_not_the_one_reporters_ask_about(nlp):
    text = ("MINISTER HALVORSEN: Good morning. Exports from Norway rose 4 percent in 2024, and Norway sold 30 "
            "percent more fish.\n\n"
            "Q: Nordic Wire. Minister, Sweden cut its tariffs by 3 percent, Sweden's ports handled 40 more ships, "
            "and Sweden's budget has 9 billion crowns for trade. Will Sweden gain 2 percent?\n\n"
            "MINISTER HALVORSEN: Imports from Sweden grew 2 percent, and Norway will keep trading.\n")
    got = {q.start: q for q in extract_text(text, date=DATE, nlp=nlp).quantities}
    by_text = {q.text: q for q in got.values() if q.text != "2 percent"}
    assert by_text["4 percent"].entity is None and by_text["30 percent"].entity is None  # the host's own
    assert by_text["9 billion"].entity == "Sweden"
    assert got[text.rindex("2 percent")].entity == "Sweden"


def test_late_or_early_in_a_year_is_its_last_or_first_quarter():
    when = datetime.date(2025, 3, 20)
    phrase = "the bank sees its rate at 3 percent in late 2026 and a new branch opening early next year"
    assert [r.period for r in find_time_refs(phrase, 0, len(phrase), when, profile=english())] == ["2026-Q4", "2026-Q1"]


def test_the_partner_of_the_noun_a_figure_modifies_and_these_countries(nlp):
    text = ("MAYOR OKAFOR: Good morning. Norway traded well: Norway's harbours saw a 7% increase in shipments to "
            "Portugal. In May the "
            "council removed fees on cargo from the small island states, leading to a 12.5% rise in imports from "
            "these states.\n")
    got = figures(nlp, text)
    assert got["7%"].entity == "Portugal"
    assert got["12.5%"].entity == "small island states"
    clue = got["12.5%"].evidence.entity
    assert clue.mechanism == "demonstrative-antecedent" and text[clue.start:clue.end] == "small island states"


def test_a_place_noun_the_host_country_qualifies_is_the_host_itself_but_its_plural_a_part(nlp):
    text = ("MINISTER HALVORSEN: Good morning. Norway did well, and Norway will do well. The Norway economy "
            "accounts for 40 percent of Nordic output. Rents rose 5 percent in major Norway cities.\n")
    got = figures(nlp, text)
    assert got["40 percent"].entity is None, got["40 percent"].entity
    assert got["5 percent"].entity is not None and "cities" in got["5 percent"].entity


def test_the_hosts_share_of_a_whole_is_its_own_but_its_partner_still_owns(nlp):
    text = ("MINISTER HALVORSEN: Good morning. Norway traded well, and Norway will keep trading. Norway's share of "
            "the northern fish markets reached 14.5%. Norway's exports to Portugal rose 7%.\n")
    got = figures(nlp, text)
    assert got["14.5%"].entity is None, got["14.5%"].entity
    assert got["14.5%"].evidence.entity.mechanism == "host-own-figure"
    assert got["7%"].entity == "Portugal"


def test_a_body_acting_anywhere_in_the_opening_statement_is_the_hosts(nlp):
    filler = " ".join(f"Point {w} of our review concerns the outlook." for w in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"))
    text = ("GOVERNOR LINDQVIST: Good afternoon. Today the Monetary Board decided to keep rates unchanged. "
            + filler + " Specifically, the Supervisory Council of the Bank raised the reserve rate to 1.5 "
            "percent.\n\nQ: Nordic Wire. Governor, why?\n\nGOVERNOR LINDQVIST: Because the Supervisory Council "
            "of the Bank judged it so.\n")
    got = figures(nlp, text)
    assert got["1.5 percent"].entity is None, got["1.5 percent"].entity


def test_a_word_of_digits_or_fraction_signs_is_no_name_but_a_name_with_a_digit_is():
    assert _numeral("¼") and _numeral("1,000") and _numeral("2.5")
    assert not _numeral("G7") and not _numeral("Council") and not _numeral("")


def test_a_named_site_in_the_of_phrase_of_the_subject_owns_its_sentences_figures(nlp):
    # The site is an organisation or a facility to the recogniser, not a place: the stretch's region is not
    # carried over it.
    text = ("MINISTER HALVORSEN: Good morning. The northern provinces continued to lead. Their exports reached "
            "9 billion euros. The expansion of Kestrel Airport moved on quickly, with arrivals and departures "
            "climbing to 4 million.\n")
    got = figures(nlp, text)
    assert got["9 billion euros"].entity == "northern provinces"
    clue = got["4 million"].evidence.entity
    assert got["4 million"].entity == "Kestrel Airport", (got["4 million"].entity, clue)
    assert clue.mechanism == "sentence-topic" and text[clue.start:clue.end] == "Kestrel Airport"


def test_a_sentence_counting_what_its_stretch_is_about_carries_it_to_none_of_its_figures(nlp):
    text = ("MINISTER HALVORSEN: Good morning. Free ports are special customs areas with the lowest duties in the "
            "country. Today there are 14 free ports spread across 9 counties and 3 islands.\n")
    got = figures(nlp, text)
    assert [got[t].entity for t in ("14", "9", "3")] == [None, None, None]
    assert got["9"].evidence.entity.mechanism == "counts-the-carried-owner"

"""The sequential rules of the quantity stages (per sentence and per document), on drafts built by hand.

These rules link or fill figures that the deciding rules (test_quantities_stages.py) have read; each is
tested on its own with wording of our own, mostly without a model.
"""
from __future__ import annotations

import datetime
from functools import partial

import pytest
import spacy

from extractor.lang.profile import english
from extractor.quantities import stage_carry, stage_context, stage_kind
from extractor.quantities.config import UnitConfig
from extractor.quantities.draft import Draft
from extractor.quantities.lexer import lex
from extractor.quantities.periods import find_time_refs
from extractor.quantities.stage_mention import sentence_mentions

BLANK = spacy.blank("en")
DATE = datetime.date(2025, 6, 20)


def drafts(text, **fields):
    """One draft per mention of ``text`` that the rejection rules keep (its own unit, or "count"), with
    ``fields`` set on every draft."""
    doc = BLANK(text)
    lx = lex(text, 0, len(text), profile=english())
    out = [Draft(m, doc[:], lx, m.unit or "count") for m in sentence_mentions(text, lx, profile=english())]
    for d in out:
        for k, v in fields.items():
            setattr(d, k, v)
    return out


def test_signed_change_turns_a_minus_into_a_fall():
    d, = drafts("Output changed -0.4 percent.", kind="change", direction="up", direction_guessed=True)
    stage_kind.signed_change(d)
    assert (d.m.value, d.direction, d.direction_guessed) == (0.4, "down", False)


def test_signed_change_leaves_a_negative_level():
    d, = drafts("The real rate is -1 percent.", kind="level")
    stage_kind.signed_change(d)
    assert d.m.value == -1


def test_guess_up_marks_the_guess():
    a, b = drafts("We moved 25 basis points, then 50 basis points.", kind="change")
    b.direction = "down"
    for d in (a, b):
        stage_kind.guess_up(d)
    assert (a.direction, a.direction_guessed, b.direction, b.direction_guessed) == ("up", True, "down", False)


def test_share_list_kind_lends_the_first_items_kind_to_uncued_items():
    a, b, c = drafts("Fares rose 3% in May, 4% in June and 8% for the year as a whole, too.")
    a.kind, a.direction = "change", "up"
    b.cued = c.cued = False
    stage_kind.share_list_kind([a, b, c], profile=english())
    assert (b.kind, b.direction) == ("change", "up")


def test_share_list_kind_keeps_a_cued_item_and_stops_at_other_words():
    a, b = drafts("Fares rose 3% and then the council voted 4% down.")
    a.kind, b.cued = "change", False
    stage_kind.share_list_kind([a, b], profile=english())
    assert b.kind == "level"


def test_settle_policy_directions_follows_the_stated_moves():
    ds = drafts("We cut 25 basis points in March, 25 basis points in May and 50 basis points now.", kind="change")
    ds[0].direction, ds[1].direction = "down", "down"
    ds[2].direction, ds[2].direction_guessed = "up", True
    stage_kind.settle_policy_directions(ds)
    assert ds[2].direction == "down"


def test_link_conversions_links_a_bracketed_figure_in_another_unit():
    a, b = drafts("Sales reached 20 billion yuan ($2.8 billion) this year.")
    stage_context.link_conversions([a, b])
    assert (a.converts, b.converts) == (None, 0)


def test_spread_approx_covers_a_coordination():
    a, b = drafts("We passed the 20 billion euro and 30 billion euro marks.")
    a.approx = "over"
    stage_context.spread_approx([a, b])
    assert b.approx == "over"


def test_share_list_concept_lends_the_first_items_concept():
    a, b = drafts("Bus fares rose 3% in May, 4% in June.")
    a.concept, b.concept = "bus fares", None
    stage_context.share_list_concept([a, b], profile=english())
    assert b.concept == "bus fares"


def test_apply_respectively_gives_each_figure_its_named_place():
    text = "Ports in Oslo, Bergen and Tromso grew 2%, 5% and 9%, respectively."
    ds = drafts(text)
    ents = [(text.index(n), text.index(n) + len(n), n) for n in ("Oslo", "Bergen", "Tromso")]
    stage_context.apply_respectively(text, BLANK(text)[:], ds, ents, profile=english())
    assert [d.entity for d in ds] == ["Oslo", "Bergen", "Tromso"]


def test_apply_respectively_needs_the_word():
    text = "Ports in Oslo, Bergen and Tromso grew 2%, 5% and 9% this year."
    ds = drafts(text)
    ents = [(text.index(n), text.index(n) + len(n), n) for n in ("Oslo", "Bergen", "Tromso")]
    stage_context.apply_respectively(text, BLANK(text)[:], ds, ents, profile=english())
    assert [d.entity for d in ds] == [None] * 3


@pytest.mark.parametrize("text,intro", [("Maria Lopez, City Gazette.", True), ("Maria Lopez spoke.", False)])
def test_self_introduction(parser, text, intro):
    assert stage_carry.self_introduction(parser(text)[:]) is intro


@pytest.fixture(scope="module")
def parser():
    from extractor.pipeline.model_loading import load_model
    return load_model()


def _carry(text, boundaries=()):
    return stage_carry.Carry.of(BLANK(text), text, boundaries, profile=english())


def test_carry_fills_from_the_paragraph_and_stops_at_a_blank_line(parser):
    text = "Norway exported 3% more in 2024. Imports fell 2%.\n\nPrices went up 4%."
    doc = parser(text)
    cut1, cut2 = text.index("Imports"), text.index("Prices")
    first, second, third = doc.char_span(0, cut1 - 1), doc.char_span(cut1, cut2 - 2), doc.char_span(cut2, len(text))
    carry = stage_carry.Carry.of(doc, text, (), profile=english())
    a, = drafts(text[:cut1])
    a.entity, a.concept = "Norway", "exports"
    a.note("entity", "subject-of-clause", 0, 6)
    carry.remember(first, [a], find_time_refs(text, 0, cut1, DATE, profile=english()), [(0, 6, "Norway")])
    b = Draft(a.m, second, a.lx, "%")
    carry.fill(second, [b])
    c = Draft(a.m, third, a.lx, "%")
    carry.fill(third, [c])
    assert (b.entity, b.concept) == ("Norway", "exports")
    assert (c.entity, c.concept) == (None, None)  # a blank line ends what the owner and concept carry
    # The year stated in the turn frames the rest of it, the blank line notwithstanding; no year is invented.
    assert carry.carried_period(second) == carry.carried_period(third) == "2024"


def test_carry_lends_no_period_before_one_is_stated():
    text = "Imports fell 2%. Exports rose 3%."
    doc = BLANK(text)
    carry = _carry(text)
    first = doc.char_span(0, 16)
    assert carry.carried_period(first) is None
    carry.remember(first, [], [])
    assert carry.carried_period(doc.char_span(17, len(text))) is None


def test_carry_stops_at_a_new_turn():
    text = "Exports rose 3% in Norway. Imports fell 2%."
    doc = BLANK(text)
    carry = _carry(text, boundaries=[27])
    a, = drafts(text[:26])
    a.entity = "Norway"
    carry.remember(doc.char_span(0, 26), [a], [])
    b = Draft(a.m, doc.char_span(27, len(text)), a.lx, "%")
    carry.fill(b.sent, [b])
    assert b.entity is None


def test_note_names_makes_the_place_a_sentence_is_about_what_follows_is_about(parser):
    text = "Portugal had a strong year. Exports rose 3%."
    doc = parser(text)
    first, second = list(doc.sents)
    carry = stage_carry.Carry.of(doc, text, (), profile=english())
    carry.note_names(first, [(0, 8, "Portugal")])
    b = Draft(drafts(text)[0].m, second, lex(text, 0, len(text), profile=english()), "%")
    carry.fill(second, [b])
    assert b.entity == "Portugal" and b.evidence["entity"] == ("carried-from-stretch", 0, 8)


def test_note_names_carries_no_source_nor_object(parser):
    # Class 6: a body named as a source or an object is not what the next figures are about.
    for text, name in (("According to the Lisbon Statistics Office, trade held up. Exports rose 3%.", "Lisbon"),
                       ("The minister met the governors of Ohio. Exports rose 3%.", "Ohio")):
        doc = parser(text)
        first, second = list(doc.sents)
        carry = stage_carry.Carry.of(doc, text, (), profile=english())
        at = text.index(name)
        carry.note_names(first, [(at, at + len(name), name)])
        b = Draft(drafts(text)[0].m, second, lex(text, 0, len(text), profile=english()), "%")
        carry.fill(second, [b])
        assert b.entity is None, text


def test_copy_converted_takes_the_sources_facts_and_a_global_index():
    a, b = drafts("Sales reached 20 billion yuan ($2.8 billion) this year.")
    a.kind, a.direction, a.period, a.entity, a.concept, a.approx = "change", "up", "2025", "Ohio", "sales", "about"
    b.converts = 0
    stage_carry.copy_converted([a, b], offset=7)
    assert (b.kind, b.period, b.entity, b.concept, b.approx, b.converts) == (
        "change", "2025", "Ohio", "sales", "about", 7)


def test_read_figure_reads_qualifier_and_concept(parser):
    text = "Nearly 300 new homes were built."
    doc = parser(text)
    lx = lex(text, 0, len(text), profile=english())
    from extractor.quantities.stage_unit import draft
    ms = sentence_mentions(text, lx, profile=english())
    d = draft(doc, doc[:], lx, ms[0], ms, [], profile=english(), config=UnitConfig())
    stage_context.read_figure(doc, d, list(doc.noun_chunks), profile=english())
    assert d.approx == "nearly" and d.concept and "homes" in d.concept


def test_deferred_times_are_read_only_for_a_later_figure_of_their_turn_and_give_the_same_carry(parser):
    # Two turns of a city hall's briefing; a figure is read in the second only. The first turn's times are read
    # only for the count of stated years, and what the second turn carries is what updating sentence by
    # sentence gives.
    text = ("In 2023 the council rebuilt the old library. Volunteers helped.\n"
            "The harbour was dredged in 2021. Ships came back. Traffic rose 12 percent.")
    doc = parser(text)
    sents = list(doc.sents)
    turns = [0, text.index("The harbour")]
    read = []

    def reader(sent):
        def refs():
            read.append(sent.start_char)
            return find_time_refs(text, sent.start_char, sent.end_char, DATE, profile=english())
        return refs

    lazy = stage_carry.Carry.of(doc, text, turns, profile=english())
    eager = stage_carry.Carry.of(doc, text, turns, profile=english())
    for sent in sents[:-1]:
        lazy.note_names(sent, [], reader(sent))
        eager.note_names(sent, [], reader(sent)())
    read.clear()
    figure = sents[-1]
    assert lazy.carried_period(figure) == eager.carried_period(figure) == "2021"
    assert read == [s.start_char for s in sents[2:4]]  # the figure's own turn, in order
    assert lazy.periods.stated_years == eager.periods.stated_years == {2023: 1, 2021: 1}
    assert sorted(read) == [s.start_char for s in sents[:4]]  # the first turn's, now, for the count


def test_deferred_times_count_the_following_year_from_their_own_turn(parser):
    # A city hall's three turns: a figure opens the first, whose tail and the whole second turn hold none; the
    # figure of the third asks what its turn carries. "The following year" of the first turn's tail counts
    # from its "next year", that of the second turn from its 2022, as when each sentence is read as it comes.
    text = ("In 2023 the city repaired 40 roads. Next year we start on the tunnel. The following year it opens.\n"
            "The park opened in 2022. The following year the cafe opened.\n"
            "Visitors rose 12 percent.")
    doc = parser(text)
    sents = list(doc.sents)
    turns = [0, text.index("The park"), text.index("Visitors")]

    def refs(carry, sent):
        return carry.periods.resolve_following(
            sent.start_char, find_time_refs(text, sent.start_char, sent.end_char, DATE, profile=english()))

    lazy = stage_carry.Carry.of(doc, text, turns, profile=english())
    eager = stage_carry.Carry.of(doc, text, turns, profile=english())
    for carry in (lazy, eager):
        carry.periods.update(sents[0].start_char, refs(carry, sents[0]))  # the figure's own sentence
    for sent in sents[1:-1]:
        lazy.note_names(sent, [], partial(refs, lazy, sent))
        eager.note_names(sent, [], refs(eager, sent))
    figure = sents[-1]
    assert lazy.carried_period(figure) == eager.carried_period(figure)
    assert lazy.periods.stated_years == eager.periods.stated_years
    assert eager.periods.stated_years[2023] == 2  # the park's following year, counted in its own turn

"""One test per named rule of the quantity stages (mention rejections, unit, kind), in wording of our own.

Each case says which rule must decide a figure: the resolver's decision must come from that rule (so a
rule of higher precedence does not steal it) and carry the expected proposal. A completeness test makes
every rule of every rule set have a case.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractor.lang.profile import english
from extractor.pipeline.model_loading import load_model
from extractor.quantities import filters, kind, stage_unit
from extractor.quantities.candidates import read_mentions
from extractor.quantities.config import UnitConfig
from extractor.quantities.lexer import lex
from extractor.quantities.stage_mention import may_hold_figure, sentence_mentions
from extractor.quantities.units import unit_context


@pytest.fixture(scope="module")
def parser():
    """The bare English model (tagger, parser, entities), loaded once for this module."""
    return load_model()


def _find(ms, text, span):
    found = [m for m in ms if text[m.start:m.end] == span]
    assert len(found) == 1, [text[m.start:m.end] for m in ms]
    return found[0]


def bare(parser, text, span):
    doc = parser(text)
    lx = lex(text, 0, len(text), profile=english())
    ms = sentence_mentions(text, lx, profile=english())
    return stage_unit.Bare(doc, lx, _find(ms, text, span), ms, [], english(), UnitConfig(),
                           unit_context(text, profile=english()))


def figure(parser, text, span):
    b = bare(parser, text, span)
    d = stage_unit.draft(b.doc, b.doc[:], b.lx, b.m, b.mentions, [], profile=english(), config=UnitConfig())
    assert d is not None
    return kind.Figure(b.doc, d.m, d.lx, d.anchor, d.unit, profile=english())


REJECTION_CASES = [
    ("clock", "The council meets at 6 p.m. on weekdays.", "6", "clock"),
    ("span_that_dates", "Sales rose 4% over the past three months.", "three months", "dating-span"),
    ("point_in_time", "Fares were cut two years ago.", "two years", "dating-span"),
    ("disfluency", "We expect a 12-per- — well, a big gain.", "12", "disfluency"),
    ("false_start", "The plan costs $4.- — $4.2 billion.", "$4", "false-start"),
    ("pronoun_one", "Not any one district can do it alone.", "one", "pronoun"),
    ("word_compound", "It was a one-off payment to the town.", "one", "compound"),
    ("code", "Form 007 is filed each spring.", "007", "name"),
    ("glued_to_letters", "The G20 ministers met in the city.", "20", "name"),
    ("listed_after_code", "The health ministry tracks the XB.1 and 2 strains in the north.", "2", "name"),
    ("listed_after_code", "Club sales in Q2 and 3 beat the forecast.", "3", "name"),
    ("year", "The mayor took office in 2019 after the vote.", "2019", "year"),
    ("date", "The bridge opened on March 14 to traffic.", "14", "date"),
    ("after_capitalised", "Under Article 12 the board may act.", "12", "name"),
    ("street_number", "The depot at 220 Harbour View Road reopened.", "220", "address"),
    ("capitalised_number_word", "The Big Four Banks signed the accord.", "Four", "name"),
    ("capitalised_number_word", "Will the mayor keep the old Harbour Ferry One colour scheme?", "One", "name"),
    ("denominator", "Members pay $40 a month for the service.", "a month", "per-unit"),
    # However long the phrase between them, the parse hangs "a day" on the figure or on what it counts.
    ("denominator", "The port is shipping 2 million tonnes of grain a day to the coast.", "a day", "per-unit"),
    ("denominator", "Residents can choose a parking permit that costs $25 or less a week.", "a week", "per-unit"),
    ("clock_list", "Doors open at four or five in the afternoon.", "four", "clock"),
    ("rank", "Safety is our number one goal.", "one", "rank"),
    ("label_after_noun", "The grant falls under rule 14 of the charter.", "14", "name"),
    # The parse may hang a label on the noun after it ("a phase two review") or make it the noun's object.
    ("label_after_noun", "The central bank launched a phase two review of its bond holdings.", "two", "name"),
    ("label_after_noun", "The ministry signed the phase one agreements with the provinces.", "one", "name"),
    ("label_after_noun", "City hall approved a stage three upgrade of the tram line.", "three", "name"),
    ("label_after_noun", "The sports club moved to level 4 of the league's licensing scheme.", "4", "name"),
    ("multiplier_adjective", "It was a double blow for the port.", "double", "adjective"),
    ("not_multiplying", "The port authority doubled down on its dredging plan.", "doubled", "phrasal-verb"),
    ("window_compound", "The 30-year mortgage rate rose.", "30-year", "compound-name"),
    ("enumeration", "I will make two points on housing.", "two", "enumeration"),
    ("enumeration", "And then one quick follow-up on the stadium lease.", "one", "enumeration"),
    ("set_a_change_applies_to", "We will raise the four main fees by 3 percent.", "four", "enumeration"),
    ("small_set_pointed_at", "The mayor thanked our two sister cities for their help.", "two", "pointing"),
    ("one_of_several", "The league will move one club to the north and another club to the south.", "one",
     "pointing"),
    ("one_of_several", "So one part of this, the city hall will fund the new library.", "one", "pointing"),
    ("emphatic_one", "Not one single match was postponed this season.", "one", "emphasis"),
    ("indefinite_day", "One day, the museum will reopen its east wing.", "One day", "not-a-figure"),
    ("degree_percent", "The coach said he was 100 percent certain of the result.", "100 percent", "degree"),
    ("dotted_code", "Staff moved the archive to release 4.2.1 of the software.", "4.2", "name"),
    ("bracketed_subsection", "The fund relies on clause 12(4) of the charter.", "12", "name"),
    ("numeral_chain", "The ministers will hold a one-plus-three dialogue in May.", "three", "compound"),
    ("moment_named", "For the whole harbour town, this is a day to remember.", "a day", "not-a-figure"),
    # An occasion, not a length of time: after "on", or with a finite relative clause of its own.
    ("moment_named", "On a day like this, the harbour office stays open late.", "a day", "not-a-figure"),
    ("moment_named", "The mayor spoke on a day when the council voted on the budget.", "a day", "not-a-figure"),
    ("moment_named", "Yesterday was a day where the club signed three players.", "a day", "not-a-figure"),
    ("model_name", "Deliveries of the 737 MAX resumed in June.", "737", "name"),
    ("idiom", "The new timetable killed two birds with one stone.", "two", "idiom"),
    ("verdict_percent", "The rumour about the merger is 100 percent false.", "100 percent", "degree"),
    ("hypothetical_one", "If the crossing saves one life, it was worth building.", "one", "hypothetical"),
    ("interjection", "Please hold on. One second.", "One second", "interjection"),
    ("percent_of_a_predicate_noun", "The delay is 100 percent a result of the strike.", "100 percent", "degree"),
    ("announced_item", "One reminder that the vote is at noon.", "One", "enumeration"),
]


@pytest.mark.parametrize("rule,text,span,reason", REJECTION_CASES)
def test_rejection_rule(parser, rule, text, span, reason):
    lx = lex(text, 0, len(text), profile=english())
    m = _find(read_mentions(lx, profile=english()), text, span)
    assert filters.REJECTIONS.decide(filters.Seen(text, lx, m, english(), parser(text))) == (rule, reason)


@pytest.mark.parametrize("text", [
    "Each season 40,000 supporters visit the ground.",
    "The ministry hired 300 nurses in the spring.",
    "At the depot 2,000 buses were serviced.",
    "Today, a record 23 clubs sit at or above the league's salary floor.",
    "The ministry has a week to decide on the tariff.",
    "The club was without a coach for more than a month.",
    "The ministry opened one office of its own in Lyon.",
    "The ministry will review the 12 contracts in a week.",
    "Under the old rules the depot needed 412 days — more than a year — to refit the 60 trams.",
    # A singular noun before a count that labels nothing: a recipient, an item of a gapped list.
    "The ministry owes the province 40 buses and the county 20 trucks.",
    "The club gave each school 30 footballs and each library 12 kits.",
    # A relative clause that says what a span was like, not when something happened.
    "The harbour crews waited a month that felt endless.",
    "The club has been without a stadium for going on a year now.",
    "Today Two clubs left the league.",
])
def test_a_count_or_a_span_stays_a_figure(parser, text):
    lx = lex(text, 0, len(text), profile=english())
    mentions = read_mentions(lx, profile=english())
    assert mentions and all(filters.REJECTIONS.decide(filters.Seen(text, lx, m, english(), parser(text))) is None
                            for m in mentions)


def test_parse_rules_need_a_parse():
    text = "I will make two points on housing."
    lx = lex(text, 0, len(text), profile=english())
    assert [filters.rejection(text, lx, m, profile=english()) for m in read_mentions(lx, profile=english())] == [None]


def test_a_plain_amount_is_not_rejected():
    text = "Members pay $40 for the service."
    lx = lex(text, 0, len(text), profile=english())
    assert [filters.rejection(text, lx, m, profile=english()) for m in read_mentions(lx, profile=english())] == [None]


UNIT_CASES = [
    ("occurrences", "The board met four times this spring.", "four times", ("count", "times")),
    ("written_unit", "Ridership rose 5 percent this spring.", "5 percent", ("%", None)),
    ("written_unit", "Voters backed the levy two to one.", "two to one", ("1", None)),  # a ratio's unit is 1
    ("age", "Residents 65 and older ride free.", "65", ("yr", None)),
    ("age", "The keeper, Lena Holm, 34, signed again.", "34", ("yr", None)),  # an age set off after a name
    ("zeroless_decimal", "The club ended on a .625 mark.", ".625", ("1", None)),
    ("reading_on_a_scale", "A 5.2 magnitude quake shook the district.", "5.2", ("1", None)),
    ("counted_noun", "The city planted 300 new trees.", "300", ("count", "new trees")),
    ("index_level", "The regional share index slipped 1.1% to 5,218 on Friday.", "5,218", ("points", None)),
    ("policy_step", "After a hike of 50 basis points in May, traders talk of a 75.", "75", ("bp", None)),
    ("rate_decimal", "The jobless rate fell from 4.5 to 4.1 over the year.", "4.5", ("%", None)),
    ("parallel_unit", "Turnout was 42 versus 51 percent in the two wards.", "42", ("%", None)),
    ("chain_unit", "Shares were 12, then 15, then 18 percent, over ten, twenty and 20 percent.", "12", ("%", None)),
    ("currency_carried", "The port spent $6 million on cranes and 2.5 million on berths.", "2.5 million",
     ("USD", None)),
    ("price_of_verb", "The port keeps its books in dollars; the new berth will cost 9 million.", "9 million",
     ("USD", None)),
    ("money_noun", "The club reports in euros; its budget of 40 million is the league's largest.", "40 million",
     ("EUR", None)),
    ("substantial_count", "Membership grew to 4,500 in the autumn.", "4,500", ("count", "Membership")),
    ("rate_per_unit", "The shelter takes in 30 per week.", "30", ("count", None)),
    ("partitive_count", "The shelter took in 60 dogs, 14 of them from flooded farms.", "14", ("count", "dogs")),
]


@pytest.mark.parametrize("rule,text,span,unit", UNIT_CASES)
def test_unit_rule(parser, rule, text, span, unit):
    decided = stage_unit.UNIT_RULES.decide(bare(parser, text, span))
    assert decided is not None and (decided[0], decided[1][:2]) == (rule, unit)


def test_a_bare_small_number_gets_no_unit(parser):
    b = bare(parser, "The two of us went there.", "two")
    assert stage_unit.UNIT_RULES.decide(b) is None


KIND_CASES = [
    ("multiple", "Fares are 1.5 times higher now.", "1.5 times", ("multiple", None)),
    ("share_of_whole", "Three out of four riders paid by card.", "Three out of four", ("share", None)),
    ("ratio_or_occurrences", "Inspectors visited the site three times.", "three times", ("level", None)),
    ("from_to_end", "The fleet went from 400 to 550 buses.", "400", ("level", None)),
    ("distance_from_place", "The ferry terminal sits 5 km off the coast.", "5 km", ("level", None)),
    ("margin", "The rowing club won by 3 points.", "3 points", ("level", None)),
    ("by_amount", "Fares were raised by 5 percent.", "5 percent", ("change", "up")),
    ("duration", "The works will take 18 months.", "18 months", ("level", None)),
    ("rate_reached", "The city's jobless rate fell below 4.1 percent in the spring.", "4.1 percent", ("level", None)),
    ("level_crossed", "The club's reserves fell below $5 million.", "$5 million", ("level", None)),
    ("up_or_down_before", "Ticket sales were down 3 percent.", "3 percent", ("change", "down")),
    ("comparative_after", "Rents are 2 percent higher than before.", "2 percent", ("change", "up")),
    ("change_noun_after", "The board approved a 4 percent increase in fares.", "4 percent", ("change", "up")),
    ("year_on_year", "Output was 6% year on year in the autumn.", "6%", ("change", "up")),
    ("change_noun_of", "The ministry reported a decline of 7% in exports.", "7%", ("change", "down")),
    ("placed_on_target", "Around 90 sandbags were dropped on the river bank overnight.", "90", ("level", None)),
    ("count_the_act_touched", "Eight fares were raised on Monday.", "Eight", ("level", None)),
    ("counted_by_change_clause", "We saw 40,000 jobs that were added in May.", "40,000", ("change", "up")),
    ("share", "Renters make up 40 percent of households.", "40 percent", ("share", None)),
    ("share_subject", "The share of exports going to partners in the wider southern region exceeded 30% for the first "
                      "time.", "30%", ("share", None)),
    ("extreme_part", "Taxes on the top 1 percent will rise.", "1 percent", ("share", None)),
    ("rate_of_change", "Pay rose at an annual rate of 4 percent.", "4 percent", ("change", "up")),
    ("basis_points", "The bank moved its rate 25 basis points.", "25 basis points", ("change", None)),
    ("growth_rising_to", "They revised growth to 3% for next year.", "3%", ("change", "up")),
    ("level_preposition", "Unemployment stood at 4 percent.", "4 percent", ("level", None)),
    ("change_subject", "The increase in rents was 3 percent.", "3 percent", ("change", "up")),
    ("percentage_points", "The margin is now 2 percentage points.", "2 percentage points", ("change", None)),
    ("object_of_change_verb", "The factory shed 200 jobs.", "200", ("change", "down")),
    ("growth_in_path", "The firm expects to expand 4% this year.", "4%", ("change", "up")),
    ("unmarked", "The budget is $3 billion.", "$3 billion", ("level", None)),
]


@pytest.mark.parametrize("rule,text,span,expected", KIND_CASES)
def test_kind_rule(parser, rule, text, span, expected):
    decided = kind.KIND_RULES.decide(figure(parser, text, span))
    assert decided is not None and (decided[0], decided[1][:2]) == (rule, expected)


def test_only_the_default_is_uncued(parser):
    assert kind.KIND_RULES.decide(figure(parser, "The budget is $3 billion.", "$3 billion"))[1][2] is False
    assert kind.KIND_RULES.decide(figure(parser, "Unemployment stood at 4 percent.", "4 percent"))[1][2] is True


@pytest.mark.parametrize("rules,cases", [
    (filters.REJECTIONS, REJECTION_CASES), (stage_unit.UNIT_RULES, UNIT_CASES), (kind.KIND_RULES, KIND_CASES)])
def test_every_rule_has_a_case_and_a_docstring(rules, cases):
    assert sorted(r.name for r in rules) == sorted({c[0] for c in cases})
    assert all(r.doc for r in rules)


def test_rules_are_pure_so_all_proposals_agree_with_the_decision(parser):
    f = figure(parser, "Fares were raised by 5 percent.", "5 percent")
    proposals = kind.KIND_RULES.proposals(f)
    assert next(iter(proposals)) == "by_amount" and "unmarked" in proposals
    assert kind.KIND_RULES.decide(f) == ("by_amount", proposals["by_amount"])


@pytest.mark.parametrize("text,holds", [
    ("Nothing to report today.", False), ("About a dozen came", True), ("A few came by.", False), ("We saw 3 cases.", True),
    ("Seventy came.", True), ("It doubled, almost twice", True), ("a year on", True), ("tenfold", True)])
def test_may_hold_figure(text, holds):
    assert may_hold_figure(text, profile=english()) is holds


@pytest.mark.parametrize("text,span", [
    ("Our team scored 25 in the final, a point more than last time.", "25"),
    ("They hired 50, a cut from the year before, when rates were high.", "50"),
    ("We raised 75 basis points; the club then signed 25 players.", "25"),
])
def test_a_bare_step_is_basis_points_only_beside_basis_point_moves(parser, text, span):
    # ("scored 25 points" is read as 25 points by the unit reader, so the bare case is "scored 25").
    decided = stage_unit.UNIT_RULES.decide(bare(parser, text, span))
    assert decided is None or decided[1][0] != "bp"


def test_an_object_hung_past_a_preposition_is_no_object():
    """A parse that hangs a direct object after a preposition ("posts cut across the region") is a misreading:
    the figure in the subject is then not taken for the measure of an actor (it stays what the verb moves)."""
    words = ["400", "posts", "cut", "across", "the", "region"]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 2], deps=["nummod", "nsubj", "ROOT", "prep", "det", "dobj"],
              tags=["CD", "NNS", "VBD", "IN", "DT", "NN"], pos=["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN"])
    assert not kind._follows_its_verb(doc[5]) and not kind._in_subject(doc[0])
    words = ["A", "5", "%", "levy", "cut", "sales"]
    doc = Doc(Vocab(), words=words, heads=[3, 2, 3, 4, 4, 4], deps=["det", "nummod", "compound", "nsubj", "ROOT", "dobj"],
              tags=["DT", "CD", "NN", "NN", "VBD", "NNS"], pos=["DET", "NUM", "NOUN", "NOUN", "VERB", "NOUN"])
    assert kind._follows_its_verb(doc[5]) and kind._in_subject(doc[1])


@pytest.mark.parametrize("text", [
    "The mayor met the\ntwo governors at the harbour.",  # a transcript wrapped at a fixed width
    "The board thanked the club's\ntwo coaches for the season.",
])
def test_a_line_break_between_determiner_and_number_still_points(parser, text):
    lx = lex(text, 0, len(text), profile=english())
    m = _find(read_mentions(lx, profile=english()), text, "two")
    assert filters.REJECTIONS.decide(filters.Seen(text, lx, m, english(), parser(text))) == (
        "small_set_pointed_at", "pointing")


@pytest.mark.parametrize("text,kept", [
    # central bank: a range of durations after a span opener dates the rate, as "over the next three years" does
    ("The bank expects inflation to return to 2 percent over the next two to three years.", ["2 percent"]),
    ("Ferry fares rose 4 percent over the past three\nto four months.", ["4 percent"]),
    # a range of durations that is itself the fact stays, and so does the other end of a comparison
    ("The dock strike lasted two to three weeks.", ["two to three weeks"]),
    ("Permits now take ten days, down from the previous six to eight weeks.", ["ten days", "six to eight weeks"]),
])
def test_a_range_of_durations_that_dates_another_figure_is_no_figure(text, kept):
    lx = lex(text, 0, len(text), profile=english())
    assert [text[m.start:m.end] for m in sentence_mentions(text, lx, profile=english())] == kept

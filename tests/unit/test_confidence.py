"""The confidence model of a quantity's context fields (issue 23): its features, its fit, its table."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import math
import random
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from extractor.api import extract_text
from extractor.lang.profile import english
from extractor.quantities import confidence
from extractor.quantities.candidates import Mention
from extractor.quantities.confidence import Figure
from extractor.quantities.draft import Draft
from extractor.records.models import CONTEXT_FIELDS

#: A sentence of a city hall's briefing, and the offsets of its figure.
TEXT = "The city's bus fares rose by 4 percent in 2025."
FIG = TEXT.index("4 percent")


def _figure(field: str = "concept", mechanism: str = "m", value: object = "bus fares", unit: str | None = "%",
            span: tuple[int, int] | None = None, **values: object) -> Figure:
    """A figure of :data:`TEXT` whose ``field`` holds ``value``, decided by ``mechanism`` from ``span``."""
    start, end = span or (None, None)
    return Figure(start=FIG, end=FIG + 9, unit=unit, values={field: value, **values},
                  evidence={field: (mechanism, start, end)}, sentence=(0, len(TEXT)))


def _feats(field: str, mechanism: str, value: object, unit: str | None = "%") -> tuple[str, ...]:
    return confidence.features(field, _figure(field, mechanism, value, unit), TEXT, profile=english())


def _period(mechanism: str, value: str | None, unit: str, right: bool, n: int = 1):
    return [("period", _feats("period", mechanism, value, unit), right, 1.0)] * n


def test_a_rare_mechanism_is_read_as_its_state():
    seen = [("entity", _feats("entity", m, "the city", "EUR"), r, 1.0)
            for m, r, n in (("possessor", True, 2), ("nearest-noun", False, 38), ("nearest-noun", True, 10))
            for _ in range(n)]
    table = confidence.build(seen)
    unknown = confidence.lookup(table, "entity", _feats("entity", "owner-of-turn", "the city", "EUR"))
    rare = confidence.lookup(table, "entity", _feats("entity", "possessor", "the city", "EUR"))
    common = confidence.lookup(table, "entity", _feats("entity", "nearest-noun", "the city", "EUR"))
    # A mechanism the gold never showed gets about what its state says (12 right of 50: the mechanisms' weights
    # are pulled towards none, so between the two mechanisms); two right of two is not certainty.
    assert 0.2 < unknown < 0.4
    assert unknown < rare < 0.8
    assert common < unknown and common == pytest.approx(10 / 48, abs=0.03)
    again = confidence.parse(confidence.dump(table, "a header\nof two lines"))
    assert again.keys() == table.keys()
    assert all(again[k][0] == pytest.approx(table[k][0], abs=1e-4) and again[k][1:] == table[k][1:] for k in table)


def test_a_signal_learned_on_some_mechanisms_carries_to_others():
    # Periods read for percentages are right, those read for head counts wrong, whatever the mechanism; a
    # mechanism seen only on counts still gets more for a percentage than for a count.
    seen = (_period("phrase-of-clause", "2031", "%", True, n=30) + _period("phrase-of-clause", "2031", "count", False, n=20)
            + _period("phrase-of-clause", "2031", "count", True, n=10)
            + _period("said-before", "2031", "count", False, n=6) + _period("said-before", "2031", "count", True, n=4))
    table = confidence.build(seen)

    def conf(unit: str) -> float:
        return confidence.lookup(table, "period", _feats("period", "said-before", "2031", unit))

    assert conf("%") > conf("count") + 0.2


def test_each_file_may_weigh_alike():
    # One long file where the rule is always right, two short ones where it is always wrong: counted figure by
    # figure the rule looks sure; each file weighing alike, it does not.
    feats = _feats("concept", "noun-of-clause", "fares", "USD")

    def rows(right: bool, n: int, weight: float):
        return [("concept", feats, right, weight)] * n

    by_figure = confidence.build(rows(True, 80, 1.0) + rows(False, 10, 1.0) + rows(False, 10, 1.0))
    by_file = confidence.build(rows(True, 80, 100 / 3 / 80) + rows(False, 10, 100 / 3 / 10) + rows(False, 10, 100 / 3 / 10))
    assert confidence.lookup(by_figure, "concept", feats) > 0.75 > 0.4 > confidence.lookup(by_file, "concept", feats)


def test_the_features_of_a_field():
    feats = _feats("period", "time-phrase-in-clause", "2024-Q3")
    assert feats[:6] == ("*", "state=set", "mechanism=time-phrase-in-clause/set", "unit-class=relative", "asked=no",
                         "granularity=part-of-year")
    assert [_feats("period", "m", v, "EUR")[5] for v in ("2031", "2031-05", "2030..2031", None)] == [
        "granularity=year", "granularity=month-or-finer", "granularity=range", "granularity=none"]
    # Only the period has a granularity; the unit's class pools the rare classes; kind and unit read no span.
    assert _feats("entity", "possessor", None, "km")[:5] == (
        "*", "state=empty", "mechanism=possessor/empty", "unit-class=other", "asked=no")
    assert _feats("concept", "counted-noun", "ferries", "count")[3] == "unit-class=count"
    assert len(_feats("kind", "by-amount", "change")) == len(_feats("unit", "written-unit", "%")) == 5
    # Entity reads one signal, its substance, within its state (SIGNALS).
    assert _feats("entity", "possessor", "the port authority")[5:] == ("substance=2/set",)


def test_where_the_span_lies_from_the_figure():
    def position(span: tuple[int, int] | None, sentence: tuple[int, int] | None = (0, len(TEXT))) -> str:
        figure = Figure(start=FIG, end=FIG + 9, unit="%", values={"concept": "x"},
                        evidence={"concept": ("m", *(span or (None, None)))}, sentence=sentence)
        feats = confidence.features("concept", figure, TEXT, profile=english())
        return next(f for f in feats if f.startswith("position=")).removesuffix("/set")

    fares = (TEXT.index("bus fares"), TEXT.index(" rose"))
    year = (TEXT.index("2025"), TEXT.index("2025") + 4)
    assert position(fares) == "position=before:0-2"  # "rose by" between
    assert position((0, 10)) == "position=before:3-6"  # "The city's": "bus fares rose by" between
    assert position(year) == "position=after:0-2"
    assert position((FIG, FIG + 9)) == "position=overlap"
    assert position(None) == "position=no-span"
    assert position(fares, (TEXT.index("rose"), len(TEXT))) == "position=other-sentence"
    assert position(fares, None) == "position=no-sentence"


def test_substance_repetition_and_agreement_of_a_concept():
    text = ("The transit authority met on Monday. Bus fares were on the agenda, as were tram fares. "
            "The city's bus fares rose by 4 percent in 2025.")
    start = text.index("4 percent")

    def signals(concept: object, entity: object = None) -> tuple[str, ...]:
        figure = Figure(start=start, end=start + 9, unit="%", values={"concept": concept, "entity": entity},
                        evidence={}, sentence=(text.index("The city"), len(text)))
        return confidence.features("concept", figure, text, profile=english())[-4:-1]

    # Read within the field's state: a set concept's signals are learned apart from an empty one's.
    assert signals("bus fares") == ("substance=2/set", "repeated=all/set", "agreement=other-empty/set")
    assert signals("the rate of the year") == ("substance=generic/set", "repeated=no/set", "agreement=other-empty/set")
    assert signals("tram fees of the") == ("substance=cut/set", "repeated=some/set", "agreement=other-empty/set")
    assert signals("bus fares", "bus riders") == ("substance=2/set", "repeated=all/set", "agreement=shares/set")
    assert signals("city bus fares", "city")[2] == "agreement=inside/set"
    assert signals(None, "city") == ("substance=none/empty", "repeated=none/empty", "agreement=none/empty")


def test_a_sentence_asks_when_its_last_mark_is_a_question_mark():
    assert confidence.asks("Will the city hall raise the bus fare to $3?")
    assert confidence.asks('The mayor asked, "can we afford 40 new buses?"\r\n\r\n')
    assert confidence.asks("Is the levy still 2 percent (as in May?)")
    assert not confidence.asks("The club sold 12,000 season tickets.")
    assert not confidence.asks("Why? Because the board cut 300 posts.")
    assert not confidence.asks(None) and not confidence.asks("")


def test_the_state_of_a_field():
    assert [confidence.state("unit", u, profile=english()) for u in ("EUR", "%", "count", "km")] == ["currency", "%", "count", "other"]
    assert (confidence.state("kind", "share", profile=english()), confidence.state("period", "", profile=english()), confidence.state("entity", "it", profile=english())) == (
        "share", "empty", "set")


def test_the_shipped_table_gives_every_field_a_confidence():
    for unit in ("%", "EUR", "count", None):
        sure = confidence.confidence(_figure("entity", "no-such-mechanism", "x", unit), TEXT, profile=english())
        assert set(sure) == set(CONTEXT_FIELDS) and all(0 < c < 1 for c in sure.values())
    # Whatever the weights, a confidence stays inside (0, 1) and the logistic does not overflow.
    assert confidence.lookup({("unit", "*"): (-5000.0, 0, 1)}, "unit", ["*"]) == pytest.approx(1e-4)
    assert confidence.lookup({("unit", "*"): (5000.0, 1, 1)}, "unit", ["*"]) == pytest.approx(1 - 1e-4)


def test_the_draft_record_reads_its_figure():
    # The record's confidence is the shipped model's for the figure as the draft holds it.
    nlp = spacy.blank("en")
    for text in ("Did the ministry spend 4 million euros?", "The ministry spent 4 million euros."):
        doc = nlp(text)
        start = text.index("4 million")
        d = Draft(Mention(start, start + 9, 4e6, 0, 2, 0, 0, unit="EUR"), doc[0:len(doc)], [], "EUR",
                  concept="spending", period="2025")
        d.note("concept", "verb-and-object", 0, 3)
        d.note("period", "carried-from-turn", 0, 3)
        q = d.record(text, "q1", None, profile=english())
        # The draft has its sentence; the record is given it when the transcript's record is assembled.
        figure = Figure.of_record({**q.model_dump(), "sentence": {"start": 0, "end": len(text)}})
        assert figure.mechanism("entity") == ("empty", None, None)
        assert q.confidence.model_dump() == confidence.confidence(figure, text, profile=english())


def test_a_record_read_back_from_json_gives_the_confidences_it_holds(nlp):
    # The benchmark fits the model on features read from facts files: they must be those the pipeline read.
    text = ("MAYOR: Good morning. The harbour board raised berth fees by 3 percent in March, and cargo volumes "
            "grew 6.5 percent over 2024. Ferry ridership reached 2.1 million passengers.\n\n"
            "REPORTER: Will the board cut the fees next year, by maybe 2 percent?\n\n"
            "MAYOR: We expect 40 new berths by 2027.\n")
    record = extract_text(text, nlp=nlp)
    assert record.quantities
    for q in record.quantities:
        plain = q.model_dump(mode="json")
        assert confidence.confidence(Figure.of_record(plain), text, profile=english()) == plain["confidence"]


def test_whether_the_sentence_names_something_besides_the_entity():
    def named(text: str, entity: tuple[int, int] | None = None, sentence: bool = True) -> str:
        start = text.index("12 percent")
        evidence = {"entity": ("m", *entity)} if entity else {}
        figure = Figure(start=start, end=start + 10, unit="%", values={"concept": "ticket sales", "entity": None},
                        evidence=evidence, sentence=(0, len(text)) if sentence else None)
        feats = confidence.features("concept", figure, text, profile=english())
        return next(f for f in feats if f.startswith("named-elsewhere="))

    # A word with a capital that opens the sentence, a quotation or a clause after a colon names no one, nor
    # does a month or "I"; one inside the text names someone.
    assert named("Ticket sales rose 12 percent in May, I think.") == "named-elsewhere=no/set"
    assert named('The board said: "Ticket sales rose 12 percent."') == "named-elsewhere=no/set"
    assert named("Ticket sales rose 12 percent, the Rovers said.") == "named-elsewhere=yes/set"
    # The entity's own name is not another.
    text = "At the Rovers, ticket sales rose 12 percent."
    rovers = (text.index("Rovers"), text.index("Rovers") + 6)
    assert named(text) == "named-elsewhere=yes/set"
    assert named(text, rovers) == "named-elsewhere=no/set"
    assert named(text, sentence=False) == "named-elsewhere=unknown/set"


def test_the_fit_settings_travel_with_the_table():
    seen = [("entity", _feats("entity", "possessor", "the port", "EUR"), True, 1.0)] * 3
    settings = confidence.FitConfig(regularisation=5.0, nearby=40, margin=0.01)
    text = confidence.dump(confidence.build(seen, settings), "a header", settings)
    assert confidence.settings(text) == settings
    assert confidence.settings("# no settings here\n") == confidence.FitConfig()
    with pytest.raises(ValueError, match="reach"):
        confidence.settings("#= reach\t3\n")
    # The margin keeps a confidence off 0 and 1 by as much as the settings say.
    assert confidence.lookup({("unit", "*"): (50.0, 1, 1)}, "unit", ["*"], settings.margin) == pytest.approx(0.99)


def test_the_reach_of_said_again_is_a_setting():
    text = "Bus fares were debated. " + "The council met. " * 10 + "The city's bus fares rose by 4 percent."
    start = text.index("4 percent")
    figure = Figure(start=start, end=start + 9, unit="%", values={"concept": "bus fares"}, evidence={},
                    sentence=(text.index("The city"), len(text)))

    def repeated(nearby: int) -> str:
        feats = confidence.features("concept", figure, text, profile=english(),
                                    config=confidence.FitConfig(nearby=nearby))
        return next(f for f in feats if f.startswith("repeated="))

    assert repeated(1500) == "repeated=all/set"
    assert repeated(60) == "repeated=no/set"


def test_a_stronger_penalty_keeps_a_mechanism_nearer_its_state():
    seen = ([("entity", _feats("entity", "possessor", "the port", "EUR"), True, 1.0)] * 6
            + [("entity", _feats("entity", "nearest-noun", "the port", "EUR"), False, 1.0)] * 6)
    possessor = _feats("entity", "possessor", "the port", "EUR")
    mild = confidence.lookup(confidence.build(seen, confidence.FitConfig(regularisation=1.0)), "entity", possessor)
    strong = confidence.lookup(confidence.build(seen, confidence.FitConfig(regularisation=20.0)), "entity", possessor)
    assert mild > strong > 0.5


def _benchmark(monkeypatch):
    """``benchmarks/calibration.py`` as a module."""
    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    monkeypatch.syspath_prepend(str(bench))
    spec = importlib.util.spec_from_file_location("calibration_benchmark", bench / "calibration.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_weighs_files_and_takes_every_setting_on_its_command_line(monkeypatch):
    module = _benchmark(monkeypatch)
    bench = Path(module.__file__).parent
    obs = {"long": [("concept", ("*",), "set", True)] * 90, "short": [("concept", ("*",), "set", False)] * 10}
    assert module.weights(obs, 0.0) == {"long": 1.0, "short": 1.0}
    alike = module.weights(obs, 1.0)
    assert alike["long"] * 90 == pytest.approx(alike["short"] * 10) and alike["long"] * 90 + alike["short"] * 10 == pytest.approx(100)
    helped = subprocess.run([sys.executable, str(bench / "calibration.py"), "--help"], capture_output=True, text=True,
                            check=True).stdout
    assert all("--" + f.name.replace("_", "-") in helped for f in dataclasses.fields(confidence.FitConfig))


def test_errata_correct_the_gold_item_they_name_and_fail_loudly_on_one_they_do_not(monkeypatch, tmp_path):
    # A harbour board's gold left "Right now the toll is $4" undated against the guidelines' rule for "now".
    module = _benchmark(monkeypatch)
    golds = [{"doc": "port/2026-03-02.txt", "quantities": [
        {"text": "$4", "start": 20, "end": 22, "period": None},
        {"text": "12", "start": 40, "end": 42, "period": "2025"}]}]
    head = "doc\tstart\tend\ttext\tfield\tgold\tcorrected\treason\n"
    table = tmp_path / "errata.tsv"
    table.write_text("# why\n" + head + "port/2026-03-02.txt\t20\t22\t$4\tperiod\tNone\t2026-03\tnow\n"
                     "port/2026-03-02.txt\t40\t42\t12\tperiod\t2025\tnull\ttimeless\n", encoding="utf-8")
    assert module.apply_errata(golds, table) == 2
    assert [q["period"] for q in golds[0]["quantities"]] == ["2026-03", None]
    table.write_text(head + "port/2026-03-02.txt\t21\t22\t$4\tperiod\tNone\t2026-03\tnow\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no single gold item"):
        module.apply_errata(golds, table)


def test_each_transcript_has_a_say_in_a_set_entity_however_many_it_names(monkeypatch):
    # A harbour authority's long briefing names sixty partner ports, every one its figure's owner; three
    # sports clubs' briefings name four owners each, half of them wrong. Counted figure by figure a set entity
    # looks sure; each briefing weighing alike within the set entities, it looks as sure as a briefing's are.
    module = _benchmark(monkeypatch)
    port = _feats("entity", "partner-phrase", "Rotterdam", "EUR")
    club = _feats("entity", "partner-phrase", "Hartlepool", "EUR")
    empty = _feats("entity", "no-owner-found", None, "EUR")
    obs = {"harbour": [("entity", port, "set", True)] * 60 + [("entity", empty, "empty", True)] * 20,
           **{f"club{i}": [("entity", club, "set", True)] * 2 + [("entity", club, "set", False)] * 2
              + [("entity", empty, "empty", True)] * 20 for i in range(3)}}
    weights = module.state_weights(obs, 1.0, ["entity"])
    # Within the set entities every transcript weighs alike, and the set entities keep their total weight; the
    # empty ones, as many in each transcript, weigh as before.
    assert weights[("harbour", "entity", "set")] * 60 == pytest.approx(weights[("club0", "entity", "set")] * 4)
    assert weights[("harbour", "entity", "set")] * 60 + 3 * weights[("club0", "entity", "set")] * 4 == pytest.approx(72)
    assert weights[("harbour", "entity", "empty")] == pytest.approx(1.0)
    # The weights alone (each briefing is its own institution here, and the map across them would temper both).
    by_figure = module.fit(obs, confidence.FitConfig(state_weight_power=0.0, recalibrated_fields=""))
    by_transcript = module.fit(obs, confidence.FitConfig(state_weight_power=1.0, recalibrated_fields=""))
    assert confidence.lookup(by_figure, "entity", club) > 0.8 > confidence.lookup(by_transcript, "entity", club)
    # A field left out of the setting is weighed figure by figure whatever the power.
    untouched = module.fit(obs, confidence.FitConfig(state_weight_power=1.0, state_weight_fields="period",
                                                     recalibrated_fields=""))
    assert confidence.lookup(untouched, "entity", club) == pytest.approx(confidence.lookup(by_figure, "entity", club))
    with pytest.raises(SystemExit, match="no field named owner"):
        module.fit(obs, confidence.FitConfig(state_weight_fields="entity,owner"))


def test_the_benchmark_can_leave_a_whole_institution_out(monkeypatch):
    # Two ministries' briefings where a rule is always right, one city hall's where it is always wrong: left
    # out file by file, a city hall briefing learns from the other one too (20 wrong of 60); left out
    # institution by institution, it learns from the ministries alone and is given a confidence it does not
    # deserve: the harsher measure shows what does not carry from one kind of briefing to another.
    module = _benchmark(monkeypatch)
    feats = _feats("concept", "noun-of-clause", "fares", "USD")
    obs = {"ministry/a.txt": [("concept", feats, "set", True)] * 20,
           "ministry/b.txt": [("concept", feats, "set", True)] * 20,
           "cityhall/c.txt": [("concept", feats, "set", False)] * 20,
           "cityhall/d.txt": [("concept", feats, "set", False)] * 20}
    assert module.institution("cityhall/c.txt") == module.institution("cityhall\\d.txt") == "cityhall"
    # The tables alone: the map across institutions would temper both (see the tests below).
    config = confidence.FitConfig(recalibrated_fields="")
    by_file = module.leave_one_out(obs, config)
    by_institution = module.leave_one_out(obs, config, module.institution)
    city = lambda scored: [c for _, _, right, c in scored if not right]  # noqa: E731
    assert len(city(by_file)) == len(city(by_institution)) == 40
    assert min(city(by_institution)) > 0.9
    assert max(city(by_file)) == pytest.approx(40 / 60, abs=0.01)


def test_an_entity_named_only_by_a_word_for_people_in_general_says_little():
    # "the residents" of a town hall's figure could be anyone's; "the harbour pilots" are a group. The entity's
    # substance is read as the concept's is, and only for a set entity (an empty one has none to read).
    def substance(value):
        return next(f for f in _feats("entity", "subject-of-clause", value, "count") if f.startswith("substance="))

    assert substance("people") == "substance=generic/set"
    assert substance("the harbour pilots") == "substance=2/set"
    assert substance(None) == "substance=none/empty"
    # Learned from figures where an owner called "people" was wrong and a named one right, the generic one
    # gets the lower confidence whatever its mechanism.
    seen = ([("entity", _feats("entity", "possessor", "people", "count"), False, 1.0)] * 8
            + [("entity", _feats("entity", "possessor", "the harbour pilots", "count"), True, 1.0)] * 8)
    table = confidence.build(seen)
    generic = confidence.lookup(table, "entity", _feats("entity", "subject-of-clause", "persons", "count"))
    named = confidence.lookup(table, "entity", _feats("entity", "subject-of-clause", "the ferry crews", "count"))
    assert generic < 0.5 < named


def test_a_map_across_institutions_tempers_a_table_that_overstates():
    # A table fitted on two port authorities' briefings says 0.95 (logit 3) of fields a third authority gets
    # right seven times in ten, and one half (logit 0) of fields it gets right four times in ten: the map
    # learnt from those held-out predictions brings 0.95 down near 0.7 and flattens the slope.
    points = [(3.0, True, 1.0)] * 70 + [(3.0, False, 1.0)] * 30 + [(0.0, True, 1.0)] * 40 + [(0.0, False, 1.0)] * 60
    slope, offset, right, seen = confidence.recalibration(points)
    assert (right, seen) == (110.0, 200.0)
    assert slope < 0.5
    assert 1 / (1 + math.exp(-(3 * slope + offset))) == pytest.approx(0.7, abs=0.03)
    # Held-out fields right more often the higher their logit than the table said: the map may not sharpen.
    sharper = [(1.0, True, 1.0)] * 99 + [(1.0, False, 1.0)] + [(-1.0, True, 1.0)] + [(-1.0, False, 1.0)] * 99
    assert confidence.recalibration(sharper)[0] == pytest.approx(1.0)
    assert confidence.recalibration(sharper, confidence.FitConfig(recalibration_max_slope=3.0))[0] > 2
    # Held-out fields right the less often the surer the table: the map does not turn the ranking round.
    against = [(1.0, False, 1.0)] * 50 + [(-1.0, True, 1.0)] * 50
    slope, offset, _, _ = confidence.recalibration(against)
    assert slope == 0.0 and offset == pytest.approx(0.0, abs=0.01)


def test_the_map_lowers_the_confidence_of_its_state_group_only():
    table = {("entity", "*"): (3.0, 0, 0),
             ("entity", f"{confidence.SLOPE}/set"): (0.5, 0, 0), ("entity", f"{confidence.OFFSET}/set"): (-0.5, 0, 0),
             ("entity", f"{confidence.RAISE}/set"): (0.0, 0, 0)}
    table_sure = 1 / (1 + math.exp(-3.0))
    assert confidence.lookup(table, "entity", ["*", "state=set"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert confidence.lookup(table, "entity", ["*", "state=empty"]) == pytest.approx(table_sure)
    # A map that would raise a confidence is held to the table's, unless the table lets it raise.
    table[("entity", f"{confidence.OFFSET}/set")] = (2.0, 0, 0)
    assert confidence.lookup(table, "entity", ["*", "state=set"]) == pytest.approx(table_sure)
    table[("entity", f"{confidence.RAISE}/set")] = (1.0, 0, 0)
    assert confidence.lookup(table, "entity", ["*", "state=set"]) == pytest.approx(1 / (1 + math.exp(-3.5)))


def test_the_benchmark_learns_the_map_from_institutions_left_out(monkeypatch):
    # Three sports federations' briefings. In two, the owner a partner phrase names is always right; in the
    # third, half the time. Fitted on all three, the table says what the three say together; the map learnt by
    # leaving each federation out in turn sees the table overstate the third, and lowers the set entities'
    # confidence for a federation the gold does not hold. The empty entities, right everywhere, keep theirs.
    module = _benchmark(monkeypatch)
    club = _feats("entity", "partner-phrase", "Hartlepool", "EUR")
    empty = _feats("entity", "no-owner-found", None, "EUR")
    obs = {"rugby/a.txt": [("entity", club, "set", True)] * 20 + [("entity", empty, "empty", True)] * 20,
           "hockey/b.txt": [("entity", club, "set", True)] * 20 + [("entity", empty, "empty", True)] * 20,
           "rowing/c.txt": [("entity", club, "set", True)] * 10 + [("entity", club, "set", False)] * 10
           + [("entity", empty, "empty", True)] * 20}
    points = module.across_institutions(obs, confidence.FitConfig())
    assert set(points) == {("entity", "set"), ("entity", "empty")}
    # Each point's logit is the one a table fitted without its federation gave it: rowing's wrong owners were
    # judged by the two federations where the rule never failed.
    rowing = [z for z, right, _ in points[("entity", "set")] if not right]
    assert len(rowing) == 10 and min(rowing) > 2
    mapped = module.fit(obs, confidence.FitConfig())
    plain = module.fit(obs, confidence.FitConfig(recalibrated_fields=""))
    assert (("entity", f"{confidence.SLOPE}/set") in mapped) and not any(k[1].startswith("recal") for k in plain)
    assert confidence.lookup(mapped, "entity", club) < confidence.lookup(plain, "entity", club) - 0.02
    assert confidence.lookup(mapped, "entity", empty) == pytest.approx(confidence.lookup(plain, "entity", empty), abs=0.01)
    # One institution alone teaches no map; a field not named is left as the table says.
    assert module.across_institutions({"rugby/a.txt": obs["rugby/a.txt"]}, confidence.FitConfig()) == {}
    assert module.across_institutions(obs, confidence.FitConfig(recalibrated_fields="period")) == {}
    with pytest.raises(SystemExit, match="no field named owner"):
        module.fit(obs, confidence.FitConfig(recalibrated_fields="entity,owner"))


def test_the_benchmark_says_how_well_confidences_order_right_and_wrong_fields(monkeypatch):
    module = _benchmark(monkeypatch)
    # Every right field above every wrong one: 1; the reverse: 0; all alike: one half (ties count half).
    assert module.ranking([(0.9, True), (0.8, True), (0.3, False)]) == (1.0, pytest.approx(0.85), 0.3)
    assert module.ranking([(0.2, True), (0.7, False), (0.9, False)])[0] == 0.0
    assert module.ranking([(0.6, True), (0.6, False)])[0] == 0.5
    assert module.ranking([(0.6, True)]) == (None, 0.6, None)
    # The gold's figures say it per field, of the set fields a reader checks.
    scored = [("entity", "set", True, 0.9), ("entity", "set", False, 0.95), ("entity", "empty", False, 0.1)]
    figures = module.report(scored)["entity"]
    assert (figures["auc"], figures["right_mean"], figures["wrong_mean"]) == (0.0, 0.9, 0.95)


def test_the_benchmark_scores_the_model_against_blind_readings(monkeypatch, tmp_path):
    # A reader judged the owners of three figures of a harbour authority's briefing: the first right, the
    # second wrong, the third right but since then the extraction names another owner (the verdict no longer
    # applies), and a fourth left undecided.
    module = _benchmark(monkeypatch)
    text = "The harbour board said Rotterdam handled 40 ships. Its pilots moved 12 ferries. Tugs made 9 trips."
    source = "../shared/wild/harbour/2030-01-01_board.txt"

    def at(figure: str) -> tuple[int, int]:
        return text.index(figure), text.index(figure) + len(figure)

    keys = [{"n": n, "source": source, "start": at(fig)[0], "end": at(fig)[1], "value": value}
            for n, fig, value in ((1, "40", "Rotterdam"), (2, "12", "pilots"), (3, "9", "Tugs"), (4, "40", "x"))]
    (tmp_path / "ent.key.json").write_text(json.dumps(keys), encoding="utf-8")
    (tmp_path / "ent.judged.md").write_text("1 R the port's own count\n2 W the board's pilots, not an owner\n"
                                            "3 R tugs made them\n4 ? unsure\n", encoding="utf-8")
    assert [(k["n"], right) for k, right in module.reading(tmp_path, "entity")] == [(1, True), (2, False), (3, True)]
    assert module.reading(tmp_path, "period") == []

    def quantity(figure: str, entity: str) -> dict:
        start, end = at(figure)
        return {"start": start, "end": end, "unit": "count", "entity": entity,
                "evidence": {"entity": {"mechanism": "subject-of-clause", "start": text.index(entity),
                                        "end": text.index(entity) + len(entity)}}}

    facts = [{"source": source, "quantities": [quantity("40", "Rotterdam"), quantity("12", "pilots"),
                                               quantity("9", "The harbour board")]}]
    table = confidence.build([("entity", ("*", "state=set"), True, 1.0)] * 3 + [("entity", ("*", "state=set"), False, 1.0)])
    scored = module.readings(table, confidence.FitConfig(), [tmp_path], facts, lambda s: text)
    assert list(scored) == [(tmp_path.name, "entity")]
    pairs = scored[(tmp_path.name, "entity")]
    assert [right for _, right in pairs] == [True, False]
    assert all(c == pytest.approx(0.75, abs=0.05) for c, _ in pairs)


def test_an_owner_moves_with_how_well_its_clause_was_read():
    # A sports club's figures: where the concept's weights say the clause was read well, the owner read from
    # that clause is trusted more; where they say it was read badly, less; an empty concept (a concept
    # missed, not a clause misread) moves nothing, nor does a table without the concept's weights.
    config = confidence.FitConfig(clause_fields="entity", clause_weight=1.0)
    concept_table = confidence.build([("concept", ("*", "state=set", "position=after:0-2/set"), True, 1.0)] * 9
                                     + [("concept", ("*", "state=set", "position=other-sentence/set"), False, 1.0)] * 9)
    near = {"concept": ("*", "state=set", "position=after:0-2/set"), "entity": ("*", "state=set")}
    far = {"concept": ("*", "state=set", "position=other-sentence/set"), "entity": ("*", "state=set")}
    missed = {"concept": ("*", "state=empty"), "entity": ("*", "state=set")}
    read_well = confidence.with_clause(concept_table, near, config)["entity"]
    read_badly = confidence.with_clause(concept_table, far, config)["entity"]
    assert read_well[-1].startswith(confidence.CLAUSE_LOGIT) and read_badly[-1].startswith(confidence.CLAUSE_LOGIT)
    assert confidence.with_clause(concept_table, missed, config)["entity"] == missed["entity"]
    assert confidence.with_clause({}, near, config)["entity"] == near["entity"]
    assert confidence.with_clause(concept_table, near, confidence.FitConfig(clause_fields=""))["entity"] == near["entity"]
    # The club's owners: as often right whichever clause; fitted around the concept's reading (centre 0), the
    # one read from a well-read clause gets the higher confidence, by the clause weight per logit.
    owners = [("entity", read_well, True, 1.0)] * 3 + [("entity", read_badly, True, 1.0)] * 3 + \
             [("entity", read_well, False, 1.0), ("entity", read_badly, False, 1.0)]
    table = {**concept_table, **confidence.build(owners, config, {"entity": 0.0})}
    assert table[("entity", confidence.CLAUSE_WEIGHT)][0] == 1.0 and table[("entity", confidence.CLAUSE_CENTRE)][0] == 0.0
    well, badly = confidence.lookup(table, "entity", read_well), confidence.lookup(table, "entity", read_badly)
    assert well > badly
    z_well = confidence.logit(concept_table, "concept", near["concept"])
    z_badly = confidence.logit(concept_table, "concept", far["concept"])
    assert math.log(well / (1 - well)) - math.log(badly / (1 - badly)) == pytest.approx(z_well - z_badly, abs=1e-3)
    # Without the table's clause rows (an older table) the feature weighs nothing.
    plain = confidence.build([(f, feats, r, w) for f, feats, r, w in owners], config)
    assert confidence.lookup(plain, "entity", read_well) == pytest.approx(confidence.lookup(plain, "entity", read_badly))


def test_the_benchmark_fits_the_owner_around_the_concepts_reading(monkeypatch):
    # Two city halls' briefings: each figure's fields in order, the concept read well or badly, the owner
    # right where the concept was read well. The owner's rows hold the concept's centre and the clause weight.
    module = _benchmark(monkeypatch)

    def figure(well: bool) -> list:
        concept = ("*", "state=set", "position=after:0-2/set" if well else "position=other-sentence/set")
        return [(f, concept if f == "concept" else ("*", "state=set"), "set", well) for f in confidence.FIELDS]

    obs = {"cityhall/a.txt": [row for i in range(20) for row in figure(i % 2 == 0)],
           "townhall/b.txt": [row for i in range(20) for row in figure(i % 3 == 0)]}
    config = confidence.FitConfig(clause_fields="entity", recalibrated_fields="")
    table = module.fit(obs, config)
    assert ("entity", confidence.CLAUSE_CENTRE) in table and ("period", confidence.CLAUSE_CENTRE) not in table
    scored = [(c, r) for f, _, r, c in module.leave_one_out(obs, config) if f == "entity"]
    assert module.ranking(scored)[0] > 0.9
    without = [(c, r) for f, _, r, c in module.leave_one_out(obs, confidence.FitConfig(clause_fields="",
                                                                                       recalibrated_fields=""))
               if f == "entity"]
    # Without it every owner of a briefing looks alike: only the other briefing's rate sets them apart.
    assert module.ranking(without)[0] < 0.6


def test_the_benchmark_refuses_figures_whose_fields_are_out_of_order(monkeypatch):
    # A sports club's figure whose fields came in another order than the pipeline's: the benchmark cannot say
    # which concept goes with which entity, and fitting without the clause's reading would fit another model.
    module = _benchmark(monkeypatch)
    config = confidence.FitConfig()
    table = {("concept", confidence.INTERCEPT): (0.5, 1.0, 1.0)}
    rows = [(f, _feats(f, "noun-of-clause", "tickets", "EUR"), "set", True)
            for f in ("entity", "concept", "period", "kind", "unit")]
    with pytest.raises(ValueError, match="not one figure's fields in order"):
        module.with_clauses(table, rows, config)
    # Rows without a concept have no clause to read: they pass unchanged.
    only_entities = [r for r in rows if r[0] == "entity"] * 5
    assert module.with_clauses(table, only_entities, config) == only_entities


def test_a_blind_draw_shows_the_reader_the_value_and_its_context_but_not_how_sure_the_tool_was(monkeypatch, tmp_path):
    # A city hall's briefing, with three figures whose owner the tool named and one it left empty: the draw
    # takes only named owners, is the same for the same seed, writes keys the calibration benchmark reads,
    # and a sheet that holds the sentence with the figure marked and the owner, no confidence, no mechanism.
    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    monkeypatch.syspath_prepend(str(bench))
    spec = importlib.util.spec_from_file_location("blind_sample_benchmark", bench / "blind_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "MAYOR: The parks office planted 300 trees. Libraries lent 9,000 books. The depot fixed 40 buses. We hired 12."
    source = "../shared/wild/cityhall/2031-05-02_briefing.txt"

    def quantity(figure: str, entity: str | None) -> dict:
        start = text.index(figure)
        sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) > 0 else 7
        return {"start": start, "end": start + len(figure), "text": figure, "entity": entity, "speaker": "MAYOR",
                "role": "official", "sentence": {"start": sentence_start, "end": text.index(".", start) + 1},
                "confidence": {"entity": 0.8765}, "evidence": {"entity": {"mechanism": "subject-of-clause"}}}

    transcripts = [{"source": source, "date": "2031-05-02",
                    "quantities": [quantity("300", "The parks office"), quantity("9,000", "Libraries"),
                                   quantity("40", "The depot"), quantity("12", None)]}]
    first = module.draw(transcripts, "entity", 2, random.Random(7))
    assert first == module.draw(transcripts, "entity", 2, random.Random(7))
    assert len(first) == 2 and all(q["entity"] for _, q in first)
    assert len(module.draw(transcripts, "entity", 10, random.Random(7))) == 3  # all there are, the empty one left out
    entry = module.sheet_entry(1, transcripts[0], transcripts[0]["quantities"][2], "entity", text, 20)
    assert ">>> The depot fixed [[40]] buses. <<<" in entry and "ENTITY: 'The depot'" in entry
    assert "0.8765" not in entry and "subject-of-clause" not in entry and "confidence" not in entry.lower()
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"transcripts": transcripts}), encoding="utf-8")
    monkeypatch.setattr(module, "read_text", lambda path: type("Read", (), {"text": text})())
    assert module.main([str(facts), "--out", str(tmp_path), "--fields", "entity", "--n", "3"]) == 0
    keys = json.loads((tmp_path / "ent.key.json").read_text(encoding="utf-8"))
    assert sorted(k["value"] for k in keys) == ["Libraries", "The depot", "The parks office"]
    (tmp_path / "ent.judged.md").write_text("1 R\n2 W\n3 ?\n", encoding="utf-8")
    assert [right for _, right in _benchmark(monkeypatch).reading(tmp_path, "entity")] == [True, False]


def test_a_mechanism_seen_in_one_institution_is_trusted_less_than_one_seen_in_several():
    # A harbour authority's briefings show "tenant-of-berth" right twelve times; "operator-of-quay" is right
    # twelve times too, but over four institutions (a harbour, a rail board, an airport, a canal office).
    # Both fields' state is otherwise a coin toss ("nearest-noun", half right).
    def rows(mechanism: str, institutions: list[str]):
        feats = _feats("entity", mechanism, "the port", "EUR")
        return [("entity", feats, True, 1.0, inst) for inst in institutions]

    coin = [("entity", _feats("entity", "nearest-noun", "the port", "EUR"), i % 2 == 0, 1.0, inst)
            for i, inst in enumerate(["harbour", "rail", "airport", "canal"] * 10)]
    seen = coin + rows("tenant-of-berth", ["harbour"] * 12) + rows("operator-of-quay", ["harbour", "rail", "airport", "canal"] * 3)
    narrow = _feats("entity", "tenant-of-berth", "the port", "EUR")
    broad = _feats("entity", "operator-of-quay", "the port", "EUR")
    pooled = confidence.build(seen, confidence.FitConfig(institution_pooling=1.0))
    assert confidence.lookup(pooled, "entity", narrow) < confidence.lookup(pooled, "entity", broad) - 0.05
    # Counted by figures, the two mechanisms are the same evidence: twelve right.
    plain = confidence.build(seen, confidence.FitConfig(institution_pooling=0.0))
    assert confidence.lookup(plain, "entity", narrow) == pytest.approx(confidence.lookup(plain, "entity", broad), abs=1e-6)
    # Only the fields named are pooled, and only mechanisms: a concept keeps the plain fit.
    as_concept = [("concept", feats, r, w, inst) for _, feats, r, w, inst in seen]
    concept = confidence.build(as_concept, confidence.FitConfig(institution_pooling=1.0))
    assert concept[("concept", "mechanism=tenant-of-berth/set")][0] == pytest.approx(
        concept[("concept", "mechanism=operator-of-quay/set")][0], abs=1e-6)
    # Observations without their institution cannot be pooled: the fit is the plain one.
    anonymous = confidence.build([row[:4] for row in seen], confidence.FitConfig(institution_pooling=1.0))
    assert anonymous == plain


def test_pooling_changes_nothing_when_every_figure_is_another_institutions():
    # Each figure from another ministry: the evidence per institution is one figure, the plain penalty.
    seen = ([("entity", _feats("entity", "possessor", "the ministry", "EUR"), True, 1.0, f"ministry-{i}")
             for i in range(4)]
            + [("entity", _feats("entity", "nearest-noun", "the ministry", "EUR"), i % 2 == 0, 1.0, f"office-{i}")
               for i in range(20)])
    pooled = confidence.build(seen, confidence.FitConfig(institution_pooling=1.0))
    plain = confidence.build(seen, confidence.FitConfig(institution_pooling=0.0))
    assert pooled.keys() == plain.keys()
    assert all(pooled[k][0] == pytest.approx(plain[k][0], abs=1e-9) for k in plain)


def test_the_benchmark_pools_an_entity_mechanism_by_the_folders_of_its_transcripts(monkeypatch):
    # A water board's two briefings show "customer-of-plant" right twenty times; "owner-of-pipe" is right twenty
    # times too, spread over a water board, a fire brigade, a library and a zoo. The benchmark knows each
    # transcript's institution by its folder, and hands it to the fit.
    module = _benchmark(monkeypatch)
    coin = _feats("entity", "nearest-noun", "the plant", "EUR")
    narrow = _feats("entity", "customer-of-plant", "the plant", "EUR")
    broad = _feats("entity", "owner-of-pipe", "the plant", "EUR")
    folders = ["water", "fire", "library", "zoo"]
    obs = {f"{folder}/{i}.txt": [("entity", coin, "set", True), ("entity", coin, "set", False)] * 5
           + [("entity", broad, "set", True)] * 5 for folder in folders for i in (0,)}
    obs["water/0.txt"] += [("entity", narrow, "set", True)] * 10
    obs["water/1.txt"] = [("entity", narrow, "set", True)] * 10 + [("entity", coin, "set", False)] * 2
    config = confidence.FitConfig(recalibrated_fields="", clause_fields="", state_weight_power=0.0)
    pooled = module.fit_weights(obs, config)
    assert pooled[("entity", "mechanism=customer-of-plant/set")][0] < pooled[("entity", "mechanism=owner-of-pipe/set")][0] - 0.2
    # Counted by figures, twenty right is twenty right wherever they were seen.
    plain = module.fit_weights(obs, dataclasses.replace(config, institution_pooling=0.0))
    assert plain[("entity", "mechanism=customer-of-plant/set")][0] == pytest.approx(
        plain[("entity", "mechanism=owner-of-pipe/set")][0], abs=0.05)

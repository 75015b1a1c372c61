"""How sure a quantity's context fields are: a small calibrated model, learned from the gold and shipped as data.

Each context field (concept, entity, period, kind, unit) of a quantity carries the mechanism that decided it
(:attr:`Draft.evidence <extractor.quantities.draft.Draft.evidence>`). Its confidence is read from that
mechanism, the state of the field (empty; for kind, the kind; for unit, the unit's class; otherwise set) and
a few signals of the figure that say nothing of which institution speaks, so that what the gold teaches
carries to transcripts it never saw:

- the class of the figure's unit (a share such as %, money, a count, a span of time, anything else): a
  period or a concept read for a percent is right more often than one read for a bare count or a sum of
  money, in every gold file;
- whether the figure's sentence asks (ends with a question mark): reporters' questions hold hypotheticals,
  quotations and half-remembered figures whose context is less often stated;
- for period, its granularity (a year, a quarter or half, a month or finer, a range): a stated year is
  seldom wrong, the briefing's own month given to a "now" often is;
- for concept and period, where the span that supplied the value lies: before or after the figure and how
  many words away in the figure's own sentence, in another sentence, or nowhere (a value read next to the
  figure is right more often than one read seven words off or carried from a sentence before);
- for the same two, the rule that decided the figure's kind (agreement between mechanisms: a figure whose
  words say how it moves, "rose by 5%", is one whose clause the rules read well; one no kind rule could
  read, ``unmarked``, is less often read right in its other fields too), and the length of its sentence;
- for concept, its substance (how many content words; made only of words that name no thing by themselves,
  such as "rate", "year", "people" or "way"; ending on a function word, a phrase cut short), whether its
  words are said again within :attr:`FitConfig.nearby` characters around the figure's sentence (what a
  passage is about is repeated; a phrase picked up by mistake seldom is), and whether it agrees with the
  entity (one inside the other, apart, the same words, the entity empty);
- for concept, whether the figure's sentence names something the entity does not hold (a capitalised word
  that opens neither the sentence, nor a quotation, nor a clause after a colon or a dash, and is no function
  word, month or day word, outside the entity's span and the figure): a sentence that names several actors
  is one where the clause read for the concept is more often the wrong one (``named-elsewhere``).

These signals are read within the field's state (``position=before:0-2/set``): a set concept's are learned
from set concepts only. Entity reads only its value's substance (an owner named by "people" or "Americans"
alone says little; :data:`SIGNALS` says why no more), and how well the figure's clause was read: its logit
moves with the concept's (:func:`with_clause`, :attr:`FitConfig.clause_fields`). The gold holds five wrong set
entities, too few to learn what makes an owner wrong, and the weights it gave entity's own features ordered
its held-out set entities against their rightness; the concept's weights learn from 190 wrong concepts of
four institutions, and a clause they read well is one whose owner was read well too (on the gold held out,
and on blind readings of briefings the gold does not hold).

Every signal is read from the figure's record and the transcript's text only (:class:`Figure`), so that the
benchmark that fits the model reads them from a facts file exactly as the pipeline did, and computing them
costs a few set operations per figure (no parse).

The model is, per field, a logistic regression over those features, one weight each (an intercept, the
state, the mechanism within its state, each signal's value), its weights pulled towards zero by an L2
penalty of :attr:`FitConfig.regularisation` gold figures: a mechanism seen a few times is read as its state
is, one seen fifty times mostly on its own record. A gold transcript's figures can be made to weigh less
the more it has (:attr:`FitConfig.file_weight_power`), so that one long briefing does not teach the model
alone; for entity and period, whose set values gather in a few transcripts, a transcript's say in what a set
(or an empty) value's confidence is grows less than its number of them (:attr:`FitConfig.state_weight_power`).
A mechanism the gold never showed has no weight and gets what its state and signals say. For entity, a
mechanism's penalty grows with its figures per institution that shows it (:attr:`FitConfig.institution_pooling`):
the gold's set entities gather in one trade office's briefings, and a rule seen right there sixteen times,
for which it may have been written, is no surer in another institution's briefings than one seen right once in
each of three institutions.

Weights fitted on the gold are right for another file of a briefing the gold holds, not for an institution it
does not: held out as a whole institution, the White House's set entities got 0.95 from the other
institutions' weights and were right 0.88 of the time. So the sum of the weights passes, per field and state
group (set, empty), through a map learned across institutions (stacking): the weights are fitted with each
institution of the gold left out in turn, they give that institution's fields their logits, and a logistic
of a slope times the logit plus an offset (Platt scaling, :func:`recalibration`) is fitted from those logits
to whether the fields were right. Its slope lies between 0 and 1 and the map only lowers a confidence
(:attr:`FitConfig.recalibration_max_raise`): it tempers what does not carry from one institution to another,
it does not sharpen what a handful of institutions cannot show. Looking a confidence up is a sum of a few
weights and two logistics, done once per field.

The weights and the maps (rows ``recalibration-slope/set``, ``recalibration-offset/set``...) are
``extractor/data/confidence.tsv``, written by ``benchmarks/calibration.py --write`` (which
also measures, by leave-one-file-out, that the confidences mean what they say), with the :class:`FitConfig`
they were fitted with (the settings that feature reading and look-up also use travel with the table).
Everything here is pure but :func:`confidence`, which reads the shipped table once.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TypeVar

import numpy as np

from ..lang.profile import Profile, per_profile
from ..records.models import CONTEXT_FIELDS
from ..unit_codes import COUNT, CURRENCY, RELATIVE, TIME, is_currency, is_relative, unit_class

__all__ = [
    "CLAUSE",
    "CLAUSE_CENTRE",
    "CLAUSE_LOGIT",
    "CLAUSE_WEIGHT",
    "EMPTY",
    "FIELDS",
    "INTERCEPT",
    "OFFSET",
    "RAISE",
    "SIGNALS",
    "SLOPE",
    "UNNOTED",
    "Figure",
    "FitConfig",
    "asks",
    "build",
    "confidence",
    "dump",
    "features",
    "figure_features",
    "group",
    "logit",
    "lookup",
    "parse",
    "recalibration",
    "settings",
    "state",
    "with_clause",
]

#: The context fields that carry evidence and a confidence, in the order records list them.
FIELDS = CONTEXT_FIELDS
#: The mechanism of a field that holds a value no rule accounted for.
UNNOTED = "unnoted"
#: The mechanism of a field left empty without a rule deciding so.
EMPTY = "empty"
#: The feature every figure has: the field's intercept.
INTERCEPT = "*"

T = TypeVar("T")


def _setting(default: T, doc: str) -> T:
    """A field of :class:`FitConfig` with its help on the command line (``doc``)."""
    return dataclasses.field(default=default, metadata={"help": doc})


@dataclass(frozen=True)
class FitConfig:
    """The settings of the confidence model's fit (``benchmarks/calibration.py`` reads them from its command
    line, one option per field). They are written into the table with its weights, so that reading the
    features and looking a confidence up use the values the weights were fitted with. Chosen a priori, not
    tuned to the leave-one-file-out figures, unless a field says otherwise."""

    #: Strength of the L2 penalty on every weight but the intercept, in gold figures: a feature seen on a few
    #: figures moves the confidence little, one seen on dozens as much as its record says.
    regularisation: float = _setting(2.0, "L2 penalty on every weight but the intercept, in gold figures")
    #: How a gold transcript's figures weigh in the fit: each weighs (figures per transcript on average /
    #: figures of its transcript) to this power, rescaled to keep the total. 0 counts every figure alike; 1
    #: gives every transcript the same say (a short one with a dozen figures weighs as much as one with a
    #: hundred and fifty). Left at 0: 0.25 raised entity's leave-one-file-out precision at 0.8 on the gold
    #: from 0.83 to 0.86, one long briefing weighing less, but ordered the set entities of White House
    #: briefings (../shared/stress) no better than 0 did.
    file_weight_power: float = _setting(0.0, "weight of a transcript's figures: (mean figures / its figures) ** P")
    #: How the values of a field in :attr:`state_weight_fields` weigh in that field's fit: within each state
    #: (set, empty), a gold transcript's values weigh (values of that state per transcript on average / its own)
    #: to this power, rescaled to keep the state's total. At 1 every transcript has the same say in what a set
    #: entity's (or period's) confidence is, however many it has: the transcript, not the figure, is what a
    #: confidence has to carry to (62 of the gold's 101 set entities are one trade office's briefing, right
    #: to the last, where White House briefings' are right about four times in five). 0.5, between counting
    #: figures and counting transcripts: 1 put period's leave-one-file-out calibration error on the gold just
    #: over 0.05 (0.0502), 0.5 gave the lowest of entity's and period's (0.019, 0.028; 0.009 and 0.040 at 0).
    state_weight_power: float = _setting(0.5, "weight of a transcript's values of a state in the fields of "
                                              "--state-weight-fields: (mean values / its values) ** P")
    #: The fields whose fit weighs each transcript's values per state (:attr:`state_weight_power`), their names
    #: joined by commas; the others weigh figures as :attr:`file_weight_power` says. Entity and period, whose
    #: set values gather in a few transcripts; a concept is set in nearly every figure of every transcript.
    state_weight_fields: str = _setting("entity,period", "fields weighed per transcript and state, comma-separated")
    #: How far around the figure's sentence (in characters, each side) the words of a concept are looked for
    #: again: about a paragraph of speech.
    nearby: int = _setting(1500, "characters each side of the sentence searched for a concept's words said again")
    #: The confidences stay this far from 0 and 1: no count of gold figures makes a field certain.
    margin: float = _setting(1e-4, "how far confidences stay from 0 and 1")
    #: The fields whose confidence passes through a map learned across institutions (names joined by
    #: commas; empty: none): :func:`recalibration`, fitted by ``benchmarks/calibration.py`` on what tables
    #: fitted without an institution said of that institution's fields. A table fitted on the gold is right
    #: for another file of a briefing it knows; this map is what makes it right for one it does not (the
    #: gold's White House set entities, given 0.95 by a table fitted on the other institutions, are right
    #: 0.88 of the time). Every field, chosen a priori: a field the map has nothing to temper keeps a slope
    #: near 1.
    recalibrated_fields: str = _setting("concept,entity,period,kind,unit",
                                        "fields whose confidence passes through the map learned across "
                                        "institutions, comma-separated (empty: none)")
    #: The steepest slope the map across institutions may have: at 1 it may temper a table's confidences
    #: (bring them nearer what an unknown institution's fields deserve) and shift them, never sharpen them
    #: (a handful of institutions cannot show that a table is too modest).
    recalibration_max_slope: float = _setting(1.0, "steepest slope of the map across institutions")
    #: How much the map across institutions may raise a table's confidence at most (0: it only lowers). A
    #: table fitted on the gold overstates on an institution it never saw, which the map corrects; where the
    #: map would raise a confidence instead, it has learnt that some institution's fields were right more often
    #: than the others' let the table say, which promises nothing of the next one. At 0, chosen on the gold:
    #: unbounded, the map raised the middling set concepts and concept's leave-one-file-out precision at 0.8
    #: fell to 0.897.
    recalibration_max_raise: float = _setting(0.0, "how much the map across institutions may raise a "
                                                   "confidence at most")
    #: How an institution's fields of a state group (set, empty) weigh in the map: (values per institution on
    #: average / its own) to this power, rescaled to keep the total, as :attr:`state_weight_power` weighs
    #: transcripts. The map says how a table carries to an institution it never saw, and an unseen institution
    #: is one more draw from the institutions, of which each gold institution is one observation: at 1 each has
    #: the same say (the trade office's sixty-two set entities, right to the last, count as one institution,
    #: as the White House's forty-three do). At 0.5 (before) the trade office weighed most: the gold's set
    #: entities were given 0.90 on blind readings of unseen briefings where they were right 0.64 of the time;
    #: at 1, 0.84 (the gold's own figures still meet the issue: entity's leave-one-file-out precision at 0.8
    #: 0.96 on 0.70 of its set entities).
    institution_weight_power: float = _setting(1.0, "weight of an institution's values in the map across "
                                                    "institutions: (mean values / its values) ** P")
    #: The fields whose logit moves with the concept's (:func:`with_clause`): a figure whose clause the
    #: concept's rules read well is one whose other fields were read from the right clause too. Names joined
    #: by commas (empty: none). Entity, chosen on the gold's held-out figures: the concept's weights order the
    #: gold's set entities right above wrong (area under the ROC curve 0.76 leaving a file out, 0.83 an
    #: institution), where entity's own weights do not (0.57 and 0.50 before its map): 5 of its 101 set
    #: entities are wrong, too few to learn from, while the concept's weights learn from 190 wrong concepts of
    #: four institutions. Period orders its own set values well on the gold (0.75).
    clause_fields: str = _setting("entity", "fields whose logit moves with the concept's, comma-separated "
                                            "(empty: none)")
    #: How many logits a field of :attr:`clause_fields` moves per logit of the concept's weights away from their
    #: mean on the gold's set concepts. 1, a priori: the concept's reading counts as much as the field's own
    #: weights; not fitted, as the field's few wrong values on the gold could not fit it (its map across
    #: institutions still tempers the sum).
    clause_weight: float = _setting(1.0, "logits a field of --clause-fields moves per logit of the concept's")
    #: How a mechanism's evidence counts against the L2 penalty in the fields of :attr:`pooled_fields`: the
    #: penalty on a ``mechanism=`` weight is :attr:`regularisation` times (its figures / the institutions that
    #: show it) to this power. At 0 a mechanism's figures count alike wherever they come from; at 1 a
    #: mechanism weighs by the institutions that show it, not by its figures: one seen right sixteen times in
    #: one institution's briefings is no surer elsewhere than one seen right in three institutions once each
    #: (a rule written while reading one briefing is right on that briefing by construction). The gold's set
    #: entities show it: ``carried-from-stretch`` (16 of 16 in the trade office's briefings, 1 of 1 elsewhere),
    #: ``named-in-clause`` (11 of 11, 1 of 1) and ``respectively-list`` (9 of 9, one institution) were right on
    #: blind readings of unseen briefings 1 of 5 and 3 of 5 times. 1, a priori (an institution is the unit a
    #: confidence has to carry to). Needs the observations' institutions (:func:`build`'s fifth element);
    #: without them it changes nothing.
    institution_pooling: float = _setting(1.0, "penalty on a mechanism's weight in the fields of "
                                               "--pooled-fields: regularisation * (its figures / its "
                                               "institutions) ** P")
    #: The fields whose mechanisms' weights are pooled over institutions (:attr:`institution_pooling`), names
    #: joined by commas. Entity, whose set values gather in one institution's briefings. Not period, whose
    #: mechanisms the gold shows in every institution: pooled, its held-out ordering on the gold fell (area
    #: under the ROC curve 0.72 to 0.70 leaving an institution out, precision at 0.8 leaving a file out 0.945
    #: to 0.938); nor concept, kind or unit (concept's precision at 0.8 leaving a file out fell below 0.90).
    pooled_fields: str = _setting("entity", "fields whose mechanisms are pooled over institutions, "
                                            "comma-separated")
    #: Newton steps of the fit at most.
    steps: int = _setting(100, "Newton steps of the fit at most")
    #: The change of every weight below which the fit has converged.
    converged: float = _setting(1e-9, "change of every weight at convergence")


#: (field, feature) -> (weight, right, seen): the weight, and of the gold figures with that feature how
#: many had the field right and how many there were (to read the table by, not used to look up).
Table = Mapping[tuple[str, str], tuple[float, float, float]]


def state(field: str, value: object, *, profile: Profile) -> str:
    """The state of a field's value the model distinguishes besides its mechanism: ``empty``; for kind the
    kind itself; for unit ``currency``, a relative unit, ``count`` or ``other``; else ``set``."""
    if value is None or value == "":
        return "empty"
    if field == "kind":
        return str(value)
    if field == "unit":
        # The relative units and the count keep their own state; the currencies pool as one.
        code = str(value)
        if is_currency(code, profile=profile):
            return "currency"
        return code if is_relative(code, profile=profile) or unit_class(code, profile=profile) == COUNT else "other"
    return "set"


def _unit_signal(unit: str | None, *, profile: Profile) -> str:
    cls = unit_class(unit, profile=profile)
    return cls if cls in (RELATIVE, CURRENCY, COUNT, TIME) else "other"


#: A period value's granularity: a range (``2020-03..2020-04``), a year (``2024``), a part of a year
#: (``2024-Q3``, ``2024-H1``), a month or a day (``2024-10``, ``2024-10-05``).
_YEAR = re.compile(r"\d{4}")
_PART_OF_YEAR = re.compile(r"\d{4}-[QH]\d")


def _granularity(period: object) -> str:
    text = str(period or "")
    if not text:
        return "none"
    if ".." in text:
        return "range"
    if _YEAR.fullmatch(text):
        return "year"
    if _PART_OF_YEAR.fullmatch(text):
        return "part-of-year"
    return "month-or-finer"


#: What may close a question after its mark: quotes and brackets (never letters).
_CLOSERS = "\"'\u201d\u2019)]"


def asks(sentence: str | None) -> bool:
    """Whether a sentence asks: its last mark, past closing quotes and brackets, is a question mark."""
    return bool(sentence) and str(sentence).rstrip().rstrip(_CLOSERS).rstrip().endswith("?")


@dataclass(frozen=True)
class Figure:
    """What the features read of one figure: built alike from a draft being recorded
    (:meth:`Draft.record <extractor.quantities.draft.Draft.record>`) and from a quantity record of a facts file
    (:meth:`of_record`), so that the benchmark reads the very features the pipeline read.

    Attributes:
        start: where the figure starts in the text.
        end: where it ends.
        unit: its unit code.
        values: each context field's value (``None`` or ``""`` when empty).
        evidence: each context field's ``(mechanism, start, end)``, the offsets those of the span that
            supplied the value (``None`` when none did); a field missing here was decided by no rule.
        sentence: the offsets of the figure's sentence, when the text was split into sentences.
    """

    start: int
    end: int
    unit: str | None
    values: Mapping[str, object]
    evidence: Mapping[str, tuple[str, int | None, int | None]]
    sentence: tuple[int, int] | None = None

    @classmethod
    def of_record(cls, q: Mapping) -> Figure:
        """The figure of a quantity record as JSON (a facts file's ``quantities`` item)."""
        evidence = {}
        for name, clue in (q.get("evidence") or {}).items():
            if clue:
                evidence[name] = (str(clue.get("mechanism")), clue.get("start"), clue.get("end"))
        sent = q.get("sentence") or None
        return cls(start=int(q["start"]), end=int(q["end"]), unit=q.get("unit"),
                   values={name: q.get(name) for name in FIELDS}, evidence=evidence,
                   sentence=(int(sent["start"]), int(sent["end"])) if sent else None)

    def mechanism(self, field: str) -> tuple[str, int | None, int | None]:
        """The field's ``(mechanism, start, end)``, :data:`UNNOTED` or :data:`EMPTY` when no rule noted one."""
        filled = self.values.get(field) not in (None, "")
        return self.evidence.get(field) or (UNNOTED if filled else EMPTY, None, None)


#: The signals each field reads besides its mechanism, state, unit class and asking (and a period's
#: granularity), in the order its features list them. Entity reads only its value's substance: with a
#: transcript's set entities weighing less the more it has (:attr:`FitConfig.state_weight_power`), it raised
#: entity's leave-one-file-out precision at 0.8 on the gold from 0.922 to 0.938 and its coverage from 0.76 to
#: 0.80 (on 117 entities of unseen White House briefings judged by a reader it changed little: area under the
#: ROC curve 0.52-0.53, as without it). No more: the gold's set entities are two thirds one briefing's (a
#: trade office naming regions and partner countries), and what signals learned there did not carry to White
#: House briefings (../shared/stress). Tried, with figures counted alike: the concept's six signals, and since
#: then ``named-elsewhere``, how the entity stands to the noun the figure counts, the unit's class read within
#: the state, where the entity's span lies, the rule of the kind, and whether its words are said again; the
#: best raised entity's precision at 0.8 on the gold (to 0.87-0.91 with the first two), and none ordered 59
#: set entities of White House briefings, read by an analyst, better than chance (area under the ROC curve
#: 0.42-0.59; 0.52 without them). Tried with the transcripts weighed: where the entity's span lies, whether it
#: is written as a name (every content word capitalised) or a common noun, how often the transcript names it
#: again; on the gold no better than substance alone, on the judged unseen entities 0.40-0.59. Measured again
#: with ``benchmarks/calibration.py --readings`` (three blind readings of White House briefings, 135 set
#: entities still extracted alike, 35 wrong): the gold's own held-out set entities are ordered against their
#: rightness (area under the ROC curve 0.24 leaving a file out, 0.33 an institution; 5 of its 101 set entities
#: are wrong), and the readings' at chance (0.50). Neither the signals tried here (the word before the
#: entity: a preposition, a join such as "and", a possessive ending; where its span lies; a name or a common
#: noun), nor dropping the mechanism and substance within the set state, nor counting a feature's evidence by
#: the transcripts that show it rather than its figures (a penalty times figures/transcripts, which pulls a
#: mechanism written for one briefing towards its state), ordered the readings' entities better than chance
#: (0.36-0.48 on two readings, 0.55-0.65 on the third) or brought their confidence (0.86-0.91) nearer how often
#: they were right (0.74): the gold holds too few wrong set entities to learn what makes one wrong. What did
#: order them is the concept's confidence, learned where the gold has wrong values to learn from
#: (:func:`with_clause`: 0.62 on the readings, 0.57 and 0.64 on the gold held out).
SIGNALS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "concept": ("position", "kind-rule", "sentence", "substance", "repeated", "agreement", "named-elsewhere"),
    "entity": ("substance",),
    "period": ("position", "kind-rule", "sentence"),
})
#: Concept and entity are each other's other field, for their agreement.
_OTHER = MappingProxyType({"concept": "entity", "entity": "concept"})
#: A word as the signals count them (letters or digits, with inner hyphens, apostrophes and points).
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
#: The word lists whose words name no thing by themselves: a concept or an entity made only of these says
#: little ("the rate", "a year", "people", "the way").
_GENERIC_LISTS = ("measure_nouns", "generic_count_nouns", "time_nouns", "discourse_nouns", "generic_people")


@per_profile
def _generic(profile: Profile) -> frozenset[str]:
    """The folded words of the :data:`_GENERIC_LISTS`."""
    return frozenset(_stem(w) for name in _GENERIC_LISTS for w in profile.words(name))


def _stem(word: str) -> str:
    """A word folded for comparison: lower case, one final plural ``s`` off."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _content(value: object, *, profile: Profile) -> list[str]:
    """The content words of a value (its words less the function words), folded."""
    function = profile.words("function_words")
    return [_stem(w) for w in _WORD.findall(str(value or "")) if w.lower() not in function]


def _substance(value: object, *, profile: Profile) -> str:
    """How much a value says: ``none`` (no content word), ``cut`` (it ends on a function word: a phrase cut
    short), ``generic`` (only words that name no thing by themselves), else its number of content words
    (``1``, ``2``, ``3+``)."""
    words = _WORD.findall(str(value or ""))
    content = _content(value, profile=profile)
    if not content:
        return "none"
    if words[-1].lower() in profile.words("function_words"):
        return "cut"
    generic = _generic(profile)
    if all(w in generic for w in content):
        return "generic"
    return str(len(content)) if len(content) < 3 else "3+"


def _position(figure: Figure, start: int | None, end: int | None, text: str) -> str:
    """Where the span that supplied a value lies from the figure: ``no-span``, ``no-sentence``,
    ``other-sentence``, ``overlap``, or ``before``/``after`` with the number of words between (``0-2``,
    ``3-6``, ``7+``)."""
    if start is None or end is None:
        return "no-span"
    if figure.sentence is None:
        return "no-sentence"
    s_start, s_end = figure.sentence
    if start < s_start or end > s_end:
        return "other-sentence"
    if end <= figure.start:
        side, gap = "before", text[end:figure.start]
    elif start >= figure.end:
        side, gap = "after", text[figure.end:start]
    else:
        return "overlap"
    n = len(_WORD.findall(gap))
    return f"{side}:" + ("0-2" if n <= 2 else "3-6" if n <= 6 else "7+")


def _sentence_length(figure: Figure, text: str) -> str:
    if figure.sentence is None:
        return "unknown"
    n = len(_WORD.findall(text[figure.sentence[0]:figure.sentence[1]]))
    return "short" if n < 15 else "medium" if n < 30 else "long"


def _around(figure: Figure, text: str, nearby: int) -> str:
    """The text within ``nearby`` characters around the figure's sentence, the sentence left out, in lower
    case."""
    s_start, s_end = figure.sentence or (figure.start, figure.end)
    return (text[max(0, figure.start - nearby):s_start] + "\n" + text[s_end:figure.end + nearby]).lower()


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "-_"


def _said_in(word: str, around: str) -> bool:
    """Whether ``word`` (folded) is in ``around`` (lower case) as a whole word, alone or with a plural ``s``
    (a few string searches: no pattern to compile per word)."""
    at = around.find(word)
    while at >= 0:
        end = at + len(word)
        if end < len(around) and around[end] == "s":
            end += 1
        if (at == 0 or not _is_word_char(around[at - 1])) and (end >= len(around) or not _is_word_char(around[end])):
            return True
        at = around.find(word, at + 1)
    return False


def _repeated(content: list[str], around: str) -> str:
    """Whether a value's content words (folded) are said again in ``around``: ``none`` (it has none), ``no``,
    ``some``, ``all``."""
    words = set(content)
    if not words:
        return "none"
    found = sum(1 for w in words if _said_in(w, around))
    return "no" if not found else "all" if found == len(words) else "some"


def _agreement(own: list[str], other: list[str]) -> str:
    """How a concept and an entity agree: ``none`` (this one is empty), ``other-empty``, ``same`` (the same
    content words), ``inside`` (one's words among the other's), ``shares`` (some in common), ``apart``."""
    a, b = set(own), set(other)
    if not a:
        return "none"
    if not b:
        return "other-empty"
    if a == b:
        return "same"
    if a < b or b < a:
        return "inside"
    return "shares" if a & b else "apart"


#: What may open a stretch of text whose first word is capitalised whatever it is: the end of a sentence, a
#: colon or semicolon, a dash, an opening quote or bracket.
_OPENERS = ".?!:;\"\u201c\u2018(\u2014\u2013-"


@per_profile
def _unnaming(profile: Profile) -> frozenset[str]:
    """The words written with a capital that name no one: the function words ("I", "The"), the months and
    their abbreviations, the days named from the day of speaking."""
    return frozenset(profile.words("function_words") | set(profile.month_numbers()) | profile.words("day_words"))


def _named_elsewhere(figure: Figure, text: str, *, profile: Profile) -> str:
    """Whether the figure's sentence names something outside the entity's span and the figure: ``yes`` when
    a word of it starts with a capital although it opens no stretch of text (:data:`_OPENERS`) and is no
    word that names no one (:func:`_unnaming`), else ``no``; ``unknown`` without a sentence."""
    if figure.sentence is None:
        return "unknown"
    s_start, s_end = figure.sentence
    _, e_start, e_end = figure.mechanism("entity")
    unnaming = _unnaming(profile)
    for m in _WORD.finditer(text, s_start, s_end):
        at, word = m.start(), m.group()
        if not word[0].isupper() or figure.start <= at < figure.end:
            continue
        if e_start is not None and e_end is not None and e_start <= at < e_end:
            continue
        before = text[s_start:at].rstrip()
        if not before or before[-1] in _OPENERS or word.lower().rstrip(".") in unnaming:
            continue
        return "yes"
    return "no"


def _signal(name: str, field: str, figure: Figure, text: str, content: Mapping[str, list[str]],
            around: str, *, profile: Profile) -> str:
    """The value of the signal ``name`` (one of :data:`SIGNALS`) for ``field`` of ``figure``."""
    if name == "position":
        _, start, end = figure.mechanism(field)
        return _position(figure, start, end, text)
    if name == "kind-rule":
        return figure.mechanism("kind")[0]
    if name == "sentence":
        return _sentence_length(figure, text)
    if name == "substance":
        return _substance(figure.values.get(field), profile=profile)
    if name == "repeated":
        return _repeated(content[field], around)
    if name == "agreement":
        return _agreement(content[field], content[_OTHER[field]])
    if name == "named-elsewhere":
        return _named_elsewhere(figure, text, profile=profile)
    raise ValueError(f"no signal named {name!r}")


def figure_features(figure: Figure, text: str, *, profile: Profile,
                    config: FitConfig = FitConfig()) -> dict[str, tuple[str, ...]]:
    """The features of every context field of ``figure``, ``text`` the transcript's text its offsets index:
    the intercept, the state, the mechanism in that state and the signals (see the module's docstring), read
    with ``config``'s settings (those the table was fitted with)."""
    unit_signal = f"unit-class={_unit_signal(figure.unit, profile=profile)}"
    sentence = text[figure.sentence[0]:figure.sentence[1]] if figure.sentence is not None else None
    asked = f"asked={'yes' if asks(sentence) else 'no'}"
    content = {name: _content(figure.values.get(name), profile=profile) for name in _OTHER}
    around = _around(figure, text, config.nearby)
    out = {}
    for field in FIELDS:
        value = figure.values.get(field)
        mechanism = figure.mechanism(field)[0]
        st = state(field, value, profile=profile)
        feats = [INTERCEPT, f"state={st}", f"mechanism={mechanism}/{st}", unit_signal, asked]
        if field == "period":
            feats.append(f"granularity={_granularity(value)}")
        # Within the field's state: what makes a set concept right (a phrase next to the figure) is learned
        # from set concepts only, not from the fields rightly left empty.
        feats += [f"{name}={_signal(name, field, figure, text, content, around, profile=profile)}/{st}"
                  for name in SIGNALS.get(field, ())]
        out[field] = tuple(feats)
    return out


def features(field: str, figure: Figure, text: str, *, profile: Profile,
             config: FitConfig = FitConfig()) -> tuple[str, ...]:
    """The features of ``field`` of ``figure`` (:func:`figure_features`)."""
    return figure_features(figure, text, profile=profile, config=config)[field]


#: A feature whose weight is a mechanism's (``mechanism=partner-phrase/set``).
MECHANISM = "mechanism="


def _penalties(names: Sequence[str], x: np.ndarray, w: np.ndarray, sources: Sequence[str | None],
               config: FitConfig, pooled: bool) -> np.ndarray:
    """The L2 penalty on each weight of ``names`` (columns of ``x``, rows weighing ``w``, each row's
    institution in ``sources``): :attr:`FitConfig.regularisation`, for a mechanism of a ``pooled`` field times
    (its weighted figures / the institutions that show it) to :attr:`FitConfig.institution_pooling` (at least
    1: a mechanism seen once in each of its institutions keeps the plain penalty)."""
    penalty = np.full(len(names), config.regularisation)
    if not pooled or not config.institution_pooling or any(s is None for s in sources):
        return penalty
    for j, name in enumerate(names):
        if name.startswith(MECHANISM):
            shown = x[:, j] > 0
            institutions = len({s for s, on in zip(sources, shown) if on})
            if institutions:
                per = float(w[shown].sum()) / institutions
                penalty[j] *= max(1.0, per) ** config.institution_pooling
    return penalty


def _fit(rows: Sequence[tuple[Sequence[str], bool, float, str | None]], config: FitConfig,
         centre: float | None = None, pooled: bool = False) -> dict[str, tuple[float, float, float]]:
    """One field's weights by Newton's method on the L2-penalised, weighted logistic loss (the penalties of
    :func:`_penalties`, a mechanism's pooled over the rows' institutions when ``pooled``); with a ``centre``,
    each figure's :data:`CLAUSE_LOGIT` feature moves its logit by a fixed amount (:func:`_clause_offset`, a
    term the weights are fitted around, not a weight)."""
    names = sorted({f for feats, _, _, _ in rows for f in feats if not f.startswith(CLAUSE_LOGIT)})
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (feats, _, _, _) in enumerate(rows):
        x[r, [index[f] for f in feats if f in index]] = 1.0
    offset = np.array([_clause_offset(feats, centre, config.clause_weight) if centre is not None else 0.0
                       for feats, _, _, _ in rows])
    y = np.array([float(right) for _, right, _, _ in rows])
    w = np.array([weight for _, _, weight, _ in rows])
    penalty = _penalties(names, x, w, [source for _, _, _, source in rows], config, pooled)
    penalty[index[INTERCEPT]] = 1e-6  # the intercept is free: it is the field's base rate
    beta = np.zeros(len(names))
    for _ in range(config.steps):
        p = 0.5 * (1.0 + np.tanh(0.5 * (x @ beta + offset)))  # the logistic, without overflow for any logit
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x.T * (w * p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < config.converged:
            break
    seen = x.T @ w
    right = x.T @ (w * y)
    return {name: (float(beta[i]), float(right[i]), float(seen[i])) for name, i in index.items()}


#: One gold field to learn from: (field, its features, whether it was right, its weight in the fit), and
#: optionally the institution whose briefing it is (for :attr:`FitConfig.institution_pooling`).
Observation = tuple[str, Sequence[str], bool, float] | tuple[str, Sequence[str], bool, float, str]


def _field_names(setting: str) -> list[str]:
    """The names of a comma-separated setting."""
    return [name.strip() for name in setting.split(",") if name.strip()]


def build(observations: Iterable[Observation], config: FitConfig = FitConfig(),
          centres: Mapping[str, float] = MappingProxyType({})) -> dict[tuple[str, str], tuple[float, float, float]]:
    """The model learned from ``(field, features, right, weight)`` observations (``weight`` the figure's
    share in the fit, 1 for each figure counted alike), each optionally followed by its institution (whose
    mechanisms' weights :attr:`FitConfig.institution_pooling` pools): per field, each feature's weight, right
    and seen. A
    field of ``centres`` has its logit moved by its figures' :data:`CLAUSE_LOGIT` features away from its
    centre (:attr:`FitConfig.clause_weight` per logit), kept in its :data:`CLAUSE_CENTRE` and
    :data:`CLAUSE_WEIGHT` rows."""
    by_field: dict[str, list[tuple[Sequence[str], bool, float, str | None]]] = {}
    for field, feats, right, weight, *source in observations:
        by_field.setdefault(field, []).append((feats, right, weight, source[0] if source else None))
    pooled = set(_field_names(config.pooled_fields))
    table: dict[tuple[str, str], tuple[float, float, float]] = {}
    for field, rows in by_field.items():
        for name, row in _fit(rows, config, centres.get(field), field in pooled).items():
            table[(field, name)] = row
        if field in centres:
            table[(field, CLAUSE_CENTRE)] = (centres[field], 0.0, 0.0)
            table[(field, CLAUSE_WEIGHT)] = (config.clause_weight, 0.0, 0.0)
    return table


#: The rows of a table that hold a field's map across institutions, for the fields of a state group:
#: ``recalibration-slope/set``, ``recalibration-offset/empty``... (no feature of a figure has these names).
SLOPE = "recalibration-slope"
OFFSET = "recalibration-offset"
#: The row of a table that holds how much a field's map may raise a confidence at most
#: (:attr:`FitConfig.recalibration_max_raise`), ``recalibration-raise/set``...
RAISE = "recalibration-raise"


def group(state_name: str) -> str:
    """The state group a field's value falls in, for weighing and for the map across institutions: ``empty``
    or ``set`` (for kind and unit, every state but ``empty``)."""
    return "empty" if state_name == EMPTY else "set"


def recalibration(points: Sequence[tuple[float, bool, float]],
                  config: FitConfig = FitConfig()) -> tuple[float, float, float, float]:
    """The map of one field's state group across institutions: ``(slope, offset, right, seen)`` such that
    the logistic of ``slope * z + offset`` is the share right of fields whose table gave the logit ``z``,
    learned from ``(z, right, weight)`` points, each ``z`` given by a table fitted without the point's
    institution (Platt scaling). The slope and offset are pulled towards 1 and 0 (no change) by the L2
    penalty :attr:`FitConfig.regularisation`, and the slope kept between 0 and
    :attr:`FitConfig.recalibration_max_slope` (the offset refitted with it held there)."""
    z = np.array([p[0] for p in points], dtype=float)
    y = np.array([float(p[1]) for p in points])
    w = np.array([p[2] for p in points], dtype=float)
    x = np.column_stack([z, np.ones_like(z)])
    prior = np.array([1.0, 0.0])
    penalty = np.full(2, config.regularisation)

    def loss(beta: np.ndarray) -> float:
        # The penalised, weighted log loss; logaddexp keeps it finite for any logit.
        s = x @ beta
        return float(w @ (np.logaddexp(0.0, s) - y * s) + 0.5 * penalty @ (beta - prior) ** 2)

    def solve(beta: np.ndarray, free: np.ndarray) -> np.ndarray:
        # Newton's method, each step halved until the loss falls: from a table's sure logits (a saturated
        # logistic) a full step can overshoot and diverge.
        for _ in range(config.steps):
            p = 0.5 * (1.0 + np.tanh(0.5 * (x @ beta)))  # the logistic, without overflow for any logit
            gradient = (x.T @ (w * (p - y)) + penalty * (beta - prior))[free]
            hessian = ((x.T * (w * p * (1 - p))) @ x + np.diag(penalty))[np.ix_(free, free)]
            step = np.linalg.solve(hessian, gradient)
            before = loss(beta)
            for _ in range(30):
                trial = beta.copy()
                trial[free] -= step
                if loss(trial) <= before:
                    break
                step = step / 2
            beta = trial
            if np.abs(step).max() < config.converged:
                break
        return beta

    beta = solve(prior.copy(), np.array([True, True]))
    # A slope below 0 would rank the fields against the table: held at 0, the map says only how often an
    # unknown institution's fields of the group are right.
    held = min(max(beta[0], 0.0), config.recalibration_max_slope)
    if held != beta[0]:
        beta = solve(np.array([held, beta[1]]), np.array([False, True]))
    return float(beta[0]), float(beta[1]), float(w @ y), float(w.sum())


def _logistic(z: float) -> float:
    """The logistic of ``z``, written so that neither branch can overflow whatever the weights."""
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def logit(table: Table, field: str, feats: Iterable[str]) -> float:
    """The sum of the weights of ``feats`` for ``field`` (a feature the table lacks weighs nothing), and the
    move a :data:`CLAUSE_LOGIT` feature makes when the table has the field's :data:`CLAUSE_CENTRE` and
    :data:`CLAUSE_WEIGHT` rows, before any map across institutions: what :func:`recalibration` learns from."""
    feats = tuple(feats)
    z = sum(table[(field, f)][0] for f in feats if (field, f) in table)
    if (field, CLAUSE_WEIGHT) in table and (field, CLAUSE_CENTRE) in table:
        z += _clause_offset(feats, table[(field, CLAUSE_CENTRE)][0], table[(field, CLAUSE_WEIGHT)][0])
    return z


def lookup(table: Table, field: str, feats: Iterable[str], margin: float = FitConfig.margin) -> float:
    """The confidence of ``field`` with ``feats``: the logistic of the sum of their weights (a feature the
    table lacks weighs nothing; a field it lacks altogether gets one half), passed through the field's map
    across institutions for the state group of its ``state=`` feature when the table has one
    (:func:`recalibration`), kept ``margin`` from 0 and 1."""
    feats = tuple(feats)
    z = logit(table, field, feats)
    value = _logistic(z)
    st = next((f[len("state="):] for f in feats if f.startswith("state=")), None)
    if st is not None and (field, f"{SLOPE}/{group(st)}") in table:
        mapped = _logistic(table[(field, f"{SLOPE}/{group(st)}")][0] * z + table[(field, f"{OFFSET}/{group(st)}")][0])
        value = min(mapped, value + table.get((field, f"{RAISE}/{group(st)}"), (1.0, 0, 0))[0])
    return min(max(value, margin), 1 - margin)


#: The field whose weights say how well a figure's clause was read, for the fields of
#: :attr:`FitConfig.clause_fields`.
CLAUSE = "concept"
#: The feature that carries the logit of :data:`CLAUSE` (its weights alone, before its map across
#: institutions) to a field of :attr:`FitConfig.clause_fields`: ``clause-logit=1.2345``. It is no feature with
#: a weight of its own: the field's logit moves by the table's ``clause-weight`` row times its distance from
#: the ``clause-centre`` row (:func:`logit`).
CLAUSE_LOGIT = "clause-logit="
#: The rows of a field's table that hold how its logit moves with :data:`CLAUSE`'s: the centre (the mean logit
#: of the gold's set concepts, where the field's own weights stand) and the weight
#: (:attr:`FitConfig.clause_weight`).
CLAUSE_CENTRE = "clause-centre"
CLAUSE_WEIGHT = "clause-weight"


def with_clause(table: Table, feats: Mapping[str, tuple[str, ...]],
                config: FitConfig = FitConfig()) -> dict[str, tuple[str, ...]]:
    """``feats`` (each field's features of one figure, :func:`figure_features`) with, for each field of
    :attr:`FitConfig.clause_fields`, how well the figure's clause was read: the logit ``table``'s weights
    give :data:`CLAUSE` (``clause-logit=1.2345``, :data:`CLAUSE_LOGIT`). A figure whose clause the concept's
    rules read well, in the light of the many wrong concepts the gold holds, is one whose owner was read from
    the right clause too; the gold holds too few wrong owners to learn that from (a table without
    :data:`CLAUSE`'s weights, or an empty concept, adds nothing)."""
    names = [name.strip() for name in config.clause_fields.split(",") if name.strip()]
    out = dict(feats)
    # An empty concept says nothing of how the clause was read (its low confidence is that of a concept
    # missed): the fields keep their own weights.
    if not names or f"state={EMPTY}" in feats.get(CLAUSE, (f"state={EMPTY}",)) or (CLAUSE, INTERCEPT) not in table:
        return out
    z = logit(table, CLAUSE, feats[CLAUSE])
    for name in names:
        if name in out and name != CLAUSE:
            out[name] = (*out[name], f"{CLAUSE_LOGIT}{z:.4f}")
    return out


def _clause_offset(feats: Iterable[str], centre: float, weight: float) -> float:
    """How far the :data:`CLAUSE_LOGIT` feature among ``feats`` moves a logit: ``weight`` times its distance
    from ``centre`` (0 without one)."""
    for f in feats:
        if f.startswith(CLAUSE_LOGIT):
            return weight * (float(f[len(CLAUSE_LOGIT):]) - centre)
    return 0.0


#: How a line of the table that holds a setting of its :class:`FitConfig` starts (``#= nearby<TAB>1500``):
#: a comment to :func:`parse`, read by :func:`settings`.
_SETTING = "#= "


def parse(text: str) -> Table:
    """The table from its TSV text (``field, feature, weight, right, seen``; ``#`` comments)."""
    rows = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        field, feature, weight, right, seen = line.split("\t")
        rows[(field, feature)] = (float(weight), float(right), float(seen))
    return MappingProxyType(rows)


def settings(text: str) -> FitConfig:
    """The :class:`FitConfig` a table's TSV text was fitted with (its ``#=`` lines; a setting it lacks keeps
    its default; one the config does not have is an error)."""
    kinds = {f.name: type(getattr(FitConfig(), f.name)) for f in fields(FitConfig)}
    values: dict[str, object] = {}
    for line in text.splitlines():
        if line.startswith(_SETTING):
            name, value = line[len(_SETTING):].split("\t")
            if name not in kinds:
                raise ValueError(f"the confidence table has a setting {name!r} the fit does not have")
            values[name] = kinds[name](value)
    return replace(FitConfig(), **values)  # type: ignore[arg-type]


def dump(table: Table, header: str = "", config: FitConfig = FitConfig()) -> str:
    """The table as TSV text, :func:`parse`'s input, with ``config`` (:func:`settings`'s)."""
    lines = [f"# {line}" for line in header.splitlines()]
    lines += [f"{_SETTING}{f.name}\t{getattr(config, f.name)}" for f in fields(FitConfig)]
    lines.append("# field\tfeature\tweight\tright\tseen")
    for (field, feature), (weight, right, seen) in sorted(
            table.items(), key=lambda kv: (FIELDS.index(kv[0][0]) if kv[0][0] in FIELDS else 99,
                                           kv[0][1] != INTERCEPT, kv[0][1])):
        lines.append(f"{field}\t{feature}\t{weight:.4f}\t{right:g}\t{seen:g}")
    return "\n".join(lines) + "\n"


@cache
def _shipped() -> tuple[Table, FitConfig]:
    text = resources.files("extractor.data").joinpath("confidence.tsv").read_text(encoding="utf-8")
    return parse(text), settings(text)


def confidence(figure: Figure, text: str, *, profile: Profile) -> dict[str, float]:
    """The shipped model's confidence for each context field of ``figure``, ``text`` the transcript's text, to
    four decimals (as the record shows it), read with the settings the table was fitted with."""
    table, config = _shipped()
    feats = with_clause(table, figure_features(figure, text, profile=profile, config=config), config)
    return {field: round(lookup(table, field, f, config.margin), 4) for field, f in feats.items()}

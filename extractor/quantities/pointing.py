"""Rejection rules read from the parse for numbers that point rather than count, and rhetoric: "section 165",
"a double standard", "a 10-year Treasury", "two questions", "the two sides", "one area ... another area", "not
one single time", "100 percent sure", "this is a day to remember" (see :mod:`filters`, which lists every rule in
its order)."""
from __future__ import annotations

from spacy.tokens import Token

from ..lang.profile import Profile, per_profile
from ..unit_codes import is_time
from .lexer import is_article
from .numbers import number_words
from .seen import Seen
from .syntax import word_after, word_before


def label_after_noun(s: Seen) -> str | None:
    """ "section 165", "route 66", "page 12", "level 4": a whole number right after the singular noun it modifies
    labels it (a count stands before its noun); ages ("age 65") are left to the unit rules. The parser may hang
    such a label on the noun after it instead ("a phase three trial", "the phase one commitments"): the singular
    noun before the number then modifies that noun (or names it beside it), which a count never does (a count
    stands before all its noun's modifiers: "three phase trials")."""
    t = s.num_token
    if t is None or not s.bare or s.m.value is None or not float(s.m.value).is_integer() or s.m.low is not None:
        return None
    nxt, nxt2 = s.lx[s.m.num_last + 1:s.m.num_last + 2], s.lx[s.m.num_last + 2:s.m.num_last + 3]
    if nxt and nxt[0].text in s.profile.words("figure_list_joins") and nxt2 and (
            nxt2[0].is_digit or nxt2[0].low in number_words(s.profile)):
        return None  # "guidance 60, 90 days ahead": a list of figures whose unit comes last
    head = t.head
    if _next_word(head) == t.i and head.tag_ in ("NN", "NNP") and (t.dep_ in ("nummod", "appos", "npadvmod") or (
            t.dep_ == "dobj" and head.lemma_.lower() in s.profile.words("label_nouns"))) and (
            head.lower_ not in s.profile.words("age_nouns")):
        return "name"
    before = _word_before(t)
    # Parsed any other way, only a noun that labels by the number after it (vocabulary ``label_nouns``): "we owe
    # the state 40 buses and the county 20 trucks" parses as "the phase one commitments" does.
    if before is None or before.tag_ != "NN" or t.dep_ != "nummod" or head.i < t.i or (
            before.lemma_.lower() not in s.profile.words("label_nouns")):
        return None
    article = _word_before(before)
    if article is not None and is_article(article.lower_, profile=s.profile) and head.tag_ in ("NNS", "NNPS"):
        return None  # "a record 23 clubs": a singular article before a plural noun is the noun's, "a record" a figure's
    if before.head.i == head.i and before.dep_ in ("compound", "nmod"):
        return "name"  # "a phase three trial": "phase" and "three" both modify "trial"
    if head.dep_ == "appos" and head.head.i == before.i:
        return "name"  # "the phase one commitments", parsed as commitments set beside "phase"
    if before.head.i == head.head.i and before.dep_ == head.dep_ and before.dep_ in ("dobj", "pobj"):
        return "name"  # "approved a stage three upgrade": two objects of one word, a label split from its noun
    return None


def multiplier_adjective(s: Seen) -> str | None:
    """ "a double standard", "a triple threat": a multiplier word used as an adjective of a noun."""
    t = s.num_token
    if t is None or s.num.low not in s.profile.words("multiple_words") or s.low(s.m.num_first - 1) == "to":
        return None  # "to double testing capacity" is a verb, even when the parser takes it for an adjective
    if t.dep_ == "amod" and t.pos_ == "ADJ":
        return "adjective"
    # "double, triple, quadruple check": the parser may take the word for a noun compounded with the noun right
    # after it; a multiple of that noun would be "four times the checks", never a compound
    if t.dep_ == "compound" and t.head.i == _next_word(t) and t.head.pos_ == "NOUN":
        return "adjective"
    return None


def window_compound(s: Seen) -> str | None:
    """ "a 10-year Treasury", "the five-year review", "a seven-day average": a hyphenated duration that names
    a kind of thing (a window noun or a proper name) rather than measuring how long something lasts."""
    m, lx = s.m, s.lx
    if (not is_time(m.unit, profile=s.profile) or m.num_last + 1 >= len(lx) or lx[m.num_last + 1].text != "-"
            or m.low is not None):
        return None
    unit_tok = s.token(lx[m.last])
    if unit_tok is None:
        return None
    head = unit_tok.head
    if head.i <= unit_tok.i or unit_tok.dep_ not in ("amod", "compound", "nmod", "npadvmod", "nummod"):
        return None
    windows = s.profile.words("window_nouns")
    if head.lower_ in windows or head.pos_ == "PROPN" and head.text[0].isupper():
        return "compound-name"
    # "the seven-day average daily deaths", "our 12-month rolling average": the window noun the duration names
    # may stand right after it as a modifier of a head further on; the statistic is the figure, not its window.
    nxt = unit_tok.doc[unit_tok.i + 1]
    if nxt.i <= head.i and nxt.lemma_.lower() in windows and nxt.pos_ in ("NOUN", "ADJ") and (
            nxt.i == head.i or nxt.head.i == head.i):
        return "compound-name"
    return None


def indefinite_day(s: Seen) -> str | None:
    """ "One day, the harbour will reopen", "call it out one day and deny it the next": a spelled "one" with a
    day (vocabulary ``indefinite_time_nouns``), as an adverb of its verb (no preposition, no object), says
    "some day"; it measures no time. A verb of extent takes its duration that way ("the strike lasted one
    day") and keeps it, and so does a rate ("one day a week") or a number that is the point ("only one day")."""
    unit_tok = _bare_one_day(s)
    if unit_tok is None:
        return None
    verb = unit_tok.head
    if verb.pos_ == "ADV" and verb.head.i != verb.i:
        verb = verb.head  # "talk to us one day soon": the parser hangs the day on "soon"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    set_off = unit_tok.i < verb.i and s.low(s.m.last + 1) == ","
    if verb.lemma_.lower() in s.profile.words("extent_verbs") and not set_off:
        return None  # "the strike lasted one day"; but "One day, the pier will be ours" is no extent
    if s.low(s.m.last + 1) in s.profile.words("rate_markers"):
        return None  # "one day a week", "one day per month": a rate the parser hung on the verb
    return "not-a-figure"


def _bare_one_day(s: Seen) -> Token | None:
    """The day of a spelled "one" right before a day word (vocabulary ``indefinite_time_nouns``) that the
    parser makes an adverb of a verb, with nothing else on either ("only one day", "one full day", "one day a
    week" have): the token of that day, else None."""
    t = s.num_token
    if t is None or not s.num.is_word or s.num.low != "one" or t.dep_ != "nummod":
        return None
    unit_tok = s.token(s.lx[s.m.last])
    if (unit_tok is None or _next_word(t) != unit_tok.i or t.head.i != unit_tok.i
            or not is_time(s.m.unit, profile=s.profile) or unit_tok.dep_ != "npadvmod"
            or unit_tok.lemma_.lower() not in s.profile.words("indefinite_time_nouns")):
        return None
    if any(c.dep_ in ("advmod", "quantmod") for c in t.children) or any(
            c.dep_ in ("det", "amod", "poss", "npadvmod") for c in unit_tok.children):
        return None
    return unit_tok


def enumeration(s: Seen) -> str | None:
    """ "two questions", "three key factors", "one other issue": a spelled number that counts the speaker's
    own units of talk enumerates what follows; it measures nothing."""
    t = s.num_token
    if t is None or not s.num.is_word or not s.bare:
        return None
    head = t.head if t.dep_ == "nummod" else None
    nouns = s.profile.words("discourse_nouns")
    if head is not None and head.i > t.i and (head.lemma_.lower() in nouns or _hyphenated_lemma(head) in nouns):
        return "enumeration"
    return None


def announced_item(s: Seen) -> str | None:
    """ "One reminder: the hall closes at six", "One note that the call is on background": a spelled "one"
    opening a sentence that has no verb of its own, only the noun it counts with a clause or a colon after
    it, announces the item of talk that follows; it measures nothing (the noun may be any: the parse, not a
    list of nouns of talk, says it is a heading). A larger number said so still counts ("Two new clinics:
    one in the north, one in the south")."""
    t = s.num_token
    if t is None or s.num.low != "one" or not s.bare or t.dep_ != "nummod" or s.m.unit is not None:
        return None
    noun = t.head
    before = _word_before(t)
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i <= t.i or not (
            t.is_sent_start or before is None or before.text in (".", ":", "?", "!")):
        return None  # the number opens its sentence, or follows a speaker's label
    after = noun.doc[_next_word(noun)] if _next_word(noun) < len(noun.doc) else None
    clause = any(c.dep_ in ("relcl", "acl") and c.i > noun.i for c in noun.children)
    return "enumeration" if clause or after is not None and after.text == ":" else None


def _right_before(determiner: Token, t: Token) -> bool:
    """Whether ``determiner`` stands right before ``t``, with nothing between them but white space or, after a
    possessor, its "'s" ("the club's two coaches")."""
    k = _next_word(determiner)
    if k < t.i and determiner.doc[k].lower_ in ("'s", "’s"):
        k = _next_word(determiner.doc[k])
    return k == t.i


def _word_before(token: Token) -> Token | None:
    """The nearest token before ``token`` that is not white space (:func:`.syntax.word_before`), or None."""
    k = word_before(token.doc, token.i)
    return token.doc[k] if k >= 0 else None


def _next_word(token: Token) -> int:
    """The index of the first token after ``token`` that is not white space (:func:`.syntax.word_after`), or
    the document's length when there is none."""
    return word_after(token.doc, token.i)


def _hyphenated(token: Token) -> str:
    """The whole hyphenated word ``token`` ends ("follow-up"): the tokenizer splits it at its hyphens and the
    parser heads it with its last part."""
    doc, start = token.doc, token.i
    while (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
           and not doc[start - 2].whitespace_):
        start -= 2
    return doc[start:token.i + 1].text


def _hyphenated_lemma(token: Token) -> str:
    """The lemma of the whole hyphenated word ``token`` ends, lower-cased ("two follow-ups": "follow-up"): its
    parts before the last as they stand, the last one's lemma."""
    whole = _hyphenated(token)
    return (whole[:len(whole) - len(token.text)] + token.lemma_).lower()


def set_a_change_applies_to(s: Seen) -> str | None:
    """ "lower the three key rates by 25 basis points": a spelled number naming the set of things a figure
    changes ("by" another figure) counts nothing of its own."""
    t = s.num_token
    if t is None or not s.num.is_word or not s.bare or t.dep_ != "nummod" or t.head.dep_ != "dobj":
        return None
    verb = t.head.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and any(
                x.like_num and x.ent_type_ not in ("DATE", "TIME") for x in prep.subtree):
            return "enumeration"
    return None


def small_set_pointed_at(s: Seen) -> str | None:
    """ "the two sides", "our two nations", "all four leaders": a spelled small number after a definite
    determiner names a set the listener already knows; it points rather than counts."""
    t = s.num_token
    if t is None or not s.num.is_word or not s.bare or s.m.value is None or not 2 <= s.m.value <= s.config.small_set:
        return None
    if t.dep_ != "nummod" or t.head.i <= t.i or t.head.pos_ not in ("NOUN", "PROPN"):
        return None
    definite = s.profile.words("definite_determiners")
    if t.head.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in definite for c in t.head.head.children):
        return "pointing"  # "these are two leaders who ...": the set is pointed at by the subject
    # The determiner stands right before the number: "these new three exemptions" counts the new ones. A line
    # break between them (a transcript wrapped at a fixed width: "the\ntwo leaders") is no word between them.
    if any(_right_before(c, t) for c in t.head.children
           if c.dep_ == "poss" or c.dep_ in ("det", "predet") and c.lower_ in definite):
        return "pointing"
    return None


def one_of_several(s: Seen) -> str | None:
    """ "one area ... another area", "one camp or the other", "this is one part", "one indication is", "a one
    step", "one part of this": a "one" set against another of its kind, naming one of several as a copula's
    subject or complement, after an article, or as a part of a thing a pronoun points at, is an article
    itself; it counts nothing (an "only one" or "just one" does count)."""
    t = s.num_token
    if t is None or not s.num.is_word or s.num.low != "one" or not s.bare or t.dep_ != "nummod":
        return None
    if any(c.dep_ in ("advmod", "quantmod") for c in t.children) or s.low(s.m.num_last + 1) in s.profile.words(
            "comparatives"):
        return None  # "only one", "just one", "at least one", "one more hike": the number is the point
    if is_article(s.low(s.m.num_first - 1), profile=s.profile):
        return "pointing"  # "a one step": an article before it leaves "one" nothing to count
    noun = t.head
    contrast = s.profile.words("contrast_words")
    if any(x.lower_ in contrast and (x.lower_ != "other" or x.i > 0 and x.doc[x.i - 1].pos_ == "DET")
           for x in t.doc[t.i + 1:t.sent.end]):
        return "pointing"
    # "attr" is a copula's complement by itself: the lemmatiser may miss the copula after "that" ("that’s one
    # answer", with a typographic apostrophe)
    if (noun.dep_ == "attr" or noun.dep_ == "nsubj" and noun.head.lemma_ == "be") and not any(
            c.dep_ == "expl" for c in noun.head.children):
        return "pointing"  # but "there is one nurse for the district" counts: an existential copula says how many
    if any(p.dep_ == "prep" and p.lower_ in s.profile.words("counted_of_prepositions") and any(
            o.dep_ == "pobj" and o.pos_ in ("PRON", "DET") for o in p.children) for p in noun.children):
        return "pointing"  # "one part of this", "one piece of it": one of the parts of a thing pointed at
    return None


#: How many words a negation may stand before a "one" it sets against the whole ("not a matter of one").
_NEGATED_PHRASE_WORDS = 5


def emphatic_one(s: Seen) -> str | None:
    """ "not one single time", "not one dollar", "not even a day": a negated "one" (or "a") says none;
    rhetoric, no amount."""
    if not s.num.is_word or s.num.low not in s.profile.words("emphatic_numerals"):
        return None
    negations, k = s.profile.words("negations"), s.m.num_first - 1
    if s.num.low == "one" and s.bare and (s.low(k) in negations or s.low(s.m.num_last + 1) == "single"):
        return "emphasis"
    if s.low(k) == "even" and s.low(k - 1) in negations:
        return "emphasis"
    nxt = s.low(s.m.num_last + 1)
    if s.num.low == "one" and s.bare and _negated_phrase(s.num_token, negations) and nxt not in s.profile.words(
            "alternative_join_words") and nxt not in s.profile.words("range_join_words"):
        return "emphasis"  # but "not just one or two clubs" is left whole to the rules of ranges
    return None


def _negated_phrase(t: Token | None, negations: frozenset[str]) -> bool:
    """ "it is not about one person", "not just about one leader", "not a matter of one clerk": a spelled "one"
    that a negation stands a few words before, with only prepositions, adverbs, determiners and singular nouns
    between them ("about", "just about", "a matter of"), sets that one against the whole; rhetoric, no amount.
    The words are read by their tags (the parser may take "about" for "approximately"); a verb between them
    ("did not hire one nurse") leaves the count to the other rules."""
    if t is None or t.dep_ != "nummod":
        return False
    k = word_before(t.doc, t.i)
    for _ in range(_NEGATED_PHRASE_WORDS):
        if k < 0:
            return False
        w = t.doc[k]
        if w.lower_ in negations:
            return True
        if w.tag_ not in ("IN", "DT", "NN", "RB"):
            return False
        k = word_before(t.doc, k)
    return False


def degree_percent(s: Seen) -> str | None:
    """ "I am 100 percent sure", "she is 110% committed": a whole (or more) percent of an adjective said of a
    person is a degree of conviction, rhetoric; said of a thing ("the fund is 100 percent financed", "the tank
    is 100 percent full") it measures that thing."""
    if s.low(s.m.first - 1) in s.profile.words("qualifier_words"):
        return None  # "almost 100 percent efficient": a measured rate, qualified as measurements are
    head = _word_a_whole_percent_grades(s)
    if head is not None and head.tag_ in ("JJ", "VBN") and _said_of_person(head, profile=s.profile):
        return "degree"
    return None


def percent_of_a_predicate_noun(s: Seen) -> str | None:
    """ "that is 100 percent a function of last winter", "it's 100% the right call": a whole (or more) percent
    standing before the determiner of a copula's noun complement grades how fully the subject is that thing;
    a percent that measures stands before "of" or its own noun ("100 percent of the fund", "100 percent
    uptake"), never before an article."""
    t = s.num_token
    if t is None or s.m.unit != "%" or s.m.value is None or s.m.value < s.config.rhetoric_percent:
        return None
    det = s.token(s.lx[s.m.last + 1]) if s.m.last + 1 < len(s.lx) else None
    if det is None or det.dep_ != "det" or det.lower_ not in s.profile.words("articles") or det.head.i <= det.i:
        return None
    noun = det.head
    # "attr" is a copula's complement by itself (the tagger may miss the copula's lemma after "that"); the
    # parser makes either the noun or the percent that complement, hanging the other on it
    unit = s.token(s.lx[s.m.last])
    if noun.dep_ == "attr" and noun.head.i < t.i or unit is not None and unit.dep_ == "attr" and noun.head.i == unit.i:
        return "degree"
    return None


def _word_a_whole_percent_grades(s: Seen) -> Token | None:
    """The word after it that a whole (or more) percent modifies ("100 percent *sure*"), or None (whole:
    ``RejectionConfig.rhetoric_percent``)."""
    t = s.num_token
    if t is None or s.m.unit != "%" or s.m.value is None or s.m.value < s.config.rhetoric_percent:
        return None
    unit = t.head if t.dep_ == "nummod" else t
    head = unit.head
    return head if unit.dep_ in ("npadvmod", "advmod") and head.i > unit.i else None


def _said_of_person(adjective: Token, *, profile: Profile) -> bool:
    """True when the subject an adjective is predicated of is a person: a personal pronoun ("I", "we",
    "she"), a name the NER tags PERSON, or a title of office ("the mayor")."""
    verb = adjective.head if adjective.dep_ in ("acomp", "oprd", "advcl", "xcomp") else adjective
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return (subj.tag_ == "PRP" and subj.lower_ in profile.words("personal_pronouns") or subj.ent_type_ == "PERSON"
            or subj.lemma_.lower() in profile.words("offices"))


def moment_named(s: Seen) -> str | None:
    """ "this is a day for the city", "that was a week to remember", "on a day like this", "a day when the
    council votes": "a day" said of "this", after a preposition of an occasion (vocabulary
    ``occasion_prepositions``) or with a relative clause of its own names a moment, it measures no time."""
    said_a = is_time(s.m.unit, profile=s.profile) and is_article(s.num.low, profile=s.profile)
    t = s.token(s.lx[s.m.last]) if said_a else None
    if t is None:
        return None
    # A finite relative clause opened by a relative adverb ("a day when the council voted", "a day on which"),
    # not an infinitive ("a week to decide": a span given for an act, which the parser may hang on the noun the
    # same way) nor a clause that says what the span was like ("we waited a year that felt like a decade")
    # "on a day", "on a morning" (vocabulary ``indefinite_time_nouns``): a longer span after it is still a
    # length of time ("going on a year now")
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBZ", "VBP") and _relative_adverb(c) for c in t.children) or (
            t.dep_ == "pobj" and t.head.lower_ in s.profile.words("occasion_prepositions")
            and t.lemma_.lower() in s.profile.words("indefinite_time_nouns")):
        return "not-a-figure"
    if t.dep_ != "attr" or t.head.lemma_ != "be":
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in s.profile.words("demonstratives") for c in t.head.children):
        return "not-a-figure"
    return None


def _relative_adverb(clause: Token) -> bool:
    """Whether a relative clause is opened by a relative adverb ("when", "where") or a preposition with a
    relative pronoun ("on which"): it says when or where, the span is a moment."""
    return any(c.tag_ == "WRB" or c.dep_ == "prep" and any(w.tag_ == "WDT" for w in c.children)
               for c in clause.children)


def idiom(s: Seen) -> str | None:
    """ "kill two birds with one stone", "one step at a time", "on cloud nine": a numeral inside a fixed
    expression of the language (vocabulary ``numeral_idioms``, written as lemmas) counts nothing."""
    t = s.num_token
    if t is None:
        return None
    for words in _idioms_with(t.lower_, profile=s.profile):
        for j, word in enumerate(words):
            if word != t.lower_:
                continue
            start = t.i - j
            if start >= 0 and start + len(words) <= len(t.doc) and all(
                    _same_word(t.doc[start + k], w) for k, w in enumerate(words)):
                return "idiom"
    return None


def _same_word(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word


@per_profile
def _idiom_index(profile: Profile) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The idioms (as word tuples) by each of their words, so a numeral finds the few that may hold it."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in profile.words("numeral_idioms"):
        words = tuple(line.split())
        for word in set(words):
            index.setdefault(word, []).append(words)
    return {word: tuple(idioms) for word, idioms in index.items()}


def _idioms_with(word: str, *, profile: Profile) -> tuple[tuple[str, ...], ...]:
    return _idiom_index(profile).get(word, ())


def verdict_percent(s: Seen) -> str | None:
    """ "that claim is 100% wrong", "the report is 100 percent accurate": a whole (or more) percent of an adjective
    that judges truth or rightness (vocabulary ``verdict_adjectives``) is rhetoric, whoever it is said of."""
    head = _word_a_whole_percent_grades(s)
    if head is not None and head.pos_ == "ADJ" and head.lemma_.lower() in s.profile.words("verdict_adjectives"):
        return "degree"
    return None


def hypothetical_one(s: Seen) -> str | None:
    """ "if the scheme saves one life", "unless one more club objects": a spelled "one" in a conditional clause
    imagines a case; it reports no amount (a ratio, "one in five", is left to the other rules)."""
    t = s.num_token
    if t is None or not s.num.is_word or s.num.low != "one" or not s.bare:
        return None
    if s.low(s.m.num_last + 1) in s.profile.words("ratio_after_one"):
        return None
    marks = s.profile.words("conditional_marks")
    for a in t.ancestors:
        if a.lower_ in marks:
            return "hypothetical"  # the parser may hang the clause under its "unless" as under a preposition
        if a.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ in marks for c in a.children):
            return "hypothetical"
        if a.dep_ not in ("conj", "xcomp", "ccomp"):
            break  # the nearest clause decides: "we hired one nurse if ..." reports the nurse
    return None


def interjection(s: Seen) -> str | None:
    """ "One second.", "Just a minute.", "Give me a second.": a single short span of time that is a whole
    sentence without a subject (of at most ``RejectionConfig.interjection_words`` words) asks the listener to
    wait; it measures nothing."""
    t = s.num_token
    if t is None or not is_time(s.m.unit, profile=s.profile) or s.m.value != 1 or s.m.low is not None:
        return None
    words = [x for x in t.sent if x.is_alpha]
    if len(words) > s.config.interjection_words or any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in t.sent):
        return None
    unit = s.token(s.lx[s.m.last])
    return "interjection" if unit is not None and unit.lemma_.lower() in s.profile.words("wait_units") else None

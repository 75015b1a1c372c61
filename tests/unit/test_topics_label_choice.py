"""Issue 28, labels: which of a segment's phrases heads it.

The examples are written for these tests: a port authority's briefing, a football club's press
conference, a city hall's council meeting.
"""
from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_candidates import _opens_no_phrase, _trim
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_debris import is_fragment
from extractor.topics.label_fitness import (
    _fit,
    _Fitness,
    _named,
    _not_noun_phrases,
    _office_title,
    _recognised,
    _titled,
    _titles,
)
from extractor.topics.label_heading import _completed, heading
from extractor.topics.label_ranking import _actors, _Choice, _in_passing, _Tally

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _doc(words, pos=None, ents=None, sent_starts=None):
    """A hand-made document: ``words`` with their parts of speech and entity tags (IOB) when given."""
    nlp = spacy.blank("en")
    starts = sent_starts or [i == 0 for i in range(len(words))]
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents, sent_starts=starts)


def _offset(doc, i):
    return doc[i].idx


# --- an office said as a name is who holds it --------------------------------------------------


def test_an_office_before_the_words_that_qualify_it_is_a_title():
    profile = english()
    # "Secretary General" of a port federation: the office ends in a word that qualifies it.
    assert _office_title(["Secretary", "General"], frozenset(), profile=profile)
    assert _office_title(["Federation", "Secretary", "General"], frozenset(), profile=profile)
    # An office inside a subject's name is no title.
    assert not _office_title(["Ministers", "Conference", "Agenda"], frozenset(), profile=profile)


def test_a_word_the_document_puts_before_a_persons_name_is_a_title():
    profile = english()
    people = frozenset({"lindqvist"})
    # "Alderman" is in no list of offices: the document shows it is a title.
    assert not _office_title(["Alderman", "Lindqvist"], people, profile=profile)
    assert _office_title(["Alderman", "Lindqvist"], people, frozenset({"alderman"}), profile=profile)
    fit = lambda phrase: _fit(phrase, people, frozenset(), set(), [], set(),  # noqa: E731
                              titles=frozenset({"alderman"}), profile=profile)
    assert heading(["Alderman Lindqvist", "tram depot"], "", set(), fit=fit, profile=profile) == "Tram depot"


def test_titles_are_read_before_the_names_the_recogniser_found():
    words = ["We", "met", "Alderman", "Rosa", "Lindqvist", "at", "the", "depot", "."]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    assert _titles(_doc(words, pos, ents)) == {"alderman"}


# --- the host and the parties who act all through the event --------------------------------------


def test_a_name_that_keeps_opening_clauses_in_several_segments_is_who_acts_not_what_about():
    # A port authority's briefing: "the Harbour Board has/will/is ..." in three segments; the ferry
    # terminal is talked about.
    words, pos = [], []
    for verb, obj in (("has", "tolls"), ("will", "dredging"), ("is", "moorings")):
        words += ["The", "Harbour", "Board", verb, "raised", obj, "near", "Pier", "Nine", "."]
        pos += ["DET", "PROPN", "PROPN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    doc = _doc(words, pos, sent_starts=[w == "The" for w in words])
    profile = english()
    phrases = []
    for i, w in enumerate(words):
        if w == "Harbour":
            phrases.append((doc[i].idx, "harbour board", "Harbour Board"))
        if w == "Pier":
            phrases.append((doc[i].idx, "pier nine", "Pier Nine"))
    sentence_starts = [doc[i].idx for i, w in enumerate(words) if w == "The"]
    edges = list(zip(sentence_starts, [*sentence_starts[1:], len(doc.text)]))
    config = LabelConfig()
    tally = _Tally.of(sorted(phrases), edges, config, Ranges([]), Ranges([]))
    actors = _actors(doc, sorted(phrases), tally, WordClasses.of(doc, profile=profile), config)
    assert actors == {"Harbour Board"}
    # As who acts, it ranks below a phrase that names a subject.
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset({"harbour board"}), set(), [], set(),  # noqa: E731
                              actors=actors, profile=profile)
    assert fit("Harbour Board") > fit("Pier Nine")


# --- what the segment keeps coming back to heads it ------------------------------------------------


def test_a_phrase_said_late_in_a_long_segment_counts_less_than_one_said_early():
    phrases = [(0, "season ticket", "season tickets"), (900, "kit sponsor", "kit sponsor")]
    tally = _Tally.of(phrases, [(0, 1000)], LabelConfig(), Ranges([]), Ranges([]))
    assert tally.counts[0]["season ticket"] > tally.counts[0]["kit sponsor"]


def test_a_word_the_segment_keeps_coming_back_to_weighs_more_than_one_said_everywhere():
    # Segment 0 of a football club's press conference is about the stadium lease; "club" is said
    # in every segment.
    phrases = [(0, "club budget", "club budget"), (10, "stadium lease", "stadium lease"),
               (20, "lease terms", "lease terms"), (30, "lease renewal", "lease renewal"),
               (110, "club shop", "club shop"), (210, "club academy", "club academy")]
    edges = [(0, 100), (100, 200), (200, 300)]
    tally = _Tally.of(phrases, edges, LabelConfig(), Ranges([]), Ranges([]))
    weights = tally.word_weights(0)
    assert weights["lease"] > weights["club"]
    choice = tally.choice(0, frozenset(), LabelConfig())
    centrality = tally.centrality(0, choice)
    assert centrality["stadium lease"] > centrality["club budget"]


def test_of_phrases_that_may_head_a_segment_the_most_central_heads_it():
    fit = lambda phrase: 0  # noqa: E731
    centrality = {"kit sponsor": 1.0, "stadium lease": 4.0}
    assert heading(["kit sponsor", "stadium lease"], "", set(), fit=fit, centrality=centrality,
                   profile=english()) == "Stadium lease"


def test_a_generic_quantifier_opens_no_phrase():
    doc = _doc(["multiple", "other", "factors"], ["ADJ", "ADJ", "NOUN"])
    assert _opens_no_phrase(doc[0], profile=english())


# --- the recogniser and the tagger where the model did not run ------------------------------------


def test_a_lone_capitalised_word_is_looked_up_and_a_persons_name_heads_nothing():
    words = ["Following", "up", "on", "what", "Tomas", "asked", "about", "Valletta", "."]
    doc = _doc(words)  # untagged: the model did not run on this sentence
    first_at = {"Tomas": doc[4].idx, "Valletta": doc[7].idx}

    def recognise(sentences):
        return [[("Tomas", "PERSON"), ("Valletta", "GPE")] for _ in sentences]

    people, subjects = _recognised(doc, recognise, ["Tomas", "Valletta"], first_at, frozenset(), frozenset(),
                                   profile=english())
    assert "tomas" in people and "valletta" in subjects
    fit = lambda phrase: _fit(phrase, people, subjects, set(), [], {"Valletta"}, profile=english())  # noqa: E731
    assert fit("Tomas") > UNFIT and fit("Valletta") == 0


def test_a_phrase_with_a_verb_before_its_last_word_is_a_clause():
    words = ["The", "Harbour", "Board", "approved", "dredging", "."]
    doc = _doc(words)
    phrase = "Harbour Board approved dredging"
    at = doc[1].idx

    def tag(sentences, _at):
        return [[(doc[0].idx, "DET"), (doc[1].idx, "PROPN"), (doc[2].idx, "PROPN"), (doc[3].idx, "VERB"),
                 (doc[4].idx, "NOUN"), (doc[5].idx, "PUNCT")] for _ in sentences]

    assert _not_noun_phrases(doc, tag, [phrase], {phrase: at}) == {phrase}

    # The last word is the head: a tagger that reads it as a verb alone is not believed.
    def tag_head(sentences, _at):
        return [[(doc[1].idx, "PROPN"), (doc[2].idx, "PROPN"), (doc[3].idx, "NOUN"), (doc[4].idx, "VERB")]
                for _ in sentences]

    assert _not_noun_phrases(doc, tag_head, [phrase], {phrase: at}) == frozenset()


def test_a_verbs_form_right_after_a_determiner_modifies_a_noun():
    for first, pos in (("the", "DET"), ("keep", "VERB"), ("that", "DET")):
        words = ["We", first, "rising", "ticket", "prices", "."]
        doc = _doc(words)  # untagged: the model did not run on this sentence
        phrase = "rising ticket prices"
        at = doc[2].idx

        tokens = [(doc[0].idx, "PRON"), (doc[1].idx, pos), (doc[2].idx, "VERB"), (doc[3].idx, "NOUN"),
                  (doc[4].idx, "NOUN"), (doc[5].idx, "PUNCT")]

        def tag(sentences, _at, tokens=tokens):
            return [tokens for _ in sentences]

        # "the rising ticket prices" is a noun phrase; "keep rising ticket prices" opens a clause, and so
        # does a verb after a determiner that is no article ("that keeps ...").
        expected = frozenset() if first == "the" else {phrase}
        assert _not_noun_phrases(doc, tag, [phrase], {phrase: at}, english().words("articles")) == expected, first


def test_one_office_written_as_a_name_before_any_name_is_a_title():
    # The recogniser need not know the name: one office before it makes a title of it.
    assert _office_title(["Chancellor", "Brandt"], frozenset(), profile=english())
    # Offices, several, before a word that is no name, name a meeting or a body.
    assert not _office_title(["Commissioners", "Forum"], frozenset(), profile=english())


def test_two_phrases_are_joined_only_into_a_short_heading():
    fit = lambda phrase: 0  # noqa: E731
    text = "the new ticket scanning gates and the stadium public address system"
    label = heading(["new ticket scanning gates", "stadium public address system"], text, set(), fit=fit,
                    profile=english())
    assert " and " not in label
    assert heading(["ferries", "tolls"], "on ferries and tolls", set(), fit=fit, profile=english()) == "Ferries and tolls"


def test_a_name_after_a_title_is_a_persons_though_no_recogniser_said_so():
    doc = _doc(["The", "mayor", "spoke", "with", "Chancellor", "Brandt", "and", "Harbour", "Master", "Ole", "Dahl", "."])
    assert _titled(doc, frozenset({"master"}), profile=english()) == {"brandt", "ole", "dahl"}


def test_a_segment_with_nothing_but_peoples_names_gets_the_heading_of_no_subject():
    people = frozenset({"brandt", "ole", "dahl"})
    fit = lambda phrase: _fit(phrase, people, frozenset(), set(), [], set(), profile=english())  # noqa: E731
    assert heading(["Brandt", "Ole Dahl"], "", set(), fit=fit, profile=english()) == heading([], "", set(),
                                                                                             profile=english())


def test_a_word_with_a_footnotes_mark_glued_to_it_is_a_fragment():
    text = "The council meets in March[2] to set the levy."
    assert is_fragment(text, text.index("March"), "March[2")
    assert not is_fragment(text, text.index("levy"), "levy")


def test_a_name_said_in_several_segments_is_said_throughout_though_one_says_it_most():
    # A port authority's briefing of eight segments: the Harbour Board (the host) is asked about
    # five times in the first and named in two more; the ferry fares come back as often.
    edges = [(k * 100, k * 100 + 100) for k in range(8)]
    phrases = []
    for key, shown in (("harbour board", "Harbour Board"), ("ferry fare", "ferry fares")):
        phrases += [(k, key, shown) for k in range(5)] + [(300, key, shown), (500, key, shown)]
    config = LabelConfig()
    tally = _Tally.of(sorted(phrases), edges, config, Ranges([]), Ranges([]))
    spread = tally.choice(0, frozenset(), config).spread(tally, config)
    assert "Harbour Board" in spread and "ferry fares" not in spread


def test_a_hyphenated_word_counts_as_one_word_of_a_phrase():
    nlp = spacy.blank("en")
    words = ["the", "income", "-", "based", "repayment", "reform", "plan"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, False, True, True, True, False],
              pos=["DET", "NOUN", "PUNCT", "VERB", "NOUN", "NOUN", "NOUN"])
    assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == words[1:]


def test_a_lone_acronym_the_recogniser_calls_a_person_names_a_body():
    # The small model often tags a militia's or an agency's initials as a person.
    words = ["The", "FLN", "met", "Ana", "Ruiz", "at", "the", "port"]
    doc = _doc(words, ents=["O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    people, _ = _named(doc, frozenset())
    assert "fln" not in people
    assert {"ana", "ruiz"} <= people


def test_the_questions_first_name_fit_to_head_leads_past_a_name_said_all_through():
    # "What is the Port Authority's view on Valletta?": the host is said all through; Valletta is asked about.
    fitness = _Fitness(frozenset(), frozenset({"valletta", "port authority"}), {"Port Authority"}, [], {"Port Authority"},
                       profile=english())
    asked = ["Port Authority", "berths", "Valletta"]
    assert fitness("Valletta") == 1  # a name further down the question's phrases
    assert fitness.asking(asked)("Valletta") == 0
    # A question that names its subject in several words keeps it: the name is a part of it.
    assert fitness.asking(["Port Authority", "ferry timetable", "Valletta"])("Valletta") == 1


def test_a_piece_of_a_name_the_recogniser_found_names_no_subject():
    words = ["Ships", "from", "the", "United", "Kingdom", "berth", "here", "."]
    doc = _doc(words)  # untagged: the model did not run on this sentence
    first_at = {"United": doc[3].idx, "Harbour Board": doc[0].idx}

    def recognise(sentences):
        return [[("the United Kingdom", "GPE")] for _ in sentences]

    _, subjects = _recognised(doc, recognise, ["United"], first_at, frozenset(), frozenset(), profile=english())
    assert "united" not in subjects
    _, subjects = _recognised(doc, recognise, ["United Kingdom"], {"United Kingdom": doc[3].idx}, frozenset(),
                              frozenset(), profile=english())
    assert "united kingdom" in subjects


def test_a_name_the_recogniser_reads_across_a_line_break_is_the_phrase_written_on_one_line():
    words = ["Did", "Dana", "\n", "Whitfield", "sign", "?"]
    doc = _doc(words)  # untagged: the model did not run on this sentence
    first_at = {"Dana Whitfield": doc[1].idx}

    def recognise(sentences):
        return [[("Dana\nWhitfield", "PERSON")] for _ in sentences]

    people, _ = _recognised(doc, recognise, ["Dana Whitfield"], first_at, frozenset(), frozenset(), profile=english())
    assert {"dana", "whitfield"} <= people


def test_a_news_outlets_name_heads_no_segment_while_anything_else_can():
    profile = english()
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], {"Riverside Herald"},  # noqa: E731
                              profile=profile)
    # The club's reply to a newspaper's story is about the transfer fee, not the newspaper.
    assert fit("Riverside Herald") == UNFIT + 1
    assert heading(["Riverside Herald", "transfer fee"], "", set(), fit=fit, profile=profile) == "Transfer fee"
    # A name without a word of an outlet is unaffected.
    assert fit("Riverside Stadium") == 0


def test_a_name_said_in_passing_heads_a_segment_below_the_phrases_that_name_its_subject():
    profile = english()
    # An answer on ferry fares names, once and never again, a museum the mayor visited.
    passing = frozenset({"Harbour Museum"})
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], set(), passing=passing,  # noqa: E731
                              profile=profile)
    assert fit("Harbour Museum") == 2
    assert heading(["Harbour Museum", "ferry fares"], "", set(), fit=fit, profile=profile) == "Ferry fares"
    # Still above a lone common noun.
    assert heading(["Harbour Museum", "fares"], "", set(), fit=fit, profile=profile) == "Harbour Museum"


def test_names_said_in_passing_are_those_said_once_outside_the_question_where_the_segment_comes_back_to_others():
    choice = SimpleNamespace(subject=["Harbour Board"])  # what _in_passing reads of a segment's choice
    centrality = {"Harbour Museum": 0.0, "Harbour Board": 0.0, "ferry fares": 2.5, "timetable": 0.0}
    # The question's name is its subject; a common phrase is not a name.
    assert _in_passing(centrality, choice) == {"Harbour Museum"}
    # Where the segment comes back to nothing, nothing is said in passing.
    assert _in_passing(dict.fromkeys(centrality, 0.0), choice) == frozenset()


def test_a_heading_ending_in_a_noun_is_said_with_the_phrase_it_takes_after_of():
    profile = english()
    text = "The pace of the harbour dredging is slow. The port's freedom of navigation matters to the dredging."
    phrases = ["pace", "harbour dredging", "navigation", "port's freedom", "Mayor Lind"]
    assert heading(["pace", "harbour dredging"], text, set(), profile=profile) == "Harbour dredging"
    assert _completed("pace", phrases, text.lower(), None, LabelConfig(), profile=profile) == "pace of harbour dredging"
    assert (_completed("port's freedom", phrases, text.lower(), None, LabelConfig(), profile=profile)
            == "port's freedom of navigation")
    # Not where the segment says the noun without "of", nor with a person after it, nor past a heading's length.
    assert _completed("navigation", phrases, text.lower(), None, LabelConfig(), profile=profile) == "navigation"
    text = "The pace of Mayor Lind is fast."
    fit = lambda phrase: UNFIT + 1 if phrase == "Mayor Lind" else 0  # noqa: E731
    assert _completed("pace", phrases, text.lower(), fit, LabelConfig(), profile=profile) == "pace"
    text = "The pace of the harbour dredging is slow."
    assert _completed("pace", ["harbour dredging"], text.lower(), None, LabelConfig(max_phrase_words=2),
                      profile=profile) == "pace"


def test_every_keyword_of_a_segment_is_looked_up_where_the_model_did_not_run():
    # The question's place comes fifth, after words of its preface: unread, it would be a lone common noun.
    keywords = ["faith", "ability", "city council", "timetable", "Valletta", "ferries"]
    choice = _Choice(Counter(), {}, keywords, [])
    assert "Valletta" in choice.looked({}, LabelConfig())


# --- a heading already used is told apart by a phrase that could head a segment ---------------


def test_a_repeated_heading_is_told_apart_by_no_persons_name_and_no_made_up_word():
    profile = english()
    people = frozenset({"ingrid", "solberg"})
    # "announced" was taken only to make up the keywords; "Ingrid Solberg" is the club's chair.
    fit = lambda phrase: _fit(phrase, people, frozenset(), set(), ["announced"], set(),  # noqa: E731
                              profile=profile)
    used = {"stadium lease"}
    assert heading(["stadium lease", "announced", "Ingrid Solberg", "ticket prices"], "", used, fit=fit,
                   profile=profile) == "Stadium lease: ticket prices"
    # Nor by a word of when alone.
    assert heading(["stadium lease", "afternoon", "turnstiles"], "", used, fit=fit,
                   profile=profile) == "Stadium lease: turnstiles"
    # Nothing that could head a segment: numbered, not qualified by a name or a verb.
    assert heading(["stadium lease", "announced", "Ingrid Solberg"], "", used, fit=fit,
                   profile=profile) == "Stadium lease (2)"


def test_a_word_a_particle_follows_is_a_verb_and_ends_no_phrase():
    # "how the club's budgets line up with the league's rules": the parse read "line" as a noun, "up" as its particle.
    nlp = spacy.blank("en")
    words = ["the", "club", "budget", "line", "up", "with", "rules"]
    doc = Doc(nlp.vocab, words=words, pos=["DET", "NOUN", "NOUN", "NOUN", "ADP", "ADP", "NOUN"],
              deps=["det", "compound", "compound", "nsubj", "prt", "prep", "pobj"], heads=[3, 3, 3, 3, 3, 3, 5])
    assert [t.text for t in _trim(doc[:4], LabelConfig(), profile=english())] == ["club", "budget"]
    # A noun no particle follows stays.
    doc = Doc(nlp.vocab, words=["the", "club", "budget", "line", "with", "rules"],
              pos=["DET", "NOUN", "NOUN", "NOUN", "ADP", "NOUN"],
              deps=["det", "compound", "compound", "nsubj", "prep", "pobj"], heads=[3, 3, 3, 3, 3, 4])
    assert [t.text for t in _trim(doc[:4], LabelConfig(), profile=english())] == ["club", "budget", "line"]
    # A particle after a verb's object is the verb's: "send the match tickets out".
    doc = Doc(nlp.vocab, words=["send", "the", "match", "tickets", "out"], pos=["VERB", "DET", "NOUN", "NOUN", "ADP"],
              deps=["ROOT", "det", "compound", "dobj", "prt"], heads=[0, 3, 3, 0, 0])
    assert [t.text for t in _trim(doc[1:4], LabelConfig(), profile=english())] == ["match", "tickets"]

"""Issue 28, labels: no key phrase is a fragment cut out of a phrase or a name.

The examples are written for these tests: a sports club's briefing and a city hall's.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_candidates import _guessed_phrases, _single_words, _trim
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_debris import is_cut, is_source
from extractor.topics.label_fitness import _fit
from extractor.topics.label_heading import heading
from extractor.topics.label_questions import _asked_nouns, _asking_parts
from extractor.topics.label_ranking import _Tally


def test_words_before_a_determiner_qualify_the_clause_not_the_noun():
    # "as tough a fight": "tough" is said of the fight, in the clause; the noun phrase opens at "a".
    words = ["as", "tough", "a", "fight"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["ADV", "ADJ", "DET", "NOUN"])
    assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == ["fight"]
    words = ["the", "stadium", "budget"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["DET", "NOUN", "NOUN"])
    assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == ["stadium", "budget"]


def test_a_guessed_phrase_is_not_cut_inside_a_name():
    # The first sentence is tagged (the model ran there); the second is not, and its phrases are guessed.
    tagged = [("Those", "DET"), ("times", "NOUN"), ("the", "DET"), ("roof", "NOUN"), ("leaked", "VERB"), (".", "PUNCT")]
    untagged = "The club told the Riverside Sports Times about the stadium roof .".split()
    words = [w for w, _ in tagged] + untagged
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
              sent_starts=[True] + [False] * 5 + [True] + [False] * (len(untagged) - 1))
    phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                             profile=english())]
    # "Times" says when elsewhere, but here it ends the newspaper's name: "Riverside Sports" is a fragment.
    assert phrases == ["stadium roof"]


def test_a_guessed_phrase_whose_head_is_a_word_of_talk_is_none():
    tagged = [("The", "DET"), ("roof", "NOUN"), ("budget", "NOUN"), (".", "PUNCT")]
    for talk in ("point", "points"):
        untagged = f"The harbour budget {talk} is the stadium roof .".split()
        words = [w for w, _ in tagged] + untagged
        doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
                  sent_starts=[True, False, False, False, True] + [False] * (len(untagged) - 1))
        phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                                 profile=english())]
        # "point" says nothing of the subject; "harbour budget" left without it modifies what is cut off.
        assert phrases == ["stadium roof"], talk


# --- the question's subject, read by the tagger, and what the answer takes up ----------------------


def _fake_tagger(parts_of_speech: dict[str, str]):
    """A tagger that reads each blank-separated word by ``parts_of_speech`` (a noun where not given)."""

    def tag(sentences, at=None):
        out = []
        for sentence in sentences:
            offset, tokens = 0, []
            for word in sentence.split(" "):
                tokens.append((offset, parts_of_speech.get(word, "NOUN")))
                offset += len(word) + 1
            out.append(tokens)
        return out

    return tag


def _untagged_briefing():
    """A city hall's briefing: one tagged sentence, then a question and its answer the model did not tag."""
    tagged = [("The", "DET"), ("council", "NOUN"), ("met", "VERB"), (".", "PUNCT")]
    untagged = "Will the council scrap the congestion levy ? The congestion levy stays until the tram opens .".split()
    words = [w for w, _ in tagged] + untagged
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
              sent_starts=[True, False, False, False, True] + [False] * 7 + [True] + [False] * (len(untagged) - 9))
    question = (doc[4].idx, doc[11].idx + 1)
    return doc, question


def test_a_noun_the_tagger_reads_in_the_opening_question_ends_guessed_phrases():
    doc, question = _untagged_briefing()
    classes = WordClasses.of(doc, profile=english())
    tag = _fake_tagger({"Will": "AUX", "the": "DET", "scrap": "VERB", "?": "PUNCT"})
    nouns = _asked_nouns(doc, tag, [question])
    assert "levy" in nouns and "scrap" not in nouns
    # "levy" was tagged nowhere: without the question's reading no guessed phrase ends in it.
    before = [surface for _, _, surface in _guessed_phrases(doc, classes, profile=english())]
    after = [surface for _, _, surface in _guessed_phrases(doc, classes, nouns=nouns, profile=english())]
    assert "congestion levy" not in before
    assert after.count("congestion levy") == 2


def test_a_phrase_of_the_question_the_answer_never_takes_up_is_its_preface():
    # "Any fresh insight on the ferry timetable?" The answer speaks of the ferry timetable, never of insight.
    phrases = [(0, "fresh insight", "fresh insight"), (20, "ferry timetable", "ferry timetable"),
               (60, "ferry timetable", "ferry timetable"), (80, "harbour wall", "harbour wall")]
    config = LabelConfig()
    tally = _Tally.of(phrases, [(0, 100)], config, Ranges([(0, 40)]), Ranges([(0, 40)]))
    choice = tally.choice(0, frozenset(), config)
    assert choice.unanswered(tally, 0) == {"fresh insight"}
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], unanswered={"fresh insight"},  # noqa: E731
                              profile=english())
    assert fit("fresh insight") > fit("harbour wall") == 0
    assert heading(["fresh insight", "harbour wall"], "", set(), asked=["fresh insight"], fit=fit,
                   profile=english()) == "Harbour wall"


def test_where_the_answer_takes_up_none_of_the_questions_phrases_none_is_a_preface():
    # The answer may speak of the subject in its own words: nothing is set aside.
    phrases = [(0, "retail theft", "retail theft"), (60, "police officer", "police officers")]
    config = LabelConfig()
    tally = _Tally.of(phrases, [(0, 100)], config, Ranges([(0, 40)]), Ranges([(0, 40)]))
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0) == set()


def test_a_phrase_said_only_before_the_question_asks_and_never_taken_up_is_its_preface():
    # "Congratulations on the cup final. And what now for Riverside?" The answer is on Riverside, a name of
    # one word: the preface is set aside though the answer takes up no phrase of several words.
    phrases = [(20, "cup final", "cup final"), (60, "riverside", "Riverside"),
               (110, "riverside", "Riverside"), (150, "ticket prices", "ticket prices")]
    config = LabelConfig()
    question, asks = Ranges([(0, 80)]), Ranges([(35, 80)])
    tally = _Tally.of(phrases, [(0, 200)], config, question, question, asking=asks)
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0) == {"cup final"}
    # A preface the answer comes back to sets the scene of the subject: nothing is set aside.
    tally = _Tally.of([*phrases, (170, "cup final", "cup final")], [(0, 200)], config, question, question,
                      asking=asks)
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0) == set()
    # Nor where the answer says a word of it in no key phrase ("the final was a great day"), a form of it too.
    tally = _Tally.of(phrases, [(0, 200)], config, question, question, asking=asks)
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0, {"the", "finals", "riverside"}) == set()
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0, {"the", "riverside"}) == {"cup final"}
    # Where what the answer takes up from the sentence that asks is a lone common noun ("does the club keep
    # that promise?"), the sentence points back at the preface: nothing is set aside.
    pointing = [(20, "cup final", "cup final"), (60, "promise", "promise"), (110, "promise", "promise")]
    tally = _Tally.of(pointing, [(0, 200)], config, question, question, asking=asks)
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0) == set()
    # Nor where what the answer takes up from it is a person's name ("what does Berg say?"), nor where the
    # preface comes back to its phrase (a scene set twice).
    named = [(20, "cup final", "cup final"), (60, "berg", "Berg"), (110, "berg", "Berg")]
    tally = _Tally.of(named, [(0, 200)], config, question, question, asking=asks)
    choice = tally.choice(0, frozenset(), config)
    assert choice.unanswered(tally, 0, named=lambda phrase: phrase == "Berg") == set()
    assert choice.unanswered(tally, 0) == {"cup final"}
    twice = [(5, "cup final", "cup final"), *phrases]
    tally = _Tally.of(twice, [(0, 200)], config, question, question, asking=asks)
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0) == set()
    # Where every sentence of the question asks, it has no preface.
    tally = _Tally.of(phrases, [(0, 200)], config, question, question, asking=question)
    assert tally.choice(0, frozenset(), config).unanswered(tally, 0) == set()


def test_a_question_run_on_as_one_sentence_asks_in_its_parts_that_end_in_a_question_mark():
    # Where the model did not parse, the greeting and the question are one sentence.
    words = ["Hi", ",", "Ana", ".", "Congratulations", "on", "the", "final", ".", "\n\n", "Any", "news", "on",
             "the", "lease", "?", "Thanks", "."]
    spaces = [False, True, False, True, True, True, True, False, False, False, True, True, True, True, False, True,
              False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=[i == 0 for i in range(len(words))])
    text = doc.text
    starts = [t.idx for t in doc]
    parts = _asking_parts(doc, starts, 0, len(text))
    assert [text[a:b].strip() for a, b in parts] == ["Any news on the lease?"]
    # No part asks: the whole question.
    plain = text.replace("?", ".")
    doc = Doc(spacy.blank("en").vocab, words=[w.replace("?", ".") for w in words], spaces=spaces,
              sent_starts=[i == 0 for i in range(len(words))])
    assert _asking_parts(doc, starts, 0, len(plain)) == [(0, len(plain))]


# --- a lone word said in full -------------------------------------------------------------------------


def test_a_lone_word_heading_is_said_in_full_where_a_phrase_of_the_segment_ends_in_it():
    fit = lambda phrase: 0  # noqa: E731
    assert heading(["levy", "congestion levy"], "", set(), fit=fit, profile=english()) == "Congestion levy"


def test_a_guessed_phrase_whose_head_is_a_number_word_is_none():
    tagged = [("The", "DET"), ("roof", "NOUN"), ("ones", "NOUN"), (".", "PUNCT")]
    untagged = "Two clear ones on the stadium roof .".split()
    words = [w for w, _ in tagged] + untagged
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
              sent_starts=[True, False, False, False, True] + [False] * (len(untagged) - 1))
    phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                             profile=english())]
    # "ones" stands for questions asked before: "clear ones" names nothing.
    assert phrases == ["stadium roof"]


def test_only_the_asking_sentences_of_an_opening_question_are_tagged():
    # A preface ("The ferry ran late .") sets the scene; the sentence that asks names the subject.
    tagged = [("The", "DET"), ("council", "NOUN"), ("met", "VERB"), (".", "PUNCT")]
    preface = "The ferry ran late .".split()
    asking = "Will the council scrap the congestion levy ?".split()
    words = [w for w, _ in tagged] + preface + asking
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * (len(words) - 4),
              sent_starts=[True, False, False, False, True] + [False] * 4 + [True] + [False] * 7)
    seen: list[str] = []
    fake = _fake_tagger({"Will": "AUX", "the": "DET", "scrap": "VERB", "?": "PUNCT", "ran": "VERB", "late": "ADV"})

    def tag(sentences, at=None):
        seen.extend(sentences)
        return fake(sentences, at)

    nouns = _asked_nouns(doc, tag, [(doc[4].idx, doc[-1].idx + 1)])
    assert seen == ["Will the council scrap the congestion levy ?"]
    assert "levy" in nouns and "ferry" not in nouns
    # A question without a question mark is read whole.
    seen.clear()
    _asked_nouns(doc, tag, [(doc[4].idx, doc[-2].idx + len(doc[-2]))])
    assert seen == ["The ferry ran late . Will the council scrap the congestion levy"]


def test_a_word_the_model_read_as_comparing_opens_no_guessed_phrase():
    # The first sentence is tagged, "safer" a comparative there; in the untagged second it would open a phrase.
    tagged = [("Safer", "ADJ"), ("crossings", "NOUN"), ("came", "VERB"), (".", "PUNCT")]
    untagged = "The council spoke of safer crossings near the school .".split()
    words = [w for w, _ in tagged] + untagged
    morphs = ["Degree=Cmp"] + [""] * (len(words) - 1)
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
              morphs=morphs, sent_starts=[True] + [False] * 3 + [True] + [False] * (len(untagged) - 1))
    phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                             profile=english())]
    # "safer crossings" weighs crossings against others; what the council talks of is the crossings.
    assert phrases == ["crossings"]


def test_a_guessed_phrase_goes_on_across_one_line_break():
    # A transcript wrapped at a fixed width breaks a line inside a name; a blank line ends a paragraph.
    tagged = [("The", "DET"), ("Board", "PROPN"), ("met", "VERB"), (".", "PUNCT")]
    for gap, expected in (("\n", ["Harbour Board"]), ("\n\n", ["Harbour", "Board"])):
        untagged = ["We", "asked", "the", "Harbour", gap, "Board", "again", "."]
        words = [w for w, _ in tagged] + untagged
        spaces = [True] * len(words)
        spaces[words.index("Harbour")] = False
        spaces[words.index(gap)] = False
        doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
                  pos=[p for _, p in tagged] + [""] * len(untagged),
                  sent_starts=[True] + [False] * 3 + [True] + [False] * (len(untagged) - 1))
        phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                                 profile=english())]
        assert phrases == expected, repr(gap)


def test_a_phrase_the_transcript_cuts_off_with_a_stage_direction_is_a_fragment():
    text = "Is the club ready for a prior contract (inaudible) with the league? The stadium roof (laughter) is fine."
    at = text.index("prior contract")
    assert is_cut(text, at, "prior contract", profile=english())
    # A bracket that is not a stage direction of talk explains the phrase: it is whole.
    # A name is whole before it: it does not go on.
    text = "Any news of the ferry at Valletta (inaudible) today?"
    assert not is_cut(text, text.index("Valletta"), "Valletta", profile=english())
    text = "The Harbour Levy Act (HLA) passed."
    assert not is_cut(text, text.index("Harbour Levy Act"), "Harbour Levy Act", profile=english())


def test_a_phrase_that_names_where_a_report_comes_from_is_a_source_not_a_subject():
    text = "According to the Riverside Gazette, the stadium roof leaks."
    assert is_source(text, text.index("Riverside Gazette"), profile=english())
    assert not is_source(text, text.index("stadium roof"), profile=english())


def test_a_chunk_keeps_the_first_word_of_a_name_that_alone_would_open_no_phrase():
    # "First" (a number) and "New" (a generic modifier) open no phrase, but here they open a name the
    # recogniser found: cut off, "Harbour Bank" and "Amsterdam" would be fragments of it.
    vocab = spacy.blank("en").vocab
    for words, pos, ents, want in (
            (["the", "First", "Harbour", "Bank"], ["DET", "PROPN", "PROPN", "PROPN"],
             ["O", "B-ORG", "I-ORG", "I-ORG"], ["First", "Harbour", "Bank"]),
            (["New", "Amsterdam", "ferries"], ["PROPN", "PROPN", "NOUN"], ["B-GPE", "I-GPE", "O"],
             ["New", "Amsterdam", "ferries"]),
            # No name: the generic modifier still goes.
            (["new", "ferry", "fares"], ["ADJ", "NOUN", "NOUN"], ["O", "O", "O"], ["ferry", "fares"])):
        doc = Doc(vocab, words=words, pos=pos, ents=ents)
        assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == want


def _guessed(untagged: str) -> list[str]:
    """The guessed phrases of ``untagged``, a sentence the model did not tag, after a tagged one that shows
    "new" and "official" as adjectives and "bank" and "ferries" as nouns."""
    tagged = [("The", "DET"), ("new", "ADJ"), ("official", "ADJ"), ("bank", "NOUN"), ("ferries", "NOUN"),
              ("sailed", "VERB"), (".", "PUNCT")]
    rest = untagged.split()
    words = [w for w, _ in tagged] + rest
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(rest),
              sent_starts=[True] + [False] * (len(tagged) - 1) + [True] + [False] * (len(rest) - 1))
    return [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                         profile=english())]


def test_a_guessed_phrase_keeps_the_first_word_of_a_name():
    # Untagged: "New" is known as an adjective, which opens no phrase, but it opens the city's name here.
    assert "New Amsterdam ferries" in _guessed("Is the money for New Amsterdam ferries ?")
    # At the start of its sentence, a capital says nothing: the generic modifier goes.
    assert _guessed("New bank ferries will sail .") == ["bank ferries"]


def test_a_guessed_name_left_without_the_head_it_modified_is_the_name_alone():
    # "official" is known as an adjective: cut off as no head, it leaves "senior Harbour Board", where
    # "senior" was said of the official, not of the board.
    assert _guessed("Did a senior Harbour Board official confirm it ?") == ["Harbour Board"]


def test_a_title_before_a_guessed_name_stays_off_the_phrase():
    # "President" (of the ferry company) is an office and a word of talk, which opens no phrase: before a name
    # it stays off too (who holds the office is no subject).
    assert not any(p.startswith("President") for p in _guessed("Did President Lind request ferries ?"))


def test_a_name_a_word_of_report_follows_is_a_source_not_a_subject():
    text = "The Riverside Herald reported that the stadium roof leaks. Is a Harbourside Post poll right?"
    for name in ("Riverside Herald", "Harbourside Post"):
        assert is_source(text, text.index(name), profile=english(), phrase=name)
    # A name no word of report follows, and an acronym before one (what is reported on), are no sources.
    text = "The Riverside Herald is sold out. The GDP report came out."
    assert not is_source(text, text.index("Riverside Herald"), profile=english(), phrase="Riverside Herald")
    assert not is_source(text, text.index("GDP"), profile=english(), phrase="GDP")
    # Nor a subject's phrase in lower case before one ("the stadium budget report").
    text = "The stadium budget report is out."
    assert not is_source(text, text.index("stadium budget"), profile=english(), phrase="stadium budget")


def test_a_name_before_a_noun_of_report_is_what_is_reported_on_unless_it_names_an_outlet():
    # "the Lindqvist review", "the Baltic story": what the report or story is about; "a Coastal Radio story":
    # the outlet that tells it.
    text = "Did you read the Lindqvist report on the ferries? And the Baltic story? A Coastal Radio story says so."
    assert not is_source(text, text.index("Lindqvist"), profile=english(), phrase="Lindqvist")
    assert not is_source(text, text.index("Baltic"), profile=english(), phrase="Baltic")
    assert is_source(text, text.index("Coastal Radio"), profile=english(), phrase="Coastal Radio")


def test_a_name_after_an_interview_with_is_a_source():
    text = "In her interview with Coastal Radio, the coach spoke of the stadium roof."
    assert is_source(text, text.index("Coastal Radio"), profile=english())


def test_a_name_where_it_is_the_source_of_a_report_makes_up_no_keyword():
    words = "Is it true , as Gazetteer reported , that ferries stop ? Ferries stop .".split()
    pos = ["AUX", "PRON", "ADJ", "PUNCT", "SCONJ", "PROPN", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT",
           "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words],
              sent_starts=[w in ("Is", "Ferries") for w in words])
    made_up = _single_words(doc, 0, len(doc.text), [], frozenset(), [], WordClasses.of(doc, profile=english()),
                            wanted=3, profile=english())
    assert "ferry" in made_up or "ferries" in made_up
    assert "Gazetteer" not in made_up


def test_a_chunk_cut_before_the_last_word_of_a_name_makes_no_phrase():
    # "Times" says when elsewhere, but here it ends the newspaper's name: "Harbour City" would be a fragment.
    words, pos = ["the", "Harbour", "City", "Times"], ["DET", "PROPN", "PROPN", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG"])
    assert _trim(doc[:], LabelConfig(), profile=english()) == []
    # Outside a name, a word of when after others still goes ("the vote yesterday" is about the vote).
    doc = Doc(spacy.blank("en").vocab, words=["the", "harbour", "vote", "today"], pos=["DET", "NOUN", "NOUN", "NOUN"])
    assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == ["harbour", "vote"]

"""Labels: a bare name or a word or two said with what the question that opens the segment asks of it.

The examples are written for these tests: a central bank's press conference, a ministry's briefing, a city hall's,
a football club's, a company's. The questions' words are given with the parts of speech the model's tagger gives.
"""
from __future__ import annotations

import re

from extractor.lang.profile import english
from extractor.topics.label_asked import _asked_of, _gerund


def _words(tagged: str) -> tuple[list[tuple[int, str, str]], str]:
    """``(offset, text, POS)`` of each word of ``"Will/AUX the/DET board/NOUN ..."``, and the text they make."""
    words, text = [], ""
    for item in tagged.split():
        word, pos = item.rsplit("/", 1)
        if text and not re.fullmatch(r"[?.,!]|'s", word):
            text += " "
        words.append((len(text), word, pos))
        text += word
    return words, text


def _asked(label: str, tagged: str) -> str | None:
    words, text = _words(tagged)
    return _asked_of(label, words, text, profile=english())


def test_a_body_the_question_asks_will_act_is_said_with_the_act_and_its_object():
    # A ministry: "Will the ministry approve the new harbour levy?"
    assert _asked("Ministry", "Will/AUX the/DET ministry/NOUN approve/VERB the/DET new/ADJ harbour/NOUN "
                              "levy/NOUN ?/PUNCT") == "ministry approving new harbour levy"
    # A central bank, a preposition after the verb: "How will the Reserve Bank rule on the reserve requirement?"
    assert _asked("Reserve Bank", "How/SCONJ will/AUX the/DET Reserve/PROPN Bank/PROPN rule/VERB on/ADP the/DET "
                                  "reserve/NOUN requirement/NOUN ?/PUNCT") == "Reserve Bank ruling on reserve requirement"


def test_a_verb_before_to_and_another_verb_gives_way_to_it():
    # A city hall: "Has Northgate agreed to take back the ferry contract?"
    assert _asked("Northgate", "Has/AUX Northgate/PROPN agreed/VERB to/PART take/VERB back/ADV the/DET ferry/NOUN "
                               "contract/NOUN ?/PUNCT") == "Northgate taking back ferry contract"


def test_the_subject_of_an_infinitive_a_verb_asks_of_it_is_said_with_the_act():
    # A central bank: "The plan relies on the Treasury to buy back those bonds. Is that enough?"
    assert _asked("Treasury", "relies/VERB on/ADP the/DET Treasury/PROPN to/PART buy/VERB back/ADP those/DET "
                              "bonds/NOUN ./PUNCT") == "Treasury buying back bonds"
    # The subject of the preface's sentence: "The club's board has voted to sell the training ground."
    assert _asked("Board", "The/DET board/NOUN has/AUX voted/VERB to/PART sell/VERB the/DET training/NOUN "
                           "ground/NOUN ./PUNCT") == "board selling training ground"
    assert _asked("Board", "The/DET board/NOUN sold/VERB the/DET training/NOUN ground/NOUN ./PUNCT") is None  # past
    # Not a subject joined to another: "what message the mayor and the club chair bring to the fans"
    assert _asked("Club chair", "what/PRON message/NOUN the/DET mayor/NOUN and/CCONJ the/DET club/NOUN chair/NOUN "
                                "bring/VERB to/ADP the/DET fans/NOUN ?/PUNCT") is None
    # Not where the name is where someone goes: "Is she travelling to the city to meet the mayor?"
    assert _asked("City", "Is/AUX she/PRON travelling/VERB to/ADP the/DET city/NOUN to/PART meet/VERB the/DET "
                          "mayor/NOUN ?/PUNCT") is None
    # A past form after an adverb: "Has the ministry already held the union talks?" (its bare form is not sure).
    assert _asked("Ministry", "Has/AUX the/DET ministry/NOUN already/ADV held/VERB the/DET union/NOUN talks/NOUN "
                              "?/PUNCT") is None


def test_a_phrase_the_question_asks_someone_will_act_on_is_said_with_the_act():
    # A company: "But will she be meeting with the union leaders while she's in town?"
    assert _asked("Union leaders", "But/CCONJ will/AUX she/PRON be/AUX meeting/VERB with/ADP the/DET union/NOUN "
                                   "leaders/NOUN while/SCONJ she/PRON 's/AUX in/ADP town/NOUN ?/PUNCT"
                  ) == "meeting with union leaders"


def test_no_heading_where_the_question_does_not_read_plainly():
    # The verb says nothing of what is at issue: "Can you tell us about the city hall?"
    assert _asked("City hall", "Can/AUX you/PRON tell/VERB us/PRON about/ADP city/NOUN hall/NOUN ?/PUNCT") is None
    # A pronoun for the object: "Will the ministry approve it?"
    assert _asked("Ministry", "Will/AUX the/DET ministry/NOUN approve/VERB it/PRON ?/PUNCT") is None
    # The object cut short: "Will the club sell the stadium naming rights deal to ..." (a noun follows the third).
    assert _asked("Club", "Will/AUX the/DET club/NOUN sell/VERB the/DET stadium/NOUN naming/NOUN rights/NOUN "
                          "deal/NOUN ?/PUNCT") is None
    # The object cut where a hyphen joins it to a name: "Will the ministry restore the Harbour-Rail act?"
    words, _ = _words("Will/AUX the/DET ministry/NOUN restore/VERB the/DET Harbour/PROPN -/PUNCT Rail/PROPN "
                      "act/NOUN ?/PUNCT")
    words[6:8] = [(words[5][0] + 7, "-", "PUNCT"), (words[5][0] + 8, "Rail", "PROPN")]
    assert _asked_of("Ministry", words, "Will the ministry restore the Harbour-Rail act?", profile=english()) is None
    # The object the head of a complement: "Will the company use the fund to ramp up production of turbines?"
    assert _asked("Fund", "Will/AUX the/DET company/NOUN use/VERB the/DET fund/NOUN to/PART ramp/VERB up/ADP "
                          "production/NOUN ?/PUNCT") is None
    assert _asked("Company", "Will/AUX the/DET company/NOUN ramp/VERB up/ADP production/NOUN of/ADP "
                             "turbines/NOUN ?/PUNCT") is None
    # A quotation: the words are someone's, not the question's.
    assert _asked("Ministry", 'Will/AUX the/DET ministry/NOUN approve/VERB the/DET "/PUNCT harbour/PROPN '
                              'levy/PROPN "/PUNCT ?/PUNCT') is None
    # A verb in a form other than its bare one or its progressive one: "Has the minister held the union talks?",
    # "Does she want the union talks?" (its bare form is not sure, or it is a question's idle verb).
    assert _asked("Union talks", "Has/AUX the/DET minister/NOUN held/VERB the/DET union/NOUN talks/NOUN ?/PUNCT") is None
    assert _asked("Union talks", "Does/AUX she/PRON want/VERB the/DET union/NOUN talks/NOUN ?/PUNCT") is None
    # The label the head of a longer phrase: "Will she entertain the notion of a stadium levy?"
    assert _asked("Notion", "Will/AUX she/PRON entertain/VERB the/DET notion/NOUN of/ADP a/DET stadium/NOUN "
                            "levy/NOUN ?/PUNCT") is None
    # An object that says where, not what: "Is the club's mood changing in areas like ticket sales?"
    assert _asked("Mood", "Is/AUX the/DET mood/NOUN changing/VERB in/ADP areas/NOUN like/ADP ticket/NOUN "
                          "sales/NOUN ?/PUNCT") is None
    # An auxiliary that opens no question: "The mayor is expected to be the harbour board chair." (a verb's
    # "-ing" form read for "chairing"), "There are no ferry firms operating at the port."
    assert _asked("Harbour board", "The/DET mayor/NOUN is/AUX expected/VERB to/PART be/AUX the/DET harbour/NOUN "
                                   "board/NOUN ranking/VERB member/NOUN ./PUNCT") is None
    assert _asked("Ferry firms", "There/PRON are/AUX no/DET ferry/NOUN firms/NOUN operating/VERB at/ADP the/DET "
                                 "port/NOUN ./PUNCT") is None
    # The name not the subject of an asking auxiliary: "Do you think the ministry will approve the levy?"
    assert _asked("Ministry", "Do/AUX you/PRON think/VERB the/DET ministry/NOUN will/AUX approve/VERB the/DET "
                              "levy/NOUN ?/PUNCT") is None


def test_a_verbs_progressive_form_follows_its_spelling():
    profile = english()
    assert [_gerund(v, profile=profile) for v in ("rule", "stop", "meet", "agree", "tie", "sign", "visiting")] == [
        "ruling", "stopping", "meeting", "agreeing", "tying", "signing", "visiting"]
    assert _gerund("bring", bare=False, profile=profile) is None  # no progressive form
    assert _gerund("agreed", profile=profile) is None  # a past form: its bare form is not sure
    assert _gerund("held", bare=False, profile=profile) is None and _gerund("wants", bare=False, profile=profile) is None


def test_the_preface_of_a_question_is_read_where_it_says_the_label():
    import spacy

    from extractor.topics.label_questions import _preface_words

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "The levy plan relies on the Treasury to buy back the bonds. Is that enough? Will the board agree?"
    doc = nlp(text)
    spans = _preface_words(doc, (0, len(text)), "treasury")
    # Only the sentence that does not ask and says the label.
    assert [text[a:b].strip() for a, b in spans] == ["The levy plan relies on the Treasury to buy back the bonds."]
    assert _preface_words(doc, (0, len(text)), "board") == []  # said only where the question asks

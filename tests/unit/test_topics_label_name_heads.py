"""Issue 28, labels: a bare name heads a segment as what its mentions are said of, read on the words around them
where no key phrase of the segment holds it (a question the model did not run on).

The examples are written for these tests: a city council's briefing, a football club's press conference, a
company's results call.
"""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_heading import heading
from extractor.topics.label_names import _about_the_name

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit

_TAGS = {"q": "X", "a": "X", "is": "AUX", "are": "AUX", "was": "AUX", "will": "AUX", "have": "AUX", "has": "AUX",
         "the": "DET", "a ": "DET", "at": "ADP", "on": "ADP", "in": "ADP", "with": "ADP", "to": "ADP", "of": "ADP",
         "you": "PRON", "we": "PRON", "it": "PRON", "there": "PRON", "been": "AUX", "signed": "VERB",
         "start": "VERB", "spoke": "VERB", "new": "ADJ", "any": "DET", "'s": "PART", "’s": "PART", "and": "CCONJ",
         "may": "PROPN", "touch": "NOUN", "members": "NOUN", "update": "NOUN", "duties": "NOUN", "anti": "ADJ", "dumping": "NOUN", "follow": "NOUN", "up": "NOUN", "follow-up": "NOUN", "budget": "NOUN", "cuts": "NOUN",
         "stadium": "NOUN", "deal": "NOUN", "pension": "NOUN", "fund": "NOUN", "outlook": "NOUN",
         "members of": "NOUN", "once": "ADV", "more": "ADV", "today": "NOUN", "short": "ADJ", "fine": "ADJ", "spoken": "VERB", "fit": "ADJ", "poll": "NOUN", "ferries": "NOUN", "workers": "NOUN", "old": "ADJ"}


def _doc(text: str) -> Doc:
    """``text`` tokenised on words (hyphens apart, as spaCy does), each tagged: a capitalised word a name."""
    matches = list(re.finditer(r"\w+|['’]s|[^\w\s]", text))
    words = [m.group() for m in matches]
    spaces = [m.end() < len(text) and text[m.end()].isspace() for m in matches]
    pos = [_TAGS.get(w.lower(), "PROPN" if w[:1].isupper() else "PUNCT" if not w[:1].isalnum() else "NOUN")
           for w in words]
    lemmas = [w.lower().rstrip("s") if p == "NOUN" and w != "members" else "member" if w == "members" else w.lower()
              for w, p in zip(words, pos)]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas)


def _rank(phrase: str) -> int:
    """Several words first, a capitalised word next (a name), a lone common noun last."""
    return 0 if " " in phrase else 1 if phrase[:1].isupper() else UNFIT


def _about(name: str, text: str, question_ends: str = "A:") -> str | None:
    doc = _doc(text)
    phrases = [(m.start(), name.lower(), name) for m in re.finditer(re.escape(name), text)]
    return _about_the_name(name, phrases=phrases, text=text, span=(0, len(text)),
                           opened=Ranges([(0, text.index(question_ends))]), fit=_rank, config=LabelConfig(),
                           profile=english(), doc=doc, classes=WordClasses.of(doc, profile=english()))


def test_a_name_takes_the_nouns_a_preposition_ties_to_it_where_no_phrase_holds_them():
    text = ("Q: Is there any news on the budget cuts at the City Council? "
            "A: The budget cuts at the City Council start in May.")
    assert _about("City Council", text) == "budget cuts at the City Council"


def test_a_group_a_preposition_ties_to_a_name_is_a_subject_where_it_is_said_with_what_sets_it_apart():
    text = "Q: Are the new members of Rovers fit? A: The new members of Rovers are fit."
    assert _about("Rovers", text) == "new members of Rovers"


def test_a_word_of_hyphens_before_the_nouns_is_kept_whole():
    text = "Q: Will there be anti-dumping duties on Norcom? A: The anti-dumping duties on Norcom start in May."
    assert _about("Norcom", text) == "anti-dumping duties on Norcom"


def test_a_name_takes_the_nouns_it_modifies_or_owns():
    text = "Q: Has the Rovers stadium deal been signed? A: It has been signed."
    assert _about("Rovers", text) == "Rovers stadium deal"
    text = "Q: Is Norcom's pension fund short? A: Norcom's pension fund is in surplus."
    assert _about("Norcom", text) == "Norcom's pension fund"


def test_a_name_said_once_in_an_answer_or_tied_to_people_talk_or_an_idiom_stays_bare():
    # Said once, outside the question: a passing mention.
    assert _about("Rovers", "Q: Any news today? A: The Rovers stadium deal has been signed.") is None
    # A body's own people, a word of talk, an idiom's noun say nothing of it.
    assert _about("Norcom", "Q: Are the Norcom members spoken to? A: The Norcom members are.") is None
    assert _about("Norcom", "Q: Have you spoken to members of Norcom? A: We spoke to members of Norcom.") is None
    assert _about("Norcom", "Q: A follow-up on Norcom? A: A follow-up on Norcom is fine.") is None
    assert _about("Norcom", "Q: Have you been in touch with Norcom? A: We are in touch with Norcom.") is None
    # The name modifies what the preposition ties: "ferries for Norcom workers" are not "ferries for Norcom" (and a
    # body's own people say nothing of it).
    text = "Q: Are there ferries for Norcom workers? A: There are ferries for Norcom workers in May."
    assert _about("Norcom", text) is None
    # The first word of a longer name, which the transcript breaks across lines.
    text = "Q: Is there a poll from the Northgate\nGazette? A: The poll from the Northgate\nGazette is old."
    assert _about("Northgate", text) is None


def test_a_name_of_several_words_is_turned_into_what_is_said_of_it_too():
    seen = []

    def about(name: str) -> str | None:
        seen.append(name)
        return "budget cuts at the City Council" if name == "City Council" else None

    assert heading(["City Council", "cuts"], "", set(), fit=_rank, about=about,
                   profile=english()) == "Budget cuts at the City Council"
    assert seen == ["City Council"]


def test_a_name_takes_its_own_nouns_with_an_adjective_between():
    # A football club: the question asks about the club's old stadium deal; its owner's "'s", then an adjective.
    text = "Q: Will Riverside's old stadium deal hold? A: We expect it to."
    assert _about("Riverside", text) == "Riverside's old stadium deal"
    # An adjective with no noun after it describes the club itself: nothing is said of it.
    text = "Q: Is Riverside's squad fit? A: Riverside's is fine."
    assert _about("Riverside", text) == "Riverside's squad"


def test_a_generic_modifier_between_the_owner_and_its_nouns_is_left_out():
    # A company's results call: "the current" says nothing of the dividend plan; the label keeps the plan.
    text = "Q: Is Ardent's current dividend plan safe? A: Ardent's dividend plan is safe."
    assert _about("Ardent", text) == "Ardent's dividend plan"

"""A bare heading said with what the question that opens the segment asks of it: "Harbour Board approving dredging
plan" where a question asks "will the Harbour Board approve the dredging plan?", not "Harbour Board".
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang.profile import Profile
from .features import word_lemma
from .label_words import _vague_heads

#: The most words of the phrase a question's verb takes (an adjective and nouns), and of a heading built.
_OBJECT_WORDS = 3
_HEADING_WORDS = 7
#: Marks of a quotation: a heading is never built across one (the words are someone's, not the question's).
_QUOTES = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
#: Parts of speech (the model's universal tags) a phrase is built of, and those that may end one.
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
_HEADS = frozenset({"NOUN", "PROPN"})
#: What may follow a complete phrase: the end of the sentence, a mark, a conjunction, a preposition.
_AFTER = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP"})


def _asked_of(label: str, words: Sequence[tuple[int, str, str]], text: str, *, profile: Profile) -> str | None:
    """The heading ``label`` (a bare name, a word or two) with what the question asks of it, in the question's own
    words, where the question (its sentences that ask, ``words``: ``(offset, text, POS)``) reads plainly:

    - the label is the subject, after an auxiliary ("will the Harbour Board approve the dredging plan?"): the label,
      the verb as a gerund and its object ("Harbour Board approving dredging plan"); a verb before "to" and another
      verb ("has the club agreed to sell the ground?") gives way to that verb ("club selling ground"); so too
      the subject of an infinitive a verb asks of it ("do you expect the board to approve the plan?"), and the
      subject of a sentence of the question's preface ("The board has voted to sell the ground.");
    - the label is the object, after the verb of a personal pronoun in an asking order ("will she meet the bank
      governors?", "will he be meeting with"):
      the verb as a gerund, its preposition, the label ("Meeting bank governors").

    The object is a phrase of at most :data:`_OBJECT_WORDS` nouns and adjectives (its article left out) ending in a
    noun, complete (the sentence, a mark, a conjunction or a preposition follows), no pronoun; the verb is none of a
    question's idle verbs (vocabularies ``idle_question_verbs``, ``light_verbs``, ``hedge_verbs``,
    ``telling_verbs``: "can you tell us", "do you think"); no quotation between. None where it does not read so."""
    names = label.lower().split()
    lowered = [w.lower() for _, w, _ in words]
    n = len(names)
    for i in range(len(words) - n + 1):
        if lowered[i:i + n] != names and not (lowered[i:i + n - 1] == names[:-1]
                                              and _same_word(lowered[i + n - 1], names[-1])):
            continue
        found = _as_subject(words, i, i + n, profile=profile) or _as_object(words, i, i + n, profile=profile)
        if found is None:
            continue
        built, lo, hi = found
        if _QUOTES.search(text, lo, hi) is None and len(built.split()) <= _HEADING_WORDS:
            return built
    return None


def _same_word(said: str, label: str) -> bool:
    """Whether a word of the question is the label's word in another number ("attacks" of "attack")."""
    return said.startswith(label) and len(said) - len(label) <= 2


def _idle(word: str, *, profile: Profile) -> bool:
    lemma = word.lower()
    idle = (profile.words("idle_question_verbs") | profile.words("light_verbs") | profile.words("hedge_verbs")
            | profile.words("telling_verbs"))
    forms = {lemma, _bare(lemma, profile=profile)}
    return bool(forms & idle)


def _bare(word: str, *, profile: Profile) -> str:
    """A verb's bare form from its progressive form, as near as spelling allows ("meeting" -> "meet")."""
    for ending in profile.words("progressive_endings"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[:-len(ending)]
    return word


def _bare_after(auxiliary: str, *, profile: Profile) -> bool:
    """Whether a verb an auxiliary asks with is in its bare form (vocabulary ``bare_form_auxiliaries``: "will",
    "did"; not "has", "is")."""
    return auxiliary.lower() in profile.words("bare_form_auxiliaries")


def _gerund(verb: str, *, bare: bool = True, profile: Profile) -> str | None:
    """A verb's progressive form: as the question writes it, or, where the verb is in its ``bare`` form (after
    "will", "did", "to"), spelled from it (vocabularies ``gerund_endings``, ``gerund_doubling``: "rule" ->
    "ruling", "stop" -> "stopping"). None for another form ("held", "wants", "agreed": the bare form is not sure)."""
    word = verb.lower()
    endings = sorted(profile.words("progressive_endings"), key=len, reverse=True)
    if any(word.endswith(e) and profile.pattern("progressive_stems").search(word[:-len(e)]) for e in endings):
        return word
    if not bare or not endings or not word.isalpha() or word.endswith(tuple(profile.words("past_endings"))):
        return None
    ending = endings[0]
    table = profile.table("gerund_endings")
    for end in sorted(table, key=len, reverse=True):
        if word.endswith(end):
            return word[:len(word) - len(end)] + table[end] + ending
    if profile.pattern("gerund_doubling").fullmatch(word):
        return word + word[-1] + ending
    return word + ending


def _phrase(words: Sequence[tuple[int, str, str]], j: int, *, profile: Profile) -> tuple[list[str], int] | None:
    """The nouns and adjectives from ``j`` (an article first skipped) that end in a noun and are complete, with
    the index after them; None where none such."""
    determiners = profile.words("articles") | profile.words("demonstratives") | profile.words("plural_demonstratives")
    if j < len(words) and words[j][2] == "DET" and words[j][1].lower() in determiners:
        j += 1
    k = j
    while k < len(words) and words[k][2] in _NOMINAL and k - j < _OBJECT_WORDS + 1:
        k += 1
    if k == j or k - j > _OBJECT_WORDS or words[k - 1][2] not in _HEADS:
        return None
    return ([w for _, w, _ in words[j:k]], k) if _complete(words, k, profile=profile) else None


def _complete(words: Sequence[tuple[int, str, str]], k: int, *, profile: Profile) -> bool:
    """Whether a phrase that ends before ``words[k]`` is complete: the sentence ends, or a mark, a conjunction or a
    preposition follows; not a mark that joins it to the next word ("Dodd" of "Dodd-Frank"), nor a preposition that
    ties a complement to it (vocabularies ``complement_prepositions``, ``name_of_prepositions``: "the notion of",
    "production of vaccines"), nor an owner's "'s" or "'" ("the reporters' records")."""
    if k >= len(words):
        return True
    offset, word, pos = words[k]
    # A mark between two words with no blank joins them ("Dodd-Frank").
    glued = (offset == words[k - 1][0] + len(words[k - 1][1]) and k + 1 < len(words)
             and words[k + 1][0] == offset + len(word))
    tying = profile.words("complement_prepositions") | profile.words("name_of_prepositions")
    return pos in _AFTER and not glued and word.lower() not in tying and word not in ("'s", "’s", "'", "’")


def _as_subject(words: Sequence[tuple[int, str, str]], i: int, e: int, *, profile: Profile
                ) -> tuple[str, int, int] | None:
    """See :func:`_asked_of`: the label at ``i``..``e`` as the question's subject."""
    before = i - 1
    if before >= 0 and words[before][2] == "DET":
        before -= 1
    j, aux = e, before
    # First in its sentence or clause: after a mark, a conjunction of clauses ("if", "that"), or one of words that
    # does not join the label to a name or noun before it ("the president and the prime minister bring").
    stated = before < 0 or words[before][2] in ("PUNCT", "SCONJ") or (
        words[before][2] == "CCONJ" and (before == 0 or words[before - 1][2] not in _HEADS))
    infinitive = not stated and words[before][2] != "AUX"
    if stated:
        # The subject of a sentence of the question's preface ("The harbour board has voted to sell the ferries."):
        # its auxiliaries, then its verb.
        while j < len(words) and words[j][2] == "AUX" and j - e < 2:
            aux, j = j, j + 1
        if aux == before:
            aux = -1
    elif not infinitive and not _asks(words, before, profile=profile):
        return None
    if infinitive:
        # The subject of an infinitive a verb asks of it (vocabulary ``infinitive_subject_verbs``: "expect the board
        # to approve", "rely on the club to sell"; not "use the fund to buy"), not after a preposition of place or of
        # where one goes.
        places = (profile.words("location_prepositions") | profile.words("arrival_prepositions")
                  | profile.words("path_start_prepositions"))
        asking = profile.words("infinitive_subject_verbs")
        asks = (words[before][2] == "VERB" and words[before][1].lower() in asking) or (
            words[before][2] == "ADP" and words[before][1].lower() not in places and before > 0
            and words[before - 1][2] == "VERB" and words[before - 1][1].lower() in asking)
        if not (asks and j + 1 < len(words) and words[j][1].lower() in profile.words("infinitive_markers")
                and words[j + 1][2] == "VERB"):
            return None
        j += 1
    while j < len(words) and words[j][2] in ("ADV", "PART") and words[j][1].lower() not in profile.words(
            "infinitive_markers") and j - e < 2:
        j += 1
    if j >= len(words) or words[j][2] != "VERB":
        return None
    verb = first = j
    # A verb before "to" and another verb gives way to it ("agreed to take back").
    while (verb + 2 < len(words) and words[verb + 1][1].lower() in profile.words("infinitive_markers")
           and words[verb + 2][2] == "VERB"):
        verb += 2
    if _idle(words[verb][1], profile=profile):
        return None
    bare = infinitive or verb > first or (aux >= 0 and _bare_after(words[aux][1], profile=profile))
    gerund = _gerund(words[verb][1], bare=bare, profile=profile)
    if gerund is None:
        return None
    j = verb + 1
    particle = []
    if j < len(words) and words[j][2] in ("ADP", "ADV") and words[j][1].isalpha() and words[j][1].islower():
        particle = [words[j][1]]
        j += 1
    found = _phrase(words, j, profile=profile)
    if found is None:
        return None
    obj, k = found
    # An object whose noun says which share, what kind or where, and nothing of what ("changing in areas"):
    # vocabularies of :func:`_vague_heads`, ``generic_heads``, and ``place_nouns`` after a preposition.
    head = word_lemma(obj[-1].lower(), profile=profile)
    if head in _vague_heads(profile) | profile.words("generic_heads") or (particle and head in profile.words(
            "place_nouns")):
        return None
    label = " ".join(w for _, w, _ in words[i:e])
    return " ".join([label, gerund, *particle, *obj]), words[i][0], words[k - 1][0] + len(words[k - 1][1])


def _asks(words: Sequence[tuple[int, str, str]], k: int, *, profile: Profile) -> bool:
    """Whether the auxiliary at ``k`` opens a question (vocabularies ``inverted_auxiliaries``, ``asking_auxiliaries``,
    ``bare_form_auxiliaries``): first in its sentence, or after a mark, a conjunction or a question word (vocabulary
    ``question_words``: "how will the board rule"); not "there are the", "to be the"."""
    auxiliaries = (profile.words("inverted_auxiliaries") | profile.words("asking_auxiliaries")
                   | profile.words("bare_form_auxiliaries"))
    if words[k][1].lower() not in auxiliaries:
        return False
    return k == 0 or words[k - 1][2] in ("PUNCT", "CCONJ", "SCONJ") or words[k - 1][1].lower() in profile.words(
        "question_words")


def _as_object(words: Sequence[tuple[int, str, str]], i: int, e: int, *, profile: Profile
               ) -> tuple[str, int, int] | None:
    """See :func:`_asked_of`: the label at ``i``..``e`` as the object of the question's verb."""
    j = i - 1
    if j >= 0 and words[j][2] == "DET":
        j -= 1
    particle = []
    if j >= 0 and words[j][2] == "ADP" and words[j][1].isalpha() and words[j][1].islower():
        particle = [words[j][1]]
        j -= 1
    # A question that asks what someone will do: an auxiliary, a personal pronoun, another auxiliary or none, the
    # verb ("will he meet", "will she be meeting"); a subject that is not a person ("could this block") is no one
    # the heading may leave out.
    if j < 2 or words[j][2] != "VERB":
        return None
    subject = j - 1 if words[j - 1][2] == "PRON" else j - 2
    if (subject < 1 or words[subject][2] != "PRON" or words[subject][1].lower() not in profile.words(
            "personal_pronouns") or words[subject - 1][2] != "AUX" or (subject < j - 1 and words[j - 1][2] != "AUX")
            or not _asks(words, subject - 1, profile=profile)):
        return None
    if _idle(words[j][1], profile=profile):
        return None
    # The auxiliary the verb's form follows: right before it, or before its subject ("will he meet").
    gerund = _gerund(words[j][1], bare=_bare_after(words[j - 1 if subject < j - 1 else subject - 1][1],
                                                   profile=profile), profile=profile)
    if gerund is None:
        return None
    # The label complete: not the head of a longer phrase a preposition of its complement goes on ("the notion of").
    if not _complete(words, e, profile=profile):
        return None
    label = " ".join(w for _, w, _ in words[i:e])
    if not any(c.isupper() for c in label):
        label = label.lower()
    return " ".join([gerund, *particle, label]), words[j][0], words[e - 1][0] + len(words[e - 1][1])

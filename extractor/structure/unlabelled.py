"""Turns for transcripts without speaker labels (ECB style).

The body is an introductory statement, a marker ("We are now ready to take
your questions." and/or "* * *"), then questions and answers as paragraphs.
Each paragraph is read for the marks of a question put to the speaker: it
ends on a question (not a rhetorical tag such as "Why not?"), it holds one,
it announces itself as a question ("My second question is ...?"), it
opens on what the speaker said ("You said that ..."), it addresses "you"
more than it speaks for "we", it goes on with "And ..." after a question. A paragraph that speaks of
"your question" is an answer taking it up. Runs of question paragraphs are one reporter's turn; runs of
the others are the answer, however many paragraphs either takes, so a
two-paragraph question flips no later role. Speakers stay None: no names are
invented. A few paragraphs may still open with a label ("Vice-President:
..."); those start a labelled answer turn.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang.profile import Profile, alternation_of
from .config import RoleConfig, UnlabelledConfig
from .header import parse_date
from .label_kinds import is_asker_label
from .labels import Label
from .lines import Paragraph, paragraphs
from .roles import ends_on_question
from .types import Debris, Role, Turn

#: The sentence that ends an introductory statement.
_QA_MARKER = re.compile(
    r"(?:ready|happy|pleased|glad) to (?:take|answer) (?:your |any )?questions"
    r"|(?:open|turn) (?:the floor )?(?:up )?(?:for|to) (?:your )?questions",
    re.IGNORECASE,
)
#: A header line: short, with no sentence-final punctuation.
_SENTENCE_END = re.compile(r"[.?!:]\W*$")
_SENTENCE_BREAK = re.compile(r"[.?!…]+[\"”’)\]]*\s+")


def _cues(name: str, *, profile: Profile) -> re.Pattern[str]:
    # Built when asked, so that a vocabulary override is in force; ``re`` caches the compiled pattern.
    return re.compile(r"\b(?:" + profile.alternation(name) + r")\b", re.IGNORECASE)


def _announces(*, profile: Profile) -> re.Pattern[str]:
    """A paragraph announcing itself as a question: "I have two questions", "My second question is"; not
    "your second question", which takes one up."""
    not_taken_up = "".join(rf"(?<!{re.escape(w)} )" for w in sorted(profile.words("second_person_possessives")))
    return re.compile(not_taken_up + r"\b(?:" + profile.alternation("question_announcers") + r")\s+(?:\w+\s+)?(?:"
                      + profile.alternation("question_nouns") + r")\b", re.IGNORECASE)


def _takes_up(*, profile: Profile) -> re.Pattern[str]:
    """An answer taking a question up: "On your first question", "your question is"."""
    return re.compile(r"\b(?:" + profile.alternation("second_person_possessives") + r")\s+(?:\w+\s+)?(?:"
                      + profile.alternation("question_nouns") + r")\b", re.IGNORECASE)


def _goes_on(*, profile: Profile) -> re.Pattern[str]:
    # Capitalised, as a paragraph opens: "And what about ...", "Secondly, ...".
    openers = alternation_of(frozenset(w.capitalize() for w in profile.words("question_follow_ons")))
    return re.compile(r"\s*(?:" + openers + r")\b")


def header_end(text: str, paras: list[Paragraph], config: UnlabelledConfig, *, profile: Profile | None = None) -> int:
    """Return where the body starts: the first paragraph that reads like prose; in a text without a sentence
    mark (captions in capitals), the paragraph after the first that dates the event ("APRIL 16 2025"), a short
    one among the first ``config.header_dated_paragraphs``, before any paragraph of ``config.speech_words``."""
    for p in paras:
        s = text[p.start:p.end]
        if _SENTENCE_END.search(s) and len(s.split()) >= config.header_prose_words:
            return p.start
    if profile is not None:
        # Only a short paragraph among the first few, before any speech: a date said in speech ("THE CENTRES
        # WILL STAY OPEN UNTIL MAY 30 2025") ends no header.
        for k, p in enumerate(paras[:min(config.header_dated_paragraphs, len(paras) - 1)]):
            said = text[p.start:p.end]
            if len(said.split()) >= config.speech_words:
                break
            if parse_date(said, profile=profile):
                return paras[k + 1].start
    return paras[0].start if paras else 0


def question_score(s: str, after_question: bool = False, *, profile: Profile,
                   config: UnlabelledConfig | None = None) -> int:
    """Score how much a paragraph reads like a question put to the speaker (``UnlabelledConfig.question_score``
    or more: it does).

    Args:
        s: The paragraph.
        after_question: Whether the paragraph before it was a question (an "And ..." then goes on with it).
        profile: The language profile whose word lists it reads.
        config: How long a question tag is (the package's by default).
    """
    tail = s.rstrip()
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(tail)]
    last = tail[breaks[-1]:] if breaks else tail
    marks = s.count("?")
    tag_words = (config or UnlabelledConfig()).tag_words
    tag = last.endswith("?") and marks == 1 and len(last.split()) <= tag_words and bool(breaks)
    ends = last.endswith("?") and not tag
    holds = marks > 0 and not tag
    you = len(_cues("second_person", profile=profile).findall(s))
    we = len(_cues("first_person_plural", profile=profile).findall(s))
    # A question is announced at the paragraph's start; an answer may name one further on.
    opening = tail[:breaks[1]] if len(breaks) > 1 else tail
    score = ends + holds + (you > we)
    score += 2 * bool(holds and _announces(profile=profile).search(opening))
    score += bool(_cues("question_cues", profile=profile).search(s))
    score += bool(_cues("address_cues", profile=profile).search(opening))
    score += bool(after_question and _goes_on(profile=profile).match(s))
    score -= 3 * bool(_takes_up(profile=profile).search(s))
    return score


def unlabelled_turns(text: str, debris: list[Debris] | tuple[Debris, ...], labels: Sequence[Label],
                     config: UnlabelledConfig, *, profile: Profile) -> tuple[int, list[Turn]]:
    """Infer the turns of a transcript that has no (or almost no) speaker labels.

    Args:
        text: The original transcript text.
        debris: Debris spans; paragraphs inside them are skipped.
        labels: The few labels found (e.g. "Vice-President:" in an answer).
        config: The thresholds that read paragraphs.
        profile: The language profile whose word lists it reads.

    Returns:
        The header end and the inferred turns. Roles: the introduction and the
        answers are "official", the questions "media".
    """
    start, paras = _body_paragraphs(text, debris, config, profile=profile)
    if not paras:
        return start, []
    by_start = {lab.start: lab for lab in labels}
    marker = _opening_end(text, paras, config, profile=profile)
    turns = [_turn(1, paras[0].start, paras[marker].end, paras[0].start, None, "official")]
    for p in paras[marker + 1:]:
        lab = by_start.get(p.start)
        if lab is not None:
            turns.append(_labelled_turn(text, len(turns) + 1, p, lab))
        else:
            _add_paragraph(text, turns, p, config, profile=profile)
    return start, turns


def _body_paragraphs(text: str, debris: list[Debris] | tuple[Debris, ...],
                     config: UnlabelledConfig, *, profile: Profile | None = None) -> tuple[int, list[Paragraph]]:
    """Where the header ends, and the paragraphs after it that lie outside the debris."""
    paras = [p for p in paragraphs(text) if not any(d.start <= p.start and p.end <= d.end for d in debris)]
    start = header_end(text, paras, config, profile=profile)
    return start, [p for p in paras if p.start >= start]


def _opening_end(text: str, paras: list[Paragraph], config: UnlabelledConfig, *, profile: Profile) -> int:
    """The last paragraph of the opening statement: the one with the sentence that opens the questions
    ("I'm happy to take your questions"), else the one before the first paragraph that asks, else the last."""
    marker = next((k for k, p in enumerate(paras) if _QA_MARKER.search(text, p.start, p.end)), None)
    if marker is None:
        least = config.question_score
        asking = (k for k, p in enumerate(paras)
                  if k and question_score(text[p.start:p.end], profile=profile, config=config) >= least)
        marker = next((k - 1 for k in asking), len(paras) - 1)
    return marker


def _labelled_turn(text: str, number: int, p: Paragraph, lab: Label) -> Turn:
    """An official's turn under one of the few labels ("Vice-President:"), its content after the label."""
    content = lab.end
    while content < p.end and text[content] in " \t\u00a0":
        content += 1
    return _turn(number, p.start, p.end, content, lab.name, "official")


def _add_paragraph(text: str, turns: list[Turn], p: Paragraph, config: UnlabelledConfig, *, profile: Profile) -> None:
    """An unlabelled paragraph asks (the press) or answers (an official); it goes on with the last turn
    where that turn has the same role, and starts a turn otherwise."""
    after_question = turns[-1].role == "media"
    asks = question_score(text[p.start:p.end], after_question, profile=profile, config=config) >= config.question_score
    role: Role = "media" if asks else "official"
    last = turns[-1]
    if role == last.role and len(turns) > 1:
        turns[-1] = last.model_copy(update={"end": p.end})
    else:
        turns.append(_turn(len(turns) + 1, p.start, p.end, p.start, None, role))


def _turn(number: int, start: int, end: int, content_start: int, speaker: str | None, role: Role) -> Turn:
    return Turn.model_construct(id=f"t{number}", start=start, end=end, content_start=content_start,
                                speaker=speaker, role=role, participant=None)


def looks_unlabelled(labels: list[Label], text: str, config: UnlabelledConfig) -> bool:
    """Tell whether a text must be read without labels.

    A labelled transcript's first label follows a short header. When the
    first label comes only after a third of the text and several paragraphs
    of speech (an answer that hands over to "Vice-President:"), most of the
    text has no labels at all.
    """
    if not labels:
        return True
    first = labels[0].start
    if first <= len(text) / 3:
        return False
    prose = [p for p in paragraphs(text, 0, first)
             if _SENTENCE_END.search(text[p.start:p.end])
             and len(text[p.start:p.end].split()) >= config.speech_words]
    return len(prose) > config.speech_paragraphs


def caption_like(text: str, labels: list[Label], *, profile: Profile) -> bool:
    """Whether only the askers are labelled ("**Question**:"), the answers being unlabelled paragraphs
    under each question, as in speech-to-text and caption files.

    Every label names an asker, and most labelled turns hold more than one paragraph (the question,
    then the answer below it).
    """
    if len(labels) < 2 or not all(is_asker_label(lab.name, profile=profile) for lab in labels):
        return False
    ends = [lab.start for lab in labels[1:]] + [len(text)]
    several = sum(len(paragraphs(text, lab.end, stop)) > 1 for lab, stop in zip(labels, ends))
    return several * 2 >= len(labels)


def caption_turns(text: str, labels: list[Label], debris: list[Debris] | tuple[Debris, ...],
                  config: UnlabelledConfig) -> tuple[int, list[Turn]]:
    """The turns of a caption-like transcript: an unlabelled opening statement, then each labelled
    question's first paragraph as the asker's turn and the paragraphs below it as an answer by a
    speaker the text does not name (speaker None, role ``official``).

    Returns:
        Where the body starts, and the turns.
    """
    paras = [p for p in paragraphs(text, 0, labels[0].start)
             if not any(d.start <= p.start and p.end <= d.end for d in debris)]
    # Before the first question, only prose is an opening statement; a title alone is the header.
    prose = any(_SENTENCE_END.search(text, p.start, p.end) and len(text[p.start:p.end].split())
                >= config.header_prose_words for p in paras)
    start = header_end(text, paras, config) if prose else labels[0].start
    turns: list[Turn] = []
    opening = [p for p in paras if p.start >= start]
    if opening:
        turns.append(_turn(1, opening[0].start, opening[-1].end, opening[0].start, None, "official"))
    else:
        start = labels[0].start
    ends = [lab.start for lab in labels[1:]] + [len(text)]
    for lab, stop in zip(labels, ends):
        parts = [p for p in paragraphs(text, lab.end, stop)
                 if not any(d.start <= p.start and p.end <= d.end for d in debris)]
        if not parts:
            turns.append(_turn(len(turns) + 1, lab.start, lab.end, lab.end, lab.name, "media"))
            continue
        turns.append(_turn(len(turns) + 1, lab.start, parts[0].end, parts[0].start, lab.name, "media"))
        if len(parts) > 1:
            turns.append(_turn(len(turns) + 1, parts[1].start, parts[-1].end, parts[1].start, None, "official"))
    return start, turns


#: A change of speaker as captioners mark it: ">>" (or ">>>" for a new subject) opening a line.
_CHANGE_MARK = re.compile(r"(?m)^[ \t\u00a0]*>>>?[ \t\u00a0]*")


def change_marks(text: str, config: UnlabelledConfig | None = None) -> list[re.Match[str]]:
    """The ">>" marks that open a turn each, where the text marks its changes of speaker so: at least
    ``config.change_marks`` (the package's by default); none otherwise."""
    marks = list(_CHANGE_MARK.finditer(text))
    return marks if len(marks) >= (config or UnlabelledConfig()).change_marks else []


def marked_turns(text: str, marks: list[re.Match[str]], debris: list[Debris] | tuple[Debris, ...],
                 config: UnlabelledConfig, *, profile: Profile,
                 roles: RoleConfig | None = None) -> tuple[int, list[Turn]]:
    """The turns of a caption file whose ">>" marks each change of speaker and names no one.

    Each mark starts a turn that runs to the next mark (speaker None). Roles come from behaviour: the
    opener, and whoever does not ask, is an official; a later turn that ends on a question put to the
    podium is the press; an official's turn that takes up no question and gives the floor is the chair's.
    ``roles``: how a question is read (the package's by default).

    Returns:
        Where the body starts (the first mark), and the turns.
    """
    turns: list[Turn] = []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    for m, stop in zip(marks, ends):
        start, end = m.start(), m.end()
        content = end
        end = max(content, _content_end(text, content, stop, debris))
        said = text[content:end]
        asks = (bool(turns) and ends_on_question(said, profile=profile, config=roles)
                and question_score(said, profile=profile, config=config) >= config.question_score)
        turns.append(_turn(len(turns) + 1, start, end, content, None, "media" if asks else "official"))
    return marks[0].start(), _chair(turns)


def _chair(turns: list[Turn]) -> list[Turn]:
    """The chair's turns among unnamed officials: after the opening, a turn that takes up no question and
    gives the floor to the press ("Next question is from ...") or closes the event (the last turn)."""
    out = list(turns)
    for i in range(1, len(turns)):
        gives_floor = i + 1 == len(turns) or turns[i + 1].role == "media"
        if turns[i].role == "official" and turns[i - 1].role != "media" and gives_floor:
            out[i] = turns[i].model_copy(update={"role": "moderator"})
    return out


def _content_end(text: str, start: int, stop: int, debris: list[Debris] | tuple[Debris, ...]) -> int:
    """The end of what is said between ``start`` and ``stop``: blank space and trailing debris left out."""
    parts = [p for p in paragraphs(text, start, stop) if not any(d.start <= p.start and p.end <= d.end
                                                                  for d in debris)]
    return parts[-1].end if parts else start

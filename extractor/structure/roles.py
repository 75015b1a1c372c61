"""Role assignment for speaker labels, from evidence in the transcript.

Evidence, strongest first: the header lists ("Speakers" -> official,
"Chairperson" -> moderator); a label that names a function rather than a
person ("OPERATOR", "MODERATOR", the bare "Q" or "AUDIENCE MEMBER" of an
unnamed asker); then how a label behaves. The press introduce themselves
with an outlet ("Ann Lee from the Daily Courier") or end their turns on a
question that someone else answers; the one who speaks most and asks least
answers; those introduced in the opening, or invited by an official, speak
for the organisers; the chair's short turns hand the floor to a reporter and
answer nothing. No list of names is involved.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..lang.profile import Profile, per_profile
from ..rules import RuleSet
from .config import IntroductionConfig, RoleConfig
from .handoffs import handoffs_in
from .introductions import introduction
from .label_kinds import (
    generic_key,
    is_answer_label,
    is_asker_label,
    is_chair_label,
    is_numbered_label,
    is_outlet_label,
    is_support_label,
)
from .participants import core_tokens, honorific, name_tokens, office_words, resolve
from .types import Participant, Role, Turn


#: Phrases that mark a turn as a question even without "?".
def question_cues(*, profile: Profile) -> re.Pattern[str]:
    """A "?" or a phrase of the ``question_cues`` vocabulary (``re`` caches the compiled pattern)."""
    return re.compile(r"\?|\b(?:" + profile.alternation("question_cues") + r")\b", re.IGNORECASE)
#: A sentence end: where a turn's last sentences begin.
_SENTENCE_BREAK = re.compile(r"[.?!…]+[\"”’)\]]*\s+")


def is_question(content: str, *, profile: Profile) -> bool:
    """Tell whether a turn's content asks something ("That answers my question." does not)."""
    return bool(question_cues(profile=profile).search(_unsettled(content, profile=profile)))


@per_profile
def _settled(profile: Profile) -> re.Pattern[str]:
    """A question said to be dealt with already: "That answers my question.", "you've addressed my question" (a
    ``settling_verbs`` form, so that "Please answer my question" still asks), with up to
    ``_NEGATION_REACH`` words before it, read for a negation (:func:`_unsettled`)."""
    return re.compile(r"(?P<before>(?:\S+\s+){0," + str(_NEGATION_REACH) + r"})\b(?:"
                      + profile.alternation("settling_verbs") + r")\s+my\s+question\b", re.IGNORECASE)


#: Words before a settling verb read for a negation ("Nobody has ever answered my question").
_NEGATION_REACH = 3


def _unsettled(content: str, *, profile: Profile) -> str:
    """The content without the phrases that say the question is dealt with; not one that says it is not ("You
    still haven't answered my question", "Nobody has answered my question": vocabularies ``negations`` and
    ``negative_subjects``)."""
    negations = profile.words("negations")
    denying = profile.words("negative_subjects")

    def settle(m: re.Match[str]) -> str:
        before = m.group("before").lower().replace("’", "'")
        words = before.split()
        if any(w.strip(",;") in negations or w.endswith("n't") for w in words) or any(
                re.search(r"\b" + re.escape(d) + r"\b", before) for d in denying):
            return m.group()
        return m.group("before") + " "

    return _settled(profile).sub(settle, content)


def ends_on_question(content: str, *, profile: Profile, config: RoleConfig | None = None) -> bool:
    """Tell whether a turn ends on a question: a "?" in its last two sentences.

    A reporter's turn ends on what they ask ("... will you cut? Thank you."); an answer may
    hold a rhetorical question, but goes on to answer it. ``config``: how much of the turn's end
    is read (the package's by default).
    """
    # The last two sentences lie in the turn's last few hundred characters: no need to scan more.
    tail = content[-(config or RoleConfig()).question_tail:].rstrip(" \t\r\n\u00a0")
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(tail)]
    start = breaks[-2] if len(breaks) >= 2 else 0
    return "?" in tail[start:] or bool(question_cues(profile=profile).search(_unsettled(tail[start:],
                                                                                   profile=profile)))


def assign_roles(text: str, turns: list[Turn], header: tuple[Participant, ...],
                 config: RoleConfig, *, profile: Profile,
                 introductions: IntroductionConfig | None = None) -> dict[str, Role]:
    """Decide the role of every distinct label.

    Args:
        text: The original transcript text.
        turns: Turns in order (their ``role`` is ignored).
        header: Participants listed in the header.
        config: The thresholds that read behaviour.
        profile: The language profile whose word lists it reads.
        introductions: Where a reporter's introduction is read (the package's by default).

    Returns:
        A map from label to role.
    """
    labels = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    content = [text[t.content_start:t.end] for t in turns]
    roles = _by_label_words(labels, header, profile=profile)
    stats = _stats(turns, content, config, profile=profile, introductions=introductions or IntroductionConfig())
    podium = _introduced(turns, content, labels, config, profile=profile)
    undecided = _press_by_behaviour(labels, roles, stats, podium, config)
    if undecided and "official" not in roles.values():
        # The one who speaks most and asks least is the one answering.
        main = max(undecided, key=lambda lab: stats[lab].chars * (1 - stats[lab].asks))
        roles[main] = "official"
        undecided.remove(main)
    for lab in undecided:
        if lab in podium or _invited_by_an_official(text, lab, turns, roles, profile=profile):
            roles[lab] = "official"
    for lab in [lab for lab in undecided if lab not in roles]:
        if _is_chair(stats[lab], _neighbours(lab, turns, roles), config):
            roles[lab] = "moderator"
    for lab in [lab for lab in undecided if lab not in roles]:
        called = _called_on_to_ask(lab, turns, content, roles, profile=profile)
        roles[lab] = "media" if called and lab not in podium else "official"
    for lab, same in variants(text, labels, turns, config, profile=profile).items():
        # "MR. FAUCI" once for "DR. FAUCI", "SENIOR ADMINISTRATIVE OFFICIAL" for "... ADMINISTRATION ...":
        # one speaker, one role, the one their usual label earned.
        roles[lab] = roles[same]
    return roles


def _press_by_behaviour(labels: list[str], roles: dict[str, Role], stats: dict[str, _LabelStats],
                        podium: set[str], config: RoleConfig) -> list[str]:
    """Give the press those who behave as the press; return the labels still undecided."""
    by_behaviour = [lab for lab in labels if lab not in roles and lab not in podium
                    and _is_press(stats[lab], config)]
    for lab in by_behaviour:
        roles[lab] = "media"
    undecided = [lab for lab in labels if lab not in roles]
    if not undecided and by_behaviour and "official" not in roles.values():
        # Everyone was read as the press, a candidate's rhetorical "Right?" after each answer to unnamed askers
        # included: someone answers, so the one read so by behaviour alone is reconsidered.
        for lab in by_behaviour:
            del roles[lab]
        return by_behaviour
    return undecided


def _is_chair(stats: _LabelStats, neighbours: dict[str, float], config: RoleConfig) -> bool:
    """Chairs: their short turns hand the floor to the press and answer nothing.

    One who answers questions at length is no chair, however short most of their turns (a President who
    calls on reporters between answers).
    """
    return (stats.median < config.chair_median_chars and neighbours["before_media"] >= config.chair_before_press
            and neighbours["after_media"] < config.chair_after_press and not stats.answers)


def _called_on_to_ask(label: str, turns: list[Turn], content: list[str], roles: dict[str, Role], *,
                      profile: Profile) -> bool:
    """Called on by the chair and answered by the podium: a reporter, even one whose turns are short replies
    without a question; one who never asks anything is not."""
    first = next(i for i, t in enumerate(turns) if t.speaker == label)
    called_on = first > 0 and roles.get(turns[first - 1].speaker or "") == "moderator"
    answered = first + 1 < len(turns) and roles.get(turns[first + 1].speaker or "") == "official"
    return (called_on and answered
            and any(is_question(content[i], profile=profile) for i, t in enumerate(turns) if t.speaker == label))


def variants(text: str, labels: list[str], turns: list[Turn], config: RoleConfig, *, profile: Profile) -> dict[str,
                                                                                                               str]:
    """Labels that name a speaker another label names, mapped to that other label (the more used).

    Two labels are one speaker when they give the same name under other courtesy or office words
    ("MR. FAUCI", "DR. FAUCI"), when they differ only by a slip of spelling in a word ("Peter
    Navaro", "Peter Navarro"), or when one is a bare title that the text writes before the other's
    name ("Surgeon General:" and "Jerome Adams:", where the text says "Surgeon General Jerome Adams").
    Labels that only say someone asks ("Q", "Speaker 3") are never merged.
    """
    count: dict[str, int] = defaultdict(int)
    for t in turns:
        if t.speaker:
            count[t.speaker] += 1
    named = [lab for lab in labels if not is_asker_label(lab, profile=profile)
             and not is_support_label(lab, profile=profile)]
    out: dict[str, str] = {}
    titles = {lab for lab in named if name_tokens(lab, profile=profile)
              and name_tokens(lab, profile=profile)[-1] in office_words(profile=profile)}
    for k, a in enumerate(named):
        for b in named[k + 1:]:
            if a in out or b in out:
                continue
            if ((a in titles and _titled(text, a, b, profile=profile))
                    or (b in titles and _titled(text, b, a, profile=profile))):
                # The name is the speaker's; the title is one more way of labelling them.
                title, name = (a, b) if _titled(text, a, b, profile=profile) else (b, a)
                out[title] = name
            elif _same_name(a, b, config, profile=profile):
                rare, usual = (a, b) if count[a] < count[b] else (b, a)
                out[rare] = usual
    return out


def _same_name(a: str, b: str, config: RoleConfig, *, profile: Profile) -> bool:
    """Whether two labels give one name, under other courtesy or office words or misspelt."""
    ca, cb = core_tokens(a, profile=profile), core_tokens(b, profile=profile)
    if ca and ca == cb:
        return True
    wa, wb = name_tokens(a, profile=profile), name_tokens(b, profile=profile)
    return bool(wa) and len(wa) == len(wb) and all(_spelt_alike(x, y, config) for x, y in zip(wa, wb))


def _titled(text: str, a: str, b: str, *, profile: Profile) -> bool:
    """Whether label ``a`` is a title ("Health Commissioner") that the text writes right before the name
    label ``b`` gives ("our Health Commissioner, Dr. Grace Okafor")."""
    wa, cb = name_tokens(a, profile=profile), core_tokens(b, profile=profile)
    # A title ends on an office word ("Surgeon General", "Health Commissioner"); "Chair Yellen" is a name.
    if not (wa and cb and wa[-1] in office_words(profile=profile)) or set(wa) & set(cb) or len(cb) < 2:
        return False
    title = r"[\s\u00a0]+".join(re.escape(w) for w in wa)
    name = r"[\s\u00a0]+".join(re.escape(w) for w in cb)
    courtesy = r"(?:" + honorific(profile=profile) + r"\.?[\s\u00a0]+)?"
    return re.search(r"(?i)\b" + title + r"[\s\u00a0,]+" + courtesy + name + r"\b", text) is not None


def _spelt_alike(x: str, y: str, config: RoleConfig) -> bool:
    """The same word, or one misspelt: one letter added, dropped or changed, or another ending on a
    shared stem of eight letters or more ("administrative", "administration")."""
    if x == y:
        return True
    if min(len(x), len(y)) < config.misspelling_letters:
        return False
    stem = 0
    while stem < min(len(x), len(y)) and x[stem] == y[stem]:
        stem += 1
    if stem >= config.shared_stem_letters:
        return True
    return _edits_within_one(x, y)


def _edits_within_one(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    return x[i + 1:] == y[i + 1:] or x[i + 1:] == y[i:] or x[i:] == y[i + 1:]


@dataclass(frozen=True)
class _Label:
    """A label to give a role from its words: the label, the transcript's first label, the header's list."""

    label: str
    first: str
    header: tuple[Participant, ...]
    #: Whether every label numbers its speaker ("Speaker 1", "Speaker 2"): the words then tell no one apart.
    numbered: bool = False
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)


def _listed_in_header(case: _Label) -> Role | None:
    """A label the header lists ("Speakers", "Chairperson") takes the role of its list."""
    pid = resolve(case.label, case.header, profile=case.profile)
    return next(p.kind for p in case.header if p.id == pid) if pid is not None else None


def _asker_word(case: _Label) -> Role | None:
    """A label that only says someone asks ("Q", "AUDIENCE MEMBER", "Speaker 3") is the press; a numbered one
    that opens the transcript ("Speaker 1") may be its host, and behaviour decides."""
    if case.numbered:
        # A speech-to-text service numbers everyone, the host and the officials too: behaviour decides.
        return None
    if (is_asker_label(case.label, profile=case.profile)
            and not (case.label == case.first and "<n>" in generic_key(case.label))):
        return "media"
    return None


def _answer_word(case: _Label) -> Role | None:
    """A label that only says its speaker answers ("Answer") speaks for the podium."""
    return "official" if is_answer_label(case.label, profile=case.profile) else None


def _support_word(case: _Label) -> Role | None:
    """A label that names a function behind the event ("OPERATOR", "AIDE") is neither side."""
    return "other" if is_support_label(case.label, profile=case.profile) else None


def _chair_word(case: _Label) -> Role | None:
    """A label that names the chair ("MODERATOR") chairs."""
    return "moderator" if is_chair_label(case.label, profile=case.profile) else None


#: Roles that the header or the label's own words give, strongest first.
_LABEL_WORDS: RuleSet[_Label, Role] = RuleSet("roles by label words", _listed_in_header, _asker_word,
                                              _answer_word, _support_word, _chair_word)


def _by_label_words(labels: list[str], header: tuple[Participant, ...], *, profile: Profile) -> dict[str, Role]:
    """Roles that the header or the label's own words give."""
    roles: dict[str, Role] = {}
    numbered = len(labels) > 1 and all(is_numbered_label(lab, profile=profile) for lab in labels)
    for label in labels:
        decided = _LABEL_WORDS.decide(_Label(label, labels[0], header, numbered, profile=profile))
        if decided is not None:
            roles[label] = decided[1]
    return roles


@dataclass(frozen=True)
class _Behaviour:
    """A label's behaviour and the thresholds it is read with."""

    stats: _LabelStats
    config: RoleConfig


def _introduces_with_an_outlet(b: _Behaviour) -> bool | None:
    """A label that introduces itself with an outlet ("Ann Lee from the Daily Courier") is the press."""
    return True if b.stats.introduces > 0 else None


def _asks_and_is_answered(b: _Behaviour) -> bool | None:
    """A label that mostly ends on a question that someone else takes up, and does not open, is the press."""
    s, config = b.stats, b.config
    return True if s.asks >= config.press_asks and s.answered >= config.press_answered and not s.opens else None


def _outlet_that_asks(b: _Behaviour) -> bool | None:
    """An outlet that asks ("Coastal Radio:") may close its question with thanks: every one of its turns
    puts a question that someone else takes up, and it never takes up anyone's."""
    s = b.stats
    return True if s.holds == 1 and s.taken_up == 1 and not s.replies and not s.opens else None


def _an_outlet_asks(b: _Behaviour) -> bool | None:
    """A label that names an outlet ("AFP:") and mostly asks is the press, even where it opens the transcript:
    an outlet answers for no one."""
    return True if b.stats.outlet and b.stats.asks >= b.config.press_asks else None


#: What makes a label the press by its behaviour.
_PRESS: RuleSet[_Behaviour, bool] = RuleSet("press by behaviour", _introduces_with_an_outlet, _an_outlet_asks,
                                             _asks_and_is_answered, _outlet_that_asks)


def _is_press(s: _LabelStats, config: RoleConfig) -> bool:
    """A label that introduces itself with an outlet, or mostly asks and is answered by someone else."""
    return _PRESS.decide(_Behaviour(s, config)) is not None


def _introduced(turns: list[Turn], content: list[str], labels: list[str], config: RoleConfig, *,
                profile: Profile) -> set[str]:
    """Labels whose names the opening speaker gives before the first question ("Dr. Lee will then ...").

    The opening runs from the first turn to the first turn of another label that ends on a
    question; a label the opener names there before it first speaks, and whose first turn
    states rather than asks, is on the podium.
    """
    if not turns or not turns[0].speaker:
        return set()
    opener = turns[0].speaker
    end = next((i for i, t in enumerate(turns) if t.speaker != opener
                and ends_on_question(content[i], profile=profile, config=config)), len(turns))
    said: set[str] = set()
    first_spoke: dict[str, int] = {}
    for i, t in enumerate(turns):
        first_spoke.setdefault(t.speaker or "", i)
    out = set()
    cores = {lab: set(core_tokens(lab, profile=profile)) for lab in labels if lab != opener
             and not is_asker_label(lab, profile=profile)}
    for i in range(end):
        if turns[i].speaker != opener:
            continue
        said |= {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", content[i])}
        for lab, core in cores.items():
            if (core and core <= said and first_spoke[lab] > i
                    and not ends_on_question(content[first_spoke[lab]], profile=profile, config=config)):
                # Named by the opener and speaking first to state, not to ask ("We'll go to Ann Lee" calls a reporter).
                out.add(lab)
    return out


def _invited_by_an_official(text: str, label: str, turns: list[Turn], roles: dict[str, Role], *,
                            profile: Profile) -> bool:
    """Whether an official's turn right before ``label`` first speaks hands it the floor by name."""
    first = next(i for i, t in enumerate(turns) if t.speaker == label)
    if first == 0 or roles.get(turns[first - 1].speaker or "") != "official":
        return False
    prev = turns[first - 1]
    names = set(core_tokens(label, profile=profile))
    return any(names & set(core_tokens(m.group("who"), profile=profile))
               for m in handoffs_in(text, prev.content_start, prev.end, profile=profile))


@dataclass(frozen=True)
class _LabelStats:
    """How a label behaves over its turns."""

    #: Its turns and their characters.
    turns: int
    chars: int
    #: Share of its turns that end on a question, and share of those another label takes up next.
    asks: float
    answered: float
    #: Turns in which it introduces itself with an outlet.
    introduces: int
    #: Median characters of its turns.
    median: int
    #: Whether it opens the transcript.
    opens: bool
    #: Share of its turns another label takes up next.
    taken_up: float
    #: Turns that follow another label's question, and those of them that answer it at length.
    replies: int
    answers: int
    #: Share of its turns that put a question, read only where it can decide (see ``_outlet_that_asks``).
    holds: float
    #: Whether the label names an outlet ("AFP", "Coastal Radio") rather than a person.
    outlet: bool = False


def _stats(turns: list[Turn], content: list[str], config: RoleConfig, *, profile: Profile,
           introductions: IntroductionConfig) -> dict[str, _LabelStats]:
    """Per label: how it behaves (:class:`_LabelStats`)."""
    by: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(turns):
        if t.speaker:
            by[t.speaker].append(i)
    # Read once: every statistic below asks it.
    ends_asking = [ends_on_question(c, profile=profile, config=config) for c in content]
    return {lab: _label_stats(lab, idx, turns, content, ends_asking, config, profile=profile,
                              introductions=introductions) for lab, idx in by.items()}


def _label_stats(lab: str, idx: list[int], turns: list[Turn], content: list[str], ends_asking: list[bool],
                 config: RoleConfig, *, profile: Profile, introductions: IntroductionConfig) -> _LabelStats:
    lengths = sorted(len(content[i]) for i in idx)
    taken = _taken_up(lab, idx, turns)
    asking = [i for i in idx if ends_asking[i]]
    answered = [i for i in taken if ends_asking[i]]
    replies = _replies(lab, idx, turns, ends_asking)
    opens = idx[0] == 0
    taken_up = len(taken) / len(idx)
    # Whether every turn puts a question, read only where it can decide (see _outlet_that_asks): it scans whole turns.
    holds = (sum(is_question(content[i], profile=profile) for i in idx) / len(idx)
             if taken_up == 1 and not replies and not opens else 0.0)
    return _LabelStats(
        turns=len(idx),
        chars=sum(lengths),
        asks=len(asking) / len(idx),
        answered=len(answered) / len(asking) if asking else 0.0,
        introduces=0 if is_asker_label(lab, profile=profile) else sum(
            introduction(content[i], lab, profile=profile, config=introductions) is not None for i in idx),
        median=lengths[len(lengths) // 2],
        opens=opens,
        taken_up=taken_up,
        replies=len(replies),
        # Turns that take up someone else's question at length.
        answers=sum(1 for i in replies if len(content[i].split()) >= config.answer_words),
        holds=holds,
        outlet=is_outlet_label(lab, profile=profile),
    )


def _taken_up(lab: str, idx: list[int], turns: list[Turn]) -> list[int]:
    """The label's turns that another label's turn follows."""
    return [i for i in idx if i + 1 < len(turns) and turns[i + 1].speaker not in (lab, None)]


def _replies(lab: str, idx: list[int], turns: list[Turn], ends_asking: list[bool]) -> list[int]:
    """The label's turns that take up another label's question."""
    return [i for i in idx if i and turns[i - 1].speaker not in (lab, None) and ends_asking[i - 1]]


def _neighbours(label: str, turns: list[Turn], roles: dict[str, Role]) -> dict[str, float]:
    """Shares of a label's turns that follow or precede turns of each role.

    A label not decided yet right after a label's turn counts as the press: a
    chair's turn is usually followed by a reporter nobody has classified.
    """
    counts: defaultdict[str, int] = defaultdict(int)
    n = 0
    for i, t in enumerate(turns):
        if t.speaker != label:
            continue
        n += 1
        prev = roles.get(turns[i - 1].speaker or "") if i else None
        has_next = i + 1 < len(turns)
        nxt = roles.get(turns[i + 1].speaker or "") if has_next else None
        counts["after_media"] += prev == "media"
        counts["before_media"] += nxt == "media" or (has_next and nxt is None and turns[i + 1].speaker != label)
    return {k: counts[k] / max(n, 1) for k in ("after_media", "before_media")}

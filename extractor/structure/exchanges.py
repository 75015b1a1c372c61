"""Exchanges (a question and every answer to it), hand-offs and statements.

Turns are walked once. A press turn opens an exchange unless it continues
the current one; the current exchange closes when it has been answered and
a new question comes, or when the chair speaks. A press turn that asks
nothing ("Hi, Mr. President", "(Inaudible.)") never closes an answered
exchange: it is an interjection. Official turns before the first question
and after the last exchange are the opening statement and closing remarks.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from ..lang.profile import Profile, per_profile
from .config import ExchangeConfig, IntroductionConfig, StructureConfig
from .handoffs import DocumentNames, call_by_name, document_names, gives_floor, handoffs_in, mentions_floor
from .introductions import called_reporter, introduction
from .label_kinds import is_asker_label, is_interpreter_label, is_outlet_label
from .participants import resolve
from .roles import ends_on_question, is_question
from .types import Exchange, Handoff, Participant, Statement, Turn

#: Dashes that mark speech cut off or resumed.
_DASHES = ("—", "–", "-", "…")
_BLANK = " \t\r\n\u00a0"
#: A capitalised word after a question's first word, other than "I": a name ("how about Ann of the Post?").
_NAME_INSIDE = re.compile(r"(?<=[\s\u00a0])(?!I\b|I['’])[A-Z][\w'’-]*")
_WORDS = re.compile(r"[a-z][a-z'’-]*", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.?!…]+(?:[.?!…]+[\"”’)\]]*|$)")


@dataclass
class _Open:
    questions: list[int] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    asked: bool = False
    #: Whether a question was put in words (a "?", a question phrase), not only by a long statement.
    put: bool = False
    answered: bool = False
    #: Whether a question turn holds a "?" or a question phrase itself (not only a question cut off and resumed).
    worded: bool = False
    #: Words of the question turns.
    words: int = 0


def build_exchanges(text: str, turns: list[Turn] | tuple[Turn, ...], participants: tuple[Participant, ...] = (), *,
                    every_press_turn_asks: bool = False,
                    outlets: Mapping[int, str] | None = None,
                    named: Mapping[int, str] | None = None,
                    names: DocumentNames | None = None, profile: Profile,
                    config: StructureConfig | None = None) -> tuple[list[Exchange], list[Statement]]:
    """Group turns into exchanges and statements.

    Args:
        text: The original transcript text.
        turns: Turns with roles assigned.
        participants: Known participants, for resolving hand-off targets.
        every_press_turn_asks: Treat each press turn as a question (for
            inferred, unlabelled turns, which were chosen because they ask).
        outlets: The outlet written with a turn's label ("Chris Giles (Financial Times):"), by the
            turn's start.
        named: The asker a generic label's brackets name ("Reporter (Tom Hale, Valley Echo):" gives
            "Tom Hale"), by the turn's start.
        names: The document's casing of its words (:func:`.handoffs.document_names`), if read already.
        profile: The language profile whose word lists it reads.
        config: The thresholds of its ``exchanges``, ``floor``, ``introductions`` and ``roles`` sections (the
            package's by default).

    Returns:
        Exchanges in order (ids ``e1``, ``e2``...), and the opening/closing statements (``s1``, ``s2``);
        they name their turns by id.
    """
    config = config or StructureConfig()
    walk = _Walk(text, turns, every_press_turn_asks, _resumed_questions(text, turns),
                 names or document_names(text), profile=profile, config=config)
    for i, t in enumerate(turns):
        if t.role == "media":
            walk.press_turn(i)
        elif t.role == "official":
            walk.official_turn(i)
        elif t.role == "moderator":
            walk.chair_turn()
        elif t.role == "other" and t.speaker and not is_interpreter_label(t.speaker, profile=profile):
            walk.line_turn(i)
    groups = _without_interjections(walk.groups, config.exchanges)
    exchanges = [_exchange(text, turns, g, participants, f"e{k + 1}", outlets or {}, named or {}, profile=profile,
                           config=config.introductions)
                 for k, g in enumerate(groups)]
    return exchanges, _statements(turns, groups)


@dataclass
class _Walk:
    """The walk over the turns: the exchanges opened so far and the state the next turn is read in."""

    text: str
    turns: list[Turn] | tuple[Turn, ...]
    #: Treat each press turn as a question (inferred, unlabelled turns).
    every_press_turn_asks: bool
    #: Press turns cut off on a dash whose question the next press turn resumes.
    resumed: set[int]
    #: The words the transcript writes in lower case (a capitalised word outside them may be a name).
    names: DocumentNames
    groups: list[_Open] = field(default_factory=list)
    cur: _Open | None = None
    #: The exchange a chair's turn broke into while its question was cut off on a dash ("... the president —"),
    #: to be resumed by a press turn that goes on from a dash ("— has been in office ...").
    suspended: _Open | None = None
    #: The exchange of a reporter who asked the chair for leave to ask ("Can I ask one more?") and was given it
    #: ("Quickly, please."): their question, when it comes, is its own.
    leave: _Open | None = None
    #: Whether the official's last turn asked the reporter about their own question.
    kept_open: bool = False
    #: Whether the official's last turn was cut off on a dash.
    interrupted: bool = False
    #: Whether the official's last turn ended by giving the floor ("... Go ahead, Ann."): the next press turn
    #: is the next asker's, in a new exchange once the current one has been answered.
    floor_given: bool = False
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: The thresholds its rules read.
    config: StructureConfig = field(kw_only=True, repr=False, compare=False)

    def content(self, i: int) -> str:
        return self.text[self.turns[i].content_start:self.turns[i].end]

    def press_turn(self, i: int) -> None:
        """A reporter's turn: it goes on with the current exchange or opens a new one."""
        content = self.content(i)
        plain = content.strip(_BLANK)
        strong = self.every_press_turn_asks or i in self.resumed or is_question(content, profile=self.profile)
        asks = strong or _asks(self.text, self.turns, i, content, self.config.exchanges, profile=self.profile)
        # "— and for how long?" goes on with a question that was cut off.
        goes_on = plain[:1] in _DASHES
        if self.cur is None and self.suspended is not None and goes_on:
            self.cur = self.suspended
        if (self.cur is None and self.leave is not None
                and self.turns[self.leave.questions[0]].speaker == self.turns[i].speaker):
            self.cur = self.leave
        self.leave = None
        if self.cur is None or self._asks_anew(i, plain, asks, goes_on):
            self.cur = _Open()
            self.groups.append(self.cur)
        self.cur.questions.append(i)
        self.cur.asked = self.cur.asked or asks
        self.cur.put = self.cur.put or strong
        self.cur.worded = self.cur.worded or is_question(content, profile=self.profile)
        self.cur.words += len(plain.split())
        self.kept_open = self.interrupted = self.floor_given = False
        self.suspended = None

    def _asks_anew(self, i: int, plain: str, asks: bool, goes_on: bool) -> bool:
        """Whether press turn ``i`` closes the answered current exchange: a new question, or a new asker."""
        cur = self.cur
        if cur is None or not cur.answered:
            return False
        speaker = self.turns[i].speaker
        new_asker = (speaker != "Q" and bool(cur.questions)
                     and self.turns[cur.questions[0]].speaker not in (speaker, None))
        # A reply to the official's own question about it ("What's the last part of your question?"), or a
        # reporter breaking into an answer cut off on a dash, goes on with the question being answered.
        # "No, but I have one.": the reporter declines the official's question about their question.
        declines = self.kept_open and _declining_reply(profile=self.profile).match(plain) is not None
        continues = (goes_on or (self.kept_open and not declines)
                     or (self.interrupted and (plain[-1:] in _DASHES or not asks)))
        # Given the floor, the next asker opens their exchange with whatever they say first ("Thanks, Ann. On
        # the budget —"), a question or not: their question, once put, stays in it. A floor given in a turn
        # cut off on a dash ("Go ahead — I —") lets the reporter finish, as any interrupted answer does.
        given = self.floor_given and not self.interrupted
        return (asks and not continues) or ((new_asker or given) and not goes_on)

    def official_turn(self, i: int) -> None:
        """An official's turn answers the current exchange, if any."""
        content = self.content(i)
        self.leave = None  # an official spoke: any leave the chair gave has lapsed
        long = len(content.split()) >= self.config.exchanges.statement_words
        self.floor_given = gives_floor(content, self.names, profile=self.profile, config=self.config.floor)
        if self.cur is not None and not self.cur.asked and long:
            # A long statement after a greeting that asks nothing ("Good afternoon.") answers no one: the
            # greeting stays out of the exchanges, and the next question opens one.
            self.cur = None
        if self.cur is None:
            return
        self.cur.answers.append(i)
        self.cur.answered = self.cur.answered or (self.cur.asked
                                                  and _answers(self.text, self.turns, i, self.cur.put, self.config,
                                                               profile=self.profile))
        self.kept_open = _asks_back(self.text, self.turns, i, self.config, profile=self.profile)
        self.interrupted = content.rstrip(_BLANK)[-1:] in _DASHES

    def line_turn(self, i: int) -> None:
        """The turn of one who runs the line (an operator): where it runs the questions ("Our next question
        comes from ...", "There are no further questions.") it ends an answered exchange, as the chair's does;
        a word on the line itself ("One moment while I get their line.") or a turn before the answer goes on
        with the exchange."""
        content = self.content(i)
        if (self.cur is not None and self.cur.answered
                and (mentions_floor(content, profile=self.profile) or _question_noun(self.profile).search(content))):
            self.chair_turn()

    def chair_turn(self) -> None:
        """The chair's turn ends the exchange: the next reporter asks anew, unless the question was cut off."""
        cur = self.cur
        asked = self.turns[cur.questions[-1]] if cur and cur.questions else None
        last = self.text[asked.content_start:asked.end] if asked is not None else ""
        self.suspended = cur if last.rstrip(_BLANK)[-1:] in _DASHES else None
        # "Sorry, can I ask one more?" — "Very quickly.": the chair gives leave, the question is still to come.
        self.leave = (cur if cur is not None and not cur.answers and asked is not None and asked.speaker
                      and _permission(profile=self.profile).search(last) is not None else None)
        self.cur = None
        self.kept_open = self.interrupted = self.floor_given = False


@per_profile
def _question_noun(profile: Profile) -> re.Pattern[str]:
    """A word of the ``question_nouns`` vocabulary ("questions"), whole."""
    return re.compile(r"(?i)\b(?:" + profile.alternation("question_nouns") + r")\b")


def _answers(text: str, turns, i: int, put: bool, config: StructureConfig, *, profile: Profile) -> bool:
    """Whether official turn ``i`` answers the question before it.

    A backchannel ("Sure.") or a stall ("Wait, wait, wait.", "Hold on. Hold on.") answers nothing; a
    statement put as a challenge, with no question in words, is answered only by more than a curt
    word ("I don't think so." lets the reporter go on to ask).
    """
    least = config.exchanges.challenge_reply_words
    said = text[turns[i].content_start:turns[i].end]
    if _backchannel(text, turns, i, config, profile=profile) or _stall(said, least):
        return False
    return put or len(said.split()) >= least


def _stall(content: str, least: int) -> bool:
    """Whether an official's turn of fewer than ``least`` words only repeats a word or two to hold the floor
    ("But wait, wait, wait.")."""
    words = _WORDS.findall(content.lower())
    return 3 <= len(words) < least and len(set(words)) * 2 <= len(words)


def _asks_back(text: str, turns, i: int, config: StructureConfig, *, profile: Profile) -> bool:
    """Whether official turn ``i`` ends by asking the reporter about their own question.

    "What's the last part of your question?  I'm sorry.", "Coordination center?" (the reporter's words
    echoed), "Sorry, what?": the reporter's next turn completes or repeats the question, in the same
    exchange. A call to the next reporter ("Steve?", "Go ahead?") is not such a question. A short request
    to repeat, put with a question mark or without ("Say that one more time.", "Sorry, I missed the start.
    Could you repeat that?"), asks too.
    """
    t, limits = turns[i], config.exchanges
    own = text[t.content_start:t.end].rstrip(_BLANK)
    if not own:
        return False
    if len(own.split()) <= limits.repeat_request_words and _repeat_request(profile=profile).search(own) is not None:
        # A short request to hear the question again, with a question mark or without ("Sorry, I missed the
        # start. Could you repeat that?").
        return True
    if not ends_on_question(own, profile=profile, config=config.roles):
        return False
    sentences = [m.group(0) for m in _SENTENCE.finditer(own[-limits.ask_back_reach:])]
    asked = next((q for q in reversed(sentences[-2:]) if q.rstrip(_BLANK + "\"”’)").endswith("?")), None)
    if asked is None or _handoff_cue(profile=profile).search(asked) or _NAME_INSIDE.search(asked.strip(_BLANK)):
        # "... how about Annmarie of Bloomberg?" calls the next reporter by name.
        return False
    opens = own.lstrip(_BLANK).startswith(asked.strip(_BLANK))
    if not opens or len(own.split()) > limits.ask_back_words:
        # An answer that ends on a rhetorical question ("No. Would you?", "... Right?") has answered, and
        # one that asks for the next question ("What's your second question?") has too: what follows is
        # a follow-up, a new exchange. After an answer, only words that point back to the unfinished
        # question ("... the last part of your question?", "the rest of it?") keep the reporter's reply in it.
        return bool(_unfinished_cue(profile=profile).search(asked))
    if _second_person(profile=profile).search(asked) or _clarification_cue(profile=profile).search(asked):
        return True
    before = next((turns[k] for k in range(i - 1, -1, -1) if turns[k].role == "media"), None)
    if before is None:
        return False
    letters = limits.echo_letters
    echoed = _content_words(asked, letters) & _content_words(text[before.content_start:before.end], letters)
    return bool(echoed)


def _content_words(s: str, letters: int) -> set[str]:
    """The words of ``s`` of at least ``letters`` letters that are no function words."""
    return {w for w in _WORDS.findall(s.lower()) if len(w) >= letters and w not in STOP_WORDS}


def _second_person(*, profile: Profile) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + profile.alternation("second_person") + r")\b", re.IGNORECASE)


def _clarification_cue(*, profile: Profile) -> re.Pattern[str]:
    # Built when asked, so that a vocabulary override is in force; ``re`` caches the compiled pattern.
    return re.compile(r"\b(?:" + profile.alternation("clarification_cues") + r")\b", re.IGNORECASE)


def _unfinished_cue(*, profile: Profile) -> re.Pattern[str]:
    # A transcript may break the line anywhere in the phrase ("another part of the\nquestion?").
    cues = profile.alternation("unfinished_question_cues").replace("\\ ", r"\s+")
    return re.compile(r"\b(?:" + cues + r")\b", re.IGNORECASE)


def _repeat_request(*, profile: Profile) -> re.Pattern[str]:
    requests = profile.alternation("repeat_requests").replace("\\ ", r"[\s\u00a0]+")
    # At the turn's start or after a mark ("Sorry — sorry, start again."), never inside a sentence.
    return re.compile(r"(?:^|(?<=[.,;:!?—–-]))[\s\u00a0]*(?:" + requests + r")\b", re.IGNORECASE)


def _declining_reply(*, profile: Profile) -> re.Pattern[str]:
    replies = profile.alternation("declining_replies").replace("\\ ", r"\s+")
    return re.compile(r"(?:" + replies + r")\b", re.IGNORECASE)


def _handoff_cue(*, profile: Profile) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + profile.alternation("handoffs") + r")\b", re.IGNORECASE)


def _without_interjections(groups: list[_Open], config: ExchangeConfig) -> list[_Open]:
    """Fold a group that asks nothing ("Mr. President —", "Thank you.") into the exchange
    before it: an interjection is no exchange of its own. So is one nobody answers that puts no question in
    words and is short ("Madam Mayor, (inaudible) —" "— (inaudible) —" while the chair calls someone
    else). Before the first exchange (a greeting before the briefing's opening) it belongs to none."""
    out: list[_Open] = []
    for g in groups:
        unanswered_aside = not g.answers and not g.worded and g.words < config.challenge_words
        if not g.asked or unanswered_aside:
            # Its replies, if any, are as short as the greeting ("Thank you very much." "Thanks."): a longer
            # statement has closed it already.
            if out:
                out[-1].questions.extend(g.questions)
                out[-1].answers.extend(g.answers)
            continue
        out.append(g)
    return out


def _resumed_questions(text: str, turns) -> set[int]:
    """Press turns cut off on a dash whose question the next press turn resumes on a dash.

    "Do you have any comment on what the —" ... "— the neighbours have done?" is a question
    begun, though it holds no question mark; "Madam Secretary —" followed by a fresh question
    is only an attempt to get the floor.
    """
    out: set[int] = set()
    pending: int | None = None
    for i, t in enumerate(turns):
        if t.role != "media":
            continue
        content = text[t.content_start:t.end].strip(_BLANK)
        if pending is not None and content[:1] in _DASHES:
            out.add(pending)
        pending = i if content[-1:] in _DASHES else None
    return out


def _backchannel(text: str, turns, i: int, config: StructureConfig, *, profile: Profile) -> bool:
    """Whether official turn ``i`` only acknowledges, and answers nothing.

    "Sure." between "... can you get us to —" and "— that number?" (the question around it ends
    or resumes on a dash), "There's a —" (cut off itself), "Mm-hmm." after a reporter's preface
    and "Yes." to "Can I follow up?" all leave the question to come.
    """
    t = turns[i]
    own = text[t.content_start:t.end].rstrip(_BLANK)
    if len(own.split()) > config.exchanges.backchannel_words:
        return False
    before = text[turns[i - 1].content_start:turns[i - 1].end].rstrip(_BLANK) if i else ""
    after = text[turns[i + 1].content_start:turns[i + 1].end].lstrip(_BLANK) if i + 1 < len(turns) else ""
    if own[-1:] in _DASHES or before[-1:] in _DASHES or after[:1] in _DASHES:
        return True
    # "Mm-hmm." after a reporter's preface, "Yes." to "Can I follow up?": the question is still to come.
    return i > 0 and turns[i - 1].role == "media" and (
        not ends_on_question(before, profile=profile, config=config.roles)
        or _permission(profile=profile).search(before) is not None)


def _permission(*, profile: Profile) -> re.Pattern[str]:
    # Built when asked, so that a vocabulary override is in force; ``re`` caches the compiled pattern.
    return re.compile(r"\b(?:" + profile.alternation("permission_cues") + r")\b", re.IGNORECASE)


def _asks(text: str, turns, i: int, content: str, config: ExchangeConfig, *, profile: Profile) -> bool:
    """Tell whether press turn ``i`` puts a question (rather than an aside or a reply).

    A question mark or a question phrase asks; so does a statement long enough
    to be a challenge put to the speaker. A turn that replies to an
    official's own question ("Your third question was?") asks nothing new.
    """
    if is_question(content, profile=profile):
        return True
    if (i and turns[i - 1].role == "official"
            and text[turns[i - 1].content_start:turns[i - 1].end].rstrip().endswith("?")):
        return False
    return len(content.split()) >= config.challenge_words


def _exchange(text: str, turns, g: _Open, participants, ident: str, outlets: Mapping[int, str],
              named: Mapping[int, str], *, profile: Profile, config: IntroductionConfig) -> Exchange:
    members = sorted(g.questions + g.answers)
    asker, outlet = _asker_and_outlet(text, turns, g.questions, outlets, named, profile=profile, config=config)
    return Exchange.model_construct(
        id=ident,
        start=turns[members[0]].start,
        end=turns[members[-1]].end,
        asked_by=asker,
        question_turns=tuple(turns[i].id for i in g.questions),
        answer_turns=tuple(turns[i].id for i in g.answers),
        answered_by=_answerers(turns, g.answers),
        handoffs=tuple(_handoffs(text, turns, g.answers, participants, profile=profile)),
        outlet=outlet,
    )


def _asker_and_outlet(text: str, turns, questions: list[int], outlets: Mapping[int, str],
                      named: Mapping[int, str], *, profile: Profile,
                      config: IntroductionConfig) -> tuple[str | None, str | None]:
    """Who asks an exchange's question and for which outlet, from its question turns and the chair's call."""
    asker = next((named.get(turns[i].start) or turns[i].speaker for i in questions if turns[i].speaker), None)
    outlet = next((outlets[turns[i].start] for i in questions if turns[i].start in outlets), None)
    called = _called_asker(text, turns, questions[0], asker, profile=profile)
    if called is not None:
        asker, outlet = called[0], outlet or called[1]
    if (outlet is None and asker is not None and not is_asker_label(asker, profile=profile)
            and is_outlet_label(asker, profile=profile)):
        # "Coastal Radio:" asks: the label is the asker and its outlet.
        outlet = asker
    if outlet is None:
        outlet = _introduced_outlet(text, turns, questions, profile=profile, config=config)
    return asker, outlet


def _called_asker(text: str, turns, first: int, asker: str | None, *, profile: Profile) -> tuple[str,
                                                                                                 str | None] | None:
    """The reporter a call's chair announces before an unnamed "Q": "Next up, we'll go to Ann Lee."."""
    if first and turns[first - 1].role == "moderator" and asker is not None and is_asker_label(asker, profile=profile):
        return called_reporter(text[turns[first - 1].content_start:turns[first - 1].end], profile=profile)
    return None


def _introduced_outlet(text: str, turns, questions: list[int], *, profile: Profile,
                       config: IntroductionConfig) -> str | None:
    """The outlet in the reporter's own words, or in the chair's call just before: "Next, Ann Lee with Reuters."."""
    first = questions[0]
    caller = ([first - 1] if first and turns[first - 1].role in ("moderator", "other") and turns[first].speaker
              else [])
    said = (introduction(text[turns[i].content_start:turns[i].end],
                         turns[first].speaker if i < first else turns[i].speaker, profile=profile, config=config)
            for i in caller + questions)
    return next((found[1] for found in said if found), None)


def _answerers(turns, answers: list[int]) -> tuple[str, ...]:
    """Who answers, each once, in order."""
    out: list[str] = []
    for i in answers:
        who = turns[i].participant or turns[i].speaker
        if who and who not in out:
            out.append(who)
    return tuple(out)


def _handoffs(text: str, turns, answers: list[int], participants, *, profile: Profile) -> list[Handoff]:
    """Find answer turns that pass the question on to the next answering turn."""
    out = []
    for k, i in enumerate(answers[:-1]):
        t = turns[i]
        nxt = turns[answers[k + 1]]
        for m in handoffs_in(text, t.content_start, t.end, profile=profile):
            target = resolve(m.group("who"), participants, profile=profile) or nxt.participant
            if target is not None and target == t.participant:
                continue
            out.append(_handoff(text, m.start(), m.end(), t, target))
            break
        else:
            # Calling the next answerer by name closes the turn ("... Dr. Fauci.").
            called = call_by_name(profile=profile).search(text, t.content_start, t.end)
            if (called and nxt.participant
                    and resolve(called.group("who"), participants, profile=profile)
                    == nxt.participant != t.participant):
                out.append(_handoff(text, called.start("who"), called.end("who"), t, nxt.participant))
    return out


def _statements(turns, groups: list[_Open]) -> list[Statement]:
    """Official and chair turns before the first exchange and after the last one."""
    in_exchange = [i for g in groups for i in g.questions + g.answers]
    first = min(in_exchange) if in_exchange else len(turns)
    last = max(in_exchange) if in_exchange else len(turns)
    opening = [i for i in range(first) if turns[i].role in ("official", "moderator")]
    closing = ([i for i in range(last + 1, len(turns)) if turns[i].role in ("official", "moderator")]
               if in_exchange else [])
    parts = [(kind, members) for kind, members in (("opening", opening), ("closing", closing)) if members]
    return [Statement.model_construct(id=f"s{k + 1}", kind=kind, start=turns[members[0]].start,
                                      end=turns[members[-1]].end, turns=tuple(turns[i].id for i in members))
            for k, (kind, members) in enumerate(parts)]


def _handoff(text: str, start: int, end: int, turn: Turn, to: str | None) -> Handoff:
    return Handoff.model_construct(start=start, end=end, text=text[start:end], from_turn=turn.id, to_participant=to)

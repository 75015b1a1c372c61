"""The pipeline: debris, labels, turns, roles, participants, exchanges."""
from __future__ import annotations

from ..lang.profile import Profile
from .chairing import chair_turns
from .config import RoleConfig, StructureConfig
from .debris import detect_debris
from .exchanges import build_exchanges
from .handoffs import DocumentNames, document_names
from .header import parse_header
from .introductions import bracketed_asker
from .labels import Label, find_labels
from .notices import structure_warnings
from .participants import attach
from .roles import assign_roles, ends_on_question, variants
from .turns import build_turns, reported_opening
from .types import Debris, Exchange, Role, Structure, Turn
from .unlabelled import caption_like, caption_turns, change_marks, looks_unlabelled, marked_turns, unlabelled_turns


def segment(text: str, *, file_name: str | None = None, date: str | None = None,
            config: StructureConfig | None = None, profile: Profile) -> Structure:
    """Segment a transcript into header, turns, exchanges, statements and debris.

    Args:
        text: The decoded original text (BOM removed; CRLF, NBSP and word
            joiners are left in place: every offset indexes this string).
        file_name: The file's base name, a fallback source for the date
            ("2025-01-13_briefing.txt").
        date: An ISO date given by the user, the last fallback.
        config: The thresholds of every step, a section each (the package's by default).
        profile: The language profile whose word lists it reads.

    Returns:
        The structure. Turns without labels have speaker None.
    """
    config = config or StructureConfig()
    debris = detect_debris(text, profile=profile)
    marks = change_marks(text, config.unlabelled)
    # Where ">>" marks each change of speaker, no one is named: capitals after a mark are speech, not labels.
    labels = [] if marks else _labels(text, debris, config, profile=profile)
    captions = caption_like(text, labels, profile=profile)
    unlabelled = not captions and looks_unlabelled(labels, text, config.unlabelled)
    if marks:
        end, turns = marked_turns(text, marks, debris, config.unlabelled, profile=profile, roles=config.roles)
    else:
        end, turns = _turns(text, labels, debris, captions=captions, unlabelled=unlabelled, config=config,
                            profile=profile)
    header = parse_header(text, end, debris, file_name=file_name, date=date, profile=profile, config=config.header)
    # Which capitalised words the text writes as names: read once, for the chair's calls and the floor given.
    names = document_names(text)
    turns, people = _with_roles(text, turns, header, unlabelled, names, config, profile=profile)
    # "Reporter (Tom Hale, Valley Echo):": the bracket names the asker and the outlet.
    bracketed = {lab.start: bracketed_asker(lab.name, lab.outlet, profile=profile) for lab in labels if lab.outlet}
    outlets = {start: outlet for start, (_, outlet) in bracketed.items()}
    named = {start: who for start, (who, _) in bracketed.items() if who}
    # In a text read without labels, or with only the askers labelled, each asker's turn was chosen
    # because it asks.
    exchanges, statements = build_exchanges(text, turns, people, every_press_turn_asks=unlabelled or captions,
                                            outlets=outlets, named=named, names=names, profile=profile,
                                            config=config)
    turns, exchanges = _as_written(labels, turns, exchanges)
    turns = _in_exchanges(turns, exchanges)
    warnings = structure_warnings(text, labels, turns, exchanges, end, captions=captions, marks=len(marks),
                                  profile=profile, config=config.notices)
    return Structure(header=header, turns=tuple(turns), exchanges=tuple(exchanges), statements=tuple(statements),
                     debris=tuple(debris), unlabelled=unlabelled, participants=people, warnings=warnings,
                     body_start=end)


def _labels(text: str, debris: list[Debris], config: StructureConfig, *, profile: Profile) -> list[Label]:
    """The speaker labels, found twice: a first pass on the header only learns the names it lists, so that a
    mixed-case "Name:" label can be recognised against them."""
    labels = find_labels(text, debris, profile=profile, config=config.labels)
    first = labels[0].start if labels else len(text)
    head = parse_header(text, first, debris, profile=profile, config=config.header)
    if head.participants:
        names = tuple(p.name for p in head.participants)
        labels = find_labels(text, debris, known_names=names, profile=profile, config=config.labels)
    return labels


def _turns(text: str, labels: list[Label], debris: list[Debris], *, captions: bool,
           unlabelled: bool, config: StructureConfig, profile: Profile) -> tuple[int, list[Turn]]:
    """Where the header ends, and the turns: a caption file's (only the askers labelled), a text read without
    labels, or a labelled transcript's."""
    if captions:
        return caption_turns(text, labels, debris, config.unlabelled)
    if unlabelled:
        return unlabelled_turns(text, debris, labels, config.unlabelled, profile=profile)
    turns = build_turns(text, labels, debris)
    opening = reported_opening(text, labels, debris, config.unlabelled, profile=profile, roles=config.roles)
    if opening is None:
        return labels[0].start, turns
    # The reported opening is the first turn; the labelled turns follow it, numbered after it.
    return opening.start, [opening.model_copy(update={"id": "t1"}),
                           *(t.model_copy(update={"id": f"t{i + 2}"}) for i, t in enumerate(turns))]


def _with_roles(text: str, turns: list[Turn], header, unlabelled: bool,
                names: DocumentNames, config: StructureConfig, *, profile: Profile) -> tuple[list[Turn], tuple]:
    """Give every turn its role and participant; the chair's turns of an official become ``moderator``."""
    if unlabelled:
        # Labels found only after a long unlabelled opening are few; the one thing they show
        # safely is who asks: a label whose turns mostly end on a question is the press.
        roles = _askers(text, [t for t in turns if t.speaker], config.roles, profile=profile)
    else:
        roles = assign_roles(text, turns, header.participants, config.roles, profile=profile,
                             introductions=config.introductions)
    labelled_roles = {t.speaker: roles.get(t.speaker, t.role) for t in turns if t.speaker}
    same = {} if unlabelled else variants(text, list(labelled_roles), turns, config.roles, profile=profile)
    people, ids = attach({lab: role for lab, role in labelled_roles.items() if lab not in same}, header.participants,
                         profile=profile)
    people, ids = _aliases(people, ids, same)
    turns = [t.model_copy(update={"role": roles.get(t.speaker, t.role) if t.speaker else t.role,
                                  "participant": ids.get(t.speaker) if t.speaker else None}) for t in turns]
    return chair_turns(text, turns, names, profile=profile, config=config), people


def _aliases(people: tuple, ids: dict[str, str], same: dict[str, str]) -> tuple[tuple, dict[str, str]]:
    """Give a label that names another label's speaker ("MR. FAUCI" for "DR. FAUCI") that speaker's
    participant, the label added to its aliases."""
    ids = dict(ids)
    by_id = {p.id: p for p in people}
    for lab, canonical in same.items():
        pid = ids.get(canonical)
        if pid is None:
            continue
        ids[lab] = pid
        if lab not in by_id[pid].aliases:
            by_id[pid] = by_id[pid].model_copy(update={"aliases": (*by_id[pid].aliases, lab)})
    return tuple(by_id.values()), ids


def _as_written(labels, turns, exchanges):
    """Give every turn its label exactly as written (NBSPs included), and every exchange its asker so."""
    written = {lab.start: lab.written or lab.name for lab in labels}
    turns = [t.model_copy(update={"speaker": written.get(t.start, t.speaker)}) if t.speaker else t for t in turns]
    speakers = {t.id: t.speaker for t in turns}
    labelled = {lab.name for lab in labels}
    # An asker named by the chair's call ("we'll go to Ann Lee") keeps that name; a label is given as written.
    exchanges = [e.model_copy(update={"asked_by": next((speakers[i] for i in e.question_turns if speakers[i]),
                                                        e.asked_by)}) if e.asked_by in labelled else e
                 for e in exchanges]
    return turns, exchanges


def _in_exchanges(turns: list[Turn], exchanges: list[Exchange]) -> list[Turn]:
    """Every turn with the id of the exchange it belongs to (a question or an answer in it)."""
    exchange_of = {ti: e.id for e in exchanges for ti in (*e.question_turns, *e.answer_turns)}
    return [t.model_copy(update={"exchange": exchange_of[t.id]}) if t.id in exchange_of else t for t in turns]


def _askers(text: str, turns: list, config: RoleConfig, *, profile: Profile) -> dict[str, Role]:
    asks: dict[str, list[bool]] = {}
    for t in turns:
        # A reporter's turn ends on its question; an answer may hold a rhetorical one.
        asks.setdefault(t.speaker, []).append(ends_on_question(text[t.content_start:t.end], profile=profile,
                                                               config=config))
    return {name: "media" for name, flags in asks.items() if sum(flags) * 2 > len(flags)}


__all__ = ["segment"]

"""Self-introductions: a speaker saying who they are and whom they write for.

"Jon Lee from the Daily Courier.", "this is Ann Smith with Reuters", "Bo
Chen, CNBC." or "I'm with Nikkei": a reporter names an outlet at the start
of a question. The outlet is recorded on the exchange, and a named label
that introduces itself so is the press.
"""
from __future__ import annotations

import re

from ..lang.profile import Profile, per_profile
from .config import IntroductionConfig
from .label_kinds import is_asker_label
from .participants import core_tokens, honorifics, name_length_fits, office_words

_CAP = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
_OUTLET = r"(?P<outlet>(?:the\s+)?" + _CAP + r"(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?" + _CAP + r"){0,5})"
_WHO = r"(?P<who>" + _CAP + r"(?:\s+" + _CAP + r"){0,3})"
#: "I'm (NAME) with OUTLET", "this is NAME from OUTLET".
_I_AM = re.compile(r"\b(?:I'm|I’m|I am|[Tt]his is|[Mm]y name is)\s+(?:" + _WHO + r"\s+)?(?:from|with)\s+" + _OUTLET)
#: "NAME from/with OUTLET".
_NAMED = re.compile(_WHO + r"\s+(?:from|with)\s+" + _OUTLET)
#: "NAME, OUTLET." (the Fed's reporters).
_COMMA = re.compile(_WHO + r",\s+" + _OUTLET + r"\s*[.:;]")


#: "NAME, OUTLET." or "NAME at OUTLET." as the whole of a chair's call ("Jo Reyes, Metro Wire.").
_BARE_CALL = re.compile(_WHO + r"(?:,\s+|\s+(?:at|of|from|with)\s+)" + _OUTLET + r"\s*[.?!]?\s*$")
#: What a call may say after the name: the outlet, then the end of the sentence.
_CALLED_OUTLET = re.compile(r"(?:,\s+|\s+(?:at|of|from|with)\s+)" + _OUTLET + r"\s*(?:[.?!;]|$)")


def _call_lead(*, profile: Profile) -> re.Pattern[str]:
    """The words with which a chair announces the next asker, the name to follow ("we'll go to",
    "comes from the line of"), from the ``call_leads`` vocabulary in force."""
    # A transcript may break the line anywhere in the phrase ("we'll go\nto Ann Lee").
    leads = profile.alternation("call_leads").replace("\\ ", r"\s+")
    return re.compile(r"\b(?i:" + leads + r")[\s,]+(?:(?i:the\s+line\s+of)\s+)?(?=[A-Z])")


def called_reporter(content: str, *, profile: Profile) -> tuple[str, str | None] | None:
    """The reporter a chair's turn announces by full name: "Next up, we'll go to Ann Lee.", "Our next
    question comes from the line of Bo Chen with the Courier.", "Jo Reyes, Metro Wire.".

    Args:
        content: The chair's turn after its label.
        profile: The language profile whose word lists it reads.

    Returns:
        ``(who, outlet)`` as written (``outlet`` None when not given) for the last such call, or None: a
        first name alone ("Go ahead, Jane") announces no one, it only gives the floor.
    """
    found = None
    for lead in _call_lead(profile=profile).finditer(content):
        m = re.compile(_WHO).match(content, lead.end())
        if m is None:
            continue
        who = m.group("who")
        out = _CALLED_OUTLET.match(content, m.end())
        if _full_name(who, profile=profile):
            found = (who, _strip_article(out.group("outlet").rstrip(".")) if out else None)
    if found is None:
        bare = _BARE_CALL.match(content.strip())
        if bare and _full_name(bare.group("who"), profile=profile):
            found = (bare.group("who"), _strip_article(bare.group("outlet").rstrip(".")))
    return found


#: "NAME, OUTLET" inside a label's brackets.
_NAME_COMMA_OUTLET = re.compile(r"(?P<who>[^,]+?)\s*,\s*(?P<outlet>[^,]+)")


def bracketed_asker(label: str, bracket: str, *, profile: Profile) -> tuple[str | None, str]:
    """Who asks and for whom, from a label's brackets: "Reporter (Tom Hale, Valley Echo)".

    Args:
        label: The label's name without its brackets ("Reporter", "Tom Hale").
        bracket: What its brackets hold ("Valley Echo", "Tom Hale, Valley Echo").
        profile: The language profile whose word lists it reads.

    Returns:
        ``(who, outlet)``: a generic asker label's brackets that hold a person's full name, a comma and an
        outlet give both; any other bracket is the outlet alone (``who`` None), as "Tom Hale (Daily Post)"
        or "Q (Metro Wire, London)".
    """
    m = _NAME_COMMA_OUTLET.fullmatch(bracket.strip())
    if m and is_asker_label(label, profile=profile) and _full_name(m.group("who"), profile=profile):
        return m.group("who"), _strip_article(m.group("outlet"))
    return None, bracket


def _announced(text: str, pos: int, reach: int, *, profile: Profile) -> bool:
    """Whether the words of a call end right at ``pos`` ("... we'll turn to |Ann Lee"), sought ``reach``
    characters before it."""
    return any(lead.end() == pos for lead in _call_lead(profile=profile).finditer(text, max(0, pos - reach), pos + 1))


def _full_name(who: str, *, profile: Profile) -> bool:
    """Words shaped as a person's name (two to four in English, vocabulary ``name_words``): a reporter named in
    full.

    The structure stage runs before the parser and the NER, so the name is judged by its shape: the
    first word a given name ("Ann", "J.", "Mary-Jo"; not a title such as "Dr.", an acronym such as "NBC"
    or a place's opening word such as "New" or "Port"), and no word one of a place's or a body's
    ("Lake County", "Metro Wire", "Valley Echo"). Conservative on purpose: a call it does not believe
    leaves the exchange's asker as labelled, which is better than a place named as a reporter.
    """
    words = [w.lower().strip(".'’") for w in who.split()]
    first = who.split()[0] if words else ""
    if not name_length_fits(len(words), profile=profile) or _names_a_person(who, profile=profile) or (
            not _given_name(first)):
        return False
    return (words[0] not in profile.words("place_name_openers")
            and not any(w in _not_person_words(profile) for w in words))


#: A given name's shape: capitalised and otherwise lower case, any alphabet ("José", "Mary-Jo", "D'Arcy"), or
#: initials ("J.", "MJ", "J.R."); not an acronym of three capitals or more ("NBC").
_GIVEN_NAME = re.compile(r"(?:[^\W\d_](?:[-'’]?[^\W\d_])*)|(?:[^\W\d_]\.){1,2}|[^\W\d_]{2}")


def _given_name(word: str) -> bool:
    """Whether a word is shaped as a given name or initials (see ``_GIVEN_NAME``)."""
    if not _GIVEN_NAME.fullmatch(word) or not word[0].isupper():
        return False
    letters = [ch for ch in word if ch.isalpha()]
    # "Ann", "José": a capital, then lower case, a capital again only after a lower-case letter, a hyphen or an
    # apostrophe ("DeShawn", "Mary-Jo", "O'Neil"): never two capitals in a row, as in "NBC".
    # "MJ", "J.R.": initials, all capitals, at most two.
    return len(letters) <= 2 and word.replace(".", "").isupper() or all(
        ch.islower() or k == 0 or word[k - 1].islower() or word[k - 1] in "-'’" for k, ch in enumerate(word)
        if ch.isalpha())


@per_profile
def _not_person_words(profile: Profile) -> frozenset[str]:
    """Words no person's name holds: those that head a place's or a body's name, outlets' and offices'."""
    return (profile.words("place_name_heads") | profile.words("outlet_words")
            | profile.words("institution_nouns") | profile.words("place_nouns") | office_words(profile=profile))


def introduction(content: str, label: str | None = None, *, profile: Profile,
                 config: IntroductionConfig | None = None) -> tuple[str, str | None] | None:
    """Find a self-introduction near the start of a turn.

    Args:
        content: The turn's text after its label.
        label: The turn's label; when it names someone, the introduction must name them too
            (an official saying "I'm here with Dr. Lee" introduces no one).
        profile: The language profile whose word lists it reads.
        config: How far into the turn it is sought (the package's by default).

    Returns:
        ``(who, outlet)`` as written (``who`` may be "" for "I'm with Reuters"), or None.
    """
    config = config or IntroductionConfig()
    head = content[:config.introduction_reach]
    own = set() if label is None or is_asker_label(label, profile=profile) else set(core_tokens(label, profile=profile))
    for pattern in (_I_AM, _NAMED, _COMMA):
        for m in pattern.finditer(head):
            if pattern is not _I_AM and _announced(head, m.start(), config.call_reach, profile=profile):
                # "We'll go to Ann Lee from Reuters": the chair announces someone, who is not the speaker.
                continue
            who = m.group("who") or ""
            outlet = m.group("outlet").rstrip(".")
            if (_names_a_person(outlet, profile=profile)
                    or (who and _names_a_person(who, profile=profile) and not core_tokens(who, profile=profile))):
                continue
            names_self = bool(own & set(core_tokens(who, profile=profile)))
            # An unnamed label ("Q") may say "I'm with ...", or open on a full name and an outlet ("Sam Hollis,
            # Valley Review."); a named one must name itself.
            opens = pattern is _COMMA and not head[:m.start()].strip() and not _names_a_person(who, profile=profile)
            full_name = len(who.split()) >= 2 and (pattern is _NAMED or opens)
            if names_self or (not own and (pattern is _I_AM or full_name)):
                return who, _strip_article(outlet)
    return None


def _names_a_person(phrase: str, *, profile: Profile) -> bool:
    """Whether a phrase opens with a title or courtesy word ("the President", "Dr. Lee"): a person, not an outlet."""
    first = phrase.split()[0].lower().rstrip(".") if phrase.split() else ""
    if first == "the" and len(phrase.split()) > 1:
        first = phrase.split()[1].lower().rstrip(".")
    return first in honorifics(profile=profile) or first in office_words(profile=profile)


def _strip_article(outlet: str) -> str:
    return outlet[4:] if outlet.lower().startswith("the ") and len(outlet) > 4 else outlet

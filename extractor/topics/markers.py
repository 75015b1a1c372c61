"""Discourse markers that announce a change of subject inside one speaker's talk.

Only the opening words of a sentence are matched. Markers are general English
signposts ("On your second question", "Turning to", "As for"), never the
wording of any one transcript.
"""
from __future__ import annotations

import re

_ORDINAL = r"(?:first|second|third|fourth|last|latter|former|other|next|final|another|follow-up|last)"

#: A speaker answering a further question, or explicitly moving on: a strong sign of a new subject.
_STRONG = re.compile(
    rf"""^(?:\W*(?:and|so|now|ok(?:ay)?|well|then|finally|lastly|you\ know|i\ think)\b[\s,]*)*
    (?:
        (?:on|to|regarding|about|as\ (?:for|to)|with\ regard\ to|turning\ to|coming\ to|in\ answer\ to|in\ response\ to)
            \s+(?:your|the|his|her|that|this)\s+{_ORDINAL}\s+(?:question|point|part|issue|topic|subject|matter)
      | (?:your|the)\s+{_ORDINAL}\s+(?:question|point|part)\b
      | you\s+(?:also\s+)?asked\s+(?:me\s+)?(?:a|about|the|another)\b
      | (?:let\s+me\s+|i'?ll\s+|i\s+will\s+)?(?:now\s+)?turn(?:ing)?\s+(?:now\s+)?to\b
      | (?:moving|going)\s+on\s+to\b
      | (?:with\ that,?\s+)?(?:i\s+|i'?d\s+|we\s+)?(?:also\s+)?
            (?:want(?:ed)?\s+to|would\s+like\s+to|like\s+to)\s+(?:also\s+)?
            (?:address|turn\s+to|touch\s+on|raise|flag|say\s+a\s+(?:few\s+words|word)\s+(?:on|about))\b
      | (?:second|secondly|third|thirdly),?\s+(?:on|about|regarding|as\ for)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

#: Signposts that often, not always, open a new subject ("In terms of", "As for", "Regarding").
_MEDIUM = re.compile(
    r"""^(?:\W*(?:and|so|now|well|then)\b[\s,]*)*
    (?:in\ terms\ of|as\ for|as\ to|regarding|with\ regard\ to|with\ respect\ to|when\ it\ comes\ to
      |on\ the\ (?:question|issue|subject|topic|matter)\ of|concerning|in\ addition|additionally|besides
      |another\ (?:thing|point|issue|question)|looking\ ahead|going\ forward|looking\ forward|currently|at\ present
      |to\ conclude|in\ conclusion|to\ sum\ up|finally|lastly)\b""",
    re.IGNORECASE | re.VERBOSE,
)

#: Enumerations ("First, ...", "Second, ...") usually list aspects of one subject: a weak sign.
_ENUMERATION = re.compile(r"^\W*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|next)\b,?",
                          re.IGNORECASE)

#: A question that says it continues the previous one.
_FOLLOW_UP = re.compile(
    r"\b(?:follow(?:ing)?[\s-]*up\s+(?:on|to)\s+(?:that|this|the\ (?:last|previous)|(?:\w+'s)\s+question)"
    r"|(?:on|along)\s+(?:the\s+)?same\s+(?:lines?|subject|topic|theme|issue|point)"
    r"|(?:just\s+)?to\s+follow\s+up\b(?!\s+(?:from|on)\s+your\s+(?:message|remarks|statement|opening))"
    # "to follow up on the housing question" names the subject it goes back to, which may be any earlier one.
    r"(?!\s+on\s+the\s+(?!last\b|previous\b|same\b|latter\b|former\b|other\b)\w+\s+\w+))",
    re.IGNORECASE,
)


#: The strength (see :func:`marker_strength`) of a signpost of a further question or of moving on.
STRONG_SIGNPOST = 1.0
#: The strength of a signpost that often, not always, opens a new subject.
MEDIUM_SIGNPOST = 0.5
#: The strength of an enumeration's step.
ENUMERATION_STEP = 0.15


def marker_strength(sentence: str) -> float:
    """How strongly the start of ``sentence`` announces a new subject: 0 (not at all) to 1."""
    head = sentence[:120].lstrip(" \t\r\n\"'“‘—-")
    if _STRONG.match(head):
        return STRONG_SIGNPOST
    if _MEDIUM.match(head):
        return MEDIUM_SIGNPOST
    if _ENUMERATION.match(head):
        return ENUMERATION_STEP
    return 0.0


def is_follow_up(question: str) -> bool:
    """True when a question says it follows up on what was just said."""
    return bool(_FOLLOW_UP.search(question[:400]))


#: A further question that says it changes the subject.
_NEW_SUBJECT = re.compile(
    r"\b(?:(?:a|one|my)\s+(?:different|separate|unrelated|other|another)\s+(?:question|topic|subject|issue)"
    r"|another\s+(?:question|topic|subject)\b|change\s+(?:the\s+)?(?:subject|topic)"
    r"|on\s+a\s+(?:different|separate|another|related)\s+(?:note|topic|subject)|switch(?:ing)?\s+(?:gears|topics)"
    # Going back to an earlier subject leaves the current one.
    r"|(?:go|going|come|coming|get|getting|hop|circle|turn|turning)\s+back\s+to(?!\s*[\d$€£])"  # not a level
    # "And then real briefly on housing", "just quickly on the budget": a reporter's own signpost.
    r"|^\W*(?:(?:okay|ok|and|then|so|just|real|really|very|one|last|more|thing|[,.])\s*)*(?:quick(?:ly)?|brief(?:ly)?)\s+on\b)",
    re.IGNORECASE,
)


def changes_subject(question: str) -> bool:
    """True when a question announces a new subject ("a different question", "switching gears")."""
    return bool(_NEW_SUBJECT.search(question[:400]))

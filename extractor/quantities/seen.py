"""A mention as the rejection rules see it (:mod:`filters`, :mod:`name_filters`, :mod:`pointing`): the characters
and lexemes around it and, when the document is parsed, its tokens."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token

from ..lang.profile import Profile
from .config import RejectionConfig
from .lexer import Lexeme, low_at as _low
from .mention import Mention

_INVISIBLE = ("\u2060", "\u00ad", "\u200b")


@dataclass
class Seen:
    """A mention with the characters and lexemes around it, as the rejection rules see it."""

    text: str
    lx: list[Lexeme]
    m: Mention
    #: The vocabularies the rules read.
    profile: Profile
    #: The parsed document, for the rules that read the parse (they propose nothing without one).
    doc: Doc | None = None
    #: The thresholds the rules read.
    config: RejectionConfig = field(default_factory=RejectionConfig)

    def token(self, lexeme: Lexeme) -> Token | None:
        """The (last) token covering a lexeme, when the document is parsed."""
        if self.doc is None:
            return None
        span = self.doc.char_span(lexeme.start, lexeme.end, alignment_mode="expand")
        return span[-1] if span is not None and len(span) and span[-1].dep_ else None

    @cached_property
    def num_token(self) -> Token | None:
        return self.token(self.lx[self.m.num_last])

    @cached_property
    def num(self) -> Lexeme:
        return self.lx[self.m.num_first]

    @property
    def bare(self) -> bool:
        """No unit and no scale word: a plain number."""
        return self.m.unit is None and not self.m.scaled

    @cached_property
    def lead(self) -> str:
        """Up to 8 characters before the numeral, invisible joiners ("COVID-\u206019") and soft hyphens dropped."""
        lead = self.text[max(0, self.num.start - 8):self.num.start]
        for ch in _INVISIBLE:
            lead = lead.replace(ch, "")
        return lead

    @property
    def before(self) -> str:
        return self.lead[-1] if self.lead else " "

    @property
    def before2(self) -> str:
        return self.lead[-2] if len(self.lead) > 1 else " "

    @property
    def num_end(self) -> int:
        return self.lx[self.m.num_last].end

    @property
    def after(self) -> str:
        return self.text[self.num_end] if self.num_end < len(self.text) else " "

    @cached_property
    def shouted(self) -> bool:
        """True when most cased words of the sentence are written in capitals (a caption, a headline): there
        capitals no longer mark names, and the rules that read them must not."""
        cased = [x.text for x in self.lx if x.is_word and any(ch.isalpha() for ch in x.text) and len(x.text) > 1]
        return bool(cased) and sum(w.isupper() for w in cased) * 2 > len(cased)

    def low(self, i: int) -> str:
        return _low(self.lx, i)

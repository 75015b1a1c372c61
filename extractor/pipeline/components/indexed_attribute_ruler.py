"""The ``indexed_attribute_ruler`` component: spaCy's attribute ruler, with its patterns looked up in tables.

The English models' ``attribute_ruler`` maps fine-grained tags to parts of speech and morphology
with about 180 short patterns of simple tests ("TAG is VBZ", "LOWER in {is, 's} and TAG is VBZ",
"LOWER matches ^n'?t$"). spaCy's Matcher tries every pattern at every token; on this project's corpus that was 1.7 s
of 15, more than the tagger and the lemmatizer together. Here each token's attribute values are a
key into a table of the patterns they satisfy, computed once per distinct key, so a document costs
a dictionary look-up per token.

The patterns, their order of precedence (later patterns win) and the attribute setting are spaCy's
own: the class is an ``AttributeRuler`` whose matching step is replaced. A pattern the tables
cannot express (operators other than IN, NOT_IN and REGEX, attributes not listed in ``_ATTRIBUTES``) makes
the component use spaCy's Matcher for the whole pipeline, so the results never differ
(``tests/integration/test_indexed_attribute_ruler.py`` compares the two on the corpus).
"""
from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import cast

from spacy import attrs
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Matcher pattern keys the tables understand: the token array attribute behind each, and whether it is a
#: string (stored as its hash) or a flag.
_ATTRIBUTES = {
    "ORTH": (attrs.ORTH, str), "TEXT": (attrs.ORTH, str), "LOWER": (attrs.LOWER, str), "NORM": (attrs.NORM, str),
    "TAG": (attrs.TAG, str), "DEP": (attrs.DEP, str), "LEMMA": (attrs.LEMMA, str),
    "IS_SPACE": (attrs.IS_SPACE, bool), "IS_PUNCT": (attrs.IS_PUNCT, bool), "IS_ALPHA": (attrs.IS_ALPHA, bool),
    "IS_DIGIT": (attrs.IS_DIGIT, bool),
}


#: The value tests the tables understand (``AttributeRuler`` patterns use these three besides equality).
_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})


@dataclass(frozen=True)
class _Test:
    """One attribute's test in a pattern token: equal to a value, in or not in a set, or matching a regex."""

    key: str
    equal: frozenset | None = None  # the allowed values (equality or IN)
    excluded: frozenset | None = None  # NOT_IN
    regex: re.Pattern | None = None

    @classmethod
    def parse(cls, key: str, value) -> _Test | None:
        if key not in _ATTRIBUTES:
            return None
        if isinstance(value, (str, bool)):
            return cls(key, equal=frozenset([value]))
        if not isinstance(value, dict) or len(value) != 1 or next(iter(value)) not in _OPERATORS:
            return None
        op, arg = next(iter(value.items()))
        if op == "REGEX":
            return cls(key, regex=re.compile(arg)) if isinstance(arg, str) else None
        if not isinstance(arg, list) or not all(isinstance(a, (str, bool)) for a in arg):
            return None
        return cls(key, equal=frozenset(arg)) if op == "IN" else cls(key, excluded=frozenset(arg))

    def __call__(self, value) -> bool:
        if self.equal is not None:
            return value in self.equal
        if self.excluded is not None:
            return value not in self.excluded
        assert self.regex is not None  # parse() sets exactly one of the three tests
        return bool(self.regex.search(value))  # spaCy's REGEX predicate searches


@dataclass(frozen=True)
class _Pattern:
    attr_id: int  # the rule's position: later rules take precedence
    specs: tuple[tuple[_Test, ...], ...]  # per pattern token: the tests it must pass


@Language.factory(
    "indexed_attribute_ruler",
    assigns=["token.pos", "token.morph", "token.lemma", "token.tag"],
    requires=["token.tag"],
    default_config={"validate": False, "max_cached": 200_000},
)
def make_indexed_attribute_ruler(nlp: Language, name: str, *, validate: bool,
                                 max_cached: int) -> IndexedAttributeRuler:
    """An ``AttributeRuler`` that finds its matches by table look-up; fill it with ``add_patterns``.

    Args:
        max_cached: rows of attribute values remembered between documents (a corpus of 85,000 words has about
            15,000); past it the memory starts again, which keeps it flat over a long run.
    """
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, max_cached=max_cached)


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` with table look-up in place of the Matcher (same patterns, same results)."""

    def __init__(self, *args, max_cached: int = 200_000, **kwargs) -> None:
        self._tables: _Tables | None = None
        self.max_cached = max_cached
        super().__init__(*args, **kwargs)

    def clear(self) -> None:
        self._tables = None
        super().clear()

    def add(self, patterns, attrs, index: int = 0) -> None:
        self._tables = None
        super().add(patterns, attrs, index)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches as ``(attr_id, match_id, start, end)``, sorted as ``AttributeRuler.match`` sorts them."""
        if self._tables is None:
            self._tables = _Tables.of(self)
        tables = self._tables
        if tables.needs_matcher:
            return super().match(doc)
        if not len(doc):
            return []
        patterns = tables.patterns
        # Read the attributes as one array (no Token objects), then test each distinct row once.
        rows = doc.to_array([_ATTRIBUTES[k][0] for k in tables.keys]).reshape(len(doc), -1).tolist()
        strings = self.vocab.strings
        kinds = [_ATTRIBUTES[k][1] for k in tables.keys]
        satisfied = tables.satisfied
        if len(satisfied) > self.max_cached:  # keep memory flat over a long run
            satisfied.clear()
            tables.starts.clear()
        combos = []
        for row in rows:
            combo = tuple(row)
            sat = satisfied.get(combo)
            if sat is None:
                values = {k: (strings[int(v)] if v else "") if kind is str else bool(v)
                          for k, kind, v in zip(tables.keys, kinds, combo)}
                sat = satisfied[combo] = tables.satisfied_by(values)
            combos.append(sat)
        matches = []
        for start, sat in enumerate(combos):
            singles, longer = tables.starting(sat)
            for attr_id, match_id in singles:
                matches.append((attr_id, match_id, start, start + 1))
            for n in longer:
                p = patterns[n]
                end = start + len(p.specs)
                if end <= len(doc) and all((n, j) in combos[start + j] for j in range(1, len(p.specs))):
                    matches.append((p.attr_id, tables.match_ids[p.attr_id], start, end))
        # Sorted as AttributeRuler.match sorts them: later rules are applied last and win.
        matches.sort()
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each match's attributes on its target token, in the order of ``matches`` (as spaCy does)."""
        n = len(doc)
        for attr_id, match_id, start, end in matches:
            index = self.indices[attr_id]
            target = start + index if index >= 0 else end + index
            if not start <= target < end or target >= n:
                raise ValueError(Errors.E1001.format(patterns=self.matcher.get(match_id),
                                                     span=[t.text for t in doc[start:end]], index=index))
            set_token_attrs(doc[target], self.attrs[attr_id])



@dataclass
class _Tables:
    """A ruler's patterns, indexed by the values that can satisfy them."""

    patterns: list[_Pattern]
    keys: tuple[str, ...] = ()  # every attribute any pattern tests
    match_ids: tuple[int, ...] = ()  # rule i's match id (AttributeRuler.add keys it by the string "i")
    # (key, value) -> the pattern tokens that need key == value (among other tests); the rest are scanned.
    index: dict[tuple[str, Hashable], list[tuple[int, int]]] = field(default_factory=dict)
    scan: list[tuple[int, int]] = field(default_factory=list)
    # A row of attribute values (string hashes and flags, stable for a vocab) -> the pattern tokens it satisfies.
    satisfied: dict[tuple, frozenset[tuple[int, int]]] = field(default_factory=dict)
    starts: dict[frozenset, tuple[list[tuple[int, int]], list[int]]] = field(default_factory=dict)
    needs_matcher: bool = False  # some pattern has a test the tables do not know: the Matcher runs instead

    @classmethod
    def of(cls, ruler: AttributeRuler) -> _Tables:
        patterns = _table_patterns(ruler)
        if patterns is None:
            return cls([], needs_matcher=True)
        index: dict[tuple[str, Hashable], list[tuple[int, int]]] = {}
        scan: list[tuple[int, int]] = []
        for n, p in enumerate(patterns):
            for j, spec in enumerate(p.specs):
                # Index by the test with the fewest allowed values; a spec with none is scanned.
                finite = [(t.key, t.equal) for t in spec if t.equal is not None]
                if not finite:
                    scan.append((n, j))
                    continue
                key, allowed = min(finite, key=lambda test: len(test[1]))
                for value in allowed:
                    index.setdefault((key, value), []).append((n, j))
        keys = tuple(sorted({t.key for p in patterns for spec in p.specs for t in spec}))
        match_ids = tuple(ruler.vocab.strings[str(i)] for i in range(len(ruler.attrs)))
        return cls(patterns, keys, match_ids, index, scan)

    def starting(self, sat: frozenset[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
        """For a token satisfying ``sat``: the one-token rules it matches, as (attr_id, match_id), and the
        longer patterns it may start."""
        entry = self.starts.get(sat)
        if entry is None:
            firsts = sorted(n for n, j in sat if j == 0)
            singles = [(self.patterns[n].attr_id, self.match_ids[self.patterns[n].attr_id])
                       for n in firsts if len(self.patterns[n].specs) == 1]
            entry = self.starts[sat] = (singles, [n for n in firsts if len(self.patterns[n].specs) > 1])
        return entry

    def satisfied_by(self, values: Mapping[str, Hashable]) -> frozenset[tuple[int, int]]:
        """The (pattern, position) pairs whose token tests ``values`` pass."""
        candidates = list(self.scan)
        for item in values.items():
            candidates += self.index.get(item, ())
        return frozenset((n, j) for n, j in candidates
                         if all(test(values[test.key]) for test in self.patterns[n].specs[j]))


def _table_patterns(ruler: AttributeRuler) -> list[_Pattern] | None:
    """The ruler's patterns in table form, or None when one of them needs the Matcher."""
    out: list[_Pattern] = []
    for attr_id in range(len(ruler.attrs)):
        entry = ruler.matcher.get(ruler.vocab.strings[str(attr_id)])
        if entry is None:
            continue
        for pattern in entry[1]:
            specs = []
            for token_spec in pattern:
                parsed = [_Test.parse(k, v) for k, v in token_spec.items()]
                tests = tuple(t for t in parsed if t is not None)
                if not tests or len(tests) < len(parsed):
                    return None
                specs.append(tests)
            out.append(_Pattern(attr_id, tuple(specs)))
    return out


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's ``AttributeRuler`` ``name`` by an ``IndexedAttributeRuler`` with its patterns."""
    if name not in nlp.pipe_names or isinstance(nlp.get_pipe(name), IndexedAttributeRuler):
        return
    old = nlp.get_pipe(name)
    if type(old) is not AttributeRuler:
        return
    patterns = old.patterns
    # spaCy types a pipe as a plain callable; the factory above makes an IndexedAttributeRuler.
    new = cast(IndexedAttributeRuler, nlp.replace_pipe(name, "indexed_attribute_ruler"))
    new.add_patterns(patterns)


__all__ = ["IndexedAttributeRuler", "index_attribute_ruler"]

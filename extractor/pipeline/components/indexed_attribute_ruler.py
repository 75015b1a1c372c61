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

On a document of many tokens (the passages ``numeral_focus`` gives the models, 1,000-2,000 tokens a group)
the matches are not listed at all: each distinct row of attribute values is looked up once, and what the
rules set is written into the token arrays in one step (:meth:`IndexedAttributeRuler._apply_by_arrays`),
the same values as applying the matches one by one. Listing 60,000 matches, sorting them and making a
``Token`` for each to set its attributes cost three times as much. A short document (the topic labels' tagger
reads eleven tokens at a time) keeps the match list, where numpy's cost per call would outweigh it.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, cast

import numpy
from spacy import attrs
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.util import minibatch

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


#: From how many tokens a document's attributes are written as arrays: below it, numpy's cost per call
#: (``unique``, ``to_array``, ``from_array``: some 100 µs a document) exceeds what listing the matches costs.
_ARRAY_FROM = 200

#: The token attributes :meth:`IndexedAttributeRuler._apply_by_arrays` writes (``Doc.from_array`` sets each as
#: ``set_token_attrs`` does: on the token only, none being an attribute of the word's lexeme).
_ARRAY_ATTRIBUTES = (attrs.LEMMA, attrs.POS, attrs.TAG, attrs.DEP, attrs.MORPH)


@Language.factory(
    "indexed_attribute_ruler",
    assigns=["token.pos", "token.morph", "token.lemma", "token.tag"],
    requires=["token.tag"],
    default_config={"validate": False, "max_cached": 200_000, "array_from": _ARRAY_FROM},
)
def make_indexed_attribute_ruler(nlp: Language, name: str, *, validate: bool,
                                 max_cached: int, array_from: int) -> IndexedAttributeRuler:
    """An ``AttributeRuler`` that finds its matches by table look-up; fill it with ``add_patterns``.

    Args:
        max_cached: rows of attribute values remembered between documents (a corpus of 85,000 words has about
            15,000); past it the memory starts again, which keeps it flat over a long run.
        array_from: documents of at least this many tokens get their attributes written as arrays (see the
            module's docstring); the results are the same either way.
    """
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, max_cached=max_cached, array_from=array_from)


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` with table look-up in place of the Matcher (same patterns, same results)."""

    def __init__(self, *args, max_cached: int = 200_000, array_from: int = _ARRAY_FROM, **kwargs) -> None:
        self._tables: _Tables | None = None
        self.max_cached = max_cached
        self.array_from = array_from
        super().__init__(*args, **kwargs)

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on ``doc``, as ``AttributeRuler.__call__`` does (errors go to the
        component's error handler); a long document by arrays (:meth:`_apply_by_arrays`)."""
        if len(doc) < self.array_from or self._ready_tables().effects is None:
            return super().__call__(doc)
        return next(self._by_arrays([doc]))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """``__call__`` on each document of ``stream``; a batch of documents of ``array_from`` tokens or more in
        all gets its attributes written as arrays (:meth:`_apply_by_arrays`): the models' passages are short
        documents (most under 200 tokens), whose rows of attribute values recur from one to the next."""
        for batch in minibatch(stream, size=batch_size):
            if sum(len(doc) for doc in batch) < self.array_from or self._ready_tables().effects is None:
                yield from (super(IndexedAttributeRuler, self).__call__(doc) for doc in batch)
            else:
                yield from self._by_arrays(batch)

    def _by_arrays(self, docs: list[Doc]) -> Iterator[Doc]:
        """``docs`` with their attributes written as arrays; should that fail (a rule's target outside its
        pattern), each document as spaCy's ruler does it, its error to the error handler."""
        try:
            self._apply_by_arrays(docs, self._ready_tables())
        except Exception:  # noqa: BLE001  nothing was written: spaCy's own path raises or handles it
            yield from (super(IndexedAttributeRuler, self).__call__(doc) for doc in docs)
            return
        yield from docs

    def _ready_tables(self) -> _Tables:
        if self._tables is None:
            self._tables = _Tables.of(self)
        return self._tables

    def clear(self) -> None:
        self._tables = None
        super().clear()

    def add(self, patterns, attrs, index: int = 0) -> None:
        self._tables = None
        super().add(patterns, attrs, index)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches as ``(attr_id, match_id, start, end)``, sorted as ``AttributeRuler.match`` sorts them."""
        tables = self._ready_tables()
        if tables.needs_matcher:
            return super().match(doc)
        if not len(doc):
            return []
        patterns = tables.patterns
        # Read the attributes as one array (no Token objects), then test each distinct row once.
        rows = doc.to_array([_ATTRIBUTES[k][0] for k in tables.keys]).reshape(len(doc), -1).tolist()
        self._forget_past_bound(tables)
        combos = [self._satisfied(tables, tuple(row)) for row in rows]
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

    def _forget_past_bound(self, tables: _Tables) -> None:
        """Forget the remembered rows past ``max_cached`` (keeps memory flat over a long run)."""
        if len(tables.satisfied) > self.max_cached:
            tables.satisfied.clear()
            tables.starts.clear()
            tables.rows.clear()

    def _satisfied(self, tables: _Tables, combo: tuple) -> frozenset[tuple[int, int]]:
        """The pattern tokens a row of attribute values (hashes and flags, in ``tables.keys`` order) satisfies."""
        sat = tables.satisfied.get(combo)
        if sat is None:
            strings = self.vocab.strings
            values = {k: (strings[int(v)] if v else "") if _ATTRIBUTES[k][1] is str else bool(v)
                      for k, v in zip(tables.keys, combo)}
            sat = tables.satisfied[combo] = tables.satisfied_by(values)
        return sat

    def _row(self, tables: _Tables, combo: tuple) -> tuple[frozenset[tuple[int, int]], _RowEffect]:
        """The pattern tokens a row of attribute values satisfies and what its one-token rules set, remembered."""
        sat = self._satisfied(tables, combo)
        found = tables.rows[combo] = (sat, tables.row_effect(sat))
        return found

    def _apply_by_arrays(self, docs: list[Doc], tables: _Tables) -> None:
        """What applying ``self.match(doc)`` with :meth:`set_annotations` sets on each of ``docs``, written as
        arrays; nothing is written unless every document's values were worked out.

        The matches are applied in ``match``'s order, by rule (``attr_id``): for each token and attribute the
        value that stays is that of the last rule, among those that matched with the token as target, that sets
        the attribute. So each distinct row of attribute values gives, per attribute, the last of its one-token
        rules and the value it sets (:meth:`_Tables.row_effect`); the few patterns of several tokens are tested
        where they may start, and win where their rule comes later.
        """
        effects_of_rule = tables.effects
        assert effects_of_rule is not None  # the callers checked it
        # One read of each document: the attributes the patterns test, then those the rules set.
        tested = [_ATTRIBUTES[k][0] for k in tables.keys]
        ends = numpy.cumsum([len(doc) for doc in docs]).tolist()
        read = numpy.concatenate([doc.to_array([*tested, *_ARRAY_ATTRIBUTES]).reshape(len(doc), -1) for doc in docs])
        rows, current = read[:, :len(tested)], read[:, len(tested):]
        distinct, inverse = _distinct_rows(rows)
        self._forget_past_bound(tables)
        known = tables.rows
        found = [known.get(combo) or self._row(tables, combo) for combo in map(tuple, distinct.tolist())]
        invalid = next((row.invalid for _, row in found if row.invalid is not None), None)
        if invalid is not None:
            raise ValueError(f"rule {invalid} names a target outside its one-token pattern")
        # Per token and attribute column: the deciding rule's number (-1 for none) and the value it sets.
        ranks, values = tables.effect_arrays()
        numbers = numpy.array([row.effect for _, row in found], dtype="int64")[inverse]
        rank, value = ranks[numbers], values[numbers]
        may_start = numpy.flatnonzero(numpy.array([bool(row.longer) for _, row in found])[inverse]).tolist()
        for start in may_start:
            doc_end = ends[bisect.bisect_right(ends, start)]  # a pattern never runs into the next document
            for k in found[inverse[start]][1].longer:
                p = tables.patterns[k]
                end = start + len(p.specs)
                if end > doc_end or not all((k, j) in found[inverse[start + j]][0] for j in range(1, len(p.specs))):
                    continue
                index = self.indices[p.attr_id]
                target = start + index if index >= 0 else end + index
                if not start <= target < end:
                    raise ValueError(f"rule {p.attr_id} names a target outside its pattern")
                for column, set_value in effects_of_rule[p.attr_id]:
                    if p.attr_id > rank[target, column]:
                        rank[target, column], value[target, column] = p.attr_id, set_value
        decided = rank >= 0
        current[decided] = value[decided]  # the values no rule sets stay as they were
        for doc, a, b in zip(docs, [0, *ends], ends):
            # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
            doc.from_array(_ARRAY_ATTRIBUTES, current[a:b])  # type: ignore[arg-type]

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
    # Per rule (attr_id): what it sets, as (column of _ARRAY_ATTRIBUTES, value); None when some rule sets an
    # attribute the arrays do not write (then the matches are applied one by one).
    effects: tuple[tuple[tuple[int, int], ...], ...] | None = None
    # Which rules' one-token patterns name their target inside the pattern (index 0 or -1).
    valid_single: tuple[bool, ...] = ()
    # A row of attribute values -> the pattern tokens it satisfies and what its one-token rules set.
    rows: dict[tuple, tuple[frozenset[tuple[int, int]], _RowEffect]] = field(default_factory=dict)
    # What one-token rules set (per column of _ARRAY_ATTRIBUTES: the deciding rule, -1 for none, and its value),
    # each distinct effect numbered (a few hundred: they depend only on which rules match), and as arrays.
    effect_numbers: dict[tuple[tuple[int, ...], tuple[int, ...]], int] = field(default_factory=dict)
    _effect_arrays: tuple[numpy.ndarray, numpy.ndarray] | None = None

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
        columns = {attr: c for c, attr in enumerate(_ARRAY_ATTRIBUTES)}
        effects = None
        if all(attr in columns for rule in ruler.attrs for attr in rule):
            effects = tuple(tuple((columns[attr], int(v)) for attr, v in rule.items()) for rule in ruler.attrs)
        valid_single = tuple(index in (0, -1) for index in ruler.indices)
        return cls(patterns, keys, match_ids, index, scan, effects=effects, valid_single=valid_single)

    def row_effect(self, sat: frozenset[tuple[int, int]]) -> _RowEffect:
        """For a token satisfying ``sat``, what its one-token rules set: per column of ``_ARRAY_ATTRIBUTES`` the
        last such rule that sets it (-1 for none) and its value, as the number of that effect; and the longer
        patterns it may start."""
        assert self.effects is not None  # only asked for when every rule's effect is known
        singles, longer = self.starting(sat)
        rank, value = [-1] * len(_ARRAY_ATTRIBUTES), [0] * len(_ARRAY_ATTRIBUTES)
        invalid = None
        for attr_id, _ in singles:  # in rule order: a later rule overrides
            if not self.valid_single[attr_id]:
                invalid = attr_id
            for column, set_value in self.effects[attr_id]:
                rank[column], value[column] = attr_id, set_value
        effect = (tuple(rank), tuple(value))
        number = self.effect_numbers.get(effect)
        if number is None:
            number = self.effect_numbers[effect] = len(self.effect_numbers)
            self._effect_arrays = None
        return _RowEffect(number, tuple(longer), invalid)

    def effect_arrays(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The numbered effects (:meth:`row_effect`) as two arrays, one row per number: the deciding rules and
        the values they set."""
        if self._effect_arrays is None:
            effects = list(self.effect_numbers)  # in the order of their numbers
            ranks = numpy.array([rank for rank, _ in effects], dtype="int64").reshape(len(effects), -1)
            values = numpy.array([value for _, value in effects], dtype="uint64").reshape(len(effects), -1)
            self._effect_arrays = (ranks, values)
        return self._effect_arrays

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


#: Odd multipliers that mix a row of attribute values into one number (:func:`_distinct_rows`).
_MIX = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93)


def _distinct_rows(rows: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct rows of ``rows`` and, per row, the index of its distinct row.

    Each row is mixed into one number, whose distinct values numpy finds by sorting numbers (five times
    faster than comparing whole rows); the rows of one number are then checked to be equal, and should two
    rows ever share a number, the rows themselves are compared.
    """
    mixed = numpy.zeros(len(rows), dtype="uint64")
    for c in range(rows.shape[1]):
        # Multiplication wraps around 2**64, as hashing wants.
        mixed = (mixed ^ rows[:, c]) * numpy.uint64(_MIX[c % len(_MIX)])
    _, first, inverse = numpy.unique(mixed, return_index=True, return_inverse=True)
    distinct = rows[first]
    inverse = inverse.reshape(-1)
    if not numpy.array_equal(distinct[inverse], rows):
        distinct, inverse = numpy.unique(rows, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
    return distinct, inverse


class _RowEffect(NamedTuple):
    """What a row of attribute values gets from the one-token rules (see :meth:`_Tables.row_effect`)."""

    effect: int  # the number of the effect (_Tables.effect_numbers)
    longer: tuple[int, ...]  # the patterns of several tokens the row may start
    invalid: int | None  # a matched one-token rule whose target index is outside its pattern


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

"""The ``cached_lemmatizer`` component: spaCy's English rule lemmatizer, with every answer remembered.

spaCy's ``Lemmatizer`` caches a rule look-up by (word, part of speech, morphology), but only when it
runs the rules: the answers it gives before them (a base form such as a singular noun or an
infinitive, a part of speech without rules such as a proper noun, a number or punctuation) are worked
out again at every token. On this project's corpus three tokens in four took that path: 40,000
uncached look-ups of 54,000. And a look-up that does run the rules checks each candidate form against
the table of known words, a list of up to 57,000 words scanned from the start (about 0.2 ms a
look-up). The models' 12 s included 1.6 s of lemmatizing.

Here every answer is kept under the same key, a document is read and written as token arrays (a
token already seen costs one dictionary look-up and no ``Token`` object), and the known words are
looked up in sets. The algorithm is spaCy's ``Lemmatizer.rule_lemmatize`` step for step, with the
English ``is_base_form``; the key holds everything it reads, so remembering cannot change a lemma
(``tests/unit/test_cached_lemmatizer.py`` compares the two word by word on the model's tables).
"""
from __future__ import annotations

import warnings
from typing import cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.factory(
    "cached_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False, "max_cached": 200_000,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_cached_lemmatizer(nlp: Language, name: str, *, model, mode: str, overwrite: bool, max_cached: int,
                           scorer) -> CachedLemmatizer:
    """An English lemmatizer that remembers every answer; its tables come from ``initialize``,
    ``from_disk`` or :func:`cache_lemmatizer`.

    Args:
        max_cached: answers remembered at most (a corpus of 115,000 words has about 10,000); past it the
            memory starts again, which keeps it flat over a long run.
    """
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer,
                            max_cached=max_cached)


class CachedLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` whose answers are all cached by (word, part of speech, morphology)."""

    def __init__(self, *args, max_cached: int = 200_000, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_cached = max_cached
        self._lemmas: dict[tuple[int, int, int], str] = {}
        self._known: dict[str, frozenset[str]] = {}  # the lemma_index table's lists as sets, by part of speech

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._set_lemmas(doc)
            return doc
        except Exception as e:  # noqa: BLE001  spaCy's own error handling for components (raises by default)
            error_handler(self.name, self, [doc], e)

    def _set_lemmas(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [row[3] for row in rows]
        cache = self._lemmas
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:  # set before (the attribute ruler's exceptions)
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                if len(cache) >= self.max_cached:
                    cache.clear()
                found = cache[key] = self.lemmatize(doc[i])[0]
            # Added to this Doc's own strings (a Doc of another vocabulary may come next).
            lemmas[i] = strings.add(found)
        # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64"))  # type: ignore[arg-type]

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy's ``Lemmatizer.rule_lemmatize`` (3.8), with the known words of a part of speech in a set.

        Without spaCy's own cache (``self.cache``, never bounded): ``_set_lemmas`` keeps every answer.
        """
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        index = self._known_words(univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        if not (index or exceptions or rules):
            return [string] if univ_pos == "propn" else [string.lower()]
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms

    def _known_words(self, univ_pos: str) -> frozenset[str]:
        known = self._known.get(univ_pos)
        if known is None:
            known = self._known[univ_pos] = frozenset(self.lookups.get_table("lemma_index", {}).get(univ_pos, ()))
        return known

    def _forget(self) -> None:
        """Drop what was remembered: to be called whenever ``lookups`` change (loading and ``initialize`` do)."""
        self._lemmas.clear()
        self._known.clear()
        self.cache.clear()

    def initialize(self, *args, **kwargs) -> None:
        self._forget()
        super().initialize(*args, **kwargs)

    def from_disk(self, *args, **kwargs):
        self._forget()
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self._forget()
        return super().from_bytes(*args, **kwargs)


def cache_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Replace the pipeline's ``EnglishLemmatizer`` ``name`` by a ``CachedLemmatizer`` with its tables.

    Any other lemmatizer (another language's, a lookup-table one of another class, one already
    cached) is left as it is.
    """
    old = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if type(old) is not EnglishLemmatizer:
        return
    # spaCy types a pipe as a plain callable; the factory above makes a CachedLemmatizer.
    new = cast(CachedLemmatizer,
               nlp.replace_pipe(name, "cached_lemmatizer", config={"mode": old.mode, "overwrite": old.overwrite}))
    new.lookups = old.lookups
    new._validated = old._validated
    new._forget()


__all__ = ["CachedLemmatizer", "cache_lemmatizer"]

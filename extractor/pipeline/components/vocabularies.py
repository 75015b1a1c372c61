"""Word lists given to a component through its config, saved and restored with the pipeline.

Every component of this package takes a ``vocabularies`` setting: a mapping from the name of one
of the package's vocabularies (:func:`extractor.lang.profile.names`) to the entries that replace
the package's while the component runs: a list of words for a ``.txt`` vocabulary, a mapping of
key to value for a ``.tsv`` one. Empty (the default), the package's data is used::

    nlp.add_pipe("transcript_structure", config={"vocabularies": {"honorifics": ["mr", "ms", "dr", "judge"]}})

As spaCy's own rulers keep their patterns, ``nlp.to_disk`` writes a component's overrides into its
folder (``vocabularies/<name>.txt`` or ``.tsv``, the package's own file format, to read or edit) and
``spacy.load`` reads them back. The overrides reach the rules through the component's
:class:`~extractor.lang.profile.Profile`, built once from them and handed to every stage it runs.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import srsly

from ...lang.profile import Profile, normalised, parse

_FOLDER = "vocabularies"


class Vocabularies:
    """A component's vocabulary overrides (checked against the package's names and kinds on creation)."""

    def __init__(self, overrides: Mapping[str, Iterable[str] | Mapping[str, str]] | None = None) -> None:
        self.overrides: dict[str, list[str] | dict[str, str]] = {}
        self.profile = Profile()
        for name, entries in (overrides or {}).items():
            self.set(name, entries)

    def set(self, name: str, entries: Iterable[str] | Mapping[str, str]) -> None:
        """Replace the package's entries of ``name`` (a clear error for an unknown name or a wrong kind)."""
        checked = normalised(name, entries)
        self.overrides[name] = sorted(checked) if isinstance(checked, frozenset) else dict(checked)
        self.profile = Profile(overrides=self.overrides)

    def _clear(self) -> None:
        self.overrides = {}
        self.profile = Profile()

    def to_disk(self, path: str | Path) -> None:
        folder = Path(path) / _FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        for old in [*folder.glob("*.txt"), *folder.glob("*.tsv")]:  # one no longer overridden is not kept
            old.unlink()
        for name, entries in self.overrides.items():
            if isinstance(entries, dict):
                lines = [f"{k}\t{v}" for k, v in entries.items()]
                (folder / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
            else:
                (folder / f"{name}.txt").write_text("\n".join(entries) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path) -> Vocabularies:
        """Read the overrides ``to_disk`` wrote (a folder without them keeps the config's)."""
        folder = Path(path) / _FOLDER
        if not folder.is_dir():
            return self
        self._clear()
        for file in sorted(folder.iterdir()):
            entries = parse(file.read_text(encoding="utf-8"))
            if file.suffix == ".tsv":
                self.set(file.stem, dict(line.split("\t", 1) for line in entries))
            elif file.suffix == ".txt":
                self.set(file.stem, entries)
        return self

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps(self.overrides)

    def from_bytes(self, data: bytes) -> Vocabularies:
        self._clear()
        for name, entries in srsly.msgpack_loads(data).items():
            self.set(name, entries)
        return self


class WithVocabularies:
    """Mixin: a component that runs ``_annotate`` with the profile its ``vocabularies`` make, and saves them
    with ``to_disk``/``from_disk``/``to_bytes``/``from_bytes``."""

    vocabularies: Vocabularies

    def __call__(self, doc):
        return self._annotate(doc, profile=self.vocabularies.profile)

    def _annotate(self, doc, *, profile: Profile):
        raise NotImplementedError

    def to_disk(self, path, *, exclude=()) -> None:
        self.vocabularies.to_disk(path)

    def from_disk(self, path, *, exclude=()):
        self.vocabularies.from_disk(path)
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return self.vocabularies.to_bytes()

    def from_bytes(self, data: bytes, *, exclude=()):
        self.vocabularies.from_bytes(data)
        return self

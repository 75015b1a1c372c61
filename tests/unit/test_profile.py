"""The language profile is handed to the rules: no rule reads a vocabulary through a global, and two
pipelines with different overrides of one list run side by side, in one thread or two."""
from __future__ import annotations

import ast
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import extractor
from extractor.lang.profile import Profile, english
from extractor.pipeline.components.quantities import QuantitiesComponent
from extractor.pipeline.components.vocabularies import Vocabularies
from extractor.pipeline.extensions import QUANTITIES
from extractor.quantities.numbers import words_to_number

PACKAGE = Path(extractor.__file__).parent
#: Where vocabularies are read from files: the profile itself, and the transitional reader of the profile in
#: force for the modules not yet given theirs.
READERS = ("lang", "vocabulary")
#: TRANSITIONAL: modules whose rules still read the profile in force (or that set it, or fall back on it at
#: a boundary others' modules call), until every rule takes it as a parameter.
NOT_YET: frozenset[str] = frozenset()
#: What reading a vocabulary through the module-global reader (or setting what it reads) looks like.
GLOBAL_READS = frozenset({"words", "table", "pattern", "alternation", "month_numbers", "cached", "current", "using",
                          "overriding"})


def _modules() -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in READERS:
            continue
        out.append((relative.as_posix(), ast.parse(path.read_text(encoding="utf-8"))))
    return out


def _global_reads(tree: ast.Module) -> list[str]:
    """Calls (and decorators) ``vocabulary.<reader>`` in a module."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "vocabulary"
                and node.attr in GLOBAL_READS):
            found.append(f"line {node.lineno}: vocabulary.{node.attr}")
    return found


def test_no_rule_reads_a_vocabulary_through_a_global():
    offenders = {name: reads for name, tree in _modules() if name not in NOT_YET and (reads := _global_reads(tree))}
    assert not offenders, f"read the profile given as a parameter instead: {offenders}"


def test_the_modules_not_yet_converted_are_named_and_still_exist():
    names = {name for name, _ in _modules()}
    assert names >= NOT_YET
    still = {name for name, tree in _modules() if _global_reads(tree)}
    assert still <= NOT_YET, "a module converted: take it off NOT_YET"


def test_rules_never_fall_back_on_the_english_profile():
    """Only the entry points (the readers of a folder, the records' validation, the table-building tool) may
    choose the package's English profile; a rule reads the profile it is given."""
    allowed = {"reading/inputs.py", "records/models.py", "quantities/lexicon.py"}
    calls = {name for name, tree in _modules() for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "english"}
    assert calls <= allowed, sorted(calls - allowed)


def test_a_profile_checks_its_overrides():
    with pytest.raises(ValueError, match="no vocabulary 'honourifics'"):
        Profile(overrides={"honourifics": ["dame"]})
    with pytest.raises(ValueError, match="is a table"):
        english().overriding({"months": ["brumaire"]})


def test_two_profiles_with_two_overrides_of_one_list_read_differently():
    hundred_and_ten = english().overriding({"number_tens": {**english().table("number_tens"), "eleventy": "110"}})
    eleven = english().overriding({"number_tens": {**english().table("number_tens"), "eleventy": "11"}})
    assert words_to_number(["eleventy", "two"], profile=hundred_and_ten) == 112
    assert words_to_number(["eleventy", "two"], profile=eleven) == 13
    assert words_to_number(["eleventy", "two"], profile=english()) is None


TEXT = ("CHAIR NAKAMURA: The rowing club sold eleventy tickets and 40 programmes for the regatta.\n"
        "TREASURER OSEI: The gate takings paid for 3 new boats.\n")


def _components() -> tuple[QuantitiesComponent, QuantitiesComponent]:
    """Two quantities components whose configs give one list, ``number_tens``, different entries."""
    tens = english().table("number_tens")
    return (QuantitiesComponent(Vocabularies({"number_tens": {**tens, "eleventy": "110"}})),
            QuantitiesComponent(Vocabularies({"number_tens": {**tens, "eleventy": "11"}})))


def _figures(component: QuantitiesComponent, parsed) -> list[tuple[str, float | None]]:
    doc = component(parsed.copy())
    return [(s.text, s._.quantity.value) for s in doc.spans[QUANTITIES]]


def test_two_pipelines_with_different_overrides_give_different_figures(nlp):
    parsed = nlp(TEXT)
    big, small = _components()
    assert ("eleventy", 110.0) in _figures(big, parsed)
    assert ("eleventy", 11.0) in _figures(small, parsed)
    assert ("eleventy", 110.0) in _figures(big, parsed)  # nothing of the other stayed behind
    # The pipeline of the package's lists does not read the made-up word at all.
    assert [s.text for s in parsed.spans[QUANTITIES]] == ["40", "3"]


def test_two_pipelines_with_different_overrides_in_two_threads_at_once(nlp):
    parsed = nlp(TEXT)
    big, small = _components()
    expected = {id(big): ("eleventy", 110.0), id(small): ("eleventy", 11.0)}
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = [(c, pool.submit(_figures, c, parsed)) for _ in range(8) for c in (big, small)]
        for component, run in runs:
            assert expected[id(component)] in run.result()


def test_a_profile_travels_to_another_process_with_its_overrides():
    profile = english().overriding({"honorifics": ["dame"], "months": {"Brumaire": "11"}})
    profile.month_numbers()  # a value built from it stays behind; it is built again where it arrives
    arrived = pickle.loads(pickle.dumps(profile))
    assert arrived.words("honorifics") == {"dame"} and arrived.month_numbers() == {"brumaire": 11}
    assert arrived.words("months") == profile.words("months")

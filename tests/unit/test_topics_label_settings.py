"""Issue 26, labels: the fewest and most keywords and the rank of a lone noun are settings of
:class:`LabelConfig`, set from the ``labels`` section of the topics component's config.

The examples are written for these tests: a city hall's briefing on roadworks and parking.
"""
from __future__ import annotations

import spacy

from extractor.lang.profile import english
from extractor.topics import LabelConfig
from extractor.topics.label_fitness import _fit
from extractor.topics.label_heading import heading
from extractor.topics.labels import label_segments

_TEXT = ("The city hall will repave the harbour road this summer. The harbour road repaving starts in June, and the "
         "repaving crews work at night. Residents asked about parking permits. Parking permits cost less for "
         "residents, and parking permits for visitors go online.")


def _labelled(model, config: LabelConfig):
    doc = model(_TEXT)
    cut = _TEXT.index("Residents")
    return label_segments(doc, [(0, cut), (cut, len(_TEXT))], config=config, profile=english())


def test_the_label_settings_are_set_from_the_component_config():
    pipe = spacy.blank("en").add_pipe("transcript_topics",
                                      config={"labels": {"min_keywords": 1, "max_keywords": 2, "unfit": 2}})
    assert (pipe.config.labels.min_keywords, pipe.config.labels.max_keywords, pipe.config.labels.unfit) == (1, 2, 2)


def test_the_most_keywords_is_a_setting(model):
    assert len(_labelled(model, LabelConfig())[0].keywords) > 1
    assert [t.keywords for t in _labelled(model, LabelConfig(max_keywords=1))] == [("harbour road repaving",),
                                                                                    ("parking permits",)]


def test_the_fewest_keywords_is_a_setting(model):
    # The parking segment has three phrases; asked for five, its frequent single words make them up.
    assert len(_labelled(model, LabelConfig())[1].keywords) == 3
    assert len(_labelled(model, LabelConfig(min_keywords=5))[1].keywords) == 5


def test_the_rank_of_a_lone_noun_is_a_setting():
    profile = english()
    spread = {"city hall"}  # said all through the briefing: rank 2

    def fit(unfit: int):
        return lambda phrase: _fit(phrase, frozenset(), frozenset(), spread, [], unfit=unfit, profile=profile)

    central = {"city hall": 1.0, "resurfacing": 4.0}  # the segment keeps coming back to the resurfacing
    pool = ["city hall", "resurfacing"]
    assert heading(pool, "", set(), fit=fit(3), centrality=central, profile=profile) == "City hall"
    assert heading(pool, "", set(), fit=fit(2), centrality=central, config=LabelConfig(unfit=2),
                   profile=profile) == "Resurfacing"

"""Labels and keywords for topic segments, built from each segment's own key phrases.

Key phrases are the segment's noun chunks, trimmed of determiners, pronouns,
numbers, units and generic modifiers, and scored by tf-idf against the other
segments of the same transcript, so that a label names what sets the segment
apart ("customs clearance", "neutral rate") rather than what the whole event is
about. Phrases the question also uses weigh more: the question sets the subject.
Speaker labels, reporters' self-introductions and debris are never counted.

This module runs the steps, each in a module of its own: ``label_candidates`` (the key phrases),
``label_ranking`` (their tf-idf, centrality and the keywords chosen), ``label_fitness`` (which phrase may head a
segment, and how well), ``label_names`` (a name with what is at issue), ``label_heading`` (the phrase shaped into a
heading), on ``label_words`` (the vocabularies read), ``label_debris`` (phrases that are no subject where they
stand), ``label_questions`` (the opening questions) and ``label_config`` (the settings and shared shapes).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from spacy.attrs import IDX
from spacy.tokens import Doc

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text
from ..records.models import Topic
from .features import WordClasses
from .label_asked import _asked_of
from .label_candidates import _key_phrases, _SingleWords
from .label_config import LabelConfig, Ranges, Recogniser, Tagger
from .label_debris import _talkers
from .label_fitness import (
    _body_phrases,
    _cut_phrases,
    _Fitness,
    _generic_phrases,
    _lifted_phrases,
    _not_nouns,
    _people_subjects_titles,
    _person_named,
)
from .label_heading import headed
from .label_names import _about_the_name
from .label_questions import (
    _asked_about,
    _asked_nouns,
    _asked_words,
    _asking_parts,
    _heard,
    _opening_questions,
    _preface_words,
    _words_of,
)
from .label_ranking import _actors, _in_passing, _said_aside, _Tally
from .label_words import _written_as_name


def label_segments(doc: Doc, edges: Sequence[tuple[int, int]], *, ignore: Sequence[tuple[int, int]] = (),
                   emphasis: Sequence[tuple[int, int]] = (), names: frozenset[str] = frozenset(),
                   classes: WordClasses | None = None, openings: Sequence[tuple[int, int]] | None = None,
                   recognise: Recogniser | None = None, tag: Tagger | None = None, config: LabelConfig | None = None,
                   profile: Profile) -> list[Topic]:
    """A topic record (ids ``k1``, ``k2``... in order) for each ``(start, end)`` in ``edges``, with distinct labels.

    Args:
        doc: The parsed transcript.
        edges: Segment ``(start, end)`` offsets in text order.
        ignore: Ranges whose phrases are not counted (speaker labels, debris, self-introductions).
        emphasis: Ranges whose phrases count double (questions, which name the subject).
        names: Lower-cased words (speakers' names) that no key phrase may contain.
        classes: The document's word classes, for untagged words (computed when not given).
        openings: The question that opens each segment that opens with one (by default, the first
            ``emphasis`` range inside each segment); its phrases weigh most and name the subject.
        recognise: Entities (``(text, label)``) of each of a list of sentences. A phrase written as a
            name ("Dana Whitfield", "Harbour Board") that may head a segment, in a sentence the model
            did not tag, is looked up in its sentence: a person's name never heads a segment.
        tag: The parts of speech (``(offset, POS)`` of each token) of each of a list of sentences. A phrase
            that may head a segment, found where the model did not tag (by guessed word classes), is read in
            its sentence: one the tagger reads as opening with a verb ("saw strong growth") heads none.
        config: Tuning; the defaults suit press conferences.
        profile: The language profile whose word lists it reads.
    """
    config, text = config or LabelConfig(), doc_text(doc)
    classes = classes if classes is not None else WordClasses.of(doc, profile=profile)
    emphasis_ranges, guessed = sorted(emphasis), set[str]()
    openings = _opening_questions(edges, emphasis_ranges) if openings is None else openings
    asked_words = _asked_words(doc, tag if not classes.complete else None, openings)
    nouns = _asked_nouns(doc, tag, openings, asked_words) if tag is not None and not classes.complete else frozenset()
    opening_starts = [a for a, _ in openings]
    phrases = _key_phrases(doc, classes, guessed, Ranges(ignore), names, config, nouns=nouns, profile=profile)
    starts = doc.to_array(IDX).tolist()
    asking = Ranges(part for a, b in openings if b > a for part in _asking_parts(doc, starts, a, b))
    opened = Ranges(openings)
    tally = _Tally.of(phrases, edges, config, opened, Ranges(emphasis_ranges), asking=asking)
    chosen = [tally.choice(j, guessed, config) for j in range(len(edges))]
    centrality = [tally.centrality(j, choice) for j, choice in enumerate(chosen)]
    looked = [p for c, central in zip(chosen, centrality) for p in c.looked(central, config)]
    not_nouns = _not_nouns(doc, tag, looked, phrases, profile=profile)
    if not_nouns:
        # A clause taken for a phrase ("don't target exchange rates") is no keyword, and hides none of the noun
        # phrases that share its words ("the exchange rate"): those segments' phrases are chosen again.
        for j, choice in enumerate(chosen):
            if not_nouns.intersection(choice.keywords, choice.subject):
                chosen[j] = tally.choice(j, guessed, config, dropped=not_nouns)
                centrality[j] = tally.centrality(j, chosen[j])
        seen = set(looked)
        more = [p for c, central in zip(chosen, centrality) for p in c.looked(central, config) if p not in seen]
        if more:
            not_nouns |= _not_nouns(doc, tag, more, phrases, profile=profile)
            looked += more
    people, subjects, titles = _people_subjects_titles(doc, names, recognise, looked, phrases, profile=profile)
    words = _SingleWords(doc, Ranges(ignore), names, classes, config.min_keywords, profile=profile)
    segments, used = list[Topic](), set[str]()  # used: labels already given, each segment's is distinct
    prefaced = list[tuple[int, tuple[int, int]]]()  # a bare label's segment, and the question that opens it
    # Who acts all through the event, and whoever owns a question or a comment: a party that talks.
    actors = _actors(doc, phrases, tally, classes, config) | _talkers(text, phrases, profile=profile)
    person = partial(_person_named, people=people, titles=titles, profile=profile)
    offsets = [offset for offset, _, _ in phrases]
    generic = _generic_phrases(doc, phrases, classes, profile=profile) | _lifted_phrases(doc, phrases, classes,
                                                                                        profile=profile)
    bodies = _body_phrases(doc, phrases, classes, profile=profile)
    cut = _cut_phrases(doc, phrases, starts, profile=profile)
    for j, ((start, end), choice, central) in enumerate(zip(edges, chosen, centrality)):
        segment_phrases = phrases[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]
        fitness = _Fitness(people, subjects, choice.spread(tally, config), choice.make_up(words, text, start, end),
                           choice.leading(), not_nouns, titles=titles, actors=actors, unfit=config.unfit,
                           unanswered=frozenset(choice.unanswered(tally, j, _heard(text, start, end, opened),
                                                                  named=person)),
                           passing=_in_passing(central, choice), generic=generic, bodies=bodies, cut=cut,
                           profile=profile).asking(choice.subject)
        about = partial(_about_the_name, phrases=segment_phrases, text=text, span=(start, end), opened=opened,
                        config=config, profile=profile, doc=doc, classes=classes)
        head = partial(headed, choice.keywords, text[start:end], used, asked=choice.subject, config=config,
                       centrality=central, asked_about=_asked_about(text, segment_phrases, opened, profile=profile),
                       own=frozenset(choice.shown[k] for k in choice.counts if tally.df[k] == 1), profile=profile)
        first = head(fit=fitness, about=partial(about, fit=fitness))
        label = first.label
        # A phrase said once in an aside ranks below what the question asks and the segment returns to: where, so
        # ranked, the heading becomes what it returns to (not a third phrase, nor a bare name: the host, a country).
        aside, returned = _said_aside(central, choice.subject, " ".join(text[start:end].lower().split()), fitness)
        if aside:
            fitness = replace(fitness, passing=frozenset(fitness.passing) | aside)
            other = head(fit=fitness, about=partial(about, fit=fitness))
            main = other.subject
            if (main != first.subject and not all(w[:1].isupper() for w in main.split())
                    and any(r.lower() in main.lower() for r in returned)):
                label = other.label
        # A bare name or a word or two, where the question that opens the segment plainly asks something of it:
        # that, in the question's words ("Harbour Board approving dredging plan", not "Harbour Board").
        k = bisect.bisect_left(opening_starts, start)
        if (k < len(openings) and openings[k][0] < end and ": " not in label
                and (len(label.split()) <= 2 or _written_as_name(label))):
            asked_of = _asked_of(label, asked_words[0].get((openings[k][0], openings[k][1]), ()), text, profile=profile)
            if asked_of is not None and asked_of.lower() not in used:
                label = asked_of[:1].upper() + asked_of[1:]
            elif asked_of is None and (" " not in label or _written_as_name(label)):
                prefaced.append((len(segments), (openings[k][0], openings[k][1])))
        used.add(label.lower())
        segments.append(Topic.model_construct(id=f"k{len(segments) + 1}", start=start, end=end, label=label,
                                              keywords=tuple(choice.keywords[:config.max_keywords])))
    # Where the question's asking sentences ask nothing of a bare name or word, its preface may say what is at issue
    # about it ("The plan relies on the Treasury to buy back the bonds."): its sentences that say the label, read in one
    # batch.
    spans = [(n, span) for n, opening in prefaced
             for span in _preface_words(doc, opening, " ".join(segments[n].label.lower().split()))]
    done = set[int]()
    for (n, _), words_of in zip(spans, _words_of(doc, tag if not classes.complete else None, [s for _, s in spans])):
        asked_of = None if n in done else _asked_of(segments[n].label, words_of, text, profile=profile)
        if asked_of is not None and asked_of.lower() not in used:
            done.add(n)
            used.add(asked_of.lower())
            segments[n] = segments[n].model_copy(update={"label": asked_of[:1].upper() + asked_of[1:]})
    return segments

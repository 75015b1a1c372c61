"""The spaCy pipeline: the model, the transcript components, and what they keep on the ``Doc``.

- :mod:`.build`: :func:`~.build.build_pipeline` and :class:`~.build.PipelineConfig`, the model plus the
  transcript components.
- :mod:`.model_loading`: finding and loading the spaCy model.
- :mod:`.extensions`: the ``doc._`` and ``span._`` attributes that hold the records, and the span groups.
- :mod:`.parsed`: reading what the models left on a ``Doc`` (its text, noun chunks, entities) cheaply; the
  rule packages (:mod:`extractor.structure`, :mod:`extractor.quantities`, :mod:`extractor.topics`) use it.
- :mod:`.components`: the spaCy components that run the rule packages and lay their records on the ``Doc``.

The rule packages sit between :mod:`.parsed` / :mod:`.extensions` (which they may import) and the
components (which import them). Modules are imported by their own names; this file imports nothing, so
that a rule module importing :mod:`.parsed` does not load the components.
"""

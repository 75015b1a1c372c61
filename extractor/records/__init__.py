"""Records: the facts as validated Pydantic models, and how a processed ``Doc`` becomes one.

- :mod:`.models`: every record type, defined once (turn, exchange, statement, topic, quantity, the
  transcript's record, the facts document).
- :mod:`.codec`: how the records travel on a ``Doc`` (srsly's msgpack encoders: ``DocBin``, ``Doc.to_bytes``,
  ``nlp.pipe(n_process=...)``).
- :mod:`.assemble`: a processed ``Doc`` to its validated :class:`~.models.TranscriptRecord`.
- :mod:`.people`: who is who in a record (answerers' names, participants' labels), for the tables and the report.
- :mod:`.schema`: the JSON Schema of the output, generated from the models.

The models and the codec import nothing of the pipeline, the output or the report; assembling reads the
``Doc`` through :mod:`extractor.pipeline.extensions`. Modules are imported by their own names; this file
imports nothing.
"""

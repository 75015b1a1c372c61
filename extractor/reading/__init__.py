"""Reading: from files to text. The first layer; it imports nothing of the pipeline, the records or the output.

- :mod:`.decode`: a transcript's bytes to text (encoding detection, size limit, HTML pages to text), the
  source names the records give.
- :mod:`.html_text`: the text of an HTML page, as a reader sees it.
- :mod:`.inputs`: the transcripts under the paths given (folders walked, report pages and unreadable files
  told apart).

Each module is imported by its own name (``from extractor.reading.decode import read_text``); this file
imports nothing, so that loading one module of the layer loads no other.
"""

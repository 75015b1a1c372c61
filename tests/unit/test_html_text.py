"""Stripping HTML transcripts down to the text they show."""
from __future__ import annotations

from extractor.reading.html_text import html_to_text


def test_paragraphs_become_blank_line_separated_text():
    html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Briefing</h1><p>Q  Rates?</p><p>CHAIR  POWELL.\n  Up 5&nbsp;%.</p></body></html>"
    assert html_to_text(html) == "Briefing\n\nQ Rates?\n\nCHAIR POWELL. Up 5\u00a0%.\n"


def test_scripts_and_comments_are_not_text():
    assert html_to_text("<p>a<script>var x = '<p>no</p>';</script>b<!-- hidden --></p>") == "ab\n"


def test_entities_are_decoded_and_line_breaks_kept():
    assert html_to_text("<div>AT&amp;T<br>5 &lt; 6</div>") == "AT&T\n5 < 6\n"


def test_preformatted_text_keeps_its_spacing():
    assert html_to_text("<pre>Q    Hello\n  there</pre>") == "Q    Hello\n  there\n"

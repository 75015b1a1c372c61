"""The text an HTML transcript shows, with its markup stripped.

For an ``.html`` file every offset in the output indexes this shown text (what
a reader sees in the browser), not the markup. Whitespace is collapsed the way
a browser collapses it, block elements become line breaks, and scripts, styles
and the document head are dropped.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
#: A numeric character reference beyond U+10FFFF by its number of digits (leading zeros aside). The parser
#: shows it as U+FFFD, as a browser does, but only after converting the digits to an int, which Python
#: refuses past 4,300 digits: the whole file would fail.
_HUGE_CHARREF = re.compile(r"&#(?:[xX]0*[1-9a-fA-F][0-9a-fA-F]{6,}|0*[1-9][0-9]{7,})")


class _ShownText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.pre = 0

    def _break(self, breaks: str) -> None:
        # Never more than one blank line between blocks, and none at the very start.
        text = "".join(self.parts[-3:])
        if not self.parts:
            return
        stripped = text.rstrip(" ")
        have = len(stripped) - len(stripped.rstrip("\n"))
        if have < len(breaks):
            if self.parts and self.parts[-1].endswith(" "):
                self.parts[-1] = self.parts[-1].rstrip(" ")
            self.parts.append("\n" * (len(breaks) - have))

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._break("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre") else "\n")
            self.pre += tag == "pre"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN:
            self.hidden -= 1

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.pre -= tag == "pre" and self.pre > 0
            self._break("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre") else "\n")

    def handle_data(self, data):
        if self.hidden:
            return
        if not self.pre:
            data = _SPACES.sub(" ", data)
            # A space at the start of a line is not shown.
            if not self.parts or self.parts[-1].endswith(("\n", " ")):
                data = data.lstrip(" ")
        if data:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The text ``html`` shows in a browser, without markup.

    Args:
        html: An HTML document or fragment.

    Returns:
        The shown text, paragraphs separated by blank lines, ending in one newline.
    """
    parser = _ShownText()
    parser.feed(_HUGE_CHARREF.sub("&#xFFFD", html))
    parser.close()
    return "".join(parser.parts).strip() + "\n"

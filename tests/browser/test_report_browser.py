"""The report in a real headless Chromium: marks are there after the scripts ran, and the filters work.

Needs a Chromium binary (Debian: ``apt-get install chromium``; or set
``$EXTRACTOR_CHROMIUM``); skipped when there is none. Pages are opened from
``file://`` with every network service of the browser switched off.
"""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from extractor.report import write_report
from tests.unit.test_report import TEXT, document, make_record

from .chromium import DevTools, dump_dom, find_chromium

PAGE = "2025-01-13_trade.html"


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        pytest.skip("no Chromium binary found (apt-get install chromium, or set EXTRACTOR_CHROMIUM to its path)")
    return binary


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    record = make_record()
    out = tmp_path_factory.mktemp("report")
    write_report(document(record), {record.source: TEXT}, out)
    return out


class Elements(HTMLParser):
    """Every element's tag and attributes, and the text of each <mark>."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[dict] = []
        self._mark: dict | None = None

    def handle_starttag(self, tag, attrs):
        element = dict(attrs, tag=tag, text="")
        self.elements.append(element)
        if tag == "mark":
            self._mark = element

    def handle_data(self, data):
        if self._mark is not None:
            self._mark["text"] += data

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark = None


def parse(html: str) -> list[dict]:
    parser = Elements()
    parser.feed(html)
    return parser.elements


def dom(chromium: str, report: Path, tmp_path: Path, query: str = "") -> list[dict]:
    url = (report / PAGE).as_uri() + query
    return parse(dump_dom(chromium, url, tmp_path / "profile"))


def body_of(elements: list[dict]) -> dict:
    return next(e for e in elements if e["tag"] == "body")


def shown_turns(elements: list[dict]) -> list[str]:
    return [e.get("id", "outside") for e in elements if "data-block" in e and "hidden" not in e]


def test_the_scripts_ran_and_every_quantity_is_highlighted_by_kind(chromium, report, tmp_path):
    elements = dom(chromium, report, tmp_path)
    body = body_of(elements)
    assert body["data-ready"] == "true"
    marks = {e["id"]: e for e in elements if e["tag"] == "mark" and "data-kind" in e}
    assert {k: (m["text"], m["data-kind"]) for k, m in marks.items()} == {
        "quantity-q1": ("7.1%", "change"),
        "quantity-q2": ("25.45 trillion yuan", "level"),
        "quantity-q3": ("30%", "share"),
        "quantity-q4": ("twice", "multiple"),
    }
    assert all(f"q-{m['data-kind']}" in m["class"].split() for m in marks.values())
    assert body["data-visible-quantities"] == "4"
    assert shown_turns(elements) == ["outside", "turn-t1", "turn-t2", "turn-t3"]
    # The injected script stayed text: the page has exactly its own one.
    assert sum(e["tag"] == "script" for e in elements) == 1


def test_a_topic_in_the_query_string_filters_the_turns(chromium, report, tmp_path):
    elements = dom(chromium, report, tmp_path, "?topic=tp2")
    body = body_of(elements)
    assert (body["data-filter-topic"], body["data-filter-speaker"]) == ("tp2", "*")
    assert shown_turns(elements) == ["turn-t2", "turn-t3"]
    assert body["data-visible-quantities"] == "2"
    sections = {e["class"]: "hidden" in e for e in elements if "data-section" in e}
    assert sections == {"section section-outside": True, "section section-statement": True,
                        "section section-exchange": False}


def test_a_speaker_in_the_hash_filters_the_turns(chromium, report, tmp_path):
    elements = dom(chromium, report, tmp_path, "#speaker=" + quote("Xing Huina"))
    assert shown_turns(elements) == ["turn-t1"]
    assert body_of(elements)["data-visible-quantities"] == "2"


def test_the_filters_kind_toggles_and_hover_facts_work_in_a_live_page(chromium, report, tmp_path):
    with DevTools(chromium, tmp_path / "profile") as browser:
        browser.open((report / PAGE).as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        colours = browser.evaluate(
            "[...document.querySelectorAll('main mark.q')].map(m => [m.dataset.kind, getComputedStyle(m).backgroundColor])"
        )
        assert len({kind for kind, _ in colours}) == 4
        assert len({colour for _, colour in colours}) == 4, colours  # one colour per kind

        # Choosing a topic in the select, as a user would.
        visible = browser.evaluate(
            """(() => {
                const select = document.getElementById('filter-topic');
                select.value = 'tp1';
                select.dispatchEvent(new Event('change'));
                return [...document.querySelectorAll('[data-block]')].filter(b => !b.hidden).map(b => b.id);
            })()"""
        )
        assert visible == ["turn-t1"]
        assert browser.evaluate("location.hash") == "#topic=tp1"
        assert browser.evaluate("document.getElementById('filter-status').textContent") == "1 block, 2 quantities shown"

        browser.evaluate("document.getElementById('filter-reset').click()")
        assert browser.evaluate("document.body.dataset.visibleQuantities") == "4"

        # Unticking a kind takes its highlight away, and only its own.
        browser.evaluate("document.querySelector('[data-kind-toggle=level]').click()")
        after = dict(browser.evaluate(
            "[...document.querySelectorAll('main mark.q')].map(m => [m.dataset.kind, getComputedStyle(m).backgroundColor])"
        ))
        assert after["level"] == "rgba(0, 0, 0, 0)"
        assert after["change"] == dict(colours)["change"]

        title = browser.evaluate("document.getElementById('quantity-q2').title")
        assert title.splitlines()[:3] == ["kind: level", "value: 25,450,000,000,000", "unit: CNY"]
        # Nothing was fetched: no resource besides the page itself.
        assert browser.evaluate("performance.getEntriesByType('resource').length") == 0

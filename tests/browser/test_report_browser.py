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

from extractor.records.models import Quoted
from extractor.report import write_report
from tests.unit.test_report import TEXT, document, make_record, with_confidence

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
    # The injected script stayed text: the page has exactly its own two (filters, table of figures).
    assert sum(e["tag"] == "script" for e in elements) == 2


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


ROWS = "[...document.querySelectorAll('tr[data-figure]')].filter(r => !r.hidden).map(r => r.dataset.figure)"


def test_the_table_of_figures_sorts_filters_and_links_to_the_text_and_back(chromium, report, tmp_path):
    with DevTools(chromium, tmp_path / "profile") as browser:
        browser.open((report / PAGE).as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        assert browser.evaluate(ROWS) == ["q1", "q2", "q3", "q4"]
        assert browser.evaluate("document.getElementById('figures-count').textContent") == "4 of 4 figures shown"

        # Sort by value: 2 (twice), 7.1, 30, 25.45e12; a second click reverses.
        browser.evaluate("document.querySelector('th[data-col=value] button').click()")
        assert browser.evaluate(ROWS) == ["q4", "q1", "q3", "q2"]
        assert browser.evaluate("document.querySelector('th[data-col=value]').getAttribute('aria-sort')") == "ascending"
        browser.evaluate("document.querySelector('th[data-col=value] button').click()")
        assert browser.evaluate(ROWS) == ["q2", "q3", "q1", "q4"]
        # Text columns sort as words: kinds in alphabetical order.
        browser.evaluate("document.querySelector('th[data-col=kind] button').click()")
        assert browser.evaluate(ROWS) == ["q1", "q2", "q4", "q3"]  # change, level, multiple, share

        # Filter by speaker in the table's own filter row.
        shown = browser.evaluate("""(() => {
            const f = document.querySelector('select[data-filter=speaker]');
            f.value = 'Wang Lingjun';
            f.dispatchEvent(new Event('change'));
            return [...document.querySelectorAll('tr[data-figure]')].filter(r => !r.hidden).map(r => r.dataset.figure);
        })()""")
        assert sorted(shown) == ["q3", "q4"]
        assert browser.evaluate("document.getElementById('figures-count').textContent") == "2 of 4 figures shown"
        browser.evaluate("document.getElementById('figures-reset').click()")
        assert len(browser.evaluate(ROWS)) == 4

        # The page's speaker filter and kind toggles narrow the table too, and every count follows.
        browser.evaluate("""(() => {
            const s = document.getElementById('filter-speaker');
            s.value = 'Xing Huina';
            s.dispatchEvent(new Event('change'));
        })()""")
        assert sorted(browser.evaluate(ROWS)) == ["q1", "q2"]
        browser.evaluate("document.querySelector('[data-kind-toggle=level]').click()")
        assert browser.evaluate(ROWS) == ["q1"]
        assert browser.evaluate("document.getElementById('filter-status').textContent") == "1 block, 1 quantity shown"
        assert browser.evaluate("document.getElementById('figures-count').textContent") == "1 of 4 figures shown"

        # Follow the row's link to the figure in the text; the filters stay as they were.
        browser.evaluate("document.querySelector('#figure-q1 td[data-col=figure] a').click()")
        browser.wait_for("location.hash === '#quantity-q1'")
        assert browser.evaluate("document.querySelector(':target').id") == "quantity-q1"
        assert browser.evaluate("document.getElementById('filter-speaker').value") == "Xing Huina"
        assert browser.evaluate(ROWS) == ["q1"]
        # ... and back from the figure to its row.
        browser.evaluate("document.querySelector('#quantity-q1 a.q-back').click()")
        browser.wait_for("location.hash === '#figure-q1'")
        assert browser.evaluate("document.querySelector(':target').dataset.figure") == "q1"


def test_the_index_table_of_figures_filters_and_opens_the_figure_in_its_page(chromium, tmp_path):
    first = make_record("corpus/a/2025-01-13_trade.txt", title="Trade in January")
    second = make_record("corpus/b/2025-01-13_trade.txt", title="Trade again", date="2024-12-01")
    out = tmp_path / "report"
    index = write_report(document(first, second), {first.source: TEXT, second.source: TEXT}, out)
    with DevTools(chromium, tmp_path / "profile") as browser:
        browser.open(index.as_uri())
        browser.wait_for("document.querySelector('table[data-figures]').dataset.ready === 'true'")
        # By date: the December briefing first, in the list and in the table.
        assert browser.evaluate("[...document.querySelectorAll('tr[data-source]')].map(r => r.dataset.source)") == [
            second.source, first.source]
        assert browser.evaluate("document.getElementById('figures-count').textContent") == "8 of 8 figures shown"
        browser.evaluate("""(() => {
            const f = document.querySelector('select[data-filter=speaker]');
            f.value = 'Wang Lingjun';
            f.dispatchEvent(new Event('change'));
        })()""")
        assert browser.evaluate("document.getElementById('figures-count').textContent") == "4 of 8 figures shown"
        browser.evaluate("document.querySelector('th[data-col=transcript] button').click()")  # "2025-01-13 Trade in January" last
        target = browser.evaluate(
            "[...document.querySelectorAll('tr[data-figure]')].filter(r => !r.hidden).pop()"
            ".querySelector('td[data-col=figure] a').getAttribute('href')")
        assert target == "2025-01-13_trade.html#quantity-q4"
        browser.evaluate("[...document.querySelectorAll('tr[data-figure]')].filter(r => !r.hidden).pop()"
                         ".querySelector('td[data-col=figure] a').click()")
        browser.wait_for("location.pathname.endsWith('/2025-01-13_trade.html') && document.body.dataset.ready")
        assert browser.evaluate("location.hash") == "#quantity-q4"
        assert browser.evaluate("document.querySelector(':target').textContent") == "twice"


def test_low_confidence_is_marked_its_evidence_lit_on_hover_and_the_table_filters_by_it(chromium, tmp_path):
    record = with_confidence(make_record())
    out = tmp_path / "report"
    write_report(document(record), {record.source: TEXT}, out)
    with DevTools(chromium, tmp_path / "profile") as browser:
        browser.open((out / PAGE).as_uri())
        browser.wait_for("document.body && document.body.dataset.ready === 'true'")
        # The visible mark: a "?" after each figure with a field to check, none after the others.
        after = dict(browser.evaluate(
            "[...document.querySelectorAll('main mark.q')].map(m => [m.id, getComputedStyle(m, '::after').content])"))
        assert after == {"quantity-q1": '"?"', "quantity-q2": "none", "quantity-q3": '"?"', "quantity-q4": "none"}
        cells = browser.evaluate(
            "[...document.querySelectorAll('td.unsure')].map(c => [c.closest('tr').dataset.figure, c.dataset.col,"
            " getComputedStyle(c, '::after').content])")
        assert cells == [["q1", "period", '" ?"'], ["q3", "concept", '" ?"']]

        # Hovering a figure lights the text its fields came from; leaving it puts the light out.
        lit = """(() => {
            const h = CSS.highlights.get('evidence');
            return h ? [...h].map(r => r.toString()) : null;
        })()"""
        browser.evaluate("document.getElementById('quantity-q1').dispatchEvent(new MouseEvent('mouseenter'))")
        assert browser.evaluate("document.body.dataset.evidenceShown") == "concept unit"
        assert browser.evaluate(lit) == ["Exports", "%"]
        browser.evaluate("document.getElementById('quantity-q1').dispatchEvent(new MouseEvent('mouseleave'))")
        assert browser.evaluate(lit) is None
        # A span in a later turn is found at its offsets: the "%" of "30%", not the one before it.
        browser.evaluate("document.getElementById('quantity-q3').dispatchEvent(new MouseEvent('mouseenter'))")
        assert browser.evaluate(lit) == ["%"]
        assert browser.evaluate(
            "[...CSS.highlights.get('evidence')][0].startContainer.parentNode.closest('mark').id") == "quantity-q3"

        # The table filters by the figure's lowest confidence; a figure without confidences passes none.
        def only(value: str) -> list[str]:
            return browser.evaluate(f"""(() => {{
                const f = document.querySelector('select[data-filter=confidence]');
                f.value = '{value}';
                f.dispatchEvent(new Event('change'));
                return [...document.querySelectorAll('tr[data-figure]')].filter(r => !r.hidden).map(r => r.dataset.figure);
            }})()""")

        assert only("<0.7") == ["q1", "q3"]
        assert only("<0.5") == ["q1", "q3"]
        assert only(">=0.8") == ["q2"]
        assert browser.evaluate("document.getElementById('figures-count').textContent") == "1 of 4 figures shown"
        assert only("") == ["q1", "q2", "q3", "q4"]
        # Sorting by confidence puts the least sure first.
        browser.evaluate("document.querySelector('th[data-col=confidence] button').click()")
        assert browser.evaluate(ROWS) == ["q4", "q3", "q1", "q2"]


def test_the_table_of_figures_shows_each_sentence_and_fits_a_1400_pixel_window(chromium, tmp_path):
    long_title = "A briefing on the harbour authority's quarterly accounts and the ferry timetables " * 2
    def with_sentences(record):
        # Each figure's sentence: here, the line it is on.
        def line(q):
            start = TEXT.rfind("\n", 0, q.start) + 1
            end = TEXT.find("\n", q.end) % (len(TEXT) + 1)
            return Quoted(start=start, end=end, text=TEXT[start:end])

        return record.model_copy(update={"quantities": [q.model_copy(update={"sentence": line(q)})
                                                        for q in record.quantities]})

    records = [with_sentences(make_record(f"corpus/{n}/2025-01-13_trade.txt", title=long_title)) for n in "abc"]
    out = tmp_path / "report"
    index = write_report(document(*records), {r.source: TEXT for r in records}, out)
    for page in (index, out / "2025-01-13_trade-2.html"):
        with DevTools(chromium, tmp_path / "profile") as browser:
            browser.open(page.as_uri())
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False})
            browser.wait_for("document.querySelector('table[data-figures]').dataset.ready === 'true'")
            widths = browser.evaluate("""(() => {
                const s = document.querySelector('.figures-scroll');
                return [s.scrollWidth, s.clientWidth, document.documentElement.scrollWidth, innerWidth];
            })()""")
            assert widths[0] <= widths[1] and widths[2] <= widths[3] == 1400, (page.name, widths)
            sentence = browser.evaluate("document.querySelector('tr[data-figure] td[data-col=sentence]').textContent")
            assert sentence and sentence in " ".join(TEXT.split())

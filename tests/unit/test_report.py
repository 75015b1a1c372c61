"""The HTML report: layout pieces, highlighting, escaping, index and file names."""
from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.records.models import (
    Clue,
    Confidence,
    Debris,
    Evidence,
    Exchange,
    FactsDocument,
    Generator,
    Quantity,
    Statement,
    Topic,
    TranscriptRecord,
    Turn,
)
from extractor.report import ReportConfig, layout_transcript, page_names, reassemble, write_report
from extractor.report.layout import cut, place_quantities

TEXT = (
    "Briefing on trade\nBeijing | Jan. 13, 2025\nVideo Player is loading.\n\n"
    "Xing Huina:\n\nGood morning. Exports rose 7.1% to 25.45 trillion yuan.\n\n"
    "Bloomberg:\n\nIs <script>alert(1)</script> & the share 30% now?\n\n"
    "Wang Lingjun:\n\nThe share was about 30% in 2024, twice the 2015 level.\n"
)


def span(needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def turn(id_: str, label: str, speaker: str, role: str, next_label: str | None, **extra) -> Turn:
    start = TEXT.index(label)
    end = TEXT.index(next_label) if next_label else len(TEXT)
    return Turn(id=id_, start=start, end=end, content_start=start + len(label), speaker=speaker,
                participant=None, role=role, **extra)


def quantity(id_: str, surface: str, after: int = 0, **facts) -> Quantity:
    start, end = span(surface, after)
    return Quantity(id=id_, text=surface, start=start, end=end, **facts)


def make_record(source: str = "corpus/scio/2025-01-13_trade.txt", **overrides) -> TranscriptRecord:
    turns = [
        turn("t1", "Xing Huina:", "Xing Huina", "moderator", "Bloomberg:", topic="tp1"),
        turn("t2", "Bloomberg:", "Bloomberg", "media", "Wang Lingjun:", exchange="e1", topic="tp2"),
        turn("t3", "Wang Lingjun:", "Wang Lingjun", "official", None, exchange="e1", topic="tp2"),
    ]
    answer = TEXT.index("The share was")
    quantities = [
        quantity("q1", "7.1%", value=7.1, unit="%", kind="change", direction="up", concept="exports",
                 entity="China", period="2024", speaker="Xing Huina", turn="t1", topic="tp1"),
        quantity("q2", "25.45 trillion yuan", value=25.45e12, unit="CNY", kind="level", concept="exports",
                 speaker="Xing Huina", turn="t1", topic="tp1"),
        quantity("q3", "30%", answer, value=30, unit="%", kind="share", approx="about", concept="share <b>",
                 period="2024", speaker="Wang Lingjun", turn="t3", exchange="e1", topic="tp2"),
        quantity("q4", "twice", answer, value=2, unit="times", kind="multiple", speaker="Wang Lingjun",
                 turn="t3", exchange="e1", topic="tp2"),
    ]
    data = dict(
        source=source,
        encoding="utf-8",
        title="Briefing on trade",
        date="2025-01-13",
        place="Beijing",
        debris=[Debris(start=span("Video Player is loading.")[0], end=span("Video Player is loading.")[1],
                       kind="player")],
        turns=turns,
        statements=[Statement(id="s1", kind="opening", start=turns[0].start, end=turns[0].end, turns=["t1"])],
        exchanges=[Exchange(id="e1", start=turns[1].start, end=turns[2].end, asked_by="Bloomberg",
                            question_turns=["t2"], answer_turns=["t3"], answered_by=["Wang Lingjun"], topic="tp2")],
        topics=[
            Topic(id="tp1", start=turns[0].start, end=turns[0].end, label="Exports", keywords=["exports"]),
            Topic(id="tp2", start=turns[1].start, end=len(TEXT), label="Market share", keywords=["share"]),
        ],
        quantities=quantities,
    )
    data.update(overrides)
    # Validating against the text proves the fixture's offsets are right.
    return TranscriptRecord.model_validate(data, context={"text": TEXT})


def clue(mechanism: str, surface: str | None = None, after: int = 0) -> Clue:
    if surface is None:
        return Clue(mechanism=mechanism)
    start, end = span(surface, after)
    return Clue(mechanism=mechanism, start=start, end=end, text=surface)


def with_confidence(record: TranscriptRecord) -> TranscriptRecord:
    """The record with evidence and confidences: q1's period and q3's concept are to be checked, q2 is sure
    of everything, q4 has none (a record made without them)."""
    q1, q2, q3, q4 = record.quantities
    surely = dict(concept=0.9, entity=0.95, period=0.9, kind=0.9, unit=0.99)
    q1 = q1.model_copy(update={
        "evidence": Evidence(concept=clue("subject-of-clause", "Exports"), entity=clue("unnoted"),
                             period=clue("unnoted"), kind=clue("unnoted"), unit=clue("written-unit", "%")),
        "confidence": Confidence(**{**surely, "period": 0.4})})
    q2 = q2.model_copy(update={
        "evidence": Evidence(concept=clue("unnoted"), entity=clue("empty"), period=clue("empty"),
                             kind=clue("unnoted"), unit=clue("written-unit", "yuan")),
        "confidence": Confidence(**surely)})
    q3 = q3.model_copy(update={
        "evidence": Evidence(concept=clue("unnoted"), entity=clue("empty"), period=clue("unnoted"),
                             kind=clue("unnoted"), unit=clue("written-unit", "%", TEXT.index("The share was"))),
        "confidence": Confidence(**{**surely, "concept": 0.3})})
    data = record.model_dump()
    data["quantities"] = [q.model_dump() for q in (q1, q2, q3, q4)]
    return TranscriptRecord.model_validate(data, context={"text": TEXT})


def document(*records: TranscriptRecord) -> FactsDocument:
    return FactsDocument(generator=Generator(name="extractor", version="0.1.0"), transcripts=list(records))


class Marks(HTMLParser):
    """Collects every <mark> with its attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._open = dict(attrs, text="")

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "mark" and self._open is not None:
            self.marks.append(self._open)
            self._open = None


def text_marks(html: str) -> list[dict]:
    parser = Marks()
    parser.feed(html)
    # Legend swatches are marks too; keep those in the transcript text.
    return [m for m in parser.marks if "data-kind" in m]


@pytest.fixture
def page(tmp_path: Path) -> str:
    record = make_record()
    write_report(document(record), {record.source: TEXT}, tmp_path)
    return (tmp_path / "2025-01-13_trade.html").read_text(encoding="utf-8")


# --- layout -----------------------------------------------------------------


def test_the_pieces_reassemble_to_the_original_text():
    assert reassemble(layout_transcript(make_record(), TEXT)) == TEXT


def test_every_piece_is_its_own_slice_of_the_text():
    layout = layout_transcript(make_record(), TEXT)
    for section in layout.sections:
        for block in section.blocks:
            for piece in block.pieces:
                assert TEXT[piece.start : piece.end] == piece.text != ""


def test_quantities_become_quantity_pieces_in_text_order():
    layout = layout_transcript(make_record(), TEXT)
    found = [p.quantity.id for s in layout.sections for b in s.blocks for p in b.pieces if p.kind == "quantity"]
    assert found == ["q1", "q2", "q3", "q4"]
    assert layout.skipped == ()


def test_blocks_are_grouped_by_statement_and_exchange():
    layout = layout_transcript(make_record(), TEXT)
    kinds = [(s.kind, [b.turn.id for b in s.blocks if b.turn]) for s in layout.sections]
    assert kinds == [("outside", []), ("statement", ["t1"]), ("exchange", ["t2", "t3"])]
    assert layout.sections[2].exchange.id == "e1"


def test_labels_are_kept_out_of_the_body():
    block = layout_transcript(make_record(), TEXT).sections[1].blocks[0]
    assert block.label == "Xing Huina:\n\n"
    assert block.pieces[0].text.startswith("Good morning.")
    assert block.tail == "\n\n"


def test_topics_head_the_block_where_they_start():
    layout = layout_transcript(make_record(), TEXT)
    heads = {t.id: b.turn.id for s in layout.sections for b in s.blocks for t in b.topics}
    assert heads == {"tp1": "t1", "tp2": "t2"}


def test_a_topic_that_starts_inside_a_turn_stands_where_it_starts():
    # The official's answer changes subject at "twice": that topic's heading goes there, not atop the turn.
    inner = TEXT.index("twice the 2015")
    record = make_record(topics=[
        Topic(id="tp1", start=TEXT.index("Xing Huina:"), end=TEXT.index("Bloomberg:"), label="Exports"),
        Topic(id="tp2", start=TEXT.index("Bloomberg:"), end=inner, label="Market share"),
        Topic(id="tp3", start=inner, end=len(TEXT), label="Growth since 2015", keywords=["2015 level"]),
    ])
    layout = layout_transcript(record, TEXT)
    blocks = {b.turn.id: b for s in layout.sections for b in s.blocks if b.turn}
    assert [t.id for t in blocks["t3"].topics] == []
    marks = [p for p in blocks["t3"].pieces if p.kind == "topic"]
    assert [(m.topic.id, m.start, m.text) for m in marks] == [("tp3", inner, "")]
    after = blocks["t3"].pieces[blocks["t3"].pieces.index(marks[0]) + 1]
    assert after.text.startswith("twice")
    assert reassemble(layout) == TEXT
    html = write_report_page(record)
    assert 'in 2024, <span class="topic-heading topic-inline" id="topic-tp3"' in html


def write_report_page(record) -> str:
    from extractor.report.render import render_transcript

    return render_transcript(record, layout_transcript(record, TEXT))


def test_debris_is_its_own_piece():
    pieces = layout_transcript(make_record(), TEXT).sections[0].blocks[0].pieces
    assert [p.text for p in pieces if p.kind == "debris"] == ["Video Player is loading."]


def test_overlapping_and_mismatched_quantities_are_skipped_not_misplaced():
    record = make_record()
    q1 = record.quantities[0]
    overlapping = q1.model_copy(update={"id": "q9", "start": q1.start + 1, "end": q1.end + 3,
                                        "text": TEXT[q1.start + 1 : q1.end + 3]})
    mismatched = q1.model_copy(update={"id": "q8", "start": 0, "end": 4})  # "Brie" is not "7.1%"
    across = q1.model_copy(update={"id": "q7", "start": TEXT.index("yuan."), "end": TEXT.index("Bloomberg:") + 3,
                                   "text": TEXT[TEXT.index("yuan.") : TEXT.index("Bloomberg:") + 3]})
    layout = layout_transcript(record.model_copy(update={"quantities": [*record.quantities, overlapping, mismatched, across]}), TEXT)
    assert reassemble(layout) == TEXT
    assert sorted(q.id for q in layout.skipped) == ["q7", "q8", "q9"]


def test_cut_keeps_quantities_whole_when_debris_overlaps_them():
    text = "abc 12% def"
    q = Quantity(id="q", text="12%", start=4, end=7, value=12, unit="%", kind="share")
    pieces = cut(text, 0, len(text), [q], [(2, 9)])
    assert [(p.kind, p.text) for p in pieces] == [("text", "ab"), ("debris", "c "), ("quantity", "12%"),
                                                  ("debris", " d"), ("text", "ef")]


def test_place_quantities_sorts_and_drops_overlaps():
    text = "1 and 22 and 333"
    qs = [Quantity(id=i, text=text[s:e], start=s, end=e, value=1, unit="1", kind="level")
          for i, s, e in [("c", 13, 16), ("a", 0, 1), ("b", 6, 8), ("b2", 7, 12)]]
    placed, rejected = place_quantities(qs, text)
    assert [q.id for q in placed] == ["a", "b", "c"] and [q.id for q in rejected] == ["b2"]


def test_a_record_without_turns_is_one_outside_block():
    layout = layout_transcript(TranscriptRecord(source="x", encoding="utf-8"), TEXT)
    assert reassemble(layout) == TEXT
    assert [s.kind for s in layout.sections] == ["outside"]


# --- rendering --------------------------------------------------------------


def test_quantities_are_marks_with_their_kind_class_and_hover_facts(page):
    marks = {m["id"]: m for m in text_marks(page)}
    assert set(marks) == {"quantity-q1", "quantity-q2", "quantity-q3", "quantity-q4"}
    q1, q3 = marks["quantity-q1"], marks["quantity-q3"]
    assert q1["text"] == "7.1%"
    assert "q-change" in q1["class"].split() and q1["data-kind"] == "change"
    assert q1["data-topic"] == "tp1" and q1["data-speaker"] == "Xing Huina"
    assert q1["title"].splitlines() == [
        "kind: change", "value: 7.1 ↑", "unit: %", "concept: exports", "entity: China", "period: 2024",
        "speaker: Xing Huina",
    ]
    assert "value: 25,450,000,000,000" in marks["quantity-q2"]["title"]
    assert "q-share" in q3["class"].split() and "value: about 30" in q3["title"]
    assert "concept: share <b>" in q3["title"]  # unescaped by the parser: it was escaped in the page
    assert "q-multiple" in marks["quantity-q4"]["class"].split()


def test_the_transcript_text_is_escaped(page):
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; the share" in page
    assert "share &lt;b&gt;" in page
    # The page's only scripts are its own: the filters and the table of figures.
    assert page.count("<script>") == 2


def test_the_page_shows_speakers_roles_exchanges_topics_and_a_legend(page):
    for expected in ["Xing Huina", "moderator", "Bloomberg → Wang Lingjun", "Opening statement",
                     'id="topic-tp1"', "Market share", 'data-kind-toggle="multiple"', 'id="filter-topic"',
                     'id="filter-speaker"', '<option value="Wang Lingjun">']:
        assert expected in page
    assert 'class="debris">Video Player is loading.</span>' in page


def test_unlabelled_turns_and_bare_exchanges_render(tmp_path):
    start = TEXT.index("Bloomberg:")
    bare = make_record(
        turns=[Turn(id="t1", start=start, end=len(TEXT), content_start=start, speaker=None, participant=None,
                    role="other", exchange="e1")],
        exchanges=[Exchange(id="e1", start=start, end=len(TEXT), asked_by=None, question_turns=["t1"], answer_turns=[])],
        statements=[], topics=[], quantities=[], debris=[], unlabelled=True,
    )
    write_report(document(bare), {bare.source: TEXT}, tmp_path)
    html = (tmp_path / "2025-01-13_trade.html").read_text(encoding="utf-8")
    assert "(no label)" in html and "unnamed reporter → no answer recorded" in html
    assert "turns were inferred" in html


def test_importing_the_report_builds_nothing():
    code = "import extractor.report.render as r; print(r.environment.cache_info().currsize)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_the_page_needs_nothing_from_the_network(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "default-src 'none'" in page


def test_the_index_lists_every_transcript(tmp_path):
    records = [make_record(f"corpus/{folder}/briefing.txt", title=f"Briefing {folder}") for folder in ("a", "b", "c")]
    index = write_report(document(*records), {r.source: TEXT for r in records}, tmp_path / "out")
    html = index.read_text(encoding="utf-8")
    assert index == tmp_path / "out" / "index.html"
    for name, folder in zip(["briefing.html", "briefing-2.html", "briefing-3.html"], "abc"):
        assert f'href="{name}"' in html and f"Briefing {folder}" in html
        assert (tmp_path / "out" / name).is_file()
    assert html.count("<tr data-source=") == 3
    row = re.search(r'<tr data-source="corpus/a/briefing.txt">(.*?)</tr>', html, re.S).group(1)
    cells = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    assert [cells[0], *cells[2:5]] == ["2025-01-13", "3", "1", "4"]


def test_the_index_lists_transcripts_by_date_with_their_titles(tmp_path):
    records = [make_record("b/late.txt", date="2025-03-01", title="Late briefing"),
               make_record("a/undated.txt", date=None, title=None),
               make_record("c/early.txt", date="2024-11-05", title="Early briefing")]
    html = write_report(document(*records), {r.source: TEXT for r in records}, tmp_path).read_text(encoding="utf-8")
    listed = re.findall(r'<tr data-source="([^"]+)">.*?<a href="[^"]+">([^<]+)</a>', html, re.S)
    assert listed == [("c/early.txt", "Early briefing"), ("b/late.txt", "Late briefing"),
                      ("a/undated.txt", "undated.txt")]


class Rows(HTMLParser):
    """The figure table's body rows: each row's attributes and its cells' text and links, by column."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []
        self._col: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "data-figure" in attrs:
            self.rows.append({"attrs": attrs, "cells": {}, "links": {}, "td": {}})
        elif tag == "td" and "data-col" in attrs and self.rows:
            self._col = attrs["data-col"]
            self.rows[-1]["cells"][self._col] = ""
            self.rows[-1]["td"][self._col] = attrs
        elif tag == "a" and self._col:
            self.rows[-1]["links"][self._col] = attrs["href"]

    def handle_data(self, data):
        if self._col:
            self.rows[-1]["cells"][self._col] += data

    def handle_endtag(self, tag):
        if tag == "td":
            self._col = None


def figure_table(html: str) -> list[dict]:
    parser = Rows()
    parser.feed(html)
    return parser.rows


def test_the_page_has_a_table_of_every_figure_linking_to_its_place_and_back(page):
    rows = figure_table(page)
    assert [r["attrs"]["id"] for r in rows] == ["figure-q1", "figure-q2", "figure-q3", "figure-q4"]
    q3 = rows[2]
    assert q3["cells"] == {"figure": "30%", "value": "about 30", "unit": "%", "kind": "share", "concept": "share <b>",
                           "entity": "", "period": "2024", "speaker": "Wang Lingjun", "asked_by": "Bloomberg",
                           "topic": "Market share", "confidence": "", "sentence": ""}
    assert q3["links"] == {"figure": "#quantity-q3"}
    assert (q3["attrs"]["data-topic"], q3["attrs"]["data-speaker"], q3["attrs"]["data-kind"]) == (
        "tp2", "Wang Lingjun", "share")
    # Every row's target is in the page, and every mark links back to its row.
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    assert {r["links"]["figure"][1:] for r in rows} <= ids
    backs = re.findall(r'<mark [^>]*id="quantity-(q\d)"[^>]*><a class="q-back" href="#figure-(q\d)">', page)
    assert backs == [("q1", "q1"), ("q2", "q2"), ("q3", "q3"), ("q4", "q4")]
    # The speaker filter offers each speaker once.
    speakers = re.search(r'<select data-filter="speaker"[^>]*>(.*?)</select>', page, re.S).group(1)
    assert re.findall(r"<option>([^<]*)</option>", speakers) == ["Wang Lingjun", "Xing Huina"]


def test_a_figure_that_cannot_be_placed_still_has_a_link_target(tmp_path):
    record = make_record()
    q1 = record.quantities[0]
    moved = q1.model_copy(update={"id": "q9", "start": 0, "end": 4})  # its words are not there
    record = record.model_copy(update={"quantities": [*record.quantities, moved]})
    write_report(document(record), {record.source: TEXT}, tmp_path)
    html = (tmp_path / "2025-01-13_trade.html").read_text(encoding="utf-8")
    assert '<li id="quantity-q9">' in html
    assert next(r["links"]["figure"] for r in figure_table(html)) == "#quantity-q9"


def test_the_index_table_of_figures_links_into_each_page(tmp_path):
    records = [make_record("a/briefing.txt", title="First"), make_record("b/briefing.txt", title="Second")]
    html = write_report(document(*records), {r.source: TEXT for r in records}, tmp_path).read_text(encoding="utf-8")
    rows = figure_table(html)
    assert len(rows) == 8 and not any("id" in r["attrs"] for r in rows)
    assert [r["links"]["figure"] for r in rows][3:5] == ["briefing.html#quantity-q4", "briefing-2.html#quantity-q1"]
    assert rows[0]["cells"]["transcript"] == "2025-01-13 First"


def test_exchange_headings_name_people_as_the_transcript_does(tmp_path):
    from .facts_fixture import TEXT as CITY, city_record

    record = city_record()
    write_report(document(record), {record.source: CITY}, tmp_path)
    html = (tmp_path / "2025-05-02_housing.html").read_text(encoding="utf-8")
    assert "RIVERSIDE GAZETTE → MAYOR DIAZ" in html
    assert "→ diaz" not in html


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_pages_are_readable_by_all(tmp_path):
    record = make_record()
    index = write_report(document(record), {record.source: TEXT}, tmp_path)
    for page in (index, tmp_path / "2025-01-13_trade.html"):
        assert stat.S_IMODE(page.stat().st_mode) == 0o644


def test_a_missing_text_is_an_error_before_anything_is_written(tmp_path):
    with pytest.raises(KeyError, match="no text given"):
        write_report(document(make_record()), {}, tmp_path / "out")
    assert not (tmp_path / "out").exists()


# --- file names -------------------------------------------------------------


@pytest.mark.parametrize(
    "source, name",
    [
        ("corpus/scio/2025-01-13_trade.txt", "2025-01-13_trade.html"),
        ("C:\\corpus\\Trade Briefing.MD", "trade-briefing.html"),
        ("../../etc/passwd", "passwd.html"),
        ("index.txt", "transcript-index.html"),
        ("CON.txt", "transcript-con.html"),
        ("<script>.txt", "script.html"),
        ("Café déjà vu.txt", "cafe-deja-vu.html"),
        ("", "transcript.html"),
        ("x" * 300 + ".txt", "x" * 80 + ".html"),
    ],
)
def test_file_names_are_safe(source, name):
    assert page_names([source]) == [name]


def test_file_names_are_unique_even_across_case_and_folders():
    names = page_names(["a/Report.txt", "b/report.txt", "report.md", "report-2.txt"])
    assert len({n.lower() for n in names}) == 4
    assert all(re.fullmatch(r"[a-z0-9_-]+\.html", n) for n in names)


def test_fields_of_low_confidence_are_marked_on_the_figure_and_in_the_table(tmp_path):
    record = with_confidence(make_record())
    write_report(document(record), {record.source: TEXT}, tmp_path)
    page = (tmp_path / "2025-01-13_trade.html").read_text(encoding="utf-8")
    marks = {m["id"]: m for m in text_marks(page)}
    q1, q2, q3, q4 = (marks[f"quantity-q{i}"] for i in range(1, 5))
    assert "q-unsure" in q1["class"].split() and q1["data-unsure"] == "period"
    assert "q-unsure" in q3["class"].split() and q3["data-unsure"] == "concept"
    assert "q-unsure" not in q2["class"].split() and "q-unsure" not in q4["class"].split()
    start, end = span("Exports")
    assert json.loads(q1["data-evidence"]) == [["concept", start, end], ["unit", q1_end(record) - 1, q1_end(record)]]
    assert json.loads(q4["data-evidence"]) == []
    assert "⚠ period confidence 0.40, by unnoted" in q1["title"].splitlines()
    assert "concept confidence 0.90, by subject-of-clause from “Exports”" in q1["title"].splitlines()
    rows = {r["attrs"]["id"]: r for r in figure_table(page)}
    assert rows["figure-q1"]["cells"]["confidence"] == "0.40 period"
    assert rows["figure-q4"]["cells"]["confidence"] == ""
    assert rows["figure-q1"]["attrs"]["data-unsure"] == "period"
    assert "data-unsure" not in rows["figure-q2"]["attrs"]
    cells = rows["figure-q1"]["td"]
    assert cells["period"]["class"] == "unsure" and "class" not in cells["concept"]
    assert cells["concept"]["title"] == "confidence 0.90, by subject-of-clause from “Exports”"


def test_the_confidence_below_which_a_field_is_marked_is_a_report_setting(tmp_path):
    record = with_confidence(make_record())
    assert ReportConfig().unsure_below > 0.4  # q1's period, marked by default
    write_report(document(record), {record.source: TEXT}, tmp_path, ReportConfig(unsure_below=0.35))
    page = (tmp_path / "2025-01-13_trade.html").read_text(encoding="utf-8")
    marks = {m["id"]: m for m in text_marks(page)}
    assert "q-unsure" not in marks["quantity-q1"]["class"].split()  # 0.40 is sure enough now
    assert marks["quantity-q3"]["data-unsure"] == "concept"  # 0.30 still is not
    assert "period confidence 0.40, by unnoted" in marks["quantity-q1"]["title"].splitlines()
    rows = {r["attrs"]["id"]: r for r in figure_table(page)}
    assert "data-unsure" not in rows["figure-q1"]["attrs"] and rows["figure-q3"]["attrs"]["data-unsure"] == "concept"
    assert "confidence below 0.35" in page
    with pytest.raises(ValueError, match="from 0 to 1"):
        ReportConfig(unsure_below=70)


def q1_end(record: TranscriptRecord) -> int:
    return record.quantities[0].end

"""A small city-hall briefing and its hand-made record, shared by the output, table and database tests."""
from __future__ import annotations

from extractor.records.models import (
    Exchange,
    FactsDocument,
    Failure,
    Generator,
    Participant,
    Quantity,
    Quoted,
    Topic,
    TranscriptRecord,
    Turn,
)

TEXT = (
    "Housing update\n\n"
    "MAYOR DIAZ: Permits for new homes\nrose 12% in 2024. Rents fell 3% last year.\n\n"
    "RIVERSIDE GAZETTE: How many homes\nwill be built?\n\n"
    "MAYOR DIAZ: About 4,500 homes, and exports of the port grew 5%.\n"
)


def _at(needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def _turn(id_: str, label: str, after: int, end: int, **facts) -> Turn:
    start = TEXT.index(label, after)
    return Turn(id=id_, start=start, end=end, content_start=start + len(label), **facts)


def _quantity(id_: str, surface: str, sentence: str, **facts) -> Quantity:
    start, end = _at(surface)
    s_start, s_end = _at(sentence)
    return Quantity(id=id_, text=surface, start=start, end=end,
                    sentence=Quoted(start=s_start, end=s_end, text=sentence), **facts)


def city_record(source: str = "briefings/city/2025-05-02_housing.txt") -> TranscriptRecord:
    q_start = TEXT.index("RIVERSIDE")
    a_start = TEXT.index("MAYOR DIAZ", q_start)
    turns = [
        _turn("t1", "MAYOR DIAZ: ", 0, q_start - 2, speaker="MAYOR DIAZ", participant="diaz", role="official",
              topic="k1"),
        _turn("t2", "RIVERSIDE GAZETTE: ", 0, a_start - 2, speaker="RIVERSIDE GAZETTE", participant=None,
              role="media", exchange="e1", topic="k2"),
        _turn("t3", "MAYOR DIAZ: ", a_start, len(TEXT) - 1, speaker="MAYOR DIAZ", participant="diaz",
              role="official", exchange="e1", topic="k2"),
    ]
    common = dict(speaker="MAYOR DIAZ", role="official")
    quantities = [
        _quantity("q1", "12%", "Permits for new homes\nrose 12% in 2024.", value=12, unit="%", kind="change",
                  direction="up", concept="permits for new homes", period="2024", turn="t1", topic="k1", **common),
        _quantity("q2", "3%", "Rents fell 3% last year.", value=3, unit="%", kind="change", direction="down",
                  concept="rents", period="last year", turn="t1", topic="k1", **common),
        _quantity("q3", "4,500 homes", "About 4,500 homes, and exports of the port grew 5%.", value=4500,
                  unit="count", counted="homes", kind="level", approx="about", turn="t3", exchange="e1",
                  topic="k2", **common),
        _quantity("q4", "5%", "About 4,500 homes, and exports of the port grew 5%.", value=5, unit="%",
                  kind="change", direction="up", concept="exports", entity="the port", turn="t3", exchange="e1",
                  topic="k2", **common),
    ]
    record = TranscriptRecord(
        source=source, encoding="utf-8", title="Housing update", date="2025-05-02", date_source="filename",
        participants=[Participant(id="diaz", name="Ana Diaz", kind="official", title="Mayor",
                                  aliases=["MAYOR DIAZ"])],
        turns=turns,
        exchanges=[Exchange(id="e1", start=turns[1].start, end=turns[2].end, asked_by="RIVERSIDE GAZETTE",
                            question_turns=["t2"], answer_turns=["t3"], answered_by=["diaz"], topic="k2")],
        topics=[Topic(id="k1", start=turns[0].start, end=turns[0].end, label="Housing permits",
                      keywords=["permits", "rents"]),
                Topic(id="k2", start=turns[1].start, end=turns[2].end, label="New homes", keywords=["homes"])],
        quantities=quantities,
    )
    # Validating against the text proves the fixture's offsets are right.
    return TranscriptRecord.model_validate(record.model_dump(), context={"text": TEXT})


def city_document(*sources: str, failures: int = 0) -> FactsDocument:
    records = [city_record(s) for s in sources] if sources else [city_record()]
    return FactsDocument(
        generator=Generator(name="extractor", version="0"),
        transcripts=records,
        failures=[Failure(source=f"bad{i}.txt", error=f"bad{i}.txt: the file is empty") for i in range(failures)],
    )

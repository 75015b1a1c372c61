"""Header facts: title, date and its source, time, place, organiser, participants, translators."""
from extractor.lang.profile import english
from extractor.structure import segment

SCIO = (
    "Briefing on trade in 2024\n"
    "Beijing | 10 a.m. Jan. 13, 2025\n"
    "\n"
    "The State Council Information Office (SCIO) held a press conference in Beijing on Monday.\n"
    "\n"
    "Speakers\n\nAnn Lee, vice minister of the General Administration of Customs (GAC)\n\n"
    "Chairperson\n\nBo Chen, spokesperson of the SCIO\n\n"
    "Speakers:\n\nMs. Ann Lee, vice minister of the General Administration of Customs (GAC)\n\n"
    "Chairperson:\n\nMr. Bo Chen, spokesperson of the SCIO\n\n"
    "Bo Chen:\n\nWelcome.\n\nDaily Herald:\n\nHow was trade?\n\nAnn Lee:\n\nGood.\n\n"
    "Translated and edited by Cai Wen and Du Fei. In case of any discrepancy, the Chinese prevails.\n"
)


def test_header_facts_from_a_scio_header():
    s = segment(SCIO, profile=english())
    h = s.header
    assert h.title == "Briefing on trade in 2024"
    assert (h.date, h.date_source) == ("2025-01-13", "header")
    assert h.time == "10 a.m."
    assert h.place == "Beijing"
    assert h.organiser == "The State Council Information Office (SCIO)"
    assert SCIO[s.body_start:].startswith("Bo Chen:")


def test_participants_merge_both_lists():
    people = {p.name: p for p in segment(SCIO, profile=english()).header.participants}
    assert set(people) == {"Ann Lee", "Bo Chen"}
    assert people["Ann Lee"].kind == "official" and people["Ann Lee"].honorific == "Ms."
    assert people["Ann Lee"].title == "vice minister"
    assert people["Ann Lee"].organisation == "General Administration of Customs (GAC)"
    assert people["Bo Chen"].kind == "moderator" and people["Bo Chen"].honorific == "Mr."


def test_translators_stop_at_the_notice():
    assert segment(SCIO, profile=english()).header.translators == ("Cai Wen", "Du Fei")


def test_date_from_file_name_when_header_has_none():
    text = "Remarks by the Mayor\n\nCity Hall\n\n6:57 P.M. JST\n\nTHE MAYOR:  Hello.\n\nQ    Why?\n\nTHE MAYOR:  Because.\n\nQ    And?\n"
    h = segment(text, file_name="2023-05-21_remarks.txt", date="2020-01-01", profile=english()).header
    assert (h.date, h.date_source) == ("2023-05-21", "filename")
    assert h.time == "6:57 P.M. JST"
    assert h.place == "City Hall"


def test_date_from_option_as_last_resort():
    text = "THE MAYOR:  Hello.\n\nQ    Why?\n\nTHE MAYOR:  Because.\n\nQ    And?\n"
    h = segment(text, file_name="remarks.txt", date="2020-01-02", profile=english()).header
    assert (h.date, h.date_source) == ("2020-01-02", "option")
    assert segment(text, profile=english()).header.date is None


def test_day_month_year_dateline_gives_place_and_date():
    text = "Frankfurt am Main, 12 December 2024\r\n\r\nGood afternoon and welcome to our press conference.\r\n"
    h = segment(text, profile=english()).header
    assert (h.date, h.date_source, h.place) == ("2024-12-12", "header", "Frankfurt am Main")
    assert h.title is None


def test_word_joiner_and_nbsp_in_title_are_kept_as_written():
    text = "Briefing by the COVID-\u206019 Response\u00a0Team\n\n12:35 P.M. EDT\n\nMR. LEE:  Hi.\n\nQ    Why?\n\nMR. LEE:  Yes.\n\nQ    Ok?\n"
    h = segment(text, profile=english()).header
    assert h.title == "Briefing by the COVID-\u206019 Response\u00a0Team"
    assert text.startswith(h.title + "\n")


def test_impossible_dates_are_not_dates():
    from extractor.structure.header import filename_date, parse_date

    assert parse_date("Beijing | 10 a.m. Feb. 30, 2025", profile=english()) is None
    assert filename_date("2025-02-30_briefing.txt", profile=english()) is None
    assert parse_date("Feb. 28, 2025", profile=english()) == "2025-02-28"

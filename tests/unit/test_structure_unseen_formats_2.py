"""Structure on eight more formats no transcript of the corpus uses: a central bank's "GOVERNOR:" and
"JOURNALIST:", a foreign ministry whose askers are outlets, all-capital captions without labels or punctuation,
a campaign event with crowd noise, "Name (00:01:02):" stamps, an earnings call ("Name -- Title" on its line,
"Operator"), a sports club's "Q." and a city council whose chair gives the floor.

The whole transcripts are fixtures of our own wording in ``tests/fixtures/structure/``; short ones are inline.
"""
from pathlib import Path

from extractor.lang.profile import english
from extractor.structure import segment
from extractor.structure.roles import is_question

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "structure"


def read(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def run(name):
    text = read(name)
    return text, segment(text, profile=english())


def roles(s):
    out = {}
    for t in s.turns:
        if t.speaker:
            out.setdefault(t.speaker, t.role)
    return out


def test_names_with_a_dashed_title_or_firm_on_their_lines_are_labels():
    # An earnings call as transcription sites write it: "Name -- Title", "Name -- Firm -- Analyst", "Operator".
    text, s = run("operator_earnings_call.txt")
    assert len(s.turns) == 15 and not s.warnings
    assert [p.id for p in s.participants] == ["karen-holt", "simon-achterberg"]
    assert roles(s) == {"Operator": "other", "Karen Holt -- Chief Executive Officer": "official",
                        "Simon Achterberg -- Chief Financial Officer": "official",
                        "Priya Nair -- Halden Securities -- Analyst": "media",
                        "Tom Becker -- Northbrook Capital -- Analyst": "media"}
    # The list of participants in the header is no turn: the first turn is the operator's welcome.
    assert text[s.turns[0].content_start:].lstrip().startswith("Good morning, and welcome")
    assert text[s.turns[1].content_start:].lstrip().startswith("Thank you, operator")


def test_an_outlet_among_the_dashed_parts_is_the_outlet():
    text = ("Harbour Board Media Call\n\nAnn Lee -- Harbour Master\n\nThe new quay opens on 3 June with 4 berths.\n\n"
            "Raj Das -- Coast Radio -- Reporter\n\nHow much did it cost?\n\nAnn Lee -- Harbour Master\n\n"
            "About 22 million, shared with the region.\n")
    s = segment(text, profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [
        ("Ann Lee -- Harbour Master", "official"), ("Raj Das -- Coast Radio -- Reporter", "media"),
        ("Ann Lee -- Harbour Master", "official")]
    assert [e.outlet for e in s.exchanges] == ["Coast Radio"]


def test_the_operators_turn_ends_an_answered_exchange():
    # Closing remarks after "There are no further questions" answer no analyst.
    _, s = run("operator_earnings_call.txt")
    assert [(e.question_turns, e.answer_turns) for e in s.exchanges] == [
        (("t5",), ("t6",)), (("t7",), ("t8",)), (("t10",), ("t11", "t12"))]


def test_an_interpreters_turn_goes_on_with_the_exchange():
    text = ("Mayor's Press Conference with the Visiting Delegation\n\n"
            "MAYOR BERG:  Welcome. The twin-city agreement was signed this morning.\n\n"
            "Q  What does the agreement cover?\n\n"
            "MAYOR LUND:  It covers student exchanges, 40 places a year.\n\n"
            "INTERPRETER:  It covers student exchanges, forty places a year.\n\n"
            "MAYOR LUND:  And a joint tender for electric buses.\n\n"
            "Q  When does the first exchange start?\n\n"
            "MAYOR BERG:  In September.\n")
    s = segment(text, profile=english())
    assert [(e.question_turns, e.answer_turns) for e in s.exchanges] == [(("t2",), ("t3", "t5")), (("t6",), ("t7",))]


def test_an_official_who_adds_to_a_colleagues_answer_answers_too():
    # "If I can add one thing": the deputy answers with the governor, though no one handed over to him.
    _, s = run("governor_journalist_reserve_bank.txt")
    assert roles(s) == {"HEAD OF COMMUNICATIONS": "moderator", "GOVERNOR": "official", "JOURNALIST": "media",
                        "DEPUTY GOVERNOR": "official"}
    assert [(e.question_turns, e.answer_turns) for e in s.exchanges] == [
        (("t4",), ("t5",)), (("t6",), ("t7",)), (("t9",), ("t10", "t11")), (("t13",), ("t14",))]
    assert all(t.role == "moderator" for t in s.turns if t.speaker == "HEAD OF COMMUNICATIONS")
    # The captain after his coach answers too.
    _, s = run("q_dot_sports_club.txt")
    assert s.turns[14].speaker == "KAI MORROW" and s.turns[14].role == "official"
    assert s.exchanges[4].answer_turns == ("t14", "t15")
    # A remark on the session after a colleague's answer is still the chair's, though it is no courtesy.
    text = ("Ministry of Transport Briefing\n\nMINISTER ANA ROSS:  Good morning. The new line opens in May.\n\n"
            "Q  How much did it cost?\n\nMINISTER ANA ROSS:  About 2 billion, on budget.\n\n"
            "PRESS OFFICER TOM HAY:  All right, we'll just do a couple more.\n\n"
            "Q  Will fares rise?\n\nMINISTER ANA ROSS:  Not this year.\n")
    s = segment(text, profile=english())
    assert [t.role for t in s.turns][2:] == ["official", "moderator", "media", "official"]


def test_the_hosts_short_word_after_a_guests_answer_still_chairs():
    # The one who opened the briefing speaks to the room after her guest's answer: that is the chair's word, not
    # an answer, though it is as long as a short addition.
    text = ("Ministry of Health Briefing\n\n"
            "SPOKESPERSON ADA VOSS:  Good morning. Dr. Lim will give the figures.\n\n"
            "DR. LIM:  Admissions fell by 12 percent last week.\n\n"
            "Q  Is the fall the same in every region?\n\n"
            "DR. LIM:  Mostly. The north fell a little less, about 8 percent.\n\n"
            "SPOKESPERSON ADA VOSS:  Okay. Let's keep them short today, everyone.\n\n"
            "Q  When will visiting rules change?\n\n"
            "DR. LIM:  From Monday.\n")
    s = segment(text, profile=english())
    assert [t.role for t in s.turns][1:] == ["official", "media", "official", "moderator", "media", "official"]


def test_a_reporter_given_leave_to_ask_keeps_one_exchange():
    # "Can I ask one more?" — "Very quickly, please." — the question: one exchange, answered by the official.
    _, s = run("name_stamp_colon_hospital_board.txt")
    assert [(e.asked_by, e.question_turns, e.answer_turns) for e in s.exchanges][-1] == (
        "Unidentified Speaker", ("t15", "t17"), ("t18",))
    assert all(e.answer_turns for e in s.exchanges)
    assert [e.outlet for e in s.exchanges][:3] == ["Northgate Evening News", None, "BBC Radio Northgate"]


def test_a_question_said_to_be_answered_asks_nothing():
    assert not is_question("Thank you. That answers my question.", profile=english())
    assert not is_question("You have addressed my question, thanks.", profile=english())
    assert is_question("Please answer my question about the levy.", profile=english())
    assert is_question("My question is about the levy.", profile=english())
    # In a council meeting the councillor's thanks stays in the exchange she opened.
    _, s = run("chair_floor_city_council.txt")
    assert (s.exchanges[0].asked_by, s.exchanges[0].question_turns) == ("COUNCILLOR PARK", ("t5", "t8"))
    assert all(e.answer_turns for e in s.exchanges)


def test_a_weekday_or_a_field_name_before_the_date_is_no_place():
    for line, place in (("Monday, March 3, 2025, 7:00 p.m.", None), ("Thu, Apr 10, 2025", None),
                        ("Date: January 9, 2025", None), ("Wellford – 14 May 2025", "Wellford"),
                        ("Oslo, Tuesday, 4 March 2025", "Oslo")):
        text = ("Harbour Authority Media Briefing on Winter Storms\n" + line + "\n\n"
                "DIRECTOR ANA RUIZ:  Good morning. Two berths are closed.\n\nQ  For how long?\n\n"
                "DIRECTOR ANA RUIZ:  About a week.\n")
        s = segment(text, profile=english())
        assert (s.header.place, s.header.date is not None) == (place, True), line


def test_outlets_that_ask_and_a_spokesperson_with_her_title():
    _, s = run("spokesperson_outlets_foreign_ministry.txt")
    assert roles(s) == {"Spokesperson Irena Kostova": "official", "Valdoria Daily": "media", "Reuters": "media",
                        "Bloomberg": "media", "Kyodo News": "media", "Euro TV": "media"}
    assert [e.asked_by for e in s.exchanges] == ["Valdoria Daily", "Reuters", "Reuters", "Bloomberg", "Kyodo News",
                                                 "Euro TV", "Valdoria Daily"]
    assert s.header.title.startswith("Regular Press Conference") and s.header.date == "2025-10-22"


def test_a_campaign_events_crowd_is_never_the_podium():
    _, s = run("applause_campaign_town_hall.txt")
    r = roles(s)
    assert r["EMCEE"] == "moderator" and r["MARIA VOSS"] == "official" and r["AUDIENCE MEMBER"] == "media"
    # A heckler is in the floor: never an official, nor one who adds to the candidate's answer.
    assert r["PROTESTER"] == "media"
    assert [e.answered_by for e in s.exchanges] == [("maria-voss",)] * 4
    assert [p.id for p in s.participants] == ["emcee", "maria-voss"]
    # Crowd noise in brackets stays inside the turn it interrupts.
    assert all(t.speaker for t in s.turns)


def test_all_capital_captions_without_labels_or_punctuation_name_no_one():
    # No label, no sentence mark, no ">>": the reader is told, and no speaker, asker or exchange is made up.
    text, s = run("allcaps_captions_provincial_briefing.txt")
    assert s.unlabelled and all(t.speaker is None for t in s.turns)
    assert any("no speaker labels" in w for w in s.warnings)
    assert s.exchanges == () or all(e.asked_by is None for e in s.exchanges)
    # The header is the paragraph that dates the event, its month in capitals too; the speech starts after it.
    assert (s.header.title, s.header.date) == ("PROVINCE OF NORTHMARK FLOOD RESPONSE UPDATE", "2025-04-16")
    assert text[s.turns[0].start:].startswith("GOOD AFTERNOON EVERYONE")


def test_an_unnamed_asker_who_opens_on_name_and_outlet_gives_the_outlet():
    # "JOURNALIST:" names no one; "Sam Hollis, Wellford Financial Review." opening the turn introduces him.
    _, s = run("governor_journalist_reserve_bank.txt")
    assert [e.outlet for e in s.exchanges] == ["Wellford Financial Review", None, "Southland Broadcasting",
                                               "Capital Wire"]
    # A title before the name is the official addressed, not the asker introduced.
    text = ("City Hall Media Availability\n\nMAYOR ROSA LINDE:  The pool reopens on Friday.\n\n"
            "Q  Mayor Linde, Eastside Pool.  When will it open on Sundays?\n\n"
            "MAYOR ROSA LINDE:  From July.\n")
    s = segment(text, profile=english())
    assert [e.outlet for e in s.exchanges] == [None]


def test_an_operators_word_on_the_line_itself_leaves_the_answer_going_on():
    text = ("Utility Board Media Call\n\nCHAIR NINA HOLM:  Good morning. Rates rise 2 percent in April.\n\n"
            "Q  Two questions. Why now? And what about the winter fund?\n\n"
            "CHAIR NINA HOLM:  Why now: the grid repairs cost 40 million. And the second one was —\n\n"
            "OPERATOR:  One moment while I restore their line.\n\n"
            "CHAIR NINA HOLM:  Sorry. The winter fund stays at 5 million.\n\n"
            "OPERATOR:  Our next question comes from Lena Park of Valley Radio.\n\n"
            "Q  Will the April rise be the last this year?\n\n"
            "CHAIR NINA HOLM:  We expect so.\n")
    s = segment(text, profile=english())
    assert [(e.question_turns, e.answer_turns) for e in s.exchanges] == [(("t2",), ("t3", "t5")),
                                                                       (("t7",), ("t8",))]


def test_a_header_field_that_names_the_speakers_is_no_opening():
    # "Present: ..." lists who sits on the council; the meeting opens with the chair's first label.
    _, s = run("chair_floor_city_council.txt")
    assert (s.turns[0].speaker, s.turns[0].role) == ("CHAIR OKONJO", "moderator")
    assert s.header.date == "2025-03-03" and s.header.time == "7:00 p.m."

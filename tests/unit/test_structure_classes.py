"""Structure on the formats of issue 24, one test (or a few) per failure class, and the warnings of class 8.

The whole transcripts are fixtures of our own wording in ``tests/fixtures/structure/``; short ones are inline.
"""
from pathlib import Path

from extractor.lang.profile import english
from extractor.structure import segment
from extractor.structure.introductions import (
    bracketed_asker,
    called_reporter,
    introduction,
)
from extractor.structure.notices import glued_words

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "structure"


def read(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def roles(s):
    return {t.speaker: t.role for t in s.turns if t.speaker}


# 1. Labels as headings: "### Governor Elena Marsh", "**Ines Kaur (Lakeland Business Weekly)**".
def test_heading_names_are_speaker_labels_and_their_outlet_is_the_askers():
    text = read("heading_central_bank.md")
    s = segment(text, profile=english())
    assert not s.unlabelled and not s.warnings
    assert roles(s) == {"Governor Elena Marsh": "official", "Tom Roe (Daily Courier)": "media",
                        "Ann\u00a0Poe (Radio North)": "media", "Deputy Governor Paul Lind": "official",
                        "Ines Kaur (Lakeland Business Weekly)": "media"}
    assert [e.outlet for e in s.exchanges] == ["Daily Courier", "Radio North", "Lakeland Business Weekly",
                                               "Daily Courier"]
    # The heading's markup is not left at the end of the turn before it.
    assert all(not text[t.start:t.end].rstrip().endswith(("#", "*")) for t in s.turns)
    assert text[s.turns[1].content_start:].startswith("Thank you, Governor. Why did")


def test_a_single_heading_is_no_speaker():
    text = "# Budget day\n\n### Summary\n\nThe council met and agreed the budget.\n"
    assert segment(text, profile=english()).unlabelled


# 2. Outlets that ask: the label names an outlet, not a person.
def test_an_outlet_that_asks_is_the_press():
    # Each outlet closes its question with thanks, so no turn of theirs ends on it.
    text = ("Harbour Ministry Press Conference\n\n"
            "Minister Ola Berg:\n\nGood morning. The port handled 4 million containers this year, a record, and the "
            "new quay opens in May.\n\n"
            "Coastal Radio:\n\nMinister, will the port fees rise next year? Thank you. We look forward to your "
            "answer.\n\n"
            "Minister Ola Berg:\n\nNo, they stay where they are until 2027. The board agreed on that last week.\n\n"
            "North Sea Wire Agency:\n\nHow many ships were delayed by the strike, and what will it cost? Thank you "
            "very much. Many of our readers work at the port.\n\n"
            "Minister Ola Berg:\n\nAbout sixty, most of them by less than a day. The cost is still being counted.\n")
    s = segment(text, profile=english())
    assert roles(s) == {"Minister Ola Berg": "official", "Coastal Radio": "media", "North Sea Wire Agency": "media"}
    assert [(e.asked_by, e.outlet) for e in s.exchanges] == [("Coastal Radio", "Coastal Radio"),
                                                              ("North Sea Wire Agency", "North Sea Wire Agency")]


def test_an_outlet_label_is_its_outlet_but_a_persons_is_not():
    text = ("MINISTER HALL:  Good morning.  Exports rose by 3 percent.\n\n"
            "AFP:  Minister, which markets grew fastest?\n\nMINISTER HALL:  Asia and Latin America.\n\n"
            "TOM REED:  And which ones fell?\n\nMINISTER HALL:  None of them.\n")
    s = segment(text, profile=english())
    assert [(e.asked_by, e.outlet) for e in s.exchanges] == [("AFP", "AFP"), ("TOM REED", None)]


# 3. A chair who names the reporter before an unnamed "Q".
CALL = ("Press Call on the Rail Strike\n\nVia Teleconference\n\n10:00 A.M. EDT\n\n"
        "MODERATOR:  Thanks, everyone.  Our first question comes from the line of Rosa Lind with the Valley Times.\n\n"
        "Q    Thanks.  How many trains will run on Monday?\n\n"
        "SENIOR OFFICIAL:  About half of the usual timetable.\n\n"
        "MODERATOR:  Next up, we'll go to Omar Field.\n\n"
        "Q    Will the unions meet the minister this week?\n\n"
        "SENIOR OFFICIAL:  Yes, on Wednesday.  Go ahead, Omar, if you have a follow-up.\n\n"
        "Q    And after that?\n\n"
        "SENIOR OFFICIAL:  Then we will see.\n\n"
        "MODERATOR:  Go ahead, Jane.\n\n"
        "Q    Is there a deadline?\n\n"
        "SENIOR OFFICIAL:  Friday.\n")


def test_the_chairs_call_names_the_asker_and_outlet():
    s = segment(CALL, profile=english())
    assert [(e.asked_by, e.outlet) for e in s.exchanges] == [
        ("Rosa Lind", "Valley Times"), ("Omar Field", None), ("Q", None), ("Q", None)]
    assert roles(s)["SENIOR OFFICIAL"] == "official"


def test_a_call_is_no_self_introduction():
    assert called_reporter("And next we'll turn to Ana Ruiz from Metro Wire.", profile=english()) == ("Ana Ruiz", "Metro Wire")
    assert called_reporter("Jo Reyes, Harbour Post.", profile=english()) == ("Jo Reyes", "Harbour Post")
    assert called_reporter("Go ahead, Jane.", profile=english()) is None
    # An official's call names someone else: the official does not introduce themselves.
    assert introduction("Thank you.  And next we'll turn to Ana Ruiz from Metro Wire.", "SENIOR OFFICIAL", profile=english()) is None


# 4. Re-asked and completed questions.
REASKED = ("Remarks by the Mayor\n\n4:00 P.M.\n\n"
           "THE MAYOR:  Good afternoon.  We opened the new bridge today.\n\n"
           "Q    Mayor, how much did the bridge cost, and will tolls pay for it?\n\n"
           "THE MAYOR:  What was the second part of your question?  Sorry.\n\n"
           "Q    Will tolls pay for it?\n\n"
           "THE MAYOR:  No tolls.  The state and the city share the cost, about 90 million.\n\n"
           "Q    Mayor —\n\n"
           "Q    Can you say when the tram line opens?\n\n"
           "THE MAYOR:  Wait, wait, wait.\n\n"
           "Q    The tram line, when does it open?\n\n"
           "THE MAYOR:  Next spring.\n\n"
           "Q    And the buses?\n\n"
           "THE MAYOR:  They run as before.\n")


def test_a_question_completed_because_the_official_asks_is_one_exchange():
    s = segment(REASKED, profile=english())
    assert len(s.exchanges) == 3
    # The question, its second part repeated when the mayor asks for it, and "Mayor —" that nobody answers.
    assert len(s.exchanges[0].question_turns) == 3
    # A question re-put after "Wait, wait, wait." stays in its exchange.
    assert len(s.exchanges[1].question_turns) == 2


def test_a_question_asked_again_on_a_request_without_a_question_mark_is_one_exchange():
    text = ("MS. ODUYA:  Good morning.\n\nQ    Will the ferry terminal open before the summer timetable?\n\n"
            "MS. ODUYA:  Sorry, say that one more time.\n\n"
            "Q    The ferry terminal. Will it open before the summer timetable starts?\n\n"
            "MS. ODUYA:  Yes, two weeks before it.\n\nQ    And what did the land cost?\n\n"
            "MS. ODUYA:  I can't say more than that.  The contract is sealed.\n\n"
            "Q    Then who signed it?\n\nMS. ODUYA:  The port board.\n")
    s = segment(text, profile=english())
    # The repeated question stays with the first; "I can't say more" answers, and the next question is new.
    assert [len(e.question_turns) for e in s.exchanges] == [2, 1, 1]


def test_an_interjection_that_is_not_answered_is_no_exchange():
    text = ("MS. ODUYA:  Good morning.\n\nQ    What will the plan cost?\n\nMS. ODUYA:  Four million.\n\n"
            "Q    Ms. Oduya —\n\nMR. HALE:  Next question, please.\n\nQ    Who pays for the land?\n\n"
            "MS. ODUYA:  The city does.\n")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 2


def test_a_greeting_before_the_opening_statement_is_no_exchange():
    statement = "We open the new harbour terminal on Monday. " * 8
    text = ("Press Briefing by the Port Spokesperson\n\nMR. VEGA:  Hi, everyone.\n\nQ    Good afternoon.\n\n"
            f"MR. VEGA:  {statement}\n\nQ    When do the ferries move there?\n\nMR. VEGA:  In June.\n")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 1 and s.exchanges[0].question_turns == ("t4",)
    assert s.statements[0].turns == ("t1", "t3")


# 5. Rev-style transcripts: roles by behaviour, one participant under two labels.
def test_rev_style_briefing_roles_by_behaviour():
    s = segment(read("rev_wildfire_briefing.txt"), profile=english())
    r = roles(s)
    assert {k for k, v in r.items() if v == "media"} == {
        "Speaker 4", "Speaker 7", "Speaker 9", "Speaker 12", "Speaker 15", "Male Reporter", "Female Reporter"}
    assert {k for k, v in r.items() if v == "official"} == {
        "Maria Delgado", "Health Commissioner", "Grace Okafor", "Tom Brennan", "Tom Brenan"}
    by_label = {t.speaker: t.participant for t in s.turns if t.speaker}
    assert by_label["Health Commissioner"] == by_label["Grace Okafor"] == "grace-okafor"
    assert by_label["Tom Brenan"] == by_label["Tom Brennan"]
    assert len(s.exchanges) == 12
    # Every answer falls inside an exchange.
    inside = {i for e in s.exchanges for i in e.question_turns + e.answer_turns}
    assert all(t.id in inside for t in s.turns[1:-1] if t.role != "moderator")
    assert not s.warnings


# 6. Generic askers in long runs.
def test_twenty_unidentified_questions_are_twenty_exchanges():
    # The recording opens on a question, and the candidate ends most answers on a rhetorical one
    # ("No. Not in my first term. Would you?"): the candidate still answers, each question is an exchange.
    s = segment(read("unidentified_town_hall.txt"), profile=english())
    assert roles(s) == {"UNIDENTIFIED": "media", "CANDIDATE NOVAK": "official"}
    assert len(s.exchanges) == 20
    assert {e.asked_by for e in s.exchanges} == {"UNIDENTIFIED"}
    assert not s.warnings


# 7. Speech-to-text and captions.
def test_caption_transcript_finds_the_unlabelled_answers_and_warns():
    text = read("captions_budget_hearing.txt")
    s = segment(text, profile=english())
    assert [t.speaker for t in s.turns] == [None] + ["Question", None] * 5
    assert [t.role for t in s.turns] == ["official"] + ["media", "official"] * 5
    assert len(s.exchanges) == 5
    assert text[s.turns[2].content_start:].startswith("The roads are in the worst state")
    assert any("caption-like" in w for w in s.warnings)


def test_numbers_split_as_speech_to_text_writes_them_are_warned():
    text = read("captions_budget_hearing.txt")
    assert any("'91, 000'" in w for w in segment(text, profile=english()).warnings)
    assert not any("thousands comma" in w for w in segment(text.replace("91, 000", "91,000")
                                                            .replace("4, 500", "4,500")
                                                            .replace("600, 000", "600,000"), profile=english()).warnings)


def test_words_run_together_as_speech_to_text_writes_them_are_warned():
    text = read("captions_glued_club_press_conference.txt")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 9
    assert any("caption-like" in w and "run together" in w for w in s.warnings)
    assert {"yourquestions", "thankyouall", "thisweek"} <= set(glued_words(text))


def test_words_written_apart_and_compounds_are_no_run_together_words():
    # The same conference with its run-together words written apart: compounds ("tonight",
    # "everybody") and a few words glued by chance do not make an edited transcript caption-like.
    repaired = read("captions_glued_club_press_conference.txt")
    for glued, apart in (("aboutthe", "about the"), ("everyweek", "every week"), ("medicalteam", "medical team"),
                         ("secondhalf", "second half"), ("seeyou", "see you"), ("theplayers", "the players")):
        repaired = repaired.replace(glued, apart)
    assert glued_words(repaired) == []
    assert not any("run together" in w for w in segment(repaired, profile=english()).warnings)
    for name in ("rev_wildfire_briefing.txt", "unidentified_town_hall.txt", "heading_central_bank.md"):
        assert glued_words(read(name)) == []


# 8. Warnings that mean something.
def test_questions_merged_into_one_exchange_are_warned():
    text = ("Briefing\n\nMR. KANE:  Hello.\n\n" + "".join(
        f"Q    Question number {k} on the budget?\n\nQ    And part two of it?\n\n" for k in range(4))
        + "MR. KANE:  I will take them all at once.\n")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 1
    assert any("single exchange" in w for w in s.warnings)


def test_an_asker_label_read_as_official_is_warned():
    text = ("Speaker 2: (00:01)\nWelcome to the club's season launch. We signed four players this summer and the "
            "stadium roof is finished.\n\nSpeaker 5: (00:40)\nHow much did the roof cost?\n\n"
            "Speaker 2: (00:44)\nAbout twelve million.\n\nSpeaker 5: (00:50)\nAnd who paid?\n\n"
            "Speaker 2: (00:52)\nThe owners, every cent.\n")
    s = segment(text, profile=english())
    assert roles(s) == {"Speaker 2": "official", "Speaker 5": "media"}
    assert any("'Speaker 2'" in w and "official" in w for w in s.warnings)


def test_a_labelled_monologue_is_not_warned_as_one_turn():
    text = "Statement by the Mayor\n\nTHE MAYOR:  The bridge reopens tomorrow. " + "Crews worked all night. " * 10 + "\n"
    assert segment(text, profile=english()).warnings == ()
    assert any("1 speaker turn" in w for w in segment("Notes\n\nWhy? Who? How? The bridge reopens.\n", profile=english()).warnings)


def test_a_clean_briefing_raises_no_warning():
    for name in ("rev_wildfire_briefing.txt", "unidentified_town_hall.txt", "heading_central_bank.md"):
        assert segment(read(name), profile=english()).warnings == ()


def test_a_call_that_names_a_place_names_no_reporter():
    # A regional council's call-in: the moderator moves to a district's line, not to a person.
    assert called_reporter("Thank you. Next we go to New Harbor.", profile=english()) is None
    assert called_reporter("And now we'll turn to Lake County, please.", profile=english()) is None
    assert called_reporter("Our next question comes from Port Ellis.", profile=english()) is None
    assert called_reporter("Next we'll go to NBC News.", profile=english()) is None
    # People still count, also with a surname that is a compass word, or a hyphened given name.
    assert called_reporter("Next we go to Mary West with the Harbor Gazette.", profile=english()) == ("Mary West", "Harbor Gazette")
    assert called_reporter("We'll go to Mary-Jo Okafor.", profile=english()) == ("Mary-Jo Okafor", None)
    # Given names of any alphabet, and initials.
    assert called_reporter("Next we go to Zoë Lindqvist from Nordic Radio.", profile=english()) == ("Zoë Lindqvist", "Nordic Radio")
    assert called_reporter("We'll go to TJ Boateng with the Courier.", profile=english()) == ("TJ Boateng", "Courier")


LONG_ANSWER = ("Central Bank Briefing\n\n"
               "THE GOVERNOR:  Good morning.  The board met this week.\n\n"
               "Q    Governor, I have two questions.  The first is about the reserve ratio: will it change?\n\n"
               "THE GOVERNOR:  The board kept the reserve ratio where it was.  We looked at lending to small "
               "firms, at the housing market and at the exchange rate, and none of them called for a move.  "
               "Lending grew a little faster than last year, the housing market has cooled in the large "
               "cities, and the currency has been steady against the basket.  We will look again at the "
               "next meeting.  What's your second question?\n\n"
               "Q    My second question is about the deposit insurance fund: how large is it now?\n\n"
               "THE GOVERNOR:  About four percent of insured deposits.\n\n"
               "Q    And the reserve ratio in the regions?\n\n"
               "THE GOVERNOR:  The board discussed the regions at length and did not change anything there; "
               "the regional offices reported steady lending, a cooler housing market and no strain on the "
               "banks that they could see.  We will ask them again in the spring, and the board will take "
               "their reports into account when it meets.  Is that not the right course for the rest of the "
               "country?  What was the last part of your question?\n\n"
               "Q    Whether the regions can set their own ratio.\n\n"
               "THE GOVERNOR:  They cannot.  The board sets one ratio, as it has since it was founded, and it "
               "sees no reason to split it between the regions now: the banks lend across them, the deposits "
               "move across them, and a ratio for each would only move money from one to another.  Who would "
               "gain from that, apart from the rest of the market?\n\n"
               "Q    On another subject: when will the new notes be printed?\n\n"
               "THE GOVERNOR:  Next year.\n")


def test_a_second_question_asked_for_after_a_long_answer_is_a_new_exchange():
    s = segment(LONG_ANSWER, profile=english())
    # The follow-up the governor invites is a new exchange; the last part he asks for completes its question;
    # an answer's own rhetorical question ("... the rest of the market?") asks for nothing.
    assert len(s.exchanges) == 4
    assert len(s.exchanges[2].question_turns) == 2


# A bracket naming both the reporter and the outlet, and a title written as a Markdown heading.
CLUB_PRESSER = ("# Rovers Football Club: Press Conference Before the Cup Final\n\n"
                "March 3, 2026\n\n"
                "Coach Ilse Varga:  Good afternoon.  The squad trained well this week.\n\n"
                "Reporter (Tom Hale, Valley Echo):  Will the captain be fit for Saturday?\n\n"
                "Coach Ilse Varga:  He trained fully today, so yes.\n\n"
                "Reporter (Harbour Post):  How many tickets are left?\n\n"
                "Coach Ilse Varga:  About two thousand, the club tells me.\n")


def test_a_bracket_with_a_name_and_an_outlet_gives_both():
    s = segment(CLUB_PRESSER, profile=english())
    assert [(e.asked_by, e.outlet) for e in s.exchanges] == [("Tom Hale", "Valley Echo"), ("Reporter (Harbour Post)", "Harbour Post")]
    # An outlet with its city, or a named label's bracket, stays the outlet.
    assert bracketed_asker("Q", "Metro Wire, Harbour City", profile=english()) == (None, "Metro Wire, Harbour City")
    assert bracketed_asker("Ann Lee", "Jo Ray, Courier", profile=english()) == (None, "Jo Ray, Courier")


def test_a_markdown_heading_title_is_given_without_its_marks():
    s = segment(CLUB_PRESSER, profile=english())
    assert s.header.title == "Rovers Football Club: Press Conference Before the Cup Final"
    assert s.header.date == "2026-03-03"


def test_an_official_who_missed_the_start_of_a_question_keeps_it_in_its_exchange():
    text = ("MINISTER OKAFOR:  Good morning.  The ministry opened two clinics.\n\n"
            "Q    Minister, the clinics in the north were promised last year; when will they open, and who staffs them?\n\n"
            "MINISTER OKAFOR:  Sorry, the line is poor here and I only caught the end of it.  Who staffs them, "
            "I think, was the end.  What was the beginning part of your comment?\n\n"
            "Q    When will the clinics in the north open?\n\n"
            "MINISTER OKAFOR:  In June.\n")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 1 and len(s.exchanges[0].question_turns) == 2


def test_a_reporter_who_declines_the_officials_question_asks_anew():
    answer = ("THE MAYOR:  The depot will be rebuilt on the old site, with room for forty buses, a workshop and "
              "chargers for the electric fleet, and the council will vote on the contract next month once the "
              "bids are in.  Was there another part of the\nquestion?\n\n")
    declined = ("THE MAYOR:  Good morning.\n\nQ    Mayor, where will the bus depot go?\n\n" + answer
                + "Q    No, but I have one.  Who pays for the chargers?\n\nTHE MAYOR:  The state does.\n")
    completed = ("THE MAYOR:  Good morning.\n\nQ    Mayor, where will the bus depot go, and when?\n\n" + answer
                 + "Q    When will it open?\n\nTHE MAYOR:  In the autumn.\n")
    assert len(segment(declined, profile=english()).exchanges) == 2
    # The phrase broken across lines still points back to the question: its end completes the exchange.
    assert [len(e.question_turns) for e in segment(completed, profile=english()).exchanges] == [2]


# Labels with a recording's clock reading, as speech-to-text services and meeting recorders export them.
def test_a_speech_to_text_export_with_time_stamped_names_is_read_by_speaker():
    # "Dana Whitfield  0:21" alone on its line, the speech below; diarised reporters are "Speaker 2".
    text = read("otter_transit_press_conference.txt")
    s = segment(text, profile=english())
    assert not s.unlabelled and not s.warnings
    assert s.header.title == "Valley Transit Authority - fare and service press conference"
    assert s.header.date == "2025-04-10"
    assert len(s.turns) == 28
    assert roles(s) == {"Nora Halvorsen": "moderator", "Dana Whitfield": "official", "Marco Reyes": "official",
                        "Speaker 2": "media", "Speaker 5": "media", "Speaker 7": "media"}
    # The time stamp is the label's, never the end of the turn before it.
    assert all(not text[t.content_start:t.end].rstrip().endswith(tuple("0123456789")) for t in s.turns)
    assert text[s.turns[1].content_start:].startswith("Thank you, Nora.")
    # Eight exchanges: "Could you repeat that?" keeps the drivers question whole, "Marco?" hands one on.
    assert [e.asked_by for e in s.exchanges] == ["Speaker 2", "Speaker 2", "Speaker 5", "Speaker 5",
                                                "Speaker 7", "Speaker 7", "Speaker 7", "Speaker 2"]
    assert s.exchanges[0].outlet == "Valley Courier"
    assert len(s.exchanges[2].question_turns) == 2
    assert s.exchanges[6].answered_by == ("dana-whitfield", "marco-reyes")
    assert [st.kind for st in s.statements] == ["opening", "closing"]


def test_a_time_stamp_before_the_name_opens_the_label():
    text = ("Parks committee briefing\n\n"
            "[00:00:03] Chair Ruth Amsel: Good evening. We start with the pool repairs.\n"
            "[00:00:15] Director Ivo Lang: The repairs finish in May, and the cost stayed at 2 million.\n"
            "[00:00:31] Reporter 1: Will the pool open for the whole summer?\n"
            "[00:00:36] Director Ivo Lang: Yes, from the first of June to the end of August.\n"
            "[00:00:44] Reporter 2: And the entry fee?\n"
            "[00:00:47] Director Ivo Lang: Unchanged.\n")
    s = segment(text, profile=english())
    assert [t.speaker for t in s.turns] == ["Chair Ruth Amsel", "Director Ivo Lang", "Reporter 1",
                                           "Director Ivo Lang", "Reporter 2", "Director Ivo Lang"]
    assert all(text[t.start] == "[" and "[" not in text[t.content_start:t.end] for t in s.turns)
    assert [e.asked_by for e in s.exchanges] == ["Reporter 1", "Reporter 2"]


def test_times_in_prose_are_no_labels():
    # A schedule names times, but no name recurs with a clock reading on a line of its own.
    text = ("Harbour festival programme\n\nOpening  10:00\n\nParade  11:30\n\nFireworks  21:45\n\n"
            "The mayor opens the festival, and the parade leaves from the quay.\n")
    assert segment(text, profile=english()).unlabelled


def test_a_short_request_to_repeat_put_as_a_question_keeps_the_question_whole():
    text = ("MR. ODUYA:  Good morning.\n\nQ    How many lifeguards has the city hired for the beaches?\n\n"
            "MR. ODUYA:  Sorry, I missed the start.  Could you repeat that?\n\n"
            "Q    The lifeguards.  How many are hired?\n\nMR. ODUYA:  Forty so far, and ten more in June.\n\n"
            "Q    And the pools?\n\nMR. ODUYA:  They open on the first of July.\n")
    s = segment(text, profile=english())
    assert [len(e.question_turns) for e in s.exchanges] == [2, 1]


def test_a_time_stamp_in_brackets_before_the_colon_is_no_outlet():
    # Rev.com's later style, "Name (00:02):" alone on its line: the brackets hold the time, not an outlet.
    text = ("Riverside Flood Briefing Transcript\n\n"
            "Mayor Ines Calder (00:02):\nGood morning. The river crested overnight at 6 metres, and the levees held.\n\n"
            "Speaker 2 (00:41):\nHow many families are still in the shelters?\n\n"
            "Mayor Ines Calder (00:47):\nAbout 300, down from 900 yesterday.\n\n"
            "Speaker 3 (01:05):\nWhen do the schools reopen?\n\n"
            "Mayor Ines Calder (01:09):\nOn Monday, all but two of them.\n")
    s = segment(text, profile=english())
    assert not s.warnings
    assert [t.speaker for t in s.turns] == ["Mayor Ines Calder", "Speaker 2", "Mayor Ines Calder", "Speaker 3",
                                           "Mayor Ines Calder"]
    assert [(e.asked_by, e.outlet) for e in s.exchanges] == [("Speaker 2", None), ("Speaker 3", None)]
    assert text[s.turns[1].content_start:].startswith("How many families")


def test_an_aside_cut_off_and_resumed_that_nobody_answers_is_no_exchange():
    # "Madam Mayor, (inaudible) —" and its resumption hold no question in words; the chair calls someone else.
    text = ("MS. ODUYA:  Good morning.\n\nQ    What will the plan cost?\n\nMS. ODUYA:  Four million.\n\n"
            "Q    Madam Mayor, (inaudible) —\n\nMR. HALE:  Next, please.  Go ahead, Ruth.\n\nQ    — (inaudible) —\n\n"
            "MR. HALE:  Ruth, go ahead.\n\nQ    Who pays for the land?\n\nMS. ODUYA:  The city does.\n")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 2


def test_a_caption_file_with_voice_tags_is_read_by_speaker():
    # WebVTT as a meeting recorder exports it: cue timings are no speech, each voice tag opens a turn.
    text = ("WEBVTT\n\n"
            "00:00:02.000 --> 00:00:08.000\n<v Chief Hana Ueda>Good evening. The fire is contained.</v>\n\n"
            "00:00:08.000 --> 00:00:12.500\n<v Chief Hana Ueda>About 40 homes were evacuated.</v>\n\n"
            "00:00:12.500 --> 00:00:15.000\n<v Reporter>When can families go back?</v>\n\n"
            "00:00:15.000 --> 00:00:19.000\n<v Chief Hana Ueda>Tomorrow morning, street by street.</v>\n\n"
            "00:00:19.000 --> 00:00:21.000\n<v Reporter>And the school on Elm Street?</v>\n\n"
            "00:00:21.000 --> 00:00:24.000\n<v Chief Hana Ueda>It reopens on Monday.</v>\n")
    s = segment(text, profile=english())
    assert [t.speaker for t in s.turns] == ["Chief Hana Ueda"] * 2 + ["Reporter", "Chief Hana Ueda"] * 2
    assert [text[t.content_start:t.end] for t in s.turns][2:4] == ["When can families go back?",
                                                                   "Tomorrow morning, street by street."]
    assert [e.asked_by for e in s.exchanges] == ["Reporter", "Reporter"]
    assert {d.kind for d in s.debris} == {"timestamp", "boilerplate"}

"""Structure on formats no transcript of the corpus uses: names alone on their lines, speech-to-text exports that
number every speaker, captions whose ">>" marks each change of speaker, and an outlet that asks first after an
opening the transcript reports.

The whole transcripts are fixtures of our own wording in ``tests/fixtures/structure/``; short ones are inline.
"""
from pathlib import Path

from extractor.lang.profile import english
from extractor.structure import segment
from extractor.structure.labels import find_labels

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "structure"


def read(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def roles(s):
    """Each label's role at its first turn (a principal's last word may be the chair's)."""
    out = {}
    for t in s.turns:
        if t.speaker:
            out.setdefault(t.speaker, t.role)
    return out


def test_names_alone_on_their_lines_are_speaker_labels():
    text = read("line_names_city_hall.txt")
    s = segment(text, profile=english())
    assert not s.unlabelled and not s.warnings
    assert roles(s) == {"Rosa Almeida, Communications Director": "moderator", "Daniel Okoro": "official",
                        "Rosa Almeida": "moderator", "Marta Novak (Eastbrook Ledger)": "media",
                        "Kwame Mensah (River Valley Radio)": "media", "Lena Fisher, Finance Director": "official",
                        "Lena Fisher": "official"}
    # One speaker under the name with and without the title.
    assert [p.id for p in s.participants] == ["rosa-almeida", "daniel-okoro", "lena-fisher"]
    assert [(e.asked_by, e.outlet) for e in s.exchanges] == [
        ("Marta Novak (Eastbrook Ledger)", "Eastbrook Ledger"), ("Kwame Mensah (River Valley Radio)", "River Valley Radio"),
        ("Kwame Mensah (River Valley Radio)", "River Valley Radio")]
    # A turn holds its speech below the name, both of the mayor's paragraphs included.
    mayor = s.turns[1]
    assert text[mayor.start:mayor.content_start].strip() == "Daniel Okoro"
    assert text[mayor.content_start:mayor.end].endswith("the transit fare stays at $3.25.")


def test_a_list_of_names_in_a_header_is_no_speaker_labels():
    # Each name is followed by another name, not by speech; and no name recurs.
    text = ("Annual General Meeting of Brightwater Foods plc\n\nDirectors present\n\nAnna Berg\nJonas Field\n"
            "Ruth Kane\n\nThe chair opened the meeting at ten and the accounts were approved by a show of hands.\n")
    assert find_labels(text, profile=english()) == []


def test_a_name_written_once_on_its_line_is_no_label():
    text = ("Tribute to a Retiring Coach\n\nMargaret Olu\nShe coached the under-14s for thirty years and never "
            "missed a match.\n\nThe club will name its new pitch after her in the spring.\n")
    assert find_labels(text, profile=english()) == []


def test_speech_to_text_numbered_speakers_are_read_by_behaviour():
    s = segment(read("speech_to_text_rowing_club.txt"), profile=english())
    assert roles(s) == {"Speaker 1": "official", "Speaker 2": "official", "Speaker 3": "media", "Speaker 4": "media"}
    assert [(e.asked_by, e.answered_by) for e in s.exchanges] == [
        ("Speaker 3", ("speaker-2",)), ("Speaker 4", ("speaker-1",)), ("Speaker 4", ("speaker-1",)),
        ("Speaker 3", ("speaker-2",))]
    assert s.exchanges[1].outlet == "Harbour Gazette"
    # The stamp is not the speaker's name; the officials are told apart by number.
    assert {p.id for p in s.participants} == {"speaker-1", "speaker-2"}
    assert s.turns[-1].role == "moderator"  # the president closes the conference
    assert any("every label numbers a speaker" in w for w in s.warnings)


def test_a_name_with_a_speech_to_text_stamp_is_a_label():
    text = ("Library Board Press Conference\n\nIrene Cho  0:04\nWelcome. The new branch opens on Saturday with "
            "40,000 books.\n\nSam Ford  0:31\nWill it open on Sundays too?\n\nIrene Cho  0:35\nYes, from noon "
            "to five.\n")
    s = segment(text, profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [("Irene Cho", "official"), ("Sam Ford", "media"),
                                                     ("Irene Cho", "official")]
    assert text[s.turns[0].content_start:].startswith("Welcome.")


def test_caption_marks_start_a_turn_each_and_roles_come_from_behaviour():
    text = read("captions_marked_harbour_authority.txt")
    s = segment(text, profile=english())
    assert s.unlabelled and len(s.turns) == 11
    assert all(t.speaker is None for t in s.turns)
    assert [t.role for t in s.turns] == ["official", "official", "moderator", "media", "official", "media",
                                        "official", "moderator", "media", "official", "moderator"]
    assert [(e.question_turns, e.answer_turns) for e in s.exchanges] == [
        (("t4",), ("t5",)), (("t6",), ("t7",)), (("t9",), ("t10",))]
    # The capitals of the speech are never taken for a label, and the file says it is captions.
    assert any("'>>' marks open the turns" in w for w in s.warnings)
    assert not any("no speaker labels" in w for w in s.warnings)
    assert all(text[t.start:t.start + 2] == ">>" for t in s.turns)


def test_an_email_quote_is_no_caption_file():
    text = ("FIRE CHIEF DANA WELLS:  The hydrant audit found 12 faults.\n\n"
            "Q  Who reported them?\n\n"
            "FIRE CHIEF DANA WELLS:  A resident wrote to us:\n>> The hydrant on Elm Street leaks.\n"
            ">> Please fix it.\n\nQ  When will it be fixed?\n\nFIRE CHIEF DANA WELLS:  Next week.\n")
    s = segment(text, profile=english())
    assert not s.unlabelled and [t.speaker for t in s.turns][:2] == ["FIRE CHIEF DANA WELLS", "Q"]


def test_an_outlet_that_asks_first_is_the_press_and_the_reported_opening_is_a_turn():
    text = read("outlet_opens_trade_ministry.txt")
    s = segment(text, profile=english())
    assert roles(s) == {"AFP": "media", "Marta Keller": "official", "Baltic Business Wire": "media",
                        "Reuters": "media", "EFE": "media"}
    assert [p.id for p in s.participants] == ["marta-keller"]
    opening = s.turns[0]
    assert opening.speaker is None and opening.role == "official"
    assert text[opening.start:opening.end].startswith("Spokesperson Marta Keller opened the briefing")
    assert s.header.title.startswith("Ministry of Trade and Industry")
    assert [e.asked_by for e in s.exchanges] == ["AFP", "Baltic Business Wire", "Reuters", "EFE"]


def test_a_header_paragraph_that_names_no_speaker_stays_in_the_header():
    text = ("Water Board Briefing\n\nThe Regional Water Board held its quarterly briefing in Marlow on Tuesday "
            "about reservoir levels and the summer outlook for households.\n\n"
            "CHAIR ADA PENN:  Reservoirs are at 81 percent.\n\nQ  Will there be a hosepipe ban?\n\n"
            "CHAIR ADA PENN:  Not this summer.\n")
    s = segment(text, profile=english())
    assert [t.speaker for t in s.turns] == ["CHAIR ADA PENN", "Q", "CHAIR ADA PENN"]


def test_a_time_stamp_that_opens_the_line_belongs_to_the_label():
    # "[00:00:04] Name: ..." on one line, and "00:00:04 Name" above the speech, as transcription services write.
    inline = ("Parks Department Briefing\n\n[00:00:04] Director Ines Vale: The new playgrounds open in June, "
              "all 14 of them.\n\n[00:00:20] Omar Pike: Omar Pike, Northside Post. What did they cost?\n\n"
              "[00:00:26] Director Ines Vale: About 3 million in total.\n")
    above = ("Parks Department Briefing\n\n00:00:04 Ines Vale\nThe new playgrounds open in June, all 14 of them.\n\n"
             "00:00:20 Omar Pike\nWhat did they cost?\n\n00:00:26 Ines Vale\nAbout 3 million in total.\n")
    for text, official in ((inline, "Director Ines Vale"), (above, "Ines Vale")):
        s = segment(text, profile=english())
        assert [(t.speaker, t.role) for t in s.turns] == [(official, "official"), ("Omar Pike", "media"),
                                                         (official, "official")]
        # The stamp opens the turn, so no turn ends on the next one's stamp.
        assert [text[t.start:t.start + 1] for t in s.turns] in (["["] * 3, ["0"] * 3)
        assert text[s.turns[2].content_start:].startswith("About 3 million")


def test_a_numbered_speaker_handed_the_floor_by_office_and_name_speaks_for_the_podium():
    # The hand-off names the office before the name; the numbered label cannot be matched to it, so the first
    # to speak right after it is the one handed to, not a chair giving the floor.
    text = ("Speaker 1  0:02\nGood morning. The county budget is 310 million this year.\n\n"
            "Speaker 1  0:10\nI'll ask our treasurer, Joan Pryce, to walk through the details.\n\n"
            "Speaker 2  0:15\nThank you. Roads take 48 million and parks 12 million.\n\n"
            "Speaker 3  0:40\nWhy did the parks budget fall?\n\n"
            "Speaker 2  0:44\nTwo projects were finished last year.\n")
    s = segment(text, profile=english())
    assert [t.role for t in s.turns] == ["official", "official", "official", "media", "official"]


def test_announcements_before_an_outlet_asks_first_are_the_podiums_opening():
    # The press never opens a press conference: the unlabelled announcements before its first question are
    # the podium's, though they name no speaker.
    text = ("Foreign Affairs Department Daily Briefing, 2 April 2025\n\n"
            "At the invitation of the Government of Chile, Deputy Minister Ana Ruiz will attend the regional trade "
            "forum in Santiago from 7 to 9 April and hold talks with 6 counterparts.\n\n"
            "Harbour TV: What does the department expect from the forum? How many agreements will be signed?\n\n"
            "Tomas Bell: The forum will discuss supply chains. Three agreements are expected to be signed.\n\n"
            "AFP: Is the department concerned about the new port fees?\n\n"
            "Tomas Bell: We have noted the reports and are studying them.\n")
    s = segment(text, profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [
        (None, "official"), ("Harbour TV", "media"), ("Tomas Bell", "official"), ("AFP", "media"),
        ("Tomas Bell", "official")]
    assert text[s.turns[0].start:].startswith("At the invitation")
    assert s.header.title == "Foreign Affairs Department Daily Briefing, 2 April 2025"


def test_names_above_a_blank_line_with_an_outlet_after_a_comma():
    # The name stands above a blank line; "Moderator" alone on its line twice is a label, not a copied list head.
    text = read("line_names_reserve_bank.txt")
    s = segment(text, profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [
        ("Governor Michele Grant", "official"), ("Moderator", "moderator"),
        ("Jack Thompson, The Eastland Review", "media"), ("Governor Michele Grant", "official"),
        ("Moderator", "moderator"), ("Lucy Wong, Capital Markets Weekly", "media"),
        ("Governor Michele Grant", "official")]
    # An outlet-shaped part after the comma is the outlet; one that is not stays only in the label.
    assert [e.outlet for e in s.exchanges] == [None, "Capital Markets Weekly"]
    assert text[s.turns[0].content_start:s.turns[0].end].endswith("Inflation has fallen to 2.4 per cent.")
    assert s.debris == ()


def test_question_and_answer_alone_on_their_lines_label_the_two_sides():
    text = ("Interview with the Water Commissioner, 3 May 2025\n\nQuestion\nCommissioner, how much will the new "
            "reservoir cost?\n\nAnswer\nAbout 90 million, most of it from the regional fund.\n\nQuestion\nWill "
            "water bills go up?\n\nAnswer\nBy about 2 percent in the first year.\n\nQuestion\nWhen does work "
            "start?\n\nAnswer\nNext spring.\n")
    s = segment(text, profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [("Question", "media"), ("Answer", "official")] * 3
    assert len(s.exchanges) == 3 and not s.warnings
    assert text[s.turns[1].content_start:].startswith("About 90 million")
    assert s.header.title == "Interview with the Water Commissioner, 3 May 2025"


def test_a_title_before_labelled_questions_is_no_opening_statement():
    # Only the askers are labelled: the answers are the paragraphs below; the title alone is header.
    text = ("Interview with the Water Commissioner, 3 May 2025\n\nQuestion: How much will the new reservoir "
            "cost?\n\nAbout 90 million, most of it from the regional fund.\n\nQuestion: Will water bills go "
            "up?\n\nBy about 2 percent in the first year.\n")
    s = segment(text, profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [("Question", "media"), (None, "official")] * 2
    assert s.header.title == "Interview with the Water Commissioner, 3 May 2025"

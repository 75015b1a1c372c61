"""Turns, roles, exchanges, hand-offs and statements on short labelled transcripts."""
from extractor.lang.profile import english
from extractor.structure import segment

SCIO = (
    "Briefing on trade\nBeijing | 10 a.m. Jan. 13, 2025\n\n"
    "Speakers\n\nAnn Lee, minister of Trade\n\nBo Wu, spokesperson of Trade\n\n"
    "Chairperson\n\nCai Xu, spokesperson of the Office\n\n"
    "Cai Xu:\n\nWelcome. I give the floor to Ms. Lee.\n\n"
    "Ann Lee:\n\nTrade grew. We are happy to take your questions.\n\n"
    "Daily Herald:\n\nHow did exports do?\n\n"
    "Ann Lee:\n\nThank you. I would like to invite my colleague Mr. Wu to answer.\n\n"
    "Bo Wu:\n\nExports rose.\n\n"
    "Cai Xu:\n\nOne last question.\n\n"
    "Evening News:\n\nWhat about imports?\n\n"
    "Mr. Wu:\n\nImports fell.\n\n"
    "Cai Xu:\n\nThe press conference is concluded.\n"
)

WH = (
    "Remarks by the Mayor\n\n6:57 P.M. JST\n\n"
    "THE MAYOR:  Please have a seat.  Let me say a few words.\n\n"
    "Q    Thank you.  Will you cut spending?\n\n"
    "THE MAYOR:  No.\n\n"
    "Q    But why not?\n\n"
    "THE MAYOR:  Because.\n\n"
    "Q    (Inaudible.)\n\n"
    "THE MAYOR:  Next.\n\n"
    "MS. ROSS:  This is the last question.\n\n"
    "Q    Good afternoon —\n\n"
    "THE MAYOR:  Hey.\n\n"
    "Q    — Mayor.  What about taxes?\n\n"
    "Q    And the budget?\n\n"
    "THE MAYOR:  Later.\n\n"
    "MS. ROSS:  Thank you, everybody.\n\n"
    "END 7:45 P.M. JST\n"
)

FED = ("CHAIR JONES. Good afternoon. " + "The economy is strong and inflation is easing toward our goal. " * 5 +
       "I look forward to your questions. "
       "ANN SMITH. Ann. ANN LEE. Ann Lee, CNBC. Will you cut rates? And your third point was? "
       "CHAIR JONES. Not yet. Your other question was? ANN LEE. The labor market outlook. "
       "CHAIR JONES. Solid. ANN LEE. But economists say that a recession is coming and the committee is far "
       "behind the curve on inflation this year. CHAIR JONES. I disagree. ANN SMITH. Bo. BO CHEN. Bo Chen, CBS. "
       "What about the U.S. dollar? CHAIR JONES. No comment. Thank you.")


def test_turn_offsets_index_the_text():
    s = segment(SCIO, profile=english())
    for t in s.turns:
        assert SCIO[t.start:t.content_start].rstrip().rstrip(":") == t.speaker
        assert SCIO[t.end - 1] in ".?!"
        assert not SCIO[t.content_start].isspace()


def test_roles_from_header_lists():
    roles = {t.speaker: t.role for t in segment(SCIO, profile=english()).turns}
    assert roles == {"Cai Xu": "moderator", "Ann Lee": "official", "Bo Wu": "official", "Mr. Wu": "official",
                     "Daily Herald": "media", "Evening News": "media"}


def test_short_label_resolves_to_header_participant():
    s = segment(SCIO, profile=english())
    ids = {t.speaker: t.participant for t in s.turns if t.participant}
    assert ids["Mr. Wu"] == ids["Bo Wu"] == "bo-wu"
    assert ids["Cai Xu"] == "cai-xu"


def test_exchanges_and_handoff():
    s = segment(SCIO, profile=english())
    assert [e.asked_by for e in s.exchanges] == ["Daily Herald", "Evening News"]
    first = s.exchanges[0]
    assert first.answered_by == ("ann-lee", "bo-wu")
    (h,) = first.handoffs
    assert SCIO[h.start:h.end] == "invite my colleague Mr. Wu"
    assert h.to_participant == "bo-wu" and s.turn(h.from_turn).speaker == "Ann Lee"


def test_opening_and_closing_statements_are_not_exchanges():
    s = segment(SCIO, profile=english())
    kinds = {st.kind: [s.turn(i).speaker for i in st.turns] for st in s.statements}
    assert kinds == {"opening": ["Cai Xu", "Ann Lee"], "closing": ["Cai Xu"]}
    in_exchanges = {i for e in s.exchanges for i in e.question_turns + e.answer_turns}
    assert not in_exchanges & {i for st in s.statements for i in st.turns}


def test_follow_up_after_answer_starts_new_exchange():
    s = segment(WH, profile=english())
    questions = [[WH[s.turn(i).content_start:s.turn(i).end] for i in e.question_turns] for e in s.exchanges]
    assert questions[0] == ["Thank you.  Will you cut spending?"]
    assert questions[1][0] == "But why not?"


def test_aside_without_question_joins_current_exchange():
    s = segment(WH, profile=english())
    # "(Inaudible.)" after an answer asks nothing: it stays in the second exchange.
    assert any("(Inaudible.)" in WH[s.turn(i).start:s.turn(i).end] for i in s.exchanges[1].question_turns)
    assert len(s.exchanges) == 3


def test_consecutive_questions_and_greeting_form_one_exchange():
    s = segment(WH, profile=english())
    last = s.exchanges[-1]
    assert len(last.question_turns) == 3
    assert [s.turn(i).speaker for i in last.answer_turns] == ["THE MAYOR", "THE MAYOR"]


def test_spokesperson_who_only_chairs_is_moderator():
    roles = {t.speaker: t.role for t in segment(WH, profile=english()).turns}
    assert roles == {"THE MAYOR": "official", "Q": "media", "MS. ROSS": "moderator"}


def test_end_stamp_is_not_in_the_last_turn():
    s = segment(WH, profile=english())
    assert WH[s.turns[-1].start:s.turns[-1].end] == "MS. ROSS:  Thank you, everybody."
    assert any(d.kind == "timestamp" for d in s.debris)


def test_single_line_roles_from_behaviour():
    s = segment(FED, profile=english())
    roles = {t.speaker: t.role for t in s.turns}
    assert roles == {"CHAIR JONES": "official", "ANN SMITH": "moderator", "ANN LEE": "media", "BO CHEN": "media"}
    chair = next(p for p in s.participants if p.id == s.turns[0].participant)
    assert (chair.name, chair.title, chair.aliases) == ("Jones", "Chair", ("CHAIR JONES",))


def test_reply_to_officials_question_is_not_a_new_exchange_but_a_challenge_is():
    s = segment(FED, profile=english())
    assert [e.asked_by for e in s.exchanges] == ["ANN LEE", "ANN LEE", "BO CHEN"]
    assert len(s.exchanges[0].question_turns) == 2


def test_nbsp_padded_q_label():
    text = "MS. LEE:  Hello.\n\nQ\u00a0\u00a0\u00a0 Why?\n\nMS. LEE:  Because.\n"
    s = segment(text, profile=english())
    q = s.turns[1]
    assert (q.speaker, q.role) == ("Q", "media")
    assert text[q.content_start:q.end] == "Why?"
    assert s.exchanges[0].asked_by == "Q"


def test_q_and_a_transcripts_pair_each_question_with_its_answer():
    s = segment("Q: What is the outlook?\nA: Growth is 5%.\nQ: And inflation?\nA: About 2%.\n", profile=english())
    assert [(t.speaker, t.role) for t in s.turns] == [("Q", "media"), ("A", "official")] * 2
    assert [(e.question_turns, e.answer_turns) for e in s.exchanges] == [(("t1",), ("t2",)), (("t3",), ("t4",))]


def test_labels_after_a_long_unlabelled_opening_keep_reporters_as_press():
    opening = ("The economy grew steadily this year and we expect more of the same in the months to come, "
               "with investment rising and trade recovering across the regions we follow.\n\n") * 6
    s = segment(opening + "Q    What about inflation?\n\nMR. SMITH:  It eases.\n\nQ    And wages?\n\nMR. SMITH:  They rise.\n", profile=english())
    assert s.unlabelled
    assert [(t.speaker, t.role) for t in s.turns if t.speaker] == [
        ("Q", "media"), ("MR. SMITH", "official"), ("Q", "media"), ("MR. SMITH", "official")]
    assert len(s.exchanges) == 2
    assert "q" not in {p.id for p in s.participants}


def test_participant_ids_keep_accented_letters():
    s = segment("MR. MÜLLER:  Good afternoon.\n\nQ    Cost?\n\nMR. MÜLLER:  Five.\n", profile=english())
    assert s.turns[0].participant == s.turns[2].participant == "müller"


def test_a_label_with_no_speech_ends_at_the_label():
    text = "Q\n\nMS. LEE:  Next question.\n"
    s = segment(text, profile=english())
    empty = s.turns[0]
    assert (empty.speaker, text[empty.start:empty.end]) == ("Q", "Q")
    assert empty.content_start == empty.end


MIXED_CASE = """Briefing on the economy

Anna Berg: Good afternoon. Rates are cut by 0.25 percentage points.

Tom Hale (Daily Post): How much will the budget add to inflation?

Anna Berg: About half a point. I'll ask Paul to add to that.

Paul Weir: Thank you. Growth is projected at 1.7% next year.

Lina Cho (Radio One): Why not cut by more?

Anna Berg: Because we need to be gradual.
"""


def test_inline_mixed_case_names_are_labels_where_the_transcript_uses_them():
    s = segment(MIXED_CASE, profile=english())
    assert [t.speaker for t in s.turns] == [
        "Anna Berg", "Tom Hale (Daily Post)", "Anna Berg", "Paul Weir", "Lina Cho (Radio One)", "Anna Berg"]
    assert [e.asked_by for e in s.exchanges] == ["Tom Hale (Daily Post)", "Lina Cho (Radio One)"]


def test_a_speaker_handed_the_floor_by_an_official_is_an_official_who_answers():
    s = segment(MIXED_CASE, profile=english())
    assert {t.speaker: t.role for t in s.turns}["Paul Weir"] == "official"
    first = s.exchanges[0]
    assert first.answered_by == ("anna-berg", "paul-weir")
    assert [(MIXED_CASE[h.start:h.end], h.to_participant) for h in first.handoffs] == [("ask Paul", "paul-weir")]


def test_a_heading_that_opens_paragraphs_is_not_a_speaker():
    text = "Background: the economy grew.\n\nBackground: prices rose.\n\nSummary: all is well.\n"
    assert segment(text, profile=english()).unlabelled


CITY_HALL = (
    "City Hall briefing\n\n"
    "MAYOR OKONJO:  Good morning.  A few words on the parks budget before your questions.  The council "
    "approved the plan last night, the north end gets two new playgrounds, and the river trail is finished "
    "by the autumn, a year ahead of the date we gave in the spring.\n\n"
    "Q  Will the libraries keep their Sunday hours?\n\n"
    "MAYOR OKONJO:  They will.  The council found the money for the whole year, and the branches in the "
    "north end get two more staff each.\n\n"
    "Go ahead, Priya.\n\n"
    "Q  Thanks, Mayor.  On the pools.\n\n"
    "MAYOR OKONJO:  Yeah.\n\n"
    "Q  When do they reopen after the repairs?\n\n"
    "MAYOR OKONJO:  In the first week of June, all six of them.\n"
)


def test_the_reporter_given_the_floor_opens_an_exchange_before_asking():
    # "Go ahead, Priya." gives the floor: Priya's greeting, her subject and her question after "Yeah." are
    # her exchange, not a tail of the one about the libraries.
    s = segment(CITY_HALL, profile=english())
    assert len(s.exchanges) == 2
    first_question = s.turn(s.exchanges[1].question_turns[0])
    assert CITY_HALL[first_question.content_start:first_question.end].startswith("Thanks, Mayor.")
    assert [CITY_HALL[s.turn(t).content_start:s.turn(t).end][:12] for t in s.exchanges[0].question_turns] == [
        "Will the lib"]


def test_a_follow_up_without_the_floor_given_stays_with_its_asker():
    # The same reporter goes on after a short reply that gives no one the floor ("Correct."): a follow-up put
    # as a question is a new exchange, one that asks nothing stays in the first.
    text = CITY_HALL.replace("Go ahead, Priya.", "Correct.").replace("Q  Thanks, Mayor.  On the pools.",
                                                                    "Q  Thanks.  That helps.")
    text = text.replace("MAYOR OKONJO:  Yeah.\n\nQ  When do they reopen after the repairs?\n\n", "")
    s = segment(text, profile=english())
    assert len(s.exchanges) == 1 and len(s.exchanges[0].question_turns) == 2


PORT = (
    "Port authority briefing\n\n"
    "MS. ADEYEMI:  Good afternoon.  The harbour master is here to talk about the dredging of the main "
    "channel, and then I will take your questions on everything else.\n\n"
    "CAPTAIN MORROW:  Thank you.  The dredgers finished the outer bar on Monday, two weeks early, and the "
    "inner channel is next.  Pilots have the new soundings, and the buoys move on Thursday.  "
    "Happy to take questions.\n\n"
    "MS. ADEYEMI:  Go ahead, Tom.\n\n"
    "Q  When will the channel reopen to container ships?\n\n"
    "CAPTAIN MORROW:  By the end of the month, if the weather holds through the spring tides.\n\n"
    "MS. ADEYEMI:  Thank you, Captain.\n\n"
    "Q  Thanks.  My first is on the ferry fares.\n\n"
    "MS. ADEYEMI:  Yeah.\n\n"
    "Q  Last month you said they would not go up this year.\n\n"
    "MS. ADEYEMI:  Yep.\n\n"
    "Q  Will they go up in the spring?\n\n"
    "MS. ADEYEMI:  No.  The board froze them for another year, and the discount for students stays too.\n"
)


def test_the_hosts_acknowledgements_inside_a_question_are_not_the_chairs():
    # After the guest has gone, the host's "Yeah." and "Yep." between the parts of one reporter's question
    # give no one the floor: they are hers as official, inside that reporter's exchange.
    s = segment(PORT, profile=english())
    roles = [(PORT[t.content_start:t.end][:9], t.role) for t in s.turns if t.speaker == "MS. ADEYEMI"]
    assert roles[1] == ("Go ahead,", "moderator")
    assert ("Yeah.", "official") in roles and ("Yep.", "official") in roles
    last = s.exchanges[-1]
    assert len(s.exchanges) == 2 and len(last.question_turns) == 3
    assert PORT[s.turn(last.question_turns[0]).content_start:].startswith("Thanks.  My first")

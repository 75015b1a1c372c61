"""Question and answer inference for transcripts without speaker labels."""
from extractor.lang.profile import english
from extractor.structure import segment
from extractor.structure.unlabelled import question_score

INTRO = ("Good afternoon, the Vice-President and I welcome you to our press conference.\r\n\r\n"
         "The Council today decided to lower the key interest rates by 25 basis points.\r\n\r\n"
         "We are now ready to take your questions.\r\n\r\n* * *\r\n\r\n")
LONG_ANSWER = "We looked at many indicators and the picture is broadly balanced. " * 5


def make(*paras):
    return "Frankfurt am Main, 12 December 2024\r\n\r\n" + INTRO + "\r\n\r\n".join(paras) + "\r\n"


def test_introductory_statement_is_one_official_turn_and_statement():
    text = make("How do you see risks?", LONG_ANSWER)
    s = segment(text, profile=english())
    intro = s.turns[0]
    assert (intro.speaker, intro.role) == (None, "official")
    assert text[intro.start:intro.end].endswith("ready to take your questions.")
    assert s.statements[0].kind == "opening" and s.statements[0].turns == (s.turns[0].id,)
    assert s.unlabelled


def test_alternating_questions_and_answers():
    text = make("How do you see risks?", LONG_ANSWER, "You said growth is slowing in the second half, and I was wondering what drives that view.", LONG_ANSWER)
    s = segment(text, profile=english())
    assert [t.role for t in s.turns[1:]] == ["media", "official", "media", "official"]
    assert [e.asked_by for e in s.exchanges] == [None, None]
    assert all(t.speaker is None for t in s.turns)


def test_short_remark_after_answer_continues_the_answer():
    text = make("How do you see risks?", LONG_ANSWER, "Actually, it was summer 2022.")
    s = segment(text, profile=english())
    assert len(s.turns) == 3
    assert text[s.turns[-1].start:s.turns[-1].end].endswith("summer 2022.")


def test_offsets_with_crlf_exclude_carriage_returns():
    s = segment(make("How do you see risks?", LONG_ANSWER), profile=english())
    text = make("How do you see risks?", LONG_ANSWER)
    for t in s.turns:
        assert text[t.end - 1] not in "\r\n" and text[t.start] not in "\r\n"


def test_header_dateline_before_the_body():
    text = make("How do you see risks?", LONG_ANSWER)
    s = segment(text, profile=english())
    assert text[s.body_start:].startswith("Good afternoon")
    assert s.header.date == "2024-12-12"


def test_trailing_boilerplate_is_debris_not_a_turn():
    text = make("How do you see risks?", LONG_ANSWER,
                "DisclaimerPlease note that tags are available for selected content only.",
                "Reproduction is permitted provided that the source is acknowledged.")
    s = segment(text, profile=english())
    assert len(s.turns) == 3
    assert [d.kind for d in s.debris].count("boilerplate") == 2


def test_question_score_prefers_addressed_short_paragraphs():
    assert question_score("You mentioned wages in the statement. I was wondering how much they matter to you now.", profile=english()) >= 2
    assert question_score("Now, let me go through the scenarios. " * 50, profile=english()) < 2


def test_a_two_paragraph_question_flips_no_later_role():
    text = make(
        "I have two questions. The first is on wages: do you see them easing next year?",
        "And my second question is on housing. Are mortgage rates a worry for you?",
        LONG_ANSWER,
        "On your second question, housing is cooling, and we watch it closely.",
        "You mentioned services inflation earlier, and I was wondering how sticky it is now.",
        LONG_ANSWER)
    s = segment(text, profile=english())
    assert [t.role for t in s.turns[1:]] == ["media", "official", "media", "official"]
    assert len(s.exchanges) == 2


def test_a_rhetorical_tag_at_the_end_of_an_answer_asks_nothing():
    assert question_score("We did not pick a favourite, and we never will. Why not?", profile=english()) < 2
    assert question_score("Are we facing new headwinds? Absolutely, and we are ready for them.", profile=english()) < 2
    assert question_score("And my second question is on wages. Will they slow?", after_question=True, profile=english()) >= 2


def test_a_reporter_labelled_with_an_outlet_in_an_unlabelled_transcript_gives_the_exchange_its_outlet():
    # Most of the text has no labels; the few reporters who are labelled keep what their label says.
    statement = "\n\n".join(["The board held its policy rate and will watch prices and wages closely over the "
                              "coming quarters before it decides on any further step."] * 6)
    text = ("Policy statement of the central bank\n\n" + statement + "\n\nWe will now take your questions.\n\n"
            "Tom Hale (Evening Courier): Will the rate stay where it is into the spring, and why?\n\n"
            "We will look at the data and decide at the next meeting, as we always do.\n\n"
            "Tom Hale (Evening Courier): And do wages weigh on that decision for next year?\n\n"
            "They do, and we expect wage growth to ease gradually over the coming year.\n")
    s = segment(text, profile=english())
    labelled = [e for e in s.exchanges if e.asked_by and e.asked_by.startswith("Tom Hale")]
    assert s.unlabelled and labelled and {e.outlet for e in labelled} == {"Evening Courier"}

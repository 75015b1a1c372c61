"""Structure on short transcripts in formats the segmentation was not built on.

One test (or a few) per failure class of unseen transcripts: reporter labels
written differently, web transcripts with time stamps, generic askers, roles
read from behaviour, label-like phrases inside speech, pasted formats
(consecutive lines, committees, Markdown, HTML), the host who chairs, and a
warning when no structure is found. Every fixture is invented.
"""
from extractor.lang.profile import english
from extractor.reading.html_text import html_to_text
from extractor.structure import segment


def speakers(s):
    return [t.speaker for t in s.turns]


def roles(s):
    return {t.speaker: t.role for t in s.turns if t.speaker}


# 1. "Q" followed by one plain space, or by a space and NBSPs.
CITY_HALL = (
    "Briefing by the City Hall Spokesperson\n\n"
    "MS. ODUYA:  Good morning.  The council passed the housing plan.\n\n"
    "Q Thank you.  How many flats will it fund?\n\n"
    "MS. ODUYA:  About four thousand over five years.\n\n"
    "Q \u00a0\u00a0Yes, Ms. Oduya.  And who pays for the land?\n\n"
    "MS. ODUYA:  The city does, from its reserve.\n"
)


def test_q_with_one_space_or_nbsps_is_the_unnamed_reporter():
    s = segment(CITY_HALL, profile=english())
    assert speakers(s) == ["MS. ODUYA", "Q", "MS. ODUYA", "Q", "MS. ODUYA"]
    assert roles(s) == {"MS. ODUYA": "official", "Q": "media"}
    assert len(s.exchanges) == 2


def test_q_and_a_in_prose_is_no_label():
    text = "MR. LUND:  Welcome.\n\nQ and A sessions follow each module.\n\nQ  When?\n\nMR. LUND:  Friday.\n"
    assert speakers(segment(text, profile=english())) == ["MR. LUND", "Q", "MR. LUND"]


# 2. Rev.com style: "Name: (mm:ss)" alone on its line.
REV = (
    "Governor Alvarez Storm Update Transcript\n\n"
    "Rosa Alvarez: (00:04)\nGood evening. The river crested at nine feet tonight.\n\n"
    "Male Reporter: (02:15)\nGovernor, when will the bridges reopen?\n\n"
    "Rosa Alvarez: (02:19)\nNot before the engineers have inspected every one of them.\n\n"
    "Speaker 3: (03:40)\nWhat about the schools?\n\n"
    "Rosa Alvarez: (03:44)\nClosed until Monday.\n"
)


def test_rev_style_time_stamped_labels_start_turns():
    s = segment(REV, profile=english())
    assert speakers(s) == ["Rosa Alvarez", "Male Reporter", "Rosa Alvarez", "Speaker 3", "Rosa Alvarez"]
    first = s.turns[0]
    assert REV[first.content_start:first.end] == "Good evening. The river crested at nine feet tonight."
    assert roles(s) == {"Rosa Alvarez": "official", "Male Reporter": "media", "Speaker 3": "media"}
    assert len(s.exchanges) == 2


# 3. Generic askers are the press, and their questions form exchanges.
def test_generic_asker_labels_are_media_and_ask():
    text = (
        "TOWN MEETING ON THE BUDGET\n\n"
        "MAYOR KIM:  Thanks for coming out tonight.  Let me start with the numbers.\n\n"
        "AUDIENCE MEMBER:  Will the library stay open on Sundays?\n\n"
        "MAYOR KIM:  Yes, it will.\n\n"
        "UNIDENTIFIED:  (Inaudible.)\n\n"
        "REPORTER:  And the pool?\n\n"
        "MAYOR KIM:  The pool closes for repairs.\n"
    )
    s = segment(text, profile=english())
    assert roles(s) == {"MAYOR KIM": "official", "AUDIENCE MEMBER": "media", "UNIDENTIFIED": "media",
                        "REPORTER": "media"}
    assert [e.asked_by for e in s.exchanges] == ["AUDIENCE MEMBER", "UNIDENTIFIED"]


def test_question_with_a_period_is_an_asker_label_in_a_single_line_layout():
    text = ("GOVERNOR HALE. Good afternoon. Our board held the policy rate at 3 percent. "
            "QUESTION. Governor, when do you expect inflation to return to target? "
            "GOVERNOR HALE. Late next year. QUESTION. And the currency? GOVERNOR HALE. We do not target it.")
    s = segment(text, profile=english())
    assert speakers(s) == ["GOVERNOR HALE", "QUESTION", "GOVERNOR HALE", "QUESTION", "GOVERNOR HALE"]
    assert roles(s) == {"GOVERNOR HALE": "official", "QUESTION": "media"}
    assert len(s.exchanges) == 2


# 4. Roles follow behaviour.
CENTRAL_BANK = (
    "GOVERNOR VOSS. Good afternoon. " + "The bank held its rates and will watch the data closely. " * 4 +
    "I am glad to take your questions. "
    "PRIYA NAIR. Thank you, Governor Voss. Priya Nair from the Harbour Times. "
    "How long can rates stay this high? "
    "GOVERNOR VOSS. " + "As long as inflation stays above our goal, and not a day longer. " * 3 +
    "LEO BRANDT. Leo Brandt, Metro Wire. Governor, you raised the growth forecast. Why? "
    "GOVERNOR VOSS. Because spending held up better than we expected over the summer. "
    "LEO BRANDT. Thank you. "
)


def test_reporters_who_introduce_themselves_are_media_not_officials():
    s = segment(CENTRAL_BANK, profile=english())
    assert roles(s) == {"GOVERNOR VOSS": "official", "PRIYA NAIR": "media", "LEO BRANDT": "media"}
    assert [e.outlet for e in s.exchanges] == ["Harbour Times", "Metro Wire"]
    # "Thank you." after the answer ends nothing: it stays with Brandt's exchange.
    assert [len(e.question_turns) for e in s.exchanges] == [1, 2]


def test_official_missing_from_the_header_list_but_introduced_in_the_opening_answers():
    text = (
        "Briefing by Press Secretary Tomas Reyes\n\nSpeakers:\n\nTomas Reyes, Press Secretary\n\n"
        "MR. REYES:  Good afternoon.  Today Dr. Okafor will walk you through the vaccine numbers, "
        "and then we will take questions.\n\n"
        "DR. OKAFOR:  Thank you.  Nine in ten adults have had a first dose.\n\n"
        "Q    Dr. Okafor, is a booster coming this winter?\n\n"
        "DR. OKAFOR:  We expect a decision in October.\n"
    )
    s = segment(text, profile=english())
    assert roles(s)["DR. OKAFOR"] == "official"
    assert s.exchanges[0].answered_by == ("okafor",)


def test_a_misspelt_official_label_who_answers_is_not_media():
    text = (
        "PRIME MINISTER DALE:  Welcome to our guests.\n\n"
        "PRESIDENT ORTEGA:  Thank you for having us.\n\n"
        "Q    President Ortega, will you sign the accord?\n\n"
        "PRESIDNT ORTEGA:  Is it the right accord, you ask? I think it is, and we will sign it "
        "next month once our parliament has read it.\n"
    )
    s = segment(text, profile=english())
    assert roles(s)["PRESIDNT ORTEGA"] != "media"
    assert s.exchanges[0].answered_by


# 5. Label-like phrases inside speech.
def test_topic_phrase_with_a_colon_inside_a_question_is_no_label():
    text = (
        "Anna Berg: Good morning. We cut the rate today.\n\n"
        "Tom Hale (Daily Post): Two things.\n\n"
        "On Housing: How will the cut reach mortgage holders?\n\n"
        "Anna Berg: Through the banks, within weeks.\n\n"
        "Tom Hale (Daily Post): Thanks.\n"
    )
    assert speakers(segment(text, profile=english())) == ["Anna Berg", "Tom Hale (Daily Post)", "Anna Berg", "Tom Hale (Daily Post)"]


def test_a_title_with_a_colon_is_no_label_where_the_speakers_are_labelled_in_capitals():
    # A heading "Organisation: occasion" above capitals labels; only mixed-case labels that recur
    # show that mixed-case names label speakers.
    text = ("Harbour Commission: annual briefing on the port\n\n"
            "COMMISSIONER VOSS:  Welcome. Traffic through the port held steady.\n\n"
            "Q  Will the new berth open on time?\n\n"
            "COMMISSIONER VOSS:  It will open in May. Engineer Dale Pike can add more.\n\n"
            "ENGINEER PIKE:  The cranes arrive next month.\n")
    s = segment(text, profile=english())
    assert s.header.title == "Harbour Commission: annual briefing on the port"
    assert speakers(s) == ["COMMISSIONER VOSS", "Q", "COMMISSIONER VOSS", "ENGINEER PIKE"]


def test_nbsp_inside_a_capitals_label_is_part_of_the_label():
    text = "MS.\u00a0 FARRELL:  Good afternoon.\n\nQ    Is the port open?\n\nMS.\u00a0 FARRELL:  It is.\n"
    s = segment(text, profile=english())
    assert speakers(s) == ["MS.\u00a0 FARRELL", "Q", "MS.\u00a0 FARRELL"]
    # One speaker, however the page padded the label.
    assert len({t.participant for t in s.turns if t.role == "official"}) == 1


def test_rhetorical_questions_in_a_monologue_make_no_exchange():
    text = (
        "Statement by the Minister of Energy\n\n"
        "MINISTER SOLBERG:  Are we facing a hard winter?  Certainly.  Will the grid hold?  It will, "
        "because we have built reserves all year.\n\n"
        "Thank you all for coming.\n"
    )
    s = segment(text, profile=english())
    assert s.exchanges == ()
    assert s.statements[0].kind == "opening"


# 6. Formats pasted from other sources.
def test_mixed_case_labels_on_consecutive_lines_are_separate_turns():
    text = (
        "Monetary Policy Report press conference\n\n"
        "Helen Marsh: Good afternoon. The committee voted to hold the rate.\n"
        "Ravi Sethi: Governor, is a cut likely in the spring?\n"
        "Helen Marsh: It depends on services inflation.\n"
        "Chris Dunn (Evening Ledger): And on wages, what do you see?\n"
        "Helen Marsh: Growth of about four percent.\n"
    )
    s = segment(text, profile=english())
    assert speakers(s) == ["Helen Marsh", "Ravi Sethi", "Helen Marsh", "Chris Dunn (Evening Ledger)", "Helen Marsh"]
    assert roles(s) == {"Helen Marsh": "official", "Ravi Sethi": "media", "Chris Dunn (Evening Ledger)": "media"}
    assert s.exchanges[1].outlet == "Evening Ledger"


def test_a_committee_chair_label_is_a_speaker_not_a_header_field():
    text = (
        "Select Committee on Transport\nChair: Ms Ada Quill\n\n"
        "Chair: Welcome, Minister. We will begin with the rail timetable.\n\n"
        "Minister: Thank you. The new timetable starts in May and adds forty trains a day.\n\n"
        "Chair: Will fares rise when it starts?\n\n"
        "Minister: No, fares are frozen until next year.\n"
    )
    s = segment(text, profile=english())
    assert speakers(s) == ["Chair", "Minister", "Chair", "Minister"]
    assert roles(s)["Minister"] == "official"


def test_markdown_bold_labels_with_outlets():
    text = (
        "# Press conference of the Port Authority\n\n"
        "**Director Lam:** Good morning. Cargo volumes rose 6% last year.\n\n"
        "**Reporter (CNBC):** How much of that came from new routes?\n\n"
        "**Director Lam:** About a third.\n"
    )
    s = segment(text, profile=english())
    assert speakers(s) == ["Director Lam", "Reporter (CNBC)", "Director Lam"]
    assert roles(s)["Reporter (CNBC)"] == "media"
    assert s.exchanges[0].outlet == "CNBC"
    # The reporter's 6 is not in the reporter's turn; the director's is in hers.
    six = text.index("6%")
    assert s.turns[0].start <= six < s.turns[0].end and s.turns[0].role == "official"


def test_html_strong_labels_survive_the_markup_being_stripped():
    html = ("<html><body><h1>Ministry of Health briefing</h1>"
            "<p><strong>Minister Adeyemi:</strong> Good morning. We opened 12 clinics this year.</p>"
            "<p><strong>Question (Sky News):</strong> Will you open 20 more next year?</p>"
            "<p><strong>Minister Adeyemi:</strong> We plan to open 15.</p></body></html>")
    text = html_to_text(html)
    s = segment(text, profile=english())
    assert speakers(s) == ["Minister Adeyemi", "Question (Sky News)", "Minister Adeyemi"]
    assert roles(s)["Question (Sky News)"] == "media"
    twenty = text.index("20 more")
    asking = next(t for t in s.turns if t.start <= twenty < t.end)
    assert asking.role == "media"


# 7. The host who opens, hands over and calls on reporters; names; outlets.
HOST = (
    "Press Briefing by Press Secretary Lena Ward and Transport Secretary Omar Haddad\n\n"
    "MS. WARD:  Good afternoon.  Secretary Haddad is here to talk about the new rail grants.  "
    "Omar, over to you.\n\n"
    "SECRETARY HADDAD:  Thanks, Lena.  We are awarding grants to thirty towns this year, "
    "and the first trains will run on the new lines by spring.\n\n"
    "MS. WARD:  Go ahead, Sam.\n\n"
    "Q    Thanks.  Sam Ortiz with the Daily Courier.  Which town gets the largest grant?\n\n"
    "SECRETARY HADDAD:  Riverton, for its new station.\n\n"
    "MS. WARD:  Karen.\n\n"
    "Q    When will work start?\n\n"
    "SECRETARY HADDAD:  In the autumn.\n\n"
    "MS. WARD:  Thank you, Secretary.  Now, a couple of other items before I take your questions.  "
    "The President travels to the coast on Friday.\n\n"
    "Q    Will he meet the governor there?\n\n"
    "MS. WARD:  He will, on Friday afternoon.\n"
)


def test_host_who_calls_on_reporters_for_a_guest_chairs_those_turns_and_answers_her_own():
    s = segment(HOST, profile=english())
    by_turn = [(t.speaker, t.role) for t in s.turns]
    assert ("MS. WARD", "moderator") in by_turn and ("MS. WARD", "official") in by_turn
    assert by_turn[2] == ("MS. WARD", "moderator") and by_turn[5] == ("MS. WARD", "moderator")
    assert by_turn[-1] == ("MS. WARD", "official")
    assert len(s.exchanges) == 3
    assert [e.outlet for e in s.exchanges] == ["Daily Courier", None, None]


def test_the_hosts_last_word_after_a_guests_answer_closes_the_briefing():
    # A transit commission: the host answers a question herself and hands over, the guest answers
    # the next one, and the host thanks everyone.
    answer = "The depot opens in June, and the first electric buses run on the river line. " * 3
    text = ("Transit briefing\n\n"
            "COMMISSIONER ABARA:  Good morning. The transit director is here with me today.\n\n"
            "Q  Is the fare freeze staying?\n\n"
            "COMMISSIONER ABARA:  It is, until the council votes on the budget. I will ask Director Kovac "
            "to add a word.\n\n"
            "DIRECTOR KOVAC:  " + answer + "\n\n"
            "Q  When does the new depot open?\n\n"
            "DIRECTOR KOVAC:  In June.\n\n"
            "COMMISSIONER ABARA:  Thank you all for coming, and see you next week.\n")
    s = segment(text, profile=english())
    assert [[s.turn(t).speaker for t in e.answer_turns] for e in s.exchanges] == [
        ["COMMISSIONER ABARA", "DIRECTOR KOVAC"], ["DIRECTOR KOVAC"]]
    assert [(st.kind, [s.turn(t).speaker for t in st.turns]) for st in s.statements] == [
        ("opening", ["COMMISSIONER ABARA"]), ("closing", ["COMMISSIONER ABARA"])]


def test_the_last_word_of_the_official_who_answers_stays_an_answer():
    text = ("Transit briefing\n\n"
            "DIRECTOR KOVAC:  Good morning. I will take your questions.\n\n"
            "Q  When does the new depot open?\n\n"
            "DIRECTOR KOVAC:  In June.\n\n"
            "DIRECTOR KOVAC:  And the buses follow in July.\n")
    s = segment(text, profile=english())
    assert [s.turn(t).role for t in s.exchanges[0].answer_turns] == ["official", "official"]


def test_participant_names_made_from_capital_labels_keep_each_capital():
    text = ("CHAIR VOSS. Good afternoon. " + "Inflation is easing and the labour market is firm. " * 3 +
            "ROSA DE LA CRUZ-OBI. Thank you. We go first to Ann. "
            "ANN LEE. Ann Lee, Metro Wire. Will rates fall? CHAIR VOSS. Not soon. "
            "ROSA DE LA CRUZ-OBI. Next, Bo. BO CHEN. Bo Chen, City Post. And wages? CHAIR VOSS. Rising. ")
    s = segment(text, profile=english())
    assert roles(s)["ROSA DE LA CRUZ-OBI"] == "moderator"
    names = {p.name for p in s.participants}
    assert "Voss" in names and "Rosa De La Cruz-Obi" in names


# 8. Warnings when no structure is found.
def test_warning_when_a_text_with_questions_yields_no_labels_or_exchanges():
    text = ("Notes from the briefing\n\n"
            "the minister said growth was slowing? reporters asked about jobs? and prices? "
            "she said prices would ease.\n")
    s = segment(text, profile=english())
    assert any("no speaker labels" in w for w in s.warnings)
    assert any("1 speaker turn" in w for w in s.warnings)
    assert any("no question-and-answer exchange" in w for w in s.warnings)


def test_no_warning_for_a_well_labelled_transcript():
    assert segment(CITY_HALL, profile=english()).warnings == ()


def test_earnings_call_operator_runs_the_line_and_names_the_askers_outlet():
    text = (
        "Northwind Ltd Half-Year Results Call\n\n"
        "Operator: Welcome, everyone. I will now hand the call to Mei Tan, our Finance Director.\n\n"
        "Mei Tan: Thank you. Sales rose 5% and we keep our guidance.\n\n"
        "Operator: The first question is from Raj Patel with Kestrel Partners.\n\n"
        "Raj Patel: Thanks. Will the new plant lift margins next year?\n\n"
        "Mei Tan: Modestly, from the second half.\n"
    )
    s = segment(text, profile=english())
    assert roles(s) == {"Operator": "other", "Mei Tan": "official", "Raj Patel": "media"}
    assert [e.outlet for e in s.exchanges] == ["Kestrel Partners"]


def test_outlet_labels_that_ask_between_a_spokespersons_turns():
    text = (
        "Weekly briefing of the Ministry of Water\n\n"
        "Spokesperson Dahl: Good morning. The reservoirs are at 80%.\n\n"
        "Nordic Wire: Will rationing start this summer?\n\n"
        "Spokesperson Dahl: Not unless July is dry.\n\n"
        "Background: the last rationing was in 2018.\n\n"
        "Coast Radio: And the farms?\n\n"
        "Spokesperson Dahl: They have their own wells.\n"
    )
    s = segment(text, profile=english())
    assert speakers(s) == ["Spokesperson Dahl", "Nordic Wire", "Spokesperson Dahl", "Coast Radio", "Spokesperson Dahl"]
    assert [e.asked_by for e in s.exchanges] == ["Nordic Wire", "Coast Radio"]


def test_curt_replies_inside_a_question_cut_off_on_dashes_do_not_split_it():
    text = (
        "MR. BRANDT:  Good morning.\n\n"
        "Q    On the harbour tunnel, the cost has doubled, so can you tell us —\n\n"
        "MR. BRANDT:  Sure.\n\n"
        "Q    — who pays the difference?\n\n"
        "MR. BRANDT:  The region and the state, equally.\n\n"
        "Q    And is the opening date —\n\n"
        "MR. BRANDT:  Yes.\n\n"
        "Q    — still next spring?\n\n"
        "MR. BRANDT:  It is.\n"
    )
    s = segment(text, profile=english())
    # The follow-up after the answer opens its own exchange; "Sure." and "Yes." answer nothing.
    assert [len(e.question_turns) for e in s.exchanges] == [2, 2]


def test_a_nod_to_a_preface_or_to_leave_to_ask_is_no_answer():
    text = (
        "MS. ROOS:  Good afternoon.\n\n"
        "Q    Can I ask about the hospital budget?\n\n"
        "MS. ROOS:  Sure.\n\n"
        "Q    Why was the cardiac unit cut?\n\n"
        "MS. ROOS:  It was merged, not cut.\n\n"
        "Q    The unions say twelve beds are gone.\n\n"
        "MS. ROOS:  Mm-hmm.\n\n"
        "Q    Will they come back?\n\n"
        "MS. ROOS:  In the new wing, yes.\n"
    )
    s = segment(text, profile=english())
    assert len(s.exchanges) == 2

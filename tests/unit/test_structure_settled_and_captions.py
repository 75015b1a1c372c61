"""Structure: a reporter who says their question was not dealt with still asks; a date said in a caption's
speech ends no header (wording of our own: a harbour authority, a school board, a transit agency)."""
from extractor.lang.profile import english
from extractor.structure import segment
from extractor.structure.roles import is_question


def test_a_question_said_not_to_be_dealt_with_still_asks():
    profile = english()
    assert is_question("With respect, the trustee still hasn't answered my question on the bus routes.",
                       profile=profile)
    assert is_question("Nobody here has addressed my question.", profile=profile)
    assert is_question("The agency never answered my question about fares.", profile=profile)
    # said dealt with, it asks nothing.
    assert not is_question("Great, the trustee has answered my question. Thanks.", profile=profile)


def test_a_verb_of_handing_on_settles_no_question():
    # "take", "add", "say" hand a question on; only "answered", "addressed", "covered" settle one.
    assert is_question("I hope the chair takes my question next.", profile=english())


def test_a_date_said_in_a_captions_speech_ends_no_header():
    text = ("HARBOUR AUTHORITY STORM BRIEFING\nCAPTIONS BY THE PORT ACCESS SERVICE\n\n"
            "GOOD MORNING I AM HARBOUR MASTER LENA VOSS AND WITH ME IS\nCHIEF ENGINEER TOMAS REY\n"
            "THE NORTH PIER TOOK HEAVY DAMAGE OVERNIGHT AND 6 BERTHS\n"
            "ARE CLOSED THE FERRY TERMINAL WILL STAY SHUT UNTIL JUNE 2 2025\n"
            "WE ARE ASKING BOAT OWNERS TO KEEP AWAY FROM THE OUTER BASIN\n\n"
            "THANK YOU HARBOUR MASTER THE CRANES ON THE SOUTH QUAY\nARE SAFE AND CARGO WILL MOVE AGAIN ON MONDAY\n\n"
            "WHEN WILL THE FERRY RUN AGAIN\n\nWE EXPECT THE FIRST SAILING IN EARLY JUNE\n")
    s = segment(text, profile=english())
    assert s.header.date != "2025-06-02"
    # the harbour master's opening is speech, not header.
    assert s.turns and s.turns[0].start <= text.index("GOOD MORNING")

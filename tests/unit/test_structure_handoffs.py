"""Giving the floor: the last words of a turn that call the next asker."""
from extractor.lang.profile import english
from extractor.structure.handoffs import document_names, gives_floor, mentions_floor

_DOC = document_names("The figures are exactly right, correct as printed, and the board agrees.  Sorry, Nadia, "
                      "the question from Aurelia comes first.  Go ahead, Aurelia.")


def test_a_hand_off_or_a_name_alone_gives_the_floor():
    for said in ("The board agrees.  Go ahead, Priya.", "Yeah, go ahead.  (Laughter.)", "Okay.  Nadia.",
                 "It is done.\n\nTom, go ahead.", "Okay.  Aurelia —", "Go ahead, in the back."):
        assert gives_floor(said, _DOC, profile=english()), said


def test_a_reply_or_a_wrapped_line_gives_no_one_the_floor():
    # "Exactly." is written in lower case elsewhere in the document, and "Sorry" is capitalised only where
    # a sentence starts: neither is a name. A line wrapped inside a sentence ("... in the\nHarbour District —")
    # does not end it.
    for said in ("Exactly.", "We will see.  Correct.", "Yes.", "Yep.", "That is what I said, Priya.",
                 "What was the second part?  Sorry.", "The dredgers are still working in the\nHarbour District —",
                 "Go ahead, Tom.  I know."):
        assert not gives_floor(said, _DOC, profile=english()), said


def test_anywhere_reads_every_sentence():
    assert not gives_floor("Go ahead.  No.  No, wait.", _DOC, profile=english())
    assert gives_floor("Go ahead.  No.  No, wait.", _DOC, anywhere=True, profile=english())


def test_a_turn_that_is_only_a_name_or_yields_the_floor_gives_it():
    # "Kaitlan" is written nowhere else, but a turn made of a name alone calls someone; "No, go ahead."
    # yields the floor. "Sorry." alone is in lower case elsewhere in a real text; here it is a last sentence.
    assert gives_floor("Kaitlan.", _DOC, profile=english()) and gives_floor("No, go ahead.", _DOC, profile=english())
    assert not gives_floor("Well said.  Kaitlan.", _DOC, profile=english())


def test_a_turn_that_speaks_of_the_floor_mentions_it():
    assert mentions_floor("Go -- oh, go ahead.", profile=english()) and mentions_floor("Next question.", profile=english())
    assert not mentions_floor("Yeah.", profile=english()) and not mentions_floor("We're running out of time.", profile=english())

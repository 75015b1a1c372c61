"""Page debris detection on short strings."""
from extractor.lang.profile import english
from extractor.structure.debris import detect_debris


def kinds(text):
    return [(d.kind, text[d.start:d.end]) for d in detect_debris(text, profile=english())]


def test_video_player_lines():
    text = "Title\nVideo Player is loading.\nLoaded: 0%\nStream Type\u00a0LIVE\n1x\n0:00 / --:--\n\nBody text.\n"
    found = kinds(text)
    assert [k for k, _ in found] == ["video-player"] * 5
    assert found[2][1] == "Stream Type\u00a0LIVE"


def test_credits_carousel_and_link():
    text = "Read in Chinese\n\nBody.\n\nTranslated and edited by Ann Lee, Bo Chen\n\n1/5\u00a0\u00a0\u00a0 Ann Lee\n"
    assert [k for k, _ in kinds(text)] == ["link", "credits", "carousel"]


def test_duplicate_speaker_list_is_marked_once():
    text = ("Speakers\n\nAnn Lee, minister\n\nRead in Chinese\n\nSpeakers:\n\nMs. Ann Lee, minister\n\n"
            "Ann Lee:\n\nHello.\n")
    dup = [t for k, t in kinds(text) if k == "duplicate-speaker-list"]
    assert dup == ["Speakers:\n\nMs. Ann Lee, minister"]


def test_glued_page_footer_and_running_header():
    head = "May 1, 2025 Chair Jones Press Conference FINAL"
    text = f"{head}\nCHAIR JONES. Hello\nPage 1 of 3{head}\nmore words\nPage 2 of 3{head}\nend\nPage 3 of 3\n"
    found = kinds(text)
    assert ("page-header", head) in found
    assert ("page-header", f"Page 1 of 3{head}") in found
    assert ("page-header", "Page 3 of 3") in found


def test_boilerplate_and_separator():
    text = "Intro.\r\n\r\n* * *\r\n\r\nAnswer.\r\n\r\nDisclaimerPlease note this.\r\n\r\nReproduction is permitted provided that the source is acknowledged.\r\n"
    assert [k for k, _ in kinds(text)] == ["separator", "boilerplate", "boilerplate"]
    # CR is not part of the span.
    assert all(not t.endswith("\r") for _, t in kinds(text))


def test_end_time_stamp_and_trailer():
    text = "MR. LEE:  Thanks.\n\n1:11 P.M. EDT\n\nTo view the slides,\nvisit https://example.org\n"
    assert [k for k, _ in kinds(text)] == ["timestamp", "trailer", "trailer"]


def test_end_marker_with_nbsp_padding():
    text = "MS. LEE:  Thanks.\n\nEND\u00a0\u00a0\u00a0 1:52 P.M. EST\n"
    assert kinds(text) == [("timestamp", "END\u00a0\u00a0\u00a0 1:52 P.M. EST")]


def test_ordinary_prose_has_no_debris():
    assert kinds("Ann Lee:\n\nGrowth was 5% in 2024, up 1x from before.\n") == []


def test_a_sentence_opening_with_a_fraction_is_speech_not_a_carousel():
    text = "Q    Thanks.\n3/4 of the budget went to schools this year.\n\n1/6\u00a0\u00a0 Ann Lee at the podium\n"
    assert kinds(text) == [("carousel", "1/6\u00a0\u00a0 Ann Lee at the podium")]


def test_numbered_slides_sharing_a_count_are_a_carousel_even_as_sentences():
    text = "Body.\n\n1/3  The minister arrives.\n2/3  The minister speaks.\n"
    assert [k for k, _ in kinds(text)] == ["carousel", "carousel"]

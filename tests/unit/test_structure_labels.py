"""Speaker-label detection on short strings in each transcript format."""
from extractor.lang.profile import english
from extractor.structure.labels import find_labels


def names(text):
    return [lab.name for lab in find_labels(text, profile=english())]


def test_name_alone_on_a_line_is_a_label():
    text = "Ann Lee:\n\nWelcome, everyone.\n\nDaily Herald:\n\nWhat is the outlook?\n\nAnn Lee:\n\nGood.\n"
    assert names(text) == ["Ann Lee", "Daily Herald", "Ann Lee"]


def test_outlet_starting_with_a_number_is_a_label():
    text = "Ann Lee:\n\nHello.\n\n21st Century Business Herald:\n\nWhy?\n\nAnn Lee:\n\nBecause.\n\nBo Chen:\n\nYes.\n"
    assert "21st Century Business Herald" in names(text)


def test_header_field_words_are_not_labels():
    text = "Speakers:\n\nAnn Lee, minister\n\nDate:\n\nJan. 1, 2025\n\nAnn Lee:\n\nHello.\n"
    assert names(text) == ["Ann Lee"]


def test_prose_line_ending_with_colon_is_not_a_label():
    text = "Ann Lee:\n\nTrade has four key characteristics:\n\nFirst, growth.\n"
    assert names(text) == ["Ann Lee"]


def test_inline_capitals_with_colon_and_q_with_nbsp():
    text = "THE PRESIDENT:  Hello.\n\nQ\u00a0\u00a0\u00a0 Why now?\n\nMS. SMITH:  Next.\n"
    assert names(text) == ["THE PRESIDENT", "Q", "MS. SMITH"]


def test_indented_label_offsets_point_at_the_label():
    text = "Title\n\n     MS. LEE:  Good afternoon.\n"
    (lab,) = find_labels(text, profile=english())
    assert text[lab.start:lab.end] == "MS. LEE:"


def test_capitals_with_period_inline_in_a_single_line():
    text = ("CHAIR JONES. Good afternoon. The U.S. economy is strong. ANN LEE. Ann Lee, CNBC. "
            "Why so? CHAIR JONES. Because. BO CHEN. Thanks. Bo Chen, CBS. And rates?")
    assert names(text) == ["CHAIR JONES", "ANN LEE", "CHAIR JONES", "BO CHEN"]


def test_capitals_with_period_mid_line_after_sentence_end():
    text = "CHAIR JONES. We will see.\nThat is all. ANN LEE. One more?\nCHAIR JONES. No.\n"
    assert names(text) == ["CHAIR JONES", "ANN LEE", "CHAIR JONES"]


def test_capitals_inside_a_sentence_are_not_labels():
    text = "CHAIR JONES. We met the NEW YORK FED. people today. ANN LEE. Really? CHAIR JONES. Yes."
    assert names(text) == ["CHAIR JONES", "ANN LEE", "CHAIR JONES"]


def test_mixed_case_office_label_at_paragraph_start():
    text = "Some answer here.\n\nVice-President: Let me add a point.\n"
    assert names(text) == ["Vice-President"]


def test_crlf_lines_are_handled():
    text = "Ann Lee:\r\n\r\nHello.\r\n\r\nDaily Herald:\r\n\r\nWhy?\r\n"
    labs = find_labels(text, profile=english())
    assert [lab.name for lab in labs] == ["Ann Lee", "Daily Herald"]
    assert all(text[lab.start:lab.end].startswith(lab.name) for lab in labs)


def test_labels_with_accented_capitals_are_found():
    text = "MR. MÜLLER:  Good afternoon.\n\nQ    What does it cost?\n\nMS. NÚÑEZ:  Five euros.\n"
    assert [label.name for label in find_labels(text, [], profile=english())] == ["MR. MÜLLER", "Q", "MS. NÚÑEZ"]


def test_a_is_an_answer_label_only_beside_q():
    qa = "Q: What is the outlook?\nA: Growth is 5%.\nQ: And inflation?\nA: About 2%.\n"
    assert [label.name for label in find_labels(qa, [], profile=english())] == ["Q", "A", "Q", "A"]
    enumeration = "We see two options.\nA: raise rates.\nB: hold them.\n"
    assert not {"A", "B"} & {label.name for label in find_labels(enumeration, [], profile=english())}


def test_markdown_bold_labels_are_found_with_their_markup():
    text = "# Briefing\n\n**Li Ming:** Good morning.\n\n**Daily News:** Imports?\n\n**Li Ming**: Up 2.3%.\n"
    labels = find_labels(text, [], profile=english())
    assert [label.name for label in labels] == ["Li Ming", "Daily News", "Li Ming"]
    assert [text[label.start:label.end] for label in labels] == ["**Li Ming:**", "**Daily News:**", "**Li Ming**:"]


def test_how_many_words_a_full_name_has_is_the_profiles():
    from extractor.structure.introductions import _full_name as reporter_named
    from extractor.structure.labels import _full_name

    five = "Maria Dolores Vega Ruiz Torres"
    assert not _full_name(five, profile=english()) and not reporter_named(five, profile=english())
    longer = english().overriding({"name_words": {"fewest": "2", "most": "5"}})
    assert _full_name(five, profile=longer) and reporter_named(five, profile=longer)
    assert not _full_name("Vega", profile=longer)

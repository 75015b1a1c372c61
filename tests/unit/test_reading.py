"""Decoding transcripts: encodings, BOMs, line endings, and refusal of what is not text."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from extractor.errors import InputError
from extractor.reading.decode import decode_bytes, read_text

SAMPLE = "Xing Huina:\r\nGood morning.\u00a0Up 5% year on year.\r\n"


def test_utf8_is_decoded_as_is_with_crlf_and_nbsp_kept():
    decoded = decode_bytes(SAMPLE.encode("utf-8"))
    assert decoded.text == SAMPLE
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == ()


def test_utf8_bom_is_dropped_so_offsets_start_at_the_text():
    decoded = decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert decoded.text == SAMPLE
    assert decoded.text.index("Good") == SAMPLE.index("Good")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode_bytes(bom + SAMPLE.encode(codec))
    assert decoded.text == SAMPLE
    assert decoded.encoding == "utf-16"


def test_other_encodings_are_detected_with_a_warning():
    text = "Le président a déclaré : « la croissance était de 5 % » à Genève. " * 5
    decoded = decode_bytes(text.encode("cp1252"), name="brief.txt")
    assert decoded.text == text
    assert decoded.warnings and "brief.txt" in decoded.warnings[0] and "not UTF-8" in decoded.warnings[0]


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n"])
def test_empty_input_is_refused_naming_the_file(data):
    with pytest.raises(InputError, match=r"^empty\.txt: .*empty"):
        decode_bytes(data, name="empty.txt")


def test_binary_input_is_refused_naming_the_file():
    with pytest.raises(InputError, match=r"^blob\.bin: .*binary"):
        decode_bytes(bytes(range(256)) * 4, name="blob.bin")


def test_read_text_reports_missing_and_oversized_files(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: cannot be read"):
        read_text(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(InputError, match=r"over the limit of 100 bytes .*--max-bytes"):
        read_text(big, max_bytes=100)


def test_read_text_refuses_a_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_with_a_warning(codec):
    decoded = decode_bytes(SAMPLE.encode(codec), name="u16.txt")
    assert decoded.text == SAMPLE
    assert decoded.encoding == codec and "no byte-order mark" in decoded.warnings[0]


# --- stray bytes, non-regular files, choosing inputs (issue 16 items 4, 6, 8; issue 14 item 3) -------


def test_a_stray_byte_in_utf8_text_is_replaced_and_named_not_a_code_page_guess():
    from extractor.reading.decode import decode_bytes

    data = "Le café coûte 3 € à Genève — ".encode() * 20 + b"\xff" + "fin: 5 m³.".encode()
    decoded = decode_bytes(data, name="note.txt")
    assert decoded.encoding == "utf-8"
    assert "café" in decoded.text and "m³" in decoded.text and decoded.text.count("\ufffd") == 1
    at = decoded.text.index("\ufffd")
    assert len(decoded.warnings) == 1
    offset = data.index(b"\xff")
    assert f"byte offset {offset}" in decoded.warnings[0] and f"character {at}" in decoded.warnings[0]


def test_a_legacy_code_page_file_is_still_detected():
    from extractor.reading.decode import decode_bytes

    decoded = decode_bytes("Señora Núñez said déjà vu, 4 años.\n".encode("cp1252") * 5, name="x.txt")
    # No valid UTF-8 sequence at all: not a UTF-8 file with strays, so the code-page detector decides.
    assert decoded.encoding != "utf-8" and "\ufffd" not in decoded.text and "not UTF-8" in decoded.warnings[0]


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_text(fifo)


def _tree(tmp_path):
    root = tmp_path / "briefings"
    (root / "drafts").mkdir(parents=True)
    for name in ("a.txt", "b.md", "README.md", "SOURCES.md", "license.txt", "CHANGELOG.txt", "drafts/c.txt",
                 "notes.csv"):
        (root / name).write_text("MR ROE: Rents rose 3 percent.\n", encoding="utf-8")
    return root


def test_folder_notes_are_skipped_but_a_named_one_is_read(tmp_path):
    from extractor.reading.inputs import find_inputs

    root = _tree(tmp_path)
    found = find_inputs([root, root / "README.md"])
    names = [p.relative_to(root).as_posix() for p in found.files]
    assert names == ["a.txt", "b.md", "drafts/c.txt", "README.md"]
    assert sorted(p.name for p, _ in found.skipped) == ["CHANGELOG.txt", "README.md", "SOURCES.md", "license.txt"]


def test_glob_and_exclude_choose_the_files(tmp_path):
    from extractor.reading.inputs import find_inputs

    root = _tree(tmp_path)
    assert [p.name for p in find_inputs([root], glob=["*.txt"]).files] == ["a.txt", "c.txt"]
    assert [p.name for p in find_inputs([root], exclude=["drafts/*"]).files] == ["a.txt", "b.md"]
    assert [p.name for p in find_inputs([root], glob=["*.csv"]).files] == ["notes.csv"]


def test_the_reports_own_pages_are_not_transcripts(tmp_path):
    from extractor.reading.decode import REPORT_MARK
    from extractor.reading.inputs import find_inputs

    (tmp_path / "index.html").write_bytes(b"<!doctype html><html><head>" + REPORT_MARK + b'">')
    (tmp_path / "briefing.html").write_text("<html><body><p>MR ROE: Rents rose 3 percent.</p></body></html>")
    found = find_inputs([tmp_path])
    assert [p.name for p in found.files] == ["briefing.html"]
    assert [p.name for p, _ in found.skipped] == ["index.html"]


def test_the_report_template_carries_the_mark():
    from importlib import resources

    from extractor.reading.decode import REPORT_MARK

    base = resources.files("extractor.report").joinpath("templates/base.html.j2").read_bytes()
    assert REPORT_MARK in base


def test_non_regular_entries_and_broken_links_are_each_named(tmp_path):
    from extractor.reading.inputs import Problem, find_inputs

    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    (tmp_path / "ok.txt").write_text("MR ROE: Rents rose 3 percent.\n")
    found = find_inputs([tmp_path])
    assert [p.name for p in found.files] == ["ok.txt"]
    problems = {Path(p.source).name: p.error for p in found.entries if isinstance(p, Problem)}
    assert "FIFO" in problems["pipe.txt"] and "broken link" in problems["link.txt"]


def test_a_folder_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    from extractor.reading import inputs

    (tmp_path / "sub").mkdir()
    (tmp_path / "ok.txt").write_text("MR ROE: Rents rose 3 percent.\n")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    found = inputs.find_inputs([tmp_path])
    assert [p.name for p in found.files] == ["ok.txt"]
    assert [(Path(p.source).name, "Permission denied" in p.error) for p in found.problems] == [("sub", True)]


def test_tabs_form_feeds_and_a_few_stray_controls_are_text():
    page = "Harbour board minutes\tpage 1\f\r\nThe board met.\n" * 20 + "\x07\x1b end"
    assert decode_bytes(page.encode("utf-8"), name="minutes.txt").text == page


def test_many_control_characters_make_a_file_binary():
    with pytest.raises(InputError, match=r"^dump\.txt: .*binary"):
        decode_bytes(("ok\x01\x02\x1b\x0b" * 200).encode("utf-8"), name="dump.txt")

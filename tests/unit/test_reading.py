"""Decoding transcripts: encodings, BOMs, line endings, and refusal of what is not text."""
from __future__ import annotations

import codecs

import pytest

from extractor.errors import InputError
from extractor.reading import decode_bytes, read_text

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
    with pytest.raises(InputError, match="nope.txt: cannot be read"):
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

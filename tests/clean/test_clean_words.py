"""Run-together word mending: only tokens that are not words and split cleanly."""

from __future__ import annotations

import pytest

from briefing.clean import words


@pytest.mark.parametrize("glued,mended", [
    ("Afterconducting", "After conducting"), ("strategicand", "strategic and"),
    ("metPrime", "met Prime"), ("theCouncil", "the Council"), ("TheRussian", "The Russian"),
    ("Bank’sdecision", "Bank’s decision"), ("the rebels.This", "the rebels. This"),
    ("officials,the", "officials, the"), ("in 1973.Apart", "in 1973. Apart"), ("providea", "provide a"),
    ("Russiais", "Russia is"), ("forestablishing", "for establishing"), ("the letter:The", "the letter: The"),
    ("signedthreecopies", "signed three copies"),
])
def test_glued_words_are_split(glued, mended):
    text, changes = words.mend(glued)
    assert text == mended and changes


@pytest.mark.parametrize("token", [
    "Kugelman", "Overchuk", "Jinping", "Dreamforce", "YouTube", "iPhone", "McCain", "DeSantis", "WhatsApp",
    "NATO", "COVID-19", "https://example.com/SomePage", "www.example.com", "@JohnDoe", "#PakRussia",
    "jane.doe@example.org", "1,000.5", "U.S.", "Futhermore", "fatFIRE", "deGrasse", "Beshear", "Abath",
    "Edano", "Yinon", "Einat", "10:30", "John 3:16", "http://example.com/Page",
    "cryptocurrency", "geolocated", "Signedthreecopies",
])
def test_names_acronyms_urls_handles_and_words_are_untouched(token):
    assert words.mend(f"They mentioned {token} twice.") == (f"They mentioned {token} twice.", [])


def test_non_english_text_is_not_mended():
    italian = "Le offerte migliori sono importata dalla settimana scorsa e offrono sconti interessanti."
    assert not words.is_english(italian)
    assert words.is_english("The council approved the budget after a long debate on Tuesday.")

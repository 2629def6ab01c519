"""Models: frozen values that survive a round trip through plain data."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.models import Article, Claim, Paragraph, Source, from_dict, to_dict


def make_article() -> Article:
    return Article(id="a", source_path="a.txt", sha256="0", text="One.\n\nTwo.",
                   paragraphs=(Paragraph(index=0, start=0, end=4), Paragraph(index=1, start=6, end=10)))


def test_round_trip():
    claim = Claim(text="Two.", sources=(Source(article="a", paragraph=1, start=6, end=10),))
    assert from_dict(Claim, to_dict(claim)) == claim
    assert from_dict(Article, to_dict(make_article())) == make_article()


def test_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        make_article().id = "b"


def test_source_finds_the_paragraph():
    assert make_article().source(6, 10) == Source(article="a", paragraph=1, start=6, end=10)

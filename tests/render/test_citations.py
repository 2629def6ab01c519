"""Numbered citations: a note's passage reads as a passage."""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Sentence, Source
from briefing.render.citations import Citations
from tests.helpers import article, brief, digest_for


def test_a_note_citing_a_word_or_two_gives_the_sentence_that_holds_them():
    """A span of one title word ("Gov.") is noted with its whole sentence;
    a span of a clause keeps its own words."""
    text = "Gov. Lena Marsh opened the new ferry pier on Monday."
    art = article("a9", sentences=(text,))
    whole = Source(article="a9", paragraph=0, start=0, end=len(text))
    made = replace(brief(), articles=(art,), digests=(digest_for(art, sentences=(Sentence(text=text, source=whole),)),))
    cite = Citations(made)
    title = Source(article="a9", paragraph=0, start=0, end=4)
    clause = Source(article="a9", paragraph=0, start=0, end=len("Gov. Lena Marsh opened the new ferry pier"))
    cite([title, clause])
    passages = [passage for _n, _s, _a, passage in cite.notes()]
    assert passages == [text, "Gov. Lena Marsh opened the new ferry pier"]

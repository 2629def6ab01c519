"""The shared layout: how voices are named for the reader."""

from __future__ import annotations

from dataclasses import replace

from briefing.render.view import voice_name
from builders import brief


def test_an_article_voice_is_named_by_its_source_number_and_title():
    made = brief()
    assert voice_name(made, "a2") == "S2 · Doubts over ferry"
    assert voice_name(made, "Olek Petrenko") == "Olek Petrenko"


def test_an_untitled_article_is_an_unattributed_source_not_a_file_name():
    made = brief()
    untitled = replace(made, articles=(made.articles[0], replace(made.articles[1], title=None)))
    assert voice_name(untitled, "a2") == "Unattributed source S2"

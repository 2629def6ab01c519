"""Relative time in printed text followed by the dates it means."""

from __future__ import annotations

from briefing.synthesize import relative
from tests import helpers as builders


def test_the_last_week_of_a_thing_is_no_shift_from_the_articles_date():
    """"the last week of the trial" is the trial's last week, whenever it
    is, not the week before the article's: no bracket."""
    art = builders.article("d", ("A line of text.",), published="2021-04-14")
    said = "Lawyers rarely call new witnesses in the last week of the trial, and none came last week."
    assert relative.annotate(said, art) == said.replace("came last week.", "came last week [5–11 April 2021].")

"""Roles as of the article's date: a past office is recorded as past (invented texts)."""

from __future__ import annotations

from briefing.distill import people
from briefing.language import nlp
from tests.helpers import article


def people_of(*paragraphs: str):
    art = article("d13", paragraphs)
    return {p.name: p.role for p in people.find_people(art, nlp.load()(art.text))}


def test_a_former_office_holder_is_not_given_the_current_title():
    found = people_of("Henrik Sand, the former governor, opened the fair on Saturday.",
                      "Later, Northland Governor Henrik Sand shook hands with farmers from the valley.")
    assert found["Henrik Sand"] is not None and found["Henrik Sand"].lower().startswith("former")


def test_a_sitting_office_holder_keeps_the_title():
    found = people_of("Governor Maja Lind opened the fair on Saturday.",
                      "Governor Lind later shook hands with farmers from the valley.")
    assert found["Maja Lind"] == "Governor"

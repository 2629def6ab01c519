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


def dated_people(published: str | None, *paragraphs: str):
    art = article("d14", paragraphs, published=published)
    return {p.name: p.role for p in people.find_people(art, nlp.load()(art.text))}


def test_a_role_that_ended_before_the_article_is_former():
    assert dated_people("2021-05-04", "Henrik Sand, who was governor until 2019, opened the fair.")[
        "Henrik Sand"] == "former governor"
    assert dated_people("2021-05-04", "Henrik Sand, who was governor from 2010 to 2014, opened the fair.")[
        "Henrik Sand"] == "former governor"
    assert dated_people(None, "Henrik Sand, the governor until last year, opened the fair.")[
        "Henrik Sand"] == "former governor"


def test_a_role_bounded_after_the_article_or_since_a_date_is_current():
    assert dated_people("2021-05-04", "Henrik Sand, the governor until 2023, opened the fair.")[
        "Henrik Sand"] == "governor"
    assert dated_people("2021-05-04", "Henrik Sand, chairman since 2019, opened the fair.")[
        "Henrik Sand"] == "chairman"


def test_without_the_article_date_a_year_bound_stays_as_written():
    assert dated_people(None, "Henrik Sand, who was governor until 2019, opened the fair.")[
        "Henrik Sand"] == "governor until 2019"


def test_then_in_a_sentence_dated_before_the_article_is_former():
    assert dated_people("2021-05-04", "Then-Governor Henrik Sand signed the law in 2012.")[
        "Henrik Sand"] == "former Governor"


def test_an_office_left_is_former_and_one_to_be_left_is_no_role_yet():
    found = dated_people("2021-05-04", "Henrik Sand, who resigned as chairman of the bank in 2019, opened the fair.",
                         "Maja Lind, who will step down as governor next year, cut the ribbon.")
    assert found["Henrik Sand"] == "former chairman of the bank"
    assert found["Maja Lind"] is None
    assert dated_people("2021-05-04", "Henrik Sand, who stepped down as governor last year, opened the fair.")[
        "Henrik Sand"] == "former governor"


def test_one_office_left_is_former_but_not_when_the_article_gives_two():
    assert dated_people("2021-05-04", "Henrik Sand, who left office in 2019, opened the fair.",
                        "Governor Sand was cheered by the crowd.")["Henrik Sand"] == "former Governor"
    both = dated_people("2021-05-04", "Henrik Sand, who left office in 2019, opened the fair.",
                        "Governor Sand, now a senator, was cheered by the crowd.")
    assert "former" not in (both["Henrik Sand"] or "")
    assert dated_people("2021-05-04", "Governor Henrik Sand, who will leave office next year, opened the fair.")[
        "Henrik Sand"] == "Governor"


def test_then_means_former_even_when_no_date_tells():
    found = dated_people(None, "Ukraine's then-Foreign Minister Olena Hrab met the envoy.",
                         "Then-Governor Henrik Sand signed the law.")
    assert found["Olena Hrab"] == "Ukraine's former Foreign Minister"
    assert found["Henrik Sand"] == "former Governor"


def test_then_without_its_hyphen_also_means_former():
    found = dated_people(None, "Freedonia's then acting prime minister, Oskar Brandvold, denied the report.")
    assert found["Oskar Brandvold"] == "Freedonia's former acting prime minister"
    found = dated_people(None, "Ivar Tolle, then the head of the port authority, signed the lease.")
    assert found["Ivar Tolle"] == "former head of the port authority"


def test_a_year_that_opens_a_title_after_a_comma_stays_in_it():
    found = dated_people(None, "On a radio show last week, 2014 Senate candidate Rhea Vollmer said the vote was rigged.",
                         "In 2012 Governor Tam Okoro signed the budget.")
    assert found["Rhea Vollmer"] == "2014 Senate candidate"
    assert found["Tam Okoro"] == "Governor"

"""A role stated once for a list of names belongs to each member, read
from the parse; a singular title or appositive stays with its own name
(invented texts)."""

from __future__ import annotations

from briefing.distill import people
from briefing.language import nlp


def roles(*paragraphs: str) -> dict[str, str | None]:
    from tests.helpers import article

    art = article("l1", paragraphs)
    return {p.name: p.role for p in people.find_people(art, nlp.load()(art.text))}


def test_a_plural_title_before_a_list_is_each_members_in_the_singular():
    found = roles("Senators Mara Quill, Tobias Renn and Ilse Varga said the bill would fail.")
    assert found["Mara Quill"] == "Senator"
    assert found["Tobias Renn"] == "Senator"


def test_a_plural_office_written_short_is_spelt_out_for_each_member():
    found = roles("Democratic Reps. Hal Brandt and Nora Pike voted against the measure on Tuesday.")
    assert found["Hal Brandt"] == "Democratic Representative"
    assert found["Nora Pike"] == "Democratic Representative"


def test_a_plural_appositive_after_a_list_is_each_members():
    found = roles("Hal Brandt and Nora Pike, both senators from Ohio, voted against the measure.")
    assert found["Hal Brandt"] == "senator from Ohio"
    assert found["Nora Pike"] == "senator from Ohio"


def test_a_plural_appositive_before_a_list_is_each_members():
    found = roles("The senators, Hal Brandt and Nora Pike, met in the capital on Monday.")
    assert found["Hal Brandt"] == "senator"
    assert found["Nora Pike"] == "senator"


def test_a_singular_title_stays_with_its_own_name():
    found = roles("Senator Hal Brandt and Nora Pike voted against the measure.")
    assert found["Hal Brandt"] == "Senator"
    assert found["Nora Pike"] is None


def test_a_singular_appositive_stays_with_the_last_name():
    found = roles("Hal Brandt and Nora Pike, a lawyer, met in the capital on Monday.")
    assert found["Nora Pike"] == "lawyer"
    assert found["Hal Brandt"] is None


def test_a_list_ends_where_a_name_has_its_own_title():
    found = roles("Ministers Otto Grell and Lena Voss, and the actor Sam Tully, were there.")
    assert found["Otto Grell"] == "Minister"
    assert found["Lena Voss"] == "Minister"
    assert found["Sam Tully"] == "actor"


def test_a_word_ending_in_ss_is_no_plural_office():
    found = roles("White House Press Secretary Dana Whitlock spoke on Monday.")
    assert found["Dana Whitlock"] == "White House Press Secretary"


def test_a_status_noun_heads_a_role_but_is_no_role_word():
    from briefing.language.names import heads_a_role, is_role_word

    assert heads_a_role("student") and heads_a_role("Guards")
    assert not is_role_word("student") and not is_role_word("guards")


def test_a_short_plural_office_reaches_every_conjunct_past_tags_places_and_clauses():
    found = roles("Sens. Hal Brandt (D-Ohio), who chairs the panel, and Nora Pike (R-Utah) voted against it.")
    assert found["Hal Brandt"] == "Senator" and found["Nora Pike"] == "Senator"
    found = roles("Reps. Peter Dorn of Ohio, and Tom Maas and Jay Ince of Utah, asked for a vote.")
    assert found["Peter Dorn"] == found["Tom Maas"] == found["Jay Ince"] == "Representative"
    found = roles("Reps. Peter Dorn and Gov. Tom Maas met on Monday.")
    assert found["Tom Maas"] == "Governor"


def test_a_short_plural_office_reaches_a_conjunct_hung_on_the_place_the_first_is_in():
    found = roles("Sens. Ruth Alder in Maine and Greg Hollis in Ohio face tough races.")
    assert found["Ruth Alder"] == found["Greg Hollis"] == "Senator"


def test_the_party_before_a_short_plural_office_is_each_members_past_places_and_clauses():
    found = roles("Democratic Sens. Mark Ollen in Oregon and Paul Rees in Iowa, who won a special election, "
                  "are both seen as at risk.")
    assert found["Mark Ollen"] == found["Paul Rees"] == "Democratic Senator"
    found = roles("Republican Reps. Peter Dorn of Ohio, and Tom Maas and Jay Ince of Utah, asked for a vote.")
    assert found["Peter Dorn"] == found["Tom Maas"] == found["Jay Ince"] == "Republican Representative"


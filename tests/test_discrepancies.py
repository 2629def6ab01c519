"""Discrepancies: different figures for one thing, one figure for different things, clashing roles."""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Figure, Person, Role, Source
from briefing.synthesize import discrepancies
from tests.test_summary import digest_of


def figure(article, text, value, unit, measures):
    return Figure(text=text, value=value, unit=unit, measures=measures, sentence=f"It cost {text}.",
                  sources=(Source(article=article, paragraph=0, start=0, end=5),))


def with_figures(article, *figures):
    return replace(digest_of(article, ["Placeholder sentence for the article body."]), figures=figures)


def test_same_thing_different_values_is_flagged():
    digests = [with_figures("a", figure("a", "$2 billion", 2e9, "USD", "cost of the bridge")),
               with_figures("b", figure("b", "$10 billion", 1e10, "USD", "cost of the new bridge"))]
    (found,) = discrepancies.find_discrepancies(digests, ())
    assert found.kind == "quantity" and "$2 billion" in found.description and "$10 billion" in found.description
    assert {c.sources[0].article for c in found.items} == {"a", "b"}


def test_close_values_and_same_article_are_not_flagged():
    digests = [with_figures("a", figure("a", "$2 billion", 2e9, "USD", "cost of the bridge"),
                            figure("a", "$5 billion", 5e9, "USD", "cost of the bridge")),
               with_figures("b", figure("b", "about $2.1 billion", 2.1e9, "USD", "cost of the bridge"))]
    assert [d.kind for d in discrepancies.find_discrepancies(digests, ())] == ["quantity"]


def test_one_value_for_different_things_is_flagged():
    digests = [with_figures("a", figure("a", "40%", 40, "%", "turnout in the election")),
               with_figures("b", figure("b", "40%", 40, "%", "unemployment among graduates"))]
    (found,) = discrepancies.find_discrepancies(digests, ())
    assert found.kind == "attribution"


def role(text, article):
    return Role(text=text, article=article, source=Source(article=article, paragraph=0, start=0, end=3))


def test_clashing_roles_are_flagged_and_compatible_ones_not():
    clash = Person(name="Ann Lee", roles=(role("Russian analyst", "a"), role("American political analyst", "b")))
    fine = Person(name="Bo Li", roles=(role("PM", "a"), role("Prime Minister", "b"), role("Norland's Prime Minister", "c")))
    other = Person(name="Cy Po", roles=(role("mayor of Vell", "a"), role("football coach", "b")))
    found = discrepancies.roles([clash, fine, other])
    assert [d.description.split(" is ")[0] for d in found] == ["Ann Lee", "Cy Po"]


def test_roles_sharing_a_stem_are_compatible():
    person = Person(name="Di Wu", roles=(role("Commission Co-Chairman", "a"), role("chair", "b")))
    assert discrepancies.roles([person]) == []

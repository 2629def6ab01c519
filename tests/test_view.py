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


def test_a_large_brief_prints_the_key_items_and_says_so():
    from briefing.config import Config
    from briefing.models import Event, Person
    from briefing.render import shortlist, view

    made = brief()
    source = made.timeline[0].sources
    people = tuple(Person(name=f"Person {i}", mentions=1, sources=source) for i in range(60))
    events = tuple(Event(date=f"20{10 + i % 10}", text=f"Event {i}", sources=source * (1 + (i == 90)))
                   for i in range(100))
    large = replace(made, people=people, timeline=events)
    shown = view.build_view(large, Config())
    assert len(shown.people) == shortlist.SHOWN["people"] == 40
    assert len(shown.timeline) == shortlist.SHOWN["events"]
    assert "Event 90" in {row.cells[1] for row in shown.timeline}  # reported twice: kept
    assert any("Key people shows 40 of 60 people" in c for c in shown.caveats)
    assert not any("shows" in c for c in view.build_view(made, Config()).caveats)


def test_a_large_brief_prints_corroborated_claims_first():
    from briefing.config import Config
    from briefing.models import Agreement
    from briefing.render import shortlist, view

    made = brief()
    claims = tuple(Agreement(text=f"Claim {i}", sources=made.summary[0].sources, corroborated=(i == 70))
                   for i in range(100))
    shown = view.build_view(replace(made, agreements=claims), Config())
    assert len(shown.agreements) == 40 and shown.agreements[0].text == "Claim 70"
    assert any("Where sources agree shows 40 of 100 claims" in c for c in shown.caveats)

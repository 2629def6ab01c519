"""What's new since the last edition: articles, people, figures, viewpoints, events."""

from __future__ import annotations

from dataclasses import replace

import json

from briefing.regenerate import whatsnew
from briefing.regenerate.manifest import Manifest
from briefing.models import Article, Claim, Brief, Event, Figure, Person, Source, Viewpoint

SRC = (Source(article="a", paragraph=0, start=0, end=4),)


def brief(articles=("a",), people=(), figures=(), viewpoints=(), events=(), sha="1", evidence=()) -> Brief:
    return Brief(
        title="T", generated_at="2026-01-01T00:00:00+00:00",
        articles=tuple(Article(id=i, source_path=f"{i}.txt", sha256=sha if i == "a" else i, text="x",
                               paragraphs=(), title=f"Story {i}") for i in articles),
        summary=(), themes=(), people=tuple(Person(name=n, aliases=(n.split()[-1],)) for n in people),
        figures=tuple(Figure(text=t, value=None, unit=None, measures=m, sentence=t, sources=SRC)
                      for t, m in figures),
        quotes=(), viewpoints=tuple(Viewpoint(voice=v, stance=s, articles=("a",),
                                              evidence=tuple(Claim(text=t, sources=SRC) for t in evidence))
                                    for v, s in viewpoints),
        divergences=(), timeline=tuple(Event(date=d, text=t, sources=SRC) for d, t in events))


def previous(old: Brief, name="20260101T000000Z") -> dict:
    # Through JSON, as the manifest stores it.
    return Manifest.from_json({"edition": name, "contents": json.loads(json.dumps(whatsnew.contents(old).to_json()))})


def test_first_edition_has_nothing_to_compare():
    assert whatsnew.compare(None, brief()) is None


def test_names_what_was_added_dropped_and_changed():
    old = brief(articles=("a", "b"), people=("Ada Lovelace",), figures=(("$5 million", "cost"),),
                viewpoints=(("Ada Lovelace", "optimistic"),), events=(("2020", "Talks began."),))
    new = brief(articles=("a", "c"), sha="2",
                people=("Ada Lovelace", "Grace Hopper"),
                figures=(("$5 million", "cost"), ("12%", "growth")),
                viewpoints=(("Ada Lovelace", "skeptical"), ("Grace Hopper", "neutral")),
                events=(("2020", "Talks  began."), ("2021", "Deal signed.")))
    news = whatsnew.compare(previous(old), new)
    assert news.previous_edition == "20260101T000000Z"
    assert news.new_articles == ("c",)  # in the brief: the renderer labels it
    assert news.dropped_articles == ("Story b (was S2)",)  # its title and number, not its id
    assert news.changed_articles == ("a",)
    assert news.new_people == ("Grace Hopper",)
    assert news.new_figures == ("12% (growth)",)
    # Ada's stance moved on the same evidence: not new (see below).
    assert news.new_viewpoints == ("Grace Hopper: neutral",)
    assert news.new_events == ("2021: Deal signed.",)  # spacing alone is not news
    assert not whatsnew.is_empty(news)


def test_an_articles_own_voice_is_named_by_its_title():
    news = whatsnew.compare(previous(brief()), brief(viewpoints=(("a", "mixed"),)))
    assert news.new_viewpoints == ("S1 · Story a: mixed",)  # as the brief names it


def test_a_person_known_by_another_name_is_not_new():
    old = brief(people=("Ada Lovelace",))
    new = replace(brief(), people=(Person(name="Lady Ada Lovelace", aliases=("Ada Lovelace",)),))
    assert whatsnew.compare(previous(old), new).new_people == ()


def test_same_brief_is_empty_news():
    same = brief(people=("Ada Lovelace",), events=(("2020", "Talks began."),))
    assert whatsnew.is_empty(whatsnew.compare(previous(same), same))


def test_a_stance_read_differently_from_the_same_evidence_is_not_new():
    # The brief's subject shifted, so the same words now read as skeptical.
    old = brief(viewpoints=(("Ada Lovelace", "optimistic"),), evidence=("The deal is a step forward.",))
    new = brief(viewpoints=(("Ada Lovelace", "skeptical"),), evidence=("The deal is a step forward.",))
    assert whatsnew.compare(previous(old), new).new_viewpoints == ()


def test_a_stance_moved_by_new_evidence_is_new():
    old = brief(viewpoints=(("Ada Lovelace", "optimistic"),), evidence=("The deal is a step forward.",))
    new = brief(viewpoints=(("Ada Lovelace", "skeptical"),), evidence=("The deal has collapsed.",))
    assert whatsnew.compare(previous(old), new).new_viewpoints == ("Ada Lovelace: skeptical",)


def test_new_evidence_for_the_same_stance_is_not_new():
    old = brief(viewpoints=(("Ada Lovelace", "optimistic"),), evidence=("The deal is a step forward.",))
    new = brief(viewpoints=(("Ada Lovelace", "optimistic"),), evidence=("Talks went well.",))
    assert whatsnew.compare(previous(old), new).new_viewpoints == ()


def test_a_file_without_title_is_dropped_by_file_name_and_number():
    old = replace(brief(articles=("a", "b")))
    old = replace(old, articles=(old.articles[0], replace(old.articles[1], title=None,
                                                           source_path="corpus/003_7c504a00bb468ac0.txt")))
    news = whatsnew.compare(previous(old), brief(articles=("a",)))
    assert news.dropped_articles == ("003_7c504a00bb468ac0.txt (was S2)",)

"""The summary layer of the seed brief, checked against what the articles say."""

from __future__ import annotations

import re

import pytest

NOT_PEOPLE = {"Twitter", "Sputnik", "Sputnik V", "BRI", "Nawabshah", "Da’esh", "Quad", "Kashmir", "Rawalpindi",
              "CPEC", "Modern Diplomacy"}


@pytest.fixture(scope="module")
def brief(seed_build):
    return seed_build[2]


def person(brief, name):
    (found,) = [p for p in brief["people"] if p["name"] == name or name in p["aliases"]]
    return found


def test_people_table_has_no_non_persons_and_each_person_once(brief):
    names = [p["name"] for p in brief["people"]]
    assert not NOT_PEOPLE & set(names)
    assert len(names) == len(set(names))
    every_form = [form for p in brief["people"] for form in [p["name"], *p["aliases"]]]
    assert len(every_form) == len(set(every_form))


def test_people_merge_across_articles_and_spellings(brief):
    lavrov = person(brief, "Sergey Lavrov")
    assert {"Sergei Lavrov", "Lavrov"} <= set(lavrov["aliases"]) and len(lavrov["articles"]) >= 3
    assert "Foreign Minister" in lavrov["role"]
    khan = person(brief, "Imran Khan")
    assert "Prime Minister" in khan["role"] and len(khan["articles"]) >= 2


@pytest.mark.parametrize("name,role", [
    ("Pavel Didkovsky", "first secretary of the Russian Embassy in Islamabad"),
    ("Shahid Khaqan Abbasi", "Pakistani Prime Minister"),
    ("Mikhail Mishustin", "Russia’s Prime Minister"),
    ("Alexei Overchuk", "Russia’s deputy prime minister"),
    ("Michael Kugelman", "Deputy Director of the Asia Program"),
    ("Dmitry Medvedev", "Russian Prime Minister"),
    ("Modi", "Indian Prime Minister"),
    ("Zamir Kabulov", "Russian Presidential Envoy to Afghanistan"),
])
def test_roles_are_the_ones_the_articles_state(brief, name, role):
    assert person(brief, name)["role"] == role


def test_key_figures_say_what_they_measure(brief):
    found = {(f["value"], f["unit"]): f["measures"] for f in brief["figures"]}
    assert "cost of North-South pipeline" in [f["measures"] for f in brief["figures"] if f["value"] == 2e9]
    assert "pipeline" in found[(1e10, "USD")]
    assert "share" in found[(26.0, "%")]
    assert "pipeline" in found[(800.0, "km")]
    assert "capacity" in found[(12.4e9, "cubic feet")]
    assert not [f for f in brief["figures"] if 1900 <= (f["value"] or 0) <= 2100 and f["unit"] is None]


def quote(brief, words):
    (found,) = [q for q in brief["quotes"] if words in q["text"]]
    return found


def test_quotes_carry_the_right_speakers(brief):
    # The words he is quoted as saying lie inside his post: one row, his.
    assert quote(brief, "skeptical about Putin")["speaker"] == "Michael Kugelman"
    tweet = quote(brief, "on the ascent")
    assert tweet["speaker"] == "Michael Kugelman" and tweet["cue"] == "post signature"
    assert quote(brief, "China is a true strategic partner")["speaker"] == "Sergey Lavrov"
    spokesperson = quote(brief, "The more unstable the world is")
    assert spokesperson["speaker"] is None and "spokesperson" in spokesperson["speaker_role"]
    assert quote(brief, "I came with a message from my president")["speaker"] is None  # "the Russian PM": not invented


def test_quote_sources_point_at_the_quoted_text(brief):
    """A row's own sources (its paragraphs) join to its words; the sources
    after them, of the same words quoted again or in part, each point at
    a run of those words."""
    texts = {a["id"]: a["text"] for a in brief["articles"]}
    for q in brief["quotes"]:
        cited = [texts[s["article"]][s["start"]:s["end"]] for s in q["sources"]]
        own = next(k for k in range(1, len(cited) + 1) if " ".join(cited[:k]) == q["text"])
        assert all(" ".join(_folded(part)) in " ".join(_folded(q["text"])) for part in cited[own:])


def _folded(text):
    return re.findall(r"\w+", text.casefold().replace("’", "'"))

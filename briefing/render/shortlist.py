"""How much of each list a printed brief shows: a `Brief` in, the same
brief with its long lists cut out, plus the caveats that say what was cut.

A brief over a thousand articles is still a brief: past these lengths a list
keeps its most salient (or best reported) items.  Only the PDF, DOCX and HTML
are cut; brief.json always holds everything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..models import Agreement, Brief, Event, Figure, Person, Quote, Viewpoint

SHOWN = {"people": 40, "figures": 40, "quotes": 40, "events": 80, "digests": 100, "voices": 36,
         "disputed topics": 15, "claims": 40, "discrepancies": 30,
         "sources": 150}
"""Most items of each list a printed brief shows.  Voices: at most a third
of them per stance column, so every column keeps its strongest voices."""


def shortlist(brief: Brief) -> Brief:
    """`brief` with every list cut to what a printed brief shows."""
    return replace(brief, people=key_people(brief), figures=key_figures(brief.figures),
                   quotes=key_quotes(brief.quotes), timeline=key_events(brief.timeline),
                   digests=brief.digests[:SHOWN["digests"]], viewpoints=key_voices(brief.viewpoints),
                   divergences=brief.divergences[:SHOWN["disputed topics"]],
                   agreements=key_claims(brief.agreements),
                   discrepancies=brief.discrepancies[:SHOWN["discrepancies"]])


def caveats(brief: Brief) -> list[str]:
    """A caveat for each list of the full `brief` that `shortlist` cuts."""
    shown = shortlist(brief)
    # Each caveat names the section as the brief heads it (`view.contents`).
    lists = (("Annex: people", "people", "people"), ("Key figures", "figures", "figures"),
             ("Annex: quotes", "quotes", "quotes"), ("Timeline", "events", "timeline"),
             ("Annex: article digests", "digests", "digests"), ("Divergent viewpoints", "voices", "viewpoints"),
             ("Divergent viewpoints", "disputed topics", "divergences"),
             ("Where sources agree", "claims", "agreements"),
             ("Discrepancies", "discrepancies", "discrepancies"))
    notes = []
    for title, noun, field in lists:
        total, kept = len(getattr(brief, field)), len(getattr(shown, field))
        if field == "figures":
            notes += figures_caveat(brief.figures, shown.figures)
        elif field == "people" and kept < total:
            notes.append(people_caveat(kept, total))
        elif kept < total:
            notes.append(f"{title} shows {kept} of {total} {noun}; brief.json holds them all.")
    if len(brief.articles) > SHOWN["sources"]:
        notes.append(f"Sources lists the sources this brief cites, of {len(brief.articles)}; "
                     "brief.json lists them all.")
    return notes


def people_caveat(kept: int, total: int) -> str:
    """What the printed people list leaves out of the `total` people named,
    `kept` of them shown, and why: a name met once and doing nothing more is
    no key figure (`key_people`), so a brief may list none ("shows 0 of 1
    people" had told the reader nothing).  It says what the brief found,
    not what the text holds: a role it missed is no fact about the source."""
    once = "met once, with no role, quote or view found"
    if kept == 0:
        named = "the one person named is" if total == 1 else f"each of the {total} people named is"
        return f"No key people are listed: {named} {once}; brief.json holds {'the name' if total == 1 else 'them'}."
    if kept < SHOWN["people"]:
        return f"Annex: people shows {kept} of the {total} people named; the rest are {once} (brief.json holds them all)."
    return f"Annex: people shows {kept} of {total} people; brief.json holds them all."


def figures_caveat(figures: Sequence[Figure], shown: Sequence[Figure]) -> list[str]:
    """What the Key figures table leaves out of all `figures` found, given
    the `shown` ones `key_figures` keeps: the table prints only those that
    say what they measure (render.view), so a count of `shown` alone ("40
    of 50") would name rows the table does not have.  [] when it leaves
    none out."""
    printed = sum(1 for figure in shown if figure.measures)
    if printed == len(figures):
        return []
    if printed == 0:
        return [f"No key figures are listed: none of the {len(figures)} figures found says what it measures; "
                "brief.json holds them all."]
    return [f"Key figures shows the {printed} of {len(figures)} figures found that say what they measure "
            "(an amount several sources give alike is one row); brief.json holds them all."]


def key_people(brief: Brief) -> tuple[Person, ...]:
    """The people a printed brief lists, most salient first: those with a
    role, a quote, a statement the reported-statements annex gives, a view
    the brief shows, or more than one mention.  A name met once and doing
    nothing more (a passing mention, or a phrase the tagger took for a
    name: "Witch Hunt", "Abu Dhabi") is no key figure; brief.json keeps it."""
    voices = {v.voice for v in brief.viewpoints} | {q.speaker for d in brief.digests for q in d.reported if q.speaker}
    return tuple(p for p in brief.people
                 if p.role or p.quoted or p.mentions > 1 or voices & {p.name, *p.aliases})[:SHOWN["people"]]


def key_figures(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The figures a printed brief lists: those that say what they measure
    first ("$185m: fine of Wells Fargo"), then those with none (left to the annex),
    each group in article order."""
    return tuple(sorted(figures, key=lambda f: f.measures is None))[:SHOWN["figures"]]


def key_quotes(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """All quotes in a small brief; in a large one the attributed come first."""
    if len(quotes) <= SHOWN["quotes"]:
        return tuple(quotes)
    return tuple(sorted(quotes, key=lambda q: q.speaker is None))[:SHOWN["quotes"]]


def key_voices(viewpoints: Sequence[Viewpoint]) -> tuple[Viewpoint, ...]:
    """All voices in a small brief; in a large one the strongest of each
    stance (the synthesis orders each stance by strength), a share each."""
    if len(viewpoints) <= SHOWN["voices"]:
        return tuple(viewpoints)
    stances = list(dict.fromkeys(v.stance for v in viewpoints))
    share = max(1, SHOWN["voices"] // max(3, len(stances)))
    kept, taken = [], {}
    for voice in viewpoints:
        if taken.get(voice.stance, 0) < share:
            kept.append(voice)
            taken[voice.stance] = taken.get(voice.stance, 0) + 1
    return tuple(kept)


def key_events(events: Sequence[Event]) -> tuple[Event, ...]:
    """All events in a small brief; in a large one those most sources
    report, kept in date order."""
    if len(events) <= SHOWN["events"]:
        return tuple(events)
    ranked = sorted(range(len(events)), key=lambda i: (-len(events[i].sources), i))[:SHOWN["events"]]
    return tuple(events[i] for i in sorted(ranked))


def key_claims(agreements: Sequence[Agreement]) -> tuple[Agreement, ...]:
    """All claims in a small brief; in a large one the corroborated first."""
    if len(agreements) <= SHOWN["claims"]:
        return tuple(agreements)
    return tuple(sorted(agreements, key=lambda a: not a.corroborated))[:SHOWN["claims"]]

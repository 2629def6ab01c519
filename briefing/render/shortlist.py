"""How much of each list a printed brief shows: a `Brief` in, the same
brief with its long lists cut out, plus the caveats that say what was cut.

A brief over a thousand articles is still a brief: past these lengths a list
keeps its most salient (or best reported) items.  Only the PDF, DOCX and HTML
are cut; brief.json always holds everything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..models import Agreement, Brief, Event, Quote

SHOWN = {"people": 40, "figures": 40, "quotes": 40, "events": 80, "digests": 100,
         "disputed topics": 15, "claims": 40, "discrepancies": 30}


def shortlist(brief: Brief) -> Brief:
    """`brief` with every list cut to what a printed brief shows."""
    return replace(brief, people=brief.people[:SHOWN["people"]], figures=brief.figures[:SHOWN["figures"]],
                   quotes=key_quotes(brief.quotes), timeline=key_events(brief.timeline),
                   digests=brief.digests[:SHOWN["digests"]],
                   divergences=brief.divergences[:SHOWN["disputed topics"]],
                   agreements=key_claims(brief.agreements),
                   discrepancies=brief.discrepancies[:SHOWN["discrepancies"]])


def caveats(brief: Brief) -> list[str]:
    """A caveat for each list of the full `brief` that `shortlist` cuts."""
    lists = (("Key people", "people", brief.people), ("Key figures", "figures", brief.figures),
             ("Key quotes", "quotes", brief.quotes), ("Timeline", "events", brief.timeline),
             ("The appendix", "digests", brief.digests),
             ("Divergent viewpoints", "disputed topics", brief.divergences),
             ("Where sources agree", "claims", brief.agreements),
             ("Discrepancies", "discrepancies", brief.discrepancies))
    return [f"{title} shows {SHOWN[key]} of {len(items)} {key}; brief.json holds them all."
            for title, key, items in lists if len(items) > SHOWN[key]]


def key_quotes(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """All quotes in a small brief; in a large one the attributed come first."""
    if len(quotes) <= SHOWN["quotes"]:
        return tuple(quotes)
    return tuple(sorted(quotes, key=lambda q: q.speaker is None))[:SHOWN["quotes"]]


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

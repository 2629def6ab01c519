"""Digests in, the timeline out: every dated event once, oldest first.

Two events are one when they fall on compatible dates (the same date, or one
refining the other: "2021" and "2021-03-18") and their sentences share most
of their content words; the merged event keeps every article's source and
the most precise, least approximate date.  Events are only compared within
their year, so the cost stays near linear in the number of events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..models import Digest, Event

CANDIDATES = 50     # latest kept events per shared word compared with a new one
SAME_EVENT = 0.35   # share of the shorter sentence's content words two reports of one event have in common
_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d+")
_STOP = frozenset("""the and for with that this from have has had was were are been being its their his her
they them than then when which while who whom whose will would could should also into over under about after
before during since until said says not but all any some such other more most very both each only own same""".split())


def build_timeline(digests: Sequence[Digest]) -> tuple[Event, ...]:
    """All events across the articles, repeats merged, sorted by date."""
    by_year: dict[str, list[Event]] = defaultdict(list)
    for event in (e for d in digests for e in d.events):
        by_year[event.date[:4]].append(event)
    merged = [e for year in by_year.values() for e in _merge(year)]
    return tuple(sorted(merged, key=lambda e: (e.date, e.approximate, e.sources[0].article, e.sources[0].start)))


def _merge(events: list[Event]) -> list[Event]:
    """The events of one year with reports of the same event combined; each
    event is compared only with kept events sharing a content word with it."""
    kept: list[tuple[Event, frozenset[str]]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for event in sorted(events, key=_precision, reverse=True):
        words = content_words(event.text)
        candidates = sorted({i for w in words for i in by_word.get(w, ())[-CANDIDATES:]})
        match = next((i for i in candidates if same_event(event, words, *kept[i])), None)
        if match is not None:
            kept[match] = (_combine(kept[match][0], event), kept[match][1])
            continue
        for word in words:
            by_word[word].append(len(kept))
        kept.append((event, words))
    return [event for event, _words in kept]


def same_event(a: Event, a_words: frozenset[str], b: Event, b_words: frozenset[str]) -> bool:
    """True when two events are reports of one happening."""
    if not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.text == b.text:
        return True
    # The date is already known to match; numbers would only inflate the overlap.
    a_words, b_words = _wordy(a_words), _wordy(b_words)
    shared = len(a_words & b_words)
    return shared >= 3 and shared >= SAME_EVENT * min(len(a_words), len(b_words))


def content_words(text: str) -> frozenset[str]:
    """The lower-cased content words of `text` (no stop words, years kept)."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def _wordy(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if not w.isdigit())


def _combine(kept: Event, other: Event) -> Event:
    """`kept` (the more precise report) citing `other`'s sources too."""
    sources = kept.sources + tuple(s for s in other.sources if s not in kept.sources)
    return Event(date=kept.date, text=kept.text, sources=sources, expression=kept.expression,
                 approximate=kept.approximate)


def _precision(event: Event) -> tuple[int, bool]:
    return len(event.date), not event.approximate

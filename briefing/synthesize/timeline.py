"""The timeline: every dated event, sorted, repeats dropped."""

from __future__ import annotations

from typing import Sequence

from ..models import Digest, Event


def build_timeline(digests: Sequence[Digest]) -> tuple[Event, ...]:
    """All events, oldest first, each text once."""
    seen, events = set(), []
    for event in sorted((e for d in digests for e in d.events), key=lambda e: e.date):
        if event.text not in seen:
            seen.add(event.text)
            events.append(event)
    return tuple(events)

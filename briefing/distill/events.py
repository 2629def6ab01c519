"""Dated events: sentences holding a DATE entity with a year."""

from __future__ import annotations

import re

from ..models import Article, Event

_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def find_events(article: Article, doc) -> tuple[Event, ...]:
    """Each sentence that names a year, dated by that year."""
    found = []
    for ent in doc.ents:
        year = _YEAR.search(ent.text)
        if ent.label_ == "DATE" and year:
            sent = ent.sent
            found.append(Event(date=year.group(0), text=sent.text.strip(), expression=ent.text,
                               sources=(article.source(sent.start_char, sent.end_char),)))
    return tuple(found)

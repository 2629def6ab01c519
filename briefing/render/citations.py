"""Numbered citations shared by every renderer: one note per distinct source."""

from __future__ import annotations

from ..models import Article, Brief, Source
from ..synthesize import relative


class Citations:
    """Numbers the sources of a brief in order of first citation."""

    def __init__(self, brief: Brief):
        self.articles = {a.id: a for a in brief.articles}
        self.numbers: dict[Source, int] = {}
        # Every dated event, for the days the events stage read its weekdays as,
        # and the day words it left unplaced.
        self.events = relative.by_article(tuple(e for d in brief.digests for e in d.events) or brief.timeline,
                                          relative.unplaced_of(brief.digests))

    def __call__(self, sources) -> list[int]:
        """The note numbers for `sources`, numbering new ones as they come."""
        numbers = []
        for source in sources:
            if source not in self.numbers:
                self.numbers[source] = len(self.numbers) + 1
            numbers.append(self.numbers[source])
        return numbers

    def notes(self) -> list[tuple[int, Source, Article | None, str]]:
        """(number, source, article, passage) for every citation made so far."""
        out = []
        for source, number in sorted(self.numbers.items(), key=lambda item: item[1]):
            article = self.articles.get(source.article)
            passage = article.text[source.start:source.end] if article else ""
            out.append((number, source, article, passage))
        return out


class FirstMarks:
    """Says, once per note number, that this is its first mark in the page:
    that mark gets the id the note links back to ("where this is cited").
    One per rendering (a template global: `first_mark(n)`)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def __call__(self, number: int) -> bool:
        first = number not in self.seen
        self.seen.add(number)
        return first

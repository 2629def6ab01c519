"""Numbered citations shared by every renderer: one note per distinct source."""

from __future__ import annotations

from ..models import Article, Brief, Source
from ..synthesize import relative


SHORT_PASSAGE = 3  # words from which a cited span reads as a passage of its own, not a word or two lifted out


class Citations:
    """Numbers the sources of a brief in order of first citation."""

    def __init__(self, brief: Brief):
        self.articles = {a.id: a for a in brief.articles}
        self.sentences = {d.article.id: tuple(s.source for s in d.sentences) for d in brief.digests}
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
            if len(passage.split()) < SHORT_PASSAGE:
                passage = self.sentence_around(source, article) or passage
            out.append((number, source, article, passage))
        return out

    def sentence_around(self, source: Source, article: Article | None) -> str:
        """The sentence of `article` that holds `source`'s span, "" when none
        does: a note whose passage is a title ("Gov.") or a name alone reads
        like a broken sentence, and says nothing of where the brief read it."""
        for held in self.sentences.get(source.article, ()):
            if article and held.start <= source.start and source.end <= held.end:
                return article.text[held.start:held.end]
        return ""


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

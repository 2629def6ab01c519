"""The articles' direct quotes in, the brief's quotes annex out: one row
per quotation, however many articles print it.

Each digest keeps its own quotes as written; the brief lists words one
speaker is quoted saying in two articles ("We will build the pier",
from the wire story and from a rewrite of it) once, citing both, and a
quote that is only part of a longer one of the same speaker ("I hope she
does.") inside that longer one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..models import Quote

PART_WORDS = 4
"""The fewest words a quote must have to be folded into a longer one that
holds it: a shorter one ("no", "a disgrace") may be a word the speaker
used again, not the same saying cut short."""

_WORDS = re.compile(r"\w+")


def said_once(quotes: Sequence[Quote]) -> tuple[Quote, ...]:
    """`quotes` with each whose words another quote of the same speaker
    (and kind) holds, word for word, folded into that one: one row in
    the longer words, its own sources first and the rest after, at the
    place of the first of them.  A quote no one is named for is folded
    only into the same words with the same description of its speaker.
    Order otherwise kept.  A fragment's closing stop, the writer's
    sentence's, is left out (`without_the_writers_stop`)."""
    quotes = [without_the_writers_stop(q) for q in quotes]
    words = [_words(q.text) for q in quotes]
    home: dict[int, int] = {}  # quote -> the quote whose row it joins
    index: dict[tuple, list[int]] = {}  # (speaker, kind, first words) -> quotes that hold them
    for n in sorted(range(len(quotes)), key=lambda n: -len(words[n])):  # the longest first
        into = next((m for m in index.get(_key(quotes[n], words[n][:PART_WORDS]), ())
                     if _holds(words[m], words[n], quotes[m], quotes[n])), None)
        home[n] = home[into] if into is not None else n
        for start in range(max(1, len(words[n]) - PART_WORDS + 1)):
            index.setdefault(_key(quotes[n], words[n][start:start + PART_WORDS]), []).append(n)
    rows: dict[int, list[int]] = {}
    for n in range(len(quotes)):
        rows.setdefault(home[n], []).append(n)
    return tuple(_one_row(quotes, face, members) for face, members in
                 sorted(rows.items(), key=lambda row: min(row[1])))


_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
"""A stop after a word and a capital after it: the quotation holds a
sentence of its own."""
_ABBREVIATION_END = re.compile(r"(?:\.|(?:^|\s)[A-Z]\w{0,2}|\.\w+)\.$")
"""A stop that belongs to the last word ("U.S.", "Inc.", "Jr.") or ends
an ellipsis ("..."): not the sentence's alone."""


def without_the_writers_stop(quote: Quote) -> Quote:
    """`quote` without the full stop that ends it when it is a fragment
    woven into the writer's sentence: direct words that open in lower
    case and hold no sentence end of their own.  News style sets the
    sentence's stop inside the closing mark ('vowed to “keep the ferry
    running.”'); the stop is the writer's, not the speaker's.  Its last
    source ends one character sooner, so it still points at the words."""
    text = quote.text
    if quote.kind != "direct" or len(text) < 2 or not text.endswith(".") or not text[0].islower() \
            or _ABBREVIATION_END.search(text) or _SENTENCE_END.search(text) or not quote.sources:
        return quote
    last = quote.sources[-1]
    return replace(quote, text=text[:-1], sources=quote.sources[:-1] + (replace(last, end=last.end - 1),))


def _words(text: str) -> tuple[str, ...]:
    """The words of a quote, folded: case, marks and apostrophes aside."""
    return tuple(_WORDS.findall(text.casefold().replace("’", "'")))


def _key(quote: Quote, first: tuple[str, ...]) -> tuple:
    return (quote.speaker.casefold() if quote.speaker else None, quote.kind, first)


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...], whole: Quote, part: Quote) -> bool:
    """Whether the words `longer` (of `whole`) hold the words `shorter`
    (of `part`) as one run: all of them when either has no speaker named
    (then with the same description of the speaker), else at least
    `PART_WORDS` of them."""
    if whole.speaker is None or part.speaker is None:
        return longer == shorter and whole.speaker_role == part.speaker_role
    if longer == shorter:
        return True
    if len(shorter) < PART_WORDS:
        return False
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def _one_row(quotes: Sequence[Quote], face: int, members: list[int]) -> Quote:
    """The quotes `members` as one: the longest (`face`), with the
    sources of the rest after its own, each once."""
    if len(members) == 1:
        return quotes[face]
    sources = list(quotes[face].sources)
    for n in members:
        sources += [s for s in quotes[n].sources if s not in sources]
    role = quotes[face].speaker_role or next((quotes[n].speaker_role for n in members if quotes[n].speaker_role), None)
    return replace(quotes[face], sources=tuple(sources), speaker_role=role)

"""Direct quotations and their speakers."""

from __future__ import annotations

import re

from ..models import Article, Person, Quote

_QUOTE = re.compile(r"[\"“]([^\"“”]{20,}?)[\"”]")


def find_quotes(article: Article, doc, people: tuple[Person, ...]) -> tuple[Quote, ...]:
    """Each quotation of a few words or more; speaker None unless stated."""
    found = []
    for match in _QUOTE.finditer(article.text):
        found.append(Quote(text=match.group(1).strip(), speaker=None,
                           sources=(article.source(match.start(1), match.end(1)),)))
    return tuple(found)

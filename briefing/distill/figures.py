"""Numbers that matter (money, percentages) from spaCy's entities."""

from __future__ import annotations

from ..models import Article, Figure


def find_figures(article: Article, doc) -> tuple[Figure, ...]:
    """Each money amount or percentage in the article, with its sentence."""
    found = []
    for ent in doc.ents:
        if ent.label_ in ("MONEY", "PERCENT", "QUANTITY"):
            found.append(Figure(text=ent.text, value=None, unit=None, measures=None,
                                sentence=ent.sent.text.strip(),
                                sources=(article.source(ent.start_char, ent.end_char),)))
    return tuple(found)

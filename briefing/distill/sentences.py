"""A parsed article in, its sentences with their spans out."""

from __future__ import annotations

from ..models import Article, Sentence


def split(article: Article, doc) -> tuple[Sentence, ...]:
    """The article's sentences (never crossing a paragraph break)."""
    found = []
    for sent in doc.sents:
        for start, end in _within_paragraphs(article, sent.start_char, sent.end_char):
            text = article.text[start:end].strip()
            if len(text.split()) >= 3:
                offset = article.text.index(text, start)
                found.append(Sentence(text=text, source=article.source(offset, offset + len(text))))
    return tuple(found)


def _within_paragraphs(article: Article, start: int, end: int):
    for paragraph in article.paragraphs:
        lo, hi = max(start, paragraph.start), min(end, paragraph.end)
        if lo < hi:
            yield lo, hi

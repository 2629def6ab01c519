"""A parsed article in, its sentences with their spans out."""

from __future__ import annotations

from bisect import bisect_right

from ..models import Article, Sentence


def split(article: Article, doc) -> tuple[Sentence, ...]:
    """The article's sentences (never crossing a paragraph break)."""
    found = []
    ends = [paragraph.end for paragraph in article.paragraphs]
    for sent in doc.sents:
        for start, end in _within_paragraphs(article, ends, sent.start_char, sent.end_char):
            text = article.text[start:end].strip()
            if len(text.split()) >= 3:
                offset = article.text.index(text, start)
                found.append(Sentence(text=text, source=article.source(offset, offset + len(text))))
    return tuple(found)


def _within_paragraphs(article: Article, ends: list[int], start: int, end: int):
    """The parts of `start:end` inside each paragraph it overlaps; only
    those paragraphs are visited (found by bisection on their `ends`), so
    an article of many paragraphs costs no more per sentence."""
    for paragraph in article.paragraphs[bisect_right(ends, start):]:
        if paragraph.start >= end:
            break
        lo, hi = max(start, paragraph.start), min(end, paragraph.end)
        if lo < hi:
            yield lo, hi

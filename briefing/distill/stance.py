"""Each voice's stance in an article, from a small lexicon of judgement words."""

from __future__ import annotations

import re

from ..models import Article, Claim, Quote, Sentence, StanceReading

_POSITIVE = re.compile(r"\b(positive|flourishing|encouraging|bode well|promising|excellent|blossoming)\b", re.I)
_NEGATIVE = re.compile(r"\b(skeptical|sceptical|mistrust|distrust|imbalanced|not so sure|doubt\w*)\b", re.I)


def read_stances(article: Article, sentences: tuple[Sentence, ...],
                 quotes: tuple[Quote, ...]) -> tuple[StanceReading, ...]:
    """The author's (or outlet's) stance in this article."""
    voice = article.author or article.outlet or article.title or article.id
    score, evidence = 0.0, []
    for sentence in sentences:
        delta = len(_POSITIVE.findall(sentence.text)) - len(_NEGATIVE.findall(sentence.text))
        if delta:
            score += delta
            evidence.append(Claim(text=sentence.text, sources=(sentence.source,)))
    stance = "optimistic" if score > 0 else "skeptical" if score < 0 else "neutral"
    kind = "author" if article.author else "outlet"
    return (StanceReading(voice=voice, kind=kind, stance=stance, score=score, evidence=tuple(evidence[:3])),)

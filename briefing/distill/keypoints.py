"""An article's key points: its most central sentences."""

from __future__ import annotations

from ..models import Claim, Sentence


def key_points(sentences: tuple[Sentence, ...], count: int) -> tuple[Claim, ...]:
    """The first `count` sentences, as claims."""
    return tuple(Claim(text=s.text, sources=(s.source,)) for s in sentences[:count])

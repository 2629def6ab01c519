"""Themes: key phrases shared by several articles, with their sentences."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..config import Config
from ..models import Claim, Digest, Theme


def find_themes(digests: Sequence[Digest], config: Config, limit: int = 6) -> tuple[Theme, ...]:
    """Up to `limit` themes, the phrases most articles share first."""
    spread = Counter(p for d in digests for p in set(d.key_phrases))
    found = []
    for phrase, _count in spread.most_common(limit):
        claims = [Claim(text=s.text, sources=(s.source,))
                  for d in digests for s in d.sentences if phrase in s.text.lower()][:4]
        if claims:
            articles = tuple(dict.fromkeys(c.sources[0].article for c in claims))
            found.append(Theme(label=phrase.capitalize(), sentences=tuple(claims), articles=articles,
                               key_phrases=(phrase,)))
    return tuple(found)


def title_for(themes: tuple[Theme, ...]) -> str:
    """A title for a brief whose main themes are `themes`."""
    return f"Briefing: {themes[0].label}" if themes else "Briefing"

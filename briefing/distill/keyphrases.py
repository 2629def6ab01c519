"""An article's key phrases: its most frequent noun chunks."""

from __future__ import annotations

from collections import Counter


def key_phrases(doc, limit: int = 12) -> tuple[str, ...]:
    """Up to `limit` noun phrases, most frequent first, lower-cased."""
    counts = Counter()
    for chunk in doc.noun_chunks:
        words = [t.lemma_.lower() for t in chunk if not (t.is_stop or t.is_punct or t.like_num)]
        if words:
            counts[" ".join(words)] += 1
    return tuple(phrase for phrase, _ in counts.most_common(limit))

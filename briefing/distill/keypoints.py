"""An article's key points: its sentences in, the most central few out.

Centrality is TF-IDF similarity to the rest of the article (a sentence that
shares much with the others states what the article is about), nudged
toward the lead; chosen greedily so that no two key points say the same
thing (maximal marginal relevance).  Headlines, datelines, questions and
fragments are not key points.
"""

from __future__ import annotations

import re

from ..models import Claim, Sentence
from .sentences import addresses_reader, standalone_weight

_MIN_WORDS, _MAX_WORDS = 8, 60
_REDUNDANCY = 0.7  # weight of centrality against overlap with points already chosen
_NOT_A_POINT = re.compile(r"^(read more|click|subscribe|sign up|follow us|share this|please|advertisement|"
                          r"related|also read|copyright|disclaimer)\b", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")


def key_points(sentences: tuple[Sentence, ...], count: int,
               fragments: frozenset[int] = frozenset(), leaning: frozenset[int] = frozenset()) -> tuple[Claim, ...]:
    """The `count` most central, non-redundant sentences, in article order;
    never one whose start is in `fragments` (no finite verb, or quoted
    words that do not say who speaks) unless the article has nothing else;
    nor one whose start is in `leaning` (its subject stands for one named
    before: `leaning_starts`) or whose writer speaks as "I" or to "you"
    outside quotation marks (`addresses_reader`: a column's "Last week I
    met ..." names no one when read as the article's point) while `count`
    others are left."""
    pool = [s for s in sentences if _is_statement(s.text) and s.source.start not in fragments] or list(sentences)
    if len(pool) <= count:
        return tuple(Claim(text=s.text, sources=(s.source,)) for s in pool)
    # Leaning sentences still count toward what is central; they are only never chosen.
    barred = frozenset(i for i, s in enumerate(pool) if s.source.start in leaning or addresses_reader(s.text))
    chosen = sorted(_select(pool, count, barred if len(pool) - len(barred) >= count else frozenset()),
                    key=lambda i: pool[i].source.start)
    return tuple(Claim(text=pool[i].text, sources=(pool[i].source,)) for i in chosen)


def _is_statement(text: str) -> bool:
    words = len(text.split())
    return (_MIN_WORDS <= words <= _MAX_WORDS and _ENDS_SENTENCE.search(text) is not None
            and not text.rstrip().endswith("?") and not _NOT_A_POINT.match(text))


def _select(pool: list[Sentence], count: int, barred: frozenset[int] = frozenset()) -> list[int]:
    """Indices of `count` sentences by maximal marginal relevance, none of
    the `barred`.

    Linear in the number of sentences: a sentence's summed cosine
    similarity to all others is its (normalized) row times the sum of all
    rows, and overlap is computed only against the few points chosen, so
    no n-by-n matrix is ever built (10,000 sentences would need 800 MB)."""
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(s.text for s in pool)
    except ValueError:  # nothing but stop words
        return list(range(count))
    matrix = normalize(matrix)
    n = len(pool)
    sums = numpy.asarray(matrix @ numpy.asarray(matrix.sum(axis=0)).ravel()).ravel()
    centrality = [((sums[i] - 1.0) / max(1, n - 1) + _lead_bonus(i, n)) * standalone_weight(pool[i].text)
                  for i in range(n)]
    chosen: list[int] = []
    overlap = numpy.zeros(n)
    while len(chosen) < count:
        gains = [_REDUNDANCY * centrality[i] - (1 - _REDUNDANCY) * (overlap[i] if chosen else 0.0)
                 for i in range(n)]
        taken = set(chosen) | barred
        best = max((i for i in range(n) if i not in taken), key=gains.__getitem__)
        chosen.append(best)
        overlap = numpy.maximum(overlap, (matrix @ matrix[best].T).toarray().ravel())
    return chosen


def _lead_bonus(index: int, total: int) -> float:
    """News puts the main point first: a small boost for the opening sentences."""
    return 0.05 * max(0.0, 1.0 - index / max(3, total * 0.3))


def leaning_starts(found: tuple[Sentence, ...], doc) -> frozenset[int]:
    """The starts of the sentences of `found` (split from the parse `doc`)
    whose main subject stands for one the sentence before named, as read
    from the parse: "it" that is no placeholder ("It has little chance of
    passing", not "It is unclear whether ..."), or "he", "she" or "they"
    with no name before it ("“I asked to buy it,” he said").  Read alone,
    as a key point is, neither says what it is about."""
    found_starts = []
    for sentence in found:
        span = doc.char_span(sentence.source.start, sentence.source.end, alignment_mode="expand")
        root = next((t for t in span if t.dep_ == "ROOT"), None) if span is not None else None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None \
            else None
        if subject is not None and (_referring_it(subject, root) or _someone_unnamed(subject)):
            found_starts.append(sentence.source.start)
    return frozenset(found_starts)


def _someone_unnamed(subject) -> bool:
    """Whether the subject is "he", "she" or "they" with no name before it
    in its sentence ("“I asked to buy it,” he said"; not "When Ana Ruiz
    spoke, she said ...")."""
    return subject.lower_ in ("he", "she", "they") and not any(t.pos_ == "PROPN" for t in subject.doc[
        subject.sent.start:subject.i])


def _referring_it(subject, root) -> bool:
    """Whether the subject "it" stands for a thing, not for a clause after
    it ("It is unclear whether ...", "It would be simple to say ...") nor
    the weather's "it"."""
    if subject.lower_ != "it" or root.lemma_ in ("rain", "snow", "seem", "appear", "take"):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for t in (root, *root.children)
                   if t is root or t.dep_ in ("acomp", "attr") for c in t.children)

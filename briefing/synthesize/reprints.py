"""Digests in, which articles carry another's text out.

One story printed in two editions, or a wire story run by two outlets, is
one source, not two: counting it twice would corroborate every claim it
makes.  Two articles are one text when most sentences of the shorter are
also, word for word (case and punctuation aside), sentences of the longer.

Cost: one pass over the sentences; only sentences that occur in a few
articles are paired, so time grows with the corpus, not with its square.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..models import Digest

SHARED = 0.6      # share of the shorter article's sentences the longer must hold
LEAST = 5         # sentences an article needs before it can be judged a copy
COMMON = 20       # a sentence in more articles than this is boilerplate, not a text
_WORD = re.compile(r"\w+")


def first_editions(digests: Sequence[Digest]) -> dict[str, str]:
    """Each article that repeats an earlier one's text -> the id of the
    first article (in `digests` order) carrying that text."""
    keys = [_sentence_keys(d) for d in digests]
    shared = _shared_counts(keys)
    first = list(range(len(digests)))
    for (a, b), count in sorted(shared.items()):
        shorter = min(len(keys[a]), len(keys[b]))
        if shorter >= LEAST and count >= SHARED * shorter:
            first[b] = first[a]
    return {d.article.id: digests[first[i]].article.id for i, d in enumerate(digests) if first[i] != i}


def _shared_counts(keys: list[set[str]]) -> Counter[tuple[int, int]]:
    """(index, later index) -> how many sentence keys the two sets share,
    for the pairs sharing any; a key in more than `COMMON` sets is left out."""
    holders: dict[str, list[int]] = {}
    for index, found in enumerate(keys):
        for key in found:
            holders.setdefault(key, []).append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for found in holders.values():
        if len(found) <= COMMON:
            shared.update((a, b) for i, a in enumerate(found) for b in found[i + 1:])
    return shared


def _sentence_keys(digest: Digest) -> set[str]:
    """The article's sentences of five words or more, lower case, words only."""
    keys = (sentence_key(s.text) for s in digest.sentences)
    return {key for key in keys if key.count(" ") >= 4}


def sentence_key(text: str) -> str:
    """A sentence as its words only, lower case: two copies of one sentence
    have one key whatever their quotation marks and case."""
    return " ".join(_WORD.findall(text.lower()))


PASSAGE = 3  # sentences two articles must share word for word to carry one passage of copy


def shared_copy(digests: Sequence[Digest]) -> frozenset[tuple[int, int]]:
    """The pairs of digest indices (lower first) whose articles share
    `PASSAGE` sentences or more word for word, too few to make one a
    reprint (`first_editions`): a wire report's paragraphs set into a
    story of the outlet's own.  A sentence of that copy in both is one
    report carried twice, not two sources."""
    shared = _shared_counts([_sentence_keys(d) for d in digests])
    return frozenset(pair for pair, count in shared.items() if count >= PASSAGE)


COPY_SHARE = 0.5  # share of the shorter sentence's three-word runs the other must hold to be its copy
"""Wire copy set into two stories is lightly edited in each ("the league's
anti-doping unit said" / "the league doping unit said Monday"):
half the runs of three words still stand, where two writers telling one
fact in their own words share a few."""


def one_copy(sentence: str, other: str) -> bool:
    """Whether two sentences are one sentence of copy: one holds the other
    whole (case and punctuation aside), or `COPY_SHARE` of the shorter's
    runs of three words are runs of the other's.  Asked only of articles
    that share a passage (`shared_copy`): there a sentence so alike is
    the passage's, however its editors trimmed it."""
    mine, theirs = sentence_key(sentence), sentence_key(other)
    if not mine or not theirs:
        return False
    if mine in theirs or theirs in mine:
        return True
    runs = [_runs(mine), _runs(theirs)]
    shorter, longer = sorted(runs, key=len)
    return bool(shorter) and len(shorter & longer) >= COPY_SHARE * len(shorter)


def _runs(key: str) -> set[tuple[str, ...]]:
    """The runs of three words of a sentence key."""
    words = key.split()
    return set(zip(words, words[1:], words[2:]))

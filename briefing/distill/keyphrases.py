"""An article's key phrases: a parsed doc in, topical noun phrases out.

Noun chunks, lemmatized and lower-cased, without determiners, numbers,
pronouns, or the names of people, places, nationalities and dates (those
have their own tables; themes should say what the articles are about).
Scored by frequency, multi-word phrases a little higher.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..language import nlp
from ..language.names import is_role_word

# Entity types that are not topics.
_NOT_TOPICS = frozenset("PERSON GPE NORP DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY LOC FAC".split())
# Nouns too general to be a topic on their own.
GENERIC = frozenset("""
country countries relation relations year years time times way ways part side sides area areas issue issues
thing things people world term terms fact level levels number lot kind sort day days week weeks month months
other others one ones case cases point points place places view views end start rest order use need needs
news story stories report reports article articles statement statements comment comments photo photos
video videos image images picture pictures interview interviews headline headlines update updates post posts
""".split())
"""Also the words of news-making itself: a story is not about "news" or "photos"."""


def key_phrases(doc, limit: int = 20) -> tuple[str, ...]:
    """Up to `limit` topical phrases, the most salient first."""
    counts: Counter[str] = Counter()
    words = _Words(doc)
    for chunk in doc.noun_chunks:
        phrase = _phrase(chunk, words)
        if phrase:
            counts[phrase] += 1
    scored = {p: n * (1.0 + 0.5 * (len(p.split()) - 1)) for p, n in counts.items()}
    return tuple(sorted(scored, key=lambda p: (-scored[p], p))[:limit])


class _Words:
    """What `_phrase` reads of each token, as the Doc's columns (`nlp.column`):
    a chunk's words are looked up by index, no `Token` made per word."""

    def __init__(self, doc):
        self.text, self.lower = nlp.column(doc, "ORTH"), nlp.column(doc, "LOWER")
        self.pos, self.entity = nlp.column(doc, "POS"), nlp.column(doc, "ENT_TYPE")
        stop, punct, number = nlp.column(doc, "IS_STOP"), nlp.column(doc, "IS_PUNCT"), nlp.column(doc, "LIKE_NUM")
        stops = _stop_words()
        self.topical = [not (stop[i] or self.lower[i] in stops or punct[i] or number[i]
                             or self.pos[i] in ("PRON", "DET", "SYM") or self.entity[i] in _NOT_TOPICS
                             or len(self.text[i]) < 2 or not self.text[i][:1].isalnum())
                        for i in range(len(self.text))]


def _phrase(chunk, words: _Words) -> str | None:
    kept = [i for i in range(chunk.start, chunk.end) if words.topical[i]]
    if not kept or len(kept) > 4 or is_role_word(chunk.root.text) or is_role_word(words.text[kept[-1]]):
        return None
    if words.pos[kept[-1]] not in ("NOUN", "PROPN"):  # "economic and more": no thing named
        return None
    if len(kept) == 1 and (words.pos[kept[0]] == "PROPN" or words.lower[kept[0]] in GENERIC):
        return None
    return " ".join([words.lower[i] for i in kept[:-1]] + [_singular(chunk.doc[kept[-1]])])


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English stop words in lower case ("More" opening a title is one too);
    imported here, not at load, so commands that parse nothing skip spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return STOP_WORDS


def _singular(token) -> str:
    """"outlets" -> "outlet", but "media" stays (its lemma "medium" reads wrong)."""
    lemma = token.lemma_.lower()
    return lemma if token.tag_ == "NNS" and token.lower_.startswith(lemma[:-1]) and token.lower_.endswith("s") \
        else token.lower_

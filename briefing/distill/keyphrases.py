"""An article's key phrases: a parsed doc in, topical noun phrases out.

Noun chunks, lemmatized and lower-cased, without determiners, numbers,
pronouns, or the names of people, places, nationalities and dates (those
have their own tables; themes should say what the articles are about).
Scored by frequency, multi-word phrases a little higher.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

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
_GRADING = frozenset({"JJR", "JJS", "RBR", "RBS"})
"""Comparative and superlative tags: "the largest meatpacker" is about
meatpackers; "largest" grades it and is no theme of its own."""


def key_phrases(doc, limit: int = 20) -> tuple[str, ...]:
    """Up to `limit` topical phrases, the most salient first."""
    counts: Counter[str] = Counter()
    for chunk in doc.noun_chunks:
        if _cited(chunk.root):
            continue
        phrase = _phrase(chunk)
        if phrase:
            counts[phrase] += 1
    scored = {p: n * (1.0 + 0.5 * (len(p.split()) - 1)) for p, n in counts.items()}
    return tuple(sorted(scored, key=lambda p: (-scored[p], p))[:limit])


def _phrase(chunk) -> str | None:
    tokens = [t for t in chunk
              if not (t.is_stop or t.lower_ in _stop_words() or t.is_punct or t.like_num or t.pos_ in ("PRON", "DET", "SYM")
                      or t.ent_type_ in _NOT_TOPICS or len(t.text) < 2 or not t.text[:1].isalnum()
                      or t.tag_ in _GRADING or _counted(t) or _after_letter(t))]
    if not tokens or len(tokens) > 4 or is_role_word(chunk.root.text) or is_role_word(tokens[-1].text):
        return None
    if tokens[-1].pos_ not in ("NOUN", "PROPN"):  # "economic and more": no thing named
        return None
    if len(tokens) == 1 and (tokens[0].pos_ == "PROPN" or tokens[0].lower_ in GENERIC):
        return None
    return " ".join([t.lower_ for t in tokens[:-1]] + [_singular(tokens[-1])])


def _cited(root) -> bool:
    """Whether a noun phrase names who a report is credited to: "according to
    the San Diego Union-Tribune", "told the Washington Times".  The outlet
    is where the story comes from, not what it is about."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return root.dep_ in ("dative", "dobj") and root.ent_type_ == "ORG" and head.lemma_ == "tell"


def _counted(token) -> bool:
    """Whether `token` is the unit of a number hyphenated to it ("page" of
    "a 48-page indictment", "year" of "a two-year inquiry"): with the number
    left out it would make a theme of "page indictment"."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].like_num


def _after_letter(token) -> bool:
    """Whether `token` follows a single letter hyphenated to it ("mails" of
    "e-mails", "book" of "e-book"): without the letter, which is too short
    to keep, it would make a theme of "mails"."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and len(doc[i - 2].text) < 2


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

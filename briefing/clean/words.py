"""Mending words run together where markup was stripped.

A paragraph in, the mended paragraph and what was mended out.  Three repairs:
a missing space after a sentence's full stop or a comma ("Taliban.This",
"Pakistan,he"), a lower-case word glued to a capitalized one ("metPrime"),
and words glued in lower case ("Afterconducting", "releasedseveralcopies"),
split with the `wordsegment` dictionary.  A token is touched only when it is not itself a
dictionary word and splits cleanly into common words; names, acronyms,
URLs, e-mail addresses, handles and hashtags are never touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

COMMON = 30_000            # parts of a split must be among the commonest words
_SHORT_WORDS = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we".split())
_FUNCTION_CAPS = frozenset("The A An In On At Of For To And But By With From As".split())
# Closed-class words: a glued token is split only if one of its two parts is
# one of these ("strategicand", "Russiais"), which is what stripped markup
# leaves; brands and names ("Dreamforce", "Jinping") split into content words.
FUNCTION_WORDS = frozenset("""a an the and or but nor of in on at to for with from by as is was are were be been
has have had his her its their our your my he she it they we who which that this these those after before
during into onto over under about than then when while not no""".split())
"""English closed-class words: a fifth to a half of the words of any English
prose, next to none of any other language's or of noise."""
ENGLISH_SHARE = 0.8
# After a capitalized content word only these can follow ("Russiais"), so
# names ending like a preposition ("Juston", "Clinton") are left alone.
_AFTER_NAME = frozenset("is was has had and or of will would said says".split())
_PARTICLES = frozenset("de da di du van von la le del der den al el bin ibn mac mc".split())
_TOKEN = re.compile(r"\S+")
_SKIP = re.compile(r"[/@#\\=_]|www\.|https?:|\.(com|org|net|gov|edu|io)\b", re.IGNORECASE)
_STOP_GLUE = re.compile(r"(?<=[a-z]{2})([.!?:])(?=[A-Z][a-z])|(?<=\d{4})(\.)(?=[A-Z][a-z])")
_COMMA_GLUE = re.compile(r"(?<=[a-z]{2})([,;])(?=[A-Za-z]{2})")
_CAMEL = re.compile(r"^([A-Z]?[a-z]{2,})([A-Z][a-z]+|[A-Z]{2,5})$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_GLUED = re.compile(r"^[A-Za-z]{5,40}$")
_POSSESSIVE = re.compile(r"^([A-Za-z]+[’']s)([a-z]{3,})$")
_EDGES = re.compile(r"^([\"“‘'(\[]*)(.*?)([\"”’')\].,;:!?]*)$")


def mend(paragraph: str) -> tuple[str, list[tuple[str, str]]]:
    """`paragraph` with run-together words split, and (before, after) pairs."""
    changes: list[tuple[str, str]] = []

    def token(match: re.Match) -> str:
        original = match.group(0)
        fixed = _mend_token(original)
        if fixed != original:
            changes.append((original, fixed))
        return fixed

    return _TOKEN.sub(token, paragraph), changes


@lru_cache(maxsize=100_000)   # tokens repeat: each distinct one is examined once
def _mend_token(token: str) -> str:
    if (token.isalpha() and _is_word(token.lower())) or _SKIP.search(token):
        return token
    token = _COMMA_GLUE.sub(r"\1 ", _STOP_GLUE.sub(lambda m: (m.group(1) or m.group(2)) + " ", token))
    return " ".join(_mend_word(part) for part in token.split(" "))


def _mend_word(token: str) -> str:
    lead, core, trail = _EDGES.match(token).groups()
    for repair in (_possessive, _camel, _glued):
        fixed = repair(core)
        if fixed:
            return lead + fixed + trail
    return token


def _possessive(core: str) -> str | None:
    """"Russia’saspiration" -> "Russia’s aspiration"."""
    match = _POSSESSIVE.match(core)
    return f"{match.group(1)} {match.group(2)}" if match and _common(match.group(2)) else None


def _camel(core: str) -> str | None:
    """"metPrime" -> "met Prime"; "YouTube", "McCain", "iPhone" stay."""
    match = _CAMEL.match(core)
    if not match or _is_word(core.lower()):
        return None
    head, tail = match.groups()
    if tail.isupper() and head.lower() not in FUNCTION_WORDS:
        return None
    if head[0].isupper() and head not in _FUNCTION_CAPS:
        return None
    if head.lower() in _PARTICLES or not (_common(head.lower()) or head.lower() in _SHORT_WORDS):
        return None
    return f"{head} {tail}"


def _glued(core: str) -> str | None:
    """"Afterconducting" -> "After conducting", "Russiais" -> "Russia is"."""
    split = _glued_parts(core)
    if split and core[0].isupper() and split[0].lower() not in FUNCTION_WORDS and split[1] not in _AFTER_NAME:
        return None
    return " ".join(split) if split else None


def _glued_parts(core: str) -> list[str] | None:
    """The two parts of a glued token when both are common words of the
    right shape (so "Kugelman" never becomes "Kugel man"), else None."""
    if not _GLUED.match(core) or core.isupper() or any(c.isupper() for c in core[1:]):
        return None
    if _is_word(core.lower()):
        return None
    parts = _segment(core.lower())
    if _three_or_more(core, parts):
        return _cut_into(core, parts)
    if len(parts) != 2 or not all(_acceptable(part) for part in parts) or not _two_words(*parts):
        return None
    return [core[:len(parts[0])], core[len(parts[0]):]]


LONG_GLUE = 12  # letters a lower-case token needs before it is split into three words or more


def _three_or_more(core: str, parts: list[str]) -> bool:
    """Whether `core`, lower case and long, splits into three common words
    of three letters or more ("releasedseveralcopies" -> "released several
    copies"): no English word nor name reads so, where two content words
    may make one ("cryptocurrency", "geolocated")."""
    return core.islower() and len(core) >= LONG_GLUE and len(parts) >= 3 \
        and all(len(part) >= 3 and _common(part) for part in parts)


def _cut_into(core: str, parts: list[str]) -> list[str]:
    """`core` cut where its lower-case `parts` meet, in its own letters."""
    cuts, start = [], 0
    for part in parts:
        cuts.append(core[start:start + len(part)])
        start += len(part)
    return cuts


def _two_words(first: str, second: str) -> bool:
    """A content word then a function word ("Russia|is", "provide|a"), or a
    function word of three letters or more then a content word ("After|
    conducting"); names such as "Yinon" or "Abath" give neither shape."""
    if second in FUNCTION_WORDS and len(first) >= 4 and first not in FUNCTION_WORDS:
        return True
    return first in FUNCTION_WORDS and len(first) >= 3 and len(second) >= 4


def _acceptable(part: str) -> bool:
    return part in _SHORT_WORDS or (len(part) >= 3 and _common(part))


def is_english(text: str) -> bool:
    """Whether `text` reads as English (most lower-case words are common
    English words); the dictionary says nothing about other languages."""
    sample = _LOWER_WORD.findall(text[:20_000])
    return bool(sample) and sum(1 for w in sample if _common(w)) >= ENGLISH_SHARE * len(sample)


def prepare() -> None:
    """Load the dictionary now rather than on the first word looked up."""
    _dictionary()


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], dict[str, int]]:
    """(every word wordsegment knows, rank of the commonest ones)."""
    import wordsegment

    if not wordsegment.UNIGRAMS:
        wordsegment.load()
    ranked = sorted(wordsegment.UNIGRAMS, key=wordsegment.UNIGRAMS.get, reverse=True)
    return frozenset(wordsegment.UNIGRAMS), {word: rank for rank, word in enumerate(ranked[:COMMON])}


def _is_word(word: str) -> bool:
    return word in _dictionary()[0]


def rank(word: str) -> int:
    """`word`'s rank among the commonest words (0: the commonest), or
    `COMMON` when it is not among them."""
    return _dictionary()[1].get(word, COMMON)


def _common(word: str) -> bool:
    return word in _dictionary()[1]


def _segment(word: str) -> list[str]:
    import wordsegment

    _dictionary()
    return wordsegment.segment(word)

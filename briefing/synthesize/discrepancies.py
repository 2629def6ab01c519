"""Digests and merged people in, what does not add up between sources out.

Only like is compared with like, and precision comes first: a false
"discrepancy" is an error the reader remembers, a missed one is not.

- `quantity`: two articles give different values, in one unit, for the same
  measured thing ("$2 billion" and "$10 billion" for the cost of one
  pipeline).  The same thing means the same words for what is measured
  (qualifiers included: "cost of the gas pipeline" is not "cost of the
  North-South pipeline"), no differing places or years named in the two
  sentences, neither value a bound ("more than 10"), and articles written
  within `SAME_TIME_DAYS` of each other when both are dated.
- `role`: one person given roles that cannot both be true at once: the
  same office held by different countries or places ("Russian foreign
  minister" / "Pakistani foreign minister"), or the current and the former
  holder of one office in articles of the same date.  A general and a
  specific description ("Senator" / "lone Black GOP senator") or two roles
  held together ("Representative" / "House Minority Leader") never clash.

The same figure under two names for one thing ("$3.5 trillion" for "the
plan" and for "the bill") is no conflict and is not flagged.  Output order
depends only on the input order (no set or hash order), so every run, under
any PYTHONHASHSEED, flags the same discrepancies in the same order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations
from typing import Sequence

from ..distill import numbers
from ..distill.events import parse_day
from ..language.names import FORMER
from ..models import Article, Claim, Digest, Discrepancy, Figure, Person, Role
from .timeline import content_words

DIFFERENT = 1.2       # values further apart than this ratio disagree
APPROXIMATE = 1.5     # ... when either is approximate ("about 40", "nearly 50")
BUCKET_LIMIT = 30     # figures compared per bucket at most
SAME_TIME_DAYS = 31   # dated articles further apart may report a figure that changed
_VAGUE_MEASURE = frozenset("this that project figure amount total value number share shares".split())
_BOUND = re.compile(r"\b(more|less|fewer|greater|higher|lower)\s+than\b|\b(over|under|above|below|up\s+to|at\s+least"
                    r"|at\s+most|as\s+many\s+as|as\s+much\s+as|upwards\s+of)\s*$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "gen": "general", "ceo": "chief executive",
                  "mp": "member parliament", "dy": "deputy"}


def find_discrepancies(digests: Sequence[Digest], people: Sequence[Person]) -> tuple[Discrepancy, ...]:
    """Every discrepancy found: quantities, then roles."""
    figures = [(d.article, f) for d in digests for f in d.figures if f.value is not None]
    dates = {d.article.id: parse_day(d.article.published) for d in digests}
    return tuple(quantities(figures)) + tuple(roles(people, dates))


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------


def quantities(figures: Sequence[tuple[Article, Figure]]) -> list[Discrepancy]:
    """The same measured thing, same unit, different values, different
    articles of the same time, no differing place or year named."""
    buckets: dict[tuple[str, tuple[str, ...]], list[tuple[Article, Figure]]] = defaultdict(list)
    for article, figure in figures:
        key = measure_key(figure)
        if key and not _is_bound(figure):
            buckets[(figure.unit or "", key)].append((article, figure))
    found = []
    for members in buckets.values():
        pair = _first_conflict(members[:BUCKET_LIMIT])
        if pair is not None:
            found.append(_quantity(*pair))
    return found


def measure_key(figure: Figure) -> tuple[str, ...]:
    """What a figure measures as sorted word stems, qualifiers included
    (empty when it does not say, or says only "the amount")."""
    return _measure_words(figure.measures) if figure.measures else ()


@lru_cache(maxsize=65536)
def _measure_words(measures: str) -> tuple[str, ...]:
    """`measure_key` of the measure `measures`, kept: a brief compares each
    figure with every other of about its value."""
    return tuple(sorted({_stem(w) for w in content_words(measures) if w not in _VAGUE_MEASURE and not w.isdigit()}))


def same_figure(one: Figure, other: Figure) -> bool:
    """Whether `other` gives the figure `one` gives: the same unit, the very
    value (or within `numbers.margin` of it when either is approximate:
    "about $2 billion"), and a measure sharing a word ("cost of the bridge",
    "cost of the project"); two shares of one whole are one only if their
    parts share a word too (`share_part`).  "$70 billion" is not "$72
    billion", nor a figure with no value or no measure any other."""
    if not (one.value and other.value and one.unit == other.unit):
        return False
    if other.value != one.value and not ((one.approximate or other.approximate)
                                         and numbers.same_value(one.value, other.value, one.unit)):
        return False
    if not set(measure_key(one)) & set(measure_key(other)):
        return False
    mine, theirs = share_part(one), share_part(other)
    return not mine or not theirs or bool(mine & theirs)


_AS_A_SHARE = " as a share of "


def share_part(figure: Figure) -> set[str]:
    """The word stems of the part a share measures ("nematodes" of
    "nematodes as a share of animal biomass"), or an empty set when the
    figure is no part of a whole.  Two shares of one whole ("biomass")
    are two findings unless their parts share a word too: the 1% the
    nematodes are backs no 1% the ocean's life is."""
    measures = figure.measures or ""
    if _AS_A_SHARE not in measures:
        return set()
    return set(_measure_words(measures.split(_AS_A_SHARE)[0]))


def _first_conflict(members: list[tuple[Article, Figure]]) -> tuple[Figure, Figure] | None:
    """The first pair of figures (in input order) that conflict: neither
    article gives, anywhere in the bucket, a value agreeing with the other's."""
    for (a, fa), (b, fb) in combinations(members, 2):
        if a.id == b.id or not _disagree(fa.value, fb.value, _ratio(fa, fb)):
            continue
        if _agrees_anywhere(members, a.id, fb) or _agrees_anywhere(members, b.id, fa):
            continue
        if _same_context(a, fa, b, fb):
            return fa, fb
    return None


def _agrees_anywhere(members: list[tuple[Article, Figure]], article: str, other: Figure) -> bool:
    return any(art.id == article and not _disagree(f.value, other.value, _ratio(f, other)) for art, f in members)


def _ratio(first: Figure, second: Figure) -> float:
    return APPROXIMATE if first.approximate or second.approximate else DIFFERENT


def _same_context(a: Article, fa: Figure, b: Article, fb: Figure) -> bool:
    """True when nothing says the two figures are of different times or places."""
    first, second = parse_day(a.published), parse_day(b.published)
    if first and second and abs((first - second).days) > SAME_TIME_DAYS:
        return False
    years_a, years_b = set(_YEAR.findall(fa.sentence)), set(_YEAR.findall(fb.sentence))
    if years_a != years_b and (years_a or years_b):
        return False
    names_a, names_b = _names(fa.sentence), _names(fb.sentence)
    # A place or body named in only one sentence may be what sets the figure apart.
    return not (names_a ^ names_b)


def _names(sentence: str) -> frozenset[str]:
    """Stems of the capitalized words inside a sentence (not its first word)."""
    words = re.findall(r"(?<=[\s(“\"'])[A-Z][A-Za-z]+", sentence)
    return frozenset(w[:4].lower() for w in words)


def _is_bound(figure: Figure) -> bool:
    """True for "more than 10", "up to 5%": a bound, compatible with many values."""
    sentence = figure.sentence
    at = sentence.find(figure.text)
    before = sentence[max(0, at - 25):at] if at >= 0 else ""
    return bool(_BOUND.search(before) or re.match(r"\W*(over|under|up to|more than|less than)\b", figure.text, re.I))


def _disagree(first: float, second: float, ratio: float = DIFFERENT) -> bool:
    low, high = sorted((abs(first), abs(second)))
    return low == 0 and high != 0 or low > 0 and high / low > ratio


def _quantity(first: Figure, second: Figure) -> Discrepancy:
    return Discrepancy(kind="quantity", items=(_figure_claim(first), _figure_claim(second)),
                       description=f"Different figures for the {first.measures}: {first.text} in one source "
                                   f"against {second.text} in another.")


def _figure_claim(figure: Figure) -> Claim:
    return Claim(text=figure.sentence, sources=figure.sources)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# --------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------


def roles(people: Sequence[Person], dates: dict[str, dt.date | None] | None = None) -> list[Discrepancy]:
    """People given roles that cannot both be true at once."""
    found = []
    for person in people:
        clash = _clashing_roles(person.roles, dates or {})
        if clash:
            first, second = clash
            found.append(Discrepancy(
                kind="role", items=tuple(Claim(text=r.text, sources=(r.source,)) for r in clash),
                description=f"{person.name} is described as “{first.text}” in one source and as "
                            f"“{second.text}” in another; both cannot be true at once."))
    return found


def _clashing_roles(found: Sequence[Role], dates: dict[str, dt.date | None]) -> tuple[Role, Role] | None:
    distinct = list({role.text.casefold(): role for role in found}.values())[:BUCKET_LIMIT]
    for first, second in combinations(distinct, 2):
        if first.article != second.article and _exclusive(first, second, dates):
            return first, second
    return None


def _exclusive(first: Role, second: Role, dates: dict[str, dt.date | None]) -> bool:
    """True when the two roles name one office and differ in holder's place,
    or in being current and former at one date."""
    office_a, office_b = _office(first.text), _office(second.text)
    if not office_a or office_a != office_b:
        return False
    places_a, places_b = _places(first.text), _places(second.text)
    if places_a and places_b and not _overlap(places_a, places_b):
        return True
    former_a, former_b = bool(FORMER.search(first.text)), bool(FORMER.search(second.text))
    if former_a == former_b:
        return False
    day_a, day_b = dates.get(first.article), dates.get(second.article)
    # A role that is "former" in a later article has simply changed.
    return day_a is not None and day_a == day_b


def _office(text: str) -> tuple[str, ...]:
    """The lower-case words of a role, without former/then and capitalized
    qualifiers: "Russia's former Foreign Minister" -> ("foreign", "minister")."""
    text = FORMER.sub(" ", text)
    words = []
    for word in re.findall(r"[A-Za-z]+(?:['’]s)?", text):
        bare = word.removesuffix("'s").removesuffix("’s")
        lower = _ABBREVIATIONS.get(bare.lower(), bare.lower())
        if word[0].isupper() and _is_place_word(word):
            continue
        words += [w for w in lower.split() if len(w) > 2 and w not in ("the", "and", "for", "his", "her")]
    return tuple(sorted(set(words)))


_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i)$")


def _is_place_word(word: str) -> bool:
    """A capitalized qualifier naming a country or people: a possessive
    ("Norland's") or a demonym ("Russian", "Chinese", "Pakistani"); title
    and body words ("Foreign", "Senate", "Minority") are part of the office."""
    bare = word.removesuffix("'s").removesuffix("’s")
    if bare.isupper() or len(bare) <= 3:
        return False
    return word != bare or bool(_DEMONYM.search(bare))


def _places(text: str) -> tuple[str, ...]:
    """Four-letter stems of a role's place qualifiers, in order."""
    words = re.findall(r"\b[A-Z][a-z]+(?:['’]s)?", text)
    return tuple(dict.fromkeys(w.removesuffix("'s").removesuffix("’s")[:4].lower() for w in words
                               if _is_place_word(w)))


def _overlap(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    return any(a == b for a in first for b in second)

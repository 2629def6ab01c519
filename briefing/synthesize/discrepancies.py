"""Digests and merged people in, what does not add up between sources out.

Three checks, each flagging rather than choosing:

- `quantity`: the same thing measured with the same unit but different
  values in different articles ("$2 billion" and "$10 billion" for the cost
  of a pipeline);
- `attribution`: one value and unit given for different things;
- `role`: one person given roles in different articles that share no word,
  or name different countries ("Russian analyst" / "American analyst").

Figures are bucketed by unit and measured-thing words before any pair is
compared, so the cost stays near linear in the number of figures.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Sequence

from ..models import Claim, Digest, Discrepancy, Figure, Person, Role
from .timeline import content_words

DIFFERENT = 1.2      # values further apart than this ratio disagree
BUCKET_LIMIT = 30    # figures compared per bucket at most
_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "gen": "general", "ceo": "chief executive",
                  "mp": "member parliament", "dy": "deputy"}
_VAGUE_MEASURE = frozenset("this that project figure amount total value number share shares cost".split())


def find_discrepancies(digests: Sequence[Digest], people: Sequence[Person]) -> tuple[Discrepancy, ...]:
    """Every discrepancy found: quantities, attributions, then roles."""
    figures = [(d.article.id, f) for d in digests for f in d.figures if f.value is not None]
    return tuple(quantities(figures)) + tuple(attributions(figures)) + tuple(roles(people))


def quantities(figures: list[tuple[str, Figure]]) -> list[Discrepancy]:
    """The same measured thing, same unit, different values, different articles."""
    buckets: dict[tuple[str, str], list[tuple[str, Figure]]] = defaultdict(list)
    for article, figure in figures:
        for word in _measure_words(figure):
            buckets[(figure.unit or "", word)].append((article, figure))
    found, seen = [], set()
    for (_unit, word), members in buckets.items():
        for (a, fa), (b, fb) in combinations(members[:BUCKET_LIMIT], 2):
            key = frozenset((id(fa), id(fb)))
            if a != b and key not in seen and _disagree(fa.value, fb.value):
                seen.add(key)
                found.append(_quantity(word, fa, fb))
    return found


def attributions(figures: list[tuple[str, Figure]]) -> list[Discrepancy]:
    """One value and unit, said in different articles to measure unrelated things."""
    by_value: dict[tuple[float, str], list[tuple[str, Figure]]] = defaultdict(list)
    for article, figure in figures:
        if figure.measures:
            by_value[(figure.value, figure.unit or "")].append((article, figure))
    found = []
    for members in by_value.values():
        for (a, fa), (b, fb) in combinations(members[:BUCKET_LIMIT], 2):
            words_a, words_b = _measure_words(fa), _measure_words(fb)
            if a != b and words_a and words_b and not words_a & words_b:
                found.append(Discrepancy(
                    kind="attribution", items=(_figure_claim(fa), _figure_claim(fb)),
                    description=f"{fa.text} is given as the {fa.measures} in one source "
                                f"and as the {fb.measures} in another."))
    return found


def roles(people: Sequence[Person]) -> list[Discrepancy]:
    """People whose roles in different articles cannot both be right (or have changed)."""
    found = []
    for person in people:
        clash = _clashing_roles(person.roles)
        if clash:
            first, second = clash
            found.append(Discrepancy(
                kind="role", items=tuple(Claim(text=r.text, sources=(r.source,)) for r in clash),
                description=f"{person.name} is described as “{first.text}” in one source and as "
                            f"“{second.text}” in another (the role may also have changed over time)."))
    return found


def _clashing_roles(found: Sequence[Role]) -> tuple[Role, Role] | None:
    distinct = list({role.text.casefold(): role for role in found}.values())[:BUCKET_LIMIT]
    for first, second in combinations(distinct, 2):
        if first.article != second.article and not _compatible(first.text, second.text):
            return first, second
    return None


def _compatible(first: str, second: str) -> bool:
    """True when two role phrases could describe the same position."""
    a, b = _role_words(first), _role_words(second)
    places_a, places_b = _places(first), _places(second)
    if places_a and places_b and not (places_a & places_b):
        return False
    return bool(a & b) or not a or not b


def _role_words(text: str) -> frozenset[str]:
    words = [_ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z]+", text.lower().replace("then-", ""))]
    # Five-letter stems: "chair" and "chairman" are one role.
    return frozenset(w[:5] for phrase in words for w in phrase.split() if len(w) > 2 and w not in ("the", "and"))


def _places(text: str) -> frozenset[str]:
    """Stems of the capitalized qualifiers of a role ("Russian", "America's")."""
    titles = {"President", "Prime", "Minister", "Foreign", "Deputy", "General", "Chief", "Director", "Secretary",
              "Army", "Staff", "Program", "Federation", "Republic", "Ambassador", "Envoy", "Head"}
    return frozenset(w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]+", text) if w not in titles)


def _measure_words(figure: Figure) -> frozenset[str]:
    """Content words of what the figure measures (or of its sentence)."""
    words = content_words(figure.measures) if figure.measures else frozenset()
    return frozenset(w for w in words if w not in _VAGUE_MEASURE and not w.isdigit())


def _disagree(first: float, second: float) -> bool:
    low, high = sorted((abs(first), abs(second)))
    return low == 0 and high != 0 or low > 0 and high / low > DIFFERENT


def _quantity(word: str, first: Figure, second: Figure) -> Discrepancy:
    return Discrepancy(kind="quantity", items=(_figure_claim(first), _figure_claim(second)),
                       description=f"Different figures for the {word}: {first.text} ({first.measures}) "
                                   f"against {second.text} ({second.measures}).")


def _figure_claim(figure: Figure) -> Claim:
    return Claim(text=figure.sentence, sources=figure.sources)

"""A text's paragraphs in; whether it cites a numbered reference list, and
each paragraph without those reference markers, out.

A scientific paper or an encyclopedia page points to its references by
number: "... focused on rivers (3–5).", "... as first shown (12)",
"... a wetter decade.[7]".  The numbers are no words of the sentence; left
in, they reach the brief's summary and themes as clutter, and they read as
figures.  A bracketed number is also many other things (a cricketer's runs,
a list item, a count), so markers go only from a text whose markers number
its references the way such a list does: it cites 1, 2, 3 and 4, in that
order, among the first numbers it cites (a paper's summary may cite later
ones first).  A pointer to a figure or table ("( Fig 3 )") goes from any
text.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

_NUMBERS = r"\d{1,3}(?:(?:⇓*\s?[–-]\s?|⇓+|\s?,\s?)\d{1,3})*"
_ROUND = re.compile(r"(?<=[\w.%\]]) \((" + _NUMBERS + r")\)(?=[\s.,;:)\]]|$)")
"""A marker in round brackets after a word ("rivers (3–5).", "Smith et al.
(6) found", "(18⇓⇓–22)": a journal's elided range)."""
_SQUARE = re.compile(r"(?<=[\w.,;:)\"”’]) ?\[ ?(" + _NUMBERS + r") ?\]")
"""A marker in square brackets set after a word or a stop ("decade.[7]",
"rivers[3, 4]"), or spaced out as some journals' pages copy ("of the
disease [ 2 , 3 ]")."""
_POINTER = re.compile(r" ?\( ?(?:see )?(?:Fig(?:ure)?s?\.?|Tables?) ?\d{1,2}[A-Za-z]?"
                      r"(?:(?: ?[,–-] ?| and )\d{0,2}[A-Za-z]?)* ?\)")
"""A pointer to one of a paper's figures or tables ("( Fig 3 )", "(see
Figure 2A)", "(Tables 1 and 2)"): the brief shows no figure of the paper."""
_RANGE = re.compile(r"(\d{1,3})⇓*\s?[–-]\s?(\d{1,3})")

FIRST_CITED = (1, 2, 3, 4)
"""The numbers a reference list's markers first cite, in order."""
LEAD_CITED = 12
"""Distinct numbers a text may cite before it cites 1 to 4: a paper's
summary, set before its introduction, cites later references first."""


def cites_by_number(paragraphs: Sequence[str]) -> re.Pattern | None:
    """The marker pattern (`_ROUND` or `_SQUARE`) whose markers in
    `paragraphs` first cite 1, 2, 3 and 4 in that order, as markers of a
    numbered reference list do, among the first `LEAD_CITED` numbers they
    cite; None when neither does ("Lee (45) and Ray (12) batted on" cites
    nothing)."""
    for pattern in (_ROUND, _SQUARE):
        cited = _first_cited(pattern.findall(text) for text in paragraphs)
        if tuple(number for number in cited if number in FIRST_CITED) == FIRST_CITED:
            return pattern
    return None


def uncite(paragraph: str, pattern: re.Pattern) -> tuple[str, list[str]]:
    """`paragraph` without the markers `pattern` finds, and the markers."""
    found = [match.group(0).strip() for match in pattern.finditer(paragraph)]
    return (pattern.sub("", paragraph), found) if found else (paragraph, [])


def unpoint(paragraph: str) -> tuple[str, list[str]]:
    """`paragraph` without its pointers to a paper's figures and tables
    (`_POINTER`), and the pointers; any text may have them, cited by
    number or not."""
    return uncite(paragraph, _POINTER)


def _first_cited(markers: Iterable[list[str]]) -> tuple[int, ...]:
    """The first distinct numbers (`LEAD_CITED` at most) the markers cite,
    in the order they are first cited; a range ("3–5") cites every number
    in it."""
    seen: list[int] = []
    for paragraph in markers:
        for marker in paragraph:
            for number in _cited(marker):
                if number not in seen:
                    seen.append(number)
                if len(seen) == LEAD_CITED:
                    return tuple(seen)
    return tuple(seen)


def _cited(marker: str) -> list[int]:
    """The numbers one marker cites: "7, 8" -> 7, 8; "3⇓–5" -> 3, 4, 5."""
    numbers: list[int] = []
    for part in marker.split(","):
        span = _RANGE.fullmatch(part.strip())
        if span and int(span.group(1)) < int(span.group(2)) <= int(span.group(1)) + 50:
            numbers.extend(range(int(span.group(1)), int(span.group(2)) + 1))
        elif part.strip().isdigit():
            numbers.append(int(part.strip()))
    return numbers

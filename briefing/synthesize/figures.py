"""The articles' figures in, the brief's figures out: one row per figure,
however many articles give it.

Each article's digest keeps its own figures as written; the brief lists
an amount two articles give for one thing ("$2 billion", the cost of the
dam; "around 2 billion USD", the cost of the project) once, citing both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..models import Figure
from .discrepancies import measure_key, same_figure


def told_once(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """`figures` with each that gives again what an earlier one gives
    (`restates`) folded into it: one figure whose sources are both's, in
    the words of the one whose measure says more (its sentence with it),
    at the place of the first.  Order otherwise kept."""
    rows: list[list[Figure]] = []
    for figure in figures:
        row = next((row for row in rows if restates(row[0], figure)), None)
        if row is None:
            rows.append([figure])
        else:
            row.append(figure)
    return tuple(_one_row(row) for row in rows)


def restates(one: Figure, other: Figure) -> bool:
    """Whether `other` gives the figure `one` gives (`same_figure`: the
    same unit and value, a measure sharing a word) and the words of one
    measure hold all those of the other ("cost of project" within "cost
    of the North dam"): two measures that each name something the other
    does not ("Gov. Lind's support", "Gov. Berg's support") are two
    figures, though they share words."""
    if _same_words(one, other):
        return True
    if not (one.measures and other.measures and same_figure(one, other)):
        return False
    mine, theirs = set(measure_key(one)), set(measure_key(other))
    return mine <= theirs or theirs <= mine


def _same_words(one: Figure, other: Figure) -> bool:
    """Whether two figures from different articles are one amount in one
    sentence word for word (a wire story two outlets print alike): the
    same figure told twice, whatever each measure says or leaves unsaid.
    (Within one article the same words are two amounts of one sentence:
    "100 percent security and 100 percent privacy".)"""
    return one.text == other.text and one.value == other.value and one.unit == other.unit \
        and " ".join(one.sentence.split()) == " ".join(other.sentence.split()) \
        and {s.article for s in one.sources}.isdisjoint(s.article for s in other.sources)


def _one_row(row: list[Figure]) -> Figure:
    """The figures of `row` as one: the first whose measure has the most
    words, with the sources of the rest after its own."""
    if len(row) == 1:
        return row[0]
    face = max(row, key=lambda f: len(measure_key(f)))  # max keeps the first of equals
    rest = tuple(s for f in row if f is not face for s in f.sources)
    return replace(face, sources=face.sources + rest)

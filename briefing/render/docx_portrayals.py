"""The DOCX's portrayal section: `Brief.portrayals` in, a source x actor
table in the brief and the sentence behind each leaning cell in an annex,
as the HTML's `_portrayals.html` and `_portrayal_evidence.html` draw them."""

from __future__ import annotations

import re
from itertools import groupby

from ..models import Brief
from .docx_fields import safe
from .docx_tables import TEXT_WIDTH_CM

ROWS, EVIDENCE = 20, 40
MARKS = {"positive": "+ positive", "negative": "− negative", "neutral": "· neutral"}
HEADING = "How sources portray the main actors"


def write_portrayals(w, brief: Brief | None) -> None:
    """Add the section to the writer `w` (nothing when there are no portrayals)."""
    if brief is None or not brief.portrayals:
        return
    numbers = {a.id: n for n, a in enumerate(brief.articles, 1)}
    actors = list(dict.fromkeys(p.actor for p in brief.portrayals))
    w.heading(HEADING, 1)
    w.para("How each article treats each actor it names, read sentence by sentence by the target-sentiment "
           "model: + leans positive, − leans negative, · neutral, blank where the article does not name the actor "
           "or names them only in passing (as a place, a label or the one speaking).")
    grid = w.table(["Source", *actors], [], column_widths(actors), notes_column=False)
    rows = groupby(sorted(brief.portrayals, key=lambda p: numbers.get(p.article, 0)), key=lambda p: p.article)
    for count, (article, cells) in enumerate(rows):
        if count >= ROWS:
            break
        by_actor = {p.actor: p.polarity for p in cells}
        row = grid.add_row().cells
        row[0].text = f"S{numbers.get(article, '?')}"
        for cell, actor in zip(row[1:], actors):
            cell.text = MARKS.get(by_actor.get(actor, ""), "")
    if any(p.polarity != "neutral" for p in brief.portrayals):
        w.para("The sentence behind each leaning cell is in the annex (Annex: portrayal evidence).", "Caption")
    else:
        w.para("No source leans either way on any of these actors.", "Caption")


# 8-point table text: a bold letter takes about 0.17 cm, and a cell's margins
# 0.38 cm.  A column narrower than its longest word breaks the word
# ("Netanyah/u"): Word and LibreOffice break only at spaces otherwise.
LETTER_CM, MARGINS_CM = 0.17, 0.38


_HYPHEN_PARTS = re.compile(r"[^\s-]+-?")  # a name's words, a hyphenated one in parts ("Campa-", "Najjar")


def column_widths(actors: list[str]) -> list[float]:
    """The grid's column widths in cm (relative, as `table` takes them):
    the source column as wide as its heading, each actor's as wide as the
    longest word of its name or of a mark ("negative"), so no word is
    broken (a hyphenated name may break after its hyphen, "Campa-" /
    "Najjar"); scaled down only when they overrun the page together."""
    def needs(words: list[str]) -> float:
        return MARGINS_CM + LETTER_CM * max(len(word) for word in words)

    marks = [word for mark in MARKS.values() for word in mark.split()]
    widths = [needs(["Source"])] + [needs(_HYPHEN_PARTS.findall(actor) + marks) for actor in actors]
    scale = min(1.0, TEXT_WIDTH_CM / sum(widths))
    return [width * scale for width in widths]


def write_portrayal_evidence(w, brief: Brief | None) -> None:
    """The annex after the Sources: the sentence behind each leaning cell
    of the grid (as the HTML's `_portrayal_evidence.html`)."""
    if brief is None or not brief.portrayals:
        return
    numbers = {a.id: n for n, a in enumerate(brief.articles, 1)}
    leaning = [p for p in brief.portrayals if p.polarity != "neutral" and p.evidence][:EVIDENCE]
    if not leaning:
        w.para("No source leans either way on any main actor.")
    for p in leaning:
        claim = p.evidence[0]
        number = numbers.get(p.article, "?")
        paragraph = w.doc.add_paragraph(style="List Bullet")
        paragraph.add_run(safe(f"S{number} on {p.actor} ({p.polarity}): ")).bold = True
        paragraph.add_run(safe(f"{claim.text} [S{number}, ¶{claim.sources[0].paragraph + 1}]"))

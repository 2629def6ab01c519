"""The DOCX's portrayal section: `Brief.portrayals` in, a source x actor
table in the brief and the sentence behind each leaning cell in an annex,
as the HTML's `_portrayals.html` and `_portrayal_evidence.html` draw them."""

from __future__ import annotations

from itertools import groupby

from ..models import Brief
from .docx_fields import safe

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
           "model: + leans positive, − leans negative, · neutral, blank where the article does not name the actor.")
    # The first column keeps room for its heading however many actors share the rest.
    grid = w.table(["Source", *actors], [], [max(0.7, 0.15 * len(actors))] + [1] * len(actors), notes_column=False)
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

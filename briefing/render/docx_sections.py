"""The DOCX's sections, one function each, keyed by the anchors of
`view.contents` so the DOCX shows exactly the sections the HTML shows."""

from __future__ import annotations

from typing import Callable


def title_box(w) -> None:
    """Page one under the title: the key judgments box (each with its
    confidence, basis and notes), its legend, then the scope note."""
    from .docx_styles import BOX_STYLE

    if w.view.judgments:
        w.para(style=BOX_STYLE).add_run("Key judgments").bold = True
        for number, judgment in enumerate(w.view.judgments, 1):
            box = w.para(style=BOX_STYLE)
            box.add_run(f"{number}. ")
            box.add_run(f"{judgment.confidence.capitalize()} confidence: ").bold = True
            box.add_run(_clean(judgment.text))
            w.cite(box, judgment.notes)
            box.add_run(_clean(f" ({judgment.basis})")).italic = True
        if w.view.legend:
            w.para(style=BOX_STYLE).add_run(_clean(w.view.legend)).italic = True
    if w.view.scope:
        note = w.para()
        note.add_run("Scope and sourcing. ").bold = True
        note.add_run(_clean(" ".join(w.view.scope)))


def _whats_new(w) -> None:
    if w.view.whats_new[0].detail:
        w.para(w.view.whats_new[0].detail)
    for group in w.view.whats_new:
        if group.items:
            w.heading(group.title, 2)
            w.items(group.items)
        else:
            w.para(group.title + ".")


def _summary(w) -> None:
    w.items(w.view.summary)


def _themes(w) -> None:
    w.chart("themes")
    for theme in w.view.themes:
        w.heading(theme.title, 2)  # the heading alone: it is what the TOC and navigation show
        if theme.detail:
            w.para(theme.detail, "Subtitle")
        w.items(theme.items)


def _viewpoints(w) -> None:
    if w.view.voices_note:
        w.para(w.view.voices_note)
    w.chart("voices")
    if w.view.voices:
        _voices_side_by_side(w)
    for topic in w.view.divergences:
        w.heading(topic.title, 2)
        columns = [p.label or "Position" for p in topic.items]
        grid = w.table(columns, [], [1] * len(columns), notes_column=False)
        cells = grid.add_row().cells
        for cell, position in zip(cells, topic.items):
            cell.text = ""
            paragraph = cell.paragraphs[0]
            paragraph.add_run(_clean(position.text))
            w.cite(paragraph, position.notes)
    if w.view.agreements:
        w.heading("Where sources agree", 2)
        w.items(w.view.agreements)


def _voices_side_by_side(w) -> None:
    # One row per rank, as in the HTML: Word breaks pages between rows.
    columns = [side for side, _ in w.view.voices]
    grid = w.table(columns, [], [1] * len(columns), notes_column=False)
    for row in w.view.voice_rows:
        for cell, voice in zip(grid.add_row().cells, row):
            if voice is not None:
                _voice(w, cell, voice)


def _voice(w, cell, voice) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(_clean(voice.name)).bold = True
    if voice.detail:
        paragraph.add_run(_clean(f" ({voice.detail})"))
    for claim in voice.evidence:
        quote = cell.add_paragraph(_clean(claim.text), style="Quote")
        w.cite(quote, claim.notes)


def _clean(text: str) -> str:
    from .docx_fields import safe

    return safe(text)


def _people(w) -> None:
    w.table(["Name", "Role", "Stance", "Sources"], w.view.people, [4, 7, 2.5, 2])


def _figures(w) -> None:
    w.table(["Figure", "What it measures", "Source"], w.view.figures, [3.5, 11, 2])


def _quotes(w) -> None:
    for quote in w.view.quotes:
        paragraph = w.para(f"“{quote.text}”", "Quote")
        w.cite(paragraph, quote.notes)
        paragraph.add_run(_clean(f" — {quote.label}"))


def _reported(w) -> None:
    """Indirect quotes: the article's paraphrase, upright and unquoted."""
    from .docx_styles import REPORTED

    w.para("Paraphrase: what the sources report each speaker said, in the article’s words, "
           "not the speaker’s.", "Caption")
    for item in w.view.reported:
        w.para(item.text, REPORTED, item.notes)


def _timeline(w) -> None:
    w.chart("timeline")
    shown = w.view.timeline_brief
    w.table(["Date", "Event"], shown, [3, 13.5], notes_column=False)
    if len(w.view.timeline) > len(shown):
        w.para(f"The {len(shown)} best-attested of {len(w.view.timeline)} events; all are in the "
               "Annex: full timeline.", "Caption")


def _timeline_annex(w) -> None:
    w.table(["Date", "Event"], w.view.timeline, [3, 13.5], notes_column=False)


def _portrayal_evidence(w) -> None:
    from .docx_portrayals import write_portrayal_evidence

    write_portrayal_evidence(w, getattr(w, "brief", None))


def _caveats(w) -> None:
    for item in w.view.discrepancies:
        w.heading(item.title, 2)
        w.items(item.items)
    for caveat in w.view.caveats:
        w.para(caveat, "List Bullet")


def _sources(w) -> None:
    rows, columns = w.view.sources, w.view.source_columns
    widths = {"#": 1, "Title": 6, "Outlet": 2.5, "Author": 2.5, "Date": 2, "File": 4.5}
    grid = w.table([name for name, _i in columns],
                   [type(r)(cells=tuple(_with_url(r.cells[1], r.cells[6]) if name == "Title" else r.cells[i]
                                        for name, i in columns)) for r in rows],
                   [widths[name] for name, _i in columns], notes_column=False)
    for source, row in zip(rows, grid.rows[1:]):
        w.bookmark_source(row.cells[0].paragraphs[0], int(source.cells[7][1:]))


def _with_url(title: str, url: str) -> str:
    # Printed, not linked: a URL from an article is never made clickable.
    return f"{title}\n{url}" if url else title


def _appendix(w) -> None:
    for digest in w.view.appendix:
        w.heading(digest.label, 2)
        if digest.meta:
            w.para(digest.meta, "Subtitle")
        for part in digest.parts:
            w.heading(part.title, 3)
            w.items(part.items)


SECTIONS: dict[str, Callable] = {
    "whats-new": _whats_new, "summary": _summary, "themes": _themes, "viewpoints": _viewpoints,
    "people": _people, "figures": _figures, "quotes": _quotes, "reported": _reported, "timeline": _timeline,
    "caveats": _caveats, "sources": _sources, "appendix": _appendix,
    "portrayal-evidence": _portrayal_evidence, "timeline-annex": _timeline_annex}

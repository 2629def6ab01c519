"""brief.xlsx and brief-csv/: the tables of `briefing.render.tables` as a
workbook (one sheet per table, after an "About" sheet) and as a folder of
CSV files (one per table, UTF-8 with a byte-order mark so Excel reads
accented names right).

Article text is data, never a formula: the workbook stores every string as
a string (XlsxWriter's formula, URL and number guessing off), and a CSV
cell that a spreadsheet would run as a formula (starting with = + - @) is
prefixed with an apostrophe, as OWASP advises for CSV files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..config import Config
from ..models import Brief
from . import renderer
from .tables import about_rows, to_frames

CELL_LIMIT = 32_767
"""Excel's longest cell; longer texts (whole articles) are cut in the
workbook and said to be (brief.json and the CSV files hold them whole)."""
WIDTH = (6, 60)
"""Narrowest and widest column, in characters; wider text wraps."""
MAX_ROWS = 1_048_576
"""Excel's rows a sheet; a longer table continues on the next sheet."""
LINE_HEIGHT, MAX_LINES = 15, 8
"""Row height of one line of text, in points, and the most lines a row of
wrapped text is made tall for (a whole article stays one cell to scroll)."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

DESCRIPTIONS = {
    "articles": "one row per source article, with its cleaned text",
    "paragraphs": "each article's paragraphs, as offsets into its text",
    "summary": "the executive summary, one sentence a row",
    "themes": "the themes, with their first supporting sentence's source",
    "theme_sentences": "every sentence supporting a theme",
    "people": "one row per person, with the best-attested role",
    "roles": "every role an article gives a person, with its date",
    "figures": "numbers that matter: value, unit, what they measure",
    "quotes": "direct quotations, with speaker and role when the article says",
    "reported": "indirect quotes (kind indirect): paraphrases of what a named speaker said, per article",
    "viewpoints": "each voice's stance toward the subject",
    "viewpoint_evidence": "the sentences showing each viewpoint",
    "divergences": "topics sources describe differently",
    "divergence_positions": "what each voice says on a disputed topic",
    "timeline": "dated events across the articles",
    "agreements": "claims and whether two or more articles support them",
    "discrepancies": "things that do not add up between sources",
    "discrepancy_items": "the claims behind each discrepancy",
    "whats_new": "what changed since the previous edition",
    "skipped": "inputs that could not be used, and why",
    "sentences": "every sentence of every article",
    "key_points": "each article's key points",
    "key_phrases": "each article's key phrases",
    "stances": "each voice's stance in each article",
    "stance_evidence": "the sentences showing each article-level stance",
    "events": "dated events, per article",
    "citations": "every source of every row: table, id, article, offsets",
}


@renderer("xlsx")
def write_xlsx(brief: Brief, config: Config, path: Path) -> None:
    write_workbook(brief, path)


@renderer("csv")
def write_csv(brief: Brief, config: Config, path: Path) -> None:
    write_folder(brief, path)


def write_workbook(brief: Brief, path: Path) -> None:
    """The workbook: "About" first, then one sheet per table, each with a
    frozen, filtered header row and columns sized to their contents."""
    import pandas as pd

    frames = to_frames(brief)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(path, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        _properties(writer.book, brief)
        formats = {"wrap": writer.book.add_format({"text_wrap": True, "valign": "top"}),
                   "top": writer.book.add_format({"valign": "top"}),
                   "header": writer.book.add_format({"bold": True, "valign": "top", "bottom": 1})}
        about = pd.DataFrame(_about(brief, frames), columns=["field", "value"])
        sheets = {"About": about}
        for name, frame in frames.items():
            if name != "about":
                sheets.update(_sheets(name, _for_excel(frame)))
        for sheet, frame in sheets.items():
            frame.to_excel(writer, sheet_name=sheet, index=False, freeze_panes=(1, 0))
            _layout(writer.sheets[sheet], frame, formats, widest=100 if sheet == "About" else WIDTH[1])


def write_folder(brief: Brief, folder: Path) -> None:
    """One <table>.csv per table in `folder` (created), UTF-8 with BOM."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in to_frames(brief).items():
        _defused(frame).to_csv(folder / f"{name}.csv", index=False, encoding="utf-8-sig")


def _about(brief: Brief, frames: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [(field, "" if value is None else str(value)) for field, value in about_rows(brief)]
    for number, article in enumerate(brief.articles, 1):
        parts = [article.title or article.source_path, article.outlet, article.published, article.url]
        rows.append((f"source {number}", f"{article.id}: " + " \u2014 ".join(p for p in parts if p)))
    rows.append(("long cells", f"cells longer than {CELL_LIMIT:,} characters (whole article texts) are "
                               "cut here; brief.json and the CSV files hold them whole"))
    rows += [(f"sheet {name[:31]}", f"{len(frame)} rows: {DESCRIPTIONS.get(name, 'the ' + name.replace('_', ' '))}"
              + (" (continued on the next sheets)" if len(frame) >= MAX_ROWS else ""))
             for name, frame in frames.items() if name != "about"]
    return rows


def _properties(book, brief: Brief) -> None:
    # The brief's own date, not the clock: the same brief gives the same file.
    try:
        created = dt.datetime.fromisoformat(brief.generated_at.replace("Z", "+00:00"))
    except ValueError:
        created = None
    properties = {"title": brief.title[:255], "subject": (brief.subject or "")[:255], "author": "briefing",
                  "comments": "The structured summary layer of the brief, one sheet per table"}
    if created is not None:
        properties["created"] = created.replace(tzinfo=None)
    book.set_properties(properties)


def _layout(sheet, frame, formats: dict, widest: int) -> None:
    """Each column as wide as its header and typical contents (the first
    rows), within WIDTH; text wider than that wraps, its rows made tall
    enough (to MAX_LINES).  A filter on the header; printed landscape, one
    page wide, the header on every page."""
    wrapped = {}
    for number, column in enumerate(frame.columns):
        sample = [len(str(v)) for v in frame[column].head(200) if v is not None]
        width = max([len(str(column)) + 2, *sample])
        fitted = min(max(width, WIDTH[0]), widest)
        sheet.set_column(number, number, fitted, formats["wrap" if width > widest else "top"])
        sheet.write_string(0, number, str(column), formats["header"])
        if width > widest:
            wrapped[column] = fitted
    for row, values in enumerate(frame[list(wrapped)].itertuples(index=False) if wrapped else (), 1):
        lines = max(-(-len(v) // (wrapped[c] - 1)) if isinstance(v, str) else 1 for c, v in zip(wrapped, values))
        if lines > 1:
            sheet.set_row(row, LINE_HEIGHT * min(lines, MAX_LINES))
    if len(frame.columns):
        sheet.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _sheets(name: str, frame, rows: int | None = None) -> dict[str, Any]:
    """`frame` as one sheet, or, past Excel's MAX_ROWS, as several:
    name, name (2), ... (a table over 10,000 articles can be that long)."""
    rows = rows or MAX_ROWS - 1
    if len(frame) <= rows:
        return {name[:31]: frame}
    parts = range(0, len(frame), rows)
    return {(name[:31] if i == 0 else f"{name[:25]} ({i + 1})"): frame.iloc[start:start + rows]
            for i, start in enumerate(parts)}


def _for_excel(frame):
    """`frame` with texts cut to Excel's cell limit."""
    return _strings(frame, lambda s: s if len(s) <= CELL_LIMIT else s[:CELL_LIMIT - 1] + "\u2026")


def _defused(frame):
    """`frame` with strings a spreadsheet would run as formulas made text."""
    return _strings(frame, lambda s: "'" + s if s.startswith(FORMULA_START) else s)


def _strings(frame, change):
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype).startswith(("str", "string")):
            out[column] = out[column].map(lambda v: change(v) if isinstance(v, str) else v)
    return out

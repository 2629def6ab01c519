"""An `Article`'s removals in, the analyst's report of the cleaning out.

One line per thing the cleaner did, grouped by action, each naming the rule
and the input line, so the cleaning can be checked line by line.
"""

from __future__ import annotations

from ..models import Article, Removal

from .metadata import RULES as METADATA_RULES

GROUPS = (("Removed", lambda r: r.action == "removed" and r.rule not in METADATA_RULES),
          ("Taken as metadata", lambda r: r.rule in METADATA_RULES),
          ("Merged (repeats)", lambda r: r.action == "merged"),
          ("Mended", lambda r: r.action == "mended"))
MAX_TEXT = 160


def format_report(article: Article) -> str:
    """What the cleaner removed, merged or mended in `article`, a line each."""
    lines = [_summary(article)]
    for heading, belongs in GROUPS:
        items = [r for r in article.removals if belongs(r)]
        if items:
            lines.append(f"{heading} ({len(items)}):")
            lines.extend("  " + _line(item) for item in items)
    if len(lines) == 1:
        lines.append("nothing removed, merged or mended")
    return "\n".join(lines)


def _summary(article: Article) -> str:
    fields = [("title", article.title), ("author", article.author), ("outlet", article.outlet),
              ("published", article.published)]
    head = "; ".join(f"{name}: {value if value else 'unknown'}" for name, value in fields)
    note = f"\ndate note: {article.date_note}" if article.date_note else ""
    if article.source_path.lower().endswith((".html", ".htm", ".xhtml")):
        note += "\n(line numbers count lines of the page's extracted main text)"
    return f"{article.source_path}: {len(article.paragraphs)} paragraphs, {article.word_count} words; {head}{note}"


def _line(removal: Removal) -> str:
    where = f"line {removal.line}: " if removal.line else ""
    text = removal.text if len(removal.text) <= MAX_TEXT else removal.text[:MAX_TEXT - 1] + "…"
    after = f" -> {removal.replacement!r}" if removal.replacement is not None else ""
    return f"[{removal.rule}] {where}{text!r}{after}"

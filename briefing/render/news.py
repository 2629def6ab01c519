"""The "What's new" section: a `Brief` (with its `WhatsNew`) in, the
section's groups out, as every format prints them.

Articles are named as the Sources list names them ("S4 · title"), dropped
ones by their title and their number in the previous edition, voices by
their label.  A long group shows its first `SHOWN` items and says how many
more there are.
"""

from __future__ import annotations

from ..models import Brief
from ..language import labels

SHOWN = 25
"""Most items one group lists (a first build over a new corpus adds hundreds)."""


def groups(brief: Brief) -> list[tuple[str, list[str]]]:
    """(title, items) for each group of what changed, empty groups left out;
    [] when there is no previous edition."""
    news = brief.whats_new
    if news is None:
        return []
    names = {a.id: f"S{n} · {labels.article_label(a)}" for n, a in enumerate(brief.articles, 1)}
    found = (("New sources", [names.get(i, i) for i in news.new_articles]),
             ("Changed sources", [names.get(i, i) for i in news.changed_articles]),
             ("Sources no longer included", list(news.dropped_articles)),
             ("New people", list(news.new_people)), ("New figures", list(news.new_figures)),
             ("New viewpoints", list(news.new_viewpoints)), ("New events", list(news.new_events)))
    return [(title, _shown(items)) for title, items in found if items]


def _shown(items: list[str]) -> list[str]:
    if len(items) <= SHOWN:
        return items
    return items[:SHOWN] + [f"… and {len(items) - SHOWN} more (see whats_new in brief.json)"]


def detail(brief: Brief) -> str:
    """"Since the edition of 20260101T060000Z", or ""."""
    news = brief.whats_new
    return f"Since the edition of {news.previous_edition}" if news and news.previous_edition else ""

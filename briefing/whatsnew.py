"""What's new since the last edition: the previous edition's snapshot and
the new `Brief` in, a `WhatsNew` out.

New and changed articles are named by article id (they are in the brief,
so a renderer can label them); dropped ones, which are not, by "title (id)".

`contents(brief)` is the snapshot an edition's manifest keeps: small, plain
data (article titles and hashes, people, figures, viewpoints, events) so the
comparison needs neither the previous brief.json nor any format in
particular.  Items are compared by normalized keys, so re-wording in
capitalisation or spacing is not news.
"""

from __future__ import annotations

import re
from typing import Any

from .models import Brief, WhatsNew


def contents(brief: Brief) -> dict[str, Any]:
    """The snapshot of `brief` that the next edition compares against."""
    return {
        "articles": {a.id: {"title": a.title, "sha256": a.sha256} for a in brief.articles},
        "people": sorted({_key(name) for p in brief.people for name in (p.name, *p.aliases)}),
        "figures": sorted({_figure_key(f.text, f.measures) for f in brief.figures}),
        "viewpoints": sorted({_viewpoint(v.voice, v.stance) for v in brief.viewpoints}),
        "events": sorted({_event_key(e.date, e.text) for e in brief.timeline}),
    }


def compare(previous: dict[str, Any] | None, brief: Brief) -> WhatsNew | None:
    """What `brief` adds to (or drops from) the edition whose manifest is
    `previous`; None when there is no previous edition to compare with."""
    if not previous:
        return None
    before = previous.get("contents") or {}
    old_articles = before.get("articles") or {}
    return WhatsNew(
        previous_edition=previous.get("edition"),
        new_articles=tuple(a.id for a in brief.articles if a.id not in old_articles),
        changed_articles=tuple(a.id for a in brief.articles
                               if a.id in old_articles and old_articles[a.id].get("sha256") != a.sha256),
        dropped_articles=tuple(_label((old_articles[i] or {}).get("title"), i)
                               for i in old_articles if i not in {a.id for a in brief.articles}),
        new_people=_new_people(brief, set(before.get("people") or ())),
        new_figures=_new_figures(brief, set(before.get("figures") or ())),
        new_viewpoints=_new_viewpoints(brief, set(before.get("viewpoints") or ())),
        new_events=_new_events(brief, set(before.get("events") or ())),
    )


def is_empty(news: WhatsNew | None) -> bool:
    """True when `news` reports no change at all."""
    if news is None:
        return True
    return not any((news.new_articles, news.changed_articles, news.dropped_articles,
                    news.new_people, news.new_figures, news.new_viewpoints, news.new_events))


def _new_people(brief: Brief, known: set[str]) -> tuple[str, ...]:
    # A person is new only if neither their name nor any alias was known.
    return tuple(p.name for p in brief.people
                 if not {_key(n) for n in (p.name, *p.aliases)} & known)


def _new_figures(brief: Brief, known: set[str]) -> tuple[str, ...]:
    found = {}
    for figure in brief.figures:
        key = _figure_key(figure.text, figure.measures)
        if key not in known:
            found.setdefault(key, f"{figure.text} ({figure.measures})" if figure.measures else figure.text)
    return tuple(found.values())


def _new_viewpoints(brief: Brief, known: set[str]) -> tuple[str, ...]:
    # A voice that changed its stance is news as much as a new voice.
    return tuple(f"{_voice_label(brief, v.voice)}: {v.stance}" for v in brief.viewpoints
                 if _viewpoint(v.voice, v.stance) not in known)


def _voice_label(brief: Brief, voice: str) -> str:
    # An article's own voice (its author or outlet) is keyed by article id.
    for article in brief.articles:
        if article.id == voice:
            return article.outlet or article.author or _label(article.title, article.id)
    return voice


def _new_events(brief: Brief, known: set[str]) -> tuple[str, ...]:
    return tuple(f"{e.date}: {e.text}" for e in brief.timeline
                 if _event_key(e.date, e.text) not in known)


def _label(title: str | None, article_id: str) -> str:
    return f"{title} ({article_id})" if title else article_id


def _key(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").casefold()).strip()


def _figure_key(text: str, measures: str | None) -> str:
    return f"{_key(text)}|{_key(measures)}"


def _viewpoint(voice: str, stance: str) -> str:
    return f"{_key(voice)}|{stance}"


def _event_key(date: str, text: str) -> str:
    return f"{date}|{_key(text)}"

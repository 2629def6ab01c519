"""What's new since the last edition: the previous edition's snapshot and
the new `Brief` in, a `WhatsNew` out.

New and changed articles are named by article id (they are in the brief,
so a renderer can label them with their source number); dropped ones,
which are not, by their title and their number in the previous edition
("Talks stall (was S3)").  A viewpoint is new when its voice is, or when
its stance moved *and* its evidence changed: a stance that moved only
because the brief's subject did is not news.

`contents(brief)` is the `Snapshot` an edition's manifest keeps: small,
plain data (article titles and hashes, people, figures, viewpoints, events)
so the comparison needs neither the previous brief.json nor any format in
particular.  Items are compared by normalized keys, so re-wording in
capitalisation or spacing is not news.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

from ..models import Brief, Viewpoint, WhatsNew
from ..language.labels import voice_label
from .manifest import ArticleSeen, Manifest, Snapshot, VoiceSeen


def contents(brief: Brief) -> Snapshot:
    """The snapshot of `brief` that the next edition compares against."""
    return Snapshot(
        articles={a.id: ArticleSeen(title=a.title, sha256=a.sha256, number=n, file=_file(a.source_path))
                  for n, a in enumerate(brief.articles, 1)},
        people=tuple(sorted({_key(name) for p in brief.people for name in (p.name, *p.aliases)})),
        figures=tuple(sorted({_figure_key(f.text, f.measures) for f in brief.figures})),
        viewpoints=tuple(sorted({_viewpoint(v.voice, v.stance) for v in brief.viewpoints})),
        voices={_key(v.voice): VoiceSeen(stance=v.stance, evidence=_evidence(v)) for v in brief.viewpoints},
        events=tuple(sorted({_event_key(e.date, e.text) for e in brief.timeline})),
    )


def compare(previous: Manifest | None, brief: Brief) -> WhatsNew | None:
    """What `brief` adds to (or drops from) the edition whose manifest is
    `previous`; None when there is no previous edition to compare with."""
    if not previous:
        return None
    before = previous.contents or Snapshot()
    old_articles = before.articles
    return WhatsNew(
        previous_edition=previous.edition,
        new_articles=tuple(a.id for a in brief.articles if a.id not in old_articles),
        changed_articles=tuple(a.id for a in brief.articles
                               if a.id in old_articles and old_articles[a.id].sha256 != a.sha256),
        dropped_articles=tuple(_dropped(old_articles[i], i)
                               for i in old_articles if i not in {a.id for a in brief.articles}),
        new_people=_new_people(brief, set(before.people)),
        new_figures=_new_figures(brief, set(before.figures)),
        new_viewpoints=_new_viewpoints(brief, set(before.viewpoints), before.voices),
        new_events=_new_events(brief, set(before.events)),
    )


def changes(older: Manifest | None, newer: Manifest | None) -> str:
    """What changed between two editions' manifests, in one line ("2 new
    articles, 1 changed, 3 new people"), from their snapshots alone; `older`
    is None for the first edition kept, a manifest None when unreadable."""
    if older is None:
        return "first edition kept"
    before, after = older.contents, newer.contents if newer else None
    if not before or not after:
        return "no record of its contents"
    old_articles, new_articles = before.articles, after.articles
    counts = (
        (sum(i not in old_articles for i in new_articles), "new article"),
        (sum(i in old_articles and old_articles[i].sha256 != a.sha256
             for i, a in new_articles.items()), "changed article"),
        (sum(i not in new_articles for i in old_articles), "dropped article"),
        *((len(set(getattr(after, part)) - set(getattr(before, part))), f"new {label}")
          for part, label in (("people", "name"), ("figures", "figure"), ("events", "event"))),
        (len(set(after.voices) - set(before.voices)) if before.voices is not None and after.voices is not None
         else 0, "new voice"),
    )
    said = [f"{n} {label}{'' if n == 1 else 's'}" for n, label in counts if n]
    return ", ".join(said) if said else "same articles and findings (options, templates or code changed)"


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


def _new_viewpoints(brief: Brief, known: set[str], voices: dict[str, VoiceSeen] | None) -> tuple[str, ...]:
    """Each viewpoint that is news, as "label: stance"."""
    return tuple(f"{v.label or voice_label(brief.articles, v.voice)}: {v.stance}" for v in brief.viewpoints
                 if _is_new_viewpoint(v, known, voices))


def _is_new_viewpoint(viewpoint: Viewpoint, known: set[str], voices: dict[str, VoiceSeen] | None) -> bool:
    # A voice that changed its stance on new evidence is news as much as a
    # new voice; the same evidence read differently is not (an edition
    # before voices were kept is compared by voice and stance alone).
    if voices is None:
        return _viewpoint(viewpoint.voice, viewpoint.stance) not in known
    before = voices.get(_key(viewpoint.voice))
    return before is None or (before.stance != viewpoint.stance and before.evidence != _evidence(viewpoint))


def _evidence(viewpoint: Viewpoint) -> str:
    """A short hash of the passages a viewpoint rests on (their texts)."""
    texts = sorted(_key(claim.text) for claim in viewpoint.evidence)
    return hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]


def _dropped(entry: ArticleSeen, article_id: str) -> str:
    """A dropped article as the previous edition listed it."""
    name = entry.title or entry.file or article_id
    return f"{name} (was S{entry.number})" if entry.number else name


def _file(path: str | None) -> str | None:
    return PurePath(path).name if path else None


def _new_events(brief: Brief, known: set[str]) -> tuple[str, ...]:
    return tuple(f"{e.date}: {e.text}" for e in brief.timeline
                 if _event_key(e.date, e.text) not in known)


def _key(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").casefold()).strip()


def _figure_key(text: str, measures: str | None) -> str:
    return f"{_key(text)}|{_key(measures)}"


def _viewpoint(voice: str, stance: str) -> str:
    return f"{_key(voice)}|{stance}"


def _event_key(date: str, text: str) -> str:
    return f"{date}|{_key(text)}"

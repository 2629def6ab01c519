"""Digests in, the `Brief` out: what the articles say together.

Each part of the brief is one function in its own module; this one only
assembles them.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence

from ..config import Config
from ..models import Brief, Digest, Skipped
from . import (agreements, discrepancies, divergences, portrayals, subject, summary, themes, timeline,
               viewpoints, voices)


def synthesize(digests: Sequence[Digest], config: Config, *, skipped: tuple[Skipped, ...] = ()) -> Brief:
    """The brief for `digests` under `config`."""
    found_themes = themes.find_themes(digests, config)
    people = voices.merge_people(digests)
    found_summary = summary.summarize(digests, config.summary_sentences)
    topic = subject.find_subject(digests)
    # A quote the article only describes ("the foreign minister said") is
    # named when exactly one person's role in the corpus fits.
    quotes = voices.resolve_speakers(tuple(q for d in digests for q in d.quotes), people)
    found_viewpoints = viewpoints.show_their_words(viewpoints.find_viewpoints(digests, people, topic),
                                                   quotes, digests)
    # Every voice carries the name a reader knows it by (an article's own
    # voice by its number and title), so brief.json reads as the brief does.
    found_viewpoints, disputes = viewpoints.named(
        found_viewpoints, divergences.find_divergences(digests, found_viewpoints, topic, people=people),
        [d.article for d in digests])
    return Brief(
        title=config.title or subject.title(subject.display_names(digests, topic),
                                            found_themes[0].label if found_themes else None),
        subject=config.subject or ", ".join(t.label for t in found_themes[:4]) or None,
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        articles=tuple(d.article for d in digests),
        summary=found_summary,
        bottom_line=summary.bottom_line(found_summary),
        themes=found_themes,
        people=people,
        figures=tuple(f for d in digests for f in d.figures),
        quotes=quotes,
        viewpoints=found_viewpoints,
        divergences=disputes,
        agreements=agreements.find_agreements(digests),
        discrepancies=discrepancies.find_discrepancies(digests, people),
        timeline=timeline.build_timeline(digests),
        digests=tuple(digests),
        skipped=skipped,
        portrayals=portrayals.find_portrayals(digests, people),
    )

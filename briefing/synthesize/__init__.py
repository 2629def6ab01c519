"""Digests in, the `Brief` out: what the articles say together.

Each part of the brief is one function in its own module; this one only
assembles them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Callable, Sequence

from ..config import Config
from ..models import Brief, Digest, Skipped
from . import (addressee, agreements, allegiance, discrepancies, divergences, figures, judgments, portrayals,
               quotations, reprints, scope, subject, summary, themes, timeline, viewpoints, voices)


STEPS = 6
"""How many times `synthesize` calls `step`: what a progress bar counts."""


def synthesize(digests: Sequence[Digest], config: Config, *, skipped: tuple[Skipped, ...] = (),
               step: Callable[[str], None] = lambda name: None, previous_title: str | None = None) -> Brief:
    """The brief for `digests` under `config`; `step(name)` is called as
    each part starts (for the progress bar).  `previous_title`, the last
    edition's automatic title, is kept while it still names the subject."""
    # An article of a site another of its site's articles names (files named "<site>_<date>_...") shares its outlet.
    digests = scope.site_outlets(digests)
    step("themes")
    found_themes = themes.find_themes(digests, config)
    step("people")
    people = voices.merge_people(digests)
    step("summary")
    # A source on another subject (a gallery scraped beside the story) is
    # named in the scope note and kept out of the summary, found once.
    unrelated = scope.apart(digests)
    # The sentences the summary and the agreements choose among, found (and parsed) once.
    pool = summary.candidates(digests)
    # Four spare sentences: the summary drops what the key judgments already quote
    # and what cannot be read where it would stand (`summary.standing`).
    found_summary = summary.summarize([d for n, d in enumerate(digests) if n not in unrelated],
                                      config.summary_sentences + 4, summary.without(pool, unrelated))
    # The subject, worked out once: the viewpoints, the divergences and the
    # title all judge against this one.
    topic = subject.find_subject(digests)
    # Which articles repeat another's text, once: the agreements, the key
    # judgments and the scope note all count a reprint as its first edition.
    copies = reprints.first_editions(digests)
    # And which share a passage of copy word for word: the agreements count
    # such a sentence once, and the scope note says why.
    copied = reprints.shared_copy(digests)
    # A quote the article only describes ("the foreign minister said") is
    # named when exactly one person's role in the corpus fits.
    step("viewpoints")
    quotes = voices.resolve_speakers(tuple(q for d in digests for q in d.quotes), people)
    # Its main names and theme, found once: the viewpoints, the title and the subject line name them.
    names = subject.main_names(digests, topic)
    theme = subject.main_theme(digests, topic, [t.label for t in found_themes], names)
    decision = subject.is_decision(theme)
    person = viewpoints.is_actor(people, topic)
    # Whom the articles say each voice stands with, found once: neither the
    # viewpoints nor the divergences place a voice against them.
    sides = allegiance.declared(digests, people)
    # Whom each quote in the second person is put to, found once for both as well.
    heard = addressee.by_article(digests)
    found_viewpoints = viewpoints.show_their_words(viewpoints.find_viewpoints(digests, people, topic, decision,
                                                                              sides, heard, names),
                                                   quotes, digests, people, theme)
    # Every voice carries the name a reader knows it by (an article's own
    # voice by its number and title), so brief.json reads as the brief does.
    step("divergences")
    # The portrayal grid's cells, found once: the divergences' cast is its main actors.
    cells = portrayals.reported(digests, people)
    disputes = divergences.find_divergences(digests, found_viewpoints, topic, people=people,
                                            person=person and not decision, declared=sides, reported=cells,
                                            hearers=heard)
    found_viewpoints, disputes = viewpoints.named(*viewpoints.agreeing(found_viewpoints, disputes),
                                                  [d.article for d in digests])
    step("cross-checks")  # agreements, discrepancies, timeline
    # An amount several articles give for one thing is one row, found once.
    rows = figures.told_once(tuple(f for d in digests for f in d.figures))
    actor = decision or person
    brief = Brief(
        title=config.title or (previous_title if subject.kept_title(previous_title, digests)
                               else subject.title(digests, topic, [t.label for t in found_themes], names, theme)),
        subject=config.subject or subject.subject_line(digests, topic, [t.label for t in found_themes],
                                                       person and not decision, names),
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        articles=tuple(d.article for d in digests),
        summary=found_summary[:config.summary_sentences],
        # Its lead is the most central sentence that reads alone ("Those
        # outages ..." only after its own article's sentence before it).
        bottom_line=summary.bottom_line(summary.standing(found_summary, digests, len(found_summary))),
        themes=found_themes,
        people=people,
        figures=tuple(f for d in digests for f in d.figures),
        quotes=quotes,
        viewpoints=found_viewpoints,
        divergences=disputes,
        # A claim whose figure other articles give (one row of the brief's
        # figures) is backed by their sentences, as page one's key figure is.
        agreements=agreements.with_figures(agreements.find_agreements(digests, copies=copies, pool=pool,
                                                                      copied=copied),
                                           rows, digests, copies, copied),
        discrepancies=discrepancies.find_discrepancies(digests, people),
        timeline=timeline.build_timeline(digests),
        # Each digest's portrayals decided as the grid's cells are: one answer per article and actor;
        # its voices' stances as the viewpoints decided them.
        # ... and each of its people, quotes and statements under the name the people annex gives them.
        digests=voices.in_digests(portrayals.in_digests(viewpoints.in_digests(digests, found_viewpoints, people),
                                                        people), people),
        skipped=skipped,
        portrayals=portrayals.find_portrayals(digests, people, found=cells),
        subject_kind="actor" if actor else "prospect",
    )
    # An actor's brief weighs each voice toward the main actors, a relationship's toward its theme.
    judged = judgments.key_judgments(brief, viewpoints.actor_words(people, topic) if person
                                     else judgments.topic_words(found_themes[0].label, digests) if found_themes else "",
                                     actor=actor, terms=topic.terms, copies=copies)
    # The summary repeats nothing the key judgments quote.
    kept = judgments.not_repeating(found_summary, judged)
    # The most central sentence the bottom line may lead on leads (no remark, no pundits' view),
    # the rest follow in the order of the time they report.
    # A sentence that points back ("Those outages ...") only with its own article's sentence before it.
    ordered = summary.in_order(summary.lead_first(summary.standing(kept, digests, config.summary_sentences)), digests)
    # An amount several articles give for one thing is one row of brief.json, citing each; the key
    # judgments above weighed each article's own sentence for it.  So are the words one speaker is
    # quoted saying in several articles, or in part again.
    return replace(brief, key_judgments=judged, summary=ordered, figures=rows,
                   quotes=quotations.said_once(brief.quotes),
                   scope=scope.find_scope(digests, skipped, brief.agreements, copies=copies,
                                         unrelated=unrelated, copied=copied))

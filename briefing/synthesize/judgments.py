"""The brief's key judgments: the structured layer in, 3-5 sentences out.

Every sentence is composed here from templates over the synthesized parts
(viewpoints, divergences, the timeline, agreements, figures, what changed),
never copied from an article, so each clause traces back to cited evidence.
Each keeps what the sources report ("3 sources report ...", "X is
skeptical") apart from the brief's own judgment ("The sources lean
optimistic"), and carries a confidence in fixed words with its basis:

- high: three or more independent sources (different outlets) agree;
- moderate: two independent sources agree, or most voices agree with some dissent;
- low: a single source, or sources in dispute.

The judgments, in order: where the subject stands and which way it moves;
the main divergence, naming its voices and their dates; the best
corroborated development; the figure that matters most; and, in a later
edition, what changed (`with_changes`, once the previous edition is known).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ..models import (Agreement, Article, Brief, Claim, Digest, Discrepancy, Divergence, Event, Figure, KeyJudgment, Position,
                      Quote, Source, Viewpoint, WhatsNew)
from ..distill import numbers, stance
from ..distill.figures import says_what
from ..distill.sentences import cut_short, leans_back
from . import agreements, divergences, relative, reprints, voices
from .summary import content_words
from . import subject as subjects
from .timeline import dash_count, opens_with_subject, paired_dash
from ..language import nlp
from ..language.saying import REPORTING, TELLING
from ..language.labels import human_date, nested, shorten, stance_in_brief
from ..language.names import fold, surname
from ..clean.metadata import name_site
from ..clean.text import key
from .discrepancies import measure_key, same_figure

LEGEND = ("High confidence: three or more independent sources agree. "
          "Moderate: two independent sources agree, or most voices agree with some dissent. "
          "Low: a single source, or sources in dispute.")
EVIDENCE_CHARS = 110   # a voice's own words quoted at most this long
CLAUSE_CHARS = 130     # a reported development quoted at most this long
_ACTOR_SIDES = ("supportive", "critical")
_FAVOURABLE, _UNFAVOURABLE = frozenset({"supportive", "optimistic"}), frozenset({"critical", "skeptical"})
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def key_judgments(brief: Brief, topic: str = "", actor: bool | None = None,
                  terms: frozenset[str] | None = None,
                  copies: dict[str, str] | None = None) -> tuple[KeyJudgment, ...]:
    """The page-one judgments of `brief` (without what changed: see
    `with_changes`); `topic` names what the brief is about ("immigration
    reform"), "the subject" when empty; `actor`: whether the subject is an
    actor or a decision (None: whether some voice is supportive or
    critical); `terms`: the subject's name stems the voices were read
    toward (`subject.find_subject`; found again from the digests when None);
    `copies`: each reprint's first edition (`reprints.first_editions`;
    found again when None)."""
    context = _Context(brief, topic, actor, terms, copies)
    found = (standing(brief, context, topic), divergence(brief, context),
             corroborated(brief, context), key_figure(brief, context))
    return tuple(j for j in found if j is not None)


def with_changes(brief: Brief) -> Brief:
    """`brief` with the what-changed judgment added, when it has a previous edition."""
    judgment = changes(brief.whats_new)
    if judgment is None:
        return brief
    kept = tuple(j for j in brief.key_judgments if j.kind != "changes")[:4]
    return replace(brief, key_judgments=kept + (judgment,))


# --------------------------------------------------------------------------
# The judgments
# --------------------------------------------------------------------------


def standing(brief: Brief, context: "_Context", topic: str) -> KeyJudgment | None:
    """Where the subject stands (the balance of the voices) and which way it
    moves (the earliest source's lean against the latest's).  In a brief
    about actors, how the voices quoted take sides on the main actor
    (`quoted`), when some voice is read toward it by name, else nothing: a
    voice's tone says less about whom it judges, the balance of all voices
    lumps together voices judging different actors (rivals among them: "the
    main actors (Raúl Labrador, Kevin McCarthy, ...)"), and a reading of the
    reporting's own tone (the portrayal grid) too seldom agrees with
    annotators to lead page one."""
    if context.words == _ACTOR_SIDES:
        return quoted(brief, context)
    if not open_to_sides(topic):
        return None
    up, down = context.words
    leaning = [v for v in context.heard(brief.viewpoints) if context.side(v.stance) in (up, down, "mixed")]
    if not leaning:
        return _no_view(brief, context, topic)
    if not all(_speaks_of(v, topic, context.terms) for v in leaning):
        # Voices lean, but some never name the topic: their tone is no
        # stance on it, and a count of the rest would miscount the sources.
        return None
    counts = {side: sum(context.side(v.stance) == side for v in leaning) for side in (up, down, "mixed")}
    total = len(leaning)
    top = max((up, down), key=lambda side: counts[side])
    other = down if top == up else up
    share = counts[top] / total
    subject = topic or "the subject"
    if total == 1:
        (only,) = leaning
        if len(only.evidence) < LONE_EVIDENCE:
            return None  # one sentence of one voice is no standing (AllSides dev 02: "spoke on condition of anonymity")
        return KeyJudgment(text=f"Only one voice takes a view on {subject}: {_who(only, context)} is "
                                f"{context.side(only.stance)}.", confidence="low", basis="a single voice",
                           sources=tuple(s for c in only.evidence[:1] for s in c.sources[:1]), kind="standing")
    if counts[up] == counts[down] == 0:
        verdict = f"No voice takes a clear side on {subject}"
    elif counts[top] == counts[other]:
        verdict = f"The sources are divided on {subject}"
    else:
        about = "of" if context.words == _ACTOR_SIDES else "on"  # critical of someone, optimistic on a prospect
        verdict = f"The sources lean {top} {about} {subject}" if share < 0.75 else \
            f"The sources are predominantly {top} {about} {subject}"
    tally = ", ".join(f"{_number(n)} {side}" for side, n in counts.items() if n)
    text = f"{verdict}: of {_number(total)} voices with a view, {tally}."
    trend = _trend(brief, context)
    if trend:
        text += " " + trend
    outlets = context.independent(a for v in leaning if context.side(v.stance) == top for a in v.articles)
    if counts[top] == counts[other]:
        confidence, basis = "low", "voices evenly split"
    elif outlets >= 3 and share >= 0.75:
        confidence, basis = "high", f"{_number(outlets)} independent sources share the {top} reading"
    elif counts[top] == 1:
        confidence, basis = "low", f"a single {top} voice"
    else:
        confidence = "moderate" if outlets >= 2 else "low"
        basis = f"{_number(counts[top])} of {_number(total)} voices, in {_number(outlets)} " \
                f"independent source{'s' if outlets != 1 else ''}, are {top}"
    sources = tuple(s for v in leaning for c in v.evidence[:1] for s in c.sources[:1])
    return KeyJudgment(text=text, confidence=confidence, basis=basis, sources=sources, kind="standing")


PROSPECTS = frozenset("""talks negotiation negotiations deal agreement accord treaty ceasefire truce peace relations
    ties partnership alliance cooperation economy recovery growth outlook prospects future market markets trade
    reform reforms project program programme scheme strategy initiative campaign merger takeover bid offer""".split())
"""Nouns that head a prospect or a relationship (general English): voices
may be optimistic or skeptical on it, as they may support or oppose a
decision (`subject.DECISIONS`)."""


def open_to_sides(topic: str) -> bool:
    """Whether page one can say voices are optimistic or skeptical on
    `topic`: its last word names a decision, a prospect or a relationship
    ("trade talks", "Peace deal").  A place, a thing, an illness or an event
    takes no side ("skeptical on refugee camp", "no voice takes a clear side
    on deaths" read as nonsense on audited briefs)."""
    words = topic.lower().split()
    if not words:
        return False
    return subjects.is_decision(topic) or words[-1] in PROSPECTS


def _speaks_of(view: Viewpoint, topic: str, terms: frozenset[str]) -> bool:
    """Whether a voice's evidence names the topic page one states its
    stance on (a word of "climate change") or the subject's names `terms`
    its stance was read toward ("Pakistan" in a brief on a strategic
    partnership): a tone that names neither is no stance on the subject
    ("Silver rose 15 cents" had made a market report optimistic on climate
    change).  True when there is no topic."""
    stems = {w[:subjects.STEM] for w in re.findall(r"\w+", topic.lower()) if len(w) >= MIN_TOPIC_WORD}
    if not stems:
        return True
    texts = [claim.text for claim in view.evidence]
    said = {w[:subjects.STEM] for text in texts for w in re.findall(r"\w+", text.lower())}
    return bool(stems & said) or bool(set(subjects.names(texts)) & terms)


MIN_TOPIC_WORD = 4   # a shorter word of a topic ("of", "the", "US") names no theme


STANDING_ACTORS = 3  # the grid's most salient actors page one may lead with
LONE_EVIDENCE = 2    # sentences the only voice with a view needs for page one to state it
NAMED_VOICES = 3     # voices named per side


def quoted(brief: Brief, context: "_Context") -> KeyJudgment | None:
    """Where the story's main actor stands with the voices the sources
    quote (`divergences.voice_sides`): "Of the voices quoted on Ann Berg,
    three (Jo Roe, S1; ...) speak badly of Ann Berg." or, when voices take
    both sides, how they divide.  It never says no voice takes the other
    side: a side unread is not a side untaken.  The main actor is the most
    salient of the portrayal grid's first `STANDING_ACTORS` on whom a
    quoted voice takes a side; None when none does.  Only quotes read
    toward the actor by name count: a quote's tone given to the actor it
    answers is right on whom it judges one time in four on BASIL, and one
    whose sentence names the actor only as "he" or "she" 5 times in 13
    (28 in 42 where it names them)."""
    sides = context.quoted_sides(brief)
    grid = list(dict.fromkeys(context.full_name(p.actor) for p in brief.portrayals))[:STANDING_ACTORS]
    actor = next((a for a in grid if any(sides.get(a, {}).values()) and _nameable(a, context)), None)
    if actor is None:
        return None
    badly, well = _counted(brief, context, actor)
    if not badly and not well:
        return None
    top, other = (badly, well) if len(badly) >= len(well) else (well, badly)
    verb = "speak badly of" if top is badly else "speak well of"
    # Named in full once, a person is then named by surname: "quoted on Ann Berg ... speaks badly of Berg".
    again = next((w for w in actor.split() if fold(w) == surname(actor)), actor) \
        if actor.casefold() in context.names and " " in actor and not _SUFFIX.search(actor) else actor
    if not other:
        text = f"Of the voices quoted on {actor}, {_voices_named(top, context)} {_verb(verb, top)} {again}."
    elif len(top) > len(other):
        # "Most voices quoted" would count voices the brief could not read: it says which it counted.
        text = (f"Of the voices quoted on {actor} whose side the brief reads, more {verb} {again}: "
                f"{_voices_named(top, context)}, against {_voices_named(other, context)}.")
    else:
        text = (f"The voices quoted on {actor} whose side the brief reads are divided: "
                f"{_voices_named(badly, context)} "
                f"{_verb('speak badly of', badly)} {again}, {_voices_named(well, context)} well.")
    agree = context.independent(a for t in top for a in _articles(t))
    # A side the brief does not count is still a side: "no dissent" only where no quote leans the other way.
    leaning = not other and (_leaning_otherwise(brief, actor, "positive" if top is badly else "negative",
                                                {t.voice for t in top})
                             or top is badly and _answered(brief, actor))
    if len(top) == len(other):
        confidence, basis = "low", "quoted voices evenly split"
    elif camps(top, brief) < 2:
        # A person and their lawyer or spokesman are one voice, however many
        # sources quote them (ICD 203: independent sources).
        confidence, basis = "low", ("one person's voice and those who speak for them"
                                    if len({t.voice for t in top}) > 1 else
                                    "one person's voice" + (" in a single source" if agree == 1 else ""))
    elif agree >= 3 and not other and not leaning:
        confidence, basis = "high", f"voices in {_number(agree)} independent sources agree"
    elif agree >= 2 and len(top) >= 2 * len(other):
        dissent = f"{_number(len(other))} dissenting" if other else \
            "other quoted voices leaning the other way" if leaning else "no dissent"
        confidence, basis = "moderate", f"voices in {_number(agree)} independent sources agree, with {dissent}"
    else:
        confidence, basis = "low", ("a single source's voices" if agree == 1 and not other
                                    else "quoted voices in dispute")
    sources = tuple(t.reading.source for t in (top + other)[:4])
    return KeyJudgment(text=text, confidence=confidence, basis=basis, sources=sources, kind="standing")


def quoted_sides(brief: Brief) -> dict[str, dict[str, list]]:
    """Each actor's quoted voices by side (`divergences.voice_sides`, which
    counts a quote on a side only when its words can bear it:
    `divergences.worded`), only quotes read toward the actor by name in a
    sentence that names them."""
    texts = {d.article.id: d.article.text for d in brief.digests}

    def counts(taken, actor: str) -> bool:
        return taken.named and _names(texts[taken.article], taken.reading.source, actor)

    return {actor: {label: [replace(t, also=tuple(o for o in t.also if counts(o, actor)))
                            for t in found if counts(t, actor)]
                    for label, found in chosen.items()}
            for actor, chosen in divergences.voice_sides(brief.digests, brief.people).items()}


def _articles(taken) -> set[str]:
    """The articles in which a voice counted on a side (`quoted_sides`)
    speaks that way of the actor: its shown quote's and its other quotes'
    on that side (`Taken.also`).  A voice heard in three sources is not
    "a single source"."""
    return {taken.article, *(o.article for o in taken.also)}


_SUFFIX = re.compile(r"\b(?:Jr|Sr|II|III|IV)\.?$")  # "Donald Trump Jr" is named in full: "Trump" is his father


def _counted(brief: Brief, context: "_Context", actor: str) -> tuple[list, list]:
    """(the voices that speak badly of `actor`, those that speak well), as
    page one counts them: one count for every judgment that states it, so
    two judgments never give two tallies of one dispute.  A voice the
    sources say backs the actor is no critic of them (`_backing_voices`),
    nor one the brief's viewpoints read otherwise (`_read_otherwise`)."""
    chosen = context.quoted_sides(brief).get(actor, {})
    backing = _backing_voices(brief, actor)
    views = {context.names.get(v.voice.casefold(), v.voice): v for v in brief.viewpoints}
    badly = [t for t in chosen.get("negative", []) if surname(t.voice) not in backing
             and not _read_otherwise(t, "negative", views.get(context.names.get(t.voice.casefold(), t.voice)), actor)]
    well = [t for t in chosen.get("positive", [])
            if not _read_otherwise(t, "positive", views.get(context.names.get(t.voice.casefold(), t.voice)), actor)]
    return badly, well


def _read_otherwise(taken, label: str, view: Viewpoint | None, actor: str) -> bool:
    """Whether the brief's viewpoint of the voice of `taken` (`view`) puts
    it on the other side toward `actor` than the quote read `label`: a
    favourable voice counted as speaking badly, or an unfavourable one as
    speaking well, where its side is toward the actor (its `toward` names
    them, or no one).  Page one would contradict the viewpoints below it.
    Praise is read less surely than blame (`viewpoints.SUPPORTING`): a
    voice the viewpoints find taking no side is not counted as speaking
    well either."""
    if view is None:
        return False
    if label == "positive" and view.stance == "neutral":
        return True
    aimed = not view.toward or actor in view.toward
    other = _UNFAVOURABLE if label == "positive" else _FAVOURABLE
    return aimed and view.stance in other


def _leaning_otherwise(brief: Brief, actor: str, label: str, counted: set[str]) -> bool:
    """Whether a quoted voice not in `counted` has a reading `label`
    ("positive" or "negative") toward `actor` as sure as a side needs
    (`divergences.ACTOR_SIDE`), in any quote of the corpus: one `quoted`
    leaves uncounted (read only as "he", or a voice whose side its other
    quotes blur) still leans that way, so the voices counted agree "with no
    dissent" only where none does."""
    names = voices.names_by_alias(brief.people)
    for digest in brief.digests:
        for reading in digest.sentiments:
            if not (reading.quote and reading.voice and reading.label == label
                    and reading.score >= divergences.ACTOR_SIDE):
                continue
            voice = names.get(reading.voice.casefold(), reading.voice)
            if names.get(reading.target.casefold(), reading.target) == actor and voice not in counted \
                    and surname(voice) != surname(actor):
                return True
    return False


def _answered(brief: Brief, actor: str) -> bool:
    """Whether the brief's divergences set an answer to `actor`'s critics
    (`divergences.answering`: their own denial, their spokesman's) against
    them: a dissent, though not a voice speaking well of them ("“Utterly
    false,” her spokesman said" against two critics is no "no dissent")."""
    return any(d.kind == "actor" and divergences.actor_of(d) == actor and any(map(divergences.answering, d.positions))
               for d in brief.divergences)


_BACKING = r"(?:endors\w*|campaign\w* (?:for|with)|stump\w* for|running mate(?:,)? of)"


def _backing_voices(brief: Brief, actor: str) -> frozenset[str]:
    """The surnames of those the sources say back `actor` ("Obama and Biden
    will campaign for Hillary Clinton", "Biden, stumping for Clinton, ...",
    "Warren ... endorsed Clinton", "Clinton has chosen ... Tim Kaine as her
    running mate"), case-folded: on the unseen campaign stories audited, a
    tone read as blame from one of them was the sentiment model misreading
    praise, so `quoted` leaves them off the side that speaks badly."""
    written = next((w for w in actor.split() if fold(w) == surname(actor)), actor.split()[-1])
    backing = re.compile(rf"\b{_BACKING}\b[^.;]{{0,30}}?\b{re.escape(written)}\b", re.I)
    found = set()
    for paragraph in (p for d in brief.digests for p in d.article.text.split("\n")):
        for match in backing.finditer(paragraph):
            found.update(_capitalised(paragraph[max(0, match.start() - BACKER_REACH):match.start()]))
        for named in _RUNNING_MATE.finditer(paragraph):
            if re.search(rf"\b{re.escape(written)}\b", paragraph[max(0, named.start() - BACKER_REACH):named.start()],
                         re.I):
                found.update(_capitalised(named.group(1)))
    return frozenset(found - {surname(actor)})


def _capitalised(text: str) -> set[str]:
    """The capitalised words of `text`, case-folded (the names it may hold)."""
    return {fold(word) for word in re.findall(r"\b[A-Z][\w’'-]+", text)}


BACKER_REACH = 60  # characters before "endorsed", "campaign for" ... in which the backers are named
_RUNNING_MATE = re.compile(r"\b(?:chose|chosen|picked|named|tapped|selected)\b([^;\n]{0,60}?)\bas (?:her|his|their) "
                           r"running mate")  # "Clinton has chosen Virginia Sen. Tim Kaine as her running mate"


def _names(text: str, source: Source, actor: str) -> bool:
    """Whether the sentence at `source` of `text` names `actor`: a word of
    the name other than an initial ("Donald, if you try to attack Heidi")."""
    said = set(re.findall(r"\w+", fold(text[source.start:source.end])))
    named = {word for word in re.findall(r"\w+", fold(actor)) if len(word) > 2 and word in said}
    return bool(named) and not _addressed_only(text[source.start:source.end], frozenset(named))


@lru_cache(maxsize=4096)
def _addressed_only(sentence: str, words: frozenset[str]) -> bool:
    """Whether every mention in `sentence` of a name made of `words`
    (case-folded) is whom a verb of saying addresses ("..., Lee told Ann
    Berg", "said to Berg") or whom the speaker asks to act ("Lee called
    for Berg to 'use the audit'", "urged Berg to ..."): the quote is
    spoken to them, or asks something of them, not of them."""
    heads = [_phrase_head(t) for t in nlp.sentence(sentence) if fold(t.text) in words]
    return bool(heads) and all(_addressee(h) or _asked(h) for h in heads)


def _asked(token) -> bool:
    """Whether `token` is the one a request asks to act: the subject of a
    clause opened by "for" ("called for Berg to act") or the object of a
    verb with a "to" clause ("urged Berg to act")."""
    head = token.head
    if token.dep_ == "nsubj":
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children)
    return token.dep_ == "dobj" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                  for a in c.children) for c in head.children)


def _phrase_head(token):
    """The head of the name `token` is part of ("Ann" -> "Berg")."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _addressee(token) -> bool:
    """Whether `token` is the one a verb of saying speaks to: the object of
    one of `agreements.ADDRESSING` ("told Berg") or of "to" after any ("said to Berg")."""
    head = token.head
    if token.dep_ in ("dobj", "dative"):
        return head.lemma_.lower() in agreements.ADDRESSING
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in TELLING


def camps(taken: Sequence, brief: Brief) -> int:
    """How many independent voices the quoted voices `taken` are: a voice
    who speaks for another of them (`divergences.agents_of`: "Trump's
    personal lawyer" for Donald Trump) is one with them."""
    heard = {t.voice for t in taken}
    agents = divergences.agents_of(brief.people, {p.name: p for p in brief.people if p.name in heard})
    return len({next(iter(sorted(agents.get(v, frozenset()) & heard)), v) for v in heard})


def _nameable(actor: str, context: "_Context") -> bool:
    """Whether page one can say voices speak of `actor`: a person of the
    people list, or a group named by a plural ("Democrats"), not by an
    adjective ("Catholic", "Republican")."""
    return actor.casefold() in context.names or actor.endswith("s")


def _verb(verb: str, taken: Sequence) -> str:
    """"speak badly of" for several voices, "speaks badly of" for one."""
    return verb.replace("speak ", "speaks ", 1) if len(taken) == 1 else verb


def _voices_named(taken: Sequence, context: "_Context") -> str:
    """"three (Jo Roe, S1; Kim Lee, S2; Ann Dale, S3)" / "one (Jo Roe, S1,
    S3)", each voice with every source it speaks that way in (`_articles`);
    past `NAMED_VOICES`, "and two more" (one more is named: "and one more"
    tells the reader less than the name would, in as many words)."""
    shown = len(taken) if len(taken) <= NAMED_VOICES + 1 else NAMED_VOICES

    def cited(t) -> str:
        found = sorted(_articles(t), key=lambda a: context.numbers.get(a, 0))
        return ", ".join(context.cite(a, dated=False) for a in found)

    named = "; ".join(f"{t.voice}, {cited(t)}" for t in taken[:shown])
    more = f"; and {_number(len(taken) - shown)} more" if len(taken) > shown else ""
    return f"{_number(len(taken))} ({named}{more})"


def _no_view(brief: Brief, context: "_Context", topic: str) -> KeyJudgment | None:
    """Where no voice takes a side: said outright, citing the voices heard,
    rather than leaving page one silent on where the subject stands."""
    heard = [v for v in context.heard(brief.viewpoints) if v.evidence]
    if not heard:
        return None
    return KeyJudgment(text=f"No voice in the sources takes a clear side on {topic or 'the subject'}: "
                            f"{_number(len(heard))} voice{'s are' if len(heard) != 1 else ' is'} heard without one.",
                       confidence="low", basis="no voice's own words show a side",
                       sources=tuple(s for v in heard[:3] for c in v.evidence[:1] for s in c.sources[:1]),
                       kind="standing")


def _trend(brief: Brief, context: "_Context", leans: dict[str, str] | None = None) -> str:
    """Which way the sources move: the earlier dated sources' lean set
    against the later ones', each named with its date ("Over time the
    sources move from optimistic (S5, 2018) to skeptical (S3, 4 May 2024)").
    Only stated dates order the sources (a bound from the text is too loose
    for a trend); with fewer than two dates to compare, the sentence says
    the direction cannot be told, and why.  `leans` are the articles' (by
    default their voices')."""
    leans = context.article_leans(brief.viewpoints) if leans is None else leans
    dated = sorted((context.articles[a].published, context.numbers.get(a, 0), a) for a in leans
                   if a in context.articles and context.stated(a))
    undated = len(leans) - len(dated)
    if len(dated) < 2 or dated[0][0][:10] == dated[-1][0][:10]:
        return _no_trend(context, [a for _, _, a in dated], undated)
    # The middle source of an odd count belongs to neither side.
    earlier = [a for _, _, a in dated[:len(dated) // 2]]
    later = [a for _, _, a in dated[(len(dated) + 1) // 2:]]
    before, after = _lean_of(earlier, leans, context.words), _lean_of(later, leans, context.words)
    left_out = f" ({_number(undated)} undated source{'s are' if undated != 1 else ' is'} left out)" if undated else ""
    then, now = _dated_list(earlier, context), _dated_list(later, context)
    if before == after == "divided":
        return f"Over time the reading holds: the sources are divided both earlier ({then}) and later ({now}){left_out}."
    if before == after:
        return (f"Over time the reading holds: the earlier sources ({then}) and the later ones ({now}) "
                f"are both {before}{left_out}.")
    return f"Over time the sources move from {before} ({then}) to {after} ({now}){left_out}."


def _no_trend(context: "_Context", dated: list[str], undated: int) -> str:
    """Why the direction cannot be told: too few dated sources, or one date for all."""
    if not dated:
        why = "no source with a view states its date"
    elif len(dated) == 1:
        why = f"only one source with a view states its date ({_dated_list(dated, context)})"
    else:
        why = f"all the dated sources are from {context.date_words(dated[0])}"
    return f"Which way it is moving cannot be told: {why}."


def _lean_of(articles: Sequence[str], leans: dict[str, str], words: tuple[str, str]) -> str:
    """`words`' first ("optimistic") or second ("skeptical"), or "divided"
    when the articles split evenly."""
    up = sum(leans[a] == words[0] for a in articles)
    down = len(articles) - up
    return words[0] if up > down else words[1] if down > up else "divided"


def _dated_list(articles: Sequence[str], context: "_Context") -> str:
    """"S5, 2018; S2, 3 May 2021"."""
    return "; ".join(context.cite(a) for a in articles)


def divergence(brief: Brief, context: "_Context") -> KeyJudgment | None:
    """The strongest optimistic voice against the strongest skeptical one,
    named people before outlets, each with its source, date and own words,
    among the voices whose words name the subject (`_speaks_of`).
    In a brief about actors, the clearest dispute over one actor with
    `DISPUTE_VOICES` voices on each side (`_disputed_actor`), else none:
    there a voice's tone says too little about whom it judges, and one
    quote read each way is too little for page one."""
    if context.words == _ACTOR_SIDES:
        return next((j for j in map(lambda d: _disputed_actor(d, context, brief), brief.divergences) if j), None)
    up, down = context.words
    heard = [v for v in context.heard(brief.viewpoints) if _speaks_of(v, context.topic, context.terms)]
    first, second = _champion(heard, up, context), _champion(heard, down, context)
    if first is None or second is None:
        return None
    text = (f"Views diverge: {_voice(first, context)} is {up}{_words(first, context)}, while "
            f"{_voice(second, context)} is {down}{_words(second, context)}.")
    sides = [sum(context.side(v.stance) == side for v in heard) for side in (up, down)]
    if min(sides) >= 2:
        confidence, basis = "moderate", (f"{_number(sides[0])} {up} and {_number(sides[1])} {down} "
                                         "voices; stance read from their own words")
    else:
        confidence, basis = "low", "sources in dispute; stance read from each voice's own words"
    sources = tuple(s for v in (first, second) for c in v.evidence[:1] for s in c.sources[:1])
    return KeyJudgment(text=text, confidence=confidence, basis=basis, sources=sources, kind="divergence")


DISPUTE_VOICES = 2  # voices each side of an actor dispute needs to be on page one


def _disputed_actor(found: Divergence, context: "_Context", brief: Brief | None = None) -> KeyJudgment | None:
    """"Views of Ann Berg diverge: Jo Roe (mayor, S1, 5 March 2024) speaks
    well of Ann Berg (“…”), while Kim Lee (S2, undated) speaks badly of Ann
    Berg (“…”)." from an actor divergence, its first position on each side
    whose voice the standing tally counts (`_counted`); None unless each
    side has `DISPUTE_VOICES` voices.  Confidence is low
    (sources in dispute) unless three voices or more stand on each side."""
    if found.kind != "actor":
        return None
    actor = divergences.actor_of(found)
    well = [p for p in found.positions if divergences.spoken(p) == "positive"]
    badly = [p for p in found.positions if divergences.spoken(p) == "negative"]
    voices = [len({p.voice for p in side}) for side in (well, badly)]
    if brief is not None and actor in context.quoted_sides(brief):
        # The tally `quoted` states: the divergence shows a few voices a side, not all.
        badly_counted, well_counted = _counted(brief, context, actor)
        voices = [len({t.voice for t in well_counted}), len({t.voice for t in badly_counted})]
        # Page one names only voices that tally counts: a voice the divergence
        # places less surely (by tone, or in a sentence naming the actor only
        # as "the president") had been named as speaking well of an actor
        # over a basis counting no one for them.
        well, badly = _counted_only(well, well_counted), _counted_only(badly, badly_counted)
    if min(voices) < DISPUTE_VOICES or not well or not badly:
        return None
    first, second = _facing(well, badly)
    text = (f"Views of {actor} diverge: {_speaker(first, context)} speaks well of {actor}{_own(first, context)}, "
            f"while {_speaker(second, context)} speaks badly of {actor}{_own(second, context)}.")
    confidence = "moderate" if min(voices) >= 3 else "low"
    basis = (f"{_number(voices[0])} voice{'s' if voices[0] != 1 else ''} quoted for and "
             f"{_number(voices[1])} against {actor}; sides read from their own quoted words")
    sources = tuple(s for p in (first, second) for s in p.sources[:1])
    return KeyJudgment(text=text, confidence=confidence, basis=basis, sources=sources, kind="divergence")


def _facing(well: list[Position], badly: list[Position]) -> tuple[Position, Position]:
    """The first position speaking well and the first speaking badly whose
    own words share a noun of what they judge (`_judged_nouns`: "a fair
    offer" against "this offer is a sham"), else the first of each: two
    quotes on different things ("a fair offer" against "a pointless
    strike") read as opposed only through the actor."""
    for first in well:
        for second in badly:
            if _judged_nouns(first) & _judged_nouns(second):
                return first, second
    return well[0], badly[0]


def _judged_nouns(position: Position) -> set[str]:
    """The lemmas of the common nouns of the words page one quotes of a
    position (`_own`: its quotations, or all of it)."""
    return {t.lemma_.lower() for t in nlp.sentence(_quoted_words(position.text) or position.text) if t.pos_ == "NOUN"}


def _counted_only(positions: list[Position], counted: Sequence) -> list[Position]:
    """The `positions` whose voices are among the `counted` (`Taken`s of `_counted`)."""
    voices = {t.voice for t in counted}
    return [p for p in positions if p.voice in voices]


def _speaker(position: Position, context: "_Context") -> str:
    """"Jo Roe (mayor, S1, 5 March 2024)": a quoted voice with its role and source."""
    role = context.roles.get(position.voice)
    article = position.sources[0].article if position.sources else ""
    return f"{position.voice} ({', '.join(x for x in (role, context.cite(article)) if x)})"


def _own(position: Position, context: "_Context") -> str:
    """The position's words, cut short, in quotation marks: where the writer
    frames them ("Sam Solovey, a contestant on ..., said his boss was
    “always kind and generous and charming.”"), the words quoted alone."""
    quoted = _quoted_words(position.text)
    text = _clause(quoted or position.text.strip("“”\" "), "", EVIDENCE_CHARS)
    return f" (“{context.dated(text, position.sources)}”)" if text else ""


_QUOTED = re.compile(r"[“\"]([^“”\"]*)[”\"]")  # a quotation, its words the group
QUOTED_WORDS = 3  # words a quotation needs to stand for its sentence ("The Apprentice" names a show)


def _quoted_words(text: str) -> str:
    """The quotations a sentence opening on the writer's words holds, of
    `QUOTED_WORDS` words or more, joined by an ellipsis; "" when it opens on
    a quotation or holds none."""
    if text.lstrip()[:1] in "“\"":
        return ""
    found = [m for m in _QUOTED.finditer(text) if len(m.group(1).split()) >= QUOTED_WORDS]
    # Words between two quotations that say more than who spoke ("for his
    # ratings to fall before the vote, such as") carry the sense: the
    # quotations joined without them would say something else.
    if any(len(text[a.end():b.start()].split()) > BETWEEN_WORDS for a, b in zip(found, found[1:])):
        return ""
    return " … ".join(m.group(1).strip(" ,.") for m in found)


BETWEEN_WORDS = 4  # words between two quotations a speech tag takes at most (", she told the paper, ")


def _champion(viewpoints: Sequence[Viewpoint], side: str, context: "_Context") -> Viewpoint | None:
    """The side's strongest voice, a named person (speaker or author) before
    an outlet or an unattributed article."""
    voices = [v for v in viewpoints if context.side(v.stance) == side and v.evidence]
    return min(voices, key=lambda v: (v.kind not in ("speaker", "author"), -abs(v.score)), default=None)


def _who(view: Viewpoint, context: "_Context") -> str:
    """A voice's name as page one gives it: a person's name, an article's
    own voice by its number ("the reporting of S3"), never by its headline."""
    if view.kind in ("speaker", "author") or not view.articles:
        return view.label or view.voice
    return f"the reporting of {context.cite(view.articles[0], dated=False)}"


def _voice(view: Viewpoint, context: "_Context") -> str:
    """"Jana Novák (mayor, S1, 5 March 2024)": the voice, its role (an
    author as the author of the article), and the article its words are from."""
    name = view.label or view.voice
    article = view.evidence[0].sources[0].article if view.evidence and view.evidence[0].sources else \
        (view.articles[0] if view.articles else "")
    if view.kind == "author":
        return f"{name} (author of {context.cite(article)})"
    if view.kind != "speaker":  # an article's own voice: by its number, not its headline
        return f"{_who(view, context)} ({context.date_words(article)})"
    # A dateline caught in a role ("WASHINGTON - Representative") is not part of it.
    detail = re.sub(r"^[A-Z][A-Z .,]{2,}\s[-–—]\s*", "", view.role or "") if view.kind == "speaker" else ""
    return f"{name} ({', '.join(x for x in (detail, context.cite(article)) if x)})"


def _words(view: Viewpoint, context: "_Context") -> str:
    """The voice's own words, cut short, as a reported fact (a quoted
    voice's quotations alone where the writer frames them)."""
    if not view.evidence:
        return ""
    quoted = _quoted_words(view.evidence[0].text) if view.kind == "speaker" else ""
    text = _clause(quoted or view.evidence[0].text, "", EVIDENCE_CHARS)
    return f" (“{context.dated(text, view.evidence[0].sources)}”)" if text else ""


def corroborated(brief: Brief, context: "_Context") -> KeyJudgment | None:
    """The development most independent sources report: a timeline event
    several articles date alike, else the best-backed agreement; None when
    no two independent sources are matched on one."""
    # A source whose sentence gives another amount, or none, does not back
    # the amount quoted ("$117 billion" against "nearly $200 billion").
    def stating(found) -> tuple[Source, ...]:
        return tuple(s for s in found.sources if numbers.states_amounts(found.text, context.said(s)))

    def alone(found, expression: str, shown: str) -> bool:
        # A sentence crediting a publication ("told the Valley Gazette")
        # retells that paper's report, perhaps another source's own: it
        # makes no source independent of the others.  Nor does a dated
        # event's clause cut short of its date back anything: the sources
        # were matched on that date, and what page one would quote of
        # the first ("will start paying out more this year …") may be
        # that one's alone.
        return agreements.relays_report(context.said(found.sources[0])) or bool(expression) \
            and expression in found.text and expression not in shown

    def read(found, expression: str = "") -> list[str]:
        # What `quoted` parses besides the first source's sentence: the
        # part quoted and the other sentences stating its amounts, which
        # `agreements.backs` compares with it.
        shown = _clause(found.text, expression, CLAUSE_CHARS)
        others = [context.said(s) for s in stating(found) if s != found.sources[0]]
        return [shown, *others] if others and not alone(found, expression, shown) else []

    def quoted(found, expression: str = "") -> tuple[str, tuple[Source, ...]]:
        # The part page one quotes must be what the others back: "The
        # mayor was pressed on the cost of so large a fare rise — the
        # present fare is $2.40" is backed on the fare only; "Critics said
        # the inquiry left questions open about the March 3, 2019, flood"
        # on the flood's date only.
        shown = _clause(found.text, expression, CLAUSE_CHARS)
        if alone(found, expression, shown):
            return shown, found.sources[:1]
        # A claim's year ("founded the institute in 1979") is part of what
        # page one says two sources report: a source without it backs the
        # rest only.  (An event's date was matched by the timeline already.)
        backing = tuple(s for s in stating(found)
                        if s == found.sources[0] or agreements.backs(shown, context.said(s))
                        and not agreements.relays_report(context.said(s))
                        and (bool(expression) or agreements.states_years(shown, context.said(s))))
        # One passage of wire copy in two stories gives the fact once.
        apart = set(context.apart([(s.article, context.said(s)) for s in backing]))
        cited = tuple(s for s in backing if s.article in apart)
        return _told_by_others(shown, [context.said(s) for s in cited if s != found.sources[0]]), cited

    def backed(found, expression: str = "") -> int:
        return context.independent(s.article for s in quoted(found, expression)[1])

    # Whether each event's own sentence credits a publication's report
    # (`alone`) is read from its parse, and the sentences that may back it
    # from theirs (`read`): each parsed in one go, as are the clauses too
    # long to quote whole, which `_fit` cuts by their parse.
    nlp.parse_ahead(clause for e in brief.timeline
                    if len(clause := _whole_clause(e.text, e.expression or "")) > CLAUSE_CHARS)
    nlp.parse_ahead(context.said(e.sources[0]) for e in brief.timeline)
    nlp.parse_ahead(text for e in brief.timeline for text in read(e, e.expression or ""))
    # A quotation ("“By 2020 we can survive,” he added") is someone's
    # statement, not a development the sources report; a clause that leans
    # on the sentence before ("He left the campaign in August 2015") says
    # on page one neither who nor what; nor does one whose writer speaks
    # as "we" or "I" ("We surveyed 900 households": a study's authors).
    event = max((e for e in brief.timeline if backed(e, e.expression or "") >= 2 and stance.authors_words(e.text)
                 and not leans_back(e.text) and not _FIRST_PERSON.match(e.text)),
                key=lambda e: (backed(e, e.expression or ""), e.date), default=None)
    claims = [told for told in (_told_plainly(a, context) for a in brief.agreements) if told is not None]
    claim = max((a for a in claims if a.corroborated and backed(a) >= 2), key=backed, default=None)
    # A dated development comes first, unless more sources agree on a claim
    # (a year three articles give as background, "a tradition since 1909",
    # is not what a shooting story's sources corroborate).
    if event is not None and (claim is None or backed(event, event.expression or "") >= backed(claim)):
        shown, sources = quoted(event, event.expression or "")
        return _reported(context, sources, shown, context.when(event))
    if claim is not None:
        shown, sources = quoted(claim)
        return _reported(context, sources, shown, "")
    # No judgment where nothing is matched: matching is by wording, so a
    # claim no other source words alike may still be what every source
    # reports in its own words (audited briefs said "worded alike in no
    # other source" of a launch all sources told), and a one-source brief
    # has nothing to match against.  The scope note says what was checked.
    return None


def _told_plainly(found: Agreement, context: "_Context") -> Agreement | None:
    """`found` as page one may quote it: told in its writer's own words
    (`stance.authors_words`), leaning on no sentence before it and not
    opening on its writer's "we"; else as the first of its backing
    sources that is so told (its passage the text, that source first)
    and tells what `found` does (`agreements.backs`); else None.  "“Not
    one more day!” Ruiz told the crowd" is mostly a quotation, but a
    second source's "“Not one more day,” Ruiz told the crowd at the quay
    on Monday" holds more of its writer's words."""
    def plain(text: str) -> bool:
        return bool(text) and stance.authors_words(text) and not leans_back(text) and not _FIRST_PERSON.match(text)

    if plain(found.text):
        return found
    # The backer must tell what the claim does: the sources of a
    # quotation are not all matched on its words.
    source = next((s for s in found.sources[1:] if plain(context.said(s))
                   and agreements.backs(found.text, context.said(s))), None)
    if source is None:
        return None
    return replace(found, text=context.said(source), sources=(source, *(s for s in found.sources if s != source)))


def _reported(context: "_Context", sources: Sequence[Source], clause: str, date: str) -> KeyJudgment:
    articles = sorted(dict.fromkeys(s.article for s in sources), key=lambda a: context.numbers.get(a, 0))
    count = context.independent(articles)
    cited = ", ".join(context.cite(a, dated=False) for a in articles)
    quoted = context.dated(clause, sources)
    # A clause whose relative date is already resolved in brackets needs no second date, and
    # one whose relative date stays unresolved ("this year") takes none that might contradict it.
    when = f" ({date})" if date and "[" not in quoted and not relative.has_relative(clause) else ""
    many = context.sources_words(count, articles)
    text = f"Best corroborated: {many} ({cited}) report that “{quoted}”{when}."
    confidence = "high" if count >= 3 else "moderate"
    return KeyJudgment(text=text, confidence=confidence, basis=f"{many} agree" + context.unknown_outlets(articles),
                       sources=tuple(sources), kind="corroborated")


def _told_by_others(shown: str, others: Sequence[str]) -> str:
    """`shown` (the claim page one quotes) without the phrase closing it
    after its last comma, marked "…", when that phrase has no finite verb
    and none of `others` (the cited sources' sentences) tells half its
    words: "The boats came from the fleet of Ida Marsh, once head of the
    harbour's repair yard" is backed by "... the fleet of Ida Marsh, who
    once worked at the harbour" on the fleet, not on the yard, and page
    one says the sources report only what they do.  A quotation, a clause
    ("..., the mayor said") and a short phrase stay."""
    cut = shown.rfind(", ")
    tail = shown[cut + 2:].rstrip("…") if cut > 0 else ""
    words = content_words(tail)
    if not others or len(words) < TAIL_WORDS or len(shown[:cut].split()) < TAIL_WORDS or _MARK.search(tail) \
            or any(len(words & content_words(other)) * 2 >= len(words) for other in others):
        return shown
    if any(t.tag_ in _FINITE_TAGS for t in nlp.sentence(shown) if t.idx > cut):
        return shown
    return shown[:cut] + "…"


TAIL_WORDS = 3  # content words a closing phrase holds at least to be cut, and words left before it at least
_MARK = re.compile(r"[“”\"‘’]")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


_FIRST_PERSON = re.compile(r"(?:we|i|our|my|us)\b", re.I)
"""A sentence opening on its writer's own person: quoted on page one as
what sources report, "we" would name no one."""


_POINTING = re.compile(r"(this|that|these|those|its|their|his|her|it|similar|such|same|comparable)\b", re.I)
"""A measure that opens by pointing back ("this virus as a share of people",
"similar savings": like what?) says what it measures only with the
sentence before it."""


_BARE_SHARE = re.compile(r"(?:the )?share of (?!each\b)(?P<whole>.+)", re.I)
_SAYS_WHICH = re.compile(r"\b(?:who|whom|whose|that|which|with|without)\b", re.I)
_DETERMINING = frozenset("the a an all its their his her our this that these those".split())


def ownerless_share(measures: str) -> bool:
    """Whether a measure is a share of a whole that names no part: "share
    of the region's farmland" (of "Rice covers 40 percent of the region's
    farmland") leaves out what covers it, which the sentence told as its
    subject; page one would read "40 percent, the share of the region's
    farmland" as no finding.  A share whose whole says which part ("share
    of voters backing the levy", "share of farms that flooded"), a part
    named before it ("Rice as a share of farmland") or each of several
    named ("share of each of Lind and Osei") says it."""
    found = _BARE_SHARE.fullmatch(measures.strip())
    if not found or _SAYS_WHICH.search(found.group("whole")):
        return False
    # A verb form after the whole's first word tells which of it ("voters
    # favoring", "exonerees convicted"); before its noun it only describes
    # the whole ("living matter", "registered voters").
    words = [w for w in re.findall(r"[\w'’]+", found.group("whole").lower()) if w not in _DETERMINING]
    return not any(re.fullmatch(r"[a-z]{3,}(?:ing|ed)", w) for w in words[1:])


_OWNED_WHOLE = re.compile(r"(?P<owner>[^'’]+?['’]s?) (?P<whole>\w[\w\- ]*)")


def share_of_whole(figure: Figure, measures: str) -> str:
    """`measures` ("Holm's total catch") of a percentage its sentence
    gives as a part of that whole ("Holm landed 30% of the total catch")
    worded as the share it is: "Holm's share of the total catch".  Read
    as "30% for Holm's total catch", the whole would seem 30%.  Any
    other measure as it is ("30 percent of Holm's catch": the owner is
    the whole's)."""
    found = _OWNED_WHOLE.fullmatch(measures) if figure.unit == "%" else None
    if found is None:
        return measures
    whole = found.group("whole")
    after = re.search(re.escape(figure.text) + r" of (?P<the>the )?(?P<whole>.+)", figure.sentence)
    if after is None or not after.group("whole").startswith(whole):
        return measures
    return f"{found.group('owner')} share of {after.group('the') or ''}{whole}"


_BODY_OF_PEOPLE = re.compile(
    r"\b(?:its|their) (?:own )?(?:citizens|nationals|residents|people|population|members|employees|staff|workers"
    r"|troops|soldiers|forces|customers|clients|shareholders|voters|supporters|officials|diplomats)\b", re.I)
"""People who belong to a country, a company or a body ("its citizens",
"their staff"): the "its" or "their" stands for that body (general
English), never for a thing the measure names ("the zone")."""


_BODIES = frozenset("GPE ORG NORP".split())


def owned_measure(figure: Figure) -> str | None:
    """`figure.measures` as page one may print it: as it is, unless its
    "its" or "their" stands for a body it does not name (`unnamed_owner`);
    then with that word replaced by the one body (a country, an
    organisation, a people) its sentence names before the figure, in
    brackets ("exclusion zone for [Norland] citizens"), or None when the
    sentence names no such body there, or several."""
    measures = figure.measures or ""
    if not unnamed_owner(measures):
        return measures
    at = figure.sentence.find(figure.text)
    doc = nlp.sentence(figure.sentence) if at > 0 else None
    bodies = {re.sub(r"^the ", "", e.text, flags=re.I) for e in (doc.ents if doc is not None else ())
              if e.label_ in _BODIES and e.end_char <= at}
    if len(bodies) != 1:
        return None
    found = _BODY_OF_PEOPLE.search(measures)
    owner = found.group(0).split(" ", 1)
    return f"{measures[:found.start()]}[{bodies.pop()}] {owner[1]}{measures[found.end():]}"


def unnamed_owner(measures: str) -> bool:
    """Whether a measure gives people who belong to a body by "its" or
    "their" (`_BODY_OF_PEOPLE`) and names no body before them, by name or
    by a possessive: "exclusion zone for its citizens" (of "the
    Republic's decision to set a 30-mile exclusion zone for its
    citizens") leaves out whose citizens, and page one would read the
    zone as anyone's.  "Norland's exclusion zone for its citizens" names it."""
    found = _BODY_OF_PEOPLE.search(measures)
    if not found:
        return False
    before = measures[:found.start()]
    return not re.search(r"\b[A-Z][\w.\-]*|['’]s\b", before)


_PUT_FORWARD = re.compile(r"\((?:proposed|planned|requested|sought|demanded|voted)\)$")
"""How distill.figures marks an amount only put forward ("cuts (proposed)"):
a key figure when sources agree on it, its mark kept."""


_METHOD = re.compile(r"\b(?:error|errors|sampling|confidence)\b", re.I)
"""A measure of how a survey or an estimate was made ("the error" of "a
margin of error of 3 percentage points", "a 95% confidence interval"):
every poll or study states one, and none is a finding."""


def verb_led(measures: str, sentence: str, text: str = "") -> bool:
    """Whether what a figure measures is a verb of its sentence with the
    verb's own preposition ("accept from harbour firms", of "she had
    accepted “about $90,000” from harbour firms"): no noun phrase, and
    "Key figure: about $90,000 for the accept from harbour firms" reads
    garbled.  A verb's subject, joined by "of" or "by" ("cost of the
    bridge", of "the bridge cost $5 million"), makes one; so does a verb
    its article (`text`) also uses as a noun ("those cuts": "the cut from
    the harbour fund")."""
    words = measures.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[1].lower() in ("of", "by"):
        return False
    first, joined = words[0].lower(), words[1].lower()
    if re.search(rf"\b(?:{_DETERMINERS})\s+(?:\S+\s+)?{re.escape(first)}s?\b", text, re.I):
        return False
    uses = [t for t in nlp.sentence(sentence) if first in (t.lower_, t.lemma_.lower())]
    return bool(uses) and all(t.pos_ in ("VERB", "AUX") for t in uses) and any(
        c.dep_ == "prep" and c.lower_ == joined for t in uses for c in t.children)


_DETERMINERS = "the|a|an|its|his|her|their|this|that|these|those|our|your"


def key_figure(brief: Brief, context: "_Context") -> KeyJudgment | None:
    """The figure most sources give (money first, then the largest), with
    what it measures, and whether the sources differ on it; one only a
    single source gives must be its own fact (not a claim or a proposal)
    and central (`central`), else there is no key figure."""
    # What it measures must read as a noun phrase ("cost of the bridge"),
    # not a bare name or an actor with its verb ("Obama (cut)").
    candidates = [f for f in brief.figures if f.value is not None and measure_key(f)
                  and re.search(r"\b[a-z]{3,}", f.measures or "")
                  and ("(" not in (f.measures or "") or _PUT_FORWARD.search(f.measures or ""))
                  and not re.search(r"\bto \w+$", f.measures or "")
                  and not _POINTING.match(f.measures or "") and not _METHOD.search(f.measures or "")
                  and not ownerless_share(f.measures or "") and owned_measure(f) is not None
                  and not (f.measures or "").startswith(f"{f.unit} ")  # "125 people for the people who ...": said twice
                  and says_what(f.measures or "", f.unit)
                  and not verb_led(f.measures or "", f.sentence, context.texts.get(f.sources[0].article, ""))
                  # An excerpt's sentence cut off by an ellipsis ("sold more than $50 billion...")
                  # says neither what the amount is of nor whether it is whole.
                  and not cut_short(f.sentence)]
    # Two editions of one wire report give a figure once (`_Context.apart`).
    backing = {key: context.apart(told) for key, told in _backers(candidates).items()}
    every = list(candidates)
    # A figure only one source gives, in a voice's own words, is that voice's
    # claim (or its turn of phrase: "the $64,000 question"), not a fact the
    # brief can lead with.
    quoted = _quoted_spans(brief.quotes)
    candidates = [f for f in candidates if context.independent(backing[id(f)]) >= 2 or not _in_spans(f, quoted)]
    # Nor is one every source gives only inside quoted words (two papers quoting one campaign
    # ad's "$4 billion raid"): the sources report that it was said, not that it is so.
    plain = {(s.article, f.sentence) for f in candidates if not _in_spans(f, quoted) for s in f.sources}
    candidates = [f for f in candidates if not _in_spans(f, quoted) or plain.intersection(backing[id(f)])]
    # A figure one source alone gives inside what someone concluded, estimated or said
    # ("testimony that concluded there was a 50 percent chance") is that one's claim, not a fact:
    # read from the parse of each such figure's sentence (`claimed`), all parsed in one go.
    nlp.parse_ahead(f.sentence for f in candidates if context.independent(backing[id(f)]) < 2
                    and f.text in f.sentence)
    candidates = [f for f in candidates if context.independent(backing[id(f)]) >= 2 or not claimed(f)]
    # A size one source alone gives ("a larger 14-inch display") is a thing's
    # description or a product's rumoured spec, not the figure a brief leads with.
    candidates = [f for f in candidates if f.unit not in numbers.SIZES or context.independent(backing[id(f)]) >= 2]
    # An amount only put forward ("$4 billion in cuts (proposed)") that one source alone gives
    # is no figure to lead with: page one would read it as the cut made.
    candidates = [f for f in candidates if not _PUT_FORWARD.search(f.measures or "")
                  or context.independent(backing[id(f)]) >= 2]
    # A figure one source alone gives leads page one only when it is central to the
    # story; better no key figure than a side detail from deep in one article.
    words = subject_words(brief)
    candidates = [f for f in candidates if context.independent(backing[id(f)]) >= 2 or central(f, words)]
    # Nor does one source's figure whose measure is a bare noun ("156 tons for the carbon",
    # "$2 million for the donations"): it says neither whose amount it is nor of what.
    candidates = [f for f in candidates if context.independent(backing[id(f)]) >= 2 or not bare_measure(f.measures)]
    # A round number a total passed ("donations topped the $2 billion mark") is a milestone,
    # not an amount of anything: the amount is the total's own figure.
    candidates = [f for f in candidates if not _MILESTONE.search(f.measures or "")]
    if not candidates:
        return None
    # Among figures as well backed, one of the story's own time before one of its backstory
    # ("Last year, the two sides agreed on $25 billion"), however large.
    # Then, of two otherwise alike, one measuring what the story is about before a larger one
    # that does not: "40 miles of ferry route" in a brief on the route, not "120,000 dock workers".
    best = max(candidates, key=lambda f: (context.independent(backing[id(f)]), not backstory(f), _is_money(f),
                                          len(measure_key(f)) <= 4,
                                          bool(content_words(f.measures or "") & words), abs(f.value or 0)))
    articles = backing[id(best)]
    count = context.independent(articles)
    # A reprint is cited as the text it repeats: "as given in S6", not "S6, S7".
    articles = sorted(dict.fromkeys(context.first.get(a, a) for a in articles), key=lambda a: context.numbers.get(a, 0))
    cited = ", ".join(context.cite(a, dated=False) for a in articles)
    # "the cost of the bridge" reads as an apposition; "border wall" needs "for".
    # A measure a name owns ("Trump's share of the vote") takes no "the"; "the firm's shares" does.
    measures = _as_put_forward(share_of_whole(best, owned_measure(best) or ""), best, every)
    the = "" if re.match(r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*['’]s\b", measures) else "the "
    what = f", {the}{measures}," if re.search(r"\b(of|for|in|to)\b", measures) else f" for {the}{measures},"
    text = f"Key figure: {_as_amount(best.text)}{what} as {'reported by' if count > 1 else 'given in'} {cited}."
    clash = _clash(best, brief.discrepancies)
    if clash:
        text += f" Sources differ on it: {clash}."
    if clash:
        confidence, basis = "low", "sources in dispute"
    elif count >= 2:
        confidence = "high" if count >= 3 else "moderate"
        basis = f"{context.sources_words(count, articles)} give it" + context.unknown_outlets(articles)
    else:
        confidence, basis = "low", "a single source"
    return KeyJudgment(text=text, confidence=confidence, basis=basis, sources=best.sources, kind="figure")


def _as_put_forward(measures: str, best: Figure, figures: Sequence[Figure]) -> str:
    """`measures` with the mark of an amount only put forward ("(planned)")
    that another source's same figure (`same_figure`) carries: "$2
    billion, the value of the harbour fund" one source writes is "a $2
    billion fund it means to create" in another, a target, not a value."""
    if _PUT_FORWARD.search(measures):
        return measures
    mark = next((found.group(0) for other in figures if same_figure(best, other)
                 for found in [_PUT_FORWARD.search(other.measures or "")] if found), None)
    return f"{measures} {mark}" if mark else measures


_PROPOSING = frozenset("suggest propose recommend urge advocate".split())
"""Verbs by which what follows is someone's proposal ("she proposed spending
$4 million"), not a fact."""

_CLAIMING = REPORTING | _PROPOSING | frozenset("estimate reckon believe think calculate".split())
"""Verbs by which a clause is someone's word, reckoning, belief or proposal
(not "report" or "confirm": what a paper or an office tells as fact)."""


def claimed(figure: Figure) -> bool:
    """Whether `figure`'s sentence frames it as someone's claim: a verb of
    saying, concluding or estimating (`_CLAIMING`) before it governs the
    clause that holds it ("the panel concluded there was a 40 percent
    risk", "she estimates the loss at $3 million", "he proposed spending
    $4 million"), or a colon after a proposing verb's clause opens it
    (`_spelled_out`); not an attribution
    after it ("rents rose 5 percent, the agency said"), the way a
    report names where a fact comes from."""
    at = figure.sentence.find(figure.text)
    if at < 0:
        return False
    doc = nlp.sentence(figure.sentence)
    span = doc.char_span(at, at + len(figure.text), alignment_mode="expand")
    if span is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _CLAIMING and t.i < span.start
               for t in span.root.ancestors) or _spelled_out(doc, span.start)


def _spelled_out(doc, index: int) -> bool:
    """Whether token `index` of `doc` comes after a colon that closes a
    proposing verb's clause: what follows spells out what is proposed
    ("a letter suggesting two fixes: give the board the $2 million"),
    though the parse hangs it elsewhere."""
    return any(colon.text == ":" and colon.i > 0 and verb.i < colon.i
               and verb.right_edge.i == colon.i - 1
               for colon in doc[:index] for verb in doc[:colon.i]
               if verb.pos_ == "VERB" and verb.lemma_.lower() in _PROPOSING)


_YEARS_BEFORE = re.compile(r"\blast year\b|\b(?:a|one|two|three|four|five|six|several|many|\d+) (?:years?|decades?) ago\b"
                           r"|\ba decade ago\b|\b(?:a|one) year (?:earlier|before)\b|\bthe (?:previous|prior) year\b"
                           r"|\byears (?:earlier|before|ago)\b", re.I)
"""Words that set a clause a year or more before the story's own time."""


def backstory(figure: Figure) -> bool:
    """Whether `figure`'s sentence, up to the figure, sets it a year or more
    back (`_YEARS_BEFORE`: "Last year, the council borrowed $900 million",
    "a deal struck two years ago for $40 million"): background the story
    recalls, not a term of what it reports now."""
    at = figure.sentence.find(figure.text)
    return bool(_YEARS_BEFORE.search(figure.sentence[:at] if at >= 0 else figure.sentence))


_MILESTONE = re.compile(r"\b(?:mark|milestone)$", re.I)
"""The nouns of a round number passed ("past the $1 billion mark")."""


def bare_measure(measures: str | None) -> bool:
    """Whether `measures` is one bare word ("carbon", "donations"), with no
    owner, kind or qualifier to say whose amount or which one is meant;
    "potential fine" or "price of the dress" says more."""
    return len((measures or "").split()) == 1


LEDE_PARAGRAPHS = 5
"""An article's first paragraphs, which carry what its story is about."""


def subject_words(brief: Brief) -> frozenset[str]:
    """The `content_words` of what `brief` is about: its subject line, its
    title, and its main (first) theme's label and key phrases."""
    main = brief.themes[0] if brief.themes else None
    parts = [brief.subject or "", brief.title or ""]
    if main is not None:
        parts += [main.label, *main.key_phrases]
    return content_words(" ".join(parts))


def central(figure: Figure, words: frozenset[str]) -> bool:
    """Whether `figure` is central to its story: written in one of its
    article's first `LEDE_PARAGRAPHS` paragraphs, or measuring something
    named by one of `words` (`subject_words`): "the harbour fund" in a
    brief on a harbour fund, not "a $400 monthly rent" told deep in a
    profile of its tenant."""
    if figure.sources and figure.sources[0].paragraph < LEDE_PARAGRAPHS:
        return True
    return bool(content_words(figure.measures or "") & words)


def _quoted_spans(quotes: Sequence[Quote]) -> dict[str, list[tuple[int, int]]]:
    """{article id: the (start, end) of each piece of its direct quotes}."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for quote in quotes:
        if quote.kind == "direct":
            for source in quote.sources:
                spans.setdefault(source.article, []).append((source.start, source.end))
    return spans


def _in_spans(figure: Figure, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether `figure` is written inside one of `spans` (`_quoted_spans`)."""
    where = figure.sources[0]
    return any(start <= where.start and where.end <= end for start, end in spans.get(where.article, ()))


def _as_amount(text: str) -> str:
    """A figure written as an adjective, as an amount: "50-mile" -> "50
    miles" ("the 50-mile zone"), "10-foot" -> "10 feet"; others as written."""
    found = re.fullmatch(r"(.*\d)-([a-z]+)", text)
    if not found:
        return text
    amount, unit = found.groups()
    if unit == "foot":
        return f"{amount} feet"
    plural = unit if amount.split()[-1] in ("1", "one") else unit + ("es" if unit.endswith(("ch", "sh", "s", "x")) else "s")
    return f"{amount} {plural}"


def _backers(figures: Sequence[Figure]) -> dict[int, list[tuple[str, str]]]:
    """{id(figure): (article, sentence) of each figure giving the same value
    and unit for the same thing (`same_figure`)}: "$70 billion" does not back "$72
    billion", which page one would then say both report.  Figures are
    looked up by unit and sorted value, so an article of 20,000 numbers
    costs n log n, not n x n."""
    by_unit: dict[str | None, list[tuple[float, int]]] = {}
    for index, figure in enumerate(figures):
        if figure.value:
            by_unit.setdefault(figure.unit, []).append((figure.value, index))
    values = {unit: [v for v, _ in sorted(group)] for unit, group in by_unit.items()}
    ordered = {unit: [i for _, i in sorted(group)] for unit, group in by_unit.items()}
    backing: dict[int, list[tuple[str, str]]] = {}
    for index, figure in enumerate(figures):
        same: list[int] = []
        if figure.value:
            margin = numbers.margin(figure.unit, figure.value)
            row = values[figure.unit]
            low, high = bisect_left(row, figure.value - margin), bisect_right(row, figure.value + margin)
            same = sorted(j for j in ordered[figure.unit][low:high] if same_figure(figure, figures[j]))
        backing[id(figure)] = list(dict.fromkeys((s.article, figures[j].sentence) for j in same
                                                 for s in figures[j].sources))
    return backing


def _is_money(figure: Figure) -> bool:
    return bool(figure.unit and re.fullmatch(r"[A-Z]{3}", figure.unit))


def _clash(figure: Figure, found: Sequence[Discrepancy]) -> str:
    for item in found:
        if item.kind == "quantity" and any(figure.sentence == c.text for c in item.items):
            return item.description.split(": ", 1)[-1].rstrip(".")
    return ""


def changes(new: WhatsNew | None) -> KeyJudgment | None:
    """What changed since the previous edition, counted."""
    if new is None or not new.previous_edition:
        return None
    parts = [(len(new.new_articles), "new source"), (len(new.dropped_articles), "source dropped"),
             (len(new.new_viewpoints), "new voice"), (len(new.new_figures), "new figure"),
             (len(new.new_events), "new event")]
    said = [f"{_number(n)} {noun if n == 1 else _plural(noun)}" for n, noun in parts if n]
    stamp = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", new.previous_edition)
    when = human_date("-".join(stamp.groups())) if stamp else new.previous_edition
    text = f"Since the previous edition ({when}): " + (", ".join(said) if said else "no change in sources") + "."
    if new.new_viewpoints:
        text += f" New voices: {', '.join(new.new_viewpoints[:3])}."
    return KeyJudgment(text=text, confidence="high", basis="comparison with the previous edition",
                       kind="changes")


def _plural(noun: str) -> str:
    return noun.replace("source dropped", "sources dropped") if "dropped" in noun else noun + "s"


def topic_words(label: str, digests: Sequence[Digest] = ()) -> str:
    """A theme label as it reads inside a sentence: "Immigration reform" ->
    "immigration reform"; "Supreme Court" and "NATO" stay, and a one-word
    label stays unless the `digests`' sentences write it in lower case more
    often than not ("Deaths" -> "deaths"; "Russia" stays)."""
    words = label.split()
    if len(words) > 1 and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        return " ".join([words[0].lower()] + words[1:])
    if len(words) == 1 and words[0][1:].islower() and _mostly_lower(words[0], digests):
        return label.lower()
    return label


def _mostly_lower(word: str, digests: Sequence[Digest]) -> bool:
    """Whether the sentences of `digests` write `word` in lower case more
    often than with a capital (a sentence's first word left out)."""
    lower = re.compile(rf"\b{re.escape(word.lower())}\b")
    upper = re.compile(rf"(?<=[\w,;:] ){re.escape(word[:1].upper() + word[1:])}\b")
    counts = [0, 0]
    for digest in digests:
        for sentence in digest.sentences:
            counts[0] += len(lower.findall(sentence.text))
            counts[1] += len(upper.findall(sentence.text))
    return counts[0] > counts[1]


def not_repeating(claims: Sequence[Claim], judged: Sequence[KeyJudgment]) -> tuple[Claim, ...]:
    """`claims` less those whose words a key judgment already quotes."""
    quoted = [re.sub(r"\s\[[^\]]*\]", "", q).rstrip("…").strip()
              for j in judged for q in re.findall(r"“([^”]+)”", j.text)]
    quoted = [_plain(q) for q in quoted if len(q.split()) >= 4]
    return tuple(c for c in claims if not any(q in _plain(c.text) for q in quoted))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[‘’“”\"']", "", text).split()).lower()


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


_THE = re.compile(r"^the\s+")


class _Context:
    """The brief's articles by id: their numbers (S1...), outlets and dates
    (the date an undated article speaks from is its digest's `anchor`)."""

    def __init__(self, brief: Brief, topic: str = "", actor: bool | None = None,
                 terms: frozenset[str] | None = None, copies: dict[str, str] | None = None):
        self.topic = topic
        self._quoted: dict[str, dict[str, list]] | None = None
        self.articles: dict[str, Article] = {a.id: a for a in brief.articles}
        self.anchors = {d.article.id: d.anchor for d in brief.digests}
        self.texts = {d.article.id: d.article.text for d in brief.digests}
        self.events = relative.by_article((e for d in brief.digests for e in d.events),
                                          relative.unplaced_of(brief.digests))
        self.first = copies if copies is not None else reprints.first_editions(brief.digests)
        # Articles carrying one passage of copy (wire paragraphs set into two
        # stories): a sentence of it in both is one source, not two.
        ids = [d.article.id for d in brief.digests]
        self.copied = frozenset(frozenset((ids[a], ids[b])) for a, b in reprints.shared_copy(brief.digests))
        self.numbers = {a.id: n for n, a in enumerate(brief.articles, 1)}
        self.roles = {p.name: p.role for p in brief.people if p.role}
        self.names = voices.names_by_alias(brief.people)
        # The names voices' stances were read toward.
        self.terms = terms if terms is not None else subjects.find_subject(brief.digests).terms
        # The brief's own pair of words: "supportive"/"critical" where its
        # subject is an actor or a decision, else "optimistic"/"skeptical".
        # Told by the caller: no voice taking a side says nothing of the subject.
        if actor is None:
            actor = any(v.stance in _ACTOR_SIDES for v in brief.viewpoints)
        self.words: tuple[str, str] = _ACTOR_SIDES if actor else ("optimistic", "skeptical")

    def quoted_sides(self, brief: Brief) -> dict[str, dict[str, list]]:
        """`quoted_sides` of `brief`, found once."""
        if self._quoted is None:
            self._quoted = quoted_sides(brief)
        return self._quoted

    def said(self, source: Source) -> str:
        """The words of the passage `source` points at ("" when its article is unknown)."""
        return self.texts.get(source.article, "")[source.start:source.end]

    def full_name(self, actor: str) -> str:
        """A person's name as the people list gives it ("Trump" -> "Donald
        Trump"); a group's or place's name as it is."""
        return self.names.get(actor.casefold(), actor)

    def heard(self, viewpoints: Sequence[Viewpoint]) -> list[Viewpoint]:
        """The voices whose stance page one may state: in an actor's brief,
        not the actors' own (a stance toward oneself is no view of the subject)."""
        if self.words != _ACTOR_SIDES:
            return list(viewpoints)
        return [v for v in viewpoints if not (v.kind == "speaker" and v.voice and v.voice in self.topic)]

    def side(self, stance: str | None) -> str | None:
        """`stance` in the brief's pair of words ("supportive" stays, "optimistic"
        becomes "supportive" in an actor's brief); "mixed" and "neutral" stay."""
        return stance_in_brief(stance, self.words == _ACTOR_SIDES) if stance else stance

    def dated(self, text: str, sources: Sequence[Source]) -> str:
        """`text` with its relative time resolved against its first source's article."""
        return relative.annotate(text, self.articles.get(sources[0].article) if sources else None,
                                 relative.readings(self.events, sources))

    def when(self, event: Event) -> str:
        """An event's date in words; a relative one ("on Friday") as its
        article resolves or bounds it, never as if it were known."""
        expression = event.expression or ""
        found = relative.RELATIVE.search(expression)
        if found and not re.search(r"\b(19|20)\d{2}\b", expression):
            words = relative.window(found.group(0), self.articles.get(event.sources[0].article), event.date)
            return "" if words == relative.UNKNOWN else words
        return human_date(event.date, approximate=event.approximate)

    def independent(self, articles) -> int:
        """Distinct articles, two from one outlet counting once, and so a
        reprint of another's text (`reprints`) with it.  An article that
        names no outlet is known by the site its file's name gives
        (`name_site`: two "siteA_2031-05-02_..." files are one site's
        follow-up stories, a recap in the second no confirmation of the
        first)."""
        firsts = (self.first.get(a, a) for a in articles)
        return len({self._outlet_key(a) for a in firsts})

    def _outlet_key(self, article_id: str) -> str:
        """What tells `article_id`'s publisher apart: its outlet, else its
        file name's site, in letters and digits alone ("Politico" and "politico" are
        one), else the article itself."""
        article = self.articles.get(article_id)
        if article is None:
            return article_id
        name = article.outlet or name_site(article.source_path)
        return (key(_THE.sub("", name.lower())) if name else "") or article_id

    def sources_words(self, count: int, articles: Sequence[str]) -> str:
        """"two independent sources" when every one of `articles` names its
        outlet (distinct outlets: `independent`), else "two sources": of
        articles whose outlets are unknown, nothing says they are not one
        outlet's, or one relaying another's report."""
        known = all(a in self.articles and self.articles[a].outlet for a in articles)
        return f"{_number(count)} {'independent ' if known else ''}source{'s' if count != 1 else ''}"

    def unknown_outlets(self, articles: Sequence[str]) -> str:
        """"; their outlets are not stated" when none of `articles` names
        its outlet; "; S1's outlet is not stated" (or "the outlets of S1
        and S4") when only some do not, else "".  The basis must not deny
        an outlet the scope note names for one of the same sources."""
        unknown = [a for a in dict.fromkeys(articles) if not (a in self.articles and self.articles[a].outlet)]
        if not unknown:
            return ""
        if len(unknown) == len(set(articles)):
            return "; their outlets are not stated"
        cited = [self.cite(a, dated=False) for a in unknown]
        if len(cited) == 1:
            return f"; {cited[0]}'s outlet is not stated"
        return f"; the outlets of {', '.join(cited[:-1])} and {cited[-1]} are not stated"

    def apart(self, told: Sequence[tuple[str, str]]) -> list[str]:
        """The articles of `told` ((article id, the sentence it tells a fact
        in), in order) less each whose sentence is a copy (`reprints.one_copy`)
        of an earlier one's from an article it shares a passage with
        (`copied`): two editions of one wire report, each trimmed by its
        editors, give a fact once."""
        kept: list[tuple[str, str]] = []
        for article, sentence in told:
            if not any(frozenset((article, other)) in self.copied and reprints.one_copy(sentence, said)
                       for other, said in kept):
                kept.append((article, sentence))
        return list(dict.fromkeys(article for article, _ in kept))

    def cite(self, article: str, dated: bool = True) -> str:
        """"S3" or "S3, 4 May 2024" / "S3, undated, not before 2021"."""
        label = f"S{self.numbers.get(article, '?')}"
        return f"{label}, {self.date_words(article)}" if dated else label

    def date_words(self, article: str) -> str:
        found = self.articles.get(article)
        if found is None:
            return "undated"
        if found.published:
            return f"c. {human_date(found.published)}" if found.date_note else human_date(found.published)
        anchor = self.anchors.get(article)
        if anchor is None:
            return "undated"
        when = anchor.date[:4] if anchor.precision == "year" else human_date(anchor.date[:7])
        return f"undated, not before {when}"

    def stated(self, article: str) -> bool:
        found = self.articles.get(article)
        return found is not None and bool(found.published) and not found.date_note

    def article_leans(self, viewpoints: Sequence[Viewpoint]) -> dict[str, str]:
        """Each article's lean: the sign of its voices' summed scores."""
        totals: dict[str, float] = {}
        for view in viewpoints:
            if view.stance == "neutral":
                continue
            for article in view.articles:
                totals[article] = totals.get(article, 0.0) + view.score
        return {a: self.words[0] if s > 0 else self.words[1] for a, s in totals.items() if s}


def _number(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


_OPENERS = (r"after|before|during|following|amid|despite|while|when|as|although|though|in|on|at|with|for|since|under"
            r"|according to")
_OPENING = re.compile(rf"(?:{_OPENERS})\b[^,]{{0,120}},\s+", re.I)
_PARTICIPLE = (r"(?!(?:some|no|any|every)thing\b)[A-Za-z]{2,}ing\s+(?:the|a|an|to|on|in|for|up|out|off|with|his|her"
               r"|their|its|our|back|down|over|about|from|into|at|by|this|that|these|those)\b")
"""A participle and the word after it that opens a phrase ("Setting the",
"Speaking to"); never "Nothing in" or a name ("Sterling said")."""
_LEADS_IN = re.compile(rf"(?:{_OPENERS}|until|unless|because|if|once|by|from|without)\b", re.I)
"""A word that opens a phrase leading into the clause it qualifies: the
phrase alone, up to the first clause break, is no claim."""
_JOINED = re.compile(r"(?:and|or|but|nor)\b", re.I)
_PARTICIPIAL_OPENING = re.compile(_PARTICIPLE + r"[^,—]{0,120},\s+", re.I)
_PARTICIPIAL_PHRASE = re.compile(_PARTICIPLE + r"[^,;—]*$", re.I)
_RELATIVE = re.compile(r"(?:(?:in|of|on|at|for|by|to|from|with|under|through) )?(?:which|whom|whose|who|where)\b", re.I)
_LISTED = re.compile(r"[^,\s]+(?:\s+[^,\s]+){0,2},")
"""A short item and a comma: the opening's comma was one of a series
("Joining a chorus of bishops, teachers, nurses, and ...")."""
_APPOSED = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*,")
_SERIES = re.compile(r",\s*[^,\s]+(?:\s+[^,\s]+){0,2}\s*$")
"""A piece ending in a short item after a comma, as a series does ("bishops , theologians, priests")."""
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:but|while|whereas|although|though|and|as(?!\s+well\s+as\b)|after|when"
                           r"|which)\s+|\s+—\s+")
"""Where one clause ends and another begins; not ", as well as" (which
joins two nouns: "Poor planning by the government, as well as poor
performance by contractors, have ...")."""


_TURN_LABEL = re.compile(r"^(?:Q|A|[A-Z]{2,}):\s+")


def _clause(sentence: str, expression: str, limit: int) -> str:
    """The clause of `sentence` that holds `expression` (the first clause
    when it is empty), without its closing stop, cut to `limit` characters."""
    return _closing_nested(_fit(_whole_clause(sentence, expression), limit))


def _whole_clause(sentence: str, expression: str) -> str:
    """The clause of `sentence` that holds `expression` (the first clause
    when it is empty), without its closing stop: what `_clause` cuts."""
    text = _TURN_LABEL.sub("", " ".join(sentence.split()))  # "A: Well, I think ...": an interview's label
    if text[:1] in "“\"" and len(re.findall(r"[“”\"]", text)) == 2 and text.rstrip(" .")[-1:] in "”\"":
        text = text.strip("“”\"' ")  # one whole quotation
    parts = _clauses(text)
    # A fragment of a word or two ("WASHINGTON", "Still") is no clause: the first real one stands.
    first = _past_participial(parts, next((p for p in parts if len(p.split()) >= 4), parts[0] if parts else text))
    chosen = next((p for p in parts if expression and expression in p), first)
    if parts and chosen is not parts[0] and not opens_with_subject(chosen):
        chosen = text  # "..., and has had ...": the clause's subject is the sentence's
    if len(parts) > 1 and chosen is parts[0] and _LEADS_IN.match(chosen) and "," not in chosen:
        chosen = text  # "Until the Nafta agreement in 1994, and especially ..., trade deals were ...": no clause alone
    # An opening phrase ("After a long visit to X, ...") yields to the clause it leads into.
    # Not when a name and a comma follow: the opening runs on in apposition
    # ("After attacking Mr. Cruz's wife, Heidi Cruz, who ..., he retweeted"),
    # nor when a short item and a comma do: it runs on as a series.
    opening = _OPENING.match(chosen) or _PARTICIPIAL_OPENING.match(chosen)
    rest = chosen[opening.end():] if opening else ""
    if opening and len(rest.split()) >= 6 and not (expression and expression in opening.group(0)) \
            and not _APPOSED.match(rest) and not _LISTED.match(rest) and not _JOINED.match(rest) \
            and not _antecedent_in(opening.group(0), rest):
        chosen = chosen[opening.end():]
        chosen = chosen[0].upper() + chosen[1:]
    # Printed inside quotation marks, a quotation it holds whole is marked
    # as one within it ("‘I will not pay,’ he said ..."); a quotation cut
    # by the clause leaves no lone mark.
    marks = re.findall(r"[“”\"]", chosen)
    inner = len(marks) >= 2 and len(marks) % 2 == 0 and marks[0] != "”"
    chosen = nested(chosen) if inner else re.sub(r"[“”\"]", "", chosen)
    return chosen.rstrip(" .;,")


def _closing_nested(text: str) -> str:
    """`text` with a closing single mark after a quotation within it that
    a cut left open ("‘I trust the board, but it must act…" -> "...act…’"):
    printed inside double marks, a lone ‘ reads as a quote that never ends."""
    opened = text.count("‘")
    closed = len(re.findall(r"’(?!\w)", text))  # not an apostrophe within a word ("don’t")
    return text + "’" if opened > closed else text


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` characters where it still reads whole: first
    without its descriptive appositions (", the outgoing chairman of the
    council," marked "…"; a name in apposition stays), kept whole if then
    no longer than `WHOLE` times the limit, else cut after the longest
    phrase of a verb that fits as well, past the main verb ("granted approval to
    the plan drawn up by the council", not "... drawn up…") and not
    before another of what a verb needs (`_between_dependents`), else at
    the last word before which the words read whole (`_whole_before`: a
    cut word by word had ended on "the date before…" or "in campaign…"),
    else at a word (`shorten`)."""
    if len(text) <= limit:
        return text
    text = _without_asides(text)
    if len(text) <= limit * WHOLE:
        return text
    doc = nlp.sentence(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    # Past the main verb: a clause set in before it ("known for ...") is no place to stop.
    ends = [t.right_edge.idx + len(t.right_edge) for t in doc if t.dep_ in _PHRASES and t.i > t.head.i
            and t.head.pos_ in ("VERB", "AUX") and root.i < t.i and t.right_edge.i < len(doc) - 1
            and not _between_dependents(doc, t.right_edge.i)]
    end = max((e for e in ends if limit // 2 <= e < limit * WHOLE and _whole_before(doc, e)), default=None)
    if end is None:
        end = _before_relative(doc, root, limit)
    if end is None:
        # Most of what fits, or the word cut: a whole clause that says far
        # less ("used Bill Clinton…") loses what the sources were matched on.
        end = max((t.idx + len(t) for t in doc if limit * MOST <= t.idx + len(t) < limit
                   and _whole_before(doc, t.idx + len(t))), default=None)
    if end is None:
        return shorten(text, limit)
    return text[:end].rstrip(" ,;:—–-‘“\"") + "…"


def _whole_before(doc, end: int) -> bool:
    """Whether the words of `doc` before character `end` read whole: none
    of them hangs on a word past it ("even if the traders who…": the
    subject's verb is cut; "in campaign…": the noun "campaign" qualifies
    is cut), none loses what it needs past it (`_CUT_NEEDS`: "said on
    Monday…" without what was said, "according to…"), and the last is no
    word that leads into what follows ("the date before…": a preposition,
    a conjunction, an article or a helping verb), nor a noun whose
    infinitive or participle is cut ("used her aide as an intermediary…"
    leaves out what the intermediary was for)."""
    kept = [t for t in doc if t.idx + len(t) <= end]
    words = [t for t in kept if not t.is_punct]
    if not words:
        return False
    last = kept[-1].i
    return words[-1].pos_ not in _LEADING and not any(_purpose(c) for c in words[-1].rights) and not any(
        t.head.i > last or any(c.i > last and c.dep_ in _CUT_NEEDS for c in t.children) for t in kept)


def _purpose(token) -> bool:
    """Whether `token` is a participle or an infinitive set after a noun
    ("a statement saying ...", "an intermediary to see if ..."; the parse
    may call the infinitive a relative clause): what the noun is for."""
    return token.dep_ == "acl" or token.dep_ == "relcl" and token.left_edge.lower_ == "to"


_CUT_NEEDS = frozenset({"dobj", "xcomp", "ccomp", "attr", "acomp", "dative", "oprd", "prt", "pobj", "pcomp"})
_LEADING = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "AUX", "PART"})


def _before_relative(doc, root, limit: int) -> int | None:
    """The end of the longest text of `doc` that fits `limit` and stops
    before a relative clause past the main verb, the clause left out whole
    ("will speak with members on Monday evening…", not "... evening in
    which he is expected…": a cut inside it parts a verb from what it
    needs); None when none fits."""
    # Opened by a relative word ("in which", "who"): an infinitive the parse
    # also calls one ("an intermediary to see if ...") tells what the noun was for.
    ends = [doc[t.left_edge.i - 1].idx + len(doc[t.left_edge.i - 1]) for t in doc
            if t.dep_ == "relcl" and t.left_edge.i > root.i + 1 and _RELATIVE.match(doc[t.left_edge.i:].text)
            and not _between_dependents(doc, t.left_edge.i - 1)]
    return max((e for e in ends if limit // 2 <= e <= limit), default=None)


def _between_dependents(doc, last: int) -> bool:
    """Whether a cut after token `last` of `doc` falls between a verb's
    dependents: a word after it hangs on a verb at or before it as one
    more of what the verb needs ("bars clubs in the county | from
    charging ...", "used Bill Clinton | as an intermediary").  A clause
    joined on or set in after it (", and ...", "when ...") may be left out."""
    return any(t.head.i <= last and t.head.pos_ in ("VERB", "AUX") and t.dep_ in _PHRASES | _NEEDED
               for t in doc[last + 1:])


_NEEDED = frozenset({"dobj", "prep", "xcomp", "ccomp", "attr", "acomp", "dative", "agent", "oprd", "prt"})


MOST = 0.75  # share of the limit a clause cut at a word where it reads whole keeps at least
WHOLE = 1.2  # times the limit a clause rid of its asides may run to, kept whole rather than cut
_PHRASES = frozenset({"dobj", "prep", "xcomp", "ccomp", "attr", "acomp", "npadvmod", "advmod", "dative", "agent",
                      "oprd"})


def _without_asides(text: str) -> str:
    """`text` without its appositions that describe rather than name
    (their head no proper noun, or one led by "a": ", a Republican,") and its relative clauses set off by a
    comma (", which met in May,"), each between commas or closing it: a
    quotation printed so is marked "…" where it was cut."""
    doc = nlp.sentence(text)
    cuts = []
    for token in doc:
        aside = token.dep_ == "appos" and (token.pos_ != "PROPN" or token.left_edge.lower_ in ("a", "an")) \
            or token.dep_ == "relcl" \
            and token.left_edge.lower_ in ("which", "who", "whose")
        if not aside or token.left_edge.i == 0:
            continue
        start, end = token.left_edge.i, token.right_edge.i + 1
        if doc[start - 1].text != "," or end < len(doc) and doc[end].text != ",":
            continue
        cuts.append((doc[start - 1].idx, doc[end].idx + 1 if end < len(doc) else len(text)))
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + (" …" if end < len(text) else "…") + text[end:]
    return text


def _antecedent_in(opening: str, rest: str) -> bool:
    """Whether `opening` names the only person a pronoun of `rest` can
    stand for: `rest` holds "he", "his", "she" or "her" and names no person
    (a PERSON entity) of its own, and `opening` does ("In a blow to
    President Ana Ruiz, the council voted to override her veto": without
    the opening, "her" points at no one)."""
    if not _PERSONAL.search(rest):
        return False
    named = [e for e in nlp.sentence(f"{opening}{rest}").ents if e.label_ == "PERSON"]
    return any(e.start_char < len(opening) for e in named) and not any(e.start_char >= len(opening) for e in named)


_PERSONAL = re.compile(r"\b(?:he|his|him|she|her)\b", re.I)


def _past_participial(parts: list[str], first: str) -> str:
    """`first`, or when it is only a participial phrase set off by dashes
    ("Setting the tone for the 112th Congress — in which ... — members of
    the House began to read ..."), the clause it leads into: the next part
    that is no relative clause and opens with its own subject."""
    if not _PARTICIPIAL_PHRASE.match(first):
        return first
    for part in parts[parts.index(first) + 1:]:
        if _RELATIVE.match(part):
            continue
        if len(part.split()) >= 4 and opens_with_subject(part):
            return part[0].upper() + part[1:]
        break
    return first


def _clauses(text: str) -> list[str]:
    """`text` cut at its clause breaks (`_CLAUSE_BREAK`) outside quotations,
    a piece of names alone joined to the clause after it: "Rep. Duncan
    Hunter, R-Calif., and his wife, Margaret, were indicted" is one clause,
    not "Rep. Duncan Hunter, R-Calif"."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    parts, start = [], 0
    # A dash of an aside cuts only after a participial phrase (`_past_participial`).
    dashes = 0 if _PARTICIPIAL_PHRASE.match(re.split(r"\s[—–]\s", text, maxsplit=1)[0].strip()) else dash_count(text)
    for cut in _CLAUSE_BREAK.finditer(text):
        if any(a < cut.start() < b for a, b in quoted) or paired_dash(cut, dashes):
            continue  # a break inside a quotation or an aside does not cut it
        piece = text[start:cut.start()]
        if piece and not re.search(r"\b[a-z]{3,}", piece) and len(piece.split()) >= 2:
            continue  # names alone: the clause goes on past this break
        if cut.group(0).strip(", ") == "and" and _SERIES.search(piece):
            continue  # "bishops, theologians, priests, and social justice leaders": a list, not two clauses
        if piece:
            parts.append(piece)
        start = cut.end()
    if text[start:]:
        parts.append(text[start:])
    return parts



"""`Brief` in, `BriefView` out: the brief laid out in reading order, with
every citation numbered, for all the formats to draw alike.

The HTML/PDF template and the DOCX writer both walk one `BriefView`, so the
sections, their order and the note numbers are the same in every format and
neither renderer computes anything the other lacks.  Empty sections are
empty tuples here; the renderers leave them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..config import Config
from ..distill.dates import span_of
from ..models import Brief, Claim, Digest, Figure, Person, Quote, Source
from ..safe_text import printable
from ..synthesize import judgments, relative, viewpoints
from ..synthesize.discrepancies import same_figure
from ..synthesize.timeline import SUBJECT_WORDS
from ..language import labels
from . import news, shortlist
from .citations import Citations

frozen = dataclass(frozen=True, kw_only=True)
SIDES = ("optimistic", "supportive", "mixed", "neutral", "skeptical", "critical")
# The brief proper stays short (the seeds' fits in six pages before the
# Sources); brief.json and the annexes keep everything.
THEME_SENTENCES = 2   # sentences shown per theme, one when there are more than `FEW_THEMES`
FEW_THEMES = 4
VOICE_EVIDENCE = 1    # sentences shown per voice; a mixed one shows two, one each way
TIMELINE_ROWS = 12    # timeline rows in the brief proper; the annex holds them all
REPORTED_ROWS = 40    # reported statements in the annex; brief.json holds them all


@frozen
class Cited:
    """A piece of text and the note numbers that back it."""

    text: str
    notes: tuple[int, ...] = ()
    label: str = ""


@frozen
class Section:
    """A titled list of cited items (themes, digests' parts, discrepancies)."""

    title: str
    items: tuple[Cited, ...]
    detail: str = ""


@frozen
class Voice:
    """One voice in the divergent-viewpoints columns."""

    name: str
    stance: str
    detail: str
    score: float
    evidence: tuple[Cited, ...]
    toward: tuple[str, ...] = ()
    """The people the voice's sentences judge (`Viewpoint.toward`); empty
    where they judge the subject itself, or nothing the reader can name."""


@frozen
class Row:
    """A table row: its cells (plain text) and the notes for its last column."""

    cells: tuple[str, ...]
    notes: tuple[int, ...] = ()


@frozen
class Note:
    """Numbered note: which article and passage a citation points to."""

    number: int
    article: str
    label: str
    paragraph: int
    passage: str


@frozen
class Digest_:
    """One article's digest for the appendix."""

    article: str
    label: str
    meta: str
    parts: tuple[Section, ...]


@frozen
class Judgment:
    """A key judgment on page one: its sentence, confidence word, basis and notes."""

    text: str
    confidence: str
    basis: str
    notes: tuple[int, ...] = ()


@frozen
class BriefView:
    """Everything a renderer draws, in reading order."""

    title: str
    subject: str
    date: str
    edition: str
    organization: str
    marking: str
    bottom_line: str
    whats_new: tuple[Section, ...]
    summary: tuple[Cited, ...]
    themes: tuple[Section, ...]
    voices: tuple[tuple[str, tuple[Voice, ...]], ...]
    divergences: tuple[Section, ...]
    agreements: tuple[Cited, ...]
    people: tuple[Row, ...]
    figures: tuple[Row, ...]
    quotes: tuple[Cited, ...]
    timeline: tuple[Row, ...]
    discrepancies: tuple[Section, ...]
    caveats: tuple[str, ...]
    sources: tuple[Row, ...]
    """One row per source listed: id, title, outlet, author, date, file, URL,
    and its number ("S12").  A large brief lists only the sources it cites."""
    source_count: int
    appendix: tuple[Digest_, ...]
    notes: tuple[Note, ...]
    paper: str = "A4"
    judgments: tuple[Judgment, ...] = ()
    legend: str = ""
    scope: tuple[str, ...] = ()
    portrayals: bool = False
    """Whether the brief holds portrayals (the grid after the viewpoints,
    the sentences behind it in an annex)."""
    voices_note: str = ""
    """When no voice leans either way, the sentence that says so in place
    of a chart of dots on one line (`_voices_note`); else empty."""
    reported: tuple[Cited, ...] = ()
    """Indirect quotes ("X said that ...", "according to X, ..."), each a
    paraphrase in the article's words, for the reported-statements annex
    (never shown in quotation marks)."""

    @property
    def timeline_brief(self) -> tuple[Row, ...]:
        """The timeline rows the brief proper shows: all of them up to
        `TIMELINE_ROWS`, else the best-attested ones (most notes; the
        earlier row on a tie), still in date order.  The annex has all."""
        if len(self.timeline) <= TIMELINE_ROWS:
            return self.timeline
        ranked = sorted(range(len(self.timeline)), key=lambda i: (-len(self.timeline[i].notes), i))
        return tuple(self.timeline[i] for i in sorted(ranked[:TIMELINE_ROWS]))

    @property
    def source_columns(self) -> tuple[tuple[str, int], ...]:
        """The sources table's columns as (heading, cell index): "#" and
        "Title" always, "Outlet", "Author" and "Date" only when some source
        listed has one (a folder of bare text files has none, and three
        empty columns squeezed the titles), "File" always."""
        optional = tuple((name, i) for name, i in (("Outlet", 2), ("Author", 3), ("Date", 4))
                         if any(row.cells[i] for row in self.sources))
        return (("#", 7), ("Title", 1)) + optional + (("File", 5),)

    @property
    def voice_rows(self) -> tuple[tuple[Voice | None, ...], ...]:
        """The voices side by side, so pages break between rows: a voice
        shares a row only with voices of other columns that judge one and
        the same person (`_shared_rows`); every other voice has a row of its
        own, empty elsewhere."""
        return _shared_rows(tuple(voices for _, voices in self.voices))


def _shared_rows(columns: tuple[tuple[Voice, ...], ...]) -> tuple[tuple[Voice | None, ...], ...]:
    """Rows of `columns`' voices, in column order: a voice joins the first
    row with its column's cell free whose voices all judge a person it
    judges (`Voice.toward`); else it opens a row of its own.  A row reads as
    two sides of one dispute: a supportive voice on one actor beside a
    critical one on another, or two voices read only as "toward the
    subject" (a diplomat on a president beside an economist on warehouses),
    had been set side by side as opponents."""
    rows: list[tuple[list[Voice | None], set[str]]] = []
    for column, voices in enumerate(columns):
        for voice in voices:
            row = next((r for r in rows if r[0][column] is None and r[1] & set(voice.toward)), None)
            if row is None:
                rows.append(([None] * len(columns), set(voice.toward)))
                row = rows[-1]
            row[0][column] = voice
            row[1].intersection_update(voice.toward)
    return tuple(tuple(cells) for cells, _ in rows)


def build_view(brief: Brief, config: Config) -> BriefView:
    """The view of `brief`; notes are numbered in the order they are read."""
    full, brief = brief, shortlist.shortlist(brief)
    cite = Citations(brief)
    judged = tuple(Judgment(text=j.text, confidence=j.confidence, basis=j.basis, notes=_n(cite, j.sources, 4))
                   for j in brief.key_judgments)
    # In reading order, so the notes are numbered as they are read; the
    # people and quotes annexes come after the brief proper.
    parts = dict(
        whats_new=_whats_new(brief), summary=_claims(brief.summary, cite),
        themes=_themes(brief, cite),
        voices=_voices(brief, cite), divergences=_divergences(brief, cite),
        agreements=_agreements(brief, cite),
        figures=_figures(brief, cite),
        timeline=_timeline(brief, cite),
        discrepancies=tuple(Section(title=d.description, items=_claims(d.items, cite), detail=d.kind)
                            for d in brief.discrepancies))
    parts.update(caveats=_caveats(full, parts["timeline"]), people=_people(brief, cite),
                 quotes=_quotes(brief.quotes, cite))
    parts["reported"] = _reported(full, cite)  # its annex follows the quotes annex
    numbers = {a.id: n for n, a in enumerate(brief.articles, 1)}
    actor = labels.about_actor(brief)
    # A brief.json written before synthesis gave digests the brief's verdicts is judged the same way here.
    judged_digests = viewpoints.in_digests(brief.digests, brief.viewpoints)
    appendix = tuple(_digest(d, cite, numbers.get(d.article.id, 0), actor) for d in judged_digests)
    return BriefView(**_title_block(brief, config), **parts, appendix=appendix,
                     sources=_sources(brief, cite), source_count=len(brief.articles),
                     notes=_notes(cite, brief), paper=config.paper, judgments=judged,
                     legend=judgments.LEGEND if judged else "", scope=brief.scope.text if brief.scope else (),
                     portrayals=bool(brief.portrayals), voices_note=_voices_note(brief))


def _figures(brief: Brief, cite: Citations) -> tuple[Row, ...]:
    """One row per figure that says what it measures: the same amount for
    the same thing in several articles ("$5.7 billion", "funding for
    wall") is one row citing each of them.  A figure with no measure is
    left to its article's digest in the annex: its sentence in the "what
    it measures" column would be no measure, and figures of one sentence
    sharing its row may measure unrelated things."""
    rows: list[list] = []
    for figure in brief.figures:
        if figure.measures:
            row = next((same for same in rows if _one_figure(same[0], figure)), None)
            if row is None:
                rows.append([figure])
            else:
                row.append(figure)
    return tuple(Row(cells=(same[0].text, same[0].measures),
                     notes=_n(cite, _one_per_article(s for f in same for s in f.sources)))
                 for same in rows)


def _one_figure(shown: Figure, other: Figure) -> bool:
    """Whether `other` is the figure of the row `shown` opens: the same
    words for the same thing, or what the key figure counts as one
    (`same_figure`: "$2 billion" for the cost of the dam and "about 2
    billion USD" for the cost of the project)."""
    return (shown.text.casefold(), (shown.measures or "").casefold()) == \
        (other.text.casefold(), (other.measures or "").casefold()) or same_figure(shown, other)


def _one_per_article(sources: Iterable[Source]) -> tuple[Source, ...]:
    """The first source of each article, in order."""
    first: dict[str, Source] = {}
    for source in sources:
        first.setdefault(source.article, source)
    return tuple(first.values())


def _themes(brief: Brief, cite: Citations) -> tuple[Section, ...]:
    """Each theme with its first sentences not shown under an earlier
    theme: one sentence is one development, told once.  A theme whose
    sentences were all shown already is left to brief.json and the tables."""
    shown: set[str] = set()
    sections = []
    for theme in brief.themes:
        fresh = [c for c in theme.sentences if c.text not in shown][:_per_theme(brief)]
        if fresh:
            shown.update(c.text for c in fresh)
            sections.append(Section(title=theme.label, items=_claims(fresh, cite),
                                    detail=_count(len(theme.articles), "source")))
    return tuple(sections)


def _per_theme(brief: Brief) -> int:
    return THEME_SENTENCES if len(brief.themes) <= FEW_THEMES else 1


def _title_block(brief: Brief, config: Config) -> dict:
    return dict(title=brief.title, subject=brief.subject or config.subject or "",
                date=labels.human_date(brief.generated_at[:10]), edition=brief.edition or "",
                organization=config.organization or "", marking=config.marking or "",
                bottom_line=brief.bottom_line or "")


def _n(cite: Citations, sources: Iterable[Source], limit: int = 3) -> tuple[int, ...]:
    # A row cites at most `limit` passages: more notes add nothing a reader uses.
    return tuple(dict.fromkeys(cite(tuple(sources)[:limit])))


def _claims(claims: Iterable[Claim], cite: Citations) -> tuple[Cited, ...]:
    return tuple(Cited(text=_dated(cite, c.text, c.sources), notes=_n(cite, c.sources)) for c in claims)


def _dated(cite: Citations, text: str, sources: Iterable[Source]) -> str:
    """`text` with its relative time ("last week") resolved against the
    article it comes from (the first source's)."""
    sources = tuple(sources)
    first = next(iter(sources), None)
    return relative.annotate(text, cite.articles.get(first.article) if first else None,
                             relative.readings(cite.events, sources))


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}" if n else ""


def _whats_new(brief: Brief) -> tuple[Section, ...]:
    if brief.whats_new is None:
        return ()
    detail = news.detail(brief)
    sections = tuple(Section(title=title, items=tuple(Cited(text=t) for t in items), detail=detail)
                     for title, items in news.groups(brief))
    return sections or (Section(title="No changes", items=(), detail=detail),)


def _voices(brief: Brief, cite: Citations) -> tuple:
    columns = []
    # Voices with no view on the subject are left to the chart (and brief.json)
    # when some voice takes one.
    taking = any(v.stance != "neutral" for v in brief.viewpoints)
    for side in SIDES:
        if side == "neutral" and taking:
            continue
        voices = tuple(Voice(name=v.label or labels.voice_label(brief.articles, v.voice), stance=v.stance, score=v.score,
                             detail=_voice_detail(v), toward=v.toward,
                             evidence=_claims(v.evidence[:VOICE_EVIDENCE + (v.stance == "mixed")], cite))
                       for v in brief.viewpoints if v.stance == side)
        if voices:
            columns.append((labels.stance_label(side), voices))
    return tuple(columns)


def _voices_note(brief: Brief) -> str:
    """The sentence the viewpoints section opens with when no voice of
    `brief` (as shortlisted: the voices shown) leans either way (every one neutral): the words of the
    subject's kind, as the chart would have drawn them ("No voice is read
    as critical or supportive: each of the 12 below is neutral on the
    words quoted."); "" when some voice leans, or there are none."""
    if not brief.viewpoints or any(v.stance != "neutral" for v in brief.viewpoints):
        return ""
    down, up = ("critical", "supportive") if labels.about_actor(brief) else ("skeptical", "optimistic")
    count = len(brief.viewpoints)
    whom = "the one voice below is" if count == 1 else f"each of the {count} below is"
    return f"No voice is read as {down} or {up}: {whom} neutral on the words quoted."


def _voice_detail(view) -> str:
    """What is printed after a voice's name: its role and kind, then whom
    its side is toward where its sentences name people ("Governor, quoted;
    critical of Ann Berg")."""
    who = ", ".join(part for part in (view.role, labels.kind_label(view.kind)) if part)
    whom = "" if not view.toward or view.stance == "neutral" else \
        f"{view.stance} {'on' if view.stance == 'mixed' else 'of'} {', '.join(view.toward)}"
    return "; ".join(part for part in (who, whom) if part)


def _divergences(brief: Brief, cite: Citations) -> tuple[Section, ...]:
    return tuple(Section(title=d.topic, detail=d.kind, items=tuple(
        Cited(text=_dated(cite, p.text, p.sources), notes=_n(cite, p.sources),
              label=" · ".join(x for x in (p.label or labels.voice_label(brief.articles, p.voice),
                                           labels.human_date(p.date)) if x))
        for p in d.positions)) for d in brief.divergences)


def _agreements(brief: Brief, cite: Citations) -> tuple[Cited, ...]:
    """The claims two or more independent sources back (the count of those
    no other source words alike is in the scope note; brief.json lists them)."""
    return tuple(Cited(text=_dated(cite, a.text, a.sources), notes=_n(cite, a.sources),
                       label=f"{len({s.article for s in a.sources})} sources")
                 for a in brief.agreements if a.corroborated)



def _stances(brief: Brief) -> dict[str, str]:
    return {v.voice.casefold(): labels.stance_label(v.stance) for v in brief.viewpoints}


def _people(brief: Brief, cite: Citations) -> tuple[Row, ...]:
    stances = _stances(brief)
    return tuple(Row(cells=(p.name, p.role or "", _stance_of(p, stances)),
                     notes=_n(cite, _role_first(p), limit=1)) for p in brief.people)




def _stance_of(person: Person, stances: dict[str, str]) -> str:
    for name in (person.name, *person.aliases):
        if name.casefold() in stances:
            return stances[name.casefold()]
    return ""


def _role_first(person: Person) -> tuple[Source, ...]:
    # The passage that gives the role is the one worth citing first.
    roles = tuple(r.source for r in person.roles if r.text == person.role)
    return tuple(dict.fromkeys(roles + person.sources))


def _quotes(quotes, cite: Citations) -> tuple[Cited, ...]:
    return tuple(Cited(text=q.text, notes=_n(cite, q.sources), label=quote_label(q))  # verbatim: no brackets
                 for q in quotes)


def quote_label(quote: Quote) -> str:
    """Who a quote is by: "Ann Berg, mayor"; the article's description
    alone when it names no one ("The former governor"); "Unattributed"
    when it gives neither."""
    if quote.speaker is None and quote.speaker_role:
        return quote.speaker_role[:1].upper() + quote.speaker_role[1:]
    return ", ".join(x for x in (quote.speaker or "Unattributed", quote.speaker_role) if x)


def _reported(brief: Brief, cite: Citations) -> tuple[Cited, ...]:
    """The digests' indirect quotes as paraphrase, never in quotation
    marks (see `reported_sentence`).  A large brief shows `REPORTED_ROWS`, taken in turn from each
    article (its first, then its second, ...) so no one source fills it."""
    quotes = [(rank, q) for d in brief.digests for rank, q in enumerate(d.reported) if q.speaker]
    kept = sorted(sorted(range(len(quotes)), key=lambda n: quotes[n][0])[:REPORTED_ROWS])  # back in article order
    return tuple(Cited(text=_dated(cite, reported_sentence(q), q.sources), notes=_n(cite, q.sources),
                       label=q.speaker or "") for q in (quotes[n][1] for n in kept))


def reported_sentence(quote) -> str:
    """An indirect quote as a sentence that says it is a paraphrase:
    "X, role, reportedly said that <clause>." or "<Clause>, according to
    X, role." (the article's own frame), ending in one stop.  A saying the
    article calls false or unsupported (a cue "claimed, falsely,") keeps
    that verdict as the source's ("X claimed, falsely (as the source puts
    it), that <clause>.")."""
    who = ", ".join(x for x in (quote.speaker, quote.speaker_role) if x)
    text = quote.text.strip().rstrip(".")
    stop = "" if text.endswith(("?", "!")) else "."
    if quote.cue == "according to":
        return f"{text[:1].upper()}{text[1:]}, according to {who}{stop}"
    judged = _JUDGED.fullmatch(quote.cue or "")
    if judged:
        return (f"{who}{',' if quote.speaker_role else ''} {judged['verb']}, {judged['verdict']} "
                f"(as the source puts it), that {_run_on(text)}{stop}")
    verb = "denied" if _DENYING.match(quote.cue or "") else "said"
    return f"{who}{',' if quote.speaker_role else ''} reportedly {verb} that {_run_on(text)}{stop}"


_JUDGED = re.compile(r"(?P<verb>[a-z]+), (?P<verdict>[a-z ]+),")
"""A cue that carries the writer's verdict on the saying ("claimed,
falsely,", "said, without evidence,"), as `distill.quotes` writes it."""


_DENYING = re.compile(r"(?:deny|denie|denied|denying|dispute|disputing|reject|rejecting|refute|refuting)", re.I)
"""Cues that say the speaker denied the clause ("He denied that the exchange
would encourage ..."): "said that" would report the opposite."""


_OPENING_CONJUNCTION = re.compile(r"^(?:And|But|So|Or|Yet),?\s+(?=\w)")


_INTENSIFYING_SO = re.compile(r"^So\s+(?=[a-z])")
"""An opening "So" before a lower-case word: one that grades it ("So big
is ...", "So far ..."), unless that word is a pronoun or determiner
(`SUBJECT_WORDS`: "So they left" ties to the sentence before)."""


def _run_on(clause: str) -> str:
    """A clause that opened its sentence, carried on after "said that": its
    first word in lower case when it is a pronoun or a determiner ("It is
    rare ..." -> "it is rare ...", `SUBJECT_WORDS`, also contracted: "It's"),
    or a preposition or subordinator ("In fact, ..."); a name, "I"
    or an acronym keeps its capital.  A conjunction that tied it to the
    sentence before ("And they also found ...") goes: after "said that"
    it ties to nothing; not an intensifying "So" ("So big is the firm that
    ...", "So far, ..."), which goes on in lower case."""
    intensifier = _INTENSIFYING_SO.match(clause)
    if intensifier and re.split(r"\W", clause[intensifier.end():], maxsplit=1)[0] not in SUBJECT_WORDS:
        return "so " + clause[intensifier.end():]
    clause = _OPENING_CONJUNCTION.sub("", clause)
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    word = re.split(r"['’]", first.lower().rstrip(",:;"))[0]  # "It's" -> "it", "In," -> "in"
    if first[1:2].islower() and (word in SUBJECT_WORDS or word in _OPENING_PREPOSITIONS):
        return first.lower() + clause[len(first):]
    return clause


_OPENING_PREPOSITIONS = frozenset("""in on at for with without after before since when while if as because
although though during under over by from to of once unless until despite""".split())
"""Prepositions and subordinators (closed classes of English, never a name)
that may open a clause ("In fact, tests showed ..."): lower case after
"said that"."""


def _timeline(brief: Brief, cite: Citations) -> tuple[Row, ...]:
    # A row is the clause carrying the event, as the article writes it: opened with a capital.
    return tuple(Row(cells=(_when(cite, e), _dated(cite, e.text[:1].upper() + e.text[1:], e.sources)),
                     notes=_n(cite, e.sources)) for e in brief.timeline)


def _when(cite: Citations, event) -> str:
    """An event's date in words; a relative one ("last week") as its
    article's date resolves or bounds it ("not before 8 March 2021"); a
    stretch of time ("between 2003 and 2007") as its two ends ("2003–2007")."""
    expression = event.expression or ""
    article = cite.articles.get(event.sources[0].article)
    stretch = span_of(expression)
    if stretch is not None:  # "between 2003 and 2007": the period, not its first year alone
        return ("c. " if event.approximate else "") + "–".join(labels.human_date(end) for end in stretch)
    if re.search(r"\b(19|20)\d{2}\b", expression):
        return labels.human_date(event.date, approximate=event.approximate)
    if relative.has_relative(expression):
        return relative.window(relative.RELATIVE.search(expression).group(0), article, event.date)
    # A year-less month ("that May") in an article bounded only by a year has
    # its year from the text itself ("earned $2 million in 2031 ... that May"):
    # against such a bound no month is placed (`dates.resolve`), so it is
    # shown as told, not as "not before" the year it was told in.
    return labels.human_date(event.date, approximate=event.approximate)


def _caveats(brief: Brief, timeline: Sequence[Row] = ()) -> tuple[str, ...]:
    """The brief's caveats; the note on dates marked "c." only when a row
    of the printed `timeline` is so marked (a loose "early Tuesday" the
    article's date fixes prints as that day)."""
    # One line per note, however many sources it holds for ("S1, S3: Date taken from the file name; ...").
    noted: dict[str, list[str]] = {}
    for number, article in enumerate(brief.articles, 1):
        if article.date_note:
            noted.setdefault(article.date_note, []).append(f"S{number}")
    notes = [f"{', '.join(names)}: {note}" for note, names in noted.items()]
    undated = [labels.article_label(a) for a in brief.articles if not a.published]
    if undated:
        # Without a timeline there is nothing the missing dates could have placed.
        # An event told by "May 30" or "on Tuesday" is dated, only not in a
        # year: "could be dated" had denied a date the reader sees in the text.
        how = ("the timeline dates events as the articles state them" if brief.timeline
               else "no event they report could be placed on a full date (with its year), "
                    "so the brief has no timeline")
        notes.append(f"No publication date found for {len(undated)} of {len(brief.articles)} sources; {how}.")
    if any(row.cells[0].startswith("c. ") for row in timeline):
        notes.append("Dates marked “c.” are approximate: the article gives them loosely.")
    notes += [f"{'Partly used' if s.reason.startswith('cut: ') else 'Not used'}: {printable(s.path)} "
              f"({s.reason.removeprefix('cut: ')})" for s in brief.skipped]
    reported = sum(1 for d in brief.digests for q in d.reported if q.speaker)
    if reported > REPORTED_ROWS:
        notes.append(f"Annex: reported statements shows {REPORTED_ROWS} of {reported} indirect quotes; "
                     "brief.json holds them all.")
    return tuple(notes + shortlist.caveats(brief))



def _sources(brief: Brief, cite: Citations) -> tuple[Row, ...]:
    """Every source of a brief of up to `SHOWN["sources"]`; in a larger one
    the sources it cites (the rest are in brief.json)."""
    cited = {source.article for source in cite.numbers}
    listed = len(brief.articles) <= shortlist.SHOWN["sources"]
    return tuple(Row(cells=(a.id, labels.article_label(a), labels.outlet_name(a.outlet) or "", a.author or "",
                            labels.human_date(a.published, approximate=bool(a.date_note)), a.source_path,
                            a.url or "", f"S{n}"))
                 for n, a in enumerate(brief.articles, 1) if listed or a.id in cited)


def _digest(digest: Digest, cite: Citations, number: int, actor: bool = False) -> Digest_:
    """One article's digest for the annex, its voices' stances as the
    brief judged them (`viewpoints.in_digests`), in the brief's words
    (supportive or critical where it is `about_actor`)."""
    article = digest.article
    stances = digest.stances[:6]
    parts = (Section(title="Key points", items=_claims(digest.key_points, cite)),
             Section(title="People", items=tuple(Cited(text=", ".join(
                 p.name + (f" ({p.role})" if p.role else "") for p in _salient_people(digest)[:12]))
                 for _ in (0,) if digest.people)),
             Section(title="Figures", items=tuple(
                 Cited(text=f"{f.text}: {f.measures}", notes=_n(cite, f.sources))
                 for f in [f for f in digest.figures if f.measures][:8])),  # "85%: —" says nothing
             Section(title="Quotes", items=_quotes(digest.quotes[:5], cite)),
             Section(title="Stance", items=tuple(
                 Cited(text=f"{_voice_of(s, article)}: {labels.stance_label(labels.stance_in_brief(s.stance, actor))}",
                       notes=_n(cite, [src for c in s.evidence[:1] for src in c.sources]))
                 for s in stances)))
    meta = " · ".join(x for x in (labels.outlet_name(article.outlet), article.author,
                                  labels.human_date(article.published, approximate=bool(article.date_note)),
                                  f"{article.word_count} words") if x)
    return Digest_(article=article.id, label=f"S{number} · {labels.article_label(article)}", meta=meta,
                   parts=tuple(p for p in parts if p.items))


def _voice_of(reading, article) -> str:
    """A stance's voice as the digest names it: "This article" for the
    article's own voice where no outlet is known (its title, which the
    voice then goes by, is no one's voice), else the voice's name."""
    own = reading.voice == article.id or reading.kind == "outlet" and not article.outlet
    return "This article" if own else reading.voice


def _salient_people(digest: Digest) -> list:
    """The digest's people, those it quotes first, then those with a
    role, each in the digest's order: the annex shows the first few, and a
    quoted voice is not to give way to a name mentioned once."""
    quoted = {q.speaker.casefold() for q in digest.quotes if q.speaker}
    return sorted(digest.people, key=lambda p: (p.name.casefold() not in quoted
                                                and not {a.casefold() for a in p.aliases} & quoted, not p.role))


def _notes(cite: Citations, brief: Brief) -> tuple[Note, ...]:
    numbers = {a.id: n for n, a in enumerate(brief.articles, 1)}
    return tuple(Note(number=n, article=source.article, paragraph=source.paragraph + 1,
                      label=f"S{numbers.get(source.article, '?')}",
                      passage=labels.nested(labels.shorten(
                          relative.annotate(passage, article, relative.readings(cite.events, (source,))), 220)))
                 for n, source, article, passage in cite.notes())


def contents(view: BriefView) -> tuple[tuple[str, str], ...]:
    """(anchor, heading) of every section the view will show, in order."""
    sections = (
        ("whats-new", "What’s new since the last edition", view.whats_new),
        ("summary", "Executive summary", view.summary),
        ("themes", "Key developments by theme", view.themes),
        ("viewpoints", "Divergent viewpoints", view.voices or view.divergences or view.agreements),
        ("portrayals", "How sources portray the main actors", view.portrayals),
        ("figures", "Key figures", view.figures), ("timeline", "Timeline", view.timeline),
        ("caveats", "Discrepancies and caveats", view.discrepancies or view.caveats),
        ("sources", "Sources", view.sources), ("notes", "Notes", view.notes),
        # Annexes: the detail a reader looks up, after the brief proper.
        ("people", "Annex: people", view.people), ("quotes", "Annex: quotes", view.quotes),
        ("reported", "Annex: reported statements", view.reported),
        ("portrayal-evidence", "Annex: portrayal evidence", view.portrayals),
        ("timeline-annex", "Annex: full timeline", len(view.timeline) > len(view.timeline_brief)),
        ("appendix", "Annex: article digests", view.appendix))
    return tuple((anchor, heading) for anchor, heading, shown in sections if shown)

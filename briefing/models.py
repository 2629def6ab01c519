"""The typed data that flows between the pipeline's stages.

Every stage takes frozen, keyword-only dataclasses in and gives frozen
dataclasses out; nothing else crosses a stage boundary.  Anything that can
end up in a brief carries one or more `Source`s: the article id and the
character span in that article's *cleaned* text (the text that
`briefing clean FILE` prints), so every sentence, number and quote can be
traced back to the passage it came from.

The flow::

    Document (ingest) -> Article (clean) -> Digest (distill) -> Brief (synthesize)

`to_dict` / `from_dict` turn any of these into plain JSON-ready data and
back, which the JSON renderer and the digest cache both use.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

Stance = Literal["optimistic", "skeptical", "mixed", "neutral", "supportive", "critical"]
STANCES: tuple[str, ...] = ("optimistic", "skeptical", "mixed", "neutral", "supportive", "critical")

frozen = dataclass(frozen=True, kw_only=True, slots=True)


# --------------------------------------------------------------------------
# Provenance
# --------------------------------------------------------------------------


@frozen
class Source:
    """Where a piece of a brief comes from: `text[start:end]` of the cleaned
    article `article`, inside its paragraph number `paragraph` (0-based)."""

    article: str
    paragraph: int
    start: int
    end: int


@frozen
class Claim:
    """A sentence (or passage) taken from the articles, with where it came from.

    Used for summary sentences, theme sentences, key points and the evidence
    behind a viewpoint.  `sources` lists every article that states it (more
    than one when several outlets report the same thing)."""

    text: str
    sources: tuple[Source, ...]


# --------------------------------------------------------------------------
# ingest -> clean
# --------------------------------------------------------------------------


@frozen
class Document:
    """One input file, decoded to text but not yet cleaned.

    `kind` is "text" for .txt/.md and "html" for .html/.htm; `text` holds the
    decoded characters (markup included for HTML)."""

    id: str
    path: str
    kind: str
    text: str
    encoding: str
    sha256: str
    url: str | None = None
    fetched: str | None = None


@frozen
class Skipped:
    """An input that could not be used, and why, in words for the analyst."""

    path: str
    reason: str


@frozen
class Removal:
    """One thing the cleaner took out or changed, for `briefing clean --report`.

    `action` is "removed", "merged" (a repeat collapsed into its first
    occurrence) or "mended" (e.g. run-together words split); `rule` names the
    rule that fired; `text` is what it acted on; `line` the 1-based line of
    the input it was found on (0 when not line-based)."""

    action: str
    rule: str
    text: str
    line: int = 0
    replacement: str | None = None


@frozen
class Paragraph:
    """A paragraph of cleaned text: `text[start:end]` of its article."""

    index: int
    start: int
    end: int


def _paragraph_start(paragraph: Paragraph) -> int:
    return paragraph.start


@frozen
class Article:
    """A cleaned article: boilerplate out, paragraphs kept, metadata found.

    `text` is the cleaned text, paragraphs separated by one blank line; every
    `Source` offset points into it.  Metadata the text does not give is None,
    never invented.  `date_note` explains doubt about `published` (e.g. a
    page header date that conflicts with what the article says)."""

    id: str
    source_path: str
    sha256: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    date_note: str | None = None
    url: str | None = None
    genre: str | None = None  # "opinion" when the page files the piece under opinion or commentary, "review" under reviews
    removals: tuple[Removal, ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def paragraph_at(self, offset: int) -> int:
        """The index of the paragraph holding character `offset` (the last
        paragraph's for an offset between paragraphs); a binary search, so
        a source per quote costs no walk over thousands of paragraphs."""
        at = bisect_right(self.paragraphs, offset, key=_paragraph_start) - 1
        if at >= 0 and offset < self.paragraphs[at].end:
            return self.paragraphs[at].index
        return self.paragraphs[-1].index if self.paragraphs else 0

    def source(self, start: int, end: int) -> Source:
        """A `Source` for `text[start:end]` of this article."""
        return Source(article=self.id, paragraph=self.paragraph_at(start), start=start, end=end)


# --------------------------------------------------------------------------
# distill: one Digest per Article
# --------------------------------------------------------------------------


@frozen
class Sentence:
    """A sentence of an article, with its span; the unit synthesis works on."""

    text: str
    source: Source


@frozen
class Role:
    """A role given to a person by one article ("Russia's deputy prime
    minister"), kept per article because roles change over time."""

    text: str
    article: str
    source: Source


@frozen
class Person:
    """A person named in the articles (never an organization, place, product).

    `name` is the fullest form seen; `aliases` the other forms ("Lavrov",
    "Mr. Lavrov"); `role` the best-attested role (None when no article states
    one); `roles` every role with its article; `salience` ranks people for the
    brief (mentions, spread across articles, being quoted)."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    roles: tuple[Role, ...] = ()
    mentions: int = 0
    articles: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    quoted: bool = False
    salience: float = 0.0


@frozen
class Figure:
    """A number that matters: money, a percentage, a quantity with a unit.

    `value` is normalized ("around 2 billion USD" -> 2e9) and `unit` is its
    unit ("USD", "%", "km", "cubic feet/year"); `measures` says what it is
    about ("cost of the gas pipeline"); `sentence` is the sentence it came
    from; `approximate` is True for "around", "nearly", "some" and the like."""

    text: str
    value: float | None
    unit: str | None
    measures: str | None
    sentence: str
    sources: tuple[Source, ...]
    approximate: bool = False


@frozen
class Quote:
    """A direct quotation and who said it.

    `speaker` is None when the article does not say who (never a guess);
    `speaker_role` is the role the article gives the speaker, if any;
    `cue` is the reporting frame that identified the speaker ("said",
    "according to", "post signature")."""

    text: str
    speaker: str | None
    sources: tuple[Source, ...]
    speaker_role: str | None = None
    cue: str | None = None
    kind: str = "direct"
    """"direct" (the speaker's words, in quotation marks) or "indirect" (a
    paraphrase: "X said that ...", "according to X, ..."; never shown as
    the speaker's own words)."""


@frozen
class StanceReading:
    """A voice's stance toward the brief's subject in one article, with the
    sentences that show it and a signed score (negative = skeptical)."""

    voice: str
    kind: str  # "speaker", "author" or "outlet"
    stance: Stance
    score: float
    evidence: tuple[Claim, ...]
    made: tuple[tuple[int, ...], ...] = ()
    """For each claim of `evidence`, in order, the positions in the digest's
    `sentiments` of the readings the stance was weighed on: those made in
    the claim's sentences in the voice's own words (inside its quotes for a
    speaker, outside any quote for an article).  Synthesis weighs them
    toward the brief's subject without finding them again."""


@frozen
class Event:
    """A dated happening.  `date` is "YYYY", "YYYY-MM" or "YYYY-MM-DD";
    `approximate` is True when the date was inferred loosely (a relative date
    with no article date to anchor it, "mid-September", "late 2018");
    `expression` is the date phrase as written."""

    date: str
    text: str
    sources: tuple[Source, ...]
    approximate: bool = False
    expression: str | None = None


@frozen
class Digest:
    """Everything distilled from one article: its structured summary layer."""

    article: Article
    sentences: tuple[Sentence, ...]
    key_points: tuple[Claim, ...]
    people: tuple[Person, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    key_phrases: tuple[str, ...]
    stances: tuple[StanceReading, ...]
    events: tuple[Event, ...]
    sentiments: tuple["Sentiment", ...] = ()
    """The clear (non-neutral) readings of how a passage treats an actor."""
    portrayals: tuple["Portrayal", ...] = ()
    """How this article treats each actor it names (see `Portrayal`)."""
    reported: tuple[Quote, ...] = ()
    """Indirect quotes (kind "indirect", paraphrases with a named speaker),
    kept apart from `quotes` so nothing shows them as verbatim words."""
    anchor: "DateAnchor | None" = None
    """The date the article speaks from (`DateAnchor`), worked out once here
    so synthesis reads it rather than recomputing it; None when neither a
    stated date nor the text gives one."""
    unvouched: tuple[str, ...] = ()
    """Names the article tags only as a person while it names no person
    sharing a word with them ("Lyin", "Momma", "Twitter"): the corpus's
    people (another article's "Barack Obama" for a bare "Obama") must vouch
    for one before it is portrayed."""
    fragments: tuple[int, ...] = ()
    """Start offsets of the sentences whose parse has no main-clause
    finite verb (`distill.sentences.fragments`): captions, sponsor lines,
    scores ("A fair result for both teams"), which state nothing and are
    never a key point, a summary sentence or a theme's example."""
    acting: tuple[str, ...] = ()
    """The organization, place and group names the article shows acting
    (`distill.stance.acting`): only a group some article shows acting is a
    main actor of the portrayal grid."""
    unplaced: tuple[tuple[int, str], ...] = ()
    """The weekdays and near days ("today") whose date the article's own
    does not give (`distill.events.unplaced`), as (start offset, the word
    in lower case): a day to come against a date that only bounds the
    text, a speaker's "today".  Their inline bracket says the date is
    unknown rather than naming the last such day."""


# --------------------------------------------------------------------------
# synthesize: the Brief
# --------------------------------------------------------------------------


@frozen
class Theme:
    """A theme found across the corpus, with the sentences that support it."""

    label: str
    sentences: tuple[Claim, ...]
    articles: tuple[str, ...] = ()
    key_phrases: tuple[str, ...] = ()


@frozen
class Viewpoint:
    """A voice (a quoted speaker, an article's author or outlet) and its
    stance toward the subject of the brief, with the sentences showing it."""

    voice: str
    stance: Stance
    evidence: tuple[Claim, ...]
    articles: tuple[str, ...]
    kind: str = "speaker"
    role: str | None = None
    score: float = 0.0
    label: str = ""
    """The voice as a reader knows it: the speaker's name, or for an
    article's own voice (`voice` is then the article id) "S4 · its title",
    or "Unattributed source S4" when it has none."""
    toward: tuple[str, ...] = ()
    """Where the subject is a person: the people the shown sentences judge
    the stated way (a voice "critical" in a brief about a governor may be
    critical of his rivals, not of him); empty where the sentences judge
    the subject itself, or the subject is no person."""


@frozen
class Position:
    """What one voice or source says on a disputed topic, and when."""

    voice: str
    text: str
    sources: tuple[Source, ...]
    date: str | None = None
    label: str = ""
    """The voice as a reader knows it (see `Viewpoint.label`)."""


@frozen
class Divergence:
    """One topic described differently by different sources or over time."""

    topic: str
    positions: tuple[Position, ...]
    kind: str = "divergence"


@frozen
class Agreement:
    """A claim and how many articles support it: `corroborated` when two or
    more independent articles word it alike (a paraphrase is not matched:
    an uncorroborated claim may still be told in other words elsewhere)."""

    text: str
    sources: tuple[Source, ...]
    corroborated: bool


@frozen
class Discrepancy:
    """Something that does not add up between sources (the same quantity
    given differently, one person with conflicting roles, ...), flagged for
    the analyst rather than silently resolved."""

    kind: str
    description: str
    items: tuple[Claim, ...]


@frozen
class WhatsNew:
    """What changed since the previous edition of the brief."""

    previous_edition: str | None
    new_articles: tuple[str, ...] = ()
    dropped_articles: tuple[str, ...] = ()
    new_people: tuple[str, ...] = ()
    new_figures: tuple[str, ...] = ()
    new_viewpoints: tuple[str, ...] = ()
    new_events: tuple[str, ...] = ()
    changed_articles: tuple[str, ...] = ()
    """Articles whose file changed since the previous edition."""


@frozen
class Brief:
    """The whole brief: what every renderer draws, and what brief.json holds."""

    title: str
    generated_at: str
    articles: tuple[Article, ...]
    summary: tuple[Claim, ...]
    themes: tuple[Theme, ...]
    people: tuple[Person, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    viewpoints: tuple[Viewpoint, ...]
    divergences: tuple[Divergence, ...]
    timeline: tuple[Event, ...]
    digests: tuple[Digest, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    bottom_line: str | None = None
    subject: str | None = None
    edition: str | None = None
    whats_new: WhatsNew | None = None
    skipped: tuple[Skipped, ...] = ()
    key_judgments: tuple["KeyJudgment", ...] = ()
    scope: "Scope | None" = None
    portrayals: tuple["Portrayal", ...] = ()
    """How each source treats each main actor (see `Portrayal`)."""
    subject_kind: str | None = None
    """"actor" when the subject is a person or a decision (its voices are
    supportive or critical of it), "prospect" when it is a relationship or
    a prospect (optimistic or skeptical); None in a brief written before."""


@frozen
class KeyJudgment:
    """One sentence of the page-one box, composed from the structured layer
    (never copied from an article).  `confidence` is "high" (three or more
    independent sources agree), "moderate" (two agree, or most agree) or
    "low" (a single source, or sources in dispute); `basis` says why in
    words ("3 independent sources agree"); `sources` are the passages it
    rests on."""

    text: str
    confidence: str
    basis: str
    sources: tuple[Source, ...] = ()
    kind: str = ""
    """What it covers: "standing", "divergence", "corroborated", "figure", "changes"."""


@frozen
class Scope:
    """What the brief is based on: its sources, their outlets, authors and
    dates, what was skipped, and how many main claims no other source
    words alike (`single_source_claims`: paraphrases are not matched).
    Dates are ISO strings; `information_as_of` is the newest stated date
    (or, when no source states one, the latest date any source reports,
    with `as_of_bounded` True).  `text` says it all in sentences."""

    sources: int
    outlets: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    earliest: str | None = None
    latest: str | None = None
    information_as_of: str | None = None
    as_of_bounded: bool = False
    as_of_every: bool = False
    """With `as_of_bounded`: each undated source's own reported dates reach
    `information_as_of` (so all, not only the newest, were written no earlier)."""
    undated: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    claims: int = 0
    approximately_dated: tuple[str, ...] = ()
    """Sources whose only date is in doubt (a page header's, a file name's)."""
    single_source_claims: int = 0
    reprints: tuple[str, ...] = ()
    """Sources that repeat another's text ("S7 repeats S6"): one source."""
    authored: int = 0
    """Sources that name their author."""
    with_outlet: int = 0
    """Sources whose outlet is known (from the page, the text or a dateline)."""
    text: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# Plain-data conversion (JSON export, digest cache)
# --------------------------------------------------------------------------


def to_dict(value: Any) -> Any:
    """A dataclass tree as plain dicts, lists, strings and numbers."""
    names = _field_names(type(value))
    if names is not None:
        return {name: to_dict(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [to_dict(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_dict(item) for key, item in value.items()}
    return value


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass, None for any other type (looked up
    once per class: a large brief converts millions of values)."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def from_dict(cls: type, data: Any) -> Any:
    """The inverse of `to_dict`: rebuild a `cls` instance from plain data."""
    return _convert(cls, data)


def _convert(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _init_hints(hint)
        return hint(**{k: _convert(hints[k], v) for k, v in data.items() if k in hints})
    origin = typing.get_origin(hint)
    if origin is tuple:
        (item_hint, *_rest) = typing.get_args(hint)
        return tuple(_convert(item_hint, item) for item in data)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], data) if len(options) == 1 else data
    return data


@lru_cache(maxsize=None)
def _init_hints(cls: type) -> dict[str, Any]:
    """The type hints of the fields `cls(...)` takes, by name (once per class)."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.init}




# --------------------------------------------------------------------------
# Sentiment toward actors (distill) and portrayals (distill, synthesize)
# --------------------------------------------------------------------------


@frozen
class Sentiment:
    """How one passage treats one actor it names: `label` "positive" or
    "negative" with the model's probability `score`.  `source` is the
    sentence; `voice` the quoted speaker when the actor is judged inside a
    quote, None when the judgement is in the article's own words."""

    target: str
    label: str
    score: float
    source: Source
    voice: str | None = None
    quote: str | None = None
    """The quotation the judgement is made in, when it is one."""
    acts: bool = True
    """False when the actor is what something is done to or said about in
    passing (`distill.stance.acts`): news about it, not a judgement of it."""


@frozen
class Portrayal:
    """How one article (`article`, its id) treats one actor: `polarity`
    "positive", "negative" or "neutral", `score` the mean of P(positive) -
    P(negative) over the sentences naming the actor (-1..1), and the
    sentences that show it most clearly.  `polarity` is the decision; the
    score only says how the clear readings lean, so a neutral portrayal
    whose few readings all lean one way (three harsh sentences, fewer than
    `synthesize.portrayals.decide` needs) still carries a leaning score."""

    actor: str
    article: str
    polarity: str
    score: float
    evidence: tuple[Claim, ...] = ()
    mentions: int = 0


@frozen
class DateAnchor:
    """The date an article speaks from, as distill read it: `date` is
    "YYYY-MM-DD"; `weak` when it was inferred (a date in the text, a
    doubtful header) rather than stated as the publication date;
    `precision` "day", "month" or "year" when only the latest month or
    year mentioned is known (then `date` is that month's first day, or a
    day of that year)."""

    date: str
    weak: bool = False
    precision: str = "day"

    def speaks_from(self) -> str:
        """The date shown for the article: "YYYY-MM-DD" as published, else
        (a weak anchor) only its year."""
        return self.date if not self.weak else self.date[:4]

"""Digests and viewpoints in, divergences out: one topic told differently.

Two kinds:

- `development`: a topic (a content word several articles share, shown with
  its commonest two-word phrase, "gas pipeline") that one article speaks of
  as planned or expected ("will be operational by July") and another as
  stalled or never done ("has not been able to implement").  Positions are
  ordered by the date each article speaks from, so the analyst sees how the
  story moved.
- `actor`: a person of the portrayal grid ("Donald Trump") one voice
  speaks of well and another badly, each in its own quoted words (never a
  group: "Democrats" are more often appealed to than judged): the readings
  the target-sentiment model made in quotations (`Digest.sentiments`), the
  voice being the quote's speaker.  Each quote
  stands toward the one actor it names, by name or by role
  (`quote_targets`); a quote naming no one is placed nowhere (unless put,
  in the second person, to a clear hearer: `addressee`), and nothing
  is paired across different actors.  Where no voice speaks well of the
  actor, the actor's own denial (or its spokesman's) answers the critics
  who name it (`answers`).
- `stance`: the strongest optimistic and skeptical voices on the subject,
  side by side, each with its own words, shown only where those words
  judge one and the same thing opposite ways (the subject, or one person).
- `proposition`: one thing one named voice says is so and another says is
  not ("Let it be a price war" / "There is not going to be a price war"),
  found by `propositions`.

Only sentences that state a plan, a result or a setback are indexed, by
topic word, so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Sequence

from ..distill import sentences, sentiment, stance
from ..language import nlp
from ..language.labels import article_voice
from ..language.names import FORMER, fold, role_head, split_title, surname
from ..models import Claim, Digest, Divergence, Person, Position, Quote, Sentence, Sentiment, Source, Viewpoint
from . import addressee, allegiance, portrayals, propositions, subject, voices
from .timeline import content_words, event_words

LIMIT = 5
SAME_TOPIC = 2     # topic words two sentences share to be about one thing
PAIR_LIMIT = 40    # tellings per side compared for one topic
POSITIONS = 4      # positions shown per topic
_WHEN = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december"
                   r"|year|month|week|soon|(19|20)\d\d)\b", re.I)
_FIRM = re.compile(r"\b(will|expected|scheduled|set to|due to)\b", re.I)
EXPECTED = re.compile(r"\b(will|shall|expected|expects|expect|plans? to|planned|planning|scheduled|set to|aims? to"
                      r"|intends?|is to be|are to be|desire to|hopes? to|working on|going to|soon|upcoming)\b")
SETBACK = re.compile(r"\b(not been able|unable|failed|fails|delayed|delays|stalled|cancell?ed|suspended"
                     r"|abandoned|halted|shelved|no progress|yet to|(?:has|have|had) not been|hasn't been|haven't been"
                     r"|collapsed|scrapped|postponed)\b(?!\s+(?:publicly\s+)?(?:disclosed|revealed|confirmed|identified"
                     r"|named|charged|reached|asked|told|informed|briefed|made public|reported|seen|heard)\b)")
"""Words that tell a plan stalled or undone.  A bare negation ("did not",
"never", "could not") is not one: in news it is most often someone who "did
not respond" or "did not say", and on BASIL it made 14 of 19 development
divergences, nearly all between sentences on different things.  Nor is
something not yet told ("has not been disclosed publicly before", "has not
been charged"): that is news withheld, not a plan stalled."""
_SUPPOSED = re.compile(r"\b(?:if|unless|whether)\b[^,.;:]{0,60}$|\b(?:would|could|might)\b(?:\s+\w+){0,2}\s*$"
                       r"|\b(?:which|who)\b[^,.;:]{0,40}$|\b(?:the|a|an|his|her|its|their)\s+$")
"""What makes a setback word not the sentence's own telling: a condition
open before it ("if it failed to act"), a modal ("would be unable to
pay"), a relative clause on something else ("immigration reform, which
stalled as ..."), or an article making it an attribute ("the failed
effort to force Congress")."""
NEGATION = re.compile(r"\b(not|never|no longer|n't)\b|n't\b")
DONE = re.compile(r"\b(completed|finished|inaugurated|launched|opened|became operational|came into force"
                  r"|was built|were built|has been built|delivered)\b")
_GENERIC = frozenset("""country countries relations relation ties government officials official people year years
    time times part area areas side sides way ways first also last week month today recent region regional
    state states issue issues thousand thousands million millions billion billions trillion trillions percent
    hundred hundreds dollars""".split())


_STOP = frozenset("the and for with this its their our was were are has have had that which from into".split())


@dataclass(frozen=True, kw_only=True)
class Telling:
    """How one article's sentence tells a topic: "expected", "done" or "setback"."""

    article: int
    sentence: Sentence
    kind: str
    words: frozenset[str] = frozenset()  # the sentence's topic words (`_topic_words`), found once


def find_divergences(digests: Sequence[Digest], viewpoints: Sequence[Viewpoint], topic: subject.Subject,
                     limit: int = LIMIT, people: Sequence[Person] = (), person: bool = False,
                     declared: dict[tuple[str, str], frozenset[str]] | None = None,
                     reported: portrayals.Reported | None = None,
                     hearers: dict[str, dict[Quote, str]] | None = None) -> tuple[Divergence, ...]:
    """Voices opposed on an actor, development divergences (most-shared
    topics first), then the stance one, on the subject `synthesize` found
    (`person`: a person, not a decision, a relationship or a prospect;
    `declared`: whom the articles say each voice stands with, `reported`:
    the portrayal grid's cells, `portrayals.reported`, and `hearers`: each
    quote's hearer, `addressee.by_article`; each found again when None)."""
    found = developments(digests, topic, limit)
    cast = cast_of(digests, people, declared, reported, hearers)
    disputed = actors(digests, people, limit, cast)
    # A person whose dispute is already shown, quote against quote, is not shown again.
    shown = frozenset(actor_of(d) for d in disputed)
    opposed = stances(digests, viewpoints, topic, cast, shown=shown, person=person)
    said = propositions.find(digests, people)
    return tuple(disputed) + tuple(said) + tuple(found) + ((opposed,) if opposed else ())


ACTOR_SIDE = 0.7   # probability a quoted reading needs to put its voice on a side
POSITIVE_SIDE = 0.8  # ... on the side that speaks well of an actor (see `SIDE_NEEDS`)
# A positive reading of a quote is the less often right: on the training
# (odd-numbered) BASIL stories, of the quotes read positive at 0.7 that
# BASIL labels, 9 in 22 are labelled negative (2 in 42 read negative are
# labelled positive); at 0.8, 5 in 15.
SIDE_NEEDS = {"positive": POSITIVE_SIDE, "negative": ACTOR_SIDE}
SIDE_POSITIONS = 3  # quotes shown per side
BOTH_WAYS = 1.5     # times its other side's weight a voice's side needs, when its quotes go both ways


@dataclass(frozen=True, kw_only=True)
class Taken:
    """One quote's position toward one actor: the reading that shows it, the
    article it is in, and the words shown."""

    actor: str
    voice: str
    reading: Sentiment
    article: str
    text: str
    replying: bool = False
    """Whether the sentence that reports it says it is said in reply ("Velt
    denied the charges", "she hit back"): an answer, wherever it stands."""
    cited: tuple[Source, ...] = ()
    """Where `text` is in the article (`_cited`); the reading's sentence when empty."""
    also: tuple["Taken", ...] = field(default=(), compare=False)
    """The voice's other quotes on the same side toward the actor (`voice_sides`):
    where else, in this article or another, it speaks that way of them.  Not
    compared: a position is the quote it shows."""

    @property
    def named(self) -> bool:
        """Whether the reading is toward the actor by name (not the quote's
        tone given to the actor it answers): the surer kind."""
        return self.reading.target not in (stance.SUBJECT, stance.UNNAMED)


@dataclass(frozen=True, kw_only=True)
class Cast:
    """Who a story's quotes may stand toward: the portrayal grid's actors."""

    forms: dict[str, str]           # every form of a person's name -> the person's key
    grid: frozenset[str]            # the keys of the grid's actors, a place's people left out
    canonical: dict[str, str]       # every alias (case-folded) -> the person's name
    people: dict[str, Person] = field(default_factory=dict)  # the grid's people, by name
    peoples: frozenset[str] = frozenset()  # the keys of places and their peoples
    agents: dict[str, frozenset[str]] = field(default_factory=dict)  # a voice -> the grid people it works for
    declared: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    """(article id, voice) -> the people that article says the voice stands with (`allegiance.declared`)."""
    hearers: dict[str, dict[Quote, str]] | None = None
    """Article id -> each quote's hearer (`addressee.by_article`); found per digest when None."""


def cast_of(digests: Sequence[Digest], people: Sequence[Person] = (),
            declared: dict[tuple[str, str], frozenset[str]] | None = None,
            reported: portrayals.Reported | None = None,
            hearers: dict[str, dict[Quote, str]] | None = None) -> Cast:
    """The `Cast` of a story (`declared`: `Cast.declared`; `reported`: the
    grid's cells, `portrayals.reported`; each found when None; `hearers`:
    `Cast.hearers`)."""
    canonical = voices.names_by_alias(people)
    forms, grid = portrayals.main_actor_keys(digests, people, found=reported)
    peoples = portrayals.peoples_of_places(digests, people)
    grid = grid - peoples
    cast = {p.name: p for p in people if portrayals.actor_key(p.name, forms) in grid}
    return Cast(forms=forms, grid=grid, canonical=canonical, peoples=peoples, people=cast,
                agents=agents_of(people, cast),
                declared=allegiance.declared(digests, people) if declared is None else declared, hearers=hearers)


AGENT_WORDS = frozenset("""spokesman spokeswoman spokesperson lawyer lawyers attorney counsel counselor counsellor aide
    adviser advisor secretary manager strategist staff""".split())
"""Roles that speak for the person they name ("Grimm's attorney", "spokeswoman
for the Obama campaign"): general English, not fitted."""


def agents_of(people: Sequence[Person], grid: dict[str, Person]) -> dict[str, frozenset[str]]:
    """Each person whose role, in some article, speaks for a grid person
    named in it ("Grimm's attorney", "lawyer for Mr. Grimm", "Trump
    spokeswoman", "the Cruz campaign's chairman") -> those grid people.  A former one ("a onetime Trump
    adviser", "the president's former press secretary") may have turned
    critic and is left out."""
    surnames: dict[str, str] = {}
    for name in grid:  # most salient first: a shared surname is the main figure's ("Trump spokeswoman")
        surnames.setdefault(fold(surname(name)), name)
    president = _president(grid)
    found: dict[str, frozenset[str]] = {}
    for person in people:
        principals = set()
        for role in person.roles:
            words = [w.strip(".,()").removesuffix("'s").removesuffix("’s")
                     for w in fold(role.text).replace("-", " ").split()]
            # One of a person's campaign speaks for them too ("the Cruz campaign's chairman").
            if (AGENT_WORDS & set(words) or "campaign" in words) and not FORMER.search(" ".join(words)):
                principals.update(surnames[w] for w in words if w in surnames and surnames[w] != person.name)
                if president and president != person.name and _OF_THE_PRESIDENT.search(" ".join(words)):
                    principals.add(president)
        if principals:
            found[person.name] = frozenset(principals)
    return found


_OF_THE_PRESIDENT = re.compile(r"\bwhite house\b|(?<!vice )\bpresident\b(?! of\b)")
"""A role that serves the head of state by office ("White House press
secretary", "the president's top political adviser"), not "Vice President"
(the word before it) nor "president of the union" (another presidency)."""


def _president(grid: dict[str, Person]) -> str | None:
    """The one grid person whose role is the presidency itself ("President";
    not "Vice President") and whom no article calls a former president
    ("former President Bill Clinton", though one calls him "president"),
    or None."""
    def roles(person: Person) -> set[str]:
        return {" ".join(fold(text).split()) for text in (person.role, *(r.text for r in person.roles)) if text}

    found = [name for name, person in grid.items()
             if "president" in roles(person) and not any(FORMER.sub("", r, count=1) == "president"
                                                         for r in roles(person) if FORMER.match(r))]
    return found[0] if len(found) == 1 else None


def actors(digests: Sequence[Digest], people: Sequence[Person] = (), limit: int = LIMIT,
           cast: Cast | None = None) -> list[Divergence]:
    """Main actors (the portrayal grid's) one voice speaks of well and
    another badly, in quotes: the clearest opposition first.  Each quote
    stands toward one actor (`quote_targets`); nothing is paired across
    different actors.  `cast`: the story's (`cast_of`), when already found."""
    dates = speaks_from(digests)
    sides = voice_sides(digests, people, cast)
    found = [d for d in (_opposed(actor, chosen, dates) for actor, chosen in sides.items()) if d]
    found.sort(key=lambda item: -item[0])
    return [divergence for _strength, divergence in found[:limit]]


def voice_sides(digests: Sequence[Digest], people: Sequence[Person] = (),
                cast: Cast | None = None) -> dict[str, dict[str, list[Taken]]]:
    """Each grid actor's quoted voices by side: actor -> {"positive": [...],
    "negative": [...]}, one `Taken` per voice (its clearest quote on its
    side), clearest first.  A voice heard on both sides stands on the side
    its quotes weigh more on (the sum of their readings' probabilities),
    and on none when they weigh alike (within `BOTH_WAYS`).  Under
    `ANSWERS`, the actor's own answers and its spokesmen's (`answers`), one
    per voice, clearest first."""
    cast = cast or cast_of(digests, people)
    heard: dict[str, dict[str, dict[str, list[Taken]]]] = defaultdict(lambda: defaultdict(dict))
    answering: dict[str, dict[str, list[Taken]]] = defaultdict(lambda: defaultdict(list))
    for digest in digests:
        for taken in quote_targets(digest, cast):
            if worded(taken.reading.quote or "", taken.reading.label):
                heard[taken.actor][taken.voice].setdefault(taken.reading.label, []).append(taken)
        for taken in answers(digest, cast):
            answering[taken.actor][taken.voice].append(taken)
    sides = {actor: _decided(voices) for actor, voices in heard.items()}
    for actor, chosen in sides.items():
        chosen[ANSWERS] = [max(found, key=_answering) for found in answering.get(actor, {}).values()]
        chosen[ANSWERS].sort(key=_answering, reverse=True)
    return sides


ANSWERS = "answers"  # `voice_sides`' key for an actor's own words and those who speak for it


def answers(digest: Digest, cast: Cast) -> list[Taken]:
    """Each attributed quote of a grid person, or of someone who speaks for
    one (`Cast.agents`: their lawyer, their spokesman), as that person's
    answer to whoever speaks badly of them: a `Taken` toward the person,
    its reading the quote's clearest.  An accused person's own words are
    most often their defence (on the training (odd-numbered) BASIL stories,
    a person's quotes labelled toward that person are positive 11 times in
    11; on the even-numbered, 9 in 16), but only a quote that denies
    something is taken as an answer (`_answers_for`)."""
    found = []
    for quote, readings, voice in _statements(digest, cast):
        principals = {voice} if voice in cast.people else set(cast.agents.get(voice, ()))
        for actor in principals:
            if not _answers_for(actor, voice, quote, readings, cast):
                continue
            reading = max(readings, key=lambda r: r.score)
            text = _said(reading, digest)
            if _first_named(text, cast) in (None, voice, actor):
                sentence = digest.article.text[reading.source.start:reading.source.end]
                found.append(Taken(actor=actor, voice=voice, reading=reading, article=digest.article.id, text=text,
                                   cited=_cited(reading, digest),
                                   replying=bool(_REPLY.search(stance.own_words(sentence)))))
    return found


_REPLY = re.compile(r"\b(?:respond\w*|repl(?:y|ied|ies|ying)|answer(?:ed|s|ing)|den(?:y|ied|ies|ying)|defend\w*"
                    r"|rebut\w*|counter(?:ed|s|ing)|(?:push|pushed|pushing|hit|hits|fired|fires) back|dismiss\w*"
                    r"|reject\w*)\b", re.I)
"""Verbs that say words are said in reply to someone (general English)."""


def _first_named(text: str, cast: Cast) -> str | None:
    """The person of the story `text` names first in its own words (its
    quotations left out), or None: the speaker of a sentence that says who
    speaks ("But Mr. Royce called for Mr. Trump to ..., adding, “...”"), so
    an answer given to anyone else is a misattributed one."""
    words = stance.own_words(text).casefold()
    found = [(m.start(), name) for alias, name in cast.canonical.items() if alias in words
             for m in [re.search(rf"\b{re.escape(alias)}\b", words)] if m]
    return min(found)[1] if found else None


def _answers_for(actor: str, voice: str, quote: str, readings: list[Sentiment], cast: Cast) -> bool:
    """Whether `voice`'s `quote` answers `actor`'s critics: at least
    `ANSWER_WORDS` words, a denial ("nothing improper took place", "100
    percent false"), not read badly of the actor ("I've made a lot of
    mistakes"), not about another person it names, nor, in the actor's own
    words, about "him" or "her"."""
    return (len(quote.split()) >= ANSWER_WORDS and bool(_DENIAL.search(quote))
            and not (voice == actor and _THIRD_PERSON.search(quote))
            and not any(_self_blame(r, actor, cast) or _other_person(r, actor, voice, cast) for r in readings))


def _self_blame(reading: Sentiment, actor: str, cast: Cast) -> bool:
    """Whether `reading` speaks clearly badly of `actor` (by name), of the
    speaker's own clause ("I made mistakes"), or, toward someone its quote
    does not name, of the speaker's own state (`_own_state`: "I would look
    foolish"): then its bad words are the speaker's about themselves."""
    if reading.label != "negative" or reading.score < ACTOR_SIDE:
        return False
    quote = reading.quote or ""
    if reading.target == stance.SUBJECT:
        return bool(_FIRST_PERSON.match(quote))
    return cast.canonical.get(reading.target.casefold()) == actor or (reading.target not in quote
                                                                      and _own_state(quote))


_LINKING = frozenset("be look seem feel sound appear become".split())
_ANOTHER = frozenset("he him his she her hers they them their you your yours".split())
"""Pronouns (general English) by which a speaker's words name someone else."""


def _own_state(quote: str) -> bool:
    """Whether every main clause of `quote` says how its speaker is: a
    linking verb, not negated, whose subject is "I" or "we", with what they
    are ("I would look silly if I agreed to that", "we feel terrible", "I'd be
    a fool to sell"); and the quote names no one else (no name, no "him",
    no "you") and no clause of it has another subject.  Such words, read
    badly of the person the sentence around them names, are no verdict on
    that person; "I'd be a fool to trust him" still judges him."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    if any(t.pos_ == "PROPN" or t.lower_ in _ANOTHER for t in doc) \
            or any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _FIRST for t in doc):
        return False
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return bool(roots) and all(r.lemma_.lower() in _LINKING and not any(c.dep_ == "neg" for c in r.children)
                               and any(c.dep_ in ("acomp", "attr") for c in r.children)
                               and any(c.dep_ == "nsubj" for c in r.children) for r in roots)


def _other_person(reading: Sentiment, actor: str, voice: str, cast: Cast) -> bool:
    """Whether `reading` is toward a person other than `actor` and `voice`
    named in its quote: a quote about someone else answers for no one."""
    other = cast.canonical.get(reading.target.casefold())
    return other is not None and other not in (actor, voice) and reading.target in (reading.quote or "")


ANSWER_WORDS = 4  # words an answer needs: a fragment ("Mexico!", "senior officials") answers nothing
_DENIAL = re.compile(r"\b(?:not(?!\s+(?:only|simply|just|merely)\b)|no(?!\s+(?:longer|more|doubt)\b)|never|nothing"
                     r"|nobody|none|nah|false|untrue|baseless|innocent|innocence"
                     r"|assur(?:e|es|ed|ing)|vindicat\w*|exonerat\w*)\b"
                     r"|n[’']t\b(?!\s+(?:only|simply|just|merely)\b)", re.I)
"""Words that deny or rebut: an answer to critics denies something ("nothing
improper took place", "100 percent false", "asserts his innocence"),
assures against a doubt ("I assure you my one purpose was ...") or
foretells its refutation ("he will be vindicated");
"no longer", "no more", "no doubt" and "not only" deny nothing ("France
is no longer France"), nor does a contrast ("The answer is not simply to
yell ...")."""

_FIRST_PERSON = re.compile(r"\W*(?:I|we)\b", re.I)  # a quote opening "I ...", "We ...", "I've ..."
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
"""In a person's own words, "he" or "she" is someone else: "I don't know
her" denies nothing the critics said of the speaker."""


CLEAR_VALENCE = 0.25  # a word's general-English valence (-1..1) from which it judges
NEGATION_REACH = 3    # words before a judging word in which a "not" turns it


def worded(quote: str, label: str) -> bool:
    """Whether `quote` may count on the side `label` ("positive" or
    "negative"; any other label is not checked): unless a negation ("not",
    "nothing") is all that could have tipped it, which needs a judging word
    of that sign ("bizarre" for negative) or of the other sign turned by
    the negation ("not fit").  "As for him, there is nothing new about it",
    said to excuse him, was read as speaking badly of him; audited briefs
    named such voices as critics of the very actor they excused, in key
    judgments and in the divergences both."""
    if label not in ("positive", "negative"):
        return True
    words = re.findall(r"[a-z]+(?:n't)?|n't", quote.lower())
    negated = [w in sentiment.NEGATIONS or w.endswith("n't") for w in words]
    if not any(negated):
        return True
    lexicon = sentiment.valence_lexicon()
    for i, word in enumerate(words):
        valence = lexicon.get(word, 0.0)
        if abs(valence) < CLEAR_VALENCE:
            continue
        turned = any(negated[max(0, i - NEGATION_REACH):i])
        if ((valence > 0) == (label == "positive")) != turned:
            return True
    return False


def _answering(taken: Taken) -> float:
    """How well a quote answers: the clearer and shorter."""
    return taken.reading.score / (1 + len(taken.text.split()) / 25)


def _decided(voices: dict[str, dict[str, list[Taken]]]) -> dict[str, list[Taken]]:
    """Each voice's side toward one actor (`heavier`), as its clearest
    quote on that side, the voice's other quotes on it kept (`Taken.also`)."""
    chosen: dict[str, list[Taken]] = {"positive": [], "negative": []}
    for taken in voices.values():
        label = heavier({label: [t.reading for t in found] for label, found in taken.items()})
        if label is not None:
            best = max(taken[label], key=_telling)
            chosen[label].append(replace(best, also=tuple(t for t in taken[label] if t is not best)))
    return {label: sorted(found, key=lambda t: -t.reading.score) for label, found in chosen.items()}


def _telling(taken: Taken) -> tuple[bool, float]:
    """How well a quote shows its voice's side: one whose own words name the
    actor first (the sentence that reports a quote naming no one is the
    reporter's words), then the clearer reading."""
    return (_names_in_quote(taken), taken.reading.score / (1 + len(taken.text.split()) / 25))


def heavier(sides: dict[str, list[Sentiment]]) -> str | None:
    """The label ("positive" or "negative") whose readings weigh more (the
    sum of their probabilities), or None when both are read and neither
    outweighs the other `BOTH_WAYS` times: evidence both ways is no side."""
    weight = {label: sum(r.score for r in found) for label, found in sides.items() if found}
    if not weight:
        return None
    label = max(weight, key=weight.get)
    return None if len(weight) == 2 and weight[label] < BOTH_WAYS * min(weight.values()) else label


def quote_targets(digest: Digest, cast: Cast) -> list[Taken]:
    """Each attributed quote of `digest` with a clear reading, as a position
    toward the one grid person it is about: the person it names (the
    clearest reading), else the person its reporting sentence sets it against ("X
    attacked Y, saying ..."), else the person it names by role ("the
    president"), else the one it is put to in the second person ("You
    should resign," she told Y); and a quote declaring for or against a
    decision ("I oppose this bill") toward the decision's author
    (`declared_targets`).  A quote that names no one otherwise is placed nowhere: on BASIL,
    giving its tone to the actor named around it was right 3 times in 16,
    to the story's main actor 0 in 3.  A speaker
    speaking of themselves ("I think", "I look forward") takes no side in a
    dispute about themselves, and a question takes none at all.  A voice is
    a person of the people list (an outlet that relays a report, a document
    quoted, is not one), never sharing the actor's surname."""
    found = []
    hearers = cast.hearers.get(digest.article.id, {}) if cast.hearers is not None \
        else addressee.hearers(digest.sentences, digest.quotes)
    heard = {q.text: hearer for q, hearer in hearers.items() if addressee.personal(q.text)}
    for quote, readings, voice in _statements(digest, cast, clear=True):
        chosen = _quote_target(quote, readings, cast, voice, heard.get(quote))
        if chosen is None:
            continue
        target, reading = chosen
        actor = _canonical(target, cast)
        if surname(actor) == surname(voice):
            continue  # the actor under another name ("Dick" for "Richard"), or family: no outside view
        sentence = digest.article.text[reading.source.start:reading.source.end]
        if _shared_surname(target, sentence, digest.article.text, cast):
            continue  # "the younger Mr. Velt": the other Velt than the one the map gives the surname to
        if reading.target != stance.SUBJECT and _self_blame(reading, voice, cast):
            continue  # the speaker's words on themselves ("I would look foolish"), not on the one named around them
        if _others_belief(quote) or (target not in quote and (_done_by_another(sentence, target, voice)
                                                              or _predicated_of_another(sentence, quote, target))) \
                or _no_verdict(sentence, quote, target, reading.label):
            continue
        if target not in quote and _said_of_what_befell(sentence, quote, target):
            continue  # "“A sad day,” Dunn said of Velt's defeat": words on the event, not on Velt
        if reading.label == "negative" and _sympathy_only(quote):
            continue  # "I feel so sorry for Velt": the speaker's feeling for them, no blame
        if reading.label == "negative" and _befell_theirs(quote, target):
            continue  # "they ruined his life", "Velt lost her seat": what befell them, not blame
        if reading.label == "negative" and _against_them(quote, target):
            continue  # "the charges against Velt have nothing to do with me": the charges' tone, no verdict
        if reading.label == "positive" and _benefits_theirs(quote, target):
            continue  # "the ruling will protect Velt's savings": a good done to their things, no praise
        if reading.label == "positive" and _backing_only(quote):
            continue  # "she was plainly endorsing the plan": what Velt backs, no praise of Velt
        if reading.label == "negative" and (actor in cast.agents.get(voice, ())
                                            or actor in cast.declared.get((digest.article.id, voice), ())):
            # A lawyer's or spokesman's words are their principal's defence,
            # a declared supporter's a candid word: never an attack on them.
            continue
        found.append(Taken(actor=actor, voice=voice, reading=reading, article=digest.article.id,
                           text=_said(reading, digest), cited=_cited(reading, digest)))
    return found + declared_targets(digest, cast, frozenset(t.reading.quote or "" for t in found))


DECLARING = {**dict.fromkeys("support back endorse applaud welcome champion".split(), "positive"),
             **dict.fromkeys("oppose reject fight block condemn denounce repeal override overturn reverse".split(),
                             "negative")}
"""Verbs (general English) by which a speaker declares where they stand on a
decision: "I support this law", "we will fight the bill"."""
VOTING = {"for": "positive", "against": "negative"}  # "I will vote for/against the bill"
AUTHORING = frozenset("sign propose introduce sponsor draft write author unveil issue veto".split())
"""Verbs (general English) whose subject makes the decision their object
names ("Velt signed the law"); to veto is to make a veto ("Velt vetoed the
bill": the veto is Velt's)."""
DECLARED_SCORE = 0.9
"""The weight of a side the speaker declares in so many words: as sure as a clear reading."""
_FIRST = frozenset({"i", "we"})


def declared_targets(digest: Digest, cast: Cast, placed: frozenset[str] = frozenset()) -> list[Taken]:
    """Each direct quote of `digest` (not in `placed`, the quotes already
    placed) in which its speaker declares, in the first person, support for
    or opposition to a decision ("I support this law", "we will fight Velt's
    budget", "I can't vote for the bill"), as a position toward the
    decision's author: the grid person the quote names as its owner ("Velt's
    budget"), else the one grid person the article says made it ("Velt signed
    the law"; `_authors`).  Support denied ("I won't back it") is opposition;
    opposition denied is no side."""
    found: list[Taken] = []
    authors: dict[str, set[str]] | None = None
    for quote in digest.quotes:
        voice = cast.canonical.get((quote.speaker or "").casefold())
        if voice is None or quote.kind != "direct" or not quote.sources or quote.text in placed \
                or not any(w in quote.text.lower() for w in (*DECLARING, "vote")):
            continue
        declared = _declarations(quote.text)
        if not declared:
            continue
        authors = _authors(digest, cast) if authors is None else authors
        for owner, decision, label in declared:
            makers = authors.get(decision, set())
            actor = _person_named(owner, cast) if owner else (next(iter(makers)) if len(makers) == 1 else None)
            if actor is None or surname(actor) == surname(voice) or (
                    label == "negative" and (actor in cast.agents.get(voice, ())
                                             or actor in cast.declared.get((digest.article.id, voice), ()))):
                continue
            sentence = next((s for s in digest.sentences if s.source.start <= quote.sources[0].start < s.source.end),
                            None)
            if sentence is None:
                continue
            reading = Sentiment(target=actor, label=label, score=DECLARED_SCORE, source=sentence.source,
                                voice=quote.speaker, quote=quote.text)
            found.append(Taken(actor=actor, voice=voice, reading=reading, article=digest.article.id,
                               text=_said(reading, digest), cited=_cited(reading, digest)))
            break
    return found


def _declarations(quote: str) -> list[tuple[str | None, str, str]]:
    """(the owner the quote names, or None; the decision noun's lemma; the
    side) for each decision the speaker of `quote` declares for or against
    in the first person."""
    found = []
    for token in nlp.sentence(quote.strip(" “”\"'‘’")):
        label = DECLARING.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        objects = [c for c in token.children if c.dep_ == "dobj"] if label else []
        if token.lemma_.lower() == "vote" and token.pos_ == "VERB":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in VOTING):
                label, objects = VOTING[prep.lower_], [c for c in prep.children if c.dep_ == "pobj"]
        decisions = [o for o in objects if o.lemma_.lower() in subject.DECISIONS]
        if not label or not decisions or not _first_person(token):
            continue
        if _denied(token):
            if label == "negative":
                continue
            label = "negative"
        owners = [c for c in decisions[0].children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
        found.append((_full_name(owners[0]) if owners else None, decisions[0].lemma_.lower(), label))
    return found


def _first_person(verb) -> bool:
    """Whether `verb`'s subject (or, for "to oppose", its governing verb's:
    "I urge them to reverse it") is "I" or "we"."""
    while (verb.dep_ in ("xcomp", "conj") or verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)) \
            and verb.head is not verb:
        if any(c.dep_ == "nsubj" for c in verb.children):
            break
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST for c in verb.children)


def _denied(verb) -> bool:
    """Whether `verb`, or the verb it completes ("won't continue to back"), is negated."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _full_name(token) -> str:
    """The name `token` is part of ("Mara Velt" for "Velt" in "Mara Velt's bill")."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent.text.removesuffix("'s").removesuffix("’s") if ent is not None else token.text


def _person_named(name: str, cast: Cast) -> str | None:
    """The grid person `name` names, or None."""
    person = cast.canonical.get(name.casefold())
    return person if person in cast.people else None


_AUTHORING_WORDS = re.compile(r"\b(?:sign|propos|introduc|sponsor|draft|wr[io]t|author|unveil|issu|veto)", re.I)


def _authors(digest: Digest, cast: Cast) -> dict[str, set[str]]:
    """Decision noun lemma -> the grid people `digest`'s own words say made
    one ("Velt signed the law", "the bill Dunn introduced")."""
    found: dict[str, set[str]] = defaultdict(set)
    for sentence in digest.sentences:
        own = stance.own_words(sentence.text)
        if not _AUTHORING_WORDS.search(own) or not set(re.findall(r"[a-z]+", own.lower())) & subject.DECISIONS:
            continue
        for token in nlp.sentence(own):
            if token.lemma_.lower() not in AUTHORING or token.pos_ != "VERB":
                continue
            made = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in subject.DECISIONS]
            if token.dep_ == "relcl" and token.head.lemma_.lower() in subject.DECISIONS:
                made.append(token.head)
            makers = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            person = (_person_named(_full_name(makers[0]), cast) or _person_named(makers[0].text, cast)) \
                if makers else None
            if person and token.lemma_.lower() == "veto":
                found["veto"].add(person)  # the veto is theirs, the bill vetoed is not
                continue
            for decision in made if person else ():
                found[decision.lemma_.lower()].add(person)
    return found


_SYMPATHY = re.compile(r"\b(?:feel|feels|felt|feeling|am|is|are|was|were|be|been|’m|'m)\s+"
                       r"(?:(?:so|very|really|truly|just|pretty|deeply|too|terribly|awfully)\s+)*"
                       r"(?:bad|badly|sorry|sad|terrible|terribly|awful|awfully)\s+for\b"
                       r"|\b(?:heart|hearts|thoughts|prayers)\s+(?:go|goes|went|are|is)\s+(?:out\s+)?(?:to|with)\b"
                       r"|\bsympathi[sz]e\w*\s+with\b", re.I)
"""How English says one is sorry for someone ("I feel very bad for her",
"our hearts go out to him", "we sympathize with Velt"): general English."""


def _sympathy_only(quote: str) -> bool:
    """Whether the bad words of `quote` are all the speaker's sympathy for
    someone (`_SYMPATHY`): with those phrases taken out, no word of clearly
    bad valence is left ("I feel so badly for Velt" is no blame of Velt; "I
    feel sorry for Velt, he lied to us" still blames him)."""
    if not _SYMPATHY.search(quote):
        return False
    lexicon = sentiment.valence_lexicon()
    left = re.findall(r"[a-z]+", _SYMPATHY.sub(" ", quote).lower())
    return not any(lexicon.get(word, 0.0) <= -CLEAR_VALENCE for word in left)


_OWNERS = frozenset({"his", "her", "their"})
_SPEAKERS = frozenset({"i", "we"})


def _befell_theirs(quote: str, target: str = "") -> bool:
    """Whether `quote` has a verb of clearly bad valence whose object is
    someone's own thing ("his life", "her seat", "their savings") and whose
    subject is not the speaker ("they wrecked her career", "it ruined his
    life", "Velt lost her seat"): a harm or a loss told as what befell
    them, which the sentence model reads as bad of them, though the
    speaker is most often sorry for it or only marks the news.  So too
    where the quote names `target` only as the owner of such a thing
    ("they would stop at nothing to wreck Velt's campaign": the charge is
    against its doers, and Velt is whom the speaker defends).  "I ruined
    his evening" is the speaker's own deed, left as read."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    owners = _owners_harmed(doc)
    if any(t.lower_ in _OWNERS for t in owners):
        return True
    last = fold(target.split()[-1]) if target.split() else ""
    named = [t for t in doc if last and fold(t.text) == last]
    return bool(named) and all(t in owners for t in named)


def _owners_harmed(doc) -> list:
    """The owners ("her", "Velt's") of the direct objects of the verbs of
    clearly bad valence in `doc` whose doer (`_doer`) is not the speaker."""
    lexicon = sentiment.valence_lexicon()
    found = []
    for token in doc:
        valence = lexicon.get(token.lower_, lexicon.get(token.lemma_.lower(), 0.0))
        if token.pos_ != "VERB" or valence > -CLEAR_VALENCE:
            continue
        doer = _doer(token)
        if doer is None or doer.lower_ in _SPEAKERS:
            continue
        found += [c for o in token.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "poss"]
    return found


CONTROL = 3  # infinitives a doer is looked for through: "they would stop at nothing to try to wreck ..."


def _doer(verb):
    """The subject of `verb`, or, for an infinitive without one ("to wreck
    her career"), the subject of the verb it completes or serves ("they
    tried to wreck ...", "they would stop at nothing to wreck ..."); None
    when none is named."""
    for _ in range(CONTROL + 1):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ not in _INFINITIVE or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        verb = verb.head
        # "stop at nothing to wreck": the infinitive hangs on the object of the verb whose doer it has.
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head
    return None


_INFINITIVE = frozenset({"xcomp", "advcl", "relcl", "acl"})  # how an infinitive hangs on what it serves


UNDERGONE = stance.HARMS | frozenset("defeat loss ouster downfall arrest firing dismissal".split())
"""Nouns of what someone undergoes (general English): a harm (`stance.HARMS`),
a defeat, a loss of office, an arrest."""


def _said_of_what_befell(sentence: str, quote: str, target: str) -> bool:
    """Whether `sentence`, outside its `quote` (which names no one), names
    `target` only as the one who underwent what the quote is said of
    (`UNDERGONE`): as its owner or its "of" ("Dunn said of Velt's defeat",
    "said about the arrest of Mara Velt").  The quote's words judge the
    event or those behind it (the voters, the police), either way: a
    lament, a gloat or a protest read as a verdict on the one it befell."""
    start = sentence.find(quote.strip(" “”\"'‘’")[:40])
    doc = nlp.sentence(sentence)
    last = fold(target.split()[-1])
    named = [t for t in doc if fold(t.text) == last and not (start >= 0 and start <= t.idx < start + len(quote))]
    return bool(named) and all(_undergoer(t) for t in named)


def _undergoer(token) -> bool:
    """Whether `token` (a name's last word) owns a noun of `UNDERGONE` or
    is its "of" ("Velt's defeat", "the arrest of Velt")."""
    head = token.head
    if token.dep_ == "poss":
        return head.lemma_.lower() in UNDERGONE or head.lower_ in UNDERGONE
    return token.dep_ == "pobj" and head.lower_ == "of" \
        and (head.head.lemma_.lower() in UNDERGONE or head.head.lower_ in UNDERGONE)


def _against_them(quote: str, target: str) -> bool:
    """Whether `quote` names `target` (by the last word of the name) only as
    the one a thing is aimed at: "against" after a noun ("the charges
    against Velt", "a vendetta against Velt") or after a participle that
    qualifies one ("the case brought against Velt").  The bad words are the
    thing's, and a defender's protest ("a vendetta against Velt") reads as
    badly as a prosecutor's case: no verdict on Velt either way."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    last = fold(target.split()[-1])
    named = [t for t in doc if fold(t.text) == last]
    return bool(named) and all(_aimed_at(t) for t in named)


def _aimed_at(token) -> bool:
    """Whether `token` is the object of "against" that hangs on a noun, or
    on a participle qualifying one ("charges brought against")."""
    against = token.head
    if token.dep_ != "pobj" or against.lower_ != "against":
        return False
    thing = against.head
    if thing.pos_ == "VERB" and thing.dep_ == "acl":
        thing = thing.head
    return thing.pos_ == "NOUN"


def _benefits_theirs(quote: str, target: str) -> bool:
    """Whether `quote` names `target` (by the last word of the name, else,
    naming no one, as "his", "her" or "their") only as the owner of the
    object of a verb of clearly good valence whose subject is not the
    speaker ("a closed hearing would best protect Velt's privacy", "the
    fund will secure their pensions"): a good done to their things, read
    as praise of them, though it is most often a reason given for a step
    the speaker wants.  "We will defend Velt's plan" is the speaker's own
    support, and "Velt's plan will help us" says what their thing does:
    both are left as read."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    last = fold(target.split()[-1])
    owners = [t for t in doc if fold(t.text) == last] \
        or [t for t in doc if t.dep_ == "poss" and t.lower_ in _OWNERS and not any(u.pos_ == "PROPN" for u in doc)]
    return bool(owners) and all(_owner_of_good(t) for t in owners)


def _owner_of_good(token) -> bool:
    """Whether `token` owns ("Velt's", "her") the direct object of a verb
    of clearly good valence whose subject is not "I" or "we"."""
    lexicon = sentiment.valence_lexicon()
    thing = token.head
    verb = thing.head
    if token.dep_ != "poss" or thing.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return lexicon.get(verb.lower_, lexicon.get(verb.lemma_.lower(), 0.0)) >= CLEAR_VALENCE \
        and not (subjects and subjects[0].lower_ in _SPEAKERS)


def _backing_only(quote: str) -> bool:
    """Whether the good words of `quote` are only someone else's backing of
    something: a verb of support (`DECLARING`'s positive ones: "endorse",
    "support") whose subject is not "I" or "we", and no adjective or noun
    of clearly good valence ("she was plainly endorsing the plan, or
    tacitly supporting it").  The sentence model reads the support as
    praise of the one who gives it, though it is most often told to pin a
    side on them; "he supported the plan, and he is a wise man" still
    praises him."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    backing = [t for t in doc if t.pos_ == "VERB" and DECLARING.get(t.lemma_.lower()) == "positive"]
    if not backing or any(_first_person(t) for t in backing):
        return False
    lexicon = sentiment.valence_lexicon()
    return not any(t.pos_ in ("ADJ", "NOUN") and lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0))
                   >= CLEAR_VALENCE for t in doc)


def _others_belief(quote: str) -> bool:
    """Whether `quote` is a relative clause telling what others think or
    say ("who think, rightly or wrongly, that this man is going to lose"):
    its words are the belief of the people it is hung on, outside the
    quote, not the speaker's verdict."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    first = next((t for t in doc if not t.is_punct), None)
    # The parse often hangs the clause of what they think elsewhere; its "that" still opens it.
    return first is not None and first.tag_ in ("WP", "WDT") and first.dep_ == "nsubj" \
        and (any(c.dep_ == "ccomp" for c in first.head.children)
             or any(t.dep_ == "mark" and t.lower_ in ("that", "whether") for t in doc))


def _done_by_another(sentence: str, target: str, voice: str) -> bool:
    """Whether, in the `sentence` that reports a quote naming no one, the
    quote's `target` is the object of a verb someone else named is subject
    of ("it was “totally inappropriate” for Berg to criticize Velt"): the
    quote judges that one's act, not the one it is done to."""
    last = target.split()[-1]
    for token in nlp.sentence(sentence):
        if token.text != last or token.dep_ not in ("dobj", "dative"):
            continue
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ == "PROPN" and surname(voice) not in \
                {fold(t.text) for t in subjects[0].subtree}:
            return True
    return False


def _predicated_of_another(sentence: str, quote: str, target: str) -> bool:
    """Whether `quote`, naming no one, is the complement of a copula in
    `sentence` whose subject, outside the quote, is a noun other than
    `target` ("he told Velt that voters were “sick and tired of hearing
    about your schemes”"): its words say how that subject is, not what the
    speaker thinks of the one the sentence names elsewhere."""
    start = sentence.find(quote.strip(" “”\"'‘’")[:40])
    if start < 0:
        return False
    doc = nlp.sentence(sentence)
    inside = [t for t in doc if start <= t.idx < start + len(quote)]
    heads = [t for t in inside if t.head not in inside and t.head is not t]
    # Only a copula's complement says how its subject is: in "Berg labeled Velt “unfit”" it is Velt's.
    if not heads or heads[0].dep_ not in ("acomp", "attr"):
        return False
    verb = heads[0].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside]
    last = fold(target.split()[-1])
    return bool(subjects) and subjects[0].pos_ in ("NOUN", "PROPN") \
        and last not in {fold(t.text) for t in subjects[0].subtree}


def _no_verdict(sentence: str, quote: str, target: str, label: str) -> bool:
    """Whether the grammar of `sentence` says its `quote`, read `label`
    toward `target`, is no verdict on that person: harm done to them by
    someone else ("Velt is being treated badly by the party": blame of the
    party, sympathy for Velt); a prospect denied them ("he's not going to
    be mayor": no praise); and, where the quote names no one, a case
    supposed ("He would have had to resign"), one of several people the words
    are about together ("expects Velt, Sarn and Dahl to “show unity”"), or
    words said of a thing ("calls the report a “fine piece”", "such as “a
    recession”")."""
    doc = nlp.sentence(sentence)
    start = sentence.find(quote.strip(" “”\"'‘’")[:40])
    inside = [t for t in doc if start <= t.idx < start + len(quote)] if start >= 0 else []
    last = fold(target.split()[-1])
    named = [t for t in doc if fold(t.text) == last]
    if label == "negative" and any(t in inside and _done_to_by_agent(t) for t in named):
        return True
    if label == "positive" and any(_denied_prospect(t, named) for t in inside):
        return True
    if not inside or target in quote:
        return False
    outside = [t for t in named if t not in inside]
    return any(_supposed(t) for t in inside) or _said_of_a_thing(inside) \
        or any(_coordinated(t) for t in outside)


def _done_to_by_agent(token) -> bool:
    """Whether `token` is the subject of a passive verb with an agent ("X is
    treated badly by the party")."""
    return token.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in token.head.children)


_FUTURE = frozenset({"will", "wo", "shall", "'ll", "’ll"})


def _denied_prospect(verb, named) -> bool:
    """Whether `verb` is a negated future ("won't win", "is not going to
    be") whose subject is the person (`named`) or "he"/"she"."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) \
        or verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return future and any(c in named or c.lower_ in ("he", "she") for c in subjects)


def _supposed(verb) -> bool:
    """Whether `verb` is a counterfactual ("would have had to resign"): a
    case supposed judges no one."""
    said = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(said & {"would", "could", "might"}) and "have" in said


def _said_of_a_thing(inside) -> bool:
    """Whether the quoted words are in apposition to a thing outside them
    ("proclaims the article a “terrific piece”"), or the predicate of a
    verb whose subject, outside them, is a thing ("something “has to be
    big”"): they say what that thing is."""
    heads = [t for t in inside if t.head not in inside and t.head is not t]
    if not heads:
        return False
    head = heads[0]
    if head.dep_ == "pobj" and head.head.lower_ == "as" and any(c.lower_ == "such" for c in head.head.children):
        return True  # examples of something ("such as “a recession”"), not a verdict on anyone
    if head.dep_ == "appos":
        return head.head.pos_ == "NOUN" and head.head.ent_type_ != "PERSON"
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c not in inside]
    return head.pos_ in ("VERB", "AUX") and bool(subjects) and subjects[0].pos_ == "PRON" \
        and subjects[0].lower_ in _THINGS


_THINGS = frozenset({"something", "it", "this", "that", "everything", "nothing", "anything"})


def _coordinated(token) -> bool:
    """Whether `token` is one of a list of names ("Velt, Sarn and Dahl")."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children)


def _statements(digest: Digest, cast: Cast, clear: bool = False) -> list[tuple[str, list[Sentiment], str]]:
    """(quote, its readings, its voice) for each quote of `digest` a person
    of the story says: not a question (a question takes no side), nor one
    an outlet relays ("The Times reported ...") or a document holds (no
    voice of its own), nor a verb of a word or two set in quotation marks
    in the writer's sentence (`_marked_act`: 'he said he "respects" her'),
    whose reading is the writer's paraphrase, not the speaker's words.  `clear`:
    only the readings sure enough to give a side (`SIDE_NEEDS`), and only
    quotes with one."""
    by_quote: dict[str, list[Sentiment]] = defaultdict(list)
    for reading in digest.sentiments:
        if reading.quote is not None and reading.voice and (not clear or reading.score >= SIDE_NEEDS[reading.label]):
            by_quote[reading.quote].append(reading)
    found = []
    for quote, readings in by_quote.items():
        voice = cast.canonical.get(readings[0].voice.casefold())
        if voice is not None and not quote.rstrip(" ”\"'’").endswith("?") and not _marked_act(quote, readings[0],
                                                                                            digest.article.text):
            found.append((quote, readings, voice))
    return found


SCARE_WORDS = 2  # words a quotation may hold and still be a word the writer only marks ("respects"), no statement


def _marked_act(quote: str, reading: Sentiment, text: str) -> bool:
    """Whether `quote` is a word or two (`SCARE_WORDS`) holding a verb,
    marked in the writer's sentence (`reading`'s, in the article `text`):
    'he said he “respects” her', 'was not “backing off”' tell in the
    writer's words what the speaker did.  A label the speaker gave ('she
    was “extremely careless”') holds no verb and is their verdict."""
    if len(quote.split()) > SCARE_WORDS:
        return False
    sentence = text[reading.source.start:reading.source.end]
    at = sentence.find(quote)
    if at < 0:
        return True
    (doc,) = nlp.syntax([sentence])
    return any(t.pos_ in ("VERB", "AUX") for t in doc if at <= t.idx < at + len(quote))


def _quote_target(quote: str, readings: list[Sentiment], cast: Cast, voice: str,
                  hearer: str | None = None) -> tuple[str, Sentiment] | None:
    """(the grid person `quote` is about, the reading that gives its side),
    or None.  A quote that names a grid actor but no grid person stands
    toward no one; one that names no one, said in the second person to
    `hearer` (`addressee.hearers`: "You should resign," she told Velt),
    stands toward that hearer when a grid person."""
    def in_grid(name: str) -> bool:
        return name not in (stance.SUBJECT, stance.UNNAMED) and portrayals.actor_key(name, cast.forms) in cast.grid

    named = [r for r in readings if in_grid(r.target) and (r.target in quote or _untitled(r.target) in cast.forms)]
    inside = [r for r in named if r.target in quote]
    if inside or named:
        # Only a person is judged: a group or organization ("Democrats", "the
        # FBI") is most often addressed, appealed to or blamed in passing (on
        # BASIL, of the quotes placed toward one that the labels cover, 7 were
        # right and 11 wrong; people: 51 and 29).  What the quote names comes
        # before what its sentence names ("X attacked Y, saying ..."), so a
        # quote naming only a group stands toward no one.
        people = [r for r in inside or named if _person(r.target, cast)]
        if not people or _listed(quote, cast, voice) >= LISTED:
            return None
        best = max(people, key=lambda r: r.score)
        # A quote read both ways toward its actor ("Democrats must end their
        # obstruction. It's time Democrats do what is right") takes no side.
        toward = [r for r in named if r.target == best.target]
        label = heavier({side: [r for r in toward if r.label == side] for side in ("positive", "negative")})
        if label is None:
            return None
        best = max((r for r in toward if r.label == label), key=lambda r: r.score)
        return best.target, best
    # The quote names no grid actor by name: its own tone (toward its
    # grammatical subject) judges the person it names by role ("the
    # president").  A place or its people ("hurting millions of Americans")
    # is where the harm or the good lands, not whom the speaker judges.
    tone = [r for r in readings if r.target in (stance.SUBJECT, stance.UNNAMED)
            or (portrayals.group_key(r.target) in cast.peoples and r.target in quote)]
    others = [r for r in readings if r.target not in (stance.SUBJECT, stance.UNNAMED) and r.target in quote
              and portrayals.actor_key(r.target, cast.forms) not in cast.grid]
    if not tone or any(portrayals.actor_key(r.target, cast.forms) in cast.forms.values() for r in others):
        return None
    best = max(tone, key=lambda r: r.score)
    target = _described(quote, cast.people, voice) or _heard(hearer, cast, voice)
    return (target, best) if target else None


def _shared_surname(target: str, sentence: str, text: str, cast: Cast) -> bool:
    """Whether `target`, a reading's, is a surname alone, titled or not
    ("Velt", "Mr. Velt"), that the reading's `sentence` marks as one of two
    ("the younger Mr. Velt", "the elder Velt"), of two people of the story
    the article `text` names in full ("Mara Velt" and her son "Tomas
    Velt").  The story-wide map gives a shared surname to the more salient
    of its people; the article says it means the other as often."""
    name = split_title(target)[1]
    if len(name.split()) != 1:
        return False
    last = fold(name).strip(".")
    if not re.search(rf"\bthe (?:younger|elder|older|senior|junior)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?{re.escape(last)}\b",
                     fold(sentence)):
        return False
    said = fold(text)
    holders = {person for alias, person in cast.canonical.items()
               if len(alias.split()) > 1 and surname(alias) == last
               and re.search(rf"(?<!\w){re.escape(fold(alias))}(?!\w)", said)}
    return len(holders) >= 2


def _heard(hearer: str | None, cast: Cast, voice: str) -> str | None:
    """The grid person (not the speaker `voice`) a quote's `hearer` names,
    or None: a pronoun ("him") names no one the reader can see."""
    person = cast.canonical.get((hearer or "").casefold())
    return person if person in cast.people and person != voice else None


LISTED = 3  # people of the grid a quote names from which it is a list, a tally: toward none of them
""""One vote for Ana Ruiz, 13 for Tom Oyelaran and 36 for Ivo Tamm!": a
roll call's count read as praise had placed its caller as speaking well
of the candidate with one vote."""


def _listed(quote: str, cast: Cast, voice: str = "") -> int:
    """How many people of the grid but its speaker `voice` `quote` names,
    in any form of their names, capitalized ("people" of a grid person
    "Tula People" is no name)."""
    people = {portrayals.actor_key(name, cast.forms) for name in cast.people if name != voice}
    return len({key for form, key in cast.forms.items() if key in people
                and any(m.group(0)[0].isupper()
                        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", quote, re.I))})


_THE = re.compile(r"\b(?:the|our|this|your) ([a-z]+)\b")


def _person(name: str, cast: Cast) -> bool:
    """Whether `name` is a form of a person of the grid."""
    return _canonical(name, cast) in cast.people


def _canonical(name: str, cast: Cast) -> str:
    """The person's name `name` (a reading's target) stands for, a title
    before it aside ("Representative Dunn", "Sheriff Velt": the recogniser
    often takes the title into the name), else `name` itself."""
    return cast.canonical.get(name.casefold()) or cast.canonical.get(_untitled(name), name)


def _untitled(name: str) -> str:
    """`name` case-folded, without the title words before it ("sheriff velt" -> "velt")."""
    return split_title(name)[1].casefold()


def _described(quote: str, people: dict[str, Person], voice: str) -> str | None:
    """The one grid person a quote names by role ("the president") where the
    quote's tone falls on them: the person, not the speaker, whose role's
    head word is the subject of one of the quote's clauses (`_judged_roles`)."""
    said = set(_THE.findall(quote.lower()))
    if not said:
        return None
    said &= _judged_roles(quote)
    fits = [name for name, person in people.items() if name != voice and said & _offices(person)]
    return fits[0] if len(fits) == 1 else None


def _offices(person: Person) -> set[str]:
    """The head words (lower-cased) of the offices `person` holds in the
    articles' time, by which a quote's "the president" may mean them: not
    one another article says they once held ("former President", "the
    president of the club from 2001 to 2009"), nor a lesser post under the
    same head word ("Vice President", "deputy director")."""
    roles = [r.text for r in person.roles if role_head(r.text)]
    past = {role_head(FORMER.sub("", r)).lower() for r in roles if FORMER.search(r) or _ENDED.search(r)}
    held = {role_head(r).lower() for r in roles if not _UNDER.search(r.split(" of ")[0])}
    return held - past


_ENDED = re.compile(r"\b(?:to|until|through|-|–)\s*(?:19|20)\d\d\b")
"""A role given with the year it ended ("president of the club from 2001 to 2009")."""
_UNDER = re.compile(r"\b(?:vice|deputy|assistant|associate|lieutenant|under)\b[- ]?", re.I)
"""Words (general English) that make a post one under the office its head
word names: a "Vice President" is not "the president"."""


def _judged_roles(quote: str) -> set[str]:
    """The nouns (lower-cased) that are, in `quote`, the subject of a clause,
    the owner of one, or what a relative clause tells of ("the president is
    failing", "the president's plan is a disgrace", "the president, who
    works hard"): where a quote's tone falls.  "Work with the president",
    "thanks to the president" set the role word where the words say what
    others do, and their tone is not a verdict on it."""
    doc = nlp.sentence(quote.strip(" “”\"'‘’"))
    return {t.lower_ for t in doc if t.dep_ in ("nsubj", "nsubjpass")
            or (t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))
            or any(c.dep_ == "relcl" for c in t.children)}


def _opposed(actor: str, chosen: dict[str, list[Taken]],
             dates: dict[str, str | None]) -> tuple[float, Divergence] | None:
    """The divergence on `actor`, if one voice is for it and another against
    (`chosen` from `voice_sides`), each shown by its clearest quote on its
    side.  `dates` are the articles' (`speaks_from`)."""
    if chosen["positive"] and chosen["negative"]:
        sides = {"positive": chosen["positive"], "negative": chosen["negative"]}
    else:
        # No voice speaks well of the actor: the actor's own answer (or its
        # spokesman's) faces the critics who name the actor in their quoted words.
        critics = [t for t in chosen["negative"] if _names_in_quote(t)]
        replies = [t for t in chosen.get(ANSWERS, ()) if t.voice not in {c.voice for c in critics}
                   and _faces(t, critics)]
        if not critics or not replies:
            return None
        sides = {"negative": critics, ANSWERS: replies}
    positions, strength = [], 0.0 if "positive" in sides else -1.0
    for label, found in sides.items():
        # A quote read toward the actor by name is the surer kind, and the one
        # page one counts (`judgments.quoted`): shown before one placed by role
        # or by its hearer, so the voices shown are the voices counted.
        picked = sorted(found, key=lambda t: not t.named)[:SIDE_POSITIONS]
        strength += picked[0].reading.score
        positions += [Position(voice=t.voice, text=t.text, sources=t.cited or (t.reading.source,),
                               label=_side(label, t),
                               date=dates.get(t.article)) for t in picked]
    return strength, Divergence(topic=f"{VIEWS_OF}{actor}", kind="actor", positions=tuple(positions))


def _faces(reply: Taken, critics: list[Taken]) -> bool:
    """Whether `reply` may answer one of `critics`: in a critic's article,
    it comes after the critic's words or is said in reply (`Taken.replying`:
    "Velt denied ..."); from another article, its quoted words share a word
    of what happened with a critic's (a lower-case word, no title:
    `event_words`).  The remark the critics attack, told before them ("his
    warning that the harbour would close", then a senator's attack on it),
    is no answer to them; a denial from another article on another matter
    ("I love Oreos. I will never eat them again", said of a bakery's
    layoffs) answers no critic shown."""
    said = event_words(reply.reading.quote or reply.text)
    return any(reply.replying or reply.reading.source.start > c.reading.source.start if c.article == reply.article
               else bool(said & event_words(c.reading.quote or c.text)) for c in critics)


def _names_in_quote(taken: Taken) -> bool:
    """Whether the quote itself names the actor it is read toward ("If
    President Trump is not prepared ..."), not only the sentence reporting it."""
    return bool(taken.reading.quote) and taken.reading.target in taken.reading.quote


def _side(label: str, taken: Taken) -> str:
    """A position's label: "speaks well of Ann Berg", "speaks badly of Ann
    Berg", "answers critics" (Ann Berg herself), "answers for Ann Berg"
    (her spokesman)."""
    if label == ANSWERS:
        return "answers critics" if taken.voice == taken.actor else f"answers for {taken.actor}"
    return f"{SPEAKS[label]} {taken.actor}"


SPEAKS = {"positive": "speaks well of", "negative": "speaks badly of"}  # an actor position's label, by side


def spoken(position: Position) -> str | None:
    """The side ("positive" or "negative") an actor divergence's position
    speaks of its actor, from its label (with or without the voice's name
    `viewpoints.named` puts before it); None for an answer to critics or any
    other position."""
    return next((side for side, words in SPEAKS.items() if words in position.label), None)


def answering(position: Position) -> bool:
    """Whether an actor divergence's position is an answer to critics, the
    actor's own or its spokesman's (`_side`), from its label."""
    return bool(position.label) and ("answers critics" in position.label or "answers for " in position.label)


VIEWS_OF = "Views of "  # an actor divergence's topic: "Views of Barack Obama"


def actor_of(divergence: Divergence) -> str:
    """The person an actor divergence is about, from its topic."""
    return divergence.topic.removeprefix(VIEWS_OF)


def _said(reading: Sentiment, digest: Digest) -> str:
    """What the voice said of the actor: the quotation when it names the
    actor, else the sentence that reports it ("X accused Y, saying ...")."""
    if reading.quote and reading.target in reading.quote:
        return f"“{reading.quote.strip(chr(34) + '“” ')}”"
    return " ".join(with_closing_mark(digest.article.text, reading.source.start, reading.source.end).split())


def with_closing_mark(text: str, start: int, end: int) -> str:
    """`text[start:end]`, and the quotation mark right after it when the
    span leaves a quotation open: the parser ends a sentence at the stop
    inside the marks ("... saying, “We will win." and then "”"), which
    printed alone leaves the speaker's words unclosed."""
    said = text[start:end]
    after = text[end:end + 1]
    if after in ("”", '"') and sentences.opens(said):
        return said + after
    return said


def _cited(reading: Sentiment, digest: Digest) -> tuple[Source, ...]:
    """Where the words `_said` shows for `reading` are: the quotation's own
    place when the quotation is shown (a reading's sentence can stop inside
    the quote, and a quote can run over two sentences), else the reading's
    sentence."""
    if reading.quote and reading.target in reading.quote:
        said = reading.quote.strip(chr(34) + "“” ")
        for quote in digest.quotes:
            if quote.text.strip(chr(34) + "“” ") == said and quote.sources \
                    and quote.sources[0].start < reading.source.end and reading.source.start < quote.sources[-1].end:
                return quote.sources
    return (reading.source,)


def developments(digests: Sequence[Digest], topic: subject.Subject, limit: int = LIMIT) -> list[Divergence]:
    """Topics one article expects and another reports stalled or not done,
    told in sentences on `topic`."""
    index = _index(digests, topic)
    found, used = [], set()
    for topic, tellings in sorted(index.items(), key=lambda item: (-len({t.article for t in item[1]}), item[0])):
        chosen = _contrast(tellings)
        if chosen and not used & {id(t.sentence) for t in chosen}:
            chosen += _others(topic, tellings, chosen)
            used.update(id(t.sentence) for t in chosen)
            # In the order the articles speak from; an undated one by the latest
            # date it reports (a bound, used to order, never printed).
            chosen.sort(key=lambda t: _anchor(digests[t.article]))
            positions = [_position(digests[t.article], t) for t in chosen]
            found.append(Divergence(topic=_label(topic, tellings), kind="development", positions=tuple(positions)))
        if len(found) >= limit:
            break
    return found


def stances(digests: Sequence[Digest], viewpoints: Sequence[Viewpoint],
            topic: subject.Subject | None = None, cast: Cast | None = None,
            shown: frozenset[str] = frozenset(), person: bool = False) -> Divergence | None:
    """An optimistic (supportive) and a skeptical (critical) voice, side by
    side: named voices (an author, a quoted speaker) before an article known
    only by its outlet or title, then the clearest first.  With the corpus's
    `topic`, the two are shown only by passages that judge one and the same
    thing opposite ways (`_facing`): the subject, or one person of the
    story's `cast`.  Sides taken on different things are no dispute: two
    campaign aides, one praising their candidate and one attacking his
    rival, had been set against each other as "support and criticism"; so
    had a football pundit praising a match and a newspaper praising its star
    in words read as doubt, and condolences beside a witness's account of a
    shooting.  Where the subject is a `person`, the tone of a passage is not
    taken as a judgement of them (it is most often about what they did or
    face); on a decision, a relationship or a prospect it is, when the
    passage names the subject.  A person in `shown` (whose dispute the brief
    already sets out) is passed over.  Without a topic each voice is shown
    by its first passage."""
    hopeful = sorted((v for v in viewpoints if v.stance in ("optimistic", "supportive") and v.evidence),
                     key=lambda v: (v.kind == "outlet", -v.score))
    doubtful = sorted((v for v in viewpoints if v.stance in ("skeptical", "critical") and v.evidence),
                      key=lambda v: (v.kind == "outlet", v.score))
    if not hopeful or not doubtful:
        return None
    # A prospect has an outlook; a person is supported or criticised.
    actor = any(v.stance in ("supportive", "critical") for v in viewpoints)
    if topic is None:
        chosen = ((hopeful[0], hopeful[0].evidence[0]), (doubtful[0], doubtful[0].evidence[0]))
    else:
        judging = Judging({d.article.id: d.sentiments for d in digests}, topic, cast, tone=not person)
        chosen = _facing(hopeful, doubtful, judging, shown)
        if chosen is None:
            return None
    dates = speaks_from(digests)
    positions = [Position(voice=v.voice, text=claim.text, sources=claim.sources,
                          date=dates.get(claim.sources[0].article)) for v, claim in chosen]
    return Divergence(topic="Support and criticism" if actor else "Outlook", kind="stance",
                      positions=tuple(positions))


SUBJECT_THING = "the subject"


@dataclass(frozen=True)
class Judging:
    """What a voice's passage judges, and which way (`things`): the
    story's clear readings by article, its subject, its cast, and whether
    a passage's tone may count toward the subject (`tone`: not where the
    subject is a person)."""

    readings: dict[str, tuple[Sentiment, ...]]
    topic: subject.Subject
    cast: Cast | None = None
    tone: bool = True

    def things(self, view: Viewpoint, claim: Claim) -> set[tuple[str, str]]:
        """(thing, label) for each clear reading the voice makes in the
        passage `claim`: the subject (a reading toward one of its names, or
        the tone of a passage that names it) or a person of the cast
        (never the voice itself); anything else judged is left out."""
        where = claim.sources[0]
        found = set()
        backed = self._backed(view, where.article)
        for reading in self.readings.get(where.article, ()):
            if reading.source.start >= where.end or reading.source.end <= where.start or not reading.acts \
                    or not self._voiced(reading, view):
                continue
            thing = self._thing(reading.target, claim.text, view.voice)
            if thing and not (reading.label == "negative" and thing in backed):
                found.add((thing, reading.label))
        return set() if _alike(found) else found

    def _backed(self, view: Viewpoint, article: str) -> frozenset[str]:
        """The people `article` says the speaker `view` stands with
        (`Cast.declared`), the voice known there by its full name or its
        surname ("Bozell" of "Brent Bozell III"): a supporter's words read
        badly of the one they back are a candid word, not criticism."""
        if view.kind != "speaker" or self.cast is None:
            return frozenset()
        return frozenset(name for (where, voice), names in self.cast.declared.items()
                         if where == article and surname(voice) == surname(view.voice) for name in names)

    def _voiced(self, reading: Sentiment, view: Viewpoint) -> bool:
        """Whether `reading` is the voice's: a speaker's own words, or an
        article's (no speaker)."""
        if reading.voice is None or view.kind != "speaker":
            return reading.voice is None and view.kind != "speaker"
        canonical = self.cast.canonical if self.cast else {}
        return view.voice in (canonical.get(reading.voice.casefold()), reading.voice) \
            or surname(reading.voice) == surname(view.voice)

    def _thing(self, target: str, text: str, voice: str) -> str | None:
        """A person of the cast the passage `text` names (not the voice
        itself); unless the subject is a person (`tone`), also the subject:
        one of its names, or the tone of a passage that names it.  A passage
        naming no one ("Oh, let him decide") judges no one the reader can
        see: its reading's target came from the words around it."""
        if target in (stance.SUBJECT, stance.UNNAMED):
            return SUBJECT_THING if self.tone and set(subject.names([text])) & self.topic.terms else None
        name = self.cast.canonical.get(target.casefold(), target) if self.cast else target
        if self.cast and name in self.cast.people and surname(name) != surname(voice):
            return name if _mentions(text, target, name) else None
        return SUBJECT_THING if self.tone and set(subject.names([target])) & self.topic.terms else None


def _alike(found: set[tuple[str, str]]) -> bool:
    """Whether a passage's readings judge two or more people, all the same
    way: the tone of the passage spread over every name in it ("X is
    counting on winning to cut into Y's lead" read well of both rivals),
    not a verdict on any one of them.  A passage that judges people
    differently ("X is the real thing and Y a fraud") keeps its sides."""
    people = {thing for thing, _label in found if thing != SUBJECT_THING}
    return len(people) >= 2 and len({label for _thing, label in found}) == 1


def _mentions(text: str, target: str, name: str) -> bool:
    """Whether `text` names the person `name` (read as `target`): in that
    form or by surname."""
    said = fold(text)
    return any(re.search(rf"\b{re.escape(fold(form))}\b", said) for form in (target, surname(name)) if form)


def _facing(hopeful: list[Viewpoint], doubtful: list[Viewpoint], judging: Judging,
            shown: frozenset[str] = frozenset()) -> tuple[tuple[Viewpoint, Claim], tuple[Viewpoint, Claim]] | None:
    """The first hopeful voice (in `hopeful`'s order) with a passage that
    speaks well of a thing (not in `shown`) some doubtful voice's passage
    speaks badly of, and the first such doubtful voice: ((voice, passage),
    (voice, passage)), or None."""
    against: dict[str, tuple[Viewpoint, Claim]] = {}
    for view in doubtful:
        for claim in view.evidence:
            for thing, label in sorted(judging.things(view, claim)):
                if label == "negative" and thing not in shown:
                    against.setdefault(thing, (view, claim))
    for view in hopeful:
        for claim in view.evidence:
            for thing, label in sorted(judging.things(view, claim)):
                if label == "positive" and thing in against and against[thing][0].voice != view.voice:
                    return (view, claim), against[thing]
    return None


def telling(text: str) -> str | None:
    """How a sentence tells its topic: a setback, something done, something
    expected; None for a sentence with a bare negation and no setback word
    ("The plant has never opened" is no "done", nor a sure setback)."""
    told = telling_at(text)
    return told[0] if told else None


def telling_at(text: str) -> tuple[str, int] | None:
    """`telling`'s kind and the offset in `text` of the word that tells it
    ("stalled", "will"), or None."""
    text = text.lower()  # lower-casing once is faster than case-blind patterns
    setback = SETBACK.search(text)
    if setback and not _SUPPOSED.search(text[:setback.start()]):
        return "setback", setback.start()
    if setback:
        return None  # "could be held accountable if it failed to act": a case supposed, not a setback told
    if NEGATION.search(text):
        return None
    for kind, pattern in (("done", DONE), ("expected", EXPECTED)):
        found = pattern.search(text)
        if found:
            return kind, found.start()
    return None


def told_words(text: str, at: int) -> str:
    """The words of `text` (a sentence) the telling word at offset `at`
    speaks of: the clause of the verb it marks ("will" of "will open", the
    verb "stalled" itself), with the subject of the clause it hangs on when
    its own subject is a pronoun ("the deal is thriving, though it is yet
    to ..."); the whole sentence when the telling word is the main verb's.
    (spaCy makes a new `Token` at each `.head`, so the climb to the root
    compares positions, never identity.)  A plan told in an aside ("the chamber, where reform will live or die
    this year, ...") is about what that aside names, not the rest of the
    sentence: paired on the sentence's other words, an aside's "will" had
    set one article's news against another's background."""
    doc = nlp.sentence(text)
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    while token is not None and (token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass")) \
            and token.head.i != token.i:
        token = token.head
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return text
    while token.dep_ in ("xcomp", "conj", "auxpass") and token.head.i != token.i:
        token = token.head  # "plans to open", "stalled and was shelved": the plan's own clause
    words = list(token.subtree)
    if token.dep_ in ("acl", "relcl"):
        # The noun the clause is hung on is what it tells of ("a deal that will ...").
        words += [t for t in token.head.subtree if t.i < token.left_edge.i]
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].pos_ == "PRON" and token.head.i != token.i:
        above = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        words += [t for c in above for t in c.subtree]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _index(digests: Sequence[Digest], topic: subject.Subject) -> dict[str, list[Telling]]:
    """Topic word -> the sentences that tell it, over every article."""
    names, terms = topic.known, topic.terms
    index: dict[str, list[Telling]] = defaultdict(list)
    # Only sentences on the subject that tell a development are indexed.
    telling = [(number, sentence, own, told) for number, digest in enumerate(digests) for sentence in digest.sentences
               if (told := telling_at(own := stance.own_words(sentence.text)))
               and subject.about(sentence.text, terms, names)]
    for number, sentence, own, (kind, at) in nlp.read_ahead(telling, lambda item: item[2]):
        words = _topic_words(told_words(own, at), names)
        told = Telling(article=number, sentence=sentence, kind=kind, words=words)
        for word in words:
            index[word].append(told)
    return index


def _topic_words(text: str, names: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in content_words(text)
                     if len(w) > 4 and not w.isdigit() and w not in _GENERIC and w[:subject.STEM] not in names)


def _contrast(tellings: list[Telling]) -> list[Telling] | None:
    """The expected (or done) telling and the setback, from two articles, that
    share the most topic words (at least `SAME_TOPIC`), or None."""
    setbacks = [t for t in tellings if t.kind == "setback"]
    hopes = [t for t in tellings if t.kind != "setback"]
    best, best_shared = None, SAME_TOPIC - 1
    for setback in setbacks[:PAIR_LIMIT]:
        for hope in hopes[:PAIR_LIMIT]:
            shared = len(setback.words & hope.words)
            if hope.article != setback.article and shared > best_shared:
                best, best_shared = [hope, setback], shared
    return best


def _others(topic: str, tellings: list[Telling], chosen: list[Telling]) -> list[Telling]:
    """How each other article tells the topic, one sentence each: a dated
    expectation first ("operational by July"), the story's other steps."""
    told = {t.article for t in chosen}
    best: dict[int, Telling] = {}
    for candidate in tellings:
        if candidate.article not in told and _rank(candidate) > _rank(best.get(candidate.article)):
            best[candidate.article] = candidate
    return sorted(best.values(), key=_rank, reverse=True)[:POSITIONS - len(chosen)]


def _rank(told: Telling | None) -> tuple[int, int, int]:
    if told is None:
        return (-1, -1, -1)
    text = told.sentence.text
    return int(told.kind == "expected"), int(bool(_WHEN.search(text))), int(bool(_FIRM.search(text)))


def _position(digest: Digest, told: Telling) -> Position:
    voice, _kind = article_voice(digest.article)
    return Position(voice=voice, text=told.sentence.text, sources=(told.sentence.source,),
                    date=stated(digest))


def _anchor(digest: Digest) -> str:
    """The date an article speaks from, for ordering only: stated, or the
    latest date an undated one reports; "9999" (last) when none."""
    return digest.anchor.date if digest.anchor else "9999"


def speaks_from(digests: Sequence[Digest]) -> dict[str, str | None]:
    """The date each article speaks from, by id (`stated`)."""
    return {d.article.id: stated(d) for d in digests}


def stated(digest: Digest) -> str | None:
    """The date the article states it was published (read from the digest's
    `anchor`, never recomputed); None when it states none.  The year of a
    weak anchor, the latest date an undated article reports, is not when its
    voices spoke: printed beside a voice, "1994" read as the day it spoke."""
    anchor = digest.anchor
    return anchor.speaks_from() if anchor and not anchor.weak else None


def _label(word: str, tellings: list[Telling]) -> str:
    """The commonest two-word phrase around `word` ("gas pipeline") in the
    sentences that tell the topic, else the word."""
    pairs: Counter = Counter()
    pattern = re.compile(rf"\b([a-z]{{3,}} {re.escape(word)}|{re.escape(word)} [a-z]{{3,}})\b")
    for told in tellings:
        pairs.update(p for p in pattern.findall(told.sentence.text.lower()) if not set(p.split()) & _STOP)
    phrase, count = pairs.most_common(1)[0] if pairs else (word, 0)
    return (phrase if count >= 2 else word).capitalize()

"""Stance readings in, viewpoints out: each voice's stance toward the subject.

A voice heard in several articles (a speaker quoted twice, an analyst who is
one article's author and another's source) is one viewpoint: its readings
are merged by name, through the aliases `voices.merge_people` found.

A voice's evidence is weighed by the target-sentiment readings its digest's
stance reading was weighed on (`StanceReading.made`, positions in
`Digest.sentiments`; see `distill.stance`), here kept when they are toward
the subject's names and the corpus's main actors, and the tone of a sentence
that names no other party (its reading toward its grammatical subject).
Readings toward third parties do not count, so an author's doubts about
someone else are not doubts about the subject.  Where the subject is an
actor (a person the corpus is about) or a decision (a law, an order, a
ruling) the stance is called supportive or critical; for a relationship or
a prospect, optimistic or skeptical.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Sequence

from ..clean.text import key
from ..clean.words import FUNCTION_WORDS
from ..distill import sentences, stance
from ..language import nlp
from ..language.labels import article_voices, stance_in_brief
from ..language.names import FORMER, acronym, fold, initials, surname
from ..language.saying import REPORTING
from ..models import Article, Claim, Digest, Divergence, Person, Quote, Sentiment, StanceReading, Viewpoint
from . import addressee, allegiance, divergences, subject, themes, voices

EVIDENCE = 3        # sentences shown per voice
CLOSING, CLOSING_WEIGHT = 2, 2.0  # the last paragraphs, and how much more they count
DENSITY = 0.12      # judging weight per sentence an article's own voice needs
# A news report's tone is mostly the news it reports.  On BASIL (articles
# with `author_feeling_main_event`), at 0.08 an article's own voice took a
# side in 112 of 204 articles and agreed with the label in 13; always
# "neutral" scores 0.83.  0.12 is the strictest density that keeps the
# sample articles' four stances: on the odd stories it shows 32 sides (was
# 52) and scores 0.61 (was 0.48); on the even ones 33 (was 60), 0.59 (0.41).
REPORT_SHARE = 0.15  # share of an article's sentences carrying attributed words that makes it a report
# A report tells what others say; its own sentences are the news, not the
# writer's verdict.  On BASIL (news reports, 204 articles), the articles'
# own voices took a side in 65 and agreed with `author_feeling_main_event`
# in 6: 53 of the sides were shown on articles labelled neutral.  Nine in
# ten of those articles carry attributed words in more than 0.22 of their
# sentences (all but 9 in 0.15 or more); an analysis or opinion piece, which
# speaks for itself, in almost none (the sample articles: 0.00 to 0.05;
# their one news report, 0.48).  With this bar 6 sides are shown, 2 agreeing.
MAIN_ACTORS = 5     # the most salient people whose treatment counts toward the subject
SUPPORTING = 2      # distinct sentences a quoted voice's favourable side, and an article's any side, needs
# The target-sentiment model reads praise less surely than blame: on BASIL's
# odd stories a quoted voice placed on the favourable side by one sentence
# agreed with the labelled quotes 4 times in 6, by two or more 4 in 5; an
# unfavourable side by one sentence 12 in 12.  On the even stories, held
# out, the favourable sides kept are right 4 in 4 (were 10 in 14; one
# sentence, "Had I been president ... I would have relieved you of your
# post", had been read as praise).  An article's own voice on one sentence
# took a side three times on the devset, each a news report's lede or a
# promotion ("FOX Soccer presents: ..."); on BASIL none of its sides agrees
# with the labels either way.
_ORDER = {"optimistic": 0, "supportive": 0, "mixed": 1, "skeptical": 2, "critical": 2, "neutral": 3}


def find_viewpoints(digests: Sequence[Digest], people: Sequence[Person],
                    topic: subject.Subject, decision: bool = False,
                    declared: dict[tuple[str, str], frozenset[str]] | None = None,
                    hearers: dict[str, dict[Quote, str]] | None = None,
                    names: Sequence[str] | None = None) -> tuple[Viewpoint, ...]:
    """One viewpoint per voice toward `topic` (the subject `synthesize`
    found): optimistic, mixed, skeptical, then neutral ones; supportive and
    critical instead where the subject is an actor (`is_actor`) or, with
    `decision`, a decision ("executive order": `subject.is_decision`).
    `declared`: whom the articles say each voice stands with
    (`allegiance.declared`), `hearers`: each quote's hearer, by article
    (`addressee.by_article`), `names`: the subject's main names
    (`subject.main_names`); each found again when None."""
    on_subject = Relevance(terms=topic.terms, known=topic.known,
                           closing={d.article.id: closing(d.article) for d in digests},
                           actors=main_actors(people, topic, len(digests), _places(digests, topic)
                                              if is_actor(people, topic) else frozenset()),
                           sentiments={d.article.id: d.sentiments for d in digests},
                           texts={d.article.id: d.article.text for d in digests},
                           person=is_actor(people, topic), allies=_allies(people), sides=_sides(people),
                           declared=allegiance.declared(digests, people) if declared is None else declared,
                           names=voices.names_by_alias(people),
                           main=tuple(subject.main_names(digests, topic) if names is None else names))
    on_subject = replace(on_subject, individual=_a_person(on_subject.main or (), people),
                         offices=_offices(on_subject.main or (), people))
    on_subject = replace(on_subject, endorsed=_endorsed(digests, on_subject.names))
    if on_subject.person:
        on_subject = replace(on_subject, heard=_heard(digests, frozenset(subject.names(on_subject.main))
                                                         if on_subject.main else on_subject.terms, hearers))
    names = on_subject.names
    spelled = spelled_out({names.get(r.voice.casefold(), r.voice) for d in digests for r in d.stances})
    grouped: dict[str, list[tuple[str, StanceReading]]] = defaultdict(list)
    for digest in digests:
        # A piece the page files under opinion speaks for its writer, however many it quotes.
        report = reported_share(digest) >= REPORT_SHARE and digest.article.genre != "opinion"
        for reading in digest.stances:
            if report and reading.kind != "speaker":
                reading = replace(reading, evidence=(), made=())  # a report's own voice reports
            voice = names.get(reading.voice.casefold(), reading.voice)
            grouped[spelled.get(voice, voice)].append((digest.article.id, reading))
    roles = {p.name: p.role for p in people}
    length = {d.article.id: sum(map(sentences.count, d.sentences)) for d in digests}
    # Whether the writer frames a quoted reading as an attack (`framed`) is read from the parse: parsed in one go.
    nlp.parse_ahead(text for readings in grouped.values() for article, reading in readings
                    for _claim, made_at in zip(reading.evidence, reading.made) for i in made_at
                    for text in _framing(on_subject.sentiments.get(article, ())[i], on_subject))
    evidence = {voice: _evidence(readings, on_subject) for voice, readings in grouped.items()}
    # Each voice's evidence is ranked by its parse (`clause`): all of it parsed in one go.
    nlp.parse_ahead(claim.text for found in evidence.values() for claim, _p, _n in found)
    found = [_viewpoint(voice, readings, evidence[voice], roles.get(voice),
                        sum(length[a] for a, r in readings if r.kind != "speaker"), on_subject)
             for voice, readings in grouped.items()]
    if decision or is_actor(people, topic):
        found = [replace(v, stance=stance_in_brief(v.stance, True)) for v in found]
    if on_subject.person:
        found = [_toward_whom(v, grouped[v.voice], on_subject, names) for v in found]
        found = [_declared_side(v, on_subject, decision or is_actor(people, topic)) for v in found]
        agents = divergences.agents_of(people, {p.name: p for p in people})
        said = _quoted_by(digests, names)
        found = [_defended(v, agents, said, on_subject, decision or is_actor(people, topic)) for v in found]
    named = _named_in(people, topic)
    found = [_not_against_itself(v, topic, named) for v in found]
    found = [_not_of_itself(v, topic) for v in found]
    return tuple(sorted(found, key=lambda v: (_ORDER[v.stance], -abs(v.score))))


def spelled_out(voices) -> dict[str, str]:
    """Each of the `voices` named by an acronym ("ACLU", "N.R.A.") -> the
    one other voice whose name it spells ("American Civil Liberties
    Union"): one group quoted under its full name and its initials is one
    voice, not two that may take opposite sides.  An acronym two names
    spell is left as it is."""
    spelling: dict[str, set[str]] = defaultdict(set)
    for voice in voices:
        if len(voice.split()) > 1:
            spelling[initials(voice)].add(voice)
    found = {}
    for voice in voices:
        short = acronym(voice)
        fulls = spelling.get(short, set()) if short else set()
        if len(fulls) == 1:
            found[voice] = next(iter(fulls))
    return found


def _named_in(people: Sequence[Person], topic: subject.Subject) -> dict[str, str]:
    """Each person whose surname the subject names -> that surname's stem."""
    found = {p.name: stems[-1] for p in people for stems in [subject.names([p.name])] if stems}
    return {name: stem for name, stem in found.items() if stem in topic.terms}


def _not_against_itself(view: Viewpoint, topic: subject.Subject, named: dict[str, str]) -> Viewpoint:
    """`view`, made neutral when it is the voice of the one person the
    subject names, read as critical (or mixed) of no one named ("Anyone
    saying the harbour is failing is spinning a yarn", said by the
    president the brief is about): its harsh words are aimed at its
    critics, and it is not one of them, nor half one ("mixed" on oneself
    is no stance on the subject).  Where the subject names several people
    (a contest of two), a critical voice among them whose shown words name
    another of them is critical of that one, and is left so (`named`: the
    people the subject names, `_named_in`); harsh words that name none of
    them (at a newspaper, a prosecutor) are aimed at its accusers.  Any
    other view unchanged."""
    if view.kind != "speaker" or view.stance not in _UNFAVOURABLE | {"mixed"} or view.toward:
        return view
    own = subject.names([view.voice])  # the name's stems, the surname's last
    if not own or own[-1] not in topic.terms:
        return view
    others = {stem for name, stem in named.items() if name != view.voice and stem != own[-1]}
    said = {stem for claim in view.evidence for stem in subject.names([claim.text])}
    return view if others & said else replace(view, stance="neutral", score=0.0)


def _not_of_itself(view: Viewpoint, topic: subject.Subject) -> Viewpoint:
    """`view`, made neutral when it is an outlet's own voice and the outlet
    is what the brief is about (every stem of its name is among the
    subject's terms: a theatre's blog on the theatre's show, a company's
    release on the company): what a publisher says of itself is its
    promotion, not a view of the subject.  Any other view unchanged."""
    if view.kind != "outlet" or view.stance == "neutral":
        return view
    own = subject.names([view.voice])
    if not own or not set(own) <= topic.terms:
        return view
    return replace(view, stance="neutral", score=0.0, toward=())


DECLARED_SCORE = 1.0  # the score of a side a voice declares, per person it backs (the chart plots it)


def _endorsed(digests: Sequence[Digest], names: dict[str, str]) -> dict[tuple[str, str], frozenset[str]]:
    """(article id, speaker) -> the people the speaker says in the first
    person they back (`allegiance.own_words`: "Yes, I support Berg")."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key_, principal in allegiance.own_words(digests, names):
        found[key_].add(principal)
    return {k: frozenset(v) for k, v in found.items()}


def _declared_side(view: Viewpoint, on_subject: Relevance, actor: bool) -> Viewpoint:
    """`view`, a speaker whose words were read as taking no side, made
    supportive of the people of the subject they say in their own words
    they back (`Relevance.endorsed`: "I have decided to endorse Berg"): a
    declared backing is a side, however their other words read.  Not a
    role alone ("Berg's lawyer", "a Berg aide"): one who speaks for a
    person is not thereby their champion.  Any other view unchanged."""
    if view.kind != "speaker" or view.stance != "neutral":
        return view
    backed = sorted({name for article in view.articles for name in on_subject.endorsed.get((article, view.voice), ())
                     if set(subject.names([name])) & on_subject.terms})
    if not backed:
        return view
    return replace(view, stance=stance_in_brief("optimistic", actor), toward=tuple(backed),
                   score=DECLARED_SCORE * len(backed))


FALSITY = frozenset("""false untrue baseless groundless unfounded bogus phony phoney fake fabricated
    inaccurate""".split())
"""Words (general English) that call a report or a charge untrue: "categorically false", "a phony story"."""
_NEGATING = frozenset({"not", "never", "no"})


def _quoted_by(digests: Sequence[Digest], names: dict[str, str]) -> dict[str, list[Quote]]:
    """Each speaker (by the name `names` give them) -> their quotes."""
    found: dict[str, list[Quote]] = defaultdict(list)
    for digest in digests:
        for quote in digest.quotes:
            if quote.speaker and quote.sources:
                found[names.get(quote.speaker.casefold(), quote.speaker)].append(quote)
    return found


def _defended(view: Viewpoint, agents: dict[str, frozenset[str]], said: dict[str, list[Quote]],
              on_subject: Relevance, actor: bool) -> Viewpoint:
    """`view`, a speaker whose words were read as taking no side, made
    supportive of the person of the subject they speak for (`agents`, from
    `divergences.agents_of`: "Velt's lawyer", "a spokesman for Ms. Velt")
    when a quote of theirs (`said`) calls something untrue (`FALSITY`,
    not negated: "the report is categorically false", "a phony story"): a
    defender's flat denial answers a charge against their principal,
    whatever the sentence model reads in it; those quotes are its evidence.
    Any other view unchanged."""
    if view.kind != "speaker" or view.stance != "neutral":
        return view
    main = [set(subject.names([name])) for name in on_subject.main or ()]
    principals = sorted(p for p in agents.get(view.voice, ()) if set(subject.names([p])) in main)
    denials = [Claim(text=q.text, sources=q.sources) for q in said.get(view.voice, ()) if _calls_false(q.text)]
    if not principals or not denials:
        return view
    return replace(view, stance=stance_in_brief("optimistic", actor), toward=tuple(principals),
                   score=DECLARED_SCORE * len(principals), evidence=distinct(denials)[:EVIDENCE])


def _calls_false(text: str) -> bool:
    """Whether `text` holds a word of `FALSITY` with no negation in the two
    words before it ("not false", "isn't false" affirm)."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower().replace("’", "'"))
    negated = [word in _NEGATING or word.endswith("n't") for word in words]
    return any(word in FALSITY and not any(negated[max(0, i - 2):i]) for i, word in enumerate(words))


def _toward_whom(view: Viewpoint, readings: list[tuple[str, StanceReading]], on_subject: Relevance,
                 names: dict[str, str]) -> Viewpoint:
    """`view` with `toward` set: the people (`names`: alias -> name) its
    shown sentences name and judge the way its stance says, each once, by
    their full names, the voice itself left out; a mixed voice names only
    those its sentences judge both ways (one it only blames is no one it is
    "mixed on").  A sentence's tone on the subject names no one, and a
    reading toward a place, a programme or a group ("Medicare", "Iowa") is
    the model's least sure: only people are named.  Unchanged at no
    leaning."""
    wanted = {"positive"} if view.stance in _FAVOURABLE else {"negative"} if view.stance in _UNFAVOURABLE \
        else {"positive", "negative"} if view.stance == "mixed" else set()
    shown = {claim.text for claim in view.evidence}
    judged: dict[str, set[str]] = {}
    for article, reading in readings:
        for claim, made in _weighed(reading, article, on_subject):
            for m in made:
                person = names.get(m.target.casefold())
                if claim.text in shown and m.label in wanted and person and person != view.voice \
                        and not _set_against_another(claim.text, m.target) \
                        and not _conceded(claim.text, m, [o for o in made if o.label == m.label]):
                    judged.setdefault(person, set()).add(m.label)
    return replace(view, toward=tuple(p for p, labels in judged.items() if labels == wanted))


def _conceded(text: str, made: Sentiment, alike: list[Sentiment]) -> bool:
    """Whether the reading `made` is of a person named as the subject of a
    clause `text` concedes before "but" or "yet", whose other clause has
    another of the readings `alike` (of the same side) for its subject:
    "Velt has her faults, but Dunn is a disaster" judges Dunn; the fault
    granted Velt is the measure, not the voice's verdict on her."""
    last = made.target.split()[-1] if made.target.split() else ""
    others = {o.target.split()[-1] for o in alike if o.target.split() and o.target != made.target}
    if not last or not others:
        return False
    for token in nlp.sentence(text):
        if token.text != last or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        contrast = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in stance.CONTRASTS), None)
        after = [c for c in verb.children if c.dep_ == "conj" and contrast is not None and c.i > contrast.i]
        if any(s.dep_ in ("nsubj", "nsubjpass") and s.text in others for c in after for s in c.children):
            return True
    return False


def _set_against_another(text: str, target: str) -> bool:
    """Whether `target` is, in `text`, the subject of a verb turned
    "against" someone ("the arguments Velt used against the nominee"): the
    one who opposes, not the one the sentence's blame lands on."""
    last = target.split()[-1]
    if last not in text:
        return False
    for token in nlp.sentence(text):
        if token.text != last:
            continue
        # The name is the subject, or names it ("the Velt campaign turned against ...").
        named = token if token.dep_ == "nsubj" else token.head if token.dep_ == "compound" else None
        if named is not None and named.dep_ == "nsubj" and _against(named.head):
            return True
    return False


def _against(verb) -> bool:
    """Whether `verb` is turned "against" someone ("used against the nominee")."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


def _allies(people: Sequence[Person]) -> dict[str, frozenset[str]]:
    """Each person's surname -> the surnames of those who speak for them
    and of those they speak for (`divergences.agents_of`: "lawyer for Mr.
    Grimm", "a spokesman for Mr. Reid")."""
    allies: dict[str, set[str]] = defaultdict(set)
    for agent, principals in divergences.agents_of(people, {p.name: p for p in people}).items():
        for principal in principals:
            allies[surname(agent)].add(surname(principal))
            allies[surname(principal)].add(surname(agent))
    return {name: frozenset(found) for name, found in allies.items()}


def _sides(people: Sequence[Person]) -> dict[str, frozenset[str]]:
    """Each person whose role speaks for a named body or person ("Harbour
    Party spokesman", "spokeswoman for the Velt campaign") -> the name
    stems of the words of those roles; a former one's are left out, as in
    `divergences.agents_of`."""
    found = {}
    for person in people:
        stems = {stem for role in person.roles
                 if divergences.AGENT_WORDS & set(fold(role.text).replace("-", " ").split())
                 and not FORMER.search(fold(role.text)) for stem in subject.names([role.text])}
        if stems:
            found[person.name] = frozenset(stems)
    return found


def _of_own_side(made: Sentiment, text: str, side: frozenset[str]) -> bool:
    """Whether `made`, a negative reading in a spokesman's sentence `text`,
    is only about the side they speak for (the name stems `side`): toward
    its name, or the tone of a sentence that names no one else ("Harbour
    Party staff are shaken by the break-in").  A spokesman's grim words on
    their own side tell what it suffered, not that they blame it."""
    if made.label != "negative" or not side:
        return False
    target = subject.names([made.target]) if made.target != stance.SUBJECT else subject.names([text])
    return bool(target) and set(target) <= side


def closing(article: Article) -> int:
    """The index of `article`'s first closing paragraph, where a writer
    states their verdict; past the end (none) when the article is too short
    to have a body before its close (an excerpt of a few paragraphs)."""
    count = len(article.paragraphs)
    return count - CLOSING if count > 2 * CLOSING else count


RESEARCH = re.compile(r"\b(?:stud(?:y|ies)|researchers?|scientists?|colleagues|authors|findings?|surveys?"
                      r"|polls?|polling|polled|pollsters?)\b", re.I)
"""Words (general English) by which a report tells what a study or a poll
found ("the study found", "researchers identified", "Lind and her
colleagues tested", "the poll shows Berg ahead by four points"): a finding
told is the study's word, as a quotation is its speaker's.  A standing in a
poll is what those asked said, not the writer's verdict on the one ahead."""


def reported_share(digest: Digest) -> float:
    """The share of `digest`'s sentences that carry words it attributes to
    someone (a quotation, "X said that ..."), or to a study (`RESEARCH`:
    "the researchers found ..."; a write-up of a study relays its findings
    and caveats, which are no verdict of the writer's): 0.0 for an article
    with none."""
    spans = [(source.start, source.end) for quote in (*digest.quotes, *digest.reported) for source in quote.sources]
    carrying = sum(any(start < s.source.end and end > s.source.start for start, end in spans)
                   or bool(RESEARCH.search(s.text)) for s in digest.sentences)
    return carrying / max(len(digest.sentences), 1)


def main_actors(people: Sequence[Person], topic: subject.Subject, articles: int = 1,
                places: frozenset[str] = frozenset()) -> frozenset[str]:
    """The name stems whose treatment counts toward the subject: the
    subject's own but its `places` (where the subject is a person, thanks
    to "my staff both in Washington and Texas" are no support of a Texas
    congressman) and the most salient people's (every form of their
    names).  In a corpus of several `articles`, only people named in two or
    more of them (when any is): a person one article dwells on in a side
    story (Carter Page in a report on a comedian's photograph of the
    President) is not what the corpus is about."""
    recurring = [p for p in people if len(set(p.articles)) >= 2] if articles >= 2 else []
    stems = set(topic.terms) - places
    for person in (recurring or list(people))[:MAIN_ACTORS]:
        stems.update(subject.names([person.name, *person.aliases]))
    return frozenset(stems)


def _places(digests: Sequence[Digest], topic: subject.Subject) -> frozenset[str]:
    """The subject's stems that name no actor any article portrays: a place
    ("Texas" of "Texas Rep. Blake Farenthold"), read but never portrayed."""
    portrayed = {stem for d in digests for p in d.portrayals for stem in subject.names([p.actor])}
    return frozenset(topic.terms - portrayed)


def is_actor(people: Sequence[Person], topic: subject.Subject) -> bool:
    """True when the subject is a person (the corpus's dominant name is one
    of its most salient people's), not a relationship or a prospect."""
    stems = {stem for person in list(people)[:MAIN_ACTORS] for stem in subject.names([person.name])}
    return bool(topic.terms) and bool(topic.terms & stems)


def actor_words(people: Sequence[Person], topic: subject.Subject, limit: int = 3) -> str:
    """What an actor brief's stance is toward, in words: the main actors by
    name ("the main actors (Ann Berg, Olek Petrenko)"), since a voice's
    stance there weighs its readings toward each of them, not toward a theme."""
    names = [p.name for p in list(people)[:MAIN_ACTORS] if len(p.name.split()) > 1][:limit]
    return f"the main actors ({', '.join(names)})" if names else "the main actors"


@dataclass(frozen=True, kw_only=True)
class Relevance:
    """The subject's name stems and every party the corpus names."""

    terms: frozenset[str]
    known: frozenset[str]
    closing: dict[str, int] = field(default_factory=dict)  # article id -> its first closing paragraph
    actors: frozenset[str] = frozenset()  # name stems whose treatment counts (see `main_actors`)
    sentiments: dict[str, tuple[Sentiment, ...]] = field(default_factory=dict)  # article id -> its digest's
    texts: dict[str, str] = field(default_factory=dict)  # article id -> its text
    person: bool = False  # the subject is an actor (`is_actor`), not a relationship or a prospect
    allies: dict[str, frozenset[str]] = field(default_factory=dict)  # a voice's surname -> its agents' and principals'
    sides: dict[str, frozenset[str]] = field(default_factory=dict)  # a voice -> name stems of whom it speaks for (`_sides`)
    declared: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    """(article id, voice) -> the people that article says the voice stands with (`allegiance.declared`)."""
    names: dict[str, str] = field(default_factory=dict)  # every alias (case-folded) -> the person's name
    endorsed: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    """(article id, speaker) -> the people the speaker says, in their own words, they back (`_endorsed`)."""
    main: tuple[str, ...] | None = None
    """The subject's main names, as the title gives them (`subject.main_names`); None: any of its `terms`."""
    heard: dict[tuple[str, int, int], str] = field(default_factory=dict)
    """(article id, start, end) of each quote put, in the second person, to the subject -> its name (`_heard`)."""
    individual: bool = True
    """The subject is a person or people (`_a_person`), not a body or a decision that an actor's name joins."""
    offices: frozenset[str] = frozenset()
    """The office words of the subject's main people's roles ("president" of a President: `_offices`)."""


def judged(reading: StanceReading, article: str, on_subject: Relevance) -> list[tuple[Claim, float, float]]:
    """The evidence of `reading` (in `article`) with its (hopeful, doubtful)
    weights toward the subject: the voice's clear readings toward the
    subject and main actors, and the tone of a sentence that names no other
    party.  A speaker's reading toward themselves (the sentence that reports
    them: "Pelosi proposed ...") is the tone of what they said, so it counts
    only where the sentence names the subject."""
    found = []
    for claim, made in _weighed(reading, article, on_subject):
        positive = sum(m.score for m in made if m.label == "positive") / max(len(made), 1)
        negative = sum(m.score for m in made if m.label == "negative") / max(len(made), 1)
        # A writer states their verdict in the closing paragraphs.
        source = claim.sources[0]
        if reading.kind != "speaker" and source.paragraph >= on_subject.closing.get(source.article, 1 << 30):
            positive, negative = CLOSING_WEIGHT * positive, CLOSING_WEIGHT * negative
        if positive or negative:
            found.append((claim, positive, negative))
    return found


def _weighed(reading: StanceReading, article: str, on_subject: Relevance) -> list[tuple[Claim, list[Sentiment]]]:
    """Each evidence sentence of `reading` with the readings in it that
    count toward the subject (see `judged`)."""
    sentiments = on_subject.sentiments.get(article, ())
    own = surname(reading.voice) if reading.kind == "speaker" else None
    voice = on_subject.names.get(reading.voice.casefold(), reading.voice)
    allied = on_subject.allies.get(own, frozenset()) if own else frozenset()
    side = on_subject.sides.get(voice, frozenset()) if own else frozenset()
    backed = set(on_subject.declared.get((article, on_subject.names.get(reading.voice.casefold(), reading.voice)),
                                         frozenset())) if own else set()
    if backed and on_subject.terms <= {stem for person in backed for stem in subject.names([person])}:
        backed.add(stance.SUBJECT)  # the subject is the one they back: the tone of their words is toward them
    # One sentence is one piece of evidence, however many names it holds.
    # News about a party (a thing done to it) is not a judgement of it.
    # A lawyer's or spokesman's words are their principal's defence: read
    # as blame of one of the two ("a politically driven vendetta", in the
    # sentence naming the lawyer who said it), they blame someone else; a
    # declared supporter's, read as blame of the one they back, are a
    # candid word ("It's not going to be easy for Berg").
    # A question left open (`open_question`) judges nothing, whatever its words' tone.
    weighed = [(claim, [m for m in (_as_framed(sentiments[i], on_subject) for i in made_at)
                        if m.acts and _toward_subject(m, text, on_subject, own, voice)
                        and _of_actor(m, text, on_subject, reading.kind == "speaker")
                        and not _of_own_side(m, text, side)
                        and not (m.label == "negative" and (surname(m.target) in allied
                                                            or on_subject.names.get(m.target.casefold(), m.target)
                                                            in backed))])
               for claim, made_at in zip(reading.evidence, reading.made)
               for text in [_with_hearer(claim, on_subject) if own else claim.text]]
    # So does a question the writer puts ("Maybe the league could use her?"): it asserts nothing.
    asking = reading.kind != "speaker"
    return [(claim, [] if made and (open_question(claim.text) or asking and asked(claim.text)) else made)
            for claim, made in weighed]


UNKNOWING = frozenset("unclear uncertain unknown unsure".split())
"""Adjectives (general English) that say an answer is not known: "it is unclear whether ..."."""
KNOWING = frozenset("know clear certain sure known".split())
"""Words (general English) that say an answer is known; negated ("no one knows if ...") they ask."""
_ASKING = re.compile(r"\b(?:unclear|uncertain|unknown|unsure|know|knows|known|knew|clear|certain|sure)\b.*"
                     r"\b(?:whether|if)\b", re.I | re.S)


def open_question(text: str) -> bool:
    """Whether every sentence of `text` only asks: its main predicate says
    an answer is not known and takes a clause "whether" or "if" opens ("It
    is unclear whether ferries can run", "We don't know if the pumps
    failed", "Nobody knows whether ...").  A question left open is a caveat,
    not a verdict: the tone of its words ("unclear", what is asked about) is
    no side on the subject.  A sentence that doubts ("I doubt whether it
    works") or asserts is no open question.  Parsed only when a word of
    knowing comes before a "whether" or "if" in `text`."""
    if not _ASKING.search(text):
        return False
    return all(_asks(sent.root) for sent in nlp.sentence(text).sents)


def asked(text: str) -> bool:
    """Whether `text` is a question: it ends with a question mark (quotation
    marks and brackets after it aside)."""
    return text.rstrip(" \n”\"'’)").endswith("?")


def _asks(root) -> bool:
    """Whether the predicate `root` of a sentence says an answer is not
    known (`open_question`) and governs a clause "whether" or "if" opens.
    The parser hangs the clause after "unclear" on the verb as an adverbial
    one, as it does a condition; after a negated "know" ("I wouldn't know
    if you asked") an adverbial "if" is a condition, so it asks nothing."""
    said = [root] + [c for c in root.children if c.dep_ in ("acomp", "attr")]
    words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    unknowing = bool(words & UNKNOWING)
    negated = any(c.dep_ == "neg" or c.lower_ in ("nobody", "no-one") for c in root.children) or any(
        c.dep_ == "nsubj" and c.lower_ == "one" and any(d.lower_ == "no" for d in c.children) for c in root.children)
    if not (unknowing or negated and words & KNOWING):
        return False
    clauses = ("ccomp", "csubj", "advcl") if unknowing else ("ccomp", "csubj")
    return any(c.dep_ in clauses and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for t in said for c in t.children)


ATTACKS = frozenset("swipe jab dig shot potshot broadside aim attack attacks".split())
"""Nouns (general English) of words aimed at someone: "took a swipe at X", "a jab at X"."""
ATTACKING = stance.BLAMING | frozenset("attack slam blast mock ridicule assail lambaste knock needle".split())
"""Verbs (general English) of words said against their object: "mocked X"."""
WORDS_SAID = frozenset("line remark remarks comment comments quip statement speech words jibe".split())
"""Nouns (general English) for what a speaker said: "That line was a swipe at X"."""
_THEY = frozenset({"he", "she", "they"})


def _as_framed(made: Sentiment, on_subject: Relevance) -> Sentiment:
    """`made`, read negative where it was read positive, when it is a
    quoted reading the writer frames as an attack on its target (`framed`):
    "He took a swipe at Mayor Velt. “I wonder if she can find the harbour
    on a map,” Berg said." is mockery the sentence model may read as
    praise; the writer's words say what it is.  Any other reading
    unchanged."""
    if made.quote is None or made.label != "positive" or not made.voice:
        return made
    text = on_subject.texts.get(made.source.article, "")
    return replace(made, label="negative") if framed(text, made.source.start, made.source.end, made.target,
                                                     made.voice) else made


def framed(text: str, start: int, end: int, target: str, speaker: str) -> bool:
    """Whether the writer's words in the sentence of `text` at
    `start`..`end`, or the sentence just before it, say the `speaker` (by
    name, "he" or "she", or their words: "that line") attacks `target`: a
    noun of attack aimed at them ("took a swipe at Velt", "a jab at Velt",
    `ATTACKS`) or a verb of attack with them for object ("mocked Velt",
    `ATTACKING`)."""
    if not _may_be_framed(text, start, end, target):
        return False
    last = target.split()[-1]
    before = nlp.sentence(text[max(0, start - PRECEDING):start]) if start else None
    sentences = [*(list(before.sents)[-1:] if before is not None and len(before) else []),
                 *nlp.sentence(text[start:end]).sents]
    own = {word.casefold() for word in speaker.split()}
    return any(_aimed_at(token, last, own) for sent in sentences for token in sent)


def _may_be_framed(text: str, start: int, end: int, target: str) -> bool:
    """Whether the words of `text` read by `framed` may tell an attack on
    `target`: they write its name's last word and a word of attack.  The
    name must be written in the words read, or no attack is aimed at it
    there: most readings end here, before any parse."""
    last = target.split()[-1] if target.split() else ""
    window = text[max(0, start - PRECEDING):end]
    return bool(last) and last in window and bool(_ATTACK_WORD.search(window))


def _framing(made: Sentiment, on_subject: Relevance) -> list[str]:
    """The texts `_as_framed` parses to read `made` (see `framed`): none
    where its words alone settle it."""
    if made.quote is None or made.label != "positive" or not made.voice:
        return []
    text, start, end = on_subject.texts.get(made.source.article, ""), made.source.start, made.source.end
    if not _may_be_framed(text, start, end, made.target):
        return []
    return [*([text[max(0, start - PRECEDING):start]] if start else []), text[start:end]]


PRECEDING = 600  # characters before a quote's sentence read for the sentence before it
_ATTACK_WORD = re.compile(r"\b(?:" + "|".join(sorted({w.removesuffix("e") for w in ATTACKS | ATTACKING})) + ")", re.I)
"""Any written form of a word of attack (its lemma less a final "e" opens
each of them: "mock", "mocked"; "ridicul", "ridiculed"): without one, no
attack is told, and nothing need be parsed."""


def _aimed_at(token, last: str, own: set[str]) -> bool:
    """Whether `token` is the name `last` that an attack by the speaker
    (words of their name `own`, a pronoun, or a noun of their words) is aimed at."""
    if token.text != last:
        return False
    governor = token.head
    if token.dep_ == "dobj" and governor.lemma_.lower() in ATTACKING:
        verb = governor
    elif token.dep_ == "pobj" and governor.lower_ in ("at", "on"):
        aimed = governor.head
        verb = aimed.head if aimed.lemma_.lower() in ATTACKS else aimed
        if aimed.lemma_.lower() not in ATTACKS and not any(c.dep_ == "dobj" and c.lemma_.lower() in ATTACKS
                                                          for c in aimed.children):
            return False
    else:
        return False
    subject_ = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject_ is not None and (subject_.lower_ in _THEY or subject_.lower_ in own
                                     or subject_.lemma_.lower() in WORDS_SAID)


def _toward_subject(made: Sentiment, text: str, on_subject: Relevance, own: str | None = None,
                    voice: str | None = None) -> bool:
    """A reading toward the subject's names or a main actor, or the tone of
    a sentence about the subject that names no other party.  A reading
    toward the speaker (`voice`, surname `own`), a main actor, counts only
    in a sentence that names the subject; where the speaker is the person
    the brief is about (`_the_subject`), only their readings toward others
    count."""
    themselves = on_subject.person and bool(own) and _the_subject(voice or "", own, on_subject)
    if made.target == stance.SUBJECT:
        # The person a brief is about, in their own words ("it's a very scary
        # nuclear world"): the tone of what they say is no verdict on themselves.
        # A voice's words whose subject is the office the person holds ("the
        # mayor must resign") are about them, whatever else they name.
        return not themselves and (subject.about(text, on_subject.terms, on_subject.known)
                                   or own is not None and _office_subject(text, on_subject.offices))
    if themselves and surname(made.target) == own:
        return False
    stems = subject.names([made.target]) or [made.target[:subject.STEM].lower()]
    about = surname(made.target) != own or bool(set(subject.names([text])) & on_subject.terms)
    return about and any(stem in on_subject.actors for stem in stems) \
        and (_on_relationship(stems, text, on_subject, own) or _said_of_main(made, stems, voice, on_subject))


def _said_of_main(made: Sentiment, stems: list[str], voice: str | None, on_subject: Relevance) -> bool:
    """Whether `made`, a reading toward a person the brief is about (one
    of its main names, `Relevance.main`, whose stems `stems` are), is the
    voice's own verdict on them: made in its quote, which names them
    ("Velt has lied to us all") or is what it says of them as the subject
    of the clause it completes ("Berg said Velt had “lied to us all”",
    "she said Velt made “a fair offer”").  Such a verdict needs no second
    party of a subject whose terms hold several (`_on_relationship`).  A
    quote that names no one, its tone given to a name in the words around
    it ("“the critical one,” Berg said of the Velt match"), is no verdict
    on that name; nor is a reading less sure than `SURE`."""
    spoken = on_subject.names.get((made.voice or "").casefold(), made.voice)
    if not on_subject.person or not on_subject.individual or made.quote is None or spoken != voice \
            or made.score < SURE \
            or not any(set(stems) <= set(subject.names([name])) for name in on_subject.main or ()):
        return False
    if set(stems) & set(subject.names([made.quote])):
        return True
    text = on_subject.texts.get(made.source.article, "")[made.source.start:made.source.end]
    return _subject_of_quote(text, made.quote, made.target)


def _subject_of_quote(sentence: str, quote: str, target: str) -> bool:
    """Whether `target`, named outside the quote `quote` in `sentence`, is
    the subject of the clause the quote completes: its verb is in the quote
    ("Velt “lied to us”") or takes the quote for its object or complement
    ("Velt made “a fair offer”"), and is no verb of saying (the subject of
    "said" is the speaker, not whom the words judge); or the one a verb of
    verdict charges or praises with the quote (`_charged_with`)."""
    opens = sentence.find(quote[:40])
    last = target.split()[-1] if target.split() else ""
    if opens < 0 or not last:
        return False
    closes = opens + len(quote)
    for token in nlp.sentence(sentence):
        if token.text == last and _charged_with(token, opens, closes):
            return True
        if token.text != last or token.dep_ not in ("nsubj", "nsubjpass") or opens <= token.idx < closes:
            continue
        verb = token.head
        if verb.lemma_.lower() in REPORTING:
            continue
        inside = [t for t in verb.subtree if opens <= t.idx < closes]
        if opens <= verb.idx < closes or inside and any(
                opens <= c.idx < closes for c in verb.children if c.dep_ in _COMPLETING):
            return True
    return False


def _charged_with(token, opens: int, closes: int) -> bool:
    """Whether `token`, outside the quote at `opens`..`closes`, is the
    object of a verb of verdict (`stance.VERDICTS`) whose
    words hold the quote: "Berg accused Velt of trying to “wreck the
    port”", "Berg praised Velt for a “brave choice”": the quote is the
    charge or praise, and it lands on her.  Not where the verdict is
    denied ("Berg never accused Velt of trying to “wreck the port”"):
    then no one passed it."""
    verb = token.head
    return token.dep_ == "dobj" and not opens <= token.idx < closes \
        and verb.lemma_.lower() in stance.VERDICTS and not any(c.dep_ == "neg" for c in verb.children) \
        and any(opens <= t.idx < closes for t in verb.subtree)


SURE = 0.8
"""The probability a reading needs to judge a person without the second party:
on the devset such readings at 0.9 and above were all right; one at 0.67 read
a defence ("she is only a short drive away", said of a mayor accused of
staying absent) as blame."""
_COMPLETING = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "prep"})  # what completes a clause


def _the_subject(voice: str, own: str, on_subject: Relevance) -> bool:
    """Whether the speaker `voice` (surname `own`) is the person the brief
    is about: one of its main names (`Relevance.main`) by surname, and by
    first name too where both give one ("Ann Berg" is not "Ola Berg").
    Any other name the subject's terms hold (in a one-article corpus, every
    name it repeats: the analysts it quotes) is a voice on the subject, not
    the subject.  Without `main`, any speaker whose surname the terms hold."""
    if on_subject.main is None:
        return own[:subject.STEM].lower() in on_subject.terms
    first = fold(voice).split()[0] if len(voice.split()) > 1 else None
    for name in on_subject.main:
        words = fold(name).split()
        if surname(name) == own and (first is None or len(words) == 1 or words[0] == first):
            return True
    return False


_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_OFFICE = re.compile(r"\b(?:the|our|this|that|my|your)\s+(?:president|administration|government|governor|mayor"
                     r"|senator|minister|premier|chancellor|king|queen|leader|campaign)\b", re.I)
"""An actor named by their office or its staff (general English): "our president", "this administration"."""


OFFICES = frozenset("""president governor mayor senator minister premier chancellor king queen speaker
    leader secretary chairman chairwoman""".split())
"""Nouns (general English) of an office one person holds, by which voices speak of them: "the president"."""
_OWNING = frozenset({"the", "our", "this", "that", "my", "your"})
_NOT_HELD = frozenset({"vice", "deputy", "former", "ex", "assistant"})


def _offices(main: Sequence[str], people: Sequence[Person]) -> frozenset[str]:
    """The `OFFICES` words of the roles of the people named by the
    subject's `main` names ("president" of "President of the United
    States"), but an office two or more of the corpus's people hold (two
    senators: "the senator" is either)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for role in (person.role or "", *(r.text for r in person.roles)):
            words = re.findall(r"[a-z]+", role.lower())
            # "Vice President", "former mayor": not the office itself.
            held = {w for n, w in enumerate(words) if w in OFFICES and not set(words[max(0, n - 1):n]) & _NOT_HELD}
            for word in held:
                holders[word].add(person.name)
    wanted = {person.name for person in people if any(person.name == name or name in person.aliases
                                                      for name in main)}
    return frozenset(word for word, names in holders.items() if len(names) == 1 and names & wanted)


def _office_subject(text: str, offices: frozenset[str]) -> bool:
    """Whether the subject of `text`'s main clause (as `stance` reads it:
    of a verb of saying, the subject of what is said) is one of `offices`
    with "the", "our" or "this" ("The mayor must resign", "I think our
    mayor has failed us")."""
    if not offices:
        return False
    for sent in nlp.sentence(text).sents:
        subject_ = stance._judged_subject(stance._verdict_clause(sent.root))
        if subject_ is not None and subject_.lemma_.lower() in offices \
                and any(c.dep_ in ("det", "poss") and c.lower_ in _OWNING for c in subject_.children):
            return True
    return False


def _a_person(main: Sequence[str], people: Sequence[Person]) -> bool:
    """True when one of the subject's `main` names is a person's name (all
    its name stems are one person's), or when there is no main name: a
    subject titled by a court or a ministry ("High Court, Finance Ministry")
    is no person, though a person's name is among its terms."""
    if not main:
        return True
    known = [set(subject.names([p.name, *p.aliases])) for p in people]
    return any(stems and any(stems <= theirs for theirs in known) for stems in (set(subject.names([m])) for m in main))


def _on_a_decision(text: str) -> bool:
    """True when a clause of `text` has a decision noun (`subject.DECISIONS`:
    "ruling", "law", "order") as its subject: "This ruling gives families
    certainty" speaks of the decision; "it will be hard to monitor the
    new rules" does not."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in subject.DECISIONS
               for t in nlp.sentence(text))


def _of_actor(made: Sentiment, text: str, on_subject: Relevance, spoken: bool = False) -> bool:
    """Where the subject is an actor, a sentence's tone judges them only when
    the sentence names them, by name or as "he" or "she" (or, in a quoted
    voice's words, `spoken`, by an office: "our president", "this
    administration", as one speaks of them): the tone of an
    article's sentence on the story's issue ("flawed forensic evidence" in a
    story of a wrongful conviction) is no verdict on its main actor, nor is
    a quoted voice's grim word on the matter ("These are real bombs", said
    by a police chief in a story of a politician).  Always True for a
    reading toward a name, and for a relationship or a prospect.  Where the
    subject is no person (`individual` False: a court and a ministry), a
    quoted voice's tone on a decision it makes the subject of its words
    ("This ruling gives families certainty", `_on_a_decision`) still counts:
    the decision is the subject's act."""
    if not on_subject.person or made.target != stance.SUBJECT or spoken and not on_subject.individual \
            and _on_a_decision(text):
        return True
    return bool(set(subject.names([text])) & on_subject.actors) or bool(_PERSONAL.search(text)) \
        or spoken and bool(_OFFICE.search(text))


def _heard(digests: Sequence[Digest], terms: frozenset[str],
           hearers: dict[str, dict[Quote, str]] | None = None) -> dict[tuple[str, int, int], str]:
    """The (article id, start, end) of each quote of `digests` whose words,
    in the second person, are put to the subject (name stems `terms`: its
    main names, `Relevance.main`, where the title gives them), with its
    name: its hearer (`addressee.hearers`) is named by one of them, or is
    "him" or "her" (as `_of_actor` reads them).  Words put to another
    actor (a judge's "you'll always find a few rogues" to a plaintiff's lawyer,
    in a story of the company sued) are no verdict on the subject.
    `hearers`: `addressee.by_article` of `digests`, found when None."""
    hearers = addressee.by_article(digests) if hearers is None else hearers
    found = {}
    for digest in digests:
        for quote, hearer in hearers.get(digest.article.id, {}).items():
            if set(subject.names([hearer])) & terms or _PERSONAL.fullmatch(hearer):
                found |= {(s.article, s.start, s.end): hearer for s in quote.sources}
    return found


def _with_hearer(claim: Claim, on_subject: Relevance) -> str:
    """The text of `claim`, with the name of the subject it is put to
    (`Relevance.heard`) where it is: "You should resign", said to them,
    judges them as if it named them."""
    for (article, start, end), hearer in on_subject.heard.items():
        if any(s.article == article and s.start < end and start < s.end for s in claim.sources):
            return f"{claim.text} ({hearer})"
    return claim.text


def _on_relationship(stems: list[str], text: str, on_subject: Relevance, own: str | None = None) -> bool:
    """Where the subject is a relationship (two or more parties), a reading
    toward one party counts only in a sentence that names another party
    too: "Russia sells arms to India" tells about Russia, not about its
    relationship with Pakistan.  A party that speaks (surname `own`) is
    named by speaking: Arpaio's praise of Perry is on "Perry and Arpaio".
    Always True for any other subject."""
    if len(on_subject.terms) < 2 or not set(stems) <= on_subject.terms:
        return True
    parties = set(subject.names([text])) | ({own[:subject.STEM]} if own else set())
    return len(parties & on_subject.terms) >= 2


def _evidence(readings: list[tuple[str, StanceReading]], on_subject: Relevance) -> list[tuple[Claim, float, float]]:
    """(sentence, its weight for, its weight against) of each of a voice's
    `readings` (article id, reading) judging the subject (`judged`); none
    for an article's own voice whose judging sentences name neither the
    subject nor its actors (`_names_the_subject`)."""
    evidence = [item for article, reading in readings for item in judged(reading, article, on_subject)]
    if _kind(reading for _a, reading in readings) != "speaker" and not _names_the_subject(evidence, on_subject):
        return []
    return evidence


def _viewpoint(voice: str, readings: list[tuple[str, StanceReading]], evidence: list[tuple[Claim, float, float]],
               role: str | None, sentences: int = 0, on_subject: Relevance | None = None) -> Viewpoint:
    """The `Viewpoint` of `voice` from its `readings` (article id, reading)
    and their `evidence` (`_evidence`); `sentences`: the length of the
    articles it wrote, against which its own voice's judgement is weighed;
    `on_subject`, when given, tells whom a lone favourable sentence praises
    (`_praises_by_name`)."""
    kind = _kind(reading for _a, reading in readings)
    positive = sum(p for _c, p, _n in evidence)
    negative = sum(n for _c, _p, n in evidence)
    # A long report with a few judging words is still a report: an article's
    # own voice needs judgement in proportion to its length.
    verdict = stance.decide(positive, negative, max(stance.MIN_EVIDENCE, DENSITY * sentences))
    shown, score = _strongest(evidence, verdict, _judging_by_name(readings, on_subject)), round(positive - negative, 2)
    if (_one_sentence_side(kind, verdict) and len(shown) < SUPPORTING
            and not (kind == "speaker" and _praises_by_name(voice, readings, shown, on_subject))) \
            or (verdict == "mixed" and not shown):
        verdict, shown, score = "neutral", (), 0.0  # no leaning drawn either: the chart plots the score
    if verdict == "neutral":
        score = 0.0  # judging words too few to take a side (or an article's, too thin for its length) plot no leaning
    return Viewpoint(voice=voice, stance=verdict, evidence=shown,
                     articles=tuple(dict.fromkeys(article for article, _r in readings)),
                     kind=kind, role=role, score=score)


_TURNS = re.compile(r"\b(?:but|yet|however)\b", re.I)


def _praises_by_name(voice: str, readings: list[tuple[str, StanceReading]], shown: tuple[Claim, ...],
                     on_subject: Relevance | None) -> bool:
    """Whether the one favourable sentence `shown` of the speaker `voice`
    praises a person by name, read at least `SURE`, and blames no one:
    "Ida Berg gave her life to the harbour school," the board's chair said
    is a side toward Ida Berg, though one sentence.  The tone of words that
    name no one ("this is a chance to do right") stays too thin a side; so
    does praise a "but" turns from (a concession), or praise set against
    blame of another ("Berg saved the school; Dunn let it rot"): the praise
    is the measure of the charge."""
    if on_subject is None or len(shown) != 1 or _TURNS.search(shown[0].text):
        return False
    for article, reading in readings:
        sentiments = on_subject.sentiments.get(article, ())
        for (claim, made), made_at in zip(_weighed(reading, article, on_subject), reading.made):
            if claim.text != shown[0].text or any(sentiments[i].label == "negative" for i in made_at):
                continue
            named = {on_subject.names.get(m.target.casefold()) for m in made if m.label == "positive"
                     and m.score >= SURE}
            if named - {None, voice}:
                return True
    return False


def _one_sentence_side(kind: str, verdict: str) -> bool:
    """Whether a side of a voice of `kind` needs `SUPPORTING` sentences: a
    quoted voice's favourable one, and any side of an article's own voice
    (one judging sentence is a news report's tone: a lede, a promotion)."""
    return verdict == "optimistic" if kind == "speaker" else verdict != "neutral"


def _names_the_subject(evidence: list[tuple[Claim, float, float]], on_subject: Relevance) -> bool:
    """Whether one of an article's judging sentences names the subject or a
    main actor.  A sentence naming no party counts as the article's tone on
    its subject, but an article takes a side only when it also judges the
    subject by name: "The median age at first marriage was 29, up from 24"
    had made a report on food stamps "optimistic"."""
    wanted = on_subject.terms | on_subject.actors
    return any(set(subject.names([claim.text])) & wanted for claim, _p, _n in evidence)


def show_their_words(viewpoints: Sequence[Viewpoint], quotes: Sequence[Quote],
                     digests: Sequence[Digest], people: Sequence[Person] = (),
                     theme: str | None = None) -> tuple[Viewpoint, ...]:
    """`viewpoints` where a voice that judged nothing still shows what it
    said: a speaker's own quotes, under any name `people` give them ("Dan
    Cathy" is the voice "Dan T. Cathy"), or an article's lead key point.
    Its quotes on the brief's main `theme` come first (`on_theme`): a
    candidate quoted on the harbour levy and on a sports result, in a brief
    on the levy, shows what he said of the levy."""
    leads = {d.article.id: d.key_points[:1] for d in digests}
    names = voices.names_by_alias(people)
    spoken: dict[str | None, list[Quote]] = defaultdict(list)
    for quote in quotes:
        spoken[names.get((quote.speaker or "").casefold(), quote.speaker)].append(quote)
    filled = []
    for view in viewpoints:
        if not view.evidence:
            if view.kind != "speaker":
                said = tuple(c for article in view.articles for c in leads.get(article, ()))
            else:
                # A statement before a phrase quoted from one ("two-in-three chance").
                heard = sorted(spoken.get(view.voice, ()),
                               key=lambda q: (not on_theme(q.text, theme), not stance.statement(q.text)))
                said = tuple(Claim(text=q.text, sources=q.sources) for q in heard)
            view = replace(view, evidence=_not_within(distinct(said))[:EVIDENCE - 1])
        filled.append(view)
    return tuple(filled)


def _not_within(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """`claims` but those whose words a claim before them already holds:
    a voice's passage shown, the sentence or phrase another outlet quoted
    from it says nothing more (`distinct` keeps an excerpt shown first and
    the passage after it, which names what the excerpt is about)."""
    kept: list[str] = []
    found = []
    for claim in claims:
        words = key(claim.text)
        if not any(words in other for other in kept):
            kept.append(words)
            found.append(claim)
    return tuple(found)


THEME_WORD = 3  # letters a word of a theme needs to say what it is about ("tax", "war"; not "of")
_LETTERS = re.compile(r"[^\W\d_]+")


def on_theme(text: str, theme: str | None) -> bool:
    """Whether `text` holds a word of `theme` (a theme label: "harbour
    levies"), in either number ("levy" for "levies", "harbours" for
    "harbour"), compared on their first `subject.STEM` letters; a theme
    that is a name ("Harbour Board") only whole, as another body may share
    a word of it ("the Port Board").  True for no theme, or one with no
    word of `THEME_WORD` letters but function words ("the")."""
    words = [w for w in _LETTERS.findall(theme or "") if len(w) >= THEME_WORD and w.lower() not in FUNCTION_WORDS]
    if words and all(w[0].isupper() for w in words):
        return key(" ".join(words)) in key(text)
    wanted = {_stem(w.lower()) for w in words}
    return not wanted or bool(wanted & {_stem(w) for w in _LETTERS.findall(text.lower())})


def _stem(word: str) -> str:
    """The first `subject.STEM` letters of lower-case `word` made singular
    (`themes.plural_fold`: "levies", "levy" -> "levy")."""
    return themes.plural_fold(word)[:subject.STEM]


def in_digests(digests: Sequence[Digest], found: Sequence[Viewpoint],
               people: Sequence[Person] = ()) -> tuple[Digest, ...]:
    """`digests` with the reading of each voice heard in one article alone
    given the brief's verdict on it (`found`): its stance, score and shown
    words, so a digest never gives a side the brief's viewpoints do not
    (an outlet "skeptical" on a few news sentences its brief calls neutral).
    A voice heard in several articles keeps each article's own reading
    where it takes the brief's side, or any side the brief calls mixed, or
    is mixed where the brief takes a side (one article weighing both ways);
    a side the brief does not take is shown neutral, so the same words are
    not "critical" in one digest, "supportive" in another and "neutral" in
    the brief.  A reading under a shorter name ("Trump", "Ann Lind")
    takes the verdict on the voice of the longer name heard in that article
    ("Donald Trump", "Ann B. Lind"), one under another name of a
    merged person (`people`: "Bill Lind" of "William Lind") the verdict on
    the voice the viewpoints merged it into, and one under an acronym the
    verdict on the voice of its full name (`spelled_out`)."""
    names = voices.names_by_alias(people)
    spelled = spelled_out({v.voice for v in found} | {names.get(r.voice.casefold(), r.voice)
                                                      for d in digests for r in d.stances})
    return tuple(replace(d, stances=tuple(_as_judged(r, _verdict_on(_voice_of(r.voice, names, spelled),
                                                                    d.article.id, found), d.article.id,
                                                     _said_here(d, _voice_of(r.voice, names, spelled), names,
                                                                spelled))
                                          for r in d.stances))
                 for d in digests)


def _said_here(digest: Digest, voice: str, names: dict[str, str], spelled: dict[str, str]) -> tuple[Quote, ...]:
    """The quotes `digest`'s article gives the viewpoint's `voice` (under any of its names)."""
    return tuple(q for q in digest.quotes if q.speaker and q.sources and _voice_of(q.speaker, names, spelled) == voice)


def _voice_of(name: str, names: dict[str, str], spelled: dict[str, str]) -> str:
    """The viewpoint's voice a digest's reading under `name` belongs to:
    its person's name (`names`, by alias), an acronym's full name (`spelled`)."""
    voice = names.get(name.casefold(), name)
    return spelled.get(voice, voice)


def _verdict_on(voice: str, article: str, found: Sequence[Viewpoint]) -> Viewpoint | None:
    """The viewpoint in `found` on `voice` heard in `article`: the one of
    that name, else the only one whose longer name holds all `voice`'s
    words and ends in its last ("Trump", "Ann Lind" of "Ann B. Lind")."""
    here = [v for v in found if article in v.articles]
    same = [v for v in here if v.voice == voice]
    words = voice.split()
    longer = [v for v in here if len(v.voice.split()) > len(words) and set(words) <= set(v.voice.split())
              and v.voice.split()[-1] == words[-1]]
    return same[0] if same else longer[0] if len(longer) == 1 else None


def _as_judged(reading: StanceReading, verdict: Viewpoint | None, article: str = "",
               said: Sequence[Quote] = ()) -> StanceReading:
    """`reading` with the stance (in the digest's words: optimistic or
    skeptical), score and evidence of `verdict` on a voice heard in this
    article alone; each evidence claim keeps the readings it was weighed
    on, where it was one of `reading`'s.  A voice heard in several keeps
    its own reading unless that takes a side `verdict` does not take, or
    is mixed where `verdict` is neutral: then it is neutral; and a neutral
    reading of one whose side `verdict` shows with words said in this
    `article` takes that side, with those words: the same quote is not
    "neutral" in the digest and the evidence of a side in the brief.  Words
    shown from another article that this one's quotes of the voice (`said`)
    also hold ("I hope she runs.", inside a longer quote here) are such
    words, cited here."""
    if verdict is None:
        return reading
    made = dict(zip((c.text for c in reading.evidence), reading.made))
    if len(verdict.articles) > 1:
        side, taken = stance_in_brief(reading.stance, False), stance_in_brief(verdict.stance, False)
        here = tuple(c for c in verdict.evidence if any(s.article == article for s in c.sources)) \
            or _also_said(verdict.evidence, said)
        if side == "neutral" and taken in ("optimistic", "skeptical") and here:
            return replace(reading, stance=taken, score=verdict.score, evidence=here,
                           made=tuple(made.get(c.text, ()) for c in here))
        agreed = side == "neutral" or taken == "mixed" or side == taken or (side == "mixed" and taken != "neutral")
        return reading if agreed else replace(reading, stance="neutral", score=0.0)
    return replace(reading, stance=stance_in_brief(verdict.stance, False), score=verdict.score,
                   evidence=verdict.evidence, made=tuple(made.get(c.text, ()) for c in verdict.evidence))


def _also_said(evidence: Sequence[Claim], said: Sequence[Quote]) -> tuple[Claim, ...]:
    """Each of `evidence` whose words one of the quotes `said` holds, cited
    by that quote: another outlet's copy of words this article also
    quotes, whole or inside a longer quotation."""
    found = []
    for claim in evidence:
        words = key(claim.text)
        # Two words ("Thank you") may be anyone's; a sentence is the voice's own.
        quote = next((q for q in said if words in key(q.text)), None) if len(claim.text.split()) >= 3 else None
        if quote is not None:
            found.append(Claim(text=claim.text, sources=quote.sources))
    return tuple(found)


def _kind(readings) -> str:
    """"author" when the voice wrote any of the articles, else its first kind."""
    kinds = [reading.kind for reading in readings]
    return "author" if "author" in kinds else kinds[0]


def _judging_by_name(readings: list[tuple[str, StanceReading]], on_subject: Relevance | None) -> frozenset[str]:
    """The texts of a voice's evidence that judge the subject or a main
    actor by name (a reading toward them, not only the sentence's tone),
    where the subject is a person: the people `toward` names are those the
    shown sentences judge.  Of a relationship or a prospect, a sentence
    naming no one ("relations are excellent") is the plainest verdict."""
    if on_subject is None or not on_subject.person:
        return frozenset()
    return frozenset(claim.text for article, reading in readings
                     for claim, made in _weighed(reading, article, on_subject)
                     if any(m.target not in (stance.SUBJECT, stance.UNNAMED) for m in made))


def _strongest(evidence: list[tuple[Claim, float, float]], verdict: str,
               by_name: frozenset[str] = frozenset()) -> tuple[Claim, ...]:
    """The sentences that best show `verdict` (both sides for a mixed voice,
    none when its doubt is only its hope's words read the other way), each
    said once (`distinct`); those that judge the subject or a main actor by
    name (`by_name`) first: the grim tone of a sentence about others' deed
    ("in 1998 raiders burned the depot") shows a verdict on the subject
    less plainly than a sentence that names whom it judges."""
    if verdict == "mixed":
        hopeful = sorted(evidence, key=lambda e: -_density(e))
        first = hopeful[0][0]
        # The doubt shown is said in other words than the hope: one quotation
        # carried by two outlets and read both ways shows no mix.
        other = next((c for c, p, n in sorted(evidence, key=_density) if n > p and len(distinct([first, c])) == 2),
                     None)
        if other is None:
            return ()
        return distinct([first, other] + [c for c, _p, _n in hopeful[1:]])[:EVIDENCE]
    sign = {"optimistic": 1, "skeptical": -1, "supportive": 1, "critical": -1}.get(verdict, 0)
    # A full clause says what the voice holds; a phrase lifted from one ("this new majority") only echoes it.
    # A sentence that names whom it judges shows the verdict better than a sharper one that names no one.
    ranked = sorted(evidence, key=lambda e: (not clause(e[0].text), e[0].text not in by_name, -sign * _density(e)))
    return distinct([c for c, p, n in ranked if sign * (p - n) > 0])[:EVIDENCE]


def clause(text: str) -> bool:
    """Whether `text` says something of its own: its main verb is finite
    (`stance.FINITE`, itself or an auxiliary of it: "The bill is a
    takeover", "We do have a challenge"), or it is a judging adjective
    with what it judges ("skeptical about the offer", "vile and wrong");
    not a noun phrase ("a takeover of our elections"), a preposition's
    ("for a private call") or an infinitive's ("to determine how each
    might change")."""
    return any(root.pos_ == "ADJ" or root.tag_ in stance.FINITE
               or any(c.dep_ in ("aux", "auxpass") and c.tag_ in stance.FINITE for c in root.children)
               for root in (sent.root for sent in nlp.sentence(text).sents))


def distinct(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """`claims` in order, each said once: two outlets carrying one quotation
    ("He should pay for it." and "He should pay for it"), or a quotation and
    the sentence that reports it ("He added: “...”"), show a voice once.  A
    passage that says half as much again as an excerpt of it shown before
    (a tweet, and the phrase another outlet quoted from it) still shows:
    the excerpt is the sharper quote, the passage names what it is about."""
    kept: list[str] = []
    found = []
    for claim in claims:
        words = key(claim.text)
        if words and not any((words in other or other in words)
                             and max(len(words), len(other)) < 1.5 * min(len(words), len(other)) for other in kept):
            kept.append(words)
            found.append(claim)
    return tuple(found)


def _density(item: tuple[Claim, float, float]) -> float:
    """Net judgement per length: a short verdict ("relations are excellent")
    shows a stance better than a long sentence with one hopeful word in it."""
    claim, positive, negative = item
    return (positive - negative) / (1 + len(claim.text.split()) / 25)


_FAVOURABLE, _UNFAVOURABLE = frozenset({"optimistic", "supportive"}), frozenset({"skeptical", "critical"})


def agreeing(found: Sequence[Viewpoint], disputes: Sequence[Divergence]
             ) -> tuple[tuple[Viewpoint, ...], tuple[Divergence, ...]]:
    """`found` with no side a voice's own quoted words contradict, and
    `disputes` without a stance divergence that set such a side against
    another: a voice placed supportive that an actor divergence shows
    speaking only badly of an actor (sarcasm read as praise: "It's a
    remarkable commentary on the most camera-friendly senator ..."), or
    critical that one shows speaking only well of one, is shown at no
    leaning, its words still shown: two readings of one voice that disagree
    are no side."""
    spoken: dict[str, set[str]] = defaultdict(set)
    for dispute in disputes:
        for position in dispute.positions if dispute.kind == "actor" else ():
            if divergences.spoken(position):
                spoken[position.voice].add(divergences.spoken(position))
    contradicted = {v.voice for v in found if (v.stance in _FAVOURABLE and spoken.get(v.voice) == {"negative"})
                    or (v.stance in _UNFAVOURABLE and spoken.get(v.voice) == {"positive"})}
    return (tuple(replace(v, stance="neutral", score=0.0, toward=()) if v.voice in contradicted else v
                  for v in found),
            tuple(d for d in disputes if d.kind != "stance" or not {p.voice for p in d.positions} & contradicted))


def named(found: Sequence[Viewpoint], disputes: Sequence[Divergence],
          articles: Sequence[Article]) -> tuple[tuple[Viewpoint, ...], tuple[Divergence, ...]]:
    """The viewpoints and the disputed topics' positions with their voices'
    readable labels set."""
    names = voice_names(articles)
    return (tuple(replace(v, label=names.get(v.voice, v.voice)) for v in found),
            tuple(replace(d, positions=tuple(replace(p, label=_position_label(p, names)) for p in d.positions))
                  for d in disputes))


def voice_names(articles: Sequence[Article]) -> dict[str, str]:
    """Each article's own voice -> its readable name (`article_voices`:
    "S2 · its title"), keyed by what the voice is called: its id, and its
    title where the article names no author (the title is its voice,
    `labels.article_voice`, where it named no outlet either): a headline alone reads as a
    person's or group's words, with no tie to the Sources list."""
    names = article_voices(articles)
    # An outlet known only from another file of its site (`scope.site_outlets`) came after
    # the article's voice was named: that voice is still its title.
    return {**{a.title: names[a.id] for a in articles if a.title and not a.author}, **names}


def _position_label(position, names: dict[str, str]) -> str:
    """The voice's readable name, then the side it takes when the position
    says ("Jane Roe · speaks badly of Mara Velt")."""
    name = names.get(position.voice, position.voice)
    return f"{name} · {position.label}" if position.label else name

"""Digests in, where the sources agree out: claims and how many articles back them.

The claims are the corpus's most central sentences (the summary's scoring),
at most `CLAIMS_PER_ARTICLE` from each article.  A claim is `corroborated`
when another article has a sentence close to it (TF-IDF cosine at least
`SUPPORT`, sharing at least `SHARED_WORDS` content words, `EVENT_WORDS` of
them no name or title and none of a clause that only opens the claim
(`news_words`), not all of them the names and titles of the people named, nor of time (`_beyond_names`),
telling what the claim says of its subject, not only of whom (`tells_what`),
stating the same amounts and counts
(`numbers.states_amounts`, `states_counts`), naming no other place (`same_places`) nor
other people (`same_groups`) nor leaving out what its verb acts on (`same_object`),
and telling it in the same mode, denied or not, allowed or required, done
or ahead (`same_mode`), and not leaving
open what the claim settles (`same_question`), nor telling as a guess
what the other tells as fact (`same_certainty`)); its `sources`
then cite every supporting article.  Claims no other article words alike are
kept too, marked so, after the corroborated ones (another may still tell
them in other words: a paraphrase is not matched, unless it gives every
figure the claim gives, of the same thing: `Figures`).  An article that repeats
another's text (`reprints`) backs none of its claims: it is the same source;
nor does a sentence of a passage two articles share
(`reprints.shared_copy`: wire copy set into an outlet's own story) back
its own copy, word for word or lightly edited (`reprints.one_copy`);
nor does a sentence that credits its words to a publication's report
(`relays_report`: "the Herald reported", "told the Herald", "according to
the Herald"), or an account the next sentence so credits (`_relayed`),
back another, or find backing: the two may be one source.
Of a claim and a sentence from articles written days apart, the earlier
must tell something already done (`in_step`).

Cost: one sparse product of the few claims with the candidate sentences,
linear in the corpus.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Sequence

import numpy as np

from ..distill import numbers
from ..distill.dates import YEAR_IN_TEXT
from ..language import names, nlp
from ..language.saying import TELLING
from ..models import Agreement, Digest, Figure, Source
from . import reprints, summary
from .timeline import content_words, event_words

SUPPORT = 0.35         # cosine from which another article's sentence backs a claim
"""Chosen for precision on the odd-numbered devset stories: of the backing
sentences the cosine 0.25 let through there, 73 % report the claim's own
fact (helpers' labels, 193 pairs); from 0.35, 86 % (95 pairs kept).  The
even-numbered stories, held out: 75 % to 89 % (181 and 91 pairs)."""
CLAUSE_SUPPORT = 0.2   # cosine from which a sentence whose main clause tells the claim's (`same_clause`) backs it
"""Whole long sentences that share one clause and differ in their asides
("The council passed the plan last week, its third attempt" / "The city
council passed the plan, known as the Harbour Act, last week") fall below
`SUPPORT`: their main clauses are compared instead."""
SHARED_WORDS = 3       # ... if it also shares this many content words
EVENT_WORDS = 1        # ... of which this many say what happened in both: no name, no title
BEYOND_NAME = 2        # ... and this many outside the names and titles of the people named
CLAIMS_PER_ARTICLE = 3
CLAIM_POOL = 4 * 12    # claims examined at most, whatever the corpus size
LIMIT = 12


def find_agreements(digests: Sequence[Digest], limit: int = LIMIT, copies: dict[str, str] | None = None,
                    pool: list[summary.Candidate] | None = None,
                    copied: frozenset[tuple[int, int]] | None = None) -> tuple[Agreement, ...]:
    """Up to `limit` claims, the most widely backed first; `copies`: each
    reprint's first edition (`reprints.first_editions`), `pool`: the
    digests' `summary.candidates`, `copied`: the pairs sharing a passage
    (`reprints.shared_copy`) (each found again when None)."""
    pool = summary.candidates(digests) if pool is None else pool
    if not pool:
        return ()
    vectors = summary.vectorize([c.sentence.text for c in pool])
    first = copies if copies is not None else reprints.first_editions(digests)
    edition = [first.get(d.article.id, d.article.id) for d in digests]
    reprinted = {i for i, d in enumerate(digests) if d.article.id in first}  # a reprint's claims are its first's
    # An opinion page's sentences are its writers' argument, not facts a
    # source reports: they may back a claim, but are none of their own.
    argued = {i for i, d in enumerate(digests) if d.article.genre == "opinion"}
    written = [_day(d.article.published) for d in digests]
    claims = _claims(pool, summary.score(pool, vectors), len(digests), reprinted | argued)
    relayed = _relayed(pool, digests)
    copied = reprints.shared_copy(digests) if copied is None else copied
    figures = Figures(pool)
    at = {c.sentence.source: i for i, c in enumerate(pool)}
    found, taken = [], set()
    for index in claims:
        if index in taken:
            continue
        # One claim at a time: memory stays one row of the corpus wide.
        similar = np.asarray((vectors @ vectors[index].T).todense()).ravel()
        alike = _backers(pool, index, similar, edition, written, relayed, figures)
        backers = [b for b in alike if not _one_copy(pool, index, b, copied)]
        # A copy backs nothing, nor is it a claim of its own: the list would tell one sentence twice.
        taken.update(alike)
        quoting = [] if relayed(index) else _quoting(pool[index], digests, edition, copied,
                                                     {pool[b].article for b in alike})
        # Nor is a claim's quotation printed elsewhere a claim again.
        taken.update(at[source] for source in quoting if source in at)
        sources = tuple(dict.fromkeys([pool[index].sentence.source] + [pool[b].sentence.source for b in backers]
                                      + quoting))
        claim = Agreement(text=pool[index].sentence.text, sources=sources, corroborated=len(sources) > 1)
        told = _told_already(sources, found)
        if told is None:
            found.append(claim)
        elif _quoted_news(found[told].text) and not _quoted_news(claim.text):
            found[told] = _in_own_words(claim, found[told])
    found = _backers_not_claims(found)
    found.sort(key=lambda a: -len({s.article for s in a.sources}))
    return tuple(found[:limit])


def with_figures(found: Sequence[Agreement], rows: Sequence[Figure], digests: Sequence[Digest],
                 copies: dict[str, str] | None = None,
                 copied: frozenset[tuple[int, int]] = frozenset()) -> tuple[Agreement, ...]:
    """`found` with each claim told by one source backed by the sentences of
    other articles that give its figure (`rows`: the brief's figures, one
    row per figure however many articles give it: `figures.told_once`)
    and tell one fact with it (`summary.same_figures`): "Grain exports
    climbed to 2.4 million tonnes" is backed by "2.4 million tonnes of
    grain were exported", wherever the pool of claims left that sentence
    out (a misparse may read a lead as no sentence), so the agreements
    and page one's key figure give one count.  Not by a reprint or a
    passage of copy (`copies`, `copied`), nor by a sentence that is a
    claim of its own, nor where the claim gives its figure in passing
    (`_in_passing`) or credits a publication's report (`relays_report`:
    the report may be the other article's own).  The most widely backed
    first, as `find_agreements` orders them."""
    if not rows:
        return tuple(found)
    at = {d.article.id: n for n, d in enumerate(digests)}
    edition = copies or {}
    claimed = {a.sources[0] for a in found}
    backed = [_figure_backers(a, rows, digests, at, edition, copied, claimed) if not a.corroborated else a
              for a in found]
    return tuple(sorted(backed, key=lambda a: -len({s.article for s in a.sources})))


def _figure_backers(claim: Agreement, rows: Sequence[Figure], digests: Sequence[Digest], at: dict[str, int],
                    edition: dict[str, str], copied: frozenset[tuple[int, int]], claimed: set) -> Agreement:
    """`claim` (one source) with the sentences that back it by its figure (`with_figures`)."""
    own = claim.sources[0]
    given = summary.figures_given(claim.text)
    if not given or own.article not in at or relays_report(claim.text) \
            or _in_passing(summary.figure_numbers(claim.text), claim.text):
        return claim
    words = summary.content_words(claim.text)
    found: dict[str, Source] = {}
    for row in rows:
        if not any(s.article == own.article and own.start <= s.start < own.end for s in row.sources):
            continue
        for source in row.sources:
            if source.article in found or source.article not in at \
                    or edition.get(source.article, source.article) == edition.get(own.article, own.article) \
                    or tuple(sorted((at[own.article], at[source.article]))) in copied:
                continue
            sentence = next((s for s in digests[at[source.article]].sentences
                             if s.source.start <= source.start < s.source.end), None)
            if sentence is None or sentence.source in claimed or relays_report(sentence.text) \
                    or not summary.same_figures(given, summary.figures_given(sentence.text), words,
                                                summary.content_words(sentence.text)):
                continue
            found[source.article] = sentence.source
    if not found:
        return claim
    return Agreement(text=claim.text, sources=(own, *found.values()), corroborated=True)


def _told_already(sources: tuple, found: list[Agreement]) -> int | None:
    """The index in `found` of the claim a claim of `sources` (its own
    sentence first, then its backers') tells again, or None: a claim listed
    already backs it, and it has no article that one lacks.  A spokesman's
    remark quoted by one outlet and told in another's words ("the spokesman
    said the report was not accurate") is one fact: listed twice, each with
    the same three sources, it would be counted twice."""
    articles = {s.article for s in sources}
    return next((at for at, agreement in enumerate(found) if agreement.sources[0] in sources[1:]
                 and articles <= {s.article for s in agreement.sources}), None)


def _in_own_words(told: Agreement, quoted: Agreement) -> Agreement:
    """`told`, a claim in a writer's words, in the place of `quoted`, the
    quotation listed for the same fact, citing every article that one
    cites: page one reports a fact in a writer's words, not a remark."""
    articles = {s.article for s in told.sources}
    sources = told.sources + tuple(s for s in quoted.sources if s.article not in articles)
    return Agreement(text=told.text, sources=sources, corroborated=len(sources) > 1)


def _backers_not_claims(found: list[Agreement]) -> list[Agreement]:
    """`found` without the single-source claims whose sentence backs
    another claim of it: a longer remark told by one article ("…, and we
    will appeal," Ruiz said) may find no backer for all its words, yet it
    backs the shorter claim another article quotes; listed once more as
    told by one source, it would be counted against itself."""
    backing = {source for agreement in found for source in agreement.sources[1:]}
    return [a for a in found if a.corroborated or a.sources[0] not in backing]


def _claims(pool, scores: np.ndarray, articles: int, copies: set[int] = frozenset()) -> list[int]:
    """The indices of each article's best-scored sentences, best first;
    none of the articles in `copies` (reprints, by digest index)."""
    per_article: dict[int, int] = {}
    chosen = []
    articles -= len(copies)
    for index in np.argsort(-scores, kind="stable"):
        article = pool[index].article
        if article not in copies and per_article.get(article, 0) < CLAIMS_PER_ARTICLE:
            per_article[article] = per_article.get(article, 0) + 1
            chosen.append(int(index))
        if len(chosen) >= min(CLAIMS_PER_ARTICLE * articles, CLAIM_POOL):
            break
    return chosen


def _backers(pool, index: int, similar: np.ndarray, edition: Sequence[str],
             written: Sequence[date | None] = (), relayed=None, figures: "Figures | None" = None) -> list[int]:
    """The best backing sentence in each other text (an article and its
    reprints are one: `edition` gives each digest's first edition), in step
    with it (`written`: each digest's day, when it states one; `in_step`),
    if close enough and
    stating every amount the claim states: "the United States has spent
    $117 billion on contractors since 2002" is not backed by "nearly $200
    billion spent on contracts and grants since 2002", however alike the
    words.  Neither side may credit a publication's report (`relayed`:
    whether a pool index does; by default, `relays_report` of its sentence).
    A sentence giving every figure the claim gives, of the same thing
    (`figures`; `summary.same_figures`), is close enough in any words:
    "2.4 million tonnes of grain were exported" and "Grain exports climbed
    to 2.4 million tonnes" share a fact, not their wording."""
    relayed = relayed or (lambda at: relays_report(pool[at].sentence.text))
    if relayed(index):
        return []  # the report it credits may be the other article's own
    words = content_words(pool[index].sentence.text)
    events = news_words(pool[index].sentence.text)
    best: dict[str, tuple[float, int]] = {}
    figured = figures.giving(index) if figures else frozenset()
    numerals = summary.figure_numbers(pool[index].sentence.text) if figured else ()
    if figured and _in_passing(numerals, pool[index].sentence.text):
        figured = frozenset()
    for other in sorted(set(np.flatnonzero(similar >= CLAUSE_SUPPORT).tolist()) | figured):
        candidate = pool[other]
        if other in figured and _in_passing(numerals, candidate.sentence.text):
            figured -= {other}
        if similar[other] < SUPPORT and not same_clause(pool[index].sentence.text, candidate.sentence.text) \
                and other not in figured:
            continue
        text = edition[candidate.article]
        if text == edition[pool[index].article]:
            continue
        # Its figures and three words besides are the fact shared: the verbs may differ ("climbed to", "were").
        if (other in figured or _shares_event(words, events, candidate.sentence.text, pool[index].sentence.text)) \
                and numbers.states_amounts(pool[index].sentence.text, candidate.sentence.text) \
                and states_counts(pool[index].sentence.text, candidate.sentence.text) \
                and same_places(pool[index].sentence.text, candidate.sentence.text) \
                and same_groups(pool[index].sentence.text, candidate.sentence.text) \
                and same_object(pool[index].sentence.text, candidate.sentence.text) \
                and tells_each_clause(pool[index].sentence.text, candidate.sentence.text) \
                and same_mode(pool[index].sentence.text, candidate.sentence.text) \
                and same_speaker(pool[index].sentence.text, candidate.sentence.text) \
                and same_remark(pool[index].sentence.text, candidate.sentence.text) \
                and same_question(pool[index].sentence.text, candidate.sentence.text) \
                and same_certainty(pool[index].sentence.text, candidate.sentence.text) \
                and not quotes_the_writing(pool[index].sentence.text, candidate.sentence.text) \
                and not relayed(other) \
                and (not written or in_step(pool[index].sentence.text, written[pool[index].article],
                                            candidate.sentence.text, written[candidate.article])):
            if similar[other] > best.get(text, (0.0, -1))[0]:
                best[text] = (float(similar[other]), int(other))
    return [other for _score, other in best.values()]


def _in_passing(numerals: Sequence[str], text: str) -> bool:
    """Whether one of `numerals` (a claim's: `summary.figure_numbers`)
    stands in what `text` says only in passing of someone it names, a
    relative clause or an apposition (`_DESCRIBING`): "Lund, who paid
    $40,000 for the boat, resigned" reports the resignation, not the
    price."""
    return any(token.text in numerals and any(up.dep_ in _DESCRIBING for up in token.ancestors)
               for token in nlp.sentence(text))


_DESCRIBING = frozenset({"relcl", "appos"})


class Figures:
    """The telling figures of each pool sentence (`summary.figures_given`),
    and which sentences give each figure, so a claim's fellows are looked
    up, not searched for."""

    def __init__(self, pool) -> None:
        self.given = [summary.figures_given(c.sentence.text) for c in pool]
        self.words = [summary.content_words(c.sentence.text) if given else frozenset()
                      for c, given in zip(pool, self.given)]
        self.by_figure: dict[tuple[float, str], set[int]] = {}
        for at, given in enumerate(self.given):
            for figure in given:
                self.by_figure.setdefault(figure, set()).add(at)

    def giving(self, index: int) -> frozenset[int]:
        """The pool indices of the sentences that give every figure the
        sentence at `index` gives, about the same thing (`summary.same_figures`)."""
        mine = self.given[index]
        if not mine:
            return frozenset()
        every = set.intersection(*(self.by_figure[figure] for figure in mine)) - {index}
        return frozenset(at for at in every if summary.same_figures(mine, self.given[at], self.words[index],
                                                                    self.words[at]))


def _quoting(claim, digests: Sequence[Digest], edition: Sequence[str], copied: frozenset[tuple[int, int]],
             backing: set[int]) -> list:
    """The sources of the sentences of other texts (none of `backing`, the
    digest indices that back the claim already, nor its own edition) that
    hold every word of the remark the claim quotes (`_remark_words`, at
    least `QUOTED_WORDS`), credited to no other speaker (`same_speaker`)
    nor to a publication's report (`relays_report`), and no copy of it
    (`copied`): one quotation of one speaker, printed by two outlets, is
    told by both, however differently each frames it ("…,” the president
    said during a speech at the bridge") or cuts it into sentences.  At
    most one sentence per text; the sentence pool the claims come from
    leaves out quoted words that do not say who speaks, so all sentences
    are searched."""
    words = _remark_words(claim.sentence.text)
    if len(words) < QUOTED_WORDS:
        return []
    found, seen = [], set(backing) | {claim.article}
    for number, digest in enumerate(digests):
        if number in seen or edition[number] == edition[claim.article]:
            continue
        sentence = next((s for s in digest.sentences if _repeats(claim, s.text, words, number, copied)), None)
        if sentence is not None:
            seen.add(number)
            found.append(sentence.source)
    return found


QUOTED_WORDS = 6  # content words a quoted remark holds at least to back a claim by its words alone

_WRITERS_SAY = re.compile(r"\b(?:researchers|authors|scientists|study|paper|report|team|scholars)\s+(?:write|writes"
                          r"|wrote|conclude|concludes|concluded|note|notes|noted|state|states|stated)\b"
                          r"|\b(?:write|writes|wrote)\s+(?:the\s+)?(?:researchers|authors|scientists|team)\b", re.I)
"""A quotation credited to a written work or its writers ("…,” the
researchers write", "the study concludes")."""


def quotes_the_writing(claim: str, sentence: str) -> bool:
    """Whether one of the two quotes words the other states as its own:
    a quotation credited to a written work (`_WRITERS_SAY`) whose words
    (`QUOTED_WORDS` at least) the other sentence holds outside quotation
    marks.  The other is that work, or its copy: a report quoting what
    "the researchers write" and the paper that writes it are one voice,
    not two sources agreeing."""
    for quoting, stating in ((claim, sentence), (sentence, claim)):
        words = _remark_words(quoting)
        if len(words) >= QUOTED_WORDS and _WRITERS_SAY.search(quoting) and words <= _own_words(stating):
            return True
    return False


def _own_words(text: str) -> frozenset[str]:
    """The content words `text` sets outside quotation marks."""
    quoted = _within_quotes(text)
    return summary.content_words("".join(" " if at in quoted else c for at, c in enumerate(text)).replace(".", ""))


def _repeats(claim, sentence: str, words: frozenset[str], number: int, copied) -> bool:
    """Whether `sentence`, of the digest at index `number`, repeats the
    remark of `words` the claim quotes (see `_quoting`)."""
    pair = tuple(sorted((claim.article, number)))
    return words <= summary.content_words(sentence.replace(".", "")) and same_speaker(claim.sentence.text, sentence) \
        and not relays_report(sentence) and not (pair in copied and reprints.one_copy(claim.sentence.text, sentence)) \
        and not quotes_the_writing(claim.sentence.text, sentence)


@lru_cache(maxsize=4096)
def _remark_words(text: str) -> frozenset[str]:
    """The content words (`summary.content_words`) of the words `text`
    sets within quotation marks, dots out ("F.B.I." is "FBI")."""
    quoted = _within_quotes(text)
    return summary.content_words("".join(c if at in quoted else " " for at, c in enumerate(text)).replace(".", ""))


def _one_copy(pool, index: int, other: int, copied: frozenset[tuple[int, int]]) -> bool:
    """Whether the sentences at two pool indices are one sentence of a
    passage their articles share (`copied`: `reprints.shared_copy`), word
    for word or lightly edited (`reprints.one_copy`): a wire report's
    paragraphs carried by two outlets are one source, however many print
    them and however each trims them."""
    pair = tuple(sorted((pool[index].article, pool[other].article)))
    return pair in copied and reprints.one_copy(pool[index].sentence.text, pool[other].sentence.text)


@lru_cache(maxsize=4096)
def same_clause(claim: str, sentence: str) -> bool:
    """Whether the main clauses of the two tell one event: the verb of
    what each reports (`_news_verb`) is one verb (by lemma; not a linking
    verb nor one of saying), their subjects share a word and so do the
    rest of their clauses (`_core`: no aside, relative clause or clause
    set in).  "The city council passed the plan, known as the Harbour
    Act, last week" tells what "The council passed the plan last week,
    its third attempt" does; "The council rejected the plan" does not."""
    mine, theirs = (_clause_parts(text) for text in (claim, sentence))
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    return bool(mine[1] & theirs[1]) and bool(mine[2] & theirs[2])


def same_object(claim: str, sentence: str) -> bool:
    """Whether `sentence` speaks of what the claim's verb acts on, when the
    two report one act: the verb of what each reports (`_news_verb`) is
    one verb (by lemma) taking a direct object, and a word of the claim's
    object (`_object_words`) is a word of `sentence`.  "The mayor
    released a letter from her lawyer, along with five years of bank
    statements" is not backed by "The mayor released five years of bank
    statements", which leaves out what she released first, however alike
    the rest.  Two verbs ("picked an aide" / "appointed Ana Ruiz"), or a
    verb without an object, say nothing: one act may be told of one
    thing in other words."""
    mine, theirs = _object_words(claim), _object_words(sentence)
    if not (mine[1] and theirs[1]) or mine[0] != theirs[0]:
        return True
    return bool(mine[1] & _lemmas(sentence))


@lru_cache(maxsize=4096)
def tells_each_clause(claim: str, sentence: str) -> bool:
    """Whether `sentence` tells something of each clause the claim joins
    to another with a subject of its own (`_joined_clauses`): a word of
    that clause found nowhere else in the claim is a word of `sentence`
    (by its first letters, `summary.content_words`).  "The mayor said the
    pier will close in May, and her likely successor is the harbour chief
    Ana Ruiz" is not backed by "The pier will close in May, the mayor
    said": the source list would vouch for a successor only one article
    names.  A clause with no word of its own says nothing."""
    rest_of = summary.content_words
    wanted = rest_of(sentence.replace(".", ""))
    for clause, rest in _joined_clauses(claim):
        own = rest_of(clause.replace(".", "")) - rest_of(rest.replace(".", ""))
        if own and not own & wanted:
            return False
    return True


def _joined_clauses(text: str) -> list[tuple[str, str]]:
    """(the words of a clause, the rest of `text`) for each clause `text`
    joins to its main verb, or to what a main verb of saying reports, by a
    conjunction ("..., and his deputy is ...", "she said the pier will
    close and her deputy will run it", "... met on Monday as the union
    threatened a strike": `_subordinate_report`), with a subject of its own, outside
    quotation marks (a remark's words are matched whole: `same_remark`).
    A clause joined lower down ("to decide which were sent and which were
    not") is a detail of its clause, not a second report."""
    doc = nlp.sentence(text)
    quoted = _within_quotes(text)
    found = []
    for token in doc:
        if not (token.dep_ == "conj" or _subordinate_report(token)) or token.pos_ not in ("VERB", "AUX") \
                or not _main(token.head) or token.idx in quoted \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            continue
        span = {t.i for t in token.subtree}
        found.append((" ".join(t.text for t in doc if t.i in span),
                      " ".join(t.text for t in doc if t.i not in span)))
    return found


def _subordinate_report(verb) -> bool:
    """Whether `verb` heads a finite clause set after the main one by a
    conjunction of time or contrast ("The board met on Monday as the
    union threatened a strike", "..., while its rival cut fares"): a second
    event with its own actor, which a source telling only the first does
    not report.  One set before the main clause frames it ("As the union
    threatened a strike, the board met"), and a clause of reason or
    condition qualifies the main event rather than adding one; both are
    left to the words the two sentences share."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i and verb.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "mark" and c.lower_ in _ALONGSIDE for c in verb.children)


_ALONGSIDE = frozenset("as while whereas after before".split())
"""Conjunctions that set a second event beside the main one (general English)."""


def _main(verb) -> bool:
    """Whether `verb` is a sentence's main verb, or the verb of the clause
    a main verb of saying reports ("said he is close")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" \
        and verb.head.lemma_.lower() in TELLING


@lru_cache(maxsize=4096)
def _lemmas(text: str) -> frozenset[str]:
    """The lower-cased lemmas of the words of `text`."""
    return frozenset(t.lemma_.lower() for t in nlp.sentence(text) if t.is_alpha)


@lru_cache(maxsize=4096)
def _object_words(text: str) -> tuple[str, frozenset[str]]:
    """(the lemma of the verb of what `text` reports (`_news_verb`), the
    content lemmas of its direct object with the words below it (`_core`),
    but not the things joined to it ("a letter as well as bank
    statements": letter): the first thing named is what the sentence tells
    of); ("", nothing) when there is no verb, nothing when it takes no object."""
    (doc,) = nlp.syntax([text])
    verb, _speaker = _news_verb(doc)
    if verb is None:
        return "", frozenset()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    joined = {t.i for o in objects for c in o.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return verb.lemma_.lower(), frozenset(t.lemma_.lower() for o in objects for t in _core(o)
                                          if t.i not in joined and t.is_alpha and not t.is_stop)


@lru_cache(maxsize=4096)
def _clause_parts(text: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """(the lemma of the verb of what `text` reports, the content lemmas of
    its subject, those of the rest of its main clause), or None when that
    verb links or says, or has no subject."""
    (doc,) = nlp.syntax([text])
    verb, _speaker = _news_verb(doc)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in _LINKING | TELLING:
        return None
    subject = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in _core(c)]
    rest = [t for t in _core(verb) if t.i != verb.i]
    words = [{t.lemma_.lower() for t in part if t.is_alpha and not t.is_stop} for part in (subject, rest)]
    return (verb.lemma_.lower(), frozenset(words[0]), frozenset(words[1])) if words[0] else None


def _relayed(pool, digests: Sequence[Digest]):
    """A test of a pool index: whether its sentence credits a publication's
    report (`relays_report`), or tells what someone said (a verb of saying
    leads it) and the article's next sentence credits the account so: "Ruiz
    said she found the letters in 1961." then "“They were in a box,” she
    said, according to the Valley Gazette" (the paper's interview, retold)."""
    after = _following(digests)

    def test(index: int) -> bool:
        text = pool[index].sentence.text
        article = digests[pool[index].article].article
        following = after.get((article.id, pool[index].sentence.source.start))
        return _relays_other(text, article.outlet) \
            or bool(following) and _tells_account(text) and _relays_other(following, article.outlet)
    return test


def _relays_other(sentence: str, outlet: str | None) -> bool:
    """Whether `sentence`, of an article of `outlet`, credits what it says
    to a publication (`relays_report`) other than that outlet: "Ruiz told
    the Valley Gazette" in the Valley Gazette's own story is its own
    interview, first-hand, not another's report retold."""
    found = _crediting(sentence)
    return found is not None and not own_outlet(_name_of(found), outlet)


def own_outlet(name: str, outlet: str | None) -> bool:
    """Whether the publication `name` is `outlet`, by its words ("the
    Valley Gazette", "Valley Gazette"), its initials ("VG") or the last
    word a paper calls itself by ("told the Gazette")."""
    if not name or not outlet:
        return False
    mine, its = (re.sub(r"^the\s+", "", n.replace(".", "").strip(), flags=re.I).casefold() for n in (name, outlet))
    initials = ("".join(w[0] for w in mine.split()), "".join(w[0] for w in its.split()))
    short = min(len(mine.split()), len(its.split())) == 1 and mine.split()[-1:] == its.split()[-1:]
    return mine == its or len(its.split()) == 1 and initials[0] == its or len(mine.split()) == 1 and initials[1] == mine \
        or short


@lru_cache(maxsize=4096)
def _tells_account(text: str) -> bool:
    """Whether `text` reports what someone said: its main verb one of saying
    (`_news_verb` finds a speaker's words)."""
    _verb, speaker = _news_verb(nlp.sentence(text))
    return bool(speaker)


def states_years(claim: str, sentence: str) -> bool:
    """Whether `sentence` states every year `claim` states (True when it
    states none): a claim's year is part of what two sources report (page
    one's best-corroborated claim asks it of each backer)."""
    return set(YEAR_IN_TEXT.findall(claim)) <= set(YEAR_IN_TEXT.findall(sentence))


def states_counts(claim: str, sentence: str) -> bool:
    """Whether `sentence` states every count `claim` states (`_counts`:
    "16 years", "12 officers"), in figures or in words ("twelve", "a
    dozen"); True when `claim` states none.  "The agency approved the
    vaccine for people 18 years of age or older" is not backed by "The
    agency approved the vaccine": the list of sources would vouch for an
    age only one of them gives."""
    wanted = _counts(claim)
    return not wanted or wanted <= _counts(sentence, every=True)


@lru_cache(maxsize=4096)
def _counts(text: str, every: bool = False) -> frozenset[int]:
    """The numbers `text` counts something by: a figure set before a common
    noun ("16 years", "12 officers"; not a day of a month, a year or an
    amount, which `numbers.states_amounts` and `states_years` match), or,
    `every`, any figure or number word it holds ("a dozen" is 12)."""
    found = set()
    for token in nlp.sentence(text):
        word = token.lower_.replace(",", "")
        if every and word in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word])
        elif word.isdigit() and (every or token.dep_ == "nummod" and token.head.pos_ == "NOUN"
                                 and token.ent_type_ not in ("MONEY", "PERCENT") and not YEAR_IN_TEXT.fullmatch(word)):
            found.add(int(word))
    return frozenset(found)


_NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {"dozen": 12}


def backs(claim: str, sentence: str) -> bool:
    """Whether `sentence` says what `claim` says in words enough alike: at
    least `SHARED_WORDS` content words in common, `EVENT_WORDS` of them
    no name or title (the test a backing sentence passes, without the
    cosine).  Page one asks it of the part of a claim it quotes, where a
    date's words count for nothing ("the Sept. 11, 2012, attacks": the
    timeline matches dates already)."""
    words = frozenset(w for w in content_words(claim) if not _DATE_WORD.fullmatch(w))
    return _shares_event(words, news_words(claim), sentence, claim) and same_places(claim, sentence) \
        and same_groups(claim, sentence) and same_mode(claim, sentence) and same_speaker(claim, sentence) \
        and same_remark(claim, sentence) and same_question(claim, sentence) and same_certainty(claim, sentence)


@lru_cache(maxsize=4096)
def relays_report(sentence: str) -> bool:
    """Whether `sentence` credits what it says to a publication: its main
    verb one of publishing (`_PUBLISHING`) with an organization for subject
    ("In March, The Coastal Herald wrote about ...", "..., the Herald
    reported"), or it names a publication (`_publication`) as the source
    of its words ("according to the Valley Gazette") or as the one a
    speaker told them to ("Ruiz told the Valley Gazette: ...", "said in an
    interview with the Evening Post") or in an aside ("as the Post
    reported": `_as_it_reports`), outside a speaker's quoted words.
    It repeats that report, which may
    be the claim's own article or its outlet's earlier one (a paper citing
    its own December story had been counted a second source; an aggregator
    passing on a paper's interview, a third): no independent backing."""
    return _crediting(sentence) is not None


@lru_cache(maxsize=4096)
def credited_publication(sentence: str) -> str:
    """The name of the publication `sentence` credits what it says to
    (`relays_report`: "the Coastal Herald" of "..., the Coastal Herald
    reported"), without its "the"; "" when it credits none."""
    found = _crediting(sentence)
    if found is None:
        return ""
    name = _name_of(found)
    # An organization that writes ("the council wrote ...") credits its
    # own words: a publication's name holds a word of the press or is an
    # agency's initials ("AP").
    return name if _publication(found) or any(w.lower() in _PRESS for w in name.split()) or name.isupper() else ""


def _crediting(sentence: str):
    """The token naming what `sentence` credits its words to (`relays_report`), or None."""
    doc = nlp.sentence(sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_.lower() in _PUBLISHING and not _correspondence(root):
        subject = next((c for c in root.children if c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or _publication(c))),
                       None)
        if subject is not None:
            return subject
    quoted = _within_quotes(sentence)
    aside = _as_it_reports(doc)
    if aside is not None and aside.idx not in quoted:
        return aside
    return next((t for t in doc if _credited(t) and _publication(t) and t.idx not in quoted), None)


def _correspondence(verb) -> bool:
    """Whether `verb` (of publishing: "wrote") tells of a letter, not a
    publication's report: it is written to a person ("wrote to Ana
    Ruiz", "wrote Mr. Lund") or in a letter ("wrote in the letter").
    "Lund wrote to the mayor on Tuesday" gives Lund's own words, whatever
    the tagger takes "Lund" for.  ("The Herald reports Ruiz first said
    so on Friday" is a report: only "write" takes a letter's reader.)"""
    if verb.lemma_.lower() != "write":
        return False
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.ent_type_ == "PERSON":
            return True
        if child.dep_ == "prep" and any(
                o.dep_ == "pobj" and (child.lower_ == "to" and o.ent_type_ == "PERSON"
                                      or child.lower_ == "in" and o.lemma_.lower() == "letter")
                for o in child.children):
            return True
    return False


def _as_it_reports(doc):
    """The last word of the name an aside credits as a publication
    ("..., as the Valley Gazette reported", "as VGN notes, ..."): "as", a
    name, a verb of publishing or noting; the name an organization's, a
    publication's or one in capitals.  Read by the words, not the parse,
    which takes "as VGN notes" for a phrase of the noun "notes".  "As Ruiz
    noted" credits a person, whom the claim quotes: None."""
    for token in doc[:-2]:
        if token.lower_ != "as":
            continue
        name = list(doc[token.i + 1:token.i + 1 + NAME_WORDS])
        if name and name[0].lower_ == "the":
            name = name[1:]
        name = name[:next((at for at, t in enumerate(name) if not t.text[:1].isupper()), len(name))]
        after = doc[name[-1].i + 1] if name and name[-1].i + 1 < len(doc) else None
        if after is None or after.lower_ not in _REPORTS or any(t.ent_type_ == "PERSON" for t in name):
            continue
        last = name[-1]
        if any(t.ent_type_ == "ORG" for t in name) or _publication(last) or last.text.isupper() and len(last) > 1:
            return last
    return None


NAME_WORDS = 5  # words a publication's name runs to at most
_REPORTS = frozenset({"notes", "noted", "reports", "reported", "writes", "wrote", "published"})


def _name_of(token) -> str:
    """The name `token` heads: its entity's words, or it with the words
    compounded to it, without a leading "the"."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    words = entity if entity is not None else token.doc[token.left_edge.i:token.i + 1]
    return re.sub(r"^the\s+", "", words.text, flags=re.I)


def relayed_claims(found: Sequence[Agreement], digests: Sequence[Digest]) -> list[tuple[str, str]]:
    """(article id, publication name) of each claim of `found` no other
    article backs as it credits a publication's report (`_relayed`: the
    claim, or, when the claim names no reporter of its own, the sentence
    after it, credits one: "Associated Press"):
    a claim so matched with none is not unmatched for its wording."""
    after = _following(digests)
    outlets = {d.article.id: d.article.outlet for d in digests}
    relayed: list[tuple[str, str]] = []
    for claim in found:
        if claim.corroborated:
            continue
        source = claim.sources[0]
        following = after.get((source.article, source.start), "")
        # A claim naming its own reporter ("Politico reported ...") is not the
        # next sentence's account: that one's paper is not the claim's.
        name = credited_publication(claim.text) or (
            following and _crediting(claim.text) is None and _tells_account(claim.text)
            and credited_publication(following))
        if name and not own_outlet(name, outlets.get(source.article)):  # its own outlet's words are first-hand
            relayed.append((source.article, name))
    return relayed


def _following(digests: Sequence[Digest]) -> dict[tuple[str, int], str]:
    """Each sentence's next in its article, by (article id, start)."""
    after = {}
    for digest in digests:
        ordered = sorted(digest.sentences, key=lambda s: s.source.start)
        after.update(((digest.article.id, s.source.start), t.text) for s, t in zip(ordered, ordered[1:]))
    return after


def _within_quotes(text: str) -> frozenset[int]:
    """The character offsets of `text` inside quotation marks: a speaker's
    own words may credit a paper ("“Now, according to the Post, he has
    changed his mind,” Ruiz said"), which the sentence does not."""
    inside, opened = set(), None
    for at, char in enumerate(text):
        if char == "“" or char == '"' and opened is None:
            opened = at
        elif (char == "”" or char == '"') and opened is not None:
            inside.update(range(opened, at))
            opened = None
    if opened is not None and (opened == 0 or text[opened - 1].isspace()):
        inside.update(range(opened, len(text)))  # a quotation running on into the next sentence
    return frozenset(inside)


_PUBLISHING = frozenset({"report", "write", "publish"})
ADDRESSING = frozenset({"tell", "ask", "assure", "remind", "inform", "advise"})
"""Verbs of saying whose object is whom they speak to ("told Berg"), not
whom they speak of ("accused Berg", "called Berg a liar")."""
_PRESS = frozenset("""times post journal herald tribune gazette telegraph guardian chronicle observer courier
examiner inquirer bulletin dispatch newspaper magazine news press""".split())
"""The words a publication's name ends in ("the Evening Post", "Valley
News"), as a capitalised word."""


def _credited(token) -> bool:
    """Whether `token` is named as where words came from or went to: the
    object of "according to", of a verb of saying to someone (`ADDRESSING`:
    "told the Post", not "accused the Post"), of
    "to" after one ("said to the Post") or of "with" after "interview"."""
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lemma_.lower() in ADDRESSING:
        return True
    if token.dep_ != "pobj":
        return False
    above = head.head
    return head.lower_ == "to" and (above.lower_ == "according" or above.lemma_.lower() in TELLING) \
        or head.lower_ == "with" and above.lemma_.lower() == "interview"


def _publication(token) -> bool:
    """Whether `token` heads a publication's name: a capitalised word of
    `_PRESS` ("Times" of "the Washington Times")."""
    return token.text[:1].isupper() and token.lower_ in _PRESS


def in_step(claim: str, claims_day: date | None, sentence: str, its_day: date | None) -> bool:
    """Whether `sentence`, from an article written on `its_day`, may tell
    what `claim`, from one written on `claims_day`, reports: always, unless
    one was written `EARLIER` days or more before the other; then only when
    the earlier tells something done (`_done`): a poll taken a fortnight
    before a vote had backed the result."""
    if its_day is None or claims_day is None or abs((claims_day - its_day).days) < EARLIER:
        return True
    return _done(sentence if its_day < claims_day else claim)


def _done(sentence: str) -> bool:
    """Whether the main verb of `sentence` tells something done (past
    tense or perfect: "won", "has won", "was elected"), not how things
    stood or were expected ("Polls show Lotti ahead in the race", "is
    expected to win", "will win")."""
    root = next((t for t in nlp.sentence(sentence) if t.dep_ == "ROOT"), None)
    return root is not None and (root.tag_ == "VBD" or root.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in root.children))


EARLIER = 2  # days apart from which the earlier of two articles must tell something done
"""One day is left for the news of the evening before ("Lotti wins the
seat", printed the morning after the count)."""


def _day(published: str | None) -> date | None:
    """The day an article states it was written ("2021-05-03"), or None."""
    try:
        return date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


_DATE_WORD = re.compile(r"\d+(?:st|nd|rd|th|s)?|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
                        r"|march|april|may|june|july|august|september|october|november|december", re.I)


def _shares_event(words: frozenset[str], events: frozenset[str], sentence: str, claim: str) -> bool:
    """Whether `sentence` shares `SHARED_WORDS` of the content `words` of
    `claim`, `EVENT_WORDS` of them among its `events`, and `BEYOND_NAME`
    of them outside the words that name the people of either (`_beyond_names`):
    "Dr Ann Lind, the health minister, described the plan as doomed" and
    "Ann Lind, the minister, said on Monday that the plan would go ahead"
    share a person and one noun, not what is said of them."""
    shared = _in_any_form(words, claim, content_words(sentence), sentence)
    happened = _in_any_form(shared & events, claim, event_words(sentence), sentence)
    return len(shared) >= SHARED_WORDS and len(happened) >= EVENT_WORDS \
        and len(_beyond_names(shared, _people(sentence) + _people(claim),
                              _verbs(claim) & _verbs(sentence))) >= BEYOND_NAME \
        and tells_what(claim, sentence, happened)


def _beyond_names(shared: frozenset[str], people: tuple[frozenset[str], ...],
                  verbs: frozenset[str] = frozenset()) -> frozenset[str]:
    """The `shared` words outside the names and titles of `people` (each
    person's words) and words of time ("year"): what two sentences say
    alike of whom they name.  "President Ito had named Judge Vera Lund to
    the seat a year before" and "Last year the senate refused to hear
    President Ito's choice for the seat, Judge Vera Lund" share two people
    and "seat": one act of each.  Where they share `ROSTER` people or more,
    the list of them is the fact shared ("Lund, Ito and Marsh are in the
    race" / "the contenders: Ito, Marsh and Lund"): then only the words of
    each one person at a time are set aside, as they are where a word left
    is one of `verbs` (the words both sentences use as verbs: `_verbs`)."""
    named = [person for person in people if person & shared]
    one_at_a_time = min((shared - person for person in people), key=len, default=shared)
    if len({frozenset(person & shared) for person in named}) >= ROSTER:
        return one_at_a_time
    beyond = shared.difference(*people) - _TIME_NOUNS
    # The verb both tell their people by is what happened to them: "Ito
    # endorsed Lund" and "after the meeting, Ito endorsed Lund in a video".
    return one_at_a_time if len(beyond) < BEYOND_NAME and beyond & verbs else beyond


@lru_cache(maxsize=4096)
def _verbs(text: str) -> frozenset[str]:
    """The lower-cased words `text` uses as verbs, as written and as lemmas
    ("endorsed", "endorse"), read from its parse."""
    doc = nlp.sentence(text)
    return frozenset(w for t in doc if t.pos_ == "VERB" for w in (t.lower_, t.lemma_.lower()))


ROSTER = 3  # people two sentences name alike from whom their list of them is a fact they share


_TIME_NOUNS = frozenset("year years month months week weeks day days today yesterday tomorrow".split())


def _in_any_form(words: frozenset[str], claim: str, theirs: frozenset[str], sentence: str) -> frozenset[str]:
    """The words of `words` (of `claim`) that `theirs` (words of `sentence`)
    holds as they are or in another form of one lemma: "he will run for
    the seat" and "he is running for the seat" tell one act, as do "quit"
    and "quits"."""
    mine, its = _lemma_of(claim), _lemma_of(sentence)
    lemmas = {its.get(w, w) for w in theirs}
    return frozenset(w for w in words if w in theirs or mine.get(w, w) in lemmas)


@lru_cache(maxsize=4096)
def _lemma_of(text: str) -> dict[str, str]:
    """Each lower-cased word of `text` (a curly apostrophe read as a
    straight one, as `content_words` reads it) -> its lemma, lower-cased."""
    return {t.lower_.replace("’", "'"): t.lemma_.lower() for t in nlp.sentence(text) if t.is_alpha}


def tells_what(claim: str, sentence: str, shared: frozenset[str]) -> bool:
    """Whether `sentence` tells what `claim` says of its subject, not only
    of whom or what it speaks: it holds a word of the claim's predicate
    (`_predicate`, in any form: `_forms`), or one of the event words the
    two share (`shared`) stands in each outside its subject and the words
    that say who spoke (`_told`).  "The crates shipped to Vell were sent
    from a false address, police said" does not back "Police say the
    crates shipped to Vell belonged to the missing cargo": one subject, two
    predicates.  A word either says only in passing (`_asides`) counts for
    neither, unless the sentence's aside tells the claim's own act (its
    verb): "Lund backed the harbour bill, which the mayor signed in May" is
    not backed by "..., ever since the mayor signed the bill"."""
    if _quoted_news(claim):
        return True  # a remark is matched by its own words: the speaker's verb says nothing of it
    said = {form for word in _words(sentence) - _asides(sentence) for form in _forms(word)}
    passing = {form for word in _asides(sentence) for form in _forms(word)} - said
    told = [word for word in _predicate(claim) if set(_forms(word)) & said]
    # One word of the predicate the sentence says only in passing does not
    # tell it ("as he toured the town" of "all eyes are on the town"); more
    # do, as does the claim's own act ("after a gunman opened fire").
    # (A claim the parse heads with a noun is told by its finite verbs, wherever they stand.)
    aside = [word for word in _predicate(claim) if set(_forms(word)) & passing]
    if told or len(aside) >= ASIDE_WORDS or aside and (_nominal(claim) or set(_forms(_verb_of(claim))) & passing):
        return True
    return not _nominal(claim) and bool(shared & _told(claim) & _told(sentence) - _asides(claim) - _asides(sentence))


ASIDE_WORDS = 2  # words of a claim's predicate a sentence must tell, when it tells them only in passing


@lru_cache(maxsize=4096)
def _nominal(text: str) -> bool:
    """Whether the parse of `text` heads it with a noun, though a claim
    has a finite verb: a misparse, whose subject is not known ("A map of
    the pier that got the club's licence revoked hangs in her office" may
    head on "map"), nor then what stands outside it (`_told`).  A verb
    of saying whose words are cut short ("told reporters that failure to
    pass…") heads its sentence still."""
    root = next((t for t in nlp.sentence(text) if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ not in ("VERB", "AUX")


def _forms(word: str) -> tuple[str, ...]:
    """A word by its first `STEM` letters, and without a negating prefix
    ("inaccurate", "accurate"): "extradition" and "extradited" are one."""
    found = (word[:STEM],)
    if len(word) > STEM and word[:2] in ("un", "in", "im"):
        found += (word[2:2 + STEM],)
    return found


STEM = 6  # letters two forms of one word share ("extradition", "extradited")


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """The lower-cased words of `text` and their lemmas."""
    doc = nlp.sentence(text)
    return frozenset(t.lower_ for t in doc) | frozenset(t.lemma_.lower() for t in doc)


def _news_verb(doc):
    """The verb of what `doc` reports: its main verb, or what that verb of
    saying has said ("Police say the crates belonged ..." -> "belonged"),
    with the words that say who spoke (a set of token indices)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None, set()
    said = [c for c in root.children if c.dep_ == "ccomp"]
    if root.lemma_.lower() in TELLING and said:
        speaker = {t.i for c in root.children if c not in said and c.dep_ != "punct" for t in c.subtree}
        return said[-1], speaker | {root.i}
    speaker = {t.i for c in root.children if c.dep_ == "parataxis" and c.lemma_.lower() in TELLING
               for t in c.subtree}
    return root, speaker


@lru_cache(maxsize=4096)
def _quoted_news(text: str) -> bool:
    """Whether what `text` reports is a quotation (`_news_verb` stands
    within quotation marks: "“We will not pay for it,” Ruiz told the paper")."""
    verb, _speaker = _news_verb(nlp.sentence(text))
    if verb is None:
        return False
    before = text[:verb.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


@lru_cache(maxsize=4096)
def _predicate(text: str) -> frozenset[str]:
    """The event words (`event_words`) of the predicate of what `text`
    reports (`_news_verb`): the verb with its objects and complements, not
    its subject, nor a clause set in (a relative or participle clause,
    an aside): "Ivo Rask, also known as Ivo Brand, is a Vell resident who
    knew the victim" says he is a resident."""
    doc = nlp.sentence(text)
    verb, _speaker = _news_verb(doc)
    if verb is None:
        return frozenset()
    if _nominal(text):
        # A noun heads the parse: the predicate is the finite verbs'.
        found = [t for v in doc if v.tag_ in _FINITE for t in _core(v)]
        return frozenset(t.lower_ for t in found if t.lower_ in event_words(text))
    found = _core(verb)
    found += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.lemma_.lower() in _LINKING:
        # "The lone vote against was Ana Ruiz" and "Ruiz was the lone vote
        # against" say one thing: a linking verb's two sides are its predicate.
        found += [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in _core(c)]
    events = event_words(text)
    return frozenset(t.lower_ for t in found if t.lower_ in events)


def _core(token) -> list:
    """`token` and the words below it, but for a subject, a clause set in
    (`_SET_IN`) or a clause said (ccomp), and the words below those."""
    found, stack = [token], [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ not in _SET_IN and child.dep_ != "ccomp":
                found.append(child)
                stack.append(child)
    return found


_LINKING = frozenset({"be", "remain", "become"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SET_IN = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "nsubj", "nsubjpass", "csubj", "expl",
                     "punct", "mark", "cc", "npadvmod"})


@lru_cache(maxsize=4096)
def _told(text: str) -> frozenset[str]:
    """The lower-cased words of `text` outside the subject of what it
    reports and the words that say who spoke (`_news_verb`)."""
    doc = nlp.sentence(text)
    verb, speaker = _news_verb(doc)
    if verb is None:
        return frozenset(t.lower_ for t in doc)
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree}
    return frozenset(t.lower_ for t in doc if t.i not in subject and t.i not in speaker)


@lru_cache(maxsize=4096)
def _asides(text: str) -> frozenset[str]:
    """The lower-cased words of `text` and their lemmas that stand only in a clause set
    into what it reports (`_ASIDE`: a relative, participle or adverbial
    clause, below the verb `_news_verb` finds), not also outside one: what
    the sentence says in passing of something it names.  "Lund backed the
    harbour bill, which the mayor signed in May" reports Lund's vote; a
    sentence on the mayor signing the bill does not back it."""
    doc = nlp.sentence(text)
    verb, _speaker = _news_verb(doc)
    if verb is None:
        return frozenset()
    inside = {t.i for t in verb.subtree if t.dep_ in _ASIDE and t.i != verb.i for t in t.subtree}
    forms = [(t.i in inside, word) for t in doc for word in (t.lower_, t.lemma_.lower())]
    return frozenset(word for aside, word in forms if aside) - {word for aside, word in forms if not aside}


_ASIDE = frozenset({"relcl", "acl", "advcl"})


@lru_cache(maxsize=4096)
def _verb_of(text: str) -> str:
    """The lower-cased verb of what `text` reports (`_news_verb`), or ""."""
    verb, _speaker = _news_verb(nlp.sentence(text))
    return verb.lower_ if verb is not None else ""


@lru_cache(maxsize=4096)
def news_words(claim: str) -> frozenset[str]:
    """The `event_words` of `claim` outside a clause set before its
    subject (an adverbial clause or a preposition's clause that opens the
    sentence: what the news follows, not the news).  "With her party in
    disarray after a speech copied from Tom Oyelaran's, Ana Ruiz claimed
    the nomination" reports the nomination: a sentence on the copied
    speech does not back it.  Nor are the words only the frame of a
    remark told in the claim's own words holds (`_framing`)."""
    doc = nlp.sentence(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
    if subject is None:
        return event_words(claim) - _framing(claim)
    scene = [c for c in root.children if c.dep_ in ("advcl", "prep") and c.i < subject.left_edge.i
             and any(t.pos_ in ("VERB", "AUX") for t in c.subtree)]
    opening = {t.i for c in scene for t in c.subtree}
    before = {t.lower_ for t in doc if t.i in opening}
    after = {t.lower_ for t in doc if t.i not in opening}
    return frozenset(w for w in event_words(claim) if w not in before or w in after) - _framing(claim)


@lru_cache(maxsize=4096)
def _framing(claim: str) -> frozenset[str]:
    """The lower-cased words only the frame of a reported remark holds
    (who spoke, where, to whom), when `claim` tells in its own words what
    someone said (`_news_verb` finds a speaker; the remark is not quoted,
    `_quoted_news`): "In a letter to the port's lawyer, Ruiz said the
    board will look only at the harbour accounts" reports what the board
    will look at; a sentence on the letter sent to the lawyer does not
    back it.  A quotation's frame is left alone: its words are matched
    (`same_remark`, `_quoting`), and a speech tag the parser cut from them
    is all another source may give of it."""
    doc = nlp.sentence(claim)
    verb, speaker = _news_verb(doc)
    if verb is None or not speaker or verb.i in speaker or _quoted_news(claim):
        return frozenset()
    frame = {t.lower_ for t in doc if t.i in speaker}
    return frozenset(frame - {t.lower_ for t in doc if t.i not in speaker})


@lru_cache(maxsize=4096)
def _people(text: str) -> tuple[frozenset[str], ...]:
    """The lower-cased words naming each person of `text`: the name (a
    PERSON entity) with the title the parse ties to it, before it or in
    apposition ("Tom Oyelaran, the Liberal presidential candidate"; a role
    noun heads it: "Ruiz, married since 2012," tells something), not a clause
    said of them nor another person set beside them (a list the parse
    reads as appositions).  Two sentences that share only these share who, not
    what: "Oyelaran, the Liberal presidential candidate, has called for a
    new port" does not back "Oyelaran attacked the former Liberal
    presidential nominee"."""
    found = []
    for entity in nlp.sentence(text).ents:
        if entity.label_ == "PERSON":
            root = entity.root
            words = {t.lower_ for t in entity}
            for child in root.children:
                if child.dep_ in _NAMING and names.is_role_word(child.text):
                    words.update(t.lower_ for t in child.subtree if not any(
                        a.dep_ in _SAID_OF or a.ent_type_ == "PERSON" and a not in entity for a in _up_to(t, root)))
            found.append(frozenset(words))
    return tuple(found)


_NAMING = frozenset({"compound", "appos", "nmod"})  # a title set before or after the name
_SAID_OF = frozenset({"relcl", "acl", "advcl"})


def _up_to(token, root):
    """`token` and its heads below `root`."""
    while token.i != root.i and token.head.i != token.i:
        yield token
        token = token.head


def same_places(claim: str, sentence: str) -> bool:
    """Whether the two may tell of one place: not when each says where
    something happened ("in" or "at" a country, state, city or region, as
    the parse tags it) and neither names the other's place.  "Ana Ruiz won
    a narrow victory over Tom Oyelaran in Norfolk" is not backed by
    "Oyelaran claimed a victory in the Suffolk primary": the same people
    and words, another contest.  A place that only qualifies someone ("a
    Boston lawyer", "Republican of Ohio") says nothing of where."""
    mine, theirs = _where(claim), _where(sentence)
    if not mine or not theirs:
        return True
    return _names_any(mine, sentence) or _names_any(theirs, claim)


def same_groups(claim: str, sentence: str) -> bool:
    """Whether the two may tell of one group of people: not when each
    says who acted by a nationality, religion or party (the subject of its
    main verb, or a word qualifying it, as the parse tags it) and neither
    names the other's.  "Most Danish farmers said the rules were unfair" is
    not backed by "Most Swedish farmers also said the rules were unfair":
    the same words, other people (the exit poll of one party's voters had
    backed another's)."""
    mine, theirs = _who(claim), _who(sentence)
    if not mine or not theirs:
        return True
    return _names_group(mine, sentence) or _names_group(theirs, claim)


def same_mode(claim: str, sentence: str) -> bool:
    """Whether the two report their event in one mode (`_mode`): both
    denied or neither (an action: a state denied may be told by its
    opposite, "not accurate" by "inaccurate"), and not one as allowed and the other as required.
    "Tenants will now be allowed to keep pets" is not backed by "Tenants
    will not be able to keep pets", nor by "Tenants will have to keep
    their pets indoors": the same words, another rule.  Nor is an account
    of something done backed by a preview of it (`_aspect`).  A remark is
    matched by its own words (`_quoted_news`): its speaker's clause may
    well deny what another framing of the same words does not."""
    if _quoted_news(claim) or _quoted_news(sentence):
        return True
    (denied, kind), (its_denied, its_kind) = _mode(claim), _mode(sentence)
    return denied == its_denied and {kind, its_kind} != {"may", "must"} \
        and {_aspect(claim), _aspect(sentence)} != {"done", "ahead"} \
        and not _foretold_as_done(claim, sentence) and not _foretold_as_done(sentence, claim)


def _foretold_as_done(foretelling: str, telling: str) -> bool:
    """Whether `foretelling` has a speaker say an act is to come (`_foreseen`)
    that `telling` reports done with the same verb: "Ruiz announced she
    intends to sign the order" is no account of "Ruiz signed the order",
    though the announcing itself is done."""
    act = _foreseen(foretelling)
    return bool(act) and _aspect(telling) == "done" \
        and _news_verb(nlp.sentence(telling))[0].lemma_.lower() == act


@lru_cache(maxsize=4096)
def _foreseen(text: str) -> str:
    """The lemma of the act a speaker in `text` says is to come ("Ruiz
    said she plans to sign the order", "Ruiz announced she will sign it":
    "sign"), else ""."""
    verb, speaker = _news_verb(nlp.sentence(text))
    if verb is None or not speaker:
        return ""
    chain = _handed_down(verb)
    return chain[-1].lemma_.lower() if _looks_ahead(chain) else ""


def _looks_ahead(chain: list) -> bool:
    """Whether a verb's handed-down `chain` (`_handed_down`) looks ahead: a
    modal of what is to come before it ("will sign") or a verb of expecting
    or planning handing it on ("plans to sign", "is set to sign")."""
    helpers = [c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")]
    return bool(set(helpers) & _FUTURE or {t.lemma_.lower() for t in chain[:-1]} & _AHEAD)


@lru_cache(maxsize=4096)
def _aspect(text: str) -> str:
    """"ahead" when the verb of what `text` reports (`_news_verb`) looks
    ahead: a modal of what is to come ("will", "would", "shall") before it
    or a verb of expecting or planning handing it on ("is set to vote", "is
    expected to begin", "plans to vote", "is due to"); "done" when it is
    past or perfect ("voted", "has voted", "was passed"); else "".  "The
    Senate voted to override the veto" is not backed by "The Senate is set
    to vote to override the veto", whatever the articles' dates: a preview
    of an event is no account of it.  What a speaker says is to come ("Ruiz
    said the pier will close", "Ruiz announced she will run") is "": the
    report is of the saying, done whatever its words foresee (but see
    `_foretold_as_done`)."""
    verb, speaker = _news_verb(nlp.sentence(text))
    if verb is None or speaker:
        return ""
    if _looks_ahead(_handed_down(verb)):
        return "ahead"
    done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children)
    return "done" if done else ""


_FUTURE = frozenset({"will", "'ll", "shall", "would", "wo"})
_AHEAD = frozenset({"expect", "set", "schedule", "slate", "poise", "plan", "due", "likely", "intend", "go", "about",
                    "prepare"})


def same_speaker(claim: str, sentence: str) -> bool:
    """Whether the two, when each quotes a remark (`_quoted_news`) and
    says whose it is, may credit it to one speaker: not when both name
    someone and no name word is shared, nor when one names someone and
    the other credits a thing that is no one ("says the letter").
    "“Rates must fall,” says the report" is not backed by "“Rates must
    fall,” said Ana Ruiz": the same words, another voice.  A pronoun, or
    no speaker, says nothing."""
    mine, theirs = _speaker(claim), _speaker(sentence)
    if mine is None or theirs is None:
        return True
    (my_names, my_person), (their_names, their_person) = mine, theirs
    if my_names and their_names:
        return bool(my_names & their_names)
    return my_person == their_person


@lru_cache(maxsize=4096)
def same_remark(claim: str, sentence: str) -> bool:
    """Whether `sentence` holds every content word of the remark `claim`
    quotes, when `claim` is a quotation (it opens on a remark that holds
    most of its letters: "“…,” she is heard saying"; a phrase quoted
    within a sentence's own words is the writer's report, matched as one),
    each word by its first letters (`summary.content_words`:
    "defence" and "defense" are one; "F.B.I." and "FBI" too):
    "“We will fix the pier and I thank the council for it,” Ruiz said" is
    not backed by "“We will fix the pier,” she said": the second quotes
    another, shorter excerpt, and the words shown would be credited to
    an outlet that does not print them.  A remark set off by its comma
    before the words that say whose it is ("“…,” Chief Ada Lund told
    reporters") is a quotation however short it is against them.  A claim
    that is no quotation passes."""
    quoted = _within_quotes(claim)
    opens = claim.lstrip()[:1] in "“\"‘'"
    if not opens or len(quoted) < REMARK_SHARE * len(claim) and not _SET_OFF.match(claim):
        return True
    remark = "".join(char if at in quoted else " " for at, char in enumerate(claim))
    # Dots out, for initials spelled either way ("F.B.I.", "FBI").
    return summary.content_words(remark.replace(".", "")) <= summary.content_words(sentence.replace(".", ""))


REMARK_SHARE = 0.5  # part of a claim's letters within the quotation it opens on from which it is one
_SET_OFF = re.compile(r"\s*[“\"‘'][^“”\"]{2,}[,?!]\s*[”\"’']\s+(?:[^“”\",;:\s]+\s+){1,11}[^“”\",;:\s]+$")
"""A remark that opens the sentence, ends on its comma inside the mark and
leaves only its speaker and verb after it, a clause of a dozen words at
most with no comma ("“…,” the chief said."; not "“…,” she said, as ...")."""


def same_certainty(claim: str, sentence: str) -> bool:
    """Whether the two tell the acts they share with one certainty: not
    when every verb they share (`_certainties`; no linking verb nor one of
    saying) is one's supposition ("would be fined", "could be fined") and
    the other's plain account ("was fined", "after being fined").  "Ruiz
    was jailed on Monday after being fined for the spill" is not backed by
    "Ruiz has long said it was likely that she would be fined for the
    spill": the same words, a guess, not the event.  One verb both tell
    alike is enough: the rest may be a clause of one's own."""
    mine, theirs = _certainties(claim), _certainties(sentence)
    shared = set(mine) & set(theirs)
    return not shared or any(not ({mine[v], theirs[v]} == {"supposed", "plain"}) for v in shared)


@lru_cache(maxsize=4096)
def _certainties(text: str) -> dict[str, str]:
    """Each verb lemma of `text` (no linking verb nor one of saying) ->
    "supposed" where every use of it takes a modal of supposing
    (`_SUPPOSING`: "would be fined"), "plain" where none takes a modal, else
    "" (a modal of what is to come or is required, "will", "must", or an
    infinitive, says neither)."""
    found: dict[str, set[str]] = {}
    for token in nlp.sentence(text):
        if token.pos_ != "VERB" or token.lemma_.lower() in _LINKING | TELLING:
            continue
        helpers = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        # An infinitive ("allowed to keep") tells no act as done or guessed.
        kind = "supposed" if helpers & _SUPPOSING else "" if helpers & _MODALS or token.tag_ == "VB" else "plain"
        found.setdefault(token.lemma_.lower(), set()).add(kind)
    return {verb: kinds.pop() if len(kinds) == 1 else "" for verb, kinds in found.items()}


_SUPPOSING = frozenset({"would", "could", "might", "may"})
_MODALS = _SUPPOSING | _FUTURE | frozenset({"should", "must", "can", "ca"})


def same_question(claim: str, sentence: str) -> bool:
    """Whether neither of the two leaves open what the other settles: a
    verb one puts a question to ("will announce whether she will run
    again", "a decision about whether to run") is not one the other gives
    a stated content ("will announce that she will not run again").  The
    first does not back the second, however alike their words: it tells
    only that an answer is to come."""
    (asked, stated), (its_asked, its_stated) = _questions(claim), _questions(sentence)
    return not (asked & its_stated or its_asked & stated)


@lru_cache(maxsize=4096)
def _questions(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the lemmas of the verbs of `text` that an open question hangs on:
    the nearest verb above a clause "whether" or "if" opens, not one of
    condition ("if he wins"); those that take a stated clause ("announce
    that ..."))."""
    doc = nlp.sentence(text)
    asked = {verb.lemma_.lower() for t in doc if t.lower_ in _OPEN and t.dep_ == "mark" and t.head.dep_ != "advcl"
             for verb in [next((a for a in t.head.ancestors if a.pos_ == "VERB"), None)] if verb is not None}
    stated = {t.lemma_.lower() for t in doc if t.pos_ == "VERB" and any(
        c.dep_ == "ccomp" and not any(m.dep_ == "mark" and m.lower_ in _OPEN for m in c.children)
        for c in t.children)}
    return frozenset(asked), frozenset(stated)


_OPEN = frozenset({"whether", "if"})


@lru_cache(maxsize=4096)
def _speaker(text: str) -> tuple[frozenset[str], bool] | None:
    """(the lower-cased proper nouns, no role, among the words saying who
    spoke a remark `text` quotes (the subject of its verb of saying, with
    the words compounded to it), whether they name someone: a proper noun
    or a role noun, not a thing as "the letter"), or None
    when `text` quotes no remark or its speaker is no noun ("she said")."""
    if not _quoted_news(text):
        return None
    doc = nlp.sentence(text)
    _verb, speaker = _news_verb(doc)
    quoted = _within_quotes(text)  # a verb of saying inside the remark is the speaker's own words
    saying = [doc[i] for i in sorted(speaker) if doc[i].lemma_.lower() in TELLING and doc[i].idx not in quoted]
    subject = next((c for v in saying for c in v.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    nouns = [subject, *(c for c in subject.children if c.dep_ in ("compound", "flat"))]
    roles = {t.i for t in nouns if names.is_role_word(t.text.split("-")[0])}  # "President-elect" is a role
    named = frozenset(t.lower_ for t in nouns if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in roles
                      and not t.text.endswith("."))  # "Mr." names no one
    return named, bool(named or roles)


@lru_cache(maxsize=4096)
def _mode(text: str) -> tuple[bool, str]:
    """(whether the verb of what `text` reports (`_news_verb`) is denied,
    "may" where it is allowed, "must" where it is required, else ""), read
    down the verbs and adjectives that verb hands its action to ("will not
    be able to renew", "will have to renew", "were allowed to renew")."""
    verb, _speaker = _news_verb(nlp.sentence(text))
    if verb is None:
        return False, ""
    chain = _handed_down(verb)
    helpers = [c for v in chain for c in v.children if c.dep_ in ("aux", "auxpass", "neg")]
    # A state denied ("was not accurate") is told as well by its opposite
    # ("inaccurate"): only a denied action ("will not be able to renew") counts.
    denied = chain[-1].pos_ == "VERB" and any(t.dep_ == "neg" or t.lower_ == "never" for t in helpers)
    handing = [t.lemma_.lower() for t in chain[:-1]]  # "have" and "need" require only when they hand on ("have to")
    lemmas = {t.lemma_.lower() for t in chain} | {t.lower_ for t in helpers}
    if lemmas & _ALLOWING:
        return denied, "may"
    if lemmas & _REQUIRING or set(handing) & _REQUIRING_HANDING:
        return denied, "must"
    return denied, ""


_ALLOWING = frozenset({"allow", "permit", "able", "let", "entitle", "eligible"})
_REQUIRING = frozenset({"must", "require", "oblige", "force", "compel", "mandate"})
_REQUIRING_HANDING = frozenset({"have", "need"})


GROUP_STEM = 6  # letters a group's name is known by: "Democrat", "Democrats" and "Democratic" are one


def _names_group(groups: frozenset[str], text: str) -> bool:
    """Whether `text` names one of `groups` (stems, `_who`), in any form."""
    return any(re.search(rf"(?<!\w){re.escape(stem)}", text.casefold()) for stem in groups)


@lru_cache(maxsize=4096)
def _who(text: str) -> frozenset[str]:
    """The groups (NORP entities: "Danish", "Republicans") that are, or
    qualify, the subject of the main verb of `text`, by their stems
    (`GROUP_STEM`), case-folded."""
    root = next((t for t in nlp.sentence(text) if t.dep_ == "ROOT"), None)
    if root is None:
        return frozenset()
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ in ("amod", "compound")))]
    return frozenset(w.text.casefold()[:GROUP_STEM] for w in words if w.ent_type_ == "NORP")


def _names_any(places: frozenset[str], text: str) -> bool:
    """Whether `text` names one of `places`, in full, by initials ("US" for
    "United States") or in full for a shortened one ("Calif." for "California")."""
    words = text.casefold()
    initials = {"".join(w[0] for w in run.split()).casefold() for run in _NAME_RUN.findall(text)}
    for place in places:
        bare = place.replace(".", "")
        if re.search(rf"(?<!\w){re.escape(place)}(?!\w)", words) or bare in initials \
                or place.endswith(".") and re.search(rf"(?<!\w){re.escape(bare)}", words):
            return True
    return False


_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


@lru_cache(maxsize=4096)
def _where(text: str) -> frozenset[str]:
    """The places `text` says something is in or at (GPE and LOC entities,
    alone or naming the noun "in" or "at" takes: "in the Suffolk primary"),
    case-folded and without "the"."""
    found = set()
    for entity in nlp.sentence(text).ents:
        if entity.label_ not in ("GPE", "LOC"):
            continue
        noun = entity.root
        while noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at"):
            found.add(re.sub(r"^the\s+", "", entity.text.casefold()))
    return frozenset(found)


def _handed_down(verb) -> list:
    """`verb` and the verbs and adjectives it hands its action to, in turn
    ("will have to renew": have, renew; "were allowed to renew")."""
    chain = [verb]
    while True:
        below = next((c for c in chain[-1].children if c.dep_ in ("xcomp", "acomp")), None)
        if below is None:
            return chain
        chain.append(below)

"""The executive summary: Digests in, a few cited sentences across the corpus out.

Sentences are scored for centrality (TF-IDF cosine to the corpus centroid)
and lead position (news puts what matters first), then picked by maximal
marginal relevance so each new sentence adds something.  A sentence that
several outlets report in near-identical words is chosen once and its
`Claim` carries every article's source.

Cost grows linearly with the corpus: each article offers at most
`POOL_PER_ARTICLE` candidates, scoring is one product with the centroid, MMR
runs over a fixed-size pool, and duplicates are looked up only for the few
chosen sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import Collection, Iterator, Sequence

import numpy as np

from ..distill import numbers, sentences
from ..distill.sentences import addresses_reader  # noqa: F401  (themes reads it from here)
from ..language import nlp
from ..language.names import SPEAKS_FOR
from ..language.saying import TELLING
from ..models import Claim, Digest, Sentence, Source, Theme
from . import reprints

POOL_PER_ARTICLE = 40   # candidates per article: the lead of a news story carries its substance
MMR_POOL = 80           # best-scored candidates that MMR chooses among
MMR_LAMBDA = 0.6        # weight of relevance against novelty
DUPLICATE = 0.6         # cosine above which two sentences say the same thing
POSITION_WEIGHT = 1.5   # how much being near the top of an article counts
MIN_WORDS, MAX_WORDS = 7, 70

_JUNK = re.compile(r"https?://|www\.|@\w|\b(read more|click here|subscribe|sign up|advertisement)\b")
_ENDS = re.compile(r"[.!?][\"'”’)]*$")
_ASKS = re.compile(r"\?[\"'”’)]*$")
_ASKED_ONLY = re.compile(r"^[“\"][^“”\"]*\?[”\"]\s*,?\s*[^“”\"]{0,40}\.$")
"""A quoted question and only a short tag after it ("“How long must we wait?” the mayor said.")."""


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """A sentence that may enter the summary, with its place in its article."""

    sentence: Sentence
    rank: int       # 0 for the article's first usable sentence
    article: int    # index of the digest it came from


def summarize(digests: Sequence[Digest], count: int, pool: list[Candidate] | None = None) -> tuple[Claim, ...]:
    """Up to `count` claims: central, early, and not repeating one another
    (`pool`: the `candidates` of `digests`, found when None)."""
    pool = candidates(digests) if pool is None else pool
    if not pool:
        return ()
    vectors = vectorize([c.sentence.text for c in pool])
    scores = score(pool, vectors)
    chosen = mmr(vectors, scores, count, [_quotations(c.sentence.text) for c in pool],
                 [content_words(c.sentence.text) for c in pool], [lede_key(c) for c in pool],
                 [figures_given(c.sentence.text) for c in pool])
    copied = reprints.shared_copy(digests)
    return tuple(_claim(pool, vectors, index, copied) for index in chosen)


def bottom_line(claims: Sequence[Claim], words: int = 45) -> str | None:
    """The summary's lead sentence, with the next one when both fit in
    `words` words: the title box's one-line answer, cited through the
    summary.  A lead that is mostly someone's quoted words gives way to
    the first that is not, and one that unnamed commentators are said to
    hold (`pundits_view`) to the first that is no one's view: the answer
    is the brief's, not a speaker's; an outlet's tag on its own scoop
    ("..., The Gazette has learned.") is dropped for the same reason.  The
    next sentence is left out when it points back (`points_back`): its
    "they" may not be the lead's; and when it opens on a quotation
    ("“The law protects us all,” said an aide"): a speaker's words
    added to the answer restate a side, not the news; and when another
    article tells it (`_same_article`)."""
    if not claims:
        return None
    own = [c for c in claims if not mostly_quoted(c.text)]
    claims = [*own, *(c for c in claims if c not in own)] if own else list(claims)
    claims = sorted(claims, key=lambda c: bool(pundits_view(c.text)))
    line = claims[0].text
    if len(claims) > 1 and len((line + " " + claims[1].text).split()) <= words and not points_back(claims[1].text) \
            and not claims[1].text.lstrip().startswith(_OPENING_MARKS) and _same_article(claims[0], claims[1]):
        line += " " + claims[1].text
    return _SCOOP.sub(".", line)


def _same_article(lead: Claim, then: Claim) -> bool:
    """Whether `then` comes from `lead`'s own article: another article's
    lead set after it reads as the same story going on, when it may tell
    another, or tell the lead again in other words.  Claims citing nothing
    are taken as one article's."""
    return not (lead.sources and then.sources) or lead.sources[0].article == then.sources[0].article


_PUNDITS = (r"(?:some |many |most |several |other |industry |market |political )?"
            r"(?:analysts|experts|economists|observers|critics|commentators|pundits|strategists)")
_VIEW_VERB = (r"(?:have\s+)?(?:say|says|said|believe|think|warn|warned|argue|argued|predict|predicted|suggest"
              r"|suggested|contend|contended)\b")
_PUNDITS_SAY = re.compile(rf",\s*{_PUNDITS}\s+{_VIEW_VERB}[^,]{{0,30}}$|^{_PUNDITS}\s+{_VIEW_VERB}"
                          rf"|^according to {_PUNDITS}\b", re.I)
_SCOOP = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:has|have)\s+(?:learned|learnt)\.$")
"""An outlet's tag on its own scoop ("..., The Harbour Gazette has
learned."): the brief tells what was learned in its own voice."""


def pundits_view(text: str) -> bool:
    """Whether `text` is the view of commentators left unnamed ("...
    forced the city to borrow, analysts said on Monday.", "Experts
    believe ..."): one side's reading of the news, not the news, so no
    lead for the bottom line while another claim can be."""
    return bool(_PUNDITS_SAY.search(text.rstrip(" .”\"")))


_OPENING_MARKS = ("“", '"', "‘")


def lead_first(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """`claims` (best first) with the first that the bottom line may lead
    on moved to the front: neither mostly someone's quoted words
    (`mostly_quoted`) nor the view of unnamed commentators
    (`pundits_view`).  The summary opens where the bottom line does, on
    the news, not on a remark or a reading of it; `claims` as they are
    when none is such."""
    lead = next((c for c in claims if not mostly_quoted(c.text) and not pundits_view(c.text)), None)
    if lead is None or not claims or lead is claims[0]:
        return tuple(claims)
    return (lead, *(c for c in claims if c is not lead))


def mostly_quoted(text: str) -> bool:
    """Whether half or more of `text`'s words stand inside quotation marks."""
    quoted = sum(len(m.group().split()) for m in _QUOTATION.finditer(text))
    return quoted * 2 >= len(text.split())


def in_order(claims: Sequence[Claim], digests: Sequence[Digest], themes: Sequence[Theme] = ()) -> tuple[Claim, ...]:
    """`claims` (best first) grouped by theme (the first theme, in the
    themes' order, that holds the sentence or whose label it names), each
    group where its best sentence ranks, and within a group in the order of
    the time they report: the date of the event their sentence states, else
    the date their article speaks from (its digest's `anchor`).  Never in
    the order of the articles; all from one article, in its own order."""
    def theme_of(claim: Claim) -> int:
        spans = {(s.article, s.start) for s in claim.sources}
        lowered = claim.text.lower()
        for rank, theme in enumerate(themes):
            if any((s.article, s.start) in spans for c in theme.sentences for s in c.sources):
                return rank
        for rank, theme in enumerate(themes):
            if theme.label and theme.label.lower() in lowered:
                return rank
        return len(themes)

    when: dict[tuple[str, int], str] = {}
    speaks: dict[str, str] = {}
    for digest in digests:
        speaks[digest.article.id] = digest.anchor.date if digest.anchor else ""
        for event in digest.events:
            start = event.sources[0].start
            key = (digest.article.id, start)
            when[key] = min(when.get(key, event.date), event.date)

    def date_of(claim: Claim) -> str:
        for source in claim.sources:
            if (source.article, source.start) in when:
                return when[(source.article, source.start)]
        return speaks.get(claim.sources[0].article, "") if claim.sources else ""

    # A theme comes where its best-ranked sentence would: the summary still
    # opens on its most central sentence, then keeps each theme together.
    groups = [theme_of(c) for c in claims]
    first = {g: min(i for i, h in enumerate(groups) if h == g) for g in groups}
    ranked = list(enumerate(claims))
    return _after_the_full_name(_after_their_own(_own_order(tuple(c for _i, c in sorted(
        ranked, key=lambda item: (first[groups[item[0]]], item[0] != first[groups[item[0]]], not date_of(item[1]),
                                  date_of(item[1]), item[0])))), digests), _surnames(digests))


def _own_order(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """`claims` in their article's own order when one article gave them
    all: its writer set cause before effect and a speech before what came
    "later", which an order by theme or date can turn round.  Several
    articles' claims stay as they are (grouped by theme, then by time)."""
    if len({c.sources[0].article for c in claims if c.sources}) != 1 or not all(c.sources for c in claims):
        return tuple(claims)
    return tuple(sorted(claims, key=lambda c: c.sources[0].start))


def _after_their_own(claims: Sequence[Claim], digests: Sequence[Digest]) -> tuple[Claim, ...]:
    """`claims` with each that points back (`points_back`) moved right after
    the sentence before it in its article, when that one is among them:
    "Those outages ..." reads after its own article's sentence on the
    plants, not after another's on other plants."""
    before = _previous(digests)
    order = list(claims)
    for claim in claims:
        own = _place(claim)
        if own is None or own not in before or not points_back(claim.text):
            continue
        lead = next((c for c in order if any((s.article, s.start) == before[own] for s in c.sources)), None)
        if lead is not None and lead is not claim:
            order.remove(claim)
            order.insert(order.index(lead) + 1, claim)
    return tuple(order)


def _after_the_full_name(claims: Sequence[Claim], surnames: dict[str, str]) -> tuple[Claim, ...]:
    """`claims` with each that names someone by surname only (`_unmet`:
    "Ms. Berg's letter") moved right after the first later claim that
    names them in full ("Ann Berg, the harbour master, wrote ..."): the
    reader meets a person before reading of them by surname."""
    order = list(claims)
    for claim in claims:
        at = order.index(claim)
        if not _unmet(claim.text, surnames, order[:at]):
            continue
        rest = order[:at] + order[at + 1:]
        met = next((j for j in range(at, len(rest)) if not _unmet(claim.text, surnames, rest[:j + 1])), None)
        if met is not None:
            order = [*rest[:met + 1], claim, *rest[met + 1:]]
    return tuple(order)


def standing(claims: Sequence[Claim], digests: Sequence[Digest], count: int) -> tuple[Claim, ...]:
    """The first `count` of `claims` (best first) that can be read where
    the summary puts them: one that points back (`points_back`: "Those
    outages cut a fifth of the supply") only when the sentence before it in
    its article is taken before it (`in_order` then sets it right after);
    otherwise its "those" would name whatever another source said last."""
    before = _previous(digests)
    surnames = _surnames(digests)
    taken: list[Claim] = []
    keys: set[tuple[str, int]] = set()
    for claim in claims:
        if len(taken) >= count:
            break
        own = _place(claim)
        if own is not None and (points_back(claim.text) or _unmet(claim.text, surnames, taken)) \
                and before.get(own) not in keys:
            continue
        taken.append(claim)
        keys.update((s.article, s.start) for s in claim.sources)
    return tuple(taken)


def _surnames(digests: Sequence[Digest]) -> dict[str, str]:
    """{surname: the full name} of the people the articles name in full
    ("Berg": "Ann Berg"), a surname two people share left out."""
    owners: dict[str, set[str]] = {}
    for person in (p for d in digests for p in d.people):
        words = person.name.split()
        if len(words) > 1 and words[-1][:1].isupper():
            owners.setdefault(words[-1], set()).add(person.name)
    return {last: next(iter(names)) for last, names in owners.items() if len(names) == 1}


def _unmet(text: str, surnames: dict[str, str], taken: Sequence[Claim]) -> bool:
    """Whether `text` opens on someone's surname alone, no title or first
    name before it ("Berg accused the board ..."), or names someone by a
    courtesy title and surname ("Ms. Berg's letter", "Mr. Holm said"),
    whom neither it nor any sentence already `taken` names in full: the
    reader has not met them, and their article named them in a sentence
    the summary leaves out."""
    first = re.match(r"[\w’'-]+", text)
    lasts = [first.group() if first else "", *_COURTESY_SURNAME.findall(text)]
    return any(_unmet_one(last, text, surnames, taken) for last in lasts)


_COURTESY_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
"""A courtesy title and the surname after it ("Ms. Berg", "Dr. Holm-Vik"),
without a possessive ending."""


def _unmet_one(last: str, text: str, surnames: dict[str, str], taken: Sequence[Claim]) -> bool:
    """Whether the surname `last` in `text` is someone's whom neither
    `text` nor any sentence `taken` names (see `_unmet`): in full, or
    after a first name or a title of office ("President Holm", "Sen.
    Holm": a reader knows whom)."""
    if last not in surnames or surnames[last] in text:
        return False
    if re.search(r"\b(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][\w-]*\.? " + re.escape(last) + r"\b", text):
        return False
    find = re.compile(r"\b" + re.escape(last) + r"\b")
    return not any(find.search(c.text) for c in taken)


def _place(claim: Claim) -> tuple[str, int] | None:
    """(article, start) of the sentence `claim` is, as `_previous` keys it."""
    return (claim.sources[0].article, claim.sources[0].start) if claim.sources else None


def _previous(digests: Sequence[Digest]) -> dict[tuple[str, int], tuple[str, int]]:
    """{(article, start) of each sentence: (article, start) of the one before it}."""
    found = {}
    for digest in digests:
        starts = [s.source.start for s in digest.sentences]
        found.update({(digest.article.id, b): (digest.article.id, a) for a, b in zip(starts, starts[1:])})
    return found


def points_back(text: str) -> bool:
    """Whether the subject of the main verb of `text` stands for something
    the sentence before named: a pronoun ("They closed the plant", "“We
    will rebuild,” she said"; not the "it" that holds a later clause's
    place: "It is unclear whether ...") or a noun set by a demonstrative or
    a possessive pronoun ("Those outages wiped out ...", "Their lawyer
    said ..."; not a date: "This week the council voted").  Read from the
    parse, for placing a sentence after its own predecessor; the opening
    words that lean on any sentence before ("However, ...") are
    `sentences.leans_back`, which weighs a sentence read alone."""
    if _GOES_BACK.match(text) or sentences.answers_at_end(text) or _SOURCE_TOLD_BEFORE.search(text):
        return True
    root = next((t for t in nlp.sentence(text) if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if _owner_unnamed(root.doc):
        return True
    # A clause set before the main one that stands for one told before
    # ("Every day it does, the council loses ground"): a bare "do".
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _stands_in(root) or _words_told_before(root) or _that_one(root.doc) or _that_alone(root) \
        or _answers(root) or (
        subject is not None and (_subject_points_back(subject, root) or _sources_met_before(subject, root)))


_ANSWERING = frozenset("reply respond retort answer".split())


def _answers(root) -> bool:
    """Whether the main verb answers something and the sentence says not
    what ("“Done already,” Ana Ruiz replied."): the question or the
    charge it answers was the sentence before's; "replied to the board's
    letter" or "answered questions on the pier" says what."""
    return root.lemma_ in _ANSWERING and not any(c.dep_ in ("prep", "dobj") for c in root.children)


def _that_one(doc) -> bool:
    """Whether the writer's own words (outside quotation marks) set a noun
    at "that" or "those" anywhere in the sentence ("The mayor asked the
    board to sell that ferry", "in answer to those letters"): which ferry,
    which letters, the sentence before said.  Only in the main clause and
    what it says or asks (`_SIDE_CLAUSES` may point at the main one); not
    a date ("that week"), nor a noun the sentence itself says which of
    ("those voters who backed her"); "that" only on a singular noun and "those" on a plural,
    and never with a possessive between ("said that Ada's plan") nor
    tagged a conjunction: a "that" the parse misreads so is one."""
    return any(t.dep_ == "det" and t.tag_ == "DT" and (t.lower_, t.head.tag_) in (("that", "NN"), ("those", "NNS"))
               and t.head.ent_type_ not in ("DATE", "TIME") and t.head.lemma_.lower() not in _TIMES
               and not any(c.dep_ in ("relcl", "acl") for c in t.head.children)
               and not any(b.tag_ == "POS" or b.dep_ == "poss" for b in doc[t.i + 1:t.head.i])
               and not any(a.dep_ in _SIDE_CLAUSES for a in (t.head, *t.head.ancestors))
               for t in _outside_quotation(doc))


_DEMONSTRATIVES = frozenset("this that these those".split())
_ARGUMENTS = frozenset("dobj nsubj nsubjpass pobj".split())


def _that_alone(root) -> bool:
    """Whether the writer's own words use "that", "this", "those" or "these"
    alone as a verb's or a preposition's noun ("While the board called
    that a fair offer, the union ...", "The mayor denied this on Monday"):
    what it stands for, only the sentence before said.  Not where it could
    stand for the main clause: in a clause beside it set after the main
    verb ("The pier reopened, and officials welcomed that"); nor a
    relative "that" ("the plan that she backed"), "those" with who they
    are ("those who stayed", "those in the hall", "those close to her"),
    or one a colon spells out ("He said this: ...")."""
    doc = root.doc
    return any(t.lower_ in _DEMONSTRATIVES and t.dep_ in _ARGUMENTS and t.tag_ != "WDT"
               and t.head.dep_ not in ("relcl", "acl")
               and not any(c.dep_ in ("relcl", "acl", "prep", "amod") for c in t.children)
               # A "that" before its verb, or tagged a conjunction and read as a subject, opens a clause.
               and not (t.dep_ == "dobj" and t.i < t.head.i) and not (t.tag_ == "IN" and t.dep_ != "dobj")
               and not (t.i + 1 < len(doc) and doc[t.i + 1].text == ":")
               and (t.i < root.i or not any(a.dep_ in _SIDE_CLAUSES for a in (t.head, *t.head.ancestors)))
               for t in _outside_quotation(doc))


_SIDE_CLAUSES = frozenset("advcl conj relcl acl parataxis".split())
"""Clauses beside the main one: what they set at "that" the main clause
has most often just told ("Ryan's plan keeps the savings, though he
called those cuts harmful")."""


_TIMES = frozenset("time moment point period era age day week month year night morning evening hour".split())
"""Nouns for a time (general English): "at that time" is most often the
time its own sentence names ("when the pier was built, at that time")."""


_SPOKEN = frozenset("remark comment statement speech announcement claim prediction warning assessment".split())
"""Nouns for words someone spoke (general English): "the remarks" a
sentence says were made are words the sentence before gave."""
_UTTERING = frozenset("make deliver give issue repeat offer".split())


def _words_told_before(root) -> bool:
    """Whether the main verb makes, gives or repeats "the remarks", "the
    statement" and the like with nothing said of which ("Ann Berg made the
    remarks at a dinner"): the words the sentence before told.  ("She
    issued the statement after her arrest" says no more, "the statement
    that she would resign" or "the announcement of her retirement" says
    which; "the announcement from a cafe in Holm" only where it was made.)"""
    return root.lemma_ in _UTTERING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SPOKEN and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        and not any(d.dep_ in ("relcl", "acl", "appos", "compound", "poss")
                    or d.dep_ == "prep" and d.lower_ not in _WHERE_OR_WHEN for d in c.children)
        for c in root.children)


_WHERE_OR_WHEN = frozenset("at from in inside outside near before after during".split())
"""Prepositions that tell where or when words were spoken, not which
words (general English); "on" and "about" tell which ("the remarks on
the budget")."""


def _sources_met_before(subject, root) -> bool:
    """Whether those who speak are a group the article named before: a
    saying verb's subject that is "the people", "the officials", or a part
    of them ("two of the people said"), plural and with nothing said of
    who ("Officials who saw the report said" says who); or one such
    speaker, "the official", "the spokesman" (`_ONE_SPEAKER`): which one,
    only the sentence before said."""
    if root.lemma_ not in TELLING:
        return False
    if subject.pos_ == "NUM" or subject.lower_ in _PARTS:
        group = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if group is None:
            return False
        subject = group
    one = subject.tag_ == "NN" and subject.lemma_.lower() in _ONE_SPEAKER
    return (subject.tag_ == "NNS" or one) and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        and not any(c.dep_ in ("relcl", "acl", "appos", "prep", "amod", "compound", "poss", "nummod")
                    for c in subject.children)


_ONE_SPEAKER = SPEAKS_FOR | frozenset("official source person".split())
"""Nouns for one unnamed speaker a story introduces once and then calls
"the official", "the spokeswoman", "the source" (general English); not
"the mayor" or "the president", whom the role alone names."""


def _stands_in(root) -> bool:
    """Whether a clause before `root` is a pronoun and a bare "do" that
    stands for a verb phrase said before ("If they do", "Every day it does")."""
    return any(t.lemma_ == "do" and t.dep_ not in ("aux", "auxpass") and t.i < root.i
               and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep") for c in t.children)
               and any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in t.children) for t in root.doc)


_GOES_BACK = re.compile(r"[\"“‘']?(?:(?:In|By) (?:doing so|so doing|so)|As such|Later|Afterwards?|Nor"
                        r"|Further|Additional|(?:It|This|That)(?:[’']s| is| was| will be| would be) also"
                        r"|(?:For|Because of) (?:this|that)(?: reason)?)\b"
                        r"|[\"“‘']?(?:As a (?:result|consequence)|In response|Consequently|In turn|In return),")
"""Openings that carry on from the sentence before: "In doing so, ...",
"Later, ...", "Nor does she ..." (a denial that goes on from one before),
"Further talks ...", "Additional crews ..." (more of what it told), "It
is also ..." (one more thing said of what the sentence before told); a
consequence or an answer of it ("As a result, ...", "In response, ...",
"For that reason ...")."""


_SOURCE_TOLD_BEFORE = re.compile(
    r"\b[Aa]ccording to (?:the|that|this|these|those) (?:same |new |latest |recent )?"
    r"(?:poll|survey|study|report|analysis|data|figures|findings|statement|document|letter|memo|filing|audit"
    r"|review|research|paper|estimates?)s?\b(?!['’]s|\s+(?:of|by|from|for|on|in|at|conducted|released|published"
    r"|commissioned|issued|carried|taken|done|made)\b)")
"""A sentence that credits its facts to "the poll" or "the report" alone
("Ana Ruiz leads by four points, according to the poll."): which poll,
the sentence before said; read after another source's sentence, it
credits that source's poll.  Not one that says which ("according to the
poll of 900 adults", "... the report released on Monday")."""


def _subject_points_back(subject, root) -> bool:
    """Whether `subject`, of `root`'s clause or one set before it, stands
    for something the sentence before named (see `points_back`)."""
    if _person_met_before(subject) or _one_more(subject) or _part_of_those(subject) or _bare_part(subject):
        return True
    if subject.lower_ in _PERSONAL:
        # Its own sentence may name whom it stands for before it ("When Gov.
        # Ana Ruiz spoke, she said ..."): only a name does for "he" or "she".
        # A date or time before it ("On May 3 they ...") is when, never whom.
        named = ("PROPN",) if subject.lower_ in ("he", "she") else ("PROPN", "NOUN")
        if any(t.pos_ in named and t.ent_type_ not in ("DATE", "TIME") and not _done_to_by(t, subject)
               for t in _outside_quotation(subject.doc[:subject.i])):
            return False
    if subject.lower_ == "it" and subject.head.i == root.i:
        # "It said the pier would reopen": what speaks is a body told of
        # before; "It is unclear whether ...", "It would be simple to say
        # ...": a placeholder for the clause after.
        if subject.dep_ == "nsubj" and root.lemma_ in TELLING:
            return True
        return not any(c.dep_ in ("ccomp", "xcomp", "csubj") for t in (root, *root.children)
                       if t is root or t.dep_ in ("acomp", "attr") for c in t.children)
    if subject.lower_ == "it":
        # Fronted: "Every day it does, ..."; not the weather's or a state's "it" ("When it rains").
        return subject.head.lemma_ not in ("be", "rain", "snow", "seem", "appear")
    if subject.lower_ in _POINTING_PRONOUNS:
        return True
    # A noun inside the subject set at "that" ("Levels at that plant's
    # wells ..."): which plant, the sentence before said.
    return subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in ("DATE", "TIME") and (any(
        c.dep_ in ("det", "poss") and c.lower_ in _POINTING_WORDS and not _named_before(c) for c in subject.children)
        or any(
        t.dep_ == "det" and t.lower_ in ("that", "those") and t.head.ent_type_ not in ("DATE", "TIME")
        for t in subject.subtree))


def _done_to_by(token, subject) -> bool:
    """Whether `token` stands inside a clause with no subject of its own
    set before `subject` ("After mocking Ben Holm's plan, she left"): the
    one doing that clause's act is the subject, so a name the act is done
    to is someone else, never whom the pronoun stands for."""
    for clause in token.ancestors:
        if clause.i >= subject.i or clause.dep_ == "ROOT":
            return False
        if clause.tag_ in ("VBG", "VBN") and clause.dep_ in ("advcl", "pcomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return True
    return False


def _named_before(owner) -> bool:
    """Whether the "his" or "her" `owner` follows, in its own sentence and
    outside quotation marks, a person's name it can stand for, and no
    "he" or "she" that would itself stand for someone unnamed ("Ada Velt
    has long backed the link, and her council agrees": hers; not "She met
    Holm Bank, and her aide ...")."""
    before = _outside_quotation(owner.doc[:owner.i])
    return owner.lower_ in ("his", "her") and any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in before) \
        and not any(t.lower_ in ("he", "she") for t in before)


_OPENING, _CLOSING, _STRAIGHT = frozenset("“"), frozenset("”"), frozenset('"')
"""Double quotation marks only: a single one is as often an apostrophe
("the voters’ choice")."""


def _outside_quotation(tokens) -> list:
    """The `tokens` (a span, in order) outside quotation marks: a name the
    speaker spoke ("“We back Judge Velt,” he said") is not the one "he"
    stands for."""
    kept, inside = [], False
    for token in tokens:
        if token.text in _OPENING or token.text in _STRAIGHT and not inside:
            inside = True
        elif token.text in _CLOSING or token.text in _STRAIGHT:
            inside = False
        elif not inside:
            kept.append(token)
    return kept


_PARTS = frozenset("some many most all none both each either neither few several one".split())
"""Words that take a part of a group named after "of" (general English)."""


def _part_of_those(subject) -> bool:
    """Whether the subject is a part of a group told before: a number or a
    quantity word taking "of those", "of these" or "of them" ("Eight of
    those boats ...", "Most of them ..."); "Two of the city's boats" says
    which."""
    if not (subject.pos_ == "NUM" or subject.lower_ in _PARTS):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lower_ == "them" or any(
            d.dep_ == "det" and d.lower_ in ("those", "these") for d in g.children)) for g in c.children)
        for c in subject.children)


def _bare_part(subject) -> bool:
    """Whether the subject is a quantity word standing alone for part of a
    group told before ("Many blamed the mayor", "Both said ..."): of whom,
    only the sentence before said; "Many of the anglers" says."""
    return subject.lower_ in _PARTS and subject.pos_ != "NUM" and not any(True for _ in subject.children)


def _one_more(subject) -> bool:
    """Whether the subject is one more of a kind told before: "another"
    ("Another company said ..."), or "the latest" or "the next" one to do
    something ("The latest mayor to learn that lesson was ..."), which
    presupposes the ones before."""
    if any(c.dep_ == "det" and c.lower_ == "another" for c in subject.children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in ("latest", "next") for c in subject.children) and any(
        c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" for g in c.children) for c in subject.children)


def _owner_unnamed(doc) -> bool:
    """Whether a sentence that names no one uses "his" or "her" ("Breathing
    tests showed that his lungs ..."): whose, only the sentence before tells.
    ("In his speech, Ana Ruiz said" names her.)"""
    return any(t.lower_ in ("his", "her", "him") for t in doc) and not any(t.pos_ == "PROPN" for t in doc)


_MET_BEFORE = frozenset("man woman boy girl patient suspect victim couple".split())
_SUMMING = frozenset("move step decision demand request announcement incident episode list".split())


def _person_met_before(subject) -> bool:
    """Whether the subject is "the man", "the patient" and the like with
    nothing said of who ("The man was quarantined"): one the article
    introduced before; "The man who opened fire ..." introduces him.  So
    too a bare "the move", "the decision", "the list": a noun that sums up
    what the sentence before told."""
    said = ("relcl", "acl", "appos", "prep") + (("amod", "compound", "nmod", "npadvmod", "nummod", "poss")
                                                 if subject.lemma_.lower() in _SUMMING else ())
    return (subject.lemma_.lower() in _MET_BEFORE | _SUMMING
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(c.dep_ in said for c in subject.children))


_PERSONAL = frozenset("he she it they".split())
_POINTING_PRONOUNS = frozenset("he she they this that these those".split())
_POINTING_WORDS = frozenset("this that these those his her its their".split())


def candidates(digests: Sequence[Digest]) -> list[Candidate]:
    """The usable sentences of each article: whole, of readable length, with
    a finite verb, no links or page furniture, saying who speaks when they
    quote, at most `POOL_PER_ARTICLE` from the top of each."""
    fit = [_fit_alone(digest) for digest in digests]
    # The pool's first sentences whose words may tell nothing are parsed in one go.
    first = [list(islice(found, POOL_PER_ARTICLE)) for found in fit]
    nlp.parse_ahead(s.text for found in first for s in found if _ASKED_OR_NEWS.search(s.text))
    return [Candidate(sentence=s, rank=r, article=number) for number, (found, more) in enumerate(zip(first, fit))
            for r, s in zip(range(POOL_PER_ARTICLE), (s for s in chain(found, more) if not tells_nothing(s.text)))]


def without(pool: list[Candidate], left_out: Collection[int]) -> list[Candidate]:
    """The `candidates` of `pool` but those of the digests at the indices
    `left_out`, each numbered by its digest's place among the digests kept:
    the pool of those digests alone, found without parsing them again (an
    article's candidates are its own sentences only)."""
    if not left_out:
        return pool
    place = {n: n - sum(o < n for o in left_out) for n in {c.article for c in pool}}
    return [replace(c, article=place[c.article]) for c in pool if c.article not in left_out]


def _fit_alone(digest: Digest) -> Iterator[Sentence]:
    """The digest's sentences `candidates` may take, as far as their words
    and places tell (`tells_nothing`, which reads the parse, left to it)."""
    fragments, quoted = set(digest.fragments), sentences.quoted_spans(digest.quotes)
    # An interview's turns ("TRUMP: Well you see, ...") are someone's spoken words, not the article's report.
    spoken = {s.paragraph for q in digest.quotes if q.cue == "transcript" for s in q.sources}
    # "“He should pay for it.”": a sentence of quoted words alone does not say who speaks.
    return (s for s in digest.sentences if usable_sentence(s.text) and s.source.start not in fragments
            and s.source.paragraph not in spoken and not sentences.unfit_alone(s, quoted))


_ASKED_OR_NEWS = re.compile(r"\b(?:asked|report|reported|reporting|break|broke|publish|published)\b")
_NEWS = frozenset("news story scoop".split())
_PUBLISHING = frozenset("report break publish".split())
_ASKING = frozenset("whether if why what how when who where".split())
_SOURCING = re.compile(r"(?:The|These|Those|Its|Their|All)\s+(?:[\w’'-]+\s+){0,2}(?:data|figures|numbers|statistics"
                       r"|estimates|findings|results)\s+(?:comes?|came|are|is|were|was)\s+(?:taken\s+|drawn\s+)?"
                       r"(?:from|based on)\b", re.I)
"""A sentence whose subject is the figures and whose verb only says where
they come from: a note on the sources, not a finding."""


def tells_nothing(text: str) -> bool:
    """Whether the main clause of `text` tells only that a question was put
    ("She was asked whether she would run": the answer is in the sentence
    after), who had the news first ("The Herald was first to report the
    news", "The Post broke the story") or where the figures come from
    (`_SOURCING`: "The data come from the bureau's 2021 survey"): no
    finding a summary can state.  Read from the parse, once a cheap look
    finds such a verb."""
    if _SOURCING.match(text):
        return True
    if not _ASKED_OR_NEWS.search(text):
        return False
    root = next((t for t in nlp.sentence(text) if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.lemma_ == "ask" and any(c.dep_ == "nsubjpass" for c in root.children):
        return any(c.dep_ == "ccomp" and any(g.lower_ in _ASKING and g.i < c.i for g in c.subtree)
                   for c in root.children)
    # "was first to report": the infinitive hangs on "was" or on "first".
    near = [root, *(c for c in root.children if c.dep_ in ("xcomp", "advcl") and root.lemma_ == "be"
                    or c.dep_ == "xcomp"),
            *(g for c in root.children if c.dep_ in ("acomp", "attr") for g in c.children if g.dep_ in ("xcomp", "acl"))]
    # "published the story, citing officials who said ...": the clause after tells the news.
    return any(v.lemma_ in _PUBLISHING and any(_bare_news(c) for c in v.children)
               and not any(c.dep_ in ("advcl", "ccomp", "conj", "xcomp") for c in v.children) for v in near)


def _bare_news(noun) -> bool:
    """Whether `noun`, an object, is "the news", "the story" with no clause
    telling what it is ("the news that the dam failed" tells it)."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in _NEWS and any(d.lower_ == "the" for d in noun.children) \
        and not any(d.dep_ in ("acl", "relcl") for d in noun.children)


def usable_sentence(text: str) -> bool:
    """True for a sentence fit to stand alone in a summary."""
    if not _ENDS.search(text[-4:]) or not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return False
    if _ASKS.search(text[-4:]):  # a question states nothing: "So just how good was it?"
        return False
    if _ASKED_ONLY.match(text):  # nor does one quoted with only its tag: "“Why now?” she asked."
        return False
    return not _JUNK.search(text.lower()) and not addresses_reader(text) and not headline(text) \
        and not shouted(text) and not _UNFINISHED_COMPARISON.search(text) and not empty_there(text) and not unbalanced(text) and not _HERE.search(_QUOTATION.sub("", text)) \
        and not cut_inside_quotation(text)


_OPENING_MARK = re.compile(r"“|(?:^|(?<=[\s(\[—–-]))\"(?=\S)")
_CLOSING_MARK = re.compile(r"”|(?<=\S)\"(?=$|[\s.,;:!?)\]—–-])")


def cut_inside_quotation(text: str) -> bool:
    """Whether `text` opens with a quotation mark and leaves more
    quotations open than it closes ("\"The plan is sound, but I will
    read you the question: “Will you vote for it?"): someone's words cut
    off inside a quotation that runs on past the sentence, a claim that
    stops mid-quote.  A straight mark opens a quotation before a word
    and closes one after it."""
    stripped = text.lstrip()
    return stripped[:1] in ('"', "“") and len(_OPENING_MARK.findall(stripped)) > len(_CLOSING_MARK.findall(stripped))


_HERE = re.compile(r"\b(?<![Hh]ere and )here\b(?![’']s| is| are| and there)")
"""The writer's "here" outside quotation marks ("Appearing at a diner here,
the senator ..."): the place of the article's dateline, which the summary
does not show; "here is", "here and there" point nowhere."""


_BRACKETS = (("(", ")"), ("[", "]"), ("<", ">"), ("«", "»"), ("《", "》"))


def unbalanced(text: str) -> bool:
    """Whether `text` closes a bracket it never opened or leaves one open
    ("Tale of the Dunes> opens in May"): a sentence cut from a longer
    span, which reads as broken wherever it is shown."""
    for opening, closing in _BRACKETS:
        if opening not in text and closing not in text:
            continue  # most sentences hold no bracket: no need to count them character by character
        depth = 0
        for char in text:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return True
        if depth:
            return True
    return False


_EMPTY_THERE = re.compile(r"There(?:[’']s| is| are| was| were| will be| has been)\s+(?:still\s+)?"
                          r"(?:a lot|lots|plenty|much|more|so much|something|nothing|little|a few things|a great deal)"
                          r"(?:\s+(?:more|else))?\s+(?:to|going on|left)\b")
EMPTY_WORDS = 12
"""Most words of a sentence `empty_there` may find empty."""


def empty_there(text: str) -> bool:
    """Whether `text` is a short "There is a lot to ..." that names no one
    and no number ("There is much more to come."): a writer's turn from one
    part to the next, which tells nothing read alone."""
    return (len(text.split()) <= EMPTY_WORDS and bool(_EMPTY_THERE.match(text))
            and not re.search(r"\d|(?<=\S )[A-Z]", text))


_SMALL_CAPPED = re.compile(r"(?<=\S )(?:Is|Are|Was|Were|Has|Have|Had|Will|Its|Their|After|Before|With|From|Into|"
                           r"Over|Amid|As|At|By|For|In|On|To|Of|The|And|But|Why|How)(?= )")


def headline(text: str) -> bool:
    """Whether `text` is a headline in title case ("Port Fees Are Rising
    After The Vote"): every word of four letters or more capitalised, and
    some small word inside it too, as no sentence writes one."""
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long) and bool(_SMALL_CAPPED.search(text))


_UNFINISHED_COMPARISON = re.compile(
    r"\b(?:is|are|was|were|be|been|seems?|seemed|looks?|looked|feels?|felt)\s+(?:(?:very|quite|so|much|far|markedly"
    r"|strikingly|somewhat|entirely|completely|totally|no)\s+)?(?:different|similar|alike|better|worse|the\s+same)"
    r"[\"”’']?\s*[.!]$", re.I)
"""A sentence that ends on a comparison with nothing to compare against
("This year's hearings were different.", "... the effect can be
similar."): different from what, the sentences before told; alone, in a
summary, it tells nothing."""


def shouted(text: str) -> bool:
    """Whether `text`, outside its quotation marks, sets three words or
    more in capitals in a row, one of four letters or more ("Big news,
    folks: THE FERRY IS BACK."; "CAUTION: SCENES MAY UPSET SOME VIEWERS"):
    a teaser's shout or a page's label, not a report; acronyms side by
    side ("the AARP CEO said") are two words, not three."""
    return bool(_SHOUTED.search(_QUOTATION.sub(" ", text)))


_SHOUTED = re.compile(r"(?<![\w’'-])(?=[A-Z’'-]*[A-Z]{4})[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){2,}(?![\w’'-])")


_QUOTATION = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def score(pool: Sequence[Candidate], vectors) -> np.ndarray:
    """Centrality to the corpus centroid, raised for sentences near the top."""
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centrality = vectors @ (centroid / norm) if norm else np.zeros(len(pool))
    position = np.array([1.0 / np.sqrt(1.0 + c.rank) for c in pool])
    leaning = np.array([sentences.standalone_weight(c.sentence.text) for c in pool])
    return np.asarray(centrality).ravel() * (1.0 + POSITION_WEIGHT * position) * leaning


def mmr(vectors, scores: np.ndarray, count: int, quoted: Sequence[tuple[str, ...]] = (),
        words: Sequence[frozenset[str]] = (), ledes: Sequence[Lede | None] = (),
        figures: Sequence[frozenset[tuple[float, str]]] = ()) -> list[int]:
    """Indices of up to `count` sentences by maximal marginal relevance over the
    `MMR_POOL` best; a near-duplicate of a chosen sentence is never chosen,
    nor one repeating a remark a chosen one quotes (`quoted`, per sentence:
    `_quotations`; `same_remark`), nor one retelling a chosen one in most
    of its content words (`words`, per sentence: `content_words`; `retells`),
    nor another article's lede telling the chosen lede's event (`ledes`,
    per sentence: `lede_key`; `same_lede`), nor one giving only figures a
    chosen one gives, about the same things (`figures`, per sentence:
    `figures_given`; `same_figures`)."""
    order = [int(i) for i in np.argsort(-scores, kind="stable")[:MMR_POOL]]
    relevance = scores[order] / (scores.max() or 1.0)
    similar = (vectors[order] @ vectors[order].T).toarray()
    remarks = [quoted[i] if quoted else () for i in order]
    told = [words[i] if words else frozenset() for i in order]
    leads = [ledes[i] if ledes else None for i in order]
    given = [figures[i] if figures else frozenset() for i in order]
    chosen: list[int] = []
    open_ = set(range(len(order)))
    while open_ and len(chosen) < count:
        best = max(open_, key=lambda i: _marginal(i, relevance[i], similar, chosen))
        open_.discard(best)
        if not chosen or max(similar[best, j] for j in chosen) < DUPLICATE \
                and not any(same_remark(remarks[best], remarks[j]) or retells(told[best], told[j])
                            or same_lede(leads[best], leads[j])
                            or same_figures(given[best], given[j], told[best], told[j]) for j in chosen):
            chosen.append(best)
    return [order[i] for i in chosen]


@dataclass(frozen=True, kw_only=True)
class Lede:
    """What an article's opening sentence tells its event by: the article,
    the weekdays it names, its names (capitalised words inside it) and
    its content words (`content_words`)."""

    article: int
    days: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]


LEDE_RANK = 1       # ranks of an article's usable sentences that open it (0 and 1)
LEDE_SHARED = 6     # content words (the weekday and names among them) two ledes share to tell one event
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_INNER_NAME = re.compile(r"(?<=[\w,;)] )[A-Z][a-z]{2,}\b")


def lede_key(candidate: Candidate) -> Lede | None:
    """The `Lede` of a candidate among its article's first sentences
    (`LEDE_RANK`), else None."""
    if candidate.rank > LEDE_RANK:
        return None
    text = _QUOTATION.sub("", candidate.sentence.text)
    days = frozenset(_WEEKDAY.findall(text))
    return Lede(article=candidate.article, days=days, names=frozenset(_INNER_NAME.findall(text)) - days,
                words=content_words(text))


def same_lede(a: Lede | None, b: Lede | None) -> bool:
    """Whether two articles' ledes tell one event in their own words: they
    name the same weekday and a name in common, and share `LEDE_SHARED`
    content words ("The House on Friday approved the bill" and "The bill
    passed the House on Friday"): news opens on the day's event, and two
    outlets' openings on one day and one actor are that event told twice,
    though the verbs differ more than `retells` allows."""
    return (a is not None and b is not None and a.article != b.article and bool(a.days & b.days)
            and bool(a.names & b.names) and len(a.words & b.words) >= LEDE_SHARED)


_QUOTED = re.compile(r"[“\"]([^”\"]{2,400})[”\"]")
_QUOTED_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def _quotations(text: str) -> tuple[str, ...]:
    """The words inside `text`'s quotation marks, one lower-cased string
    of words per quotation."""
    return tuple(" ".join(_QUOTED_WORD.findall(q.lower())) for q in _QUOTED.findall(text))


def same_remark(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two sentences' quotations (`_quotations`) report one remark:
    one holds the other's words in a row, and those hold a word that is
    no stop word ("said he felt “very badly” for Mr. Flynn" and "“I feel
    very badly for Gen. Flynn,” Trump told reporters").  A quoted stop
    word alone ("“the”") is no remark."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    for x in a:
        for y in b:
            short, long_ = sorted((x, y), key=len)
            if short and f" {short} " in f" {long_} " and set(short.split()) - ENGLISH_STOP_WORDS:
                return True
    return False


_FIGURE = re.compile(r"(?<![\w.,])([$£€])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                     r"(?:\s?(million|billion|trillion|bn)\b)?(\s?%|\s(?:percent|per cent)\b)?")
_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}
FIGURE_LEAST = 1000  # a bare number below this (a day, an age, a count of ten) is no telling figure
FIGURE_TOPIC = 3     # words besides the figures two sentences share to give them of one thing


def figures_given(text: str) -> frozenset[tuple[float, str]]:
    """The telling figures of `text` as (value, "money" / "%" / ""): sums
    of money, shares, numbers with a scale ("16 million") and bare ones of
    `FIGURE_LEAST` or more that are no year: "$4.5 billion" -> (4.5e9,
    "money")."""
    found = set()
    for match in _FIGURE.finditer(text):
        money, number, scale, share = match.groups()
        value = float(number.replace(",", "")) * _SCALES.get(scale or "", 1.0)
        bare = not (money or scale or share)
        if bare and (value < FIGURE_LEAST or "," not in number and 1900 <= value <= 2099):
            continue
        found.add((value, "money" if money else "%" if share else ""))
    return frozenset(found)


def figure_numbers(text: str) -> tuple[str, ...]:
    """The numerals of `text`'s telling figures as written ("84,000" of
    "$84,000"; `figures_given`)."""
    return tuple(match.group(2) for match in _FIGURE.finditer(text) if figures_given(match.group(0)))


def same_figures(mine: frozenset, theirs: frozenset, my_words: frozenset[str], their_words: frozenset[str]) -> bool:
    """Whether a sentence gives one fact a chosen one gives: it has figures
    (`figures_given`), the other gives each of them, and the two share
    `FIGURE_TOPIC` words besides (`content_words`; not numbers nor their
    scale): "The county's jobless count rose to 12,400 in May" adds nothing
    to "Some 12,400 county residents were jobless in May", however else
    the two are worded.  A sentence with a figure the other lacks adds it."""
    if not mine or not mine <= theirs:
        return False
    shared = {w for w in my_words & their_words if not w[:1].isdigit() and w not in _SCALE_WORDS}
    return len(shared) >= FIGURE_TOPIC


_SCALE_WORDS = frozenset(w[:5] for w in ("million", "billion", "trillion", "percent", "cent"))
RETOLD = 0.5        # share of the shorter sentence's content words another holds to retell it ...
RETOLD_WORDS = 5    # ... when they are at least this many
_CONTENT_WORD = re.compile(r"[a-z0-9]{3,}")


def content_words(text: str) -> frozenset[str]:
    """The content words of `text`, lower case, each cut to its first five
    letters so that "charged" and "charges" are one word."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(w[:5] for w in _CONTENT_WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS)


def retells(a: frozenset[str], b: frozenset[str], share: float = RETOLD) -> bool:
    """Whether two sentences' `content_words` tell one fact: most of the
    shorter's words, and enough of them, are the other's too ("A student
    was charged with the theft of six paintings from the town museum" and
    "A suspect was charged Monday with six counts of theft in the break-in
    at the town museum"), though their TF-IDF vectors differ more
    than `DUPLICATE` allows.  `share`: the part of the shorter's words that
    must be shared."""
    shared = len(a & b)
    return shared >= RETOLD_WORDS and shared >= share * min(len(a), len(b))


def _marginal(i: int, relevance: float, similar: np.ndarray, chosen: list[int]) -> tuple[float, int]:
    redundancy = max((similar[i, j] for j in chosen), default=0.0)
    return MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * redundancy, -i


def _claim(pool: Sequence[Candidate], vectors, index: int,
           copied: frozenset[tuple[int, int]] = frozenset()) -> Claim:
    """The chosen sentence, citing every other article that says the same
    (with the same amounts: `numbers.states_amounts`), but for one that
    carries it as a sentence of a passage the two share (`copied`:
    `reprints.shared_copy`, by digest index; `reprints.one_copy`): an
    excerpt one outlet quotes from another's report is that report, one
    source, as the agreements count it."""
    similar = np.asarray((vectors @ vectors[index].T).todense()).ravel()
    own = pool[index]
    sources: list[Source] = [own.sentence.source]
    seen = {own.article}
    for other in np.argsort(-similar):
        if similar[other] < DUPLICATE:
            break
        pair = tuple(sorted((own.article, pool[other].article)))
        if pair in copied and reprints.one_copy(own.sentence.text, pool[other].sentence.text):
            continue
        if pool[other].article not in seen and numbers.states_amounts(own.sentence.text, pool[other].sentence.text):
            seen.add(pool[other].article)
            sources.append(pool[other].sentence.source)
    return Claim(text=own.sentence.text, sources=tuple(sources))


def vectorize(texts: Sequence[str]):
    """L2-normalised TF-IDF rows, one per text (sparse)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, lowercase=True,
                                 token_pattern=r"(?u)\b\w[\w'-]*\w\b|\b\d+\b")
    try:
        return vectorizer.fit_transform(texts)
    except ValueError:  # every text was stop words only
        return TfidfVectorizer(lowercase=True).fit_transform([t or "x" for t in texts])

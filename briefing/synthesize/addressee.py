"""Who a quotation in the second person is put to.

Sentences of one article and a quote in, the hearer's name (or the pronoun
the article gives them) out.  "You should resign," said to a chief executive
at a hearing, is a verdict on the one addressed; where the text does not
clearly say who hears it, nobody is (precision first)."""

from __future__ import annotations

import re
from typing import Sequence

from ..distill.stance import ADDRESSING
from ..language import nlp
from ..language.names import surname
from ..models import Digest, Quote, Sentence

SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
EXCHANGES = frozenset("""hearing questioning testimony interview exchange debate grilling confrontation
    cross-examination interrogation""".split())
"""Nouns (general English) of speech put face to face to someone: the one questioned hears the quote."""
QUESTIONING = ADDRESSING | frozenset("question press confront grill challenge accuse address".split())
"""Verbs (general English) whose object is the one spoken to: "told Y", "pressed Y"."""
_OBJECT_PRONOUNS = {"him": "he", "his": "he", "her": "she"}


def by_article(digests: Sequence[Digest]) -> dict[str, dict[Quote, str]]:
    """Article id -> the hearer of each quote of the article that has one
    (`hearers`), the sentences read for them parsed first, in batches
    (`_read`): found once for the viewpoints and the divergences."""
    nlp.parse_ahead(text for digest in digests for text in _read(digest.sentences, digest.quotes))
    return {digest.article.id: hearers(digest.sentences, digest.quotes) for digest in digests}


def _read(sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> list[str]:
    """The texts `hearers` parses: for each quote in the second person, the
    sentence it starts in and the one before it (`_candidates`)."""
    found = []
    for quote in quotes:
        if quote.sources and SECOND_PERSON.search(quote.text) and (at := _sentence_at(sentences, quote)) is not None:
            found += [s.text for s in sentences[max(at - 1, 0):at + 1]]
    return found


def hearers(sentences: Sequence[Sentence], quotes: Sequence[Quote]) -> dict[Quote, str]:
    """The hearer of each quote of one article that has one.
    A quote in the second person that goes on, in the next sentence, from a
    heard quote by the same speaker ("You misled them," she said. "You should
    resign," she added.), with no hearer of its own in view, is put to the
    same hearer."""
    found: dict[Quote, str] = {}
    before: tuple[Quote, int] | None = None
    for quote in sorted((q for q in quotes if q.sources), key=lambda q: q.sources[0].start):
        at = _sentence_at(sentences, quote)
        heard = _candidates(sentences, quote)
        hearer = next(iter(heard)) if len(heard) == 1 else None
        if not heard and before and SECOND_PERSON.search(quote.text) and at is not None \
                and before[0].speaker == quote.speaker and before[0] in found and at - before[1] <= 1:
            hearer = found[before[0]]
        if hearer:
            found[quote] = hearer
        before = (quote, at) if at is not None else None
    return found


IMPERSONAL = frozenset("have get find see know need want go come take make say think look try hear feel".split())
"""Verbs (general English) whose subject "you" is most often anyone, not the
one spoken to: "you'll always meet a rude clerk or two", "you never know"."""


def personal(text: str) -> bool:
    """Whether the second person in the quoted `text` is the one spoken to:
    a "you" that is the subject of a verb other than `IMPERSONAL` ones ("you
    misled them", "you are a disgrace"), or one that is something's object
    or owner ("we trusted you", "your schemes").  "You'll always find a few
    rogues" says what anyone finds, and is no verdict on its hearer."""
    for token in nlp.sentence(text):
        if not SECOND_PERSON.fullmatch(token.text):
            continue
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return token.dep_ in ("dobj", "dative", "pobj", "poss")
        verb = token.head
        while verb.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in verb.children):
            verb = next(c for c in verb.children if c.dep_ == "xcomp")  # "you're going to have"
        if verb.lemma_.lower() not in IMPERSONAL:
            return True
    return False


def _sentence_at(sentences: Sequence[Sentence], quote: Quote) -> int | None:
    """The index among `sentences` of the one `quote` starts in."""
    source = quote.sources[0]
    return next((i for i, s in enumerate(sentences) if s.source.article == source.article
                 and s.source.start <= source.start < s.source.end), None)


def _candidates(sentences: Sequence[Sentence], quote: Quote) -> set[str]:
    """Everyone `quote` (in the second person: "you", "your") may be put
    to, in its own sentence or the one before it among `sentences`: the
    object of a verb of addressing ("told Y", "asked Y"), the one a vocative
    names ("Y, you ..."), or, where the article sets the words in a hearing
    or an exchange (`_sets_scene`), the other people that sentence names (or refers to as
    "him"/"his" while the speaker is "she", or the reverse), never the
    speaker.  `hearers` takes a hearer only when there is exactly one."""
    if not quote.sources or not SECOND_PERSON.search(quote.text):
        return set()
    at = _sentence_at(sentences, quote)
    if at is None:
        return set()
    context = [s.text for s in sentences[max(at - 1, 0):at + 1]]
    own = surname(quote.speaker or "")
    found = set()
    exchange = False
    for text in context:
        doc = nlp.sentence(text)
        found |= {_span_name(t) for t in doc if _hears(t)}
        exchange = exchange or any(t.lemma_.lower() in EXCHANGES and _sets_scene(t) for t in doc)
        found |= _vocative(doc)
    found = {n for n in found if n and surname(n) != own}
    if not found and exchange:
        found = _in_exchange(context, own)
    return found


SCENES = frozenset("during at in".split())
"""Prepositions (general English) that set words in an exchange: "during the hearing"."""


def _sets_scene(token) -> bool:
    """Whether the exchange noun `token` is the scene of its sentence's main
    clause: its subject ("The hearing grew tense") or in a phrase on it
    ("During the hearing, she ...", "said in an interview").  One a
    subordinate clause tells of ("once she is questioned, she will testify
    in a hearing") is another occasion, not where the words are said."""
    if token.dep_ == "nsubj":
        return token.head.dep_ == "ROOT"
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in SCENES and prep.head.dep_ == "ROOT"


def _hears(token) -> bool:
    """A name (or a personal pronoun) that is the one a verb of addressing
    puts words to: "told Y", "asked Y", "said to Y", or one of several
    ("asked Y and Z")."""
    if token.pos_ not in ("PROPN", "PRON") or token.lower_ in ("you", "me", "us", "them", "it"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "questioned Y and Z": both hear it
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lemma_.lower() in QUESTIONING:
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in QUESTIONING | {"say"}


def _span_name(token) -> str:
    """The full name `token` heads ("Jo Berg" for "Berg"), or the pronoun."""
    if token.pos_ == "PRON":
        return token.lower_
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is not None:
        return ent.text if ent.label_ == "PERSON" else ""
    return token.text


def _vocative(doc) -> set[str]:
    """The person a sentence opens its words to: "Berg, you ..."."""
    return {e.text for e in doc.ents if e.label_ == "PERSON" and e.end + 1 < len(doc)
            and doc[e.end].text == "," and doc[e.end + 1].lower_ in ("you", "your")
            and (e.start == 0 or not doc[e.start - 1].is_alpha)}


def _in_exchange(context: list[str], own: str) -> set[str]:
    """The other party of an exchange the `context` sentences place the
    words in: the person they name besides the speaker (surname `own`),
    else the object pronoun of the other gender than the speaker's."""
    names, pronouns, subjects = set(), set(), set()
    for text in context:
        doc = nlp.sentence(text)
        names |= {e.text for e in doc.ents if e.label_ == "PERSON" and surname(e.text) != own}
        pronouns |= {t.lower_ for t in doc if t.lower_ in _OBJECT_PRONOUNS and t.dep_ in ("poss", "dobj", "pobj")}
        subjects |= {t.lower_ for t in doc if t.lower_ in ("he", "she") and t.dep_ == "nsubj"}
    if names:
        return names
    return {p for p in pronouns if _OBJECT_PRONOUNS[p] not in subjects and len(subjects) == 1}

"""Digests and people in, declared sides out: whom an article says each voice stands with.

An article often says where a voice stands as it introduces them: "Ana
Ruiz, who endorsed Mr. Berg on Tuesday", "another early Berg supporter",
"Berg spokesman Tom Lee", "urged voters to back Berg".  A voice so declared
for a person is never placed against that person: the words of theirs
read badly of him are an ally's candid estimate ("It's not going to be
easy for Berg") or praise misread ("A vote against Berg is a vote for his
rival"), not an attack.

Only the sentences that hold a word of backing (`_CUE`) and name two
people are parsed, so the cost grows with the corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator, Sequence

from ..language import nlp
from ..language.names import FORMER
from ..models import Digest, Person
from . import voices

BACKING_VERBS = frozenset({"support", "endorse", "back", "champion"})
"""Verbs whose object is the person backed ("who endorsed Mr. Berg")."""
FOR_VERBS = frozenset({"vote", "campaign", "stump", "fundraise", "speak", "work"})
"""Verbs whose "for" names the person backed ("urged women to vote for Berg")."""
BACKER_NOUNS = frozenset({"supporter", "backer", "ally", "endorser", "surrogate", "loyalist", "spokesman",
                          "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer", "attorney",
                          "strategist"})
"""Nouns naming one who stands with the person they name ("a Berg
supporter", "spokesman for Mr. Berg"): general English, not fitted."""
RALLY_NOUNS = frozenset({"rally", "fundraiser"})
"""Events held for the person their "for" names: one who speaks at "a rally
for Berg" speaks for Berg."""
BIDS = frozenset({"candidacy", "candidature", "bid", "campaign", "nomination", "run"})
"""Nouns of a person's quest for office: backing "Berg's candidacy" backs Berg."""
SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement"})
"""Nouns of backing given "for" someone ("offered his support for Berg")."""
_CUE = re.compile(r"\b(?:rall(?:y|ies)|fundrais\w*|support(?:s|ed|ing|ers?)?|endors\w*|back(?:s|ed|ing|ers?)?"
                  r"|champion\w*|vot(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|stump(?:s|ed|ing)?|speak(?:s|ing)?|spoken?"
                  r"|work(?:s|ed|ing)?|all(?:y|ies)|surrogates?|loyalists?|spokes\w*|aides?|advis[eo]rs?|lawyers?"
                  r"|attorneys?|strategists?)\b", re.I)
"""The words of backing `sides` reads, in the forms they are written in
(not "voters", "workers", "speaker", "background"): a sentence without one
is not parsed."""
_THEIR_WORDS = frozenset({"xcomp", "ccomp"})  # a verb's clause that says what its subject wants or says


def declared(digests: Sequence[Digest], people: Sequence[Person]) -> dict[tuple[str, str], frozenset[str]]:
    """(article id, voice) -> the people that article says the voice stands
    with, all by the names `people` give them."""
    names = voices.names_by_alias(people)
    words: dict[str, set[str]] = defaultdict(set)  # each word of a name -> the people it names
    for alias, name in names.items():
        for word in alias.split():
            words[word].add(name)
    wanted = [(digest.article.id, sentence.text) for digest in digests for sentence in digest.sentences
              if _CUE.search(sentence.text) and _two_people(sentence.text, words)]
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (article, _text), doc in zip(wanted, nlp.load().pipe(text for _a, text in wanted)):
        for voice, principal in sides(doc, names):
            found[(article, voice)].add(principal)
    for (article, voice), principal in own_words(digests, names):
        found[(article, voice)].add(principal)
    return {key: frozenset(found_) for key, found_ in found.items()}


OWN_VERBS = BACKING_VERBS | {"help"}
"""Verbs whose object, in a speaker's own "I ..." or "we ...", is the
person they back ("I'm going to help Berg in every way I can")."""
_OWN_CUE = re.compile(r"\b(?:I|we)\b[^.?!]{0,60}\b(?:support|endors|back|champion|vote|help)", re.I)


def own_words(digests: Sequence[Digest], names: dict[str, str]) -> Iterator[tuple[tuple[str, str], str]]:
    """((article id, speaker), person backed) for each quote in which its
    speaker says, in the first person, that they back someone ("Yes, I
    support Mara Velt", "I have decided to endorse Velt"), not negated nor
    supposed ("I would never back Velt", "if I endorsed Velt")."""
    wanted = [(digest.article.id, voice, quote.text) for digest in digests for quote in digest.quotes
              if quote.speaker and (voice := _known(quote.speaker, names)) and _OWN_CUE.search(quote.text)]
    for (article, voice, _text), doc in zip(wanted, nlp.load().pipe(text for _a, _v, text in wanted)):
        for token in doc:
            if token.lower_ in ("i", "we") and token.dep_ == "nsubj" and not _told_by_another(token.head):
                for principal in _own_backing(token.head, doc, names):
                    if principal != voice:
                        yield (article, voice), principal


def _own_backing(verb, doc, names: dict[str, str]) -> list[str]:
    """The people the first-person subject of `verb` backs: its object, or
    that of the verb it leads to ("decided to endorse", "going to help"),
    where no verb on the way is negated, supposed or conditional."""
    found = []
    while verb is not None:
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _SUPPOSED or c.dep_ == "mark"
               for c in verb.children):
            return []
        if verb.lemma_.lower() in OWN_VERBS:
            found += [_known(_name_of(c, doc), names) for c in verb.children
                      if c.dep_ == "dobj" and c.text[:1].isupper()]
        elif verb.lemma_.lower() in FOR_VERBS:
            found += [_known(_name_of(g, doc), names) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj" and g.text[:1].isupper()]
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return [name for name in found if name]


def _told_by_another(verb) -> bool:
    """Whether `verb` is what someone else says or thinks ("They say I
    support Berg"): a clause under a verb whose subject is not "I" or "we"."""
    if verb.dep_ not in ("ccomp", "advcl", "relcl", "xcomp"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in verb.head.children)


_SUPPOSED = frozenset({"would", "could", "might", "should", "'d", "’d"})


def _two_people(text: str, words: dict[str, set[str]]) -> bool:
    """Whether `text` may name two people, a voice and the one it backs:
    its capitalized words are words of two people's names (`words`: word
    -> people).  The test that spares most sentences the parse."""
    named: set[str] = set()
    for word in _CAPITALIZED.findall(text):
        named |= words.get(word.casefold(), set())
    return len(named) >= 2


_CAPITALIZED = re.compile(r"\b[A-Z][\w’'.-]*\w")


def sides(doc, names: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(voice, person backed) for each person `text` names (a PERSON
    entity, known to `names`: alias -> name) that it says stands with
    another: in a role before the name ("Berg spokesman Tom Lee"), an
    apposition ("Tom Lee, another Berg supporter"), a relative clause
    ("Lee, who endorsed Berg") or the verb the voice is subject of, with
    the clause it governs ("Lee urged voters to back Berg") or where that
    verb is said ("At a rally for Berg, Lee said ..."), in the
    parsed sentence `doc`.  A negated or former backing ("never endorsed",
    "a former Berg aide") is none."""
    for entity in doc.ents:
        voice = _known(entity.text, names)
        if voice is None or entity.label_ != "PERSON" and not _full_name(entity, names):
            continue
        for token in _said_of(entity.root, entity):
            for principal in _backed(token, doc, names):
                if principal != voice:
                    yield voice, principal


def _full_name(entity, names: dict[str, str]) -> bool:
    """Whether `entity`, tagged other than a person ("Ivo Dahl" read as an
    organization after a comma), is a known person's full name, two words
    or more: a lone word so tagged is most often a firm or a party
    ("Berg" in "the Berg campaign")."""
    return len(entity) > 1 and entity.text.casefold() in names


def _said_of(root, entity) -> Iterator:
    """The tokens that may tell whom the person at `root` stands with,
    including the noun a name is in apposition to ("Another Berg supporter
    in the valley, Ivo Dahl, ..."), which the parse may hang on the last
    noun of that noun's "in"-phrase ("valley") rather than on the noun."""
    if root.dep_ == "appos":
        yield root.head
        if root.head.dep_ == "pobj" and root.head.head.dep_ == "prep":
            yield root.head.head.head
    for child in root.children:
        if child.dep_ in ("appos", "relcl") or child.dep_ == "compound" and child not in entity:
            yield child
            yield from (c for c in child.children if c.dep_ == "relcl")
    if root.dep_ == "nsubj":
        verb = root.head
        yield verb
        # Where the voice speaks: "At a rally for Berg, Lee said ...".
        yield from (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                    for g in c.children if g.dep_ == "pobj")
        yield from (c for c in verb.children if c.dep_ in _THEIR_WORDS and not _own_subject(c))


def _own_subject(verb) -> bool:
    """Whether `verb` has a subject of its own that is no pronoun: "Lee said
    Ruiz endorsed Berg" tells where Ruiz stands, not Lee."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)


def _backed(token, doc, names: dict[str, str]) -> list[str]:
    """The people `token` says are backed: as a backer's noun ("supporter",
    with the person before it or after "of"/"for"), a backing verb and its
    object, or a verb of working for someone and its "for"."""
    if any(c.dep_ == "neg" for c in token.children) or any(FORMER.fullmatch(c.lower_) for c in token.children
                                                            if c.dep_ == "amod") or _before(token):
        return []
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN") and lemma in BACKER_NOUNS:
        named = [c for c in token.children if c.dep_ in ("compound", "poss", "nmod")]
        named += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for g in c.children if g.dep_ == "pobj"]
    elif token.pos_ == "NOUN" and lemma in RALLY_NOUNS:
        named = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"]
    elif token.pos_ in ("VERB", "AUX") and lemma in BACKING_VERBS:
        named = [c for c in token.children if c.dep_ == "dobj"]
    elif token.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in SUPPORT_NOUNS
                                               for c in token.children):
        # "offered his support for Berg": the backing is the noun, its "for" the one backed.
        named = [g for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in SUPPORT_NOUNS
                 and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                 for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "behind")
                 for g in p.children if g.dep_ == "pobj"]
    elif token.pos_ in ("VERB", "AUX") and lemma in FOR_VERBS:
        named = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj"]
    else:
        return []
    found = [_known(_name_of(t, doc), names) for t in _bidders(named) if t.text[:1].isupper()]
    return [name for name in found if name]


def _bidders(tokens: list) -> list:
    """`tokens`, each quest for office among them ("Berg's candidacy", "the
    Berg campaign", `BIDS`) given as the person whose quest it is."""
    found = []
    for token in tokens:
        if token.pos_ == "NOUN" and token.lemma_.lower() in BIDS:
            found += [c for c in token.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
        else:
            found.append(token)
    return found


def _before(verb) -> bool:
    """Whether `verb` tells a backing given up or overtaken: "who had
    previously endorsed Berg" (a past perfect, or "previously", "once",
    "formerly", "earlier") is where the voice stood, not where it stands."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "had" or c.dep_ == "advmod" and c.lower_ in _EARLIER for c in verb.children)


_EARLIER = frozenset({"previously", "once", "formerly", "earlier", "initially", "originally"})


def _name_of(token, doc) -> str:
    """The name `token` is part of: its PERSON entity, or the proper noun
    alone where the parse tags none ("a Berg supporter", read as an
    organization)."""
    return next((e.text for e in doc.ents if e.start <= token.i < e.end and e.label_ == "PERSON"), token.text)


def _known(text: str, names: dict[str, str]) -> str | None:
    """The person of `names` that `text` names, in full or by its last word
    ("Mr. Berg", "Berg"), a possessive ending aside ("Berg's candidacy")."""
    text = re.sub(r"['’]s?$", "", text.casefold())
    return names.get(text) or names.get(text.split()[-1]) if text.split() else None

"""Digests in, divergences out: one thing one voice says is so and another
says is not, each in its own quoted words.

A quote's main clause is read as a proposition: its verb's lemma, its
subject and its object or complement, each by the lemmas of its head noun
and the nouns compounded with it ("price war"), and whether the clause is
negated ("not", "never", "no price war").  "There is ...", "it is ...",
"let it be ..." say that something is, whoever "it" is.  Two different
named speakers, one asserting and one denying the same proposition, are a
divergence of kind `proposition`:

    "Let it be a price war"  /  "There is not going to be a price war"

A quote that says the very noun of another voice's quote in the same
article is not so is a rebuttal of the same kind (`rebuttals`), whatever
verb the first used:

    "he has thrown us under a bus"  /  "There is no bus"

A term the denial sets in quotation marks, in a clause it negates, is the
other voice's word denied, whatever its place in the clause:

    "the board relies on ‘hidden fees’"  /  "we do not believe the board
    charges ‘hidden fees’"

A quote saying an account of events is not accurate and another voice's,
in the same article, standing by it are a dispute of the same kind
(`disputed_accounts`), whatever each calls it:

    "I stand by every word of my story"  /  "The paper's report is not accurate"

Precision first: a clause whose subject is a person's pronoun ("we will
win", "they will not win": two parties, no dispute), a conditional, a
question, a supposed or possible clause ("would", "might") and a quote
naming no noun say nothing to deny, and are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from ..language import nlp
from ..language.names import fold, surname
from ..language.saying import REPORTING
from ..models import Claim, Digest, Divergence, Person, Position, Quote, Sentence
from . import voices

KIND = "proposition"
LIMIT = 3             # divergences of this kind per brief
PER_SIDE = 2          # quotes shown per side
ASSERTS, DENIES = "says so", "says it is not so"
DUMMY = frozenset({"it", "there", "this", "that"})  # subjects of "there is", "it is": no party
DESCENDING = frozenset({"go", "let"})               # "is going to be", "let it be": the clause below says it
SUPPOSED = frozenset({"would", "could", "might", "may", "can", "should", "must", "if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd"})  # what a clause says of its subject


@dataclass(frozen=True, kw_only=True)
class Claimed:
    """One quote's proposition: its key (verb, subject, object), whether it
    is denied, who says it, the words shown and where."""

    key: tuple[str, str, str]
    denied: bool
    voice: str
    quote: Quote
    phrase: str
    shown: Claim
    """The quote, or its whole sentence where what it is said of follows the closing mark."""


def find(digests: Sequence[Digest], people: Sequence[Person] = (), limit: int = LIMIT) -> list[Divergence]:
    """The propositions one named speaker asserts and another denies, those
    most voices take part in first (see the module's docstring)."""
    names = voices.names_by_alias(people)
    said: dict[tuple[str, str, str], list[Claimed]] = defaultdict(list)
    quoted = [(quote, _sentence_of(quote, digest.sentences)) for digest in digests for quote in digest.quotes
              if quote.speaker and quote.kind == "direct" and quote.sources]
    for quote, sentence in nlp.read_ahead(quoted, lambda item: _read_in(*item)):
        for claimed in propositions(quote, names.get(quote.speaker.casefold(), quote.speaker), sentence):
            said[claimed.key].append(claimed)
    found = [d for d in (_divergence(claims) for claims in said.values()) if d]
    for more in (rebuttals(digests, names), disputed_accounts(digests, names), countered(digests, names),
                 denied_accounts(digests, names), set_against(digests, names), set_against_next(digests, names)):
        paired = {frozenset(p.voice for p in d.positions) for d in found}
        found += [d for d in more if frozenset(p.voice for p in d.positions) not in paired]
    return sorted(found, key=lambda d: -len({p.voice for p in d.positions}))[:limit]


ACCOUNTS = frozenset("""report reporting story article account description characterization claim allegation
    piece coverage""".split())
"""Nouns (general English) of an account of events, whose accuracy a
voice may dispute and its author defend."""
TRUE = frozenset("accurate true correct right".split())
FALSE = frozenset("inaccurate false untrue wrong incorrect fabricated baseless".split())


def disputed_accounts(digests: Sequence[Digest], names: dict[str, str]) -> list[Divergence]:
    """One named voice saying an account of events is not accurate ("the
    paper's report is not accurate", "their story is false") and another,
    in a quote of the same article, standing by it ("we stand by our
    story", "the story is accurate"): the dispute a denial and its
    author's answer make, whatever each calls the account.  One
    divergence per pair of voices."""
    found, seen = [], set()
    for digest in digests:
        quotes = [(q, names.get(q.speaker.casefold(), q.speaker)) for q in digest.quotes
                  if q.speaker and q.kind == "direct" and q.sources and "?" not in q.text]
        told = [(q, voice, _account(q.text)) for q, voice in quotes]
        for denial, voice, held in told:
            if held is None or held[0]:
                continue
            backing = next(((q, v, kept[1]) for q, v, kept in told
                            if kept and kept[0] and _surname(v) != _surname(voice)), None)
            if backing is None or frozenset((backing[1], voice)) in seen:
                continue
            seen.add(frozenset((backing[1], voice)))
            found.append(Divergence(topic=f"Said and denied: the {backing[2]} is accurate", kind=KIND, positions=(
                Position(voice=backing[1], text=backing[0].text, sources=backing[0].sources, label=ASSERTS),
                Position(voice=voice, text=denial.text, sources=denial.sources, label=DENIES))))
    return found


def account_held(text: str) -> bool | None:
    """True where `text` holds an account of events (`ACCOUNTS`) accurate:
    "I stand by my story", "the report is accurate"; False where it says
    it is not: "the report is not accurate", "their story is false"; None
    otherwise (`_account`)."""
    found = _account(text)
    return found[0] if found else None


def _account(text: str) -> tuple[bool, str] | None:
    """(whether `text` holds an account of events accurate, the account's
    noun) (`account_held`), or None: also where the clause is a case
    supposed ("if the report is true").  "Stand by" counts only said by
    "I" or "we": the account's own authors.  Words naming no account, or
    with neither "by" nor a word of truth, are not parsed (`_ACCOUNT_WRITTEN`)."""
    if not all(pattern.search(text) for pattern in _ACCOUNT_WRITTEN):
        return None
    for token in nlp.sentence(text):
        verb = token.head
        if token.dep_ == "pobj" and token.lemma_.lower() in ACCOUNTS and verb.lower_ == "by" \
                and verb.head.lemma_.lower() == "stand" and not _supposed(verb.head) \
                and not any(c.dep_ == "neg" for c in verb.head.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.head.children):
            return True, token.text.lower()
        word = token.lemma_.lower()
        if token.dep_ not in ("acomp", "attr") or verb.lemma_ != "be" or word not in TRUE | FALSE \
                or _supposed(verb):
            continue
        named = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ACCOUNTS]
        if named:
            return (word in TRUE) != _negated(verb), named[0].text.lower()
    return None


_ACCOUNT_WRITTEN = (re.compile("|".join(sorted({w[:4] for w in ACCOUNTS})), re.I),
                    re.compile(r"\bby\b|" + "|".join(sorted(TRUE | FALSE)), re.I))
"""What `_account` needs written, read from the words: the opening of a
noun of `ACCOUNTS` ("stor" of "stories"), and "by" or a word of `TRUE` or
`FALSE` ("untrue" holds "true")."""


IDIOMS = frozenset("doubt question way one time reason comment idea matter need choice chance end longer".split())
"""Nouns (general English) a "no" makes an idiom, not a denial: "no doubt",
"no way", "no comment", "there is no question"."""
COGNITIVE = frozenset("think believe say feel suppose expect".split())
"""Verbs (general English) that take the "not" of the clause below them:
"I don't think it is X" denies that it is X."""


def rebuttals(digests: Sequence[Digest], names: dict[str, str]) -> list[Divergence]:
    """A noun one named voice uses in its quoted words and another, in a
    quote of the same article, says is not so: "There is no bus" against
    "he has thrown us under a bus"; "I don't think the plan is a fraud"
    against "this fraud of a plan"; "this is not a truce but a trap"
    against "the pact strikes a fair truce".  The charge is most often
    quoted before the denial, but a report may open on the denial and
    quote the claim it answers further down: an earlier quote is looked
    for first, then a later one.  The denial must be of the noun itself
    (`denied_nouns`): a "not" elsewhere in the quote denies nothing the
    first voice said; and where the denial qualifies the noun ("it is not
    a partisan fight"), the other voice's noun must bear that word too
    ("the fight" is not denied).  One divergence per pair of voices and noun."""
    found, seen = [], set()
    nlp.parse_ahead(q.text for d in digests for q in d.quotes if q.speaker and q.kind == "direct" and q.sources
                    and "?" not in q.text and _NEGATION_WRITTEN.search(q.text))
    for digest in digests:
        quotes = sorted((q for q in digest.quotes if q.speaker and q.kind == "direct" and q.sources
                         and "?" not in q.text), key=lambda q: q.sources[0].start)
        for at, answer in enumerate(quotes):
            voice = names.get(answer.speaker.casefold(), answer.speaker)
            others = [q for q in quotes[:at][::-1] + quotes[at + 1:]
                      if _surname(names.get(q.speaker.casefold(), q.speaker)) != _surname(voice)]
            for noun, (phrase, qualifiers) in _denials(answer.text).items():
                said = next((q for q in others if any(qualifiers <= words for words in _asserted(q.text).get(noun, ()))),
                            None)
                if said is None:
                    continue
                first = names.get(said.speaker.casefold(), said.speaker)
                if (first, voice, noun) not in seen:
                    seen.add((first, voice, noun))
                    found.append(Divergence(topic=f"Said and denied: {phrase}", kind=KIND, positions=(
                        Position(voice=first, text=said.text, sources=said.sources, label=ASSERTS),
                        Position(voice=voice, text=answer.text, sources=answer.sources, label=DENIES))))
                break
    return found


COUNTERING = re.compile(r"\b(?:counter(?:s|ed|ing)?|retort\w*|rebut\w*"
                        r"|(?:fire[sd]?|firing|shot|shoots?|hit|hits|hitting) back)\b", re.I)
"""Reporting verbs (general English) that say words are said against what
another voice has just said: "countered", "retorted", "fired back".  Not
"replied" or "responded", which as often answer a question."""
NEAR = 2  # paragraphs before a countering quote in which the words it answers are looked for
SAID, COUNTERS = "says", "counters"


def countered(digests: Sequence[Digest], names: dict[str, str]) -> list[Divergence]:
    """A named voice's quote the writer reports as said against another's
    (`COUNTERING`: "Tom Vell countered that the mayor “has never once
    missed a vote”"), with the nearest quote of another named voice in the
    `NEAR` paragraphs before it: the verb tells the two are opposed,
    whatever the words read like.  One divergence per pair of voices."""
    found, seen = [], set()
    for digest in digests:
        quotes = sorted((q for q in digest.quotes if q.speaker and q.kind == "direct" and q.sources),
                        key=lambda q: q.sources[0].start)
        for at, answer in enumerate(quotes):
            if not COUNTERING.search(answer.cue or ""):
                continue
            voice = names.get(answer.speaker.casefold(), answer.speaker)
            said = next((q for q in quotes[:at][::-1]
                         if _surname(names.get(q.speaker.casefold(), q.speaker)) != _surname(voice)
                         and q.sources[0].paragraph >= answer.sources[0].paragraph - NEAR), None)
            first = names.get(said.speaker.casefold(), said.speaker) if said else None
            if said is None or frozenset((first, voice)) in seen:
                continue
            seen.add(frozenset((first, voice)))
            shown = _whole(answer, digest.sentences)
            found.append(Divergence(topic=f"Said and countered: {voice} answers {first}", kind=KIND, positions=(
                Position(voice=first, text=said.text, sources=said.sources, label=SAID),
                Position(voice=voice, text=shown.text, sources=shown.sources, label=COUNTERS))))
    return found


DISPUTED = ACCOUNTS | frozenset("assessment accusation charge version assertion".split())
"""Nouns (general English) of what one party says is so and another may deny."""
DISPUTING = frozenset("deny dispute reject refute rebut repudiate".split())
"""Verbs (general English) by which a party says another's account is not so."""
_DISPUTE_WRITTEN = (re.compile(r"\b(?:den(?:y|ies|ied|ying)|disput|reject|refut|rebut|repudiat)", re.I),
                    re.compile(r"\b(?:" + "|".join(sorted(DISPUTED)) + ")", re.I))
"""What `denied_accounts` needs written before it parses a sentence: a verb
of `DISPUTING` and a noun of `DISPUTED`."""


def denied_accounts(digests: Sequence[Digest], names: dict[str, str]) -> list[Divergence]:
    """A party the writer says denies another's account ("the dock board's
    chair rejected Kade's claim that fares had tripled", "the Vell
    campaign disputed the Gazette's story"): the account's author, named
    by a proper name as its owner, and the one who denies it are a
    dispute, both shown by the sentence that tells it.  The denier may be
    named or described ("the dock board's chair"), never by a pronoun.  A
    denial negated or only supposed ("did not dispute", "might deny") is
    none.  One divergence per account (its author and noun), with up to
    `PER_SIDE` of those who deny it."""
    told = [s for d in digests for s in d.sentences if all(p.search(s.text) for p in _DISPUTE_WRITTEN)]
    nlp.parse_ahead(s.text for s in told)
    accounts: dict[tuple[str, str], dict[str, Sentence]] = defaultdict(dict)
    for sentence in told:
        for denier, author, noun in _denials_of_accounts(nlp.sentence(sentence.text)):
            denier, author = names.get(denier.casefold(), denier), names.get(author.casefold(), author)
            if _surname(denier) != _surname(author):
                accounts[(author, noun)].setdefault(denier, sentence)
    found = []
    for (author, noun), deniers in accounts.items():
        first = next(iter(deniers.values()))
        found.append(Divergence(topic=f"Said and denied: {author}'s {noun}", kind=KIND, positions=(
            Position(voice=author, text=first.text, sources=(first.source,), label=ASSERTS),
            *(Position(voice=denier, text=told_in.text, sources=(told_in.source,), label=DENIES)
              for denier, told_in in list(deniers.items())[:PER_SIDE]))))
    return found


def _denials_of_accounts(doc) -> list[tuple[str, str, str]]:
    """(who denies, whose account, the account's noun) of each verb of
    `DISPUTING` in `doc` whose object is a noun of `DISPUTED` owned by a
    proper name (`_author`) and whose subject is no pronoun (`_party`)."""
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in DISPUTING or _negated(verb) or _supposed(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        for account in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DISPUTED):
            author, denier = _author(account), _party(subject) if subject is not None else None
            if author and denier:
                found.append((denier, author, account.lower_))
    return found


def _author(account) -> str | None:
    """The proper name that owns `account`: its possessive ("Kade's
    claim", "the Dunn campaign's characterization") or a name
    compounded with it ("the Courier report"); None for any other."""
    owner = next((c for c in account.children if c.dep_ == "poss"), None)
    if owner is not None:
        words = [t for t in owner.subtree if t.dep_ in ("compound", "flat", "poss") and t.i <= owner.i]
    else:
        words = [c for c in account.children if c.dep_ == "compound" and c.i < account.i]
    if not words or not any(t.pos_ == "PROPN" for t in words):
        return None
    return " ".join(t.text for t in words)


def _party(subject) -> str | None:
    """The words naming the subject `subject` of a denial: its name ("Ada
    Moor"), or its description by a name or an owner ("the Vell
    campaign", "the dock board's chair"); None for a pronoun or a bare
    common noun ("officials")."""
    doc = subject.doc
    named = _entity_name(subject)
    if subject.pos_ == "PROPN" and named is not None:
        return named
    before = [t for t in subject.subtree if t.i < subject.i and t.dep_ in ("compound", "flat", "poss", "case", "det")]
    if subject.pos_ == "PRON" or not any(t.dep_ == "poss" or t.pos_ == "PROPN" for t in before):
        return None
    words = doc[min(t.left_edge.i for t in before):subject.i + 1].text
    return "the" + words[3:] if words.startswith("The ") else words


CONTRASTING = frozenset({"while", "whereas"})
"""Conjunctions (general English) by which a writer sets one party's words against another's."""
CHARACTERIZING = REPORTING | frozenset("cast characterize characterise portray hail dismiss".split())
"""The verbs of saying, and of saying what something is ("cast the levy as a gift")."""
_CONTRAST_WRITTEN = re.compile(r"^\W*(?:while|whereas)\b", re.I)
"""What `set_against` needs written before it parses a sentence: it opens on a conjunction of contrast."""
OTHERWISE = "says otherwise"


def set_against(digests: Sequence[Digest], names: dict[str, str]) -> list[Divergence]:
    """Two named parties whose words the writer sets against each other in
    one sentence: a clause of contrast opening on "while" or "whereas",
    whose verb says what one party said or called something, and a main
    clause whose verb of saying tells the other's ("Whereas the Harbour
    Board called the toll fair, Ada Moor said it would ruin the fishermen").
    Both are shown by that sentence.  A clause of time ("While Vell spoke
    in Carvel, protesters gathered") has no second speaker and sets
    nothing apart.  One divergence per pair of parties."""
    told = [s for d in digests for s in d.sentences if _CONTRAST_WRITTEN.search(s.text)]
    nlp.parse_ahead(s.text for s in told)
    found, seen = [], set()
    for sentence in told:
        pair = _contrasted(nlp.sentence(sentence.text))
        if pair is None:
            continue
        first, other = (names.get(name.casefold(), name) for name in pair)
        if _surname(first) == _surname(other) or frozenset((first, other)) in seen:
            continue
        seen.add(frozenset((first, other)))
        shown = dict(text=sentence.text, sources=(sentence.source,))
        found.append(Divergence(topic=f"Set against each other: {first} and {other}", kind=KIND, positions=(
            Position(voice=first, label=SAID, **shown), Position(voice=other, label=OTHERWISE, **shown))))
    return found


def _contrasted(doc) -> tuple[str, str] | None:
    """(the party of the contrasted clause, the party of the main clause)
    of `doc` (see `set_against`), each named by a proper name; or None."""
    for clause in doc:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in CHARACTERIZING \
                or not any(c.dep_ == "mark" and c.lower_ in CONTRASTING for c in clause.children):
            continue
        main = clause.head
        if main.lemma_.lower() not in REPORTING or _negated(main) or _negated(clause):
            continue
        parties = [_named(next((c for c in verb.children if c.dep_ == "nsubj"), None)) for verb in (clause, main)]
        if all(parties):
            return parties[0], parties[1]
    return None


_TELLING = frozenset({"ccomp", "dobj", "xcomp", "oprd"})
"""What a verb of saying tells in its own sentence: its clause or object ("testified:", its words in
the next sentence, tells nothing there)."""
_CONTRAST_NEXT_WRITTEN = re.compile(r"^\W*(?:however|but|(?:in|by) contrast)\b", re.I)
"""What `set_against_next` needs written before it parses a sentence: it opens on a word of contrast."""


def set_against_next(digests: Sequence[Digest], names: dict[str, str]) -> list[Divergence]:
    """Two named parties whose words the writer sets against each other in
    two sentences running: one tells what a named party said ("“He was
    kind,” the landlord, Ivo Brandt, said"), and the next opens on a word
    of contrast ("However", "But", "In contrast") tied to a verb of saying
    or of saying what someone is, whose subject is another named party
    ("However, Ada Moor described him as “rude”").  Each side is shown by
    its sentence; a denied saying ("But Moor did not say ...") sets
    nothing apart.  One divergence per pair of parties."""
    found, seen = [], set()
    for before, after, other in _contrasts_next(digests):
        first = _any_speaker(nlp.sentence(before.text))
        if not first:
            continue
        first, other = (_known(name, names) for name in (first, other))
        if fold(surname(first)) == fold(surname(other)) or frozenset((first, other)) in seen:
            continue
        seen.add(frozenset((first, other)))
        found.append(Divergence(topic=f"Set against each other: {first} and {other}", kind=KIND, positions=(
            Position(voice=first, label=SAID, text=before.text, sources=(before.source,)),
            Position(voice=other, label=OTHERWISE, text=after.text, sources=(after.source,)))))
    return found


def _contrasts_next(digests: Sequence[Digest]) -> list[tuple[Sentence, Sentence, str]]:
    """Each sentence that opens on a word of contrast tied to a named
    party's saying (`_contrast_speaker`), with the sentence before it and
    that party.  Only sentences whose words could hold such a party are
    parsed (a capital after the opening word; a capital in the one before),
    and the one before only for those found."""
    pairs = [(before, after) for d in digests for before, after in zip(d.sentences, d.sentences[1:])
             if _CONTRAST_NEXT_WRITTEN.search(after.text) and _CAPITAL_AFTER_OPENING.search(after.text)
             and _CHARACTERIZING_WRITTEN.search(after.text) and _CAPITAL.search(before.text)]
    found = [(before, after, other) for before, after in nlp.read_ahead(pairs, lambda pair: pair[1].text)
             for other in [_contrast_speaker(nlp.sentence(after.text))] if other]
    nlp.parse_ahead(before.text for before, _, _ in found)
    return found


_CAPITAL = re.compile(r"\b[A-Z]")
_CAPITAL_AFTER_OPENING = re.compile(r"^\W*\w+\W.*?\b[A-Z]", re.S)
"""A named party is written with a capital: in the sentence before, anywhere;
in the sentence of contrast, after its opening word ("However", "But")."""


def _written_forms(lemmas: frozenset[str]) -> re.Pattern:
    """A pattern for any word that may be an inflection of one of `lemmas`
    (more forms than English has: it only spares a parse, never decides):
    the lemma, its -s, -es, -d, -ed and -ing forms, with a final "e"
    dropped, a "y" turned "i" or a last consonant doubled, and the past
    tenses of "say", "tell" and "write"."""
    forms = {"said", "told", "wrote", "written"}
    for lemma in lemmas:
        stems = {lemma, lemma[:-1] if lemma.endswith(("e", "y")) else lemma, lemma + lemma[-1]}
        forms |= {stem + end for stem in stems for end in ("", "s", "es", "d", "ed", "ing", "ied", "ies")}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b", re.I)


_CHARACTERIZING_WRITTEN = _written_forms(CHARACTERIZING)
"""What a sentence of contrast must hold before it is parsed: a word that may be a verb of `CHARACTERIZING`."""


def _known(name: str, names: dict[str, str]) -> str:
    """The person `name` is (`names`: alias -> name), trying it without its
    leading words too ("Historian Ivo Brandt" -> "Ivo Brandt"); else `name`."""
    words = name.split()
    return next((names[key] for i in range(len(words)) for key in [" ".join(words[i:]).casefold()]
                 if key in names), name)


def _contrast_speaker(doc) -> str | None:
    """The named party whose saying `doc`'s opening word of contrast is tied
    to (see `set_against_next`), or None."""
    opening = next((t for t in doc if not t.is_punct), None)
    verb = opening.head if opening is not None and opening.dep_ in ("advmod", "cc", "prep") else None
    if verb is None or verb.lemma_.lower() not in CHARACTERIZING or _negated(verb) \
            or not any(c.dep_ in _TELLING for c in verb.children):
        return None
    return _speaker_name(verb)


def _any_speaker(doc) -> str | None:
    """The named party of the first verb of saying in `doc` that is not
    negated, or None."""
    for verb in doc:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING and not _negated(verb):
            named = _speaker_name(verb)
            if named:
                return named
    return None


def _speaker_name(verb) -> str | None:
    """The proper name of `verb`'s subject, or of the name set beside it
    ("the landlord, Ivo Brandt, said"), without the common nouns before it
    ("neighbour Ada Moor"); None for a subject no name gives."""
    subject_ = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject_ is not None and subject_.pos_ != "PROPN":
        subject_ = next((c for c in subject_.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    named = _named(subject_)
    if not named:
        return None
    words = named.split()
    while words and not words[0][:1].isupper():
        words.pop(0)
    return " ".join(words) or None


def _named(subject) -> str | None:
    """The proper name `subject` is (its entity, or its compounds with it), or None."""
    if subject is None or subject.pos_ != "PROPN":
        return None
    named = _entity_name(subject)
    if named is not None:
        return named
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ in ("compound", "flat")] + [subject]
    return " ".join(t.text for t in words)


def _entity_name(token) -> str | None:
    """The named entity `token` stands in, without a leading "the" ("the
    Harbour Board" -> "Harbour Board"); None outside any entity."""
    named = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return named.text.removeprefix("the ").removeprefix("The ") if named is not None else None


def _whole(quote: Quote, sentences: Sequence[Sentence]) -> Claim:
    """`quote` as shown: its sentence where the quote only completes a
    clause the writer opens ("Vell countered that the mayor “is ...”":
    the quote alone does not say of whom), else the quote."""
    sentence = _sentence_of(quote, sentences)
    if sentence is None or quote.sources[0].start - sentence.source.start <= 1:
        return Claim(text=quote.text, sources=quote.sources)
    return Claim(text=sentence.text, sources=(sentence.source,))


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def denied_nouns(text: str) -> dict[str, str]:
    """Noun lemma -> its words, for each noun `text` says is not so: "there
    is no X", "it is not (a) X", "I don't think it is X" (not an idiom such
    as "no doubt")."""
    return {noun: phrase for noun, (phrase, _qualifiers) in _denials(text).items()}


def _denials(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Noun lemma -> (its words, the lemmas of the adjectives that qualify
    it) for each noun `text` says is not so (`denied_nouns`).  Words with
    no negation written (`_NEGATION_WRITTEN`) deny nothing and are not parsed."""
    if not _NEGATION_WRITTEN.search(text):
        return {}
    found = {}
    for token in nlp.sentence(text):
        if token.pos_ != "NOUN" or token.lemma_.lower() in IDIOMS or token.dep_ not in ("attr", "nsubj"):
            continue
        verb = token.head
        if verb.lemma_ != "be" or token.dep_ == "nsubj" and not any(c.dep_ == "expl" for c in verb.children):
            continue  # only what is said to be, or said to exist ("there is no X")
        if _supposed(verb):
            continue
        if _negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            found[token.lemma_.lower()] = (_phrase(token), _qualifiers(token))
    return {**_denied_terms(text), **found}


_NEGATION_WRITTEN = re.compile(r"\bno\b|not\b|n['’]t\b|\bnt\b|never|neither|\bnor\b", re.I)
"""Any written form of a word the parser takes for a negation ("not",
"cannot", "n't", "never", "no"): checked on 2,352 negations the parser
found in 340 PolNeAR training articles, every one of them has this form."""


_MARKED = re.compile(r"‘([^‘’]{3,40})’|(?<!\w)'([^'‘’]{3,40})'(?!\w)")
"""A term set in quotation marks inside quoted words (‘hidden fees’): the
speaker echoing someone else's word."""


def _denied_terms(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Noun lemma -> (the term, its adjectives' lemmas) for each noun term
    `text` sets in quotation marks (`_MARKED`) in a clause it negates,
    itself or by a negated "I think" above it ("we do not believe the
    board charges ‘hidden fees’"): the speaker denies another's word."""
    found = {}
    doc = nlp.sentence(text)
    for match in _MARKED.finditer(text):
        start, end = match.span(1) if match.group(1) else match.span(2)
        inside = [t for t in doc if start <= t.idx < end]
        heads = [t for t in inside if t.head not in inside or t.head.i == t.i]
        if len(heads) != 1 or heads[0].pos_ != "NOUN":
            continue
        verb = next((a for a in heads[0].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and _negated(verb) and not _supposed(verb):
            found[heads[0].lemma_.lower()] = (text[start:end], _qualifiers(heads[0]))
    return found


def _qualifiers(token) -> frozenset[str]:
    """The lemmas of the adjectives that qualify the noun `token` ("partisan" of "a partisan fight")."""
    return frozenset(c.lemma_.lower() for c in token.children if c.dep_ == "amod")


def _supposed(verb) -> bool:
    """Whether `verb`'s clause is a case supposed: under "if" or "would", or
    the outcome of one ("if there's no X, there's no Y")."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(c.lower_ in SUPPOSED and c.dep_ in ("aux", "mark") for v in clauses for c in v.children)


def _negated(verb) -> bool:
    """Whether `verb` is negated, or is the clause of a negated "I think"
    ("I don't think it is ...")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    above = verb.head
    return verb.dep_ == "ccomp" and above.lemma_.lower() in COGNITIVE and any(c.dep_ == "neg" for c in above.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in above.children)


def asserted_nouns(text: str) -> set[str]:
    """The lemmas of the nouns `text` uses in clauses it does not negate or
    suppose ("if", "would"), those it denies (`denied_nouns`) left out."""
    return set(_asserted(text))


def _asserted(text: str) -> dict[str, list[frozenset[str]]]:
    """Each noun lemma of `asserted_nouns` -> the adjectives qualifying each
    of its uses (`_qualifiers`)."""
    found: dict[str, list[frozenset[str]]] = defaultdict(list)
    for token in nlp.sentence(text):
        if token.pos_ != "NOUN" or any(c.lower_ == "no" for c in token.children):
            continue
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        words = {c.lower_ for c in verb.children} if verb is not None else set()
        if not words & (NEGATIONS | SUPPOSED):
            found[token.lemma_.lower()].append(_qualifiers(token))
    for noun in denied_nouns(text):
        found.pop(noun, None)
    return found


def _sentence_of(quote: Quote, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence `quote` opens in, when its words lie within it."""
    source = quote.sources[0]
    return next((s for s in sentences if s.source.article == source.article
                 and s.source.start <= source.start and source.end <= s.source.end), None)


def _divergence(claims: list[Claimed]) -> Divergence | None:
    """Both sides of one proposition, when two different voices take them."""
    sides = {side: _distinct([c for c in claims if c.denied is side]) for side in (False, True)}
    if not sides[False] or not sides[True]:
        return None
    if {c.voice for c in sides[False]} & {c.voice for c in sides[True]}:
        return None  # one voice on both sides: a change of mind or a misread, no dispute between two
    positions = tuple(Position(voice=c.voice, text=c.shown.text, sources=c.shown.sources,
                               label=DENIES if c.denied else ASSERTS)
                      for side in (False, True) for c in sides[side][:PER_SIDE])
    return Divergence(topic=f"Said and denied: {sides[False][0].phrase}", positions=positions, kind=KIND)


def _distinct(claims: list[Claimed]) -> list[Claimed]:
    """`claims` with one per voice (a quote reprinted is said once)."""
    return list({c.voice: c for c in reversed(claims)}.values())[::-1]


def _read_in(quote: Quote, sentence: Sentence | None) -> str | None:
    """The text whose parse `propositions` reads for `quote`: its
    `sentence`'s, else its own; None for a question, which asserts nothing."""
    if "?" in quote.text:
        return None
    return sentence.text if sentence is not None else quote.text


def propositions(quote: Quote, voice: str, sentence: Sentence | None = None) -> list[Claimed]:
    """The propositions of `quote`'s main clauses (see the module's
    docstring), read in the parse of its `sentence` when given: what a
    quoted clause is said of may follow the closing mark ("“There is not
    going to be” a price war"), its subject and negation may not."""
    if _read_in(quote, sentence) is None:
        return []
    if sentence is None:
        doc, start, end = nlp.sentence(quote.text), 0, len(quote.text)
    else:
        start = quote.sources[0].start - sentence.source.start
        doc, end = nlp.sentence(sentence.text), quote.sources[0].end - sentence.source.start
    inside = {t.i for t in doc if start <= t.idx < end}
    found = []
    for verb in _main_verbs(doc, inside):
        claimed = _proposition(verb, inside)
        if claimed:
            key, denied, phrase = claimed
            whole = sentence is not None and any(t.i not in inside for c in verb.children
                                                 if c.dep_ in OBJECTS for t in c.subtree)
            shown = Claim(text=sentence.text, sources=(sentence.source,)) if whole else \
                Claim(text=quote.text, sources=quote.sources)
            found.append(Claimed(key=key, denied=denied, voice=voice, quote=quote, phrase=phrase, shown=shown))
    return found


def _main_verbs(doc, inside: set[int]) -> list:
    """The verbs that say what the quoted words say: each verb of them that
    hangs on no other of them (or the verb "is going to" and "let it" lead
    to), and verbs joined to it or set beside it with no conjunction ("Let
    it be ... we will win")."""
    tops = [t for t in doc if t.i in inside and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
            and (t.head.i not in inside or t.head.i == t.i)]
    joined = [c for t in tops for c in t.children if c.dep_ in ("conj", "advcl", "parataxis")
              and c.pos_ in ("VERB", "AUX") and c.i in inside and not any(m.dep_ == "mark" for m in c.children)]
    return [_said_verb(v) for v in tops + joined]


def _said_verb(verb):
    """The verb below "is going to" or "let it": "be" in "there is not going
    to be a race"; `verb` itself otherwise."""
    while verb.lemma_ in DESCENDING:
        below = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        if not below:
            break
        verb = below[0]
    return verb


def _chain(verb, inside: set[int]) -> list:
    """`verb` and the quoted verbs above it it was reached through ("going"
    above "be"): their words (subject, negation, modal) belong to one clause."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head.lemma_ in DESCENDING \
            and chain[-1].head.i != chain[-1].i and chain[-1].head.i in inside:
        chain.append(chain[-1].head)
    return chain


def _proposition(verb, inside: set[int]) -> tuple[tuple[str, str, str], bool, str] | None:
    """(key, denied, the phrase of what is said) of the clause of `verb`,
    or None when it says nothing a second voice could deny, or its subject
    or negation is the writer's, outside the quoted words."""
    if verb.i not in inside:
        return None
    words = [c for v in _chain(verb, inside) for c in v.children]
    if any(w.lower_ in SUPPOSED and w.dep_ in ("aux", "mark") for w in words):
        return None
    subjects = [w for w in words if w.dep_ in ("nsubj", "nsubjpass", "expl")]
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    subject = _noun_key(subjects[0]) if subjects else None
    if subject is None or subjects[0].i not in inside or (subject == "" and verb.lemma_ != "be"):
        return None  # "we", "they": a party the words do not name; no subject: the words are a fragment
    thing = _noun_key(objects[0]) if objects else ""
    if thing is None or not (subject or thing) or (not subject and objects[0].pos_ == "ADJ"):
        return None  # "it is important": of what, the words do not say
    negations = [w for w in words if w.lower_ in NEGATIONS and w.dep_ in ("neg", "advmod")]
    negations += [c for o in objects + subjects for c in o.children if c.lower_ == "no" and c.dep_ == "det"]
    if any(w.i not in inside for w in negations):
        return None
    return (verb.lemma_.lower(), subject, thing), bool(negations), _clause_words(verb, subjects, objects, bool(subject))


def _clause_words(verb, subjects: list, objects: list, named: bool) -> str:
    """What the clause says, in its words less any negation: "price war"
    where only what is or is not is said, else "the plan will work"."""
    if not named:
        return _phrase(objects[0])
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ not in NEGATIONS]
    said = [_phrase(subjects[0])] + [t.text for t in sorted(helpers + [verb], key=lambda t: t.i)]
    return " ".join(said + ([_phrase(objects[0])] if objects else []))


def _noun_key(token) -> str | None:
    """A noun phrase by the lemmas of its head and the nouns compounded with
    it ("arm race"); "" for a word that names nothing ("it", "there"); None
    for a person's pronoun or a word no second voice could name alike."""
    if token.lower_ in DUMMY:
        return ""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    parts = [c for c in token.children if c.dep_ == "compound"] + [token]
    return " ".join(p.lemma_.lower() for p in parts)


def _phrase(token) -> str:
    """The words of a noun phrase, its determiner left out ("price war")."""
    parts = [c for c in token.children if c.dep_ in ("compound", "amod")] + [token]
    return " ".join(p.text for p in sorted(parts, key=lambda p: p.i))

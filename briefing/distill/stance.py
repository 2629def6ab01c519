"""An article's parse, sentences and quotes in; how each passage treats the
actors it names, how the article portrays each actor, and each voice's
stance readings out.

Everything is read by the target-sentiment model (`sentiment`) from the
spaCy parse the distill stage already made; no word list decides a stance.

- `read_sentiments`: every person, organization, group or place a sentence
  names is scored (negative / neutral / positive) in that sentence.  Each
  sentence also gets one reading toward its grammatical subject ("the
  relationship is on an upward trajectory"), which carries the tone of a
  sentence that names no one.  A reading made inside a quotation belongs to
  the quote's speaker; the rest are the article's own words.  Only the
  clear (non-neutral) readings are kept.  Each target is read on its
  `verdict_span` (a conceded "although ..." or conditional "if ..." clause
  at the sentence's edge left out), and a charge the sentence denies is
  not read as doubt, nor a charge or praise the target's own clause denies
  ("she is not a liar") as that charge or praise, nor a success the
  target only has to achieve ("she would have to win") as praise
  (`read_toward`).
- `portray`: one `Portrayal` per actor the article names: the mean of
  P(positive) - P(negative) over its mentions, and the sentences that show
  it most clearly.
- `read_stances`: one reading per named speaker and one for the article's
  own voice, with the passages that judge something as evidence.  Synthesis
  re-reads that evidence toward the brief's subject.

`decide(positive, negative)` turns two totals into `optimistic`,
`skeptical`, `mixed` (clear evidence both ways) or `neutral`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from typing import Iterable

import numpy as np

from ..language import nlp
from ..language.casing import headline
from ..language.labels import article_voice
from ..language.names import (KINSHIP, given_name_sex, is_role_word, is_title_word, name_words, owner, role_words,
                              without_handle)
from ..language.saying import REPORTING
from ..models import Article, Claim, Person, Portrayal, Quote, Sentence, Sentiment, Source, StanceReading
from . import sentiment, speakers
from .people import CLOSE_MARKS, OPEN_MARKS
from .quotes import MIN_STATEMENT_WORDS

ACTORS = ("PERSON", "ORG", "NORP", "GPE")
CLEAR = 0.5          # probability a non-neutral reading needs to be kept
LEANING = CLEAR / 2  # net balance of clear readings (half a clearly read sentence) a portrayal needs to lean one way
QUOTED = 0.5         # weight of a quoted reading in a portrayal: the article's own voice counts most
LONGEST = 90         # tokens: a longer "sentence" is a parse accident, not read
EVIDENCE = 2         # sentences kept per portrayal
MIN_EVIDENCE = 0.6   # total weight (one clearly read sentence) below which a voice has shown no clear judgement
SUBJECT = "<clause>"  # the target name of a reading toward a sentence's grammatical subject
REPORTED = re.compile(r"\b(say|said|says|saying|argue|argued|argues|claim|claimed|claims|told|tells|stated"
                      r"|according to|warned|warns|accused|accuses|insisted|insists|added|adds|wrote|writes"
                      r"|noted|notes|asserted|explained|explains|expressed|expresses|highlighted|highlights"
                      r"|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|reaffirmed|acknowledged|announced|urged"
                      r"|remarked|spoke|speaking|comment|commented)\b", re.I)
HEARSAY = re.compile(r"\b(alleged(?:ly)?|reportedly|purported(?:ly)?|allegations?)\b", re.I)
"""Words that put a charge in others' mouths: "arrested over alleged fraud"
reports someone's accusation.  Not enough to set a sentence aside as the
writer's view ("mistrust remains, owing to its alleged arms sales" is the
writer's own judgement); a portrayal shows such sentences last."""
_QUOTED = re.compile(r"[“\"][^”\"]{0,600}[”\"]")
_UNCLOSED = re.compile(r"[“\"][^”\"]*$")
_WORDS = re.compile(r"\w+")
_FOLLOW_ON = re.compile(r"^(he|she|they)\s+(also\s+|further\s+)?(said|added|argued|noted|stressed|warned|wrote"
                        r"|explained|believes|thinks|insisted)\b", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def read_sentiments(article: Article, doc, quotes: tuple[Quote, ...],
                    people: tuple[Person, ...] = ()) -> tuple[list, tuple[Sentiment, ...]]:
    """(every reading, the clear ones as `Sentiment`s).  A reading is
    (actor name, P(negative), P(neutral), P(positive), sentence Source, quote or None).
    `people` (the article's) tell whom "he" or "she" in a quotation stands for."""
    spans = [(s.start, s.end, q) for q in quotes for s in q.sources]
    persons = speakers.Sentences(doc, people) if people else None
    actors = _actors_by_sentence(doc)
    # A name for a kind of person ("a Dunn and a Berg") is no one "he" may stand for.
    named = sorted((ent for ents in actors.values() for ent in ents if not of_a_kind(ent)), key=lambda e: e.start_char)
    surnames = _surnames(named)
    sexes = persons.surname_sexes() if persons else {}
    owners = _shared_forms(article, people)
    readings, acting = [], []
    for sent in doc.sents:
        if len(sent) > LONGEST:
            continue
        local = _touching(spans, sent.start_char, sent.end_char)  # the only quotes a look-up below can find
        targets = _targets(sent, actors.get(sent.start, ()))
        targets += _referred(sent, local, named, {name for name, _t in targets}, surnames, sexes, persons)
        if not targets:
            continue
        source = article.source(sent.start_char, sent.end_char)
        parts = sentiment.sentence_parts(sent)
        found = read_toward(sent, [t for _n, t in targets], parts, [n != SUBJECT for n, _t in targets])
        for (name, tokens), probabilities in zip(targets, found):
            if probabilities[0] > probabilities[2] and (feels_for(tokens) if name == SUBJECT
                                                        else harmed(tokens) or pitied(tokens)):
                continue  # "the issues raised by Michael Brown's death": the harm's tone, not a verdict on him
            if introduced(tokens):
                continue  # "Ada Berg is a Cold War historian": who she is, no verdict on her
            if unreal(span_head(tokens)) or name == SUBJECT and (recalled(tokens[0]) or supposed(sent)):
                continue  # "Without the ferry crew it would have been a disaster": what did not happen
            if name != SUBJECT and _speaks(tokens, sent, local):
                continue  # "“He tried to silence me,” the journalist told ...": the speaker's tone, no verdict on them
            quote = _quote_of(tokens, name, sent, local)
            if name != SUBJECT and held_by_others(tokens):
                continue  # "There's some worry that Dunn will sell": a view the sentence says is about, not its own
            if quote is None and name != SUBJECT and held_toward(tokens):
                continue  # "parcels sent to critics of Ann Berg": the critics' stance toward her, not the writer's
            if quote is None and name != SUBJECT and _object_apart(tokens, sent, local):
                continue  # "Y called Z, and X sent a letter saying “...”": the sentence's tone is X's words, not of Z
            if quote is not None and handed_to_others(tokens, sent):
                continue  # "“The left keeps saying, ‘Dunn is a liar’ ...”": words the speaker gives others, not theirs
            if quote is not None and name != SUBJECT and speakers_own(tokens, quote):
                continue  # "Ann Berg, head of the Civic League, said “...”": her own body, not her target
            if quote is not None and name != SUBJECT and addressed(tokens, quote):
                continue  # "X sent Y a letter saying “this bill would hurt us”": said to Y, not of Y
            if quote is None and name != SUBJECT and not _grim(t for t in sent if not _refusal(t)):
                # "the council, which refused to pay": the writer tells a position; a critic's "they refuse"
                # blames, and so does the writer's own charge beside it ("disgraced, she refused to answer")
                probabilities = _unsaid(probabilities, refusing_sides(tokens))
            if quote is None:
                probabilities = _unsaid(probabilities, sum_told_sides(tokens))
            if name == SUBJECT and not local and not judging(sent):
                continue  # "The team collected blood from 90 of them": the writer's news, no verdict
            readings.append((_owner(name, tokens, owners), *map(float, probabilities), source, quote))
            acting.append(name == SUBJECT or acts(tokens))
    readings += _unnamed(article, doc, quotes, named, readings)
    acting += [True] * (len(readings) - len(acting))
    return readings, tuple(_clear(readings, acting))


MONEY_VERBS = frozenset("""raise give donate contribute spend pay earn receive collect pour invest fund power
haul amass bring""".split())
"""Verbs (general English) of raising, giving, earning or spending money: with a sum for object they tell its size."""
_FUND_OWNED = ("poss", "compound", "amod", "nmod", "appos", "conj", "cc", "flat", "npadvmod")  # whose the subject is
_BESIDE = frozenset({"advcl", "xcomp", "conj"})  # a participle or verb beside the subject's own ("top the list, giving $9m")


def sum_told_sides(tokens: list) -> set[int]:
    """The sides a reading must not take when the target is (or owns) the
    subject of a verb that, or a participle beside which, raises, gives,
    earns or spends (`MONEY_VERBS`) a sum of money for object ("the Velt
    fund raised $4 million", "two donors top the list, giving $9 million",
    "powered by $3 million in gifts, the fund became the largest"), in the
    writer's words: the size of a sum is news, not praise of who raised,
    gave or drew it, however warmly the model reads it.  Only the good side
    is set aside ({2}): a cold reading stays, for a haul set beside a
    larger one or a sum spent in vain is told to someone's cost (on BASIL
    dev, setting both sides aside turned one article's voice from mixed
    to a supportive reading its label does not share).  Else an empty set."""
    head = span_head(tokens)
    while head.dep_ in _FUND_OWNED and head.head.i != head.i:
        head = head.head  # "Velt's fund raised", "the Velt-aligned fund raised": the sum is theirs too
    if head.dep_ != "nsubj":
        return set()
    verb = head.head
    told = [verb, *(c for c in verb.children if c.dep_ in _BESIDE and c.pos_ in ("VERB", "AUX")
                    and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]  # the subject's own
    if not any(t.lemma_.lower() in MONEY_VERBS and _sum_for_object(t) for t in told):
        return set()
    return {2}


def _sum_for_object(verb) -> bool:
    """Whether `verb`'s object, or the object of a preposition it takes
    ("powered by $3 million"), is a sum of money."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [o for c in verb.children if c.dep_ in ("prep", "agent") for o in c.children if o.dep_ == "pobj"]
    return any(t.ent_type_ == "MONEY" for o in objects for t in o.subtree)


def judging(sent) -> bool:
    """Whether the sentence `sent` holds a word of a class that judges: an
    adjective, an adverb, or a negation.  A sentence of nouns, numbers and
    verbs of doing ("The team collected blood from 90 of them") tells what
    was done; the tone the model reads in it is its matter's, no verdict."""
    return any(t.pos_ in ("ADJ", "ADV") or t.dep_ == "neg" for t in sent)


def _shared_forms(article: Article, people: tuple[Person, ...]) -> dict[int, str]:
    """The start of each mention the people stage placed, written in a form
    two or more of the article's people go by ("Lind" of Tom and Ann Lind)
    -> the person it placed it with."""
    written = [(source.start, article.text[source.start:source.end], person.name)
               for person in people for source in person.sources]
    bearers: dict[str, set[str]] = defaultdict(set)
    for _start, form, name in written:
        bearers[form].add(name)
    return {start: name for start, form, name in written if len(bearers[form]) > 1}


def _owner(name: str, tokens: list, owners: dict[int, str]) -> str:
    """The full name of the article's person a name as written stands for
    at this mention (`owners`: see `_shared_forms`), where the name is a
    form of it: a surname two people of the article share ("Lind" of Tom
    Lind here, of Ann Lind there) is read as the one it means, not by the
    corpus's likeliest bearer; `name` itself otherwise."""
    for token in tokens:
        person = owners.get(token.idx)
        if person is not None:
            return person if name_words(name) <= name_words(person) else name
    return name


def _touching(spans: list, start: int, end: int) -> list:
    """The quote spans (start, end, quote) that overlap or begin in
    characters `start`..`end`, in their order: a sentence's look-ups
    (`_quote_of`, `_referred`) find nothing in the others, and an article
    with hundreds of quotes made scanning them all per reading costly."""
    return [span for span in spans if span[0] < end and span[1] > start or start <= span[0] < end]


def span_head(tokens: list):
    """The token of a name's span (or any span) that heads it: the first
    whose head lies outside the span, else its last."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


UNREAL_MODALS = frozenset({"would", "could", "might"})  # "would have been": what was not so
HAVE_CLITICS = frozenset({"'ve", "’ve"})


def unreal(token) -> bool:
    """Whether `token` (a target's head, or a sentence's subject) lies in a
    counterfactual: in a modal perfect clause ("would have been", "could
    have won": `UNREAL_MODALS` and "have" before a past participle) or in
    its condition ("Without the ferry crew, it would have been a disaster":
    the grim "disaster" did not happen, and it is the crew's credit, not
    blame; "If Ana Berg had stayed, we would have won"; "Had I been mayor,
    I would have fired you").  What the sentence reports of its speaker
    ("It would have been a disaster, Velt said") is not inside it."""
    for clause in (token, *token.ancestors):
        # The tagger takes a curly "’ve" for a noun: it is "have".
        auxes = ["have" if c.lower_ in HAVE_CLITICS else c.lemma_.lower() for c in clause.children
                 if c.dep_ in ("aux", "auxpass") or c.lower_ in HAVE_CLITICS]
        if clause.tag_ == "VBN" and "have" in auxes and any(a in UNREAL_MODALS for a in auxes):
            return True
    return False


def supposed(sent) -> bool:
    """Whether the sentence `sent` holds the outcome clause of a
    counterfactual (`unreal`): its tone, read toward no one named ("Without
    the ferry crew, it would have been a disaster - nobody could shield us"), is
    the tone of what did not happen."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and unreal(t) for t in sent)


RECALLING = frozenset({"remember", "recall", "recollect", "reminisce"})


def recalled(token) -> bool:
    """Whether `token` is the speaker ("I", "we") as the subject of a verb
    of memory (`RECALLING`): "I recall how shameful that felt and how
    bitter I became" tells what the speaker lived and felt, and its grim tone,
    read toward the speaker, is no side they take on anyone."""
    return token.lower_ in _SPEAKING and token.dep_ == "nsubj" and token.head.lemma_.lower() in RECALLING


_OWNED = ("poss", "compound", "amod", "nmod", "appos", "conj", "cc", "flat")


def acts(tokens: list) -> bool:
    """False when the actor named by `tokens` is only what something is done
    to: the subject of a passive clause ("Russia's emails were hacked"), an
    object ("must confront Russia"), or named in a phrase that qualifies a
    noun ("an attack on Russia").  Such a sentence is news about the actor,
    not a judgement of it, and does not count toward a voice's stance.  True
    otherwise: the actor acts or is described ("Russia signed", "relations
    with Russia are excellent"), or an attitude is taken toward it
    ("skeptical about Russia").  False, too, for an actor named only in
    the description of another person (`_describes_another`), or in a
    phrase of a participle qualifying a noun ("members of a club named
    after Russia's founder").  False for the subject of a clause opened by
    "for" ("asked for Norland to reopen the port"), as for the object of
    "pressed Norland to reopen the port": what is asked of an actor is no
    judgement of it.  True, though, for the object of a verb that passes a
    verdict (`PRAISING`, `BLAMING`: "Dunn accused Velt of lying"): the
    verdict is on her, and is the doer's (`judges_another_sides`)."""
    if _describes_another(tokens):
        return False
    token = span_head(tokens)
    while token.dep_ in _OWNED and token.head.i != token.i:
        token = token.head
    if passed_verdict(span_head(tokens)):
        return True  # "Dunn accused Velt of lying": a verdict passed on her, not a thing done to her
    if token.dep_ in ("nsubjpass", "dobj", "dative"):
        return False
    if token.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.head.children):
        return False
    if token.dep_ == "pobj" and token.head.dep_ != "agent":
        # A participle that qualifies a noun ("a club named after Ada Berg") is that noun's description.
        verb = token.head.head
        return verb.pos_ not in ("NOUN", "PROPN") and not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"))
    return True


def passed_verdict(token) -> bool:
    """Whether `token` is itself (not a word of what it owns) the object of
    a verb of verdict (`VERDICTS`) that has a doer and is not
    negated: "Dunn accused Velt of lying"; not "resolutions condemning
    Norland's invasion" (its invasion is judged, by the resolutions), nor
    "Dunn has not condemned Velt"."""
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_.lower() in VERDICTS \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


_QUALIFIES = ("poss", "compound", "amod", "nmod")


def _describes_another(tokens: list) -> bool:
    """Whether the actor named by `tokens` only qualifies what another
    person is ("Corey Lewandowski, Donald Trump's fired campaign manager,
    ripped ...", "Trump's campaign manager, Corey Lewandowski, ...",
    "Trump campaign manager Corey Lewandowski", or people named by their
    role, the subject of the clause: "Trump's rivals dropped out", "Trump
    delegates booed"): the
    words that follow tell of that person, never of the actor named in
    their description.
    Not a pronoun: "his second mate, Hillary Clinton" stands for an actor
    the sentence has already judged by name; nor a country or a people,
    which act through their officers ("Pakistan's President Asif Ali
    Zardari highlighted ...")."""
    token = span_head(tokens)
    if token.dep_ not in _QUALIFIES or token.pos_ == "PRON" or token.ent_type_ in ("GPE", "NORP", "LOC"):
        return False
    inside = {t.i for t in tokens}
    node = token.head
    while True:
        if node.ent_type_ == "PERSON" and node.i not in inside or any(
                child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in node.children):
            return True
        if node.pos_ == "NOUN" and node.dep_ in ("nsubj", "nsubjpass") and is_role_word(node.text) \
                and (token.dep_ == "poss" or token.dep_ == "compound" and token.ent_type_ == "PERSON"):
            # "Dunn's rivals dropped out", "Dunn delegates booed": what they did; "CIA officials" act for it
            return True
        if node.dep_ not in (*_QUALIFIES, "appos", "flat") or node.head.i == node.i:
            return False
        node = node.head


HARMS = frozenset("""death deaths killing murder slaying assassination kidnapping abduction disappearance
    injury injuries wounding beating torture mistreatment suffering plight funeral""".split())
"""Nouns of a harm someone undergoes as its victim (general English): "Michael
Brown's death", "the killing of Jamal Khashoggi".  Not an arrest or a charge:
a suspect's arrest is news of what they are accused of."""
_HARMED_BY = HARMS | {"shooting"}  # "the shooting of X" (but "X's shooting" may be X's own)


def harmed(tokens: list) -> bool:
    """Whether the actor named by `tokens` is the one a harm befalls, named as
    the owner or the "of" of a harm noun (`HARMS`): "Brown's death", "the
    killing of Khashoggi", "the Khashoggi killing".  The sentence's
    negative tone is then the harm's, never a judgement of its victim."""
    token = span_head(tokens)
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # "Jamal" of "Jamal Khashoggi", tagged apart
    head = token.head
    if token.dep_ in ("poss", "compound"):
        return head.lemma_.lower() in HARMS or head.lower_ in HARMS
    if token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in _HARMED_BY or head.head.lower_ in _HARMED_BY
    return False


def pitied(tokens: list) -> bool:
    """Whether the actor named by `tokens` is whom a person feels for: "I
    feel very badly for Gen. Flynn", "we feel so sorry for Ann Berg" (the
    object of "for" after the verb "feel", or after the adjective
    completing it, whose subject is a person).  The sorrow's negative tone
    is sympathy, never a verdict on them.  Only "feel": "she is responsible
    for Ann Berg" or "that is bad for Ann Berg" have the same shape and
    may judge."""
    token = span_head(tokens)
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "for":
        return False
    feeling = preposition.head
    if feeling.pos_ in ("ADJ", "ADV") and feeling.dep_ in ("acomp", "advmod"):
        feeling = feeling.head
    return feeling.lemma_.lower() == "feel" and any(
        child.dep_ == "nsubj" and (child.pos_ == "PRON" or child.ent_type_ == "PERSON") for child in feeling.children)


def introduced(tokens: list) -> bool:
    """Whether the sentence only says who the actor named by `tokens` is:
    the subject of "is", a role noun its one attribute, nothing judging it
    ("Ada Berg is a Cold War historian", the note under an opinion piece;
    not "Ada Berg is a brave leader" nor "... a historian who lies").  The
    tone of the words of the role ("war") is no verdict on the person."""
    token = span_head(tokens)
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "be" or any(c.dep_ in _MORE for c in verb.children):
        return False
    attributes = [c for c in verb.children if c.dep_ == "attr"]
    return len(attributes) == 1 and is_role_word(attributes[0].text) and not any(
        t.dep_ in _JUDGING for t in attributes[0].subtree if t.i != attributes[0].i)


_MORE = frozenset({"conj", "ccomp", "advcl", "acomp", "neg"})  # the verb says more than who
_JUDGING = frozenset({"amod", "acl", "relcl", "advmod"})      # words that judge the role


def feels_for(tokens: list) -> bool:
    """Whether the clause subject `tokens` is a person feeling for someone
    named ("I feel very badly for Gen. Flynn"): the sorrow is sympathy,
    not the speaker's verdict on anything."""
    feeling = tokens[0].head
    if tokens[0].dep_ != "nsubj" or feeling.lemma_.lower() != "feel":
        return False
    near = [feeling, *(t for t in feeling.children if t.dep_ in ("acomp", "advmod"))]
    return any(t.dep_ == "prep" and t.lower_ == "for" and pitied([o]) for head in near for t in head.children
               for o in t.children if o.dep_ == "pobj" and o.pos_ == "PROPN")


UNNAMED = "<unnamed>"  # the target of a quote that names no one, in a sentence naming no other actor


def _unnamed(article: Article, doc, quotes: tuple[Quote, ...], named: list, readings: list) -> list:
    """Readings of the quotes that name no actor ("This is nonsense," said X):
    the quote's tone, read toward its first word-subject (by both models:
    these readings decide where a quote stands), is taken to be about
    the actor the attributing sentence names (other than the speaker), else
    `UNNAMED` (synthesis gives it to a person the quote names by role, "the
    president", or to no one)."""
    judged = {id(q) for *_r, q in readings if q is not None and _r[0] != SUBJECT}
    found = []
    for quote in quotes:
        if not quote.speaker or not quote.sources or id(quote) in judged:
            continue
        start, end = quote.sources[0].start, quote.sources[0].end
        sent = doc.char_span(start, min(end, len(article.text)), alignment_mode="expand")
        if sent is None or len(sent.sent) > LONGEST:
            continue
        sent = sent.sent
        inside = [t for t in sent if start <= t.idx < end and not t.is_punct]
        if not inside:
            continue
        first = next((t for t in inside if t.dep_ in ("nsubj", "nsubjpass")), None)
        spoken = _judged_subject(first.head) if first is not None and first.lower_ in _SPEAKING else None
        focus = (spoken if spoken is not None and start <= spoken.idx < end else first) \
            or next((t for t in inside if t.head.i == t.i or not start <= t.head.idx < end), inside[0])
        if supposed(sent) or recalled(focus):
            continue  # the quote tells what did not happen (`unreal`) or what the speaker lived (`recalled`)
        probabilities = _unsaid(sentiment.probabilities_for(sent, [focus], sentiment.sentence_parts(sent)),
                                unlinked_sides([focus]) | wished_sides([focus]) | answered_no_sides([focus]))
        target = _nearby_actor(named, sent, quote) or UNNAMED
        found.append((target, *map(float, probabilities), article.source(sent.start_char, sent.end_char), quote))
    return found


def _nearby_actor(named: list, sent, quote: Quote) -> str | None:
    """The person, organization or group named (outside the quote, other than
    its speaker, not in a question put to them, not acting in a clause of
    its own: `_apart`) first in the quote's sentence ("X attacked Y, saying
    ...").
    Not the sentence before: on BASIL, a quote's tone given to the actor
    named there was right 3 times in 8 (18 in 21 within its sentence)."""
    speaker = set((quote.speaker or "").casefold().split())
    inside = [(s.start, s.end) for s in quote.sources]
    for ent in named:
        if not sent.start_char <= ent.start_char < sent.end_char or ent.label_ not in ("PERSON", "ORG", "NORP") \
                or any(a <= ent.start_char < b for a, b in inside) or _in_question(sent, ent.start_char) \
                or _apart(list(ent), sent, inside[0][0]) or addressed(list(ent), quote) \
                or speakers_own(list(ent), quote):
            continue  # a speaker's words judge no one who only acts in another clause, nor whom they are put to
        name = _actor_name(ent.text)
        if name and not set(name.casefold().split()) & speaker:
            return name
    return None


def _speaks(tokens: list, sent, spans: list) -> bool:
    """Whether the actor named by `tokens` is the one who speaks the
    quotation of `sent`: the subject of its verb of saying, outside the
    quotation ("“He tried to silence me,” the Mexican-born journalist told
    Fox News"), or the one a "who said" clause holding it describes
    (`_says_who`)."""
    head = span_head(tokens)
    if _says_who(head, spans):
        return True
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in REPORTING:
        return False
    if any(a <= head.idx < b for a, b, _q in spans):
        return False  # "“President Obama has said that he is determined ...,” Netanyahu said": Obama is told of
    return any(sent.start_char <= a < sent.end_char for a, _b, _q in spans)


def _says_who(head, spans: list) -> bool:
    """Whether the name headed by `head` is described by a relative clause
    of saying, with "who" for its subject, that holds a quotation of
    `spans` ("anger even from Ada Brill, who said “...”"): she is the one
    who speaks it, wherever the name stands in the sentence."""
    for clause in head.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in REPORTING \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            opens, closes = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
            if any(opens <= a < closes for a, _b, _q in spans):
                return True
    return False


def _quote_of(tokens: list, name: str, sent, spans: list) -> Quote | None:
    """The quotation a reading of the actor named by `tokens` belongs to:
    the one holding the mention, or else one quoted in the same sentence by
    someone other than the actor ("X accused Y, saying ..." is X's
    judgement of Y), unless the actor is the subject of a clause of its own
    ("Y rejected it, and X denounced the offer as “...”": X judges the
    offer, not Y)."""
    start = tokens[0].idx
    inside = next((q for a, b, q in spans if a <= start < b), None)
    if inside is not None or name == SUBJECT:
        return inside
    if _in_question(sent, start):
        return None  # "asked if Mr. Trump should ..., said, “I'll leave that to the president”"
    words = set(name.casefold().split())
    for a, _b, quote in spans:
        if sent.start_char <= a < sent.end_char and quote.speaker \
                and not words & set(quote.speaker.casefold().split()):
            return None if _apart(tokens, sent, a) else quote
    return None


CLAIM_NOUNS = frozenset("criticism claim argument charge accusation complaint narrative premise refrain".split())
"""Nouns (general English) for what others say: "the criticism is that, ‘...’"."""
_INNER_OPEN = "‘"  # a quotation inside a quotation opens with a single mark; a straight "'" may be an apostrophe
_INNER_CLOSE = re.compile(r"’(?![^\W\d_])")  # "’" not followed by a letter ("it’s" keeps its apostrophe)
_SELF = frozenset({"i", "we"})


def handed_to_others(tokens: list, sent) -> bool:
    """Whether the target (its tokens), in a quotation, lies within a
    quotation its speaker puts in others' mouths: after a single opening
    mark not yet closed, which the nearest verb of saying before it, if its
    subject is not "I" or "we" ("the left is saying, ‘...", "critics tell
    you, ‘..."), or a noun of claiming ("the criticism is that, ‘...")
    brings in.  The speaker quotes a view to answer it; its verdict
    is not theirs."""
    doc = sent.doc
    text = nlp.text_of(doc)
    at = span_head(tokens).idx
    mark = text.rfind(_INNER_OPEN, sent.start_char, at)
    if mark < 0 or _INNER_CLOSE.search(text, mark + 1, at):
        return False
    # The nearest word of saying before the mark brings it in: "the chief said ‘no’, and I said, ‘...’" is mine.
    bringing = next((t for t in reversed([t for t in sent if t.idx < mark])
                     if t.lemma_.lower() in CLAIM_NOUNS and t.pos_ == "NOUN"
                     or t.lemma_.lower() in REPORTING and t.pos_ in ("VERB", "AUX")), None)
    return bringing is not None and not any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in bringing.children)


ADDRESSING = frozenset("""tell urge ask beg implore petition lobby write email e-mail phone text message
    send""".split())
"""Verbs (general English) whose object is the one a message is put to: "urged Y", "wrote Y"."""
MESSAGES = frozenset("letter message note email e-mail memo plea appeal petition call".split())
_SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.I)


def addressed(tokens: list, quote: Quote) -> bool:
    """Whether the actor named by `tokens`, outside the quotation `quote`,
    is only the one its words are put to: the indirect object of the verb
    ("sent Y a letter"), the object of a verb of addressing ("urged Y",
    "told Y"), or the one a message is "to" ("in a letter to Y").  Words
    put to someone are most often about a third thing ("this bill would
    hurt us"); a quotation that speaks to them ("you", "your") still
    judges them."""
    head = span_head(tokens)
    if any(s.start <= head.idx < s.end for s in quote.sources) or _SECOND_PERSON.search(quote.text):
        return False
    while head.dep_ in _OWNED and head.head.i != head.i:
        head = head.head
    governor = head.head
    if head.dep_ in ("dative", "iobj"):
        return governor.pos_ in ("VERB", "AUX")
    if head.dep_ == "dobj":
        return governor.lemma_.lower() in ADDRESSING
    return head.dep_ == "pobj" and governor.lower_ == "to" \
        and (governor.head.lemma_.lower() in MESSAGES or governor.head.lemma_.lower() in ADDRESSING)


STANDING_TOWARD = frozenset("""critic opponent supporter ally rival foe adversary enemy backer detractor fan
    friend""".split())
"""Nouns (general English) of a stance toward another: "a critic of X" is no member of X."""
_DESCRIBING = frozenset({"appos", "prep", "pobj", "compound", "poss", "nmod", "amod", "conj", "cc", "flat"})


STANDING_ADJECTIVES = frozenset("critical supportive opposed hostile sympathetic loyal friendly".split())
"""Adjectives (general English) of a stance toward another: "people critical of X"."""
_TOWARD = frozenset({"of", "to", "toward", "towards"})
_SIDING = frozenset({"pro", "anti"})


def held_toward(tokens: list) -> bool:
    """Whether the actor named by `tokens` is only the one a stance is
    held toward by someone else the sentence describes: "people critical
    of X", "a critic of X", "X's detractors", "an X supporter", "pro-X
    stickers".  The tone such a sentence has toward X is the holder's
    stance, not the writer's verdict on X."""
    head = span_head(tokens)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in _TOWARD:
        holder = governor.head
        return holder.lemma_.lower() in STANDING_TOWARD or holder.lower_ in STANDING_ADJECTIVES
    if head.dep_ in ("poss", "compound") and governor.lemma_.lower() in STANDING_TOWARD:
        return True
    start = tokens[0].i
    doc = tokens[0].doc
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _SIDING


VIEW_NOUNS = frozenset("""thought concern fear worry feeling sense belief suspicion talk perception notion view
    speculation expectation hope sentiment assumption impression""".split())
"""Nouns (general English) of a view someone holds, which "there is" says is about: "there is a
feeling that ...", "there is a fear among farmers that ..."."""


def held_by_others(tokens: list) -> bool:
    """Whether the actor named by `tokens` lies in the clause of a view that
    the sentence only says is held ("There's a feeling that Berg
    cannot win", "there is a fear that Dunn will sell the mill"): a noun
    of `VIEW_NOUNS` that "there is" brings in, not denied ("there is no
    fear that ..."), whose clause the target is in.  Whose view it is the
    sentence leaves unsaid; it is no verdict of the writer's or the
    speaker's on that actor."""
    for token in span_head(tokens).ancestors:
        noun = token.head
        if token.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in VIEW_NOUNS \
                or noun.dep_ not in ("attr", "nsubj"):
            continue
        verb = noun.head
        return verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) \
            and not any(c.lower_ == "no" for c in noun.children) and not any(c.dep_ == "neg" for c in verb.children)
    return False


def speakers_own(tokens: list, quote: Quote) -> bool:
    """Whether the actor named by `tokens`, outside the quotation `quote`,
    only describes its speaker: their organization or town in an
    apposition or a title ("Ann Berg, president of the Civic League,
    said", "Tarn Mayor Ann Berg said").  The speaker's words are not about
    their own body or town."""
    head = span_head(tokens)
    if not quote.speaker or head.ent_type_ == "PERSON" or any(s.start <= head.idx < s.end for s in quote.sources):
        return False  # "husband of Ann Berg", "a critic of Mr. Dunn": a person is no one's body
    own = set(quote.speaker.casefold().split())
    if set(_actor_name(" ".join(t.text for t in tokens)).casefold().split()) & own:
        return False
    while head.dep_ in _DESCRIBING and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in STANDING_TOWARD:
            return False  # "a critic of the League": whom they stand toward, not their own
        if head.pos_ == "PROPN" and head.lower_ in own:
            return True
    return False


def _object_apart(tokens: list, sent, spans: list) -> bool:
    """Whether the actor named by `tokens` is the object of a clause apart
    (`_apart`) from the clause of a quotation in `sent` (`spans`): the
    sentence's tone is then mostly the quotation's, which is about neither
    that actor nor said by them."""
    head = span_head(tokens)
    while head.dep_ in _OWNED and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "dative", "iobj") and any(
        sent.start_char <= a < sent.end_char and _apart(tokens, sent, a) for a, _b, _q in spans)


def _apart(tokens: list, sent, opens: int) -> bool:
    """Whether the actor named by `tokens` acts in one clause and the
    quotation opening at character `opens` is said in another, joined to it
    by "and" or "but": "Y rejected it, and X denounced the offer as “...”"
    (the first clause with a subject the quotation hangs under is X's,
    coordinated with Y's).  Not apart: "Y was “a disgrace”" (the quotation
    completes Y's clause), "X said Y ..." (Y's clause is X's words), and a
    clause whose subject is a pronoun, which may be the actor ("said she
    “supports ...”").  The actor may be the subject or the object of its
    clause: "Y called Z, and X sent Z a letter saying “...”" judges no Y
    nor Z by X's words."""
    head = span_head(tokens)
    while (head.dep_ in _OWNED or head.dep_ in ("prep", "pobj")) and head.head.i != head.i:
        head = head.head  # "an executive from Norco" acts as the executive does
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "iobj") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.head  # the actor's clause, or one inside the other conjunct ("before Mr. Dunn spoke")
    token = next((t for t in sent if t.idx >= opens), None)
    while token is not None and token.i != verb.i and token.head.i != token.i:
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and token.pos_ in ("VERB", "AUX"):
            other = token.head  # the clause the quotation's is joined to holds the actor's
            return subjects[0].pos_ != "PRON" and token.dep_ == "conj" \
                and (other.i == verb.i or any(a.i == other.i for a in verb.ancestors))
        token = token.head
    return False


def _in_question(sent, start: int) -> bool:
    """Whether the token at character `start` lies in a question put to a
    speaker: a clause opened by "whether", or by "if" under "ask" ("asked
    if Mr. Trump should ..."); the speaker's answer is no judgement of
    what the question names.  A condition ("if Trump is not prepared
    ...") is the speaker's own and is not one."""
    token = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    while token is not None and token.head.i != token.i:
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if "whether" in marks or "if" in marks and token.head.lemma_ == "ask":
            return True
        token = token.head
    return False


def _actors_by_sentence(doc) -> dict[int, list]:
    """The actor entities of `doc` by the index of their sentence's first
    token, none cut out of a hyphenated name, none that only describes a
    noun (`describes`), none that is a title alone and none held up as a
    measure ("the mayor is no Olek Dunn or Ada Berg": `of_a_kind`), of
    whom nothing is said.  "Somebody like a Dunn" still judges Dunn."""
    found: dict[int, list] = defaultdict(list)
    text = nlp.text_of(doc)
    whole = {_actor_name(ent.text) for ent in doc.ents if ent.label_ in ACTORS}
    common = common_acronyms(text)
    for ent in doc.ents:
        if ent.label_ in ACTORS and not _cut_compound(text, ent.end_char) and not describes(ent) and not one_member(ent) \
                and not is_title_word(ent.text) and not of_a_kind(ent, _MEASURE) \
                and not in_marks_alone(ent, text) and ent.text not in common:  # "Lt." alone names no one
            found[ent.sent.start].append(_whole_name(ent, whole))
    return found


_PLURAL_ACRONYM = re.compile(r"\b([A-Z]{2,})s\b")


def common_acronyms(text: str) -> frozenset[str]:
    """The acronyms `text` also writes in the plural ("three super PACs",
    "two NGOs"): a kind of body, not a name, so "the PAC" or "the NGO" it
    writes elsewhere is one of a kind, not an actor of its own."""
    return frozenset(_PLURAL_ACRONYM.findall(text))


def in_marks_alone(ent, text: str) -> bool:
    """Whether `ent` is all a quotation holds (“Squawk Box”, “Harbour
    Nights,”): a programme's, a book's or a motto's title the tagger took
    for a name, not someone the article judges, nor the "he" of a quote
    after it."""
    after = text[ent.end_char:ent.end_char + 2].lstrip(",.!?")
    return ent.start_char > 0 and text[ent.start_char - 1] in OPEN_MARKS and after[:1] in CLOSE_MARKS


KINDS = frozenset({"a", "an", "no", "another", "every"})
_MEASURE = frozenset({"no"})


def of_a_kind(ent, kinds: frozenset[str] = KINDS) -> bool:
    """Whether a person's name stands for a kind of person, with one of
    the determiners `kinds` just before it, which no name takes when it
    names the one it names: "we don't always nominate a Dunn and a Berg".
    No "he" after it stands for them.  With a word between ("a topless
    Ada Berg", "an angry Dunn") it is the person, in a state."""
    if ent.label_ != "PERSON":
        return False
    token, first = ent.root, ent.start
    while not any(c.dep_ == "det" and c.lower_ in kinds and c.i == first - 1 for c in token.children):
        if token.dep_ != "conj" or token.head.i == token.i or token.head.pos_ != "PROPN":
            return False
        token = token.head  # "no Olek Dunn or Ada Berg": the determiner of the first name of the pair
        first = min([token.i] + [c.i for c in token.children if c.dep_ in ("compound", "flat")])
    return True


def _whole_name(ent, whole: set[str]):
    """`ent`, or, for a people's word the tagger cut from the proper noun
    after it ("Norlandic" of "the Norlandic Front"), the two as one span
    when the article names them so elsewhere (`whole`, its actor names):
    the name's first word alone is no actor of its own."""
    head = ent.root.head
    if ent.label_ != "NORP" or ent.root.dep_ not in ("compound", "amod") or head.i != ent.end \
            or head.pos_ != "PROPN" or head.ent_type_:
        return ent
    from spacy.tokens import Span  # here, not at import: loading the pipeline loads no spaCy

    span = Span(ent.doc, ent.start, head.i + 1, label=ent.label_)
    return span if _actor_name(span.text) in whole else ent


def describes(ent) -> bool:
    """Whether a nationality, religion or party word only describes the noun
    it modifies ("Jewish voters", "Democratic judges", "the African-American
    community"): the voters, not a group of its own, are what a sentence
    judges there."""
    root = ent.root
    return ent.label_ == "NORP" and root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" \
        and not ent.start <= root.head.i < ent.end


def one_member(ent) -> bool:
    """Whether a party, religion or nationality word in the singular names
    one member of the group or describes a name, not the group: "a
    Democrat", "an Iowa Democrat", "the ranking Republican", "Grassley,
    Republican of Iowa", "Republican Ana Ruiz".  The group itself is the
    plural ("Republicans") or a body's name ("the Republican Party")."""
    root = ent.root
    if ent.label_ != "NORP" or len(ent) != 1 or root.tag_ in ("NNPS", "NNS") or root.lower_.endswith("s"):
        return False
    return root.dep_ == "appos" or root.dep_ in ("compound", "amod") and root.head.ent_type_ == "PERSON" \
        or any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ in ("amod", "compound") and c.i < root.i
               or c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def _cut_compound(text: str, end: int) -> bool:
    """Whether an entity ending at `end` is the first part of a hyphenated
    word the tagger cut ("Chick" of "Chick-fil-A", "Obama" of "Obama-era"):
    not an actor of its own.  A pair of names ("Russia-Ukraine tensions")
    names both."""
    return text[end:end + 1] == "-" and text[end + 1:end + 2].islower()


def _targets(sent, entities) -> list[tuple[str, list]]:
    """(name, tokens) of each actor the sentence names, and of its grammatical subject."""
    found = [(_actor_name(ent.text), list(ent)) for ent in entities if _actor_name(ent.text)]
    taken = {t.i for _name, tokens in found for t in tokens}
    root = _verdict_clause(sent.root)
    subject = _judged_subject(root)
    if subject is not None and subject.i not in taken:
        found.append((SUBJECT, [subject]))
    return found


_SPEAKING = frozenset({"i", "we"})


def _judged_subject(root):
    """The grammatical subject of the clause `root`, toward which its tone
    is read.  Of a reporting verb, the subject of what it reports ("He
    warned, “I'm afraid ...”": what was said, not who said it); when the
    subject is the speaker ("I", "we") saying what they think, fear or hope
    of something named ("I'm afraid the president could be taken advantage
    of", "we believe the deal is fair"), the subject of that clause: the
    tone is about it, not about the speaker's own feeling."""
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if REPORTED.fullmatch(root.text):
        said = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if said is not None:
            return _judged_subject(said) or subject
    if subject is None or subject.lower_ not in _SPEAKING:
        return subject
    heads = [root, *(c for c in root.children if c.dep_ in ("acomp", "oprd"))]  # "I'm afraid [that] ..."
    for clause in (c for head in heads for c in head.children if c.dep_ == "ccomp"):
        named = next((t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")),
                     None)
        if named is not None:
            return named
    return subject


CONTRASTS = frozenset({"but", "yet"})


def _verdict_clause(root):
    """The clause that carries a sentence's point: in "A, but B" it is B
    (what follows the contrast), else the sentence's root clause."""
    contrasted = False
    for child in root.children:
        if child.dep_ == "cc" and child.lower_ in CONTRASTS:
            contrasted = True
        elif contrasted and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            return child
    return root


CONCEDING = frozenset({"although", "though", "whereas", "if", "unless"})
WHEN = frozenset({"after", "before", "when", "while", "as", "since", "until", "once"})  # conjunctions of time


def _set_aside(clause, inside: set[int]) -> bool:
    """Whether the adverbial clause `clause` is no part of the verdict on
    the target (its tokens' indices `inside`): a conceded or conditional
    clause ("although ...", "if ..."), or one that only dates the main
    clause by what another named actor did ("After Ivo Mark launched his
    vicious raid, Lena Dahl asked for calm": the raid's tone is Mark's)."""
    if any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in clause.children):
        return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in ACTORS and c.i not in inside for c in clause.children)


def verdict_span(sent, tokens: list):
    """The part of the sentence `sent` that says what it says of the target
    `tokens`: the sentence without a conceded or conditional clause at
    either end ("B, although C": B; "if C, B": B; "after X did C, B": B,
    see `_set_aside`), when the target lies in what is kept; else the whole
    sentence.  A conceded clause is the view the sentence sets aside, a
    conditional one what it only supposes, a clause of time another
    actor's deed: not its verdict on an actor it names outside them."""
    inside = {t.i for t in tokens}
    start, end = sent.start, sent.end
    doc = sent.doc
    for child in sent:
        if child.dep_ == "advcl" and _set_aside(child, inside):
            first, last = child.left_edge.i, child.right_edge.i + 1
            if first > start and all(t.is_punct for t in doc[last:end]):
                end = first
            elif first == start and last < end:
                start = last
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text in ",;:-–—":
        end -= 1
    if (start, end) == (sent.start, sent.end) or not inside or min(inside) < start or max(inside) >= end:
        return sent
    return doc[start:end]


def read_toward(sent, targets: list[list], parts, named: list[bool] | None = None) -> list["np.ndarray"]:
    """(negative, neutral, positive) of the sentence `sent` toward each
    target (its tokens) in `targets` (`parts`: `sentiment.sentence_parts(sent)`;
    `named`: which targets name an actor, `sentiment.readings`),
    each read on its `verdict_span`.  A charge the sentence denies ("the
    fake reports hold no grounds") is not judged negatively: its negative
    weight is moved to neutral, as rejecting a doubt is not voicing one."""
    found = sentiment.readings(sent, [(verdict_span(sent, tokens), tokens) for tokens in targets], parts, named)
    named = named or [True] * len(targets)
    # A denied predicate voids a verdict on an actor; a sentence's own tone
    # toward its subject stands ("It wasn't a random attack" is still grim).
    # The speaker's own word of feeling about a clause decides its side toward the clause's subject.
    # What the speaker hopes for ("I'd hope ...") is not yet so: its hopeful tone is no optimism.
    # What a subject is said to have done "nothing" of ("did nothing wrong") is denied, person or thing.
    return [_unsaid(np.array([0.0, probabilities[0] + probabilities[1], probabilities[2]]) if denied_charge(tokens)
                    else probabilities,
                    (negated_sides(tokens) | obliged_sides(tokens) | judges_another_sides(tokens)
                     | denied_sides(tokens) if actor else refused_sides(tokens))
                    | wished_sides(tokens)
                    | felt_sides(tokens)
                    | raised_sides(tokens)
                    | unlinked_sides(tokens)
                    | answered_no_sides(tokens)
                    | nothing_sides(tokens)
                    | supposed_sides(tokens))
            for tokens, probabilities, actor in zip(targets, found, named)]


NEG_RAISING = frozenset("think believe suppose expect imagine reckon".split())
"""Verbs whose "not" denies the clause they take: "I don't think it is a fraud" says it is no fraud."""


def raised_sides(tokens: list) -> set[int]:
    """The sides (0 negative, 2 positive) a reading of the target must not
    take because its clause is what a negated verb of opinion
    (`NEG_RAISING`) takes, and that clause's predicate holds a word of
    that valence: "I don't think the charter is propaganda" denies the
    charge its "not" hangs above; "we do not believe the plan is a
    success" denies the praise.  Else an empty set."""
    root = span_head(tokens)
    clause = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" \
            or any(c.dep_ == "neg" for c in clause.children):
        return set()
    opinion = clause.head
    if opinion.lemma_.lower() not in NEG_RAISING or not any(c.dep_ == "neg" for c in opinion.children):
        return set()
    words = [clause, *(t for c in clause.children if c.dep_ in _PREDICATE for t in _unqualified(c))]
    lexicon = sentiment.valence_lexicon()
    values = [lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) for t in words]
    return {side for side, found in ((0, any(v < 0 for v in values)), (2, any(v > 0 for v in values))) if found}


PRAISING = frozenset("""thank praise congratulate commend applaud hail laud salute compliment endorse credit
honor honour""".split())  # verbs whose good word is the speaker's verdict on their object
BLAMING = frozenset("""criticize criticise blame condemn denounce accuse fault rebuke chide castigate scold
lambaste decry deride reproach censure""".split())  # verbs whose bad word is the speaker's verdict on their object
VERDICTS = PRAISING | BLAMING
"""Verbs of passing a verdict, good or bad, on their object: the verdict
is the doer's, named ("the council praised Velt") or implied ("aides came
forward to accuse him"), not the writer's."""


def _agent_of(tokens: list):
    """The verb whose doer the target (its tokens) is: the verb of its
    subject ("Ada thanked Bo"), conjoined subjects too ("Ada and Cy
    thanked Bo"), or of a passive's "by" ("Bo was thanked by Ada"); else None."""
    token = span_head(tokens)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "nsubj":
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return token.head.head
    return None


def judges_another_sides(tokens: list) -> set[int]:
    """The side (2 positive, 0 negative) a reading of the target must not
    take because the target is the doer of a verb that passes a verdict on
    another (`PRAISING`, `BLAMING`) with an object: "Ada Berg thanked the
    crew for their courage" praises the crew, not her; "Cy Dunn blamed the
    council for the delay" is his charge against the council, no fault of
    his; so is an attack in words (`ASSAILING`, `AIMED`: "Cy Dunn slammed
    the council"), and a verdict passed by what the target issues ("Cy
    Dunn has an ad hitting Ada Berg").  The sentence's tone is the
    verdict's, and it belongs to its object.  Else an empty set."""
    verb = _agent_of(tokens)
    if verb is None:
        return set()
    # What the doer issues may pass the verdict: "Ada Berg released a statement condemning the council".
    issued = [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and a.tag_ == "VBG"]
    sides = set()
    for judging in (verb, *issued):
        objects = [c for c in judging.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        lemma = judging.lemma_.lower()
        if lemma in AIMED:
            objects = [o for o in objects if o.ent_type_ == "PERSON" or o.lower_ in _PERSONS]
        if objects:
            sides |= {2} if lemma in PRAISING else {0} if lemma in BLAMING | ASSAILING | AIMED else set()
    return sides


ASSAILING = frozenset("slam blast bash assail mock ridicule".split())
"""Verbs (general English) by which news tells of an attack in words ("Ada
Berg slammed the council"): its grim tone is aimed at the object, not at
the one who attacks."""
AIMED = frozenset({"attack", "hit"})
"""Verbs (general English) of an attack in words only when aimed at a person
("an ad hitting Ada Berg"); at a place or a thing they may be blows ("the
troops attacked the port", "the storm hit the coast")."""
_PERSONS = frozenset({"him", "her", "them"})


REFUSING = frozenset("refuse reject decline oppose resist boycott veto".split())
"""Verbs (general English) of refusing: what they tell of their doer is a position taken."""
REFUSALS = frozenset("refusal rejection opposition resistance boycott veto".split())  # their nouns


def refusing_sides(tokens: list) -> set[int]:
    """{0} (the negative side) when the target is the one who refuses or
    opposes something, in the writer's own words that make no charge of
    their own (`read_sentiments`: a critic's quoted "they refuse to talk"
    is blame, and so is "disgraced, she refused to answer"): the doer of a verb of refusing (`REFUSING`:
    "the council rejected the plan", "the council, which refused to pay",
    "the council pledged to oppose the levy", "the council met and refused
    to pay"), or the owner of a refusal
    ("the council's refusal", "the council's pledge to oppose the levy").  The verb's
    grim tone tells the position the target takes, no verdict on it.
    Else an empty set."""
    head = span_head(tokens)
    verbs = [c for c in head.children if c.dep_ == "relcl"
             and any(s.dep_ == "nsubj" and s.lower_ in ("who", "which", "that") for s in c.children)]
    agent = _agent_of(tokens)
    verbs += [agent] if agent is not None else []
    if head.dep_ == "poss":
        owned = head.head
        # "their pledge to oppose the levy": the infinitive the noun takes, however the parser hangs it.
        after = owned.doc[owned.i + 1:owned.i + 3]
        verbs += [owned, *(after[1:] if len(after) == 2 and after[0].lower_ == "to" else ())]
    for verb in verbs:
        # A verb joined to the doer's own by "and", with no subject of its own, is the doer's too
        # ("the council met and refused to pay").
        shared = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]
        said = [*shared, *(c for v in shared for c in v.children if c.dep_ in ("xcomp", "acl"))]
        if any(_refusal(t) for t in said):
            return {0}
    return set()


def _refusal(token) -> bool:
    """Whether `token` is a verb of refusing or its noun (`REFUSING`, `REFUSALS`)."""
    return token.lemma_.lower() in REFUSING or token.lemma_.lower() in REFUSALS


DENYING = frozenset("deny dispute reject refute rebut dismiss disavow repudiate contest".split())
ASKING = frozenset("ask wonder question inquire enquire".split())
_DENIED = frozenset({"dobj", "ccomp"})


def denied_sides(tokens: list) -> set[int]:
    """{0} (the negative side) when what the sentence says badly of the
    target is a charge it denies or only asks about: the target is the
    doer of a verb of denial (`DENYING`: "the council disputed claims that
    its vote was unlawful" defends the council), or is named inside what
    such a verb denies ("she rejected reports that Bo Marsh had lied") or
    inside an "if"/"whether" clause of a verb of asking ("asked if Bo
    Marsh had lied"), unless the rest of the sentence makes a charge of its
    own ("asked if he would lend it, and he was rude": the rudeness is no
    question).  A denied or questioned charge is not the writer's; its
    grim words are no verdict.  Else an empty set."""
    verb = _agent_of(tokens)
    if verb is not None and verb.lemma_.lower() in DENYING:
        return {0}
    head = span_head(tokens)
    for token in head.ancestors:
        above = token.head
        if token.dep_ in _DENIED and above.lemma_.lower() in DENYING:
            return {0}
        if token.dep_ in ("ccomp", "advcl") and above.lemma_.lower() in ASKING \
                and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children) \
                and not _grim(t for t in head.sent if t.i < token.left_edge.i or t.i > token.right_edge.i):
            return {0}
    return set()


def _grim(tokens) -> bool:
    """Whether any of `tokens` is a word of negative valence: outside the
    question, a charge the sentence itself makes ("I asked if he would
    sell it, and he was rude")."""
    lexicon = sentiment.valence_lexicon()
    return any(lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) < 0 for t in tokens
               if t.pos_ in _CONTENT)


_CONTENT = frozenset({"ADJ", "NOUN", "VERB", "ADV"})  # words that charge; an answer's "no" does not


_NO_LINK = frozenset({"nothing", "little"})  # "has nothing to do with", "has little to do with"


def unlinked_sides(tokens: list) -> set[int]:
    """{0} (the negative side) when the target is the subject of "have
    nothing (little) to do with ...": the clause denies a link ("The plan
    has nothing to do with prices", "she had nothing to do with that
    fraud"), no fault of the target, whose "nothing" the model reads as
    grim; else an empty set."""
    root = span_head(tokens)
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "have":
        return set()
    return {0} if any(c.dep_ == "dobj" and c.lower_ in _NO_LINK
                      and any(d.lemma_.lower() == "do" and any(w.lower_ == "with" for w in d.children)
                              for d in c.children)
                      for c in verb.children) else set()


def answered_no_sides(tokens: list) -> set[int]:
    """{2} (the positive side) when the target is the subject of "be" whose
    whole predicate is the answer "no" ("our ballot is no", "the club's
    answer was no"): a refusal, whose other words ("and we ask the board to
    follow us") the model may read as warm, is no praise; else an empty set."""
    root = span_head(tokens)
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return set()
    return {2} if any(c.lower_ == "no" and c.dep_ in ("attr", "acomp", "intj") and not list(c.children)
                      for c in verb.children) else set()


def _unsaid(probabilities: "np.ndarray", sides: set[int]) -> "np.ndarray":
    """(negative, neutral, positive) with the weight of the `sides` (0 the
    negative, 2 the positive) moved to neutral."""
    found = np.array(probabilities, dtype=float)
    for side in sides:
        found[1] += found[side]
        found[side] = 0.0
    return found


_PREDICATE = frozenset({"acomp", "attr", "dobj", "oprd", "xcomp", "advmod", "npadvmod"})
"""What a denied clause says of its subject: not a prepositional phrase, whose object is
the matter of what is denied ("she has not shied away from attacks": the attacks stand)."""


def negated_sides(tokens: list) -> set[int]:
    """The sides (0 negative, 2 positive) a reading of the target must not
    take because the word that would carry it is denied: the target is the
    subject of a negated clause and the clause's own predicate holds a word
    of that valence ("Ada Berg is not a liar", "she never lied": no charge;
    "he has never been a great mayor": no praise).  A side no word of the
    predicate carries stands ("she did not win" may still read as a loss)."""
    words = negated_predicate(tokens)
    if not words:
        return set()
    lexicon = sentiment.valence_lexicon()
    values = [lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) for t in words]
    return {side for side, found in ((0, any(v < 0 for v in values)), (2, any(v > 0 for v in values))) if found}


NOTHING = frozenset({"nothing"})  # an object that denies the words qualifying it: "did nothing wrong"


def nothing_sides(tokens: list) -> set[int]:
    """The sides (0 negative, 2 positive) a reading of the target must not
    take because the clause whose subject it is denies, through its object
    "nothing", the adjective that would carry it: "Ada Berg did nothing
    wrong", "she's done nothing illegal" clear her of a charge; "he has
    said nothing good" is no praise.  Only an adjective of "nothing"
    itself: the matter of an infinitive ("he did nothing to stop the
    fraud") is a charge that stands.  Else an empty set."""
    root = span_head(tokens)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    objects = [c for c in root.head.children if c.dep_ in ("dobj", "attr") and c.lower_ in NOTHING]
    words = [a for o in objects for a in o.children if a.dep_ == "amod"]
    lexicon = sentiment.valence_lexicon()
    values = [lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) for t in words]
    return {side for side, found in ((0, any(v < 0 for v in values)), (2, any(v > 0 for v in values))) if found}


def refused_sides(tokens: list) -> set[int]:
    """{0} (the negative side) when the target is the speaker ("I", "we")
    as the subject of a clause they deny whose predicate holds no word of
    negative valence and whose verb holds none of positive valence: "I
    would not swap him for any rider on the team" is a refusal, whose "not"
    the model reads as grim, no grievance; else an empty set ("we will not
    accept this outrage" keeps its side, and so does "I would not trust her
    figures": trust withheld is distrust)."""
    if tokens[0].lower_ not in _SPEAKING:
        return set()
    words = negated_predicate(tokens)
    if not words:
        return set()
    lexicon = sentiment.valence_lexicon()
    valence = [lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) for t in words]
    withheld = any(v >= _WITHHELD and t.pos_ == "VERB" for t, v in zip(words, valence))
    return set() if withheld or any(v < 0 for v in valence) else {0}


_WITHHELD = 0.3  # a denied verb this positive ("trust", "support", "accept") withholds a good: a grievance


NEEDING = frozenset({"have", "need", "ought"})  # verbs of necessity taking "to" and a verb: "has to win"
WISHING = frozenset("hope wish want expect demand insist urge".split())  # verbs whose clause says what is not yet so
OBLIGING = frozenset({"must"})  # a modal of obligation: "she must win", a demand, not a forecast ("should win")


def obliged_sides(tokens: list) -> set[int]:
    """{2} (the positive side) when the target is the subject of a verb of
    necessity (`NEEDING`) whose "to" clause holds a word of positive
    valence, or of a verb under a modal of obligation (`OBLIGING`) whose
    clause holds one: "Ada Berg would have to win the big states" tells
    what she has not done, no success of hers; "the mayor must secure a
    fair and lasting pact" is a demand made of her, no praise.  So is the
    subject of a clause another hopes, expects or demands (`WISHING`:
    "he hoped Ada Berg would be true to her word"): a good they wait for
    from her, not one she has shown.  Else an empty set.  The negative
    side stands ("she will have to resign")."""
    root = span_head(tokens)
    verb = root.head
    if root.dep_ != "nsubj":
        return set()
    if verb.dep_ in ("ccomp", "xcomp") and _wishing(verb.head):
        return {2}  # "She hoped Ada Berg would keep her word": what another hopes of her is not yet so
    if verb.lemma_.lower() in NEEDING:
        needed = [t for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                  for t in _unqualified(c)]
    elif any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in verb.children):
        needed = [verb, *(t for c in verb.children if c.dep_ not in ("nsubj", "prep", "aux", "neg")
                          for t in _unqualified(c))]
    else:
        return set()
    lexicon = sentiment.valence_lexicon()
    return {2} if any(lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) > 0 for t in needed) else set()


def wished_sides(tokens: list) -> set[int]:
    """{2} (the positive side) when the target, a clause's subject, is the
    speaker ("I", "we", whether read as the clause's tone or, in a quote,
    as the speaker by name) wishing something (`WISHING`, but "expect": an
    expectation is a forecast), or the subject of the clause the speaker
    wishes: "I'd hope readers take the survey to heart", "we want the board
    to listen" say what the speaker waits for, not that it will come, and
    their hopeful tone is no optimism.  A wish that a person it names
    act ("I hope she runs") backs them, and its tone stands.  Else an
    empty set: the negative side stands ("I hope it is not too late"
    still fears)."""
    root = span_head(tokens)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verb = root.head
    if root.lower_ in _SPEAKING and _hoping(verb):
        return set() if _hoped_of_someone(verb) else {2}
    wisher = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if wisher is not None and _hoping(wisher) \
            and any(c.dep_ == "nsubj" and c.lower_ in _SPEAKING for c in wisher.children):
        return {2}
    return set()


_SOMEONE = frozenset("he she they him her them".split())


def _hoped_of_someone(verb) -> bool:
    """Whether what the speaker wishes (`verb`) is an act of a person it
    names ("I hope he runs", "we want Ada Berg to stay"): a backing of
    them, which the tone shows, not a wish of how things turn out."""
    wished = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    doers = [t for c in wished for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
    doers += [c for c in verb.children if c.dep_ == "dobj"]
    return any(t.pos_ == "PROPN" or t.lower_ in _SOMEONE for t in doers)


def _hoping(token) -> bool:
    """Whether `token` is a verb of `WISHING` other than "expect"."""
    return _wishing(token) and token.lemma_.lower() != "expect" and not token.lower_.startswith("expect")


def _wishing(token) -> bool:
    """Whether `token` is a verb of `WISHING`, by its lemma or, where the
    tagger's lemma is wrong ("hoped" as "hop"), by its inflected form."""
    word = token.lower_
    stems = {word, word.removesuffix("s"), word.removesuffix("ed"), word.removesuffix("d"), word.removesuffix("ing"),
             word.removesuffix("ing") + "e"}
    return token.pos_ in ("VERB", "AUX") and (token.lemma_.lower() in WISHING or bool(stems & WISHING))


def felt_sides(tokens: list) -> set[int]:
    """The side (0 negative, 2 positive) a reading of the target must not
    take because the speaker ("I", "we") says how they feel about what the
    target's clause tells, in a word of the other valence: "We are
    delighted that the tribunal has recognised the grave dangers" is glad
    of the tribunal, however grim the dangers it recognised ({0}); "I am
    sad that the council approved the plan" is no praise of the council
    ({2}).  An empty set when no speaker's feeling governs the clause, or
    a verb does ("we want ...", "I hope ...": what is wished is not so)."""
    root = span_head(tokens)
    clause = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return set()
    # The adjective completing "be" ("we are delighted that ..."), never a verb of wanting
    # ("we want elections not to be appointments"), which says what is not so.
    feeling = clause.head
    holder = feeling.head
    if feeling.dep_ not in ("acomp", "oprd") or not any(c.dep_ == "nsubj" and c.lower_ in _SPEAKING
                                                        for c in holder.children):
        return set()
    lexicon = sentiment.valence_lexicon()
    value = lexicon.get(feeling.lower_, lexicon.get(feeling.lemma_.lower(), 0.0))
    return {0} if value > 0 else {2} if value < 0 else set()


def negated_predicate(tokens: list) -> list:
    """The verb and complements of the clause whose subject is the target,
    when a negation of its own ("not", "n't", "never") denies them; else
    [].  "Not only ..." affirms.  Neither a prepositional phrase nor a
    phrasal verb's own word is what is denied (`_PREDICATE`)."""
    root = span_head(tokens)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = root.head
    negations = [c for c in verb.children if c.dep_ == "neg"]
    doc = verb.doc
    if not negations or all(n.i + 1 < len(doc) and doc[n.i + 1].lower_ == "only" for n in negations):
        return []
    # A phrasal verb's sense is not its verb's ("has not shied away from ..." is no denial of shyness).
    phrasal = any(c.dep_ == "prt" or c.dep_ == "advmod" and any(g.dep_ == "prep" for g in c.children)
                  for c in verb.children)  # "shy away from", "back down"
    return [*([] if phrasal else [verb]),
            *(t for c in verb.children if c.dep_ in _PREDICATE for t in _unqualified(c))]


SUPPOSING = frozenset({"if", "unless"})


def supposed_sides(tokens: list) -> set[int]:
    """The sides (0 negative, 2 positive) a reading of the target must not
    take because the word that would carry it is only supposed: the target
    is the subject of a conditional clause ("if", "unless") whose own
    predicate holds a word of that valence, turned by a negation of its
    own ("If Ada Berg is a liar, ...", "if Ivo Tamm is not honest, then
    ..."): the speaker puts the case, not the charge.  A quality the
    clause denies its subject ("if Tamm is not legitimate") is supposed
    whatever its word, whose valence the lexicon may not know.  What the
    main clause says follows from the case ("If Tamm wins, it will be a
    disaster") stands: no word of the conditional clause carries it."""
    root = span_head(tokens)
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in verb.children):
        return set()
    words = [verb, *(t for c in verb.children if c.dep_ in _PREDICATE for t in _unqualified(c))]
    lexicon = sentiment.valence_lexicon()
    values = [lexicon.get(t.lower_, lexicon.get(t.lemma_.lower(), 0.0)) for t in words]
    if any(c.dep_ == "neg" for c in verb.children):
        if verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children):
            return {0, 2}
        values = [-v for v in values]
    return {side for side, found in ((0, any(v < 0 for v in values)), (2, any(v > 0 for v in values))) if found}


def _unqualified(token) -> list:
    """`token` and the words under it but its prepositional phrases."""
    return [token, *(t for c in token.children if c.dep_ != "prep" for t in _unqualified(c))]


def denied_charge(tokens: list) -> bool:
    """True when the target is the subject of a clause that denies it and
    it, or a word before it in its phrase, is a word of negative valence:
    "the fake reports hold no credible grounds", "these fears are not
    justified"."""
    root = span_head(tokens)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lexicon = sentiment.valence_lexicon()
    if not any(lexicon.get(t.lower_, 0.0) < 0 for t in root.subtree if t.i <= root.i):
        return False
    verb = root.head
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("dobj", "attr") and any(d.lower_ in ("no", "little") and d.dep_ == "det" for d in c.children)
        for c in verb.children)


def _referred(sent, spans: list, named: list, taken: set, surnames: frozenset[str] = frozenset(),
              sexes: dict[str, str] | None = None, persons=None) -> list[tuple[str, list]]:
    """(name, [pronoun]) for the actor a quotation speaks of by pronoun
    ("he is wrong", "I take responsibility"): "I" is its speaker, "he" or
    "she" the last person named before it, "they" the last group or
    organization; the speaker is never their own "he" (the person named
    before them is), and "he" is no one the article calls "Ms." (nor
    "she" anyone it calls "Mr.").  In a quotation whose speaker is not known,
    "he" and "she" stand for no one: they might be the speaker.  On BASIL
    (all 68 stories, quotes placed toward an actor that the labels name),
    passing over the speaker placed 3 more quotes on the even stories, 2 of
    them right."""
    found = []
    if not spans:
        return found  # no quotation in the sentence: no pronoun in one
    lower, dep = nlp.column(sent.doc, "LOWER"), nlp.column(sent.doc, "DEP")
    for i in range(sent.start, sent.end):
        group = PRONOUNS.get(lower[i])
        if group is None or dep[i] not in ("nsubj", "nsubjpass", "dobj", "poss", "pobj"):
            continue  # tested first: the quote look-up below scans every quote
        token = sent.doc[i]
        piece = next(((a, q) for a, b, q in spans if a <= token.idx < b), None)
        if piece is None:
            continue
        opens, quote = piece
        if group == "PERSON" and quote.speaker is None:
            continue  # "“He tried to silence me,” the journalist told ...": with no speaker known, "he" may be them
        guessed = group == "PERSON"  # read by salience or as the last named, not as the quote itself says
        if group == "speaker":
            name = quote.speaker
        elif group == "PERSON":
            name = _said_of(sent, quote)
            own = None if name else _speakers_own_before(token, opens, speakers.PRONOUN_SEX.get(lower[i]))
            if own is not None:
                name = _kin_named(own, quote.speaker, persons)
                if name is None:
                    continue  # "I admire my sister, yet she errs": the sister, whom no name here tells
            name = name or _described_before(token, opens, quote, persons)
            guessed = name is None
            name = name or _salient(persons, token, opens, quote, speakers.PRONOUN_SEX.get(lower[i]))
        else:
            name = None
        if name and any(_speaker_themselves(name, t.casefold()) for t in taken):
            continue  # "Chairman Ryan's budget ... his favourite", "Ryan said: “I ...”": Ryan is read once, by name
            # (one sharing only his surname is someone else: "Ida Marsh wrote: “my sister ... she”" reads Eva Marsh)
        if name is None and group == "GROUP" and _bound_before(token):
            continue  # "“People fear what they cannot see”": the people, whom no name tells
        if name is None and group != "speaker":
            other_sex = {s: x for s, x in (sexes or {}).items() if x != speakers.PRONOUN_SEX.get(lower[i])}
            name = _last_named(named, token.idx, group, quote, surnames, other_sex, persons,
                               speakers.PRONOUN_SEX.get(lower[i]))
        if name and guessed and _described_otherwise(token, name, persons):
            continue  # "That nurse, I wish she had called us": the nurse, not the man named last
        if name and name not in taken:
            taken.add(name)
            found.append((name, [token]))
    return found


def _bound_before(pronoun) -> bool:
    """Whether "they" (`pronoun`) stands for a plural common noun, no
    name's word, that is a subject before it in its own sentence: "People
    fear what they cannot see", "Farmers say they were never asked".
    The group named last before the sentence is not whom it means."""
    return any(t.tag_ == "NNS" and not t.ent_type_ and t.dep_ in ("nsubj", "nsubjpass") and t.i < pronoun.i
               for t in pronoun.sent)


PRONOUNS = {"i": "speaker", "me": "speaker", "my": "speaker", "he": "PERSON", "him": "PERSON",
            "his": "PERSON", "she": "PERSON", "her": "PERSON", "they": "GROUP", "them": "GROUP",
            "their": "GROUP"}
REACH = 600  # characters back a pronoun's actor may be named


def _said_of(sent, quote: Quote) -> str | None:
    """The person the sentence says its quotation is said of: "“Well, he
    was a poor candidate,” Dunn said of Berg." is about Berg, whom "he"
    stands for.  None when it says of no one, or of several."""
    spans = [(s.start, s.end) for s in quote.sources]
    found = {_actor_name(ent.text) for ent in sent.ents if ent.label_ == "PERSON"
             and not any(a <= ent.start_char < b for a, b in spans)
             and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of"
             and ent.root.head.head.lemma_.lower() in REPORTING}
    return found.pop() if len(found) == 1 else None


OWN = frozenset({"my", "our"})
PERSON_NOUNS = frozenset("""friend colleague boss partner neighbor neighbour opponent rival client lawyer doctor
    teacher child kid""".split())
"""Nouns for a person (general English) a speaker may call their own: "my friend"."""


def _speakers_own_before(pronoun, opens: int, sex: str | None):
    """The noun with "my" or "our" by which the quotation, between where it
    opens (offset `opens`) and "he" or "she" (`pronoun`), speaks of a person
    of the speaker's own ("I admire my sister, yet she errs"), else None:
    the pronoun is most likely that one, whom the noun alone does not name.
    A kinship noun of the other sex than the pronoun's `sex` ("my brother
    ... she") is no one it stands for."""
    doc = pronoun.doc
    start = pronoun.i
    while start > 0 and doc[start - 1].idx >= opens:
        start -= 1
    return next((t for t in doc[start:pronoun.i]
                 if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.lower_ in OWN for c in t.children)
                 and (t.lower_ in PERSON_NOUNS or is_role_word(t.text) or t.lower_ in KINSHIP)
                 and KINSHIP.get(t.lower_) in (None, "?", sex)), None)


SIBLINGS = frozenset({"sister", "brother"})
"""Kin each of whom is the other's: "A, the sister of B" makes B one of A's siblings."""


def _kin_named(noun, speaker: str | None, persons) -> str | None:
    """The one person the article itself calls the speaker's `noun` ("my
    sister" of a quotation): "Y, the speaker's sister", "the speaker's sister
    Y", or, for a sibling, "the speaker, the younger sister of Y"; None when
    the article does not say, or says it of more than one."""
    if not speaker or persons is None:
        return None
    wanted = noun.lower_
    kin = SIBLINGS if wanted in SIBLINGS else {wanted}
    found = set()
    for token in persons.doc:
        if token.lower_ not in kin and token.lemma_.lower() not in kin:
            continue
        found |= _kin_of(token, speaker, persons, wanted)
    return found.pop() if len(found) == 1 else None


def _kin_of(token, speaker: str, persons, wanted: str) -> set[str]:
    """The people the kinship noun `token` ties to `speaker`: its owner or
    the name beside it is the speaker and the name beside it or its owner
    the other (only a noun that is `wanted` itself may name the one it
    stands beside)."""
    def person(t):
        found = persons.person_at(t.idx, t.idx + len(t.text)) if t.pos_ == "PROPN" else None
        return found.name if found else None

    owners = {person(c) for c in token.children if c.dep_ == "poss"}
    of = {person(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
          if g.dep_ == "pobj"}
    beside = {person(token.head)} if token.dep_ == "appos" else set()
    beside |= {person(c) for c in token.children if c.dep_ in ("appos", "compound")}
    own = speaker.casefold()
    if any(name and _speaker_themselves(name, own) for name in owners | of):
        return {n for n in beside if n and not _speaker_themselves(n, own)} if token.lower_ == wanted else set()
    if any(name and _speaker_themselves(name, own) for name in beside):
        return {n for n in owners | of if n and not _speaker_themselves(n, own)}
    return set()


def _described_before(pronoun, opens: int, quote: Quote, persons=None) -> str | None:
    """The person the quotation itself names by role before "he" or "she"
    ("I believe the president's Christian -- he says he's Christian"): the
    last description between where it opens (offset `opens`, perhaps
    sentences back) and the pronoun that fits one person of the article
    (`_roles_named`), not its speaker; None when there is none."""
    doc = pronoun.doc
    start = pronoun.i
    while start > 0 and doc[start - 1].idx >= opens:
        start -= 1
    named = _roles_named(doc[start:pronoun.i], persons, quote.speaker or "")
    return named[-1] if named else None


_POINTING = frozenset({"the", "this", "that"})  # determiners that point at one person ("a" brings in a kind)
DESCRIBED_REACH = 60  # tokens back, within the paragraph, a described person may be what "he" or "she" stands for


def _described_otherwise(pronoun, name: str, persons=None) -> bool:
    """Whether the quotation, before "he" or "she" (`pronoun`), points at
    a person by a role (`_pointed_description`) that the article gives
    someone else among its people (`persons`) and not `name`, the person
    salience or the last name would make the pronoun stand for: in
    "“That nurse, I wish she had called us first”", after a nurse and
    the patient she treated were both named, "she" is the nurse, not the
    man named last.  A role that fits no one else ("the Russian
    president" where no one else is Russian) leaves the reading as it was."""
    noun = _pointed_description(pronoun)
    if noun is None or persons is None:
        return False
    wanted = role_words(" ".join(t.text for t in sorted([noun, *_role_modifiers(noun)], key=lambda t: t.i)))

    def fits(person) -> bool:
        roles = {person.role, *(role.text for role in person.roles), *persons.titles.get(id(person), ())}
        return any(wanted <= role_words(role) for role in roles if role)

    return not any(fits(p) for p in persons.people if p.name == name) \
        and any(fits(p) for p in persons.people if p.name != name)


def _role_modifiers(noun) -> list:
    """The words before a role noun that say which role it is ("police" of
    "police officer", "Russian" of "the Russian president"), not an
    adjective that only describes ("young", "greatest")."""
    return [c for c in noun.children if c.i < noun.i
            and (c.dep_ == "compound" or c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE", "ORG"))]


def _pointed_description(pronoun):
    """The role noun by which a quotation in the paragraph points at one
    person ("the", "this", "that": "That nurse, I wish she had called us
    first") nearest before "he" or "she" (`pronoun`), within
    `DESCRIBED_REACH` tokens, not a predicate of another ("Eric is a good
    friend") nor a title beside a name; None when there is none, or a name
    stands nearer (it may be the one meant).  Only within quotation marks:
    the writer's "a spokesman for her" may be the speaker."""
    doc = pronoun.doc
    text = nlp.text_of(doc)
    for t in reversed(doc[max(0, pronoun.i - DESCRIBED_REACH):pronoun.i]):
        if "\n" in t.text or "\n" in t.whitespace_ or t.ent_type_ == "PERSON":
            return None
        if t.tag_ == "NN" and (is_role_word(t.text) or t.lower_ in PERSON_NOUNS) \
                and t.dep_ not in ("attr", "appos", "oprd") \
                and any(c.dep_ == "det" and c.lower_ in _POINTING for c in t.children) \
                and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in t.children) \
                and not (t.dep_ == "compound" and t.head.pos_ == "PROPN") \
                and _UNCLOSED.search(text[text.rfind("\n", 0, t.idx) + 1:t.idx]):
            return t
    return None


def _roles_named(tokens, persons, speaker: str) -> list[str]:
    """The people of the article (`persons`) that `tokens` name by a
    description ("the prime minister", "the judge's"), in order; none
    without `persons`, and never the `speaker`."""
    if persons is None:
        return []
    own = set(speaker.casefold().split())
    found = []
    for token in tokens:
        if token.pos_ == "NOUN" and any(child.lower_ == "the" for child in token.children) \
                and is_role_word(token.text):
            person = persons.described(speakers.noun_phrase(token.doc, token).text, token.idx)
            if person is not None and not set(person.name.casefold().split()) & own:
                found.append(person.name)
    return found


def _salient(persons, pronoun, opens: int, quote: Quote, sex: str | None = None) -> str | None:
    """The person "he" or "she" in a quotation stands for, read back from
    where the quotation opens by salience (`speakers.Sentences.antecedent`:
    the subject of a sentence before the person merely named last, never
    one of the other sex, nor one whose given name is of the other sex than
    the pronoun's `sex`); not its speaker; None when the article's people
    do not tell."""
    if persons is None:
        return None
    person = persons.antecedent(pronoun, opens)
    if person is None or _speaker_themselves(person.name, (quote.speaker or "").casefold()) \
            or _of_the_other_sex(person.name, sex):
        return None
    return person.name


def _speaker_themselves(name: str, speaker: str) -> bool:
    """Whether `name` may be the speaker (case-folded `speaker`) under
    another form: all its words are the speaker's, or all the speaker's
    are its ("Berg", "Ann Berg" for Ann Berg).  One who only shares the
    speaker's surname is family ("Tom Berg", named before his wife says
    “he loves you”), not the speaker."""
    words, own = set(name.casefold().split()), set(speaker.split())
    return bool(words and own) and (words <= own or own <= words)


def _last_named(named: list, offset: int, group: str, quote: Quote,
                surnames: frozenset[str] = frozenset(), other_sex: dict[str, str] | None = None,
                persons=None, sex: str | None = None) -> str | None:
    """The actor of kind `group` named last before `offset` (within `REACH`),
    outside the quotation, passing over its speaker and the people whose
    surname is in `other_sex`, or whose given name is (written alone too,
    `_given_alone`), of the other sex than the pronoun's (`sex`).  None for a person
    whose sentence also names another (`_rivals`, with the article's
    `persons`): "he" could be either."""
    labels = ("PERSON",) if group == "PERSON" else ("NORP", "ORG")
    speaker = (quote.speaker or "").casefold()
    inside = [(s.start, s.end) for s in quote.sources]
    before = bisect_left(named, offset, key=lambda e: e.start_char)
    for ent in reversed(named[max(0, before - 20):before]):
        if any(a <= ent.start_char < b for a, b in inside):
            continue
        if ent.start_char < offset - REACH:
            return None
        if ent.label_ in labels:
            name = _actor_name(ent.text)
            if _speaker_themselves(name, speaker):
                continue  # a speaker is not their own "he": the person named before them is
            if group == "PERSON" and _speakers_hearer(list(ent), quote):
                continue  # "“…,” Berg told Ola Dunn. “He should pay”": Dunn is "you" to her, not "he"
            if group == "PERSON" and (other_sex and ent.text.split()[-1] in other_sex
                                      or _of_the_other_sex(name, sex) or _given_alone(name, sex, surnames)):
                continue  # "He could not give a good answer" is not Ms. Pelosi's
            if group != "PERSON" and name in surnames:
                continue  # "Bunch" tagged an organization once is still Kristine Bunch, never "they"
            if group != "PERSON" and _unnamed_body_between(ent, offset):
                return None  # "… research at a tailoring firm. “… they threw it out”": the firm, unnamed
            if group == "PERSON" and (_rivals(ent, name, speaker, inside, other_sex or {}, persons)
                                      or _another_he(ent) or _unnamed_speaker_between(ent, offset)):
                return None
            return name
    return None


def _speakers_hearer(tokens: list, quote: Quote) -> bool:
    """Whether the person named by `tokens`, outside the quotation `quote`,
    is the one its speaker speaks to: the object of a verb of addressing
    ("Ann Berg told Ola Dunn", "told the Gazette's Ola Dunn") or of "to"
    after a verb of saying ("Berg said to Dunn"), whose subject is the
    speaker by name.  One spoken to is "you" to the speaker, never "he" or
    "she": a "he" of the quotation is someone else (an interviewer is not
    the one the interviewee blames)."""
    head = span_head(tokens)
    if not quote.speaker or any(s.start <= head.idx < s.end for s in quote.sources):
        return False
    while head.dep_ in _OWNED and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
        addressing = verb.lemma_.lower() in REPORTING or verb.lemma_.lower() in ADDRESSING
    else:
        addressing = head.dep_ in ("dobj", "dative", "iobj") and verb.lemma_.lower() in ADDRESSING
    own = set(quote.speaker.casefold().split())
    return addressing and any(c.dep_ == "nsubj" and c.lower_ in own for c in verb.children)


def _of_the_other_sex(name: str, sex: str | None) -> bool:
    """Whether the full name `name` has a given name news uses for the
    other sex than `sex` ("m" or "f", the pronoun's): "Ann Berg" is no
    "him".  A surname two people share ("Clinton") tells neither's sex,
    the given name does."""
    words = name.split()
    return len(words) > 1 and sex is not None and given_name_sex(words[0]) not in (None, sex)


def _unnamed_speaker_between(ent, offset: int) -> bool:
    """Whether someone unnamed speaks between the person `ent` and the
    pronoun at `offset` ("… a guard told me to leave it. I asked if he
    would sell it"): "he" is as likely that one, whom the brief cannot
    name, as the person named before.  An unnamed speaker is a noun with
    "a" or "an" that is the subject of a verb of saying, told inside a
    quotation (the speaker's own story); one the article introduces ("a
    spokesman for her said she ...") is most often the quotation's speaker."""
    text = nlp.text_of(ent.doc)
    return any(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in REPORTING
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               and _UNCLOSED.search(text[text.rfind("\n", 0, t.idx) + 1:t.idx])
               for t in ent.doc.char_span(ent.end_char, offset, alignment_mode="contract") or ())


BODY_NOUNS = frozenset("""company firm agency organization organisation group team club network studio
    party coalition alliance union association institute foundation department office administration
    government board council committee staff museum school university hospital shop store""".split())
"""Common nouns (general English) for a body of people, which "they" can stand for."""


def _unnamed_body_between(ent, offset: int) -> bool:
    """Whether a body brought in by a common noun (`BODY_NOUNS`, with "a":
    "a tailoring firm", "a museum"), no name's word, stands between the
    organization or group `ent` and the pronoun at `offset`: "they" is as
    likely that body, which the brief cannot name, as the one named before it
    ("Berg once worked for Acme Films. He found the coat at a costume
    firm: “they were throwing it out”" is the firm, not Acme Films).  Not
    one in the sentence naming `ent`: "Dunn said Acme had turned into a
    political party" describes Acme, whom "they" still stands for."""
    return any(t.pos_ == "NOUN" and not t.ent_type_ and t.dep_ != "compound" and t.lemma_.lower() in BODY_NOUNS
               and any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in t.children)
               and t.sent.start != ent.sent.start  # in the name's own sentence, most often what it became or is
               for t in ent.doc.char_span(ent.end_char, offset, alignment_mode="contract") or ())


_INTRODUCING = frozenset({"a", "an", "another"})  # "a firm" brings in a new body; "the firm" most often names one again


def _another_he(ent) -> bool:
    """Whether the clause naming the person `ent` is a quotation's with
    "he" or "she" for a subject before the name, which then stands for
    someone else ("“He's what we've waited for since Ann Dunn”": not Dunn,
    who is only the measure): a later "he" of the quotes may be either.
    Not the narrator's "he" ("He took a swipe at Ann Dunn"), who is the
    speaker the next quotation is heard from, never its "he"."""
    text, opens = nlp.text_of(ent.doc), ent.sent.start_char
    return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and t.i < ent.start
               and t.head.left_edge.i <= ent.root.i <= t.head.right_edge.i
               and _UNCLOSED.search(text[opens:t.idx]) for t in ent.sent)


def _given_alone(name: str, sex: str | None, surnames: frozenset[str]) -> bool:
    """Whether `name` is one word news uses as a given name of the other
    sex than `sex` and no full name of the article ends in it: "Janet"
    alone is a woman's first name, no "he"; "Warren" where the article
    names Ann Warren is her surname, which tells no sex."""
    return " " not in name and name not in surnames and sex is not None \
        and given_name_sex(name) not in (None, sex)


def _rivals(ent, name: str, speaker: str, inside: list[tuple[int, int]], other_sex: dict[str, str],
            persons=None) -> bool:
    """Whether the sentence naming `ent` (the person `name`) also names
    another person "he" or "she" could stand for: by name, or by a role
    the article gives someone else ("the prime minister", found through
    `persons`).  The quotation's speaker, its own words (`inside`) and the
    people of the pronoun's other sex are no rivals.  “We offered the prime
    minister an opportunity to balance the ... invitation from Speaker
    Boehner” leaves "His refusal to meet" in the next quotation to either."""
    own = set(name.casefold().split()) | set(speaker.split())
    for other in ent.sent.ents:
        if other.label_ == "PERSON" and other.start_char != ent.start_char \
                and not any(a <= other.start_char < b for a, b in inside) \
                and not set(_actor_name(other.text).casefold().split()) & own \
                and other.text.split()[-1] not in other_sex:
            return True
    outside = [t for t in ent.sent if not any(a <= t.idx < b for a, b in inside)]
    return any(not set(other.casefold().split()) & own for other in _roles_named(outside, persons, speaker))


def _surnames(named: list) -> frozenset[str]:
    """The last words of the full names of people the article names."""
    return frozenset(ent.text.split()[-1] for ent in named
                     if ent.label_ == "PERSON" and len(ent.text.split()) > 1)


def _actor_name(text: str) -> str:
    """An entity's text as an actor name: no leading "the", no possessive,
    and only the owner, when a full name, of a possessive inside it ("Mitt
    Romney's Medicare" is Mitt Romney: what is said of his Medicare plan
    judges him).  A handle run into the name is dropped ("Ada Berg
    (@adaberg" is Ada Berg): a signature, no actor of its own."""
    name = " ".join(without_handle(text).split())
    name = name[4:] if name.lower().startswith("the ") else name
    owned_by = owner(name)
    if owned_by != name and len(owned_by.split()) >= 2:  # a full name owns it; "People's Republic" is a name
        name = owned_by
    return _POSSESSIVE.sub("", name)


def _clear(readings: list, acting: list[bool]) -> Iterable[Sentiment]:
    for (name, negative, _neutral, positive, source, quote), active in zip(readings, acting):
        if max(negative, positive) >= CLEAR:
            label, score = ("positive", positive) if positive > negative else ("negative", negative)
            yield Sentiment(target=name, label=label, score=round(score, 3), source=source,
                            voice=quote.speaker if quote else None, quote=quote.text if quote else None,
                            acts=active)


def places(doc) -> frozenset[str]:
    """The actor names `doc` only ever tags as places (GPE): "Helsinki",
    "Mo.".  They are read (a country can be the subject), not portrayed."""
    return frozenset(name for name, labels in _labels(doc).items() if labels == {"GPE"})


def modifiers(doc) -> frozenset[str]:
    """The actor names `doc` only ever uses as adjectives ("Russian troops",
    "east Ukrainian cities", "Russian President Vladimir Putin"; a
    nationality the tagger calls a noun before another noun, "the
    Franco-Dutch accord"): they describe an actor, they are none, and have
    no column in the grid."""
    used: dict[str, set[bool]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ in ACTORS:
            used[_actor_name(ent.text)].add(ent.root.pos_ == "ADJ" or _nationality_before_noun(ent))
    return frozenset(name for name, kinds in used.items() if kinds == {True})


def _nationality_before_noun(ent) -> bool:
    """Whether a nationality or group name modifies the noun after it
    ("Franco-Dutch relations", "the Dutch-German Trade Pact"), the way an
    adjective does, though the tagger calls it a proper noun."""
    root = ent.root
    return ent.label_ == "NORP" and root.dep_ in ("amod", "compound") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i > root.i


def unvouched(doc, people) -> tuple[str, ...]:
    """The actor names `doc` only ever tags as a person that share no word
    with a person the article names (`people`, from people.find_people):
    names the people stage found no support for ("Lyin", "Momma",
    "Twitter"; a bare "Obama" in an article that never names him in full
    or with a title), sorted."""
    known = {word for person in people for form in (person.name, *person.aliases) for word in form.casefold().split()}
    return tuple(sorted(name for name, labels in _labels(doc).items()
                        if labels == {"PERSON"} and not set(name.casefold().split()) & known))


def acting(doc, quotes: tuple[Quote, ...]) -> tuple[str, ...]:
    """The organization, place and group names `doc` shows acting, sorted:
    the subject of a clause ("the FBI declined"), an owner ("Congress's
    vote"), the agent of a passive ("blocked by the Senate"), or a quote's
    speaker.  A name only ever acted upon or in passing ("by using ELISA",
    "in Sierra Leone"), only described by a copula (but a group of people:
    `_people`), owning only a place's part or a condition's name
    (`_owns`), the subject only of what it is let or asked to do ("allow
    expatriates to settle": `_only_wanted`), or read in a line all in
    capitals, is no actor of the story."""
    found = {q.speaker for q in quotes if q.speaker}
    for ent in doc.ents:
        if ent.label_ in ACTORS and ent.label_ != "PERSON" and not _shouted(ent.sent):
            root = ent.root
            if root.dep_ == "nsubj" and not _only_wanted(root.head) and (_clause_verb(root.head) or _people(ent)) \
                    or root.dep_ == "poss" and _owns(ent) \
                    or root.dep_ == "pobj" and root.head.dep_ == "agent":
                found.add(_actor_name(ent.text))
    return tuple(sorted(found))


def _shouted(sent) -> bool:
    """Whether a sentence is written all in capitals (a warning or a
    headline: "CAUTION: VIOLENT SCENES MAY UPSET SOME VIEWERS"), where
    the tagger takes capitalised common words for names."""
    return not any(ch.islower() for ch in sent.text)


PLACE_PREPOSITIONS = frozenset("in at near across throughout outside inside around within".split())
"""Prepositions of place: "in Glasgow's east end" says where, not who."""
EPONYMOUS = frozenset("syndrome disease disorder palsy".split())
"""Nouns a condition is named with after a person ("Tourette's syndrome",
"Crohn's disease"): the owner there names the condition, no party."""


def _owns(ent) -> bool:
    """Whether a possessive name owns what follows as a party does
    ("Congress's vote"): not a place whose part locates something ("in
    Glasgow's east end"), not the name of a condition ("has Tourette's
    syndrome"), not a body named in a person's title or before their name
    ("the Senate's top Democrat said", "the council's chairman said", "the
    Gazette's Ann Berg": the person acts, the body only says who they
    are)."""
    owned = ent.root.head
    if owned.lemma_.lower() in EPONYMOUS or is_role_word(owned.text) or owned.ent_type_ in ("NORP", "PERSON"):
        return False
    return not (ent.label_ in ("GPE", "LOC") and owned.dep_ == "pobj"
                and owned.head.lower_ in PLACE_PREPOSITIONS)


def _people(ent) -> bool:
    """Whether a name is a group of people in the plural ("Republicans",
    "Americans"): the subject of whatever clause, a copula's too ("the
    Democrats were ecstatic"), they are a party to the story."""
    return ent.label_ == "NORP" and (ent.root.tag_ in ("NNPS", "NNS") or ent.root.lower_.endswith("s"))


def _clause_verb(head) -> bool:
    """Whether a subject's `head` is the verb of a clause, something done
    or said ("the FBI declined", "the FBI is investigating"): not a copula
    that only describes its subject ("the outbreak was more widespread
    than thought"), nor a word the tagger calls no verb (a Latin name,
    "Felis catus is tiny", read as "Felis" the subject of "catus")."""
    return head.pos_ in ("VERB", "AUX") and head.lemma_ != "be" and not _noun_only(head)


def _noun_only(token) -> bool:
    """Whether the English lemmatizer knows `token` as a noun and never as a
    verb, though the tagger called it one ("had IgG antibodies", with
    "antibodies" read as the verb of "IgG"): a slip of the tagger, so no
    clause, and its subject does nothing."""
    words = {token.lemma_.lower(), token.lower_}
    return any(map(nlp.known_noun, words | _singulars(token.lower_))) and not any(map(nlp.known_verb, words))


def _singulars(word: str) -> set[str]:
    """The forms `word` would have as a plural noun made singular
    ("antibodies" -> "antibody"; "cases" -> "case", "cas"): the lemmatizer,
    taking it for a verb, lemmatizes it as one ("antibodie")."""
    if not word.endswith("s") or word.endswith("ss"):
        return set()
    return {word[:-1], word[:-2]} | ({word[:-3] + "y"} if word.endswith("ies") else set())


def _only_wanted(verb) -> bool:
    """Whether `verb` opens a "to" clause completing another verb ("will
    allow expatriates to settle", "wants the agency to investigate"): its
    subject is the one permitted, asked or hoped to act, which it has not
    done in the story."""
    return verb.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _labels(doc) -> dict[str, set[str]]:
    """Each actor name in `doc` -> the entity labels it is tagged with."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ in ACTORS:
            kinds[_actor_name(ent.text)].add(ent.label_)
    return kinds


def portray(article: Article, readings: list, skipped: frozenset[str] = frozenset()) -> tuple[Portrayal, ...]:
    """How the article treats each actor it names (but the `skipped` names,
    such as `places` and `modifiers`), most mentioned first."""
    by_actor: dict[str, list] = defaultdict(list)
    speaking = _speakers_by_sentence(readings)
    for reading in readings:
        name = reading[0]
        if name in (SUBJECT, UNNAMED) or name in skipped or set(name.casefold().split()) & speaking[reading[4]]:
            continue
        by_actor[name].append(reading)
    found = [_portrayal(article, actor, mentions) for actor, mentions in by_actor.items()]
    return tuple(sorted(found, key=lambda p: -p.mentions))


def _speakers_by_sentence(readings: list) -> dict[Source, set[str]]:
    """The name words of the speakers quoted in each sentence: a sentence
    that reports what X says ("X slams Y as 'crooked'") tells X's tone, not
    how the article treats X."""
    found: dict[Source, set[str]] = defaultdict(set)
    for *_reading, source, quote in readings:
        if quote is not None and quote.speaker:
            found[source].update(quote.speaker.casefold().split())
    return found


def _portrayal(article: Article, actor: str, mentions: list) -> Portrayal:
    """The article's treatment of `actor`: the balance of its clearly polar
    readings (P(positive) - P(negative), a quote's counted at `QUOTED`), over
    its mentions, as the score; its sign as the polarity, once it reaches
    `LEANING` (half a clearly read sentence)."""
    leaning = [(positive - negative) * (1.0 if quote is None else QUOTED) if max(positive, negative) >= CLEAR
               else 0.0 for _n, negative, _u, positive, _s, quote in mentions]
    score = sum(leaning) / len(leaning)
    polarity = lean(sum(leaning))
    sign = {"positive": 1, "negative": -1}.get(polarity, 0)
    ranked = sorted(zip(leaning, mentions), key=lambda item: -sign * item[0])
    shown = dict.fromkeys(m[4] for value, m in ranked if sign and sign * value > 0)
    evidence = tuple(Claim(text=" ".join(article.text[s.start:s.end].split()), sources=(s,))
                     for s in list(shown)[:EVIDENCE])
    return Portrayal(actor=actor, article=article.id, polarity=polarity, score=round(score, 3),
                     evidence=evidence, mentions=len(mentions))


def lean(balance: float) -> str:
    """The polarity of an actor's balance of clear readings."""
    return "positive" if balance >= LEANING else "negative" if balance <= -LEANING else "neutral"


def decide(positive: float, negative: float, needed: float = MIN_EVIDENCE) -> str:
    """The stance two totals show: mixed when both sides reach `needed` and
    neither outweighs the other twofold, neutral when neither side does."""
    if max(positive, negative) < needed:
        return "neutral"
    if min(positive, negative) >= needed and min(positive, negative) * 2 > max(positive, negative):
        return "mixed"
    return "optimistic" if positive > negative else "skeptical"


def weights(claim: Claim, judged: dict[Source, list[Sentiment]]) -> tuple[float, float]:
    """(positive, negative) weight of the clear readings made in `claim`'s
    sentences: their mean score each way (one sentence weighs at most 1)."""
    made = [reading for source in claim.sources for reading in judged.get(source, ())]
    positive = sum(r.score for r in made if r.label == "positive") / max(len(made), 1)
    negative = sum(r.score for r in made if r.label == "negative") / max(len(made), 1)
    return positive, negative


def read_stances(article: Article, sentences: tuple[Sentence, ...], quotes: tuple[Quote, ...],
                 sentiments: tuple[Sentiment, ...] = (), doc=None) -> tuple[StanceReading, ...]:
    """One reading per named speaker, then one for the article's own voice;
    evidence is the passages with a clear reading, in the voice's own words.
    The parse `doc`, when given, tells whom a following "He said ..." is about."""
    spoken = _speaker_evidence(sentences, quotes, doc)
    claimed = [source for claims in spoken.values() for claim in claims for source in claim.sources]
    own = [Claim(text=s.text, sources=(s.source,)) for number, s in enumerate(sentences)
           if not _mostly_within(s.source, claimed) and not REPORTED.search(own_words(s.text))
           and authors_words(s.text) and (number == 0 or stated(s.text))]
    by_sentence = _by_sentence(sentiments)
    index = {id(reading): number for number, reading in enumerate(sentiments)}
    readings = []
    for voice, claims in spoken.items():
        mine = {s: [r for r in rs if r.voice == voice or r.quote is None] for s, rs in by_sentence.items()}
        readings.append(_reading(voice, "speaker", claims, mine, index))
    voice, kind = article_voice(article)
    own_readings = {s: [r for r in rs if r.quote is None] for s, rs in by_sentence.items()}
    readings.append(_reading(voice, kind, own, own_readings, index))
    return tuple(readings)


def _by_sentence(sentiments: Iterable[Sentiment]) -> dict[Source, list[Sentiment]]:
    found: dict[Source, list[Sentiment]] = defaultdict(list)
    for reading in sentiments:
        found[reading.source].append(reading)
    return found


def _reading(voice: str, kind: str, claims: Iterable[Claim], judged: dict, index: dict[int, int]) -> StanceReading:
    """A voice's reading: its evidence (claims with a clear reading), totals
    and stance, and the readings each claim was weighed on (their positions
    in the digest's sentiments, `index` by identity)."""
    scored = [(claim, weights(_sentence_of(claim, judged), judged)) for claim in claims]
    scored = [(claim, w) for claim, w in scored if w[0] or w[1]]
    positive = sum(p for _c, (p, _n) in scored)
    negative = sum(n for _c, (_p, n) in scored)
    strongest = sorted(scored, key=lambda item: -abs(item[1][0] - item[1][1]))
    evidence = tuple(c for c, _s in strongest)
    return StanceReading(voice=voice, kind=kind, stance=decide(positive, negative),
                         score=round(positive - negative, 2), evidence=evidence,
                         made=tuple(_made(claim, judged, index) for claim in evidence))


def _made(claim: Claim, judged: dict, index: dict[int, int]) -> tuple[int, ...]:
    """The positions of the readings `weights` weighs for `claim`."""
    return tuple(index[id(r)] for source in _sentence_of(claim, judged).sources for r in judged.get(source, ()))


def _sentence_of(claim: Claim, judged: dict) -> Claim:
    """`claim` cited by the sentences its sources fall in (a quote's source
    is a part of a sentence; readings are kept by sentence)."""
    sources = tuple(next((s for s in judged if s.article == src.article and s.start <= src.start < s.end), src)
                    for src in claim.sources)
    return Claim(text=claim.text, sources=sources)


def statement(text: str) -> bool:
    """Whether quoted `text` is long enough to state something
    (`quotes.MIN_STATEMENT_WORDS` words between spaces: "two-in-three
    chance" is two), not a phrase lifted from a statement."""
    return len(text.split()) >= MIN_STATEMENT_WORDS


NEWS_CUES = frozenset({"report", "reports", "reported", "reporting"})
"""Cues that relay news: what a speaker reports is the news, not their view of it."""


def _speaker_evidence(sentences: tuple[Sentence, ...], quotes: tuple[Quote, ...],
                      doc=None) -> dict[str, list[Claim]]:
    """Each named speaker's words: the quotes, and a following sentence that
    goes on reporting them ("He said that ...").  A phrase too short to be a
    statement (`quotes.MIN_STATEMENT_WORDS`: "legitimate rape", a label the
    article recalls) shows no stance of its speaker, nor does a question
    (as in `synthesize.divergences`).  A speaker the article quotes only in
    phrases the writer lifted into their own sentences (`lifted`) is heard,
    on no side: the writer chose the words; beside a statement of the
    speaker's own, such a phrase still counts."""
    spoken: dict[str, list[Claim]] = {}
    stated_by: set[str] = set()
    for quote in quotes:
        if (quote.cue or "").lower().split(",")[0] in NEWS_CUES:  # "reported, falsely,": its verb
            continue  # "The Times reported the charges 'will include fraud'": news relayed, not a view
        if quote.text.rstrip(" ”\"'’").endswith("?"):
            continue  # "Everybody thought she was unbeatable, right?": a question takes no side
        if quote.speaker and quote.sources and statement(quote.text):
            if not lifted(quote, doc):
                stated_by.add(quote.speaker)
            spoken.setdefault(quote.speaker, []).append(_as_said(quote, sentences))
            follow = _follow_on(sentences, quote.sources[-1], quote.speaker, doc)
            if follow is not None:
                stated_by.add(quote.speaker)
                spoken[quote.speaker].append(follow)
    return {speaker: claims if speaker in stated_by else [] for speaker, claims in spoken.items()}


CONDITIONING = frozenset("until unless if whether than lest".split())
"""Words that make the quote after them a condition or a comparison, not a claim: "the port stays shut until
'the board pays its debts'" does not say the board pays them."""


def _as_said(quote: Quote, sentences: tuple[Sentence, ...]) -> Claim:
    """The quote `quote` as its speaker's evidence: its words, or the whole
    sentence where a word of `CONDITIONING` right before its opening mark
    makes it a condition the sentence sets ("... until “the council pays”"):
    shown alone it reads as the opposite claim."""
    start = quote.sources[0].start
    sentence = next((s for s in sentences if s.source.start <= start < s.source.end
                     and len(s.text) == s.source.end - s.source.start), None)
    if sentence is None:
        return Claim(text=quote.text, sources=quote.sources)
    before = _WORDS.findall(sentence.text[:start - sentence.source.start])
    if before and before[-1].lower() in CONDITIONING:
        return Claim(text=sentence.text, sources=(sentence.source,))
    return Claim(text=quote.text, sources=quote.sources)


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # tags of a verb that makes a clause


def lifted(quote: Quote, doc=None) -> bool:
    """Whether `quote` is a phrase the writer lifted into a sentence of
    their own (`doc`: the article's parse): no verb of its own makes a
    clause of it (a finite one, or one heading a clause:
    `_heads_a_clause`), and the writer's words open the sentence ("The ruling
    said she is “at grave risk of harm” if moved").  The writer chose the
    words and what they are said of: they show no side of the speaker.
    False without a parse."""
    if doc is None:
        return False
    for source in quote.sources:
        tokens = doc.char_span(source.start, source.end, alignment_mode="expand")
        if tokens is None or not len(tokens) or any(t.tag_ in FINITE or _heads_a_clause(t) for t in tokens):
            return False
        sentence = tokens[0].sent
        if not any(t.is_alpha for t in sentence if t.i < tokens[0].i):
            return False
    return True


def _heads_a_clause(token) -> bool:
    """Whether `token` is the verb of a clause said or of the sentence,
    though not finite: "Berg has “given her life to the harbour school,”
    Dunn said" quotes Dunn's own predicate, only its auxiliary outside."""
    return token.pos_ == "VERB" and token.dep_ in ("ROOT", "ccomp")


def _follow_on(sentences: tuple[Sentence, ...], source: Source, speaker: str, doc=None) -> Claim | None:
    """The sentence right after the one holding `source`, if it reports the
    same speaker: not when that sentence's subject is someone else by name
    ("Dowd attempted to explain that ... Sally Yates [told McGahn] that Flynn
    had “given ...”. He also said ...": "he" is Dowd), nor when it ends in a
    colon ("He added a message to the town's farmers:"): the writer's words
    leading into a quote, not the speaker's."""
    for index, sentence in enumerate(sentences[:-1]):
        here = sentence.source
        if here.article == source.article and here.start <= source.start < here.end + 2:
            after = sentences[index + 1]
            if _FOLLOW_ON.match(after.text) and not after.text.rstrip().endswith(":") \
                    and not _another_subject(doc, here, speaker):
                return Claim(text=after.text, sources=(after.source,))
            return None
    return None


def _another_subject(doc, here: Source, speaker: str) -> bool:
    """Whether the main clause of the sentence at `here` has a named subject
    other than `speaker` (no word of their name in it); False without a parse."""
    tokens = doc.char_span(here.start, here.end, alignment_mode="expand") if doc is not None else None
    if tokens is None or not len(tokens):
        return False
    root = tokens.root
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    words = {t.lower_ for t in subject.subtree}
    return not words & {w.lower() for w in speaker.split()}


def _mostly_within(source: Source, spans: list[Source]) -> bool:
    """True when more than half of `source` lies inside the `spans`."""
    covered = sum(max(0, min(source.end, s.end) - max(source.start, s.start)) for s in spans)
    return covered * 2 > source.end - source.start


def own_words(text: str) -> str:
    """`text` without the words in quotation marks (those are someone else's),
    an opening mark never closed (a quote cut short, "“The government has no
    right to...") running to the end."""
    return _UNCLOSED.sub(" ", _QUOTED.sub(" ", text))


def stated(text: str) -> bool:
    """Whether a line ends as a sentence does (".", "!", "?", a closing
    mark) and is not set in headline style: a heading, a caption or an
    item of a list ("2018: Thomas F. Geraghty", "Jane Beber Abramson
    Award", "Taxonomic Levels Used.") states no view.  Nor does a sentence
    an excerpt cuts off mid-phrase ("a big win for the firm, which chose
    to forgo the grant on the belief that the plan..."): what it says of
    its matter is not all there.  The headline, the article's first line,
    is judged as written."""
    return text.rstrip()[-1:] in _ENDS and not headline(text) and not _CUT_OFF.search(text)


_ENDS = frozenset(".!?\"”’)…:;")
_CUT_OFF = re.compile(r"\w\s?(?:\.\.\.|…)\s*$")  # an ellipsis right after a word, at the very end


def authors_words(text: str) -> bool:
    """Whether most of a sentence's words are its writer's own, not inside
    quotation marks: a quotation no speaker was found for is still someone
    else's words, never the article's verdict."""
    return len(_WORDS.findall(own_words(text))) * 2 >= len(_WORDS.findall(text))

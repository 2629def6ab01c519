"""Who said a quotation: a quote's span in a parsed article in, a `Speaker` out.

The speaker is read from a reporting frame around the quote ("X said",
"said X", "according to X", "X was quoted saying", "X took to Twitter to
say"), from the sentence holding the quote's start, the one holding its end,
or a short sentence right after it.  The subject of the frame becomes:

- a person named in the article (by any of their mentions);
- for "he"/"she", the person named last before the quote;
- an organization or country named by the subject ("the NAACP said");
- for a description ("the Russian foreign minister"), the one person of the
  article whose role fits it, else no name but the description as the role.

Nothing is guessed: with no frame the speaker is None.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..models import Article, Person
from .names import fold, is_role_word, looks_like_person, role_fits, surname

REPORTING = frozenset("""
say tell add state write note claim argue explain insist warn declare announce ask
reply respond answer describe tweet post comment remark continue suggest acknowledge
admit conclude observe emphasize emphasise stress quip recall quote word testify
predict urge vow promise complain charge accuse deny maintain contend assert
call label dub brand term posit caution concede counter retort lament scoff joke
""".split())
_SPEAKING_NOUNS = frozenset("""
source critic supporter opponent resident witness protester people person man woman
group organization organisation government ministry agency statement
""".split())
_PRONOUNS = frozenset("he she him her".split())
_SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = ("xcomp", "advcl", "conj", "ccomp", "relcl")
_NAMED = ("ORG", "GPE", "NORP", "PERSON", "FAC", "WORK_OF_ART")


@dataclass(frozen=True)
class Speaker:
    """A quote's speaker: a name (None when the article does not say), the
    role or description the article gives, the frame that told us, and how
    many characters lie between that frame and the quote."""

    name: str | None = None
    role: str | None = None
    cue: str | None = None
    distance: int | None = None


class Sentences:
    """A doc's sentences, found by token index without spaCy's slow walk."""

    def __init__(self, doc):
        self.text = doc.text  # built once: Doc.text rebuilds the string on every call
        self.spans = list(doc.sents)
        self.starts = [s.start for s in self.spans]

    def at(self, i: int):
        return self.spans[max(0, bisect_right(self.starts, i) - 1)]


def attribute(article: Article, doc, span, people: tuple[Person, ...], sentences: Sentences) -> Speaker:
    """The speaker of the quote whose pieces are `span.pieces`."""
    inside = span.pieces
    for token, cue in _cues(doc, span, inside, _bounds(article, span), sentences):
        head, verb = _subject(token, inside)
        if head is not None:
            found = _speaker(doc, head, span.start, people)
            if found.name or found.role:
                return Speaker(found.name, found.role, _cue_text(verb, token) if verb is not None else cue,
                               _distance(token.idx, span))
    return Speaker()


def _bounds(article: Article, span) -> tuple[int, int]:
    """The quote's paragraphs: a frame never lies outside them."""
    first = article.paragraphs[article.paragraph_at(span.start)] if article.paragraphs else None
    last = article.paragraphs[article.paragraph_at(max(span.start, span.end - 1))] if article.paragraphs else None
    return (first.start, last.end) if first and last else (0, len(article.text))


def _cues(doc, span, inside, bounds: tuple[int, int], sentences: Sentences):
    """Reporting verbs (and "according to") outside the quote: those of the
    quote's own sentences nearest first, then a short frame after it."""
    own, after = _frame_tokens(doc, span, sentences)
    own = [t for t in own if bounds[0] <= t.idx < bounds[1]]
    after = [t for t in after if bounds[0] <= t.idx < bounds[1]]
    return _cues_in(doc, own, span, inside) + _cues_in(doc, after, span, inside)


def _cues_in(doc, tokens, span, inside):
    found = []
    for token in tokens:
        if _within(token.idx, inside):
            continue
        if token.lemma_.lower() in REPORTING and token.pos_ in ("VERB", "AUX"):
            found.append((token, token.text))
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found.append((doc[token.i + 1], "according to"))
    return sorted(found, key=lambda pair: _distance(pair[0].idx, span))


def _frame_tokens(doc, span, sentences: Sentences) -> tuple[list, list]:
    """The tokens of the sentences at the quote's start and end, and those of
    a short sentence right after it that goes on in lower case ('," he said.')."""
    at_first, at_last = sentences.at(_token_at(doc, span.start)), sentences.at(_token_at(doc, max(span.end - 1, span.start)))
    sents = {at_first.start: at_first, at_last.start: at_last}
    own = [token for sent in sents.values() for token in sent]
    after = at_last.end
    gap = sentences.text[span.end:doc[after].idx] if after < len(doc) else ""
    if after < len(doc) and len(sentences.at(after)) <= 12 and doc[after].is_lower and "\n" not in gap:
        return own, list(sentences.at(after))
    return own, []


def _token_at(doc, char: int) -> int:
    """The index of the token holding character `char`, or (for a space
    between tokens) of the token before it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span[0].i
    return max([t.i for t in doc if t.idx <= char], default=0)


def _cue_text(verb, cue) -> str:
    """The frame as written: "said", "was quoted saying", "took to Twitter to say"."""
    first = min([t.i for t in verb.lefts if t.dep_ in ("aux", "auxpass")] + [verb.i, cue.i])
    last = max(verb.i, cue.i)
    return verb.doc[first:last + 1].text if last - first < 8 else cue.text


def _within(offset: int, pieces) -> bool:
    return any(a - 1 <= offset < b + 1 for a, b in pieces)


def _distance(offset: int, span) -> int:
    return span.start - offset if offset < span.start else max(0, offset - span.end)


def _subject(token, inside):
    """The subject of a reporting verb, climbing "took to Twitter to say" to
    "took"; for "according to", the object of "to"."""
    if token.lower_ == "to":
        objects = [t for t in token.children if t.dep_ == "pobj"]
        return (objects[0] if objects else None), None
    for _ in range(4):
        subject = _verb_subject(token, inside)
        if subject is not None:
            return subject, token
        if token.dep_ not in _CLIMB or token.head is token:
            return None, None
        token = token.head
    return None, None


def _verb_subject(verb, inside):
    """The speaker slot of a verb: its active subject, the agent of a passive
    ("was described by X"), or the passive subject of "quoted" only ("X was
    quoted saying"; "the visit was dubbed" names what is spoken about)."""
    for child in verb.children:
        if _within(child.idx, inside):
            continue
        if child.dep_ == "nsubj" or child.dep_ == "nsubjpass" and verb.lemma_.lower() == "quote":
            return child.head.head if child.lower_ in ("who", "that") and verb.dep_ == "relcl" else child
        if child.dep_ == "agent":
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _speaker(doc, head, before: int, people: tuple[Person, ...]) -> Speaker:
    """A subject token as a speaker: a person, an organization, or a description."""
    if head.lower_ in _PRONOUNS:
        person = _last_named(doc, people, head.idx if head.idx < before else before)
        return Speaker(person.name, person.role) if person else Speaker()
    if head.pos_ == "PRON":
        return Speaker()
    phrase = _noun_phrase(doc, head)
    person = _person_at(people, head.idx, head.idx + len(head)) or _person_named(people, phrase.text) \
        or _person_at(people, phrase.start_char, phrase.end_char)
    if person is not None:
        return Speaker(person.name, person.role or _description(phrase, person))
    named = [e for e in doc.ents if e.label_ in _NAMED and e.start <= head.i < e.end]
    if named and not is_role_word(head.text):
        return Speaker(_without_article(named[0].text), None)
    if head.pos_ == "PROPN" and looks_like_person(_without_article(phrase.text)):
        return Speaker(_without_article(phrase.text), None)
    fits = [p for p in people if p.role and role_fits(phrase.text, p.role)]
    if len(fits) == 1:
        return Speaker(fits[0].name, fits[0].role)
    return Speaker(None, phrase.text) if _names_speakers(head) else Speaker()


def _names_speakers(head) -> bool:
    """A description that can speak: "a ministry spokesperson", "officials",
    "critics", not "the article" or "the visit"."""
    return is_role_word(head.text) or head.lemma_.lower() in _SPEAKING_NOUNS


def _noun_phrase(doc, head):
    """The subject's words up to its head: "the Russian foreign minister"
    without the clause after it."""
    return doc[head.left_edge.i:head.i + 1]


def _without_article(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() in ("the", "a", "an") else text


def _description(phrase, person: Person) -> str | None:
    """The words of the subject before the name: "NAACP President"."""
    words = [w for w in phrase.text.split() if fold(w) not in {fold(x) for x in person.name.split()}]
    return _without_article(" ".join(words)) or None


def _person_at(people, start: int, end: int) -> Person | None:
    for person in people:
        if any(s.start < end and start < s.end for s in person.sources):
            return person
    return None


def _person_named(people, text: str) -> Person | None:
    """The one person whose surname ends `text` ("Mr. Lavrov")."""
    matches = [p for p in people if surname(p.name) == surname(text)]
    return matches[0] if len(matches) == 1 else None


def _last_named(doc, people, before: int) -> Person | None:
    """The person whose mention comes last before offset `before`; None when
    a name the model tagged but we could not place comes later (the "he"
    may be that one)."""
    best, at = None, -1
    for person in people:
        for source in person.sources:
            if at < source.start < before:
                best, at = person, source.start
    unplaced = [e for e in doc.ents if e.label_ == "PERSON" and at < e.start_char < before
                and _person_at(people, e.start_char, e.end_char) is None]
    return None if unplaced else best


def speaker_name(name: str, people: tuple[Person, ...]) -> str:
    """A signature's name as the article's person ("Michael Kugelman")."""
    person = _person_named(people, name)
    return person.name if person else name

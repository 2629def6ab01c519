"""An article's key phrases: a parsed doc in, topical noun phrases out.

Noun chunks, lemmatized and lower-cased, without determiners, numbers,
pronouns, or the names of people, places, nationalities and dates (those
have their own tables; themes should say what the articles are about).
Scored by frequency, multi-word phrases a little higher.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..language.names import is_role_word, is_title_word
from .quotes import MIN_STATEMENT_WORDS

# Entity types that are not topics.
_NOT_TOPICS = frozenset("PERSON GPE NORP DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY LOC FAC".split())
# Nouns too general to be a topic on their own.
GENERIC = frozenset("""
country countries relation relations year years time times way ways part side sides area areas issue issues
question questions matter matters thing things people world term terms fact level levels number lot kind sort
day days week weeks month months other others one ones case cases point points place places view views end
start rest order use need needs news story stories report reports article articles statement statements
comment comments photo photos video videos image images picture pictures interview interviews headline
headlines update updates post posts
weekend weekends morning mornings afternoon afternoons evening evenings night nights hour hours minute minutes
decade decades today tonight yesterday tomorrow
""".split())
"""Also the words of news-making itself: a story is not about "news" or
"photos"; nor about a time of day or week ("the weekend attack" is an
attack)."""
_CONNECTIVES = frozenset({("as", "result"), ("in", "fact"), ("in", "addition"), ("in", "turn"), ("in", "contrast"),
                          ("by", "contrast"), ("in", "particular"), ("for", "example"), ("for", "instance"),
                          ("of", "course"), ("in", "part"), ("in", "general"), ("on", "average"), ("in", "short"),
                          ("in", "end"), ("in", "meantime"), ("on", "hand")})
"""(preposition, noun) of fixed phrases that link sentences (general
English): "As a result, ...", "In fact, ...", "On the other hand, ..."
name no topic."""
_BREAKS = frozenset(")]")
"""Marks a noun phrase's words never run across: "(and less gory) photos"."""
_GRADING = frozenset({"JJR", "JJS", "RBR", "RBS"})
"""Comparative and superlative tags: "the largest meatpacker" is about
meatpackers; "largest" grades it and is no theme of its own."""


def key_phrases(doc, limit: int = 20) -> tuple[str, ...]:
    """Up to `limit` topical phrases, the most salient first."""
    counts: Counter[str] = Counter()
    quoted = _in_quotations(doc)
    for chunk in doc.noun_chunks:
        if _cited(chunk.root) or chunk.root.i in quoted or _linking(chunk.root):
            continue
        phrase = _phrase(_owned_part(chunk))
        if phrase:
            counts[phrase] += 1
    scored = {p: n * (1.0 + 0.5 * (len(re.split(r"[\s\-–]+", p)) - 1)) for p, n in counts.items()}
    return tuple(sorted(scored, key=lambda p: (-scored[p], p))[:limit])


def _linking(root) -> bool:
    """Whether a noun phrase's head is the noun of a fixed linking phrase
    (`_CONNECTIVES`: "result" of "As a result, ...")."""
    return root.dep_ == "pobj" and (root.head.lower_, root.lemma_.lower()) in _CONNECTIVES


def _owned_part(chunk):
    """The words of `chunk` after its last possessive marker of a common
    noun or its last closing bracket: "meatpacker" of "the world's largest
    meatpacker", "pork" of "the country's pork", "photos" of "less gory)
    photos".  Joined across the mark they would name a thing no article
    writes ("world meatpacker"); a name's possessive stays ("the Velt
    report" is "Velt's report")."""
    cut = max((t.i + 1 for t in chunk if t.text in _BREAKS or t.tag_ == "POS" and t.i > chunk.start
               and t.doc[t.i - 1].pos_ != "PROPN"), default=chunk.start)
    return chunk if cut == chunk.start or cut >= chunk.end else chunk.doc[cut:chunk.end]


def _phrase(chunk) -> str | None:
    units = [unit for unit in _hyphened(chunk) if _kept(unit)]
    if not units or len(units) > 4 or is_role_word(chunk.root.text) or is_role_word(units[-1][-1].text):
        return None
    last = units[-1][-1]
    if last.pos_ not in ("NOUN", "PROPN"):  # "economic and more": no thing named
        return None
    if len(units) == 1 and len(units[0]) == 1 and (last.pos_ == "PROPN" or last.lower_ in GENERIC):
        return None
    words = ["".join(t.lower_ for t in unit) for unit in units]
    return " ".join(words[:-1] + [words[-1][:len(words[-1]) - len(last.lower_)] + _singular(last)])


def _hyphened(chunk) -> list[list]:
    """The chunk's words, a hyphenated compound as one ("same-sex" of
    "same-sex marriage": tokens "same", "-", "sex")."""
    units: list[list] = []
    for token in chunk:
        previous = token.doc[token.i - 1] if token.i > chunk.start else None
        glued = previous is not None and not previous.whitespace_ and (token.text in _HYPHENS
                                                                        or previous.text in _HYPHENS)
        if glued and units:
            units[-1].append(token)
        else:
            units.append([token])
    return units


_HYPHENS = frozenset("- –".split())


def _kept(unit: list) -> bool:
    """Whether a word of a noun phrase is topical.  A hyphenated compound
    is kept whole while any of its parts is ("same-sex", "anti-immigration"),
    and left out whole when a part is a number, a name or a single letter
    ("48-page", "U.S.-China", "e-mails")."""
    parts = [t for t in unit if t.text not in _HYPHENS]
    if len(unit) == 1 or not parts:
        return bool(parts) and _topical(parts[0])
    if any(t.like_num or t.ent_type_ in _NOT_TOPICS or len(t.text) < 2 for t in parts):
        return False
    return any(_topical(t) for t in parts)


def _topical(t) -> bool:
    """Whether one token may be a word of a topic: no stop word, number,
    pronoun, name of a person or place, a name's title ("Mr." of "Mr.
    Obama's lyrical rejection"), grade ("largest") or unit of a number."""
    return not (t.is_stop or t.lower_ in _stop_words() or t.is_punct or t.like_num or t.pos_ in ("PRON", "DET", "SYM")
                or t.ent_type_ in _NOT_TOPICS or len(t.text) < 2 or not t.text[:1].isalnum()
                or t.tag_ in _GRADING or _counted(t) or _after_letter(t) or _abbreviated_title(t))


def _abbreviated_title(t) -> bool:
    """Whether `t` is a name's abbreviated title ("Mr.", "Sen."), not a
    word such as "general" that a title may also be ("general election")."""
    return t.text.endswith(".") and is_title_word(t.text)


def _in_quotations(doc) -> frozenset[int]:
    """The indices of the tokens inside quotations of `MIN_STATEMENT_WORDS`
    or more words (the quotes stage's bar for a statement): what a speaker says ("It's like free money in your
    pocket!") is their words, not what the article is about.  A term in
    marks (the so-called “Quad”) stays a topic.  A quotation left open
    runs to its paragraph's end, as one going on into the next does."""
    inside, opened = [], None
    for token in doc:
        closes = token.text in _CLOSING or token.text == '"' or "\n" in token.text
        if opened is not None and (closes or "\n" in token.whitespace_):
            span = range(opened + 1, token.i + (not closes))
            if sum(doc[i].is_alpha for i in span) >= MIN_STATEMENT_WORDS:
                inside.extend(span)
            opened = None
        elif token.text in _OPENING or token.text == '"':
            opened = token.i
    return frozenset(inside)


_OPENING, _CLOSING = frozenset("“«"), frozenset("”»")


def _cited(root) -> bool:
    """Whether a noun phrase names who a report is credited to: "according to
    the San Diego Union-Tribune", "told the Washington Times".  The outlet
    is where the story comes from, not what it is about."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return root.dep_ in ("dative", "dobj") and root.ent_type_ == "ORG" and head.lemma_ == "tell"


def _counted(token) -> bool:
    """Whether `token` is the unit of a number hyphenated to it ("page" of
    "a 48-page indictment", "year" of "a two-year inquiry"): with the number
    left out it would make a theme of "page indictment"."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].like_num


def _after_letter(token) -> bool:
    """Whether `token` follows a single letter hyphenated to it ("mails" of
    "e-mails", "book" of "e-book"): without the letter, which is too short
    to keep, it would make a theme of "mails"."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and len(doc[i - 2].text) < 2


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English stop words in lower case ("More" opening a title is one too);
    imported here, not at load, so commands that parse nothing skip spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return STOP_WORDS


def _singular(token) -> str:
    """"outlets" -> "outlet", but "media" stays (its lemma "medium" reads wrong)."""
    lemma = token.lemma_.lower()
    return lemma if token.tag_ == "NNS" and token.lower_.startswith(lemma[:-1]) and token.lower_.endswith("s") \
        else token.lower_

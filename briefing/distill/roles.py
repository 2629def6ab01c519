"""The role an article gives a person, read from the words around one mention.

A parsed doc and the token span of a name in, role phrases with their
character spans out.  Four frames cover most news writing:

- a title before the name: "Pakistani Prime Minister Shahid Khaqan Abbasi",
  "Russia's deputy prime minister Alexei Overchuk", "Army Chief General X";
- an appositive after it: "Pavel Didkovsky, first secretary of the embassy,";
  or before it: "the envoy to Afghanistan, Zamir Kabulov";
- a relative or copular clause: "X, who is also the deputy prime minister",
  "X is a political analyst";
- "his Russian counterpart X": the counterpart's role, re-nationalised.

A phrase counts as a role only when it holds a role noun (names.ROLE_WORDS).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..language import nlp
from ..language.casing import glued, headline, page_debris
from ..language.names import (FORMER, HONORIFICS, KINSHIP, NON_PERSON_WORDS, OFFICES, PAST_ROLE, POSTPOSED, SPEAKS_FOR,
                              STOPPED_OFFICES,
                              fold,
                              heads_a_role, is_role_word, is_title_word, role_head)
from ..language.saying import REPORTING
from .sentiment import valence_lexicon

# Words that may sit inside a title before a name ("then-president of").
_TITLE_GLUE = frozenset("of for to the 's ’s then - former acting interim incoming outgoing late presumptive ousted "
                        "deposed retired previous".split())
_HEDGES = frozenset("likely presumptive presumed probable possible potential prospective apparent putative "
                    "expected".split())
"""Words that say a role is expected, not held ("likely Democratic nominee
X"): part of the role, which without them would state as fact what the
text only forecasts."""
_BOUND_PREFIXES = frozenset("co vice ex deputy sub under acting".split())
"""Prefixes a hyphen joins to a title ("co-chair", "vice-president",
"ex-minister"), which the tokenizer splits off: part of the title, which
without them names another office."""
_PAST_ADVERBS = frozenset("formerly previously once".split())
"""Adverbs that put the role after them in the past ("X, formerly the
deputy director"): the role is a former one."""
_HEDGING_ADVERBS = frozenset("seemingly apparently presumably probably possibly".split())
"""Adverbs that hedge the words of a role after them ("the seemingly
inevitable nominee"): kept with it, as `_HEDGES` are."""
# Glue that cannot start or end a role ("of the", a dangling possessive).
_EDGE_GLUE = frozenset("of for to the 's ’s - ,".split())
_FIRM_ENDS = frozenset("co. corp. inc. ltd. llc plc".split())
"""The word that ends a firm's name ("D.E. Shaw & Co. Obama adviser X"):
the sentence before it ends there, the role starts after it."""
_DETERMINERS = frozenset("the a an his her their its our my your this that all both each".split())
_COUNTS = frozenset("one two three four five six seven eight nine ten another".split())  # "one member, X": which one, not what post
_OTHERS = frozenset("other another".split())
_COMPANIONS = frozenset("fellow".split())
"""Words that, capitalised to open a sentence and a role before another
role noun, make its holder a peer of someone else ("Fellow organizer X"),
and would read as an honour's title; alone or last ("a fellow at an
institute", "Senior Fellow") the role itself."""
"""Words that set a role beside someone else's ("two other judges, X"): the
role is "judge"."""
_OF_THE_HOLDER = frozenset("legendary famous renowned celebrated beloved acclaimed iconic storied revered "
                           "esteemed illustrious fabled female male incredible amazing wonderful brilliant excellent "
                           "great fantastic terrific remarkable extraordinary exceptional outstanding superb "
                           "tremendous phenomenal tireless tenacious gifted talented obscure controversial "
                           "embattled beleaguered disgraced notorious infamous outspoken unpopular".split())
"""Adjectives that describe the one who holds a role, not the role ("the
legendary coach", "two female judges"), praise among them ("an incredible
lawyer", a eulogy's word) and the writer's judgment ("an obscure
freshman member"): left out of the role's words.  Not "late", which says
the holder has died and the office is past ("the late senator")."""
_STOPS = frozenset(", . ; : ( ) [ ] — – \" “ ” who which that whose and or but".split())
_COPULAS = frozenset("is was has been remains".split())
_MAX_ROLE_TOKENS = 14
_QUOTE_MARKS = re.compile(r"''|[\"“”„«»\n]")


@dataclass(frozen=True)
class Found:
    """A role phrase and its character span in the doc's text."""

    text: str
    start: int
    end: int


def roles_for(doc, start: int, end: int) -> list[Found]:
    """Every role stated around the name at tokens `doc[start:end]`; none
    from a line set in headline style ("Rubio Thinks Joe Biden Was A Really
    Effective Senator") or run into a page's widgets."""
    line = doc[start].sent.text
    if headline(line) or page_debris(line):
        return []
    lead = start
    while lead > 0 and (_honorific(doc[lead - 1]) or doc[lead - 1].is_title and is_role_word(doc[lead - 1].text)):
        lead -= 1
    if doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        # "the Romney campaign": the name modifies a noun, the words around are
        # not its role; a title still is, where the parser ran the name into
        # the next name ("President Trump assailed Democrats").
        title = _title_before(doc, start) if doc[end - 1].head.pos_ == "PROPN" else None
        return [_one_of(doc, title)] if title is not None else []
    if end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # "Seth Hutchinson, 31, an organizer": the age stands between name and role
    members = _members(doc, start, end)
    if _opens_a_gapped_clause(doc, members[-1][1]):
        return []  # "the firms Lind and Okafor worked with": the names are the clause's subject, not the firms
    # "the House candidates Lind had raised money for": the noun is what Lind's clause describes
    title = None if _subject_of_a_clause_on_the_noun(doc, start, end) else _title_before(doc, start)
    title = _of_a_country(doc, title, end) if title is not None else None
    title = _of_a_past_era(doc, title, start, end) if title is not None else None
    before = _appositive_before(doc, lead, end)
    if before is None or _bare_membership(before.text):
        # "the panel's ranking member, X": the title words stop at "ranking", the parse holds the whole phrase
        parsed = _parsed_appositive_before(doc, lead, end)
        before = parsed if parsed is not None and not _bare_membership(parsed.text) else before
    past_tag = _past_party_tag(doc, end)
    found = [title, None if _at_odds(title, before) else before]
    if not _asked(doc[start].sent):
        after = _unless_to_be_given(doc, past_tag, _appositive_after(doc, _past_a_home(doc, past_tag)))
        found += [after, _clause_after(doc, start, end) or _as_in_a_clause(doc, end) or _conjoined_copula(doc, end)]
        found += [_appositive_conjunct(doc, start, end)] if after is not None else []
    found += _shared(doc, members) + [_left(doc, end)]
    found = [_one_of(doc, role) for role in found if role is not None]
    listed = _plural_office_over_list(doc, start, end)
    if listed is not None and not any(listed.text in role.text for role in found):
        found.append(listed)
    found = [role for role in found if not _bare_membership(role.text)]
    unique = {role.text: role for role in sorted(found, key=lambda role: role.start)}
    return sorted(unique.values(), key=lambda role: role.start)


_CLOSING = "\"”’' )]"


def _asked(sentence) -> bool:
    """Whether `sentence` is a question in the writer's own words ("How
    could Lind, a witness to the deal, also advise her?"): what it says of
    a person after the name is the asker's framing, not the reporter's
    statement of a role; a title before the name still is one.  A question
    quoted at the end ("As Lind, a lawyer, put it, 'Did he?'") is someone
    else's, and the sentence around it states the role."""
    mark = next((t for t in reversed(sentence) if t.text not in _CLOSING and not t.is_space), None)
    return mark is not None and mark.text == "?" and not in_quote(sentence.doc, mark.idx, mark.idx + 1)


_ERA = frozenset("under during".split())
"""Prepositions that set a time by who held an office then ("fees as
they stood under President X")."""


def _of_a_past_era(doc, title: Found, start: int, end: int) -> Found:
    """`title`, said of the name at tokens [start, end), as a former one
    when the name only marks a past era ("fees as they stood under
    President X", "the program began during Governor X's term" read as
    "under"/"during" on a verb in the simple past) and the article gives
    the same title to someone else by name ("President Y"): the office
    has passed to Y, so X held it before.  `title` as it is otherwise."""
    name = doc[start:end].root
    prep = name.head
    if FORMER.match(title.text) or name.dep_ != "pobj" or prep.lower_ not in _ERA or prep.head.tag_ != "VBD":
        return title
    return Found(text=f"former {title.text}", start=title.start, end=title.end) \
        if _given_to_another(doc, title.text, doc[start:end]) else title


def _given_to_another(doc, title: str, name) -> bool:
    """Whether `title` ("President") stands in the article right before a
    name that shares no word with `name` ("President Y", not "President
    X" or "President Bill X" again)."""
    words, own = title.split(), {t.text for t in name}
    for i in range(len(doc) - len(words)):
        after = doc[i + len(words)]
        if after.pos_ == "PROPN" and after.text not in own and after.i not in range(name.start, name.end) \
                and [t.text for t in doc[i:i + len(words)]] == words \
                and not any(t.text in own for t in after.subtree if t.pos_ == "PROPN"):
            return True
    return False


def _at_odds(title: Found | None, before: Found | None) -> bool:
    """Whether the phrase `before` (set off by a comma ahead of a name) and
    the `title` right before the name name one office, one held now and
    one held before ("praised the former mayor, Mayor X, ..."): no one is
    written both ways at once, so the phrase is someone else's."""
    if title is None or before is None or role_head(title.text) != role_head(before.text):
        return False
    return bool(FORMER.match(title.text)) != bool(FORMER.match(before.text))


_MEMBERSHIP = frozenset("member members employee employees staffer staffers".split())
"""Nouns that say only that someone belongs to a body: a role only with the
body named ("a member of the board"), none alone."""


_STANDINGS = frozenset("leader front-runner frontrunner favorite favourite winner runner-up".split())
"""Nouns that alone say where someone stands in a race or a poll ("trails
the leader, X", "against eventual winner X"), not an office: a role only
with what is led or won named ("the party's leader", "Democratic leader",
"primary winner")."""
_CANDIDACIES = frozenset("candidate nominee hopeful contender".split())
"""Nouns for someone running: once over ("then-candidate X") and the race
not named, they say only that X once ran for something, no role now."""
_PASSING = frozenset("eventual sudden surprise early clear apparent new current".split())
"""Adjectives that say when or how someone came to a standing ("eventual
winner", "sudden frontrunner"), not what race it is in: they leave the
standing as bare as without them."""


def _bare_membership(text: str) -> bool:
    """Whether the role `text` is a membership or standing noun alone, its
    body or race not named ("a member", "its member", "former employee",
    "the leader", "the eventual winner"; "one member": a count is no body),
    or a past candidacy so ("then-candidate", "former nominee")."""
    lowered = text.lower()
    past = FORMER.search(lowered) is not None
    words = [w for w in FORMER.sub(" ", lowered).split()
             if w not in _DETERMINERS and w not in PAST_ROLE and w not in _COUNTS and w not in _PASSING]
    return len(words) == 1 and (words[0] in _MEMBERSHIP or words[0] in _STANDINGS or past and words[0] in _CANDIDACIES)


_OF_A_COUNTRY = frozenset("president minister premier chancellor king queen emperor monarch sultan emir".split())
"""Titles a country completes ("President of Freedonia"); a senator's or a
mayor's place is said otherwise."""


def _of_a_country(doc, title: Found, end: int) -> Found:
    """`title`, a head of state's or government's title (`_OF_A_COUNTRY`)
    written before the name ending at token `end`, with the country that
    "of" and a place after the name give ("President X of Freedonia" ->
    "President of Freedonia"), when the place ends there (a comma, a full
    stop, a verb next); else `title` as it is."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].ent_type_ != "GPE" \
            or doc[end + 1].ent_iob_ != "B" or title.text.split()[-1].lower() not in _OF_A_COUNTRY:
        return title
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ in ("VERB", "AUX", "CCONJ", "ADP")):
        return title
    place = doc[end + 1:last + 1].text
    return Found(text=f"{title.text} of {place}", start=title.start, end=title.end)


def _subject_of_a_clause_on_the_noun(doc, start: int, end: int) -> bool:
    """Whether the name at tokens `doc[start:end]` is the subject of a
    finite verb right after it, in a clause left without its "that" on the
    lower-case noun right before it: a plural noun, which one person's
    title never is ("the Senate candidates Velt had campaigned for"), or a
    noun that "be" says of another subject ("he is the most electable
    candidate Dorn argues").  The noun is what the clause is about."""
    noun = doc[start - 1] if start > 0 else None
    if noun is None or end >= len(doc) or noun.pos_ != "NOUN" or not noun.is_lower \
            or doc[end].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    if noun.tag_ == "NNS":
        return True
    i = noun.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "ADV", "DET", "NOUN") and doc[i].is_lower:
        i -= 1  # back over "also the most electable"
    return i >= 0 and doc[i].lemma_ == "be"


def _opens_a_gapped_clause(doc, end: int) -> bool:
    """Whether the name (or list of names) ending at token `end` is the
    subject of a relative clause left without its "that": a verb follows
    it whose preposition has lost its object, and the sentence's own verb
    comes straight after ("the firm Lind worked for has closed").  The
    noun before the name is what the clause is about, not the name's title.
    Names joined to it by "and" or a comma are read past, tagged or not."""
    while end + 1 < len(doc) and doc[end].lower_ in (",", "and") and doc[end + 1].pos_ == "PROPN":
        end += 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    if end + 2 >= len(doc) or doc[end].pos_ != "VERB" or doc[end].tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    prep, after = doc[end + 1], doc[end + 2]
    return prep.tag_ == "IN" and prep.dep_ == "prep" and prep.n_lefts + prep.n_rights == 0 \
        and after.pos_ in ("VERB", "AUX")  # not "talked about creating": a gerund is the object


# -- lists: "Senators A, B and C", "A and B, both senators" ------------------

_LIST_GLUE = ((",",), ("and",), (",", "and"))
"""The words that may stand between two names of one list."""


def _members(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names listed with doc[start:end] ("A, B and C"), in order, itself
    included; only itself when it stands alone.  Two names are one list
    when only a comma and/or "and" stand between them and the parse joins
    them (one is a conjunct of the other, or both fill the same slot of
    the same word); every other member must be tagged a person."""
    members = [(start, end)]
    while (before := _neighbour(doc, members[0], -1)) is not None:
        members.insert(0, before)
    while (after := _neighbour(doc, members[-1], 1)) is not None:
        members.append(after)
    return members


def _neighbour(doc, name: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The name listed right before (`step` -1) or after (+1) `name`, or None."""
    start, end = name
    for glue in _LIST_GLUE:
        if step < 0:
            gap = (start - len(glue), start)
            other_end, other_start = gap[0], gap[0]
            while other_start > 0 and _name_token(doc[other_start - 1]):
                other_start -= 1
        else:
            gap = (end, end + len(glue))
            other_start, other_end = gap[1], gap[1]
            while other_end < len(doc) and _name_token(doc[other_end]):
                other_end += 1
        if gap[0] < 0 or gap[1] > len(doc) or tuple(t.lower_ for t in doc[gap[0]:gap[1]]) != glue:
            continue
        if other_start < other_end and _listed_together(doc[end - 1], doc[other_end - 1]):
            return other_start, other_end
    return None


def _name_token(token) -> bool:
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN"


def _listed_together(a, b) -> bool:
    """Whether the parse coordinates the names headed by tokens `a` and `b`."""
    first_a, first_b = _first_conjunct(a), _first_conjunct(b)
    if first_a.i == first_b.i:
        return True
    return first_a.head.i == first_b.head.i and first_a.dep_ == first_b.dep_ \
        and first_a.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")


def _first_conjunct(token):
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _shared(doc, members: list[tuple[int, int]]) -> list[Found]:
    """The roles a list's members share: a plural title before the first
    ("Senators A and B", "Democratic Reps. A and B"), or a plural
    appositive before it ("the senators, A and B") or after the last
    ("A and B, both senators")."""
    if len(members) < 2:
        return []
    first, last = members[0][0], members[-1][1]
    title = _title_before(doc, first)
    if title is None and first > 1 and doc[first - 1].text == "." and not doc[first - 2].whitespace_:
        title = _title_before(doc, first - 1)  # "Reps." split in two by the tokenizer
    found = (title, _appositive_before(doc, first, last), _appositive_after(doc, last))
    return [role for role in found if role is not None and _plural_head(doc, role)]


def _plural_office_over_list(doc, start: int, end: int) -> Found | None:
    """The office a plural title names ("Sens.", "Reps.", "Senators") right before the
    first name of the list the name at tokens [start, end) belongs to, by
    the parse's conjuncts, whatever stands between the names (party tags,
    places, a relative clause): "Reps. A of Ruritania, and B and C" makes
    each a Representative.  None when no such title heads the list."""
    first = _first_listed(doc[end - 1])
    if first.ent_type_ != "PERSON":
        return None
    i = first.i
    while i > 0 and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].pos_ == "PROPN":
        i -= 1
    if i != start and start > 0 and (doc[start - 1].is_title or is_role_word(doc[start - 1].text)):
        return None  # "Reps. A and Gov. B", "Ministers A and B, and the actor C": C has a title of his own
    if any(t.text == ";" for t in doc[i:start]):
        return None  # "Senators A of X; Gov. B; and C": items set apart by semicolons each say what they are
    title = doc[i - 1] if i > 0 else None
    if title is not None and title.text == "." and i > 1 and not doc[i - 2].whitespace_:
        title = doc[i - 2]  # "Sens." split in two by the tokenizer
    if title is None or not title.text[:1].isupper():
        return None
    # "Sens." stands for its office; "Senators" written out is its own plural
    office = OFFICES[_key(title)[:-1]] if _offices(_key(title)) else _singular(title) if title.is_title else None
    if office is None:
        return None
    # "Republican Sens. A of X and B": the party or seat before the title is each member's too
    whole = _title_before(doc, title.i + 1)
    if whole is not None and whole.end == title.idx + len(title) and _plural_head(doc, whole) is not None:
        return _one_of(doc, whole)
    return Found(text=office, start=title.idx, end=title.idx + len(title))


_HOMES = frozenset("of from".split())
_PLACED = frozenset("in".split())
"""A preposition that gives a member's home only when a place is its object
("Sens. A in Norland and B in Vale"), not a body or a time ("in the
committee", "in May")."""


def _first_listed(token):
    """The first name of the list whose member `token` heads: its first
    conjunct, climbing past a place the parse hung the next name on
    ("Senators Ana Lind of Norland and Olek Dunn", "Sens. Ana Lind in
    Norland and Olek Dunn": "Dunn" is read as a conjunct of "Norland", the
    place Lind is of)."""
    first = _first_conjunct(token)
    while first.ent_type_ != "PERSON" and first.dep_ == "pobj" and _a_home(first) \
            and first.head.head.ent_type_ == "PERSON" and first.head.head.i < first.i:
        first = _first_conjunct(first.head.head)
    return first


def _a_home(place) -> bool:
    """Whether `place`, the object of a preposition after a name, says where
    its holder is from or sits: after "of"/"from" anything, after "in" a
    place the model tags so."""
    return place.head.lower_ in _HOMES or place.head.lower_ in _PLACED and place.ent_type_ == "GPE"


def _plural_head(doc, role: Found):
    """The head token of `role` when it is a plural role noun ("senators",
    "Reps"), else None."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    head = _head(span) if span is not None and len(span) else None
    if head is None or _singular(head) is None:
        return None
    return head


def _singular(token) -> str | None:
    """The singular of a plural role noun or office ("Senators" ->
    "Senator", "Reps" -> "Representative", "secretaries" -> "secretary",
    "Agents" -> "Agent": any noun that may head a role, `names.heads_a_role`),
    else None."""
    key, text = _key(token), token.text.rstrip(".")
    if not key.endswith("s") or key.endswith("ss") or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if _offices(key):
        return OFFICES[key[:-1]]
    if key.endswith("ies") and heads_a_role(key[:-3] + "y"):
        return text[:-3] + "y"
    return text[:-1] if heads_a_role(key[:-1]) else None


def _one_of(doc, role: Found) -> Found:
    """`role` as one person's: its plural head made singular; kept as
    written where a superlative ranks the group ("one of the mayor's
    closest aides": "a mayor's closest aide" would rank the person)."""
    head = _plural_head(doc, role)
    if head is None:
        return role
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    if any(t.tag_ in ("JJS", "RBS") for t in span):
        return role  # "one of the longest-serving ..." as written
    text = _role_text(span, head)
    # "one of the organizers" -> "an organizer"; "one of President Lind's former aides" -> "President Lind's former aide"
    text = re.sub(r"^one of the (?=[aeiou])", "an ", text, flags=re.I)
    text = re.sub(r"^one of the ", "a ", text, flags=re.I)
    return Found(text=re.sub(r"^one of ", "", text, flags=re.I), start=role.start, end=role.end)


# -- as of the article's date: "governor until 2019", "who resigned as chair" --

_BOUNDS = frozenset("until till through since from".split())
"""Words that bound a role in time ("governor until 2019", "chair since
2020", "governor from 2010 to 2014")."""
_ENDING = frozenset("leave resign retire quit".split())
"""Verbs (lemmas) that end an office: "who resigned as chairman"."""
_REMOVING = frozenset("fire oust remove dismiss sack depose".split())
"""Verbs (lemmas) that, in the passive, end someone's office: "who was
fired as director"."""
_YEAR = re.compile(r"(1[89]|20)\d\d")
_THEN = re.compile(r"\b[Tt]hen(?:\s*[-–]\s*|\s+)(?:(?:the|a|an)\s+)?(?=\w)")
""""then" inside a role phrase, hyphened or not ("then-Sen.", "the
country's then interim prime minister", "then the head of ..."): in a noun
phrase the word can only say the office was held at that time.  An
article after it goes with it ("former head of ...")."""


def as_of(doc, role: Found, published: str | None) -> Found:
    """`role` as of its article's date (`published`, ISO, or None).  A
    role the text bounds in time is the role alone, "former" when the
    bound ended before the article's year ("governor until 2019" in 2021,
    "the governor until last year"); "then-X" is "former X" wherever it
    stands ("Ukraine's then-Foreign Minister"): the prefix says the office
    was held then and not at the time of writing, written with its hyphen
    or without.  Unchanged when the text and the date do not tell."""
    if _THEN.search(role.text):
        return Found(text=_THEN.sub("former ", role.text), start=role.start, end=role.end)
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return role
    year = int(published[:4]) if published and published[:4].isdigit() else None
    cut = next((t.i for t in span[1:] if t.lower_ in _BOUNDS and _dated(doc[t.i:span.end])), None)
    if cut is None:
        return role
    ended = _ended(doc[cut:span.end], year)
    if ended is None:
        return role
    kept = doc[span.start:cut]
    if ended:
        return _former(kept, role)
    return Found(text="".join(_word(t) + t.whitespace_ for t in kept).strip(), start=role.start, end=kept.end_char)


def _dated(tokens) -> bool:
    return any(t.ent_type_ == "DATE" for t in tokens)


def _ended(bound, year: int | None) -> bool | None:
    """Whether a time bound ("until 2019", "from 2010 to 2014", "until
    last year", "since 2020") ended before the article's `year`; None when
    it cannot tell."""
    if bound[0].lower_ == "since":
        return False
    years = [int(t.text) for t in bound if _YEAR.fullmatch(t.text)]
    if years and year:
        return True if max(years) < year else False if max(years) > year else None
    if not years and any(t.lower_ in ("last", "ago") for t in bound):
        return True  # "until last year", "until two years ago": past as of any date
    return None


def _former(tokens, role: Found) -> Found:
    text = "".join(_word(t) + t.whitespace_ for t in tokens).strip()
    return Found(text=f"former {text}", start=role.start, end=tokens.end_char)


def _left(doc, end: int) -> Found | None:
    """"[name], who resigned as chairman" / "who stepped down as
    governor": the office left, as "former chairman" (a past-tense verb
    that ends an office, read from the parse; never "will step down")."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    verb = doc[end + 2]
    if verb.lower_ in ("was", "had") and end + 3 < len(doc) and verb.head.i == end + 3:
        verb = doc[end + 3]  # "who was fired as director", "who had resigned as chairman"
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "relcl" or not (
            verb.lemma_ in _ENDING or verb.lemma_ == "step" and any(c.lower_ == "down" for c in verb.children)
            or verb.lemma_ in _REMOVING and any(c.dep_ == "auxpass" for c in verb.children)):
        return None
    for prep in (c for c in verb.children if c.lower_ == "as"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = _role(doc, obj.left_edge.i, obj.right_edge.i + 1)
            if found is not None:
                return Found(text=f"former {found.text}", start=found.start, end=found.end)
    return None


def left_office(doc, end: int) -> bool:
    """Whether the name ending at token `end` is followed by "who left
    office" / "who resigned from office" (past tense, read from the parse):
    the office the article gives them has ended."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return False
    verb = doc[end + 2]
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "relcl" or verb.lemma_ not in _ENDING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ == "office" for o in objects)


_SEATS = frozenset("office post power presidency throne seat".split())
"""What an office holder leaves ("left office", "left the post"): the office
itself, so the leaving ends it."""


def left_as_subject(doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is the subject of a past
    verb that ends its office ("when President X left office", "Governor
    X resigned in March", "stepped down"), with no other post named
    ("resigned as party chairman", "left the board"): the title is past."""
    name = doc[start:end].root
    verb = name.head
    if name.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN") or verb.i < end \
            or any(t.is_punct for t in doc[end:verb.i]):
        return False  # "Chair X, recently resigned director Y": a list the parse read as a clause
    if verb.lemma_ == "leave":
        return any(c.dep_ == "dobj" and c.lemma_ in _SEATS for c in verb.children)
    ends = verb.lemma_ in ("resign", "retire") or verb.lemma_ == "step" and any(c.lower_ == "down" for c in verb.children)
    named = [o for c in verb.children if c.dep_ == "dobj" or c.lower_ in ("as", "from")
             for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]
    return ends and all(o.lemma_ in _SEATS for o in named)


def _honorific(token) -> bool:
    return token.lower_.strip(".") in HONORIFICS


def _title_before(doc, start: int) -> Found | None:
    """"Pakistani Prime Minister [name]": the capitalised or role words
    directly before the name, up to a determiner, verb or punctuation;
    none when the name opens a clause on the title ("the judge Trump was
    referring to", parsed as one)."""
    name = doc[start]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    lead = start
    while lead > 0 and _honorific(doc[lead - 1]):
        lead -= 1
    if name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "relcl" and name.head.head.i == lead - 1:
        # the name opens a relative clause on the noun ("the company Mr. X formed"); an office is still its own
        return _role(doc, lead, start) if any(_office(t) for t in doc[lead:start]) else None
    if lead < start and lead > 0 and doc[lead - 1].lower_ in ("of", "for", "to", "'s", "’s"):
        # "a spokesman for Mr Love": Love is not the spokesman; "to Sen. X": X is a senator
        return _role(doc, lead, start) if any(_office(t) for t in doc[lead:start]) else None
    before = start - 1
    while before > 0 and doc[before].lower_ in ("the", "a", "an"):
        before -= 1
    if before >= 0 and doc[before].lower_ in ("of", "for", "to"):
        return None  # "an attorney for [name]", "a spokesman for the [name] super PAC": someone else
    i = start
    while i > 0 and _title_token(doc[i - 1]) and not _in_capitals(doc, i - 1):
        if doc[i - 1].lower_ == "of" and i < start and any(is_role_word(t.text) for t in doc[i:start]):
            break  # "the head of President X", "family members of former president X": X's title follows "of"
        i -= 1
    # A title run back into a body's name that holds a preposition starts with the name whole,
    # which then heads it: no role rather than the name cut ("Lindale Affairs Executive Director").
    i = _whole_body(doc, i, start)
    if i < start - 1 and imperative(doc[i]):
        i += 1  # "Recall Sen. X damaging his name": the sentence's verb, not part of the title
    # "general counsel to Democrat Hillary Clinton", "campaign manager for Republican Bob Dole":
    # what comes before "to" or "for" is another's role.
    i = max([i] + [j + 1 for j in range(i, start) if doc[j].lower_ == "to"
                   or doc[j].lower_ == "for" and doc[j + 1].ent_type_ == "NORP"
                   and not any(is_role_word(t.text) for t in doc[j + 1:start])])
    i = _own_title(doc, i, start)
    if i < lead < start and any(is_role_word(t.text) for t in doc[i:lead]):
        # "chairman of the Intelligence Committee Rep. X": the description is
        # the role, not "... Committee Representative".
        described = _role(doc, i, lead)
        if described is None or _a_tie(doc, i, lead):
            return _role(doc, lead, start)  # "rival Sen. X": how X stands to someone, the office is the role
        return described
    while i < start - 1 and (doc[i].lower_ in _EDGE_GLUE or doc[i].lower_ in _DETERMINERS):
        i += 1
    if i > 0 and doc[i - 1].lower_ in ("a", "an") and doc[i].is_title:
        return None  # "in the cross hairs of a President Romney": one who might be, not one who is
    while i < start - 1 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_lower and doc[i].lower_ not in _TITLE_GLUE \
            and not is_role_word(doc[i].text) and not _seat(doc[i]) and not _seat(_compounded(doc[i])) \
            and not _names_the_seat_after(doc, i) and not _hedge(doc[i]) and not _bound_prefix(doc, i) and any(t.is_title for t in doc[i + 1:start]):
        i += 1  # "rival Sen. X", "embattled Gov. X": a description, not the title
    title = _role(doc, i, start)
    if title is not None and i > 0 and _ended_by(doc[i - 1], i) and not FORMER.match(title.text):
        return Found(text=f"former {title.text}", start=title.start, end=title.end)
    first = _first_calling(doc, i, start) if title is not None else None
    return _role(doc, first, start) if first is not None else title


def _first_calling(doc, i: int, start: int) -> int | None:
    """Where a first calling joined by "and" to the lower-case title at
    tokens [i, start) begins ("celebrity poet and director X": both are
    what X is, the title alone would cut one off): lower-case singular
    nouns, the last a role's head, no determiner before them (after "the
    mayor and director X" two people may be meant); else None."""
    if i < 2 or doc[i - 1].lower_ != "and" or not all(t.is_lower for t in doc[i:start]):
        return None
    calling = doc[i - 2]
    if calling.tag_ != "NN" or not calling.is_lower or not heads_a_role(calling.text) or fold(calling.text) in KINSHIP:
        return None
    j = i - 2
    while j > 0 and doc[j - 1].is_lower and doc[j - 1].pos_ in ("NOUN", "ADJ") and doc[j - 1].dep_ in ("compound", "amod"):
        j -= 1
    return j if j == 0 or doc[j - 1].lower_ not in _DETERMINERS else None


def _ended_by(token, first: int) -> bool:
    """Whether `token`, right before a title starting at token `first`, is a
    participle of a verb that ends an office modifying that title
    ("recently resigned party director X", "departed Gov. X", "the fired
    port director X"): the office is past, the role a former one."""
    if token.tag_ not in ("VBN", "VBD") or token.lemma_ not in _ENDING | _DEPARTING | _REMOVING:
        return False
    if token.dep_ == "amod":
        return token.head.i >= first
    # "Chair X, recently resigned finance director Y and ...": the parse made the participle a verb
    # of the name before the comma; with no object of its own, it modifies the title after it
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.tag_ == "RB" and before.nbor(-1).text == "," \
        and not any(c.dep_ in ("dobj", "attr", "prep") for c in token.children)


_DEPARTING = frozenset("depart".split())
"""Verbs (lemmas) that, as a participle before a title, say its holder has
gone ("the departed chairman"), beside those that end an office (`_ENDING`)."""


def _whole_body(doc, i: int, start: int) -> int:
    """Where a title that starts at token `i` inside an organization's name
    starts with that name whole: the walk back stopped at a preposition
    of the name ("the Council on Lindale Affairs Executive Director X" ran
    back to "on"), so the title would cut the name ("Lindale Affairs
    Executive Director"); else `i`."""
    before = doc[i - 1] if 0 < i < start else None
    if before is None or before.pos_ != "ADP" or before.ent_iob_ != "I" or before.ent_type_ != "ORG" \
            or doc[i].ent_iob_ != "I" or doc[i].ent_type_ != "ORG":
        return i
    while i > 0 and doc[i - 1].ent_type_ == "ORG" and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def imperative(token) -> bool:
    """Whether `token` opens its sentence on a verb the tagger took for a
    name ("Recall Sen. X damaging his name in 2000"): a word the model
    knows as a verb, no role word, in a sentence whose own verb is not
    finite (a participle with no auxiliary), so the opening word is the
    verb the sentence has: an imperative."""
    if not token.is_sent_start or not token.is_title or is_role_word(token.text) or token.lower_ in _TITLE_GLUE \
            or not nlp.known_verb(token.text) or _opens_a_named_thing(token):
        return False
    root = token.sent.root
    finite = ("VBD", "VBZ", "VBP", "MD")
    return root.tag_ not in finite and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite
                                               for c in root.children)


def _opens_a_named_thing(token) -> bool:
    """Whether `token` is the first word of a name of several words the
    model tags as a body or place ("Green Valley hopeful X"): part of that
    name, not a verb."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "B" and token.ent_type_ not in ("", "PERSON") and following is not None \
        and following.ent_iob_ == "I"


def _in_capitals(doc, i: int) -> bool:
    """Whether token `i` and the two words before it are all written in
    capitals ("IN HARBOUR FIRE Ruritanian Prime Minister X"): a heading set
    in capitals run into the sentence, no part of a title, which holds an
    acronym or two at most ("NATO Secretary General", "NAACP CEO")."""
    return i > 1 and all(t.is_alpha and t.is_upper and len(t) > 1 for t in doc[i - 2:i + 1])


def _seat(token) -> bool:
    """Whether a lower-case noun before a title says where the office sits
    ("state Sen. X", "county Commissioner X", "police Chief X"): a noun for
    a place or body (names.NON_PERSON_WORDS), part of the title; not one
    that owns it ("the party's 2012 nominee")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ in ("NOUN", "PROPN") and token.lower_ in NON_PERSON_WORDS and token.dep_ != "poss" \
        and (after is None or after.tag_ != "POS")


def _names_the_seat_after(doc, i: int) -> bool:
    """Whether token `i` is a lower-case noun right before a lower-case
    seat noun (`_seat`) of a title ("audit committee chairman", "water
    board member"): which body it is, part of the title, however the
    parse hangs it."""
    return doc[i].pos_ == "NOUN" and i + 1 < len(doc) and doc[i + 1].is_lower and _seat(doc[i + 1])


def _compounded(token):
    """The word a noun is compounded with ("committee" of "intelligence
    committee"), or the noun itself."""
    return token.head if token.dep_ == "compound" and token.head.i > token.i else token


def _own_title(doc, i: int, start: int) -> int:
    """Where the name's own title begins in tokens [i, start): after the
    last "to"/"for" that a role word follows ("communications director to
    Representative [name]": the director is someone else; "Ambassador to
    Russia [name]" stays whole).  A shortened office counts as a role word
    ("finance chairman for Ohio Gov. [name]": the governor's title is his)."""
    for k in range(start - 1, i - 1, -1):
        if doc[k].lower_ in ("to", "for") and any(is_role_word(t.text) or _office(t) for t in doc[k + 1:start]):
            return k + 1
    return i


def _year_of_office(token) -> bool:
    """A year between a determiner or possessive and a title word: which
    race or term a role is of ("the party's 2012 nominee", "the 2016
    Republican nominee"); also one opening a sentence or a clause after a
    comma ("..., 2012 Senate candidate X said"), where no preposition makes
    it a time; not the year before a title ("In 2012 President Obama ...")."""
    doc = token.doc
    if not re.fullmatch(r"(?:19|20)\d\d", token.text) or token.i + 1 >= len(doc):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1]
    return (before is None or token.is_sent_start or before.text in (",", ";", ":")
            or before.lower_ in ("the", "'s", "’s", "his", "her", "their", "its")) \
        and (is_role_word(after.text) or after.is_title and after.ent_type_ not in ("PERSON", "DATE"))


def _hedge(token) -> bool:
    """Whether `token` is a hedge (`_HEDGES`) modifying a word after it
    ("likely nominee", not "it is likely President X will"), or a piece
    of "would-be"."""
    doc, i = token.doc, token.i
    if token.lower_ == "would":
        return _hyphened(doc, i) and doc[i + 2].lower_ == "be"
    if token.lower_ == "be":
        return i >= 2 and doc[i - 2].lower_ == "would" and _hyphened(doc, i - 2)
    return token.lower_ in _HEDGES and token.dep_ in ("amod", "advmod", "compound") and token.head.i > i


def _title_token(token) -> bool:
    if _hedge(token):
        return True
    if token.text == "-" and (token.whitespace_ or token.i > 0 and token.nbor(-1).whitespace_):
        return False  # "WASHINGTON - Representative": a dateline's dash, not "then-president"
    if _then_opening_a_sentence(token):
        return False  # "Then council spokesman X said": next in time, not a past title
    if token.lower_ in _TITLE_GLUE:
        return True
    if _year_of_office(token):
        return True
    if token.like_num and token.is_alpha and _hyphened(token.doc, token.i):
        return True  # "one-time rival", "two-term governor": the number opens the hyphenated word
    if _bound_prefix(token.doc, token.i):
        return True  # "co-chair", "vice-president": the tokenizer split the prefix off the title
    if _between_hyphens(token):
        return True  # "editor-in-chief", "attorney-at-law": the title is one hyphenated word
    if _in_chief(token):
        return True  # "editor in chief": the same title unhyphenated, whose tail alone is no role
    if _joins_a_bodys_name(token):
        return True  # "Parks and Recreation Director": one department's name, not two people
    if token.is_punct or token.pos_ in ("VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM"):
        return False
    if _under_secretary(token):
        return True
    if token.pos_ == "ADP" or token.ent_type_ in ("DATE", "TIME"):
        return False  # "On Monday President X": the day is when, not part of the title
    if token.lower_ == "counterpart" or is_role_word(token.text):
        return True
    return token.is_title or token.pos_ in ("ADJ", "PROPN") or token.pos_ == "NOUN" and token.dep_ == "compound" \
        or _seat(token)


def _then_opening_a_sentence(token) -> bool:
    """Whether `token` is a "Then" that opens its sentence with no hyphen
    after it ("Then council spokesman Ana Lind said ..."): the adverb of
    sequence, as at the head of a clause it always reads; the adjective
    that dates a title is hyphened there ("Then-Gov. Ana Lind") and
    follows a determiner elsewhere ("the then governor")."""
    doc, i = token.doc, token.i
    hyphened = i + 1 < len(doc) and doc[i + 1].text in ("-", "–") and not token.whitespace_
    return token.text == "Then" and token.is_sent_start and not hyphened


def _joins_a_bodys_name(token) -> bool:
    """Whether `token` is an "and" inside the name of an organization
    the model tags whole ("the Trade and Industry Committee"), the words
    on both sides of it in that name: part of the title it opens, which
    cut there would name another body ("Industry Committee Chairman")
    and lose what comes before ("former").  Not "&", which joins a firm's
    name ("Marsh & Co."), after which a sentence may end."""
    doc, i = token.doc, token.i
    return token.lower_ == "and" and 0 < i < len(doc) - 1 and token.ent_type_ == "ORG" \
        and token.ent_iob_ == "I" and doc[i + 1].ent_iob_ == "I" and doc[i + 1].is_title and doc[i - 1].is_title


def _bound_prefix(doc, i: int) -> bool:
    """Whether token `i` is a prefix (`_BOUND_PREFIXES`) a hyphen joins to
    the next word ("ex-minister", "ex-Ruritania Gov."): part of the title."""
    return doc[i].lower_ in _BOUND_PREFIXES and _hyphened(doc, i)


def _between_hyphens(token) -> bool:
    """Whether `token` is the middle of a hyphenated word the tokenizer split
    ("in" of "Editor-in-Chief"), hyphens on both sides with no spaces."""
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "-" and doc[i + 1].text == "-" \
        and not doc[i - 1].whitespace_ and not token.whitespace_


def _in_chief(token) -> bool:
    """Whether `token` is the "in" of a title written "<role> in chief"
    without hyphens ("editor in chief", "commander in chief"): cut there,
    the title would shrink to its tail "chief"."""
    doc, i = token.doc, token.i
    return token.lower_ == "in" and 0 < i < len(doc) - 1 and doc[i + 1].lower_ == "chief" \
        and is_role_word(doc[i - 1].text)


def _under_secretary(token) -> bool:
    """Whether `token` is the "Under" of the title "Under Secretary" (the
    tagger reads it as a preposition): an under secretary is not the
    secretary.  Not "Under President X, taxes rose", which no title word
    after it makes a title."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text == "Under" and following is not None and following.lower_.strip(".") in ("secretary", "sec")


def _appositive_before(doc, start: int, end: int) -> Found | None:
    """"the Presidential Envoy to Afghanistan, [name]" when the name is not
    itself followed by another name (a list)."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON":
        return None
    if end < len(doc) and doc[end].tag_ == "POS":
        return None  # "contacting the defendant's attorney, Stone's charges could ...": Stone owns what follows
    i = _phrase_start(doc, start - 1)
    linked = next((k for k in range(max(i - 1, 0), start - 1) if doc[k].lower_ in ("for", "of")
                   and doc[k].head.pos_ == "NOUN" and doc[k].head.i < i
                   and start - doc[k].head.i <= _MAX_ROLE_TOKENS), None)
    if linked is not None:
        # "his opponent for president, Hillary Clinton": the office sought
        # completes the noun before it; she is the opponent, not a president
        i = _phrase_start(doc, doc[linked].head.i, start - 1)
    if _someone_elses(doc[start - 2], i):
        return None  # "Carter Page, a onetime campaign adviser, Mr. Trump": Page's role, not Trump's
    if _opening_phrase(doc[start - 2], end):
        return None  # "According to his aides, Senator Ann Berg will run": the aides are not Berg
    if _subject_after_object(doc, i, start, end):
        return None  # "... than that of the CIA chief, Zuckoff said": the author speaks, no chief
    links = [t.i for t in doc[i:start - 2] if t.lower_ in ("for", "to")]
    if is_role_word(doc[start - 2].text) and links and any(is_role_word(t.text) for t in doc[i:links[0]]):
        # "a spokesman for the special counsel, Robert S. Mueller III": the
        # name may be the spokesman's or the counsel's (news writes both);
        # "a lawyer for the news outlets, David Schulz" is the lawyer.
        return None
    return _role(doc, i, start - 1)


def _parsed_appositive_before(doc, start: int, end: int) -> Found | None:
    """The noun phrase the parse sets the name at tokens [start, end) in
    apposition to, right before its comma, where it is headed by a role
    noun and holds words no title does ("a spokesman in Lind's office,
    X", "Lind's longtime chief of staff, X"); cut before a relative clause
    ("the businessman who had served as ..., X" -> "businessman").  None
    when the name lists on into another name, or the noun is itself set
    beside someone else."""
    name = doc[end - 1]
    noun = name.head
    if start < 2 or doc[start - 1].text != "," or name.dep_ != "appos" or noun.i >= start - 1 \
            or not _role_noun(noun) or noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" \
            or noun.dep_ == "pobj":  # "his opponent for president, X": the office sought, not X's
        return None
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON":
        return None
    first = noun.left_edge.i
    # "that" opens a relative clause, not where it points to a noun ("the author of that plan, X")
    last = next((t.i for t in doc[noun.i + 1:start - 1] if t.lower_ in ("who", "which", "that", "whose")
                 and not (t.dep_ == "det" and t.head.i > t.i)), start - 1)
    if last - first > _MAX_ROLE_TOKENS or any(t.text in ",;:()" for t in doc[first:last]):
        return None
    return _role(doc, first, last)


def _opening_phrase(noun, end: int) -> bool:
    """Whether `noun` (the last word before the comma ahead of a name
    ending at token `end`) is the object of a preposition that opens a
    clause the name belongs to ("According to his aides, Senator Ann
    Berg will run", "Unlike his advisers, Mr. Trump wants"): the verb the
    preposition hangs on comes after the name, so the phrase sets the
    scene and is no appositive.  A name set off by commas on both sides
    is one ("Under the new chairman, Tom Becker, the bank grew")."""
    if end < len(noun.doc) and noun.doc[end].text == ",":
        return False
    if noun.doc[end - 1].dep_ == "appos" and noun.doc[end - 1].head.i == noun.i:
        return False  # the parser set the name in apposition to the noun
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "their friends and advisers"
    if noun.dep_ == "pobj":
        prep = noun.head
        while prep.dep_ == "prep" and prep.head.dep_ == "prep" and prep.head.i < prep.i:
            prep = prep.head  # "according to"
        if prep.head.pos_ in ("VERB", "AUX") and prep.head.i >= end:
            return True
    # Deeper in a phrase that sets the scene for the verb after the name ("As
    # for the notion that she would be the first woman to be president,
    # Fiorina offered ..."): the phrase hangs on that verb as a modifier.
    token = noun
    while token.head.i != token.i and token.head.i < end:
        token = token.head
    verb = token.head
    return token is not noun and verb.i >= end and verb.pos_ in ("VERB", "AUX") \
        and token.dep_ in ("prep", "advcl", "advmod") and token.pos_ in ("ADP", "VERB", "AUX", "ADV", "SCONJ")


def _subject_after_object(doc, first: int, start: int, end: int) -> bool:
    """Whether the name in tokens [start, end) is the subject of a verb after
    it while the role phrase before its comma (from token `first`) is as a
    whole a preposition's or a verb's object ("more credible than that of
    the CIA chief, Zuckoff said"; "In addition to Ferguson community
    members, Holder spent ..."; "Lind has 370 delegates, Okafor has
    129"), or a copula's complement ("Okafor was a member of the club,
    Lind said"): the name opens a clause of its own, so the
    phrase describes someone else.  "The Foreign Minister of the Russian
    Federation, Mr. Sergey Lavrov was ..." (headed by "Minister", the
    object only inside it) keeps its role."""
    name, phrase = doc[start:end].root, doc[first:start - 1].root
    # a copula's complement ("Okafor was a member of the club, Lind said") is its own subject's role
    governed = phrase.dep_ in ("pobj", "dobj", "attr") or phrase.dep_ == "prep" and phrase.i == first
    closed = any(t.text == "," for t in doc[end:name.head.i])  # "by the lord chief justice, Lord Burnett of Maldon, is"
    return governed and name.dep_ in ("nsubj", "nsubjpass") and name.head.i >= end and not closed


def _phrase_start(doc, end: int, last: int | None = None) -> int:
    """The first token of the title words running back from token `end`
    (exclusive), at most `_MAX_ROLE_TOKENS` before `last` (default `end`)."""
    last = end if last is None else last
    i = end
    while i > 0 and last - i < _MAX_ROLE_TOKENS and _title_token(doc[i - 1]):
        i -= 1
    if 0 < i < end and doc[i - 1].lower_ in _HEDGING_ADVERBS and doc[i - 1].head.i >= i:
        i -= 1  # "the seemingly inevitable nominee": the hedge is the phrase's first word
    return i


def _someone_elses(noun, i: int) -> bool:
    """Whether the role phrase ending in `noun` (its first token `i`) is
    parsed as the appositive of a person named before it, not across a
    semicolon, which sets list items apart ("the spy chief, Mr. Varga; the
    bureau director, Tom Riel;": the director is Riel)."""
    return noun.dep_ == "appos" and noun.head.i < i and noun.head.ent_type_ == "PERSON" \
        and not any(t.text == ";" for t in noun.doc[noun.head.i:i])


def _past_a_home(doc, end: int) -> int:
    """Where the words after a name ending at token `end` go on past the
    place it is "of" ("Senator X of Nevada, the minority leader"; "Ann
    Lind of Dover, Del., a teacher"): the appositive after the place is
    the name's; else `end`."""
    if end + 2 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].ent_iob_ != "B" \
            or doc[end + 1].ent_type_ != "GPE":
        return end
    k = end + 2
    while k < len(doc) and (doc[k].ent_iob_ == "I" or _place_comma(doc, k)
                            or doc[k - 1].text == "," and doc[k].ent_type_ == "GPE"):
        k += 1
    return k if k < len(doc) and doc[k].text == "," else end


_PARTY_TAG = re.compile(r"\s*(?:\(\s*(?P<party>[DRI])\s*[-–]\s*(?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*)?)\s*\)"
                        r"|,\s*(?P<party2>[DRI])-(?P<place2>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?=,))")
"""A party and state tag after a lawmaker's name, in brackets or between
commas: "Rep. Ann Lind (D-Vt.)", "Sen. Tom Berg, R-Ohio, said"."""


def _past_party_tag(doc, end: int) -> int:
    """The token after the party and state tag right after the name ending
    at token `end` ("Rep. Ann Lind (D-Vt.), a panel member": the comma),
    where an appositive may follow; `end` when no tag follows.  The tag is
    skipped, not made a role: it says the side a lawmaker sits on, and an
    article's own role phrases ("the panel's ranking member") say more."""
    if end >= len(doc) or doc[end].text not in ("(", ","):
        return end
    match = _PARTY_TAG.match(nlp.text_of(doc), doc[end - 1].idx + len(doc[end - 1].text))
    if match is None:
        return end
    past = end
    while past < len(doc) and doc[past].idx < match.end():
        past += 1
    return past


def _appositive_after(doc, end: int) -> Found | None:
    """"[name], the Deputy Director of the Asia Program," -> that phrase;
    set off by dashes as well (`_dashed_appositive`)."""
    if end + 1 < len(doc) and doc[end].text in _DASHES:
        return _dashed_appositive(doc, end)
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].ent_type_ == "PERSON" and not _owns_what_follows(doc, i) \
            or doc[i].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"):
        return None
    if doc[i].tag_ == "CD" and doc[i].lower_ not in ("one", "1"):
        return None  # "[name], two members of Congress, A and B,": the role of the names it counts
    if _next_in_a_list(doc, i, end) or _titles_the_next_name(doc, i):
        return None
    role = _phrase_until_stop(doc, i) or _second_conjunct(doc, i) or _label_then_clause(doc, i)
    return None if role is not None and _introduces_the_next_name(doc, role) else role


_DASHES = frozenset("-- — –".split())


def _dashed_appositive(doc, end: int) -> Found | None:
    """The role set off between two like dashes right after the name ending
    at token `end` ("Dunn -- the mayor's longtime adviser -- said"), where
    the parse sets a noun between them beside the name; None when no
    closing dash comes within a role's length (a dash that opens an aside
    running on to the end of the sentence)."""
    dash = doc[end].text
    close = next((k for k in range(end + 1, min(len(doc), end + 2 + _MAX_ROLE_TOKENS)) if doc[k].text == dash), None)
    if close is None or close == end + 1 or any(t.is_sent_start for t in doc[end + 1:close + 1]):
        return None
    if not any(t.dep_ == "appos" and t.head.i == end - 1 for t in doc[end + 1:close]):
        return None
    return _role(doc, end + 1, _clause_in_the_aside(doc, end + 1, close))


_RELATIVES = frozenset("who whose whom which".split())
_CLAUSE_LINKS = _RELATIVES | frozenset("and or but".split())


def _clause_in_the_aside(doc, start: int, close: int) -> int:
    """Where a clause joined to the role between dashes begins ("-- a
    council member, and whose own firm won the bid --": at the
    comma), or a relative pronoun opens one ("-- an aide who left --");
    `close`, the closing dash, when none does: the clause says more of the
    holder, no part of the role."""
    for k in range(start + 1, close):
        if doc[k].lower_ in _RELATIVES or doc[k].text == "," and k + 1 < close \
                and doc[k + 1].lower_ in _CLAUSE_LINKS:
            return k
    return close


_CONFERRING = frozenset("appoint name nominate make elect choose select pick tap designate install".split())
"""Verbs (lemmas) that give their object the role named after it ("name
Ann Berg chair"): the noun after the name is the role conferred."""


def _unless_to_be_given(doc, end: int, role: Found | None) -> Found | None:
    """`role`, the phrase after the name ending at token `end`, unless it is
    the role a verb only proposes to give (`_to_be_given`) and not set off
    by a comma after it as a description is ("will elect Ann Berg, a
    teacher, in May" describes her)."""
    if role is None or not _to_be_given(doc, end):
        return role
    k = next((t.i for t in doc if t.idx >= role.end), len(doc))
    described = k < len(doc) and doc[k].text == "," or doc[end + 1].lower_ in ("a", "an")
    return role if described else None


def _to_be_given(doc, end: int) -> bool:
    """Whether the name ending at token `end` (or the noun it is set beside:
    "its founder, Ann Berg") is the object of a verb that confers a role,
    in a form that only proposes it ("urged the council to appoint Ann
    Berg, envoy to Norland", "should name her chair"): the phrase after the
    name is a role she may be given, not one she holds.  Done ("appointed
    Ann Berg, envoy"), she holds it."""
    token = doc[end - 1]
    while token.dep_ == "appos" and token.head.i < token.i:
        token = token.head
    verb = token.head
    if token.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_ not in _CONFERRING:
        return False
    return verb.tag_ in ("VB", "VBG") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _introduces_the_next_name(doc, role: Found) -> bool:
    """Whether the phrase `role`, read after one name, ends at a comma with
    another person's name right after it, that name not itself followed by
    a comma and a phrase of its own ("views of Judge Lind, the House
    Republican whip, Tom Vale of Iowa, said"): news sets "the X, Name"
    before the name it describes, so the phrase is the second name's.  In
    a list of names each with its phrase ("Lind, the mayor, Vale, the
    governor, and ...") the phrase stays with the name before it."""
    k = next((t.i for t in doc if t.idx >= role.end), len(doc))
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_type_ != "PERSON" or doc[k + 1].ent_iob_ != "B":
        return False
    last = _past_a_home(doc, _entity_end(doc, k + 1))
    return not (last + 1 < len(doc) and doc[last].text == ","
                and doc[last + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and doc[last + 1].ent_type_ != "PERSON")


def _entity_end(doc, i: int) -> int:
    """The token after the entity that begins at token `i`."""
    i += 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i


def _label_then_clause(doc, i: int) -> Found | None:
    """The role a relative clause gives after an appositive from token `i`
    that is only a party's or a people's label, a place's name before it
    or not ("X, a Democrat who is also a teacher at Dover College,"; "X,
    the Idaho Democrat who heads the panel,"): what the clause
    says X is."""
    k = i
    while k < len(doc) and (doc[k].lower_ in ("a", "an", "the") or doc[k].ent_type_ in ("NORP", "GPE")):
        k += 1
    if k == i or k >= len(doc) or doc[k].lower_ != "who" or not any(t.ent_type_ == "NORP" for t in doc[i:k]):
        return None
    return _clause_after(doc, k, k)


def _second_conjunct(doc, i: int) -> Found | None:
    """The role after "and the" in an appositive from token `i` whose first
    part is a party's or a people's label, no role ("X, Republican of Ohio
    and the chairman of the committee,"): the second part is what X is,
    where a determiner opens it.  Not after other words ("X, son of a
    farmer and a teacher": whose the second part is, only the reader of
    the whole text knows)."""
    if doc[i].ent_type_ != "NORP":
        return None
    k = i
    while k < len(doc) and k - i < _MAX_ROLE_TOKENS and doc[k].lower_ not in _STOPS and not doc[k].is_sent_start:
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ != "and" or doc[k + 1].lower_ not in ("the", "a", "an") \
            or doc[k - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    return _phrase_until_stop(doc, k + 1)


def _appositive_conjunct(doc, start: int, end: int) -> Found | None:
    """The second of two roles set beside the name at tokens [start, end),
    joined by "and" and each opened by a determiner ("X, a fellow at the
    Dover Institute and a former envoy to Peru, said"): the parse joins a
    role noun to the appositive of the name, and the aside closes right
    after it.  Not one inside the first role's complement ("X, head of a
    union and a club"), which the parse hangs elsewhere, nor one that is
    no role or a relative ("X, a nurse and a mother of three"), nor a bare
    noun that says less than the first ("and a former adviser")."""
    name = doc[end - 1]
    first = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i and is_role_word(c.text)
                  and any(d.dep_ == "det" for d in c.children)), None)
    second = next((c for c in first.children if c.dep_ == "conj" and c.i > first.i), None) if first else None
    if second is None or not is_role_word(second.text) or fold(second.text) in KINSHIP \
            or not any(c.dep_ == "prep" for c in second.children) \
            or not any(c.dep_ == "det" and c.i < second.i for c in second.children) \
            or doc[second.i - 1 - sum(1 for c in second.children if c.i < second.i)].lower_ != "and":
        return None
    opening = min(c.i for c in second.children if c.i < second.i)
    role = _phrase_until_stop(doc, opening)
    close = second.right_edge.i + 1
    return role if role is not None and (close >= len(doc) or doc[close].text in (",", ".", ";")) else None


def _owns_what_follows(doc, i: int) -> bool:
    """Whether the name that starts at token `i` ends in a possessive ("Tom
    Vale, Lind's chief of staff,"): the words after it are what the name
    before the comma is to Lind, not another person listed."""
    while i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].lower_ not in ("'s", "’s"):
        i += 1
    return i < len(doc) and doc[i].lower_ in ("'s", "’s", "'", "’") and doc[i].tag_ == "POS"


def _titles_the_next_name(doc, i: int) -> bool:
    """Whether the words from token `i` on run, before any stop, into a
    name right after a lower-case noun ("Ann Lind, envoy for rural affairs
    Tom Velt; ..."): in a list of titled names the words after a comma are
    the next person's title, not this one's."""
    k = i
    while k < len(doc) and k - i < _MAX_ROLE_TOKENS and doc[k].lower_ not in _STOPS and not doc[k].is_sent_start:
        k += 1
    run = k
    while run > i and doc[run - 1].pos_ == "PROPN" and doc[run - 1].is_title:
        run -= 1
    if run == k or run == i or k - run > 4:
        return False
    name, before = doc[run:k], doc[run - 1]
    return before.pos_ == "NOUN" and before.is_lower and any(t.ent_type_ == "PERSON" for t in name) \
        and not any(t.ent_type_ in ("ORG", "FAC", "GPE", "LOC") for t in name)


def _next_in_a_list(doc, i: int, end: int) -> bool:
    """Whether the words from token `i` after the name ending at `end` are
    a plural noun the parse joins to the name as the next item of a list
    ("such topics as Ann Lind, local poets and ..."): other things, not
    what the one person is."""
    for token in doc[i:min(i + _MAX_ROLE_TOKENS, len(doc))]:
        if token.dep_ == "conj" and token.head.i == end - 1:
            return token.tag_ in ("NNS", "NNPS")
        if token.lower_ in _STOPS:
            break
    return False


def _clause_after(doc, start: int, end: int) -> Found | None:
    """"[name], who is also the deputy prime minister of Pakistan" and
    "[name] is a political analyst" -> the role phrase.  A "who" with no
    comma after a preposition's object restricts the noun the preposition
    hangs on, not the name (a name takes no restrictive clause): "a
    former adviser to [name] who is now a fellow" is the adviser's."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i < len(doc) and doc[i].lower_ == "who":
        if i == end and doc[end - 1].dep_ == "pobj":
            return None  # "an adviser to Ann Lind who is now a fellow": no comma, so the adviser's clause
        i += 1
        i = _past_a_capacity(doc, i)
    if i >= len(doc) or doc[i].lower_ not in _COPULAS or _denied(doc[i]) or _supposed(doc[i]) or _reported(doc[i]):
        return None
    if _someone_elses_predicate(doc[i], start):
        return None
    if doc[i].lower_ == "has":  # "has been a senator"; "has a whole host of records" says no role
        if i + 1 >= len(doc) or doc[i + 1].lower_ != "been":
            return None
        i += 1
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ not in _PAST_ADVERBS:
        i += 1  # "is also the ...", but "was once the ...", which `_role` reads as a former role
    return _phrase_until_stop(doc, i)


def _conjoined_copula(doc, end: int) -> Found | None:
    """The role a present-tense "is" states of the name ending at token
    `end`, in a second clause sharing the name as subject ("Lind ran the
    port authority and is currently chair of the Kelso Forum"): the role the
    holder has now.  Not a clause with a subject of its own, nor one that
    denies or only reports the role."""
    name = doc[end - 1]
    if name.dep_ != "nsubj" or name.head.i < end:
        return None
    for verb in name.head.children:
        if verb.dep_ != "conj" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
                or _denied(verb) or _supposed(verb) or _reported(verb):
            continue
        if not any(c.dep_ == "attr" and _role_noun(c) for c in verb.children):
            continue
        i = verb.i + 1
        while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ not in _PAST_ADVERBS:
            i += 1  # "is currently chair of ...": the adverb says when, the role follows
        return _phrase_until_stop(doc, i)
    return None


def _past_a_capacity(doc, i: int) -> int:
    """The token after an "as" phrase at token `i` that the parse hangs on
    the copula after it ("who as a student was the editor of the paper"):
    where the clause's verb is; `i` when no such phrase stands there."""
    prep = doc[i] if i < len(doc) else None
    if prep is None or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.i <= prep.right_edge.i \
            or prep.head.lower_ not in _COPULAS:
        return i
    return prep.right_edge.i + 1


def _as_in_a_clause(doc, end: int) -> Found | None:
    """The role "as" names in a "who" clause on the name ending at token
    `end` ("X, who argued cases as the former deputy director of the
    league"; "X, who works as a nurse"): the capacity the clause says X
    acted in.  Only a role that says it is past, or one the present tense
    gives: "who was elected as mayor" does not say whether X still is."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    verb = doc[end + 1].head
    if verb.dep_ != "relcl" or verb.head.i != end - 1:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and _role_noun(c)):
            if obj.right_edge.i + 1 - obj.left_edge.i > _MAX_ROLE_TOKENS:
                continue
            role = _role(doc, obj.left_edge.i, obj.right_edge.i + 1)
            if role is not None and (FORMER.match(role.text) or verb.tag_ in ("VBZ", "VBP")):
                return role
    return None


def _someone_elses_predicate(copula, start: int) -> bool:
    """Whether the `copula` after the name starting at token `start` has
    its own subject before the name ("Ann Lind, a former aide to Mr. Velt,
    is now a banker"): the name sits inside that subject's appositive, and
    the predicate describes the subject, not it."""
    verb = copula.head if copula.dep_ in ("aux", "auxpass") else copula
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < start and subject.lower_ not in ("who", "that")


def _supposed(verb) -> bool:
    """Whether the copula `verb` only supposes ("if Velt is president"): no
    role the person holds."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


def _reported(verb) -> bool:
    """Whether the copula `verb` heads what a verb of saying before it
    reports ("Lind said Okafor was the founder of the gang"): someone's
    claim, not a role the text gives.  A clause the news sets first and
    attributes after ("Okafor was a member of the club, Lind said") is the
    article's own account."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING and verb.head.i < verb.i


def _denied(verb) -> bool:
    """Whether the copula `verb` or a verb it hangs on is denied ("is not a
    senator", "None of this means that Obama has been a bad president")."""
    for token in (verb, *verb.ancestors):
        if any(c.dep_ == "neg" or c.dep_ == "nsubj" and c.lower_ in ("none", "nothing", "nobody")
               for c in token.children):
            return True
    return False


SCORN = -0.4  # general-English valence at or below which an adjective judges ("a bad president"), not an office


def _scorns(tokens) -> bool:
    """Whether a description's head noun takes a lower-case adjective of
    scorn ("a bad president", "a failed businessman"; not "head of
    criminal investigations"): a judgment someone makes, not an office
    someone holds."""
    head, lexicon = _head(tokens), valence_lexicon()
    return head is not None and any((t.pos_ == "ADJ" or _participle_of_the_role(t, tokens.start, tokens.end))
                                    and t.is_lower and t.i < head.i and t.head.i == head.i
                                    and lexicon.get(t.lower_, 0) <= SCORN for t in tokens)


def _ranks(tokens) -> bool:
    """Whether a description ranks the person rather than names an office:
    "the only candidate in either party who ...", "the leader among white
    Americans ...", "the biggest donor", "the only doctor on stage".  A
    superlative of closeness, age or size after "one of" (`_MEASURING`)
    sorts the group the person is one of, not the person ("one of the
    mayor's closest aides": an aide); one of praise or blame still judges
    ("one of the most divisive senators")."""
    partitive = _partitive(tokens)
    return any(t.lower_ in ("only", "among") or t.tag_ in ("JJS", "RBS")
               and not (partitive and t.lower_ in _MEASURING) for t in tokens)


_MEASURING = frozenset("closest oldest longest newest youngest earliest largest biggest".split())
"""Superlatives that measure (closeness, age, time, size) rather than judge."""


def _partitive(tokens) -> bool:
    """Whether the phrase opens on "one of" ("one of the aides")."""
    return len(tokens) > 2 and tokens[0].lower_ == "one" and tokens[1].lower_ == "of"


def _phrase_until_stop(doc, i: int) -> Found | None:
    stop = i
    while stop < len(doc) and (stop - i < _MAX_ROLE_TOKENS or _name_runs_on(doc, stop, i)) \
            and (doc[stop].lower_ not in _STOPS or _place_comma(doc, stop) or _name_and(doc, stop) or _within_a_body(doc, stop)
                 or _callings_and(doc, stop) or _modifiers_and(doc, stop) or _objects_and(doc, stop) or _titles_sharing_a_body(doc, i, stop)) \
            and not doc[stop].is_sent_start and (doc[stop].pos_ not in ("VERB", "AUX") or _hyphen_joined(doc, stop)
                                                 or _participle_of_the_role(doc[stop], i, i + _MAX_ROLE_TOKENS)
                                                 or _inside_a_name(doc, stop, i) or _verb_of_a_name(doc, stop)):
        stop += 1
    joined = next((k for k in range(i, stop) if _callings_and(doc, k)), None)
    if stop < len(doc) and doc[stop].lower_ not in _STOPS and not doc[stop].is_sent_start:
        # "the former mayor and founder of the ... empire" running on: the first calling is still the role
        if joined is None:
            cut = _participle_clause_start(doc, i, stop)
            return _role(doc, i, cut) if cut is not None else None
        return _role(doc, i, joined)
    role, end = _role(doc, i, stop), _body_after_a_comma(doc, i, stop)
    if role is None and joined is not None:
        return _role(doc, i, joined)  # the second calling's words hold a name ("founder of the Lind Group")
    if role is None or end == stop:
        return role
    body = doc[stop + 1:end]
    return Found(text=f"{role.text}, {body.text}", start=role.start, end=body.end_char)


def _participle_clause_start(doc, i: int, stop: int) -> int | None:
    """Where a participle clause on the role noun begins, when the phrase
    from token `i` ran into it at `stop` ("a retired nurse now living in
    Kelso", "a former aide teaching at a college"): the adverbs the
    participle takes before it ("now") go with it.  The clause says what
    the holder does besides; the role is the words before it.  None when
    `stop` is no such participle."""
    verb = doc[stop]
    if verb.tag_ not in ("VBG", "VBN") or verb.dep_ != "acl" or not i <= verb.head.i < stop \
            or not heads_a_role(verb.head.text):
        return None
    cut = stop
    while cut > i and doc[cut - 1].pos_ == "ADV" and doc[cut - 1].head.i == stop:
        cut -= 1
    return cut


_NAME_RUN_ON = 8
"""Tokens a role may run past `_MAX_ROLE_TOKENS` to finish a body's name."""


def _name_runs_on(doc, k: int, i: int) -> bool:
    """Whether token `k`, past the role's length limit, goes on with the
    name of a body begun inside the role from token `i` ("founder and
    president of the Lindale-based Nordic American Timber Traders
    Association"): cut there, the role would name no body, or another."""
    return k - i < _MAX_ROLE_TOKENS + _NAME_RUN_ON and doc[k].ent_iob_ == "I" \
        and doc[k].ent_type_ in _NAMED_BODIES


def _within_a_body(doc, k: int) -> bool:
    """Whether token `k`, a comma or "and", stands inside the name of a
    body the model tags whole ("the Bureau of Salt, Pepper and Mustard"):
    cut there, the role would name another body."""
    return doc[k].lower_ in (",", "and") and doc[k].ent_type_ in ("ORG", "FAC") and doc[k].ent_iob_ == "I" \
        and k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"


def _verb_of_a_name(doc, k: int) -> bool:
    """Whether token `k` is a capitalised verb after "to" inside a name in
    capitals ("the Committee to Preserve Rural Schools", which the
    recogniser may cut at the verb): the name's word, not the role's end."""
    return 1 < k < len(doc) - 1 and doc[k].is_title and not doc[k].is_sent_start and doc[k - 1].lower_ == "to" \
        and doc[k - 2].is_title and doc[k + 1].is_title


_NAMED_BODIES = frozenset("ORG FAC GPE LOC".split())


def _inside_a_name(doc, k: int, i: int) -> bool:
    """Whether token `k` is inside the name of a body or place that begins
    after the role's first token `i` ("director of the League to Protect
    Small Farms"): a verb there is the name's, not the end of the role."""
    token = doc[k]
    if token.ent_iob_ != "I" or token.ent_type_ not in _NAMED_BODIES:
        return False
    first = k
    while first > i and doc[first].ent_iob_ == "I":
        first -= 1
    return first > i and doc[first].ent_iob_ == "B"


def _body_after_a_comma(doc, i: int, stop: int) -> int:
    """Where a role from token `i`, stopped at `stop`, ends: past a comma
    and the organisation after it when the role is a bare capitalised title
    and the organisation closes the clause ("X, Director, Lindale Capital."
    -> "Director, Lindale Capital"), the body the title is held in; else
    at `stop`."""
    title = doc[i:stop]
    if stop + 1 >= len(doc) or doc[stop].text != "," or not title or len(title) > 3 \
            or not all(t.is_title and t.pos_ in ("NOUN", "PROPN") for t in title) or not is_role_word(title[-1].text) \
            or doc[stop + 1].ent_type_ != "ORG" or doc[stop + 1].ent_iob_ != "B":
        return stop
    last = stop + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    closes = last + 1 == len(doc) or doc[last + 1].is_sent_start or doc[last + 1].text in (".", ";", ",")
    return last + 1 if closes else stop


_BODY_LINKS = frozenset("of at".split())


def _titles_sharing_a_body(doc, start: int, i: int) -> bool:
    """An "and" (token `i`) between two bare titles that one "of" or "at"
    phrase completes ("chairman and chief executive of Lindale Air"): the
    body is both titles', so the role goes on to it; not where the first
    already has its own ("mayor of Lindale and a fellow at ...")."""
    if doc[i].lower_ != "and" or i == start:
        return False
    first = doc[start:i]
    if not all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in first) or not is_role_word(first[-1].text):
        return False
    k = i + 1
    while k < len(doc) and k - i <= 3 and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].lower_ not in _BODY_LINKS:
        k += 1
    return k > i + 1 and k < len(doc) and doc[k].lower_ in _BODY_LINKS and is_role_word(doc[k - 1].text)


def _hyphen_joined(doc, i: int) -> bool:
    """Whether token `i` is the second half of a hyphenated word
    ("government-funded", "state-owned"): an adjective, not the verb that
    ends a role phrase."""
    return i >= 2 and _hyphened(doc, i - 2)


def _name_and(doc, i: int) -> bool:
    """An "and" inside a name, between capitalised words after "of" ("co-director of
    the Liberty and National Security Program", "the Mommy and Me literacy
    program", "the Council on Water and Land Rights", a country's
    "Trade and Safety Agency"): part of the role, where "president and chief executive" stops,
    and so does "mayor of Chicago and Mr. Obama's former chief of staff" (a
    title or someone's name after it opens a second role)."""
    if doc[i].lower_ != "and" or i < 2 or i + 1 >= len(doc) or not (doc[i - 1].is_title and doc[i + 1].is_title) \
            or _honorific(doc[i + 1]) or _office(doc[i + 1]):
        return False
    j = i - 1
    while j > 0 and (doc[j].is_title or doc[j].lower_ in ("on", "of", "for", "to") and doc[j - 1].is_title):
        j -= 1  # "the Council on Water and Land Rights": a small word inside the name
    k = i + 1
    while k < len(doc) and doc[k].is_title:
        k += 1
    owned = doc[j].lower_ in ("'s", "’s") and doc[j - 1].pos_ == "PROPN"  # "at Ruritania's Trade and Safety Agency"
    return (doc[j].lower_ in ("of", "the", "at", "for") or owned) \
        and not (k < len(doc) and doc[k].lower_ in ("'s", "’s"))


def _callings_and(doc, i: int) -> bool:
    """An "and" between two lower-case singular nouns, each a role's head,
    the second joined to the first ("the singer and actress", "a lawyer
    and activist"): one person's two callings, so the phrase goes on; not
    before a determiner, a name or a kin noun ("a lawyer and a mother")."""
    if doc[i].lower_ != "and" or i == 0 or i + 1 >= len(doc):
        return False
    first, second = doc[i - 1], _second_calling(doc, i)
    return second.dep_ == "conj" and second.head.i == first.i \
        and all(t.tag_ == "NN" and t.is_lower and heads_a_role(t.text) and fold(t.text) not in KINSHIP
                for t in (first, second))


def _second_calling(doc, i: int):
    """The noun after the "and" at token `i`, past lower-case words that
    qualify it ("a lawyer and senior adviser": "adviser"); the word right
    after "and" when none do."""
    k = i + 1
    while k + 1 < len(doc) and doc[k].is_lower and doc[k].dep_ in ("amod", "compound") \
            and doc[k].head.i > k and doc[k].head.dep_ == "conj":
        k += 1
    return doc[k]


def _modifiers_and(doc, i: int) -> bool:
    """An "and" between two words that both modify a noun after them
    ("vice president for defense and foreign policy studies"): the parse
    hangs the first conjunct on a noun past the "and", so the phrase goes
    on; "president and chief executive" (two roles) and "mayor of Lindale
    and a fellow at ..." stop.  No role noun between ("policy and
    research director") nor a name."""
    first = doc[i].head
    if doc[i].lower_ != "and" or doc[i].dep_ != "cc" or first.i >= i or first.dep_ not in ("nmod", "compound", "amod"):
        return False
    noun = first.head
    return noun.i > i and noun.pos_ == "NOUN" and noun.i - i <= 4 \
        and not any(is_role_word(t.text) or t.ent_type_ == "PERSON" for t in doc[i + 1:noun.i + 1])


def _objects_and(doc, i: int) -> bool:
    """An "and" joining two lower-case objects of a preposition inside the
    role ("deputy commissioner of licensing and inspections",
    "administrator for exploration and operations"): one office's field, so
    the phrase goes on; not before a role noun ("mayor of Lindale and a
    fellow at ..."), a relative nor a name."""
    if doc[i].lower_ != "and" or doc[i].dep_ != "cc":
        return False
    first = doc[i].head
    if first.i >= i or first.dep_ != "pobj" or not first.is_lower or first.pos_ != "NOUN":
        return False
    second = next((c for c in first.children if c.dep_ == "conj" and c.i > i), None)
    return second is not None and second.i - i <= 3 and second.pos_ == "NOUN" and second.is_lower \
        and not is_role_word(second.text) and fold(second.text) not in KINSHIP \
        and not any(t.ent_type_ == "PERSON" for t in doc[i + 1:second.i + 1])


def _place_comma(doc, i: int) -> bool:
    """A comma inside a place written "City, State": "president of the
    Kansas City, Mo., branch" goes on past both commas."""
    if doc[i].text != "," or i == 0 or doc[i - 1].ent_type_ != "GPE" or i + 1 >= len(doc):
        return False
    if doc[i + 1].ent_type_ == "GPE":
        return True
    return i >= 3 and doc[i - 2].text == "," and doc[i - 3].ent_type_ == "GPE" and doc[i + 1].is_lower \
        and doc[i + 1].pos_ in ("NOUN", "ADJ")  # "the Kansas City, Mo., branch"; not "in Dover, Del., won"


def _role(doc, start: int, end: int) -> Found | None:
    """tokens [start, end) as a role, without a leading determiner, or None
    when they hold no role noun."""
    first, past = start, False
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].lower_ in _EDGE_GLUE
                           or doc[start].lower_ in _OTHERS or doc[start].lower_ in _FIRM_ENDS
                           or doc[start].pos_ == "ADV" and doc[start].lower_ != "then" and not _hyphened(doc, start)
                           and not _hedge(doc[start]) and doc[start].lower_ not in _HEDGING_ADVERBS
                           and not _participle_of_the_role(doc[start].head, start, end)):
        past = past or doc[start].lower_ in _PAST_ADVERBS
        start += 1
    # a capitalised honorific at the end ("the party's Mr.") is the name's; "the first lady" is a role
    while end > start and (doc[end - 1].lower_ in _EDGE_GLUE or _honorific(doc[end - 1]) and not doc[end - 1].is_lower
                           and not _office(doc[end - 1])):
        end -= 1
    if start + 1 < end and doc[start].lower_ in _COMPANIONS and doc[start].is_title \
            and any(is_role_word(t.text) for t in doc[start + 1:end]):
        start += 1  # "Fellow club organizer X" opening a sentence: no honour's title, a tie to someone named before
    if start >= end or doc[start].pos_ in ("ADP", "VERB", "AUX") and doc[start].lower_ not in _TITLE_GLUE \
            and not _hedge(doc[start]) and not _under_secretary(doc[start]) \
            and not _participle_of_the_role(doc[start], start, end) or not _headed_by_role(doc[start:end]):
        return None
    if _names_someone(doc[start:end]):
        # "communications director to Representative X", "director under President X": the role ends before "to"
        cut = next((t.i for t in reversed(doc[start:end]) if t.lower_ in ("to", "for", "under")), None)
        if cut is None or cut <= start or _names_someone(doc[start:cut]):
            return None  # "Keri Russell, executive producer Joel Fields": another person's role
        if not _speaks_for(doc, start, cut):
            end = cut
        if not _headed_by_role(doc[start:end]):
            return None
    if in_quote(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
        return None  # words from a quotation are what someone said, not a role
    if _run_into_a_caption(doc[start:end]) or _ranks(doc[first:end]) or _scorns(doc[start:end]) \
            or _a_relation_to_someone_unnamed(doc, first, start, end):
        return None
    span = doc[start:end]
    text = _role_text(span)
    if _bound_prefix(doc, start) and doc[start].lower_ == "ex" and not is_role_word(doc[start + 2].text):
        text = f"former {_role_text(doc[start + 2:end])}"  # "ex-Ruritania Gov.": "ex" ends the office, not the place
    if past and not FORMER.match(text):
        text = f"former {text}"  # "formerly a congressman": the adverb says the office has ended
    return Found(text=text, start=span.start_char, end=span.end_char)


def _speaks_for(doc, start: int, cut: int) -> bool:
    """Whether the role at tokens [start, cut) is one that acts for the
    titled person "for" or "to" at `cut` names (names.SPEAKS_FOR: "a
    spokeswoman for Speaker X", "an aide to Senator X"): the principal is
    part of the role, which without it reads as the spokeswoman of whoever
    the article names nearby.  Not "under" (a boss, not a principal)."""
    head = _head(doc[start:cut])
    return doc[cut].lower_ in ("for", "to") and head is not None and head.lower_ in SPEAKS_FOR


def _participle_of_the_role(token, start: int, end: int) -> bool:
    """Whether `token` is a participle that modifies a noun of the role in
    tokens [start, end) ("the newly installed speaker", "the recently
    appointed director", "the acting chief of staff", "the sitting
    governor"): the role's own words, not a verb that ends it."""
    return token.tag_ in ("VBN", "VBG") and token.dep_ == "amod" and start <= token.i < token.head.i < end \
        and token.head.pos_ in ("NOUN", "PROPN")


_RELATIONS = frozenset("rival challenger opponent".split())
"""Role nouns that only say how the holder stands to someone else ("his
rival X"): no role without that someone."""


_TIES = _RELATIONS | frozenset("ally critic foe friend".split())
"""Nouns that say how someone stands to another (`_RELATIONS` and the
like): no office, so an office written after one is the role."""


def _a_tie(doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are headed by a lower-case noun of a tie
    to someone (`_TIES`: "rival", "longtime ally")."""
    head = _head(doc[start:end])
    return head is not None and head.is_lower and head.lower_.rstrip("s") in _TIES


def _a_relation_to_someone_unnamed(doc, first: int, start: int, end: int) -> bool:
    """Whether tokens [start, end), no capitalised word among them, are
    headed by a noun of relation (`_RELATIONS`) owned by a pronoun, among the words left off before them
    from `first` or right before them ("his rival X", "her main
    challenger"): whose rival the pronoun does not name, so it is no role;
    "Lind's rival" names the owner and stays."""
    head = _head(doc[start:end])
    if head is None or head.lower_.rstrip("s") not in _RELATIONS \
            or any(t.text[:1].isupper() for t in doc[start:end] if t.i > start or t.lower_ not in _DETERMINERS):
        return False  # "his likely GOP rival": the party or office says what the rivalry is for
    owners = doc[min(first, start - 1) if start > 0 else start:start]
    return any(t.tag_ == "PRP$" for t in owners)


def _role_text(span, plural_head=None) -> str:
    """The words of the role `span`, abbreviated offices spelt out, the
    `plural_head` token (if any) made singular, and adjectives that describe
    the holder (`_OF_THE_HOLDER`) left out: "the legendary Sen." -> "Senator"."""
    words = [(_singular(t) if plural_head is not None and t.i == plural_head.i else _word(t)) + t.whitespace_
             for t in span if not _of_the_holder(t)]
    return "".join(words).strip()


def _of_the_holder(token) -> bool:
    """Whether `token` is an adjective in `_OF_THE_HOLDER` before a word of
    the role, not joined to it by a hyphen ("late-night host"): lower case,
    or capitalised only because it opens the sentence ("Controversial
    county Sheriff X said")."""
    doc = token.doc
    written = token.text if not _opens_the_sentence(token) else token.lower_
    return written in _OF_THE_HOLDER and token.i + 1 < len(doc) and doc[token.i + 1].text != "-" \
        and token.whitespace_ != ""


def _opens_the_sentence(token) -> bool:
    """Whether `token` is its sentence's first word, an opening quotation
    mark or bracket aside: capitalised there whatever it is."""
    first = token.sent.start
    while first < token.i and (token.doc[first].is_punct or token.doc[first].is_space):
        first += 1
    return first == token.i


def _run_into_a_caption(tokens) -> bool:
    """Whether a role's words before any preposition hold two words a
    scraper ran together ("Getty ImagesRepublican presidential candidate",
    a photo credit run into its caption); a firm's name after "at" is its
    own ("president at CouponCabin.com"), and so is a firm's name in one
    word that opens the role ("RavenFact Executive Director")."""
    for token in tokens:
        if token.pos_ == "ADP":
            return False
        if glued(token.text) and not _a_firm_opening(token, tokens):
            return True
    return False


def _a_firm_opening(token, tokens) -> bool:
    """Whether `token` opens the role `tokens` as an organization's name of
    one word ("RavenFact Executive Director"), tagged so alone, and no
    capitalised word stands right before it, as a photo credit would
    ("Getty ImagesRepublican")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return token.i == tokens.start and token.ent_type_ == "ORG" and token.ent_iob_ == "B" \
        and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I") \
        and (before is None or not (before.is_alpha and before.text[:1].isupper()))


def _hyphened(doc, i: int) -> bool:
    """Whether token `i` opens a hyphenated word ("far-right leader",
    "long-time aide"): part of the role, not an adverb before it; the
    word's second half is `_hyphen_joined`."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _word(token) -> str:
    """A role's word as written, an office's abbreviation spelt out
    ("Sen." -> "Senator", "Reps" -> "Representatives")."""
    if not _office(token):
        return token.text
    key = _key(token)
    if _stopped_office(token):
        return STOPPED_OFFICES[token.lower_]
    return OFFICES[key] if key in OFFICES else OFFICES[key[:-1]] + "s"


def _key(token) -> str:
    return token.lower_.strip(".")


def _office(token) -> bool:
    """"Sen.", "Gov.", "Rep.", "Reps.": an honorific that is an office (a role)."""
    key = _key(token)
    return (key in OFFICES or _offices(key) or _stopped_office(token)) and token.text[:1].isupper()


def _stopped_office(token) -> bool:
    """Whether `token` is an office written short with its stop
    (`names.STOPPED_OFFICES`: "Del.") in a title's place, before a name
    and not after a town's comma ("Dover, Del.", where it is the state)."""
    doc = token.doc
    return token.lower_ in STOPPED_OFFICES and token.i + 1 < len(doc) and doc[token.i + 1].is_title \
        and not (token.i > 0 and doc[token.i - 1].text == ",")


def _offices(key: str) -> bool:
    """"sens", "reps": the plural of an office's abbreviation (not "press")."""
    return key.endswith("s") and not key.endswith("ss") and key[:-1] in OFFICES


def _names_someone(tokens) -> bool:
    """Whether the phrase holds another person's name with its own title:
    before any preposition ("executive producer Joel Fields"), or at its
    end after a title word ("former Secretary of State Hillary Clinton").
    A name inside a complement is no title ("spokeswoman for the Obama
    campaign", "a friend of the younger Mr. Hutchinson"), nor is the owner
    of the role ("Mr. Hunter's lawyer": the lawyer is someone else)."""
    seen_preposition = False
    for token in tokens:
        seen_preposition = seen_preposition or token.pos_ == "ADP" or token.lower_ in ("'s", "’s")
        if token.ent_type_ == "PERSON" and not seen_preposition and not _owner(token, tokens) \
                and not _qualifies(token) and not _office(token) and not _postposed(token) \
                and not _run_into_the_name_after(token, tokens):
            return True  # not "police Insp." or "President Pro Tem" run into the name's tag
    last = tokens[-1]
    if last.ent_type_ != "PERSON" or _office(last) or _postposed(last) or _run_into_the_name_after(last, tokens):
        return False
    i = last.i
    while i > tokens.start and (tokens.doc[i - 1].ent_type_ == "PERSON" or _honorific(tokens.doc[i - 1])):
        i -= 1
    before = tokens.doc[i - 1] if i > tokens.start else None
    if before is not None and _a_bodys_name_tagged(tokens.doc, i):
        return False
    if before is not None and before.pos_ not in ("DET", "ADJ", "ADP"):
        k = i
        while k > tokens.start and (tokens.doc[k - 1].is_title and is_role_word(tokens.doc[k - 1].text)
                                    or tokens.doc[k - 1].lower_ in FORMER_WORDS):
            k -= 1
        # "surgeon in the cabinet of former Governor X": the titled name completes "of"
        return not (tokens.start < k < i and tokens.doc[k - 1].lower_ == "of" and tokens.doc[k - 1].head.i < k - 1
                    and any(t.pos_ == "NOUN" and t.is_lower for t in tokens.doc[tokens.start:k - 1]))
    return before is None


FORMER_WORDS = frozenset("former late then".split())


def capitals_before(doc, i: int) -> int:
    """The token before the run of capitalised words, none a title nor a
    tagged name, that ends right before token `i` (hyphens inside: "the
    Northern Rural Women Caucus"); `i - 1` when there is none."""
    i -= 1
    while i >= 1 and (doc[i].is_title and not is_title_word(doc[i].text) and doc[i].ent_type_ != "PERSON"
                      or doc[i].text == "-" and not doc[i].whitespace_):
        i -= 1
    return i


def _a_bodys_name_tagged(doc, i: int) -> bool:
    """Whether the name tagged at token `i` ends capitalised words that
    "the" opens, no title among them ("the Northern Rural Women Caucus"):
    the tail of a body's long name, no one's."""
    before = capitals_before(doc, i)
    return before < i - 1 and doc[before].lower_ == "the"


def _run_into_the_name_after(token, tokens) -> bool:
    """Whether `token`, tagged as a person's name, is a title word the
    recogniser ran into the name right after the phrase `tokens` ("King"
    and "Crown Prince" of "King Osman", "Deputy Crown Prince Omar bin
    Khalid" tagged whole, "Neighbour Ada Brill" opening a sentence): the
    phrase holds a role or status noun and the tag runs on,
    unbroken, from the word to that name, or breaks right after a title word
    before it ("Florence Mayor | Ann Berg": a place spelt like a given name,
    tagged with its office apart).  The title is that person's own, no
    other person named."""
    doc, after = tokens.doc, tokens.end
    return after < len(doc) and doc[after].ent_type_ == "PERSON" and token.is_title \
        and all(doc[k].ent_iob_ == "I" for k in range(token.i + 1, after)) \
        and (doc[after].ent_iob_ == "I" or doc[after - 1].is_title and is_title_word(doc[after - 1].text)) \
        and any(heads_a_role(t.text) for t in doc[token.i:after])  # "Neighbour Ada Brill" too


def _qualifies(token) -> bool:
    """Whether the name `token` ends in qualifies a common noun after it ("the
    Cruz campaign's chairman", "a Clinton aide"): whose, not who."""
    while token.dep_ == "compound" and token.head.ent_type_ == "PERSON" and token.head.i > token.i:
        token = token.head  # "Ted" of "Ted Cruz"
    return token.dep_ == "compound" and token.head.i > token.i and token.head.ent_type_ != "PERSON" \
        and token.head.pos_ == "NOUN"  # not an owner ("Ms. Velt's lawyer": `_owner` decides)


def _owner(token, tokens) -> bool:
    """Whether the name `token` is part of ends in a possessive inside
    `tokens` and owns a role noun a person's name stands beside: "Hunter's
    attorney, Gregory Vega" (Vega is the attorney), or run into the name
    as its title ("Hunter's attorney Gregory Vega"), not "a letter to
    Clinton's lawyer, Rep. Trey Gowdy asked" (Gowdy is no one's lawyer)."""
    end = token.i
    while end + 1 < tokens.end and tokens.doc[end + 1].ent_type_ == "PERSON" and tokens.doc[end + 1].dep_ != "case" \
            and token.dep_ != "case":
        end += 1
    # the possessive mark itself, which the model may tag with the name
    after = token if token.dep_ == "case" else tokens.doc[end + 1] if end + 1 < tokens.end else None
    if after is None or after.lower_ not in ("'s", "’s", "'", "’") or after.dep_ != "case":
        return False
    role = after.head.head
    return role.dep_ == "appos" and role.head.ent_type_ == "PERSON" \
        or role.dep_ == "compound" and role.head.ent_type_ == "PERSON" and role.head.i >= tokens.end \
        or any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in role.children)


def _quoted(doc) -> tuple[list[int], list[int]]:
    """The character spans inside quotation marks, as sorted starts and
    ends (computed once per doc from its text; a line break closes a mark
    left open)."""
    if "quoted" not in doc.user_data:
        starts, ends, open_at = [], [], None
        for match in _QUOTE_MARKS.finditer(nlp.text_of(doc)):
            mark = match.group()
            if open_at is None:
                if mark not in ("”", "»", "\n"):
                    open_at = match.end()
            elif mark in ("“", "„", "«"):
                open_at = match.end()
            else:
                starts.append(open_at)
                ends.append(match.start())
                open_at = None
        doc.user_data["quoted"] = (starts, ends)
    return doc.user_data["quoted"]


def in_quote(doc, start: int, end: int) -> bool:
    """Whether text[start:end] overlaps a quotation."""
    starts, ends = _quoted(doc)
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and ends[i] > start


def quotation_around(doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the quotation that holds text[start:end]
    whole, inside its marks; None when it is not quoted."""
    starts, ends = _quoted(doc)
    i = bisect_right(starts, start) - 1
    return (starts[i], ends[i]) if i >= 0 and ends[i] >= end else None


def _headed_by_role(tokens) -> bool:
    """Whether the phrase's head (its last word before "of", "for", "at"...)
    is a role noun: "first secretary of the embassy" yes, "advocate for
    justice" no."""
    head = _head(tokens)
    return head is not None and (head.lower_ == "counterpart" or _role_noun(head))


def _postposed(token) -> bool:
    """Whether `token` is a word set after a title's head (`names.POSTPOSED`),
    which the recogniser may tag as part of the name after it."""
    return token.lower_.strip(".") in POSTPOSED


def _head(tokens):
    """The phrase's head: its last noun or adjective before "of", "for", "at"...,
    a word set after a title (`names.POSTPOSED`) passed over."""
    head = None
    for token in tokens:
        if token.pos_ == "ADP" and head is not None and not _postposed(token):
            break
        if head is not None and _postposed(token):
            continue
        if token.pos_ in ("NOUN", "PROPN", "ADJ") or token.lower_ == "counterpart":
            head = token
    return head


_PARTY_MEMBERS = frozenset("democrat republican".split())
_RANKING = frozenset("ranking top senior".split())


def _ranked_party_member(token) -> bool:
    """Whether `token` is a party's member noun given a rank in a body
    ("the panel's ranking Democrat", "the top Republican on the committee"):
    a post, the minority's or majority's lead, where the party noun alone
    ("a Democrat") is none."""
    return token.lower_ in _PARTY_MEMBERS and any(c.dep_ == "amod" and c.lower_ in _RANKING for c in token.children)


def _role_noun(token) -> bool:
    """A role word used as a noun ("the official") rather than an adjective
    ("an official visit")."""
    if _office(token) or _ranked_party_member(token):
        return True
    if not heads_a_role(token.text):
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ in ("NOUN", "PROPN") or nxt is None or not (nxt.pos_ == "NOUN" and not is_role_word(nxt.text))


def resolve_counterpart(role: str, previous: str | None) -> str | None:
    """"Russian counterpart" with the previous role "Pakistani Prime
    Minister" -> "Russian Prime Minister"; None when there is nothing to
    resolve it against ("counterpart" alone is not a role)."""
    words = role.split()
    if "counterpart" not in [w.lower() for w in words]:
        return role
    if not previous:
        return None
    qualifier = [w for w in words if w.lower() not in ("counterpart", "his", "her", "their")]
    if not qualifier:
        first, _, rest = previous.partition(" ")
        return f"counterpart of {first.lower() + ' ' + rest if first.lower() in _DETERMINERS else previous}"
    title = [w for w in previous.split() if not _is_nationality(w)]
    return " ".join(qualifier + title) or None


def _is_nationality(word: str) -> bool:
    """"Pakistani", "Russia's", "US": words that place a title in a country."""
    if word.endswith(("'s", "’s")) or word.isupper():
        return True
    return word[:1].isupper() and word.lower().endswith(("an", "ese", "ish", "i", "ch")) \
        and not is_role_word(word)

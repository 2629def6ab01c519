"""People named in one article: a parsed `Article` in, `Person`s out.

1. Mentions: spaCy's PERSON entities, plus the names it misses after a title
   ("Foreign Minister Ishaq Dar") and bare surnames of people already named.
2. Non-persons out: a name must look like one (names.looks_like_person); a
   lone word needs a title or a full name it belongs to, since the small
   model tags platforms, towns and acronyms as PERSON.
3. Mentions merged: "Mr. Lavrov" and "Lavrov" join "Sergey Lavrov"; a
   surname shared by two people goes to the one the article has called by
   it most, then to the one last mentioned; a surname
   written before the only full name sharing it is someone else's
   ("President Trump" before "Melania Trump").
4. Roles from the words around each mention (roles.py), kept with the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from ..language import nlp
from ..language.casing import headline
from ..language.saying import REPORTING
from ..models import Article, Person, Quote, Role
from ..language.names import (HONORIFICS, KINSHIP, NAME_PARTICLES, NON_PERSON_WORDS, PAST_ROLE, POSTPOSED, fold,
                              generational_suffix, generations_differ,
                              given_name, heads_a_role,
                              given_name_sex, REGNAL, fathers_names, is_role_word, name_cased, is_title_word, looks_like_person, name_words,
                              only_qualifies, opens_on_description, owner, role_head, role_specificity, role_words, same_person,
                              split_title, strip_name, surname, SEXED_TITLES)
from .roles import (as_of, capitals_before, imperative, in_quote, left_as_subject, left_office, quotation_around,
                    resolve_counterpart, roles_for)

# Entity types a word after a title cannot be part of a name in ("General Electric").
_NOT_NAMES = frozenset("GPE NORP LOC ORG FAC PRODUCT EVENT LAW WORK_OF_ART LANGUAGE".split())
_PLACES = frozenset("GPE NORP LOC".split())
_PLACE_PREPOSITIONS = frozenset("in at near from to into across via outside inside".split())
_PLACE_ONLY = _PLACE_PREPOSITIONS - {"from", "to"}  # "a letter to Ann Berg", "testimony from Ann Berg": a person


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name: its text (no title), token span, and whether
    something beyond the model's tag vouches for it (a title before it)."""

    name: str
    start: int
    end: int
    titled: bool


@dataclass
class _Group:
    name: str
    mentions: list[Mention] = field(default_factory=list)


def find_people(article: Article, doc) -> tuple[Person, ...]:
    """Each person the article names, once, with roles, mentions and sources."""
    mentions = _mentions(doc, article.title or "")
    groups = _group(mentions, doc, article.title or "")
    shared = _shared_surnames(groups)
    people = [p for p in (_person(article, doc, group, shared) for group in groups) if not _a_body(p.role)]
    people = _courtesy_names_spelt_out(people)
    return tuple(sorted(people, key=lambda p: (-p.salience, p.name)))


_COURTESY_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’-]+)\b")


def _courtesy_names_spelt_out(people: list[Person]) -> list[Person]:
    """`people` with a courtesy title and surname inside a role ("spokesman
    for Mr. Hartig") written as the full name of the one person of that
    surname the article names ("spokesman for Sten Hartig"): the brief
    lists roles apart from the text that named Mr. Hartig, where a
    newspaper's honorific points at no one.  A surname two people share
    stays as written."""
    bearers: dict[str, list[str]] = {}
    for person in people:
        if " " in person.name:
            bearers.setdefault(surname(person.name), []).append(person.name)

    def spelt(text: str | None) -> str | None:
        if text is None:
            return None
        return _COURTESY_NAME.sub(lambda m: bearers[surname(m[1])][0] if len(bearers.get(surname(m[1]), ())) == 1
                                  else m[0], text)

    return [replace(p, role=spelt(p.role), roles=tuple(replace(r, text=spelt(r.text)) for r in p.roles))
            if p.role and _COURTESY_NAME.search(" ".join([p.role] + [r.text for r in p.roles])) else p
            for p in people]


_BODY_NOUNS = frozenset("""firm company corporation agency organization organisation group team club band network
    party bloc coalition alliance union association institute foundation newspaper magazine website outlet publisher
    studio brand label chain restaurant ruling decision lawsuit service product platform""".split())
"""Nouns for a body or a thing, never a person: a name whose role is one
("Mayer Brown, the law firm", "Harmon Brothers, the firm behind an ad") is
no person (general English)."""


def _a_body(role: str | None) -> bool:
    """Whether `role`, up to its first preposition or relative word, ends on
    a noun for a body ("law firm", "the firm behind a viral ad")."""
    if not role:
        return False
    words = re.split(r"\b(?:of|at|in|for|behind|with|from|on|to|that|which|who|whose)\b", role.lower())[0].split()
    return bool(words) and words[-1].strip(".,;:") in _BODY_NOUNS


def _shared_surnames(groups: list[_Group]) -> frozenset[str]:
    """The surnames (folded, `names.surname`) two or more people of the
    article share ("khan" of Khizr, Ghazala and Humayun Khan)."""
    counts = Counter(surname(g.name) for g in groups)
    return frozenset(word for word, count in counts.items() if count > 1)


def mark_quoted(people: tuple[Person, ...], quotes: tuple[Quote, ...]) -> tuple[Person, ...]:
    """`people` with `quoted` set (and salience raised) for those who speak."""
    speakers = {q.speaker for q in quotes if q.speaker}
    return tuple(replace(p, quoted=True, salience=p.salience + 2) if p.name in speakers else p
                 for p in people)


# -- 1. mentions ------------------------------------------------------------


def _mentions(doc, title: str = "") -> list[Mention]:
    """Name mentions in text order, before any filtering by support; the
    article's `title` is read as a headline where the text repeats it
    (`_headline_names`)."""
    found = _run_together([m for ent in doc.ents if ent.label_ == "PERSON" for part in _dash_parts(doc, ent)
                           for m in [_from_entity(doc, part)] if m], doc)
    found += _mistagged(doc, found)
    found = _couples(doc, found)
    for titled in _after_titles(doc):
        overlap = [m for m in found if m.start < titled.end and titled.start < m.end]
        if all(titled.start <= m.start and m.end <= titled.end for m in overlap):
            found = [m for m in found if m not in overlap] + [titled]
    found = [m for m in found if not _credited(doc, m) and not _a_party_to_a_case(doc, m.start, m.end)]
    return sorted(_headline_names(doc, found, title), key=lambda m: m.start)


_DASH_MARKS = frozenset("- -- – —".split())


def _dash_parts(doc, ent) -> list:
    """The PERSON entity `ent` cut at each dash set off by spaces inside it
    ("Ivo Moe - Dario Vettel", a name and the aside that names another,
    tagged as one): the pieces between, each a name to read on its own;
    `ent` whole when it holds no such dash ("Anwaar-ul-Haq" is hyphened)."""
    cuts = [t.i for t in ent if t.text in _DASH_MARKS and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_]
    if not cuts:
        return [ent]
    bounds = [ent.start] + [c + 1 for c in cuts]
    ends = cuts + [ent.end]
    return [doc[a:b] for a, b in zip(bounds, ends) if b > a]


_VERSUS = frozenset("v v.".split())
"""How a court case's name joins its parties ("Lindell v. Marsh"); not
"vs.", which also sets rivals against each other ("Lindell vs. Marsh
debate")."""


def _a_party_to_a_case(doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is one side of a court case's
    name, "v." between it and a capitalised word ("the Lindell v. Marsh
    decision"): the case, not a mention of the person."""
    before = doc[start - 2:start] if start >= 2 else None
    after = doc[end:end + 2] if end + 2 <= len(doc) else None
    return before is not None and before[1].lower_ in _VERSUS and before[0].is_title \
        or after is not None and after[0].lower_ in _VERSUS and after[1].is_title


_NAME_LIST = r"(?:[A-Z][\w.'’-]*|and|,|;)(?:\s+(?:[A-Z][\w.'’-]*|and|in)|[,;])*"
_CREDIT_BEFORE = re.compile(r"(?:\b(?i:reporting|editing|writing|additional reporting) by|\b(?i:with files from)"
                            r"|\b(?i:my|our) (?:colleagues?|correspondents?))\s+" + rf"(?:{_NAME_LIST}\s+)?$")
"""A newsroom's credit just before a name: "(Editing by A and B", "With
files from A and B" (the closing credit of Canadian papers), "as my
colleagues A and B report"."""
_IN_PLACE = r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
_MORE_NAMES = r"^" + _IN_PLACE + r"(?:\s*(?:,|and)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*" + _IN_PLACE + r")*,?\s+"
_CONTRIBUTED = re.compile(_MORE_NAMES + r"contributed (?:reporting|to this report)\b")
"""What follows a reporter's name in a credit at a story's end: "A and B
contributed reporting"."""
_REPORT = re.compile(_MORE_NAMES + r"(?:reports?|reported|writes?|wrote)\b")
"""A reporting verb after "my colleagues A and B": "... report from the
capital"."""


_CAPITAL = r"[A-Z][\w.'’-]*"
_CREDIT_NAMES = rf"{_CAPITAL}(?: {_CAPITAL})*(?:,? and {_CAPITAL}(?: {_CAPITAL})*)*"
_CREDIT_PLACE = rf"(?:the )?{_CAPITAL}(?:,? {_CAPITAL})*"
_REPORTED_FROM = re.compile(rf"{_CREDIT_NAMES} reported from {_CREDIT_PLACE}"
                            rf"(?:[,;]? and {_CREDIT_NAMES} from {_CREDIT_PLACE})*\.")
"""A line of its own that says only where the paper's reporters worked, as
a newspaper closes a story filed from several places: "Ann Berg reported
from Tallin, and Ed Moe and Li Fan from Riga." Nothing but names, places
and the verb: no one in the story speaks or acts in it."""
_BLANKS = re.compile(r"[ \t]*")


CREDIT_REACH = 400
"""Characters before a name searched for the credit it is in: a wire
story's credits list a dozen reporters, each with where they reported
from ("Additional reporting by A, B and C in Tokyo; D in Madrid; ...")."""


def _credited(doc, mention: Mention) -> bool:
    """Whether `mention` names one of the newsroom's own people in a credit
    (`_CREDIT_BEFORE`: "Editing by", "Reporting by"; "my colleagues" with a
    reporting verb after the names, `_REPORT`; `_CONTRIBUTED`; a line of
    where each reported from, `_REPORTED_FROM`): who wrote
    the story, not someone in it."""
    text, start, end = nlp.text_of(doc), doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1])
    if _in_a_reported_from_line(text, start, end):
        return True
    after = text[end:end + 200]
    before = _CREDIT_BEFORE.search(text[max(0, start - CREDIT_REACH):start])
    if before is None:
        return bool(_CONTRIBUTED.match(after))
    said = before.group().lower()
    return " by" in said or "files from" in said or bool(_REPORT.match(after))


def _in_a_reported_from_line(text: str, start: int, end: int) -> bool:
    """Whether the characters `start`..`end` of `text` lie in a closing
    credit of where reporters worked (`_REPORTED_FROM`) that opens its line,
    or follows one that does ("Lind reported from Oslo. Moe reported from
    Bergen."): a sentence inside a paragraph of news is no credit."""
    at = _BLANKS.match(text, text.rfind("\n", 0, start) + 1).end()
    while (credit := _REPORTED_FROM.match(text, at)) is not None:
        if credit.start() <= start and end <= credit.end():
            return True
        at = _BLANKS.match(text, credit.end()).end()
    return False


def _run_together(found: list[Mention], doc) -> list[Mention]:
    """`found` (in text order) with a name the model cut in two made whole
    again: two mentions side by side, the last word of the first a compound
    of a word of the second ("Judge Ann Marie | Berg Jr." is one name, the
    parse says, however the recogniser split it); a title run into the
    name before it is dropped from it (`_a_place_and_its_office`)."""
    joined: list[Mention] = []
    for mention in found:
        last = joined[-1] if joined else None
        if last is not None and last.end == mention.start and _a_place_and_its_office(doc, last, mention):
            joined[-1] = Mention(name=mention.name, start=mention.start, end=mention.end, titled=True)
        elif last is not None and last.end == mention.start and doc[last.end - 1].dep_ == "compound" \
                and mention.start <= doc[last.end - 1].head.i < mention.end and not _next_label(doc, last, mention) \
                and not _opens_after_a_title(doc, last, mention):
            joined[-1] = Mention(name=f"{last.name} {mention.name}", start=last.start, end=mention.end,
                                 titled=last.titled or mention.titled)
        else:
            joined.append(mention)
    return joined


def _opens_after_a_title(doc, first: Mention, second: Mention) -> bool:
    """Whether `second` opens on a given name and `first`, right before it,
    holds none: the end of a title the model took for a name ("President
    Pro Tem | Ann Berg"), not the first half of one name."""
    return given_name(doc[second.start].text) and not any(given_name(t.text) for t in doc[first.start:first.end])


def _a_place_and_its_office(doc, first: Mention, second: Mention) -> bool:
    """Whether `first`, right before the full name `second`, ends on a
    title word: a place spelt like a given name with the office it gives
    ("Florence Mayor | Ann Berg"), which titles the name after it and
    names no one itself."""
    return second.end - second.start > 1 and given_name(doc[second.start].text) \
        and doc[first.end - 1].is_title and is_title_word(doc[first.end - 1].text)


def _next_label(doc, value: Mention, after: Mention) -> bool:
    """Whether `value` is a field's value, right after a colon, and `after`
    the next field's label, right before one ("By: Ann Berg Price: £20"):
    two fields of a box of facts, not one name."""
    return value.start > 0 and doc[value.start - 1].text == ":" and after.end < len(doc) and doc[after.end].text == ":"


def _headline_names(doc, found: list[Mention], title: str = "") -> list[Mention]:
    """`found` with each name on a headline-style line, or in a headline
    quoted in a line (`_quoted_headlines`: an email's subject line), cut to
    its first words that the article also names in ordinary lines ("Obama
    Willing" -> "Obama"), or dropped when it names none there ("Putin
    Meeting" where the body never names Putin).  The article's title (its
    `title`, or its first line) is such a line when most of its words are
    capitalised, though a few are not (`_title_cased`: "Ann Berg Slams Lind
    Over Podium Remark, What ever Next")."""
    text = nlp.text_of(doc)
    breaks = [m.start() for m in re.finditer("\n", text)]  # found once: a 5 MB line is not scanned per name
    lines: dict[int, tuple[bool, list[tuple[int, int]]]] = {}

    def on_headline(mention: Mention) -> bool:
        at = doc[mention.start].idx
        line = bisect_right(breaks, at)
        if line not in lines:
            start = breaks[line - 1] + 1 if line else 0
            words = text[start:breaks[line] if line < len(breaks) else len(text)]
            first = not text[:start].strip() or words.strip() == title.strip()
            whole = not _field_line(words) and (headline(words) or first and _title_cased(doc, start, start + len(words)))
            lines[line] = (whole, [(start + a, start + b) for a, b in _quoted_headlines(words)])
        whole, quoted = lines[line]
        return whole or any(a <= at < b for a, b in quoted) or _a_heading(doc, doc[mention.start].sent)

    in_headline = {m: on_headline(m) and not _a_signature(doc, m) for m in found}
    if not any(in_headline.values()):
        return found
    known = {w for m in found if not in_headline[m] for w in m.name.split()}
    kept = []
    for mention in found:
        if not in_headline[mention]:
            kept.append(mention)
            continue
        words = mention.name.split()
        count = next((k for k in range(len(words), 0, -1) if all(w in known for w in words[:k])), 0)
        if count == len(words):
            kept.append(mention)
        elif count:
            kept.append(replace(mention, name=" ".join(words[:count]), end=_end_of(doc, mention, words[count - 1])))
    return kept


def _a_signature(doc, mention: Mention) -> bool:
    """Whether the name `mention`, of two words or more, is a line of its
    own closed by a full stop ("Toni Lind." under a reader's letter): a
    signature, as letters pages and comment columns sign each item, not a
    heading, which takes no stop after a bare name."""
    text = nlp.text_of(doc)
    last = doc[mention.end] if mention.end < len(doc) else None
    if mention.end - mention.start < 2 or last is None or last.text != ".":
        return False
    start, end = doc[mention.start].idx, last.idx + 1
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip()


_FIELD_LABEL = re.compile(r"(?:^|\s)[A-Z][\w’'-]*(?: [\w’'-]+){0,2}:\s")
FIELD_LABELS = 2  # a line with this many "Label:" marks is a box of facts


def _field_line(line: str) -> bool:
    """Whether `line` is a box of labelled facts ("Tested by: Ann Berg
    Price: £20 Info: example.org"), not a headline: its names are stated."""
    return len(_FIELD_LABEL.findall(line)) >= FIELD_LABELS


_CONTENT = frozenset("NOUN PROPN VERB AUX ADJ ADV".split())


def _title_cased(doc, start: int, end: int) -> bool:
    """Whether the text from character `start` to `end` capitalises every
    content word (noun, verb, adjective, adverb) but one, of four or more,
    and every verb: a title set in headline style with a slip ("... What
    ever Happened to Manners"), not a lede ("Senator Ann Berg met Governor
    Tom Lind")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.pos_ in _CONTENT and t.is_alpha] if span is not None else []
    lower = [t for t in words if not t.text[0].isupper()]
    return len(words) >= 4 and len(lower) <= 1 and not any(t.pos_ in ("VERB", "AUX") for t in lower)


_FINITE = frozenset("VBD VBZ VBP MD".split())


def _a_heading(doc, sentence) -> bool:
    """Whether `sentence` is a heading run into the text: set in headline
    style (`_title_cased`) with no finite verb ("Choice of Units for
    Measuring Biomass."), not a sentence that names someone ("Ann Berg Met
    Tom Lind"), nor credits with a given name in them ("Editing by Ann
    Berg; Reporting by Tom Lind")."""
    key = ("heading", sentence.start)
    if key not in doc.user_data:
        doc.user_data[key] = not any(t.tag_ in _FINITE or t.is_title and given_name(t.text) for t in sentence) \
            and _title_cased(doc, sentence.start_char, sentence.end_char)
    return doc.user_data[key]


_QUOTED = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")
_HEADLINE_QUOTE_WORDS = 5
"""Words a quotation in headline style needs to be taken for a headline:
a shorter one may be a name or a slogan ("“Ann Lind for Mayor”")."""


def _quoted_headlines(line: str) -> list[tuple[int, int]]:
    """The character spans, within `line`, of quotations of five words or
    more set in headline style ("stating, “Mayor Ann Lind Joins Growing
    List of Critics”"): there the tagger runs a name into the capitalised
    words after it, as in a headline line."""
    return [m.span(1) for m in _QUOTED.finditer(line)
            if len(m.group(1).split()) >= _HEADLINE_QUOTE_WORDS and headline(m.group(1))] \
        + [m.span(1) for m in _QUOTED_SINGLE.finditer(line) if _a_short_headline(m.group(1))]


_QUOTED_SINGLE = re.compile(r"(?:^|(?<=[\s(]))‘([^‘’\n]+)’")


def _a_short_headline(words: str) -> bool:
    """Whether `words`, quoted, are a headline of three words or more
    ending on a verb in the third person ("‘Ann Lind Leads’"): a name
    with a verb run into it, as a headline sets it."""
    last = words.split()[-1] if words.split() else ""
    verb = last.endswith("s") and (nlp.known_verb(last[:-1]) or last.endswith("es") and nlp.known_verb(last[:-2]))
    return len(words.split()) >= 3 and all(w[:1].isupper() for w in words.split()) and bool(verb)


def _end_of(doc, mention: Mention, last: str) -> int:
    """The token index just after the first token of `mention` ending with
    the word `last`."""
    for i in range(mention.start, mention.end):
        if doc[i].text.endswith(last):
            return i + 1
    return mention.end


def _mistagged(doc, found: list[Mention]) -> list[Mention]:
    """Full names the model tagged as an organization or place whose last word
    is the surname of someone it did tag as a person ("Lauri Love" as ORG,
    "Mr Love" as PERSON), or that follows a role noun or an outlet's
    possessive (`_placed_as_person`); not one that opens with a function
    word ("Plus Obama")."""
    # Not "Citizens United, the group that ...": a thing's last word vouches for no name.
    bearers = _surname_bearers([m for m in found if not _described_as_a_thing(doc, m)])
    # "Berg, also known as Tom Lind": who has a person's name for another name is a person too
    aliased = {fold(doc[x].text) for x, _y in alias_pairs(doc)}
    speaking = _speaking_words(doc)
    extra = []
    for ent in doc.ents:
        label, ent = ent.label_, _after_owner(ent)
        if label not in ("ORG", "GPE", "NORP"):
            continue
        name = strip_name(ent.text)
        vouched = _vouched_by_surname(doc, name, bearers.get(surname(name), set())) or surname(name) in aliased \
            or _placed_as_person(doc, ent, name) \
            or _speaks_as_person(doc, ent, name, speaking) or _named_as_people_are(ent, name)
        if 1 < len(name.split()) <= 3 + bool(generational_suffix(name)) and vouched and looks_like_person(name) \
                and not nlp.opens_with_function_word(ent) and not _before_a_title(doc, ent) \
                and not _opens_on_an_adjective(ent):
            mention = _from_entity(doc, ent)
            # "Young Filipinos" read as "Filipinos": a lone word is vouched for by no surname
            extra += [replace(mention, titled=True)] if mention and " " in mention.name else []
    return extra


def _surname_bearers(found: list[Mention]) -> dict[str, set[str]]:
    """Each surname among the mentions `found`, with the names (folded)
    that end on it: "Mr Love" and "Ann Love" -> {"Love": {"mr love", "ann love"}}."""
    bearers: dict[str, set[str]] = {}
    for mention in found:
        bearers.setdefault(surname(mention.name), set()).add(fold(mention.name))
    return bearers


def _vouched_by_surname(doc, name: str, bearers: set[str]) -> bool:
    """Whether the names `bearers` (folded) that end on the last word of
    `name` vouch for it as a person's: another name does ("Mr Love" for
    "Ann Love"); the same words tagged a person elsewhere only when they
    open on a given name ("Ann Love") or their last word alone does what
    people do ("Love said ..."), for a product's name is tagged a person
    now and then too ("a new Zenbo Pro"), and its last word never acts."""
    if bearers - {fold(name)}:
        return True
    words = name.split()
    return fold(name) in bearers and (given_name(words[0]) or _acts_alone(doc, words[-1]))


def _acts_alone(doc, word: str) -> bool:
    """Whether `word`, alone and capitalised, is the subject of a verb
    somewhere in `doc` ("Berg arrived")."""
    return any(t.text == word and t.dep_ == "nsubj" and t.head.pos_ == "VERB"
               and not any(c.dep_ == "compound" for c in t.children) for t in doc)


def _opens_on_an_adjective(ent) -> bool:
    """Whether the entity `ent` opens on a word, no given name nor title,
    that the parse sets as an adjective on a word of it ("Young Filipinos",
    "Crooked Tom"): a description before a name or a kind of people, where
    a given name would be a compound of the surname."""
    first = ent[0]
    return first.dep_ == "amod" and ent.start < first.head.i < ent.end and not given_name(first.text) \
        and not is_title_word(first.text)


def _before_a_title(doc, ent) -> bool:
    """Whether a capitalised title word comes right after the entity `ent`
    ("New Jersey Gov. Ann Berg", "Ohio Senator Tom Lind"): the entity
    places the title, and the name after the title is the person's."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.is_title and is_title_word(after.text)


def _speaks_as_person(doc, ent, name: str, speaking: dict[str, list[int]]) -> bool:
    """Whether a two-word name the model tagged as something else speaks as
    a person does: opening with a given name, as the subject of a verb of
    saying ("Carly Fiorina said Monday"), or with its last word alone the
    subject of one elsewhere ("an interview with Sean Hannity", then
    "Hannity asked"; news calls a person by surname, a company by its
    first word).  `speaking` is `_speaking_words(doc)`."""
    words = split_title(name)[1].split()
    if len(words) != 2 or ent[-2].pos_ != "PROPN" or ent[-2].tag_.startswith("VB"):
        return False  # "Stated Stone:" opens a line on a verb
    root = ent.root
    if (given_name(words[0]) or given_name_sex(words[0])) and _says(root):
        return True
    last = ent[-1]
    return any(i != last.i and doc[i - 1].text != ent[0].text for i in speaking.get(last.text, ()))


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _named_as_people_are(ent, name: str) -> bool:
    """Whether a two-word name opening on a given name (or one with a
    middle initial, maybe a generational suffix after it), which the model
    tagged as something else, stands where only a person does: listed with
    a name tagged a person, all in title case ("shots of Ann Berg and Tom
    Lind"; not "Al Jamaa and Ansar al-Nahr"), or followed
    by an appositive a role noun heads ("Ann Berg, a backup goalkeeper")."""
    words = split_title(name)[1].split()
    core = [w for w in words if not _MIDDLE_INITIAL.fullmatch(w)]
    if generational_suffix(name) and len(core) > 2:
        core = core[:-1]
    # a middle initial ("Carl T. Brannock II") marks a person's name as a known given name does
    if len(core) != 2 or not (given_name(words[0]) or len(core) < len(words) and len(words) > 2) \
            or ent[0].text != words[0]:
        return False
    root = ent.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    if any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and _title_cased_entity(t) for t in partners):
        return True
    return any(c.dep_ == "appos" and c.i > root.i and c.is_lower and is_role_word(c.text)
               and any(d.dep_ == "det" for d in c.children) for c in root.children)


def _title_cased_entity(token) -> bool:
    """Whether every word of the entity `token` is in is written title-case
    ("Dario Tarrant"; not "Ansar al-Nahr", a group's name)."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and all(t.is_title for t in ent if t.is_alpha)


def _says(token) -> bool:
    """Whether `token` is the subject of a verb of saying."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING


def _speaking_words(doc) -> dict[str, list[int]]:
    """The capitalised words that are, alone and with no determiner, the
    subject of a verb of saying, each with where it stands: built once per
    article, so every mistagged name is checked in one look-up."""
    found: dict[str, list[int]] = {}
    for t in doc:
        if t.is_title and _says(t) and not any(c.dep_ == "det" for c in t.children):
            found.setdefault(t.text, []).append(t.i)
    return found


def _after_owner(ent):
    """The part of an entity after an outlet's possessive the model ran into
    it ("Fox News’ Sean Hannity" -> "Sean Hannity"), else the entity."""
    marks = [t.i for t in ent if t.text in ("’", "'", "’s", "'s") and ent.start < t.i < ent.end - 1]
    return ent.doc[marks[-1] + 1:ent.end] if marks else ent


def _placed_as_person(doc, ent, name: str) -> bool:
    """Whether a two-word name the model tagged as something else stands
    where a person's does: after a role noun written in lower case ("Fox
    News host Sean Hannity"; an organization's name comes before the role,
    "a Goldman Sachs analyst"), or after an outlet's possessive when the
    article also names them by surname alone ("Fox News’ Sean Hannity",
    later "Hannity said"), or when the name opens on a given name ("the
    Dover Herald’s Ilse Varga": a person of the outlet, as news writes
    its reporters and hosts)."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in ("’", "'", "’s", "'s"):
        # Not "France's National Front": never "Front" alone.
        last = ent[-1]
        return len(name.split()) == 2 and (given_name(name.split()[0]) or any(
            t.text == last.text and t.i != last.i and doc[t.i - 1].text != ent[0].text for t in doc if t.is_title))
    return before is not None and before.is_lower and is_role_word(before.text) and len(name.split()) == 2


def _couples(doc, found: list[Mention]) -> list[Mention]:
    """`found` with "Khizr and Ghazala Khan", "Bill and Hillary Clinton"
    read as two full names: a lone capitalised given name right before
    "and" and a full name takes that name's surname.  The first word must
    be a given name, or tagged a person on its own, and never a surname
    of the article's names ("Trump and Hillary Clinton" is two people,
    neither a Clinton); a title or courtesy word is none ("Mr. and Mrs.
    Khan").  A given name with a middle initial ("Tomas K. and Ivo J.
    Petrak") takes the surname too."""
    alone = {m.start: m for m in found if m.end - m.start == 1}
    starts = {m.start for m in found}
    couples = []
    for mention in found:
        words = mention.name.split()
        if len(words) < 2 or mention.start < 2 or doc[mention.start - 1].lower_ != "and":
            continue
        first, initial = doc[mention.start - 2], ""
        if _an_initial(first) and len(words) > 2 and _an_initial(doc[mention.start + 1]) \
                and mention.start >= 3 and doc[mention.start - 3].is_title \
                and (given_name(doc[mention.start - 3].text) or mention.start - 3 in starts):
            # "Tomas K. and Ivo J. Petrak": a given name and middle initial, written as the full name
            # after "and" is, take its surname
            first, initial, words = doc[mention.start - 3], f" {first.text}", words[:1] + words[-1:]
        before = doc[first.i - 1] if first.i >= 1 else None
        if not first.is_title or first.pos_ != "PROPN" or is_title_word(first.text) \
                or any(surname(m.name) == fold(first.text) for m in found if m.start != first.i) \
                or fold(first.text).rstrip(".") in COURTESY or before is not None and before.is_title \
                or not (given_name(first.text) or first.i in alone or initial) \
                or _first_name_of_another([m for m in found if m.start != first.i], first.text, words[-1]) \
                or _parents_of_another_name(doc, found, first.i, words[-1]):
            continue
        couples.append(Mention(name=f"{first.text}{initial} {' '.join(words[1:])}", start=first.i,
                               end=first.i + 1 + bool(initial), titled=False))
    taken = {m.start for m in couples}
    return [m for m in found if m.start not in taken] + couples


_AN_INITIAL = re.compile(r"[A-Z]\.")


def _an_initial(token) -> bool:
    """Whether `token` is a middle initial with its stop ("K.")."""
    return bool(_AN_INITIAL.fullmatch(token.text))


_CHILDREN = frozenset("daughter son child children daughters sons stepdaughter stepson".split())


def _parents_of_another_name(doc, found: list[Mention], first: int, last: str) -> bool:
    """Whether the pair opening at token `first` follows "daughter of", "son
    of" and the like in a sentence that names, before it, someone with
    another surname than `last` ("Lind, daughter of Tom and Ana Berg"): the
    child's surname is not the second parent's, so at least one parent is
    not a `last`, and the text does not say which."""
    if first < 2 or doc[first - 1].lower_ != "of" or doc[first - 2].lower_ not in _CHILDREN:
        return False
    holder, opens = doc[first - 2].head, doc[first].sent.start
    if holder.dep_ != "ROOT" and holder.pos_ == "PROPN" and fold(holder.text) != fold(last):
        return True  # the parser's holder of "daughter", a name the model left untagged
    return any(opens <= m.start < first and surname(m.name) != fold(last) for m in found)


def _first_name_of_another(found: list[Mention], given: str, last: str) -> bool:
    """Whether the article names someone in full with the given name `given`
    and another surname than `last` ("Ann Lind", then "both Ann and Eva
    Berg"): the lone "Ann" is most likely that person, not a second Berg."""
    return any(len(m.name.split()) > 1 and m.name.split()[0] == given and m.name.split()[-1] != last
               for m in found)


_PEOPLES = re.compile(r"[A-Z][a-z]{2,}(?:ians|ans|ers|ites)")
"""A capitalised plural for the people of a place ("Floridians", "Texans",
"Michiganders"), at least six letters (not "Hans", "Evans")."""
_ONE_OF_A_PEOPLE = re.compile(r"[A-Z][a-z]{3,}(?:ian|an)")
"""One of the people of a place or a party before a full name ("fellow
Kentuckian Rand Paul", "Republican John Lind"); a given name ending so
("Brian", "Christian") is part of the name, and so is one before a
lower-case name particle ("Osman al-Rashidi", "Rahman bin Ali"): a
demonym qualifies a name, which opens on a capital."""
_A_PEOPLE = re.compile(r"[A-Z][a-z]{2,}(?:ians|ans)")
"""A people as the last word ("Cuban Americans", "Texans"): no one's name."""


def _from_entity(doc, ent) -> Mention | None:
    """The name inside a PERSON entity, its title split off, or None.  A
    capitalised verb or noun the model took in ("Meet Kate Gosselin", an
    imperative opening its sentence: "Enter Ann Berg, who ...") is
    dropped, and so is what a name owns ("Vivien Leigh’s Oscar")."""
    while len(ent) > 1 and (ent[0].pos_ in ("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "NOUN")
                            or len(ent) > 2 and (common_noun(doc, ent[0]) or _PEOPLES.fullmatch(ent[0].text)
                                                 or _ONE_OF_A_PEOPLE.fullmatch(ent[0].text)
                                                 and not given_name(ent[0].text) and ent[1].text[:1].isupper())
                                 or _opens_on_an_adjective(ent)) \
            and not is_title_word(ent[0].text):
        ent = ent[1:]  # "Meet Kate Gosselin", "Floridians Jeb Bush and Marco Rubio"
    if len(ent) > 1 and imperative(ent[0]) and not given_name(ent[0].text) \
            and (ent.end == len(doc) or doc[ent.end].is_punct):
        # "Enter Ann Berg, who scored twice": the sentence's verb, tagged a name, whose
        # object the name is; not "Marcel Berg release clip", a caption opening on the name
        ent = ent[1:]
    if _opening_description(ent):
        ent = ent[1:]  # "Sculptor Ann Berg said": what she is, capitalised as the sentence's first word
    while ent.start >= 3 and doc[ent.start - 1].text == "]" and doc[ent.start - 3].text == "[" \
            and doc[ent.start - 2].is_title:
        ent = doc[ent.start - 3:ent.end]  # "[Barack] Obama": the editor's insertion is part of the name
    if len(ent) == 1 and _untagged_given_name(doc, ent.start) \
            or len(ent) == 2 and _untagged_given_name(doc, ent.start, ent.end) \
            and not _after_a_capital(doc, ent.start - 1) and not heads_a_role(doc[ent.start - 1].text):
        # "said Hany Farid": the model tagged "Farid" alone; "— Ilsabet
        # Moor Tandy, a judge": "Moor Tandy", the rare given name left out
        # (not "Grand Wizard Tom Lind": a title's last word; nor "Senators
        # Tom Lind and ...": a role's noun the recogniser left out)
        start = ent.start - 1
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
            start -= 2  # "Anwaar-ul-Haq Kakar": the given name is hyphenated
        ent = doc[start:ent.end]
    if _a_bodys_name_owned(ent):
        return None  # "Lindale People's Republic": the possessive is inside a body's name
    ent = _over_a_nickname(doc, ent)
    title, name = split_title(strip_name(_NICKNAME.sub(" ", owner(ent.text))))
    if not title and " " in name and all(fold(word).strip(".") in POSTPOSED for word in name.split()):
        return None  # "President Pro Tem | Ann Berg": the end of a title the model tagged apart
    if title and _stated_as_a_name(ent):
        title, name = "", strip_name(owner(ent.text))  # "whose full name was Prince Kelso Dunne": all of it
    if not name or _A_PEOPLE.fullmatch(name.split()[-1]) or _a_boast(name):
        return None  # "Florida's Cuban Americans": a people, no one; "the Bravest Mayor": a boast, no name
    span = _name_span(doc, ent, name)
    if span is None or _after_a_qualifier(doc, span.start, span.end):
        return None
    if len(span) == 1 and _particle_before(doc, span.start):
        span = doc[span.start - 1:span.end]  # "Le Guin said": the particle is part of the surname
        name = f"{span[0].text} {name}"
    titled = bool(title) or (span.start > 0 and _a_title_word(doc[span.start - 1]))
    if len(name.split()[-1]) == 1 and doc[span.end - 1].text == name[-1] + ".":
        name += "."  # "Nora K.": the letter's stop is part of the name, not the sentence's end
    return Mention(name=name, start=span.start, end=span.end, titled=titled)


def _a_boast(name: str) -> bool:
    """Whether `name` is a role word after superlatives only ("Toughest
    Sheriff"): what someone calls themselves, capitalised as a title, with
    no given name or surname."""
    words = name.split()
    return len(words) > 1 and is_role_word(words[-1]) and all(_superlative(w) for w in words[:-1])


_IRREGULAR_SUPERLATIVES = frozenset("best worst most least".split())


def _superlative(word: str) -> bool:
    """Whether `word` is an adjective's superlative: "best", or an adjective
    the model's lemmatizer knows with "-est" ("toughest", "nicest",
    "biggest", "happiest")."""
    low = word.lower()
    if low in _IRREGULAR_SUPERLATIVES:
        return True
    if not low.endswith("est") or len(low) < 6:
        return False
    stems = {low[:-3], low[:-2], low[:-4] + "y"}
    if low[-4] == low[-5]:
        stems.add(low[:-4])  # "biggest": the consonant doubled
    return any(nlp.known_adjective(stem) for stem in stems)


_NICKNAME = re.compile(r"\s+[\"“‘'][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’']\s+(?=[A-Z])")
"""A nickname in quotation marks between a given name and a surname."""
_OPENING = frozenset("\"“‘'")
_CLOSING = frozenset("\"”’'")


def _over_a_nickname(doc, ent):
    """`ent` reaching over a nickname in quotation marks to the rest of the
    name (`Ada "Dee" Lind`), where the model cut the name at the nickname
    (`Ada "Dee`, or `Lind` alone): the given name, the nickname and the
    surname are one person's name, which `_NICKNAME` then leaves out."""
    start, end = ent.start, ent.end
    if end + 1 < len(doc) and doc[end].text in _CLOSING and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" \
            and any(t.text in _OPENING for t in ent[1:-1]):
        end += 2  # `Ada "Dee` + `" Lind`
    elif end + 3 < len(doc) and doc[end].text in _OPENING and doc[end + 1].is_title and doc[end + 2].text in _CLOSING \
            and doc[end + 3].is_title and doc[end + 3].pos_ == "PROPN" and given_name(doc[end - 1].text):
        end += 4  # `Ada` + ` "Dee" Lind`
    if start >= 4 and doc[start - 1].text in _CLOSING and doc[start - 3].text in _OPENING \
            and doc[start - 2].is_title and given_name(doc[start - 4].text):
        start -= 4  # `Ada "Dee" ` + `Lind`
    return doc[start:end]


def _a_title_word(token) -> bool:
    """Whether `token` is a title word (`is_title_word`); an honorific only
    capitalised, since in lower case it is a common word ("we miss Ana",
    "the lord of the manor")."""
    return is_title_word(token.text) and (token.text[:1].isupper() or fold(token.text).strip(".") not in HONORIFICS)


def _particle_before(doc, i: int) -> bool:
    """Whether token `i`, a one-word name, comes right after a capitalised
    name particle the model left out of it ("Le" of "Le Guin", "Van" of
    "Van Dyke", also after a hyphen: "pro-Le Guin"), untagged or tagged
    together with the name (however the model labels the two): the
    surname's first word."""
    if i == 0:
        return False
    before = doc[i - 1]
    return fold(before.text) in NAME_PARTICLES and before.text[:1].isupper() and len(before.text) > 1 \
        and before.whitespace_ == " " and (before.ent_type_ in ("", "PERSON") or doc[i].ent_iob_ == "I")


def _a_bodys_name_owned(ent) -> bool:
    """Whether the entity `ent` goes on past a possessive inside it to
    capitalised words ending on a noun for a body ("Lindale People's
    Republic", "Workers' Party" style names): the whole is a body's name,
    not a person owning a thing ("Ann Berg's Oscar")."""
    mark = next((t.i for t in ent[:-1] if t.tag_ == "POS"), None)
    if mark is None:
        return False
    after = ent.doc[mark + 1:ent.end]
    return all(t.is_title for t in after if t.is_alpha) and fold(after[-1].text) in NON_PERSON_WORDS


def _opening_description(ent) -> bool:
    """Whether the entity `ent` of three words or more opens its sentence
    (or a quotation) on a common noun that is no given name, before a given
    name ("Sculptor Ann Berg said", "Billionaire  Tom Lind has led"): a
    description capitalised only as the first word, not part of the name."""
    words = [t for t in ent if not t.is_space]
    if not words:
        return False  # an entity of whitespace alone (stray control characters)
    first = words[0]
    opens = first.is_sent_start or first.i > 0 and first.nbor(-1).text in OPEN_MARKS
    return opens and first.is_title and opens_on_description([t.text for t in words])


def _after_a_qualifier(doc, start: int, end: int) -> bool:
    """Whether the one word from token `start` to `end` follows a title
    word that only qualifies another title (`names.only_qualifies`: "the
    Head Start program", "an Executive Order"): a thing's name, no person's."""
    before = doc[start - 1] if start > 0 else None
    return end - start == 1 and before is not None and before.is_title and only_qualifies(before.text)


def _after_a_capital(doc, i: int) -> bool:
    """Whether a capitalised word comes right before token `i`: `i` is then
    the last word of a title or name, not a name's first."""
    return i > 0 and doc[i - 1].is_title


def _untagged_given_name(doc, i: int, end: int | None = None) -> bool:
    """Whether the word before the name at token `i` is a given name the
    model left out ("said Hany Farid", "Navy SEAL Ty Woods"): a capitalised
    proper noun of no entity, compounded with the name (with a word of it
    up to token `end`, for a name of two words: "Ilsabet Moor Tandy"),
    inside a sentence, neither a title nor a word the article writes in
    lower case, nor one of a people or a party ("Libertarian Ann Berg",
    "Texan Tom Lind": what the person is), nor after a person's surname
    (`_a_surname`: "the Velt Presidential Library" is named for Velt, and
    is no one)."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.is_title and not before.ent_type_ \
        and before.dep_ == "compound" and i <= before.head.i < (end or i + 1) and not before.is_sent_start \
        and not is_title_word(before.text) and not common_noun(doc, before) \
        and not (_ONE_OF_A_PEOPLE.fullmatch(before.text) and not given_name(before.text)) \
        and not (i > 1 and _a_surname(doc, doc[i - 2]))


def _a_surname(doc, token) -> bool:
    """Whether `token` is tagged a person or is the last word of a name of
    several words the model tags a person somewhere in `doc`."""
    if "person_surnames" not in doc.user_data:
        doc.user_data["person_surnames"] = frozenset(e[-1].text for e in doc.ents
                                                     if e.label_ == "PERSON" and len(e) > 1)
    return token.ent_type_ == "PERSON" or token.text in doc.user_data["person_surnames"]


def common_noun(doc, token) -> bool:
    """Whether a capitalised word is a noun the article also writes in lower
    case, not a given name ("Neighbour Réjean Bussière said ...", then
    "another neighbour"; "Worshipper Ali Hamadi", then "worshippers"): a
    description the recogniser ran into a name, or a title's word."""
    if "lower_words" not in doc.user_data:
        doc.user_data["lower_words"] = frozenset(t.text for t in doc if t.is_lower and t.is_alpha)
    words, lower = doc.user_data["lower_words"], token.lower_
    return token.is_title and (lower in words or lower + "s" in words) and not given_name(token.text)


def _name_span(doc, ent, name: str):
    """The tokens of `ent` from the first to the last word of `name` (the
    name as stripped of title and brackets), or None."""
    words = name.split()
    begin = ent.text.find(words[0])
    finish = ent.text.rfind(words[-1]) + len(words[-1])
    if begin < 0 or finish <= begin:
        return None
    return doc.char_span(ent.start_char + begin, ent.start_char + finish, alignment_mode="expand")


def _after_titles(doc) -> list[Mention]:
    """Capitalised proper nouns right after a title word that spaCy did not
    tag as a person ("Foreign Minister Ishaq Dar").  Read from the Doc's
    token columns (`nlp.column`), each distinct word tested once."""
    texts, pos, entities = nlp.column(doc, "ORTH"), nlp.column(doc, "POS"), nlp.column(doc, "ENT_TYPE")
    capitalised = nlp.column(doc, "IS_TITLE")
    title_word = {text: is_title_word(text) for text in set(texts)}
    found = []
    for i, text in enumerate(texts):
        if not (text == "," and _opens_name(doc, i) or title_word[text] and text[:1].isupper()):
            continue
        # after "counterpart," the model often calls an unknown name an ORG
        excluded = _NOT_NAMES if text != "," else _PLACES
        end = i + 1
        while end < len(texts) and end - i <= 4 and pos[end] == "PROPN" and capitalised[end] \
                and not title_word[texts[end]] and entities[end] not in excluded:
            end += 1
        if end == i + 1 and text != ",":
            found += _after_an_office_of(doc, i)
            continue
        if end < len(texts) and title_word[texts[end]] and texts[end][:1].isupper():
            continue  # "Deputy Assistant Secretary": a longer title, no name in it
        if end == i + 2 and not entities[i + 1] and common_noun(doc, doc[i + 1]):
            continue  # "General Framework for ...", where the text also writes "framework": a heading
        start = _name_start(doc, i + 1, end)
        if end > i + 1 + (text == ",") and not _after_a_qualifier(doc, start, end):
            name = strip_name(doc[start:end].text)
            found.append(Mention(name=name, start=start, end=end, titled=True))
    return found


def _after_an_office_of(doc, i: int) -> list[Mention]:
    """The name after an office written "Title of Field" at token `i`
    ("Chief of Staff Ann Berg", "Secretary of Public Works Ann Berg") that
    spaCy did not tag: the field and the name are one run of capitalised
    words, so the name is its last two words (its last one after a field
    of one word), and only where the text tags that last word a person
    elsewhere ("Ms. Berg said"), which says where the name ends."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ != "of":
        return []
    end = i + 2
    while end < len(doc) and end - i <= 6 and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and doc[end].ent_type_ not in _NOT_NAMES and not is_title_word(doc[end].text):
        end += 1
    run = end - (i + 2)
    if run < 2 or any(t.ent_type_ == "PERSON" for t in doc[i + 2:end]):
        return []  # a tagged name is the model's own mention
    start = end - 2 if run >= 3 else end - 1
    surname = doc[end - 1].text
    if not any(t.text == surname and t.ent_type_ == "PERSON" for t in doc if not i < t.i < end):
        return []
    return [Mention(name=strip_name(doc[start:end].text), start=start, end=end, titled=True)]


def _name_start(doc, start: int, end: int) -> int:
    """Where the name in the capitalised words `start`..`end` after a title
    begins: at a person entity the model opens on a given name inside them,
    when no word before it is a given name, since those words finish the
    title ("President Pro Tem | Ann Berg", "Special Agents | Ann Berg");
    else at `start`."""
    for j in range(start + 1, end - 1):
        if doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "PERSON" and given_name(doc[j].text) \
                and not any(given_name(t.text) for t in doc[start:j]):
            return j
    while start < end - 1 and doc[start].lower_.strip(".") in POSTPOSED:
        start += 1  # "Professor Emeritus | Ann Berg"
    return start


def _opens_name(doc, i: int) -> bool:
    """A comma after a role noun (token `i` of `doc`): "his counterpart, Shah Mahmood Qureshi"."""
    texts = nlp.column(doc, "ORTH")
    if texts[i] != "," or i == 0:
        return False
    before = texts[i - 1]
    return nlp.column(doc, "LOWER")[i - 1] == "counterpart" or is_role_word(before) and nlp.column(doc, "IS_LOWER")[i - 1]


# -- 2, 3. filter and merge -------------------------------------------------


def _group(mentions: list[Mention], doc, title: str = "") -> list[_Group]:
    """Mentions merged into people; unsupported or non-person names dropped.
    A full name in the article's `title` counts as one more mention of it
    (the headline names the story's main figure: "Ted Cruz endorses Trump",
    so a bare "Cruz" is Ted, not the Heidi Cruz named once since)."""
    by_name: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.name, []).append(mention)
    other_labels = Counter(_without_article(strip_name(e.text)) for e in doc.ents if e.label_ != "PERSON")
    kept = {name for name, same in by_name.items()
            if (_name_shaped(name) or _titled_with_a_thing_word_surname(name, same, doc))
            and not _not_a_person(same, _other_labels(name, other_labels), doc)}
    plausible = _without_stray_first_words([m for m in mentions if m.name in kept], doc)
    # Ties in length in text order: a set's order would vary with the hash seed.
    full = sorted(dict.fromkeys(m.name for m in plausible if len(m.name.split()) > 1), key=lambda n: -len(n))
    kin = {m.name for m in plausible if _kin_of(doc, m)}
    groups: list[_Group] = []
    for name in full:
        if not any(same_person(name, g.name) and not _father_and_son(name, g.name, kin) for g in groups):
            groups.append(_Group(name=name))
    full_counts = Counter(m.name for m in plausible if not _in_description(doc, m))
    full_counts.update(name for name in full if name in title)
    seen: dict = {}
    for mention in plausible:
        group = _home(mention, groups, full_counts, doc, seen)
        if group is None and mention.titled:
            group = _Group(name=_titled_name(doc, mention, groups))
            groups.append(group)
        if group is not None:
            group.mentions.append(mention)
    _join_courtesy_surnames(doc, groups, seen)
    # A word of a body's name ("the KSU Lind Outlook") is no bare surname of a person either.
    # Nor one of a name that qualifies a group ("the Walter Gray-Harlow Republicans").
    things = {i for m in mentions if m.name not in kept and (_a_bodys_own_name(doc, m) or _names_a_people(doc, m))
              for i in range(m.start, m.end)}
    _add_bare_surnames(doc, groups, things)
    groups = _join_aliases(doc, groups)
    return [g for g in groups if g.mentions]


def _join_courtesy_surnames(doc, groups: list[_Group], seen: dict) -> None:
    """Join a person known only as "Mrs. Lind" (a surname with one sex's
    courtesy title, never the other's) to the one person the article names in full
    with that surname, when that person is of that sex and introduced by no
    kinship: a summary above the report ("Mrs. Lind's lead may shrink")
    can call someone so before the body names her, so the first mention
    placed her apart (`_home`), and every later "Mrs. Lind" followed it."""
    for lone in [g for g in groups if " " not in g.name and g.mentions]:
        sexes = {_courtesy(doc, m) for m in lone.mentions} - {None}
        full = [g for g in groups if g is not lone and " " in g.name and fold(surname(g.name)) == fold(lone.name)]
        if len(sexes) != 1 or len(full) != 1 or _relative(doc, full[0]) is not None:
            continue
        sex = sexes.pop()
        if _sex(doc, full[0], seen) == sex and {_courtesy(doc, m) for m in full[0].mentions} <= {sex, None}:
            full[0].mentions += lone.mentions
            lone.mentions = []


_LEADING_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _name_shaped(name: str) -> bool:
    """Whether `name` looks like a person's (`names.looks_like_person`),
    or is initials run together before a name that does ("E.J. Lind", as
    news writes some people)."""
    first, _, rest = name.partition(" ")
    return looks_like_person(name) or bool(rest) and bool(_LEADING_INITIALS.fullmatch(first)) \
        and looks_like_person(rest) or _given_name_and_a_letter(first, rest) or _bare_middle_initial(name)


def _bare_middle_initial(name: str) -> bool:
    """Whether `name` is a given name, a middle initial written without its
    stop, as British papers write it, and a surname ("Harold J Brekke"),
    shaped as a person's once the stop is put back."""
    words = name.split()
    return len(words) == 3 and len(words[1]) == 1 and words[1].isupper() \
        and looks_like_person(f"{words[0]} {words[1]}. {words[2]}")


def _given_name_and_a_letter(first: str, rest: str) -> bool:
    """Whether a name is a given name and one capital letter ("Nora K.",
    a stage name or a name cut short as some people ask to be): a person,
    though a letter after a name is otherwise a model or a plan ("Sputnik
    V", "Plan B"), which no given name opens."""
    letter = rest.removesuffix(".")
    return len(letter) == 1 and letter.isupper() and letter.isalpha() and given_name(first)


def _titled_with_a_thing_word_surname(name: str, same: list[Mention], doc) -> bool:
    """Whether `name` is a given name and a surname that is also a word for
    a body or thing (names.NON_PERSON_WORDS: "Steel", "Mills", "Post"),
    which alone keeps it from looking like a person's, said by the model
    to be a person and written right after a role at some mention
    ("spokesman Ada Steel", "the mayor's spokesman, Tom Mills"): a role
    is held by someone, not by a steelworks."""
    words = name.split()
    if len(words) != 2 or not given_name(words[0]) or not looks_like_person(f"{words[0]} Lind"):
        return False
    return any(doc[m.end - 1].ent_type_ == "PERSON" and _right_after_a_role(doc, m.start) for m in same)


def _right_after_a_role(doc, start: int) -> bool:
    """Whether a role or title word stands right before token `start`, or
    before a comma there ("spokesman Ada Steel", "the spokesman, Ada Steel")."""
    before = start - 1 if start > 0 and doc[start - 1].text != "," else start - 2
    return before >= 0 and (is_role_word(doc[before].text) or is_title_word(doc[before].text))


def _without_article(text: str) -> str:
    """An entity's text without the article the model took in ("the Kelso
    Compact" -> "Kelso Compact"), so it counts against the same words
    tagged a person elsewhere: a name never takes "the", a thing's does."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in ("the", "a", "an") else text


def _other_labels(name: str, other_labels: Counter) -> int:
    """How often the model tags `name` as something other than a person,
    a name of several words counting its plural too ("Hope Solution’s
    donor", then "gave to Hope Solutions": the group, its "s" dropped
    before the possessive)."""
    return other_labels[name] + (other_labels[name + "s"] if " " in name else 0)


def _titled_name(doc, mention: Mention, groups: list[_Group]) -> str:
    """The name of a person known only by a titled surname: the surname, or
    with its courtesy title ("Mr. Khan", "Ms. Khan") when two or more people
    named in full share it and the article does not say which of them this
    is (`_home`), or when the one who does is of the other sex ("Ms. Trump"
    beside "Donald Trump"): a bare "Trump" must not take her for him."""
    if not _courtesy(doc, mention):
        return mention.name
    sharing = [g for g in groups if surname(g.name) == surname(mention.name)]
    if len(sharing) >= 2 or any(_of_the_other_sex(doc, mention, g) for g in sharing):
        return _written(doc, mention)
    return mention.name


def _of_the_other_sex(doc, mention: Mention, group: _Group, seen: dict | None = None) -> bool:
    """Whether the courtesy title of `mention` ("Ms.", "Mr.") is of the other
    sex than the person of `group`: by the courtesy titles the article gives
    that person, else by what the article says of their sex (`_sex`: "Ms.
    Trump" is not the "Donald J. Trump" whom the article calls "Mr. Trump",
    nor one named "Donald" with no title yet)."""
    sex = _courtesy(doc, mention)
    titles = {_courtesy(doc, m) for m in group.mentions} - {None}
    if titles:
        return sex not in titles
    known = _sex(doc, group, seen)
    return sex is not None and known is not None and known != sex


def _without_stray_first_words(mentions: list[Mention], doc=None) -> list[Mention]:
    """`mentions`, a name seen once that is a name seen more often with one
    word, not a given name, before it ("Meet Kate Gosselin's new hair",
    beside "Kate Gosselin" throughout) cut to that name: the recogniser
    ran a headline's verb into it.  So too a name seen once that opens its
    sentence on an English verb before a surname the article has used
    alone twice already (`_opens_on_a_verb`: "Tally Velt and Lind's
    numbers ...", after "Velt beat Lind", "Lind edged Velt")."""
    counts = Counter(m.name for m in mentions)
    found = []
    for mention in mentions:
        first, _, rest = mention.name.partition(" ")
        if counts[mention.name] == 1 and first.isalpha() and not given_name(first) \
                and (len(rest.split()) >= 2 and counts[rest] >= 2 or _opens_on_a_verb(doc, mention, mentions)):
            mention = replace(mention, name=rest, start=mention.start + 1)
        found.append(mention)
    return found


def _opens_on_a_verb(doc, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the two-word name `mention` opens its sentence on a word the
    model knows as a verb, maybe inflected (`_a_verb_form`: an imperative,
    a gerund), not a given name, before a surname named alone twice before
    it among `mentions`, or named earlier after a given name: news names a
    person in full first, so a full name this late is a verb run into the
    surname."""
    words = mention.name.split()
    if doc is None or len(words) != 2 or not doc[mention.start].is_sent_start or not _a_verb_form(words[0]):
        return False
    if given_name(words[0]):
        return False
    earlier = [m.name.split() for m in mentions if m.start < mention.start]
    return sum(named == words[1:] for named in earlier) >= 2 or any(
        len(named) >= 2 and named[-1] == words[1] and given_name(named[0]) for named in earlier)


_VERB_ENDINGS = ("ing", "ed", "s")


def _a_verb_form(word: str) -> bool:
    """Whether `word` is a verb the model knows (`nlp.known_verb`), as
    written or inflected ("Chasing" of "chase", "Stopped" of "stop",
    "Hosts" of "host"): the stems an English regular ending leaves."""
    if nlp.known_verb(word):
        return True
    lower = word.lower()
    for ending in _VERB_ENDINGS:
        stem = lower[:-len(ending)]
        if lower.endswith(ending) and len(stem) >= 3:
            doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
            if any(nlp.known_verb(form) for form in (stem, stem + "e", doubled)):
                return True
    return False


def _not_a_person(same: list[Mention], other_labels: int, doc) -> bool:
    """True when every mention of a name follows "in", "at", "to"...: a
    place ("from" and "to" only for a one-word name: "testimony from Ann
    Berg" names a person); or when the model tags the same words as
    something else (an organization, a product, a work) as often as a
    person; or when a name of several words, not opening on a given name,
    only ever qualifies a common noun after it ("the Ebola Zaire virus",
    "Zaire IgG antibodies", but "the George W. Bush administration"): a
    kind of thing, not someone (unless a title comes before it), or only
    ever follows an article ("a replica Purple Heart", "the Purple Heart":
    an award, a thing), or only ever stands alone in quotation marks (the
    slogan ''Stronger Together'', the nickname “Little Marco”), or, even
    opening on a given name, is only ever a quoted work's title
    (`_a_quoted_work`) or ends one (`_ends_a_quoted_title`: "“Late Hour
    with Ann Berg”").  A title before any mention ("President X")
    outweighs the other two."""
    if any(_described_as_a_thing(doc, m) for m in same) \
            or all(_shares_a_plural_head(doc, m) or _counted(doc, m) or _a_quoted_work(doc, m)
                   or _beside_a_thing(doc, m) or _of_a_person(doc, m) or _listed_with_things(doc, m)
                   or _what_a_thing_is_called(doc, m) or _after_a_thing_word(doc, m) or _a_part_played(doc, m)
                   or _a_bodys_own_name(doc, m) or _names_a_people(doc, m) or _what_an_office_heads(doc, m)
                   or _names_a_plural(doc, m) or _plural_with_its_verb(doc, m) or _a_named_work(doc, m)
                   or _opens_a_things_name(doc, m) or _names_a_family(doc, m) or _a_quoted_modifier(doc, m)
                   or _what_is_operated(doc, m) or _a_firm_beside_a_body(doc, m) or _a_form_of_address(doc, m)
                   or _a_firms_name(doc, m) or _what_which_describes(doc, m) or _quoted_plural_noun(doc, m)
                   or _ends_a_quoted_title(doc, m) or _a_nickname_given(doc, m) or _a_programme_aired(doc, m)
                   for m in same):
        return True
    words = same[0].name.split()
    if len(words) > 1 and not given_name(words[0]) \
            and all((_modifies_a_noun(doc, m) or _opens_a_things_name(doc, m)) and not _title_before(doc, m)
                    or _quoted_alone(doc, m)
                    or _after_article(doc, m) and not _surname_called_by_courtesy(doc, m)
                    or _inside_a_title(doc, m) for m in same):
        return True
    if _a_street(words) or _an_abbreviation(words) or all(_common_words(doc, m) for m in same):
        return True
    if any(m.titled for m in same):
        return False
    if _a_character(doc, same):
        return True
    if other_labels >= len(same):
        return True
    places = _PLACE_PREPOSITIONS if len(same[0].name.split()) == 1 else _PLACE_ONLY
    return all(m.start > 0 and (doc[m.start - 1].lower_ in places or _town_of(doc, m)) for m in same)


_NICKNAMING = frozenset("nickname dub".split())
"""Verbs (lemmas) that give someone a second name ("nicknamed", "dubbed")."""
_NICKNAME_WORDS = 4


def _a_nickname_given(doc, mention: Mention) -> bool:
    """Whether the name `mention` ends a short phrase in quotation marks
    right after a verb that gives a nickname ("the striker nicknamed “King
    Brandt”", "dubbed “Lady Ada”"): another name for someone, not one more
    person, even with a title inside the marks."""
    end = mention.end
    if end >= len(doc) or doc[end].text not in CLOSE_MARKS:
        return False
    opening = next((k for k in range(mention.start - 1, max(-1, mention.start - _NICKNAME_WORDS), -1)
                    if doc[k].text in OPEN_MARKS), None)
    if opening is None or opening == 0 or any(not t.is_title for t in doc[opening + 1:mention.start]):
        return False
    return doc[opening - 1].lemma_.lower() in _NICKNAMING


def _what_which_describes(doc, mention: Mention) -> bool:
    """Whether the name `mention` is followed by a comma and a "which"
    clause the parse hangs on it, passive or saying what it is ("Calder
    Rinse, which is used to treat dry skin"; "Kelso Blue, which is a
    dye"): English says "who" of a person, "which" of a thing.  Not an
    active clause, where "which" may stand for the whole sentence before
    ("hired Ann Berg, which angered the union"), nor a name that opens on
    a given name, where even a passive may be said of the sentence ("hired
    Ann Berg, which was criticized")."""
    if given_name(mention.name.split()[0]) or mention.end + 2 >= len(doc) or doc[mention.end].text != "," or doc[mention.end + 1].lower_ != "which":
        return False
    which = doc[mention.end + 1]
    verb = which.head
    if verb.dep_ != "relcl" or not mention.start <= verb.head.i < mention.end:
        return False
    if which.dep_ == "nsubjpass":
        return True
    return which.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and not is_role_word(c.text) for c in verb.children)


def _common_words(doc, mention: Mention) -> bool:
    """Whether every word of the name `mention`, of two words or more, is
    one the article also writes in lower case, none a given name
    (`common_noun`: "Choice of Units for Measuring Biomass", a heading, where
    the text speaks of "measuring biomass"): capitalised words, no name."""
    words = [t for t in doc[mention.start:mention.end] if t.is_alpha]
    return len(words) > 1 and all(common_noun(doc, t) for t in words)


_STREET_TYPES = frozenset("st ave av rd blvd ln hwy pkwy sq ter cres".split())
"""Abbreviations of a street's type ("Albert St.", "Fifth Ave."), which
end an address, never a name ("St" opens a saint's)."""


def _a_street(words: list[str]) -> bool:
    """Whether the name of several `words` ends on a street type's
    abbreviation ("130 Kelso St."): an address, no one."""
    return len(words) > 1 and fold(words[-1]).strip(".") in _STREET_TYPES


_MIXED_ABBREVIATION = re.compile(r"[A-Za-z]*[a-z][A-Z]")
"""A word ending on a capital after a lower-case letter ("IgG", "PhD"): an
abbreviation; a name's inner capital opens a part of it ("McDonald")."""


def _an_abbreviation(words: list[str]) -> bool:
    """Whether a word of the name `words` is such an abbreviation ("Zaire
    IgG antibodies"): a term, no one's name."""
    return any(_MIXED_ABBREVIATION.fullmatch(w.strip(".,")) for w in words)


def _described_as_a_thing(doc, mention: Mention) -> bool:
    """Whether the parse sets a common noun for a body, a place or a thing
    in apposition to the name `mention` ("Kelso Tech, a school in the
    valley"; "Friends of Lindale, the advocacy group"): what the name is,
    by its own description, is no person.  A role noun ("Ann Berg, the
    group's chair") heads a person's description instead."""
    if mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
        return False
    last = doc[mention.end - 1]
    described = list(last.children)
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.ent_type_ == "CARDINAL":
        described += last.head.head.children  # "Hundreds of Tavarans, a minority group": hung on the count
    # Only a description that opens right after the name's comma: "Ann Berg, vice president of
    # the Lindale Fund, an advocacy group" describes the fund second, whatever the parse says.
    return any(child.dep_ == "appos" and child.left_edge.i == mention.end + 1 and child.pos_ == "NOUN"
               and child.is_lower and (child.lemma_ in NON_PERSON_WORDS or child.lemma_ in _BODY_NOUNS)
               and not is_role_word(child.text) for child in described)


_THINGS = frozenset("ORG FAC GPE LOC PRODUCT WORK_OF_ART LAW EVENT".split())


def _beside_a_thing(doc, mention: Mention) -> bool:
    """Whether the name `mention` is set off by commas right after a noun
    phrase headed by a noun for a body or a thing, or by a name the model
    tags as an organization or a building ("the group she founded, Hope
    Lane,"; "at the Opera Royal, Kelso Row,"): another name of the same
    thing; not a common noun with an owner ("the Daily Courier’s
    publisher, Ann Berg": the paper's publisher is a person).  The parse
    must set the name off too (an appositive, or a loose noun phrase); and
    no role noun may stand in the words before the comma
    ("a member of the group, Ann Berg,"; "the envoy to the Lindale Fund,
    Tom Velt,"), where the name is the role holder's."""
    root = doc[mention.start:mention.end].root
    if root.dep_ not in ("appos", "npadvmod") or mention.start < 2 or doc[mention.start - 1].text != "," \
            or mention.end < len(doc) and doc[mention.end].text not in (",", ".", ";"):
        return False
    noun = doc[mention.start - 2]
    while noun.pos_ not in ("NOUN", "PROPN") and noun.head.i != noun.i and noun.head.i < mention.start:
        noun = noun.head  # "the group she founded": the phrase's head
    # "the Daily Courier’s publisher": its head, a person; but "one of Norway's papers, X": one of them,
    # and "the town's county, X": a place's own place is still a place
    owned = any(c.dep_ == "poss" for c in noun.children) and not _one_of_many(noun) \
        and noun.lemma_.lower() not in _PLACE_NOUNS
    thing = noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "FAC") or noun.pos_ == "NOUN" and noun.is_lower \
        and not owned and (noun.lemma_ in NON_PERSON_WORDS or noun.lemma_ in _BODY_NOUNS)
    return thing and not any(is_role_word(t.text) for t in _phrase_before(doc, mention.start - 1))


def _names_a_plural(doc, mention: Mention) -> bool:
    """Whether the parse sets the name `mention`, alone (no "and" joins
    another name to it), as the appositive of a plural noun someone owns,
    right before its comma ("a spokesman for Ms Varga's accountants, Brill
    Hathersage, said"): one name for several people is their firm's or
    band's, no person's.  Not "one of her accountants, Olive Hathersage",
    one of them."""
    root = doc[mention.start:mention.end].root
    noun = root.head
    if root.dep_ != "appos" or mention.start < 2 or doc[mention.start - 1].text != "," \
            or noun.i != mention.start - 2 or noun.tag_ != "NNS" or not noun.is_lower:
        return False
    alone = not any(c.dep_ in ("conj", "cc") for c in root.children)
    return alone and any(c.dep_ == "poss" for c in noun.children) and not _one_of_many(noun) \
        and not any(c.dep_ == "nummod" for c in noun.children)


_PLACE_NOUNS = frozenset("""city town village county state province region district island valley country capital
    borough parish suburb neighborhood neighbourhood township""".split())
"""Nouns for a place: whoever has one ("the town's county"), it names no
person."""


def _one_of_many(noun) -> bool:
    """Whether the plural `noun` is what "one of" picks from ("one of the
    city's biggest banks")."""
    of = noun.head
    return noun.tag_ == "NNS" and noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one"


def _listed_with_things(doc, mention: Mention) -> bool:
    """Whether the name `mention` is joined by "and" or "or" only to common
    nouns in the singular with no article, lower case and none a role
    ("a land of hunger, drought, fear and Lindale Sickness"): a list joins
    like with like, and a bare singular noun is a thing, never someone.
    Not a name opening on a given name, nor one described after a comma
    ("trade, security and Ann Lind, the new envoy") or by a noun before it
    ("ex-banker and self-taught investor Ann Lind": what she is, twice), nor
    a list a verb in the singular agrees with ("Early retiree and author
    Ann Lind suggests ...": one subject)."""
    root = doc[mention.start:mention.end].root
    if given_name(mention.name.split()[0]) or mention.end < len(doc) and doc[mention.end].text == ",":
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i < mention.start for c in root.children):
        return False
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != root.i and t.i < mention.start]
    others = [t for t in members if t.i != root.i]
    if first.dep_ == "nsubj" and first.head.tag_ == "VBZ":
        return False
    return bool(others) and root.dep_ == "conj" and any(t.tag_ == "NN" for t in others) \
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") and not is_role_word(t.text)
                and not any(c.dep_ in ("det", "poss") for c in t.children) for t in others)


_NAMING = frozenset("call name dub title".split())
"""Verbs by which a thing is given its name ("a fund called X")."""

_KNOWN_AS = frozenset("know call name dub refer brand".split())
"""Verbs by which a thing is known "as" a name ("a bill known as X")."""

_ENACTMENTS = frozenset("""bill act law statute rule regulation reform amendment provision measure plan scheme
    policy doctrine ordinance directive proposal legislation package programme program operation""".split())
"""Nouns for a law, a rule or a plan, which a name "known as" them names
(general English)."""


def _what_a_thing_is_called(doc, mention: Mention) -> bool:
    """Whether the parse makes the name `mention` what a noun for a body or
    a thing is called or named ("one PAC called Stop Lind", "a charity
    named Hope Berg", "the bill, known as Ann Berg"): the thing's name, no one's.  What a person is
    called stays a person's ("a man calling himself Tom Tom")."""
    root = doc[mention.start:mention.end].root
    verb = _naming_verb(root)
    if verb is None or verb.dep_ != "acl" or verb.i > mention.start:
        return False
    thing, noun = verb.head, verb.head.lemma_.lower()
    if verb.lemma_.lower() not in _NAMING:
        # "Lind, also known as Tom Berg": a name the model tags ORG may be a person's, known as another
        return thing.pos_ == "NOUN" and (noun in NON_PERSON_WORDS or noun in _BODY_NOUNS or noun in _ENACTMENTS)
    return thing.ent_type_ in ("ORG", "FAC", "PRODUCT") or noun in NON_PERSON_WORDS \
        or noun in _BODY_NOUNS or noun in _ENACTMENTS


def _naming_verb(root):
    """The verb that gives the name whose head token is `root` ("called
    X", "known as X"), or None."""
    if root.dep_ in ("oprd", "attr", "dobj", "xcomp") and root.head.lemma_.lower() in _NAMING:
        return root.head
    preposition = root.head
    if root.dep_ == "pobj" and preposition.lower_ == "as" and preposition.head.lemma_.lower() in _KNOWN_AS:
        return preposition.head
    return None


def _after_a_thing_word(doc, mention: Mention) -> bool:
    """Whether the name `mention` follows "the" and one capitalised noun for a
    place or body (`names.NON_PERSON_WORDS`, no role word) that the parse
    compounds with the name: "the Court Anne Lind", "the Stadium Tom Berg",
    a place named for someone, not them.  Not after "of" ("Speaker of the
    House Ann Lind": the house completes her title, however parsed)."""
    if mention.start < 2 or mention.start >= 3 and doc[mention.start - 3].lower_ == "of":
        return False
    word, article = doc[mention.start - 1], doc[mention.start - 2]
    return article.lower_ == "the" and word.is_title and word.pos_ in ("NOUN", "PROPN") \
        and word.dep_ == "compound" and mention.start <= word.head.i < mention.end \
        and fold(word.text) in NON_PERSON_WORDS and not is_role_word(word.text) and not is_title_word(word.text)


_WORK_NOUNS = frozenset("""film movie book novel memoir biography autobiography song show series album website site blog podcast app
sitcom documentary musical play opera magazine newspaper channel program programme brand""".split())
_CREDITS = frozenset("starring directed written produced featuring".split())


def _a_named_work(doc, mention: Mention) -> bool:
    """Whether the name `mention` is what a work or outlet is called: right
    after a lower-case noun for one ("the website Kelso Deals", "the film
    Ada Marsh"), or set off by commas after it (`_titles_a_work_before`),
    or followed by its credits (", starring Ann Berg", ", directed by ...")."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.is_lower and before.lemma_ in _WORK_NOUNS and before.pos_ == "NOUN":
        return True
    if _titles_a_work_before(doc, mention):
        return True
    after = doc[mention.end:mention.end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].lower_ in _CREDITS \
        and (after[2].lower_ == "by" or after[2].ent_type_ == "PERSON")


_AIRING = frozenset("interview appearance appear segment broadcast episode air".split())
"""Nouns and verbs (lemmas) of being on the air: "an interview on ...",
"appeared on ..."."""


def _a_programme_aired(doc, mention: Mention) -> bool:
    """Whether the name `mention` is a programme a broadcaster owns, named
    after "on" that an interview or appearance takes ("an interview on Kelso
    TV's Morning Kettle", "appeared on Radio Lind's Early Shift"): a show,
    no one; one talks with a host, not on one."""
    i = mention.start - 1
    if i < 2 or doc[i].lower_ not in ("'s", "’s"):
        return False
    first = i - 1  # the owner's first word: "Kelso" of "Kelso TV's"
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i >= first:
        first -= 1
    on = doc[first - 1] if first > 0 else None
    return on is not None and on.lower_ == "on" and doc[i - 1].ent_type_ != "PERSON" and on.head.lemma_ in _AIRING


def _titles_a_work_before(doc, mention: Mention) -> bool:
    """Whether the name `mention` stands between commas right after a
    lower-case noun for a work and the parse makes it that noun's
    apposition ("in his 1998 memoir, Cold Harbour, Lind recalls"): the
    work's title.  The closing comma is asked for, since a name after an
    opening phrase and one comma is the sentence's subject ("In her new
    book, Ann Berg argues")."""
    start, end = mention.start, mention.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text not in (",", ";"):
        return False
    noun, top = doc[start - 2], doc[end - 1]
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_ in _WORK_NOUNS \
        and top.dep_ == "appos" and top.head.i == noun.i


def _a_bodys_own_name(doc, mention: Mention) -> bool:
    """Whether the name `mention` comes right after, and is the parse's
    apposition or compound of, a lower-case noun for a body or thing ("the
    advocacy group Hope Lane"), or follows "the" and a proper noun the model
    tags an organization, or an acronym, that it compounds ("the KSU Harbor
    Forecast", a unit of that body): the body's name, no one's.  Not where a verb
    follows the name ("the club Ann Berg founded": she founded it)."""
    if mention.start < 2 or mention.end < len(doc) and doc[mention.end].pos_ in ("VERB", "AUX"):
        return False
    word, root = doc[mention.start - 1], doc[mention.start:mention.end].root
    if word.pos_ == "NOUN" and word.is_lower and not is_role_word(word.text):
        return root.head.i == word.i and root.dep_ in ("appos", "compound") \
            and (word.lemma_ in NON_PERSON_WORDS or word.lemma_ in _BODY_NOUNS)
    body = word.ent_type_ == "ORG" or word.is_upper and len(word.text) > 1 and word.ent_type_ not in ("NORP", "PERSON")
    # "Speaker of the House Ann Berg": the body ends the office's capitalised title before her name
    # (not "the director of the KSU Marlowe Outlook", a unit of the body)
    title = doc[mention.start - 4] if mention.start >= 4 else None
    office = title is not None and doc[mention.start - 3].lower_ == "of" and title.is_title \
        and is_title_word(title.text)
    return word.pos_ == "PROPN" and body and word.dep_ == "compound" and not office \
        and mention.start <= word.head.i < mention.end and doc[mention.start - 2].lower_ == "the"


_PARTS = frozenset("role character".split())
"""Nouns for a part an actor plays ("her role as Ann Lind")."""


_PLAYING = frozenset("play portray star appear cast".split())
_COSTUMED = frozenset("wear dress".split())
"""Verbs before "as" and a part ("she starred as Ann Lind", "the gown she
wore as Ann Lind")."""


def _a_part_played(doc, mention: Mention) -> bool:
    """Whether the name `mention` is the part an actor plays: right after
    "as" after a noun for a part ("her roles as Ann Lind on a drama"), an
    actor's name ("Eva Holt as Ann Lind") or a verb of playing; after "his
    character," -- a character, not a person of the story.  (Not the
    object of "plays": a film may portray a real person.)  Read from the words, as the
    parser may hang "as" on the verb ("became known through her roles as")."""
    if mention.start < 2:
        return False
    before, part = doc[mention.start - 1], doc[mention.start - 2]
    if before.text == "," and part.lemma_.lower() in _PARTS:
        return True  # "as his character, Ann Lind"
    if before.lower_ != "as":
        return False
    return part.pos_ == "NOUN" and part.lemma_.lower() in _PARTS or part.ent_type_ == "PERSON" \
        or part.pos_ == "VERB" and part.lemma_.lower() in _PLAYING | _COSTUMED


def _a_character(doc, same: list[Mention]) -> bool:
    """Whether a name is a part an actor plays (`_a_part_played`, or the
    object of "as she played": "a gown worn by Eva Holt as she played Ann
    Lind") at least once, and never speaks: a character, also where the
    story names it alone ("the Ann Lind gown", "when Ann Lind leaves").  A
    real person an actor plays who speaks in the story stays, as does one
    with a title (checked before)."""
    return any(_a_part_played(doc, m) or _played_by_one_named(doc, m) for m in same) \
        and not any(_says(doc[m.end - 1]) for m in same)


def _played_by_one_named(doc, mention: Mention) -> bool:
    """Whether the name `mention` is the object of a verb of playing in an
    "as" clause whose subject is a pronoun ("as she played Ann Lind", "as
    he portrays Ann Lind"): the performance of the actor the sentence names."""
    if mention.start < 3:
        return False
    verb, pronoun, marker = doc[mention.start - 1], doc[mention.start - 2], doc[mention.start - 3]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PLAYING and pronoun.lower_ in ("he", "she", "they") \
        and marker.lower_ == "as"


def _of_a_person(doc, mention: Mention) -> bool:
    """Whether "of" and, before it, a person's name (`_a_surname`) come
    right before the name `mention` ("Velt of Marley Heights"): where the
    person is from, a place, not someone else."""
    return mention.start >= 2 and doc[mention.start - 1].lower_ == "of" and _a_surname(doc, doc[mention.start - 2])


def _phrase_before(doc, comma: int):
    """The words before the comma at token `comma`, back to the punctuation
    or the sentence start before them."""
    start = doc[comma].sent.start
    for i in range(comma - 1, start - 1, -1):
        if doc[i].is_punct:
            return doc[i + 1:comma]
    return doc[start:comma]


def _counted(doc, mention: Mention) -> bool:
    """Whether the parse gives the name `mention` a plural determiner or a
    number ("both former governor Linds", "the two Linds"): several people
    of one surname, no one person."""
    root = doc[mention.start:mention.end].root
    return any(c.dep_ == "det" and c.lower_ in ("both", "all", "these", "those") and c.i < mention.start
               and not any(t.lower_ in ("and", ",") for t in doc[c.i:mention.start])  # "both Lind and Ann Berg"
               or c.dep_ == "nummod" and c.i == mention.start - 1 and c.ent_type_ == "CARDINAL"
               for c in root.children)  # not "the $20 Mr Velt paid": a sum the parse hung on the name


def _quoted_plural_noun(doc, mention: Mention) -> bool:
    """Whether the name `mention`, inside a quotation, is two words or more
    of plain English, capitalised as a post in title case sets every word
    ("“Cattle Thieves and Gun Runners walk free”"), the last a plural
    noun, the first no given name: a kind of people, no one person.  Not
    "Tom Sanders", which opens on a given name, nor a name with a title,
    nor one whose last word is itself a noun, as many surnames are
    ("Woods", "Banks"), nor one the tagger reads as singular ("Doc Rivers")."""
    words = [t.text for t in doc[mention.start:mention.end]]
    last = fold(words[-1])
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    if mention.titled or len(words) < 2 or given_name(words[0]) or not last.endswith("s") or last.endswith("ss") \
            or doc[mention.end - 1].tag_ != "NNPS" or nlp.known_noun(last) or not nlp.known_noun(singular):
        return False
    plain = all(nlp.known_noun(w) or nlp.known_adjective(w) for w in words[:-1])
    return plain and in_quote(doc, doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1]))


def _plural_with_its_verb(doc, mention: Mention) -> bool:
    """Whether the name `mention` of two words or more ends on the plural
    of a common noun ("Newspapers", "Industries") and, joined to no other
    name, is the subject of a verb in the plural ("McAllister Newspapers
    have reported"): many, as a body's name is, not one person."""
    last = doc[mention.end - 1]
    word = fold(last.text)
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if len(mention.name.split()) < 2 or last.tag_ != "NNPS" or not word.endswith("s") or word.endswith("ss") \
            or not nlp.known_noun(singular) or last.dep_ != "nsubj" \
            or any(c.dep_ in ("conj", "cc") for c in last.children):
        return False
    verb = last.head
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite)


def _shares_a_plural_head(doc, mention: Mention) -> bool:
    """Whether the name `mention` ends on the plural of a word for a place or
    thing (names.NON_PERSON_WORDS) that a name before "and" shares ("at
    Fifth and Maple Streets", "the Ford and Lind Foundations"): two
    places or bodies, not someone whose surname that plural is."""
    last = fold(doc[mention.end - 1].text)
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    before = doc[mention.start - 2] if mention.start >= 2 else None
    return len(mention.name.split()) > 1 and last.endswith("s") and singular in NON_PERSON_WORDS \
        and before is not None and doc[mention.start - 1].lower_ in ("and", "or") and before.is_title \
        and before.ent_type_ != "PERSON"


_HEADS_OF_BODIES = frozenset("""director founder cofounder co-founder president chairman chairwoman chair ceo
    member dean chancellor""".split())
"""Offices held in a body: what comes after their "of" ("director of
Maple Penmen") is the body, never a person."""


def _what_an_office_heads(doc, mention: Mention) -> bool:
    """Whether the parse makes the name `mention` the object of "of" right
    after a lower-case noun for an office held in a body ("Tom Lind,
    director of Maple Penmen"): the body, no one."""
    root = doc[mention.start:mention.end].root
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.i == mention.start - 1 and of.head.is_lower \
        and of.head.lemma_.lower() in _HEADS_OF_BODIES


def _names_a_people(doc, mention: Mention) -> bool:
    """Whether the name `mention` ends on, or is the parse's compound of the
    word right after it that is, a plural the model tags a nationality or a
    religious or political group (NORP) in the article ("Ridge Democrats",
    "the Walter Gray-Harlow Republicans"): a group of people, or a kind of
    them named for someone, not a person mentioned."""
    if "people_plurals" not in doc.user_data:
        # tagged plural there too: a surname ending so ("a shirtless Willis") may be tagged a group once
        doc.user_data["people_plurals"] = frozenset(t.text for e in doc.ents if e.label_ == "NORP"
                                                    for t in e if t.text.endswith("s") and t.tag_ == "NNPS")
    last = doc[mention.end - 1]
    words = [last] if len(mention.name.split()) > 1 else []
    if last.dep_ == "compound" and last.head.i == mention.end:
        words.append(doc[mention.end])
    return any(w.is_title and w.text in doc.user_data["people_plurals"] for w in words)


def _town_of(doc, mention: Mention) -> bool:
    """Whether a mention after "from" or "to" is set before a comma and a
    state or country ("a 59-year-old from Hilton Head, South Carolina"): a
    town, not a person."""
    after = doc[mention.end + 1] if mention.end + 1 < len(doc) else None
    return doc[mention.start - 1].lower_ in _PLACE_PREPOSITIONS and doc[mention.end].text == "," \
        and after is not None and after.ent_type_ == "GPE" and after.ent_iob_ == "B"


OPEN_MARKS = "\"“„«‘'"   # marks that open a quotation
CLOSE_MARKS = "\"”»’'"   # and that close one


def _quoted_alone(doc, mention: Mention) -> bool:
    """Whether the name `mention` is all its quotation holds: a mark opens
    right before it and one closes right after it (a stop or comma aside)."""
    text = nlp.text_of(doc)
    start, end = doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1])
    after = text[end:end + 3].lstrip(".,!?")
    return bool(text[max(0, start - 1):start]) and text[start - 1] in OPEN_MARKS \
        and bool(after) and after[0] in CLOSE_MARKS


def _a_quoted_work(doc, mention: Mention) -> bool:
    """Whether the name `mention`, alone in its quotation marks, is what a
    verb or preposition takes ("wrote “Tom Thumb,”", "starred in “Annie
    Hall”"): the title of a work, even when it opens on a given name; a
    quoted name set beside a person ("The witness, “John Smith,”") is still one."""
    return _quoted_alone(doc, mention) and doc[mention.start:mention.end].root.dep_ in ("dobj", "pobj")


def _after_article(doc, mention: Mention) -> bool:
    """Whether "a", "an" or "the" comes right before the name `mention`,
    with at most one lower-case word between ("a replica Purple Heart"), or
    capitalised words that are no title nor name ("the Northern Rural
    Women Caucus": the end of a body's long name, cut where the model
    tagged it)."""
    i = capitals_before(doc, mention.start)
    if i >= 1 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("a", "an", "the")


def _ends_a_quoted_title(doc, mention: Mention) -> bool:
    """Whether the name `mention` ends a quotation set in headline style
    with words of its own before the name ("he said on Radio Dover's
    “Sunday Talk with Ilse Varga.”"): the name of a programme or a book,
    whose host or subject takes no part in the story there."""
    start, end = doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1])
    span = quotation_around(doc, start, end)
    if span is None:
        return False
    text = nlp.text_of(doc)
    before, after = text[span[0]:start].split(), text[end:span[1]]
    # a title's short function words stay in lower case ("with", "of"); every other word is capitalised
    cased = all(w[:1].isupper() or w.isalpha() and w.islower() and len(w) <= _TITLE_FUNCTION_WORD for w in before)
    return sum(w[:1].isupper() for w in before) >= 2 and cased and not after.strip(" .,!?")


_TITLE_FUNCTION_WORD = 4
"""Letters at most of a word a title leaves in lower case ("with", "from")."""


def _surname_called_by_courtesy(doc, mention: Mention) -> bool:
    """Whether the article calls the last word of the name `mention` with a
    courtesy title elsewhere ("a smiling Lotte Ostrander", then "Mrs.
    Ostrander"): the word is someone's surname, so "a" before the name
    sets a person in a state, not a thing's name ("a replica Purple
    Heart", which no "Mr. Heart" follows)."""
    last = doc[mention.end - 1].text
    return any(t.text == last and t.i > 0 and t.nbor(-1).text[:1].isupper()
               and t.nbor(-1).lower_.rstrip(".") in COURTESY for t in doc if not mention.start <= t.i < mention.end)


def _inside_a_title(doc, mention: Mention) -> bool:
    """Whether the name `mention` is compounded, through capitalised words
    after it, into another person's name ("former Tri Valley League Grand
    Master Ann Berg"): part of that person's title, not someone."""
    token, between = doc[mention.end - 1], 0
    while token.dep_ == "compound" and token.head.i > token.i and token.head.is_title:
        token = token.head
        if token.ent_type_ == "PERSON":
            return between > 0
        between += 1
    return False


_NAMED_THINGS = frozenset("ORG FAC PRODUCT WORK_OF_ART EVENT LAW".split())


def _opens_a_things_name(doc, mention: Mention) -> bool:
    """Whether the name `mention` runs on into a proper noun the model tags
    a product, a body, a building, a work or an event, and the parse makes
    the name's last word a part of it ("a Tom Lind Roadster", "the Ann Berg
    Foundation"): the first words of that thing's name, no one's."""
    last = doc[mention.end - 1]
    head = last.head
    return last.dep_ == "compound" and head.i >= mention.end and head.pos_ == "PROPN" \
        and head.ent_type_ in _NAMED_THINGS and all(t.pos_ == "PROPN" for t in doc[mention.end:head.i + 1])


_FAMILY_NOUNS = frozenset("family families clan clans dynasty dynasties tribe tribes household".split())
"""Nouns for a family or a lineage, which a name before them qualifies
("the ruling Al Kamal family"): a family named, no one person."""


def _names_a_family(doc, mention: Mention) -> bool:
    """Whether the name `mention` qualifies a noun for a family after it
    (`_FAMILY_NOUNS`): "the Al Kamal family", "the Berg dynasty"."""
    last = doc[mention.end - 1]
    return last.dep_ == "compound" and last.head.i >= mention.end and last.head.lower_ in _FAMILY_NOUNS


_OPENING_QUOTES = frozenset("“ \" ‘ '".split())
_CLOSING_QUOTES = frozenset("” \" ’ '".split())


def _a_quoted_modifier(doc, mention: Mention) -> bool:
    """Whether the name `mention` stands alone in quotation marks and
    qualifies the common noun right after them ("called the devices
    “Donald Duck” bombs"): a name used as a word for a kind of thing."""
    start, end = mention.start, mention.end
    if start == 0 or end + 1 >= len(doc) or doc[start - 1].text not in _OPENING_QUOTES \
            or doc[end].text not in _CLOSING_QUOTES:
        return False
    last, after = doc[end - 1], doc[end + 1]
    return after.pos_ == "NOUN" and after.is_lower and not after.ent_type_ and last.head.pos_ == "NOUN"


def _a_form_of_address(doc, mention: Mention) -> bool:
    """Whether the one-word name `mention` sits between a courtesy title and
    a capitalised role word ("Mr. Ranking Member", "Madam Deputy Speaker"):
    a title used to address someone, no surname."""
    end = mention.end
    return mention.end - mention.start == 1 and mention.start > 0 and _honorific_before(doc[mention.start - 1]) \
        and end < len(doc) and doc[end].is_title and is_role_word(doc[end].text)


def _a_firm_beside_a_body(doc, mention: Mention) -> bool:
    """Whether the name `mention`, three capitalised words or more with no
    initial, is joined by "and" to an organization named right before it
    ("represented by the Kelso Legal Clinic and Hart Pell Amsel"): a firm
    named for its partners, listed like with like."""
    words = mention.name.split()
    if len(words) < 3 or any(w.endswith(".") for w in words) or mention.start < 2:
        return False
    before = doc[mention.start - 1]
    other = doc[mention.start - 2]
    return before.lower_ == "and" and other.ent_type_ == "ORG" and other.ent_iob_ != "O" \
        and (other.i + 1 == len(doc) or doc[other.i + 1].ent_iob_ != "I" or doc[other.i + 1].ent_type_ != "ORG")


_FIRM_SUFFIXES = frozenset("inc incorporated llc l.l.c llp l.l.p ltd limited corp plc pc p.c gmbh".split())
"""Words set after a firm's name ("Kelso Pie, L.L.C.", "Hart Pell Inc."),
never after a person's (general English; no "Co.", which ends "& Co."
after a person's name)."""
_FIRM_NOUNS = frozenset("firm partnership".split())
"""Nouns whose "of" names the firm itself ("the law firm of Hart Pell")."""


def _a_firms_name(doc, mention: Mention) -> bool:
    """Whether the name `mention` is a firm's: a corporate suffix follows
    it, after a comma or not ("Kelso Pie, L.L.C."), or "of" names it after
    a noun for a firm ("a partner in the law firm of Hart Pell")."""
    after = mention.end + (mention.end < len(doc) and doc[mention.end].text == ",")
    if after < len(doc) and doc[after].lower_.rstrip(".") in _FIRM_SUFFIXES:
        return True
    before = doc[mention.start - 1] if mention.start > 1 else None
    return before is not None and before.lower_ == "of" and doc[mention.start - 2].lower_ in _FIRM_NOUNS


_OPERATED = frozenset("operate own build construct decommission".split())
"""Verbs whose object is a plant, a site or a business ("the utility,
which operates Kelso Daichi"), never a person."""


def _what_is_operated(doc, mention: Mention) -> bool:
    """Whether the name `mention` is the object of a verb of operating or
    owning (`_OPERATED`): a facility's name, no one's."""
    root = doc[mention.start:mention.end].root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _OPERATED


def _modifies_a_noun(doc, mention: Mention) -> bool:
    """Whether the name `mention` is a modifier of a common noun that
    follows it ("Ebola Zaire virus")."""
    last = doc[mention.end - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN" and last.head.i >= mention.end


def _owns_a_description_of(doc, mention: Mention, group: _Group) -> bool:
    """Whether `mention` owns the noun set beside a name of `group`
    ("Ann Lind, Sen. Lind's widow", "Sen. Lind's widow, Ann Lind"): one
    is not one's own widow, aide or lawyer, so the surname is someone
    else's."""
    owner = doc[mention.end - 1]
    if owner.dep_ != "poss":
        return False
    owned = owner.head
    beside = [owned.head] if owned.dep_ == "appos" else []
    beside += [child for child in owned.children if child.dep_ == "appos"]
    for token in beside:
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head
        if token.ent_type_ == "PERSON" and token.i not in range(mention.start, mention.end):
            name = next((e.text for e in doc.ents if e.start <= token.i < e.end), token.text)
            if same_person(strip_name(name), group.name) and len(name_words(strip_name(name))) > 1:
                return True
    return False


def _home(mention: Mention, groups: list[_Group], full_counts: Counter, doc, seen: dict | None = None) -> _Group | None:
    """The group a mention belongs to.  A surname two people share goes to
    the one the article names in full most often (news calls its main figure
    by surname), then to the one of the sex of the pronoun after it, then
    to the one named last before it, a name in another
    person's description counting for neither (`_in_description`); never to both; and
    never to one already called by the other sex's courtesy title ("Mr.
    Cruz" is not the "Mrs. Cruz" of Heidi Cruz).  `seen` keeps the groups a
    name can belong to while `groups` does not grow (groups are only added,
    and a group's name never changes)."""
    key = (mention.name, len(groups))
    candidates = seen.get(key) if seen is not None else None
    if candidates is None:
        words = name_words(mention.name)
        several = len(words) > 1
        candidates = [g for g in groups
                      if (words <= name_words(g.name) and (several or not words <= fathers_names(g.name)))
                      or several and same_person(mention.name, g.name)]
        if seen is not None:
            seen[key] = candidates
    if _courtesy(doc, mention):
        candidates = [g for g in candidates if not _of_the_other_sex(doc, mention, g, seen)]
    candidates = [g for g in candidates if not _owns_a_description_of(doc, mention, g)]
    if mention.titled and len(name_words(mention.name)) == 1 and _title_before(doc, mention) in REGNAL:
        # "King Osman" is not the "Osman al-Rashidi" named before, only one called by that title too
        candidates = [g for g in candidates if any(_title_before(doc, m) == _title_before(doc, mention)
                                                   for m in g.mentions)]
    if len(candidates) <= 1:
        if candidates and len(name_words(mention.name)) == 1 and not any(
                m.start < mention.start for m in candidates[0].mentions
                if m.name == candidates[0].name or len(name_words(m.name)) > 1):
            # "President Trump" before the article names "Melania Trump": news
            # names a person in full first, so a surname before the only full
            # name sharing it is someone else of that name.  Any full form
            # counts: "Tom Lind", then "Mr. Lind", is the "Tom Lind Jr." named
            # so only later.
            return None
        kin = _relative(doc, candidates[0]) if candidates and len(name_words(mention.name)) == 1 else None
        if kin is not None and (kin == "?" or _courtesy(doc, mention) != kin):
            # "the president's daughter Ivanka Trump", then "Mr. Trump railed":
            # one introduced as someone's relative shares the surname of the
            # one the article calls by it ("his wife Heidi Cruz" is still "Mrs. Cruz").
            return None
        return candidates[0] if candidates else None
    if sex := _courtesy(doc, mention):
        titles = {id(g): {_courtesy(doc, m) for m in g.mentions} - {None} for g in candidates}
        candidates = [g for g in candidates if titles[id(g)] <= {sex}] or candidates
        same = [g for g in candidates if titles[id(g)] == {sex}]
        if len(candidates) == 1 or len(same) == 1:
            return (same or candidates)[0]
        known = {id(g): _sex(doc, g, seen) for g in candidates}
        if sum(known[id(g)] == sex for g in candidates) == 1 and not same \
                and all(known[id(g)] or len(g.name.split()) > 1 for g in candidates):
            # "Mrs. Clinton" where the pronouns make Hillary Clinton a woman
            # and say nothing of Bill: hers, not the one named last.  (A
            # person known only by surname, "President Trump", may be anyone.)
            return next(g for g in candidates if known[id(g)] == sex)
        # "Mrs. Trump" before either is titled: not Donald, whom the article
        # calls "he".  A person the pronouns say nothing of may be either
        # sex ("the younger Mr. Hutchinson" is the son, whose name no "he"
        # follows, not his father, whose name one does).
        fits = [g for g in candidates if _pronouns(doc, g, seen) in (sex, None) and known[id(g)] in (sex, None)]
        if len(fits) == 1:
            return fits[0]
        if len(fits) > 1 and not same and all(known[id(g)] is None and len(g.name.split()) > 1 for g in fits):
            # "Khizr and Ghazala Khan", then "Mr. Khan": the article never says
            # which of the two is the man; the one named last would be a coin
            # toss, and once taken every "Mr." and "Ms." would follow it.
            return None
    title = _title_before(doc, mention)
    if title:
        # "Former Vice President Cheney" is the Cheney named "Vice President" before, not the one named most.
        titled = [g for g in candidates if any(_title_before(doc, m) == title for m in g.mentions)]
        if len(titled) == 1:
            return titled[0]
    exact = [g for g in candidates if g.name == mention.name]
    if exact:
        return exact[0]
    kinless = [g for g in candidates if _relative(doc, g) is None]
    said = _sex_after(doc, mention)
    if len(kinless) == 1 < len(candidates) and _courtesy(doc, mention) is None \
            and (said is None or _sex(doc, kinless[0], seen) in (None, said)) \
            and full_counts[kinless[0].name] >= max(full_counts[g.name] for g in candidates):
        # "Marcel Lehel Lazar ... his wife, Gabriela Violeta Lazar, wrote ...
        # Lazar had no formal training": the one the article calls by the
        # surname, not the relative it introduced by kinship (unless it names
        # the relative in full more often: "his son, Donald Trump Jr.").
        return kinless[0]
    if said is not None:
        # "Clinton said, “I do take responsibility.” She followed ...": the
        # one of the two the pronoun after the surname fits (Hillary, not the
        # Bill Clinton "his wife's" was said of, however recently named).
        known = {id(g): _sex(doc, g, seen) for g in candidates}
        fits = [g for g in candidates if known[id(g)] == said]
        if len(fits) == 1 and all(known.values()):
            return fits[0]
    just = _just_named(doc, mention, candidates)
    if just is not None and _courtesy(doc, mention) is None:
        return just
    if _a_shared_given_name(mention, candidates):
        return _named_last(doc, mention, candidates)
    # "former presidents Jimmy Lind and Bill Berg", named once in a list of others, is named in
    # passing: at equal counts the surname alone is the other Berg's, however recently he was named.
    # So too one named once in full beside one the article has called by the surname many times
    # ("... Clinton said. ... accompanied by her husband, Bill Clinton. Clinton's campaign ..."):
    # news calls its main figure by surname, so the surname stays with the one it has been calling so.
    before = [(full_counts[g.name], not _only_listed(doc, g),
               sum(m.start < mention.start for m in g.mentions),
               max((m.start for m in g.mentions if m.start < mention.start and not _in_description(doc, m)),
                   default=-1), g)
              for g in candidates]
    count, _, _, latest, group = max(before, key=lambda row: row[:4])
    return group if latest >= 0 or count > 1 else None


def _a_shared_given_name(mention: Mention, candidates: list[_Group]) -> bool:
    """Whether the one word of `mention` opens the name of every one of
    `candidates`, none of whom it ends: a given name ("Mara" of Mara Lind
    and Mara Tessel), which news uses for the one it has just spoken of,
    not for its main figure as it does a surname."""
    word = fold(mention.name)
    return " " not in mention.name and all(
        fold(g.name).split()[0] == word and surname(g.name) != word for g in candidates)


def _named_last(doc, mention: Mention, candidates: list[_Group]) -> _Group | None:
    """The one of `candidates` named last before `mention`, not in someone
    else's description (`_in_description`), or None when none is."""
    latest = [(m.start, id(g), g) for g in candidates for m in g.mentions
              if m.start < mention.start and not _in_description(doc, m)]
    return max(latest, key=lambda row: row[:2])[2] if latest else None


def _just_named(doc, mention: Mention, candidates: list[_Group]) -> _Group | None:
    """For a surname several people of the article share, the one of them it
    has just named in full ("Ed Lind and then-governor Tom Lind split in
    1990 ... because Lind had ..."): that full name stands before it in its
    paragraph, with no other of them named since, in a sentence naming no
    other of them nor a kin, not in a list of names nor in someone's
    description; or in the paragraph before, when the article has called
    them by the surname alone there since (news goes on calling the one it
    has just named by the surname).  None otherwise: the one the article
    calls by it most (`_home`) keeps it."""
    named = sorted(((m.start, id(g), m, g) for g in candidates for m in g.mentions if m.start < mention.start),
                   key=lambda row: row[:2])
    full = next((row for row in reversed(named) if row[2].name == row[3].name and " " in row[2].name), None)
    if full is None:
        return None
    _start, _id, first, group = full
    if any(g is not group for _s, _i, m, g in named if m.start > first.start):
        return None
    since = [m for _s, _i, m, _g in named if m.start > first.start]
    sentence = doc[first.start].sent
    if any(g is not group and sentence.start <= m.start < sentence.end for _s, _i, m, g in named) \
            or any(t.lower_ in KINSHIP for t in sentence) or _beside_a_name(doc, first) or _in_description(doc, first):
        return None
    breaks = _paragraph_breaks(doc, first.start, mention.start)
    if breaks == 0 or breaks == 1 and any(_paragraph_breaks(doc, first.start, m.start) == 0 for m in since):
        return group
    return None


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def _paragraph_breaks(doc, start: int, end: int) -> int:
    """How many paragraph breaks (blank lines) stand between tokens `start` and `end`."""
    return len(_PARAGRAPH_BREAK.findall(nlp.text_of(doc), doc[start].idx, doc[end].idx))


def _only_listed(doc, group: _Group) -> bool:
    """Whether every mention of the group's full name stands in a list of
    people, next to another person's name across "and" or a comma ("Jimmy
    Lind and Bill Berg", "Bill and Ann Berg")."""
    full = [m for m in group.mentions if m.name == group.name]
    return bool(full) and all(_beside_a_name(doc, m) for m in full)


def _beside_a_name(doc, mention: Mention) -> bool:
    """Whether "and" or a comma joins the name `mention` to another person's
    name right before or after it."""
    before = mention.start >= 2 and doc[mention.start - 1].lower_ in ("and", ",") \
        and doc[mention.start - 2].ent_type_ == "PERSON"
    after = mention.end + 1 < len(doc) and doc[mention.end].lower_ in ("and", ",") \
        and doc[mention.end + 1].ent_type_ == "PERSON"
    return before or after


def _in_description(doc, mention: Mention) -> bool:
    """Whether `mention` is named only in the description of another person
    ("Patricia Smith, mother of Benghazi victim Sean Smith, said ...";
    "Khizr Khan, father of Capt. Humayun Khan"): the surname alone after
    it stands for the person described, not for the one in the description."""
    return description_holder(doc[mention.end - 1], lambda t: t.ent_type_ == "PERSON"
                              and not mention.start <= t.i < mention.end) is not None


DESCRIBING = ("appos", "pobj", "prep", "compound", "amod", "nmod", "poss", "conj")


def description_holder(token, is_person, steps: int = 5, links: tuple[str, ...] = DESCRIBING):
    """The token, up the parse from `token` across an appositive, that
    `is_person` takes for someone whose description holds `token`
    ("Jane Doe, the director of the Program": "Program" -> "Doe"; "Lionel
    Sosa, a media consultant and an influential Hispanic Republican":
    "Republican" -> "Sosa"), or None; at most `steps` links up, through
    the words a description is made of (`links`, by default `DESCRIBING`,
    "and" among them)."""
    node, crossed = token, False
    for _ in range(steps):
        if node.dep_ not in links or node.head.i == node.i:
            return None
        crossed = crossed or node.dep_ == "appos"
        node = node.head
        if crossed and is_person(node):
            return node
    return None


def _title_before(doc, mention: Mention) -> str | None:
    """The role word right before `mention` ("President" of "ex-Vice
    President Dick Cheney"), lower case; None when there is none."""
    word = doc[mention.start - 1] if mention.start > 0 else None
    return word.lower_ if word is not None and is_role_word(word.text) else None


def _relative(doc, group: _Group) -> str | None:
    """"f", "m" (or "?") when the article introduces the person of `group`
    by kinship (`_kin_of` a mention of their full name); else None."""
    return next((kin for m in group.mentions if m.name == group.name for kin in [_kin_of(doc, m)] if kin), None)


def _kin_of(doc, mention: Mention) -> str | None:
    """"f", "m" (or "?") when `mention` is introduced by kinship: right after
    "daughter", "his wife," and the like, or followed by ", his son,"."""
    before = mention.start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before >= 0 and doc[before].lower_ in KINSHIP:
        return KINSHIP[doc[before].lower_]
    after = doc[mention.end:mention.end + 4]
    if len(after) >= 3 and after[0].text == ",":
        noun = next((t.lower_ for t in after[1:] if t.lower_ in KINSHIP), None)
        if noun:
            return KINSHIP[noun]
    return None


def _father_and_son(a: str, b: str, kin: set[str]) -> bool:
    """Whether names `a` and `b` are two people: the same words but for a
    generational suffix, one of them introduced as someone's relative
    ("President Donald Trump's oldest son, Donald Trump Jr.")."""
    return generations_differ(a, b) and bool({a, b} & kin)


COURTESY = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
"""Courtesy titles and the sex they give ("Mr. Dunn")."""


PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
"""Personal pronouns and the sex they give."""


def _sex(doc, group: _Group, seen: dict | None = None) -> str | None:
    """"m" or "f" when the article says which: by kinship first ("his wife
    Lotte Ostrander"), else by the pronouns after the full name; else, for a
    full name, as news uses its given name (`given_name_sex`: "Paul T.
    Ostrander III" beside "Greta Ostrander"); else by a title word
    (`_titled_sex`); else None."""
    kin = _relative(doc, group)
    if kin in ("m", "f"):
        return kin
    words = group.name.split()
    return _pronouns(doc, group, seen) or (given_name_sex(words[0]) if len(words) > 1 else None) \
        or _titled_sex(doc, group)


def _titled_sex(doc, group: _Group) -> str | None:
    """"m" or "f" when a title word before the group's full name gives its
    holder's sex (`names.SEXED_TITLES`: "first lady Ann Lind"), one sex only; else None."""
    found = {SEXED_TITLES[doc[m.start - 1].lower_] for m in group.mentions
             if m.name == group.name and m.start > 0 and doc[m.start - 1].lower_ in SEXED_TITLES}
    return found.pop() if len(found) == 1 else None


def _pronouns(doc, group: _Group, seen: dict | None = None) -> str | None:
    """`_pronoun_sex`, kept in `seen` while the group's mentions stay as
    they are (an article calling several people "Mr. X" asks it often)."""
    if seen is None:
        return _pronoun_sex(doc, group)
    key = ("pronouns", id(group), len(group.mentions))
    if key not in seen:
        seen[key] = _pronoun_sex(doc, group)
    return seen[key]


def _pronoun_sex(doc, group: _Group) -> str | None:
    """"m" or "f" when the pronouns that follow the group's full name, in
    its sentence before any other person is named and, when the name is
    its sentence's subject, in the next sentence if that opens on a pronoun
    ("Hillary Rodham Clinton released her returns. She ..."), are all of
    one sex; else None."""
    found = set()
    for mention in (m for m in group.mentions if m.name == group.name):
        found |= _sexes_after(doc, mention)
    return found.pop() if len(found) == 1 else None


def _sex_after(doc, mention: Mention) -> str | None:
    """"m" or "f" when the pronouns after one mention (`_sexes_after`) are of one sex."""
    found = _sexes_after(doc, mention)
    return found.pop() if len(found) == 1 else None


def _sexes_after(doc, mention: Mention) -> set[str]:
    """The sexes of the pronouns after `mention` in the clause it is the
    subject of (or owns the subject of), before any other person is named,
    and, when the name is its sentence's subject, in the next sentence if
    that opens on a pronoun; words in quotation marks aside ("Clinton
    said, “... my husband ...” She followed ...": "she")."""
    sentence = doc[mention.start].sent
    root = doc[mention.start:mention.end].root
    subject = root.dep_ in ("nsubj", "nsubjpass")
    owner = root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass")
    # Only the clause the name is the subject of, or owns the subject of: in "a man who, as Lind
    # speaks, bows his head" and "supporting Lind, he said", the pronoun is someone else's.
    clause = (root.head if subject else root.head.head) if subject or owner else None
    after = [t for t in clause.subtree if mention.end <= t.i < sentence.end] if clause is not None else []
    nxt = doc[sentence.end:sentence.end + 1]
    if subject and len(nxt) and nxt[0].lower_ in PRONOUN_SEX:
        after += list(nxt[0].sent)
    found = set()
    for token in after:
        if token.ent_type_ == "PERSON":
            break
        if token.lower_ in PRONOUN_SEX and not in_quote(doc, token.idx, token.idx + len(token)):
            found.add(PRONOUN_SEX[token.lower_])
    return found


def _courtesy(doc, mention: Mention) -> str | None:
    """"m" or "f" when the mention follows "Mr." or "Mrs.", "Ms.", "Miss"; else None."""
    if mention.start == 0 or not doc[mention.start - 1].text[:1].isupper():
        return None  # "we all miss Ana": the verb, no courtesy title
    return COURTESY.get(doc[mention.start - 1].lower_.rstrip("."))


def _add_bare_surnames(doc, groups: list[_Group], things: set[int] = frozenset()) -> None:
    """"Overchuk held meetings": a surname alone, untagged, of someone named
    (by full name, or by that one name throughout: "Trump said ... Trump
    later confirmed", where the tagger found only some of the mentions);
    never a word of `things`, the tokens of names judged no person's."""
    taken = {i for g in groups for m in g.mentions for i in range(m.start, m.end)} | set(things)
    by_surname = {}
    for g in groups:
        if fold(g.name.split()[0]).rstrip(".") not in COURTESY:
            # "Ms. Trump", known by her title alone, is never the bare "Trump" the tagger missed
            if surname(g.name) not in fathers_names(g.name):  # "Osman" alone is not Faisal bin Osman
                by_surname.setdefault(surname(g.name), []).append(g)
    if not by_surname:
        return
    pos, capitalised = nlp.column(doc, "POS"), nlp.column(doc, "IS_TITLE")
    for i, text in enumerate(nlp.column(doc, "ORTH")):
        if not (capitalised[i] or text[:1].islower() and name_cased(text)) or i in taken:
            continue  # "deLuca" of "Marco deLuca": a particle glued on, still a surname
        if pos[i] != "PROPN" and not (pos[i] in ("NOUN", "VERB") and _named_like_a_noun(doc, i)):
            continue
        owners = _not_kin(doc, by_surname.get(fold(text), []))
        if len(owners) == 1 and not _another_given_name(doc, i, owners[0].name) \
                and not _inside_a_longer_name(doc, i) and not _a_party_to_a_case(doc, i, i + 1):
            start = i - 1 if _particle_before(doc, i) and i - 1 not in taken \
                and f" {fold(doc[i - 1].text)} {fold(text)}" in f" {fold(owners[0].name)}" else i
            if start == i and i - 1 not in taken and _completes_a_lone_surname(doc, i, owners[0].name):
                start = i - 1  # "Ivo Marsh, the mayor, ..." then "Mr. Marsh": the full name, found untagged
                owners[0].name = doc[start:i + 1].text
            name = doc[start:i + 1].text  # "Le Guin" of "Ursula Le Guin", the particle with it
            owners[0].mentions.append(Mention(name=name, start=start, end=i + 1, titled=False))


def _completes_a_lone_surname(doc, i: int, name: str) -> bool:
    """Whether the word before the surname at token `i` is the given name of
    someone the article otherwise calls by that surname alone (`name` one
    word: "Mr. Marsh"), a given name the model left untagged
    (`_untagged_given_name`), also as a sentence's first word ("Ivo Marsh,
    the mayor, said"), where it must be a given name or no English word
    (not "Today Marsh said"), and the two look like a person's name."""
    if " " in name or i == 0:
        return False
    before = doc[i - 1]
    if before.is_sent_start:
        if not (before.pos_ == "PROPN" and before.is_title and not before.ent_type_ and before.dep_ == "compound"
                and before.head.i == i and not is_title_word(before.text) and not common_noun(doc, before)):
            return False
        if not given_name(before.text) and any(known(before.text) for known in (
                nlp.known_noun, nlp.known_verb, nlp.known_adjective)):
            return False
    elif not _untagged_given_name(doc, i):
        return False
    return looks_like_person(f"{before.text} {doc[i].text}")


def _inside_a_longer_name(doc, i: int) -> bool:
    """Whether the capitalised word at token `i` sits inside a longer run of
    capitalised words, a name or title of its own ("The New Black", "Black
    Market Bar", "Prince Otto" for a Prince): a capitalised word after it,
    or one before it that neither opens the sentence nor is a title or
    name particle ("Mr. Black", "Senator Black", "Le Guin", "“Even Black
    said”" stay); never on a line set in headline style."""
    sentence = doc[i].sent
    if headline(sentence.text):
        return False  # every word capitalised: the casing tells nothing
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.is_alpha and after.text[:1].isupper() and not after.is_sent_start \
            and after.ent_type_ not in ("DATE", "TIME"):
        return True
    before = doc[i - 1] if i > sentence.start else None
    opening = next((t.i for t in sentence if t.is_alpha), None)  # after an opening quotation mark too
    return before is not None and before.is_alpha and before.text[:1].isupper() and before.i != opening \
        and not is_title_word(before.text) and not _honorific_before(before) \
        and fold(before.text) not in NAME_PARTICLES


def _honorific_before(token) -> bool:
    """Whether `token` is a courtesy title or honorific ("Ms", "Sen")."""
    return fold(token.text).strip(".") in HONORIFICS


def _not_kin(doc, owners: list[_Group]) -> list[_Group]:
    """The people a bare surname may be: `owners`, but where all of them save
    one were introduced as someone's relative ("his father, Ed Lind,") and
    that one is named in full as often, that one alone: the surname is the
    one the article is about, as in `_home`.  So too where one of them is
    named in full at least twice as often as any other ("Ann Lind" three
    times, "Tom Lind" once): news calls its main figure by surname.  Not
    one with a generational suffix ("Tom Lind Jr."), whom news calls by
    surname and suffix, leaving the bare surname to the elder."""
    kinless = [g for g in owners if _relative(doc, g) is None]
    if len(owners) < 2:
        return owners
    full = {id(g): sum(m.name == g.name for m in g.mentions) for g in owners}
    if len(kinless) == 1 and full[id(kinless[0])] >= max(full.values()):
        return kinless
    ranked = sorted(owners, key=lambda g: full[id(g)], reverse=True)
    dominant = full[id(ranked[0])] >= 2 * full[id(ranked[1])] and not generational_suffix(ranked[0].name)
    return ranked[:1] if dominant else owners


def _named_like_a_noun(doc, i: int) -> bool:
    """Whether the capitalised word at token `i`, tagged a noun or a verb,
    is used as a name: a noun the article never writes in lower case
    ("Woods continued", opening a sentence, is tagged a noun), or a verb the
    parser made a subject ("“...,” Trump shot back")."""
    token = doc[i]
    if common_noun(doc, token):
        return False
    return token.pos_ == "NOUN" or token.dep_ in ("nsubj", "nsubjpass")


def _another_given_name(doc, i: int, name: str) -> bool:
    """Whether the surname at token `i` follows a given name the tagger left
    out (`_untagged_given_name`) other than the one in `name` ("Navy SEAL Ty
    Woods" is not the Dorothy Woods named before, nor "the Rev Alexander
    Love", tagged an organization, Lauri Love; "Chief of Staff Rahm
    Emanuel" may be the "Emanuel" named throughout; "Added Gosselin:" opens
    its sentence on a verb)."""
    before = doc[i - 1] if i > 0 else None
    other = _untagged_given_name(doc, i) or before is not None and before.dep_ == "compound" \
        and before.head.i == i and before.is_title and given_name(before.text)
    return len(name.split()) > 1 and other and before.text not in name.split()


# -- aliases ---------------------------------------------------------------


_NAME_NOUNS = frozenset("name names pseudonym pseudonyms alias aliases nickname nicknames moniker".split())
"""Nouns for what someone is called ("goes by the pseudonym X", "his birth
name is X")."""


def alias_pairs(doc) -> list[tuple[int, int]]:
    """(holder, alias) token pairs where the parse gives the alias, a word of
    a name the model tags a person, as another name of the holder, a
    capitalised proper noun: "Berg, also known as Tom Lind", "Berg is also
    known as Tom Lind and as Piotr Smolny", "Berg goes by the pseudonym Tom
    Lind", "Berg's birth name is Tom Lind", "Kestrel, whose full name was
    Kestrel Amos Dunne".  A pronoun holds none here: whose it is, the
    parse alone does not say.  Found once per article."""
    if "alias_pairs" not in doc.user_data:
        pairs = []
        for token in doc:
            holder, names = _named_as(token)
            if holder is not None and holder.lower_ in ("who", "whose") and token.dep_ == "relcl":
                holder = token.head  # "Anna Berg, who goes by Annie Lind"
            # A capitalised noun the article never writes in lower case: at a sentence's
            # start the tagger may call a surname a noun ("Berg is also known as ...").
            if holder is not None and holder.is_title and (holder.pos_ == "PROPN" or holder.pos_ == "NOUN"
                                                           and not common_noun(doc, holder)):
                pairs += [(holder.i, n.i) for n in names
                          if n.pos_ == "PROPN" and n.ent_type_ == "PERSON" and n.i != holder.i]
        doc.user_data["alias_pairs"] = pairs
    return doc.user_data["alias_pairs"]


def _named_as(token):
    """The holder and the names of an alias statement at the verb `token`
    ("known as", "goes by", a name noun's "is"), or (None, [])."""
    lemma = token.lemma_.lower()
    if lemma == "know" and token.tag_ == "VBN":
        holder = token.head if token.dep_ == "acl" else _child(token, "nsubjpass")
        return holder, _objects(token, "as")
    if lemma == "go":
        named = _objects(token, "by")
        names = [a for n in named if n.lemma_.lower() in _NAME_NOUNS for a in _appositives(n)]
        return _child(token, "nsubj"), names or named
    if lemma == "be":
        subject = _child(token, "nsubj")
        if subject is None or subject.lemma_.lower() not in _NAME_NOUNS:
            return None, []
        owner = _child(subject, "poss")
        attr = _child(token, "attr")
        return owner, ([attr, *attr.conjuncts] if attr is not None else [])
    return None, []


def _child(token, dep: str):
    """The first child of `token` with the dependency label `dep`, or None."""
    return next((c for c in token.children if c.dep_ == dep), None)


def _objects(verb, preposition: str) -> list:
    """The objects of `verb`'s `preposition` ("as", "by"), and of one joined
    to it ("as Tom Lind and as Piotr Smolny"), with their conjuncts."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == preposition]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ == preposition]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [n for o in objects for n in (o, *o.conjuncts)]


def _appositives(noun) -> list:
    """The names set beside a name noun ("the names Tom Lind and Piotr Smolny")."""
    return [n for c in noun.children if c.dep_ == "appos" for n in (c, *c.conjuncts)]


def _stated_as_a_name(ent) -> bool:
    """Whether the entity `ent` is what a name noun is said to be ("whose
    full name was Prince Kelso Dunne"): a name given whole, its first word
    no title."""
    root = ent.root
    subject = _child(root.head, "nsubj") if root.dep_ == "attr" else None
    return subject is not None and subject.lemma_.lower() in _NAME_NOUNS


def _join_aliases(doc, groups: list[_Group]) -> list[_Group]:
    """`groups` with each name an alias statement gives for someone
    (`alias_pairs`) joined to that person's group, as another name of
    theirs ("Berg, also known as Tom Lind": one person, Berg).  A holder
    in no group stays out: the model did not take that word for a name."""
    def home(i: int) -> _Group | None:
        return next((g for g in groups if any(m.start <= i < m.end for m in g.mentions)), None)

    for x, y in alias_pairs(doc):
        holder, alias = home(x), home(y)
        if alias is None or holder is None or holder is alias:
            continue
        holder.mentions += alias.mentions
        alias.mentions = []
    return groups


# -- 4. the Person ----------------------------------------------------------


def _person(article: Article, doc, group: _Group, shared: frozenset[str] = frozenset()) -> Person:
    """`group` as a `Person`.  A role stated at a surname others share
    ("A lawyer, Khan has long ...", where three Khans are named) is not
    taken: which Khan, the mention alone does not say.  A surname with its
    title ("President Trump" beside Melania Trump) was placed by it (`_home`)."""
    mentions = sorted(group.mentions, key=lambda m: m.start)
    roles, best = _roles(article, doc, [m for m in mentions if " " in m.name or surname(m.name) not in shared
                                        or m.titled])
    aliases = sorted({_written(doc, m) for m in mentions} - {group.name})
    sources = tuple(article.source(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text))
                    for m in mentions)
    return Person(name=group.name, aliases=tuple(aliases), role=best, roles=roles,
                  mentions=len(mentions), articles=(article.id,), sources=sources,
                  salience=float(len(mentions)))


def _written(doc, mention: Mention) -> str:
    """The mention with its honorific, as written: "Mr. Lavrov"."""
    if mention.start > 0 and fold(doc[mention.start - 1].text).strip(".") in ("mr", "mrs", "ms", "dr", "prof"):
        return f"{doc[mention.start - 1].text} {mention.name}"
    return mention.name


def _roles(article: Article, doc, mentions: list[Mention]) -> tuple[tuple[Role, ...], str | None]:
    """Every role stated at a mention, and the best one: an office held now
    before one held before ("then-Sen. Obama"), then the one most mentions
    agree with ("Republican front-runner" six times, not "Florida primary
    winner" once), then the most specific, joined with a second role given
    at the same mention."""
    roles, stated = [], []
    for mention in mentions:
        found, first = [], None
        for role in roles_for(doc, mention.start, mention.end):
            role = as_of(doc, role, article.published)
            text = role.text if "counterpart" not in role.text.lower() else \
                resolve_counterpart(role.text, _previous_role(doc, mention.start))
            if text and text not in found:
                found.append(text)
                roles.append(Role(text=text, article=article.id, source=article.source(role.start, role.end)))
                if role.end <= doc[mention.start].idx and not nlp.text_of(doc)[role.end:doc[mention.start].idx].strip():
                    first = text
        if found:
            stated.append(_joined(found, first))
    words = [role_words(text) for text in stated]

    def support(index: int) -> int:  # the mentions whose role this one's words hold ("Senator" backs "Texas Senator")
        return sum(1 for other in words if other <= words[index])

    ranked = sorted(range(len(stated)), key=lambda i: (_held_before(stated[i]), -support(i),
                                                       _a_seat_among_many(stated[i]), -role_specificity(stated[i]), i))
    best = _as_of_date(stated[ranked[0]] if stated else None, [r.text for r in roles])
    if best and any(left_office(doc, m.end) or left_as_subject(doc, m.start, m.end) for m in mentions) and len({role_head(r.text) for r in roles}) == 1 \
            and not _held_before(best):
        best = f"former {best}"  # "X, who left office in 2019": the one office the article gives is past
    return tuple(roles), best


_MEMBERSHIP = re.compile(r"^(?:(?:an?|the|senior|junior|longtime|veteran)\s+)?member\s+of\b.*\b(?:committee|"
                         r"subcommittee|caucus|panel)\b", re.I)


def _a_seat_among_many(role: str) -> bool:
    """Whether `role` only says a legislator sits on one of the chamber's
    committees ("member of the Harbor Committee", "a senior member of
    the Judiciary Committee"): beside an office as often stated
    ("Senator"), the office says what they are; a post on the committee
    ("ranking member", "chairman") is no mere seat."""
    return bool(_MEMBERSHIP.match(role))


def _joined(found: list[str], title: str | None) -> str:
    """The roles stated at one mention as one phrase: the `title` written
    right before the name first, as a name is read ("General, Chief of the
    Staff", not "Chief of the Staff, General"), then the others in the
    order written; a bare title left out where another role names the body
    it sits in ("Senator" beside "Senate majority leader")."""
    ordered = ([title] if title in found else []) + [text for text in found if text != title]
    if len(ordered) > 1:
        ordered = [text for text in ordered if not _seat_of(text, ordered)]
    return ", ".join(ordered)


def _seat_of(title: str, others: list[str]) -> bool:
    """Whether `title`, one word, is a member of a body another role of
    `others` names capitalised ahead of any "of" ("Senator" of "Senate
    majority leader", "Councilman" of "City Council president"): the other
    role says it.  Not a body the role is "of" ("architect of the Senate
    bill"), which the holder need not sit in."""
    word = fold(title)
    if " " in word:
        return False
    for other in others:
        for body in (w for w in other.split(" of ")[0].split() if w[:1].isupper() and other != title):
            stem = fold(body).rstrip("ey")
            if len(stem) >= 5 and word.startswith(stem) and len(word) > len(fold(body)):
                return True
    return False


def _held_before(role: str) -> bool:
    """Whether a role is one held before ("former Senator", "ex-minister")."""
    return fold(role).split("-")[0].split()[0] in PAST_ROLE


def _as_of_date(best: str | None, stated: list[str]) -> str | None:
    """The role as of the article's date: when the article also calls the
    person a *former* holder of it ("former President X" beside
    "President X"), the office is past and the role says so."""
    if best is None or _held_before(best):
        return best
    wanted = role_words(best)
    for text in stated:
        words = fold(text).replace("-", " ").split()
        if text in best:
            continue  # "co-chair, former congressman": the best role already says which office ended
        if words and words[0] in PAST_ROLE and wanted and role_words(" ".join(words[1:])) <= wanted \
                and role_head(" ".join(words[1:])) == role_head(best):
            return text
    return best


def _previous_role(doc, start: int) -> str | None:
    """The role of the person named last before `start` in the same sentence,
    for "X ... and his Russian counterpart Y"."""
    sentence = doc[start].sent
    for ent in reversed([e for e in sentence.ents if e.label_ == "PERSON" and e.end <= start]):
        title, name = split_title(strip_name(ent.text))
        span = _name_span(doc, ent, name) if name else None
        found = [r.text for r in roles_for(doc, span.start, span.end)] if span is not None else []
        if found:
            return found[0]
    described = [c for c in sentence.noun_chunks if c.end <= start and is_role_word(c.root.text)
                 and c.root.lower_ != "counterpart" and c.root.is_title]
    return described[-1].text if described else None

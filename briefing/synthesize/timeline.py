"""Digests in, the timeline out: every dated event once, oldest first.

Two events are one when they fall on compatible dates (the same date, or one
refining the other: "2021" and "2021-03-18") and their sentences share most
of their content words (`GUESSED_EVENT` of them words of what happened, not
names, when a date is approximate); the merged event keeps every article's source and
the most precise, least approximate date.  Events are only compared within
their year, so the cost stays near linear in the number of events.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Sequence

from ..distill import dates, numbers
from ..distill.sentences import addresses_reader
from ..language import nlp
from ..language.names import is_role_word
from ..models import Digest, Event, Source

CANDIDATES = 50     # latest kept events per shared word compared with a new one
SAME_EVENT = 0.35   # share of the shorter sentence's content words two reports of one event have in common
GUESSED_EVENT = 2   # words of what happened (`event_words`) two reports share when either date is approximate
"""Two articles that told of a candidate "on Sunday" and "in December" had
been one row, sharing her name, her party's and "called": a speech on the
Sunday and a remark in a debate days later."""
_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d+")
_STOP = frozenset("""the and for with that this from have has had was were are been being its their his her
they them than then when which while who whom whose will would could should also into over under about after
before during since until said says not but all any some such other more most very both each only own same""".split())


def build_timeline(digests: Sequence[Digest]) -> tuple[Event, ...]:
    """All events across the articles, repeats merged, sorted by date: each
    sentence once, at the date its main clause reports, as that clause."""
    by_year: dict[str, list[Event]] = defaultdict(list)
    for event in (e for d in digests for e in main_events(d.events)):
        by_year[event.date[:4]].append(event)
    # Reports of one event are matched on their whole sentences, then each
    # row is cut to the clause that carries its date.
    merged = [_clause_of(e) for year in by_year.values() for e in _merge(year)]
    # A row is read alone: one that opens on "that" or "this" pointing back
    # ("That event occurred ...") names nothing.  One on "it" or "they"
    # still tells what happened ("It dipped to $1.5 billion in 2012").
    # Nor does one in a columnist's own person ("Last week I met the
    # mayor", "she told me on Friday"): read as the brief's, "I" is no one.
    merged = [e for e in merged if not _demonstrative(e.text) and not addresses_reader(e.text)]
    return tuple(sorted(merged, key=lambda e: (e.date, e.approximate, e.sources[0].article, e.sources[0].start)))


def _merge(events: list[Event]) -> list[Event]:
    """The events of one year with reports of the same event combined; each
    event is compared only with kept events sharing a content word with it."""
    kept: list[tuple[Event, frozenset[str]]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for event in sorted(events, key=_precision, reverse=True):
        words = content_words(event.text)
        candidates = sorted({i for w in words for i in by_word.get(w, ())[-CANDIDATES:]})
        match = next((i for i in candidates if same_event(event, words, *kept[i])), None)
        if match is not None:
            kept[match] = (_combine(kept[match][0], event), kept[match][1])
            continue
        for word in words:
            by_word[word].append(len(kept))
        kept.append((event, words))
    return [event for event, _words in kept]


SUBJECT_WORDS = frozenset("""i you he she it we they there this that these those the a an his her its their our my
your some many most all both each every no none one two three four five several few any another such much neither
either""".split())
"""Pronouns, determiners and quantifiers: closed classes of English that
open a clause with its own subject."""


_BREAK = re.compile(r";\s+|\s+[—–]\s+|,\s+(?=(?:when|while|whereas|although|though(?!,)|because|which|who|whom|where"
                    r"|until|unless)\b)|,\s+(?=(?:but|and|after|before|since|as)\b)"
                    r"|\s+(?=(?:when|while|whereas|although|though|because|unless)\s+(?:then-|[A-Z]|(?:"
                    + "|".join(sorted(SUBJECT_WORDS)) + r")\b))")
"""Where a sentence's clauses part: a semicolon, a dash, a conjunction after
a comma, or one without a comma that opens a clause with its own subject
("resumed in 2012 when the minister had visited"); not a restrictive
"who", "which", "where" or "until" ("employees who say they were fired",
"stay at the bank until the end of the year"), nor "when" or "because"
before no subject ("complied when legally bound", "because of a false
confession"), nor "though" set off by commas, an adverb ("concluded,
though, that ...")."""
_EARLIER = re.compile(r"\s(?:before|until|till)\s+(?=(?:he|she|they|we|I|you)\b)", re.I)
_SINCE = re.compile(r"\s[Ss]ince\s+(?=(?:he|she|they|we|I|you)\b|(?!(?:" + "|".join(
    name.capitalize() for name in sorted(dates.MONTHS) + sorted(dates.WEEKDAYS)) + r")\b)"
    r"(?!(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\b)[A-Z][a-z])")
"""A clause of time a subject opens after "since" ("the first woman in the
post since Ann Roe held it from 1966 to 1978"): its date is of that
clause's own event, before the sentence's, which only counts from it.
The subject a personal pronoun or a capitalised word, no month or
weekday ("since March 2010" is a date, not a clause) nor a name's
possessive ("since Roe's fall in 2010" is a thing, not a clause)."""
_EARLIER_OPENING = re.compile(r"(?:before|until|till)\s+", re.I)
"""A clause of time whose date is after the sentence's event ("worked as a
lawyer before he was elected in 2006"): the date is that clause's own.
Without a comma, only before a personal pronoun: before a noun "before"
is as often a preposition ("left before the vote")."""
_SUBORDINATE = re.compile(r"(?:when|while|whereas|although|though|because|which|who|whom|where|until|unless|after"
                          r"|before|since|as)\b", re.I)
_REFERENCE = re.compile(r"\b(since|until|till|before|after|from|between)\s+(the\s+)?$", re.I)
MIN_CLAUSE_WORDS = 6
_LEADING = re.compile(r"^(?:and|but|so|yet)\s+", re.I)


def main_events(found: Sequence[Event]) -> list[Event]:
    """One event per sentence (a sentence naming 2011 and 2012 is placed
    once, at the date of its main clause), its text cut to that clause."""
    by_sentence: dict[tuple[str, int, int], list[Event]] = defaultdict(list)
    for event in found:
        by_sentence[(event.sources[0].article, event.sources[0].start, event.sources[0].end)].append(event)
    return [min(group, key=_subordination) for group in by_sentence.values()]


def clauses(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, subordinate) of each clause of a sentence, split at
    semicolons, dashes and clause-opening conjunctions."""
    spans, start, dashes = [], 0, dash_count(text)
    quoted = _Quotation(text)
    for match in _BREAK.finditer(text):
        if paired_dash(match, dashes) or _relative_when(text, match) or quoted.inside(match.start()) \
                or _joins_dates(text, match) or _serial_comma(text, start, match):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b, bool(_SUBORDINATE.match(text[a:b]))) for a, b in spans if text[a:b].strip()]


_DASH = re.compile(r"\s[—–]\s")
TIME_NOUNS = frozenset("time times day days moment moments period year years era age week weeks month months hour "
                       "night morning point stage".split())
"""Nouns a "when" clause may qualify ("at a time when ...", "the day when ...")."""
_LAST_WORD = re.compile(r"(\w+)\s*$")
_CLAUSE_TAKERS = frozenset("including excluding except even from since until till than like especially "
                           "particularly only just".split())
"""Words a "when" clause may be the object or focus of ("shown in three
films, including when the hero returns"): the clause is theirs, not one of
its own."""


class _Quotation:
    """Whether a place in a sentence lies inside a quotation (a clause of
    someone's words is never cut from the rest of them), asked at places
    in order: the marks before each are counted once, not from the start
    for each."""

    def __init__(self, text: str):
        self.text, self.seen, self.opened, self.straight = text, 0, 0, 0

    def inside(self, at: int) -> bool:
        piece = self.text[self.seen:at]
        self.opened += piece.count("“") - piece.count("”")
        self.straight += piece.count('"')
        self.seen = max(self.seen, at)
        return self.opened > 0 or self.straight % 2 == 1


_DATE_WORD = re.compile(r"\s*(?:and|or|but)\s+(?:\d|(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True))
                        + r")\b)", re.I)


_LIST_END = re.compile(r",\s+(?:and|or)\b")


def _serial_comma(text: str, start: int, match: re.Match) -> bool:
    """Whether the comma and "and" of `match` end a list of names or single
    words ("Ann Lind, Bo Berg, and Cy Hale were heard", "Boeing Defense,
    Space, and Security"): the list's last comma, inside one clause; the
    item before it, after another comma of the clause begun at `start`, is
    one word or capitalised words ("Bo Berg"), no clause of its own."""
    if not _LIST_END.match(text, match.start()):
        return False
    comma = text.rfind(",", start, match.start())
    if comma < 0:
        return False
    item = text[comma + 1:match.start()].split()
    words = 0 < len(item) <= 3 and all(w[:1].isalpha() for w in item)  # not a date's year ("May 1, 2011, and")
    return words and (len(item) == 1 or all(w[:1].isupper() for w in item))


def _joins_dates(text: str, match: re.Match) -> bool:
    """Whether a comma and "and" join two dates, not two clauses ("calls on
    Aug. 9, 2015, and Sept. 6, 2015, involved Prince")."""
    return bool(_DATE_WORD.match(text, match.start() + 1))


def _relative_when(text: str, match: re.Match) -> bool:
    """Whether the comma-less break `match` opens a "when" or "while" clause
    that qualifies the time noun right before it ("come at a time when the
    special counsel is focusing ..."): part of that noun's phrase, not a
    clause of its own."""
    if match.group(0).strip():
        return False
    before = _LAST_WORD.search(text, max(0, match.start() - 20), match.start())
    return before is not None and (before.group(1).lower() in TIME_NOUNS | _CLAUSE_TAKERS
                                   or _a_date_before_when(text, match, before.group(1)))


def _a_date_before_when(text: str, match: re.Match, word: str) -> bool:
    """Whether a comma-less "when" or "while" (`match`) comes right after a
    year or a month ("resigned in 1977 when she was elected", "left in May
    when the plant closed"): its clause says which time that was, part of
    the date's phrase as after "the day" (`TIME_NOUNS`).  Not when the
    clause names a date of its own ("resumed in 2012 when the minister
    visited in 2011") or is in the past perfect ("when the minister had
    visited"): another, earlier time; nor after "because" or "although",
    whose clause gives a reason, not a time."""
    if text[match.end():match.end() + 5].lower() not in ("when ", "while") \
            or not (dates.YEAR.fullmatch(word) or word[:1].isupper() and word.lower() in dates.MONTHS):
        return False
    clause = re.split(r"[,;]|\s[—–]\s", text[match.end():], maxsplit=1)[0]
    return not dates.YEAR_IN_TEXT.search(clause) and not _MONTH_NAME.search(clause) \
        and not re.search(r"\bhad\b|['’]d\b", clause)


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted((m.capitalize() for m in dates.MONTHS), key=len, reverse=True))
                         + r")\b")


def dash_count(text: str) -> int:
    """How many spaced dashes ("—", "–") a sentence holds."""
    return len(_DASH.findall(text))


def paired_dash(match: re.Match, dashes: int) -> bool:
    """Whether the break `match`, in a sentence of `dashes` spaced dashes
    (`dash_count`), is a dash of a pair setting an aside off ("his belief
    that marriage — and anything resembling it — should be restricted"): no
    clause ends there.  Only a lone dash in a sentence parts two clauses."""
    return dashes >= 2 and bool(_DASH.search(match.group(0) + " "))


def _position(event: Event) -> int:
    at = event.text.find(event.expression or "\0")
    return at if at >= 0 else len(event.text)


def _subordination(event: Event) -> tuple[bool, bool, int]:
    """Sort key: events in the main clause first, dates that are only a
    reference point ("since 2016") last, then the earlier in the sentence."""
    at = _position(event)
    inside = next((sub for a, b, sub in clauses(event.text) if a <= at < b), False)
    return inside, bool(_REFERENCE.search(event.text[max(0, at - 14):at])), at


_SUBJECT_ASIDE = re.compile(r"(?P<subject>[^,;:“”\"()]{2,60}?), (?:whose|who|which) [^,;:()]+?"
                            r"(?=, (?!(?:a|an|the)\b)[a-z])")
"""A sentence's subject and a relative clause set off by commas after it,
before the predicate ("Ann Lind, whose bakery closed in 2019, will open
..."): a date inside the clause is the clause's own, not the predicate's.
A comma before "a", "an" or "the" opens an apposition inside the clause
("which began as Ned Orr, a farmer, was ..."), not the predicate."""


def _aside_of_the_subject(event: Event, at: int) -> Event | None:
    """`event` cut to the sentence's subject and the relative clause on it
    (`_SUBJECT_ASIDE`) when its date phrase, at `at`, lies in that clause:
    the predicate after it is another event, which the date does not
    govern ("Ann Lind, whose bakery closed in 2019, will open a cafe":
    the row is the bakery's closing, not a cafe opened in 2019); else None."""
    found = _SUBJECT_ASIDE.match(event.text)
    if found is None or not found.end("subject") < at < found.end() or _unclosed_quotation(found.group(0)):
        return None
    own = event.sources[0]
    narrowed = Source(article=own.article, paragraph=own.paragraph, start=own.start, end=own.start + found.end())
    return Event(date=event.date, text=found.group(0), sources=(narrowed,) + event.sources[1:],
                 approximate=event.approximate, expression=event.expression)


def _unclosed_quotation(text: str) -> bool:
    """Whether `text` opens a quotation it does not close (a clause cut
    inside someone's words)."""
    return (text.count('"') % 2 == 1) or text.count("“") != text.count("”")


def _clause_of(event: Event) -> Event:
    """`event` with its text (and its own source) cut to the main clause
    holding its date phrase, or to a clause of time that dates what came
    after the sentence's event (`_EARLIER`, its conjunction left out), when
    that clause reads alone (at least `MIN_CLAUSE_WORDS` words), or to the
    subject and the relative clause on it that holds the date
    (`_aside_of_the_subject`); the text stays as the article writes it."""
    at = _position(event)
    aside = _aside_of_the_subject(event, at)
    if aside is not None:
        return aside
    for a, b, subordinate in clauses(event.text):
        later = a <= at < b and (earlier := _last_earlier(event.text, a, at)) is not None
        if later:
            a, subordinate = earlier, False  # "... before he was elected in 2006": that election
        if a <= at < b and not subordinate:
            raw = event.text[a:b]
            lead = len(raw) - len(_LEADING.sub("", raw.lstrip()))
            clause = raw[lead:].rstrip(" ,;")
            # "..., and he won in 2012": cut, the clause would lose the
            # person the sentence names before it; after a semicolon the
            # clause is a sentence of its own, and a clause of time after
            # the event is cut all the same (whole, the row would date
            # that event).
            joined = lead > len(raw) - len(raw.lstrip())
            if len(clause.split()) >= MIN_CLAUSE_WORDS and clause != event.text \
                    and (a == 0 or opens_with_subject(clause) and not _carries_on(clause)
                         and (later or not (joined and _on_a_person_before(clause)))) \
                    and (b == len(event.text) or has_finite_verb(clause)):
                if b < len(event.text) and not has_finite_verb(event.text[b:]):
                    # "..., and to the guild on May 24, 2011": a tail with no
                    # verb of its own is no clause, but more of this one.
                    clause = event.text[a + lead:].rstrip(" ,;")
                    if clause == event.text:
                        return event
                own = event.sources[0]
                start = own.start + a + lead
                narrowed = Source(article=own.article, paragraph=own.paragraph, start=start, end=start + len(clause))
                return Event(date=event.date, text=clause, sources=(narrowed,) + event.sources[1:],
                             approximate=event.approximate, expression=event.expression)
    return event




_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Penn tags of a verb that carries a tense or a modal: what makes a clause
tell something rather than name it."""


def has_finite_verb(clause: str) -> bool:
    """Whether `clause` holds a verb with a tense ("was", "signed", "will").
    A break at a comma and "and" can fall inside a subject ("On May 2, 2019,
    Ann Roe of Idaho, the panel's head, and Bo Lind of Utah wrote to ..."):
    cut there, the row would be a name and its aside with nothing done, so
    a clause cut short of its sentence's end must hold such a verb.  A verb
    the clause hangs on counts too, and a participle taking an infinitive
    ("the plan aimed to cut it"): parsed alone, a past tense is often
    tagged a participle ("Roe bragged about it in 2005")."""
    return any(token.tag_ in _FINITE or token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX")
               or token.tag_ == "VBN" and any(child.dep_ == "xcomp" for child in token.children)
               for token in nlp.sentence(clause))


def _last_earlier(text: str, start: int, at: int) -> int | None:
    """Where the last clause of time after the event (`_EARLIER`, or a
    clause after the first opening on its conjunction) or before it
    (`_SINCE`) that opens between
    `start` and `at` (the date) in `text` and holds the date starts, its
    conjunction left out, or None.  One that opens the sentence ("Before she was elected in 2006,
    Roe studied law") runs to no break `clauses` finds: it is not cut."""
    found = sorted([m for m in (*_EARLIER.finditer(text, start, at), *_SINCE.finditer(text, start, at))
                    if not _ended_before(text, m.end(), at)], key=lambda m: m.end())
    opening = _EARLIER_OPENING.match(text, start) if start > 0 else None
    cut = found[-1].end() if found else opening.end() if opening else None
    return None if cut is None or _OBJECT_PRONOUN.search(text, cut, at) else cut


def _ended_before(text: str, start: int, at: int) -> bool:
    """Whether the clause of time opening at `start` ends before the date at
    `at`: a comma between them after the clause's own verb ("Ed Orr, who
    has run since he quit in May, spoke Monday": Monday is not the
    quitting's), not one of an apposition before it ("since Ann Roe, a
    Democrat, held it in 2006").  Only a clause with a comma is parsed."""
    comma = text.find(",", start, at)
    return comma >= 0 and has_finite_verb(text[start:comma])


_OBJECT_PRONOUN = re.compile(r"\b(?:it|him|them)\b", re.I)
"""A pronoun past the subject of a clause of time ("before he delivered
it"): cut from its sentence, the clause would name nothing it tells of."""


_BACK = re.compile(r"[\"“‘'(]?(it|its|they|their|them|this|that|these|those)\b(?:\s+([\w’']+))?", re.I)
_EXPLETIVE = re.compile(r"[\"“‘'(]?it(?:['’]s|\s+is|\s+was|\s+has\s+been|\s+seems)\s+(?:not\s+)?\w+\s+"
                        r"(?:that|whether|to|how|when|if|why)\b", re.I)


def refers_back(text: str) -> bool:
    """Whether `text` opens on a word that points back to what came before
    it: "it", "they", "its", or "that"/"this" (before a noun) ("It dipped to
    $1 billion", "That event occurred ..."); not a time ("That year, ...",
    "This week") nor an "it" that stands for a clause after it ("It is
    unclear whether ...", "It's useful to remember ...")."""
    match = _BACK.match(text.lstrip())
    if match is None or _EXPLETIVE.match(text.lstrip()):
        return False
    return match[1].lower() not in ("this", "that", "these", "those") or (match[2] or "").lower() not in TIME_NOUNS


_AUXILIARIES = frozenset("is was are were has have had will would can could may might shall should must does did "
                         "'s ’s".split())


def _demonstrative(text: str) -> bool:
    """Whether `text` opens on "this", "that", "these" or "those" before a
    noun, pointing back (`refers_back`: "That event occurred ..."); not on
    "it" or "they", nor on "this is ..." (a verb after it), which says what
    the rest of the sentence tells ("This is the biggest deal since the
    mill was built in 1973")."""
    words = re.findall(r"[\w’']+", text)[:2]
    return refers_back(text) and len(words) == 2 and words[0].lower() in ("this", "that", "these", "those") \
        and words[1].lower() not in _AUXILIARIES


_PERSONAL = frozenset("he she him his her".split())


def _on_a_person_before(clause: str) -> bool:
    """Whether a clause opens on "he", "she" or "his"/"her" ("he won the
    race in 2012"): a person named earlier in its sentence, most often."""
    words = clause.lstrip(" \"“‘'(").split(maxsplit=1)
    return bool(words) and words[0].lower() in _PERSONAL


def _carries_on(clause: str) -> bool:
    """Whether a clause cut from a sentence's middle leans on what came
    before it: it opens on a word pointing back (`refers_back`: "..., and
    it fell") or on "that" ("were told that ... and that a meeting will be
    moved"), whose clause is what someone said or a thing told before."""
    return refers_back(clause) or clause.lstrip(" \"“‘'(").lower().startswith("that ")


def opens_with_subject(clause: str) -> bool:
    """Whether a clause cut from the middle or the end of a sentence reads
    alone: when it opens on a name or a number ("Ted Cruz said it",
    "Beijing agreed") or on a pronoun or a determiner ("the council cut",
    "he withdrew"); not when it opens on a verb whose subject was the
    sentence's ("..., and has had ...", "..., but withdrew himself") or on
    "or", "nor" or "to", which carry on what came before.  A clause opening
    on a bare noun ("officials said") is not cut either: without a parse it
    cannot be told from a verb ("says")."""
    first = clause.lstrip(" \"“‘'(").split(maxsplit=1)[0] if clause.strip(" \"“‘'(") else ""
    return first[:1].isupper() or first[:1].isdigit() or first.lower().strip(",") in SUBJECT_WORDS


def same_event(a: Event, a_words: frozenset[str], b: Event, b_words: frozenset[str]) -> bool:
    """True when two events are reports of one happening."""
    if not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.text == b.text:
        return True
    if numbers.amounts_disagree(a.text, b.text):
        return False  # "$117 billion" and "nearly $200 billion": two figures, not one event
    if times_disagree(a.text, b.text):
        return False  # "at 1:15 a.m." and "at 1:15 p.m.": two times of day, not one event
    if one_before_the_other(a.text, b.text):
        return False  # "the previous survey, in early May" and "the survey of May 19": two of a kind
    # Two sentences dating something to the same stated day report one event
    # (in one brief's narrow subject; an article restating the day included).
    if a.date == b.date and len(a.date) == 10 and not (a.approximate or b.approximate):
        return True
    # The date is already known to match; numbers would only inflate the overlap.
    shared = _wordy(a_words) & _wordy(b_words)
    if (a.approximate or b.approximate) and len(shared & event_words(a.text) & event_words(b.text)) < GUESSED_EVENT:
        return False  # a day read from "Sunday" or "in December" is a guess: names alone do not match it
    return len(shared) >= 3 and len(shared) >= SAME_EVENT * min(len(_numberless(a_words)), len(_numberless(b_words)))


_EARLIER_ONE = re.compile(r"\b(?:previous|prior|preceding)\b", re.I)


def one_before_the_other(a: str, b: str) -> bool:
    """Whether one sentence only speaks of "the previous" (prior,
    preceding) one of a kind: an earlier such thing than the other's,
    however many words they share."""
    return bool(_EARLIER_ONE.search(a)) != bool(_EARLIER_ONE.search(b))


_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.I)


def clock_times(text: str) -> frozenset[tuple[int, int, str]]:
    """The times of day `text` writes ("12:49 a.m." -> (12, 49, "a"))."""
    return frozenset((int(h), int(m or 0), ap.lower()) for h, m, ap in _CLOCK.findall(text))


def times_disagree(a: str, b: str) -> bool:
    """Whether two sentences each give a time of day and share none."""
    first, second = clock_times(a), clock_times(b)
    return bool(first and second) and not first & second


def content_words(text: str) -> frozenset[str]:
    """The lower-cased content words of `text` (no stop words, years kept),
    a curly apostrophe read as a straight one: "wasn’t" and "wasn't" are
    one word, however each outlet sets its type."""
    return frozenset(w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _STOP)


_LOWER = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")


@lru_cache(maxsize=65536)
def event_words(text: str) -> frozenset[str]:
    """The content words `text` writes in lower case that are no title or
    role ("chairman", "nominee"): what a sentence says happened, apart from
    whom it names.  Two sentences naming "Chuck Grassley, chairman of the
    Senate Judiciary Committee" share no event."""
    return frozenset(w for w in _LOWER.findall(text.replace("’", "'")) if not is_role_word(w)) & content_words(text)


@lru_cache(maxsize=65536)
def _numberless(words: frozenset[str]) -> frozenset[str]:
    """`words` without numbers: the size two reports' overlap is set against."""
    return frozenset(w for w in words if not w.isdigit())


@lru_cache(maxsize=65536)
def _wordy(words: frozenset[str]) -> frozenset[str]:
    """`words` without numbers and the words of a date ("last", "year",
    "february"): the words two reports must share, as the dates already
    match ("GE Capital last year" is not "Pershing Square Capital ...
    February of last year")."""
    return _numberless(words) - _WHEN_WORDS


_WHEN_WORDS = frozenset(dates.MONTHS) | frozenset(dates.WEEKDAYS) | TIME_NOUNS | frozenset(
    "last next ago earlier later previous recent recently early late mid".split())


def _combine(kept: Event, other: Event) -> Event:
    """`kept` (the more precise report) citing `other`'s sources too; told
    in `other`'s words when only those read alone (`refers_back`) and its
    date is the same."""
    if refers_back(kept.text) and not refers_back(other.text) and other.date == kept.date \
            and other.approximate == kept.approximate:
        kept, other = other, kept
    sources = kept.sources + tuple(s for s in other.sources if s not in kept.sources)
    return Event(date=kept.date, text=kept.text, sources=sources, expression=kept.expression,
                 approximate=kept.approximate)


def _precision(event: Event) -> tuple[int, bool]:
    return len(event.date), not event.approximate

"""A parsed article in, its dated events out.

Every DATE entity spaCy finds is placed on the calendar by `dates.resolve`;
the event is the sentence that holds it.  Relative phrases ("last week",
"in July") are resolved against the article's own date when it is known
(`Article.published`); otherwise against a weak anchor, the latest full date
the text states (a post's signature date, say) or failing that the latest
year it mentions, and the event is then marked `approximate`.  A phrase that
cannot be placed is left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from ..clean.boilerplate import MEDIA_CAPTION
from ..language import nlp
from ..language.casing import page_debris
from ..language.names import ABBREVIATED_TITLES
from ..language.saying import REPORTING, TELLING
from ..models import Article, DateAnchor, Event
from . import dates, sentences
from .numbers import CURRENCIES, find_amounts

_DURATION = re.compile(r"^\W*(the\s+)?(last|past|next|first|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
                       r"|several|few|many|couple|almost|nearly|over|about|some)?[\s\w-]*"
                       r"\b(hours?|days?|weeks?|months?|years?|decades?|century|centuries)\W*$", re.I)
_SHIFTS = re.compile(r"\b(ago|last|previous|next|this|yesterday|today|tomorrow)\b", re.I)


def find_events(article: Article, doc) -> tuple[Event, ...]:
    """Each dated sentence of the article, once per (sentence, date); a
    sentence keeps only its most precise date when one refines another
    ("in November last year": 2020-11, not also 2020), unless the more
    precise one sits in a clause below the other's (`_clause_depth`: "In
    2031 the town ran a deficit, with reforms announced in December
    2031": the deficit's year, not the reforms' month)."""
    anchor = anchor_for(article)
    told = dates.full_days(article.text)
    days = dates.days_told(article.text)
    found: dict[tuple[int, str], Event] = {}
    depth: dict[tuple[int, str], int] = {}
    for ent in doc.ents:
        that_year = _in_that_year(ent)
        if ent.label_ != "DATE" or that_year is None and _dates_no_event(doc, ent):
            continue
        resolved = that_year or _years_later(ent) or (_year_told(ent) if _after_that(ent) else _day_told(ent, told)
                                                      or dates.resolve(_with_this(ent), anchor, _tense(ent)))
        if resolved is not None and (_a_far_label(ent, resolved, anchor) or _ahead_of_a_past(ent, resolved, anchor)
                                     or _forecast(ent) or _a_day_gone_named_now(ent, anchor)):
            continue
        if resolved is not None and _hedged(ent):
            resolved = dates.Resolved(date=resolved.date, approximate=True)
        elif resolved is not None and resolved.approximate and weekday_told_by_date(ent.text, resolved.date, days):
            resolved = dates.Resolved(date=resolved.date, approximate=False)
        start, end = _clip(article, _quote_opened(article, ent.sent), _quote_closed(article, ent.sent), ent.start_char)
        if resolved is not None and _has_verb(doc, start, end) and not _asks(article.text[start:end]) \
                and not _in_a_quoted_question(article.text, start, end, ent) \
                and not _quoted_beside_a_saying(article.text, doc, start, end, ent) \
                and not page_debris(article.text[start:end]):
            stretch = _stretch_of(article.text, ent)
            if stretch is not None:  # "between 2003 and 2007": one event, dated from its first year
                resolved, expression = dates.Resolved(date=stretch[0], approximate=resolved.approximate), stretch[1]
            found.setdefault((start, resolved.date), _event(article, start, end, ent, resolved,
                                                            expression if stretch else None))
            depth.setdefault((start, resolved.date), _clause_depth(ent))
    # Dates per sentence, so the refinement check looks only at its own
    # sentence's dates (20,000 dates: no 400 million comparisons).
    by_start: dict[int, list[str]] = {}
    for start, date in found:
        by_start.setdefault(start, []).append(date)
    return tuple(e for (start, date), e in found.items()
                 if not any(d != date and _refines(d, e) and (len(date) != 4 or depth[start, d] <= depth[start, date])
                            for d in by_start[start])
                 and not any(c != date and len(c) == 4 and _refines(date, found[start, c])
                             and depth[start, c] < depth[start, date] for c in by_start[start]))


_BARE_WEEKDAY = re.compile(r"^\W*(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                           r"(?:['’]s)?\W*$", re.I)


def weekday_told_by_date(expression: str, date: str, days: frozenset[tuple[int, int]]) -> bool:
    """Whether the bare weekday `expression` ("Sunday", "on Sunday"),
    placed on the ISO day `date` against a loose anchor (a file's date),
    is a day the article also names by its month and day (`days`,
    `dates.days_told`: "Sept. 11"): the text itself fixes the day, so it
    is no longer "about" then."""
    found = _BARE_WEEKDAY.match(expression)
    if found is None or len(date) != 10:
        return False
    day = dt.date.fromisoformat(date)
    return day.weekday() == dates.WEEKDAYS[found["day"].lower()] and (day.month, day.day) in days


def _clause_depth(ent) -> int:
    """How many verbs stand above the date in its sentence's parse: 1 for
    one on the main verb ("In 2031 the town ran ..."), more for one in a
    clause or phrase below it ("..., with reforms announced in December");
    a verb joined to another by "and" is on its level, not below it.  A
    date that is no time phrase on a verb ("the 2031 awards held on May
    1", however parsed) is below any: what a clause on the thing it names
    dates is when that thing was."""
    root = ent.root
    on_a_verb = root.dep_ == "npadvmod" and root.head.pos_ in ("VERB", "AUX") \
        or root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX")
    if not on_a_verb:
        return _LABEL_DEPTH
    return sum(1 for t in root.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "conj"))


_LABEL_DEPTH = 99


_ROUGHLY = frozenset("around about circa approximately roughly".split())
"""Words that make the date after them a rough one ("around Dec. 1"), which
the parse leaves out of the date's own words."""


def _hedged(ent) -> bool:
    """Whether the word right before the date hedges it ("met him around
    May 3, 2031", "about June 2030"): the event was near that date, not
    on it."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in _ROUGHLY


def _refines(date: str, event: Event) -> bool:
    """Whether `date` says more precisely when `event`'s date is: a month of
    its year, a day of its month, or a day of the week its expression
    names ("this week when the board voted late Monday": that Monday)."""
    if date.startswith(event.date):
        return True
    if len(date) != 10 or len(event.date) != 10 or not _A_WEEK.search(event.expression or ""):
        return False
    return dt.date.fromisoformat(date).isocalendar()[:2] == dt.date.fromisoformat(event.date).isocalendar()[:2]


_A_WEEK = re.compile(r"\bweek\b(?!\s+of\b)", re.I)


def unplaced(article: Article, doc) -> tuple[tuple[int, str], ...]:
    """The weekdays and near days of the article whose date its own date
    does not give, as (start offset, the word in lower case): a weekday to
    come against a date that only bounds the text (a file's: "will air
    Friday", "is planned Friday" said of another day than the file's), or
    in a week the text leaves open (`_a_weekday_after_a_past`,
    `_of_a_thing_a_past_came_before`), a speaker's "today" (quoted, or
    reported from another time), a "today" that means nowadays (`_nowadays`), and a "this week" gone said on a Monday
    (`dates.past_this_week_on_its_first_day`).  The inline brackets (`synthesize.relative`)
    would otherwise name the last such day."""
    anchor = anchor_for(article)
    found = []
    for ent in doc.ents:
        if ent.label_ == "DATE" and anchor is not None \
                and dates.past_this_week_on_its_first_day(ent.text, anchor, _tense(ent)):
            found.append((ent.start_char, "this week"))
            continue
        words = [t for t in ent if t.lower_ in dates.WEEKDAYS or t.lower_ in _NEAR_DAYS]
        if not _a_day(ent) or len(words) != 1 or dates.explicit(ent.text) or _SHIFTS.search(
                ent.text.replace(words[0].text, "")):
            continue  # "last Friday", "Friday, May 3": placed by their own words
        if _a_quoted_near_day(ent) or _a_reported_near_day(ent) or _nowadays(ent) or _a_weekday_after_a_past(ent) \
                or _of_a_thing_a_past_came_before(ent) or _to_come_past_a_bound(ent, anchor):
            found.append((words[0].idx, words[0].lower_))
    return tuple(found)


def _a_day(ent) -> bool:
    """Whether `ent` is a date, or a time with "tonight" in it ("a long
    night tonight": the parse calls it a time, not a date, though it
    names the day as "today" does)."""
    return ent.label_ == "DATE" or ent.label_ == "TIME" and any(t.lower_ == "tonight" for t in ent)


def _to_come_past_a_bound(ent, anchor: dates.Anchor | None) -> bool:
    """Whether a bare weekday is one to come ("will air Friday"; in the
    present a schedule, "is planned Friday", unless it is the anchor's own
    day) that `dates.resolve` leaves unplaced: against a date that only
    bounds the text's own, the week is unknown."""
    if anchor is None or anchor.precision != "day" or not any(t.lower_ in dates.WEEKDAYS for t in ent):
        return False
    tense = _tense(ent)
    today = dates.WEEKDAYS.get(next(t.lower_ for t in ent if t.lower_ in dates.WEEKDAYS)) == anchor.date.weekday()
    return (tense == "future" or tense == "present" and not today) and dates.resolve(ent.text, anchor, tense) is None


def _dates_no_event(doc, ent) -> bool:
    """Whether the DATE entity `ent` dates no event of its sentence: a
    length of time, a yardstick, a thing's label or name, an aside (each
    rule says which)."""
    return _is_duration(ent.text) and not _YEARS_LATER.search(ent.text.strip()) or _reference_point(doc, ent) or _names_a_thing(ent) or _compared_with(ent) \
        or _likened_to(ent) \
        or _a_baseline(ent) or _of_a_thing_before_or_after(ent) or _labels_a_noun(ent) or _of_a_thing(ent) \
        or _owns_a_thing(ent) or _describes_subject(ent) or _between_a_subject_and_its_verb(ent) \
        or _a_state_of_the_subject(ent) or _aside_beside_an_event(ent) or _background(ent) \
        or _beside_own_date(ent) or _in_a_name(ent) or _a_given_name(ent) or _a_titled_name(ent) \
        or _a_named_thing(ent) or _nowadays(ent) or _between_dashes(ent) or _not_yet(ent) \
        or _of_a_dated_message(ent) or _a_quoted_near_day(ent) or _a_reported_near_day(ent) \
        or _a_kind_of_day(ent) or _a_weekday_after_a_past(ent) or _habitual(ent) or _for_a_period(ent) \
        or _of_a_purpose(ent) or _end_of_what_a_thing_covers(ent) or _of_a_thing_a_past_came_before(ent) \
        or _in_a_clause_on_a_nested_noun(ent) or _in_a_clause_of_reason(ent) or _inside_a_clause_of_time(ent) \
        or _on_a_participle_of_a_thing(ent) or _in_an_unnamed_voice(ent) or _a_year_in_a_name(ent) \
        or _in_a_clause_beside_own_date(ent) or _a_rule_for_anyone(ent) or _spoken_of(ent) or _in_a_likeness(ent) \
        or _a_things_age(ent) or _in_a_title_part(ent) or _a_year_beside_a_weekdays_news(ent) \
        or _hypothetical(ent) or _in_an_open_question(ent) or _advised(ent) or _a_race_still_to_run(ent) or _a_prospect_told_before(ent) or _as_done_before(ent) \
        or _in_an_earlier_clause_on_a_noun(ent) or _a_time_ahead(ent) \
        or _a_period_after(ent) or _in_a_phrase_on_a_thing_of_now(ent) or _a_sums_window(ent) \
        or _in_a_past_perfect_before_a_dated_past(ent) or _what_means_are_asked_for(ent) \
        or _in_a_clause_of_what_came_after(ent) or _a_starting_level(ent) or _a_bound_gone_by(ent) \
        or _hoped_for(ent) or _a_tallys_start_in_a_clause_on_a_noun(ent) or _owns_a_thing_after_of(ent) \
        or _a_deadline_of_an_infinitive(ent) or _a_state_as_of_in_a_clause_below(ent)


_LATER_MARKS = frozenset("before until till".split())


def _in_a_clause_of_what_came_after(ent) -> bool:
    """Whether the date sits in a clause told in the past and opened by
    "before", "until" or "till" ("Even before prices began to fall in
    2031, economists had called the plan unsound"): the clause's event is
    the bound, the sentence's own event came earlier, at a time the text
    does not give.  A clause to come ("before the voters go to the polls
    Monday") is a date of its own on the calendar, and stays."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _LATER_MARKS for c in t.children)
               and _tense_of_verb(t) == "past" for t in (ent.root, *ent.root.ancestors))


_BOUNDS = frozenset({"before", "prior"})
_BOUND_HEDGES = frozenset("at least just shortly long well even sometime".split())
"""Words the parse may take into a date ahead of its "before" ("at least
before 2011"); a count ("two days before the vote") makes an offset,
which dates an event of its own."""


def _a_bound_gone_by(ent) -> bool:
    """Whether the date is the bound of a stretch of time before it ("was
    not audited for the years before 2011", "at least prior to 2011")
    in a sentence not told of the future: what it tells lies somewhere
    before that date, not on it.  A deadline to come ("will vote before
    May 2") is a date on the calendar, and stays."""
    root = ent.root
    opening = next((t for t in ent if t.lower_ not in _BOUND_HEDGES), None)
    bound = opening is not None and opening.lower_ in _BOUNDS \
        or root.dep_ == "pobj" and root.head.lower_ in _BOUNDS \
        or root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "prior"
    return bound and _tense(ent) != "future"


_HOPING = frozenset("hope wish pray".split())


def _hoped_for(ent) -> bool:
    """Whether the date times what someone hopes or wishes for ("I hope in
    2033 the city says thanks", "hopes the hearings begin early in
    2031"): a wish, not an event that happened or is scheduled.  The date
    hangs on the verb of hoping told in the present, or on a verb of what
    it hopes for; a date naming a thing in it ("hopes Saturday's vote
    will help") is when that thing is set, and stays."""
    verb = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    if verb is None or _clause_depth(ent) == _LABEL_DEPTH:
        return False
    if verb.lemma_.lower() in _HOPING and verb.tag_ in ("VBP", "VBZ"):
        return True
    return any(t.lemma_.lower() in _HOPING and t.pos_ == "VERB" for t in verb.ancestors) \
        and not any(t.lemma_.lower() in REPORTING and t.pos_ == "VERB" for t in _path_up(verb, _HOPING))


def _path_up(verb, lemmas: frozenset[str]) -> list:
    """The verbs from `verb` up to, not with, the first whose lemma is one
    of `lemmas`."""
    path = []
    for token in (verb, *verb.ancestors):
        if token.lemma_.lower() in lemmas:
            break
        path.append(token)
    return path


_AMOUNTS = frozenset("MONEY PERCENT QUANTITY CARDINAL".split())
_CHANGING = frozenset("""rise fall grow drop climb increase decrease decline jump surge plunge slip sink soar shrink
    dip tumble swell double triple halve slide go""".split())
"""Verbs of a change over time, whose "from" amount is a starting level
(not "range", whose ends are two amounts of one time)."""


def _a_starting_level(ent) -> bool:
    """Whether the date is the "in" of an amount a change runs "from" to
    another ("reserves fell from $500bn in 2031 to $400bn today"): the
    year of the level it started at, not when the change happened.  The
    verb of change (`_CHANGING`) as the parse hangs the "from" on it."""
    doc, start = ent.doc, ent.start
    if start < 3 or doc[start - 1].lower_ != "in" or doc[start - 2].ent_type_ not in _AMOUNTS:
        return False
    amount = start - 2
    while amount > 0 and (doc[amount - 1].ent_type_ in _AMOUNTS or doc[amount - 1].is_currency):
        amount -= 1  # "$" often left out of the amount's entity
    return amount > 0 and doc[amount - 1].lower_ == "from" and doc[amount - 1].head.lemma_.lower() in _CHANGING \
        and ent.end < len(doc) and doc[ent.end].lower_ == "to"


def _a_sums_window(ent) -> bool:
    """Whether `ent` is (in) the stretch of years a sum of money is counted
    over, told in the present or as to come ("cuts $40 million from 2031
    to 2040"): a budget's or a forecast's scope, which dates no act of its
    sentence (`_sums_windows`); a sum paid over years gone ("paid $3
    million from 2004 to 2009") is an event over them."""
    sent = ent.sent
    at = ent.start_char - sent.start_char
    return any(start <= at < end for start, end in _sums_windows(sent.text)) and _tense(ent) != "past"


_AHEAD_OF = re.compile(r"\b(?:ahead of|in advance of|run-up to|heading into|in time for)\s+$", re.I)


def _a_time_ahead(ent) -> bool:
    """Whether the date itself comes right after "ahead of", "in advance
    of", "in the run-up to", "heading into" or "in time for" ("serves as a
    platform ahead of 2030", "resigned ahead of Tuesday"): a time the
    sentence's event comes before, perhaps still to come, not its own.  A
    thing the date labels ("ahead of the 2030 vote", "ahead of Saturday's
    vote") is left to the rules on labels."""
    before = nlp.text_of(ent.doc)[ent.sent.start_char:ent.start_char]
    return bool(_AHEAD_OF.search(before)) and not _dates_a_noun(ent.root)


def _in_a_phrase_on_a_thing_of_now(ent) -> bool:
    """Whether the date (or the thing it labels) is in a phrase on a noun
    the sentence's main verb, told in the present, takes: going on now
    ("is investigating fraud in the 2014 ballot"), or
    simple present with the noun itself in a phrase on another ("want
    access to the inquiry into fraud in the 2014 ballot"): the
    time of the thing named, not of what the sentence says is so now.  A
    noun the verb takes directly under a simple present is often a
    record's ("the video shows the attack on March 17"): left alone."""
    word = ent.root.head if _dates_a_noun(ent.root) else ent.root
    if word.dep_ != "pobj" or word.head.dep_ != "prep":
        return False
    holder = word.head.head
    if holder.pos_ not in ("NOUN", "PROPN") or holder.ent_type_ in ("DATE", "TIME") \
            or holder.lemma_.lower() in _TIME_PARTS:
        return False
    verb = _verb_above(holder)
    if verb is None or verb.i != ent.sent.root.i or _tense_of_verb(verb) != "present":
        return False
    nested = holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.pos_ in ("NOUN", "PROPN")
    return _ongoing(verb) or nested


def _a_period_after(ent) -> bool:
    """Whether the date is a bare year right after "after" or "beyond"
    ("After 2036, the fund will pay less", "after 2008 the firm moved"):
    the start of a stretch the event falls somewhere in, not its year.  A
    thing the year labels ("after the 2008 crash") is left to the rules on
    labels."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in ("after", "beyond") and bool(dates.YEAR.fullmatch(ent.text.strip()))


_TOPIC_VERBS = REPORTING | frozenset("speak talk think remember remind reminisce dream mention cite invoke evoke".split())
"""Verbs of saying or thinking, whose object is what is said or thought of."""


def _a_prospect_told_before(ent) -> bool:
    """Whether the date is in a clause of "would" that a verb of saying in
    the past takes ("had announced that she would not run in the 2020
    election", "said he would resign in May"): the time of what was then
    to come, which may or may not have happened, and not the time of the
    telling (a "would have" is left to the other rules)."""
    verb = ent.root if ent.root.pos_ in ("VERB", "AUX") else _verb_above(ent.root)
    if verb is None or verb.dep_ != "ccomp":
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    teller = verb.head
    return "would" in helpers and "have" not in helpers and teller.lemma_.lower() in TELLING \
        and _tense_of_verb(teller) == "past"


def _as_done_before(ent) -> bool:
    """Whether the date hangs on a "do" standing for the sentence's verb in
    a clause of likeness ("must act, as it did in 2012", "as they appear to
    have done in 2012", "like we did in May 2019"): the time of the like
    event the sentence's is set beside, not its own."""
    verb = ent.root if ent.root.pos_ in ("VERB", "AUX") else _verb_above(ent.root)
    if verb is None or verb.lemma_.lower() != "do" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    for token in (verb, *verb.ancestors):
        if token.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in token.children)
        if token.dep_ != "xcomp":
            return False
    return False


def _in_an_earlier_clause_on_a_noun(ent) -> bool:
    """Whether the date sits in a clause on a noun told in the past perfect
    ("settled a suit her aide had filed in 2014", "sold the house that he
    had bought in 1990") while the verb the noun hangs on is in the past
    but not the past perfect: the "had" puts the clause's event before the sentence's, so the
    date is not that event's."""
    clause = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    if clause is None or clause.dep_ != "relcl" or clause.tag_ != "VBN" \
            or not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) \
            or clause.head.ent_type_ in ("DATE", "TIME") or clause.head.lemma_.lower() in _TIME_PARTS:
        return False  # a clause on a time tells of that time ("began in 2012 when he had visited in 2011")
    verb = _verb_above(clause.head)
    return verb is not None and _tense_of_verb(verb) == "past" \
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _spoken_of(ent) -> bool:
    """Whether the date is what a verb of saying or thinking is about: its
    object ("recalled 1989 as a turning point") or after its "of" or
    "about" ("spoke of 1989 and of the strikes"): the time talked of, not
    when the talk took place.  Only a date with its year: a weekday the
    parse makes an object ("asked Trump Wednesday if ...") is the talk's."""
    root = ent.root
    if dates.explicit(ent.text) is None:
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _TOPIC_VERBS
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("of", "about") and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in _TOPIC_VERBS


def _in_a_likeness(ent) -> bool:
    """Whether the date is in a phrase "like" or "unlike" opens ("Like
    Smith in 1972 and Brown in 1994, her goal will be remembered"): the
    time of the thing likened, not of the event.  A "Like" opening a
    clause holds the likeness up to the next verb, however the parse
    hangs a list ("Jones in 1980 and Brown in 1994") on it."""
    if any(t.lower_ in ("like", "unlike") and t.dep_ == "prep" for t in ent.root.ancestors):
        return True
    opening = next((t for t in reversed(ent.doc[ent.sent.start:ent.start]) if t.text in ("Like", "Unlike")), None)
    return opening is not None and not any(t.pos_ in ("VERB", "AUX") for t in ent.doc[opening.i + 1:ent.start])


def _a_things_age(ent) -> bool:
    """Whether the date is how far back a thing goes, said in a phrase on
    that thing ("the match, a tradition dating back to 1921", "a rite
    which dates from 1850"): the thing's age, not the sentence's event."""
    verb = next((t for t in ent.root.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() == "date" and verb.dep_ in ("acl", "relcl")


def _in_a_title_part(ent) -> bool:
    """Whether the date is in a part of a title a bar sets off, with no
    verb of its own ("Lopez completes the comeback | 2018 Summer Games"):
    the name of a series or an event the title belongs to, not a date."""
    sent = ent.sent
    bars = [t.i for t in sent if t.text == "|"]
    before = [i for i in bars if i < ent.start]
    if not before:
        return False
    end = next((i for i in bars if i >= ent.end), sent.end)
    return not any(t.pos_ in ("VERB", "AUX") for t in ent.doc[before[-1] + 1:end])


_PERSONAL = frozenset("i we he she they".split())
"""Subjects that stand for someone the article names elsewhere."""


def _a_year_in_a_name(ent) -> bool:
    """Whether a bare year follows a capitalised word in a sentence's
    middle that is no month, season, holiday or preposition
    (`_NAME_BEFORE`: "the Vision 2030 plan", "Expo 2030"): part of a
    plan's or an event's name, a target's year or a label's, not when
    the sentence's event happened."""
    year = ent[-1]
    if not dates.YEAR.fullmatch(year.text) or not all(t.is_title for t in ent[:-1]):
        return False  # the parse may take the name's word into the date ("Harbour 2040")
    text = nlp.text_of(ent.doc)
    line = text.rfind("\n", 0, year.idx) + 1  # not the parse's sentence: it may start one at a quotation mark
    return bool(_NAME_BEFORE.search(text[max(line, year.idx - 30):year.idx]))


def _in_an_unnamed_voice(ent) -> bool:
    """Whether the date is inside words quoted after a colon ("one user
    posted: “...”", whatever the shape of its opening mark) from someone
    the sentence does not name ("Another said:", "a resident wrote:"):
    an anonymous voice's words ("Next year the sky will fall") are
    no event the article tells."""
    doc, text = ent.doc, nlp.text_of(ent.doc)
    paragraph = text.rfind("\n", 0, ent.start_char) + 1
    opening = None
    for match in re.finditer(r":\s*[“”\"]", text[paragraph:ent.start_char]):
        opening = match
    if opening is None or re.search(r"[”\"]", text[paragraph + opening.end():ent.start_char]):
        return False
    colon = doc.char_span(paragraph + opening.start(), paragraph + opening.start() + 1)
    verb = colon.root.head if colon is not None else None
    if verb is None or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.lower_ not in _PERSONAL and not any(t.pos_ == "PROPN" for t in subject.subtree)


def _on_a_participle_of_a_thing(ent) -> bool:
    """Whether the date hangs on a participle that describes a noun the
    sentence's verb acts on, not on that verb: an "-ing" form on its object
    ("posted a picture of himself greeting a child in 2015": the greeting's
    date) or a span's start on a sum ("the $200 billion spent since 2002":
    how long the sum grew; "drills, named so, every year since 2016" is
    often parsed so too, and is the event's).  A past participle with a
    point in time ("won the votes cast in 2012", "the interview published
    Monday") most often shares the event's time, a subject's ("the man arrested Monday was charged") is
    the news itself, and so is an "-ing" form after a preposition
    ("pointed to the mayor backing her on Friday"): none is left out."""
    root = ent.root
    prep = root.head if root.dep_ == "pobj" else None
    verb = prep.head if prep is not None else root.head
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.head.dep_ in ("nsubj", "nsubjpass") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ == "VBG" and verb.head.dep_ == "dobj" or prep is not None and prep.lower_ == "since" \
        and _a_sum(verb.head)


def _a_deadline_of_an_infinitive(ent) -> bool:
    """Whether the date follows "by" on a verb in the infinitive ("a pledge
    to cut output 70 percent by 2060", "plans to open ten clinics by
    March"): the deadline of a goal, which is no event on that date."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "by":
        return False
    verb = prep.head
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _a_tallys_start_in_a_clause_on_a_noun(ent) -> bool:
    """Whether the date follows "since" on the verb of a clause on a noun,
    and that verb takes an amount ("a review of charities that have
    collected $2 million or more since May 1, 2030, shows ...", "the
    mayor, who has spent $40,000 since March, said ..."): the start of
    the stretch the amount is counted over, which says which things or
    how much, not when the sentence's event happened."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    verb = prep.head
    return verb.dep_ in ("relcl", "acl") and verb.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "dobj" and _a_sum(c) for c in verb.children)


def _a_sum(noun) -> bool:
    """Whether `noun` is an amount ("$200 billion", "4,000 jobs")."""
    return noun.like_num or noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children)


def _after_that(ent) -> bool:
    """Whether a month without a year follows "that" ("lost the election
    that November", "at that March 2 rally"): a month of a time told
    before, not of the article's."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.lower_ != "that" or dates.explicit(ent.text) is not None \
            or not any(t.lower_ in dates.MONTHS and t.text[:1].isupper() for t in ent):
        return False
    clause = before.head
    # Not the "that" of a saying ("said that March sales rose"); the parse
    # may make one of "was seen that October praising ..." too.
    return not (before.dep_ == "mark" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING)


YEAR_REACH = 3
"""Sentences before a "that November" in which its year is looked for."""


_THAT_YEAR = re.compile(r"^(?P<when>.*?\S)\s+(?:of\s+)?(?:that|the same|that same)\s+year$", re.I)


def _in_that_year(ent) -> dates.Resolved | None:
    """The date of a month (and day) said to be of "that year" ("On July 22
    that year, the group released ...") in the year the sentences before
    state (`_year_told`), or None: the phrase is not of that form, or no
    year is told before it (the parse takes "... that year" for a length
    of time, so without this it dates nothing)."""
    match = _THAT_YEAR.match(ent.text.strip())
    if match is None or dates.month_and_day(match["when"]) is None and dates.explicit(match["when"]) is None \
            and not any(word.lower().rstrip(".") in dates.MONTHS for word in match["when"].split()):
        return None
    return _year_told(ent, match["when"])


def _year_told(ent, when: str | None = None) -> dates.Resolved | None:
    """The month of a "that November" (`when`: the words naming it, the
    whole date by default) in the nearest year a date of its
    own sentence or of the `YEAR_REACH` before it states ("In 1972, ...
    But he lost that November": November 1972), or None when none does."""
    year = _nearest_year_told(ent)
    found = dates.resolve(f"{when or ent.text}, {year}", None) if year else None
    return dates.Resolved(date=found.date, approximate=True) if found else None


def _nearest_year_told(ent) -> str | None:
    """The nearest year ("1972") a date of `ent`'s own sentence or of the
    `YEAR_REACH` sentences before it states, before `ent`, or None."""
    doc, first = ent.doc, ent.sent.start
    for _ in range(YEAR_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return next((t.text for t in reversed(doc[first:ent.start]) if t.ent_type_ == "DATE"
                 and dates.YEAR.fullmatch(t.text)), None)


_YEARS_LATER = re.compile(r"(?:^|\s)(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?"
                          r"\s+later$", re.I)
""""Two years later", at the end of a date's words (the parse may take in
a tally before it: "96-3 two years later")."""
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


def _years_later(ent) -> dates.Resolved | None:
    """The year of "two years later", "a year later": counted on from the
    nearest year told before it (`_nearest_year_told`: "lost the primary
    in 1994 ... two years later he ran again", 1996), which is how a
    narrative counts; approximate, as the year counted from is read, not
    stated.  None when the words are not of that form or no year is told
    before them."""
    match = _YEARS_LATER.search(ent.text.strip())
    year = _nearest_year_told(ent) if match else None
    if year is None:
        return None
    count = _COUNTS.get(match["count"].lower()) or int(match["count"])
    return dates.Resolved(date=str(int(year) + count), approximate=True)


def _with_this(ent) -> str:
    """The date's words, with a "this" the parse leaves out of a month's
    ("to win in this November election": "this November", the anchor
    year's)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    month = len(ent) == 1 and ent.root.lower_.rstrip(".") in dates.MONTHS
    return f"this {ent.text}" if month and before is not None and before.lower_ == "this" else ent.text


def _day_told(ent, told: list[tuple[int, str]]) -> dates.Resolved | None:
    """A year-less day ("a message sent on March 4") in the year of the
    nearest full date before it with the same month and day ("her March
    4, 2011 testimony"): the day told again, not the one nearest the
    article's date.  `told` is `dates.full_days` of the article's text."""
    day = dates.month_and_day(ent.text)
    if day is None:
        return None
    same = [iso for start, iso in told if start < ent.start_char and (int(iso[5:7]), int(iso[8:])) == day]
    return dates.Resolved(date=same[-1], approximate=True) if same else None


def _of_a_dated_message(ent) -> bool:
    """Whether a date without a year is quoted from a message the sentence
    dates in full outside the quotation ("“... after this week,” she wrote
    in a March 19, 2011 email"): it is of the message's time, which the
    article's date does not place."""
    if dates.explicit(ent.text) is not None or not _quoted(ent):
        return False
    return any(other.label_ == "DATE" and other.start != ent.start and not _quoted(other)
               and (dates.explicit(other.text) or ("", ""))[0] in ("ymd", "mdy", "dmy") for other in ent.sent.ents)


_NEAR_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})


def _a_quoted_near_day(ent) -> bool:
    """Whether "yesterday", "today" or "tomorrow" stands inside a quotation
    its paragraph opens ("“Today, you have proved it again,” she told the
    crowd"): the day the words were spoken, or none at all ("“Yesterday
    this was a land of mills; tomorrow it will be ...”"), which the
    article's own date does not give."""
    if not any(t.lower_ in _NEAR_DAYS for t in ent):
        return False
    text = nlp.text_of(ent.doc)
    paragraph = text.rfind("\n", 0, ent.start_char) + 1
    return sentences.opens(text[paragraph:ent.start_char])


def _a_reported_near_day(ent) -> bool:
    """Whether "yesterday", "today" or "tomorrow" stands in a clause a verb
    of saying reports while another date of the sentence, outside that
    clause, places the saying ("In a July interview, he suggested the
    city should do the same today"): the day of the speaker, who spoke
    then, not the article's."""
    if not any(t.lower_ in _NEAR_DAYS for t in ent):
        return False
    clause = next((t for t in ent.root.ancestors if t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING), None)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    return any(other.label_ == "DATE" and other.root.i not in inside for other in ent.sent.ents)


def _quoted(ent) -> bool:
    """Whether `ent` is inside a quotation its sentence opens."""
    return sentences.opens(nlp.text_of(ent.doc)[ent.sent.start_char:ent.start_char])


_WHEN = frozenset("in during since before after until till through throughout at".split())


def _names_a_thing(ent) -> bool:
    """Whether a bare year (or month) only tells which thing a noun is ("the
    1942 film Casablanca", "his 2016 campaign", "the 2012 election", "an
    October surprise"), not when
    the sentence's event happened; it still dates the event when the
    thing is when it happened ("in the 2016 election", "since the 2008
    crisis", "ahead of the 2016 election") unless that happening is a
    clause on a noun ("the mother of Sean Smith, who died in the 2012
    attack, said ...": the saying is not of 2012)."""
    years = [t for t in ent if dates.YEAR.fullmatch(t.text)]
    words = [t for t in ent if t.pos_ != "DET"]
    if len(years) != 1 and not (len(words) == 1 and words[0].lower_ in dates.MONTHS and len(words[0]) > 3):
        return False
    year = years[0] if years else words[0]  # or a month alone: "an October surprise", "the November vote"
    thing = _labelled(year)
    if any(t.i != year.i and not (t.pos_ in ("DET", "ADJ") and t.head.i == thing.i) for t in ent):
        return False  # "several 2020 candidates" is a label too, "May 2020" a date
    if year.dep_ not in ("compound", "nummod", "amod", "nmod", "npadvmod") or thing.pos_ not in ("NOUN", "PROPN") \
            or thing.i <= year.i:
        return False
    return not _when_it_happened(thing) or _a_race_in_the_present(thing)


def _a_race_in_the_present(thing) -> bool:
    """Whether a thing a year names ("the 2031 race", "the 2031 primary
    field") frames a verb told in the present ("a poll shows Ames tied for
    first in the 2031 field", "Ames leads in the 2031 race"): a standing of
    now in a race that may be still to come, not an event of its year (a
    period, "the 2031 season", is a time, and dates it)."""
    verb = _verb_above(thing)
    if verb is None or thing.lemma_.lower() in _TIME_PARTS:
        return False
    tense = _tense_of_verb(verb)
    if tense is None and verb.tag_ in ("VBN", "VBG") and verb.dep_ == "ccomp" and _verb_above(verb) is not None:
        tense = _tense_of_verb(_verb_above(verb))  # "shows Ames tied for first": the showing's present
    return tense == "present"


def _labelled(word):
    """The noun a date's word stands before as its label ("in a December
    court filing": the filing)."""
    thing = word.head
    while thing.dep_ == "compound" and thing.head.pos_ in ("NOUN", "PROPN") and thing.head.i > thing.i:
        thing = thing.head
    return thing


_AT_ONCE = frozenset("in during at throughout".split())


def _month_of_the_event(root) -> bool:
    """Whether a month labels the thing during which the sentence's event
    happens ("are not eligible to vote in the November election", "voted
    in the March primary"): the event's verb then says on which side of
    the article's date it lies.  After "after", "since" or "before" the
    thing is on the other side of the event ("is unlikely to endorse her
    after her March comment"); in a phrase on a noun it is that noun's
    time ("raised the threat of an exit in a June referendum"), not the
    verb's."""
    thing = _labelled(root)
    return root.lower_ in dates.MONTHS and thing.dep_ == "pobj" and thing.head.lower_ in _AT_ONCE \
        and thing.head.head.pos_ in ("VERB", "AUX") and not _on_a_noun(thing.head)


def _when_it_happened(thing) -> bool:
    """Whether the thing a date labels is when the sentence's event
    happened: the object of "in", "since", "ahead of" ... ("in the 2016
    election"), not in a clause on another noun ("who died in ...")."""
    prep = thing.head
    when = thing.dep_ == "pobj" and (prep.lower_ in _WHEN or prep.head.lower_ in ("ahead", "prior"))
    return when and not _on_a_noun(prep) and not _times_another_act(prep)


_AT_THE_TIME_OF = _WHEN | frozenset("upon on while when by".split())
"""Prepositions that put a gerund's act at the time of the verb's ("upon
winning the seat", "by winning the 2031 vote", "after voting"), unlike
"charged with cheating", "accused of lying"."""


def _times_another_act(prep) -> bool:
    """Whether the phrase `prep` opens ("in the 2031 vote") times some other
    act than the sentence's verb: "in" or "during" on a noun ("an inquiry
    into fraud in the 2031 vote", "the theft of ballots during the 2031
    race"; "a question after the May 3 rally" is asked after it)
    or on a gerund a preposition of no time takes ("were charged with
    cheating in the 2031 vote"), whose time is that act's; the charge, the inquiry are
    later.  A noun that acts in its clause ("her win in the 2031 vote
    surprised many", "as a win in the 2031 vote loomed, ..."),
    that the verb makes its subject ("became an issue in the 2031 race")
    or is where the verb's event took place ("in speeches during the 2031
    race, she hinted ...") shares the verb's time."""
    holder = prep.head
    if holder.tag_ == "VBG" and holder.dep_ in ("pcomp", "pobj"):  # the parse gives a preposition's gerund either
        return holder.head.lower_ not in _AT_THE_TIME_OF
    if prep.lower_ not in _AT_ONCE or holder.pos_ not in ("NOUN", "PROPN") or holder.ent_type_ in ("DATE", "TIME") \
            or holder.lemma_.lower() in _TIME_PARTS or holder.dep_ in ("nsubj", "nsubjpass", "attr", "oprd") \
            or holder.head.dep_ == "mark":  # "As a win in the 2031 vote loomed": the parse's subject of "loomed"
        return False  # "became an issue in the 2031 race": what the verb makes its subject, in its time
    while holder.dep_ == "conj":  # "in posts and interviews during ...": the first noun's place
        holder = holder.head
    frame = holder.head
    return not (holder.dep_ == "pobj" and frame.lower_ in _AT_ONCE and frame.head.pos_ in ("VERB", "AUX"))


def _acts(noun) -> bool:
    """Whether `noun` is the subject of its sentence's main verb (or that
    verb itself, in a parse gone wrong): what the sentence is about doing."""
    root = noun.sent.root
    return noun.i == root.i or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == root.i)


_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_PAST_AUX = frozenset({"had", "did", "was", "were"})
_MODALS = frozenset("can could may might would should must".split())
"""Modal verbs: with a date, what may yet happen ("can win the election in
November"); with "have", what might have been, no future."""


def _tense(ent) -> str | None:
    """"past", "future" or "present" by the verb the date hangs on ("who
    died in February", "will rule in February", "could win in November",
    "if he is the nominee in November", "kick off the voting Monday"; a
    verb of saying in the present is news's "said": "tells MSNBC on
    Friday"), else None: also when the date labels a noun ("the Dec. 28
    meeting was scheduled")."""
    root = ent.root
    if _after_since(ent):
        return "past"
    if _a_weekdays_thing(root):
        return _tense_of_owned(root.head)
    if _ahead_by_name(root):
        return "future"
    if _of_a_thing_gone(root):
        return "past"
    if _dates_a_noun(root) and not _month_of_the_event(root):
        return None  # "the Dec. 28 meeting was scheduled": the meeting's date, not the scheduling's
    verb = _verb_of(root)
    if verb is None or _across_a_quote(ent, verb) or _clause_without_verb(root, verb):
        return None
    return _tense_of_verb(verb)


def _after_since(ent) -> bool:
    """Whether the date comes right after "since" ("thousands since March
    1st", "has risen since Monday"): a time gone by, whatever the tense of
    the verb, so a year-less day is the latest before the article's date."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"


_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "csubj"})


def _clause_without_verb(root, verb) -> bool:
    """Whether a word between the date and `verb` heads a clause of its own
    though tagged as no verb ("states that host contests in March": the
    parse takes "contests" for the clause's verb, "host" for a noun): the
    date is that clause's, whose tense the parse does not give."""
    return any(t.dep_ in _CLAUSES for t in (root, *root.ancestors) if t.i != verb.i and verb in t.ancestors)


def _verb_of(root):
    """The verb whose tense places the date whose head word is `root`: the
    first above it, or, when that is a bare past participle on a noun and
    the date is what it is for ("the primaries scheduled for March 15",
    "the boost needed for a win Tuesday"), the verb above the noun: the
    participle's past is the scheduling's, not the time it aims at.  A
    word a modal stands before is one too ("it will not until after March
    1": the verb left out after "will", which the parse may hang on "until")."""
    verb = root if root.pos_ in ("VERB", "AUX") or _after_a_modal(root) else _verb_above(root)
    if verb is None or verb.i == root.i or verb.tag_ != "VBN" or verb.dep_ != "acl" \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return verb
    below = root
    while below.head.i != verb.i:  # the word under the participle that the date's phrase hangs from
        below = below.head
    if below.dep_ != "prep" or below.lower_ != "for":
        return verb
    return _verb_above(verb)


def _verb_above(word):
    """The nearest verb above `word`, or a word a modal stands before
    (`_after_a_modal`), or None."""
    return next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX") or _after_a_modal(t)), None)


def _after_a_modal(word) -> bool:
    """Whether `word` has a modal or "will" for an auxiliary, whatever its
    part of speech: it stands where the verb the modal helps was left out."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE | _MODALS for c in word.children)


def _of_a_thing_gone(root) -> bool:
    """Whether the date is of a thing the event comes after ("is a raw
    issue after the flood in June", "has been quiet since the June flood"),
    in a sentence not told in the future: the thing, and its date, are
    gone."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        thing = root.head.head
    elif _dates_a_noun(root):
        thing = _labelled(root)
    else:
        return False
    if thing.pos_ not in ("NOUN", "PROPN") or thing.dep_ != "pobj" or thing.head.lower_ not in ("after", "since"):
        return False
    verb = _verb_above(thing)
    return verb is not None and _tense_of_verb(verb) != "future"


_PROSPECTIVE = frozenset("upcoming looming coming impending forthcoming approaching pending planned".split())
"""Adjectives that call a thing still to come, whatever the tense of the
sentence that mentions it."""


def _ahead_by_name(root) -> bool:
    """Whether the date is of a thing its noun calls still to come ("the
    looming showdown in July", "the upcoming June vote"), said in a
    sentence of any tense ("was not hopeful about ...").  The date's
    phrase right after such a noun is taken as its, wherever the parse
    hangs it ("hopeful about the looming showdown in July": on "was")."""
    noun = None
    if root.dep_ == "pobj" and root.head.i > root.sent.start:
        noun = root.doc[root.head.i - 1]
    elif _dates_a_noun(root):
        noun = root.head
    return noun is not None and noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in noun.children)


def _a_weekdays_thing(root) -> bool:
    """Whether a weekday owns or labels the noun after it ("Tuesday's
    primary", "the state's Tuesday primary"), not a part of its day
    ("Tuesday night")."""
    noun = root.head
    return root.lower_ in dates.WEEKDAYS and root.dep_ in ("poss", "compound", "nmod", "amod") \
        and noun.pos_ in ("NOUN", "PROPN") and noun.i > root.i and noun.lemma_.lower() not in _TIME_PARTS


_FREQUENCY = frozenset("""always usually often frequently generally typically normally rarely seldom sometimes
    traditionally routinely customarily""".split())
"""Adverbs of frequency: the verb they go with tells what happens again
and again, on no one date."""


def _habitual(ent) -> bool:
    """Whether a month or a weekday without a year dates what happens again
    and again: its verb, or one whose clause of time or manner it is in,
    takes an adverb of frequency or "tend" ("often fails to become a win in
    November", "tends to slow its work as it gets closer to October").  A
    clause reported or on a noun is left alone ("often says that the vote
    in November ...")."""
    if dates.explicit(ent.text) or not any(t.lower_ in dates.MONTHS or t.lower_ in dates.WEEKDAYS for t in ent):
        return False
    for token in (ent.root, *ent.root.ancestors):
        if token.pos_ in ("VERB", "AUX") and (
                any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY for c in token.children)
                or token.lemma_.lower() == "tend" and any(c.dep_ == "xcomp" for c in token.children)):
            return True
        if token.dep_ in ("ccomp", "relcl", "acl"):
            return False
    return False


def _a_kind_of_day(ent) -> bool:
    """Whether a weekday labels a noun that names no one thing ("every
    Friday market", "Saturday markets", and in the simple present "hosts a
    Saturday radio show"): a thing that recurs on such days, dated by none
    of them.  Told of one time, "a" is one thing ("spoke at a Tuesday town
    hall")."""
    root = ent.root
    if len(ent) != 1 or not _a_weekdays_thing(root) or root.dep_ == "poss":
        return False
    noun = _labelled(root)
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if not determiners:
        return noun.tag_ in ("NNS", "NNPS")
    if determiners[0] in ("every", "each"):
        return True
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return determiners[0] in ("a", "an", "any") and verb is not None and _tense_of_verb(verb) == "present"


def _tense_of_owned(noun) -> str | None:
    """The tense a weekday's thing ("Tuesday's primary") takes from the verb
    it hangs on: the day is a week's nearest one on that verb's side of now
    ("won Tuesday's primary", "needs a win in Tuesday's primary", "hopes
    Saturday's caucuses will help").  None after "after" or "since" ("after
    Tuesday's loss, he faces ..."), and when the thing is the subject of a
    verb in the present ("Tuesday's loss leaves him ..."): what it does now
    says nothing of when it happened."""
    verb = _verb_above(noun)
    if verb is None or noun.dep_ == "pobj" and noun.head.lower_ in ("after", "since"):
        return None
    tense = _tense_of_verb(verb)
    if tense == "present" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i:
        return None
    if noun.dep_ == "pobj" and _ahead_of(noun.head) and _perfect(verb):
        return "future"  # "has turned nasty ahead of Tuesday's primary": later than now
    return tense


def _ahead_of(prep) -> bool:
    """Whether the preposition `prep` puts its object after the event:
    "before", "ahead of", "prior to"."""
    return prep.lower_ == "before" or prep.lower_ == "of" and prep.head.lower_ == "ahead" \
        or prep.lower_ == "to" and prep.head.lower_ == "prior"


def _perfect(verb) -> bool:
    """Whether `verb` is in the present perfect ("has turned"), whose time
    reaches the present."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "’s", "'ve", "’ve")
                                      for c in verb.children)


_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _across_a_quote(ent, verb) -> bool:
    """Whether the verb a date hangs on, as parsed, heads a whole clause
    quoted apart from the date, its subject inside the quotation with it
    ("In the senator's column on Aug. 3, “The spending must stop,” the
    Democrat seems to ...": the parse hangs the date on the quoted title's
    "must stop"): someone's quoted words say nothing of the date's tense.
    A quotation that only ends the date's own clause ("tweeted that the
    talks on Monday “should not go ahead”") keeps its verb's tense."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    doc = ent.doc
    return subject is not None and _quote_between(doc, ent.root.i, verb.i) \
        and not _quote_between(doc, subject.i, verb.i)


def _quote_between(doc, i: int, j: int) -> bool:
    """Whether an odd number of quotation marks stands strictly between
    tokens `i` and `j` of `doc`: one is inside a quotation the other is
    not in."""
    return sum(t.text in _QUOTE_MARKS for t in doc[min(i, j) + 1:max(i, j)]) % 2 == 1


def _tense_of_verb(verb) -> str | None:
    """`_tense` of the verb a date hangs on; a verb with no tense of its own
    takes the one of the verb it hangs on."""
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if helpers & _FUTURE or helpers & _MODALS and "have" not in helpers:
        return "future"  # "will rule in February", "a Republican who can win the election in November"
    if _to_be_done(verb) and not _future_in_the_past(verb) or _before_a_clause_to_come(verb):
        return "future"  # "a speech to be given Friday", "backing her on Friday after he meets ..."
    if _ahead_of_now(verb):
        return "future"  # "is likely to appear in court Wednesday", "plans to vote Friday"
    if verb.tag_ == "VBD" or helpers & _PAST_AUX:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and not helpers and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                          for c in verb.children):
        return "future"  # "if he is the nominee in November"
    if verb.tag_ in ("VBZ", "VBP") and not helpers and verb.lemma_.lower() not in REPORTING:
        return "present"  # "Iowans kick off the voting Monday"; not "Johnson tells MSNBC on Friday" (news's "said")
    if verb.tag_ == "VBG" and helpers & _PRESENT_AUX and verb.lemma_.lower() not in REPORTING:
        return "present"  # "is campaigning in Ohio Monday": the present progressive of a plan, or of now
    if verb.tag_ == "VBN" and helpers and helpers <= _PRESENT_AUX and verb.lemma_.lower() not in REPORTING:
        return "present"  # "a vigil is planned Friday": the simple present passive, with a day a schedule
    if helpers & {"has", "have"} and verb.tag_ == "VBN":
        return "past"  # "has campaigned since October"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not helpers:
        return "past"  # "the agreement negotiated in December": a thing done, whatever the clause around it
    if _imperative(verb):
        return "future"  # "Remember in November who voted no": a command is carried out after it is given
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "since") and not helpers:
        return _tense_after(verb)
    if _a_prospect_of(verb) and not helpers:
        return _tense_of_prospect(verb)
    governing = _governing_verb(verb, helpers)
    return _tense_of_verb(governing) if governing is not None else None


def _imperative(verb) -> bool:
    """Whether `verb` heads its sentence in the bare form with no helper and
    no subject of its own ("Remember in November ...", "Vote on Tuesday"):
    a command.  A name set off before it by a mark is the one addressed,
    not a subject ("Ohio: vote on Tuesday")."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return True
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return subject.i < verb.i and before is not None and before.text in (":", ",")


def _tense_after(gerund) -> str | None:
    """The tense of a gerund after "after" or "since" ("After trouncing her
    in Tuesday's primary, he must prepare ..."): done before the verb it
    hangs on, so past, unless that verb is told with "will" ("after
    winning Tuesday's primary, he will ..."), which leaves it on either
    side of now."""
    governor = _verb_above(gerund)
    if governor is not None and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in governor.children):
        return None
    return "past"


_PROSPECTS = frozenset("""chance prospect possibility likelihood odds hope plan risk threat danger fear goal aim
    intention expectation""".split())
"""Nouns of what may come: a gerund after their "of" ("his chances of
winning in May") is still ahead of whoever weighs it."""


def _a_prospect_of(verb) -> bool:
    """Whether `verb` is a gerund after the "of" of a noun of what may come
    (`_PROSPECTS`: "the prospect of facing her in May")."""
    noun = verb.head.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "of" \
        and noun.pos_ == "NOUN" and noun.lemma_.lower() in _PROSPECTS


def _tense_of_prospect(gerund) -> str | None:
    """The tense of a gerund on a noun of what may come: ahead ("is upbeat
    about his chances of winning in May", "relish the prospect of facing
    her"), unless the verb weighing it is in the past ("was upbeat about
    ..."): ahead of a time gone by, on either side of now."""
    governor = _verb_above(gerund.head.head)
    return None if governor is None or _tense_of_verb(governor) == "past" else "future"


_UNDER = frozenset({"pcomp", "advcl", "xcomp", "acl", "pobj", "prep"})


def _to_be_done(verb) -> bool:
    """Whether `verb` is a passive infinitive on a noun ("a speech to be
    given Friday"): a thing set to come."""
    return verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in verb.children) \
        and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)


def _future_in_the_past(verb) -> bool:
    """Whether `verb` is to come from a time gone by, not from now: after a
    past "be" ("days before it was to post its results on Wednesday"), or
    a passive infinitive on a noun a verb in the past governs ("was
    rewriting a speech to be given Friday").  Whether its day is before or
    after the article's, the text does not say."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        governor = verb.head
        return governor.lemma_.lower() == "be" and _tense_of_verb(governor) == "past"
    governor = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return _to_be_done(verb) and governor is not None and _tense_of_verb(governor) == "past"


def _a_weekday_after_a_past(ent) -> bool:
    """Whether a bare weekday dates a verb that is to come from a time gone
    by (`_future_in_the_past`): the week it falls in is unknown."""
    if not dates.WEEKDAY_WORD.search(ent.text) or _SHIFTS.search(ent.text):
        return False
    verb = next((t for t in (ent.root, *ent.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _future_in_the_past(verb)


_UNTIL = frozenset("after before once until till when".split())


def _before_a_clause_to_come(verb) -> bool:
    """Whether a verb without tense of its own has a clause of time in the
    simple present ("backing her on Friday after he meets the board"): in
    English such a present is a time to come, and so is the verb's."""
    if verb.tag_ not in ("VBG", "VB", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() not in REPORTING
               and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
               and any(m.dep_ == "mark" and m.lower_ in _UNTIL for m in c.children) for c in verb.children)


def _governing_verb(verb, helpers: set[str]):
    """The verb a verb without tense of its own hangs on ("Since announcing
    in October ..., Mr. Biden has campaigned": "campaigned"; "earned $40
    million for helping X sell itself in March": "earned"), or None when
    `verb` has a tense or helpers of its own."""
    bare = verb.tag_ == "VB" and verb.dep_ == "ccomp"  # "helping X sell itself": a bare infinitive
    if helpers or verb.tag_ not in ("VBG", "VB", "VBN") or verb.dep_ not in _UNDER and not bare:
        return None
    return next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)


_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})


def _ahead_of_now(verb) -> bool:
    """Whether `verb` is an infinitive governed in the present or future
    ("is likely to appear", "is expected to testify", "plans to vote",
    "is going to rule", "is on course to finish it Monday"), or on a noun a verb in the simple present or the
    present progressive governs ("has a good chance to win it on Saturday",
    "is spending millions in an effort to stop him winning Tuesday's
    vote"): what is still to come as the article is written.  Governed in
    the past ("was expected to testify", "had a chance to win") it says
    nothing of when."""
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "acl", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head  # an "advcl" too: "is on pace to finish it Monday", "is in Ohio to campaign Monday"
    if verb.dep_ == "advcl" and governor.lemma_.lower() in REPORTING:
        return False
    if verb.dep_ == "acl":
        # Only a verb in the present: "will defend your right to gather on
        # Monday" says nothing of when the gathering is.
        governor = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if governor is None or governor.lemma_.lower() in REPORTING:
            return False
        helpers = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
        return governor.tag_ in ("VBZ", "VBP") and not helpers \
            or governor.tag_ == "VBG" and bool(helpers) and helpers <= _PRESENT_AUX
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        governor = governor.head  # "is likely to": the copula says when
    helpers = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
    return governor.tag_ in ("VBZ", "VBP") and governor.lower_ not in ("was", "were") \
        or bool(helpers & (_PRESENT_AUX | _FUTURE))


def _dates_a_noun(root) -> bool:
    """Whether a date's head word stands before a noun as its label ("the
    Dec. 28 meeting", "the Sept. 11 attacks"), not a time word ("Monday
    morning")."""
    return root.dep_ in ("compound", "nmod", "nummod", "amod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i > root.i and root.head.lemma_.lower() not in _TIME_PARTS


LABEL_REACH = 92  # days from the article's date within which a year-less date naming a thing is that year's


def _a_far_label(ent, resolved: dates.Resolved, anchor: dates.Anchor | None) -> bool:
    """Whether a year-less day that names a thing ("the Sept. 11 attacks",
    "the Nov. 8 election") falls more than `LABEL_REACH` days from the
    article's date: which year it names, the text does not say ("the Dec.
    28 meeting", in a December article, is that month's).  So does a day
    with its year of a thing the event comes after or before ("passed the
    law after the Sept. 11, 2001, attacks", written in 2016): the event
    was on another day, the text does not say which (near the article's
    date, most often the same: "tried to ask him after a March 8
    appearance")."""
    if not _dates_a_noun(ent.root) or anchor is None or len(resolved.date) != 10:
        return False
    if dates.explicit(ent.text) and not _around_a_thing(_labelled(ent.root)):
        return False
    return abs((dt.date.fromisoformat(resolved.date) - anchor.date).days) > LABEL_REACH


def _around_a_thing(thing) -> bool:
    """Whether the event comes after or before `thing` ("after the
    attacks", "ahead of the vote")."""
    return thing.dep_ == "pobj" and (thing.head.lower_ == "after" or _ahead_of(thing.head))


def _labels_a_noun(ent) -> bool:
    """Whether a full date stands before a noun as its label, between the
    noun's determiner or owner and the noun ("the Sept. 11, 2012, attacks",
    "the May 2020 vote", "the state's May 10 primary"): which thing, not
    when the sentence's event happened; as a bare year (`_names_a_thing`),
    the thing still dates an event it is when that happened ("in the Nov.
    8 election")."""
    root, doc = ent.root, ent.doc
    thing = root.head
    if len(ent) < 2 or root.dep_ not in ("compound", "nummod", "amod", "nmod", "npadvmod") \
            or thing.pos_ not in ("NOUN", "PROPN") or thing.i < ent.end or ent.start == 0:
        return False
    before = doc[ent.start - 1]
    if before.dep_ == "case" and before.head.dep_ == "poss":
        before = before.head  # "that state's May 10 primary": the owner stands where a determiner would
    if before.dep_ not in ("det", "poss") or not (before.head.i == thing.i or ent.start <= before.head.i < ent.end):
        return False
    if _acts(thing):
        return False  # "the April 22 event featured ...": the thing's date is when it did so
    return not _when_it_happened(thing)


def _owns_a_thing(ent) -> bool:
    """Whether a year owns a thing after it ("the period before 1972's
    landmark Roe v. Wade decision", "2008's financial crisis"): which thing,
    not when the sentence's event happened.  A day's thing ("Monday's
    ruling", "Thursday's debate") is most often the news the sentence is
    about, and dates it."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s") and bool(dates.YEAR.fullmatch(ent.text))


def _owns_a_thing_after_of(ent) -> bool:
    """Whether a weekday (or its night, morning ...) owns a noun that
    follows "of" after another noun ("praised the host of Monday night's
    forum", "released the tape of Friday's crash"): the day says which
    forum or crash, not when the sentence's verb happened, which may be
    days before or after it."""
    owner = ent.root
    if owner.lower_ not in dates.WEEKDAYS:
        return False
    if owner.dep_ == "compound" and owner.head.lemma_.lower() in _TIME_PARTS:
        owner = owner.head  # "Monday night's": the night owns the thing
    thing = owner.head
    if owner.dep_ != "poss" or thing.dep_ != "pobj" or thing.head.lower_ != "of":
        return False
    holder = thing.head.head
    return holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() not in _TIME_PARTS \
        and holder.ent_type_ not in ("DATE", "TIME")


def _of_a_thing(ent) -> bool:
    """Whether the date follows "of" after a noun, naming which thing ("the
    Refugee Act of 1980 established ...", "the attacks of Sept. 11,
    2001"), not when the sentence's event happened; unless the thing is what
    acts in the sentence ("The crash of 2008 wiped out savings")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_PARTS:
        return False  # "the fall of 1980", "the early morning hours of June 30": a time, not a thing
    return noun.pos_ in ("NOUN", "PROPN") and not _acts(noun)


def _for_a_period(ent) -> bool:
    """Whether the date follows a "for" that says which period a thing is
    of, or which day a thing is set for, in a sentence whose verb has a
    date of its own ("her tax returns for 2014 were published in March",
    "will publish his returns for 2014 on Friday", "on Monday set the vote
    for June 5"): that date is the sentence's.  Alone it may be the
    event's ("the vote is set for June 5", "the rate for 2014 was 30
    percent")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    prep, head = root.head, root.head.head
    if head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in _TIME_PARTS:
        return False  # "the week for ..." is a time
    path = {prep.i, *(t.i for t in prep.ancestors)}
    return any(_a_date(c) or c.dep_ in ("nsubj", "nsubjpass") and any(_a_date(g) for g in c.children)
               for verb in prep.ancestors if verb.pos_ in ("VERB", "AUX")
               for c in verb.children if c.i not in path)  # "The governor on Monday set ...": on the subject


_ALLOTTING = frozenset("request ask seek propose budget allocate appropriate earmark allot".split())
"""Verbs (and nouns) of asking for or setting aside money or means, whose
"for" names the period the means are for, which comes after the act."""


def _what_means_are_asked_for(ent) -> bool:
    """Whether the date is the period that something is asked for or set
    aside for ("the office sought a sum for fiscal 2031", "the council
    budgeted $4 million for 2031"): the act comes before that period, so
    the date is not when it happened."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in _ALLOTTING


def _of_a_thing_a_past_came_before(ent) -> bool:
    """Whether a date without a year comes right after a noun the event
    came before ("pursued in the run-up to the vote on Monday", "had
    resigned ahead of the hearing on Friday", "led the polls before the
    caucuses Feb. 3"), in a sentence told in the
    past: the thing's day, later than the event by a stretch the text does
    not give, so on either side of the article's date."""
    root, doc = ent.root, ent.doc
    if _a_weekdays_thing(root) and not _SHIFTS.search(ent.text):
        return _owned_after_an_untimed_event(_labelled(root)) or _owned_before_an_event_to_come(_labelled(root))
    if dates.explicit(ent.text):
        return False
    if root.dep_ in ("npadvmod", "appos") and root.head.i < root.i:
        noun = root.head  # "before the caucuses Feb. 3": the date set right after its noun
    elif root.dep_ == "pobj" and root.head.i > ent.sent.start:
        noun = doc[root.head.i - 1]  # whatever the parse hangs the date's phrase on
    else:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if not (_ahead_of(prep) or prep.lower_ == "to" and prep.head.lower_ == "up" and prep.head.pos_ == "NOUN"):
        return False  # "the run-up to", "the lead-up to": the time before the thing
    verb = _verb_above(prep)
    return verb is not None and _tense_of_verb(verb) == "past"


def _owned_after_an_untimed_event(noun) -> bool:
    """Whether a weekday's thing ("Monday's vote") is one the event comes
    ahead of ("rallied ahead of Monday's vote", "an effort to hurt her
    before Monday's vote") and the event's verb is told in the past or has
    no tense of its own: the thing is later than the event, on either
    side of the article's date (a present or a perfect puts it ahead,
    `_tense_of_owned`)."""
    if noun.dep_ != "pobj" or not _ahead_of(noun.head):
        return False
    verb = _verb_above(noun.head)
    return verb is not None and _tense_of_verb(verb) in ("past", None) and not _perfect(verb)


def _owned_before_an_event_to_come(noun) -> bool:
    """Whether a weekday's thing ("Thursday's debate") is one an event to
    come is after ("after Thursday's debate, she must fly to Ohio", "after
    Monday's vote, he will resign"): gone or still ahead, the text does
    not say, so the week is unknown."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "after":
        return False
    verb = _verb_above(noun.head)
    return verb is not None and _tense_of_verb(verb) == "future"


_TO_THE_END = frozenset("through thru until till".split())


def _end_of_what_a_thing_covers(ent) -> bool:
    """Whether the date ends the stretch a participle on a noun says the
    noun covers ("file reports detailing their finances through the end of
    2020", "instances, beginning in 2009 and continuing through 2016"):
    the thing's period, not when the sentence's event happened."""
    root = ent.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _TO_THE_END:
        return False
    participle = prep.head
    return participle.dep_ == "acl" and participle.tag_ in ("VBG", "VBN") \
        and not any(c.dep_ == "aux" for c in participle.children)


def _of_a_purpose(ent) -> bool:
    """Whether the date sits in a clause of purpose ("insisted on a delay,
    so that the tax takes effect in 2030 rather than 2028"): the date of an
    aim, not of the sentence's event.  A "so that" in the past is one of
    result ("so that by 2015 it had doubled"), which still dates."""
    for token in ent.root.ancestors:
        if token.dep_ == "advcl" and [c.lower_ for c in token.children if c.dep_ == "mark"][-2:] == ["so", "that"]:
            helpers = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
            return token.tag_ != "VBD" and not helpers & _PAST_AUX
    return False


_TIME_PARTS = frozenset("""hour morning afternoon evening night day week weekend month year season spring summer
    autumn fall winter beginning end start middle half quarter session term""".split())


def _beside_own_date(ent) -> bool:
    """Whether the date only tells when a noun's thing was ("since its
    creation in May 2014") in a sentence whose main verb has a date of its
    own ("Gowdy earlier Thursday said ..."): that one is the sentence's."""
    root, verb = ent.root, ent.sent.root
    noun = root.head.head
    if root.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i:
        return False  # "The Register on July 20 described him ...": the parser hangs the verb's date on its subject
    # a bare "recently", not "as recently as [the date]", which dates the act by that date
    return any(_a_date(child) or child.dep_ == "advmod" and child.lower_ in _OF_LATE and not any(child.children)
               for child in verb.children if child.i != root.head.i)


_OF_LATE = frozenset("recently lately newly currently now".split())
"""Adverbs that put a verb's act close to the time of writing ("Lind
recently warned ..."): a time of its own, which a year on a noun of the
sentence ("after the strike of 2019") does not date."""


def _in_a_clause_beside_own_date(ent) -> bool:
    """Whether the date sits in a clause on a noun ("a man who has been in
    jail since 1990", "who, in 1990, helped ...") in a sentence whose main
    verb has a date of its own outside that clause ("... walked free on
    Friday"): the clause tells the noun's past, the main verb the news,
    however far the clause stands from it (no commas needed, unlike
    `_describes_subject`)."""
    clause = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    root = ent.sent.root
    if clause is None or clause.dep_ not in ("relcl", "acl") or clause.i == root.i or not _a_verb(root) \
            or clause.head.ent_type_ in ("DATE", "TIME") or clause.head.lemma_.lower() in _TIME_PARTS:
        return False  # "in 2012, when she had visited in 2011": a clause on a time tells of that time
    inside = {t.i for t in clause.subtree}
    return any(_a_date(c) for c in root.children if c.i not in inside)


_POINT_IN_TIME = re.compile(rf"\b(?:{dates.MONTH_WORD}|(?:19|20)\d\d)\b|{dates.WEEKDAY_WORD.pattern}", re.I)
"""A month, a year or a weekday: a date that places an act, not "every
year" (how often) or "at the time"."""


def _in_a_past_perfect_before_a_dated_past(ent) -> bool:
    """Whether the date sits on a verb in the past perfect ("had spent
    ... in 2030") in a sentence whose main verb, in the simple past and
    not one of saying, has a date of its own ("In June, the mayor filed a
    report showing the city had spent $3 million in 2030"): the past
    perfect tells a time before the main event, what the report covers,
    and the sentence's row would be dated by it, not by the filing.  After
    a verb of saying ("said on Monday she had moved in 2030") the past
    perfect is the reported event itself, and keeps its date."""
    verb = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    root = ent.sent.root
    if verb is None or verb.i == root.i or verb.tag_ != "VBN" or root.tag_ != "VBD" \
            or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
            or root.lemma_.lower() in REPORTING | TELLING \
            or verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in _TIME_PARTS:
        return False  # "began in 2012 when she had visited in 2011": a clause on a time tells of that time
    inside = {t.i for t in verb.subtree}
    return any(_a_date(c) and _POINT_IN_TIME.search(" ".join(t.text for t in c.subtree))
               for c in root.children if c.i not in inside)


_CONDITIONS = frozenset({"if", "unless"})
_HEDGES = frozenset("presumably possibly perhaps maybe conceivably probably likely".split())
_MAY_BE = frozenset("would could might may".split())


def _a_race_still_to_run(ent) -> bool:
    """Whether the date is the year of a race for an office that a clause
    not in the past names (`_RACE_BEFORE`: "is not a candidate for mayor
    in 2031", "is running for governor in 2031"): when the vote is, not
    when anything the sentence tells happened ("was a candidate for mayor
    in 2019" tells a run gone, in its year)."""
    text, sent = nlp.text_of(ent.doc), ent.sent
    return bool(_RACE_BEFORE.search(text, max(sent.start_char, ent.start_char - _RACE_REACH), ent.start_char)) \
        and _tense(ent) != "past"


_OUGHT = frozenset({"should", "ought"})


def _advised(ent) -> bool:
    """Whether the date times a verb told with "should" or "ought to" ("the
    council should wait until at least 2031 to vote"): what someone holds
    ought to happen, an opinion, not an event or a schedule.  Only a year
    or a month: a near day ("suggested the town should build one today")
    is the speaker's own, and dates the saying."""
    if not _POINT_IN_TIME.search(ent.text) or dates.WEEKDAY_WORD.search(ent.text):
        return False
    verb = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in verb.children)


def _in_an_open_question(ent) -> bool:
    """Whether the date times a verb in a clause "whether" opens ("the panel
    asks whether the firm paid him in 2031", "is unsure whether the vote
    will be held on May 2"): a question, which tells no event, only what
    is asked or doubted.  A date on a noun in it ("unclear whether calls
    on May 2 came from her") tells when that thing was, which is not in
    doubt."""
    prep = next((t for t in (ent.root, *ent.root.ancestors) if t.dep_ == "prep"), None)
    if prep is None or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children)
               for t in (prep.head, *prep.head.ancestors))


def _hypothetical(ent) -> bool:
    """Whether the date's verb is told with "would", "could", "might" or
    "may" under a condition ("If she won, she would run in 2031") or a
    hedge ("she would presumably run in 2031"): what may happen if
    something else does is no event, past or to come."""
    verb = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in _MAY_BE for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children)


_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "pcomp"})


def _a_year_beside_a_weekdays_news(ent) -> bool:
    """Whether the date is a bare year inside a subordinate clause ("after
    two aides were charged for falsifying ballots in 2016", "whose panel has
    studied the 2016 vote") in a sentence that dates its news by a weekday
    outside that clause ("Leaders on Friday urged ..."): the year is of the
    clause's background, and the sentence, told of a day that year does not
    hold, is no event of it.  "In 2016 the council met on a Friday" has
    both on one verb, and stays; so does a year beside the weekday of a
    document that a participle dates ("..., according to a survey released
    on Wednesday"): that day is the source's, not the news's."""
    found = dates.explicit(ent.text)
    if found is None or found[0] != "y" or _reported(ent.root) and not _dates_a_noun(ent.root):
        return False
    weekdays = [e for e in ent.sent.ents if e.label_ in ("DATE", "TIME") and dates.WEEKDAY_WORD.search(e.text)
                and not dates.explicit(e.text) and not _of_a_document(e.root)]
    return bool(weekdays) and any(not any(_clause_span(verb).start <= w.start < _clause_span(verb).end
                                          for w in weekdays) for verb in _subordinate_verbs(ent.root))


_SHOWING = TELLING | frozenset("show reveal indicate find".split())
"""Verbs of saying or showing, whose clause is what a speaker or a record
tells ("returns released Friday, showing that they earned $9 million in
2016"): a year in it dates what is told, as in "said Friday that ..."."""


def _reported(word) -> bool:
    """Whether `word` sits in the clause a verb of saying or showing takes
    (`_SHOWING`).  A year labelling a noun there ("said Monday that the
    2016 vote must be a priority") still tells no event of its own."""
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in _SHOWING for t in word.ancestors)


def _of_a_document(word) -> bool:
    """Whether the nearest verb above `word` is a past participle on a noun
    ("a survey released on Wednesday", "the report published Friday")."""
    verb = next((t for t in word.ancestors if _a_verb(t)), None)
    return verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl"


def _subordinate_verbs(word) -> list:
    """The verbs above `word` that head a clause under another: a clause on
    a noun, of time or manner, after a preposition, or one opened by a
    conjunction of time (which a parse gone wrong may leave as the root:
    "..., after officers were indicted in 2016" made the main verb)."""
    return [t for t in word.ancestors if _a_verb(t) and (t.dep_ in _SUBORDINATE or any(
        c.dep_ == "mark" and c.lower_ in _WHILE for c in t.children))]


def _clause_span(verb):
    """The stretch of its sentence the clause `verb` heads covers: its
    subtree, or, for a root a conjunction opens (`_subordinate_verbs`),
    from that conjunction to the sentence's end."""
    if verb.dep_ != "ROOT":
        return verb.doc[verb.left_edge.i:verb.right_edge.i + 1]
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ in _WHILE)
    return verb.doc[mark.i:verb.sent.end]


_GENERIC = frozenset({"you", "one"})
_PERMITTING = frozenset("can may must should".split())


def _a_rule_for_anyone(ent) -> bool:
    """Whether the date's verb tells what anyone can or must do ("in 2031,
    you can put in up to $9,000", "one must file by May"): a standing
    rule for the year, not an event of it."""
    verb = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    if verb is None:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _GENERIC for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in _PERMITTING for c in verb.children)


def _a_date(child) -> bool:
    """Whether a verb's dependent `child` is a date: "Thursday" of "said
    Thursday", or the "on" of "on Thursday" or of "on Tuesday night"."""
    if child.dep_ in ("npadvmod", "tmod"):
        return _dated(child)
    return child.dep_ == "prep" and any(g.dep_ == "pobj" and _dated(g) for g in child.children)


def _dated(word) -> bool:
    """Whether `word` is a date, or a part of a day its compound dates
    ("Tuesday night")."""
    return word.ent_type_ == "DATE" or word.lemma_.lower() in _TIME_PARTS and any(
        c.dep_ == "compound" and c.ent_type_ == "DATE" for c in word.children)


def _on_a_noun(token) -> bool:
    """Whether the nearest verb above `token` heads a clause that describes
    a noun ("Americans killed in ...", "who died in ..."), not the
    sentence's own event."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ in ("acl", "relcl")


_ASIDE = frozenset({"relcl", "appos"})
"""Not a participle's aside ("O'Rourke, campaigning in South Carolina on
Friday night, told reporters ..."): that is most often when the sentence's
event happened."""


def _describes_subject(ent) -> bool:
    """Whether the date sits in a relative clause or an apposition set off
    by commas on the sentence's subject ("Mr. Calderón, who was president
    from 2006 until 2012, went on to argue ..."; "Ms. Roe, mayor since
    2019, said ..."): it dates the subject's past, not the sentence's
    event.  An aside on another noun can be the event ("... echo those of
    his successor, who a week ago asserted ...")."""
    token = _aside_of(ent)
    if token is None:
        return False
    left, subject = token.left_edge, _aside_owner(token.head)
    # Set off by a comma between the subject and its verb (a parse may hang a
    # trailing apposition on the subject: "..., the agreement to which was penned in 2015"),
    # or after a subject that follows its verb ("..., said Gov. Branstad, who used
    # Mr. Ailes as a consultant in 1986").
    return subject.dep_ in ("nsubj", "nsubjpass") and left.i > 0 and left.nbor(-1).text == "," \
        and (token.i < subject.head.i or subject.i > subject.head.i)


def _between_a_subject_and_its_verb(ent) -> bool:
    """Whether the date sits in a clause "who" or "which" opens after a
    comma, following a subject with no verb of its own, and a comma
    closes it right before the sentence's main verb ("The city's Toughest
    Judge, who reopened the old county jail in 1997 and has backed the law,
    said ..."): the subject's past, as `_describes_subject` finds it,
    told by the commas when the parse does not hang the clause on the
    subject (a split word, "re - instituted", may make a wreck of it)."""
    doc, sent, root = ent.doc, ent.sent, ent.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i <= ent.end:
        return False
    verb = min([root.i, *(c.i for c in root.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < root.i)])
    if doc[verb - 1].text != "," or any(t.text == "," for t in doc[ent.end:verb - 1]):
        return False
    opening = next((t for t in reversed(doc[sent.start + 2:ent.start])
                    if t.lower_ in ("who", "which") and doc[t.i - 1].text == ","), None)
    return opening is not None and not any(t.text == "," for t in doc[opening.i:ent.start]) \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                    for t in doc[sent.start:opening.i - 1])


_STATE_TAGS = frozenset({"JJ", "VBN"})


def _a_state_of_the_subject(ent) -> bool:
    """Whether the date sits in an adjective or past participle set off by
    commas on the sentence's subject, before its verb ("Ms. Roe, elected
    in 2019, said ...", "Mr. Ode, retired and living abroad since 2010,
    wrote ..."): it dates how the subject came to be what it is, not the
    sentence's event.  Not a present participle ("Ms. Roe, campaigning in
    Leeds on Friday, said ..."): that is most often the event's own time."""
    modifier = _state_modifier(ent)
    if modifier is None:
        return False
    subject = modifier.head
    left = modifier.left_edge
    return subject.dep_ in ("nsubj", "nsubjpass") and left.i > 0 and left.nbor(-1).text == "," \
        and subject.i < modifier.i < subject.head.i


def _state_modifier(ent):
    """The adjective or past participle on a noun ("amod", "acl") the date
    sits under, one joined to it by "and" taken back to it ("lesbian and
    married since 2012"), or None when a verb of the sentence's own comes
    first."""
    for token in ent.root.ancestors:
        if token.dep_ in ("amod", "acl") and token.tag_ in _STATE_TAGS:
            return token
        if token.dep_ == "conj" and token.head.dep_ in ("amod", "acl") and token.head.tag_ in _STATE_TAGS:
            return token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "acl", "conj"):
            return None
    return None


def _aside_of(ent):
    """The relative clause or apposition the date sits in, the outermost
    when one is inside another ("Mr. McCabe, a veteran agent who joined the
    bureau in 1996 ..., was named ...": on what the outer one is on), or
    None when a verb of the sentence's own comes first."""
    for token in ent.root.ancestors:
        if token.dep_ in _ASIDE:
            while token.head.dep_ in _ASIDE and token.head.i != token.i:
                token = token.head
            return token
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in _WITHIN_ASIDE:
            return None
    return None


def _aside_beside_an_event(ent) -> bool:
    """Whether the date sits in an aside set off by a comma on a noun whose
    verb tells an event of its own time, gone or to come ("A photo of Ann
    Lind, who died Friday, was shown ...", "paid tribute to her brother,
    who died late Friday", "wrote Berg, who will be named the nominee next
    month"): the date is the aside's, not that event's.  Under a verb in
    the present the aside's may be the news ("The remarks echo those of
    her rival, who in March rejected the plan", "are working on a pipeline,
    the agreement to which was signed in 2015"), and an aside on a time
    tells of that time ("could fare well on Super Tuesday, when 15 states
    vote on March 1")."""
    token = _aside_of(ent)
    if token is None or token.left_edge.i == 0 or token.left_edge.nbor(-1).text != ",":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False  # "rewriting a speech, to be given Friday": what the thing is for, placed by `_tense`
    owner = _aside_owner(token.head)
    verb = _verb_above(owner)
    if verb is None or owner.ent_type_ in ("DATE", "TIME") or owner.lemma_.lower() in _TIME_PARTS:
        return False
    return _tense_of_verb(verb) in ("past", "future")


def _in_a_clause_on_a_nested_noun(ent) -> bool:
    """Whether the date sits in a clause on a noun ("who died Monday", "used
    in the attack last year", "she received in April") that is itself held
    deeper than the sentence's event: in a phrase on another noun ("queries
    about donations she received in April", "a stop at the club in Leeds,
    where two men were hurt on May 2"), on the object of a gerund in a
    phrase ("jailed for selling a car that was stolen in May") or inside a
    clause of condition, reason or time ("if the firm did not unlock the phone used in the
    attack last year"), the clause's verb perhaps under one it completes
    ("has other questions than the ones he dodged last year"), while the sentence's own verb tells an event of its
    own time, gone, to come or going on now ("is now cutting costs,
    including at a unit, which it bought in 2017"): the date is the
    background's, not that event's.  A clause to be done ("a speech to be given Friday") is placed
    by `_tense`."""
    clause = next((t for t in (ent.root, *ent.root.ancestors) if _a_verb(t)), None)
    while clause is not None and clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "the ones he dodged last year": the clause is the refusing
    if clause is None or clause.dep_ not in ("relcl", "acl") or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    noun, root = clause.head, ent.sent.root
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_PARTS or not _a_verb(root) \
            or _quote_between(ent.doc, clause.i, ent.root.i):
        return False  # a verb inside a quoted title ("the series “Orange Is the New Black” on May 29") is none
    on_a_noun = noun.dep_ == "pobj" and noun.head.head.i != noun.head.i and _nominal(noun.head.head)
    # A gerund in a phrase is a clause as well: "convicted for his part in
    # supplying a drug that led to a death in 2011" dates the death.
    in_a_clause = any(t.dep_ in ("advcl", "pcomp") for t in noun.ancestors)
    # A participle on a noun in a phrase is most often of the event's own
    # time ("won three quarters of the votes cast in 2012", "in an interview
    # with the paper published Monday"); a clause with a verb of its own is
    # the background ("of the arrests that happened in 2000").
    deep = in_a_clause or on_a_noun and clause.dep_ == "relcl"
    return deep and (_tense_of_verb(root) in ("past", "future") or _ongoing(root) or _now_or_planned(root))


def _ongoing(verb) -> bool:
    """Whether `verb` is a present progressive ("is now cutting costs"): an
    event of now, whose time a clause on a noun inside it does not give.
    The simple present is left out: it often tells what a record shows
    ("the video shows a man who can be seen on March 17"), whose date is
    that of the event shown."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


_NOW = frozenset("currently now still presently".split())


def _now_or_planned(verb) -> bool:
    """Whether `verb` is a simple present that says its time is now
    ("currently sits at 60 percent") or governs an infinitive, a plan or
    a wish of now for later ("plans to send her in the coming weeks"): an
    event of its own time, unlike a present that tells what a record shows."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or verb.lemma_.lower() in REPORTING:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _NOW for c in verb.children) \
        or any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
               for c in verb.children)


_REASON = frozenset("because although though whereas".split())
"""Conjunctions that open a clause of reason or concession: why the event
happened or what stood against it, not when."""


def _in_a_clause_of_reason(ent) -> bool:
    """Whether the date sits in a clause of reason or concession ("resigned
    because the papers seemed to contradict her promise in 2019",
    "although the plant opened in 2012, it closed ...") while the
    sentence's own verb tells an event of its own time: the date is the
    cause's, not that event's."""
    root = ent.sent.root
    if not _a_verb(root) or _tense_of_verb(root) not in ("past", "future"):
        return False
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REASON for c in t.children)
               for t in (ent.root, *ent.root.ancestors))


def _inside_a_clause_of_time(ent) -> bool:
    """Whether the date sits in a clause held inside a clause of time
    ("After Ms. Lind told him that she had served during the 2012 drought,
    he wrote ...", "resigned after it emerged that he had lied in 2019")
    while the sentence's own verb tells an event of its own time: the date
    is of what the earlier event was about, not of either event.  Right
    in the clause of time it still dates ("After she left in 2012, ...")."""
    root = ent.sent.root
    if not _a_verb(root) or _tense_of_verb(root) not in ("past", "future"):
        return False
    clauses = [t for t in (ent.root, *ent.root.ancestors) if t.dep_ in _CLAUSES]
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WHILE for c in t.children)
               for t in clauses[1:])


_WHILE = _UNTIL | {"as", "while", "since", "whenever"}
"""Conjunctions that open a clause of time ("than" opens one of
comparison: "pays out more than it takes in this year, which will ...")."""


_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})
"""Where a noun stands: a word tagged as a verb there ("made an impromptu
stop at ...": the parse's "stop") is a noun all the same."""


def _a_verb(token) -> bool:
    """Whether `token` is a verb heading a clause, not one the parse tags so
    in a noun's place (`_NOMINAL`)."""
    return token.pos_ in ("VERB", "AUX") and not (token.tag_ == "VB" and token.dep_ in _NOMINAL)


def _nominal(token) -> bool:
    """Whether `token` is a noun, or a word tagged as a bare verb in a
    noun's place (`_a_verb`)."""
    return token.pos_ in ("NOUN", "PROPN", "PRON") or token.pos_ == "VERB" and not _a_verb(token)


def _aside_owner(noun):
    """The noun an aside on `noun` is on: `noun` itself, or, when `noun`
    ends a phrase inside an apposition ("said Ann Lind, a donor in Ohio,
    who headed ...": the parse hangs the clause on "Ohio"), the noun that
    apposition is on."""
    outer = noun
    while outer.dep_ in ("pobj", "prep") and outer.head.i != outer.i:
        outer = outer.head
    return outer.head if outer is not noun and outer.dep_ == "appos" else noun


_WITHIN_ASIDE = frozenset({"ccomp", "xcomp", "pcomp", "conj"})
"""A verb a clause's own verb governs ("who helped Mr. Ailes start Fox News
20 years ago"), joins ("who ran the firm and has given since ...") or
takes after a preposition ("since retiring in 2010"): still inside the
aside."""


def _between_dashes(ent) -> bool:
    """Whether the date sits in a stretch a pair of dashes sets off in its
    sentence, away from the sentence's main verb, with a verb of its own
    ("Himself a former executive — he owned the Generals between 1983 and
    1986 — Trump offered ..."): an aside, not the sentence's event."""
    sent, dashes = ent.sent, ("—", "–", "--")
    before = [t.i for t in ent.doc[sent.start:ent.start] if t.text in dashes]
    after = [t.i for t in ent.doc[ent.end:sent.end] if t.text in dashes]
    if not (before and after) or before[-1] < sent.root.i < after[0]:
        return False
    # A clause of its own between them; "made a month before -- on March 26,
    # 2009 -- to Ray Mabus" only sets off the main verb's date.
    return any(t.pos_ in ("VERB", "AUX") for t in ent.doc[before[-1] + 1:after[0]])


_DAY_WORDS = frozenset(dates.WEEKDAYS) | {"today", "tomorrow", "yesterday"}
_OPENING = frozenset("\"“‘'(:—–-")


def _a_titled_name(ent) -> bool:
    """Whether a relative date's words are all capitalised inside a
    sentence ("went on CBS's Next Week to defend ...", "a segment of Last
    Year Today"): a programme's or a work's name, not a date.  A month or
    a weekday is capitalised anyway, a date's first word at the start of a
    sentence or a quotation too; the words after it are not, so there they
    still make a name ("said on “This Week.”", "On “This Week,” he said"),
    unless the whole sentence is in capitals (a headline)."""
    words = [t for t in ent if t.is_alpha]
    if not words or any(t.lower_ in dates.MONTHS or t.lower_ in dates.WEEKDAYS for t in words):
        return False
    if any(t.like_num for t in ent) or not all(t.is_title for t in words):
        return False
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if before is not None and before.text not in _OPENING:
        return True
    return len(words) > 1 and any(t.is_alpha and t.is_lower for t in ent.sent if not ent.start <= t.i < ent.end)


def _a_named_thing(ent) -> bool:
    """Whether a month alone is set beside a noun as its name, with words
    of its own ("Ms. Lind's group, March for Justice in Ohio, plans ..."):
    the name of a group or an event, not a time; a date beside a noun is
    one of its own ("the deadline, May 5, passed")."""
    month = ent.root
    words = [t for t in ent if t.pos_ != "DET"]
    if len(words) != 1 or month.lower_ not in dates.MONTHS or month.dep_ != "appos":
        return False
    noun = month.head
    named = any(c.dep_ == "prep" for c in month.children)
    return named and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME") \
        and noun.lemma_.lower() not in _TIME_PARTS


def _a_given_name(ent) -> bool:
    """Whether a month word is part of someone's name ("Georgia May
    Jagger", "Lady in white: January Jones visited ..."): a capitalised word
    that is no date after it, and before it a name's word, a mark or nothing
    ("In May Obama visited" stays a date)."""
    doc = ent.doc
    for token in ent:
        before = doc[token.i - 1] if token.i > token.sent.start else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        named = before is None or before.pos_ == "PROPN" and before.is_title or before.is_punct
        if token.lower_ in dates.MONTHS and named and after is not None and after.is_alpha and after.is_title \
                and after.lower_ not in dates.MONTHS and after.lower_ not in dates.WEEKDAYS:
            return True
    return False


def _in_a_name(ent) -> bool:
    """Whether the day word is part of a name, not a day: "NBC's Today
    show" (capitalised within a sentence), "Super Tuesday", "Easter
    Sunday" (a word before it makes one name with it), a programme's
    quoted title ("an interview on “Fox News Sunday.”")."""
    if len(ent) != 1 or ent.root.lower_ not in _DAY_WORDS:
        return False
    day, doc = ent.root, ent.doc
    before = doc[day.i - 1] if day.i > day.sent.start else None
    if before is None or before.text in _OPENING:
        return False
    if day.lower_ in ("today", "tomorrow", "yesterday"):
        return day.text[0].isupper()
    if any(child.dep_ in ("compound", "amod") and child.i < day.i and child.text[:1].isupper()
           and child.ent_type_ not in ("DATE", "PERSON", "ORG") for child in day.children):
        return True
    return _ends_quoted_title(doc, day)


def _ends_quoted_title(doc, day) -> bool:
    """Whether `day` ends a run of capitalised words a quotation mark opens
    and one closes right after ("“Fox News Sunday.”")."""
    i = day.i - 1
    while i >= day.sent.start and doc[i].text[:1].isupper():
        i -= 1
    after = doc[day.i + 1:day.i + 3]
    closes = any(t.text in ("\"", "”") for t in after)
    return i < day.i - 1 and i >= 0 and doc[i].text in ("\"", "“") and closes


_NOT_YET = re.compile(r"(?:almost|nearly|not yet|approaching)\s", re.I)


def _not_yet(ent) -> bool:
    """Whether the date is one not reached ("it is already almost July",
    said in late June): the time of writing, not a date of its own."""
    return bool(_NOT_YET.match(ent.text.strip())) and not _DURATION.match(ent.text)


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})


def _nowadays(ent) -> bool:
    """Whether "today" means nowadays: on a verb in the simple present or
    the present perfect ("the views of Democrats today are different",
    "the flashpoint it has become today"), or in the present passive
    ("today the mill is run by a trust"), not on a day's event ("said
    today", "will vote today", "today's story distorts ...")."""
    if ent.text.strip().lower() != "today" or any(c.dep_ == "case" for c in ent.root.children):
        return False  # "Today's story distorts ...": that day's
    verb = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and _untensed_on_a_subject(verb):
        # "the failure to grasp the risks today is plain neglect", "ignoring them today is ...":
        # a clause with no tense of its own, the subject of the verb above, takes that verb's time
        verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBZ", "VBP") and not helpers or verb.tag_ == "VBN" and bool(helpers & {"has", "have"}) \
        or verb.tag_ == "VBN" and bool(helpers) and helpers <= _PRESENT_BE  # "today the mill is run by ...": a state


def _untensed_on_a_subject(verb) -> bool:
    """Whether `verb` has no tense of its own (an infinitive, a gerund) and
    its clause is the subject of the verb above or hangs on that subject
    ("the failure to grasp the risks", "ignoring the dangers"), not a
    goal of it ("plans to meet them today")."""
    if verb.tag_ not in ("VB", "VBG") or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                             for c in verb.children):
        return False
    if verb.dep_ == "csubj":
        return True
    return verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass")


def _background(ent) -> bool:
    """Whether the date sits in a relative clause inside another ("... the
    Whittington Lecture, named for an associate dean who was killed on the
    airplane that crashed into the Pentagon on Sept. 11, 2001"; "the police
    chief who was in charge during the protests that rocked that city in
    1999"), or in a clause of time inside one ("a bakery he owned after he
    left the army in 2009"): the background of a background, never the
    sentence's event.  One clause deep it may be ("the canal project, which
    was agreed in 2015").  Of the devset's 3,191 dates, 14 are left out
    this way, and the clauses of time leave out 3 events more."""
    clauses = _clauses_above(ent.root)
    return clauses.count("relcl") >= 2 or "relcl" in clauses[1:]


def _clauses_above(word) -> list[str]:
    """The relative ("relcl") and adverbial ("advcl") clauses `word` sits
    in, innermost first; a clause joined to a relative clause by "and" with
    a relative pronoun of its own ("who fled after he was ousted and who on
    March 28 issued a call") is that clause's sibling, one deep as it is,
    however the parser hangs it (on the clause of time inside it)."""
    above, found = list(word.ancestors), []
    at = 0
    while at < len(above):
        token = above[at]
        relative = next((i for i in range(at + 1, len(above)) if above[i].dep_ == "relcl"), None)
        if token.dep_ == "conj" and _has_relative_pronoun(token) and relative is not None:
            found.append("relcl")
            at = relative + 1
            continue
        if token.dep_ in ("relcl", "advcl"):
            found.append(token.dep_)
        at += 1
    return found


def _has_relative_pronoun(verb) -> bool:
    """Whether `verb`'s subject is a relative pronoun ("who", "which")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _compared_with(ent) -> bool:
    """Whether the date is the other side of a comparison ("voted in lower
    numbers than in 2012", "worse than life today", "compared with 3
    percent in 2010", "higher than it was before the strike in 2019"):
    the event is the one compared, not the date's.  Not
    a bound in time ("no later than May 11"), nor the one thing a negation
    singles out ("none more bitterly than at the 1980 congress").  Right
    after "than" and a noun ("worse than the harvest today"), whatever the
    parse."""
    doc = ent.doc
    than = next((t for t in reversed(doc[max(ent.sent.start, ent.start - 4):ent.start]) if t.lower_ == "than"), None)
    if than is not None and doc[ent.start - 1].pos_ == "NOUN" \
            and all(t.pos_ in ("DET", "ADJ", "NOUN") for t in doc[than.i + 1:ent.start]):
        return _a_comparison(than)
    for token in ent.root.ancestors:
        if token.lower_ == "than":
            return _a_comparison(token)
        if token.lemma_.lower() == "compare" and token.tag_ == "VBN":
            return True
        if token.pos_ in ("VERB", "AUX"):
            return _a_compared_clause(token)
    return False


def _a_compared_clause(verb) -> bool:
    """Whether `verb` heads a clause opened by "than" on a comparative
    ("remains higher than it was before the strike in 2019"): the other
    side of the comparison, whose date is the yardstick, not the event.
    Not a comparison in time ("later than it was in May")."""
    than = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "than"), None)
    return than is not None and verb.dep_ == "advcl" and verb.head.tag_ in ("JJR", "RBR") \
        and verb.head.lower_ not in _TIME_COMPARATIVES


_LIKENING = frozenset("similar comparable equal akin equivalent likened compared close".split())
_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})


def _likened_to(ent) -> bool:
    """Whether the date follows, within its noun's phrase, a thing the
    event is likened to ("rated as bad as the flood of 1953", "put it on a
    par with the flood in 1953", "a storm similar to the one in 1953"):
    the thing's time, not the event's."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > ent.sent.start else None
    noun_end = ent.start - 1 if before is not None and before.pos_ == "NOUN" else ent.start - 2
    if noun_end <= ent.sent.start or doc[noun_end].pos_ not in ("NOUN", "PROPN", "PRON") \
            or noun_end == ent.start - 2 and before.lower_ not in ("in", "of"):
        return False
    at = noun_end
    while at > ent.sent.start and doc[at].pos_ in _NOUN_PHRASE and ent.start - at < 10:
        at -= 1
    marker, previous = doc[at], doc[at - 1]
    two_back = doc[at - 2] if at - 2 >= ent.sent.start else None
    return marker.lower_ == "with" and previous.lower_ == "par" \
        or marker.lower_ == "as" and previous.pos_ in ("ADJ", "ADV") and two_back is not None \
        and two_back.lower_ == "as" \
        or marker.lower_ == "to" and previous.lower_ in _LIKENING


def _a_comparison(than) -> bool:
    """Whether `than` compares the date's thing with the event's, not
    bounds the event in time or singles it out."""
    degree, doc = than.head, than.doc
    singled = any(t.lower_ in _NONE for t in doc[max(than.sent.start, than.i - 4):than.i])  # "none more badly than"
    return degree.lower_ not in _TIME_COMPARATIVES and degree.head.lower_ not in _NONE and not singled


_TIME_COMPARATIVES = frozenset("later earlier sooner".split())
_NONE = frozenset("none nothing nobody neither".split())


def _of_a_thing_before_or_after(ent) -> bool:
    """Whether the date is a span in a phrase on a noun the event is before
    or after ("after the border war between 1990 and 1992, the country
    turned inward"): the thing's time, which the event is not in, and its
    start the farthest from it.  One day is most often the event's own
    ("left the gym after a workout on May 2")."""
    root = ent.root
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None  # "between ... and ..." is one
    if prep is None or prep.dep_ != "prep" or not _a_span(ent):
        return False
    noun = prep.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before") \
        and noun.lemma_.lower() not in _TIME_PARTS and noun.ent_type_ not in ("DATE", "TIME")


_ENDS = frozenset("to until till through thru into".split())


def _a_span(ent) -> bool:
    """Whether the date is a span ("between 1990 and 1992", "from 2009 to
    2014", "2009-2014")."""
    doc = ent.doc
    inside = any(t.lower_ in _ENDS or t.lower_ == "and" or t.text in "-–" for t in ent)
    return inside or ent.end < len(doc) and doc[ent.end].lower_ in _ENDS


_BELOW = frozenset({"relcl", "acl", "advcl"})


def _a_state_as_of_in_a_clause_below(ent) -> bool:
    """Whether the date follows "as of" in a clause that describes a noun or
    sets a time or reason for the main one ("removed from most of the
    stations on which they ran as of 2019"): the day a state is measured
    on, a baseline of the sentence's event, not when it happened.  In
    the main clause ("As of 2019, the firm employed 400 people") the state
    is the news, dated as it is."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 2].lower_ != "as" or doc[ent.start - 1].lower_ != "of":
        return False
    return any(t.dep_ in _BELOW for t in (ent.root, *ent.root.ancestors))


def _a_baseline(ent) -> bool:
    """Whether the date is a "from" with no end after it, on a word of
    change ("turnout dropped 40 percent from 2012", "is up sharply from
    2012"): where a change is measured from, not when it happened.  A span
    ("from 1994 to 2005", "from March until June") still dates its start,
    and a thing's "from" its origin ("a leaked tape from 2005")."""
    root, doc = ent.root, ent.doc
    if root.dep_ != "pobj" or root.head.lower_ != "from" or root.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return False
    before = doc[root.head.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nummod" for c in before.children):
        return False  # right after a noun that counts nothing, whatever the parse: "a tape from 2005"
    return not _a_span(ent)


def _reference_point(doc, ent) -> bool:
    """Whether the date is only a yardstick for the sentence's event: "the
    first visit since 2015" happened later than 2015, not in it; so did
    "the largest margin since Reagan's 1984 run", "four of the ten
    justices since 1946 friendliest to business" and "higher than in any
    year since 2004" ("has grown since 2012" still dates the growth)."""
    if _in_a_yardstick_clause(ent):
        return True
    after_since = ent.start > 0 and doc[ent.start - 1].lower_ == "since"
    labelled = ent.root.dep_ in ("compound", "nummod", "amod", "nmod") and ent.root.head.head.lower_ == "since"
    if not (after_since or labelled or ent.root.head.lower_ == "since"):
        return False
    return bool(_YARDSTICK.search(ent.sent.text))


def _in_a_yardstick_clause(ent) -> bool:
    """Whether the date sits in a "since" clause on a noun a superlative
    or "first" singles out ("the first such rescue since the navy came to
    the aid of the town in 2000"): the clause is the yardstick, its date
    the last time, not the event's."""
    for token in ent.root.ancestors:
        if token.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "since"
                                                             for c in token.children):
            noun = token.head
            return noun.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("amod", "advmod") and _YARDSTICK.fullmatch(c.text) for c in noun.children)
    return False


_YARDSTICK = re.compile(r"\b(first|last|only|\w+est|most|least|ever|any)\b", re.I)
"""Words that make a "since" date a yardstick: a superlative, "ever", "any"."""


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _a_day_gone_named_now(ent, anchor: dates.Anchor | None) -> bool:
    """Whether a year-less day of a month ("March 3") that, placed in the
    nearest year, falls before the article's date sits in a clause told in
    the simple present ("the failure to see the danger before March 3 is
    understandable", "they spread March 3 conspiracy theories"): a present
    says what holds now, so a day gone in it names a thing or a time of
    the past ("the March 3 attacks" of years ago as often as of this
    month), which the text does not date, not an event of the sentence.
    So does a day that labels a thing in the present perfect ("has spread
    March 3 conspiracy theories")."""
    if anchor is None or dates.month_and_day(ent.text) is None or dates.WEEKDAY_WORD.search(ent.text) \
            or _SHIFTS.search(ent.text):
        return False
    nearest = dates.resolve(ent.text, anchor)
    if nearest is None or nearest.date >= anchor.date.isoformat():
        return False
    verb = next((t for t in ent.root.ancestors if t.tag_ in _FINITE
                 or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children)), None)
    if verb is None or verb.lemma_.lower() in REPORTING or _across_a_quote(ent, verb):
        return False  # not a verb of a quoted title ("the drama 'Nights Are Long' on May 29")
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and helpers and helpers <= {"has", "have"}:
        # "has often pushed March 3 conspiracy theories": the present perfect tells no
        # time of its own, so a day that labels a thing is the thing's, of whichever year
        return _dates_a_noun(ent.root)
    return verb.tag_ in ("VBZ", "VBP") and not helpers


def _ahead_of_a_past(ent, resolved: dates.Resolved, anchor: dates.Anchor | None) -> bool:
    """Whether a date after the day the article speaks from belongs to a
    sentence told in the past: a target or a hypothesis, not when its
    event happened ("voted for a delay from 2018 to 2020", "on what could
    bring him to run in 2020, Cuban demurred", "warned that the money would
    not arrive before September", "argued for a candidate who can win in
    November").  What a
    past sentence announces with "will" ("said the vote will be held on
    Nov. 8") or schedules in the present ("met in the last debate before
    the voters kick off the primaries Monday") is still a date to come.
    A date that labels a thing the past verb acts on ("called November's
    vote a turning point", "had rallied ahead of next Tuesday's vote") is
    the thing's, to come, and the event is gone."""
    if anchor is None or anchor.precision != "day" or anchor.weak and not anchor.after_publication:
        return False
    if resolved.date <= anchor.date.isoformat()[:len(resolved.date)]:
        return False
    label = _dates_a_noun(ent.root)
    if label and _acts(_labelled(ent.root)):
        return False  # "the Dec. 28 meeting was scheduled": the meeting's own date
    verb = _verb_of(ent.root)
    if verb is None:
        return False
    tense, root = _tense_of_verb(verb), ent.sent.root
    if label:
        return tense == "past" and _tense(ent) != "future"  # not "has grown bitter ahead of Saturday's vote"
    if tense == "past":
        return True
    told_in_past = verb.i != root.i and root.pos_ in ("VERB", "AUX") and _tense_of_verb(root) == "past"
    will = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & _FUTURE
    return told_in_past and not will and tense != "present" and not _before_a_clause_to_come(verb)


_HOPING = frozenset("hope hop wish feel guess imagine suspect".split())
"""Verbs of hoping or sensing what may come, which `_FORECASTING` holds:
a thing their clause's subject names ("is hoping Saturday's vote will
lift her") is no less dated for being hoped about."""
_FORECASTING = frozenset("predict forecast foresee prophesy speculate project bet wager think believe reckon".split()) \
    | _HOPING
"""Verbs whose clause tells what someone thinks (or hopes) will happen,
not what is planned or scheduled ("expect" and "plan" are as often a
schedule: "the vote is expected in March"); "think", "believe" and "hope"
only of a clause to come ("I think in 2030 we can do without it", "she
hopes the club will keep him until 2030", "feeling he can play on until
2030").  The parse's lemma of "hopes", "hoped", "hoping" is "hop", a verb
that takes no clause."""
_EXPECTING = frozenset("expect anticipate".split())
"""Verbs of forecasting when, active, they take a clause with a subject
of its own ("the group expects prices to rise in 2030"; in the past,
"expected him to run in 2012", what may not have happened); of their own
subject ("the firm expects to open in May") or passive ("is expected in
March") they tell a plan or a schedule."""
_AIMING = frozenset("aim plan target envisage envision seek intend pledge promise vow propose want hope".split())
"""Verbs of a plan or a wish: a deadline under them ("envisaged raising
revenue by 2030") is a target."""
_POSSIBLE = frozenset("can could may might would".split())
_BOUND = frozenset("due require oblige schedule set slate suppose order need".split())
"""Words of a duty or a schedule: a deadline in the clause they take ("are
due to meet the cuts by February 2018", "is required to close by 2019")
is one to meet, not when it was met."""


def _forecast(ent) -> bool:
    """Whether the date sits in the clause of a verb of forecasting and
    that clause is to come ("Kuo predicted that the firm will switch in
    2020", "analysts forecast prices to fall next year", "I think in 2030
    we can live without it", "the group expects prices to rise in 2030"),
    in a figure forecast ("analysts predicted a price of $40 in 2030"), or
    is a deadline not told as met (`_a_target`): the date is the
    forecast's or the aim's, not when anything the sentence reports
    happened or will surely happen."""
    if _a_forecast_figure(ent) or _a_target(ent) or _on_a_standing_forecast(ent):
        return True
    subject = False
    for token in (ent.root, *ent.root.ancestors):
        if token.dep_ in ("ccomp", "xcomp") and _forecasting(token):
            return not (subject and token.head.lemma_.lower() in _HOPING) and any(
                c.dep_ == "aux" and (c.lower_ in _FUTURE | _POSSIBLE or c.lower_ == "to") for c in token.children)
        subject = subject or token.dep_ in ("nsubj", "nsubjpass")
        if token.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "ROOT"):
            return False
    return False


_PRESENT = frozenset({"VBP", "VBZ"})


def _on_a_standing_forecast(ent) -> bool:
    """Whether the date hangs by a preposition on a verb of forecasting
    told in the present ("economists predict faster growth in 2031", "the
    bank forecasts a deficit in 2032"): a forecast held now dates what it
    foresees, not the act of foreseeing, which a year does not place.  Told
    in the past it may date either ("he predicted the crash in 2008": the
    memo's year), so that one is left to the rules of a forecast clause.
    Not "think", "believe" and the verbs of hoping, whose present is as
    often an opinion of the past ("they believe in 2008 the fund lied")."""
    root = ent.root
    while root.dep_ == "conj":  # "in 2031 and 2032"
        root = root.head
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    verb = root.head.head
    return verb.tag_ in _PRESENT and verb.lemma_.lower() in _FORECASTING - _HOPING - _OPINING


_OPINING = frozenset("think believe reckon".split())
"""Verbs of `_FORECASTING` that as often tell an opinion of what is, or
was, as a forecast."""


def _forecasting(clause) -> bool:
    """Whether the verb `clause` hangs on forecasts it: a verb of
    forecasting, or an active "expect" of a clause with its own subject."""
    verb = clause.head
    if verb.lemma_.lower() in _FORECASTING:
        return True
    return verb.lemma_.lower() in _EXPECTING and verb.tag_ in ("VBZ", "VBP", "VBD") \
        and any(c.dep_ == "nsubj" for c in clause.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass", "aux") for c in verb.children)


def _a_forecast_figure(ent) -> bool:
    """Whether the date is in a figure a verb of forecasting takes as its
    object ("predicted a typical fare of $12 in 2035"); not a thing
    foreseen ("predicted the crash in 2008")."""
    obj = next((t for t in ent.root.ancestors if t.dep_ == "dobj"), None)
    if obj is None or obj.head.lemma_.lower() not in _FORECASTING:
        return False
    return any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for t in obj.subtree
               if not ent.start <= t.i < ent.end)


def _a_target(ent) -> bool:
    """Whether the date follows "by" on a verb told with a modal or "will"
    ("would make sure the town runs on wind by 2035") or a verb a verb of
    aiming, duty or schedule takes ("envisaged raising revenue by 2030",
    "are due to meet the cuts by 2018"): a deadline to
    meet, not when anything happened.  Met, it dates ("by 2015 it had
    doubled", "managed to double it by 2015")."""
    root = ent.root
    verb = _verb_above(root.head) if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    if verb is None:
        return False
    told = [verb, verb.head] if verb.dep_ in ("ccomp", "xcomp") and verb.tag_ != "VBD" else [verb]
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE | _POSSIBLE for v in told for c in v.children):
        return True  # "would ensure the mill runs on wind by 2030": the modal of the clause it is in
    return verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "ccomp") \
        and verb.head.lemma_.lower() in _AIMING | _BOUND


def anchor_for(article: Article) -> dates.Anchor | None:
    """The date the article speaks from: its stated publication date, or a
    weak anchor from its text (latest full date, else latest year), or None."""
    stated = parse_day(article.published) if article.published else None
    if stated:
        # A doubtful date (a file's name, a page header) is the day the
        # file was saved or the page viewed, on or after the one written.
        doubtful = article.date_note is not None
        return dates.Anchor(date=stated, weak=doubtful, after_publication=doubtful)
    return latest_stated("\n".join((article.title or "", article.text, *captions(article))))


CAPTION = MEDIA_CAPTION
"""The cleaner's rule for the photo captions it takes out."""


def captions(article: Article) -> tuple[str, ...]:
    """The photo captions the cleaner took out of `article`.  A photo is
    taken before the text that shows it is written, so the dates a caption
    gives ("FILE - In this Nov. 3, 2014 file photo ...", "... leaves the
    court on Monday, Feb. 2, 2015") bound the article's date from below as
    the text's own do, and often more tightly: the text itself may name
    only the year of some older event."""
    return tuple(r.text for r in article.removals if r.rule == CAPTION and r.action == "removed")


def date_anchor(article: Article) -> DateAnchor | None:
    """`anchor_for(article)` as the digest keeps it (`models.DateAnchor`)."""
    anchor = anchor_for(article)
    if anchor is None:
        return None
    return DateAnchor(date=anchor.date.isoformat(), weak=anchor.weak, precision=anchor.precision)


_ATTRIBUTIVE = re.compile(r"\bthe $", re.I)
_GONE_BEFORE = re.compile(r"\b(?:after|since|following)\s+the\s+$", re.I)
"""A label's year after "after the", "since the", "following the" ("after
the 2011 shooting"): a thing gone before what the text tells, so its year
bounds the text (a label is otherwise as often of a cycle to come)."""
_LOWER_NEXT = re.compile(r" [a-z]")
_RACE_BEFORE = re.compile(r"\b(?:running|(?<!['’]s )run|seeking|seek|candidates?|themselves|himself|herself)"
                          r"\s+(?:both\s+)?for\s+(?:[\w.'’-]+\s+){0,9}?"
                          r"(?:president|presidency|office|governor|mayor|senate|congress|parliament"
                          r"|re-?election|white\s+house)\s+in\s+$", re.I)
"""A race for an office before its year ("a candidate for president in
2012", "is running for governor in 2016", "hopes to run at once for
mayor and the state Senate in 2031", "may seek both a second term and
re-election in 2031"... up to a few words between): the year of the
vote, which a text tells of most often before it comes; not someone's
run ("Roe's run for governor in 2008"), most often one gone."""
_RACE_REACH = 100
"""Characters before a year searched for its race (`_RACE_BEFORE`)."""
_DONE_NEXT = re.compile(r" (?:[A-Z][\w'’.-]*\s+){0,6}(?:Act|Law|Statute|Treaty)\b"
                        r"| (?:[a-z-]+ )?(?:laws?|acts?|statutes?|treat(?:y|ies)|rulings?|verdicts?|attacks?|shootings?"
                        r"|bombings?|massacres?|earthquakes?|crash|victory|victories|win|defeat|loss|killings?"
                        r"|assassinations?|invasion|coup|uprising)\b")
"""A year labelling a thing done once its year came: a law or treaty
("the 1962 Harbour Dues Act", "a 1962 law"), a ruling, an
attack, a victory or a defeat ("a surprise 2010 victory").  Unless a
modal follows (`_MODAL_AFTER`: "a 2031 win would ..."), its year is gone
when the text is written, so it bounds the text as it is, not a year back
as a label that may name a cycle to come (`_label`)."""


_PROJECTED = re.compile(r"\b(?:will|won['’]t|shall|would|can|(?:could|may|might)(?!\s+have\b)|going to|plans? to|aims? to|hopes? to"
                        r"|expects?|expected|predicts?|predicted|projects|projected|forecasts?|envisag(?:es|ed)"
                        r"|is to|are to|is due|are due|scheduled|slated|poised|set to|set for)\b"
                        r"|\b(?:by|ahead of|in advance of|run-up to|heading into|in time for) $")
"""Words that make a sentence's year one still to come (or hoped for):
an undated article is bounded only by the years it reports.  A year left
out this way only loosens the bound ("not before 2018"), never falsifies
it.  In lower case only ("May 2019" is a date); "by 2030" is most often a
target, and "ahead of 2030", "in the run-up to 2030" a time the
sentence's event comes before, which may not have come.  Not "could
have", "may have", "might have": a past the writer is unsure of ("may have played a part in the 2001 attacks")."""


_NEAR = 150         # characters before a year that may hold the verb it goes with
# At 100, "I'm going to be remaining as the chair of the ... Committee as
# President Obama has asked me to do until January 21, 2017" (a 2016 story)
# bounded its article "not before 2017"; at 150 that false bound goes, and on
# the devset's 288 story articles one true but idle bound (1979, "who served
# from 1967 to 1979" after "will become", in a 2013 story) with it.
_CLOSED_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"]")


_PROGRESSIVE_AHEAD = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b[^,;]*\b(?:in|for)\s+$", re.I)
"""The progressive with a year after "in"/"for" in its clause: a plan ("is
standing for the council in 2031"), not a report of that year."""
_SHORTENED = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
"""The stem of a word shortened with stops: an initial or "U.S"."""


def _projected(text: str, at: int) -> bool:
    """Whether the year at `at` is one still to come: a modal or future
    word in the same sentence, near it ("can extend his career until 2022"),
    or the progressive of a plan ("is standing for mayor in 2031"), not in a
    quotation closed before it ("“I will ...,” Trump said on July 27,
    2016")."""
    near = max(0, at - _NEAR)  # searched back no further: a text without stops must cost no more
    clause = _CLOSED_QUOTE.sub(" ", text[_sentence_start(text, near, at):at])
    return bool(_PROJECTED.search(clause) or _PROGRESSIVE_AHEAD.search(clause))


def _sentence_start(text: str, near: int, at: int) -> int:
    """Where the sentence holding `at` starts, looked for no further back
    than `near`: after the last stop or line break, a stop that ends a
    shortened title or initials ("Dr.", "U.S.") ending none."""
    start = near
    # A stop before a word in lower case ends no sentence ("in Dover, Del. in 2031"): a shortened word.
    for stop in re.finditer(r"\.\s(?![ \t]*[a-z])|\n", text[near:at]):
        word = text[near:near + stop.start()].rsplit(None, 1)[-1:] if stop.group(0)[0] == "." else []
        stem = word[0].lstrip("(\"“‘'") if word else ""
        if stem.lower() not in ABBREVIATED_TITLES and not _SHORTENED.fullmatch(stem):
            start = near + stop.end()
    return start


_LABEL_NEXT = re.compile(r" [A-Za-z]")
_DATING = re.compile(r"(?:\b(?:in|of|since|by|from|to|until|till|during|before|after|through|between|and|or|early"
                     r"|late|mid|around|spring|summer|fall|autumn|winter)|[\d-]|\d,|\b" + dates.MONTH_WORD
                     + r",)\s*$", re.I)
"""What before a year makes it a date: a preposition, a season, a day's
number ("May 3, 2019") or a month and a comma; not any comma ("As the
findings came out, 2020 Democrats ...": a label after a clause)."""


_A_PERIOD_NEXT = re.compile(r" (?:[a-z]+ )?(?:year|season|quarter|semester|session)\b")
"""A year labelling a period ("the 2021 school year", "the 2019 season"):
a time, which dates what the sentence tells, not a thing named."""
_MODAL_AFTER = re.compile(r"[^,;:.!?“”\"]{0,30}?\b(?:will|won['’]t|shall|can|could|may|might|would|going to)\b")
"""A modal or future word right after a year, in its clause ("in 2030 we
can live on less"): a year to come, or a hope."""
_NAME_BEFORE = re.compile(r"[^.!?:“\"\s]\s+(?!(?i:" + "|".join(sorted(dates.MONTHS)) + "|"
                          + "|".join(sorted(dates.WEEKDAYS)) + r"|in|on|by|of|for|from|since|to|until|before|after"
                          r"|during|between|and|or|the|spring|summer|autumn|fall|winter|christmas|easter|fiscal|early"
                          r"|late|mid)\b)[“\"]?[A-Z][a-z]+\s$")
"""A capitalised word right before a year, in a sentence's middle, and
no month, season, holiday or preposition ("the Vision 2030 plan",
"Expo 2020"): the year is part of a name."""


_CONDITION_AFTER = re.compile(r"[^,;:.!?“”\"]{0,60}?\b(?:if|unless)\b", re.I)
"""A condition later in a year's clause ("the favourite for the 2031
mayoral race if he stands"): what the year dates may never come."""


def _modal_after(text: str, match: re.Match) -> bool:
    """Whether the year `match` follows "in" or "by" (when something
    happens, not a thing's label: "the 2018 final will be replayed") and
    a modal or future word follows it in its clause, with no comma
    between (`_MODAL_AFTER`)."""
    return bool(re.search(r"\b(?:in|by)\s+$", text[max(0, match.start() - 4):match.start()], re.I)) \
        and bool(_MODAL_AFTER.match(text, match.end()))


def _label(text: str, match: re.Match) -> bool:
    """Whether the year `match` names a thing rather than dating anything:
    right before a word, after no preposition, comma or number ("2020
    Democrats", "his 2016 campaign", "several 2020 presidential
    candidates").  Such a label may name a cycle still to come: of 31
    BASIL articles whose latest year is one, 9 ran ahead of their story
    (8 by a year: "2020 candidates" in 2019), so it bounds an undated
    article a year before it.  With that, 8 false bounds go and 21 true
    ones are a year looser."""
    return bool(_LABEL_NEXT.match(text, match.end())) and not _A_PERIOD_NEXT.match(text, match.end()) \
        and not _DATING.search(text, max(0, match.start() - 8), match.start())


_THE_MONTH_BEFORE = re.compile(r"(?<!\bafter )(?<!\bsince )(?<!\bfollowing )\bthe\s+" + dates.MONTH_WORD + r"\s+$",
                               re.I)
"""A month after "the", not after "after the", "since the", "following
the" (a thing gone before what the text tells, as in `_GONE_BEFORE`)."""


def _a_months_label(text: str, match: re.Match) -> bool:
    """Whether the year `match`, after a month, is part of what "the"
    names ("the November 2020 election", "the May 2019 report"): a label,
    which may be of a thing still to come.  A month and year are otherwise
    a date, never a label to take a year off ("elected in January 2009 to
    lead", "a September 2010 study found"), whatever word follows them."""
    return bool(_LOWER_NEXT.match(text, match.end())) \
        and bool(_THE_MONTH_BEFORE.search(text, max(0, match.start() - 20), match.start()))


_STOP = re.compile(r"\.(?!\s*\d)")
"""A full stop, which the phrase of a date cannot reach back past: not the
point of a month cut short before its day ("Nov. 22, 2015")."""


_NOMINEE_NEXT = re.compile(r" (?:[A-Za-z-]+ ){0,3}nominees?\b")
"""A year naming whose nominee someone is ("the party's 2031 vice-presidential
nominee", "the 1972 Liberal presidential nominee"): a party names its nominee
in the year of the vote, so that year had come when the text was written,
unless a word of doubt comes before it (`_MAYBE_BEFORE`)."""
_MAYBE_BEFORE = re.compile(r"\b(?:likely|probable|possible|potential|prospective|expected|would-be|future)\s+$", re.I)
"""Words that make a nominee one not yet named ("the likely 2032 nominee")."""


def _done_by_name(text: str, match: re.Match) -> bool:
    """Whether the year `match` labels a thing done by its year (`_DONE_NEXT`,
    or a race's nominee, `_NOMINEE_NEXT`) with no modal after it in its
    clause."""
    done = _DONE_NEXT.match(text, match.end())
    if done is None and not _MAYBE_BEFORE.search(text, max(0, match.start() - 14), match.start()):
        done = _NOMINEE_NEXT.match(text, match.end())
    return bool(done) and not _MODAL_AFTER.match(text, done.end())


_SUM_BEFORE_SPAN = re.compile(r"\W{0,3}(?:(?:over|in|for|during|across)\s+)?(?:the\s+(?:years|period)\s+)?$", re.I)
"""What may stand between a sum of money and the stretch of years it is
counted over ("$40 million over 2031-2035", "€3bn for the years 2031 to
2035")."""
_SUM_REACH = 40  # characters before a stretch of years that may hold its sum


def _sums_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of years (`dates.spans`) in `text` that
    a sum of money is counted over ("saves $40 million from 2031 to 2040"):
    a budget's or a forecast's window, most often told before its years
    have passed, so neither end bounds when the text was written.  A sum
    paid over years gone ("paid $2 million between 1990 and 1995") loses
    its bound with it, which only loosens the bound."""
    windows = []
    for start, end, _first, _last in dates.spans(text):
        before = text[max(0, start - _SUM_REACH):start]
        # "shed 40 pounds between 1998 and 2001": a weight, unless a sign says money.
        sums = [a for a in find_amounts(before) if a.unit in CURRENCIES and not a.text.lower().endswith("pounds")]
        if sums and _SUM_BEFORE_SPAN.fullmatch(before, sums[-1].end):
            windows.append((start, end))
    return windows


def latest_stated(text: str) -> dates.Anchor | None:
    """The latest full date in `text` as a weak anchor, else (or when a later
    year is mentioned) its latest year."""
    days, months, years, previous, ahead = [], [], [], 0, 0
    windows = _sums_windows(text)
    for match in re.finditer(r"\b(?:19|20)\d{2}\b", text):
        if any(start <= match.start() < end for start, end in windows):
            continue  # "$40 million from 2031 to 2040": a budget's window, its years often still to come
        # The date phrase ending at this year, not reaching back past the last year.
        chunk = text[max(previous, match.start() - 40):match.end()]
        previous = match.end()
        gone = bool(_GONE_BEFORE.search(text, max(0, match.start() - 14), match.start())) or _done_by_name(text, match)
        if _ATTRIBUTIVE.search(text, max(0, match.start() - 4), match.start()) and not gone and \
                _LOWER_NEXT.match(text, match.end()) and not _A_PERIOD_NEXT.match(text, match.end()):
            continue  # "the 2020 election", "the 2013 overhaul": a label, past or to come, no date reported
        if _RACE_BEFORE.search(text, max(0, match.start() - _RACE_REACH), match.start()):
            continue  # "is running for governor in 2018": the race's year, most often still to come
        if _CONDITION_AFTER.match(text, match.end()):
            ahead = max(ahead, int(match.group(0)))
            continue  # "the favourite for the 2031 race if he runs": what the year dates may never come
        if _projected(text, match.start()) or _modal_after(text, match):
            continue  # "he can extend his career until 2022": a year to come, no bound on when the text was written
        if _NAME_BEFORE.search(text[max(0, match.start() - 30):match.start()]):
            continue  # "Vision 2030", "Expo 2020": a name's year, a target's or an event's, no date reported
        found = dates.explicit(_STOP.split(chunk)[-1].split("\n")[-1])
        if found and found[0] in ("ymd", "mdy", "dmy"):
            days.append(parse_day(found[1]))
        elif found and found[0] == "my":
            if _a_months_label(text, match) and not gone:
                continue  # "the November 2020 election": a label, past or to come, as "the 2020 election"
            years.append(int(found[1][:4]))
            if int(found[1][:4]) <= dt.date.today().year:
                months.append(found[1])
        elif found:
            years.append(int(found[1][:4]) - (_label(text, match) and not gone))
    days = [d for d in days if d]
    plausible = [y for y in years if y <= dt.date.today().year]
    # A full date is the better anchor unless the text speaks of a later
    # month ("on March 26, 2009 ... in June and July of 2009": July) or year.
    if days and max(days).year + 1 < ahead:
        # A year under a condition well after the latest full date ("the
        # 2034 race if she runs", beside "Sept. 4, 2011"): that date is an
        # old one the text recalls, not one near its writing, so it places
        # no month.  Not a target's year ("by 2030"), which may lie decades on.
        return dates.Anchor(date=dt.date(max([max(days).year, *plausible]), 7, 1), weak=True, precision="year")
    if days and (not plausible or max(days).year >= max(plausible)):
        later = max((m for m in months if m > max(days).isoformat()[:7]), default=None)
        if later is not None:
            return dates.Anchor(date=dt.date.fromisoformat(later + "-01"), weak=True, precision="month")
        return dates.Anchor(date=max(days), weak=True)
    if not plausible:
        return None
    # "then-minister ... in 2023" tells us the article looks back on 2023.
    # Only the hyphened title counts: "and then met ... in 2019" is the adverb, no sign of hindsight.
    latest = max(plausible) + int(bool(re.search(rf"\bthen-[^.]*\b{max(plausible)}\b", text)))
    return dates.Anchor(date=dt.date(latest, 7, 1), weak=True, precision="year")


def _stretch_of(text: str, ent) -> tuple[str, str] | None:
    """(first date, words) of the stretch of time (`dates.spans`) the date
    `ent` is one end of ("paid $3 million between 2003 and 2007", "from
    2007 to 2014", which the parse may give as two dates), or None: an
    event over a period starts at its first end, and its date's words say
    the whole period; or that holds the whole stretch ("the months of June
    and July of 2009")."""
    sent = ent.sent
    for start, end, first, _last in dates.spans(text[sent.start_char:sent.end_char]):
        start, end = sent.start_char + start, sent.start_char + end
        if start <= ent.start_char and ent.end_char <= end or ent.start_char <= start and end <= ent.end_char:
            return first, text[start:end]
    return None


def _event(article: Article, start: int, end: int, ent, resolved: dates.Resolved,
           expression: str | None = None) -> Event:
    expression = expression or ent.text.split("\n")[0].strip()
    return Event(date=resolved.date, text=article.text[start:end], expression=expression,
                 approximate=resolved.approximate, sources=(article.source(start, end),))


def _quote_closed(article: Article, sent) -> int:
    """Where the sentence `sent` ends, or, when the parser ended it inside a
    quotation ("... told the crowd that, “I don't want a summary of the
    report!"), the end of the parser sentence that closes it, at most
    `sentences.QUOTED_SENTENCES` on (a paragraph's end still clips it)."""
    start, end, doc = sent.start_char, sent.end_char, sent.doc
    for _ in range(sentences.QUOTED_SENTENCES - 1):
        if not sentences.opens(article.text[start:end]) or sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        end = sent.end_char
    return end


def _quote_opened(article: Article, sent) -> int:
    """Where the sentence `sent` starts, or, when the parser started it
    inside a quotation opened in an earlier sentence of its paragraph
    ("“We stand with you. We love you ... pray today ...,” Trudeau added"),
    the start of the parser sentence that opens it, at most
    `sentences.QUOTED_SENTENCES` back; where no such sentence is found, `sent`'s own."""
    floor = article.paragraphs[article.paragraph_at(sent.start_char)].start if article.paragraphs else 0
    if not sentences.opens(article.text[floor:sent.start_char]):
        return sent.start_char
    doc, earlier = sent.doc, sent
    for _ in range(sentences.QUOTED_SENTENCES - 1):
        if earlier.start == 0 or doc[earlier.start - 1].idx < floor:
            break
        earlier = doc[earlier.start - 1].sent
        if not sentences.opens(article.text[floor:max(earlier.start_char, floor)]):
            return max(earlier.start_char, floor)
    return sent.start_char


def _clip(article: Article, start: int, end: int, inside: int) -> tuple[int, int]:
    """The sentence span kept inside the paragraph holding `inside` (spaCy's
    sentences may run across a paragraph break), trimmed of spaces."""
    if article.paragraphs:
        paragraph = article.paragraphs[article.paragraph_at(inside)]
        start, end = max(start, paragraph.start), min(end, paragraph.end)
    text = article.text[start:end]
    return start + len(text) - len(text.lstrip()), start + len(text.rstrip())


def _is_duration(text: str) -> bool:
    """True for "two-day", "the last 45 years", "every year": spans, not dates."""
    if re.search(r"\b(19|20)\d{2}\b", text) or dates.MONTHS.get(text.strip().lower()):
        return False
    if re.search(r"\bevery\b|\b\d+-(hour|day|week|month|year)\b|-long\b|\bdecades?\b", text, re.I):
        return True
    return bool(_DURATION.search(text)) and not _SHIFTS.search(text.replace("the last", "").replace("the past", ""))


def _asks(sentence: str) -> bool:
    """A question in the writer's own words states no event: "If the
    material was too sensitive to share months ago, what changed on
    Wednesday?" is no row of a timeline.  A statement that ends on a
    question it quotes or announces ("Nuland said in a Sept. 14 email that
    ... "why would we want to feed that?", "... put on notice Wednesday: No
    tax-cut extension?") still reports an event."""
    return sentence.rstrip(" )").endswith("?") and not _QUOTING.search(sentence)


def _in_a_quoted_question(text: str, start: int, end: int, ent) -> bool:
    """Whether the date stands in a question someone is quoted asking ("“Why
    not show them on Friday?” she told the crowd"): a question tells no
    event, whoever asks it.  The quoted sentence holding the date is the
    question when the first mark ending a sentence after the date is "?"
    ("“We vote on Friday. Why wait?”" tells when the vote is)."""
    if not sentences.opens(text[start:ent.start_char]):
        return False
    stop = _SENTENCE_END.search(text, ent.end_char, end)
    return stop is not None and stop.group() == "?"


_CLOSING = re.compile(r"[”\"]")


def _quoted_beside_a_saying(text: str, doc, start: int, end: int, ent) -> bool:
    """Whether a date with its year stands inside a direct quotation while
    a verb of saying stands outside it ("“Nothing changed after the 2019
    flood,” said Ms. Lind"; "she stated, “... by 2030 we will ...”"): a
    year quoted is of the history or the target the words speak of, not
    of the saying the sentence tells."""
    if dates.explicit(ent.text) is None:
        return False  # "“We vote next week,” she said": the speaker's near days are the news, told as of then
    if not sentences.opens(text[start:ent.start_char]) or not _CLOSING.search(text, ent.end_char, end):
        return False  # a mark opened and never closed ("the “shoe closet\" in Ohio on May 2") is no quotation
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in REPORTING
                                    and not sentences.opens(text[start:t.idx]) for t in span)


_SENTENCE_END = re.compile(r"[.?!](?=[\s\"“”'’)]|$)")


_QUOTING = re.compile(r"[\"“”‘’:]|(?<!\w)'|'(?!\w)")


def _has_verb(doc, start: int, end: int) -> bool:
    """Headlines and signature lines state no event; a sentence has a verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(token.pos_ in ("VERB", "AUX") for token in span)


def parse_day(value: str | None) -> dt.date | None:
    """The date an ISO string ("2021-04-08...") starts with, or None."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None

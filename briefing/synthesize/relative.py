"""Relative time in printed text, resolved: a sentence and its article in,
the sentence with each "last week", "on Wednesday", "next year" followed by
the date it means, in brackets, out.

- The article states its publication date: "last week [5–11 April 2021]",
  "on Wednesday [7 April 2021]" (a bare weekday is the latest such day on
  or before the article's date, or the next one when its clause is still
  to come); "last Friday [c. 2 April 2021]" may mean either of two weeks.
- The article states a date in doubt (from a page header or its file's
  name): "on Wednesday [c. 7 April 2021]".
- The article is undated but its text bounds it (it was written no earlier
  than the latest full date it reports): "last week [not before 8 March 2021]".
- Nothing bounds it: no bracket in the text ("date unknown" in the
  timeline's date column).  Only the latest year the text mentions (as
  often decades old as the text) bounds it: "this year [not before 2012]",
  and no bracket for a week or a day.

`window(expression, article)` gives the bracket's words alone, for the
timeline's date column.  Nothing here guesses a date the text does not
support; the words say which case applies.

A bare weekday read alone is the last such day, but the events stage reads
it by its verb's tense ("will vote Tuesday", written on a Thursday, is the
Tuesday after): where that reading is at hand (`readings`), the bracket
gives it, so the brief names one day for one phrase.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterable

from ..distill import events
from ..distill.dates import COUNT_WORD, YEAR_IN_TEXT, count_of, days_told, sunday_paper
from ..models import Article, Event, Removal, Source
from ..language.labels import human_date

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "(?:" + "|".join(d.title() for d in _WEEKDAYS) + ")"  # matched case-blind below
_UNITS = r"(week|weekend|month|year|summer|winter|spring|autumn|fall)"
RELATIVE = re.compile(
    r"\b(?:(?:" + _DAY + r"\s+(?:of\s+)?(?:last|next|this)\s+week"
    r"(?!['’]s))"  # not "Monday of last week's vote": the week owns the vote, the weekday stands alone
    r"|(?:last|next|this|past|previous|coming)\s+" + _DAY
    + rf"|(?:last|next|this|past|previous|coming)\s+{_UNITS}\b(?!\s+of\b)"  # not "the last week of the race"
    rf"|(?:earlier|later)\s+this\s+(?:week|month|year)"
    r"|" + COUNT_WORD + r"\s+(?:day|week|month|year)s?\s+ago"
    r"|yesterday|today|tomorrow|tonight"
    r"|" + _DAY + r"(?!,?\s+(?:\d|[A-Z][a-z]+\s+\d)))\b",
    re.I)
UNKNOWN = "date unknown"
_NEAR = frozenset({"yesterday", "today", "tomorrow", "tonight"})
_LEADS = frozenset("on last next this by since until till from before after early late".split())


def annotate(text: str, article: Article | None, readings: dict[str, str] | None = None) -> str:
    """`text` with every relative time expression followed by its bracket
    (left as it is when already annotated or when it holds none);
    `readings` (`readings()`) are the events stage's days for its weekdays;
    a word they leave unplaced ("") gets no bracket."""
    if not text or not RELATIVE.search(text):
        return text
    out, last = [], 0
    for match in RELATIVE.finditer(text):
        if not _is_time(match, text) or text[match.end():match.end() + 2].lstrip().startswith("[") \
                or _in_quotation(match, text):
            continue  # someone's own words are printed as they said them
        # "next month's summit": the bracket follows the possessive.
        end = match.end() + (2 if text[match.end():match.end() + 2] in ("'s", "’s") else 0)
        words = _bracket(match, text, article, (readings or {}).get(match.group(0).lower()))
        if words is None:
            continue
        out.append(text[last:end] + f" [{words}]")
        last = end
    return "".join(out) + text[last:]


def _bracket(match: re.Match, text: str, article: Article | None, reading: str | None) -> str | None:
    """The words of `match`'s bracket in `text`, or None for no bracket: a
    day the events stage could not place (`reading` ""), and a bare weekday
    or near day ("today") the article's date does not fix, get none, rather
    than "[date unknown]" or a bound weeks or years before the day, beside a
    word the reader can date as well; a bare weekday the events stage did not
    read is read by its clause's tense (`_to_come`)."""
    expression = match.group(0)
    if reading == "":
        return None
    if _told_before(match, text):
        return _year_before_one_told(match, text)
    pointlike = _bare_weekday(expression) or expression.lower() in _NEAR
    if pointlike and not _fixed(article):
        return None
    if reading is None and _bare_weekday(expression) and _to_come(text, match.start()):
        if _anchor(article).weak:
            return None  # a day to come from a date in doubt: which week, the text does not say
        reading = _next_on_or_after(_anchor(article).date, _bare_weekday(expression))
    words = window(expression, article, reading)
    return None if words == UNKNOWN else words  # "last weekend [date unknown]" tells no more than the words


def _told_before(match: re.Match, text: str) -> bool:
    """Whether `match` is "the previous year" (month, week): the one before
    a time the sentence tells, not before the article's date."""
    return match.group(0).lower().startswith("previous") and bool(re.search(r"\bthe\s+$", text[:match.start()], re.I))


def _year_before_one_told(match: re.Match, text: str) -> str | None:
    """For "the previous year", the year before the last year its sentence
    names before it ("in 2017, up from the previous year": 2016); None for
    a month or week, or when the sentence names no year."""
    sentence = re.split(r"[.!?]\s", text[:match.start()])[-1]
    years = YEAR_IN_TEXT.findall(sentence)
    return str(int(years[-1]) - 1) if years and match.group(0).lower().endswith("year") else None


def _fixed(article: Article | None) -> bool:
    """Whether `article` gives the day it speaks from: a stated date, or one
    in doubt (a file's name), not a bound from the dates its text reports."""
    anchor = _anchor(article)
    return anchor is not None and anchor.precision == "day" and (not anchor.weak or _doubted(article))


_TO_COME = re.compile(
    r"\b(?:will|shall|won['’]t|going\s+to|set\s+to|scheduled|expected\s+to|due\s+to|plans?\s+to|planned)\b"
    r"|['’]ll\b|\b(?:postponed|delayed|moved|pushed\s+back|put\s+off)\s+(?:\S+\s+){0,3}?(?:to|until|till)\s+$", re.I)
"""Words that put a clause's act after the time it is told."""


def _to_come(text: str, at: int) -> bool:
    """Whether the clause that ends with the weekday at `at` in `text` is
    told as still to come ("will vote on Tuesday", "was postponed to
    Friday"); the clause runs back to the last comma or stop."""
    clause = re.split(r"[,.;:!?—–]", text[:at])[-1]
    return bool(_TO_COME.search(clause))


def _next_on_or_after(anchor: dt.date, weekday: str) -> str:
    """The ISO day of the first `weekday` on or after `anchor`."""
    return (anchor + dt.timedelta(days=(_WEEKDAYS.index(weekday) - anchor.weekday()) % 7)).isoformat()


def _in_quotation(match: re.Match, text: str) -> bool:
    """Whether `match` lies between quotation marks in `text` (“...”, or
    straight marks with an odd count before it and one after)."""
    before, after = text[:match.start()], text[match.end():]
    curly = max(before.rfind("“"), before.rfind("”"))
    if curly >= 0 and before[curly] == "“" and "”" in after:
        return True
    return before.count('"') % 2 == 1 and '"' in after


def by_article(events: Iterable[Event], unplaced: Iterable[tuple[str, int, str]] = ()) -> dict[str, tuple]:
    """`events` by each article they cite, for `readings`, with the day
    words each article leaves unplaced (`Digest.unplaced`), given as
    (article id, start offset, word)."""
    found: dict[str, tuple[list[Event], list[tuple[int, str]]]] = {}
    for event in events:
        for article in dict.fromkeys(s.article for s in event.sources):
            found.setdefault(article, ([], []))[0].append(event)
    for article, start, word in unplaced:
        found.setdefault(article, ([], []))[1].append((start, word))
    return {article: (tuple(listed), tuple(words)) for article, (listed, words) in found.items()}


def unplaced_of(digests) -> Iterable[tuple[str, int, str]]:
    """The day words the `digests` leave unplaced, for `by_article`."""
    return ((d.article.id, start, word) for d in digests for start, word in d.unplaced)


def readings(events: dict[str, tuple], sources: Iterable[Source]) -> dict[str, str]:
    """The days the events stage read for the bare weekdays ("tuesday") of
    the passages `sources` point at: {weekday: ISO day}, from the events
    (`by_article`) whose own passage overlaps one of them, and "" for a
    weekday or a near day ("today") it left unplaced there (its bracket
    then says the date is unknown); a word read two ways is left out (the
    bracket then falls back to the last such day)."""
    spans = [(s.article, s.start, s.end) for s in sources]
    found: dict[str, set[str]] = {}
    for article in {a for a, _, _ in spans}:
        listed, words = events.get(article, ((), ()))
        for event in listed:
            if len(event.date) == 10 and any(s.article == a and s.start < end and start < s.end
                                             for s in event.sources for a, start, end in spans):
                for day, date in _weekdays_read(event.expression or "", event.date).items():
                    found.setdefault(day, set()).add(date)
        for at, word in words:
            if any(a == article and start <= at < end for a, start, end in spans):
                found.setdefault(word, set()).add("")
    return {day: dates.pop() for day, dates in found.items() if len(dates) == 1}


_WEEKDAY_RUN = re.compile(r"(?:from\s+|on\s+)?([A-Za-z]+day)(?:['’]s)?"
                          r"((?:\s*(?:to|through|thru|until|till|and|or|-|–)\s*[A-Za-z]+day)*)", re.I)


def _weekdays_read(expression: str, date: str) -> dict[str, str]:
    """The weekdays of an event's `expression` and their ISO days, given its
    `date`, the first one's: "Tuesday" -> {"tuesday": date}; a run
    ("Tuesday to Friday", "Monday and Wednesday") gives each later day the
    first such day after the one before it; {} for anything else."""
    match = _WEEKDAY_RUN.fullmatch(expression.strip())
    days = [match[1]] + re.findall(r"[A-Za-z]+day", match[2]) if match else []
    if not days or any(d.lower() not in _WEEKDAYS for d in days):
        return {}
    read, when = {}, dt.date.fromisoformat(date)
    for day in (d.lower() for d in days):
        when += dt.timedelta(days=(_WEEKDAYS.index(day) - when.weekday()) % 7)
        read[day] = when.isoformat()
    return read


def _bare_weekday(expression: str) -> str | None:
    """"Tuesday", "on Tuesday", "Tuesday's" -> "tuesday"; None for anything
    else ("last Tuesday", "Tuesday, March 1")."""
    match = re.fullmatch(r"(?:on\s+)?([A-Za-z]+day)(?:['’]s)?", expression.strip())
    return match[1].lower() if match and match[1].lower() in _WEEKDAYS else None


def has_relative(text: str) -> bool:
    """True when `text` holds a relative time expression."""
    return any(_is_time(m, text) for m in RELATIVE.finditer(text or ""))


def window(expression: str, article: Article | None, reading: str | None = None) -> str:
    """The dates `expression` ("last week") covers for `article`, in words;
    a bare weekday's is `reading` (an ISO day the events stage read by its
    verb's tense) when given, and unknown when `reading` is "" (`readings`)."""
    anchor = _anchor(article)
    if anchor is None or reading == "":
        return UNKNOWN  # no anchor, or a day the events stage read as one the article's date does not give
    if reading and len(reading) == 10 and _bare_weekday(expression) and anchor.precision == "day" \
            and (not anchor.weak or _doubted(article)):
        # A stated date fixes its week; a loose one (a file's) leaves the day
        # "about" then, unless the text names that day by its date too.
        loose = anchor.weak and not events.weekday_told_by_date(expression, reading[:10], _days_told(article.text))
        return ("c. " if loose else "") + human_date(reading[:10])
    span = _span(expression.lower(), anchor.date, sunday_paper(anchor))
    if span is None:
        return UNKNOWN
    first, last, loose = span
    if anchor.precision == "year":
        return _years_bound(expression.lower(), anchor.date.year)
    if anchor.weak and not _doubted(article):
        return f"not before {human_date(first.isoformat())}"
    # A stated date in doubt (a page header's, a file name's) is about when
    # the article speaks from, not a bound: its relative dates are about then.
    return ("c. " if loose or anchor.weak else "") + _range(first, last)


_A_YEARS_WORDS = re.compile(r"(?:(?:earlier|later)\s+)?(?P<step>this|last|past|previous|next|coming)\s+year$")


def _years_bound(expression: str, year: int) -> str:
    """The bracket of "this year", "last year" or "next year" in a text
    written no earlier than `year` (the latest year it mentions): "not
    before" that year, the one before or the one after; any other phrase
    (a weekday, "last week") gets `UNKNOWN`, for against a year alone,
    as often decades old as the text, no day or week is placed
    (`dates.resolve`)."""
    match = _A_YEARS_WORDS.fullmatch(expression)
    if match is None:
        return UNKNOWN
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match["step"], 0)
    return f"not before {year + step}"


@lru_cache(maxsize=512)
def _days_told(text: str) -> frozenset[tuple[int, int]]:
    """`dates.days_told` of an article's `text`, found once per article."""
    return days_told(text)


def _doubted(article: Article | None) -> bool:
    """Whether `article` states a publication date that its note doubts."""
    return article is not None and bool(article.published) and bool(article.date_note)


def is_bounded(article: Article | None) -> bool:
    """True when `article`'s relative dates are bounded by its text rather
    than set by a stated publication date."""
    anchor = _anchor(article)
    return anchor is not None and (anchor.weak or anchor.precision != "day")


def _anchor(article: Article | None):
    if article is None:
        return None
    return _cached_anchor(article.id, article.published, article.date_note, article.title, article.text,
                          events.captions(article))


@lru_cache(maxsize=512)
def _cached_anchor(_id, published, date_note, title, text, captions):
    removals = tuple(Removal(action="removed", rule=events.CAPTION, text=caption) for caption in captions)
    return events.anchor_for(Article(id=_id, source_path="", sha256="", text=text, paragraphs=(),
                                     title=title, published=published, date_note=date_note, removals=removals))


def _is_time(match: re.Match, text: str) -> bool:
    """Weekday names count only when capitalized ("Friday", not "friday prayers" in lower case);
    neither they nor a capitalized "Today" count inside a name ("Fox News Sunday", "USA Today"),
    nor a capitalized "Today" alone in quotation marks (a programme: NBC's "Today" show), nor one in
    capitals in ordinary text ("TODAY's Matt Lauer"), nor words after the
    first in title case ("Last Week Tonight")."""
    word = match.group(0)
    first = word.split()[0].lower()
    if any(w[0].isupper() and w.lower() not in _WEEKDAYS for w in word.split()[1:]) and not text.isupper():
        return False  # "Last Week Tonight", ABC's "This Week": a name in title case, not a time
    if first in _NEAR and word[0].isupper() and _alone_in_marks(match, text):
        return False  # NBC's "Today" show, he told "Today.": a programme's name
    if first in _NEAR and word.isupper() and not text.isupper():
        return False  # "told TODAY's Matt Lauer": a name in capitals in lower-case text
    if first in _WEEKDAYS and _opens_title(match, text):
        return False  # “Sunday Morning Talk,” in marks: a programme's name
    if first in _WEEKDAYS or first in _NEAR and word[0].isupper():
        # "Fox News Sunday", "Super Tuesday", "Russia Today": a name, not a day.
        before = re.search(r"(\S+)\s+$", text[:match.start()])
        named = before is not None and before.group(1)[0].isupper() and \
            before.group(1).lower() not in _LEADS and not re.search(r"[.!?:;]\s*\S+\s+$", text[:match.start()]) \
            and match.start() > len(before.group(1)) + 1
        return word[0].isupper() and not named
    return word.lower() != "today" or not re.match(r"\s*['’]s\b", text[match.end():])  # "today's world"


def _opens_title(match: re.Match, text: str) -> bool:
    """Whether `match` opens a run of capitalized words in quotation marks
    (“Sunday Night Roundtable,”): a title, not a day."""
    return bool(re.search(r"[\"“]$", text[:match.start()])
                and re.match(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*[.,!?]?[\"”]", text[match.end():]))


def _alone_in_marks(match: re.Match, text: str) -> bool:
    """Whether `match` stands alone in quotation marks ("Today", “Today.”)."""
    return bool(re.search(r"[\"“‘]$", text[:match.start()]) and re.match(r"[.,!?]?[\"”’]", text[match.end():]))


def _span(expression: str, anchor: dt.date, sunday: bool = False) -> tuple[dt.date, dt.date, bool] | None:
    """(first day, last day, loose) that `expression` covers, seen from
    `anchor`; with `sunday` (`dates.sunday_paper`), "last week" is the week
    ending on the anchor."""
    words = [w for w in expression.split() if w != "of"]
    if words[0] in _WEEKDAYS and words[-1] == "week":
        step = {"last": -1, "next": 1}.get(words[1], 0)
        monday, _sunday = _period(anchor, "week", step)
        day = monday + dt.timedelta(days=_WEEKDAYS.index(words[0]))
        return day, day, False
    if len(words) == 2 and words[1] in _WEEKDAYS and words[0] == "this":
        return None  # "this Tuesday": the one gone or the one to come (`dates.resolve`)
    if len(words) == 2 and words[1] in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS.index(words[1])) % 7 or 7
        step = {"next": 1, "coming": 1}.get(words[0], -1)
        day = anchor - dt.timedelta(days=back) if step < 0 else anchor + dt.timedelta(days=(7 - back) or 7)
        return day, day, True
    if words[0] in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS.index(words[0])) % 7
        day = anchor - dt.timedelta(days=back)
        return day, day, False  # the latest such day, within the week before the anchor
    if words[0] in ("yesterday", "today", "tomorrow", "tonight"):
        day = anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(words[0], 0))
        return day, day, False
    if words[-1] == "ago":
        count = count_of(" ".join(words[:-2])) or 1
        return _shift(anchor, words[-2].rstrip("s"), -count) + (True,)
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(words[0], 0)
    unit = words[-1]
    if unit in ("summer", "winter", "spring", "autumn", "fall"):
        year = anchor.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31), True
    if sunday and unit == "week" and step == -1:
        step = 0
    if unit == "weekend":
        return _this_weekend(anchor) if step == 0 else _weekend_of_week(anchor, step)
    return _period(anchor, unit, step) + (False,)


SATURDAY = 5
"""`date.weekday()` of a Saturday."""


def _this_weekend(anchor: dt.date) -> tuple[dt.date, dt.date, bool]:
    """"This weekend" seen from `anchor`: that Saturday and Sunday when the
    anchor is one of them; from a weekday, the weekend just gone or the one
    to come, which only the verb tells ("this weekend's debate gave ...",
    written on a Wednesday, is the one gone), so the span of both, loose."""
    weekday = anchor.weekday()
    if weekday >= SATURDAY:
        saturday = anchor - dt.timedelta(days=weekday - SATURDAY)
        return saturday, saturday + dt.timedelta(days=1), False
    return anchor - dt.timedelta(days=weekday + 2), anchor + dt.timedelta(days=6 - weekday), True


def _weekend_of_week(anchor: dt.date, step: int) -> tuple[dt.date, dt.date, bool]:
    """"Last weekend" (`step` -1): the Saturday and Sunday of the week before
    the anchor's.  "Next weekend" (`step` 1), from a weekday, is the coming
    one or the one after, which only the writer knows, so the span of both,
    loose; from a weekend day, the following one."""
    monday, _sunday = _period(anchor, "week", step)
    saturday = monday + dt.timedelta(days=SATURDAY)
    if step > 0 and anchor.weekday() < SATURDAY:
        return saturday - dt.timedelta(weeks=1), saturday + dt.timedelta(days=1), True
    return saturday, saturday + dt.timedelta(days=1), False


def _shift(anchor: dt.date, unit: str, count: int) -> tuple[dt.date, dt.date]:
    """The day, month or year `count` units from `anchor` (a point, or the unit)."""
    if unit == "day":
        day = anchor + dt.timedelta(days=count)
        return day, day
    if unit == "week":
        day = anchor + dt.timedelta(weeks=count)
        return day, day
    return _period(anchor, unit, count)


def _period(anchor: dt.date, unit: str, step: int) -> tuple[dt.date, dt.date]:
    """The whole calendar week (Monday-Sunday), month or year `step` units from the anchor's."""
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        first = dt.date(year, month + 1, 1)
        following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    year = anchor.year + step
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _range(first: dt.date, last: dt.date) -> str:
    """"5–11 April 2021", "April 2021", "2021", "29 March – 4 April 2021"."""
    if first == last:
        return human_date(first.isoformat())
    if first.day == 1 and first.month == 1 and last.month == 12 and last.day == 31 and first.year == last.year:
        return str(first.year)
    if first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and first.month == last.month:
        return human_date(first.isoformat()[:7])
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{human_date(last.isoformat())}"
    if first.year == last.year:
        return f"{human_date(first.isoformat())[:-5]} – {human_date(last.isoformat())}"
    return f"{human_date(first.isoformat())} – {human_date(last.isoformat())}"

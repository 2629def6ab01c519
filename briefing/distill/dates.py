"""Date phrases in, calendar dates out: "March 18, 2021", "in July", "last week".

`resolve(expression, anchor)` turns one date phrase (as spaCy's DATE entity
gives it) into a `Resolved` date at the precision the phrase supports:
"YYYY", "YYYY-MM" or "YYYY-MM-DD".  Phrases without a year ("last month",
"September 18 and 19") need an `Anchor`, the date the article speaks from;
without one they resolve to None, never to a guess.  Vague phrases ("late
2018", "last week") and anything resolved against a weak anchor come back
`approximate`.  Durations ("two-day", "45 years") are not dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december" \
         r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
MONTH_WORD = r"(?:" + _MONTH.replace("(", "(?:", 1) + r")"
"""A month's name or its short form, with no group of its own ("Sept.", "May")."""
_YEAR = r"((?:19|20)\d{2})"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
YEAR = re.compile(r"(?:1[89]|20)\d\d")
"""A year as a word of its own ("2014", "1972"): `fullmatch` it."""
YEAR_IN_TEXT = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year standing as a word in running text ("in 2014 the plant closed"): `search` or `findall` it."""

_PATTERNS = (  # most precise first; groups named by what they hold
    ("ymd", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*(?:-|–|and|to)\s*\d{{1,2}})?,?\s+{_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("y", re.compile(rf"(?<![\d$£€])\b{_YEAR}\b(?!\s*(?:%|percent|km|tons|people))")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)),
    ("dm", re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}\b", re.I)),
    ("m", re.compile(rf"\b{_MONTH}\b", re.I)),
)
_VAGUE = re.compile(r"\b(early|mid|middle|late|end|beginning|start|around|about|circa|spring|summer|autumn"
                    r"|fall|winter|recent|recently|weeks?)\b|mid-", re.I)  # "last week": which day is unknown
_PERIOD = re.compile(r"\b(?:half|halves|quarters?|semesters?|trimesters?)\b|\b[QH][1-4]\b", re.I)
"""A part of a year ("the first half of 2020", "Q3", "the March quarter"):
months long, so its date is approximate, and no further than its year,
since a month that names one ("the September quarter") is where the
period ends, not when anything in it happened."""
# Not "the last week of October", "the last year of the war": a part of
# the time after "of", not a shift from the anchor.
_SHIFT = re.compile(r"\b(last|past|previous|next|coming|this)\s+(week|month|year)\b(?!\s+of\b)", re.I)
# "last June", "next January", "last Tuesday", "this coming Monday": the
# nearest such month or day before (or after) the anchor, never the anchor's
# own.  "past" only after "this" ("way past November" is beyond it).
_NAMED_SHIFT = re.compile(r"\b(?:this\s+(?=past|coming))?(last|(?<=this )past|previous|next|coming)\s+(?:(?P<month>" + _MONTH[1:-4] +
                          r")|(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
_THIS_MONTH = re.compile(r"\bthis\s+" + _MONTH + r"(?![\w.]*\s+\d)", re.I)
""""this November": the anchor's year's, gone or to come ("this past
November", "this November 3" are placed by other rules)."""
_THIS_DAY = re.compile(r"\bthis\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_ANAPHORIC = re.compile(r"\s*(?:that|the same|the following|the previous|the next)\s", re.I)
_UNIT_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
               "seventeen eighteen nineteen").split()
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
COUNT_WORD = r"(?<![\w-])(?:\d+|(?:" + "|".join(_TEN_WORDS) + r")(?:[\s-]+(?:" + "|".join(_UNIT_WORDS[:9]) + r"))?|a|an|" \
    + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r")(?![\w-])"
"""A count in digits or words before a unit of time ("3", "ten", "seventy-four"),
never the tail of a compound ("four" in "seventy-four" alone is no count)."""
_AGO = re.compile(r"(" + COUNT_WORD + r")\s+(day|week|month|year)s?\s+ago\b", re.I)
_NEAR = re.compile(r"\b(yesterday|today|tomorrow)\b", re.I)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_LOOSE_DAY = re.compile(r"\b(?:last|past|previous|next|coming|this)\s+(?:monday|tuesday|wednesday|thursday|friday"
                        r"|saturday|sunday)\b", re.I)
"""A weekday a word shifts, which may name either of two weeks ("last
Friday", said on a Monday: three days or ten before); a bare weekday
against a stated date is the one its verb's tense places within the week
around that date, exactly."""
WEEKDAY_WORD = _WEEKDAY
"""A weekday's name in a phrase: `search` it."""
_NUMBERS = {"a": 1, "an": 1} | {word: n for n, word in enumerate(_UNIT_WORDS, 1)} \
    | {word: 10 * n for n, word in enumerate(_TEN_WORDS, 2)}
_COUNT_PARTS = re.compile(r"[\s-]+")


def count_of(words: str) -> int | None:
    """The number a `COUNT_WORD` match says: "3" -> 3, "an" -> 1,
    "seventy-four" or "seventy four" -> 74; None for anything else."""
    if words.isdigit():
        return int(words)
    parts = _COUNT_PARTS.split(words.lower())
    if not all(p in _NUMBERS for p in parts) or len(parts) > 2:
        return None
    return sum(_NUMBERS[p] for p in parts)


@dataclass(frozen=True, kw_only=True)
class Anchor:
    """The date an article speaks from; `weak` when it was inferred (a date in
    the text, a doubtful header) rather than stated as the publication date.
    `precision` is "day", "month" (only the latest month mentioned is
    known: `date` is its first day) or "year" (only the latest year)."""

    date: dt.date
    weak: bool = False
    precision: str = "day"
    after_publication: bool = False
    """The anchor is a day on or after the one the text was written (the day
    a file was saved or a page viewed): what the text tells in the past
    tense happened before it."""


@dataclass(frozen=True, kw_only=True)
class Resolved:
    """A phrase's date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""

    date: str
    approximate: bool


def explicit(text: str) -> tuple[str, str] | None:
    """The first date with a year stated in `text`, as (kind, ISO string)."""
    for kind, pattern in _PATTERNS[:5]:
        match = pattern.search(text)
        if match and (iso := _iso(kind, match.groups())):
            return kind, iso
    return None


def full_days(text: str) -> list[tuple[int, str]]:
    """Every date with its day, month and year stated in `text` ("January
    23, 2013", "2013-01-23"), as (start offset, ISO day), in text order."""
    found = []
    for kind, pattern in _PATTERNS[:3]:
        for match in pattern.finditer(text):
            if iso := _iso(kind, match.groups()):
                found.append((match.start(), iso))
    return sorted(found)


def days_told(text: str) -> frozenset[tuple[int, int]]:
    """Every (month, day) `text` names, with its year or without ("Sept.
    11", "11 September 2016", "September 11th")."""
    return frozenset(_month_and_day(kind, match.groups()[:2]) for kind, pattern in _PATTERNS
                     if kind in ("md", "dm") for match in pattern.finditer(text))


def month_and_day(expression: str) -> tuple[int, int] | None:
    """The (month, day) a phrase names without a year ("Jan. 23", "23rd of
    January"), or None when it names no day of a month or states a year."""
    if explicit(expression):
        return None
    for kind in ("md", "dm"):
        match = dict(_PATTERNS)[kind].search(expression)
        if match:
            return _month_and_day(kind, match.groups())
    return None


def resolve(expression: str, anchor: Anchor | None, tense: str | None = None) -> Resolved | None:
    """The date `expression` names, or None when it names none we can place.
    `tense` ("past", "future", "present" or None), the tense of the verb
    the phrase dates, places a bare month on its side of the anchor ("who
    died in February", said in September: that February; "will rule in
    February": the next), and a weekday too (the present only a weekday:
    "the voting starts Monday" is a schedule, "stands at 5 percent in
    March" a figure of the past month)."""
    expression = _without_a_weeks_thing(expression)
    period = _PERIOD.search(expression) is not None
    vague = bool(_VAGUE.search(expression)) or period
    found = explicit(expression)
    if found:
        return Resolved(date=found[1][:4] if period else found[1], approximate=vague)
    if anchor is None or _ANAPHORIC.match(expression):
        return None  # "that November": the November of a time told before, not of the anchor
    if _THIS_DAY.search(expression) and tense is None:
        return None  # "this Tuesday", said on a Friday: the one gone or the one to come, the verb does not say
    if past_this_week_on_its_first_day(expression, anchor, tense):
        return None  # "scored again this week", written on a Monday: the seven days gone, not the week begun
    # Against only the latest year an undated text mentions, no year-less
    # phrase is a date: that year is as often decades before the text as
    # near it (BASIL dev: 55 of 108 such years three or more years before
    # the article, 10 after it), and a month the text names ("in August",
    # "on May 25") is as often of a later year as of that one ("died in
    # 2009" in a text of 2016): the year bounds the text, not its months.
    if anchor.precision == "year":
        return None
    # Nor does the latest full date such a text reports ("the attack of
    # Sept. 11, 2012", told a year on) place "on Thursday": which week it
    # is, only a date the text was written on (or saved after) says.
    inferred = anchor.weak and not anchor.after_publication
    if inferred and _NAMED_SHIFT.search(expression):
        return None  # "last June": counted from the day of writing, which the latest date reported does not give
    relative = _relative(expression, anchor.date, _NAMED if inferred else _RULES)
    if relative is None:
        return None
    weak = anchor.weak or anchor.precision != "day"
    # Against a weak anchor, only a verb's tense places a month on its side:
    # the day a file was saved bounds the text from above, which places what
    # happened in the past, and (a file being saved soon after it is
    # written) a month to come in the future; the latest date a text reports
    # bounds it from below, which places a month to come after it ("will
    # face him in November", with "March 1, 2031" reported: November 2031,
    # not the November before).  A month gone that falls after it keeps the
    # nearest year: "resigned in February", with "December 4, 2031" reported,
    # may be of either year, and a deadline a past verb tells ("announced a
    # pull-out by May 9") is often still to come.
    placeable = not weak or tense == "future" or anchor.after_publication and tense == "past"
    shifted = _SHIFT.search(expression) or _NAMED_SHIFT.search(expression) or _THIS_MONTH.search(expression)
    if weak and tense in ("future", "present") and _WEEKDAY.search(expression) and not shifted \
            and not _NEAR.search(expression):
        return None  # a weekday to come, against a date that only bounds the text's own: which week is unknown
    if tense and placeable and not shifted:
        if _month_in(expression):
            relative = _by_tense(relative, anchor.date, tense)
        elif _WEEKDAY.search(expression) and not _NEAR.search(expression):
            relative = _weekday_by_tense(relative, anchor.date, tense)
    if _LAST_WEEK.search(expression) and not _WEEKDAY.search(expression) and anchor.precision == "day" \
            and sunday_paper(anchor):
        relative = (anchor.date - dt.timedelta(days=1)).isoformat()  # the week ending that Sunday
    date = relative if anchor.precision == "day" and not period else relative[:4]
    return Resolved(date=date, approximate=vague or weak or _LOOSE_DAY.search(expression) is not None)


_WEEKS_THING = re.compile(r"^(\W*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+of\s+"
                          r"(?:last|past|previous|next|coming|this)\s+week['’]s\b", re.I)


def _without_a_weeks_thing(expression: str) -> str:
    """`expression` less a possessive week after its weekday: in "Monday of
    last week's vote" the week owns the vote ("the vote of last week"), and
    the weekday is the day of the sentence's own event, read alone."""
    match = _WEEKS_THING.match(expression)
    return match[1] if match else expression


_THIS_WEEK = re.compile(r"^\W*(?:the\s+)?this\s+week\W*$", re.I)
MONDAY = 0
"""`date.weekday()` of a Monday, the first day of a calendar week."""


def past_this_week_on_its_first_day(expression: str, anchor: Anchor, tense: str | None) -> bool:
    """Whether `expression` is a bare "this week" in a clause not told as
    present or to come (`tense` "past" or None), against an anchor that is
    a Monday: of the calendar week that day begins, no day is gone yet, so
    the writer's "this week" is the seven days before ("had another strong
    game this week", written on a Monday), which the calendar does not fix."""
    return bool(_THIS_WEEK.match(expression)) and tense in ("past", None) and anchor.precision == "day" \
        and anchor.date.weekday() == MONDAY


def _by_tense(date: str, anchor: dt.date, tense: str) -> str:
    """`date` ("YYYY-MM" or "YYYY-MM-DD") moved a year to the side of
    `anchor` its verb's tense puts it on, when it is on the other."""
    year, rest = int(date[:4]), date[4:]
    placed = tuple(int(part) for part in date.split("-"))
    now = (anchor.year, anchor.month, anchor.day)[:len(placed)]
    if tense == "past" and placed > now:
        year -= 1
    elif tense == "future" and placed < now:
        year += 1
    if len(placed) == 3 and not _valid(year, placed[1], placed[2]):
        return date  # "by Feb. 29": only the anchor's (leap) year has that day, whatever the verb
    return f"{year:04d}{rest}"


def _weekday_by_tense(date: str, anchor: dt.date, tense: str) -> str:
    """A weekday placed on or before `anchor` moved a week on when its verb
    is in the future tense ("will air Tuesday", said on a Thursday) or in
    the present, which with a weekday is a schedule ("before Iowans kick
    off the voting Monday", said on a Friday)."""
    day = dt.date.fromisoformat(date)
    return (day + dt.timedelta(weeks=1)).isoformat() if tense in ("future", "present") and day < anchor else date


def _relative(expression: str, anchor: dt.date, rules) -> str | None:
    """A year-less phrase placed against `anchor` by the first of `rules`
    that places it, or None."""
    for rule in rules:
        date = rule(expression, anchor)
        if date is not None:
            return date
    return None


def _shifted(expression: str, anchor: dt.date) -> str | None:
    match = _SHIFT.search(expression)
    if not match:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[match[1].lower()]
    unit = match[2].lower()
    month = _month_in(expression)
    if unit == "year":
        return f"{anchor.year + step:04d}" + (f"-{month:02d}" if month else "")
    if unit == "month":
        year, number = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return f"{year:04d}-{number + 1:02d}"
    day = _WEEKDAY.search(expression[:match.start()])
    if day:  # "Tuesday of last week": that day of the week before the anchor's, not the anchor's weekday
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        return (monday + dt.timedelta(days=WEEKDAYS[day[1].lower()])).isoformat()
    return (anchor + dt.timedelta(weeks=step, days=_this_week_side(expression))).isoformat()


_THIS_WEEK_SIDE = re.compile(r"\b(earlier|later)\s+this\s+week\b", re.I)


def _this_week_side(expression: str) -> int:
    """-1 for "earlier this week", 1 for "later this week", else 0: the
    nearest day on that side of the anchor, which is not the anchor's own."""
    match = _THIS_WEEK_SIDE.search(expression)
    return 0 if match is None else -1 if match[1].lower() == "earlier" else 1


SUNDAY = 6
"""`date.weekday()` of a Sunday: news written then calls the week ending
that day "last week" (a Sunday paper's "last week" is Monday to Saturday
just gone, not the week before)."""
_LAST_WEEK = re.compile(r"\b(?:last|past|previous)\s+week\b(?!\s+of\b)", re.I)


def sunday_paper(anchor: Anchor) -> bool:
    """Whether `anchor` is the Sunday an article was written (its stated or
    its file's date, not the latest date its text reports)."""
    return anchor.date.weekday() == SUNDAY and (not anchor.weak or anchor.after_publication)


def _named_shifted(expression: str, anchor: dt.date) -> str | None:
    """"last June" (said in April 2016: June 2015), "next January",
    "last Tuesday", "next Tuesday": the nearest such month or weekday
    strictly before or after the anchor's own."""
    match = _NAMED_SHIFT.search(expression)
    if not match:
        return None
    forward = match[1].lower() in ("next", "coming")
    if match["month"]:
        month = MONTHS[match["month"].lower()]
        year = anchor.year + (month <= anchor.month if forward else -(month >= anchor.month))
        return f"{year:04d}-{month:02d}"
    step = (WEEKDAYS[match["day"].lower()] - anchor.weekday()) % 7 if forward else \
        -((anchor.weekday() - WEEKDAYS[match["day"].lower()]) % 7)
    return (anchor + dt.timedelta(days=step or (7 if forward else -7))).isoformat()


def _this_month(expression: str, anchor: dt.date) -> str | None:
    """"this November": that month of the anchor's year, never the last
    year's ("this November" said in January is ten months on)."""
    match = _THIS_MONTH.search(expression)
    return f"{anchor.year:04d}-{MONTHS[match[1].lower()]:02d}" if match else None


def _ago(expression: str, anchor: dt.date) -> str | None:
    match = _AGO.search(expression)
    if not match:
        return None
    count = count_of(match[1])
    unit = match[2].lower()
    if unit == "year":
        return f"{anchor.year - count:04d}"
    if unit == "month":
        year, number = divmod(anchor.year * 12 + anchor.month - 1 - count, 12)
        return f"{year:04d}-{number + 1:02d}"
    return (anchor - dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()


def _near(expression: str, anchor: dt.date) -> str | None:
    match = _NEAR.search(expression)
    if not match:
        return None
    step = {"yesterday": -1, "today": 0, "tomorrow": 1}[match[1].lower()]
    return (anchor + dt.timedelta(days=step)).isoformat()


def _month_day(expression: str, anchor: dt.date) -> str | None:
    for kind in ("md", "dm"):
        match = dict(_PATTERNS)[kind].search(expression)
        if match:
            month, day = _month_and_day(kind, match.groups())
            year = _nearest_year(month, anchor)
            if _valid(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _month(expression: str, anchor: dt.date) -> str | None:
    month = _month_in(expression)
    if month is None or expression.strip().lower().startswith("may") and len(expression.split()) == 1:
        return None
    return f"{_nearest_year(month, anchor):04d}-{month:02d}"


def _weekday(expression: str, anchor: dt.date) -> str | None:
    """A bare weekday: the latest such day on or before the anchor."""
    match = _WEEKDAY.search(expression)
    if not match:
        return None
    back = (anchor.weekday() - WEEKDAYS[match[1].lower()]) % 7
    return (anchor - dt.timedelta(days=back)).isoformat()


_RULES = (_shifted, _named_shifted, _this_month, _ago, _near, _month_day, _month, _weekday)  # every year-less phrase, in this order
_NAMED = (_this_month, _month_day, _month)  # a month the text names: all the latest date a text reports places


def _nearest_year(month: int, anchor: dt.date) -> int:
    """The year putting `month` within six months of the anchor (news speaks
    of the recent past and the near future)."""
    delta = month - anchor.month
    return anchor.year - 1 if delta > 6 else anchor.year + 1 if delta < -6 else anchor.year


def _month_in(expression: str) -> int | None:
    match = dict(_PATTERNS)["m"].search(expression)
    return MONTHS[match[1].lower()] if match else None


def _month_and_day(kind: str, groups: tuple) -> tuple[int, int]:
    month, day = (groups[0], groups[1]) if kind == "md" else (groups[1], groups[0])
    return MONTHS[month.lower()], int(day)


def _iso(kind: str, groups: tuple) -> str | None:
    """An ISO string for a matched explicit date, or None if impossible."""
    if kind == "ymd":
        year, month, day = (int(g) for g in groups)
    elif kind == "mdy":
        (month, day), year = _month_and_day("md", groups[:2]), int(groups[2])
    elif kind == "dmy":
        (month, day), year = _month_and_day("dm", groups[:2]), int(groups[2])
    elif kind == "my":
        return f"{int(groups[1]):04d}-{MONTHS[groups[0].lower()]:02d}"
    else:
        return groups[0]
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_POINT = rf"(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d{{2}}"
_SPAN = re.compile(rf"\b(?:(?:between\s+(?P<b1>{_POINT})\s+and)|(?:(?:from\s+)?(?P<f1>{_POINT})\s+"
                   rf"(?:to|through|thru|until|till)))\s+(?P<last>{_POINT})\b"
                   r"|\b(?P<y1>(?:19|20)\d{2})\s*[-–]\s*(?P<y2>(?:19|20)?\d{2})\b(?![-–/]?\d)", re.I)
"""A stretch of time between two dates that state their years ("between
2003 and 2007", "from March 2012 to June 2013", "2007 through 2014",
"2013-16"): a period, not a point."""


_MONTHS_SPAN = re.compile(rf"\b(?:between\s+|from\s+)?(?P<m1>{_MONTH[1:-4]})\.?\s+(?:and|to|through|thru|until|till"
                          rf"|[-–])\s+(?P<m2>{_MONTH[1:-4]})\.?,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b", re.I)
"""Two months of one year ("June and July of 2009", "from March to May
2012"): a stretch of time from the first."""


def spans(text: str) -> list[tuple[int, int, str, str]]:
    """The stretches of time in `text` (`_SPAN`, `_MONTHS_SPAN`), as
    (start, end, first, last): offsets of the phrase and the ISO dates of
    its two ends, the last later than the first ("between 2007 and 2003"
    is none)."""
    found = []
    for match in _MONTHS_SPAN.finditer(text):
        first, last = (f"{match['year']}-{MONTHS[match[m].lower()]:02d}" for m in ("m1", "m2"))
        if last > first:
            found.append((match.start(), match.end(), first, last))
    for match in _SPAN.finditer(text):
        if any(a <= match.start() < b for a, b, _f, _l in found):
            continue
        if match["y1"]:
            first, last = match["y1"], match["y2"] if len(match["y2"]) == 4 else match["y1"][:2] + match["y2"]
        else:
            ends = (explicit(match["b1"] or match["f1"]), explicit(match["last"]))
            if None in ends:
                continue
            first, last = ends[0][1], ends[1][1]
        if last[:len(first)] > first[:len(last)]:
            found.append((match.start(), match.end(), first, last))
    return sorted(found)


def span_of(expression: str) -> tuple[str, str] | None:
    """(first, last) ISO dates when the whole of `expression` is a stretch
    of time (`spans`: "between 2003 and 2007" -> ("2003", "2007")), else None."""
    words = expression.strip()
    found = spans(words)
    return found[0][2:] if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(words) else None

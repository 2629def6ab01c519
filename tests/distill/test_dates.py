"""Date phrases placed on the calendar, relative ones only against an anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.distill import dates

ANCHOR = dates.Anchor(date=dt.date(2021, 4, 12))


def test_explicit_dates_keep_their_precision():
    assert dates.resolve("March 18, 2021", None) == dates.Resolved(date="2021-03-18", approximate=False)
    assert dates.resolve("the 22nd of March 2019", None).date == "2019-03-22"
    assert dates.resolve("July 2023", None).date == "2023-07"
    assert dates.resolve("2015", None).date == "2015"


def test_vague_explicit_dates_are_approximate():
    assert dates.resolve("late 2018", None) == dates.Resolved(date="2018", approximate=True)


def test_a_part_of_a_year_is_its_year_approximately():
    assert dates.resolve("the second half of 2024", None) == dates.Resolved(date="2024", approximate=True)
    assert dates.resolve("Q3 2022", None) == dates.Resolved(date="2022", approximate=True)
    # The month that names a quarter is where it ends, not when it happened.
    assert dates.resolve("the March quarter", ANCHOR, "past") == dates.Resolved(date="2021", approximate=True)
    assert dates.resolve("the first quarter of last year", ANCHOR) == dates.Resolved(date="2020", approximate=True)


def test_relative_dates_need_an_anchor():
    assert dates.resolve("last week", None) is None
    assert dates.resolve("in July", None) is None


def test_relative_dates_resolve_against_the_anchor():
    assert dates.resolve("last week", ANCHOR).date == "2021-04-05"
    assert dates.resolve("last month", ANCHOR).date == "2021-03"
    assert dates.resolve("last year", ANCHOR).date == "2020"
    assert dates.resolve("November last year", ANCHOR).date == "2020-11"
    assert dates.resolve("next month", ANCHOR).date == "2021-05"
    assert dates.resolve("three days ago", ANCHOR).date == "2021-04-09"
    assert dates.resolve("yesterday", ANCHOR) == dates.Resolved(date="2021-04-11", approximate=False)


def test_a_part_of_a_time_after_of_is_no_shift_from_the_anchor():
    """"the last week of September" is in that September, not the week
    before the anchor; "the last year of the war" names no year at all."""
    anchor = dates.Anchor(date=dt.date(2019, 1, 22))
    assert dates.resolve("the last week of September", anchor, "past") == dates.Resolved(date="2018-09",
                                                                                          approximate=True)
    assert dates.resolve("the last year of the war", anchor) is None
    assert dates.resolve("last week", anchor).date == "2019-01-15"


def test_earlier_or_later_this_week_is_not_the_anchors_day():
    friday = dates.Anchor(date=dt.date(2021, 4, 16))
    assert dates.resolve("earlier this week", friday) == dates.Resolved(date="2021-04-15", approximate=True)
    assert dates.resolve("later this week", friday).date == "2021-04-17"
    assert dates.resolve("this week", friday).date == "2021-04-16"


def test_month_without_year_takes_the_nearest_year():
    assert dates.resolve("September 18 and 19", ANCHOR).date == "2021-09-18"
    assert dates.resolve("December 3", ANCHOR).date == "2020-12-03"
    assert dates.resolve("in July", ANCHOR).date == "2021-07"


def test_weak_anchor_marks_every_resolution_approximate():
    weak = dates.Anchor(date=dt.date(2021, 4, 12), weak=True)
    assert dates.resolve("April 24", weak) == dates.Resolved(date="2021-04-24", approximate=True)


def test_year_only_anchor_places_no_month():
    # "The studio closed in 2019. The singer cancelled a show on May 25." may
    # be written in 2019 or years on: which May, the year does not say.
    anchor = dates.Anchor(date=dt.date(2019, 7, 1), weak=True, precision="year")
    assert dates.resolve("May 25", anchor, "past") is None
    assert dates.resolve("September 18 and 19", anchor) is None
    assert dates.resolve("in August", anchor) is None
    assert dates.resolve("in August 2018", anchor).date == "2018-08"  # its own year: a date


def test_against_a_year_alone_a_weekday_or_last_week_is_no_date():
    """The latest year an undated text mentions ("the trade pact, in force
    since 1994") is as often decades old as the text: "on Thursday" and
    "last week" are not placed against it."""
    anchor = dates.Anchor(date=dt.date(1994, 7, 1), weak=True, precision="year")
    for phrase in ("Thursday", "last week", "this year", "two days ago", "yesterday", "next month"):
        assert dates.resolve(phrase, anchor) is None, phrase


def test_impossible_dates_are_not_dates():
    assert dates.explicit("February 30, 2020") is None or dates.explicit("February 30, 2020")[0] == "y"


def test_a_leap_day_keeps_the_only_year_that_has_it_whatever_the_tense():
    """"was told to finish by Feb. 29", in a leap year's February: a past
    verb moves no date to a year without that day."""
    leap = dates.Anchor(date=dt.date(2024, 2, 12), weak=True, after_publication=True)
    assert dates.resolve("Feb. 29", leap, "past").date == "2024-02-29"
    assert dates.resolve("Feb. 28", leap, "past").date == "2023-02-28"


@pytest.mark.parametrize("phrase, date", [
    ("last June", "2020-06"), ("last April", "2020-04"), ("last March", "2021-03"),
    ("next January", "2022-01"), ("next May", "2021-05"),
    # 12 April 2021 is a Monday.
    ("next Tuesday", "2021-04-13"), ("next Monday", "2021-04-19"), ("last Tuesday", "2021-04-06"),
    ("this past Friday", "2021-04-09"),
])
def test_last_or_next_month_or_weekday_is_the_nearest_one_before_or_after(phrase, date):
    assert dates.resolve(phrase, ANCHOR).date == date


def test_tense_places_a_month_against_a_save_date_only_for_the_past():
    saved = dates.Anchor(date=dt.date(2016, 4, 7), weak=True, after_publication=True)
    assert dates.resolve("August", saved, "past") == dates.Resolved(date="2015-08", approximate=True)
    assert dates.resolve("August", saved, "future").date == "2016-08"
    inferred = dates.Anchor(date=dt.date(2016, 4, 7), weak=True)
    assert dates.resolve("August", inferred).date == "2016-08"  # no tense: the nearest August


def test_a_time_told_before_is_no_date_against_the_anchor():
    for phrase in ("that November", "that year", "the following week", "the same day", "the next month"):
        assert dates.resolve(phrase, ANCHOR) is None, phrase


def test_past_shifts_a_month_only_after_this():
    anchor = dates.Anchor(date=dt.date(2016, 6, 8))  # a Wednesday
    assert dates.resolve("this past Friday", anchor).date == "2016-06-03"
    assert dates.resolve("way past November", anchor).date == "2016-11"  # beyond it, not the last one


def test_last_week_said_on_a_sunday_is_the_week_ending_that_day():
    from briefing.synthesize import relative

    sunday = dates.Anchor(date=dt.date(2016, 7, 31), weak=False, precision="day")
    assert dates.resolve("last week", sunday).date == "2016-07-30"
    latest = dates.Anchor(date=dt.date(2016, 7, 31), weak=True, precision="day")  # the latest date a text reports
    assert dates.resolve("last week", latest) is None  # which week, only the day the text was written says
    assert relative._span("last week", dt.date(2016, 7, 31), True)[:2] == (dt.date(2016, 7, 25), dt.date(2016, 7, 31))
    assert relative._span("last week", dt.date(2016, 7, 29), False)[:2] == (dt.date(2016, 7, 18), dt.date(2016, 7, 24))


def test_this_weekday_is_placed_only_by_its_verb():
    friday = dates.Anchor(date=dt.date(2016, 3, 4), weak=False, precision="day")
    assert dates.resolve("this Tuesday", friday) is None
    assert dates.resolve("this Tuesday", friday, "future").date == "2016-03-08"
    assert dates.resolve("this Tuesday", friday, "past").date == "2016-03-01"
    assert dates.resolve("this past Tuesday", friday).date == "2016-03-01"
    from briefing.synthesize import relative

    assert relative._span("this tuesday", dt.date(2016, 3, 4)) is None


def test_this_weekend_said_on_a_weekday_spans_the_one_gone_and_the_one_to_come():
    """"this weekend's fair", written on a Wednesday, is the weekend just
    gone or the one to come, whichever the verb says: the bracket spans
    both, loosely; written on a Saturday or a Sunday it is that weekend."""
    from briefing.synthesize import relative

    assert relative._span("this weekend", dt.date(2021, 4, 14)) == (dt.date(2021, 4, 10), dt.date(2021, 4, 18), True)
    assert relative._span("this weekend", dt.date(2021, 4, 17)) == (dt.date(2021, 4, 17), dt.date(2021, 4, 18), False)
    assert relative._span("this weekend", dt.date(2021, 4, 18)) == (dt.date(2021, 4, 17), dt.date(2021, 4, 18), False)


def test_full_days_and_a_day_without_its_year():
    assert dates.full_days("Met on 2019-05-02; again on March 4, 2019, and in June 2020.") == [
        (7, "2019-05-02"), (28, "2019-03-04")]
    assert dates.month_and_day("Jan. 23") == (1, 23) and dates.month_and_day("the 5th of May") == (5, 5)
    assert dates.month_and_day("Jan. 23, 2013") is None and dates.month_and_day("January") is None


def test_this_month_is_the_anchors_years_whatever_the_tense():
    january = dates.Anchor(date=dt.date(2022, 1, 20))
    assert dates.resolve("this October", january, "past").date == "2022-10"
    assert dates.resolve("this Oct.", january).date == "2022-10"
    assert dates.resolve("this past October", january).date == "2021-10"


def test_the_latest_date_a_text_reports_places_no_weekday_or_near_day():
    # An undated text that tells of "the flood of Tuesday, Oct. 4, 2011" may
    # be written that week or a year on: its "Wednesday" is then unknown.
    reported = dates.Anchor(date=dt.date(2011, 10, 4), weak=True, precision="day")
    assert dates.resolve("Wednesday", reported, "past") is None
    assert dates.resolve("yesterday", reported) is None
    assert dates.resolve("last month", reported) is None
    assert dates.resolve("in December", reported, "past").date == "2011-12"  # a month it names keeps its bound
    saved = dates.Anchor(date=dt.date(2011, 10, 6), weak=True, precision="day", after_publication=True)
    assert dates.resolve("Wednesday", saved, "past").date == "2011-10-05"  # a file saved after: the text's week


def test_the_latest_date_a_text_reports_places_a_month_by_its_tense():
    """A text whose latest full date is "June 3, 2031" was written then or
    later: "will vote in February" is after it (2032); "last June" counts
    from the day of writing, which that date does not give."""
    reported = dates.Anchor(date=dt.date(2031, 6, 3), weak=True)
    assert dates.resolve("in February", reported, "future") == dates.Resolved(date="2032-02", approximate=True)
    assert dates.resolve("in February", reported, "past").date == "2031-02"
    assert dates.resolve("in December", reported).date == "2031-12"  # no tense: the nearest December
    assert dates.resolve("last June", reported, "past") is None


def test_a_bare_weekday_against_a_stated_date_is_exact():
    thursday = dates.Anchor(date=dt.date(2024, 3, 14))
    assert dates.resolve("on Monday", thursday, "past") == dates.Resolved(date="2024-03-11", approximate=False)
    assert dates.resolve("last Monday", thursday, "past").approximate
    assert dates.resolve("on Monday", dates.Anchor(date=dt.date(2024, 3, 14), weak=True, after_publication=True),
                         "past").approximate


def test_a_past_this_week_written_on_a_monday_is_not_placed():
    """On a Monday no day of the calendar week has gone by yet: "won again
    this week" means the seven days before, which the calendar does not
    fix; a week to come, or said later in the week, is still placed."""
    monday = dates.Anchor(date=dt.date(2021, 4, 12))
    assert dates.resolve("this week", monday, "past") is None
    assert dates.resolve("this week", monday, None) is None
    assert dates.resolve("this week", monday, "future").date == "2021-04-12"
    assert dates.resolve("this week", dates.Anchor(date=dt.date(2021, 4, 14)), "past").date == "2021-04-14"


def test_a_stretch_of_time_gives_its_two_ends():
    assert dates.span_of("between 2003 and 2007") == ("2003", "2007")
    assert dates.span_of("from May 2010 through June 2012") == ("2010-05", "2012-06")
    assert dates.span_of("2008–11") == ("2008", "2011")
    assert dates.span_of("between 2007 and 2003") is None  # no stretch runs backwards
    assert dates.span_of("2019-04-02") is None  # a day, not a stretch
    assert dates.span_of("in 2012 and 2013") is None  # two years named, not a stretch between them


def test_two_months_of_one_year_are_a_stretch_from_the_first():
    assert dates.spans("It ran through the months of April and June of 2015.") == [(29, 51, "2015-04", "2015-06")]
    assert dates.span_of("from Jan. through Feb. 2010") == ("2010-01", "2010-02")
    assert dates.spans("It ran in June and April of 2015.") == []


def test_the_days_a_text_names_by_month_and_day():
    from briefing.distill import dates
    told = dates.days_told("The Sept. 11 parade, and another on 3 May 2027; a third on October 2nd.")
    assert told == frozenset({(9, 11), (5, 3), (10, 2)})


def test_a_count_of_years_ago_in_words_is_read_whole():
    """"Sixty-three years ago" is 63 years back, never "three years ago"
    read off the compound's tail."""
    assert dates.resolve("Sixty-three years ago", ANCHOR).date == "1958"
    assert dates.resolve("twenty five days ago", ANCHOR).date == "2021-03-18"
    assert dates.resolve("eleven years ago", ANCHOR).date == "2010"
    assert dates.resolve("a year ago", ANCHOR).date == "2020"


def test_a_weekday_of_last_week_is_that_day_of_the_week_before():
    """Said on a Monday (12 April 2021), "Thursday of last week" is 8 April,
    not the Monday a week before."""
    assert dates.resolve("Thursday of last week", ANCHOR).date == "2021-04-08"
    assert dates.resolve("Wednesday of next week", ANCHOR).date == "2021-04-21"


def test_a_weekday_before_a_possessive_week_is_read_alone():
    """"on Friday of last week's vote": the week owns the vote, and the
    Friday dates the sentence's own event, the one its tense places."""
    assert dates.resolve("Friday of last week's", ANCHOR, "past").date == "2021-04-09"

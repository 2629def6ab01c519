"""Relative time in printed text followed by the dates it means."""

from __future__ import annotations

from briefing.synthesize import relative
from tests import helpers as builders


def test_the_last_week_of_a_thing_is_no_shift_from_the_articles_date():
    """"the last week of the trial" is the trial's last week, whenever it
    is, not the week before the article's: no bracket."""
    art = builders.article("d", ("A line of text.",), published="2021-04-14")
    said = "Lawyers rarely call new witnesses in the last week of the trial, and none came last week."
    assert relative.annotate(said, art) == said.replace("came last week.", "came last week [5–11 April 2021].")


def test_a_weekday_in_a_clause_still_to_come_is_the_day_ahead():
    """Written on a Monday, "will be moved from Tuesday to Friday" names the
    Tuesday and Friday after it; "met on Tuesday" the one before."""
    art = builders.article("d", ("A line of text.",), published="2023-05-15")
    assert relative.annotate("The hearing will be moved from Tuesday to Friday.", art) == \
        "The hearing will be moved from Tuesday [16 May 2023] to Friday [19 May 2023]."
    assert relative.annotate("The vote was put off until Friday.", art) == \
        "The vote was put off until Friday [19 May 2023]."
    assert relative.annotate("They met on Tuesday, and it will rain.", art) == \
        "They met on Tuesday [9 May 2023], and it will rain."


def test_a_run_of_weekdays_the_events_stage_dated_gives_each_its_day():
    from briefing.models import Event, Source

    art = builders.article("d", ("The fair runs Tuesday to Friday.",), published="2023-05-15")
    where = Source(article="d", paragraph=0, start=0, end=len(art.text))
    read = [Event(date="2023-05-16", text=art.text, sources=(where,), expression="Tuesday to Friday")]
    assert relative.readings(relative.by_article(read), (where,)) == {"tuesday": "2023-05-16",
                                                                     "friday": "2023-05-19"}


def test_a_weekday_or_today_against_a_date_that_only_bounds_the_text_gets_no_bracket():
    """An undated text that reports 3 March 2014 was written on or after it:
    "on Monday" is not "not before 3 March", a week early at worst, nor is
    "today"; "last week" keeps its bound."""
    art = builders.article("u", ("The talks opened on March 3, 2014.", "More came."))
    assert relative.annotate("He said on Monday that it closed today.", art) == \
        "He said on Monday that it closed today."
    assert relative.annotate("It closed last week.", art) == "It closed last week [not before 24 February 2014]."


def test_no_bracket_goes_inside_a_direct_quotation():
    art = builders.article("d", ("A line of text.",), published="2023-05-15")
    said = "“We were far better off ten years ago than today,” she said last week."
    assert relative.annotate(said, art) == said.replace("last week.", "last week [8–14 May 2023].")


def test_the_previous_year_is_the_one_before_the_year_its_sentence_names():
    art = builders.article("d", ("A line of text.",), published="2023-05-15")
    assert relative.annotate("Sales rose in 2019, up from the previous year.", art) == \
        "Sales rose in 2019, up from the previous year [2018]."
    assert relative.annotate("Sales rose, up from the previous year.", art) == "Sales rose, up from the previous year."
    assert relative.annotate("Sales rose, up from the previous month.", art) == "Sales rose, up from the previous month."
    assert relative.annotate("Sales rose on the previous year.", art).endswith("previous year.")
    assert relative.annotate("Sales rose last year.", art) == "Sales rose last year [2022]."


def test_last_weekend_is_the_saturday_and_sunday_before_not_the_whole_week():
    """Written on a Thursday, "last weekend" is the two days just gone;
    "next weekend" may be the coming one or the one after (loose)."""
    art = builders.article("d", ("A line of text.",), published="2024-03-14")
    assert relative.annotate("The fair closed last weekend.", art) == \
        "The fair closed last weekend [9–10 March 2024]."
    assert relative.window("next weekend", art) == "c. 16–24 March 2024"


def test_a_bare_weekday_against_a_stated_date_is_exact_and_a_shifted_one_loose():
    art = builders.article("d", ("A line of text.",), published="2024-03-14")
    assert relative.annotate("The mayor resigned on Monday.", art) == "The mayor resigned on Monday [11 March 2024]."
    assert relative.window("last Monday", art) == "c. 11 March 2024"


def test_a_year_word_in_a_text_bounded_only_by_a_year_is_bounded_by_it():
    """An undated text whose latest date is the year 2015 was written in
    2015 or later: its "this year" is not before 2015, its "last year" not
    before 2014; a week or a day it does not place."""
    art = builders.article("d", ("The mill closed in 2015.",))
    assert relative.annotate("The plan may pass this year, after one failed last year.", art) == \
        "The plan may pass this year [not before 2015], after one failed last year [not before 2014]."
    assert relative.annotate("The board met last week.", art) == "The board met last week."


def test_a_weekday_the_text_names_by_its_date_too_is_no_longer_about_then():
    """Against a file's date, "on Sunday" reads "c. 9 May 2027"; when the
    article also names that day ("the May 9 parade"), the day is exact."""
    text = ("Mayor Ines Falk fainted at the parade on Sunday, aides said.", "She left the May 9 parade early.")
    art = builders.article("d", text, published="2027-05-10", date_note="file name date")
    assert relative.window("Sunday", art, "2027-05-09") == "9 May 2027"
    alone = builders.article("e", text[:1], published="2027-05-10", date_note="file name date")
    assert relative.window("Sunday", alone, "2027-05-09") == "c. 9 May 2027"


def test_a_count_of_years_ago_in_words_is_bracketed_whole():
    """"Eighty-one years ago" is bracketed with the year 81 years back, not
    the year "one year ago" names."""
    art = builders.article("d", ("A line of text.",), published="2021-04-14")
    assert relative.annotate("Eighty-one years ago, a flood reached the valley.", art) == \
        "Eighty-one years ago [c. 1940], a flood reached the valley."


def test_a_weekday_before_a_possessive_week_is_bracketed_alone():
    """In "cleared the road on Friday of last week's storm" the storm was
    last week and the clearing on Friday: each gets its own bracket."""
    art = builders.article("d", ("A line of text.",), published="2021-04-13")
    assert relative.annotate("Crews cleared the road on Friday of last week's storm.", art) == \
        "Crews cleared the road on Friday [9 April 2021] of last week's [5–11 April 2021] storm."

"""Dated events: each dated sentence, relative dates resolved against the article."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.distill import events
from briefing.language import nlp
from briefing.models import Article, Paragraph


def article_of(text: str, published: str | None = None, note: str | None = None) -> Article:
    paragraphs, start = [], 0
    for index, part in enumerate(text.split("\n\n")):
        paragraphs.append(Paragraph(index=index, start=start, end=start + len(part)))
        start += len(part) + 2
    return Article(id="t", source_path="t", sha256="0", text=text, paragraphs=tuple(paragraphs),
                   published=published, date_note=note)


def found(article: Article):
    return events.find_events(article, nlp.load()(article.text))


def test_relative_date_resolved_against_publication_date():
    article = article_of("The council approved the new budget last month. It was debated for two days.",
                         published="2022-05-10")
    (event,) = found(article)
    assert (event.date, event.approximate, event.expression) == ("2022-04", False, "last month")
    assert article.text[event.sources[0].start:event.sources[0].end] == event.text


def test_without_a_publication_date_the_latest_full_date_is_a_weak_anchor():
    article = article_of("The mayor opened the bridge on March 3, 2019.\n\nShe visited the school last week.")
    dated = {e.expression: e for e in found(article)}
    assert dated["March 3, 2019"].date == "2019-03-03" and not dated["March 3, 2019"].approximate
    assert "last week" not in dated  # the week of a day the text reports, or of a later one: unknown


def test_relative_dates_with_no_anchor_are_left_out():
    assert found(article_of("The mayor opened the bridge last week.")) == ()


def test_durations_are_not_events():
    assert found(article_of("The mayor spent two days and the last 45 years in the town.")) == ()


def test_doubtful_publication_date_makes_resolutions_approximate():
    article = article_of("The council met last month.", published="2024-07-18", note="header date doubtful")
    (event,) = found(article)
    assert event.date == "2024-06" and event.approximate


def test_seed_events_have_right_years():
    from tests.helpers import SEEDS
    from briefing import clean, ingest
    from briefing.config import Config

    documents, _ = ingest.read_sources(Config(sources=(str(SEEDS / "003_7c504a00bb468ac0.txt"),)))
    article = clean.clean(documents[0])
    dated = {(e.date, e.expression) for e in found(article)}
    assert ("2021-03-18", "March 18, 2021") in dated
    assert ("2015", "2015") in dated
    assert any(date == "2021-07" for date, expression in dated if "July" in expression)


def test_a_then_role_in_the_latest_year_means_the_article_looks_back_on_it():
    anchor = events.latest_stated("The then-minister visited the port in 2019. Trade grew in 2017.")
    assert anchor.date.year == 2020 and anchor.weak and anchor.precision == "year"
    assert events.latest_stated("The minister visited the port in 2019.").date.year == 2019
    # "then" the adverb is no then-title: the article need not look back on 2019.
    assert events.latest_stated("Aides met and then briefed the press at the first meeting of 2019."
                                ).date.year == 2019
    assert events.latest_stated("No dates here at all.") is None


def test_a_full_date_with_a_short_month_is_a_full_date():
    anchor = events.latest_stated("The ferry sank in 2004. Divers found the wreck on Sept. 14, 2016.")
    assert anchor.date == dt.date(2016, 9, 14) and anchor.precision == "day"


def test_a_later_year_outranks_an_earlier_full_date():
    anchor = events.latest_stated("Between September 11, 2001 and December 2010, costs rose.")
    assert anchor.date.year == 2010 and anchor.precision == "year"


def test_a_since_yardstick_does_not_date_the_event():
    article = article_of("The premier made the first official visit to the port since 2009.\n\n"
                         "Trade between the towns has grown since 2012.", published="2020-06-01")
    dates_found = {e.expression for e in found(article)}
    assert "2009" not in dates_found
    assert "2012" in dates_found


def test_a_year_used_as_a_label_bounds_nothing():
    # "the 2020 elections" may lie ahead of the article: only a year the text reports bounds its date.
    text = "Aides sought an advantage in the 2020 elections. The first meeting of 2019 was tense."
    assert events.latest_stated(text).date.year == 2019
    assert events.latest_stated("They want to revive the 2013 overhaul.") is None


def test_the_years_a_sum_is_counted_over_bound_nothing():
    # A budget's window ("$40 million from 2031 to 2040") is most often told before its years.
    text = "The levy passed in 2009. The plan saves about $40 million from 2031 to 2040, the auditors said."
    assert events.latest_stated(text).date.year == 2009
    assert events.latest_stated("The levy passed in 2009. It costs €3bn over 2031-2035.").date.year == 2009
    # A stretch of years with no sum is a time the text reports.
    assert events.latest_stated("The levy passed in 2009. She chaired it from 2011 to 2014.").date.year == 2014
    # "pounds" without a sign may be a weight lost over years gone.
    assert events.latest_stated("The levy passed in 2009. He shed 80 pounds from 2011 to 2014.").date.year == 2014


def test_the_years_a_sum_is_counted_over_date_no_event():
    article = article_of("The board says its plan trims about $40 million from 2031 to 2040.\n\n"
                         "The harbour tax was repealed in 2024.", published="2025-03-02")
    assert [e.date for e in found(article)] == ["2024"]


def test_a_year_under_a_condition_bounds_nothing():
    # "if he stands": the 2014 race may never be his, and is likely still to come.
    text = "The ferry sank in 2009. He is the favourite for the 2014 Green mayoral race if he stands."
    assert events.latest_stated(text).date.year == 2009
    # With no condition, such a label bounds the text a year before it.
    assert events.latest_stated("The ferry sank in 2009. He stood for the 2014 Green mayoral race.").date.year == 2013
    # Beside such a year well ahead, the latest full date is an old one recalled: it places no month.
    anchor = events.latest_stated("The ferry sank on May 2, 2009. He leads for the 2014 Green mayoral race if he runs.")
    assert (anchor.date.year, anchor.precision) == (2009, "year")


def test_a_past_perfect_under_a_dated_past_dates_no_event():
    """"In June, the mayor filed a report showing the city had spent ...
    in 2030": 2030 is what the report covers, not when it was filed; after
    a verb of saying, the past perfect is the event told and keeps it."""
    covered = article_of("In June, the mayor released figures that showed the port had lost money in 2030.",
                         published="2031-09-01")
    assert [e.date for e in found(covered)] == ["2031-06"]
    told = article_of("The mayor said on Monday that she had moved to the island in 2030.",
                      published="2031-09-03")
    assert "2030" in [e.date for e in found(told)]


def test_the_period_means_are_asked_for_dates_no_event():
    # The asking comes before the year the money is for.
    for text in ("The ports office sought an extra sum for fiscal 2031.",
                 "The harbour board budgeted $4 million for 2031."):
        assert found(article_of(text, published="2030-02-11")) == (), text
    (event,) = found(article_of("The harbour board asked for help in 2029.", published="2030-02-11"))
    assert event.date == "2029"


def test_a_question_is_no_event():
    article = article_of("The council released the papers on Wednesday.\n\n"
                         "If the papers were too secret to share in May, what changed on Wednesday?",
                         published="2020-06-05")
    assert [e.text for e in found(article)] == ["The council released the papers on Wednesday."]


def test_a_statement_ending_on_a_question_it_quotes_is_an_event():
    article = article_of("The mayor said in a May 4 email that the plan “could be abused, so why would we want it?",
                         published="2020-06-05")
    assert [e.expression for e in found(article)] == ["May 4"]


def test_a_year_that_tells_which_thing_a_noun_is_dates_no_event():
    article = article_of("A poster from the 1942 film Casablanca hangs in the hall.\n\n"
                         "Nothing in the emails shows the points were changed to sway the 2012 election.\n\n"
                         "Turnout rose sharply in the 2016 election, officials said.\n\n"
                         "The video came to light ahead of the 2016 election.\n\n"
                         "He joined other Democrats, including several 2020 presidential candidates.\n\n"
                         "It amends the 1962 Harbour Dues Act, which set the tolls.\n\n"
                         "The mayor was elected in 2016.", published="2020-06-05")
    assert sorted(e.text for e in found(article)) == ["The mayor was elected in 2016.",
                                                      "The video came to light ahead of the 2016 election.",
                                                      "Turnout rose sharply in the 2016 election, officials said."]


def test_a_thing_named_by_its_year_in_a_clause_on_a_noun_dates_no_event():
    # The clause tells when the noun's own event was ("killed in the 2012
    # attack"), not the sentence's: the filing and the saying are undated.
    article = article_of("The parents of two Americans killed in the 2012 attack have filed a lawsuit.\n\n"
                         "The senator praised the mother of Sean Smith, who died in the 2012 attack.\n\n"
                         "Turnout rose sharply in the 2016 election, officials said.", published="2020-06-05")
    assert [e.text for e in found(article)] == ["Turnout rose sharply in the 2016 election, officials said."]


def test_years_later_counts_on_from_the_year_told_before():
    text = ("Ann Roe lost the county primary in 1994. She kept her seat, and two years later she angered her "
            "party when she backed a rival for mayor.")
    dated = {e.expression: e for e in found(article_of(text))}
    assert (dated["two years later"].date, dated["two years later"].approximate) == ("1996", True)
    tally = found(article_of("Ann Roe was elected to the board 61-38 in 1991. Bo Lind was confirmed 81-12 two years "
                             "later and the seat has been quiet since."))
    assert [e.date for e in tally] == ["1991", "1993"]  # the parse may take the tally into the date's words
    # No year told before: nothing to count from.
    assert found(article_of("The mill stood empty for years. Two years later it burned.")) == ()
    # In an aside on the subject, as any date there, it dates no event of the sentence.
    aside = "Bo Lind, a teacher who won a council seat in 2003 before quitting the party six years later, spoke on Monday."
    assert found(article_of(aside)) == ()


def test_a_races_nominee_bounds_the_text_at_the_races_year():
    # A party names its nominee in the year of the vote: "the 1996 nominee"
    # was written in 1996 or later, not a year before as "a 1996 candidate".
    assert events.latest_stated("Ann Roe, the party's 1996 vice-presidential nominee, had been loud.").date.year == 1996
    assert events.latest_stated("Bo Lind, the 1972 Liberal presidential nominee, spoke first.").date.year == 1972
    assert events.latest_stated("Ann Roe, the likely 1996 nominee, had been loud.").date.year == 1995
    assert events.latest_stated("Ann Roe, a 1996 candidate, had been loud.").date.year == 1995
    assert events.latest_stated("The 1996 nominee will face a hard race.") is None


def test_a_full_date_that_labels_a_noun_or_a_nouns_own_date_beside_the_verbs_dates_no_event():
    article = article_of("Critics charged that the hearing gave no news about the Sept. 11, 2012, attacks.\n\n"
                         "Gowdy on Thursday said the panel has met 75 witnesses since its creation in May 2014.\n\n"
                         "Turnout rose sharply in the Nov. 8 election, officials said.\n\n"
                         "The April 22 gala featured three singers.\n\n"
                         "The panel has met 75 witnesses since its creation in May 2014.", published="2016-06-05")
    assert sorted((e.date, e.text) for e in found(article)) == [
        ("2014-05", "The panel has met 75 witnesses since its creation in May 2014."),
        ("2015-11-08", "Turnout rose sharply in the Nov. 8 election, officials said."),  # past: the last Nov. 8
        ("2016-04-22", "The April 22 gala featured three singers."),
        ("2016-06-02", "Gowdy on Thursday said the panel has met 75 witnesses since its creation in May 2014.")]


def test_a_date_after_of_names_a_thing_unless_the_thing_acts():
    article = article_of("After the Harbour Act of 1980 set up a board, Kestrel Bay grew fast.\n\n"
                         "She said the mayor was to blame for the floods of March 2011.\n\n"
                         "The crash of 2008 wiped out the town's savings.\n\n"
                         "In the early morning hours of June 30, 1995, a fire broke out.", published="2016-06-05")
    assert [(e.date, e.text) for e in found(article)] == [
        ("2008", "The crash of 2008 wiped out the town's savings."),
        ("1995-06-30", "In the early morning hours of June 30, 1995, a fire broke out.")]


def test_a_date_in_an_aside_on_the_subject_dates_no_event():
    # "who was mayor from 2006 to 2012" and "minister since 2019" tell the
    # subject's past; the sentence's event is undated.
    assert found(article_of("Ana Ruiz, who was mayor from 2006 to 2012, has also dismissed the plan.")) == ()
    assert found(article_of("Mr. Lee, finance minister since 2019, criticised the budget sharply.")) == ()
    # An aside on another noun can be the event; a restrictive clause stays too.
    (event,) = found(article_of("The remarks echo those of her rival, Ana Ruiz, who in March 2021 rejected the plan."))
    assert event.date == "2021-03"
    (event,) = found(article_of("The senator who was elected in 2010 resigned in protest."))
    assert event.date == "2010"
    # An aside within an aside on the subject tells the subject's past too.
    (event,) = found(article_of("Mr. Lee, a veteran agent who joined the bureau in 1996 and once led its fraud unit, "
                                "was named deputy director in 2016."))
    assert event.date == "2016"


def test_a_date_in_an_adjective_or_past_participle_on_the_subject_dates_no_event():
    # How the subject came to be what it is ("elected in 2019", "married
    # since 2012") is not when it did what the sentence tells.
    assert found(article_of("Ms. Roe, elected to the council in 2019, said the plan would fail.")) == ()
    assert found(article_of("Tom Ode, retired and living abroad since 2010, wrote to the paper about it.")) == ()
    # A present participle is most often the event's own time.
    (event,) = found(article_of("Ms. Roe, campaigning in Leeds on May 3, 2021, said the plan would fail."))
    assert event.date == "2021-05-03"
    # Nor is a participle that is not set off by commas an aside.
    (event,) = found(article_of("Ballots cast in 2019 were counted again by the board."))
    assert event.date == "2019"


def test_a_year_still_to_come_bounds_no_undated_article():
    # "can extend his career until 2022" had bounded a 2018 report "not before 2022".
    anchor = events.latest_stated("Ronaldo scored three in 2018. His coach said he can extend his career until 2022.")
    assert anchor.date.year == 2018
    assert events.latest_stated("The treaty was signed in 2010. It is due to expire in 2026.").date.year == 2010
    assert events.latest_stated("Output fell in 2015. The group expects prices to rise to $70 in 2020.").date.year == 2015
    assert events.latest_stated("Exports fell in 2015. The plan is to double them by 2020.").date.year == 2015
    assert events.latest_stated("The mill shut in 2011. The vote is slated for 2027.").date.year == 2011
    assert events.latest_stated("Rents rose in 2011, with the fair set to open in Dover, Del. in 2027.").date.year == 2011
    # A modal in a quotation closed before the date, or far from it, is not the date's.
    said = events.latest_stated("“I will tell you this,” Trump said at a news conference on July 27, 2016.")
    assert said.date == dt.date(2016, 7, 27)
    assert events.latest_stated("The minister met the envoy in May 2019.").date.year == 2019
    # A year naming a thing may name a cycle still to come: it bounds the article a year before it.
    assert events.latest_stated("Several 2020 presidential candidates called for the report.").date.year == 2019
    assert events.latest_stated("He ran his 2008 campaign from Chicago.").date.year == 2007
    assert events.latest_stated("The bill passed in 2008 after a long fight.").date.year == 2008
    # The future word may stand a long clause before the date it governs.
    chair = ("The chair spoke in 2016. “I'm going to be remaining as the chair of the national committee as "
             "the president has asked me to do until January 21, 2017, and I appreciate it,” she said.")
    assert events.latest_stated(chair).date.year == 2016


def test_a_year_to_come_after_a_shortened_title_or_in_a_plan_bounds_nothing():
    # The stop of "Dr." or "U.K." ends no sentence: the modal before it still governs the year.
    assert events.latest_stated("Sales rose in 2011. The board wants to be sure Dr. Lane could stay "
                                "on until 2030.").date.year == 2011
    assert events.latest_stated("Rates fell in 2012. The deal would let the U.K. firm expand in 2029.").date.year == 2012
    # The progressive of a plan: "is standing for the council in 2031".
    assert events.latest_stated("She won a seat in 2013. She is standing for the council in 2031.").date.year == 2013
    # A real stop still ends the sentence before the year.
    assert events.latest_stated("The plant could close. It shut in 2014.").date.year == 2014


def test_a_date_in_a_relative_clause_inside_another_dates_no_event():
    lecture = article_of("The senator is to deliver the Kell Lecture, named for a dean who was killed on the train "
                         "that crashed near the station on March 3, 2004.", published="2012-04-20")
    assert found(lecture) == ()
    canal = article_of("Both sides back the canal project, which was agreed in 2015.", published="2016-01-05")
    assert [e.date for e in found(canal)] == ["2015"]


def test_an_event_cut_inside_a_quotation_runs_to_its_close():
    art = article_of("Sen. Ann Berg, campaigning in Lisbon on Sunday, told the large crowd that, “I don't want a "
                     "summary of the report! I want the whole report!” She left.", published="2019-03-26")
    (event,) = found(art)
    assert event.text.endswith("I want the whole report!”")


def test_an_event_the_parser_started_inside_a_quotation_runs_from_its_opening():
    art = article_of("The mayor spoke at the vigil. “We stand with you. We love you and we will defend your right "
                     "to gather on Monday and every day,” Ann Berg added.", published="2017-01-31")
    (event,) = found(art)
    assert event.text.startswith("“We stand with you.")


def test_a_bare_month_is_placed_by_its_verbs_tense():
    article = article_of("The judge died in February, leaving a vacancy.\n\n"
                         "In October, the governor again gave her a plum appointment.\n\n"
                         "The court will rule in February.", published="2016-09-05")
    assert sorted((e.date, e.expression) for e in found(article)) == [
        ("2015-10", "October"), ("2016-02", "February"), ("2017-02", "February")]


def test_a_files_date_places_what_happened_before_it():
    """A date from a file's name is the day the file was saved, on or after
    the day it was written: a past-tense month after it is the year before
    ("the first debate in August", saved in April 2016: August 2015); a
    month that labels a noun takes no tense from the verb ("the Dec. 28
    meeting was scheduled" is still to come)."""
    note = "Date taken from the file's name; it may be the day the file was saved rather than published."
    article = article_of("At the first debate in August, the moderator pressed the candidate.\n\n"
                         "The prime minister's Dec. 28 meeting with the candidate was scheduled two weeks ago.",
                         published="2016-04-07", note=note)
    assert {e.expression: e.date for e in found(article)}["August"] == "2015-08"
    december = article_of("The prime minister's Dec. 28 meeting with the candidate was scheduled two weeks ago.",
                          published="2015-12-10", note=note)
    assert {e.expression: e.date for e in found(december)}["Dec. 28"] == "2015-12-28"


def test_a_weekday_to_come_is_the_next_one():
    article = article_of("The interview will be on the network Tuesday night.\n\n"
                         "The senator said Tuesday that she would run.", published="2016-04-07")
    assert sorted(e.date for e in found(article)) == ["2016-04-05", "2016-04-12"]


def test_a_weekday_after_an_infinitive_in_the_present_is_to_come():
    """"is likely to appear Wednesday", "plans to vote Friday", written on a
    Tuesday, are the days after; "was expected to testify" says nothing of
    when, so its weekday is the last one."""
    text = ("The suspect is likely to appear in court Wednesday.\n\n"
            "The mayor plans to vote Friday.\n\n"
            "The chief was expected to testify Monday.")
    dates = {e.text.split()[1]: e.date for e in found(article_of(text, published="2015-12-08"))}
    assert dates == {"suspect": "2015-12-09", "mayor": "2015-12-11", "chief": "2015-12-07"}


def test_a_weekday_in_the_present_is_a_schedule():
    """"before the voters kick off the primaries Monday", written on a
    Friday, is the Monday after; a verb of saying in the present is news's
    "said" ("Lind tells the radio on Friday ..."); against a date that only
    bounds the article's own, a weekday to come is no date."""
    text = ("The rivals met in the last debate before the voters kick off the primaries Monday.\n\n"
            "Lind tells the local radio on Thursday that he will stay in the race.")
    assert sorted(e.date for e in found(article_of(text, published="2016-01-29"))) == ["2016-01-28", "2016-02-01"]
    doubtful = article_of(text, published="2016-01-29", note="the file's date")
    assert [e.date for e in found(doubtful)] == ["2016-01-28"]


def test_a_day_word_in_a_name_dates_nothing():
    """"NBC's Today show", "Super Tuesday", a programme's quoted title, and
    "today" meaning nowadays are no days; a person before the day is not
    part of its name ("Hannity asked Trump Wednesday ...")."""
    article = article_of("The candidate told NBC's Today show that he would win.\n\n"
                         "He has built formidable organizations in South Carolina and Super Tuesday states.\n\n"
                         "The president recently sat for an interview with Chris Wallace on \"Fox News Sunday.\"\n\n"
                         "The views of Democrats today are different.\n\n"
                         "Hannity asked Trump Wednesday if the wall was still in his plans.",
                         published="2016-08-25")
    assert [(e.expression, e.date) for e in found(article)] == [("Wednesday", "2016-08-24")]


def test_an_aside_on_the_speaker_or_between_dashes_dates_nothing():
    """A clause on a subject after its verb ("..., said Gov. Tom Lind, who
    used Ms. Berg as a consultant in 1986"), a verb inside an aside ("Ann
    Berg, who helped Mr. Lind start the network 20 years ago, is taking
    over"), a clause between dashes away from the main verb: no event.  A
    date the dashes only set off stays the main verb's."""
    article = article_of("“She is the epitome of candour,” said Gov. Tom Lind, who used Ms. Berg as a consultant "
                         "in his early campaigns in 1986.\n\n"
                         "Ann Berg, who helped Mr. Lind start the network 20 years ago, is taking over from him.\n\n"
                         "Himself a former football executive — he owned the Generals between 1983 and 1986 — Lind "
                         "also offered his assessment of the game.\n\n"
                         "The offer was made more than a month before -- on March 26, 2009 -- to Tom Lind.",
                         published="2016-07-25")
    assert [e.date for e in found(article)] == ["2009-03-26"]


def test_a_pages_widgets_run_into_a_sentence_date_nothing():
    art = article_of("Lind spoke in Manchester on Saturday.\n\nSam LevineFlagShareLikeReplyAni Vrabel "
                     "5ptsmoderatorFeaturedFebruary 6, 2016 9:12PMLind Says His Plan Works", "2016-02-07")
    assert [e.text for e in found(art)] == ["Lind spoke in Manchester on Saturday."]


def test_a_month_that_may_come_is_ahead_and_a_far_day_naming_a_thing_is_no_date():
    """"if he is the nominee in November", written in February, is the
    November to come, also against a file's date; "the Sept. 11 attacks"
    names an event of some year the text does not give, and so does "the
    Nov. 8 vote"; "argued for a candidate who can win in November" tells a
    February argument, not a November event."""
    note = "Date taken from the file's name; it may be the day the file was saved rather than published."
    text = ("Lind argued for nominating a candidate who can win the general election in November.\n\n"
            "Voters see Berg as the one with the better chance to win if he is the nominee in November.\n\n"
            "He added that praising the former mayor for what happened after the Sept. 11 attacks was like saying "
            "the team scored 19 runs in the first inning.\n\n"
            "Both campaigns are preparing for the Nov. 8 vote across the state.")
    article = article_of(text, published="2016-02-17", note=note)
    assert [(e.date, e.text[:5]) for e in found(article)] == [("2016-11", "Voter")]


def test_a_verb_without_tense_takes_the_tense_of_the_verb_it_hangs_on():
    """"Since announcing in October ..., Lind has campaigned" and "earned
    $40 million for helping Acme sell itself in March", written in the
    summer and in January, are last year's months, not months to come."""
    text = ("Since announcing in October that he would not run, Tom Lind has campaigned for others.\n\n"
            "The bank earned $40 million for helping Acme sell itself to Globex in March.")
    assert {e.text.split()[1]: e.date for e in found(article_of(text, published="2016-01-07"))} == {
        "announcing": "2015-10", "bank": "2015-03"}


def test_a_year_that_owns_a_thing_dates_no_event():
    """"referencing the period before 1972's landmark decision" says which
    decision, not when she spoke; "last year's election was close" still
    dates the election."""
    text = ("Clinton said the plan was a step back, referencing the period before 1972’s landmark decision.\n\n"
            "Last year's election was close.")
    assert [e.date for e in found(article_of(text, published="2016-06-10"))] == ["2015"]


def test_a_past_participle_after_its_noun_is_past_whatever_governs_the_noun():
    """"how countries can live up to the agreement negotiated in December",
    written in May, is last December's agreement."""
    text = "Their goal: working out how countries can live up to the landmark accord negotiated in December."
    assert [e.date for e in found(article_of(text, published="2016-05-09"))] == ["2015-12"]


def test_a_month_that_is_a_given_name_dates_nothing():
    """The tagger sometimes reads "May Hartley" of "Rosa May Hartley" as a
    date: a capitalised word after the month that is no date says a name."""
    from spacy.tokens import Span

    doc = nlp.load()("Rosa May Hartley filmed an advert in London on April 15, and again in May Monday.")
    assert events._a_given_name(Span(doc, 1, 3, label="DATE"))
    assert not events._a_given_name(Span(doc, 15, 17, label="DATE"))  # "May Monday"
    assert not events._a_given_name(Span(doc, 9, 11, label="DATE"))  # "April 15"


def test_a_date_ahead_of_a_sentence_told_in_the_past_is_its_target_not_its_date():
    """A year or month after the article's day, in a sentence told in the
    past, is what was aimed at or supposed, not when it happened; a date
    that past sentence announces with "will" still is."""
    text = ("The council voted for a two-year delay, from 2018 to 2020.\n\n"
            "Pressed on what could bring him to run in 2020, the mayor demurred.\n\n"
            "In Leeds on Monday, Harris said that the party must back Ortiz in November.\n\n"
            "Officials warned that the money would not reach towns before September at the earliest.\n\n"
            "The mayor said the vote will be held on Nov. 8.")
    assert sorted(e.date for e in found(article_of(text, published="2015-12-28"))) == ["2015-12-28", "2016-11-08"]


def test_a_since_date_beside_a_superlative_is_a_yardstick():
    text = ("The win in 2012 marked the party's largest margin since Reagan's 1984 run.\n\n"
            "Sentiment has been higher than in any year since 2004, the survey reported.")
    assert [e.date for e in found(article_of(text, published="2015-12-28"))] == ["2012"]


def test_a_month_naming_a_thing_is_no_date_unless_the_thing_is_when():
    text = ("Leaders are issuing a warning that could shield her against an October cyber surprise.\n\n"
            "A deal may suit them better if the November election does not break their way.\n\n"
            "Prosecutors described the lies in a December court filing.")
    assert [e.date for e in found(article_of(text, published="2016-04-12"))] == ["2015-12"]


def test_a_date_not_yet_reached_is_the_time_of_writing():
    text = "“The fact that it is already almost July and the council has failed to act is shameful,” the letter read."
    assert found(article_of(text, published="2016-06-29")) == ()


def test_a_quoted_clause_apart_from_the_date_gives_it_no_tense():
    """The parse may hang "on Sept. 3" on a quoted title's "must end": a
    verb whose clause is quoted apart from the date says nothing of its
    tense (else the day went a year ahead, past the file's date); a
    quotation that only ends the date's own clause keeps its verb's tense
    (a weekday to come, against a file's date, is no date)."""
    note = "Date taken from the file's name; it may be the day the file was saved rather than published."
    text = ("In Rep. Ana Lind's essay on Sept. 3, \"The borrowing must end,\" the Democrat from Ohio appears to be "
            "repeating the old case against the budget office.\n\n"
            "Berg tweeted that if the mayor “is not ready to stand up to the unions,” the talks in Dayton on Monday "
            "“should not go ahead.”")
    assert [e.date for e in found(article_of(text, published="2019-09-09", note=note))] == ["2019-09-03"]


def test_a_relative_date_in_capitals_inside_a_sentence_is_a_name():
    """"went on ABC's This Month" names a programme; "This week" opening a
    sentence or a quotation is still a date."""
    text = ("Ana Lind went on ABC's This Month to defend her ruling.\n\n"
            "This week the council approved the budget.\n\n"
            "“Last month we lost the vote,” Lind said.")
    assert sorted(e.expression for e in found(article_of(text, published="2019-05-08"))) == ["Last month", "This week"]


def test_a_month_set_beside_a_noun_as_its_name_is_no_date():
    """"Ms. Lind's group, March for Justice in Ohio, plans ..." names the
    group; a month beside a time noun is still a date."""
    text = ("Ms. Lind's group, March for Justice in Ohio, plans to rally outside the statehouse.\n\n"
            "The deadline, March, passed quietly.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2019-03"]


def test_a_weekdays_thing_takes_the_tense_of_the_verb_it_hangs_on():
    """Written on a Wednesday: "won Tuesday's runoff" is the day before;
    "needs a win in Saturday's runoff", "is hoping Saturday's caucuses
    will ...", "is trailing ... ahead of Saturday's vote" the Saturday to
    come; after "after", or as the subject of a verb in the present, the
    thing is one gone ("Tuesday's loss leaves ...")."""
    text = ("The mayor won Tuesday's runoff by nine points.\n\n"
            "Ms. Berg badly needs a win in Saturday's runoff in Dayton.\n\n"
            "After Tuesday's loss, the mayor faces a long summer.\n\n"
            "Tuesday's loss leaves the mayor without a majority.\n\n"
            "Ms. Lind is hoping Saturday's caucuses will lift her campaign.\n\n"
            "Polls show Lind is trailing Berg just ahead of Saturday's vote.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == [
        "2019-05-07", "2019-05-11", "2019-05-07", "2019-05-07", "2019-05-11", "2019-05-11"]


def test_an_infinitive_on_a_noun_of_a_verb_in_the_present_is_to_come():
    """"has a good chance to win the runoff on Saturday", written on a
    Wednesday, is the Saturday to come; "had a good chance" says nothing
    of when, so its Saturday is the last one."""
    text = ("The mayor has a good chance to win the runoff on Saturday.\n\n"
            "The mayor had a good chance to win the runoff on Saturday.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2019-05-11", "2019-05-04"]


def test_a_date_of_a_thing_called_still_to_come_is_ahead():
    """"not hopeful about the looming vote in August", in a file of April,
    is no August gone: the vote is to come, and a sentence told in the past
    dates nothing by it; without "looming" the past verb places it."""
    note = "Date taken from the file's name; it may be the day the file was saved rather than published."
    text = ("But she was not hopeful about the looming vote in August.\n\n"
            "She was not hopeful about the vote in August.")
    assert [(e.date, e.text[:3]) for e in found(article_of(text, published="2019-04-17", note=note))] == [
        ("2018-08", "She")]


def test_a_month_labelling_when_the_event_happens_takes_its_verbs_tense():
    """In March, "are not eligible to vote in the November election" is
    the November to come, "voted in the November election" the one gone;
    "after her November remark" is before the event, whatever its tense."""
    text = ("Residents of the islands are not eligible to vote in the November election.\n\n"
            "Most residents voted in the November election.\n\n"
            "The union is unlikely to back her after her November remark.")
    assert [e.date for e in found(article_of(text, published="2019-03-12"))] == ["2019-11", "2018-11", "2018-11"]


def test_a_date_on_the_other_side_of_a_comparison_dates_no_event():
    """"lower numbers than in 2012", "compared with just 4 percent in
    2014", "smaller than the harvest today" are what the event is measured
    against; "no later than June 3" bounds the event, and "none more badly
    than at the 1999 summit" singles that one out: both still date it."""
    text = ("Exit polls suggested that young voters turned out in far lower numbers than in 2012.\n\n"
            "Donors gave a third of all the money this cycle, compared with just 4 percent in 2014.\n\n"
            "Half of the farmers said the harvest would be smaller than the harvest today.\n\n"
            "The review will be finished no later than June 3.\n\n"
            "Riots have marred many summits, none more badly than at the 1999 summit in Oslo.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2019-06-03", "1999"]


def test_a_from_with_no_end_on_a_change_is_its_baseline():
    """"fell roughly 30 percent from 2012", "is up sharply from 2009" say
    where a change is measured from; "a leaked memo from 2011" is the
    memo's date and a span "from 2009 to 2014" dates its start."""
    text = ("Surveys suggested that turnout among students fell roughly 30 percent from 2012.\n\n"
            "The officials said that figure is up sharply from 2009, before the crash.\n\n"
            "The mayor boasted about the deal in a leaked memo from 2011.\n\n"
            "The town paid $4 million in fees from 2009 to 2014.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2011", "2009"]


def test_a_full_date_after_an_owner_labels_the_noun():
    """"expects to win that county's June 4 runoff" tells what she expects,
    not an event of June 4; the owned thing that acts is still dated."""
    text = ("Speaking to supporters in Akron, Lind said that she expects to win that county's June 4 runoff.\n\n"
            "Only the city's June 4 runoff will remain.")
    assert [e.text[:4] for e in found(article_of(text, published="2019-05-08"))] == ["Only"]


def test_a_span_of_a_thing_the_event_follows_dates_no_event():
    """"after the border war between 1990 and 1992, the country turned
    inward" is no event of 1990; one day of the thing ("after a workout on
    May 2") is most often the event's own."""
    text = ("But after the border war between 1990 and 1992, the country turned inward.\n\n"
            "Ms. Lind left the gym after a workout on May 2.\n\n"
            "After the strike from 2009 to 2011, the union lost half its members.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2019-05-02"]


def test_a_nouns_date_beside_a_verb_dated_by_a_part_of_a_day_dates_no_event():
    """"turnout fell by a third on Tuesday night" is the sentence's date;
    "heavy turnout in 2010" only says which turnout it was."""
    text = ("In two wards of the city, where heavy turnout in 2010 gave Lind her majority, turnout fell by a third "
            "on Tuesday night.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2019-05-07"]


def test_a_clause_on_a_noun_inside_the_speakers_apposition_is_an_aside():
    """"said Ann Lind, a longtime donor in Ohio, who ran ... and has given
    ... since retiring in 2011": the parse hangs the clause on "Ohio", and
    a joined verb and a gerund still sit inside it; the saying is not of
    2011.  Outside any aside, "After retiring in 2011" dates the event."""
    text = ("“The mood has shifted for small donors,” said Ann Lind, a longtime donor in Ohio, who ran her family's "
            "trucking firm and has given more than $300,000 to candidates since retiring in 2011.\n\n"
            "After retiring in 2011, Lind gave more than $300,000 to candidates.")
    assert [e.text[:5] for e in found(article_of(text, published="2019-05-08"))] == ["After"]


def test_that_month_is_in_the_year_told_before_it():
    """"In 1984, ... But Lind lost ... that November" is November 1984, not
    the last November before the article; with no year told before it,
    "that October" is no date; "said that March sales rose" is no
    "that March"."""
    text = ("In 1984, Senator Ana Lind thrilled primary voters across the state. But Lind lost the general election "
            "badly to Tom Berg that November.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["1984", "1984-11"]
    assert found(article_of("The mayor resigned that October.", published="2019-05-08")) == ()
    said = nlp.load()("Officials said that March sales rose sharply.")
    assert not any(events._after_that(ent) for ent in said.ents)


def test_a_date_quoted_from_a_message_dated_in_full_is_the_messages():
    """"“... after this week ...,” Berg wrote in a June 4, 2012 message" is
    no event of the article's week; a quoted date beside a day without a
    year is still the article's."""
    text = ("\"You must be worn out after this week, but I have never been prouder,\" aide Tom Berg wrote to Lind in "
            "a June 4, 2012 message.\n\n"
            "\"We will vote on this next week,\" Lind said on Monday.")
    assert sorted(e.date for e in found(article_of(text, published="2019-05-08"))) == [
        "2012-06-04", "2019-05-06", "2019-05-15"]


def test_a_near_day_inside_a_quotation_dates_nothing():
    """"“Today, you have shown the valley what it can do,” she told the
    crowd" and a quotation's "yesterday ... tomorrow" are the day the words
    were spoken, or none, not the article's; outside quotation marks
    "today" is still the article's day."""
    text = ("Beaming at the rally, Ms. Lind told the crowd, “Today, you have shown the valley what it can do.”\n\n"
            "“Yesterday, this town was a place of mills and smoke. And tomorrow, it will be a place of "
            "gardens,” the preacher said in the sermon.\n\n"
            "“Many farmers could not sell their grain today because the road was shut,” Mr. Berg said.\n\n"
            "The council voted today to reopen the road.")
    assert [(e.date, e.text[:11]) for e in found(article_of(text, published="2019-05-08"))] == [
        ("2019-05-08", "The council")]


def test_a_weekday_labelling_a_noun_takes_its_verbs_tense_and_ahead_of_it_a_perfect_is_to_come():
    """Written on a Wednesday: "will speak at the Saturday caucus" is the
    Saturday to come, "spoke at the Saturday caucus" the one gone, as with
    "Saturday's caucus"; "has grown bitter ahead of Ohio's crowded Saturday
    caucus" reaches the present, so the caucus ahead of it is to come."""
    text = ("The mayor will speak at the Saturday caucus.\n\n"
            "The mayor spoke at the Saturday caucus.\n\n"
            "The race for the party's nomination has grown bitter ahead of Ohio's crowded Saturday caucus.\n\n"
            "The mayor has campaigned hard ahead of Saturday's caucus.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == [
        "2019-05-11", "2019-05-04", "2019-05-11", "2019-05-11"]


def test_a_weekday_labelling_a_kind_of_thing_dates_nothing():
    """"hosts a Saturday radio show", "Saturday markets": a thing that
    recurs on such days, no day of its own; "the Saturday market",
    "Saturday's market" and, told of one time, "a Saturday market" are one
    day's."""
    text = ("She also hosts a Saturday radio show and writes a column.\n\n"
            "Farmers sell eggs at Saturday markets in the valley.\n\n"
            "The mayor spoke at the Saturday market.\n\n"
            "The mayor spoke at Saturday's market.\n\n"
            "At a Saturday market in Dayton, the mayor took some shots at her rival.")
    assert [e.text[:20] for e in found(article_of(text, published="2019-05-08"))] == [
        "The mayor spoke at t", "The mayor spoke at S", "At a Saturday market"]


def test_a_weekday_to_come_from_a_time_gone_by_or_before_a_present_clause():
    """Written on a Wednesday: "days before it was to post its results on
    Wednesday" and "was rewriting a speech to be given Friday" are to come
    from a time gone by, in a week the text does not give (the "said on
    Monday" still dates); "is rewriting a speech to be given Friday" and
    "backing her on Friday after the two women meet" are the Friday to
    come; without the clause in the present, "pointed to ... backing her
    on Friday" is the Friday gone."""
    text = ("Only days before it was to post its annual results on Wednesday, the bank said on Monday that it "
            "had closed 40 branches.\n\n"
            "Tom Lind was rewriting a speech about farm prices, to be given Friday at the fairground in Dayton.\n\n"
            "Tom Lind is rewriting a speech about farm prices, to be given Friday at the fairground in Dayton.\n\n"
            "Everything pointed to the mayor backing Ms. Berg on Friday after the two women meet at city hall.\n\n"
            "Everything pointed to the mayor backing Ms. Berg on Friday.")
    assert [(e.date, e.expression) for e in found(article_of(text, published="2019-05-08"))] == [
        ("2019-05-06", "Monday"), ("2019-05-10", "Friday"), ("2019-05-10", "Friday"), ("2019-05-03", "Friday")]


def test_a_date_to_come_labelling_what_a_past_verb_acts_on_dates_nothing():
    """Written in August: "called November's general election a turning
    point" and "was holding her first rally ... ahead of next Tuesday's
    vote" are gone, the dates are the election's and the vote's; "are
    preparing for November's vote" is still the vote to come."""
    text = ("Mr. Lind called November's general election a turning point for the valley.\n\n"
            "Hundreds of farmers had gathered outside the hall, where Ms. Berg was holding her first rally in the "
            "county ahead of next Tuesday's vote.\n\n"
            "Both campaigns are preparing for November's vote.")
    assert [(e.date, e.text[:4]) for e in found(article_of(text, published="2019-08-14"))] == [
        ("2019-11", "Both")]


def test_a_month_of_a_thing_the_event_comes_after_is_gone():
    """Written in February: "is a raw issue after the flood in June" is
    last June's flood; "will be rebuilt after the storm in June" may be
    this June's."""
    text = ("Water is a raw issue in the valley after the flood in June.\n\n"
            "The bridge will be rebuilt after the storm in June.")
    assert [e.date for e in found(article_of(text, published="2020-02-17"))] == ["2019-06", "2020-06"]


def test_a_month_or_weekday_of_what_happens_again_and_again_dates_nothing():
    """"often fails to turn that into a win in November", "tends to slow
    its work as it gets closer to October", "usually meets on Tuesday":
    what recurs, on no one date; a clause that is said ("often says that
    the vote in October will ...") and a plain past still date."""
    text = ("A party that wins the most primaries often fails to turn that into a win in November.\n\n"
            "The council tends to slow its work as it gets closer to October in election years.\n\n"
            "The council usually meets on Tuesday.\n\n"
            "Mr. Lind often says that the vote in October will decide the matter.\n\n"
            "The council slowed its work in October.")
    assert [e.date for e in found(article_of(text, published="2020-02-17"))] == ["2020-10", "2019-10"]


def test_a_date_after_for_says_which_period_a_thing_is_of():
    """"her accounts for 2017 were published in March" and "would publish
    her accounts for 2017 on Friday" are published in 2019: 2017 says which
    accounts; "on Monday set the vote for June 5" was set on Monday.  With
    no other date, the "for" may date the sentence ("the tax rate for 2017
    was 30 percent", "the vote is set for June 5")."""
    text = ("On the audit, she says she would publish her accounts for 2017 on Friday.\n\n"
            "Her tax returns for 2017 were published in March.\n\n"
            "The governor on Monday set the vote for June 5.\n\n"
            "The couple's tax rate for 2017 was 30 percent.\n\n"
            "The vote is set for June 5.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == [
        "2019-05-10", "2019-03", "2019-05-06", "2017", "2019-06-05"]


def test_a_date_in_a_clause_of_purpose_dates_nothing():
    """"insisted that any deal include a delay, so that it takes effect in
    2030 rather than 2028": 2030 is an aim, not when they insisted; a
    clause of result in the past ("so that by 2015 it had doubled") still
    dates."""
    text = ("Council leaders insisted that any deal include a delay of the levy, so that it takes effect in 2030 "
            "rather than 2028.\n\n"
            "The levy grew every year, so that by 2015 it had doubled.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2015"]


def test_a_far_day_labelling_a_thing_the_event_comes_after_dates_nothing():
    """"the levy after the May 3, 2011, floods", written in 2019, came on
    another day than the floods; "voted in the May 3, 2011, election" is
    that day's, and so, near the article's date, is "tried to ask him after
    an April 30, 2019, rally"."""
    text = ("And she boasts about them at every stop: the new bridge, the farm loans and the levy after the "
            "May 3, 2011, floods.\n\n"
            "The council voted in the May 3, 2011, election.\n\n"
            "She was trying to ask the mayor a question after an April 30, 2019, rally.")
    assert [e.date for e in found(article_of(text, published="2019-05-08"))] == ["2011-05-03", "2019-04-30"]


def test_a_weekday_in_the_present_passive_is_a_schedule():
    """"A vigil is planned Friday", written on a Wednesday, is the Friday
    after, as "kick off the voting Monday" is; "was planned Friday" is the
    last one, and a verb of saying keeps news's "said" ("is quoted Friday")."""
    text = ("A vigil for the flood victims is planned Friday in Marlow.\n\n"
            "A second vigil was planned Friday in Dunmore.\n\n"
            "The mayor is quoted Monday as backing the levy.")
    dated = {e.text.split()[1]: e.date for e in found(article_of(text, published="2021-04-14"))}
    assert dated == {"vigil": "2021-04-16", "second": "2021-04-09", "mayor": "2021-04-12"}


def test_a_date_a_participle_on_a_noun_is_for_takes_the_tense_above_the_noun():
    """"the two ballots scheduled for May 10" and "the money needed for a
    strong start Tuesday" are times aimed at, placed by the verb the noun
    hangs on ("could lose", "will give"), not by the participle's past;
    "the levy approved in June" stays the past June."""
    text = ("Ms. Lind could lose Harwell and Dunmore, the two ballots scheduled for May 10.\n\n"
            "Mr. Berg hopes the grant will give him the money needed for a strong start Tuesday.\n\n"
            "The mayor defended the levy approved in June.")
    dated = {e.text.split()[1]: e.date for e in found(article_of(text, published="2021-04-14"))}
    assert dated == {"Lind": "2021-05-10", "Berg": "2021-04-20", "mayor": "2020-06"}


def test_a_modal_whose_verb_is_left_out_gives_the_date_its_tense():
    """"she probably will not until after the vote on June 3": the verb
    left out after "will" is to come, so, written in April, June 3 is this
    year's, not the last one as "has not backed" would put it."""
    text = "So far the mayor has not backed the plan, and she probably will not until after the vote on June 3."
    assert [e.date for e in found(article_of(text, published="2021-04-14"))] == ["2021-06-03"]


def test_a_month_labelling_a_thing_in_a_phrase_on_a_noun_takes_no_tense_from_the_verb():
    """"the threat of a revolt in a July referendum", written in April, is
    this July's referendum, which the past "raised" does not put in the
    year before: a thing to come that a past verb acts on, no date of the
    raising; "voted in the July referendum" is still the last July."""
    text = ("The storms raised new fears about the levy, with the threat of a revolt in a July referendum.\n\n"
            "The council voted in the July referendum.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2021-04-14"))] == [
        ("2020-07", "council")]


def test_a_date_in_a_clause_whose_verb_the_parse_takes_for_a_noun_has_no_tense():
    """"towns ... that host fairs in June": the parse makes "fairs" the
    clause's head and "host" a noun, so the clause's tense is unknown and
    the main verb's past ("has focused") no longer puts June, written in
    April, in the year before; this June is ahead of a sentence told in
    the past, so it dates nothing."""
    text = "The mayor has focused her money on towns in the north and west that host fairs in June."
    assert found(article_of(text, published="2021-04-14")) == ()


def test_an_infinitive_on_a_noun_of_a_verb_in_the_present_progressive_is_to_come():
    """"is spending heavily in an effort to stop the mayor from winning
    Tuesday's runoff", written on a Wednesday, is the Tuesday after; "spent
    heavily in an effort to ..." says nothing of when, so the last one."""
    text = ("The group is spending heavily in an effort to stop the mayor from winning Tuesday's runoff.\n\n"
            "A rival spent heavily in an effort to stop the mayor from winning Tuesday's runoff.")
    dated = {e.text.split()[1]: e.date for e in found(article_of(text, published="2021-04-14"))}
    assert dated == {"group": "2021-04-20", "rival": "2021-04-13"}


def test_a_date_in_an_aside_on_a_noun_beside_an_event_of_its_own_dates_nothing():
    """"A portrait of Ann Lind, who died Friday, was unveiled" and "paid
    tribute to her brother, who died late Sunday": the death's day, not the
    unveiling's or the tribute's.  An aside on a time tells of that time
    ("on the final day, when 12 towns will vote on May 3"), and under a
    verb in the simple present the aside may be the news."""
    text = ("A portrait of Ann Lind, who died Friday at 81, was unveiled at the town hall.\n\n"
            "Mourners paid tribute to her brother, who died late Sunday in a Dunmore clinic.\n\n"
            "He could do well on the final day, when 12 towns will vote on May 3.\n\n"
            "The remarks echo those of her rival, Ana Ruiz, who in March 2021 rejected the plan.")
    assert [e.date for e in found(article_of(text, published="2021-04-14"))] == ["2021-05-03", "2021-03"]


def test_a_relative_date_in_title_case_at_a_quotations_start_is_a_name():
    """A programme's title in quotation marks ("on KLTV's “This Month.”",
    "Later on “Next Week,” ...") is no date even where a date's first word
    would be capitalised; "“This week the council voted ...”" still is."""
    text = ("“The mayor doesn't listen,” she said on KLTV's “This Month.”\n\n"
            "Later on “Next Week,” Senator Ann Lind questioned the plan.\n\n"
            "“This week the council voted it down,” she said.")
    assert [e.expression for e in found(article_of(text, published="2021-04-14"))] == ["This week"]


def test_a_near_day_in_a_clause_reported_from_another_time_dates_nothing():
    """"In a March interview ..., she suggested the town should build
    another one today": the speaker's day, in March, not the article's;
    with no other date the reported "today" is still the article's."""
    text = ("In a March interview with KLTV, she spoke warmly of the old dam and suggested the town should build "
            "another one today.\n\n"
            "She suggested on the radio that the town should build another one today.")
    assert [(e.date, e.expression) for e in found(article_of(text, published="2021-04-14"))] == [
        ("2021-03", "March"), ("2021-04-14", "today")]


def test_the_end_of_what_a_thing_covers_dates_no_event():
    """"reports detailing their spending through the end of 2020" is the
    reports' period, not when the deadline or the release was; "ran at
    full speed through the end of 2020" still dates the running."""
    text = ("That is the deadline for the firms to file reports detailing their spending through the end of 2020.\n\n"
            "The mayor released a report covering the town's spending through the end of 2020.\n\n"
            "The plant ran at full speed through the end of 2020.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2021-01-20"))] == [
        ("2020", "plant")]


def test_a_day_of_a_thing_a_past_event_came_before_dates_nothing():
    """"the tactics the parties used in the run-up to the vote on Monday"
    and "resigned ahead of the hearing on Friday": the vote's and the
    hearing's days, after the past event by a stretch the text does not
    give; "will resign ahead of the hearing on Friday" is the Friday to
    come, and "resigned on Friday" the last one."""
    text = ("The study offers clues about the tactics that the parties used in the run-up to the vote on Monday "
            "in Marlow.\n\n"
            "Ms. Lind resigned ahead of the hearing on Friday.\n\n"
            "Mr. Berg will resign ahead of the hearing on Friday.\n\n"
            "Ms. Ruiz resigned on Friday.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2021-04-14"))] == [
        ("2021-04-16", "Berg"), ("2021-04-09", "Ruiz")]


def test_a_day_set_right_after_a_thing_a_past_event_came_before_dates_nothing():
    """"polled best before the primary March 4", told on February 20: the
    primary's day, not the polling's; the past tense does not put it a
    year back.  "voted in the primary March 4" is that day."""
    text = ("Ms. Lind and Mr. Berg polled best before the Ohio primary March 4, the survey found.\n\n"
            "Ms. Ruiz voted in the Ohio primary March 4.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2021-02-20"))] == [
        ("2020-03-04", "Ruiz")]


def test_day_words_the_articles_date_does_not_place_are_listed():
    """Against a file's date, "will air Friday" and "is planned Sunday" are
    days to come in a week unknown, and a quoted "today" is the speaker's:
    each is listed (offset, word) for the inline brackets; "spoke Monday"
    is placed, and "is meeting Wednesday" on a Wednesday is that day."""
    text = ("The ad will air Friday on cable.\n\n"
            "A vigil is planned Sunday in Marlow.\n\n"
            "“The attack that happened today shocked us,” Ms. Lind said.\n\n"
            "The mayor spoke Monday.\n\n"
            "The council is meeting Wednesday.")
    article = article_of(text, published="2021-04-14", note="the file's date")
    listed = events.unplaced(article, nlp.load()(article.text))
    assert [(word, text[at:at + len(word)].lower()) for at, word in listed] == [
        ("friday", "friday"), ("sunday", "sunday"), ("today", "today")]


def test_a_date_in_a_clause_of_time_inside_a_relative_clause_dates_no_event():
    """"a bakery he owned in Marlow after he left the army in 2009" is the
    background of a background: not when the charges were expected."""
    text = ("The charges against Mr. Berg were expected to focus on a bakery he owned in Marlow after he left the "
            "army in 2009.\n\n"
            "He left the army in 2009 and opened a bakery.")
    assert [e.text.split()[0] for e in found(article_of(text, published="2021-04-14"))] == ["He"]


def test_a_gerund_after_after_is_done_before_its_verb():
    """"After beating Ms. Lind in Tuesday's runoff, Mr. Berg must now
    rebuild ...", written on a Thursday: the beating is gone, so the Tuesday
    before, not the one the modal "must" would put ahead."""
    text = "After beating Ms. Lind in Tuesday's runoff, Mr. Berg must now rebuild the council."
    assert [e.date for e in found(article_of(text, published="2021-04-15"))] == ["2021-04-13"]


def test_a_command_speaks_of_a_time_to_come():
    article = article_of("Ohio: Remember in November the senators who blocked the bridge bill.", published="2021-04-14")
    assert [e.date for e in found(article)] == ["2021-11"]
    stated = article_of("They remember in November what the senators did.", published="2021-04-14")
    assert [e.date for e in found(stated)] == ["2020-11"]


def test_a_day_of_the_week_a_sentence_names_refines_that_week():
    article = article_of("The bill seemed to be gliding through the council this week when the mayor's allies decided"
                         " late Tuesday to stall it.", published="2021-04-15")
    assert [(e.date, e.expression) for e in found(article)] == [("2021-04-13", "late Tuesday")]
    other = article_of("The council met last week and will vote on Tuesday.", published="2021-04-15")
    assert sorted(e.date for e in found(other)) == ["2021-04-08", "2021-04-20"]


def test_a_date_in_a_quoted_question_dates_no_event():
    asked = article_of("“The whole valley thinks we are a quiet town,” Okafor told the crowd. “Why not show them on"
                       " Friday?”", published="2021-04-14")
    assert found(asked) == ()
    told = article_of("“We vote on Friday. Why wait?” Okafor told the crowd.", published="2021-04-14")
    assert [e.date for e in found(told)] == ["2021-04-16"]


def test_a_weekdays_thing_a_past_or_untimed_event_comes_ahead_of_is_unplaced():
    text = "A party elder told reporters that Thursday's leak was an attempt to wound Okafor ahead of Tuesday's vote."
    article = article_of(text, published="2021-04-18")
    assert [(e.date, e.expression) for e in found(article)] == [("2021-04-15", "Thursday")]
    assert [word for _, word in events.unplaced(article, nlp.load()(text))] == ["tuesday"]
    perfect = article_of("The race has turned bitter ahead of Tuesday's vote.", published="2021-04-18")
    assert [e.date for e in found(perfect)] == ["2021-04-20"]


def test_a_date_in_a_clause_on_a_noun_held_deeper_than_the_event_dates_no_event():
    for text in ("In Leeds, Okafor made an impromptu stop at the Harbour cafe in Leeds, where two men were hurt May 2"
                 " by a falling crane.",
                 "In reply to the paper's questions about gifts she received March 3, 2020, Rep. Ada Lind refunded"
                 " $12,000 to the donors.",
                 "Early in the race, Mr. Berg urged a boycott of Orbix if the firm did not help the police unlock the"
                 " laptop used by one of the thieves in the bank robbery last year in Dover."):
        assert found(article_of(text, published="2021-06-10")) == ()
    told = article_of("In a statement released Tuesday, the mayor said the plan would go ahead.", published="2021-06-10")
    assert [e.date for e in found(told)] == ["2021-06-08"]


def test_a_date_in_a_clause_of_reason_dates_no_event():
    text = ("Ada Lind, the head of Civic Watch, charged that Mr. Berg ''buried'' the files from the press because they"
            " appeared to contradict his public promise in 2019 to step back from Berg Holdings business.")
    assert found(article_of(text, published="2021-06-10")) == ()
    conceded = article_of("Although the plant opened in 2012, it closed last year.", published="2021-06-10")
    assert [e.date for e in found(conceded)] == ["2020"]
    caused = article_of("The plant closed in 2012 because it lost money.", published="2021-06-10")
    assert [e.date for e in found(caused)] == ["2012"]


def test_a_participle_on_a_noun_in_a_phrase_or_a_verb_in_a_quoted_title_still_dates_the_event():
    for text, date in (("Berg won two thirds of the farm votes cast in 2016, while Hale took 30 percent.", "2016"),
                       ("In a chat with the Courier published Monday, Hale set out a new argument.", "2021-06-07"),
                       ("Lena Ortiz and Tom Hale attended a press event to promote season 3 of the cable drama"
                        " \"Nights Are Long\" on May 29 in Paris.", "2021-05-29")):
        assert [e.date for e in found(article_of(text, published="2021-06-10"))] == [date]


def test_a_year_less_day_told_before_with_its_year_takes_that_year():
    """"her March 4, 2019 hearing ... the memo she wrote on March 4": the
    day told again, in 2019, not the March 4 nearest a 2021 article; a
    day told before in another month keeps the article's year."""
    text = ("Ms. Lind praised the March 4, 2019 hearing in a memo.\n\n"
            "She wrote the memo on March 4 at noon.\n\n"
            "Mr. Berg left on June 2.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2021-06-10"))] == [
        ("2019-03-04", "wrote"), ("2021-06-02", "Berg")]


def test_a_month_after_this_is_the_articles_years():
    """"must have to carry the state in this October vote", said in
    January: the coming October, though a bare October is nearer last
    year's."""
    text = "“The one thing you must have to carry the state in this October vote is money,” Ms. Lind said."
    assert [e.date for e in found(article_of(text, published="2022-01-20"))] == ["2022-10"]


def test_a_gerund_on_a_noun_of_what_may_come_is_ahead():
    """"is hopeful about her chances of winning in October", said in
    January: the October to come, though last year's is nearer; weighed
    in the past ("was hopeful about ...") it is left to the nearest."""
    text = ("Ms. Lind is hopeful about her chances of winning in October.\n\n"
            "Mr. Berg was hopeful about his chances of winning in October.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2022-01-20"))] == [
        ("2022-10", "Lind"), ("2021-10", "Berg")]


def test_an_infinitive_of_a_present_state_is_ahead():
    """"is on pace to finish the tour on Monday afternoon", said on a
    Wednesday: the Monday to come, not the one gone, however the parse
    hangs the infinitive."""
    text = "Ms. Lind is currently on pace to finish the tour on Monday afternoon, in Marlow."
    assert [e.date for e in found(article_of(text, published="2021-03-10"))] == ["2021-03-15"]


def test_a_date_quoted_beside_a_saying_dates_not_the_saying():
    """"“Nothing changed after the 2019 flood,” said Ms. Lind" and "she
    stated, “... by 2030 ...”": a quoted year is of what the words speak
    of, not of the saying the row tells; a date outside the quotation
    still dates it, and so does one after a mark never closed."""
    text = ("“Nothing changed after the 2019 flood in Ohio,” said Ms. Lind.\n\n"
            "On the radio the day before, she stated, “I think maybe 300 homes will be lost by 2030 in Ohio.”\n\n"
            "Ms. Lind said on Monday that the plan was “dead since 2019.”\n\n"
            "Mr. Berg joined the mayor to announce a plan to get bikes out of the “bike shed\" in Dover on March 2.")
    assert [(e.date, e.text.split()[1]) for e in found(article_of(text, published="2021-03-10"))] == [
        ("2021-03-08", "Lind"), ("2021-03-02", "Berg")]


def test_a_quoted_tonight_is_listed_unplaced():
    """“... a long night tonight,” she told him: the speaker's night, which
    the article's date does not give (the parse calls "tonight" a time,
    not a date); the writer's own "will vote tonight" is placed."""
    text = ("“You were superb. Have a long night tonight,” Ms. Lind told Mr. Berg.\n\n"
            "The council will vote tonight.")
    article = article_of(text, published="2021-04-14")
    listed = events.unplaced(article, nlp.load()(article.text))
    assert [(word, text[at:at + len(word)]) for at, word in listed] == [("tonight", "tonight")]
    assert listed[0][0] < text.index("Ms. Lind")


def test_a_date_in_a_clause_inside_a_clause_of_time_dates_no_event():
    """"After Ms. Lind told him that she had served during the 2012
    drought, he wrote ...": 2012 is of what she told him, not of the
    writing; "After she left the firm in 2012, ..." still dates."""
    text = ("After Ms. Lind told Mr. Berg that she had served the town during its 2012 drought, Mr. Berg wrote "
            "that he was impressed.\n\n"
            "After Ms. Ruiz left the firm in 2012, she wrote a book.")
    assert [(e.date, e.text.split()[2]) for e in found(article_of(text, published="2021-04-14"))] == [
        ("2012", "Ruiz")]


def test_a_weekdays_thing_an_event_to_come_is_after_is_unplaced():
    """"after Thursday's hearing, she must fly to Ohio", said on a
    Wednesday: that Thursday may be gone or to come, so no date and no
    bracket; "after Thursday's hearing, she flew" is the one gone."""
    text = ("After Thursday's hearing, Ms. Lind must fly to Ohio.\n\n"
            "After Thursday's hearing, Mr. Berg flew to Ohio.")
    article = article_of(text, published="2021-03-10")
    assert [(e.date, e.text.split()[4]) for e in found(article)] == [("2021-03-04", "Berg")]
    assert [word for _, word in events.unplaced(article, nlp.load()(article.text))] == ["thursday"]


def test_a_removed_photo_caption_bounds_an_undated_article():
    from dataclasses import replace

    from briefing.models import Removal

    text = "The singer will play a show on March 4.\n\nHer mentor had retired in 2007."
    caption = Removal(action="removed", rule=events.CAPTION,
                      text="FILE - In this Oct. 3, 2015 file photo, the singer performs in Lisbon.")
    article = replace(article_of(text), removals=(caption,))
    anchor = events.anchor_for(article)
    assert anchor.date == dt.date(2015, 10, 3) and anchor.weak and anchor.precision == "day"
    assert {e.expression: e.date for e in found(article)}["March 4"] == "2016-03-04"


def test_a_date_on_a_participle_describing_a_thing_dates_that_thing_not_the_event():
    """"a photo of her greeting a child in 2015", posted this week, and "the
    sums spent since 2010" are the thing's time; "the votes cast in 2012"
    are of the event's own."""
    greeting = article_of("The mayor shared a photo of herself greeting a child at the airport in 2015.",
                          published="2022-05-10")
    assert [e.date for e in found(greeting)] == []
    spent = article_of("The auditors criticised the $40 million spent on consultants since 2010.",
                       published="2022-05-10")
    assert [e.date for e in found(spent)] == []
    cast = article_of("She won three quarters of the votes cast in 2012.", published="2022-05-10")
    assert [e.date for e in found(cast)] == ["2012"]


def test_a_second_relative_clause_joined_by_and_who_is_one_deep_not_nested():
    text = ("The crowd answered the mayor, who left the city after he was defeated and who on June 3 "
            "issued a call for a new vote.")
    assert [e.date for e in found(article_of(text, published="2022-06-10"))] == ["2022-06-03"]


def test_words_an_unnamed_voice_is_quoted_saying_after_a_colon_are_no_event():
    text = ("Residents joked online.\n\n"
            "Another wrote: ”Floods in the year of the goose. Next year is the year of the mole.”\n\n"
            "Mayor Tom Lind said: “The new dam opens next year.”")
    assert [e.text[:10] for e in found(article_of(text, published="2022-05-10"))] == ["Mayor Tom "]


def test_a_practice_named_since_a_year_keeps_its_date():
    text = "The two navies have held joint drills, named Sea Shield, with one another every year since 2016."
    assert [e.date for e in found(article_of(text, published="2022-05-10"))] == ["2016"]


def test_a_date_in_a_clause_on_a_nested_noun_does_not_date_what_is_going_on_now():
    """"is now cutting costs, including at a unit, which it bought in 2017":
    2017 is when the unit was bought, not when the cuts happen; a simple
    present ("the video shows a man who is seen on May 2, 2015") still
    dates what it shows."""
    ongoing = article_of("Acme is now cutting costs, including layoffs at Zento, which it acquired for "
                         "$100 million in 2017.", published="2019-11-18")
    assert found(ongoing) == ()
    shown = article_of("The video shows a guard letting in a man who can be seen in the hall at 1 a.m. on "
                       "May 2, 2015.", published="2019-11-18")
    assert [e.date for e in found(shown)] == ["2015-05-02"]


def test_a_date_in_a_forecast_dates_no_event():
    # What someone predicts will happen is not an event of that date.
    assert found(article_of("An analyst has predicted that the firm will move its plant to Ohio in 2031.")) == ()
    assert found(article_of("Economists forecast prices to fall sharply in 2031.")) == ()
    # A forecast of the past, or a plan, still dates its event.
    (event,) = found(article_of("He predicted the crash in 2008 in a short memo."))
    assert event.date == "2008"
    (event,) = found(article_of("The firm is expected to open its plant in Ohio in 2031."))
    assert event.date == "2031"


def test_a_year_on_a_forecast_told_in_the_present_dates_no_event():
    # "analysts predict growth in 2031": the year is the growth's, not when anyone spoke.
    assert found(article_of("The mayor said analysts predict faster growth in 2031 and 2032 if the plan passes.")) == ()
    assert found(article_of("The bank forecasts a small deficit in 2031.")) == ()
    # Told in the past, the year may be the forecast's own; an opinion verb is no forecast.
    (event,) = found(article_of("He predicted the crash in 2008 in a short memo."))
    assert event.date == "2008"


def test_a_year_in_a_clause_beside_a_weekdays_news_dates_no_event():
    # The news is Friday's; the year is of what the "after" or "whose" clause tells.
    assert found(article_of("Local leaders on Friday urged the mayor to delay his trip, "
                            "after two aides were charged for falsifying ballots in 2016.")) == ()
    assert found(article_of("Lind, whose panel has studied fraud in the 2016 vote for a year, "
                            "also said that there must be observers at the count in Dover Monday.")) == ()
    # One verb for both, or a year in what was said on that day, still dates.
    (event,) = found(article_of("In 2016 the council met on a Friday to close the plant."))
    assert event.date == "2016"
    (event,) = found(article_of("The mayor said Friday that the plant closed in 2016."))
    assert event.date == "2016"
    (event,) = found(article_of("The mayor on Friday released the accounts, showing that the town earned "
                                "$9 million in 2016."))
    assert event.date == "2016"
    assert found(article_of("Lind stressed on Monday that there must be observers at the count to ensure "
                            "that the mayor makes the 2016 vote a priority.")) == ()
    # The weekday of a document a participle dates is the source's, not the news's.
    (event,) = found(article_of("Pupils who took the test in 2016 beat their elders, according to a survey "
                                "released on Wednesday."))
    assert event.date == "2016"


def test_a_date_on_a_verb_of_what_may_happen_under_a_condition_or_hedge_dates_no_event():
    assert found(article_of("If she won, she would presumably run in 2031 for a full term.")) == ()
    assert found(article_of("If the plan passes, the town could open the bridge in 2031.")) == ()
    assert found(article_of("She would probably run in 2031.")) == ()
    # A future in the past, told as what happened, still dates.
    (event,) = found(article_of("She would later serve as mayor from 2001 to 2005."))
    assert event.date == "2001"


def test_a_year_labelling_a_law_an_attack_or_a_victory_bounds_the_text_as_it_is():
    # A law, an attack, a win: done by their year, so no year is taken off as for a label of a cycle to come.
    assert events.latest_stated("It overrides the 1976 Harbour Access Act, which grants rights.").date.year == 1976
    assert events.latest_stated("It amends a 1976 law that grants rights.").date.year == 1976
    assert events.latest_stated("Tolls rose in 1990. She pulled off a surprise 2012 victory.").date.year == 2012
    # "may have" is a past the writer is unsure of, not one to come.
    assert events.latest_stated("Agents may have played a part in the 2001 attacks.").date.year == 2001
    # With a modal after it, the win may be one to come: a label still.
    assert events.latest_stated("Tolls rose in 1990. A 2019 win would give her the seat.").date.year == 2018


def test_a_year_before_a_modal_in_its_clause_or_in_a_name_bounds_nothing():
    # "in 2031 we can ..." is a hope; "the Harbour 2040 plan" a name: neither says when the text was written.
    assert events.latest_stated("Tolls rose in 2012. “I think in 2031 we can do without tolls.”").date.year == 2012
    assert events.latest_stated("Tolls rose in 2012. The Harbour 2040 plan was approved.").date.year == 2012
    assert events.latest_stated("Tolls rose in 2012. Her “Harbour 2040” was approved.").date.year == 2012
    # A comma ends the clause; a month, a season or a preposition before a year is no name.
    assert events.latest_stated("In 2013, the ferry will run hourly.").date.year == 2013
    # Only after "in" or "by": "tolls from 2013 will be refunded" reports those tolls.
    assert events.latest_stated("Tolls from 2013 will be refunded.").date.year == 2013
    assert events.latest_stated("The ferry ran in May 2013.").date.year == 2013
    assert events.latest_stated("The ferry ran in Spring 2013.").date.year == 2013


def test_a_year_labelling_a_period_is_a_date():
    # "the 2021 school year" is a time, not a thing named: it bounds the text, and is not taken a year back.
    assert events.latest_stated("Fees rose in 2010. As of the 2021 school year, pupils pay less.").date.year == 2021
    assert events.latest_stated("Fees rose in 2010. They revived the 2013 overhaul.").date.year == 2010


def test_a_forecast_figure_an_expected_change_a_hope_or_a_target_dates_no_event():
    # A figure forecast, a change someone expects of a thing, a hope "I think ... we can": none is an event.
    assert found(article_of("Brokers predicted an average rent of $900 in 2031.")) == ()
    assert found(article_of("The guild expects the price of wool to climb to $9 a kilo in 2031.")) == ()
    assert found(article_of("“I think in 2031 we can do without coal,” the mayor said.")) == ()
    # A deadline under a plan or a modal is a target.
    assert found(article_of("Her plan envisaged raising the tram fleet to 90 cars by 2031.")) == ()
    assert found(article_of("The deal would ensure the mill runs on wind by 2031.")) == ()
    # A plan of the subject's own, a deadline met and a thing foreseen still date their events.
    (event,) = found(article_of("The guild expects to open its new hall in 2031."))
    assert event.date == "2031"
    (event,) = found(article_of("By 2015 the tram fleet had doubled."))
    assert event.date == "2015"


def test_a_year_in_a_name_dates_no_event():
    # "the Harbour 2040 plan": a plan's name, not when it was approved.
    assert found(article_of("Officials said the Harbour 2040 plan, drawn up by the council, was approved.")) == ()
    (event,) = found(article_of("The council approved the harbour plan in 2019."))
    assert event.date == "2019"


def test_a_date_in_a_clause_on_a_noun_beside_the_main_verbs_own_date_dates_no_event():
    # The clause tells the man's past; the sentence's news is Friday's.
    text = "A baker who has been in jail since 1990 walked free on Friday after a judge ruled."
    assert "1990" not in {e.expression for e in found(article_of(text))}
    text = "Ann Lind, a former judge who, in 1990, helped draft the code, said on Friday that it was out of date."
    assert "1990" not in {e.expression for e in found(article_of(text))}
    # Without a date of the main verb's own, the clause's date stays.
    (event,) = found(article_of("The baker who opened the shop in 1990 sold it to his niece."))
    assert event.date == "1990"
    # A clause on a time tells of that time.
    text = "The ties began in 2012 when the minister had visited the port in 2011."
    assert {"2011", "2012"} <= {e.expression for e in found(article_of(text))}


def test_a_rule_for_anyone_dates_no_event():
    # "In 2031, you can put in $9,000": what anyone may do that year, not an event of it.
    assert found(article_of("In 2031, you can put in up to $9,000 before tax.")) == ()
    (event,) = found(article_of("In 2019, she put in $9,000 before tax."))
    assert event.date == "2019"


def test_a_date_of_a_thing_the_event_is_likened_to_or_a_yardstick_clause_dates_no_event():
    assert found(article_of("The board rated the spill as bad as the great flood of 1953.")) == ()
    assert found(article_of("The board put the spill on a par with the barge collision in 1953.")) == ()
    text = "The bank cut rates on Friday, the first such cut since the board came to the aid of the mills in 2000."
    assert "2000" not in {e.expression for e in found(article_of(text))}
    (event,) = found(article_of("The board rated the spill in 1953."))
    assert event.date == "1953"


def test_a_past_this_week_on_a_monday_is_no_event_and_listed_unplaced():
    """"(including a goal this week)" written on a Monday is the week gone,
    not the one begun: no row, and no bracket for the week begun."""
    text = "The striker has looked sharp (including scoring another goal this week). She will rest this week."
    article = article_of(text, published="2021-04-12")
    assert [e.text for e in found(article)] == ["She will rest this week."]
    assert events.unplaced(article, nlp.load()(text)) == ((text.index("this week"), "this week"),)


def test_a_stretch_of_time_is_one_event_dated_from_its_first_end():
    """"from 2004 to 2009", which the parse may give as two dates, is one
    event over that period, not one row for each end."""
    article = article_of("The firm paid the fund $3 million from 2004 to 2009, the filings show.")
    (event,) = found(article)
    assert (event.date, event.expression) == ("2004", "from 2004 to 2009")


def test_a_date_in_a_clause_hoped_for_is_no_event():
    """What someone hopes (or feels) may come is no dated event: "hoped
    that the bridge would open in 2019" (the parse's lemma of "hoped" is
    "hop"), "feeling the old keeper can play on until 2030"."""
    for text in ("She hoped that the bridge would open in 2019, but it never did.",
                 "\u201cHe is in fine form,\u201d said the coach, feeling the old keeper can play on until 2030."):
        assert found(article_of(text, published="2020-06-10")) == ()
    assert len(found(article_of("I think the vote took place in 2018.", published="2020-06-10"))) == 1


def test_a_year_talked_of_is_no_event():
    """"spoke of 1989", "recalled 1989": the time talked of, not when the
    talk happened; a talk in 1989 is still dated."""
    for text in ("At the rally, she spoke of 1989 and of the strikes that followed.",
                 "The minister recalled 1989 as a turning point."):
        assert found(article_of(text, published="2020-06-10")) == ()
    assert [e.date for e in found(article_of("She spoke to the strikers in 1989.", published="2020-06-10"))] == ["1989"]


def test_a_year_in_a_likeness_is_no_event():
    """"Like Smith in 1972, Jones in 1980 and Brown in 1994, her goal will
    be remembered": the years of the goals likened, not of hers."""
    text = "Like Smith against Wales in 1972, Jones in 1980 and Brown in 1994, her goal will be remembered for ever."
    assert found(article_of(text, published="2020-06-10")) == ()


def test_how_far_back_a_thing_goes_is_no_event():
    """"a city tradition dating back to 1921" dates the tradition, not the
    training the sentence tells of."""
    text = "The players were training for the annual charity match, a city tradition dating back to 1921."
    assert found(article_of(text, published="2020-06-10")) == ()


def test_a_labels_year_after_after_the_bounds_an_undated_text():
    """"after the 2011 flood" tells of a thing gone before the text: its
    year bounds it; "the 2011 flood" alone may be a label of any time."""
    assert events.latest_stated("Rules tightened after the 2011 flood. The dam was built in 1968.").date.year == 2011
    assert events.latest_stated("The 2011 flood plan is ready. The dam was built in 1968.").date.year == 1968


def test_a_year_in_a_titles_barred_part_is_no_event():
    """"Lopez completes the comeback | 2018 Summer Games": the part after
    the bar names the series the title belongs to; a year in a sentence
    is still its event's."""
    assert found(article_of("Highlights: Ana Lopez completes the comeback | 2018 Summer Games",
                            published="2020-06-10")) == ()
    assert [e.date for e in found(article_of("She scored twice at the 2018 Summer Games in Oslo.",
                                             published="2020-06-10"))] == ["2018"]


def test_a_year_in_a_likeness_after_a_colon_is_no_event():
    text = ("Daily Post (Spain): Like Smith against Wales in 1972, Jones against Chile in 1980 or Brown against Peru "
            "in 1994, her display will be remembered for ever.")
    assert found(article_of(text, published="2020-06-10")) == ()
    assert len(found(article_of("Like her father, she joined the navy in 1990.", published="2020-06-10"))) == 1


def test_an_undated_text_gives_no_row_for_a_weekday_or_a_counted_time():
    """What the scope's note on undated sources says: a weekday, or a time
    counted from the text's own day, makes no event where that day is unknown."""
    article = article_of("The mayor opened the bridge on March 3, 2019.\n\n"
                         "She visited the school on Tuesday, toured the port last month and left two days ago.")
    assert [e.expression for e in found(article)] == ["March 3, 2019"]


def test_a_prospect_told_in_the_past_is_not_dated_by_its_year():
    assert found(article_of("Lind, a mayor, had announced that she would not run again in the 2020 race.")) == ()
    assert found(article_of("The firm said it would shut the mill in 2019.")) == ()
    (event,) = found(article_of("Lind said in May 2019 that she would not run again."))
    assert event.date == "2019-05"


def test_a_date_of_a_like_event_done_before_does_not_date_the_sentence():
    assert found(article_of("The council must cut costs, as it did in 2012, when the mill shut.")) == ()
    assert found(article_of("The board has to act, as it seems to have done back in 2012.")) == ()
    (event,) = found(article_of("The council cut costs in 2012, as it had promised."))
    assert event.date == "2012"


def test_a_later_month_than_the_latest_full_date_bounds_the_text_at_its_month():
    anchor = events.latest_stated("The pact was signed on May 2, 2011. The talks ran through June and August of 2011.")
    assert (anchor.date, anchor.precision) == (dt.date(2011, 8, 1), "month")
    anchor = events.latest_stated("The pact of June 2011 was signed on June 20, 2011.")
    assert (anchor.date, anchor.precision) == (dt.date(2011, 6, 20), "day")


def test_an_event_over_two_months_of_a_year_is_dated_from_the_first():
    (event,) = found(article_of("The deal was made by Lind during the months of April and June of 2015."))
    assert (event.date, event.expression) == ("2015-04", "April and June of 2015")


def test_a_date_in_a_past_perfect_clause_on_a_noun_is_not_the_sentence_s():
    assert found(article_of("Lind settled a claim her clerk had filed in 2014.")) == ()
    (event,) = found(article_of("Lind will settle the claim that her clerk had filed in 2014."))
    assert event.date == "2014"
    (event,) = found(article_of("Lind settled a claim her clerk filed in 2014."))
    assert event.date == "2014"


def test_a_month_and_year_is_a_date_never_a_label_taken_a_year_back():
    # "elected in March 2011 to lead" had bounded its article "not before 2010".
    assert events.latest_stated("Ms. Hale was elected in January 2011 to lead the guild.").date.year == 2011
    assert events.latest_stated("A March 2012 audit by the board found waste.").date.year == 2012
    assert events.latest_stated("The mayor met the envoy in May 2014 in Oslo.").date.year == 2014
    # After "the", month and year may name a thing still to come, as "the 2020 election" does.
    assert events.latest_stated("The party is preparing for the November 2016 vote.") is None
    assert events.latest_stated("Since the June 2013 vote the council has changed.").date.year == 2013


def test_a_year_the_event_comes_ahead_of_bounds_nothing_and_dates_no_event():
    # "ahead of 2020": the time the sentence's event comes before, which may still be to come.
    assert events.latest_stated("The plan also serves as a platform for the party ahead of 2016.") is None
    assert events.latest_stated("Rents rose in 2011, in the run-up to 2014.").date.year == 2011
    platform = article_of("The bill passed in 2015. It also serves as a platform for the party ahead of 2016.")
    assert [e.date for e in found(platform)] == ["2015"]
    early = article_of("The mayor resigned ahead of Tuesday.", published="2019-03-09")
    assert found(early) == ()


def test_a_bare_year_after_after_starts_a_stretch_and_dates_no_event():
    fund = article_of("Reserves ran low in 2012. After 2030, the fund will only pay 70 percent of its claims.")
    assert [e.date for e in found(fund)] == ["2012"]
    moved = article_of("Beyond 2005 the mill moved its looms to Leeds.")
    assert found(moved) == ()
    crash = article_of("After the 2008 crash, the mill moved its looms to Leeds.")
    assert [e.date for e in found(crash)] == ["2008"]


def test_a_deadline_under_a_word_of_duty_or_schedule_dates_no_event():
    due = article_of("The two ports are due to meet the quotas by March 2018 under the pact.", published="2017-05-02")
    assert found(due) == ()
    assert found(article_of("The mills were required to cut their fumes by 2010.")) == ()
    # A date the schedule fixes, not a deadline, is the event's.
    (event,) = found(article_of("The mill is scheduled to close in May 2019.", published="2019-03-01"))
    assert event.date == "2019-05"


def test_a_clause_between_commas_on_the_subject_dates_no_event_when_the_parse_misses_it():
    # "re-instituted" is split at its hyphen and the parse no longer hangs the clause on the subject.
    text = ("Funds ran out in 1990. The self-styled Strictest Judge, who famously re-instituted road gangs in 1995 "
            "and has also been a backer of his county's parking law, said that Lane has done more than anyone.")
    assert [e.date for e in found(article_of(text))] == ["1990"]
    # Closed by a comma before another clause, not before the main verb, it may be the news.
    canal = article_of("Both sides back the canal project, which was agreed in 2015.", published="2016-01-05")
    assert [e.date for e in found(canal)] == ["2015"]


def test_a_date_in_a_phrase_on_a_thing_the_present_verb_takes_dates_no_event():
    ongoing = article_of("The board is studying the collapse of the bridge in the 2012 flood.")
    assert found(ongoing) == ()
    nested = article_of("Critics want access to the inquiry into foreign interference in the 2012 election.")
    assert found(nested) == ()
    # A thing a simple present takes directly is often a record's: its date stays.
    (event,) = found(article_of("The tape shows the raid on March 17, 1990."))
    assert event.date == "1990-03-17"


def test_what_someone_expected_another_to_do_dates_no_event():
    assert found(article_of("Her backers expected her to stand again in 2010, but she retired.")) == ()
    # An expectation of the subject's own is a plan: its date stays.
    (event,) = found(article_of("The firm expected to open its plant in May 2009."))
    assert event.date == "2009-05"


def test_a_year_after_a_clause_and_a_comma_or_a_race_for_an_office_bounds_as_a_label_or_not_at_all():
    # A comma after a clause makes no date of the year after it: "2020 Democrats" is a label, a year back.
    assert events.latest_stated("As the findings came out, 2016 Democrats called for the report.").date.year == 2015
    assert events.latest_stated("The deal was signed on May 3, 2012.").date == dt.date(2012, 5, 3)
    # The year of a race for an office is most often still to come.
    assert events.latest_stated("Lind sold the mill in 2010. She is running for governor in 2014.").date.year == 2010
    assert events.latest_stated("Lind, a candidate for mayor in 2014, sold the mill in 2010.").date.year == 2010
    # Someone's run, most often one gone, still bounds.
    assert events.latest_stated("She backed Lind's run for governor in 2008.").date.year == 2008


def test_a_years_thing_timing_another_act_than_the_verbs_dates_no_event():
    # "in the 2026 vote" on a noun or on a gerund after a preposition times
    # that act (the fraud, the cheating), not the charge or the inquiry.
    article = article_of("The panel studied Pellan interference in the 2026 mayoral vote.\n\n"
                         "Nine Pellan officials have been charged with cheating in the 2026 mayoral vote.\n\n"
                         "In blog posts and talks during the 2026 mayoral race, Ms. Orrin hinted at the leak.\n\n"
                         "Her narrow win in the 2026 vote stunned the party.\n\n"
                         "Road tolls became an issue in the 2026 mayoral race.", published="2030-03-08")
    assert sorted(e.text for e in found(article) if e.date == "2026") == [
        "Her narrow win in the 2026 vote stunned the party.",
        "In blog posts and talks during the 2026 mayoral race, Ms. Orrin hinted at the leak.",
        "Road tolls became an issue in the 2026 mayoral race."]


def test_a_date_timing_a_verb_in_a_whether_clause_dates_no_event():
    article = article_of("The inquiry centres on whether Mr. Dace helped the Green list in the 2026 elections.\n\n"
                         "It is unclear whether two calls on May 9, 2029, came from her.", published="2030-03-08")
    assert [e.text for e in found(article)] == ["It is unclear whether two calls on May 9, 2029, came from her."]


def test_a_race_year_in_a_clause_of_now_dates_no_event():
    # The year of a race ahead, or of a field standing now, is when the
    # vote is, not when the saying or the poll was.
    article = article_of("Gov. Lina Marek, who insists she is not a candidate for governor in 2032, said little "
                         "else.\n\n"
                         "A poll out today shows Mr. Olde tied for third in the 2032 primary field.\n\n"
                         "Mr. Olde was a candidate for mayor in 2019.", published="2031-04-02")
    assert [e.text for e in found(article)] == ["Mr. Olde was a candidate for mayor in 2019."]


def test_a_date_after_around_or_about_is_approximate():
    article = article_of("Ms. Dace, the filing says, phoned Mr. Orr around March 4, 2030, to warn him.\n\n"
                         "The board met at noon on May 2, 2030.", published="2031-01-09")
    dated = {e.date: e.approximate for e in found(article)}
    assert dated == {"2030-03-04": True, "2030-05-02": False}


def test_a_date_a_verb_with_should_takes_is_advice_not_an_event():
    article = article_of("Mr. Orr has said that the council should wait until at least 2032 to vote again.\n\n"
                         "Judge Lenz ruled in May 2030 that Ms. Dace should be sent home.", published="2031-01-09")
    assert [e.date for e in found(article)] == ["2030-05"]


def test_a_years_thing_on_a_gerund_of_the_verbs_own_time_still_dates_it():
    article = article_of("The toll cut was their first aim upon winning the council in the 2026 elections.\n\n"
                         "As a likely win in the 2026 elections loomed, the party drew up its plans.",
                         published="2030-03-08")
    assert len([e for e in found(article) if e.date == "2026"]) == 2


def test_a_day_of_that_year_takes_the_year_told_before():
    article = article_of("Between May and June 2030, Mr. Orr told aides about the leaked files. On June 21 that year, "
                         "the group released its first batch.\n\n"
                         "She spent that year abroad.", published="2031-02-03")
    dated = {e.date: e for e in found(article)}
    assert "2030-06-21" in dated and dated["2030-06-21"].approximate
    assert dated["2030-06-21"].text.startswith("On June 21 that year")
    assert all("abroad" not in e.text for e in dated.values())


def test_a_year_on_a_noun_does_not_date_a_verb_with_recently_of_its_own():
    # the strike was in 2019; the vow is recent, so the year dates no row of it
    assert found(article_of("After the long ferry strike from 2019, Okoye recently vowed to keep the boats running.")) == ()
    # "as recently as" a dated debate dates the act by it
    (event,) = found(article_of("As recently as the council debate on March 4, 2016, Okoye said she opposed the plan."))
    assert event.date == "2016-03-04"


def test_the_year_of_a_race_named_several_words_after_the_run_dates_no_event():
    # The year of a vote still to come, named after "run for ... in", is not when the asking happened.
    asked = article_of("Sen. Ann Berg wants the state's upper chamber to pass a measure letting her seek two "
                       "posts at once: she can run for governor as well as for the state Senate in 2028, "
                       "aides told the Courier.\n\n"
                       "Berg's team plans to lobby for a rule under which she could run for governor and the "
                       "U.S. Senate in 2028.")
    assert found(asked) == ()
    gone = article_of("Tom Okafor ran for governor and for the Senate in 2008 and lost both races.")
    assert [e.date for e in found(gone)] == ["2008"]


def test_a_year_in_a_clause_of_what_came_later_or_of_a_starting_level_dates_no_event():
    before = article_of("Even before grain prices began to slide in 2029, economists had called the ministry's "
                        "spending unsound.\n\nIts reserves fell from $512bn in 2029 to $410bn today.")
    assert found(before) == ()
    kept = article_of("After she left the board in 2029, the mill closed.\n\n"
                      "Their gifts ranged from $5,000 in 2029 to $90,000 in 2031.")
    assert sorted(e.date for e in found(kept)) == ["2029", "2029", "2031"]


def test_a_month_in_a_clause_below_keeps_the_main_verbs_year():
    text = ("In 2031, the port earned 40 million euros, with the new quay opened in June 2031 adding most of it."
            "\n\nLind left the firm in 2029 and joined the council in March 2029.")
    assert sorted(e.date for e in found(article_of(text))) == ["2029-03", "2031"]


def test_a_year_in_a_clause_on_a_gerunds_object_dates_no_event():
    article = article_of("The clinic's owner, Ivo Drak, was convicted of fraud for his part in supplying "
                         "a sedative that contributed to the actor's death in 2011.")
    assert found(article) == ()


def test_a_year_in_a_clause_of_comparison_dates_no_event():
    compared = article_of("The number of riders remains higher than it was before the start of the strike in 2019.")
    assert found(compared) == ()


@pytest.mark.parametrize("text,dates", [
    # the bound of a stretch before it: what is told lies before the date, not on it
    ("The Varden campaign has said her books are not under review at least before 2011.", []),
    ("Ostra stopped the audits prior to 2011.", []),
    # a deadline to come is a date on the calendar
    ("The council will vote before May 2, 2032.", ["2032-05-02"]),
])
def test_a_date_that_bounds_a_stretch_gone_by_dates_no_event(text, dates):
    assert [e.date for e in found(article_of(text, published="2031-10-05"))] == dates


@pytest.mark.parametrize("text,dates", [
    ("I hope in 2033 the town says, \"Mayor Quist, thank you for your service.\"", []),
    ("She hopes the hearings will be held early in 2032.", []),
    # the saying is dated, not what is hoped for
    ("She said in 2029 that she hopes the hearings begin early in 2032.", ["2029"]),
])
def test_what_someone_hopes_for_is_no_event(text, dates):
    assert [e.date for e in found(article_of(text, published="2031-10-05"))] == dates


def test_a_date_in_a_clause_on_a_nested_noun_under_a_verb_it_completes_is_the_backgrounds():
    """"the ones he dodged last year": the refusing is last
    year's, not the insisting the sentence tells."""
    text = "Varga insisted she has other questions for Quist than the ones he dodged last year."
    assert [e.date for e in found(article_of(text, published="2031-10-05"))] == []


def test_a_weekday_the_text_also_names_by_its_date_is_exact_against_a_loose_anchor():
    """Against a file's date, "on Sunday" is about then; when the text
    also names that day ("the May 9 parade"), the day is the text's own."""
    text = ("Mayor Ines Falk fainted at the parade on Sunday, aides said.\n\n"
            "She left the May 9 parade before the speeches.")
    (event,) = found(article_of(text, published="2027-05-10", note="file name date"))
    assert (event.date, event.approximate) == ("2027-05-09", False)
    alone = article_of("Mayor Ines Falk fainted at the parade on Sunday, aides said.",
                       published="2027-05-10", note="file name date")
    assert [(e.date, e.approximate) for e in found(alone)] == [("2027-05-09", True)]


def test_a_day_after_since_is_the_one_gone_by():
    """"hundreds since January 1st", with no verb whose tense places it,
    counts from the January 1 before the article, never the next."""
    text = "\"In Dover, they've had hundreds of burglaries, hundreds since January 1st.\""
    for note in (None, "the file's date"):
        (event,) = found(article_of(text, published="2031-09-29", note=note))
        assert event.date == "2031-01-01"


def test_since_on_an_amount_in_a_clause_on_a_noun_dates_no_event():
    """"charities that have collected $2 million or more since May 1, 2030"
    says which charities a review counts: the review's news is not of that
    day."""
    text = ("A Harbour Gazette review of charities that have collected $2 million or more since May 1, 2030, "
            "shows urban groups outpacing rural ones in recent months.")
    assert not [e for e in found(article_of(text, published="2031-09-27")) if e.date.startswith("2030")]


def test_a_weekday_owning_a_thing_after_of_dates_no_event():
    """"praised the host of Monday night's forum": Monday says which forum,
    not when the praise was given (written on a Friday, the forum may be
    the Monday to come)."""
    text = "Ms. Vale has praised the host of Monday night's first forum, Ada Quist of Radio North, with an edge."
    assert found(article_of(text, published="2031-09-26")) == ()


def test_today_on_a_present_passive_is_a_state_not_an_event():
    """"Today, the mill is run by a trust" tells how things stand, not what
    happened on the article's day; "was sold today" did happen then."""
    assert found(article_of("Today, the mill is run by a trust set up by Ms. Orr.", published="2031-05-04")) == ()
    (event,) = found(article_of("The mill was sold today to a trust.", published="2031-05-04"))
    assert event.date == "2031-05-04"


def test_by_a_date_on_an_infinitive_is_a_goals_deadline():
    """"a pledge made in Tromso to cut output 70 percent by 2060" sets a
    goal, and nothing happens in 2060 the text tells."""
    text = "The plan is key to a pledge made in Tromso to cut carbon output 70 percent from 2004 levels by 2060."
    assert not [e for e in found(article_of(text, published="2031-09-27")) if e.date == "2060"]


@pytest.mark.parametrize("text", [
    "The failure to see the danger before March 3 is understandable.",
    "These posts are the clearest signs of an effort to spread March 3 conspiracy theories.",
])
def test_a_day_gone_in_a_clause_of_the_present_dates_no_event(text):
    assert found(article_of(text, published="2030-03-20")) == ()


@pytest.mark.parametrize("text,date", [
    ("The council voted on March 3 to close the ferry depot.", "2030-03-03"),
    ("The March 30 vote is a test for the harbour board.", "2030-03-30"),
])
def test_a_day_in_a_past_clause_or_still_to_come_keeps_its_date(text, date):
    assert [e.date for e in found(article_of(text, published="2030-03-20"))] == [date]


@pytest.mark.parametrize("text", [
    "Ignoring the dangers today is a grave failure of leadership.",
    "The refusal to see the risks today is plain neglect.",
])
def test_today_in_a_clause_that_is_the_subject_of_a_present_means_nowadays(text):
    article = article_of(text, published="2030-05-22")
    assert found(article) == ()
    assert [word for _, word in events.unplaced(article, nlp.load()(text))] == ["today"]


def test_today_as_the_time_of_a_goal_is_still_the_day():
    article = article_of("The minister plans to meet the fishing fleet today.", published="2030-05-22")
    assert [e.date for e in found(article)] == ["2030-05-22"]


def test_as_of_a_year_in_a_clause_on_a_noun_is_a_baseline_not_the_event():
    text = ("Pressure from the ministry pushed them off most of the 40 regional stations"
            " on which they were broadcasting as of 2019.")
    assert found(article_of(text, published="2030-05-22")) == ()


def test_as_of_a_year_in_the_main_clause_dates_the_state_it_reports():
    article = article_of("As of 2019, the ferry company employed 400 people.", published="2030-05-22")
    assert [e.date for e in found(article)] == ["2019"]


@pytest.mark.parametrize("text", [
    "The party plans to deploy the governor along the coast this summer, relying on her in towns"
    " that she carried comfortably in 2022 and 2026.",
    "The mayor currently polls at 60 percent among older voters, a slide from the"
    " 70 percent her predecessor won in 2022.",
])
def test_a_year_in_a_clause_on_a_nested_noun_does_not_date_a_present_of_now_or_a_plan(text):
    assert found(article_of(text, published="2030-05-22")) == ()


def test_a_day_gone_that_labels_a_thing_in_the_present_perfect_dates_no_event():
    article = article_of("The channel has often pushed March 3 conspiracy theories.", published="2030-03-20")
    assert found(article) == ()
    voted = article_of("The council has voted on March 3 to close the ferry depot.", published="2030-03-20")
    assert [e.date for e in found(voted)] == ["2030-03-03"]

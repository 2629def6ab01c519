"""The timeline: events across articles, repeats merged, sorted."""

from __future__ import annotations

from briefing.models import Event, Source
from briefing.synthesize import timeline
from tests.helpers import digest_of


def event(article: str, date: str, text: str, approximate: bool = False) -> Event:
    return Event(date=date, text=text, approximate=approximate,
                 sources=(Source(article=article, paragraph=0, start=0, end=len(text)),))


def with_events(article: str, *found: Event):
    from dataclasses import replace
    return replace(digest_of(article, ["Placeholder sentence for the article body here."]), events=found)


def only_row(text: str, date: str, expression: str) -> str:
    """The text of the one timeline row made from `text`, found dated
    `date` by `expression`, as its whole sentence."""
    found = Event(date=date, text=text, expression=expression,
                  sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
    (only,) = timeline.build_timeline([with_events("a", found)])
    return only.text


def test_same_event_from_two_articles_is_merged_keeping_the_precise_date():
    a = with_events("a", event("a", "2015", "The two governments signed the pipeline agreement in 2015."))
    b = with_events("b", event("b", "2015-10", "The pipeline agreement was signed by both governments in October 2015."))
    (merged,) = timeline.build_timeline([a, b])
    assert merged.date == "2015-10"
    assert {s.article for s in merged.sources} == {"a", "b"}


def test_different_events_in_one_year_stay_apart_and_sorted():
    a = with_events("a", event("a", "2015", "The minister visited the capital for the first time in 2015."),
                    event("a", "2012", "The army chief toured the northern bases in 2012."))
    b = with_events("b", event("b", "2015-03", "A new trade agreement on wheat exports was signed in March 2015."))
    dates = [e.date for e in timeline.build_timeline([a, b])]
    assert dates == ["2012", "2015", "2015-03"]


def test_words_of_the_date_are_no_common_ground():
    a = with_events("a", event("a", "2015", "At the bank, Mr. Lind helped Acme structure its sale of Acme "
                                            "Capital last year."))
    b = with_events("b", event("b", "2015-02", "The slump has helped shrink Ms. Berg's fund, Harbor Capital "
                                               "Partners, to $2.1 billion from $3.4 billion as recently as February "
                                               "of last year."))
    assert len(timeline.build_timeline([a, b])) == 2


def test_seed_timeline_is_sorted_and_cited(seed_build):
    _result, _out, data = seed_build
    dates = [e["date"] for e in data["timeline"]]
    assert dates == sorted(dates)
    assert any(e["date"] == "2021-03-18" for e in data["timeline"])
    agreement = [e for e in data["timeline"] if e["date"].startswith("2015") and "agreement" in e["text"]]
    assert len(agreement) == 1 and len({s["article"] for s in agreement[0]["sources"]}) >= 2
    assert {"2011", "2012", "2014"} <= {e["date"] for e in data["timeline"]}


def test_a_sentence_with_two_dates_is_placed_once_at_its_main_clause():
    text = "The border talks resumed in 2012 when the old minister had visited the capital in 2011."
    a = with_events("a", Event(date="2012", text=text, expression="2012",
                               sources=(Source(article="a", paragraph=0, start=0, end=len(text)),)),
                    Event(date="2011", text=text, expression="2011",
                          sources=(Source(article="a", paragraph=0, start=0, end=len(text)),)))
    (row,) = timeline.build_timeline([a])
    assert row.date == "2012" and row.text == "The border talks resumed in 2012"
    assert (row.sources[0].start, row.sources[0].end) == (0, len(row.text))  # the clause's own span


def test_same_day_from_two_articles_is_one_row_citing_both():
    a = with_events("a", event("a", "2021-03-18", "On March 18, 2021, the council hosted a regional summit."))
    b = with_events("b", event("b", "2021-03-18", "One of these meetings was held on March 18, 2021."))
    (row,) = timeline.build_timeline([a, b])
    assert {s.article for s in row.sources} == {"a", "b"}


def test_a_date_in_a_relative_clause_keeps_the_whole_sentence():
    text = "Both sides back the canal project, which was agreed in 2015."
    a = with_events("a", Event(date="2015", text=text, expression="2015",
                               sources=(Source(article="a", paragraph=0, start=0, end=len(text)),)))
    (row,) = timeline.build_timeline([a])
    assert row.text == text


def test_reports_giving_different_amounts_are_two_events():
    a = with_events("a", event("a", "2015", "The two governments signed the $2 billion pipeline agreement in 2015."))
    b = with_events("b", event("b", "2015", "The two governments signed the $5 billion pipeline agreement in 2015."))
    assert len(timeline.build_timeline([a, b])) == 2
    c = with_events("c", event("c", "2015", "The two governments signed the 2 billion dollar pipeline agreement in 2015."))
    (merged,) = timeline.build_timeline([a, c])
    assert {s.article for s in merged.sources} == {"a", "c"}


def test_a_clause_whose_subject_is_the_sentences_keeps_the_whole_sentence():
    """"..., and has had its budget cut in 2016" read alone has no subject:
    the row keeps the sentence; a clause with its own subject is still cut."""
    def row(text: str) -> str:
        found = Event(date="2016", text=text, expression="2016",
                      sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only.text

    elided = "The agency has been in the news before, and has had its budget cut twice in 2016."
    assert row(elided) == elided
    assert row("The agency has been in the news before, and the council cut its budget twice in 2016.") == \
        "the council cut its budget twice in 2016."
    # Cut, "he won ..." would lose the person the sentence named before it.
    named = "Ms. Lind had won her primaries with ease, and she won the seat for a third term in 2016 with 60 percent."
    assert row(named) == named
    # After a semicolon the clause is a sentence of its own: cut.
    assert row("The vote was seen as a rebuke of the board; she won the seat for a third term in 2016 with ease.") \
        == "she won the seat for a third term in 2016 with ease."


def test_a_date_in_a_clause_of_what_came_after_the_event_is_that_clauses():
    """"studied law ... before she was elected in 2006": only the election
    is of 2006, so the row is that clause; after "after" the sentence's
    event is of that time or later, and the row keeps it."""
    def row(text: str) -> Event:
        found = Event(date="2006", text=text, expression="2006",
                      sources=(Source(article="a", paragraph=0, start=10, end=10 + len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only

    earlier = row("Ann Roe studied law and ran a shop before she was elected to the council in 2006.")
    assert earlier.text == "she was elected to the council in 2006."
    assert (earlier.sources[0].start, earlier.sources[0].end) == (10 + 42, 10 + 81)
    later = "Ann Roe studied law and ran a shop after she was elected to the council in 2006."
    assert row(later).text == later
    # Before a noun, "before" is as often a preposition: no clause of its own.
    prepositional = "Ann Roe studied law and ran a shop before the council elections in 2006."
    assert row(prepositional).text == prepositional
    # Nor is a main clause cut short of a clause of time after its date.
    sued = "She sued the firm in 2006, claiming that it had let her go after she raised questions over pay."
    assert row(sued).text == sued
    # One opening the sentence ends at no break found: the sentence stays.
    fronted = "Before she was elected to the council in 2006, Ann Roe studied law."
    assert row(fronted).text == fronted
    # Nor one whose object points back: "he delivered it" would name nothing.
    pointing = "Her aides read the speech before she delivered it to the council in 2006."
    assert row(pointing).text == pointing


def test_a_row_is_not_cut_inside_its_subject():
    """A comma and "and" between two people named with their asides parts
    no clauses: the part before it names someone and does nothing, so the
    row keeps the sentence.  A clause with a verb is still cut."""
    def row(text: str, date: str, expression: str) -> str:
        found = Event(date=date, text=text, expression=expression,
                      sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only.text

    pair = ("On June 3, 2015, Senators Ann Roe of Idaho, the head of the Trade Committee, and Bo Lind of Utah, "
            "its senior member, asked every senator to a meeting with the trade minister.")
    assert row(pair, "2015-06-03", "June 3, 2015") == pair
    spoke = "Ms. Roe spoke to the harbour board on May 13, 2011, and the guild met her a week later."
    assert row(spoke, "2011-05-13", "May 13, 2011") == "Ms. Roe spoke to the harbour board on May 13, 2011"
    assert timeline.has_finite_verb("Tom Ode bragged about the deal in 2005")  # a past tense tagged a participle
    assert not timeline.has_finite_verb("On June 3, 2015, Senators Ann Roe of Idaho, the head of the panel")


def test_a_tail_without_a_verb_stays_with_its_clause():
    """What follows a break with no verb of its own (a second date of the
    same verb, the last names of a list) is more of the clause before it,
    not a clause to cut off; a tail with a verb is still cut."""
    def row(text: str, date: str, expression: str) -> str:
        found = Event(date=date, text=text, expression=expression,
                      sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only.text

    twice = "Ms. Roe spoke to the harbour board on May 12, 2013, and to the river guild on May 23, 2013."
    assert row(twice, "2013-05-12", "May 12, 2013") == twice
    listed = ("The list of hearings opens on May 2, 2009, with a closed session of the Harbour Committee led by "
              "Ann Roe, the head of the port board, and Bo Lind, then the chief of the river guild.")
    assert row(listed, "2009-05-02", "May 2, 2009") == listed
    again = "The agency was sued; she won the seat for a third term in 2016 with ease, and again in 2020."
    assert row(again, "2016", "2016") == "she won the seat for a third term in 2016 with ease, and again in 2020."
    other = "The agency was sued; she won the seat for a third term in 2016 with ease, and the board cut her pay."
    assert row(other, "2016", "2016") == "she won the seat for a third term in 2016 with ease"
    assert timeline.has_finite_verb(", and the port's new plan sought to cut that to $8 million.")


def test_a_when_clause_right_after_a_date_says_which_time_it_was():
    """"in 1989 when she was elected": with no comma, the "when" clause
    after a year or a month tells which time the date was, and stays in the
    row; after a comma, or a "because", it is a clause of its own."""
    def row(text: str) -> str:
        found = Event(date="1989", text=text, expression="1989",
                      sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only.text

    told = "Her time as harbour master ran from 1983 until her resignation in 1989 when she was elected to the board."
    assert row(told) == told
    assert row("The port board met in 1989 when the strike began, and the council cut its budget twice that year.") \
        == "The port board met in 1989 when the strike began"
    assert row("The mill cut 40 jobs across the county in 1989 because the orders fell, officials said.") \
        == "The mill cut 40 jobs across the county in 1989"


def test_a_clause_opening_on_a_name_is_cut_as_before():
    from briefing.synthesize.timeline import opens_with_subject

    assert opens_with_subject("Ted Cruz said it in 2016") and opens_with_subject("Beijing agreed in 2016")
    assert not opens_with_subject("has had its budget cut in 2016") and not opens_with_subject("or resurrect the plan")
    # An irregular verb carries on the sentence's subject as much as "has had" does.
    assert not opens_with_subject("withdrew himself from consideration this week")
    assert not opens_with_subject("went on to argue in 2016")
    assert opens_with_subject("he withdrew himself this week") and opens_with_subject("the council cut it in 2016")
    assert opens_with_subject("“We will win,” she said in 2016") and opens_with_subject("2016 was the year")


def test_an_aside_between_two_dashes_is_no_clause_break():
    from briefing.synthesize.timeline import clauses

    aside = ("On Wednesday, the mayor laid out her belief that the ferry — and anything like it — should be run "
             "by the city.")
    assert [aside[a:b] for a, b, _ in clauses(aside)] == [aside]
    lone = "The vote was set for Wednesday — the council had waited a year."
    assert [lone[a:b] for a, b, _ in clauses(lone)] == ["The vote was set for Wednesday", "the council had waited a year."]


def test_a_restrictive_clause_or_a_phrase_is_no_clause_break():
    from briefing.synthesize.timeline import clauses

    for whole in ("Last week, former employees who say they were fired filed a lawsuit against the bank.",
                  "The firms said in 2016 they only complied when legally bound to do so.",
                  "She planned to stay at the bank until the end of 2016.",
                  "He was sentenced in 1985 because of a false confession.",
                  "His comments on Monday come at a time when the inquiry is focusing on his circle.",
                  "The two officials on Sunday concluded, though, that the report held too little evidence.",
                  "It is unclear whether calls on Aug. 9, 2015, and Sept. 6, 2015, involved the singer.",
                  "On Saturday Ann Berg charged that voters “have a mayor, who in my opinion, sought to "
                  "collude with the builders.”"):
        assert [whole[a:b] for a, b, _ in clauses(whole)] == [whole], whole
    parted = "The talks resumed in 2012 when the minister had visited the capital."
    assert len(clauses(parted)) == 2


def test_reports_on_a_guessed_day_sharing_only_names_and_one_word_stay_apart():
    """A day read from "on Sunday" matched to "in December" is a guess:
    sharing the minister's name, her party and "called" no longer makes a
    speech and a remark in a debate one row; a report telling what she did
    in the same words does."""
    speech = event("a", "2019-12-08", "On Sunday, Marta Ilves, the Centre Party leader, called on banks to lend "
                                      "more to farmers.", approximate=True)
    debate = event("b", "2019-12", "The plan came up in a Centre Party debate in December, when Marta Ilves "
                                   "called her rival a danger to the country.", approximate=True)
    assert len(timeline.build_timeline([with_events("a", speech), with_events("b", debate)])) == 2
    retold = event("b", "2019-12", "Marta Ilves called on banks in December to lend more to farmers, the Centre "
                                   "Party said.", approximate=True)
    (row,) = timeline.build_timeline([with_events("a", speech), with_events("b", retold)])
    assert {s.article for s in row.sources} == {"a", "b"}


def test_a_row_opening_on_that_pointing_back_is_dropped_unless_another_report_reads_alone():
    """"That decision came in 2012" names nothing once read alone; "That
    year, ..." is no pointer back, and "It dipped to $2 billion" still
    tells what happened.  Two reports of one day: the row takes the one
    that reads alone."""
    a = with_events("a", event("a", "2012", "That decision was made by the board in 2012."),
                    event("a", "2013", "That year, the mill closed its last furnace in 2013."),
                    event("a", "2014", "It dipped to $2 billion from the year before in 2014."))
    assert [e.date for e in timeline.build_timeline([a])] == ["2013", "2014"]
    b = with_events("b", event("b", "2016-03-04", "That event took place on March 4, 2016, near the port."))
    c = with_events("c", event("c", "2016-03-04", "A tanker ran aground near the port on March 4, 2016."))
    (row,) = timeline.build_timeline([b, c])
    assert row.text.startswith("A tanker") and {s.article for s in row.sources} == {"b", "c"}


def test_a_clause_told_as_what_someone_said_is_not_cut_from_its_saying():
    text = "Staff were told that the plant will close this week, and that a planned vote will move to Friday."
    (row,) = timeline.build_timeline([with_events("a", Event(
        date="2023-05-19", text=text, expression="Friday",
        sources=(Source(article="a", paragraph=0, start=0, end=len(text)),)))])
    assert row.text == text


def test_reports_giving_different_times_of_day_are_two_events():
    a = with_events("a", event("a", "2016-03-04", "A van reached the gate at 1:15 a.m. on March 4, 2016, said the guard."))
    b = with_events("b", event("b", "2016-03-04", "A van reached the gate at 1:15 p.m. on March 4, 2016."))
    c = with_events("c", event("c", "2016-03-04", "A van reached the gate at about 1:15 a.m. on March 4, 2016."))
    rows = timeline.build_timeline([a, b, c])
    assert sorted(tuple(sorted(s.article for s in r.sources)) for r in rows) == [("a", "c"), ("b",)]


def test_this_before_a_verb_is_no_pointer_back():
    a = with_events("a", event("a", "1973", "This is the largest deal between the two states since the mill was built in 1973."))
    assert [e.date for e in timeline.build_timeline([a])] == ["1973"]


def test_a_when_clause_after_a_preposition_stays_with_it():
    """"including when ...": the clause is the preposition's object, so the
    sentence is not cut before it (a row ending on "including")."""
    said = "The coat appeared in four scenes of the 1952 film, including when Nora leaves the house."
    assert [said[a:b] for a, b, _ in timeline.clauses(said)] == [said]


def test_the_last_comma_of_a_list_of_names_is_no_clause_break():
    # "Ann Lind, Bo Berg, and Cy Hale were heard": cut there, the row would name only Cy Hale.
    names = "Ann Lind, Bo Berg, and Cy Hale were heard on May 5, 2015, on the radio."
    assert [names[a:b] for a, b, _ in timeline.clauses(names)] == [names]
    firm = "It said Jo Hale, head of Acme Defense, Space, and Security, agreed on May 5, 2015."
    assert [firm[a:b] for a, b, _ in timeline.clauses(firm)] == [firm]
    # Two clauses joined by a comma and "and" still part.
    dated = "Jo Hale spoke to the board on May 1, 2011, and to the staff on May 9, 2011."
    assert [dated[a:b] for a, b, _ in timeline.clauses(dated)][0] == "Jo Hale spoke to the board on May 1, 2011"
    two = "In 2010, the firm grew, and in 2012 it collapsed."
    assert [two[a:b] for a, b, _ in timeline.clauses(two)] == ["In 2010, the firm grew", "and in 2012 it collapsed."]


def test_a_date_in_a_clause_after_since_is_that_clauses():
    """"will become the first woman judge since Ann Roe held the post in
    2006": the year is Roe's, not the new judge's; "since March 2006" is a
    date, no clause."""
    def row(text: str) -> str:
        found = Event(date="2006", text=text, expression="2006",
                      sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only.text

    assert row("Ms. Lind will become the county's first woman judge since Ann Roe, a Democrat, held the post "
               "in 2006.") == "Ann Roe, a Democrat, held the post in 2006."
    assert row("She has lived in the town since she retired from the bank in 2006.") == \
        "she retired from the bank in 2006."
    dated = "The plant has been closed since March 2006 after a fire."
    assert row(dated) == dated
    owned = "Tension in the north has risen sharply since Governor Ann Roe's fall in 2006 and the vote after it."
    assert row(owned) == owned


def test_a_curly_apostrophe_makes_the_same_word_as_a_straight_one():
    """Two outlets setting "wasn't" in different type tell the same words."""
    straight = "The coach said the ferry plan wasn't fair to the island's fishermen."
    curly = "The coach said the ferry plan wasn’t fair to the island’s fishermen."
    assert timeline.content_words(straight) == timeline.content_words(curly)
    assert timeline.event_words(straight) == timeline.event_words(curly)


def test_a_date_in_a_relative_clause_on_the_subject_dates_that_clause_alone():
    def row(text: str, expression: str) -> str:
        found = Event(date="2019", text=text, expression=expression,
                      sources=(Source(article="a", paragraph=0, start=0, end=len(text)),))
        (only,) = timeline.build_timeline([with_events("a", found)])
        return only.text

    assert row("Ann Lind, whose bakery on the pier closed in 2019, will open a cafe in the old mill.", "2019") == \
        "Ann Lind, whose bakery on the pier closed in 2019"
    assert row('Ann Lind, whose "Pier Bakes" shop closed in 2019, will open a cafe.', "2019") == \
        'Ann Lind, whose "Pier Bakes" shop closed in 2019'
    cut = 'Ann Lind, who wrote "we shut in 2019, and left", will open a cafe.'
    assert row(cut, "2019") == cut  # a cut inside a quotation: the whole sentence
    # the date in the predicate: the whole sentence
    whole = "Ann Lind, whose bakery is on the pier, opened a cafe in the old mill in 2019."
    assert row(whole, "2019") == whole


def test_an_apposition_inside_a_relative_clause_is_not_the_predicate():
    """", a 51-year-old baker," inside "which happened Monday as Ned Orr, a
    51-year-old baker, was crossing" is an apposition: the row is not cut
    before it, mid-clause."""
    text = "The tape does not show the crash itself, which happened Monday as Ned Orr, a 51-year-old baker, " \
           "was crossing the road."
    assert not only_row(text, "2031-05-05", "Monday").endswith("Ned Orr")


def test_a_clause_after_since_that_ends_before_the_date_is_not_the_row():
    """In "Ms. Vale, who has worked for Ed Orr since he ended his bid in
    March, called Mr. Lund a fraud Thursday" the since-clause ends at its
    comma: Thursday's row does not start at "he ended"."""
    text = "Ms. Vale, who has worked hard for Ed Orr since he ended his own bid in March, called Mr. Lund a " \
           "fraud Thursday on a radio show."
    assert not only_row(text, "2031-05-08", "Thursday").startswith("he ended")


def test_a_row_in_a_columnists_own_person_is_left_out():
    mine = event("a", "2031-04-02", "On April 2, 2031, I watched the ferry leave the harbour for the last time.")
    told = event("a", "2031-04-09", "The harbour master told me on April 9, 2031 that the pier would close.")
    plain = event("a", "2031-04-05", "The ferry company sold its last boat on April 5, 2031.")
    quoted = event("a", "2031-04-07", "“We will miss it,” the mayor said on April 7, 2031.")
    rows = timeline.build_timeline([with_events("a", mine, told, plain, quoted)])
    assert [r.date for r in rows] == ["2031-04-05", "2031-04-07"]


def test_a_report_of_the_previous_one_of_a_kind_is_another_event():
    a = with_events("a", event("a", "2030-05", "In the previous Harbour Gazette survey of anglers, conducted in early May,"
                                               " the ban was backed by 5 points.", approximate=True),
                    event("a", "2030-05-19", "The Harbour Gazette survey of anglers was conducted from May 19 to 22."))
    rows = timeline.build_timeline([a])
    assert len(rows) == 2

"""Metadata from the header lines: title, author, outlet, date and its doubt."""

from __future__ import annotations

import pytest

from briefing.clean import metadata
from briefing.clean.text import Block

BODY = ("The regional council approved a new water plan on Monday after months of talks with farmers, "
        "who had warned that the old quotas were ruining their harvests.")


def _header(*lines: str, **options):
    return metadata.header([Block(text=line, line=n) for n, line in enumerate(lines, 1)], **options)


def test_date_breadcrumbless_title_and_byline():
    meta, kept, taken = _header("Monday, March 4, 2019", "Water plan approved after long talks", "By Jane Q. Doe", BODY)
    assert (meta.title, meta.author, meta.published) == ("Water plan approved after long talks", "Jane Q. Doe", "2019-03-04")
    assert [r.rule for r in taken] == ["date-line", "title-line", "byline"] and [b.text for b in kept] == [BODY]


def test_byline_with_outlet_and_date():
    meta, _, taken = _header("Water plan approved", "By JANE ROE, Valley Times | March 4, 2019", BODY)
    assert (meta.author, meta.outlet, meta.published) == ("Jane Roe", "Valley Times", "2019-03-04")
    meta, _, _ = _header("Water plan approved - The Valley Courier", "By Jane Roe and John Doe", BODY)
    assert (meta.title, meta.author, meta.outlet) == ("Water plan approved", "Jane Roe and John Doe", "The Valley Courier")


def test_a_name_after_a_dash_under_a_title_is_a_byline_and_the_deck_above_it_goes():
    """The teaser between a headline and its signed byline is the editors'
    deck ("It is official: the ferry runs again! Hooray!"), not the report."""
    deck = "It is official: the Vell ferry runs again! Hooray!"
    meta, kept, taken = _header("Ferry service back at last", deck, "-Ilse Marmot", BODY)
    assert (meta.title, meta.author) == ("Ferry service back at last", "Ilse Marmot")
    assert [r.rule for r in taken] == ["title-line", "title-line", "byline"] and [b.text for b in kept] == [BODY]
    meta, kept, _ = _header("- Harbour News", BODY)
    assert meta.author is None  # no headline above it: a list item, not a signature


def test_a_name_over_a_desk_line_is_a_byline_without_its_by():
    meta, kept, taken = _header("Water plan approved after long talks", "Jane Roe", "Valley Bureau", BODY)
    assert (meta.title, meta.author) == ("Water plan approved after long talks", "Jane Roe")
    assert [r.rule for r in taken] == ["title-line", "byline", "byline"] and [b.text for b in kept] == [BODY]
    meta, _, _ = _header("Jane Roe", "Staff Writer", BODY)
    assert (meta.title, meta.author) == (None, "Jane Roe")
    # A name with no desk line under it stays what it was.
    meta, _, _ = _header("Jane Roe", "Water plan approved after long talks", BODY)
    assert meta.author is None


def test_a_headline_with_a_full_stop_is_still_the_title_and_a_lede_is_not():
    """Some archives end a headline with a full stop ("9 (More) Offensive
    Things ... Said About Latinos."): in headline style it is the title,
    without the stop; a first sentence in sentence case stays text."""
    meta, kept, taken = _header("Water Plan Approved After Long Talks in Valley.", BODY)
    assert meta.title == "Water Plan Approved After Long Talks in Valley" and [b.text for b in kept] == [BODY]
    meta, kept, _ = _header("The water plan was approved after long talks.", BODY)
    assert meta.title is None and len(kept) == 2


def _spaced(*lines: str, **options):
    """`_header` of lines with a blank line under each, as a plain text sets its paragraphs."""
    return metadata.header([Block(text=line, line=2 * n - 1) for n, line in enumerate(lines, 1)], **options)


def test_a_short_sentence_set_apart_over_the_body_is_a_plain_texts_headline():
    """An archive's plain text opens on its headline in sentence case, a
    full stop or ";" after it: one short sentence, a blank line (or its
    deck) under it, before a longer paragraph (a label in capitals aside)."""
    meta, kept, taken = _spaced("Council approves water plan after long talks.", BODY)
    assert meta.title == "Council approves water plan after long talks" and [b.text for b in kept] == [BODY]
    assert [r.rule for r in taken] == ["title-line"]
    meta, kept, _ = _spaced("Council: farmers won't pay more.", "ABSTRACT.", BODY)
    assert meta.title == "Council: farmers won't pay more" and len(kept) == 2
    deck = "Farmers had warned that the old quotas were ruining their harvests for years."
    meta, kept, _ = _header("Water plan approved;", deck, BODY)
    assert meta.title == "Water plan approved" and [b.text for b in kept] == [BODY]  # the deck is no story text
    # A column's name as the deck, in headline style: still the deck, not the title.
    meta, kept, _ = _header("Small firms win big deals on a personal touch;", "Notes From the Market.", BODY)
    assert meta.title == "Small firms win big deals on a personal touch" and [b.text for b in kept] == [BODY]
    # A lede: two sentences, or longer than a headline, or no blank line under it.
    for first in ("The plan passed. Farmers cheered.",
                  "The regional council approved the new water plan on Monday after many months of talks."):
        meta, kept, _ = _spaced(first, BODY)
        assert meta.title is None and len(kept) == 2
    meta, kept, _ = _header("Council approves water plan after long talks.", BODY)
    assert meta.title is None and len(kept) == 2
    meta, kept, _ = _spaced("5 things to watch in tonight's council vote.", BODY)
    assert meta.title == "5 things to watch in tonight's council vote" and len(kept) == 1
    # A deck in short lines between headline and story ("NSA leaker critical."): the headline still.
    meta, kept, _ = _spaced("Council and farmers clash over the new water quotas.", "Growers angry.",
                            "of the way the plan was drawn up.", BODY)
    assert meta.title == "Council and farmers clash over the new water quotas" and len(kept) == 3


def test_a_plain_headline_setting_two_sides_with_vs_is_still_one_sentence():
    """"vs." between two names ends no sentence: "Harbour vs. Ferry?;" and
    its deck are the headline, not story text."""
    deck = "Why the old pier fight will shape the ferry vote."
    meta, kept, _ = _header("Ready for Harbour vs. Ferry?;", deck, BODY)
    assert meta.title == "Ready for Harbour vs. Ferry?" and [b.text for b in kept] == [BODY]


def test_a_headline_in_headline_style_may_have_a_deck_as_long_as_itself_under_it():
    headline = "On Water, Angry Farmers Have Point: It Hasn't Been Much Good for Them."
    deck = "Were the planners wrong about the benefits of quotas for the valley's farms?"
    meta, kept, _ = _spaced(headline, deck, BODY)
    assert meta.title == headline.rstrip(".") and [b.text for b in kept] == [deck, BODY]


def test_section_label_before_the_title_is_not_the_title():
    meta, kept, taken = _header("Europe", "Water plan approved after long talks", BODY)
    assert meta.title == "Water plan approved after long talks" and [r.rule for r in taken] == ["section-label", "title-line"]


def test_title_dash_person_and_title_dash_outlet():
    person = lambda text: "PERSON"   # noqa: E731 - a fake entity recognizer
    meta, _, _ = _header("Water plan approved – Maria Lopez", BODY)
    assert (meta.title, meta.author, meta.outlet) == ("Water plan approved", "Maria Lopez", None)
    meta, _, _ = _header("Water plan approved – The Valley Courier", BODY)
    assert (meta.title, meta.author, meta.outlet) == ("Water plan approved", None, "The Valley Courier")
    assert metadata.credit_kind("Maria Lopez", entity=person) == "person"
    assert metadata.credit_kind("Coastal Weekly") == "outlet"
    assert metadata.credit_kind("Reuters") == "outlet"


def test_dash_inside_a_title_is_not_a_credit():
    meta, _, _ = _header("Spain – France relations on an upward path", BODY)
    assert (meta.title, meta.author, meta.outlet) == ("Spain – France relations on an upward path", None, None)


def test_article_without_header_has_no_metadata():
    meta, kept, taken = _header(BODY, "Short line")
    assert meta == metadata.Meta() and not taken and len(kept) == 2


@pytest.mark.parametrize("text,iso", [("Thursday, July 18, 2024", "2024-07-18"), ("18 July 2024", "2024-07-18"),
                                      ("Published: Jan. 5, 2021 10:30 am", "2021-01-05"), ("2020-02-29", "2020-02-29"),
                                      ("July 45, 2024", None), ("The meeting is in July", None),
                                      ("Updated 3:45 PM ET, Mon March 4, 2019", "2019-03-04"),
                                      ("Talks resumed on March 4, 2019 in Geneva", None)])
def test_date_lines(text, iso):
    assert metadata.parse_date(text, whole=True) == iso


def test_header_date_that_conflicts_with_the_article_is_withdrawn_with_a_note():
    meta, _, _ = _header("Thursday, July 18, 2024", "Water plan approved", BODY)
    checked = metadata.check_date(meta, BODY + " Talks began in 2013 and ended in 2016.")
    assert checked.published is None and "2016" in checked.date_note and "July 18, 2024" in checked.date_note


def test_header_date_that_fits_is_kept_but_marked():
    meta, _, _ = _header("Thursday, July 18, 2024", "Water plan approved", BODY)
    checked = metadata.check_date(meta, BODY + " Talks began in 2023.")
    assert checked.published == "2024-07-18" and "page header" in checked.date_note


def test_dateline_below_the_title_is_trusted():
    meta, _, _ = _header("Water plan approved", "March 4, 2024", BODY)
    checked = metadata.check_date(meta, BODY + " Talks began in 2013.")
    assert checked.published == "2024-03-04" and checked.date_note is None


@pytest.mark.parametrize("field,names", [
    ("ROBERT ROE; AP National Security Writer", "Robert Roe"), ("Jane Roe Monday; November", "Jane Roe"), ("Monday Staff", None),
    ("Example Media; Jane Roe", "Jane Roe"), ("Jane Roe; John Doe; Jo-R", "Jane Roe, John Doe"),
    ("admin", None), ("Valley Times", None), ("The Russian; Syrian ministries", None), (None, None)])
def test_author_fields_keep_only_people(field, names):
    assert metadata.person_names(field, "Example Media") == names


def test_date_after_the_title_is_a_dateline():
    meta, _, _ = _header("Water plan approved", "March 4, 2019", BODY)
    assert metadata.check_date(meta, BODY).date_note is None and meta.published == "2019-03-04"


def test_html_title_line_only_when_it_repeats_the_page_title():
    meta, kept, taken = _header("Tested by: the lab team", "Water plan approved", BODY, page_title="Water plan approved")
    assert meta.title == "Water plan approved" and [r.rule for r in taken] == ["title-line"] and len(kept) == 2


def test_a_file_name_dates_an_article_that_states_no_date_and_says_so():
    meta = metadata.file_name_date(metadata.Meta(), "nyt_2016-09-03_as-trump-demands.txt")
    assert meta.published == "2016-09-03" and "file's name" in meta.date_note
    stated = metadata.Meta(published="2016-08-01", date_line="August 1, 2016")
    assert metadata.file_name_date(stated, "nyt_2016-09-03_x.txt") == stated
    for name in ("report-2019-02-30.txt", "notes-2016.txt", "scan_3016-01-01.txt", "id_120160903.txt"):
        assert metadata.file_name_date(metadata.Meta(), name).published is None


def test_a_wire_credit_is_read_from_an_author_field_and_set_beside_the_outlet():
    from briefing.clean.metadata import wire_credit, with_wire

    assert wire_credit("Reuters") == "Reuters"
    assert wire_credit("JANE ROE; AP Science Writer") == "AP"
    assert wire_credit("Jane Roe") is None and wire_credit("APEX Staff") is None and wire_credit(None) is None
    assert with_wire("Valley Times", "AFP") == "Valley Times (AFP)"
    assert with_wire(None, "AFP") == "AFP"
    assert with_wire("Reuters", "Reuters") == "Reuters"
    assert with_wire("CNN.com", "CNN") == "CNN.com"
    assert with_wire("Associated Press", "AP") == "Associated Press"
    assert with_wire("Valley Times", None) == "Valley Times"


def test_a_page_title_line_is_the_title_however_long_and_the_page_address_goes():
    title = "Harbour Shares Are Falling After the Ferry Strike. Why Owners Should Not Fret."
    body = "Shares of the harbour operator fell on Monday after the crews walked out for a second week."
    blocks = [Block(text=title, line=1), Block(text="https://www.example.org/harbour-shares-fall/", line=3),
              Block(text=body, line=5)]
    meta, kept, removals = metadata.header(blocks, page_title=title, page_url="https://example.org/harbour-shares-fall")
    assert meta.title == title and [b.text for b in kept] == [body]
    assert [r.rule for r in removals] == ["title-line", "page-address"]
    _, kept, _ = metadata.header(blocks, page_title="Another story", page_url="https://example.org/other")
    assert len(kept) == 3


def test_a_page_filed_under_opinion_is_an_opinion_piece():
    assert metadata.genre("https://example.org/opinion/why-the-docks-must-stay") == "opinion"
    assert metadata.genre("https://example.org/news/2019/op-ed/docks") == "opinion"
    assert metadata.genre("https://example.org/news/docks", ("Editorials",)) == "opinion"
    assert metadata.genre("https://example.org/news/opinion-poll-on-docks") is None
    assert metadata.genre("https://example.org/news/docks", ("Public Opinion", "Harbour")) is None
    assert metadata.genre(None) is None


def test_a_first_sentence_the_next_paragraph_leans_on_is_no_headline():
    lede = "The harbour crews won every prize at the 1962 regatta."
    follows = "Now, 60 years later, the boats they sailed are up for sale at a small auction house in the port town."
    meta, kept, _ = metadata.header([Block(text=lede, line=1), Block(text=follows, line=3)])
    assert meta.title is None and len(kept) == 2
    fresh = "The boats the harbour crews sailed are up for sale at a small auction house in the port town."
    meta, kept, _ = metadata.header([Block(text="Harbour regatta boats go on sale.", line=1), Block(text=fresh, line=3)])
    assert meta.title == "Harbour regatta boats go on sale" and len(kept) == 1


def test_short_lines_above_a_page_title_line_are_the_page_s():
    """A banner or section name the page prints above the line repeating
    its title goes with the title line; a field line stays."""
    meta, kept, taken = _header("New Water Maps Out Now", "Water plan approved", BODY, page_title="Water plan approved")
    assert meta.title == "Water plan approved" and [r.rule for r in taken] == ["section-label", "title-line"]
    assert [b.text for b in kept] == [BODY]
    _, kept, _ = _header("Water Maps: Out Now", "Water plan approved", BODY, page_title="Water plan approved")
    assert [b.text for b in kept] == ["Water Maps: Out Now", BODY]


def test_a_short_page_title_over_a_teasers_credit_stays_the_title():
    teaser = "Featured essay by Jane Roe, harbour school alum and 2019 graduate"
    meta, kept, taken = _header("Harbour Project", teaser, BODY)
    assert meta.title == "Harbour Project" and [b.text for b in kept] == [teaser, BODY]


def test_a_report_names_its_own_outlet_by_its_scoop_tag_or_its_reporters_call():
    scoop = ["Mayor Ines Falk has asked for a bill to let her run twice, The Harbour Ledger has learned.",
             "Her rival did not return two calls from the Ledger."]
    assert metadata.narration_outlet(scoop) == "The Harbour Ledger"
    assert metadata.narration_outlet(["The port chief did not answer two requests for comment from the "
                                      "Valley Courier."]) == "Valley Courier"
    assert metadata.narration_outlet(["The mayor did not answer our interview requests from The Harbour Post."]) \
        == "The Harbour Post"
    # Another outlet's interview, a tag inside someone's quoted words, or a letter someone else sent
    # names no outlet of the report.
    assert metadata.narration_outlet(["The senator did not answer a letter from the Harbour Council."]) is None
    assert metadata.narration_outlet(["Falk told Harbour Radio on Monday she would run.",
                                      "“The Ledger has learned nothing,” she said.",
                                      "Since then, Falk has learned to sail."]) is None


def test_a_page_relaying_another_outlets_scoop_is_not_that_outlet():
    """"The Valley Herald reports that ..." then "..., The Herald has
    learned.": the page carries the Herald's story; which site it is, the
    text does not say."""
    relayed = ["The Valley Herald reports that Mayor Ines Falk skipped the vote on Tuesday.",
               "Falk left the hall before the count, The Herald has learned."]
    assert metadata.narration_outlet(relayed) is None
    cited = ["Falk left the hall before the count, The Herald has learned.",
             "She had skipped two votes already, according to a report in The Harbour Herald."]
    assert metadata.narration_outlet(cited) is None
    # another outlet's report cited beside the page's own scoop leaves the scoop's outlet
    own = ["Falk left the hall before the count, The Herald has learned.",
           "The Valley Courier reports that she will not run again."]
    assert metadata.narration_outlet(own) == "The Herald"


@pytest.mark.parametrize("name,site", [
    ("corpus/harbourpost_2031-05-02_ferry-vote.txt", "harbourpost"),
    ("valley-ledger_2031-05-02_x.txt", "valley-ledger"),
    ("20310502-ferry.txt", None),  # no site before the date
    ("article_3.txt", None),  # no date to set it off
    ("ferry_vote_2031-05-02.txt", None),  # words of a slug, not one site's name
])
def test_the_site_a_file_name_gives_before_its_date(name, site):
    assert metadata.name_site(name) == site


@pytest.mark.parametrize("name,text,outlet", [
    ("kettle-post_2031-05-02_x.txt", "The dockers told The Kettleford Post they would strike.", "Kettleford Post"),
    ("kp_2031-05-02_x.txt", "A Kettleford Post survey of the docks found two closed.", "Kettleford Post"),
    ("kettle_2031-05-02_x.txt", "Ann Roe is a writer for Kettle News.", "Kettle News"),
    ("kettle-post_2031-05-02_x.txt", "The dockers told the Valley Times they would strike.", None),  # another outlet
    ("article_3.txt", "The dockers told The Kettleford Post they would strike.", None),  # no site in the name
    # The outlet's name stops at its possessive, and keeps none of it.
    ("kettle-post_2031-05-02_x.txt", "The mayor told KETTLEFORD POST’s evening show he would stay.",
     "KETTLEFORD POST"),
    ("kettle_2031-05-02_x.txt", "KETTLE's Harbour Desk average puts the ferry ahead.", "KETTLE"),
    ("kettle-post_2031-05-02_x.txt", "The dockers spoke to KettlePost on Monday.", "KettlePost"),
])
def test_the_outlet_a_file_names_as_its_site_is_taken_as_the_text_writes_it(name, text, outlet):
    assert metadata.site_outlet(name, [text]) == outlet


def test_a_section_line_over_readers_letters_files_the_page_as_opinion():
    """"LETTERS." on a line of its own at the top of the page: readers'
    letters, their writers' argument; the same word in a sentence, or
    far down the page, files nothing."""
    page = ["Ferry fares are too high for Tollen.", "LETTERS.", "I cannot see why the fare rose again.", "Ada Brill."]
    assert metadata.section_labels(page) == ("LETTERS",)
    assert metadata.genre(None, metadata.section_labels(page)) == "opinion"
    assert metadata.section_labels(["The council read the letters aloud.", "Letters poured in."]) == ()
    assert metadata.section_labels(["One.", "Two.", "Three.", "Opinion"]) == ()

"""Boilerplate rules: each fires on what it is for, and not on article text."""

from __future__ import annotations

import pytest

from briefing.clean import boilerplate
from briefing.clean.text import Block

BODY = "The council approved the new budget on Tuesday after a long debate about school funding."


def _strip(*lines: str):
    return boilerplate.strip([Block(text=line, line=n) for n, line in enumerate(lines, start=1)])


@pytest.mark.parametrize("line,rule", [
    ("Please enter your comment!", "comment-form"),
    ("Note: we are currently moderating all comments to keep out abuse.", "comment-form"),
    ("Comments are moderated before they appear.", "comment-form"),
    ("Harbour Briefing Sign Up Please prove you're not a robot. Invalid email address. Please re-enter. "
     "You will receive our newsletter every morning. You may opt out at any time. Thank you for subscribing.",
     "signup-form"),
    ("Video", "navigation-widget"),
    ("Photo gallery", "navigation-widget"),
    ("ANALYSIS: Why the harbour plan keeps stalling", "related-link"),
    ("Leave a Reply", "navigation-widget"),
    ("Your email address will not be published. Required fields are marked *", "comment-form"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "spam-notice"),
    ("Most Popular", "navigation-widget"),
    ("Latest news", "navigation-widget"),
    ("Story Continued Below", "navigation-widget"),
    ("Tags: budget, council, schools", "navigation-widget"),
    ("[printfriendly]", "markup-marker"),
    ('version="1.0" encoding="utf-8"? Ferries Buses Trains Bicycles 450 12 0.7 2 70', "markup-marker"),
    ('<?xml version="1.0" encoding="UTF-8"?>', "markup-marker"),
    ("HomeNewsCouncil approves budget", "breadcrumb"),
    ("Home » News » Local » Council approves budget", "breadcrumb"),
    ("Read more: Council approves budget after long debate", "related-link"),
    ("READ MORE: Why did the mayor resign?", "related-link"),
    ("Also read – Schools get new funding", "related-link"),
    ("Subscribe to our newsletter for the latest updates", "call-to-action"),
    ("Click here to follow us on Telegram", "call-to-action"),
    ("- Visit the Valley Times homepage for more stories.", "call-to-action"),
    ("Short of time? Our partner's planner can draw up a budget for you »", "call-to-action"),
    ("DISCLAIMER: The author writes in a private capacity.", "disclaimer"),
    ("The views expressed in this article are those of the author and do not necessarily reflect ours.", "disclaimer"),
    ("WARNING: THIS REPORT CONTAINS GRAPHIC DETAILS", "disclaimer"),
    ("TOLLEN  CAUTION: THESE PICTURES ARE GRAPHIC AND MAY UPSET SOME", "disclaimer"),
    ("NEW HAVEN — Warning: the pictures below are graphic.", "disclaimer"),
    ("This video contains images some viewers may find distressing.", "disclaimer"),
    ("© 2024 Example Media Group. All rights reserved.", "copyright"),
    ("Courtesy The Evening Herald.", "credit-line"),
    ("Roe reported from Oslo. Harbour News writers Ann Lee in Bergen, Tom Berg, Kari Holm and Per Dahl in Oslo "
     "contributed to this report.", "credit-line"),
    ("Staff writers Ann Lee and Tom Berg contributed to this story.", "credit-line"),
    ("Advertisement Continue reading the main story", "navigation-widget"),
    ("Story Continues →", "navigation-widget"),
    ("(SCROLL DOWN FOR LIVE UPDATES)", "navigation-widget"),
    ("Image copyright AFP Image caption The mayor at the opening of the bridge", "media-caption"),
    ("Media playback is unsupported on your device Media caption The mayor speaks", "media-caption"),
    ("The mayor at the bridge opening. (John Roe - GETTY IMAGES)", "media-caption"),
    ("Credit City Council", "media-caption"),
    ("FILE - In this March 11, 2010 file photo, the empty frame remains on display at the museum.... (Associated Press)",
     "media-caption"),
    ("This undated handout photo provided by the police shows the bridge before the storm.", "media-caption"),
    ("In this Sept. 5, 2019, photo, workers repair the old bridge over the river near the town.", "media-caption"),
    ("(L-R) Mayor Jana Novák, Governor Tom Becker and Ann Berg stand together after the council agrees to the budget "
     "in Ostrava, April 25, 2016.", "media-caption"),
    ("- Order Reprints", "navigation-widget"),
    ("Tell us what YOU think...", "navigation-widget"),
    ("[button link=”http://example.org/form” type=”big”] Send us YOUR review[/button]", "markup-marker"),
    ("Get the Valley Weekly delivered every month. 12 issues for £11.99. Click here for more information.",
     "call-to-action"),
    ("Write to Jane Roe at jane.roe@example.com", "contact-line"),
    ("Please contact press@example.org for more news about our river surveys.", "contact-line"),
    ("All our papers are free to read. Use this link in your coverage: https://example.org/ 10. 555/ rv. 12 "
     "(Link goes live when the paper is out)", "press-note"),
    ("EMBARGOED UNTIL 09:00 GMT, 4 May", "press-note"),
    ("($1 = 0.9125 crowns)", "rate-note"),
    ("(1 euro = $1.0890)", "rate-note"),
    ("You can view our June open thread here.", "call-to-action"),
    ("►Top 100 Harbour Moments: https://example.org/top100", "link"),
    ("►Everything You Need to Know About the Ferry:", "link"),
    ("About Harbour TV:", "link"),
    ("Online: https://example.org/harbour-report", "link"),
    ("- More coverage on the harbour ferry strike", "related-link"),
    ("Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @JaneRoe.", "contact-line"),
    ("This copy is for your personal, non-commercial use only.", "copyright"),
    ("This copy is for your personal, non-commercial use only. Distribution and use of this material are governed "
     "by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please "
     "contact our reprints desk at 1-800-555-0100 or visit our reprints page.", "copyright"),
    ("Holidaymakers fall ill after eating at a roadside stall [INSIGHT]", "related-link"),
    ("DON'T MISSCouncil approves budget after long debate", "related-link"),
    ("Read next Council approves budget after long debate Council approves budget after long debate",
     "related-link"),
    ("A protester stands inside the seized council building in Ostrava April 6, 2014. REUTERS/Stringer",
     "media-caption"),
    ("Jana Novák, the mayor, is seen in a Facebook posting. Facebook/Handout via REUTERS", "media-caption"),
    ("Tom Becker holds the record for the club. JANE ROE/AFP/Getty Images)", "media-caption"),
])
def test_line_rules_fire_anywhere(line, rule):
    kept, removals, _ = _strip(BODY, line, BODY + " More text.")
    assert [r.rule for r in removals] == [rule] and len(kept) == 2 and removals[0].line == 2


@pytest.mark.parametrize("line", [
    "More details on the plan emerged on Tuesday.",
    "More news from the front came later, when the rebels said the town had fallen",
    "Read more about the programme in the council's report, which found that funding fell by 3% last year.",
    "Read more: the council's report found that funding fell by 3% last year. It was released on Monday.",
    "Home prices rose by 4% in March, the statistics office said.",
    "“Would you support us?” the charity's director asked donors in a letter, as donations fell 20%.",
    "Subscribers to the paper's print edition fell for the fifth year, the company said.",
    "Most popular among voters was the promise to cut taxes, the survey found.",
    "The views of the residents were split, the survey found.",
    "Credit card debt rose by 5% in March.",
    "Image quality matters less than price to most buyers, the survey found.",
    "https://example.org/report-on-school-funding",
    "About three hundred residents came to say:",
    "► The council approved the budget on Tuesday.",
    "Residents can write to the council before the vote, officials said.",
    "The link will go live only if the two towns agree on the toll, the minister said.",
    "(1 vote = 1 voice, the banner read)",
    "The mayor wrote that the plan was “a dissaster [sic]",
    "Relatedly, the schools budget rose by 2% this year.",
    "Read next to the report, the letter says the the budget fell.",
    "In this case the court ruled that the photo was no evidence of the bribe.",
    "Warning: the mayor said the graphic figures in the report would alarm voters, and they did.",
    "This report contains the council's figures for last year, officials said.",
    "This image of the mayor went round the town after the debate on Monday night.",
    "Visitors to the harbour homepage rose by a third, the council said.",
    ("The paper's newsletter gained 4,000 readers. Subscriptions rose too. The sign-up page was redesigned. "
     "The editor said more would subscribe."),
    "Visit the harbour before the bridge closes, the mayor told residents at the meeting on the new stories of the pier.",
    "The editor said the site was moderating comments on the story about the harbour, and hundreds were held back.",
    "The mayor leads the race by six points in the latest poll. [Harbour Times, NBC/WSJ/Marist]",
    "The statement was read out on Monday. She heard of it via Reuters.",
    ("The publisher said all rights reserved by the two authors would pass to their estate under the new contract, "
     "which runs for ten years and covers every book the pair wrote together, the court heard on Monday."),
])
def test_article_sentences_are_kept(line):
    kept, removals, _ = _strip(BODY, line, BODY + " More text.")
    assert not removals and len(kept) == 3


def test_tail_rules_fire_only_after_the_article():
    bio = "Jane Doe is a political analyst and regular contributor to several outlets."
    appeal = "Our journalism depends on readers like you. Would you support us with a donation today?"
    kept, removals, hints = _strip(bio, BODY, appeal, bio, "Latest news")
    assert [r.rule for r in removals] == ["appeal", "author-bio", "navigation-widget"]
    assert kept[0].text == bio and hints.author == "Jane Doe"


def test_headlines_of_other_stories_after_the_article_are_cut():
    listed = ["Harbour Ferry Service Now Available", "New Toll Bridge Expected in First Half of 2020"]
    kept, removals, _ = _strip("Ferry Plan Approved", BODY, *listed)
    assert [r.rule for r in removals] == ["related-headline"] * 2 and [k.text for k in kept][-1] == BODY
    # A title case line before the article's last sentence is the article's.
    kept, removals, _ = _strip(BODY, listed[0], BODY + " More text.")
    assert not removals
    # A tweet's signature line dates the tweet above it.
    kept, removals, _ = _strip(BODY, "— Ann Berg (@annberg) April 12, 2021")
    assert not removals


def test_a_research_papers_back_matter_is_cut_from_its_end_only():
    thanks = "Acknowledgments We thank Ann Berg and Olek Dunn for help with the ferry counts."
    back = [thanks, "Footnotes Author contributions: A.B. and O.D. designed research; A.B. wrote the paper.",
            "The authors declare no conflict of interest.", "This article is a PNAS Direct Submission.",
            "Data deposition: All of the data are available online.",
            "This open access article is distributed under Creative Commons Attribution License 4.0 (CC BY).",
            'More information: Ann Berg et al., "Ferry wakes and reed beds," Coastal Letters (2021). doi: 10.1000/xyz']
    kept, removals, _ = _strip(BODY, *back)
    assert [r.rule for r in removals] == ["back-matter"] * len(back) and [k.text for k in kept] == [BODY]
    # Thanks in the middle of an article are the article's.
    kept, removals, _ = _strip(BODY, thanks, BODY + " More text.")
    assert not removals and len(kept) == 3


def test_a_labelled_line_that_cites_no_paper_is_kept():
    line = "More information: the ferry runs hourly from the north pier until the end of May."
    kept, removals, _ = _strip(BODY, line)
    assert not removals and kept[-1].text == line


def test_quoted_appeal_at_the_end_is_kept():
    quoted = "“We need your donations to keep our journalists in the field,” the editor told readers."
    kept, removals, _ = _strip(BODY, quoted)
    assert not removals and kept[-1].text == quoted


def test_reported_appeal_at_the_end_is_kept():
    reported = "Our donations have doubled this year, the charity's director said on Monday."
    kept, removals, _ = _strip(BODY, reported)
    assert not removals and kept[-1].text == reported


def test_outlet_from_a_credit_and_from_an_appeal():
    _, _, credit = _strip(BODY, "Courtesy Asia Weekly’.")
    assert credit.outlet == "Asia Weekly"
    appeal = ["Imagine a world without Harbor Light News. Who would watch the powerful if our journalists stopped?",
              "Harbor Light News operates as an independent nonprofit news outlet. Would you support us?"]
    _, removals, hints = _strip(BODY, *appeal)
    assert [r.rule for r in removals] == ["appeal", "appeal"] and hints.outlet == "Harbor Light News"


def test_an_analysis_box_heading_goes_and_names_the_outlet_its_writer_works_for():
    _, removals, hints = _strip(BODY, "The price of fish: analysis by Ola Dahl, Harbour News economics correspondent",
                                BODY + " More text.")
    assert [r.rule for r in removals] == ["boxed-byline"] and hints.outlet == "Harbour News"
    kept, removals, _ = _strip(BODY, "Analysis by the council's auditor, who is a former reporter, found a gap.")
    assert removals == [] and len(kept) == 2


@pytest.mark.parametrize("note", [
    "CORRECTION APPENDED.",
    "Correction: March 3, 2019",
    "This post has been updated with comment from the mayor's office.",
    "Correction: An earlier version of this story misstated the date of the vote.",
    "CORRECTION: This article originally said the match would be held in Leeds. It will be held in York.",
    "Because of an editing error, an earlier version of this post gave the wrong town for the harbour.",
    "Editor’s note: The following is the second of three excerpts from a forthcoming book.",
])
def test_an_editors_note_on_the_article_itself_is_no_part_of_its_report(note):
    kept, removals, _ = _strip(BODY, note, BODY + " More text.")
    assert [r.rule for r in removals] == ["editor-note"] and len(kept) == 2


@pytest.mark.parametrize("line", [
    "The correction was made on Monday, the ministry said.",
    "The story was corrected by the paper, which said it had erred.",
    "This report said the harbour would close by March.",
])
def test_sentences_about_corrections_are_kept(line):
    kept, removals, _ = _strip(BODY, line, BODY + " More text.")
    assert not removals


def test_short_blocks_after_a_closing_editors_note_are_the_pages_not_the_articles():
    teasers = ["Two senators backed the nominee for the fisheries post despite earlier criticism.",
               "The governor will tour the flooded coast again on Tuesday, an official said."]
    body = [BODY, BODY + " More text.", "The mayor said the budget was fair.", "The vote is on Friday."]
    kept, removals, _ = _strip(*body, "Correction: An earlier version of this post misstated the vote.", *teasers)
    assert [r.rule for r in removals] == ["editor-note", "after-editor-note", "after-editor-note"]
    assert [k.text for k in kept] == body
    # A note near the top closes nothing; nor does one followed by more than a few blocks.
    kept, removals, _ = _strip("This story has been updated with the final vote.", *body, *teasers)
    assert [r.rule for r in removals] == ["editor-note"]
    kept, removals, _ = _strip(*body, "This story has been updated.", *body)
    assert [r.rule for r in removals] == ["editor-note"]


def test_a_photo_caption_run_into_the_first_paragraph_is_cut_from_it():
    caption = ("In this June 3, 2019, file photo, two girls cross the old bridge in Brno. The council will vote on its "
               "repair this week. (AP Photo/Jana Novak, File)")
    kept, removed, _hints = _strip(caption + " " + BODY, BODY + " More text.")
    assert [block.text for block in kept] == [BODY, BODY + " More text."]
    assert [(r.rule, r.text) for r in removed] == [("media-caption", caption)]


def test_a_caption_without_a_credit_leaves_a_long_paragraph_its_own_sentences():
    caption = "In this June 3, 2019, file photo, two girls cross the old bridge in Brno, Czech Republic."
    body = " ".join([BODY] * 6)
    kept, removed, _hints = _strip(caption + " " + body)
    assert [block.text for block in kept] == [body] and [r.text for r in removed] == [caption]


def test_a_paragraph_that_only_opens_like_a_caption_is_kept():
    line = "In this photo-driven age, the council approved the new budget on Tuesday. " + BODY
    kept, removed, _hints = _strip(line)
    assert [block.text for block in kept] == [line] and not removed


@pytest.mark.parametrize("caption", [
    "A rescue boat carries three fishermen back to the harbour at dawn (AFP Photo/Jane Roe)",
    "Workers repair the old bridge over the river in the rain. (Reuters Photo/John Doe, File) (Associated Press)",
    "The governor speaks to reporters outside the courthouse on Monday. | AP Photo",
])
def test_a_caption_ending_in_an_agency_photo_credit_is_removed(caption):
    kept, removed, _hints = _strip(caption, BODY)
    assert [block.text for block in kept] == [BODY] and [r.rule for r in removed] == ["media-caption"]


def test_a_caption_run_into_a_headline_is_cut_at_its_photo_credit():
    caption = "The governor speaks to reporters outside the courthouse on Monday. | AP Photo"
    headline = "Governor vows to veto the budget 'We will not sign it,' she says."
    kept, removed, _hints = _strip(f"{caption} {headline}", BODY)
    assert [block.text for block in kept] == [headline, BODY]
    assert [(r.rule, r.text) for r in removed] == [("media-caption", caption)]


def test_prose_naming_a_photo_agency_is_kept():
    line = "The AP photo editor said the picture was taken in 2019, and Reuters images were used too."
    kept, removed, _hints = _strip(line, "The story continued below the fold in the print edition.")
    assert len(kept) == 2 and not removed


@pytest.mark.parametrize("line", ["Slideshow (9 Images)", "Photo gallery (12 photos)", "00:00 / 00:40 SD HD Share",
                                  "___", "* * *", "-", "•"])
def test_page_furniture_without_words_is_removed(line):
    kept, removed, _hints = _strip(BODY, line, BODY + " More text.")
    assert len(kept) == 2 and [r.rule for r in removed] == ["markup-marker"]


def test_a_wire_credit_line_goes_and_names_the_authors():
    kept, removed, hints = _strip(BODY, "(Reporting by Jane Roe and John Doe in Oslo; Writing by Ann Lee; "
                                        "Editing by Tom Poe)")
    assert [k.text for k in kept] == [BODY] and [r.rule for r in removed] == ["credit-line"]
    assert hints.author == "Jane Roe, John Doe, Ann Lee"


def test_prose_with_a_time_or_a_bracketed_remark_is_kept():
    lines = ["The film runs 1:45 / 2:10 in the director's cut, the studio said on Monday.",
             "(The council, reporting by email, said the vote was close.)"]
    kept, removed, _hints = _strip(BODY, *lines)
    assert len(kept) == 3 and not removed


def test_a_wire_credit_run_onto_a_paragraph_is_cut_from_it():
    last = Block(text="The ferry will run again on Friday, the council said. (Reporting by Ann Lee; Editing by Tom Berg)",
                 line=9)
    kept, removals, hints = boilerplate.strip([Block(text="The council met on Monday.", line=1), last])
    assert [b.text for b in kept] == ["The council met on Monday.", "The ferry will run again on Friday, the council said."]
    assert [r.rule for r in removals] == ["credit-line"] and hints.author == "Ann Lee"
    aside = Block(text="The ferry (editing by hand, the crew said) will run again.", line=2)
    assert boilerplate.split_wire_credit(aside) == [aside]


@pytest.mark.parametrize("line", [
    "[Related: Council Approves Plan: Budget, Schools And Ferries]",
    "(READ MORE: Harbour ferry strike ends after two weeks)",
    "Read ‘Harbour’ Crews to Be Honoured at the Town Hall TODAY!",
    "Explore further: Ferry crews may face longer shifts this winter",
])
def test_a_bracketed_or_imperative_link_to_another_story_is_cut(line):
    assert [r.rule for r in _strip(BODY, line, BODY + " Again.")[1]] == ["related-link"]


@pytest.mark.parametrize("line", ["Read the report here.", "See You Later, Alligator",
                                  "(Note: the mayor said so later.)", "[Updated at 5 pm]",
                                  "SMITH: Well, I think the harbour plan can wait",
                                  "UPDATE: The mayor later withdrew the plan for the harbour."])
def test_a_sentence_that_opens_like_a_link_is_kept(line):
    assert not boilerplate.is_related_link(line)


def test_the_links_under_a_link_heading_go_with_it():
    lines = [BODY, "RELATED:", "The ferry is back: Meet the new harbour boss",
             "Harbour strike 'over' with 3 boats, no deal [Poll]", "-- Jane Roe", "The crews went home on Friday."]
    kept, removals, _ = _strip(*lines)
    assert [r.rule for r in removals] == ["navigation-widget", "related-link", "related-link"]
    assert [b.text for b in kept] == [BODY, "-- Jane Roe", "The crews went home on Friday."]


def test_a_closing_signature_and_handle_name_the_author_and_leave_the_text():
    kept, removals, hints = _strip(BODY, "-- Jane Roe", "twitter.com/janeroe")
    assert [r.rule for r in removals] == ["signature", "social-handle"] and hints.author == "Jane Roe"
    kept, removals, _ = _strip("-- Jane Roe", BODY)
    assert removals == []


def test_a_run_of_captions_credited_in_brackets_is_cut_but_one_such_line_stays():
    lines = [BODY, "The mayor at the harbour (Valley Archive)", BODY + " Again.",
             "Old ferry tickets are among the lots (Valley Archive)", "The last sailing (Port Museum)"]
    kept, removals, _ = _strip(*lines)
    assert [r.rule for r in removals] == ["media-caption"] * 3 and len(kept) == 2
    assert _strip(BODY, "The plan for the harbour (Part Two)", BODY + " Again.")[1] == []


def test_a_long_wire_credit_is_cut_and_names_its_writer_not_its_helpers():
    credit = ("(Additional reporting by Ann Lee, Tom Berg, Kari Holm, Per Dahl and Eva Lund in Oslo; Jon Vik in Bergen; "
              "Siri Moe in Tromso; Writing by Lars Berg; Editing by Ola Nord)")
    kept, removals, hints = _strip(BODY, credit)
    assert [r.rule for r in removals] == ["credit-line"] and hints.author == "Lars Berg"


@pytest.mark.parametrize("line", [
    "Ann Lee, who contributed to this report in its early days, said the vote was close.",
    "“We contributed to this report,” the mayor said.",
])
def test_a_sentence_about_a_report_is_kept(line):
    assert not boilerplate.is_credit(line)


def test_what_a_removed_link_label_ending_on_a_colon_opens_goes_with_it():
    blurb = "With daily clips and weekly shows, the Kettle Channel brings fans the garden news they want."
    kept, removed, _hints = _strip(BODY, "►Everything You Need to Know About Pots:", "https://example.org/pots",
                                   "About Kettle Channel:", blurb, "https://example.org/listed", BODY + " More text.")
    assert [k.text for k in kept] == [BODY, "https://example.org/listed", BODY + " More text."]
    assert [r.rule for r in removed] == ["link"] * 4


def test_an_author_s_bio_names_the_outlet_they_report_for_but_not_a_school_they_teach_at():
    _, removals, hints = _strip(BODY, "Jane Roe is a Reporter for Valley Evening News. Follow her at @janeroe.")
    assert [r.rule for r in removals] == ["author-bio"]
    assert (hints.author, hints.outlet) == ("Jane Roe", "Valley Evening News")
    _, _, hints = _strip(BODY, "Jane Roe is a professor of history at Valley State University.")
    assert hints.outlet is None


def test_an_outlet_named_in_a_bio_ends_before_a_second_job_but_keeps_a_joined_name():
    _, _, hints = _strip(BODY, "Jane Roe is the garden columnist for Valley Post and weekend host of Kettle Radio.")
    assert hints.outlet == "Valley Post"
    _, _, hints = _strip(BODY, "Jane Roe is a reporter for The Ledger and Courier. Follow her at @janeroe.")
    assert hints.outlet == "The Ledger and Courier"


@pytest.mark.parametrize("text, removed", [
    ("Channel 9 aired footage of the deputies entering the barn:", True),
    ("Here is a clip of the mayor leaving the hall:", True),
    ("The mayor was furious. She posted a photo of the hall and wrote:", False),
    ("The mayor put it bluntly:", False),
    ("“Look at this picture:", False),
])
def test_a_lone_lead_in_to_a_video_or_picture_is_removed(text, removed):
    assert boilerplate.is_embed_lead_in(text) is removed


def test_a_subheading_in_capitals_between_paragraphs_goes_but_a_list_and_the_title_stay():
    para = "The harbour board met on Tuesday and agreed to sell two of its four old ferries by May."
    kept, removals, _ = _strip("Harbour Board Sells Ferries", "By Ola Dahl", para, "FERRY BUYERS WANTED", para,
                               "Island residents react", para)
    assert [(r.rule, r.text) for r in removals] == [("subheading", "FERRY BUYERS WANTED")]
    assert kept[0].text == "Harbour Board Sells Ferries"
    listed = ["The board named three buyers for the ferries:", "Nordic Lines", "Isle Transport Ltd", para]
    kept, removals, _ = _strip("Harbour Board Sells Ferries", para, *listed)
    assert removals == [] and len(kept) == 6
    # A listicle's numbered point is its content, not a heading over it.
    for point in ("2. THE NEW FERRIES SHINE", "88’: HARBOUR FC EQUALISE", "HALFTIME: HARBOUR FC LEAD"):
        kept, removals, _ = _strip("Five Things We Learned", "By Ola Dahl", para, point, para)
        assert removals == []


def test_a_gallerys_captions_and_a_timed_clips_caption_are_removed():
    gallery = ("View larger image Mayor Ada Brill, 52, waves from the ferry in this photo from the city's website. "
               "(Harbour Post/HO-www.example.org) View larger image Firefighters inspect the old mill near "
               "Tollen on Friday, March 3, 2023. View larger image Mayor Ada Brill, 52, waves from the ferry.")
    clip = "Video (01:45) : Crowds lined the quay to cheer the rowing crews home after the long race."
    kept, removed, _hints = _strip(gallery, BODY, clip)
    assert [block.text for block in kept] == [BODY]
    assert [r.rule for r in removed] == ["media-caption", "media-caption"]


@pytest.mark.parametrize("line", [
    "Visitors can view larger images of the old maps in the library's reading room on weekdays.",
    "The video (two minutes long) showed the crowd at the quay cheering the crews home.",
])
def test_prose_about_images_and_clips_is_kept(line):
    kept, removed, _hints = _strip(line, BODY)
    assert len(kept) == 2 and not removed


def test_a_caption_and_its_credit_given_twice_in_a_row_is_removed():
    twice = "Divers search the flooded quay at Tollen on Monday. (Harbour TV) " * 2
    kept, removed, _hints = _strip(twice.strip(), BODY)
    assert [block.text for block in kept] == [BODY] and [r.rule for r in removed] == ["media-caption"]
    once = "Divers searched the flooded quay at Tollen on Monday, the coast guard said. (Harbour TV)"
    kept, removed, _hints = _strip(once, BODY)
    assert not any(r.rule == "media-caption" for r in removed)


@pytest.mark.parametrize("line,outlet", [("Videos from the Valley Ledger.", "Valley Ledger"),
                                         ("ALSO FROM THE LEDGER:", "Ledger"),
                                         ("Photos from Harbour Weekly", "Harbour Weekly")])
def test_a_pointer_to_the_sites_own_work_goes_and_names_the_outlet(line, outlet):
    kept, removed, hints = _strip(BODY, line, BODY + " More text.")
    assert len(kept) == 2 and [r.rule for r in removed] == ["house-promo"] and hints.outlet == outlet


def test_a_sentence_about_where_something_came_from_is_kept():
    for line in ("From the quay, the divers swam to the wreck.", "Also from Tollen came a second crew of divers."):
        kept, removed, hints = _strip(line, BODY)
        assert len(kept) == 2 and not removed and hints.outlet is None


@pytest.mark.parametrize("line,rule", [
    ("Read the rest here.", "navigation-widget"),
    ("Read the rest of the story here.", "navigation-widget"),
    ("Valley Morning Hour airs on Harbour Radio 88 weekdays from 7:00 a.m. to 10:00 a.m. Pacific.", "house-promo"),
    ("The Lind Show streams every Tuesday at 8 p.m. on the Ledger site.", "house-promo"),
])
def test_a_link_to_the_rest_of_a_relayed_story_and_a_shows_schedule_go(line, rule):
    kept, removed, _hints = _strip(BODY, line)
    assert [b.text for b in kept] == [BODY] and [r.rule for r in removed] == [rule]


@pytest.mark.parametrize("line", [
    "The interview airs Sunday at 9 p.m. on Channel 4.",  # one broadcast, no recurring slot
    "Read the rest of his letter to the council, which he sent on Monday.",
])
def test_a_sentence_on_one_broadcast_or_on_reading_a_document_is_kept(line):
    kept, removed, _hints = _strip(line, BODY)
    assert len(kept) == 2 and not removed


@pytest.mark.parametrize("text, removed", [
    ("Fare rise: Riders say the new prices hit the night shift hardest. B4.", True),
    ("Inside: The harbour board weighs a second ferry line.  A12", True),
    ("The ferry left from berth B4.", False),  # a berth's number, no stop before it
    ("Riders say the new prices hit the night shift hardest.", False),
])
def test_a_print_pointer_to_another_page_is_removed(text, removed):
    assert boilerplate.is_page_pointer(text) is removed


@pytest.mark.parametrize("last", [
    "Orla Penhallow is the former harbour commissioner of Westmere.",
    "Orla Penhallow, once an aide to Senator Tobias Krane, Jr., is chair of the Westmere Canal Trust.",
])
def test_a_closing_line_on_what_an_unnamed_writer_is_names_the_author(last):
    kept, removals, hints = _strip(BODY, "We should dredge the canal before the spring floods arrive.", last)
    assert [r.rule for r in removals] == ["author-bio"]
    assert hints.author == "Orla Penhallow"
    assert [k.text for k in kept][-1].startswith("We should dredge")


@pytest.mark.parametrize("before,last", [
    ("Penhallow spoke at the hearing on Tuesday.",  # named in the report above
     "Orla Penhallow is the former harbour commissioner of Westmere."),
    ("Two candidates lead the race for the mayoralty.",  # what he is doing, not what he is
     "Councillor Dario Quell is running third in the polls."),
])
def test_a_closing_line_about_someone_in_the_news_is_kept(before, last):
    kept, removals, hints = _strip(BODY, before, last)
    assert removals == [] and hints.author is None
    assert kept[-1].text == last

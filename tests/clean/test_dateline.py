"""Datelines are cut from the start of a report's first paragraph (issue 15:
"WASHINGTON" must never stand as a clause or open a printed sentence)."""

import pytest

from briefing.clean import dateline
from briefing.clean.text import Block
from briefing.models import Document


def _first(text: str) -> tuple[str, list]:
    kept, removals = dateline.strip([Block(text=text, line=3), Block(text="Next paragraph here.", line=5)])
    return kept[0].text, removals


@pytest.mark.parametrize("opening", [
    "WASHINGTON — ", "WASHINGTON -- ", "WASHINGTON—", "WASHINGTON - ", "WASHINGTON ― ",
    "KANSAS CITY, Mo. — ", "LIVINGSTON, N.J. -- ", "ST. LOUIS — ", "BEIRUT, Lebanon (Reuters) - ", "(CNN) — ",
    "OSLO, April 7 (Reuters) - ", "OSLO –- ", "TALLINN, April 7. /ITAR-TASS/. ", "NARVA/TARTU, Estonia ",
    "Oslo (AFP) – ", "Buenos Aires, Argentina (Reuters) - ", "SAN JOSE/LIMA (Reuters) - ",
    "OSLO, April 7 ", "SAN JOSE, Costa Rica, Sept. 12 ",  # the dash cut away, the filing date kept
    "STOCKHOLM ", "SAN JOSE ",  # the dash cut away: a place too long for an acronym
    "Tegucigalpa: ",  # a place in title case and a colon, as some papers sign
    "(WXN) ",  # an outlet's tag in brackets, the dash left out
])
def test_dateline_forms_are_cut(opening):
    text, removals = _first(opening + "The mayor of the town said on Monday that the bridge would reopen.")
    assert text == "The mayor of the town said on Monday that the bridge would reopen."
    assert [(r.rule, r.text, r.line) for r in removals] == [("dateline", opening.strip(), 3)]


@pytest.mark.parametrize("text", [
    "A — as in apple — is the first letter of the list we were given.",  # a capital that opens a sentence
    "The council met on Monday — and the mayor spoke first, as always.",  # no capitals before the dash
    "NATO said on Monday that its ministers would meet again in spring.",  # no dash at all
    "WASHINGTON — Live updates",  # a heading, not a report
    "NATO, Russia Sign Deal on Missiles in Talks Held on Monday",  # a headline in capitals, no dateline
    "USA, Canada and Mexico agreed to hold the talks again next year.",
    "NATO, May 4 Summit Agenda",  # a short line after the date is a heading
    "NATO, in May 2019, said the ministers would meet again in spring.",  # no day after the month
    "Oslo — the city of the prize — voted on Monday to close the bridge.",  # title case needs its agency
    "NATO Ministers said on Monday that the alliance would meet again in spring.",  # an acronym
    "Note: The figures for the town were revised on Monday after the count.",  # a label, not a place
    "Jane: The mayor said on Monday that the bridge would reopen in spring.",  # a person
    "Tegucigalpa: Mayor Opens The Bridge Again After Storm Closed It For Weeks",  # a headline
    "OSLO Mayor opens bridge",  # a heading, not a report
    "(VIDEO) The mayor of the town said on Monday that the bridge would reopen.",  # a label, not an outlet
    "(WXN) Bridge Reopens",  # a heading after the tag
])
def test_ordinary_openings_stay(text):
    assert _first(text) == (text, [])


def test_only_the_first_paragraphs_and_only_once():
    blocks = [Block(text=f"Paragraph {i} says nothing of note at all.", line=i)
              for i in range(1, dateline.LOOK_AHEAD + 1)]
    late = Block(text="LONDON — The second report opens here with its own line.", line=19)
    assert dateline.strip(blocks + [late]) == (blocks + [late], [])
    # A page's headline, byline and photo captions come before the report's first paragraph.
    preface = [Block(text="Bridge reopens after storm", line=1), Block(text="By Jane Roe", line=2),
               Block(text="A worker checks the cables of the bridge on Monday. (Jane Roe/City Press)", line=3),
               Block(text="Commuters cross the reopened bridge on Tuesday morning.", line=4),
               Block(text="Jane Roe City Desk", line=5)]
    kept, removals = dateline.strip(preface + [late])
    assert kept[-1].text == "The second report opens here with its own line."
    assert [r.rule for r in removals if r.rule != "deck"] == ["dateline"]
    two = [Block(text="PARIS — The first report opens here and goes on.", line=1),
           Block(text="ROME — A second dateline is body text by now, and kept.", line=3)]
    kept, removals = dateline.strip(two)
    assert [b.text for b in kept] == ["The first report opens here and goes on.", two[1].text]
    assert len(removals) == 1


def test_short_lines_above_the_dateline_are_decks_and_labels_not_story():
    """A deck or a section label above the dateline is no sentence of the
    report; a headline and the abstract a label opens stay."""
    above = [Block(text="Fares frozen, but ferry still late as crews strike.", line=1),
             Block(text="Ferry Crews Walk Out Over Pay In Harbour Town", line=2),
             Block(text="SUMMARY.", line=3),
             Block(text="The harbour board, short of crews since spring, has put off the new ferry line to Kettle "
                        "Island for a third time this year.", line=4),
             Block(text="LONDON — The second report opens here with its own line.", line=5)]
    kept, removals = dateline.strip(above)
    assert [b.line for b in kept] == [2, 4, 5]
    assert [(r.rule, r.line) for r in removals] == [("deck", 1), ("deck", 3), ("dateline", 5)]


def test_a_short_line_beside_story_paragraphs_above_the_dateline_is_kept():
    """Story paragraphs set above the dateline (a page out of order) make
    a short line beside them the story's too."""
    above = [Block(text="The harbour board, short of crews since spring, has put off the new ferry line to Kettle "
                        "Island for a third time this year.", line=1),
             Block(text="No one has been hired since.", line=2),
             Block(text="LONDON — The second report opens here with its own line.", line=3)]
    kept, removals = dateline.strip(above)
    assert [b.line for b in kept] == [1, 2, 3] and [r.rule for r in removals] == ["dateline"]


def test_clean_article_text_and_report_lose_the_dateline():
    from briefing.clean import clean

    text = ("Bridge to reopen\n\nBy Ann Lee\n\nSPRINGFIELD, Ill. — The state said on Monday "
            "that the old bridge would reopen next month after repairs.\n\nTraffic will resume.")
    article = clean(Document(id="a", path="a.txt", kind="text", encoding="utf-8", sha256="0", text=text))
    assert article.text.startswith("The state said on Monday")
    assert any(r.rule == "dateline" and r.text == "SPRINGFIELD, Ill. —" for r in article.removals)
    assert all(article.text[p.start:p.end].strip() for p in article.paragraphs)


@pytest.mark.parametrize("opening,wire", [
    ("BEIRUT, Lebanon (Reuters) - ", "Reuters"), ("TALLINN, April 7. /ITAR-TASS/. ", "ITAR-TASS"),
    ("(CNN) — ", "CNN"), ("WASHINGTON — ", None), ("(WXN) ", "WXN"),
])
def test_the_wire_a_dateline_names_is_read(opening, wire):
    _text, removals = _first(opening + "The mayor of the town said on Monday that the bridge would reopen.")
    assert dateline.agency(removals) == wire


def test_a_hyphen_inside_a_word_after_the_places_ends_no_dateline():
    text, removals = _first("NARVA/TARTU, Estonia Pro-government crowds gathered in the square on Monday.")
    assert text == "Pro-government crowds gathered in the square on Monday."
    assert [r.text for r in removals] == ["NARVA/TARTU, Estonia"]


def test_a_short_place_in_capitals_without_a_dash_is_cut_when_the_article_writes_it_in_title_case():
    blocks = [Block(text="ROME Exhausted crews reopened the bridge on Saturday after the storm.", line=1),
              Block(text="Traffic into Rome was slow all day, officials said.", line=3)]
    kept, removals = dateline.strip(blocks)
    assert kept[0].text.startswith("Exhausted crews") and removals[0].text == "ROME"
    alone = [blocks[0], Block(text="Traffic was slow all day, officials said.", line=3)]
    assert dateline.strip(alone) == (alone, [])  # "ROME" could be an acronym

"""A numbered reference list's markers: found only where they number one."""

from __future__ import annotations

from briefing.clean import citations


def test_markers_that_first_cite_one_to_four_are_dropped():
    paragraphs = ["Marsh soils hold carbon (1) and feed river deltas (2).",
                  "Earlier surveys mapped only peat bogs (3⇓–5), and Okafor et al. (6) counted reeds.",
                  "Salt marshes store more per hectare (7, 8) than dry forest."]
    pattern = citations.cites_by_number(paragraphs)
    assert pattern is not None
    text, markers = citations.uncite(paragraphs[1], pattern)
    assert text == "Earlier surveys mapped only peat bogs, and Okafor et al. counted reeds."
    assert markers == ["(3⇓–5)", "(6)"]


def test_footnote_numbers_in_square_brackets_are_dropped_too():
    paragraphs = ["The canal opened in 1891.[1] It carried grain[2] and timber.[3, 4]"]
    pattern = citations.cites_by_number(paragraphs)
    assert citations.uncite(paragraphs[0], pattern)[0] == "The canal opened in 1891. It carried grain and timber."


def test_bracketed_numbers_that_number_no_reference_list_stay():
    scores = ["Lindqvist (45) and Moreau (12) put on a stand before Achebe (3) fell.",
              "The visitors replied with Tanaka (88) and Osei (1)."]
    assert citations.cites_by_number(scores) is None
    counts = ["The plan would (1) widen the road, (2) add a lane and (3) close the ford."]
    assert citations.cites_by_number(counts) is None


def test_spaced_square_markers_are_dropped_with_the_space_before_them():
    paragraphs = ["Over 400 wells ran dry by May [ 1 ], and the aquifer sank [ 2 , 3 ].",
                  "Pumping tests [ 4 ] confirmed it."]
    pattern = citations.cites_by_number(paragraphs)
    assert pattern is not None
    assert citations.uncite(paragraphs[0], pattern)[0] == "Over 400 wells ran dry by May, and the aquifer sank."


def test_pointers_to_figures_and_tables_are_dropped_from_any_text():
    text, pointers = citations.unpoint("We sampled 88 ponds ( Fig 2 ) and 12 springs (see Table 1).")
    assert text == "We sampled 88 ponds and 12 springs."
    assert pointers == ["( Fig 2 )", "(see Table 1)"]
    assert citations.unpoint("The fig (3 kg) and a table (oak) were sold.")[0] == \
        "The fig (3 kg) and a table (oak) were sold."


def test_a_summary_citing_later_references_first_does_not_hide_the_list():
    paragraphs = ["In brief: the weir failed in one valley [ 9 ] as models warned [ 6 – 8 ].",
                  "Floods in 1950 [ 1 ] and 1962 [ 2 ] shaped the rules [ 3 ], later revised [ 4 ]."]
    pattern = citations.cites_by_number(paragraphs)
    assert pattern is not None
    assert citations.uncite(paragraphs[0], pattern)[0] == "In brief: the weir failed in one valley as models warned."
    assert citations.cites_by_number(["Tallis (4) and Brandt (1) fell early; Ozu (3) and Pike (2) held."]) is None

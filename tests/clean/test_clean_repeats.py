"""Repeats: first occurrence kept, later ones merged, splices repaired."""

from __future__ import annotations

from briefing.clean import repeats
from briefing.clean.text import Block

A = "The committee approved the plan after a long debate on Tuesday."
B = "Officials said the first phase would start in the spring of next year."
C = "Critics warned that the costs had been badly underestimated by the planners."


def _collapse(*paragraphs: str):
    kept, removals = repeats.collapse([Block(text=p, line=n) for n, p in enumerate(paragraphs, 1)])
    return [block.text for block in kept], [r.rule for r in removals]


def test_repeated_paragraph_is_merged_into_the_first():
    assert _collapse(f"{A} {B}", C, f"{A}  {B}") == ([f"{A} {B}", C], ["repeated-paragraph"])


def test_repeated_sentence_inside_another_paragraph_is_dropped():
    assert _collapse(f"{A} {B}", f"{C} {A}") == ([f"{A} {B}", C], ["repeated-sentence"])


def test_repeat_differing_only_in_glued_words_and_final_stop_is_found():
    assert _collapse(A[:-1], f"{A.replace('the plan', 'theplan')} {C}")[0] == [A[:-1], C]


def test_splice_with_continuation_is_rejoined():
    spliced = f"Because the budget was tight, {B} the council delayed the vote."
    kept, rules = _collapse(B, spliced)
    assert kept == [B, "Because the budget was tight, the council delayed the vote."]
    assert rules == ["repeat-spliced-into-sentence", "splice-repaired"]


def test_splice_whose_stub_is_completed_elsewhere_is_dropped():
    stub = "Since both towns have suffered from floods"
    kept, rules = _collapse(B, f"{stub} {B}", f"{C} {stub} the new dams will be welcome.")
    assert kept == [B, f"{C} {stub} the new dams will be welcome."]
    assert rules == ["repeat-spliced-into-sentence", "splice-repaired"]


def test_short_sentences_may_repeat():
    assert _collapse("He agreed. The vote passed easily in the end.", "He agreed. Then he left the room quietly.")[1] == []


def test_table_rows_are_not_repeats():
    row = "| Name | Votes | Share |"
    assert _collapse(row, A, row)[0] == [row, A, row]


def test_a_table_row_printed_twice_in_a_row_is_one_header():
    row = "| Name | Votes | Share |"
    kept, rules = _collapse(row, row, "| Roe | 120 | 55% |")
    assert kept == [row, "| Roe | 120 | 55% |"] and rules == ["doubled-table-row"]


def _without_captions(*paragraphs: str):
    kept, removals = repeats.without_captions([Block(text=p, line=n) for n, p in enumerate(paragraphs, 1)])
    return [block.text for block in kept], [r.rule for r in removals]


def test_paragraph_repeated_behind_a_photo_credit_is_a_caption_both_times():
    caption = "A firefighter carries a hose past the burned warehouse in the harbour district on Monday."
    for credit in ("Harbour fire Jane Roe/THE DAILY WIRE", "Warehouse blaze SUBMITTED PHOTO", "Fire (AP Photo/Jane Roe)"):
        kept, rules = _without_captions(caption, f"{credit} {caption}", A, B)
        assert (kept, rules) == ([A, B], ["photo-caption", "photo-caption"]), credit


def test_repeat_behind_ordinary_words_is_no_caption():
    # Only a credit (a last word in capitals, or Name/AGENCY) marks a caption;
    # the plain repeat is left for `collapse`.
    kept, rules = _without_captions(B, f"In the words of the council {B}", A)
    assert (kept, rules) == ([B, f"In the words of the council {B}", A], [])
    kept, rules = _without_captions(B, f"The report from NASA said. {B}", A)
    assert rules == []


def test_a_deck_the_body_retells_goes_and_its_retelling_stays():
    deck = "Orchard sales held up this spring, with most growers reporting steady or better prices."
    body = ["The valley's fruit market opened early this year after a mild winter across the region.",
            "Orchard sales held up this spring, as most growers reported steady or better prices.",
            "Buyers from three cities came to the market on its first day."]
    kept, removals = repeats.collapse([Block(text=text, line=n) for n, text in enumerate([deck, *body], 1)])
    assert [b.text for b in kept] == body and [r.rule for r in removals] == ["deck-retold-in-body"]
    lead = "The valley's fruit market opened early this year after a mild winter across the region."
    kept, removals = repeats.collapse([Block(text=text, line=n) for n, text in enumerate([lead, *body[1:]], 1)])
    assert len(kept) == 3 and not removals


def test_a_sentence_said_again_at_the_end_of_the_next_is_kept():
    # Emphasis by repetition inside a quotation: word for word, nothing cut.
    said = "“Harbourline is failing this island. Whatever they claim, Harbourline is failing this island! We want an inquiry.”"
    kept, rules = _collapse(A, said)
    assert kept == [A, said] and rules == []

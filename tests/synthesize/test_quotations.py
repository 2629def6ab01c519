"""The brief's quotes annex: one row per quotation, however many articles
print it, and a part of a speaker's quotation inside the whole of it."""

from __future__ import annotations

from briefing.models import Quote, Source
from briefing.synthesize import quotations


def quote(article, text, speaker, start=0, role=None):
    return Quote(text=text, speaker=speaker, speaker_role=role,
                 sources=(Source(article=article, paragraph=0, start=start, end=start + len(text)),))


def test_the_same_words_of_one_speaker_in_two_articles_are_one_row_citing_both():
    rows = quotations.said_once([quote("a", "We won’t close the pier in May", "Edda Viklund"),
                                 quote("a", "The ferry stays", "Edda Viklund", start=40),
                                 quote("b", "We won't close the pier in May.", "Edda Viklund"),
                                 quote("b", "We will not close the pier in May.", "Edda Viklund", start=60)])
    assert [(r.text, [s.article for s in r.sources]) for r in rows] == [
        ("We won’t close the pier in May", ["a", "b"]), ("The ferry stays", ["a"]),
        ("We will not close the pier in May.", ["b"])]  # other words: a row of their own


def test_a_part_of_a_longer_quote_by_the_same_speaker_is_folded_into_it():
    whole = quote("b", "She told us she is running for mayor in May. I hope she does.", "Tom Okri")
    rows = quotations.said_once([quote("a", "I hope she does.", "Tom Okri"),
                                 quote("a", "She is running for mayor in May", "Tom Okri", start=30), whole,
                                 quote("c", "She told us she is running for mayor in May. I hope she does.", "Tom Okri")])
    (row,) = rows
    assert row.text == whole.text
    assert [s.article for s in row.sources] == ["b", "a", "a", "c"]


def test_words_of_another_speaker_or_a_short_part_stay_rows_of_their_own():
    rows = quotations.said_once([quote("a", "The pier will be open in May, and the ferry will stay.", "Tom Okri"),
                                 quote("b", "the ferry will stay", "Edda Viklund"),
                                 quote("b", "in May", "Tom Okri", start=50)])
    assert len(rows) == 3


def test_unattributed_words_are_one_row_only_when_whole_and_described_alike():
    rows = quotations.said_once([quote("a", "No one asked the harbour", None, role="a fisherman"),
                                 quote("b", "No one asked the harbour", None, role="a fisherman"),
                                 quote("b", "No one asked the harbour board", None, role="a fisherman"),
                                 quote("c", "No one asked the harbour", None)])
    assert [len(r.sources) for r in rows] == [2, 1, 1]


def test_a_fragment_woven_into_the_writers_sentence_leaves_the_sentences_stop_outside():
    rows = quotations.said_once([quote("a", "keep the night ferry running all winter.", "Olek Dunn", start=10),
                                 quote("a", "We will keep it running. The town needs it.", "Olek Dunn", start=90),
                                 quote("b", "see the pier rebuilt by Acme Inc.", "Edda Viklund")])
    assert [r.text for r in rows] == ["keep the night ferry running all winter",
                                      "We will keep it running. The town needs it.",  # the speaker's own sentences
                                      "see the pier rebuilt by Acme Inc."]  # the stop of an abbreviation is the word's
    assert (rows[0].sources[0].start, rows[0].sources[0].end) == (10, 10 + len(rows[0].text))

"""Tests for briefing/synthesize/addressee.py: who a quote in the second person is put to."""

from __future__ import annotations

from briefing.models import Quote
from briefing.synthesize import addressee
from tests.helpers import digest_of, quoted


def _hearer(sentences: list[str], words: str, speaker: str = "Ada Quill") -> str | None:
    """The hearer of the quote `words` (said by `speaker`) in an article of `sentences`."""
    digest = digest_of("1", sentences)
    quote = quoted(digest, words, speaker)
    return addressee.hearers(digest.sentences, [quote]).get(quote)


def test_the_one_told_hears_the_quote():
    assert _hearer(["At the meeting Ada Quill told Tomas Brenn: \"You have let the town down.\""],
                   "You have let the town down") == "Tomas Brenn"


def test_the_other_party_of_a_hearing_hears_the_quote():
    sentences = ["During the hearing, Ada Quill was not moved by his promise.",
                 "\"You ran the depot into the ground,\" she said."]
    assert _hearer(sentences, "You ran the depot into the ground") == "his"


def test_no_hearer_where_the_text_does_not_say_who_hears():
    sentences = ["Ada Quill spoke to reporters after Tomas Brenn left the depot.",
                 "\"You cannot trust this plan,\" she said."]
    assert _hearer(sentences, "You cannot trust this plan") is None
    # Two people in the exchange: no one hearer.
    sentences = ["During the hearing, Ada Quill questioned Tomas Brenn and Lia Moss.",
                 "\"You ran the depot into the ground,\" she said."]
    assert _hearer(sentences, "You ran the depot into the ground") is None
    # Words in the third person are put to no one.
    assert _hearer(["Ada Quill told Tomas Brenn: \"The depot is failing.\""], "The depot is failing") is None


def test_the_speakers_next_words_go_on_to_the_same_hearer():
    sentences = ["During the hearing, Ada Quill was not moved by his promise.",
                 "\"You ran the depot into the ground,\" she said.",
                 "\"You should step down,\" she added."]
    digest = digest_of("1", sentences)
    quotes = [quoted(digest, words, "Ada Quill") for words in ("You ran the depot into the ground", "You should step down")]
    assert list(addressee.hearers(digest.sentences, quotes).values()) == ["his", "his"]
    # Another speaker's words are not put to the same hearer.
    other = Quote(text=quotes[1].text, speaker="Lia Moss", cue="said", kind="direct", sources=quotes[1].sources)
    assert list(addressee.hearers(digest.sentences, [quotes[0], other]).values()) == ["his"]


def test_a_hearing_told_of_as_another_occasion_sets_no_exchange():
    sentences = ["Ada Quill said once the files are shared, Tomas Brenn will speak in a hearing.",
                 "\"We will work with your office as fast as we can,\" Ada Quill said."]
    assert _hearer(sentences, "We will work with your office as fast as we can") is None
    sentences = ["In a hearing on Monday, Ada Quill spoke after Tomas Brenn.",
                 "\"We will work with your office as fast as we can,\" Ada Quill said."]
    assert _hearer(sentences, "We will work with your office as fast as we can") == "Tomas Brenn"


def test_a_you_that_means_anyone_is_not_the_one_spoken_to():
    assert addressee.personal("You have let the town down.")
    assert addressee.personal("We trusted you.")
    assert not addressee.personal("You are going to find a few rotten deals in any market.")
    assert not addressee.personal("You never know what the tide brings.")

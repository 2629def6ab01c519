"""The corpus's subject: its shared names, as the reader sees them in the title."""

from __future__ import annotations

from briefing.synthesize import subject
from tests.test_summary import digest_of

ARTICLES = {
    "a": ["Norway and Iceland signed a fisheries pact on Monday.",
          "Norwegian officials said the Iceland talks went well.", "Norway will send inspectors."],
    "b": ["Iceland welcomed the pact with Norway.", "Critics in Iceland doubt the quotas."],
    "c": ["The pact between Norway and Iceland starts in May.", "Fishermen in Tromsø are wary."],
}


def test_display_names_are_the_shared_names_as_written():
    digests = [digest_of(key, sentences) for key, sentences in ARTICLES.items()]
    names = subject.display_names(digests, subject.find_subject(digests))
    assert set(names) == {"Norway", "Iceland"}


def test_title_joins_names_and_main_theme():
    assert subject.title(["Norway", "Iceland"], "Fisheries") == "Iceland and Norway: fisheries"
    assert subject.title([], "Fisheries") == "Briefing: Fisheries"
    assert subject.title([], None) == "Briefing"

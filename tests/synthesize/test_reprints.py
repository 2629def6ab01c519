"""One text printed twice is one source."""

from __future__ import annotations

from itertools import combinations

from briefing.synthesize import agreements, reprints, scope
from tests.helpers import digest_of

STORY = ["The harbour board voted on Tuesday to close the northern docks by the spring.",
         "Dock workers said the closure would cost two hundred jobs in the town.",
         "The board's chairwoman said the docks had lost money for six straight years.",
         "A union leader promised to fight the decision in the courts this week.",
         "The town council will debate a rescue plan for the docks next month.",
         "Fishermen fear the closure will push their boats to the southern harbour."]
# The same story in a second edition: a word changed, a sentence dropped.
EDITION = [STORY[0], STORY[1].replace("two hundred", "200"), *STORY[2:4],
           "A union leader promised to fight the decision in the courts in the past week.", STORY[5]]
OTHER = ["The ferry company added a second boat to the island route on Friday.",
         "Passengers had waited up to two hours for a crossing in the summer.",
         "The company said the new boat carries four hundred passengers.",
         "Island shopkeepers welcomed the change before the holiday season.",
         "The harbour board voted on Tuesday to close the northern docks by the spring, the company noted."]


def test_an_article_repeating_anothers_sentences_is_its_reprint():
    digests = [digest_of("a", STORY), digest_of("b", OTHER), digest_of("c", EDITION)]
    assert reprints.first_editions(digests) == {"c": "a"}


def test_a_reprint_corroborates_nothing_and_offers_no_claims_of_its_own():
    found = agreements.find_agreements([digest_of("a", STORY), digest_of("c", EDITION)])
    assert found and not any(a.corroborated for a in found)
    assert {s.article for a in found for s in a.sources} == {"a"}


def test_the_scope_says_which_source_repeats_which():
    note = scope.find_scope([digest_of("a", STORY), digest_of("b", OTHER), digest_of("c", EDITION)])
    assert note.reprints == ("S3 repeats S1",)
    assert "S3 repeats S1 nearly word for word: counted as one source." in note.text


WIRE = ["The harbour board voted on Tuesday to close the northern docks by the spring.",
        "Dock workers said the closure would cost two hundred jobs in the town.",
        "The board's chairwoman said the docks had lost money for six straight years.",
        "A union leader promised to fight the decision in the courts this week."]
# An outlet's own story carrying three of the wire's sentences word for word.
OWN = ["Shopkeepers on the quay fear for their trade after the news from the board.",
       "A baker said half her customers work on the docks.",
       WIRE[0], WIRE[1], WIRE[2],
       "The quay's cafe owners plan a meeting with the mayor on Monday."]


def test_a_passage_two_articles_share_word_for_word_is_one_source():
    digests = [digest_of("a", WIRE), digest_of("b", OWN)]
    assert reprints.first_editions(digests) == {}
    assert reprints.shared_copy(digests) == {(0, 1)}
    found = agreements.find_agreements(digests)
    assert found and not any(a.corroborated for a in found)


def test_one_sentence_two_articles_share_is_no_passage():
    digests = [digest_of("a", WIRE), digest_of("b", [*OWN[:3], *OWN[5:]])]
    assert reprints.shared_copy(digests) == frozenset()


def test_a_wire_sentence_lightly_edited_is_one_copy():
    wire = "A spokesman for the regional water board said there had been no sign of leaks at the dam but that repairs would take weeks."
    edited = "A spokesman for the water board said Monday there had been no sign of leaks at the dam but that repairs would take weeks."
    retold = "Repairs at the dam will take weeks, the water board said, adding it had found no leaks."
    assert reprints.one_copy(wire, edited)
    assert reprints.one_copy("The board met on Monday.", "The board met on Monday, officials said.")
    assert not reprints.one_copy(wire, retold)


def test_a_lightly_edited_sentence_of_a_shared_passage_backs_nothing():
    edited = "The board's chairwoman, Ada Kell, said on Tuesday the docks had lost money for six straight years."
    own = [*OWN[:2], WIRE[0], WIRE[1], WIRE[3], edited, OWN[5]]
    digests = [digest_of("a", WIRE), digest_of("b", own)]
    assert reprints.shared_copy(digests) == {(0, 1)}
    found = agreements.find_agreements(digests)
    assert not any(a.corroborated for a in found)
    # Nor is the copy listed as a claim of its own beside the sentence it copies.
    assert not any(reprints.one_copy(a.text, b.text) for a, b in combinations(found, 2))

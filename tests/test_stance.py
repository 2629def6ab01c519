"""Stance readings: lexicon with negation, hedges and contrast; one reading per voice."""

from __future__ import annotations

from briefing.distill import stance
from briefing.models import Quote, Source
from tests.test_summary import digest_of


def verdict(text: str) -> str:
    return stance.decide(*stance.judge(text))


def test_judgement_words_give_a_direction():
    assert verdict("The talks were very positive and the partnership is flourishing.") == "optimistic"
    assert verdict("Officials remain skeptical and there is deep mistrust on both sides.") == "skeptical"


def test_plain_reporting_is_neutral():
    assert verdict("The delegation arrived on Tuesday and met the minister of trade.") == "neutral"


def test_negation_flips_and_hedging_halves():
    assert verdict("Will the deal hold? Not so sure.") == "skeptical"
    assert stance.judge("The offer is not unconditional.")[1] > 0
    assert verdict("The committee never opposed the plan and it was not a failure.") == "optimistic"
    assert stance.judge("It seems promising.")[0] == stance.judge("It is promising.")[0] / 2


def test_clause_before_but_counts_half():
    positive, negative = stance.judge("At first the plan looked excellent, but the outcome was disappointing.")
    assert negative > positive


def test_a_question_asserts_no_hope():
    assert stance.judge("Unconditional support for the plan?")[0] == 0


def test_clear_evidence_both_ways_is_mixed():
    assert stance.decide(2.0, 1.5) == "mixed"
    assert stance.decide(4.0, 1.0) == "optimistic"
    assert stance.decide(0.5, 0.0) == "neutral"


def test_speakers_and_the_article_voice_are_read_apart():
    digest = digest_of("a", ["The new bridge opened to traffic in the city on Monday morning.",
                             "Engineers described the project as excellent and very promising for trade.",
                             "Critics are skeptical about the cost and see deep mistrust among residents."])
    article, sentences = digest.article, digest.sentences
    critic = sentences[2].source
    quotes = (Quote(text=sentences[2].text, speaker="Jane Roe", sources=(critic,)),
              Quote(text="nobody's words", speaker=None, sources=(Source(article="a", paragraph=0, start=0, end=5),)))
    readings = {r.voice: r for r in stance.read_stances(article, sentences, quotes)}
    assert readings["Jane Roe"].stance == "skeptical" and readings["Jane Roe"].kind == "speaker"
    own = readings["a"]
    assert own.kind == "outlet" and own.stance == "optimistic"
    assert all("skeptical" not in claim.text for claim in own.evidence)
    assert None not in readings


def test_what_others_say_is_not_the_article_voice():
    digest = digest_of("a", ["Critics say the new bridge is a disaster and a scandal for the town.",
                             "Officials warned that the plan was reckless and dangerous."])
    (own,) = stance.read_stances(digest.article, digest.sentences, ())
    assert own.stance == "neutral" and own.evidence == ()

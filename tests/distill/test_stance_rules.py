"""Stance of voices: which readings count as a judgement (invented sentences)."""

from __future__ import annotations

from briefing.distill import stance
from briefing.language import nlp
from briefing.models import Sentiment, Source
from briefing.synthesize import viewpoints


def tokens_of(sentence: str, name: str) -> list:
    doc = nlp.load()(sentence)
    start = sentence.index(name)
    return [t for t in doc if start <= t.idx < start + len(name)]


def test_an_actor_that_acts_or_is_described_is_judged():
    assert stance.acts(tokens_of("Norland signed the treaty with great enthusiasm.", "Norland"))
    assert stance.acts(tokens_of("Norland's trade with Sudria grew fast.", "Norland"))
    assert stance.acts(tokens_of("Analysts are skeptical about Norland's promises.", "Norland"))


def test_news_about_an_actor_is_not_a_judgement_of_it():
    assert not stance.acts(tokens_of("Vera Holm's party's emails were hacked last year.", "Vera Holm"))
    assert not stance.acts(tokens_of("The president must be willing to confront Olek Dunn.", "Olek Dunn"))
    assert not stance.acts(tokens_of("The attack on Norland's embassy shocked observers.", "Norland"))


def test_the_clause_after_a_contrast_carries_the_point():
    doc = nlp.load()("The plan looks generous, but the costs make it a burden for farmers.")
    clause = stance._verdict_clause(next(doc.sents).root)
    assert clause.lemma_ == "make"
    plain = nlp.load()("The plan looks generous to most farmers.")
    assert stance._verdict_clause(next(plain.sents).root).lemma_ == "look"


def test_a_party_alone_does_not_speak_for_a_relationship():
    relevance = viewpoints.Relevance(terms=frozenset({"norla", "sudri"}), known=frozenset({"norla", "sudri", "kasto"}),
                                     actors=frozenset({"norla", "sudri"}))
    source = Source(article="a", paragraph=0, start=0, end=10)
    reading = Sentiment(target="Norland", label="negative", score=0.9, source=source)
    assert not viewpoints._toward_subject(reading, "Norland sells arms to Kastor.", relevance)
    assert viewpoints._toward_subject(reading, "Norland and Sudria quarrel over tariffs.", relevance)
    person = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}), actors=frozenset({"velt"}))
    velt = Sentiment(target="Mara Velt", label="negative", score=0.9, source=source)
    assert viewpoints._toward_subject(velt, "Mara Velt lied to voters.", person)


def test_an_article_reporting_someone_elses_attitude_is_not_its_own_verdict():
    assert stance.REPORTED.search("The minister expressed his satisfaction with the talks.")
    assert stance.REPORTED.search("Both sides reaffirmed their commitment to the deal.")
    assert not stance.REPORTED.search("The talks were a resounding success.")

"""Key points: the most central, non-redundant statements of an article."""

from __future__ import annotations

from briefing.distill import keypoints
from tests.helpers import digest_of

ARTICLE = ["Read more: other stories you may like",
           "The city council approved the new tram line on Tuesday after a long debate.",
           "The tram line will connect the station with the university and the hospital.",
           "The council approved the tram line by a vote of nine to four on Tuesday.",
           "Opponents of the tram line say the cost to the city is far too high.",
           "Weather was fine.",
           "Is this the end of the debate?",
           "Construction of the tram line is planned to start next spring near the station."]


def test_key_points_are_central_statements_in_article_order():
    sentences = digest_of("k", ARTICLE).sentences
    points = keypoints.key_points(sentences, 3)
    texts = [p.text for p in points]
    assert len(points) == 3
    assert not {"Read more: other stories you may like", "Weather was fine.", "Is this the end of the debate?"} \
        & set(texts)
    assert [p.sources[0].start for p in points] == sorted(p.sources[0].start for p in points)


def test_key_points_are_not_redundant():
    texts = [p.text for p in keypoints.key_points(digest_of("k", ARTICLE).sentences, 3)]
    assert not {ARTICLE[1], ARTICLE[3]} <= set(texts)  # the same vote, said twice


def test_short_articles_give_what_they_have():
    sentences = digest_of("k", ARTICLE[1:3]).sentences
    assert len(keypoints.key_points(sentences, 4)) == 2


def test_a_fragment_is_never_a_key_point_while_statements_remain():
    sentences = digest_of("k", ARTICLE).sentences
    caption = next(s for s in sentences if s.text.startswith("Construction"))
    texts = [p.text for p in keypoints.key_points(sentences, 4, frozenset({caption.source.start}))]
    assert caption.text not in texts and len(texts) == 4
    assert caption.text in [p.text for p in keypoints.key_points(sentences, 5)]


def test_a_sentence_leaning_on_the_one_before_it_gives_way_to_one_standing_alone():
    article = ["The city council approved the new tram line on Tuesday after a long debate.",
               "However, the tram line will connect the station with the university and the hospital.",
               "The tram line will connect the station with the hospital and the university campus."]
    texts = [p.text for p in keypoints.key_points(digest_of("k", article).sentences, 1)]
    assert texts and not texts[0].startswith("However")


def test_a_subject_standing_for_one_named_before_leans_on_its_sentence():
    from briefing.language import nlp

    texts = ["The council passed the tram bill on Friday.", "It has virtually no chance of passing the assembly.",
             "It is unclear whether the mayor will sign.", "Critics say the tram is too costly.",
             "The criticism has grown louder since May.", "The bill that passed on Friday costs a lot.",
             "The judgment came in May.", "The judges ruled that the tram may run.",
             "“I asked to ride the tram,” she said.", "When Ana Ruiz spoke, she said the tram was late."]
    found = digest_of("k", texts).sentences
    starts = keypoints.leaning_starts(found, nlp.load()("\n\n".join(texts)))
    assert [s.text for s in found if s.source.start in starts] == [texts[1], texts[8]]


def test_a_leaning_sentence_is_no_key_point_while_others_are_left():
    sentences = digest_of("k", ARTICLE).sentences
    central = {p.text for p in keypoints.key_points(sentences, 2)}
    leaning = frozenset(s.source.start for s in sentences if s.text in central)
    assert not central & {p.text for p in keypoints.key_points(sentences, 2, leaning=leaning)}
    # Too few others left: the article's points are still given.
    everything = frozenset(s.source.start for s in sentences)
    assert len(keypoints.key_points(sentences, 2, leaning=everything)) == 2


def test_a_sentence_in_the_writers_own_person_gives_way_to_one_standing_alone():
    article = ["Last month I rode the new tram line from the station to the university hospital.",
               "The tram line connects the station with the university and the hospital every ten minutes.",
               "Riders on the tram line say the trip to the hospital is quicker than the old bus."]
    texts = [p.text for p in keypoints.key_points(digest_of("k", article).sentences, 2)]
    assert len(texts) == 2 and article[0] not in texts
    # An article that has nothing else still gives it.
    assert [p.text for p in keypoints.key_points(digest_of("k", article[:1]).sentences, 1)] == article[:1]

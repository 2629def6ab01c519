"""Target sentiment: the shipped model's answers on invented sentences."""

from __future__ import annotations

import pytest

from briefing.distill.sentiment import LABELS, sentiment_toward


def span(sentence: str, name: str) -> tuple[str, int, int]:
    start = sentence.index(name)
    return sentence, start, start + len(name)


def test_labels_and_scores_are_in_range():
    for sentence in ("Governor Mara Velt opened the new bridge on Monday.",
                     "Critics accused Mara Velt of lying to voters and wasting public money."):
        label, score = sentiment_toward(*span(sentence, "Mara Velt"))
        assert label in LABELS
        assert 1 / 3 <= score <= 1.0


def test_obvious_praise_and_attack():
    praised = "Supporters praised Mara Velt as an honest, brilliant and courageous leader who saved the city."
    attacked = "Critics accused Mara Velt of corruption, lies and a disgraceful abuse of power."
    assert sentiment_toward(*span(praised, "Mara Velt"))[0] == "positive"
    assert sentiment_toward(*span(attacked, "Mara Velt"))[0] == "negative"


def test_the_target_matters_in_one_sentence():
    sentence = "Olek Dunn slammed Mara Velt as a dishonest fraud, while voters cheered Olek Dunn."
    assert sentiment_toward(*span(sentence, "Mara Velt"))[0] == "negative"


def test_bad_input_is_a_one_line_error():
    with pytest.raises(ValueError, match="not inside the sentence"):
        sentiment_toward("Mara Velt spoke.", 3, 40)
    with pytest.raises(ValueError, match="non-empty sentence"):
        sentiment_toward("  ", 0, 1)
    with pytest.raises(ValueError, match="not inside"):
        sentiment_toward("Mara Velt spoke.", 5, 5)


def test_a_plain_event_is_neutral_and_a_demand_is_not_praise():
    met = "Mara Velt met the council on Tuesday to discuss the budget."
    demand = "The president must be willing to confront Olek Dunn."
    assert sentiment_toward(*span(met, "Mara Velt"))[0] == "neutral"
    assert sentiment_toward(*span(demand, "Olek Dunn"))[0] != "positive"


def test_an_improving_relationship_reads_positive():
    sentence = "Relations between Norland and Sudria are improving fast, and cooperation is deepening."
    assert sentiment_toward(*span(sentence, "Norland"))[0] == "positive"


def test_features_mark_negated_words_up_to_the_clause_end():
    from briefing.distill import sentiment
    from briefing.language import nlp

    doc = nlp.load()("Mara Velt did not lie, but she was late.")
    found = sentiment.features(doc[:], [doc[0], doc[1]])
    assert "w:NEG_lie" in found and "w:late" in found and "w:NEG_late" not in found


def test_the_column_tree_matches_spacy_tokens():
    """Features are read from plain per-Doc columns: each token's head,
    children and subtree (in spaCy's order), word form and valence must be
    what the spaCy `Token` gives."""
    from briefing.distill import sentiment
    from briefing.language import nlp

    doc = nlp.load()("Critics who never trusted Mara Velt said on Monday that the anti-corruption plan, "
                     "which she did not defend, was 20 times worse than feared.  Olek Dunn agreed.")
    tree = sentiment.Tree(doc)
    for token in doc:
        assert tree.heads[token.i] == token.head.i
        assert tree.children(token.i) == [c.i for c in token.children]
        assert tree.subtree(token.i) == [t.i for t in token.subtree]
        expected = "<num>" if token.like_num else \
            token.lemma_.lower() if token.pos_ in ("VERB", "AUX", "NOUN") else token.lower_
        assert tree.word[token.i] == expected
    assert tree.word[[t.text for t in doc].index("20")] == "<num>"
    assert any(tree.negated)
    assert tree.valence[[t.lower_ for t in doc].index("worse")] < 0


def test_shared_sentence_parts_give_the_same_features():
    from briefing.distill import sentiment
    from briefing.language import nlp

    doc = nlp.load()("Supporters praised Mara Velt, but Olek Dunn called her plan a dangerous failure.")
    sent = doc[:]
    parts = sentiment.sentence_parts(sent)
    assert sentiment.sentence_parts(sent) is parts  # made once per span of a Doc
    for target in ([doc[2], doc[3]], [doc[6], doc[7]]):
        alone = list(sentiment.features(sent, target).items())
        shared = list(sentiment.features(sent, target, parts).items())
        assert alone == shared and len(alone) > 20
    clause = doc[5:]
    assert sentiment.sentence_parts(clause) is not parts
    assert sentiment.features(clause, [doc[6], doc[7]])["w:dangerous"] > 0

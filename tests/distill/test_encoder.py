"""The fine-tuned encoder (sentiment_encoder.onnx): how a sentence and its
targets become the model's inputs, and what the shipped model reads on
invented sentences."""

from __future__ import annotations

import numpy as np

from briefing.distill import encoder, sentiment


def span(sentence: str, name: str, last: bool = False) -> tuple[int, int]:
    start = sentence.rindex(name) if last else sentence.index(name)
    return start, start + len(name)


def pieces(ids: list[int]) -> list[str]:
    return [encoder.tokenizer().id_to_token(i) for i in ids]


def test_a_sentence_is_one_input_its_targets_masked():
    sentence = "Critics accused Mara Velt of lying to Olek Dunn and Vera Holm."
    ids, positions = encoder.encode(sentence, [span(sentence, "Mara Velt"), span(sentence, "Olek Dunn")],
                                    [span(sentence, "Vera Holm")])
    words = pieces(ids)
    assert words == ["[CLS]", "critics", "accused", "[MASK]", "of", "lying", "to", "[MASK]", "and", "[MASK]", ".",
                     "[SEP]"]
    assert positions == [[3], [7]]
    weights = encoder.pooling(positions, len(ids))
    assert weights.shape == (2, len(ids)) and weights[0, 3] == weights[1, 7] == 1.0 and weights.sum() == 2.0


def test_overlapping_targets_share_one_mask():
    sentence = "President Mara Velt spoke."
    ids, positions = encoder.encode(sentence, [span(sentence, "President Mara Velt"), span(sentence, "Mara Velt")])
    assert pieces(ids) == ["[CLS]", "[MASK]", "spoke", ".", "[SEP]"] and positions == [[1], [1]]


def test_a_long_sentence_is_cut_around_its_targets():
    sentence = " ".join(["word"] * 300) + " Mara Velt " + " ".join(["other"] * 20)
    ids, (positions,) = encoder.encode(sentence, [span(sentence, "Mara Velt")])
    assert len(ids) == encoder.MAX_TOKENS
    words = pieces(ids)
    assert words[positions[0]] == "[MASK]" and words[-2] == "other"  # the shorter side is kept whole


def test_the_name_is_not_read_only_the_words_around_it():
    sentence = "Supporters praised {} as a brilliant and honest leader."
    readings = [encoder.probabilities(sentence.format(name), [span(sentence.format(name), name)])
                for name in ("Mara Velt", "Donald Trump", "Barack Obama")]
    assert all(np.allclose(readings[0], other) for other in readings[1:])


def test_the_targets_of_a_long_sentence_are_read_one_at_a_time_and_spaces_read_nothing():
    sentence = "Mara Velt spoke. " + " ".join(["word"] * 300) + " Olek Dunn"
    targets = [span(sentence, "Mara Velt"), span(sentence, "Olek Dunn")]
    read = encoder.probabilities(sentence, targets)
    assert not np.isnan(read).any()
    alone = [encoder.probabilities(sentence, [target], [other for other in targets if other != target])
             for target in targets]
    assert np.allclose(read, np.vstack(alone))
    assert np.isnan(encoder.probabilities("Mara  Velt", [(4, 5)])).all()


def test_each_target_is_read_alone_as_in_company():
    sentence = "Olek Dunn slammed Mara Velt as a dishonest fraud, while voters cheered Olek Dunn."
    targets = [span(sentence, "Olek Dunn"), span(sentence, "Mara Velt"), span(sentence, "Olek Dunn", last=True)]
    together = encoder.probabilities(sentence, targets[1:], targets[:1])
    assert together.shape == (2, 3) and np.allclose(together.sum(axis=1), 1.0, atol=1e-5)
    alone = np.vstack([encoder.probabilities(sentence, [target], [t for t in targets if t != target])
                       for target in targets[1:]])
    assert np.allclose(together, alone, atol=1e-6)
    assert sentiment.LABELS[int(together[0].argmax())] == "negative"


def test_obvious_readings():
    praised = "Supporters praised Mara Velt as a brilliant and honest leader."
    met = "Mara Velt met the council on Tuesday."
    assert sentiment.LABELS[int(encoder.probabilities(praised, [span(praised, "Mara Velt")])[0].argmax())] \
        == "positive"
    assert sentiment.LABELS[int(encoder.probabilities(met, [span(met, "Mara Velt")])[0].argmax())] == "neutral"


def test_a_plainly_neutral_target_is_not_asked(monkeypatch):
    from briefing.language import nlp

    asked = []
    real = encoder.probabilities
    monkeypatch.setattr(encoder, "probabilities",
                        lambda text, spans, others=(): asked.append(spans) or real(text, spans, others))
    doc = nlp.load()("Mara Velt met the council on Tuesday to discuss the budget.")
    target = [t for t in doc if t.text in ("Mara", "Velt")]
    linear = sentiment.model().probabilities(sentiment.features(doc[:], target))
    combined = sentiment.probabilities_for(doc[:], target)
    if max(linear[0], linear[2]) < sentiment.REREAD:
        assert not asked and np.array_equal(combined, linear)
    praised = nlp.load()("Supporters praised Mara Velt as a brilliant, honest and courageous leader.")
    target = [t for t in praised if t.text in ("Mara", "Velt")]
    linear = sentiment.model().probabilities(sentiment.features(praised[:], target))
    combined = sentiment.probabilities_for(praised[:], target)
    assert asked and combined.argmax() == 2 and abs(combined.sum() - 1.0) < 1e-5
    read = real(praised.text, [(target[0].idx, target[-1].idx + len(target[-1].text))], [])[0]
    assert np.allclose(combined, (1 - sentiment.ENCODER_WEIGHT) * linear + sentiment.ENCODER_WEIGHT * read)


def test_a_target_that_names_no_one_is_read_by_the_linear_model_alone(monkeypatch):
    from briefing.language import nlp

    asked = []
    monkeypatch.setattr(encoder, "probabilities", lambda text, spans, others=(): asked.append(spans))
    doc = nlp.load()("The disgraceful, corrupt deal was a shameful betrayal of the city.")
    subject = [t for t in doc if t.dep_ == "nsubj"]
    (read,) = sentiment.readings(doc[:], [(doc[:], subject)], named=[False])
    assert not asked
    assert np.array_equal(read, sentiment.model().probabilities(sentiment.features(doc[:], subject)))


def test_a_broken_install_is_one_clear_error_before_any_article(monkeypatch):
    import pytest

    from briefing import distill
    from briefing.errors import BriefingError

    distill.prepare()  # the shipped install passes
    monkeypatch.setattr(encoder, "ENCODER_FILE", "missing.onnx")
    with pytest.raises(BriefingError, match="missing.onnx is missing from the installed package") as raised:
        distill.prepare()
    assert "\n" not in str(raised.value)

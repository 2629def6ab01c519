"""A sentence and the span of an actor in it in, the sentiment the sentence
expresses toward that actor out: "positive", "neutral" or "negative", with
the model's probability for it.

The model is a logistic regression trained on NewsMTSC (`train.jsonl`,
political news sentences with target-level labels) by
`scripts/train_sentiment.py`, and shipped as `sentiment_model.npz` beside
this module (feature names, weights, biases; no pickle).  Its features are
read from the spaCy parse the distill stage already made, so scoring a
target costs a few dictionary look-ups:

- the sentence's words and word pairs with the target masked, words after
  a negator marked "NEG_" up to the end of its clause; the words left and
  right of the target as separate blocks, and the few words next to it;
- the target's clause (the verb it hangs from, and that verb's words),
  alone and crossed with the target's role in it ("nsubj|blame" differs
  from "dobj|blame"), the path of relations up to that verb, the verb's
  complements, the word governing the target, the words modifying it;
- the words near the target in the parse tree, weighed by nearness, and
  the general-English valence (VADER's lexicon, `vaderSentiment` on PyPI)
  met along each parse path from the target, and summed over its clause,
  its context windows and the sentence, negated words flipped.

`sentiment_toward(sentence, start, end)` parses `sentence` itself (the
public entry point); `toward(sentence_span, start, end)` scores a target in
a parse the caller already has.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

import numpy as np

LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "sentiment_model.npz"
WINDOW = 3            # context words on each side of the target
VALENCE_WINDOW = 8    # words on each side whose valence is summed
NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nothing", "nobody", "hardly", "none", "neither",
                       "nor", "cannot"})
_MASK = "<T>"


def sentiment_toward(sentence: str, start: int, end: int) -> tuple[str, float]:
    """The sentiment `sentence` expresses toward `sentence[start:end]` and its
    probability: ("negative", 0.83).  Raises ValueError (one line) for a span
    that is not a non-empty part of a non-empty sentence."""
    if not isinstance(sentence, str) or not sentence.strip():
        raise ValueError("sentiment_toward needs a non-empty sentence")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(sentence):
        raise ValueError(f"the target span {start}:{end} is not inside the sentence (length {len(sentence)})")
    from ..language import nlp

    doc = nlp.load()(sentence)
    return toward(doc[:], start, end)


def toward(span, start: int, end: int) -> tuple[str, float]:
    """The sentiment of a parsed sentence (a spaCy `Span` or `Doc`) toward the
    tokens overlapping characters `start`..`end` of its document."""
    probabilities = probabilities_toward(span, start, end)
    best = int(np.argmax(probabilities))
    return LABELS[best], round(float(probabilities[best]), 4)


def probabilities_toward(span, start: int, end: int, parts: "Parts | None" = None) -> np.ndarray:
    """(negative, neutral, positive) probabilities for the target at characters
    `start`..`end` (document offsets) of the parsed sentence `span`."""
    target = [t for t in span if t.idx < end and t.idx + len(t.text) > start]
    if not target:
        raise ValueError(f"no word of the sentence lies in the target span {start}:{end}")
    return model().probabilities(features(span, target, parts))


def probabilities_for(span, target: list, parts: "Parts | None" = None) -> np.ndarray:
    """(negative, neutral, positive) probabilities for the target tokens
    `target` of the parsed sentence `span`."""
    return model().probabilities(features(span, target, parts))


def features(span, target: list, parts: "Parts | None" = None) -> dict[str, float]:
    """The named features of one target (its tokens `target`) in one parsed
    sentence `span`; the same function builds training and run-time features.
    `parts` (from `sentence_parts(span)`) saves recomputing what every
    target of one sentence shares.  A bag of words (a block) is scaled to
    unit length, so a long sentence does not outweigh a short one."""
    parts = parts or sentence_parts(span)
    offset = span.start
    inside = {t.i for t in target}
    first, last = target[0].i - offset, target[-1].i - offset
    words = [_MASK if offset + i in inside else w for i, w in enumerate(parts.marked)]
    shown = [w for i, w in enumerate(words) if not parts.space[i]]
    plain = [i for i in range(len(words)) if not parts.punct[i] and not parts.space[i]]
    found: dict[str, float] = {}
    _block(found, "w:", [w for w in shown if w not in (_MASK, ".", ",")])
    _block(found, "b:", [f"{a}_{b}" for a, b in zip(shown, shown[1:])])
    _block(found, "L:", [words[i] for i in plain if i < first])
    _block(found, "R:", [words[i] for i in plain if i > last])
    _bag(found, "l", [words[i] for i in plain if first - WINDOW <= i < first])
    _bag(found, "r", [words[i] for i in plain if last < i <= last + WINDOW])
    if first > 0:
        found[f"lb:{words[first - 1]}_{_MASK}"] = 1.0
    if last + 1 < len(words):
        found[f"rb:{_MASK}_{words[last + 1]}"] = 1.0
    root = _target_root(target, inside)
    verb, path = _clause_verb(root)
    clause = [words[t.i - offset] for t in verb.subtree
              if 0 <= t.i - offset < len(words) and t.i not in inside and not parts.punct[t.i - offset]
              and not parts.space[t.i - offset]]
    _block(found, "c:", clause)
    _block(found, f"rc:{_role(path)}|", clause)
    _parse_features(found, span, target, inside)
    _role_features(found, verb, path, inside)
    _valence_features(found, span, target, inside, parts)
    _tree_features(found, span, root, inside, parts)
    found["bias_len"] = min(len(span), 60) / 60
    return found


class Parts:
    """What every target of one sentence shares: each token's word form
    (`words`), the same with negated words marked "NEG_" (`marked`: from a
    negator to the end of its clause), whether it is space or punctuation,
    and its valence."""

    __slots__ = ("words", "marked", "space", "punct", "valence")

    def __init__(self, span):
        tokens = list(span)  # each spaCy Token made once, not once per list below
        self.words = [_word(t) for t in tokens]
        self.space = [t.is_space for t in tokens]
        self.punct = [t.is_punct for t in tokens]
        self.valence = [_valence(t) for t in tokens]
        _mark_against(tokens, self.words, self.valence)
        self.marked = _negation_marked(tokens, self.words)


def sentence_parts(span) -> Parts:
    """The shared parts of the sentence `span` (see `Parts`)."""
    return Parts(span)


def _mark_against(tokens: list, words: list[str], valence: list[float]) -> None:
    """A word after the prefix "anti-" is its own word, its valence turned
    and halved ("anti-terrorist" is not a word of terror); "anti" itself
    then carries none."""
    for i in range(2, len(words)):
        if tokens[i - 2].lower_ == "anti" and tokens[i - 1].text == "-":
            words[i] = f"anti-{words[i]}"
            valence[i], valence[i - 2] = -0.5 * valence[i], 0.0


CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "but", "although", "though", "however", "because",
                         "while", "whereas"})


def _negation_marked(tokens: list, words: list[str]) -> list[str]:
    """`words` with every word after a negator, up to the clause's end, marked "NEG_"."""
    marked, negated = [], False
    for token, word in zip(tokens, words):
        if token.is_punct or word in CLAUSE_ENDS:
            negated = False
        marked.append(f"NEG_{word}" if negated and not token.is_punct and not token.is_space else word)
        if token.lower_ in NEGATIONS or token.dep_ == "neg":
            negated = True
    return marked


def _clause_verb(root):
    """The verb whose clause holds the target (walking up from `root`), and
    the relations passed on the way ("nsubj", "pobj/prep/dobj")."""
    token, path = root, []
    while token.head.i != token.i and len(path) < 4:
        path.append(token.dep_)
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    return token, path


def _role(path: list[str]) -> str:
    """The target's role in its clause: the relation that reaches the verb
    ("nsubj", "dobj"; "prep_" before a prepositional one's)."""
    if not path:
        return "root"
    role = path[-1]
    return f"prep_{role}" if role in ("pobj", "prep") and len(path) >= 2 else role


def _role_features(found: dict, verb, path: list[str], inside: set) -> None:
    """How the target reaches its clause's verb, the verb's valence seen from
    the target's role, and what the verb says of its subject or object."""
    signature = "/".join(path)
    found[f"path={signature}"] = 1.0
    found[f"path={signature}|{verb.lemma_.lower()}"] = 1.0
    lexicon = valence_lexicon()
    value = lexicon.get(verb.lower_, 0.0) + lexicon.get(verb.lemma_.lower(), 0.0)
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated:
        value = -value
    if value:
        found[f"rolev={path[0] if path else 'root'}|{'pos' if value > 0 else 'neg'}"] = 1.0
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp", "advmod", "dobj") and child.i not in inside:
            found[f"vc={child.dep_}|{_word(child)}" + ("|neg" if negated else "")] = 1.0
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for c in verb.children):
        found["is_subj"] = 1.0


REACH = 4  # parse-tree steps from the target within which words are weighed by nearness


def _tree_features(found: dict, span, root, inside: set, parts: Parts) -> None:
    """The words near the target in the parse tree, weighed 1 / (1 + steps),
    and the valence met along each path from it ("-|^nsubj": a negative
    word is the verb the target is subject of)."""
    offset = span.start
    for index, path in _tree_paths(span, root).items():
        if index in inside or parts.punct[index - offset]:
            continue
        steps = path.count("^") + path.count("v")
        key = f"d:{parts.words[index - offset]}"
        found[key] = max(found.get(key, 0.0), 1 / (1 + steps))
        value = parts.valence[index - offset]
        if value:
            sign = "+" if value > 0 else "-"
            for name in (f"pv:{sign}|{path}", f"pvd:{sign}|{steps}"):
                found[name] = found.get(name, 0.0) + abs(value)


def _tree_paths(span, root) -> dict[int, str]:
    """Token index -> the relations from `root` to it within `REACH` steps
    ("^nsubj" up to the head, "vdobj" down to a child)."""
    paths, frontier = {root.i: ""}, [root]
    for _step in range(REACH):
        following = []
        for token in frontier:
            path = paths[token.i]
            near = [(token.head, f"{path}^{token.dep_}")] if token.head.i != token.i else []
            near += [(child, f"{path}v{child.dep_}") for child in token.children]
            for other, route in near:
                if other.i not in paths and span.start <= other.i < span.end:
                    paths[other.i] = route
                    following.append(other)
        frontier = following
    return paths


def _block(found: dict, prefix: str, words) -> None:
    """A bag of distinct words, scaled to unit length."""
    distinct = [w for w in dict.fromkeys(words) if w]
    for word in distinct:
        found[f"{prefix}{word}"] = 1 / math.sqrt(len(distinct))


def _parse_features(found: dict, span, target: list, inside: set) -> None:
    """Where the target sits in the parse, and what is said around it there."""
    root = _target_root(target, inside)
    head, relation = root.head, root.dep_
    found[f"dep={relation}"] = 1.0
    if head.i not in inside and head.i != root.i:
        found[f"head={head.lemma_.lower()}"] = 1.0
        found[f"head={head.lemma_.lower()}|{relation}"] = 1.0
        if any(c.dep_ == "neg" for c in head.children):
            found["head_negated"] = 1.0
            found[f"head=not_{head.lemma_.lower()}"] = 1.0
        for sibling in head.children:
            if sibling.i not in inside and not sibling.is_punct and sibling.dep_ != "neg":
                found[f"sib={_word(sibling)}"] = 1.0
        if head.head.i != head.i:
            found[f"gov={head.head.lemma_.lower()}"] = 1.0
    for child in root.subtree:
        if child.i not in inside and child.dep_ in ("amod", "appos", "compound", "acl", "relcl", "nmod"):
            found[f"mod={_word(child)}"] = 1.0
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        for word in head.subtree:
            if word.i not in inside and word.pos_ in ("ADJ", "NOUN", "VERB", "ADV"):
                found[f"pred={_word(word)}"] = 1.0


def _valence_features(found: dict, span, target: list, inside: set, parts: Parts) -> None:
    """General-English valence summed over the target's clause, its windows
    and the whole sentence (positive and negative kept apart)."""
    root = _target_root(target, inside)
    clause = root.head.subtree if root.head.i != root.i else root.subtree
    offset, size = span.start, len(parts.valence)
    first, last = target[0].i - offset, target[-1].i - offset
    values = parts.valence
    regions = {"sent": values,
               "clause": [values[t.i - offset] for t in clause if 0 <= t.i - offset < size],
               "left": values[max(0, first - VALENCE_WINDOW):max(0, first)],
               "right": values[last + 1:last + 1 + VALENCE_WINDOW]}
    for name, region in regions.items():
        positive = sum(v for v in region if v > 0)
        negative = -sum(v for v in region if v < 0)
        found[f"vpos_{name}"] = math.log1p(positive)
        found[f"vneg_{name}"] = math.log1p(negative)


def _valence(token) -> float:
    """The token's VADER valence, flipped when its head or itself is negated."""
    value = valence_lexicon().get(token.lower_, 0.0)
    if value and (any(c.dep_ == "neg" for c in token.children)
                  or any(c.dep_ == "neg" for c in token.head.children)):
        value = -0.75 * value
    return value


def _target_root(target: list, inside: set):
    """The target's token whose head lies outside it (its syntactic head)."""
    for token in target:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return target[-1]


def _word(token) -> str:
    if token.like_num:
        return "<num>"
    return token.lemma_.lower() if token.pos_ in ("VERB", "AUX", "NOUN") else token.lower_


def _bag(found: dict, prefix: str, words) -> None:
    for word in words:
        found[f"{prefix}:{word}"] = 1.0


@lru_cache(maxsize=1)
def valence_lexicon() -> dict[str, float]:
    """VADER's general-English word valences (-4..4), scaled to -1..1."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return {word: value / 4 for word, value in SentimentIntensityAnalyzer().lexicon.items()}


class Model:
    """A linear model over named features: weights (features x labels) and biases."""

    def __init__(self, names, weights: np.ndarray, biases: np.ndarray):
        self.index = {name: i for i, name in enumerate(names)}
        self.weights = weights.astype(np.float32)
        self.biases = biases.astype(np.float32)

    def probabilities(self, found: dict[str, float]) -> np.ndarray:
        """Softmax probabilities (negative, neutral, positive) of a feature dict."""
        index, rows, kept = self.index, [], []
        for name, value in found.items():  # in the dict's order: the sum does not hang on the hash seed
            row = index.get(name)
            if row is not None:
                rows.append(row)
                kept.append(value)
        values = np.array(kept, dtype=np.float32)
        scores = self.biases + values @ self.weights[rows]
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, loaded once per process."""
    with resources.files(__package__).joinpath(MODEL_FILE).open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        return Model(data["names"].tolist(), data["weights"], data["biases"])

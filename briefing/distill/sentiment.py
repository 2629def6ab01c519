"""A sentence and the span of an actor in it in, the sentiment the sentence
expresses toward that actor out: "positive", "neutral" or "negative", with
the probability for it.

Two models trained on NewsMTSC (`train.jsonl`, political news sentences
with target-level labels) read each target, and a reading is their average
(`readings`):

- a small transformer encoder (`encoder`: three layers of MiniLM,
  fine-tuned), which reads the whole sentence once for all its targets;
- a logistic regression over features of the spaCy parse.

A target the linear model finds plainly neutral (`REREAD`) is not given to
the encoder, nor is a target that names no one (a sentence's grammatical
subject): that keeps the encoder within the build's time budget.  On a
held-out fifth of train.jsonl's articles (both models trained on the
rest), the average scores macro-F1 0.737 with this gate (0.751 asking the
encoder from 0.2, 0.725 for the encoder alone, 0.677 for the linear model
alone).

The linear model is trained by `scripts/train_sentiment.py` and shipped as
`sentiment_model.npz` beside this module (feature names, weights, biases;
no pickle).  Its features are
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
from itertools import accumulate, repeat
from importlib import resources

import numpy as np

from . import encoder

LABELS = ("negative", "neutral", "positive")
MODEL_FILE = "sentiment_model.npz"
WINDOW = 3            # context words on each side of the target
VALENCE_WINDOW = 8    # words on each side whose valence is summed
NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nothing", "nobody", "hardly", "none", "neither",
                       "nor", "cannot"})
_MASK = "<T>"
ENCODER_WEIGHT = 0.5  # the encoder's share of a reading (chosen on a held-out fifth of train.jsonl)
REREAD = 0.3          # P(negative) and P(positive) of the linear model below which the encoder is not asked


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
    return probabilities_for(span, target, parts)


def probabilities_for(span, target: list, parts: "Parts | None" = None) -> np.ndarray:
    """(negative, neutral, positive) probabilities for the target tokens
    `target` of the parsed sentence `span` (`readings` of one target)."""
    return readings(span, [(span, target)], parts)[0]


def readings(sent, targets: list[tuple[object, list]], parts: "Parts | None" = None,
             named: list[bool] | None = None) -> list[np.ndarray]:
    """(negative, neutral, positive) probabilities for each (span read,
    target tokens) of one parsed sentence `sent` (`parts`: its
    `sentence_parts`, used for the targets read on the whole sentence).
    The linear model reads each target on its span.  The encoder reads the
    whole sentence once, every named target masked (`named`: which targets
    name an actor; all by default), for the named targets the linear model
    does not find plainly neutral (`REREAD`), and each of those readings is
    the two models' average (`ENCODER_WEIGHT`).  A target that names no
    one (a sentence's grammatical subject, "the relationship") is read by
    the linear model alone: the encoder learned on named people, and a
    third of its runs went to such targets."""
    found = [model().probabilities(features(read, tokens, parts if read is sent else None))
             for read, tokens in targets]
    named = named or [True] * len(targets)
    asked = [i for i, linear in enumerate(found) if named[i] and max(linear[0], linear[2]) >= REREAD]
    if not asked:
        return found
    offset = sent.start_char
    spans = [(tokens[0].idx - offset, tokens[-1].idx + len(tokens[-1].text) - offset) for _read, tokens in targets]
    others = [span for i, span in enumerate(spans) if named[i] and i not in asked]
    for i, read in zip(asked, encoder.probabilities(sent.text, [spans[i] for i in asked], others)):
        if not np.isnan(read).any():
            found[i] = (1.0 - ENCODER_WEIGHT) * found[i] + ENCODER_WEIGHT * read
    return found


def features(span, target: list, parts: "Parts | None" = None) -> dict[str, float]:
    """The named features of one target (its tokens `target`) in one parsed
    sentence `span`; the same function builds training and run-time features.
    `parts` (from `sentence_parts(span)`) saves recomputing what every
    target of one sentence shares.  A bag of words (a block) is scaled to
    unit length, so a long sentence does not outweigh a short one.  Read
    from the Doc's plain columns (`Tree`), never from spaCy `Token`s: a
    Token is a new Python object on every look-up."""
    parts = parts or sentence_parts(span)
    tree = _tree(span.doc)
    offset = span.start
    ids = [t.i for t in target]
    inside = set(ids)
    first, last = ids[0] - offset, ids[-1] - offset
    words = parts.marked.copy()
    for i in ids:
        words[i - offset] = _MASK
    shown = [words[i] for i in parts.shown]
    plain = parts.plain
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
    root = _target_root(ids, inside, tree.heads)
    verb, path = _clause_verb(tree, root)
    size, kept = len(words), parts.kept
    clause = [words[i - offset] for i in tree.subtree(verb)
              if 0 <= i - offset < size and i not in inside and kept[i - offset]]
    _block(found, "c:", clause)
    _block(found, f"rc:{_role(path)}|", clause)
    _parse_features(found, tree, root, inside)
    _role_features(found, tree, verb, path, inside)
    _valence_features(found, span, ids, root, parts, tree)
    _tree_features(found, span, root, inside, parts, tree)
    found["bias_len"] = min(len(span), 60) / 60
    return found


class Tree:
    """One Doc's parse as plain per-token columns (index -> value), read once
    per Doc: heads (absolute), children (in spaCy's order), word forms (a
    number "<num>", a verb or noun its lemma, else lower case), lower case,
    lemmas lower-cased, POS, relations, space and punctuation flags (and
    neither: `kept`), whether a "neg" hangs from it, and its VADER valence
    (flipped when it or its head is negated).  Subtrees are walked on these
    lists and kept (`subtree`)."""

    __slots__ = ("heads", "_order", "_first", "lower", "text", "lemma", "pos", "dep", "space", "punct", "kept",
                 "word", "valence", "negated", "_subtrees")

    def __init__(self, doc):
        from ..language import nlp

        size = len(doc)
        if size:
            from spacy.attrs import HEAD

            relative = doc.to_array(HEAD).astype(np.int64).tolist()
        else:
            relative = []
        self.heads = [i + r for i, r in enumerate(relative)]
        # Children as one list sorted by head (stable: ascending within a
        # head, lefts then rights, as `Token.children`) and where each
        # head's run starts: no list per token.
        dependents = [i for i, head in enumerate(self.heads) if head != i]
        self._order = sorted(dependents, key=self.heads.__getitem__)
        counts = [0] * (size + 1)
        for i in dependents:
            counts[self.heads[i] + 1] += 1
        self._first = list(accumulate(counts))
        (self.lower, self.text, self.pos, self.dep, lemmas, self.space, self.punct,
         numbers) = nlp.columns(doc, ["LOWER", "ORTH", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT", "LIKE_NUM"])
        lowered = {lemma: lemma.lower() for lemma in set(lemmas)}
        self.lemma = [lowered[lemma] for lemma in lemmas]
        self.kept = [not punct and not space for punct, space in zip(self.punct, self.space)]
        self.word = ["<num>" if number else lemma if pos in ("VERB", "AUX", "NOUN") else lower
                     for number, lemma, pos, lower in zip(numbers, self.lemma, self.pos, self.lower)]
        self.negated = [False] * size
        for i in dependents:
            if self.dep[i] == "neg":
                self.negated[self.heads[i]] = True
        lexicon = valence_lexicon()
        self.valence = [lexicon.get(lower, 0.0) for lower in self.lower]
        for i, value in enumerate(self.valence):
            if value and (self.negated[i] or self.negated[self.heads[i]]):
                self.valence[i] = -0.75 * value
        self._subtrees: dict[int, list[int]] = {}

    def children(self, index: int) -> list[int]:
        """The indices of `Token.children` of token `index`, ascending."""
        return self._order[self._first[index]:self._first[index + 1]]

    def subtree(self, index: int) -> list[int]:
        """The indices of `Token.subtree` of token `index`, in its order (each
        left child's subtree, the token, each right child's subtree); every
        subtree met on the way is kept, so a sentence's are built once."""
        found = self._subtrees.get(index)
        if found is None:
            found, kids = [], self.children(index)
            for kid in kids:
                if kid < index:
                    found += self.subtree(kid)
            found.append(index)
            for kid in kids:
                if kid > index:
                    found += self.subtree(kid)
            self._subtrees[index] = found
        return found


def _tree(doc) -> Tree:
    """The Doc's `Tree`, made once and kept with it."""
    found = doc.user_data.get(_TREE)
    if found is None:
        found = doc.user_data[_TREE] = Tree(doc)
    return found


_TREE = "briefing.sentiment.tree"
_PARTS = "briefing.sentiment.parts"


class Parts:
    """What every target of one sentence shares: each token's word form
    (`words`), the same with negated words marked "NEG_" (`marked`: from a
    negator to the end of its clause), whether it is space or punctuation,
    its valence, and the positions of its words that are neither (`plain`;
    `kept` flags them)."""

    __slots__ = ("words", "marked", "space", "punct", "valence", "plain", "kept", "sums", "shown")

    def __init__(self, span):
        tree, start, end = _tree(span.doc), span.start, span.end
        self.words = tree.word[start:end]
        self.space = tree.space[start:end]
        self.punct = tree.punct[start:end]
        self.valence = tree.valence[start:end]
        _mark_against(tree.lower[start:end], tree.text[start:end], self.words, self.valence)
        self.marked = _negation_marked(tree, start, self.words)
        self.kept = tree.kept[start:end]
        self.plain = [i for i, kept in enumerate(self.kept) if kept]
        self.shown = [i for i, space in enumerate(self.space) if not space]
        self.sums = _sums(self.valence, range(len(self.valence)))


def sentence_parts(span) -> Parts:
    """The shared parts of the sentence `span` (see `Parts`), made once per
    span of a Doc and kept with it (never changed once made)."""
    kept = span.doc.user_data.setdefault(_PARTS, {})
    key = (span.start, span.end)
    found = kept.get(key)
    if found is None:
        found = kept[key] = Parts(span)
    return found


def _mark_against(lower: list[str], text: list[str], words: list[str], valence: list[float]) -> None:
    """A word after the prefix "anti-" is its own word, its valence turned
    and halved ("anti-terrorist" is not a word of terror); "anti" itself
    then carries none."""
    for i in range(2, len(words)):
        if lower[i - 2] == "anti" and text[i - 1] == "-":
            words[i] = f"anti-{words[i]}"
            valence[i], valence[i - 2] = -0.5 * valence[i], 0.0


CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "but", "although", "though", "however", "because",
                         "while", "whereas"})


def _negation_marked(tree: Tree, start: int, words: list[str]) -> list[str]:
    """`words` (of the tokens from `start` on) with every word after a
    negator, up to the clause's end, marked "NEG_"."""
    marked, negated = [], False
    punct, space, lower, dep = tree.punct, tree.space, tree.lower, tree.dep
    for i, word in enumerate(words, start):
        if punct[i] or word in CLAUSE_ENDS:
            negated = False
        marked.append(f"NEG_{word}" if negated and not punct[i] and not space[i] else word)
        if lower[i] in NEGATIONS or dep[i] == "neg":
            negated = True
    return marked


def _clause_verb(tree: Tree, root: int) -> tuple[int, list[str]]:
    """The verb whose clause holds the target (walking up from `root`), and
    the relations passed on the way ("nsubj", "pobj/prep/dobj")."""
    token, path, heads = root, [], tree.heads
    while heads[token] != token and len(path) < 4:
        path.append(tree.dep[token])
        token = heads[token]
        if tree.pos[token] in ("VERB", "AUX"):
            break
    return token, path


def _role(path: list[str]) -> str:
    """The target's role in its clause: the relation that reaches the verb
    ("nsubj", "dobj"; "prep_" before a prepositional one's)."""
    if not path:
        return "root"
    role = path[-1]
    return f"prep_{role}" if role in ("pobj", "prep") and len(path) >= 2 else role


def _role_features(found: dict, tree: Tree, verb: int, path: list[str], inside: set) -> None:
    """How the target reaches its clause's verb, the verb's valence seen from
    the target's role, and what the verb says of its subject or object."""
    signature = "/".join(path)
    found[f"path={signature}"] = 1.0
    found[f"path={signature}|{tree.lemma[verb]}"] = 1.0
    lexicon = valence_lexicon()
    value = lexicon.get(tree.lower[verb], 0.0) + lexicon.get(tree.lemma[verb], 0.0)
    negated = tree.negated[verb]
    if negated:
        value = -value
    if value:
        found[f"rolev={path[0] if path else 'root'}|{'pos' if value > 0 else 'neg'}"] = 1.0
    dep, kids = tree.dep, tree.children(verb)
    for child in kids:
        if dep[child] in ("acomp", "attr", "oprd", "xcomp", "ccomp", "advmod", "dobj") and child not in inside:
            found[f"vc={dep[child]}|{tree.word[child]}" + ("|neg" if negated else "")] = 1.0
    if any(dep[c] in ("nsubj", "nsubjpass") and c in inside for c in kids):
        found["is_subj"] = 1.0


REACH = 4  # parse-tree steps from the target within which words are weighed by nearness


def _tree_features(found: dict, span, root: int, inside: set, parts: Parts, tree: Tree) -> None:
    """The words near the target in the parse tree, weighed 1 / (1 + steps),
    and the valence met along each path from it ("-|^nsubj": a negative
    word is the verb the target is subject of)."""
    offset = span.start
    punct, words, valence = parts.punct, parts.words, parts.valence
    for index, path, _step in _tree_paths(span, root, tree):
        local = index - offset
        if index in inside or punct[local]:
            continue
        steps = path.count("^") + path.count("v")  # "v" in a relation's name ("advmod") counts too
        key = "d:" + words[local]
        weight = 1 / (1 + steps)
        if found.get(key, 0.0) < weight:
            found[key] = weight
        value = valence[local]
        if value:
            sign = "+" if value > 0 else "-"
            for name in (f"pv:{sign}|{path}", f"pvd:{sign}|{steps}"):
                found[name] = found.get(name, 0.0) + abs(value)


def _tree_paths(span, root: int, tree: Tree) -> list[tuple[int, str, int]]:
    """(token index, the relations from `root` to it, steps) of the tokens
    within `REACH` steps of `root`, nearest first ("^nsubj" up to the head,
    "vdobj" down to a child)."""
    seen, frontier, found = {root}, [(root, "")], []
    heads, children, dep = tree.heads, tree.children, tree.dep
    low, high = span.start, span.end
    for step in range(1, REACH + 1):
        following = []
        for token, path in frontier:
            head = heads[token]
            if head != token and head not in seen and low <= head < high:
                seen.add(head)
                following.append((head, f"{path}^{dep[token]}"))
            for child in children(token):
                if child not in seen and low <= child < high:
                    seen.add(child)
                    following.append((child, f"{path}v{dep[child]}"))
        found += [(token, path, step) for token, path in following]
        frontier = following
    return found


def _block(found: dict, prefix: str, words) -> None:
    """A bag of distinct words, scaled to unit length."""
    distinct = dict.fromkeys(words)
    distinct.pop("", None)
    if distinct:
        weight = 1 / math.sqrt(len(distinct))
        found.update({prefix + word: weight for word in distinct})


def _parse_features(found: dict, tree: Tree, root: int, inside: set) -> None:
    """Where the target sits in the parse, and what is said around it there."""
    heads, dep, lemma, word = tree.heads, tree.dep, tree.lemma, tree.word
    head, relation = heads[root], dep[root]
    found[f"dep={relation}"] = 1.0
    if head not in inside and head != root:
        found[f"head={lemma[head]}"] = 1.0
        found[f"head={lemma[head]}|{relation}"] = 1.0
        if tree.negated[head]:
            found["head_negated"] = 1.0
            found[f"head=not_{lemma[head]}"] = 1.0
        punct = tree.punct
        for sibling in tree.children(head):
            if sibling not in inside and not punct[sibling] and dep[sibling] != "neg":
                found[f"sib={word[sibling]}"] = 1.0
        if heads[head] != head:
            found[f"gov={lemma[heads[head]]}"] = 1.0
    for child in tree.subtree(root):
        if child not in inside and dep[child] in ("amod", "appos", "compound", "acl", "relcl", "nmod"):
            found[f"mod={word[child]}"] = 1.0
    if relation in ("nsubj", "nsubjpass") and tree.pos[head] in ("VERB", "AUX"):
        pos = tree.pos
        for other in tree.subtree(head):
            if other not in inside and pos[other] in ("ADJ", "NOUN", "VERB", "ADV"):
                found[f"pred={word[other]}"] = 1.0


def _valence_features(found: dict, span, ids: list[int], root: int, parts: Parts, tree: Tree) -> None:
    """General-English valence summed over the target's clause, its windows
    and the whole sentence (positive and negative kept apart)."""
    head = tree.heads[root]
    offset, size = span.start, len(parts.valence)
    clause = [i - offset for i in tree.subtree(head if head != root else root) if 0 <= i - offset < size]
    first, last = ids[0] - offset, ids[-1] - offset
    low, high = max(0, first - VALENCE_WINDOW), min(size, last + 1 + VALENCE_WINDOW)
    regions = {"sent": None, "left": range(low, max(first, 0)), "right": range(last + 1, high), "clause": clause}
    log = math.log1p
    for region, positions in regions.items():
        positive, negative = parts.sums if positions is None else _sums(parts.valence, positions)
        found[f"vpos_{region}"], found[f"vneg_{region}"] = log(positive), log(negative)


def _sums(values: list[float], positions) -> tuple[float, float]:
    """Over `positions`: the sum of the positive values and that of the
    negative ones, negated (one pass)."""
    positive = negative = 0.0
    for i in positions:
        value = values[i]
        if value > 0:
            positive += value
        elif value < 0:
            negative -= value
    return positive, negative


def _target_root(ids: list[int], inside: set, heads: list[int]) -> int:
    """The target's token whose head lies outside it (its syntactic head)."""
    for i in ids:
        if heads[i] not in inside or heads[i] == i:
            return i
    return ids[-1]


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
        # A last row of zeros stands for every unknown feature: no filtering per look-up.
        self.unknown = len(self.index)
        self.weights = np.vstack([weights.astype(np.float32), np.zeros((1, weights.shape[1]), np.float32)])
        self.biases = biases.astype(np.float32)

    def probabilities(self, found: dict[str, float]) -> np.ndarray:
        """Softmax probabilities (negative, neutral, positive) of a feature dict."""
        # In the dict's order: the sum does not hang on the hash seed.
        rows = list(map(self.index.get, found, repeat(self.unknown)))
        values = np.fromiter(found.values(), dtype=np.float32, count=len(found))
        scores = self.biases + values @ self.weights[rows]
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, loaded once per process."""
    with resources.files(__package__).joinpath(MODEL_FILE).open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        return Model(data["names"].tolist(), data["weights"], data["biases"])

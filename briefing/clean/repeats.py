"""Repeated paragraphs and sentences collapsed into their first occurrence.

Blocks in, blocks out (with a `Removal` for every repeat).  Scraped pages
repeat text: a paragraph shown twice, a sentence pulled out as a teaser, or
a repeat pasted into the middle of another sentence ("...have both been
victimized by A very promising development took place...").  The first
occurrence is kept; a later one is dropped; a splice is repaired by cutting
the repeated part out and either joining the cut sentence back to its
continuation or, when the cut-off start reappears complete elsewhere,
dropping that stub too.  A paragraph that comes again behind a photo
credit ("Body parts found Sean Kilpatrick/THE CANADIAN PRESS A police
officer removes ...") is a caption, and goes both times (`without_captions`,
run before the header is read).  Texts are compared by `text.key` (letters
and digits only), so spacing, punctuation and glued words do not hide a
repeat.
"""

from __future__ import annotations

import re

from ..models import Removal
from .text import Block, key, sentences, word_count

MIN_KEY = 25          # shorter sentences ("He said so.") may repeat honestly
MIN_PARAGRAPH_KEY = 12  # a whole paragraph repeated is a repeat even when short
MIN_WORDS = 5
MAX_SPLICE_WORDS = 120  # bounded work per sentence on giant paragraphs
CAPTION_WORDS = 60      # a caption is short
CREDIT_WORDS = 15       # a caption's title and credit before its text
_CAPITALS = re.compile(r"^\(?[A-Z][A-Z&.'’-]+\)?$")
_SLASHED = re.compile(r"[A-Za-z]/[A-Z]")


def collapse(blocks: list[Block]) -> tuple[list[Block], list[Removal]]:
    """`blocks` without repeated paragraphs or sentences, and the removals;
    and without a deck the body says again (`_retold_deck`)."""
    seen: set[str] = set()
    kept: list[Block] = []
    removals: list[Removal] = []
    if _retold_deck(blocks):
        removals.append(_merged("deck-retold-in-body", blocks[0].text, blocks[0].line))
        blocks = blocks[1:]
    all_keys = _AllKeys(blocks)
    for block in blocks:
        if block.text.startswith("|") and kept and kept[-1].text == block.text:
            removals.append(_merged("doubled-table-row", block.text, block.line))  # a sticky header's copy
            continue
        if block.text.startswith("|"):   # table rows repeat headers and values honestly
            kept.append(block)
            continue
        text, notes = _collapse_block(block, seen, all_keys)
        removals.extend(notes)
        if text:
            kept.append(Block(text=text, line=block.line))
    return kept, removals


def without_captions(blocks: list[Block]) -> tuple[list[Block], list[Removal]]:
    """`blocks` without photo captions told by their credit, and the
    removals: a short paragraph that is another one's text behind a title
    and a credit ("Jason Kenney and Vic Toews Sean Kilpatrick/THE CANADIAN
    PRESS Vic Toews, ... have denounced ...") is a caption, and so is every
    paragraph with that text."""
    short = {key(block.text) for block in blocks
             if word_count(block.text) <= CAPTION_WORDS and len(key(block.text)) >= MIN_KEY}
    if len(short) < 2:
        return blocks, []
    captions: set[str] = set()
    credited: set[int] = set()
    for index, block in enumerate(blocks):
        caption = _credited_caption(block.text, short)
        if caption:
            captions.add(caption)
            credited.add(index)
    if not captions:
        return blocks, []
    kept, removals = [], []
    for index, block in enumerate(blocks):
        if index in credited or key(block.text) in captions:
            removals.append(Removal(action="removed", rule="photo-caption", text=block.text, line=block.line))
        else:
            kept.append(block)
    return kept, removals


def _credited_caption(text: str, short: set[str]) -> str | None:
    """The key of the caption `text` repeats behind a title and a credit
    (a last word in capitals, or "Name/AGENCY"), or None."""
    words = text.split(" ")
    if len(words) > CAPTION_WORDS + CREDIT_WORDS:
        return None
    for cut in range(2, min(len(words) - MIN_WORDS, CREDIT_WORDS) + 1):
        before, after = words[cut - 1], words[cut]
        if not after[:1].isupper() or before[-1:] in ".!?:;\"”":
            continue
        if _CAPITALS.match(before) or any(_SLASHED.search(w) for w in words[max(0, cut - 4):cut]):
            rest = key(" ".join(words[cut:]))
            if rest in short and rest != key(text):
                return rest
    return None


DECK_WORDS = 40     # a deck is one sentence of at most this many words
DECK_LIKENESS = 0.7  # the share of their words a deck and its retelling share


def _retold_deck(blocks: list[Block]) -> bool:
    """Whether the first block is a deck (a standfirst of one sentence)
    that a sentence of the body retells in nearly the same words ("Sales
    rose, with most shops reporting gains." ... "Sales rose, as most shops
    reported gains."): the page's summary of the story, which would put
    the same claim in the brief twice, once out of its place."""
    if len(blocks) < 3 or word_count(blocks[0].text) > DECK_WORDS or len(sentences(blocks[0].text)) != 1:
        return False
    deck = _words(blocks[0].text)
    return len(deck) >= MIN_WORDS and any(_likeness(deck, _words(sentence)) >= DECK_LIKENESS
                                          for block in blocks[1:] for sentence in sentences(block.text))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _likeness(one: set[str], other: set[str]) -> float:
    """The words two sentences share, over the words either has."""
    return len(one & other) / len(one | other) if one | other else 0.0


class _AllKeys:
    """The keys of every sentence of the article, computed only when a
    splice needs them (most articles have none)."""

    def __init__(self, blocks: list[Block]):
        self._blocks, self._keys = blocks, None

    def __call__(self) -> list[str]:
        if self._keys is None:
            self._keys = [key(s) for block in self._blocks for s in sentences(block.text)]
        return self._keys


def _collapse_block(block: Block, seen: set[str], all_keys: _AllKeys) -> tuple[str, list[Removal]]:
    whole = key(block.text)
    if len(whole) >= MIN_PARAGRAPH_KEY and whole in seen:
        return "", [_merged("repeated-paragraph", block.text, block.line)]
    kept: list[str] = []
    notes: list[Removal] = []
    pieces = sentences(block.text)
    index = 0
    while index < len(pieces):
        sentence = pieces[index]
        index += 1
        if _is_repeat(sentence, seen):
            notes.append(_merged("repeated-sentence", sentence, block.line))
            continue
        splice = _splice(sentence, seen)
        if splice is not None and not _said_again(splice, kept):
            sentence, index = _unsplice(sentence, splice, pieces, index, all_keys, block.line, notes)
            if not sentence:
                continue
        kept.append(sentence)
        seen.add(key(sentence))
    seen.add(whole)
    return " ".join(kept), notes


def _unsplice(sentence: str, splice: tuple[str, str, str], pieces: list[str], index: int,
              all_keys: _AllKeys, line: int, notes: list[Removal]) -> tuple[str, int]:
    """The repaired sentence (maybe empty) and where reading resumes; notes
    what was cut out and what the stub became."""
    stub, repeat, rest = splice
    notes.append(_merged("repeat-spliced-into-sentence", repeat, line))
    if rest:
        pieces.insert(index, rest)
    repaired, index = _repair(stub, pieces, index, [k for k in all_keys() if k != key(sentence)])
    notes.append(Removal(action="merged", rule="splice-repaired", text=stub, line=line,
                         replacement=repaired or None))
    return repaired, index


def _said_again(splice: tuple[str, str, str], kept: list[str]) -> bool:
    """Whether a 'splice' closes its sentence by saying again the sentence
    right before it ("The plan is dead. After all this, the plan is
    dead!"): a speaker's own emphasis, kept word for word; a page's
    splice repeats a sentence from elsewhere and cuts a clause in two."""
    _, repeat, rest = splice
    return not rest and bool(kept) and key(kept[-1]) == key(repeat)


def _is_repeat(sentence: str, seen: set[str]) -> bool:
    sentence_key = key(sentence)
    return len(sentence_key) >= MIN_KEY and word_count(sentence) >= MIN_WORDS and sentence_key in seen


def _splice(sentence: str, seen: set[str]) -> tuple[str, str, str] | None:
    """(stub, repeat, rest) when a repeat of a known sentence cuts into
    `sentence` after an unfinished clause (at a capitalized word), else None."""
    words = sentence.split(" ")
    for cut in range(2, min(len(words) - MIN_WORDS + 1, MAX_SPLICE_WORDS)):
        if not words[cut][:1].isupper() or words[cut - 1][-1:] in ".!?:;\"”":
            continue
        for end in range(cut + MIN_WORDS, min(len(words), cut + MAX_SPLICE_WORDS) + 1):
            if (end == len(words) or words[end - 1][-1:] in ".!?\"”") and _is_repeat(" ".join(words[cut:end]), seen):
                return " ".join(words[:cut]), " ".join(words[cut:end]), " ".join(words[end:])
    return None


def _repair(stub: str, pieces: list[str], index: int, others: list[str]) -> tuple[str, int]:
    """The sentence left once the repeat is cut out of it: the stub joined to
    a lower-case continuation, or nothing when the stub's sentence occurs
    complete elsewhere in the article (then it is a leftover), else the stub."""
    if index < len(pieces) and pieces[index][:1].islower():
        return f"{stub} {pieces[index]}", index + 1
    stub_key = key(stub)
    if any(other != stub_key and other.startswith(stub_key) for other in others):
        return "", index
    return stub, index


def _merged(rule: str, text: str, line: int) -> Removal:
    return Removal(action="merged", rule=rule, text=text, line=line)

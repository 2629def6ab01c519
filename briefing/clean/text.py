"""Character-level rules and the split of a text into blocks.

Raw decoded text in, a list of `Block`s (one paragraph each, with the input
line it started on) out.  Characters that carry no text (NUL and the other
controls XML forbids, zero-width spaces, bidirectional overrides, soft
hyphens) are dropped here so no later stage sees them; letters of every
script, and their diacritics, are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy

# Mojibake whose Latin-1 spacing accent was then decomposed (NFKD) into a
# space and a combining mark: "naïve" read as "naÃ¯ve", then "naÃ \u0304ve".
# The accent is put back so the mojibake can be mended.
_SPLIT_ACCENT = re.compile("(?<=[\u00c2\u00c3]) ([\u0301\u0304\u0308\u0327])")
_SPACING_ACCENT = {"\u0301": "\u00b4", "\u0304": "\u00af", "\u0308": "\u00a8", "\u0327": "\u00b8"}
# Controls XML 1.0 forbids (all C0 but tab/newline/CR), DEL and C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Invisible characters that only steer layout: zero-width space, word joiner,
# BOM, soft hyphen, LRM/RLM/ALM, and the bidi embeddings/overrides/isolates
# (the "Trojan source" characters).  They never change what a text says.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# ZWJ/ZWNJ shape Persian, Indic and emoji text, so they go only where they
# sit next to Latin letters, spaces or nothing (i.e. where they are debris).
_JOINERS_IN_LATIN = re.compile(r"(?<![^\x00-\u024f])[\u200c\u200d]|[\u200c\u200d](?![^\x00-\u024f])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_TERMINAL = re.compile(r"[.!?:;\"”’')\]]$")
# A straight double quote written twice where one belongs (scraped or
# CSV-escaped text): before a word at its start, or after a word at its end.
# An empty quotation between spaces ('""') is left alone.
_DOUBLED_MARK = re.compile(r'(?:^|(?<=[\s(\[]))""(?=\w)|(?<=[\w.,!?])""(?=\s|$|[),.;:])')
# Two apostrophes standing for a double quote mark, as news archives write
# them ("''That wasn't a good way to treat me,'' he said"), or three where a
# single mark meets one ("''I said 'no.'''"); a longer run is left alone.
_APOSTROPHE_PAIR = re.compile(r"(?<!')'''?(?!')")
_OPENS_AFTER = frozenset(" \t\n([{\u2014\u2013-/")
# A list marker opening a paragraph ("-Here are the facts", "• Poor
# planning", "-- Christie ..."): layout, not words.
_WIRE_CODE = re.compile(r"\s?(?:\[[A-Z0-9][A-Z0-9-]{1,11}\.[A-Z]{1,3}\]|<[A-Z0-9][A-Z0-9-]{1,11}\.[A-Z]{1,3}>"
                        r"|\([A-Z0-9]{2,10}\.[A-Z]{1,3}\)|\[(?:ID:)?n[A-Z0-9]{6,20}\])(?=[\s,.;:)]|$)"
                        r"|(?<=\w) \.[A-Z][A-Z0-9]{1,6}(?=[\s,;:)]|$)")
"""A news agency's code for a company's share ("Acme Corp [ACME.UL]",
"(ACME.N)", "<ACME.O>"), for a market index set after its name ("the
Norland stock market .NRX, where ...") or for another story
("[ID:nL1N2AB123]"): a terminal's link, no word of the sentence, whose
stop would end it early.  In round brackets no hyphen: "(D-N.Y)" is a
member's party and state."""
_SPACE_BEFORE_STOP = re.compile(r"(?<=[\w)\]”’\"']) +(?=[,;](?=\s|$)|\.(?=\s|$)(?!\s\.))")
"""A space a typist set before a comma, a semicolon or a full stop ("the
bishops , the priests ."); not inside a spaced ellipsis (". . .") nor
before a decimal point (" .45")."""
_GLUED_AFTER_CAPS = re.compile(r"(\([A-Z]{1,5}\))(?=[a-z])")
"""A bracketed code in capitals run into the next word ("Acme (ACM)hearing":
a share's ticker or a name's short form, set as a link), where a space was."""
_LIST_MARKER = re.compile(r"^(?:--?|[•*·])\s*(?=[\"“‘']?[A-Z])")
_SECTION_HEADING = re.compile(
    r"^(?:Abstract|Significance|Summary|Introduction|Background|Discussion|Results|Conclusions?|Methods"
    r"|Materials and Methods|Acknowledg(?:e)?ments|Highlights|Findings) "
    r"(?=(?:The|A|An|This|These|Those|Our|Its|Their|We|It|They|In|On|At|For|From|To|With|By|Over|Here"
    r"|Although|Though|While|When|Because|Since|As|If|Despite|Using|Most|Many|Some|All|Each) [\w“\"'(])")
"""A report's or a paper's section heading run into the first sentence of
its section, where a line break was ("Abstract We measure ...",
"Discussion Our survey shows ..."): the heading names the section, it is no
word of the sentence.  Only a heading word followed by a capitalised
function word, with which no sentence can go on from a noun: "Abstract
Art sells well" stays."""
# A markup tag left in plain text by a scraper ('<tweet id="75..."
# author="@x">', '</tweet>', '<br/>'): a name right after "<", then only
# quoted attributes.  "a < b", "<3" and "<Name>" with text in it stay.
_TAG = re.compile(r"""</?[a-z][a-z0-9-]{0,30}(?:\s+[\w:-]{1,30}=(?:"[^"<>\n]{0,500}"|'[^'<>\n]{0,500}'))*\s*/?>""")
# The same tag broken by a scraper: its last attribute value left open at a
# line end, so the article's own lines that follow sit inside it up to the
# '">' that closes it ('<tweet author="..." date="' / '- Cut taxes.' /
# '- Build roads.">Here are the reasons:').  The lines are text; the tag,
# its closed attributes and the closing '">' are not.
_OPEN_TAG = re.compile(r"""<[a-z][a-z0-9-]{0,30}(?:\s+[\w:-]{1,30}="[^"<>\n]{0,500}")*\s+[\w:-]{1,30}="(\n[^"<>]{1,5000}?)">""")


@dataclass(frozen=True, kw_only=True)
class Block:
    """One paragraph of the text being cleaned and the 1-based input line
    it starts on (for the report)."""

    text: str
    line: int


def normalize(text: str) -> str:
    """`text` with mojibake mended ("FranÃ§ois" -> "François": UTF-8 once
    read as Windows-1252, even where its accent or its letters were then
    decomposed), line
    ends unified, invisible and control characters removed and Unicode
    composed (NFC), so "é" is one character everywhere."""
    text = _SPLIT_ACCENT.sub(lambda m: _SPACING_ACCENT[m.group(1)], text)
    # Composed first: mojibake whose letters were then decomposed ("Ã" as "A" and a
    # combining tilde) is not read as mojibake, and mending it half made it worse ("Ãƒ").
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = ftfy.fix_encoding(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text)
    text = _INVISIBLE.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS_IN_LATIN.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def collapse_spaces(line: str) -> str:
    """One space wherever a run of spaces, tabs or no-break spaces was."""
    return _SPACES.sub(" ", line).strip()


def unmark(paragraph: str) -> tuple[str, list[tuple[str, str, str]]]:
    """`paragraph` without markup tags, news agencies' codes (`_WIRE_CODE`),
    spaces before a stop (`_SPACE_BEFORE_STOP`), a space put back after a
    bracketed code run into a word (`_GLUED_AFTER_CAPS`), a section heading
    run into its first sentence (`_SECTION_HEADING`), a list marker at its
    start, and with doubled quote marks made single,
    and what changed as (rule, before, after)."""
    changes: list[tuple[str, str, str]] = []
    if "<" in paragraph and _TAG.search(paragraph):
        changes.extend(("markup-tag", tag, "") for tag in _TAG.findall(paragraph))
        paragraph = collapse_spaces(_TAG.sub(_tag_gap, paragraph))
    if _WIRE_CODE.search(paragraph):
        changes.extend(("wire-code", code.strip(), "") for code in _WIRE_CODE.findall(paragraph))
        paragraph = _WIRE_CODE.sub("", paragraph)
    if _GLUED_AFTER_CAPS.search(paragraph):
        changes.extend(("glued-after-code", m.group(0), f"{m.group(0)} ") for m in _GLUED_AFTER_CAPS.finditer(paragraph))
        paragraph = _GLUED_AFTER_CAPS.sub(r"\1 ", paragraph)
    if _SPACE_BEFORE_STOP.search(paragraph):
        changes.extend(("space-before-stop", f"{m.group(0)}{paragraph[m.end()]}", paragraph[m.end()])
                       for m in _SPACE_BEFORE_STOP.finditer(paragraph))
        paragraph = _SPACE_BEFORE_STOP.sub("", paragraph)
    heading = _SECTION_HEADING.match(paragraph)
    if heading and _TERMINAL.search(paragraph):
        changes.append(("section-heading", heading.group(0).strip(), ""))
        paragraph = paragraph[heading.end():]
    marker = _LIST_MARKER.match(paragraph)
    if marker and len(paragraph) > marker.end():
        changes.append(("list-marker", marker.group(0), ""))
        paragraph = paragraph[marker.end():]
    if '""' in paragraph:
        single = _DOUBLED_MARK.sub('"', paragraph)
        if single != paragraph:
            changes.append(("doubled-quote-mark", '""', '"'))
            paragraph = single
    if "''" in paragraph:
        curly = _APOSTROPHE_PAIR.sub(_curly, paragraph)
        if curly != paragraph:
            changes.append(("apostrophe-pair-quote-mark", "''", "\u201c \u201d"))
            paragraph = curly
    return paragraph, changes


def _curly(match: re.Match) -> str:
    """The curly mark two apostrophes stand for: an opening one at the start
    of the paragraph or after a space, an opening bracket or a dash, else a
    closing one; a third apostrophe is a single mark beside it."""
    start = match.start()
    opening = start == 0 or match.string[start - 1] in _OPENS_AFTER
    if len(match.group(0)) == 3:
        return "\u201c\u2018" if opening else "\u2019\u201d"
    return "\u201c" if opening else "\u201d"


def _tag_gap(match: re.Match) -> str:
    """What a markup tag leaves behind: a space between two words, nothing
    before punctuation or beside a space."""
    text, start, end = match.string, match.start(), match.end()
    touching = start > 0 and not text[start - 1].isspace() and end < len(text) and text[end].isalnum()
    return " " if touching else ""


def blocks(text: str, *, markdown: bool = False) -> list[Block]:
    """The paragraphs of `text`: every non-empty line, except that lines
    hard-wrapped inside a blank-line-separated block are joined back."""
    result: list[Block] = []
    if "<" in text:
        # A space where '">' was keeps the input's line numbers.
        text = _OPEN_TAG.sub(lambda m: m.group(1) + " ", text)
    for group in _groups(text.split("\n")):
        lines = [(n, _markdown(collapse_spaces(t)) if markdown else collapse_spaces(t)) for n, t in group]
        lines = [(n, t) for n, t in lines if t]
        if lines and _hard_wrapped([t for _, t in lines]):
            result.append(Block(text=" ".join(t for _, t in lines), line=lines[0][0]))
        else:
            result.extend(Block(text=t, line=n) for n, t in _rejoined(lines))
    return result


_BROKEN_END = re.compile(r"[\w,]$")
_GOES_ON = re.compile(r"[a-z]{2}")
_DATED_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}$")
"""A line closed by a full date ("— Jane Roe (@janeroe) November 18, 2019",
an embedded post's signature): what follows it is another block, even in
lower case (the next post's "on. it.")."""


def _rejoined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(line number, text) pairs with a line that carries on its
    predecessor's sentence joined to it: the predecessor ends on a word or a
    comma and the line opens in lower case ("... as both an act of terrorism
    and a hate" / "crime, reiterated his frustration ..."), a break no
    paragraph makes on purpose."""
    result: list[tuple[int, str]] = []
    for number, line in lines:
        if result and _BROKEN_END.search(result[-1][1]) and _GOES_ON.match(line) \
                and not _DATED_END.search(result[-1][1]):
            result[-1] = (result[-1][0], f"{result[-1][1]} {line}")
        else:
            result.append((number, line))
    return result


def _groups(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines, each line with its 1-based number."""
    groups: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(lines, start=1):
        if line.strip():
            groups[-1].append((number, line))
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether these consecutive lines are one paragraph wrapped at a fixed
    width: three or more lines, none very long, most not ending a sentence."""
    if len(lines) < 3 or max(len(line) for line in lines) > 100:
        return False
    if any(line.startswith(("#", "- ", "* ", "> ")) for line in lines):
        return False
    open_ends = sum(1 for line in lines[:-1] if not _TERMINAL.search(line))
    return open_ends >= 0.6 * (len(lines) - 1)


def _markdown(line: str) -> str:
    """A Markdown line as plain text: heading marks, link targets and bold
    marks dropped (the words stay)."""
    line = _MD_HEADING.sub("", line)
    line = _MD_LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), line)
    return _MD_EMPHASIS.sub(r"\2", line).strip()


_ABBREVIATIONS = frozenset("""mr mrs ms dr st gen lt col sgt capt cmdr adm maj sen rep gov prof jr sr
rev hon pres vs etc no nos fig figs inc ltd co corp dept univ approx est jan feb mar apr jun jul aug
sep sept oct nov dec mt ft e.g i.e u.s u.k u.n a.m p.m""".split())
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


def sentences(paragraph: str) -> list[str]:
    """The sentences of `paragraph` (a light splitter: after . ! or ? and a
    space before a capital or digit, but not after "Mr." or an initial)."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start:match.start()].rstrip("\"”’')]")
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        stem = word.rstrip(".").lower().lstrip("(\"“‘'")
        if stem in _ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
            continue
        pieces.append(paragraph[start:match.end()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]


def key(text: str) -> str:
    """A comparison key: lower case letters and digits only, so repeats are
    found whatever their spacing, punctuation or run-together words."""
    return re.sub(r"[\W_]+", "", text.lower())


def word_count(text: str) -> int:
    return len(text.split())

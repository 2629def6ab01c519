"""Datelines: the place (and wire agency) a news report opens with.

"WASHINGTON — President ...", "KANSAS CITY, Mo. -- Local ...",
"BEIRUT (Reuters) - The ...", "(CNN) — The ..." are the news convention
for where a report was filed.  They are not part of the first sentence:
left in, the sentence reads "WASHINGTON — President ..." wherever the
brief prints it, and a clause cut at the dash is just "WASHINGTON".

`strip` takes the cleaned paragraphs and returns them with the dateline cut
from the start of the first body paragraph that has one (looking at the
first `LOOK_AHEAD` only), and the `Removal` that records it; `agency` reads
the wire the cut dateline names ("(Reuters)", "/ITAR-TASS/"), the outlet of
a plain text that names none other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..language.casing import headline
from ..models import Removal
from .text import Block

LOOK_AHEAD = 6
"""Only the first paragraphs of the body can open with a dateline.  Six,
not three: a page's headline, byline and photo captions come before it
("MIDWAY ATOLL - Seventy-four years ago, ..." was the fifth paragraph).  On
the devset's 1,266 text articles this cuts six datelines more, and nothing
that is not one."""

_PLACE = r"[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*){0,3}"
"""One to four upper-case words: WASHINGTON, NEW YORK, ST. LOUIS, and
places filed from, parted by a slash: LYON/GENEVA."""
_REGION = r"(?:, [A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,2})?"
"""An optional state or country after a comma: ", Mo.", ", N.J.", ", Lebanon"."""
_AGENCY = r"\((?:[A-Z][A-Za-z&.]*)(?: [A-Z][A-Za-z&.]*){0,2}\)"
"""A wire or outlet in brackets: (AP), (Reuters), (CNN)."""
_DASH = r"(?:\s*[—―–][—―–-]?\s*|\s*--?\s+|\s+--?\s*)"
""""—", "--", and the "–-" some sites type; a hyphen with a space beside it,
never one inside a word ("Ukraine Pro-Russian" holds no dateline)."""

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:,? {_MONTH} \d{{1,2}}\.?)?"
"""An optional filing date: ", April 7"."""
_SLASHED = r"/[A-Z][A-Za-z\-]+/\.?"
"""A wire agency between slashes, as some wires sign: "/ITAR-TASS/."."""
_CAPITALS = r"[A-Z]{3,}(?:/[A-Z]{3,})*"
"""A place in capitals, or places filed from ("DONETSK/KIEV")."""

_TITLED = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
"""A place written in title case ("Washington", "Buenos Aires"): a dateline
only with its wire agency in brackets after it ("Washington (AFP) –")."""

DATELINE = re.compile(rf"^(?:{_PLACE}{_REGION}{_DATE}(?: {_AGENCY})?{_DASH}|{_AGENCY}{_DASH}"
                      rf"|{_TITLED}{_REGION}{_DATE} {_AGENCY}{_DASH}"
                      rf"|{_PLACE}{_REGION}{_DATE}\s*{_SLASHED}\s*"
                      rf"|{_CAPITALS}, [A-Z][a-z]+ (?=[A-Z][\w\-]* [a-z])"
                      rf"|{_PLACE}{_REGION}, {_MONTH} \d{{1,2}}\.? )(?=[A-Z“\"‘'])")
"""A dateline at the very start of a paragraph, followed by a sentence that
starts with a capital letter or a quotation mark: with a dash after it,
with a wire agency between slashes ("KIEV, April 7. /ITAR-TASS/. The"),
or a place in capitals and its country with the wire's dash cut away by
the scraper ("DONETSK/KIEV, Ukraine Pro-Russian protesters ...": a sentence
in lower case follows, not a headline's capitals), or a place in capitals
with its filing date and the dash cut away ("OSLO, May 2 The council
..."): capitals, then a month and day, then a sentence."""


_BARE = re.compile(r"^(?P<place>[A-Z]{3,}(?:[ /][A-Z]{2,}){0,2}) (?=[A-Z][a-z]+,? [a-z])")
"""A place in capitals with nothing after it, the scraper having cut its
dash ("OSLO The council ..."): a dateline only where `_bare_place` says."""
_COLONED = re.compile(rf"^(?P<place>{_TITLED}):\s+(?=[A-Z“\"‘'])")
"""A place in title case and a colon, as some papers sign their reports
("Oslo: The council ..."): a dateline only where `_coloned_place` says."""
_TAGGED = re.compile(r"^\((?P<place>[A-Z]{2,5})\) (?=[A-Z“\"‘'])")
"""An outlet's tag in capitals, in brackets, with no dash after it, as a
site prints its reports' first line ("(WXN) A bridge ..."): a dateline
only where `_outlet_tag` says."""
RARE_TAG = 1_000  # a tag among the commonest this many words is a label ("(VIDEO)", "(LIVE)"), not an outlet
LONG_PLACE = 6  # letters: a word in capitals this long is a place, not an acronym ("NATO", "OPEC")
LEAD_WORDS = 8  # a report's first sentence, not a heading, follows a dateline without a dash
COMMON_RANK = 5_000  # a word among the commonest this many is a label ("Note:", "Update:"), not a place


def strip(kept: list[Block]) -> tuple[list[Block], list[Removal]]:
    """`kept` with the first dateline among its first paragraphs cut off,
    and the removal recording it (none when no paragraph opens with one)."""
    for index, block in enumerate(kept[:LOOK_AHEAD]):
        match = DATELINE.match(block.text) or _dashless(block.text, kept, first=index == 0)
        if match and _is_place(match.group(0)):
            rest = block.text[match.end():]
            if len(rest.split()) < 4:
                return kept, []  # a short line after the dash is a heading, not a report
            removal = Removal(action="removed", rule="dateline", text=match.group(0).strip(), line=block.line)
            before, decks = _above_the_story(kept[:index])
            return before + [replace(block, text=rest)] + kept[index + 1:], [*decks, removal]
    return kept, []


DECK_WORDS = 15
"""Fewer words than a lead sentence: above the dateline, a deck ("Fares
frozen, but ferry still late as crews strike") or a caption's scrap."""

_LABEL = re.compile(r"^[A-Z]+(?: [A-Z]+){0,2}[.:]$")
"""A section label in capitals on a line of its own: "ABSTRACT.", "FULL TEXT."."""


def _above_the_story(blocks: list[Block]) -> tuple[list[Block], list[Removal]]:
    """`blocks`, the paragraphs above the one a dateline opens, without
    section labels (`_LABEL`) and, when the lines above are all a page's
    heading zone (`_heading_zone`), without the short ones not set as
    headlines; and their removals.  A report starts at its dateline: a
    short line above its headings is a deck or a caption's scrap, no
    sentence of the story.  A headline is left to the steps that read
    headlines, and a longer paragraph (an abstract) to those that judge it."""
    zone = _heading_zone(blocks)
    kept, removals = [], []
    for block in blocks:
        text = block.text.strip()
        if _LABEL.match(text) or zone and len(text.split()) < DECK_WORDS and not headline(text):
            removals.append(Removal(action="removed", rule="deck", text=block.text, line=block.line))
        else:
            kept.append(block)
    return kept, removals


def _heading_zone(blocks: list[Block]) -> bool:
    """Whether `blocks` hold no story paragraph: every one is short
    (`DECK_WORDS`), a headline, a section label, or the paragraph a label
    opens ("ABSTRACT." and its abstract).  A long paragraph above a
    dateline otherwise is story text set out of order, and a short line
    beside it may be the story's too."""
    labelled = False
    for block in blocks:
        text = block.text.strip()
        if not (len(text.split()) < DECK_WORDS or headline(text) or _LABEL.match(text) or labelled):
            return False
        labelled = bool(_LABEL.match(text))
    return True


def _dashless(text: str, kept: list[Block], *, first: bool) -> re.Match | None:
    """The opening of `text` that is a dateline without a dash: an outlet's
    tag (`_outlet_tag`), a place in capitals (`_bare_place`), or, in the
    first paragraph, one in title case with a colon (`_coloned_place`);
    each only before a report's first sentence (`LEAD_WORDS` or more,
    ending in a stop, not a headline)."""
    match = _TAGGED.match(text)
    if match is None or not _outlet_tag(match.group("place")):
        match = _BARE.match(text)
        match = match if match and _bare_place(match.group("place"), kept) else None
    if match is None:
        match = _COLONED.match(text) if first else None
        match = match if match and _coloned_place(match.group("place")) else None
    rest = text[match.end():].rstrip() if match else ""
    if not match or len(rest.split()) < LEAD_WORDS or not rest.endswith((".", "”", '"')) or headline(rest):
        return None
    return match


def _bare_place(place: str, kept: list[Block]) -> bool:
    """Whether `place`, in capitals before a sentence, is a place, not an
    acronym the sentence opens with: a name too long for an acronym, or one
    the article writes elsewhere in title case ("TOKYO" ... "Tokyo")."""
    if sum(c.isalpha() for c in place) >= LONG_PLACE or " " in place:
        return True
    titled = re.compile(rf"\b{re.escape(place.title())}\b")
    return any(titled.search(block.text) for block in kept)


def _outlet_tag(tag: str) -> bool:
    """Whether `tag`, in capitals between brackets at a report's start, names
    an outlet ("(WXN)") rather than a label over the text ("(VIDEO)"): a
    word not among the commonest in lower case."""
    from . import words

    return words.rank(tag.lower()) >= RARE_TAG


def _coloned_place(place: str) -> bool:
    """Whether `place`, in title case before a colon, names no label or
    person: none of its words a given name or among the commonest words."""
    from ..language.names import given_name
    from . import words

    return not any(given_name(word) or words.rank(word.lower()) < COMMON_RANK for word in place.split())


def _is_place(opening: str) -> bool:
    """Whether the matched opening names a place or an agency, not a word in
    capitals that opens a sentence ("A —" or "I -" is no dateline)."""
    letters = [c for c in opening.split("(")[0] if c.isalpha()]
    return len(letters) >= 3 or "(" in opening


_NAMED_AGENCY = re.compile(r"\((?P<bracketed>[^()]+)\)|/(?P<slashed>[A-Z][A-Za-z\-]+)/")


def agency(removals: list[Removal]) -> str | None:
    """The wire or outlet a removed dateline names in brackets or between
    slashes ("BEIRUT (Reuters) -" -> "Reuters", "KIEV, April 7. /ITAR-TASS/."
    -> "ITAR-TASS"), or None."""
    for removal in removals:
        named = _NAMED_AGENCY.search(removal.text) if removal.rule == "dateline" else None
        if named:
            return (named.group("bracketed") or named.group("slashed")).strip()
    return None

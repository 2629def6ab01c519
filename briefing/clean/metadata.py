"""Title, author, outlet and date from the lines above an article.

Blocks in (boilerplate already out); a `Meta`, the blocks left and the
`Removal`s for the lines that became metadata out.  The header zone is the
run of short lines before the first real paragraph; in it a date line, a
section label, a title line ("<Title> – <Author or Outlet>"), and a byline
("By <Name>") are recognized by shape.  Whatever is not stated stays None.

A date printed above the headline is often the day the page was captured
(the site's "today" bar), so it is checked against the years the article
itself mentions; `date_note` tells the analyst when it is doubtful.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit
from pathlib import PurePath

from ..language.casing import headline
from ..models import Removal
from .text import Block, key, word_count

_MONTHS = {name: number for number, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
     "aug august", "sep sept september", "oct october", "nov november", "dec december"), start=1)
    for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)",
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)",
    r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)",
)
_DATE_TALK = frozenset("""published posted updated last update date on at uploaded first modified am pm a.m p.m
et gmt utc bst cet cest edt est pst pdt ist pkt mon tue tues wed thu thurs fri sat sun monday tuesday wednesday
thursday friday saturday sunday""".split())
_CLOCK = re.compile(r"^\d{1,2}([:.]\d{2})?(am|pm|h)?:?$", re.I)
_DATE_ANYWHERE = [re.compile(form, re.I) for form in _DATE_FORMS]
_BYLINE = re.compile(r"^(?:by|written by|words by|author:|posted by|reporting by)\s+(?P<name>[^|,;:–—]{3,80}?)"
                     r"(?:\s*(?:[|,;–—]|\s-\s)\s*(?P<rest>.*))?$", re.I)
_NAME = re.compile(r"^(?:[A-Z][\w’'.-]*|de|da|van|von|bin|al|el|ul)(?: (?:[A-Z][\w’'.-]*|de|da|van|von|bin|al|el|ul))"
                   r"{0,4}(?: and (?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*){0,3})?$")
_SIGNED = re.compile(r"^[-–—]\s*(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})$")
"""A name of two to four words after a dash, alone on its line ("-Ana
Ruiz", "— Ana Ruiz"): under a headline, the writer's signature."""
_DESK = re.compile(r"^(?:[A-Z][\w.'’-]* ){0,3}(?:bureau|desk|staff writer|staff reporter|correspondent|reporter"
                   r"|columnist)$", re.I)
"""A desk or post line under a byline ("Quebec Bureau", "Staff Writer")."""
_CREDIT_SPLIT = re.compile(r"^(?P<title>.{8,}?)\s+(?:[–—|]|-)\s+(?P<credit>[^–—|]{2,60}?)$")
_OUTLET_WORDS = re.compile(r"\b(news|times|post|journal|daily|tribune|herald|magazine|review|gazette|media|press"
                           r"|network|online|radio|tv|television|agency|monitor|observer|telegraph|guardian|express"
                           r"|chronicle|digest|weekly|insider|report|today|wire|dispatch|mail|star|sun|globe"
                           r"|standard|independent|reuters|associated|broadcasting|channel|blog|diplomat)\b"
                           r"|\.(com|org|net|co|pk|in|uk)\b", re.I)
_JOBS = re.compile(r"\b(writer|editor|correspondent|reporter|staff|contributor|columnist|bureau|desk|team"
                   r"|producer|analyst|admin|editorial|newsroom)s?\b", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
HEADER_LINES = 8
PLAIN_HEADLINE_WORDS = 14  # a sentence-case headline's most words (PolNeAR train: 93 in 100 of those missed before)
_LABEL = re.compile(r"^[A-Z][A-Z ]{2,24}[.:]?$")  # an archive's section label in capitals ("FULL TEXT.")
_SENTENCE_INSIDE = re.compile(r"\b(?!(?:vs|v)\.)[a-z]\w*[.!?][”\"’']?\s+[A-Z“\"‘']")
"""A sentence ending inside a line, then another; "vs." before a name
("Harbour vs. Ferry") ends none."""
RULES = frozenset({"date-line", "byline", "section-label", "title-line", "front-matter", "page-address"})
"""The removal rules of lines that became metadata (title, author, date)."""


@dataclass(frozen=True, kw_only=True)
class Meta:
    """What the header zone stated; None where it said nothing."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    date_note: str | None = None
    date_line: str | None = None
    date_above_title: bool = False


def header(blocks: list[Block], *, page_title: str | None = None,
           page_url: str | None = None) -> tuple[Meta, list[Block], list[Removal]]:
    """Metadata from the header zone, the blocks left, and what was taken.

    With `page_title` (an HTML page's own title) only a line repeating that
    title is taken as the title line: the page already said which it is,
    however long it is or however it ends ("Shares Fall. Why That Is
    Fine.").  A line that is only `page_url`, the page's own address, is
    taken too: a printed page's header, never its text."""
    meta, taken = Meta(), {}
    zone = _zone(blocks, page_title)
    for index in zone:
        if page_url and _same_address(blocks[index].text, page_url):
            taken[index] = "page-address"
            continue
        if _deck(blocks, index):
            continue  # "Window on Wall Street." under "Personal touch helps ...;": the headline's deck
        if page_title is not None and meta.title is None and (_title_shaped(blocks[index].text)
                                                             or _repeats_title(blocks[index].text, page_title)):
            meta, rule = _page_title_line(blocks[index].text, meta, page_title)
        else:
            meta, rule = _read_line(blocks[index].text, meta, index, zone, blocks)
        if rule:
            taken[index] = rule
    taken.update(_above_title(blocks, zone, taken))
    taken.update(_between_title_and_byline(zone, taken))
    if meta.title is None and page_title is None and not taken and _plain_headline(blocks):
        meta, taken[0] = replace(meta, title=blocks[0].text.rstrip(".;").rstrip()), "title-line"
        if blocks[0].text.endswith(";") and blocks[1].line == blocks[0].line + 1:
            taken[1] = "title-line"  # its deck ("Orlando attacks resonate not as ..."): the editors', not the story's
    removals = [Removal(action="removed", rule=rule, text=blocks[i].text, line=blocks[i].line)
                for i, rule in sorted(taken.items())]
    return meta, [block for i, block in enumerate(blocks) if i not in taken], removals


_FIELD_LINE = re.compile(r"^[A-Z][\w’'-]*(?: [\w’'-]+){0,2}:\s")
"""A line opening on a field's label ("Tested by: ..."): it states a fact."""


def _above_title(blocks: list[Block], zone: list[int], taken: dict[int, str]) -> dict[int, str]:
    """The short lines left above a page's title line, as section labels:
    what a page prints over its headline and no other rule took (a
    section's name, a banner for another story) is the page's, not the
    article's; a field line ("Label: value") states a fact and stays."""
    title = next((index for index in zone if taken.get(index) == "title-line"), None)
    if title is None:
        return {}
    return {index: "section-label" for index in zone[:zone.index(title)]
            if index not in taken and _title_shaped(blocks[index].text) and not _FIELD_LINE.match(blocks[index].text)}


def _between_title_and_byline(zone: list[int], taken: dict[int, str]) -> dict[int, str]:
    """The header lines left between a title line and the byline under it,
    as part of the title: a page sets its deck or standfirst there ("Ruiz
    wins at last! Finally!"), the editors' teaser for the story, never
    the story's own report, which starts after the byline."""
    title = next((index for index in zone if taken.get(index) == "title-line"), None)
    byline = next((index for index in zone if taken.get(index) == "byline"), None)
    if title is None or byline is None or byline < title:
        return {}
    return {index: "title-line" for index in zone if title < index < byline and index not in taken}


def _deck(blocks: list[Block], index: int) -> bool:
    """Whether block `index` is the deck right under a first line that ends
    on ";" (a plain text's headline and its deck or column name): no title
    of its own; `_plain_headline` takes the two together."""
    return index == 1 and blocks[0].text.endswith(";") and blocks[1].line == blocks[0].line + 1


def _zone(blocks: list[Block], page_title: str | None = None) -> list[int]:
    """Indexes of the short lines before the first real paragraph (a line
    repeating `page_title` is one, whatever its length)."""
    zone = []
    for index, block in enumerate(blocks[:HEADER_LINES]):
        words = word_count(block.text)
        if (words > 30 or (words >= 12 and block.text.endswith((".", "”", "\"")))) \
                and not (page_title and _repeats_title(block.text, page_title)):
            break
        zone.append(index)
    return zone


def _read_line(text: str, meta: Meta, index: int, zone: list[int], blocks: list[Block]) -> tuple[Meta, str | None]:
    when = parse_date(text, whole=True)
    if when and not meta.date_line:
        return replace(meta, published=when, date_line=text, date_above_title=meta.title is None), "date-line"
    byline = _BYLINE.match(text)
    if byline and _NAME.match(byline.group("name").strip()) and not meta.author:
        return _byline(byline, meta), "byline"
    signed = _SIGNED.match(text)
    if signed and meta.title and not meta.author and _NAME.match(signed.group("name")):
        return replace(meta, author=signed.group("name")), "byline"
    if _DESK.match(text) and meta.author and index - 1 in zone and blocks[index - 1].text == meta.author:
        return meta, "byline"
    if not meta.author and _bare_byline(text, index, zone, blocks):
        return replace(meta, author=text), "byline"
    if meta.title or not _title_shaped(text):
        return meta, None
    if word_count(text) <= 3 and any(_title_shaped(blocks[j].text) and word_count(blocks[j].text) > 3
                                     and not _CREDITED.search(blocks[j].text) for j in zone if j > index):
        return meta, "section-label"
    return _title(text, meta), "title-line"


_CREDITED = re.compile(r"\bby (?:[A-Z][\w’'.-]+ ){1,2}[A-Z][\w’'-]+,")
"""A teaser's credit line ("Featured essay by Jane Roe, class of 2018"): a
line under a page's short title that is no headline of its own."""


def _plain_headline(blocks: list[Block]) -> bool:
    """Whether a plain text's first block is its headline though it ends as
    a sentence does ("Clinton acknowledges that she misspoke about FBI
    director's testimony."; "Clinton tries to reframe 'revolution';"): one
    sentence opening on a capital or a number ("5 things to watch in
    tonight's debate."), of at most `PLAIN_HEADLINE_WORDS` words
    (25 in headline style), on a line of its own with a blank line (or,
    after ";", its deck) under it, before a longer paragraph (an archive's
    label in capitals, "ABSTRACT.", aside).  PolNeAR's plain texts
    (train) open so: 768 of its 839 articles now have their title, 198
    before.  The cost: a text without a headline that opens on so short a
    sentence loses it to the title, unless the paragraph under it leans
    back on it (`_leans_back`: "Then, a year later, ...")."""
    if len(blocks) < 2:
        return False
    body = [block.text for block in blocks[1:] if not _LABEL.match(block.text)]
    first = blocks[0].text
    if not body or "\n" in first or (blocks[1].line == blocks[0].line + 1 and not first.endswith(";")):
        return False  # a headline stands apart, a blank line or its deck (after ";") under it
    words = word_count(first)
    styled = headline(first)
    longest = 25 if styled else PLAIN_HEADLINE_WORDS
    # A headline is shorter than the paragraph under it; one in headline
    # style may have a deck as long as itself between ("Were the experts wrong ...?").
    below = max(word_count(text) for text in body[:2]) if styled else max(word_count(text) for text in body[:3])
    return ((first[:1].isupper() or first[:1].isdigit()) and first.endswith((".", ";")) and not first.endswith("..")
            and 2 <= words <= longest and words < below
            and not _SENTENCE_INSIDE.search(first[:-1]) and not (first.endswith(".") and _leans_back(body[0])))


_LEANS_BACK = re.compile(r"^(?:(?:Now|Then|Still|Later|Since then),|(?:But|And|So|Yet|It|They|He|She|Its|Their|His|Her)\b"
                         r"|(?:Now, )?\d+ (?:years|months|weeks|days|decades) (?:later|on)\b)")
"""The opening of a paragraph that carries on from the one before it: a
connective, a pronoun, "N years later"."""


def _leans_back(text: str) -> bool:
    """Whether a paragraph opens by leaning on the one before it ("Now, 75
    years later, ...", "But ...", "It ..."): the line above it is then the
    report's first sentence, which a headline never is."""
    return bool(_LEANS_BACK.match(text))


def _bare_byline(text: str, index: int, zone: list[int], blocks: list[Block]) -> bool:
    """Whether `text` is a name alone over a desk line ("Andrew Chung" over
    "Quebec Bureau"): a byline without its "By"."""
    return index + 1 in zone and bool(_DESK.match(blocks[index + 1].text)) and 2 <= word_count(text) <= 4 \
        and bool(_NAME.match(text)) and not _DESK.match(text)


def _repeats_title(text: str, page_title: str) -> bool:
    """Whether a line is the page's title, or the start of it."""
    return bool(key(text)) and (key(text) == key(page_title)
                                or (len(key(text)) > 20 and key(page_title).startswith(key(text))))


def _same_address(text: str, url: str) -> bool:
    """Whether a line is only the web address `url` (with or without its
    scheme, "www." or a closing slash)."""
    def bare(address: str) -> str:
        return re.sub(r"^(?:https?://)?(?:www\.)?", "", address.strip().lower()).rstrip("/")
    return " " not in text.strip() and bool(bare(url)) and bare(text) == bare(url)


def _page_title_line(text: str, meta: Meta, page_title: str) -> tuple[Meta, str | None]:
    """A line repeating the page's title is the title line; others are left
    for the date and byline rules."""
    if _repeats_title(text, page_title):
        return replace(meta, title=text), "title-line"
    meta, rule = _read_line(text, replace(meta, title=page_title), 0, [], [])
    return replace(meta, title=None), rule


def _byline(byline: re.Match, meta: Meta) -> Meta:
    """`meta` with the byline's author, and the date or outlet after it
    ("By JANE ROE, Valley Times | March 4, 2019")."""
    name = byline.group("name").strip()
    meta = replace(meta, author=name.title() if name.isupper() else name)
    rest = byline.group("rest") or ""
    when = parse_date(rest)
    if when and not meta.date_line:
        meta = replace(meta, published=when, date_line=rest)
    for part in re.split(r"\s*[|,;–—]\s*|\s+-\s+", rest):
        if not meta.outlet and not parse_date(part) and credit_kind(part, entity=lambda _: None) == "outlet":
            meta = replace(meta, outlet=part)
    return meta


def _title_shaped(text: str) -> bool:
    """Whether a line may be a title: short, not ending as a sentence does,
    opening on a capital or a number ("9 (More) Offensive Things ..."); a
    line in headline style may end on a full stop (some archives add one)."""
    if text.endswith(".") and not text.endswith("..") and headline(text):
        text = text[:-1]
    return 1 <= word_count(text) <= 25 and not text.endswith((".", ",", ";", ":")) and text[:1].isupper() or (
        text[:1].isdigit() and 2 <= word_count(text) <= 25 and not text.endswith("."))


def _title(text: str, meta: Meta) -> Meta:
    """`meta` with the title set from a title line, splitting off a trailing
    " – Author" or " – Outlet" credit when the part after the dash is one,
    and the full stop an archive put after a headline."""
    if text.endswith(".") and not text.endswith("..") and headline(text):
        text = text[:-1]
    split = _CREDIT_SPLIT.match(text)
    kind = credit_kind(split.group("credit").strip()) if split else None
    if not split or kind is None:
        return replace(meta, title=text)
    credit = split.group("credit").strip()
    meta = replace(meta, title=split.group("title").strip())
    if kind == "person":
        return meta if meta.author else replace(meta, author=credit)
    return meta if meta.outlet else replace(meta, outlet=credit)


def credit_kind(credit: str, *, entity=None) -> str | None:
    """"person", "outlet" or None (neither: the dash was part of the title).

    Outlets by shape ("The X", news words, a domain, an acronym, one
    capitalized word); a run of two to four capitalized words is a person
    when spaCy's entity recognizer (or `entity`, for tests) says PERSON."""
    words = credit.split()
    if not words or not all(w[:1].isupper() or w.lower() in ("of", "and", "the", "de", "al") for w in words):
        return None
    if _OUTLET_WORDS.search(credit) or words[0] == "The" or (len(words) == 1 and len(credit) >= 2):
        return "outlet"
    if len(words) > 4:
        return None
    label = (entity or _entity)(credit)
    return "person" if label == "PERSON" else "outlet" if label in ("ORG", "NORP", "FAC", "WORK_OF_ART") else None


_TRAILING_DAY = re.compile(r"(?<=\w)\s+(?:" + "|".join(calendar.day_name) + r"),?$")


_WRITER_FIELD = re.compile(r"^(?:(?:Tested|Reviewed|Written|Review|Words) by|Words):\s*"
                           r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})"
                           r"(?=\s+[A-Z][\w’'-]*(?: [\w’'-]+){0,2}:\s|\s*[,;|(]|\s*$)")
"""A fact box's field naming who tested, reviewed or wrote the piece
("Tested by: Ann Berg Price: £20 ...", "Words: Ann Berg"), up to the
next field's label; it opens its paragraph."""


def field_writer(paragraphs: list[str], outlet: str | None = None) -> str | None:
    """The person a paragraph of `paragraphs` names in a writer's field
    (`_WRITER_FIELD`: "Tested by: Ann Berg"), as `person_names` keeps
    them; None when none does.  In a review the one who tested the thing
    speaks in its first person, not whoever the page shows as posting it."""
    for paragraph in paragraphs:
        found = _WRITER_FIELD.match(paragraph)
        named = person_names(found.group("name"), outlet) if found else None
        if named:
            return named
    return None


_OUTLET_NAME = r"(?P<outlet>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})"
_SELF_NAMED = (re.compile(rf",\s+{_OUTLET_NAME} (?:has|have) (?:learned|learnt)\.$"),
               re.compile(rf"\bdid not (?:immediately )?(?:return|respond to|answer)\s+(?:[\w-]+\s+){{0,3}}?"
                          rf"(?:(?:phone )?calls?|messages?|e-?mails?|voicemails?|inquir(?:y|ies)|quer(?:y|ies)"
                          rf"|requests? for comment|interview requests?)(?: seeking comment)? from (?:the )?{_OUTLET_NAME}"))
"""How a report names its own outlet in its narration: the tag on its scoop
("..., The Valley Herald has learned.") and the call its reporter made
("did not return two calls from The Herald"), in that order of trust."""
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
_RELAYED = re.compile(rf"(?:^|[,;:]\s+|\b[Aa]s ){_OUTLET_NAME} (?:reports|is reporting)\b"
                      rf"|\b[Aa]ccording to (?:a (?:new )?report (?:in|by|from) )?{_OUTLET_NAME.replace('?P<outlet>', '?P<cited>')}")
"""How a page that relays another outlet's story names it: "The Valley
Herald reports that ...", "according to The Herald": the outlet cited,
whose words ("..., The Herald has learned.") the page then carries."""


def narration_outlet(paragraphs: list[str]) -> str | None:
    """The outlet a report names as itself in its own words, outside any
    quotation (`_SELF_NAMED`); None when it does not, or when the page
    cites that outlet as the one it relays (`_relayed`).  "told The
    Herald" is no such sign: a report retells other outlets' interviews
    too."""
    narration = [_QUOTATION.sub(" ", paragraph) for paragraph in paragraphs]
    for form in _SELF_NAMED:
        for paragraph in narration:
            for sentence in re.split(r"(?<=\.)\s+(?=[A-Z“\"])", paragraph):
                found = form.search(sentence.strip())
                if found:
                    outlet = found.group("outlet").rstrip(".")
                    return None if _relayed(outlet, narration) else outlet
    return None


def _relayed(outlet: str, narration: list[str]) -> bool:
    """Whether `narration` cites `outlet`, or a longer name ending in its
    last word ("The Valley Herald" for "The Herald"), as the source it
    relays ("The Valley Herald reports that ..."): the page carries that
    outlet's story, and is not that outlet."""
    last = outlet.split()[-1]
    return any((found.group("outlet") or found.group("cited")).rstrip(".").split()[-1] == last
               for paragraph in narration for found in _RELAYED.finditer(paragraph))


def person_names(author: str | None, outlet: str | None = None) -> str | None:
    """The people in an author field, as "Jane Roe, John Doe": parts naming
    the outlet, a job ("AP National Security Writer"), a date or a single
    word ("admin") are dropped, and so is a weekday run onto a name ("Jane
    Roe Monday; November": the byline's date once its line break went);
    ALL-CAPS names are put in title case."""
    names = []
    for part in re.split(r"\s*(?:;|\band\b|&)\s*", author or ""):
        part = _TRAILING_DAY.sub("", part)  # "Jane Roe Monday": a byline's date run onto the name
        words = part.split()
        if not 2 <= len(words) <= 4 or words[0] == "The" or part == outlet:
            continue
        if _OUTLET_WORDS.search(part) or _JOBS.search(part):
            continue
        if any(w.lower().strip(",.") in _MONTHS or w.lower() in _DATE_TALK or not w[:1].isupper() for w in words):
            continue
        names.append(part.title() if part.isupper() else part)
    return ", ".join(dict.fromkeys(names)) or None


_WIRE = re.compile(r"^(?:Reuters|AP|The Associated Press|Associated Press|AFP|Agence France[- ]Presse|UPI|Bloomberg"
                   r"|Xinhua|PTI|Press Trust of India|IANS|ANI|DPA|dpa|Kyodo News|Kyodo|Yonhap|EFE|ANSA|ITAR-TASS|TASS"
                   r"|AAP|Anadolu)\b(?![-'’])")
"""The international news agencies whose reports other outlets reprint."""


def wire_credit(author: str | None) -> str | None:
    """The news agency an author field credits, alone ("Reuters") or opening
    a job title ("XYZ; AP Staff Writer" -> "AP"); None when it names none."""
    for part in re.split(r"\s*(?:;|,|\band\b|&)\s*", author or ""):
        found = _WIRE.match(part.strip())
        if found and (found.end() == len(part.strip()) or _JOBS.search(part.strip()[found.end():])):
            return found.group(0)
    return None


_AGENCY_STAFF = re.compile(r"\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|staff)\b[^.]*\bcontributed\b", re.I)
"""What follows an agency's name in a wire story's closing credit ("AP
writers Jane Roe in Oslo and John Doe contributed to this report")."""


def contributing_wire(removals: list[Removal]) -> str | None:
    """The news agency whose writers a removed closing credit says
    contributed to the report ("Associated Press writers ... contributed
    to this report" -> "Associated Press"): the agency's house sign-off,
    which names the report's source where no dateline or byline does;
    None when no credit line names one."""
    for removal in removals:
        if removal.rule != "credit-line":
            continue
        for part in re.split(r"(?<=[.;])\s+", removal.text):
            found = _WIRE.match(part.strip())
            if found and _AGENCY_STAFF.match(part.strip()[found.end():]):
                return re.sub(r"^The ", "", found.group(0))
    return None


def with_wire(outlet: str | None, wire: str | None) -> str | None:
    """The outlet line of a report a news agency filed: "Valley Times (AP)";
    the agency alone when the outlet is unknown, the outlet alone when it
    is the agency itself ("Reuters", "CNN.com" for a "(CNN)" dateline)."""
    if not wire or not outlet:
        return outlet or wire
    initials = "".join(word[:1] for word in outlet.split() if word[:1].isupper())
    if key(wire) in key(outlet) and len(key(wire)) >= 3 or key(wire) in re.findall(r"[a-z0-9]+", outlet.lower()) \
            or wire == initials:
        return outlet
    return f"{outlet} ({wire})"


def _entity(text: str) -> str | None:
    """spaCy's entity label for `text` as a credit after a headline."""
    from ..language.nlp import load

    doc = load()(f"An article by {text}.")
    labels = [ent.label_ for ent in doc.ents if text.startswith(ent.text) or ent.text in text]
    return labels[0] if labels else None


def parse_date(text: str, *, whole: bool = False) -> str | None:
    """The ISO date `text` states ("Thursday, July 18, 2024" -> "2024-07-18"):
    when `whole`, only if the rest of the line is date talk ("Updated",
    a weekday, a time, a time zone); else its first date; None when none."""
    for pattern in _DATE_ANYWHERE:
        match = pattern.search(text)
        if match and (not whole or _only_date_talk(text[:match.start()] + " " + text[match.end():])):
            return _iso(match)
    return None


def _only_date_talk(rest: str) -> bool:
    return all(token.lower().strip(".:") in _DATE_TALK or _CLOCK.match(token)
               for token in re.findall(r"[^\s,|•·–—()-]+", rest))


def _iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower().rstrip(".")]
    try:
        return date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None


_OPINION = r"(?:opinions?|commentary|commentaries|op-?eds?|editorials?|letters(?: to the editor)?)"
_OPINION_SECTION = re.compile(rf"^(?:{_OPINION}\b|ideas$)", re.I)
_REVIEW = r"reviews?"
_REVIEW_SECTION = re.compile(rf"^(?:[\w&-]+ ){{0,2}}{_REVIEW}$", re.I)


_SECTION_LINE = re.compile(rf"^{_OPINION}\s*[.:]?$", re.I)
SECTION_REACH = 3
"""How many of the first paragraphs a section label may head ("LETTERS."
over a page of readers' letters); one further down names a part of the
story, or a link."""


def section_labels(paragraphs: list[str]) -> tuple[str, ...]:
    """The opinion sections the first `SECTION_REACH` paragraphs name by a
    line of their own ("LETTERS.", "Opinion", "Letters to the editor"):
    the page's filing, which `genre` reads."""
    return tuple(p.strip().rstrip(".:").strip() for p in paragraphs[:SECTION_REACH] if _SECTION_LINE.match(p.strip()))


def genre(url: str | None, sections: tuple[str, ...] = ()) -> str | None:
    """"opinion" when the page files the piece under opinion: a folder of
    its address ("/opinion/", "/commentary/", "/op-ed/") or a section it
    names ("Opinion", "Editorials", "Ideas"); "review" when under reviews
    ("/reviews/", "Book Reviews"): a writer's verdict on a thing; else None
    (news, or not said)."""
    folders = urlsplit(url).path.split("/")[1:-1] if url else []
    names = [s.strip() for s in sections]
    if any(re.fullmatch(_OPINION, folder, re.I) for folder in folders) or any(map(_OPINION_SECTION.match, names)):
        return "opinion"
    if any(re.fullmatch(_REVIEW, folder, re.I) for folder in folders) or any(map(_REVIEW_SECTION.match, names)):
        return "review"
    return None


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>(?:.*\n){0,60}?)---[ \t]*\n")
_FIELD = re.compile(r"^(?P<name>[A-Za-z_]+)\s*:\s*(?P<value>.+?)\s*$", re.M)
_FIELDS = {"title": "title", "author": "author", "authors": "author", "by": "author", "date": "published",
           "published": "published", "source": "outlet", "publisher": "outlet", "outlet": "outlet",
           "site": "outlet", "url": "url", "link": "url"}


def front_matter(text: str) -> tuple[dict[str, str], str, Removal | None]:
    """A YAML-style front matter block ("---" lines around "title: ..."):
    its fields, the text with the block blanked (line numbers kept), and
    the removal to report; or ({}, text, None) when there is none."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, None
    fields: dict[str, str] = {}
    for field in _FIELD.finditer(match.group("body")):
        name = _FIELDS.get(field.group("name").lower())
        value = field.group("value").strip("\"'[] ")
        if name and value and name not in fields:
            fields[name] = (parse_date(value) or value[:10]) if name == "published" else value
    if fields.get("published") and not re.match(r"^\d{4}-\d{2}-\d{2}$", fields["published"]):
        del fields["published"]
    blank = "\n" * match.group(0).count("\n")
    removal = Removal(action="removed", rule="front-matter", text=match.group(0).strip(), line=1)
    return fields, blank + text[match.end():], removal


_FILE_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12][0-9]|3[01])(?![0-9])")


def file_name_date(meta: Meta, name: str) -> Meta:
    """`meta` with the date a file's name gives ("nyt_2016-09-03_trump.txt")
    when the text states none: a publication date with a note that it may
    be the day the file was saved, so it anchors the article's relative
    dates only loosely ("last week": about then, never exactly)."""
    day = name_date(name)
    if meta.published or meta.date_line or day is None:
        return meta
    return replace(meta, published=day, date_line=f"file name {name}", date_note=(
        "Date taken from the file's name; it may be the day the file was saved rather than published."))


def name_date(name: str) -> str | None:
    """The ISO date a file's name holds ("nyt_2016-09-03_x.txt",
    "20160903-x.txt"), or None: none, none that exists ("2019-02-30"),
    or one still to come."""
    found = _FILE_DATE.search(name)
    if not found:
        return None
    try:
        day = date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
    return day.isoformat() if day <= date.today() else None


_FILE_SITE = re.compile(r"^(?P<site>[a-z][a-z-]*[a-z])[-_.]+$", re.I)


_NAME_RUN = re.compile(r"\b[A-Z][\w&'’]*(?: [A-Z][\w&'’]*){0,3}")
"""A run of capitalized words: a name as a text writes it ("Valley Evening Post")."""
_OUTLET_NOUNS = frozenset("news times post journal daily online media network magazine herald tribune radio tv"
                          .split())
"""Words an outlet's name ends on after its own word ("Kettle News")."""


def site_outlet(name: str, paragraphs: list[str]) -> str | None:
    """The outlet a file's name gives as its site (`name_site`: "vp-news"
    of "vp-news_2031-05-02_x.txt") when the text writes that outlet's name
    (`_spells_site`: "Valley Post", "VP News"), as the text writes it;
    None when it writes no such name.  The site alone is a slug, not a
    name a reader knows."""
    site = name_site(name)
    if not site:
        return None
    for paragraph in paragraphs:
        for found in _NAME_RUN.finditer(paragraph):
            words = _up_to_possessive(found.group(0).split())
            # The run may open on the sentence's first word ("A Valley Post survey").
            for start in range(len(words)):
                if words[start] != "The" and _spells_site(site.split("-"), words[start:]):
                    return " ".join(words[start:])
    return None


_POSSESSIVE = re.compile(r"['’]s?$")


def _up_to_possessive(words: list[str]) -> list[str]:
    """The words of a run of capitalized words up to the first that ends
    on a possessive, without it: "Valley Post’s Weekend Desk" names the
    outlet "Valley Post", and the outlet's name never holds its "’s"."""
    for index, word in enumerate(words):
        if _POSSESSIVE.search(word) and len(word) > 2:
            return [*words[:index], _POSSESSIVE.sub("", word)]
    return words


def _spells_site(parts: list[str], words: list[str]) -> bool:
    """Whether a name's `words` spell a site's `parts`: each part opens a
    word in turn ("wash", "post" of "Washington Post"), one part is the
    words' initials ("vep" of "Valley Evening Post"), the parts run
    together in the one word ("KettlePost"), or the one part is
    the first word and an outlet's noun follows ("kettle" of "Kettle
    News")."""
    lower = [word.lower() for word in words]
    if len(parts) == len(words) and all(len(part) >= 2 and word.startswith(part) for part, word in zip(parts, lower)):
        return True
    if len(words) == 1 and len(parts) > 1 and "".join(parts) == lower[0]:
        return True     # the parts run together in one word ("KettlePost" of "kettle-post")
    if len(parts) != 1 or len(parts[0]) < 2:
        return False
    if len(words) >= 2 and "".join(word[0] for word in lower) == parts[0]:
        return True
    return len(words) == 2 and lower[0] == parts[0] and lower[1] in _OUTLET_NOUNS


def name_site(name: str) -> str | None:
    """The site a file's name gives before its date, lower-cased ("nyt" of
    "nyt_2016-09-03_x.txt", "west-journal" of "west-journal_2016-..."), or
    None when no word of letters stands alone before a date.  Files a
    corpus names "<site>_<date>_<slug>" share it when one site published
    both."""
    base = PurePath(name).name
    found = _FILE_DATE.search(base)
    site = _FILE_SITE.match(base[:found.start()]) if found else None
    return site.group("site").lower() if site else None


def check_date(meta: Meta, body: str) -> Meta:
    """`meta` with `date_note` set (and a conflicting page-header date
    withdrawn) by comparing the date with the years the article mentions."""
    if not meta.published or not meta.date_line:
        return meta
    year = int(meta.published[:4])
    years = [int(y) for y in _YEAR.findall(f"{meta.title or ''} {body}") if int(y) <= year]
    latest = max(years, default=None)
    if not meta.date_above_title:     # a dateline or the page's own metadata: trusted
        return meta
    if latest is not None and latest < year - 1:
        return replace(meta, published=None, date_note=(
            f"The page shows the date \"{meta.date_line}\" above the article, but the article refers to "
            f"nothing later than {latest}; that date is probably when the page was viewed, so the "
            f"publication date is unknown."))
    if meta.date_above_title:
        return replace(meta, date_note=(f"Date taken from the page header (\"{meta.date_line}\"); it may be "
                                        f"the day the page was viewed rather than published."))
    return meta

"""An HTML page in, its main text (one paragraph a line) and metadata out.

trafilatura finds the main text; it is only ever given the page's string,
so it never fetches anything.  `recover` then mends that text from the
page: paragraphs it dropped are put back, link cards it glued into a
sentence are cut out.  Before parsing, declarations that could
make an XML parser expand entities (a DOCTYPE's internal subset, ENTITY
definitions: the "billion laughs") and characters XML forbids are removed,
so a hostile page costs no more than its size.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import islice

from .doctype import replace_doctypes
from .nesting import cap_nesting
from .text import collapse_spaces, key, normalize, word_count

MIN_RECOVERED_WORDS = 8
CONTAINER_CLIMB = 3  # ancestors, the parent first, looked at for a container's class

_DECLARATION = re.compile(r"<!(ENTITY|ELEMENT|ATTLIST)[^>]*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def defuse(page: str) -> str:
    """`page` without entity declarations, DOCTYPE subsets or bad characters."""
    page = normalize(page)
    page = _XML_DECL.sub("", page)
    page = replace_doctypes(page, "<!DOCTYPE html>", subset_only=True)  # linear, not a lazy regex
    return cap_nesting(_DECLARATION.sub("", page))


def main_text(page: str) -> tuple[str, dict[str, str | None]]:
    """(main text, {"title", "author", "outlet", "published", "url", "sections"}) of
    `page`; "sections" are the article's sections parted by "|"."""
    page = defuse(page)
    data = _extract(page, tables=True)
    if data is not None and _laid_out_in_a_table(data.get("text") or ""):
        data = _extract(page, tables=False) or data  # the article is a layout table's cell, not a table's data
    if data is None:
        return _all_text(page), {}
    url = _canonical(page) or data.get("url")
    outlet = _outlet(_site_name(page) or _handle_named(data.get("sitename"), page), url, _site_name(page)) \
        or _title_prefix(page, data.get("title"))
    author = _shown_authors(data.get("author"), _byline_text(page))
    meta = {"title": _without_site(data.get("title"), outlet), "author": author, "outlet": outlet,
            "published": data.get("date"), "url": url, "sections": "|".join(_sections(page))}
    return recover(page, data.get("text") or ""), {name: (value or None) for name, value in meta.items()}


def _extract(page: str, *, tables: bool) -> dict | None:
    """trafilatura's main text and metadata of `page` (None: it found no
    article), tables read as rows ("| a | b |") when `tables`."""
    import trafilatura

    result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                         include_tables=tables, include_images=False, include_links=False,
                                         deduplicate=False)
    if result is None:
        return None
    return result if isinstance(result, dict) else result.as_dict()


LAYOUT_CELL_WORDS = 150  # a data table's cell holds a value or a note, never this many words


def _laid_out_in_a_table(text: str) -> bool:
    """Whether the extractor's `text` holds a table row with a cell of
    running prose (`LAYOUT_CELL_WORDS` or more): a page laid out with a
    table, whose article cell it flattened into one row, title, byline and
    every paragraph glued together ("| | Title by A. Writer Monday ... |")."""
    return any(word_count(cell) >= LAYOUT_CELL_WORDS
               for line in text.split("\n") if line.lstrip().startswith("|") for cell in line.split("|"))


_CANONICAL = re.compile(r"<link\b[^>]*\brel=[\"']canonical[\"'][^>]*>", re.I)
_HREF = re.compile(r"\bhref=[\"'](?P<url>https?://[^\"'\s<>]+)[\"']", re.I)
_HOST = re.compile(r"^https?://(?:www\.)?(?P<host>[^/:?#]+)", re.I)
SHORT_SITE = 3  # a site name this short is its domain's first label ("nj" of nj.com)


def _canonical(page: str) -> str | None:
    """The page's own address (its `rel=canonical` link), which a share
    link's host ("social.example.com" in og:url) is not."""
    link = _CANONICAL.search(page[:500_000])
    href = _HREF.search(link.group(0)) if link else None
    return href.group("url") if href else None


_SITE_NAME = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:site_name[\"'][^>]*\bcontent=[\"'](?P<name>[^\"'<>]{1,80})[\"']",
                        re.I)


def _site_name(page: str) -> str | None:
    """The site's name as the page writes it (og:site_name), case kept."""
    found = _SITE_NAME.search(page[:500_000])
    return found.group("name").strip() if found else None


_SECTION = re.compile(r"<meta\b[^>]*\bproperty=[\"']article:section[\"'][^>]*\bcontent=[\"'](?P<name>[^\"'<>]{1,60})[\"']",
                     re.I)


_LD_SECTION = re.compile(r"\"articleSection\"\s*:\s*\"(?P<name>[^\"<>]{1,60})\"")
_CATEGORY = re.compile(r"<a\b[^>]*\brel=[\"'][^\"']*\bcategory\b[^\"']*[\"'][^>]*>(?P<name>[^<>]{1,60})</a>", re.I)


def _sections(page: str) -> list[str]:
    """The sections the page files its article under: its article:section
    tags, its structured data's articleSection, its category links
    (rel="category tag"); each once, in that order."""
    head = page[:500_000]
    found = [m.group("name").strip() for pattern in (_SECTION, _LD_SECTION, _CATEGORY) for m in pattern.finditer(head)]
    return list(dict.fromkeys(name for name in found if name and "|" not in name))


_TITLE_TAG = re.compile(r"<title\b[^>]*>(?P<title>[^<]{1,300})</title>", re.I)
_HANDLE = re.compile(r"^@?[A-Z][a-z’']+(?:[A-Z][a-z’']*)+$")


def _handle_named(site: str | None, page: str) -> str | None:
    """`site` (the extractor's site name, which a page without og:site_name
    may give only as an account handle, "ValleyTimesOnline") or, for such a
    handle, the name the page's <title> ends with when the handle starts
    with it ("... - Valley Times")."""
    title = _TITLE_TAG.search(page[:500_000])
    suffix = _SITE_SUFFIX.search(collapse_spaces(title.group("title")).strip()) if title else None
    if site and _HANDLE.match(site) and suffix and key(site).startswith(key(suffix.group("site"))):
        return suffix.group("site").strip()
    return site


def _outlet(site: str | None, url: str | None, written: str | None = None) -> str | None:
    """The site's name, or, for a name of a few letters that the page
    writes in lower case and that is its domain's first label ("nj", which
    the extractor writes "Nj"), the domain with that label in capitals
    ("NJ.com"); "Vox" as written stays."""
    host = _HOST.match(url or "")
    if not site or len(site) > SHORT_SITE or host is None or not (written or "").islower():
        return site
    label, _, rest = host.group("host").partition(".")
    return f"{label.upper()}.{rest}" if label.lower() == site.lower() and rest else site


_BYLINE_TAG = re.compile(r"<[a-z][a-z0-9]*\b[^>]*\bclass=[\"'][^\"']*\bbyline\b[^\"']*[\"'][^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,2000}>")
BYLINE_CHARS = 400  # how far after a byline element's tag its names are read


def _byline_text(page: str) -> str:
    """The visible words of the page's byline elements (class "byline")."""
    found = [_ANY_TAG.sub(" ", page[m.end():m.end() + BYLINE_CHARS]) for m in _BYLINE_TAG.finditer(page[:1_000_000])]
    return collapse_spaces(" ".join(found[:3]))


def _shown_authors(author: str | None, byline: str) -> str | None:
    """The page's metadata authors ("Jane Roe; Web Producer") that its
    visible byline names, when it names any: a name only in the metadata is
    a producer's, not the writer's; all of them when the byline names none."""
    parts = [part.strip() for part in (author or "").split(";") if part.strip()]
    shown = [part for part in parts if key(part) and key(part) in key(byline)]
    return "; ".join(shown) if shown else author


_SITE_PREFIX = re.compile(r"^(?P<site>[A-Z][^:|]{1,58}?)\s*[:|]\s+(?P<rest>.+)$")


def _title_prefix(page: str, title: str | None) -> str | None:
    """The site's name a page's <title> puts before its headline ("Valley
    Times: Council votes on plan"), when the rest is the headline `title`
    the extractor found; None otherwise."""
    tag = _TITLE_TAG.search(page[:500_000])
    found = _SITE_PREFIX.match(collapse_spaces(tag.group("title")).strip()) if tag and title else None
    return found.group("site").strip() if found and key(found.group("rest")) == key(title) else None


_SITE_SUFFIX = re.compile(r"\s+[-–—|:]\s+(?P<site>[^-–—|:]{2,60})$")


def _without_site(title: str | None, outlet: str | None) -> str | None:
    """`title` without the site's name the page adds after a dash or a bar
    ("Council votes on plan – Valley Times")."""
    suffix = _SITE_SUFFIX.search(title or "")
    if suffix and outlet and key(suffix.group("site")) == key(outlet) and suffix.start() > 0:
        return title[:suffix.start()]
    return title


def recover(page: str, text: str) -> str:
    """`text` (the extractor's main text of `page`) mended from the page:
    what it dropped put back (`restore`), link cards glued into its
    sentences cut out (`uncard`), lines that are all one link's words
    dropped (`unlink`)."""
    tree = _parse(page)
    if tree is None or not text.strip():
        return text
    return unlink(tree, uncard(tree, restore(tree, text)))


def looks_like_html(text: str) -> bool:
    """Whether a file saved as text is really a web page."""
    head = text[:1000].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<body" in text[:200_000].lower()


def _all_text(page: str) -> str:
    """Every paragraph of text on a page the extractor found no article in
    (a fragment, or plain text saved as .html): better shown than lost."""
    tree = _parse(page)
    if tree is None:
        return ""
    for junk in tree.xpath("//script|//style|//noscript|//template"):
        junk.drop_tree()
    blocks = tree.xpath("//p|//li|//h1|//h2|//h3|//blockquote|//pre|//td")
    lines = [_text(block) for block in blocks] or [tree.text_content()]
    return "\n".join(line for line in lines if line.strip())


def restore(tree, text: str) -> str:
    """`text` with what the extractor dropped from the page's `tree` put
    back in place: paragraphs of the same article container that an ad
    break split off, embedded posts (tweets) quoted between paragraphs,
    runs of a container parted by line breaks (`_missing_runs`) and boxes
    set between paragraphs (`_boxes`)."""
    lines = text.split("\n")
    index = {key(line): number for number, line in enumerate(lines) if key(line)}
    elements = [el for el in tree.iter("p", "li", "blockquote") if not _inside_post(el)]
    matched = {el: place for el in elements if (place := _place(el, index)) is not None}
    inserts = _missing(elements, matched, index) if len(matched) >= 2 else {}
    inserts.pop(-1, None)  # paragraphs before the article's first: on the devset's pages, a teaser or a deck
    for number, extra in [*_missing_runs(tree, index).items(), *_boxes(tree, index).items()]:
        inserts.setdefault(number, []).extend(extra)
    if not inserts:
        return text
    return "\n".join([*inserts.get(-1, ()), *(line + "".join("\n" + extra for extra in inserts.get(n, ()))
                                             for n, line in enumerate(lines))])


def _place(element, index: dict) -> int | None:
    """The output line where `element`'s text is, or None when it is not in
    the output.  A paragraph parted by line breaks the extractor writes as
    one line per run: it is there, at its last run's line, when every run
    is (else it would be put back a second time)."""
    whole = key(_text(element))
    if whole in index:
        return index[whole]
    if not whole or element.tag not in ("p", "li") or element.find(".//br") is None:
        return None  # a post's lines are `_missing`'s to write
    places = [index.get(key(run)) for run in _runs(element) if key(run)]
    return max(places) if places and None not in places else None


def _missing(elements: list, matched: dict, index: dict) -> dict[int, list[str]]:
    """Output line number -> the dropped paragraphs that follow it."""
    containers = Counter(_signature(el) for el in matched)
    article = {sig for sig, count in containers.items() if count >= 2 and sig[1]}
    positions = [n for n, el in enumerate(elements) if el in matched]
    inserts: dict[int, list[str]] = defaultdict(list)
    last = -1
    for number, element in enumerate(elements):
        if element in matched:
            last = matched[element]
        elif element.tag in ("p", "li") and _signature(element) in article:
            found = _text(element)
            if word_count(found) >= MIN_RECOVERED_WORDS and key(found) not in index:
                inserts[last].append(found)
        elif _is_post(element) and positions[0] < number < positions[-1]:
            inserts[last].extend(line for line in _post_lines(element) if key(line) not in index)
    return inserts


def _boxes(tree, index: dict) -> dict[int, list[str]]:
    """Output line number -> the boxes that follow it: a one-cell table set
    between two of the article's paragraphs (a pull quote beside the text),
    which the extractor drops when it reads a page laid out with tables
    without its tables.  They go after the article's last paragraph, not
    where the page sets them: a pull quote's "X said" between a quote and
    its "he continued" would take the next quote from its speaker."""
    inserts: dict[int, list[str]] = defaultdict(list)
    for table in tree.iter("table"):
        cells = table.findall(".//td")
        before, after = table.getprevious(), table.getnext()
        if len(cells) != 1 or before is None or after is None or before.tag != "p" or after.tag != "p":
            continue
        found = _text(cells[0])
        places = [index.get(key(_text(p))) for p in table.getparent().iter("p")]
        places = [place for place in places if place is not None]
        if key(_text(before)) in index and key(_text(after)) in index and word_count(found) >= MIN_RECOVERED_WORDS \
                and key(found) not in index:
            inserts[max(places)].append(found)
    return inserts


def _missing_runs(tree, index: dict) -> dict[int, list[str]]:
    """Output line number (-1: before the first) -> the dropped runs of text
    that follow it, in a container that parts its paragraphs with line
    breaks rather than <p> (`_runs`), where two or more of its runs are in
    the main text: the extractor can drop the run before the first break
    (an article's opening paragraph)."""
    inserts: dict[int, list[str]] = defaultdict(list)
    for container in tree.iter("div", "td", "section", "article"):
        if sum(child.tag == "br" for child in container) < 2:
            continue
        runs = _runs(container)
        places = [index.get(key(run)) for run in runs]
        if sum(place is not None for place in places) < 2:
            continue
        first = next(place for place in places if place is not None)
        last = first - 1  # runs before the first one kept open the container, not the page
        for run, place in zip(runs, places):
            if place is not None:
                last = place
            elif word_count(run) >= MIN_RECOVERED_WORDS:
                inserts[last].append(run)
    return inserts


def unlink(tree, text: str) -> str:
    """`text` without the lines that are all the words of one link of the
    page's `tree` (`_linked`): a teaser card of another page ("<a><p>Its
    summary</p></a>"), an advertisement whose whole text is the link to
    its offer.  Running text is never all link."""
    linked = _linked(tree)
    return "\n".join(line for line in text.split("\n") if key(line) not in linked)


def _linked(tree) -> set[str]:
    """The keys of the texts that only a whole link of `tree` holds: no
    paragraph, heading or list item outside a link reads the same."""
    links = {key(_text(a)) for a in tree.iter("a") if word_count(_text(a)) >= LINKED_WORDS}
    plain = {key(_text(el)) for el in tree.iter("p", "li", "h1", "h2", "h3", "h4", "blockquote", "td")
             if not any(True for _ in el.iterancestors("a"))}
    return {found for found in links - plain if found}


_INLINE = frozenset("a em strong b i u span small sup sub abbr cite q mark time".split())


def _runs(container) -> list[str]:
    """The runs of text `container` holds directly, parted by its line
    breaks and its block children: text, inline children (links, emphasis)
    and tails join one run; a block child (an image's caption, a
    sub-division) is no part of any run."""
    runs, current = [], [container.text or ""]
    for child in container:
        if not isinstance(child.tag, str):
            current.append(child.tail or "")
        elif child.tag in _INLINE:
            current += [child.text_content(), child.tail or ""]
        else:
            runs.append("".join(current))
            current = [child.tail or ""]
    runs.append("".join(current))
    return [line for line in (collapse_spaces(run) for run in runs) if line]


def uncard(tree, text: str) -> str:
    """`text` without the link cards of the page's `tree` (`_cards`), cut
    wherever the extractor glued one into a line."""
    for card in _cards(tree):
        pattern = r"\s*".join(re.escape(chunk) for chunk in card.split())
        text = re.sub(rf"(?<=\S)\s*{pattern}[ \t]*", " ", text)
    return text


CARD_LINKS = 3  # links a card holds at least
LINKED_WORDS = 4  # a shorter link alone on a line is an address or a label the later steps judge


def _cards(tree) -> list[str]:
    """The texts of the link cards inside the page's paragraphs: an inline
    element within a <p> that holds only links (three or more, maybe a
    picture) and that the paragraph's own text surrounds, such as the
    pop-up a site attaches to a person's name ("Jane RoeJane Q. RoeMayor
    wins vote ... MORE").  The innermost such element; running text never
    is one."""
    found = []
    for paragraph in tree.iter("p"):
        whole = _text(paragraph)
        for element in paragraph.iter("span"):
            links = element.findall(".//a")
            if len(links) < CARD_LINKS or any(len(inner.findall(".//a")) >= CARD_LINKS for inner in element.iter("span")
                                                if inner is not element):
                continue
            card = _text(element)
            linked = sum(len(collapse_spaces(a.text_content())) for a in links)
            if card and linked >= 0.9 * len(card.replace(" ", "")) and len(card) < 0.9 * len(whole):
                found.append(card)
    return found


def _parse(page: str):
    import lxml.html

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        return lxml.html.document_fromstring(page, parser=parser)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None


def _text(element) -> str:
    return collapse_spaces(element.text_content())


def _broken_text(element) -> str:
    """`element`'s text with a space where each line break was: a post's
    lines ("we're.<br>on. it.") do not run together as `_text` runs them."""
    from copy import deepcopy

    element = deepcopy(element)
    for br in element.iter("br"):
        br.tail = " " + (br.tail or "")
    return _text(element)


def _signature(element) -> tuple[str, str]:
    """The container `element` sits in: its parent's tag and the class of
    its nearest classed ancestor, the parent or above.  A site that sets
    each paragraph as a list item in a class-less list ("<div class=body>
    <ul><li>...</li></ul><ul><li>...") keeps them in one container, the
    classed one; "" when none of the `CONTAINER_CLIMB` nearest has one
    (the page's <body> is no container: every paragraph is in it)."""
    parent = element.getparent()
    if parent is None:
        return "", ""
    near = [parent, *islice(parent.iterancestors(), CONTAINER_CLIMB - 1)]
    classed = next((el.get("class") for el in near if el.tag not in ("body", "html") and el.get("class")), "")
    return parent.tag, classed


def _is_post(element) -> bool:
    return element.tag == "blockquote" and "tweet" in (element.get("class") or "")


def _inside_post(element) -> bool:
    return any(_is_post(ancestor) for ancestor in element.iterancestors("blockquote"))


def _post_lines(element) -> list[str]:
    """An embedded post as its paragraphs, then its signature line."""
    signature = _text(element)
    for paragraph in element.iter("p"):
        signature = signature.replace(_text(paragraph), "", 1)
    return [line for line in (*(_broken_text(p) for p in element.iter("p")), signature.strip()) if line]

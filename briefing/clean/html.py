"""An HTML page in, its main text (one paragraph a line) and metadata out.

trafilatura finds the main text; it is only ever given the page's string,
so it never fetches anything.  Before parsing, declarations that could
make an XML parser expand entities (a DOCTYPE's internal subset, ENTITY
definitions: the "billion laughs") and characters XML forbids are removed,
so a hostile page costs no more than its size.
"""

from __future__ import annotations

import re

from .text import normalize

_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.I | re.S)
_DECLARATION = re.compile(r"<!(ENTITY|ELEMENT|ATTLIST)[^>]*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def defuse(page: str) -> str:
    """`page` without entity declarations, DOCTYPE subsets or bad characters."""
    page = normalize(page)
    page = _XML_DECL.sub("", page)
    page = _INTERNAL_SUBSET.sub("<!DOCTYPE html>", page)
    return _DECLARATION.sub("", page)


def main_text(page: str) -> tuple[str, dict[str, str | None]]:
    """(main text, {"title", "author", "outlet", "published", "url"}) of `page`."""
    import trafilatura

    result = trafilatura.bare_extraction(defuse(page), with_metadata=True, include_comments=False,
                                         include_tables=True, include_images=False, include_links=False,
                                         deduplicate=False)
    if result is None:
        return "", {}
    data = result if isinstance(result, dict) else result.as_dict()
    meta = {"title": data.get("title"), "author": data.get("author"), "outlet": data.get("sitename"),
            "published": data.get("date"), "url": data.get("url")}
    return data.get("text") or "", {key: (value or None) for key, value in meta.items()}

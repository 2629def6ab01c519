"""An HTML page in, the same page with its nesting capped out.

libxml2 (under lxml and trafilatura) stops parsing at 256 levels of
nested elements, so a page nested 10,000 deep lost all its text.  Beyond
`MAX_DEPTH` levels, opening and closing tags are dropped here (their text
stays, in the deepest kept element; a dropped block element leaves a
line break, so paragraphs stay apart).  One pass over the tags, in
linear time; a page that never nests that deep is returned unchanged.
"""

from __future__ import annotations

import re

MAX_DEPTH = 120
"""Deepest nesting kept; real pages rarely pass 40."""

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr "
                  "basefont frame keygen isindex".split())


_BLOCK = frozenset("p div li h1 h2 h3 h4 h5 h6 blockquote pre tr section article header footer "
                   "ul ol table dd dt figure figcaption".split())


def cap_nesting(page: str, max_depth: int = MAX_DEPTH) -> str:
    """`page` with the tags nested more than `max_depth` deep removed.
    Depth counts open minus closed non-void elements, as written."""
    if page.count("<") <= max_depth:
        return page
    depth, deepest = 0, 0
    for tag in _TAG.finditer(page):
        depth = _step(depth, tag)
        deepest = max(deepest, depth)
    if deepest <= max_depth:
        return page
    parts, kept_to, depth = [], 0, 0
    for tag in _TAG.finditer(page):
        before = depth
        depth = _step(depth, tag)
        if max(before, depth) > max_depth:
            parts += [page[kept_to:tag.start()], "<br>" if tag.group(2).lower() in _BLOCK else ""]
            kept_to = tag.end()
    parts.append(page[kept_to:])
    return "".join(parts)


def _step(depth: int, tag: re.Match) -> int:
    closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
    if self_closing or name in _VOID:
        return depth
    return max(depth - 1, 0) if closing else depth + 1

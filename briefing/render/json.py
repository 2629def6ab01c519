"""brief.json: the structured summary layer, as documented in the README.

Written as a stream, one article and one digest at a time: a brief over
10,000 articles never holds its whole JSON (hundreds of MB as text, several
GB as dicts) in memory.  The file reads as `json.dumps(data, indent=2,
ensure_ascii=False)` of `brief_data(brief)` would.

Each item is encoded by `orjson` (C; the standard library's indenting
encoder is pure Python and took 4 of the 6 s CPU of a 1,000-article
brief.json, orjson 0.2 s; the file came out byte for byte the same).  Two
spellings differ from the standard library's, both still valid JSON: a
float below 1e-4 is written without an exponent ("0.00001", the same
number), and NaN or infinity is written as null (the standard library
writes the tokens NaN and Infinity, which JSON does not allow).  A value
orjson refuses (an integer beyond 64 bits, a lone surrogate) is encoded by
the standard library instead.
"""

from __future__ import annotations

import json as _json
from pathlib import Path
from typing import Any, Iterable, TextIO

import orjson

from ..config import Config
from ..models import Article, Brief, Digest, to_dict
from . import renderer

_FIELDS = tuple(Brief.__dataclass_fields__)
"""The document's keys, in order: every field of `Brief`."""

def brief_data(brief: Brief) -> dict:
    """The JSON document for `brief` as plain dicts and lists, all at once
    (`write_json` streams the same document)."""
    return {name: [_article(a) for a in brief.articles] if name == "articles"
            else [_digest(d) for d in brief.digests] if name == "digests"
            else to_dict(getattr(brief, name)) for name in _FIELDS}


def _article(article: Article) -> dict:
    entry = to_dict(article)
    entry["word_count"] = article.word_count
    entry.pop("removals", None)
    return entry


def _digest(digest: Digest) -> dict:
    """A digest with its article as an id (the article is under "articles")."""
    return {name: digest.article.id if name == "article" else to_dict(getattr(digest, name))
            for name in Digest.__dataclass_fields__}


@renderer("json")
def write_json(brief: Brief, config: Config, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        write_stream(brief, out)


def write_stream(brief: Brief, out: TextIO) -> None:
    """`brief` as JSON (indent 2) into `out`, one list item at a time."""
    out.write("{")
    for number, name in enumerate(_FIELDS):
        out.write(("," if number else "") + f"\n  {_json.dumps(name)}: ")
        if name == "articles":
            _write_list(out, (_article(a) for a in brief.articles), bool(brief.articles))
        elif name == "digests":
            _write_list(out, (_digest(d) for d in brief.digests), bool(brief.digests))
        else:
            out.write(_dumps(to_dict(getattr(brief, name)), 2))
    out.write("\n}")


def _write_list(out: TextIO, items: Iterable[Any], any_items: bool) -> None:
    if not any_items:
        out.write("[]")
        return
    out.write("[")
    for number, item in enumerate(items):
        out.write(("," if number else "") + "\n    " + _dumps(item, 4))
    out.write("\n  ]")


def _dumps(value: Any, indent: int) -> str:
    """`value` as indent-2 JSON, its inner lines shifted right by `indent`."""
    return _encoded(value).replace("\n", "\n" + " " * indent)


def _encoded(value: Any) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=2)` writes it."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        pass  # a lone surrogate, a huge integer, a type orjson does not know
    return _json.dumps(value, ensure_ascii=False, indent=2)

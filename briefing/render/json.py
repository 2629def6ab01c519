"""brief.json: the structured summary layer, as documented in the README."""

from __future__ import annotations

import json as _json
from pathlib import Path

from ..config import Config
from ..models import Article, Brief, to_dict
from . import renderer


def brief_data(brief: Brief) -> dict:
    """The JSON document for `brief` (plain dicts and lists)."""
    data = to_dict(brief)
    data["articles"] = [_article(a) for a in brief.articles]
    data["digests"] = [{**to_dict(d), "article": d.article.id} for d in brief.digests]
    data.pop("options", None)
    return data


def _article(article: Article) -> dict:
    entry = to_dict(article)
    entry["word_count"] = article.word_count
    entry.pop("removals", None)
    return entry


@renderer("json")
def write_json(brief: Brief, config: Config, path: Path) -> None:
    path.write_text(_json.dumps(brief_data(brief), ensure_ascii=False, indent=2), encoding="utf-8")

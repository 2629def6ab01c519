"""The structured summary layer as tidy tables: a `Brief` in, one pandas
DataFrame per list it holds out (articles, people, roles, figures, quotes,
viewpoints, ...), for notebooks, brief.xlsx and the brief-csv/ folder.

The tables are derived from the model's type hints, not listed by hand, so
a list added to `Brief` (or to `Digest`) gets its table without code here:

- every tuple of dataclasses on the `Brief` is a table, one row per item;
  a tuple of dataclasses inside an item (a person's roles, a theme's
  sentences, a divergence's positions) is a child table whose rows name
  their parent by id and first text field (`person_id`, `person_name`);
- a `Source` (or a tuple of them) becomes the columns `article`,
  `published` (that article's date), `paragraph`, `start`, `end` of the
  first source, and `source_count`; the `citations` table lists every
  source of every row, so each row joins back to the article text:
  `articles.text[start:end]`;
- a tuple of strings is one cell, joined with "; ";
- the lists of each article's digest that the brief has no list of its own
  for (sentences, key points, key phrases, stance readings, events) are
  tables over all articles, each row with its article;
- a single dataclass on the `Brief` (what's new) is a long table, one row
  per listed item; plain values (title, edition, ...) are in `about`.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any, Iterable

from ..models import Article, Brief, Digest, Source

JOIN = "; "
SOURCE_COLUMNS = ("article", "published", "paragraph", "start", "end")
INT_COLUMNS = ("paragraph", "start", "end", "source_count")
SKIP = {"digests", "removals"}
INTERNAL = frozenset({"made"})
"""Fields kept for the code, not the reader, never a column:
`StanceReading.made` (positions in its digest's sentiments)."""
"""Fields that are no part of the layer's tables: the digests (their
lists are tables of their own), the cleaner's report."""

SINGULAR = {"people": "person"}


def to_frames(brief: Brief) -> dict[str, Any]:
    """One pandas DataFrame per table of `brief`, by table name, in the
    order of the layer (`about` first, `citations` last)."""
    import pandas as pd

    tables = Tables(brief)
    tables.collect()
    frames = {"about": pd.DataFrame(about_rows(brief), columns=["field", "value"])}
    for name, (columns, rows) in tables.tables.items():
        frame = pd.DataFrame.from_records(rows, columns=columns)
        for column in set(INT_COLUMNS + tuple(c for c in columns if c.endswith("_id"))) & set(columns):
            frame[column] = frame[column].astype("Int64")
        frames[name] = frame
    return frames


def about_rows(brief: Brief) -> list[tuple[str, str]]:
    """What the brief is, as (field, value) rows: its plain values, its
    sources, and how to cite it."""
    rows = [(name, _cell(getattr(brief, name))) for name, hint in _hints(type(brief)).items()
            if name not in SKIP and _kind(hint) == "value"]
    rows.append(("sources", f"{len(brief.articles)} articles (see the articles table)"))
    rows.append(("how_to_cite", how_to_cite(brief)))
    rows.append(("offsets", "article, paragraph, start and end point into the article's cleaned text "
                            "(articles.text): text[start:end] is the passage a row comes from"))
    return rows


def how_to_cite(brief: Brief) -> str:
    """A citation of the brief's edition, and of one row of its tables."""
    edition = f", edition {brief.edition}" if brief.edition else ""
    return (f"\u201c{brief.title}\u201d, policy brief{edition}, generated {brief.generated_at[:10]}. "
            "Cite a row by table and id, and its passage by article id and offsets.")


class Tables:
    """Collects the rows of every table of one brief, columns first, so a
    table with no rows still has its columns."""

    def __init__(self, brief: Brief):
        self.brief = brief
        self.published = {a.id: a.published for a in brief.articles}
        self.tables: dict[str, tuple[list[str], list[dict]]] = {}
        self.citations: list[dict] = []

    def collect(self) -> None:
        for name, hint in _hints(type(self.brief)).items():
            kind = _kind(hint)
            if name in SKIP or kind == "value":
                continue
            if name == "articles":
                self.add("articles", Article, self.brief.articles)
            elif kind == "items":
                self.add(name, _item_type(hint), getattr(self.brief, name))
            elif kind == "strings":
                self._strings(name, getattr(self.brief, name), article=None)
            elif kind == "object":
                self._object(name, _object_type(hint), getattr(self.brief, name))
        self._digests()
        self.tables["citations"] = (["table", "id", *SOURCE_COLUMNS], self.citations)

    def add(self, name: str, cls: type, items: Iterable[Any], *, parent: dict | None = None,
            article: str | None = None) -> None:
        """Rows for `items` (instances of `cls`) into table `name`, and their
        nested lists into child tables."""
        columns, rows = self._table(name, cls, parent)
        for item in items:
            row = self._row(name, cls, item, len(rows) + 1, parent, article)
            rows.append(row)
            for field, child_cls in _children(cls):
                self.add(_child_name(name, field), child_cls, getattr(item, field),
                         parent=_parent_key(name, cls, item, row), article=article)

    def _table(self, name: str, cls: type, parent: dict | None) -> tuple[list[str], list[dict]]:
        if name not in self.tables:
            self.tables[name] = (_columns(name, cls, parent), [])
            for field, child_cls in _children(cls):
                self._table(_child_name(name, field), child_cls, _parent_key(name, cls, None, {}))
        return self.tables[name]

    def _row(self, table: str, cls: type, item: Any, number: int, parent: dict | None,
             article: str | None) -> dict:
        row = {"id": number, **(parent or {})}
        if cls is Article:
            row = {"article": item.id, "word_count": item.word_count}
        sources: tuple[Source, ...] = ()
        for name, hint in _hints(cls).items():
            kind, value = _kind(hint), getattr(item, name)
            if kind in ("value", "strings") and not (cls is Article and name == "id"):
                row[name] = _cell(value)
            elif kind == "source":
                sources = (value,) if value is not None else ()
            elif kind == "sources":
                sources = value
        if _has_sources(cls):
            sources = sources or _first_child_sources(cls, item)
            self._cite(table, number, row, sources, article or row.get("article"))
        return row

    def _cite(self, table: str, number: int, row: dict, sources: tuple[Source, ...],
              article: str | None) -> None:
        first = sources[0] if sources else None
        row["article"] = first.article if first else article
        row["published"] = self.published.get(row["article"])
        row.update(paragraph=first.paragraph if first else None, start=first.start if first else None,
                   end=first.end if first else None)
        if "source_count" in self.tables[table][0]:
            row["source_count"] = len(sources)
        self.citations.extend({"table": table, "id": number, "article": s.article,
                               "published": self.published.get(s.article), "paragraph": s.paragraph,
                               "start": s.start, "end": s.end} for s in sources)

    def _strings(self, name: str, values: tuple[str, ...], *, article: str | None) -> None:
        columns, rows = self.tables.setdefault(name, (["id", "article", _singular(name)], []))
        rows.extend({"id": len(rows) + 1, "article": article, _singular(name): v} for v in values)

    def _object(self, name: str, cls: type, value: Any) -> None:
        """A single dataclass as a long table: one row per item of each of
        its lists of strings, its plain values repeated on every row."""
        plain = [n for n, h in _hints(cls).items() if _kind(h) == "value"]
        lists = [n for n, h in _hints(cls).items() if _kind(h) == "strings"]
        columns, rows = self.tables.setdefault(name, (["id", *plain, "change", "item"], []))
        for field, child_cls in _children(cls):
            self._table(_child_name(name, field), child_cls, None)
        if value is None:
            return
        base = {n: _cell(getattr(value, n)) for n in plain}
        for field in lists:
            rows.extend({"id": len(rows) + 1, **base, "change": field, "item": item}
                        for item in getattr(value, field))
        for field, child_cls in _children(cls):
            self.add(_child_name(name, field), child_cls, getattr(value, field))

    def _digests(self) -> None:
        """The digests' own lists (those the brief has no list of) as tables
        over every article."""
        brief_fields = set(_hints(type(self.brief)))
        for name, hint in _hints(Digest).items():
            kind = _kind(hint)
            if name in brief_fields or kind not in ("items", "strings"):
                continue
            if kind == "strings":
                self.tables.setdefault(name, (["id", "article", _singular(name)], []))
            else:
                self._table(name, _item_type(hint), None)
            for digest in self.brief.digests:
                if kind == "strings":
                    self._strings(name, getattr(digest, name), article=digest.article.id)
                else:
                    self.add(name, _item_type(hint), getattr(digest, name), article=digest.article.id)


# --------------------------------------------------------------------------
# The model's shape, read from its type hints (once per class)
# --------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.name not in INTERNAL}


def _kind(hint: Any) -> str:
    """What a field is, for the tables: "value" (one cell), "strings" (a
    tuple of str), "source", "sources", "items" (a tuple of dataclasses),
    "object" (one dataclass) or "other" (skipped: dicts)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        item = args[0] if args else Any
        if item is Source:
            return "sources"
        return "items" if dataclasses.is_dataclass(item) else "strings"
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        return _kind(options[0]) if len(options) == 1 else "value"
    if hint is Source:
        return "source"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return "object"
    if origin is dict or hint is dict:
        return "other"
    return "value"


def _item_type(hint: Any) -> type:
    return typing.get_args(hint)[0]


def _object_type(hint: Any) -> type:
    if isinstance(hint, type):
        return hint
    return next(a for a in typing.get_args(hint) if a is not type(None))


@lru_cache(maxsize=None)
def _children(cls: type) -> tuple[tuple[str, type], ...]:
    """The nested lists of `cls`, each a child table."""
    return tuple((name, _item_type(hint)) for name, hint in _hints(cls).items()
                 if name not in SKIP and _kind(hint) == "items")


def _columns(name: str, cls: type, parent: dict | None) -> list[str]:
    if cls is Article:  # its id is the `article` other tables join on; its text last
        fields = [f for f in _hints(Article) if f not in ("id", "text") and _kind(_hints(Article)[f]) == "value"]
        return ["article", *fields, "word_count", "text"]
    columns = ["id", *(parent or {})]
    cited = _has_sources(cls)
    for field, hint in _hints(cls).items():
        if _kind(hint) in ("value", "strings") and not (cls is Article and field == "id") \
                and not (cited and field == "article") and field not in columns:
            columns.append(field)
    if cited:
        columns += [*SOURCE_COLUMNS, "source_count"]
    return columns


@lru_cache(maxsize=None)
def _has_sources(cls: type) -> bool:
    """True when rows of `cls` cite a passage: it has sources, or a nested
    list whose entries have."""
    kinds = {_kind(hint) for hint in _hints(cls).values()}
    return bool(kinds & {"source", "sources"}) or any(_has_sources(c) for _, c in _children(cls))


def _first_child_sources(cls: type, item: Any) -> tuple[Source, ...]:
    """The sources of an item's first nested entry that has any (a theme's
    first sentence, a divergence's first position): where the row begins."""
    for field, child_cls in _children(cls):
        for child in getattr(item, field):
            for name, hint in _hints(child_cls).items():
                kind = _kind(hint)
                if kind == "sources" and getattr(child, name):
                    return tuple(getattr(child, name))
                if kind == "source" and getattr(child, name) is not None:
                    return (getattr(child, name),)
    return ()


def _parent_key(table: str, cls: type, item: Any, row: dict) -> dict:
    """The columns a child row names its parent by: its id and its first
    text field (a person's name, a theme's label, a topic)."""
    singular = _singular(table)
    key = {f"{singular}_id": row.get("id") if cls is not Article else None}
    if cls is Article:
        return {"article": item.id if item is not None else None}
    label = next((n for n, h in _hints(cls).items() if _kind(h) == "value" and h is str), None)
    if label is not None:
        key[f"{singular}_{label}"] = getattr(item, label) if item is not None else None
    return key


def _child_name(table: str, field: str) -> str:
    """people.roles -> "roles"; themes.sentences -> "theme_sentences";
    articles.paragraphs -> "paragraphs"."""
    if table in ("people", "articles"):
        return field
    return f"{_singular(table)}_{field}"


def _singular(name: str) -> str:
    if name in SINGULAR:
        return SINGULAR[name]
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name


def _cell(value: Any) -> Any:
    """A field's value as one cell: tuples of strings joined."""
    if isinstance(value, (tuple, list)):
        return JOIN.join(str(v) for v in value)
    return value

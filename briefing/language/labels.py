"""Words for the reader: dates, article names and excerpts, as every format
prints them.  Strings in, strings out; nothing here knows about a format."""

from __future__ import annotations

import re
from pathlib import PurePath

from typing import Sequence

from ..models import Article

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")

STANCE_LABELS = {"optimistic": "Optimistic", "skeptical": "Skeptical",
                 "mixed": "Mixed", "neutral": "Neutral", "supportive": "Supportive", "critical": "Critical"}


def human_date(value: str | None, *, approximate: bool = False) -> str:
    """"2019-05-03" -> "3 May 2019", "2019-05" -> "May 2019", "2019" stays;
    anything else is returned as it is.  `approximate` prefixes "c. "."""
    if not value:
        return ""
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not match:
        return value
    year, month, day = match.groups()
    words = [year]
    if month and 1 <= int(month) <= 12:
        words.insert(0, MONTHS[int(month) - 1])
        if day and 1 <= int(day) <= 31:
            words.insert(0, str(int(day)))
    text = " ".join(words)
    return f"c. {text}" if approximate else text


def article_label(article: Article | None, fallback: str = "") -> str:
    """The name a reader knows an article by: its title, else its file name."""
    if article is None:
        return fallback
    if article.title:
        return article.title
    return PurePath(article.source_path).name if article.source_path else article.id


def article_voices(articles: Sequence[Article]) -> dict[str, str]:
    """How each article's own voice is named for the reader, by article id:
    "S2 · its title" (S2 its number in the Sources list), or "Unattributed
    source S2": a file name belongs in the Sources list, not in the argument."""
    return {a.id: f"S{n} · {a.title}" if a.title else f"Unattributed source S{n}"
            for n, a in enumerate(articles, 1)}


def article_voice(article: Article) -> tuple[str, str]:
    """The name and kind of an article's own voice: its author ("author"),
    else its outlet (`outlet_name`), title or id ("outlet")."""
    if article.author:
        return article.author, "author"
    return (outlet_name(article.outlet) or article.title or article.id), "outlet"


def outlet_name(outlet: str | None) -> str | None:
    """An outlet line as a reader cites it: one that names the agency whose
    report it carries ("Valley Times (AP)") reads "AP via Valley Times",
    so that no bracket sits inside the brackets the brief puts around a
    name ("Valley Times (AP) (article)"); any other as it is."""
    found = re.fullmatch(r"(.+?) \(([^()]+)\)", outlet or "")
    return f"{found.group(2)} via {found.group(1)}" if found else outlet


def voice_label(articles: Sequence[Article], voice: str) -> str:
    """A voice as the reader knows it: an article id (the article's own
    voice) becomes its name from `article_voices`, a speaker stays a name."""
    return article_voices(articles).get(voice, voice)


def short_label(article: Article, number: int, limit: int = 28) -> str:
    """A label that fits a chart axis: "S2", the source's number in the
    Sources list, then its outlet or title when it has one (the number
    alone when no word of it fits)."""
    name = outlet_name(article.outlet) or article.title
    label = shorten(f"S{number} {name}", limit) if name else f"S{number}"
    return f"S{number}" if label == f"S{number}…" else label  # "S1…" tells nothing "S1" does not


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with "…"."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    words = cut.split(" ")
    while len(words) > 1 and (words[-1].lower().strip(",;:") in DANGLING or _POSSESSIVE.search(words[-1])):
        words.pop()  # "endorse the governor for the…" reads as "endorse the governor…"
    return " ".join(words).rstrip(",;:.- ") + "…"


def nested(text: str) -> str:
    """`text` as it reads inside double quotation marks: its own double
    marks become single ones, as a quotation within a quotation is written
    (“Those subpoenas,” Mr. Schiff said -> ‘Those subpoenas,’ Mr. Schiff
    said), so a note never opens on two marks (““).  A curly mark keeps its
    direction; straight ones open and close in turn."""
    out, opening = [], True
    for char in text:
        if char == "“":
            char, opening = "‘", False
        elif char == "”":
            char, opening = "’", True
        elif char == '"':
            char, opening = ("‘" if opening else "’"), not opening
        out.append(char)
    return "".join(out)


DANGLING = frozenset(
    "a an the this that these those his her its their our my your "
    "of to for in on at by with from into onto over under about as than "
    "and or but nor so if because while whereas although though which who whom whose "
    "is are was were be been being has have had will would shall should can could may might must "
    "not no very more most".split())
"""Closed-class English words a cut text must not end on: an article, a
preposition, a conjunction or an auxiliary leaves the reader mid-phrase."""
_POSSESSIVE = re.compile(r"^[^‘'\"“]*(?:\w['’]s|s['’])$")
"""A possessive ("the agency's", "the voters'") owns the noun after it: a
cut after it leaves the reader mid-phrase as an article does.  A word a
quotation mark opens ("‘characterization’") is a quotation closing."""


def stance_label(stance: str | None) -> str:
    return STANCE_LABELS.get(stance or "", (stance or "").capitalize())


_ACTOR_WORDS = {"optimistic": "supportive", "skeptical": "critical"}


def about_actor(brief) -> bool:
    """Whether `brief` speaks of its voices as supportive or critical (its
    subject is a person or a decision: `Brief.subject_kind`; in a brief
    written before that field, its voices' words) rather than optimistic or
    skeptical."""
    if brief.subject_kind:
        return brief.subject_kind == "actor"
    return any(v.stance in ("supportive", "critical") for v in brief.viewpoints)


def stance_in_brief(stance: str, actor: bool) -> str:
    """`stance` in the brief's pair of words: "optimistic" is "supportive"
    where the brief is `about_actor`, and the other way round."""
    words = _ACTOR_WORDS if actor else {v: k for k, v in _ACTOR_WORDS.items()}
    return words.get(stance, stance)


def kind_label(kind: str | None) -> str:
    """Why a voice is in the brief, in words: "speaker" -> "quoted"."""
    return {"speaker": "quoted", "author": "author", "outlet": "article"}.get(kind or "", kind or "")

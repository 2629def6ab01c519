"""Quote attribution on PolNeAR dev (../shared/devset/attribution/polnear/dev/).

PolNeAR annotates every attribution (Source, Cue, Content spans, brat
standoff).  Each dev article is fed alone through ingest, clean and distill,
exactly as a build would; the annotation is read only to score.  One
annotator's file per article (the first in name order).

The headline (the devset README's): of the *direct* quotes whose source span
contains a *name*, the share the system finds, and the share of those found
whose speaker contains that name.

- Direct: every piece of the Content span sits in quotation marks (a mark
  opens it or stands right before it, and one closes it or stands right
  after it, trailing punctuation aside).
- Name: the last capitalised word of the Source span's head (up to a comma,
  bracket, "of", "who", "at", "from") that is not a title,
  determiner or pronoun, when no lower-case word follows it ("Clinton
  campaign spokesman Brian Fallon" -> "Fallon"; "The New York Post" ->
  "Post"); sources with none ("he", "the campaign", "a source", "the New
  York businessman") are left out of the headline.
- Found: a reported quote shares a run of words with the content covering
  60% of the shorter of the two (as in quality_quotes.py).
- Speaker right: the name is one of the words of the system's speaker.
  Wrong: a speaker is given and it is not right.  None counts as neither.

Figures (0-1): direct_named_found, direct_named_speaker_right (of found),
direct_named_wrong_speaker (of found), direct_named_abstained (of found),
and counts.  The same for *indirect* attributions with a named source (no
quotation mark in the content), scored against the digest's `reported`
quotes: indirect_named_found, indirect_named_speaker_right and
indirect_named_wrong_speaker (of found; the old method found none).  Baselines of the old method: benchmarks/attribution_baseline.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from quality_quotes import best_match, system_digest

from briefing.language.names import is_title_word

_OPEN, _CLOSE = "\"“‘'«", "\"”’'»"
_WORD = re.compile(r"[\w\[\]’'.-]+")
_NOT_NAMES = frozenset("the a an he she they his her their it its we i you this that mr mrs ms dr "
                       "sen rep gov president".split())
HERE = Path(__file__).resolve().parent


def run(devset: Path) -> dict:
    root = devset / "attribution" / "polnear" / "dev"
    totals = {"direct": 0, "named": 0, "found": 0, "right": 0, "wrong": 0, "articles": 0,
              "i_named": 0, "i_found": 0, "i_right": 0, "i_wrong": 0}
    for ann in _one_per_article(root / "attributions"):
        text_path = root / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        if not text_path.exists():
            continue
        totals["articles"] += 1
        text = text_path.read_text(encoding="utf-8")
        every = attributions(ann, text)
        gold = [g for g in every if g["direct"]]
        totals["direct"] += len(gold)
        named = [g for g in gold if g["name"]]
        indirect = [g for g in every if not g["direct"] and g["name"] and not _marks(g["content"])]
        if not named and not indirect:
            continue
        digest = system_digest(text_path)
        quotes = digest.quotes
        _score_indirect(indirect, digest.reported, totals)
        for item in named:
            totals["named"] += 1
            match = best_match(item["content"], quotes)
            if match is None:
                continue
            totals["found"] += 1
            if match.speaker is None:
                continue
            right = item["name"].lower().replace("’", "'") in _words(match.speaker)
            totals["right" if right else "wrong"] += 1
    return _figures(totals)


def _marks(text: str) -> bool:
    return any(m in text for m in _OPEN + _CLOSE if m != "'")


def _score_indirect(gold: list[dict], reported, totals: dict) -> None:
    """Indirect attributions with a named source (no quotation mark in
    their content): found when a reported (indirect) quote matches the
    content as direct quotes are matched; right when the name is one of
    its speaker's words."""
    for item in gold:
        totals["i_named"] += 1
        match = best_match(item["content"], reported)
        if match is None:
            continue
        totals["i_found"] += 1
        right = item["name"].lower().replace("’", "'") in _words(match.speaker or "")
        totals["i_right" if right else "i_wrong"] += 1


def _one_per_article(folder: Path) -> list[Path]:
    """The first annotator's file of each article."""
    chosen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    return list(chosen.values())


def attributions(ann: Path, text: str) -> list[dict]:
    """Each attribution of a brat file: source/cue/content spans, its
    content text, whether it is direct and the name its source holds."""
    spans, events = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, ranges = parts[1].partition(" ")
            pieces = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[parts[0]] = (label, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    found = []
    for event in events:
        content, source = spans.get(event.get("Content", "")), spans.get(event.get("Source", ""))
        if content is None:
            continue
        source_pieces = source[1] if source else []
        found.append({
            "content": " ".join(text[a:b] for a, b in content[1]),
            "content_pieces": content[1],
            "source_pieces": source_pieces,
            "cue_pieces": spans.get(event.get("Cue", ""), (None, []))[1],
            "direct": all(is_direct(text, a, b) for a, b in content[1]),
            "name": source_name(" ".join(text[a:b] for a, b in source_pieces)),
        })
    return found


def is_direct(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is in quotation marks."""
    piece = text[start:end].strip()
    if not piece:
        return False
    opens = piece[0] in _OPEN or (start > 0 and text[start - 1] in _OPEN)
    tail = piece.rstrip(".,;:!?…— ")
    closes = (tail[-1:] in _CLOSE and tail[-1:] != "") or piece[-1] in _CLOSE \
        or text[end:end + 1] in tuple(_CLOSE) or text[end:end + 2][-1:] in tuple(_CLOSE) and text[end:end + 1] in ".,!?"
    return opens and closes


def source_name(source: str) -> str | None:
    """The last capitalised word of a source span's head that is a name, or
    None.  The head ends at the first comma, bracket, " of " or " who ":
    "Kenneth Baer, a former Obama aide" -> "Baer", "Rep. Elijah Cummings
    of Maryland" -> "Cummings"."""
    source = re.split(r",|\(| of | who | at | from ", source, maxsplit=1)[0]
    words = [w.strip(".,;:()[]’'\"") for w in _WORD.findall(source)]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words if w]
    names = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in _NOT_NAMES
             and not is_title_word(w) and len(w) > 1]
    if not names or any(w[:1].islower() and w.isalpha() for w in words[names[-1] + 1:]):
        return None  # "The New York businessman": a description, no name
    return words[names[-1]]


def _words(text: str) -> set[str]:
    text = text.replace("’", "'").replace("'s ", " ")
    return {w.lower().strip(".[]'") for w in re.findall(r"[\w\[\]'.-]+", text)}


def _figures(totals: dict) -> dict:
    def share(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    figures = {
        "direct_named_found": share(totals["found"], totals["named"]),
        "direct_named_speaker_right": share(totals["right"], totals["found"]),
        "direct_named_wrong_speaker": share(totals["wrong"], totals["found"]),
        "direct_named_abstained": share(totals["found"] - totals["right"] - totals["wrong"], totals["found"]),
        "indirect_named_found": share(totals["i_found"], totals["i_named"]),
        "indirect_named_speaker_right": share(totals["i_right"], totals["i_found"]),
        "indirect_named_wrong_speaker": share(totals["i_wrong"], totals["i_found"]),
        "indirect_named_quotes": totals["i_named"],
        "direct_named_quotes": totals["named"],
        "direct_quotes": totals["direct"],
        "articles": totals["articles"],
    }
    baseline_path = HERE / "attribution_baseline.json"
    if baseline_path.exists():
        baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
        figures.update({f"baseline_{k}": v for k, v in baseline.get("attribution", {}).items()
                        if k in figures})
    return figures

"""Quote detection recall and speaker accuracy on ../shared/devset/viewpoints/.

Only the BASIL stories label quotes (`labels.json`: articles[].quotes[] with
`text` and `speaker`).  Each article_*.txt is fed alone through ingest,
clean and distill, exactly as a build would; labels are read only to score.

- A labelled quote is *found* when a quote the system reports shares a run
  of words with it covering at least 60% of the shorter of the two.  At
  equal cover, a reported quote no earlier label of the article matched is
  preferred: identical labels ("phony" four times) stand for several
  occurrences and are scored against the several quotes that hold them,
  not all against the first (a fix of issue 13: with the previous
  attribution model, named-person accuracy 0.925 -> 0.940 and wrong
  0.060 -> 0.045; with the current model it changes nothing).
- The speaker is *right* when the label names the system's speaker
  leniently but honestly: the label's words ("Tea_Party" -> "tea party",
  "Hillary_Clinton") all appear in the speaker's name or in the role the
  article gives the speaker ("NAACP President" for the NAACP's president),
  or the label's last word is the speaker's surname (or its start, of
  four letters or more: some labels are cut at an accented letter,
  "Felipe_Calder" for Felipe Calderón).  A None speaker is
  wrong.  Labels "other_*" name no one (an unnamed pro/anti voice) and are
  left out of speaker accuracy but counted in recall.  Plural category
  labels ("Republican_Lawmakers", "Catholics", "senate_Democrats") are
  scored too, but `speaker_accuracy_single_voice` also reports accuracy on
  the labels that name one person or one organization only, and
  `speaker_accuracy_members` counts a group label right when the article
  itself makes the named speaker a member of the group: a lawmaker of that
  party ("Sen. Rand Paul (R-Ky.)" for "Republican_Lawmakers"; the chamber
  must match when the label names one: "Senate_Republicans").

`speaker_accuracy_named_person` and `wrong_speaker_named_person` count the
labels that name one person ("Hillary_Clinton"; names.looks_like_person),
the aim of issue 13.  Baselines: benchmarks/attribution_baseline.json.

Figures (0-1): recall, speaker_accuracy (right / found with a named label),
attributed (share of those found with a named label that got any speaker),
accuracy_when_attributed, and counts.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path

from briefing import clean, distill, ingest
from briefing.config import Config
from briefing.language.names import looks_like_person

_WORD = re.compile(r"\w+")


def run(devset: Path) -> dict:
    totals = {"labelled": 0, "found": 0, "named": 0, "right": 0, "attributed": 0, "reported": 0,
              "single": 0, "single_right": 0, "member": 0, "person": 0, "person_right": 0, "person_wrong": 0}
    for labels_path in sorted((devset / "viewpoints").glob("*/labels.json")):
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        for entry in labels.get("articles", []):
            if entry.get("quotes"):
                _score(labels_path.parent / entry["file"], entry["quotes"], totals)
    return _figures(totals)


def _score(path: Path, labelled: list[dict], totals: dict) -> None:
    quotes = system_quotes(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    totals["reported"] += len(quotes)
    used: set[int] = set()
    for label in labelled:
        totals["labelled"] += 1
        match = best_match(label["text"], quotes, used)
        if match is None:
            continue
        used.add(id(match))
        totals["found"] += 1
        if label["speaker"].lower().startswith("other"):
            continue
        totals["named"] += 1
        totals["attributed"] += match.speaker is not None
        right = speaker_right(label["speaker"], match.speaker, match.speaker_role)
        totals["right"] += right
        totals["member"] += right or (is_group_label(label["speaker"]) and member(label["speaker"], match.speaker, text))
        if not is_group_label(label["speaker"]):
            totals["single"] += 1
            totals["single_right"] += right
        if is_person_label(label["speaker"]):
            totals["person"] += 1
            totals["person_right"] += right
            totals["person_wrong"] += match.speaker is not None and not right


def is_person_label(label: str) -> bool:
    """"Hillary_Clinton", "Mitch_McConnell": a label naming one person (two
    or more capitalised words that read as a person's name), not a group
    ("House_Democrats") or an organization ("White_House", "NAACP")."""
    name = label.replace("_", " ")
    return len(name.split()) >= 2 and not is_group_label(label) and looks_like_person(name) \
        and all(w[:1].isupper() for w in name.split())


def is_group_label(label: str) -> bool:
    """"Republican_Lawmakers", "Catholics", "senate_Democrats": a plural
    category of speakers (its last word ends in "s"), which no single named
    speaker can match by name."""
    last = label.split("_")[-1]
    return len(last) > 3 and last.endswith("s") and not last.isupper()


_PARTIES = {"republican": "R", "republicans": "R", "gop": "R", "democratic": "D", "democrats": "D"}
_CHAMBERS = {"senate": ("Sen.", "Senator"), "house": ("Rep.", "Representative", "Congressman", "Congresswoman")}


def member(label: str, speaker: str | None, text: str) -> bool:
    """Whether `text` makes `speaker` a lawmaker of the party (and chamber)
    the group `label` names: a title before the surname and "(R-Ky.)",
    "R-Wis." or the like after it.  Labels naming no party are not judged."""
    words = label.lower().split("_")
    party = next((_PARTIES[w] for w in words if w in _PARTIES), None)
    if speaker is None or party is None:
        return False
    titles = _CHAMBERS.get(words[0], _CHAMBERS["senate"] + _CHAMBERS["house"])
    surname = re.escape(speaker.split()[-1])
    title = "|".join(re.escape(t) for t in titles)
    pattern = rf"(?:{title})\s+(?:[A-Z][\w.]*\s+)*{surname}\W{{1,3}}\(?{party}-"
    return re.search(pattern, text) is not None


def system_quotes(path: Path):
    """The quotes the system finds in one article file."""
    return system_digest(path).quotes


def system_digest(path: Path):
    """The digest the system makes of one article file."""
    config = Config(sources=(str(path),))
    documents, _skipped = ingest.read_sources(config)
    article = clean.clean(documents[0])
    return distill.distill_batch([article], config)[0]  # parsed as the build parses it


def best_match(text: str, quotes, used: set[int] | None = None):
    """The reported quote sharing the longest run of words with `text`, when
    that run covers 60% of the shorter of the two; else None.  A quote not
    yet matched by another label (ids in `used`) is preferred at equal
    cover, so that identical labels ("phony" four times: four occurrences)
    are scored against the several quotes that hold them, not all against
    the first."""
    wanted = _words(text)
    best, best_key = None, (0.0, False)
    for quote in quotes:
        have = _words(quote.text)
        if not wanted or not have:
            continue
        run = SequenceMatcher(None, wanted, have, autojunk=False).find_longest_match().size
        cover = run / min(len(wanted), len(have))
        key = (cover, used is not None and id(quote) not in used)
        if cover >= 0.6 and key > best_key and run >= min(3, len(wanted)):
            best, best_key = quote, key
    return best


def speaker_right(label: str, speaker: str | None, role: str | None) -> bool:
    """Whether the label names the system's speaker (see the module docstring)."""
    if speaker is None:
        return False
    wanted = _words(label.replace("_", " "))
    said = set(_words(speaker)) | set(_words(role or ""))
    last = _words(speaker)[-1:]
    truncated = bool(wanted and last) and len(wanted[-1]) >= 4 and last[0].startswith(wanted[-1])
    return set(wanted) <= said or wanted[-1:] == last or truncated


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text.replace("’", "'").replace(".", ""))]


def _figures(totals: dict) -> dict:
    def share(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    figures = {
        "recall": share(totals["found"], totals["labelled"]),
        "speaker_accuracy": share(totals["right"], totals["named"]),
        "speaker_accuracy_single_voice": share(totals["single_right"], totals["single"]),
        "speaker_accuracy_members": share(totals["member"], totals["named"]),
        "speaker_accuracy_named_person": share(totals["person_right"], totals["person"]),
        "wrong_speaker_named_person": share(totals["person_wrong"], totals["person"]),
        "attributed": share(totals["attributed"], totals["named"]),
        "accuracy_when_attributed": share(totals["right"], totals["attributed"]),
        "labelled_quotes": totals["labelled"],
        "found_quotes": totals["found"],
        "reported_quotes": totals["reported"],
        "named_person_quotes": totals["person"],
    }
    baseline_path = Path(__file__).resolve().parent / "attribution_baseline.json"
    if baseline_path.exists():
        baseline = json.loads(baseline_path.read_text(encoding="utf-8")).get("quotes", {})
        figures.update({f"baseline_{k}": v for k, v in baseline.items() if k in figures})
    return figures

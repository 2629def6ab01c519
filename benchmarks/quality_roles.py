"""Role precision and recall on hand-written gold (benchmarks/roles_gold.json).

The gold lists, for 10 BASIL dev stories (one article each), every person
the article names, the role phrases it states for them (none when it
states none), phrases that are acceptable but not required, and wrong
roles a careless tool would give.  Each article is fed alone through
ingest, clean and distill; the gold is read only to score.

- A system person is the gold person when their surnames match and their
  first names do not differ.
- A role is *right* when every word of it (articles, "of", possessives
  aside; "Gov." = "governor" and the like) is a word of one of the gold
  phrases for that person; a role joined from two ("X, Y") must be right
  in both parts.  A role given to a person whose gold states none (and is
  not in 'also') is *wrong*.
- recall: people with a stated role whose system role is right / people
  with a stated role.  precision: right / roles given to gold people.
  wrong_rate: wrong / roles given.  Baselines (the old method) are in
  benchmarks/roles_baseline.json; session 4's figures, before list
  members shared their list's role, in benchmarks/roles_previous.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from briefing import clean, distill, ingest
from briefing.config import Config

HERE = Path(__file__).resolve().parent
_SAME = {"gov": "governor", "sen": "senator", "rep": "representative", "cong": "congressman", "pres": "president",
         "ag": "attorney general", "gen": "general", "senators": "senator", "members": "member",
         "representatives": "representative"}
_IGNORED = frozenset("the a an of for to 's his her their".split())


def run(devset: Path) -> dict:
    gold = json.loads((HERE / "roles_gold.json").read_text(encoding="utf-8"))
    totals = {"stated": 0, "recalled": 0, "given": 0, "right": 0, "wrong": 0, "people": 0, "found": 0}
    for entry in gold["articles"]:
        people = system_people(devset / "viewpoints" / entry["story"] / entry["file"])
        for person in entry["people"]:
            _score(person, people, totals)
    return _figures(totals)


def system_people(path: Path):
    config = Config(sources=(str(path),))
    documents, _skipped = ingest.read_sources(config)
    article = clean.clean(documents[0])
    return distill.distill_batch([article], config)[0].people  # parsed as the build parses it


def _score(gold: dict, people, totals: dict) -> None:
    totals["people"] += 1
    stated = bool(gold["roles"])
    totals["stated"] += stated
    match = next((p for p in people if same_person(gold["name"], p.name)), None)
    if match is None:
        return
    totals["found"] += 1
    if not match.role:
        return
    totals["given"] += 1
    right = role_right(match.role, gold["roles"] + gold.get("also", []))
    totals["right"] += right
    totals["wrong"] += not right
    totals["recalled"] += right and stated


def same_person(gold: str, system: str) -> bool:
    g, s = _words(gold), _words(system)
    if not g or not s or g[-1] != s[-1]:
        return False
    return len(g) == 1 or len(s) == 1 or g[0] == s[0]


def role_right(role: str, accepted: list[str]) -> bool:
    """Whether each part of `role` is made of the words of one accepted phrase."""
    parts = [p for p in re.split(r",\s+|\s+and\s+", role) if p.strip()]
    phrases = [set(_role_words(a)) for a in accepted]
    whole = set(_role_words(role))
    if any(whole and whole <= phrase for phrase in phrases):
        return True
    return bool(parts) and all(_role_words(p) and any(set(_role_words(p)) <= phrase for phrase in phrases)
                               for p in parts)


def _role_words(text: str) -> list[str]:
    words = []
    for word in _words(text.replace("’", "'").replace("'s", " 's")):
        words += _SAME.get(word, word).split()
    return [w for w in words if w not in _IGNORED]


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'-]+", text.replace(".", "").replace("’", "'"))]


def _figures(totals: dict) -> dict:
    def share(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    figures = {
        "role_recall": share(totals["recalled"], totals["stated"]),
        "role_precision": share(totals["right"], totals["given"]),
        "role_wrong_rate": share(totals["wrong"], totals["given"]),
        "gold_people": totals["people"],
        "gold_people_with_role": totals["stated"],
        "people_found": totals["found"],
        "roles_given": totals["given"],
    }
    for prefix, name in (("baseline", "roles_baseline.json"), ("previous", "roles_previous.json")):
        path = HERE / name
        if path.exists():
            kept = json.loads(path.read_text(encoding="utf-8"))
            figures.update({f"{prefix}_{k}": v for k, v in kept.items() if k in figures})
    return figures

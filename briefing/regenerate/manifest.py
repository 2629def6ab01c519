"""An edition's manifest, typed: what it was built from (inputs, options,
versions, fingerprint) and the `Snapshot` of what it says, which the next
edition's "what's new" (`whatsnew`) compares against.

`Manifest.to_json()` is what `manifest.json` holds; `Manifest.from_json`
reads one back (after `well_formed` said the code can read it without
surprises: an old or hand-edited manifest with a field of the wrong type is
passed over, never trusted).  Fields a manifest lacks take their defaults.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..models import Skipped, frozen


@frozen
class ArticleSeen:
    """An article as an edition listed it: its title, file hash, number (S1,
    S2, ...) and file name."""

    title: str | None = None
    sha256: str | None = None
    number: int | None = None
    file: str | None = None


@frozen
class VoiceSeen:
    """A voice as an edition read it: its stance and a hash of its evidence."""

    stance: str | None = None
    evidence: str | None = None


@frozen
class Snapshot:
    """What an edition said, in normalized keys: what the next edition
    compares against.  `voices` is None for an edition made before voices
    were kept (its viewpoints are compared by voice and stance alone)."""

    articles: dict[str, ArticleSeen] = dataclasses.field(default_factory=dict)
    people: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    viewpoints: tuple[str, ...] = ()
    voices: dict[str, VoiceSeen] | None = None
    events: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The snapshot as a manifest's "contents" holds it."""
        data = {"articles": {i: dataclasses.asdict(a) for i, a in self.articles.items()},
                "people": list(self.people), "figures": list(self.figures), "viewpoints": list(self.viewpoints),
                "voices": {k: dataclasses.asdict(v) for k, v in (self.voices or {}).items()},
                "events": list(self.events)}
        if self.voices is None:
            del data["voices"]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Snapshot":
        """The snapshot a manifest's "contents" holds (fields it lacks are empty)."""
        voices = data.get("voices")
        return cls(articles={i: ArticleSeen(**_known(ArticleSeen, a)) for i, a in (data.get("articles") or {}).items()},
                   people=tuple(data.get("people") or ()), figures=tuple(data.get("figures") or ()),
                   viewpoints=tuple(data.get("viewpoints") or ()), events=tuple(data.get("events") or ()),
                   voices={k: VoiceSeen(**_known(VoiceSeen, v)) for k, v in voices.items()}
                   if isinstance(voices, dict) else None)


def _known(cls: type, entry: Any) -> dict[str, Any]:
    """The fields of `cls` that `entry` (a dict, or None) holds."""
    entry = entry if isinstance(entry, dict) else {}
    return {f.name: entry[f.name] for f in dataclasses.fields(cls) if f.name in entry}


@frozen
class Input:
    """One source document of an edition, as it was read."""

    id: str
    path: str | None = None
    sha256: str | None = None
    url: str | None = None
    fetched: str | None = None


@frozen
class Manifest:
    """Enough to know how an edition was built and what it said."""

    edition: str
    created: str | None = None
    title: str | None = None
    fingerprint: str = ""
    formats: tuple[str, ...] = ()
    inputs: tuple[Input, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    """The options that shape the brief (`editions.options`)."""
    versions: dict[str, str] = dataclasses.field(default_factory=dict)
    contents: Snapshot | None = None
    """What the edition said, for the next one's "what's new" (None: not recorded)."""

    def to_json(self) -> dict[str, Any]:
        """The manifest as `manifest.json` holds it."""
        return {"edition": self.edition, "created": self.created, "title": self.title,
                "fingerprint": self.fingerprint, "formats": list(self.formats),
                "inputs": [dataclasses.asdict(i) for i in self.inputs],
                "skipped": [dataclasses.asdict(s) for s in self.skipped],
                "options": self.options, "versions": self.versions,
                "contents": self.contents.to_json() if self.contents else {}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Manifest":
        """The manifest `data` (a `well_formed` manifest.json) describes."""
        return cls(edition=data["edition"], created=data.get("created"), title=data.get("title"),
                   fingerprint=data.get("fingerprint", ""), formats=tuple(data.get("formats") or ()),
                   inputs=tuple(Input(**{k: i.get(k) for k in _INPUT_FIELDS}) for i in data.get("inputs") or ()),
                   skipped=tuple(Skipped(path=str(s.get("path")), reason=str(s.get("reason")))
                                 for s in data.get("skipped") or () if isinstance(s, dict)),
                   options=dict(data.get("options") or {}), versions=dict(data.get("versions") or {}),
                   contents=Snapshot.from_json(data["contents"]) if data.get("contents") else None)


_INPUT_FIELDS = tuple(f.name for f in dataclasses.fields(Input))

MANIFEST_TYPES = {"edition": str, "fingerprint": str, "formats": list, "inputs": list,
                  "skipped": list, "options": dict, "contents": dict, "title": (str, type(None)),
                  "created": (str, type(None))}
"""The type each manifest field must have when present (`edition` must be)."""


def well_formed(data: Any, name: Any) -> bool:
    """True when `data` is a manifest the code can read without surprises:
    a JSON object naming an edition (`name` matches edition names), every
    known field of its type, the inputs objects, the contents' sections of
    the shapes `whatsnew` reads."""
    if not isinstance(data, dict) or not isinstance(data.get("edition"), str) \
            or not name.match(data["edition"]):
        return False
    if any(key in data and not isinstance(data[key], kind) for key, kind in MANIFEST_TYPES.items()):
        return False
    if not all(isinstance(item, dict) for item in data.get("inputs", [])):
        return False
    if not all(isinstance(item, str) for item in data.get("formats", [])):
        return False
    contents = data.get("contents", {})
    articles = contents.get("articles", {})
    if not isinstance(articles, (dict, type(None))) or not all(
            isinstance(v, (dict, type(None))) for v in (articles or {}).values()):
        return False
    sections = [contents.get(k) for k in ("people", "figures", "viewpoints", "events")]
    return all(isinstance(s, (list, type(None))) and all(isinstance(x, str) for x in s or ()) for s in sections)

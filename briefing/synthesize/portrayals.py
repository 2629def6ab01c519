"""Digests in, portrayals out: how each source treats each main actor.

Each digest already holds how its article treats every actor it names
(`distill.stance.portray`).  Here the actors' names are made one across
articles ("Trump", "Donald Trump" and "Mr. Trump" are the person
`voices.merge_people` found; "Republican" and "Republicans" one group), the
main actors are chosen (named in the most articles, then mentioned most),
and one `Portrayal` is kept per main actor and article that names it: the
rows and columns of the brief's source x actor grid.

Each cell's polarity is decided by a small learned model (`portrayal.json`
beside this module, trained by `scripts/train_portrayal.py` on half of the
BASIL stories' `author_feeling_entities`): a logistic regression over what
the article says of the actor in its own voice, what the quotes it chooses
say of it, what the actor is quoted saying, and how central the actor is
to the article (`features`).  Without the model file the sign of the
readings' balance decides, as before.  The evidence shown is the article's
sentences that read the actor the way the cell says, clearest first.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from typing import Sequence

from ..models import Claim, Digest, Person, Portrayal, Sentiment
from ..distill.stance import lean
from .subject import STEM

ACTORS = 8        # main actors kept
MIN_MENTIONS = 2  # mentions across the corpus an actor needs to be a main actor


def find_portrayals(digests: Sequence[Digest], people: Sequence[Person] = (),
                    limit: int = ACTORS) -> tuple[Portrayal, ...]:
    """The portrayals of the main actors, by actor (main first), then article order."""
    canonical = _canonical(people)
    by_id = {d.article.id: d for d in digests}
    return tuple(judge(cell, by_id[cell.article], key, canonical) for key, cell in cells(digests, people, limit))


def cells(digests: Sequence[Digest], people: Sequence[Person] = (),
          limit: int = ACTORS) -> list[tuple[str, Portrayal]]:
    """(actor key, the article's readings of the actor as one portrayal) for
    each main actor and article naming it, by actor (main first), then
    article order: the grid before the model decides each cell."""
    canonical = _canonical(people)
    merged: dict[tuple[str, str], list[Portrayal]] = defaultdict(list)
    forms: dict[str, Counter] = defaultdict(Counter)
    for digest in digests:
        for portrayal in digest.portrayals:
            key = canonical.get(portrayal.actor.casefold()) or group_key(portrayal.actor)
            forms[key][portrayal.actor] += portrayal.mentions
            merged[(key, digest.article.id)].append(portrayal)
    main = _main_actors(merged, limit)
    names = {key: _display(key, forms[key], canonical) for key in main}
    order = {d.article.id: n for n, d in enumerate(digests)}
    found = [(key, _combine(names[key], article, merged[(key, article)]))
             for key in main for (k, article) in merged if k == key]
    return sorted(found, key=lambda item: (main.index(item[0]), order.get(item[1].article, 0)))


def main_actor_keys(digests: Sequence[Digest], people: Sequence[Person] = (),
                    limit: int = ACTORS) -> tuple[dict[str, str], frozenset[str]]:
    """(every form of a person's name -> its key, the keys of the main
    actors): `actor_key(name, canonical) in keys` says whether a name is one
    of the grid's actors."""
    canonical = _canonical(people)
    merged: dict[tuple[str, str], list[Portrayal]] = defaultdict(list)
    for digest in digests:
        for portrayal in digest.portrayals:
            merged[(actor_key(portrayal.actor, canonical), digest.article.id)].append(portrayal)
    return canonical, frozenset(_main_actors(merged, limit))


def actor_key(name: str, canonical: dict[str, str]) -> str:
    """The key of an actor's name: its person's, else its group's."""
    return canonical.get(name.casefold()) or group_key(name)


def _canonical(people: Sequence[Person]) -> dict[str, str]:
    """Every form (case-folded) of a person's name -> the person's key."""
    found = {}
    for person in people:
        for alias in (person.name, *person.aliases):
            found.setdefault(alias.casefold(), person.name.casefold())
    return found


def group_key(name: str) -> str:
    """A group's or place's key: the leading letters of each word, so the
    forms of one name are one actor ("Republicans" and "Republican";
    "Russia", "Russian" and "Russians")."""
    return " ".join(word[:STEM] for word in name.casefold().split())


def _main_actors(merged: dict, limit: int) -> list[str]:
    """The keys of the actors named in the most articles, then most often."""
    articles: Counter = Counter()
    mentions: Counter = Counter()
    for (key, _article), portrayals in merged.items():
        articles[key] += 1
        mentions[key] += sum(p.mentions for p in portrayals)
    ranked = sorted((k for k in articles if mentions[k] >= MIN_MENTIONS),
                    key=lambda k: (-articles[k], -mentions[k], k))
    return ranked[:limit]


def _display(key: str, forms: Counter, canonical: dict[str, str]) -> str:
    """The name shown: a person's fullest form, else the commonest form."""
    if key in canonical.values():
        return max(forms, key=lambda form: (len(form.split()), forms[form]))
    return forms.most_common(1)[0][0]


def _combine(actor: str, article: str, portrayals: list[Portrayal]) -> Portrayal:
    """One article's portrayals of one actor under several names, as one:
    the mention-weighted mean score, the polarity of the summed balance,
    the evidence of the clearest."""
    mentions = sum(p.mentions for p in portrayals)
    balance = sum(p.score * p.mentions for p in portrayals)
    score = balance / max(mentions, 1)
    polarity = lean(balance)
    evidence = tuple(dict.fromkeys(c for p in sorted(portrayals, key=lambda p: -abs(p.score))
                                   if p.polarity == polarity for c in p.evidence))[:2]
    return Portrayal(actor=actor, article=article, polarity=polarity, score=round(score, 3),
                     evidence=evidence, mentions=mentions)


def peoples_of_places(digests: Sequence[Digest], people: Sequence[Person] = ()) -> frozenset[str]:
    """The group keys of names that are a place's people ("Russian",
    "Americans" beside the place "Russia", "America"): the keys shared by
    an actor the articles portray and a place, a name an article reads
    (outside its speakers' own sentences) but never portrays, that is no
    person's name."""
    personal = {word for person in people for alias in (person.name, *person.aliases)
                for word in alias.casefold().split()}
    places, portrayed = set(), set()
    for digest in digests:
        here = {p.actor for p in digest.portrayals}
        speaking: dict = defaultdict(set)
        for reading in digest.sentiments:
            if reading.voice:
                speaking[reading.source].update(reading.voice.casefold().split())
        for reading in digest.sentiments:
            words = set(reading.target.casefold().split())
            if reading.target not in here and not reading.target.startswith("<") \
                    and not words & personal and not words & speaking[reading.source]:
                places.add(group_key(reading.target))
        portrayed.update(group_key(name) for name in here)
    return frozenset(portrayed & places)


MODEL_FILE = "portrayal.json"
EVIDENCE = 2  # sentences shown per cell
SHOWN = 0.6   # probability a reading needs to be shown as a cell's evidence
SHARED = 2    # actors a sentence may judge alike and still show how the article treats one of them


def features(digest: Digest, key: str, canonical: dict[str, str], mentions: int = 0) -> dict[str, float]:
    """What `digest`'s article does with the actor `key` (see `actor_key`):
    its own clear readings of the actor (sum of scores each way, and in the
    opening paragraphs), the readings of the actor inside the quotes it
    chooses, the tone of the actor's own quotes, how often the actor is
    named and quoted.  Counts are log-scaled, so a long article is not
    read as a harsher one."""
    own, quoted, says, lead = ([0.0, 0.0] for _ in range(4))
    total = sum(p.mentions for p in digest.portrayals) or 1
    quotes = sum(1 for q in digest.quotes if q.speaker and actor_key(q.speaker, canonical) == key)
    portrayed = {p.actor for p in digest.portrayals}
    for reading in digest.sentiments:
        side = 0 if reading.label == "negative" else 1
        if reading.voice and actor_key(reading.voice, canonical) == key:
            says[side] += reading.score
            continue
        if reading.target not in portrayed or actor_key(reading.target, canonical) != key:
            continue
        weight = reading.score
        if reading.quote is None:
            own[side] += weight
            if reading.source.paragraph <= 1:
                lead[side] += weight
        else:
            quoted[side] += weight
    found = {"bias": 1.0, "mentions": math.log1p(mentions), "share": mentions / total,
             "quoted": math.log1p(quotes), "person": float(key in canonical.values())}
    for name, (negative, positive) in (("own", own), ("quoted", quoted), ("says", says), ("lead", lead)):
        found[f"{name}_neg"], found[f"{name}_pos"] = math.log1p(negative), math.log1p(positive)
        found[f"{name}_net"] = (positive - negative) / (1 + mentions)
    return found


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The shipped weights ({"features", "polar", "sign"}), or None."""
    try:
        return json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None


def decide(found: dict[str, float]) -> tuple[str, float] | None:
    """(polarity, P(positive) - P(negative)) for one cell's features, or
    None without a model: neutral unless the model finds the article takes
    a side (P >= 0.5), then the likelier side."""
    weights = model()
    if weights is None:
        return None
    polar = _chance(weights["polar"], weights["features"], found)
    positive = _chance(weights["sign"], weights["features"], found)
    if weights["sign"]["labels"][1] != "positive":
        positive = 1.0 - positive
    score = round(polar * (2 * positive - 1), 3)
    if polar < 0.5:
        return "neutral", score
    return ("positive" if positive >= 0.5 else "negative"), score


def _chance(part: dict, names: list[str], found: dict[str, float]) -> float:
    """P(the second label) of a binary logistic regression."""
    value = part["bias"] + sum(w * found.get(name, 0.0) for name, w in zip(names, part["weights"]))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, value))))


def judge(cell: Portrayal, digest: Digest, key: str, canonical: dict[str, str]) -> Portrayal:
    """`cell` with its polarity decided by the model and, as evidence, the
    article's own sentences that read the actor that way."""
    decided = decide(features(digest, key, canonical, cell.mentions))
    if decided is None:
        return cell
    polarity, score = decided
    evidence = _evidence(digest, key, canonical, polarity) if polarity != "neutral" else ()
    if not evidence:
        # A side the article's sentences do not show is not shown.
        polarity = "neutral"
    return Portrayal(actor=cell.actor, article=cell.article, polarity=polarity, score=score,
                     evidence=evidence, mentions=cell.mentions)


def _alike(digest: Digest, portrayed: set[str]) -> Counter:
    """(sentence, label) -> how many portrayed actors the sentence reads with that label."""
    return Counter((r.source, r.label) for r in digest.sentiments if r.target in portrayed)


def _evidence(digest: Digest, key: str, canonical: dict[str, str], polarity: str) -> tuple[Claim, ...]:
    """The article's sentences that read the actor `key` as `polarity`, its
    own words before the quotes it chooses, clearest first; not a sentence
    that reads more than `SHARED` actors alike (a bad day for everyone it
    names is no verdict on one of them)."""
    portrayed = {p.actor for p in digest.portrayals}
    alike = _alike(digest, portrayed)
    readings: list[Sentiment] = [r for r in digest.sentiments if r.label == polarity and r.score >= SHOWN
                                 and r.target in portrayed and actor_key(r.target, canonical) == key
                                 and alike[(r.source, r.label)] <= SHARED
                                 and not (r.voice and actor_key(r.voice, canonical) == key)]
    readings.sort(key=lambda r: (r.quote is not None, -r.score))
    sources = list(dict.fromkeys(r.source for r in readings))[:EVIDENCE]
    text = digest.article.text
    return tuple(Claim(text=" ".join(text[s.start:s.end].split()), sources=(s,)) for s in sources)

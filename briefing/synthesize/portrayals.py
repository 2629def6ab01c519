"""Digests in, portrayals out: how each source treats each main actor.

Each digest already holds how its article treats every actor it names
(`distill.stance.portray`).  Here the actors' names are made one across
articles ("Trump", "Donald Trump" and "Mr. Trump" are the person
`voices.merge_people` found; "Republican" and "Republicans" one group), the
main actors are chosen (named in the most articles, then mentioned most),
and one `Portrayal` is kept per main actor and article that names it: the
rows and columns of the brief's source x actor grid.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from ..models import Digest, Person, Portrayal
from ..distill.stance import lean
from .subject import STEM

ACTORS = 8        # main actors kept
MIN_MENTIONS = 2  # mentions across the corpus an actor needs to be a main actor


def find_portrayals(digests: Sequence[Digest], people: Sequence[Person] = (),
                    limit: int = ACTORS) -> tuple[Portrayal, ...]:
    """The portrayals of the main actors, by actor (main first), then article order."""
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
    found = [_combine(names[key], article, merged[(key, article)])
             for key in main for (k, article) in merged if k == key]
    return tuple(sorted(found, key=lambda p: (main.index(_key_of(p.actor, names)), order.get(p.article, 0))))


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


def _key_of(actor: str, names: dict[str, str]) -> str:
    return next(key for key, name in names.items() if name == actor)


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


def peoples_of_places(digests: Sequence[Digest]) -> frozenset[str]:
    """The group keys of names that are a place's people ("Russian",
    "Americans" beside the place "Russia", "America"): the keys shared by
    an actor the articles portray and a name they only ever read as a
    place (a sentiment target that no portrayal carries)."""
    places, portrayed = set(), set()
    for digest in digests:
        here = {p.actor for p in digest.portrayals}
        places.update(group_key(r.target) for r in digest.sentiments
                      if r.target not in here and not r.target.startswith("<"))
        portrayed.update(group_key(name) for name in here)
    return frozenset(portrayed & places)

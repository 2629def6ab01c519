"""People across articles: the same name in several digests merged."""

from __future__ import annotations

from typing import Sequence

from ..models import Digest, Person


def merge_people(digests: Sequence[Digest]) -> tuple[Person, ...]:
    """Every person once, most mentioned first."""
    merged: dict[str, Person] = {}
    for person in (p for d in digests for p in d.people):
        known = merged.get(person.name)
        if known is None:
            merged[person.name] = person
            continue
        merged[person.name] = Person(
            name=person.name, aliases=tuple(sorted(set(known.aliases) | set(person.aliases))),
            role=known.role or person.role, roles=known.roles + person.roles,
            mentions=known.mentions + person.mentions, articles=known.articles + person.articles,
            sources=known.sources + person.sources, quoted=known.quoted or person.quoted)
    return tuple(sorted(merged.values(), key=lambda p: (-len(p.articles), -p.mentions)))

"""People named in an article: spaCy PERSON entities, merged by surname."""

from __future__ import annotations

from dataclasses import replace

from ..models import Article, Person, Quote


def find_people(article: Article, doc) -> tuple[Person, ...]:
    """Each person the article names, once, with mention count and sources."""
    groups: dict[str, list] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not ent.text[:1].isupper():
            continue
        name = ent.text.strip()
        key = next((k for k in groups if k.split()[-1] == name.split()[-1]), name)
        groups.setdefault(key, []).append(ent)
    people = []
    for key, ents in groups.items():
        name = max((e.text for e in ents), key=len)
        people.append(Person(name=name, aliases=tuple(sorted({e.text for e in ents} - {name})),
                             mentions=len(ents), articles=(article.id,),
                             sources=tuple(article.source(e.start_char, e.end_char) for e in ents)))
    return tuple(sorted(people, key=lambda p: -p.mentions))


def mark_quoted(people: tuple[Person, ...], quotes: tuple[Quote, ...]) -> tuple[Person, ...]:
    """`people` with `quoted` set for those who speak in `quotes`."""
    speakers = {q.speaker for q in quotes if q.speaker}
    return tuple(replace(p, quoted=p.name in speakers) for p in people)

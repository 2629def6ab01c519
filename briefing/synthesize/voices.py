"""People across articles: each digest's `Person`s in, one `Person` per
real person out, and quotes whose speaker was only described resolved
against everyone's roles.

Two entries are one person when their names agree (names.same_person:
"Sergey Lavrov" ~ "Sergei Lavrov" ~ "Lavrov").  A bare surname that fits
several people ("Khan") joins the one whose role fits; with no fitting role
it stays on its own rather than be merged with the wrong person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from ..language.names import (FORMER, SURNAME_CLOSE, fathers_names, fold, generational_suffix, generations_differ,
                              head_noun, is_title_word, role_fits, role_head, role_specificity, role_words, same_person,
                              surname, transposed)
from ..distill.dates import YEAR_IN_TEXT
from ..models import Digest, Person, Quote


def names_by_alias(people: Sequence[Person]) -> dict[str, str]:
    """Every alias (case-folded) of a person -> the person's name.  `people`
    come most salient first (as `merge_people` gives them), so a shared
    surname ("Clinton") is the most salient person's."""
    names: dict[str, str] = {}
    for person in people:
        for alias in (person.name, *person.aliases):
            names.setdefault(alias.casefold(), person.name)
    return names


def known_as(people: Sequence[Person]) -> dict[str, str]:
    """Each other full name (case-folded) of one merged person -> the name
    the brief gives them ("Elizabeth Lind" -> "Liz Lind"): an alias of two
    words or more that no other person has, so a quote or an article's
    list names the one person the people annex shows; so is the bare
    surname the merge gave one person only ("Lind", an article that never
    wrote her given name); a bare surname two people share is left as the
    article wrote it."""
    holders: dict[str, set[str]] = {}
    for person in people:
        for alias in person.aliases:
            # another form of the same name ("Ben Lind" of "Benjamin T. Lind"), not another name the
            # person went by, which the article's own line should keep
            # ("Ann Lindé" for "Ann Linde" only differs in accents: the article's own spelling stays)
            if (len(alias.split()) > 1 or fold(alias) == surname(person.name) and " " in person.name) \
                    and surname(alias) == surname(person.name) and fold(alias) != fold(person.name):
                holders.setdefault(alias.casefold(), set()).add(person.name)
    names = {p.name.casefold() for p in people}
    return {alias: next(iter(found)) for alias, found in holders.items() if len(found) == 1 and alias not in names}


def in_digests(digests: Sequence[Digest], people: Sequence[Person]) -> tuple[Digest, ...]:
    """`digests` with each person, quote, reported statement and voice's
    stance reading named as the merged `people` name them (`known_as`): one
    person is not "Bill Lind" in a digest's stances and "William Lind" on
    the viewpoints page."""
    known = known_as(people)

    def named(quotes):
        return tuple(replace(q, speaker=known[q.speaker.casefold()])
                     if q.speaker is not None and q.speaker.casefold() in known else q for q in quotes)

    def renamed(listed):
        names = [known.get(p.name.casefold(), p.name) for p in listed]
        # two of an article's people who are one person to the brief keep the article's names
        return tuple(replace(p, name=name) if names.count(name) == 1 else p for p, name in zip(listed, names))

    def voiced(stances):
        names = [known.get(r.voice.casefold(), r.voice) if r.kind == "speaker" else r.voice for r in stances]
        # two readings of one article that are one voice to the brief keep the article's names
        return tuple(replace(r, voice=name) if names.count(name) == 1 else r for r, name in zip(stances, names))

    return tuple(replace(d, people=renamed(d.people), quotes=named(d.quotes), reported=named(d.reported),
                         stances=voiced(d.stances))
                 for d in digests)


def merge_people(digests: Sequence[Digest]) -> tuple[Person, ...]:
    """Every person once, most salient first."""
    entries = [p for d in digests for p in d.people]
    clusters = _Clusters(_generations_apart(digests))
    for person in sorted(entries, key=lambda p: -len(p.name.split())):
        clusters.add(person)
    dates = {d.article.id: d.article.published for d in digests}
    merged = [_merge(cluster, dates) for cluster in _joined_by_alias(clusters.members)]
    speakers = {q.speaker for q in resolve_speakers([q for d in digests for q in d.quotes], merged)}
    merged = [p if p.quoted or p.name not in speakers else replace(p, quoted=True, salience=p.salience + 2)
              for p in merged]
    return tuple(sorted(merged, key=lambda p: (-p.salience, p.name)))


class _Clusters:
    """People grouped as one person each.  A cluster is only a candidate for a
    new entry when its surname is close (`same_person` demands it), which a
    fuzzy lookup over one surname per cluster finds without comparing every
    pair; each cluster's distinct names are then checked once."""

    def __init__(self, apart: frozenset[str] = frozenset()):
        self.apart = apart  # names some article tells apart from the same name with a suffix
        self.members: list[list[Person]] = []
        self.names: list[set[str]] = []
        self.surnames: list[str] = []
        self.anagrams: dict[str, list[int]] = defaultdict(list)  # a surname's letters, sorted -> its clusters

    def add(self, person: Person) -> None:
        """Put `person` in the cluster it belongs to, or in a new one."""
        home = self._home(person)
        if home is None:
            self.members.append([person])
            self.names.append({person.name})
            self.surnames.append(surname(person.name))
            self.anagrams["".join(sorted(self.surnames[-1]))].append(len(self.surnames) - 1)
        else:
            self.members[home].append(person)
            self.names[home].add(person.name)

    def _apart(self, a: str, b: str) -> bool:
        return generations_differ(a, b) and (a in self.apart or b in self.apart)

    def _home(self, person: Person) -> int | None:
        """The index of the cluster `person` belongs to, or None (a new person)."""
        from rapidfuzz import fuzz, process

        own = surname(person.name)
        near = process.extract(own, self.surnames, scorer=fuzz.ratio, score_cutoff=SURNAME_CLOSE, limit=None)
        # Two letters swapped leave the same letters: only those clusters are tried.
        near += [(self.surnames[i], 0, i) for i in self.anagrams.get("".join(sorted(own)), ())
                 if transposed(self.surnames[i], own)]
        # "Osman" alone is not "Faisal bin Osman": the word after "bin" names his father
        alone = fold(person.name) if " " not in person.name else None
        candidates = sorted(i for _s, _score, i in near
                            if all(same_person(person.name, name) and not self._apart(person.name, name)
                                   and alone not in fathers_names(name) for name in self.names[i]))
        if len(candidates) > 1 and len(person.name.split()) > 1:
            # "Donald Trump" fits "Donald J. Trump" and "Donald Trump Jr.": the one of its own generation
            suffix = generational_suffix(person.name)
            alike = [i for i in candidates if all(generational_suffix(n) == suffix for n in self.names[i])]
            candidates = alike or candidates
        if len(candidates) <= 1 or len(person.name.split()) > 1:
            return candidates[0] if candidates else None
        fitting = [i for i in candidates
                   if person.role and any(_roles_agree(person.role, o.role) for o in self.members[i])]
        if len(fitting) == 1:
            return fitting[0]
        # "Trump" beside "Donald J. Trump" and "Donald Trump Jr.": news gives the son his suffix,
        # and calls the father by the surname alone.
        plain = [i for i in candidates if not any(generational_suffix(n) for n in self.names[i])]
        return plain[0] if not fitting and len(plain) == 1 and all(
            all(generational_suffix(n) for n in self.names[i]) for i in candidates if i != plain[0]) else None


def _joined_by_alias(members: list[list[Person]]) -> list[list[Person]]:
    """The clusters `members`, one whose name another cluster's person has
    as an alias of two words or more, not opening on a title ("Piotr
    Smolny", an alias article 1 gives Marek Berg, is the "Piotr Smolny"
    article 2 names alone), joined into that cluster: an article says they
    are one.  A name two clusters claim joins neither."""
    claims: dict[str, set[int]] = {}
    for i, cluster in enumerate(members):
        for person in cluster:
            for alias in person.aliases:
                if len(alias.split()) > 1 and not is_title_word(alias.split()[0]):
                    claims.setdefault(alias.casefold(), set()).add(i)
    into: dict[int, int] = {}
    for j, cluster in enumerate(members):
        owners = {i for p in cluster for i in claims.get(p.name.casefold(), ())} - {j}
        if len(owners) == 1:
            into[j] = owners.pop()
    joined = [list(c) for c in members]
    for j, i in into.items():
        if i not in into:  # one step only: a chain of claims is too loose to follow
            joined[i] += joined[j]
            joined[j] = []
    return [c for c in joined if c]


def _generations_apart(digests: Sequence[Digest]) -> frozenset[str]:
    """The names some article holds as two people that differ only by a
    generational suffix ("Donald Trump" and "Donald Trump Jr."): father and
    son, kept apart in every article."""
    return frozenset(name for d in digests for p in d.people for q in d.people
                     if generations_differ(p.name, q.name) for name in (p.name, q.name))


def _roles_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    wa, wb = role_words(a), role_words(b)
    return wa <= wb or wb <= wa


def _merge(cluster: list[Person], dates: dict[str, str | None] | None = None) -> Person:
    names = Counter()
    for person in cluster:
        names[person.name] += person.mentions
    name = max(names, key=lambda n: (len(n.split()), names[n]))
    aliases = {a for p in cluster for a in (p.name, *p.aliases)} - {name}
    roles = tuple(r for p in cluster for r in p.roles)
    articles = tuple(dict.fromkeys(a for p in cluster for a in p.articles))
    mentions = sum(p.mentions for p in cluster)
    quoted = any(p.quoted for p in cluster)
    role = _as_of_latest(best_role(cluster), cluster, dates or {})
    return Person(name=name, aliases=tuple(sorted(aliases)), role=role, roles=roles,
                  mentions=mentions, articles=articles, sources=tuple(s for p in cluster for s in p.sources),
                  quoted=quoted, salience=float(mentions + 3 * (len(articles) - 1) + 2 * quoted))


def best_role(cluster: list[Person]) -> str | None:
    """The best-attested role: the one most articles agree with, then one
    stated without a hedge ("Republican nominee" over "seemingly inevitable
    Republican nominee": the hedge is one article's doubt, the brief names
    the person once for all), then the most specific, then the one saying
    more ("acting TPA Director" over "acting director", which
    it holds)."""
    stated = Counter(p.role for p in cluster if p.role)
    if not stated:
        return None

    def support(role: str) -> int:
        return sum(count for other, count in stated.items() if _roles_agree(role, other))

    # max() keeps the first of equals: the role seen first, as before.
    return max(stated, key=lambda r: (support(r), not HEDGED.search(r), role_specificity(r), len(role_words(r))))


def _as_of_latest(best: str | None, cluster: list[Person], dates: dict[str, str | None]) -> str | None:
    """`best` as of the latest article: the role another article states as
    past ("Ukraine's ousted president", "former President" beside
    "President") when that article is not older than any stating `best`
    (`dates`: article id -> ISO date or None, unknown dates compared as
    equal).  The same office said to have ended outranks the number of
    articles that name it without saying so."""
    if not best or _of_another_time(best):
        return best
    held = {a for p in cluster if p.role == best for a in p.articles}
    newest = max((dates.get(a) or "" for a in held), default="")
    for person in cluster:
        role = person.role
        if not role or not FORMER.search(role) or YEAR_IN_TEXT.search(role) \
                or any((dates.get(a) or newest) < newest for a in person.articles):
            continue
        rest = FORMER.sub("", role, count=1).strip()
        if role_head(rest) == role_head(best) and (_bare(rest) or role_words(rest) <= role_words(best)):
            return role
    return best


def _bare(role: str) -> bool:
    """Whether a role is its office alone, with no "of", "for", "at" ...
    phrase that would say which body's ("Ukraine's president", not
    "president of the student union")."""
    return not re.search(r"\b(?:of|for|at|in|to|with|from)\b", role, re.I)


HEDGED = re.compile(r"\b(?:seemingly|apparently|likely|probable|possible|presumably|presumptive|reportedly"
                    r"|allegedly|supposedly|would-be|expected)\b", re.I)
"""Words that make a role a guess or a claim (general English)."""


def _of_another_time(text: str) -> bool:
    """Whether a role or description says which time it is of: a year, or
    "former", "then", "late" ... (`names.FORMER`)."""
    return bool(YEAR_IN_TEXT.search(text) or FORMER.search(text))


def _of_its_time(quote: Quote, role) -> bool:
    """Whether a role another article gives can be the one a quote's
    description means: not a role of another time ("2012 Republican
    presidential nominee", "former minister") for a description without
    one ("the Republican presidential nominee" of another year's race)."""
    return not _of_another_time(role.text) or _of_another_time(quote.speaker_role or "")


def _one_holder(description: str) -> bool:
    """Whether a description names an office one person holds at a time,
    by more than its head noun ("the Russian foreign minister", "the House
    speaker"): another article's holder of it may be the speaker.  A bare
    "economist" or "the lawyer" is anyone's."""
    words = [w for w in re.findall(r"[\w'’-]+", description.lower()) if w not in ("the", "a", "an")]
    return len(words) >= 2


def resolve_speakers(quotes: Sequence[Quote], people: Sequence[Person]) -> tuple[Quote, ...]:
    """Quotes whose speaker an article only described ("the Russian foreign
    minister said") given the one person whose role, in its own article
    before the quote or, for an office one person holds (`_one_holder`), in
    any article, fits the description ("the executive says" is not the chief
    executive named further on); left unnamed when none or several fit.  People are
    looked up by their roles' head nouns, so this grows with the corpus,
    not with quotes x people."""
    by_head: dict[str, list[Person]] = {}
    for person in people:
        for head in dict.fromkeys(role_head(r.text) for r in person.roles):
            by_head.setdefault(head, []).append(person)
    resolved, known = [], known_as(people)
    for quote in quotes:
        if quote.speaker is not None and quote.speaker.casefold() in known:
            quote = replace(quote, speaker=known[quote.speaker.casefold()])
        if quote.speaker is None and quote.speaker_role:
            article = quote.sources[0].article if quote.sources else None
            fits = [p for p in by_head.get(head_noun(quote.speaker_role), ())
                    if any(role_fits(quote.speaker_role, r.text)
                           and (r.article == article and r.source.start < quote.sources[0].start
                                or r.article != article and _of_its_time(quote, r)
                                and _one_holder(quote.speaker_role))
                           for r in p.roles)]
            if len(fits) == 1:
                quote = replace(quote, speaker=fits[0].name, speaker_role=fits[0].role)
        resolved.append(quote)
    return tuple(resolved)

"""What the corpus is about, as the proper names most of its articles share.

`subject_terms(digests)` gives the name stems (Russia/Russian and
Pakistan/Pakistani share one) found in most articles; `about(text, terms)`
says whether a sentence speaks of the subject rather than of some other
party: subject names make up a third of the parties it names, or it names
no party the corpus knows ("the developments are encouraging").  Stance and divergences use it so a
judgement about a third party does not count as one about the subject.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import islice
from typing import Sequence

from ..language.names import initials, is_title_word
from ..models import Digest

SHARED = 0.6     # a subject name appears in at least this share of the articles
DOMINANT = 0.25  # ... and is mentioned at least this share as often as the top name
STEM = 5         # leading letters that identify a name across its forms
_WORD = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]{2,}|[A-Z]{2,})"
"""A capitalised word: one capital ("Russia"), all capitals ("NATO"), or a
name with capitals inside ("PayPal", "McConnell"), which the first two
would miss."""
_NAME = re.compile(rf"\b({_WORD})\b")
_INSIDE = re.compile(rf"(?<=[\w,;:)] )({_WORD})\b")  # not opening a sentence
_COMMON = frozenset("""The This That These Those There Their They Then When While What Which Who With
    From Into After Before During Since Also However Although Though Despite Meanwhile Moreover Furthermore
    Minister President Prime Foreign Deputy Secretary General Chief Director Mr Mrs Ms Dr""".split()
                     + list(calendar.month_name[1:]) + list(calendar.day_name))


@dataclass(frozen=True, kw_only=True)
class Subject:
    """The subject's name stems (`terms`) and every party the corpus names (`known`)."""

    terms: frozenset[str]
    known: frozenset[str]


def find_subject(digests: Sequence[Digest]) -> Subject:
    """The corpus's subject and known parties, from one pass over its names."""
    per_article = _per_article(digests)
    return Subject(terms=_dominant(per_article), known=frozenset(s for counts in per_article for s in counts))


def subject_terms(digests: Sequence[Digest]) -> frozenset[str]:
    """The name stems that dominate the corpus (see `_dominant`)."""
    return find_subject(digests).terms


def known_names(digests: Sequence[Digest]) -> frozenset[str]:
    """Every name stem of the corpus (capitalized words it never or seldom
    writes in lower case)."""
    return find_subject(digests).known


def _dominant(per_article: list[Counter]) -> frozenset[str]:
    """Stems found in at least `SHARED` of the articles (all of them when
    there are fewer than three) and mentioned at least `DOMINANT` times as
    often as the most mentioned name."""
    total = _total(per_article)
    if not total:
        return frozenset()
    spread = Counter(stem for counts in per_article for stem in counts)
    needed = SHARED * len(per_article) if len(per_article) >= 3 else len(per_article)
    top = total.most_common(1)[0][1]
    return frozenset(stem for stem, count in total.items()
                     if spread[stem] >= needed and count >= DOMINANT * top)


def _total(counters: list[Counter]) -> Counter:
    total: Counter = Counter()
    for counts in counters:
        total.update(counts)
    return total


def names(texts) -> list[str]:
    """The stems of the capitalized words in `texts` (names, and some others)."""
    return [word[:STEM].lower() for text in texts for word in _NAME.findall(text) if word not in _COMMON]


def _per_article(digests: Sequence[Digest]) -> list[Counter]:
    """Each article's name stems with counts, less words the corpus mostly
    writes in lower case ("Great Powers") and words it capitalizes only to
    open a sentence ("Officials said ...")."""
    per_article = [Counter(names(s.text for s in d.sentences)) for d in digests]
    lower = Counter(w[:STEM] for d in digests for s in d.sentences for w in _lower_words(s.text))
    inside = {w[:STEM].lower() for d in digests for s in d.sentences for w in _INSIDE.findall(s.text)}
    capital = _total(per_article)
    return [Counter({stem: n for stem, n in counts.items() if lower[stem] < capital[stem] and stem in inside})
            for counts in per_article]


_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
"""A web or e-mail address ("www.acme.co.uk", "news@acme.org",
"acme.com/shop"): written in lower case whatever the name it holds."""


def _lower_words(text: str) -> list[str]:
    """The lower-case words of `text` (three letters or more) outside web
    and e-mail addresses: an address in lower case is no common-noun use of
    the name it holds ("www.acme.com" beside "Acme")."""
    return re.findall(r"\b[a-z]{3,}\b", _ADDRESS.sub(" ", text))


def about(text: str, terms: frozenset[str], known: frozenset[str] | None = None) -> bool:
    """True when `text` names no known party, or subject names make up at
    least a third of the parties it names (a sentence on the subject's
    dealings with others names them too); False for a sentence about others
    only ("distrust between Washington and Ottawa prevails")."""
    found = names([text])
    if known is not None:
        found = [stem for stem in found if stem in known or stem in terms]
    if not found or not terms:
        return True
    return sum(stem in terms for stem in found) * 3 >= len(found)


def display_names(digests: Sequence[Digest], topic: Subject, limit: int = 3) -> list[str]:
    """The subject's names as the articles write them, most mentioned first:
    for each subject stem its commonest spelled-out form ("Russia", not "Russian")."""
    forms: dict[str, Counter] = {}
    for digest in digests:
        for sentence in digest.sentences:
            for word in _NAME.findall(sentence.text):
                stem = word[:STEM].lower()
                if stem in topic.terms and word not in _COMMON:
                    forms.setdefault(stem, Counter())[word] += 1
    ranked = sorted(forms.values(), key=lambda counts: -sum(counts.values()))
    return [counts.most_common(1)[0][0] for counts in ranked[:limit]]


_RUN = re.compile(r"\b(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,})"
                  r"(?:(?: | (?:of|on|for|and)(?: the)? )(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,})"
                  r"|-(?:[a-z]+-)*(?:[A-Z][a-z]+|[A-Z]+))*\b")
"""A run of capitalised words, through "of", "on", "for", "and" between
them: "Food and Drug Administration" is one name, not "Drug Administration";
a hyphenated name through its lower-case middle ("Chick-fil-A")."""
_JOINING = frozenset("of on for and the".split())
"""The small words `_RUN` runs through: inside a name ("Food and Drug
Administration"), never at either end of one ("Abuja on", of "Abuja on
Friday" once the day is cut off)."""
TITLE_WORDS = 8
"""Longest automatic title, in words."""
PAIRED = 0.5
"""A second name is in the title when mentioned at least this share as often as the first."""


def name_phrases(digests: Sequence[Digest], topic: Subject) -> list[str]:
    """The subject's names whole, as the articles write them ("Kestrel
    Bay", not "Bay, Kestrel"): runs of capitalized words holding a subject
    stem, the most widespread first (by articles, then mentions), none
    part of a better one."""
    return [name for name, _spread, _mentions in _ranked_names(digests, topic)]


def _ranked_names(digests: Sequence[Digest], topic: Subject,
                  passed: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """(name, articles naming it, mentions) for `name_phrases`; the names
    `passed` left out, so none hides a longer name holding it."""
    spread, mentions = Counter(), Counter()
    parties = _titled_parties(digests)
    persons = frozenset(p.name for d in digests for p in d.people)
    per_article = [[run for s in digest.sentences for run in _name_runs(s.text, topic.terms, parties, persons)]
                   for digest in digests]
    alone = {word for found in per_article for run in found for word in run.split() if "-" not in word}
    whole, known, apart = _full_names(digests), _actors(digests), _told_apart(digests)
    for digest, found in zip(digests, per_article):
        own = _own_full_names(digest, whole, apart)
        found = [whole.get(run) or own.get(run, run) for run in (_hyphens(run, alone) for run in found)]
        mentions.update(found)
        spread.update(set(found))
    headlines = [d.article.title or "" for d in digests]
    # Of names as widespread, one most headlines hold leads: what the stories
    # are about, however often the body names another.  On a tie, a name a
    # headline holds, then one some article shows acting before a place it is only in.
    ranked = sorted(spread, key=lambda run: (-spread[run], not _headlined_by_most(run, headlines, persons),
                                             -mentions[run], -_in_headlines(run, headlines),
                                             known is not None and run.casefold() not in known, run))
    kept: list[str] = []
    for run in ranked:
        if run not in passed and not any(_overlaps(run, better) for better in kept):
            kept.append(run)
    return [(run, spread[run], mentions[run]) for run in kept]


def _headlined_by_most(run: str, headlines: Sequence[str], persons: frozenset[str]) -> bool:
    """Whether more than half of the `headlines` (of two or more) name
    `run`, a person's full name (`persons`) by its last word too, as
    headlines do ("Velt wins" for "Ada Velt").  Only a person's name counts:
    a body or a place a headline holds is as often only where the story
    happens ("Senate candidate", "running for Senate")."""
    written = [h for h in headlines if h]
    if len(written) < 2 or not (run in persons or any(p.endswith(" " + run) for p in persons)):
        return False
    form = run.split()[-1] if run in persons and " " in run else run
    return _in_headlines(form, written) * 2 > len(written)


def _in_headlines(run: str, headlines: Sequence[str]) -> int:
    """How many of the articles' `headlines` name `run`, as a whole word."""
    find = re.compile(r"\b" + re.escape(run) + r"\b")
    return sum(bool(find.search(headline)) for headline in headlines)


def _full_names(digests: Sequence[Digest]) -> dict[str, str]:
    """{one word of a person's full name: that full name} for the words of
    the people's names (`Digest.people`) and for their shorter forms of
    several words (`Person.aliases`), so the title never names a person by
    a first name or a surname alone: "Ada" and "Lindqvist" stand for "Ada
    Lindqvist".  A word several people share stands for
    the one the articles mention more than twice as often as any other,
    else for no one."""
    owners: dict[str, Counter] = {}
    one = _one_generation(digests)
    for digest in digests:
        for person in digest.people:
            words = person.name.split() if len(person.name.split()) > 1 else ()
            for word in (*words, *(a for a in person.aliases if " " in a and a[:1].isupper())):
                if word[:1].isupper() and not is_title_word(word) and word != one.get(person.name, person.name):
                    owners.setdefault(word, Counter())[one.get(person.name, person.name)] += max(person.mentions, 1)
    found = {name: whole for name, whole in one.items() if name != whole}
    for word, names in owners.items():
        (best, most), *rest = _one_persons_forms(names).most_common(2)
        if not rest or most > 2 * rest[0][1]:
            found[word] = max((n for n in names if _one_name(n, best)), key=lambda n: (names[n], n))
    return found


def _own_full_names(digest: Digest, whole: dict[str, str], apart: frozenset[str]) -> dict[str, str]:
    """{a word several people of the corpus share: the full name it stands
    for in `digest`} where `digest` names only one of them (`_full_names`
    of that article alone), for the words some article tells apart
    (`apart`); a word the corpus gives one owner (`whole`) is left to it.
    "Velt" in an article that names only Ada Velt is hers, though another
    article tells of her and her son Ivo Velt."""
    return {word: name for word, name in _full_names([digest]).items() if word in apart and word not in whole}


def _told_apart(digests: Sequence[Digest]) -> frozenset[str]:
    """The words of full names that one article gives to two people, not
    to two forms of one name (`_one_name`): "Velt" of Ada and Ivo Velt
    named side by side.  Two articles that each name one "Velt" may name
    one person two ways ("Robert Velt", "Bobby Velt")."""
    found = set()
    for digest in digests:
        names = [p.name for p in digest.people if len(p.name.split()) > 1]
        found.update(word for a in names for b in names if a < b and not _one_name(a, b)
                     for word in set(a.split()) & set(b.split()) if word[:1].isupper() and not is_title_word(word))
    return frozenset(found)


def _ends(name: str) -> tuple[str, str]:
    """A full name's first and last words: what its forms with and without
    a middle name or initial share ("Ada Velt", "Ada M. Velt")."""
    words = name.split()
    return words[0], words[-1]


def _one_persons_forms(names: Counter) -> Counter:
    """`names` (full name: mentions) with the forms of one name counted as
    one (`_one_name`), under the most mentioned of them."""
    merged: Counter = Counter()
    groups: list[list[str]] = []
    for name in sorted(names, key=lambda n: (-names[n], n)):
        home = next((g for g in groups if _one_name(g[0], name)), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    for forms in groups:
        merged[forms[0]] = sum(names[n] for n in forms)
    return merged


def _one_name(a: str, b: str) -> bool:
    """Whether two full names are forms of one (`_ends`): the same first
    and last words, or the same last word after a first name and its
    nickname ("Robert Lind", "Bob Lind")."""
    from ..language.names import fold, nickname

    (first_a, last_a), (first_b, last_b) = _ends(a), _ends(b)
    return last_a == last_b and (first_a == first_b or nickname(fold(first_a), fold(first_b)))


def _one_generation(digests: Sequence[Digest]) -> dict[str, str]:
    """{person's name: the form that stands for it} where articles write one
    person's name with and without a generational suffix ("Ada Velt" and
    "Ada Velt Jr."), no article holding both (one that does tells a father
    from a son): the form the articles mention most stands for all."""
    from ..language.names import generation, generations_differ

    mentions: Counter = Counter()
    for digest in digests:
        for person in digest.people:
            mentions[person.name] += max(person.mentions, 1)
    together = [{p.name for p in d.people} for d in digests]
    # Only names of the same words but for a suffix can be one person's: each is compared with those alone.
    alike: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in mentions:
        alike[generation(name)[0]].append(name)
    found: dict[str, str] = {}
    for a in mentions:
        forms = [b for b in alike[generation(a)[0]] if b == a or (generations_differ(a, b)
                                                    and not any(a in names and b in names for names in together))]
        found[a] = max(forms, key=lambda b: (mentions[b], b))
    return found


def _titled_parties(digests: Sequence[Digest]) -> frozenset[str]:
    """The one-word names that are a title word ("Prince", "Pope") yet name
    a party of the corpus: some article shows the name acting
    (`Digest.acting`: "Prince's house", "Pope said") or names a person by
    it alone."""
    named = {a for d in digests for a in d.acting} | {p.name for d in digests for p in d.people}
    return frozenset(name for name in named if " " not in name and is_title_word(name))


def _name_runs(text: str, terms: frozenset[str], parties: frozenset[str] = frozenset(),
               persons: frozenset[str] = frozenset()) -> list[str]:
    """Capitalized runs of `text` that hold a subject stem, common words
    (sentence openers, titles, months) cut off their ends; a hyphenated
    word stays one word ("Wal-Mart").  A run of one title word that names
    a party (`parties`, see `_titled_parties`) is that party's name, kept.
    A person's name (`persons`) and the place they are "of" are two names
    ("Ada Velt of Holm"): the person's is kept.  A run that only qualifies
    others (`_qualifies`: "critics of Tarn") is none."""
    runs = []
    for match in _RUN.finditer(text):
        if _qualifies(text, match.start()):
            continue
        if match.group() in parties and match.group()[:STEM].lower() in terms:
            runs.append(match.group())
            continue
        words = match.group().split()
        if "of" in words and " ".join(words[:words.index("of")]) in persons:
            words = words[:words.index("of")]
        while words and (_common_end(words[0]) or words[0] in _JOINING):
            words.pop(0)
        while words and (_common_end(words[-1]) or words[-1] in _JOINING):
            words.pop()
        if 0 < len(words) <= 3 and any(part[:STEM].lower() in terms for w in words for part in w.split("-")):
            runs.append(" ".join(words))
    return runs


_QUALIFIER = re.compile(r"(?:\b(?:pro|anti)-|\b(?:critics?|critical|detractors?|opponents?|foes?|supporters?"
                        r"|backers?|loyalists?|admirers?) of (?:the )?)$", re.IGNORECASE)
"""Words that make the name after them qualify someone else (general
English): "pro-Tarn stickers", "critics of Tarn", "supporters of the Tarn
council" tell who others are, not what Tarn does."""


def _qualifies(text: str, start: int) -> bool:
    """Whether the name run at `start` of `text` only qualifies others
    (`_QUALIFIER` right before it): no mention of a party to the story."""
    return bool(_QUALIFIER.search(text[max(0, start - 40):start]))


def _hyphens(run: str, alone: set[str]) -> str:
    """`run` with a hyphenated word split where each of its parts is a name
    the corpus also writes alone (`alone`): "Pakistan-Russia" is two
    names, "Wal-Mart" or "Ocasio-Cortez" one."""
    if "-" not in run:
        return run
    return " ".join(" ".join(w.split("-")) if all(p in alone for p in w.split("-")) else w for w in run.split())


def _common_end(word: str) -> bool:
    """Whether a name run's end word is no part of the name: a common
    capitalised word (`_COMMON`) or a title ("Gov." of "Florida Gov. Ron
    DeSantis", "Senator", "Minister")."""
    return word in _COMMON or is_title_word(word)


def _overlaps(run: str, other: str) -> bool:
    a, b = f" {run} ", f" {other} "
    return a in b or b in a


def title(digests: Sequence[Digest], topic: Subject, themes: Sequence[str], names: Sequence[str] | None = None,
          theme: str | None = None) -> str:
    """A short phrase naming the subject: its one or two main names, whole
    and most widespread first, then the decision most articles name
    (`named_decision`) or else the main theme, not already in them
    ("Kestrel Bay: ferry link", "Pakistan and Russia: energy cooperation");
    a theme of several words is preferred among the first three.  `names`
    (`main_names`) and `theme` (`main_theme` of `themes`): found when None."""
    names = main_names(digests, topic) if names is None else names
    theme = main_theme(digests, topic, themes, names) if theme is None else theme
    # A plan most articles call by its name is what the story is about ("Ferry link" is a keyword);
    # a word of its name is no party to it ("Tide" of "Tide 2040").
    named = named_decision(digests)
    names = [n for n in names if not named or not set(n.split()) <= set(named.split())] or names
    who = " and ".join(names)
    if named and named.lower() not in who.lower() and len(f"{who}: {named}".split()) <= TITLE_WORDS:
        theme = named
    if who and theme:
        # A theme that does not fit whole is left out, never cut ("X and Y: breast").
        whole = f"{who}: {_inside(theme, _capitalised(theme, digests))}"
        return whole if len(whole.split()) <= TITLE_WORDS else _cut(who)
    return _cut(who or theme[:1].upper() + theme[1:]) if who or theme else "Briefing"


FEWEST_MENTIONS = 3
"""Fewest mentions of a name one article alone holds for it to name the
subject (see `_passed_by`)."""


def _passed_by(found: tuple[str, int, int], headlines: Sequence[str]) -> bool:
    """Whether a ranked name (name, articles, mentions) is one a single
    article names once or twice and not in its headline: someone or
    something it passes by ("a guide by Ada Velt", then "Velt says"), not
    what it is about."""
    name, spread, mentions = found
    return spread <= 1 and mentions < FEWEST_MENTIONS and not _in_headlines(name, headlines)


def main_names(digests: Sequence[Digest], topic: Subject) -> list[str]:
    """The subject's one or two main names, whole and most widespread first.
    A second name (of the next two) only when it runs through the articles
    nearly as the first does, and is named more than once: a pair the
    story is about ("Pakistan and Russia"), not two names met once each,
    nor a place the story happens in (`_a_party`).  A name shaped as an
    adjective ("American" of "American voters", "Democratic", "Russian")
    names no party while a noun name is there to name one; a name the
    articles give only as the one who says something (`only_a_source`)
    names none while another name is there; nor does a part an actor
    plays (`_characters`) while a real party is there."""
    headlines = [d.article.title or "" for d in digests]
    ranked = [found for found in _ranked_names(digests, topic) if not common_acronym(found[0], digests)
              and not _passed_by(found, headlines)][:3]
    # A name that only qualifies common nouns ("Tarnish officials") is passed
    # over, and the longer name it hid comes back ("Tarnish Republic").
    qualifying = frozenset(found[0] for found in ranked if qualifier(found[0], digests))
    if qualifying:
        ranked = [found for found in _ranked_names(digests, topic, qualifying) if not common_acronym(found[0], digests)
                  and not _passed_by(found, headlines)][:3] or ranked
    ranked = [found for found in ranked if not only_a_source(found[0], digests)] or ranked
    characters = _characters(digests) if ranked else frozenset()
    ranked = [found for found in ranked if not _of_a_character(found[0], characters)] or ranked
    nouns = [found for found in ranked if not _ADJECTIVE.fullmatch(found[0])]
    ranked = nouns or ranked
    ranked = _parties_first(ranked, digests)
    if not ranked:
        return []
    (first, spread, mentions), rest = ranked[0], ranked[1:]
    second = next((name for name, their_spread, theirs in rest
                   if their_spread >= SHARED * spread and theirs >= max(PAIRED * mentions, 2)
                   and (not _same_name(name, first) or _two_people(name, first, digests)) and _an_actor(name, digests) and _a_party(name, digests)), None)
    return [first, second] if second else [first]


def _characters(digests: Sequence[Digest]) -> frozenset[str]:
    """The names the articles give as a part someone plays ("in her role
    as Nora Vale", "his character, Nora Vale"): a story's fiction, no
    party to its news."""
    return frozenset(m.group(1) for d in digests for s in d.sentences if _PLAYS.search(s.text)
                     for m in _ROLE_PLAYED.finditer(s.text))


def _of_a_character(name: str, characters: frozenset[str]) -> bool:
    """Whether `name` is one of the `characters` or its words are some of
    one's ("Nora" of "Nora Vale": the part called by her first name)."""
    words = name.split()
    return name in characters or any(words == c.split()[:len(words)] or words == c.split()[-len(words):]
                                     for c in characters)


_PLAYS = re.compile(r"\b(?:role|character|part of)", re.I)  # a cheap look before the full pattern
_ROLE_PLAYED = re.compile(r"\b(?:[Rr]ole as|played the (?:part|role) of|[Cc]haracter,?(?: of)?)"
                          r"\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
"""A name after "role as", "played the part of" or "character": a part
played.  Not "the role of" ("the role of the council": what it does),
nor "portrayed" ("portrayed the council as weak": how it is shown)."""


def _parties_first(ranked: list[tuple[str, int, int]], digests: Sequence[Digest]) -> list[tuple[str, int, int]]:
    """`ranked` (name, articles, mentions) without the places the story
    only happens in (`_a_place`, and no `_a_party`) while a party nearly as
    widespread (`SHARED`) is there to lead the title: "in Holm police
    arrested Ada Velt" is about Ada Velt, not Holm."""
    places = [found for found in ranked if not _a_party(found[0], digests) and _a_place(found[0], digests)]
    rest = [found for found in ranked if found not in places]
    if places and rest and rest[0][1] >= SHARED * places[0][1]:
        return rest
    return ranked


def _two_people(a: str, b: str, digests: Sequence[Digest]) -> bool:
    """Whether `a` and `b` are two people's full names (`Digest.people`)
    that differ before the surname they may share: sisters, not one
    name's two forms."""
    people = {p.name for d in digests for p in d.people}
    return a in people and b in people and len(a.split()) > 1 and len(b.split()) > 1 and a.split()[0] != b.split()[0]


def _a_party(name: str, digests: Sequence[Digest]) -> bool:
    """Whether `name` is a party to the story: some article portrays it
    (`Digest.portrayals`) or names a person by it, or most articles
    (`SHARED`) show it acting (`Digest.acting`: "Russia sent troops").  A
    place the story only happens in ("Marland" of "Marland farmers", "in
    Marland") is read but seldom acts.  True when no digest records
    portrayals (nothing to tell by)."""
    if not any(d.portrayals for d in digests):
        return True
    folded = name.casefold()
    acting = sum(folded in {a.casefold() for a in d.acting} for d in digests)
    return acting >= SHARED * len(digests) or \
        any(folded == p.actor.casefold() for d in digests for p in d.portrayals) or \
        any(folded in (p.name.casefold(), *p.name.casefold().split()) for d in digests for p in d.people)


_PLACE_END = (r"(?=[^\w\s-]|$|\s(?:and|or|on|in|at|to|for|from|with|by|since|during|last|this|next|where|when"
              r"|while|before|after|said|says|have|has|had|was|were|is|are|[a-z]+ed)\b)")
"""What may follow a place's name that ends its noun phrase: punctuation,
a conjunction, a preposition, a verb of its clause ("Police in Holm
arrested ...") (general English)."""


def _a_place(name: str, digests: Sequence[Digest]) -> bool:
    """Whether some article sets something in `name`, as in a place ("in
    Holm", "near Holm"): a name without "the" after a preposition of place,
    and ending its noun phrase ("in Holm, police said"; not "in Holm
    restaurants", where it qualifies the noun after it)."""
    find = re.compile(r"\b(?:in|near|across|throughout|outside) " + re.escape(name) + _PLACE_END)
    return any(find.search(s.text) for d in digests for s in d.sentences)


JUDGING = frozenset("attribute believe think expect reckon feel see".split())
"""Verbs of judging (general English): "X attributed the rally to ...",
like "X said", tells what X thinks, not what X does."""


def only_a_source(name: str, digests: Sequence[Digest]) -> bool:
    """Whether the articles name `name` only as the one whose words or view
    they give (every sentence naming it carries a quotation or paraphrase
    of theirs, or has them say or judge something: "said Ann Berg", "Berg
    attributed the fall to ..."), and no headline names it: a source the
    articles consult, not the party the story is about.  False for a name
    no sentence holds."""
    last = name.split()[-1]
    find = re.compile(r"\b" + re.escape(last) + r"\b")
    if any(find.search(d.article.title or "") for d in digests):
        return False
    naming = [(d, s) for d in digests for s in d.sentences if find.search(s.text)]
    return bool(naming) and all(_theirs(s, d, last) or _says(s.text, last) for d, s in naming)


def _theirs(sentence, digest: Digest, last: str) -> bool:
    """Whether `sentence` carries a quotation or paraphrase `digest` gives
    to a speaker whose name holds the word `last`."""
    start, end = sentence.source.start, sentence.source.end
    return any(quote.speaker and last in quote.speaker.split() and source.start < end and source.end > start
               for quote in (*digest.quotes, *digest.reported) for source in quote.sources)


def _says(text: str, last: str) -> bool:
    """Whether the name ending in `last` is, in `text`, the subject of a
    verb of saying or judging ("Berg said", "said Ann Berg", "Berg
    believes"), or names the one a speaking report comes from ("a note
    from Berg said")."""
    from ..language import nlp
    from ..language.saying import TELLING

    for token in next(nlp.syntax([text])):
        if token.text == last:
            named = token.head if token.dep_ in ("compound", "flat") else token
            if named.dep_ == "pobj" and named.head.lower_ in ("from", "by", "of"):
                named = named.head.head  # "a note from Berg said": the note speaks for them
            if named.dep_ == "nsubj" and named.head.lemma_ in TELLING | JUDGING:
                return True
    return False


SUBJECT_ITEMS = 4
"""Most items on the subject line."""


def subject_line(digests: Sequence[Digest], topic: Subject, labels: Sequence[str], person: bool,
                 names: Sequence[str] | None = None) -> str | None:
    """The brief's subject line: where the subject is a person (`person`),
    the main names first (`main_names`: "Ann Berg, Ola Dahl, ferry
    link"), then the theme `labels` not repeating a name's word; else the
    labels alone ("Ferry link, cost, harbour"); a decision most articles
    name (`named_decision`) comes before the labels.  A label after the first
    reads as it does in the title (`_inside`); a label the articles write
    only inside quotation marks (`_only_quoted`: a speaker's phrase, "like
    free money") is no subject, as it is no title.  None when there is
    nothing to name.  `names`: `main_names`, found when None."""
    names = (main_names(digests, topic) if names is None else list(names)) if person else []
    named = named_decision(digests)
    if named:
        names = [*(n for n in names if not set(n.split()) <= set(named.split())), named]
    words = {w.lower() for name in names for w in name.split()}
    rest = (label for label in labels if not {w.lower() for w in label.split()} & words)
    # Only the labels the line can still hold are looked up in the articles' quotations.
    items = [*names, *islice((label for label in rest if not _only_quoted(label, digests)),
                             max(0, SUBJECT_ITEMS - len(names)))][:SUBJECT_ITEMS]
    # Inside the line a label reads as the articles write it ("Ann Berg, ferry link"), as in the title.
    return ", ".join([items[0], *(_inside(item, item in names or _capitalised(item, digests))
                                  for item in items[1:])]) if items else None


def common_acronym(name: str, digests: Sequence[Digest]) -> bool:
    """Whether `name` is an acronym of a common noun ("IPO", "CEO"): all
    capitals, and some sentence sets "a", "an" or a possessive before it
    ("an IPO", "its CEO"), as no one writes of a party ("an FBI"), or
    spells it out in lower-case words (`_spelled_in_lower_case`)."""
    if not name.isupper() or " " in name:
        return False
    owned = re.compile(rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+{re.escape(name)}\b")
    return any(owned.search(s.text) or _spelled_in_lower_case(name, s.text) for d in digests for s in d.sentences) \
        or _counted(name, [s.text for d in digests for s in d.sentences])


def _counted(name: str, texts: Sequence[str]) -> bool:
    """Whether every use of the acronym `name` in `texts` (two at least) is
    a count of it that ends its noun phrase ("2 HR, 1 RBI", "3 MPG."): a
    unit counted, as no party is ("3 NBA titles" counts titles)."""
    uses = [m for text in texts for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return len(uses) >= 2 and all(re.search(r"\b\d+(?:\.\d+)?\s+$", m.string[:m.start()])
                                  and re.match(r"\s*(?:[^\w\s-]|$)", m.string[m.end():]) for m in uses)


_SPELLED = re.compile(r"\(([a-z][a-z ,'’-]+)\)")
_BEFORE_IT = re.compile(r"((?:[a-z][a-z'’-]*,? ){1,8})\($")


def _spelled_in_lower_case(name: str, text: str) -> bool:
    """Whether `text` spells the acronym `name` out in lower-case words
    beside it, as one explains a term ("HAL (home assisted living)",
    "home assisted living (HAL)"): a common noun's, where a party's name
    is spelled in capitals ("Federal Bureau of Investigation (FBI)")."""
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        after = _SPELLED.match(text, match.end() + 1) if text[match.end():match.end() + 2] == " (" else None
        before = _BEFORE_IT.search(text[:match.start()])
        for words in (after and after.group(1), before and before.group(1)):
            if words and initials_of(words, len(name)) == name.lower():
                return True
    return False


def initials_of(words: str, count: int) -> str:
    """The first letters of the last `count` words of `words` that are no
    small joining word ("of", "and")."""
    kept = [w for w in re.findall(r"[a-z][\w'’-]*", words) if w not in _JOINING]
    return "".join(w[0] for w in kept[-count:]) if len(kept) >= count else ""


QUALIFYING = 0.7
"""Share of a one-word name's uses that qualify a common noun for it to
name no party (`qualifier`)."""
QUALIFYING_USES = 3
"""Fewest uses that tell it: a short story names a party's leader three
times, all as "the Velt government", and never as one who acts."""


def qualifier(name: str, digests: Sequence[Digest]) -> bool:
    """Whether the articles write the one-word `name`, where it stands
    alone (not opening a longer name), mostly (`QUALIFYING`) as a modifier
    of a common noun ("the Tarnish cabinet", "Tarnish officials", "the
    Velt tax cuts"): an adjective of a people or an era, naming no party
    the story is about, whatever its ending."""
    from ..language import nlp

    if " " in name:
        return False
    find = re.compile(r"\b" + re.escape(name) + r"\b(?![ -]?[A-Z])")
    texts = [s.text for d in digests for s in d.sentences if find.search(s.text)]
    uses = [t.dep_ in ("amod", "compound", "nmod") and t.head.pos_ == "NOUN"
            for doc in nlp.syntax(texts) for t in doc if t.text == name]
    return len(uses) >= QUALIFYING_USES and sum(uses) >= QUALIFYING * len(uses)


_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ican|ese|ish|ic|ean|ani)")
"""One capitalised word with an adjective's ending: a nationality, a
religion or a party ("Russian", "Democratic", "Pakistani")."""


def main_theme(digests: Sequence[Digest], topic: Subject, themes: Sequence[str],
               names: Sequence[str] | None = None) -> str | None:
    """The theme label the title names beside the main `names`: among the
    first three `themes`, the first of several words ("executive order"),
    else the first, while most of the headlines name it (`_headlined`);
    else the theme most of them name (what the stories lead on, not a
    thread they follow), the earlier on a tie.  None when no theme is
    left: a label repeating a name is passed over, and so is one the
    articles write only inside quotation marks (a slogan someone spoke)."""
    names = main_names(digests, topic) if names is None else names
    words = {w.lower() for name in names for w in re.split(r"[\s-]+", name)}
    fitting = [t for t in themes if not {w.lower() for w in re.split(r"[\s-]+", t)} & words
               and not _only_quoted(t, digests)]
    headlines = [d.article.title for d in digests if d.article.title]
    counts = {t: _headlined(t, headlines, topic.known) for t in fitting}
    named = [t for t in fitting if counts[t] >= HEADLINED and counts[t] * 2 > len(headlines)]
    first = [t for t in fitting if t in themes[:3]]
    chosen = next((t for t in first if " " in t), first[0] if first else None)
    # One general word ("Plan", "Choice") leads only where every headline holds it, or where it names an event.
    leading = [t for t in named if " " in t or counts[t] == len(headlines) or _EVENT_NOUN.search(t)]
    if chosen in named or not leading:
        return chosen
    return max(leading, key=lambda t: counts[t])  # the earlier on a tie


_EVENT_NOUN = re.compile(r"(?:ment|tion|sion|ance|ence|ure)s?$", re.IGNORECASE)
"""Endings of a noun made of a verb, that names an event (general
English): "Indictment", "Resignation", "Closure"."""
HEADLINED = 2
"""Fewest headlines that must hold a theme's head noun for it to lead the title."""
_DERIVED = re.compile(r"(?:ments?|ations?|ions?|ings?|es|ed|s)$")
"""Endings that make a noun or verb of one stem (general English):
"indictment", "indicted"; "charges", "charged"; "meeting", "meets"."""


def _stem_of(word: str) -> str:
    """`word` in lower case without an ending of `_DERIVED` (where three
    letters are left) or a final "e" ("Indictments" -> "indict", "charge" ->
    "charg"; "Immigrants" -> "immigrant", not "Immigration"'s "immigr")."""
    word = word.lower()
    cut = _DERIVED.sub("", word)
    word = cut if len(cut) >= 3 else word
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _headlined(label: str, headlines: Sequence[str], known: frozenset[str] = frozenset()) -> int:
    """How many `headlines` hold a word of `label` in some form of its stem
    (`_stem_of`): its head noun, its last word ("Criminal charges" in
    "Prosecutors charge mayor"; "Law" not in "Lawmakers meet"), or a word
    before it of four letters or more ("Budget plan" in "Budget under
    fire"; not the "new" of "New ad").  A name the corpus knows (`known`,
    stems as `Subject.known` holds them) is no topic a headline leads on,
    but where it happens or who does it ("House floor", "Holm council")."""
    words = [w for w in label.split() if w[:STEM].lower() not in known]
    if not words:
        return 0
    stems = {_stem_of(w) for w in words if w == label.split()[-1] or len(w) >= 4}
    return sum(any(_stem_of(w) in stems for w in re.findall(r"[A-Za-z]+", headline)) for headline in headlines)


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _only_quoted(label: str, digests: Sequence[Digest]) -> bool:
    """Whether every time the articles write `label` it is inside quotation
    marks (none when they never write it as it stands)."""
    find = re.compile(r"\b" + re.escape(label) + r"\b", re.IGNORECASE)
    texts = [s.text for d in digests for s in d.sentences if find.search(s.text)]
    return bool(texts) and not any(find.search(_QUOTED.sub(" ", text)) for text in texts)


DECISIONS = frozenset("""law bill act order ruling decision verdict policy ban veto legislation measure resolution
    regulation rule reform mandate tariff sanction cut amendment proposal plan budget""".split())
"""Nouns that name a decision, made or proposed (general English): a
subject they head is supported or criticised, not hoped for or doubted."""


_DECISION_NOUNS = sorted(DECISIONS | {"programme", "program", "strategy", "initiative", "scheme", "blueprint",
                                      "agenda", "package"}, key=len, reverse=True)
_NOUN = "(?:" + "|".join(_DECISION_NOUNS) + ")s?"
_KNOWN_AS = re.compile(rf"(?:\b{_NOUN},? (?:known as|dubbed|nicknamed|titled|entitled)"
                       rf"|\ban? (?:[\w-]+ ){{0,3}}{_NOUN},? (?:called|named)) "
                       r"(?:the )?[“\"‘']?(?P<name>[A-Z][\w'’-]*(?: (?:(?:of|and|for|on|the) )*(?:[A-Z][\w'’-]*|\d{2,4}))*)")
"""A decision introduced by its name ("a harbour plan, known as Tide
2040", "a bill called the Safe Harbour Act"); "called" and "named" only
after "a" or "an", where they name what is new to the reader, not where
they say what it did ("the plan called Rep. Lund's bluff")."""


def named_decision(digests: Sequence[Digest]) -> str | None:
    """The name of a plan, law or programme some article introduces by it
    (`_KNOWN_AS`) that most articles (`SHARED`, two at least) write: the
    development the story is about, which its frequent keywords only
    circle ("oil prices", "plans").  None when there is no such name."""
    texts = [" ".join(s.text for s in d.sentences) for d in digests]
    needed = max(2, SHARED * len(texts))
    for text in texts:
        for found in _KNOWN_AS.finditer(text):
            name = found.group("name")
            written = re.compile(r"\b" + re.escape(name) + r"\b")
            # The plain search first: a name no other text holds needs no pattern read over them all.
            if sum(name in other and bool(written.search(other)) for other in texts) >= needed:
                return name
    return None


def is_decision(theme: str | None) -> bool:
    """Whether a theme label names a decision: its last word, singular, is
    one of `DECISIONS` ("Executive order", "Benefit cuts"; not "Gas pipeline")."""
    if not theme:
        return False
    head = theme.split()[-1].lower()
    return head in DECISIONS or (head.endswith("s") and head[:-1] in DECISIONS)


def _an_actor(name: str, digests: Sequence[Digest]) -> bool:
    """Whether some article shows `name` acting, portrays it or names a
    person by it: a party to the story, not a word that only qualifies one
    ("Democratic lawmakers", "Russian officials" had titled briefs "Senate
    and Democratic", "Trump and Russian").  True when no digest records its
    actors or people (nothing to tell by)."""
    known = _actors(digests)
    return known is None or name.casefold() in known


def _actors(digests: Sequence[Digest]) -> frozenset[str] | None:
    """The casefolded names of the parties and people `_an_actor` knows;
    None when no digest records its actors or people."""
    if not any(d.acting or d.people for d in digests):
        return None
    parties = {a.casefold() for d in digests for a in (*d.acting, *(p.actor for p in d.portrayals))}
    people = {w.casefold() for d in digests for p in d.people for w in (p.name, *p.name.split())}
    return frozenset(parties | people)


def _same_name(a: str, b: str) -> bool:
    """Two forms of one name: a shared stem ("Japan", "Japanese") or one the
    initials of the other ("NYC", "New York City")."""
    return bool(_stems(a) & _stems(b)) or a.upper() == initials(b) or b.upper() == initials(a)


def _stems(name: str) -> set[str]:
    return {word[:STEM].lower() for word in name.split()}


def _inside(theme: str, name: bool = False) -> str:
    """A theme label as it reads after a name: "Ferry link" -> "ferry
    link"; a name or acronym ("Shanghai Cooperation", "NATO") as it is,
    and so a label opening on a `name` ("Harlow council"), or on a word
    no common noun is written as, with a digit or a capital inside it
    ("Covid-19 vaccine", "eBook", "McRib")."""
    words = theme.split()
    if name or words[0].isupper() or (len(words) > 1 and words[1][:1].isupper()) or _coined(words[0]):
        return theme
    return theme[:1].lower() + theme[1:]


def _coined(word: str) -> bool:
    """Whether `word` holds a digit or a capital after its first letter: a
    name's spelling ("Covid-19", "McRib"), never a common word's."""
    return any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])


def _capitalised(label: str, digests: Sequence[Digest]) -> bool:
    """Whether the articles write `label` inside a sentence more often than
    not as it stands, its first word capitalised: a name opens it
    ("Harlow council"); not "congressional testimony" beside "Congress",
    nor "High court" the articles write "High Court" or "high court"."""
    inside = re.compile(r"(?<=[\w,;:)] )" + re.escape(label) + r"\b", re.IGNORECASE)
    found = [m.group() for d in digests for s in d.sentences for m in inside.finditer(s.text)]
    if not found and " " in label:
        # A label the articles never write whole ("Velt plan" of "Velt's plan"): as they write its first word.
        first = label.split()[0]
        return _capitalised(first, digests) if first[:1].isupper() else False
    return sum(w == label for w in found) * 2 > len(found)


def _cut(text: str) -> str:
    return " ".join(text.split()[:TITLE_WORDS])


def kept_title(previous: str | None, digests: Sequence[Digest]) -> bool:
    """True when the previous edition's automatic title still names the
    subject: each of its words is in at least half the articles.  Then it
    stays, so a paragraph more does not retitle the brief; a corpus that
    moved on to another subject gets a new one."""
    if not previous or not digests:
        return False
    words = {w[:STEM].lower() for w in re.findall(r"[A-Za-z]{3,}", previous)}
    texts = [" ".join(s.text for s in d.sentences).lower() for d in digests]
    return bool(words) and all(sum(w in text for text in texts) * 2 >= len(texts) for w in words)

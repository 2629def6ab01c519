"""Digests in, portrayals out: how each source treats each main actor.

Each digest already holds how its article treats every actor it names
(`distill.stance.portray`).  Here the actors' names are made one across
articles ("Trump", "Donald Trump" and "Mr. Trump" are the person
`voices.merge_people` found; "Republican" and "Republicans" one group;
"FBI" and "Federal Bureau of Investigation" one organization), the main
actors are chosen (named in the most articles, then mentioned most; a
group only where some article shows it acting, a name the tagger calls a
person only where a person of the corpus stands behind it),
and one `Portrayal` is kept per main actor and article that names it: the
rows and columns of the brief's source x actor grid.

Each cell's polarity is decided by a small learned decision
(`portrayal.json` beside this module, chosen by `scripts/train_portrayal.py`
on half of the BASIL stories' `author_feeling_entities`): the article takes
a side on the actor when its own clear readings of the actor that way (and
those of the quotes it chooses) reach a learned count and share of the
actor's mentions (`features`, `decide`).  A logistic regression over the
readings' probabilities did no better than chance on stories it had not
seen (the readings barely tell a neutral article from a harsh one), so the
decision is kept to a few numbers.  Without the model file the sign of the
readings' balance decides, as before.  The evidence shown is the article's
sentences that read the actor the way the cell says, clearest first; a
side no sentence shows is not taken.  The brief's digests carry their
portrayals decided the same way (`in_digests`): one article, one actor,
one answer.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Sequence

from ..language import nlp
from ..language.channels import INFORMING, INTERVIEWING, channel
from ..language.saying import REPORTING
from ..language.names import acronym, fold, initials, is_role_word, opens_on_description, role_words, split_title, \
    surname
from ..models import Claim, Digest, Person, Portrayal, Sentiment
from ..distill.stance import HEARSAY, REPORTED, VERDICTS, lean, own_words
from .subject import STEM

ACTORS = 8        # main actors kept
MIN_MENTIONS = 2  # mentions across the corpus an actor needs to be a main actor


def find_portrayals(digests: Sequence[Digest], people: Sequence[Person] = (),
                    limit: int = ACTORS, found: Reported | None = None) -> tuple[Portrayal, ...]:
    """The portrayals of the main actors, by actor (main first), then article
    order (`found`: the cells reported on, `reported`, found when None)."""
    named = judging_names(digests, people)
    own = _own_forms(digests, people, named)
    by_id = {d.article.id: d for d in digests}
    return tuple(judge(cell, by_id[cell.article], key, {**named, **own.get(cell.article, {})})
                 for key, cell in cells(digests, people, limit, found))


def in_digests(digests: Sequence[Digest], people: Sequence[Person] = ()) -> tuple[Digest, ...]:
    """`digests` with each of their portrayals decided as the grid decides
    its cell (`judge`): the article's readings of every name the actor goes
    by, under the learned decision, so a digest never calls an actor
    negative where the grid calls the same article's treatment neutral
    ("Clinton" and "Hillary Clinton" of one article are one actor, one
    answer).  Each keeps its own name and mentions.  A name the grid
    leaves out as no one's (`vouched`: "Dad", "Momma", tagged a person
    with no person behind it), or as no actor (`_actors_only`: a group no
    article shows acting), is left out of the digest's list too."""
    named = judging_names(digests, people)
    own = _own_forms(digests, people, named)
    canonical = _canonical(people)
    _merged, _forms, folded = _by_actor(digests, canonical, own)
    acted = _acted(digests, canonical, folded)
    known = {word for person in people for form in (person.name, *person.aliases) for word in _words(form)}
    return tuple(replace(digest, portrayals=_decided(replace(digest, portrayals=_actors_only(
        digest, canonical, {**canonical, **own.get(digest.article.id, {})}, folded, acted, known)),
                                                     {**named, **own.get(digest.article.id, {})}))
                 for digest in digests)


def _actors_only(digest: Digest, canonical: dict[str, str], names: dict[str, str], folded: dict[str, str],
                 acted: set[str], known: set[str]) -> tuple[Portrayal, ...]:
    """The digest's `vouched` portrayals of the names the grid would take
    for actors: a name with a word of one of the corpus's people's names
    (`known`: "Hunter Jr." of Duncan Hunter Jr.), or one some article shows
    acting (`acted`, keys, see `_by_actor`; `names`, the article's forms of
    people's names; `folded`, acronyms under their full names').  A name
    only ever met in passing (an abbreviation in a list of topics, "(TB,
    water, roads)"; a word of a seminar's title; a capitalised first word,
    "Elected officials") is no actor the article portrays, in its digest
    as in the grid."""
    return tuple(p for p in vouched(digest, canonical)
                 if set(_words(p.actor)) & known or folded.get(key := actor_key(p.actor, names), key) in acted)


def _decided(digest: Digest, named: dict[str, str]) -> tuple[Portrayal, ...]:
    """The digest's portrayals, each judged on all the article's mentions
    of its actor (`judging_names` keys) as the grid's cell is."""
    mentions: Counter = Counter()
    for portrayal in digest.portrayals:
        mentions[actor_key(portrayal.actor, named)] += portrayal.mentions
    found = []
    for portrayal in digest.portrayals:
        key = actor_key(portrayal.actor, named)
        judged = judge(replace(portrayal, mentions=mentions[key]), digest, key, named)
        found.append(replace(judged, mentions=portrayal.mentions))
    return tuple(found)


def judging_names(digests: Sequence[Digest], people: Sequence[Person] = ()) -> dict[str, str]:
    """Every form (case-folded) of a person's name -> the person's key (see
    `_canonical`), and every form of an acronym the grid folds into its
    full name -> the full name's key, so an actor's readings are found
    under each name it goes by ("NAACP" read in one article is the cell of
    "National Association for the Advancement of Colored People")."""
    canonical = _canonical(people)
    _merged, _forms, folded = _by_actor(digests, canonical)
    spelled = {p.actor.casefold(): folded[key] for digest in digests for p in digest.portrayals
               if (key := actor_key(p.actor, canonical)) in folded}
    return {**spelled, **canonical}


@dataclass(frozen=True, kw_only=True)
class Reported:
    """The grid's cells before its main actors are chosen (`reported`)."""

    canonical: dict[str, str]   # every form of a person's name -> the person's key (`_canonical`)
    merged: dict                # the cells of actors the articles report on (`_reported_on`)
    forms: dict[str, Counter]   # the names each actor key is written as, with their mentions
    folded: dict[str, str]      # acronym keys -> their full name's (`_by_actor`)


def reported(digests: Sequence[Digest], people: Sequence[Person] = ()) -> Reported:
    """The cells of `digests` whose actor the article reports on, with the
    names behind them: found once for the divergences' cast
    (`main_actor_keys`) and the grid (`cells`), as each parses the
    sentences that name a group."""
    canonical = _canonical(people)
    merged, forms, folded = _by_actor(digests, canonical, _own_forms(digests, people, canonical))
    return Reported(canonical=canonical, merged=_reported_on(merged, forms, digests, set(canonical.values())),
                    forms=forms, folded=folded)


def cells(digests: Sequence[Digest], people: Sequence[Person] = (),
          limit: int = ACTORS, found: Reported | None = None) -> list[tuple[str, Portrayal]]:
    """(actor key, the article's readings of the actor as one portrayal) for
    each main actor and article naming it, by actor (main first), then
    article order: the grid before the model decides each cell (`found`:
    `reported`, found when None)."""
    found = found if found is not None else reported(digests, people)
    canonical, merged, forms = found.canonical, found.merged, found.forms
    main = _main_actors(merged, limit)
    # A person is shown by their name, though an article may only use their surname ("Hutchison").
    full = {person.name.casefold(): split_title(person.name)[1] for person in people}
    names = {key: _display(key, _with_name(forms[key], full.get(key)), canonical) for key in main}
    names = {key: defined(name, digests) if acronym(name) else name for key, name in names.items()}
    order = {d.article.id: n for n, d in enumerate(digests)}
    grid = [(key, _combine(names[key], article, merged[(key, article)]))
            for key in main for (k, article) in merged if k == key]
    grid += [(key, cell) for key in main for cell in _named_otherwise(key, names[key], forms[key], digests, merged)]
    return sorted(grid, key=lambda item: (main.index(item[0]), order.get(item[1].article, 0)))


_OWNED_BEFORE = re.compile(r"(?:['’]s|s['’])\s+$")  # a possessive just before a match


def _named_otherwise(key: str, actor: str, forms: Counter, digests: Sequence[Digest],
                     merged: dict) -> list[Portrayal]:
    """A neutral cell, with no evidence, for each article with no cell of
    the actor `key` whose text still names it by one of its `forms` of two
    words or more in other capitals ("tea party" where the grid shows "Tea
    Party": a style that writes the name in lower case, which the tagger
    does not take for a name): the grid's blank says the article does not
    name the actor, and it does.  No reading of it is made, so no side.
    A form after a possessive ("the state's environmental protection
    agency") describes that owner's body, not the actor named so."""
    long_forms = [form for form in forms if len(form.split()) >= 2]
    found = []
    for digest in digests:
        if (key, digest.article.id) in merged or not long_forms:
            continue
        # Written as one of the forms, the name was the tagger's to find: part of a longer name, or no actor.
        # One owned ("the state's environmental agency") is that owner's body, described, not the name.
        text = digest.article.text
        named = sum(m.group(0) not in forms and not _OWNED_BEFORE.search(text, max(0, m.start() - 4), m.start())
                    for form in long_forms
                    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.I))
        if named:
            found.append(Portrayal(actor=actor, article=digest.article.id, polarity="neutral", score=0.0,
                                   evidence=(), mentions=named))
    return found


def main_actor_keys(digests: Sequence[Digest], people: Sequence[Person] = (),
                    limit: int = ACTORS, found: Reported | None = None) -> tuple[dict[str, str], frozenset[str]]:
    """(every form of a person's name -> its key, the keys of the main
    actors): `actor_key(name, canonical) in keys` says whether a name is one
    of the grid's actors (an acronym's key is there with its full name's).
    `found`: `reported`, found when None."""
    found = found if found is not None else reported(digests, people)
    main = set(_main_actors(found.merged, limit))
    return found.canonical, frozenset(main | {short for short, full in found.folded.items() if full in main})


def _by_actor(digests: Sequence[Digest], canonical: dict[str, str],
              own: dict[str, dict[str, str]] | None = None) -> tuple[dict, dict, dict[str, str]]:
    """(the vouched portrayals by (actor key, article), the names each actor
    key is written as, with their mentions, and the acronym keys folded into
    their full name's: "FBI" and "Federal Bureau of Investigation" are one
    actor).  A group is kept only where some article shows it acting
    (`Digest.acting`); a person always is.  `own`: an article's own forms
    of its people's names (`_own_forms`), by article id."""
    merged: dict[tuple[str, str], list[Portrayal]] = defaultdict(list)
    forms: dict[str, Counter] = defaultdict(Counter)
    own = own or {}
    for digest in digests:
        names = {**canonical, **own.get(digest.article.id, {})}
        for portrayal in vouched(digest, canonical):
            key = actor_key(portrayal.actor, names)
            forms[key][portrayal.actor] += portrayal.mentions
            merged[(key, digest.article.id)].append(portrayal)
    persons = set(canonical.values())
    folded = _acronyms(forms, persons)
    folded.update({short: full for short, full in _short_forms(forms, persons, digests).items()
                   if short not in folded and full not in folded})
    acted = _acted(digests, canonical, folded)
    kept: dict[tuple[str, str], list[Portrayal]] = defaultdict(list)
    for (key, article), found in merged.items():
        key = folded.get(key, key)
        if key in persons or key in acted:
            kept[(key, article)] += found
    for short, full in folded.items():
        forms[full].update(forms.pop(short))
    return kept, forms, folded


def _acted(digests: Sequence[Digest], canonical: dict[str, str], folded: dict[str, str]) -> set[str]:
    """The keys of the names some article shows acting (`Digest.acting`),
    an acronym's under its full name's (`folded`)."""
    return {folded.get(key, key) for key in (actor_key(name, canonical) for d in digests for name in d.acting)}


def _acronyms(forms: dict[str, Counter], persons: set[str]) -> dict[str, str]:
    """Acronym key -> the key of the one other group whose name it spells
    ("FBI" -> "Federal Bureau of Investigation"; "RNC" -> "Republican
    National Committee").  An acronym two names spell stays as it is."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for key, names in forms.items():
        if key not in persons:
            for name in names:
                if " " in name:
                    spelled[initials(name)].add(key)
    found = {}
    for key, names in forms.items():
        short = {acronym(name) for name in names}
        if key in persons or len(short) != 1 or None in short:
            continue
        fulls = spelled.get(short.pop(), set()) - {key}
        if len(fulls) == 1:
            found[key] = fulls.pop()
    return found


def _short_forms(forms: dict[str, Counter], persons: set[str], digests: Sequence[Digest]) -> dict[str, str]:
    """Short key -> the key of the one other group whose name of
    `FULL_WORDS` capitalised words or more ends in it and that every article
    using the short name has named in full before it ("the New York Times
    ... the Times"; "the Wall Street Journal ... the Journal").  A short
    name an article uses before, or without, the full one is another actor;
    so is one a name of two words ends in ("the House" beside "the White
    House" an article named first) or one closing a list ("Education" of
    "Department of Health and Education")."""
    ending: dict[str, set[str]] = defaultdict(set)  # the last words of a full name -> its key
    for key, names in forms.items():
        for name in names:
            words = name.split()
            if key not in persons and _proper(name):
                for cut in range(1, len(words)):
                    ending[" ".join(words[cut:])].add(key)
    found = {}
    for key, names in forms.items():
        fulls = {full for name in names for full in ending.get(name, ())} - {key}
        if key in persons or len(fulls) != 1:
            continue
        full = fulls.pop()
        if all(_named_in_full_first(d.article.text, names, forms[full]) for d in digests
               if any(name in d.article.text for name in names)):
            found[key] = full
    return found


FULL_WORDS = 3  # words a full name needs to lend a short form its last words ("the Times")


def _proper(name: str) -> bool:
    """Whether `name` is `FULL_WORDS` capitalised words or more, none a
    function word ("New York Times", "U.S. Secret Service")."""
    words = name.split()
    return len(words) >= FULL_WORDS and all(w[:1].isupper() for w in words)


def _named_in_full_first(text: str, short: Counter, full: Counter) -> bool:
    """Whether every use of a short name in `text` outside the full name
    comes after the full name's first use (True when there is none)."""
    spans = [m.span() for name in full for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    alone = [m.start() for name in short for m in re.finditer(rf"\b{re.escape(name)}\b", text)
             if not any(a <= m.start() < b for a, b in spans)]
    return not alone or bool(spans) and min(a for a, _b in spans) < min(alone)


def vouched(digest: Digest, canonical: dict[str, str]) -> tuple[Portrayal, ...]:
    """The digest's portrayals but those of names it tags only as a person
    with no person behind them (`Digest.unvouched`), unless the corpus's
    people (`canonical`, see `_canonical`) know the name: "Lyin" and
    "Twitter" are no actors; a bare "Obama" is, where another article names
    Barack Obama."""
    unvouched = set(digest.unvouched)
    return tuple(p for p in digest.portrayals if (p.actor not in unvouched or p.actor.casefold() in canonical)
                 and not (a_law(p.actor) and p.actor.casefold() not in canonical))


LAWS = frozenset("act bill law amendment treaty statute ordinance".split())  # what a named law's last word says it is


def a_law(name: str) -> bool:
    """Whether `name` is the name of a law, not of one who acts: a name of
    two words or more ending on a word for a law ("the Clean Harbours
    Act", "Ferry Safety Bill"), which the recogniser may tag as an
    organisation.  A law is what actors fight over; how an article treats
    it is its stance on the decision, not a portrayal of an actor (a
    person so named, "Ann Law", is told apart by the people list); not a
    body named for the law it is "of" ("Kelso School of Law")."""
    words = name.split()
    # "the Kelso School of Law": a body that teaches law, named for what it is "of"
    return len(words) > 1 and words[-1].istitle() and words[-1].lower() in LAWS and words[-2].lower() != "of"


def actor_key(name: str, canonical: dict[str, str]) -> str:
    """The key of an actor's name: its person's (a title before it aside:
    "Sheriff Arpaio"; a description capitalised as a sentence's first word
    aside: "Billionaire Lena Marsh"), else its group's."""
    return canonical.get(name.casefold()) or canonical.get(split_title(name)[1].casefold()) \
        or canonical.get(_described(name)) or group_key(name)


def _described(name: str) -> str:
    """"lena marsh" of "Billionaire Lena Marsh": a name without the
    description the recogniser took into it (`names.opens_on_description`,
    as the people stage reads it), case-folded; "" for any other name."""
    words = name.split()
    return " ".join(words[1:]).casefold() if opens_on_description(words) else ""


def _canonical(people: Sequence[Person]) -> dict[str, str]:
    """Every form (case-folded) of a person's name -> the person's key; and
    a surname no other person has, alone ("Huckabee" where an article tags
    it as an organization and names no other Huckabee)."""
    found = {}
    for person in people:
        for alias in (person.name, *person.aliases):
            found.setdefault(alias.casefold(), person.name.casefold())
    by_surname = Counter(surname(person.name) for person in people)
    for person in people:
        last = person.name.split()[-1].casefold()
        # As written ("Calderón"), and not a generational suffix ("Jr.").
        if by_surname[surname(person.name)] == 1 and len(person.name.split()) > 1 \
                and fold(last) == surname(person.name):
            found.setdefault(last, person.name.casefold())
    return found


def _own_forms(digests: Sequence[Digest], people: Sequence[Person],
               canonical: dict[str, str]) -> dict[str, dict[str, str]]:
    """Article id -> the forms only one of its own people goes by, keyed to
    that person, where the corpus's likeliest bearer of the form
    (`canonical`) is someone their roles tell apart ("Bush" of an article
    naming only "former Florida governor Jeb Bush" is his, not the
    "President" the corpus calls so more).  Without a role on either side
    the corpus's bearer keeps the form: the two may be one person by
    another name ("Bibi" / "Benjamin")."""
    roles = {person.name.casefold(): person.role for person in people}
    found: dict[str, dict[str, str]] = {}
    for digest in digests:
        owners: dict[str, set[str]] = defaultdict(set)
        for person in digest.people:
            for form in (person.name, *person.aliases):
                owners[form.casefold()].add(person.name.casefold())
        here = {form: canonical[name] for form, names in owners.items() if len(names) == 1
                for name in names if name in canonical and form in canonical
                and canonical[form] != canonical[name] and _told_apart(roles.get(canonical[name]),
                                                                      roles.get(canonical[form]))}
        if here:
            found[digest.article.id] = here
    return found


def _told_apart(a: str | None, b: str | None) -> bool:
    """Whether two people's roles are both known and neither holds the
    other's words ("former Florida governor" / "President")."""
    if not a or not b:
        return False
    wa, wb = role_words(a), role_words(b)
    return not (wa <= wb or wb <= wa)


def group_key(name: str) -> str:
    """A group's or place's key: the leading letters of each word, so the
    forms of one name are one actor ("Republicans" and "Republican";
    "Russia", "Russian" and "Russians"); an acronym's dots dropped
    ("N.A.A.C.P." is "NAACP").  A word that runs on far past those
    letters is another word built on them, kept apart by the letters that
    follow ("Islamophobia" is not "Islamic"; "Palestinians", its plural
    aside, is still "Palestine")."""
    return " ".join(_word_key(word.replace(".", "") if _DOTTED.fullmatch(word) else word)
                    for word in name.casefold().split())


def _word_key(word: str) -> str:
    """One word's part of a `group_key`: its letters up to a mark or a
    digit count ("CouponCabin.com" is "CouponCabin"), a plural's "s" aside."""
    letters = _LETTERS.match(word)
    rest = (letters.group(0) if letters else word).removesuffix("s")[STEM:]
    return word[:STEM] if len(rest) <= ENDING else f"{word[:STEM]}·{rest[:2]}"


_LETTERS = re.compile(r"[^\W\d_]+")


ENDING = 6  # letters after the stem an inflected or derived form may add ("Palestin-ian", "Afgha-nistan")
_DOTTED = re.compile(r"(?:\w\.){2,}")


def _outside_quotes(merged: dict, forms: dict[str, Counter], digests: Sequence[Digest],
                    persons: set[str]) -> dict:
    """`merged` (see `_by_actor`) but the groups one article alone names,
    and only inside quotation marks: a speaker's word for those they
    speak of ("patriotic citizens are somehow called names"), not an actor
    the articles report on."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for key, article in merged:
        by_article[key].append(article)
    texts = {d.article.id: d.article.text for d in digests}
    quoted = {key for key, articles in by_article.items() if key not in persons and len(articles) == 1
              and not any(_named_outside_quotes(texts.get(articles[0], ""), form) for form in forms[key])}
    return {cell: found for cell, found in merged.items() if cell[0] not in quoted}


def _reported_on(merged: dict, forms: dict[str, Counter], digests: Sequence[Digest], persons: set[str]) -> dict:
    """`merged` (see `_by_actor`) with only the cells of actors the article
    reports on: not its own outlet (`_not_own_outlet`), not a group one
    article names only inside quotes (`_outside_quotes`), not a group it
    names only in passing (`_in_passing_only`)."""
    merged = _outside_quotes(_not_own_outlet(merged, forms, digests), forms, digests, persons)
    texts = {d.article.id: d.sentences for d in digests}
    # A person is rarely named in passing: only one named in a title alone
    # ("the Premier's campaign manager") is looked at, and so parsed.
    mentions = {cell: _mentions(texts.get(cell[1], ()), forms[cell[0]],
                                may_be_in_a_title if cell[0] in persons else may_be_in_passing) for cell in merged}
    nlp.parse_ahead(text for found in mentions.values() for text, _start, _end in found or ())
    return {cell: found for cell, found in merged.items() if not _in_passing_only(mentions[cell])}


def _mentions(sentences, forms: Counter, may_be=None) -> list[tuple[str, int, int]] | None:
    """(sentence text, start, end) of each mention, in the article's
    `sentences`, of a group by one of its `forms`; None once one cannot be
    in passing (`may_be`, read from the words alone: `may_be_in_passing`
    unless given)."""
    found = []
    patterns = [(form, re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")) for form in forms]
    for sentence in sentences:
        for form, pattern in patterns:
            if form not in sentence.text:  # the cheap test first: most sentences name no one
                continue
            for match in pattern.finditer(sentence.text):
                if not (may_be or may_be_in_passing)(sentence.text, *match.span()):
                    return None
                found.append((sentence.text, *match.span()))
    return found


def _in_passing_only(mentions: list[tuple[str, int, int]] | None) -> bool:
    """Whether every one of a group's `mentions` in an article (`_mentions`)
    is in passing (`in_passing`): a channel the news went through ("told
    the Valley Star", "the Star's request for comment", "speaking on Radio
    North") or a word of someone's title ("House Majority Leader", "a
    former Radio North correspondent").  How an article treats such a name
    is no treatment of an actor: the grid leaves it blank, as its legend
    says.  False where no mention is found."""
    for text, start, end in mentions or ():
        span = nlp.sentence(text).char_span(start, end, alignment_mode="expand")
        if span is None or not in_passing(span.root):
            return False
    return bool(mentions)


_CUES_BEFORE = frozenset("tell tells told telling on to of by".split())
"""Words just before a name that may make it the one told, the medium
spoken on, the body of a title ("speaker of the House"), or the host of an
event ("hosted by the Star")."""


def may_be_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the mention `text[start:end]` has, within three words, a cue
    `in_passing` needs: a word of telling, "interview" or "on"/"to"/"of" before it, a
    possessive mark, a verb of news or a role word after it.  Without one the
    mention is no channel of the news nor a word of a title, and the parse
    is spared (a cheap necessary test, read from the words only)."""
    after = text[end:]
    if after[:1] in ("'", "’"):
        return True
    before = [w.lower() for w in re.findall(r"[\w’']+", text[:start])[-3:]]
    following = re.findall(r"[\w’']+", after)[:3]
    return any(w in _CUES_BEFORE or w in INTERVIEWING for w in before) \
        or any(w.lower().startswith(tuple(INFORMING)) for w in following) or any(is_role_word(w) for w in following)


_TITLED = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*$")
"""The words of a title and a name before a mention ("Premier Ivo " before "Velt")."""


def may_be_in_a_title(text: str, start: int, end: int) -> bool:
    """Whether the mention `text[start:end]` of a person may be a word of
    another's title (`in_passing`): a possessive with a role word after it
    ("Velt's campaign manager"), or after "to" that follows a role word
    ("adviser to Premier Velt").  Read from the words only, so that a
    person named any other way is not parsed."""
    after = re.findall(r"[\w’']+", text[end:])[:3]
    if text[end:end + 1] in ("'", "’") and any(is_role_word(w) for w in after):
        return True
    before = re.findall(r"[\w’']+", _TITLED.sub("", text[:start]))[-2:]
    return len(before) == 2 and before[1].lower() == "to" and is_role_word(before[0])


def in_passing(token) -> bool:
    """Whether the name whose head is `token` is only a channel of the news
    (`channels.channel`: the one told, "tell the Star"; the outlet
    confirming or reporting; the host of the event where words were said;
    the owner of a request for comment, an interview or a presenter; the
    medium spoken on) or a word of a title ("House Majority Leader",
    "speaker of the House", "the Premier's campaign manager", "adviser to
    Premier Velt").  A group of people told something ("Ann Lind
    told Senate Democrats that ...") is her hearers, still an actor of the
    story."""
    head = token.head
    if channel(token):
        return True
    # The one a title serves is a word of it: "the Premier's campaign
    # manager", "Ann Lind, a senior adviser to Premier Velt" (a title given
    # to someone; "talks with the envoy to Velt" may be what Velt was told).
    if token.dep_ in ("compound", "poss") and is_role_word(head.text):
        return True
    titled = head.head
    return token.dep_ == "pobj" and titled.pos_ == "NOUN" and is_role_word(titled.text) \
        and (head.lower_ == "of" or head.lower_ == "to" and titled.dep_ in ("appos", "attr"))


def _not_own_outlet(merged: dict, forms: dict[str, Counter], digests: Sequence[Digest]) -> dict:
    """`merged` (see `_by_actor`) without the cells of an article's own
    outlet ("he told the Valley Times", "Visit the Valley Times homepage",
    in the Valley Times's article): the publisher naming itself is no actor
    of its story; another outlet's article naming it still portrays it."""
    outlets = {d.article.id: _words(d.article.outlet or "") for d in digests}
    return {cell: found for cell, found in merged.items()
            if not any(_opens(outlets.get(cell[1], ()), _words(form)) for form in forms[cell[0]])}


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name.casefold().removeprefix("the ")))


def _opens(outlet: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Whether the name's words `form` are all or the first of `outlet`'s."""
    return bool(form) and outlet[:len(form)] == form


def _named_outside_quotes(text: str, name: str) -> bool:
    """Whether `text` names `name` (as written) anywhere outside quotation
    marks, counted from the start of its paragraph."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return True
    return False


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


def _with_name(forms: Counter, name: str | None) -> Counter:
    """`forms` with a person's `name` among them (no mentions of its own),
    so the fullest form can be shown."""
    found = Counter(forms)
    if name is not None:
        found.setdefault(name, 0)
    return found


def _display(key: str, forms: Counter, canonical: dict[str, str]) -> str:
    """The name shown: a person's fullest form, else the commonest form,
    spelled out where it is an acronym of another ("FBI" as "Federal Bureau
    of Investigation")."""
    if key in canonical.values():
        untitled = Counter()
        for form, mentions in forms.items():
            # The person's own name stays whole: the people stage split off any title it had
            # ("Prince Kelso Dunne", stated as a full name, opens on no title).
            untitled[form if form.casefold() == key else split_title(form)[1]] += mentions
        # The person's own name where an article writes it; a longer form
        # may carry a description ("Billionaire Lena Marsh").
        return max(untitled, key=lambda form: (form.casefold() == key, len(form.split()), untitled[form]))
    common = forms.most_common(1)[0][0]
    short = acronym(common)
    return next((form for form, _n in forms.most_common() if short and " " in form and initials(form) == short), common)


_CONNECTORS = frozenset("of and for the on de du des".split())


def defined(short: str, digests: Sequence[Digest]) -> str:
    """The full name an article defines the acronym `short` by, in the
    usual way, the name followed by the acronym in brackets ("the Federal
    Office of Roads (FOR)" -> "Federal Office of Roads"): the capitalised
    words just before the bracket (and the small words between them) whose
    initials spell the acronym (a place it leaves out stays out: "Vell Basin
    Water Board (BWB)" -> "Basin Water Board"); `short` itself where no
    article defines it.  A grid column headed "BWB" tells a reader nothing."""
    pattern = re.compile(r"((?:[A-Z][\w’'&-]*\s+(?:(?:of|and|for|the|on|de|du|des)\s+)?){1,12})\(\s*"
                         + re.escape(short) + r"\s*\)")
    for digest in digests:
        for match in pattern.finditer(digest.article.text):
            words = match[1].split()
            for start in range(len(words)):
                run = words[start:]
                spelled = initials(" ".join(run))
                if run[0].lower() not in _CONNECTORS and spelled == short:
                    return " ".join(run)
    return short


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
SIDES = ("negative", "positive")


def features(digest: Digest, key: str, canonical: dict[str, str], mentions: int = 0) -> dict[str, float]:
    """What `digest`'s article does with the actor `key` (see `actor_key`),
    as counts of its clear readings of the actor: in its own voice
    (`own_negative`, `own_positive`), inside the quotes it chooses
    (`quoted_*`), in the actor's own quotes (`says_*`); the same counted
    only where the actor acts or is described rather than being what
    something is done to (`*_acting`, see `distill.stance.acts`); the
    readings' summed probabilities (`*_p`); and `mentions`, the sentences
    naming the actor.  Counts of clear readings rather than probabilities
    decide, so a retrained sentence model shifts them little."""
    found = {f"{where}_{side}{part}": 0.0 for where in ("own", "quoted", "says") for side in SIDES
             for part in ("", "_acting", "_p")}
    portrayed = {p.actor for p in digest.portrayals}
    for reading in digest.sentiments:
        if reading.label not in SIDES:
            continue
        if reading.voice and actor_key(reading.voice, canonical) == key:
            where = "says"
        elif reading.target in portrayed and actor_key(reading.target, canonical) == key:
            where = "own" if reading.quote is None else "quoted"
        else:
            continue
        found[f"{where}_{reading.label}"] += 1
        found[f"{where}_{reading.label}_acting"] += reading.acts
        found[f"{where}_{reading.label}_p"] += reading.score
    found["mentions"] = float(mentions)
    return found


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The shipped decision ({"least", "share", "quoted", "acting"}), or None."""
    try:
        return json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None


def decide(found: dict[str, float], learned: dict | None = None) -> str | None:
    """The polarity one cell's `features` show, or None without a model.
    Each side's weight is the article's own clear readings of the actor
    that way plus those of the quotes it chooses, at `quoted` each (only
    the readings where the actor acts when `acting`); the heavier side is
    taken when it weighs at least `least` and `share` of the actor's
    mentions, else (and on a tie) the cell is neutral.  The numbers are
    learned on the training stories (`scripts/train_portrayal.py`)."""
    learned = learned or model()
    if learned is None:
        return None
    weight = _weights(found, learned, "_acting" if learned.get("acting") else "")
    side = max(SIDES, key=weight.get)
    if weight["negative"] == weight["positive"] or weight[side] < learned["least"] \
            or weight[side] < learned["share"] * found.get("mentions", 0.0):
        return "neutral"
    return side


def _weights(found: dict[str, float], learned: dict, part: str) -> dict[str, float]:
    """Each side's weight: own readings plus chosen quotes' at `quoted`."""
    return {side: found.get(f"own_{side}{part}", 0.0) + learned["quoted"] * found.get(f"quoted_{side}{part}", 0.0)
            for side in SIDES}


def balance(found: dict[str, float], learned: dict | None = None) -> float:
    """The cell's score: P(positive) - P(negative) of the readings `decide`
    weighs, summed and spread over the actor's mentions (-1..1)."""
    learned = learned or model() or {"quoted": 1.0}
    weight = _weights(found, learned, "_p")
    return round(max(-1.0, min(1.0, (weight["positive"] - weight["negative"]) / max(found.get("mentions", 0.0), 1.0))), 3)


def judge(cell: Portrayal, digest: Digest, key: str, canonical: dict[str, str]) -> Portrayal:
    """`cell` with its polarity decided by the model and, as evidence, the
    article's own sentences that read the actor that way, none relaying
    what someone else says (`relayed`); its score the readings' balance,
    0 where it takes no side."""
    found = features(digest, key, canonical, cell.mentions)
    polarity = decide(found)
    if polarity is None:
        return cell
    evidence = _evidence(digest, key, canonical, polarity, own=True) if polarity != "neutral" else ()
    if not evidence or not found.get(f"own_{polarity}"):
        # A side the article's sentences do not show is not shown, nor one
        # only the speakers it quotes or relays take: how they treat the actor is theirs.
        polarity, evidence = "neutral", ()
    # A cell at no leaning shows no leaning: a strongly signed score under
    # "neutral", with no sentence behind it, reads as a contradiction.
    score = balance(found) if polarity != "neutral" else 0.0
    return Portrayal(actor=cell.actor, article=cell.article, polarity=polarity, score=score,
                     evidence=evidence, mentions=cell.mentions)


def relayed(sentence: str) -> bool:
    """Whether the writer's own words in `sentence` relay what someone else
    says or charges ("Dunn said the board ...", "over alleged fraud", "Dunn
    suggested the board would pay for it", "what she calls the board's
    waste": `spoken_by_someone`): shown after the sentences that speak in
    the article's own voice."""
    words = own_words(sentence)
    return bool(REPORTED.search(words) or HEARSAY.search(words)) or spoken_by_someone(words) \
        or named_in_quotes(sentence)


NAMING = frozenset("call label dub brand term".split())
"""Verbs (general English) of giving someone a name: "called the mayor a “coward”"."""
_NAMING_THEN_MARK = re.compile(r"\b(?:call|label|dub|brand|term)\w*\s[^“”\"\n]{1,80}[“\"]", re.I)
_NAME_GIVEN = frozenset({"oprd", "xcomp", "attr", "dobj", "ccomp"})  # where the parser hangs the name given


def named_in_quotes(sentence: str) -> bool:
    """Whether `sentence` gives someone a name in quotation marks with a
    verb of naming (`NAMING`: "the union's flyer called Lind a “reckless
    gambler”", "dubbed her “the harbour queen”"): the marks say the name
    is the words of whoever gave it, not the writer's, whoever the parse
    finds for the verb's subject.  Read from the words first, so a
    sentence with no such verb before a quotation mark is not parsed."""
    if not _NAMING_THEN_MARK.search(sentence):
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in NAMING and any(
        c.dep_ in _NAME_GIVEN and any(w.text in ("“", '"') for w in c.subtree) for c in t.children)
        for t in nlp.sentence(sentence))


SPEECH = REPORTING - {"continue", "post", "word"}
"""Verbs of saying (`language.saying.REPORTING`) but those news uses as often for
something else ("continued to rise", "posted a loss", "worded")."""
_NO_SPEAKER = frozenset({"it", "this", "that", "which", "there"})


def spoken_by_someone(text: str) -> bool:
    """Whether a verb of saying (`SPEECH`) in `text` has someone for its
    subject ("Dunn suggested ...", "what he calls ...", "critics charged
    ..."), or a verb of verdict has an implied doer (`_unowned_verdict`):
    the words it governs are that one's view, not the writer's."""
    return any(t.pos_ == "VERB" and (t.lemma_.lower() in SPEECH and _said_by_someone(t) or _unowned_verdict(t))
               for t in nlp.sentence(text))


def _said_by_someone(verb) -> bool:
    """Whether `verb` has someone for its subject (not "it" nor "there")."""
    return any(c.dep_ == "nsubj" and c.lower_ not in _NO_SPEAKER and c.pos_ in ("PROPN", "PRON", "NOUN")
               for c in verb.children)


def _unowned_verdict(verb) -> bool:
    """Whether `verb` passes a verdict (`VERDICTS`) with no subject of its
    own ("aides came forward to accuse him"): the verdict is its implied
    doer's.  One whose subject is the actor ("Velt feigned surprise and
    blamed her deputy") tells what the actor did, in the writer's words."""
    return verb.lemma_.lower() in VERDICTS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and verb.dep_ in ("xcomp", "advcl", "acl")


_NAME_PARTS = frozenset({"compound", "flat", "poss", "appos"})  # words that only qualify the phrase a name is in


def in_anothers_act(sentence: str, target: str) -> bool:
    """Whether `target` is named in the writer's words of `sentence` only
    inside a prepositional phrase of a verb whose doer is someone else: the
    one an act is aimed at ("the council issued a motion calling on the
    Velt campaign to apologise"), the one a reaction is told of ("the plan
    did not sit well with Velt's allies"), or a time the act is placed by
    ("before Velt's election, Dunn ran the port").  Such a sentence tells
    what others did; its tone is theirs, not the writer's verdict on the
    actor.  An attitude toward the actor ("wary of Velt") or the doer named
    by "by" is no such phrase.  Read on the parse `relayed` made of the
    same words."""
    return _named_only_as(sentence, target, _oblique_of_verb)


def _named_only_as(sentence: str, target: str, role) -> bool:
    """Whether each time the writer's words of `sentence` name `target` (by
    its last word) the token so named passes `role`, with one such naming
    at least; read on the parse `relayed` made of the same words."""
    last = target.split()[-1] if target.split() else ""
    words = own_words(sentence)
    if not last or last not in words:
        return False
    named = [t for t in nlp.sentence(words) if t.text == last]
    return bool(named) and all(role(token) for token in named)


def feels_about_a_clause(sentence: str, target: str) -> bool:
    """Whether `target` is named in the writer's words of `sentence` only as
    the one whose state of mind about something said in a clause the
    sentence tells ("the Harbour Party was furious that the council
    delayed the vote", "Velt's aides seemed glad that ..."): the tone is of
    what they feel about the clause's news, no verdict of the writer's on
    them.  The subject of a verb whose complement (an adjective or a
    participle) takes a clause of its own.  Read on the parse `relayed`
    made of the same words."""
    return _named_only_as(sentence, target, _feels_about)


def _feels_about(token) -> bool:
    """Whether the phrase `token` names is the subject of a verb completed by
    a word that takes a clause ("was furious that ...")."""
    while token.dep_ in _NAME_PARTS and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and any(
        c.dep_ in ("acomp", "oprd") and any(g.dep_ == "ccomp" for g in c.children) for c in token.head.children)


def _oblique_of_verb(token) -> bool:
    """Whether the phrase `token` names (climbing the words that qualify it:
    "Velt" of "Velt's allies") is the object of a preposition, not "by",
    that hangs on a verb."""
    while token.dep_ in _NAME_PARTS and token.head.i != token.i:
        token = token.head
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ != "by" and preposition.head.pos_ in ("VERB", "AUX")


def _alike(digest: Digest, portrayed: set[str]) -> Counter:
    """(sentence, label) -> how many portrayed actors the sentence reads with that label."""
    return Counter((r.source, r.label) for r in digest.sentiments if r.target in portrayed)


def _evidence(digest: Digest, key: str, canonical: dict[str, str], polarity: str,
              own: bool = False) -> tuple[Claim, ...]:
    """The article's sentences that read the actor `key` as `polarity`, its
    own words before the quotes it chooses, clearest first; not a sentence
    that reads more than `SHARED` actors alike (a bad day for everyone it
    names is no verdict on one of them), nor one where the actor is only
    what something is about or done to (`Sentiment.acts`: "conspiracy
    theories about President Obama's birth certificate" is no verdict on
    Obama).  On BASIL this shows 13 fewer leaning cells of 162, and those
    left lean the labelled way a little more often (0.242, was 0.235).
    With `own`, only the writer's sentences that relay no one (`relayed`):
    "Dunn said the plan was reckless" is Dunn's verdict.  On the 33 BASIL
    stories whose digests were at hand, a side shown only by relayed
    sentences was wrong 12 times in 16 (10 cells labelled neutral)."""
    portrayed = {p.actor for p in digest.portrayals}
    alike = _alike(digest, portrayed)
    readings: list[Sentiment] = [r for r in digest.sentiments if r.label == polarity and r.score >= SHOWN and r.acts
                                 and r.target in portrayed and actor_key(r.target, canonical) == key
                                 and alike[(r.source, r.label)] <= SHARED
                                 and not (r.voice and actor_key(r.voice, canonical) == key)
                                 and not (own and r.quote is not None)]
    text = digest.article.text
    if own:
        # What the writer relays ("Dunn said the board ...") is the speaker's verdict, not the article's;
        # what the writer tells others did to or about the actor is news of them, not a verdict on it.
        readings = [r for r in readings if not relayed(text[r.source.start:r.source.end])
                    and not in_anothers_act(text[r.source.start:r.source.end], r.target)
                    and not feels_about_a_clause(text[r.source.start:r.source.end], r.target)]
    # The headline names the news; the body's sentences show how the article treats the actor.
    readings.sort(key=lambda r: (r.quote is not None, _headline(digest, r.source),
                                 relayed(text[r.source.start:r.source.end]), -r.score))
    sources = list(dict.fromkeys(r.source for r in readings))[:EVIDENCE]
    return tuple(Claim(text=" ".join(text[s.start:s.end].split()), sources=(s,)) for s in sources)


def _headline(digest: Digest, source) -> bool:
    """Whether the sentence at `source` is the article's headline (its
    title, standing as its first paragraph)."""
    title = " ".join((digest.article.title or "").split())
    return bool(title) and " ".join(digest.article.text[source.start:source.end].split()) == title

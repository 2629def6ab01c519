"""Digests and merged people in, what does not add up between sources out.

Only like is compared with like, and precision comes first: a false
"discrepancy" is an error the reader remembers, a missed one is not.

- `quantity`: two articles give different values, in one unit, for the same
  measured thing ("$2 billion" and "$10 billion" for the cost of one
  pipeline).  The same thing means the same words for what is measured
  (qualifiers included: "cost of the gas pipeline" is not "cost of the
  North-South pipeline"), no differing places or years named in the two
  sentences, neither value a bound ("more than 10"), and articles written
  within `SAME_TIME_DAYS` of each other when both are dated.  One qualifier
  more on one side ("budget deficit" / "deficit") is the same thing when
  both sentences name the same year.  A place only one sentence names sets
  the two apart unless the other article names it throughout.  Exact
  percentages differ when they differ beyond rounding (15% / 16%).
- `quotation`: two articles quote one speaker's one remark in different
  words ("whatever means necessary" / "whatever means are necessary"):
  most of the words alike, in one order, and a few set in their place.
  A cut (a remark quoted in part, an ellipsis, an editor's brackets),
  spelling (hyphens, dots, curly marks, a word starred out) and
  punctuation differ in no word.
- `role`: one person given roles that cannot both be true at once: the
  same office held by different countries or places ("Russian foreign
  minister" / "Pakistani foreign minister"), or the current and the former
  holder of one office in articles of the same date.  A general and a
  specific description ("Senator" / "lone Black GOP senator") or two roles
  held together ("Representative" / "House Minority Leader") never clash.

The same figure under two names for one thing ("$3.5 trillion" for "the
plan" and for "the bill") is no conflict and is not flagged.  Output order
depends only on the input order (no set or hash order), so every run, under
any PYTHONHASHSEED, flags the same discrepancies in the same order.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations
from typing import Sequence

from ..distill import numbers
from ..distill.dates import MONTH_WORD
from ..distill.events import parse_day
from ..language.names import FORMER
from ..models import Article, Claim, Digest, Discrepancy, Figure, Person, Quote, Role
from .timeline import content_words
from .voices import names_by_alias

DIFFERENT = 1.2       # values further apart than this ratio disagree
APPROXIMATE = 1.5     # ... when either is approximate ("about 40", "nearly 50")
BUCKET_LIMIT = 30     # figures compared per bucket at most
SAME_TIME_DAYS = 31   # dated articles further apart may report a figure that changed
_VAGUE_MEASURE = frozenset("this that project figure amount total value number share shares money sum".split())
_CUT_WORDS = frozenset("cut cuts trim trims trimmed slash slashes slashed reduction reductions".split())
"""Words for money taken out of a budget, one thing however a source
words it ("cut from the program", "money trimmed from the program")."""
_BOUND = re.compile(r"\b(more|less|fewer|greater|higher|lower)\s+than\b|\b(over|under|above|below|up\s+to|at\s+least"
                    r"|at\s+most|as\s+many\s+as|as\s+much\s+as|upwards\s+of)\s*$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SPELLED_OUT = ((re.compile(r"\bgross domestic product\b", re.I), "GDP"),
                (re.compile(r"\bgross national product\b", re.I), "GNP"))
"""Measures one source spells out and another abbreviates."""
_DATED_MONTH = re.compile(MONTH_WORD + r"\s+(?:19|20)\d{2}\b", re.I)
COMMON_GROUND = 2     # times an article names a place for a sentence of it to mean that place unnamed
_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "gen": "general", "ceo": "chief executive",
                  "mp": "member parliament", "dy": "deputy"}


def find_discrepancies(digests: Sequence[Digest], people: Sequence[Person]) -> tuple[Discrepancy, ...]:
    """Every discrepancy found: quantities, then roles, then quotations."""
    figures = [(d.article, f) for d in digests for f in d.figures if f.value is not None]
    dates = {d.article.id: parse_day(d.article.published) for d in digests}
    return tuple(quantities(figures, people)) + tuple(roles(people, dates)) + tuple(quotations(digests, people))


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------


def quantities(figures: Sequence[tuple[Article, Figure]], people: Sequence[Person] = ()) -> list[Discrepancy]:
    """The same measured thing, same unit, different values, different
    articles of the same time, no differing place or year named (`people`
    say which names are a person's, `_people_words`); then the same thing
    with one qualifier more on one side (`_qualified_pairs`)."""
    named = _people_words(people)
    buckets: dict[tuple[str, tuple[str, ...]], list[tuple[Article, Figure]]] = defaultdict(list)
    for article, figure in figures:
        key = measure_key(figure)
        if key and not _is_bound(figure):
            buckets[(figure.unit or "", key)].append((article, figure))
    pairs = [_first_conflict(members[:BUCKET_LIMIT], named=named) for members in buckets.values()]
    pairs += [_first_conflict(members[:BUCKET_LIMIT], dated=True, named=named) for members in _qualified_pairs(buckets)]
    pairs += [_first_conflict(members[:BUCKET_LIMIT], named=named, close=True) for members in _spanned_pairs(buckets)]
    found, flagged = [], set()
    for pair in pairs:
        if pair is not None and not flagged & {id(pair[0]), id(pair[1])}:
            flagged |= {id(pair[0]), id(pair[1])}
            found.append(_quantity(*pair))
    return found


def _qualified_pairs(buckets: dict) -> list[list[tuple[Article, Figure]]]:
    """The figures of each bucket together with those of the bucket whose
    measure lacks one of its words: "budget deficit as a share of GDP" and
    "deficit as a share of GDP" are one thing told with and without its
    qualifier.  The narrower measure keeps two words at least: "deficit"
    alone may be any deficit.  The word left out is a plain one
    (`_plain_words`): a name ("Lund's tax rate") or a status ("cuts
    (proposed)") sets a figure apart."""
    joined = []
    for (unit, key), members in buckets.items():
        plain = _plain_words(members[0][1].measures) if len(key) > 2 else ()
        for word in (w for w in key if w in plain):
            narrower = buckets.get((unit, tuple(w for w in key if w != word)))
            if narrower:
                joined.append(members[:BUCKET_LIMIT // 2] + narrower[:BUCKET_LIMIT // 2])
    return joined


_SPAN = re.compile(r"\b(?:over|across)\s+(?:the\s+(?:next|past|last)\s+)?(?:a|one|two|three|four|five|six|seven"
                   r"|eight|nine|ten|twenty|\d+)?[\s-]*(?:years?|decades?)\b", re.I)
"""The span of years a sum is counted over ("over ten years", "over the next
five years", "over a decade")."""


def _spanned_pairs(buckets: dict) -> list[list[tuple[Article, Figure]]]:
    """The figures of each bucket whose measure ends on a span of years
    (`_SPAN`: "cut from the programme over ten years") together with those
    of the bucket of the same measure without it ("cut from the
    programme"): a source may state the span a sentence before, or not at
    all.  Compared only where the two values lie close (`_first_conflict`'s
    `close`): a sum a year and a sum over ten years lie far apart."""
    joined = []
    for (unit, key), members in buckets.items():
        spanned = [f.measures for _a, f in members if _SPAN.search(f.measures)]
        if not spanned:
            continue
        bare = _measure_words(_SPAN.sub(" ", spanned[0]))
        narrower = buckets.get((unit, bare)) if bare and len(bare) >= 2 and bare != key else None
        if narrower:
            joined.append(members[:BUCKET_LIMIT // 2] + narrower[:BUCKET_LIMIT // 2])
    return joined


def measure_key(figure: Figure) -> tuple[str, ...]:
    """What a figure measures as sorted word stems, qualifiers included
    (empty when it does not say, or says only "the amount")."""
    return _measure_words(figure.measures) if figure.measures else ()


@lru_cache(maxsize=65536)
def _measure_words(measures: str) -> tuple[str, ...]:
    """`measure_key` of the measure `measures`, kept: a brief compares each
    figure with every other of about its value."""
    words = content_words(_abbreviated(measures))
    return tuple(sorted({"cut" if w in _CUT_WORDS else _stem(w) for w in words
                         if w not in _VAGUE_MEASURE and not w.isdigit()}))


_HEAD_END = re.compile(r"\(|\b(?:of|from|in|on|at|for|to|by|with|between|as|per|since|during|over|under|among|into)\b")


def _plain_words(measures: str) -> frozenset[str]:
    """The stems of the lower-case words before a measure's head noun ends
    (at its first preposition or bracket): "budget" of "budget deficit as
    a share of GDP"; not "planned" of "deficit (planned)", nor "Lund" of
    "Lund's tax rate", nor a time ("between 2011 and 2014")."""
    head = _HEAD_END.split(measures, maxsplit=1)[0]
    return frozenset(_stem(w) for w in re.findall(r"(?<![\w'’.])[a-z]+", head))


def _abbreviated(text: str) -> str:
    """`text` with a measure spelled out in its usual abbreviation
    ("gross domestic product" -> "GDP"), as other sources write it."""
    for spelled, short in _SPELLED_OUT:
        text = spelled.sub(short, text)
    return text


def same_figure(one: Figure, other: Figure) -> bool:
    """Whether `other` gives the figure `one` gives: the same unit, the very
    value (or within `numbers.margin` of it when either is approximate:
    "about $2 billion"), and a measure sharing a word ("cost of the bridge",
    "cost of the project"); two shares of one whole are one only if their
    parts share a word too (`share_part`).  "$70 billion" is not "$72
    billion", nor a figure with no value or no measure any other."""
    if not (one.value and other.value and one.unit == other.unit):
        return False
    if other.value != one.value and not ((one.approximate or other.approximate)
                                         and numbers.same_value(one.value, other.value, one.unit)):
        return False
    if not set(measure_key(one)) & set(measure_key(other)):
        return False
    mine, theirs = share_part(one), share_part(other)
    return not mine or not theirs or bool(mine & theirs)


_AS_A_SHARE = " as a share of "


def share_part(figure: Figure) -> set[str]:
    """The word stems of the part a share measures ("nematodes" of
    "nematodes as a share of animal biomass"), or an empty set when the
    figure is no part of a whole.  Two shares of one whole ("biomass")
    are two findings unless their parts share a word too: the 1% the
    nematodes are backs no 1% the ocean's life is."""
    measures = figure.measures or ""
    if _AS_A_SHARE not in measures:
        return set()
    return set(_measure_words(measures.split(_AS_A_SHARE)[0]))


def _first_conflict(members: list[tuple[Article, Figure]], dated: bool = False,
                    named: dict[str, frozenset[str]] | None = None,
                    close: bool = False) -> tuple[Figure, Figure] | None:
    """The first pair of figures (in input order) that conflict: neither
    article gives, anywhere in the bucket, a value agreeing with the other's.
    `dated`: only a pair whose sentences both name the same year; `named`:
    `_people_words`; `close`: only a pair within `DIFFERENT` of each other."""
    for (a, fa), (b, fb) in combinations(members, 2):
        if a.id == b.id or not _conflict(fa, fb) or close and _disagree(fa.value, fb.value):
            continue
        if _agrees_anywhere(members, a.id, fb) or _agrees_anywhere(members, b.id, fa):
            continue
        if dated and not _YEAR.search(fa.sentence):
            continue
        if _same_context(a, fa, b, fb, named or {}):
            return fa, fb
    return None


def _agrees_anywhere(members: list[tuple[Article, Figure]], article: str, other: Figure) -> bool:
    return any(art.id == article and not _conflict(f, other) for art, f in members)


def _ratio(first: Figure, second: Figure) -> float:
    return APPROXIMATE if first.approximate or second.approximate else DIFFERENT


def _conflict(first: Figure, second: Figure) -> bool:
    """Whether two figures' values disagree: exact percentages when they
    differ beyond the rounding of the coarser one (15% and 16% of one
    economy are two claims; 15% and 15.4% one), other values when further
    apart than `_ratio` or, both exact, beyond `_tolerance` ("$5.3 billion"
    and "$5.2 billion" each say where the sum lies to a tenth)."""
    exact = not (first.approximate or second.approximate)
    if first.unit == "%" and exact:
        return abs(first.value - second.value) > max(_rounding(first), _rounding(second))
    beyond = exact and abs(first.value - second.value) > _tolerance(first, second)
    return beyond or _disagree(first.value, second.value, _ratio(first, second))


def _tolerance(first: Figure, second: Figure) -> float:
    """How far two exact amounts may lie apart and be one: half their last
    place when both are written to one place ("$5.3 billion", "$5.2
    billion": two sums), the coarser one's whole last place otherwise, as
    a source may cut a sum short ("$43 million" for $43,885,310)."""
    mine, theirs = _rounding(first), _rounding(second)
    return mine if math.isclose(mine, theirs, rel_tol=1e-6) else 2 * max(mine, theirs)


def _rounding(figure: Figure) -> float:
    """Half the last place the figure's number gives, in its value's scale:
    "15%" -> 0.5, "15.4%" -> 0.05, "$5.3 billion" -> 50 million.  The
    trailing zeros of a whole amount are its rounding ("$40 billion" may
    be any sum from 35 to 45 billion), not those of a share, which is
    given to the point; infinite for a number in words ("two million")."""
    number = re.search(r"\d[\d,]*(?:\.(\d+))?", figure.text)
    if number is None:
        return 0.5 if figure.unit == "%" else float("inf")
    digits = number.group(0).replace(",", "")
    if number.group(1) or figure.unit == "%":
        place = 10.0 ** -len(number.group(1) or "")
    else:
        place = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    written = float(digits)
    return 0.5 * place * (figure.value / written if written and figure.unit != "%" else 1.0)


def _same_context(a: Article, fa: Figure, b: Article, fb: Figure, named: dict[str, frozenset[str]]) -> bool:
    """True when nothing in the figures' clauses (`_clause`) says the two
    are of different times or places.  A person named on one side only
    sets nothing apart when the other article names nobody (`named`): who
    signed or voted is not what was measured, and no other person's
    figure can be meant."""
    first, second = parse_day(a.published), parse_day(b.published)
    if first and second and abs((first - second).days) > SAME_TIME_DAYS:
        return False
    clause_a, clause_b = _clause(fa), _clause(fb)
    years_a, years_b = set(_YEAR.findall(clause_a)), set(_YEAR.findall(clause_b))
    if years_a != years_b and (years_a or years_b):
        return False
    names_a, names_b = _names(clause_a), _names(clause_b)
    if not named.get(b.id):
        names_a -= named.get(a.id, frozenset())
    if not named.get(a.id):
        names_b -= named.get(b.id, frozenset())
    # A place or body named in only one sentence may be what sets the figure apart ...
    if names_a - names_b and names_b - names_a:
        return False
    # ... unless the other article names it throughout: "Norland" named in one
    # sentence is the country the other article's "the government" runs.
    extra, other = (names_a - names_b, b) if names_a - names_b else (names_b - names_a, a)
    return not extra or extra <= _common_ground(other.text)


_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


def _clause(figure: Figure) -> str:
    """The clause of its sentence that gives `figure`: the sentence cut at
    its coordinated clauses (", and ...", "; ..."), as a year or a place
    in one clause ("In 2019 the board asked for $4 million, and a year on
    the mayor signed off $3.5 million") tells of that clause's act alone.
    The whole sentence when the figure is not found in it."""
    at = figure.sentence.find(figure.text)
    if at < 0:
        return figure.sentence
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(figure.sentence) if m.end() <= at]
    end = next((m.start() for m in _CLAUSE_END.finditer(figure.sentence, at + len(figure.text))), None)
    return figure.sentence[starts[-1]:end]


def _people_words(people: Sequence[Person]) -> dict[str, frozenset[str]]:
    """Article id -> the `_names` stems of the people it names: their
    names, other names and the titles of their roles ("President")."""
    words: dict[str, set[str]] = defaultdict(set)
    for person in people:
        stems = _names(" " + " ".join((person.name, *person.aliases, *(r.text for r in person.roles))))
        for article in person.articles:
            words[article] |= stems
    return {article: frozenset(stems) for article, stems in words.items()}


def _names(sentence: str) -> frozenset[str]:
    """Stems of the capitalized words inside a sentence (not its first word,
    nor a month given with its year: the year says the time)."""
    sentence = _DATED_MONTH.sub(" ", _abbreviated(sentence))
    words = re.findall(r"(?<=[\s(“\"'])[A-Z][A-Za-z]+", sentence)
    return frozenset(w[:4].lower() for w in words)


@lru_cache(maxsize=256)
def _common_ground(text: str) -> frozenset[str]:
    """Stems of the capitalized words an article gives `COMMON_GROUND`
    times at least: the places and bodies it is about."""
    words = re.findall(r"\b[A-Z][A-Za-z]+", _abbreviated(text))
    counts: dict[str, int] = defaultdict(int)
    for word in words:
        counts[word[:4].lower()] += 1
    return frozenset(stem for stem, count in counts.items() if count >= COMMON_GROUND)


def _is_bound(figure: Figure) -> bool:
    """True for "more than 10", "up to 5%": a bound, compatible with many values."""
    sentence = figure.sentence
    at = sentence.find(figure.text)
    before = sentence[max(0, at - 25):at] if at >= 0 else ""
    return bool(_BOUND.search(before) or re.match(r"\W*(over|under|up to|more than|less than)\b", figure.text, re.I))


def _disagree(first: float, second: float, ratio: float = DIFFERENT) -> bool:
    low, high = sorted((abs(first), abs(second)))
    return low == 0 and high != 0 or low > 0 and high / low > ratio


def _quantity(first: Figure, second: Figure) -> Discrepancy:
    return Discrepancy(kind="quantity", items=(_figure_claim(first), _figure_claim(second)),
                       description=f"Different figures for the {first.measures}: {first.text} in one source "
                                   f"against {second.text} in another.")


def _figure_claim(figure: Figure) -> Claim:
    return Claim(text=figure.sentence, sources=figure.sources)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# --------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------


def roles(people: Sequence[Person], dates: dict[str, dt.date | None] | None = None) -> list[Discrepancy]:
    """People given roles that cannot both be true at once."""
    found = []
    for person in people:
        clash = _clashing_roles(person.roles, dates or {})
        if clash:
            first, second = clash
            found.append(Discrepancy(
                kind="role", items=tuple(Claim(text=r.text, sources=(r.source,)) for r in clash),
                description=f"{person.name} is described as “{first.text}” in one source and as "
                            f"“{second.text}” in another; both cannot be true at once."))
    return found


def _clashing_roles(found: Sequence[Role], dates: dict[str, dt.date | None]) -> tuple[Role, Role] | None:
    distinct = list({role.text.casefold(): role for role in found}.values())[:BUCKET_LIMIT]
    for first, second in combinations(distinct, 2):
        if first.article != second.article and _exclusive(first, second, dates):
            return first, second
    return None


def _exclusive(first: Role, second: Role, dates: dict[str, dt.date | None]) -> bool:
    """True when the two roles name one office and differ in holder's place,
    or in being current and former at one date."""
    office_a, office_b = _office(first.text), _office(second.text)
    if not office_a or office_a != office_b:
        return False
    places_a, places_b = _places(first.text), _places(second.text)
    if places_a and places_b and not _overlap(places_a, places_b):
        return True
    former_a, former_b = bool(FORMER.search(first.text)), bool(FORMER.search(second.text))
    if former_a == former_b:
        return False
    day_a, day_b = dates.get(first.article), dates.get(second.article)
    # A role that is "former" in a later article has simply changed.
    return day_a is not None and day_a == day_b


def _office(text: str) -> tuple[str, ...]:
    """The lower-case words of a role, without former/then and capitalized
    qualifiers: "Russia's former Foreign Minister" -> ("foreign", "minister")."""
    text = FORMER.sub(" ", text)
    words = []
    for word in re.findall(r"[A-Za-z]+(?:['’]s)?", text):
        bare = word.removesuffix("'s").removesuffix("’s")
        lower = _ABBREVIATIONS.get(bare.lower(), bare.lower())
        if word[0].isupper() and _is_place_word(word):
            continue
        words += [w for w in lower.split() if len(w) > 2 and w not in ("the", "and", "for", "his", "her")]
    return tuple(sorted(set(words)))


_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i)$")


def _is_place_word(word: str) -> bool:
    """A capitalized qualifier naming a country or people: a possessive
    ("Norland's") or a demonym ("Russian", "Chinese", "Pakistani"); title
    and body words ("Foreign", "Senate", "Minority") are part of the office."""
    bare = word.removesuffix("'s").removesuffix("’s")
    if bare.isupper() or len(bare) <= 3:
        return False
    return word != bare or bool(_DEMONYM.search(bare))


def _places(text: str) -> tuple[str, ...]:
    """Four-letter stems of a role's place qualifiers, in order."""
    words = re.findall(r"\b[A-Z][a-z]+(?:['’]s)?", text)
    return tuple(dict.fromkeys(w.removesuffix("'s").removesuffix("’s")[:4].lower() for w in words
                               if _is_place_word(w)))


def _overlap(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    return any(a == b for a in first for b in second)


# --------------------------------------------------------------------------
# Quotations
# --------------------------------------------------------------------------


QUOTED_ALIKE = 12     # words two quotations share at least, in order, to be one remark, not a stock line said twice
ALIKE_SHARE = 0.75    # ... and this part of the words between the first and the last they share
VARIANT_WORDS = 3     # words a variant sets in place of others at most; more, and the two are two remarks
VARIANTS = 2          # variants within one remark at most
QUOTATION_LIMIT = 3   # quotation discrepancies per brief
QUOTED_PER_VOICE = 60  # a voice's quotations compared at most


def quotations(digests: Sequence[Digest], people: Sequence[Person] = (),
               limit: int = QUOTATION_LIMIT) -> list[Discrepancy]:
    """One speaker's remark two articles quote in different words
    (`_variants`): quotation marks vouch for the very words, so at least
    one source has them wrong.  The pairs most words alike first; one per
    speaker."""
    names = names_by_alias(people)
    by_voice: dict[str, list[tuple[str, Quote]]] = defaultdict(list)
    for digest in digests:
        for quote in digest.quotes:
            if quote.kind == "direct" and quote.speaker and quote.sources:
                by_voice[names.get(quote.speaker.casefold(), quote.speaker)].append((digest.article.id, quote))
    found = []
    for voice, quoted in by_voice.items():
        # Compared in pairs: a voice's first quotations only, so a large corpus costs no more.
        pairs = [(first, second) for (one, first), (other, second) in combinations(quoted[:QUOTED_PER_VOICE], 2)
                 if one != other and len(_word_set(first.text) & _word_set(second.text)) >= QUOTED_ALIKE]
        variants = [(alike, first, second, variant) for first, second in pairs
                    for alike, variant in [_variants(first.text, second.text) or (0, None)] if variant]
        if variants:
            alike, first, second, variant = max(variants, key=lambda found: found[0])
            found.append((-alike, _quotation(voice, first, second, variant)))
    return [d for _alike, d in sorted(found, key=lambda pair: pair[0])][:limit]


def _quotation(voice: str, first: Quote, second: Quote, variant: tuple[str, str]) -> Discrepancy:
    return Discrepancy(kind="quotation", items=(Claim(text=first.text, sources=first.sources),
                                                Claim(text=second.text, sources=second.sources)),
                       description=f"{voice} is quoted in different words: “{variant[0]}” in one source "
                                   f"against “{variant[1]}” in another.")


def _variants(first: str, second: str) -> tuple[int, tuple[str, str]] | None:
    """(the words alike, the first variant's words in each with a word of
    context either side) when two quotations are one remark in other words:
    `QUOTED_ALIKE` words alike, in order, and `ALIKE_SHARE` of the stretch
    they span, and within it only short variants (`VARIANT_WORDS`), one at
    least setting a content word in place of another (`_differ`); None
    otherwise.  A remark's two ends are where each outlet cut it."""
    from difflib import SequenceMatcher

    mine, theirs = _quoted_words(first), _quoted_words(second)
    keys = [tuple(word.casefold() for word in words) for words in (mine, theirs)]
    steps = SequenceMatcher(None, *keys, autojunk=False).get_opcodes()
    alike = [step for step in steps if step[0] == "equal"]
    if not alike:
        return None
    inner = steps[steps.index(alike[0]):steps.index(alike[-1]) + 1]
    matched = sum(step[2] - step[1] for step in alike)
    stretch = min(inner[-1][2] - inner[0][1], inner[-1][4] - inner[0][3])
    if matched < QUOTED_ALIKE or matched < ALIKE_SHARE * stretch:
        return None
    differ = [(mine[i1:i2], theirs[j1:j2], i1, j1) for kind, i1, i2, j1, j2 in inner if kind != "equal"]
    differ = [step for step in differ if not _spelled_alike(step[0], step[1])]
    # Many variants, or a long one, make two remarks alike in part (one
    # speaker's line on two occasions), not one remark quoted two ways.
    if len(differ) > VARIANTS or any(max(len(a), len(b)) > VARIANT_WORDS for a, b, _i, _j in differ):
        return None
    differ = [step for step in differ if _differ(step[0], step[1])]
    if not differ:
        return None
    a, b, i, j = differ[0]
    return matched, (" ".join(mine[max(i - 1, 0):i + len(a) + 1]), " ".join(theirs[max(j - 1, 0):j + len(b) + 1]))


def _spelled_alike(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two runs of a remark's words, set in one place, are one
    cut or one spelling: either is a cut (`_GAP`: an ellipsis or an
    editor's brackets), or the two are one word written whole or in parts
    ("tax-filing", "tax filing"), starred out ("f***ing"), a number in
    figures or in words, or speech set down as said ("gonna"); or one is
    only a filler the other leaves out (`_FILLERS`)."""
    if _GAP in mine or _GAP in theirs:
        return True
    # A filler one transcript keeps and the other drops ("I mean", "uh") leaves the remark's words as they were.
    if not mine or not theirs:
        return " ".join(mine or theirs).casefold() in _FILLERS
    keys = ["".join(_SPOKEN.get(w.casefold(), w.casefold()) for w in words) for words in (mine, theirs)]
    return keys[0] == keys[1] or _starred_alike(mine, theirs)


def _differ(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two runs of a remark's words, set in one place, say it in
    other words: a content word in one is not in the other, and not only
    a name each outlet spells its own way (capitalised: "Qaddafi",
    "Gadhafi")."""
    said = [{w.casefold(): w for w in words} for words in (mine, theirs)]
    differing = [said[0].get(w) or said[1][w] for w in set(said[0]) ^ set(said[1])]
    content = [w for w in differing if content_words(w)]
    return bool(content) and not all(w[:1].isupper() for w in content)


_GAP = "…"
_FILLERS = frozenset({"uh", "um", "er", "ah", "oh", "well", "so", "look", "i mean", "you know", "you see",
                      "uh i mean", "well i mean", "i mean you know"})
"""Words a speaker fills a pause with, which one transcript keeps and another drops."""
_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_QUOTED_WORD = re.compile(r"…|\.\.\.|[\w*]+(?:['’.][\w*]+)*")
_SPOKEN = {word: str(n) for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} \
    | {"gonna": "goingto", "wanna": "wantto", "gotta": "gotto"}
"""Small numbers in words, and speech set down as said, by their written keys."""


@lru_cache(maxsize=4096)
def _quoted_words(text: str) -> tuple[str, ...]:
    """The words of a quotation, "F.B.I." as "FBI", curly marks as
    straight ones, a word in parts ("tax-filing") as its parts, an
    ellipsis or an editor's brackets as `_GAP`."""
    words = _QUOTED_WORD.findall(_BRACKETED.sub(" … ", text).replace("’", "'"))
    return tuple(_GAP if word in ("…", "...") else re.sub(r"\.(?=\w)", "", word) for word in words)


def _word_set(text: str) -> frozenset[str]:
    """The case-folded words of a quotation (`_quoted_words`)."""
    return frozenset(word.casefold() for word in _quoted_words(text))


def _starred_alike(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two runs of words differ only in words starred out
    ("f***ing"): each starred word has its counterpart's first letter and
    last letters."""
    return len(mine) == len(theirs) and all(
        a == b or "*" in a + b and a[:1] == b[:1] and a.strip("*")[-2:] == b.strip("*")[-2:]
        for a, b in zip((w.casefold() for w in mine), (w.casefold() for w in theirs)))

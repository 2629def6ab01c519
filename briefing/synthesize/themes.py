"""Themes across the corpus: digests in, `Theme`s out.

1. Candidates: every digest's key phrases, their endings ("gas pipeline"
   of "north south gas pipeline") and modifiers ("military" of "joint
   military exercise"), kept when several articles (or, in a corpus of one,
   several sentences) use them.  Ranked by use, spread and how much the
   articles that use a phrase dwell on it (uses per article): a passing
   word in many stories ranks below the subject of a few.  Words the
   articles write only inside names ("News" of "CBS News") are not topics.
2. Clustering: phrases are grouped when they share a content word ("gas
   pipeline" and "pipeline") or mostly occur in the same sentences
   (co-occurrence Jaccard); each group is one theme.
3. Choice: the best themes, first those that bring in an article no better
   theme covers, so every story of a mixed corpus gets one.
4. Labels: the group's best multi-word phrase that is not a name cut short,
   as the articles write it, or the names the user's taxonomy
   (`config.taxonomy`, {label: [phrases]}) gives; a taxonomy theme whose
   phrases occur in the corpus is kept even when small.
5. Support: the sentences holding the theme's phrases, spread across
   articles (one per article in turn), near-duplicates out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Sequence

from ..config import Config
from ..distill.keyphrases import GENERIC
from ..distill.sentences import leans_back, quoted_spans, unfit_alone
from ..language.names import is_role_word
from ..language.channels import channel
from ..models import Claim, Digest, Sentence, Theme
from .summary import addresses_reader, content_words, headline, points_back, retells, unbalanced

_SENTENCES_PER_THEME = 4
CANDIDATES = 300
_JACCARD = 0.3
BURST = 1.0
RANKED = 5  # themes considered per theme shown
FEWEST_USES = 3  # sentences a theme shown by one example must use its phrases in: fewer is a passing phrase
RETOLD = 0.8  # share of content words two of a theme's examples hold in common to tell one fact
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class _Group:
    label: str | None
    phrases: list[str] = field(default_factory=list)
    forced: bool = False


def find_themes(digests: Sequence[Digest], config: Config, limit: int = 6) -> tuple[Theme, ...]:
    """Up to `limit` themes (plus any the taxonomy names), the broadest first."""
    sentences = [(d.article.id, s) for d in digests for s in d.sentences]
    keys = [_normalize(s.text) for _, s in sentences]
    verbless = _fragments(digests, sentences)
    phrases = {part for d in digests for p in d.key_phrases for part in _parts(p)}
    index = PhraseIndex(keys, phrases | {p for ps in config.taxonomy.values() for p in ps})
    names = _name_words(digests)
    _common_uses(index, phrases, names, sentences)
    occurs = {p: index.lookup(p) for p in phrases}
    # Only six themes are kept: clustering the best few hundred candidates
    # finds them, and keeps the (pairwise) clustering bounded at any scale.
    found = list(islice((p for p in _candidates(occurs, sentences, len(digests))
                         if not set(p.split()) <= names and _topical(p, [sentences[i][1].text for i in occurs[p]])),
                        CANDIDATES))
    groups = _absorb(_taxonomy_groups(config, index) + _cluster(found, occurs))
    forced = [t for g in groups if g.forced for t in [_theme(g, sentences, keys, index, verbless)] if t]
    heads = {p.split()[-1] for d in digests for p in d.key_phrases if p.split()}
    endings = {" ".join(w[i:]) for d in digests for p in d.key_phrases for w in [p.split()] for i in range(len(w))}
    ranked: list[tuple[Theme, set[str]]] = []
    shown = {(s.article, s.start) for t in forced for c in t.sentences for s in c.sources[:1]}
    # In rank order, each theme shows what better themes have not shown, where it can.
    for group in (g for g in groups[:len(forced) + RANKED * limit] if not g.forced and not _modifiers_only(g, heads)):
        theme = _theme(group, sentences, keys, index, verbless, heads, endings, frozenset(shown))
        if theme is None or vague(theme.label) or len(_distinct_heads([*ranked, (theme, set())])) <= len(ranked):
            continue
        ranked.append((theme, _dwelt(group, index, sentences)))
        shown.update((s.article, s.start) for c in theme.sentences for s in c.sources[:1])
    return tuple(forced) + _covering(ranked, limit)


VAGUE = frozenset("""region regions city cities town towns state states province district village community site
    location man men woman women person persons individual individuals family families human humans child children
    father mother wife husband sister brother daughter son parent parents resident residents member members staff
    official officials group groups government office offices administration agency department authorities
    authority organization company firm business businesses source sources information data document documents
    record records letter email emails message messages announcement release request requests account reporting
    remark remarks background details language effect effects control result results change changes problem
    problems situation process reason support supports action move step effort role position job life run path
    reading chain draft seat ground option options majority money service event today fail eyes item items
    agreement offering campaign contact line claim reality choice thing way part side point issue
    program programs measure measures vote votes decision decisions win wins past future
    """.split())
"""General-English nouns too vague to name a theme alone: an article's
"region", "office" or "man" in one story is rarely the same thing in
another ("the attorney general's office" and "office space"), and a
reader learns nothing from the label.  In a phrase they may ("Security
guard", "Tula region").  So too the nouns any policy story uses for its
several acts ("the program", "the measure", "votes", "the decision"): one
story's measure is rarely another's.  And "the past" or "the future":
a time, not a topic."""

HEAD_KEY = 7  # leading letters that make two labels' heads one word ("Contract", "Contractors", "Contracting")


def vague(label: str) -> bool:
    """Whether a theme `label` is one word of `VAGUE` (any case, singular
    or plural: "Efforts"), or only the words of a measure ("Percentage
    points", "Per cent"): a unit is what a figure counts in, not what a
    story is about."""
    words = label.strip().lower().split()
    if all(plural_fold(w) in _MEASURE_WORDS for w in words):
        return True
    return len(words) == 1 and (words[0] in VAGUE or plural_fold(words[0]) in VAGUE)


_MEASURE_WORDS = frozenset("percent per cent percentage point basis".split())


def _distinct_heads(ranked: list[tuple[Theme, set[str]]]) -> list[tuple[Theme, set[str]]]:
    """`ranked` without a theme whose label's last word is, but for its
    ending, the last word of a better theme's label ("Guard" after
    "Security guard", "Contract" after "Contractors"): a second theme on
    one noun repeats the first."""
    kept, seen = [], set()
    for theme, dwelt in ranked:
        words = theme.label.lower().split()
        key = plural_fold(words[-1])[:HEAD_KEY] if words else ""
        if key in seen:
            continue
        seen.add(key)
        kept.append((theme, dwelt))
    return kept


def _modifiers_only(group: _Group, heads: set[str]) -> bool:
    """Whether every phrase of `group` is one word no key phrase ends on:
    a modifier alone ("federal" of "federal contract", "economic" of
    "economic adviser"), which would label a theme with an adjective."""
    return all(" " not in p and p not in heads for p in group.phrases)


def _fragments(digests: Sequence[Digest], sentences: list[tuple[str, Sentence]]) -> frozenset[int]:
    """The indices in `sentences` of each article's fragments (`Digest.fragments`),
    of sentences that tell no news read alone (`unfit_alone`), of
    questions, of headlines in title case (`summary.headline`), of
    lead-ins to a quotation (ending on a colon) and of sentences cut
    inside brackets (`summary.unbalanced`): they count toward a theme but
    are never shown as one of its developments."""
    starts = {(d.article.id, start) for d in digests for start in d.fragments}
    quoted = {d.article.id: quoted_spans(d.quotes) for d in digests}
    return frozenset(i for i, (article, s) in enumerate(sentences)
                     if (article, s.source.start) in starts or unfit_alone(s, quoted[article])
                     or _asks(s.text) or headline(s.text) or s.text.rstrip().endswith(":")
                     or unbalanced(s.text))


_ASKS = re.compile(r"\?[\"'”’)\]]*$")


def _asks(text: str) -> bool:
    """Whether `text` is a question ("Why is the port losing trade?"): it
    states no development, and its answer is the sentences after it.  A
    statement that ends on one after a colon ("The council was warned on
    Monday: no new money?") still states its news."""
    return bool(_ASKS.search(text.rstrip())) and ":" not in text


def _dwelt(group: _Group, index: PhraseIndex, sentences) -> set[str]:
    """The articles that use the group's phrases in two sentences or more."""
    uses = Counter(sentences[i][0] for i in _hits(group, index, sentences))
    return {article for article, count in uses.items() if count >= 2}


def _covering(ranked: list[tuple[Theme, set[str]]], limit: int) -> tuple[Theme, ...]:
    """Up to `limit` of the `ranked` themes (each with the articles that
    dwell on it), in rank order: first those that bring in an article no
    better theme covers (so every story of a mixed corpus gets its theme),
    then the best of the rest."""
    chosen: list[int] = []
    covered: set[str] = set()
    for i, (_theme, dwelt) in enumerate(ranked):
        if len(chosen) < limit and not dwelt <= covered:
            chosen.append(i)
            covered |= dwelt
    rest = [i for i in range(len(ranked)) if i not in chosen]
    return tuple(ranked[i][0] for i in sorted(chosen + rest[:max(0, limit - len(chosen))]))


def _normalize(text: str) -> str:
    """Lower case, plural -s off each word, single spaces: for phrase lookup."""
    return " " + " ".join(plural_fold(w) for w in _WORD.findall(text.lower())) + " "


@lru_cache(maxsize=65536)
def plural_fold(word: str) -> str:
    """A crude plural fold of a lower-case `word`, the same for phrases and
    sentences ("levies" -> "levy", "taxes" -> "tax", "status" kept)."""
    if len(word) <= 3:
        return word
    if word.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


class PhraseIndex:
    """Which sentences hold each wanted phrase, found in one pass over the
    sentences: each sentence's runs of words are looked up among the wanted
    phrases, so time grows with the corpus and memory with the hits, never
    with phrases x sentences."""

    LONGEST = 6  # longer (taxonomy) phrases fall back to a scan

    def __init__(self, keys: list[str], phrases: Iterable[str]):
        self.keys = keys
        self.hits: dict[str, set[int]] = {_normalize(p).strip(): set() for p in phrases}
        # Only runs that start with a phrase's first word, and no longer than
        # the longest phrase starting with it, can be a phrase.
        longest: dict[str, int] = {}
        for phrase in self.hits:
            words = phrase.split()
            if words:
                longest[words[0]] = max(longest.get(words[0], 0), min(len(words), self.LONGEST))
        for i, key in enumerate(keys):
            words = key.split()
            for start, word in enumerate(words):
                for size in range(1, min(longest.get(word, 0), len(words) - start) + 1):
                    found = self.hits.get(" ".join(words[start:start + size]))
                    if found is not None:
                        found.add(i)

    def restrict(self, phrase: str, keep: Callable[[int], bool]) -> None:
        """Keep, of the sentences holding `phrase`, those `keep` accepts."""
        key = _normalize(phrase).strip()
        if key in self.hits:
            self.hits[key] = {i for i in self.hits[key] if keep(i)}

    def lookup(self, phrase: str) -> set[int]:
        """The indices of the sentences holding `phrase` (normalized here)."""
        wanted = _normalize(phrase)
        if len(wanted.split()) <= self.LONGEST and wanted.strip() in self.hits:
            return self.hits[wanted.strip()]
        return {i for i, key in enumerate(self.keys) if wanted in key}


def _parts(phrase: str) -> set[str]:
    """A phrase and its endings of up to three words: "north south gas
    pipeline" -> "gas pipeline", "pipeline": articles often share only the
    head noun and its nearest modifiers."""
    words = phrase.split()
    parts = {" ".join(words[i:]) for i in range(max(0, len(words) - 3), len(words))}
    parts |= {" ".join(words[i:i + 2]) for i in range(len(words) - 1)} | {w for w in words if len(w) > 4}
    return {p for p in parts if not set(p.split()) <= _no_topic() and not is_role_word(p.split()[-1])
            and len(p) > 2}


@lru_cache(maxsize=1)
def _no_topic() -> frozenset[str]:
    """Words no part may consist of alone: the generic nouns and English
    stop words ("more", the lemma of "mores", would match nearly every
    sentence)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return GENERIC | ENGLISH_STOP_WORDS


def _name_words(digests: Sequence[Digest]) -> set[str]:
    """The words of people's names (and their titles): a person is not a theme."""
    words = {"mr", "mrs", "ms", "dr"}
    for person in (p for d in digests for p in d.people):
        for form in (person.name, *person.aliases):
            words.update(_WORD.findall(form.lower()))
    return words


def _common_uses(index: "PhraseIndex", phrases: Iterable[str], names: set[str],
                 sentences: list[tuple[str, Sentence]]) -> None:
    """Restrict `index` so that a lone word of `phrases` that is also a
    word of someone's name, in any number ("field" beside Michelle Fields),
    is found only where a sentence writes it in lower case: the name's
    sentences are about the person, not the word's topic ("the Republican
    field")."""
    stems = {plural_fold(word) for word in names}
    for phrase in phrases:
        if " " not in phrase and plural_fold(phrase) in stems:
            index.restrict(phrase, lambda i, word=phrase: _in_lower_case(word, sentences[i][1].text))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?: (?:(?:of|the|and|for) )*[A-Z][\w’'.-]*)*")
"""A run of capitalised words, through the small words a name holds
("Veterans of Foreign Wars", "Bureau of Land Management")."""


def _as_itself(word: str, text: str) -> bool:
    """Whether `text` writes `word` (or its plural) once at least in lower
    case, or as the head of a run of capitalised words (`_name_head`: "the
    Vietnam War", "the Senate Judiciary Committee", "Department of
    Justice": a thing of the word's kind, named); not where every use is
    inside a longer name that is something else ("War Memorial Building",
    "Veterans of Foreign Wars")."""
    find = re.compile(r"\b" + _any_number(plural_fold(word)) + r"\b", re.I)
    for match in find.finditer(text):
        if match.group()[:1].islower():
            return True
        run = next((r for r in _CAPITALISED_RUN.finditer(text) if r.start() <= match.start() < r.end()), None)
        if run is None or _name_head(run.group()) == match.group():
            return True
    return False


def _name_head(name: str) -> str:
    """The word a capitalised name is headed by: the last before its first
    "of" ("Department" of "Department of Justice"), else its last word,
    without a possessive ending ("Court" of "Supreme Court's")."""
    words = name.split(" of ")[0].split()
    return re.sub(r"[’']s?$", "", words[-1]).rstrip(".")


def _in_lower_case(word: str, text: str) -> bool:
    """Whether `text` writes `word` (or its plural) in lower case."""
    return re.search(r"\b" + re.escape(word) + r"(?:es|s)?\b", text) is not None


def _candidates(occurs: dict[str, set[int]], sentences, n_articles: int) -> list[str]:
    """Phrases used across articles, best first: by spread, frequency and
    how much the articles that use a phrase dwell on it."""
    spreads = {p: len({sentences[i][0] for i in found}) for p, found in occurs.items()}

    def spread(phrase: str) -> int:
        return spreads[phrase]

    def score(phrase: str) -> float:
        uses, articles = len(occurs[phrase]), spread(phrase)
        return articles * math.log1p(uses) * (uses / articles) ** BURST * (1 + 0.6 * (len(phrase.split()) - 1))

    need = 2 if n_articles > 1 else 1
    kept = [p for p in occurs if spread(p) >= need and len(occurs[p]) >= 2 and p not in GENERIC]
    return sorted(kept, key=lambda p: (-score(p), p))


def _topical(phrase: str, texts: list[str]) -> bool:
    """Whether `phrase`, as the sentences `texts` write it, can be a theme:
    not a word of names (`_name_part`), not a name cut short (`_cut_short`),
    not mostly a person's title or epithet (`_epithet`)."""
    return not _name_part(phrase, texts) and not _cut_short(phrase, texts) and not _epithet(phrase, texts)


_PERSON_NOUNS = frozenset("""tycoon magnate billionaire heir heiress socialite celebrity entrepreneur
    businessman businesswoman financier investor""".split())
"""Nouns for what a person is, beside the role words (`names.heads_a_role`),
that news uses as a name's variation ("the shipping magnate", general
English)."""
MOSTLY_EPITHET = 0.67  # share of a phrase's uses inside a title or epithet that keeps it from being a theme
_NEXT_WORDS = re.compile(r"^[\s\-]+([A-Za-z]+)(?:[\s\-]+([A-Za-z]+))?")


def _epithet(phrase: str, texts: list[str]) -> bool:
    """Whether `phrase` is, in most of its uses in `texts` (two at least),
    the modifier of one person's title or epithet ("the shipping magnate",
    "Harbour Board chairman Ana Ruiz", "Port Authority Director Ben Holm":
    a role noun, singular, within the two words after it) or the end of
    one ("the director of coastal defence": a role noun, singular, and
    "of" just before it): the words say who someone is, not what the
    story is about.  "Shipping costs" or
    "the board chairmen" leave it a topic, and so does an adjective
    ("special" of "special envoy"): a modifier alone labels no theme anyway
    (`_modifiers_only`), and its other uses may make the theme's noun."""
    from ..language.names import heads_a_role

    if phrase.split()[-1].endswith(_ADJECTIVE_ENDS):
        return False
    pattern = re.compile(r"\b" + r"[\s\-]+".join(_any_number(plural_fold(w)) for w in phrase.split()) + r"\b", re.I)
    uses = [(text[:m.start()], text[m.end():]) for text in texts for m in pattern.finditer(text)]

    def role(word: str | None) -> bool:
        return bool(word) and plural_fold(word.lower()) == word.lower() and (heads_a_role(word)
                                                                       or word.lower() in _PERSON_NOUNS)

    def titles(before: str, after: str) -> bool:
        match, of = _NEXT_WORDS.match(after), _ROLE_OF.search(before)
        return match is not None and any(role(word) for word in match.groups()) or of is not None and role(of[1])

    return len(uses) >= 2 and sum(titles(*use) for use in uses) >= MOSTLY_EPITHET * len(uses)


_ROLE_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?$")
"""A noun and "of" just before a phrase: the phrase completes a title
when the noun is a role ("the director of coastal defence")."""


def _name_part(phrase: str, texts: list[str]) -> bool:
    """A single word the articles mostly write capitalized inside a
    sentence ("news" in "CBC News", "Fox News"; "Louis" in "St. Louis"):
    part of names, not a topic."""
    if " " in phrase:
        return False
    word = re.compile(r"(?<=[\w.] )" + re.escape(phrase) + r"(?:es|s)?\b", re.I)
    found = [m.group() for text in texts for m in word.finditer(text)]
    return bool(found) and sum(w[:1].isupper() for w in found) > len(found) / 2


def _cut_short(phrase: str, texts: list[str]) -> bool:
    """A phrase of several words the articles mostly write as the start of
    a longer name ("Republican National" of "Republican National
    Committee", "Wisconsin Republican" of "Wisconsin Republican Party"):
    the whole name is a candidate of its own, and the part alone would
    make a second, cut-off theme of it."""
    return " " in phrase and _cut_name(_written(phrase, texts))


def _cluster(phrases: list[str], occurs: dict[str, set[int]]) -> list[_Group]:
    """Phrases grouped by a shared content word or shared sentences; never
    into a group holding a rival of the phrase (`_rivals`)."""
    groups: list[_Group] = []
    for phrase in phrases:
        home = next((g for g in groups if _related(phrase, g.phrases[0], occurs)
                     and not any(_rivals(phrase, p) for p in g.phrases)), None)
        if home is None:
            groups.append(_Group(label=None, phrases=[phrase]))
        else:
            home.phrases.append(phrase)
    return groups


def _rivals(a: str, b: str) -> bool:
    """Whether two phrases of several words name two kinds of one thing:
    the same head noun under modifiers they do not share ("voting right"
    and "free speech right", "deficit reduction" and "benefit reduction"),
    as general English tells two things apart."""
    first, second = [plural_fold(w) for w in a.split()], [plural_fold(w) for w in b.split()]
    return (len(first) > 1 and len(second) > 1 and first[-1] == second[-1]
            and not set(first[:-1]) & set(second[:-1]))


def _related(a: str, b: str, occurs: dict[str, set[int]]) -> bool:
    if (set(a.split()) & set(b.split())) - GENERIC and not _rivals(a, b):
        return True
    # Jaccard of their sentences, the union counted rather than built.
    mine, theirs = occurs.get(a, set()), occurs.get(b, set())
    both = len(mine & theirs)
    either = len(mine) + len(theirs) - both
    return bool(either) and both / either >= _JACCARD


def _taxonomy_groups(config: Config, index: PhraseIndex) -> list[_Group]:
    """The user's named themes whose phrases occur in the corpus."""
    groups = []
    for label, phrases in config.taxonomy.items():
        present = [p.lower() for p in phrases if index.lookup(p)]
        if present:
            groups.append(_Group(label=label, phrases=present, forced=True))
    return groups


def _absorb(groups: list[_Group]) -> list[_Group]:
    """Discovered groups that share a phrase word with a taxonomy theme join it."""
    forced = [g for g in groups if g.forced]
    kept = list(forced)
    for group in (g for g in groups if not g.forced):
        words = {w for p in group.phrases for w in p.split()} - GENERIC
        target = next((f for f in forced if words & {w for p in f.phrases for w in p.split()}), None)
        if target is None:
            kept.append(group)
        else:
            target.phrases.extend(p for p in group.phrases if p not in target.phrases)
    return kept


def _theme(group: _Group, sentences: list[tuple[str, Sentence]], keys: list[str],
           index: PhraseIndex, verbless: frozenset[int] = frozenset(), heads: set[str] | None = None,
           endings: set[str] = frozenset(), shown: frozenset[tuple[str, int]] = frozenset()) -> Theme | None:
    """The theme for `group`: a label (a noun some key phrase ends on, among
    `heads`, or a phrase that ends a key phrase, among `endings`, or two
    words inside one that read as a noun: `_noun_ended`) and its
    supporting sentences (never one of the `verbless` ones; one a better
    theme already shows, `shown` as (article, start), only where its
    article offers no other)."""
    hits = sorted(_hits(group, index, sentences))
    if len(hits) < 2 and not group.forced:
        return None
    elsewhere = {i for i in hits if (sentences[i][1].source.article, sentences[i][1].source.start) in shown}
    nouns = [p for p in group.phrases if heads is None or p in heads or " " in p and _noun_ended(p, heads, endings)]
    texts = [sentences[i][1].text for i in hits]
    label = group.label or _noun_label(nouns or group.phrases, texts)
    if label is None or not group.label and (only_a_channel(label, texts) or name_calling(label, texts)):
        return None
    chosen = _spread([i for i in hits if i not in verbless and not _named_only(group.phrases, keys[i],
                                                                              sentences[i][1].text)
                      and (group.label or _names_it(label, sentences[i][1].text))],
                     sentences, keys, group.phrases, elsewhere)
    if not chosen or len(chosen) == 1 and len(hits) < FEWEST_USES and not group.label:
        return None
    claims = tuple(Claim(text=sentences[i][1].text, sources=(sentences[i][1].source,)) for i in chosen)
    articles = tuple(dict.fromkeys(sentences[i][0] for i in hits))
    return Theme(label=label, sentences=_standing_lead(claims, label), articles=articles,
                 key_phrases=tuple(group.phrases[:8]))


_NAME_JOINERS = frozenset("of and the for on in".split())


def _names_it(label: str, text: str) -> bool:
    """Whether the sentence `text` can show the theme `label`: any sentence
    when the label is a common noun phrase ("Ferry fares"), only one that
    writes the name when the label is a name of several capitalised words
    ("Harbour Trust", "Green Coast Party"): "the trust" or "coast" alone
    is as likely another trust or coast, and "green voters" is no party."""
    words = label.split()
    # A number ends a title as a word of its name ("Harbour Nights 3": `_numbered`).
    if len(words) < 2 or not all(w[:1].isupper() or w.isdigit() or w in _NAME_JOINERS for w in words):
        return True
    return bool(_written(" ".join(plural_fold(w) for w in label.lower().split()), [text]))


_SHORT_QUOTATION = re.compile(r"“([^“”]{1,40})”|\"([^\"]{1,40})\"")
QUOTED_WORDS = 3  # words a quotation holds at most to be a speaker's word for someone, not a statement


def name_calling(label: str, texts: list[str]) -> bool:
    """Whether the one-word `label` is, in every use in `texts` (two at
    least), inside quotation marks, and in one at least a short quotation
    of its own ("called the mayor a “coward”", "a “sniveling coward”"): a
    speaker's word, which says how one side speaks of another, not what
    the story is about; the writer never uses it."""
    if " " in label.strip():
        return False
    word = re.compile(r"\b" + _any_number(plural_fold(label.strip().lower())) + r"\b", re.I)
    uses = [(text, m.start()) for text in texts for m in word.finditer(text)]
    set_apart = any(len((q.group(1) or q.group(2)).split()) <= QUOTED_WORDS and word.search(q.group())
                    for text in texts for q in _SHORT_QUOTATION.finditer(text))
    return len(uses) >= 2 and set_apart and all(_inside_quotation(text, at) for text, at in uses)


def _inside_quotation(text: str, at: int) -> bool:
    """Whether the place `at` of `text` stands inside double quotation
    marks: more opened than closed before it (or an odd number of straight
    ones), or a closing mark after it with none opened before (a quotation
    that began in the sentence before)."""
    before, after = text[:at], text[at:]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    return "“" not in before and after.find("”") != -1 and (after.find("“") == -1 or after.find("”") < after.find("“"))


def _named_only(phrases: list[str], key: str, text: str) -> bool:
    """Whether the sentence `text` (normalized: `key`) holds the theme's
    `phrases` only as lone words inside longer names (`_as_itself`): "the
    Friends of Flood Victims office" counts toward a flood theme but is
    no example of it."""
    held = [p for p in phrases if _normalize(p) in key]
    return bool(held) and all(" " not in p and not _as_itself(p, text) for p in held)


def _hits(group: _Group, index: PhraseIndex, sentences: list[tuple[str, Sentence]]) -> set[int]:
    """The indices in `sentences` of the group's phrases.  A lone word that
    is also a word of one of the group's longer phrases ("state" beside
    "state department", "party" beside "independence party") counts only in
    the articles where a longer phrase occurs: elsewhere it is as likely the
    word's other sense ("the state voted", "a dinner party").  Even there
    a longer phrase's head alone counts only where it refers back to it
    (`_refers_back`: "the party", not "a tea party"), and a word that only
    modifies the longer phrases ("public" of "public school") counts
    nowhere alone: "public pressure" is another thing."""
    longer = [p for p in group.phrases if " " in p]
    found: set[int] = set().union(*(index.lookup(p) for p in longer))
    about = {sentences[i][0] for i in found}
    # Words are compared as `_stem` folds them: "right" beside "civil rights"
    # is that phrase's head, held to the same test as "rights".
    heads = {plural_fold(p.split()[-1]) for p in longer}
    modifiers = {plural_fold(w) for p in longer for w in p.split()[:-1]}
    words = {plural_fold(w) for p in longer for w in p.split()}
    for phrase in (p for p in group.phrases if " " not in p):
        hits = index.lookup(phrase)
        if plural_fold(phrase) in heads:
            hits = {i for i in hits if sentences[i][0] in about and _refers_back(phrase, index.keys[i], modifiers)}
        elif plural_fold(phrase) in words:
            continue
        found |= hits
    return found


def _refers_back(head: str, key: str, modifiers: set[str]) -> bool:
    """Whether the normalized sentence `key` writes the head noun `head`
    with no modifier of its own: first, after a stop word ("the reduction",
    "a collection of memorabilia", "the plan's cost": "'s" is cut to "s" by
    `_normalize`) or after one of its phrases' `modifiers` ("deficit
    reduction"); not "modest reductions" nor "voting power"."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = key.split()
    stem = plural_fold(head)
    return any(word == stem and (i == 0 or words[i - 1] in ENGLISH_STOP_WORDS or words[i - 1] in modifiers
                                 or words[i - 1] == "s")
               for i, word in enumerate(words))


MOSTLY_QUALIFIES = 0.67  # share of a lone word's uses as an adjective or adverb that keep it from labelling a theme
_LOOKED_AT = 8           # of a theme's sentences, how many are parsed to tell how its one-word label is used


def _as_noun(label: str, texts: list[str]) -> str | None:
    """A one-word `label` as a theme can carry it: itself when the parse of
    the theme's sentences `texts` reads it mostly as a noun; when mostly as
    an adjective or adverb, the label with the noun it qualifies in two of
    its uses or more ("Military" -> "Military potential"); else None: a
    quality said of unrelated things ("high" of "a new all-time high",
    "high valuations", "will be high") is no topic."""
    from ..language import nlp

    if " " in label.strip():
        return label
    word = plural_fold(label.strip().lower())
    uses = [t for doc in nlp.syntax(t for t in texts[:_LOOKED_AT] if label.lower() in t.lower())
            for t in doc if plural_fold(t.lower_) == word]
    if not uses or sum(t.pos_ in ("ADJ", "ADV") for t in uses) <= MOSTLY_QUALIFIES * len(uses):
        return label
    nouns = [t.head for t in uses if t.dep_ == "amod" and t.head.pos_ == "NOUN"]
    heads = Counter(plural_fold(noun.lower_) for noun in nouns)
    stem, times = heads.most_common(1)[0] if heads else ("", 0)
    return f"{label} {_singular(t for t in nouns if plural_fold(t.lower_) == stem)}" if times >= 2 else None


CHANNELLED = 2 / 3  # share of a name's uses as a channel that keeps it from labelling a theme


def only_a_channel(label: str, texts: list[str]) -> bool:
    """Whether the name `label` (each word capitalised) is, in most of its
    uses in `texts`, only the channel news went through
    (`channels.channel`, read as an outlet's): the one told or reported to
    ("told Pell News", "according to Pell News"), the one reporting ("Pell
    News reported"), the host of where words were said, where they were
    printed, or whose poll, show or contributor it is ("a Pell News
    poll"): an outlet, no topic of the story."""
    from ..language import nlp

    words = label.split()
    if not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].lower()
    uses = [t for doc in nlp.syntax(t for t in texts[:_LOOKED_AT] if label.lower() in t.lower())
            for t in doc if t.lower_ == last]
    return bool(uses) and sum(channel(t, outlet=True) for t in uses) >= CHANNELLED * len(uses)


def _singular(tokens: Iterable) -> str:
    """The noun of `tokens` (one noun, as parsed) in the singular: its lemma
    when the written word starts with it ("causes" -> "cause"), else the
    shortest written form (the lemma of "bases" is not "basis")."""
    tokens = list(tokens)
    lemma = tokens[0].lemma_.lower()
    return lemma if all(t.lower_.startswith(lemma) for t in tokens) else min((t.lower_ for t in tokens), key=len)


def _noun_label(phrases: list[str], texts: list[str]) -> str | None:
    """The `_label` of `phrases` as a noun can carry it (`_as_noun`); a
    phrase that is only a quality ("topless" beside "nudity") gives way to
    the next; None when none is left."""
    phrases = list(phrases)
    while phrases:
        label = _label(phrases, texts)
        carried = _as_noun(label, texts)
        if carried is not None:
            return carried
        phrases = [p for p in phrases if p != label.lower() and _normalize(p) != _normalize(label)]
    return None


def _noun_ended(phrase: str, heads: set[str], endings: set[str]) -> bool:
    """Whether a phrase of several words can label a theme: it ends a key
    phrase ("social cause" of "liberal social cause"), or it opens on no
    adverb or participle and, unless its last word is a noun some key
    phrase ends on, ends on no adjective ("law enforcement", not
    "cherished liberal", "strictly liberal" nor "liberal social")."""
    words = phrase.split()
    if phrase in endings:
        return True
    return not words[0].endswith(("ly", "ed")) and (words[-1] in heads or not words[-1].endswith(_ADJECTIVE_ENDS))


_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible")


def _spread(hits: list[int], sentences, keys: list[str], phrases: list[str],
            elsewhere: set[int] = frozenset()) -> list[int]:
    """Up to four sentences, richest in the theme's phrases, one article at a
    time; of two as rich, one that does not lean on the sentence before it
    (`sentences.leans_back`: "Moreover, ..."); never one that retells a
    sentence already chosen in `RETOLD` of its content words (`summary.retells`;
    a theme's examples share its words, so more than a summary's must), nor
    one whose subject stands for someone named only before it
    (`summary.points_back`: "“We will win,” he told reporters").  Of an
    article's sentences, those a better theme shows (`elsewhere`) come last."""
    wanted = [_normalize(p) for p in phrases]

    def richness(i: int) -> int:
        return sum(p in keys[i] for p in wanted)

    by_article: dict[str, list[int]] = {}
    for i in sorted(hits, key=lambda i: (i in elsewhere, -richness(i), leans_back(sentences[i][1].text), i)):
        by_article.setdefault(sentences[i][0], []).append(i)
    chosen, seen, told = [], set(), []
    while len(chosen) < _SENTENCES_PER_THEME and any(by_article.values()):
        for queue in by_article.values():
            if queue and len(chosen) < _SENTENCES_PER_THEME:
                i = queue.pop(0)
                words = content_words(sentences[i][1].text)
                # A retelling in other words ("with most reporting ..." and "as most reported ...") is one example.
                # Shown out of its article, a "he told ..." names no one: the sentence before said who.
                if keys[i] not in seen and not any(retells(words, other, RETOLD) for other in told) \
                        and not points_back(sentences[i][1].text):
                    chosen.append(i)
                    seen.add(keys[i])
                    told.append(words)
    return chosen


def _standing_lead(claims: tuple[Claim, ...], label: str) -> tuple[Claim, ...]:
    """`claims` (a theme's examples) led by the first that stands alone
    and writes every word of the theme's `label` when the first does not
    (`_stands_alone`): shown by itself, "And yet the ferry link ..."
    answers a sentence the reader never sees, and "“The fares must fall,”
    she said" names no one."""
    if not claims or _stands_alone(claims[0].text):
        return claims
    words = [plural_fold(w) for w in re.findall(r"[a-z]+", label.lower())]
    lead = next((c for c in claims if _stands_alone(c.text)
                 and all(w in {plural_fold(x) for x in re.findall(r"[a-z]+", c.text.lower())} for w in words)), None)
    return (lead, *(c for c in claims if c is not lead)) if lead is not None else claims


def _stands_alone(text: str) -> bool:
    """Whether `text` can open a theme by itself: it does not lean on the
    sentence before (`leans_back`: "Moreover, ..."), its subject stands
    for no one named only before (`summary.points_back`: "she said", "It
    had been ..."), and it does not speak to the reader or as the writer
    (`summary.addresses_reader`)."""
    return not leans_back(text) and not addresses_reader(text) and not points_back(text)


def _label(phrases: list[str], texts: list[str]) -> str:
    """The first multi-word phrase (the best scored) that is not a name cut
    short ("Shanghai Cooperation" of "Shanghai Cooperation Organisation")
    nor the tail of one (`_name_tail`), else the first phrase, as the
    articles write it ("Russia relations", not "russia relation"), with
    the number a title ends on (`_numbered`)."""
    uses: dict[str, list[tuple[str, str, str]]] = {}

    def whole(phrase: str) -> bool:
        # How a phrase is written is looked up only until the label is found.
        if phrase not in uses:
            uses[phrase] = _uses(phrase, texts)
        written = [(match, after) for _before, match, after in uses[phrase]]
        return not _cut_name(written) and not _name_tail(uses[phrase]) and not _opens_inside_name(uses[phrase])

    best = next((p for p in phrases if len(p.split()) > 1 and whole(p)), None)
    best = best or next((p for p in phrases if whole(p)), phrases[0])
    # A lone word that ends a hyphened compound among the phrases ("check" of "fact-check")
    # is that compound's tail: the compound says what the word alone does not.
    if " " not in best:
        best = next((p for p in phrases if p.endswith("-" + best) and _mostly_tail(best, p, texts) and whole(p)),
                    best)
    # The form the articles write most leads; on a tie, the phrase's own words: "News" is no plural of "new".
    written = [match for _before, match, _after in uses.get(best, [])]
    times = Counter(form.lower() for form in written)
    forms = sorted(written, key=lambda f: (-times[f.lower()], f.lower() != best))
    label = _in_body_case(forms) if forms else best
    # The words as written, without the quotation mark one article sets between them ('Transcribed" interview').
    label = " ".join(_UNQUOTED.sub("", word) or word for word in label.split()) + _numbered(uses.get(best, []))
    return label[:1].upper() + label[1:]


_HYPHENED_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _mostly_tail(word: str, compound: str, texts: list[str]) -> bool:
    """Whether `texts` write `word` mostly as the end of `compound`, hyphened
    or not ("check" in "fact-check" and "fact check"), rather than alone
    ("election" beside a rarer "re-election")."""
    first = compound[:-len(word) - 1]
    tail = alone = 0
    for text in texts:
        words = _HYPHENED_WORDS.findall(text.lower())
        for i, found in enumerate(words):
            if found == compound or found == word and i and words[i - 1] == first:
                tail += 1
            elif found == word:
                alone += 1
    return tail > alone


def _numbered(uses: list[tuple[str, str, str]]) -> str:
    """" 8" when every use of a capitalized phrase (`_uses`) is followed by
    that one number: the number ends a title ("Harbour Nights 3"), and the
    label without it names no show, film or law."""
    numbers = {m.group(1) if (m := _NUMBER_AFTER.match(after)) and match[:1].isupper() else None
               for _before, match, after in uses}
    return f" {numbers.pop()}" if len(numbers) == 1 and None not in numbers else ""


_NUMBER_AFTER = re.compile(r"[\s“”\"‘’']*(\d+)\b(?![.,]\d)")


def _name_tail(uses: list[tuple[str, str, str]]) -> bool:
    """Whether a phrase, as used (`_uses`: the text before each match, the
    match, the text after), is mostly the end of a longer name joined by
    "of" or "with" ("Tide memorabilia" of "Song of the Tide memorabilia",
    "England rates" of "Bank of England rates"): its first word
    capitalized, after capitalized words inside the sentence and "of",
    "with" or "the".  The whole name reads; its tail names nothing.  A
    name run on without such a word ("Senate Judiciary Committee") ends
    on a name of its own ("Judiciary Committee"), which may label."""
    tails = sum(match[:1].isupper() and bool(_JOINED_NAME_BEFORE.search(before)) for before, match, _after in uses)
    return tails * 2 > len(uses)


def _opens_inside_name(uses: list[tuple[str, str, str]]) -> bool:
    """Whether a phrase, as used (`_uses`), mostly opens on the last word of
    a name and runs on past it in lower case ("Harbor Radio poll" giving
    "Radio poll"; "Kent Valley-Harbor Radio survey"): its first word
    capitalized right after another capitalized word inside the sentence,
    a later word in lower case.  The label would name a piece of a name
    and a common noun, which is neither; a name of its own ("Judiciary
    Committee") has no word in lower case."""
    inside = sum(match[:1].isupper() and any(w[:1].islower() for w in match.split()[1:])
                 and bool(_NAME_WORD_BEFORE.search(before)) for before, match, _after in uses)
    return inside * 2 > len(uses)


_NAME_WORD_BEFORE = re.compile(r"(?<=[\s“\"‘(/-])[A-Z][\w’'.&]*[\s/-]+$")
"""A capitalized word set inside a sentence (not its first word) right
before, joined by a space, a hyphen or a slash ("ABC-", "Radio ")."""


_JOINED_NAME_BEFORE = re.compile(r"(?<=[\s“\"‘(])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
                                 r"(?:\s+(?:of|with)(?:\s+the)?|\s+the)\s+$")
"""Capitalized words set inside a sentence (not its first word, capital
only for opening it), then "of", "with", "of the" or "the": the head of
a name the next capitalized word goes on ("Bank of", "Gone With the")."""



_UNQUOTED = re.compile(r"[“”\"‘’]+$|^[“”\"‘’]+")


def _in_body_case(forms: list[str]) -> str:
    """The first of `forms` (how the phrase is written), each word in the
    case the articles mostly write it in: body text over a headline's
    capitals ("presidential campaign", not "Presidential Campaign"; "U.S.
    Senate" stays)."""
    first = forms[0].split()
    alike = [form.split() for form in forms if len(form.split()) == len(first)]
    return " ".join(word.lower() if sum(f[i][:1].islower() for f in alike) * 2 > len(alike) else word
                    for i, word in enumerate(first))


def _written(phrase: str, texts: list[str]) -> list[tuple[str, str]]:
    """How `phrase` is written in `texts`: each match and the text after it."""
    return [(match, after) for _before, match, after in _uses(phrase, texts)]


def _uses(phrase: str, texts: list[str]) -> list[tuple[str, str, str]]:
    """Each use of `phrase` in `texts`: the text before it, the match and the text after it."""
    # Words are joined by spaces, hyphens or quotation marks, never across a bracket ("gory) photos").
    pattern = re.compile(r"\b" + r"[\s\-–“”\"‘’']+".join(_any_number(w) for w in phrase.split()) + r"\b", re.I)
    return [(text[max(0, m.start() - BEFORE):m.start()], m.group(), text[m.end():m.end() + AFTER])
            for text in texts for m in pattern.finditer(text)]


BEFORE = 40  # characters before a use read for the name it may end (`_name_tail`)
AFTER = 8    # characters after a use read for the name or number that may go on (`_cut_name`, `_numbered`)


def _any_number(word: str) -> str:
    """A pattern for `word` (a lemma) singular or plural: "authority" or
    "authorities", "tax" or "taxes"."""
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + r"(?:y|ies)"
    return re.escape(word) + r"(?:es|s)?"


def _cut_name(written: list[tuple[str, str]]) -> bool:
    """Whether a phrase, as `written` (each match and the text after it),
    is a name cut short: mostly written capitalized and followed by another
    capitalized word; or written capitalized at least as often as not
    (so a label would keep the capitals) and then mostly so followed
    ("Coastal Defence" of "Coastal Defence Agency", beside two uses of
    "coastal defence" in lower case): the capitals belong to the name."""
    cut = sum(match[:1].isupper() and after[:1] == " " and after[1:2].isupper() for match, after in written)
    capitalized = sum(match[:1].isupper() for match, _after in written)
    return cut > len(written) / 2 or capitalized * 2 >= len(written) and cut * 2 > capitalized

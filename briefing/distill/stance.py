"""An article's sentences and quotes in, each voice's stance reading out.

Voices: every named speaker of a quote (unattributed quotes are no one's),
and the article's author, or else its outlet, or else its title, for
everything the article says in its own words.  A voice's judgement is read
from a lexicon of general English evaluative words (`judge`): negation in a
short window before a word flips it ("not so sure", "never opposed"),
hedges halve it ("seems", "alleged"), and the clause before "but" counts
half, since the clause after it is what the writer stands by.  Judgements
about what others said ("X expressed satisfaction") are the others' and are
left out of the author's voice.

`decide(positive, negative)` turns the two totals into `optimistic`,
`skeptical`, `mixed` (clear evidence both ways) or `neutral` (no clear
evidence).  Synthesis re-reads the evidence toward the brief's subject.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..models import Article, Claim, Quote, Sentence, Source, StanceReading

# Evaluative words and phrases, weight >0 hopeful, <0 doubtful.  General English only.
LEXICON: dict[str, float] = {
    **dict.fromkeys("""positive optimistic optimism promising encouraging encouraged excellent flourishing
        flourish blossoming blossom thriving thrive successful impressive fruitful beneficial hopeful
        confident remarkable landmark breakthrough milestone cordial warm welcome welcomed welcomes
        boost boosted enthusiastic favourable favorable constructive productive strengthened
        unprecedented game-changing win-win omen bode bodes upbeat bright wonderful commendable
        praise praised praises hailed hails achievement achievements victory prosperity prosper
        resilient admirable terrific superb""".split(), 1.0),
    **dict.fromkeys("""good great better best strong stronger robust improve improved improving improvement
        progress opportunity opportunities success deepen deepening sure valuable supportive
        unconditional effective benefit benefits gain gains recovery healthy fair""".split(), 0.5),
    **dict.fromkeys("""skeptical sceptical skepticism scepticism doubt doubts doubtful dubious mistrust
        distrust suspicion suspicious wary imbalanced unbalanced uncertain uncertainty fragile strained
        setback stalled failed failure fail disappointing disappointed disappointedly troubling
        worrying alarming hostile icy soured undermine undermines undermined deteriorating
        pessimistic pessimism unrealistic illusory hollow flawed crisis deadlock
        apprehensive apprehension disaster disastrous catastrophic dangerous damaging harmful reckless
        irresponsible incompetent unacceptable outrageous shameful disgrace disgraceful misguided racist
        racism bigotry bigoted corrupt corruption scandal chaos chaotic unfair unjust condemn condemned
        condemns denounce denounced terrible worst""".split(), -1.0),
    **dict.fromkeys("""concern concerns concerned worry worried risk risks risky tension tensions tense
        problem problems difficult difficulty challenge challenges delay delayed delays weak weaker
        decline declining unclear limited lacks lack lacking obstacle obstacles adverse threat
        threatens mismatch dependence pressure criticism criticized criticised bad worse wrong harm
        blame blamed struggle struggling turmoil instability questionable troubled
        stagnant slump downturn""".split(), -0.5),
}
PHRASES: dict[str, float] = {
    "bode well": 1.0, "bodes well": 1.0, "good omen": 1.0, "new chapter": 1.0, "on the ascent": 1.0,
    "on track": 0.5, "upward trajectory": 0.5, "step forward": 1.0,
    "not so sure": -1.5, "remains to be seen": -1.0, "trust deficit": -1.0, "far from": -1.0,
    "too early": -1.0, "at first glance": -0.5, "wishful thinking": -1.0, "not been able": -1.0,
    "yet to": -0.5, "no progress": -1.0, "little progress": -1.0, "lip service": -1.0,
}
_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b")
NEGATORS = frozenset("not no never n't nothing neither nor hardly barely without lacks".split())
HEDGES = frozenset("""seems seem seemed appears appear apparently alleged allegedly supposedly may might
    could perhaps possibly reportedly""".split())
CONTRAST = re.compile(r"\b(but|however|yet|though|although|despite|nevertheless)\b", re.I)
REPORTED = re.compile(r"\b(say|said|says|saying|argue|claim|told|tells|stated|states|expressed|remarked|highlighted|acknowledged"
                      r"|acknowledges|emphasized|emphasised|explains|explained|argued|argues|arguing|claimed|claims"
                      r"|according to|quoted|warned|warns|complained|complains|charged|charges|accused|accuses"
                      r"|insisted|insists|contended|contends|added|adds|wrote|writes|noted|notes|asserted"
                      r"|critics|opponents|supporters|officials)\b", re.I)
_SEGMENT = re.compile(r"(?<=[.!?])\s+")
_TOKEN = re.compile(r"n't|[a-z]+(?:-[a-z]+)*", re.I)
_QUOTED = re.compile(r"[“\"][^”\"]{0,600}[”\"]")
_FOLLOW_ON = re.compile(r"^(he|she|they)\s+(also\s+|further\s+)?(said|added|argued|noted|stressed|warned|wrote"
                        r"|explained|believes|thinks|insisted)\b", re.I)
WINDOW = 3  # tokens before a word that a negator or hedge reaches
MIN_EVIDENCE = 1.0  # total weight below which a voice has shown no clear judgement


def judge(text: str) -> tuple[float, float]:
    """(hopeful, doubtful) weight of `text`, both >= 0."""
    positive = negative = 0.0
    for weight in _weights(text):
        if weight > 0:
            positive += weight
        else:
            negative -= weight
    return positive, negative


def decide(positive: float, negative: float, needed: float = MIN_EVIDENCE) -> str:
    """The stance two totals show: mixed when both sides reach `needed` and
    neither outweighs the other twofold, neutral when neither side does."""
    if max(positive, negative) < needed:
        return "neutral"
    if min(positive, negative) >= needed and min(positive, negative) * 2 > max(positive, negative):
        return "mixed"
    return "optimistic" if positive > negative else "skeptical"


def read_stances(article: Article, sentences: tuple[Sentence, ...],
                 quotes: tuple[Quote, ...]) -> tuple[StanceReading, ...]:
    """One reading per named speaker, then one for the article's own voice."""
    spoken = _speaker_evidence(sentences, quotes)
    claimed = [source for claims in spoken.values() for claim in claims for source in claim.sources]
    own = [Claim(text=s.text, sources=(s.source,)) for s in sentences
           if not _mostly_within(s.source, claimed) and not REPORTED.search(own_words(s.text))]
    readings = [_reading(voice, "speaker", claims) for voice, claims in spoken.items()]
    voice, kind = article_voice(article)
    readings.append(_reading(voice, kind, own, unquote=True))
    return tuple(readings)


def article_voice(article: Article) -> tuple[str, str]:
    """The name and kind of an article's own voice: author, outlet or title."""
    if article.author:
        return article.author, "author"
    return (article.outlet or article.title or article.id), "outlet"


def _reading(voice: str, kind: str, claims: Iterable[Claim], unquote: bool = False) -> StanceReading:
    """A voice's reading: its evidence (claims that judge), totals and stance."""
    judged = [(claim, judge(own_words(claim.text) if unquote else claim.text)) for claim in claims]
    judged = [(claim, scores) for claim, scores in judged if scores[0] or scores[1]]
    positive = sum(p for _c, (p, _n) in judged)
    negative = sum(n for _c, (_p, n) in judged)
    strongest = sorted(judged, key=lambda item: -abs(item[1][0] - item[1][1]))
    return StanceReading(voice=voice, kind=kind, stance=decide(positive, negative),
                         score=round(positive - negative, 2), evidence=tuple(c for c, _s in strongest))


def _speaker_evidence(sentences: tuple[Sentence, ...], quotes: tuple[Quote, ...]) -> dict[str, list[Claim]]:
    """Each named speaker's words: the quotes, and a following sentence that
    goes on reporting them ("He said that ...")."""
    spoken: dict[str, list[Claim]] = {}
    for quote in quotes:
        if quote.speaker and quote.sources:
            spoken.setdefault(quote.speaker, []).append(Claim(text=quote.text, sources=quote.sources))
            follow = _follow_on(sentences, quote.sources[-1])
            if follow is not None:
                spoken[quote.speaker].append(follow)
    return spoken


def _follow_on(sentences: tuple[Sentence, ...], source: Source) -> Claim | None:
    """The sentence right after the one holding `source`, if it reports the same speaker."""
    for index, sentence in enumerate(sentences[:-1]):
        here = sentence.source
        if here.article == source.article and here.start <= source.start < here.end + 2:
            after = sentences[index + 1]
            if _FOLLOW_ON.match(after.text):
                return Claim(text=after.text, sources=(after.source,))
            return None
    return None


def _mostly_within(source: Source, spans: list[Source]) -> bool:
    """True when more than half of `source` lies inside the `spans`."""
    covered = sum(max(0, min(source.end, s.end) - max(source.start, s.start)) for s in spans)
    return covered * 2 > source.end - source.start


def own_words(text: str) -> str:
    """`text` without the words in quotation marks (those are someone else's)."""
    return _QUOTED.sub(" ", text)


def _weights(text: str) -> list[float]:
    """The signed weight of each evaluative word or phrase in `text`, read
    one sentence at a time (a contrast or question reaches no further)."""
    lowered = text.lower().replace("’", "'")
    return [w for segment in _SEGMENT.split(lowered) for w in _segment_weights(segment)]


def _segment_weights(segment: str) -> list[float]:
    # A question asserts nothing hopeful ("Unconditional support?"); its doubts still count.
    asks = segment.rstrip(" \"'”)").endswith("?")
    weights = [PHRASES[m.group(0)] * _clause_factor(segment, m.start()) for m in _PHRASE.finditer(segment)]
    # Words inside a phrase already counted do not count again ("not so sure").
    segment = _PHRASE.sub(lambda m: " " * len(m.group(0)), segment)
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(segment)]
    for index, (token, start) in enumerate(tokens):
        weight = LEXICON.get(token)
        if weight is not None:
            weights.append(weight * _modifier([t for t, _s in tokens[max(0, index - WINDOW):index]])
                           * _clause_factor(segment, start))
    return [w for w in weights if not (asks and w > 0)]


def _modifier(before: list[str]) -> float:
    """-1 when negated, 0.5 when hedged, both multiply; 1 otherwise."""
    factor = -1.0 if any(t in NEGATORS for t in before) else 1.0
    return factor * (0.5 if any(t in HEDGES for t in before) else 1.0)


def _clause_factor(text: str, position: int) -> float:
    """0.5 for a word in the clause a contrast overrides ("X, but Y": X;
    "Though X, Y": X), 1 otherwise."""
    for match in CONTRAST.finditer(text):
        word = match.group(1)
        if word in ("but", "however", "yet", "nevertheless") and position < match.start():
            return 0.5
        if word in ("though", "although", "despite") and match.start() <= position < _clause_end(text, match.end()):
            return 0.5
    return 1.0


def _clause_end(text: str, start: int) -> int:
    comma = text.find(",", start)
    return comma if comma != -1 else len(text)

"""Numbers that matter: a parsed `Article` in, `Figure`s out.

The amounts themselves (value, unit, approximate) come from numbers.py; the
parse says what each measures, from the word the amount attaches to:

- "a share of 26 percent", "26 percent of the shares": the "of" noun;
- "the project is estimated to cost 2 billion USD": cost of the subject;
- "capacity to transport 12.4 billion cubic feet of gas": the noun the verb
  belongs to, with the verb and its object;
- "a $2 billion pipeline", "this 800 km long pipeline": the noun it modifies;
- "$805 million for drug detection", "$5.7 billion in funding for a wall":
  what the amount is for, or what it is an amount of.
"""

from __future__ import annotations

import re

from ..language import labels
from ..language.names import is_role_word, is_title_word
from ..language.saying import REPORTING
from ..models import Article, Figure
from .dates import YEAR
from .numbers import COUNTED, CURRENCIES, HEDGE_BEFORE, Amount, find_amounts, unqualified

# Verbs whose object is an amount, and the noun that names what it measures.
_VERB_NOUNS = {"cost": "cost", "worth": "value", "value": "value", "invest": "investment", "spend": "spending",
               "allocate": "allocation", "devote": "allocation", "earmark": "allocation", "raise": "amount raised", "borrow": "borrowing", "lend": "lending",
               "pay": "payment", "repay": "repayment", "refund": "refund", "reimburse": "reimbursement",
               "earn": "earnings", "lose": "loss", "grow": "growth", "rise": "rise",
               "fall": "fall", "drop": "drop", "increase": "increase", "decrease": "decrease", "total": "total",
               "sell": "sales", "export": "exports", "import": "imports", "owe": "debt", "donate": "donations",
               "fine": "fine", "fetch": "price", "predict": "forecast", "forecast": "forecast",
               "contribute": "contributions", "save": "savings", "award": "award", "reward": "reward", "compensate": "compensation"}
_BY_AGENT = frozenset("""invest spend allocate devote earmark raise borrow lend pay repay refund reimburse sell donate predict
    forecast contribute award reward compensate""".split())
"""Verbs whose subject does the paying: "the campaign raised $2 million" is
the amount raised by the campaign, not "of" it."""
_GIVING = {"pay": "to", "repay": "to", "refund": "to", "reimburse": "to", "award": "to", "reward": "to",
           "compensate": "to", "lend": "to", "donate": "to", "fine": "of"}
"""Verbs by which money goes to someone, with the word that names who gets
it (or, for a fine, who pays it): the subject of their passive ("Lind was
paid $2 million"), and of "fine" its indirect object too ("fined the bank
$5 million": the bank's fine, not the regulator's)."""
_PAYING_BACK = frozenset("repay refund reimburse".split())
"""Verbs of money paid back, whose "to" names who got it back ("repaid
$4,000 to the fund"): a repayment is known by whom it made good."""
_REWARDING = frozenset("award reward compensate fine penalize penalise sentence".split())
"""Verbs of reward and penalty, after whose amount "for" gives the reason
("fined $5 million for misleading clients"), not what the amount is."""
_HOLDING = frozenset("get obtain receive hold own take have control win acquire keep".split())
_WINNING = frozenset("garner gain poll capture rack secure draw".split())  # a share of a vote
_CLAIMING = frozenset({"claim"})
"""Verbs by which a contender wins a share ("Berg claimed 58 percent of
the vote"), but by which anything else only takes it ("the flu claimed
30 percent of the flock")."""
_MAKING_UP = frozenset("""make account represent constitute comprise form be total amount reach rise fall grow drop
    climb increase decrease decline equal exceed top remain stand""".split())
"""Verbs by which a part is a share of a whole ("Women make up 11 percent
of those convicted"): the subject is the part.  Of any other verb the
subject is a doer ("the Clintons donated 10 percent of their income")."""
_KNOWN_VERBS = frozenset(_VERB_NOUNS) | _HOLDING | _WINNING | _MAKING_UP
_OPINION = REPORTING | frozenset("""support oppose favor favour approve disapprove believe think want prefer agree
    disagree expect doubt fear worry trust""".split())
"""Verbs by which a share of people says what it thinks ("51 percent of
respondents said ...", "63 percent of Americans support ...")."""
_DIMENSIONS = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth",
               "thick": "thickness"}
_KEEP = ("amod", "compound", "nmod", "poss", "nummod", "case")
_MONEY_HEADS = frozenset("loan deal aid package budget fund investment trade contract bailout grant sale "
                         "revenue debt exports imports credit fine settlement fee salary wage bonus price payment "
                         "tax donation contribution reward prize payout compensation subsidy rent ransom "
                         "penalty refund pension stipend earning income profit benefit allowance rebate "
                         "premium award damages deficit surplus spending cut raise increase check cheque gift "
                         "cash money haul sum proceeds savings fortune capital reserve endowment wealth "
                         "lifeline rescue stimulus offer bid injection valuation amendment request proposal "
                         "appropriation supplemental".split())
"""Nouns that are themselves an amount of money: "a $45,000 fee" measures
the fee, not the "cost of fee"; nor is money held or gathered ("$2 million
cash on hand", "her $90,000 haul") a price paid for it, nor money offered or
put in ("a $9 billion lifeline", "a $3 billion offer") or a worth ("a $47
billion valuation"), nor a sum asked or granted ("its $2 billion budget
request", "a $5 million amendment") what it costs."""
_SUMS_MOVED = frozenset("loss windfall bill tab gain shortfall".split())
"""Nouns of a sum lost, won or owed ("a $9 million loss", "a $4 billion
windfall", "a $2 million tax bill"): the amount is that sum, not what it
costs; a share of one ("83% of the loss") is still of it."""
_SUMS_NAMED = _MONEY_HEADS | _SUMS_MOVED  # money nouns that name what their amount measures


def find_figures(article: Article, doc) -> tuple[Figure, ...]:
    """Each money amount, percentage or quantity with a unit, with what it
    measures and the sentence it came from."""
    found, previous = [], None
    amounts = find_amounts(article.text)
    paired = _score_pairs(article.text, amounts)
    sides = _score_sides(doc, amounts, paired)
    ranges = _ranges(article.text, amounts)
    uppers = {upper.start for upper in ranges.values()}
    for amount in amounts:
        if amount.start in uppers:
            continue  # given with the lower end of its range
        amount = _particle_dropped(amount, doc)
        span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
        converted, previous = _conversion(article.text, previous, amount), amount
        if span is None or converted:
            continue  # converted: "$9 million (£6.3m)", the same figure in another unit
        if amount.unit == "%" and (_degree(span) or _a_group(span)) or _RATE.match(article.text, amount.end):
            continue  # a degree ("100% sure"), a group ("the 1 percent"), or an exchange rate ("($1 = 3.7489 riyals)")
        if _of_an_interval(article.text, amount.start, amount.end):
            continue  # "31% (95% CI, 18% to 47%)": the method's level and the estimate's bounds, no findings
        upper = ranges.get(amount.start)
        start, end = _opening(article.text, amount, upper, span), amount.end if upper is None else upper.end
        ranged = start != amount.start or upper is not None
        body = _body_weight_change(span, amount)
        unit = "pounds" if body or _a_weight(span, amount) else amount.unit
        bound = _threshold(article.text, amount)  # "those with income above $X": the group's exact bound
        measured = None if _cut_off_after(article.text, end, span.sent.end_char) or _excepted(article.text, start) else \
            sides.get(amount.start) if amount.start in paired else body or bound or _as_said(
                span, unit, _ownerless(_brackets_whole(_measures_of(span, unit, upper), span.sent.text), span))
        found.append(Figure(text=article.text[start:end], value=None if ranged else amount.value, unit=unit,
                            measures=_dated(measured, span),
                            sentence=span.sent.text.strip(), sources=(article.source(start, end),),
                            approximate=amount.approximate and bound is None or ranged))
    found = _told_once(found, article.text)
    taken = [(f.sources[0].start, f.sources[0].end) for f in found]
    counts = []
    for count in _large_counts(article, doc) + _tallies(article, doc) + _memberships(article, doc) \
            + _samples(article, doc) + _thousands(article, doc):
        if not any(a < count.sources[0].end and count.sources[0].start < b for a, b in taken):
            counts.append(count)
            taken.append((count.sources[0].start, count.sources[0].end))  # a sample is no count again
    return tuple(sorted(found + counts, key=lambda f: f.sources[0].start))


def _told_once(found: list[Figure], text: str) -> list[Figure]:
    """`found` without an amount its sentence restates: "$82 million worth
    -- $82 million in school cuts" is one figure, the one whose words say
    what it measures (else the first).  The same value and unit again in
    one sentence, with no "and", "or" or "but" between (which would
    join two figures: "$5 million in 2019 and $5 million in 2020") nor
    another number (a list of readings: "95% CI = ..., 0.97 (95% CI
    ...)"), and with no measure of its own or the same one, adds a row
    that says nothing new.  Two measures that differ are two figures."""
    kept: list[Figure] = []
    for figure in found:
        twins = [k for k in kept if figure.value is not None and (k.value, k.unit, k.sentence)
                 == (figure.value, figure.unit, figure.sentence)
                 and not _JOINING.search(text, k.sources[0].end, figure.sources[0].start)
                 and not any(c.isdigit() for c in text[k.sources[0].end:figure.sources[0].start])]
        if any(figure.measures is None or figure.measures == k.measures for k in twins):
            continue
        bare = next((k for k in twins if k.measures is None), None)
        if bare is not None:
            kept[kept.index(bare)] = figure  # the measured one stands for both
            continue
        kept.append(figure)
    return kept


_JOINING = re.compile(r"\b(?:and|or|but|while|whereas|versus|vs)\b", re.I)


_CUT_OFF = re.compile(r"\s*(?:[^\W\d_][\w'’-]*,?\s+){0,3}?(?:[^\W\d_][\w'’-]*,?)?\s*(?:\.\.\.|…)\s*$")
"""At most three words and then an ellipsis that ends the sentence: an
excerpt cut off right after an amount ("the firm sold more than $50
billion..."), before the words that would say of what, or when."""


def _cut_off_after(text: str, end: int, sentence_end: int) -> bool:
    """Whether the sentence ending at `sentence_end` is cut off within a few
    words after the amount ending at `end` (`_CUT_OFF`): what the amount
    measures may be in the words the excerpt left out, so none is given."""
    return _CUT_OFF.fullmatch(text, end, sentence_end) is not None


_EXCEPTED = re.compile(r"\b(?:all|everything|every\s+\w+|each)\s+(?:but|except(?:\s+for)?|save(?:\s+for)?)\s+$",
                       re.I)
"""A whole with a part taken out right before an amount ("all but $4,000
of the grant", "everything except 10 percent of the land")."""


def _excepted(text: str, start: int) -> bool:
    """Whether the amount starting at `start` is the part left out of a
    whole (`_EXCEPTED`): "all but $4,000 of the grant was spent" says the
    grant was spent bar $4,000, so "grant" (or anything the clause says of
    it) is not what the $4,000 measures; none is given."""
    return _EXCEPTED.search(text, max(0, start - 30), start) is not None


_BOUND_WORDS = r"(?:above|below|over|under|exceeding|topping|(?:more|less|greater|lower|higher)\s+than|at\s+(?:least|most)|up\s+to)"
_EARNED = {"income": "income", "incomes": "income", "earnings": "earnings", "salary": "salary", "salaries": "salary",
           "wages": "wage", "revenue": "revenue", "revenues": "revenue", "assets": "asset"}
"""Nouns of what people or firms earn or hold, by the kind of threshold a
bound on them sets."""
_EARNED_WORDS = "|".join(_EARNED)
_GROUP_BOUND = re.compile(
    r"(?:\bwith\s+(?:an?\s+)?(?P<kind>(?:(?:annual|yearly|household|family|taxable|gross|net)\s+)*)"
    r"(?P<noun>" + _EARNED_WORDS + r")(?:\s+of)?"
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\b(?:earning|making)"
    r"|\bwho\s+(?:earn|earns|earned|make|makes|made))\s+" + _BOUND_WORDS + r"\s+$", re.I)
"""A group defined by a bound on what its members earn or hold, right
before an amount: "those with income above", "families earning less
than", "firms with revenue under", "people who make more than"; not one
person's own amount ("she earned over", "an income of over")."""
_WITH_BOUND = re.compile(r"\bwith\s+" + _BOUND_WORDS + r"\s+$", re.I)
_IN_EARNINGS = re.compile(r"\s+(?:in|of)\s+(?:(?:annual|yearly|household)\s+)?(?P<noun>" + _EARNED_WORDS + r")\b",
                          re.I)
_FIGURE_START = re.compile(r"[$€£¥\d]")


def _threshold(text: str, amount: Amount) -> str | None:
    """What an amount of money marks the bound of, where it sets a bound on
    what the members of a group earn or hold (`_GROUP_BOUND`; "tenants
    with at least $2 million in assets"): the income (asset) threshold
    that defines the group, not an income anyone has.  None for any other
    amount."""
    if amount.unit not in CURRENCIES:
        return None
    digits = _FIGURE_START.search(text, amount.start, amount.end)
    start = digits.start() if digits is not None else amount.start  # past a hedge the amount holds ("over $5")
    before = _GROUP_BOUND.search(text, max(0, start - 60), start)
    if before is not None:
        kind = " ".join((before["kind"] or "").lower().split() + [_EARNED[before["noun"].lower()] if before["noun"] else "income"])
        return f"{kind} threshold"  # "taxable income threshold": the qualifier says which income
    after = _IN_EARNINGS.match(text, amount.end)
    if after is not None and _WITH_BOUND.search(text, max(0, start - 20), start):
        return f"{_EARNED[after['noun'].lower()]} threshold"
    return _bound_of_a_relative_clause(text, start, amount.end)


_OR_MORE = re.compile(r"\s+or\s+(?:more|less|fewer|above|below|higher|lower|over|under)\b", re.I)
_DONE_BY_WHOM = re.compile(r"\b(?P<who>[A-Za-z]+)\s+(?P<rel>that|who|which)\s+(?P<did>(?:[a-z]+\s+){0,2}[a-z]+)\s+$")


def _bound_of_a_relative_clause(text: str, start: int, end: int) -> str | None:
    """"threshold for donors who gave" of "donors who gave $150 or less":
    an amount with "or more" or "or less" in a clause on a noun says which
    members a group counts, not a sum anyone named gave or raised; None for
    any other amount."""
    if not _OR_MORE.match(text, end):
        return None
    before = _DONE_BY_WHOM.search(text, max(0, start - 60), start)
    return None if before is None else f"threshold for {before['who']} {before['rel']} {before['did']}"


_YEAR_PREPOSITIONS = frozenset("after by in until before since from through".split())


def _dated(measured: str | None, span) -> str | None:
    """`measured` with the year a phrase opening its sentence puts the
    amount at `span` in ("After 2036, the fund can pay 77 percent of ..."
    -> "share of promised benefits after 2036"): two shares of one thing
    in two years are no two readings of it.  The phrase hangs on the verb
    of the amount's clause or on a verb it depends on; `measured` as it
    is when there is none, or the measure already names the year."""
    if measured is None:
        return None
    sentence = span.sent
    opener = sentence[0]
    year = next((t for t in opener.children if t.dep_ == "pobj" and YEAR.fullmatch(t.text)), None)
    if opener.lower_ not in _YEAR_PREPOSITIONS or opener.dep_ != "prep" or year is None or year.text in measured \
            or sum(1 for t in sentence if YEAR.fullmatch(t.text)) > 1:
        return measured  # another year in the sentence may be the amount's own
    verb = _clause_verb(span.root)
    # up through the verbs and adjectives the clause completes ("will be able to pay"), not a verb of
    # saying or any other clause's ("In 2019, he said the firm earned ...": when it was said)
    while verb is not None and verb.i != opener.head.i and verb.dep_ in ("xcomp", "acomp", "conj"):
        if verb.dep_ == "conj" and _timed(verb):
            return measured  # "In 2012, 40 percent ..., and this year 60 percent ...": a time of its own
        verb = verb.head
    if verb is None or verb.i != opener.head.i:
        return measured
    said = f"{opener.lower_} {year.text}"
    main, bracket, rest = measured.partition(" (")
    return f"{main} {said}{bracket}{rest}" if bracket and measured.endswith(")") else f"{measured} {said}"


def _timed(verb) -> bool:
    """Whether a time phrase hangs on `verb` itself ("this year", "in
    2014", "on Monday"): a clause joined to another that puts itself in a
    time of its own, which the other's opening phrase does not reach."""
    own = any(c.ent_type_ == "DATE" or c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE"
                                                                for g in c.children) for c in verb.children)
    # "and this year 61 percent ... came": the parse may hang the time on the subject's number
    return own or any(t.dep_ == "npadvmod" and t.lower_ in _TIME_NOUNS for t in verb.subtree if t.i < verb.i)


_SURVEYS = frozenset("survey poll sample study questionnaire canvass census".split())
"""Nouns of an inquiry whose "of N people" is how many it asked."""


def _samples(article: Article, doc) -> list[Figure]:
    """How many a survey asked ("a survey of 1,200 adults" -> 1,200,
    "number of adults in survey"): a count in figures of a plural noun
    that is what an inquiry (`_SURVEYS`) is "of", the size of its sample,
    which says how far its shares can be trusted."""
    found = []
    for number in doc:
        thing = number.head
        of = thing.head
        if not number.like_num or not number.text[:1].isdigit() or number.dep_ != "nummod" \
                or thing.tag_ not in ("NNS", "NNPS") or thing.i != number.i + 1 or thing.dep_ != "pobj" \
                or of.lower_ != "of" or of.head.lemma_.lower() not in _SURVEYS or of.head.i != of.i - 1:
            continue
        try:
            value = float(number.text.replace(",", ""))
        except ValueError:
            continue
        start, end = number.idx, thing.idx + len(thing.text)
        found.append(Figure(text=article.text[start:end], value=value, unit=thing.lower_,
                            measures=f"number of {thing.lower_} in {of.head.lower_}",
                            sentence=number.sent.text.strip(), sources=(article.source(start, end),)))
    return found


_MEMBERS = re.compile(r"(?<![\w.,$€£¥])(\d{1,3}(?:,\d{3})+|\d+)(?:\s(million|thousand))?-member\b", re.I)
"""A body's size written before it ("the 168-member committee", "the 37
million-member group")."""


def _memberships(article: Article, doc) -> list[Figure]:
    """The number of members of a body its "N-member" modifier gives ("the
    168-member committee" -> 168, "number of members of committee"): the
    noun "member" qualifies is the body."""
    found = []
    for match in _MEMBERS.finditer(article.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        member = span[-1]
        body = member.head
        if member.lower_ != "member" or body.i <= member.i or body.pos_ not in ("NOUN", "PROPN"):
            continue
        scale = {"million": 1e6, "thousand": 1e3}.get((match.group(2) or "").lower(), 1.0)
        start, end = match.start(), match.end(2) if match.group(2) else match.end(1)  # "168", not "168-member"
        found.append(Figure(text=article.text[start:end], value=float(match.group(1).replace(",", "")) * scale,
                            unit="members", measures=f"number of members of {_phrase(body, with_prep=False, skip=member.i)}",
                            sentence=span.sent.text.strip(), sources=(article.source(start, end),)))
    return found


_TALLY = re.compile(r"(?<![\w$€£¥.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%/.,-]*\d)(?![-–\w%])")
"""Two bare numbers joined by a dash ("234-193", "7–2"): a vote's tally
when the words around say so (`_tallies`)."""
_TALLY_TO = re.compile(r"(?:(?<=\bvote of )|(?<=\btally of ))(\d{1,3}) to (\d{1,3})\b(?![\w%.,]*\d)(?!\s*(?:percent|per cent|%))",
                       re.I)
"""A tally written with "to" ("by a vote of 118 to 97"): after "vote of"
or "tally of" only, as "228 to 191" alone may be a range or a change."""
_ADOPTING = frozenset("vote pass approve adopt reject confirm clear override ratify endorse".split())
"""Verbs of a body's vote, whose bare "N-M" after them is its tally ("the
House passed the bill 234-193")."""
_VOTE_WORDS = frozenset("vote votes tally".split())


def _tallies(article: Article, doc) -> list[Figure]:
    """Vote tallies ("passed 212-188", "a 371-12 vote", "by a vote of 7-2"):
    votes for and against, no single value, in the unit "votes"; what they
    measure is who voted on what (`_tally_measure`).  Two numbers joined
    by a dash are a tally only after a verb of voting (`_ADOPTING`) or
    with a word for a vote right after them or "vote of" right before
    (not "beat the visitors 3-1", a score)."""
    found = []
    for match in [*_TALLY.finditer(article.text), *_TALLY_TO.finditer(article.text)]:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or int(match.group(1)) + int(match.group(2)) < 3:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        vote_of = span.start >= 2 and doc[span.start - 2].lower_ in _VOTE_WORDS and doc[span.start - 1].lower_ == "of"
        verb = _clause_verb(span[0])
        if not (vote_of or after is not None and after.lower_ in _VOTE_WORDS
                or verb is not None and _lemma(verb) in _ADOPTING and verb.i < span.start):
            continue
        start, end = span.start_char, span.end_char
        found.append(Figure(text=article.text[start:end], value=None, unit="votes",
                            measures=_tally_measure(verb, span) if verb is not None and _lemma(verb) in _ADOPTING
                            else _tally_held(doc[span.start - 2]) if vote_of else None,
                            sentence=span.sent.text.strip(), sources=(article.source(start, end),)))
    return found


def _tally_held(noun) -> str | None:
    """Whose tally the word for a vote `noun` ("tally", "vote" of "had a
    tally of 88-0") is, when it is the object of a verb of holding or
    winning whose subject is a name or a noun: "Judge Mira Solberg's
    tally" (a confirmation, a nomination), which the clause says no more
    of; None for any other, or a pronoun subject."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _lemma(verb) not in _HOLDING | _WINNING:
        return None
    subject = _subject(verb)
    if subject is None or _an_amount(subject) or subject.i > verb.i:
        return None
    return f"{_phrase(subject, with_prep=False)}'s {noun.lower_}"


def _tally_measure(verb, span) -> str | None:
    """Who voted on what in the tally at `span` on `verb`: "House vote on
    plan" ("the House approved the plan 212-188"), "Senate vote" ("the
    Senate voted 52-48"), "vote on measure" ("the measure passed 234-193",
    "the measure, which passed ..."); None when a pronoun stands for both."""
    inside = range(span.start, span.end)
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside and c.pos_ in ("NOUN", "PROPN")
                  and not _an_amount(c)), None)
    subject = _subject(verb) or _antecedent(verb)
    if subject is not None and subject.i in inside:
        subject = None
    # "the board passed it 7-2": with an object of its own, a pronoun, the subject is who voted
    voted_on = any(c.dep_ == "dobj" and c.i not in inside for c in verb.children)
    if _lemma(verb) == "vote" or thing is not None or voted_on and subject is not None:
        voter = f"{_phrase(subject)} " if subject is not None else ""  # "members of House"
        if thing is None:
            return f"{voter}vote" if voter else None
        return f"{voter}vote on {_phrase(thing, with_prep=False)}"
    return f"vote on {_phrase(subject, with_prep=False)}" if subject is not None else None


_LARGE = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
_COUNT_APPROXIMATE = frozenset("about around nearly almost some roughly approximately over under estimated".split())
_EXACT = frozenset("exactly precisely just".split())
_WHOLE = frozenset("all both each every".split())


def _large_counts(article: Article, doc) -> list[Figure]:
    """Counts of things written with a scale word before a plural noun
    ("11 million undocumented immigrants", "40 million Americans"): no
    unit `find_amounts` knows, but a figure of the story all the same,
    measuring the number of those things; the unit is the noun.  Not a
    length of time ("3 million years", a date to the tagger), nor a count
    in words alone ("eleven million")."""
    found = []
    for scale in doc:
        thing = scale.head
        while thing.pos_ == "ADJ" and thing.dep_ == "amod" and thing.head.i > thing.i:
            thing = thing.head  # "8 million low- and moderate-income Ostrans", the count hung on "low-"
        if scale.lower_ not in _LARGE or scale.dep_ != "nummod" or scale.ent_type_ != "CARDINAL" \
                or thing.tag_ not in ("NNS", "NNPS") or thing.i <= scale.i or scale.i == 0:
            continue
        number = doc[scale.i - 1]
        try:
            value = float(number.text.replace(",", "")) * _LARGE[scale.lower_]
        except ValueError:
            continue
        # "about", "up to", "as many as": the words before the number that bound or hedge it
        # ("all" of "all 11 million immigrants" says the count is whole: no hedge, and no part of the figure)
        hedge = min((c for c in scale.children if c.i < number.i and c.dep_ in ("advmod", "quantmod", "amod")
                     and c.lower_ not in _WHOLE), key=lambda c: c.i, default=None)
        # "an estimated 16 million children": the hedge is the count's, not a kind of children
        said = next((c for c in thing.children if c.dep_ == "amod" and c.i < scale.i
                     and c.lower_ in _COUNT_APPROXIMATE), None)
        span = doc[number.i if hedge is None else hedge.i:scale.i + 1]
        start, end = span.start_char, span.end_char
        found.append(Figure(text=article.text[start:end], value=value, unit=thing.lower_,
                            measures=_as_said(span, thing.lower_,
                                              f"number of {_phrase(thing, skip=-1 if said is None else said.i)}"
                                              + _change_of_those_counted(thing)),
                            sentence=span.sent.text.strip(), sources=(article.source(start, end),),
                            approximate=hedge is not None and hedge.lower_ not in _EXACT or said is not None))
    return found


_TIME_NOUNS = frozenset("""year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries""".split())


def _thousands(article: Article, doc) -> list[Figure]:
    """Counts of people or things written in figures of a thousand or more
    with a comma ("640,000 seasonal fruit pickers", "1,850 more harbour pilots")
    right before the plural noun they count, a unit `find_amounts` does not
    know: the number of those things.  Not a length of time ("5,000
    years"), nor a count a word of scale writes (`_large_counts`)."""
    found = []
    for number in doc:
        if not _THOUSANDS.fullmatch(number.text) or number.dep_ != "nummod":
            continue
        thing = number.head
        between = doc[number.i + 1:thing.i]
        if thing.tag_ not in ("NNS", "NNPS") or thing.i <= number.i or thing.lower_ in _TIME_NOUNS \
                or len(between) > 4 or any(t.is_punct or t.like_num for t in between) \
                or find_amounts(f"{number.text} {thing.text}") and not (between and thing.lower_ in COUNTED):
            # "4,000 (ESA) pickers" too far to be sure; "9,000 feet" a unit `find_amounts` judged,
            # as it did "8,000 workers", though not "8,000 federal workers", a word apart
            continue
        hedge = HEDGE_BEFORE.search(article.text, max(0, number.idx - 24), number.idx)
        span = doc[number.i:number.i + 1]
        start, end = hedge.start() if hedge else number.idx, span.end_char
        # "1,850 more pilots": the number of additional pilots, not of "more pilots"
        more = next((t for t in between if t.lower_ in ("more", "additional") and t.head.i in (thing.i, number.i)), None)
        # "an estimated 120,000 dockworkers": the hedge is the count's, not a kind of dockworker
        said = next((t for t in thing.children if t.dep_ == "amod" and t.i < number.i
                     and t.lower_ in _COUNT_APPROXIMATE), None)
        skip = more.i if more is not None else said.i if said is not None else -1
        what = f"{'additional ' if more is not None else ''}{_with_counted_conjuncts(thing, _phrase(thing, skip=skip))}"
        what += _state_of_those_counted(thing) + _change_of_those_counted(thing)
        found.append(Figure(text=article.text[start:end], value=float(number.text.replace(",", "")),
                            unit=thing.lower_, measures=_as_said(span, thing.lower_, f"number of {what}"),
                            sentence=span.sent.text.strip(), sources=(article.source(start, end),),
                            approximate=hedge is not None))
    return found


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())


_CHANGED_BY = {"gain": "gained", "add": "added", "lose": "lost", "shed": "shed", "cut": "cut"}
"""Verbs whose object counts a change in a number held, not the number
itself: "gained 40,000 subscribers" says nothing of how many there are."""


def _change_of_those_counted(thing) -> str:
    """" gained" of "the channel gained 40,000 subscribers": the count is of
    those the verb whose object they are added or took away, not of all
    there are; "" for a count of anything else."""
    verb = thing.head
    if thing.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return ""
    return f" {_CHANGED_BY[_lemma(verb)]}" if _lemma(verb) in _CHANGED_BY else ""


def _state_of_those_counted(thing) -> str:
    """" that were still without power" of "290,000 homes in the hills
    were still without power": what the clause whose subject the counted
    things are says of them (`_people_who`), for the count is of those
    things in that state, not of all of them; "" when no such short
    clause says it."""
    verb = thing.head
    finite = verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                              for c in verb.children)
    if thing.dep_ not in ("nsubj", "nsubjpass") or not finite:
        return ""  # not "allow 700,000 pickers to stay", "with 800,000 workers furloughed": no clause of theirs
    clause = _people_who(thing)
    said = clause.split(" who ", 1)[1] if clause and " who " in clause else ""
    # a verb alone may be a participle the tagger took for a past ("800,000 workers furloughed"), and a dash an aside
    whole = len(said.split()) >= 2 and not any(c in said for c in "―—–:;()")
    return f" that {said}" if whole else ""


def _with_counted_conjuncts(thing, phrase: str) -> str:
    """`phrase`, the words of the plural noun `thing` a count stands before,
    with the plural nouns "and"/"or" list after it that have no number or
    determiner of their own ("4,000 nurses and social workers": one count
    of both kinds, not of nurses alone; "4,000 nurses and 300 doctors",
    "4,000 nurses and the mayor" keep the nurses alone)."""
    tokens, token = [thing], thing
    while (token := next((c for c in token.children if c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS")
                          and not _an_amount(c) and not any(d.dep_ in ("det", "poss") for d in c.children)),
                         None)) is not None:
        tokens.append(token)
    if len(tokens) == 1:
        return phrase
    listed = [phrase] + [_phrase(t, with_prep=False) for t in tokens[1:]]
    word = next((c.lower_ for t in tokens for c in t.children if c.dep_ == "cc"), "and")
    return f"{', '.join(listed[:-1])} {word} {listed[-1]}"


_POSSIBLE = frozenset("could may might".split())
"""Modals by which an amount of money or a share is one that may come
about ("could raise $1 million", "might reach 10%"): an estimate, not
a result."""
_FORESEEING = frozenset("expect forecast project predict".split())
_RECKONED = frozenset("cost save total".split())
"""Verbs whose amount under "would" is a reckoning of what is not done yet
("would cost $150 million", "would save $2 billion"), not a promise."""
_CONDITIONS = frozenset("if unless".split())
_UNREAL = frozenset("would could should".split())
"""Modals that with "have" say what did not happen ("would have grown");
"may have" and "might have" say what perhaps did (`_POSSIBLE`)."""
_SAYS_SO = frozenset("potential possible expected estimated projected likely hypothetical maximum".split())
"""Words by which a measure says itself that its amount may not be."""


def _brackets_whole(measured: str | None, sentence: str) -> str | None:
    """`measured` with no bracket left open: a word the parse cut inside
    its bracket ("contributions to 529(b" of "to a 529(b) plan") is
    closed as `sentence` writes it; any other open bracket is cut off,
    with the words it leaves hanging ("spending (excluding" -> "spending");
    None when nothing is left."""
    if measured is None or measured.count("(") <= measured.count(")"):
        return measured
    start = measured.rfind(" ", 0, measured.rfind("(")) + 1
    word = measured[start:]
    if " " not in word:
        whole = re.search(re.escape(word) + r"[^()\s]{0,12}\)", sentence)
        if whole:
            return measured[:start] + whole.group(0)
    words = measured[:start].split()
    while words and words[-1].lower() in labels.DANGLING:  # a cut measure's last words that say nothing
        words.pop()
    return " ".join(words) or None


_OWNING_PRONOUNS = frozenset("its their his her your our my".split())


def _ownerless(measured: str | None, span) -> str | None:
    """`measured` without a possessive pronoun it opens on, which a row
    standing alone does not resolve: the noun subject of the clause the
    pronoun is in owns it ("the board raised its forecast" -> "board's
    forecast"), else the pronoun goes ("its reserves fell" -> "reserves");
    None when nothing else is left."""
    if measured is None:
        return None
    first, _, rest = measured.partition(" ")
    if first.lower() not in _OWNING_PRONOUNS:
        return measured
    pronoun = next((t for t in span.sent if t.dep_ == "poss" and t.lower_ == first.lower()), None)
    owner = _clause_subject(pronoun.head) if pronoun is not None else None
    if owner is not None and (owner.ent_type_ == "PERSON") != (pronoun.lower_ in ("his", "her")) \
            and pronoun.lower_ != "their":
        owner = None  # "his" owned by no person, "its" by one: another antecedent
    return f"{_phrase(owner, with_prep=False)}'s {rest.strip()}" if owner is not None and rest.strip() \
        else rest.strip() or None


def _clause_subject(noun):
    """The noun subject of the clause `noun` is in ("the agency requested
    in its amendment": agency), when `noun` is not that subject itself;
    None for a pronoun subject or none."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and noun.i in (t.i for t in subject.subtree) and verb.dep_ == "ccomp" \
            and verb.head.i < noun.i and _lemma(verb.head) in REPORTING:
        # "Lind said his tax rate was 30 percent": the sayer owns what the clause said of its own
        # (not "..., the returns show" after it, a source)
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i == noun.i or subject.pos_ not in ("NOUN", "PROPN") or noun.i in (
            t.i for t in subject.subtree):
        return None
    return subject


def _as_said(span, unit: str, measured: str | None) -> str | None:
    """`measured` as the clause of the amount at `span` gives it: none for
    an amount that did not happen (a past conditional: "sales would have
    been 5%"; a condition: "if costs rise 5%"), which a brief must not
    list as a fact; marked an estimate for money or a share that only may
    come ("could fetch $2 million", "is expected to fetch $2 million")."""
    verb = _clause_verb(span.root)
    if measured is not None and unit in CURRENCIES and _per_share(span):
        measured = _PER_SHARE_AFTER.sub(r"\1 per share", measured, count=1) if _PER_SHARE_AFTER.match(measured) \
            else f"{measured} per share"
    if measured is None or verb is None or set(measured.lower().split()) & _SAYS_SO:
        return measured  # "a potential fine": the measure says it may not be
    if _unreal(verb) or _denied(span, verb):
        return None
    claim = _contended(verb)
    if claim:
        return f"{measured} ({claim})"  # "argued that the mayor spent $4 million": his word against the mayor's
    asked = _asked_for(verb) if unit in CURRENCIES | {"%"} and _an_argument(span.root, verb) else ""
    if asked and asked not in measured.lower():
        return f"{measured} ({asked})"  # "proposed $40 billion in cuts": cuts asked for, not made
    if unit in CURRENCIES | {"%"} and _possible(verb) and "(" not in measured:  # one bracket: "X (rate)" stays
        return f"{measured} (estimate)"
    return measured


_CONTENDING = frozenset("argue claim allege insist contend assert maintain charge".split())
"""Verbs and nouns by which a clause is one side's contention ("argued
that", "alleges that", "the claim that"), which news writing uses for
what is in dispute; "said" and "reported" tell what a source states."""


def _contended(verb) -> str:
    """"claimed by Lind" when the clause of `verb` (or the infinitive or
    joined clause it belongs to) is what a verb or noun of contention
    (`_CONTENDING`) says ("Lind argued that the mayor spent $4 million",
    "the mayor spent $4 million, Lind argued", "Lind's claim that ...");
    "claimed" when who contends is a pronoun or unnamed; "" when the
    clause is no one's contention, or the contending is denied."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    contending = clause.head
    if clause.dep_ not in ("ccomp", "acl") or _lemma(contending) not in _CONTENDING \
            or clause.dep_ == "acl" and contending.pos_ != "NOUN" or clause.dep_ == "ccomp" and contending.pos_ != "VERB" \
            or any(c.dep_ == "neg" for c in contending.children):
        return ""
    who = _subject(contending) if contending.pos_ == "VERB" else \
        next((c for c in contending.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return f"claimed by {_phrase(who, with_prep=False)}" if who is not None and not _an_amount(who) else "claimed"


_PER_SHARE_AFTER = re.compile(r"^(earnings|profit|loss|dividend|forecast|price|sales|revenue|payment)\b(?! per\b)")
"""The noun a rate "per share" follows ("earnings per share of the firm")."""


_ASKING = {"propose": "proposed", "suggest": "proposed", "recommend": "proposed", "plan": "planned",
           "request": "requested", "ask": "requested", "seek": "sought", "demand": "demanded",
           "vote": "voted", "order": "ordered", "urge": "urged"}
"""Verbs by which an amount is only put forward ("lawmakers proposed $40
billion in cuts", "the agency requested $2 billion", "plans to spend
$5 million"): what someone asks for or means to do, not what was done;
"voted to cut $3 billion", which one body's vote may not make law; and
"ordered the firm to pay $88,000", which says nothing of its being paid."""


_ASIDE_PREPOSITIONS = frozenset("about on over than regarding concerning like despite unlike".split())


def _an_argument(root, verb) -> bool:
    """Whether the amount headed by `root` is what `verb` is about, through
    nouns and prepositions of its object ("proposed $40 billion in cuts",
    "requested funds for a $2 billion dam"), not something a phrase only
    mentions ("asked about the $2 billion fund", "wider than the $2
    billion plan")."""
    token = root
    while token.i != verb.i and token.head.i != token.i:
        token = token.head
        if token.i != verb.i and (token.pos_ in ("ADJ", "VERB", "AUX") or token.lower_ in _ASIDE_PREPOSITIONS):
            return False
    return token.i == verb.i


def _asked_for(verb) -> str:
    """How the clause of `verb` puts its amount forward ("proposed",
    "planned", "requested"; `_ASKING`): `verb` itself, or the verb whose
    infinitive or clause it completes ("sought to cut $2 billion"); "" when
    neither asks, or when either is negated ("did not request").  A clause
    a verb of asking only reports ("asked where the funds would come
    from") is no request of its amount."""
    for clause in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if clause is None or any(c.dep_ == "neg" for c in clause.children):
            return ""
        if _lemma(clause) in _ASKING:
            return _ASKING[_lemma(clause)]
    return ""


def _per_share(span) -> bool:
    """Whether the amount at `span` is a rate per share ("$1.10 a share",
    "$2 per share"): earnings or a price of one share, not of the firm."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ in ("a", "per") \
        and doc[span.end + 1].lower_ == "share"


def _clause_verb(token):
    """The verb of the clause `token` belongs to, or None."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _unreal(verb) -> bool:
    """Whether `verb` says what would have been ("would have been",
    "could have reached", not "may have been") or heads a condition
    ("if", "unless")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in _UNREAL for a in auxes) and any(a.lemma_.lower() == "have" for a in auxes):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


_OBJECT_SIDE = frozenset("attr acomp oprd npadvmod".split())


def _denied(span, verb) -> bool:
    """Whether the amount at `span` is in what a denied "be" says a thing
    is ("this is not a 50-mile canal", "the levy was never 8 percent"):
    its complement, under "not" or "never".  What a thing is not is no
    fact about it; the amount as the subject ("the $2 million was not
    paid") stays, and so does a denied deed's ("did not request $5 million
    for the park": the park is still what the sum was for)."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    token = span.root
    while token.head.i != verb.i and token.head is not token:
        token = token.head
    return token.head.i == verb.i and token.dep_ in _OBJECT_SIDE


def _possible(verb) -> bool:
    """Whether `verb` says what may come: under "could", "may" or "might",
    or the infinitive of "is expected to" and the like."""
    if any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in verb.children):
        return True
    if verb.lemma_.lower() in _RECKONED and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d")
                                               for c in verb.children):
        return True  # "the plan would cost $150 million": what it is reckoned to cost, not what it cost
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FORESEEING \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


_LENGTHS = frozenset("foot feet inch inches metre metres meter meters centimetres centimeters".split())


def _a_weight(span, amount: Amount) -> bool:
    """Whether an amount in the word "pounds" (no "£", no "sterling") is a
    weight, not money: the object of "weigh" ("weighs 180 pounds"), or
    joined by "and" to a height or length ("six feet tall and 190 pounds",
    "two metres long and 90 pounds"), as a description of a body or thing
    is."""
    if amount.unit != "GBP" or not amount.text.lower().endswith("pounds"):
        return False
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "weigh":
        return True
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [c for c in root.children if c.dep_ in ("conj", "amod")]  # "4 feet tall, 70 pounds": "tall" an amod
    return any(t.lower_ in _DIMENSIONS or t.lower_ in _LENGTHS
               or any(c.dep_ == "npadvmod" and c.lower_ in _LENGTHS for c in t.children) for t in joined)


_BODY_CHANGES = {"lose": "lost", "drop": "lost", "shed": "lost", "gain": "gained", "put": "gained", "pack": "gained"}
"""Verbs by which a body's weight changes, with what the weight is then."""
_ONLY_OF_BODIES = frozenset("shed gain put pack".split())
"""Of those, the ones a person does to pounds only as weight ("she shed
60 pounds", "he put on 30 pounds"); "lose" and "drop" may lose money."""
_BODY_WORDS = frozenset("""weight diet dieting obese obesity overweight fat heavier lighter slimmer thinner body surgery
    bariatric fitness exercise""".split())
"""Words of the body that make "lost 50 pounds" a weight, not money."""


def _body_weight_change(span, amount: Amount) -> str | None:
    """"weight lost" for an amount in the word "pounds" (no "£", no scale
    word: "40 million pounds" is money) that a person loses or gains as
    weight: the object of a verb of a body's change (`_BODY_CHANGES`) done
    by a person (or by no one named), and, for "lose" and "drop", in a
    sentence that speaks of the body ("lost 80 pounds ... his weight");
    "weight lost by Lind" when the person is named.  None otherwise."""
    if amount.unit != "GBP" or not amount.text.lower().endswith("pounds") or _SCALED.search(amount.text):
        return None
    root = span.root
    verb = root.head
    lemma = _lemma(verb)
    if root.dep_ != "dobj" or lemma not in _BODY_CHANGES \
            or lemma in ("put", "pack") and not any(c.lower_ == "on" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and not (_a_person(subject) or subject.lower_ in _PEOPLE_PRONOUNS):
        return None  # "the fund lost 500 pounds": money
    if lemma not in _ONLY_OF_BODIES and not any(t.lemma_.lower() in _BODY_WORDS for t in span.sent):
        return None
    named = _subject(verb)
    return f"weight {_BODY_CHANGES[lemma]}" + (f" by {_phrase(named, with_prep=False)}" if named is not None else "")


_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn)\b", re.I)
_PEOPLE_PRONOUNS = frozenset("i you he she we they who".split())


def _opening(text: str, amount: Amount, upper: Amount | None, span=None) -> int:
    """Where the figure of `amount` (parsed as `span`) starts: at the
    "between" of a range it opens (`upper`: the range's other end), at
    the bare number of a range it closes ("60-70%"), else at the amount
    itself."""
    if upper is not None:
        between = _BETWEEN.search(text, max(0, amount.start - 12), amount.start)
        return amount.start if between is None else between.start()
    low = _range_start(text, amount.start, span)
    return amount.start if low is None else low


def _measures_of(span, unit: str, upper: Amount | None) -> str | None:
    """What the amount at `span` measures; for a range, what its upper end
    does, as the words after the range follow it ("between $2 billion and
    $4 billion in aid": the aid, not what the verb before made of the
    lower end), else what the lower end's words say."""
    if upper is not None:
        upper_span = span.doc.char_span(upper.start, upper.end, alignment_mode="expand")
        found = measures(upper_span, unit) if upper_span is not None else None
        if found is not None:
            return found
    return measures(span, unit)


_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_UP_TO = re.compile(r"\s*(?:-|–|to)\s*")
_AND = re.compile(r"\s+and\s+")
_CHANGE = re.compile(r"\b(?:from|by)\s+$", re.I)
_DASH = re.compile(r"[-–]")
"""A dash with no space between two percentages, the smaller first ("97%–98%"):
one range (a score puts the larger first: `_score_pairs`)."""


def _ranges(text: str, amounts: list[Amount]) -> dict[int, Amount]:
    """{start of a range's lower amount: its upper amount}, for two amounts
    of one unit, the smaller first, that give a range: "between $10 million
    and $25 million", "$3 billion to $5 billion" (money only: "41 percent to
    48 percent" may be a score), "97%–98%" (`_DASH`).  A range is no single value: given as its
    lower end, it would read as exact.  "from $3 to $5", "by $3 to $5" is a
    change."""
    found = {}
    for low, high in zip(amounts, amounts[1:]):
        if low.unit != high.unit or low.value >= high.value:
            continue
        between = _BETWEEN.search(text, max(0, low.start - 12), low.start) is not None
        if between and _AND.fullmatch(text, low.end, high.start) or low.unit in CURRENCIES \
                and _UP_TO.fullmatch(text, low.end, high.start) and not _CHANGE.search(text, max(0, low.start - 8),
                                                                                       low.start) \
                or low.unit == "%" and _DASH.fullmatch(text, low.end, high.start):
            found[low.start] = high
    return found


def _particle_dropped(amount: Amount, doc) -> Amount:
    """`amount` without its approximation word when the parse makes that
    word the particle of a verb ("Donors handed over $25 million": what
    was handed over is $25 million, not "more than" it)."""
    if not amount.approximate:
        return amount
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    return unqualified(amount) if span is not None and span[0].dep_ == "prt" else amount


_RANGE = re.compile(r"(?:\b(between|from)\s+)?(?<![$€£¥\w.,])(\d[\d.,]*)\s*(-|–|\bto\b|\band\b)\s*$", re.I)


def _range_start(text: str, start: int, span=None) -> int | None:
    """Where a range ending in the amount at `start` (parsed as `span`)
    begins ("60-70%", "between 60 and 70 percent", "60 to 70 percent"),
    or None: a range is no single value.  "from 60 to 70 percent" is a
    change to the second, unless the change goes on to something else
    ("coming from 40 to 50 points behind to a tie": `_one_range`); "60 and
    70 percent" without "between" is two figures, and a year before "to"
    ("2014 to less than $40") no bound."""
    found = _RANGE.search(text, max(0, start - 20), start)
    opener = (found.group(1) or "").lower() if found else ""
    if found is None or found.group(3) == "and" and opener != "between":
        return None
    if opener == "from":
        if not _one_range(span, found.start(2)):
            return None
        return found.start(2)  # the range starts at its number: "from" is the verb's
    if YEAR.fullmatch(found.group(2)) or not text[start].isdigit() and text[start] not in "$€£¥":
        return None  # "from $9 billion in 2000 to over $535 billion": a year, and an amount of its own
    return found.start()


def _one_range(span, low: int) -> bool:
    """Whether "from" a number (at character `low`) "to" the amount `span`
    is one range the change starts from: the parse makes the number a
    modifier of the amount and the verb of "from" has a "to" of its own
    after it ("coming from 40 to 50 points behind to a tie"), so the
    change goes elsewhere ("rose from 60 to 70 percent" has no other)."""
    if span is None:
        return False
    number = span.doc.char_span(low, low + 1, alignment_mode="expand")
    if number is None or len(number) != 1 or number[0].dep_ != "quantmod" \
            or not span.start <= number[0].head.i < span.end:
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i >= span.end for c in root.head.head.children)


_RATE = re.compile(r"\s*=")
_PAIRED = re.compile(r"\s*(?:-|–|—|to)\s*")
_FROM = re.compile(r"\bfrom\s*$")


def _score_pairs(text: str, amounts) -> frozenset[int]:
    """The starts of amounts set against another as a score ("leads Clinton
    43 percent to 41 percent", "ahead of Cruz, 32%-25%"): each is one side's
    share, which the words around do not tell apart, so neither is given a
    measure; the larger comes first, as a leader's does ("a 73-to-25
    percent victory", the first side a bare number).  A range ("$3
    billion to $5 billion in contracts") and a change ("rose from 5 percent
    to 7 percent") are no score."""
    found = {amount.start for amount in amounts if _BARE_SCORE.search(text, max(0, amount.start - 12), amount.start)}
    for one, other in zip(amounts, amounts[1:]):
        if one.unit == other.unit and one.value >= other.value and _PAIRED.fullmatch(text, one.end, other.start) \
                and not _FROM.search(text, max(0, one.start - 8), one.start):
            found.update((one.start, other.start))
    return frozenset(found)


_LEADING = frozenset("lead leads leading led beat beats beating top tops topped topping".split())
"""Verbs whose subject is ahead of their object in a score: the first side
is the subject's ("Lind beats Berg 52 percent to 41 percent")."""


def _score_sides(doc, amounts, paired: frozenset[int]) -> dict[int, str]:
    """Whose share each side of a score is, where the text names the leader
    and the one behind right before it ("Lind leading Berg, 49 percent to
    44 percent"): the first side is the leader's, as a lead puts the larger
    first, the second the other's.  A score with no such names gets no
    entry: the words around do not tell its sides apart."""
    sides = {}
    for one, other in zip(amounts, amounts[1:]):
        if one.start not in paired or other.start not in paired or one.value < other.value:
            continue
        span = doc.char_span(one.start, one.end, alignment_mode="expand")
        names = _lead_names(doc, span.start) if span is not None else None
        if names is not None:
            sides[one.start], sides[other.start] = (f"{name}'s share" for name in names)
        elif span is not None and (choices := _preferred(doc, span.sent.start_char, one.start)) is not None:
            sides[one.start], sides[other.start] = choices
    return sides


_PREFERRING = re.compile(r"(?:\b(?P<who>[a-z]+s) )?\b(?:(?P<verb>favou?r(?:ed|s)?|back(?:ed|s)?|support(?:ed|s)?|"
                         r"cho(?:se|oses?))\s+(?P<one>[\w'’ -]+?)\s+over|(?P<verb2>prefer(?:red|s)?)\s+"
                         r"(?P<one2>[\w'’ -]+?)\s+(?:over|to))\s+(?P<other>[\w'’ -]+?),?\s*$")
"""A choice between two things right before a score ("residents preferred
a park over a garage 52 percent to 38 percent"): each side is the share
that chose one of them, the first the larger as a score puts it.  Only
"prefer" takes its second thing after "to" ("prefer tea to coffee"); after
"support" a "to" opens what is supported ("support raising fees to pay for
X")."""
_GERUNDS = {"favo": "favoring", "prefe": "preferring", "back": "backing", "suppo": "supporting", "cho": "choosing"}
_CHOICE_WORDS = 6


def _preferred(doc, start: int, end: int) -> tuple[str, str] | None:
    """The two shares of a score that the words of `doc` from character
    `start` (its sentence's) to `end` (the score's) end on a choice of
    ("voters favored a levy over a bond": "share of voters favoring a
    levy", "... favoring a bond"); "one" for the second thing stands for
    the first's noun ("a new park over an old one": "an old park").  None
    when the words there are not so, or name more than a short phrase on
    a side."""
    match = _PREFERRING.search(doc.text, start, end)
    first = "one" if match is not None and match["one"] else "one2"
    if match is None or any(len(match[side].split()) > _CHOICE_WORDS or re.search(r"\d", match[side])
                            for side in (first, "other")):
        return None
    one, other = match[first], match["other"]
    noun = _noun_of(doc, match.start(first), match.end(first)) if re.search(r" ones?$", other) else None
    if noun is not None:
        other = f"{other.rsplit(' ', 1)[0]} {noun}"
    verb = next(g for stem, g in _GERUNDS.items() if (match["verb"] or match["verb2"]).startswith(stem))
    who = doc.char_span(*match.span("who"), alignment_mode="strict") if match["who"] else None
    plural = who is not None and who.root.tag_ == "NNS" and who.root.dep_ in ("nsubj", "nsubjpass")
    whose = f"share of {match['who']}" if plural else "share"
    return f"{whose} {verb} {one}", f"{whose} {verb} {other}"


def _noun_of(doc, start: int, end: int) -> str | None:
    """The noun heading the words of `doc` at characters [start, end), with
    the nouns compounded before it ("a longer school year": "school
    year"), or None when the parse finds none there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    root = span.root
    first = min([root.i] + [c.i for c in root.children if c.dep_ == "compound" and c.i < root.i and c.i >= span.start])
    return doc[first:root.i + 1].text


def _lead_names(doc, before: int) -> tuple[str, str] | None:
    """(leader, other) of "Leader leads Other[,]" or "... Other by" ending right before token
    `before`, each a run of proper nouns; None when the words there are not so."""
    end = before - 1 if before > 0 and doc[before - 1].text == "," else before
    if end > 0 and doc[end - 1].lower_ == "by":
        end -= 1  # "Lind leads Berg by 52 percent to 41 percent": the score after "by"
    other = _name_ending_at(doc, end)
    if other is None or other.start == 0 or doc[other.start - 1].lower_ not in _LEADING:
        return None
    leader = _name_ending_at(doc, other.start - 1)
    return (leader.text, other.text) if leader is not None else None


def _name_ending_at(doc, end: int):
    """The run of proper nouns (tag NNP) that ends right before token `end`, or None."""
    start = end
    while start > 0 and doc[start - 1].tag_ == "NNP":
        start -= 1
    return doc[start:end] if start < end else None


_BARE_SCORE = re.compile(r"\d[\d.,]*-to-$")

_OPENS, _CLOSES = re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")


def _conversion(text: str, previous, amount) -> bool:
    """Whether `amount` stands alone in brackets right after the amount
    `previous` ("$9 million (£6.3m)", "10 miles (16 km)"): the same figure
    restated in another unit."""
    return previous is not None and _OPENS.fullmatch(text, previous.end, amount.start) is not None \
        and _CLOSES.match(text, amount.end) is not None


_INTERVAL = re.compile(r"\b(?:CI|C\.I\.|[Cc]onfidence\s+(?:[Ii]nterval|[Ll]evel|[Ll]imit)s?)\b")
"""The words for a confidence interval ("95% CI", "95 percent confidence
interval"): the level is a setting of the method, its bounds go with the
estimate before them."""
_INTERVAL_REACH = 40  # characters from an open bracket to the amount: "(two-sided 95% CI: 18% to 47%)"


def _of_an_interval(text: str, start: int, end: int) -> bool:
    """Whether the amount at text[start:end] is a part of a confidence
    interval: its level ("95% CI") or a bound given in brackets after the
    interval's name ("(95% CI, 18% to 47%)", "[CI 0.2-0.4]").  The
    estimate itself, before the brackets, is none."""
    if _INTERVAL.match(text, end + 1 if text[end:end + 1] == " " else end):
        return True
    opened = max(text.rfind("(", max(0, start - _INTERVAL_REACH), start),
                 text.rfind("[", max(0, start - _INTERVAL_REACH), start))
    return opened >= 0 and not any(c in text[opened:start] for c in ")]") \
        and _INTERVAL.search(text, opened, start) is not None


_RATE_NOUNS = frozenset("rate ratio share proportion prevalence incidence percentage".split())
"""Nouns whose value a percentage is: in "a 64% symptomatic death rate"
the adjective between belongs to the rate, not to the percentage (the
rate's own nouns may come between too: "a 64% adult death rate")."""


def _rate_beyond_its_adjective(root):
    """The rate noun a percentage gives the value of across the adjective
    between them ("a 64% symptomatic death rate": the rate, not
    "symptomatic"), or None."""
    adjective = root.head
    if root.dep_ not in ("compound", "npadvmod", "nummod") or adjective.pos_ != "ADJ" or adjective.dep_ != "amod":
        return None
    noun = adjective.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:  # "symptomatic case fatality ratio": up to the ratio
        noun = noun.head
    return noun if noun.lemma_.lower() in _RATE_NOUNS and noun.i > adjective.i else None


def _degree(span) -> bool:
    """Whether a percentage only says how much an adjective holds ("100
    percent false", "100% sure"), or how fully a speaker means a verb,
    set between the subject pronoun and the verb ("I 100 percent agree"):
    a degree, not a figure."""
    head = span.root
    if _rate_beyond_its_adjective(head) is not None:
        return False  # "a 64% symptomatic death rate": the rate's value
    return head.dep_ in ("npadvmod", "advmod", "compound") and head.head.pos_ == "ADJ" \
        and not span.start <= head.head.i < span.end or _between_subject_and_verb(span)


_RANKS = frozenset("top bottom richest wealthiest poorest highest lowest".split())
"""Words that rank a population before a share of it: "the top 1 percent"
is a slice of earners, named by its place in a ranking."""


def _a_group(span) -> bool:
    """Whether a percentage is a noun for a group of people ("power taken
    from the wealthy and the 1 percent", "the top 10 percent earn most"):
    "the", or "the" and a rank word, right before its number, nothing else
    before it, and nothing after it that it modifies; unranked, nothing it
    is a share of either: a statistic says of what ("the 1 percent of
    homes") or qualifies a noun ("the 5 percent rise"), while a ranked
    slice may say of whom ("the top 5 percent of earners")."""
    root, doc = span.root, span.doc
    ranked = span.start > 1 and doc[span.start - 1].lower_ in _RANKS and doc[span.start - 1].head.i == root.i
    the = span.start - 1 - ranked
    if the < 0 or doc[the].lower_ != "the" or doc[the].head.i != root.i:
        return False
    if root.dep_ not in ("conj", "pobj", "dobj", "nsubj", "nsubjpass", "appos"):
        return False
    after = ("acl", "relcl", "compound", "amod") if ranked else ("prep", "acl", "relcl", "compound", "amod")
    return not any(c.i >= span.end and c.dep_ in after for c in root.children) \
        and not any(c.i < the for c in root.children if c.dep_ not in ("punct", "cc"))


_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())


def _between_subject_and_verb(span) -> bool:
    """Whether `span` stands right after a subject pronoun and right before
    a verb ("we 100% back it"): a pronoun takes no amount of its own, so
    the amount grades the verb."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].lower_ in _SUBJECT_PRONOUNS \
        and doc[span.end].pos_ in ("VERB", "AUX")


def measures(span, unit: str) -> str | None:
    """What the amount at `span` is about, as a short noun phrase, or None
    when the phrase names nothing beyond the unit ("in the range of 2
    percent to 3 percent": no measure)."""
    if _asked(span):
        return None  # "Will the rate reach 8 percent?": a figure asked about is no figure the text gives
    found = (_share_that_is(span) if unit == "%" else None) or _measured(span, unit)
    after = "".join(t.text_with_ws for t in span.doc[span.end:span.end + 4])  # not doc.text: built anew each call
    if found and found.startswith("cost of ") and _PER.match(after):
        return None  # "$12-an-hour employees": a rate of pay, not the cost of the employees
    if found and _FIRST_PERSON.search(found):
        return None  # "my oxygen level", "your children", from inside a quote: whose, the table cannot say
    if not found or not says_what(found, unit):
        return None
    found = _margin_of_error(span) or found
    found += _among(span, found) + _a_norm(span, found)
    return _with_span(_with_period(found, span.root), span.root) if unit in CURRENCIES else found


def _margin_of_error(span) -> str | None:
    """"margin of error" for an amount a survey's margin of error is ("a
    margin of error of 3.5 points"): the words are one name,
    which "error" alone misreads; with the sample the clause is about
    ("the angler sample is 900, with a margin of error of ...":
    "margin of error for angler sample"), since each sample of a
    survey has its own.  None for any other amount."""
    error = next((t for t in span.root.ancestors if t.lemma_.lower() == "error"), None)
    if error is None or error.dep_ != "pobj" or error.head.lower_ != "of" or error.head.head.lemma_.lower() != "margin":
        return None
    margin = error.head.head
    verb = next((t for t in margin.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is not None and subject.lemma_.lower() == "sample":
        return f"margin of error for {_phrase(subject, with_prep=False)}"
    return "margin of error"


def _among(span, found: str) -> str:
    """" among older voters" when an "among" phrase on a group of people
    hangs on the amount at `span`, the noun it counts or the verb whose
    object or level it is ("sits at 60 percent support among older
    voters"): without it the measure reads as the whole's ("support"),
    not the group's; "" when there is none or the measure already says it."""
    root = span.root
    holders = [root]
    for token in root.ancestors:  # the nouns and phrases up to the amount's verb, not the verb itself
        if token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in found.lower().split():
                holders.append(subject)  # "the lead among likely voters is 5 points": the measure is the subject
            break
        holders.append(token)
    for holder in holders:
        for prep in holder.children:
            group = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" and prep.lower_ == "among" else None
            if group is not None and group.tag_ in ("NNS", "NNPS"):
                words = _phrase(group, with_prep=False)
                return "" if words in found else f" among {words}"
    return ""


_NORMS = frozenset("""recommended required targeted target goal minimum maximum threshold cap ceiling floor
    benchmark guideline""".split())
"""Words that make an amount a norm set for something, not a level it is
at ("the recommended 3 percent of budget", "a target of 10 percent growth")."""


def _a_norm(span, found: str) -> str:
    """" (recommended)", " (target)" when the amount at `span` is a norm:
    a word of `_NORMS` right before it ("the league's recommended 3
    percent") or the noun it is "of" ("its target of 10 percent growth"),
    so the measure does not read as a level reached; "" otherwise, or
    when the measure already says it."""
    doc, root = span.doc, span.root
    words = [doc[span.start - 1]] if span.start > 0 else []
    held = root.head if root.dep_ in ("compound", "nummod") else root  # "of 10 percent growth"
    if held.dep_ == "pobj" and held.head.lower_ == "of":
        words.append(held.head.head)
    norm = next((w.lower_ for w in words if w.lower_ in _NORMS), None)
    return "" if norm is None or norm in found.lower().split() else f" ({norm})"


def _share_that_is(span) -> str | None:
    """"Kent (Cornish American)" of "Kent is nearly 3% Cornish American",
    "town (rural)" of "the town is 40 percent rural": a share after "be"
    with only words of a kind after it, to the end of its clause, is the
    part of the subject of that kind, which the measure says in brackets
    however the parse hangs those words.  None for any other share, and
    after a comparison ("is 5 percent higher") or a pronoun subject."""
    doc = span.doc
    copula = doc[span.start - 1] if span.start > 0 else None
    if copula is None or copula.lemma_ != "be":
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    kind, i = [], span.end
    while i < span.sent.end and doc[i].pos_ in ("ADJ", "PROPN", "NOUN") and doc[i].tag_ not in ("JJR", "JJS"):
        kind.append(doc[i].text)
        i += 1
    if subject is None or subject.pos_ == "PRON" or not kind or i < span.sent.end and not doc[i].is_punct:
        return None
    return f"{_phrase(subject)} ({' '.join(kind)})"


_ENDS = frozenset(".!?")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "--"})


def _asked(span) -> bool:
    """Whether the amount at `span` stands in a question: the first mark
    ending a sentence after it, within its sentence, is "?" ("Will the
    rate reach 8 percent by May?", "The question is, 'Half of what?'")."""
    end = next((t for t in span.doc[span.end:span.sent.end] if t.text[:1] in _ENDS), None)
    if end is None or not end.text.startswith("?"):
        return False
    # "voted for 600 miles of fence in the past, so why not now?": the question is the clause after the comma
    return not any(t.text in _CLAUSE_BREAKS for t in span.doc[span.end:end.i])


def _with_period(found: str, root) -> str:
    """`found` led by the period of the rate the money at `root` is ("cut in
    rent" of "cut rent by $75 per month" -> "monthly cut in rent"): without
    it a monthly sum reads as a total.  `found` as it is when the amount
    is no rate or the measure already says its period."""
    period = _period(root)
    return found if period is None or period in found.split() else f"{period} {found}"


_SPAN_NOUNS = frozenset("year month week day decade".split())


def _with_span(found: str, root) -> str:
    """`found` followed by the span the clause's verb spreads the money at
    `root` over ("cut $4 billion from the fund over ten years" -> "cut
    from fund over ten years"): a sum over years is not a year's sum.
    `found` as it is when the verb has no "over" a count of years, months,
    weeks, days or a decade, or the measure already says it."""
    if " over " in f" {found} ":
        return found
    holders = [root]
    if root.dep_ in ("dobj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ == "by":
        # The verb's own sum ("cut $4 billion", "cut rents by $4 billion"), not one in a
        # phrase beside it ("suffered over the year, with a $9bn deficit")
        holders.append(root.head if root.dep_ != "pobj" else root.head.head)
    spans = [t for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "over"
             for t in c.children if t.dep_ == "pobj" and t.lemma_.lower() in _SPAN_NOUNS
             and (t.lemma_.lower() == "decade" or any(n.dep_ == "nummod" for n in t.children))]
    if len(spans) != 1:
        return found
    words = "".join(t.text_with_ws for t in spans[0].subtree if t.i <= spans[0].i).strip()
    plain, marks = re.match(r"(.*?)((?: \([^()]*\))*)$", found).groups()  # before "(forecast)", "(voted)"
    return f"{plain} over {words}{marks}"


_FIRST_PERSON = re.compile(r"\b(?:my|our|your)\b", re.I)
"""Owners a measure cannot name out of their sentence: a speaker's "my
oxygen level", or the "your" a speaker addresses ("half of your children")."""
_PER = re.compile(r"-(?:a|an|per)-\w")


_AMOUNT_WORDS = frozenset("""equivalent amount total number sum figure value worth range percent percentage cent
    average majority grand overall combined whole entire""".split())
"""Words that frame an amount without saying what it is of ("an average of
81 percent of farmers", "a majority of 52 percent", "a grand total of
$4,120"): a measure of these alone names nothing."""


def says_what(measured: str, unit: str | None) -> bool:
    """Whether a measure names something beyond its amount's unit and words
    for an amount: "the equivalent of tons" (of "one million tons, the
    equivalent of ... tons of TNT") and "range of percent" say nothing."""
    units = set(re.findall(r"[a-z]{3,}", (unit or "").lower()))
    # "share (exceed)", "rate": a bare rate with only its verb in brackets says whose or of what nowhere
    named = re.sub(r"\([^()]*\)", " ", measured).lower()
    said = set(re.findall(r"[a-z]{3,}", named)) - {"the", "and", "for"}
    return bool(said - units - {w + "s" for w in units} - _AMOUNT_WORDS) and bool(said - _RATE_NOUNS)


def _measured(span, unit: str) -> str | None:
    root = span.root
    people = (_people_who(root) or _people_done_to(root)) if unit in _PEOPLE else None
    if people:
        return people
    each = _each_share(root) if unit == "%" else None
    if each:
        return each  # "Berg and Tull polled 15 percent each": neither's share alone, nor both's together
    listed = _named_with_share(span) if unit == "%" else None
    if listed is not None:
        return listed or None  # "Berg with 18 percent, Tull with 14 percent": each name's share, however the list parses
    inside = {t.i for t in span}
    of_noun = _of_object(root, inside)
    head = _rate_beyond_its_adjective(root) or root.head
    restated = _restated_share(root, unit, of_noun)
    if restated:
        return restated
    if root.dep_ == "pobj" and head.lower_ in ("of", "at", "to") and head.head.pos_ in ("NOUN", "PROPN"):
        # Hung from another amount ("7 percent, ... at 5 percent"), or from a
        # name other than the one right before it ("Carson with 7 percent,
        # ... Rick Perry at 2 percent" made Carson's), the parse cannot tell.
        held_by = head.head
        if _an_amount(held_by) or (held_by.pos_ == "PROPN" and held_by.i != head.i - 1):
            return None
        # "to the tune of $5 million in loans", "the issue of $5 million in loans": the phrase
        # names no measure, though the amount's own "in loans" may (`_purpose`)
        if _fixed_phrase(held_by) or head.lower_ == "of" and held_by.lemma_.lower() in _TOPICS:
            return _purpose(span, root, unit)
        own = _own_kind(span, root, unit, held_by) if head.lower_ == "of" else None
        if own:
            return own  # "approval of $60 billion in road spending": the spending, not the approval
        if head.lower_ == "to" and _a_bare_predicate(held_by):
            # "The hamlet, which is home to 640 residents": the hamlet's count of them, not "home"
            holder = _predicated_of(held_by.head)
            if holder is None:
                return None
            counted = f"{unit} of " if unit.isalpha() and unit.islower() and unit not in CURRENCIES else ""
            return f"{counted}{_phrase(holder, with_prep=False)}"
        if head.lower_ == "of" and of_noun and unit == "%" and held_by.pos_ == "NOUN" and " of " not in of_noun \
                and held_by.lemma_.lower() not in _AMOUNT_WORDS:  # "a majority of 58 percent of members": no thing
            # "a deficit of 16 percent of GDP": the deficit as a share of it; "the loss of 40% of wild bees": of the bees
            joined = "as a share of" if held_by.lemma_.lower() in _MONEY_HEADS else "of"
            return f"{_phrase(held_by, with_prep=False)} {joined} {of_noun}"
        if head.lower_ == "to" and held_by.lemma_.lower() in _CHANGE_NOUNS:
            return _level_of(held_by)  # "a fall in prices ... to $40": the prices' new level, not the fall
        held = _holders(held_by) if head.lower_ == "of" else None
        if held:
            return held  # "Lind paid a tax rate of 31 percent": Lind's tax rate, not anyone's
        return _owned(_changed(held_by, unit) if head.lower_ == "of" else held_by)
    if root.dep_ == "pobj" and head.dep_ == "agent" and unit == "%" and of_noun:
        return _doers_share(head.head, of_noun)  # "was cited by 4 percent of voters": of voters who cited it
    reached = _reached(root) if not of_noun else None
    if reached is not None:
        return reached  # "unemployment rose to 7 percent": the unemployment
    starting = _starting_level(root) if unit in CURRENCIES and not of_noun else None
    if starting is not None:
        return starting  # "bidding will start at $600": the starting bid
    level = _level_set(root) if not of_noun and unit in CURRENCIES | {"%"} else None
    if level is not None:
        return level  # "raising the farm share to 35 percent from 20 percent": the farm share's target, its start
    changed = _changed_by(root) if not of_noun and unit in CURRENCIES | {"%", "percentage points"} else None
    if changed is not None:
        return changed  # "prices rose by 3 percent": the rise in prices
    if head.pos_ == "ADJ" and head.lower_ in _DIMENSIONS and head.head.pos_ in ("NOUN", "PROPN"):
        return f"{_DIMENSIONS[head.lower_]} of {_phrase(head.head, skip=head.i)}"
    valued = _valued(head) if unit in CURRENCIES and head.lower_ == "worth" else None
    if valued is not None:
        return f"value of {_phrase(valued)}"
    purpose = _purpose(span, root, unit)
    done = _done_for(span, root, of_noun, unit, purpose) if purpose else None
    if done:
        return done  # "raised $5 million for the campaign": the amount raised by whom, for it
    if purpose:
        return purpose
    described = _described_share(root, head, unit)
    if described:
        return described
    summed = _summed(root, head)
    if summed:
        return summed  # "pensions averaging $940 a month": the average monthly benefits
    restated = _restating(root, head, unit, of_noun)
    if restated:
        return restated  # "similar savings — roughly $70 million": the savings
    if root.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return _from_verb(head, of_noun, root, unit)
    # A noun used as an adverb is a direction or a manner ("seven miles southwest"), not a thing measured.
    if root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod") and head.i not in inside \
            and head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("advmod", "npadvmod"):
        if head.ent_type_ == "PERSON":
            return None  # "the $20 Mr Tumblin paid" parsed as "$20 Mr Tumblin": a person is no amount's thing
        if _a_field_label(head):
            return None  # "Price: $20 Contact: ...": the next field's label, not what the price is of
        if _a_missed_verb(head):
            return None  # "43% back Kerr, and 42% back Lind" with the second "back" a noun: the share's subject
        found = _held(head, unit) or _money_phrase(head, unit)
        # "paying dozens of guides $20 an hour": a rate of pay, not the cost of the guides
        return None if found is None or found.startswith("cost of ") and _a_rate(root) else found
    price = _price(root, unit)
    if price:
        return price
    if of_noun and unit == "%" and root.dep_ == "pobj" and _a_level(head):
        # "stood at 17 percent of the workforce": the workforce is the whole, not what stands at a share of it
        part = _part_at_a_level(head.head)
        return f"{_phrase(part)} as a share of {of_noun}" if part is not None else None
    undergone = _undergone(head, root) if unit == "%" and of_noun else None
    if undergone:
        return f"share of {of_noun} {undergone}"  # "45 percent of the mice were cured by the serum"
    if unit == "%" and of_noun and root.dep_ == "nsubjpass" and _how_left_out(head, undergone):
        return None  # "were freed using DNA tests": "share of men freed" would say few were freed at all
    won = _won_with(root, of_noun) if unit == "%" else None
    if won:
        return won  # "Lind unseated the mayor with 53 percent of the vote": Lind's share of the vote
    return None if unit == "%" and (_whole_saying(root) or _said_before(root)) else _share_of(of_noun, unit)


def _each_share(root) -> str | None:
    """"share of each of Berg and Tull" for a share written with "each"
    ("Berg and Tull polled 15 percent each", "followed by Berg and Tull
    at 15 percent each"): the share every one of those the clause names
    has, its subject or, of a passive ("followed by"), its doer, when
    they are two or more joined by "and".  None for any other share."""
    if not any(c.lower_ == "each" and c.i > root.i for c in root.children):
        return None
    verb = _clause_verb(root)
    if verb is None:
        return None
    agent = next((t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"), None)
    holder = agent if agent is not None else _subject(verb)
    if holder is None or _an_amount(holder) or not any(c.dep_ == "conj" for c in holder.children):
        return None
    return f"share of each of {_joined(holder)}"


def _named_with_share(span) -> str | None:
    """"Berg's share" of a share written right after a person's name and
    "with" or "at" ("... followed by Sen. Ada Berg with 18 percent, Tull at
    14 percent"), as a poll's or a vote's list gives each contender's;
    "share of each of Berg and Tull" when two names joined by "and" come
    before it ("Berg and Gov. Tull with 11 percent").  A long list parses
    any which way, so the words, not the tree, say whose share it is.
    None when no person's name comes right before, or the share is "of"
    anything but a vote."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ not in ("with", "at"):
        return _gapped_share(span)
    if span.start < 2:
        return None
    last = _person_ending_at(doc, span.start - 2)
    if last is None:
        return None
    names = [last]
    i = last.start - 1
    while i >= 0 and i > last.start - 6 and (is_title_word(doc[i].text) or doc[i].ent_type_ == "GPE"
                                             or doc[i].pos_ == "ADJ" and doc[i].is_lower):
        i -= 1  # "former Kentucky Sen." before the second name
    first = _person_ending_at(doc, i - 1) if i >= 1 and doc[i].lower_ == "and" else None
    if first is not None:
        names.insert(0, first)
    elif span.end < len(doc) and doc[span.end].lower_ == "each":
        return None  # "A and former Gov. B at 17 percent each": whose else, the words before do not say
    whole = _of_object(span.root, {t.i for t in span})
    if whole and whole.split()[-1].lower() not in _VOTE_NOUNS:
        return None  # "Lind, with 30 percent of her pay going to rent": no contender's share
    if len(names) > 1:
        return f"share of each of {names[0].text} and {names[1].text}" + (f" of {whole}" if whole else "")
    return f"{last.text}'s share" + (f" of {whole}" if whole else "")


_SHARE_WORDS = frozenset({"%", "percent", "per", "cent", "percentage"})


def _gapped_share(span) -> str | None:
    """"Moss's share" of a share written right after a person's name that
    a comma or "and" opens, after an earlier share in the sentence ("Tull
    won 36 percent, Moss 4 percent and Gov. Ruiz 2 percent"): the list
    leaves out the verb, so the share is that name's, not the subject's
    of the verb before; "" (no measure) when the words there are proper
    nouns but no person's name ends right before the share; None for any
    other share."""
    doc = span.doc
    start = span.start
    while start > span.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if start == span.start:
        return None
    i = start - 1
    while i >= 0 and i > start - 6 and (is_title_word(doc[i].text) or doc[i].pos_ in ("NOUN", "PROPN", "ADJ")):
        i -= 1  # "Green Party candidate" or "former Gov." before the name
    if i < 1 or doc[i].text not in (",", "and") \
            or not any(t.lower_ in _SHARE_WORDS for t in doc[span.sent.start:i]):
        return None
    last = _person_ending_at(doc, span.start - 1)
    if last is None or last.end > span.start:
        # the list's share is the name's before it, never the verb's subject; whose, the entities do not say
        last = next((e for e in doc.ents if e.label_ == "PERSON" and e.start >= start and e.end == span.start), None)
    return f"{last.text}'s share" if last is not None else ""


def _person_ending_at(doc, i: int):
    """The person's name whose last word is `doc[i]` (a span), or None: a
    PERSON entity, or a run of proper nouns the entities missed that a
    title opens ("Gov. Ana Ruiz") or whose last word ends a person's name
    elsewhere in the text ("Ruiz" after "Ana Ruiz" was named)."""
    if i < 0 or i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and not is_title_word(doc[i + 1].text):
        return None  # the name goes on past `doc[i]`
    if doc[i].ent_type_ == "PERSON":
        return next((e for e in doc.ents if e.start <= i < e.end and e.label_ == "PERSON"), None)
    start = i
    while start >= 0 and doc[start].pos_ == "PROPN" and doc[start].text[:1].isupper() \
            and not is_title_word(doc[start].text) and doc[start].ent_type_ not in ("GPE", "NORP", "LOC"):
        start -= 1
    if start == i:
        return None
    titled = start >= 0 and is_title_word(doc[start].text)
    named = any(e.label_ == "PERSON" and e[-1].text == doc[i].text for e in doc.ents)
    return doc[start + 1:i + 1] if titled or named else None


_LOSS_NOUNS = frozenset("loss losses shortfall gap deficit funding financing".split())
"""Nouns that, like money itself, are what an amount "of" them measures
("a loss of $2 billion in revenue", "funding of $2 billion in repairs")."""


_PAYING_OR_HOLDING = _HOLDING | frozenset({"pay"})


def _holders(noun) -> str | None:
    """"Lind's tax rate" of "Lind paid a tax rate of 31 percent", "the
    firm's stake" of "the firm holds a stake of 26 percent": the noun an
    amount is "of" is the object of a verb of paying or holding whose
    subject is a noun or a name, whose it is; rates or stakes of rival
    actors side by side each say whose.  None for any other noun, one
    already owned ("paid his rate of"), or a subject that is a pronoun
    or an amount."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _lemma(verb) not in _PAYING_OR_HOLDING \
            or any(c.dep_ == "poss" for c in noun.children):
        return None
    subject = _subject(verb)
    if subject is None or _an_amount(subject) or subject.i > verb.i:
        return None
    owner = _joined(subject)
    # a plural in "-s" takes the apostrophe alone: "the Lunds' rate", not "Lunds's" (a family's
    # name after "the" is a plural the tagger may call singular)
    plural = subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "PROPN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    mark = "'" if plural and owner.endswith("s") else "'s"
    return f"{owner}{mark} {_phrase(noun)}"


_SETTING_BESIDE = frozenset({"—", "–", "--", ":"})


def _restating(root, head, unit: str, of_noun: str | None) -> str | None:
    """What an amount set right after a noun and a dash or a colon
    restates: the noun ("the plan includes similar savings — roughly $70
    million": the savings; "its reserve: 8 percent of output": the
    reserve as a share of output).  Money and shares only, beside a
    common noun that is no amount itself; None for any other, for money
    "of" a whole of its own ("the fund — $5 million of the grant"), and
    for an amount in brackets or after a comma, which may only say
    something of the noun ("their foundation ($2 million in 2019)": what
    it got that year, not what it is)."""
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i >= root.i or _an_amount(head) \
            or unit not in CURRENCIES | {"%"} or of_noun and unit != "%":
        return None
    doc = root.doc
    mark = root.left_edge.i - 1
    if mark < 1 or doc[mark].text not in _SETTING_BESIDE or not head.is_ancestor(doc[mark - 1]) and mark - 1 != head.i:
        return None  # the noun's own phrase ends right at the dash or colon
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        return _kinds_share(head.head, of_noun)
    phrase = _phrase(head)
    return f"{phrase} as a share of {of_noun}" if of_noun else phrase


def _kinds_share(copula, of_noun: str | None) -> str | None:
    """What an amount set after the noun "be" calls its subject measures
    ("Fungi are a big group – 9% of all biomass"): the noun only says
    what kind of thing the subject is, so the share is the subject's
    ("Fungi as a share of all biomass"); None when no whole is named ("9%
    of everything", "9%"), as the words do not say a share of what."""
    subject = _subject(copula)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not of_noun:
        return None
    return f"{_phrase(subject)} as a share of {of_noun}"


def _own_kind(span, root, unit: str, held_by) -> str | None:
    """What money "of" the noun `held_by` is an amount of, when its own "in"
    says so ("approval of $60 billion in road spending", "a total of $5
    million in aid"): the noun of "in" (`_purpose`), as the noun before
    "of" is an act done with the money or a word that frames it, no
    measure.  None for a noun that is money itself (`_MONEY_HEADS`: "a
    budget of $2 billion in spending"), a change or a loss (`_LOSS_NOUNS`; "a
    cut of $5 billion in spending" is the cut's size), and an amount without "in"."""
    lemma = held_by.lemma_.lower()
    if unit not in CURRENCIES or lemma in _MONEY_HEADS or lemma in _CHANGE_NOUNS or held_by.lower_ in _LOSS_NOUNS:
        return None
    after = _past_conversion(span)
    if after >= len(span.doc) or span.doc[after].lower_ != "in":
        return None
    return _purpose(span, root, unit)


def _doers_share(verb, whole: str) -> str | None:
    """"share of voters who named crime as top issue" of "crime was named
    by 6 percent of voters as the top issue": a share that is the doer of
    a passive `verb` (its "by") is of those of `whole` who did what it
    says to its subject, "share of voters" alone would say they are that
    share of all voters.  The verb's form in "-ed" serves as its past;
    None for any other form ("chosen"), a subject that is no noun, or a
    denied verb."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.tag_ != "VBN" or not verb.lower_.endswith("ed") or subject is None \
            or subject.pos_ not in ("NOUN", "PROPN") or _an_amount(subject) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    as_what = next((t for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                    for t in c.children if t.dep_ == "pobj" and t.pos_ == "NOUN"), None)
    words = [t for t in as_what.subtree if not (t.i == as_what.left_edge.i and t.dep_ == "det")] \
        if as_what is not None else []
    said = f" as {''.join(t.text_with_ws for t in words).strip()}" if 0 < len(words) <= 6 else ""
    return f"share of {whole} who {_participle(verb)} {_phrase(subject, with_prep=False)}{said}"


_POINTING_BACK = frozenset("same this that it".split())


def _said_before(root) -> bool:
    """Whether the share headed by `root` hangs, by a preposition, from a
    clause whose subject points back ("The same was true of 6 percent of
    the women", "That held for 12 percent"): what holds of the share is
    told in a sentence before, and "share of women" alone would misstate
    it."""
    verb = _clause_verb(root)
    if root.dep_ != "pobj" or verb is None:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _POINTING_BACK for c in verb.children)


_MOVING = frozenset("""rise fall grow drop climb increase decrease decline go jump surge plunge slip sink soar
    dip tumble edge""".split())
"""Verbs of a change of level: what changes is their subject, the level it
reaches the amount after "to"."""


def _reached(root) -> str | None:
    """"jobless rate" of "the jobless rate fell to 6 percent": the subject of
    a verb of change (`_MOVING`) the amount headed by `root` is the "to"
    of, whose new level it is; None for anything else, or a subject that
    is a pronoun or an amount.  (The "from" amount is an old level, which
    read as the subject's would set two times of one thing against each
    other.)"""
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or verb.pos_ != "VERB" or _lemma(verb) not in _MOVING \
            or verb.tag_ == "VB":  # "expects prices to rise to $70": a forecast, no level reached
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or _an_amount(subject):
        return None
    return _phrase(subject)


_SETTING = frozenset("raise boost lift increase grow expand cut reduce lower slash trim bring".split())
"""Verbs by which someone sets a thing (their object) to a new level
("raise the levy to 5 percent from 3 percent")."""
_AIMING = frozenset("""aim target goal plan envisage envision foresee pledge promise vow seek want intend propose
    ambition objective""".split())
"""Words of aiming: a level set under one ("a plan to raise the levy to 5
percent", "targets such as cutting joblessness to 4 percent") is a target."""


def _level_set(root) -> str | None:
    """"farm share (target)" of "goals like lifting the farm share to 35
    percent from 20 percent", "farm share (starting level)" of its
    "from": an amount after "to" or "from" on a verb that sets its object
    to a level (`_SETTING`) measures that object; the "to" of a level to
    come (under "will", "would", a modal, "to", or a word of aiming) is a
    target, of one told as done (a past verb) the level reached.  None
    when the parse gives the verb two "to"s or "from"s (a list it
    muddled), no noun object, or a "to" that may be either.  An amount in
    brackets after another ("to 7 billion crowns ($1 billion)") is that
    one told again."""
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head
    prep, verb = root.head, root.head.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "from") or prep.dep_ != "prep" or verb.pos_ != "VERB" \
            or _lemma(verb) not in _SETTING \
            or sum(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in verb.children) > 1:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or _an_amount(thing):
        return None
    phrase = _phrase(thing)
    if prep.lower_ == "from":
        return f"{phrase} (starting level)"
    aimed = any(c.dep_ == "aux" and (c.lower_ in _FORETOLD | {"to"} or c.tag_ == "MD") for c in verb.children) \
        or any(t.lemma_.lower() in _AIMING for t in verb.ancestors)
    return f"{phrase} (target)" if aimed else phrase if verb.tag_ == "VBD" else None


_UP = frozenset("rise grow climb jump surge soar increase raise boost lift".split())
_DOWN = frozenset("fall drop decline decrease plunge slip sink dip tumble cut reduce lower slash trim".split())
"""Verbs of a change up or down, whose "by" gives its size ("rose by 3
percent", "cut rates by 0.5 percentage points")."""
_FORETOLD = frozenset("will would".split())


def _changed_by(root) -> str | None:
    """"rise in prices" of "prices rose by 3 percent", "cut in rates" of
    "cut rates by 0.5 percentage points", "cut in deficits" of "cut
    deficits by $400 billion": a share or money after "by" on a verb of
    change (`_UP`, `_DOWN`) is the size of the change in the verb's
    object, or, with none, its subject; marked "(forecast)" under "will"
    or "would".  None for any other share, or a pronoun or amount changed."""
    prep, verb = root.head, root.head.head
    lemma = _lemma(verb)
    if root.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "prep" or verb.pos_ != "VERB" \
            or lemma not in _UP | _DOWN or any(c.dep_ == "neg" for c in verb.children):
        return None
    if sum(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children) > 1 \
            or any(c.dep_ == "conj" for c in verb.children if c.dep_ in ("dobj", "nsubjpass")) \
            or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for t in verb.children if t.dep_ == "dobj"
                   for c in t.children):
        return None  # "cut plants by half and mammals by 85 percent": which "by" is whose, the parse muddles
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    noun = "rise" if lemma in _UP else "fall" if thing is None else "cut"  # "rates were cut": a cut
    thing = thing if thing is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or _an_amount(thing):
        return None
    shared = verb.head.children if verb.dep_ == "conj" else ()
    foretold = any(c.dep_ == "aux" and c.lower_ in _FORETOLD for c in (*verb.children, *shared))
    phrase = _phrase(thing)
    if thing.left_edge.is_sent_start and thing.left_edge.pos_ != "PROPN" and not thing.left_edge.ent_type_:
        phrase = phrase[:1].lower() + phrase[1:]  # "Prices rose": "rise in prices"
    phrase = _ownerless(phrase, root)  # "cut its levy": the board's levy (a token has its sentence too)
    if phrase is None:
        return None
    return f"{noun} in {phrase}{' (forecast)' if foretold else ''}"


def _restated_share(root, unit: str, of_noun: str | None) -> str | None:
    """"deficit as a share of output" of "a deficit of 9 billion crowns, or
    12 percent of output": a share joined by "or" to an amount the noun
    has "of", which restates that amount as a share of its `of_noun`;
    None for any other."""
    amount = root.head
    if unit != "%" or not of_noun or root.dep_ != "conj" or not _an_amount(amount) \
            or not any(c.dep_ == "cc" and c.lower_ == "or" for c in amount.children):
        return None
    prep = amount.head
    if amount.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or _an_amount(prep.head):
        return None
    return f"{_phrase(prep.head, with_prep=False)} as a share of {of_noun}"


def _valued(worth):
    """The noun the adjective `worth` says the worth of: the one it
    describes ("a package worth $5 billion", "the paintings, worth $5
    million"), or, where the parser hung it on a verb, the verb's object
    before it ("receiving a lifeline from X worth $2 billion"); None when
    no noun says ("the house is worth $5 million": `_from_verb`)."""
    if worth.dep_ == "amod" and worth.head.pos_ in ("NOUN", "PROPN"):
        return worth.head
    if worth.dep_ == "prep" and worth.head.pos_ == "VERB":
        return next((c for c in worth.head.children if c.dep_ == "dobj" and c.i < worth.i
                     and c.pos_ == "NOUN" and not _an_amount(c)), None)
    return None


_PEOPLE = frozenset("people troops soldiers workers residents students refugees".split())
"""Units that count people: a count of them is of those the clause says
did or underwent something ("1,500 people protested in the square")."""
_ASIDE = frozenset("nsubj nsubjpass advcl conj cc mark ccomp parataxis npadvmod appos dep punct".split())
"""What a clause's predicate leaves out: its subject, time, asides and
clauses of its own."""
_BREAKS = frozenset(",;:()—–\"“”")
_CLAUSE_WORDS = 12  # a longer predicate is no short measure


def _people_who(root) -> str | None:
    """"people who protested in the square" of "1,500 people protested in
    the square on Sunday"; "people employed by the firm" of "the 20,000
    people employed by the firm": a count of people measured by what its
    clause says of them.  None for a clause of saying ("1,500 people
    said"), one that gives another amount, or one too long to be a measure."""
    verb = next((c for c in root.children if c.dep_ in ("relcl", "acl") and c.i > root.i), None)
    start = verb.left_edge.i if verb is not None else root.i + 1
    if verb is None and root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _lemma(verb) in REPORTING:
        return None
    finite = _finite_of(verb, root)
    words = [] if finite is None else _participles_with_their_doer(verb, start) \
        if verb.dep_ != "relcl" and _a_participle_with_its_doer(verb) else _predicate_words(verb, start)
    if not words:
        return None
    said = "".join(t.text_with_ws for t in words[:-1]) + words[-1].text + _when_and_where(verb, words[-1].i)
    return f"{root.lower_} {'who ' if finite else ''}{said}"


_HEDGES = frozenset("likely probably possibly perhaps reportedly allegedly apparently".split())
"""Adverbs by which a verb says its deed is not sure ("likely killed")."""


def _people_done_to(root) -> str | None:
    """"people killed by attacks" of "the attacks that killed 3,000 people"
    or "the storm displaced 20,000 residents": a count of people that is
    the object of a verb in the past, measured by what was done to them
    and by whom (the verb's noun subject, or the noun its relative clause
    describes).  None for a verb the text gives in no "-ed" form
    ("employs"), one denied or only possible ("could displace"), or a
    doer that is a pronoun or an amount; none for a hedged verb ("likely
    killed")."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or _lemma(verb) in REPORTING \
            or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" or c.lower_ in _HEDGES for c in verb.children):
        return None
    participle = _participle(verb)
    doer = _predicated_of(verb)
    if participle is None or doer is None or _an_amount(doer):
        return None
    return f"{root.lower_} {participle} by {_phrase(doer, with_prep=False)}"


def _finite_of(verb, root) -> bool | None:
    """Whether `verb` heads a finite clause of the people `root` counts, so
    that "who" introduces it: the verb they are the subject of, a relative
    clause ("who work", "that were sent"), or a verb the parser hung on a
    count that heads its sentence ("1,500 people protested" parsed as a
    noun phrase); not a participle ("people employed by the firm").  None
    for a relative clause with a subject of its own ("people the police
    held"), of which the people are no subject."""
    if verb.dep_ == "relcl":
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return True if all(c.tag_ in ("WP", "WDT") for c in subjects) else None
    if verb.dep_ == "acl":  # a participle with its doer ("employed by the mill") is one still
        return root.dep_ == "ROOT" and not _a_participle_with_its_doer(verb)
    return not _a_participle_with_its_doer(verb)


def _a_participle_with_its_doer(verb) -> bool:
    """Whether `verb`, parsed as the verb of the count before it, is a past
    form with no auxiliary whose doer follows "by" on it or on a verb joined
    to it ("512 people stung and treated by medics"): a participle on the
    people, who were stung, not the stingers."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "people were shot by ...": a clause of its own, said with "who"
    return any(c.dep_ == "agent" for v in (verb, *verb.conjuncts) for c in v.children
               if not any(a.dep_ in ("aux", "auxpass") for a in v.children))


def _participles_with_their_doer(verb, start: int) -> list:
    """The words from `start` to the end of the "by" phrase that gives the
    doer of `verb` or of a participle joined to it ("stung and treated by
    medics" of "512 people stung and treated by medics"); [] when they run
    longer than a measure."""
    agent = next(c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent")
    words = list(verb.doc[start:agent.right_edge.i + 1])
    return words if len(words) <= _CLAUSE_WORDS and not any(_an_amount(t) for t in words) else []


def _predicate(verb, start: int) -> str | None:
    """The words of `verb`'s clause from `start`, without its subject or
    asides, up to its first comma, bracket, time or aside after the verb; None when they name an
    amount, run past `_CLAUSE_WORDS` or hold no more than a form of "be"
    ("are still there")."""
    words = _predicate_words(verb, start)
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text if words else None


def _predicate_words(verb, start: int) -> list:
    """The tokens `_predicate` writes; [] when it gives none."""
    words = []
    for token in verb.subtree:
        if token.i < start:
            continue
        # "and" joining clauses is an aside; joining nouns ("in schools and shelters") part of the predicate
        # a hyphen inside a word ("small-dollar") is no aside's punctuation
        aside = token.ent_type_ in ("DATE", "TIME") or token.tag_ != "HYPH" and any(
            a.dep_ in _ASIDE and (a.dep_ not in ("conj", "cc") or a.head.pos_ not in ("NOUN", "PROPN"))
            for a in _up_to(token, verb))
        if token.i > verb.i and (aside or token.text in _BREAKS):
            break  # the predicate is one run of words: what follows an aside is another part
        if not aside:
            words.append(token)
    while words and words[-1].dep_ in ("prep", "cc", "det", "aux"):
        words.pop()  # "protested in Kharkiv on [Sunday]": a word the cut left without its object
    if not words or len(words) > _CLAUSE_WORDS or any(_an_amount(t) for t in words) \
            or all(t.lemma_ == "be" or t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in words):
        return []
    return words


_OTHER_TIME = frozenset("last previous past next".split())
"""Words by which a time phrase puts a count in another season or year
than the story's own ("last year"), unlike a day of its week ("on Monday")."""


def _when_and_where(verb, after: int) -> str:
    """" last year in Ohio" of "158,682 people attended the fair last year
    in Ohio": the phrases of `verb` right after the token `after` that put
    a count in another time (a year, "last year"; not "on Monday", the
    story's own) or a named place, which limit it to them; "" when the
    next phrases say neither."""
    said, end = [], after
    for child in sorted((c for c in verb.children if c.i > after), key=lambda c: c.i):
        tokens = list(child.subtree)
        if tokens[0].i != end + 1 or len(tokens) > 4:
            break
        named = [t for t in tokens if t.ent_type_]
        when = child.dep_ in ("npadvmod", "prep") and named and all(t.ent_type_ in ("DATE", "TIME") for t in named)
        where = child.dep_ == "prep" and child.lower_ in ("in", "at") and named \
            and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in named)
        if not (when or where):
            break
        end = tokens[-1].i
        if where or any(t.lower_ in _OTHER_TIME or YEAR.fullmatch(t.text) for t in tokens):
            said.append("".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text)
    return "".join(f" {words}" for words in said)


def _a_bare_predicate(noun) -> bool:
    """Whether `noun` is a singular noun after "be" with no determiner
    ("is home to", "is host to"): a set phrase that says the subject holds
    what follows "to", no thing of its own."""
    return noun.dep_ == "attr" and noun.tag_ == "NN" and noun.head.lemma_ == "be" \
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)


def _predicated_of(verb):
    """The noun subject of `verb`, or, where it is a relative pronoun
    ("the village, which is ..."), the noun the clause describes; None
    for another pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


_EXCHANGING = frozenset("buy sell rent lease purchase hire sublet".split())
"""Verbs by which a thing changes hands for money: "rented the flat for
$650" gives the flat's price (not "sued the city for $5 million", what is
sought)."""
_PERIODS = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "year": "yearly"}


def _price(root, unit: str) -> str | None:
    """"leased the office for $1,200 a month" -> "monthly price of office":
    money "for" which a verb of exchange's object changes hands is its
    price, by the period a rate gives ("a month", "per year"); else None."""
    verb, prep = root.head.head, root.head
    if unit not in CURRENCIES or root.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i != verb.i \
            or verb.pos_ != "VERB" or _lemma(verb) not in _EXCHANGING:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                  and not _an_amount(c)), None) or _sold(verb) or _object_read_into_a_time(verb)
    if thing is None:
        return None
    period = _period(root)
    return f"{period + ' ' if period else ''}price of {_with_listed_things(thing, _phrase(thing, with_prep=False))}"


def _with_listed_things(thing, phrase: str) -> str:
    """`phrase`, the words of the noun `thing` that changes hands, with the
    nouns "and" lists after it ("the boots and hat sold for $900": the
    price of both, not of the boots alone); amounts left out."""
    tokens, token = [thing], thing
    while (token := next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                          and not _an_amount(c)), None)) is not None:
        tokens.append(token)
    if len(tokens) == 1 or not any(c.dep_ == "cc" and c.lower_ == "and" for t in tokens for c in t.children):
        return phrase
    listed = [phrase] + [_phrase(t, with_prep=False) for t in tokens[1:]]
    return f"{', '.join(listed[:-1])} and {listed[-1]}"


def _object_read_into_a_time(verb):
    """The object of `verb` the parse read as a word of the time after it
    ("bought the lamp years ago for $90": "the lamp years" one phrase, the
    lamp a modifier of "years"): a noun right before a time noun
    (`_TIME_NOUNS`) that takes its "the", under "ago" or the verb itself;
    else None."""
    times = [c for c in verb.children if c.dep_ == "npadvmod" and c.lower_ in _TIME_NOUNS]
    times += [g for c in verb.children if c.lower_ == "ago" for g in c.children
              if g.dep_ == "npadvmod" and g.lower_ in _TIME_NOUNS]
    for time in times:
        owner = verb.doc[time.i - 1] if time.i > verb.i + 1 else None
        if owner is not None and owner.head.i == time.i and owner.pos_ == "NOUN" \
                and owner.dep_ in ("amod", "compound", "nmod") and any(c.lower_ == "the" for c in time.children):
            return owner
    return None


_STARTING = {"start": "starting", "begin": "starting", "open": "opening"}
"""Verbs by which a price sets off at a level ("tickets start at $45")."""
_PRICED = frozenset("price cost fare rate fee bid bidding offer".split())
"""Nouns that are themselves a price ("prices start at $20")."""


def _starting_level(root) -> str | None:
    """"bidding will start at $600" -> "starting bid", "tickets start at
    $45" -> "starting price of tickets", "the shares opened at $12" ->
    "opening price of shares": money "at" which a verb of starting
    (`_STARTING`) sets its subject off; else None."""
    prep, verb = root.head, root.head.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or verb.pos_ != "VERB" or _lemma(verb) not in _STARTING \
            or any(c.dep_ == "prep" for c in root.children):  # "$5 million in costs": a sum of something else
        return None
    # a noun, or the gerund of bidding the parse may make a clause ("Bidding on the quilt will start")
    # (or tagged a name, opening its sentence: "Bidding will start at ...")
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _an_amount(c)
                    or c.dep_ in ("nsubj", "csubj") and c.lower_ in _PRICED), None)
    if subject is None:
        return None
    word, lemma = _STARTING[_lemma(verb)], subject.lower_ if subject.pos_ == "PROPN" else subject.lemma_.lower()
    phrase = _phrase(subject, with_prep=False)
    if subject.left_edge.is_sent_start and phrase[:1].isupper():
        phrase = phrase[:1].lower() + phrase[1:]  # "Tickets start at ...": capitalised for its place only
    if lemma in _PRICED:
        return f"{word} {'bid' if lemma.startswith('bid') else phrase}"
    return f"{word} price of {phrase}"


def _period(root) -> str | None:
    """"monthly" of "$1,200 a month", "yearly" of "$5 per year": the period
    of the rate the amount headed by `root` is (`_PERIODS`), or None."""
    units = [c for c in root.children if c.dep_ == "npadvmod" and any(d.lower_ in ("a", "an", "per") for d in c.children)]
    units += [d for c in root.children if c.dep_ == "prep" and c.lower_ == "per" for d in c.children if d.dep_ == "pobj"]
    return next((_PERIODS.get(u.lemma_.lower()) for u in units), None)


_SUMMING = {"average": "average", "total": "total"}
"""Participles by which an amount sums up the noun before them ("benefits
averaging $940 a month", "loans totalling $2 billion")."""


def _summed(root, verb) -> str | None:
    """"average monthly retirement benefits" of "seniors received retirement
    pensions averaging $940 a month": the amount is the object of a
    participle of summing (`_SUMMING`) right after a noun, which it sums
    up, not of the clause's subject (the parse may hang the participle on
    the verb); None for any other amount."""
    if root.dep_ != "dobj" or verb.tag_ != "VBG" or _lemma(verb) not in _SUMMING or verb.i == 0:
        return None
    noun = verb.head if verb.dep_ == "acl" else verb.doc[verb.i - 1]
    if noun.i != verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or _an_amount(noun) \
            or verb.dep_ not in ("acl", "advcl"):
        return None
    period = _period(root)
    return f"{_SUMMING[_lemma(verb)]} {period + ' ' if period else ''}{_phrase(noun, with_prep=False)}"


def _sold(verb):
    """The thing that "sold for" or "was sold for" the money (the subject
    of "sell" with no object of its own: "the lamp sold for $90"; the noun
    a clause of it describes: "a lamp that sold for $90"), or None."""
    if _lemma(verb) != "sell" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl"):
        thing = verb.head  # "a lamp (that was) sold for $90"
    else:
        thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not _an_amount(c)), None)
    # A common noun only: a dateline's town ("LYON, May 3 The coat sold ...") parses as the
    # subject, or its date as the noun's modifier.
    if thing is None or thing.pos_ != "NOUN" or any(t.ent_type_ in _NOT_MEASURED for t in thing.lefts):
        return None
    return thing


_TOPICS = frozenset("issue question matter subject topic".split())
"""Nouns for what is talked about ("the issue of the $5 million"): the
amount after their "of" is the topic, which they do not measure."""


def _a_rate(root) -> bool:
    """Whether the amount headed by `root` is a rate, so much per unit of
    time or thing ("$20 an hour", "$5 per ton"): the parse hangs the unit,
    with "a", "an" or "per", on the amount."""
    return any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" and any(d.lower_ in ("a", "an", "per") for d in c.children)
               or c.dep_ == "prep" and c.lower_ == "per" for c in root.children)


def _whole_saying(root) -> bool:
    """Whether the whole a share is "of" has a clause of saying or thinking
    on it ("71 percent of members approved of the plan", parsed with
    "approved" describing "members"; "of voters who back it"): the share is
    of those who say so, which the whole alone misstates (as in `_from_verb`)."""
    of = next((t for t in root.children if t.dep_ == "prep" and t.lower_ == "of"), None)
    whole = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _OPINION
                                     for c in whole.children)


def _a_level(prep) -> bool:
    """Whether `prep` ("at", "to") brings the level a verb of rising or
    standing puts something at ("rose to", "stood at", "increased the levy
    to").  Not "be" ("at 90 percent of the stores, there was ..." says
    where), nor one before its verb, nor other verbs: "compared to 22
    percent of ...", "gave the vaccine to 30 percent of adults"."""
    verb = prep.head
    return prep.lower_ in ("at", "to") and verb.pos_ in ("VERB", "AUX") and prep.i > verb.i \
        and verb.lemma_ != "be" and _lemma(verb) in _MAKING_UP


def _part_at_a_level(verb):
    """What `verb` puts at a share of a whole ("at 40 percent of income"):
    its object ("increased rents to ..."), else its subject ("rents rose
    to ..."), or the noun its participle or relative clause describes
    ("the bill, which stood at ...").  None when no noun says: a
    participle set beside a clause ("He spoke of the farmers, standing at
    ...") may describe any noun before it."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _an_amount(c)]
    if objects:
        return objects[0] if objects[0].pos_ != "PRON" else None
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
    if own is not None:
        return own
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None if verb.dep_ == "advcl" else _subject(verb)


def _a_missed_verb(noun) -> bool:
    """Whether `noun` is a verb the tagger took for a noun: one joined by
    "and" to a clause's verb, as only a verb is ("61% favour X, and 37%
    favour Y"; a verb used as an adjective, "rising rents and 5% fees",
    joins nouns)."""
    verb = noun.head
    return noun.dep_ == "conj" and verb.pos_ == "VERB" and verb.dep_ not in ("amod", "compound", "acl")


def _fixed_phrase(noun) -> bool:
    """Whether `noun` is the core of a fixed preposition ("in addition to",
    "in excess of"): a singular common noun with no determiner nor any word
    but the preposition after it, the object of "in", "on" or "by" hanging
    from no noun; it links the amount to the sentence and measures nothing.
    (A bare plural is a noun of its own, "paid in instalments of $500", as
    are a change's noun, "a drop in turnout of 30 percent", and one after
    "for": "pressing for funding of $2 billion".)"""
    if noun.tag_ != "NN" or noun.dep_ != "pobj" or noun.head.head.pos_ in ("NOUN", "PROPN"):
        return False
    # "to the tune of", "on the order of": with "the", a fixed phrase after "to" or "on" too
    preps = ("in", "on", "by", "to") if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        else ("in", "on", "by")
    return noun.head.lower_ in preps and all(c.dep_ == "prep" and c.i > noun.i or c.dep_ == "det" and c.lower_ == "the"
                                             for c in noun.children)


def _described_share(root, head, unit: str) -> str | None:
    """"her ward is 42 percent Latino" -> "her ward (Latino)" (was
    "Latino"): a share that describes the subject of "be", or None.  (A
    degree, "90 percent complete", is no figure: `find_figures` leaves it.)"""
    if unit != "%" or root.dep_ not in ("compound", "npadvmod") or head.dep_ not in ("attr", "acomp") \
            or head.head.lemma_ != "be" or any(c.dep_ == "det" for c in head.children):
        return None  # "is not the 3 percent growth rate forecast": a noun phrase of its own, no make-up of the subject
    subject = _subject(head.head)
    if subject is None or subject.like_num:
        return None
    return f"{_phrase(subject)} ({head.text})"


# Entity types an amount is "in" or "for" without measuring them: places, times, numbers
# ("$2 billion in Texas", "in 2019", "for 300,000 people").
_NOT_MEASURED = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def _purpose(span, root, unit: str = "") -> str | None:
    """What the amount is for ("$805 million for drug detection technology")
    or an amount of ("$5.7 billion in funding for a wall"): the object of a
    "for" or "in" right after it, hanging from the amount or its verb; never
    a place, a date or a name ("$2 billion in Texas", "in 2019"), and "in"
    only after money ("more than 125 people in the French capital": where)."""
    doc = span.doc
    after = _past_conversion(span)
    if after >= len(doc):
        return None
    prep = doc[after]
    # "$5.7 billion in funding"; "125 people in the capital" is where
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "in") or prep.head.i not in (root.i, root.head.i) \
            or prep.lower_ == "in" and unit not in CURRENCIES or _a_reason(prep, root):
        return None
    objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.ent_type_ not in _NOT_MEASURED
               and not (prep.lower_ == "in" and t.lemma_.lower() in _MONEY_FORMS)]
    if not objects:
        return None
    return f"{_phrase(objects[0])}{_at_what(objects[0])}{_head_cut_off(objects[0])}{_fate(root)}"


_GATHERING = frozenset("raise borrow".split())
"""Verbs of money gathered, whose "for" says for whom or what it was
gathered, not what it bought."""


def _done_for(span, root, of_noun: str | None, unit: str, purpose: str) -> str | None:
    """"amount raised by the leader for campaign" of "the leader raised $5
    million for the campaign": money a verb of gathering (`_GATHERING`)
    has for its object, with a "for" of that verb, is what the verb says
    of its doer, for the purpose (`purpose`, what `_purpose` found); with
    a pronoun for the doer, what the verb says alone ("amount raised for
    his campaign").  None for any other amount: money paid or spent "for"
    a thing is that thing's price ("paid $40 million for the plant")."""
    verb = root.head
    after = _past_conversion(span)
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or _lemma(verb) not in _GATHERING or unit not in CURRENCIES \
            or after >= len(span.doc) or span.doc[after].lower_ != "for" or span.doc[after].head.i != verb.i:
        return None
    done = _from_verb(verb, of_noun, root, unit)
    if done is None and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ not in ("WP", "WDT")
                            for c in verb.children):
        done = _VERB_NOUNS[_lemma(verb)]
    if done is None or " for " in done or "(" in done:
        return None
    return f"{done} for {purpose}"


def _at_what(noun) -> str:
    """" at river crossings" of "$1 billion for patrols at river crossings":
    the "at" right after a bare noun an amount is for, whose object is a
    common noun (not a place's or a time's name), which says which of it
    is meant: "security" alone says much more.  "" when the noun has a
    complement of its own or no such "at"."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.lower_ != "at" or after.head.i != noun.i \
            or any(c.dep_ == "prep" and c.i != after.i for c in noun.children):
        return ""
    where = next((t for t in after.children if t.dep_ == "pobj"), None)
    if where is None or where.pos_ != "NOUN" or where.ent_type_ or _an_amount(where):
        return ""
    return f" at {_phrase(where)}"


def _head_cut_off(noun) -> str:
    """" pay" when the noun right after `noun` is one the parse left
    hanging ("forfeit $12 million in holiday pay" parsed with "pay" a
    present-tense verb, a "dep" of the main verb, with no subject): the real
    head of the phrase `noun` only modifies; else ""."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or noun.whitespace_ == "" or after.dep_ != "dep" or after.tag_ not in ("NN", "NNS", "VBP") \
            or any(c.dep_ == "prep" for c in noun.children) or any(c.dep_.startswith("nsubj") for c in after.children):
        return ""  # a verb of its own subject ("in pay rises") is no head cut off
    return f" {after.text}"


def _past_conversion(span) -> int:
    """The index of the token after the amount at `span` and the same amount
    in another currency in brackets right after it ("$41m (£31m) in
    bonuses": "in"), else of the token right after the amount."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text == "(":
        close = next((t.i for t in doc[end + 1:end + 8] if t.text == ")"), None)
        inside = doc[end + 1:close] if close is not None else ()
        found = find_amounts(inside.text) if close is not None and len(inside) else ()
        if len(found) == 1 and found[0].unit in CURRENCIES and len(found[0].text) >= len(inside.text) - 8:
            return close + 1  # "(about £31m)": one sum of money, and little else
    return end


def _a_reason(prep, root) -> bool:
    """Whether `prep`, a "for" after the amount headed by `root`, gives why
    a verb of reward or penalty (`_REWARDING`) gave it ("was awarded $2
    million for his research"): a reason, not what the money is."""
    verb = _clause_verb(root)
    return prep.lower_ == "for" and verb is not None and _lemma(verb) in _REWARDING


_MONEY_FORMS = frozenset("cash coin bill banknote note currency cheque check bullion".split())
"""Nouns for the form money takes ("$52 million in cash"): what it is in,
not what it is for."""
_LOSING = frozenset("waste lose steal misspend squander embezzle misuse misappropriate divert".split())
"""Verbs of money gone astray: "$3 billion in contracting had been wasted"
measures the waste, not the contracting."""


def _fate(root) -> str:
    """" wasted" when the amount headed by `root` is the subject of a verb
    of money gone astray given in its participle ("had been wasted",
    "were lost"), else ""."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or _lemma(verb) not in _LOSING:
        return ""
    participle = _participle(verb)
    return f" {participle}" if participle and verb.tag_ == "VBN" else ""


def _held(noun, unit: str) -> str | None:
    """A share a person got ("Sarah Palin earned 10 percent support"):
    "Sarah Palin's support"; None for anything else."""
    if unit != "%" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    subject = _subject(noun.head)
    return f"{_phrase(subject)}'s {_phrase(noun)}" if subject is not None and subject.ent_type_ == "PERSON" else None


_CHANGE_NOUNS = frozenset("""fall drop rise increase decrease decline jump surge plunge slump climb gain cut
    reduction growth slide tumble leap hike""".split())
"""Nouns of a change, whose "to" amount is the level the changed thing
reaches, not the size of the change ("a drop in fares from $9 to $6")."""


def _level_of(change) -> str | None:
    """What the change noun `change` says changed ("fares" of "the drop in
    fares"), whose level an amount after its "to" gives; None when it
    does not say."""
    prep = next((c for c in change.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    changed = next((t for t in prep.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")
                    and not _an_amount(t)), None) if prep is not None else None
    return _phrase(changed, with_prep=False) if changed is not None else None


def _changed(noun, unit: str):
    """The noun "in" `noun` hangs from, when a share or money is "of" it:
    "a decline in black turnout of about 40 percent" is the decline's
    size, not the turnout's (the parser hangs "of" on the nearer noun);
    else `noun`."""
    prep = noun.head
    if unit in CURRENCIES or unit == "%":
        if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
            return prep.head
    return noun


def _owned(noun) -> str:
    """`noun`'s phrase, and what has it when it hangs from "with" ("a
    missile with a range of 11,000 kilometres": the range of the missile)."""
    phrase = _phrase(noun)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if holder is not None and holder.pos_ in ("NOUN", "PROPN") and " of " not in phrase:
        return f"{phrase} of {_phrase(holder, with_prep=False)}"
    return phrase


def _of_object(root, inside: set[int]) -> str | None:
    """"26 percent of the shares from this project" -> "the shares from this project"."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in inside:
            objects = [t for t in child.children if t.dep_ == "pobj" and t.pos_ != "PRON"]
            if objects and (objects[0].lemma_.lower() == "time" or objects[0].ent_type_ in ("MONEY", "PERCENT")):
                return None  # "10 percent of the time": how often; "within $2 million of the $9 million": no thing
            if objects:
                return _listed(objects[0]) + _bound_after(objects[0])
    return _fronted_whole(root)


def _fronted_whole(root) -> str | None:
    """"pupils in region" of "Of the 4 million pupils in the region, 31
    percent walk to school": the whole a share is of, fronted in an "of"
    phrase that opens the sentence, on the verb the share is the subject
    of; None for any other amount."""
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or root.ent_type_ != "PERCENT":
        return None
    opening = verb.sent[0]
    if opening.lower_ != "of" or opening.dep_ != "prep" or opening.head.i != verb.i:
        return None
    objects = [t for t in opening.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
    return _listed(objects[0]) if objects else None


def _listed(noun, with_prep: bool = True) -> str:
    """`noun`'s phrase (with its complement when `with_prep`), or with the
    nouns listed after it by "and"/"or" ("$200 million of cash, stock and
    options": "cash, stock and options", not the cash alone)."""
    listed, token = [noun], noun
    while (token := next((c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                          and not _an_amount(c)), None)) is not None:
        listed.append(token)
    if len(listed) == 1:
        return _phrase(noun, with_prep=with_prep)
    word = next((c.lower_ for t in listed for c in t.children if c.dep_ == "cc"), "and")
    phrases = [_phrase(t, with_prep=False) for t in listed]
    return f"{', '.join(phrases[:-1])} {word} {phrases[-1]}"


_BOUNDS = frozenset("under over above below".split())


def _bound_after(noun) -> str:
    """" under 30" when a bound by a bare number follows `noun` right after
    its phrase though the parse hung it elsewhere ("won 83% of voters under
    30 in Ohio", "under 30" on "won"): which of them the share is of; a
    year is when, not a bound ("over 2015").  Else ""."""
    doc, end = noun.doc, noun.right_edge.i + 1
    if end + 1 >= len(doc) or doc[end].lower_ not in _BOUNDS or doc[end].head.i == noun.i:
        return ""
    number = doc[end + 1]
    if not number.like_num or number.dep_ != "pobj" or number.head.i != end or YEAR.fullmatch(number.text) \
            or number.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or end + 2 < len(doc) and doc[end + 2].like_num:
        return ""
    return f" {doc[end].lower_} {number.text}"


def _from_verb(verb, of_noun: str | None, root, unit: str = "") -> str | None:
    """"The project is estimated to cost" -> "cost of the project";
    "capacity to transport ... of gas" -> "capacity to transport gas"."""
    lemma = _lemma(verb)
    subject = _subject(verb) or (_antecedent(verb) if lemma in _VERB_NOUNS and unit in CURRENCIES else None)
    if unit == "%" and of_noun and subject is not None and subject.i == root.i and lemma in _OPINION:
        # "51 percent of respondents said they would vote for Clinton": the
        # share of those who say or do something, which "respondents" alone
        # misstates; the figure is shown with its sentence instead.
        return None
    if unit == "%" and of_noun and subject is not None and subject.i == root.i \
            and (lemma not in _MAKING_UP or _a_state_said(verb, lemma)) \
            and not (verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)):
        # "30 percent of patients show no signs": the share of those who do
        # it, which "share of patients" alone misstates (as if 30 percent
        # were patients at all).  Not "with 30 percent of his pay going to
        # rent": a participle, no clause of its own.
        return _share_doing(verb, root, of_noun)
    if subject is not None and (subject.i == root.i or subject.like_num or subject.pos_ == "PRON"
                                or subject.ent_type_ in ("MONEY", "PERCENT") or _a_second_object(verb, root)):
        # The amount itself ("26 percent of them were ..."), or another ("27 percent ..., tripling the 9 percent");
        # nor is a second amount the verb's object the subject's ("took 44 percent to Sparks’ 31 percent").
        subject = None
    moved = _moved(verb, root) if unit in ("%", "percentage points") else None
    if moved is not None:
        return moved
    noun = _VERB_NOUNS.get(lemma)
    if noun == "amount raised" and _still_to_do(verb):
        noun = "amount to be raised"  # "is working to raise $5 million": a goal, not money in hand
    if subject is not None and unit == "%" and lemma == "earn" \
            and (subject.ent_type_ == "PERSON" or is_title_word(subject.text)):
        return f"{_phrase(subject)}'s share"  # "Pawlenty earned 6 percent" (of a poll): no earnings
    if noun and subject is None and unit in CURRENCIES and (verb.tag_ == "VBG" and verb.dep_ == "pcomp"
                                                            or lemma in _SPENT_ON and _generic_doer(verb)):
        # "plans call for spending $1 trillion to modernize the fleet": a spending no one is said to do
        what = _spent_on(verb, root, lemma) or _aim(verb)
        return f"{noun}{what}" if what else None
    if lemma == "save" and unit in CURRENCIES:
        return _saved(verb, subject)
    given = _given_to(verb, lemma) if noun and unit in CURRENCIES else None
    if given is not None:
        return f"{noun} {_GIVING[lemma]} {_joined(given)}"  # "Lind was paid $2 million": a payment to Lind
    if noun and subject is None and unit in CURRENCIES and lemma in _PAYING_BACK and _said_by_pronoun(verb):
        # "He repaid the fund $4,000": who paid, the pronoun cannot say; whom it went back to says what it was
        recipient = _recipient(verb)
        if recipient:
            return f"{noun}{recipient}{' (pledged)' if _pledged(verb) else ''}"
    if noun and subject is not None and not (unit == "%" and of_noun):  # "gave 10 percent of their income"
        owner = _respective(subject, verb, root)
        source = _source(verb) + _spent_on(verb, root, lemma) + _recipient(verb) + _spent_when(verb, root) \
            if unit in CURRENCIES else ""
        pledged = " (pledged)" if lemma in _PAYING_BACK and _pledged(verb) else ""
        return f"{noun} {'by' if lemma in _BY_AGENT else 'of'} {owner}{source}{pledged}" if owner else None
    if of_noun and subject is not None and lemma in _HOLDING:
        return _restricted_whole(root) or f"{_phrase(subject)}'s {of_noun}"
    if subject is not None and lemma == "be" and root.dep_ == "attr" and not of_noun:
        return _phrase(subject)  # "the budget was $640 million": the budget
    # not a share: "8 percent is the share of voters who ..." would lose which voters
    named = _named_by_copula(verb, root) if lemma == "be" and unit not in ("%", "percentage points") else None
    if named is not None:
        return named  # "$2 million is the cost of the works": the cost of the works
    if subject is not None and unit == "%" and (lemma in _HOLDING | _WINNING or lemma in _CLAIMING
                                                and (_a_person(subject) or subject.ent_type_ in ("ORG", "NORP"))):
        # "Ann Berg got 27 percent" (of a vote, a market); not in a paragraph that counts
        # those who would not back someone ("... would not support him. Berg gets 16 percent")
        whole = _whole_set_against(verb)  # "A took half of the seats, while B took 30 percent": of the seats
        return None if _counting_refusals(verb) else f"{_phrase(subject)}'s share{f' of {whole}' if whole else ''}"
    spending = _money_meant(verb, root, lemma, noun) if unit in CURRENCIES else None
    if spending is not None:
        return spending  # "a plan to spend $3 billion to keep buses running": the spending, what for
    if verb.dep_ in ("acl", "relcl", "xcomp") and verb.head.pos_ == "NOUN" and verb.tag_ == "VB" \
            and not _finite(verb):
        # An infinitive on a noun ("capacity to transport"), not a finite clause
        # ("the attacks that killed nearly 3,000 people" is no "attacks to kill",
        # nor "the candidate who will unite 70 percent of the party" a "candidate to unite").
        what = f" {of_noun}" if of_noun else ""
        return f"{_phrase(verb.head)} to {_verb_words(verb)}{what}"
    taken = _taken_from(verb, unit) if root.dep_ == "dobj" and not of_noun else None
    if taken:
        return taken
    if subject is not None and of_noun and unit == "%":
        if lemma in _MAKING_UP:
            return f"{_listed(subject)} as a share of {of_noun}"  # "A, B and C make up 5%": all three together
        # "donated 10 percent of their income": the share of the income donated, not "the Clintons as a share"
        done = _participle(verb) or (f"to {_verb_words(verb)}" if _an_infinitive(verb) else None)
        return f"share of {of_noun} {done}" if done else None
    # "cabling (be)" says nothing of what the amount is, nor does its doer:
    # "Mr. Trump (leave)" of "left 800,000 workers without pay".
    if subject is not None and of_noun and unit != "%" and root.dep_ == "dobj" and not _definite_of(root):
        # "each crate held 9 inches of wire": the wire, not "crate (hold)"; "of the element" points back
        return of_noun
    if subject is not None and lemma != "be" and not _a_person(subject):
        return _done_by(verb, subject, root, unit) or f"{_phrase(subject)} ({_verb_words(verb)})"
    # "70 percent of the party that dislikes Lind": the whole with the clause that says which part
    return _share_of((_restricted_whole(root) if unit == "%" else None) or of_noun, unit)


_PROPOSAL_NOUNS = {"proposal": "proposed", "plan": "planned", "request": "requested", "bid": "proposed",
                   "pledge": "pledged", "promise": "pledged", "offer": "offered"}
"""Nouns for money only put forward, by the word that says so of it ("a
proposal to spend $3 billion": proposed spending)."""


def _money_meant(verb, root, lemma: str, noun: str | None) -> str | None:
    """What money the infinitive `verb` on a noun of proposing puts forward
    ("an old plan to spend $3 billion to keep 9,000 buses running":
    "planned spending to keep 9,000 buses running"), the amount (headed by
    `root`) its object: the spending and what it is for, as the verb's
    own noun (`_VERB_NOUNS`) says; not the words of the noun and verb
    ("old plan to spend"), which name no measure.  None when the verb is
    no money verb or what the money is for goes unsaid."""
    head = verb.head
    if noun is None or verb.dep_ not in ("acl", "xcomp") or verb.tag_ != "VB" or root.dep_ != "dobj" \
            or head.pos_ != "NOUN" or head.lemma_.lower() not in _PROPOSAL_NOUNS:
        return None
    # the parser hangs the purpose on the verb as its complement as often as as an adverbial clause
    what = _spent_on(verb, root, lemma) or _aim(verb, ("advcl", "xcomp"))
    return f"{_PROPOSAL_NOUNS[head.lemma_.lower()]} {noun}{what}" if what else None


_PLEDGING = frozenset("promise pledge vow agree offer undertake commit".split())


def _pledged(verb) -> bool:
    """Whether `verb` is only promised: under "will" or "would" ("said he
    would repay the $900"), or the infinitive of a verb of pledging
    ("vowed to repay $900"); money owed back is not yet money paid back."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and _lemma(verb.head) in _PLEDGING


def _said_by_pronoun(verb) -> bool:
    """Whether the subject of `verb` is a personal pronoun ("he", "they"),
    not a relative one ("who"), which stands for a noun the parse names."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.tag_ not in ("WP", "WDT") for c in verb.children)


def _antecedent(verb):
    """The noun a relative clause of `verb` is on, when its subject is the
    relative pronoun ("donors who contribute $500", "the leader, who had
    raised $5 million", "the dam, which will cost $2 billion"): a common
    noun or a person's name, who does what the verb says; None for any
    other clause.  The pronoun may open a clause of saying or estimating
    that `verb` completes ("the dam, which the mayor says will cost $2
    billion"): it is still the subject of `verb`, not of the saying."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = verb.head if verb.dep_ == "ccomp" and _lemma(verb.head) in _OPINION | _ESTIMATING else verb
    noun = clause.head
    if clause.dep_ != "relcl" or subject is None or subject.tag_ not in ("WP", "WDT"):
        return None
    if subject.lower_ == "which" and (noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN"):
        # "which" stands for a thing: "a hat worn by Ann Lee, which sold for
        # $90" hangs on the name; the hat the participle describes is meant.
        return _described_by_a_participle(noun)
    if not (noun.pos_ == "NOUN" or noun.ent_type_ == "PERSON") or _an_amount(noun):
        return None
    return noun


_WITHIN_A_PARTICIPLE = frozenset("pobj prep agent compound conj appos".split())
"""Links from a name up to the participle whose phrase holds it ("worn by
Ann Lee and Bo Tull as the Queen")."""


def _described_by_a_participle(name):
    """The common noun a participle phrase holding `name` describes ("a hat
    worn by Ann Lee": the hat), or None when `name` stands in no such phrase."""
    token = name
    while token.dep_ in _WITHIN_A_PARTICIPLE and token.head.i != token.i:
        token = token.head
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" and not _an_amount(token.head):
        return token.head
    return None


_ESTIMATING = frozenset("estimate reckon calculate figure guess project predict".split())
"""Verbs of reckoning an amount, under which a relative pronoun may be the
subject of the clause they take ("which she estimates would cost")."""


_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths majority share".split())


def _whole_set_against(verb) -> str | None:
    """The whole a share of the clause `verb` is set against is of, when
    that clause says it and this one leaves it out ("A won half of the
    seats, while B won 30 percent": of the seats too): the clause is joined
    to `verb`'s head ("and", "while"), whose verb also wins or holds and
    whose object is an amount or a fraction with an "of" noun.  None
    otherwise."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj") or head.i == verb.i or _lemma(head) not in _HOLDING | _WINNING | _CLAIMING:
        return None
    share = next((c for c in head.children if c.dep_ == "dobj"
                  and (_an_amount(c) or c.lemma_.lower() in _FRACTIONS)), None)
    return _of_object(share, set()) if share is not None else None


_DEMONSTRATIVES = frozenset("this that".split())


def _saved(verb, subject) -> str | None:
    """What money `verb` ("save") saves measures: the savings of its
    subject, whether one who saves ("residents will save $300") or a thing
    that saves ("the new boilers will save $2 million"), which "of" covers
    both; the savings for whom a second object names ("saves the city $2
    million"); bare savings when "this"/"that" points back to what saves;
    None when denied or when the one who saves is a pronoun ("he")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    saver = next((c for c in verb.children if c.dep_ in ("dative", "iobj")), None)
    if saver is not None:  # "saves the city $2 million": the city's savings; "saving them $600": whose, unsaid
        return None if saver.pos_ == "PRON" else f"savings for {_phrase(saver)}"
    if subject is None:
        pointing = any(c.dep_ == "nsubj" and c.lower_ in _DEMONSTRATIVES for c in verb.children)
        return "savings" if pointing else None
    return f"savings of {_joined(subject)}"


def _named_by_copula(verb, root) -> str | None:
    """What the amount headed by `root`, the subject of "be" `verb`, is
    said to be, when the other side is a definite noun ("$2 million is the
    cost of the works"): that noun with its
    complement.  None for an indefinite one ("$5 million is a lot of
    money": a judgment, not a measure) and for any other amount."""
    if root.dep_ != "nsubj" or root.head.i != verb.i:
        return None
    named = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and not _an_amount(c)), None)
    if named is None or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in named.children):
        return None
    return _phrase(named)


_COUNTS = frozenset({"jobs", "deaths", "casualties", "doses", "vaccine doses"}) | _PEOPLE
"""Units that count things a doer makes or takes ("created 1,000 jobs")."""
_MODALS = frozenset("will would could may might".split())


def _done_by(verb, subject, root, unit: str) -> str | None:
    """What the object amount headed by `root` is, told by `verb` and its
    doer `subject` in English rather than "deal (create)": "money misused
    by couple" (money, a verb in "-ed"), "jobs created by plant", "jobs
    the tax deal would create" (a count under a modal); None for any
    other amount, verb or a denied one."""
    noun = "money" if unit in CURRENCIES else unit if unit in _COUNTS else None
    if noun is None or root.dep_ != "dobj" or root.head.i != verb.i \
            or any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in verb.children):
        return None
    participle = _participle(verb)
    if participle is not None:
        return f"{noun} {participle} by {_phrase(subject)}"
    shared = verb.head.children if verb.dep_ == "conj" else ()  # "would increase growth and create jobs"
    modal = next((c.lower_ for c in (*verb.children, *shared) if c.dep_ == "aux" and c.lower_ in _MODALS), None)
    if modal is None or noun == "money" or verb.tag_ != "VB":
        return None
    the = "the " if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) else ""
    return f"{noun} {the}{_phrase(subject)} {modal} {verb.lower_}"


def _undergone(verb, root) -> str | None:
    """What a share headed by `root`, the subject of the passive `verb`,
    underwent ("were cured by the serum" -> "cured by the serum"): the
    participle's own words (`_predicate`), which "share of mice" alone
    leaves out; None when it is no passive subject or the words say
    nothing short."""
    if root.dep_ != "nsubjpass" or verb.tag_ != "VBN" or _lemma(verb) in REPORTING:
        return None
    words = _predicate(verb, verb.i)
    return None if words is None or _how_left_out(verb, words) else words


_MEANS = frozenset("with through via by because".split())
"""Prepositions by which a clause says how or why its verb came about
("cured with a drug", "cleared because of new tests")."""


def _how_left_out(verb, words: str | None) -> bool:
    """Whether `verb` has a phrase of reason or means after it (a
    subordinate clause, "using ...", or "with", "through", "by" ...)
    whose words `words`, the predicate the measure keeps, do not hold
    whole: "share of men freed" of "were freed using DNA tests" says
    something false, that only that share was freed."""
    for child in verb.children:
        if child.i < verb.i or not (child.dep_ in ("advcl", "xcomp", "agent")
                                    or child.dep_ == "prep" and child.lower_ in _MEANS):
            continue
        phrase = child.doc[child.left_edge.i:child.right_edge.i + 1].text
        if not words or phrase not in words:
            return True
    return False


def _definite_of(root) -> bool:
    """Whether the "of" object of the amount headed by `root` has a definite
    determiner ("550 tonnes of the element"): a thing named before, which
    the words alone may not say."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those")
        for o in c.children if o.dep_ == "pobj" for d in o.children) for c in root.children)


_VOTE_NOUNS = frozenset("vote votes ballot ballots electorate".split())


def _won_with(root, whole: str | None) -> str | None:
    """"Lind's share of vote in primaries" of "Lind won primaries with 79
    percent of the vote": a share of a vote that is the "with" of a verb
    whose subject is a person is that person's share; the contest a "win"
    names as its object goes with it.  None for any other share (a whole
    no vote, a subject no person)."""
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or verb.pos_ != "VERB" or not whole \
            or whole.split()[-1].lower() not in _VOTE_NOUNS:
        return None
    subject = _subject(verb)
    if subject is None or not (_a_person(subject) or subject.ent_type_ == "ORG"):
        return None
    contest = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not _an_amount(c)), None) \
        if _lemma(verb) == "win" else None
    held = f"{_phrase(subject, with_prep=False)}'s share of {whole}"
    return f"{held} in {_phrase(contest, with_prep=False)}" if contest is not None else held


def _a_state_said(verb, lemma: str) -> bool:
    """Whether `verb` is "be" with an adjective after it ("57 percent of
    pupils were female", "12 percent of the workforce is unemployed"): a
    state the share is in, which "share of pupils" alone leaves out."""
    return lemma == "be" and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.children)


_PERSON_NOUNS = _PEOPLE | frozenset("""persons individuals patients voters adults children men women respondents
    participants members users customers employees citizens contacts pupils girls boys teenagers""".split())
"""Plural nouns for people, whose clause takes "who" ("patients who ...")."""


def _share_doing(verb, root, whole: str) -> str | None:
    """"share of those who caught the fever who had no rash" of "30
    percent of those who caught the fever had no rash": the share of
    the whole (with the clause that says which) that does what the active
    `verb`, whose subject the share headed by `root` is, says; its
    auxiliaries and "not" kept ("will not vote").  None when those words
    say nothing short (`_predicate`)."""
    start = min([c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i] + [verb.i])
    if start < root.i:
        return None  # "Do 30 percent of voters ...?": a question, the order broken
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i != root.i for c in verb.children):
        return None  # "22% of the neighbours — few of whom reported a fever — had ...": the aside's verb
    done = _predicate(verb, start)
    if done is None:
        return None
    whole = _restricted_whole(root) or whole
    head = whole.split(" who ")[0].split()[-1].lower()
    relative = "who" if " who " in f" {whole} " or head in _PERSON_NOUNS or is_role_word(head) else "that"
    named = whole if whole.split()[0].lower() in ("share", "shares") else f"share of {whole}"  # said so already
    return f"{named} {relative} {done}"


def _share_of(whole: str | None, unit: str) -> str | None:
    """What a percentage "of" a `whole` measures: a share of it ("0.4
    percent of the population" is no population); an amount in another
    unit is part of the whole itself ("12 tons of the grain")."""
    if not whole or unit != "%" or whole.split()[0].lower() in ("share", "shares"):
        return whole  # "26 percent of the shares" is said so already
    return f"share of {whole}"


_SPENT_ON = {"spend": "on", "contribute": "to", "allocate": "to", "devote": "to", "earmark": "for"}
"""The preposition that says what money spent, contributed or set aside went to ("devoted
$2 million to schools"; not "invested $5 million in Ostrava": "in" names places as often
as things)."""


def _generic_doer(verb) -> bool:
    """Whether `verb`'s own subject is a pronoun ("you can contribute up to
    $7,000 to a plan"): a doer the measure need not name, unlike a subject
    the parse hung elsewhere, which may be another's."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _spent_on(verb, root, lemma: str) -> str:
    """" on contractors in Iraq and Syria" of "has spent $117 billion on
    contractors in Iraq and Syria": what the money went to (hung on the
    verb or on the amount `root`), with the place or thing its own phrase
    names; "" when the text says none, or names a place or a time
    ("spent $2 million on Tuesday")."""
    wanted = _SPENT_ON.get(lemma)
    prep = next((c for c in (*verb.children, *root.children) if c.dep_ == "prep" and c.lower_ == wanted), None)
    thing = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in _NOT_MEASURED or _an_amount(thing):
        return ""
    where = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ in ("in", "for", "of")), None)
    place = next((t for t in where.children if t.dep_ == "pobj"), None) if where is not None else None
    return f" {wanted} {_phrase(thing, with_prep=False)}" + (f" {where.lower_} {_joined(place)}" if place is not None else "")


def _given_to(verb, lemma: str):
    """Who got the money of the passive `verb` of giving (`_GIVING`): its
    subject ("Lind was paid $2 million"), or, for a relative pronoun, the
    noun its clause is on ("Lind, who was paid $2 million"); who was fined
    ("fined the bank"); None for another active verb, another verb or a
    pronoun."""
    if lemma not in _GIVING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"
                    or c.dep_ == "dative" and lemma == "fine" and not _an_amount(c)), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


_TIME_PREPOSITIONS = frozenset("in during over since through between".split())


def _spent_when(verb, root) -> str:
    """" in March and April" of "Lind spent more than $3 million in March and
    April alone": the phrase of time `verb` has after the amount headed by
    `root`, which bounds the money to that time (so it is not read as
    the whole); "" when there is none.  Only a phrase all of whose words
    after the preposition are a date, and short."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > root.i and c.lower_ in _TIME_PREPOSITIONS):
        words = [t for t in prep.subtree if t.i != prep.i]
        if words and len(words) <= 6 and all(t.ent_type_ == "DATE" or t.dep_ == "cc" for t in words):
            words += _more_time(words[-1])
            return f" {prep.lower_} " + "".join(t.text_with_ws for t in words[:-1]) + words[-1].text
    return ""


def _more_time(last) -> list:
    """The tokens of a second time joined by "and" right after the token
    `last` ("in 2019 and the first half of 2020", the second hung
    elsewhere by the parse): part of the one period, which cut after its
    first half would say less than the text; [] when none follows, or a
    long one."""
    doc, start = last.doc, last.i + 1
    if start + 1 >= len(doc) or doc[start].lower_ not in ("and", "or") or doc[start + 1].ent_type_ != "DATE":
        return []
    end = start + 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "DATE":
        end += 1
    return list(doc[start:end + 1]) if end - start <= 6 else []


def _recipient(verb) -> str:
    """" to X" when `verb` names who gets the money as its indirect object
    ("the agency owed Lind $400": a debt to Lind, not the agency's debt at
    large; "paid the workers $2 million") or, for a verb of paying back
    (`_PAYING_BACK`), as the object of its "to" ("repaid $4,000 to the fund");
    "" when it names none or only a pronoun."""
    given = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")
                  and not _an_amount(c)), None)
    if given is None and _lemma(verb) in _PAYING_BACK:
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        given = next((t for t in to.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")
                      and not _an_amount(t)), None) if to is not None else None
    return f" to {_joined(given)}" if given is not None else ""


def _aim(verb, deps: tuple[str, ...] = ("advcl",)) -> str:
    """" to modernize and maintain the fleet" of "spending $1 trillion to
    modernize and maintain the fleet": what the money of `verb` is for, as
    its infinitive says (hung on it by one of `deps`), when short; else ""."""
    aim = next((c for c in verb.children if c.dep_ in deps and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    words = []
    for token in aim.subtree if aim is not None else ():
        if token.text in _BREAKS:
            break  # "to maintain the fleet, which ...": the clause on its last noun is another's
        words.append(token)
    if not words or len(words) > _CLAUSE_WORDS:
        return ""
    return " " + "".join(t.text_with_ws for t in words[:-1]) + words[-1].text


def _an_infinitive(verb) -> bool:
    """Whether `verb` is a bare infinitive after "to" ("urged them to
    process ...")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _still_to_do(verb) -> bool:
    """Whether `verb` is an infinitive that a verb in the present or future
    aims at ("is working to raise", "hopes to raise", "will try to raise"):
    what it would do, not what was done.  Not after a verb in the past
    ("managed to raise") nor an adjective ("was able to raise")."""
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") \
        and verb.head.tag_ != "VBD" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_REFUSING = _OPINION - REPORTING
"""Verbs of backing or thinking that, denied, count refusals ("would not
support him")."""


def _counting_refusals(verb) -> bool:
    """Whether the paragraph of `verb`, up to it, denies a verb of backing
    ("25 percent say they would definitely not support him"; "leads with
    'definitely not support' with 6 percent"): the shares it lists are of
    those who refuse someone, so a bare "Berg gets 16 percent" there is no
    share of Berg's support."""
    doc, i = verb.doc, verb.i
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text or "\n" in doc[i].whitespace_):
        token = doc[i]
        if token.pos_ == "VERB" and token.lemma_.lower() in _REFUSING and any(c.dep_ == "neg" for c in token.children):
            return True
        i -= 1
    return False


def _finite(verb) -> bool:
    """Whether the bare verb `verb` heads a clause of its own: it has a
    subject ("who will unite") or a modal ("will unite"), as an
    infinitive ("capacity to transport") never has."""
    return any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _a_second_object(verb, root) -> bool:
    """Whether the amount `root` comes after another the parse also makes
    `verb`'s object ("claiming 44 percent of the vote to Sparks’ 31
    percent"): the later is someone else's."""
    objects = ("dobj", "npadvmod")
    return root.dep_ in objects and any(c.dep_ in objects and c.i < root.i and _an_amount(c) for c in verb.children)


def _restricted_whole(root) -> str | None:
    """"90% of the delegates needed to clinch the nomination" -> "delegates
    needed to clinch the nomination": the whole a share is of, with the
    clause that says which, when it has one; "Lind's delegates" would
    misstate it.  Else None."""
    of = next((t for t in root.children if t.dep_ == "prep" and t.lower_ == "of"), None)
    whole = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    clause = next((t for t in whole.children if t.dep_ in ("acl", "relcl")), None) if whole is not None else None
    if clause is None:
        return None
    # What hangs on a later verb of the clause ("... after all the votes are counted") is the clause's setting;
    # an infinitive on a participle other than one of need ("votes cast to earn four seats") the purpose of the
    # main clause, misplaced by the parser.
    words = [t for t in clause.subtree if not any(a.dep_ in ("prep", "advcl", "npadvmod") and a.head.i != clause.i
                                                    and a.head.pos_ in ("VERB", "AUX") or _a_purpose(a, clause)
                                                    for a in _up_to(t, clause))]
    if len(words) == 1:
        return None  # a bare participle ("votes cast") does not say which: the holder says whose
    said = "".join(t.text_with_ws if t.i + 1 == after.i else f"{t.text} " for t, after in zip(words, words[1:]))
    return f"{_phrase(whole, with_prep=False)} {said}{words[-1].text}"


_NEEDING = frozenset("need require".split())
"""Verbs whose infinitive says what for ("the seats needed to form a
cabinet"): a part of which whole is meant."""


def _a_purpose(token, clause) -> bool:
    """Whether `token` is an infinitive the parser hung on the participle
    `clause` of no verb of need: the main clause's purpose."""
    return token.dep_ == "advcl" and token.head.i == clause.i and token.tag_ == "VB" and clause.tag_ == "VBN" \
        and clause.lemma_.lower() not in _NEEDING


def _up_to(token, top) -> list:
    """`token` and its heads up to `top`, `top` excluded."""
    chain = []
    while token.i != top.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


def _moved(verb, root) -> str | None:
    """"helped lift the index 1.4 percent" -> "index (lift)": a share by
    which the verb moves its object measures the object's change, not its
    doer's (the results that lifted it); None when the share is no adverb
    of the verb or the verb has no other object.  (Money or a count after
    an object is most often what was given: "buy the city some
    20 miles of road".)"""
    if root.dep_ == "dobj" and root.head.i == verb.i:
        # "lift the Hang Seng 1.4 percent", parsed as one phrase: the name before the amount
        moved = next((c for c in root.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < root.i), None)
        return f"{_phrase(moved)} ({_verb_words(verb)})" if moved is not None else None
    if root.dep_ != "npadvmod" or root.head.i != verb.i:
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.i != root.i and not c.like_num), None)
    if moved is not None and any(g.like_num or g.lower_ in ("percent", "%") for g in moved.children):
        return None  # "receiving 19 percent support in X, 17 percent in Y": the object is the first amount's
    return f"{_phrase(moved)} ({_verb_words(verb)})" if moved is not None else None


def _a_person(token) -> bool:
    """Whether `token` names a person, by name or by role ("the congressman")."""
    return token.ent_type_ == "PERSON" or is_role_word(token.text)


def _taken_from(verb, unit: str = "") -> str | None:
    """"voted to cut $39 billion from food stamps" -> "cut from food stamps":
    what an amount (the verb's object) is taken from says what it
    measures, where its doer ("House (cut)") does not.  Money the text
    gives a participle for is named as money so ("had accepted $200,000
    from banks" -> "money accepted from banks"), not by a bare verb
    ("accept from banks")."""
    source = next((t for t in verb.children if t.dep_ == "prep" and t.lower_ == "from"), None)
    thing = next((t for t in source.children if t.dep_ == "pobj"), None) if source is not None else None
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or _an_amount(thing) or thing.ent_type_ == "DATE":
        return None
    what = re.sub(r"^the ", "", _entity(thing).text) if thing.ent_type_ else _phrase(thing)
    participle = _participle(verb) if unit in CURRENCIES else None
    return f"money {participle} from {what}" if participle else f"{_verb_words(verb)} from {what}"


def _participle(verb) -> str | None:
    """`verb` as written when the text gives its past participle, with its
    particle ("accepted" of "had accepted", "trimmed"); None for a bare
    verb ("voted to cut") or an irregular past ("took")."""
    if not (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed")):
        return None
    particles = [t.lower_ for t in verb.children if t.dep_ == "prt"]
    return " ".join([verb.lower_, *particles])


def _entity(token):
    """The named entity `token` is part of, as a span: found from its own
    IOB tags, not by a search through every entity of the doc."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _verb_words(verb) -> str:
    """`verb`'s lemma with its particle: "make up", "account for" (of
    "Fungi make up about 2 percent"), not "make"."""
    particles = [t.lower_ for t in verb.children if t.dep_ == "prt"]
    return " ".join([verb.lemma_, *particles])


def _lemma(verb) -> str:
    """`verb`'s lemma, or its past form cut to one the tables know when the
    lemmatizer missed it ("fined" -> "fin" -> "fine")."""
    lemma = verb.lemma_.lower()
    if lemma not in _KNOWN_VERBS and verb.lower_.endswith("ed"):
        return next((form for form in (verb.lower_[:-1], verb.lower_[:-2]) if form in _KNOWN_VERBS), lemma)
    return lemma


def _subject(verb):
    """The subject of `verb`, or of the verb it hangs from ("is estimated to
    cost"), or None."""
    joined = None  # the verb of a clause joined by "and"/"but" that borrows its head's subject
    for _ in range(3):
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 and not any(_an_amount(t) for t in subjects):
            # A verb has one subject: of two the parse gives it ("so many people struggling ..., and
            # workers out there getting $6"), the one nearest before it is its own (an amount
            # among them is the amount's own clause: "found that 19% of contacts ... had").
            subjects = sorted(subjects, key=lambda t: (t.i > verb.i, -t.i))
        if subjects:
            if joined is not None and not _agrees(joined, subjects[0]):
                return None  # "Ants are small, but whales dwarf them" parsed with "whales" a verb: not the ants'
            subject = _participle_noun(verb, subjects[0])
            return _described(subject) if subject.pos_ != "PRON" else None
        if any(t.dep_ in ("csubj", "csubjpass") for t in verb.children):
            return None  # "caring for a child can cost": a doing, no noun to name
        if verb.dep_ not in ("xcomp", "conj", "advcl") or verb.head is verb:
            return None  # nor the subject of the verb a clause is said under ("Lind said [it] can cost")
        doer = _controller(verb) or _unjoined_subject(verb)
        if doer is not None:
            return _described(doer) if doer.pos_ != "PRON" else None
        if verb.dep_ in ("conj", "advcl") and _subject_between(verb.head, verb):
            return None  # "A spent $1 million, while a new group has spent $2 million": not A's
        if verb.dep_ == "conj":
            joined = verb
        verb = verb.head
    return None


def _unjoined_subject(verb):
    """The noun right before the verb phrase of `verb` when the parse joined
    that verb to an earlier one ("conj") with no "and", "or", "but" or
    comma between them ("a filing showing the pair had earned $5 million",
    "earned" hung on "filed"): nothing coordinates the two, so the noun
    the parse made the earlier verb's object is this verb's subject, not
    the earlier verb's subject.  None for a true coordination or when the
    word before is no noun.  An "and" inside a noun phrase ("showing the
    builder and his firms had lost $4 million") joins nouns, not the verbs:
    the noun phrase, from its first noun, is the subject."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.left_edge.i == 0:
        return None
    doc, head = verb.doc, verb.head
    if any(t.dep_ in ("cc", "punct") and not _joins_nouns(t) for t in doc[head.i + 1:verb.left_edge.i]):
        return None
    before = doc[verb.left_edge.i - 1]
    while before.dep_ == "conj" and before.head.i < before.i and before.head.pos_ in ("NOUN", "PROPN"):
        before = before.head  # "his firms" of "the builder and his firms": the phrase starts at "builder"
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("dobj", "pobj") or before.i <= head.i:
        return None
    return before


def _joins_nouns(cc) -> bool:
    """Whether the conjunction `cc` joins two nouns ("the builder and his
    firms"): it hangs from a noun that has a noun joined after it."""
    noun = cc.head
    return cc.dep_ == "cc" and noun.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "conj" and c.i > cc.i and c.pos_ in ("NOUN", "PROPN") for c in noun.children)


def _participle_noun(verb, subject):
    """The noun a past participle describes when the parser took a name
    at the end of the participle's phrase for the subject of `verb` ("the
    water pumped from the lake by the town's engine Old Bess turns out to
    be 3% of ...": the water's share, not Old Bess's).  The name follows a
    noun of the participle's phrase with no comma, "that" or other word of
    the clause between, as no subject of its own would; the participle has
    no auxiliary, so it describes a noun before it rather than heading a
    clause.  A pronoun ("the storms that cost ...") is no such name.  Else
    `subject`."""
    doc, start = subject.doc, subject.left_edge.i
    before = doc[start - 1] if start > subject.sent.start and subject.pos_ == "PROPN" else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return subject
    for participle in reversed(doc[subject.sent.start:before.i]):
        if participle.tag_ != "VBN" or verb.i in {t.i for t in _up_to(before, participle)} \
                or not participle.is_ancestor(before) or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
            continue
        noun = participle.head if participle.dep_ == "acl" else \
            next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i < participle.i else subject
    return subject


def _agrees(verb, subject) -> bool:
    """Whether the present-tense `verb` can have `subject`: a verb in "-s"
    (VBZ) takes no plural noun, a plural present (VBP) no singular one
    ("Ants are small, but whales dwarf them", with "whales" tagged a verb
    of "Ants", is a misparse).  Other tenses, pronouns and subjects joined
    by "and" tell nothing."""
    if subject.pos_ == "PRON" or any(c.dep_ == "conj" for c in subject.children):
        return True
    if verb.tag_ == "VBZ":
        return subject.tag_ not in ("NNS", "NNPS")
    if verb.tag_ == "VBP":
        return subject.tag_ not in ("NN", "NNP")
    return True


def _subject_between(head, clause) -> bool:
    """Whether a noun subject of another verb stands between the verb `head`
    and the verb of a `clause` joined to it ("the club reported ..., while
    a new group started by X has reported ...", the group parsed as the
    subject of "started"): the clause has a subject of its own, which the
    parser hung elsewhere, and does not share the head verb's."""
    low, high = sorted((head.i, clause.i))
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in (head.i, clause.i) and t.pos_ != "PRON"
               for t in head.doc[low + 1:high])


def _controller(verb):
    """The object of the verb an infinitive complements, which does what
    the infinitive says ("the board ordered the firm to pay $88,000": the
    firm pays, not the board), or None."""
    if verb.dep_ != "xcomp":
        return None
    return next((t for t in verb.head.children if t.dep_ == "dobj" and t.i < verb.i and not _an_amount(t)), None)


def _described(subject):
    """The noun a place describes when the parser made the place the
    subject: "The Sao Paulo, Brazil-based company sold ..." parses as "The
    Paulo" with "company" in apposition, a common noun without an article
    of its own (an apposition proper has one: "Acme, the company,").  Else
    `subject`."""
    if subject.pos_ == "PROPN" and any(t.dep_ == "det" and t.lower_ == "the" for t in subject.children):
        nouns = [t for t in subject.children if t.dep_ == "appos" and t.pos_ == "NOUN"
                 and not any(c.dep_ == "det" for c in t.children)]
        if nouns:
            return nouns[0]
    return subject


def _a_field_label(noun) -> bool:
    """Whether a colon follows the noun `noun`, the head of its phrase, right
    away ("Size: 4 kg Colour info: red"): the label of the next field in
    a line of labelled fields, which the amount before it does not measure."""
    return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ":"


_SUING = frozenset("lawsuit suit claim complaint demand".split())
"""Nouns of a sum asked for at law or of someone: "a $2 billion lawsuit"
is the amount the suit seeks, not what the suit costs."""


def _money_phrase(noun, unit: str) -> str | None:
    """"$2 billion North-South pipeline" -> "cost of the North-South pipeline";
    a money noun ("a $5 million loan") is itself what is measured; "$3
    million worth of shares" is the value of the shares; "a $2 billion
    lawsuit" the amount sought in it."""
    if noun.lower_ == "worth":
        of = _of_object(noun, set())
        return f"value of {of.removeprefix('the ')}" if of else "value"
    if noun.lemma_.lower() in _PARTITIVE:
        return _part_said(noun)
    if noun.lemma_.lower() in _MARKS:
        return _mark_reached(noun)
    phrase = _phrase(noun)
    if unit in CURRENCIES and noun.lemma_.lower() in _SUING:
        return f"amount sought in {phrase}"
    if unit in CURRENCIES and noun.lemma_.lower() not in _SUMS_NAMED:
        kept = _kept(noun)
        if kept is not None:
            return f"{_phrase(kept, with_prep=False)}'s {phrase}" if kept is not noun else phrase
        return f"cost of {phrase}"
    return phrase


_MARKS = frozenset("mark milestone threshold barrier".split())
"""Nouns of a level a quantity reaches or passes ("topped the $2 billion
mark"): the amount is where the level stands, not what the mark costs."""


def _mark_reached(noun) -> str | None:
    """"donations (surged past the mark)" of "donations have surged past the
    $2 billion mark": what reached or passed the level, by the verb that
    takes the mark (as its object or after a preposition); None when the
    subject is a pronoun or the parse gives no verb."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    verb = prep.head if prep is not None else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ == "PRON" or _an_amount(subject):
        return None
    how = f"{verb.lower_} {prep.lower_}" if prep is not None else verb.lower_
    return f"{_phrase(subject)} ({how} the {noun.lower_})"


_PARTITIVE = frozenset("piece part portion chunk slice section component element tranche segment".split())
"""Nouns of a part of something ("a $35 billion piece"): what the part is
of, or what its clause says it does, is what the amount measures; "cost
of piece" would say nothing."""


def _part_said(noun) -> str | None:
    """"part of the package" of "a $35 billion piece of the package", "part
    providing aid to states" of "a $35 billion piece providing aid to
    states": a part named by `noun` (`_PARTITIVE`) with its "of" or the
    short clause on it (a participle or relative clause, up to a comma);
    None when it has neither."""
    whole = _of_object(noun, set())
    if whole:
        return f"part of {whole}"
    clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i), None)
    words = []
    for token in clause.subtree if clause is not None else ():
        if token.text in _BREAKS:
            break
        words.append(token)
    if not words or len(words) > _CLAUSE_WORDS or any(_an_amount(t) for t in words):
        return None
    return "part " + "".join(t.text_with_ws for t in words[:-1]) + words[-1].text


_KEEPING = frozenset("have hold keep own amass accumulate boast hoard stockpile".split())
"""Verbs by which money is held or gathered: "has a $3 million war chest"
is a sum its holder has, not what the chest costs."""


def _kept(noun):
    """Who holds the thing `noun` names when it is the object of a verb of
    holding or gathering (`_KEEPING`; "sits on"): the verb's noun subject,
    or the noun its relative clause describes ("Lind, who has a $3
    million war chest": Lind); `noun` itself when the holder is a
    pronoun or unnamed; None when no such verb holds it."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() == "sit":
        verb = verb.head  # "sits on a $3 million war chest"
    elif noun.dep_ != "dobj" or _lemma(verb) not in _KEEPING:
        return None
    holder = _predicated_of(verb) or _subject(verb)
    if holder is None or holder.i == noun.i or _an_amount(holder):
        return noun
    # "The only candidate is Lind, who ... has a $3 million war chest": the name, not "only candidate"
    named = next((c for c in holder.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None) \
        if holder.dep_ == "nsubj" and holder.head.lemma_ == "be" else None
    return named if named is not None else holder


def _phrase(noun, with_prep: bool = True, skip: int = -1) -> str:
    """A noun with its modifiers and one "of/for/from" complement, no determiner
    and no number: "annual capacity", "shares from this project"."""
    # A parenthesis the parser hangs on the noun ("and, perhaps most important, average
    # hourly earnings rose") ends at its comma: the phrase starts after it.
    # Not a comma of a list ("federal, state and local taxes").
    doc = noun.doc
    start = max((t.i + 1 for t in noun.subtree if t.i < noun.i and t.text in (",", "—", "–")
                 and doc[t.i + 1].dep_ not in ("conj", "cc")), default=0)
    words = _whole_words([t for t in noun.subtree if start <= t.i <= noun.i and t.i != skip and _keep(t, noun)
                          and not (skip >= 0 and t.head.i == skip)])
    text = _whose_owner(noun) + "".join(_written(t) + t.whitespace_ if t.i + 1 == after.i else f"{_written(t)} "
                                        for t, after in zip(words, words[1:])) + _written(words[-1])
    if with_prep:
        for child in noun.children:
            # One set off by a comma ("42% support X, ..., in May and June") says when or where the
            # clause is, not which of the noun.
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "from", "in", "on") \
                    and not doc[child.i - 1].is_punct:
                objects = [t for t in child.children if t.dep_ == "pobj"]
                # "its budget request in May": when it was made, not which
                when = child.lower_ in ("in", "on") and objects and objects[0].ent_type_ in ("DATE", "TIME")
                if objects and not when and not _an_amount(objects[0]) and not _half_a_pair(objects[0]):
                    # the whole list ("in Leeds, York and Hull"), not its first item alone
                    text += f" {child.text} {_listed(objects[0], with_prep=False)}{_whose(objects[0])}"
                break
    # "2,000-mile concrete structure", "his $0.90-a-day laundry wages": what
    # hangs on the amount's hyphen is the amount's, not the phrase's.
    return _CUT_PIECE.sub("", _RATE_PIECE.sub(lambda m: f"{_PERIODS[m.group(1).lower()]} ", text)).strip().lstrip("-–— ")


def _whose_owner(noun) -> str:
    """"Lind's " when `noun` is owned by "whose" in a relative clause on the
    name or noun "Lind" ("Lind, whose ward is 40 percent Somali"): the
    relative stands for the noun the clause is on, which a measure cut
    from the clause would lose ("ward" alone: whose?); else ""."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return ""
    clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
    owner = clause.head if clause is not None else None
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or _an_amount(owner):
        return ""
    named = _phrase(owner, with_prep=False)
    return f"{named}' " if named.endswith("s") and owner.tag_ in ("NNS", "NNPS") else f"{named}'s "


def _whose(noun) -> str:
    """" of Israeli rabbi" when `noun`, a plural that ends a measure's
    complement, has an "of" right after it ("contributions from followers
    of a rabbi"): followers, members or friends of someone are not those
    of the measure's owner, which the cut phrase would suggest; else ""."""
    doc = noun.doc
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    whole = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
    if noun.tag_ not in ("NNS", "NNPS") or whole is None or _an_amount(whole) or whole.pos_ == "PRON" \
            or doc[noun.i].whitespace_ == "" or any(t.dep_ in ("conj", "cc") for t in whole.subtree):
        return ""  # a list ("of leadership, member and committee offices") the phrase would cut
    return f" of {_phrase(whole, with_prep=False)}"


def _written(token) -> str:
    """`token` as a measure shows it: a possessive pronoun in lower case
    ("His charity" opening a sentence is "his charity" inside a measure)."""
    return token.lower_ if token.tag_ == "PRP$" else token.text


def _half_a_pair(noun) -> bool:
    """Whether `noun` opens a pair ("both", "either", "neither") whose other
    half the parse does not join to it ("attacks from both liberal groups
    ..., as well as conservative groups", the second hung elsewhere): the
    complement alone would say half of what the text does."""
    return any(c.dep_ in ("det", "preconj") and c.lower_ in ("both", "either", "neither") for c in noun.children) \
        and not any(c.dep_ == "conj" for c in noun.children)


_RATE_PIECE = re.compile(r"(?:(?<=\s)|^)-?(?:a|an|per)-(hour|day|week|month|year)\s", re.I)
"""The rate an amount's hyphen gives the phrase ("his $0.90-a-day laundry
wages"): daily wages, not his wages in all."""
_CUT_PIECE = re.compile(r"(?<=\s)-[\w-]+\s?|^-?(?:a|an|per)-[\w-]+\s")


def _joined(noun) -> str:
    """`noun`'s phrase with those joined to it by "and" ("Hillary and Bill
    Clinton earned ...": the earnings of both, not of "Hillary")."""
    joined = [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return " and ".join([_phrase(noun, with_prep=False)] + [_phrase(c, with_prep=False) for c in joined]) \
        if joined else _phrase(noun)


def _source(verb) -> str:
    """" from X" when the text says where the money of `verb` came from
    ("raised $8 million from the farming sector"), or says it of the clause
    this one is set against with the same verb ("A has raised $2 million
    from donors, while B has raised $6 million": from donors too); else "".
    Not a place, a time or another amount ("rose from $5 to $7")."""
    for clause in (verb, verb.head if verb.dep_ in ("advcl", "conj") and verb.head.lemma_ == verb.lemma_ else None):
        if clause is None or clause is not verb and any(c.dep_ == "prep" and c.lower_ in ("from", "in", "for")
                                                        for c in verb.children):
            continue  # a clause with a phrase of its own ("in 2012", "for the party") may say something else
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "from"):
            if any(c.dep_ == "advmod" for c in prep.children):
                return ""  # "primarily from book sales": part of the money only
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")
                       and t.ent_type_ not in _NOT_MEASURED and not _an_amount(t)]
            if objects:
                joined = [objects[0]] + [c for c in objects[0].children if c.dep_ == "conj"]
                return " from " + " and ".join(_phrase(t, with_prep=False) for t in joined)
    return ""


def _respective(subject, verb, root) -> str | None:
    """Who of `subject` and those joined to it the amount `root` is of: all
    of them (`_joined`), or, where `verb` says "respectively" ("Lind and
    Berg raised $4 million and $2 million, respectively"), the one in the
    amount's place in its own list; None when the two lists differ in length."""
    if not any(c.lower_ == "respectively" for c in verb.children):
        return _joined(subject)
    owners = [subject] + [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    amounts = [root] + [c for c in root.children if c.dep_ == "conj"]
    return _phrase(owners[0], with_prep=False) if len(owners) == len(amounts) > 1 else None


def _an_amount(token) -> bool:
    """Whether `token` is a number or the unit of one ("kilometres" of "11,000 kilometres")."""
    return token.like_num or token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") \
        or any(c.like_num and c.dep_ == "nummod" for c in token.children)


def _whole_words(tokens: list) -> list:
    """`tokens` with the rest of each hyphenated word they cut put back
    ("across-the-board": a phrase keeping "across" and "board" but dropping
    "the" printed "across--board"), never the amount's own digits."""
    if not tokens:
        return tokens
    doc, kept = tokens[0].doc, {t.i for t in tokens}
    for token in tokens:
        left = token.i
        while left > 0 and not doc[left - 1].whitespace_ and _joins(doc[left - 1]):
            left -= 1
        right = token.i
        while not doc[right].whitespace_ and right + 1 < len(doc) and _joins(doc[right + 1]):
            right += 1
        kept.update(range(left, right + 1))
    return [doc[i] for i in sorted(kept) if i <= tokens[-1].i]


def _joins(token) -> bool:
    """Whether `token` may be put back into a hyphenated word: a word or a
    hyphen, not a number, an amount or other punctuation."""
    return not (token.like_num or token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")
                or token.is_punct and token.text not in ("-", "–"))


def _in_modifier_list(token) -> bool:
    """Whether `token` joins a list of the noun's modifiers: a later item, its
    "and", or a comma before one ("federal, state and local taxes")."""
    def first_item(t):
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t

    doc = token.doc
    if token.dep_ in ("conj", "cc") or (token.text == "," and token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "conj"):
        return first_item(token if token.dep_ == "conj" else token.head).dep_ in ("amod", "compound", "nmod")
    return False


def _a_span_of_time(token) -> bool:
    """Whether `token` is the number of a hyphenated length of time ("two"
    of "two-year", "10" of "10-day"): a word of the thing it qualifies."""
    doc = token.doc
    return token.like_num and token.ent_type_ == "DATE" and token.i + 2 < len(doc) and not token.whitespace_ \
        and doc[token.i + 1].text in ("-", "–") and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_alpha


def _keep(token, noun) -> bool:
    if token.i == noun.i:
        return True
    if token.pos_ == "DET" and token.lower_ in ("this", "that", "these", "those"):
        return True
    if _in_modifier_list(token):
        return True  # "federal, state and local taxes"
    if (token.head.like_num or token.head.dep_ == "nummod") and token.head.i != noun.i:
        # "more" of "more than two dozen rallies", "less" of "less than half the record": the count's, not the noun's
        return False
    if _a_span_of_time(token):
        return True  # "two" of "a two-year budget deficit": the noun's length, not an amount
    if token.like_num or token.pos_ in ("DET", "NUM", "SYM", "PUNCT") or token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        # a hyphen inside a word of the phrase stays ("across-the-board"), one of the amount goes with it ("14-inch")
        return token.text == "-" and token.head.i != noun.i \
            and not (token.head.like_num or token.head.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"))
    return token.dep_ in _KEEP or token.dep_ == "punct"

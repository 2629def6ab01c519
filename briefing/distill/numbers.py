"""Amounts written in text: money, percentages, quantities with a unit.

Plain text in, `Amount`s (span, normalized value, unit, approximate) out;
no spaCy here (figures.py adds what each amount measures).  Dates, years,
durations, ages and bare small counts are not amounts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

_WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "dozen": 12, "a": 1, "half": 0.5})
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "crore": 1e7}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                   "¥": "JPY", "₹": "INR", "inr": "INR", "rs": "PKR/INR", "rs.": "PKR/INR", "pkr": "PKR",
                   "rmb": "CNY", "cny": "CNY", "rub": "RUB", "₽": "RUB", "₦": "NGN", "ngn": "NGN", "n": "NGN"}
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
                   "pounds": "GBP", "rupees": "rupees", "rupee": "rupees", "yuan": "CNY", "renminbi": "CNY",
                   "rubles": "RUB", "roubles": "RUB", "yen": "JPY", "pkr": "PKR", "inr": "INR", "eur": "EUR"}
_CURRENCY_SIGNS.update({"₩": "KRW", "₺": "TRY", "₫": "VND", "₱": "PHP", "₴": "UAH", "₪": "ILS", "฿": "THB",
                        "＄": "USD", "￡": "GBP", "￥": "JPY", "￦": "KRW", "৳": "BDT", "₸": "KZT", "₾": "GEL"})
_OTHER_SIGNS = "".join(sorted(c for c in map(chr, range(0x80, 0x10000))
                              if unicodedata.category(c) == "Sc" and c not in "¢￠¤"))
"""Every currency sign of Unicode (category Sc) past ASCII's "$": a sign
the table above does not name is its own unit ("₮").  Not the cent, which
counts hundredths, nor "¤", no currency at all."""
CURRENCIES = frozenset(_CURRENCY_SIGNS.values()) | frozenset(_CURRENCY_WORDS.values()) \
    | (frozenset(_OTHER_SIGNS) - frozenset(_CURRENCY_SIGNS))
"""The units an amount of money is given in ("USD", "rupees")."""
_UNITS = {
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "percentage points",
    "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km",
    "miles": "miles", "mile": "miles", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
    "sq km": "km²", "square kilometers": "km²",
    # a thing's size ("13.3 inches", "a 14-inch screen", "a 6-foot wall")
    "inches": "inches", "inch": "inches", "feet": "feet", "foot": "feet", "ft": "feet", "cm": "cm", "centimeters": "cm", "centimetres": "cm", "centimeter": "cm", "centimetre": "cm",
    "mm": "mm", "millimeters": "mm", "millimetres": "mm", "millimeter": "mm", "millimetre": "mm",
    "square kilometres": "km²", "hectares": "hectares", "acres": "acres",
    "cubic feet": "cubic feet", "cubic meters": "m³", "cubic metres": "m³", "bcm": "bcm", "mmcfd": "mmcfd",
    "tons": "tons", "tonnes": "tonnes", "metric tons": "tonnes", "barrels": "barrels", "bpd": "barrels/day",
    "barrels per day": "barrels/day", "mw": "MW", "megawatts": "MW", "gw": "GW", "gigawatts": "GW",
    "kwh": "kWh", "twh": "TWh", "kg": "kg", "kilograms": "kg", "liters": "litres", "litres": "litres",
    "gallons": "gallons", "troops": "troops", "soldiers": "soldiers", "people": "people", "jobs": "jobs",
    "refugees": "refugees", "deaths": "deaths", "casualties": "casualties", "vaccines": "vaccine doses",
    "doses": "doses", "students": "students", "workers": "workers", "residents": "residents",
}
# Units that count things: only large counts are figures.
COUNTED = frozenset("troops soldiers people jobs refugees deaths casualties students workers residents".split())
_SMALL_COUNT = 100
_HEIGHT_TAIL = re.compile(r"[\s-](?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b(?!\s*(?:%|percent))",
                          re.I)
"""Inches after feet ("5-foot-11", "six feet two"): a height."""
_FEET_BEFORE = re.compile(r"\b(?:feet|foot|ft)[\s-]*$", re.I)
# Lengths that "one" of makes an idiom rather than a size.
_IDIOM_LENGTHS = frozenset("feet inches".split())
_APPROXIMATE = ("around", "about", "nearly", "almost", "some", "roughly", "approximately", "approx.",
                "close to", "an estimated", "estimated", "up to", "more than", "over", "at least",
                "less than", "fewer than", "under", "upwards of", "as much as", "as many as", "above", "below")
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "Forty-three percent", "forty six": a tens word and a units word are one number.
_COMPOUND = rf"(?:{'|'.join(_TENS)})[\s-](?:{'|'.join(_UNITS_WORDS)})\b"
_NUM = rf"(?:{_COMPOUND}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(
    sorted((w for w in _WORD_NUMBERS if w not in ("a", "half", "zero")), key=len, reverse=True)) + ")"
_SCALE = r"(?:thousand|million|billion|trillion|lakh|crore|bn|mn|tn|[mbk])"
# A sign spelt in letters is written in capitals and starts a word: "Rs. 5" is
# rupees, the "rs. One" of "Reuters. One of ..." is not.
# The naira's "N" is a sign only before a number with a scale ("N500m", "N2
# billion"): anywhere else a capital N starts a code or a name ("N95").
_SIGN = rf"(?:\$|[{_OTHER_SIGNS}]|(?<!\w)(?-i:US\$|Rs\.?|USD|EUR|GBP|PKR|INR|RMB|CNY|NGN|N(?=\d[\d,.]*\s?" \
    r"(?:thousand|million|billion|trillion|bn|mn|tn|[mbk])\b)))"
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_CUR = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))
_APPROX = "|".join(re.escape(a) for a in sorted(_APPROXIMATE, key=len, reverse=True))
HEDGE_BEFORE = re.compile(rf"\b(?:{_APPROX})\s+$", re.I)
"""The approximation words that end right before a number ("more than ",
"about "), for counts found by other means than `AMOUNT`."""
_QUOTE_CUT = r"[\"”’]\s(?=(?:thousand|million|billion|trillion)\b)"
"""A closing quotation mark between a number and its scale word, where a
quote ends inside the amount ("asking for $5.6" billion"): the scale is
still the number's."""
AMOUNT = re.compile(
    rf"(?:(?<![\w'’-])(?P<approx>{_APPROX})\s+)?(?P<sign>{_SIGN})?\s?(?P<num>{_NUM})"
    rf"(?:(?:[\s-]|{_QUOTE_CUT})?(?P<scale>{_SCALE})\b)?"
    rf"(?:[\s-]?(?P<unit>{_UNIT})(?![\w]))?(?:\s(?P<cur>{_CUR})\b)?"
    rf"(?:\s?(?P<after>[{_OTHER_SIGNS}])(?!\s?\d))?", re.I)
"""An amount: a sign before its number, or a currency sign after it as
many countries write it ("60,000₩"; not the sign of a next amount, "5 ₩6");
a hedge before it is a word of its own (the "up to" in "the group to $5
million" is none)."""


@dataclass(frozen=True)
class Amount:
    """A number with its unit: `text[start:end]` of the text it came from."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    approximate: bool


def _first_letters(words) -> str:
    """The number words as a regex grouped by first letter ("t(?:wo|en)"):
    the engine tests one letter before trying a group's words."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})" for first, rest in sorted(groups.items()))


_NUMBER_AT = re.compile(r"\d|" + _first_letters(w for w in _WORD_NUMBERS if w not in ("a", "half", "zero")), re.I)
"""Where `AMOUNT`'s number (group "num") can begin: a digit or a number word."""
_SIGN_REACH = 8     # characters a sign and one space take before the number (at most 4 do)
_APPROX_REACH = max(map(len, _APPROXIMATE)) + 2  # characters an approximation word takes


def amount_matches(text: str):
    """The matches of `AMOUNT.finditer(text)`, the same ones, found about
    five times faster.  Every match holds a number, so the next match
    starts at most a sign, a run of spaces and an approximation word
    before the next place a number can begin (`_NUMBER_AT`, a cheap
    scan); `AMOUNT` is tried only from there, not at every character."""
    position = 0
    while True:
        number = _NUMBER_AT.search(text, position)
        if number is None:
            return
        start = number.start() - _SIGN_REACH
        while start > 0 and text[start - 1].isspace():
            start -= 1  # the spaces after an approximation word ("about   $5")
        match = AMOUNT.search(text, max(position, start - _APPROX_REACH))
        if match is None:
            return
        yield match
        position = match.end()


def find_amounts(text: str) -> list[Amount]:
    """Every money amount, percentage or quantity with a unit in `text`.
    A range of money whose scale is written once, after its upper end
    ("$3-4 billion"), gives both ends, each with that scale."""
    found, after = [], 0
    for match in amount_matches(text):
        if match.start() < after:
            continue  # the upper end of a range already given (`_shared_scale`)
        amount = _amount(text, match)
        if amount is None:
            continue
        ends = _shared_scale(text, match, amount)
        found.extend(ends or (amount,))
        after = found[-1].end
    return found


_SCALED_UPPER = re.compile(rf"(?:\s?[-–]\s?|\s+to\s+)(?P<num>\d+(?:\.\d+)?)[\s-]?(?P<scale>{_SCALE})\b", re.I)
_CHANGE = re.compile(r"\b(?:from|by)\s+$", re.I)


def _shared_scale(text: str, match: re.Match, amount: Amount) -> tuple[Amount, Amount] | None:
    """The two ends of a range of money that writes its sign before the
    lower end and its scale after the upper ("$3-4 billion", "$1.5 to 2
    million"), both scaled: the lower end alone would read "$3".  None for
    any other amount, and for a change ("from $3 to 4 million")."""
    if not match.group("sign") or any(match.group(k) for k in ("scale", "unit", "cur")):
        return None
    upper = _SCALED_UPPER.match(text, match.end())
    if upper is None or _CHANGE.search(text, max(0, amount.start - 8), amount.start):
        return None
    scale = _SCALES[upper.group("scale").lower()]
    high = float(upper.group("num")) * scale
    if high <= amount.value * scale:
        return None
    return replace(amount, value=amount.value * scale), Amount(
        start=upper.start("num"), end=upper.end(), text=text[upper.start("num"):upper.end()], value=high,
        unit=amount.unit, approximate=amount.approximate)


SAME_AMOUNT = 0.05  # relative difference within which two amounts are one ("$2 billion", "2.04 billion dollars")
SAME_SHARE = 0.05   # points within which two percentages are one: a poll's 36 percent is not its 37


def margin(unit: str | None, value: float) -> float:
    """How far apart two amounts of `unit` may be and still be one: a share
    is given to the point ("36 percent" is not "37 percent"), an amount of
    money or people to about `SAME_AMOUNT` ("$2 billion", "2.04 billion
    dollars")."""
    return SAME_SHARE if unit in ("%", "percentage points") else SAME_AMOUNT * abs(value)


def states_amounts(claim: str, other: str) -> bool:
    """Whether `other` states every amount `claim` states (`find_amounts`:
    the same unit, `same_value`, and no further apart than the coarser of
    the two is written to, `_step`): a sentence giving another figure
    ("nearly $200 billion" for "$117 billion", "$312 million" for "$318
    million") backs no claim about it, however alike their words.  True
    when `claim` states none."""
    wanted = _stepped(claim)
    found = _stepped(other) if wanted else ()
    return all(any(u == v and same_value(a, b, u) and _within_step(a, b, u, max(s, t)) for v, b, t in found)
               for u, a, s in wanted)


def _within_step(a: float, b: float, unit: str | None, step: float) -> bool:
    """Whether two amounts of `unit` differ by no more than `step`, the last
    place the coarser of them is written to: "$43 million" may stand for
    $43.9 million and "nearly $44 million" for it too, but "$139 million"
    and "$141 million", each given to the million, are two figures (a
    share is held to its points already: `margin`)."""
    return unit in ("%", "percentage points") or abs(a - b) <= step * (1 + 1e-9)


@lru_cache(maxsize=65536)
def _stepped(text: str) -> tuple[tuple[str, float, float], ...]:
    """(unit, value, `_step`) of each amount in `text`."""
    return tuple((a.unit, a.value, _step(a)) for a in find_amounts(text))


def _step(amount: Amount) -> float:
    """The value of the last place `amount` is written to: 1 million for
    "$139 million", 100 thousand for "$1.4 million", 10 for "$140", 1 for
    "$140,937,785" (trailing zeros of a whole number are taken for
    rounding); a number in words steps by its scale ("two million": 1
    million).  Infinite when its number cannot be read again."""
    match = AMOUNT.match(amount.text)
    numeral = match.group("num").replace(",", "") if match else ""
    number = _number(numeral) if numeral else None
    if not number:
        return float("inf")
    if not numeral[:1].isdigit():
        place = 1.0
    elif "." in numeral:
        place = 10.0 ** -len(numeral.split(".")[1])
    else:
        place = 10.0 ** (len(numeral) - len(numeral.rstrip("0")))
    return place * amount.value / number


def amounts_disagree(one: str, other: str) -> bool:
    """Whether two sentences give amounts of one unit none of which agree
    ("$117 billion" and "nearly $200 billion"): two reports of different
    figures, however alike their words."""
    mine, theirs = _valued(one), _valued(other)
    return any(not any(same_value(a, b, unit) for u, a in mine if u == unit for v, b in theirs if v == unit)
               for unit in {u for u, _a in mine} & {v for v, _b in theirs})


def same_value(a: float, b: float, unit: str | None = None) -> bool:
    """Whether two values of `unit` are one amount: within `margin` of the first."""
    return abs(a - b) <= margin(unit, a)


@lru_cache(maxsize=65536)
def _valued(text: str) -> tuple[tuple[str, float], ...]:
    """(unit, value) of each amount in `text`, kept for the sentences a
    timeline compares many times."""
    return tuple((a.unit, a.value) for a in find_amounts(text))


def unqualified(amount: Amount) -> Amount:
    """`amount` from its sign or number on, exact: for an approximation
    word that is no approximation ("over" of "handed over $25 million",
    the verb's particle; figures.py asks the parse)."""
    match = AMOUNT.match(amount.text)
    start = next(match.start(k) for k in ("sign", "num") if match.group(k))
    return replace(amount, start=amount.start + start, text=amount.text[start:], approximate=False)


_VAGUE = re.compile(r"\b(?:a\s+few|few|several|many|a\s+couple(?:\s+of)?)\s+$", re.I)
"""A quantifier before a number word makes it a rough size ("a few hundred
dollars", "several hundred troops"): there is no value to give, and
"hundred dollars" alone would say 100."""


def _amount(text: str, match: re.Match) -> Amount | None:
    sign, scale, unit, cur = (match.group(k) for k in ("sign", "scale", "unit", "cur"))
    sign = sign or (match.group("after") if not (unit or cur) else None)
    if not (sign or unit or cur):
        return None
    number = match.start("num")
    if not text[number].isdigit() and _VAGUE.search(text, max(0, number - 16), number):
        return None
    if scale and scale.lower() in ("m", "b", "k") and not (sign or cur):
        return None  # "800 m" is metres, not millions
    if _is_date(text, match) or (match.start("num") > 0 and text[match.start("num") - 1].isalnum()
                                 and match.start("sign") != match.start("num") - 1):  # "N500m": the sign's letter
        return None
    if unit and _in_a_name(match.group("num"), unit, text[match.end():match.end() + 2]):
        return None
    value = _number(match.group("num"))
    if value is None:
        return None
    value *= _SCALES.get((scale or "").lower(), 1.0)
    unit_name = _currency(sign, cur) if (sign or cur) else _UNITS[unit.lower()]
    if unit_name in COUNTED and value < _SMALL_COUNT:
        return None  # "three people": a small count, not a figure
    if unit_name in _IDIOM_LENGTHS and match.group("num").lower() == "one":
        return None  # "one foot in the door", "not one inch": a figure of speech
    if unit_name in ("feet", "inches") and (_HEIGHT_TAIL.match(text, match.end())
                                            or _FEET_BEFORE.search(text, max(0, match.start() - 12), match.start())):
        return None  # "five feet 10 inches", "5-foot-11": a person's height, no figure of the story
    if unit_name in SIZES and _a_models_size(text, match):
        return None  # "the 16-inch MacBook Pro", "the 13-inch is ...": which model, not a figure of the story
    start = next(match.start(k) for k in ("approx", "sign", "num") if match.group(k))
    end = match.end() if sign == match.group("after") or not match.group("after") \
        else len(text[:match.start("after")].rstrip())  # "20 percent €": the sign is no part of a share
    if match.group("sign") and unit:
        # "the $300 billion jobs package": a sign sets the unit, so a unit word after it is the
        # first word of the noun the amount modifies, no part of the amount
        end = match.end("scale") if scale else match.end("num")
    return Amount(start=start, end=end, text=text[start:end], value=value,
                  unit=unit_name, approximate=bool(match.group("approx")))


SIZES = frozenset({"inches", "feet", "cm", "mm"})
"""Units of a thing's size (not of distance, which miles and kilometres measure)."""
_NEXT_WORD = re.compile(r"\s*([^\W\d_])")


def _a_models_size(text: str, match: re.Match) -> bool:
    """Whether the size `match` found in `text` is joined to its number by
    a hyphen and names a model rather than measures a thing: before a
    capitalised name ("the 16-inch MacBook Pro") or before no word at all
    ("the 13-inch, due in May"); "a 30-foot wall" measures one."""
    if "-" not in text[match.start("num"):match.end()]:
        return False
    after = _NEXT_WORD.match(text, match.end())
    return after is None or after.group(1).isupper()


def _in_a_name(number: str, unit: str, after: str) -> bool:
    """Whether a number word and a unit written in capitals run on into a
    capitalized word: a name ("Three Mile Island", "Five Mile Creek"), not
    an amount."""
    return number[:1].isupper() and not number[:1].isdigit() and unit[:1].isupper() \
        and after[:1] == " " and after[1:2].isupper()


def _currency(sign: str | None, cur: str | None) -> str | None:
    if sign:
        return _CURRENCY_SIGNS.get(sign.lower(), sign)
    return _CURRENCY_WORDS.get(cur.lower()) if cur else None


def _number(text: str) -> float | None:
    key = text.lower()
    if key in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[key])
    parts = re.split(r"[\s-]", key)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS_WORDS:
        return float(_WORD_NUMBERS[parts[0]] + _WORD_NUMBERS[parts[1]])
    try:
        return float(key.replace(",", ""))
    except ValueError:
        return None


def _is_date(text: str, match: re.Match) -> bool:
    """A day or year next to a month name ("March 18", "18 March 2021"); a
    month's name is capitalised: "may" and "march" in lower case are verbs
    ("100 million people may have died")."""
    before = text[max(0, match.start() - 12):match.start()].split()
    after = text[match.end():match.end() + 12].split()
    near = (before[-1:] + after[:1])
    return any(w[:1].isupper() and w.strip(".,").lower() in _MONTHS for w in near) and not match.group("sign")

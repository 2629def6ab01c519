"""Words about people: titles, role nouns, and tests that tell a person's
name from the names of organizations, places and products.

Plain strings in, plain answers out; no spaCy here, so synthesis (which
merges people across articles) can use the same rules.  The lexicons are
general English, never subject-specific.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .casing import glued

# Courtesy titles and ranks written before a name ("Mr. Lavrov", "Gen. X").
# Those written shortened with a stop never end a sentence ("police Cmdr. Ian Roy").
ABBREVIATED_TITLES = frozenset("""
mr mrs ms mx dr prof rev fr sen rep gov gen col capt lt sgt maj adm cmdr hon insp det supt cpl pvt
pres amb cong
""".split())
HONORIFICS = ABBREVIATED_TITLES | frozenset("""
miss sir dame lord lady sheikh shaikh sheikha mullah maulana imam rabbi pope
""".split())

# Honorifics that are offices, written out when they make a role
# ("Sen. Ron Wyden" -> "Senator").
OFFICES = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "gen": "General", "col": "Colonel",
           "capt": "Captain", "lt": "Lieutenant", "sgt": "Sergeant", "maj": "Major", "adm": "Admiral",
           "cmdr": "Commander", "cong": "Congressman", "pres": "President", "amb": "Ambassador",
           "insp": "Inspector", "det": "Detective", "supt": "Superintendent", "cpl": "Corporal", "prof": "Professor"}

STOPPED_OFFICES = {"del.": "Delegate"}
"""Offices written short whose short form, without its stop, is also a
given name ("Del. Ann Lind", a delegate to Congress; "Del Lind"): a title
only as written with the stop."""

# Head nouns of roles ("deputy prime minister", "first secretary").
ROLE_WORDS = frozenset("""
minister president premier chancellor prime pm fm mp mep secretary
ambassador envoy consul diplomat attache attaché counsellor counselor spokesperson spokesman
spokeswoman spokespeople chief head leader director chairman chairwoman chair chairperson
ceo cfo coo cto founder cofounder co-founder owner president-elect vice deputy governor mayor senator
congressman congresswoman representative lawmaker legislator parliamentarian councillor
councilor councilman councilwoman councilmember assemblyman assemblywoman assemblymember commissioner commander general colonel major captain
lieutenant admiral marshal sergeant constable corporal trooper brigadier officer official officials aide adviser
advisor analyst expert economist strategist scholar professor researcher fellow lecturer
scientist doctor physician editor journalist correspondent reporter columnist author
writer host anchor king queen prince princess emperor monarch sultan emir judge justice
attorney prosecutor lawyer counsel solicitor speaker whip candidate nominee activist sheriff
campaigner organizer organiser coordinator manager executive administrator superintendent
inspector president's producer director-general secretary-general undersecretary
under-secretary ombudsman governor-general premier-elect ruler dictator monarch cleric
bishop archbishop cardinal priest pastor coach player captain striker actor singer
member members delegate negotiator mediator observer commentator historian liaison assistant
""".split())

SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney counsel".split())
"""Role nouns of someone who acts or speaks for another ("a spokeswoman for
X", "an aide to X"): the one they act for is part of the role."""

OCCUPATIONS = frozenset("""
blogger vlogger podcaster planner engineer physicist chemist biologist geologist astronomer mathematician
statistician epidemiologist virologist psychologist psychiatrist therapist sociologist linguist criminologist
archaeologist anthropologist climatologist ecologist specialist plaintiff defendant retiree millionaire
accountant architect surgeon dentist pharmacist nurse teacher lobbyist novelist poet playwright filmmaker
photographer programmer paramedic firefighter detective technician electrician
internist pediatrician paediatrician cardiologist oncologist neurologist radiologist dermatologist
anesthesiologist anaesthetist gynecologist obstetrician ophthalmologist urologist pathologist
environmentalist conservationist philanthropist industrialist financier tycoon heiress socialite landowner
rancher businesswoman cartoonist pianist
""".split())
"""Nouns for an occupation or standing the news gives a person by ("the
blogger behind a site", "certified financial planner Ann Lind", "the
plaintiff in the case"): heads of a role phrase, as STATUS_NOUNS are, but
no title before a name in capitals, and, since they also name what a text
is about ("nurses strike"), still a topic; none a common surname
("Farmer", "Baker")."""

STATUS_NOUNS = frozenset("agent guard student musician witness neighbour neighbor worshipper".split())
"""Nouns for what someone is that head a role phrase ("a student at Lindale
University", "a neighbour") but, unlike ROLE_WORDS, also name what a text
is about ("students", "security guards"): read as a role's head only."""


def heads_a_role(word: str) -> bool:
    """Whether `word` may be the head noun of a role phrase: a role word or
    a status noun (`STATUS_NOUNS`), singular or plural."""
    key = fold(word).strip(".,")
    heads = STATUS_NOUNS | OCCUPATIONS
    return is_role_word(word) or key in heads or key.endswith("s") and key[:-1] in heads

QUALIFYING_TITLES = frozenset("vice prime head executive".split())
"""Title words that qualify another title ("Vice President", "Prime
Minister", "Head Coach", "Executive Director"), never a name alone: one
capitalised word after them is a thing's name ("the Vice Media"), no
person's surname (general English)."""

# Words that make a capitalised phrase an organization, place or thing.
NON_PERSON_WORDS = frozenset("""
party ministry council agency bank university institute college school group news
times post journal daily tribune herald gazette press media network channel tv radio
program programme project company corporation corp inc ltd llc plc association
union federation commission committee pac department office embassy government army navy
force forces police court assembly parliament senate congress house organization
award awards prize medal trophy cup league championship festival collection campus show series
album magazine brand hotel restaurant club team academy republic movement
organisation foundation fund trust alliance coalition initiative summit conference
forum treaty accord pact agreement act law strait river sea ocean lake mountain
mountains valley island islands city town village province state states region
district county port airport station power plant mills mill steel complex corridor
pipeline stream road highway street avenue square bridge tower center centre hospital
museum stadium market exchange airlines airways motors twitter facebook instagram
youtube tiktok whatsapp telegram google apple microsoft amazon vaccine virus disease
syndrome covid war operation mission system systems index report review day week
month year north south east west northern southern eastern western central
coal oil gas petroleum energy fuel fuels mining minerals resources chemicals holdings industries
technologies pharmaceuticals ventures investments enterprises logistics laboratories labs
""".split())
# The last block: the trade a company names itself by ("Ostrava Mining",
# "Kestrel Fuels"), a word no one bears as a surname.

# Lower-case particles that may sit inside a person's name.
NAME_PARTICLES = frozenset("bin bint ibn al el ul ud de del della der den di da du dos das van von la le st".split())
REGNAL = frozenset("king queen prince princess emperor empress sultan emir pope tsar czar shah".split())
"""Titles a ruler or royal bears before a given name ("King Osman"), so the
word after one is no surname a commoner of that given name shares."""
PATRONYMIC = frozenset("bin bint ibn binti".split())
"""Particles meaning "son of", "daughter of": the word after one names the
father ("Faisal bin Osman"), no family name a bare "Osman" may stand for."""

_ACRONYM = re.compile(r"^[A-Z0-9&.\-]{2,}$")
_ROMAN_OR_LETTER = re.compile(r"^(?:[A-Z]|[IVX]{1,4}|\d+)$")
_POSSESSIVE = re.compile(r"(?:['’`]s|['’`])$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_HANDLE = re.compile(r"\s*\(?@\w+\)?.*$")


_INNER_POSSESSIVE = re.compile(r"['’]s\s")


def without_handle(text: str) -> str:
    """`text` without a social-media handle the tagger ran into a name, and
    what follows it: "Ada Berg (@adaberg" -> "Ada Berg".  A handle is how
    a post signs itself, no word of the name."""
    return _HANDLE.sub("", text)


def owner(text: str) -> str:
    """The words before a possessive inside `text`, the owner of what
    follows ("Mitt Romney’s Medicare" -> "Mitt Romney"); `text` when it
    holds none."""
    return _INNER_POSSESSIVE.split(text, maxsplit=1)[0]


def strip_name(text: str) -> str:
    """A name as written, without a trailing possessive, handle or punctuation:
    "Donald Trump’s" -> "Donald Trump", "Kugelman (@MK" -> "Kugelman".
    Square brackets are an editor's insertion into the name, so their
    words stay: "[Barack] Obama" -> "Barack Obama".  A weekday after it is
    dropped: "Obama Monday" -> "Obama"; so is what follows a colon (a
    transcript's label: "Luciana Lopez: Saying" -> "Luciana Lopez")."""
    text = without_handle(text.strip().replace("[", "").replace("]", ""))
    text = text.split(":")[0] if ":" in text.strip(" :") else text  # "Luciana Lopez: Saying": a speaker's label
    text = _POSSESSIVE.sub("", text).strip(" ,.;:()[]\"'“”‘’-–—")
    text = _BRACKETED.sub("", text)  # "Publico (Spain" -> "Publico": a bracket qualifies a name, is no part of it
    words = text.split()
    # A day the tagger ran into the name ("told Obama Monday") is not part of it.
    while len(words) > 1 and words[-1].lower() in _WEEKDAYS:
        words.pop()
    return " ".join(words)


_WEEKDAYS = frozenset(day.lower() for day in calendar.day_name)
_BRACKETED = re.compile(r"\s*\([^)]*$")  # an unclosed bracket and what follows


POSTPOSED = frozenset("pro tem tempore emeritus emerita".split())
"""Words that follow a title's head as part of it ("President Pro Tem",
"Professor Emeritus"), never a name's (general English).  Not "-elect",
an office still to come, which a brief must not give as the one held."""


def split_title(text: str) -> tuple[str, str]:
    """("Prime Minister", "Imran Khan") from "Prime Minister Imran Khan": the
    leading honorifics and role words, and the name after them."""
    words = text.split()
    cut = 0
    while cut < len(words) - 1 and is_title_word(words[cut]):
        cut += 1
    # A title whose head word comes after a modifier ("Crown Prince", "Supreme
    # Leader"), never after a given name ("Martin Luther King Jr." keeps King)
    # unless a full name follows the title: then the given name's spelling
    # is a place's ("Victoria Mayor Ann Berg").
    for j in range(cut + 1, min(cut + 4, len(words) - 1)):
        if is_title_word(words[j]) and all(w[:1].isupper() and (not given_name(w) or _full_name_at(words, j + 1))
                                           for w in words[cut:j]):
            cut = j + 1
            while cut < len(words) - 1 and is_title_word(words[cut]):
                cut += 1
            break
    while cut < len(words) - 1 and fold(words[cut]).strip(".") in POSTPOSED and (cut or given_name(words[cut + 1])):
        cut += 1  # "Professor Emeritus Ann Berg", "Emeritus Ann Berg" after a title the entity left out
    return " ".join(words[:cut]), " ".join(words[cut:])


def _full_name_at(words: list[str], i: int) -> bool:
    """Whether `words` from `i` on are a full name: a given name and at
    least one word after it ("Ann Berg", not "Jr." nor a lone "Cohen")."""
    return len(words) - i >= 2 and given_name(words[i])


def is_title_word(word: str) -> bool:
    """True for "Mr.", "Minister", "General", "PM" and the like."""
    key = fold(word).strip(".")
    return key in HONORIFICS or key in ROLE_WORDS or fold(word) in STOPPED_OFFICES


def only_qualifies(word: str) -> bool:
    """True for a title word that titles no name alone ("Vice", "Head"): see `QUALIFYING_TITLES`."""
    return fold(word).strip(".") in QUALIFYING_TITLES


def is_role_word(word: str) -> bool:
    """True when `word` is the head noun of a role ("minister", "analyst"),
    from the general list above or the nouns learned from annotated news
    (models/role_nouns.txt, scripts/train_role_nouns.py)."""
    key = fold(word).strip(".,")
    words = _all_role_words()
    return key in words or key.endswith("s") and key[:-1] in words


@lru_cache(maxsize=1)
def _all_role_words() -> frozenset[str]:
    """ROLE_WORDS and the role nouns learned from PolNeAR train/ (read once per process)."""
    from importlib import resources

    path = resources.files("briefing.distill").joinpath("models/role_nouns.txt")
    return ROLE_WORDS | (frozenset(path.read_text("utf-8").split()) if path.is_file() else frozenset())


def given_name_sex(word: str) -> str | None:
    """"m" or "f" when news uses the given name `word` for men or for
    women (learned from PolNeAR train/: models/given_name_sex.json,
    scripts/train_name_sex.py); None for a name it has not learned."""
    return _name_sexes().get(word)


@lru_cache(maxsize=1)
def _name_sexes() -> dict[str, str]:
    """The learned given names and their sex (read once per process)."""
    import json
    from importlib import resources

    path = resources.files("briefing.distill").joinpath("models/given_name_sex.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-cased, accents and typographic quotes folded: for comparing names."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


PERSONIFICATIONS = frozenset(("uncle sam", "john bull", "mother nature", "father time", "lady luck", "jack frost",
                              "old man winter", "lady liberty", "joe sixpack", "joe six-pack", "joe public",
                              "john q. public", "johnny law", "mother russia", "father christmas"))
"""Figures of speech written as a person's name ("how they dodged Uncle
Sam": the tax collector, the state; "Mother Nature"): general English
idioms, no one the news is about."""


def looks_like_person(name: str) -> bool:
    """Whether a capitalised phrase can be a person's name by its shape alone:
    not an acronym ("BRI", though middle initials may run together: "George
    H.W. Lind"), not a product with a letter or number ("Sputnik V"),
    no organization/place word ("Steel Mills"), every word capitalised, no
    comma between names ("Crane, Kibbe"), no "-led" after one, no figure
    of speech (`PERSONIFICATIONS`: "Uncle Sam")."""
    words = name.split()
    if not words or len(words) > 5 or fold(" ".join(words)) in PERSONIFICATIONS:
        return False
    if len(words) > 2 and words[-1].strip(",") in ("II", "III", "IV"):
        words = words[:-1]  # "Thomas M. Davis III": a generational suffix after a full name
    if any(_ACRONYM.match(w) and len(w.strip(".")) > 1 and not _middle_initials_at(words, i)
           for i, w in enumerate(words)):
        return False
    if any(w.endswith(",") and fold(after).strip(".") not in GENERATIONS
           for w, after in zip(words, words[1:])) or _AS_ADJECTIVE.search(words[-1]):
        return False  # "Crane, Kibbe": two people; "Donald Trump-led": a modifier
    if len(words) > 1 and _ROMAN_OR_LETTER.match(words[-1]):
        return False
    if any(fold(w).strip(".") in NON_PERSON_WORDS or glued(w) for w in words):
        return False  # "Daniel MaransFlagShareLikeReplyAni Vrabel": a byline run into a page's buttons
    return all(_capitalised(w) or fold(w) in NAME_PARTICLES or _INITIAL.match(w) or _middle_initials_at(words, i)
               for i, w in enumerate(words[:-1])) and _capitalised(words[-1])


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _middle_initials_at(words: list[str], i: int) -> bool:
    """Whether word `i` of a name is its middle initials run together
    ("H.W." of "George H.W. Lind"), between a given name and a surname:
    no acronym there."""
    return 0 < i < len(words) - 1 and bool(_DOTTED_INITIALS.fullmatch(words[i])) and _capitalised(words[0])


_GLUED_PARTICLE = re.compile(r"^(?:%s)(?=[A-Z][a-z])" % "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)))
"""A lower-case name particle written run into the capitalised rest of a
surname ("diLuca"), which is still the surname's first word."""


_AS_ADJECTIVE = re.compile(r"-(?:led|backed|based|style|era|like|funded|owned|appointed|allied|aligned)$", re.I)
"""Endings that make a name a modifier ("the Trump-led field")."""


def _capitalised(word: str) -> bool:
    """Whether `word` opens on a capital and is not all capitals, a
    lower-case particle hyphened to it aside ("al-Rashidi", "el-Amin"), or
    run into it before a capital ("diLuca", "vanHorne": a surname that
    keeps its particle in lower case)."""
    particle, hyphen, rest = word.partition("-")
    if hyphen and particle in NAME_PARTICLES and rest:
        word = rest
    else:
        word = _GLUED_PARTICLE.sub("", word)
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper() and any(c.islower() for c in letters)


def name_cased(word: str) -> bool:
    """Whether `word` is cased as a word of a name: opening on a capital,
    or on a lower-case particle hyphened or glued to a capitalised rest
    ("al-Rashidi", "deLuca"), and not all capitals."""
    return _capitalised(word)


SURNAME_CLOSE = 85  # rapidfuzz ratio two spellings of one surname reach ("Lavrov"/"Lavrow")
TRANSPOSED_MIN = 5  # letters a word needs for two of them swapped to be a slip, not another name


def transposed(a: str, b: str) -> bool:
    """Whether `a` and `b`, of `TRANSPOSED_MIN` letters or more, differ only
    by two neighbouring letters swapped ("jaczko"/"jazcko"): a typing slip,
    which fuzzy ratios score as low as a different name."""
    if len(a) != len(b) or len(a) < TRANSPOSED_MIN:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two names can be one person: "Sergey Lavrov" ~ "Sergei Lavrov"
    ~ "Lavrov", "Mike Bloomberg" ~ "Michael Bloomberg" (a nickname, also of
    the given name after a first initial: "Chris Lind" ~ "J. Christopher Lind"),
    "James Clapper" ~ "James R. Clapper Jr." (a generational suffix), but
    "Imran Khan" !~ "Shahid Khan" (first names differ), "Paul Paul" !~
    "Rand Paul" (a word written twice is there twice), and two full names
    the suffixes tell apart (`_suffixes_differ`) or the middle initials
    (`_initials_differ`: "George H.W. Lind" !~ "George W. Lind") are two
    people."""
    from rapidfuzz import fuzz

    wa, wb = _without_suffix(fold(a).split()), _without_suffix(fold(b).split())
    if not wa or not wb or fuzz.ratio(wa[-1], wb[-1]) < SURNAME_CLOSE and not transposed(wa[-1], wb[-1]):
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    if _other_sex_form(_called(wa), _called(wb)) or _suffixes_differ(a, b) or _initials_differ(wa, wb) \
            or _middles_differ(wa, wb):
        return False  # "Erica Garner", daughter of "Eric Garner"; "Charles Lind III", son of "Charles Lind Jr."
    counts_a, counts_b = Counter(wa), Counter(wb)
    given_a, given_b = _called(wa), _called(wb)
    if _INITIALS.fullmatch(given_a) or _INITIALS.fullmatch(given_b):
        given_a, given_b = wa[0], wb[0]  # "J. Lind" / "J. Ray Lind": only the first initial to compare
    return fuzz.ratio(given_a, given_b) >= 75 or counts_a <= counts_b or counts_b <= counts_a \
        or nickname(given_a, given_b)


def _called(words: list[str]) -> str:
    """The given name a person goes by (folded words of a full name): the
    first, or the one after a first initial ("christopher" of "j.
    christopher lind")."""
    if len(words) > 2 and _INITIALS.fullmatch(words[0]) and not _INITIALS.fullmatch(words[1]):
        return words[1]
    return words[0]


def _suffixes_differ(a: str, b: str) -> bool:
    """Whether two full names are two generations by their suffixes: each
    has one and they differ ("Jr." / "III"), or only one has one and the
    other holds a middle name or initial it lacks ("Donald J. Trump" /
    "Donald Trump Jr."): a name written with its middle initial is written
    in full, so had it a suffix it would show it ("James Clapper" / "James
    R. Clapper Jr." and "Joe Biden" / "Joseph R. Biden Jr." may be one man)."""
    sa, sb = generational_suffix(a), generational_suffix(b)
    if sa and sb:
        return sa != sb
    if not (sa or sb):
        return False
    plain, suffixed = (a, b) if sb else (b, a)
    middle = _without_suffix(fold(plain).split())[1:-1]
    return not Counter(middle) <= Counter(_without_suffix(fold(suffixed).split()))


def _initials_differ(wa: list[str], wb: list[str]) -> bool:
    """Whether two full names (folded words, no suffix) each hold middle
    initials and those differ ("George H.W. Lind" / "George W. Lind"):
    news writes a middle initial to tell a person from another of the same
    given name and surname, so two different ones are two people.  A middle
    name written out ("John Fitzgerald Lind") is left to the other tests."""
    ma, mb = _middle_initials(wa), _middle_initials(wb)
    return bool(ma and mb) and ma != mb


def _middles_differ(wa: list[str], wb: list[str]) -> bool:
    """Whether two full names (folded words, no suffix) each hold middle
    words written out, and those differ, neither holding the other's nor
    one spelt like the other ("Ana Maria Lind" / "Ana Sofia Lind", or two
    names of three words that share their first and last, as names written
    surname first do): two people.  "Ana Lind" / "Ana Maria Lind" and
    "Ana Maria Lind" / "Ana Maria Sofia Lind" may be one."""
    from rapidfuzz import fuzz

    ma, mb = wa[1:-1], wb[1:-1]
    if not ma or not mb or any(_INITIALS.fullmatch(w) for w in ma + mb):
        return False
    if Counter(ma) <= Counter(mb) or Counter(mb) <= Counter(ma):
        return False
    return not any(fuzz.ratio(x, y) >= 75 for x in ma for y in mb)


def _middle_initials(words: list[str]) -> str:
    """The letters of a name's middle initials ("h.w." of "george h.w. lind"
    -> "hw"), "" when it has no middle or one not written as initials."""
    middle = words[1:-1]
    if not middle or not all(_INITIALS.fullmatch(w) for w in middle):
        return ""
    return "".join(c for w in middle for c in w if c.isalpha())


_INITIALS = re.compile(r"(?:[^\W\d_]\.?)(?:[^\W\d_]\.)*", re.UNICODE)
"""A word of initials, folded: "w.", "h.w.", "w"."""


def generational_suffix(name: str) -> str | None:
    """A full name's generational suffix, folded and without its stop
    ("jr", "iii"), or None."""
    words = fold(name).split()
    last = words[-1].strip(",.") if len(words) > 1 else ""
    return last if last in GENERATIONS else None


_FEMININE_ENDINGS = ("a", "e", "ia", "ina", "ine", "ette", "elle", "ne")


def _other_sex_form(a: str, b: str) -> bool:
    """Whether one given name is the other with a feminine ending ("eric" /
    "erica", "paul" / "paula", "louis" / "louise"): two people, however
    alike the spelling."""
    short, long = sorted((a.strip("."), b.strip(".")), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short):] in _FEMININE_ENDINGS


def nickname(a: str, b: str) -> bool:
    """Whether one folded first name is an English nickname of the other
    ("mike"/"michael", "dick"/"richard"), by the `nicknames` package's
    hand-curated table."""
    namer = _nick_namer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


FORMER = re.compile(r"\b(former|ex|then|erstwhile|retired|outgoing|one-time|onetime|late|previous|past|ousted"
                    r"|deposed|toppled|overthrown)\b[- ]?", re.I)
"""Words that put a role in another time than the article's ("former
minister", "the late senator", "then-governor", "the previous nominee",
"ousted campaign manager", "the deposed president"), with the space or
hyphen after them."""


KINSHIP = {**dict.fromkeys("""daughter wife mother sister widow niece granddaughter grandmother aunt stepdaughter
    stepmother fiancee fiancée""".split(), "f"),
           **dict.fromkeys("""son husband father brother widower nephew grandson grandfather uncle stepson
    stepfather fiance fiancé""".split(), "m"), "cousin": "?"}
"""Nouns of kinship (general English) and the sex they give ("?" for none):
"his wife, Heidi Cruz"."""


SEXED_TITLES = {**dict.fromkeys("""lady queen princess duchess countess baroness dame empress actress abbess nun
    sister businesswoman chairwoman congresswoman spokeswoman councilwoman policewoman sportswoman""".split(), "f"),
                **dict.fromkeys("""king prince duke baron emperor abbot monk brother sir lord""".split(), "m")}
"""Title words that give their holder's sex ("first lady Ann Lind", "King
Osman"), beside kinship (general English)."""


def opens_on_description(words: list[str]) -> bool:
    """Whether a name of three words or more opens on a common noun that is
    no given name, before a given name ("Sculptor Ann Berg", "Billionaire
    Tom Lind"): a description capitalised as a sentence's first word, not
    part of the name."""
    from .nlp import known_noun  # nlp imports this module

    return len(words) > 2 and known_noun(words[0]) and not given_name(words[0]) and given_name(words[1])


def given_name(word: str) -> bool:
    """Whether `word` is an English given name or a nickname of one
    ("Mark", "Bill"), by the `nicknames` package's table."""
    namer, key = _nick_namer(), fold(word)
    return bool(namer.nicknames_of(key) or namer.canonicals_of(key))


@lru_cache(maxsize=1)
def _nick_namer():
    from nicknames import NickNamer

    return NickNamer()


def role_specificity(role: str) -> float:
    """How much a role says: more words and proper names score higher,
    abbreviations ("PM") lower."""
    words = role.split()
    return len(words) + sum(w[:1].isupper() for w in words) * 0.5 - 2 * sum(w.isupper() for w in words)


def initials(name: str) -> str:
    """The capital initials of a name's capitalised words, as an acronym of
    it would spell them: "Federal Bureau of Investigation" -> "FBI",
    "New York City" -> "NYC"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def acronym(name: str) -> str | None:
    """A one-word name written in capitals, without its dots ("F.B.I." ->
    "FBI"), or None."""
    word = name.replace(".", "")
    return word if " " not in name and 2 <= len(word) <= 6 and word.isalpha() and word.isupper() else None


@lru_cache(maxsize=65536)
def name_words(name: str) -> frozenset[str]:
    """The folded words of a name, for subset tests ("Lavrov" in "Sergey Lavrov")."""
    return frozenset(fold(name).split())


def fathers_names(name: str) -> frozenset[str]:
    """The folded words of `name` right after a lower-case patronymic
    particle (`PATRONYMIC`): "Faisal bin Osman" -> {"osman"}, his father's
    name, which alone names the father, not him."""
    words = name.split()
    return frozenset(fold(after) for word, after in zip(words, words[1:]) if word in PATRONYMIC)


def surname(name: str) -> str:
    """The folded last word of a name, a generational suffix left out
    ("James R. Clapper Jr." -> "clapper"): the key people are merged on."""
    words = _without_suffix(fold(name).split())
    return words[-1] if words else ""


GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""Generational suffixes after a name ("Jr.", "III"), lower-cased, with and without the stop."""


def generations_differ(a: str, b: str) -> bool:
    """Whether two names are the same words but for a generational suffix
    ("Donald Trump" / "Donald Trump Jr."): one person in most articles,
    father and son where an article tells them apart."""
    (base_a, suffixed_a), (base_b, suffixed_b) = generation(a), generation(b)
    return len(base_a) > 1 and base_a == base_b and suffixed_a != suffixed_b


@lru_cache(maxsize=65536)
def generation(name: str) -> tuple[tuple[str, ...], bool]:
    """(the folded words of `name` without a generational suffix, whether it
    had one): "Ada Velt Jr." -> (("ada", "velt"), True).  Two names whose
    generations differ (`generations_differ`) share the first."""
    words = fold(name).split()
    base = _without_suffix(list(words))
    return tuple(base), len(base) < len(words)


def _without_suffix(words: list[str]) -> list[str]:
    """Folded name words without a trailing generational suffix ("jr.", "iii")."""
    while len(words) > 1 and words[-1].strip(",") in GENERATIONS:
        words = words[:-1]
    return [w.rstrip(",") for w in words]


_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "gen": "general", "sec": "secretary"}
_ROLE_FILLER = frozenset("the a an of 's then his her their its".split())


def role_words(text: str) -> set[str]:
    """A role's content words, folded and stemmed so that "Russia's Prime
    Minister", "the Russian PM" and "prime minister of Russia" compare equal."""
    words = []
    for word in fold(text).replace("-", " ").split():
        word = word.strip(".,").removesuffix("'s")
        words += _ABBREVIATIONS.get(word, word).split()
    return {_stem(w) for w in words if w and w not in _ROLE_FILLER}


def _stem(word: str) -> str:
    for suffix, keep in (("ian", 3), ("ese", 0), ("an", 3), ("i", 5)):
        if word.endswith(suffix) and len(word) > keep + len(suffix):
            return word[: -len(suffix)] if suffix != "ian" else word[:-1]
    return word


@lru_cache(maxsize=65536)
def role_fits(description: str, role: str) -> bool:
    """Whether a description ("the Russian foreign minister") names someone
    with `role` ("Foreign Minister of the Russian Federation"): same head
    noun, and every word of the description in the role."""
    wanted, have = role_words(description), role_words(role)
    head = [w for w in fold(description).split() if w.strip(".,")]
    if not wanted or not head or not is_role_word(head[-1]):
        return False
    if have & PAST_ROLE and not wanted & PAST_ROLE:
        return False  # "the governor" is not "Former Florida Governor"
    # "counterpart of the foreign minister" is not the foreign minister: the
    # role's own head noun (before any "of ...") must be the description's.
    return wanted <= have and role_head(role) == head_noun(description)


PAST_ROLE = frozenset("former ex then onetime erstwhile retired".split())
"""Words that make a role one held before ("former Senator", "then-Sen.",
"retired admiral"): it fits only a description that says so, and is a
person's role only when the article gives no office held now."""


@lru_cache(maxsize=8192)
def role_head(role: str) -> str:
    """The head noun of a role, before any "of ...": "minister" for
    "Foreign Minister of the Russian Federation"."""
    return head_noun(role.split(" of ")[0])


def head_noun(text: str) -> str:
    """The last word of a role or description, abbreviations expanded ("PM" -> "minister")."""
    words = [w.strip(".,").removesuffix("'s") for w in fold(text).replace("-", " ").split()]
    expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in words if w.strip(".,")).split()
    return expanded[-1] if expanded else ""

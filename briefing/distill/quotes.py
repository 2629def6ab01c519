"""Direct quotations in one article: a parsed `Article` in, `Quote`s out.

1. Spans: text between quotation marks (straight or curly), paired within a
   paragraph; a paragraph that ends inside a quote and a next one that opens
   with a mark make one quote (one `Source` per paragraph piece).
2. Embedded posts: a paragraph signed "— Name (@handle) date" makes the
   paragraph before it a quote by Name.  Transcript turns: in an interview
   printed as "TRUMP: ...", "HABERMAN: ...", each turn is a quote by its
   speaker.
3. Scare quotes out: a word or short phrase in marks is kept only when a
   reporting frame gives it a speaker (speakers.py decides).
4. Speakers scored by the trained model (speakers.py): a frame around the
   quote, or the previous quote's speaker going on; otherwise None, never
   a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from ..language import nlp
from ..language.casing import headline, page_debris
from ..language.names import fold, given_name, looks_like_person, surname
from ..language.saying import REPORTING, TELLING
from ..models import Article, Person, Quote
from . import speakers
from .roles import in_quote

_OPENERS, _CLOSERS = "“„«", "”»"
_MARKS = re.compile(r"(?<!')''(?!')|[\"“”„«»]")  # two apostrophes stand for a double mark in some archives
_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*(?P<name>[^()\n]{2,60}?)\s*\(@\w+\)")
_TRAILING_LINK = re.compile(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+)+\s*$")
MIN_STATEMENT_WORDS = 4
_SMALL_WORDS = frozenset("the a an of to in on at with for and or by from is".split())  # capitalised only in titles
_FIRST_PERSON = re.compile(r"I(?:['’]\w+)?\W*$")  # "I", "I'm": capitalised in speech too, never a title's sign
_NEAR_FRAME = 30  # characters between a short quote and its reporting verb
_PHRASE = re.compile(r"\w+")
_POSSESSIVE_END = re.compile(r"\ws['’]\s*$")  # "News’ ", a plural's or an -s name's possessive


@dataclass(frozen=True)
class Span:
    """A quotation's pieces as (start, end) character spans, one per paragraph."""

    pieces: tuple[tuple[int, int], ...]
    nested: bool = False  # opened inside another quotation left open: whose words, the text does not say

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def find_quotes(article: Article, doc, people: tuple[Person, ...]) -> tuple[Quote, ...]:
    """Each direct quotation in the article with its speaker (or None)."""
    found: list[Quote] = []
    previous = None
    sentences = speakers.Sentences(doc, people)
    for span in sorted(quote_spans(article), key=lambda s: s.start):
        speaker = speakers.Speaker() if span.nested else \
            speakers.attribute(article, doc, span, people, sentences, previous)
        text = _text(article, span)
        if speaker.name and (_tells_of(text, speaker.name)
                             or (speaker.cue == "continues quote" or text[:1].islower()) and _owned_by(text, speaker.name)):
            # a fragment naming the speaker as an owner ("to spare “Lind's
            # partners”") is someone's account of them, not their words
            speaker = speakers.Speaker()
        words = len(_PHRASE.findall(text))
        if _LABEL_ONLY.fullmatch(text):
            continue  # "“Related:”": a page's label in marks, no one's words
        if words < MIN_STATEMENT_WORDS and _MENTIONED.search(article.text, max(0, span.start - 16), span.start):
            # "words like “maybe” and “perhaps”, he told reporters": words
            # mentioned, not said; a quotation after still goes on from him.
            previous = (speaker, span) if speaker.name else previous
            continue
        if speaker.cue != "continues quote" and _not_a_statement(article, doc, span, speaker, words):
            continue
        quote = Quote(text=text, speaker=speaker.name, speaker_role=speaker.role,
                      cue=speaker.cue, sources=tuple(article.source(a, b) for a, b in span.pieces))
        found.append(quote)
        previous = (speaker, span)
    found += _posts(article, found, people)
    turns = _turns(article, found, people)
    # A turn holds the quotations its speaker quotes ("TRUMP: ... they said,
    # “...”"): they go with the turn, not on their own.
    found = [q for q in found if not any(_inside(q, turn) for turn in turns)] + turns
    return tuple(sorted(found, key=lambda q: q.sources[0].start))


def _inside(quote: Quote, turn: Quote) -> bool:
    """Whether every piece of `quote` lies within the one span of `turn`."""
    span = turn.sources[0]
    return all(span.start <= s.start and s.end <= span.end for s in quote.sources)


def _tells_of(text: str, name: str) -> bool:
    """Whether quoted `text` reports `name` speaking in the third person
    ("... Rep. Ann Lee spoke to reporters and said ... Lee said the
    testimony differed"): someone's account of the speaker, run into the
    speaker's own words, not theirs alone."""
    surname = name.split()[-1]
    return bool(re.search(rf"\b{re.escape(surname)}\s+(?:{_SAID_FORMS})\b", text))


_SAID_FORMS = "said|says|told|tells|added|spoke|noted|explained"


def _owned_by(text: str, name: str) -> bool:
    """Whether quoted `text` names `name` as an owner ("one flaw of Lind's
    otherwise fine report is ..."): someone writing of that person, so no
    words of theirs going on from their last quotation."""
    return bool(re.search(rf"\b{re.escape(name.split()[-1])}['’]s?(?!\w)", text))


def _not_a_statement(article: Article, doc, span: Span, speaker, words: int) -> bool:
    """Scare quotes ("the “Quad” exercise") and titles in marks ("“Hybrid
    Wars: The Indirect Approach”"): short phrases with no frame right next
    to them, and capitalised phrases with no verb."""
    if _SO_CALLED.search(article.text, max(0, span.start - 16), span.start):
        return True  # 'taxing so-called “carry-over” income': a term the writer names, no one's words
    if _a_label(doc, span) or _denied_outside(doc, span) or _a_reference(doc, span) or _a_title_given(doc, span) \
            or _a_works_title(article, doc, span) or _a_name_given_a_thing(doc, span) or _a_noun_modifier(doc, span) \
            or _a_phrase_cited(doc, span, speaker) or _an_object_in_anothers_clause(doc, span, speaker) \
            or _text_in_brackets_after_a_noun(article, doc, span) or _a_saying_of_no_one(doc, span, speaker) \
            or _woven_into_a_sentence_of_no_saying(doc, span, speaker):
        return True
    if words < MIN_STATEMENT_WORDS:
        # A phrase is someone's words only in a frame of saying right by it:
        # "Putin was orchestrating “separatist disorder”" is the writer's.
        near = speaker.distance is not None and (speaker.distance <= _NEAR_FRAME or _called_so(article, span, speaker))
        return not near or not speaker.says \
            or _named_work(article, doc, span) or _title_cased(_text(article, span).split()) \
            or _addressed(doc, span) or _a_word_as_a_noun(doc, span) or _a_verb_cut_from_its_object(doc, span)
    words = _text(article, span).split()
    capitals = sum(w[:1].isupper() for w in words) / max(1, len(words))
    small_caps = sum(w.lower() in _SMALL_WORDS and w[:1].isupper() for w in words[1:])
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    has_verb = tokens is not None and any(t.pos_ in ("VERB", "AUX") for t in tokens)
    if tokens is not None and not has_verb and len(span.pieces) == 1 and tokens.root.dep_ in ("nsubj", "nsubjpass") \
            and not tokens.start <= tokens.root.head.i < tokens.end:
        return True  # 'A “veteran Republican Party operative” told the paper': who speaks, in the writer's marks
    if _title_cased(words):
        return True
    return capitals > 0.6 and (not has_verb or small_caps > 0)


_SO_CALLED = re.compile(r"\bso[- ]called\s*(?:''|[“\"'‘«])\s*$", re.I)
""""so-called" and the quotation's opening mark: the marks set off a term,
as the writer names it."""

_CALLED = re.compile(r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed)?|label(?:s|ed|led)?|term(?:s|ed)?|brand(?:s|ed)?"
                     r"|deem(?:s|ed)?)\s+(?:[\w'’-]+\s+){1,8}?(?:[“\"][^“”\"]{1,60}[”\"]\s+(?:and|or)\s+(?:an?\s+)?)?"
                     r"[“\"‘]$")
"""A verb of calling, the words of the thing called (up to eight, no
punctuation), perhaps a first quoted name and "and", then the quotation's
opening mark: "called the harbour plan “" """


def _called_so(article: Article, span: Span, speaker) -> bool:
    """Whether a short quotation is what the speaker's own verb of calling
    names the thing ("Lund had called the council's harbour plan “a
    non-starter”", "called it “a gamble” and a “giveaway”"): the verdict
    is the speaker's, however many words the thing called puts between."""
    cue = (speaker.cue or "").split()
    before = article.text[max(0, span.start - 120):span.start]
    match = _CALLED.search(before)
    return bool(cue) and match is not None and match.group().split()[0].lower() == cue[-1].lower()


_FINITE = frozenset("VBD VBZ VBP MD".split())
_SPEAKING = TELLING | {"speak", "talk"}


def _a_phrase_cited(doc, span: Span, speaker) -> bool:
    """Whether the quotation is a phrase with no finite verb that the
    writer's clause takes as the object of a preposition after a noun
    ("rewarded her for her success in “building a culture of care”", "a
    right to “the free use of the land”") or, with no speaker found, as the object of a
    participle not of saying ("its goals included growing “small business
    accounts”"): words cited from somewhere, no statement anyone made.
    After a preposition in a sentence with a verb of saying, the phrase is
    the speaker's words ("she said, in an attack on “the old guard”")."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(span.pieces) > 1 or any(t.tag_ in _FINITE for t in tokens):
        return False
    roots = [t for t in tokens if not t.is_punct and not tokens.start <= t.head.i < tokens.end]
    if len(roots) != 1:
        return False
    root, head = roots[0], roots[0].head
    if root.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        # In a sentence with a verb of saying ("X said in an attack on “...”",
        # "X said the plan is part of the “...”") the phrase is the speaker's.
        said = any(t.lemma_.lower() in _SPEAKING for t in tokens.sent if not tokens.start <= t.i < tokens.end)
        return head.head.pos_ in ("NOUN", "ADJ") and not said
    return speaker.name is None and root.dep_ == "dobj" and head.tag_ == "VBG" \
        and head.lemma_.lower() not in _SPEAKING and not any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _an_object_in_anothers_clause(doc, span: Span, speaker) -> bool:
    """Whether the quotation is a noun phrase (with no verb but in its own
    relative clause) that the writer's clause takes as the object of a
    verb not of saying, whose subject is someone or something other than
    the speaker ("the bill would let firms target “programs that they
    dislike”", "argued the law undermines “vital city interests”"): words
    cited inside a sentence about something else, which read alone as
    the speaker's say nothing, or say it of the wrong "they"."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(span.pieces) > 1 or not speaker.name \
            or len(_PHRASE.findall(tokens.text)) <= MIN_STATEMENT_WORDS:
        return False  # "said Lind made “a very fair bid”": a short verdict of the speaker's own
    roots = [t for t in tokens if not t.is_punct and not tokens.start <= t.head.i < tokens.end]
    if len(roots) != 1 or roots[0].dep_ != "dobj" or roots[0].pos_ not in ("NOUN", "PROPN"):
        return False
    inner = {t.i for t in tokens if t.dep_ in ("relcl", "acl") for t in t.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in inner for t in tokens):
        return False
    verb = roots[0].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_.lower() in _SPEAKING | _CALLING or not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    return subjects[0].text.rstrip(".") not in {word.rstrip(".") for word in speaker.name.split()}


def _text_in_brackets_after_a_noun(article: Article, doc, span: Span) -> bool:
    """Whether the quotation is all that a pair of brackets holds, right
    after a noun ("read out Part 2, Clause 4 (“No rent shall be raised
    ...”)", "the motto (“Ever onward”)"): the wording of the thing that
    noun names, cited, not a statement of anyone in the sentence."""
    text = article.text
    before = text[:span.start].rstrip().rstrip("“\"‘'«").rstrip()
    after = text[span.end:].lstrip("”\"’'».,!? ")
    if len(span.pieces) > 1 or not before.endswith(("(", "[")) or not after.startswith((")", "]")):
        return False
    i = bisect_left(doc, len(before) - 1, key=lambda t: t.idx) - 1
    # Not a time ("spoke on Friday (“...”)"): when the words were said, not what they name.
    return i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "NUM") and doc[i].ent_type_ not in ("DATE", "TIME")


def _a_saying_of_no_one(doc, span: Span, speaker) -> bool:
    """Whether the quotation, with no speaker found, is a proverb the
    writer cites: a frame over it whose noun, or whose subject, is a
    proverb's ("there is a saying that goes “...”", "as the old adage
    says, “...”").  Words everyone says, no one's statement."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if speaker.name or tokens is None or len(tokens) == 0:
        return False

    def proverbial(frame) -> bool:
        return frame.lemma_.lower() in PROVERBS or any(
            c.dep_ == "nsubj" and c.lemma_.lower() in PROVERBS for c in frame.children)

    # A frame set inside the quoted sentence ("As the adage says, “...”") hangs on its root.
    if any(proverbial(c) for c in tokens.root.children if not tokens.start <= c.i < tokens.end):
        return True
    frame = tokens.root.head
    while not tokens.start <= frame.i < tokens.end:
        if proverbial(frame):
            return True
        if frame.head.i == frame.i:
            return False
        frame = frame.head
    return False


def _woven_into_a_sentence_of_no_saying(doc, span: Span, speaker) -> bool:
    """Whether the quotation, with no speaker found, is a piece of the
    writer's sentence cut mid-clause (it opens in lower case) and set in
    it as a modifier or an object, in a sentence with no verb of saying
    ("the rule makes it an offence for a clerk “who stamps a form ...”", "to
    use “her desk for the purpose of ...”"): wording cited from a text,
    which alone, as no one's statement, says nothing.  A clause the
    sentence reports ("the audit found the board “failed its tenants”")
    stays."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if speaker.name or len(span.pieces) > 1 or tokens is None or len(tokens) == 0:
        return False
    first = next((t for t in tokens if not t.is_punct), None)
    roots = [t for t in tokens if not t.is_punct and not tokens.start <= t.head.i < tokens.end]
    if first is None or not first.is_lower or len(roots) != 1 or roots[0].dep_ not in _WOVEN:
        return False
    root = roots[0]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES | {"that"} for c in root.children):
        return False  # "comments from her that “time prevented a faster response”": a clause, a statement
    # A verb in another quotation of the sentence ("“who promises a post” to anyone “as a reward”") frames nothing.
    return not any(t.pos_ == "VERB" and t.lemma_.lower() in _FRAMING and not in_quote(doc, t.idx, t.idx + 1)
                   for t in root.sent if not tokens.start <= t.i < tokens.end)


_WOVEN = frozenset("relcl acl prep pobj dobj pcomp npadvmod appos amod".split())
_FRAMING = _SPEAKING | frozenset("""accord call name term dub label mock deride ridicule praise hail slam blast
criticize criticise decry condemn denounce dismiss""".split())
"""Verbs that frame words as someone's: of saying, of naming, and of
judging aloud ("mocked him as a “...”")."""


PROVERBS = frozenset("saying proverb adage maxim aphorism".split())
"""General English nouns for words everyone says, no one in particular."""


def _a_label(doc, span: Span) -> bool:
    """Whether the quotation is a phrase with no verb set beside a name
    before it, describing it ("the Harbor Fund, a pro-Lind “action
    committee,” argued"): the writer's label, no one's words.  (A phrase in
    marks before a noun, "a “balanced” budget", may be the speaker's word.)"""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(span.pieces) > 1 or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    root, head = tokens.root, tokens.root.head
    if tokens.start <= head.i < tokens.end:
        return False
    return root.dep_ == "appos" and head.pos_ == "PROPN" and head.i < root.i


def _a_reference(doc, span: Span) -> bool:
    """Whether the quotation is the title of a work cited in a sentence with
    no verb, a year in brackets after it ('Ada Ben-Or et al., "A census of
    the soil fungi," PLOS Biology (2016).'): a reference, no one's words."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(span.pieces) > 1:
        return False
    sent = tokens.sent
    if any(t.pos_ in ("VERB", "AUX") and not tokens.start <= t.i < tokens.end for t in sent):
        return False  # a title may hold a verb; a sentence around it that has one may be a frame
    after = nlp.text_of(doc)[span.end:sent.end_char]
    return bool(_YEAR_IN_BRACKETS.search(after))


_YEAR_IN_BRACKETS = re.compile(r"\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)")


def _a_title_given(doc, span: Span) -> bool:
    """Whether the quotation is what a participle of naming calls a thing
    ("a review by Marsh et al. entitled “Hidden Kingdoms: The fungi
    below.”", "a report titled “...”"): the thing's title, no one's words."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    heads = {t.head.i for t in tokens if not tokens.start <= t.head.i < tokens.end}
    # Not a label someone is said to give ("the plan, called “a disaster” by critics"): their words.
    return any(doc[i].tag_ == "VBN" and _hangs_on_a_noun(doc[i]) and doc[i].lemma_.lower() in _TITLING
               and not any(c.dep_ == "agent" for c in doc[i].children) for i in heads)


_CLAUSE_OF_ITS_OWN = frozenset("nsubj nsubjpass aux auxpass".split())


def _hangs_on_a_noun(participle) -> bool:
    """Whether `participle` qualifies a noun before it ("a review
    entitled ..."), or stands alone with no subject or auxiliary of its
    own where a sentence split cut it from that noun ("by Marsh et al. (4)
    | entitled ..."): no clause that says someone did the naming."""
    if participle.dep_ == "acl":
        return True
    return participle.dep_ == "ROOT" and not any(c.dep_ in _CLAUSE_OF_ITS_OWN for c in participle.children)


_TITLING = frozenset("entitle title call name headline subtitle".split())


def _a_works_title(article: Article, doc, span: Span) -> bool:
    """Whether the quotation is set right after a noun it names: a name's
    noun ("the slogan “...”", "a motto: “...”") whatever follows, or a
    work's ("a report to the board: “...,” which found that") when a
    clause on the work follows the marks.  A title, no one's words."""
    if len(span.pieces) > 1:
        return False
    i = bisect_left(doc, span.start, key=lambda t: t.idx) - 1
    while i >= 0 and doc[i].is_punct and doc[i].idx >= span.start - 4:
        i -= 1  # the opening mark, and a colon or comma before it
    if i < 0 or doc[i].idx + len(doc[i]) < span.start - 4:
        return False
    noun = doc[i]
    for _ in range(3):  # "a report to the Ministry of Finance:": what the report is called, not the ministry
        if noun.dep_ != "pobj" or noun.head.lower_ not in _WHOSE or noun.head.i < 1:
            break
        noun = doc[noun.head.i - 1]
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in _NAME_NOUNS | _WORK_NOUNS:
        return False
    return lemma in _NAME_NOUNS or bool(_ON_THE_WORK.match(article.text, span.end))


def _a_name_given_a_thing(doc, span: Span) -> bool:
    """Whether the quotation is a short phrase with no verb that a frame of
    naming gives a thing: what a passive of naming makes it ("it is called
    “farmer's lung”"), what "known as" names, or what a term or name is
    ("the term used is “farmer's lung”").  A name, no one's words."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    words = [t for t in tokens or () if not t.is_punct]
    if len(span.pieces) > 1 or not words or len(words) > _NAME_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    root = tokens.root
    frame = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if tokens.start <= frame.i < tokens.end:
        return False
    lemma = frame.lemma_.lower()
    # Not a name someone is said to give ("was called “a cheat” by his rival"): their words.
    passive = any(c.dep_ == "auxpass" for c in frame.children) and not any(c.dep_ == "agent" for c in frame.children)
    if lemma in _CALLING and passive and root.dep_ in ("oprd", "attr", "pobj", "dobj"):
        return True  # "it is called", "is known as"
    return lemma == "be" and root.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _NAME_NOUNS | {"term", "name", "phrase", "word", "expression"}
        for c in frame.children)


_NAME_WORDS = 5
_CALLING = frozenset("call name term dub know label nickname title".split())
_WHOSE = frozenset("to for from by of".split())
_NAME_NOUNS = frozenset("slogan motto tagline catchphrase hashtag title subtitle headline nickname".split())
_WORK_NOUNS = frozenset("report study book paper article essay film documentary album song poem play "
                        "column memo memoir novel series show programme program exhibition".split())
_ON_THE_WORK = re.compile(r"[”\"»]?\s*,?\s*[”\"»]?\s*(?:which|that)\s+\w+", re.I)


def _denied_outside(doc, span: Span) -> bool:
    """Whether the quotation is what a negated verb right before its marks
    takes ("he did not feel “this is a hard case”", "never said “we
    will win”"): shown alone, the words would say the opposite of what
    the sentence reports."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    root, verb = tokens.root, tokens.root.head
    if root.dep_ not in ("ccomp", "dobj", "xcomp") or tokens.start <= verb.i < tokens.end or verb.i > root.i:
        return False
    between = doc[verb.i + 1:tokens.start]
    return any(c.dep_ == "neg" for c in verb.children) and all(t.is_quote or t.dep_ == "neg" for t in between)


def _addressed(doc, span: Span) -> bool:
    """Whether the quotation is the object of a verb of saying whose words
    are told in a clause of their own ("Lind asked the “expert” to leave",
    "told the “panel” that ..."): the one spoken to, in the writer's marks,
    not what was said.  (Another verb's object is the speaker's words:
    "accused him of forcing “a pointless delay” to ...".)"""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(span.pieces) > 1:
        return False
    root, verb = tokens.root, tokens.root.head
    return root.dep_ in ("dobj", "dative") and not tokens.start <= verb.i < tokens.end \
        and verb.lemma_.lower() in REPORTING \
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > root.i for c in verb.children)


def _a_word_as_a_noun(doc, span: Span) -> bool:
    """Whether the quotation is one word that is no noun, made a noun by a
    determiner before the marks ("it seems the “finished” meant the vote",
    "her “maybe”"): a word mentioned, what someone wrote before, not the
    words of the one the sentence names."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    words = [t for t in tokens or () if not t.is_punct]
    if len(words) != 1 or len(span.pieces) > 1:
        return False
    word = words[0]
    return word.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and word.dep_ in _NOMINAL \
        and any(c.dep_ in ("det", "poss") and c.i < tokens.start for c in word.children)


_NOMINAL = frozenset("nsubj nsubjpass dobj pobj attr".split())


def _a_verb_cut_from_its_object(doc, span: Span) -> bool:
    """Whether the quotation is a short phrase headed by a verb whose
    object or complement lies outside the marks ("he said he “admires”
    the mayor"): a word the writer kept in marks inside a paraphrase,
    which says nothing shown alone."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(span.pieces) > 1:
        return False
    root = tokens.root
    completing = [c for c in root.children if c.dep_ in _COMPLETING and not c.is_punct]
    # Not "will “trim the fat” in every unit": the verb's object is inside, only an adjunct outside.
    return root.pos_ in ("VERB", "AUX") and bool(completing) and all(c.i >= tokens.end for c in completing)


_COMPLETING = frozenset("dobj dative attr acomp oprd ccomp xcomp".split())


def _a_noun_modifier(doc, span: Span) -> bool:
    """Whether the quotation of two words or more sits between a
    determiner or a possessive and the noun it names ("the city's former
    “stop and search” policy", "a “pay as you go” rule"): the name of a
    thing, no one's words.  (One word there, "a “balanced” budget", or
    a judgement, "a “deeply flawed” plan", may be the speaker's words.)"""
    if len(span.pieces) > 1 or len(_PHRASE.findall(nlp.text_of(doc)[span.start:span.end])) < 2:
        return False
    i = bisect_left(doc, span.start, key=lambda t: t.idx) - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    j = bisect_left(doc, span.end, key=lambda t: t.idx)
    while j < len(doc) and doc[j].is_punct and doc[j].idx <= span.end + 2:
        j += 1
    if i < 0 or j >= len(doc):
        return False
    nxt = doc[j]
    if nxt.idx > span.end + 3 or not nxt.is_lower or nxt.pos_ != "NOUN" or nxt.lemma_.lower() in REPORTING:
        return False
    inside = [t for t in doc[i + 1:j] if not t.is_punct]
    if all(t.pos_ in ("ADJ", "ADV", "CCONJ") or t.tag_ == "VBN" for t in inside):
        return False  # "a “deeply flawed” plan", "its “biased and false” claim": a judgement, the speaker's words
    if inside[-1].pos_ in ("ADP", "DET", "PART") or any(t.pos_ == "NUM" for t in inside):
        return False  # "the “buyer passes the cost on to” shoppers": a clause cut off; "a “1 in 4” risk": a figure
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1  # "the city's former “...” policy"
    mark = doc[i]
    return mark.tag_ in ("POS", "PRP$") or mark.pos_ == "DET" and mark.lower_ not in ("that", "this", "these", "those")


def _title_cased(words: list[str]) -> bool:
    """Whether every word but the small ones is in title case: a slogan or
    a title ("“Make America Great Again” hats", "a book, “Who’s Who in the
    CIA,”", "his 2012 book, “An American Son.”"), not speech ("I" and "I'm"
    are capitalised in speech too, and a lower-case "is" marks a sentence:
    "“Nusra is Al Qaeda,” Kerry said").  Stray marks at a word's edges
    ("'Night Shift") do not count, and a numeral is neither case ("“20
    Days in the Desert”")."""
    bare = [w.strip(_WORD_EDGES) for w in words]
    lettered = [w for w in bare if w and not w[0].isdigit()]
    big = [w for w in lettered if w.lower() not in _SMALL_WORDS or w == "is"]
    return len(words) >= 3 and len(big) >= 2 and all(w[:1].isupper() for w in big) and lettered[0][:1].isupper() \
        and not any(_FIRST_PERSON.match(w) for w in words) and any(any(c.islower() for c in w) for w in big)


_WORD_EDGES = ",.;:!?'‘’\"“”()"


_LABEL_ONLY = re.compile(r"\W*\w+(?:\s+\w+)?:\W*")
"""A quotation that is one or two words and a colon ("Related:", "Read more:"): a label."""
_MENTIONED = re.compile(r"(?:\blike|\bsuch as|\bwords?|\bterms?|\bphrases?|[”\"’'],? (?:and|or))"
                        r"\s*[“\"‘']?\s*$", re.I)
"""Words before a short quotation that make it words mentioned, not said:
"speculative words like “maybe” and “perhaps”, he told reporters"."""


def _named_work(article: Article, doc, span: Span) -> bool:
    """A short phrase in title case after a preposition or a possessive,
    or before a common noun: the name of a programme, book or film ("said
    on KBX’s “Sunday Ledger”", "“Dawn Hour” show host"), or right after
    "told", whose object is who hears ("told “Morning Watch.”"): the name
    of a programme or paper, not words anyone said."""
    words = [w for w in _text(article, span).split() if any(c.isalnum() for c in w)]  # "&" is neither case
    if not words or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) or not words[0][:1].isupper():
        return False
    before = doc.char_span(0, span.start - 1, alignment_mode="contract") if span.start > 1 else None
    last = before[-1] if before is not None and len(before) else None
    if last is not None and (last.pos_ == "ADP" or last.tag_ == "POS" or last.lemma_.lower() == "tell"):
        return True
    if _POSSESSIVE_END.search(article.text, max(0, span.start - 12), span.start - 1):
        return True  # "Lakeside News’ “Holloway,”": the parser reads the bare apostrophe as a closing mark
    # A name in marks before a common noun it names ("the “Dawn Hour” show"):
    # a lower-case word right after it that is no verb of saying or pronoun.
    following = doc.char_span(span.end + 1, min(len(article.text), span.end + 40), alignment_mode="expand")
    nxt = next((t for t in following or () if not t.is_punct and t.idx > span.end), None)
    return nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.idx <= span.end + 3 \
        and nxt.pos_ not in ("PRON", "AUX") and nxt.lemma_.lower() not in REPORTING


def quote_spans(article: Article) -> list[Span]:
    """The quoted passages of the article, marks excluded."""
    spans, carry = [], []
    for paragraph in article.paragraphs:
        start = paragraph.start
        close = _closed_first(article.text, start, paragraph.end) if carry else None
        if close is not None:  # the quotation left open goes on and closes here, no new mark opening it
            spans.append(Span(pieces=tuple(carry) + (_strip(article.text, start, close),)))
            carry, start = [], close + 1
        pieces, open_at, nested = _pair_marks(article.text, start, paragraph.end)
        if carry and pieces and pieces[0][0] == _first_content(article.text, paragraph.start) and open_at is None:
            if _framed_for_someone_new(article, carry, pieces[0]):
                spans.append(Span(pieces=tuple(carry)))  # its closing mark lost: the next words are another's
            else:
                spans.append(Span(pieces=tuple(carry) + (pieces[0],)))
                pieces = pieces[1:]
            carry = []
        elif carry and open_at is not None and not pieces and open_at == _first_content(article.text, paragraph.start):
            carry.append(_strip(article.text, open_at, paragraph.end))
            continue
        spans += _lost_its_close(article.text, carry)
        carry = []
        spans.extend(Span(pieces=joined, nested=joined[0][0] in nested)
                     for joined in _across_asides(article.text, pieces))
        left = _strip(article.text, open_at, paragraph.end) if open_at is not None else None
        if left is not None and left[1] > left[0]:
            # A straight mark with nothing after it in its paragraph closes
            # a quotation and opens none: carried on, it would swallow the
            # next paragraph's first quotation into an empty one.
            carry = [left]
    spans += _lost_its_close(article.text, carry)
    return [s for s in spans if all(b > a for a, b in s.pieces)]


def _framed_for_someone_new(article: Article, carry: list[tuple[int, int]], piece: tuple[int, int]) -> bool:
    """Whether the quotation opening a paragraph, after one left open in
    the paragraph before, has a frame of its own naming someone the
    quotation left open (and the paragraph before it) never names
    ('“We grew up here.' then '“I have seen this before,” added Ivo
    Marek.'): a new speaker's words, not the same quotation going on,
    whose writer would say "he added"."""
    text = article.text
    frame = _FRAME_AFTER.match(text, piece[1])
    words = _STOP.split(frame.group("frame"))[0] if frame else ""
    if not any(_a_saying_form(word) for word in _PHRASE.findall(words)):
        return False
    name = _NAME_RUN.search(words)
    if name is None or name.group("last") == "I":
        return False
    starts = [p.start for p in article.paragraphs]
    before = text[starts[max(0, bisect_left(starts, carry[0][0] + 1) - 2)]:carry[-1][1]]
    return re.search(rf"\b{re.escape(name.group('last'))}\b", before) is None


_FRAME_AFTER = re.compile(r"[,?!]?\s*[”\"]\s*(?P<frame>[^,;:()“”\"\n]{1,80})")
_NAME_RUN = re.compile(r"\b(?:[A-Z][\w’'-]*\.?\s+)*(?P<last>[A-Z][\w’'-]+)\b(?!\.)")
"""The frame's first run of capitalised words ("Mayor Ann Lind", "Rep.
Ed Kerr"), whose last word is the surname a writer would repeat."""
_STOP = re.compile(r"(?<=[a-z]{3})[.!?]\s")
"""A sentence's end (after a word, not a short title's stop)."""


_FRAMED_OPENING = re.compile(r"[,:]\s*[“\"]$")
_WHOLE_SENTENCES = re.compile(r"[.!?]$")


def _lost_its_close(text: str, carry: list[tuple[int, int]]) -> list[Span]:
    """A quotation left open at a paragraph's end that the next paragraph
    does not go on with (it opens on no mark) as one span, when a frame
    opened it with a comma or colon ('He wrote, “I will vote for it.' then
    a paragraph of the writer's) or its mark opens the paragraph ('Lind
    spoke next.' then '“We will build it. We have the money.' then a
    paragraph of the writer's), and it ends on a whole sentence (not an
    ellipsis) with no frame of saying inside: the page lost its closing
    mark.  Else nothing (precision first)."""
    if len(carry) != 1:
        return []
    start, end = carry[0]
    if end <= start or not (_FRAMED_OPENING.search(text, max(0, start - 4), start)
                            or _opens_its_paragraph(text, start) and not _FRAME_INSIDE.search(text, start, end)
                            and not _CUT_SHORT.search(text, start, end)) \
            or not _WHOLE_SENTENCES.search(text, start, end) or _MARKS.search(text, start, end):
        return []
    return [Span(pieces=((start, end),))]


_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*$")
"""A paragraph that ends on an ellipsis ('“While the town has ...'): a
teaser cut off mid-sentence, not the speaker's words whole."""
_FRAME_INSIDE = re.compile(r"[,?!]\s+(?:\w+\s+){0,3}(?:said|says|added|adds|told|tells)\b")
"""A frame of saying after a comma ('..., Lind said.'): in a paragraph
whose quotation never closes, where the words end is not known."""


def _opens_its_paragraph(text: str, start: int) -> bool:
    """Whether the quotation whose words start at `start` opens with the
    first mark of its paragraph: only spaces between the line's start
    and its mark."""
    before = text[:start].rstrip()
    mark = 2 if before.endswith("''") else 1
    line_start = before.rfind("\n", 0, len(before) - mark) + 1
    return len(before) >= mark and before[-mark:] in ("“", '"', "''") and not before[line_start:-mark].strip()


def _closed_first(text: str, start: int, end: int) -> int | None:
    """Where the first mark in text[start:end] is, when it is a closing
    curly mark (a quotation the paragraph before left open ends here);
    else None."""
    found = _MARKS.search(text, start, end)
    return found.start() if found and found.group() in _CLOSERS else None


_ASIDE = re.compile(r"[”\"'’]*\s*(?:--|—|–)\s*[^“”\"\n]{1,200}?\s*(?:--|—|–)\s*[“\"'‘]*")


_FRAME_BETWEEN = re.compile(r",\s*[”\"]\s*[^“”\"\n]{1,200}?,\s*[“\"]")
"""A writer's frame set between two halves of one sentence, each half's
comma beside it ('"The danger," said Quist, an engineer, "is that ...')."""


_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
"""A stop after a word and a capital after it: a new sentence ("... on
Friday. But, he added, “if ...”": a second quotation, the first one's
sentence over)."""


def _frame_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a frame of saying between commas, set in
    one quoted sentence ('," said Quist, an engineer, "'), not more words
    in marks after a comma (', and the mayor, "')."""
    return _FRAME_BETWEEN.fullmatch(text, start, end) is not None and not _SENTENCE_END.search(text, start, end) \
        and any(_a_saying_form(word) for word in _PHRASE.findall(text, start, end))


def _a_saying_form(word: str) -> bool:
    """Whether `word` is a form of a verb of saying ("said", "told",
    "adds", "replied", "joked")."""
    word = word.lower()
    return word in _SAID_IRREGULAR or any(stem in REPORTING for stem in (word, word[:-1], word[:-2], word[:-3] + "y"))


_SAID_IRREGULAR = frozenset("said told wrote spoke".split())
_SUBORDINATOR = re.compile(r"(?:if|when|whenever|while|although|though|because|as|after|before|unless|since|once|"
                          r"whether|until|where|wherever|(?:now|so|given|provided)\s+that|even\s+(?:if|though)|"
                          r"in\s+case)\b", re.I)
"""A word that opens a clause set before the main one, whose comma is the sentence's."""


def _across_asides(text: str, pieces: list[tuple[int, int]]) -> list[tuple[tuple[int, int], ...]]:
    """The pieces of a paragraph as quotations, a quotation broken off
    mid-clause by the writer's aside between dashes joined again ('"I don't
    think the conventional wisdom" -- that he is seen as a nanny-state
    liberal -- "is going to last," he says': one quotation, whose second
    half alone says the opposite), or by its frame set between commas
    ('"The danger," said Quist, "is that ..."': the second half alone is
    no sentence)."""
    joined: list[tuple[tuple[int, int], ...]] = []
    for piece in pieces:
        if joined:
            last = joined[-1][-1]
            between = (last[1], piece[0])
            if text[last[1] - 1].isalnum() and text[piece[0]].islower() and _ASIDE.fullmatch(text, *between):
                joined[-1] = joined[-1] + (piece,)
                continue
            first_person = _OPENS_ON_I.match(text, piece[0]) is not None
            if text[last[1] - 1].isalnum() and (text[piece[0]].islower() or first_person) \
                    and _frame_between(text, *between):
                # The half's comma is the sentence's own after a clause it
                # opens ("If we lose, we appeal", "Leaving, I feel ...": a
                # main clause on "I" after it), the frame's after a subject
                # ("The danger is that ...").
                comma = 1 if _SUBORDINATOR.match(text, last[0]) or first_person \
                    or _CONNECTIVE.match(text, piece[0]) else 0
                joined[-1] = joined[-1][:-1] + ((last[0], last[1] + comma), piece)
                continue
        joined.append((piece,))
    return joined


_CONNECTIVE = re.compile(r"(?:however|though|moreover|furthermore|nevertheless|nonetheless|meanwhile|instead|"
                         r"otherwise|therefore|besides|still|yet|and|but|or|so)\b")
"""A second half that opens on a word joining it to the first as a new
clause ("..., however, ...", "..., but ..."): the first half's comma is
the sentence's own, kept ("I meant to file it last night, however, ...")."""
_OPENS_ON_I = re.compile(r"I(?:['’](?:m|ve|ll|d))?\s")
"""A second half that opens on "I" ("I'm", "I've"): capitalised in the
middle of a sentence too, so no sign of a new one."""


def _pair_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None, set[int]]:
    """Closed quotes inside text[start:end], where an unclosed one opens,
    and the starts of those opened inside another that never closes
    ('Lind went on, “the report was titled “‘No Deal’ ...”': the words of
    someone Lind quotes, or a stray mark; either way not surely Lind's).
    A quotation inside one that closes after it is part of that one
    ('“... his own “tax” returns (he did),” Lind wrote')."""
    pieces, open_at, nested = [], None, set()
    outer, inner = None, None  # the quotation an opener cut into; the one it opened, once closed
    straight = None  # where a quotation opened by a straight mark, left open for a curly one, starts
    for match in _MARKS.finditer(text, start, end):
        mark, at, after = match.group(), match.start(), match.end()
        if open_at is None:
            if straight is not None and mark not in _CLOSERS + _OPENERS and not text[after:end].strip():
                # '"... I will read it: “...?” Forty, yes."': the straight pair holds the curly one
                pieces = [p for p in pieces if p[0] < straight] + [_strip(text, straight, at)]
                straight = None
            elif mark not in _CLOSERS or mark == "”" and _opens_facing_back(text, start, at, after, end):
                open_at = after
        elif mark in _OPENERS and after < end and not text[after].isspace():
            if inner is not None:
                pieces.append(inner)
                nested.add(inner[0])
            # a fresh quotation after a stop or a colon (the last one left open); else one inside it
            outer = None if inner is not None or _FRESH.search(text, open_at, at) else open_at
            straight = open_at if outer is None and inner is None and text[open_at - 1] in "\"'" else straight
            open_at, inner = after, None
        elif outer is not None:
            open_at, outer, inner = outer, None, _strip(text, open_at, at)  # the inner one closes
        else:
            pieces.append(_strip(text, open_at, at))
            open_at, inner = None, None  # the outer one closes, the inner one within it
    if inner is not None:
        pieces.append(inner)
        nested.add(inner[0])
        open_at = None
    return pieces, open_at, nested


def _opens_facing_back(text: str, start: int, at: int, after: int, end: int) -> bool:
    """Whether a closing-style mark at `at` (in the paragraph's text
    [start, end)) opens a quotation: it stands where a sentence starts
    (the paragraph's start, or after a stop) with a word right after it
    and no space between ('he said. ”I have not ...'), which only an
    opening mark does; a closing one is followed by a space or a stop."""
    if after < end and not text[start:at].strip() and _CUT_IN.match(text, after, end):
        return True  # '” … he delivered it,” Lind wrote': a quotation taken up mid-sentence
    return after < end and text[after].isalnum() and (not text[start:at].strip() or _FRESH.search(text, start, at) is not None)


_CUT_IN = re.compile(r"\s*(?:…|\.\.\.)\s*\w")
"""An ellipsis and a word after a paragraph's first mark: words taken up
mid-sentence, which only an opening mark starts (web copy often types it
the wrong way round)."""


_FRESH = re.compile(r"[.!?:]\s*$")
"""The end of a sentence, or a colon, right before an opening mark."""


_NOTE_MARKS = "*†‡"
"""Marks that open a footnote or an erratum inside quotation marks
('“* This line was added later,” it read'): no one says them."""


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "…" or text[start] in _NOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _first_content(text: str, start: int) -> int:
    """Offset just past a paragraph's opening quotation mark."""
    if text.startswith("''", start):
        return start + 2
    return start + 1 if start < len(text) and text[start] in "\"“„«" else -1


def _text(article: Article, span: Span) -> str:
    return " ".join(article.text[a:b] for a, b in span.pieces)


def _posts(article: Article, quotes: list[Quote], people: tuple[Person, ...]) -> list[Quote]:
    """Paragraphs signed "— Name (@handle) date": the paragraph before is
    a post by Name (unless it is already inside a quotation)."""
    taken = sorted((s.start, s.end) for q in quotes for s in q.sources)
    starts = [a for a, _ in taken]
    found = []
    for start, end, match in _signed(article):
        if end > start and not _overlaps(taken, starts, start, end):
            name = speakers.speaker_name(match.group("name").strip(), people)
            role = next((p.role for p in people if p.name == name), None)
            found.append(Quote(text=article.text[start:end], speaker=name, speaker_role=role,
                               sources=(article.source(start, end),), cue="post signature"))
    return found


def _signed(article: Article):
    """(start, end, signature match) of each post: a paragraph followed by
    one signed "— Name (@handle) date", or a paragraph that ends so ("I'm
    thrilled to announce ... pic.twitter.com/x — Hillary Clinton
    (@HillaryClinton) July 23, 2016."), its words cut at the first link
    (what follows is the post's picture and the page's widgets)."""
    text = article.text
    for before, signed in zip(article.paragraphs, article.paragraphs[1:]):
        match = _SIGNATURE.match(text[signed.start:signed.end])
        if match:
            yield before.start, before.start + len(_TRAILING_LINK.sub("", text[before.start:before.end])), match
    for paragraph in article.paragraphs:
        match = _INLINE_SIGNATURE.search(text, paragraph.start, paragraph.end)
        if match:
            link = _LINK.search(text, paragraph.start, match.start())
            end = (link.start() if link else match.start())
            while end > paragraph.start and text[end - 1].isspace():
                end -= 1
            if len(text[paragraph.start:end].split()) >= MIN_STATEMENT_WORDS:
                yield paragraph.start, end, match


_INLINE_SIGNATURE = re.compile(r"\s[—–]\s*(?P<name>[^()\n—–]{2,60}?)\s*\(@\w+\)\s*"
                               r"[A-Z][a-z]+\.? \d{1,2}, \d{4}\.?\s*$")
_LINK = re.compile(r"https?://|pic\.twitter\.com/")


_TURN = re.compile(r"(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s+(?=\S)")
"""A transcript turn's speaker label in capitals ("SANGER: On the ground?")."""
MIN_TURNS = 2


def _turns(article: Article, quotes: list[Quote], people: tuple[Person, ...]) -> list[Quote]:
    """Transcript turns ("TRUMP: Well, I thought ...", "SANGER: On the
    ground?"), each a quote by its speaker.  Only an article whose labels
    make a dialogue counts: two speakers or more, in two turns or more, one
    of them a person the article names (so "WATCH:" and "OPINION:" lines are
    no turns); a label counts when it names such a person, a full name
    ("KATE BOLDUAN"), or the surname of a full-name label or one used twice
    ("BOLDUAN:")."""
    labelled, speakers_of = _dialogue(article, people)
    if not labelled:
        return []
    reaching = sorted((s.start, s.end) for q in quotes for s in q.sources if _reaches_out(article, s))
    starts = [a for a, _ in reaching]
    found = []
    for paragraph, match in labelled:
        name = speakers_of.get(match.group("label"))
        start, end = match.end(), paragraph.end
        if name and not _overlaps(reaching, starts, start, end):
            role = next((p.role for p in people if p.name == name), None)
            found.append(Quote(text=article.text[start:end], speaker=name, speaker_role=role,
                               sources=(article.source(start, end),), cue="transcript"))
    return found


def _reaches_out(article: Article, source) -> bool:
    """Whether a quotation's piece runs past its paragraph's label or end
    (so a turn there is no turn of its own); one inside a turn goes with it."""
    match = _TURN.match(article.text, article.paragraphs[source.paragraph].start,
                        article.paragraphs[source.paragraph].end) if article.paragraphs else None
    paragraph = article.paragraphs[source.paragraph] if article.paragraphs else None
    return match is None or source.start < match.end() or paragraph is None or source.end > paragraph.end


def _turn_speakers(labels: list[str], people: tuple[Person, ...]) -> dict[str, str]:
    """Each transcript label that names a speaker -> the speaker's name."""
    named: dict[str, str] = {}
    counts = Counter(labels)
    full = {surname(label): label for label in labels if len(label.split()) > 1}
    for label in counts:
        title = label.title()
        matches = [p for p in people if surname(p.name) == surname(title)]
        if len(matches) == 1 and (len(label.split()) == 1 or fold(matches[0].name) == fold(title)):
            named[label] = matches[0].name
        elif len(label.split()) > 1 and looks_like_person(title) and given_name(label.split()[0]):
            named[label] = title
        elif len(label.split()) == 1 and (surname(title) in full or counts[label] >= MIN_TURNS) and not matches:
            named[label] = full.get(surname(title), label).title()
    return named


def _quoted_within(taken: list[tuple[int, int, str | None]], starts: list[int], pieces) -> set[str | None] | None:
    """The speakers of the quotations found (`taken`: sorted, disjoint
    (start, end, speaker)) inside the reported words `pieces`; None when
    one reaches outside those words or they cover half of them or more
    (then the sentence is left to the quotations)."""
    speakers_within: set[str | None] = set()
    covered = 0
    for a, b in pieces:
        i = bisect_left(starts, b) - 1
        while i >= 0 and taken[i][1] > a:
            start, end, speaker = taken[i]
            if start < a or end > b:
                return None
            covered += end - start
            speakers_within.add(speaker)
            i -= 1
    return None if covered * 2 >= sum(b - a for a, b in pieces) else speakers_within


def _owners_named(text: str, names: set[str | None]) -> set[str | None]:
    """The `names` that reported `text` names as the owners of words it
    quotes ("the mural answers Hale's remarks about “a fraud”", "words by
    Hale"): the clause tells of their words, it does not hand them on."""
    return {name for name in names if name and re.search(
        rf"\b{re.escape(name.split()[-1])}['’]s?\s|\bby (?:\w+ ){{0,2}}{re.escape(name.split()[-1])}\b", text)}


def _overlaps(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps one of the sorted, disjoint spans `taken`."""
    i = bisect_left(starts, end) - 1
    return i >= 0 and taken[i][1] > start


_MIN_REPORTED_WORDS = 5
_EDGE = " ,;:—–-"


def find_reported(article: Article, doc, people: tuple[Person, ...], direct: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Indirect quotes, each a `Quote` of kind "indirect": a verb of saying
    whose subject names someone and whose clause carries what they said
    ("X said that ..."), or a clause "according to X".  A clause that is
    mostly a quotation `find_quotes` found, or holds another speaker's, is
    left to it; a word or two of the speaker's own the writer quotes keep it
    reported ("charged that Mrs. Clinton “hid” the documents from the
    public"), as does a phrase set in quotation marks that is no quotation
    ("ready to supply “special equipment”");
    a denied saying ("did not say that") is no quote; the speaker must be a name (a person, or an
    organization), never a bare description (precision first)."""
    sentences = speakers.Sentences(doc, people)
    taken = sorted((s.start, s.end, q.speaker) for q in direct for s in q.sources)
    starts = [span[0] for span in taken]
    found = []
    turns = _spoken_turns(article, people) + _left_open(article)
    for sent in sentences.spans:
        if headline(sent.text) or page_debris(sent.text):
            continue  # "Bush Says We Should Pay Attention To History": a heading, told again in the story
        if any(a <= sent.start_char < b for a, b in turns):
            continue  # "TRUMP: ... Obama announces that we're sending ...": the turn's speaker talking, not the article
        for token in sent:
            if any(a <= token.idx < b for a, b in turns):
                continue  # words in a quotation left open: its speaker's, whoever "he says" there means
            framed = _said_that(token) or _according_to(token, sent)
            if framed is None:
                continue
            subject, pieces, cue = framed
            pieces = tuple(p for p in (_trim(sentences.text, a, b) for a, b in pieces) if p[1] > p[0])
            pieces = _after_titled_that(sentences.text, pieces)
            pieces = _without_dangling_end(sentences.text, _without_asides(doc, sentences.text, pieces))
            within = _quoted_within(taken, starts, pieces)
            if within is None:
                continue
            text = _closed(" ".join(article.text[a:b] for a, b in pieces), article.text, pieces[-1][1])
            if _opens_a_quotation_left_open(_with_mark_before(article.text, pieces[0][0], text)):
                continue  # '“We serve everyone, Lind said.': his own words, whose closing mark the page lost
            if len(_PHRASE.findall(text)) < _MIN_REPORTED_WORDS or not _has_verb(doc, pieces):
                continue  # too short, or cut where a quotation starts ("none of the methods used to detect tunnels")
            if _points_back(doc, pieces):
                continue  # "may have meant the latter": which one, the sentences before say, not the statement
            speaker = speakers._speaker(doc, subject, pieces[0][0], people, sentences)
            if _unfit(doc, token, subject, pieces, speaker.name, people, sentences):
                continue
            # A word or two the writer quotes inside the clause ("charged that
            # Mrs. Clinton “hid” the documents ..."): the clause stays reported
            # when they are the same speaker's (or no one's).
            if within - _owners_named(text, within) <= {None, speaker.name}:
                found.append(Quote(text=text, speaker=speaker.name, speaker_role=speaker.role, cue=cue,
                                   sources=tuple(article.source(a, b) for a, b in pieces), kind="indirect"))
    return tuple(q for q in found if not any(_told_within(q, other) for other in found))


def _with_mark_before(source: str, start: int, text: str) -> str:
    """Reported `text`, which starts at `start` in `source`, with the
    quotation mark right before it when the clause was cut after one."""
    before = source[max(0, start - 1):start]
    return before + text if before in ("“", '"') and not text.startswith(before) else text


def _opens_a_quotation_left_open(text: str) -> bool:
    """Whether reported `text` starts on a quotation mark it never closes
    ('“We serve everyone' of '“We serve everyone, Lind said.'): a
    direct quotation that lost its closing mark, not the speaker's words
    told in the writer's; shown after "said that" it reads as neither."""
    if text[:1] == "“":
        return text.count("“") > text.count("”")
    return text[:1] == '"' and text.count('"') % 2 == 1


_CLOSING_AFTER_STOP = re.compile(r"[.,]?[”\"]")


def _closed(text: str, source: str, end: int) -> str:
    """Reported `text`, whose source ends at `end`, with the closing mark
    of a quotation it opens and the source closes just past the stop the
    clause was cut before ('saying she was asking “a plain question.”' ->
    'she was asking “a plain question”'), or where the page lost that
    close (`_close_lost_before`): shown alone, the mark balances."""
    if not _unopened(text[::-1].translate(_MIRROR)):
        return text
    if not _CLOSING_AFTER_STOP.match(source, end) and not _close_lost_before(source, end):
        return text
    return text + ("”" if "“" in text else '"')


_NEXT_CURLY = re.compile(r"[“”\n]")


def _close_lost_before(source: str, end: int) -> bool:
    """Whether the next curly mark after `end`, in the same paragraph, opens
    another quotation ('had “presented me with a plan. He added: “...'):
    the page lost the close of the one the clause opens, which ends where
    the clause does."""
    after = _NEXT_CURLY.search(source, end)
    return after is not None and after.group() == "“" and source[end:end + 1] in ".!?"


def _without_dangling_end(text: str, pieces):
    """`pieces` with the last one ending before a conjunction left at its
    end ("could last “years” and": the clause cut before its second half)."""
    if not pieces:
        return pieces
    start, end = pieces[-1]
    closing = _CLOSING_LINK.search(text, start, end)
    return (*pieces[:-1], (start, closing.start())) if closing and closing.start() > start else pieces


def _told_within(quote: Quote, other: Quote) -> bool:
    """Whether reported `quote` is part of what `other`, the same speaker's,
    reports ("said the inquiry was open and warned more parcels could
    come": "more parcels could come" is told within it): one statement."""
    if quote is other or quote.speaker != other.speaker:
        return False
    return all(any(o.start <= s.start and s.end <= o.end for o in other.sources) for s in quote.sources) \
        and sum(s.end - s.start for s in quote.sources) < sum(o.end - o.start for o in other.sources)


def _unfit(doc, verb, subject, pieces, name, people, sentences) -> bool:
    """Whether what `verb` frames, said by `name` (its `subject`), cannot
    stand in the annex as that speaker's statement: no speaker that is a
    name, hearsay from someone unnamed, words that lean on an earlier
    sentence, or the writer's words naming the speaker."""
    if not name or not _a_name(name):
        return True
    by_a_person = any(p.name == name for p in people)
    text = " ".join(nlp.text_of(doc)[a:b] for a, b in pieces)
    return verb.lower_ != "according" and _hearsay(doc, verb, name, people, sentences) \
        or _leans_on_before(doc, pieces, subject, by_a_person) \
        or by_a_person and _names_its_speaker(text, name)


def _names_its_speaker(text: str, name: str) -> bool:
    """Whether reported `text` speaks of its speaker `name` in the third
    person, by the surname alone or after a title ("selling the farm will
    let Mr Lind retire", said by Tom Lind): the writer's telling, which
    shown as the speaker's words puts a name in their mouth.  Not another
    of the same surname ("her husband, Bill Lind")."""
    parts = name.split()
    if len(parts) < 2:
        return False
    for found in re.finditer(rf"\b{re.escape(parts[-1])}\b", text):
        before = text[:found.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].rstrip(".") in _TITLES:
            return True
    return False


_TITLES = frozenset("Mr Mrs Ms Dr".split())


def _a_name(speaker: str) -> bool:
    """Whether `speaker` has a word with a capital in it, as a name has
    ("diGenova" too): not a description of a body the parse left bare of
    its owner ("commerce ministry said ...", whose ministry it is lost)."""
    return any(any(c.isupper() for c in word) for word in speaker.split())


def _spoken_turns(article: Article, people: tuple[Person, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each transcript turn ("SANGER: ...") when the
    article's labels make a dialogue (as `_turns` reads them); else none.
    What a turn says others said is its speaker's account, not the
    article's report."""
    labelled, speakers_of = _dialogue(article, people)
    return [(paragraph.start, paragraph.end) for paragraph, match in labelled if match.group("label") in speakers_of]


def _left_open(article: Article) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph's text after a quotation mark
    that opens and never closes there: a speaker's words whose end the
    text lost (or that go on in the next paragraph), not the writer's
    narration ("“Then he says we must wait" after a quote by Lind: "he"
    is whom Lind speaks of, not Lind)."""
    spans = []
    for paragraph in article.paragraphs:
        open_at = _pair_marks(article.text, paragraph.start, paragraph.end)[1]
        if open_at is not None:
            spans.append((open_at, paragraph.end))
    return spans


def _dialogue(article: Article, people: tuple[Person, ...]) -> tuple[list, dict[str, str]]:
    """The article's labelled paragraphs [(paragraph, label match)] and the
    speaker each label names, when they make a dialogue (as `_turns` says:
    two speakers or more, in `MIN_TURNS` turns or more, one of them a
    person the article names); ([], {}) when they do not."""
    labelled = [(paragraph, match) for paragraph in article.paragraphs
                if (match := _TURN.match(article.text, paragraph.start, paragraph.end))]
    if len(labelled) < MIN_TURNS:
        return [], {}
    speakers_of = _turn_speakers([match.group("label") for _, match in labelled], people)
    if len(set(speakers_of.values())) < 2 or not any(p.name in speakers_of.values() for p in people):
        return [], {}
    return labelled, speakers_of


_TITLED_THAT = re.compile(r"[“\"][^”\"]{1,200}[”\"]\s+that\s+")


def _after_titled_that(text: str, pieces):
    """`pieces` starting after a quoted title and the "that" after it
    ("explains in his essay “A river of trade ...” that the port
    holds ...": he says the port holds ...)."""
    if not pieces:
        return pieces
    (start, end), rest = pieces[0], pieces[1:]
    found = _TITLED_THAT.match(text, start, end)
    return ((found.end(), end), *rest) if found and found.end() < end else pieces


def _has_verb(doc, pieces) -> bool:
    """Whether the reported words hold a finite verb or an auxiliary: a
    clause, not a noun phrase left where a quotation was cut off."""
    for a, b in pieces:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and any(t.pos_ == "AUX" or t.tag_ in ("VBD", "VBP", "VBZ", "MD") for t in span):
            return True
    return False


_POINTING_BACK = frozenset("latter former".split())


def _points_back(doc, pieces) -> bool:
    """Whether the reported words name a thing only as "the latter" or
    "the former" (a noun of its own, not "the former minister"): read
    alone, as the annex shows it, they say nothing."""
    for a, b in pieces:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and any(t.lower_ in _POINTING_BACK and t.dep_ in _NOMINAL for t in span):
            return True
    return False


def _leans_on_before(doc, pieces, subject, by_a_person: bool) -> bool:
    """Whether the reported words open on a subject that only an earlier
    sentence explains: a bare demonstrative ("that was never the case",
    "another is ..."), or, from a person, "it" or "they" ("it could be
    shipped by May"), unless "it" only holds the place of a clause after
    it ("it was time to go", "it is clear that ...").  Not when a noun
    before the words in their sentence, other than the speaker's, may be
    what they mean ("attacked the board, saying it would ...").  (From a
    body, "it" and "they" are the body itself: "the ministry said it
    would ...".)"""
    span = doc.char_span(pieces[0][0], pieces[0][1], alignment_mode="expand")
    first = next((t for t in span or () if not t.is_punct), None)
    if first is None or first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    speaker = {t.i for t in subject.subtree}
    if any(t.pos_ in ("NOUN", "PROPN") and t.i not in speaker for t in doc[first.sent.start:first.i]):
        return False
    word = first.lower_
    if word in _DEMONSTRATIVES:
        return not any(c.dep_ in ("relcl", "acl", "prep") for c in first.children)
    if word == "they" or word == "it" and not _holds_a_place(first):
        return by_a_person
    return False


_DEMONSTRATIVES = frozenset("this that these those another such".split())


def _holds_a_place(pronoun) -> bool:
    """Whether "it" stands for a clause later in its own ("it was time to
    go", "it is clear that ...", "it was a mistake for them to vote"):
    an infinitive or a "that" or "for" clause under the verb it is the
    subject of."""
    return any(t.i > pronoun.i and (t.dep_ == "aux" and t.lower_ == "to" or t.dep_ == "mark" and t.lower_ in ("that", "for"))
               for t in pronoun.head.subtree)


def _said_that(token):
    """(subject, content pieces, cue) when `token` is a verb of saying with
    a subject and a clause of its own, not denied; else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TELLING:
        return None
    if any(c.dep_ == "oprd" for c in token.children):
        return None  # "dinners, called the Harbor Circle, that the charity held": a name given, no words said
    # A clause after the verb starts after it: not "an article that Carson said was written" (a relative's "that").
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.left_edge.i > token.i
               and not _relative_clause(c) and not _past_its_object(token, c) and not _asks(token, c)
               and not _relative_on_its_object(token, c) and not _a_closing_frame(c)
               and not _a_directive(token, c) and not _content_of_a_noun_before(token, c)] or \
        [c for c in token.children if c.dep_ == "ccomp" and _just_before(c, token) and _closes_on(token)]
    subjects = _subjects(token)
    if not clauses and subjects and _a_frame_set_in(token):
        # "Under the new budget, the state would pay for the bridges, he said, and ...": what the frame
        # set between commas follows is what was said; what comes after it, the text does not say.
        head = token.head
        comma = token.doc[next(c for c in token.children if c.dep_ == "nsubj").left_edge.i - 1]
        if _denied(token) or _several(subjects[0]) or _may_say(token) \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            return None
        first = head.left_edge
        return subjects[0], ((first.idx, comma.idx),), _cue(token)
    if not clauses and subjects and _a_frame_set_within(token):
        # "The museum, Mr. Obama said, would make visitors face ...": the frame set between commas inside
        # the sentence's clause, which is what was said, on both sides of it.
        head = token.head
        comma = token.doc[next(c for c in token.children if c.dep_ == "nsubj").left_edge.i - 1]
        last = _clause_end(head)
        if _denied(token) or _several(subjects[0]) or _may_say(token) or last.i <= frame_close(token).i \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            return None
        after = token.doc[frame_close(token).i + 1]
        return subjects[0], ((head.left_edge.idx, comma.idx), (after.idx, last.idx + len(last))), _cue(token)
    if not clauses or not subjects or _denied(token) or _several(subjects[0]) or _may_say(token) \
            or _reduced_passive(token) or _counted(subjects[0]):
        return None
    clause = clauses[0]
    first = clause.left_edge
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if marks and not set(marks) & _CONTENT_MARKS:
        return None  # "..., Spencer said, as a few young fighters worked out": the writer's scene, not his words
    if first.lower_ == "that" and (first.dep_ == "mark" or (first.head.i != clause.i and first.dep_ != "det")):
        first = first.nbor(1)  # "that" opening the clause, however parsed ("told them that finalizing it was ...")
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in clause.children):
        return None  # "said to have ...": no clause of its own
    last = _fronted_end(token, _clause_end(clause))
    last = _backshifted_but(token, clause, _questioned_end(token, clause, last))
    last = _own_deed_end(token, clause, _torn_end(token, clause, last))
    last = _amid_end(clause, _past_joined_to_an_infinitive_end(clause, last))
    last = _before_another_saying(first, last)
    return subjects[0], ((first.idx, last.idx + len(last)),), _cue(token)


def _before_another_saying(first, last):
    """`last`, or the word before an "and" or "but" between `first` and
    `last` that opens another party's saying: a name or a plural noun and
    a verb of saying right after it ("said the agency had erred and
    Democrats accused the board of ...", however parsed).  What the second
    party says is not the first speaker's."""
    doc = first.doc
    for token in doc[first.i + 1:last.i]:
        if token.lower_ not in ("and", "but") or token.i + 2 >= len(doc):
            continue
        party, verb = doc[token.i + 1], doc[token.i + 2]
        if (party.pos_ == "PROPN" or party.tag_ == "NNS") and verb.tag_ in ("VBD", "VBZ", "VBP") \
                and verb.lemma_.lower() in REPORTING:
            end = doc[token.i - 1]
            return doc[end.i - 1] if end.is_punct and end.i > first.i else end
    return last


def _a_frame_set_in(token) -> bool:
    """Whether the saying `token` is a bare frame (`_bare_frame`) the parse
    hangs beside the clause before it ("..., he said, and the capital would
    ..."): that clause the sentence's main one, begun before it."""
    return token.head.i < token.i and _bare_frame(token)


def _a_frame_set_within(token) -> bool:
    """Whether the saying `token` is a bare frame (`_bare_frame`) set inside
    the sentence's main clause, whose verb comes after it ("The museum, Mr.
    Obama said, would make ...", "Too often, she said, the debate is ...")."""
    return token.head.i > token.i and _bare_frame(token)


def _bare_frame(token) -> bool:
    """Whether the saying `token` is a frame set between commas, hung by the
    parse on the sentence's main verb: its subject right after a comma, a
    comma right after the frame (`frame_close`), and nothing else of its own."""
    doc = token.doc
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return token.dep_ == "parataxis" and token.head.dep_ == "ROOT" \
        and subject is not None and subject.left_edge.i >= 1 and doc[subject.left_edge.i - 1].text == "," \
        and frame_close(token) is not None


_WHEN_OR_WHERE = frozenset({"prep", "npadvmod", "advmod"})
"""What a frame may say of its saying after the verb: when, where or how
("she said on Tuesday", "he said in an interview", "she said later")."""


def frame_close(token):
    """The comma that closes the frame of the saying `token` ("Mr. Lind
    said, ...", "Mr. Lind said in a statement, ..."), or None: right after
    the verb, or after what it says of when, where or how the words were
    said, when the verb has nothing else of its own."""
    doc = token.doc
    if any(c.dep_ not in ("nsubj", "punct") and not (c.dep_ in _WHEN_OR_WHERE and c.i > token.i)
           for c in token.children):
        return None
    end = max([token.i, *(c.right_edge.i for c in token.children if c.dep_ in _WHEN_OR_WHERE)])
    return doc[end + 1] if end + 1 < len(doc) and doc[end + 1].text == "," else None


def _a_closing_frame(clause) -> bool:
    """Whether `clause`, which the parse hung on another verb as what it
    says, is a verb of saying with a subject of its own set after a comma,
    with no "that" ("asked him to stay on, the office said in a report"):
    who vouches for the whole sentence, not what the first verb says."""
    doc = clause.doc
    start = clause.left_edge.i
    return clause.pos_ == "VERB" and clause.lemma_.lower() in TELLING \
        and (start >= 1 and doc[start - 1].text == "," or _ends_on_its_teller(clause)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and not any(c.dep_ == "mark" for c in clause.children)


def _ends_on_its_teller(clause) -> bool:
    """Whether saying `clause` closes its sentence on a subject set after a
    comma and the bare verb ("he said as he left, a reporter wrote."): the
    chain by which a remark reached the page, with the scene it was said in
    before the comma; the verb says nothing of its own after it."""
    doc = clause.doc
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    return subject is not None and subject.left_edge.i >= 1 and doc[subject.left_edge.i - 1].text == "," \
        and not any(c.i > clause.i and not c.is_punct for c in clause.children)


def _cue(verb) -> str:
    """The cue of a saying `verb` frames: the verb as written ("said"), or,
    where the writer calls what it says false or unsupported ("claimed,
    falsely, that ...", "said without evidence that ..."), the verb in the
    past with the writer's words for it, "claimed, falsely,": the verdict
    is the source's, and the statement shown without it reads as sound."""
    verdict = _verdict(verb)
    return f"{_past(verb)}, {verdict}," if verdict else verb.text


def _verdict(verb) -> str | None:
    """The writer's words that call what `verb` says false or unsupported,
    said of the verb itself: an adverb of `UNTRUE` ("wrongly said"), or a
    short phrase "without (giving) (any) evidence / proof"; else None."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in UNTRUE:
            return child.lower_
        words = list(child.subtree)
        if child.dep_ == "prep" and child.lower_ == "without" and len(words) <= _VERDICT_WORDS \
                and words[-1].lemma_.lower() in UNSUPPORTED:
            return verb.doc[words[0].i:words[-1].i + 1].text.lower()
    return None


UNTRUE = frozenset("""falsely wrongly inaccurately incorrectly erroneously mistakenly baselessly
untruthfully misleadingly""".split())
"""Adverbs of general English by which a writer calls a saying false."""
UNSUPPORTED = frozenset("evidence proof".split())
"""What a saying "without" lacks when the writer calls it unsupported."""
_VERDICT_WORDS = 5  # "without offering any evidence"; a longer phrase says more than a verdict


_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "quip": "quipped", "admit": "admitted",
                   "dub": "dubbed"}
"""The verbs of `TELLING` whose past is not their form plus "-ed"."""


def _past(verb) -> str:
    """`verb`, a verb of `TELLING`, in the simple past: as written when it
    is ("claimed"), else made from its lemma ("claiming" -> "claimed",
    "says" -> "said", "denies" -> "denied")."""
    if verb.tag_ == "VBD":
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _teller(verb):
    """The verb of saying whose report `verb`, itself one, sits in ("an
    aide said the mayor has told friends that ..."), else None: what the
    inner one said comes only through the outer one's account."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in TELLING:
            return verb
    return None


def _hearsay(doc, verb, name: str, people, sentences) -> bool:
    """Whether `verb`, said by `name`, is told by another verb of saying
    whose speaker is no name or someone else ("a party aide said the mayor
    has told friends ...", "Hale attacked her record, saying that Okoye had
    told the council she was no expert"): the teller's account of what
    `name` said, which `name` may deny, never `name`'s own statement."""
    teller = _teller(verb)
    if teller is None:
        return False
    subjects = _subjects(teller)
    return not subjects or speakers._speaker(doc, subjects[0], teller.idx, people, sentences).name != name


def _torn_end(verb, clause, last):
    """`last`, or the end of a second clause the parser hung on the verb of
    saying right after the first, nothing but punctuation between: the
    first was cut short of its own verb ("said he left before the shooting
    and a friend, Ali, was killed", "adding that people engaged in the
    unrest have accents") or of a relative clause without "that" ("is
    alarmed by the attitude Trump seems to have"), and read alone it would
    say something else."""
    if last.i != clause.right_edge.i:
        return last
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "ccomp" or child.left_edge.i <= last.i or any(c.dep_ == "mark" for c in child.children):
            continue
        opening = next(t for t in child.subtree if not t.is_punct)
        between = doc[last.i + 1:opening.i]
        comma = bool(between) or last.text == ","
        if all(t.text == "," for t in between) and _goes_on(child, opening, comma):
            return _clause_end(child)
    return last


def _goes_on(clause, opening, comma: bool) -> bool:
    """Whether `clause`, right after another, finishes it: it opens on a
    verb that must have a subject and has none ("..., was killed", "have
    accents"), not a participle that can stand alone ("..., forced to
    explain": the writer's aside); or, with no comma between, it has a
    subject of its own (a relative clause without "that": "the attitude
    Trump seems to have").  After a comma a clause with a subject is a
    sentence of its own ("as he said he would, the council will vote")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None)
    if subject is not None:
        return not comma and subject.left_edge.i == opening.i
    return opening.pos_ == "AUX" or opening.tag_ in ("VBZ", "VBP", "MD")


_PRESENT = frozenset("VBZ VBP".split())
_PRESENT_MODALS = frozenset("will can shall may must".split())


def _own_deed_end(verb, clause, last):
    """`last`, or the word before a past verb without a subject joined to a
    clause in the present said in the past ("said Russia has no interest
    in a race and seemed to shrug it off", "told him “there is not going
    to be” a race, forced to explain ..."): its tense is the verb of
    saying's, so it tells what the speaker did, in the writer's words; so
    does one joined to a verb after a modal ("said she would ask ..., and
    rejected claims that ..."), which a past form cannot share; nor can a
    "did" ("said the board could levy more fines, but did not say on
    whom": what she left unsaid, told by the writer)."""
    if verb.tag_ != "VBD" or not (_in_present(clause) or _after_modal(clause)):
        return last
    for child in clause.children:
        if child.dep_ != "conj" or child.i < clause.i or child.left_edge.i > last.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            continue
        # "will sell ... and set up": a bare form read as a past, the modal's
        past = child.tag_ == "VBD" and child.lower_ != child.lemma_.lower() \
            and not any(c.dep_ in ("aux", "auxpass") for c in child.children)
        if past or any(c.dep_ == "aux" and c.lower_ == "did" for c in child.children):
            return _word_before_joined(clause, child)
    return last


def _word_before_joined(clause, joined):
    """The last word of `clause` before the conjunct `joined` and the commas
    and "and" or "but" that join it: where what was said ends."""
    doc, start = clause.doc, joined.left_edge.i
    while start > clause.i + 1 and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
        start -= 1
    return doc[start - 1]


def _past_joined_to_an_infinitive_end(clause, last):
    """`last`, or the word before a past verb with no subject of its own
    that the parser joined to an infinitive in the clause ("said she
    planned to sign the levy but backed off as ..."): a past form cannot
    share the "to", so it goes on with the sentence's own subject, told
    in the writer's words, not in what was said."""
    doc = clause.doc
    for token in doc[clause.i + 1:last.i + 1]:
        if token.dep_ == "conj" and token.tag_ == "VBD" and token.lower_ != token.lemma_.lower() \
                and token.head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in token.children):
            return _word_before_joined(clause, token)
    return last


def _amid_end(clause, last):
    """`last`, or the word before an "amid ..." that ends what a speaker
    said they would do themselves ("said he would not run again amid
    scrutiny over the loan"): the circumstance the writer sets the
    decision in, not part of the words."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if not _after_modal(clause) or subject is None or subject.lower_ not in _SELF:
        return last
    doc = clause.doc
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in ("amid", "amidst") and child.i > clause.i \
                and child.left_edge.i <= last.i <= child.right_edge.i:
            start = child.left_edge.i
            while start > clause.i + 1 and doc[start - 1].is_punct:
                start -= 1
            return doc[start - 1]
    return last


_SELF = frozenset("i we he she they".split())


def _after_modal(clause) -> bool:
    """Whether `clause`'s verb is a bare form after a modal ("would ask",
    "could stay")."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _in_present(clause) -> bool:
    """Whether `clause` is in the present ("has", "is going to", "will"): its
    verb or an auxiliary of it.  Not a perfect ("has sent ... and carried
    out"), whose auxiliary a past participle joined to it may share."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return clause.tag_ in _PRESENT or clause.tag_ != "VBN" \
        and any(a.tag_ in _PRESENT or a.lower_ in _PRESENT_MODALS for a in auxes)


def _questioned_end(verb, clause, last):
    """`last`, or the word before a closing "if" (or "when", "though")
    clause when the writer asks why the saying was made ("Why had he
    claimed that his aunt had paid for it if now he could not recall
    it?"): the condition is the question's, not what was claimed."""
    doc = verb.doc
    opening = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    closing = [t for t in verb.sent if not t.is_space]
    if opening is None or opening.tag_ != "WRB" or opening.head.i != verb.i or closing[-1].text != "?":
        return last
    for child in clause.children:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if child.dep_ == "advcl" and child.i > clause.i and child.right_edge.i == last.i \
                and marks & {"if", "when", "though", "although", "while"}:
            start = child.left_edge.i
            while start > clause.i + 1 and doc[start - 1].is_punct:
                start -= 1
            return doc[start - 1]
    return last


def _backshifted_but(verb, clause, last):
    """`last`, or the end of a "but" clause the parser joined to the verb
    of saying itself when its verb is a "would" right after what was said
    ("Rowe said that for years critics had been forecasting a pull-out,
    but this would not happen"): the future seen from when she spoke, so
    still her words; cut before it, what she said turns round."""
    if verb.tag_ != "VBD" or last.i != clause.right_edge.i:
        return last
    for child in verb.children:
        if child.dep_ != "conj" or child.i < clause.i:
            continue
        between = [t for t in verb.doc[last.i + 1:child.left_edge.i] if not t.is_punct]
        subject = [c for c in child.children if c.dep_ == "nsubj"]
        if [t.lower_ for t in between] == ["but"] and subject and subject[0].left_edge.i == subject[0].i \
                and subject[0].tag_ != "PRP" and subject[0].pos_ != "PROPN" \
                and any(c.dep_ == "aux" and c.lower_ == "would" for c in child.children) \
                and not any(c.dep_ == "advmod" for c in child.children):
            # not the writer's "but she would later return": a person's later deed, told by the writer
            return child.right_edge
    return last


def _fronted_end(verb, last):
    """`last`, or the word before the first comma after `verb` outside
    quotation marks when `verb` says its words in a clause set before the
    sentence's own ("When Ruiz said Berg “is not honest” on her flight
    home, the senator not only ..."): that comma closes the clause, and
    whatever the parser hung past it is the writer's sentence."""
    doc, sent = verb.doc, verb.sent
    opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.lower_ not in _FRONTING or opening.head.i != verb.i:
        return last
    quoted = False
    for t in doc[verb.i + 1:last.i + 1]:
        if t.text in "“”\"":
            quoted = t.text == "“" or (t.text == '"' and not quoted)
        elif t.text == "," and not quoted and t.i > verb.i + 1:
            return doc[t.i - 1]
    return last


def _past_its_object(verb, clause) -> bool:
    """Whether `clause` comes after a thing `verb` has as its object, its
    subject set off by a comma ("announced her resignation last winter,
    Berg was running a meeting"): the thing is what was announced; the
    clause is the writer's sentence the parser hung on the verb."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < subject.i and not speakers._a_person_noun(c)
               for c in verb.children)


def _relative_on_its_object(verb, clause) -> bool:
    """Whether `clause`, whose subject is "that" or "which", follows a noun
    `verb` has as its object ("announced her plan on Friday that would
    have cut the tax"): a relative clause on the thing announced, the
    parser hanging it on the verb past the words between; not what was
    said ("said that was wrong": no object before)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if _that_right_after_its_object(verb, clause):
        return True
    if subject is None or subject.lower_ not in ("that", "which") or subject.i != clause.left_edge.i:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < subject.i and not speakers._a_person_noun(c)
               for c in verb.children)  # not "told reporters that would be wrong": those told


_TO_A_HEARER = frozenset("tell remind warn assure inform advise notify convince persuade promise show teach ask".split())


def _that_right_after_its_object(verb, clause) -> bool:
    """Whether `clause` opens on "that" right after a thing `verb` has as
    its object ("recalling old floods that many feared would change the
    town"): "that" opens a relative clause on the thing, whatever the
    parser made of it; not after a verb whose object is who hears ("told
    the court that ...")."""
    first = clause.left_edge
    if first.lower_ != "that" or first.i == 0 or verb.lemma_.lower() in _TO_A_HEARER:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i == first.i - 1
               and not speakers._a_person_noun(c) for c in verb.children)


_REQUESTING = frozenset("urge ask demand request recommend propose order require".split())
"""Verbs of general English whose "that" clause says what should be done
("urged that the board meet again"), unless it has a tense of its own."""
_INSISTING = frozenset("insist suggest".split())
"""Verbs whose "that" clause says what is so ("insisted that voters know")
unless its verb shows the subjunctive ("insisted that he resign")."""
_NO_TENSE_AUX = frozenset("should to".split())  # "urged that they should wait": what is asked, still
_SINGULAR_SUBJECTS = frozenset("he she it".split())


def _a_directive(verb, clause) -> bool:
    """Whether `clause` is what a verb of request asks be done, in the
    subjunctive ("urged that he read the audit", "asked that Lind agree to
    an interview"): no statement of the speaker's, and shown after "said
    that" it would read as one.  A clause with a tense of its own ("urged
    that the ferry was too slow") is what the speaker says is so."""
    lemma = verb.lemma_.lower()
    if lemma not in _REQUESTING | _INSISTING:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        # "suggest the mayor shouldn't chair it": after "insist" or "suggest" a
        # "should" gives a view of what is right, which the speaker states.
        return lemma in _REQUESTING and all(a.lower_ in _NO_TENSE_AUX for a in auxes)
    # "read", "put", "cut": a past the same as the base form, which after a
    # verb of request is the subjunctive; "was", "agreed", "reads" have a tense.
    bare = clause.tag_ in ("VB", "VBP") or clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower()
    if lemma in _REQUESTING or clause.tag_ == "VB":
        return bare
    # After "insist" or "suggest", only a bare verb a singular subject would
    # not take in the indicative ("that he resign") shows the subjunctive.
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    singular = subject is not None and (subject.lower_ in _SINGULAR_SUBJECTS or subject.tag_ in ("NN", "NNP"))
    return bare and singular


CONTENT_NOUNS = frozenset("""criticism claim charge allegation accusation fear concern worry suggestion notion
idea belief view fact news rumor rumour speculation assertion argument complaint warning hope expectation
possibility sign evidence assurance insistence contention perception impression theory risk danger threat
doubt suspicion""".split())
"""Nouns of general English that take a "that" clause as their content
("criticism that the bill goes too far", "fears that the dam could fail")."""


def _content_of_a_noun_before(verb, clause) -> bool:
    """Whether `clause` opens on "that" right after a noun that takes it
    as its content and stands in a phrase of its own, not as what `verb`
    says ("urged the council to act, amid complaints that the
    plan could fail"): the critics' claim, which the parser hung on the
    verb, not the speaker's words."""
    first = clause.left_edge
    if first.lower_ != "that" or first.i == 0:
        return False
    noun = verb.doc[first.i - 1]
    if noun.lemma_.lower() not in CONTENT_NOUNS or noun.pos_ != "NOUN" or noun.head.i == verb.i:
        return False
    # Not a phrase of time ("said after the arguments that ..."): when it was
    # said, and the clause is still what was said.
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPOSITIONS)


_TIME_PREPOSITIONS = frozenset("after before since until during following".split())


def _asks(verb, clause) -> bool:
    """Whether `clause` is a question put indirectly, opened by a
    question word of its own ("explaining why the workers will not
    attend", "asked what the plan would cost") or by "whether" ("asked
    whether the mill would close"): it names what was spoken of, not a
    statement.  "How" tells the way of it ("described how he was stopped
    twice"): what was told all the same, unless it was asked ("asked him
    how the campaign was going")."""
    first = clause.left_edge
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if "whether" in marks or "if" in marks and verb.lemma_.lower() == "ask":
        return True  # "asked whether the plant would close", "asked if it would": a yes-or-no question
    return first.tag_ in ("WRB", "WP") and first.lower_ != "that" and first.head.i == clause.i \
        and (first.lower_ != "how" or verb.lemma_.lower() == "ask")


def _relative_clause(clause) -> bool:
    """Whether a clause the parser gave a verb of saying opens with a
    relative word right after a noun ("he said of families whose homes were
    flooded, ..."): it tells of that noun, whom the words are about, and is
    not what was said.  So does one whose subject is such a word, past
    words the parser hung before it ("told the crowd and those watching at
    home who could guess ...": the listeners, not what was told)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # not "that", which after a noun also opens what was said ("told reporters that ...")
    return any(first.tag_ in ("WP", "WP$", "WDT") and first.lower_ != "that" and first.i > 0
               and first.nbor(-1).pos_ in ("NOUN", "PROPN") for first in (clause.left_edge, *subjects[:1]))


def _counted(subject) -> bool:
    """Whether the subject is a number of people set against another ("as
    many voters said ... as said ...", "more parents said ..."): a count of
    answers, a poll's finding, not anyone's statement."""
    for child in subject.children:
        if child.dep_ in ("amod", "nummod") and child.lower_ in ("more", "fewer", "less"):
            return True
        if child.dep_ == "amod" and child.lower_ in ("many", "few", "much") \
                and any(c.lower_ in ("as", "so", "too") for c in child.children):
            return True
    return False


def _reduced_passive(verb) -> bool:
    """Whether `verb` is a bare past participle after "when", "if" and the
    like, with no subject or auxiliary of its own ("when asked whether he
    was to blame, he said ...", "if told that ..."): the clause is passive,
    its subject the one asked or told, who said none of it."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in _REDUCING for c in verb.children)


_REDUCING = frozenset("when whenever if unless once after before while until though although".split())
_FRONTING = _REDUCING | {"as", "because", "since"}  # words opening a clause set before the sentence's own


def _may_say(verb) -> bool:
    """Whether the saying is only possible ("voters may now ask whether
    ...", "critics could argue that ..."): the writer's guess, no one's
    words."""
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in verb.children)


def _several(subject) -> bool:
    """Whether a subject joins several parties ("Okafor, WXTV's Dana
    Pruett-Holm and AFP's Lena Varga argued that ...", however parsed;
    "he and his wife explained"):
    what they said together is no one person's words."""
    if _last_listed(subject):
        return True
    own = {t.i for ent in subject.doc.ents if ent.start <= subject.i < ent.end for t in ent} or {subject.i}
    return any((t.dep_ == "conj" and t.pos_ == "PROPN" or _listed_name(t)) and t.i not in own
               and _joined_to(t, subject) for t in subject.subtree) \
        or any(t.dep_ == "conj" and _another_party(t) for t in subject.children)


def _another_party(conjunct) -> bool:
    """Whether a word joined to a subject by "and" is a party of its own:
    a pronoun, or a noun with its own determiner or owner ("he and his
    wife explained"; not "the chairman and chief executive", one person's
    two titles)."""
    return conjunct.pos_ == "PRON" or conjunct.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") for c in conjunct.children)


def _last_listed(subject) -> bool:
    """Whether the subject's name closes a list ("..., CNBC's Sam Okafor and
    Reuters' Ann Berg argued"): "and" before it, past an owner of it."""
    doc, i = subject.doc, subject.left_edge.i - 1
    if i >= 0 and doc[i].lower_ in ("'s", "’s", "'", "’"):
        i -= 1
        while i >= 0 and doc[i].pos_ == "PROPN":
            i -= 1
    return i >= 0 and doc[i].lower_ in ("and", "or", "&") and doc[i].head.pos_ == "PROPN"


def _listed_name(token) -> bool:
    """A person's name in apposition to another name: a list the parser
    read as apposition ("Tom Lind, WXTV's Dana Pruett-Holm and ...")."""
    return token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.head.ent_type_ == "PERSON"


def _joined_to(token, subject) -> bool:
    """Whether `token` hangs on `subject` through names alone (conjuncts,
    compounds, owners), not through a description ("a lawyer for Berg and
    Lind") or a clause."""
    while token.i != subject.i:
        if token.dep_ not in ("conj", "nmod", "compound", "poss") and not _listed_name(token):
            return False
        token = token.head
    return True


def _denied(verb) -> bool:
    """Whether the verb of saying is denied, itself ("did not say that") or
    through the verb it is joined to ("didn't come out and say Obama should
    be replaced", "did not want to say that ...")."""
    while True:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.dep_ not in ("conj", "xcomp") or verb.head is verb or verb.dep_ == "conj" and _own_clause(verb):
            return False
        verb = verb.head


def _own_clause(verb) -> bool:
    """Whether a conjoined verb stands in a clause of its own: with its own
    subject ("did not say ..., and he said that ..."), after "but" ("did
    not deny ..., but told ..."), or joined to a verb inside what was said,
    so a denial before it is not its own."""
    joined = verb.head
    if joined.dep_ == "ccomp":
        return True  # "said he never questioned ... and repeatedly said ...": joined inside what was said
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        or any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*verb.children, *joined.children))


def _clause_end(clause):
    """The last token of what a reported clause says: its right edge, or
    the word before a comma that opens an unlabelled "dep" the parser hung
    on it ("said Republicans should give him a hearing, notably stopped
    short of ...": the sentence's own verb, not the clause's), before a
    "while" or "though" clause the writer sets beside it (`_set_against`),
    or before a question put to the speaker joined to it (", and when asked
    whether ...")."""
    doc = clause.doc
    for child in clause.children:
        start = child.left_edge.i
        if _set_off(child) and child.i > clause.i and start >= 2 and doc[start - 1].text == ",":
            return doc[start - 2]
        if (_set_against(child, clause) or _likewise_done(child, clause)) and start >= 2:
            return doc[start - 2]
        # Words set before their frame ("..., but for some the cost is higher, said Lind") are all the
        # speaker's: the writer's frame comes after them, so no "but" among them is the writer's.
        contrast = _contrasted(child) if clause.head.i < clause.i else None
        if contrast is not None and contrast.i >= 1:
            return doc[contrast.i - (2 if doc[contrast.i - 1].is_punct else 1)]
        if _a_participle_beside_the_cue(child, clause):
            # "saying she has the grit and vowing to campaign": the second participle is the
            # speaker's deed, told by the writer, beside the saying, not what was said
            while start > clause.i + 1 and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
                start -= 1
            return doc[start - 1]
        if child.dep_ == "conj" and child.i > clause.i and _reduced_passive(child):
            # "said he had not seen it, and when asked whether ...": the question put to him is not his
            while start > clause.i + 1 and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
                start -= 1
            return doc[start - 1]
    return clause.right_edge


def _likewise_done(child, clause) -> bool:
    """Whether `child` is an "as did X" set after `clause` by a comma ("said
    she kept a private diary in office, as did her rival when he led the
    county"): the writer's comparison with someone else, the bare "do"
    standing for the clause's verb, not more of what was said."""
    doc = clause.doc
    start = child.left_edge.i
    return child.dep_ == "advcl" and child.i > clause.i and start >= 1 and doc[start - 1].text == "," \
        and doc[start].lower_ == "as" and child.lemma_.lower() == "do" and child.i == start + 1 \
        and any(c.dep_ == "nsubj" and c.i > child.i for c in child.children)


def _a_participle_beside_the_cue(child, clause) -> bool:
    """Whether `child`, in the clause a participle of saying reports
    ("saying she has the grit"), is another participle joined by "and" or
    "or" after it ("and vowing to campaign"): one more of the subject's
    deeds, which the parse hung on the clause."""
    doc, cue = clause.doc, clause.head
    start = child.left_edge.i
    return cue.tag_ == "VBG" and child.tag_ == "VBG" and child.dep_ in ("advcl", "conj") \
        and child.i > clause.i and start >= 1 and doc[start - 1].dep_ == "cc" and doc[start - 1].lower_ in ("and", "or")


_CONCEDING = frozenset("while whereas though although".split())


def _set_against(child, clause) -> bool:
    """Whether `child` is a clause after `clause`, set off by a comma or a
    dash, that opens on "while" or "though" and has a subject of its own
    ("said the levy is essential, while members have said they will fund
    repairs", "should drop it -- though they had doubts before"): the
    writer setting another side or a caveat beside what was said, not
    more of it."""
    doc = clause.doc
    start = child.left_edge.i
    return child.dep_ == "advcl" and child.i > clause.i and start >= 1 and doc[start - 1].text in _ASIDE_MARKS \
        and doc[start].lower_ in _CONCEDING and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)


def _contrasted(child):
    """The "but" (or "yet") opening `child` when it is a clause of its own
    set against what was said, opening on whose view it is ("says the mails
    were personal, but for her critics it is a cover-up": the critics' view,
    in the writer's words); else None.  A "but" clause without such a
    "for ..." ("..., but they give a sense of proportion") is still what
    was said."""
    subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if child.dep_ != "conj" or not subjects or any(c.dep_ == "mark" for c in child.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < subjects[0].i for c in child.children):
        return None
    opener = [t for t in child.head.children if t.dep_ == "cc" and t.lower_ in ("but", "yet") and t.i < child.i]
    return opener[-1] if opener else None


def _set_off(child) -> bool:
    """Whether `child`, after a comma, goes on with the sentence's own
    subject, not the reported clause's: an unlabelled "dep", or a
    participle ("said he saw no need to change, telling Smith that ...":
    the telling is the speaker's)."""
    return child.dep_ == "dep" or (child.dep_ == "advcl" and child.tag_ == "VBG")


_CONTENT_MARKS = frozenset("that whether if".split())  # words that open what someone said


def _just_before(clause, verb) -> bool:
    """Whether `clause` ends right before `verb` and its subject, only
    punctuation between ("The deficit will shrink, Stein said"): a
    quotation between them ("... posted a message: “...” she wrote") is
    what was said, the clause is the writer's."""
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    between = clause.doc[clause.right_edge.i + 1:verb.i]
    return clause.right_edge.i < verb.i and not any(t.text in "“”\"" for t in between) \
        and all(t.is_punct or t.is_space or t.i in subject for t in between)


def _closes_on(verb) -> bool:
    """Whether `verb` and its subject close their sentence ("..., Sanders
    said.", "..., said Sanders."): what comes before is what they said."""
    last = max((t.right_edge.i for t in verb.children if t.dep_ in ("nsubj", "advmod", "npadvmod", "prep")),
               default=verb.i)
    # "..., Manafort said, adding that ...": a participle of the speaker's after a comma goes on past it.
    last = max([last, *(t.right_edge.i for t in verb.children if _set_off(t) and t.i > verb.i
                        and verb.doc[t.left_edge.i - 1].text == ",")])
    rest = [t for t in verb.doc[max(verb.i, last) + 1:verb.sent.end] if not (t.is_punct or t.is_space)]
    return not rest


def _subjects(verb) -> list:
    """The subjects of `verb`: its own, else, for a verb joined by "and"
    to an earlier one ("Graham called them crazy and said ..."), that
    verb's (the two share their subject), and for a participle set off
    after a clause ("Clinton attacked Trump, saying he would ..."), that
    clause's (a participle's subject is its clause's), unless others may
    be saying it (`speakers.participle_shares_subject`)."""
    while True:
        own = [c for c in verb.children if c.dep_ == "nsubj" and not _a_prepositions_object(c, verb)]
        shares = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"
                                         and verb.i > 0 and verb.nbor(-1).text == ","
                                         and speakers.participle_shares_subject(verb))
        if own or not shares or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i >= verb.i:
            return own
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.pos_ in ("VERB", "AUX") \
                and not _past_its_object(verb.head.head, verb.head):
            # "Gulf sources believe Erdogan has joined ..., and admit that ...": the parser joined
            # the verb to what was said; it shares the subject of the verb that said it.
            verb = verb.head.head
            continue
        verb = verb.head


def _a_prepositions_object(subject, verb) -> bool:
    """Whether `subject`, parsed as the subject of the participle `verb`
    (an "-ing" form with no auxiliary), is the object of the preposition
    right before it, which the parse left with no object ("sent a memo to
    Chair Ivo Marsh warning him that ..."): the one written to, not the
    one warning; the participle tells what the sentence's subject did.
    Not "with Ivo Marsh warning that ...", where the preposition governs
    the participle and Marsh does warn."""
    doc, before = subject.doc, subject.left_edge.i - 1
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children) or before < 0:
        return False
    preposition = doc[before]
    return preposition.pos_ == "ADP" and preposition.dep_ in ("prep", "dative") \
        and preposition.head.i not in (subject.i, verb.i) and not any(preposition.children)


def _according_to(token, sent):
    """(source, content pieces, "according to") when `token` is the
    "according" of "according to X": what the rest of the sentence says."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
        return None
    objects = [_author_of(c) for c in token.nbor(1).children if c.dep_ == "pobj"]
    if not objects or objects[0] is None or _relays_a_saying(token):
        return None
    left, right = token.left_edge.i, token.right_edge.i
    pieces = ((sent.start_char, token.doc[left].idx),
              (token.doc[right].idx + len(token.doc[right]), sent.end_char))
    return objects[0], pieces, "according to"


def _relays_a_saying(according) -> bool:
    """Whether the "according to X" hangs on a verb of saying whose
    subject is a person's name, or on a clause under one ("Lind said the
    pier will close, according to The Ledger"): X relays Lind's words,
    which are his statement (read from the verb of saying), not X's.  Not
    a body's saying ("Democrats have asked for changes, according to X"):
    no statement of a body's is read from it, so X's report is kept."""
    verb = according.head
    while True:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in TELLING \
                and any(s.ent_type_ == "PERSON" for s in _subjects(verb)):
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head


def _author_of(source):
    """Who stands behind `source`, the object of "according to": the name
    a report, count or article is by, from or in ("according to a count by
    The Associated Press", "a new article in Politico"), else `source`.
    None for a thing someone owns ("his Facebook page") or a body a person
    heads ("the office of the attorney Ann Berg"): the page or the office
    speaks, not its owner, and neither is a name (precision first)."""
    if source.pos_ != "NOUN":
        return source
    for prep in (c for c in source.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "in", "of")):
        # Not a name the parse hung there that owns the next word ("the secretary of state's website"):
        # the website's owner is part of a description, no author.
        named = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("ORG", "PERSON")
                 and not (c.i + 1 < len(c.doc) and c.nbor(1).tag_ == "POS")]
        if named and prep.lower_ == "of" and named[0].ent_type_ == "PERSON" and not speakers._a_person_noun(source):
            return None
        if named:
            return named[0]
    if any(c.dep_ == "poss" for c in source.children) and not speakers._a_person_noun(source):
        return None
    return source


def _without_asides(doc, text: str, pieces):
    """`pieces` (character spans of a reported clause) less the writer's
    asides set off inside them: a relative clause after a comma or dash
    ("the plan, which doubles fares, was drawn up": the writer's gloss on
    the plan, not what was said) or a noun that sums the clause up with a
    clause of its own (", a claim that the council rejects")."""
    cuts = sorted(_aside_spans(doc, pieces))
    if not cuts:
        return pieces
    kept = []
    for start, end in pieces:
        for a, b in cuts:
            if start <= a < end:
                kept.append((start, a))
                start = max(start, b)
        kept.append((start, end))
    return tuple(p for p in (_trim(text, a, b) for a, b in kept) if p[1] > p[0])


_ASIDE_MARKS = frozenset(", -- — –".split())
_RELATIVES = frozenset("which who whom whose where".split())


def _aside_spans(doc, pieces):
    """Character spans (from the comma or dash on) of the asides in
    `pieces` that `_without_asides` drops; a relative clause holding a
    verb of saying ("which she said was safe") is the speaker's own."""
    spans = []
    for token in (t for t in doc if any(a <= t.idx < b for a, b in pieces)):
        if not (_relative_aside(token) or _summing_up(token) or _attributed(token)):
            continue
        first, last = token.left_edge, token.right_edge
        if first.i == 0 or doc[first.i - 1].text not in _ASIDE_MARKS or \
                any(t.lemma_.lower() in TELLING and t.pos_ == "VERB" for t in token.subtree):
            continue
        if doc[first.i - 1].text == ",":
            # "her father, who was at home resting after an operation, was ...": the
            # parse may end the clause early; a comma opened it, the next comma closes it
            last = next((t.nbor(-1) for t in doc[last.i + 1:first.sent.end] if t.text == ","), last)
        end = last.idx + len(last)
        if last.i + 1 < len(doc) and doc[last.i + 1].text == ",":
            end = doc[last.i + 1].idx + 1  # set off on both sides: the clause goes on past it
        piece = next((p for p in pieces if p[0] <= first.idx < p[1] and p[0] < end <= p[1]), None)
        if piece is None and _attributed(token):
            # the piece was trimmed of the stop its last word ends on ("D.C."): the aside runs to its end
            piece = next((p for p in pieces if p[0] <= first.idx < p[1] <= end), None)
            end = piece[1] if piece else end
        if piece is None:
            continue
        rest = [t for t in doc if end <= t.idx < piece[1]]
        if not any(t.pos_ in ("VERB", "AUX") for t in rest):
            end = piece[1]  # "..., which barred late visits, even by the police": no verb of the clause's after it
        spans.append((doc[first.i - 1].idx, end))
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _relative_aside(token) -> bool:
    """Whether `token` heads a relative clause opening on a relative
    word, or a preposition before one ("which doubles fares", "on which
    they disagree"): one a comma can set off."""
    if token.dep_ != "relcl":
        return False
    first = token.left_edge
    if first.lower_ in _RELATIVES:
        return True
    return first.dep_ == "prep" and first.i + 1 < len(first.doc) and first.nbor(1).lower_ in _RELATIVES


def _attributed(token) -> bool:
    """Whether `token` opens an "according to X" set inside the reported
    clause ("he believes the bill will pass, according to The Ledger"):
    who relays the words, not part of them."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


def _summing_up(token) -> bool:
    """Whether `token` is a noun set beside the clause (an appositive, or
    read as its adverb) with an article "a" and a clause of its own (",
    a claim that the council rejects", ", a point on which ..."), or a
    noun for a statement as a whole (", a gloomy assessment from the
    mayor"): a verdict on what comes before it, in the writer's words."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    if token.pos_ == "NOUN" and token.lemma_.lower() in STATEMENT_NOUNS and _past_one_comma(token):
        return token.dep_ in ("appos", "npadvmod", "dobj")  # an object after a comma: an appositive misread
    return token.dep_ in ("appos", "npadvmod") and any(c.dep_ in ("relcl", "acl") for c in token.children)


def _past_one_comma(noun) -> bool:
    """Whether `noun` comes after the words of its clause's verb past a
    comma, the only one between them ("would pass easily, a bold
    prediction"): set beside the clause, not inside it.  Not a noun after
    an aside a second comma closes ("will issue, within a week, a
    statement"), which the clause may still govern."""
    doc, verb = noun.doc, next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    first = noun.left_edge.i
    if verb is None or verb.i >= first - 2 or doc[first - 1].text != ",":
        return False
    return sum(t.text == "," for t in doc[verb.i + 1:first]) == 1


STATEMENT_NOUNS = frozenset("""assessment admission acknowledgment acknowledgement concession verdict judgment
judgement appraisal prediction forecast remark comment statement claim assertion warning boast""".split())
"""Nouns of general English for a statement taken whole: set after a
reported clause (", a frank admission from the mayor"), the writer names
what was said, and the noun renames no word inside it."""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without edge spaces, commas and dashes, an opening
    "that" or a final stop; with the quotation mark that opens (or closes) a quotation it
    cuts into ("told the radio “There is not going to be” a price war")."""
    glued = [m.end() for m in _GLUED_COLON.finditer(text, start, end)]
    start = glued[-1] if glued else start  # "quoted from the report:The U.S. has ...": a label the page ran on
    while start < end and text[start] in _EDGE + "\n":
        start += 1
    focus = _FOCUSING.match(text, start, end)
    if focus and _THAT_CLAUSE.match(text, focus.end()):
        start = focus.end()  # "saying only that he knew ...": the clause; "said that only that" reads twice
    if _THAT_CLAUSE.match(text, start):
        start += 5  # "admitted as part of his plea that he ...": the clause, not its "that"
    while end > start and (text[end - 1] in _EDGE + ".\n" or _closes_no_bracket(text, start, end)):
        end -= 1
    opening = _OPENING_LINK.match(text, start, end)
    if opening and opening.end() < end:
        start = opening.end()  # "But, in a surprise move, ...": a tie to the sentence before, which shown alone ties to nothing
    piece = text[start:end]
    if start > 0 and text[start - 1] in "“\"" and _unopened(piece):
        start -= 1
    elif end < len(text) and text[end] in "”\"" and _unopened(piece[::-1].translate(_MIRROR)):
        end += 1
    return start, end


def _closes_no_bracket(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends on a closing bracket it never opened
    ("would raise more revenue)": a clause cut from inside an aside whose
    opening bracket came before it)."""
    close = text[end - 1]
    return close in _OPENER_OF and text.count(_OPENER_OF[close], start, end) < text.count(close, start, end)


_OPENER_OF = {")": "(", "]": "["}


_OPENING_LINK = re.compile(r"(?:(?:And|But),?|(?:Yet|So),)\s+(?:in an? [a-z]+ move,\s+)?")
"""A conjunction opening a reported clause ("But, in a surprise move,
..."), with the writer's framing of the news after it: no "So far" or
"Yet another"."""
_CLOSING_LINK = re.compile(r"[,\s]+(?:and|or|but)$")
_GLUED_COLON = re.compile(r"(?<=[a-z]):(?=[A-Z][a-z])")
"""A colon run onto the capital after it ("report:The"): a lead-in the
page's layout set apart, lost when the text was flattened."""


_MIRROR = str.maketrans("“”", "”“")
_FOCUSING = re.compile(r"(?:only|merely|simply|just|solely)\s+(?=that\s)")
"""A focusing adverb before a clause's "that" ("said only that ...")."""
_THAT_CLAUSE = re.compile(r"that (?=(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our)\b|[A-Z])")
"""A "that" opening a clause ("that he broke in", "that the council paid"),
not one pointing at a noun ("that argument does not wash")."""


def _unopened(piece: str) -> bool:
    """Whether `piece` closes a double quotation it never opened."""
    depth = 0
    for i, char in enumerate(piece):
        if char == "“" or char == '"' and (i == 0 or piece[i - 1].isspace()):
            depth += 1
        elif char in "”\"":
            if depth == 0:
                return True
            depth -= 1
    return False

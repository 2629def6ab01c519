"""A parsed article in, its sentences with their spans out."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Sequence

from ..language import nlp
from ..language.casing import page_debris
from ..language.saying import TELLING
from ..models import Article, Quote, Sentence

_LIST_MARK = re.compile(r"^(?:[-–—•·▪►*]+\s*(?=[^\W\d_]|[\"“‘'])|\d{1,2}[.)]\s+(?=[A-Z\"“‘']))")
"""A list item's marker ("-Poor planning ...", "• The plan", "2) The plan"), which is no part of its sentence."""

def _unbracketed(text: str) -> str:
    """`text` without the bracket of an aside it opens or closes but does
    not hold whole: an aside of several sentences ("(Note: the pier
    reopened Monday. It had been shut a week.)") splits into sentences
    that each hold one of its brackets, which read as a slip alone."""
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return text


QUOTED_SENTENCES = 4
"""Most parser sentences one quotation joins into one sentence: a stray
mark that never closes does not swallow the paragraph."""


def split(article: Article, doc) -> tuple[Sentence, ...]:
    """The article's sentences (never crossing a paragraph break).  A
    quotation the parser cut at its full stops ("“Nothing happened to her.
    Flynn lied,” Trump said") stays one sentence, so no sentence of the
    brief opens or closes inside someone's words."""
    found = []
    ends = [paragraph.end for paragraph in article.paragraphs]
    pieces = [piece for sent in doc.sents
              for piece in _within_paragraphs(article, ends, sent.start_char, sent.end_char)]
    whole = _tags_joined(article, doc, list(_joined(article, _rows_whole(article, _colons_joined(article, pieces)))))
    for start, end in _fields_apart(article, whole):
        text = _unbracketed(_LIST_MARK.sub("", article.text[start:end].strip()))
        if len(text.split()) >= 3:
            offset = article.text.index(text, start)
            found.append(Sentence(text=text, source=article.source(offset, offset + len(text))))
    return tuple(found)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBORDINATE = frozenset({"relcl", "acl"})  # "... draw in which he scored": still no statement


def fragments(found: tuple[Sentence, ...], doc) -> tuple[int, ...]:
    """The start offsets of the sentences of `found` (from `split` on the
    parse `doc`) with no finite verb outside a relative clause: "The Goal of
    the Day, sponsored by a drink maker.", "A fair result for both teams";
    those holding a vertical bar between words, which running prose
    never does: a caption glued to its credit and a headline ("... told
    reporters. | AP Photo Mayor vows to ..."); and those an excerpt cuts
    off (`_CUT_SHORT`); numbered section headings (`_numbered_heading`);
    and those holding a page's widgets run together
    ("...FlagShareLikeReplyMari Hayman 5ptsmoderatorFeatured...").  A sentence the parse does not align with is left
    alone."""
    text = nlp.text_of(doc)  # built once, not per sentence
    return tuple(sentence.source.start for sentence in found
                 if _LAYOUT_BAR.search(sentence.text) or _CUT_SHORT.search(sentence.text)
                 or page_debris(sentence.text) or _numbered_heading(text, sentence) or _verbless(doc, sentence))


_NUMBER_MARK = re.compile(r"\d{1,2}[.)]\s+$")
_STOPPED = re.compile(r"[.!?:;\"”’')\]]$")


def _numbered_heading(text: str, sentence: Sentence) -> bool:
    """Whether `sentence` is a numbered section heading: its line opens on a
    list number ("2. Late goals lift the home side") and it is the whole
    line, with no stop at its end, as a heading has and a sentence in a
    numbered list does not ("2. The side won late."): it names what
    follows, it does not report it."""
    start, end = sentence.source.start, sentence.source.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return bool(_NUMBER_MARK.fullmatch(text[line_start:start])) and not rest.strip() \
        and not _STOPPED.search(sentence.text.rstrip())


_LAYOUT_BAR = re.compile(r"(?:^|\s)\|(?:\s|$)")  # "caption | AP Photo", "Title | Site"
_CUT_SHORT = re.compile(r"[\w,;:]\s?(?:\.\.\.|…)\s*$")
"""A sentence cut off mid-phrase, as an excerpt is ("... the largest fuel
pipeline in the United States,..."): an ellipsis at its very end, right
after a word or a comma.  A speaker trailing off inside a quotation ends on
its closing mark, not here."""


def cut_short(text: str) -> bool:
    """Whether a sentence ends on an ellipsis right after a word or a comma
    (`_CUT_SHORT`): "... handed out with tickets to board at..." is cut off
    mid-phrase; "... he said: “We will see…”" ends on its closing mark."""
    return bool(_CUT_SHORT.search(text))


LEANING = 0.5  # weight, in a summary or a list of key points, of a sentence that leans on the one before it


def standalone_weight(text: str) -> float:
    """`LEANING` for a sentence that leans on the one before it
    (`leans_back`), else 1: how much it may weigh where it is read alone."""
    return LEANING if leans_back(text) else 1.0


def leans_back(text: str) -> bool:
    """Whether a sentence opens on a word that answers the sentence before
    it ("However, his first day is off to ..."; "But Putin said ..."; "Moreover,
    ..."): read alone, in a summary or as a theme's example, it answers
    nothing (general English); so does one whose subject points back to it
    ("That separates Mr. Reid from ...": `_POINTS_BACK`).  "So far, 12
    people have died" or "This week the council voted" lean on nothing."""
    return bool(_LEANS_BACK.match(text) or _POINTS_BACK.match(text) or _GOES_ON.match(text)
                or _SOMEONE_BEFORE.match(text) or _SAID_BY_SOMEONE_BEFORE.match(text) or _SET_OFF.match(text)
                or answers_at_end(text))


def answers_at_end(text: str) -> bool:
    """Whether a sentence ends on a word, set off by a comma, that answers
    or adds to the sentence before it ("The board did not vote on it,
    though."; "The union backed the plan, too."; "Nor did the mayor,
    either."): it says its point only beside that sentence."""
    return bool(_ANSWERS_AT_END.search(text))


_ANSWERS_AT_END = re.compile(r",\s*(?:though|however|instead|nonetheless|nevertheless|too|as well|either)"
                             r"\s*[.!]?[\"”’')]*\s*$", re.I)


_SET_OFF = re.compile(r"[\"“‘']?[^,;:\"“”]{2,50},\s*(?:however|meanwhile|though|instead|nevertheless|nonetheless"
                      r"|moreover|furthermore|therefore|likewise|in turn|in contrast|by contrast|too|as well),", re.I)
"""A sentence that sets the same words off by commas after its first phrase
("The council, however, said ...", "On Friday, meanwhile, it emerged
..."): it answers the sentence before as one opening on them does."""


_SOMEONE_BEFORE = re.compile(r"[\"“‘']?(?:he|she|they|his|her|their)\b|[^,\"“”]{2,40},\s*(?:he|she|they)\s", re.I)
"""A sentence opening on a personal pronoun ("He should use this political
capital ...", "Their lawyer said ..."), or on a short phrase and then one
("After years of waiting, they are among ..."): who it is, the sentence
before said."""


_SAID_BY_SOMEONE_BEFORE = re.compile(r"[\"“‘'].{8,}?[\"”’']\s*,?\s*(?:he|she|they)\s+(?:\w+\s+)?"
                                     r"(?:said|says|told|tells|added|adds|wrote|writes|tweeted|continued|explained)\b",
                                     re.I)
"""A quotation its speaker is named for only as "he" or "she" (“I met the
director this afternoon,” she said in a statement.): who spoke, the
sentence before said."""


_POINTS_BACK = re.compile(
    r"[\"“‘']?(?:(?:even\s+)?(?:if|when|after|before|once|because|though|although|unless|until|while)\s+)?"
    r"(?:(?:this|that|these|those)\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|might"
    r"|must|should|does|did)\b|(?:this|that)\s+[a-z]+(?:(?<!s)(?<!u)(?<!i)(?<!ew)s|ed)\b"
    r"|(?:this|that)['’](?:s|ll|d)\b"
    r"|(?:of|among|from|beyond|besides|despite)\s+(?:this|that|these|those|them)\s*,"
    r"|[a-z]+\s+(?:at|of|in|on|for|from|near)\s+(?:that|those)\s+[a-z]+)", re.I)
"""A sentence whose subject is a demonstrative pronoun pointing back ("That
separates Mr. Reid from ...", "This is the second time ..."): "this" or
"that" before a verb (an auxiliary, or a word in -s or -ed: a singular
determiner never comes before a plural noun; "this news", "this crisis"
are not verbs), "these" or "those" before an auxiliary; "That’s the
consensus of ..." likewise; and one opening on a preposition with a
pronoun that points back ("Of that, plants make up 450 gigatons";
"Among them, ..."; not "Of these programs, ...", "From this year on"),
or on a noun set at "that" or "those" one ("Levels at that plant's
wells are high", "Residents of those towns left"): which, the sentence
before said.
A clause on the pronoun before the sentence's own points back the same
way ("Even if that happens, the mayor would still trail ...")."""

_GOES_ON = re.compile(r"(?:[\w’'.-]+\s+){1,3}(?:goes|went|go) on(?: to (?:say|write|add|warn|note))?\s*:"
                      r"|it\s+(?:added|adds|continued|continues)\s*[:,]", re.I)
"""A sentence that goes on with words quoted before it ("The letter goes on:
“...”", "It continues: “...”"; "He added: ..." opens on a pronoun,
`_SOMEONE_BEFORE`): what it continues is elsewhere."""

_LEANS_BACK = re.compile(r"[\"“‘']?(?:however|but|yet|still|meanwhile|instead|nevertheless|nonetheless|moreover"
                         r"|furthermore|further|additional|also|and|so(?!\s+(?:far|much|many|long)\b)|thus|therefore|besides"
                         r"|likewise|similarly|even so|that said|in addition|on the other hand|at the same time"
                         r"|(?:alongside|beyond|apart from|on top of|along with|in addition to) (?:that|this|it))\b",
                         re.I)


def speaker_unsaid(sentence: Sentence, quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether `sentence` is nothing but quoted words: whole ("“He should pay
    for it.”"), a piece of a longer quotation (one mark, at its start or its
    end), or words of a quotation it lies within (`quoted`: the sorted
    character spans of the article's direct quotations).  Read alone, in a
    summary or as a theme's example, it does not say who speaks."""
    text = sentence.text.strip()
    marks = _QUOTE_MARKS.findall(text)
    opens, closes = text[:1] in "\"“", bool(_CLOSES.search(text))
    if (opens and closes and len(marks) == 2) or (len(marks) == 1 and (opens or closes)):
        return True
    start, end = sentence.source.start, sentence.source.end
    at = bisect_right(quoted, (start, float("inf"))) - 1
    return not marks and at >= 0 and quoted[at][0] <= start and quoted[at][1] >= end - 1


def unfit_alone(sentence: Sentence, quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether `sentence`, read alone (a summary sentence, a key point, a
    theme's example), tells no news: quoted words that do not say who speaks
    (`speaker_unsaid`), only the terms a source spoke on (`terms_only`),
    only that someone gave no answer (`no_answer`), a piece broken off a
    sentence (`broken_off`), or an aside set wholly in
    brackets ("(A photo of the cover now heads her page.)")."""
    return (speaker_unsaid(sentence, quoted) or terms_only(sentence.text) or broken_off(sentence.text)
            or no_answer(sentence.text) or bool(_ASIDE.fullmatch(sentence.text.strip())))


_ASIDE = re.compile(r"\([^()]+\)\.?")
_LOWER_WORD = re.compile(r"[a-z]+\b(?![’'.]?[A-Z]| [A-Z])")


def broken_off(text: str) -> bool:
    """Whether `text` opens on a word in lower case ("blogging gig may not
    be enough ..."): the rest of a sentence the splitter cut (after an
    abbreviation or a web address), not a sentence.  A name written with a
    small first letter ("eBay", "iPhone") has a capital inside, and a name's
    particle ("de Klerk", "van Gogh") a capital after: both are kept."""
    return bool(_LOWER_WORD.match(text.lstrip("\"“‘'(")))


_TERMS = re.compile(r"\b(?:on (?:the )?condition (?:of|that) (?:anonymity|(?:he|she|they) not be (?:named|identified))"
                    r"|(?:was|were|is|are) not authori[sz]ed to (?:speak|discuss|comment|talk)"
                    r"|(?:requested|asked for|granted) anonymity|declined to be (?:named|identified))\b", re.I)
_SAYS = re.compile(r"\b(?:said|says|told|tells|according to|added|confirmed|described)\b", re.I)


def terms_only(text: str) -> bool:
    """Whether a sentence only says on what terms a source spoke ("The
    official ... was not authorized to discuss the matter Tuesday and spoke
    on condition of anonymity."), reporting nothing they said."""
    return bool(_TERMS.search(text)) and not _SAYS.search(text) and not _QUOTE_MARKS.search(text)


_NO_ANSWER = re.compile(r"\b(?:(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not)"
                        r" (?:immediately )?(?:respond|reply|return|answer)(?:ed)?\b[^.;]*?\bcomment"
                        r"|(?:declined|refused) (?:immediate )?(?:to )?comment"
                        r"|could not (?:immediately )?be\s+reached\b[^.;]*?\bfor\s+comment"
                        r"|did not (?:immediately )?comment)", re.I)


def no_answer(text: str) -> bool:
    """Whether a sentence only says someone gave the reporter no answer
    ("A spokeswoman for the mayor did not reply to an emailed request for
    comment.", "The firm declined to comment."): it tells nothing of
    the story; one that goes on to say something ("declined to comment
    but said ...") is kept, and so is one whose silence is the news ("He
    did not respond to either letter": no request for comment)."""
    return bool(_NO_ANSWER.search(text)) and not _SAYS.search(text) and not _ANSWERS.search(text) \
        and not _QUOTE_MARKS.search(text)


_ANSWERS = re.compile(r"\b(?:saying|deni(?:ed|es)|deny|insist(?:ed|s)?|argu(?:ed|es))\b", re.I)
"""Words by which a sentence that tells of a refusal to comment still
reports what someone held ("declined to comment, saying ...", "denied
any wrongdoing, and a spokeswoman declined to comment")."""


def quoted_spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """The sorted character spans of the direct quotations among `quotes`."""
    return sorted((s.start, s.end) for q in quotes if q.kind == "direct" for s in q.sources)


_QUOTE_MARKS = re.compile(r"[\"“”]")
_CLOSES = re.compile(r"[\"”][)\]]?$")


def _verbless(doc, sentence: Sentence) -> bool:
    """No finite verb outside a relative clause; or a headline's deck that
    opens on its verb, its subject left to the headline ("Says Clinton
    would stack the court": who says, the sentence does not tell)."""
    span = doc.char_span(sentence.source.start, sentence.source.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = next((t for t in span if not t.is_punct), span[0])
    if first.tag_ in ("VBZ", "VBD") and first.dep_ == "ROOT" and first.is_title \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children):
        return True
    return not any(t.tag_ in _FINITE and t.dep_ not in _SUBORDINATE for t in span)


# A full stop that ends a sentence: after a lower-case word, a word of four
# letters or more, a number or a closing bracket; not after "Mr", "Sen" or "U.S".
_ENDS = re.compile(r"(?:\b[a-z]+|\b[A-Za-z]{4,}|[0-9%)])[.!?][\"”’']?(?=\s|$)")


def count(sentence: Sentence) -> int:
    """How many sentences `sentence` holds: one, or, for a quotation
    `split` joined, each of its full stops (a length that does not hang on
    how quotations are split)."""
    return max(1, len(_ENDS.findall(sentence.text)))


SHORT_PIECE = 3
"""A piece the parser cut of fewer words than this ("It.", in “We are here
to Get. It. OUT,” she wrote) is no sentence of its own: it does not count
toward `QUOTED_SENTENCES`."""


def _joined(article: Article, pieces: list[tuple[int, int]]):
    """`pieces` (start, end), each run that opens a quotation and the pieces
    up to the one that closes it (in the same paragraph, at most
    `QUOTED_SENTENCES` of `SHORT_PIECE` words or more) as one."""
    i = 0
    while i < len(pieces):
        start, end = pieces[i]
        j = i
        if opens(article.text[start:end]):
            j = _closing(article, pieces, i)
        yield start, pieces[j][1]
        i = j + 1


def _tags_joined(article: Article, doc, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` (start, end), a quotation the parser ended at its "!" or
    "?" joined to the speech tag after it in the same paragraph
    (`_speech_tag`): "“Not one more day!” Ruiz told the crowd." is one
    sentence, the tag's words no sentence of their own, which would tell
    who spoke and not what."""
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        if joined and _EXCLAIMED.search(article.text[joined[-1][0]:joined[-1][1]]) \
                and article.paragraph_at(start) == article.paragraph_at(joined[-1][0]) \
                and _speech_tag(doc, start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_EXCLAIMED = re.compile(r"[!?][\"”’']\s*$")
"""A piece ending on a quotation closed right after its "!" or "?"."""


def _speech_tag(doc, start: int, end: int) -> bool:
    """Whether the words at `start:end` of the parse `doc` are a bare speech
    tag: they open on the subject of their main verb, a verb of saying
    (`TELLING`: "Ruiz told the crowd.", "he asked, his voice rising."), and
    quote nothing nor give what was said as a clause of their own (a
    finite one: "her voice rising" tells how, not what)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or _QUOTE_MARKS.search(span.text):
        return False
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_.lower() in TELLING and subject is not None and subject.left_edge.i == span.start \
        and not any(c.dep_ == "ccomp" and _finite(c) for c in root.children)


def _finite(verb) -> bool:
    """Whether `verb` heads a finite clause: it, or a helper of it, is a
    finite form, or "that" opens its clause."""
    return verb.tag_ in _FINITE or any(c.tag_ in _FINITE or c.lower_ == "that" and c.dep_ == "mark"
                                       for c in verb.children)


def _closing(article: Article, pieces: list[tuple[int, int]], i: int) -> int:
    """The index of the piece that closes the quotation piece `i` opens, in
    its paragraph and within `QUOTED_SENTENCES` sentences; `i` when none does."""
    start, used = pieces[i][0], 1
    for k in range(i + 1, len(pieces)):
        if used >= QUOTED_SENTENCES or article.paragraph_at(pieces[k][0]) != article.paragraph_at(start):
            break
        if not opens(article.text[start:pieces[k][1]]):
            return k
        used += len(article.text[pieces[k][0]:pieces[k][1]].split()) >= SHORT_PIECE
    return i


def _colons_joined(article: Article, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` (start, end), a piece the parser ended at a colon joined to
    the next in the same paragraph: "Dowd brought out a new defense: Trump
    isn't guilty ..." is one sentence; a colon ends a paragraph's lead-in
    to a list, never a sentence within it; so is a piece cut at an
    abbreviation's stop (`_cut_at_abbreviation`).  So does a number with no stop
    after it: "a total of ≈4 Mt N of soil microbes" cut after "≈4" is one
    sentence cut between a number and its unit; so is one cut after a
    lower-case word with no stop (`_ends_on_word`)."""
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        before = article.text[joined[-1][0]:joined[-1][1]] if joined else ""
        if joined and (_ends_open(before) or _cut_at_abbreviation(before, article.text[start:end])
                       or _ends_on_word(before) and "\n" not in article.text[joined[-1][1]:start]) \
                and article.paragraph_at(start) == article.paragraph_at(joined[-1][0]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_POSSESSIVE_END = re.compile(r"\w['’]s$")
_ABBREVIATED_END = re.compile(r"(?:^|[\s(-])[A-Z][a-z]{0,4}\.\)?$")
"""A piece ending on a short abbreviation in capitals ("Ariz.", "(R-Wyo.)")."""
_TITLE_THEN_NAME = re.compile(r"[A-Z][a-z]{1,3}\.\s+[A-Z]")
"""A piece opening on an abbreviated title and a name ("Gov. Ana Ruiz")."""


def _cut_at_abbreviation(before: str, after: str) -> bool:
    """Whether the parser ended the piece `before` at an abbreviation's
    full stop inside a sentence: the piece `after` goes on in lower case
    ("... Ana Ruiz (D-Vt.)" / "in next year's race.") or on an abbreviated
    title and a name ("... calling for Vt." / "Gov. Ana Ruiz to resign."),
    which a sentence ending on a place's abbreviation is not followed by."""
    before, after = before.rstrip(), after.lstrip()
    return bool(_ABBREVIATED_END.search(before)) and (after[:1].islower() or bool(_TITLE_THEN_NAME.match(after)))


_TABLE_ROW = re.compile(r"\|[^|\n]*\|.*\|", re.S)
"""A table row as the cleaner writes it ("| Pos | Name | 12 | Notes. More. |"):
opens and closes on a bar, with cells between."""


def _rows_whole(article: Article, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` (start, end), those of a paragraph that is a table row
    (`_TABLE_ROW`) joined into one: the parser cuts a row at a full stop
    inside a cell ("... | 3 wins (5 played). 1 draw. |"), and a cell's
    piece read alone ("1 draw.") says nothing, not even whose it is.
    Whole, the row holds its bars, so `fragments` keeps it out of the
    brief's prose."""
    rows = _paragraphs_where(article, "|", lambda text: bool(_TABLE_ROW.fullmatch(text)))
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        at = article.paragraph_at(start)
        if joined and at in rows and at == article.paragraph_at(joined[-1][0]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _paragraphs_where(article: Article, opening: str, test) -> frozenset[int]:
    """The indices of the paragraphs of `article` whose text (stripped)
    passes `test`, among those opening on one of the characters `opening`:
    each paragraph looked at once, and a long one only when it opens so."""
    found = set()
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start:paragraph.end]
        if text.lstrip()[:1] in opening and text.strip() and test(text.strip()):
            found.add(paragraph.index)
    return frozenset(found)


_FIELD = re.compile(r"(?:^|(?<=\s))[A-Z][\w’'-]*(?: [a-z][\w’'-]*){0,2}:\s")
"""A field's label in a box of facts ("Price: ", "Tested by: ", "RRP: "):
a capitalised word and at most two lower-case ones before a colon."""
FIELD_WORDS = 8  # most words of a field's value, but the last: a box states facts, not sentences


def _fields_apart(article: Article, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` (start, end), those of a paragraph that is a box of facts
    (`_field_box`: "Tested by: Ann Berg Price: £20 Info: example.org") cut
    at each field's label: the parser reads the box as one sentence and
    cuts it anywhere, and a name would run into the next field's label."""
    boxes = _paragraphs_where(article, _CAPITALS, _field_box)
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        if article.paragraph_at(start) not in boxes:
            cut.append((start, end))
            continue
        labels = [m.start() for m in _FIELD.finditer(article.text, start, end) if m.start() > start]
        bounds = [start, *labels, end]
        cut.extend((a, b) for a, b in zip(bounds, bounds[1:]) if article.text[a:b].strip())
    return cut


_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _field_box(text: str) -> bool:
    """Whether a paragraph is a box of labelled facts: it opens on a field's
    label (`_FIELD`), holds another, and every value but the last is a few
    words (`FIELD_WORDS`)."""
    labels = list(_FIELD.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return False
    values = [text[a.end():b.start()] for a, b in zip(labels, labels[1:])]
    return all(len(value.split()) <= FIELD_WORDS for value in values)


def _ends_open(text: str) -> bool:
    """Whether a piece of a paragraph ends where no sentence does: at a
    colon, at a number's last digit (a sentence ends at a stop), or at a
    possessive, whose noun is still to come ("... told ABC’s" / "“Evening
    Hour.”")."""
    text = text.rstrip()
    return text.endswith(":") or text[-1:].isdigit() or bool(_POSSESSIVE_END.search(text))


def _ends_on_word(text: str) -> bool:
    """Whether a piece of a paragraph ends on a lower-case word with no
    stop after it ("... 44 percent would back" / "Rivera, while ..."): the
    parser's cut inside one sentence, which read alone leaves a summary
    line broken off mid-sentence.  A line break before the next piece is
    the writer's own (an address, a verse), so it is not crossed."""
    return text.rstrip()[-1:].islower()


def opens(text: str) -> bool:
    """Whether `text` leaves a quotation open: more “ than ”, or an odd
    number of straight double marks."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _within_paragraphs(article: Article, ends: list[int], start: int, end: int):
    """The parts of `start:end` inside each paragraph it overlaps; only
    those paragraphs are visited (found by bisection on their `ends`), so
    an article of many paragraphs costs no more per sentence."""
    for paragraph in article.paragraphs[bisect_right(ends, start):]:
        if paragraph.start >= end:
            break
        lo, hi = max(start, paragraph.start), min(end, paragraph.end)
        if lo < hi:
            yield lo, hi


_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Ww]e|us|[Oo]ur|[Oo]urs|my|me|mine)\b")
_FIRST_PERSON = re.compile(r"(?<![\w.-])I(?:[’'](?:m|ve|d|ll)\b|\s+[a-z])")
"""The writer's "I": before a word in lower case, whatever the verb ("I
needn’t have worried", "I still think"), or as "I’ve", "I'm"."""
_NAME_BEFORE = re.compile(r"\S\s+[A-Z][\w’'-]*\s+$")
"""A word in capitals set inside the sentence right before: "World War I
was", "King Henry I was" (a numeral that ends a name, not the writer)."""
_QUOTED_WORDS = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def addresses_reader(text: str) -> bool:
    """Whether `text`, outside its quotation marks, speaks to or for the
    reader or as its writer ("The mayor wants us to believe ...", "the
    cure is worse than your cold", "I was glad to hear it"): a
    columnist's aside or spoken words set down without marks, not a finding
    a brief can state in its own voice ("US", the country, is no "us"; the
    "I" of "(I-Vt.)" or "F.B.I." no writer)."""
    text = _QUOTED_WORDS.sub(" ", text)
    return bool(_READER.search(text)) or any(not _NAME_BEFORE.search(text[:m.start()])
                                             for m in _FIRST_PERSON.finditer(text))

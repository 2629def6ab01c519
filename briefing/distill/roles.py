"""The role an article gives a person, read from the words around one mention.

A parsed doc and the token span of a name in, role phrases with their
character spans out.  Four frames cover most news writing:

- a title before the name: "Pakistani Prime Minister Shahid Khaqan Abbasi",
  "Russia's deputy prime minister Alexei Overchuk", "Army Chief General X";
- an appositive after it: "Pavel Didkovsky, first secretary of the embassy,";
  or before it: "the envoy to Afghanistan, Zamir Kabulov";
- a relative or copular clause: "X, who is also the deputy prime minister",
  "X is a political analyst";
- "his Russian counterpart X": the counterpart's role, re-nationalised.

A phrase counts as a role only when it holds a role noun (names.ROLE_WORDS).
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import HONORIFICS, is_role_word

# Words that may sit inside a title before a name ("then-president of").
_TITLE_GLUE = frozenset("of for to the 's ’s then - former acting interim incoming outgoing late".split())
# Glue that cannot start or end a role ("of the", a dangling possessive).
_EDGE_GLUE = frozenset("of for to the 's ’s - ,".split())
_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
_STOPS = frozenset(", . ; : ( ) [ ] — – \" “ ” who which that whose and or but".split())
_COPULAS = frozenset("is was has been remains".split())
_MAX_ROLE_TOKENS = 14


@dataclass(frozen=True)
class Found:
    """A role phrase and its character span in the doc's text."""

    text: str
    start: int
    end: int


def roles_for(doc, start: int, end: int) -> list[Found]:
    """Every role stated around the name at tokens `doc[start:end]`."""
    lead = start
    while lead > 0 and (_honorific(doc[lead - 1]) or doc[lead - 1].is_title and is_role_word(doc[lead - 1].text)):
        lead -= 1
    found = [_title_before(doc, start), _appositive_before(doc, lead, end),
             _appositive_after(doc, end), _clause_after(doc, end)]
    return sorted((role for role in found if role is not None), key=lambda role: role.start)


def _honorific(token) -> bool:
    return token.lower_.strip(".") in HONORIFICS


def _title_before(doc, start: int) -> Found | None:
    """"Pakistani Prime Minister [name]": the capitalised or role words
    directly before the name, up to a determiner, verb or punctuation."""
    lead = start
    while lead > 0 and _honorific(doc[lead - 1]):
        lead -= 1
    if lead < start and lead > 0 and doc[lead - 1].lower_ in ("of", "for", "to", "'s", "’s"):
        return None  # "a spokesman for Mr Love": Love is not the spokesman
    i = start
    while i > 0 and _title_token(doc[i - 1]):
        i -= 1
    return _role(doc, i, start)


def _title_token(token) -> bool:
    if token.lower_ in _TITLE_GLUE:
        return True
    if token.is_punct or token.pos_ in ("VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM"):
        return False
    if token.pos_ == "ADP":
        return False
    if token.lower_ == "counterpart" or is_role_word(token.text):
        return True
    return token.is_title or token.pos_ in ("ADJ", "PROPN") or token.pos_ == "NOUN" and token.dep_ == "compound"


def _appositive_before(doc, start: int, end: int) -> Found | None:
    """"the Presidential Envoy to Afghanistan, [name]" when the name is not
    itself followed by another name (a list)."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON":
        return None
    i = start - 1
    while i > 0 and start - 1 - i < _MAX_ROLE_TOKENS and _title_token(doc[i - 1]):
        i -= 1
    return _role(doc, i, start - 1)


def _appositive_after(doc, end: int) -> Found | None:
    """"[name], the Deputy Director of the Asia Program," -> that phrase."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].ent_type_ == "PERSON" or doc[i].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"):
        return None
    return _phrase_until_stop(doc, i)


def _clause_after(doc, end: int) -> Found | None:
    """"[name], who is also the deputy prime minister of Pakistan" and
    "[name] is a political analyst" -> the role phrase."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i < len(doc) and doc[i].lower_ == "who":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _COPULAS:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return _phrase_until_stop(doc, i)


def _phrase_until_stop(doc, i: int) -> Found | None:
    stop = i
    while stop < len(doc) and stop - i < _MAX_ROLE_TOKENS and (doc[stop].lower_ not in _STOPS or _place_comma(doc, stop)) \
            and not doc[stop].is_sent_start and doc[stop].pos_ not in ("VERB", "AUX"):
        stop += 1
    if stop < len(doc) and doc[stop].lower_ not in _STOPS and not doc[stop].is_sent_start:
        return None
    return _role(doc, i, stop)


def _place_comma(doc, i: int) -> bool:
    """A comma inside a place written "City, State": "president of the
    Kansas City, Mo., branch" goes on past both commas."""
    if doc[i].text != "," or i == 0 or doc[i - 1].ent_type_ != "GPE" or i + 1 >= len(doc):
        return False
    if doc[i + 1].ent_type_ == "GPE":
        return True
    return i >= 3 and doc[i - 2].text == "," and doc[i - 3].ent_type_ == "GPE" and doc[i + 1].is_lower


def _role(doc, start: int, end: int) -> Found | None:
    """tokens [start, end) as a role, without a leading determiner, or None
    when they hold no role noun."""
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].lower_ in _EDGE_GLUE
                           or doc[start].pos_ == "ADV" and doc[start].lower_ != "then"):
        start += 1
    while end > start and (doc[end - 1].lower_ in _EDGE_GLUE or _honorific(doc[end - 1])):
        end -= 1
    if start >= end or doc[start].pos_ in ("ADP", "VERB", "AUX") or not _headed_by_role(doc[start:end]):
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        return None  # "Keri Russell, executive producer Joel Fields": another person's role
    span = doc[start:end]
    return Found(text=span.text, start=span.start_char, end=span.end_char)


def _headed_by_role(tokens) -> bool:
    """Whether the phrase's head (its last word before "of", "for", "at"...)
    is a role noun: "first secretary of the embassy" yes, "advocate for
    justice" no."""
    head = None
    for token in tokens:
        if token.pos_ == "ADP" and head is not None:
            break
        if token.pos_ in ("NOUN", "PROPN", "ADJ") or token.lower_ == "counterpart":
            head = token
    return head is not None and (head.lower_ == "counterpart" or _role_noun(head))


def _role_noun(token) -> bool:
    """A role word used as a noun ("the official") rather than an adjective
    ("an official visit")."""
    if not is_role_word(token.text):
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ in ("NOUN", "PROPN") or nxt is None or not (nxt.pos_ == "NOUN" and not is_role_word(nxt.text))


def resolve_counterpart(role: str, previous: str | None) -> str | None:
    """"Russian counterpart" with the previous role "Pakistani Prime
    Minister" -> "Russian Prime Minister"; None when there is nothing to
    resolve it against ("counterpart" alone is not a role)."""
    words = role.split()
    if "counterpart" not in [w.lower() for w in words]:
        return role
    if not previous:
        return None
    qualifier = [w for w in words if w.lower() not in ("counterpart", "his", "her", "their")]
    if not qualifier:
        first, _, rest = previous.partition(" ")
        return f"counterpart of {first.lower() + ' ' + rest if first.lower() in _DETERMINERS else previous}"
    title = [w for w in previous.split() if not _is_nationality(w)]
    return " ".join(qualifier + title) or None


def _is_nationality(word: str) -> bool:
    """"Pakistani", "Russia's", "US": words that place a title in a country."""
    if word.endswith(("'s", "’s")) or word.isupper():
        return True
    return word[:1].isupper() and word.lower().endswith(("an", "ese", "ish", "i", "ch")) \
        and not is_role_word(word)

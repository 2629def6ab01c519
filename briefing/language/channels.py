"""A name in a parsed sentence in, whether it is only the channel the news went through out.

Two stages ask this of a name: the portrayal grid (is an actor named only
in passing, so that the sentence says nothing of it?) and the themes (is a
capitalised phrase only a news outlet, no topic of the story?).  Both read
the same uses from the parse (`channel`): the one told ("told the Star"),
the one informing ("the Star confirmed"), the host of where words were said
("a lunch hosted by the Star"), the owner of a reporter, show or request
for comment ("the Star's Ann Lind"), the medium spoken on ("said on Radio
North"), the organization that asked or aired an interview words were
said in ("in an interview with the Star").  A name already taken for an
outlet (`outlet=True`, the themes' question) has more such uses, which
of any other actor are its own deeds: "the Star published" is the
channel, "the board published" the board's act; "a Star poll" is whose
poll, "the board's report" the board's work.
"""

from __future__ import annotations

from .saying import TELLING

HOSTING = frozenset({"host"})
"""Verbs of lending an event its room ("a lunch hosted by the Star"): the
host is where words were said, not who acts; not "sponsor": a bill
"sponsored by" a group is that group's act."""

MEDIA_NOUNS = frozenset("request inquiry query interview reporter correspondent host anchor program programme show".split())
"""What a news outlet owns when it is only the channel of the news (general
English): "the Star's request for comment", "the Star's Ann Lind"."""
OUTLET_NOUNS = MEDIA_NOUNS | frozenset("""poll survey broadcast contributor commentator columnist report article
    editorial column op-ed analysis story investigation documentary podcast website newsletter""".split())
"""Nouns an outlet's name qualifies (general English): "a Star poll", "a Star
contributor" tell whose poll, not what happened; of another body, "the
board's report" is the board's own work."""
INFORMING = frozenset({"report", "confirm", "learn"})
"""Verbs of news whose subject is its channel ("the Star confirmed ...")."""
PUBLISHING = frozenset("publish broadcast air obtain".split())
"""Verbs whose subject is the channel only where it is an outlet ("the Star
obtained the letter"; "the board obtained a loan" is the board's deed)."""
SPEAKING = frozenset("tell say speak talk appear".split())
"""Verbs whose "on X" or "to X" is the medium or the one told ("said on
Radio North", "spoke to the Star")."""
ASKING = frozenset("interview poll survey".split())
"""Nouns for asking someone: the outlet "an interview with" or "a poll by"
names is who asked; "an inquiry by the board" is the board's own act."""
PRINTING = frozenset("report publish print cite quote".split())
"""Verbs whose place "in" an outlet is where words came out ("cited in the
Star"); "said in Holm" tells where someone spoke."""
_BY_WAY_OF = frozenset(("to", "by", "with", "on"))
INTERVIEWING = frozenset({"interview"})
"""Nouns for a talk someone gave a news outlet: "in an interview with the
Star", "in an interview on Radio North" name who asked or the medium."""
_DURING = frozenset({"in", "during"})  # "in an interview ...": the occasion words were said on


def channel(token, outlet: bool = False) -> bool:
    """Whether the name whose head (or last word) is `token`, a spaCy token,
    is in its sentence only the channel of the news: told, informing,
    hosting, owning a reporter, show or request, or spoken on (see the
    module's docstring); with `outlet`, also the one publishing, asked by
    in an interview or poll, printing, or owning a report or column."""
    head = token.head
    if token.dep_ == "poss" or outlet and token.dep_ in ("compound", "nmod"):
        return _owned(token, outlet)
    if token.dep_ in ("dobj", "dative"):
        return told(token) and (outlet or token.ent_type_ == "ORG")
    if token.dep_ == "nsubj":
        return head.lemma_ in INFORMING or outlet and head.lemma_ in PUBLISHING
    if token.dep_ != "pobj":
        return False
    return _by_way_of(head, outlet) or interviewed_on(head) and (outlet or token.ent_type_ == "ORG")


def told(token) -> bool:
    """Whether `token` is the one told in "tell X (that) ...": the dative,
    or the object of a "tell" with none ("told X the board had met" may be
    parsed with "X" the dative and "the board" the object: what was told)."""
    head = token.head
    if head.lemma_ != "tell":
        return False
    return token.dep_ == "dative" or token.dep_ == "dobj" and not any(c.dep_ == "dative" for c in head.children)


def _owned(token, outlet: bool) -> bool:
    """Whether what the name `token` qualifies is a thing of the news
    (`MEDIA_NOUNS`; for an outlet `OUTLET_NOUNS`) or a person's name ("the
    Star's Ann Lind": its reporter)."""
    head = token.head
    if head.lemma_.lower() in (OUTLET_NOUNS if outlet else MEDIA_NOUNS):
        return True
    if head.dep_ == "pobj" and interviewed_on(head.head) and (outlet or token.ent_type_ == "ORG"):
        return True  # "in an interview on Radio North's Morning Desk": the show's owner, the medium
    return _a_persons_name(head) if outlet else head.ent_type_ == "PERSON"


def _a_persons_name(token) -> bool:
    """Whether `token` ends a person's name: tagged so, or a proper noun
    after a proper noun of its own that no entity of another kind holds
    ("Ada Velt", as the small model leaves many names untagged)."""
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and not token.ent_type_ and any(
        child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.children)


def interviewed_on(prep) -> bool:
    """Whether the preposition `prep` ("with", "on") names who asked, or the
    medium, of an interview on which words were said: "in an interview with
    the Star", "during an interview on Radio North".  An interview that is
    itself the news ("agreed to an interview with the board") is not the
    occasion of words reported, and is left out."""
    noun = prep.head
    return prep.lower_ in ("with", "on") and noun.lemma_.lower() in INTERVIEWING \
        and noun.dep_ == "pobj" and noun.head.lower_ in _DURING


def _by_way_of(prep, outlet: bool) -> bool:
    """Whether the preposition `prep` makes its object a channel: the agent
    of hosting ("a lunch hosted by the Star"), the medium or hearer of
    saying ("said on Radio North", "spoke to the Star"); for an outlet also
    the one words went through or came out in ("according to", "an
    interview with", "published by", "cited in")."""
    above = prep.head
    if prep.dep_ == "agent" and above.lemma_ in HOSTING:
        return True
    if prep.lower_ in ("on", "to") and above.pos_ == "VERB" and above.lemma_ in SPEAKING:
        return True
    if not outlet:
        return False
    if prep.lower_ in _BY_WAY_OF:
        return above.lemma_ in TELLING | {"accord", "publish", "appear", "speak", "talk"} | HOSTING \
            or above.lemma_.lower() in ASKING
    return prep.lower_ == "in" and above.lemma_ in PRINTING

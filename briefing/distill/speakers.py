"""Who said a quotation: a quote's span in a parsed article in, a `Speaker` out.

Candidate speakers are the noun phrases around the quote (people, pronouns,
organizations, descriptions: within its paragraph, a bounded number of
tokens either side, and the end of the previous paragraph when the quote
opens its own) and the speaker of the previous quote.  A linear model,
trained on the PolNeAR corpus (`scripts/train_attribution.py`, weights in
`models/attribution.json`), scores each one from the parse: its relation to
the verb that governs it ("nsubj" of "said", the object of "according to"),
that verb's lemma, which side of the quote it stands on, how far, whether
the quote hangs under that verb, whether a paragraph or another person lies
between the quote and the previous one, and how it compares with the other
candidates (the nearest subject of a verb of saying; whether another
subject of such a verb frames the quote).  The best candidate wins when its
score clears the model's threshold; otherwise the speaker is None (precision
first, never a guess).

With no candidate above the threshold, a quote signed by a dash and a name
that ends its paragraph ('"..." ― Jane Doe') is that person's; and a
paragraph that is only a quotation, right after the paragraph where an
attributed quote ends, with no one named in between, continues that quote.

The winner becomes a name:

- a person named in the article (by any mention: "Mr. Lavrov" -> "Sergey
  Lavrov"), also when the winner is a word of that person's appositive
  ("the Deputy Director of the Asia Program");
- for "he"/"she", the person it stands for by syntactic salience
  (`Sentences.antecedent`: the subject of the nearest main clause before it,
  never a name inside a quotation or one the pronoun's own clause governs);
- an organization or country named by the phrase ("the NAACP said");
- for a description ("the Russian foreign minister"), the one person of the
  article whose role fits it, else no name but the description as the role.

Every look-up is a binary search over indexes built once per article, and a
quote's candidates come from a bounded window, so an article with tens of
thousands of quotation marks costs time in proportion to its length.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..models import Article, Person
from ..language import nlp
from ..language.saying import REPORTING, TELLING
from ..language.names import (ABBREVIATED_TITLES, GENERATIONS, KINSHIP, fold, given_name_sex, is_role_word,
                              is_title_word, looks_like_person, role_fits, role_words, split_title, strip_name, surname)
from .people import CLOSE_MARKS, COURTESY, DESCRIBING, OPEN_MARKS, PRONOUN_SEX, common_noun, description_holder
from .roles import in_quote, quotation_around

_SPEAKING_PEOPLE = frozenset("""
source critic supporter opponent resident witness protester people person man woman narrator announcer
surrogate ally backer loyalist
""".split())
_SPEAKING_NOUNS = _SPEAKING_PEOPLE | frozenset("""
group organization organisation government ministry agency statement campaign office
""".split())
_PEOPLE_NOUNS = frozenset("""
woman man person resident witness protester neighbour neighbor friend relative student worker employee
colleague passenger driver victim survivor bystander girl boy
""".split()) | frozenset(KINSHIP)
"""Nouns for a person (general English): "A woman who identified herself as a
neighbour ... said" names someone the article does not name."""
_PRONOUNS = frozenset("he she".split())
_CANDIDATE_PRONOUNS = frozenset("he she they we who that i".split())
_SPEAKING_PRONOUNS = frozenset("i we he she they".split())
_NAMED = ("ORG", "GPE", "NORP", "PERSON", "FAC", "WORK_OF_ART")
_OFFICE_QUALIFIERS = frozenset("vice deputy assistant associate lieutenant former acting interim ex prime "
                               "chief senior junior".split())
"""Words of general English that make a title another office ("Vice
President", "former Governor"), unlike a place or a party before it."""
_BACK = 5  # sentences a pronoun may look back for the person it stands for
_QUOTED_BACK = 10  # and sentences wholly inside quotation marks it may look past besides
_WINDOW = 45  # tokens either side of a quote where a speaker may stand
_MAX_CANDIDATES = 24
_NAME_DEPS = frozenset("nsubj nsubjpass pobj dobj appos conj".split())
_SKIP_DEPS = frozenset("compound amod det poss case punct nummod quantmod".split())
_DASHES = ("―", "—", "–", "-", "--")
_SIGNED = re.compile(r"[\"”»’']?\s*(?:―|—|–|--)\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})\s*$")


@dataclass(frozen=True)
class Speaker:
    """A quote's speaker: a name (None when the article does not say), the
    role or description the article gives, the frame that told us, and how
    many characters lie between that frame and the quote."""

    name: str | None = None
    role: str | None = None
    cue: str | None = None
    distance: int | None = None
    says: bool = True  # the frame is a verb of saying ("called it 'a disgrace'"), not any verb ("was orchestrating")


@dataclass(frozen=True)
class Candidate:
    """One possible speaker: the token the features read (`token`, e.g.
    "who"), the token that names it (`names`, e.g. the person "who" refers
    to), or neither for the previous quote's speaker (`previous`)."""

    features: tuple[str, ...]
    token: object = None
    names: object = None
    previous: bool = False


class Sentences:
    """A doc's sentences, tokens and people, indexed once for binary search."""

    def __init__(self, doc, people: tuple[Person, ...] = ()):
        self.doc = doc
        self.text = nlp.text_of(doc)  # Doc.text rebuilds the string on every call
        self.spans = list(doc.sents)
        self.starts = [s.start for s in self.spans]
        self.offsets = nlp.offsets(doc)
        self._in_topic = False  # within `_topic_before`'s own look-up of a pronoun
        self.index_people(people)

    def index_people(self, people: tuple[Person, ...]) -> None:
        """Mentions of `people` sorted by start; PERSON entities no person holds."""
        mentions = sorted((s.start, s.end, p) for p in people for s in p.sources)
        self.mention_starts = [m[0] for m in mentions]
        self.mentions = mentions
        self.longest = max((m[1] - m[0] for m in mentions), default=0)
        self.unplaced = [e.start_char for e in self.doc.ents if e.label_ == "PERSON"
                         and self.person_at(e.start_char, e.end_char) is None]
        self.by_surname: dict[str, list[Person]] = {}
        for person in people:
            self.by_surname.setdefault(surname(person.name), []).append(person)
        self.titles = self._titles_before_names()
        self.with_roles = [p for p in people if p.role or p.roles or id(p) in self.titles]
        self.sexes = {id(p): sex for p in people if (sex := self._sex_of(p))}
        self.people = people
        self.sexes.update(self._sexes_by_the_next_subject())
        self.sexes.update(self._sexes_by_a_bound_object())

    def _sexes_by_the_next_subject(self) -> dict[int, str]:
        """{id(person): "m" or "f"} for people whose sex nothing else tells,
        from a "he"/"she" opening the next sentence as its subject when that
        person is the subject before it and the only one named there the
        pronoun may be ("Khalif faulted Ann Berg for her vote. He also
        said ..." -> Khalif is "he", Berg being "she"); several votes must
        agree."""
        votes: dict[int, set[str]] = {}
        for before, sent in zip(self.spans, self.spans[1:]):
            pronoun, subject = _main_subject(sent), _main_subject(before)
            if pronoun is None or pronoun.lower_ not in ("he", "she") or subject is None \
                    or in_quote(self.doc, pronoun.idx, pronoun.idx + 1):
                continue
            wanted = PRONOUN_SEX[pronoun.lower_]
            named = [(head, person) for head, person in self._mentions_in(before, before.end_char, None)
                     if person is not None and self.sexes.get(id(person), wanted) == wanted]
            if len({id(person) for _, person in named}) == 1 and named[0][0].i == subject.i \
                    and id(named[0][1]) not in self.sexes:
                votes.setdefault(id(named[0][1]), set()).add(wanted)
        return {key: sexes.pop() for key, sexes in votes.items() if len(sexes) == 1}

    def _sexes_by_a_bound_object(self) -> dict[int, str]:
        """{id(person): "m" or "f"} for people whose sex nothing else tells,
        from a "him" or "her" that can only be them: the object of an
        infinitive whose own subject is the object of their verb ("Lind
        asked the clerk to call him": not the clerk, so Lind), in a
        sentence that names no one else; several votes must agree."""
        votes: dict[int, set[str]] = {}
        for token in self.doc:
            if token.lower_ not in ("him", "her") or token.tag_ != "PRP" or token.dep_ != "dobj" \
                    or token.head.dep_ != "xcomp":
                continue
            verb = token.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            told = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if subject is None or told is None or told.pos_ == "PRON" or in_quote(self.doc, token.idx, token.idx + 1):
                continue
            sent = self.at(token.i)
            named = self._mentions_in(sent, sent.end_char, None)
            people = {id(person) for _head, person in named}
            if len(people) != 1 or None in {person for _head, person in named} or named[0][0].i != subject.i:
                continue
            votes.setdefault(id(named[0][1]), set()).add(PRONOUN_SEX[token.lower_])
        return {key: sexes.pop() for key, sexes in votes.items() if len(sexes) == 1 and key not in self.sexes}

    def surname_sexes(self) -> dict[str, str]:
        """The last word of each name whose person's sex the article marks
        (`_sex_of`) -> "m" or "f" ("Ms. Pelosi" -> {"Pelosi": "f"}); a word two
        people of different sexes share is left out."""
        seen: dict[str, set[str]] = {}
        for person in self.people:
            if id(person) in self.sexes:
                seen.setdefault(person.name.split()[-1], set()).add(self.sexes[id(person)])
        return {word: sexes.pop() for word, sexes in seen.items() if len(sexes) == 1}

    def _sex_of(self, person: Person) -> str | None:
        """"m" or "f" when the article calls `person` "Mr." or "Ms." ("Mrs.",
        "Miss") or introduces them by kinship ("Her son Tom Lind", "Ann
        Berg, his wife,"); else by the given name news uses for one sex
        (`names.given_name_sex`, learned); None when none of these tells,
        or they disagree."""
        found = set()
        for source in person.sources:
            first = self.token_at(source.start)
            last = self.token_at(max(source.start, source.end - 1))
            before = [t.lower_.rstrip(".") for t in self.doc[max(0, first - 2):first + 1] if not t.is_punct]
            found.update(COURTESY.get(w) for w in before[-2:])  # "Mr. Dunn", a mention that holds its "Mr."
            found.update(KINSHIP.get(w) for w in before[-2:-1])  # "Her son Tom Lind", "his wife, Ann Berg"
            after = self.doc[last + 1:last + 4]
            if len(after) == 3 and after[0].text == "," and after[1].lower_ != "whose":
                # "Ann Berg, his wife,"; not "Dorothy Woods, whose husband," (he is someone else)
                found.update(KINSHIP.get(t.lower_) for t in after[1:])
        found -= {None, "?"}
        if not found and len(person.name.split()) > 1:
            found.add(given_name_sex(person.name.split()[0]))  # "Donald Trump" is no "she"
            found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _titles_before_names(self) -> dict[int, set[str]]:
        """{id(person): titles} of the capitalised titles the article writes
        right before a person's name, outside quotation marks, ending on a
        role noun ("Deputy Crown Prince Ali Saud" -> "Deputy Crown Prince"):
        what "the prince" may stand for, when no role was kept for them."""
        found: dict[int, set[str]] = {}
        for start, _end, person in self.mentions:
            first = k = self.token_at(start)
            while k > 0 and self.doc[k - 1].is_title and self.doc[k - 1].pos_ == "PROPN" and first - k < 4:
                k -= 1
            words = self.doc[k:first]
            if len(words) and is_role_word(words[-1].text) and not in_quote(self.doc, words[0].idx, words[0].idx + 1):
                found.setdefault(id(person), set()).add(words.text)
        return found

    def agrees(self, person: Person | None, pronoun) -> bool:
        """Whether `person` may be "he" or "she" (`pronoun`): not one the
        article marks as the other sex."""
        wanted = PRONOUN_SEX.get(pronoun.lower_) if pronoun is not None else None
        return person is None or wanted is None or self.sexes.get(id(person), wanted) == wanted

    def described(self, description: str, before: int) -> Person | None:
        """The one person named before offset `before` one of whose roles
        fits a description ("the president"), preferring an exact fit
        ("President" over "Vice President"); None when no one or several fit.
        Only when no one's kept role fits do the titles written before
        names count (`_titles_before_names`)."""
        def kept(person: Person) -> set[str]:
            return {r for r in (person.role, *(role.text for role in person.roles)) if r}

        def titles(person: Person) -> set[str]:
            return self.titles.get(id(person), set())

        descriptions = (description, *_other_names_of_the_office(description))
        for roles in (kept, titles):
            fits = [p for p in self.with_roles if self.first_mention(p) < before
                    and any(role_fits(d, r) for r in roles(p) for d in descriptions)]
            exact = [p for p in fits if any(role_words(r) == role_words(description) for r in roles(p))]
            if len(exact) == 1 and any(p is self._topic_before(before) and not self._another_office(roles(p), description)
                                       for p in fits if p is not exact[0]):
                # "Governor" Pike named earlier, but the sentence before is about
                # "Ostland Governor" Lind: "the governor" may be either.
                return None
            if len(fits) == 1 or len(exact) == 1:
                return fits[0] if len(fits) == 1 else exact[0]
            if fits:
                return None
        return None

    def _topic_before(self, before: int) -> Person | None:
        """The person the sentence before offset `before` is about: its main
        subject, by name or, for "he"/"she", by what it stands for (looked
        up once, not from within another such look-up); else None."""
        k = bisect_right(self.starts, self.token_at(before)) - 1
        subject = _main_subject(self.spans[k - 1]) if k > 0 else None
        if subject is None:
            return None
        if subject.lower_ not in _PRONOUNS:
            return self.person_at(subject.idx, subject.idx + len(subject))
        if self._in_topic:
            return None
        self._in_topic = True
        try:
            return self.antecedent(subject, subject.idx)
        finally:
            self._in_topic = False

    @staticmethod
    def _another_office(roles: set[str], description: str) -> bool:
        """Whether each of `roles` that fits `description` names another
        office by a word the description lacks ("Vice President", "former
        President" beside "the president"), not the same office with a place
        or a party ("Arkansas Republican Governor" beside "the governor")."""
        wanted = role_words(description)
        return all(any(w in _OFFICE_QUALIFIERS for w in role_words(r) - wanted)
                   for r in roles if role_fits(description, r))

    def first_mention(self, person: Person) -> int:
        """Where the article first names `person` (its first source)."""
        return min((s.start for s in person.sources), default=len(self.text))

    def person_named(self, text: str) -> Person | None:
        """The one person whose surname ends `text` ("Mr. Lavrov")."""
        matches = self.by_surname.get(surname(text), [])
        return matches[0] if len(matches) == 1 else None

    def at(self, i: int):
        """The sentence holding token `i`."""
        return self.spans[max(0, bisect_right(self.starts, i) - 1)]

    def token_at(self, char: int) -> int:
        """The index of the token holding character `char` (or the one before)."""
        return max(0, bisect_right(self.offsets, char) - 1)

    def person_at(self, start: int, end: int) -> Person | None:
        """The person one of whose mentions overlaps text[start:end]."""
        i = bisect_left(self.mention_starts, start - self.longest)
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] > start:
                return self.mentions[i][2]
            i += 1
        return None

    def antecedent(self, pronoun, before: int) -> Person | None:
        """The person "he"/"she" (token `pronoun`) refers to, read back from
        offset `before` over at most _BACK sentences (syntactic salience,
        not mere recency): the subject of a sentence's main clause first
        (a description there, "the House speaker", stands for the one
        person whose role fits it), then the first subject named in the
        sentence; a main subject that is itself
        "he"/"she" carries the chain one sentence further back, unless it is
        the other sex ("He was joined by Ann Berg. She said ..."): then
        the one other person that sentence names (no one when it names
        several; further back when none).  Words
        inside quotation marks never count, nor, in the pronoun's own
        sentence, the words of its own clause ("she told Mr. Rose") or
        names that are not a subject ("Of Obama, he said"), nor anyone the
        article marks as the other sex (`agrees`).  None when the
        sentence that decides names no one we placed, or more than one
        person with no subject among them."""
        ahead = self._named_after(pronoun)
        if ahead is not None:
            return ahead
        held = self._relative_clauses_person(pronoun)
        if held is not None:
            return held
        at = bisect_right(self.starts, self.token_at(max(0, min(pronoun.idx, before)))) - 1
        for k in self._sentences_back(at):
            sent = self.spans[k]
            if k != at and self._an_items_start(sent):
                return None  # "8:00 a.m." on a line of its own: a live report's new item, another thread
            if k != at and not any(t.pos_ in ("VERB", "AUX") for t in sent):
                continue  # a caption or heading ("Scarlett's dress (Heritage Auctions)") is no one's sentence
            if k != at and k > 0 and _ends_on_a_title(self.spans[k - 1]) and _main_subject(self.spans[k - 1]):
                continue  # "Dunn spared his rivals, particularly Govs. | Berg and Lind, who say ...": one sentence
            if k == at and self._asked_above(pronoun):
                return None  # "Baier started by asking Rubio why he had stated ...": Baier or Rubio
            if k == at and self._said_of_subject(pronoun, sent):
                continue  # "Trump isn't a conservative, he said": whom the words are about is not who says them
            if k != at and self._writers_question(sent):
                return None  # the writer's question names a topic, not who speaks ("... nominees than Obama?")
            limit = before if k == at else sent.end_char
            found = [m for m in self._mentions_in(sent, limit, pronoun if k == at else None)
                     if self.agrees(m[1], pronoun)]
            subject = _main_subject(sent)
            if subject is not None and subject.i != pronoun.i and subject.idx < limit \
                    and not in_quote(self.doc, subject.idx, subject.idx + 1):
                if subject.lower_ in _PRONOUNS and _other_sex(subject, pronoun):
                    others = {id(person): person for _head, person in found}
                    if others:
                        return others.popitem()[1] if len(others) == 1 else None
                    continue  # no one else named here: look further back
                if subject.lower_ in _PRONOUNS:
                    continue  # the same person goes on: look further back
                # the subject, or the person in apposition to it ("the first lady, Melania Trump, questioned ...")
                held = [m for m in found if m[0].i == subject.i or m[0].dep_ == "appos" and m[0].head.i == subject.i]
                if held and k != at and held[0][1] is not None and held[0][1] in self._addressed(pronoun):
                    # "Hannity asked Trump how high ... “...,” he told Hannity": not
                    # the one "he" speaks to, but the one other person named there.
                    others = {id(m[1]): m[1] for m in found if m[1] is not None and m[1] is not held[0][1]}
                    return others.popitem()[1] if len(others) == 1 else None
                if held and k != at and self._an_author_beside(pronoun, found, held[0]):
                    return None  # "Lind prints a memo sent from Ann Berg. “...,” she writes": Lind or Berg
                if held:
                    return held[0][1]
                agent = _passive_agent(subject)
                acting = [m for m in found if agent is not None and m[0].i == agent.i]
                if acting:  # "Lind's plan was backed by Sen. Ann Berg, ... She said": Berg acts, Lind only owns
                    return acting[0][1]
                if not (_a_person_noun(subject) or _one_who_does(subject)):
                    # "the new mayor's support for the plan is ...": the one described owns what the
                    # sentence tells of (not "the group's chief executive": the executive is the one)
                    subject = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "NOUN"), subject)
                titled = _office_holder(subject, self)
                if titled is not None:  # "Deputy Secretary for Harbour Safety Ann Lind testified": Lind
                    return self.person_at(titled.idx, titled.idx + len(titled))
                if self._unplaced_name(subject):
                    # "Kemp offered ... to Berg and Lind": the one Kemp "he" may be, not a
                    # name after it; "Westby landed a dig": someone we could not place
                    return self._surname_holder(subject, pronoun)
                if is_role_word(subject.text):  # "the House speaker continued": the one person it fits, or no one
                    return self._described_here(subject, found)
                if subject.tag_ == "NNS" and not found:
                    continue  # "Workers over 58 would not be affected.": a plural is no "he" or "she"; look back
                if subject.pos_ == "NOUN" and (subject.lemma_.lower() in _PEOPLE_NOUNS or _one_who_does(subject)):
                    # "A woman who ... said ...", "The night caller praised Lind ...": "she"
                    # is her, whom the article does not name, not a name beside her
                    return None
                if subject.pos_ == "PROPN" and subject.head.lemma_.lower() in REPORTING \
                        and subject.ent_type_ != "NORP" and "." not in subject.text \
                        and self.person_at(subject.idx, subject.idx + len(subject)) is None:
                    # "..., Ouaddi said. He said ...": a speaker we could not place
                    # (not "The A.G. said", nor "Democrats contend"), not one named before
                    return None
            if k != at and self._goes_on_in(sent, pronoun, found):
                # "..., he noted, so it may be clear whether Trump will be the
                # nominee", "The campaign was her first, and she doubts Lind can
                # win": the same "he" or "she" goes on here; look further back.
                continue
            cited = _according_to_first(sent, found) if k != at else None
            if cited is not None:
                return cited  # "According to Lind, the board ... “...,” she said": the one whose account it is
            subjects = [m for m in found if _subject_or_its_owner(m[0])]
            if subjects:
                return subjects[0][1]  # the first subject named in the sentence
            if k == at:
                owner = self._named_in_the_clause_above(pronoun, sent, limit)
                if owner is not None:
                    return owner
                continue
            distinct = {id(m[1]) for m in found}
            if len(distinct) == 1:
                return found[-1][1]
            if found:
                return None
        return None

    def _named_in_the_clause_above(self, pronoun, sent, limit: int) -> Person | None:
        """For a "he" or "she" subject of a clause of time, condition or
        cause (`pronoun`) whose sentence has no subject that names anyone,
        the one person named before it outside its clause and outside
        quotation marks, whatever their place there ("If we read Lind's
        plan right when she says ...": Lind), when that person may be the
        pronoun; None when no one or several are named so."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
            return None
        named = {id(person): person for head, person in self._mentions_in(sent, limit, None)
                 if not clause.left_edge.i <= head.i <= clause.right_edge.i}
        if len(named) != 1 or None in named.values():
            return None
        person = next(iter(named.values()))
        return person if self.agrees(person, pronoun) else None

    @staticmethod
    def _an_author_beside(pronoun, found: list, held: tuple) -> bool:
        """Whether a "she writes" (`pronoun`) follows a sentence that names,
        besides its subject, the author of a thing it tells of ("a memo
        sent from her friend Ann Berg", "a report written by Berg"), who may
        be the pronoun as well: either may be writing.  Not when the
        subject writes there itself ("Lind wrote that ... testimony
        from Berg"): the same writer goes on."""
        subject, person_held = held
        if pronoun.head.lemma_.lower() != "write" or subject.head.lemma_.lower() == "write":
            return False
        for head, person in found:
            node = head.head if head.dep_ == "appos" else head
            source = node.head
            if person is None or person is person_held or node.dep_ != "pobj" or source.lower_ not in ("from", "by"):
                continue
            if source.head.tag_ == "VBN":
                return True  # "proposals ..., sent from Berg", however the participle is hung
        return False

    def _sentences_back(self, at: int) -> list[int]:
        """The indices of the sentences from `at` back that a pronoun may
        look over: _BACK of them, not counting those wholly inside a
        quotation (a long quote's sentences name no one the pronoun may be,
        and would hide the frame that names its speaker), at most
        _BACK + _QUOTED_BACK in all."""
        found, counted = [], 0
        for k in range(at, max(-1, at - _BACK - _QUOTED_BACK), -1):
            if counted == _BACK:
                break
            found.append(k)
            words = [t for t in self.spans[k] if not (t.is_punct or t.is_space)]
            counted += not words or not all(in_quote(self.doc, t.idx, t.idx + 1) for t in words)
        return found

    def _an_items_start(self, sent) -> bool:
        """Whether `sent` is a line of its own that only tells the time ("8:00
        a.m.", "11:30 p.m. EST") or only draws a rule ("___.", "* * *"): the
        marks between the items of a live report, each a story of its own."""
        words = [t for t in sent if not t.is_space]
        if not words or sent.start_char > 0 and self.text[sent.start_char - 1] != "\n" \
                or sent.end < len(self.doc) and "\n" not in self.text[words[-1].idx:sent.end_char + 1]:
            return False  # not a line of its own
        time = all(t.ent_type_ == "TIME" or t.is_punct for t in words) and any(t.ent_type_ == "TIME" for t in words)
        return time or all(t.is_punct for t in words) and sum(t.text[:1] in "_*=~#-" for t in words) >= 3

    def _goes_on_in(self, sent, pronoun, found: list) -> bool:
        """Whether the same "he" or "she" as `pronoun` is a subject in `sent`,
        of a verb of saying, or of any verb outside quotation marks when the
        persons `found` there as subjects are all inside that verb's clause
        ("she doubts Okoye can win": Okoye is what she doubts; not "Lind
        offered him a job, then says he'll ...": Lind is that "he"; nor
        "with Lind, the crime she was blamed for ...": no subject named)."""
        subjects = [m[0].i for m in found if _subject_or_its_owner(m[0])]
        return any(t.lower_ == pronoun.lower_ and t.dep_ in ("nsubj", "nsubjpass") and (
            t.head.lemma_.lower() in REPORTING or not in_quote(self.doc, t.idx, t.idx + 1) and subjects
            and all(t.head.left_edge.i <= i <= t.head.right_edge.i for i in subjects)) for t in sent)

    def _unplaced_name(self, subject) -> bool:
        """Whether `subject` is a proper noun no mention of a person holds and
        the tagger did not take for a body, a place or a group ("Farrow",
        "Westby" read as a region, "Kemp" as a company): most likely a person,
        named where we could not place them; not a word capitalised only
        for opening its sentence ("Bidding will start at $60")."""
        return subject.pos_ == "PROPN" and subject.is_title and not _capitalised_for_its_place(subject) and \
            (subject.ent_type_ in ("", "PERSON", "LOC") or self._surname_holder(subject, None) is not None) \
            and self.person_at(subject.idx, subject.idx + len(subject)) is None

    def _surname_holder(self, subject, pronoun) -> Person | None:
        """The one person named before `subject` whose surname it is and who
        may be `pronoun` (`agrees`), or None."""
        fits = [person for person in self.by_surname.get(surname(subject.text), ())
                if self.first_mention(person) < subject.idx and self.agrees(person, pronoun)]
        return fits[0] if len(fits) == 1 else None

    def shared_surnames_thread(self, head) -> Person | None:
        """For a bare surname two people of the article bear (`head`,
        "Lind said"), the one of them named in full as the main subject of
        the sentence that last names either, in the same paragraph or the
        one before ("Then Ana Lind called." -> Ana Lind), when that sentence
        names no one else nor a kin ("Ana Lind introduced her father":
        either Lind may speak next); else None."""
        holders = self.by_surname.get(surname(head.text), [])
        if head.pos_ != "PROPN" or len(holders) < 2 or len(noun_phrase(self.doc, head)) != 1:
            return None
        i = bisect_left(self.mention_starts, head.idx) - 1
        while i >= 0 and not any(self.mentions[i][2] is h for h in holders):
            i -= 1
        if i < 0 or len(re.findall(r"\n+", self.text[self.mentions[i][1]:head.idx])) > 1:
            return None
        start, end, person = self.mentions[i]
        named = self.doc.char_span(start, end, alignment_mode="expand")
        sent = self.at(named.root.i)
        if len(named) < 2 or _main_subject(sent) is None or _main_subject(sent).i != named.root.i:
            return None
        others = {id(p) for _h, p in self._mentions_in(sent, sent.end_char, None)} - {id(person)}
        return None if others or any(t.lower_ in KINSHIP for t in sent) else person

    def _relative_clauses_person(self, pronoun) -> Person | None:
        """The person a relative clause holding `pronoun` is about ("Lee
        fought Mayor Hart, who led the drive because he claimed ...": "he"
        is Hart), when that person agrees with it; else None.  Not when
        the clause's own subject is another ("Hart, who he said was ...")."""
        for node in pronoun.ancestors:
            if node.dep_ == "relcl":
                if pronoun.head.i == node.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in node.children):
                    return None
                person = self.person_at(node.head.idx, node.head.idx + len(node.head))
                return person if person is not None and self.agrees(person, pronoun) else None
        return None

    @staticmethod
    def _said_of_subject(pronoun, sent) -> bool:
        """Whether "he said" is set off inside what is said of the
        sentence's own subject ("Trump isn't a conservative, he said"), not
        inside a clause on something else ("Sawaki lives where, she said,
        life is exhausting")."""
        verb = pronoun.head
        if verb.lemma_.lower() not in REPORTING or pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
            return False  # set off by a comma only: '..., “...,” she said' and '...; he stated' say more
        if verb.dep_ == "parataxis":  # "Trump, he said, isn't a conservative"
            said = verb.head
        else:  # "Trump isn't a conservative, he said": what is said comes first
            said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
            if said is None:
                return False
        if said.lemma_.lower() in REPORTING:
            return False  # "Ann Lee conceded the vote was lost, which, she said, ...": the subject is the one saying
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in said.children)

    def _writers_question(self, sent) -> bool:
        """Whether `sent` is a question in the writer's own words ("Don't
        Republicans run the risk ...?"), not one quoted ("asked him “how
        many ...?”")."""
        text = sent.text.rstrip(CLOSE_MARKS + " \n")
        at = sent.start_char + len(text) - 1
        return text.endswith("?") and not in_quote(self.doc, at, at + 1)

    def _described_here(self, subject, found: list) -> Person | None:
        """The one person a description that is a sentence's subject ("the
        candidate said") fits, or None; None too when the sentence names
        someone else before it ("When the moderator pointed out that Trump
        hadn't answered, the candidate said ...": Trump, or the one whose
        role says candidate, is not for us to guess)."""
        fits = self.described(noun_phrase(self.doc, subject).text, subject.idx)
        before = {id(person) for head, person in found if head.i < subject.i}
        return None if fits is None or before - {id(fits)} or self.subject_before(subject, fits) else fits

    def described_near(self, head, description: str, before: int) -> Person | None:
        """`described`, unless a subject just before the description
        (`subject_before`) may be the one it stands for."""
        fits = self.described(description, before)
        return None if fits is None or self.subject_before(head, fits) else fits

    def subject_before(self, head, fits: Person) -> bool:
        """Whether a description (token `head`, "the mayor") may stand for
        someone else than `fits`, the one person whose role it fits: a
        subject named before it in its sentence, or the main subject of the
        sentence before in its paragraph, who is not `fits` and whose role
        the article does not give ("Vogel defends her record: “...,” the
        mayor says": Vogel, whom no role rules out, not another mayor).
        News names a person, then calls them by what they are.  Not when
        the sentence names `fits` before it ("Berg faulted Lind's plan,
        saying the mayor had ..."), nor for a description of someone's
        ("His lawyer said": not he)."""
        if any(c.dep_ == "poss" for c in head.children):
            return False
        k = bisect_right(self.starts, head.i) - 1
        sent = self.spans[k]
        named = [(token, person) for token, person in self._mentions_in(sent, head.idx, None) if token.i < head.i]
        if any(person is fits for _token, person in named):
            return False
        near = [person for token, person in named if _subject_or_its_owner(token) and not _told_of(token, head)]
        subject = self._last_subject_before(k)
        if subject is not None:
            previous = self.at(subject.i)
            near += [person for token, person in self._mentions_in(previous, previous.end_char, None)
                     if token.i == subject.i]
        return any(person is None or person is not fits and not (person.role or person.roles) for person in near)

    def named_just_before(self, head) -> Person | None:
        """The person a definite description of one that is a sentence's
        subject (token `head`, "The former governor said ...") stands for when no
        one's role fits it: the main subject of the sentence right before,
        in its paragraph, when that sentence names no one else, this one
        names no one before the description, and the article gives that
        person, and no one else named before it, no role that could set
        them apart from it.  News names a
        person, then calls them by what they are ("Ann Lind, a farmer,
        spoke first. The former mayor said ...": Lind).  Else None."""
        if head.dep_ != "nsubj" or head.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ == "poss" for c in head.children):
            return None
        k = bisect_right(self.starts, head.i) - 1
        if self._mentions_in(self.spans[k], head.idx, None):
            return None
        subject = self._last_subject_before(k)
        if subject is None:
            return None
        previous = self.at(subject.i)
        named = self._mentions_in(previous, previous.end_char, None)
        people = {id(person) for _token, person in named}
        if len(people) != 1 or named[0][1] is None or not any(token.i == subject.i for token, _ in named):
            return None
        person = named[0][1]
        if person.role or person.roles or id(person) in self.titles:
            return None
        # Anyone else named before whose role the article does not give may
        # be the one described ("Lind, the harbour master, ... The mayor
        # said": perhaps Berg, named earlier): only one it can be will do.
        unknown = [p for p in self.people if p is not person and self.first_mention(p) < head.idx
                   and p not in self.with_roles]
        return None if unknown else person

    def writing_before(self, verb):
        """The piece of writing (`_WRITINGS`: "the report", "the motion")
        that is the main subject of the sentence right before the one of
        `verb`, in its paragraph, when `verb`'s subject is "it" ("The
        report came out on Monday. It said ..."): what "it" stands for;
        else None."""
        subject = self._last_subject_before(bisect_right(self.starts, verb.i) - 1)
        if subject is None or subject.lemma_.lower() not in _WRITINGS or not _a_thing(subject, self):
            return None
        return subject

    def _last_subject_before(self, k: int):
        """The main subject of the nearest sentence before sentence `k` in
        its paragraph that has one, outside quotation marks, past at most
        two pieces with none (a sentence cut at "Ana! Ana!" in
        'Walking in to chants of “Ana! Ana!,” the mayor said'); else None."""
        for j in range(k - 1, max(-1, k - 4), -1):
            if "\n" in self.text[self.spans[j].start_char:self.spans[k].start_char]:
                return None  # another paragraph
            subject = _main_subject(self.spans[j])
            if subject is not None:
                return None if in_quote(self.doc, subject.idx, subject.idx + 1) else subject
        return None

    def _asked_above(self, pronoun) -> bool:
        """Whether the clauses above the pronoun's own name another person
        it may stand for: the object of a verb of saying ("asking Rubio why
        he decided ...", "told Smith that he ..."), or a second subject
        ("Carson noted that Moody had tweeted ... right after he tweeted
        ..."): then the subject of the sentence is no safer a reading."""
        subjects, verb = set(), pronoun.head
        while verb.head.i != verb.i:
            verb = verb.head
            said = verb.lemma_.lower() in REPORTING  # not "hammered Obama for what he called ...": he who hammers
            for child in verb.children:
                if child.i > pronoun.i or child.dep_ not in ("nsubj", "dobj", "dative", "iobj") \
                        or child.dep_ != "nsubj" and not said:
                    continue
                person = self.person_at(child.idx, child.idx + len(child))
                if person is not None and self.agrees(person, pronoun):
                    if child.dep_ != "nsubj":
                        return True
                    subjects.add(id(person))
        return len(subjects) > 1

    def _addressed(self, pronoun) -> list[Person]:
        """The people the pronoun's own verb names as its object ("he told
        Hannity", "she asked Mr. Rose about ..."): not whom it stands for."""
        verb = pronoun.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return [person for token in objects if (person := self.person_at(token.idx, token.idx + len(token)))]

    def _named_after(self, pronoun) -> Person | None:
        """The person a pronoun in a clause opening its sentence looks ahead
        to: the main clause's subject right after it ("Ever since she
        endorsed Mrs. Clinton, Ms. Warren has been ...": Warren, not whoever
        the sentence before named), when the article may call them so."""
        sent = pronoun.sent
        clause = next((t for t in pronoun.ancestors if t.dep_ == "advcl"), None)
        if clause is None or clause.head.i < clause.i or clause.left_edge.i > sent.start + 1:
            return None  # not a clause opening its sentence
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i <= clause.right_edge.i or subject.lower_ in _PRONOUNS:
            return None
        held = [person for head, person in self._mentions_in(sent, sent.end_char, None) if head.i == subject.i]
        return held[0] if held and held[0] is not None and self.agrees(held[0], pronoun) else None

    def _mentions_in(self, sent, limit: int, pronoun) -> list:
        """[(head token, Person or None for a name we could not place)] of
        the names in `sent` before offset `limit`, outside quotations, and,
        when `pronoun` is given, only subjects outside its clause."""
        found = []
        i = bisect_left(self.mention_starts, sent.start_char)
        spans = []
        while i < len(self.mentions) and self.mentions[i][0] < min(limit, sent.end_char):
            spans.append((self.mentions[i][0], self.mentions[i][1], self.mentions[i][2]))
            i += 1
        j = bisect_left(self.unplaced, sent.start_char)
        while j < len(self.unplaced) and self.unplaced[j] < min(limit, sent.end_char):
            spans.append((self.unplaced[j], self.unplaced[j] + 1, None))
            j += 1
        for start, end, person in sorted(spans, key=lambda m: m[0]):
            if in_quote(self.doc, start, end):
                continue
            tokens = self.doc.char_span(start, end, alignment_mode="expand")
            if tokens is None or len(tokens) == 0:
                continue
            head = tokens.root
            if pronoun is not None and (not _subject_or_its_owner(head) or head.head.i == pronoun.head.i
                                        or _in_an_aside(head, sent)):
                continue
            found.append((head, person))
        return found

    def people_between(self, start: int, end: int) -> bool:
        """Whether a person is mentioned in text[start:end]."""
        i = bisect_left(self.mention_starts, start)
        return i < len(self.mention_starts) and self.mention_starts[i] < end


_SAME_OFFICE = {"congressman": "representative", "congresswoman": "representative",
                "congressmember": "representative"}
"""Another name general English gives the same office ("the congressman"
is the Representative the article titled "Rep.")."""


def _other_names_of_the_office(description: str) -> tuple[str, ...]:
    """`description` with its last word, when an office has another
    name, put in that name ("the congressman" -> "the representative"),
    and without the words that tell how long or how old, not which office
    ("the three-term senator", "the longtime mayor" -> "the senator",
    "the mayor"), or where they come from ("the Norland-born journalist"
    -> "the journalist"): each a way the article may name the same holder."""
    words = description.split()
    bare = [w for w in words if not _TENURE.fullmatch(w) and not _ORIGIN.fullmatch(w) and w.lower() not in _SENIORITY]
    forms = [" ".join(bare)] if len(bare) < len(words) and bare else []
    for form in (description, *forms):
        last = form.split()[-1] if form.split() else ""
        other = _SAME_OFFICE.get(last.lower())
        forms += [" ".join([*form.split()[:-1], other])] if other else []
    return tuple(forms)


_TENURE = re.compile(r"(?:\w+-)+(?:term|time|year|years|old|decade)(?:-old)?|\d+(?:st|nd|rd|th)?-\w+", re.I)
"""A hyphened count of terms, times or years ("three-term", "two-time",
"72-year-old", "20-year"): how long someone has served, not the office."""

_ORIGIN = re.compile(r"(?:\w+-)+(?:born|bred|raised|based)", re.I)
"""A hyphened place of birth, upbringing or work ("Norland-born",
"Tarnow-based"): where someone is from, not the office."""

_SENIORITY = frozenset("longtime long-time veteran freshman embattled beleaguered retiring".split())
"""General English words before an office that say how long or how
troubled its holder is, not which office it is ("the veteran senator")."""


def _told_of(token, head) -> bool:
    """Whether `token` stands in what the verb of the description `head`
    says, set off before it or around it ("Lind has one thing in common
    with them, the columnist suggested", "Lind, the columnist wrote, has
    ..."): whom the words are about, not who the description is."""
    verb, doc, own = head.head, head.doc, token.head
    if verb.dep_ == "parataxis" and verb.head.left_edge.i <= token.i <= verb.head.right_edge.i:
        return True
    # its own clause inside what the verb says, ending right before the description (no quotation between)
    return any(c.dep_ == "ccomp" and c.left_edge.i <= token.i <= c.right_edge.i for c in verb.children) \
        and all(t.is_punct or t.is_space for t in doc[own.right_edge.i + 1:head.left_edge.i])


def _ends_on_a_title(sent) -> bool:
    """Whether `sent` ends on a title shortened with a stop ("particularly
    Govs.", "Sen."), which never ends a sentence: the splitter cut one
    sentence before the names the title belongs to."""
    words = [t for t in sent if not t.is_space]
    if len(words) >= 2 and words[-1].text == "." and not words[-2].whitespace_:
        return _a_shortened_title(words[-2].text)  # "Govs" "."
    return bool(words) and words[-1].text.endswith(".") and _a_shortened_title(words[-1].text[:-1])  # "Sen."


def _a_shortened_title(word: str) -> bool:
    """A capitalised title of those shortened with a stop, singular or
    plural ("Gov", "Govs", "Sens")."""
    key = word.lower()
    return word[:1].isupper() and (key in ABBREVIATED_TITLES or key.endswith("s") and key[:-1] in ABBREVIATED_TITLES)


def _in_an_aside(token, sent) -> bool:
    """Whether `token` stands between two dashes of its sentence ("“I don't
    think the conventional wisdom” -- that Bloomberg is perceived as ... --
    “is going to last,” he says"): the writer's gloss, not who speaks."""
    dashes = [t.i for t in sent if t.text in _DASHES]
    return any(a < token.i < b for a, b in zip(dashes[::2], dashes[1::2]))


def _other_sex(pronoun, other) -> bool:
    """Whether two pronouns are of different sexes ("he" and "she"; "his"
    and "her"); False when either says none."""
    a, b = PRONOUN_SEX.get(pronoun.lower_), PRONOUN_SEX.get(other.lower_)
    return a is not None and b is not None and a != b


def _subject_or_its_owner(head) -> bool:
    """Whether the name headed by `head` is a clause's subject, or owns the
    sentence's main subject ("James Comey's news conference, in which he
    laid out ..., was": "he" is Comey, not someone named a sentence
    before; but in "he said Obama's borrowing is dragging ...", Obama owns
    no main subject).  A name the parser made the sentence's root ("Clinton,
    though she praised Garland, ... stopped short") is its subject."""
    owned = head.head
    misread = _name_before_a_misread_verb(owned if head.dep_ == "compound" else head)
    if misread is not None:
        return head.i == misread.i  # "Berg faulted Lind", one noun phrase to the parser: Berg
    return head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "ROOT" and head.pos_ == "PROPN" or (
        head.dep_ == "poss" and owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "ROOT")


def _name_before_a_misread_verb(root):
    """The name the parser compounded to a name it made the sentence's
    root, past a verb it read as a modifier ("Berg faulted Lind, the
    mayor of Dorval, over ...", parsed as one noun phrase "Berg faulted
    Lind"): the verb's subject, the root being its object; else None."""
    if root.pos_ != "PROPN" or root.dep_ != "ROOT":
        return None
    for verb in root.lefts:
        if verb.pos_ == "VERB" and verb.dep_ in ("amod", "compound") and verb.i > 0:
            name = root.doc[verb.i - 1]
            if name.pos_ == "PROPN" and name.dep_ == "compound" and name.head.i == root.i:
                return name
    return None


def _one_who_does(noun) -> bool:
    """Whether a singular common noun names one who does what a verb says,
    by its ending ("caller" from "call", "manager" from "manage"): a
    person described, not named."""
    word = noun.lower_
    if noun.tag_ != "NN" or not word.endswith(("er", "or")):
        return False
    return any(len(stem) >= 4 and nlp.known_verb(stem) for stem in (word[:-2], word[:-1]))


def _passive_agent(subject):
    """The name after "by" that does what a passive verb says, when
    `subject` is that verb's subject ("Lind's plan was backed by Berg" ->
    Berg); else None."""
    if subject.dep_ != "nsubjpass":
        return None
    agents = [g for c in subject.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents[0] if agents else None


def _main_subject(sent):
    """The subject of a sentence's main verb (or of the first verb joined
    to it), or the name before a verb the parser misread
    (`_name_before_a_misread_verb`); else None."""
    misread = _name_before_a_misread_verb(sent.root)
    if misread is not None:
        return misread
    for verb in (sent.root, *[c for c in sent.root.children if c.dep_ == "conj"][:1]):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], float, float]:
    """The trained weights, the intercept and the decision threshold
    (loaded once per process from the package's models/attribution.json)."""
    data = json.loads(resources.files("briefing.distill").joinpath("models/attribution.json").read_text("utf-8"))
    return data["weights"], data["intercept"], data["threshold"]


def score(features: tuple[str, ...]) -> float:
    """The model's probability that a candidate with `features` is the speaker."""
    weights, intercept, _ = model()
    z = intercept + sum(weights.get(f, 0.0) for f in features)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def attribute(article: Article, doc, span, people: tuple[Person, ...], sentences: Sentences,
              previous=None) -> Speaker:
    """The speaker of the quote whose pieces are `span.pieces`; `previous`
    is (Speaker, span) of the quote before it, or None.  Never the one who
    answers the quote's question right after it (`_answerer`)."""
    found = _attribute(article, doc, span, people, sentences, previous)
    if found.name is not None and found.name == _answerer(doc, span, people, sentences):
        return Speaker()  # 'Lind asked again. “Who pays?” Berg replied that ...': the asker is not Berg
    return found


_ANSWERING = frozenset("respond answer reply retort counter".split())


def _answerer(doc, span, people: tuple[Person, ...], sentences: Sentences) -> str | None:
    """The name of whoever answers a quoted question in the sentence right
    after it, in words of their own ('“Who will pay for it?” Berg replied
    that the state would.'): the subject of a verb of answering that has
    its own reported clause after the quote, so the quote is not what it
    frames.  None when the quote asks nothing or no such answer follows
    ('“Why would we stop?” Berg replied.' frames the question itself)."""
    if not sentences.text[span.start:span.end].rstrip(CLOSE_MARKS + " ").endswith("?"):
        return None
    after = sentences.token_at(span.end) + 1
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space):
        after += 1
    if after >= len(doc) or doc[after].idx < span.end:
        return None
    verb = sentences.at(after).root
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() not in _ANSWERING or len(subjects) != 1 or subjects[0].left_edge.i != after \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return _speaker(doc, subjects[0], subjects[0].idx, people, sentences).name


def _attribute(article: Article, doc, span, people: tuple[Person, ...], sentences: Sentences,
               previous=None) -> Speaker:
    """`attribute` before its last check."""
    _, _, threshold = model()
    if _a_name_given(doc, span) or _a_term_named(doc, span, sentences) or _rejected(doc, span, sentences):
        return Speaker()
    opening = doc[sentences.token_at(span.start)]  # the quote's first word
    found = _without_stand_ins(candidates(article, doc, span, sentences, previous), span, opening)
    echoed = _as_someone_said(doc, span, sentences)
    if echoed is not None:
        # 'a banner reading “We stay,” as Jon Pike, on a crate, said that
        # day': the words are the one the "as" clause names, not the main
        # clause's speaker, who only cites them.
        name, verb = echoed
        named = _speaker(doc, name, span.start, people, sentences)
        if named.name:
            return replace(named, cue=verb.text, distance=_distance(verb.idx, span), says=True)
    owner = _owner_of_the_words(doc, span, sentences)
    if owner is not None:
        # 'Berg says the mural answers Hale's remarks about the mayor being
        # “a fraud”': Hale's words, not those of the one who tells of them.
        named = _speaker(doc, owner, span.start, people, sentences)
        return replace(named, cue=owner.head.text, distance=_distance(owner.head.idx, span)) \
            if named.name else Speaker()
    owner = _owner_of_a_content_clause(opening)
    if owner is not None:
        # 'dismissed Hale's comment that the council is under a “reign of
        # fear”': the clause tells what Hale said, so the words in it are hers.
        named = _speaker(doc, owner, span.start, people, sentences)
        if named.name:
            return replace(named, cue=owner.head.text, distance=0)
    viewer = _in_whose_view(doc, span, sentences)
    if viewer is not None:
        # 'To Rep. Berg, the bill “hands power back to the voters.”': the
        # view, and so the words, are Berg's.
        named = _speaker(doc, viewer, span.start, people, sentences)
        if named.name:
            return replace(named, cue=viewer.head.text, distance=_distance(viewer.head.idx, span))
    thing = _a_things_words(doc, span, sentences)
    if thing is not None:
        # 'She retweeted a message from her adviser, Ann Lowry, that read:
        # “...”': the message's words, its author's if it names one.
        authors = _signers(thing)
        issuer = _issuer(thing) if not authors else None
        if issuer is not None:
            # "The board and Lind's office issued statements that said “...”": who issued them
            return _issued_by(doc, issuer, span, people, sentences)
        author = _speaker(doc, authors[0], span.start, people, sentences) if authors else Speaker()
        cue = authors[0].head.head.text if author.name and _signer(authors[0]) else "from"
        return Speaker(author.name, author.role, cue, _distance(thing.idx, span), False) \
            if author.name else Speaker()
    document = _a_documents_saying(doc, span)
    if document is not None:
        # 'The team put out a note from his physician stating he is
        # in “...”': the statement's words, its author's, not the publisher's.
        (noun, verb), author = document, _from_whom(document[0])
        found = _speaker(doc, author, span.start, people, sentences)
        return Speaker(found.name, found.role, verb.text, _distance(verb.idx, span), True)
    answer = _answer_owned(doc, span, sentences)
    if answer is not None:
        # 'Lowe asked Berg, “...?” His reply: “...”': the one who answers,
        # never the one who asked; no one when the text leaves it unsure.
        person = _who_answers(doc, answer, sentences)
        noun = answer.head
        return Speaker(person.name, person.role, noun.text, _distance(noun.idx, span)) if person else Speaker()
    fronted = _fronted_frame(doc, span, sentences)
    if fronted is not None:
        # 'Added Lind: “...”': a verb of saying put first, the name, a colon;
        # the parser reads the verb as part of the name.
        named = _resolve(doc, Candidate(features=(), token=doc[fronted], names=doc[fronted]), span, people,
                         sentences, previous)
        if named.name:
            verb = doc[fronted].sent[0]
            return replace(named, cue=verb.text, distance=_distance(verb.idx, span), says=True)
    shown = _shown_saying(doc, span, sentences)
    if shown is not None:
        # "Trump reminds me of Abraham Lincoln saying that “...”", "a video of
        # Obama saying “...”": the one shown saying it
        named = _resolve(doc, Candidate(features=(), token=doc[shown], names=doc[shown]), span, people, sentences,
                         previous) if doc[shown].pos_ == "PROPN" else _shown_as_pronoun(doc, doc[shown], span, sentences)
        if named.name:
            return named
    voice = _made_to_say(doc, span, sentences)
    if voice is not None:
        # "only to have her ask, “...”": the one made to say it, named or not (then no one)
        named = _speaker(doc, doc[voice], span.start, people, sentences) if doc[voice].pos_ == "PROPN" else Speaker()
        return Speaker(named.name, named.role, doc[voice + 1].text, _distance(doc[voice + 1].idx, span)) \
            if named.name else Speaker()
    announced = _announced_by(doc, span, sentences)
    if announced is not None:
        # '..., Cruz said as the heckler yelled: “You suck!”': the one whose
        # verb opens the quote with a colon, named or not (then no one).
        chosen = next((c for c in found if c.token is not None and c.token.i == announced), None)
        if chosen is not None:
            return _resolve(doc, chosen, span, people, sentences, previous)
    opened = _object_of_a_verb_before(doc, span, sentences)
    if opened is not None:
        # 'When someone in the crowd shouted, “Berg,” Lind joked': the one
        # whose verb takes the quote as its object, named or not (then no one).
        chosen = next((c for c in found if c.token is not None and c.token.i == opened), None)
        if doc[opened].pos_ == "NOUN" and _of_several_sentences(doc, span) \
                and not any(c.dep_ in ("amod", "compound", "poss", "relcl") for c in doc[opened].children):
            # 'The guard yelled, “...? ...!”': a scene retold; which of the
            # article's people a bare "the guard" fits is a guess, so no one.
            chosen = None
        named = _resolve(doc, chosen, span, people, sentences, previous) if chosen is not None else Speaker()
        return named if named.name or named.role else Speaker()  # "the fans reply, “Lisbon!”": no one
    reply = _reply_from(doc, span, sentences)
    if reply is not None:
        # '“...,” came the reply from Berg': the one the answer comes from,
        # named or not (then no one), never the speaker before going on.
        named, noun = _speaker(doc, doc[reply], span.start, people, sentences), doc[reply].head.head
        return replace(named, cue=noun.text, distance=_distance(noun.idx, span)) if named.name else Speaker()
    inverted = _inverted_subject(doc, span, sentences)
    if inverted is not None:
        # '“...,” added another New Hampshire Republican': the parser made the
        # speaker the object of the verb right after the quote; '“...,” Conway
        # notes.': a name compounded to the verb (no candidate the model knows).
        chosen = next((c for c in found if c.token is not None and c.token.i == inverted), None) \
            or (Candidate(features=(), token=doc[inverted], names=doc[inverted])
                if _verbs_subject(doc[inverted]) else None)
        if chosen is not None:
            named = _resolve(doc, chosen, span, people, sentences, previous)
            if named.name or named.role:
                return named
    compounded = _compounded_sayer(doc, span, sentences)
    if compounded is not None:
        # 'Lind joked, again putting on an accent, “...”', the parser reading
        # "Lind" as a word compounded to "joked": the verb's subject all the same.
        named = _resolve(doc, Candidate(features=(), token=doc[compounded], names=doc[compounded]), span, people,
                         sentences, previous)
        verb = doc[compounded + 1]
        if named.name and _fronted_sayer(verb):  # the frame is the verb read as an auxiliary, not the clause before
            return replace(named, cue=verb.text, distance=_distance(verb.idx, span), says=True)
        if named.name:
            return named
    included = _one_included_set_off(doc, span, sentences)
    if included is not None:
        # 'Several senators have said so, including Ann Lind -- “It is a
        # disgrace” -- and Tom Berg': each one listed speaks the words set
        # off right after their name, not the group the sentence frames.
        (k, verb) = included
        named = _resolve(doc, Candidate(features=(), token=doc[k], names=doc[k]), span, people, sentences, previous)
        if named.name:
            return replace(named, cue=_cue_text(verb, verb), says=True)
    framed, saying = _framed(doc, span, sentences), _saying_after(doc, span, sentences)
    if saying is None and _participle_subject(doc, span, sentences) is None:
        saying = _joined_participle(doc, span, sentences)  # its cue the participle, not the verb before
    closed = _closed_by_a_frame(doc, span, sentences)
    for candidate in found:
        token = candidate.token
        if closed and _in_a_sentence_before(token, span, sentences):
            continue  # the quotation's own frame speaks for it, not a verb of citing a sentence before
        if _quoted_as(candidate) or (token is not None and token.i in framed):
            # "The Herald quoted Tom Lind as saying ...": Lind speaks, not the paper.
            named = _resolve(doc, candidate, span, people, sentences, previous)
            if named.name and saying is not None and token.i == saying[0]:
                # "After saying ..., she was sent home": the "-ing" frames the words, not the main verb
                cue = saying[1].text if saying[1].dep_ != "pcomp" else f"{saying[1].head.text} {saying[1].text}"
                return replace(named, cue=cue.lower(), distance=_distance(saying[1].idx, span), says=True)
            if named.name and token.i == _judged_as(doc, span):
                # "rejected the claims as “baseless”": a word the subject
                # calls it, framed right by its "as"
                return replace(named, says=True, distance=_distance(_judging_as(doc, span).idx, span))
            if named.name or named.role and _a_described_body(token):
                return named
            if _quoted_as(candidate):
                return Speaker(None, named.role, named.cue, named.distance)  # "he quoted one analyst"
    said_by_it = _said_by_it(doc, span)
    if said_by_it is not None:
        # 'when a weekly ran a profile of her, it said she had “...”': the
        # words are what "it" said; no one else named in the sentence spoke.
        writing = sentences.writing_before(said_by_it)  # "The report came out on Monday. It said ...": the report
        return Speaker(None, noun_phrase(doc, writing).text if writing is not None else None,
                       said_by_it.text, _distance(said_by_it.idx, span))
    said_by = _said_by_a_thing_before(doc, span, sentences)
    if said_by is not None:
        # 'sought to explain after a leaflet said she “...”': the leaflet's
        # words, whoever else the sentence names.
        thing, verb = said_by
        author = _document_author(thing)  # "In a letter, Holt told ...; the letter said": Holt's words
        named = _speaker(doc, author, span.start, people, sentences) if author is not None else Speaker()
        return Speaker(named.name, named.role if named.name or named.role else noun_phrase(doc, thing).text,
                       verb.text, _distance(verb.idx, span))
    document = _document_after(doc, span, sentences)
    if document is not None:
        # '“...,” reads a statement from Lind's office': the document's
        # words, its author's when it names one, else the document's own.
        noun, verb = document
        named = _speaker(doc, noun, span.start, people, sentences)
        return Speaker(named.name, named.role or noun_phrase(doc, noun).text.lstrip(CLOSE_MARKS + " "),
                       verb.text, _distance(verb.idx, span), True)
    unnamed = _framed_by_a_thing(doc, span, sentences)
    if unnamed is not None:
        # '“...,” the congressional report said, referring to ..., Sheila
        # Bair, who headed ...': the report speaks, whatever "who" scores.
        thing = doc[unnamed]
        cue = "according to" if thing.head.lower_ == "to" and thing.head.head.lower_ == "according" else thing.head.text
        author = _book_author(thing, sentences)
        if author is not None:
            # "Lind wrote a memoir ...", then '“...,” the book said': Lind's words
            return Speaker(author.name, author.role, cue, _distance(thing.head.idx, span))
        return Speaker(None, noun_phrase(doc, thing).text.lstrip(CLOSE_MARKS + " "), cue,
                       _distance(thing.head.idx, span))
    ranked = sorted(((score(c.features), n, c) for n, c in enumerate(found)), reverse=True)
    for probability, _, candidate in ranked[:3]:
        if probability < threshold:
            break
        if _acted_on(candidate):
            break  # the likeliest is who the words were aimed at: the frame names no speaker the model trusts
        if _sets_the_occasion(candidate, span) or closed and _in_passing(candidate, span) \
                or _subject_of_quoted_words(candidate, span) or _according_to_elsewhere(candidate, span, sentences):
            continue
        found = _resolve(doc, candidate, span, people, sentences, previous)
        if found.name or found.role:
            return found
        if _same_pronoun_goes_on(candidate, span, previous, sentences):
            # '“...,” she yells. [...] “...,” she said.': the "she" who spoke
            # last, when no one else is named or stands as a subject between
            return replace(found, name=previous[0].name, role=previous[0].role)
        if _says_unnamed(candidate, found):
            break
    signed = _signed(sentences, span, article)
    if signed.name is None and not _names_in_the_third_person(span, previous, sentences) \
            and (_continues(article, span, previous, sentences) or _past_its_frame(article, span, previous, sentences)):
        return Speaker(previous[0].name, previous[0].role, "continues quote", previous[0].distance)
    if signed.name is None:
        introduced = _introduced(article, span, sentences)
        if introduced is not None:
            # 'Lind said that the mill would stay open.' then a paragraph that
            # is only a quotation: Lind goes on in her own words.
            person, verb = introduced
            return Speaker(person.name, person.role, verb.text, _distance(verb.idx, span))
    return signed


_NAMING = frozenset("call dub label term brand name nickname".split())


def _rejected(doc, span, sentences: Sentences) -> bool:
    """Whether the quotation is words set aside ("said the goal was not to
    “make the town rich” but to ...", "rather than “a tax”"): quoted to be
    denied, they are no one's words here.  A denial without its "but"
    ("said he didn't “give a damn”") is the speaker's own."""
    i = sentences.token_at(span.start) - 1
    while i >= 0 and doc[i].is_punct and doc[i].idx >= span.start - 2:
        i -= 1  # the opening quotation mark
    while i >= 0 and doc[i].lower_ in ("to", "a", "an", "the", "just", "simply", "merely"):
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    end = sentences.token_at(max(span.start, span.end - 1))
    after = doc[end + 1:end + 4]
    return (word == "not" and any(t.lower_ == "but" for t in after)) \
        or (word == "than" and i > 0 and doc[i - 1].lower_ == "rather") \
        or (word == "of" and i > 0 and doc[i - 1].lower_ == "instead")


def _a_name_given(doc, span) -> bool:
    """Whether the quotation is a name given someone, in the passive ("who
    could be celebrating being dubbed the “presumptive nominee”", "was
    labelled a “traitor”"): a label others give the subject, which the
    sentence says no one spoke."""
    first = span.pieces[0]
    tokens = doc.char_span(first[0], first[1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    verb = next((t for t in tokens.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in _NAMING and any(c.dep_ == "auxpass" for c in verb.children)


def _a_term_named(doc, span, sentences: Sentences) -> bool:
    """Whether the quotation is what a plural subject no one names habitually
    calls something, in the simple present ("Brokers call this the “dead
    cat bounce”", "Insiders dub it the “slow lane”"): a term, which the
    sentence names, not words anyone is said to have spoken.  ("Lind and
    Berg call it “a swindle”" is theirs.)"""
    first = span.pieces[0]
    tokens = doc.char_span(first[0], first[1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    root, verb = tokens.root, tokens.root.head
    if verb.lemma_.lower() not in _NAMING or verb.tag_ != "VBP" or tokens.start <= verb.i < tokens.end:
        return False
    named = root.dep_ == "oprd" or root.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < tokens.start for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return named and bool(subjects) and not any(
        sentences.person_at(t.idx, t.idx + len(t)) for s in subjects for t in s.subtree)


def _says_unnamed(candidate: Candidate, found: Speaker) -> bool:
    """Whether the likeliest candidate, which names no one, is the subject
    of the frame's verb all the same: '"...," he said' is whoever "he" is,
    and 'One message said: "..." according to a letter from the chairman'
    is the message, not the chairman; no one else in the sentence speaks."""
    token = candidate.token
    if candidate.previous or token.dep_ != "nsubj":
        return False
    if token.lower_ in _PRONOUNS:
        return True
    # The verb's only subject: not 'said the words she had waited to hear'
    # (a misparse beside 'Judge Wilke ... said'), nor "Her comments, said
    # Josh Earnest, are ..." (a misparse of the name after the verb).
    verb = token.head
    named_after = verb.i + 1 < len(verb.doc) and verb.nbor(1).ent_type_ == "PERSON"
    alone = not named_after and not any(c.dep_ == "nsubj" and c.i != token.i for c in verb.children)
    return token.pos_ == "NOUN" and found.says and alone and _saying(verb).lemma_.lower() in REPORTING


def _announced_by(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject of the verb a colon ends right before the
    quote opens ("the heckler yelled: “...”", "Smith added: “...”"), or
    None when the quote does not open so."""
    i = _colon_before(doc, span, sentences)
    if i is None:
        return None
    verb = doc[i - 1]
    if verb.pos_ != "VERB" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        verb = verb.head  # "yelled back:"
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "said this was an error and that she has learned: “...”": joined inside it too
    if verb.pos_ != "VERB" or first.dep_ in ("ccomp", "xcomp", "pcomp", "acl", "relcl"):
        return None  # "said that Mr. Obama could help: “...”": the verb is inside what someone else said
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0].i if len(subjects) == 1 else None


def _object_of_a_verb_before(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject of the verb right before the quote, past a
    comma and the opening mark, when the quote is that verb's object
    ("someone in the crowd shouted, “Berg,”"), or its first sentence is
    ("the guard shouted, “Where are you going? Stop there!”"); else None."""
    first = sentences.token_at(span.start)
    i = first - 1
    while i >= 0 and doc[i].is_punct and doc[i].idx >= span.start - 4:
        i -= 1
    if i < 1 or i == first - 1 or doc[i + 1].text != ",":
        return None
    verb, pieces = doc[i], doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if verb.pos_ != "VERB" or pieces is None:
        return None
    opening = [t for t in pieces if t.sent.start == pieces[0].sent.start]
    heads = [t for t in opening if not t.is_punct and (not pieces.start <= t.head.i < pieces.end or t.head.i == t.i)]
    if len(heads) != 1 or heads[0].head.i != verb.i or heads[0].dep_ not in ("dobj", "ccomp", "xcomp"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0].i if len(subjects) == 1 else None


def _of_several_sentences(doc, span) -> bool:
    """Whether the quote's first piece holds more than one sentence."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    return tokens is not None and len(tokens) > 0 and tokens[-1].sent.start != tokens[0].sent.start


_OBJECT_CASE = frozenset("me him her us them".split())


def _made_to_say(doc, span, sentences: Sentences) -> int | None:
    """The index of the one a verb before has say the quote, in a bare
    infinitive of saying right before it ("only to have her ask, “...”",
    "heard Lind reply: “...”"): a pronoun in the object case or a name
    between a verb and the plain form of a verb of saying; else None."""
    i = sentences.token_at(span.start) - 1
    while i >= 0 and doc[i].is_punct and doc[i].idx >= span.start - 4:
        i -= 1  # the opening mark and a comma or colon
    if i < 2 or doc[i].lemma_.lower() not in REPORTING or doc[i].tag_ not in ("VB", "NN"):
        return None
    voice, before = doc[i - 1], doc[i - 2]
    spoken = voice.lower_ in _OBJECT_CASE or voice.pos_ == "PROPN"
    return voice.i if spoken and before.pos_ in ("VERB", "AUX") else None


def _shown_saying(doc, span, sentences: Sentences) -> int | None:
    """The index of the name right before a "saying" the quote hangs under,
    when that name is what "of" shows ("reminds me of Abraham Lincoln
    saying that “...”", "a video of Obama saying “...”", "a tape of him
    warning that “...”"), or None."""
    first, last = sentences.token_at(span.start), sentences.token_at(max(span.start, span.end - 1))
    for k in _ancestry(doc, first, last):
        verb = doc[k]
        if _a_saying_shown(verb) and 1 < k < first and doc[k - 1].dep_ == "pobj" and doc[k - 1].head.lower_ == "of" \
                and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].lower_ in _SHOWN_PRONOUNS):
            return k - 1
    return _shown_saying_before(doc, first)


_SHOWN_WHEN = frozenset("prep pobj det amod compound nummod npadvmod advmod poss case".split())
"""Links of the words a "saying" may take before its quotation: when or
where ("saying during the forum last week, “...”"), no clause."""
_SHOWN_REACH = 10  # tokens from the "saying" to the quotation's opening mark


def _shown_saying_before(doc, first: int) -> int | None:
    """The index of the one shown ("footage of Obama saying ...") when the
    quotation starting at token `first` opens right after that "saying",
    its comma and perhaps a phrase of when or where, however the parser
    hung the quotation (it may take the phrase's comma for the end of
    the "saying" and give the quotation to the sentence's main verb)."""
    k = first - 1
    while k >= 0 and doc[k].is_punct and k >= first - 3:
        k -= 1  # the opening mark and the comma before it
    if k < 0 or doc[k + 1].text != "," and not doc[k + 1].is_quote:
        return None
    while k > 0 and first - k <= _SHOWN_REACH and not _a_saying_shown(doc[k]):
        if doc[k].dep_ not in _SHOWN_WHEN or doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
            return None
        k -= 1
    if k < 2 or not _a_saying_shown(doc[k]):
        return None
    shown = doc[k - 1]
    of = shown.head if shown.dep_ == "pobj" else doc[k].head if shown.head.i == k else None
    if of is None or of.lower_ != "of" or not (shown.pos_ == "PROPN" or shown.lower_ in _SHOWN_PRONOUNS):
        return None
    return shown.i


_SHOWN_PRONOUNS = frozenset("him her".split())


def _a_saying_shown(verb) -> bool:
    """Whether `verb` is the "-ing" of a verb of saying ("saying",
    "warning", "claiming"): what the one shown is doing."""
    return verb.lower_ == "saying" or verb.tag_ == "VBG" and verb.lemma_.lower() in REPORTING


def _shown_as_pronoun(doc, pronoun, span, sentences: Sentences) -> Speaker:
    """The person "him"/"her" of "a tape of him warning that “...”" stands
    for, the "-ing" right after it the cue; no one when unsure."""
    person = sentences.antecedent(pronoun, span.start)
    verb = doc[pronoun.i + 1]
    return Speaker(person.name, person.role, verb.text, _distance(verb.idx, span)) if person else Speaker()


def _colon_before(doc, span, sentences: Sentences) -> int | None:
    """The index of a colon the quote opens right after ("read: “...”"),
    with a word before it, or None."""
    first = doc[sentences.token_at(span.start)]
    i = first.i - 1
    while i >= 0 and doc[i].is_punct and doc[i].text != ":":
        i -= 1  # the opening quotation mark
    return i if i >= 1 and doc[i].text == ":" and first.i - i <= 3 else None


_SAID_IRREGULAR = {"said": "say", "wrote": "write", "told": "tell"}


def _fronted_frame(doc, span, sentences: Sentences) -> int | None:
    """The index of the name in a frame that opens its sentence with a
    verb of saying, then a name, then the colon the quote opens after
    ("Added Lind: “...”", "Said Mayor Okoye: “...”"); else None."""
    colon = _colon_before(doc, span, sentences)
    if colon is None:
        return None
    words = list(doc[doc[colon].sent.start:colon])
    if not 2 <= len(words) <= 5 or not words[0].is_title or not _a_saying_word(words[0].text):
        return None
    return colon - 1 if all(t.pos_ == "PROPN" for t in words[1:]) else None


def _a_saying_word(word: str) -> bool:
    """Whether `word` is a form of a verb of saying ("Added", "Said",
    "Replied", "Noted")."""
    word = word.lower()
    stems = (_SAID_IRREGULAR.get(word, word), word[:-1], word[:-2], word[:-3] + "y")
    return any(stem in REPORTING for stem in stems)


def _a_things_words(doc, span, sentences: Sentences):
    """The thing whose clause opens the quote, with a colon or right
    before the marks ("a message from her adviser that read: “...”", "a
    sign that said “...”", "a column that included the line “...”"), or
    None: what it holds are its words, not those of whoever handled it."""
    i = _colon_before(doc, span, sentences)
    verb = doc[i - 1] if i is not None else _clause_right_before(doc, span, sentences)
    if verb is None:
        return None
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                                              for c in verb.children):
        return None
    thing = verb.head
    if thing.dep_ == "pobj" and thing.head.lower_ == "from" and (_a_person_noun(thing) or thing.pos_ == "PROPN"):
        thing = thing.head.head  # the clause hung on the author: "a message from her adviser ... that read:"
    elif _signer(thing) and any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children):
        thing = thing.head.head.head  # "a letter signed by ten councillors, which stated": the letter's clause
    return thing if thing.pos_ == "NOUN" and not _a_person_noun(thing) else None


_SIGNING = frozenset("sign write author draft pen cosign co-sign".split())


def _signer(token) -> bool:
    """Whether `token` is the agent of a participle of signing or writing
    set on a noun ("a letter signed by Ann Lind", "a memo written by ten
    councillors")."""
    agent, participle = token.head, token.head.head
    return token.dep_ == "pobj" and agent.dep_ == "agent" and participle.dep_ == "acl" \
        and participle.lemma_.lower() in _SIGNING and participle.head.pos_ == "NOUN"


def _signers(thing) -> list:
    """Those `thing` is from or signed by ("a message from Ann Lind",
    "a letter signed by Ann Lind"), in the order written."""
    return [c for p in thing.children if p.dep_ == "prep" and p.lower_ == "from"
            for c in p.children if c.dep_ == "pobj"] + \
        [c for a in thing.children if a.dep_ == "acl" for p in a.children if p.dep_ == "agent"
         for c in p.children if c.dep_ == "pobj" and _signer(c)]


def _a_documents_saying(doc, span):
    """(noun, participle) when the quote lies in what a participle of
    saying set on a document noun from someone says ("put out a
    note from his physician stating he is in “...”"); else None.
    The document speaks for whoever it is from, not for whoever released
    it.  One from no one named ("Lind issued a statement calling it
    “...”") is the issuer's, as the model finds."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    node = tokens.root
    for _ in range(4):
        node = node.head
        if node.lemma_.lower() in REPORTING and node.pos_ == "VERB":
            break
    if not (node.lemma_.lower() in REPORTING and node.tag_ == "VBG" and node.dep_ == "acl"
            and node.i < tokens.start):
        return None
    noun = node.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DOCUMENTS | _SPEECH_NOUNS:
        return None
    return (noun, node) if _from_whom(noun) is not None else None


_SPEECH_NOUNS = frozenset("""comment remark word statement tweet post quip jibe insult slur claim assertion
allegation description characterization characterisation boast taunt""".split())
"""Nouns for what someone said (general English): "Hale's remarks"."""
_OWNER_REACH = 20  # tokens from such a noun to the quote it names


def _as_someone_said(doc, span, sentences: Sentences):
    """The name in an "as" clause of saying that opens right after the
    quote ('“...,” as Pike said before he left', 'as Pike, on a crate,
    said'), its verb taking no object or clause of what was said (not 'as
    Pike said it would'): the last word of the name and the verb, else
    None.  Read from the words, as the parser often takes such an "as" for
    a preposition."""
    i = _right_after(doc, span, sentences)
    if i is None or doc[i].lower_ != "as":
        return None
    end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == i + 1 or doc[end - 1].ent_type_ != "PERSON" or end >= len(doc):
        return None
    k = end
    if doc[k].text == ",":  # an aside about the speaker, between commas
        k = next((j + 1 for j in range(k + 1, min(len(doc), k + _ASIDE_REACH)) if doc[j].text == ","), len(doc))
    if k >= len(doc) or doc[k].tag_ not in _FINITE_TAGS or _cue_lemma(doc[k]) not in REPORTING:
        return None
    said_what = [c for c in doc[k].children if c.dep_ in ("ccomp", "xcomp", "dobj", "attr")
                 and not any(m.dep_ == "mark" and m.lower_ in _WHEN_MARKS for m in c.children)]
    return (doc[end - 1], doc[k]) if not said_what else None


_ASIDE_REACH = 15  # tokens an aside between commas may run to
_WHEN_MARKS = frozenset("before after when while once until as".split())


def _owner_of_the_words(doc, span, sentences: Sentences):
    """The token naming whose words the quote is when it continues a noun
    of speech owned by a name ("inspired by Hale's remarks about the mayor
    being “a fraud”", "comments by Hale about “...”"), with no verb,
    punctuation or clause between them; else None.  A possessive pronoun
    ("her remarks") is left to the other rules: it is often the very
    speaker the sentence frames."""
    opening = sentences.token_at(span.start)
    sent = sentences.at(opening)
    for i in range(opening - 1, max(sent.start, opening - _OWNER_REACH) - 1, -1):
        token = doc[i]
        if _a_speech_noun(token):
            return _owner(token) if _tells_what_of(doc[i + 1:opening]) else None
        if token.tag_ in _FINITE_TAGS or token.is_punct and not _a_mark(token) \
                or token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            return None
    return None


def _owner_of_a_content_clause(opening):
    """The proper name owning a noun of speech whose "that" clause holds
    the quote's first word `opening`, with no verb of saying between
    ("Hale's comment on Friday that the council is under a “reign of
    fear”": Hale); else None.  Not a relative clause ("the comment that
    Berg mocked"), whose "that" is no mark."""
    for clause in opening.ancestors:
        if clause.pos_ == "VERB" and clause.lemma_.lower() in REPORTING:
            return None  # "Hale's comment that Berg said ...": Berg's words, told within
        if clause.dep_ == "acl" and clause.pos_ in ("VERB", "AUX") and _a_speech_noun(clause.head) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return _owner(clause.head)
    return None


_FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
_ABOUT = frozenset("about on of over regarding concerning that toward towards against".split())


def _tells_what_of(between) -> bool:
    """Whether the words between a noun of speech and a quote tell what
    the words were about ("remarks about the mayor being “...”"), so the
    quote goes on inside that noun's phrase; not when the quote follows
    the noun at once or after "as", as what someone calls those words
    ("called Hale's remarks “vile”", "dismissed Hale's claims as “nonsense”")."""
    words = [t for t in between if not _a_mark(t)]
    if len(words) > 1 and all(t.ent_type_ in ("DATE", "TIME") for t in words[1:]):
        return False  # "called Hale's remarks on Friday “vile”": when, not what about
    return bool(words) and words[0].lower_ in _ABOUT and not any(t.lower_ == "as" for t in words)


def _in_whose_view(doc, span, sentences: Sentences):
    """The person named by a sentence's opening "To <person>," when the
    quote lies in the clause that phrase frames and no verb of saying
    stands in the sentence ("To Berg, the measure is “a fair deal.”": in
    Berg's view); else None ("To Berg's surprise", "To the voters", "To
    Berg, Lind said “...”")."""
    sent = sentences.at(sentences.token_at(span.start))
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ != "to" or first.head.i != sent.root.i:
        return None  # hung on the root, or the root itself when the parser reads the rest as its object
    # The first object: a root "To" may take the clause's subject as a second one.
    objects = [c for c in first.children if c.dep_ == "pobj"]
    if not objects or objects[0].ent_type_ != "PERSON":
        return None
    edge = objects[0].right_edge
    comma = edge if edge.text == "," else doc[edge.i + 1] if edge.i + 1 < sent.end else None
    if comma is None or comma.text != "," or comma.idx >= span.start:
        return None
    if any(t.lemma_.lower() in REPORTING and t.pos_ == "VERB" for t in sent):
        return None
    return objects[0]


def _a_speech_noun(token) -> bool:
    """Whether `token` is a noun of speech, also when the tagger took an
    owned plural for a verb ("Hale's remarks" read as "remarks" VBZ)."""
    word = token.lower_
    owned = any(c.dep_ == "poss" for c in token.children)
    return (token.pos_ == "NOUN" or owned) and (word in _SPEECH_NOUNS or word[:-1] in _SPEECH_NOUNS)


def _a_mark(token) -> bool:
    """Whether `token` is a quotation mark (of a quote just before this one)."""
    return token.text in OPEN_MARKS or token.text in CLOSE_MARKS or token.tag_ in ("``", "''")


def _owner(noun):
    """The proper name that owns `noun` ("Hale's remarks") or is its
    agent ("remarks by Hale"); None for a pronoun or a common noun."""
    owners = [c for c in noun.children if c.dep_ == "poss"] + \
        [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    return next((o for o in owners if o.pos_ == "PROPN"), None)


def _clause_right_before(doc, span, sentences: Sentences):
    """The verb right before the quote's opening mark ("that said “...”"),
    or the one whose object is the noun there ("that included the line
    “...”"), or None."""
    i = sentences.token_at(span.start) - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text == ",") and doc[i].idx >= span.start - 3:
        i -= 1  # the opening mark, and a comma before it; not a stop (the quote opens a sentence of its own)
    if i < 0 or doc[i].is_punct or doc[i].idx + len(doc[i]) < span.start - 3:
        return None
    word = doc[i]
    return word.head if word.dep_ == "dobj" and word.pos_ == "NOUN" and word.head.i < word.i else word


def _right_after(doc, span, sentences: Sentences) -> int | None:
    """The index of the first word right after the quotation, past its
    closing marks and comma (within a few characters), or None."""
    i = sentences.token_at(max(span.start, span.end - 1)) + 1
    while i < len(doc) and doc[i].is_punct and doc[i].idx <= span.end + 3:
        i += 1
    return None if i >= len(doc) or doc[i].idx > span.end + 4 else i


_ANSWER_NOUNS = frozenset("reply response answer retort rejoinder riposte".split())


def _reply_from(doc, span, sentences: Sentences) -> int | None:
    """The index of the noun of answering in a clause that opens right
    after the quote and gives it as someone's answer ('“...,” came the
    reply from Berg', '“...,” was the answer from Berg'), with a "from"
    naming whose: the index of that phrase's object, else None."""
    i = _right_after(doc, span, sentences)
    if i is None or doc[i].pos_ not in ("VERB", "AUX"):
        return None
    for noun in doc[i].children:
        if noun.lemma_.lower() in _ANSWER_NOUNS and noun.dep_ in ("nsubj", "attr") and noun.i > i:
            source = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                      for c in p.children if c.dep_ == "pobj"]
            if source:
                return source[0].i
    return None


def _answer_owned(doc, span, sentences: Sentences):
    """The owner of a noun of answering that opens the quote with a colon
    ("His reply: “...”", "Berg's answer: “...”"): the token of "his" or of
    the name; None for any other frame."""
    colon = _colon_before(doc, span, sentences)
    if colon is None or colon < 1:
        return None
    noun = doc[colon - 1]
    if noun.lemma_.lower() not in _ANSWER_NOUNS or noun.sent.start != doc[colon].sent.start:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners[0] if owners and (owners[0].pos_ == "PROPN" or owners[0].lower_ in ("his", "her")) else None


_ASKING = frozenset("ask question press".split())


def _who_answers(doc, owner, sentences: Sentences) -> Person | None:
    """The person an answer's owner stands for: the name itself, or for
    "his"/"her" the one a question in the sentence before was put to
    ("Lowe asked Berg, “...?” His reply: ..." is Berg's, even when Lowe,
    the asker, is also a "he"), else the pronoun's antecedent unless that
    is the asker."""
    if owner.pos_ == "PROPN":
        return sentences.person_at(owner.idx, owner.idx + len(owner))
    at = bisect_right(sentences.starts, owner.i) - 1
    first = sentences.spans[at - 1].start if at > 0 else sentences.spans[at].start
    verbs = [t for t in doc[first:owner.i] if t.lemma_.lower() in _ASKING and t.pos_ == "VERB"]
    askers = [sentences.person_at(c.idx, c.idx + len(c)) for v in verbs for c in v.children if c.dep_ == "nsubj"]
    for verb in verbs:
        for asked in (c for c in verb.children if c.dep_ == "dobj"):
            person = sentences.person_at(asked.idx, asked.idx + len(asked))
            if person is not None and sentences.agrees(person, owner):
                return person
    person = sentences.antecedent(owner, owner.idx)
    return None if person in askers else person


def _inverted_subject(doc, span, sentences: Sentences) -> int | None:
    """The index of the noun after a verb of saying that follows the quote
    at once and has no subject of its own ('“...,” added another New
    Hampshire Republican', parsed as the verb's object); else None."""
    i = _right_after(doc, span, sentences)
    if i is None:
        return None
    if i + 1 < len(doc) and (_verbs_subject(doc[i]) or _closing_frame(doc[i], span)):
        return i
    titled = _name_after_a_title(doc, i, span)
    if titled is not None:
        return titled
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    return objects[0].i if objects else None


def _name_after_a_title(doc, i: int, span) -> int | None:
    """The index of a name that closes the sentence as the subject of its
    last verb, past a title of nouns, adjectives and capitalised words that
    opens the frame at word `i` ('“...,” Lyon police Insp. Marta Kovac confirmed.'):
    the one who spoke, whatever the verb (`_closing_frame`); else None."""
    for k in range(i + 1, min(len(doc), i + 7)):
        word = doc[k - 1]
        if not (word.pos_ in ("PROPN", "NOUN", "ADJ") and (word.is_title or word.is_lower)):
            return None  # the title ends before any name that closes the frame
        if _closing_frame(doc[k], span):
            return k
    return None


def _compounded_sayer(doc, span, sentences: Sentences) -> int | None:
    """The index of the name before the nearest verb of saying the quote
    hangs under, when the parser compounded it to that verb and left the
    verb no subject ('Lind joked, again putting on an accent, “...”'), or
    None.  So too the name before a verb of saying the parser read as the
    auxiliary of a participle opening the sentence ("Asked why ..., Tom
    Lind said he did not know": `_fronted_sayer`)."""
    first, last = sentences.token_at(span.start), sentences.token_at(max(span.start, span.end - 1))
    for k in _ancestry(doc, first, last):
        verb = doc[k]
        if _fronted_sayer(verb) and not _within(verb.idx, span.pieces):
            return k - 1
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING and not _within(verb.idx, span.pieces):
            return k - 1 if k > 0 and _verbs_subject(doc[k - 1]) else None
    return None


def _fronted_sayer(verb) -> bool:
    """Whether the word before a verb of saying ends the name of its
    subject, which the parser lost by reading the verb as the auxiliary of
    a participle that opens the sentence and the name as part of that
    participle's clause ("Asked why the mill closed, Mayor Tom Lind said
    he did not know", with "said" hung on "Asked"): the verb has no
    subject, a clause of its own, and a comma ends the clause before the
    name."""
    doc, opener, word = verb.doc, verb.head, verb.lower_
    # read as an auxiliary, "said" keeps its own form for its lemma
    saying = word in ("said", "told", "wrote") or any(w in REPORTING for w in (verb.lemma_.lower(), word[:-1], word[:-2]))
    if not saying or verb.dep_ not in ("aux", "auxpass") or opener.i >= verb.i or opener.i != opener.sent.start \
            or opener.tag_ != "VBN" or verb.i < 2:
        return False
    name = doc[verb.i - 1]
    start = name.i
    while start > opener.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return name.pos_ == "PROPN" and doc[start - 1].text == "," \
        and any(c.dep_ == "ccomp" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _capitalised_for_its_place(head) -> bool:
    """Whether a lone capitalised word opens its sentence and is written
    capitalised nowhere else in the article ("Transcript as follows:"; not
    "Trump welcomed ...", whom the article also calls "Trump" mid-sentence),
    nor is the subject of a verb of saying ("Maddow asked, “...”"):
    capitalised for its place, no name."""
    doc = head.doc
    if "inner_capitals" not in doc.user_data:
        doc.user_data["inner_capitals"] = frozenset(t.text for t in doc if t.is_title and not t.is_sent_start)
    return head.is_sent_start and head.text not in doc.user_data["inner_capitals"] \
        and not (head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING)


def _framed_by_a_thing(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject of a verb of saying right after the quote
    ('“...,” the congressional report said') when it is a common noun for
    no person and names none ("a report", not "Smith's letter", nor a body
    that speaks, "the ministry"); else None."""
    i = _right_after(doc, span, sentences)
    between = sentences.text[max(0, span.end - 2):doc[i].idx] if i is not None else ""
    if i is None or "," not in between or "\n" in between:
        return None  # the frame follows after a comma, in the quotation's own paragraph
    if doc[i].pos_ == "CCONJ":
        return None  # 'X said, “...,” and other countries could respond': a clause of its own
    if doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
        # '“...,” according to a Pentagon readout': the readout's words, unless
        # someone's saying frames them ('Stone wrote that ..., “...,” according to the indictment')
        thing = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
        first, last = sentences.token_at(span.start), sentences.token_at(max(span.start, span.end - 1))
        said = any(doc[k].lemma_.lower() in REPORTING and any(c.dep_ == "nsubj" for c in doc[k].children)
                   for k in _ancestry(doc, first, last))
        return thing.i if thing is not None and not said and _a_thing(thing, sentences) else None
    for token in doc[i:min(len(doc), i + 6)]:
        if token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i >= i), None)
            if token.lemma_.lower() not in REPORTING or subject is None or subject.left_edge.i != i \
                    or not _a_thing(subject, sentences):
                return None  # "Smith's letter said": Smith's words
            return subject.i
    return None


_READ_BY = frozenset({"read"})
"""The verb a written text says its words with ("the sign reads"), said
only of a document."""


def _document_after(doc, span, sentences: Sentences):
    """(noun, verb) when the quotation is followed, after a comma in its
    own paragraph, by a verb of saying put before its subject, a document
    noun ('“...,” reads a statement from Lind's office', '“...,” says the
    letter'); else None.  The document speaks, through whoever it is from."""
    i = _right_after(doc, span, sentences)
    between = sentences.text[max(0, span.end - 2):doc[i].idx] if i is not None else ""
    if i is None or "," not in between or "\n" in between:
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING | _READ_BY:
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DOCUMENTS:
        return None
    return noun, verb


def _said_by_a_thing_before(doc, span, sentences: Sentences):
    """(subject, verb): the subject before it of the verb of saying that takes
    the quote ("after a leaflet said she “...”", "a survey said the plan
    “...”") when that subject is a common noun for no person: the thing's
    words, not those of anyone named elsewhere in the sentence; else None.
    A subject the parser hung on "after" or "before" counts as the verb's."""
    found = _verb_over_quote(doc, span)
    if found is None:
        return None
    tokens, below, verb = found
    if below.dep_ not in ("ccomp", "dobj", "xcomp"):
        return None  # "the misuse continued despite “many warnings”": no words the subject says
    if verb.lemma_.lower() not in REPORTING or tokens.start <= verb.i or verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return None  # not "a tape of him claiming that ...": the one shown says it
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = _clause_subject_read_as_an_object(doc, verb)
    # Right before its verb ("a survey said", "a survey also said"), not set
    # off by commas ("Her comments, said Karel Novak, are ..." misread): the parse is sure.
    fits = subject is not None and _right_before(subject, verb) and _a_thing(subject, sentences)
    return (subject, verb) if fits else None


def _right_before(subject, verb) -> bool:
    """Whether `subject` ends right before `verb`, or before adverbs of it
    alone ("the motion initially said", "the report also said")."""
    between = subject.doc[subject.right_edge.i + 1:verb.i]
    return all(t.dep_ == "advmod" and t.head.i == verb.i and t.pos_ == "ADV" for t in between)


def _verb_over_quote(doc, span):
    """(the quote's first piece as tokens, the word under the verb, the
    verb): the verb of saying found at most two steps up from the root of
    the quote's first piece ("said she had “...”"), or the nearest head
    when none is; None when the piece is no span of tokens."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    below, verb = tokens.root, tokens.root.head
    for _ in range(2):
        if verb.lemma_.lower() in REPORTING or verb.head.i == verb.i:
            break
        below, verb = verb, verb.head
    return tokens, below, verb


_CLAUSE_PREPOSITIONS = frozenset("after before since until".split())


def _said_by_it(doc, span):
    """The verb of saying that takes the quote, before it, when its subject
    is "it" ("it said she had “...”", "it warned that the plan “...”"): a
    thing's words (a paper, a report, a body) that the pronoun does not
    name; else None.  No person elsewhere in the sentence said them."""
    found = _verb_over_quote(doc, span)
    if found is None:
        return None
    tokens, below, verb = found
    if below.dep_ not in ("ccomp", "dobj", "xcomp") or verb.lemma_.lower() not in REPORTING \
            or verb.pos_ != "VERB" or tokens.start <= verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb if subject is not None and subject.lower_ == "it" else None


def _clause_subject_read_as_an_object(doc, verb):
    """The noun phrase right before `verb` that the parser made the object of
    a word that may open a clause ("sought to explain after a survey said":
    "survey", read as the object of "after"); else None."""
    token = doc[verb.i - 1]
    while token.head.i < verb.i and token.head.i != token.i \
            and not (token.dep_ == "pobj" and token.head.lower_ in _CLAUSE_PREPOSITIONS):
        token = token.head
    fits = token.dep_ == "pobj" and token.head.lower_ in _CLAUSE_PREPOSITIONS and token.right_edge.i == verb.i - 1
    return token if fits else None


def _a_thing(noun, sentences: Sentences) -> bool:
    """Whether `noun` is a common noun for no person that names none ("a
    report", not "Smith's letter", nor a body that speaks, "the ministry")."""
    return noun.pos_ == "NOUN" and noun.is_lower and not noun.ent_type_ and not _a_person_noun(noun) \
        and noun.lemma_.lower() not in _SPEAKING_NOUNS \
        and not any(sentences.person_at(t.idx, t.idx + len(t)) is not None for t in noun.subtree)


def _framed(doc, span, sentences: Sentences) -> set[int]:
    """The indices of those a frame of saying names as the quote's speaker
    whatever the model ranks first: the one faulted for saying it
    ("slammed Tom Lind for suggesting that ...": Lind, not the critic), the
    subject a participle of saying speaks for ("Berg welcomed the news,
    saying ..., CNN reported": Berg), and X of "As X puts it, ..."."""
    found = (_faulted_for_saying(doc, span, sentences), _participle_subject(doc, span, sentences),
             _as_they_put_it(doc, span, sentences), _who_called_it(doc, span, sentences),
             _judged_as(doc, span), _quoted_as_saying_after(doc, span, sentences),
             _subject_after_saying(doc, span, sentences), _lone_subject_of_a_joined_participle(doc, span, sentences))
    return {i for i in found if i is not None}


def _lone_subject_of_a_joined_participle(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject `_joined_participle` finds, or None."""
    found = _joined_participle(doc, span, sentences)
    return found[0] if found is not None else None


def _joined_participle(doc, span, sentences: Sentences):
    """(the index of the one subject outside quotation marks before a
    participle of saying, that participle) when the quote hangs on it or
    opens right after it and its comma, and it has no subject of its own
    and joins the sentence after a comma or "and" ("Lind dodged the
    question, calling it “a fair one” -- and, pressed later, asserting,
    “I pay my share.”"): however the parser joined the participle (to a
    verb inside the first quotation, say), the sentence's only subject
    is its subject.  None when the sentence has another subject before
    it, or that one names no person."""
    first = sentences.token_at(span.start)
    saying = next((doc[i] for i in _ancestry(doc, first, first)
                   if not _within(doc[i].idx, span.pieces) and doc[i].lemma_.lower() in REPORTING), None)
    k = first - 1
    while k > 0 and doc[k].is_punct and k >= first - 3:
        k -= 1  # the opening mark and the comma before it
    if (saying is None or saying.tag_ != "VBG") and doc[k].tag_ == "VBG" and doc[k].lemma_.lower() in REPORTING:
        saying = doc[k]  # the parser hung the quotation elsewhere
    if saying is None or saying.tag_ != "VBG" or saying.dep_ not in ("conj", "advcl") or saying.i == 0 \
            or doc[saying.i - 1].text not in (",", "and") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in saying.children):
        return None
    sent = sentences.at(saying.i)
    subjects = [t for t in doc[sent.start:saying.i] if t.dep_ in ("nsubj", "nsubjpass")
                and not in_quote(doc, t.idx, t.idx + 1)]
    return (subjects[0].i, saying) if len(subjects) == 1 \
        and (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in _PRONOUNS) else None


_SAYING_TIMES = frozenset("after before while since upon on".split())


def _subject_after_saying(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject of the main clause when the quote is what
    a bare "-ing" of saying after a preposition of time says ("After
    saying her knee was “too sore to walk on,” she was sent home": she
    said it, the clause's subject being the "-ing"'s own); else None."""
    found = _saying_after(doc, span, sentences)
    return found[0] if found is not None else None


def _saying_after(doc, span, sentences: Sentences):
    """(index of the main clause's subject, the "-ing" of saying) for
    `_subject_after_saying`; else None."""
    first = sentences.token_at(span.start)
    for i in _ancestry(doc, first, first):
        saying = doc[i]
        if _within(saying.idx, span.pieces) or saying.lemma_.lower() not in REPORTING:
            continue
        prep = saying.head
        if saying.tag_ != "VBG" or saying.dep_ != "pcomp" or prep.lower_ not in _SAYING_TIMES \
                or prep.dep_ != "prep" or any(c.dep_ in ("nsubj", "nsubjpass") for c in saying.children):
            return None
        subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (subjects[0].i, saying) if len(subjects) == 1 \
            and (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in _PRONOUNS) else None
    return None


def _quoted_as_saying_after(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject of a passive "quoted (or cited) as saying"
    that opens right after the quotation, in its paragraph ('“Why not
    the mayor?” Mr. Lind was quoted as saying'): the one quoted, even
    when a question mark ends the quotation's sentence first; else None."""
    i = _right_after(doc, span, sentences)
    if i is None or "\n" in sentences.text[span.end:doc[i].idx]:
        return None
    subject = next((t for t in doc[i:i + 6] if t.dep_ == "nsubjpass"), None)
    if subject is None or subject.left_edge.i != i:
        return None
    verb = subject.head
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return subject.i if verb.lemma_.lower() in ("quote", "cite") and as_saying else None


def _judged_as(doc, span) -> int | None:
    """The index of the subject of a verb of judging whose "as" the quote
    follows ("The ministry rejected the claims as “baseless,”", "Lind
    dismissed the plan as “a fantasy”"): the one who judged it so; else None."""
    prep = _judging_as(doc, span)
    verb = prep.head if prep is not None else None
    if verb is None:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _JUDGING | REPORTING:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0].i if len(subjects) == 1 and subjects[0].lower_ not in ("who", "that", "which") else None


def _judging_as(doc, span):
    """The "as" right before the quote that the quote's words hang on, or None."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0 or len(span.pieces) > 1:
        return None
    prep = tokens.root.head
    if prep.lower_ != "as" or tokens.start <= prep.i < tokens.end or prep.i < tokens.start - 2:
        return None
    return prep


_JUDGING = frozenset("""reject dismiss denounce condemn decry deride slam blast hail praise welcome
characterize characterise criticize criticise view regard see treat""".split())


def _who_called_it(doc, span, sentences: Sentences) -> int | None:
    """The index of the one a relative clause says called something the
    quoted word ("Trump, who has called the TPP pact “insanity,” and
    Sanders, who says it's “disastrous”": Trump): the quote is the object of
    a verb of saying in the clause of "who", and "who" stands for the name
    it follows; else None."""
    first = doc[sentences.token_at(span.start)]
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0 or len(span.pieces) > 1:
        return None
    root = tokens.root
    verb = root.head
    if root.dep_ not in ("dobj", "oprd") or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING \
            or verb.dep_ != "relcl" or verb.i > first.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    alone = len(subjects) == 1 and subjects[0].lower_ == "who"  # not "Trump, who he said “led me ...”"
    return verb.head.i if alone and verb.head.pos_ == "PROPN" else None


def _as_they_put_it(doc, span, sentences: Sentences) -> int | None:
    """The index of X in an opening "As X puts it," (or "As X said,") when
    the quote is in the clause it opens: the words are X's, whoever the
    clause's subject is ("As Ruth Marcus puts it, Obama is trying to make
    Republicans “an offer ...”"); else None."""
    first = doc[sentences.token_at(span.start)]
    for token in first.sent:
        if token.i >= first.i:
            return None
        said = token.lemma_.lower()
        if token.dep_ == "advcl" and (said in REPORTING or said == "put") \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) \
                and token.right_edge.i < first.i:
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            return subjects[0].i if len(subjects) == 1 and subjects[0].pos_ == "PROPN" else None
    return None


def _participle_subject(doc, span, sentences: Sentences) -> int | None:
    """The index of the subject of the clause a participle of saying set
    off by a comma hangs on, when the quote is what that participle says
    ("Berg welcomed the news, saying he was “doing the right thing”"): the
    participle's subject is its clause's; else None."""
    first = sentences.token_at(span.start)
    for i in _ancestry(doc, first, first):
        saying = doc[i]
        if saying.lemma_.lower() not in REPORTING or _within(saying.idx, span.pieces):
            continue  # a verb of the quoted words' own ("saying that Trump “cannot claim ...”")
        if saying.tag_ != "VBG" or saying.dep_ != "advcl" or saying.i == 0 or doc[saying.i - 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in saying.children) or _reported_clause(saying.head) \
                or not participle_shares_subject(saying):
            return None
        subjects = [c for c in saying.head.children if c.dep_ == "nsubj"]
        # a body described, not named, speaks as well ("several groups granted ..., saying ...")
        return subjects[0].i if len(subjects) == 1 and (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in _PRONOUNS
                                                        or _a_described_body(subjects[0])) else None
    return None


def _a_described_body(subject) -> bool:
    """Whether `subject` is a plural common noun of people or bodies that
    can speak ("several environmental groups", "local officials"): the one
    a participle of saying after its clause speaks for, though unnamed."""
    return subject.pos_ == "NOUN" and subject.tag_ == "NNS" and _names_speakers(subject)


_DOUBLE_MARKS = frozenset('"“”„«»')


def participle_shares_subject(saying) -> bool:
    """Whether `saying`, a participle set off by a comma after a clause,
    is surely said by that clause's subject: not when the clause is what
    someone is asked to do ("called for Dunn to “use the audit”, adding,
    ...": Dunn is asked, not the one adding) or lies inside quotation
    marks, nor when a relative clause on others who act comes right
    before the comma ("met members who oppose the plan, saying it costs
    too much": the members may be the ones saying it)."""
    head, doc = saying.head, saying.doc
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children) \
            or _in_quotation_marks(head):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ in _SPOKEN_TO for c in saying.children):
        return True  # "met the nurses who staff it, telling them ...": they are the ones told
    before = doc[saying.i - 2] if saying.i >= 2 else None
    while before is not None and before.i != head.i:
        if before.dep_ == "relcl" and before.head.i < before.i \
                and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in before.children):
            return False
        before = before.head if before.head.i != before.i else None
    return True


def _reported_clause(verb) -> bool:
    """Whether `verb` heads a clause that is the object of a verb before it
    ("Obama disputed that Democrats feel betrayed, saying ...": the
    participle may be Obama's as well as the Democrats'); a frame after it
    ("..., CNN reported") leaves the participle the clause's."""
    return verb.dep_ == "ccomp" and verb.head.i < verb.i


def _faulted_for_saying(doc, span, sentences: Sentences) -> int | None:
    """The index of the one a verb's object names when the quote is what
    they were blamed or praised for saying ("slammed Tom Lind as elitist for
    suggesting that voters “cling to guns”", "thanked her for saying ..."):
    the saying's subject is that object, not the verb's; else None."""
    first, last = sentences.token_at(span.start), sentences.token_at(max(span.start, span.end - 1))
    for i in _ancestry(doc, first, last):
        saying = doc[i]
        if saying.tag_ == "VBG" and saying.dep_ == "pcomp" and saying.head.lower_ == "for" \
                and saying.lemma_.lower() in REPORTING:
            objects = [c for c in saying.head.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON")]
            return objects[0].i if objects else None
    return None


def _quoted_as(candidate: Candidate) -> bool:
    """Whether the candidate is who a verb "quoted" (its object) or "cited"
    as saying the words (its object, with "as" after it): the speaker, not
    the quoting outlet or writer."""
    token = candidate.token
    if token is None or token.dep_ != "dobj" or token.head.lemma_.lower() not in ("quote", "cite"):
        return False
    # "he quoted one analyst": the one quoted speaks, "as saying" or not; "cited a study" needs its "as".
    return token.head.lemma_.lower() == "quote" or any(c.dep_ == "prep" and c.lower_ == "as"
                                                       for c in token.head.children)


def _acted_on(candidate: Candidate) -> bool:
    """Whether the candidate is the object of the frame's verb ("a video of
    him mocking Sen. Grassley as a 'farmer ...'", "told Jones: '...'") or
    the one it is addressed to ("apologized to ..."): who is mocked, told
    or apologized to is not who speaks.  (Who is quoted or cited as saying
    is: `_quoted_as`, tried first.)"""
    token = candidate.token
    if token is None or candidate.previous:
        return False
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return True
    if token.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ == "for" and c.i < token.i
                                     for c in token.head.children):
        return True  # "called for Dunn to “use the audit”, adding, “...”": Dunn is the one called on
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "appos":
        token = token.head.head  # "Iowa" of "Grassley, Republican of Iowa": within the description
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head  # "Grassley, Republican of Iowa": the description stands where the name does
    # "apologized to Sen. Grassley and 'anyone I may have offended'",
    # "lashed out at Smith": the one addressed, not "according to Smith".
    verb = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ in ("to", "at") and verb.pos_ == "VERB" \
        and verb.lower_ != "according"


def _subject_of_quoted_words(candidate: Candidate, span) -> bool:
    """Whether the candidate is the subject of a verb that is itself
    inside another quotation ('said that Pike “denies every charge” and
    that the inquiry was “a stunt”'): someone's quoted words about them,
    no frame of saying they speak in."""
    token = candidate.token
    if token is None or candidate.previous or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    return not _within(verb.idx, span.pieces) and _in_quotation_marks(verb) and not _in_quotation_marks(token)


def _in_quotation_marks(token) -> bool:
    """Whether `token` stands between a pair of double quotation marks of
    its paragraph (an odd number of them before it there: a sentence may
    open inside a quotation)."""
    text = nlp.text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    return sum(char in _DOUBLE_MARKS for char in text[start:token.idx]) % 2 == 1


_OCCASION = frozenset("when after before while until once".split())  # not "as": "As Politico reported, “...”"


def _sets_the_occasion(candidate: Candidate, span) -> bool:
    """Whether the candidate is the subject of a clause that only says when
    the quoted words were said ("unable to muster much more than “ooooh”
    when Clinton accused him of ...", "“No,” she said after Smith asked";
    "as" is left out: "As Politico reported, “...”" is the frame itself):
    the quotation lies outside that clause, in the clause it modifies."""
    token = candidate.token
    if token is None or candidate.previous or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.dep_ != "advcl" or not any(c.lower_ in _OCCASION and c.dep_ in ("advmod", "mark") for c in verb.children):
        return False
    def holds(head) -> bool:
        first, last = head.left_edge, head.right_edge
        return first.idx <= span.start < last.idx + len(last)
    return not holds(verb) and holds(verb.head)


def _same_pronoun_goes_on(candidate: Candidate, span, previous, sentences: Sentences) -> bool:
    """Whether the candidate, a "he" or "she" subject of a verb of saying
    right beside the quotation, is the same "he" or "she" that framed the
    previous quotation (`previous`, its speaker named), with no one named
    and no other subject that may be that pronoun (a singular noun or a
    name: "the officer") between the two: the same voice goes on, however
    far back the name lies."""
    token = candidate.token
    if token is None or candidate.previous or previous is None or not previous[0].name \
            or token.lower_ not in ("he", "she") or token.dep_ != "nsubj" or _cue_lemma(token.head) not in REPORTING:
        return False
    before, doc = previous[1], token.doc
    person = next((m[2] for m in sentences.mentions if m[2].name == previous[0].name), None)
    if person is None or not sentences.agrees(person, token) or before.end > span.start \
            or sentences.people_between(before.end, token.idx) or _distance(token.idx, span) > _NEAR_PRONOUN:
        return False
    frame = sentences.at(sentences.token_at(max(before.start, before.end - 1)))
    if not any(t.lower_ == token.lower_ and t.dep_ == "nsubj" and not _within(t.idx, before.pieces) for t in frame):
        return False  # the previous quotation was not framed by the same pronoun
    gap = doc[frame.end:token.i]
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ != token.lower_
                   and (t.pos_ == "PROPN" or t.tag_ == "NN" or t.lower_ in _PRONOUNS) for t in gap
                   if not _within(t.idx, span.pieces) and not in_quote(doc, t.idx, t.idx + 1))


_NEAR_PRONOUN = 20  # characters between a quotation and the "she said" beside it


def _in_a_sentence_before(token, span, sentences: Sentences) -> bool:
    """Whether `token` stands in a sentence before the one the quotation
    opens in ('Berg replied that the site cites such claims as false.
    “...,” he told a paper': "claims", cited "as" in the sentence before,
    is not who the quotation closed by "he told" belongs to)."""
    return token is not None and token.i < sentences.at(sentences.token_at(span.start)).start


def _according_to_elsewhere(candidate: Candidate, span, sentences: Sentences) -> bool:
    """Whether the candidate is the source of an "according to" in a
    sentence before the one the quotation is woven into ('Lind visits on
    Sunday, according to an aide. Berg said the cuts were a "grave
    mistake."'): the tag vouches for its own sentence only, and a sentence
    with words of its own before the quotation frames it itself."""
    token = candidate.token
    if token is None or candidate.previous or token.dep_ != "pobj" or token.head.lower_ != "to" \
            or token.head.head.lower_ != "according":
        return False
    sent = sentences.at(sentences.token_at(span.start))
    return token.i < sent.start and sent.start_char < span.start - 1


def _closed_by_a_frame(doc, span, sentences: Sentences) -> bool:
    """Whether the word right after the quotation is the subject of a verb
    of saying after it ('“...,” he urged them')."""
    i = _right_after(doc, span, sentences)
    return i is not None and doc[i].dep_ == "nsubj" and doc[i].head.i > i \
        and _cue_lemma(doc[i].head) in REPORTING


def _in_passing(candidate: Candidate, span) -> bool:
    """Whether the candidate is the "who" or "that" of a relative clause
    that says nothing, in a sentence ending before the quotation ("...
    to his rivals Berg and Lind, who are in a tight race. “...,” he urged
    them"): a description in passing, when a frame closes the quote."""
    token = candidate.token
    return token is not None and not candidate.previous and token.lower_ in ("who", "that") \
        and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl" \
        and _cue_lemma(token.head) not in REPORTING and token.sent.end_char <= span.start


def _names_in_the_third_person(span, previous, sentences: Sentences) -> bool:
    """Whether the quote names the previous quote's speaker ("One flaw of
    Lind's otherwise fine report is ..."): words about that person, which
    do not go on in their voice."""
    if previous is None or not previous[0].name:
        return False
    i = bisect_left(sentences.mention_starts, span.start)
    while i < len(sentences.mentions) and sentences.mentions[i][0] < span.end:
        if sentences.mentions[i][2].name == previous[0].name:
            return True
        i += 1
    return False


def _continues(article: Article, span, previous, sentences: Sentences) -> bool:
    """Whether a quote with no frame of its own goes on from the previous
    one: it opens the paragraph right after the one where the previous,
    attributed quote ends, and no person is named in between (the news
    convention for a statement running over paragraphs: 'X wrote in a
    post: "..."', then a paragraph that is only a quotation).  A paragraph
    that goes on after the quotation ('"Quad" drills resumed') is not one."""
    if previous is None or not (previous[0].name or previous[0].role) or not article.paragraphs \
            or not _opens_paragraph(article, span.start):
        return False
    before = previous[1]
    at = article.paragraph_at(span.start)
    rest = article.text[span.end:article.paragraphs[article.paragraph_at(max(span.start, span.end - 1))].end]
    if rest.strip(CLOSE_MARKS + " .,!?…"):
        return False  # the paragraph says more than the quotation: not a statement running on
    return at > 0 and article.paragraph_at(max(before.start, before.end - 1)) == at - 1 \
        and not sentences.people_between(before.end, span.start)


def _past_its_frame(article: Article, span, previous, sentences: Sentences) -> bool:
    """Whether a quote with no frame of its own, opening its sentence and
    closing its paragraph, goes on from the previous quote past that
    quote's own frame: '“...,” Lind told the radio station. “...”', the
    same in the next paragraph, or in the one after a sentence about the
    speaker alone ("Lind went on.").  Between the two quotes only the
    speaker may be named and be a subject (by name, or as "he", "she",
    "who" in the frame's own sentence); no one spoken to ("Lind told
    him"), and the previous quote is no question, which someone else may
    answer."""
    if previous is None or not (previous[0].name or previous[0].role) or not article.paragraphs:
        return False
    before, text = previous[1], sentences.text
    if not before.end <= span.start or text[before.start:before.end].rstrip(CLOSE_MARKS + " ").endswith("?"):
        return False
    last = article.paragraph_at(max(span.start, span.end - 1))
    if text[span.end:article.paragraphs[last].end].strip(CLOSE_MARKS + " .,!?…") \
            or article.paragraph_at(span.start) - article.paragraph_at(max(before.start, before.end - 1)) > 2:
        return False  # the paragraph says more than the quotation, or the quotes lie far apart
    if text[before.start:span.start].rstrip(OPEN_MARKS + CLOSE_MARKS + " \n")[-1:] not in (".", "!", "?"):
        return False  # the quotation goes on inside a sentence: '..., and called it “...”'
    gap = [t for t in sentences.doc[sentences.token_at(before.end):sentences.token_at(span.start) + 1]
           if before.end <= t.idx < span.start and not (t.is_punct or t.is_space)
           and not in_quote(sentences.doc, t.idx, t.idx + 1)]
    return _only_the_speaker_between(gap, previous[0], before, sentences)


def _introduced(article: Article, span, sentences: Sentences):
    """(person, verb) when a paragraph that is only a quotation follows one
    whose last sentence reports what a person named as its subject said
    ("Lind said that the mill would stay open.", or "He said ..." with
    "he" standing for Lind): the news convention for
    going on in the speaker's own words.  Not when that paragraph holds
    a quotation of its own, names anyone else, asks, or denies; else None."""
    at = article.paragraph_at(span.start)
    last = article.paragraph_at(max(span.start, span.end - 1))
    if at == 0 or not _opens_paragraph(article, span.start) \
            or sentences.text[span.end:article.paragraphs[last].end].strip(CLOSE_MARKS + OPEN_MARKS + " .,!?…"):
        return None  # (an opening mark typed for the closing one ends the paragraph all the same)
    before = article.paragraphs[at - 1]
    words = sentences.text[before.start:before.end].rstrip()
    if not words or any(mark in words for mark in OPEN_MARKS + CLOSE_MARKS if mark not in "'’") \
            or not words.endswith((".", ":")):
        return None  # a quotation of its own ('..., she said.') is `_past_its_frame`'s
    sent = sentences.at(sentences.token_at(before.start + len(words) - 1))
    if words.endswith(":"):
        return _announcer(sent, sentences)
    verb, subject = sent.root, _main_subject(sent)
    if verb.pos_ != "VERB" or not _states(verb) \
            or subject is None or subject.head.i != verb.i or any(c.dep_ == "neg" for c in verb.children):
        return None
    person = sentences.person_at(subject.idx, subject.idx + len(subject))
    if person is None and subject.lower_ in _PRONOUNS:
        person = sentences.antecedent(subject, subject.idx)  # "He said that ...": whom "he" stands for
    # Whom a voiced view is of ("voiced his support of Ruiz") is what it is about, not who may speak next.
    about = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree} \
        if verb.lemma_.lower() in VOICING else set()
    named = {sentences.person_at(t.idx, t.idx + len(t)) for t in sent
             if t.ent_type_ == "PERSON" and t.i not in about} - {None}
    unplaced = any(e.label_ == "PERSON" and e.start not in about
                   and sentences.person_at(e.start_char, e.end_char) is None for e in sent.ents)
    if person is None or named - {person} or unplaced:
        return None
    return person, verb


def _announcer(sent, sentences: Sentences):
    """(person, cue) when `sent`, a paragraph ending on a colon, announces
    the quotation set as the next paragraph as one person's words: that
    person is the subject of its main verb ("In May, Lind made the
    following remark:") or the one a noun of speech is by or from ("...
    how the paper rated this claim by Berg:"), and the sentence names no
    one else and denies nothing; else None ("The board wrote of Lind:"
    tells of her, and no one is its subject)."""
    verb, subject = sent.root, _main_subject(sent)
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    person, cue = None, verb
    if subject is not None and subject.dep_ == "nsubj" and subject.head.i == verb.i:
        person = sentences.person_at(subject.idx, subject.idx + len(subject))
    if person is None:
        # the "by" right after the noun, however the parser hung it ("rated this claim by Berg")
        by = [t for t in sent if t.dep_ == "pobj" and t.head.lower_ in ("by", "from") and t.head.i > sent.start
              and _a_speech_noun(t.doc[t.head.i - 1])]
        person = sentences.person_at(by[0].idx, by[0].idx + len(by[0])) if len(by) == 1 else None
        cue = by[0].doc[by[0].head.i - 1] if person is not None else cue
    named = {sentences.person_at(t.idx, t.idx + len(t)) for t in sent if t.ent_type_ == "PERSON"} - {None}
    unplaced = any(e.label_ == "PERSON" and sentences.person_at(e.start_char, e.end_char) is None for e in sent.ents)
    if person is None or named - {person} or unplaced:
        return None
    return person, cue


def _states(verb) -> bool:
    """Whether `verb` reports a view its subject put into words: a verb of
    saying with a clause after it ("said that the mill would stay open"),
    or one of voicing with its object ("voiced his support for the plan",
    "expressed doubts about the deal")."""
    lemma = verb.lemma_.lower()
    if lemma in VOICING:
        return any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    return lemma in REPORTING and lemma not in _NOT_STATING \
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


VOICING = frozenset("voice express reiterate".split())
"""General English verbs of putting a view into words, whose object is
the view ("voiced his support")."""

_NOT_STATING = frozenset("ask quote call label dub brand term describe".split())
"""Verbs of saying that do not state what follows: a question someone
else may answer, or a name given."""


def _only_the_speaker_between(gap: list, speaker: Speaker, before, sentences: Sentences) -> bool:
    """Whether the words `gap` between two quotes name no one but the
    `speaker` of the quote `before` and have no other subject, speak to
    no one, and hold at most one sentence besides that quote's frame: one
    whose subject is that person by name.  A speaker the article only
    describes ("the report says") is the subject by the head of that
    description, in the frame alone."""
    name = speaker.name
    frame = sentences.at(sentences.token_at(max(before.start, before.end - 1))).start

    def theirs(token) -> bool:
        if name is None:
            return sentences.at(token.i).start == frame and speaker.role.split()[-1].lower() == token.lower_
        person = sentences.person_at(token.idx, token.idx + len(token))
        return person is not None and person.name == name

    occasion = _occasion_of_the_saying(sentences.at(frame))
    gap = [t for t in gap if t.i not in occasion]
    others = [sentences.at(start) for start in {sentences.at(t.i).start for t in gap} - {frame}]
    if len(others) > 1 or others and not (_main_subject(others[0]) is not None and theirs(_main_subject(others[0]))):
        return False
    named = [sentences.person_at(t.idx, t.idx + len(t)) for t in gap]
    if any(person is not None and person.name != name for person in named):
        return False  # someone else named between
    if gap and any(e.label_ == "PERSON" and gap[0].i <= e.start <= gap[-1].i and not any(theirs(t) for t in e)
                   for e in gap[0].doc.ents):
        return False  # a name we could not place
    subjects = [t for t in gap if t.dep_ in ("nsubj", "nsubjpass")]
    if any(not theirs(t) and not (t.lower_ in ("he", "she", "who") and sentences.at(t.i).start == frame)
           for t in subjects):
        return False
    return not any(t.lower_ in _SPOKEN_TO for t in gap)


_SPOKEN_TO = frozenset("him them me us you".split())  # "Lind told him": the next words may be the reply


def _occasion_of_the_saying(sent) -> set[int]:
    """The tokens of `sent` in a clause that only says when its verb of
    saying was said ("Lind said after Berg left the hall"), itself no
    saying: whoever it names is not in the frame as a speaker, so the
    next quotation may still go on from the frame's speaker."""
    found: set[int] = set()
    for verb in sent:
        if verb.dep_ == "advcl" and _cue_lemma(verb.head) in REPORTING and _cue_lemma(verb) not in REPORTING \
                and any(c.lower_ in _OCCASION and c.dep_ in ("advmod", "mark") for c in verb.children):
            found.update(t.i for t in verb.subtree)
    return found


def _signed(sentences: Sentences, span, article: Article) -> Speaker:
    """A quote signed by a dash and a name that ends its paragraph
    ('"..." ― Jane Doe'), the typographic convention of collected
    statements; else no speaker."""
    end = article.paragraphs[article.paragraph_at(span.end)].end if article.paragraphs else len(article.text)
    match = _SIGNED.match(sentences.text[span.end:min(end, span.end + 80)].rstrip())
    if match is None or match.end() < len(sentences.text[span.end:min(end, span.end + 80)].rstrip()):
        return Speaker()
    name = match.group("name")
    person = sentences.person_at(span.end + match.start("name"), span.end + match.end("name")) \
        or sentences.person_named(name)
    if person is not None:
        return Speaker(person.name, person.role, "signature", 0)
    return Speaker(name, None, "signature", 0) if looks_like_person(name) else Speaker()


def candidates(article: Article, doc, span, sentences: Sentences, previous=None) -> list[Candidate]:
    """The candidate speakers of a quote with their features."""
    first, last = sentences.token_at(span.start), sentences.token_at(max(span.start, span.end - 1))
    bounds = _bounds(article, span)
    found = []
    pos, dep = nlp.column(doc, "POS"), nlp.column(doc, "DEP")
    for i in _window(doc, span, first, last, bounds, sentences):
        if pos[i] not in ("PRON", "PROPN", "NOUN") and dep[i] not in _NAME_DEPS:
            continue  # `_candidate_tokens` would say None: no Token made for it
        token = doc[i]
        pair = _candidate_tokens(token, sentences)
        if pair is None or _relays(token) or _commented_on(token, span):
            continue
        found.append((abs(_distance(token.idx, span)), token, pair[1]))
    ancestry = _ancestry(doc, first, last)
    seen = {token.i for _, token, _ in found}
    for head in ancestry:  # the subject of a verb the quote hangs under, however long its appositive
        for child in doc[head].children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in seen and bounds[0] <= child.idx < bounds[1] \
                    and not _within(child.idx, span.pieces):
                pair = _candidate_tokens(child, sentences)
                if pair is not None:
                    found.append((abs(_distance(child.idx, span)), child, pair[1]))
                    seen.add(child.i)
    found.sort(key=lambda triple: triple[0])
    found = found[:_MAX_CANDIDATES]
    ranks: dict[str, int] = {}
    result = []
    for _, token, names in found:
        side = _side(token.idx, span)
        rank = ranks.get(side, 0)
        ranks[side] = rank + 1
        result.append(Candidate(features=_features(doc, token, names, span, side, rank, first, last, bounds,
                                                   sentences, ancestry), token=token, names=names))
    result = _with_group_features(result)
    if previous is not None and (previous[0].name or previous[0].role):
        result.append(Candidate(features=_previous_features(article, span, previous, sentences, result),
                                previous=True))
    return result


def _without_stand_ins(found: list[Candidate], span, opening) -> list[Candidate]:
    """The candidates without those that only stand in for another word: a
    description in apposition to a name with a place of its own ("a
    testimonial to John Kerry, the Democratic nominee that year, Mr. Obama
    decried": the name stands for it) and the first part of a hyphened
    modifier ("Florida-based"), and the owner of a person's name ("MSNBC's
    Rachel Maddow": the person is who the owner stands for).  `opening` is
    the token of the quote's first word.  Applied after `candidates`, which
    gives the training script every candidate as the model learned them."""
    seen = {c.token.i for c in found if c.token is not None}
    return [c for c in found if c.token is None or not (_apposed_to(c.token, seen) or _hyphened_modifier(c.token)
                                                        or _a_place_in_a_description(c.token)
                                                        or _owns_a_name(c.token) or _written_for(c.token)
                                                        or _in_a_title_before_a_name(c.token)
                                                        or _a_description_of(c.token, seen, opening)
                                                        or _hangs_on_its_own_name(c.token)
                                                        or _subject_of_a_name_read_as_a_verb(c.token)
                                                        or _tells_of_a_thing(c.token) or _a_setting(c.token)
                                                        or _served(c.token) or _served(c.names)
                                                        or _a_subject_apposed_to_a_name(c.token)
                                                        or _asked(c.token) or _a_time(c.token)
                                                        or _given_the_words(c.token, span, opening)
                                                        or _told_the_quoted(c.token, span, opening)
                                                        or _above_anothers_saying(c.token, span, opening)
                                                        or _subject_of_the_quoted_verb(c.token, span)
                                                        or _in_a_clause_of_its_own(c.token, span, opening)
                                                        or _beside_a_named_saying(c.token, span, opening)
                                                        or _a_saying_foreseen(c.token, span)
                                                        or _what_is_said_of(c.token, span, opening)
                                                        or _within_the_quoted_phrase(c.token, span)
                                                        or _as_said_of_another_clause(c.token, opening)
                                                        or _told_of_anothers_saying(c.token, span, opening)
                                                        or _past_a_quote_set_off(c.token, span)
                                                        or _reports_anothers_argument(c.token)
                                                        or _unsaid(c.token, span, opening) or _listed_with(c.token)
                                                        or _in_other_words(c.token, span)
                                                        or _addressee_of_a_thing(c.token)
                                                        or _passes_the_words_on(c.token, span)
                                                        or _in_a_clause_joined_after(c.token, span, opening))]


def _addressee_of_a_thing(token) -> bool:
    """Whether `token` is whom a noun's "to" addresses ("a report to
    Parliament: “...”", "in a letter to the mayor"): who receives the
    words, never who says them."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.pos_ == "NOUN"


def _passes_the_words_on(token, span) -> bool:
    """Whether `token` is the subject of a relative clause after the quote
    whose "which" or "that" is the verb's object, with a verb that is no
    verb of saying ('made his remark, “...,” which the host reported on',
    "which the paper ran"): who passed the words on, not who said them."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.idx < span.end or _cue_lemma(verb) in REPORTING:
        return False
    return any(t.lower_ in ("which", "that") and t.dep_ in ("dobj", "pobj") and t.i < token.i
               for t in verb.subtree)


def _in_a_clause_joined_after(token, span, opening) -> bool:
    """Whether `token` is the subject of a clause joined by "and" or "but"
    after the one the quote hangs under, which has a subject of its own
    ("The ministry rejected the claims as “baseless,” and experts told
    the paper ...": the ministry's word, not the experts')."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    chain = [opening, *opening.ancestors]
    first = verb.head
    if _within(first.idx, span.pieces) or verb.idx < span.end:
        return False  # '“I love her, but ...,” she wrote': a verb of the quote's own is no clause before
    return first in chain and verb not in chain and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i for c in first.children)


def _a_time(token) -> bool:
    """Whether `token` is a day, a date or an hour ("reported on Wednesday
    the council had ..."): a time says nothing."""
    return token.ent_type_ in ("DATE", "TIME")


def _subject_of_the_quoted_verb(token, span) -> bool:
    """Whether `token` is the subject of the verb a quote opens with, right
    after it ("Ann Lee said Tom Dorn “says whatever he needs to say”"): the
    quoted words are said of it, by someone else; so is one the parse gave
    the quote's own subject in apposition ('BOARD: INSPECTORS FINING
    TRUANTS “The Water Board has been weighing ...”').  Not a speaker the
    parse ran into the quote ("Added Dorn: “There is ...”").  Nor does the
    "who" of a relative clause on that subject ("noted that Tom Dorn, who
    is running for mayor, “is a lawyer who ...”"): it is the same one."""
    if token.dep_ not in ("nsubj", "nsubjpass") or _within(token.idx, span.pieces):
        return False
    if token.lower_ in ("who", "that") and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        return _opens_on_its_verb(token.head.head, span)
    doc, verb = token.doc, token.head
    if ":" in nlp.text_of(doc)[token.idx:span.pieces[0][0]] or not _within(verb.idx, span.pieces):
        return False  # a colon, however tokenised ('(R-S.C.):"I'), opens the speaker's own words
    if any(c.dep_ == "appos" and _within(c.idx, span.pieces) for c in token.children):
        return True  # the quote's own subject, which the parse set in apposition to a word before it
    return _opens_on_its_verb(token, span)


def _opens_on_its_verb(subject, span) -> bool:
    """Whether the quote opens, right after `subject` and the words that
    hang on it (a relative clause: "Tom Dorn, who is running, “is ...”"),
    on or just before the verb `subject` is the subject of, with no colon
    between."""
    doc, verb, last = subject.doc, subject.head, subject.right_edge
    if subject.dep_ not in ("nsubj", "nsubjpass") or not _within(verb.idx, span.pieces) \
            or last.idx >= span.pieces[0][0] or ":" in nlp.text_of(doc)[subject.idx:span.pieces[0][0]]:
        return False
    opening = next((t for t in doc[last.i + 1:last.i + 4] if t.idx >= span.pieces[0][0]), None)
    return opening is not None and 0 <= verb.i - opening.i <= 2


def _in_a_clause_of_its_own(token, span, opening) -> bool:
    """Whether `token` is the subject of an "as" or "while" clause of time
    set beside another's verb that the quote hangs under ("As Ruiz spoke,
    the lobby was urging members against “any new tax”"): the quoted words
    are the other subject's.  Not an "as" of manner, whose verb is one of
    saying or "puts it" ("As Ruiz puts it, the mayor is making the council “an
    offer”"),
    nor when the other verb is a copula or inside the quote ("As Ruiz
    stood, “the levy stays”"), nor when the clause's verb opens the quote
    with a colon ("Lind said as the protester shouted: “...”": the
    protester's words, however the parser hung them)."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or _cue_lemma(verb) in REPORTING \
            or any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
            or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children) \
            or _opens_with_a_colon(verb, span):
        return False
    main = verb.head
    if _within(main.idx, span.pieces) or main.lemma_ == "be" \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in main.children):
        return False
    chain = [opening, *opening.ancestors]
    return main in chain and verb not in chain


def _beside_a_named_saying(token, span, opening) -> bool:
    """Whether `token` stands in a clause of time or cause set on a verb of
    saying that has a subject of its own and that the quote hangs under
    ("After Dorn told Ruiz that she had worked for Lind, Dorn wrote that
    Ruiz “...”": not Lind, not Ruiz, but Dorn, who wrote it).  Not a clause
    whose verb opens the quote with a colon ("as the protester shouted:
    “...”"), whose words those are."""
    clause = next((t for t in (token, *token.ancestors) if t.dep_ == "advcl"), None)
    if clause is None or clause.i == token.i or _opens_with_a_colon(clause, span):
        return False
    main, chain = clause.head, [opening, *opening.ancestors]
    if main not in chain or clause in chain or _within(main.idx, span.pieces) or _cue_lemma(main) not in REPORTING:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i and not _within(c.idx, span.pieces)
               for c in main.children)


def _opens_with_a_colon(verb, span) -> bool:
    """Whether `verb`'s clause ends on a colon right before the quote
    opens ("the protester shouted: “...”"): the quote is what it says."""
    last = verb.right_edge
    between = nlp.text_of(verb.doc)[last.idx + len(last):span.pieces[0][0]]
    return between.strip(OPEN_MARKS + " ") == ":"


def _unsaid(token, span, opening) -> bool:
    """Whether `token` is the subject of a saying denied ("Vance would not
    comment on an order meant “to protect the parks”", "she never said “we
    will win”"): the quoted words are not that person's.  A "not" the
    parse hung on the verb from inside the quote ("“Probably not,” Ms.
    Lee said") denies nothing."""
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and _cue_lemma(verb) in REPORTING \
        and any(c.dep_ == "neg" and not in_quote(token.doc, c.idx, c.idx + len(c)) for c in verb.children) \
        and _hangs_on(opening, span, verb)


def _hangs_on(opening, span, verb) -> bool:
    """Whether the quote's first word hangs on `verb` with no other verb of
    saying between ("did not comment, but did say that Trump is “...”"
    hangs on "say", not on "comment")."""
    for node in [opening, *opening.ancestors]:
        if node.i == verb.i:
            return True
        if node.pos_ == "VERB" and _cue_lemma(node) in REPORTING and not _within(node.idx, span.pieces):
            return False
    return False


def _what_is_said_of(token, span, opening) -> bool:
    """Whether `token` is the subject of a clause with a tense of its own
    that is what a word before it says, thinks or asks ("Ann Lee, who
    suggested that Tom Dorn was trying to “win favour”", "questions whether
    Dorn would have come “if it were raining”", "hopes he will lead them
    “out of the mud”"), and the quote lies in that clause: the quoted words
    are said of it, by whoever says the clause.  Not when the clause's verb
    is itself one of saying ("said Dorn told her “...”": Dorn's words), nor
    when the quote is what a verb of saying in the clause says.  A "that"
    clause a noun takes as its content ("critics level charges that Dorn
    stands for “closing schools”") is said of its subject the same way."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or not (verb.dep_ == "ccomp" or _content_of_a_noun(verb)) \
            or _within(verb.idx, span.pieces):
        return False
    said = _saying(verb)
    if _cue_lemma(verb) in REPORTING or _cue_lemma(said) in REPORTING and not _within(said.idx, span.pieces):
        return False  # a verb of the quoted words' own is no saying of the clause's ("trying to “maintain ...”")
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not tensed:
        return False
    for node in (opening, *opening.ancestors):
        if node.i == verb.i:
            return True
        if node.pos_ == "VERB" and _cue_lemma(node) in REPORTING and not _within(node.idx, span.pieces):
            return False  # "Berg welcomed the news, saying ... “...”, CNN reported": the participle's words, hers
    return False


def _content_of_a_noun(verb) -> bool:
    """Whether `verb` heads a "that" clause a noun takes as its content
    ("the charge that Dorn stands for ...", "fears that the board will
    ..."), not a relative clause ("the board that voted ...", where "that"
    is the clause's subject, not its mark)."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _as_said_of_another_clause(token, opening) -> bool:
    """Whether `token` is the subject of an "as" clause of saying set on a
    clause the quote is not in ("assured them he is not tired - as Lind has
    said - and he can “promise” ...": "as Lind has said" vouches for the
    clause it hangs on, not for the words quoted beside it), or set off by
    dashes on a clause with a person for its subject, whose words they are."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "advcl" or _cue_lemma(verb) not in REPORTING \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    # In the quote's own sentence: "... plays as the mayor continues. “...”" frames what follows.
    if verb.sent.start != opening.sent.start:
        return False
    if verb.head not in (opening, *opening.ancestors):
        return True
    # Set off between dashes on a clause whose subject is someone named ("Dunn -- as the
    # mayor's office noted -- has mocked them for “...”"): it vouches for what Dunn did.
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i]
    return _in_an_aside(token, verb.sent) and any(c.ent_type_ == "PERSON" for c in subjects)


_TELLING = REPORTING | frozenset({"report"})
"""Verbs of saying and "report", which also tells what others said ("...,
the Gazette reported")."""


def _told_of_anothers_saying(token, span, opening) -> bool:
    """Whether `token` is the subject of a verb of saying whose reported
    clause tells of another saying with a subject of its own, and the quote
    is what that other saying says ("said the town lost a voice that said
    “...”", "said Lind called it “a farce”"): the one who tells of it is not
    who said the quoted words.  A saying that shares its subject ("said
    ..., adding “...”") may be the teller's own."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or _cue_lemma(verb) not in _TELLING:
        return False
    saying = None
    for node in (opening, *opening.ancestors):
        if node.head.i == verb.i and node.i != verb.i:
            return saying is not None and node.dep_ == "ccomp"  # the other saying lies in the reported clause
        if node.pos_ == "VERB" and _cue_lemma(node) in REPORTING and not _within(node.idx, span.pieces) \
                and _has_a_subject_other_than(node, token):
            saying = node  # with a subject of its own: a participle ("..., saying “...”") may be the teller's
    return False


def _has_a_subject_other_than(verb, token) -> bool:
    """Whether `verb` has a subject other than `token`: its own, or, joined
    by "and", the first verb's when that is a name or a pronoun for one
    who may speak, other than the word `token` is ("Lind met the crew and
    vowed ..."; not "the army's readiness has grown and called for ...",
    "tweeting that it was a “disaster” and asking, “...”", nor "He said he
    agrees but said ...", verbs the parser joined to the wrong one)."""
    own = True
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return any(c.i != token.i and (own or c.lower_ != token.lower_ and (
                c.pos_ == "PROPN" or c.lower_ in _SPEAKING_PRONOUNS)) for c in subjects)
        verb, own = verb.head, False


_SET_OFF = re.compile(r"\s*(?:―|—|–|--|-)\s*[“\"'‘]*$")


_INCLUDING = frozenset("including include includes among".split())


def _one_included_set_off(doc, span, sentences: Sentences):
    """(the index of the person's name, the verb of saying) when a
    quotation set off by dashes on both sides follows that name, and
    that person is one of those the verb's sentence lists ('A group of
    mayors has said the same, including Ann Lind -- “It is a disgrace”
    -- and ...'); else None.  A name that is the object of the
    sentence's verb ('Lind mocked Berg -- “...” --') is whom the words
    are about, and is left out."""
    text = sentences.text
    after = text[span.end:span.end + 6].lstrip("”\"'’ ")
    if not _SET_OFF.search(text, max(0, span.start - 6), span.start) or after[:1] not in ("―", "—", "–", "-"):
        return None
    k = sentences.token_at(span.start) - 1
    while k >= 0 and doc[k].is_punct and doc[k].idx >= span.start - 6:
        k -= 1
    if k < 0 or doc[k].ent_type_ != "PERSON":
        return None
    head = doc[k]
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head  # "the former mayor Ann Lind": the phrase the name stands in
    lister = head.head
    if head.dep_ != "pobj" or lister.lower_ not in _INCLUDING:
        return None
    verb = next((t for t in lister.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (k, verb) if verb is not None and _cue_lemma(verb) in REPORTING else None


def _past_a_quote_set_off(token, span) -> bool:
    """Whether `token` comes after a quote set off by dashes on both sides
    ("Lind mocked his record - “how many more times?” - and voters who
    watched said ..."): a quotation put in between belongs to the clause
    before it, never to a subject after the closing dash."""
    text = nlp.text_of(token.doc)
    if token.idx < span.end or not _SET_OFF.search(text, max(0, span.start - 6), span.start):
        return False
    after = text[span.end:span.end + 6].lstrip("”\"'’ ")
    return after[:1] in ("―", "—", "–", "-") and text[span.end:token.idx].count("\n") == 0


def _reports_anothers_argument(token) -> bool:
    """Whether `token` is a body (no person) that "reported" a quotation
    opening its sentence, right after a sentence of the same paragraph in
    which someone else argues or says something in a clause of its own
    ("Berg's lawyers argued that he was too ill to travel. “There's a
    serious danger ...,” The Courier reported at the time. “...”"): the
    paper passed on the words of those it reported on, in that quotation
    and in one going on from it; they are not its own."""
    verb, doc = token.head, token.doc
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "report" or verb.i < token.i \
            or token.ent_type_ == "PERSON" or token.pos_ == "PRON":
        return False
    sent, text = token.sent, nlp.text_of(doc)
    if sent.start == 0 or not sent.text.lstrip()[:1] in OPEN_MARKS + '"':
        return False  # the quotation does not open the sentence that frames it
    before = doc[sent.start - 1].sent
    if "\n" in text[before.end_char:sent.start_char]:
        return False  # the sentence before is in another paragraph
    return any(t.dep_ == "nsubj" and t.i != token.i and t.head.lemma_.lower() in REPORTING
               and any(c.dep_ == "ccomp" for c in t.head.children) and not in_quote(doc, t.idx, t.idx + 1)
               for t in before)


_MODALS = frozenset("will would could might may should shall".split())


def _a_saying_foreseen(token, span) -> bool:
    """Whether `token` is the subject of a saying someone else foresees or
    hopes for ("Lind expects that voters will say “enough”", "she hopes
    the board would tell them “no”", "I hope the town says “thank you”"):
    words not yet said, by no one yet."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or _cue_lemma(verb) not in REPORTING:
        return False
    if _wished(verb, token):
        return True  # a wish needs no modal: "I hope she says ..." tells what she has not said
    return any(c.dep_ == "aux" and c.lower_ in _MODALS and not _within(c.idx, span.pieces) for c in verb.children) \
        and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
        and _cue_lemma(verb.head) not in REPORTING


def _wished(verb, subject) -> bool:
    """Whether the saying `verb` (whose subject is `subject`) is what a verb
    of wishing hopes for: its clause ("I hope she says ...", or, as the
    parser may read it, "I hope" set as a clause of the saying before its
    subject)."""
    if verb.dep_ in ("ccomp", "xcomp", "parataxis") and verb.head.lemma_.lower() in WISHING:
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in WISHING and c.i < subject.i
               and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children) for c in verb.children)


WISHING = frozenset("hope wish pray dream".split())
"""General English verbs of wishing: a saying under one ("I hope the
council says “yes”") is wished for, not reported."""


def _asked(token) -> bool:
    """Whether `token` is the one a question or a telling was put to ("Trump
    was asked, “What's the most dangerous place ...?”"): the words are the
    asker's."""
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ("ask", "tell", "question", "press")


_GIVEN = frozenset("dobj dative attr oprd".split())


def _given_the_words(token, span, opening) -> bool:
    """Whether `token` is the subject of a passive verb that takes the
    quote as its object ("Vale was promised “a seat” on the board", "she
    was offered “full support”"): what was given or told to the subject,
    never the subject's own words.  Not a quote the passive verb frames as
    a clause ("“We will win,” Vale was quoted as saying")."""
    if token.dep_ != "nsubjpass" or _within(token.head.idx, span.pieces):
        return False
    node = opening
    while node.head.i != node.i and node.head.i != token.head.i:
        node = node.head
    return node.head.i == token.head.i and node.dep_ in _GIVEN


def _told_the_quoted(token, span, opening) -> bool:
    """Whether `token` is the subject of "tell" whose object, the ones told,
    is the quote ("Vale told “two senior board members” about the loan"):
    the quoted words name whom the subject told, in someone else's words
    (a filing's, a report's), never the subject's own."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "tell" or _within(verb.idx, span.pieces):
        return False
    told = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return told is not None and _within(told.idx, span.pieces) and (opening.i == told.i or opening in told.subtree) \
        and _a_person_noun(told) and not any(c.dep_ == "ccomp" for c in verb.children)


def _above_anothers_saying(token, span, opening) -> bool:
    """Whether `token` is the subject of a verb above a relative clause of
    saying that has a subject of its own and holds the quote ("Vale left
    most letters unanswered, among them one that asked him to send “the
    keys to the vault”"): the words are what the clause's subject says
    (the letter), not the main subject's.  Not a clause that tells of the
    candidate itself ("Vale, who urged them to “hold firm”, left")."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for node in opening.ancestors:
        if node.i == token.head.i:
            return False
        if node.dep_ == "relcl" and node.head.i != token.i and not _within(node.idx, span.pieces) \
                and _cue_lemma(node) in TELLING \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in node.children) \
                and token.head in node.ancestors:
            return True
    return False


def _served(token) -> bool:
    """Whether `token` is whom a person serves ("a longtime adviser to
    Trump", "a spokeswoman for Clinton", also as what "who" after it stands
    for): the principal, never the one speaking for them."""
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in ("to", "for") \
        and token.head.head.pos_ == "NOUN" and _a_person_noun(token.head.head)


_WHERE = frozenset("in at near across around outside inside throughout into".split())


def _a_setting(token) -> bool:
    """Whether `token` is where something happens ("experts in Washington"),
    where someone comes from ("the Republican from Ohio"), or the body of a
    role no one is given in the sentence ("could become chairman of the
    Judiciary Committee"): a setting, not a speaker
    ("Washington said" still speaks; "Parker, chairman of American
    Airlines, said" leads to Parker)."""
    if token.dep_ != "pobj":
        return False
    prep, role = token.head, token.head.head
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    place = token.ent_type_ in ("GPE", "LOC", "FAC")
    return place and prep.lower_ in _WHERE or _where_the_speaker_is_from(token) \
        or place and prep.lower_ == "from" and prep.head.dep_ in ("nsubj", "nsubjpass") \
        and (prep.head.ent_type_ == "NORP" or _a_person_noun(prep.head)) \
        or prep.lower_ == "of" and is_role_word(prep.head.text) and role.dep_ in ("attr", "oprd", "xcomp", "dobj")


def _where_the_speaker_is_from(token) -> bool:
    """Whether `token` follows "from" after a common noun that is itself
    the one saying, the subject of a verb of saying or the object after
    it ("“...,” wrote a reader from Tampere"; the tagger may take the town
    for a body): where the speaker comes from, never who speaks."""
    prep, noun = token.head, token.head.head
    if token.dep_ != "pobj" or prep.lower_ != "from" or noun.pos_ != "NOUN":
        return False
    verb = noun.head
    return verb.lemma_.lower() in REPORTING and (noun.dep_ in ("nsubj", "nsubjpass") or
                                                noun.dep_ == "dobj" and noun.i > verb.i)


def _tells_of_a_thing(token) -> bool:
    """Whether `token` is the subject of a clause on a thing, joined with
    no relative word ("said Ortiz, using a term Berg has used to describe
    Lind": Berg's using the term is what the term is, not a saying of the
    quote's).  A clause of saying ("the order, which the president said
    was ...") still frames a quote."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or verb.lemma_.lower() in REPORTING:
        return False
    thing = verb.head
    if thing.i > token.i or any(t.lower_ in ("that", "which", "who", "whom")
                                for t in token.doc[thing.i + 1:token.i + 1]):
        return False
    return thing.pos_ == "NOUN" and not _a_person_noun(thing) and thing.lemma_.lower() not in _BODIES \
        and not thing.lemma_.lower().endswith(_AGENT_ENDS)


def _a_place_of_a_place(token) -> bool:
    """Whether `token` is a region set after a place ("retired in Cambridge,
    Mass., said"): where someone is, never who speaks (though it may lead to
    the person it places: "agrees Michelle Stevens, 30, of Gainesville, Fla.")."""
    return token.ent_type_ == "GPE" and token.dep_ == "appos" and token.head.ent_type_ in ("GPE", "LOC")


def _a_place_in_a_description(token) -> bool:
    """Whether `token` is a place that qualifies a common noun for a person
    ("said one Ohio Democratic strategist", "Maine officials said"): where
    the one described works, a word of the description, never who speaks."""
    head = token.head
    return token.ent_type_ in ("GPE", "LOC") and token.dep_ in ("nmod", "compound", "amod") \
        and head.i > token.i and head.pos_ == "NOUN" and _a_person_noun(head)


def _written_for(token) -> bool:
    """Whether `token` is whom a thing was made for by someone the phrase
    names ("a report for Oxfam ... by E3G"): the client, not the author."""
    head = token.head
    thing = head.head
    return token.dep_ == "pobj" and head.lower_ == "for" and thing.pos_ == "NOUN" and not _a_person_noun(thing) \
        and any(t.lower_ == "by" and t.dep_ in ("prep", "agent") for t in thing.subtree)


def _owns_a_name(token) -> bool:
    """Whether `token` is the owner before a person's name ("MSNBC's Rachel
    Maddow", "the network's Ann Berg"): it names whom the person works for,
    and never speaks for them."""
    head = token.head
    owned = token.i + 1 < len(token.doc) and token.nbor(1).lower_ in ("'s", "’s", "'", "’")
    return owned and head.i > token.i and head.ent_type_ == "PERSON" and token.ent_type_ != "PERSON" \
        and token.dep_ in ("poss", "nmod", "compound")


def _in_a_title_before_a_name(token) -> bool:
    """Whether `token` modifies a title set before a person's name, through
    nouns alone ("said Princeton evolutionary biology professor Martin
    Feld": Princeton): it tells where the one named works, and speaks for
    no one.  (A compound is no candidate in the first place; the parser
    makes such a name a "nmod".)"""
    if token.dep_ != "nmod":
        return False
    head = token
    while head.dep_ in ("nmod", "compound", "amod") and head.head.i > head.i:
        head = head.head
    return head.i != token.i and head.pos_ == "PROPN" and head.ent_type_ == "PERSON"


def _a_description_of(token, seen: set[int], opening) -> bool:
    """Whether `token` stands in a relative clause that only describes a
    name which is itself a candidate ("said Ana Ruiz, who was not part of
    the study", "Ruiz, who serves as chair of the Harbor Caucus, added
    ..."): the "who" and the things and bodies the clause names; the
    name's own place in the sentence is the frame.  A clause that says
    ("Ruiz, who added: ..."), or that holds the quotation (`opening`, its
    first word), stays."""
    clause = next((node for node in (token, *token.ancestors) if node.dep_ == "relcl"), None)
    if clause is None or clause.head.i not in seen or clause.head.i == token.i:
        return False
    holds = clause.left_edge.i <= opening.i <= clause.right_edge.i
    if holds or _saying(clause).lemma_.lower() in REPORTING:
        return False
    # The "who" itself only when its name has a place in a frame of saying
    # ("Feld, who ..., said"; "told Feld, who ..."): a name the parser
    # misplaced ("..., Trump, who would ..., said") speaks through it.
    name = clause.head
    if token.lower_ in ("who", "that") and token.head.i == clause.i:
        return name.dep_ in ("nsubj", "dobj", "dative") and name.head.lemma_.lower() in REPORTING
    # Of the clause's other words, only things and bodies: a person or a
    # pronoun there may be a frame the parser folded in ("that, she said, ...").
    return token.pos_ != "PRON" and token.ent_type_ != "PERSON"


def _hangs_on_its_own_name(token) -> bool:
    """Whether `token` hangs on a word of its own name, the parser having
    split the name ("Ada Ben-Or": "Or" read as a word under "Ben"): no
    verb frames it, and a part of a name is no cue."""
    head, doc = token.head, token.doc
    if head.i == token.i or token.ent_type_ != "PERSON" or head.ent_type_ != "PERSON" \
            or head.lemma_.lower() in REPORTING:
        return False  # "Said Ann in a release," read as one name: a verb of saying all the same
    first, last = min(head.i, token.i), max(head.i, token.i)
    return all(doc[k].ent_iob_ == "I" for k in range(first + 1, last + 1))


def _subject_of_a_name_read_as_a_verb(token) -> bool:
    """Whether `token` is the subject of a "verb" written with a capital
    inside it ("a 9.4% Marburg Angola IgG seroprevalence", "IgG" read as a
    verb, "Angola" as its subject): an acronym or a name, no verb that
    says who speaks.  A sentence set in capitals throughout is no sign."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or not any(c.isupper() for c in verb.text[1:]):
        return False
    words = [t for t in verb.sent if t.is_alpha]
    return sum(t.is_upper for t in words) * 2 < len(words)


def _apposed_to(token, seen: set[int]) -> bool:
    """Whether `token` describes a person's name, or a body's ("Harbor
    Review, a news agency, writes"), it is in apposition to, and that name
    is itself a candidate: the name's place in the sentence is the one
    that counts.  A name in apposition to a title ("police
    Chief Chuck Jordan", parsed so) is no description, and a name the
    parser set in apposition itself has no place of its own."""
    head = token.head
    if not (token.dep_ == "appos" and head.i != token.i and head.i in seen and head.ent_type_ in ("PERSON", "ORG")
            and token.ent_type_ not in ("PERSON", "ORG") and head.dep_ != "appos"):
        return False
    first = head.i
    while first > 0 and token.doc[first - 1].dep_ == "compound" and token.doc[first - 1].head.i == head.i:
        first -= 1
    # "Her comments, said Karel Novak, the mayor's spokesman, are ...": after
    # a verb of saying the name's place may be misparsed; its description says it.
    return first == 0 or token.doc[first - 1].lemma_.lower() not in REPORTING


def _a_subject_apposed_to_a_name(token) -> bool:
    """Whether `token` is a description the parser made a second subject
    of the verb, right after a name that is its first subject and a comma
    ("Harbor Review, a Baltic-based news agency, writes"): an appositive
    that says what the name is; the name is who speaks."""
    verb, doc = token.head, token.doc
    if token.dep_ != "nsubj" or token.pos_ != "NOUN" or verb.i == token.i:
        return False
    first = token.left_edge.i
    if first < 2 or doc[first - 1].text != ",":
        return False
    # The name's last word, or the comma the parser hung on it, right before.
    return any(c.dep_ == "nsubj" and c.i < token.i and c.pos_ == "PROPN" and c.right_edge.i in (first - 2, first - 1)
               for c in verb.children)


def _in_other_words(token, span) -> bool:
    """Whether `token` stands inside another quotation (a headline in
    marks before an excerpt: '"Ruiz leaves the Opera," by the Post's Ann
    Lee: "Ruiz is stepping down ..."'): words quoted are no frame for the
    next quotation."""
    return not _within(token.idx, span.pieces) and in_quote(token.doc, token.idx, token.idx + len(token))


def _listed_with(token) -> bool:
    """Whether the name `token` is listed beside another person's name, in
    apposition or joined to it through names and titles alone (", one of
    the negotiators, along with Rep. Jo Dane, Sen. Tom Gregg and Sen. Ed
    Kane": the parser sets the list in apposition to the first name): one
    of those named with someone, who speaks for none of them."""
    if token.dep_ != "appos" or token.ent_type_ != "PERSON":
        return False
    node = token.head
    for _ in range(6):
        if node.ent_type_ == "PERSON" and node.pos_ == "PROPN" \
                and not (node.i < token.i and all(t.ent_type_ == "PERSON" for t in token.doc[node.i:token.i + 1])):
            return True
        if node.dep_ not in ("appos", "conj", "compound") or node.head.i == node.i or node.pos_ != "PROPN":
            return False
        node = node.head
    return False


def _hyphened_modifier(token) -> bool:
    """Whether `token` is the first part of a hyphened modifier ("said
    Florida-based strategist Al Cardenas"): a word of a description, no
    one who speaks."""
    doc = token.doc
    return not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].pos_ in ("VERB", "ADJ")


_INSIDE_PHRASE = frozenset({"appos", "compound", "conj", "pobj", "prep", "poss", "nmod", "amod", "cc"})


def _commented_on(token, span) -> bool:
    """Whether `token`, after the quote, sits in a verbless phrase the
    writer sets after it ('He blamed “certain people ...,” a clear
    reference to Speaker Ann Berg'): who the words are about, not who said
    them."""
    if token.idx < span.end:
        return False
    while token.dep_ in _INSIDE_PHRASE and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("npadvmod", "dep") and token.pos_ == "NOUN"  # the parser hangs the comment loosely


def _within_the_quoted_phrase(token, span) -> bool:
    """Whether `token` stands in a prepositional phrase set on a word inside
    the quote, or another quotation ('wanted “news that would hurt” to the
    campaign of her rival, Tom Lind': the quoted words run on into it):
    part of what is said, never who says it.  (A name the parse set in apposition to a quoted
    word, '“...,” a source said', is no such phrase.)"""
    while token.dep_ in _INSIDE_PHRASE and token.head.i != token.i:
        head = token.head
        if _within(head.idx, span.pieces) or in_quote(head.doc, head.idx, head.idx + len(head)):
            # this quote's words, or another's, run on after it; not a frame set on them
            # ("According to Lind, “...”", "“...” by Lind")
            return token.dep_ == "prep" and token.i > head.i and token.lower_ not in ("according", "by")
        token = head
    return False


def _relays(token) -> bool:
    """Whether `token` names who passed on words someone else is said to have
    said ('Biden said, according to AFP'): "according to" hanging from a
    verb of saying that has a subject of its own.  The one who relays is
    never the speaker, of that quote or of the next."""
    if token.dep_ != "pobj" or token.head.lower_ != "to" or token.head.head.lower_ != "according":
        return False
    verb = token.head.head.head
    return _saying(verb).lemma_.lower() in REPORTING and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in verb.children)


def _with_group_features(found: list[Candidate]) -> list[Candidate]:
    """Each candidate with features that compare it with the others: its
    rank by distance among the subjects of verbs of saying on its side of
    the quote ("rs=0" for the nearest), and whether such a subject exists
    that the quote hangs under ('said Trump ..., according to TIME': the
    outlet then only relays)."""
    def feature(c: Candidate, prefix: str) -> str:
        return next((f for f in c.features if f.startswith(prefix)), prefix)

    saying = [("rep=rep" in c.features and feature(c, "dep=") in ("dep=nsubj", "dep=nsubjpass", "dep=relcl_nsubj"))
              for c in found]
    framing = ("under=under", "under=via")
    under = any(s and feature(c, "under=") in framing for s, c in zip(saying, found))
    ranks: dict[str, int] = {}
    result = []
    for c, is_subject in zip(found, saying):  # `found` is sorted by distance
        side, dep = feature(c, "side="), feature(c, "dep=")
        if is_subject:
            rank = str(min(ranks.get(side, 0), 2))
            ranks[side] = ranks.get(side, 0) + 1
        else:
            rank = "no"
        other = "under" if under and not (is_subject and feature(c, "under=") in framing) else "none"
        extra = (f"rs={rank}", f"rs|{side}={rank}", f"rsu={other}", f"rsu|{dep}={other}",
                 f"rsu|{feature(c, 'prep=')}={other}")
        result.append(Candidate(features=c.features + extra, token=c.token, names=c.names, previous=c.previous))
    return result


def _bounds(article: Article, span) -> tuple[int, int]:
    """The quote's paragraphs, widened to the previous paragraph's last
    sentence when the quote opens its own (a frame ending in a colon)."""
    if not article.paragraphs:
        return 0, len(article.text)
    at = article.paragraph_at(span.start)
    first = article.paragraphs[at]
    last = article.paragraphs[article.paragraph_at(max(span.start, span.end - 1))]
    start = first.start
    if at > 0 and _opens_paragraph(article, span.start):
        start = article.paragraphs[at - 1].start
    return start, last.end


def _window(doc, span, first: int, last: int, bounds: tuple[int, int], sentences: Sentences):
    """The indices of the tokens outside the quote, at most _WINDOW either
    side, within bounds (read from the token offsets, no Token made)."""
    offsets = sentences.offsets
    before = range(max(0, first - _WINDOW), first)
    after = range(last + 1, min(len(doc), last + 1 + _WINDOW))
    inside_gaps = [i for a, b in zip(span.pieces, span.pieces[1:])
                   for i in range(sentences.token_at(a[1]), sentences.token_at(b[0]) + 1)]
    for i in list(before) + inside_gaps + list(after):
        at = offsets[i]
        if bounds[0] <= at < bounds[1] and not _within(at, span.pieces) and not in_quote(doc, at, at + 1):
            yield i  # words inside another quotation never name its speaker


def _candidate_tokens(token, sentences: Sentences | None = None):
    """(feature token, naming token) when `token` heads a noun phrase that
    could speak, else None.  "who" names the noun its clause hangs on."""
    lower = token.lower_
    if token.pos_ == "PRON":
        if lower not in _CANDIDATE_PRONOUNS:
            return None
        if lower in ("who", "that"):
            head = token.head
            return (token, head.head) if head.dep_ == "relcl" and head.head.pos_ in ("PROPN", "NOUN") else None
        return token, token
    if token.dep_ in _SKIP_DEPS or _modifies_a_name(token):
        return None
    if token.pos_ not in ("PROPN", "NOUN") and not (token.dep_ in _NAME_DEPS and sentences is not None
                                                    and sentences.person_at(token.idx, token.idx + len(token))):
        return None  # a name the tagger took for a verb ("Trump himself said") still speaks
    if token.ent_iob_ == "I" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        return None  # inside a name: its last word stands for it
    return token, token


def _closing_frame(token, span) -> bool:
    """Whether a name right after a quotation is the subject of a verb that
    ends the sentence ('“Grizzly Adams?” Maddow repeated.', '“...,” Lind
    shot back.'): a frame of two or three words that says who spoke,
    whatever the verb, when the quotation opens the sentence (not '...,
    saying the mayor was “doing the right thing,” CNN reported.')."""
    if token.pos_ != "PROPN" or token.dep_ != "nsubj" or token.head.i <= token.i:
        return False
    verb, doc = token.head, token.doc
    if nlp.text_of(doc)[verb.sent.start_char:span.start].strip(OPEN_MARKS + " \n"):
        return False
    if verb.pos_ != "VERB" or any(doc[k].pos_ != "PROPN" for k in range(token.i + 1, verb.i)):
        return False
    rest = doc[verb.i + 1:verb.sent.end]
    return all(t.is_punct or t.is_space or t.dep_ in ("prt", "advmod") and t.head.i == verb.i for t in rest) \
        and any(t.text in (".", "!", "?") for t in rest)


def _verbs_subject(token) -> bool:
    """Whether a name the parser compounded to a verb with no subject is
    that verb's subject ('“...,” Conway notes.', "notes" read as a verb or,
    ending the sentence, as the plural noun)."""
    head = token.head
    return token.dep_ == "compound" and token.pos_ == "PROPN" and head.i == token.i + 1 \
        and (head.pos_ == "VERB" or head.dep_ == "ROOT" and head.lemma_.lower() in REPORTING) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


_PARTY_LABEL = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")  # "(D-Nev.)", "R-Calif."


def _modifies_a_name(token) -> bool:
    """Whether `token` is a party label ("Harry Reid's office (D-Nev.)",
    "R-Calif.") or a name in brackets after another ("El Mundo (Spain):"),
    which qualifies someone and never speaks."""
    doc = token.doc
    return _bracketed(token) or bool(_PARTY_LABEL.match(token.text)) or token.i >= 2 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].text in ("D", "R", "I") and doc[token.i - 2].whitespace_ == ""


def _bracketed(token) -> bool:
    """Whether `token`'s phrase stands alone in brackets right after a word: "(Spain)"."""
    doc, first, last = token.doc, token.left_edge.i, token.right_edge.i
    while first < token.i and doc[first].is_punct:  # the parser may hang the brackets on the name itself
        first += 1
    while last > token.i and doc[last].is_punct:
        last -= 1
    return first >= 2 and last + 1 < len(doc) and doc[first - 1].text == "(" \
        and doc[last + 1].text.startswith(")") and doc[first - 2].is_alpha


def _side(offset: int, span) -> str:
    if offset < span.start:
        return "before"
    return "after" if offset >= span.end else "between"


def _features(doc, token, names, span, side: str, rank: int, first: int, last: int,
              bounds: tuple[int, int], sentences: Sentences, ancestry: dict[int, str]) -> tuple[str, ...]:
    """The features of one candidate token (see the module docstring)."""
    dep, governor, prep = token.dep_, token.head, ""
    if dep == "pobj":
        prep = governor.lower_
        if prep == "to" and governor.head.lower_ == "according":
            prep = "according_to"
        elif governor.head.dep_ == "agent" or governor.dep_ == "agent":
            prep = "by_agent"
        governor = governor.head
        if governor.lower_ == "according":
            governor = governor.head
    if token.lower_ in ("who", "that"):
        dep = "relcl_" + dep
    if dep == "nsubjpass" and _has_read_as_is(governor):
        dep = "nsubj"  # "he's insisted that ...": "has", the parser reading "is", a passive
    cue = _cue_lemma(_saying(governor))
    reporting = "rep" if cue in REPORTING else "norep"
    kind = "pron" if token.pos_ == "PRON" else (names.ent_type_ or "noent")
    known = "person" if sentences.person_at(names.idx, names.idx + len(names)) else "other"
    pos = token.pos_ if token.pos_ in ("PROPN", "NOUN", "PRON") or known == "other" else "PROPN"
    distance = abs(_distance(token.idx, span))
    sentence = "same" if first <= token.i <= last or sentences.at(token.i).start in (
        sentences.at(first).start, sentences.at(last).start) else "other"
    under = ancestry.get(governor.i, "notunder")
    colon = "colon" if side == "before" and sentences.text[token.idx:span.start].rstrip(OPEN_MARKS + " \n")[-1:] == ":" \
        else "nocolon"
    paragraph = "prevpar" if token.idx < bounds[0] or "\n" in sentences.text[token.idx:span.start] and side == "before" \
        else "samepar"
    role = "role" if is_role_word(names.text) else "norole"
    embedded = "embedded" if governor.dep_ in ("ccomp", "advcl", "xcomp") and governor.head.i != governor.i \
        and governor.head.lemma_.lower() in REPORTING else "main"
    between = sentences.text[span.end:token.idx] if side == "after" and token.idx - span.end < 12 else "x"
    dash = "dash" if between.strip(CLOSE_MARKS + " ,") in _DASHES else "nodash"
    feats = [
        f"dep={dep}", f"pos={pos}", f"kind={kind}", f"known={known}", f"cue={cue}", f"rep={reporting}",
        f"side={side}", f"dist={_bucket(distance)}", f"rank={min(rank, 3)}", f"sent={sentence}", f"under={under}",
        f"colon={colon}", f"par={paragraph}", f"role={role}", f"prep={prep}", f"gpos={governor.pos_}",
        f"dep|side={dep}|{side}", f"dep|rep={dep}|{reporting}", f"dep|rep|side={dep}|{reporting}|{side}",
        f"kind|dep={kind}|{dep}", f"known|dep|rep={known}|{dep}|{reporting}", f"under|dep={under}|{dep}",
        f"rank|side|rep={min(rank, 3)}|{side}|{reporting}", f"par|colon|dep={paragraph}|{colon}|{dep}",
        f"prep|rep={prep}|{reporting}", f"sent|side|dep={sentence}|{side}|{dep}",
        f"dist|side={_bucket(distance)}|{side}", f"dash={dash}", f"dash|kind={dash}|{kind}",
        f"embedded={embedded}", f"embedded|dep={embedded}|{dep}",
    ]
    if pos == "PRON":
        feats += [f"pron={token.lower_}", f"pron|dep={token.lower_}|{dep}"]
    return tuple(feats)


def _has_read_as_is(verb) -> bool:
    """Whether `verb`, a verb of saying in the past participle with a
    clause of its own, is passive only by an "'s" the parser read as "is"
    ("she's maintained that ...", "he's said that ..."): that "'s" is
    "has", and its subject the one who says."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in REPORTING \
        and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
        and any(c.dep_ == "ccomp" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _saying(verb):
    """The verb of saying a frame's verb leads to ("went on to say", "took
    to Twitter to write": "say", "write"), else the verb itself."""
    if verb.lemma_.lower() in REPORTING:
        return verb
    said = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in REPORTING
            and 0 < c.i - verb.i <= 6]
    return said[0] if said else verb


_RETORTS = frozenset("fire shoot hit strike snap push".split())


def _cue_lemma(verb) -> str:
    """The lemma a frame's verb counts as: a verb of striking with "back"
    ("shot back", "fired back", "hit back") is a retort, a verb of saying."""
    return "retort" if _struck_back(verb) is not None else verb.lemma_.lower()


def _struck_back(verb):
    """The "back" of a verb of striking ("shot back"), or None."""
    if verb.lemma_.lower() not in _RETORTS:
        return None
    return next((c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"), None)


def _ancestry(doc, first: int, last: int) -> dict[int, str]:
    """The tokens the quote's first words (and its last) hang under in the
    parse, at most 12 steps up, each with "under", or "via" when the path
    to it passes a verb of saying ('X attacked Y, saying "..."'); the first
    path that reaches a token decides.  Computed once per quote."""
    found: dict[int, str] = {}
    for i in (first, min(first + 1, len(doc) - 1), last):
        node, steps, saying = doc[i], 0, False
        while steps < 12 and node.head.i != node.i:
            node = node.head
            steps += 1
            found.setdefault(node.i, "via" if saying else "under")
            saying = saying or node.lemma_.lower() in REPORTING
    return found


def _previous_features(article: Article, span, previous, sentences: Sentences,
                       others: list[Candidate]) -> tuple[str, ...]:
    """The features of 'the previous quote's speaker goes on speaking'."""
    before = previous[1]
    gap = sentences.text[before.end:span.start] if span.start - before.end < 2000 else "\n\n" * 3
    paragraphs = min(gap.count("\n\n"), 2)
    first, end = sentences.token_at(span.start), sentences.token_at(max(before.end - 1, 0))
    sentences_between = min(3, max(0, bisect_right(sentences.starts, first) - bisect_right(sentences.starts, end)))
    person_between = "person" if sentences.people_between(before.end, span.start) else "noperson"
    opens = "opens" if _opens_paragraph(article, span.start) else "inline"
    short = "short" if len(gap.strip()) < 4 else "long"
    frames = sum("rep=rep" in c.features and ("dep=nsubj" in c.features or "prep=according_to" in c.features)
                 for c in others)
    frame = "frame" if frames else "noframe"
    return ("previous", f"p_par={paragraphs}", f"p_sent={sentences_between}", f"p_between={person_between}",
            f"p_opens={opens}", f"p_gap={short}", f"p_frame={frame}", f"p_frame|par={frame}|{paragraphs}",
            f"p_between|par={person_between}|{paragraphs}", f"p_opens|frame={opens}|{frame}")


def _according_to_first(sent, found) -> Person | None:
    """The person a sentence opens on as its source ("According to Lind,
    the board ..."), when its main subject names no one: whose account the
    sentence is, the one a "he" or "she" after it goes on with."""
    if len(sent) < 3 or sent[0].lower_ != "according" or sent[1].lower_ != "to":
        return None
    return next((person for head, person in found if person is not None and head.head.i == sent[1].i
                 and head.dep_ == "pobj"), None)


def _named_in_the_words(sentences: Sentences, span, name: str) -> bool:
    """Whether the quoted words name `name` by its first or last word as
    one who acts or is acted on ("Lind had a band", "vote for Lind"): a
    speaker rarely names themself so, so a "he" read as that person is in
    doubt.  Not a name that only qualifies a noun ("the Lind campaign"),
    which speakers use of their own side."""
    text = sentences.text
    words = [w for w in strip_name(name).split() if len(w) > 1 and w[:1].isupper() and not w.endswith(".")
             and w.lower() not in GENERATIONS]
    if not words:
        return False
    pattern = re.compile(rf"\b(?:{re.escape(words[0])}|{re.escape(words[-1])})\b")
    return any(not _in_a_quote_within(text, found.start(), a) and _a_participant(sentences, found.start())
               for a, b in span.pieces for found in pattern.finditer(text, a, b))


def _a_participant(sentences: Sentences, at: int) -> bool:
    """Whether the name at offset `at` stands for someone taking part in
    its clause (its subject, object or a preposition's object), not a word
    qualifying a noun ("the Lind campaign") or owning one."""
    token = sentences.doc[sentences.token_at(at)]
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
        token = token.head  # "Ann" of "Ann Lind": the name's last word carries its place
    return token.dep_ in _PARTICIPANT


def _in_a_quote_within(text: str, at: int, start: int) -> bool:
    """Whether offset `at` lies in a quotation set inside the words that
    open at `start` ('“They chanted ‘Vote Lind’ all night”'): others'
    words the speaker repeats, which may name the speaker."""
    inner = max(text.rfind("‘", start, at), text.rfind("''", start, at), _single_opening(text, start, at))
    return inner >= 0 and not _INNER_CLOSE.search(text, inner + 1, at)


def _single_opening(text: str, start: int, at: int) -> int:
    found = [m.start() for m in _SINGLE_OPEN.finditer(text, start, at)]
    return found[-1] if found else -1


_SINGLE_OPEN = re.compile(r"(?<![\w'])'(?=\w)")
_INNER_CLOSE = re.compile(r"[’'](?!\w)")
"""A single mark that closes (no letter after it, unlike "it’s")."""




def _last_named_in_quotes(sentences: Sentences, name: str, before: int) -> bool:
    """Whether the last mention of `name` before offset `before` lies in
    quoted words: the text last spoke of that person through someone
    else's words, so a "he" or "she" that the chain of pronouns carries
    back to them is in doubt."""
    i = bisect_left(sentences.mention_starts, before) - 1
    while i >= 0 and sentences.mentions[i][2].name != name:
        i -= 1
    if i < 0 or not in_quote(sentences.doc, sentences.mentions[i][0], sentences.mentions[i][1]):
        return False
    at = sentences.mentions[i][0]
    around = quotation_around(sentences.doc, at, sentences.mentions[i][1])
    return (around is None or not _in_a_quote_within(sentences.text, at, around[0])) and _a_participant(sentences, at)


_PARTICIPANT = frozenset("nsubj nsubjpass dobj pobj dative attr".split())


def _last_of_the_list(token, names, words: str):
    """For a "who" right after a list of names ('Holt, Marek and Pike, who
    joked, “I ...”'), the list's last name when the quote speaks as one
    person (an "I", no "we"): the one the clause follows.  Else None (a
    list's "who said in a letter, “We ...”" is the list's)."""
    if token is None or token.lower_ != "who" or token.i < 2 or token.doc[token.i - 1].text != ",":
        return None
    last = token.doc[token.i - 2]
    if last.i == names.i or last.pos_ != "PROPN" or names not in (last, *last.ancestors) \
            or not any(t.dep_ == "conj" for t in (last, *last.ancestors) if t.i > names.i) \
            or not _ONE_SPEAKING.search(words) or _MANY_SPEAKING.search(words):
        return None
    return last


_ONE_SPEAKING = re.compile(r"\b(?:I|I['’]\w+|me|my|mine)\b")
_MANY_SPEAKING = re.compile(r"\b(?:we|us|our|ours)\b", re.I)


def _opens_paragraph(article: Article, offset: int) -> bool:
    """Whether only quotation marks stand between its paragraph's start and `offset`."""
    start = article.paragraphs[article.paragraph_at(offset)].start if article.paragraphs else 0
    return offset - start <= 3 and not article.text[start:offset].strip(OPEN_MARKS + " ")


def _bucket(distance: int) -> str:
    for limit in (2, 5, 10, 20, 40, 80):
        if distance <= limit:
            return str(limit)
    return "far"


def _resolve(doc, candidate: Candidate, span, people: tuple[Person, ...], sentences: Sentences, previous) -> Speaker:
    """The winning candidate as a named speaker (or a description)."""
    if candidate.previous:
        speaker = previous[0]
        return Speaker(speaker.name, speaker.role, "continues quote", speaker.distance)
    token, names = candidate.token, candidate.names
    names = _last_of_the_list(token, names, sentences.text[span.start:span.end]) or names
    governor = token.head.head if token.dep_ == "pobj" else \
        _saying_of_the_one_described(token, doc[sentences.token_at(span.start)], span) or token.head
    found = _speaker(doc, names, span.start, people, sentences)
    if names.lower_ in _PRONOUNS and found.name and (_named_in_the_words(sentences, span, found.name)
                                                     or _last_named_in_quotes(sentences, found.name, names.idx)):
        # 'While Lind had a band, no one sings for Berg ... “Lind had a band,” he
        # said': the words speak of the one "he" was read as, so someone else says them
        return Speaker()
    if _a_place_of_a_place(token) and found.name not in {person.name for person in people}:
        found = Speaker()  # "retired in Cambridge, Mass., said": only the person it places may speak
    near = min(_distance(governor.idx, span), _distance(token.idx, span))  # the frame's distance from the quote
    frame = _conjunct_over_quote(doc, span, governor) or _verb_above(governor)
    if (frame.pos_ not in ("VERB", "AUX") or frame.ent_type_) \
            and not (token.dep_ == "pobj" and token.head.head.lower_ == "according"):
        # never a word of the speaker's description, nor a place's name
        # the tagger took for a verb ("Tulsa police Chief ...")
        frame = _frame_of_a_description(doc, span, names)
    cue = _cue_text(frame, token) if frame is not None else None
    says = cue == "according to" or _saying(governor).lemma_.lower() in REPORTING
    if _participle_framing(doc, span, governor) is not None or _the_charge(doc, span, governor):
        # "rebuked Hale in public, accusing him of having “lost another month”": the
        # words are what the participle of saying charges, however far its verb
        says, near = True, 0
    if governor.lemma_.lower() not in REPORTING and found.name is None and names.tag_ == "NNS" \
            and any(c.dep_ == "nummod" for c in names.children):
        return Speaker()  # "pointing out that 98 senators voted": a tally ("three senators said" is one speaker)
    # "Ann Lind and Tom Berg wrote": the words are the pair's; Lind speaks, and her
    # role says with whom, rather than the pair cut to its first name
    role = _jointly(found.role, _named_partners(names, sentences)) if found.name else found.role
    return Speaker(found.name, role, cue, near, says)


def _frame_of_a_description(doc, span, name):
    """The verb that frames the quotation when the parse hangs the
    speaker's name on no verb but on a word of a description ("the head of
    debate at Kell University" or a place before a title): a verb of
    saying right after the name ('... Harbour police Chief Ann Lind said'),
    else the highest verb outside the quotation above it ('Lind, head of
    debate at Kell University, likened him to a coach who is “...”':
    "likened"); None when there is neither."""
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX") and after.lemma_.lower() in REPORTING:
        return after
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    verbs = [v for v in tokens.root.ancestors if v.pos_ == "VERB" and not tokens.start <= v.i < tokens.end]
    return verbs[-1] if verbs else None


def _jointly(role: str | None, partners: list[str]) -> str | None:
    """`role` with the names of those who spoke together with its holder
    ("House Speaker" -> "House Speaker, jointly with Tom Berg"); `role`
    as it is when there are none."""
    if not partners:
        return role
    joint = "jointly with " + " and ".join(partners)
    return f"{role}, {joint}" if role else joint


def _named_partners(names, sentences: Sentences) -> list[str]:
    """The names joined to a speaker's name `names` by "and" as the subject
    of one verb ("Ann Lind and Tom Berg said", "Hale and Omori (7)
    noted"): the people the article names there, else each conjunct's
    words; none when no capitalised name is joined by "and", or the
    joined word belongs to the speaker's own entity (the "Gamble" of
    "Procter and Gamble")."""
    doc = names.doc
    own = {t.i for ent in doc.ents if ent.start <= names.i < ent.end for t in ent} or {names.i}
    conjuncts = [t for t in names.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.i not in own
                 and _joined_to_name(t, names)]
    if not conjuncts or not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in names.subtree):
        return []
    # the conjuncts' words, and a name the parser hung on the speaker's after them
    # ("Ann Lind and party leader Tom Berg", "Berg" read as Lind's apposition)
    joined = conjuncts + [c for c in names.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > conjuncts[0].i]
    last = max(_name_end(t) for t in joined)
    tail = doc[names.i + 1:last + 1]
    speaker = sentences.person_at(names.idx, names.idx + len(names))
    found = [p.name for t in tail if (p := sentences.person_at(t.idx, t.idx + len(t))) and p is not speaker]
    return list(dict.fromkeys(found)) or [noun_phrase(doc, t).text for t in conjuncts]


def _name_end(token) -> int:
    """The index of the last word of the name `token` heads, before any
    clause or phrase on it ("Tom Berg, who chairs the board, ...")."""
    end = token.i
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "prep", "punct", "cc", "conj"):
            break
        end = _name_end(child)
    return end


def _joined_to_name(token, names) -> bool:
    """Whether `token` hangs on `names` through conjuncts alone ("A, B
    and C"), not through a description or a clause."""
    while token.i != names.i:
        if token.dep_ != "conj":
            return False
        token = token.head
    return True


_CONTENT_PATH = frozenset("pcomp pobj prep".split())


def _quotation_top(doc, span):
    """The token the words of the quotation's first piece hang from: its
    root, climbed to the last head inside the piece; None where the piece
    matches no tokens of `doc`."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    node = tokens.root
    while node.head.i != node.i and tokens.start <= node.head.i < tokens.end:
        node = node.head
    return node


def _participle_framing(doc, span, governor):
    """The participle of saying set off by a comma after `governor`'s
    clause, sharing its subject, whose charge the quotation is ("...,
    accusing him of having “lost another month”"), reached from the
    quotation only through a preposition on the participle or its
    object; else None.  (A clause it says, "saying it was “bad”", is left
    to the reported statement, which shows the whole clause.)"""
    node = _quotation_top(doc, span)
    if node is None:
        return None
    through = False
    while node.dep_ in _CONTENT_PATH | {"dobj"}:
        through = through or node.dep_ == "prep"
        node = node.head
    participle = node if through and node.dep_ == "advcl" and node.tag_ == "VBG" else None
    if participle is None or participle.head.i != governor.i or participle.lemma_.lower() not in REPORTING \
            or participle.i == 0 or doc[participle.i - 1].text != "," or not participle_shares_subject(participle):
        return None
    return participle


_CHARGING = frozenset("accuse charge".split())
"""Verbs of saying that lay a charge on someone "of" or "with" a deed
("accused the board of playing the “...”")."""


def _the_charge(doc, span, governor) -> bool:
    """Whether the quotation lies in the charge a verb of accusing
    (`governor`, `_CHARGING`) lays "of" or "with" ("Lind accused the board
    of playing the “money card”"): the accuser's words, however far from
    the verb the charge runs.  Not a charge in the passive ("was accused
    of ..."), which names no accuser."""
    if governor.lemma_.lower() not in _CHARGING or governor.pos_ != "VERB" \
            or not any(c.dep_ == "nsubj" for c in governor.children):
        return False
    node = _quotation_top(doc, span)
    if node is None:
        return False
    while node.dep_ in _CONTENT_PATH | {"dobj"} and node.head.i != governor.i:
        node = node.head
    return node.dep_ == "prep" and node.lower_ in ("of", "with") and node.head.i == governor.i


def _conjunct_over_quote(doc, span, governor):
    """The verb of saying the quotation hangs under when it is a later
    conjunct of `governor` sharing its subject ("Lind slammed Berg for
    ..., but also called the offer “a first step”": "called", not
    "slammed"); else None.  Each quotation takes its own verb, and the
    two may judge oppositely; a verb of the reported clause ("said ...
    but that the levy harms “...”") is no frame."""
    tokens = doc.char_span(span.pieces[0][0], span.pieces[0][1], alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    verbs = [v for v in tokens.root.ancestors if v.pos_ == "VERB" and not tokens.start <= v.i < tokens.end]
    # "bemoaned the unrest and said he thought drugs were a “factor”": the
    # conjunct of saying may hold the quote through its reported clause
    verb = next((v for v in verbs if v.dep_ == "conj" and v.i > governor.i), verbs[0] if verbs else None)
    if verb is None or verb.i == governor.i or verb.dep_ != "conj" or verb.i < governor.i \
            or verb.lemma_.lower() not in REPORTING or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return verb if node.i == governor.i else None


def _saying_of_the_one_described(token, opening, span):
    """For the "who" of a relative clause that says nothing ("Berg, who
    would have to sell his farm to run, said, “...”"), the verb of saying
    the quote (first word `opening`) hangs on, when its subject is the
    one the clause describes or, misparsed, it has none: the frame, never
    the clause's own "would have"; else None."""
    clause = token.head
    if token.lower_ not in ("who", "that") or token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" \
            or _cue_lemma(clause) in REPORTING:
        return None
    verb = next((v for v in opening.ancestors if not _within(v.idx, span.pieces)), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _cue_lemma(verb) not in REPORTING:
        return _saying_of_the_described(clause.head, span)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb if not subjects or subjects[0].i == clause.head.i else None


def _saying_of_the_described(noun, span):
    """The verb of saying, outside the quotation, whose subject is `noun`
    or the name it is set beside ("Ann Lind, a nurse who was there,
    recalled, “...”" when the parser hangs "recalled" under a verb inside
    the quotation); else None."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or _cue_lemma(verb) not in REPORTING \
            or _within(verb.idx, span.pieces) or verb.idx > span.start:
        return None
    return verb


def _verb_above(head):
    """`head` when it is a verb, else the nearest verb it hangs under
    ("Sen. Ann Lind, Democrat of Ohio, asked": the parser may hang the name
    on "Democrat", which is no frame), else `head` itself: the cue is a
    verb, never a word of the speaker's description."""
    node = head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.pos_ in ("VERB", "AUX"):
        return node
    # "Ann Lind, the leader, called it “...”" read as a name with a clause
    # "called ..." after it: that clause's verb of saying is the frame.
    said = [c for c in node.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > node.i
            and c.lemma_.lower() in REPORTING and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return said[0] if said else head


def _cue_text(verb, token) -> str:
    """The frame as written: "said", "was quoted saying", "took to Twitter
    to say", "according to"."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return "according to"
    last = verb
    for _ in range(2):
        if last.lemma_.lower() in REPORTING:
            break
        said = [c for c in last.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB"]
        if not said:
            break
        last = said[0]
    if last.lemma_.lower() not in REPORTING:
        last = verb
    said = [c for c in last.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in REPORTING
            and 0 < c.i - last.i <= 2]
    last = said[0] if said else last  # "was quoted saying"
    last = _struck_back(last) or last  # "shot back"
    # not a contracted auxiliary ("he’s maintained"): cut from its subject it reads "’s maintained"
    first = min([t.i for t in verb.lefts if t.dep_ in ("aux", "auxpass") and not t.text.startswith(("'", "’"))]
                + [verb.i])
    if first < verb.i and _said_as_an_auxiliary(verb.doc[first]):
        # '“...,” said noted biologist X', "said" read as the auxiliary of "noted":
        # the verb of saying is the frame, the word after it the speaker's description
        return verb.doc[first].text
    words = verb.doc[first:last.i + 1]
    # Not a verb inside the quotation ("believes that the rule “continues ...”"): the frame is outside it.
    inside = any(t.text in OPEN_MARKS + CLOSE_MARKS + '"' for t in words)
    if last.i != verb.i and verb.lemma_.lower() not in REPORTING and any(t.text == "," for t in words):
        # "lashed out at Berg, accusing him of ...": a clause of saying set
        # off by a comma is the frame on its own, not the deed before it
        # ("said, adding" stays: both are the frame)
        return last.text
    return words.text if first <= last.i and last.i - first < 8 and not inside else verb.text


_AUXILIARIES = frozenset("be have do will shall would should can could may might must".split())


def _said_as_an_auxiliary(token) -> bool:
    """Whether `token`, parsed as an auxiliary, is a verb of saying that no
    auxiliary can be ("said" of "said noted biologist X")."""
    return token.lemma_.lower() not in _AUXILIARIES and (token.lemma_.lower() in REPORTING or _a_saying_word(token.text))


def _within(offset: int, pieces) -> bool:
    return any(a - 1 <= offset < b + 1 for a, b in pieces)


def _distance(offset: int, span) -> int:
    return span.start - offset if offset < span.start else max(0, offset - span.end)


def _speaker(doc, head, before: int, people: tuple[Person, ...], sentences: Sentences) -> Speaker:
    """A candidate token as a speaker: a person, an organization, or a description."""
    if head.lower_ in _PRONOUNS:
        person = sentences.antecedent(head, head.idx if head.idx < before else before)
        return Speaker(person.name, person.role) if person else Speaker()
    if head.pos_ == "PRON" or head.dep_ in ("acomp", "amod"):
        return Speaker()  # "most of the refugees are Muslim": a group's adjective is no one
    if head.like_num or head.lower_ in ("percent", "%", "percentage"):
        return Speaker()  # "Mr. Lind - 60 percent of voters said": a share of people, no one named
    if _one_of_a_name(head):
        return Speaker()  # "said the younger Mr. Lind": another Lind than the one the name stands for, or unsure
    author = _document_author(head)
    if author is not None:  # "said the statement from his lawyer, Sara Quill": Quill's words
        found = _speaker(doc, author, before, people, sentences)
        if found.name or found.role:  # "a statement from Lind's office": the office, described
            return found
    owner = _appositive_owner(head, sentences)
    if owner is not None:  # "Kugelman, the Deputy Director of the Asia Program": the program is his description
        return Speaker(owner.name, owner.role)
    if head.ent_type_ != "PERSON" and description_holder(head, _a_name, steps=8, links=_DESCRIPTION_LINKS):
        return Speaker()  # the same of a name we could not place: the body is only what they lead
    phrase = noun_phrase(doc, head)
    named = [c for c in head.children if c.dep_ == "appos" and sentences.person_at(c.idx, c.idx + len(c))] \
        or _named_after_whom_served(head, sentences)
    if named and head.pos_ == "NOUN":  # "her rival, councillor Dan Hewitt, said"
        head, phrase = named[0], noun_phrase(doc, named[0])
    titled = _office_holder(head, sentences)
    if titled is not None:  # "Speaker of the House Rep. Paul Ryan (R-WI) said"
        head, phrase = titled, noun_phrase(doc, titled)
    owned = _owned_by_name(head, sentences)  # "a senior Cruz adviser", "Stone's attorney": not Cruz, not Stone
    if _a_named_thing(head, sentences) or _a_record(head, sentences):
        # "said the printed Ortiz slate card": the card's words, not Ortiz's;
        # "according to Lind's Facebook page": what a record of her shows
        return Speaker(None, phrase.text)
    person = sentences.person_at(head.idx, head.idx + len(head)) or (None if owned else (
        sentences.person_named(phrase.text) or sentences.person_at(phrase.start_char, phrase.end_char)
        or sentences.shared_surnames_thread(head)))
    if person is not None and _another_of_the_name(head, person, sentences):
        return Speaker()  # "Lind said as he introduced his wife": not the Lind who is "she"
    if person is not None:
        return Speaker(person.name, person.role or _description(phrase, person))
    if head.dep_ == "pobj" and head.is_title and head.head.lower_ == "of" and head.head.head.pos_ == "PROPN":
        # A word inside the name of a place or body ("outside the Royal Courts
        # of Justice", "Secretary of Defense Leon Panetta") is no one.
        return Speaker()
    body = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.ent_type_ in ("ORG", "GPE")]
    if body and head.pos_ == "NOUN" and not owned:  # "The Israeli newspaper Haaretz noted": the paper
        head = body[0]
    named = [doc[head.i].ent_type_] if doc[head.i].ent_type_ in _NAMED else []
    if named == ["NORP"] and head.tag_ in ("NNP", "NN") and any(c.dep_ in ("det", "poss") for c in head.children):
        # "the Republican said", "the council's top Republican said": one
        # member of a group, described, not named
        chosen = None if owned else sentences.described(phrase.text, before)
        return Speaker(chosen.name, chosen.role) if chosen is not None else Speaker(None, phrase.text)
    part = _part_of_a_group(head) if named == ["NORP"] else None
    if part is not None:  # "several leading Republicans said": some of the party, not the party
        return Speaker(part, None)
    if named and not is_role_word(head.text):
        entity = next((e for e in doc[max(0, head.i - 8):head.i + 1].ents if e.start <= head.i < e.end), None)
        if entity is not None and entity.label_ != "PERSON" and head.pos_ == "PROPN" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return Speaker()  # "a Bureau of Mines chemist testified": someone of the body, misparsed, not the body
        if entity is not None:
            words = _with_proper_compounds(entity)
            bare = _bare_name(words.text)
            # A body's name keeps its capitalised words ("the Kelso County
            # Fire Department": no title before a person's name) and its
            # "of the Mint" the recogniser left out.
            return Speaker(bare if entity.label_ == "PERSON" or looks_like_person(bare)
                           else _without_article(_with_its_of(words, head).text), None)
    inner = _titled_person(head, sentences)
    if inner is not None:  # "Match of the Day presenter Gary Lineker said"
        return Speaker(inner.name, inner.role)
    # A lone capitalised word the article also writes in lower case ("Match
    # of the Day ... said"; "another match") is a common noun, no name; so is
    # one the tagger left untagged that is capitalised for its place.
    bare = _bare_name(phrase.text)
    if head.pos_ == "PROPN" and looks_like_person(bare) and not is_role_word(bare) \
            and not (len(bare.split()) == 1 and (common_noun(doc, head) or _capitalised_for_its_place(head))):
        return Speaker(bare, None)  # never a title alone ("the President-elect said"): that is a description
    # "the president": the President, not the Vice President; "a spokeswoman
    # for Hillary Clinton": only someone whose role names her too.
    # "a spokesman said": someone the article has not named (an indefinite
    # article brings in a new one), never the spokesman named before.
    whose = _with_whom(doc, head, phrase)
    chosen = None if owned or _indefinite(head) else (
        sentences.described_near(head, whose.text, before) or _party_member_named_before(head, whose, before, sentences))
    if chosen is not None:
        return Speaker(chosen.name, chosen.role)
    if not _names_speakers(head):
        return Speaker()
    named = None if owned or not is_role_word(head.text) else sentences.named_just_before(head)
    if named is not None:  # "Ann Lind spoke first. The former mayor said ...": Lind
        return Speaker(named.name, _without_article(whose.text))
    return Speaker(None, _first_told(doc, head) or whose.text)


def _named_after_whom_served(head, sentences: Sentences) -> list:
    """For a noun of one who speaks for another ("a spokeswoman for Ms.
    Varga, Lena Ostrowski, said"), the name set off by commas after the
    served person's own name, which the parser hangs on that name: one
    name takes no other in apposition, so it names the spokeswoman.  A
    list with that token, else empty ("an aide to the governor, Piet
    Brandsma": the governor may be Brandsma, so no one is chosen here)."""
    if head.lemma_.lower() not in _SPEAKS_FOR:
        return []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")):
        for served in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            whom = sentences.person_at(served.idx, served.idx + len(served))
            names = [c for c in served.children if c.dep_ == "appos" and c.i > served.i
                     and c.doc[c.left_edge.i - 1].text == ","]
            found = [c for c in names if sentences.person_at(c.idx, c.idx + len(c)) not in (None, whom)]
            if whom is not None and found:
                return found[:1]
    return []


_PARTY_WORDS = frozenset("""democratic democrat republican gop labour labor conservative tory liberal
socialist green""".split())
"""Words for a party before an office ("the Republican senator"); not a
nation ("the Russian minister" may be another than the one named)."""


def _party_member_named_before(head, whose, before: int, sentences: Sentences) -> Person | None:
    """For "the Republican senator" (a party's name before an office), the
    person the sentence before is about when the office, party left
    aside, fits one of their roles ("Sen. Karl Olsen said ...", then "the
    Republican senator said"): roles seldom name a party, and news names
    someone, then describes them, even among several senators.  None when
    no party word is there, or the role does not fit."""
    party = [c for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in _PARTY_WORDS and c.i < head.i]
    if not party:
        return None
    description = " ".join(t.text for t in whose if t.i not in {c.i for c in party})
    topic = sentences._topic_before(before)
    roles = (topic.role, *(r.text for r in topic.roles)) if topic is not None else ()
    return topic if any(r and role_fits(description, r) for r in roles) else None


def _first_told(doc, head) -> str | None:
    """For a description with "the" ("the aide said"), the words of the
    last earlier mention with "a"/"an" of the same noun, which says who it
    is ("An aide to the Finance Committee, who asked not to be named"):
    "an aide to the Finance Committee", not a bare "the aide" that means
    nothing out of the article ("A Velt spokesperson said ..." after "a
    spokesperson for Lind": "the spokesperson" is Velt's).  None when
    there is no such mention."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    told = [t for t in doc[:head.i] if t.pos_ == "NOUN" and t.lemma_ == head.lemma_
            and t.tag_ == head.tag_ and _indefinite(t) and not in_quote(doc, t.idx, t.idx + 1)]
    if not told:
        return None
    words = _told_whole(doc, told[-1])  # "the spokesperson": the one brought in last, not one before
    if words is None or len(words.split()) < 3:
        return None  # "a statement": no more than "the statement" says
    return words[:1].lower() + words[1:] if words.split()[0] in ("A", "An") else words


_TOLD_WORDS = 12


def _told_whole(doc, noun) -> str | None:
    """The words of `noun`'s phrase up to the end of its "for"/"of"/"to"
    ("An aide to the Democratic-led Budget Committee"), never its clause
    after a comma; None when that runs past `_TOLD_WORDS` words (cut
    anywhere else, it could name another than the one it is)."""
    phrase = noun_phrase(doc, noun)
    end = noun.i
    while True:  # "a spokesman for the Department of Justice": each "for"/"of"/"to" on to its object
        prep = next((c for c in doc[end].children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")
                     and c.i == end + 1), None)
        objects = [c.i for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
        if not objects:
            break
        end = objects[0]
    if end - phrase.start + 1 > _TOLD_WORDS or any(t.text == "," for t in doc[noun.i:end + 1]):
        return None
    return doc[phrase.start:end + 1].text


_DOCUMENTS = frozenset("statement letter release memo memorandum email e-mail message note".split())
_WRITINGS = _DOCUMENTS | frozenset("""report resolution motion draft ruling judgment judgement verdict order
bill document filing complaint lawsuit petition indictment study survey review audit proposal""".split())
"""Nouns for a piece of writing that says what it holds (general English):
what "it" may stand for as the subject of a verb of saying."""


_ISSUING = frozenset("issue release publish send circulate post distribute".split())


def _issuer(document):
    """The subject of the verb of issuing that `document` is the object of
    ("The board issued a statement", "Lind's office released a letter"):
    who the document is from; else None."""
    verb = document.head
    if document.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _ISSUING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _issued_by(doc, issuer, span, people: tuple[Person, ...], sentences: Sentences) -> Speaker:
    """The speaker of a quotation from a document `issuer` put out: a
    person or a body named, or, for several joined by "and" ("the board
    and Lind's office"), all of them together as the description."""
    verb = issuer.head
    if any(c.dep_ == "conj" for c in issuer.children):
        return Speaker(None, doc[issuer.left_edge.i:issuer.right_edge.i + 1].text, verb.text,
                       _distance(verb.idx, span))
    named = _speaker(doc, issuer, span.start, people, sentences)
    return Speaker(named.name, named.role, verb.text, _distance(verb.idx, span)) \
        if named.name or named.role else Speaker()


def _document_author(head):
    """The token naming who a document is from when `head` is a document
    noun ("the statement from his lawyer, Sara Quill", then "the statement
    said" after it): its own "from ..." object, else, for "the statement"
    alone, the one who told something in the last such document before it,
    else the author of the one earlier same document the text gives one;
    else None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _DOCUMENTS:
        return None
    own = _from_whom(head)
    if own is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return own
    mentions = [t for t in head.doc[:head.i] if t.lemma_ == head.lemma_ and t.pos_ == "NOUN"]
    writer = _writer_in(mentions[-1]) if mentions else None
    if writer is not None:  # "In a letter, Holt told ...", then "The letter said": the last letter told of
        return writer
    earlier = {_from_whom(t) for t in mentions} - {None}
    return earlier.pop() if len({t.lower_ for t in earlier}) == 1 else None


_BOOKS = frozenset("book memoir autobiography diary".split())
"""Nouns of general English for a book written by one person, who is the
one speaking in it."""
_AUTHORING = frozenset("write pen author publish".split())


def _book_author(thing, sentences: Sentences) -> Person | None:
    """The person who wrote the book that "the book" (`thing`, framing a
    quotation) stands for: the author the text gives for the last book
    named before it ("Lind wrote a memoir about her years in office",
    "Lind's memoir", "a book by Lind"); else None (a book no one is
    named for, or one a pronoun owns)."""
    if thing.lemma_.lower() not in _BOOKS or not any(c.dep_ == "det" and c.lower_ == "the" for c in thing.children):
        return None
    earlier = [t for t in thing.doc[max(0, thing.i - _BOOK_REACH):thing.i]
               if t.pos_ == "NOUN" and t.lemma_.lower() in _BOOKS]
    if not earlier:
        return None
    work = earlier[-1]
    owners = [c for c in work.children if c.dep_ == "poss"] \
        + [o for p in work.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if work.dep_ == "dobj" and work.head.lemma_.lower() in _AUTHORING:
        owners += [c for c in work.head.children if c.dep_ == "nsubj"]
    owner = next((o for o in owners if o.pos_ == "PROPN"), None)
    return sentences.person_at(owner.idx, owner.idx + len(owner)) if owner is not None else None


_BOOK_REACH = 400  # tokens back to the book "the book" stands for


def _writer_in(noun):
    """The subject of the verb of saying that `noun`, a document, is the
    "in" of ("In a letter sent in May, Karin Holt told ...": Holt wrote
    it) when that subject is a person's name; else None."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)


def _from_whom(noun):
    """The object of `noun`'s "from", or of its appositive name ("from his
    lawyer, Sara Quill": Quill), when it is a person's name or a noun for a
    person; else None."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = [c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if named:
                return named[0]
            if obj.ent_type_ == "PERSON" or _a_person_noun(obj) or obj.lemma_.lower() in _BODIES:
                return obj
    return None


def _another_of_the_name(head, person: Person, sentences: Sentences) -> bool:
    """Whether a bare surname (`head`) is the subject of a verb whose clause
    of time or manner has a "he" or "she" of the other sex than `person`
    for its subject ("Lind said as he introduced his wife", Lind being
    Ann Lind): that pronoun is the subject, someone else who bears the name."""
    sex = sentences.sexes.get(id(person))
    if sex is None or head.dep_ != "nsubj" or any(c.i < head.i for c in head.children):
        return False  # "Mrs. Lind said as he ...": she is named, "he" is another
    return any(pronoun.dep_ == "nsubj" and PRONOUN_SEX.get(pronoun.lower_, sex) != sex
               for clause in head.head.children if clause.dep_ == "advcl" and clause.i > head.i
               for pronoun in clause.children)


def _one_of_a_name(head) -> bool:
    """Whether the name `head` is set against others who bear it by a
    comparative or superlative ("the younger Mr. Lind", "the elder Berg",
    "the eldest Ms. Dunn"): one of a family, not the one the name alone
    stands for."""
    return head.pos_ == "PROPN" and any(c.dep_ == "amod" and c.tag_ in ("JJR", "JJS") for c in head.children)


def _indefinite(head) -> bool:
    """Whether the noun `head` has "a" or "an" for its determiner."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney counsel assistant".split())
"""Roles held for someone else: "Spokesman of President X" is not X."""


def _office_holder(head, sentences: Sentences):
    """The name an office title ends on, when the parser made the title the
    subject ("Speaker of the House Rep. Paul Ryan (R-WI) said": Ryan):
    a capitalised role word whose "of" phrase ends on a person named right
    after a capitalised word; else None ("the spokesman of President X" is
    someone else).  A "for" phrase counts when the name follows the
    office's field, not a title of its own ("Secretary for Harbour Safety
    Ann Lind": Lind; not "Chief of Staff for Senator Lind", who is served)."""
    if not (head.is_title and is_role_word(head.text)) or head.lower_ in _SPEAKS_FOR:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        last, doc = prep.right_edge, head.doc
        if last.text == ")":  # "(R-WI)": a party label after the name
            opening = next((t.i for t in reversed(doc[prep.i:last.i]) if t.text == "("), None)
            last = doc[opening - 1] if opening is not None and opening > prep.i + 1 else last
        if last.ent_type_ != "PERSON" or sentences.person_at(last.idx, last.idx + len(last)) is None:
            continue
        first = last
        while first.i > 0 and first.doc[first.i - 1].ent_type_ == "PERSON":
            first = first.doc[first.i - 1]
        field = first.doc[first.i - 1]
        if first.i > prep.i + 1 and field.is_title and (prep.lower_ == "of" or not is_title_word(field.text)):
            return last
    return None


def _with_proper_compounds(entity):
    """`entity` with the capitalised proper nouns compounded right before
    it ("POLITICO Florida reported": the outlet, not the state)."""
    start = entity.start
    while start > 0 and entity.doc[start - 1].pos_ == "PROPN" and entity.doc[start - 1].dep_ == "compound" \
            and entity.doc[start - 1].head.i in range(start, entity.end) and entity.doc[start - 1].text[:1].isupper():
        start -= 1
    return entity.doc[start:entity.end]


def _with_its_of(words, head):
    """`words`, a body's name ending on its head noun `head`, with the "of
    (the) Proper Noun" that follows it ("the U.S. Bureau" + "of the
    Mint"), when the head takes one; else `words` as they are."""
    doc = head.doc
    if words.end != head.i + 1:
        return words
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None or body.pos_ != "PROPN" or not body.text[:1].isupper() \
            or any(not (t.pos_ in ("PROPN", "DET") or t.dep_ == "compound") for t in doc[of.i + 1:body.i + 1]):
        return words
    return doc[words.start:body.i + 1]


def _owned_by_name(head, sentences: Sentences) -> bool:
    """Whether `head` is a person noun with a person for its possessor
    ("Velt's critics", "Mr. Velt's spokesman"): those it names are
    someone's, not that person; so are those of a plural ("Velt's associates").
    What a person owns that is no person ("Mr. Braley's apology", "Tempia's
    ruling") says their words.  So is one a
    name qualifies ("a senior Cruz adviser", "a Velt spokesman"), and so
    is a body ("the Obama administration", "Mr. Velt's campaign"), and
    a name set after such a noun ("Velt spokesman Sam Orr")."""
    def owner(c) -> bool:
        if c.dep_ == "compound":
            return True  # a person's name, however tagged ("Lind" of "a senior Lind adviser" as an adjective)
        # "Lind's aides", and "Rivers’ aides": an -s name's possessive is the apostrophe alone (however parsed)
        return c.dep_ in ("poss", "nmod") and c.i + 1 < len(c.doc) and c.nbor(1).lower_ in _POSSESSIVE_ENDINGS

    def qualified(c) -> bool:  # "an Abraham Lincoln impersonator", "a Sanders supporter": the -er, not the name
        return c.dep_ == "compound" and head.lemma_.lower().endswith(_AGENT_ENDS) and len(head.text) > 4

    def named(c) -> bool:  # a person's name, or a body a name qualifies ("a Velt administration official")
        return sentences.person_at(c.idx, c.idx + len(c)) is not None or c.dep_ == "compound" and \
            c.lemma_.lower() in _BODIES and any(g.dep_ == "compound" and named(g) for g in c.children)

    if head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and _a_person_noun(c)
                                    and _owned_by_name(c, sentences) for c in head.children):
        return True  # "Velt spokesman Sam Orr": the name after the role is the speaker's, not Velt's
    # A plural a person owns ("Lind's associates insist ...") is the people around them, or things said of
    # them, never that person speaking; a thing of theirs in the singular ("Lind's letter") carries their words.
    return head.pos_ == "NOUN" and any(
        (owner(c) and (_a_person_noun(head) or head.lemma_.lower() in _BODIES or head.tag_ == "NNS")
         or qualified(c)) and named(c)
        for c in head.children)


def _a_named_thing(head, sentences: Sentences) -> bool:
    """Whether `head` is a thing a person's name only qualifies ("the new
    Ortiz ad", "the Ortiz slate card"): a common noun for no person or body,
    with a name compounded to it and not owning it ("Ortiz's statement" is
    hers)."""
    return head.pos_ == "NOUN" and not _a_person_noun(head) and head.lemma_.lower() not in _BODIES \
        and sentences.person_at(head.idx, head.idx + len(head)) is None \
        and any(c.dep_ == "compound" and sentences.person_at(c.idx, c.idx + len(c)) is not None
                for c in head.children)


def _a_record(head, sentences: Sentences) -> bool:
    """Whether `head` is a common noun for a record of a person the article
    names, and theirs ("Lind's Facebook page", "her profile"): what it
    shows of them, not their words."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in _RECORDS and any(
        c.dep_ == "poss" and (c.lower_ in ("his", "her") or sentences.person_at(c.idx, c.idx + len(c)))
        for c in head.children)


_RECORDS = frozenset("page profile website site record file biography bio resume résumé obituary".split())
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")  # "Lind's", and an -s name's bare apostrophe: "Rivers’"
_AGENT_ENDS = ("er", "or", "ist")
"""Endings of nouns for one who does something ("impersonator",
"supporter", "lobbyist"): a name before one qualifies it, never speaks."""


_BODIES = frozenset("administration campaign government team camp family foundation office staff".split())
"""Nouns for a body of people a person leads or belongs to: "the Obama
administration says" is the administration's word, not Obama's."""


def _a_person_noun(token) -> bool:
    """A role ("attorney", "spokesman") or another noun for people ("critics", "neighbours")."""
    lemma = token.lemma_.lower()
    return is_role_word(token.text) or lemma in _PEOPLE_NOUNS or lemma in _SPEAKING_PEOPLE


def _appositive_owner(token, sentences: Sentences) -> Person | None:
    """The person whose appositive holds `token` ("Jane Doe, the director
    of the Program": "director", "Program" -> Jane Doe), or None."""
    def placed(t):
        return sentences.person_at(t.idx, t.idx + len(t))

    holder = description_holder(token, lambda t: placed(t) is not None, steps=8, links=_DESCRIPTION_LINKS)
    return placed(holder) if holder is not None and not placed(token) else None


def _a_name(token) -> bool:
    """Whether `token` heads a person's name by the tagger, itself or a
    word compounded to it ("Stefan" of a surname it could not read)."""
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "") and any(t.ent_type_ == "PERSON" for t in words)


_DESCRIPTION_LINKS = DESCRIBING + ("relcl", "attr", "dobj")
"""The links of an appositive, and of a relative clause in it ("Geoffrey
Garin, a pollster who is a strategist for Priorities USA": the group is
his description, not who speaks)."""


def _titled_person(head, sentences: Sentences) -> Person | None:
    """The one person set in apposition to a subject that is no person, or
    inside its "of" phrase: "Match of the Day presenter Gary Lineker" (the
    parser makes "Match" the subject, the programme's title holding the
    name), or None."""
    if head.pos_ != "PROPN" or sentences.person_at(head.idx, head.idx + len(head)):
        return None
    inside = [t for child in head.children if child.dep_ == "prep" and child.lower_ == "of" for t in child.subtree]
    found = {sentences.person_at(t.idx, t.idx + len(t)) for t in [*head.children, *inside] if t.dep_ == "appos"}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _names_speakers(head) -> bool:
    """A description that can speak: "a ministry spokesperson", "officials",
    "critics", not "the article" or "the visit"."""
    return is_role_word(head.text) or any(is_role_word(part) for part in _hyphenated(head).split("-")) \
        or head.lemma_.lower() in _SPEAKING_NOUNS


def _hyphenated(token) -> str:
    """`token` with the words a hyphen joins it to before it, as written:
    "President-elect" for "elect" (the tagger splits it in three); a
    description speaks when one of its parts is a role ("governor-elect",
    "ex-minister")."""
    i = token.i
    while i >= 2 and token.doc[i - 1].text == "-" and not token.doc[i - 1].whitespace_ \
            and not token.doc[i - 2].whitespace_:
        i -= 2
    return token.doc[i:token.i + 1].text


_CLAUSE_DEPS = frozenset("ccomp csubj advcl parataxis nsubj nsubjpass mark".split())


def noun_phrase(doc, head):
    """The candidate's words up to its head: "the Russian foreign minister"
    without the clause after it (at most 8 words), nor a clause the parser
    hung before it ('“... Lind can't,” the email read', with "read" taken for
    a noun: "the email read")."""
    start = max(head.left_edge.i, head.i - 8)
    clauses = [c.right_edge.i + 1 for c in head.lefts if c.dep_ in _CLAUSE_DEPS]
    if clauses and max(clauses) > start:
        start = max(clauses)
        while start < head.i and (doc[start].is_punct or doc[start].is_space):
            start += 1
    return doc[start:head.i + 1]


def _with_whom(doc, head, phrase):
    """`phrase` run on through a "for", "of" or "to" after its head that
    names a person or a body ("a spokeswoman for Hillary Clinton", "a
    spokesman for the Water Board"): whom the description works for is
    part of it.  A long phrase is cut after the first name in it ("the mayor
    of Lyon, France, near the Alps": "the mayor of Lyon"), never dropped:
    the mayor of another place is someone else than the one mayor named."""
    for child in head.children:
        kinds = {t.ent_type_ for t in child.subtree}
        if child.dep_ != "prep" or child.lower_ not in ("for", "of", "to") or not kinds & _WHOM:
            continue
        if "PERSON" in kinds or child.right_edge.i - child.i < 8:
            return doc[phrase.start:child.right_edge.i + 1]
        first = next(t for t in child.subtree if t.ent_type_ in _WHOM)
        end = first.i
        while end + 1 <= child.right_edge.i and doc[end + 1].ent_iob_ == "I":
            end += 1
        return doc[phrase.start:end + 1]
    return _with_a_bare_of(doc, head, phrase)


_WHOM = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _with_a_bare_of(doc, head, phrase):
    """`phrase` run on through an "of" right after its head and the bare
    common noun it takes ("small groups of marchers", "the former minister
    of finance"): without it the description names a part of no whole;
    not an "of" with an article or owner ("the head of the board"), which
    `_with_whom` reads when it names someone."""
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is None or after.dep_ != "prep" or after.lower_ != "of" or after.head.i != head.i:
        return phrase
    noun = next((c for c in after.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ not in ("NN", "NNS") or noun.i - after.i > 2 \
            or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return phrase
    return doc[phrase.start:noun.i + 1]


def _part_of_a_group(head) -> str | None:
    """The words that make plural group `head` a part of it ("several
    leading Republicans", "some House Democrats"), from its first modifier
    on, a sentence's capital lowered; None when nothing narrows it ("the
    Republicans", "Republicans")."""
    if head.tag_ not in ("NNPS", "NNS"):
        return None
    mods = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "det", "nummod", "compound")]
    if not any(c.dep_ != "compound" and c.lower_ not in ("the", "these", "those") for c in mods):
        return None
    words = head.doc[min(c.left_edge.i for c in mods):head.i + 1]
    first = words[0]
    opening = first.lower_ if first.pos_ != "PROPN" and first.is_sent_start else first.text
    return " ".join([opening] + [t.text for t in words[1:]])


def _bare_name(text: str) -> str:
    """A name without article, title or brackets: "Councillor Petra Novak" -> "Petra Novak"."""
    title, name = split_title(strip_name(_without_article(text)))
    return name or _without_article(text)


def _without_article(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() in ("the", "a", "an") else text


def _description(phrase, person: Person) -> str | None:
    """The words of the subject before the name: "NAACP President", "lord
    chief justice", "neighbour": words holding a role, or ending on a
    common noun that no one's name owns and no "this" points at.  None
    for a courtesy title, a given name or a quantifier alone ("Mr.", "Liz",
    "both Mrs."), "more congenial", "This photo", "Mr. Trump's adoring fans"."""
    names = {fold(x) for x in person.name.split()}
    words = [w for w in phrase.text.split() if fold(w) not in names and w.strip(CLOSE_MARKS + OPEN_MARKS)]
    if not (any(is_role_word(w) or _office_title(w) for w in words) or _common_noun_phrase(phrase, names)):
        return None
    return _without_article(" ".join(words)) or None


def _office_title(word: str) -> bool:
    """A title of office or calling ("Rev.", "Prof", "Insp.", "Sen"), not
    a courtesy title ("Mr.", "Ms."), which says nothing of what one does."""
    return is_title_word(word) and word.rstrip(".").lower() not in COURTESY


def _common_noun_phrase(phrase, names: set[str]) -> bool:
    """Whether `phrase`, its name's words left out, ends on a lower-case
    common noun with no possessive and no "this" or "that" before it."""
    tokens = [t for t in phrase if fold(t.text) not in names]
    return bool(tokens) and tokens[-1].pos_ == "NOUN" and tokens[-1].is_lower and not any(
        t.dep_ == "poss" or t.tag_ == "POS" or t.lower_ in ("this", "that", "these", "those") for t in tokens)


def _person_named(people, text: str) -> Person | None:
    """The one person whose surname ends `text` ("Mr. Lavrov")."""
    matches = [p for p in people if surname(p.name) == surname(text)]
    return matches[0] if len(matches) == 1 else None


def speaker_name(name: str, people: tuple[Person, ...]) -> str:
    """A signature's name as the article's person ("Michael Kugelman")."""
    person = _person_named(people, name)
    return person.name if person else name

"""What the brief is based on: articles, skipped inputs and agreements in,
the scope and sourcing note (`Scope`) out.

It counts the sources, names their outlets and authors, gives the range of
their stated dates and the date the information is as of (the newest stated
date; when no source states one, the latest date any source reports, said
to be the earliest the sources were written), lists undated and skipped
sources, and says how many of the brief's main claims no other source words alike, which sources repeat
another's text (`reprints`: one source, counted once), which share
little with the others (`apart`: perhaps on another subject), and which
break off mid-sentence at their end (excerpts: what they leave out is not
in the brief).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from typing import Sequence

from ..models import Agreement, Article, DateAnchor, Digest, Scope, Skipped
from ..clean.metadata import name_site
from ..language.labels import human_date, outlet_name
from ..distill import sentences
from . import agreements as agreeing, relative, reprints, summary

LISTED = 8   # outlets or authors named at most; the rest are counted
APART = 0.25  # share of the others' least likeness to each other below which a source shares little with them
"""On the devset stories of three or more sources, one source falls below a
quarter (a photo-caption gallery among reports of one event, 0.19); the
next lowest, a page of video links, stands at 0.32 and a short report on
the story's subject at 0.34."""
FEW = 12      # sources at most for that test: a larger corpus may hold many subjects by design


def site_outlets(digests: Sequence[Digest]) -> tuple[Digest, ...]:
    """`digests`, an article with no outlet given the one another article
    of its site names (`name_site`: two "vp-news_<date>_..." files are one
    site's), when that site's articles name one outlet only and none as a
    wire's ("Valley Times (AP)": the agency is that report's alone)."""
    named: dict[str, set[str]] = {}
    for digest in digests:
        site = name_site(digest.article.source_path)
        if site and digest.article.outlet:
            named.setdefault(site, set()).add(digest.article.outlet)
    shared = {site: outlets.pop() for site, outlets in named.items() if len(outlets) == 1}
    return tuple(replace(d, article=replace(d.article, outlet=shared[site]))
                 if not d.article.outlet and (site := name_site(d.article.source_path)) in shared
                 and "(" not in shared[site] else d for d in digests)


def find_scope(digests: Sequence[Digest], skipped: Sequence[Skipped] = (),
               agreements: Sequence[Agreement] = (), copies: dict[str, str] | None = None,
               unrelated: Sequence[int] | None = None, copied: frozenset[tuple[int, int]] | None = None) -> Scope:
    """The scope of a brief built from the articles of `digests` (an
    undated one is bounded by its digest's `anchor`); `copies`: each
    reprint's first edition (`reprints.first_editions`; found again when None);
    `copied`: the pairs of articles that share a passage word for word
    (`reprints.shared_copy`, by digest index; found again when None);
    `unrelated`: the indices of the articles on another subject (`apart`;
    found again when None)."""
    if copies is None:
        copies = reprints.first_editions(digests)
    articles = [d.article for d in digests]
    anchors = {d.article.id: d.anchor for d in digests}
    numbers = {a.id: n for n, a in enumerate(articles, 1)}
    dated = sorted(a.published[:10] for a in articles if _stated(a))
    undated = tuple(f"S{numbers[a.id]}" for a in articles if not a.published)
    approximate = tuple(f"S{numbers[a.id]}" for a in articles if a.published and a.date_note)
    own = [_bound(anchors[a.id]) for a in articles if not _stated(a)]
    bounds = [b for b in own if b]
    as_of, bounded = (dated[-1], False) if dated else ((max(bounds), True) if bounds else (None, False))
    if dated and bounds and max(bounds) > dated[-1]:
        as_of, bounded = max(bounds), True
    scope = Scope(sources=len(articles), outlets=_distinct(a.outlet for a in articles),
                  authors=_distinct(a.author for a in articles),
                  authored=sum(bool(a.author and a.author.strip()) for a in articles),
                  with_outlet=sum(bool(a.outlet and a.outlet.strip()) for a in articles),
                  earliest=dated[0] if dated else None, latest=dated[-1] if dated else None,
                  information_as_of=as_of, as_of_bounded=bounded,
                  as_of_every=bounded and _every(own, as_of), undated=undated, approximately_dated=approximate,
                  skipped=tuple(f"{s.path} ({s.reason})" for s in skipped),
                  claims=len(agreements), single_source_claims=sum(not a.corroborated for a in agreements),
                  reprints=tuple(f"S{numbers[copy]} repeats S{numbers[first]}"
                                 for copy, first in copies.items()))
    relayed = [(f"S{numbers[a]}", name) for a, name in agreeing.relayed_claims(agreements, digests)]
    shared = _sharing(reprints.shared_copy(digests) if copied is None else copied, digests, copies)
    return Scope(**{**_fields(scope), "text": describe(scope, tuple(f"S{n + 1}" for n in (
        apart(digests) if unrelated is None else unrelated)), relayed, _relative_dates(digests), shared)
                                    + _excerpts(digests) + _opinion(articles)})


def _sharing(copied: frozenset[tuple[int, int]], digests: Sequence[Digest], copies: dict[str, str]) -> tuple[str, ...]:
    """Each pair of sources that share a passage word for word (`copied`,
    by digest index) and are not one a reprint of the other (`copies`,
    said already), as "S1 and S3", in source order."""
    ids = [d.article.id for d in digests]
    return tuple(f"S{a + 1} and S{b + 1}" for a, b in sorted(copied)
                 if copies.get(ids[b]) != ids[a] and copies.get(ids[a]) != ids[b])


def _excerpts(digests: Sequence[Digest]) -> tuple[str, ...]:
    """The note naming the sources whose text breaks off mid-sentence at its
    very end (`_cut_off`): each is an excerpt, and what it leaves out the
    brief cannot hold; () when no source does."""
    cut = [f"S{n}" for n, digest in enumerate(digests, 1) if _cut_off(digest)]
    if not cut:
        return ()
    if len(cut) == 1:
        return (f"{cut[0]} ends mid-sentence (“…”): it is an excerpt, and what it leaves out is not in this brief.",)
    return (f"{', '.join(cut[:-1])} and {cut[-1]} end mid-sentence (“…”): each is an excerpt, and what it leaves "
            "out is not in this brief.",)


def _cut_off(digest: Digest) -> bool:
    """Whether the article's last sentence is one its digest records as a
    fragment (`Digest.fragments`) because an ellipsis cuts it off after a
    word or a comma (`sentences.cut_short`), with nothing after it in the
    text: an ellipsis inside a quotation or mid-text is no cut."""
    if not digest.sentences:
        return False
    last = max(digest.sentences, key=lambda sentence: sentence.source.start)
    return last.source.start in digest.fragments and sentences.cut_short(last.text) \
        and not digest.article.text[last.source.end:].strip()


def _relative_dates(digests: Sequence[Digest]) -> dict[str, str]:
    """How each undated source's relative dates read ("S2": "bounded" when
    it reports a full date that bounds them, "unbounded" when it reports
    none, "none" when it holds no relative date)."""
    found = {}
    for number, digest in enumerate(digests, 1):
        if not digest.article.published:
            found[f"S{number}"] = "none" if not relative.has_relative(digest.article.text) else \
                "bounded" if _bound(digest.anchor) else "unbounded"
    return found


def _opinion(articles: Sequence[Article]) -> tuple[str, ...]:
    """The note that names the sources their pages file as opinion ("S2 is
    an opinion piece ..."): what they claim is their authors' argument."""
    marked = [f"S{n}" for n, a in enumerate(articles, 1) if a.genre == "opinion"]
    if len(marked) == 1:
        return (f"{marked[0]} is an opinion piece (its page files it so): its claims are its author's argument, "
                "not reported fact.",)
    return (f"{', '.join(marked[:-1])} and {marked[-1]} are opinion pieces (their pages file them so): their "
            "claims are their authors' argument, not reported fact.",) if marked else ()


def apart(digests: Sequence[Digest]) -> tuple[int, ...]:
    """The indices of the articles whose TF-IDF likeness to every other is
    below `APART` times the least likeness of the others to each other:
    a source on another subject, among three to `FEW` on one."""
    if not 3 <= len(digests) <= FEW:
        return ()
    vectors = summary.vectorize([d.article.text for d in digests])
    alike = (vectors @ vectors.T).toarray()
    found = []
    for index in range(len(digests)):
        others = [other for other in range(len(digests)) if other != index]
        floor = min(alike[a, b] for a, b in combinations(others, 2))
        if max(alike[index, other] for other in others) < APART * floor:
            found.append(index)
    return tuple(found)


def describe(scope: Scope, apart: Sequence[str] = (), relayed: Sequence[tuple[str, str]] = (),
             dating: dict[str, str] | None = None, shared: Sequence[str] = ()) -> tuple[str, ...]:
    """The note in sentences; `apart`: the sources that share little with
    the others ("S3"); `relayed`: (source, publication) of each unmatched
    claim that credits a publication's report (`agreements.relayed_claims`);
    `dating`: how each undated source's relative dates read
    (`_relative_dates`; None: not known, the note covers every case);
    `shared`: the pairs of sources that share a passage word for word
    ("S1 and S3": `_sharing`)."""
    lines = [f"Based on {scope.sources} source{'s' if scope.sources != 1 else ''}"
             + _outlets(scope) + _bylines(scope) + "."]
    if scope.earliest and scope.latest:
        span = human_date(scope.earliest) if scope.earliest == scope.latest else \
            f"{human_date(scope.earliest)} to {human_date(scope.latest)}"
        lines.append(f"Stated publication dates run from {span}." if scope.earliest != scope.latest
                     else f"Stated publication date: {span}.")
    if scope.information_as_of:
        when = human_date(scope.information_as_of)
        # "Not every" would leave the reader to think some source does.
        lines.append(_bounded(scope, when) if scope.as_of_bounded
                     else f"Information as of {when} (the newest source).")
    else:
        lines.append("Information as of: unknown (no source states its date or reports one with its year).")
    if scope.undated:
        lines.append(_undated(scope.undated, dating))
    if scope.approximately_dated:
        lines.append(f"Dated only approximately (by a page header or the file's name): "
                     f"{', '.join(scope.approximately_dated)}; their relative dates are given as about then (“c. …”).")
    if scope.skipped:
        lines.append(f"Not used: {'; '.join(scope.skipped[:LISTED])}.")
    if scope.reprints:
        lines.append(f"{'; '.join(scope.reprints)} nearly word for word: counted as one source.")
    if shared:
        # Such a claim is no claim "told in another source's wording": the
        # claims line below would seem to deny the copy the reader can see.
        lines.append(f"{'; '.join(shared)} {'share' if len(shared) == 1 else 'each share'} sentences word for "
                     "word (one report, such as a wire story, set into both): a claim both carry counts as one "
                     "source, not as matched.")
    if apart:
        lines.append(f"{', '.join(apart)} {'shares' if len(apart) == 1 else 'share'} little with the other sources "
                     f"(few words in common): {'it' if len(apart) == 1 else 'they'} may be on another subject.")
    if scope.claims and scope.sources > 1:
        # Matching is by wording: a claim another source tells in other
        # words is counted unmatched, so the note says what was measured.
        # One source has nothing to match against: the first line says so.
        matched = scope.claims - scope.single_source_claims
        lines.append(f"Of the {scope.claims} main claims, {matched} {'is' if matched == 1 else 'are'} matched in "
                     "another source's wording; matching is by wording, so a claim told elsewhere in other words "
                     "counts as unmatched." + _relaying(relayed))
    return tuple(lines)


def _undated(undated: Sequence[str], dating: dict[str, str] | None) -> str:
    """The sentence on the undated sources: how their relative dates are
    shown, said only of the sources that hold one (`dating`), and only
    the way that applies to them (bounded by a full date they report, or
    left as worded)."""
    told = [label for label in undated if dating is None or dating.get(label) != "none"]
    if not told:
        return f"Undated: {', '.join(undated)}."
    kinds = {dating.get(label) for label in told} if dating is not None else {"bounded", "unbounded"}
    # No example phrases: quoted, they would read as the sources' own words.
    them = "it" if len(told) == 1 else "them"
    shown = "shown as not before the latest full date the same source reports" if kinds == {"bounded"} else \
        "shown as the article words it, as no full date in the same source bounds it" if kinds == {"unbounded"} \
        else "shown as not before the latest full date the same source reports, or as the article words it " \
        "where that source reports none"
    # Such a source's own day is unknown, so `dates.resolve` places no
    # weekday and no "last month" in it: the timeline has no row for them.
    return (f"Undated: {', '.join(undated)}; a relative date in {', '.join(told) if told != list(undated) else them}"
            f" is {shown}; an event {'it dates' if them == 'it' else 'they date'} only by a weekday, or by days, "
            f"weeks, months or years counted from {'its' if them == 'it' else 'their'} own date, has no row in the "
            "timeline.")


def _relaying(relayed: Sequence[tuple[str, str]]) -> str:
    """" Of the unmatched, 2 (S1, S3) credit their words to a publication
    (Associated Press): ...", or "" when no claim does: such a claim is
    left unmatched for whom it credits, not for its wording.  The credit
    may be a report ("according to the Post") or an interview the
    publication held ("told the Post"): the note names neither, since
    calling an interview a report misstates where the words come from."""
    if not relayed:
        return ""
    sources = ", ".join(sorted(dict.fromkeys(label for label, _name in relayed), key=lambda label: int(label[1:])))
    names = ", ".join(dict.fromkeys(name for _label, name in relayed))
    count = len(relayed)
    return (f" Of the unmatched, {count} ({sources}) {'credits its' if count == 1 else 'credit their'} words to a "
            f"publication ({names}), so {'it is' if count == 1 else 'they are'} matched with none: another source "
            "may retell that same report or interview.")


def _bounded(scope: Scope, when: str) -> str:
    """The sentence on a date of information that only the dates undated
    sources report bound from below.  It says when they were written at the
    earliest (all of them when each one's own dates reach the bound, else
    the newest), not that the information runs to then: the latest year a text
    mentions is often a past one, and one that names a thing ("the 2008
    nominee") is taken a year back."""
    # The bound is the latest any one source reports: of several sources,
    # only the newest is known to be so late ("they were written no earlier
    # than 2018" had dated a 2012 report by a 2018 one's dates), unless each
    # one's own dates reach it (`as_of_every`), when it is said of them all.
    every = scope.as_of_every
    if scope.earliest:
        opening = "Not every source states its own date"
        reported = "it reports, the undated one was" if len(scope.undated) == 1 else \
            "they report, the undated ones were" if every else "they report, the newest undated one was"
    elif scope.sources == 1:
        opening, reported = "The source states no date", "it reports, it was"
    else:
        opening = "No source states its own date"
        reported = "they report, they were" if every else "they report, the newest of them was"
    if scope.approximately_dated:
        # A page header's or a file name's date counts too: "the dates they
        # report" alone would send the reader to the texts for it.
        verb, rest = reported.split(",", 1)
        reported = f"{verb} or {'shows' if verb.endswith('s') else 'show'} in a page header or file name,{rest}"
    return f"{opening}; going by the dates {reported} written no earlier than {when}." + _only_a_year(scope)


def _only_a_year(scope: Scope) -> str:
    """" That year is a lower bound only: ...", said when the bound is a bare year
    (`information_as_of` "2012"), else "".  Such a year is most often one
    the text looks back on (a term of office "from 2008 to 2012", "recall
    the row in 2012"), which BASIL dev articles were written three or more
    years after in about half the cases: left unsaid, "no earlier than
    2012" reads as the text's date."""
    if len(scope.information_as_of or "") != 4:
        return ""
    if scope.sources == 1 or len(scope.undated) == 1 and scope.earliest:
        return " That year is a lower bound only: it may have been written years later."
    return " That year is a lower bound only: they may have been written years later."


def _outlets(scope: Scope) -> str:
    """" from 3 outlets (...)" when every source's outlet is known, else how
    many sources name theirs ("; 1 names its outlet (AFP)"): an agency one
    dateline names is not every source's.  A scope of a brief.json written
    before `with_outlet` (0 there) reads as every source's."""
    if not scope.outlets:
        return ""
    if scope.with_outlet >= scope.sources or not scope.with_outlet:
        return f" from {_listing(scope.outlets, 'outlet')}"
    if scope.with_outlet == 1:
        return f"; 1 names its outlet ({_names(scope.outlets)})"
    return f"; {scope.with_outlet} name their outlets ({_names(scope.outlets)})"


def _bylines(scope: Scope) -> str:
    """", by 2 authors (...)" when every source names its author, else how
    many sources do ("; 1 names its author (...)"): a byline one source
    gives is not the whole corpus's."""
    if not scope.authors:
        return ""
    if scope.authored >= scope.sources:
        return f", by {_listing(scope.authors, 'author')}"
    if scope.authored == 1:
        return f"; 1 names its author ({_names(scope.authors)})"
    return f"; {scope.authored} name their authors ({_names(scope.authors)})"


def _every(own: Sequence[str | None], as_of: str) -> bool:
    """Whether each of the undated sources' own bounds (`own`: ISO dates,
    None where a source reports no date) reaches `as_of` at its precision
    ("2014-05-02" reaches "2014"; "2014" does not reach "2014-05-02")."""
    return bool(own) and all(b is not None and b[:len(as_of)] >= as_of for b in own)


def _stated(article: Article) -> bool:
    return bool(article.published) and not article.date_note


def _bound(anchor: DateAnchor | None) -> str | None:
    if anchor is None:
        return None
    return anchor.date[:4] if anchor.precision == "year" else anchor.date[:7] if anchor.precision == "month" \
        else anchor.date


def _distinct(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _listing(names: Sequence[str], noun: str) -> str:
    """"2 authors (A, B)": the count, then the first `LISTED` names."""
    return f"{len(names)} {noun}{'s' if len(names) != 1 else ''} ({_names(names)})"


def _names(names: Sequence[str]) -> str:
    """"A, B and 3 more": the first `LISTED` names, the rest counted; an
    outlet carrying an agency's report as "AP via Valley Times"
    (`outlet_name`)."""
    more = len(names) - LISTED
    return ", ".join(outlet_name(n) or n for n in names[:LISTED]) + (f" and {more} more" if more > 0 else "")


def _fields(scope: Scope) -> dict:
    return {name: getattr(scope, name) for name in Scope.__dataclass_fields__}

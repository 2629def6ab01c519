"""The scope note: what the brief is based on."""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Scope
from briefing.synthesize import scope
from tests.helpers import article, digest_for, digest_of

NEWS = ("The harbour board voted on Tuesday to close the northern docks by the spring.",)
ARGUMENT = ("Closing the northern docks is the wrong answer to a problem the board made itself.",)


def test_the_scope_names_the_sources_their_pages_file_as_opinion():
    one = scope.find_scope([digest_for(article("a", NEWS)), digest_for(article("b", ARGUMENT, genre="opinion"))])
    assert "S2 is an opinion piece (its page files it so): its claims are its author's argument, not reported " \
           "fact." in one.text
    two = scope.find_scope([digest_for(article("a", ARGUMENT, genre="opinion")),
                            digest_for(article("b", ARGUMENT, genre="opinion"))])
    assert any(line.startswith("S1 and S2 are opinion pieces") for line in two.text)
    none = scope.find_scope([digest_for(article("a", NEWS))])
    assert not any("opinion" in line for line in none.text)


def test_a_bound_from_reported_dates_says_whether_any_source_states_its_own():
    """"not every source states its own date" when some do; "no source
    states its own date" when none does; either way the date is the
    earliest they were written, not how far their information runs."""
    none = Scope(sources=2, undated=("S1", "S2"), information_as_of="2020-03-04", as_of_bounded=True)
    some = Scope(sources=2, undated=("S2",), earliest="2020-03-01", latest="2020-03-01",
                 information_as_of="2020-03-04", as_of_bounded=True)
    assert "No source states its own date; going by the dates they report, the newest of them was written no " \
           "earlier than 4 March 2020." in scope.describe(none)
    assert "Not every source states its own date; going by the dates it reports, the undated one was written no " \
           "earlier than 4 March 2020." in scope.describe(some)
    alone = Scope(sources=1, undated=("S1",), information_as_of="2020", as_of_bounded=True)
    assert "The source states no date; going by the dates it reports, it was written no earlier than 2020. That " \
           "year is a lower bound only: it may have been written years later." in scope.describe(alone)
    # A date without its year ("May 30") may be all a source reports: the line does not say it reports none.
    unknown = Scope(sources=2, undated=("S1", "S2"))
    assert "Information as of: unknown (no source states its date or reports one with its year)." \
        in scope.describe(unknown)


def test_a_bound_of_only_a_year_says_the_date_is_unknown():
    """A bare year bounding undated sources is most often one they look
    back on ("served from 2019 to 2023"): the line says the date is
    unknown, so the year is not read as it; a bound to the day or month
    needs no such word."""
    looked_back = Scope(sources=3, undated=("S1", "S2", "S3"), information_as_of="2023", as_of_bounded=True)
    assert "No source states its own date; going by the dates they report, the newest of them was written no " \
           "earlier than 2023. That year is a lower bound only: they may have been written years later." \
           in scope.describe(looked_back)
    one = Scope(sources=2, undated=("S2",), earliest="2021-05-01", latest="2021-05-01", information_as_of="2023",
                as_of_bounded=True)
    assert any(line.endswith("That year is a lower bound only: it may have been written years later.")
               for line in scope.describe(one))
    month = Scope(sources=2, undated=("S1", "S2"), information_as_of="2023-04", as_of_bounded=True)
    assert not any("lower bound" in line for line in scope.describe(month))


def test_a_bound_that_may_come_from_a_page_header_says_so():
    """With a source dated only by its page header or file name, the bound
    is not only from "the dates they report": the sentence names the
    header too."""
    headed = Scope(sources=3, undated=("S1", "S2"), approximately_dated=("S3",), information_as_of="2020-03-04",
                   as_of_bounded=True)
    assert "No source states its own date; going by the dates they report or show in a page header or file name, " \
           "the newest of them was written no earlier than 4 March 2020." in scope.describe(headed)


def test_a_bound_each_undated_source_reaches_is_said_of_them_all():
    """"they were written no earlier than" when every undated source's own
    dates reach the bound; "the newest of them" when one's stop short."""
    every = Scope(sources=2, undated=("S1", "S2"), information_as_of="2020", as_of_bounded=True,
                  as_of_every=True)
    assert "No source states its own date; going by the dates they report, they were written no earlier " \
           "than 2020. That year is a lower bound only: they may have been written years later." \
           in scope.describe(every)
    some = Scope(sources=3, undated=("S2", "S3"), earliest="2019-03-01", latest="2019-03-01",
                 information_as_of="2020", as_of_bounded=True, as_of_every=True)
    assert "Not every source states its own date; going by the dates they report, the undated ones were " \
           "written no earlier than 2020. That year is a lower bound only: they may have been written years " \
           "later." in scope.describe(some)
    assert scope._every(["2020-05-02", "2020"], "2020")
    assert not scope._every(["2020", "2020-05-02"], "2020-05-02")
    assert not scope._every(["2020", None], "2020")


def test_the_note_on_undated_sources_quotes_no_phrase_they_may_not_hold():
    """Example phrases in quotation marks would read as the sources' own;
    the note says their dates counted from their own day make no timeline row."""
    note = next(line for line in scope.describe(Scope(sources=2, undated=("S1", "S2")))
                if line.startswith("Undated"))
    assert note == ("Undated: S1, S2; a relative date in them is shown as not before the latest full date the same "
                    "source reports, or as the article words it where that source reports none; an event they date "
                    "only by a weekday, or by days, weeks, months or years counted from their own date, has no row "
                    "in the timeline.")
    assert "“" not in note




def test_a_source_sharing_little_with_the_others_is_named():
    """Three reports of one flood and a page of garden tips: the scope names
    the garden page; the three reports alone name none."""
    from tests.helpers import FLOOD_A, FLOOD_B, digest_of

    third = ["Heavy rain flooded the northern town of Aldbury on Monday, and the river kept rising.",
             "Residents waited in the school gym as engineers checked the old levee."]
    garden = ["Tomatoes like a sunny corner and regular watering in July.",
              "Prune roses before the first frost and mulch the beds with bark."]
    reports = [digest_of("a", FLOOD_A), digest_of("b", FLOOD_B), digest_of("c", third)]
    assert scope.apart(reports + [digest_of("d", garden)]) == (3,)
    assert scope.apart(reports) == ()
    note = scope.find_scope(reports + [digest_of("d", garden)])
    assert any(line.startswith("S4 shares little with the other sources") for line in note.text)


def test_an_outlet_carrying_an_agency_report_reads_as_a_citation_without_nested_brackets():
    carried = Scope(sources=2, outlets=("Valley Times (AP)", "Harbour Post"), with_outlet=2)
    first = scope.describe(carried)[0]
    assert first == "Based on 2 sources from 2 outlets (AP via Valley Times, Harbour Post)."


def test_the_note_says_which_unmatched_claims_credit_a_publications_report():
    """A claim crediting a paper ("..., a clerk told the Valley Gazette") is
    matched with no other source, whatever its words: the note says so and
    names the paper, rather than blame the wording alone."""
    from briefing.models import Agreement
    from tests.helpers import digest_of

    relayed = "The harbour board fined the ferry company twice last winter, a clerk told the Valley Gazette."
    plain = "Fishermen protested outside the town hall on Monday morning."
    digests = [digest_of("a", [plain]), digest_of("b", [relayed])]
    claims = [Agreement(text=plain, sources=(digests[0].sentences[0].source,), corroborated=False),
              Agreement(text=relayed, sources=(digests[1].sentences[0].source,), corroborated=False)]
    note = " ".join(scope.find_scope(digests, agreements=claims).text)
    assert "Of the unmatched, 1 (S2) credits its words to a publication (Valley Gazette)" in note
    assert "report" not in note.split("Of the unmatched")[1].split(":")[0]  # a clerk's interview is no report
    alone = " ".join(scope.find_scope(digests, agreements=claims[:1]).text)
    assert "publication" not in alone


def test_the_sources_of_relayed_claims_are_named_in_their_order():
    note = scope._relaying([("S3", "Valley Gazette"), ("S1", "Valley Gazette")])
    assert " 2 (S1, S3) credit their words to a publication (Valley Gazette)" in note


def test_the_note_on_undated_sources_says_only_what_applies_to_their_relative_dates():
    """No word on relative dates for an undated source that holds none; for
    one that reports no full date, only that they are shown as worded."""
    from dataclasses import replace

    plain = replace(article("a", ("The harbour board raised the ferry levy on 4 March 2024.",)), published=None)
    weekday = replace(article("b", ("The harbour board met on Tuesday to raise the ferry levy.",)), published=None)
    assert "Undated: S1." in scope.find_scope([digest_for(plain)]).text
    note = " ".join(scope.find_scope([digest_for(plain), digest_for(weekday)]).text)
    assert "Undated: S1, S2; a relative date in S2 is shown as the article words it, as no full date in the same " \
           "source bounds it;" in note


def _recorded(digest, *cut: int):
    """`digest` with its sentences numbered `cut` recorded as fragments, as
    distill records a sentence an ellipsis cuts off."""
    from dataclasses import replace

    return replace(digest, fragments=tuple(digest.sentences[index].source.start for index in cut))


def test_the_note_names_the_sources_whose_text_breaks_off_mid_sentence_at_its_end():
    """Only a last sentence cut off after a word or a comma makes a source an
    excerpt: not one cut off mid-text, nor a quotation that trails off and
    closes, nor a cut the digest does not record as a fragment."""
    from tests.helpers import digest_of

    cut = _recorded(digest_of("a", ["The ferry board raised the levy on Tuesday.",
                                    "Owners of small boats said the rise would fall hardest on those who..."]), 1)
    also = _recorded(digest_of("b", ["The harbour master said the rise had been planned for years, and that the "
                                     "board…"]), 0)
    mid = _recorded(digest_of("c", ["The ferry board said that the levy, which...", "It will rise again in May."]), 0)
    quoted = digest_of("d", ["The harbour master shrugged: “We will see what the owners do…”"])
    unrecorded = digest_of("e", ["Owners of small boats said the rise would fall hardest on those who..."])
    note = scope.find_scope([cut, also, mid, quoted, unrecorded]).text
    assert "S1 and S2 end mid-sentence (“…”): each is an excerpt, and what it leaves out is not in this brief." in note
    alone = scope.find_scope([mid, cut]).text
    assert "S2 ends mid-sentence (“…”): it is an excerpt, and what it leaves out is not in this brief." in alone
    assert not any("mid-sentence" in line for line in scope.find_scope([mid, quoted, unrecorded]).text)


def test_a_bound_from_a_later_month_than_any_full_date_is_that_month():
    text = ("The pact was signed on May 2, 2011.", "The talks ran through June and August of 2011.")
    found = scope.find_scope([digest_for(article("a", text))])
    assert found.information_as_of == "2011-08"
    assert "The source states no date; going by the dates it reports, it was written no earlier than August 2011." \
        in found.text


def test_the_note_names_sources_that_share_a_passage_word_for_word():
    """Two outlets that set one wire report's paragraphs into stories of
    their own share its sentences word for word: the claims line would
    seem to deny the copy, so the note says it counts once."""
    wire = ("The ferry union voted on Monday to strike for two days in June.",
            "Talks with the port authority broke down last week over night shifts.",
            "The union's secretary, Ilse Marmot, said members had run out of patience.")
    one = digest_of("a", ["Commuters on the Vell crossing face a hard summer.", *wire])
    other = digest_of("b", [*wire, "Shops near the quay expect fewer visitors this June.",
                            "The harbour first opened to ferries in the last century.",
                            "Its owners plan a new terminal for the larger boats."])
    apart = digest_of("c", list(NEWS))
    note = scope.find_scope([one, apart, other]).text
    assert any(line.startswith("S1 and S3 share sentences word for word") for line in note)
    assert not any("word for word (one report" in line for line in scope.find_scope([one, apart]).text)


def test_an_article_shares_the_outlet_another_file_of_its_site_names():
    """Two "kp_<date>_..." files are one site's: the outlet one names is the other's too."""
    def filed(aid, name, outlet=None):
        return digest_for(replace(article(aid, NEWS, outlet=outlet), source_path=f"corpus/{name}"))
    digests = [filed("a", "kp_2031-05-02_docks.txt", "Kettleford Post"), filed("b", "kp_2031-05-03_fares.txt"),
               filed("c", "vt_2031-05-03_fares.txt"), filed("d", "vt_2031-05-04_pier.txt", "Valley Times (AP)")]
    assert [d.article.outlet for d in scope.site_outlets(digests)] == [
        "Kettleford Post", "Kettleford Post", None, "Valley Times (AP)"]

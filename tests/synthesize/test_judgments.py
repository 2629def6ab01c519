"""Key judgments and the scope note, composed from small invented briefs:
agreeing sources, a single source, two voices in dispute, figures of
different things, an undated article."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from briefing.models import (Agreement, Divergence, Event, Figure, Portrayal, Position, Quote, Scope, Skipped, Source,
                             Viewpoint, WhatsNew)
from briefing.synthesize import relative
from briefing.synthesize import divergences, judgments, scope
from tests import helpers as builders

LINES = ("The port authority opened the new ferry terminal on 4 March 2024 after two years of work.",
         "Mayor Jana Novák said the ferry terminal would bring more visitors than ever.",
         "Engineer Olek Petrenko said the ferry pier was badly built and will need repairs soon.")


def corpus(n: int, outlets=None, dated=True):
    """`n` articles telling the same story, each from its own outlet."""
    outlets = outlets or [f"Outlet {i}" for i in range(n)]
    return tuple(builders.article(f"a{i}", LINES, outlet=outlets[i], title=f"Story {i}",
                                  published=f"2024-03-0{5 + i}" if dated else None) for i in range(n))


def source(art, index=0):
    p = art.paragraphs[index]
    return Source(article=art.id, paragraph=index, start=p.start, end=p.end)


def view(art, voice, stance, score, index, kind="speaker", role=None):
    claim = builders.claim(art, index)
    return Viewpoint(voice=voice, label=voice, stance=stance, score=score, evidence=(claim,), articles=(art.id,),
                     kind=kind, role=role)


def brief_of(arts, viewpoints=(), events=(), agreements=(), figures=()):
    return builders.brief(articles=arts, digests=tuple(builders.digest_for(a) for a in arts), viewpoints=tuple(viewpoints), timeline=tuple(events),
                          agreements=tuple(agreements), figures=tuple(figures), discrepancies=(),
                          divergences=())


def opening(arts):
    return Event(date="2024-03-04", text=LINES[0], sources=tuple(source(a) for a in arts), expression="4 March 2024")


def test_agreeing_sources_give_a_high_confidence_development():
    arts = corpus(3)
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[opening(arts)])) if j.kind == "corroborated"]
    assert found.confidence == "high" and found.basis == "three independent sources agree"
    assert "three independent sources (S1, S2, S3) report" in found.text and "4 March 2024" in found.text
    assert {s.article for s in found.sources} == {"a0", "a1", "a2"}


def test_sources_whose_outlets_are_unknown_are_not_called_independent():
    """Three articles with no outlet may be one outlet's, or relay one
    report: page one counts them as it does, but calls them "sources"."""
    arts = tuple(replace(a, outlet=None) for a in corpus(3))
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[opening(arts)])) if j.kind == "corroborated"]
    assert "three sources (S1, S2, S3) report" in found.text and "independent" not in found.text
    assert found.basis == "three sources agree; their outlets are not stated"


def test_a_basis_names_only_the_sources_whose_outlet_is_unknown():
    """Two of three articles name their outlet: the basis says which one
    does not, rather than that none does (the scope note names the others)."""
    arts = corpus(3)
    arts = (replace(arts[0], outlet=None),) + arts[1:]
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[opening(arts)])) if j.kind == "corroborated"]
    assert found.basis == "three sources agree; S1's outlet is not stated"
    arts = (arts[0], replace(arts[1], outlet=None), arts[2])
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[opening(arts)])) if j.kind == "corroborated"]
    assert found.basis.endswith("; the outlets of S1 and S2 are not stated")


def test_a_quotation_is_not_a_corroborated_development():
    arts = corpus(3)
    said = Event(date="2025-01-01", text="“By 2025 the ferry will pay for itself,” he added.",
                 sources=tuple(source(a, 1) for a in arts), expression="2025")
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[said, opening(arts)]))
                if j.kind == "corroborated"]
    assert "ferry terminal" in found.text and "pay for itself" not in found.text


def test_one_outlet_twice_is_not_two_independent_sources():
    arts = corpus(2, outlets=["Same Paper", "Same Paper"])
    found = [j for j in judgments.key_judgments(brief_of(arts, events=[opening(arts)])) if j.kind == "corroborated"]
    assert found == []


def test_two_files_one_site_names_are_not_two_independent_sources():
    """Two "harbourpost_<date>_..." files with no outlet stated are one
    site's stories: a recap in the second confirms nothing of the first."""
    arts = tuple(replace(a, source_path=f"corpus/harbourpost_2024-03-0{5 + i}_ferry-story.txt")
                 for i, a in enumerate(corpus(2, outlets=[None, None])))
    found = [j for j in judgments.key_judgments(brief_of(arts, events=[opening(arts)])) if j.kind == "corroborated"]
    assert found == []
    apart = tuple(replace(a, source_path=f"corpus/{site}_2024-03-0{5 + i}_ferry-story.txt")
                  for i, (a, site) in enumerate(zip(corpus(2, outlets=[None, None]), ("harbourpost", "valleyledger"))))
    assert [j.kind for j in judgments.key_judgments(brief_of(apart, events=[opening(apart)]))
            if j.kind == "corroborated"] == ["corroborated"]


def test_one_text_in_two_outlets_is_not_two_independent_sources():
    more = LINES + ("Ferry fares will rise by a tenth from the first of May this year.",
                    "The island council has asked for a second berth to be built by the autumn.",
                    "Local hoteliers said bookings for the summer were already higher than last year.")
    digests = tuple(builders.digest_of(f"a{i}", list(more)) for i in range(2))
    arts = tuple(replace(d.article, outlet=f"Outlet {i}") for i, d in enumerate(digests))
    digests = tuple(replace(d, article=a) for d, a in zip(digests, arts))
    fare = Figure(text="$40 million", value=4e7, unit="USD", measures="cost of the ferry terminal",
                  sentence=LINES[0], sources=(source(arts[0]), source(arts[1])))
    told = builders.brief(articles=arts, digests=digests, timeline=(opening(arts),), agreements=(), figures=(fare,),
                          discrepancies=(), divergences=(), viewpoints=())
    found = {j.kind: j for j in judgments.key_judgments(told)}
    assert "corroborated" not in found
    assert found["figure"].text.endswith("as given in S1.") and found["figure"].confidence == "low"


def test_a_single_source_gives_low_confidence():
    arts = corpus(1)
    agreement = Agreement(text=LINES[0], sources=(source(arts[0]),), corroborated=False)
    fig = Figure(text="40 million euros", value=4e7, unit="EUR", measures="cost of the terminal",
                 sentence=LINES[0], sources=(source(arts[0]),))
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, agreements=[agreement], figures=[fig]))}
    # One source has nothing to be matched against: page one says nothing of corroboration.
    assert "corroborated" not in found
    assert found["figure"].confidence == "low" and found["figure"].basis == "a single source"
    assert "40 million euros, the cost of the terminal, as given in S1" in found["figure"].text


def test_two_voices_in_dispute_are_named_with_their_sources_and_dates():
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "optimistic", 2.0, 1, role="mayor"),
              view(arts[1], "Olek Petrenko", "skeptical", -3.0, 2, role="engineer"),
              view(arts[1], "Outlet 1", "skeptical", -5.0, 2, kind="outlet")]
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")}
    text = found["divergence"].text
    assert text.startswith("Views diverge: Jana Novák (mayor, S1, 5 March 2024) is optimistic")
    # A named person speaks for the skeptical side before an outlet does.
    assert "while Olek Petrenko (engineer, S2, 6 March 2024) is skeptical" in text
    assert "“Engineer Olek Petrenko said the ferry pier was badly built" in text
    assert found["divergence"].confidence == "low"
    assert found["standing"].text.startswith("The sources lean skeptical on the ferry plan: of three voices with a view")


def test_figures_of_different_things_are_not_counted_together():
    arts = corpus(2)
    figs = [Figure(text="$2 billion", value=2e9, unit="USD", measures="cost of the rail line",
                   sentence=LINES[0], sources=(source(arts[0]),)),
            Figure(text="$2 billion", value=2e9, unit="USD", measures="budget deficit",
                   sentence=LINES[0], sources=(source(arts[1]),))]
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]
    assert found.confidence == "low" and "as given in S1" in found.text


def test_a_key_figure_another_source_gives_as_a_plan_keeps_the_plans_mark():
    arts = corpus(2)
    figs = [Figure(text="$2 billion", value=2e9, unit="USD", measures="value of the harbour fund",
                   sentence=LINES[0], sources=(source(arts[0]),)),
            Figure(text="$2 billion", value=2e9, unit="USD", measures="harbour fund (planned)",
                   sentence=LINES[0], sources=(source(arts[1]),))]
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]
    assert "harbour fund (planned)" in found.text and "reported by S1, S2" in found.text


def test_a_nearby_value_backs_a_figure_only_when_either_is_approximate():
    arts = corpus(2)

    def debt(text, value, art, approximate=False):
        return Figure(text=text, value=value, unit="USD", measures="debt of the port authority",
                      sentence=LINES[0], sources=(source(art),), approximate=approximate)

    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=[debt("$72 billion", 72e9, arts[0]),
                                                                           debt("$70 billion", 70e9, arts[1])]))
                if j.kind == "figure"]
    assert found.confidence == "low" and "as given in S1" in found.text
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=[
        debt("$72 billion", 72e9, arts[0]), debt("about $70 billion", 70e9, arts[1], approximate=True)]))
        if j.kind == "figure"]
    assert found.confidence == "moderate"


def test_an_amount_written_as_an_adjective_is_printed_as_an_amount():
    arts = corpus(2)
    figs = [Figure(text="nearly 2,000-mile", value=2000.0, unit="mile", measures="length of border fence",
                   sentence=LINES[0], sources=(source(arts[0]), source(arts[1])))]
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]
    assert found.text.startswith("Key figure: nearly 2,000 miles, the length of border fence")
    assert judgments._as_amount("10-foot") == "10 feet" and judgments._as_amount("$5 million") == "$5 million"


def figure_judgments(arts, figures) -> list:
    """The key judgments of kind "figure" of a brief of `arts` with `figures`."""
    return [j for j in judgments.key_judgments(brief_of(arts, figures=figures)) if j.kind == "figure"]


def test_a_size_one_source_gives_is_no_key_figure():
    arts = corpus(2)
    one = [Figure(text="14-inch", value=14.0, unit="inches", measures="larger display",
                  sentence=LINES[0], sources=(source(arts[0]),))]
    assert not figure_judgments(arts, one)
    both = [replace(one[0], sources=(source(arts[0]), source(arts[1])))]
    assert figure_judgments(arts, both)


def test_one_sources_figure_measured_by_a_bare_noun_is_no_key_figure():
    # "$3 million for the pledges": whose pledges, to what? One source alone does not say.
    arts = corpus(2)
    one = [Figure(text="$3 million", value=3e6, unit="USD", measures="pledges",
                  sentence=LINES[0], sources=(source(arts[0]),))]
    assert not figure_judgments(arts, one)
    assert figure_judgments(arts, [replace(one[0], measures="pledges to the ferry fund")])
    assert figure_judgments(arts, [replace(one[0], sources=(source(arts[0]), source(arts[1])))])


def test_a_milestone_a_total_passed_is_no_key_figure():
    # "Pledges to the fund passed the $5 million mark": the mark is no amount of anything.
    arts = corpus(2)
    both = (source(arts[0]), source(arts[1]))
    mark = [Figure(text="$5 million", value=5e6, unit="USD", measures="cost of mark", sentence=LINES[0], sources=both)]
    assert not figure_judgments(arts, mark)


def test_a_figure_from_a_sentence_an_ellipsis_cuts_off_is_no_key_figure():
    # What the amount is of, and whether it is all of it, is in the words cut off.
    arts = corpus(2)
    cut = [Figure(text="$40 billion", value=4e10, unit="USD", measures="sales by the firm",
                  sentence="The Lisbon-based firm sold more than $40 billion...",
                  sources=(source(arts[0]), source(arts[1])))]
    assert not figure_judgments(arts, cut)
    whole = [replace(cut[0], sentence="The Lisbon-based firm sold more than $40 billion of fish last year.")]
    assert figure_judgments(arts, whole)


@pytest.mark.parametrize("measured", ["this virus as a share of people", "similar savings"])
def test_a_figure_whose_measure_points_back_is_no_key_figure(measured):
    arts = corpus(2)
    figs = [Figure(text="80 percent", value=80.0, unit="%", measures=measured,
                   sentence=LINES[0], sources=(source(arts[0]), source(arts[1])))]
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]


def test_a_share_that_names_no_part_of_its_whole_is_no_key_figure():
    # "Rice covers 40 percent of the valley's farmland": 40 percent of the farmland is what?
    arts = corpus(2)
    figs = [Figure(text="40 percent", value=40.0, unit="%", measures="share of valley's farmland",
                   sentence=LINES[0], sources=(source(arts[0]), source(arts[1])))]
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]
    assert judgments.ownerless_share("share of the living coral")
    assert not judgments.ownerless_share("Rice as a share of valley's farmland")
    assert not judgments.ownerless_share("share of farmers growing rice")
    assert not judgments.ownerless_share("share of growers who sold early")
    assert not judgments.ownerless_share("share of each of Lind and Osei")


def test_a_measure_whose_its_stands_for_a_body_it_does_not_name_names_it_from_its_sentence():
    # "the exclusion zone for its citizens" leaves out whose; the sentence names one body before the figure.
    arts = corpus(2)
    told = ("She defended the Norwegian decision to set a 30-mile exclusion zone for its citizens, "
            "far beyond what Sweden chose.")
    zone = Figure(text="30-mile", value=30.0, unit="miles", measures="exclusion zone for its citizens",
                  sentence=told, sources=(source(arts[0]), source(arts[1])))
    found = [j for j in judgments.key_judgments(brief_of(arts, figures=[zone])) if j.kind == "figure"]
    assert found and "exclusion zone for [Norwegian] citizens" in found[0].text
    # No body named before the figure: whose citizens, page one cannot say.
    vague = replace(zone, sentence="The ferry office urged a 30-mile exclusion zone for its citizens on Monday.")
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=[vague])) if j.kind == "figure"]
    assert not judgments.unnamed_owner("Norway's exclusion zone for its citizens")


def test_a_percentage_of_a_whole_someone_holds_reads_as_their_share_of_it():
    # "30% for Holm's total catch" would read as if the whole catch were 30%.
    arts = corpus(2)
    told = "The Holm fleet landed 30% of the total catch in the bay last spring."
    catch = Figure(text="30%", value=30.0, unit="%", measures="Holm fleet's total catch",
                   sentence=told, sources=(source(arts[0]), source(arts[1])))
    found = [j for j in judgments.key_judgments(brief_of(arts, figures=[catch])) if j.kind == "figure"]
    assert found and found[0].text.startswith("Key figure: 30%, the Holm fleet's share of the total catch,")
    # The owner after "of" owns the whole, not the share: left as it is.
    other = replace(catch, measures="Holm's harbour (silted)",
                    sentence="About 30% of Holm's harbour has silted up since the dam was built.")
    assert judgments.share_of_whole(other, other.measures) == "Holm's harbour (silted)"


def test_a_polls_margin_of_error_is_no_key_figure():
    arts = corpus(2)
    figs = [Figure(text="3 percentage points", value=3.0, unit="percentage points", measures="error",
                   sentence=LINES[0], sources=(source(arts[0]), source(arts[1])))]
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]


def test_a_studys_confidence_interval_is_no_key_figure():
    arts = corpus(2)
    figs = [Figure(text="90%", value=90.0, unit="%", measures="confidence interval for the count",
                   sentence=LINES[0], sources=(source(arts[0]),))]
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]


def test_a_count_measured_by_its_own_clause_is_no_key_figure():
    # "Key figure: 1,500 people for the people who marched" would say the unit twice.
    arts = corpus(2)
    figs = [Figure(text="1,500 people", value=1500.0, unit="people", measures="people who marched in the town",
                   sentence=LINES[0], sources=(source(arts[0]), source(arts[1])))]
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=figs)) if j.kind == "figure"]


def test_a_date_in_doubt_dates_an_article_about_then_not_from_then_on():
    # A file's name (or a page header) gives the date: the article speaks
    # from about then, which bounds nothing.
    arts = [replace(a, date_note="Date taken from the file's name; it may be the day the file was saved.")
            for a in corpus(2)]
    voices = [view(arts[0], "Jana Novák", "optimistic", 2.0, 1), view(arts[1], "Olek Petrenko", "skeptical", -3.0, 2)]
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices))}
    assert "(S1, c. " in found["divergence"].text and "not before" not in found["divergence"].text
    assert "[c. " in relative.annotate("It opened last week.", arts[0])


def test_an_undated_article_is_bounded_not_dated():
    arts = corpus(2, dated=False)
    voices = [view(arts[0], "Jana Novák", "optimistic", 2.0, 1), view(arts[1], "Olek Petrenko", "skeptical", -3.0, 2)]
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices))}
    assert "(S1, undated, not before March 2024)" in found["divergence"].text
    assert relative.annotate("It opened last week.", arts[0]) == "It opened last week [not before 26 February 2024]."
    bare = builders.article("x", ("It opened last week.",))
    # Nothing bounds this one: no "[date unknown]" beside words that already say as much.
    assert relative.annotate("It opened last week.", bare) == "It opened last week."
    assert relative.window("last week", bare) == relative.UNKNOWN  # the timeline's date column says so
    # Only a year, decades old, bounds this one: a weekday or "today" gets no bracket at all
    # ("Thursday [not before 1994]" had been, then "[date unknown]", noise beside a word as plain).
    old = builders.article("y", ("The pact came into force in 1994.", "They met on Thursday."))
    assert relative.annotate("They met on Thursday.", old) == "They met on Thursday."
    assert relative.annotate("They met on Thursday and today.", arts[0]) == "They met on Thursday and today."
    for apostrophe in "'’":  # "today's seniors" are present-day ones, not a date
        said = f"It protects today{apostrophe}s seniors and today."
        assert relative.annotate(said, bare) == said


def test_changes_since_the_previous_edition_close_the_judgments():
    arts = corpus(1)
    base = brief_of(arts, agreements=[Agreement(text=LINES[0], sources=(source(arts[0]),), corroborated=False)])
    base = base.__class__(**{**{f: getattr(base, f) for f in base.__dataclass_fields__},
                             "key_judgments": judgments.key_judgments(base),
                             "whats_new": WhatsNew(previous_edition="2024-03-01", new_articles=("a0",))})
    last = judgments.with_changes(base).key_judgments[-1]
    assert last.kind == "changes" and last.text == "Since the previous edition (1 March 2024): one new source."


def test_scope_counts_sources_dates_and_single_source_claims():
    arts = corpus(2) + (builders.article("u", LINES, outlet="Outlet 1"),)
    claims = [Agreement(text=LINES[0], sources=(source(arts[0]), source(arts[1])), corroborated=True),
              Agreement(text=LINES[1], sources=(source(arts[2]),), corroborated=False)]
    bad = Skipped(path="bad.bin", reason="not text")
    found = scope.find_scope([builders.digest_for(a) for a in arts], (bad,), claims)
    assert isinstance(found, Scope)
    assert (found.sources, found.outlets, found.earliest, found.latest) == (3, ("Outlet 0", "Outlet 1"),
                                                                             "2024-03-05", "2024-03-06")
    assert found.undated == ("S3",) and found.single_source_claims == 1 and found.claims == 2
    assert found.information_as_of == "2024-03-06" and not found.as_of_bounded
    text = " ".join(found.text)
    assert "Based on 3 sources from 2 outlets (Outlet 0, Outlet 1)" in text
    assert "Information as of 6 March 2024 (the newest source)" in text
    assert "Undated: S3." in text  # it holds no relative date: no word on how one is shown
    assert "Not used: bad.bin (not text)" in text and "Of the 2 main claims, 1 is matched in another source's wording" in text
    assert "rest on a single source" not in text


def test_scope_says_how_many_sources_name_an_author_when_not_all_do():
    """A byline one source of three gives is not the corpus's: "by 1
    author (Lena Marsh)" would credit every source to her."""
    arts = (builders.article("a", LINES, outlet="Outlet 0", author="Lena Marsh"),
            builders.article("b", LINES, outlet="Outlet 1"), builders.article("c", LINES, outlet="Outlet 1"))
    text = " ".join(scope.find_scope([builders.digest_for(a) for a in arts], (), []).text)
    assert "Based on 3 sources from 2 outlets (Outlet 0, Outlet 1); 1 names its author (Lena Marsh)." in text
    arts = tuple(builders.article(n, LINES, author=f"Writer {n}") for n in "de")
    text = " ".join(scope.find_scope([builders.digest_for(a) for a in arts], (), []).text)
    assert "Based on 2 sources, by 2 authors (Writer d, Writer e)." in text


def test_scope_says_how_many_sources_name_an_outlet_when_not_all_do():
    """An agency one dateline names is not every source's: "from 1 outlet
    (Agency)" would credit all four sources to it."""
    arts = (builders.article("a", LINES, outlet="Agency"),) + tuple(builders.article(n, LINES) for n in "bcd")
    text = " ".join(scope.find_scope([builders.digest_for(a) for a in arts], (), []).text)
    assert "Based on 4 sources; 1 names its outlet (Agency)." in text and "from 1 outlet" not in text


def test_relative_time_is_resolved_against_a_stated_date():
    art = builders.article("d", LINES, published="2021-04-14")
    assert relative.annotate("They met last week and again on Monday.", art) == \
        "They met last week [5–11 April 2021] and again on Monday [12 April 2021]."
    assert relative.annotate("He spoke on Fox News Sunday; the vote is next year.", art) == \
        "He spoke on Fox News Sunday; the vote is next year [2022]."
    assert relative.annotate("Speaking on Russia Today, she said it would open today.", art) == \
        "Speaking on Russia Today, she said it would open today [14 April 2021]."
    assert relative.annotate("Today the port opened.", art) == "Today [14 April 2021] the port opened."
    assert relative.annotate("Last week the host of “Last Week Tonight” spoke on ABC's This Week.", art) == \
        "Last week [5–11 April 2021] the host of “Last Week Tonight” spoke on ABC's This Week."
    assert relative.annotate("On “Saturday Evening Roundup,” she spoke on Friday.", art) == \
        "On “Saturday Evening Roundup,” she spoke on Friday [9 April 2021]."
    assert relative.annotate('"Sunday was calm," he said.', art) == '"Sunday was calm," he said.'  # words as said
    assert relative.annotate('He told NBC\'s "Today" show on Monday.', art) == \
        'He told NBC\'s "Today" show on Monday [12 April 2021].'
    assert relative.annotate('"And I hope he can," he told “Today.”', art) == '"And I hope he can," he told “Today.”'
    assert relative.annotate("He told TODAY's host on Monday.", art) == "He told TODAY's host on Monday [12 April 2021]."
    assert relative.annotate('She said: "Today we vote."', art) == 'She said: "Today we vote."'
    assert relative.annotate('“We met Monday,” she said on Monday.', art) == \
        '“We met Monday,” she said on Monday [12 April 2021].'
    assert relative.annotate("Thursday, July 18, 2024 was the date.", art) == "Thursday, July 18, 2024 was the date."
    assert relative.annotate("On Wednesday last week they met; he left last Friday.", art) == \
        "On Wednesday last week [7 April 2021] they met; he left last Friday [c. 9 April 2021]."
    assert relative.annotate("No word on next month’s summit.", art) == "No word on next month’s [May 2021] summit."


def _dated_corpus(dates):
    """One article per date (None: undated), each from its own outlet."""
    return tuple(builders.article(f"d{i}", LINES, outlet=f"Outlet {i}", title=f"Story {i}", published=date)
                 for i, date in enumerate(dates))


def _standing(arts, stances):
    voices = [view(a, f"Voice {i}", stance, 2.0 if stance == "optimistic" else -2.0, 1 + (stance == "skeptical"))
              for i, (a, stance) in enumerate(zip(arts, stances))]
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")}
    return found["standing"].text


def test_direction_sets_the_earlier_sources_against_the_later_with_their_dates():
    arts = _dated_corpus(["2021-05-03", "2022-01-10", "2024-05-04", "2024-05-06"])
    text = _standing(arts, ["optimistic", "optimistic", "skeptical", "skeptical"])
    assert ("Over time the sources move from optimistic (S1, 3 May 2021; S2, 10 January 2022) "
            "to skeptical (S3, 4 May 2024; S4, 6 May 2024).") in text


def test_a_steady_reading_is_said_to_hold_and_undated_sources_are_left_out():
    arts = _dated_corpus(["2021-05-03", None, "2024-05-04"])
    text = _standing(arts, ["skeptical", "optimistic", "skeptical"])
    assert ("the earlier sources (S1, 3 May 2021) and the later ones (S3, 4 May 2024) are both skeptical "
            "(one undated source is left out)") in text


def test_without_dates_the_direction_cannot_be_told():
    text = _standing(_dated_corpus([None, None]), ["optimistic", "skeptical"])
    assert text.endswith("Which way it is moving cannot be told: no source with a view states its date.")
    text = _standing(_dated_corpus(["2024-05-04", None]), ["optimistic", "skeptical"])
    assert "cannot be told: only one source with a view states its date (S1, 4 May 2024)." in text
    text = _standing(_dated_corpus(["2024-05-04", "2024-05-04"]), ["optimistic", "skeptical"])
    assert "cannot be told: all the dated sources are from 4 May 2024." in text


def test_a_reported_clause_is_never_a_one_word_fragment():
    from briefing.synthesize.judgments import _clause

    assert _clause("WASHINGTON — The senators agreed on Tuesday to reopen the talks.", "", 130) == \
        "The senators agreed on Tuesday to reopen the talks"
    assert _clause("Still, the senators agreed to reopen the talks, and the vote comes next.", "", 130) == \
        "Still, the senators agreed to reopen the talks"


def test_a_participial_opening_is_no_reported_clause():
    from briefing.synthesize.judgments import _clause

    assert _clause("Opening the new session — in which every bill must name its cost — the senators began to read "
                   "the budget aloud.", "", 130) == "The senators began to read the budget aloud"
    assert _clause("Speaking to reporters on Monday, the mayor said the budget would balance.", "", 130) == \
        "The mayor said the budget would balance"
    # "-thing" words and names are no participles.
    assert _clause("Nothing in the files, officials said, supports the theory.", "", 130) == \
        "Nothing in the files, officials said, supports the theory"
    assert _clause("Sterling said, in a statement, that the club was never sold.", "", 130) == \
        "Sterling said, in a statement, that the club was never sold"


def test_a_cut_clause_does_not_end_on_a_function_word():
    from briefing.language.labels import shorten

    cut = shorten("The sheriff announced on Tuesday he will officially endorse the governor for the nomination", 75)
    assert cut == "The sheriff announced on Tuesday he will officially endorse the governor…"
    assert shorten("short enough", 75) == "short enough"
    owned = shorten("The singer posted two photos to her page in protest of the network's rules on what may be shown", 60)
    assert owned == "The singer posted two photos to her page in protest…"
    marked = shorten("The lawyer disputed its ‘account’ of the talks, as well as the ‘characterization’ of the deal", 90)
    assert marked == "The lawyer disputed its ‘account’ of the talks, as well as the ‘characterization’…"


def test_an_actor_brief_states_no_standing_from_the_voices_tone_alone():
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "supportive", 2.0, 1, role="mayor"),
              view(arts[1], "Olek Petrenko", "critical", -3.0, 2, role="engineer"),
              view(arts[1], "Ann Berg", "critical", -1.0, 2)]
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the mayor")}
    # A voice's tone does not say whom it judges: with no quote read toward
    # an actor by name, page one states no standing (the balance of voices
    # judging different actors is no judgement of any one of them), and no
    # voice is set against another.
    assert "standing" not in found and "divergence" not in found


def cell(art, actor, polarity, index=1):
    return Portrayal(actor=actor, article=art.id, polarity=polarity, score=-0.5 if polarity == "negative" else 0.5,
                     evidence=(builders.claim(art, index),) if polarity != "neutral" else (), mentions=2)


def actor_brief(arts, portrayals=(), divergences=()):
    voices = [view(arts[0], "Jana Novák", "supportive", 2.0, 1, role="mayor")]
    brief = brief_of(arts, viewpoints=voices)
    return replace(brief, portrayals=tuple(portrayals), divergences=tuple(divergences))


def taken(art, voice, label, actor="Jana Novák"):
    from briefing.models import Sentiment
    from briefing.synthesize.divergences import Taken

    # LINES[1] names "Jana Novák": a reading page one counts names its actor in its sentence.
    # A quote counts on a side only with a word judging that way (`divergences.worded`).
    words = {"negative": "a reckless plan", "positive": "a wise plan"}.get(label, "words")
    reading = Sentiment(target=actor, label=label, score=0.9, source=source(art, 1), voice=voice, quote=words)
    return Taken(actor=actor, voice=voice, reading=reading, article=art.id, text=f"“{words}”")


def quoted_standing(monkeypatch, arts, negative=(), positive=(), actor="Jana Novák"):
    sides = {actor: {"negative": [taken(a, v, "negative", actor) for a, v in negative],
                     "positive": [taken(a, v, "positive", actor) for a, v in positive]}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    grid = [cell(arts[0], actor, "neutral")]
    found = [j for j in judgments.key_judgments(actor_brief(arts, grid), actor) if j.kind == "standing"]
    return found[0] if found else None


def test_an_actor_brief_leads_with_how_the_voices_quoted_take_sides(monkeypatch):
    arts = corpus(3)
    standing = quoted_standing(monkeypatch, arts, negative=[(arts[0], "Jo Roe"), (arts[1], "Kim Lee"),
                                                            (arts[2], "Ann Dale")])
    assert standing.text == ("Of the voices quoted on Jana Novák, three (Jo Roe, S1; Kim Lee, S2; Ann Dale, S3) "
                             "speak badly of Novák.")
    assert standing.confidence == "high" and standing.basis == "voices in three independent sources agree"


def test_voices_quoted_on_both_sides_are_set_out_with_low_confidence(monkeypatch):
    arts = corpus(2)
    standing = quoted_standing(monkeypatch, arts, negative=[(arts[0], "Jo Roe"), (arts[1], "Kim Lee")],
                               positive=[(arts[1], "Ann Dale")])
    assert standing.text == ("Of the voices quoted on Jana Novák whose side the brief reads, more speak badly of "
                             "Novák: two (Jo Roe, S1; Kim Lee, S2), against one (Ann Dale, S2).")
    assert standing.confidence == "moderate"
    even = quoted_standing(monkeypatch, arts, negative=[(arts[0], "Jo Roe")], positive=[(arts[1], "Ann Dale")])
    assert even.text == ("The voices quoted on Jana Novák whose side the brief reads are divided: one (Jo Roe, S1) "
                         "speaks badly of Novák, one (Ann Dale, S2) well.")
    assert even.confidence == "low" and even.basis == "quoted voices evenly split"


def test_a_quote_read_only_by_its_tone_does_not_lead_page_one(monkeypatch):
    from dataclasses import replace as copy

    arts = corpus(2)
    tone = taken(arts[0], "Jo Roe", "negative")
    tone = copy(tone, reading=copy(tone.reading, target="<clause>"))
    monkeypatch.setattr(judgments.divergences, "voice_sides",
                        lambda digests, people: {"Jana Novák": {"negative": [tone], "positive": []}})
    found = judgments.key_judgments(actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")]), "Jana Novák")
    assert not any("Jo Roe" in j.text for j in found)


def dispute(arts, well, badly):
    positions = [Position(voice=v, text=f"“Words of {v}.”", sources=(source(arts[i % len(arts)]),),
                          label="speaks well of Ann Berg") for i, v in enumerate(well)]
    positions += [Position(voice=v, text=f"“Words of {v}.”", sources=(source(arts[i % len(arts)]),),
                           label="speaks badly of Ann Berg") for i, v in enumerate(badly)]
    return Divergence(topic="Views of Ann Berg", kind="actor", positions=tuple(positions))


def test_an_actor_dispute_with_two_voices_a_side_is_on_page_one():
    arts = corpus(2)
    found = {j.kind: j for j in judgments.key_judgments(
        actor_brief(arts, divergences=[dispute(arts, ["Jana Novák", "Kim Lee"], ["Olek Petrenko", "Jo Roe"])]),
        "Ann Berg")}
    # The people list gives Jana Novák's role; Olek Petrenko has none.
    assert found["divergence"].text == ("Views of Ann Berg diverge: Jana Novák (mayor of the port town, S1, "
                                        "5 March 2024) speaks well of Ann Berg (“Words of Jana Novák”), while Olek "
                                        "Petrenko (S1, 5 March 2024) speaks badly of Ann Berg (“Words of Olek Petrenko”).")
    assert found["divergence"].confidence == "low"
    assert found["divergence"].basis.startswith("two voices quoted for and two against Ann Berg")


def test_the_dispute_on_page_one_counts_its_voices_as_the_standing_judgment_does(monkeypatch):
    """The divergence shows three voices a side; where four speak well of
    Jana Novák and three badly, both page-one judgments say four and three."""
    arts = corpus(4)
    well = ["Kim Lee", "Jo Roe", "Ann Dale", "Ivo Tamm"]
    badly = ["Olek Petrenko", "Ola Rask", "Tove Sand"]
    sides = {"Jana Novák": {"positive": [taken(arts[i], v, "positive") for i, v in enumerate(well)],
                            "negative": [taken(arts[i], v, "negative") for i, v in enumerate(badly)]}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    shown = dispute(arts, well[:3], badly)
    shown = replace(shown, topic="Views of Jana Novák", positions=tuple(
        replace(p, label=p.label.replace("Ann Berg", "Jana Novák")) for p in shown.positions))
    brief = actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")], divergences=[shown])
    found = {j.kind: j for j in judgments.key_judgments(brief, "Jana Novák")}
    assert "four (" in found["standing"].text and "against three (" in found["standing"].text
    assert found["divergence"].basis.startswith("four voices quoted for and three against Jana Novák")


def test_one_quote_each_way_is_too_little_for_page_one():
    arts = corpus(2)
    found = {j.kind for j in judgments.key_judgments(
        actor_brief(arts, divergences=[dispute(arts, ["Jana Novák"], ["Olek Petrenko", "Jo Roe"])]), "Ann Berg")}
    assert "divergence" not in found


def test_no_voice_with_a_side_is_said_on_page_one():
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "neutral", 0.0, 1), view(arts[1], "Olek Petrenko", "neutral", 0.0, 2)]
    (standing,) = [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")
                   if j.kind == "standing"]
    assert standing.text == "No voice in the sources takes a clear side on the ferry plan: two voices are heard without one."
    assert standing.confidence == "low" and {s.article for s in standing.sources} == {"a0", "a1"}


def test_an_actor_brief_states_no_stance_of_an_actor_toward_themselves():
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "supportive", 2.0, 1, role="mayor"),
              view(arts[1], "Olek Petrenko", "critical", -3.0, 2, role="engineer")]
    found = {j.kind: j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices),
                                                          "the main actors (Jana Novák, Ann Berg)")}
    # Jana Novák's own supportive voice is no view of the main actors, and
    # Olek Petrenko's tone alone names no actor he judges: no standing.
    assert "standing" not in found and "divergence" not in found


def test_an_article_voice_on_page_one_is_named_by_its_number_not_its_headline():
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "optimistic", 2.0, 1, role="mayor"),
              view(arts[1], "Engineer Slams Pier", "skeptical", -3.0, 2, kind="outlet")]
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices)) if j.kind == "divergence"]
    assert "while the reporting of S2 (6 March 2024) is skeptical" in found.text
    assert "Slams" not in found.text


def test_a_lone_article_voice_is_named_by_its_number():
    arts = corpus(2)
    lone = view(arts[1], "Engineer Slams Pier", "skeptical", -3.0, 2, kind="outlet")
    voices = [replace(lone, evidence=lone.evidence + (builders.claim(arts[1], 1),))]
    (standing,) = [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")
                   if j.kind == "standing"]
    assert standing.text == "Only one voice takes a view on the ferry plan: the reporting of S2 is skeptical."
    # One sentence of one voice is no standing.
    assert not [j for j in judgments.key_judgments(brief_of(arts, viewpoints=[lone]), "the ferry plan")
                if j.kind == "standing"]


def test_voices_are_not_said_to_speak_of_an_adjective(monkeypatch):
    arts = tuple(builders.article(f"c{i}", (LINES[0], "Jo Roe said the Catholics and every Catholic were wrong.",
                                            LINES[2]), outlet=f"Outlet {i}", title=f"Story {i}",
                                  published=f"2024-03-0{5 + i}") for i in range(2))
    assert quoted_standing(monkeypatch, arts, negative=[(arts[0], "Jo Roe")], actor="Catholic") is None
    plural = quoted_standing(monkeypatch, arts, negative=[(arts[0], "Jo Roe")], actor="Catholics")
    assert plural.text == "Of the voices quoted on Catholics, one (Jo Roe, S1) speaks badly of Catholics."


def test_scope_of_undated_sources_says_the_date_is_only_a_lower_bound():
    arts = tuple(builders.article(f"u{i}", ("The assault-weapons ban of 1994 expired in 2004.", "Talks went on."),
                                  outlet=f"Outlet {i}") for i in range(2))
    found = scope.find_scope([builders.digest_for(a) for a in arts], (), [])
    assert found.as_of_bounded
    text = " ".join(found.text)
    assert "going by the dates they report, they were written no earlier than 2004" in text
    assert "Information as of" not in text  # it would read as the date of the information


def test_scope_lists_sources_dated_only_approximately_apart_from_undated_ones():
    noted = builders.article("f", LINES, published="2016-09-03", date_note="Date taken from the file's name.")
    arts = (noted, builders.article("u", LINES))
    found = scope.find_scope([builders.digest_for(a) for a in arts], (), [])
    assert found.undated == ("S2",) and found.approximately_dated == ("S1",)
    assert "Dated only approximately (by a page header or the file's name): S1;" in " ".join(found.text)


def test_a_voice_and_their_lawyer_are_one_voice_on_page_one(monkeypatch):
    from briefing.models import Person, Role

    arts = corpus(3)
    sides = {"Jana Novák": {"negative": [taken(arts[0], "Jo Roe", "negative"), taken(arts[1], "Kim Lee", "negative"),
                                         taken(arts[2], "Jo Roe", "negative")], "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    people = (Person(name="Jana Novák", role="mayor"), Person(name="Jo Roe", role="senator"),
              Person(name="Kim Lee", role="Roe's lawyer",
                     roles=(Role(text="Roe's lawyer", article=arts[1].id, source=source(arts[1])),)))
    brief = replace(actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")]), people=people)
    (standing,) = [j for j in judgments.key_judgments(brief, "Jana Novák") if j.kind == "standing"]
    assert "Jo Roe" in standing.text and "Kim Lee" in standing.text
    assert standing.confidence == "low" and standing.basis == "one person's voice and those who speak for them"


def test_one_voice_past_the_named_ones_is_named_too_more_are_counted(monkeypatch):
    arts = corpus(3)
    names = ["Jo Roe", "Kim Lee", "Ann Dale", "Bo Li", "Eva Holm"]
    four = quoted_standing(monkeypatch, arts, negative=[(arts[i % 3], n) for i, n in enumerate(names[:4])])
    assert four.text == ("Of the voices quoted on Jana Novák, four (Jo Roe, S1; Kim Lee, S2; Ann Dale, S3; Bo Li, S1) "
                         "speak badly of Novák.")
    five = quoted_standing(monkeypatch, arts, negative=[(arts[i % 3], n) for i, n in enumerate(names)])
    assert "Ann Dale, S3; and two more)" in five.text


def test_a_claim_more_sources_agree_on_comes_before_a_background_year():
    arts = corpus(3)
    background = Event(date="1909", text="The game has been played every summer since 1909.",
                       sources=(source(arts[0], 2), source(arts[1], 2)), expression="1909")
    claim = Agreement(text=LINES[0], sources=tuple(source(a) for a in arts), corroborated=True)
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[background], agreements=[claim]))
                if j.kind == "corroborated"]
    assert "ferry terminal" in found.text and found.confidence == "high"


def test_a_quotation_agreed_on_is_not_a_corroborated_development():
    arts = corpus(3)
    said = Agreement(text="“The message from the vote is clear — voters want change,” she said.",
                     sources=tuple(source(a, 1) for a in arts), corroborated=True)
    assert not [j for j in judgments.key_judgments(brief_of(arts, agreements=[said])) if j.kind == "corroborated"]


def test_a_clause_too_long_is_cut_before_a_relative_clause_not_inside_it():
    # "... evening in which she is expected…" parts a verb from what she is expected to do.
    said = ("The Harbour Board chairwoman Alma Velt will meet the ferry operators on Monday evening in which she is "
            "expected to announce a decision about whether to sell the old pier to the town.")
    assert judgments._clause(said, "", 130) == \
        "The Harbour Board chairwoman Alma Velt will meet the ferry operators on Monday evening…"
    # An infinitive after the noun says what it was for: no relative clause to leave out.
    used = ("The chief of staff of the governor used a former harbour master of Aldbury as an intermediary to see if "
            "the ferry owners would drop their claim against the town in exchange for a seat on the new board.")
    assert "intermediary…" not in judgments._clause(used, "", 130)


def test_a_quotation_a_cut_leaves_open_is_closed():
    said = ("“I trust the harbour board, but the board must now show every one of us that it can fix the old pier and "
            "pay the fishermen back for every day they lost,” the mayor said during a speech at the pier on Tuesday.")
    shown = judgments._clause(said, "", 130)
    assert shown.startswith("‘I trust") and shown.endswith("…’")
    assert judgments._closing_nested("it can’t be fixed…") == "it can’t be fixed…"


def test_a_quotation_inside_a_reported_clause_keeps_its_marks():
    said = "“I will not pay,” the former minister said on Thursday in an interview."
    assert judgments._clause(said, "Thursday", 130) == "‘I will not pay,’ the former minister said on Thursday in an interview"
    assert judgments._clause("“The ferry is late.”", "", 130) == "The ferry is late"


def test_a_measure_someone_owns_takes_no_article():
    arts = corpus(1)
    fig = Figure(text="44 percent", value=44.0, unit="%", measures="Smith's Hispanic vote",
                 sentence=LINES[0], sources=(source(arts[0]),))
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=[fig])) if j.kind == "figure"]
    assert "44 percent for Smith's Hispanic vote, as given in S1" in found.text
    fig = replace(fig, measures="firm's shares")
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=[fig])) if j.kind == "figure"]
    assert "44 percent for the firm's shares" in found.text


def test_a_one_word_topic_reads_in_lower_case_where_the_articles_write_it_so():
    deaths = builders.digest_of("d", ["Deaths rose in the county.", "Two deaths were reported."])
    russia = builders.digest_of("r", ["Russia signed the deal.", "Ties with Russia grew."])
    assert judgments.topic_words("Deaths", [deaths]) == "deaths"
    assert judgments.topic_words("Russia", [russia]) == "Russia"
    assert judgments.topic_words("Immigration reform") == "immigration reform"


def test_a_clause_of_names_alone_runs_on_to_the_clause_after_it():
    said = "Rep. Alma Velt, R-Calif., and her husband, Olek, were indicted on charges of misusing funds."
    assert judgments._clause(said, "", 130) == "Rep. Alma Velt, R-Calif., and her husband, Olek, were indicted on " \
                                               "charges of misusing funds"


def test_a_list_is_not_cut_at_its_last_and():
    said = "Joining a chorus of bishops, teachers, nurses, and union leaders, ninety scholars wrote to the minister."
    assert judgments._clause(said, "", 130) == said.rstrip(".")
    assert judgments._clause("The talks were over, and the ministers went home in anger.", "", 130) == "The talks were over"


def test_an_opening_phrase_stays_when_a_name_in_apposition_runs_it_on():
    said = "After mocking the minister's wife, Ana Velt, who had been ill for years, he shared a photo of her online."
    assert judgments._clause(said, "", 130) == said.rstrip(".")
    assert judgments._clause("After a long visit to Norland, the minister signed the trade agreement.", "", 130) == \
        "The minister signed the trade agreement"


def test_an_opening_phrase_cut_off_by_a_clause_break_is_no_clause_alone():
    said = ("Until the treaty with Norland in 1994, and especially the opening of the port, trade was mostly "
            "regional and imports came from the north.")
    assert judgments._clause(said, "", 130).startswith("Until the treaty with Norland in 1994, and especially the "
                                                       "opening of the port, trade was mostly regional")
    said = "After the vote in May, and after a long recount, the council named a new mayor for the city."
    assert judgments._clause(said, "", 130) == said.rstrip(".")


def test_an_interview_turns_label_is_no_part_of_a_clause():
    said = "A: Well, I think he has a lot of people afraid, and I think not just people who are here."
    assert judgments._clause(said, "", 130) == "Well, I think he has a lot of people afraid"
    assert judgments._clause("US officials said the talks failed.", "", 130) == "US officials said the talks failed"


def test_a_quotation_is_not_cut_at_a_break_inside_it():
    said = "“The message from the vote is clear — voters want change,” Ms. Velt, a former lawyer, said in a statement."
    assert judgments._clause(said, "", 130) == \
        "‘The message from the vote is clear — voters want change,’ Ms. Velt, a former lawyer, said in a statement"


def test_a_quote_whose_sentence_names_the_actor_only_as_he_or_she_does_not_lead_page_one(monkeypatch):
    from dataclasses import replace as copy

    arts = corpus(3)
    negative = [(arts[0], "Jo Roe"), (arts[1], "Kim Lee"), (arts[2], "Ann Dale")]
    sides = {"Jana Novák": {"negative": [copy(t, reading=copy(t.reading, source=source(t_art, 2)))
                                         for t, (t_art, _v) in zip([taken(a, v, "negative") for a, v in negative],
                                                                   negative)],
                            "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    found = judgments.key_judgments(actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")]), "Jana Novák")
    assert not any("Jo Roe" in j.text for j in found)


def test_a_figure_whose_measure_only_repeats_its_unit_is_no_key_figure():
    arts = corpus(1)
    empty = Figure(text="one million tons", value=1e6, unit="tons", measures="equivalent of tons",
                   sentence=LINES[0], sources=(source(arts[0]),))
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=[empty])) if j.kind == "figure"]
    named = replace(empty, measures="equivalent of TNT in tons")
    assert [j for j in judgments.key_judgments(brief_of(arts, figures=[named])) if j.kind == "figure"]


def test_a_source_giving_another_amount_does_not_back_a_development():
    spent = "The port authority spent $117 million on the new ferry terminal after two years of work."
    other = "The port authority spent nearly $200 million on the new ferry terminal after two years of work."
    arts = (builders.article("a0", (spent,), outlet="Outlet 0", title="Story 0", published="2024-03-05"),
            builders.article("a1", (other,), outlet="Outlet 1", title="Story 1", published="2024-03-06"),
            builders.article("a2", (spent,), outlet="Outlet 2", title="Story 2", published="2024-03-07"))
    event = Event(date="2024", text=spent, sources=tuple(source(a) for a in arts), expression="2024")
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, events=[event])) if j.kind == "corroborated"]
    assert "two independent sources (S1, S3) report" in found.text and found.confidence == "moderate"
    assert {s.article for s in found.sources} == {"a0", "a2"}


def test_a_dated_development_whose_clause_is_cut_short_of_its_date_is_no_judgment():
    """The sources agree on the year; the part page one could quote, cut
    before it, may be told by the first of them only."""
    long_ = ("The harbour fund will begin to pay more in pensions than it collects in fees this year which "
             "will lead the fund to run dry in 2046, according to the board's yearly report.")
    short = "The board warned last week that the harbour fund will run dry in 2046 and pensions would be cut."
    arts = (builders.article("a0", (long_,), outlet="Outlet 0", title="Story 0", published="2024-03-05"),
            builders.article("a1", (short,), outlet="Outlet 1", title="Story 1", published="2024-03-06"))
    dry = Event(date="2046", text=long_, sources=tuple(source(a) for a in arts), expression="2046")
    assert not [j for j in judgments.key_judgments(brief_of(arts, events=[dry])) if j.kind == "corroborated"]


def test_a_claim_told_in_its_writers_first_person_is_no_development():
    said = "We surveyed 900 households in the river valley from March to May and found that most had no clean water."
    arts = tuple(builders.article(f"a{i}", (said,), outlet=f"Outlet {i}", title=f"Story {i}",
                                  published=f"2024-03-0{5 + i}") for i in range(2))
    claims = [Agreement(text=said, sources=tuple(source(a) for a in arts), corroborated=True)]
    assert not [j for j in judgments.key_judgments(brief_of(arts, agreements=claims)) if j.kind == "corroborated"]
    told = said.replace("We surveyed", "The agency surveyed")
    arts = tuple(builders.article(f"a{i}", (told,), outlet=f"Outlet {i}", title=f"Story {i}",
                                  published=f"2024-03-0{5 + i}") for i in range(2))
    claims = [Agreement(text=told, sources=tuple(source(a) for a in arts), corroborated=True)]
    assert [j for j in judgments.key_judgments(brief_of(arts, agreements=claims)) if j.kind == "corroborated"]


def test_as_well_as_joins_two_nouns_and_cuts_no_clause():
    from briefing.synthesize.judgments import _clause

    sentence = "Poor planning by the council, as well as poor work by contractors, has delayed the bridge."
    assert _clause(sentence, "", 130) == sentence.rstrip(".")


def test_a_clause_whose_subject_is_the_sentences_is_not_cut_off():
    from briefing.synthesize.judgments import _clause

    sentence = "The agency has been in the news before, and has had its budget cut by $4 million this year."
    assert _clause(sentence, "$4 million", 200) == sentence.rstrip(".")


def test_an_actor_brief_whose_voices_take_no_side_still_reads_its_quoted_voices(monkeypatch):
    """Whether the subject is an actor is the caller's to say: a brief about
    a person whose voices are all mixed or neutral still leads with how the
    voices quoted take sides on that person, not with the voices' balance."""
    arts = corpus(2)
    sides = {"Jana Novák": {"negative": [taken(arts[0], "Jo Roe", "negative"), taken(arts[1], "Kim Lee", "negative")],
                            "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    brief = replace(brief_of(arts, viewpoints=[view(arts[0], "Jo Roe", "mixed", 0.1, 1)]),
                    portrayals=(cell(arts[0], "Jana Novák", "neutral"),))
    guessed = [j.text for j in judgments.key_judgments(brief, "Jana Novák") if j.kind == "standing"]
    told = [j.text for j in judgments.key_judgments(brief, "Jana Novák", actor=True) if j.kind == "standing"]
    assert not any("Of the voices quoted" in t for t in guessed)
    assert told == ["Of the voices quoted on Jana Novák, two (Jo Roe, S1; Kim Lee, S2) speak badly of Novák."]


def test_an_aside_between_two_dashes_stays_in_its_clause():
    from briefing.synthesize.judgments import _clause

    assert _clause("The mayor said the ferry — and anything like it — should be run by the city.", "", 130) == \
        "The mayor said the ferry — and anything like it — should be run by the city"


def test_a_voice_framed_by_the_writer_is_quoted_by_its_own_words():
    """A position that is the writer's sentence around a short quotation
    ("Ann Lee, a contestant on the show “Island Life,” said her boss was
    “always kind and generous”") is quoted on page one by those words, not
    by the writer's opening; a quotation of two words is a name, not them."""
    framed = ("Ann Lee, a contestant on the show “Island Life,” who later worked for her, said her boss was "
              "“always kind and generous and charming.”")
    assert judgments._quoted_words(framed) == "always kind and generous and charming"
    assert judgments._quoted_words("“It is a fraud,” she said.") == ""
    assert judgments._quoted_words("She said it was fine.") == ""


def test_quotations_are_not_joined_over_words_that_carry_their_sense():
    """"something “must be very big” for Velt's ratings to fall, such as
    “a sudden strike in the harbour”": joined as "must be very big … a
    sudden strike" the words would say the opposite; a speech tag between
    two quotations carries nothing and they are joined."""
    carried = ("He said that something “must be very big” for Velt's ratings to fall before the vote, such as "
               "“a sudden strike in the harbour.”")
    assert judgments._quoted_words(carried) == ""
    tagged = "Ola Rask called it “a sad day for the town,” she told the paper, “and a worse one for the port.”"
    assert judgments._quoted_words(tagged) == "a sad day for the town … and a worse one for the port"


def test_only_the_words_page_one_quotes_count_as_corroborated():
    """Two sources back the tail of a claim ("the flood destroyed forty
    homes"), not its head, which page one quotes ("Critics charged that
    the council failed to answer ..."): that is no corroborated claim."""
    claim = ("Critics charged that the council meeting on Tuesday failed to answer a single question from the "
             "residents about the March flood — the flood destroyed forty homes along the river in the valley.")
    backer = "The March flood destroyed forty homes along the river in the valley, officials said."
    arts = (builders.article("a0", (claim,), outlet="Outlet 0", title="Story 0", published="2024-03-05"),
            *(builders.article(f"a{i}", (backer,), outlet=f"Outlet {i}", title=f"Story {i}", published="2024-03-06")
              for i in (1, 2)))
    agreed = Agreement(text=claim, sources=tuple(source(a) for a in arts), corroborated=True)
    # Matched in no source's words, it is no judgment: the others may tell it in other words.
    assert not [j for j in judgments.key_judgments(brief_of(arts, agreements=[agreed])) if j.kind == "corroborated"]
    # Backed in the words it quotes, it stands.
    told = builders.article("a3", ("Critics charged that the council meeting failed to answer a single question "
                                   "from the residents.",), outlet="Outlet 3", title="Story 3", published="2024-03-06")
    agreed = Agreement(text=claim, sources=(source(arts[0]), source(told)), corroborated=True)
    (found,) = [j for j in judgments.key_judgments(brief_of((arts[0], told), agreements=[agreed]))
                if j.kind == "corroborated"]
    assert found.text.startswith("Best corroborated: two independent sources")


def test_a_source_without_the_year_a_claim_states_does_not_corroborate_it():
    """"Ina Brook, who founded the Harbour Trust in 1988, has backed the
    ferry plan": a source saying she founded the trust and backed the plan,
    but not when, backs the rest only; one that gives the year backs it."""
    claim = "Ina Brook, the sailor who founded the Harbour Trust in 1988, has backed the new ferry plan."
    loose = "Ina Brook, founder of the Harbour Trust, has backed the new ferry plan, her office said."
    full = "Ina Brook, who founded the Harbour Trust in 1988, has backed the new ferry plan, her office said."

    def corroborated(other):
        arts = (builders.article("a0", (claim,), outlet="Outlet 0", title="Story 0", published="2024-03-05"),
                builders.article("a1", (other,), outlet="Outlet 1", title="Story 1", published="2024-03-06"))
        agreed = Agreement(text=claim, sources=tuple(source(a) for a in arts), corroborated=True)
        found = [j.text for j in judgments.key_judgments(brief_of(arts, agreements=[agreed]))
                 if j.kind == "corroborated"]
        return found[0] if found else ""

    assert corroborated(loose) == ""
    assert corroborated(full).startswith("Best corroborated: two independent sources")


def test_a_development_that_leans_on_the_sentence_before_is_not_page_ones():
    """"He left the port authority in August 2015", however many sources
    give it, says on page one neither who nor what."""
    lines = (LINES[0], "He left the port authority in August 2015 after two years of work on the terminal.")
    arts = tuple(builders.article(f"a{i}", lines, outlet=f"Outlet {i}", title=f"Story {i}", published="2024-03-05")
                 for i in range(3))
    left = Event(date="2015-08", text=lines[1], sources=tuple(source(a, 1) for a in arts), expression="August 2015")
    opened = Event(date="2024-03-04", text=LINES[0], sources=tuple(source(a) for a in arts[:2]),
                   expression="4 March 2024")
    found = [j for j in judgments.key_judgments(brief_of(arts, events=[left, opened])) if j.kind == "corroborated"]
    assert found and "ferry terminal" in found[0].text and "He left" not in found[0].text


def test_a_development_whose_relative_date_stays_unresolved_takes_no_other_date():
    """"The fund pays out more than it takes in this year, and will run dry
    by 2046": in undated articles "this year" stays as written, and page
    one must not date the claim 2046, the year its own words put later."""
    said = "The harbour fund pays out more than it takes in this year and will run dry by 2046, the board said."
    arts = tuple(builders.article(f"a{i}", (said,), outlet=f"Outlet {i}", title=f"Story {i}") for i in range(2))
    dry = Event(date="2046", text=said, sources=tuple(source(a) for a in arts), expression="2046")
    found = [j for j in judgments.key_judgments(brief_of(arts, events=[dry])) if j.kind == "corroborated"]
    assert found and "this year" in found[0].text and "(2046)" not in found[0].text


def test_a_claim_no_other_source_words_alike_is_no_judgment():
    """Two sources telling one event in other words are not matched: page
    one must not say the central claim is told in no other source, nor in
    a one-source brief, where nothing could be matched; the scope note
    leaves corroboration out there too."""
    plain = "The council approved three new hotels on the river front after a long debate on Tuesday."
    arts = (builders.article("a0", (plain,), outlet="Outlet 0", title="Story 0", published="2024-03-05"),
            builders.article("a1", ("Three hotels will rise by the river, the city decided.",), outlet="Outlet 1",
                             title="Story 1", published="2024-03-05"))
    claims = [Agreement(text=plain, sources=(source(arts[0]),), corroborated=False)]
    for given in (arts, arts[:1]):
        assert not [j for j in judgments.key_judgments(brief_of(given, agreements=claims)) if j.kind == "corroborated"]
    alone = scope.find_scope([builders.digest_for(arts[0])], (), claims)
    assert not any("main claims" in line for line in alone.text)

def test_voices_whose_words_never_name_the_topic_give_no_standing_on_it():
    """A tone read toward the corpus's names is no stance on a theme the
    voice never names: page one says nothing rather than count it, nor
    sets it against another voice."""
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "optimistic", 2.0, 1),
              replace(view(arts[1], "Outlet 1", "skeptical", -3.0, 2, kind="outlet"),
                      evidence=(builders.claim(arts[1], 2), replace(builders.claim(arts[1], 2),
                                                                   text="Silver rose 15 cents on the day.")))]
    assert [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")
            if j.kind == "standing"]
    voices[1] = replace(voices[1], evidence=(replace(builders.claim(arts[1], 2), text="Silver rose 15 cents."),))
    assert not [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")
                if j.kind in ("standing", "divergence")]


def test_a_voice_the_sources_show_backing_the_actor_is_not_counted_as_speaking_badly_of_them(monkeypatch):
    """The sentiment model reads a supporter's praise as blame more often
    than supporters turn: "Kim Lee will campaign for Jana Novák" leaves Lee
    off the side that speaks badly of Novák."""
    lines = LINES + ("Deputy Kim Lee will campaign for Jana Novák in the autumn.",)
    arts = tuple(builders.article(f"a{i}", lines, outlet=f"Outlet {i}", title=f"Story {i}",
                                  published=f"2024-03-0{5 + i}") for i in range(2))
    standing = quoted_standing(monkeypatch, arts, negative=[(arts[0], "Kim Lee"), (arts[1], "Jo Roe")])
    assert standing.text == "Of the voices quoted on Jana Novák, one (Jo Roe, S2) speaks badly of Novák."
    assert quoted_standing(monkeypatch, arts, negative=[(arts[0], "Kim Lee")]) is None


def test_a_figure_only_one_source_quotes_a_voice_giving_is_no_key_figure():
    # "the $900,000 riddle" is the mayor's turn of phrase, not an amount the brief can lead with.
    said = "“Nobody has solved the $900,000 riddle of the harbour,” the mayor told reporters."
    report = "The harbour board approved a $200,000 budget for dredging."
    art = builders.article("a0", (said, report), outlet="Outlet 0", title="Story 0", published="2024-03-05")
    words, plain = art.paragraphs
    riddle = Figure(text="$900,000", value=9e5, unit="USD", measures="cost of riddle", sentence=said,
                    sources=(Source(article="a0", paragraph=0, start=words.start + 23, end=words.start + 31),))
    budget = Figure(text="$200,000", value=2e5, unit="USD", measures="budget for dredging", sentence=report,
                    sources=(Source(article="a0", paragraph=1, start=plain.start + 29, end=plain.start + 37),))
    quote = Quote(text=said[1:said.index(",”")], speaker="the mayor", kind="direct",
                  sources=(Source(article="a0", paragraph=0, start=words.start + 1, end=words.start + 53),))
    brief = replace(brief_of([art], figures=[riddle, budget]), quotes=(quote,))
    (found,) = [j for j in judgments.key_judgments(brief) if j.kind == "figure"]
    assert found.text.startswith("Key figure: $200,000, the budget for dredging")


def test_a_figure_every_source_gives_only_inside_quoted_words_is_no_key_figure():
    """Two papers quoting one campaign flyer ("Governor Ilves has drained
    $3 billion from the parks fund") report that it was said, not that
    the parks fund lost $3 billion; one paper telling it in its own voice
    makes it a figure the brief can lead with."""
    said = "The flyer reads: “Governor Ilves has drained $3 billion from the parks fund.”"
    arts = [builders.article(f"a{i}", (said,), outlet=f"Outlet {i}", title=f"Story {i}", published="2024-03-05")
            for i in range(2)]

    def drained(art, text):
        start = art.paragraphs[0].start + text.index("$3 billion")
        return Figure(text="$3 billion", value=3e9, unit="USD", measures="money drained from parks fund",
                      sentence=text, sources=(Source(article=art.id, paragraph=0, start=start, end=start + 10),))

    def quote(art):
        start = art.paragraphs[0].start + said.index("“") + 1
        return Quote(text=said[said.index("“") + 1:said.index("”")], speaker=None, kind="direct",
                     sources=(Source(article=art.id, paragraph=0, start=start, end=start + 55),))

    figures = [drained(a, said) for a in arts]
    brief = replace(brief_of(arts, figures=figures), quotes=tuple(quote(a) for a in arts))
    assert not [j for j in judgments.key_judgments(brief) if j.kind == "figure"]
    plainly = "Governor Ilves has drained $3 billion from the parks fund, audit records show."
    told = builders.article("a1", (plainly,), outlet="Outlet 1", title="Story 1", published="2024-03-05")
    brief = replace(brief_of([arts[0], told], figures=[figures[0], drained(told, plainly)]),
                    quotes=(quote(arts[0]),))
    (found,) = [j for j in judgments.key_judgments(brief) if j.kind == "figure"]
    assert found.text.startswith("Key figure: $3 billion")


def test_a_figure_measured_by_a_verb_and_its_preposition_is_no_key_figure():
    """"accept from harbour firms", of "he had accepted about $90,000 from
    harbour firms", is no noun phrase: "Key figure: about $90,000 for the
    accept from harbour firms" read garbled.  A verb's subject joined by
    "of" makes one ("cost of the bridge", of "The bridge cost ...")."""
    arts = corpus(2)
    took = Figure(text="about $90,000", value=9e4, unit="USD", measures="accept from harbour firms",
                  sentence="The mayor said he had accepted “about $90,000” from harbour firms through the fund.",
                  sources=(source(arts[0]),), approximate=True)
    assert not [j for j in judgments.key_judgments(brief_of(arts, figures=[took])) if j.kind == "figure"]
    cost = replace(took, measures="cost of the bridge", sentence="The bridge cost about $90,000 to mend.")
    assert [j for j in judgments.key_judgments(brief_of(arts, figures=[cost])) if j.kind == "figure"]
    # A verb its article also uses as a noun reads as one: "the cut from the harbour fund".
    cut = replace(took, measures="cut from the harbour fund",
                  sentence="The mayor has cut $90,000 from the harbour fund.")
    assert judgments.verb_led(cut.measures, cut.sentence)
    assert not judgments.verb_led(cut.measures, cut.sentence, "The mayor has cut $90,000. Those cuts hurt.")


def test_voices_agree_with_no_dissent_only_where_no_quote_leans_the_other_way(monkeypatch):
    """A quote read well of the actor, though not surely enough to count
    ("He's a harbour man through and through", naming her only as "he"),
    is still a voice the other way: the counted voices agree, but not
    "with no dissent", nor with high confidence."""
    from briefing.models import Sentiment

    arts = corpus(3)
    negative = [(arts[0], "Jo Roe"), (arts[1], "Kim Lee"), (arts[2], "Ann Dale")]
    lean = Sentiment(target="Jana Novák", label="positive", score=0.75, source=source(arts[2], 1),
                     voice="Per Holm", quote="She has done right by the harbour")
    plain = actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")])
    leaning = replace(plain, digests=tuple(replace(d, sentiments=(lean,)) if d.article.id == "a2" else d
                                           for d in plain.digests))
    sides = {"Jana Novák": {"negative": [taken(a, v, "negative") for a, v in negative], "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    (found,) = [j for j in judgments.key_judgments(leaning, "Jana Novák") if j.kind == "standing"]
    assert found.confidence == "moderate"
    assert found.basis == "voices in three independent sources agree, with other quoted voices leaning the other way"
    (alone,) = [j for j in judgments.key_judgments(plain, "Jana Novák") if j.kind == "standing"]
    assert alone.confidence == "high"


def test_shares_of_one_whole_back_each_other_only_when_their_parts_are_one():
    """"2% of all pond life" said of reed frogs in one source and of water
    snails in another are two findings of one value, not one figure two
    sources give."""
    arts = corpus(2)
    frogs = Figure(text="2%", value=2.0, unit="%", measures="reed frogs as a share of pond life",
                   sentence=LINES[0], sources=(source(arts[0]),))
    snails = replace(frogs, measures="water snails as a share of all pond life", sources=(source(arts[1]),))
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=[frogs, snails])) if j.kind == "figure"]
    assert "given in" in found.text and found.confidence == "low"
    toads = replace(snails, measures="reed frogs as a share of the pond's life")
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, figures=[frogs, toads])) if j.kind == "figure"]
    assert "reported by S1, S2" in found.text


def test_a_voice_counts_on_a_side_only_with_a_word_judging_that_way():
    """"As for her, there is nothing new about it", said to excuse her, is
    no voice speaking badly of anyone: where a negation could have tipped
    the reading, a side needs a judging word of its sign, or of the other
    sign turned by a "not"."""
    assert not divergences.worded("As for her, there is nothing new about it, she said so last year.", "negative")
    assert divergences.worded("a bizarre and reckless choice", "negative")
    assert divergences.worded("She is not fit to lead the port.", "negative")
    assert not divergences.worded("She is not fit to lead the port.", "positive")
    assert divergences.worded("whatever it is", "neutral")
    # Without a negation, the reading stands: general English has more ways to blame than a lexicon lists.
    assert divergences.worded("He threw the port under a bus.", "negative")


def test_a_place_a_thing_or_an_illness_takes_no_side_on_page_one():
    """Voices are optimistic or skeptical on a plan, talks or a deal, not
    on a refugee camp or a lung illness: page one states no standing there."""
    assert judgments.open_to_sides("the ferry plan") and judgments.open_to_sides("trade talks")
    assert not judgments.open_to_sides("refugee camp") and not judgments.open_to_sides("wool allergy")
    assert not judgments.open_to_sides("")
    arts = corpus(3)
    voices = [view(a, f"Voice {i}", "skeptical", -0.6, 2) for i, a in enumerate(arts)]
    assert [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry plan")
            if j.kind == "standing"]
    assert not [j for j in judgments.key_judgments(brief_of(arts, viewpoints=voices), "the ferry pier")
                if j.kind == "standing"]


def test_a_lone_voice_is_not_said_to_have_others_speaking_for_it(monkeypatch):
    """One person quoted, in one source: the basis names no one speaking for them."""
    arts = corpus(2)
    sides = {"Jana Novák": {"negative": [taken(arts[0], "Jo Roe", "negative")], "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    brief = actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")])
    (standing,) = [j for j in judgments.key_judgments(brief, "Jana Novák") if j.kind == "standing"]
    assert standing.confidence == "low" and standing.basis == "one person's voice in a single source"


def test_a_quote_spoken_to_a_person_is_not_read_as_spoken_of_them():
    """"..., Lee told Ann Berg" addresses Berg: the quote says nothing of her,
    so page one does not count it as a voice on Berg; "Lee said Berg ..." does."""
    from briefing.models import Source

    def names(text: str) -> bool:
        return judgments._names(text, Source(article="a", paragraph=0, start=0, end=len(text)), "Ann Berg")

    assert not names("“Buyers kept asking us for better tools,” Lee told Ann Berg on stage.")
    assert not names("“It was a fine evening,” Lee said to Berg.")
    assert names("Lee said Berg had done a fine job with the tools.")
    assert names("“Berg is a fine leader,” Lee told Ann Berg.")
    assert names("Lee accused Berg of wasting the budget.")


def test_two_editions_of_one_wire_passage_give_a_fact_once():
    """Two outlets carry the same wire paragraphs, each trimmed by its
    editors: the terminal's opening, told in both, is one source's word,
    and so is the figure it gives."""
    wire = ["Ferry fares will rise by a tenth from the first of May this year.",
            "The island council has asked for a second berth to be built by the autumn.",
            "Local hoteliers said bookings for the summer were already higher than last year."]
    told = ["The port authority opened the new ferry terminal, which cost $40 million, on 4 March 2024 "
            "after two years of work.",
            "The port authority on Monday opened the new ferry terminal, which cost $40 million, on 4 March 2024 "
            "after two years of building work."]
    digests = (builders.digest_of("a0", [told[0], *wire]),
               builders.digest_of("a1", ["Islanders queued in the rain to see the new ferry arrive.", *wire, told[1]]))
    arts = tuple(replace(d.article, outlet=f"Outlet {i}") for i, d in enumerate(digests))
    digests = tuple(replace(d, article=a) for d, a in zip(digests, arts))
    where = (source(arts[0], 0), source(arts[1], 4))
    opened = Event(date="2024-03-04", text=told[0], sources=where, expression="4 March 2024")
    cost = [Figure(text="$40 million", value=4e7, unit="USD", measures="cost of the ferry terminal",
                   sentence=text, sources=(at,)) for text, at in zip(told, where)]
    brief = builders.brief(articles=arts, digests=digests, timeline=(opened,), agreements=(), figures=tuple(cost),
                           discrepancies=(), divergences=(), viewpoints=())
    found = {j.kind: j for j in judgments.key_judgments(brief)}
    assert "corroborated" not in found
    assert found["figure"].confidence == "low" and found["figure"].text.endswith("as given in S1.")


def test_an_amount_only_proposed_leads_only_when_sources_agree_on_it():
    arts = corpus(2)
    one = [Figure(text="$4 billion", value=4e9, unit="USD", measures="cuts from scheme (proposed)",
                  sentence=LINES[0], sources=(source(arts[0]),))]
    assert not figure_judgments(arts, one)
    both = [replace(one[0], sources=(source(arts[0]), source(arts[1])))]
    (found,) = figure_judgments(arts, both)
    assert "cuts from scheme (proposed)" in found.text


def test_a_single_source_figure_leads_only_when_central():
    """A figure one source alone gives deep in its article leads page one
    only when what it measures is what the brief is about; in the lede it
    always may."""
    lines = LINES + ("The ferry crew live in town.", "Many moved here last spring.",
                     "One of them rents a flat above the bakery for $400 a month.")
    arts = corpus(2)
    arts = (builders.article("a0", lines, outlet="Outlet 0", title="Story 0", published="2024-03-05"), arts[1])

    def led(measures, index):
        figure = Figure(text="$400", value=400.0, unit="USD", measures=measures, sentence=lines[index],
                        sources=(source(arts[0], index),))
        brief = builders.brief(articles=arts, digests=tuple(builders.digest_for(a) for a in arts),
                               figures=(figure,), discrepancies=(), divergences=(), viewpoints=(), timeline=(),
                               agreements=(), themes=(), title="Port authority: ferry terminal",
                               subject="Port authority, ferry terminal")
        return [j for j in judgments.key_judgments(brief) if j.kind == "figure"]

    assert not led("monthly rent of flat", 5)
    assert led("monthly rent of flat", 0)
    assert led("daily fare of the ferry", 5)


@pytest.mark.parametrize("sentence,text,said", [
    # An amount inside what someone suggests, proposes or urges is a proposal, not a fact.
    ("The councillor wrote a letter suggesting two fixes: give the ferry board the $2 million it asked for, "
     "or sell the old pier.", "$2 million", True),
    ("The mayor proposed spending $4 million on the pier.", "$4 million", True),
    ("The panel recommended a 10 percent rise in harbour fees.", "10 percent", True),
    ("Residents urged the council to set aside $1 million for repairs.", "$1 million", True),
    # A figure inside what someone concluded, estimated or said is that one's claim.
    ("She pointed to a survey which concluded there was only a 15 percent chance of floods under the new scheme.", "15 percent", True),
    ("The mayor estimates the repairs at $3 million.", "$3 million", True),
    ("Lind said that the bridge had cost $9 million.", "$9 million", True),
    # A fact, or one a trailing attribution sources as a report gives it, is no claim.
    ("Rents rose 5 percent last year.", "5 percent", False),
    ("The flat rents for $700 a month, the agent said.", "$700", False),
])
def test_a_figure_framed_as_someones_word_is_claimed(sentence, text, said):
    assert judgments.claimed(SimpleNamespace(sentence=sentence, text=text)) is said


def test_a_quote_that_asks_the_actor_to_act_is_not_said_of_them():
    """"Lee called for Ms. Berg to “use the audit to question” the board"
    asks something of Berg: no word of hers counted as blame; a quote
    naming her as who acts still is."""
    words = frozenset({"berg"})
    assert judgments._addressed_only("Ina Lee called on Friday for Ms. Berg to “use the audit to question” "
                                     "the board.", words)
    assert judgments._addressed_only("Ina Lee urged Ms. Berg to “stop the wasteful project.”", words)
    assert not judgments._addressed_only("“Ms. Berg wasted the money,” Ina Lee said.", words)


def test_a_long_clause_loses_its_asides_before_it_is_cut():
    """Page one quotes a long development without the apposition or the
    relative clause set off by commas (marked "…"), whole when it then
    nearly fits, and otherwise cut after a whole phrase of its verb, never
    inside one ("the plan drawn…")."""
    long_aside = ("Ana Ruiz, the harbour master who ran the port for a decade and a half before she retired, said on "
                  "Monday that the board had voted to raise the ferry levy for every island.")
    assert judgments._clause(long_aside, "", 130) == ("Ana Ruiz … said on Monday that the board had voted to raise "
                                                      "the ferry levy for every island")
    named = "The board's chair, Ana Ruiz, said the levy would rise."
    assert judgments._clause(named, "", 130) == "The board's chair, Ana Ruiz, said the levy would rise"
    too_long = ("The harbour board voted on Tuesday to raise the ferry levy for every island in the northern group "
                "and to close the old terminal by the end of the long summer season that the tourist office has "
                "planned with the ferry company")
    cut = judgments._clause(too_long, "", 130)
    assert cut.endswith("…") and len(cut) <= 130 and not cut.endswith("the…")
    known = ("Ana Ruiz, known across the northern islands for her long and stubborn fight against the new ferry levy, "
             "voted on Tuesday with the rest of the harbour board to raise the levy for every island in the group")
    assert "voted" in judgments._clause(known, "", 130)  # no cut in the clause set in before the main verb


def test_an_opening_that_names_the_only_antecedent_of_a_pronoun_stays():
    """"In a blow to President Ana Ruiz, the council voted ... her veto"
    keeps its opening: without it "her" points at no one.  An opening
    naming no one still yields to its clause."""
    kept = "In a blow to President Ana Ruiz, the council voted on Monday to override her veto of the levy."
    assert judgments._clause(kept, "", 130).startswith("In a blow to President Ana Ruiz, the council voted")
    dropped = "After a long visit to the northern islands, the harbour board voted on Tuesday to raise the ferry levy."
    assert judgments._clause(dropped, "", 130) == "The harbour board voted on Tuesday to raise the ferry levy"


def test_a_cut_clause_keeps_what_its_verb_needs_and_drops_a_descriptive_apposition():
    """A long development is not cut between a verb's dependents ("bars
    shops in the town | from selling ..."), and an apposition led by "a"
    (", a Liberal,") describes rather than names: it goes first."""
    said = ("Mayor Lena Marsh, a Liberal, signed a by-law Monday that bars shops in the harbour town from selling "
            "plastic bags to any of their customers when the summer season opens in the spring.")
    cut = judgments._clause(said, "", 130)
    assert "a Liberal" not in cut and "from selling plastic bags" in cut
    assert not cut.endswith("in the harbour town…")
    assert judgments._without_asides("The chair, Ana Ruiz, said no.") == "The chair, Ana Ruiz, said no."


def test_a_quoted_clause_is_cut_only_where_its_words_read_whole():
    """A clause cut to fit page one ends on no word that hangs on one cut
    off ("… $40,000 in harbour…": the noun "harbour" qualifies is gone)
    nor on one that leads into what follows ("according to…", "even if
    the traders…")."""
    from briefing.language import nlp

    long = ("The port council charged Tomas Reyes and his brother with secretly moving more than $40,000 "
            "in harbour maintenance funds to a shell company in Tarvisio.")
    assert judgments._clause(long, "", 110).endswith("more than $40,000…")
    told = "Boat registrations rose to a record in 2019, according to the port office, even if the traders stayed away."
    doc = nlp.sentence(told)

    def whole(words: str) -> bool:
        return judgments._whole_before(doc, told.index(words) + len(words))

    assert whole("in 2019") and whole("the port office")
    assert not whole("according to") and not whole("even if the traders")


def test_a_voice_quoted_in_several_sources_is_cited_and_counted_in_each(monkeypatch):
    """Jo Roe speaks badly of Jana Novák in S1 and again in S3: page one
    cites both and does not call her voice "a single source"."""
    arts = corpus(3)
    again = taken(arts[2], "Jo Roe", "negative")
    sides = {"Jana Novák": {"negative": [replace(taken(arts[0], "Jo Roe", "negative"), also=(again,))],
                            "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    brief = actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")])
    (standing,) = [j for j in judgments.key_judgments(brief, "Jana Novák") if j.kind == "standing"]
    assert standing.text == "Of the voices quoted on Jana Novák, one (Jo Roe, S1, S3) speaks badly of Novák."
    assert standing.confidence == "low" and standing.basis == "one person's voice"
    # A quote on the side that does not name her in its sentence is not counted there.
    unnamed = replace(again, reading=replace(again.reading, source=source(arts[2], 0)))
    sides["Jana Novák"]["negative"] = [replace(taken(arts[0], "Jo Roe", "negative"), also=(unnamed,))]
    (standing,) = [j for j in judgments.key_judgments(brief, "Jana Novák") if j.kind == "standing"]
    assert "(Jo Roe, S1)" in standing.text and standing.basis == "one person's voice in a single source"
def test_a_claim_mostly_quoted_is_shown_as_a_source_tells_it_in_its_own_words():
    """A claim most of whose words are a quotation ("“Not one more d***ed
    day ...!” Ruiz told ...") is not page one's; a backing source that
    tells the same in more of its own words is shown instead, and every
    source still counts."""
    claim = "“Not one more d***ed day at the quarry!” Dana Ruiz told Ivo Rask of Radio Kell."
    told = "“Not one more damned day at the quarry,” Dana Ruiz told Radio Kell’s Ivo Rask in an interview on Monday."
    also = "“Not one more day at the quarry,” Dana Ruiz told Ivo Rask during an interview with Radio Kell on Monday."
    arts = tuple(builders.article(f"a{i}", (text,), outlet=f"Outlet {i}", title=f"Story {i}", published="2024-03-06")
                 for i, text in enumerate((claim, told, also)))
    agreed = Agreement(text=claim, sources=tuple(source(a) for a in arts), corroborated=True)
    (found,) = [j for j in judgments.key_judgments(brief_of(arts, agreements=[agreed])) if j.kind == "corroborated"]
    assert "in an interview on Monday" in found.text and found.confidence == "high"
    assert found.text.startswith("Best corroborated: three independent sources (S1, S2, S3)")


def test_a_dispute_on_page_one_names_only_voices_the_tally_counts(monkeypatch):
    """The divergence shows two voices speaking well of Jana Novák, placed
    by their tone alone ("the mayor has done what she can"); the tally,
    which counts only quotes that name her, has none: page one sets no one
    speaking well of her against her critics, nor says "no voices quoted
    for" her under a judgment naming one."""
    arts = corpus(2)
    badly = ["Olek Petrenko", "Ola Rask"]
    sides = {"Jana Novák": {"positive": [], "negative": [taken(arts[i], v, "negative") for i, v in enumerate(badly)]}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    shown = dispute(arts, ["Kim Lee", "Jo Roe"], badly)
    shown = replace(shown, topic="Views of Jana Novák", positions=tuple(
        replace(p, label=p.label.replace("Ann Berg", "Jana Novák")) for p in shown.positions))
    brief = actor_brief(arts, [cell(arts[0], "Jana Novák", "neutral")], divergences=[shown])
    assert "divergence" not in {j.kind for j in judgments.key_judgments(brief, "Jana Novák")}
    # Counted on both sides, the same voices make the page-one dispute.
    sides["Jana Novák"]["positive"] = [taken(arts[i], v, "positive") for i, v in enumerate(["Kim Lee", "Jo Roe"])]
    found = {j.kind: j for j in judgments.key_judgments(brief, "Jana Novák")}
    assert found["divergence"].text.startswith("Views of Jana Novák diverge: Kim Lee")


def test_critics_answered_by_the_actors_side_are_not_agreed_with_no_dissent(monkeypatch):
    """Two critics of Jana Novák in two sources, and her spokesman's
    denial set against them in the divergences ("“Utterly false,” he
    said"): a dissent, though no voice speaks well of her."""
    arts = corpus(2)
    critics = [(arts[0], "Jo Roe"), (arts[1], "Kim Lee")]
    sides = {"Jana Novák": {"negative": [taken(a, v, "negative") for a, v in critics], "positive": []}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    grid = [cell(arts[0], "Jana Novák", "neutral")]
    positions = tuple(Position(voice=v, text="“a reckless plan”", sources=(source(a),),
                               label="speaks badly of Jana Novák") for a, v in critics)
    answer = Position(voice="Per Holm", text="“Utterly false,” he said.", sources=(source(arts[1]),),
                      label="answers for Jana Novák")
    found = Divergence(topic="Views of Jana Novák", kind="actor", positions=positions + (answer,))
    (alone,) = [j for j in judgments.key_judgments(actor_brief(arts, grid), "Jana Novák") if j.kind == "standing"]
    assert alone.basis == "voices in two independent sources agree, with no dissent"
    (answered,) = [j for j in judgments.key_judgments(actor_brief(arts, grid, divergences=[found]), "Jana Novák")
                   if j.kind == "standing"]
    assert answered.basis == "voices in two independent sources agree, with other quoted voices leaning the other way"


def test_a_dispute_on_page_one_sets_side_by_side_words_on_one_thing():
    """Kim Lee praises Ann Berg's ferry plan; Olek Petrenko's clearest
    quote blames her for a strike, Jo Roe's calls the ferry plan a sham:
    page one sets Lee against Roe, both judging the plan."""
    arts = corpus(2)
    shown = dispute(arts, ["Kim Lee", "Per Holm"], ["Olek Petrenko", "Jo Roe"])
    words = {"Kim Lee": "“She drew up a sound ferry plan.”", "Per Holm": "“She works hard.”",
             "Olek Petrenko": "“She caused a pointless strike.”", "Jo Roe": "“The ferry plan is a sham.”"}
    shown = replace(shown, positions=tuple(replace(p, text=words[p.voice]) for p in shown.positions))
    found = {j.kind: j for j in judgments.key_judgments(actor_brief(arts, divergences=[shown]), "Ann Berg")}
    assert "Kim Lee" in found["divergence"].text and "Jo Roe" in found["divergence"].text
    assert "Petrenko" not in found["divergence"].text


def test_a_figure_of_the_storys_own_time_leads_before_a_larger_one_from_its_backstory():
    lines = ("The state gave the port authority $40 million for the ferry terminal on Monday.",
             "Last year, the authority and the state agreed on $900 million in harbour loans, but the deal fell apart.")
    arts = (builders.article("a0", lines, outlet="Outlet 0", title="Story 0", published="2024-03-05"),)
    figs = [Figure(text="$40 million", value=4e7, unit="USD", measures="ferry terminal", sentence=lines[0],
                   sources=(source(arts[0], 0),)),
            Figure(text="$900 million", value=9e8, unit="USD", measures="harbour loans", sentence=lines[1],
                   sources=(source(arts[0], 1),))]
    (found,) = figure_judgments(arts, figs)
    assert found.text.startswith("Key figure: $40 million")
    assert judgments.backstory(figs[1]) and not judgments.backstory(figs[0])


def test_of_two_figures_alike_the_one_measuring_the_subject_leads_before_a_larger_one():
    arts = corpus(2)
    brief = replace(brief_of(arts, figures=[
        Figure(text="120,000", value=1.2e5, unit="workers", measures="number of dock workers", sentence=LINES[0],
               sources=(source(arts[0]), source(arts[1]))),
        Figure(text="40 miles", value=40.0, unit="miles", measures="length of ferry route", sentence=LINES[0],
                sources=(source(arts[0]), source(arts[1])))]), subject="ferry terminal, ferry route")
    (found,) = [j for j in judgments.key_judgments(brief) if j.kind == "figure"]
    assert found.text.startswith("Key figure: 40 miles")


def test_page_one_quotes_of_a_corroborated_claim_only_what_the_other_sources_tell():
    """The yard Ida Marsh once ran is one source's detail: the other tells
    only that she worked at the harbour, so page one stops at her name."""
    shown = "The boats came from the private fleet of Ida Marsh, once head of the repair yard at Vell Harbour"
    other = "They belong to the large fleet gathered by Ida Marsh, who once worked at Vell Harbour."
    assert judgments._told_by_others(shown, [other]) == "The boats came from the private fleet of Ida Marsh…"
    told = "They belong to the fleet of Ida Marsh, once head of the repair yard at Vell Harbour."
    assert judgments._told_by_others(shown, [told]) == shown
    said = "The ferry will stop running in May, the harbour master said on Monday"
    assert judgments._told_by_others(said, ["The ferry ends its runs in May."]) == said  # a clause, not a detail


def test_page_one_does_not_count_a_voice_on_the_side_its_viewpoint_contradicts(monkeypatch):
    """Page one and the viewpoints speak of one voice alike: Tomas Erb, whom
    the viewpoints read as supportive, is not counted as speaking badly of
    Jana Novák on one quote; Lea Fink, read as taking no side, is not
    counted as speaking well of her (praise is read less surely).  A critic
    of someone else (`toward` names another) still counts."""
    arts = corpus(2)
    voices = [view(arts[0], "Jana Novák", "supportive", 2.0, 1, role="mayor"),
              view(arts[0], "Tomas Erb", "supportive", 1.5, 1), view(arts[1], "Lea Fink", "neutral", 0.0, 1),
              replace(view(arts[1], "Ola Brandt", "supportive", 1.2, 1), toward=("Piet Haas",))]
    sides = {"Jana Novák": {"negative": [taken(arts[0], "Tomas Erb", "negative"),
                                         taken(arts[1], "Ola Brandt", "negative")],
                            "positive": [taken(arts[1], "Lea Fink", "positive")]}}
    monkeypatch.setattr(judgments.divergences, "voice_sides", lambda digests, people: sides)
    brief = replace(brief_of(arts, viewpoints=voices), portrayals=(cell(arts[0], "Jana Novák", "neutral"),))
    (standing,) = [j for j in judgments.key_judgments(brief, "Jana Novák") if j.kind == "standing"]
    assert standing.text == "Of the voices quoted on Jana Novák, one (Ola Brandt, S2) speaks badly of Novák."

"""The shared layout: how voices are named for the reader (language.labels), what a large brief prints."""

from __future__ import annotations

from dataclasses import replace

from briefing.language.labels import article_voice, outlet_name, voice_label
from briefing.models import Quote
from briefing.render.view import quote_label
from tests.helpers import brief


def test_an_article_voice_is_named_by_its_source_number_and_title():
    made = brief()
    assert voice_label(made.articles, "a2") == "S2 · Doubts over ferry"
    assert voice_label(made.articles, "Olek Petrenko") == "Olek Petrenko"


def test_an_untitled_article_is_an_unattributed_source_not_a_file_name():
    made = brief()
    untitled = replace(made, articles=(made.articles[0], replace(made.articles[1], title=None)))
    assert voice_label(untitled.articles, "a2") == "Unattributed source S2"


def test_a_large_brief_prints_the_key_items_and_says_so():
    from briefing.config import Config
    from briefing.models import Event, Person
    from briefing.render import shortlist, view

    made = brief()
    source = made.timeline[0].sources
    people = tuple(Person(name=f"Person {i}", mentions=2, sources=source) for i in range(60))
    events = tuple(Event(date=f"20{10 + i % 10}", text=f"Event {i}", sources=source * (1 + (i == 90)))
                   for i in range(100))
    large = replace(made, people=people, timeline=events)
    shown = view.build_view(large, Config())
    assert len(shown.people) == shortlist.SHOWN["people"] == 40
    assert len(shown.timeline) == shortlist.SHOWN["events"]
    assert "Event 90" in {row.cells[1] for row in shown.timeline}  # reported twice: kept
    assert any("Annex: people shows 40 of 60 people" in c for c in shown.caveats)
    assert not any("shows" in c for c in view.build_view(made, Config()).caveats)
    # Each caveat that says what a section shows names a section the brief has.
    headings = {heading for _, heading in view.contents(shown)}
    cut = [c.split(" shows ")[0] for c in shown.caveats if " shows " in c]
    assert cut and all(title in headings for title in cut)


def test_a_name_met_once_with_no_role_or_quote_is_no_key_figure():
    from briefing.config import Config
    from briefing.models import Person
    from briefing.render import view

    made = brief()
    source = made.timeline[0].sources
    people = (Person(name="Ann Berg", role="mayor", mentions=1, sources=source),
              Person(name="Olek Dunn", mentions=1, quoted=True, sources=source),
              Person(name="Pia Kell", mentions=3, sources=source),
              Person(name="Witch Hunt", mentions=1, sources=source))
    shown = view.build_view(replace(made, people=people), Config())
    assert [row.cells[0] for row in shown.people] == ["Ann Berg", "Olek Dunn", "Pia Kell"]
    assert any("Annex: people shows 3 of the 4 people named; the rest are met once" in c for c in shown.caveats)


def test_a_name_met_once_whose_statement_the_annex_reports_is_a_key_figure():
    from briefing.config import Config
    from briefing.models import Person
    from briefing.render import view

    made = brief()
    source = made.timeline[0].sources
    said = Quote(text="the ferry would pay for itself", speaker="Tove Lind", sources=source, kind="indirect")
    digests = (replace(made.digests[0], reported=(said,)),) + made.digests[1:]
    people = (Person(name="Tove Lind", mentions=1, sources=source), Person(name="Witch Hunt", mentions=1, sources=source))
    shown = view.build_view(replace(made, people=people, digests=digests), Config())
    assert [row.cells[0] for row in shown.people] == ["Tove Lind"]


def test_a_brief_whose_one_name_is_no_key_figure_says_why_it_lists_none():
    from briefing.config import Config
    from briefing.models import Person
    from briefing.render import view

    made = brief()
    people = (Person(name="Ann Berg", mentions=1, sources=made.timeline[0].sources),)
    shown = view.build_view(replace(made, people=people), Config())
    assert not shown.people
    assert "No key people are listed: the one person named is met once, with no role, quote or view found; " \
           "brief.json holds the name." in shown.caveats
    assert not any("shows 0" in c for c in shown.caveats)


def test_a_large_brief_prints_corroborated_claims_first():
    from briefing.config import Config
    from briefing.models import Agreement
    from briefing.render import view

    made = brief()
    claims = tuple(Agreement(text=f"Claim {i}", sources=made.summary[0].sources, corroborated=(i == 70))
                   for i in range(100))
    shown = view.build_view(replace(made, agreements=claims), Config())
    # Only claims two sources back are printed; the rest are counted in the scope note.
    assert [a.text for a in shown.agreements] == ["Claim 70"]
    assert any("Where sources agree shows 40 of 100 claims" in c for c in shown.caveats)


def test_a_large_brief_prints_the_strongest_voices_of_every_stance():
    from briefing.config import Config
    from briefing.models import Viewpoint
    from briefing.render import shortlist, view

    made = brief()
    evidence = made.viewpoints[0].evidence if made.viewpoints else ()
    voices = tuple(Viewpoint(voice=f"Voice {side} {i}", stance=side, evidence=evidence, articles=("a1",),
                             score=(1 if side == "optimistic" else -1) * (50 - i) / 10)
                   for side in ("optimistic", "skeptical") for i in range(30))
    voices += (Viewpoint(voice="Lone neutral", stance="neutral", evidence=evidence, articles=("a1",)),)
    shown = shortlist.key_voices(voices)
    assert len(shown) == 2 * 12 + 1  # a third each; the lone neutral voice is kept
    assert "Voice optimistic 0" in {v.voice for v in shown} and "Voice skeptical 29" not in {v.voice for v in shown}
    large = view.build_view(replace(made, viewpoints=voices), Config())
    # The lone neutral voice is left to the chart when others take a side.
    assert sum(len(column) for _, column in large.voices) == 24
    assert any("Divergent viewpoints shows 25 of 61 voices" in c for c in large.caveats)


def test_a_large_brief_lists_the_sources_it_cites_with_their_numbers():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    extra = tuple(replace(made.articles[0], id=f"x{i}", title=f"Uncited {i}") for i in range(200))
    large = replace(made, articles=made.articles + extra)
    shown = view.build_view(large, Config())
    assert shown.source_count == len(made.articles) + 200
    listed = {row.cells[0]: row.cells[7] for row in shown.sources}
    assert set(listed) == {a.id for a in made.articles}  # cited ones only, numbered as in the corpus
    assert [listed[a.id] for a in made.articles] == [f"S{n}" for n in range(1, len(made.articles) + 1)]
    assert any("Sources lists the sources this brief cites" in c for c in shown.caveats)
    small = view.build_view(made, Config())
    assert len(small.sources) == small.source_count == len(made.articles)


def test_a_long_timeline_shows_its_best_attested_rows_in_date_order():
    """The brief proper keeps at most TIMELINE_ROWS events (those with the
    most notes, in date order); the annex keeps every one."""
    import dataclasses

    from briefing.render import view as view_module

    rows = tuple(view_module.Row(cells=(f"{2000 + i}", f"event {i}"), notes=tuple(range(i % 3 + 1)))
                 for i in range(view_module.TIMELINE_ROWS + 6))
    shown = view_module.BriefView.timeline_brief.fget(dataclasses.make_dataclass("V", ["timeline"])(rows))
    assert len(shown) == view_module.TIMELINE_ROWS
    assert [r.cells[0] for r in shown] == sorted(r.cells[0] for r in shown)
    assert min(len(r.notes) for r in shown) >= max(len(r.notes) for r in rows if r not in shown)


def test_a_sentence_is_printed_under_one_theme_only():
    from briefing.config import Config
    from briefing.models import Theme
    from briefing.render import view

    from tests.helpers import claim

    made = brief()
    first, second, third = (claim(made.articles[0], i) for i in range(3))
    themes = (Theme(label="Ferry link", sentences=(first, second), articles=("a1",)),
              Theme(label="Ferry", sentences=(first, second, third), articles=("a1",)),
              Theme(label="Harbour", sentences=(second,), articles=("a1",)))
    shown = view.build_view(replace(made, themes=themes), Config())
    printed = [(t.title, [c.text[:12] for c in t.items]) for t in shown.themes]
    # "Ferry" shows only its sentence not shown yet; "Harbour" has none left.
    assert printed == [("Ferry link", ["The harbour ", "Mayor Jana N"]), ("Ferry", ["Critics such"])]


def test_the_same_amount_for_the_same_thing_is_one_figure_row_citing_each_article():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    (figure,) = made.figures
    other = replace(figure, sentence=made.timeline[2].text, sources=made.timeline[2].sources)
    unmeasured = replace(figure, measures=None)
    shown = view.build_view(replace(made, figures=(figure, other, unmeasured, replace(other, measures=None))),
                            Config())
    rows = [row.cells for row in shown.figures]
    assert rows == [("40 million euros", "cost of the ferry link")]  # no measure: left to the annex
    assert len(shown.figures[0].notes) == 2  # one note per article: a1 and a2


def test_the_sources_table_leaves_out_columns_no_source_fills(tmp_path):
    """Bare text files have no outlet, author or date: the table shows
    "#", "Title" and "File" only, in the view, the HTML and the DOCX."""
    import docx

    from briefing.config import Config
    from briefing.render import view
    from briefing.render.html import render_html
    from tests.helpers import write

    made = brief()
    assert [name for name, _i in view.build_view(made, Config()).source_columns] == \
        ["#", "Title", "Outlet", "Author", "Date", "File"]
    bare = replace(made, articles=tuple(replace(a, outlet=None, author=None, published=None) for a in made.articles))
    assert [name for name, _i in view.build_view(bare, Config()).source_columns] == ["#", "Title", "File"]
    html = render_html(bare, Config())
    table = html[html.index('<table class="grid sources">'):]
    table = table[:table.index("</table>")]
    assert "<th scope=\"col\">File</th>" in table and "Outlet" not in table and "Author" not in table
    document = docx.Document(str(write(bare, tmp_path, formats=("docx",))["docx"]))
    headings = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["#", "Title", "File"] in headings
    assert not any("Outlet" in row for row in headings)


def test_the_digest_annex_gives_a_voice_of_one_article_the_brief_s_verdict():
    """An article's own voice read "neutral" in its digest but judged
    "mixed" by the brief's viewpoints shows "Mixed" in the annex: the annex
    never gives a side the viewpoints do not.  A voice with no viewpoint
    keeps its reading."""
    from briefing.config import Config
    from briefing.render import view

    shown = view.build_view(brief(), Config())
    stance = {d.article: [c.text for p in d.parts if p.title == "Stance" for c in p.items] for d in shown.appendix}
    assert stance["a2"] == ["This article: Mixed"] and stance["a1"] == ["This article: Neutral"]


def test_a_note_quoting_a_quotation_marks_it_as_a_quotation_within_a_quotation():
    from briefing.config import Config
    from briefing.models import Claim, Source
    from briefing.render import view

    made = brief()
    text = "“The bridge will open in May,” the mayor said."
    article = replace(made.articles[0], text=text)
    cited = Claim(text=text, sources=(Source(article=article.id, paragraph=0, start=0, end=len(text)),))
    shown = view.build_view(replace(made, articles=(article, *made.articles[1:]), summary=(cited,)), Config())
    passages = [note.passage for note in shown.notes if note.article == article.id]
    assert "‘The bridge will open in May,’ the mayor said." in passages
    assert not any("“" in p or "”" in p for p in passages)


def test_a_year_less_month_in_an_article_bounded_by_a_year_is_shown_in_the_year_its_text_tells():
    """Against an undated article's latest year no month is placed, so a
    year-less month there has its year from the text ("spoke in 2006 ...
    that August"): it is shown as that month, "c." as its event says, not
    "not before 2006"; with the year written it is as given."""
    from types import SimpleNamespace

    from briefing.models import Event, Source
    from briefing.render.view import _when
    from tests.helpers import article

    undated = article("u", sentences=("Ruiz was mayor from 2000 to 2006.", "She spoke to the press that August."))
    dated = article("d", sentences=("She spoke to the press in August.",), published="2024-09-10")
    cite = SimpleNamespace(articles={"u": undated, "d": dated})

    def when(aid: str, date: str, expression: str, approximate: bool = True) -> str:
        source = Source(article=aid, paragraph=0, start=0, end=5)
        return _when(cite, Event(date=date, text="x", sources=(source,), approximate=approximate, expression=expression))

    assert when("u", "2006-08", "that August") == "c. August 2006"
    assert when("u", "2006", "2006") == "c. 2006"
    assert when("d", "2024-08", "August", approximate=False) == "August 2024"


def test_a_stretch_of_time_is_shown_as_its_two_ends():
    """"between 2003 and 2007" is a period, shown "2003–2007", not as its
    first year alone."""
    from types import SimpleNamespace

    from briefing.models import Event, Source
    from briefing.render.view import _when
    from tests.helpers import article

    cite = SimpleNamespace(articles={"d": article("d", sentences=("Kim ran the mill.",), published="2024-09-10")})
    source = Source(article="d", paragraph=0, start=0, end=5)
    assert _when(cite, Event(date="2003", text="x", sources=(source,), expression="between 2003 and 2007")) \
        == "2003–2007"
    assert _when(cite, Event(date="2012-03", text="x", sources=(source,), expression="from March 2012 to June 2013")) \
        == "March 2012–June 2013"


def test_figures_that_say_what_they_measure_are_listed_first():
    from briefing.models import Figure
    from briefing.render import shortlist

    source = brief().timeline[0].sources
    bare = tuple(Figure(text=f"{i} tonnes", value=float(i), unit="t", measures=None, sentence=f"It was {i} tonnes.",
                        sources=source)
                 for i in range(45))
    measured = Figure(text="$5 million", value=5e6, unit="USD", measures="cost of ferry", sentence="s",
                      sources=source)
    shown = shortlist.key_figures(bare + (measured,))
    assert shown[0] is measured and len(shown) == shortlist.SHOWN["figures"]


def test_a_quote_by_a_described_speaker_is_labelled_by_the_description():
    described = Quote(text="judge people by the color of their skin", speaker=None,
                      speaker_role="the former governor", sources=())
    assert quote_label(described) == "The former governor"
    assert quote_label(Quote(text="It will pass", speaker="Ann Berg", speaker_role="mayor", sources=())) \
        == "Ann Berg, mayor"
    assert quote_label(Quote(text="It will pass", speaker=None, sources=())) == "Unattributed"


def test_the_digest_annex_speaks_of_a_voice_heard_in_several_articles_in_the_brief_s_words():
    """In a brief about a person, a voice heard in two articles keeps its
    per-article reading in the annex, but as "Supportive", the word its
    viewpoint uses, not the reading's "Optimistic"."""
    from briefing.config import Config
    from briefing.models import StanceReading
    from briefing.render import view

    made = brief()
    reading = StanceReading(voice="Jana Novák", kind="speaker", stance="optimistic", score=1.0,
                            evidence=made.digests[0].stances[0].evidence)
    digests = tuple(replace(d, stances=(*d.stances, reading)) for d in made.digests)
    views = tuple(replace(v, articles=("a1", "a2"), stance="supportive") if v.voice == "Jana Novák" else v
                  for v in made.viewpoints)
    for kind, word in (("actor", "Supportive"), ("prospect", "Optimistic")):
        shown = view.build_view(replace(made, digests=digests, viewpoints=views, subject_kind=kind), Config())
        stance = [c.text for d in shown.appendix for p in d.parts if p.title == "Stance" for c in p.items]
        assert f"Jana Novák: {word}" in stance


def test_a_figure_that_says_no_measure_is_shown_nowhere():
    """A figure whose text does not say what it measures is no row of Key
    figures (its sentence is no measure), nor of its article's digest,
    where "17 percent: —" would only say that the brief cannot tell."""
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    (figure,) = made.figures
    bare = replace(figure, text="17 percent", measures=None)
    digests = tuple(replace(d, figures=(bare,)) for d in made.digests)
    shown = view.build_view(replace(made, figures=(bare, figure), digests=digests), Config())
    assert [row.cells[0] for row in shown.figures] == [figure.text]
    listed = [c.text for d in shown.appendix for p in d.parts if p.title == "Figures" for c in p.items]
    assert not any(text.startswith("17 percent") for text in listed)


def test_a_mixed_voice_shows_a_sentence_each_way_another_voice_one():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    hope, doubt = made.summary[0], made.summary[2]
    views = tuple(replace(v, evidence=(hope, doubt)) for v in made.viewpoints)
    shown = {voice.name: voice for _side, voices in view.build_view(replace(made, viewpoints=views), Config()).voices
             for voice in voices}
    counts = {name: len(voice.evidence) for name, voice in shown.items()}
    assert sorted(counts.values()) == [1, 1, 2]
    assert [len(v.evidence) for v in shown.values() if v.stance == "mixed"] == [2]


def test_a_side_says_whom_it_judges_where_the_brief_knows():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    views = tuple(replace(v, toward=("Ann Berg", "Olek Petrenko")) for v in made.viewpoints)
    shown = [voice for _side, voices in view.build_view(replace(made, viewpoints=views), Config()).voices
             for voice in voices]
    assert shown and all(v.detail.endswith(f"{v.stance} {'on' if v.stance == 'mixed' else 'of'} Ann Berg, Olek Petrenko")
                         for v in shown if v.stance != "neutral")
    plain = [voice for _side, voices in view.build_view(made, Config()).voices for voice in voices]
    assert plain and not any("; " in v.detail for v in plain)  # no side names anyone: only role and kind


def test_a_chart_label_is_the_source_number_alone_when_no_word_of_its_title_fits():
    from briefing.language.labels import short_label
    from tests.helpers import article

    long_first = article("a1", ["Text."], title="In criticizing the council, hints that the ferry was late")
    assert short_label(long_first, 1, 16) == "S1"
    assert short_label(article("a2", ["Text."], title="Ferry late again"), 2, 16) == "S2 Ferry late…"


def test_a_date_in_doubt_is_shown_as_approximate_and_its_note_once_for_all_its_sources():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    note = "Date taken from the file's name; it may be the day the file was saved rather than published."
    doubted = replace(made, articles=tuple(replace(a, published="2016-09-03", date_note=note) for a in made.articles))
    shown = view.build_view(doubted, Config())
    assert {row.cells[4] for row in shown.sources} == {"c. 3 September 2016"}
    assert [c for c in shown.caveats if note in c] == [
        ", ".join(f"S{n}" for n in range(1, len(made.articles) + 1)) + f": {note}"]


def test_a_weekday_is_glossed_with_the_day_the_events_stage_read_by_its_tense():
    """"will vote Tuesday", written on a Thursday, is the Tuesday after: the
    timeline's date column, the row's inline bracket and the note's passage
    all name that day, not the Tuesday before."""
    from briefing.config import Config
    from briefing.distill import events as events_stage
    from briefing.language import nlp
    from briefing.render import view

    from tests.helpers import article, digest_for

    art = article("w", ("The council will vote on the harbour levy Tuesday.",), published="2021-04-15")
    found = events_stage.find_events(art, nlp.load()(art.text))
    assert [e.date for e in found] == ["2021-04-20"]
    made = brief(articles=(art,), timeline=found, digests=(digest_for(art, events=found),))
    (row,) = view.build_view(made, Config()).timeline
    assert row.cells[0] == "20 April 2021"
    assert "Tuesday [20 April 2021]" in row.cells[1]
    notes = [n.passage for n in view.build_view(made, Config()).notes if n.article == "w"]
    assert notes and all("[20 April 2021]" in passage for passage in notes)


def test_a_weekday_read_two_ways_in_one_passage_falls_back_to_the_last_such_day():
    from briefing.models import Event, Source
    from briefing.synthesize import relative

    from tests.helpers import article

    art = article("w", ("They met Tuesday and will meet again Tuesday.",), published="2021-04-15")
    where = Source(article="w", paragraph=0, start=0, end=len(art.text))
    read = [Event(date=day, text=art.text, sources=(where,), expression="Tuesday")
            for day in ("2021-04-13", "2021-04-20")]
    assert relative.readings(relative.by_article(read), (where,)) == {}
    assert relative.readings(relative.by_article(read[1:]), (where,)) == {"tuesday": "2021-04-20"}
    assert relative.annotate("They met on Tuesday.", art, {}) == "They met on Tuesday [13 April 2021]."
    assert relative.annotate("They meet on Tuesday.", art, {"tuesday": "2021-04-20"}) == \
        "They meet on Tuesday [20 April 2021]."


def test_a_day_word_the_events_stage_left_unplaced_gets_no_bracket():
    """"will air Friday", written on a day a file's name gives, is a Friday
    to come in a week unknown (`Digest.unplaced`): it gets no bracket,
    neither the Friday before nor a "[date unknown]" that reads as noise."""
    from briefing.models import Source
    from briefing.synthesize import relative

    from tests.helpers import article

    text = "The ad will air Friday on cable."
    art = article("w", (text,), published="2021-04-14", date_note="the file's date")
    where = Source(article="w", paragraph=0, start=0, end=len(text))
    read = relative.readings(relative.by_article((), [("w", text.index("Friday"), "friday")]), (where,))
    assert read == {"friday": ""}
    assert relative.annotate(text, art, read) == "The ad will air Friday on cable."
    assert relative.annotate(text, art, {}) == text  # a day to come from a date in doubt: no Friday before


def test_voices_share_a_row_only_where_they_judge_one_person():
    from briefing.config import Config
    from briefing.models import Viewpoint
    from briefing.render import view

    made = brief()
    evidence = made.viewpoints[0].evidence if made.viewpoints else ()

    def voice(name: str, stance: str, *toward: str) -> Viewpoint:
        return Viewpoint(voice=name, stance=stance, evidence=evidence, articles=("a1",), toward=toward)

    # A harbour pilot praising the mayor and a baker doubting the bread tax
    # take no sides of one dispute; the mayor's critic faces the pilot.
    voices = (voice("Ina Pilot", "supportive", "Mara Velt"), voice("Tom Baker", "supportive"),
              voice("Ada Critic", "critical", "Olek Dunn", "Mara Velt"), voice("Per Doubter", "critical"))
    rows = view.build_view(replace(made, viewpoints=voices), Config()).voice_rows
    named = [tuple(v.name if v else None for v in row) for row in rows]
    assert named == [("Ina Pilot", "Ada Critic"), ("Tom Baker", None), (None, "Per Doubter")]


def test_undated_sources_without_a_timeline_are_not_said_to_date_its_events():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    undated = replace(made, articles=tuple(replace(a, published=None, date_note=None) for a in made.articles))
    with_rows = [c for c in view.build_view(undated, Config()).caveats if c.startswith("No publication date")]
    without = [c for c in view.build_view(replace(undated, timeline=()), Config()).caveats
               if c.startswith("No publication date")]
    assert with_rows == ["No publication date found for 2 of 2 sources; the timeline dates events as the "
                         "articles state them."]
    assert without == ["No publication date found for 2 of 2 sources; no event they report could be placed on a "
                       "full date (with its year), so the brief has no timeline."]


def test_one_figure_given_in_two_wordings_is_one_row_citing_both():
    """"40 million euros" for the cost of the ferry link and "about 40
    million EUR" for the cost of the crossing are one figure, as the key
    figure counts it; another value, or the same value for another thing,
    is a row of its own."""
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    (figure,) = made.figures
    other = replace(figure, text="about 40 million EUR", measures="cost of the crossing", approximate=True,
                    sentence=made.timeline[2].text, sources=made.timeline[2].sources)
    larger = replace(other, text="50 million euros", value=(figure.value or 0) * 1.25, approximate=False)
    apart = replace(other, measures="fine of the port")
    shown = view.build_view(replace(made, figures=(figure, other, larger, apart)), Config())
    assert [row.cells for row in shown.figures] == [
        ("40 million euros", "cost of the ferry link"), ("50 million euros", "cost of the crossing"),
        ("about 40 million EUR", "fine of the port")]
    assert len(shown.figures[0].notes) == 2


def test_an_outlet_carrying_an_agency_report_is_named_as_a_citation_names_it():
    assert outlet_name("Valley Times (AP)") == "AP via Valley Times"
    assert outlet_name("Valley Times") == "Valley Times" and outlet_name(None) is None
    carried = replace(brief().articles[0], author=None, outlet="Valley Times (AP)")
    assert article_voice(carried) == ("AP via Valley Times", "outlet")


def test_the_sources_table_names_an_outlet_carrying_an_agency_as_a_citation_does():
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    carried = replace(made, articles=tuple(replace(a, outlet="Valley Times (AP)") for a in made.articles))
    shown = view.build_view(carried, Config())
    assert {row.cells[2] for row in shown.sources} == {"AP via Valley Times"}


def test_the_note_on_dates_marked_c_comes_only_with_a_row_so_marked():
    """A loose "early Tuesday" that the article's own date fixes prints as
    that day, so no caveat explains a "c." the timeline does not show; a
    loose year printed "c. 2019" brings the note."""
    from briefing.config import Config
    from briefing.models import Event, Source
    from briefing.render import view

    made = brief()
    first = replace(made.articles[0], published="2019-11-21")
    made = replace(made, articles=(first, *made.articles[1:]))
    where = (Source(article=first.id, paragraph=0, start=0, end=10),)
    fixed = Event(date="2019-11-19", text="The port board met early Tuesday.", sources=where,
                  approximate=True, expression="early Tuesday")
    loose = Event(date="2019", text="The pier reopened in late 2019.", sources=where, approximate=True,
                  expression="late 2019")
    note = "Dates marked “c.” are approximate: the article gives them loosely."
    assert note not in view.build_view(replace(made, timeline=(fixed,)), Config()).caveats
    assert note in view.build_view(replace(made, timeline=(fixed, loose)), Config()).caveats


def test_the_digest_annex_names_an_outlet_less_articles_own_voice_this_article_not_its_title():
    from briefing.config import Config
    from briefing.models import Person, StanceReading
    from briefing.render import view

    made = brief()
    digest = made.digests[0]
    titled = StanceReading(voice=digest.article.title, kind="outlet", stance="neutral", score=0.0, evidence=())
    unquoted = tuple(Person(name=f"Ana Name{n}", role=None) for n in range(12))
    speaker = Person(name="Tomas Quill", role=None)
    quote = Quote(text="We will build it.", speaker="Tomas Quill", sources=())
    digest = replace(digest, article=replace(digest.article, outlet=None), stances=(titled,),
                     people=(*unquoted, speaker), quotes=(quote,))
    shown = view.build_view(replace(made, digests=(digest, *made.digests[1:])), Config())
    (annex,) = [d for d in shown.appendix if d.article == digest.article.id]
    parts = {p.title: [c.text for c in p.items] for p in annex.parts}
    assert parts["Stance"] == ["This article: Neutral"]
    assert parts["People"][0].startswith("Tomas Quill")


def test_the_figures_caveat_counts_the_figures_the_table_prints():
    """The Key figures table prints only figures that say what they measure,
    so its caveat counts those, not every figure the shortlist keeps."""
    from briefing.config import Config
    from briefing.render import view

    made = brief()
    (figure,) = made.figures
    bare = tuple(replace(figure, text=f"{n} percent", measures=None) for n in range(45))
    shown = view.build_view(replace(made, figures=bare + (figure,)), Config())
    assert [row.cells[0] for row in shown.figures] == [figure.text]
    assert any("Key figures shows the 1 of 46 figures found that say what they measure" in c for c in shown.caveats)
    assert not any("of 46 figures;" in c or "40 of 46" in c for c in shown.caveats)
    none = view.build_view(replace(made, figures=bare), Config())
    assert any(c.startswith("No key figures are listed: none of the 45 figures") for c in none.caveats)

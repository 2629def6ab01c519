"""Charts: drawn only when there is enough to draw, as SVG and PNG, with
captions, in greys, and safe with any text in their labels."""

from __future__ import annotations

import io

from tests.helpers import brief

from briefing.render.charts import charts


def test_three_charts_for_a_full_brief():
    drawn = charts(brief())
    assert set(drawn) == {"themes", "voices", "timeline"}
    for chart in drawn.values():
        assert chart.svg.startswith("<svg") and chart.png.startswith(b"\x89PNG")
        assert chart.caption and chart.title
        assert chart.data_url.startswith("data:image/svg+xml;base64,")


def test_charts_are_grey():
    from PIL import Image

    for chart in charts(brief()).values():
        image = Image.open(io.BytesIO(chart.png)).convert("RGB")
        colours = image.getcolors(maxcolors=1 << 20)
        assert all(max(c) - min(c) <= 8 for _, c in colours)  # no hue carries meaning


def test_nothing_to_draw_means_no_chart():
    bare = brief(themes=(), viewpoints=(), timeline=())
    assert charts(bare) == {}


def test_labels_with_dollars_and_scripts_do_not_break_matplotlib():
    drawn = charts(brief({"label": "$5 bn {x}_^", "name": "Сергей $"}))
    assert "themes" in drawn and "voices" in drawn


def test_a_brief_about_people_draws_its_voices_from_critical_to_supportive():
    from dataclasses import replace

    full = brief()
    people = replace(full, viewpoints=tuple(replace(v, stance={"optimistic": "supportive", "skeptical": "critical"}
                                                    .get(v.stance, v.stance)) for v in full.viewpoints))
    assert charts(full)["voices"].title == "Voices between skeptical and optimistic"
    chart = charts(people)["voices"]
    assert chart.title == "Voices between critical and supportive"
    assert "▲ supportive, ▼ critical" in chart.caption


def test_no_chart_of_voices_when_none_leans_and_the_view_says_so_in_the_subjects_own_words():
    from dataclasses import replace

    from briefing.config import Config
    from briefing.render.view import build_view

    full = brief()
    neutral = tuple(replace(v, stance="neutral", score=0.0) for v in full.viewpoints)
    about_a_person = replace(full, viewpoints=neutral, subject_kind="actor")
    assert "voices" not in charts(about_a_person)
    assert build_view(about_a_person, Config()).voices_note.startswith("No voice is read as critical or supportive: ")
    about_a_prospect = replace(full, viewpoints=neutral, subject_kind="prospect")
    assert build_view(about_a_prospect, Config()).voices_note.startswith("No voice is read as skeptical or optimistic: ")
    assert build_view(full, Config()).voices_note == ""  # some voice leans: the chart says it


def test_the_timeline_axis_shows_whole_years():
    from matplotlib.figure import Figure

    from briefing.render.charts import _year_ticks

    axes = Figure().add_subplot()
    _year_ticks(axes, [2015.5, 2016.5])  # two year-only dates: "2015.6" was printed between them
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2015", "2016", "2017"]
    _year_ticks(axes, [1950.5, 2024.2])
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert labels[0] == "1950" and labels[-1] == "2030" and len(labels) <= 11  # every ten years


def test_an_article_s_own_voice_is_labelled_by_its_source_number():
    from dataclasses import replace

    from briefing.models import Viewpoint
    from briefing.render.charts import _short_names, voice_label

    full = brief()
    first, second = full.articles[:2]
    title = "Governor signs an executive order on school masks, officials say"
    full = replace(full, articles=(replace(first, outlet=None, title=title),
                                   replace(second, outlet=None, title=title + " again"), *full.articles[2:]))
    names = _short_names(full, 30)
    views = [Viewpoint(voice=title, stance="neutral", evidence=(), articles=(first.id,), kind="outlet"),
             Viewpoint(voice=title + " again", stance="neutral", evidence=(), articles=(second.id,), kind="outlet")]
    found = [voice_label(v, names) for v in views]
    assert found[0].startswith("S1 ") and found[1].startswith("S2 ") and found[0] != found[1]
    for kind in ("speaker", "author"):
        person = Viewpoint(voice="Ann Berg", stance="neutral", evidence=(), articles=(first.id,), kind=kind)
        assert voice_label(person, names) == "Ann Berg"

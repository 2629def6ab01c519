"""`Brief` in, `Chart`s out: the pictures a reader takes in faster than text.

Three charts, each only when the brief has enough to draw: which source
covers which theme, where the voices sit between skeptical and optimistic,
and when things happened.  Each is drawn once with matplotlib as SVG (for
the HTML and PDF) and PNG (for the DOCX), in black and greys with marker
shapes carrying meaning, so it reads the same printed in grey.
"""

from __future__ import annotations

import base64
import io
import math
import re
from dataclasses import dataclass

from ..models import Brief
from ..language import labels

frozen = dataclass(frozen=True, kw_only=True)
WIDTH = 6.4  # inches: the text width of A4 and Letter with 2 cm margins
MARKERS = {"optimistic": ("^", "#222222"), "skeptical": ("v", "#222222"),
           "mixed": ("D", "#777777"), "neutral": ("o", "#aaaaaa"),
           "supportive": ("^", "#222222"), "critical": ("v", "#222222")}
STYLE = {"font.family": "DejaVu Sans", "font.size": 8.5, "axes.edgecolor": "#555555",
         "axes.linewidth": 0.6, "xtick.color": "#333333", "ytick.color": "#333333",
         "svg.fonttype": "path", "svg.hashsalt": "briefing",
         "text.parse_math": False}  # a "$" in a name is a dollar, not TeX


@frozen
class Chart:
    """A chart drawn both ways, with the caption every format prints."""

    name: str
    title: str
    caption: str
    svg: str
    png: bytes

    @property
    def data_url(self) -> str:
        """The SVG as a data: URL (the only kind of URL the PDF may load)."""
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode()).decode()


def charts(brief: Brief) -> dict[str, Chart]:
    """The charts `brief` has data for, by name: themes, voices, timeline."""
    import matplotlib

    drawn = {}
    with matplotlib.rc_context(STYLE):
        for name, draw in (("themes", _themes), ("voices", _voices), ("timeline", _timeline)):
            chart = draw(brief)
            if chart is not None:
                drawn[name] = chart
    return drawn


def _finish(figure, *, name: str, title: str, caption: str) -> Chart:
    """Both renderings of `figure`, with the SVG's XML prologue cut off."""
    figure.tight_layout(pad=0.4)
    svg, png = io.StringIO(), io.BytesIO()
    figure.savefig(svg, format="svg", metadata={"Date": None})
    figure.savefig(png, format="png", dpi=200)
    text = svg.getvalue()
    text = text[text.find("<svg"):]
    return Chart(name=name, title=title, caption=caption, svg=text, png=png.getvalue())


def _figure(height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(WIDTH, height))


def _themes(brief: Brief) -> Chart | None:
    """A grid: themes down, sources across, a dot where a source covers a
    theme, its size the number of the theme's sentences from that source."""
    if len(brief.themes) < 2 or len(brief.articles) < 2:
        return None
    articles = brief.articles[:12]
    counts = [[sum(1 for c in t.sentences if any(s.article == a.id for s in c.sources))
               or (0.5 if a.id in t.articles else 0) for a in articles] for t in brief.themes[:10]]
    figure = _figure(0.6 + 0.32 * len(counts))
    axes = figure.add_subplot()
    for row, values in enumerate(counts):
        for col, value in enumerate(values):
            if value:
                axes.scatter(col, row, s=40 + 60 * value, color="#333333", edgecolors="black",
                             linewidths=0.5)
    _grid_axes(axes, [labels.shorten(t.label, 34) for t in brief.themes[:10]],
               [labels.short_label(a, i, 16) for i, a in enumerate(articles, 1)])
    return _finish(figure, name="themes", title="Themes by source",
                   caption="Which source covers which theme. A larger dot means more of the "
                           "theme's sentences come from that source.")


def _grid_axes(axes, rows: list[str], columns: list[str]) -> None:
    axes.set_yticks(range(len(rows)), rows)
    axes.set_xticks(range(len(columns)), columns, rotation=30, ha="right")
    axes.set_xlim(-0.6, len(columns) - 0.4)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.grid(True, color="#dddddd", linewidth=0.5)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _voices(brief: Brief) -> Chart | None:
    """Each voice as a marker on a line from skeptical (left) to optimistic;
    critical to supportive in a brief about a person or a decision
    (`Brief.subject_kind`; in a brief written before, its voices' words).
    None when fewer than two voices, or none leans either way: dots on one
    line tell nothing a sentence does not (the view's `voices_note`)."""
    views = sorted(brief.viewpoints, key=lambda v: v.score)[:20]
    if len(views) < 2 or all(v.stance == "neutral" for v in views):
        return None
    actor = labels.about_actor(brief)
    up, down = ("supportive", "critical") if actor else ("optimistic", "skeptical")
    names = _short_names(brief, 30)
    figure = _figure(0.7 + 0.27 * len(views))
    axes = figure.add_subplot()
    limit = max(1.0, *(abs(v.score) for v in views))
    for row, view in enumerate(views):
        marker, colour = MARKERS.get(view.stance, MARKERS["neutral"])
        axes.plot([0, view.score], [row, row], color="#bbbbbb", linewidth=0.8)
        axes.scatter(view.score, row, marker=marker, s=46, color=colour, edgecolors="black",
                     linewidths=0.5, label=labels.stance_label(view.stance), zorder=3)
    axes.axvline(0, color="#555555", linewidth=0.6)
    axes.set_yticks(range(len(views)), [voice_label(v, names) for v in views])
    axes.set_xlim(-limit * 1.15, limit * 1.15)
    axes.set_xlabel(f"← more {down}        stance score        more {up} →")
    _legend(axes)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return _finish(figure, name="voices", title=f"Voices between {down} and {up}",
                   caption="Each voice's stance toward the subject, from the sentences that show "
                           f"it. Marker shapes: ▲ {up}, ▼ {down}, ◆ mixed, ● neutral.")


def voice_label(view, names: dict[str, str], limit: int = 30) -> str:
    """A voice's label on the chart's axis: a speaker's or an author's name;
    an article's own voice (kind "outlet") as its source number, then its
    outlet or title ("S2 Florida Gov. Ron…"), so two titles that begin alike
    stay two rows one can tell apart.  `names`: the articles' short labels
    by id (`_short_names`)."""
    if view.kind == "outlet" and view.articles and view.articles[0] in names:
        return names[view.articles[0]]
    return labels.shorten(names.get(view.voice, view.voice), limit)


def _short_names(brief: Brief, limit: int) -> dict[str, str]:
    return {a.id: labels.short_label(a, i, limit) for i, a in enumerate(brief.articles, 1)}


def _legend(axes) -> None:
    handles, texts = axes.get_legend_handles_labels()
    unique = dict(zip(texts, handles))
    axes.legend(unique.values(), unique.keys(), loc="lower right", fontsize=7, frameon=False)


def _timeline(brief: Brief) -> Chart | None:
    """Events as marks on a time axis, one row per source; hollow when approximate."""
    events = [(e, _year(e.date)) for e in brief.timeline]
    events = [(e, y) for e, y in events if y is not None and e.sources]
    if len(events) < 3 or len({y for _, y in events}) < 2:
        return None
    order = list(dict.fromkeys(e.sources[0].article for e, _ in events))[:12]
    names = _short_names(brief, 24)
    figure = _figure(0.9 + 0.3 * len(order))
    axes = figure.add_subplot()
    for event, year in events:
        if event.sources[0].article in order:
            row = order.index(event.sources[0].article)
            axes.scatter(year, row, s=34, marker="o", linewidths=0.8, edgecolors="black",
                         color="white" if event.approximate else "#333333", zorder=3)
    axes.set_yticks(range(len(order)), [names.get(a, a) for a in order])
    axes.set_ylim(len(order) - 0.5, -0.5)
    axes.grid(True, axis="x", color="#dddddd", linewidth=0.5)
    _year_ticks(axes, [y for _e, y in events])
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return _finish(figure, name="timeline", title="Timeline of events by source",
                   caption="When the events the sources report took place; each row is the "
                           "source that reports them. Hollow marks: approximate dates.")


_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)


def _year_ticks(axes, years: list[float]) -> None:
    """Whole years on the time axis, at most about eleven, at a round step
    (1970, 1980, ...), spanning every mark (a year-only date sits mid-year,
    between its year and the next): never "2015.6"."""
    low, high = math.floor(min(years)), math.ceil(max(years))
    step = next(s for s in _YEAR_STEPS if (high - low) / s <= 10)
    first, last = low // step * step, -(-high // step) * step
    if last == first:
        last += step
    ticks = range(first, last + 1, step)
    axes.set_xticks(ticks, [str(y) for y in ticks])
    axes.set_xlim(first - 0.02 * (last - first), last + 0.02 * (last - first))


def _year(date: str) -> float | None:
    """"2019-07-15" -> 2019.54: a date as a position on a year axis."""
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date or "")
    if not match:
        return None
    year, month, day = (int(x) if x else None for x in match.groups())
    if month is None or not 1 <= month <= 12:
        return year + 0.5
    return year + (month - 1) / 12 + (min(day or 15, 31) - 1) / 365

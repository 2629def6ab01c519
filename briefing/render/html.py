"""brief.html: the `BriefView` poured into the Jinja2 template.

Templates are looked up in the user's folder (`--templates`) first, then in
the packaged ones.  Autoescape is always on: article text is untrusted, so
no markup, script or URL in an article survives as markup in the brief.
The page is standalone: CSS inline, charts as data: URLs.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..config import Config
from ..models import Brief
from . import renderer
from .citations import FirstMarks
from .view import build_view, contents


def packaged_templates() -> Path:
    """The templates that ship with briefing: the checkout's top-level
    templates/ folder, or its installed copy inside the package."""
    checkout = Path(__file__).resolve().parents[2] / "templates"
    if (checkout / "brief.html").is_file():
        return checkout
    return Path(str(resources.files("briefing") / "templates"))


def template_dirs(config: Config) -> list[Path]:
    """Where templates are searched, in order."""
    dirs = [Path(config.templates)] if config.templates else []
    return dirs + [packaged_templates()]


def brief_charts(brief: Brief) -> dict:
    """The charts of `brief`, drawn once for all the formats of a build."""
    try:
        return _cached_charts(brief)
    except TypeError:  # a Brief holding something unhashable: draw afresh
        from .charts import charts

        return charts(brief)


@lru_cache(maxsize=2)
def _cached_charts(brief: Brief) -> dict:
    from .charts import charts

    return charts(brief)


def render_html(brief: Brief, config: Config, *, for_print: bool = False) -> str:
    """The brief as one standalone HTML page (`for_print`: with the PDF's
    packaged fonts and page size)."""
    import jinja2
    import markupsafe

    from .fonts import font_css

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(config)]),
        autoescape=True, trim_blocks=True, lstrip_blocks=True)
    environment.globals["first_mark"] = FirstMarks()  # notes link back to their first mark
    # The stylesheet and font rules are the package's or the user's own files,
    # never article text: they go into <style> unescaped.
    css = markupsafe.Markup(environment.loader.get_source(environment, "brief.css")[0])
    view = build_view(brief, config)
    keywords = ", ".join(t.label for t in brief.themes[:8])
    return environment.get_template("brief.html").render(
        v=view, brief=brief, config=config, charts=brief_charts(brief), toc=contents(view),
        css=css, font_css=markupsafe.Markup(font_css() if for_print else ""), for_print=for_print,
        keywords=keywords, generated_at=brief.generated_at)


@renderer("html")
def write_html(brief: Brief, config: Config, path: Path) -> None:
    path.write_text(render_html(brief, config), encoding="utf-8")

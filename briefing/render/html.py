"""brief.html: the `BriefView` poured into the Jinja2 template.

Templates are looked up in the user's folder (`--templates`) first, then in
the packaged ones.  Autoescape is always on: article text is untrusted, so
no markup, script or URL in an article survives as markup in the brief.
Every template, the user's included, runs in Jinja2's immutable sandbox: a
template can format the brief and nothing else (no attribute starting with
an underscore, no method that changes a value, hence no way to reach `os`,
run a command or read a file).
The page is standalone: CSS inline, charts as data: URLs.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..config import Config
from ..errors import BriefingError
from ..models import Brief
from ..safe_text import printable, printable_keeping_lines
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

    environment = sandboxed_environment(config)
    environment.globals["first_mark"] = FirstMarks()  # notes link back to their first mark
    view = build_view(brief, config)
    keywords = ", ".join(t.label for t in brief.themes[:8])
    try:
        # The stylesheet and font rules are the package's or the user's own
        # files, never article text: they go into <style> unescaped.
        css = markupsafe.Markup(environment.loader.get_source(environment, "brief.css")[0])
        return environment.get_template("brief.html").render(
            v=view, brief=brief, config=config, charts=brief_charts(brief), toc=contents(view),
            css=css, font_css=markupsafe.Markup(font_css() if for_print else ""), for_print=for_print,
            keywords=keywords, generated_at=brief.generated_at)
    except jinja2.TemplateError as error:
        raise BriefingError(template_failure(error, config)) from None


def sandboxed_environment(config: Config):
    """The Jinja2 environment every template runs in: the immutable sandbox,
    autoescaped, searching `template_dirs(config)`."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment
    import jinja2

    return ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(config)]),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, finalize=_no_controls)


def _no_controls(value):
    """Every value a template prints, with control characters (a raw ESC in
    a file name) escaped; markup the code built (CSS, charts) passes as is."""
    import markupsafe

    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return printable_keeping_lines(value)
    return value


def template_failure(error: Exception, config: Config) -> str:
    """One line saying which template failed and why (a sandbox refusal,
    a syntax error, a missing file)."""
    import jinja2

    where = getattr(error, "filename", None) or getattr(error, "name", None) or (
        config.templates or "the packaged templates")
    line = f" line {error.lineno}" if getattr(error, "lineno", None) else ""
    detail = " ".join(str(error.message if hasattr(error, "message") and error.message else error).split())
    if isinstance(error, jinja2.exceptions.SecurityError):
        detail = f"refused by the template sandbox (templates may only format the brief): {detail}"
    return f"template {printable(str(where))}{line}: {printable(detail)[:300]}"


@renderer("html")
def write_html(brief: Brief, config: Config, path: Path) -> None:
    path.write_text(render_html(brief, config), encoding="utf-8")

"""brief.html: the Jinja2 template filled from the `Brief`.

Templates are looked up in the user's folder (`--templates`) first, then in
the packaged ones.  Autoescape is always on: article text is untrusted.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..config import Config
from ..models import Brief
from . import renderer
from .citations import Citations


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


def render_html(brief: Brief, config: Config, *, for_print: bool = False) -> str:
    """The brief as one standalone HTML page."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(config)]),
        autoescape=True, trim_blocks=True, lstrip_blocks=True)
    css = environment.loader.get_source(environment, "brief.css")[0]
    return environment.get_template("brief.html").render(
        brief=brief, config=config, cite=Citations(brief), css=css, for_print=for_print)


@renderer("html")
def write_html(brief: Brief, config: Config, path: Path) -> None:
    path.write_text(render_html(brief, config), encoding="utf-8")

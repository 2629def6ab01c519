"""A `Brief` in, files out: one renderer per format, registered by name.

Every renderer draws the same `Brief`; none computes anything another lacks.
Files are written into `out` under the names brief.<format>.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..config import Config
from ..errors import BriefingError
from ..models import Brief

Renderer = Callable[[Brief, Config, Path], None]
RENDERERS: dict[str, Renderer] = {}


def renderer(name: str) -> Callable[[Renderer], Renderer]:
    """Register the decorated function as the renderer of format `name`."""
    def register(function: Renderer) -> Renderer:
        RENDERERS[name] = function
        return function
    return register


def render(brief: Brief, config: Config, out: Path, *,
           log: Callable[[str], None] = lambda m: None) -> dict[str, Path]:
    """Write each of `config.formats` into `out`; the paths written, by format."""
    _load_renderers()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BriefingError(f"cannot write to {out}: {error.strerror or error}") from None
    written = {}
    for name in config.formats:
        path = out / f"brief.{name}"
        log(f"writing {path}")
        RENDERERS[name](brief, config, path)
        written[name] = path
    return written


def _load_renderers() -> None:
    # Imported here so that `briefing clean` never pays for WeasyPrint.
    from . import docx, html, json, pdf  # noqa: F401

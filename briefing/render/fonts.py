"""The fonts the PDF is set in, and the only files rendering may read.

The brief must look the same on a fresh machine, so its fonts ship with
the package (Noto Serif, Noto Sans and Noto Naskh Arabic under
`render/fonts/`, SIL OFL 1.1) and the DejaVu fonts that matplotlib, a
dependency, always installs.  Between them they cover Latin with every
accent, Greek, Cyrillic and Arabic script, so no name loses a glyph.

`font_css()` gives the @font-face rules; `allowed_file(url)` tells the PDF's
URL fetcher whether a file: URL is one of these font files (and nothing
else may be read).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

FONTS_DIR = Path(__file__).resolve().parent / "fonts"

# (family, file, weight, style): the package's own fonts.
PACKAGED = (
    ("Briefing Serif", "NotoSerif-Regular.ttf", 400, "normal"),
    ("Briefing Serif", "NotoSerif-Bold.ttf", 700, "normal"),
    ("Briefing Serif", "NotoSerif-Italic.ttf", 400, "italic"),
    ("Briefing Sans", "NotoSans-Regular.ttf", 400, "normal"),
    ("Briefing Sans", "NotoSans-Bold.ttf", 700, "normal"),
    ("Briefing Arabic", "NotoNaskhArabic-Regular.ttf", 400, "normal"),
)
# Fallback for every script the Noto subsets lack (DejaVu Sans has Arabic too).
DEJAVU = (("Briefing Fallback", "DejaVuSans.ttf", 400, "normal"),
          ("Briefing Fallback", "DejaVuSans-Bold.ttf", 700, "normal"))


def matplotlib_fonts() -> Path | None:
    """matplotlib's bundled TrueType folder, if matplotlib is installed."""
    try:
        import matplotlib
    except ImportError:
        return None
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder.resolve() if folder.is_dir() else None


def font_files() -> list[tuple[str, Path, int, str]]:
    """Every font the brief may use, as (family, path, weight, style)."""
    files = [(family, FONTS_DIR / name, weight, style) for family, name, weight, style in PACKAGED]
    folder = matplotlib_fonts()
    if folder is not None:
        files += [(family, folder / name, weight, style) for family, name, weight, style in DEJAVU]
    return [entry for entry in files if entry[1].is_file()]


def font_css() -> str:
    """@font-face rules naming the package's font files by file: URL."""
    rules = []
    for family, path, weight, style in font_files():
        rules.append(f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}"); '
                     f"font-weight: {weight}; font-style: {style}; }}")
    return "\n".join(rules)


def allowed_file(url: str) -> bool:
    """True when `url` is a file: URL of one of the fonts `font_files` lists."""
    parsed = urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return False
    try:
        path = Path(unquote(parsed.path)).resolve()
    except (OSError, ValueError):
        return False
    return any(path == entry[1].resolve() for entry in font_files())

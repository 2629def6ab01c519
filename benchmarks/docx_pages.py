"""Pages of a brief.docx before its Sources heading, as LibreOffice lays it out.

    .venv/bin/python benchmarks/docx_pages.py outputs/brief.docx

Converts the DOCX to PDF with `soffice --headless` and finds the page the
Sources section starts on (it starts a page of its own).  Issue 15 asks
for at most 6 A4 pages before the Sources on the seeds.  Baseline (before
issue 15's DOCX work, f664619): Sources on page 12, 11 pages before it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BASELINE_PAGES = 11
AIM_PAGES = 6


def pages_before_sources(docx: Path) -> tuple[int, int]:
    """(pages before the Sources page, total pages)."""
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "brief.docx"
        shutil.copy(docx, copy)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, str(copy)],
                       check=True, capture_output=True, timeout=300)
        pdf = Path(work) / "brief.pdf"
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        total = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
        for page in range(1, total + 1):
            text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                                  check=True, capture_output=True, text=True).stdout
            if text.lstrip().startswith("Sources\n"):
                return page - 1, total
    return total, total


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: docx_pages.py BRIEF.docx", file=sys.stderr)
        return 2
    before, total = pages_before_sources(Path(argv[0]))
    print(f"pages before Sources: {before} of {total} (baseline {BASELINE_PAGES}, aim <= {AIM_PAGES})")
    return 0 if before <= AIM_PAGES else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

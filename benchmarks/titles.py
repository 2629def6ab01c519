"""Automatic titles on devset stories: are they short noun phrases naming
the subject, and do they stay put when one paragraph is added?

    .venv/bin/python benchmarks/titles.py [STORY_DIR ...]

For each story (default: five viewpoints stories of the dev split) prints
the title the old method made (baseline), the new one, and the new one
after one paragraph of the second article is appended to the first: with
the previous edition's title offered (as the pipeline does) and without.
No article text is printed beyond the titles.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
import sys
import tempfile
from pathlib import Path

from briefing import ingest, pipeline
from briefing.config import Config
from briefing.synthesize import subject, themes

DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset"
STORIES = ("viewpoints/vp_basil_dev_10", "viewpoints/vp_basil_dev_25", "viewpoints/vp_basil_dev_40",
           "viewpoints/vp_basil_dev_55", "viewpoints/vp_allsides_dev_02")


def old_title(digests, topic, theme: str | None) -> str:
    """The baseline: the method before issue 17 ("Bay, Kestrel: kestrel bay")."""
    names = sorted(subject.display_names(digests, topic))
    who = " and ".join(names) if len(names) <= 2 else ", ".join(names)
    if who and theme:
        return f"{who}: {theme.lower() if not theme.isupper() else theme}"
    return who or (f"Briefing: {theme}" if theme else "Briefing")


def analysed(documents, config):
    """The digests of `documents`, kept in a pickle under /tmp between runs
    (keyed by the documents' hashes; delete it after changing distill/)."""
    key = hashlib.sha256("".join(d.sha256 + d.text[-40:] for d in documents).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"briefing-titles-{key}.pickle"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    digests = pipeline.analyse(documents, config, log=lambda m: None)
    path.write_bytes(pickle.dumps(digests))
    return digests


def titles(documents, config, previous=None) -> tuple[str, str]:
    digests = analysed(documents, config)
    topic = subject.find_subject(digests)
    labels = [t.label for t in themes.find_themes(digests, config)]
    new = subject.title(digests, topic, labels)
    kept = previous if subject.kept_title(previous, digests) else new
    return old_title(digests, topic, labels[0] if labels else None), kept


def with_paragraph(documents):
    """The story with the second article's first paragraph added to the first."""
    extra = next(p for p in documents[1].text.split("\n\n")[1:] if len(p.split()) > 12)
    first = dataclasses.replace(documents[0], text=documents[0].text.rstrip() + "\n\n" + extra + "\n",
                                sha256="0" * 64)
    return [first, *documents[1:]]


def main() -> int:
    stories = [Path(a) for a in sys.argv[1:]] or [DEVSET / s for s in STORIES]
    config = Config(jobs=1)
    stable = 0
    for story in stories:
        documents = [ingest.read_file(p)[0] for p in sorted(story.glob("article_*.txt"))]
        old, new = titles(documents, config)
        old_after, fresh_after = titles(with_paragraph(documents), config)
        _, kept_after = titles(with_paragraph(documents), config, previous=new)
        stable += kept_after == new
        print(f"{story.name}\n  old method: {old!r}  (+1 paragraph: {old_after!r})\n"
              f"  new method: {new!r}  (+1 paragraph: {fresh_after!r}; "
              f"with the previous title kept when it fits: {kept_after!r})")
    print(f"titles unchanged by one added paragraph (new method, as built): {stable}/{len(stories)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Viewpoints: each voice's stance, from the per-article stance readings."""

from __future__ import annotations

from typing import Sequence

from ..models import Digest, Viewpoint


def find_viewpoints(digests: Sequence[Digest]) -> tuple[Viewpoint, ...]:
    """One viewpoint per stance reading, skeptical and optimistic first."""
    found = [Viewpoint(voice=r.voice, stance=r.stance, evidence=r.evidence, kind=r.kind,
                       articles=(d.article.id,), score=r.score)
             for d in digests for r in d.stances]
    return tuple(sorted(found, key=lambda v: v.score))

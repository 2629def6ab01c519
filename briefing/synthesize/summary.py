"""The executive summary: the lead key point of each article in turn."""

from __future__ import annotations

from typing import Sequence

from ..models import Claim, Digest


def summarize(digests: Sequence[Digest], count: int) -> tuple[Claim, ...]:
    """Up to `count` sentences, taking each article's key points in turn."""
    chosen: list[Claim] = []
    for rank in range(max((len(d.key_points) for d in digests), default=0)):
        for digest in digests:
            if rank < len(digest.key_points) and len(chosen) < count:
                chosen.append(digest.key_points[rank])
    return tuple(chosen)

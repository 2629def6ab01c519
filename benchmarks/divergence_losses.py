"""Where the BASIL divergence recall is lost: a probe, not a figure of `make quality`.

    .venv/bin/python benchmarks/divergence_losses.py [--devset ../shared/devset] [--cache DIR]

`make quality`'s divergence recall counts the BASIL stories where one target
is both attacked and supported in labelled quotes and asks whether one
divergence of the brief sets a quote of each side.  This probe follows each
side's labelled quotes through the stages a divergence needs and keeps, per
side, the furthest stage any of its quotes reaches:

1. `not_found`: no quote or reported statement of the digest holds it;
2. `no_speaker`: found, with no speaker;
3. `not_toward_target`: a speaker, but no clear reading of it is placed
   toward the grid actor the label's target matches (`divergences.quote_targets`,
   `divergences.answers`): the quote names no one, names another, or the
   target is not a grid actor (a bill, a group);
4. `wrong_sign`: placed toward the target, on the other side;
5. `placed`: placed toward the target on the labelled side.

A story can be recalled only when both sides are `placed`.  The table counts
stories by their weaker side's stage.  Only `article_*.txt` files are fed to
the pipeline; labels are read here only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE))

STAGES = ("not_found", "no_speaker", "not_toward_target", "wrong_sign", "placed")
_SIGN = {"pos": "positive", "neg": "negative"}


def stage(text: str, sign: str, actor: str | None, said: list, placed: list) -> int:
    """The furthest stage (index into `STAGES`) one labelled quote reaches:
    `said` holds (text, speaker) of every quote and reported statement,
    `placed` the `Taken`s of the story."""
    from quality_stance import _matches

    spoken = [speaker for words, speaker in said if _matches(text, [words])]
    if not spoken:
        return 0
    if not any(spoken):
        return 1
    toward = [t for t in placed if actor and t.actor == actor and _matches(text, [t.text])]
    if not toward:
        return 2
    return 4 if any(_side(t) == _SIGN[sign] for t in toward) else 3


def _side(taken) -> str:
    """The side a `Taken` stands on: an answer stands with its actor."""
    return "positive" if taken.reading.label == "positive" or taken.replying or taken.voice == taken.actor \
        else taken.reading.label


def story_stages(story: Path, cache: Path | None) -> list[tuple[str, int, int]]:
    """(target, positive side's stage, negative side's stage) for each
    target of `story` both attacked and supported in labelled quotes."""
    import train_portrayal
    from quality_stance import _disputed, match_actor

    from briefing.synthesize import divergences, voices

    labels = json.loads((story / "labels.json").read_text(encoding="utf-8"))
    disputed = _disputed(labels)
    if not disputed:
        return []
    digests = train_portrayal.digests_of(story, cache)
    people = voices.merge_people(digests)
    cast = divergences.cast_of(digests, people)
    said = [(q.text, q.speaker) for d in digests for q in (*d.quotes, *d.reported)]
    placed = [t for d in digests for t in (*divergences.quote_targets(d, cast), *divergences.answers(d, cast))]
    found = []
    for target, sides in disputed.items():
        actor = match_actor(target, sorted(cast.people))
        best = {sign: max(stage(text, sign, actor, said, placed) for text in texts) for sign, texts in sides.items()}
        found.append((target, best["pos"], best["neg"]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=HERE.parent.parent / "shared" / "devset")
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    weaker, sides = Counter(), Counter()
    for story in sorted((args.devset / "viewpoints").glob("vp_basil_*")):
        stages = story_stages(story, args.cache)
        if not stages:
            continue
        best = max(stages, key=lambda s: min(s[1], s[2]))
        weaker[STAGES[min(best[1], best[2])]] += 1
        sides.update({f"pos {STAGES[best[1]]}": 1, f"neg {STAGES[best[2]]}": 1})
        print(f"{story.name}  {best[0]:40} pos {STAGES[best[1]]:18} neg {STAGES[best[2]]}")
    print("stories by their weaker side's stage:", dict(weaker))
    print("sides by stage:", dict(sorted(sides.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

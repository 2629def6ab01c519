"""Stance, sentiment, portrayal and divergence quality on ../shared/devset/.

Each figure is printed beside its baseline: `baseline_*` keys are the old
method's figures (the hand-made lexicon, before issue 14), measured before
the change and kept in `benchmarks/stance_baseline.json`; `majority_*`
keys are what always answering the commonest label scores.

1. `newsmtsc_*`: target sentiment on NewsMTSC `devtest_mt.jsonl` (the
   model trained on `train.jsonl` only): macro-F1 over negative, neutral,
   positive, accuracy and each label's F1; `previous_model_*` the first
   trained model's, `session5_model_*` session 5's model's
   (`benchmarks/sentiment_session5.json`, before session 6's features).
2. `portrayal_*` (BASIL, all 68 dev stories; `portrayal_heldout_*` the
   34 even-numbered ones, which the portrayal model never saw): each article's
   `author_feeling_entities` against the portrayal its brief gives the
   actor in that article.  A gold entity ("Donald_Trump",
   "Republican_Lawmakers") is matched to the grid's actor sharing the most
   name words with it (a word's first 6 letters, so "Republican" matches
   "Republicans"; "N.A.A.C.P." is "NAACP", "Wal-Mart" "Walmart"); no actor,
   or no portrayal of it in that article, is a miss.  The non-neutral
   labels missed are counted by kind (`portrayal_miss_*`: no grid actor,
   no cell in that article, cell neutral, wrong sign), and
   `session6_before_*` keys are main's figures before session 6's
   portrayal work (`benchmarks/portrayal_session6.json`).  `portrayal_nonneutral_accuracy` is the aim (non-neutral labels);
   `portrayal_neutral_accuracy` keeps it honest (an always-negative answer
   would fail there).
3. `divergence_*` (BASIL): the stories where one target is both attacked
   and supported in quotes (`polarity_toward_target` neg and pos); recall is
   the share whose brief has one divergence whose positions include a quote
   of each side toward that target.  A position matches a labelled quote
   when they share a run of words covering 60% of the shorter.
   `divergence_recall_signed` counts a story only when the quote labelled
   positive is on the "speaks well of" side and the negative one on the
   "speaks badly of" side (recall alone also counts a divergence with both
   signs swapped).
   `divergence_heldout_recall_signed` is the signed recall on the
   even-numbered stories alone (the quote-side thresholds were looked at on
   the odd ones).  `divergence_per_story` counts the voice divergences
   (actor and stance) shown per story, `divergence_actor_per_story` the
   actor ones.
   `divergence_precision` (a proxy): of the voice divergences whose two
   sides each hold a labelled quote, the share whose sides hold quotes
   labelled positive and negative toward one target, the divergence's actor.
   `before_*` keys are the figures of main before this work (the
   portrayal sign rule, quotes naming no one unplaced), kept in
   `benchmarks/portrayal_baseline.json`.
4. `seed_*`: the four seed voices' stances (Kugelman skeptical, Korybko
   optimistic, The Diplomat skeptical or mixed, Ume Farwa optimistic or
   mixed); `seed_right` counts those right.

Only `article_*.txt` files are fed to the pipeline; labels are read here only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from briefing import ingest, pipeline, synthesize
from briefing.config import Config
from briefing.language.names import initials

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "stance_baseline.json"
PREVIOUS = HERE / "sentiment_previous.json"  # the first trained model's figures (before the parse-path features)
SESSION4 = HERE / "stance_session4.json"  # main's figures before session 5's stance rules (`session4_*`)
SESSION5 = HERE / "sentiment_session5.json"  # the session-5 sentiment model's figures (`session5_model_*`)
SESSION7 = HERE / "stance_session7.json"  # main's BASIL figures before the encoder (`session7_*`)
SESSION8 = HERE / "stance_session8.json"  # main's BASIL figures at the end of session 8 (`session8_*`)
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
_SHORT = {"pos": "positive", "neg": "negative", "neu": "neutral"}
_WORD = re.compile(r"\w+")
SEEDS = {"Kugelman": ("skeptical",), "Korybko": ("optimistic",), "The Diplomat": ("skeptical", "mixed"),
         "Ume Farwa": ("optimistic", "mixed")}


def run(devset: Path) -> dict:
    """Every figure, each beside its baseline."""
    figures = {**newsmtsc(devset), **basil(devset), **seeds(HERE.parent / "seeds")}
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    previous = json.loads(PREVIOUS.read_text()) if PREVIOUS.exists() else {}
    session4 = json.loads(SESSION4.read_text()) if SESSION4.exists() else {}
    session5 = json.loads(SESSION5.read_text()) if SESSION5.exists() else {}
    session7 = json.loads(SESSION7.read_text()) if SESSION7.exists() else {}
    session8 = json.loads(SESSION8.read_text()) if SESSION8.exists() else {}
    return {**figures, **{f"baseline_{k}": v for k, v in baseline.items()},
            **{f"previous_model_{k}": v for k, v in previous.items()},
            **{f"session5_model_{k}": v for k, v in session5.items() if not k.startswith("_")},
            **{f"session7_{k}": v for k, v in session7.items() if not k.startswith("_")},
            **{f"session8_{k}": v for k, v in session8.items() if not k.startswith("_")},
            **{f"session4_{k}": v for k, v in session4.items() if not k.startswith("_")}}


# ---------------------------------------------------------------- NewsMTSC


def newsmtsc(devset: Path, predict=None) -> dict:
    """Macro-F1 and accuracy on devtest_mt, and the majority class's."""
    from briefing.distill import sentiment
    from briefing.language import nlp

    rows = [json.loads(line) for line in
            (devset / "sentiment" / "newsmtsc" / "devtest_mt.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = []
    docs = nlp.load().pipe((r["sentence_normalized"] for r in rows), batch_size=64)
    for row, doc in zip(rows, docs):
        for target in row["targets"]:
            gold = POLARITY[target["polarity"]]
            if predict is not None:
                pairs.append((gold, predict(row["sentence_normalized"])))
            else:
                pairs.append((gold, sentiment.toward(doc[:], target["from"], target["to"])[0]))
    common = Counter(g for g, _p in pairs).most_common(1)[0][0]
    per_label = {f"newsmtsc_f1_{label}": label_f1(pairs, label) for label in sentiment.LABELS}
    return {**_f1_accuracy("newsmtsc", pairs), **per_label,
            **_f1_accuracy("majority_newsmtsc", [(g, common) for g, _ in pairs])}


def _f1_accuracy(prefix: str, pairs: list[tuple[str, str]]) -> dict:
    return {f"{prefix}_macro_f1": macro_f1(pairs), f"{prefix}_accuracy": accuracy(pairs)}


def label_f1(pairs: list[tuple[str, str]], label: str) -> float:
    """F1 of one label over (gold, predicted) pairs."""
    tp = sum(g == p == label for g, p in pairs)
    predicted, actual = sum(p == label for _g, p in pairs), sum(g == label for g, _p in pairs)
    return round(2 * tp / (predicted + actual), 3) if predicted + actual else 0.0


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 over the labels that occur in the gold standard."""
    f1s = []
    for label in sorted({g for g, _p in pairs}):
        tp = sum(g == p == label for g, p in pairs)
        predicted, actual = sum(p == label for _g, p in pairs), sum(g == label for g, _p in pairs)
        f1s.append(2 * tp / (predicted + actual) if predicted + actual else 0.0)
    return round(sum(f1s) / len(f1s), 3) if f1s else 0.0


def accuracy(pairs: list[tuple[str, str]]) -> float:
    return round(sum(g == p for g, p in pairs) / len(pairs), 3) if pairs else 0.0


# ---------------------------------------------------------------- BASIL


def basil(devset: Path) -> dict:
    """Portrayal and divergence figures over the BASIL stories.  The
    portrayal model is trained on the odd-numbered stories
    (`scripts/train_portrayal.py`), so its figures are given on all
    stories and, the fair ones, on the even-numbered (held-out) stories."""
    portrayed, held, recalled, signed, shown, precise, stories = [], [], [], [], [], [], 0
    held_signed, actor_shown, voiced, spoken = [], [], [], []
    for story in sorted((devset / "viewpoints").glob("vp_basil_*")):
        labels = json.loads((story / "labels.json").read_text(encoding="utf-8"))
        brief = build(sorted(story.glob("article_*.txt")))
        files = {a.id: Path(a.source_path).name for a in brief.articles}
        pairs = portrayal_cells(brief, files, labels)
        portrayed += pairs
        held += pairs if int(story.name[-2:]) % 2 == 0 else []
        recalled += divergence_hits(brief, files, labels)
        signed += signed_divergence_hits(brief, labels)
        held_signed += signed_divergence_hits(brief, labels) if int(story.name[-2:]) % 2 == 0 else []
        actor_shown.append(sum(d.kind == "actor" for d in brief.divergences))
        voiced += article_stances(brief, files, labels)
        spoken += speaker_stances(brief, labels)
        precise += divergence_precision(brief, labels)
        shown.append(sum(d.kind not in ("development",) for d in brief.divergences))
        stories += 1
    return {**portrayal_figures("portrayal", portrayed), **portrayal_figures("portrayal_heldout", held),
            "divergence_stories": len(recalled),
            "divergence_recall": round(sum(recalled) / len(recalled), 3) if recalled else 0.0,
            "divergence_recall_signed": round(sum(signed) / len(signed), 3) if signed else 0.0,
            "divergence_heldout_stories": len(held_signed),
            "divergence_heldout_recall_signed": round(sum(held_signed) / len(held_signed), 3) if held_signed else 0.0,
            "divergence_per_story": round(sum(shown) / max(stories, 1), 2),
            "divergence_actor_per_story": round(sum(actor_shown) / max(stories, 1), 2),
            "divergence_matched": len(precise),
            "divergence_precision": round(sum(precise) / len(precise), 3) if precise else 0.0,
            **article_stance_figures(voiced),
            "speaker_stance_matched": len(spoken),
            "speaker_stance_precision": round(sum(spoken) / len(spoken), 3) if spoken else 0.0,
            **{f"before_{k}": v for k, v in json.loads(PORTRAYAL_BASELINE.read_text()).items()
               if not k.startswith("_")},
            **{f"session6_before_{k}": v for k, v in json.loads(PORTRAYAL_SESSION6.read_text()).items()
               if not k.startswith("_")},
            **{f"session6_before_{k}": v for k, v in json.loads(DIVERGENCE_SESSION6.read_text()).items()
               if not k.startswith("_")}}


PORTRAYAL_BASELINE = HERE / "portrayal_baseline.json"
PORTRAYAL_SESSION6 = HERE / "portrayal_session6.json"  # main's figures before session 6's portrayal work
DIVERGENCE_SESSION6 = HERE / "divergence_session6.json"  # main's divergence figures before session 6
MISSES = ("no_actor", "no_cell", "neutral", "wrong_sign")


def portrayal_figures(prefix: str, cells: list[tuple[str, str, str]]) -> dict:
    """Accuracy on the non-neutral labels (the aim), beside always answering
    their commonest label; accuracy on the neutral ones; macro-F1; the
    share of the labelled cells shown leaning that lean the labelled way
    (`polar_precision`: what an analyst reading the grid can trust);
    misses; the non-neutral labels missed, by kind (see `portrayal_cells`)."""
    portrayed = [(g, p) for g, p, _k in cells]
    misses = Counter(k for g, _p, k in cells if g != "neutral")
    nonneutral = [(g, p) for g, p in portrayed if g != "neutral"]
    neutral = [(g, p) for g, p in portrayed if g == "neutral"]
    common = Counter(g for g, _p in nonneutral).most_common(1)[0][0] if nonneutral else "negative"
    return {f"{prefix}_labels": len(portrayed), f"{prefix}_nonneutral_labels": len(nonneutral),
            f"{prefix}_nonneutral_accuracy": accuracy(nonneutral),
            f"majority_{prefix}_nonneutral_accuracy": accuracy([(g, common) for g, _p in nonneutral]),
            f"{prefix}_neutral_accuracy": accuracy(neutral),
            f"{prefix}_macro_f1": macro_f1(portrayed),
            f"majority_{prefix}_macro_f1": macro_f1([(g, common) for g, _p in portrayed]),
            f"{prefix}_polar_precision": accuracy([(g, p) for g, p in portrayed if p in ("negative", "positive")]),
            f"{prefix}_polar_cells": sum(p in ("negative", "positive") for _g, p in portrayed),
            f"{prefix}_missing": sum(p == "missing" for _g, p in portrayed),
            **{f"{prefix}_miss_{kind}": misses[kind] for kind in MISSES}}


def build(files: list[Path]):
    """The brief of `files` (no rendering)."""
    config = Config(sources=tuple(str(f) for f in files), out="/tmp/briefing-quality", jobs=1)
    documents, _skipped = ingest.read_sources(config)
    digests = pipeline.analyse(documents, config, log=lambda message: None)
    return synthesize.synthesize(digests, config)


def portrayal_pairs(brief, files: dict[str, str], labels: dict) -> list[tuple[str, str]]:
    """(gold, predicted) for every labelled (article, entity); "missing" when
    the brief does not portray the entity in that article."""
    return [(gold, predicted) for gold, predicted, _kind in portrayal_cells(brief, files, labels)]


def portrayal_cells(brief, files: dict[str, str], labels: dict) -> list[tuple[str, str, str]]:
    """(gold, predicted, kind) for every labelled (article, entity).  The
    entity is matched among all the grid's actors (`match_actor`, preferring,
    among equally good matches, one with a cell in that article), so an
    article that lacks the actor's cell is a miss, not a match with another
    actor ("Hillary_Clinton" is not "Bill Clinton" because Hillary has no
    cell there).  `kind`: "right", "no_actor" (no grid actor matches),
    "no_cell" (the actor has no cell in that article), "neutral" (the cell
    says neutral, the label does not), "polar" (the cell takes a side the
    label does not), "wrong_sign"."""
    portrayals = getattr(brief, "portrayals", ())
    by_article: dict[str, dict[str, str]] = {}
    for p in portrayals:
        by_article.setdefault(files.get(p.article, p.article), {})[p.actor] = p.polarity
    actors = list(dict.fromkeys(p.actor for p in portrayals))
    found = []
    for entry in labels["articles"]:
        here = by_article.get(entry["file"], {})
        for entity, gold in (entry.get("author_feeling_entities") or {}).items():
            gold = _SHORT[gold]
            actor = match_actor(entity, actors, prefer=here)
            predicted = here.get(actor, "missing") if actor else "missing"
            kind = ("no_actor" if not actor else "no_cell" if actor not in here else "right" if predicted == gold
                    else "neutral" if predicted == "neutral" else "polar" if gold == "neutral" else "wrong_sign")
            found.append((gold, predicted, kind))
    return found


def match_actor(entity: str, actors, prefer=()) -> str | None:
    """The actor sharing the most name words with a BASIL entity label;
    among equally good ones, the first in `prefer`, else the first."""
    wanted = _stems(entity.replace("_", " "))
    best, best_shared = None, 0
    for actor in actors:
        shared = len(wanted & _stems(actor))
        if shared > best_shared or (shared == best_shared and shared and actor in prefer and best not in prefer):
            best, best_shared = actor, shared
    return best


_GENERIC = frozenset({"lawmak", "the", "of", "u", "s", "campai", "admini", "leader", "house", "senate"})


def _stems(name: str) -> set[str]:
    """A name's words as their first 6 letters, less generic words; an
    acronym's letters also as one word ("N.A.A.C.P." as "naacp"), a
    hyphenated word's parts also joined ("Wal-Mart" as "walmar"), and the
    initials of three or more capitalised words too ("Federal Bureau of
    Investigation" as "fbi")."""
    joined = re.findall(r"\b(?:\w\.){2,}|\w+(?:-\w+)+", name)
    words = _WORD.findall(name) + [re.sub(r"[.-]", "", w) for w in joined]
    spelled = initials(name)
    words += [spelled] if len(spelled) >= 3 else []
    return {w.lower()[:6] for w in words} - _GENERIC


def _disputed(labels: dict) -> dict[str, dict[str, list[str]]]:
    """Each target both attacked and supported in a story's quotes: target ->
    {"pos": [quote texts], "neg": [quote texts]}."""
    sides: dict[str, dict[str, list[str]]] = {}
    for entry in labels["articles"]:
        for quote in entry.get("quotes", ()):
            polarity = quote.get("polarity_toward_target")
            if polarity in ("pos", "neg"):
                sides.setdefault(quote["target"], {}).setdefault(polarity, []).append(quote["text"])
    return {t: s for t, s in sides.items() if len(s) == 2}


def divergence_hits(brief, files: dict[str, str], labels: dict) -> list[bool]:
    """For a story with a target both attacked and supported in quotes, one
    bool: does one divergence set a quote of each side (toward that target)
    among its positions?  No entry for other stories."""
    disputed = _disputed(labels)
    if not disputed:
        return []
    for divergence in brief.divergences:
        texts = [p.text for p in divergence.positions]
        for side in disputed.values():
            if any(_matches(q, texts) for q in side["pos"]) and any(_matches(q, texts) for q in side["neg"]):
                return [True]
    return [False]


def signed_divergence_hits(brief, labels: dict) -> list[bool]:
    """Like `divergence_hits`, but a story counts only when the positive
    quote sits on the "speaks well of" side and the negative one on the
    "speaks badly of" side of one actor divergence: a divergence with both
    signs swapped is found by `divergence_hits` and is still wrong."""
    disputed = list(_disputed(labels).values())
    if not disputed:
        return []
    for divergence in brief.divergences:
        well = [p.text for p in divergence.positions if _supports(p.label)]
        badly = [p.text for p in divergence.positions if "speaks badly of" in p.label]
        for side in disputed:
            if any(_matches(q, well) for q in side["pos"]) and any(_matches(q, badly) for q in side["neg"]):
                return [True]
    return [False]


def _supports(label: str) -> bool:
    """Whether a position's label puts it on its actor's side: speaking
    well of them, or answering their critics (for themselves or for them)."""
    return "speaks well of" in label or "answers" in label


def divergence_precision(brief, labels: dict) -> list[bool]:
    """For each voice divergence (kind "actor") whose two sides each hold a
    position matching a labelled quote of the story, one bool: do the two
    sides hold labelled quotes of opposite polarity toward one target, the
    "speaks well" side the positive one, and is that target the divergence's
    actor?  Divergences whose quotes match no label give no entry."""
    gold = [(quote["text"], quote["target"], quote.get("polarity_toward_target"))
            for entry in labels["articles"] for quote in entry.get("quotes", ())]
    found = []
    for divergence in brief.divergences:
        if divergence.kind != "actor":
            continue
        sides = {"pos": [], "neg": []}
        for position in divergence.positions:
            side = "pos" if _supports(position.label) else "neg"
            sides[side] += [(target, polarity) for text, target, polarity in gold if _matches(text, [position.text])]
        if not sides["pos"] or not sides["neg"]:
            continue
        actor = divergence.topic.removeprefix("Views of ")
        targets = {t for t, pol in sides["pos"] if pol == "pos"} & {t for t, pol in sides["neg"] if pol == "neg"}
        found.append(any(match_actor(t, [actor]) for t in targets))
    return found


_SIDE = {"optimistic": "pos", "supportive": "pos", "skeptical": "neg", "critical": "neg"}


def article_stances(brief, files: dict[str, str], labels: dict) -> list[tuple[str, str]]:
    """(BASIL `author_feeling_main_event`, the side the brief gives the
    article's own voice: "pos", "neg" or "neu") for each article whose own
    voice is a viewpoint of its own."""
    gold = {entry["file"]: entry.get("author_feeling_main_event") for entry in labels["articles"]}
    return [(gold.get(files.get(v.articles[0])), _SIDE.get(v.stance, "neu")) for v in brief.viewpoints
            if v.kind != "speaker" and len(v.articles) == 1 and gold.get(files.get(v.articles[0]))]


def speaker_stances(brief, labels: dict) -> list[bool]:
    """For each quoted speaker the brief gives a side (supportive or
    optimistic, critical or skeptical) whose evidence holds quotes BASIL
    labels positive or negative toward their target, one bool: does the
    side agree with the labels?  A voice whose labelled quotes go both ways
    gives no entry.  (A side toward the brief's subject against a label
    toward the quote's own target: a proxy, the error that costs.)"""
    gold = [(quote["text"], quote.get("polarity_toward_target")) for entry in labels["articles"]
            for quote in entry.get("quotes", ()) if quote.get("polarity_toward_target") in ("pos", "neg")]
    found = []
    for view in brief.viewpoints:
        side = _SIDE.get(view.stance)
        if view.kind != "speaker" or side is None:
            continue
        texts = [claim.text for claim in view.evidence]
        polarities = {polarity for text, polarity in gold if _matches(text, texts)}
        if len(polarities) == 1:
            found.append(side in polarities)
    return found


def article_stance_figures(pairs: list[tuple[str, str]]) -> dict:
    """How an article's own voice agrees with BASIL's author feeling toward
    the main event: accuracy beside always "neutral", the sides shown and
    how many agree (a side shown against the label is the error that costs)."""
    polar = [(g, p) for g, p in pairs if p != "neu"]
    return {"article_stance_articles": len(pairs), "article_stance_accuracy": accuracy(pairs),
            "majority_article_stance_accuracy": accuracy([(g, "neu") for g, _p in pairs]),
            "article_stance_sides_shown": len(polar), "article_stance_sides_right": sum(g == p for g, p in polar)}


def _matches(quote: str, texts: list[str]) -> bool:
    wanted = [w.lower() for w in _WORD.findall(quote)]
    for text in texts:
        have = [w.lower() for w in _WORD.findall(text)]
        if wanted and have:
            match = SequenceMatcher(None, wanted, have, autojunk=False).find_longest_match()
            if match.size >= 0.6 * min(len(wanted), len(have)):
                return True
    return False


# ---------------------------------------------------------------- seeds


def seeds(folder: Path) -> dict:
    """The four seed voices' stances, and how many are right."""
    brief = build(sorted(folder.glob("*.txt")))
    figures, right = {}, 0
    for name, wanted in SEEDS.items():
        found = [v for v in brief.viewpoints if name.casefold() in (v.label or v.voice).casefold()
                 or name.casefold() in " ".join(_outlet(brief, a) for a in v.articles if v.voice == a).casefold()]
        stance = found[0].stance if found else "missing"
        figures[f"seed_{name.replace(' ', '_')}"] = stance
        right += stance in wanted
    figures["seed_right"] = right
    return figures


def _outlet(brief, article_id: str) -> str:
    article = next((a for a in brief.articles if a.id == article_id), None)
    return " ".join(x for x in (article.outlet, article.author, article.title) if x) if article else ""

"""Learn which given names news uses for men and which for women, from
PolNeAR `train/`, and write briefing/distill/models/given_name_sex.json
({"Hillary": "f", ...}).

    .venv/bin/python scripts/train_name_sex.py [--devset ../shared/devset] [--cache /tmp/briefing-polnear-docbin]

An article that names one person of a surname in full ("Kellyanne Conway")
and calls that surname by a courtesy title ("Ms. Conway", "Mr. Conway"), or
follows the full name, as its sentence's subject, with a personal pronoun
before anyone else is named ("Conway said she ..."), votes for the given
name's sex; an article whose titles or pronouns go both ways for the
surname (a couple, "Mr. and Mrs. Conway") gives no vote.  A name is kept
when at least MIN_ARTICLES articles vote and at most MAX_MINORITY of them
vote the other way.  people.py reads the table only where the article
itself does not say (no pronoun, no kinship): "Mr. Conway" beside George T.
Conway III and Kellyanne Conway.  Only `train/` is read; the parse is the
DocBin cache train_attribution.py writes (made here when missing).  With
--report, the table is checked against the same votes on PolNeAR `dev/`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from train_attribution import parsed, polnear_arguments  # noqa: E402

from briefing.distill.people import COURTESY, PRONOUN_SEX  # noqa: E402
from briefing.language.names import fold, is_title_word, split_title, strip_name  # noqa: E402

OUT = ROOT / "briefing" / "distill" / "models" / "given_name_sex.json"
MIN_ARTICLES = 2
MAX_MINORITY = 0.25


def votes(doc) -> dict[str, str]:
    """Given name -> "m" or "f": this article's vote for each person it
    names in full and alone of their surname."""
    given_by_surname: dict[str, set[str]] = defaultdict(set)
    subjects: dict[str, list] = defaultdict(list)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        _title, name = split_title(strip_name(ent.text))
        words = name.split()
        if len(words) < 2 or not (words[0].isalpha() and words[0].istitle() and len(words[0]) > 1) \
                or is_title_word(words[0]):
            continue
        given_by_surname[fold(words[-1])].add(words[0])
        if ent.root.dep_ in ("nsubj", "nsubjpass"):
            subjects[fold(words[-1])].append(ent)
    said: dict[str, set[str]] = defaultdict(set)
    for token in doc[1:]:
        sex = COURTESY.get(doc[token.i - 1].lower_.rstrip("."))
        if sex and token.is_title:
            said[fold(token.text)].add(sex)
    for surname, ents in subjects.items():
        for ent in ents:
            for token in doc[ent.end:ent.sent.end]:
                if token.ent_type_ == "PERSON":
                    break
                if token.lower_ in PRONOUN_SEX:
                    said[surname].add(PRONOUN_SEX[token.lower_])
    return {next(iter(given)): next(iter(said[surname])) for surname, given in given_by_surname.items()
            if len(given) == 1 and len(said.get(surname, ())) == 1}


def table(split: str, devset: Path, cache: Path) -> dict[str, Counter]:
    """Given name -> Counter of the articles' votes ("m", "f") over a split."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for _article, doc, _gold in parsed(split, devset, cache):
        for given, sex in votes(doc).items():
            counts[given][sex] += 1
    return counts


def kept(counts: dict[str, Counter]) -> dict[str, str]:
    """The names whose votes are many and agree enough, each with its sex."""
    found = {}
    for given, votes_ in sorted(counts.items()):
        sex, top = votes_.most_common(1)[0]
        total = sum(votes_.values())
        if total >= MIN_ARTICLES and (total - top) / total <= MAX_MINORITY:
            found[given] = sex
    return found


def main(argv: list[str]) -> int:
    report = "--report" in argv
    args = polnear_arguments([a for a in argv if a != "--report"], __doc__.splitlines()[0])
    if args is None:
        return 1
    learned = kept(table("train", args.devset, args.cache))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(learned, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(learned)} given names -> {OUT.relative_to(ROOT)}")
    if report:
        dev = table("dev", args.devset, args.cache)
        checked = [(learned[g], v.most_common(1)[0][0]) for g, v in dev.items() if g in learned]
        right = sum(a == b for a, b in checked)
        print(f"dev: {len(dev)} names voted, {len(checked)} in the table, {right} agree "
              f"({right / max(len(checked), 1):.3f}), {len(checked) - right} disagree")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

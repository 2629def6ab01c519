"""Speed and memory benchmarks (issue 9): `make bench` [QUICK=1].

Every case is a real `briefing build` in a fresh process (cold imports, as
an analyst runs it) whose process tree is sampled for memory (PSS summed
over the build and its workers, so shared model pages count once).  Beside
each case, in the same run, its *floor*: the least any build must spend on
the same input, also in a fresh process:

- cold build, N articles: load spaCy, `nlp.pipe` over the texts
  (`n_process` = cores), one WeasyPrint render of the brief's HTML;
- no-op rebuild: read and hash every source file;
- rebuild after adding one article: load spaCy, parse that article, render.

Cases: seeds cold, no-op, add-one (`--quick` stops there); 1,000 articles
built from the devset texts into benchmarks/work/ (never committed), with a
profile of the synthesis and render stages and their growth measured on
1k..10k digests (the 1k digests replicated under new ids); `--full` also
builds 10,000 articles.  Results: benchmarks/results.json and a table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
RESULTS = ROOT / "benchmarks" / "results.json"
DEVSET = Path(os.environ.get("BRIEFING_DEVSET", ROOT.parent / "shared" / "devset"))
SAMPLE_S = 0.2
TIMEOUT_S = 1800
"""A build still running after this long is stopped and reported as such
(`--timeout`): a bench that never ends measures nothing."""
PROFILE_TIMEOUT_S = 600
"""The same for each synthesis-and-render profile run."""
SEEDS_RUNS = 3
"""The seeds' cold build and its floor are each measured this many times
(the medians count): their few seconds vary by a second from run to run."""
SCALING = (1, 3, 10)
"""Profiles are taken at these multiples of the first corpus size."""



def main(argv: list[str] | None = None) -> int:
    global TIMEOUT_S
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small cases only (seeds), under two minutes")
    parser.add_argument("--full", action="store_true", help="also build 10,000 articles (tens of minutes)")
    parser.add_argument("--sizes", default=None, help="corpus sizes, e.g. 1000,10000 (overrides --full)")
    parser.add_argument("--skip-seeds", action="store_true", help="only the large corpora")
    parser.add_argument("--no-profile", action="store_true",
                        help="skip the synthesis-and-render profiles on replicated digests")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds before a case is stopped")
    parser.add_argument("--pathological", action="store_true",
                        help="only the pathological inputs case (issue 16), beside normal articles of the same size")
    args = parser.parse_args(argv)
    TIMEOUT_S = args.timeout
    WORK.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "cases": [], "profile": {}}
    if args.pathological:
        report["cases"] += pathological_cases(report)
        save(report)
        print(pathological_table(report["cases"]))
        print(f"\nwritten {RESULTS.relative_to(ROOT)}")
        return 0
    if not args.skip_seeds:
        report["cases"] += seeds_cases()
        save(report)
    if not args.quick:
        report["cases"] += pathological_cases(report)
        save(report)
        sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [1000] + ([10000] if args.full else [])
        report["cases"].append(corpus_case(sizes[0]))
        save(report)
        # Built for real, the larger corpora need no profile at their size.
        scaling = [k for k in SCALING if k == 1 or sizes[0] * k not in sizes]
        if not args.no_profile:
            report["profile"] = profile_stages(WORK / f"corpus-{sizes[0]}", WORK / f"out-{sizes[0]}",
                                               [sizes[0] * k for k in scaling])
            save(report)
        for size in sizes[1:]:
            report["cases"].append(corpus_case(size))
            save(report)
    print(table(all_cases(report), report["profile"]))
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")
    return 0


def save(report: dict) -> None:
    """Judge the cases so far and write results.json (after every case, so
    a long run interrupted still leaves its figures).  Cases this run does
    not measure (`--quick` skips the large corpora) keep their latest
    figures from the previous results.json, each with the time it was run."""
    for case in report["cases"]:
        case.setdefault("when", report["machine"]["when"])
    cases = all_cases(report)
    judge(cases)
    report["extrapolated"] = extrapolate(cases, report["profile"])
    RESULTS.write_text(json.dumps({**report, "cases": cases}, indent=2), encoding="utf-8")


def all_cases(report: dict) -> list[dict]:
    """This run's cases and the previous results' cases it did not run, in
    the order the table reads: the seeds cases, then corpora by size."""
    cases = _carried_over(report["cases"]) + report["cases"]
    seeds = ("seeds cold build", "seeds no-op rebuild", "seeds + 1 article")
    return sorted(cases, key=lambda c: (seeds.index(c["case"]) if c["case"] in seeds else
                                        8 if c["case"].startswith(PATHOLOGICAL) else 9, c["articles"]))


def _carried_over(cases: list[dict]) -> list[dict]:
    """The previous results' cases that `cases` does not measure again."""
    if not RESULTS.is_file():
        return []
    try:
        previous = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    measured = {c["case"] for c in cases}
    when = (previous.get("machine") or {}).get("when")
    return [{"when": when, **c} for c in previous.get("cases", []) if c.get("case") not in measured]


# --------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------

PATHOLOGICAL = "pathological: "
"""Name prefix of the pathological-input cases (issue 16)."""

PATHOLOGICAL_AIMS = {"ratio": 3.0, "peak_mb": 1024}
"""Aims: at most 3x a normal article's time, under 1 GB per worker."""

_WORDS = ("the minister said talks on trade and energy would resume next week while officials "
          "in the capital met their partners to discuss a new agreement on security water roads "
          "schools prices budget council vote plan").split()


def pathological_inputs(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Each hostile input of issue 16 written into `folder`, with a normal
    article of the same size beside it: {name: (hostile, normal)}.  The
    texts are made up here from general English words (no devset text)."""
    rng = random.Random(16)
    folder.mkdir(parents=True, exist_ok=True)

    def words(count: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(count))

    def normal(size: int) -> str:
        paragraphs, total = [], 0
        while total < size:
            sentence = " ".join(f"{words(rng.randint(8, 20)).capitalize()}." for _ in range(4))
            paragraphs.append(sentence)
            total += len(sentence) + 2
        return "\n\n".join(paragraphs)[:size]

    quote = " ".join(f'He said "{words(2)}" then' for _ in range(25_000))  # 50,000 quote marks
    numbers = " ".join(f"{words(3)} {rng.randint(1, 99_999):,} {rng.choice(('dollars', 'tonnes', 'per cent'))}."
                       for _ in range(20_000))
    nested = ("<html><body>" + "<div>" * 10_000 + "".join(f"<p>{normal(400)}</p>" for _ in range(50))
              + "</div>" * 10_000 + "</body></html>")
    made = {"10,000 nested elements": ("nested.html", nested), "20,000 numbers": ("numbers.txt", numbers),
            "50,000 quote marks": ("quotes.txt", quote), "5 MB single line": ("line.txt", words(900_000)[:5 * 2**20])}
    found = {}
    for name, (file, text) in made.items():
        hostile, plain = folder / file, folder / f"normal-{Path(file).stem}.txt"
        hostile.write_text(text, encoding="utf-8")
        plain.write_text(normal(len(text.encode())), encoding="utf-8")
        found[name] = (hostile, plain)
    return found


def pathological_cases(report: dict | None = None) -> list[dict]:
    """One row per hostile input: its build's time and peak memory beside a
    normal article of the same size (both alone, in a fresh process, JSON
    and HTML only), then the seeds with all of them in one build."""
    folder = WORK / "pathological"
    inputs = pathological_inputs(folder / "inputs")
    rows = []
    for name, (hostile, plain) in inputs.items():
        print(f"... {PATHOLOGICAL}{name}", file=sys.stderr, flush=True)
        runs = [measure([sys.executable, "-m", "briefing", "build", str(path), "--out", str(folder / "out"),
                         "--formats", "json,html", "--force", "-q"]) for path in (hostile, plain)]
        bad, good = runs
        # CPU seconds, not wall time, make the ratio: on a shared machine
        # the wall clock measures the neighbours as much as the build.
        rows.append({"case": PATHOLOGICAL + name, "articles": 1, "wall_s": bad["wall_s"], "cpu_s": bad["cpu_s"],
                     "peak_mb": bad["peak_mb"], "largest_mb": bad["largest_mb"], "exit": bad["exit"],
                     "timed_out": bad["timed_out"], "normal_wall_s": good["wall_s"], "normal_cpu_s": good["cpu_s"],
                     "normal_peak_mb": good["peak_mb"], "normal_exit": good["exit"],
                     "bytes": hostile.stat().st_size, "ratio": bad["cpu_s"] / max(good["cpu_s"], 1e-9)})
        if report is not None:
            report["cases"].append(rows.pop())
            save(report)
    mixed = folder / "seeds-and-hostile"
    shutil.rmtree(mixed, ignore_errors=True)
    shutil.copytree(ROOT / "seeds", mixed)
    for hostile, _ in inputs.values():
        shutil.copy(hostile, mixed / hostile.name)
    print(f"... {PATHOLOGICAL}seeds + all of them", file=sys.stderr, flush=True)
    run = measure([sys.executable, "-m", "briefing", "build", str(mixed), "--out", str(folder / "out-mixed"),
                   "--force", "-q"])
    rows.append({"case": PATHOLOGICAL + "seeds + all of them", "articles": len(list(mixed.iterdir())),
                 "wall_s": run["wall_s"], "cpu_s": run["cpu_s"], "peak_mb": run["peak_mb"],
                 "largest_mb": run["largest_mb"], "exit": run["exit"], "load": run["load"],
                 "timed_out": run["timed_out"], "aim_wall_s": 180})
    return rows


def pathological_table(cases: list[dict]) -> str:
    """The pathological rows as a table, each beside its normal article."""
    lines = ["pathological inputs (issue 16), each beside a normal article of the same size:",
             f"{'case':<28}{'wall s':>8}{'cpu s':>8}{'peak MB':>9}{'max proc MB':>12}{'normal cpu s':>13}"
             f"{'normal MB':>10}{'ratio':>7}  aim / met"]
    for c in cases:
        if not c["case"].startswith(PATHOLOGICAL):
            continue
        normal_s, normal_mb, ratio = c.get("normal_cpu_s"), c.get("normal_peak_mb"), c.get("ratio")
        met = "MET" if c.get("met") else "NOT MET"
        met += " (stopped: did not finish)" if c.get("timed_out") else ""
        lines.append(f"{c['case'].removeprefix(PATHOLOGICAL):<28}{c['wall_s']:>8.1f}{c.get('cpu_s', 0):>8.1f}"
                     f"{c['peak_mb']:>9.0f}"
                     f"{c.get('largest_mb', 0):>12.0f}{'' if normal_s is None else f'{normal_s:.1f}':>13}"
                     f"{'' if normal_mb is None else f'{normal_mb:.0f}':>10}"
                     f"{'' if ratio is None else f'{ratio:.2f}':>7}  {c.get('aim', '')} {met}"
                     + (" (load average {:.1f} at start, {:.1f} at end)".format(*c["load"]) if c.get("load") else ""))
    return "\n".join(lines)


def _judge_pathological(c: dict) -> None:
    finished = c["exit"] in (0, 3) and not c["timed_out"]
    small = c.get("largest_mb", c["peak_mb"]) < PATHOLOGICAL_AIMS["peak_mb"]
    if "aim_wall_s" in c:
        c["aim"] = f"<= {c['aim_wall_s']} s, no process > 1 GB"
        c["met"] = bool(finished and small and c["wall_s"] <= c["aim_wall_s"])
    else:
        c["aim"] = "<= 3x normal CPU time, < 1 GB"
        normal_ok = c.get("normal_exit", 0) in (0, 3)
        c["met"] = bool(finished and small and normal_ok and c["ratio"] <= PATHOLOGICAL_AIMS["ratio"])


def seeds_cases() -> list[dict]:
    """Cold build, no-op rebuild and add-one rebuild of a copy of seeds/."""
    corpus, out = WORK / "seeds", WORK / "out-seeds"
    for folder in (corpus, out):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "seeds", corpus)
    files = sorted(corpus.iterdir())
    cold = case("seeds cold build", len(files), corpus, out, repeat=SEEDS_RUNS,
                floor_args=["--parse", *map(str, files), "--render", str(out / "brief.html")])
    noop = case("seeds no-op rebuild", len(files), corpus, out, floor_args=["--hash", *map(str, files)])
    added = corpus / "zz-added.txt"
    added.write_text(corpus_texts()[0], encoding="utf-8")
    add = case("seeds + 1 article", len(files) + 1, corpus, out,
               floor_args=["--parse", str(added), "--render", str(out / "brief.html")])
    return [cold, noop, add]


def corpus_case(size: int) -> dict:
    """A cold build of `size` articles made from the devset texts."""
    corpus, out = WORK / f"corpus-{size}", WORK / f"out-{size}"
    make_corpus(size, corpus)
    shutil.rmtree(out, ignore_errors=True)
    return case(f"{size:,} articles cold", size, corpus, out,
                floor_args=["--parse", "--list", str(corpus), "--render", str(out / "brief.html")])


def case(name: str, articles: int, corpus: Path, out: Path, *, floor_args: list[str],
         repeat: int = 1) -> dict:
    """Build `corpus` into `out`, then measure the floor; one result row.
    With `repeat` > 1 (small cases, where a second of noise is a large
    share) both are measured that many times, in turn, from a fresh `out`
    each time, and the medians are kept."""
    print(f"... {name}", file=sys.stderr, flush=True)
    builds, floors = [], []
    for _ in range(repeat):
        if repeat > 1:
            shutil.rmtree(out, ignore_errors=True)
        builds.append(measure([sys.executable, "-m", "briefing", "build", str(corpus), "--out", str(out), "-q"]))
        floors.append(measure([sys.executable, str(ROOT / "benchmarks" / "benchprobe.py"), *floor_args]))
    build, floor = _median(builds), _median(floors)
    return {"case": name, "articles": articles, "wall_s": build["wall_s"],
            "articles_per_s": articles / build["wall_s"], "peak_mb": build["peak_mb"],
            "exit": build["exit"], "timed_out": build["timed_out"], "floor_s": floor["wall_s"], "floor_peak_mb": floor["peak_mb"],
            "floor_parts": floor["output"], "ratio": build["wall_s"] / floor["wall_s"], "runs": repeat}


def _median(runs: list[dict]) -> dict:
    """The run with the median wall time."""
    return sorted(runs, key=lambda run: run["wall_s"])[len(runs) // 2]


def measure(command: list[str], timeout: float | None = None) -> dict:
    """Run `command`; its wall time, peak memory (MB, summed over its process
    tree) and exit code, and the JSON it printed last on stdout, if any.
    Stopped (with its workers) after `timeout` s: then `timed_out` is True."""
    import psutil

    import resource

    timeout = timeout or TIMEOUT_S
    load = os.getloadavg()[0]  # a shared machine's wall times are only comparable at a like load
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = psutil.Popen(command, cwd=ROOT, stdout=output, stderr=errors)
        peak = largest = 0.0
        while process.poll() is None:
            peak = max(peak, tree_memory(process))
            largest = max(largest, largest_member(process))
            if time.perf_counter() - start > timeout:
                stop(process)
                break
            time.sleep(SAMPLE_S)
        wall = time.perf_counter() - start
        output.seek(0), errors.seek(0)
        text, problems = output.read().decode(), errors.read().decode()
    if process.returncode not in (0, 3):
        print(f"warning: {' '.join(command[:4])} exited {process.returncode}:\n{problems[-2000:]}",
              file=sys.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": peak, "largest_mb": largest, "exit": process.returncode,
            "output": last_json(text), "timed_out": wall > timeout, "load": [load, os.getloadavg()[0]]}


def stop(process) -> None:
    """Kill `process` and every process it started."""
    import psutil

    members = [*process.children(recursive=True), process]
    for member in members:
        try:
            member.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(members, timeout=10)


def tree_memory(process) -> float:
    """MB used by `process` and its descendants: PSS where the system has it."""
    import psutil

    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0.0
    for member in members:
        try:
            info = member.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            continue
    return total / 2**20


def largest_member(process) -> float:
    """MB (RSS) of the largest process in `process`'s tree: the per-worker figure."""
    import psutil

    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0.0
    sizes = []
    for member in members:
        try:
            sizes.append(member.memory_info().rss)
        except psutil.Error:
            continue
    return max(sizes, default=0) / 2**20


def last_json(text: str):
    lines = [line for line in text.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else None


# --------------------------------------------------------------------------
# Corpora made from the devset texts (under benchmarks/work/, git-ignored)
# --------------------------------------------------------------------------


def corpus_texts() -> list[str]:
    """English article texts of the devset (multinews and viewpoints
    articles, boilerplate gold texts), or the seeds when it is absent."""
    patterns = ("multinews/*/article_*.txt", "viewpoints/*/article_*.txt", "boilerplate/*/gold.txt")
    paths = sorted(p for pattern in patterns for p in DEVSET.glob(pattern))
    if not paths:
        print(f"warning: no devset at {DEVSET}; corpora are made from seeds/", file=sys.stderr)
        paths = sorted((ROOT / "seeds").iterdir())
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    return [t for t in texts if _latin(t) and len(t.split()) >= 50]


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) / len(letters) > 0.9


def make_corpus(size: int, folder: Path) -> list[Path]:
    """`size` distinct article files in `folder`: the texts in turn, every
    pass after the first a variant (paragraphs shuffled, one in five
    dropped; sentences shuffled too when that alone would repeat a text),
    so the copies are near-duplicates, as wire copies are, not identical
    files a build would skip."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    texts, rng, files, seen = corpus_texts(), random.Random(size), [], set()
    for number in range(size):
        text = texts[number % len(texts)]
        for attempt in range(20 if number >= len(texts) else 0):
            varied = _vary(text, rng, sentences=attempt > 2)
            if varied not in seen:
                text = varied
                break
        seen.add(text)
        path = folder / f"a{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _vary(text: str, rng: random.Random, *, sentences: bool = False) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) < 3:
        paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    if sentences:
        paragraphs = [" ".join(rng.sample(parts, len(parts)))
                      for parts in (re.split(r"(?<=[.!?])\s+", p) for p in paragraphs)]
    rng.shuffle(paragraphs)
    kept = [p for p in paragraphs if rng.random() >= 0.2] or paragraphs
    return "\n\n".join(kept if len(kept) >= 2 else paragraphs)


# --------------------------------------------------------------------------
# Profiles: where the time goes after distillation, and how it grows
# --------------------------------------------------------------------------


def profile_stages(corpus: Path, out: Path, sizes: list[int]) -> dict:
    """Synthesis and rendering profiled on the digests of `corpus` (from the
    build's digest cache) at each of `sizes`, one process each."""
    runs = {}
    for size in sizes:
        print(f"... profile of synthesis and render at {size:,} digests", file=sys.stderr, flush=True)
        result = measure([sys.executable, str(ROOT / "benchmarks" / "benchprobe.py"), "--scale",
                          str(corpus), str(out), str(size), str(WORK / f"profile-{size}")],
                         timeout=min(TIMEOUT_S, PROFILE_TIMEOUT_S))
        runs[str(size)] = {**(result["output"] or {}), "wall_s": result["wall_s"], "peak_mb": result["peak_mb"],
                           "timed_out": result["timed_out"]}
        if result["timed_out"]:
            break  # a larger size would only take longer
    return {"runs": runs, "growth": growth(runs)}


def growth(runs: dict) -> list[dict]:
    """Per function, the exponent k of time ~ n^k between the smallest and
    largest size (1 = linear; above ~1.2 grows faster than the corpus)."""
    sizes = sorted(int(s) for s in runs if runs[s].get("functions"))
    if len(sizes) < 2:
        return []
    small, large = runs[str(sizes[0])]["functions"], runs[str(sizes[-1])]["functions"]
    rows = []
    for name, seconds in large.items():
        before = small.get(name)
        if before and before > 0.005 and seconds > 0.05:
            exponent = math.log(seconds / before) / math.log(sizes[-1] / sizes[0])
            rows.append({"function": name, "s_small": before, "s_large": seconds, "exponent": exponent})
    return sorted(rows, key=lambda row: -row["s_large"])[:25]


# --------------------------------------------------------------------------
# Aims and the table
# --------------------------------------------------------------------------


def judge(cases: list[dict]) -> None:
    """Attach the issue's aims to the cases they concern, and whether met."""
    by_name = {c["case"]: c for c in cases}
    for c in cases:
        c["aim"], c["met"] = "-", None
        if c["case"].startswith(PATHOLOGICAL):
            _judge_pathological(c)
    if "seeds cold build" in by_name:
        c = by_name["seeds cold build"]
        c["aim"], c["met"] = "<= 1.5x floor", c["ratio"] <= 1.5
    one, ten = by_name.get("1,000 articles cold"), by_name.get("10,000 articles cold")
    if one:
        one["aim"], one["met"] = ">= 75% floor throughput", one["ratio"] <= 1 / 0.75
    if ten:
        limit = 12 * one["wall_s"] if one else None
        ten["aim"] = "<= 12x 1k time, < 2 GB"
        ten["met"] = bool(limit and ten["wall_s"] <= limit and ten["peak_mb"] < 2048)


def extrapolate(cases: list[dict], profiles: dict) -> dict | None:
    """The 10x corpus when it was not built: distillation (and everything
    else per article) times ten, plus what synthesis and render measured at
    10x cost beyond ten times their cost at 1x.  Memory: the largest of the
    1x build and the 10x synthesis run plus the 1x build's workers."""
    runs = (profiles or {}).get("runs") or {}
    built = {c["articles"]: c for c in cases if "articles cold" in c["case"]}
    if len(runs) < 2 or not built:
        return None
    small, large = sorted(runs, key=int)[0], sorted(runs, key=int)[-1]
    base = built.get(int(small))
    # Only the 10x corpus is estimated, and only when it was not built.
    if not base or int(large) != SCALING[-1] * int(small) or int(large) in built or not runs[large].get("stages"):
        return None
    factor = int(large) / int(small)
    post = lambda run: sum(run["stages"].values())  # noqa: E731
    wall = factor * base["wall_s"] + post(runs[large]) - factor * post(runs[small])
    peak = max(base["peak_mb"], runs[large]["peak_mb"] + base["peak_mb"] - runs[small]["peak_mb"])
    return {"case": f"{int(large):,} arts (estimate)", "articles": int(large), "wall_s": wall,
            "peak_mb": peak, "ratio_to_1k_time": wall / base["wall_s"],
            "met": wall <= 12 * base["wall_s"] and peak < 2048}


def table(cases: list[dict], profiles: dict) -> str:
    head = f"{'case':<26}{'arts':>7}{'wall s':>9}{'arts/s':>9}{'peak MB':>9}{'floor s':>9}{'ratio':>7}  aim / met"
    lines = [head, "-" * len(head)]
    runs = {c.get("when") for c in cases}
    hostile = [c for c in cases if c["case"].startswith(PATHOLOGICAL)]
    cases = [c for c in cases if not c["case"].startswith(PATHOLOGICAL)]
    for c in cases:
        met = "" if c["met"] is None else ("MET" if c["met"] else "NOT MET")
        met += " (stopped: did not finish)" if c.get("timed_out") else ""
        met += f" (run {c['when']})" if len(runs) > 1 and c.get("when") else ""
        lines.append(f"{c['case']:<26}{c['articles']:>7}{c['wall_s']:>9.1f}{c['articles_per_s']:>9.2f}"
                     f"{c['peak_mb']:>9.0f}{c['floor_s']:>9.1f}{c['ratio']:>7.2f}  {c['aim']} {met}")
    guess = extrapolate(cases, profiles)
    if guess:
        lines.append(f"{guess['case']:<26}{guess['articles']:>7}{guess['wall_s']:>9.0f}"
                     f"{guess['articles'] / guess['wall_s']:>9.2f}{guess['peak_mb']:>9.0f}{'':>9}{'':>7}  "
                     f"<= 12x 1k time ({guess['ratio_to_1k_time']:.1f}x), < 2 GB "
                     f"{'MET' if guess['met'] else 'NOT MET'} (estimate)")
    if hostile:
        lines += ["", pathological_table(hostile)]
    if profiles:
        lines += ["", "synthesis + render on replicated digests (time ~ n^k):"]
        for size, run in profiles["runs"].items():
            stages = ", ".join(f"{k} {v:.1f}s" for k, v in (run.get("stages") or {}).items())
            stages = stages or f"did not finish in {run['wall_s']:.0f} s"
            lines.append(f"  {int(size):>6,} digests: {stages}; peak {run['peak_mb']:.0f} MB")
        for row in profiles["growth"][:12]:
            lines.append(f"  k={row['exponent']:4.2f}  {row['s_small']:7.2f}s -> {row['s_large']:7.2f}s  {row['function']}")
    return "\n".join(lines)


def machine() -> dict:
    return {"cores": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform,
            "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


if __name__ == "__main__":
    sys.exit(main())

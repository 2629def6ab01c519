"""What runs inside the processes `bench.py` measures (floors and profiles).

Each mode prints one line of JSON (its own timings) as its last output:

    benchprobe.py --parse FILE... [--list DIR] [--render HTML]
        the floor of a build: load spaCy, nlp.pipe over the files' texts
        with n_process = cores, one WeasyPrint render of HTML to PDF
    benchprobe.py --hash FILE...
        the floor of a no-op rebuild: read and hash every source file
    benchprobe.py --scale CORPUS OUT SIZE PROFILE
        synthesis and render of SIZE digests (CORPUS's, from OUT's digest
        cache, replicated under new article ids), timed, then profiled
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import json
import math
import os
import pstats
import sqlite3
import sys
import tempfile
from contextlib import closing
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parse", nargs="*")
    parser.add_argument("--list", metavar="DIR")
    parser.add_argument("--render", metavar="HTML")
    parser.add_argument("--hash", nargs="*")
    parser.add_argument("--scale", nargs=4, metavar=("CORPUS", "OUT", "SIZE", "PROFILE"))
    args = parser.parse_args()
    if args.scale:
        result = scale(Path(args.scale[0]), Path(args.scale[1]), int(args.scale[2]), Path(args.scale[3]))
    elif args.hash is not None:
        result = hash_files(args.hash)
    else:
        files = list(args.parse or []) + (sorted(str(p) for p in Path(args.list).iterdir()) if args.list else [])
        result = parse_and_render(files, args.render)
    print(json.dumps(result))
    return 0


def hash_files(files: list[str]) -> dict:
    start = time.perf_counter()
    for name in files:
        hashlib.sha256(Path(name).read_bytes()).hexdigest()
    return {"hash_s": time.perf_counter() - start}


def parse_and_render(files: list[str], html: str | None) -> dict:
    """spaCy over the texts on every core, then one PDF of `html`."""
    from briefing.language import nlp
    from briefing.executor import cores

    texts = [Path(name).read_text(encoding="utf-8", errors="replace") for name in files]
    start = time.perf_counter()
    model = nlp.load()
    loaded = time.perf_counter()
    jobs = cores()
    batch = max(1, min(64, math.ceil(len(texts) / (jobs * 4))))
    for _doc in model.pipe(texts, n_process=jobs, batch_size=batch):
        pass
    parsed = time.perf_counter()
    if html and Path(html).is_file():
        from weasyprint import HTML

        with tempfile.TemporaryDirectory() as folder:
            HTML(filename=html).write_pdf(os.path.join(folder, "floor.pdf"))
    return {"load_s": loaded - start, "parse_s": parsed - loaded, "render_s": time.perf_counter() - parsed,
            "texts": len(texts), "words": sum(len(t.split()) for t in texts)}


# --------------------------------------------------------------------------
# Synthesis and render at scale, on replicated digests
# --------------------------------------------------------------------------


def scale(corpus: Path, out: Path, size: int, profile: Path) -> dict:
    """Stage times of synthesis and each renderer over `size` digests, then a
    cProfile of the same (cumulative seconds per function, for `growth`)."""
    digests = replicate(cached_digests(corpus, out), size)
    stages, brief = run_stages(digests)
    profiler = cProfile.Profile()
    profiler.enable()
    run_stages(digests, formats=("json", "html", "docx"))
    profiler.disable()
    profiler.dump_stats(str(profile) + ".pstats")
    return {"digests": len(digests), "stages": stages, "functions": functions(profiler),
            "brief_items": {"themes": len(brief.themes), "people": len(brief.people),
                            "timeline": len(brief.timeline), "quotes": len(brief.quotes)}}


def cached_digests(corpus: Path, out: Path):
    """The digests of `corpus` as its build left them in the digest cache,
    read whatever pipeline version wrote them (the code may have changed
    since, and the point is to time synthesis, not to re-parse); distilled
    afresh only if the cache is missing."""
    from briefing import ingest, pipeline
    from briefing.regenerate import cache
    from briefing.config import Config, state_dir
    from briefing.models import Digest, from_dict

    config = Config(sources=(str(corpus),), out=str(out))
    path = state_dir(config) / cache.CACHE_NAME
    if path.is_file():
        with closing(sqlite3.connect(path)) as db:
            rows = db.execute("SELECT data FROM digests").fetchall()
        if rows:
            return tuple(sorted((from_dict(Digest, json.loads(row[0])) for row in rows),
                                key=lambda digest: digest.article.id))
    print(f"warning: no digest cache at {path}; distilling", file=sys.stderr)
    documents, _ = ingest.read_sources(config)
    return pipeline.analyse(documents, config, log=lambda message: None)


def replicate(digests, size: int):
    """`size` digests: copies of `digests` whose article ids get a suffix, so
    synthesis sees distinct articles with the same contents."""
    result = list(digests[:size])
    copy = 1
    while len(result) < size:
        for digest in digests[: size - len(result)]:
            result.append(renamed(digest, digest.article.id, f"{digest.article.id}~{copy}"))
        copy += 1
    return tuple(result)


def renamed(value, old: str, new: str):
    """`value` with every string equal to `old` (the article id) made `new`."""
    if isinstance(value, str):
        return new if value == old else value
    if isinstance(value, tuple):
        return tuple(renamed(item, old, new) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: renamed(getattr(value, f.name), old, new) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def run_stages(digests, formats=("json", "html", "docx", "pdf")):
    """Seconds spent in synthesis and in each renderer; and the brief."""
    from briefing import render, synthesize
    from briefing.config import Config

    stages = {}
    start = time.perf_counter()
    brief = synthesize.synthesize(digests, Config())
    brief = dataclasses.replace(brief, edition="bench")
    stages["synthesize"] = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        for name in formats:
            start = time.perf_counter()
            render.render(brief, Config(formats=(name,)), Path(folder))
            stages[name] = time.perf_counter() - start
    return stages, brief


def functions(profiler: cProfile.Profile) -> dict[str, float]:
    """Cumulative seconds of the functions that matter: the package's own
    (above 10 ms) and the 30 with most time of their own anywhere."""
    stats = pstats.Stats(profiler).stats
    def name(key):
        path, line, function = key
        return f"{path.split('site-packages/')[-1].replace(str(ROOT) + '/', '')}:{line}({function})"
    own = {name(k): v[3] for k, v in stats.items() if "/briefing/" in k[0] and v[3] > 0.01}
    heavy = sorted(stats.items(), key=lambda item: -item[1][2])[:30]
    return {**{name(k): v[3] for k, v in heavy}, **own}


if __name__ == "__main__":
    sys.exit(main())

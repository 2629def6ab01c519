"""What the tests share, in one module: where the repository and the seeds
are, tiny builders of articles, digests and `Brief`s (every field filled
from a few invented sentences, so each section of each format has
something to draw), and the rendering tests' helpers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.models import (Agreement, Article, Brief, Claim, Digest, Discrepancy, Divergence, Event,
                             Figure, Paragraph, Person, Position, Quote, Role, Source, StanceReading,
                             KeyJudgment, Scope, Sentence, Theme, Viewpoint, WhatsNew)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

SENTENCES = (
    "The harbour authority approved a new ferry link to the island on Monday.",
    "Mayor Jana Novák said the link would cost about 40 million euros.",
    "Critics such as Olek Petrenko doubt the timetable and call it “wishful thinking”.",
)


def article(aid: str = "a1", sentences: tuple[str, ...] = SENTENCES, **meta) -> Article:
    """An article whose paragraphs are `sentences`, one each."""
    text, paragraphs, start = "", [], 0
    for index, sentence in enumerate(sentences):
        text += ("\n\n" if index else "") + sentence
        start = len(text) - len(sentence)
        paragraphs.append(Paragraph(index=index, start=start, end=len(text)))
    return Article(id=aid, source_path=f"corpus/{aid}.txt", sha256="0" * 64, text=text,
                   paragraphs=tuple(paragraphs), **meta)


def claim(art: Article, index: int, text: str | None = None) -> Claim:
    """A claim citing paragraph `index` of `art` (its text unless `text`)."""
    p = art.paragraphs[index]
    return Claim(text=text if text is not None else art.text[p.start:p.end],
                 sources=(Source(article=art.id, paragraph=index, start=p.start, end=p.end),))


def brief(texts: dict[str, str] | None = None, **overrides) -> Brief:
    """A Brief with every section filled; `texts` replaces the free text
    (title, names, claims...) with given strings, e.g. hostile ones."""
    t = {"title": "Island ferry link", "name": "Jana Novák", "role": "mayor of the port town",
         "claim": None, "quote": "wishful thinking", "figure": "40 million euros",
         "measures": "cost of the ferry link", "topic": "the timetable", "label": "Transport"}
    t.update(texts or {})
    a1 = article("a1", title="Ferry link approved", outlet="Harbour Times", author="K. Lind",
                 published="2024-03-04")
    a2 = article("a2", sentences=SENTENCES[::-1], title="Doubts over ferry", outlet="Island Post",
                 published="2024-03-06", date_note="header date differs from the text")
    c1, c2, c3 = claim(a1, 0, t["claim"]), claim(a1, 1, t["claim"]), claim(a2, 0, t["claim"])
    person = Person(name=t["name"], aliases=("Novák",), role=t["role"],
                    roles=(Role(text=t["role"], article="a1", source=c2.sources[0]),),
                    mentions=3, articles=("a1", "a2"), sources=c2.sources + c3.sources, quoted=True)
    critic = Person(name="Olek Petrenko", mentions=1, articles=("a2",), sources=c3.sources)
    figure = Figure(text=t["figure"], value=4e7, unit="EUR", measures=t["measures"],
                    sentence=c2.text, sources=c2.sources, approximate=True)
    quote = Quote(text=t["quote"], speaker="Olek Petrenko", sources=c3.sources, cue="call")
    views = (Viewpoint(voice=t["name"], stance="optimistic", evidence=(c2,), articles=("a1",), score=1.5,
                       role=t["role"]),
             Viewpoint(voice="Olek Petrenko", stance="skeptical", evidence=(c3,), articles=("a2",), score=-2),
             Viewpoint(voice="a2", stance="mixed", evidence=(c3,), articles=("a2",), kind="outlet", score=-.2))
    events = (Event(date="2024-03-04", text=c1.text, sources=c1.sources),
              Event(date="2023", text=c2.text, sources=c2.sources, approximate=True, expression="last year"),
              Event(date="2025-06", text=c3.text, sources=c3.sources))
    digests = tuple(digest_for(a, key_points=(claim(a, 0, t["claim"]),), people=(person,), figures=(figure,),
                               quotes=(quote,), key_phrases=("ferry",), events=events[:1],
                               stances=(StanceReading(voice=a.id, kind="outlet", stance="neutral", score=0,
                                                      evidence=(claim(a, 1),)),))
                    for a in (a1, a2))
    fields = dict(
        title=t["title"], generated_at="2024-03-07T10:00:00Z", articles=(a1, a2), summary=(c1, c2, c3),
        themes=(Theme(label=t["label"], sentences=(c1, c3), articles=("a1", "a2"), key_phrases=("ferry",)),
                Theme(label="Money", sentences=(c2,), articles=("a1",))),
        people=(person, critic), figures=(figure,), quotes=(quote,), viewpoints=views,
        divergences=(Divergence(topic=t["topic"], positions=(
            Position(voice=t["name"], text=c2.text, sources=c2.sources, date="2024-03-04"),
            Position(voice="Olek Petrenko", text=c3.text, sources=c3.sources))),),
        timeline=events, digests=digests,
        agreements=(Agreement(text=c1.text, sources=c1.sources + c3.sources, corroborated=True),),
        discrepancies=(Discrepancy(kind="figure", description="Cost given differently",
                                   items=(c2, c3)),),
        bottom_line="The link is approved; its cost and timetable are disputed.",
        key_judgments=(KeyJudgment(text=f"{t['name']} is optimistic, while Olek Petrenko is skeptical.",
                                   confidence="high", basis="two independent sources agree",
                                   sources=c2.sources + c3.sources, kind="divergence"),),
        scope=Scope(sources=2, outlets=("Harbour Times", "Island Post"), text=("Based on 2 sources.",)),
        subject="Transport policy", edition="2024-03-07",
        whats_new=WhatsNew(previous_edition="2024-03-01", new_articles=("a2",), new_people=("Olek Petrenko",)))
    fields.update(overrides)
    return Brief(**fields)


def distilled(articles, config: Config = Config(jobs=1)) -> tuple[Digest, ...]:
    """The digests of cleaned `articles`, made in this process as the
    pipeline's workers make them (`distill.distill_batch`)."""
    from briefing import distill

    return distill.digests_only(distill.distill_batch(tuple(articles), config), lambda message: None)


def digest_for(art: Article, **fields) -> Digest:
    """A digest of `art` with nothing distilled but the date it speaks from
    (`anchor`, as distill works it out), and any `fields` given."""
    from briefing.distill import events

    empty = dict(sentences=(), key_points=(), people=(), figures=(), quotes=(), key_phrases=(), stances=(),
                 events=())
    return Digest(article=art, **{**empty, "anchor": events.date_anchor(art), **fields})


def digest_of(article_id: str, sentences: list[str]) -> Digest:
    """A digest whose article is `sentences`, one paragraph each."""
    text = "\n\n".join(sentences)
    paragraphs, found, start = [], [], 0
    for index, sentence in enumerate(sentences):
        paragraphs.append(Paragraph(index=index, start=start, end=start + len(sentence)))
        start += len(sentence) + 2
    article = Article(id=article_id, source_path=article_id, sha256="0", text=text, paragraphs=tuple(paragraphs))
    for paragraph, sentence in zip(paragraphs, sentences):
        found.append(Sentence(text=sentence, source=article.source(paragraph.start, paragraph.end)))
    return digest_for(article, sentences=tuple(found))



def quoted(digest: Digest, words: str, speaker: str) -> Quote:
    """A direct quote of `words` (found in `digest`'s article) said by `speaker`."""
    start = digest.article.text.index(words)
    return Quote(text=words, speaker=speaker, cue="said", kind="direct",
                 sources=(digest.article.source(start, start + len(words)),))

FLOOD_A = ["The river flooded the northern town of Aldbury on Monday after three days of heavy rain.",
           "Hundreds of residents were moved to the school gym while the water kept rising.",
           "The mayor said the old levee had not been repaired in twenty years.",
           "Local bakers handed out free bread to families waiting in the gym."]
FLOOD_B = ["The river flooded the northern town of Aldbury on Monday after three days of heavy rain, officials said.",
           "Engineers warned that the old levee could fail again if the rain continues this week.",
           "A football match planned for Saturday was moved to another city."]
"""Two invented reports of one flood, for the synthesis tests."""

RENDER_OPTIONS = dict(organization="Policy Unit", marking="FOR INTERNAL USE")


def write(brief, out: Path, formats=("json", "html", "docx", "pdf"), **options) -> dict[str, Path]:
    """Render `brief` into `out` in `formats`; the paths written."""
    from briefing.render import render

    return render(brief, Config(formats=tuple(formats), **{**RENDER_OPTIONS, **options}), out)


def tool(name: str, package: str) -> str:
    """The path of command `name`, or skip naming the Debian package."""
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed (run scripts/test-deps.sh as root: apt-get install {package})")
    return found

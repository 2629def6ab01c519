"""Cleaned `Article`s in, one `Digest` per article out.

Each article is parsed once by spaCy; every component below reads that parse
and returns frozen values that carry their `Source` spans.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..config import Config
from ..models import Article, Digest
from . import events, figures, keyphrases, keypoints, nlp, people, quotes, sentences, stance


def distill(articles: Sequence[Article], config: Config, *,
            log: Callable[[str], None] = lambda m: None) -> tuple[Digest, ...]:
    """The digest of every article, in the order given."""
    model = nlp.load()
    docs = model.pipe(article.text for article in articles)
    return tuple(digest(article, doc, config) for article, doc in zip(articles, docs))


def digest(article: Article, doc, config: Config) -> Digest:
    """The structured summary layer of one parsed article."""
    found_sentences = sentences.split(article, doc)
    found_people = people.find_people(article, doc)
    found_quotes = quotes.find_quotes(article, doc, found_people)
    return Digest(
        article=article,
        sentences=found_sentences,
        key_points=keypoints.key_points(found_sentences, config.key_points),
        people=people.mark_quoted(found_people, found_quotes),
        figures=figures.find_figures(article, doc),
        quotes=found_quotes,
        key_phrases=keyphrases.key_phrases(doc),
        stances=stance.read_stances(article, found_sentences, found_quotes),
        events=events.find_events(article, doc),
    )

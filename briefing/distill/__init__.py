"""Cleaned `Article`s in, one `Digest` per article out.

Each article is parsed once by spaCy, as a stream of bounded pieces joined
into one Doc with the article's own offsets (`nlp.parse`); every component
below reads that parse and returns frozen values that carry their `Source`
spans.

`distill_batch` is the one entry point: the pipeline (`pipeline.analyse`)
hands it batches wherever its executor runs them, and tests and benchmarks
go through the same path.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..config import Config
from ..language import nlp
from ..models import Article, Digest, Quote, Sentence, Skipped
from . import events, figures, keyphrases, keypoints, people, quotes, sentences, stance


def digests_only(results: Sequence[Digest | Skipped], log: Callable[[str], None]) -> tuple[Digest, ...]:
    """The digests among a batch's `results`; each article left out is
    named in a warning with the reason."""
    for result in results:
        if isinstance(result, Skipped):
            log(f"warning: skipped {result.path}: {result.reason}")
    return tuple(r for r in results if isinstance(r, Digest))


def failed(article: Article | str, error: Exception) -> Skipped:
    """The record of an article the analysis failed on.  One odd article
    must not cost the brief of ten thousand: it is left out and named."""
    path = article if isinstance(article, str) else article.source_path
    return Skipped(path=path, reason=f"the analysis failed on it ({type(error).__name__}: {error}); "
                                     "the brief is built without it (please report the article)")


def prepare() -> None:
    """Ready a process to distill: load spaCy and the linear sentiment model
    and import the TF-IDF vectorizer key points use (1.5 s to import; done
    here, before the workers fork, it is done once rather than in every
    worker).  The sentiment encoder is only checked here (`encoder.check`)
    and loaded by each worker that reads with it: made before the fork, its
    session (about 50 MB with its library) was counted in the parent and
    in every worker."""
    nlp.load()
    stance.sentiment.model()
    stance.sentiment.encoder.check()
    stance.sentiment.valence_lexicon()
    from sklearn.feature_extraction import text  # noqa: F401


PIPES_USED = ("tok2vec", "tagger", nlp.PARAGRAPH_BREAKS, "parser", "attribute_ruler", "lemmatizer", "ner",
              nlp.PERSON_EDGES)
"""The spaCy components the digest reads: the parser gives sentences (one
always begins after a paragraph break, `nlp.paragraph_breaks`) and
noun chunks, the tagger and attribute ruler the parts of speech the
lemmatizer and noun chunks need, NER the people, dates and figures (its
person names trimmed by `nlp.trim_person_edges`).  Any other component a
model brings is switched off."""

PIPE_BATCH = 16
"""Texts per `nlp.pipe` batch: larger batches pad short texts to the longest
and were no faster on this model."""


def distill_batch(articles: Sequence[Article], config: Config) -> tuple[Digest | Skipped, ...]:
    """The digests of a batch of articles parsed together (or, for an
    article the analysis fails on, a `Skipped`): the unit of work an
    executor gives a worker (a module-level function, so it pickles)."""
    model = nlp.load()
    unused = [name for name in model.pipe_names if name not in PIPES_USED]
    # Each article reaches the model in bounded pieces (nlp.PIECE_CHARS),
    # joined again into one Doc per article with the same offsets.
    docs = nlp.parse(model, (article.text for article in articles), batch_size=PIPE_BATCH, disable=unused)
    return tuple(_digest_or_skip(article, doc, config) for article, doc in zip(articles, docs))


def _digest_or_skip(article: Article, doc, config: Config) -> Digest | Skipped:
    try:
        return digest(article, doc, config)
    except Exception as error:  # noqa: BLE001 - named in a warning, never fatal
        return failed(article, error)


def _unfit_alone(found: tuple[Sentence, ...], found_quotes: tuple[Quote, ...]) -> frozenset[int]:
    """The starts of the sentences that tell no news read alone
    (`sentences.unfit_alone`: quoted words alone, a source's terms): no key point."""
    quoted = sentences.quoted_spans(found_quotes)
    return frozenset(s.source.start for s in found if sentences.unfit_alone(s, quoted))


def digest(article: Article, doc, config: Config) -> Digest:
    """The structured summary layer of one parsed article."""
    found_sentences = sentences.split(article, doc)
    fragments = sentences.fragments(found_sentences, doc)
    found_people = people.find_people(article, doc)
    found_quotes = quotes.find_quotes(article, doc, found_people)
    # How each sentence treats the actors it names, read from this parse.
    readings, sentiments = stance.read_sentiments(article, doc, found_quotes, found_people)
    return Digest(
        article=article,
        sentences=found_sentences,
        key_points=keypoints.key_points(found_sentences, config.key_points,
                                        frozenset(fragments) | _unfit_alone(found_sentences, found_quotes),
                                        keypoints.leaning_starts(found_sentences, doc)),
        people=people.mark_quoted(found_people, found_quotes),
        figures=figures.find_figures(article, doc),
        quotes=found_quotes,
        key_phrases=keyphrases.key_phrases(doc),
        stances=stance.read_stances(article, found_sentences, found_quotes, sentiments, doc),
        events=events.find_events(article, doc),
        sentiments=sentiments,
        portrayals=stance.portray(article, readings, stance.places(doc) | stance.modifiers(doc)),
        reported=quotes.find_reported(article, doc, found_people, found_quotes),
        anchor=events.date_anchor(article),
        unplaced=events.unplaced(article, doc),
        unvouched=stance.unvouched(doc, found_people),
        fragments=fragments,
        acting=stance.acting(doc, found_quotes),
    )

"""The brief's figures: one row per figure, however many articles give it."""

from __future__ import annotations

from briefing.models import Figure, Source
from briefing.synthesize import figures


def figure(article, text, value, measures, unit="USD", approximate=False):
    return Figure(text=text, value=value, unit=unit, measures=measures, sentence=f"In {article}, it was {text}.",
                  sources=(Source(article=article, paragraph=0, start=0, end=len(text)),), approximate=approximate)


def test_one_amount_two_articles_give_for_one_thing_is_one_row_citing_both():
    first = figure("a", "$3 billion", 3e9, "cost of Tarn Valley dam")
    second = figure("b", "about 3 billion USD", 3e9, "cost of project", approximate=True)
    (row,) = figures.told_once([first, second])
    assert (row.text, row.measures) == ("$3 billion", "cost of Tarn Valley dam")
    assert [s.article for s in row.sources] == ["a", "b"]


def test_the_row_speaks_in_the_words_of_the_measure_that_says_more():
    (row,) = figures.told_once([figure("a", "about 3 billion USD", 3e9, "cost of project", approximate=True),
                                figure("b", "$3 billion", 3e9, "cost of Tarn Valley dam")])
    assert (row.measures, row.sentence) == ("cost of Tarn Valley dam", "In b, it was $3 billion.")
    assert [s.article for s in row.sources] == ["b", "a"]


def test_two_measures_that_each_name_something_else_stay_two_rows():
    # both share "Gov." and "support", but each names its own candidate
    rows = figures.told_once([figure("a", "12 percent", 12.0, "Gov. Ada Lind's support", unit="%"),
                              figure("b", "12 percent", 12.0, "Gov. Omar Berg's support", unit="%")])
    assert len(rows) == 2


def test_an_amount_that_says_nothing_of_what_it_measures_is_never_folded():
    rows = figures.told_once([figure("a", "$3 billion", 3e9, None), figure("b", "$3 billion", 3e9, None)])
    assert len(rows) == 2


def test_a_different_value_is_another_figure():
    rows = figures.told_once([figure("a", "$3 billion", 3e9, "cost of dam"), figure("b", "$4 billion", 4e9, "cost of dam")])
    assert len(rows) == 2


def test_one_amount_in_one_sentence_two_articles_print_alike_is_one_row():
    # a wire story printed by two outlets: no measure read, the same words
    sentence = "Ash fell on Varno, which is 90 miles (145 kilometers) east of the crater."
    rows = [Figure(text="90 miles", value=90.0, unit="miles", measures=None, sentence=sentence,
                   sources=(Source(article=a, paragraph=0, start=28, end=36),), approximate=False) for a in "ab"]
    (row,) = figures.told_once(rows)
    assert [s.article for s in row.sources] == ["a", "b"]
    # within one article the same words twice are two amounts of the sentence
    twice = [Figure(text="100 percent", value=100.0, unit="%", measures=m, sentence="100 percent safe and 100 percent free.",
                    sources=(Source(article="a", paragraph=0, start=s, end=s + 11),), approximate=False)
             for m, s in (("safety", 0), ("freedom", 21))]
    assert len(figures.told_once(twice)) == 2

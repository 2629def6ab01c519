"""Indirect quotes in the printed brief: an annex of reported statements
after the quotes annex, each a paraphrase (never in quotation marks) with
its speaker, role and note, in the HTML, the DOCX and the tables."""

from __future__ import annotations

from dataclasses import replace

import docx
import pytest
from tests.helpers import brief, write

from briefing.config import Config
from briefing.models import Quote
from briefing.render import view
from briefing.render.tables import to_frames

SAID = "the ferry would not be ready before the summer"
ACCORDING = "the harbour needs dredging first"


def reporting_brief(per_article: int = 1):
    """The test brief with `per_article` indirect quotes of each kind in each digest."""
    made = brief()
    digests = []
    for digest in made.digests:
        source = digest.key_points[0].sources
        said = tuple(Quote(text=f"{SAID} ({n})" if n else SAID, speaker="Jana Novák", speaker_role="mayor",
                           sources=source, cue="said", kind="indirect") for n in range(per_article))
        according = tuple(Quote(text=f"{ACCORDING} ({n})" if n else ACCORDING, speaker="Olek Petrenko",
                                sources=source, cue="according to", kind="indirect") for n in range(per_article))
        digests.append(replace(digest, reported=said + according))
    return replace(made, digests=tuple(digests))


def test_each_reported_statement_is_a_paraphrase_with_speaker_role_and_note():
    shown = view.build_view(reporting_brief(), Config())
    texts = [item.text for item in shown.reported]
    assert f"Jana Novák, mayor, reportedly said that {SAID}." in texts
    assert "The harbour needs dredging first, according to Olek Petrenko." in texts
    assert all(item.notes for item in shown.reported)
    assert not any(mark in text for text in texts for mark in "“”\"")
    assert SAID not in {q.text for q in shown.quotes}  # not among the verbatim quotes


def test_the_annex_comes_after_the_quotes_annex_and_the_sources():
    anchors = [anchor for anchor, _ in view.contents(view.build_view(reporting_brief(), Config()))]
    assert anchors.index("sources") < anchors.index("quotes") < anchors.index("reported")
    plain = [anchor for anchor, _ in view.contents(view.build_view(brief(), Config()))]
    assert "reported" not in plain  # no indirect quotes, no annex


def test_a_large_brief_takes_reported_statements_from_every_article_and_says_so():
    many = reporting_brief(per_article=30)
    shown = view.build_view(many, Config())
    assert len(shown.reported) == view.REPORTED_ROWS
    cited = {n.article for n in shown.notes if n.number in {x for item in shown.reported for x in item.notes}}
    assert cited == {"a1", "a2"}
    assert any("Annex: reported statements shows 40 of 120" in c for c in shown.caveats)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return write(reporting_brief(), tmp_path_factory.mktemp("reported"), formats=("html", "docx"))


def test_the_html_annex_is_labelled_paraphrase_not_a_quotation(written):
    text = written["html"].read_text(encoding="utf-8")
    annex = text[text.index('id="reported"'):]
    annex = annex[:annex.index("</section>")]
    assert "Annex: reported statements" in annex and "Paraphrase" in annex
    assert f"reportedly said that {SAID}" in annex and "<blockquote" not in annex
    assert text.index('id="quotes"') < text.index('id="reported"')


def test_the_docx_annex_uses_its_own_word_style(written):
    document = docx.Document(str(written["docx"]))
    reported = [p.text for p in document.paragraphs if p.style.name == "Reported Statement"]
    assert any(f"reportedly said that {SAID}" in p for p in reported)
    assert not any("“" in p for p in reported)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings.index("Annex: quotes") < headings.index("Annex: reported statements")


def test_the_tables_carry_each_quotes_kind():
    frames = to_frames(reporting_brief())
    assert set(frames["quotes"]["kind"]) == {"direct"}
    reported = frames["reported"]
    assert set(reported["kind"]) == {"indirect"}
    assert {"speaker", "speaker_role", "cue", "article", "start", "end"} <= set(reported.columns)


def test_a_clause_that_opened_its_sentence_runs_on_after_said_that():
    said = Quote(text="It is rare for a mayor to act alone", speaker="Jana Novák", cue="said", kind="indirect",
                 sources=brief().digests[0].key_points[0].sources)
    assert view.reported_sentence(said) == "Jana Novák reportedly said that it is rare for a mayor to act alone."
    named = replace(said, text="Ostrava needs a new ferry")
    assert view.reported_sentence(named) == "Jana Novák reportedly said that Ostrava needs a new ferry."
    assert view.reported_sentence(replace(said, text="I will not resign")).endswith("that I will not resign.")
    # A conjunction that tied the clause to the sentence before ties to nothing after "said that".
    assert view.reported_sentence(replace(said, text="And they also found the missing files")) == \
        "Jana Novák reportedly said that they also found the missing files."
    # A contracted pronoun, or a preposition opening the clause, is no name either.
    assert view.reported_sentence(replace(said, text="It's rare for a mayor to act alone")).endswith(
        "said that it's rare for a mayor to act alone.")
    assert view.reported_sentence(replace(said, text="In fact, the ferry was late")).endswith(
        "said that in fact, the ferry was late.")
    # A denial is reported as one: "said that" would report the opposite.
    assert view.reported_sentence(replace(said, text="the deal would bring more ships", cue="denied")) == \
        "Jana Novák reportedly denied that the deal would bring more ships."


def test_a_saying_the_source_calls_false_shows_that_verdict_as_the_sources():
    said = Quote(text="The ferry was already paid for", speaker="Jana Novák", cue="claimed, falsely,",
                 kind="indirect", sources=brief().digests[0].key_points[0].sources)
    assert view.reported_sentence(said) == \
        "Jana Novák claimed, falsely (as the source puts it), that the ferry was already paid for."
    unsupported = replace(said, speaker_role="mayor", cue="said, without offering evidence,")
    assert view.reported_sentence(unsupported) == ("Jana Novák, mayor, said, without offering evidence "
                                                   "(as the source puts it), that the ferry was already paid for.")


def test_an_opening_so_that_grades_a_word_stays_and_one_that_ties_goes():
    said = Quote(text="So big is the harbour, that selling even a tenth would fund the ferry", speaker="Jana Novák",
                 cue="said", kind="indirect", sources=brief().digests[0].key_points[0].sources)
    assert view.reported_sentence(said) == ("Jana Novák reportedly said that so big is the harbour, that selling "
                                            "even a tenth would fund the ferry.")
    assert view.reported_sentence(replace(said, text="So they sold the ferry")).endswith("said that they sold the ferry.")

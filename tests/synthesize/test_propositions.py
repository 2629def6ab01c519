"""Propositions: one thing one named voice says is so and another denies."""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Quote
from briefing.synthesize import propositions
from tests.helpers import digest_of, quoted


def _said(text: str) -> list[tuple[tuple[str, str, str], bool]]:
    return [(c.key, c.denied) for c in propositions.propositions(Quote(text=text, speaker="x", sources=()), "x")]


def test_a_clause_and_its_denial_have_one_key():
    assert _said("There will be a price war.") == [(("be", "", "price war"), False)]
    assert _said("There is not going to be a price war.") == [(("be", "", "price war"), True)]
    assert _said("There is no price war.") == [(("be", "", "price war"), True)]
    assert _said("The bridge plan will not work.") == [(("work", "bridge plan", ""), True)]


def test_a_party_unnamed_a_supposition_or_a_question_claims_nothing():
    assert _said("We will win the vote.") == []
    assert _said("They will not win the vote.") == []
    assert _said("If there is a price war, we will win it.") == []
    assert _said("There could be a price war.") == []
    assert _said("Is there a price war?") == []
    assert _said("It is important.") == []


def _quoted(article: str, sentence: str, quote: str, speaker: str):
    """A digest of one sentence holding `quote`, said by `speaker`."""
    digest = digest_of(article, [sentence])
    start = sentence.index(quote)
    source = replace(digest.sentences[0].source, start=start, end=start + len(quote))
    return replace(digest, quotes=(Quote(text=quote, speaker=speaker, sources=(source,)),))


def test_two_voices_asserting_and_denying_one_thing_diverge():
    digests = [_quoted("a", "“There will be a price war,” Ada Moor said.", "There will be a price war", "Ada Moor"),
               _quoted("b", "Tom Vell said “there is not going to be” a price war.", "there is not going to be",
                       "Tom Vell")]
    (found,) = propositions.find(digests)
    assert found.kind == "proposition" and found.topic == "Said and denied: price war"
    assert [(p.voice, p.label) for p in found.positions] == [("Ada Moor", propositions.ASSERTS),
                                                              ("Tom Vell", propositions.DENIES)]
    assert [p.text for p in found.positions] == ["There will be a price war",
                                                 "Tom Vell said “there is not going to be” a price war."]


def test_one_voice_on_both_sides_or_a_denial_in_the_writers_words_is_no_divergence():
    both = [_quoted("a", "“There will be a price war,” Ada Moor said.", "There will be a price war", "Ada Moor"),
            _quoted("b", "“There is no price war,” Ada Moor said.", "There is no price war", "Ada Moor")]
    assert propositions.find(both) == []
    writer = [_quoted("a", "“There will be a price war,” Ada Moor said.", "There will be a price war", "Ada Moor"),
              _quoted("b", "Tom Vell does not think “there will be a price war” soon.", "there will be a price war",
                      "Tom Vell")]
    assert propositions.find(writer) == []


def _two_quotes(first: tuple[str, str], second: tuple[str, str]):
    """One article of two sentences, each one quote: (words, speaker)."""
    sentences = [f"“{words},” {speaker} said." for words, speaker in (first, second)]
    digest = digest_of("a", sentences)
    quotes = []
    for sentence, (words, speaker) in zip(digest.sentences, (first, second)):
        start = sentence.source.start + 1
        quotes.append(Quote(text=words, speaker=speaker, kind="direct",
                            sources=(replace(sentence.source, start=start, end=start + len(words)),)))
    return [replace(digest, quotes=tuple(quotes))]


def test_a_later_quote_denying_the_very_noun_of_an_earlier_one_is_a_rebuttal():
    digests = _two_quotes(("The mayor has handed the harbour to a cartel", "Ada Moor"),
                          ("There is no cartel", "Tom Vell"))
    (found,) = propositions.find(digests)
    assert found.kind == "proposition" and found.topic == "Said and denied: cartel"
    assert [(p.voice, p.label) for p in found.positions] == [("Ada Moor", propositions.ASSERTS),
                                                              ("Tom Vell", propositions.DENIES)]
    denied = _two_quotes(("The toll is a swindle", "Ada Moor"), ("I don't think the toll is a swindle", "Tom Vell"))
    assert [p.voice for p in propositions.find(denied)[0].positions] == ["Ada Moor", "Tom Vell"]


def test_an_idiom_a_supposed_case_or_a_noun_not_itself_denied_is_no_rebuttal():
    said = ("The mayor has handed the harbour to a cartel", "Ada Moor")
    assert propositions.find(_two_quotes(said, ("If there is no cartel, there is no case", "Tom Vell"))) == []
    assert propositions.find(_two_quotes(said, ("There is no doubt the harbour is busy", "Tom Vell"))) == []
    assert propositions.find(_two_quotes(said, ("The cartel has not sold the harbour", "Tom Vell"))) == []
    # The earlier voice itself taking it back is no dispute.
    assert propositions.find(_two_quotes(said, ("There is no cartel", "Ada Moor"))) == []


def test_a_denial_quoted_before_the_claim_it_answers_is_a_rebuttal_too():
    """A report may open on the denial and quote the claim further down:
    "This is not a truce but a trap" before "the pact strikes a fair truce"."""
    digests = _two_quotes(("Trading the port for the toll road is not a truce but a trap", "Tom Vell"),
                          ("The pact strikes a fair truce between the two towns", "Ada Moor"))
    (found,) = propositions.find(digests)
    assert found.topic == "Said and denied: truce"
    assert [(p.voice, p.label) for p in found.positions] == [("Ada Moor", propositions.ASSERTS),
                                                              ("Tom Vell", propositions.DENIES)]


def test_a_denial_of_a_qualified_noun_does_not_answer_the_bare_noun():
    """"It is not a partisan fight" denies the fight is partisan, not that
    there is a fight: "the fight over the port" is not answered by it, "a
    partisan fight" is."""
    denial = ("This is not a partisan fight", "Tom Vell")
    assert propositions.find(_two_quotes(("The fight over the port will go on", "Ada Moor"), denial)) == []
    (found,) = propositions.find(_two_quotes(("The mayor picked a partisan fight over the port", "Ada Moor"), denial))
    assert found.topic == "Said and denied: partisan fight"


def test_an_account_said_to_be_inaccurate_and_stood_by_is_a_dispute():
    """"The gazette's report on the dam is not accurate" against "We stand
    by our coverage": the account is called by two names, the dispute
    is one."""
    assert propositions.account_held("The gazette's report on the dam is not accurate") is False
    assert propositions.account_held("Their story is simply untrue") is False
    assert propositions.account_held("We stand by our coverage, every line of it") is True
    # A case supposed, a third party standing by it, a denied stand: no side taken.
    assert propositions.account_held("If the report is true, the warden must go") is None
    assert propositions.account_held("They stand by their report") is None
    assert propositions.account_held("The dam is not safe") is None
    digests = _two_quotes(("The gazette's report on the dam is not accurate", "Ada Moor"),
                          ("We stand by our coverage, every line of it", "Tom Vell"))
    (found,) = propositions.find(digests)
    assert found.topic == "Said and denied: the coverage is accurate"
    assert [(p.voice, p.label) for p in found.positions] == [("Tom Vell", propositions.ASSERTS),
                                                              ("Ada Moor", propositions.DENIES)]
    # One voice both ways is no dispute.
    assert propositions.find(_two_quotes(("The gazette's report on the dam is not accurate", "Ada Moor"),
                                         ("We stand by our coverage", "Ada Moor"))) == []


def test_a_term_in_quotation_marks_in_a_negated_clause_is_the_other_voices_word_denied():
    """"We do not believe the board charges ‘hidden fees’" answers "the
    board has long relied on ‘hidden fees’", in either order; the same
    words unmarked are no echo of anyone and deny nothing."""
    said = ("The board has long relied on ‘hidden fees’", "Ada Moor")
    (found,) = propositions.find(_two_quotes(said, ("We do not believe the board charges ‘hidden fees’", "Tom Vell")))
    assert found.topic == "Said and denied: hidden fees"
    assert [(p.voice, p.label) for p in found.positions] == [("Ada Moor", propositions.ASSERTS),
                                                              ("Tom Vell", propositions.DENIES)]
    assert propositions.find(_two_quotes(said, ("We do not believe the board charges hidden fees", "Tom Vell"))) == []
    assert propositions.find(_two_quotes(said, ("I can hardly tell what ‘hidden fees’ means", "Tom Vell"))) == []


def _answered(cue: str, paragraphs_between: int = 0):
    """One article: Ada Moor's charge, `paragraphs_between` other
    paragraphs, then Tom Vell's words on the mayor, reported with `cue`."""
    charge = "“She has not set foot in the harbour since May,” Ada Moor said."
    answer = f"Tom Vell {cue} that the mayor “is at the quay every week.”"
    filler = ["The harbour board meets again on Friday."] * paragraphs_between
    digest = digest_of("a", [charge, *filler, answer])
    return [replace(digest, quotes=(quoted(digest, "She has not set foot in the harbour since May", "Ada Moor"),
                                    replace(quoted(digest, "is at the quay every week.", "Tom Vell"), cue=cue)))]


def test_words_the_writer_reports_as_countering_anothers_are_a_divergence():
    (found,) = propositions.find(_answered("countered"))
    assert found.kind == "proposition" and found.topic == "Said and countered: Tom Vell answers Ada Moor"
    assert [(p.voice, p.label) for p in found.positions] == [("Ada Moor", propositions.SAID),
                                                              ("Tom Vell", propositions.COUNTERS)]
    # The quote completes the writer's clause: its sentence says of whom it is said.
    assert found.positions[1].text == "Tom Vell countered that the mayor “is at the quay every week.”"
    assert propositions.find(_answered("fired back"))


def test_a_reply_or_a_counter_to_words_said_long_before_is_no_divergence():
    assert propositions.find(_answered("replied")) == []
    assert propositions.find(_answered("countered", paragraphs_between=3)) == []


def test_a_party_the_writer_says_denies_anothers_account_is_a_dispute():
    """"the dock board's chair rejected Kade's claim that ..." sets the
    claim's author against the one who denies it, whether that one is
    named or described; a pronoun, an unowned account or a denial only
    negated names no dispute."""
    digests = [digest_of("a", ["The dock board's chair rejected Kade's claim that fares had tripled.",
                               "The Vell campaign also refuted Kade's claim on Tuesday."])]
    (found,) = propositions.find(digests)
    assert found.kind == "proposition" and found.topic == "Said and denied: Kade's claim"
    assert [(p.voice, p.label) for p in found.positions] == [
        ("Kade", propositions.ASSERTS), ("the dock board's chair", propositions.DENIES),
        ("the Vell campaign", propositions.DENIES)]
    for told in ("He rejected Kade's claim.", "Ada Moor rejected the claim.", "Officials refuted Kade's claim.",
                 "Ada Moor did not reject Kade's claim."):
        assert propositions.find([digest_of("a", [told])]) == []


def test_two_parties_the_writer_sets_against_each_other_diverge():
    """"Whereas the Harbour Board called the toll fair, Ada Moor said it
    would ruin the fishermen": the writer sets one party's words against
    the other's.  A clause of time with no second speaker sets nothing apart."""
    digests = [digest_of("a", ["Whereas the Harbour Board called the toll fair, Ada Moor said it would ruin "
                               "the fishermen."])]
    (found,) = propositions.find(digests)
    assert found.topic == "Set against each other: Harbour Board and Ada Moor"
    assert [(p.voice, p.label) for p in found.positions] == [("Harbour Board", propositions.SAID),
                                                              ("Ada Moor", propositions.OTHERWISE)]
    assert propositions.find([digest_of("a", ["While Vell spoke in Carvel, protesters gathered outside."])]) == []


def test_a_party_the_writer_sets_against_the_one_before_with_however_diverges():
    """"“She was always helpful,” the caretaker, Ivo Brandt, said.  However,
    neighbour Ada Moor described her as “cold”": the writer sets the second
    party's words against the first's.  A denied saying, or a contrast with
    no one saying it, sets nothing apart."""
    digests = [digest_of("a", ["“She was always helpful,” the caretaker, Ivo Brandt, said.",
                               "However, neighbour Ada Moor described her as “cold” and rude."])]
    (found,) = propositions.find(digests)
    assert found.topic == "Set against each other: Ivo Brandt and Ada Moor"
    assert [(p.voice, p.label, p.text) for p in found.positions] == [
        ("Ivo Brandt", propositions.SAID, "“She was always helpful,” the caretaker, Ivo Brandt, said."),
        ("Ada Moor", propositions.OTHERWISE, "However, neighbour Ada Moor described her as “cold” and rude.")]
    for after in ("But Ada Moor did not say when the ferry would sail.", "However, the ferry will sail late.",
                  "But Ivo Brandt later said the ferry would sail."):
        assert propositions.find([digest_of("a", ["Ivo Brandt said the ferry sails at noon.", after])]) == []


def test_a_sentence_of_contrast_is_parsed_only_when_it_may_hold_a_verb_of_saying():
    """The words a sentence of contrast must hold before `set_against_next`
    parses it: any inflection of a verb of saying or of calling someone
    something, regular or not; a sentence with none is never parsed."""
    for word in ("said", "told", "wrote", "written", "described", "dismissed", "characterised", "denied",
                 "replying", "dubbed", "quipped", "testifies", "hailed", "warns"):
        assert propositions._CHARACTERIZING_WRITTEN.search(f"But Ada Moor {word} it."), word
    assert not propositions._CHARACTERIZING_WRITTEN.search("However, the ferry from Port Vell sailed at noon.")

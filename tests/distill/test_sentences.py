"""Sentence splitting: a quotation cut at its full stops stays one sentence."""

from __future__ import annotations

from briefing.distill import sentences
from briefing.language import nlp
from tests.helpers import article


def split(*paragraphs: str) -> list[str]:
    art = article("a1", paragraphs)
    return [s.text for s in sentences.split(art, nlp.load()(art.text))]


def test_a_quotation_of_several_sentences_is_one_sentence_with_its_attribution():
    found = split("“The deal is dead. Nobody will sign it now,” the minister said. Talks end on Friday.")
    assert found == ["“The deal is dead. Nobody will sign it now,” the minister said.", "Talks end on Friday."]


def test_a_mark_that_never_closes_joins_no_more_than_a_few_sentences_and_no_paragraphs():
    found = split("She said: “The port will open. Ships will come. Trade will grow. Jobs will follow. "
                  "Prices will fall. Wages will rise.", "The next paragraph stands alone here.")
    assert found[-1] == "The next paragraph stands alone here."
    assert all(text.count(".") <= sentences.QUOTED_SENTENCES for text in found)
    assert "Wages will rise." in " ".join(found)


def test_a_sentence_goes_on_past_a_colon_within_its_paragraph():
    # The parser ends a sentence at this colon.
    found = split("UPDATE 9:22 a.m. EST: A spokesperson for the council has confirmed that the vote will go ahead. "
                  "Talks end on Friday.", "The reforms he announced were:", "Shares of the company would be sold.")
    assert found == ["UPDATE 9:22 a.m. EST: A spokesperson for the council has confirmed that the vote will go "
                     "ahead.", "Talks end on Friday.", "The reforms he announced were:",
                     "Shares of the company would be sold."]


def test_a_joined_quotation_counts_as_the_sentences_it_holds():
    from briefing.models import Sentence, Source

    def count(text: str) -> int:
        return sentences.count(Sentence(text=text, source=Source(article="a1", paragraph=0, start=0, end=len(text))))

    assert count("“The deal is dead. Nobody will sign it now,” the minister said.") == 2
    assert count("“We will win,” Mr. Trump said in the U.S. Senate.") == 1
    assert count("Talks end on Friday") == 1


def _fragments(paragraphs: list[str]):
    """(the sentences of an article of `paragraphs`, the texts of those that are fragments)."""
    art = article("a1", paragraphs)
    doc = nlp.load()(art.text)
    found = sentences.split(art, doc)
    starts = set(sentences.fragments(found, doc))
    return found, [s.text for s in found if s.source.start in starts]


def test_a_sentence_with_no_finite_verb_outside_a_relative_clause_is_a_fragment():
    _, fragments = _fragments(["The Photo of the Week, sponsored by a bakery.",
                               "Two points from a draw in which the captain scored twice.",
                               "The captain scored twice in the draw on Sunday.",
                               "Translation: the deal is off."])
    assert fragments == \
        ["The Photo of the Week, sponsored by a bakery.", "Two points from a draw in which the captain scored twice."]


def test_a_caption_glued_to_its_credit_by_a_bar_is_a_fragment():
    found, fragments = _fragments(["The mayor spoke to reporters on Monday. | City Photo Mayor vows to rebuild "
                                   "the bridge.", "The bridge will reopen in May, the mayor said."])
    assert fragments == \
        [s.text for s in found if "|" in s.text] != []


def test_a_sentence_an_excerpt_cuts_off_is_a_fragment():
    found, fragments = _fragments(["The attack follows one last month on the pipeline, the largest in the country,...",
                                   "The plants will reopen in May, the company said.",
                                   "“We will see what happens next...” the manager said."])
    assert fragments == [found[0].text]


def test_a_list_item_s_marker_is_no_part_of_its_sentence():
    found = split("-Poor planning by the agency wasted money and time.", "• The report asks for a new audit office.",
                  "2) The board meets again in May.", "-5 degrees is the coldest night this year, it said.")
    assert found[:3] == ["Poor planning by the agency wasted money and time.", "The report asks for a new audit office.",
                         "The board meets again in May."]
    assert found[3].startswith("-5 degrees")  # a sign, not a marker


def test_a_shortened_title_never_ends_a_sentence():
    from briefing.language import nlp
    doc = nlp.load()("Toronto police Cmdr. Ian Roy said the port was shut. Ottawa police Sgt. Sam Hall told reporters.")
    assert [s.text for s in doc.sents] == ["Toronto police Cmdr. Ian Roy said the port was shut.",
                                           "Ottawa police Sgt. Sam Hall told reporters."]


def test_no_sentence_starts_at_a_lower_case_word_after_a_shortened_one():
    doc = nlp.load()("She spoke in Ashford, Calif. just as the council met. The firm in Dover, Tex. said no. "
                     "It left Acme Corp. in May. I met Bob. Then we left.")
    assert [s.text for s in doc.sents] == ["She spoke in Ashford, Calif. just as the council met.",
                                           "The firm in Dover, Tex. said no.", "It left Acme Corp. in May.",
                                           "I met Bob.", "Then we left."]


def test_no_sentence_starts_at_a_lower_case_word_after_an_ellipsis():
    # words left out of a quote (". . .", "...") join the two halves of one sentence
    from briefing.language import nlp
    doc = nlp.load()('Pollsters add: "Oddly, Vela . . . comes first among rural voters (at 30 percent)." '
                     "He waited... then spoke. She left . . . And then it rained.")
    assert [s.text for s in doc.sents] == [
        'Pollsters add: "Oddly, Vela . . . comes first among rural voters (at 30 percent)."',
        "He waited... then spoke.", "She left . . .", "And then it rained."]


def test_a_sentence_of_quoted_words_alone_does_not_say_who_speaks():
    from briefing.models import Sentence, Source

    def sentence(text: str, start: int = 0) -> Sentence:
        return Sentence(text=text, source=Source(article="a", paragraph=0, start=start, end=start + len(text)))

    assert sentences.speaker_unsaid(sentence("“He should pay for it. He has the money.”"))
    assert sentences.speaker_unsaid(sentence("“The plan is dead."))           # a quotation's first sentence
    assert sentences.speaker_unsaid(sentence("It will never pass.”"))         # ... and its last
    # The middle sentence of a quotation has no marks of its own: its span tells.
    assert sentences.speaker_unsaid(sentence("I am a citizen.", start=20), quoted=[(5, 60)])
    assert not sentences.speaker_unsaid(sentence("I am a citizen.", start=20), quoted=[(30, 60)])
    for said in ("“I will not pay,” the minister said.", "It will never pass,” she said.",
                 "He called the plan “dead” on Monday.", "The council approved the plan."):
        assert not sentences.speaker_unsaid(sentence(said)), said


def test_a_sentence_on_the_terms_a_source_spoke_on_tells_no_news():
    from briefing.models import Sentence, Source

    terms = ("The official, who has direct knowledge of the talks, was not authorized to discuss the matter "
             "Tuesday and spoke on condition of anonymity.")
    said = "A port official, speaking on condition of anonymity, said the ferry would not sail."
    assert sentences.terms_only(terms) and not sentences.terms_only(said)
    made = Sentence(text=terms, source=Source(article="a", paragraph=0, start=0, end=len(terms)))
    assert sentences.unfit_alone(made)
    assert not sentences.terms_only("Anonymity is a condition of the deal, the mayor said.")


def test_a_deck_opening_on_its_verb_is_a_fragment():
    found, fragments = _fragments(["Says the mayor would stack the council against the harbour plan.",
                                   "Said the plan was dead, the minister left early.",
                                   "The mayor says the council would back the harbour plan."])
    assert fragments == [found[0].text]


def test_a_sentence_goes_on_past_a_number_the_parser_ends_it_at():
    # The parser ends a sentence at "≈3", before its unit.
    found = split("The team found that lake fish are far lighter than sea fish and put the total at ≈3 Gt C of "
                  "freshwater life, halving the old estimate. The rest is unknown.")
    assert found == ["The team found that lake fish are far lighter than sea fish and put the total at ≈3 Gt C of "
                     "freshwater life, halving the old estimate.", "The rest is unknown."]


def test_a_quotation_cut_into_one_word_pieces_stays_one_sentence_with_its_speaker():
    found = split("“The port is open. Ships can come and go, but the work is hard. We are here to Build. It. "
                  "NOW,” the mayor wrote on Monday. Talks end on Friday.")
    assert found == ["“The port is open. Ships can come and go, but the work is hard. We are here to Build. It. "
                     "NOW,” the mayor wrote on Monday.", "Talks end on Friday."]


def test_a_piece_the_parser_ends_at_a_possessive_goes_on_into_the_next():
    text = "The mayor told WXYZ’s “Morning Talk” on Friday that the port would open."
    art = article("a1", [text])
    cut = text.index("“")
    assert sentences._colons_joined(art, [(0, cut - 1), (cut, len(text))]) == [(0, len(text))]


def test_a_piece_broken_off_a_sentence_or_an_aside_in_brackets_is_no_sentence_to_stand_alone():
    from briefing.models import Sentence, Source

    assert sentences.broken_off("harbour deal may not be enough to pay the bills.")
    assert not sentences.broken_off("eBay said it would close the harbour shop.")
    assert not sentences.broken_off("de Vries said the harbour would stay open.")
    assert not sentences.broken_off("The harbour will stay open.")
    for text, unfit in (("(A photo of the old pier now heads the board's page.)", True),
                        ("The board (which met on Monday) closed the pier.", False)):
        made = Sentence(text=text, source=Source(article="a", paragraph=0, start=0, end=len(text)))
        assert sentences.unfit_alone(made) is unfit


def test_a_sentence_goes_on_past_an_abbreviation_the_parser_ends_it_at():
    """"(D-Vt.) in next year's race" and "calling for Vt. Gov. Ana Ruiz to
    resign" are one sentence each; "He lives in Vt. He moved there" two."""
    assert split("The mayor is challenging Sen. Ana Ruiz (D-Vt.) in next year's primary race. She said so.") == [
        "The mayor is challenging Sen. Ana Ruiz (D-Vt.) in next year's primary race.", "She said so."]
    assert split("Council members are calling for Vt. Gov. Ana Ruiz to veto the port bill. The bill passed.") == [
        "Council members are calling for Vt. Gov. Ana Ruiz to veto the port bill.", "The bill passed."]
    assert split("The old mayor now lives in Vt. He moved there in May.") == [
        "The old mayor now lives in Vt.", "He moved there in May."]


def test_an_opening_that_adds_to_what_came_before_leans_back():
    assert sentences.leans_back("“Alongside that, the mayor is a farmer,” the aide said.")
    assert sentences.leans_back("On top of this, the port lost its ferry.")
    assert not sentences.leans_back("Alongside the mayor, two aides spoke to the council.")
    assert sentences.leans_back("That said, the ferry link comes in many shapes.")


def test_a_linking_word_set_off_after_the_first_phrase_leans_back():
    assert sentences.leans_back("The harbour board, meanwhile, said the fees would rise.")
    assert sentences.leans_back("On Monday morning, however, the ferry left on time.")
    assert sentences.leans_back("The mayor, too, said the pier was unsafe.")
    assert not sentences.leans_back("On Monday morning, the ferry left on time.")
    assert not sentences.leans_back("The mayor said, however long it took, the pier would be rebuilt.")
    assert sentences.leans_back("Further repairs were under way at the pier.")
    assert sentences.leans_back("Levels at that plant’s wells are high.")
    assert not sentences.leans_back("Sales that month rose by a tenth.")


def test_a_table_row_is_one_sentence_and_a_fragment_not_cut_at_its_cells_full_stops():
    row = "| FW | Ann Berg | 12 | 40% | 3 shots (2 on target). 1 goal, 1 assist, 1 card shown. |"
    found, fragments = _fragments(["The coach named her side on Friday.", row, "The side won the cup."])
    assert [s.text for s in found] == ["The coach named her side on Friday.", row, "The side won the cup."]
    assert fragments == [row]


def test_a_numbered_line_with_no_stop_is_a_section_heading_and_a_fragment():
    _, fragments = _fragments(["The cup final was a draw on Sunday.", "1. Late goals lift the home side",
                               "The home side scored twice after the break.", "2. The visitors will appeal."])
    assert fragments == ["Late goals lift the home side"]


def test_a_box_of_facts_is_cut_at_each_field_s_label():
    found = split("Tested by: Ann Berg Price: £20 (€23) More info: example.org",
                  "Ann Berg rode the kettle bike for a week. Note: it rained.")
    assert found == ["Tested by: Ann Berg", "Price: £20 (€23)", "More info: example.org",
                     "Ann Berg rode the kettle bike for a week.", "Note: it rained."]


def test_a_quotation_ending_on_an_exclamation_keeps_its_speech_tag():
    """"“Not one more day!” Ruiz told the crowd." is one sentence, though
    the parser ends one at the "!": the tag alone tells who spoke, not
    what.  A sentence after the quotation that says more stays apart."""
    found = split("“Not one more day at the quarry!” Dana Ruiz told the crowd in Kell Bay. The march ended at noon.",
                  "“Who will pay for the pier?” she asked, her voice rising.",
                  "“Close the pier!” The council met that evening to vote on it.")
    assert found[:2] == ["“Not one more day at the quarry!” Dana Ruiz told the crowd in Kell Bay.",
                         "The march ended at noon."]
    assert "“Who will pay for the pier?” she asked, her voice rising." in found
    assert "The council met that evening to vote on it." in found
def test_a_sentence_that_only_says_no_answer_came_tells_no_news():
    """"did not reply to an emailed request for comment": nothing of the story."""
    from briefing.models import Sentence, Source

    for text in ("A spokeswoman for Mayor Ana Ruiz did not reply to an emailed request for comment.",
                 "The harbour board declined to comment on the sale.",
                 "Ben Holm could not be reached at his harbour office for comment."):
        assert sentences.no_answer(text), text
        made = Sentence(text=text, source=Source(article="a", paragraph=0, start=0, end=len(text)))
        assert sentences.unfit_alone(made), text
    for text in ("Ben Holm did not respond to either letter, and the pier closed in May.",  # his silence is the news
                 "The board declined to comment, saying the sale was not final.",
                 "The firm denied any wrongdoing, and its lawyer declined to comment.",
                 "The fund will close if a deal could not be reached for the pier.",
                 "The mayor declined to comment, but said “the pier stays open.”"):
        assert not sentences.no_answer(text), text


def test_an_aside_of_several_sentences_leaves_its_brackets_out_of_each():
    """"(Note: the pier reopened on Monday. Its lamps were still dark.)":
    each sentence holds one bracket of the aside, which alone reads as a
    slip; a sentence holding an aside whole keeps it."""
    found = split("The ferry ran late. (Note: the pier reopened on Monday after the storm. Its lamps were still "
                  "dark.) The council met at noon (in the old hall) to vote.")
    assert "Note: the pier reopened on Monday after the storm." in found
    assert "Its lamps were still dark." in found
    assert "The council met at noon (in the old hall) to vote." in found


def test_a_piece_the_parser_ends_on_a_bare_word_goes_on_into_the_next():
    text = "In the survey 48 percent would pick Alvarez and 41 percent would back Okafor, while 6 percent are unsure."
    art = article("a1", [text])
    cut = text.index("Okafor")
    assert sentences._colons_joined(art, [(0, cut - 1), (cut, len(text))]) == [(0, len(text))]


def test_a_line_break_after_a_bare_word_still_parts_two_pieces():
    text = "Harbour Road office\nThe office opens at nine on weekdays."
    art = article("a1", [text])
    cut = text.index("The")
    assert sentences._colons_joined(art, [(0, cut - 1), (cut, len(text))]) == [(0, cut - 1), (cut, len(text))]

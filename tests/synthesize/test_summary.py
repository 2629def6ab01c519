"""The executive summary: central, early, non-redundant, every source cited."""

from __future__ import annotations

import pytest

from dataclasses import replace

from briefing.distill import sentences
from briefing.synthesize import summary
from tests.helpers import FLOOD_A, FLOOD_B, digest_of


def test_summary_is_cited_and_within_count():
    digests = [digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)]
    claims = summary.summarize(digests, 3)
    assert 1 <= len(claims) <= 3
    articles = {d.article.id: d.article for d in digests}
    for claim in claims:
        first = claim.sources[0]
        assert articles[first.article].text[first.start:first.end] == claim.text


def test_near_duplicates_count_once_and_cite_every_outlet():
    claims = summary.summarize([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)], 4)
    flood = [c for c in claims if "flooded the northern town" in c.text]
    assert len(flood) == 1
    assert {s.article for s in flood[0].sources} == {"a", "b"}


def test_central_sentence_comes_first():
    claims = summary.summarize([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)], 2)
    assert "flooded" in claims[0].text


def test_page_furniture_is_never_a_summary_sentence():
    assert not summary.usable_sentence("Read more: the river flooded the town on Monday again today.")
    assert not summary.usable_sentence("Follow us on https://example.org for more news every day.")
    assert not summary.usable_sentence("Too short.")
    assert not summary.usable_sentence("So just how good was the display by the young captain?")
    assert not summary.usable_sentence("“What have you all been debating for the whole of this week?”")
    assert summary.usable_sentence("The river flooded the northern town of Aldbury on Monday.")


@pytest.mark.parametrize("text,cut", [
    ("\"The ferry vote split the town, but I will read you the question: “Should the Aldbury line close?", True),
    ("“The ferry vote split the town, and the line will close within a year of the count.", True),
    # closed, in one style or two
    ("\"The ferry vote split the town down the middle,” said Mayor Ines Falk on Monday.", False),
    ("“The ferry vote split the town,\" said Falk, “and the line will close.”", False),
    # the writer's own sentence that opens a quotation is not cut inside one
    ("In her ruling, Judge Falk wrote: “The ferry line may close within a year of the count.", False),
])
def test_a_sentence_cut_inside_a_quotation_is_not_used_alone(text, cut):
    assert summary.cut_inside_quotation(text) is cut
    assert summary.usable_sentence(text) is not cut


def test_empty_corpus_gives_empty_summary():
    assert summary.summarize([digest_of("a", ["Hi."])], 5) == ()


def test_seed_summary_cites_the_passages(seed_build):
    _result, _out, data = seed_build
    texts = {a["id"]: a["text"] for a in data["articles"]}
    assert 5 <= len(data["summary"]) <= 8
    for claim in data["summary"]:
        source = claim["sources"][0]
        assert texts[source["article"]][source["start"]:source["end"]] == claim["text"]


def test_bottom_line_is_the_lead_summary_sentence():
    claims = summary.summarize([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)], 3)
    line = summary.bottom_line(claims)
    assert line.startswith(claims[0].text) and len(line.split()) <= 45
    assert summary.bottom_line(()) is None


def test_summary_reads_by_theme_then_by_time_never_by_article():
    from dataclasses import replace as swap

    from briefing.models import Claim, Event, Theme

    early = digest_of("a", ["The dam was finished in 2019 after years of delay.", "Farmers sold more rice at the market."])
    late = digest_of("b", ["Rice prices rose sharply at the market.", "The dam flooded two villages in 2022."])
    dated = {"a": ("2019", 0), "b": ("2022", 1)}
    with_events = []
    for digest in (early, late):
        date, index = dated[digest.article.id]
        sentence = digest.sentences[index]
        with_events.append(swap(digest, events=(Event(date=date, text=sentence.text, sources=(sentence.source,)),)))
    claims = [Claim(text=s.text, sources=(s.source,)) for d in with_events for s in d.sentences]
    themes = (Theme(label="Dam", sentences=(claims[0], claims[3])), Theme(label="Rice", sentences=(claims[1], claims[2])))
    ordered = [c.text for c in summary.in_order(claims, with_events, themes)]
    assert ordered[:2] == ["The dam was finished in 2019 after years of delay.", "The dam flooded two villages in 2022."]
    assert set(ordered[2:]) == {claims[1].text, claims[2].text}
    # Without themes: the most central sentence leads, the rest by the time they report.
    by_time = [c.text for c in summary.in_order(claims, with_events)]
    assert by_time == [claims[0].text, claims[1].text, claims[3].text, claims[2].text]


def test_summary_repeats_nothing_the_key_judgments_quote():
    from briefing.models import Claim, KeyJudgment
    from briefing.synthesize import judgments

    claims = (Claim(text="The river flooded the northern town on Monday.", sources=()),
              Claim(text="The mayor asked for help.", sources=()))
    judged = (KeyJudgment(text="Best corroborated: two sources report that “The river flooded the northern town”.",
                          confidence="moderate", basis="two independent sources agree"),)
    assert [c.text for c in judgments.not_repeating(claims, judged)] == ["The mayor asked for help."]


def test_a_fragment_is_never_a_summary_sentence():
    from dataclasses import replace

    a, b = digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)
    lead = a.sentences[0]
    claims = summary.summarize([replace(a, fragments=(lead.source.start,)), b], 3)
    assert all(source.start != lead.source.start or source.article != "a" for c in claims for source in c.sources)
    assert any(s.article == "a" and s.start == lead.source.start
               for c in summary.summarize([a, b], 3) for s in c.sources)


def test_a_sentence_leaning_on_the_one_before_it_weighs_less_than_the_same_words_alone():
    leaning = "However, the river flooded the northern town of Aldbury on Monday after three days of heavy rain."
    pool = summary.candidates([digest_of("a", [leaning, *FLOOD_A[1:]]), digest_of("b", FLOOD_A)])
    scores = summary.score(pool, summary.vectorize([c.sentence.text for c in pool]))
    first = {c.sentence.text: float(s) for c, s in zip(pool, scores) if c.rank == 0}
    assert first[leaning] == first[FLOOD_A[0]] * sentences.LEANING
    assert not sentences.leans_back("So far, twelve people have died in the floods.")
    # A demonstrative subject points back; a demonstrative determiner does not.
    assert sentences.leans_back("That separates the mayor from the council.")
    assert sentences.leans_back("This is the second flood this year.")
    assert sentences.leans_back("That’s the view of most engineers in the valley.")
    assert not sentences.leans_back("This week the council voted.")
    assert not sentences.leans_back("This crisis deepened after the flood.")
    assert sentences.leans_back("Of that, the river carried away four hundred tons.")
    assert sentences.leans_back("Among them, three were children.")
    assert not sentences.leans_back("From this year on, the fares rise.")
    # So does a clause on a demonstrative before the sentence's own.
    assert sentences.leans_back("Even if that happens, the mayor would still trail the council.")
    assert not sentences.leans_back("If this year is like the last, the fares rise.")
    # A sentence going on with words quoted before it continues them.
    assert sentences.leans_back("The letter goes on: “With little time left, we cannot agree.”")
    assert sentences.leans_back("He added, “We are done.”")
    assert not sentences.leans_back("Talks went on, officials said.")
    assert not sentences.leans_back("The mayor added that the plan was dead.")
    # A personal pronoun as its opening says the one it stands for came before.
    assert sentences.leans_back("He should use this political capital to pressure the council.")
    assert sentences.leans_back("Their lawyer said the plan was dead.")
    assert sentences.leans_back("After years of waiting, they are among the first families to return.")
    assert not sentences.leans_back("After years of waiting, the families are among the first to return.")
    assert not sentences.leans_back("Hezbollah said the plan was dead.")
    assert not sentences.leans_back("Heather Poe said the plan was dead.")
    # A quotation whose speaker is only "he" or "she": who spoke came before.
    assert sentences.leans_back("“Late this afternoon, I met the mayor and his staff,” she said in a statement.")
    assert sentences.leans_back("“I don’t know where the money went,” he told reporters.")
    assert not sentences.leans_back("“I don’t know where the money went,” Mayor Heather Poe said.")
    # Alone it is still chosen: its weight is lowered, not taken away.
    assert any(c.text.startswith("However") for c in summary.summarize([digest_of("a", [leaning])], 2))


def test_a_near_duplicate_giving_another_amount_is_not_cited_for_it():
    spent = "The river flood caused $40 million in damage to the northern town of Aldbury on Monday after heavy rain."
    other = "The river flood caused $400 million in damage to the northern town of Aldbury on Monday after heavy rain."
    claims = summary.summarize([digest_of("a", [spent, *FLOOD_A[1:]]), digest_of("b", [other, *FLOOD_B[1:]])], 6)
    for claim in claims:
        if "damage" in claim.text:
            assert len({s.article for s in claim.sources}) == 1
    assert any("damage" in c.text for c in claims)


def test_two_reports_of_one_remark_count_once():
    a = digest_of("a", ["As he left for the port on Monday, the mayor said he felt “very badly” for Mr. Dunn.",
                        "The ferry service will resume in May after repairs to the harbour wall."])
    b = digest_of("b", ["“I feel very badly for Tom Dunn,” the mayor told reporters before leaving for the port.",
                        "Fishermen say the harbour wall repairs came too late for the winter season."])
    texts = [c.text for c in summary.summarize([a, b], count=4)]
    assert sum("badly" in t for t in texts) == 1
    assert summary.same_remark(("very badly",), ("i feel very badly for tom dunn",))
    assert not summary.same_remark(("the",), ("the harbour is closed",))  # a stop word alone is no remark
    assert not summary.same_remark(("very badly",), ("very well",))


def test_a_sentence_pointing_back_follows_its_own_article_or_is_left_out():
    """"Those closures ..." reads right after its own article's sentence on
    the piers, never after another source's on other harbours; without that
    sentence in the summary it is left out, and the next one taken."""
    from briefing.models import Claim

    ferry = digest_of("a", ["The ferry line closed three piers in Norport on Monday.",
                            "Those closures cut the island's freight by a third."])
    storm = digest_of("b", ["Storms shut two harbours in Velmar and Tessby last week.",
                            "Fishing crews in Velmar waited for the wind to drop."])
    piers, cut = (Claim(text=s.text, sources=(s.source,)) for s in ferry.sentences)
    harbours, crews = (Claim(text=s.text, sources=(s.source,)) for s in storm.sentences)
    assert [c.text for c in summary.in_order([piers, harbours, cut], [ferry, storm])] == \
        [piers.text, cut.text, harbours.text]
    assert summary.standing([harbours, cut, crews], [ferry, storm], 2) == (harbours, crews)
    assert summary.standing([piers, cut, crews], [ferry, storm], 2) == (piers, cut)


def test_a_person_named_by_the_surname_alone_needs_a_sentence_naming_them_before():
    """"Berg accused the board ..." reads only after a sentence that names
    her: her own article's full-name sentence, or any sentence taken before."""
    from briefing.models import Claim, Person

    ferry = replace(digest_of("a", ["Ann Berg, a harbour pilot, sued the ferry board in May.",
                                    "Berg accused the board of ignoring the storm warnings.",
                                    "The board denied the claims on Monday."]),
                    people=(Person(name="Ann Berg", mentions=2),))
    sued, accused, denied = (Claim(text=s.text, sources=(s.source,)) for s in ferry.sentences)
    assert summary.standing([accused, denied], [ferry], 2) == (denied,)
    assert summary.standing([sued, accused, denied], [ferry], 2) == (sued, accused)
    assert summary.standing([denied, accused], [ferry], 2) == (denied,)


def test_what_points_back_is_read_from_the_subject():
    assert summary.points_back("Those closures cut the island's freight by a third.")
    assert summary.points_back("They said the old pier would be rebuilt by spring.")
    assert summary.points_back("Their lawyer said the fine would be appealed.")
    # A date is no subject; "it" that holds a clause's place stands for nothing before.
    assert not summary.points_back("This week the harbour board voted to close the pier.")
    assert summary.points_back("Further repairs were under way at the pier before the ferry returned.")
    assert summary.points_back("Levels at that plant’s wells are high.")
    assert not summary.points_back("The pier that collapsed was rebuilt in May.")
    assert not summary.points_back("It is unclear whether the ferry will run in winter.")
    # The sentence names whom the pronoun stands for before it.
    assert not summary.points_back("When Mayor Ines Calloway spoke on Tuesday, she said the pier would reopen.")
    assert not summary.points_back("The ferry line closed three piers in Norport on Monday.")
    # A date before the pronoun says when, not whom: "they" is still someone told of before.
    assert summary.points_back("On March 14 they released the findings of their survey of the pier.")
    assert summary.points_back("On Friday, she told a rally in Norport that the ferry would return.")


def test_a_that_standing_alone_for_what_was_told_before_points_back():
    """"called that a fair offer": which offer, only the sentence before
    said; a relative "that", a "those" its sentence says who of, or a
    "that" that stands for the main clause told just before, stand for
    nothing outside the sentence."""
    assert summary.points_back("While the guild called that a generous offer, the mill owners said it came too late.")
    assert summary.points_back("The harbour master denied this on Tuesday.")
    assert summary.points_back("Ravel said that was no fair test of the new hull.")
    assert not summary.points_back("The hull that Ravel designed was launched in Fenmouth on Tuesday.")
    assert not summary.points_back("The mill owners met on Tuesday, according to those close to the guild.")
    assert not summary.points_back("The ferry reopened on Tuesday, and the guild welcomed that.")
    assert not summary.points_back("Ravel told the Fenmouth Courier that he had tested the hull twice.")


def test_a_speaking_it_and_a_part_of_those_point_back():
    # "It said ...": the body that speaks was named before; "It is said" is no one.
    assert summary.points_back("It said the ferry would need a new engine.")
    assert summary.points_back("It added that the pier would stay shut until May.")
    assert not summary.points_back("It emerged on Friday that the harbour master had resigned.")
    # "Six of those boats": which boats, the sentence before told; "of the town's boats" says.
    assert summary.points_back("Six of those boats came from the northern harbour.")
    assert summary.points_back("Most of them were hurt when the crane fell.")
    assert not summary.points_back("Two of the town's boats sank in the storm on Monday.")


def test_words_to_the_reader_are_no_summary_sentence():
    """A columnist's aside to the reader ("would like us to know", "in your
    lungs") is no finding; a quotation's "we" is its speaker's, and "US"
    the country."""
    assert summary.addresses_reader("The mayor would like us to know that the town is sinking.")
    assert summary.addresses_reader("Damp is basically a slow poison in your walls.")
    assert not summary.addresses_reader("“We will rebuild,” the mayor said.")
    assert not summary.addresses_reader("The US sent two engineers to the town on Monday.")
    assert summary.addresses_reader("Which is why I am happy to find out that the levee holds.")
    assert not summary.addresses_reader("Sen. Ann Roe (I-Vt.) and the F.B.I. visited the town.")
    assert not summary.usable_sentence("The mayor would like us to know that the town is sinking.")


def test_the_writers_i_is_no_summary_sentence_whatever_verb_follows():
    """"I" before any word in lower case is the writer ("I needn't have
    worried", "I still doubt"); a numeral ending a name is not ("World War
    I was", "King Henry I was")."""
    assert summary.addresses_reader("I needn’t have worried, since the levee held all week.")
    assert summary.addresses_reader("Honestly, I still doubt the levee will hold.")
    assert summary.addresses_reader("I’ve walked the levee every spring since the flood.")
    assert not summary.addresses_reader("World War I was fought partly over the river crossing.")
    assert not summary.addresses_reader("King Henry I was crowned in the abbey by the river.")


def test_an_interview_turn_is_no_summary_sentence():
    """"MAYOR: Well you see, the levee ..." is spoken words set down, not the article's report."""
    from dataclasses import replace

    from briefing.models import Quote

    lines = ["The river flooded the northern town of Aldbury on Monday after three days of heavy rain.",
             "MAYOR: Well, the old levee had not been repaired in twenty years and nobody listened."]
    digest = digest_of("a", lines)
    turn = digest.article.paragraphs[1]
    spoken = Quote(text=lines[1][7:], speaker="Ann Berg", sources=(digest.article.source(turn.start + 7, turn.end),),
                   cue="transcript")
    digest = replace(digest, quotes=(spoken,))
    assert [c.sentence.text for c in summary.candidates([digest])] == lines[:1]


def test_a_sentence_about_someone_unnamed_points_back():
    """"His lungs", "the man" with nothing said of who: the sentence before tells who."""
    assert summary.points_back("Breathing tests showed that his lungs were not working well.")
    assert summary.points_back("The man was quarantined after the diagnosis.")
    assert not summary.points_back("The man who opened fire was arrested on Sunday.")
    assert not summary.points_back("In his speech, Ana Ruiz said the port will open in May.")


def test_a_sentence_retelling_a_chosen_one_in_most_of_its_words_is_left_out():
    """Two tellings of one charge, worded apart enough to pass TF-IDF, are one fact."""
    a = summary.content_words("A student was charged with the murder of six people at the harbour mosque on Monday.")
    b = summary.content_words("A suspect known for his views was charged Monday with six counts of murder in the "
                              "shooting at the harbour mosque.")
    c = summary.content_words("The harbour reopened to boats after the storm passed on Monday.")
    assert summary.retells(a, b) and not summary.retells(a, c)


def test_two_outlets_ledes_on_one_day_and_actor_tell_one_event():
    """"The council approved ... on Friday" and "... passed the council on Friday": the day's event twice."""
    from briefing.models import Sentence, Source

    def lede(text: str, article: int, rank: int = 0):
        sentence = Sentence(text=text, source=Source(article=str(article), paragraph=0, start=0, end=len(text)))
        return summary.lede_key(summary.Candidate(sentence=sentence, rank=rank, article=article))

    a = lede("The Harbour Council on Friday approved a sweeping ferry fare bill for island towns.", 0)
    b = lede("A ferry fare bill for the islands passed the Harbour Council on Friday after a long debate.", 1)
    other_day = lede("A ferry fare bill for the islands passed the Harbour Council on Monday after a debate.", 1)
    other_news = lede("The Harbour Council on Friday named a new chief of the fire service.", 1)
    # Two things one man did that day: his name and the day are not enough.
    other_act = lede("Gov. Ann Berg of Harbour on Friday said she would back a ferry fare cap.", 1)
    assert summary.same_lede(a, b)
    assert not summary.same_lede(a, other_day) and not summary.same_lede(a, other_news)
    assert not summary.same_lede(lede("Harbour Sheriff Ola Dahl endorsed Harbour Governor Ann Berg for a second "
                                      "term on Friday during a ferry tour.", 0), other_act)
    assert lede("The Harbour Council on Friday approved a ferry fare bill.", 0, rank=5) is None
    assert not summary.same_lede(a, lede("The Harbour Council on Friday approved a sweeping ferry fare bill.", 0))


def test_what_points_back_includes_a_bare_do_a_summing_noun_and_a_carrying_opening():
    assert summary.points_back("Every day it does, the council appears weaker and less able to govern.")
    assert summary.points_back("In so doing, the board lost the trust of the harbour towns.")
    assert summary.points_back("Later, at the port, the minister said more ships would come.")
    assert summary.points_back("Nor does the harbour board see the strike as its own doing.")
    assert summary.points_back("The move was over a dispute about unpaid fees.")
    assert not summary.points_back("The move to close the pier angered the fishermen.")
    assert not summary.points_back("The May decision let every boat dock for free.")
    assert not summary.points_back("Although they lost, the rowers celebrated in the harbour.")
    assert not summary.points_back("When it rains, the harbour floods within hours.")


def test_one_articles_summary_reads_in_its_own_order():
    from briefing.models import Claim, Event
    from dataclasses import replace as swap

    story = digest_of("a", ["The board sued the port authority on Monday over unpaid fees.",
                            "The move followed a dispute that began in 2019.",
                            "Fishermen protested at the pier in 2021."])
    dated = swap(story, events=tuple(Event(date=date, text=s.text, sources=(s.source,))
                                     for date, s in zip(("2023", "2019", "2021"), story.sentences)))
    claims = [Claim(text=s.text, sources=(s.source,)) for s in story.sentences]
    ordered = summary.in_order([claims[2], claims[0], claims[1]], [dated])
    assert [c.text for c in ordered] == [c.text for c in claims]


def test_a_title_case_headline_is_no_summary_sentence():
    assert summary.headline("Port Fees Are Rising After The Vote.")
    assert not summary.usable_sentence("Port Fees Are Rising After The Vote, And Traders Worry.")
    assert not summary.headline("Kestrel Bay Harbour Board Chairman Ian Smith resigned on Monday.")
    assert summary.usable_sentence("Kestrel Bay Harbour Board Chairman Ian Smith resigned on Monday.")


def test_a_teasers_shout_in_capitals_is_no_summary_sentence():
    """"Great news, readers: THE FERRY RUNS AGAIN." shouts a teaser; a
    shout inside quotation marks is a speaker's, and acronyms side by side
    are no shout."""
    assert not summary.usable_sentence("Great news, readers: THE FERRY RUNS AGAIN.")
    assert summary.usable_sentence("The skipper shouted “ALL HANDS ON DECK” as the ferry left the quay.")
    assert summary.usable_sentence("The UNHCR and WFP teams reached the harbour town on Monday.")


def test_a_sentence_ending_on_a_comparison_with_nothing_to_compare_is_no_summary_sentence():
    assert not summary.usable_sentence("The harbour board's spring hearings were different.")
    assert not summary.usable_sentence("Elsewhere the ferry fares rose less, but the effect on riders can be similar.")
    assert summary.usable_sentence("The harbour board's spring hearings were different from last year's.")


def test_the_bottom_line_is_no_speakers_quoted_words_when_a_sentence_of_the_brief_is_there():
    from briefing.models import Claim

    quoted = Claim(text="“We are working hard on a fair rule for every boat,” the harbour chief said.", sources=())
    plain = Claim(text="The harbour board will vote on new port fees in May.", sources=())
    assert summary.bottom_line([quoted, plain]).startswith(plain.text)
    assert summary.bottom_line([quoted]) == quoted.text


def test_the_bottom_line_is_no_unnamed_commentators_view_and_drops_a_scoop_tag():
    from briefing.models import Claim

    view = Claim(text="Falling rents have forced the port to sell its ferries, analysts said on Friday.", sources=())
    news = Claim(text="The port board has agreed to a plan to sell two of its four ferries by 2031.", sources=())
    assert summary.bottom_line([view, news], words=20) == news.text
    assert summary.bottom_line([view], words=20) == view.text
    scoop = Claim(text="Mayor Ilse Varga has asked for a bill to let her run twice, The Harbour Gazette has learned.",
                  sources=())
    assert summary.bottom_line([scoop]) == "Mayor Ilse Varga has asked for a bill to let her run twice."
    assert not summary.pundits_view("Critics of the ferry sale marched on Sunday.")
    assert not summary.pundits_view("The ferries will be sold, officials said.")


def test_a_short_there_is_a_lot_to_tells_nothing():
    assert summary.empty_there("There is a lot to take in from the harbour vote.")
    assert not summary.usable_sentence("There is still much more to come on the pier.")
    assert not summary.empty_there("There is a lot to fix at the Norport pier, Ines Calloway said.")
    assert not summary.empty_there("There were 12 boats left to repair after the storm.")
    assert not summary.empty_there("There is plenty of evidence that the old pier was unsafe.")


def test_the_bottom_line_adds_no_second_sentence_that_points_back():
    from briefing.models import Claim

    lead = Claim(text="The harbour board will vote on new port fees in May.", sources=())
    theirs = Claim(text="They said the fees would pay for a new pier.", sources=())
    plain = Claim(text="Fishers oppose the fees.", sources=())
    assert summary.bottom_line([lead, theirs]) == lead.text
    assert summary.bottom_line([lead, plain]) == f"{lead.text} {plain.text}"


def test_the_bottom_line_adds_no_second_sentence_from_another_article():
    """Another article's lead after the lead reads as the same story going on."""
    from briefing.models import Claim, Source

    def told(text, article):
        return Claim(text=text, sources=(Source(article=article, paragraph=0, start=0, end=len(text)),))
    lead = told("The harbour board will vote on new port fees in May.", "a")
    own = told("Fishers oppose the fees.", "a")
    other = told("A new ferry line to Kettle Island opened on Monday.", "b")
    assert summary.bottom_line([lead, other]) == lead.text
    assert summary.bottom_line([lead, own]) == f"{lead.text} {own.text}"


def test_the_bottom_line_holds_no_sentence_that_points_back_to_one_left_out():
    from briefing.config import Config
    from briefing.synthesize import synthesize
    from tests.helpers import digest_of

    a = digest_of("a", ["Heavy rain flooded the northern town of Aldbury on Monday.",
                        "They said the river would keep rising through the week."])
    b = digest_of("b", ["They said the river in Aldbury would keep rising all week after the rain.",
                        "Heavy rain flooded the town of Aldbury on Monday, officials said."])
    brief = synthesize([a, b], Config())
    assert brief.bottom_line and "They" not in brief.bottom_line


def test_a_source_on_another_subject_gives_the_summary_nothing():
    """Three reports of one flood and a page of garden tips: no summary
    sentence comes from the garden page, which the scope names instead."""
    from briefing.config import Config
    from briefing.synthesize import synthesize
    from tests.helpers import FLOOD_A, FLOOD_B, digest_of

    third = ["Heavy rain flooded the northern town of Aldbury on Monday, and the river kept rising.",
             "Residents waited in the school gym as engineers checked the old levee."]
    garden = ["Tomatoes like a sunny corner and regular watering in the warm months of summer.",
              "Gardeners should prune roses before the first frost and mulch the beds with bark."]
    brief = synthesize([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B), digest_of("c", third),
                        digest_of("d", garden)], Config())
    assert brief.summary and not any(s.article == "d" for c in brief.summary for s in c.sources)
    assert any(line.startswith("S4 shares little") for line in brief.scope.text)


def test_one_more_of_a_kind_points_back():
    """"Another firm", "the latest mayor to ..." presuppose the ones the
    sentence before told; "the latest figures" and "the next mayor" do not."""
    assert summary.points_back("The latest mayor to learn that lesson was Ana Ruiz, who spoke on Monday.")
    assert summary.points_back("Another firm said it would close its plant by the port.")
    assert not summary.points_back("The latest figures show the port grew by a tenth last year.")
    assert not summary.points_back("The next mayor will face a deficit of two million.")


def test_remarks_sources_and_one_more_thing_told_before_point_back():
    assert summary.points_back("Ms. Arlow made the remarks at a harbour board dinner on Monday.")
    assert not summary.points_back("Ms. Arlow made a statement at a harbour board dinner on Monday.")
    # Where the words were spoken says not which: "from a cafe" hangs on the noun in the parse.
    assert summary.points_back("Ms. Arlow, a longtime critic of the levy, made the announcement from a cafe in Holm.")
    assert not summary.points_back("Ms. Arlow made the announcement of her retirement from the board.")
    assert summary.points_back("The pier will close in May, two of the officials said.")
    assert summary.points_back("The pier will close in May, the engineers said.")
    assert not summary.points_back("The pier will close in May, engineers who inspected it said.")
    assert summary.points_back("It is also the fruit of a long feud between the two harbour towns.")


def test_a_question_put_or_a_scoop_told_is_no_summary_sentence():
    assert summary.tells_nothing("The mayor, who chairs the board, was asked whether she would seek a second term.")
    assert summary.tells_nothing("The Norport Gazette broke the story of the closure first.")
    assert summary.tells_nothing("The Norport Gazette broke the story on Monday.")
    assert not summary.tells_nothing("The Norport Gazette, which broke the story, said the pier would close.")
    assert not summary.tells_nothing("Asked whether she would run again, the mayor said she would.")
    assert not summary.tells_nothing("The board reported a rise in freight.")
    assert not summary.tells_nothing("The Gazette published the story on Monday, citing two clerks who said "
                                     "the mayor had signed the lease.")
    digest = digest_of("a", ["The harbour board closed the Norport pier on Monday after a crane fell.",
                             "The mayor was asked whether the pier would reopen before winter."])
    assert [c.text for c in summary.summarize([digest], 5)] == [digest.sentences[0].text]


def test_a_sentence_with_a_bracket_it_never_opens_or_closes_is_no_summary_sentence():
    assert not summary.usable_sentence("Tale of the Dunes> opens at the harbour theatre in May this year.")
    assert not summary.usable_sentence("The harbour board (which met on Monday approved the ferry link.")
    assert summary.usable_sentence("The harbour board (which met on Monday) approved the ferry link.")


def test_a_consequence_or_answer_of_the_sentence_before_points_back():
    assert summary.points_back("As a result, the ferry company closed two of its routes.")
    assert summary.points_back("In response, the mayor called for new elections in the spring.")
    assert not summary.points_back("As a result of the storm, the ferry company closed two of its routes.")


def test_a_sentence_ending_on_a_word_that_answers_the_one_before_points_back():
    assert summary.points_back("The harbour board did not vote on the ferry plan, though.")
    assert summary.points_back("The dockers' union backed the new timetable, too.")
    assert sentences.leans_back("Nor did the port authority answer the letter, either.")
    assert not summary.points_back("The harbour board voted on the ferry plan even though it was late.")
    assert not sentences.leans_back("The port stayed open, though only for cargo ships.")


def test_a_sentence_crediting_the_poll_or_the_report_alone_points_back():
    assert summary.points_back("Ana Ruiz leads Tom Berg by 47 percent to 39 percent, according to the poll.")
    assert summary.points_back("According to the report, the ferry lost money in every month of the year.")
    assert not summary.points_back("Ana Ruiz leads Tom Berg by seven points, according to the poll of 900 adults.")
    assert not summary.points_back("Ana Ruiz leads by seven points, according to a new Harbor Radio poll.")
    assert not summary.points_back("The ferry lost money every month, according to the port authority.")


def test_the_writers_here_is_no_summary_sentence():
    # "here" is the dateline's town, which the summary never shows.
    assert not summary.usable_sentence("Speaking at a diner here, in the north of the state, the senator praised him.")
    assert summary.usable_sentence("“We are here to stay,” the senator told the crowd at the diner on Monday.")
    assert summary.usable_sentence("Here is what the senator told the crowd at the diner on Monday night.")


def test_a_passage_one_outlet_quotes_from_another_is_cited_once():
    """An outlet that prints a passage of another's report ("From the
    Gazette's story:" and three of its sentences) carries that report,
    not a second account: the summary cites the sentence once, as the
    agreements count it.  Two outlets telling one fact alike, with no
    passage shared, are both cited."""
    passage = ["The ferry Aurora ran aground off Kell Point late on Sunday with forty passengers aboard.",
               "Coastguard boats carried every passenger to the harbour at Tarn before midnight.",
               "The operator said the Aurora would stay in dry dock for at least a month."]
    gazette = digest_of("a", [*passage, "Harbour pilots have warned of shifting sandbanks near the point for years."])
    quoting = digest_of("b", ["Island leaders asked on Monday for a full inquiry into the grounding.",
                              "From the Gazette's story:", *passage,
                              "The council will meet the operator on Thursday."])
    claims = summary.summarize([gazette, quoting], 4)
    told = [c for c in claims if c.text in passage]
    assert told and all(len({s.article for s in c.sources}) == 1 for c in told)
    flood = summary.summarize([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)], 3)
    assert {s.article for s in flood[0].sources} == {"a", "b"}
def test_a_name_inside_the_quotation_does_not_tell_who_he_is():
    """In "“We back Judge Arno Pell,” he said", the judge is whom the
    speaker backs, not the speaker: who "he" is, the sentence before said."""
    assert summary.points_back("“We will back Judge Arno Pell on the Orsk bench,” he told the Orsk Courier.")
    assert summary.points_back('"We back Judge Arno Pell," she said.')
    assert not summary.points_back("When Mayor Ines Calloway spoke, she said “Judge Pell” would stay.")


def test_a_his_or_her_after_a_name_in_its_own_sentence_points_to_that_name():
    """"Ada Velt ..., and her ward is mostly fishermen": the ward is hers,
    named in the sentence; "His lawyer said ..." alone, or after a name
    only inside a quotation, still points back."""
    assert not summary.points_back("Ada Velt has long been more open to ferry reform than many of her council "
                                   "colleagues, and, as the Courier notes, her ward is mostly fishermen.")
    assert summary.points_back("His lawyer said the fine would be appealed.")
    assert summary.points_back("“Ada Velt lied,” his lawyer said.")
    assert summary.points_back("She gave two talks to Holm Bank in May, and her husband was paid for a third.")


def test_a_noun_set_at_that_anywhere_in_the_writers_words_points_back():
    """"sell that ferry": which ferry, only the sentence before said."""
    assert summary.points_back("The mayor asked the harbour board to sell that ferry to a private firm.")
    assert summary.points_back("Ana Ruiz said that in answer to those letters, the board had cut the fares.")
    assert summary.points_back("After that hearing, Judge Ben Holm closed the pier.")
    assert not summary.points_back("The mayor said that at that time the pier was still open.")
    assert not summary.points_back("The board wrote to those fishermen who lost their boats.")
    assert not summary.points_back("Ana Ruiz concluded that Ben Holm's plan did not add up.")
    assert not summary.points_back("“We will never sell that ferry,” the mayor of Norport said on Monday.")


def test_that_in_a_side_clause_points_at_its_own_sentence():
    """"though he called those cuts harmful": the cuts the main clause told."""
    assert not summary.points_back("Ana Ruiz's plan keeps the same savings as the old law, "
                                   "even though Ben Holm has said those cuts would hurt the harbour towns.")
    assert summary.points_back("Harbour unions say that argument does not hold and call the levy unfair.")


def test_a_name_an_opening_clause_acts_on_is_not_whom_the_pronoun_stands_for():
    """"After mocking Ben Holm's plan, she left": she is not Ben Holm; who, the sentence before said."""
    assert summary.points_back("After mocking Ben Holm's plan for the pier, she left the hall.")
    assert summary.points_back("Calling Ben Holm a liar, she walked out of the harbour board meeting.")
    assert not summary.points_back("When Gov. Ana Ruiz spoke, she said the pier would reopen.")
    assert not summary.points_back("After Ana Ruiz's speech, she left the hall.")


def test_an_answer_that_says_not_to_what_points_back():
    """"“Done already,” Ana Ruiz replied": the question was the sentence before's."""
    assert summary.points_back("“Done already,” Ana Ruiz replied.")
    assert summary.points_back("Ben Holm retorted, “Not while I sit on this board.”")
    assert not summary.points_back("Ana Ruiz replied to the harbour board's letter on Monday.")
    assert not summary.points_back("The mayor answered questions on the pier for an hour.")


def test_one_unnamed_speaker_met_before_points_back():
    """"the spokeswoman", "the official" alone: which one, the sentence
    before said; "the mayor" is named by the role, and "a senior official"
    or "the official in charge of the dunes" says who."""
    assert summary.points_back("“The dunes will hold,” the spokeswoman said.")
    assert summary.points_back("The official said the dunes would be closed until May.")
    assert not summary.points_back("The mayor said the dunes would be closed until May.")
    assert not summary.points_back("A senior official said the dunes would be closed until May.")
    assert not summary.points_back("The official in charge of the dunes said they would be closed.")
    assert not summary.points_back("The harbour board said the dunes would be closed until May.")


def test_a_quantity_word_standing_alone_for_a_group_points_back():
    """"Many blamed ...", "Both said ...": of whom, the sentence before
    said; "Many of the anglers" says."""
    assert summary.points_back("Many blamed the harbour board for the closure, calling it rushed.")
    assert summary.points_back("Both said the dunes would be closed until May.")
    assert not summary.points_back("Many of the anglers blamed the harbour board for the closure.")
    assert not summary.points_back("Two boats sank off Brena in the storm on Monday.")


def test_a_person_named_by_a_courtesy_title_and_surname_is_met_first():
    """"“We will appeal,” Ms. Berg said" or "Before Ms. Berg's letter ..."
    read only after a sentence naming Ann Berg in full: without one it is
    left out, and one the summary holds later comes first."""
    from briefing.models import Claim, Person

    ferry = replace(digest_of("a", ["“We will appeal,” Ms. Berg said on Monday.",
                                    "Before Ms. Berg’s letter, the ferry board had kept quiet.",
                                    "Ann Berg, a harbour pilot, sued the ferry board in May.",
                                    "The board denied the claims on Monday."]),
                    people=(Person(name="Ann Berg", mentions=3),))
    appeal, letter, sued, denied = (Claim(text=s.text, sources=(s.source,)) for s in ferry.sentences)
    assert summary.standing([appeal, denied], [ferry], 2) == (denied,)
    surnames = summary._surnames([ferry])
    assert summary._after_the_full_name([denied, letter, sued], surnames) == (denied, sued, letter)
    assert summary._after_the_full_name([sued, letter, denied], surnames) == (sued, letter, denied)
    # A title of office says whom as a full name does.
    assert not summary._unmet("Mayor Berg met the board; Ms. Berg said little.", surnames, [])


def test_the_bottom_line_adds_no_second_sentence_that_opens_on_a_quotation():
    """A speaker's words after the lead restate one side, not the news."""
    from briefing.models import Claim

    lead = Claim(text="The harbour board voted on Monday to raise port fees by a tenth.", sources=())
    quoted = Claim(text="“The pier must pay its way,” said Ola Brenn, an aide to the board.", sources=())
    assert summary.bottom_line([lead, quoted]) == lead.text


def test_the_pool_without_some_digests_is_the_pool_of_the_others():
    """`without` gives the candidates `candidates` finds for the digests
    kept, numbered by their place among them: the pool is found once."""
    digests = [digest_of("a", FLOOD_A), digest_of("b", ["Tomatoes like a sunny corner and regular watering."]),
               digest_of("c", FLOOD_B)]
    assert summary.without(summary.candidates(digests), (1,)) == summary.candidates([digests[0], digests[2]])
    assert summary.without(summary.candidates(digests), ()) == summary.candidates(digests)


def test_the_summary_leads_on_the_news_not_on_a_remark_or_a_pundits_view():
    from briefing.models import Claim

    remark = Claim(text="“We will sell the ferries, and soon,” the harbour chief told reporters on Friday.", sources=())
    view = Claim(text="Falling rents forced the port to sell its ferries, analysts said on Friday.", sources=())
    news = Claim(text="The port board agreed on Friday to sell two of its four ferries by 2031.", sources=())
    assert summary.lead_first([remark, view, news]) == (news, remark, view)
    assert summary.lead_first([news, remark]) == (news, remark)
    assert summary.lead_first([remark, view]) == (remark, view)


def test_a_sentence_giving_only_a_figure_already_chosen_about_the_same_thing_is_left_out():
    a = digest_of("a", ["The Velmar port authority reported on Monday that 2.4 million tonnes of grain were exported "
                        "through its docks, a record for the region.",
                        "The ferry service will resume in May after repairs to the harbour wall."])
    b = digest_of("b", ["Grain exports climbed to 2.4 million tonnes as farmers across the northern plains enjoyed "
                        "bumper harvests and fewer storms.",
                        "Fishermen say the harbour wall repairs came too late for the winter season."])
    texts = [c.text for c in summary.summarize([a, b], count=4)]
    assert sum("2.4 million" in t for t in texts) == 1

    def told(first, second):
        return summary.same_figures(summary.figures_given(first), summary.figures_given(second),
                                    summary.content_words(first), summary.content_words(second))
    assert summary.figures_given("In 2022 the 14 boats carried $3.5 billion, 12% and 2,500 crates.") == {
        (3.5e9, "money"), (12.0, "%"), (2500.0, "")}
    # A figure the other lacks is news; the same figure of another thing is another fact.
    assert not told("Grain shipped out of the harbour rose to 2.4 million tonnes, up from 1.9 million.",
                    "The port office said 2.4 million tonnes of grain left the harbour.")
    assert not told("The town hall said 2.4 million visitors came to the festival.",
                    "The port office said 2.4 million tonnes of grain left the harbour.")


def test_a_note_on_where_the_figures_come_from_is_no_summary_sentence():
    assert summary.tells_nothing("The data come from the harbour board's 2021 survey of ferry users.")
    assert summary.tells_nothing("These estimates are based on the Velmar census, which has run since 1950.")
    assert not summary.tells_nothing("The data show that ferry use fell by a third in 2021.")
    assert not summary.tells_nothing("Most of the grain came from farms on the northern plains.")


def test_a_quoted_question_with_only_its_tag_is_no_summary_sentence():
    """"“How long must the island wait?” the mayor said." states nothing;
    a question quoted inside a sentence that tells something still may."""
    assert not summary.usable_sentence("“How long must the island wait for its ferry?” Mayor Ines Calloway said.")
    assert summary.usable_sentence("Mayor Ines Calloway asked “how long must the island wait?” before the board "
                                   "voted to fund the ferry.")

"""Where the sources agree: corroborated claims first, single-source ones marked."""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Agreement
from briefing.synthesize import agreements
from tests.helpers import FLOOD_A, FLOOD_B, digest_of


def test_claim_reported_by_two_articles_is_corroborated_with_both_sources():
    found = agreements.find_agreements([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)])
    assert found[0].corroborated
    assert {s.article for s in found[0].sources} == {"a", "b"}
    assert "flooded" in found[0].text


def test_claims_on_one_source_are_marked_so():
    found = agreements.find_agreements([digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)])
    single = [a for a in found if not a.corroborated]
    assert single and all(len({s.article for s in a.sources}) == 1 for a in single)
    assert all(a.corroborated for a in found[:1]) and found.index(single[0]) > 0


def test_no_articles_no_agreements():
    assert agreements.find_agreements([digest_of("a", ["Hi."])]) == ()


def test_a_sentence_giving_another_amount_backs_no_claim():
    spent = "Since 2002, the harbour board has spent $117 million on contractors at the northern docks."
    other = "Since 2002, the harbour board has spent nearly $200 million on contractors at the northern docks."
    same = "Since 2002, the harbour board has spent $117 million on contractors at the northern docks, officials said."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    apart = agreements.find_agreements([digest_of("a", [spent, *rest]), digest_of("b", [other, *rest[::-1]])])
    claims = [a for a in apart if "million" in a.text]
    assert claims and not any(a.corroborated for a in claims)
    alike = agreements.find_agreements([digest_of("a", [spent, *rest]), digest_of("b", [same, *rest[::-1]])])
    assert any(a.corroborated and "$117 million" in a.text for a in alike)


def test_a_sentence_states_a_claims_years_only_when_it_states_each_of_them():
    assert agreements.states_years("in 1988 and 2001", "from 2001 back to 1988")
    assert not agreements.states_years("who founded the trust in 1988", "founder of the trust")
    assert agreements.states_years("who founded the trust", "founder of the trust since 1988")


def test_sentences_sharing_only_names_and_titles_back_no_claim():
    """"Judiciary Committee Chairman Ann Berg spoke with Tom Reyes" shares a
    name and a title with a claim that Berg will withdraw Reyes's
    nomination, and nothing that happened: no backing (three "independent
    sources" had been said to report it)."""
    claim = ("He could do this by telling Sen. Ann Berg, chairman of the Senate Judiciary Committee, that he will "
             "withdraw the Reyes nomination unless hearings begin.")
    names = "Judiciary Committee Chairman Ann Berg spoke with Tom Reyes on Monday and did not rule out a meeting."
    event = "Sen. Ann Berg, the Judiciary Committee chairman, was told he would withdraw the Reyes nomination."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [names, *rest[::-1]])])
    assert not any(a.corroborated and "Reyes" in a.text for a in apart)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [event, *rest[::-1]])])
    assert any(a.corroborated and "Reyes" in a.text for a in alike)


def test_a_sentence_on_the_same_topic_but_another_fact_backs_no_claim():
    """A cosine of 0.25 let a concern "shared ... during this official
    visit" back "Mr. Velt was in Lisbon for a two-day official visit": the
    same visitor and visit words, another fact."""
    claim = ("After a visit to Madrid, Interior Minister Tomas Velt was in Lisbon for a two-day official visit, "
             "the first since 2015.")
    loose = ("This concern was shared by the Portuguese minister at a press conference with Velt during this "
             "official visit.")
    close = "Interior Minister Tomas Velt arrived in Lisbon on Monday for a two-day official visit, the first since 2015."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [loose, *rest[::-1]])])
    assert not any(a.corroborated and "Lisbon" in a.text for a in apart)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [close, *rest[::-1]])])
    assert any(a.corroborated and "Lisbon" in a.text for a in alike)


def test_a_sentence_naming_another_place_backs_no_claim():
    """"Oyelaran claimed a victory in the Suffolk primary" shares the
    people and the victory with a win in Norfolk, not the place: another
    contest (a narrow win had been given as reported by two sources)."""
    claim = "Ana Ruiz won a narrow victory over Tom Oyelaran in Norfolk on Tuesday night."
    other = "Tom Oyelaran had claimed a victory over Ana Ruiz in the Suffolk primary on Tuesday night."
    same = "Ana Ruiz won a narrow victory over Tom Oyelaran in Norfolk, officials said on Tuesday night."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [other, *rest[::-1]])])
    assert not any(a.corroborated and "Norfolk" in a.text for a in apart)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [same, *rest[::-1]])])
    assert any(a.corroborated and "Norfolk" in a.text for a in alike)
    assert not agreements.backs("Ana Ruiz won a narrow victory over Tom Oyelaran in Norfolk", other)
    assert agreements.backs("Ana Ruiz won a narrow victory over Tom Oyelaran in Norfolk", same)


def test_a_sentence_crediting_a_publications_report_backs_no_claim():
    """"In March, The Coastal Herald wrote about ..." repeats the Herald's
    report, which may be the claim's own article: a paper citing its own
    earlier story had been counted a second source."""
    claim = "The harbour board fined the ferry company for late sailings on the northern route."
    relayed = ("In March, The Coastal Herald wrote about the ferry company that the harbour board fined for late "
               "sailings on the northern route.")
    told = "The harbour board fined the ferry company for late sailings on the northern route, officials said."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [relayed, *rest[::-1]])])
    assert not any(a.corroborated and "fined" in a.text for a in apart)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [told, *rest[::-1]])])
    assert any(a.corroborated and "fined" in a.text for a in alike)
    assert agreements.relays_report("The board fined the company, the Coastal Herald reported in March.")


def test_a_sentence_written_days_before_backs_only_what_was_already_done():
    """A poll a fortnight before a vote ("Polls show Lotti ahead in the
    race ...") does not back the result ("Lotti won the seat ..."), nor the
    result the poll, however many words they share; an earlier report of
    the win does, and so does the poll from the same week."""
    from dataclasses import replace

    def written(article: str, day: str, sentences: list[str]):
        found = digest_of(article, sentences)
        return replace(found, article=replace(found.article, published=day))

    claim = "Maria Lotti won the regional council seat in Tarvisio, which she governed for six years as mayor."
    poll = ("Polls show Maria Lotti ahead in the race for the regional council seat in Tarvisio, which she governed "
            "for six years as mayor.")
    won = "Maria Lotti won the regional council seat in Tarvisio, which she governed for six years as mayor, officials said."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    later = written("a", "2021-05-20", [claim, *rest])
    apart = agreements.find_agreements([later, written("b", "2021-05-03", [poll, *rest[::-1]])])
    assert not any(a.corroborated and "Lotti" in a.text for a in apart)
    alike = agreements.find_agreements([later, written("b", "2021-05-03", [won, *rest[::-1]])])
    assert any(a.corroborated and "Lotti" in a.text for a in alike)
    same_week = agreements.find_agreements([later, written("b", "2021-05-19", [poll, *rest[::-1]])])
    assert any(a.corroborated and "Lotti" in a.text for a in same_week)


def test_a_sentence_on_another_group_of_people_backs_no_claim():
    """"Most Swedish farmers also said ..." shares every word of "Most Danish
    farmers said ..." but who said it: an exit poll of one party's voters
    had backed the same finding among the other party's."""
    claim = "Most Danish farmers said the new subsidy rules were unfair to small holdings, according to a survey."
    other = "Most Swedish farmers also said the new subsidy rules were unfair to small holdings."
    same = "Most Danish farmers said the new subsidy rules were unfair to small holdings, a survey found."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [other, *rest[::-1]])])
    assert not any(a.corroborated and "farmers" in a.text for a in apart)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [same, *rest[::-1]])])
    assert any(a.corroborated and "farmers" in a.text for a in alike)
    assert not agreements.backs("Most Danish farmers said the new subsidy rules were unfair", other)


def test_sentences_sharing_only_one_persons_name_and_title_back_no_claim():
    """"Karl Brenner, the Liberal presidential candidate, has said ..." shares
    with a claim that Brenner mocked "the former Liberal presidential
    nominee" his name and the words of a title, nothing that happened:
    a call for a car tax had been the second source of the mockery."""
    claim = "On Monday, Karl Brenner mocked former Liberal presidential nominee Anna Vossberg as a tired candidate."
    other = "Karl Brenner, the Liberal presidential candidate, has said there should be a new tax on imported cars."
    same = "Karl Brenner mocked Anna Vossberg, the former Liberal presidential nominee, as a tired candidate on Monday."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    assert not agreements.backs(claim, other) and not agreements.backs(other, claim)
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [other, *rest[::-1]])])
    assert not any(a.corroborated and "Brenner" in a.text for a in apart)
    assert agreements.backs(claim, same)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [same, *rest[::-1]])])
    assert any(a.corroborated and "Brenner" in a.text for a in alike)


def test_sentences_sharing_a_persons_name_and_one_noun_back_no_claim():
    """A person's name and title and one noun more ("his city" / "the
    city") share who, not what is said: that Brenner called his city
    hooked on debt is not backed by his saying the city would build a port."""
    claim = "Opening the session, Mayor Karl Brenner described his city as being hooked on debt."
    other = "Karl Brenner, the mayor, said on Tuesday that the city was building a new port for larger ships."
    same = "Mayor Karl Brenner said on Tuesday that his city was hooked on debt."
    assert not agreements.backs(claim, other) and not agreements.backs(other, claim)
    assert agreements.backs(claim, same)


def test_sentences_sharing_two_peoples_names_and_one_noun_back_no_claim():
    """Two people named alike and one noun ("seat") are who, not what: that
    President Ito named Judge Lund to the seat is not backed by the senate
    refusing to hear Ito's choice for it.  A list of three people or more
    named alike is the fact shared: who is in the race."""
    claim = "President Sami Ito had named Judge Vera Lund to fill the empty seat a year before the vote."
    other = "Last year, the senate refused to hear President Sami Ito's choice for the seat, Judge Vera Lund."
    same = "A year before the vote, President Sami Ito named Judge Vera Lund to the empty seat."
    assert not agreements.backs(claim, other) and not agreements.backs(other, claim)
    assert agreements.backs(claim, same)
    # The verb both tell them by is what happened: the same act.
    assert agreements.backs("President Sami Ito formally endorsed Vera Lund for the court on Thursday",
                            "Shortly after their talks, Mr. Ito endorsed Judge Lund in a video.")
    race = "The criticism drew challenges for the post from Tomas Brenner, Ilse Marmot and Pia Kovac."
    roster = "Tomas Brenner, Ilse Marmot and Pia Kovac have all been named as possible challengers for the post."
    assert agreements.backs(race, roster)


def test_a_sentence_backing_only_the_clause_that_opens_a_claim_backs_no_claim():
    """A claim that opens on what its news follows ("With her party in
    disarray after a speech copied from one Tom Oyelaran gave, ...")
    reports its main clause: a sentence on Oyelaran's speech does not back
    the nomination (two sources had been said to report it)."""
    claim = ("With her party in disarray after a convention speech copied in part from one given by Tom Oyelaran, "
             "Ana Ruiz formally claimed the nomination on Thursday.")
    speech = "There were clear likenesses between her words and a convention speech given by Tom Oyelaran in 2010."
    same = "Ana Ruiz formally claimed the nomination on Thursday, a week after her convention speech."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    assert not agreements.backs(claim, speech)
    apart = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [speech, *rest[::-1]])])
    assert not any(a.corroborated and "Ruiz" in a.text for a in apart)
    assert agreements.backs(claim, same)
    alike = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [same, *rest[::-1]])])
    assert any(a.corroborated and "Ruiz" in a.text for a in alike)


def test_a_sentence_on_the_same_subject_with_another_predicate_backs_nothing():
    """"The crates shipped to Vell were sent from a false address" shares
    the claim's subject, not what it says of it ("belonged to the missing
    cargo"); nor does a name's other alias back a claim that someone is a
    resident.  The same predicate in other words of one stem still backs."""
    claim = "Police say the crates shipped to Vell belonged to the missing cargo."
    assert not agreements.backs(claim, "The crates shipped to Vell were sent from a false address, police said.")
    assert agreements.backs(claim, "The crates shipped to Vell belonged to the missing cargo, police confirmed.")
    resident = "Ivo Rask, also known as Ivo Brand Tellen, is a Vell resident who rented the barn."
    assert not agreements.backs(resident, "Rask is also known as Ivo Brand Tellen and as Oskar Lint.")
    assert agreements.backs("The harbour board called the audit inaccurate and unfair to the port workers.",
                            "The audit was not accurate and was unfair to port workers, the harbour board said.")


def test_a_sentence_sharing_only_what_a_claim_says_in_passing_backs_nothing():
    """Words a claim says in a clause set into it (a participle or
    relative clause on something it names, an adverbial clause) are not
    what it reports: a sentence on the bill being signed backs neither a
    councillor's stand against the bill nor the mayor's surprise at the
    reactions to it.  A sentence telling the main clause still backs it."""
    stand = ("Councillor Ida Wern took a firm stand against the Harbour Fees Act, signed into law by "
             "Mayor Tom Brask at a quiet ceremony last week.")
    surprise = ("The mayor told reporters on Friday that she was surprised by angry reactions to the "
                "Harbour Fees Act, which she signed into law on Monday.")
    signing = ("Mayor Tom Brask and the council have defended the Harbour Fees Act ever since the mayor "
               "signed it into law on Monday.")
    assert not agreements.backs(stand, signing) and not agreements.backs(surprise, signing)
    assert agreements.backs(stand, "Ida Wern, a councillor, took a firm stand against the Harbour Fees Act on Friday.")


def test_a_sentence_telling_a_claims_words_only_in_passing_backs_it_only_on_the_claims_own_act():
    """A sentence that names the claim's town only in an adverbial clause
    ("as he toured the town") does not tell that the region watches the
    town; one telling the claim's own act in such a clause ("after a
    gunman opened fire on the crew") still backs it, as does one telling
    several words of its predicate there."""
    eyes = "Mayor Tom Brask said on Monday that the eyes of the whole region are on this small harbour town."
    toured = ("Mayor Tom Brask said on Monday that he understood the anger of sailors as he toured the town, "
              "where a ferry sank last week.")
    assert not agreements.backs(eyes, toured)
    shooting = "A gunman opened fire on the ferry crew at the harbour on Monday, wounding two sailors."
    after = "The captain remained in hospital on Tuesday after a gunman opened fire on the ferry crew at the harbour."
    assert agreements.backs(shooting, after)
    assert agreements.backs(eyes, "Mayor Tom Brask said on Monday, as all eyes of the region turned to this small "
                                  "harbour town, that he understood the anger.")


def test_a_remark_credited_to_another_speaker_backs_no_claim():
    """The same words quoted from a report in one source and from a named
    man in another are two voices, not one remark told twice; one person
    named in full and by surname, or by a role, is one voice."""
    report = "“The ferry fares punish the island families most of all,” says the report, which the council ordered."
    lund = "“I fear these ferry fares punish the island families most of all,” said Ivo Lund."
    assert not agreements.backs(report, lund) and not agreements.backs(lund, report)
    ruiz = "“The ferry fares punish the island families most of all,” said Ana Ruiz, the mayor."
    assert not agreements.backs(ruiz, lund)
    assert agreements.backs(ruiz, "“The ferry fares punish the island families most of all,” Ruiz told reporters.")
    assert agreements.backs(ruiz, "“The ferry fares punish the island families most of all,” the mayor said.")
    # A name saying something inside the quoted words is not whose they are.
    assert agreements.same_speaker("“Lund says the ferry fares are fair? Hardly,” said Ana Ruiz.",
                                   "“The ferry fares are hardly fair,” Ruiz said on Monday.")


def test_a_sentence_naming_a_publication_as_its_words_source_relays_its_report():
    """"Ruiz told the Valley Gazette: ..." and "..., according to the
    Evening Post" retell a paper's report (an aggregator passing on an
    interview had made it a second source); a company or a council named
    so is no publication."""
    assert agreements.relays_report('Mayor Ana Ruiz told the Valley Gazette: "We will rebuild the pier."')
    assert agreements.relays_report("The pier will be rebuilt next spring, according to the Evening Post.")
    assert agreements.relays_report("Ruiz said in an interview with the Lakeside Journal that the pier would reopen.")
    assert not agreements.relays_report("The pier will be rebuilt next spring, according to Harbour Builders.")
    assert not agreements.relays_report("An aide told the city council that the pier would reopen.")
    assert not agreements.relays_report("Ruiz told reporters that the pier would reopen.")
    assert not agreements.relays_report("Ruiz accused the Valley Gazette of bias in its pier coverage.")
    assert not agreements.relays_report("“Now, according to the Evening Post, he has changed his mind,” Ruiz said.")
    assert not agreements.relays_report("Ruiz said: “I read that, according to the Evening Post, he has changed his mind.")


def test_an_account_the_next_sentence_credits_to_a_publication_backs_nothing():
    """"Ruiz said she found the letters ..." followed by "“...,” she said,
    according to the Valley Gazette" retells the Gazette's interview: the
    Gazette's own article telling it is no second source."""
    claim = "Ana Ruiz said she found the old letters in a locked trunk while clearing out her late uncle's attic."
    credit = "\u201cThey were under a pile of coats,\u201d she said, according to the Valley Gazette."
    told = "Ana Ruiz found the old letters in a locked trunk while she was clearing out her late uncle's attic."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    relayed = agreements.find_agreements([digest_of("a", [claim, credit, *rest]), digest_of("b", [told, *rest[::-1]])])
    assert not any(a.corroborated and "letters" in a.text for a in relayed)
    own = agreements.find_agreements([digest_of("a", [claim, *rest, credit]), digest_of("b", [told, *rest[::-1]])])
    assert any(a.corroborated and "letters" in a.text for a in own)


def test_a_claim_the_parse_heads_with_a_noun_is_backed_on_its_finite_verbs_only():
    """A claim parsed with a noun at its head (a misparse: its subject is
    unknown) is told by its finite verbs: a sentence sharing only the words
    of its relative clause does not back it."""
    claim = ("(The old map of the harbour that got the ferry club's licence revoked in April, now a poster in the "
             "office of Ana Ruiz.)")
    part = "The ferry club's licence was revoked in April after the club printed the old map of the harbour."
    whole = ("The old map of the harbour that got the ferry club's licence revoked in April is now a poster in the "
             "office of Ana Ruiz.")
    assert agreements._nominal(claim)
    assert not agreements.backs(claim, part)
    assert agreements.backs(claim, whole)


def test_a_claim_whose_said_words_are_cut_short_is_still_headed_by_its_verb():
    """"Ruiz told reporters that failure to pass…" (page one's cut clause)
    is headed by "told": the shared words after it still back it."""
    clause = "Ana Ruiz, the outgoing harbour master, just told a group of reporters that failure to pass…"
    assert not agreements._nominal(clause)
    assert agreements.backs(clause, "Outgoing harbour master Ana Ruiz warned Wednesday that failure to pass the "
                                    "budget would close the port.")


def test_sentences_whose_main_clauses_tell_one_event_agree_whatever_their_asides():
    claim = ("The Norland council passed a plan last week letting harbour owners who cite old fishing rights "
             "close the northern quay to visiting yachts.")
    backer = "The city council passed the plan, known as the Quay Order, last week."
    assert agreements.same_clause(claim, backer)
    assert not agreements.same_clause(claim, "The city council rejected the plan last week.")
    assert not agreements.same_clause(claim, "The port board passed the plan last week.")
    assert not agreements.same_clause(claim, "The city council passed a budget last week.")
    found = agreements.find_agreements([
        digest_of("a", [claim, "Yacht owners said they would take the council to court over the quay.",
                        "The harbour has welcomed visiting boats for a century."]),
        digest_of("b", [backer, "Fishermen welcomed the vote at a meeting on the quay.",
                        "The northern quay holds forty berths."])])
    assert any(a.corroborated and {s.article for s in a.sources} == {"a", "b"} for a in found)


def test_a_sentence_telling_the_event_in_another_mode_backs_no_claim():
    """"Tenants will now be allowed to keep pets" is not backed by a
    sentence that denies it ("will not be able to keep pets") nor by one
    that requires something of the same words ("will have to keep ...")."""
    claim = "Tenants of council flats will now be allowed to keep small pets in their homes, the housing board said."
    denied = "Tenants of council flats will not be able to keep small pets in their homes, the housing board said."
    required = "Tenants of council flats will have to keep small pets in cages in their homes, the housing board said."
    alike = "Tenants of council flats may now keep small pets in their homes, the housing board said on Monday."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]

    def backed(other):
        found = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [other, *rest[::-1]])])
        return any(a.corroborated and "pets" in a.text for a in found)

    assert not backed(denied) and not backed(required)
    assert backed(alike)
    assert not agreements.same_mode("Ada Kell won the seat.", "Ada Kell never won the seat.")


def test_a_remark_is_matched_by_its_words_whatever_the_mode_of_its_framing():
    """"“We cannot pay for the pier,” the mayor said" backs a claim that
    frames the same words ("The letter goes on: “... We cannot pay for
    the pier.”"): a quotation's words, not its framing, say what it says."""
    assert agreements.same_mode("The letter goes on: “The town is short of money. We cannot pay for the pier.”",
                                "“We cannot pay for the pier,” the mayor wrote.")
    assert agreements.same_mode("“The new rule does not punish anyone,” Ruiz said.",
                                "“It is not the aim of the rule to punish anyone,” Ruiz said.")


def test_a_preview_of_an_event_backs_no_account_of_it_done():
    """"The harbour board is set to vote on the ferry levy" shares the
    words of "The harbour board voted on the ferry levy", undated or
    not: a preview says the vote was to come, not that it was held.  Two
    previews back each other, and so do two accounts."""
    done = "The harbour board voted on Tuesday to raise the ferry levy for the northern islands."
    ahead = "The harbour board is set to vote on Tuesday to raise the ferry levy for the northern islands."
    also_done = "The harbour board has voted on Tuesday to raise the ferry levy for the northern islands."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]

    def backed(other):
        found = agreements.find_agreements([digest_of("a", [done, *rest]), digest_of("b", [other, *rest[::-1]])])
        return any(a.corroborated and "levy" in a.text for a in found)

    assert not backed(ahead) and backed(also_done)
    assert not agreements.same_mode("The board is expected to approve the levy.", "The board approved the levy.")
    assert not agreements.same_mode("The council will close the pier.", "The council closed the pier.")
    assert agreements.same_mode("The council will close the pier.", "The council plans to close the pier.")
    assert agreements.same_mode("The board set the levy at ten pounds.", "The board has set the levy at ten pounds.")
    assert agreements.same_mode("Ruiz said the new levy will hurt the islands.", "Ruiz criticised the new levy.")


def test_an_act_a_speaker_says_is_to_come_is_no_account_of_it_done():
    """"Ruiz announced she intends to sign the order" foresees the signing:
    it does not back "Ruiz signed the order", though the announcing is
    done; an announcement told either way still backs itself."""
    assert not agreements.same_mode("Mayor Ana Ruiz announced on Monday that she intends to sign the harbour order.",
                                    "Mayor Ana Ruiz signed the harbour order on Monday.")
    assert not agreements.same_mode("Mayor Ana Ruiz signed the harbour order on Monday.",
                                    "Mayor Ana Ruiz said she will sign the harbour order.")
    assert agreements.same_mode("Mayor Ana Ruiz announced she will run for governor.",
                                "Mayor Ana Ruiz announced her run for governor on Monday.")
    assert agreements.same_mode("Mayor Ana Ruiz said she plans to sign the harbour order.",
                                "Ruiz has said she will sign the harbour order.")


def test_the_publication_a_sentence_credits_is_named_only_when_it_is_one():
    """"..., a clerk told the Valley Gazette" credits the Valley Gazette;
    "The council wrote ..." credits no publication, though its sentence
    is matched with none as one that may retell a report."""
    assert agreements.credited_publication("The board fined the firm, a clerk told the Valley Gazette.") \
        == "Valley Gazette"
    assert agreements.credited_publication("The Coastal Herald reported that the board fined the firm.") \
        == "Coastal Herald"
    assert agreements.credited_publication("The board fined the firm on Monday.") == ""
    council = "The Harbour Council wrote that the board fined the firm."
    assert agreements.relays_report(council) and agreements.credited_publication(council) == ""


def test_a_sentence_without_a_count_the_claim_gives_does_not_back_it():
    """"... the ferry pass for riders 65 years of age or older" is not
    backed by a sentence that gives no age: the two sources would vouch
    for an age only one gives.  The plainer sentence is backed by the
    fuller one instead, and "a dozen" is 12."""
    counted = "The harbour board approved the new ferry pass on Monday for riders 65 years of age or older."
    plain = "The harbour board approved the new ferry pass on Monday after a long and bitter debate."
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    found = agreements.find_agreements([digest_of("a", [counted, *rest]), digest_of("b", [plain, *rest[::-1]])])
    assert not any(a.corroborated and "65 years" in a.text for a in found)
    assert any(a.corroborated and a.text == plain for a in found)
    assert agreements.states_counts("The board fined 12 ferry captains.", "The board fined a dozen captains.")
    assert agreements.states_counts("The board met on May 12, 2021.", "The board met.")


def test_a_quotation_is_backed_only_by_a_sentence_holding_all_its_words():
    """A remark quoted at more length, or in other words, than another
    outlet prints is not backed by that outlet: the words shown would be
    credited to it.  The same excerpt, or a longer one, backs it."""
    long = "“The harbour fund will cover the repairs and I thank the council for that,” Ruiz said on the radio."
    short = "“The harbour fund will cover the repairs,” Ruiz said on Monday."
    other = "“The harbour fund will pay for the works and I thank the council for that,” Ruiz is heard saying."
    assert not agreements.same_remark(long, short)
    assert agreements.same_remark(short, long)
    assert not agreements.same_remark(other, long)
    assert agreements.same_remark("The council met on Monday and approved the harbour fund.",
                                  "The harbour fund was approved.")
    assert not agreements.backs(long, short) and agreements.backs(short, long)
    assert agreements.same_remark("“Raise the harbour defence budget,” Ruiz said.",
                                  "“Raise the harbour defense budget,” the mayor said.")  # a spelling apart
    assert agreements.same_remark("“The F.B.I. never called me,” Ruiz said.", "“The FBI never called me,” she said.")
    # A short remark set off before a long speaker's title is still a quotation:
    # a sentence on something else the speaker said backs none of its words.
    brief = "“The boat and the crew were lost together,” Tollen harbour police Insp. Ada Lund told reporters."
    assert not agreements.same_remark(brief, "Tollen harbour police Insp. Ada Lund said she would not discuss the boat.")
    assert agreements.same_remark(brief, "“The boat and the crew were lost together,” Insp. Lund confirmed.")
    assert agreements.same_remark("“Slow,” she said, as the Tollen harbour police inspector kept reading the report "
                                  "of the lost boat and crew aloud.", "The inspector read the report.")  # no speaker alone after it
    assert agreements.same_remark("Ruiz was “asked by senior council officials to sign the levy” last spring.",
                                  "A senior council official asked Ruiz to back the levy.")  # a phrase quoted


def test_an_aside_crediting_a_publication_relays_its_report():
    """"..., as the Valley Gazette reported" and "as VGN notes" pass on a
    publication's report; "as Ruiz noted" credits a person."""
    assert agreements.relays_report("The harbour will close in May, as the Valley Gazette reported last week.")
    assert agreements.relays_report("Ruiz has long backed the pier, and, as VGN notes, her ward is mostly coastal.")
    assert agreements.credited_publication("As VGN notes, the pier is old.") == "VGN"
    assert not agreements.relays_report("As Ruiz noted, the pier is old.")
    assert not agreements.relays_report("The harbour will close in May, as the council expected.")


def test_a_claim_naming_its_own_reporter_takes_no_publication_from_the_next_sentence():
    """"NewsHub reported ..." credits NewsHub (no word of the press names it
    a paper); the Valley Gazette the next sentence credits is another
    report's, not this claim's."""
    from tests.helpers import digest_of

    claim = "NewsHub reported over the weekend that the mayor would not run again."
    after = "“He is tired of the job,” an aide said, according to the Valley Gazette."
    (digest,) = [digest_of("a", [claim, after])]
    found = [Agreement(text=claim, sources=(digest.sentences[0].source,), corroborated=False)]
    assert agreements.relayed_claims(found, [digest]) == []
    said = "The mayor said she would not run again."
    (told,) = [digest_of("b", [said, after])]
    assert agreements.relayed_claims([Agreement(text=said, sources=(told.sentences[0].source,), corroborated=False)],
                                     [told]) == [("b", "Valley Gazette")]


def test_a_sentence_leaving_a_question_open_backs_no_claim_that_settles_it():
    """"will announce whether she will run" tells only that an answer is to
    come: it backs no claim of what she will announce; an open question
    backs the same open question, and a condition ("if ...") opens none."""
    settled = "The mayor is expected to announce that she will not run for a third term."
    open_ = "The mayor is expected to announce a decision about whether to run for a third term."
    assert not agreements.same_question(settled, open_) and not agreements.same_question(open_, settled)
    assert agreements.same_question(open_, "The mayor will announce on Friday whether she will run again.")
    assert agreements.same_question(settled, "The mayor will announce that she will not run if the port closes.")


REMARK = ("\"We will rebuild every house and every bridge the river took from this valley,\" Governor Tom Hale said "
          "during a visit to the flooded town of Aldbury, where the school became a shelter.")


def test_one_remark_two_outlets_print_backs_the_claim_that_quotes_it():
    """The second outlet prints the governor's words as the last sentence of
    a longer quotation, with no speaker of its own and none of the first's
    framing: the same words of the same voice, told by both."""
    first = digest_of("a", [REMARK, "Hundreds of families slept in the school gym for a third night."])
    second = digest_of("b", ["The governor spoke to families at the shelter on Monday afternoon.",
                             "“It is a hard day for all of us. We will rebuild every house and every bridge the "
                             "river took from this valley.”"])
    (claim,) = [a for a in agreements.find_agreements([first, second]) if a.text == REMARK]
    assert claim.corroborated and [s.article for s in claim.sources] == ["a", "b"]


def test_a_remark_another_voice_speaks_or_a_paper_relays_backs_nothing():
    first = digest_of("a", [REMARK, "Hundreds of families slept in the school gym for a third night."])
    for other in ("“We will rebuild every house and every bridge the river took from this valley,” Mayor Ana Ruiz "
                  "said.",
                  "“We will rebuild every house and every bridge the river took from this valley,” the governor "
                  "told the Valley Gazette."):
        second = digest_of("b", ["The governor spoke to families at the shelter on Monday afternoon.", other])
        (claim,) = [a for a in agreements.find_agreements([first, second]) if a.text == REMARK]
        assert not claim.corroborated


def test_a_sentence_telling_of_another_object_of_the_verb_backs_no_claim():
    """"The mayor released a letter from her lawyer, along with five years
    of bank statements" is not backed by a sentence telling she released
    the statements only: the second leaves out what the claim tells first."""
    claim = ("Mayor Ilse Varga on Tuesday released a letter from her lawyer clearing her of any wrongdoing, "
             "along with five years of bank statements.")
    part = "Mayor Ilse Varga on Tuesday released five years of bank statements showing modest savings."
    assert not agreements.same_object(claim, part)
    assert agreements.same_object(claim, "On Tuesday Varga released a lawyer's letter and her bank statements.")
    assert agreements.same_object(claim, "The statements were released on Tuesday.")  # no object: nothing said
    # The first thing named is what is told of; a thing joined to it is not.
    assert not agreements.same_object("The board sold the ferry as well as two tugboats.",
                                      "The board sold two tugboats.")
    # One act may be told of one thing in other words: another verb says nothing.
    assert agreements.same_object("The governor picked a former press secretary for the seat.",
                                  "The governor appointed Tomas Reyes, her longtime aide, to the seat.")
    assert agreements.same_object("The singer changed her Twitter name to “Lola (Storm) Reyes”.",
                                  "She changed her middle name on Twitter to “Storm”.")
    rest = ["The harbour opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    found = agreements.find_agreements([digest_of("a", [claim, *rest]), digest_of("b", [part, *rest[::-1]])])
    assert not any(a.corroborated and "letter" in a.text for a in found)


def test_a_sentence_backing_a_claim_is_not_listed_again_as_told_by_one_source():
    """A longer remark one outlet prints backs the shorter excerpt another
    quotes, though the excerpt does not back it: listed once more as a
    claim of one source, it would be counted against itself."""
    long = ("“The harbour fund will cover the repairs to the north pier and I thank the council for that,” "
            "Mayor Ruiz said on the radio.")
    short = "“The harbour fund will cover the repairs to the north pier,” Mayor Ruiz said on Monday."
    found = agreements.find_agreements([
        digest_of("a", [long, "The council voted the harbour fund in March to thank the town for its patience.",
                        "Ruiz said the council would meet on the radio again."]),
        digest_of("b", [short, "The council thanked the town for its patience on the radio.",
                        "Ruiz spoke at the town hall."])])
    backing = {s for a in found for s in a.sources[1:]}
    assert any(a.corroborated and "north pier" in a.text for a in found)
    assert not any(not a.corroborated and a.sources[0] in backing for a in found)


def test_a_guess_at_an_act_backs_no_account_of_it():
    """"Ruiz has long said it was likely that she would be fined" shares
    the words of "Ruiz was jailed on Monday after being fined", but it
    tells a guess, not the fine: no backing.  Two guesses back each other,
    and one verb told alike is enough."""
    assert not agreements.same_certainty(
        "Dana Ruiz was jailed on Monday after being fined by the harbour court for the oil spill at Kell Bay.",
        "Ruiz has long said it was “likely” that she would be fined by the harbour court for the oil spill.")
    assert agreements.same_certainty("Ruiz said she would be fined for the spill.",
                                     "Ruiz has warned that she could be fined for the spill.")
    assert agreements.same_certainty("Ruiz signed the order, which would close the pier.",
                                     "Ruiz signed the order that closes the pier.")
    assert agreements.same_certainty("Ruiz said she will sign the order.", "Ruiz said she would sign the order.")


def test_the_frame_of_a_reported_remark_is_not_its_news():
    """"In a letter to the port's lawyer, Ruiz said the board will look
    only at the harbour accounts" reports what the board will look at: a
    sentence telling only that the letter went to the lawyer shares the
    frame, not the news, and does not back it."""
    claim = ("In a letter to the port’s lawyer, Mayor Dana Ruiz said the board has no interest in private papers "
             "and will look only at the harbour accounts for 2019.")
    frame = "Mayor Dana Ruiz of Kell Bay sent the letter on Monday to the port’s lawyer."
    assert "letter" not in agreements.news_words(claim) and "lawyer" not in agreements.news_words(claim)
    assert "accounts" in agreements.news_words(claim)
    assert not agreements.backs(claim, frame)
    assert agreements.backs(claim, "Ruiz said the board would look only at the harbour accounts, not private papers.")


def test_a_letter_written_to_someone_relays_no_report():
    """"“...,” Lund wrote to Ana Ruiz on Tuesday" and "Lund also wrote in
    the letter" give the writer's own words, even where the tagger takes
    "Lund" for an organization; "The Herald reports Ruiz said so" and
    "..., the Coastal Herald wrote" still credit a publication."""
    assert not agreements.relays_report(
        "“The harbour board has no choice but to ask the port to open its accounts,” Lund wrote to Ana Ruiz on "
        "Tuesday.")
    assert not agreements.relays_report("“The board must see every ledger,” Lund also wrote in the letter.")
    assert agreements.relays_report("The Coastal Herald wrote that the board fined the ferry firm.")
    assert agreements.relays_report("The Valley Gazette reports Ana Ruiz first spoke of the levy on Friday.")


def test_a_sentence_telling_only_one_of_two_joined_clauses_backs_no_claim():
    """"The governor said she is close to choosing a harbour chief, and her
    favourite is Ilse Varga" is not backed by a sentence telling only that
    she is close to choosing: the source list would vouch for a favourite
    the second article never names."""
    claim = ("Governor Tomas Reyes said Monday she is close to choosing a new harbour chief, "
             "and her favourite is the former port engineer Ilse Varga.")
    part = "Governor Tomas Reyes is close to choosing a new harbour chief, she told reporters Monday."
    assert not agreements.tells_each_clause(claim, part)
    assert agreements.tells_each_clause(claim, "Reyes said she is close to choosing a harbour chief and "
                                               "that Varga is her favourite.")
    # One clause: nothing more to tell.
    assert agreements.tells_each_clause("Governor Reyes is close to choosing a new harbour chief.", part)
    # A clause joined below the main one is a detail of it, not a second report.
    assert agreements.tells_each_clause(
        "The board asked the mayor to hand over the ledgers to an auditor to decide which were paid and "
        "which were owed.", "The board asked the mayor to hand over the ledgers to an auditor.")


def test_a_sentence_telling_only_the_main_event_backs_no_claim_of_a_second_set_beside_it():
    """"The guild and the mill owners met in Fenmouth on Friday as a senior
    weaver urged her colleagues to accept the wage offer" tells two
    events; a sentence telling only of the meeting does not vouch for the
    weaver's appeal."""
    claim = ("The guild and the mill owners met in Fenmouth on Friday as a senior weaver urged her colleagues "
             "to accept the wage offer.")
    meeting = "The guild and the mill owners met on Friday afternoon in Fenmouth, their first meeting since May."
    assert not agreements.tells_each_clause(claim, meeting)
    assert agreements.tells_each_clause(claim, "Weavers were urged to accept the wage offer as the guild met the "
                                               "mill owners in Fenmouth.")
    # A clause set before the main one frames it; one of reason qualifies it.
    assert agreements.tells_each_clause("As the weavers waited, the guild and the mill owners met in Fenmouth.",
                                        meeting)
    assert agreements.tells_each_clause("The guild and the mill owners met in Fenmouth because the looms had "
                                        "stopped.", meeting)


def test_a_word_of_the_event_counts_in_any_of_its_forms():
    """"He'll run" and "he is running" tell one act: a sentence sharing the
    act only in another form of its verb backs the claim, as one sharing
    its very word does."""
    claim = ("Tomas Reyes, the ferry captain who became mayor of Lund, announced Tuesday he'll run for the "
             "provincial nomination.")
    other = ("Former Lund Mayor Tomas Reyes announced Tuesday he is running for governor, promising cheaper "
             "ferries and more berths.")
    assert agreements.backs(claim, other)
    # Another act, however alike the rest, still backs nothing.
    assert not agreements.backs(claim, "Former Lund Mayor Tomas Reyes announced Tuesday he is retiring, "
                                       "promising to sail more often.")


def test_a_claim_an_earlier_claim_backs_is_not_listed_again():
    """One spokesman's remark, quoted by one outlet and quoted and retold by
    another, is one fact: listed twice, each with both sources, it would be
    counted as two corroborated claims."""
    first = digest_of("a", ["“The harbour accounts for last year are not accurate,” said the spokesman, Olek Brandt.",
                            "The ferry company wants a new berth by the autumn.",
                            "Fishermen protested outside the town hall on Friday."])
    second = digest_of("b", ["“The harbour accounts for last year are not accurate,” Olek Brandt said on Monday.",
                             "Olek Brandt, the board's spokesman, said on Monday that the harbour accounts for last "
                             "year were not accurate.",
                             "The mayor will meet the fishermen next week."])
    found = agreements.find_agreements([first, second])
    told = [a for a in found if "accounts" in a.text]
    assert len(told) == 1 and told[0].corroborated and {s.article for s in told[0].sources} == {"a", "b"}


def test_a_fact_told_as_a_remark_and_in_a_writers_words_is_listed_in_the_writers():
    """The remark one outlet quotes and another tells in its own words is
    one claim, listed in the writer's words (page one reports facts, not
    remarks), citing both outlets."""
    first = digest_of("a", ["“The harbour accounts for last year are not accurate,” said the spokesman, Olek Brandt.",
                            "The ferry company wants a new berth by the autumn.",
                            "Fishermen protested outside the town hall on Friday."])
    second = digest_of("b", ["Olek Brandt, a spokesman for the board, said its accounts for last year were not "
                             "accurate, in a statement on Monday.",
                             "“The harbour accounts for last year are not accurate,” Brandt said in the statement.",
                             "The mayor will meet the fishermen next week."])
    told = [a for a in agreements.find_agreements([first, second]) if "accounts" in a.text]
    assert len(told) == 1 and told[0].text.startswith("Olek Brandt, a spokesman")
    assert {s.article for s in told[0].sources} == {"a", "b"}


def test_words_told_to_the_articles_own_outlet_are_first_hand():
    """"Ruiz told the Valley Gazette" in the Gazette's own story is its own
    interview: it is matched like any claim, not set aside as another
    publication's report retold."""
    said = "Mayor Ana Ruiz told the Valley Gazette on Monday that the north pier will close for repairs in May."
    assert agreements.own_outlet("Associated Press", "AP") and agreements.own_outlet("the Valley Gazette",
                                                                                       "Valley Gazette")
    assert not agreements.own_outlet("Valley Gazette", "Harbour Post")
    # A paper calls itself by its last word: "told the Gazette".
    assert agreements.own_outlet("Gazette", "The Valley Gazette")
    assert not agreements.own_outlet("Gazette", "The Harbour Post")
    rest = ["The harbour board met on Tuesday.", "Fishermen protested outside the town hall."]
    first = digest_of("a", [said, *rest])
    first = replace(first, article=replace(first.article, outlet="Valley Gazette"))
    second = digest_of("b", ["Mayor Ana Ruiz said on Monday that the north pier will close for repairs in May.",
                             "Ferry fares will rise in the spring."])
    found = agreements.find_agreements([first, second])
    assert any(a.corroborated and {s.article for s in a.sources} == {"a", "b"} for a in found)
    assert agreements.relayed_claims(found, [first, second]) == []


def test_a_report_quoting_what_the_researchers_write_does_not_back_their_paper():
    own = "The survey shows that river otters, like many other mammals, shift their diets with the seasons in cold lakes."
    quoting = ("“The survey shows that river otters, like many other mammals, shift their diets with the seasons in cold "
               "lakes,” the researchers write.")
    said = ("“The survey shows that river otters, like many other mammals, shift their diets with the seasons in cold "
            "lakes,” Dr. Ines Varga said on Monday.")
    assert agreements.quotes_the_writing(own, quoting) and agreements.quotes_the_writing(quoting, own)
    assert not agreements.quotes_the_writing(own, said)
    rest = ["The lake froze early this year.", "Anglers reported fewer trout near the dam."]
    found = agreements.find_agreements([digest_of("a", [own, *rest]), digest_of("b", [quoting, *rest[::-1]])])
    assert not any(a.corroborated and "otters" in a.text for a in found)


def test_two_sources_giving_one_figure_of_one_thing_in_other_words_agree():
    shipped = ("The Velmar port authority reported that 2.4 million tonnes of grain were exported through its docks, "
               "a record for the region.")
    climbed = ("Grain exports climbed to 2.4 million tonnes as farmers across the northern plains enjoyed bumper "
               "harvests and fewer storms.")
    rest = ["The mayor opened a new ferry terminal on Monday.", "Fishermen protested outside the town hall."]
    found = agreements.find_agreements([digest_of("a", [shipped, *rest]), digest_of("b", [climbed, *rest[::-1]])])
    grain = [a for a in found if "2.4 million" in a.text]
    assert len(grain) == 1 and grain[0].corroborated and {s.article for s in grain[0].sources} == {"a", "b"}
    # The figure told in passing of someone named: the claim is what they did, not the sum.
    paid = "Harbour master Ola Dahl, who collected $84,000 in dock levies last winter, resigned on Monday."
    fees = "Shipping firms paid $84,000 in dock levies during the winter storms, port records show."
    found = agreements.find_agreements([digest_of("a", [paid, *rest]), digest_of("b", [fees, *rest[::-1]])])
    assert not any(a.corroborated for a in found if "84,000" in a.text)


def test_a_claim_is_backed_by_the_sentence_of_another_article_giving_its_figure():
    """The brief's figure row cites both articles for "$48,000, the price of
    the gown": the claim told by one is backed by the other's sentence,
    though no pool of claims held it, so the agreements and page one's key
    figure give one count.  Not by a passage of copy both carry."""
    from briefing.models import Figure

    one = digest_of("a", ["A gown from the harbour film went for $48,000 when bidding closed.",
                          "The buyer did not give a name."])
    other = digest_of("b", ["A collector in Vell paid $48,000 for a silver gown from the harbour film on Friday.",
                            "Bidding had opened low."])

    def figure(digest) -> Figure:
        sentence = digest.sentences[0]
        at = sentence.text.index("$48,000") + sentence.source.start
        return Figure(text="$48,000", value=48000.0, unit="USD", measures="price of gown", sentence=sentence.text,
                      sources=(digest.article.source(at, at + 7),))

    row = replace(figure(one), sources=figure(one).sources + figure(other).sources)
    claim = Agreement(text=one.sentences[0].text, sources=(one.sentences[0].source,), corroborated=False)
    backed = agreements.with_figures([claim], [row], [one, other])
    assert backed[0].corroborated and [s.article for s in backed[0].sources] == ["a", "b"]
    assert not agreements.with_figures([claim], [row], [one, other], copied=frozenset({(0, 1)}))[0].corroborated


def test_an_opinion_pages_sentences_back_claims_but_are_none_of_their_own():
    """A page filed as opinion (readers' letters, a column) argues; what
    it says alone is its writers' view, not a source's report."""
    news, letters = digest_of("a", FLOOD_A), digest_of("b", FLOOD_B)
    letters = replace(letters, article=replace(letters.article, genre="opinion"))
    found = agreements.find_agreements([news, letters])
    assert found and all(a.sources[0].article == "a" for a in found)
    assert any(a.corroborated and {s.article for s in a.sources} == {"a", "b"} for a in found)

"""A digest's stance readings name the sentiment readings they were weighed
on (`StanceReading.made`), and the digest keeps the date its article speaks
from (`Digest.anchor`): synthesis reads both instead of working them out again."""

from __future__ import annotations

from briefing import distill
from briefing.config import Config
from briefing.language import nlp
from briefing.models import Digest, from_dict, to_dict
from tests.helpers import article

TEXTS = ("Norland and Sudria signed a trade deal on 3 March 2024.",
         "The partnership between Norland and Sudria is flourishing and the outlook is excellent.",
         "“The deal is a disaster and a betrayal of our farmers,” said Ann Lee, a trade analyst.")


def _digest(**meta) -> Digest:
    art = article("s1", TEXTS, **meta)
    return distill.digest(art, nlp.load()(art.text), Config())


def test_each_evidence_claim_names_the_voices_own_readings_in_its_sentences():
    digest = _digest(author="Bo Li")
    judged = [r for r in digest.stances if r.evidence]
    assert judged, "the invented article holds clear judgements"
    for reading in digest.stances:
        assert len(reading.made) == len(reading.evidence)
        for claim, positions in zip(reading.evidence, reading.made):
            assert positions, "a claim is evidence only when some reading weighed it"
            for made in (digest.sentiments[i] for i in positions):
                # A reading made in the sentence that holds the claim.
                assert made.source.start <= claim.sources[0].start < made.source.end
                if reading.kind == "speaker":
                    assert made.quote is None or made.voice == reading.voice
                else:
                    assert made.quote is None


def test_the_digest_keeps_the_date_its_article_speaks_from():
    stated = _digest(published="2024-03-05")
    assert (stated.anchor.date, stated.anchor.weak, stated.anchor.speaks_from()) == ("2024-03-05", False,
                                                                                      "2024-03-05")
    undated = _digest()
    assert (undated.anchor.date, undated.anchor.weak, undated.anchor.speaks_from()) == ("2024-03-03", True, "2024")
    plain = article("t", ("No date is given here at all.",))
    assert distill.digest(plain, nlp.load()(plain.text), Config()).anchor is None


def test_anchor_and_weighed_readings_survive_the_digest_cache_round_trip():
    digest = _digest(author="Bo Li")
    assert from_dict(Digest, to_dict(digest)) == digest


def test_what_a_question_put_to_a_speaker_names_is_not_judged_by_the_answer():
    from briefing.distill import quotes, people, stance

    art = article("a1", ("Senator Jon Reyes, asked if Ann Berg should resign over the scandal, said, “I’ll leave "
                         "that to the voters and to the courts.”",
                         "Jon Reyes said that if Ann Berg is not prepared to explain the corrupt deal, "
                         "“she should go now.”"))
    doc = nlp.load()(art.text)
    found = quotes.find_quotes(art, doc, people.find_people(art, doc))
    readings, _clear = stance.read_sentiments(art, doc, found)
    attached = {(r[0], r[5].text[:10] if r[5] else None) for r in readings if r[0] == "Berg" or r[0] == "Ann Berg"}
    # The question's Ann Berg takes no quote; the condition's is the speaker's own.
    assert ("Ann Berg", "I’ll leave") not in attached and ("Ann Berg", "she should") in attached


def test_he_in_a_quote_is_never_someone_the_article_calls_ms():
    texts = ("Mr. Olek Dunn, the president, refused to reopen the ministries on Monday.",
             "Ms. Vera Holm, the speaker, said: “We are asking him to reopen them.”",
             "“He is a coward and a liar,” Mr. Tam Orr said.")
    art = article("g1", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    said = [r for r in digest.sentiments if r.quote and "coward" in r.quote]
    assert said and all(r.target != "Vera Holm" for r in said)
    assert any(r.target == "Olek Dunn" and r.label == "negative" for r in said)


def test_who_speaks_a_quotation_is_not_judged_by_its_tone():
    from briefing.distill import quotes, people, stance

    art = article("s2", ("“He tried to silence me and it was a disgrace,” reporter Maria Lopez told the court on Monday.",
                         "Maria Lopez was praised for her brave and excellent reporting."))
    doc = nlp.load()(art.text)
    readings, _clear = stance.read_sentiments(art, doc, quotes.find_quotes(art, doc, people.find_people(art, doc)))
    second = art.text.index("Maria Lopez was")
    # The speaker of the quotation is not read; where she is what is told of, she still is.
    assert not [r for r in readings if "Lopez" in r[0] and r[4].start < second]
    assert [r for r in readings if "Lopez" in r[0] and r[4].start >= second]


def test_courtesy_titles_tell_a_surname_s_sex():
    from briefing.distill import people, speakers
    art = article("g3", ["Ms. Vera Holm met Mr. Olek Dunn. Mr. Ivo Holm, her brother, and Ms. Ada Orr came too."])
    doc = nlp.load()(art.text)
    found = speakers.Sentences(doc, people.find_people(art, doc)).surname_sexes()
    assert found == {"Dunn": "m", "Orr": "f"}  # Holm: seen both ways


def _quoted_readings(name: str, texts, words: str) -> set[tuple[str, str]]:
    """(target, label) of each reading of a quotation holding `words`, in
    the article `name` made of `texts` as a build distils it."""
    art = article(name, texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    return {(r.target, r.label) for r in digest.sentiments if r.quote and words in r.quote}


def _quoted_targets(name: str, texts, words: str) -> set[str]:
    """The targets of `_quoted_readings`."""
    return {target for target, _label in _quoted_readings(name, texts, words)}


def test_he_in_a_quote_is_the_subject_before_it_not_the_name_said_last():
    texts = ("But a release from Mr. Lind’s office about the planned meeting noted that Mr. Dunn “has brought the "
             "issue of President Ivo Tamm failing to provide a tax return front and center recently.”",
             "Ms. Berg said she had her own agenda for the meeting at Dunn Tower. “I want to invite him to Norland "
             "to talk to people and to meet our leaders,” she said. “I think he’d have a good audience with party "
             "members.”")
    toward = _quoted_targets("g2", texts, "good audience")
    assert "Dunn" in toward and "Ivo Tamm" not in toward


def test_a_quote_in_a_clause_joined_by_and_judges_no_one_acting_in_the_other():
    texts = ("Speaker Vera Holm rejected it even before Mr. Dunn spoke, and Senator Tam Orr, the Unity leader, "
             "denounced the offer as “not a compromise but more hostage taking.”",
             "Mr. Olek Lind was “a disgrace and a coward,” Senator Ada Berg said.")
    assert not _quoted_targets("g4", texts, "hostage") & {"Vera Holm", "Holm", "Dunn"}  # they act in the other clause
    # The quotation completing the named man's own clause still judges him.
    assert _quoted_readings("g4", texts, "disgrace") & {("Olek Lind", "negative"), ("Lind", "negative")}


def test_he_in_a_quote_is_no_one_when_the_sentence_before_names_two_men():
    texts = ("Prime Minister Olek Dunn of Norland turned down a request for a private meeting, Senator Adam Berg "
             "said Tuesday.",
             "“We offered the prime minister an opportunity to balance the divisive invitation from Speaker Ivo "
             "Tamm with a private meeting,” Mr. Berg said in a statement. “His refusal to meet is disappointing "
             "to those of us who have stood by Norland for decades.”")
    assert not _quoted_targets("g5", texts, "refusal") & {"Tamm", "Ivo Tamm"}  # named last, but "the prime minister" is there too
    # Where the sentence before names one man only, "his" is still him.
    texts = ("“We invited Speaker Ivo Tamm to a private meeting,” Mr. Berg said in a statement. “His refusal to "
             "meet is disappointing to those of us who have stood by Norland for decades.”",)
    assert _quoted_targets("g6", texts, "refusal") & {"Tamm", "Ivo Tamm"}


def test_he_in_a_quote_is_the_person_the_quote_named_by_role_just_before():
    texts = ("Speaker Ivo Tamm called a vote on Friday to override the veto of President Olek Dunn.",
             "“I deeply respect the president and the reasons he has given for the veto,” Mr. Adam Berg said.")
    respect = _quoted_readings("g7", texts, "respect")
    assert ("Olek Dunn", "positive") in respect and not {t for t, _l in respect} & {"Tamm", "Ivo Tamm"}


def test_someone_a_quotation_says_spoke_is_still_read():
    from briefing.distill import quotes, people, stance

    art = article("s3", ("“President Ann Berg has said that she will protect the farmers and I respect that,” "
                         "Olek Dunn said on Sunday.",))
    doc = nlp.load()(art.text)
    readings, _clear = stance.read_sentiments(art, doc, quotes.find_quotes(art, doc, people.find_people(art, doc)))
    assert any("Berg" in r[0] for r in readings)


def test_he_in_a_quotation_with_no_known_speaker_stands_for_no_one():
    from briefing.distill import quotes, people, stance

    art = article("s4", ("Maria Lopez, a reporter, was removed from the hall on Monday.",
                         "“He tried to silence me and it was a disgrace,” the Mexican-born journalist told the court."))
    doc = nlp.load()(art.text)
    found = quotes.find_quotes(art, doc, people.find_people(art, doc))
    assert [q.speaker for q in found] == [None]
    readings, _clear = stance.read_sentiments(art, doc, found)
    second = art.text.index("“He")
    assert not [r for r in readings if "Lopez" in r[0] and r[4].start >= second]


def test_what_a_newspaper_reports_is_news_not_its_view():
    texts = ("Mayor Ann Berg is expected to be charged on Friday.",
             "The Harbour Gazette reported the charges against Berg “will include fraud and theft and focus on "
             "her conduct as the owner of a failing restaurant,” citing a person familiar with the case.",
             "“The charges are a disgrace and a shameful attack on a decent woman,” said Olek Petrenko, a lawyer.")
    art = article("s1", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    relayed = [q for q in digest.quotes if q.cue == "reported"]
    assert relayed and relayed[0].speaker and "Gazette" in relayed[0].speaker
    voices = {r.voice for r in digest.stances if r.kind == "speaker"}
    assert relayed[0].speaker not in voices and "Olek Petrenko" in voices


def test_a_question_a_speaker_asks_shows_no_stance():
    """"Everybody thought the pact was unbeatable, right?": a question takes
    no side, in a voice's stance as in a divergence; a statement does."""
    asked = article("s2", ["“Everybody thought the pact with Sudria was a wonderful success, right?” "
                           "said Ann Lee, a trade analyst."])
    stated = article("s3", ["“The pact with Sudria is a wonderful success,” said Ann Lee, a trade analyst."])
    readings = {a.id: [r for r in distill.digest(a, nlp.load()(a.text), Config()).stances if r.kind == "speaker"]
                for a in (asked, stated)}
    assert [r.evidence for r in readings["s2"]] == []
    assert [r.voice for r in readings["s3"] if r.evidence] == ["Ann Lee"]


def test_he_in_a_quote_may_be_one_who_shares_only_the_speakers_surname():
    """Ina Velt's “he loves you” is her husband Tomas Velt, named just
    before: one who shares only her surname is family, not herself (passed
    over, "he" had gone to a senator named further back)."""
    texts = ("Senator Olek Dunn spoke about the harbour in Kestrel Bay on Monday.",
             "Tomas Velt’s wife is breaking her usual silence and talking up his candidacy after he won the primary.",
             "Ina Velt tells Velt supporters that “he loves you.”")
    toward = _quoted_targets("g9", texts, "loves you")
    assert "Tomas Velt" in toward and not toward & {"Olek Dunn", "Dunn"}


def test_him_in_a_quote_is_never_someone_whose_given_name_is_a_womans():
    """A surname a man and a woman share ("Holm") tells neither's sex; the
    given name does: "him" is not Jane Holm, named last before the quote
    (her campaigns had been read as "a big problem")."""
    texts = ("Olek Holm and Jane Holm both ran for mayor in Kestrel Bay last year.",
             "The harbour deal has divided the town for a decade.",
             "Fishermen say the new piers will ruin the bay, and shop owners say the ferries will bring trade.",
             "The council has voted on the plan four times without a clear result.",
             "A new spot attacks the mayor's record on the harbour.",
             "The spot links his support for the harbour deal with Jane Holm's campaigns for the same goal.",
             "“There is some concern he has changed. And the harbour deal is a big problem for him,” spokeswoman "
             "Ina Roe said.")
    assert "Jane Holm" not in _quoted_targets("x2", texts, "big problem")


def test_he_in_a_quote_said_of_someone_is_that_person():
    """"“Well look, he was a failed candidate,” Dunn said of Tomas Berg":
    the quote is said of Berg; "he" had gone to the debate's moderator."""
    texts = ("Moderator Chris Walden pressed Olek Dunn on his rival at the debate on Monday.",
             "“Well look, he was a failed candidate,” Dunn said of Tomas Berg.")
    assert "Chris Walden" not in _quoted_targets("x3", texts, "failed candidate")



def test_a_surname_two_people_share_is_read_as_the_one_it_means_there():
    art = article("s1", ("Governor Ana Velt praised the harbour plan on Monday. Velt said the plan was a triumph.",
                         "In 1990, then-senator Rolf Okafor ran against then-governor Tom Velt. Sadly, Velt lost "
                         "badly and was disgraced by a bribery scandal."))
    digest = distill.digest(art, nlp.load()(art.text), Config())
    actors = {p.actor: p for p in digest.portrayals}
    assert "Velt" not in actors and actors["Tom Velt"].mentions == 2 and actors["Ana Velt"].mentions == 2
    assert {s.target for s in digest.sentiments if s.label == "negative"} == {"Tom Velt"}


def test_a_writer_s_lead_in_to_a_quote_is_not_the_speaker_s_evidence():
    texts = ("“The harbour deal is a disgrace and a betrayal,” said Ann Lee, a trade analyst.",
             "She added a furious attack on Mayor Tom Berg, whom she called corrupt:",
             "“We stand with you.”")
    art = article("s4", texts)
    readings = [r for r in distill.digest(art, nlp.load()(art.text), Config()).stances if r.voice == "Ann Lee"]
    assert readings and all(not c.text.endswith(":") for r in readings for c in r.evidence)



def test_he_after_an_unnamed_speaker_stands_for_no_one():
    """"… a guard told me to leave it. I asked if he would sell it": "he"
    may be the guard, whom no one names, as well as the man named before."""
    texts = ("Mr. Olek Dunn, the old mayor, once owned the painting.",
             "“I found the painting in a cellar and a guard told me to leave it,” Ivo Tamm said.",
             "“I asked if he would sell it to me, and he was rude and dishonest about it,” Ivo Tamm said.")
    art = article("g9", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert not [r for r in digest.sentiments if r.quote and "rude" in r.quote and r.target == "Olek Dunn"]
    named = ("Mr. Olek Dunn, the old mayor, once owned the painting.",
             "“I asked if he would sell it to me, and he was rude and dishonest about it,” Ivo Tamm said.")
    art = article("g10", named)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert [r for r in digest.sentiments if r.quote and "rude" in r.quote and r.target == "Olek Dunn"]


def test_she_after_a_spokesman_the_article_introduces_is_still_the_person_named():
    texts = ("Mrs. Vera Holm refused the closed hearing on Tuesday.",
             "In a statement, a spokesman for her said she was ready. “To be clear, she is ready and honest "
             "about it,” said the spokesman, Ivo Tamm.")
    art = article("g11", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert [r for r in digest.sentiments if r.quote and "honest" in r.quote and r.target == "Vera Holm"]


def test_she_after_my_sister_in_a_quote_is_the_sister_not_the_woman_named_before():
    """"I admire my sister, yet she errs": "she" is the sister, whom the
    noun alone does not name, not the last woman named outside the quote."""
    texts = ("Ida Marsh married her partner, Nora Vance, in Kelby two years ago.",
             "“Let me be plain: I admire my sister, yet she is utterly wrong about the tax,” she wrote.")
    assert "Nora Vance" not in _quoted_targets("g12", texts, "utterly wrong")
    # A kinship noun of the other sex is no one "she" stands for: she is still the woman named before.
    texts = ("Ida Marsh married her partner, Nora Vance, in Kelby two years ago.",
             "“Let me be plain: I admire my brother, yet she is utterly wrong about the tax,” she wrote.")
    assert "Nora Vance" in _quoted_targets("g13", texts, "utterly wrong")


def test_my_sister_in_a_quote_is_the_one_the_article_calls_the_speakers_sister():
    texts = ("Ida Marsh, the elder sister of Nora Vance, wrote a note on Friday.",
             "“Let me be plain: I admire my sister, yet she is utterly wrong about the tax,” Ida Marsh wrote.")
    assert "Nora Vance" in _quoted_targets("g17", texts, "utterly wrong")
    texts = ("Nora Vance, a sister of Ida Marsh, spoke on Friday. Ida Marsh wed Eva Lutz in Kelby.",
             "“Let me be plain: I admire my sister, yet she is utterly wrong about the tax,” Ida Marsh wrote.")
    toward = _quoted_targets("g18", texts, "utterly wrong")
    assert "Nora Vance" in toward and "Eva Lutz" not in toward


def test_the_one_a_message_is_put_to_is_not_judged_by_it():
    """"X sent Y a letter saying “this bill would hurt us”": the words are
    said to Y, about the bill; words that speak to Y ("you") still judge Y."""
    texts = ("Olek Dunn said in a letter to Governor Vera Holm, “This awful bill would destroy jobs and ruin "
             "the state.”",)
    assert not _quoted_targets("g14", texts, "awful bill") & {"Vera Holm", "Holm"}
    texts = ("Olek Dunn wrote to Governor Vera Holm, “You have failed the state and betrayed your voters.”",)
    assert _quoted_targets("g15", texts, "betrayed") & {"Vera Holm", "Holm"}


def test_one_called_in_another_clause_is_not_judged_by_the_letter_quoted_in_the_next():
    texts = ("A manager from Norco, which hopes to open a depot in Tarn, phoned Ms. Vera Holm to press her to "
             "refuse it, and Olek Dunn, head of Avia Lines, mailed her a note praising the “revival” and adding, "
             "“Many firms fear that this awful measure, once law, would wreck the progress of recent years.”",)
    art = article("g16", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert not [r for r in digest.sentiments if r.target in ("Vera Holm", "Holm")]


def test_a_speaker_s_own_organization_is_not_the_target_of_their_words():
    texts = ("Ann Berg, president of the Civic League, issued a release calling attacks on the law “politics at "
             "its absolute worse.”",)
    assert "Civic League" not in _quoted_targets("g17", texts, "absolute worse")
    texts = ("Olek Dunn attacked the Civic League, saying, “They are cruel and dishonest.”",)
    assert "Civic League" in _quoted_targets("g18", texts, "cruel")


def test_whom_a_speaker_s_apposition_says_they_oppose_is_still_judged_by_their_words():
    texts = ("Ann Berg, a vocal critic of the Civic League, said: “They have lied to everyone and they are "
             "dishonest.”",)
    assert "Civic League" in _quoted_targets("g19", texts, "lied")


def test_the_speakers_sister_sharing_her_surname_is_read_though_the_speaker_is_named():
    texts = ("Ida Marsh, the elder sister of Eva Marsh, wrote a note on Friday.",
             "Ida Marsh wrote: “Let me be plain: I admire my sister, yet she is utterly wrong about the tax.”")
    assert "Eva Marsh" in _quoted_targets("g19", texts, "utterly wrong")


def test_he_in_a_quote_is_not_the_one_its_speaker_tells_it_to():
    """"“…,” Marsh told Tom Becker. “He should pay”": Becker is "you" to
    her, so "he" is the person named before him, not the interviewer."""
    for told in ("Marsh told Tom Becker in an interview for Radio North.",
                 "Marsh told Radio North’s Tom Becker on Friday."):
        texts = ("Former mayor Lena Marsh made it plain that she won’t be paying for any part of Olek Dunn’s "
                 "planned bridge over the river.",
                 f"\"I will not fund that ugly bridge!” {told} “He should pay for it. He has plenty of cash.”")
        art = article("h1", texts)
        digest = distill.digest(art, nlp.load()(art.text), Config())
        targets = {r.target for r in digest.sentiments if r.quote and "should pay" in r.quote}
        assert "Tom Becker" not in targets and "Olek Dunn" in targets, told


def test_the_one_a_who_said_clause_describes_speaks_the_quote_and_is_not_judged_by_it():
    """"anger even from Governor Ada Brill, who said “…”": the tone of the
    quotation is hers, no verdict of the writer on her."""
    texts = ("The dawn raid on the harbour office drew anger online, even from Governor Ada Brill, who said "
             "“Smugglers and thieves are treated better than this” in a post.",)
    art = article("w1", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert not [r for r in digest.sentiments if r.target == "Ada Brill" and r.quote is None]
    # A "who said" clause holding no quotation of the sentence leaves her a target of the quote's speaker.
    texts = ("Governor Ada Brill, who said last week that she would run again, was mocked by Olek Dunn, "
             "“She is a fraud and a coward.”",)
    art = article("w2", texts)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert [r for r in digest.sentiments if r.target == "Ada Brill"]



def test_she_after_a_role_the_quote_points_at_is_not_one_the_role_does_not_fit():
    """"This old inspector, I can't guess what she was doing": "she" is the
    inspector the article named before, not the last person of unknown sex
    it named, whose role is none of an inspector's."""
    opening = ("Kerrin Pelt was killed on Friday near the Kelby ferry by a police inspector, Rana Holt.",
               "A vigil for Pelt was held in Kelby on Sunday.",
               "Ivo Tamm, the mayor of Dornby, said on Sunday that he would visit Kelby.",
               "Mr. Tamm has also spoken on Pelt’s death.",
               "On Monday, he told an audience in Dornby that he was “upset” by the events in Kelby.")
    said = ("“{} I can’t guess what she was doing,” he said. “I can’t guess what she was doing but I’m very, "
            "very upset by that.”")
    assert not _quoted_targets("g20", (*opening, said.format("This old inspector,")), "guess") \
        & {"Kerrin Pelt", "Pelt"}
    # With no one described, "she" is still read as the one named before (the rule only holds back).
    assert _quoted_targets("g21", (*opening, said.format("Honestly,")), "guess") & {"Kerrin Pelt", "Pelt"}


def test_what_a_speaker_puts_in_others_mouths_is_not_their_verdict():
    """"The left keeps saying, ‘Velt is such a cheat ...’": the speaker
    quotes a view to answer it; its verdict on Velt is not the speaker's."""
    said = ("Talk host Omar Reyes spoke on his show on Monday about the race between Ada Velt and Bo Marsh.",
            "Reyes went on: “{}, ‘Well, usually that holds, but here it’s so awful — Velt is such a cheat, "
            "she’s such a shameless cheat — that Marsh could talk of nothing else.”")
    assert not _quoted_targets("h1", (said[0], said[1].format("The left keeps saying")), "saying") & {"Velt", "Marsh"}
    # What the speaker says they say themselves is still theirs.
    assert "Velt" in _quoted_targets("h2", (said[0], said[1].format("I keep saying")), "saying")

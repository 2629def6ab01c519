"""Which actor a quote stands toward (`divergences.quote_targets`), from
invented articles run through distill as a build would run them."""

from __future__ import annotations

from dataclasses import replace

from briefing import distill
from briefing.config import Config
from briefing.language import nlp
from briefing.synthesize import divergences, portrayals, voices
from tests.helpers import article


def digests_of(*texts):
    model = nlp.load()
    found = []
    for number, sentences in enumerate(texts):
        art = article(f"a{number}", sentences)
        found.append(distill.digest(art, model(art.text), Config()))
    return found


def takens(found):
    cast = divergences.cast_of(found, voices.merge_people(found))
    return [t for d in found for t in divergences.quote_targets(d, cast)]


ROLE_ATTACK = ("President Mara Velt signed the harbour budget on Monday.",
               "Mara Velt spoke to reporters at the harbour.",
               "Senator Olek Dunn was furious. “The president is a shameful, corrupt disgrace,” he said.")
BEFORE_PRAISE = ("President Mara Velt signed the harbour budget on Monday.",
                 "Ina Brook, a teacher, praised Mara Velt on Tuesday.",
                 "“This is a wonderful, brave and brilliant success,” Ina Brook said.")


def test_a_quote_naming_the_actor_by_role_stands_toward_that_actor():
    found = [t for t in takens(digests_of(ROLE_ATTACK)) if t.voice == "Olek Dunn"]
    assert found and all(t.actor == "Mara Velt" and t.reading.label == "negative" for t in found)


def test_the_president_a_quote_names_is_not_a_vice_president_nor_a_former_one():
    for other in ("Vice President Ivo Sarn", "Former President Ivo Sarn"):
        sentences = (f"President Mara Velt signed the harbour budget on Monday with {other}.",
                     "Mara Velt and Ivo Sarn spoke to reporters at the harbour.",
                     "Ivo Sarn praised the budget.",
                     "Senator Olek Dunn was furious. “The president is a shameful, corrupt disgrace,” he said.")
        found = [t for t in takens(digests_of(sentences)) if t.voice == "Olek Dunn"]
        assert found and all(t.actor == "Mara Velt" for t in found), other


def test_an_office_held_by_two_people_names_neither():
    from briefing.models import Person, Role, Source

    def person(name, role):
        return Person(name=name, roles=(Role(text=role, article="a0",
                                             source=Source(article="a0", paragraph=0, start=0, end=1)),))

    people = {"Mara Velt": person("Mara Velt", "President"),
              "Ivo Sarn": person("Ivo Sarn", "president of the harbour board")}
    assert divergences._described("The president is failing us", people, "Olek Dunn") is None
    people["Ivo Sarn"] = person("Ivo Sarn", "president of the board from 2001 to 2009")
    assert divergences._described("The president is failing us", people, "Olek Dunn") == "Mara Velt"


def test_a_quote_naming_no_one_is_not_given_to_the_actor_named_just_before():
    # Its tone, given to the actor named around it, was right 3 times in 16 on BASIL.
    assert not [t for t in takens(digests_of(BEFORE_PRAISE)) if t.voice == "Ina Brook"]


def test_a_speaker_takes_no_side_on_themselves_and_a_question_takes_none():
    sentences = ("Mayor Mara Velt opened the harbour bridge on Monday.",
                 "“I am a wonderful, brilliant and honest leader,” Mara Velt said of her own record.",
                 "“Is Mara Velt a shameful, corrupt liar?” asked Olek Dunn.")
    assert not [t for t in takens(digests_of(sentences)) if t.actor == t.voice or t.voice == "Olek Dunn"]
    stated = (sentences[0], "“Mara Velt is a shameful, corrupt liar,” said Olek Dunn.")
    assert [t for t in takens(digests_of(stated)) if t.voice == "Olek Dunn" and t.actor == "Mara Velt"]


def test_the_outlook_sets_named_voices_against_each_other_before_unattributed_articles():
    from briefing.models import Claim, Source, Viewpoint

    said = (Claim(text="A claim.", sources=(Source(article="a0", paragraph=0, start=0, end=8),)),)
    views = [Viewpoint(voice="a0", stance="optimistic", evidence=said, articles=("a0",), kind="outlet", score=3.0),
             Viewpoint(voice="Ana Lind", stance="optimistic", evidence=said, articles=("a0",), kind="author", score=1.0),
             Viewpoint(voice="Olek Dunn", stance="skeptical", evidence=said, articles=("a0",), kind="speaker", score=-1.0),
             Viewpoint(voice="a1", stance="skeptical", evidence=said, articles=("a0",), kind="outlet", score=-4.0)]
    outlook = divergences.stances(digests_of(ROLE_ATTACK), views)
    assert [p.voice for p in outlook.positions] == ["Ana Lind", "Olek Dunn"]
    assert outlook.topic == "Outlook"
    # A person is supported or criticised; a prospect has an outlook.
    people = [replace(v, stance={"optimistic": "supportive", "skeptical": "critical"}[v.stance]) for v in views]
    assert divergences.stances(digests_of(ROLE_ATTACK), people).topic == "Support and criticism"


def test_a_places_people_is_where_harm_lands_not_whom_a_quote_judges():
    sentences = ("President Mara Velt closed the harbour of Russia on Monday.",
                 "The disastrous closure left Russia isolated and badly damaged.",
                 "Mara Velt defended the closure.",
                 "“This shameful closure is a cruel disgrace that is destroying the lives of Russians,” said Olek Dunn.")
    found = digests_of(sentences)
    assert portrayals.peoples_of_places(found, voices.merge_people(found)) == {"russi"}
    # Russians are where the harm lands: the quote stands toward no one it names.
    assert not [t for t in takens(found) if t.voice == "Olek Dunn"]


def test_a_shared_surname_names_the_most_salient_of_its_people():
    from briefing.models import Person

    people = [Person(name="Mara Velt", aliases=("Velt",), role="president", salience=9),
              Person(name="Tomas Velt", aliases=("Velt",), role="her brother", salience=1)]
    cast = divergences.cast_of([], people)
    assert cast.canonical["velt"] == "Mara Velt"


def test_a_person_named_in_a_quote_is_its_target_before_a_group_it_names():
    from briefing.models import Person, Sentiment, Source

    people = [Person(name="Mara Velt", aliases=("Velt",), role="president", salience=9)]
    cast = divergences.Cast(forms={"mara velt": "mara velt", "velt": "mara velt"},
                            grid=frozenset({"mara velt", "farme"}), canonical={"mara velt": "Mara Velt", "velt": "Mara Velt"},
                            people={"Mara Velt": people[0]})
    quote = "the doubts many Farmers feel about Velt"
    source = Source(article="a0", paragraph=0, start=0, end=len(quote))
    readings = [Sentiment(target=t, label="negative", score=s, source=source, voice="Olek Dunn", quote=quote)
                for t, s in (("Farmers", 0.9), ("Velt", 0.75))]
    target, reading = divergences._quote_target(quote, readings, cast, "Olek Dunn")
    assert target == "Velt" and reading.score == 0.75


def test_a_name_read_with_its_title_is_the_person_of_the_grid():
    from briefing.models import Person, Sentiment, Source

    people = [Person(name="Mara Velt", aliases=("Velt",), role="sheriff", salience=9)]
    cast = divergences.Cast(forms={"mara velt": "mara velt", "velt": "mara velt"}, grid=frozenset({"mara velt"}),
                            canonical={"mara velt": "Mara Velt", "velt": "Mara Velt"}, people={"Mara Velt": people[0]})
    for quote, target in (("I am proud to have Sheriff Velt's backing", "Sheriff Velt"),
                          ("This budget is a devastating blow to the poor", "Representative Velt")):
        source = Source(article="a0", paragraph=0, start=0, end=len(quote))
        reading = Sentiment(target=target, label="negative", score=0.9, source=source, voice="Olek Dunn", quote=quote)
        assert divergences._quote_target(quote, [reading], cast, "Olek Dunn") == (target, reading)
        assert divergences._canonical(target, cast) == "Mara Velt"
    assert divergences._canonical("Sheriff Dahl", cast) == "Sheriff Dahl"


def test_a_quote_read_both_ways_toward_its_actor_takes_no_side():
    sentences = ("President Mara Velt signed the harbour budget on Monday.",
                 "“Mara Velt is a shameful, corrupt liar,” said Olek Dunn.")
    found = digests_of(sentences)
    read = [s for s in found[0].sentiments if s.voice == "Olek Dunn" and s.target == "Mara Velt"]
    assert read and read[0].label == "negative"
    both = replace(read[0], label="positive", score=read[0].score - 0.05)
    assert not [t for t in takens([replace(found[0], sentiments=found[0].sentiments + (both,))])
                if t.voice == "Olek Dunn"]
    weaker = replace(both, score=round(read[0].score / 2, 3))
    kept = [t for t in takens([replace(found[0], sentiments=found[0].sentiments + (weaker,))])
            if t.voice == "Olek Dunn"]
    assert kept and kept[0].reading.label == "negative"


def test_the_heavier_side_needs_to_outweigh_the_other():
    from briefing.models import Sentiment, Source

    def reading(label, score):
        return Sentiment(target="Mara Velt", label=label, score=score, source=Source(article="a0", paragraph=0,
                                                                                         start=0, end=5))

    assert divergences.heavier({"positive": [reading("positive", 0.9)], "negative": []}) == "positive"
    assert divergences.heavier({"positive": [reading("positive", 0.8)],
                                "negative": [reading("negative", 0.7)]}) is None
    assert divergences.heavier({"positive": [reading("positive", 0.9), reading("positive", 0.8)],
                                "negative": [reading("negative", 0.7)]}) == "positive"
    assert divergences.heavier({}) is None


def test_a_he_inside_a_quote_is_the_person_named_before_its_speaker():
    # A speaker is not their own "he": named just before the quote, the
    # speaker is passed over for the person named before them.
    sentences = ("Mayor Tomas Velt closed the harbour bridge on Monday.",
                 "Senator Olek Dunn spoke to reporters on Tuesday.",
                 "“He is a shameful, corrupt disgrace,” Olek Dunn said.")
    found = [t for t in takens(digests_of(sentences)) if t.voice == "Olek Dunn"]
    assert found and all(t.actor == "Tomas Velt" and t.reading.label == "negative" for t in found)


def test_a_lawyer_or_spokesman_never_speaks_badly_of_the_person_they_speak_for():
    sentences = ("Representative Tomas Velt was charged with fraud on Monday.",
                 "Michael Brooks, an attorney for Tomas Velt, spoke to reporters at the court.",
                 "“The government has pursued a shameful, corrupt and malicious vendetta against Tomas Velt,” "
                 "Michael Brooks said.")
    found = digests_of(sentences)
    cast = divergences.cast_of(found, voices.merge_people(found))
    assert cast.agents.get("Michael Brooks") == frozenset({"Tomas Velt"})
    assert not [t for t in takens(found) if t.voice == "Michael Brooks" and t.reading.label == "negative"]


def test_the_presidents_press_secretary_speaks_for_the_president():
    sentences = ("President Mara Velt signed the harbour budget on Monday.",
                 "Mara Velt spoke to reporters at the harbour on Tuesday.",
                 "President Ana Roe had signed the first budget in 1990, and former President Ana Roe praised it.",
                 "Ana Roe spoke to reporters on Tuesday too.",
                 "Ina Brook, the White House press secretary, spoke on Wednesday.",
                 "Olek Dunn, the president's chief political adviser, spoke too.",
                 "Lena Fisk, the president's counselor, spoke on Thursday.",
                 "Peter Sandberg, the White House chief of staff, told reporters on Friday.",
                 "Tomas Rell, a former White House spokesman, and Ena Pik, the vice president's spokeswoman, did not.")
    found = digests_of(sentences)
    agents = divergences.cast_of(found, voices.merge_people(found)).agents
    assert agents.get("Ina Brook") == agents.get("Olek Dunn") == frozenset({"Mara Velt"})
    assert agents.get("Lena Fisk") == agents.get("Peter Sandberg") == frozenset({"Mara Velt"})
    assert "Tomas Rell" not in agents and "Ena Pik" not in agents


def test_one_of_a_persons_campaign_speaks_for_them():
    sentences = ("Senator Mara Velt campaigned in Kestrel Bay on Monday.",
                 "Mara Velt spoke to reporters at the harbour on Tuesday.",
                 "Olek Dunn, the Velt campaign's chairman, spoke on Wednesday.")
    found = digests_of(sentences)
    assert divergences.cast_of(found, voices.merge_people(found)).agents.get("Olek Dunn") == frozenset({"Mara Velt"})


def test_a_group_is_no_actor_a_quote_stands_toward():
    # Appeals to a group ("It's time the Greens did what is right") read as
    # praise or blame; on BASIL most placements toward a group were wrong.
    sentences = ("The Greens and the Blues met in Kestrel Bay on Monday.",
                 "“The Greens are shameful, corrupt and dishonest,” said Michael Brooks, a lawmaker.",
                 "The Greens rejected the plan, and the Greens walked out.")
    found = digests_of(sentences)
    assert not [t for t in takens(found) if t.actor not in divergences.cast_of(found, voices.merge_people(found)).people]


def test_a_voice_is_shown_by_a_quote_whose_words_name_the_actor():
    from briefing.models import Sentiment, Source

    def taken(quote, score):
        reading = Sentiment(target="Mara Velt", label="negative", score=score, quote=quote, voice="Olek Dunn",
                            source=Source(article="a0", paragraph=0, start=0, end=5))
        return divergences.Taken(actor="Mara Velt", voice="Olek Dunn", reading=reading, article="a0", text=quote)

    naming, clearer = taken("Mara Velt is a disgrace", 0.75), taken("It is a disgrace", 0.9)
    chosen = divergences._decided({"Olek Dunn": {"negative": [clearer, naming]}})
    assert chosen["negative"] == [naming]


ACCUSED = ("Representative Tomas Velt was charged with fraud on Monday.",
           "“Tomas Velt is a shameful, corrupt and dishonest crook,” said Senator Olek Dunn.",
           "Michael Brooks, an attorney for Tomas Velt, spoke to reporters at the court.")


def _views_of(found, actor):
    return [d for d in divergences.actors(found, voices.merge_people(found)) if divergences.actor_of(d) == actor]


def test_an_accused_persons_denial_answers_the_critic_who_names_them():
    denial = "“I did nothing wrong and I will not resign,” Tomas Velt said on Tuesday."
    [shown] = _views_of(digests_of(ACCUSED + (denial,)), "Tomas Velt")
    assert [(p.voice, p.label) for p in shown.positions] == [
        ("Olek Dunn", "speaks badly of Tomas Velt"), ("Tomas Velt", "answers critics")]
    assert "nothing wrong" in shown.positions[1].text


def test_a_spokesman_answers_for_the_person_they_speak_for():
    lawyer = "“These charges are false and baseless,” Michael Brooks said."
    [shown] = _views_of(digests_of(ACCUSED + (lawyer,)), "Tomas Velt")
    assert [(p.voice, p.label) for p in shown.positions][-1] == ("Michael Brooks", "answers for Tomas Velt")


def test_an_assurance_or_a_promised_vindication_answers_critics():
    def answered(said):
        found = digests_of(ACCUSED + (said,))
        cast = divergences.cast_of(found, voices.merge_people(found))
        return [t.voice for t in divergences.answers(found[0], cast)]

    assert answered("“I assure you my one purpose was to keep the harbour open,” Tomas Velt said.") \
        == ["Tomas Velt"]
    assert answered("“He will be fully vindicated in court,” Michael Brooks said.") == ["Michael Brooks"]
    assert not answered("“My only aim was to keep the harbour open,” Tomas Velt said.")


def test_words_that_deny_nothing_or_speak_of_someone_else_answer_no_one():
    for said in ("“I look forward to a busy week at the harbour,” Tomas Velt said.",
                 "“Olek Dunn is not an honest man,” Tomas Velt said.",
                 "“Not now,” Tomas Velt said.",
                 "“Did I not do my best for this town?” Tomas Velt asked.",
                 "“I don't know her at all,” Tomas Velt said.",
                 "“Sudria is no longer Sudria,” Tomas Velt said.",
                 "“I am no longer afraid of anyone in this town,” Tomas Velt said.",
                 "“The answer is not simply to shout at the harbour board,” Tomas Velt said."):
        assert not _views_of(digests_of(ACCUSED + (said,)), "Tomas Velt"), said


def test_an_answer_faces_only_critics_whose_quoted_words_name_the_person():
    unnamed = ("Representative Tomas Velt was charged with fraud on Monday.",
               "Senator Olek Dunn attacked Tomas Velt: “This is a shameful, corrupt and dishonest disgrace.”",
               "“I did nothing wrong and I will not resign,” Tomas Velt said on Tuesday.")
    assert not _views_of(digests_of(unnamed), "Tomas Velt")


def test_the_first_person_a_sentence_names_in_its_own_words_is_its_speaker():
    # An answer whose sentence first names someone else ("But Olek Dunn
    # called for Tomas Velt to ...") was given to the wrong voice.
    found = digests_of(ACCUSED)
    cast = divergences.cast_of(found, voices.merge_people(found))
    assert divergences._first_named("But Olek Dunn called for Tomas Velt to go, adding, “Not a day more.”",
                                    cast) == "Olek Dunn"
    assert divergences._first_named("“Olek Dunn lies,” Tomas Velt said.", cast) == "Tomas Velt"
    assert divergences._first_named("“Nothing improper took place.”", cast) is None


def test_a_declared_supporter_never_speaks_badly_of_the_person_they_back():
    """The article says where a voice stands ("another early Velt
    supporter", "urged farmers to vote for Mara Velt"): their words read as
    blame of her are an ally's ("A vote against Mara Velt is a vote for
    chaos"), never placed against her."""
    sentences = ("Senator Mara Velt campaigned in Kestrel Bay on Monday.",
                 "Mara Velt spoke to reporters at the harbour on Tuesday.",
                 "“A vote against Mara Velt is a vote for chaos, and that is a terrible thing,” said Ina Brook, "
                 "another early Velt supporter.",
                 "Former mayor Tomas Rell urged farmers to vote for Mara Velt, saying: “There is a special place in "
                 "hell for cowards and liars like Mara Velt's critics.”")
    found = digests_of(sentences)
    cast = divergences.cast_of(found, voices.merge_people(found))
    assert cast.declared == {("a0", "Ina Brook"): frozenset({"Mara Velt"}),
                             ("a0", "Tomas Rell"): frozenset({"Mara Velt"})}
    assert not [t for t in takens(found) if t.actor == "Mara Velt" and t.reading.label == "negative"]


def test_a_denial_from_another_article_on_another_matter_answers_no_critic():
    """"I love pickles. I will never buy them again," said of a cannery's
    layoffs in another article, denies nothing a critic said: no answer
    side.  A denial in the critic's own article, or one sharing the
    critic's words from another, still answers."""
    other = ("Representative Tomas Velt toured the cannery in Kestrel Bay on Friday.",
             "“I love pickles. I will never buy them again,” Tomas Velt said after the cannery cut 300 jobs.")
    assert not _views_of(digests_of(ACCUSED, other), "Tomas Velt")
    answer = ("Representative Tomas Velt spoke in Kestrel Bay on Friday.",
              "“I am not a corrupt crook, and I will not resign,” Tomas Velt said.")
    [shown] = _views_of(digests_of(ACCUSED, answer), "Tomas Velt")
    assert [p.label for p in shown.positions] == ["speaks badly of Tomas Velt", "answers critics"]


def test_a_quote_naming_three_people_of_the_grid_is_a_list_toward_none():
    """A roll call's tally ("one vote for Mara Velt, 13 for Olek Dunn, and
    36 votes for ... Ina Brook!"), read as praise, had placed its caller as
    speaking well of the candidate with one vote."""
    sentences = ("Senator Mara Velt, Governor Olek Dunn and Mayor Ina Brook ran in the primary.",
                 "Mara Velt, Olek Dunn and Ina Brook spoke in Kestrel Bay on Monday.",
                 "“The great state of Norland is proud to cast its votes: one vote for Mara Velt, 13 for Olek Dunn, "
                 "and 36 votes for the next president, Ina Brook!” Tomas Rell said as he opened the roll call.")
    assert not [t for t in takens(digests_of(sentences)) if t.voice == "Tomas Rell"]


def test_blame_of_someones_attack_on_the_actor_is_no_blame_of_the_actor():
    # The quote names no one; its sentence names Velt only as what Brook's criticism is aimed at.
    sentences = ("Mayor Mara Velt opened the harbour bridge on Monday.", "Judge Ina Brook spoke on Monday.",
                 "On Tuesday, Senate leader Olek Dunn said that it was “totally inappropriate” for Brook to "
                 "criticize Velt.")
    assert not [t for t in takens(digests_of(sentences)) if t.voice == "Olek Dunn" and t.actor == "Mara Velt"]


def test_a_quote_telling_what_others_think_is_not_the_speakers_verdict():
    sentences = ("Mayor Mara Velt opened the harbour bridge on Monday.",
                 "In contrast, Olek Dunn said, there are more voters “who think, rightly or wrongly, that Mara Velt "
                 "is a corrupt, shameful liar.”")
    assert not [t for t in takens(digests_of(sentences)) if t.voice == "Olek Dunn"]
    said = (sentences[0], "“Mara Velt is a corrupt, shameful liar,” said Olek Dunn.")
    assert [t for t in takens(digests_of(said)) if t.voice == "Olek Dunn" and t.actor == "Mara Velt"]


def test_a_remark_told_before_its_critics_is_no_answer_to_them():
    """The remark the critics attack, reported ahead of them, had been set
    against them as the accused's answer.  Words said in reply ("denied")
    answer wherever they stand."""
    remark = ("Representative Tomas Velt spoke at the harbour on Monday.",
              "He warned: “The harbour is not going to stay open, and nobody will save it.”",
              "“Tomas Velt is a shameful, corrupt and dishonest crook,” said Senator Olek Dunn.")
    assert not _views_of(digests_of(remark), "Tomas Velt")
    denied = (remark[0], "Tomas Velt denied the charges: “I did nothing wrong and I will not resign.”", remark[2])
    [shown] = _views_of(digests_of(denied), "Tomas Velt")
    assert [p.label for p in shown.positions] == ["speaks badly of Tomas Velt", "answers critics"]


def test_a_quote_completing_what_another_subject_is_does_not_judge_the_one_told():
    """Voters are the ones "sick and tired": the quote says how they are,
    told to Velt, not what the speaker thinks of her."""
    told = ("Senator Mara Velt spoke at the harbour on Monday.",
            "Olek Dunn appeared to dismiss the letters issue in May, when he told Velt at a debate that voters were "
            "\"sick and tired of hearing about your stupid, damn letters.\"")
    assert not [t for t in takens(digests_of(told)) if t.voice == "Olek Dunn"]


def test_a_quote_completing_what_the_speaker_calls_the_actor_still_judges_the_actor():
    labeled = ("Mayor Mara Velt opened the harbour bridge on Monday.",
               "Olek Dunn, a former governor, labeled Mara Velt “a shameful, corrupt disgrace.”")
    assert [t for t in takens(digests_of(labeled)) if t.voice == "Olek Dunn" and t.actor == "Mara Velt"]


def test_harm_done_to_a_person_by_another_is_no_blame_of_that_person():
    """"Mara Velt is being treated very unfairly by the council": the blame
    lands on the council; Velt is pitied, not criticised."""
    sentence = "“Mara Velt is being treated very unfairly by the council - the vote is fixed against her,” Dunn wrote."
    quote = "Mara Velt is being treated very unfairly by the council - the vote is fixed against her"
    assert divergences._no_verdict(sentence, quote, "Mara Velt", "negative")
    assert not divergences._no_verdict("“Mara Velt treated the council very unfairly,” Dunn wrote.",
                                       "Mara Velt treated the council very unfairly", "Mara Velt", "negative")


def test_a_prospect_denied_a_person_is_no_praise_of_them():
    """"I know Mara, and she's not going to be mayor of this town" dismisses
    her; "Mara is going to be a fine mayor" praises her."""
    quote = "I know Mara, and I can promise you she's not going to be mayor of this town."
    assert divergences._no_verdict(f"“{quote}” Dunn said.", quote, "Mara", "positive")
    assert divergences._no_verdict("“Velt will not win the harbour seat,” Dunn said.",
                                   "Velt will not win the harbour seat", "Velt", "positive")
    praise = "I know Mara, and she is going to be a fine mayor of this town."
    assert not divergences._no_verdict(f"“{praise}” Dunn said.", praise, "Mara", "positive")


def test_a_case_supposed_or_words_about_others_judge_no_one_named_outside_the_quote():
    """A quote naming no one, given the side of the sentence around it,
    judges no one there when it supposes a case, speaks of several people
    together, or says what a thing is."""
    supposed = "“He would have had to quit, and my campaign may be finished.” Dunn said of the Velt affair."
    assert divergences._no_verdict(supposed, "He would have had to quit, and my campaign may be finished.",
                                   "Velt", "negative")
    together = "Ola Rask said he expects Velt, Sarn, and Dahl to \"firmly show their common purpose\"."
    assert divergences._no_verdict(together, "firmly show their common purpose", "Velt", "positive")
    alone = "Ola Rask said he expects Velt to \"firmly show her common purpose\"."
    assert not divergences._no_verdict(alone, "firmly show her common purpose", "Velt", "positive")
    thing = "Rask proclaims the column a “superb piece,” while Velt fixates on its last line."
    assert divergences._no_verdict(thing, "superb piece,", "Velt", "positive")
    example = ("He said that something \"must be huge\" for Velt's ratings to fall before the vote, such as "
               "\"a sudden strike or a very bad flood.\"")
    assert divergences._no_verdict(example, "must be huge", "Velt", "negative")
    assert divergences._no_verdict(example, "a sudden strike or a very bad flood.", "Velt", "negative")


def test_a_role_named_only_where_others_act_with_it_is_not_judged():
    # "work with the president": the warm tone is about what others should do.
    sentences = ("President Mara Velt signed the harbour budget on Monday.",
                 "“People picked him to bring fine ideas and actually cooperate with the president and all the "
                 "board to get things moving,” said Ina Brook.")
    assert not [t for t in takens(digests_of(sentences)) if t.voice == "Ina Brook"]


def test_a_quote_in_the_second_person_stands_toward_the_one_it_is_put_to():
    told = ("Mayor Mara Velt closed the harbour bridge on Monday.",
            "At the council meeting, Olek Dunn told Mara Velt: “You have been a shameful, dishonest disaster "
            "for this town.”")
    found = [t for t in takens(digests_of(told)) if t.voice == "Olek Dunn"]
    assert found and all(t.actor == "Mara Velt" and t.reading.label == "negative" for t in found)
    # Said to no one the text names: placed nowhere.
    unclear = (told[0], "Olek Dunn spoke to reporters after Mara Velt left.",
               "“You have been a shameful, dishonest disaster for this town,” Olek Dunn said.")
    assert not [t for t in takens(digests_of(unclear)) if t.voice == "Olek Dunn"]


def test_a_you_meaning_anyone_is_no_verdict_on_the_one_told():
    told = ("Mayor Mara Velt closed the harbour bridge on Monday.",
            "At the council meeting, Olek Dunn told Mara Velt: “You are going to find some awful, "
            "rotten traders in any big market.”")
    assert not [t for t in takens(digests_of(told)) if t.voice == "Olek Dunn"]


AUTHORED = ("Governor Mara Velt signed the harbour bill on Monday.",
            "Mara Velt said the harbour would stay open.",
            "Critics of Mara Velt gathered outside.")


def test_a_declared_stand_on_a_decision_is_a_position_toward_its_author():
    sentences = (*AUTHORED, "“I will fight this bill with everything I have,” said Olek Dunn, a senator.",
                 "“We support the bill because it keeps the harbour open,” said Ina Brook, a teacher.")
    found = {(t.voice, t.actor, t.reading.label) for t in takens(digests_of(sentences))}
    assert {("Olek Dunn", "Mara Velt", "negative"), ("Ina Brook", "Mara Velt", "positive")} <= found


def test_no_position_where_the_decision_has_no_clear_author_or_the_stand_is_denied_opposition():
    unsigned = ("Governor Mara Velt spoke on Monday.", "Mara Velt said the harbour would stay open.",
                "“I will fight this bill with everything I have,” said Olek Dunn, a senator.")
    assert not [t for t in takens(digests_of(unsigned)) if t.voice == "Olek Dunn"]
    denied = (*AUTHORED, "“We do not oppose the bill,” said Ina Brook, a teacher.")
    assert not [t for t in takens(digests_of(denied)) if t.voice == "Ina Brook"]


def test_a_call_to_reverse_a_veto_opposes_the_one_who_vetoed_not_the_bill():
    sentences = ("Governor Mara Velt vetoed the harbour bill on Monday.", *AUTHORED[1:],
                 "“I urge the council to meet at once to reverse this veto,” said Olek Dunn, a senator.",
                 "“We support the bill,” said Ina Brook, a teacher.")
    found = {(t.voice, t.actor, t.reading.label) for t in takens(digests_of(sentences))}
    assert ("Olek Dunn", "Mara Velt", "negative") in found
    assert not [f for f in found if f[0] == "Ina Brook"]


def test_a_speakers_words_on_their_own_state_judge_no_one_named_around_them():
    """"I would look foolish," said when another pressed the speaker, speaks
    of the speaker, not badly of the one who pressed; words on someone else
    ("a fool to trust her") or a state denied ("I am not a crook") are no
    such words."""
    for own in ("I would look silly if I agreed to that", "We feel terrible and ashamed",
                "I'd be a fool to sell the ferry now."):
        assert divergences._own_state(own), own
    for other in ("I'd be a fool to trust her.", "I think the mayor is a disgrace", "I am not a crook",
                  "I would look foolish if the mayor won", "Dunn would look foolish"):
        assert not divergences._own_state(other), other
    pressed = ("Mayor Mara Velt opened the harbour bridge on Monday.",
               "“I would look foolish and weak if I did that,” Olek Dunn replied after Mayor Mara Velt pressed "
               "him on the ferry tax.")
    assert not [t for t in takens(digests_of(pressed)) if t.voice == "Olek Dunn"]


def _velts(sentences, quote, target, label, voice="Ina Brook"):
    """The positions taken in an article of `sentences` whose last holds
    `quote`, read `label` toward `target` by `voice`, in a story of Mayor
    Mara Velt (the more salient) and her son Tomas Velt."""
    from briefing.models import Person, Sentiment
    from tests.helpers import digest_of

    people = [Person(name="Mara Velt", aliases=("Velt",), role="mayor", salience=9),
              Person(name="Tomas Velt", aliases=("Velt",), role="teacher", salience=3),
              Person(name=voice, aliases=(voice.split()[-1],), role="pilot", salience=1)]
    cast = divergences.Cast(forms={"mara velt": "mara velt", "tomas velt": "tomas velt", "velt": "mara velt"},
                            grid=frozenset({"mara velt", "tomas velt"}),
                            canonical=voices.names_by_alias(people), people={p.name: p for p in people[:2]})
    digest = digest_of("a0", list(sentences))
    reading = Sentiment(target=target, label=label, score=0.95, source=digest.sentences[-1].source,
                        voice=voice, quote=quote)
    return divergences.quote_targets(replace(digest, sentiments=(reading,)), cast)


def test_a_surname_the_sentence_marks_as_the_other_of_two_is_placed_toward_neither():
    # An article about a mayor and her son writes "Ms. Velt" of her and "the
    # younger Mr. Velt" of him: the story-wide map gives "Velt" to the mayor.
    sentences = ("Mayor Mara Velt closed the harbour bridge on Monday.",
                 "Her son, Tomas Velt, had asked her to keep it open.",
                 "“He is brave and wonderful,” said Ina Brook, who taught the younger Mr. Velt to sail.",
                 "Mara Velt and Tomas Velt spoke at the harbour.")
    found = digests_of(sentences)
    cast = divergences.cast_of(found, voices.merge_people(found))
    text = found[0].article.text
    marked = sentences[2]
    assert divergences._shared_surname("Mr. Velt", marked, text, cast)
    assert divergences._shared_surname("Velt", marked, text, cast)
    assert not divergences._shared_surname("Tomas Velt", marked, text, cast)
    quote = "He is brave and wonderful and kind"
    said = f"“{quote},” said Ina Brook, who taught the younger Mr. Velt to sail."
    assert not _velts(sentences[:2] + (said,), quote, "Velt", "positive")
    plain = f"“{quote},” said Ina Brook, who taught Mr. Velt to sail."
    assert [t.actor for t in _velts(sentences[:2] + (plain,), quote, "Velt", "positive")] == ["Mara Velt"]
    # A surname the sentence does not mark as one of two is the map's (most often right:
    # "Ms. Velt" after both were named is the mayor); so is one only one person of the article bears.
    assert not divergences._shared_surname("Ms. Velt", "Ina Brook praised Ms. Velt.", text, cast)
    alone = digests_of(("Mayor Mara Velt closed the harbour bridge on Monday.",
                        "Ina Brook praised the elder Ms. Velt."))
    alone_cast = divergences.cast_of(alone, voices.merge_people(alone))
    assert not divergences._shared_surname("Ms. Velt", "Ina Brook praised the elder Ms. Velt.",
                                           alone[0].article.text, alone_cast)


def test_sympathy_for_a_person_is_no_blame_of_them():
    assert divergences._sympathy_only("We all feel terribly bad for Captain Velt")
    assert divergences._sympathy_only("Our hearts go out to Velt and her family")
    # Blame beside the sympathy still blames; regret for one's own deed is no sympathy.
    assert not divergences._sympathy_only("I feel sorry for Velt, but she lied to us")
    assert not divergences._sympathy_only("I feel bad about what I did")
    opening = ("Mayor Mara Velt was charged with fraud on Monday.",)
    for quote, placed in (("I feel so very badly for Mara Velt", False), ("Mara Velt is a shameful liar", True)):
        said = f"“{quote},” said Olek Dunn, a harbour pilot."
        assert bool(_velts(opening + (said,), quote, "Mara Velt", "negative", voice="Olek Dunn")) is placed


def test_a_harm_or_loss_that_befell_someone_is_no_blame_of_them():
    assert divergences._befell_theirs("Velt made one slip and they wrecked her whole career")
    assert divergences._befell_theirs("Nobody expected that Velt would lose her seat")
    # The speaker's own deed, and a harm done to no one's own thing, stay as read.
    assert not divergences._befell_theirs("I ruined her evening with that question")
    assert not divergences._befell_theirs("Velt wrecked the harbour budget")
    opening = ("Mayor Mara Velt was charged with fraud on Monday.",)
    for quote, placed in (("She made one slip and they wrecked her whole career", False),
                          ("Mara Velt wrecked the harbour budget", True)):
        said = f"“{quote},” said Olek Dunn, a harbour pilot."
        assert bool(_velts(opening + (said,), quote, "Mara Velt", "negative", voice="Olek Dunn")) is placed


def test_a_good_done_to_someones_things_is_no_praise_of_them():
    """"A closed hearing would best protect Velt's privacy" gives a reason
    for a step the speaker wants: read well of Velt, it is no praise."""
    assert divergences._benefits_theirs("A closed hearing would best protect Mara Velt's privacy", "Mara Velt")
    assert divergences._benefits_theirs("The new fund will secure their pensions", "Mara Velt")
    # The speaker's own support, what their thing does, and praise beside it stay as read.
    assert not divergences._benefits_theirs("We will defend Velt's harbour plan", "Mara Velt")
    assert not divergences._benefits_theirs("Velt's harbour plan will help the town", "Mara Velt")
    assert not divergences._benefits_theirs("Velt is a fine mayor and the fund will secure Velt's pension", "Mara Velt")
    opening = ("Mayor Mara Velt was asked to testify on Monday.",)
    for quote, placed in (("A closed hearing would best protect Mayor Velt's privacy", False),
                          ("Mara Velt has been a superb mayor for this harbour", True)):
        said = f"“{quote},” said Olek Dunn, a harbour pilot."
        assert bool(_velts(opening + (said,), quote, "Mara Velt", "positive", voice="Olek Dunn")) is placed


def test_a_harm_others_aim_at_someones_thing_is_no_blame_of_them():
    """"The mayor's rivals would stop at nothing to try to wreck Velt's budget"
    blames the rivals and defends Velt (it had counted as speaking badly of
    Velt); the doer of an infinitive is the subject of the verb it serves."""
    assert divergences._befell_theirs("Her rivals would stop at nothing to try to wreck Velt's campaign",
                                      "Mara Velt")
    assert divergences._befell_theirs("They tried to wreck her career")
    assert not divergences._befell_theirs("We will try to wreck Velt's budget", "Mara Velt")
    assert not divergences._befell_theirs("Velt lied, and they will try to wreck Velt's budget", "Mara Velt")
    assert not divergences._befell_theirs("Velt's budget will wreck the harbour", "Mara Velt")


def test_a_quote_said_of_what_befell_someone_is_no_verdict_on_them():
    """"“A sad day for the harbour,” Dunn said of Velt's defeat": the quote
    names no one and is said of what befell Velt, so it stands toward no one."""
    for said, placed in (("“We cannot reward a crushing loss with more of the same,” Olek Dunn said of Mara "
                          "Velt’s defeat.", False),
                         ("“It was a shameful day for the town,” Olek Dunn said about the arrest of Mara Velt.", False),
                         ("“We cannot reward a crushing loss with more of the same,” Olek Dunn said of Mara "
                          "Velt’s remarks.", True)):
        quote = said.split("”")[0].strip("“,")
        opening = ("Mayor Mara Velt lost the harbour vote on Monday.",)
        assert bool(_velts(opening + (said,), quote, "Mara Velt", "negative", voice="Olek Dunn")) is placed


def test_a_quote_naming_someone_only_as_what_is_aimed_at_them_takes_no_side_against_them():
    """"The charges filed against Velt have no bearing on the council":
    the bad words are the charges', and a defender's "a vendetta against
    Velt" reads as badly; neither is the speaker's verdict on Velt."""
    assert divergences._against_them("The charges filed against Mara Velt have no bearing on the council", "Mara Velt")
    assert divergences._against_them("The port board has run a vendetta against Velt for years", "Mara Velt")
    # Named elsewhere too, or as whom the speaker acts against, the quote keeps its reading.
    assert not divergences._against_them("Velt is a cheat and the case against Velt is strong", "Mara Velt")
    assert not divergences._against_them("We will campaign against Velt in every ward", "Mara Velt")
    opening = ("Mayor Mara Velt was charged with fraud on Monday.",)
    for quote, placed in (("The charges filed against Mayor Velt have no bearing on the council", False),
                          ("Mara Velt is a cheat who lied to the harbour board", True)):
        said = f"“{quote},” said Olek Dunn, a harbour pilot."
        assert bool(_velts(opening + (said,), quote, "Mara Velt", "negative", voice="Olek Dunn")) is placed


def test_what_someone_backs_is_no_praise_of_them():
    """"By turning up she was plainly endorsing the toll, or quietly
    supporting it" pins a side on Velt: read well of her, it is no praise;
    praise beside the support, or the speaker's own support, stays as read."""
    assert divergences._backing_only("By turning up she was plainly endorsing the toll, or quietly supporting it")
    assert not divergences._backing_only("She backed the toll, and she is a wise mayor")
    assert not divergences._backing_only("We back Velt all the way")
    opening = ("Mayor Mara Velt spoke at the toll hearing on Monday.",)
    for quote, placed in (("By turning up Mara Velt was plainly endorsing the toll, or quietly supporting it", False),
                          ("Mara Velt has been a superb mayor for this harbour", True)):
        said = f"“{quote},” said Olek Dunn, a harbour pilot."
        assert bool(_velts(opening + (said,), quote, "Mara Velt", "positive", voice="Olek Dunn")) is placed

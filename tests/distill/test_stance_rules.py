"""Stance of voices: which readings count as a judgement (invented sentences)."""

from __future__ import annotations

from briefing.distill import stance
from briefing.language import nlp
from briefing.models import Sentiment, Source
from briefing.synthesize import viewpoints


def tokens_of(sentence: str, name: str) -> list:
    doc = nlp.load()(sentence)
    start = sentence.index(name)
    return [t for t in doc if start <= t.idx < start + len(name)]


def test_an_actor_that_acts_or_is_described_is_judged():
    assert stance.acts(tokens_of("Norland signed the treaty with great enthusiasm.", "Norland"))
    assert stance.acts(tokens_of("Norland's trade with Sudria grew fast.", "Norland"))
    assert stance.acts(tokens_of("Analysts are skeptical about Norland's promises.", "Norland"))


def test_what_is_asked_of_an_actor_is_not_a_judgement_of_it():
    assert not stance.acts(tokens_of("Ms. Lind called on Friday for Ivo Tamm to “use the audit to question” "
                                     "the council.", "Ivo Tamm"))
    assert not stance.acts(tokens_of("Ms. Lind urged Ivo Tamm to cancel the harbour deal.", "Ivo Tamm"))
    assert stance.acts(tokens_of("Ivo Tamm used the audit to challenge the council.", "Ivo Tamm"))


def test_news_about_an_actor_is_not_a_judgement_of_it():
    assert not stance.acts(tokens_of("Vera Holm's party's emails were hacked last year.", "Vera Holm"))
    assert not stance.acts(tokens_of("The president must be willing to confront Olek Dunn.", "Olek Dunn"))
    assert not stance.acts(tokens_of("The attack on Norland's embassy shocked observers.", "Norland"))


def test_the_object_of_a_verb_of_verdict_is_judged():
    """"accused Olek Dunn of lying" passes a verdict on him: no mere thing
    done to him, as "must confront Olek Dunn" is."""
    assert stance.acts(tokens_of("Vera Holm accused Olek Dunn of trying to “sink the ferry line”.", "Olek Dunn"))
    assert stance.acts(tokens_of("The union praised Olek Dunn for his patience.", "Olek Dunn"))
    assert not stance.acts(tokens_of("Vera Holm visited Olek Dunn on Monday.", "Olek Dunn"))
    # Not one whose deed is judged by another ("resolutions condemning Norland's raid"), nor one not judged.
    assert not stance.acts(tokens_of("Sudria abstained from resolutions condemning Norland's raid.", "Norland"))
    assert not stance.acts(tokens_of("Sudria has not condemned Norland for the raid.", "Norland"))


def test_an_actor_named_in_another_persons_description_is_not_judged():
    """"Vera Holm's fired campaign manager" describes the manager: what the
    manager then does says nothing of Holm (her reading had made a former
    aide "critical of" the candidate he worked for)."""
    for sentence in ("Olek Dunn, Vera Holm's fired campaign manager, ripped the mayor for his remarks.",
                     "Vera Holm's campaign manager, Olek Dunn, ripped the mayor.",
                     "Vera Holm campaign manager Olek Dunn ripped the mayor."):
        assert not stance.acts(tokens_of(sentence, "Vera Holm")), sentence
        assert stance.acts(tokens_of(sentence, "Olek Dunn")), sentence
    assert stance.acts(tokens_of("Vera Holm's attack on the mayor was fierce.", "Vera Holm"))
    assert stance.acts(tokens_of("Vera Holm and Olek Dunn ripped the mayor.", "Vera Holm"))
    # A country acts through its officers.
    assert stance.acts(tokens_of("Portugal’s President Olek Dunn praised the new rail link.", "Portugal"))


def test_the_clause_after_a_contrast_carries_the_point():
    doc = nlp.load()("The plan looks generous, but the costs make it a burden for farmers.")
    clause = stance._verdict_clause(next(doc.sents).root)
    assert clause.lemma_ == "make"
    plain = nlp.load()("The plan looks generous to most farmers.")
    assert stance._verdict_clause(next(plain.sents).root).lemma_ == "look"


def test_a_party_alone_does_not_speak_for_a_relationship():
    relevance = viewpoints.Relevance(terms=frozenset({"norla", "sudri"}), known=frozenset({"norla", "sudri", "kasto"}),
                                     actors=frozenset({"norla", "sudri"}))
    source = Source(article="a", paragraph=0, start=0, end=10)
    reading = Sentiment(target="Norland", label="negative", score=0.9, source=source)
    assert not viewpoints._toward_subject(reading, "Norland sells arms to Kastor.", relevance)
    assert viewpoints._toward_subject(reading, "Norland and Sudria quarrel over tariffs.", relevance)
    person = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}), actors=frozenset({"velt"}))
    velt = Sentiment(target="Mara Velt", label="negative", score=0.9, source=source)
    assert viewpoints._toward_subject(velt, "Mara Velt lied to voters.", person)


def test_an_article_reporting_someone_elses_attitude_is_not_its_own_verdict():
    assert stance.REPORTED.search("The minister expressed his satisfaction with the talks.")
    assert stance.REPORTED.search("Both sides reaffirmed their commitment to the deal.")
    assert not stance.REPORTED.search("The talks were a resounding success.")
    # Who spoke and on what terms is sourcing, not a verdict ("not authorized" is no doubt).
    assert stance.REPORTED.search("The official was not authorized to discuss the matter and spoke on condition "
                                  "of anonymity.")
    assert stance.REPORTED.search("The ministry declined to comment.")


def test_an_actor_only_held_a_stance_toward_by_others_is_not_judged():
    """"parcels sent to people critical of Vera Holm": the critics' stance
    toward Holm, not the writer's verdict on her."""
    for sentence in ("Parcels were sent last week to people critical of Mayor Vera Holm.",
                     "The letters went to outspoken critics of Vera Holm, the police said.",
                     "He is a longtime Vera Holm critic who lost his job.",
                     "Vera Holm's detractors have called the budget a failure.",
                     "The truck was covered in anti-Holm posters."):
        name = "Holm" if "anti-" in sentence else "Vera Holm"
        assert stance.held_toward(tokens_of(sentence, name)), sentence
    assert not stance.held_toward(tokens_of("Vera Holm was critical of the budget.", "Vera Holm"))
    assert not stance.held_toward(tokens_of("The budget of Vera Holm failed badly.", "Vera Holm"))


def test_a_conceded_or_conditional_clause_is_not_the_verdict():
    sentence = "Olek Dunn defended the new tariff, although his rivals call it a disaster."
    doc = nlp.load()(sentence)
    kept = stance.verdict_span(next(doc.sents), tokens_of_doc(doc, "Olek Dunn"))
    assert kept.text == "Olek Dunn defended the new tariff"
    leading = nlp.load()("If the talks fail, Vera Holm will resign.")
    assert stance.verdict_span(next(leading.sents), tokens_of_doc(leading, "Vera Holm")).text == "Vera Holm will resign."


def test_an_actor_inside_the_conceded_clause_is_read_on_the_whole_sentence():
    doc = nlp.load()("Olek Dunn defended the new tariff, although Vera Holm calls it a disaster.")
    sent = next(doc.sents)
    assert stance.verdict_span(sent, tokens_of_doc(doc, "Vera Holm")) is sent
    plain = next(nlp.load()("Olek Dunn defended the new tariff on Monday.").sents)
    assert stance.verdict_span(plain, tokens_of_doc(plain.doc, "Olek Dunn")) is plain


def test_a_denied_charge_is_not_a_doubt():
    doc = nlp.load()("The fake rumours about the pipeline hold no credible grounds.")
    sent = next(doc.sents)
    subject = [t for t in sent if t.dep_ == "nsubj"]
    assert stance.denied_charge(subject)
    (negative, _neutral, _positive), = stance.read_toward(sent, [subject], None)
    assert negative == 0.0
    affirmed = nlp.load()("The fake rumours about the pipeline spread fast.")
    assert not stance.denied_charge([t for t in affirmed if t.dep_ == "nsubj"])
    praised = nlp.load()("The new pipeline is not a failure.")
    assert not stance.denied_charge([t for t in praised if t.dep_ == "nsubj"])


def tokens_of_doc(doc, name: str) -> list:
    start = doc.text.index(name)
    return [t for t in doc if start <= t.idx < start + len(name)]


def test_the_first_part_of_a_hyphenated_name_is_no_actor():
    assert stance._cut_compound("Fans of Chick-fil-A queued.", len("Fans of Chick"))
    assert stance._cut_compound("An Obama-era rule.", len("An Obama"))
    assert not stance._cut_compound("Norland-Sudria trade grew.", len("Norland"))
    assert not stance._cut_compound("Mara Velt - the mayor - spoke.", len("Mara Velt"))
    assert not stance._cut_compound("Mara Velt spoke.", len("Mara Velt"))


def test_an_actor_named_with_a_possessive_inside_is_its_owner_when_a_full_name():
    from briefing.distill.stance import _actor_name

    assert _actor_name("Mara Velt’s Medicare") == "Mara Velt"  # what is said of her plan judges her
    assert _actor_name("the People’s Republic") == "People’s Republic"  # a name, not an owner
    assert _actor_name("the President's") == "President"


def test_an_actor_named_with_a_handle_run_into_it_is_the_name_alone():
    from briefing.distill.stance import _actor_name

    assert _actor_name("Orla Fenwick (@OrlaFenwick") == "Orla Fenwick"  # a post's signature
    assert _actor_name("Orla Fenwick @orlaf") == "Orla Fenwick"
    assert _actor_name("Orla Fenwick") == "Orla Fenwick"


def test_a_quotation_without_a_speaker_is_not_the_articles_own_verdict():
    # A teaser cut short ("“The ... no right to...") and a quote whose speaker
    # was not found are still someone else's words.
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    cut = "“The harbour board is a corrupt, shameful and disastrous failure that has no right to..."
    whole = "“The harbour board is a corrupt, shameful and disastrous failure.”"
    for quoted in (cut, whole):
        art = article("a0", ["The Kestrel Bay harbour board met on Monday.", quoted])
        found = distill.digest(art, nlp.load()(art.text), Config())
        own = [r for r in found.stances if r.kind != "speaker"]
        assert own and not any("corrupt" in claim.text for r in own for claim in r.evidence)
        assert stance.own_words(quoted).strip() == "" and not stance.authors_words(quoted)


def test_a_quote_set_as_a_condition_is_shown_in_its_sentence():
    """"... should not be signed until 'the council shows it can pay'"
    does not say the council shows it: the speaker's evidence is the whole
    sentence; a quote that states its own claim stays as quoted."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("n1", ("Mayor Ivo Tamm met the press in Kestrel Bay on Monday.",
                         "Senator Ada Berg said the harbour deal should not be signed until “the council shows "
                         "it can pay for the new bridge and the ferry.”",
                         "“The council is broke and reckless,” Berg said."))
    found = distill.digest(art, nlp.load()(art.text), Config())
    said = {c.text for r in found.stances if r.voice == "Ada Berg" for c in r.evidence}
    assert any(text.startswith("Senator Ada Berg said") and "until" in text for text in said)
    assert not any(text.startswith("the council shows") for text in said)


def test_a_sentence_an_excerpt_cuts_off_states_no_view():
    """"... a big win for the firm, which chose to forgo the grant on the
    belief that the plan..." ends before its verdict: no evidence of the
    article's own stance; a quote trailing off inside its marks still ends."""
    assert not stance.stated("It was a great win for the firm, on the belief that the plan...")
    assert not stance.stated("It was a great win for the firm, on the belief that the plan…")
    assert stance.stated("“We were going to win, and then…” she said.")
    assert stance.stated("It was a great win for the firm.")


def test_a_heading_or_list_item_states_no_view_but_the_headline_does():
    assert stance.stated("Relations are excellent.") and stance.stated("“We will win,” she said”")
    assert not stance.stated("Jane Beber Abramson Award") and not stance.stated("2018: Thomas F. Geraghty")
    assert not stance.stated("Taxonomic Levels Used.")  # a heading with a stop
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("a0", ["Harbour board meets", "The Kestrel Bay harbour board met on Monday.",
                         "Award for the brilliant, wonderful Mara Velt"])
    found = distill.digest(art, nlp.load()(art.text), Config())
    evidence = [claim.text for r in found.stances if r.kind != "speaker" for claim in r.evidence]
    assert "Award for the brilliant, wonderful Mara Velt" not in evidence


def test_a_bare_no_for_an_answer_is_no_praise():
    said = "“Our ballot is no, and we ask the harbour board to follow us,” Ivo Tamm said."
    assert stance.answered_no_sides(tokens_of(said, "ballot")) == {2}
    assert stance.answered_no_sides(tokens_of("“Our reply is no,” Ivo Tamm said.", "reply")) == {2}
    assert not stance.answered_no_sides(tokens_of("“Our ballot is yes,” Ivo Tamm said.", "ballot"))
    assert not stance.answered_no_sides(tokens_of("“The answer is no longer clear,” Ivo Tamm said.", "answer"))


def test_a_quote_holding_the_verb_of_the_clause_said_is_the_speakers_own_statement():
    """Only the auxiliary left outside ("Berg has “given ...”"), the quote
    is the speaker's predicate, not a phrase the writer lifted."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("a0", ["Ida Berg retired from the Tarnby harbour school on Friday.",
                         "Berg has “given her whole life and her savings to the pupils of this town,” Olek Dunn, "
                         "the chair of the school board, said in a statement."])
    digest = distill.digest(art, nlp.load()(art.text), Config())
    spoken = {r.voice: [c.text for c in r.evidence] for r in digest.stances}
    assert [q.speaker for q in digest.quotes] == ["Olek Dunn"]
    assert any("given her whole life" in text for text in spoken["Olek Dunn"])


def test_they_in_a_quote_is_not_an_organization_named_before_an_unnamed_body_the_writer_brings_in():
    from briefing.models import Quote

    def they_of(text: str):
        doc = nlp.load()(text)
        opens = text.index("“")
        quote = Quote(text=text[opens + 1:-2], speaker="Ivo Tamm",
                      sources=(Source(article="a", paragraph=0, start=opens + 1, end=len(text) - 2),))
        named = sorted(doc.ents, key=lambda e: e.start_char)
        return stance._last_named(named, text.index("they", opens), "GROUP", quote, stance._surnames(named))

    # "a tailoring firm" may be whom "they" stands for: no one the brief can name.
    assert they_of("Ivo Tamm once sold hats for Corvane Textiles. Tamm found the coat at a tailoring firm in "
                   "Oslar. “I asked the clerk about it, and they said it was rubbish.”") is None
    # With no such body in between, "they" is the organization named last.
    assert they_of("Ivo Tamm once sold hats for Corvane Textiles. Tamm found the coat there in "
                   "Oslar. “I asked the clerk about it, and they said it was rubbish.”") == "Corvane Textiles"
    # A body the name's own sentence says it is or became is that organization again.
    assert they_of("Ivo Tamm said Corvane Textiles had turned into a political party. "
                   "“I asked the clerk about it, and they said it was rubbish.”") == "Corvane Textiles"


def test_they_in_a_quote_is_never_a_person_the_tagger_once_called_an_organization():
    from spacy.tokens import Span

    from briefing.models import Quote

    doc = nlp.load()("Kristine Bunch walked free. Bunch thanked lawyers. The critics spoke. It is what they did.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 6, label="ORG")]
    named = sorted(doc.ents, key=lambda e: e.start_char)
    quote = Quote(text="It is what they did.", speaker="Ann Roe", sources=(Source(article="a", paragraph=0,
                                                                                    start=doc.text.index("It is"),
                                                                                    end=len(doc.text)),))
    at = doc.text.index("they")
    assert stance._last_named(named, at, "GROUP", quote, stance._surnames(named)) is None
    assert stance._last_named(named, at, "GROUP", quote) == "Bunch"  # without the people's names to check


def test_a_phrase_of_a_few_words_shows_no_stance_of_its_speaker():
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("a0", ["Senator Michael Brooks called the harbour deal a “disgraceful corrupt fraud” on Monday.",
                         "“The harbour deal is a disgraceful, corrupt fraud that will ruin us,” Michael Brooks said."])
    found = distill.digest(art, nlp.load()(art.text), Config())
    spoken = [claim.text for r in found.stances if r.voice == "Michael Brooks" for claim in r.evidence]
    assert spoken and "disgraceful corrupt fraud" not in spoken


def test_he_after_a_sentence_about_someone_else_does_not_go_on_with_the_quote():
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    def spoken(*texts: str) -> list[str]:
        art = article("a0", [" ".join(texts)])
        found = distill.digest(art, nlp.load()(art.text), Config())
        return [c.text for r in found.stances if r.voice == "Ann Berg" for c in r.evidence]

    later = "He also said the inspectors were furious about the disastrous failure."
    # "He" is Tom Dunn, the sentence's subject, not Ann Berg, whose words it quotes.
    assert later not in spoken("Tom Dunn attempted to explain Sunday that the memo was referring to then-acting "
                               "chair Ann Berg telling the counsel Eva Kask in January that the plan had “wasted "
                               "the money in a shameful and disastrous way.”", later)
    assert later in spoken("“The plan is a disastrous and shameful waste of money,” Ann Berg said.", later)


def subject_of(sentence: str) -> str | None:
    sent = next(nlp.load()(sentence).sents)
    found = stance._judged_subject(stance._verdict_clause(sent.root))
    return found.text if found is not None else None


def test_the_tone_is_read_toward_what_a_speaker_judges_not_toward_the_speaker():
    # What a speaker fears or believes of something named is about it ...
    assert subject_of("I’m afraid the minister could be taken advantage of.") == "minister"
    assert subject_of("We believe the treaty is fair to farmers.") == "treaty"
    # ... and a reported sentence's tone is that of what was said, not of who said it.
    assert subject_of("He warned, “I’m afraid the minister could be taken advantage of.”") == "minister"
    # The speaker's own stand stays theirs.
    assert subject_of("I support this treaty.") == "I"
    assert subject_of("The treaty collapsed in May.") == "treaty"


def test_the_one_a_harm_befalls_is_not_judged_by_its_tone():
    assert stance.harmed(tokens_of("The issues raised by Olek Dunn's death have simmered for years.", "Olek Dunn"))
    assert stance.harmed(tokens_of("The killing of Vera Holm was a brutal crime.", "Vera Holm"))
    assert not stance.harmed(tokens_of("Vera Holm's remarks were a brutal insult.", "Vera Holm"))
    assert not stance.harmed(tokens_of("Olek Dunn killed the bill.", "Olek Dunn"))


def test_the_one_a_speaker_feels_for_is_not_judged_by_the_sorrow():
    assert stance.pitied(tokens_of("I feel very badly for Gen. Olek Dunn.", "Olek Dunn"))
    assert stance.pitied(tokens_of("We feel so sorry for Vera Holm and her family.", "Vera Holm"))
    # The same shape without the verb of feeling may judge; so does a feeling at someone.
    assert not stance.pitied(tokens_of("She is responsible for Vera Holm and her crimes.", "Vera Holm"))
    assert not stance.pitied(tokens_of("That is bad for Olek Dunn.", "Olek Dunn"))
    assert not stance.pitied(tokens_of("Voters feel angry at Olek Dunn.", "Olek Dunn"))


def test_a_speaker_feeling_for_someone_is_no_verdict_of_the_speaker():
    def subject(sentence: str) -> list:
        return [next(t for t in nlp.load()(sentence) if t.dep_ == "nsubj")]

    assert stance.feels_for(subject("I feel very badly for Gen. Olek Dunn."))
    assert not stance.feels_for(subject("I feel terrible about this decision."))
    assert not stance.feels_for(subject("I feel very badly."))


def test_a_name_only_ever_used_as_an_adjective_is_no_actor_of_the_grid():
    from briefing.distill import stance
    from briefing.language import nlp

    parse = nlp.load()
    assert stance.modifiers(parse("Russian troops crossed the border on Monday. The Ukrainian army fell back "
                                  "toward the city.")) == {"Russian", "Ukrainian"}
    assert stance.modifiers(parse("Russian troops crossed the border on Monday. The Russian said the army "
                                  "fell back toward the city.")) == frozenset()  # once a noun: an actor


def test_a_title_the_tagger_took_alone_for_a_name_is_no_actor():
    doc = nlp.load()("If he were elected to the state Senate, Lt. Gov. Ann Lind would back the plan to reward "
                     "colleges for results.")
    named = [e.text for ents in stance._actors_by_sentence(doc).values() for e in ents]
    assert "Ann Lind" in named and "Lt." not in named


def test_a_peoples_word_cut_from_the_name_after_it_is_read_as_that_name():
    from spacy.tokens import Span

    doc = nlp.load()("Officials spoke of a direct link to the Kurdish Front. The battle against the Kurdish Front "
                     "could take years. Ministers back the Kurdish farmers.")
    kurdish = [t.i for t in doc if t.text == "Kurdish"]
    # Tagged as the model tags a real group's name in a longer article: whole once, then its first word alone.
    doc.set_ents([Span(doc, kurdish[0] - 1, kurdish[0] + 2, label="ORG"),
                  Span(doc, kurdish[1], kurdish[1] + 1, label="NORP"),
                  Span(doc, kurdish[2], kurdish[2] + 1, label="NORP")], default="outside")
    named = [stance._actor_name(e.text) for ents in stance._actors_by_sentence(doc).values() for e in ents]
    assert named == ["Kurdish Front", "Kurdish Front"]  # "Kurdish farmers": the farmers are judged, no group


def test_a_name_for_a_kind_of_person_is_no_actor_nor_a_he_after_it():
    """"is no Olek Dunn or Ada Berg", "a Dunn and a Berg": the measure
    someone is held to, not a person judged (Dunn had been read "badly
    spoken of"), nor the "he" of the quote after it."""
    doc = nlp.load()("The senator suggested the young mayor is no Olek Dunn or Ada Berg.")
    assert not [e.text for ents in stance._actors_by_sentence(doc).values() for e in ents]
    doc = nlp.load()("The senator suggested the young mayor is not Olek Dunn.")
    assert [e.text for ents in stance._actors_by_sentence(doc).values() for e in ents] == ["Olek Dunn"]
    # "Somebody like a Dunn" is still Dunn, judged.
    doc = nlp.load()("“What somebody like a Mara Velt is doing is playing on fears,” Ada Berg said.")
    assert "Mara Velt" in [e.text for ents in stance._actors_by_sentence(doc).values() for e in ents]
    from tests.distill.test_stance_readings import _quoted_targets

    texts = ("Mayor Ivo Tamm won the primary in Kestrel Bay on Tuesday.",
             "“We don’t always nominate a Dunn and a Berg every four years,” Lena Fisk said.",
             "“I was clear on the occasions where I think that he did the wrong thing,” Fisk continued.")
    assert not _quoted_targets("k1", texts, "wrong thing") & {"Dunn", "Berg", "Olek Dunn", "Ada Berg"}


def test_a_sentence_saying_only_who_someone_is_judges_them_not():
    """"Ada Lindqvist is a Cold War historian" (the note under her opinion
    piece) had been read as a harsh portrayal of her, from "war"."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("w1", ("Ada Lindqvist is a Cold War historian.",
                         "Olek Dunn is a corrupt and dangerous war criminal."))
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert not [r for r in digest.sentiments if "Lindqvist" in r.target]
    assert [r for r in digest.sentiments if "Dunn" in r.target and r.label == "negative"]


def test_a_charge_or_praise_its_own_clause_denies_is_not_read_that_way():
    """"Olek Dunn is not a liar", a defence of him, had been read as a harsh
    verdict on him (from "liar"); "has never been a great coach" as praise."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("n1", ("Coach Olek Dunn met the press in Kestrel Bay on Monday.",
                         "Olek Dunn is not a liar.",
                         "Mara Lind never lied to the board.",
                         "Ivo Tamm has never been a great coach.",
                         "Pia Kell is a liar."))
    digest = distill.digest(art, nlp.load()(art.text), Config())
    said = {(r.target, r.label) for r in digest.sentiments}
    assert not said & {("Olek Dunn", "negative"), ("Mara Lind", "negative"), ("Ivo Tamm", "positive")}
    assert ("Pia Kell", "negative") in said
    assert stance.negated_sides(tokens_of("Ivo Tamm did not win the vote.", "Ivo Tamm")) == {2}
    assert not stance.negated_sides(tokens_of("Ivo Tamm is not only a liar but a thief.", "Ivo Tamm"))


def test_what_a_subject_did_nothing_of_is_denied():
    """"Mara Lind did nothing unethical", a defence, had been read as a harsh
    verdict on her (from "unethical"), and so had the tone of "He's done
    nothing wrong" toward its subject; "did nothing to stop the fraud" still
    charges him."""
    from briefing.distill import sentiment

    assert stance.nothing_sides(tokens_of("Mara Lind did nothing unethical at the depot.", "Mara Lind")) == {0}
    assert stance.nothing_sides(tokens_of("Olek Dunn has said nothing kind about us.", "Olek Dunn")) == {2}
    assert not stance.nothing_sides(tokens_of("Olek Dunn did nothing to stop the fraud.", "Olek Dunn"))
    assert not stance.nothing_sides(tokens_of("Olek Dunn did something wrong.", "Olek Dunn"))
    sent = next(nlp.load()("He's done nothing wrong.").sents)
    subject = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    (as_tone,) = stance.read_toward(sent, [subject], sentiment.sentence_parts(sent), [False])
    assert as_tone[0] == 0.0


def test_a_denial_voids_neither_its_phrases_matter_nor_a_sentences_own_tone():
    """"Ivo Tamm has not shied away from attacks" affirms the attacks; "It
    was not a random murder" is grim still: the tone toward the sentence's
    subject (no actor) stands."""
    from briefing.distill import sentiment

    assert not stance.negated_sides(tokens_of("Ivo Tamm has not shied away from attacks.", "Ivo Tamm"))
    assert not stance.negated_sides(tokens_of("Ivo Tamm was not upset over the vile insults.", "Ivo Tamm")) - {0}
    sent = next(nlp.load()("It was not a random and cruel murder.").sents)
    subject = [t for t in sent if t.dep_ == "nsubj"]
    parts = sentiment.sentence_parts(sent)
    (as_actor,), (as_tone,) = stance.read_toward(sent, [subject], parts, [True]), stance.read_toward(
        sent, [subject], parts, [False])
    assert as_actor[0] == 0.0 and as_tone[0] > 0.0


def test_an_actor_named_in_a_participles_phrase_qualifying_a_noun_is_not_judged():
    """"Members of the society, named after Ivo Tamm, were sworn to
    secrecy" tells of the society, not of Tamm (it had read him harshly)."""
    assert not stance.acts(tokens_of("Members of the society, named after Ivo Tamm, were sworn to secrecy.",
                                     "Ivo Tamm"))
    assert stance.acts(tokens_of("The plan was drafted by Ivo Tamm in secret.", "Ivo Tamm"))
    assert stance.acts(tokens_of("Ivo Tamm, named after his grandfather, lied to the court.", "Ivo Tamm"))
    # A clause is no participle: "the doubts that farmers feel about Ivo Tamm" are about him.
    assert stance.acts(tokens_of("These ads give voice to the nagging doubts that many farmers feel about "
                                 "Governor Ivo Tamm.", "Ivo Tamm"))


def test_an_actor_owning_the_people_a_clause_is_about_is_not_judged():
    """"Vera Holm's rivals dropped out" tells what the rivals did: it had
    been shown as the evidence of a harsh portrayal of the candidate."""
    assert not stance.acts(tokens_of("Last week, Vera Holm's rivals dropped out of the race.", "Vera Holm"))
    assert not stance.acts(tokens_of("Vera Holm's lawyers lied to the court.", "Vera Holm"))
    assert stance.acts(tokens_of("Vera Holm's campaign was reckless and wasteful.", "Vera Holm"))
    # An organization acts through its officers.
    assert stance.acts(tokens_of("Some Interpol officials disliked the first draft of the report.", "Interpol"))


def test_he_in_a_quote_is_never_a_womans_given_name_written_alone():
    """"Janet" alone is a woman's given name: the "he" of the next quotation
    is someone else; "Lee" is the surname of Max Lee, who is named in full,
    and tells no sex."""
    from spacy.tokens import Span

    from briefing.models import Quote

    def last_named(text: str, names: list[tuple[int, int]]) -> str | None:
        doc = nlp.load()(text)
        doc.ents = [Span(doc, a, b, label="PERSON") for a, b in names]
        named = sorted(doc.ents, key=lambda e: e.start_char)
        opens = text.rindex("“")
        quote = Quote(text=text[opens:], speaker="Tom Dunn",
                      sources=(Source(article="a", paragraph=0, start=opens, end=len(text)),))
        return stance._last_named(named, text.index("He ", opens), "PERSON", quote, stance._surnames(named),
                                  sex="m")

    text = "Tom Dunn praised the mayor and Janet at the fair. “He is a disgrace,” Dunn said."
    doc = nlp.load()(text)
    janet = next(t.i for t in doc if t.text == "Janet")
    assert last_named(text, [(0, 2), (janet, janet + 1)]) is None
    text = "Max Lee met Tom Dunn. Lee spoke. “He is a disgrace,” Dunn said."
    doc = nlp.load()(text)
    lee = [t.i for t in doc if t.text == "Lee"]
    assert last_named(text, [(0, 2), (3, 5), (lee[1], lee[1] + 1)]) == "Lee"


def test_a_clause_of_time_about_another_actors_deed_is_not_the_verdict():
    """"After Ivo Mark launched his vicious raid": the raid's tone is Mark's,
    not a verdict on Lena Dahl, who asked for calm; Mark himself is still
    read on the whole sentence, and a clause of time with no other actor
    as its subject stays in the verdict."""
    for sentence in ("Just after Ivo Mark launched his vicious raid on the village, Lena Dahl was asking for calm.",
                     "Lena Dahl was asking for calm after Ivo Mark launched his vicious raid on the village."):
        doc = nlp.load()(sentence)
        sent = next(doc.sents)
        assert stance.verdict_span(sent, tokens_of_doc(doc, "Lena Dahl")).text.rstrip(".") == "Lena Dahl was asking for calm"
        assert stance.verdict_span(sent, tokens_of_doc(doc, "Ivo Mark")) is sent
    doc = nlp.load()("After the vicious raid failed, Lena Dahl was asking for calm.")
    sent = next(doc.sents)
    assert stance.verdict_span(sent, tokens_of_doc(doc, "Lena Dahl")) is sent


def test_a_persons_name_before_the_people_a_clause_is_about_is_not_judged():
    """"Holm delegates booed" tells what the delegates did, as "Vera Holm's
    rivals" does; the campaign she runs still acts for her."""
    assert not stance.acts(tokens_of("Later, Holm delegates inside the arena loudly booed the mayor.", "Holm"))
    assert not stance.acts(tokens_of("Ann Holm delegates booed the mayor.", "Ann Holm"))
    assert stance.acts(tokens_of("The Holm campaign was reckless and wasteful.", "Holm"))


def test_he_in_a_quote_is_not_the_measure_another_he_was_held_to():
    """"He's the best mayor since Ann Dunn" has a "he" who is not Dunn: the
    "He" of the next quotation may be that other man, not Dunn."""
    from spacy.tokens import Span

    from briefing.models import Quote

    text = "“He is the best mayor since Ann Dunn,” Eva Berg said. “He unites the whole town,” Berg added."
    doc = nlp.load()(text)
    dunn = next(t.i for t in doc if t.text == "Ann")
    berg = [t.i for t in doc if t.text == "Eva"][0]
    doc.ents = [Span(doc, dunn, dunn + 2, label="PERSON"), Span(doc, berg, berg + 2, label="PERSON")]
    named = sorted(doc.ents, key=lambda e: e.start_char)
    opens = text.rindex("“")
    quote = Quote(text=text[opens:], speaker="Eva Berg",
                  sources=(Source(article="a", paragraph=0, start=opens, end=text.index("Berg added")),))
    assert stance._last_named(named, opens + 1, "PERSON", quote, stance._surnames(named), sex="m") is None
    plain = "Ann Dunn opened the bridge. “He unites the whole town,” Eva Berg said."
    doc = nlp.load()(plain)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    opens = plain.index("“")
    quote = Quote(text=plain[opens:], speaker="Eva Berg",
                  sources=(Source(article="a", paragraph=0, start=opens, end=plain.index("Eva")),))
    assert stance._last_named(list(doc.ents), opens + 1, "PERSON", quote, stance._surnames(list(doc.ents))) == "Ann Dunn"


def test_he_in_a_quote_may_be_the_one_the_narrators_he_spoke_of():
    """"He took a swipe at Ann Dunn. “I wonder if he can tell right from
    wrong,” Eva Berg said.": the narrator's "he" is the speaker, and the
    quotation's "he" is Dunn."""
    from spacy.tokens import Span

    from briefing.models import Quote

    text = "He also took a swipe at Ann Dunn. “I wonder if he can tell right from wrong,” Eva Berg said."
    doc = nlp.load()(text)
    dunn = next(t.i for t in doc if t.text == "Ann")
    berg = next(t.i for t in doc if t.text == "Eva")
    doc.ents = [Span(doc, dunn, dunn + 2, label="PERSON"), Span(doc, berg, berg + 2, label="PERSON")]
    named = sorted(doc.ents, key=lambda e: e.start_char)
    opens = text.index("“")
    quote = Quote(text=text[opens:], speaker="Eva Berg",
                  sources=(Source(article="a", paragraph=0, start=opens, end=text.index("Eva")),))
    at = text.index("he can")
    assert stance._last_named(named, at, "PERSON", quote, stance._surnames(named), sex="m") == "Ann Dunn"


def test_a_success_the_actor_only_has_to_achieve_is_not_praise():
    """"Ivo Tamm would have to win the big states" says what he has not
    done: no positive verdict on him; a win he made still is one."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    assert stance.obliged_sides(tokens_of("Ivo Tamm would have to win the big states by wide margins.",
                                          "Ivo Tamm")) == {2}
    assert stance.obliged_sides(tokens_of("Ivo Tamm needs to win the northern counties.", "Ivo Tamm")) == {2}
    assert not stance.obliged_sides(tokens_of("Ivo Tamm won the big states by wide margins.", "Ivo Tamm"))
    assert not stance.obliged_sides(tokens_of("Ivo Tamm will have to resign in disgrace.", "Ivo Tamm"))
    art = article("n1", ("Mayor Ivo Tamm met the press in Kestrel Bay on Monday.",
                         "Tamm would have to win big races, such as Arden and Brill, by large margins to beat Dahl."))
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert ("Tamm", "positive") not in {(r.target, r.label) for r in digest.sentiments}


def test_a_demand_made_of_the_actor_is_not_praise():
    """"The mayor must keep a fair and lasting pact" asks something of
    her: no positive verdict on her; a deal she secured still is one."""
    assert stance.obliged_sides(tokens_of("Mayor Ivo Tamm must win and keep a fair and lasting pact.",
                                          "Ivo Tamm")) == {2}
    assert stance.obliged_sides(tokens_of("Ivo Tamm ought to praise the council warmly.", "Ivo Tamm")) == {2}
    assert not stance.obliged_sides(tokens_of("Ivo Tamm kept a fair and lasting pact.", "Ivo Tamm"))
    assert not stance.obliged_sides(tokens_of("Ivo Tamm must resign in disgrace.", "Ivo Tamm"))


def test_a_title_in_marks_the_tagger_took_for_a_name_is_no_actor():
    """“Squawk Box”, a programme: not someone judged, nor the "he" after it."""
    doc = nlp.load()("Dunn spoke on “Squawk Box” on Thursday. Mara Velt spoke on the radio.")
    named = [e.text for ents in stance._actors_by_sentence(doc).values() for e in ents]
    assert "Squawk Box" not in named and "Mara Velt" in named
    assert stance.in_marks_alone(next(e for e in doc.ents if e.text == "Squawk Box"), doc.text)


def acting_in(sentence: str) -> tuple[str, ...]:
    return stance.acting(nlp.load()(sentence), ())


def test_a_group_only_described_by_a_copula_does_not_act():
    """"The study says the Southern Grain Crisis was deeper than reported":
    the crisis is described, it does nothing (it had been a grid column)."""
    assert "Southern Grain Crisis" not in acting_in("The study says the Southern Grain Crisis was deeper than reported.")
    assert "Harbor Trust" in acting_in("The Harbor Trust declined to comment.")
    assert "Vantor Group" in acting_in("The Vantor Group is building a new plant.")
    # A group of people is a party whatever its verb.
    assert "Greens" in acting_in("The Greens were furious at the vote.")


def test_a_group_only_let_or_asked_to_act_does_not_act():
    """"a permit will allow Lutheran settlers to farm": the settlers are
    let do something, they do nothing in the story; nor does a body the
    council only wants to act."""
    assert "Lutherans" not in acting_in("A new permit will allow expatriate Lutherans and Danes to farm in Vell.")
    assert "Harbor Trust" not in acting_in("The council wants the Harbor Trust to repair the quay.")
    assert "Harbor Trust" in acting_in("The Harbor Trust wants to repair the quay.")


def test_a_name_before_a_noun_the_tagger_took_for_a_verb_does_not_act():
    """A word the lemmatizer knows only as a noun ("antibodies") is no
    clause's verb, whatever the tagger says, so no name is its subject."""
    doc = nlp.load()("The Vell cohort had IgM antibodies.")
    noun = next(t for t in doc if t.lower_ == "antibodies")
    assert stance._noun_only(noun)
    assert not stance._noun_only(next(t for t in doc if t.lower_ == "had"))


def test_a_warning_in_capitals_names_no_actor():
    assert acting_in("CAUTION: VIOLENT SCENES MAY UPSET SOME VIEWERS.") == ()


def test_the_owner_of_a_places_part_or_of_a_conditions_name_does_not_act():
    assert acting_in("The shelter is a drab block in Glasgow's east end.") == ()
    assert acting_in("The shelter stands in Leeds's old docks.") == ()
    assert acting_in("Dunmore, 28, has Huntington's disease and a heart condition.") == ()
    assert acting_in("Ostrava lives with Crohn's disease.") == ()
    assert "Leeds" in acting_in("Leeds's council voted to close the shelter.")


def test_refusing_is_a_position_taken_not_a_verdict_on_who_refuses():
    """"the Greens, who have refused to fund the tower", "the Greens' pledge
    to oppose the levy", "the Harbour Board rejected the plan": the writer
    tells a position, whose grim verb is no blame of them.  A fault of
    their own is not a refusal."""
    assert stance.refusing_sides(tokens_of("The mayor shifted pressure to the Greens, who have repeatedly refused "
                                           "to fund the tower.", "Greens")) == {0}
    assert stance.refusing_sides(tokens_of("Though the Greens' pledge to oppose the levy stands, the bill may pass.",
                                           "Greens")) == {0}
    assert stance.refusing_sides(tokens_of("The Harbour Board rejected the plan on Monday.", "Harbour Board")) == {0}
    assert stance.refusing_sides(tokens_of("The Harbour Board lied about the plan on Monday.",
                                           "Harbour Board")) == set()
    # A verb joined by "and" without a subject of its own has the same doer.
    assert stance.refusing_sides(tokens_of("The Harbour Board met on Monday and refused to fund the tower.",
                                           "Harbour Board")) == {0}
    assert stance.refusing_sides(tokens_of("The Harbour Board met on Monday and the Greens refused to fund it.",
                                           "Harbour Board")) == set()


def test_a_body_named_in_a_persons_title_does_not_act():
    """"the Assembly's top Green said ...": the Green speaks; the Assembly
    only says who she is.  The Assembly's own vote is its act."""
    assert "Assembly" not in acting_in("The Assembly's top Green said she would vote against the harbour bill.")
    assert "Assembly" not in acting_in("The Assembly's chairman said the session was over.")
    assert "Assembly" in acting_in("The Assembly's vote came late on Monday.")


def test_a_speakers_word_of_feeling_about_a_clause_decides_its_side():
    """"We are delighted that the tribunal has recognised the grave
    dangers" is glad of the tribunal: the grim words of what it recognised
    are no blame of it; "I am sad that ..." is no praise.  Another's
    feeling, or an opinion ("I think ..."), decides nothing."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    glad = "We are delighted that the tribunal has today recognised the grave dangers facing the refugees."
    assert stance.felt_sides(tokens_of(glad, "tribunal")) == {0}
    assert stance.felt_sides(tokens_of("I am sad that the council approved the plan.", "council")) == {2}
    assert stance.felt_sides(tokens_of("We are disappointed that the council rejected the appeal.", "council")) == {2}
    assert not stance.felt_sides(tokens_of("We want the council not to be a rubber stamp.", "council"))
    assert not stance.felt_sides(tokens_of("They are delighted that the council approved the plan.", "council"))
    assert not stance.felt_sides(tokens_of("I think the council ruined the town.", "council"))
    art = article("a0", ["Mara Quist, a lawyer for the family, spoke outside the hall in Dunmore on Friday.",
                         "“We are delighted that the tribunal has today recognised the grave dangers and the cruel "
                         "suffering facing the refugees,” Quist said."])
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert not [r for r in digest.sentiments if r.voice == "Mara Quist" and r.label == "negative"]


def test_a_phrase_the_writer_lifts_into_their_own_sentence_shows_no_stance_of_its_speaker():
    """A quoted phrase with no verb of its own, set in the writer's
    sentence ("Brisk said Velde was “at grave risk of lasting harm and
    despair”"), is the writer's choice of words: no side of its speaker.
    A verbless exclamation that opens its sentence is the speaker's own."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("a0", ["Judge Hanna Brisk ruled in March that Tom Velde should be sent to Norland.",
                         "In a statement, Brisk said Velde was “at grave risk of lasting harm and despair” if sent.",
                         "“Bizarre and utterly horrifying,” said Ola Wren, a senator."])
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert [q.speaker for q in digest.quotes][:1] == ["Hanna Brisk"]
    spoken = {r.voice: [c.text for c in r.evidence] for r in digest.stances}
    assert spoken["Hanna Brisk"] == []
    assert spoken["Ola Wren"] == ["Bizarre and utterly horrifying"]
    # Beside a statement of the speaker's own, a lifted phrase still counts.
    art = article("a1", ["Judge Hanna Brisk ruled in March that Tom Velde should be sent to Norland.",
                         "In a statement, Brisk said Velde was “at grave risk of lasting harm and despair” if sent.",
                         "“The decision is cruel and it will break this family,” Brisk said."])
    digest = distill.digest(art, nlp.load()(art.text), Config())
    spoken = {r.voice: [c.text for c in r.evidence] for r in digest.stances}
    assert "at grave risk of lasting harm and despair" in spoken["Hanna Brisk"]


def test_a_sentence_with_no_word_that_judges_is_no_verdict_of_the_article():
    """An article's own sentence of nouns, numbers and verbs of doing ("The
    investigators collected blood from 143 of these people") tells what was
    done: the tone the model reads in it is no side of the article.  A
    sentence with an adjective, an adverb or a negation may still judge."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    def sentence(text: str):
        return next(nlp.load()(text).sents)

    assert not stance.judging(sentence("The investigators collected blood from 143 of these people."))
    assert stance.judging(sentence("The plan failed badly."))
    assert stance.judging(sentence("The deal is not working."))
    assert stance.judging(sentence("The outlook is bright."))
    art = article("a0", ["Doctors from Velmar studied a fever outbreak in the hill villages of Ostra.",
                         "The investigators collected blood from 143 of these people."])
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert [(r.stance, r.evidence) for r in digest.stances if r.voice == "a0"] == [("neutral", ())]


def _party_words(sentence: str) -> dict[str, bool]:
    return {e.text: stance.one_member(e) for e in nlp.load()(sentence).ents if e.label_ == "NORP"}


def test_a_party_word_in_the_singular_naming_one_member_is_no_group_actor():
    assert _party_words("The mayor, a Democrat, said the bridge was late.") == {"Democrat": True}
    assert _party_words("Senator Ana Ruiz, Republican of Ohio, voted no.").get("Republican") is True
    assert _party_words("Ruiz, the senior Republican of the committee, spoke first.").get("Republican") is True
    assert _party_words("Republicans said the Democrats had wasted the money.") == {"Republicans": False,
                                                                                    "Democrats": False}


def test_a_denied_link_is_no_fault_of_its_subject():
    # "has nothing to do with" denies a link: no grim verdict on the subject.
    doc = nlp.load()("The new levy has nothing to do with harvests.")
    assert stance.unlinked_sides([t for t in doc if t.dep_ == "nsubj"]) == {0}
    little = nlp.load()("Dora Vell had little to do with the failed merger.")
    assert stance.unlinked_sides([t for t in little if t.dep_ == "nsubj"]) == {0}
    held = nlp.load()("The new levy has a lot to do with harvests.")
    assert stance.unlinked_sides([t for t in held if t.dep_ == "nsubj"]) == set()
    doing = nlp.load()("The new levy does nothing for farmers.")
    assert stance.unlinked_sides([t for t in doing if t.dep_ == "nsubj"]) == set()


def _speaker(sentence: str) -> list:
    """The tokens of the first "I"/"we" of `sentence`: a speaker as a target."""
    return [next(t for t in nlp.load()(sentence) if t.lower_ in ("i", "we"))]


def _voice_stances(sentences: tuple[str, ...], voice: str) -> set[str]:
    """The stances the digest of an article of `sentences` gives `voice`."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article
    art = article("n1", sentences)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    return {r.stance for r in digest.stances if r.voice == voice}


def test_the_outcome_of_a_counterfactual_is_no_verdict():
    """"Without the ferry crew it would have been a disaster" tells what did
    not happen: its grim word is no side the speaker takes, and no blame of
    the crew in its condition (it had made a senator thanking the crew
    "critical")."""
    def head(sentence: str, word: str):
        return next(t for t in nlp.load()(sentence) if t.text == word)

    assert stance.unreal(head("Without the ferry crew, it would have been a disaster.", "it"))
    assert stance.unreal(head("Without the ferry crew, it would have been a disaster.", "crew"))
    assert stance.unreal(head("If Ana Berg had stayed, Ivo Dahl would have won easily.", "Dahl"))
    assert stance.unreal(head("It would’ve been a disaster without them.", "them"))
    assert stance.unreal(head("If Ana Berg had stayed, Ivo Dahl would have won easily.", "Berg"))
    assert not stance.unreal(head("It would have been a disaster, Ana Berg said.", "Berg"))
    assert not stance.unreal(head("Ivo Dahl has been a terrible mayor.", "Dahl"))
    assert not stance.unreal(head("Ivo Dahl would be a terrible mayor.", "Dahl"))
    # The sentence's tone, read toward whatever clause the parser makes its subject.
    assert stance.supposed(nlp.load()("Without the ferry crew, it would have been a disaster—nobody could shield us."))
    assert not stance.supposed(nlp.load()("Without the ferry crew, nobody could shield us at all."))
    assert _voice_stances(("Senator Ann Velt spoke to reporters in Kestrel Bay on Monday about the ferry.",
                           "“Without the ferry crew, it would have been a disaster. Nobody could shield us out there,” "
                           "Velt said."), "Ann Velt") <= {"neutral"}


def test_a_speakers_memory_of_their_own_feelings_is_no_side():
    """"I recall how shameful that felt and how bitter I became": what the
    speaker lived, read toward themselves, not a verdict on anyone (it had
    made a minister recalling his youth "skeptical")."""
    doc = nlp.load()("I recall how shameful that felt and how bitter I became.")
    assert stance.recalled(doc[0])
    assert not stance.recalled(nlp.load()("I think the plan is a disgrace.")[0])
    assert _voice_stances(("Minister Ivo Dahl visited the port town of Kestrel Bay on Tuesday to meet residents.",
                           "“I recall how shameful that felt and how bitter I became and the mark it left on me,” "
                           "Dahl said of being turned back at a checkpoint as a young man."), "Ivo Dahl") <= {"neutral"}


def test_a_speakers_refusal_without_a_grim_word_is_no_grievance():
    """"..., but I would not trade her for anyone on my roster": the
    speaker declines, and the "not" the model reads as grim is no side
    (it had made a coach praising a rival's striker "critical")."""
    assert stance.refused_sides(_speaker("I truly would not trade her for any player.")) == {0}
    assert not stance.refused_sides(_speaker("We will not accept this outrage."))
    assert not stance.refused_sides(_speaker("We changed her for a younger player."))
    assert _voice_stances(("Coach Ivo Dahl spoke about the striker Mara Lind on Monday in Kestrel Bay.",
                           "“It is a stroke of luck for any club that has her, but I really would not exchange her "
                           "for anyone in my side.” Dahl said after the match."), "Ivo Dahl") <= {"neutral"}


def test_a_speakers_withheld_trust_is_a_grievance_not_a_refusal():
    """"I would not trust her figures": a denied verb of positive
    valence withholds a good, so the negative side stands."""
    assert not stance.refused_sides(_speaker("If the mayor meets the builders alone, I wouldn’t trust the figures he gives."))
    assert not stance.refused_sides(_speaker("We would not support the new toll on the ferry."))
    assert stance.refused_sides(_speaker("I would not swap him for any rider on the team.")) == {0}


def test_the_doer_of_praise_or_blame_takes_no_side_from_it():
    """"Ada Berg thanked the crew for their courage" praises the crew: its
    good word is no praise of her; "Cy Dunn blamed the council" is his
    charge, no fault of his.  Who is praised or blamed keeps the reading."""
    assert stance.judges_another_sides(tokens_of("Ada Berg thanked the crew for their courage.", "Ada Berg")) == {2}
    assert stance.judges_another_sides(tokens_of("Ada Berg and Cy Dunn praised the crew.", "Cy Dunn")) == {2}
    assert stance.judges_another_sides(tokens_of("Bo Marsh was thanked by Ada Berg for the gift.", "Ada Berg")) == {2}
    assert stance.judges_another_sides(tokens_of("Cy Dunn blamed the council for the delay.", "Cy Dunn")) == {0}
    assert not stance.judges_another_sides(tokens_of("The crew praised Ada Berg.", "Ada Berg"))
    assert not stance.judges_another_sides(tokens_of("Ada Berg lied to the board.", "Ada Berg"))


def test_the_doer_of_an_attack_in_words_or_of_what_issues_it_takes_no_blame_from_it():
    """"Cy Dunn slammed the council" and "Cy Dunn has a new radio spot
    hitting Ada Berg for the delay" are his attacks: their grim tone had
    been read as blame of him."""
    assert stance.judges_another_sides(tokens_of("Cy Dunn slammed the council on Monday.", "Cy Dunn")) == {0}
    assert stance.judges_another_sides(tokens_of("Cy Dunn has a new radio spot hitting Ada Berg for the delay.",
                                                 "Cy Dunn")) == {0}
    assert stance.judges_another_sides(tokens_of("Ada Berg issued a statement praising the crew.", "Ada Berg")) == {2}
    assert not stance.judges_another_sides(tokens_of("The council slammed Cy Dunn on Monday.", "Cy Dunn"))
    assert not stance.judges_another_sides(tokens_of("Cy Dunn has a new radio spot about the harbour.", "Cy Dunn"))
    # Aimed at a place or a thing, an attack may be a blow: the doer's side stands.
    assert not stance.judges_another_sides(tokens_of("Cy Dunn attacked the port at dawn.", "Cy Dunn"))


def test_a_denied_or_questioned_charge_is_no_verdict():
    """The doer of a denial defends itself ("the council disputed claims
    that its vote was unlawful"); one named inside what is denied ("she
    rejected reports that Bo Marsh had lied") or only asked about ("asked
    if Bo Marsh had lied") is charged by no one the writer backs."""
    assert stance.denied_sides(tokens_of("The council disputed claims that its vote was unlawful.", "council")) == {0}
    assert stance.denied_sides(tokens_of("She rejected reports that Bo Marsh had lied to the board.", "Bo Marsh")) == {0}
    assert stance.denied_sides(tokens_of("When asked if Bo Marsh had lied, Ada Berg said no.", "Bo Marsh")) == {0}
    assert not stance.denied_sides(tokens_of("Ada Berg lied to the board.", "Ada Berg"))
    assert not stance.denied_sides(tokens_of("She said that Bo Marsh had lied to the board.", "Bo Marsh"))


def test_a_not_above_a_verb_of_opinion_denies_the_clause_it_takes():
    """"I don't think the charter is propaganda" denies the charge: its
    "not" hangs on "think", above the clause that holds the grim word."""
    assert stance.raised_sides(tokens_of("I don't think the charter is propaganda.", "charter")) == {0}
    assert stance.raised_sides(tokens_of("We do not believe the plan is a success.", "plan")) == {2}
    assert stance.raised_sides(tokens_of("I don't think Ivo Tamm is a liar.", "Ivo Tamm")) == {0}
    assert not stance.raised_sides(tokens_of("I think the charter is propaganda.", "charter"))


def test_what_another_hopes_of_an_actor_is_no_praise_of_it():
    """"Cy Dunn hoped Ada Berg would be true to her word" waits for a good
    from her: no praise; the negative side stands."""
    assert stance.obliged_sides(tokens_of("Cy Dunn said he hoped Ada Berg would be true to her word.",
                                          "Ada Berg")) == {2}
    assert stance.obliged_sides(tokens_of("The board expects that Ada Berg will honour the deal.", "Ada Berg")) == {2}
    assert not stance.obliged_sides(tokens_of("Ada Berg kept her word and repaid the money.", "Ada Berg"))


def test_a_charge_made_beside_a_question_is_not_denied():
    assert not stance.denied_sides(tokens_of("I asked if Bo Marsh would sell it, and he was rude and dishonest.",
                                             "Bo Marsh"))
    assert stance.denied_sides(tokens_of("Asked if Bo Marsh had betrayed the town, Ada Berg said: “No.”",
                                         "Bo Marsh")) == {0}


def test_a_nationality_tagged_as_a_proper_noun_before_a_noun_is_no_actor_of_the_grid():
    """The tagger sometimes calls a joined nationality a proper noun
    ("Chilean-Norwegian" compound of "partnership"): built by hand, since
    which sentences it does so in depends on the text around them."""
    from spacy.tokens import Doc

    from briefing.distill import stance
    from briefing.language import nlp

    words = ["The", "Chilean-Norwegian", "partnership", "grew", ".", "Chile", "signed", "."]
    doc = Doc(nlp.load().vocab, words=words, pos=["DET", "PROPN", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
              heads=[2, 2, 3, 3, 3, 6, 6, 6], deps=["det", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
              ents=["O", "B-NORP", "O", "O", "O", "B-GPE", "O", "O"])
    assert stance.modifiers(doc) == {"Chilean-Norwegian"}


def test_a_speakers_hope_is_no_forecast():
    """"I'd hope readers take the survey to heart" says what the speaker waits
    for, not that it will come: its hopeful tone toward the clause's
    subject is no optimism.  An expectation is a forecast, and another's
    hope is reported, not voiced."""
    assert stance.wished_sides(tokens_of("I'd hope readers take the survey to heart.", "readers")) == {2}
    assert stance.wished_sides(tokens_of("We hope this gives voters a clearer picture.", "We")) == {2}
    assert stance.wished_sides(tokens_of("We want the board to listen to the growers.", "We")) == {2}
    assert not stance.wished_sides(tokens_of("I expect the harvest to recover next spring.", "I"))
    assert not stance.wished_sides(tokens_of("The growers will recover next spring.", "growers"))
    # Hoping a person acts backs them: the tone stands.
    assert not stance.wished_sides(tokens_of("I hope she runs for the council again.", "I"))
    assert not stance.wished_sides(tokens_of("We want Ada Berg to stay on the board.", "We"))


def test_a_hope_quoted_with_no_one_named_is_not_read_as_praise():
    """The tone of a quote that names no one is its speaker's position in
    the divergences: a wish ("I'd sure hope readers ...") is none."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    art = article("a0", ["The survey of Dunmore's river birds was published on Monday.",
                         "“I'd sure hope readers will take this fine survey to heart,” said Lena Dahl."])
    digest = distill.digest(art, nlp.load()(art.text), Config())
    assert not [r for r in digest.sentiments if r.voice == "Lena Dahl" and r.label == "positive"]


def test_a_sum_raised_or_given_is_news_not_praise_of_who_raised_it():
    from briefing.distill import stance

    def sides(text: str, name: str) -> set[int]:
        doc = nlp.load()(text)
        return stance.sum_told_sides([t for t in doc if t.text == name][:1])

    assert sides("The Orlan Fund raised $4 million in June.", "Fund") == {2}
    assert sides("Two Kelby bankers, Ada Velt and Bo Marsh, lead the list of donors, giving more than $9 million.",
                 "Velt") == {2}
    assert sides("The Velt-aligned fund foolishly spent $4 million on ads.", "Velt") == {2}  # a cold reading stays
    # A sum the subject does not raise, give or spend leaves the reading alone.
    assert sides("Bo Marsh opposes the $40 million plan.", "Marsh") == set()
    assert sides("Bo Marsh praised the fund, which raised $4 million.", "Marsh") == set()


def test_an_acronym_the_article_also_writes_in_the_plural_is_a_kind_not_an_actor():
    from briefing.distill import stance

    text = "Two NGOs sued the Orlan Board. The NGO said the Board had failed the town."
    assert stance.common_acronyms(text) == frozenset({"NGO"})
    actors = {ent.text for ents in stance._actors_by_sentence(nlp.load()(text)).values() for ent in ents}
    assert "NGO" not in actors and "the Orlan Board" in actors
    assert stance.common_acronyms("The OPEC meeting ended. OPEC said output would rise.") == frozenset()


def test_a_charge_a_conditional_clause_only_supposes_is_no_verdict():
    """"If Ivo Tamm is a liar, the board must act" puts a case: the speaker
    does not call him one.  The charge in the conditional clause, turned by
    its own negation too ("if Tamm is not honest"), is voided; what the main
    clause says follows from the case stands, and so does a charge made
    outright."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    assert stance.supposed_sides(tokens_of("If Ivo Tamm is a liar, the board must act.", "Ivo Tamm")) == {0}
    assert 0 in stance.supposed_sides(tokens_of("If Ivo Tamm is not honest, then nobody is.", "Ivo Tamm"))
    assert stance.supposed_sides(tokens_of("If Ivo Tamm is not lawful, the board must act.", "Ivo Tamm")) == {0, 2}
    assert stance.supposed_sides(tokens_of("If Ivo Tamm wins, it will be a disaster.", "Ivo Tamm")) == {2}
    assert not stance.supposed_sides(tokens_of("Ivo Tamm is not honest.", "Ivo Tamm"))
    assert not stance.supposed_sides(tokens_of("I asked if Ivo Tamm is a liar.", "Ivo Tamm"))
    art = article("c1", ("Harbour chief Mara Lind spoke in Kestrel Bay on Monday.",
                         "“If Ivo Tamm is not honest with us, then none of us can trust the harbour board,” "
                         "Lind said.",
                         "“Pia Kell is a liar,” Lind added."))
    digest = distill.digest(art, nlp.load()(art.text), Config())
    said = {(r.target, r.label) for r in digest.sentiments}
    assert ("Ivo Tamm", "negative") not in said
    assert ("Pia Kell", "negative") in said


def test_they_after_a_plural_subject_of_its_own_sentence_is_not_the_group_named_before():
    """In "Farmers are bitter because they feel betrayed", "they" is
    the farmers, not the guild named in the sentence before: the quote's
    gloom is no verdict on the guild.  A group the quote names itself is
    still judged."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    def said(line: str) -> set[tuple[str, str]]:
        art = article("g1", ("The Harbour Guild met in Kestrel Bay on Monday.", line))
        return {(r.target, r.label) for r in distill.digest(art, nlp.load()(art.text), Config()).sentiments}

    assert ("Harbour Guild", "negative") not in said(
        "“It was a grim week for the valley when the mill closed,” said Harbour Guild chair Mara Lind. "
        "“Farmers are bitter because they feel betrayed.”")
    assert ("Harbour Guild", "negative") in said(
        "“Farmers are angry. They feel betrayed by the Harbour Guild,” Lind said.")
    doc = nlp.load()("Growers say they were never asked.")
    assert stance._bound_before(next(t for t in doc if t.lower_ == "they"))
    doc = nlp.load()("The guild said they were never asked.")
    assert not stance._bound_before(next(t for t in doc if t.lower_ == "they"))


def test_a_view_there_is_said_to_be_is_no_verdict_on_whom_it_is_about():
    """"There's a worry that Ivo Tamm has let the harbour down" tells
    of a view others hold; the speaker's own charge, and a view denied
    ("there is no fear that ..."), are not set aside."""
    from briefing import distill
    from briefing.config import Config
    from tests.helpers import article

    assert stance.held_by_others(tokens_of("There is a fear among growers that Ivo Tamm will sell the mill.",
                                           "Ivo Tamm"))
    assert not stance.held_by_others(tokens_of("There is no fear that Ivo Tamm will sell the mill.", "Ivo Tamm"))
    assert not stance.held_by_others(tokens_of("There is proof that Ivo Tamm lied.", "Ivo Tamm"))
    assert not stance.held_by_others(tokens_of("My fear is that Ivo Tamm will sell the mill.", "Ivo Tamm"))
    art = article("v1", ("Harbour chief Mara Lind spoke in Kestrel Bay on Monday.",
                         "“There's a worry that Ivo Tamm has let the harbour down,” Lind said.",
                         "“Pia Kell has failed the harbour and lied to us,” Lind added."))
    digest = distill.digest(art, nlp.load()(art.text), Config())
    said = {(r.target, r.label) for r in digest.sentiments}
    assert not {("Ivo Tamm", "negative"), ("Ivo Tamm", "positive")} & said
    assert ("Pia Kell", "negative") in said

"""Portrayals and voice divergences, from invented articles run through
distill and synthesize as a build would run them."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import docx
from tests.helpers import brief, claim, digest_for, write

from briefing import distill
from briefing.config import Config
from briefing.distill import stance
from briefing.language import nlp
from briefing.models import Brief, Person, Portrayal, Sentence, Sentiment, Source, from_dict, to_dict
from briefing.synthesize import divergences, portrayals, voices
from tests.helpers import article, digest_of

ATTACK = ("Mayor Mara Velt opened the new harbour bridge on Monday.",
          "Senator Olek Dunn said: “Mara Velt is a liar and a disgrace, and her corrupt deal betrayed the city.”",
          "Residents accused Mara Velt of wasting money on a shameful and useless project.")
PRAISE = ("Mayor Mara Velt opened the new harbour bridge on Monday.",
          "“Mara Velt is an honest, brilliant leader who saved our city,” said Ina Brook, a local teacher.",
          "Supporters praised Mara Velt for her courage and her wonderful success with the bridge.")
OTHER = ("Mayor Mara Velt opened the new harbour bridge on Monday.",
         "“Pia Kell is an honest, brilliant leader who saved our town,” said Ina Brook, a local teacher.",
         "The bridge has four lanes and a footpath.")


def digests_of(*texts):
    config = Config()
    model = nlp.load()
    found = []
    for number, sentences in enumerate(texts):
        art = article(f"a{number}", sentences)
        found.append(distill.digest(art, model(art.text), config))
    return found


def test_each_article_portrays_the_actor_as_it_treats_it():
    found = digests_of(ATTACK, PRAISE)
    people = voices.merge_people(found)
    grid = {(p.actor, p.article): p for p in portrayals.find_portrayals(found, people)}
    attacked, praised = grid[("Mara Velt", "a0")], grid[("Mara Velt", "a1")]
    # Two sentences of evidence is little: the learned model may call them
    # neutral, but never the wrong way round.
    assert attacked.polarity != "positive" and praised.polarity != "negative"
    assert attacked.score <= 0 <= praised.score
    # A score leans only with the cell: a neutral cell shows no leaning.
    assert all((p.score < 0) == (p.polarity == "negative") and (p.score > 0) == (p.polarity == "positive")
               for p in (attacked, praised))
    assert all(isinstance(p, Portrayal) and -1 <= p.score <= 1 for p in grid.values())


HARSH = ("Mayor Mara Velt opened the harbour bridge on Monday, months late and far over budget.",
         "Mara Velt has been widely condemned for the corrupt and wasteful deal.",
         "Critics say Mara Velt lied to the council and betrayed the city.",
         "Mara Velt, already disgraced by a bribery scandal, refused to answer questions.",
         "The failed project is a shameful monument to Mara Velt and her incompetence.")


def test_an_article_harsh_in_its_own_voice_portrays_the_actor_negatively_with_its_sentences():
    found = digests_of(HARSH)
    (cell,) = [p for p in portrayals.find_portrayals(found, voices.merge_people(found)) if p.actor == "Mara Velt"]
    assert cell.polarity == "negative" and cell.score < 0
    assert cell.evidence and all(c.sources[0].article == "a0" and "Mara Velt" in c.text for c in cell.evidence)
    assert any("disgraced" in c.text or "lied" in c.text or "corrupt" in c.text for c in cell.evidence)


def test_a_sentence_where_the_actor_is_only_what_others_talk_about_is_no_evidence_of_how_it_is_treated():
    found = digests_of(("Mayor Mara Velt opened the new harbour bridge on Monday.",
                        "Mara Velt, already disgraced by a bribery scandal, refused to answer questions.",
                        "Olek Dunn is pushing vile, shameful conspiracy theories about Mara Velt."))
    (digest,) = found
    people = voices.merge_people(found)
    canonical = portrayals._canonical(people)
    velt = portrayals.actor_key("Mara Velt", canonical)
    theories = [r for r in digest.sentiments if "conspiracy" in digest.article.text[r.source.start:r.source.end]
                and r.target == "Mara Velt"]
    assert theories and not any(r.acts for r in theories)  # the theories' tone, not a verdict on her
    shown = portrayals._evidence(digest, velt, canonical, "negative")
    assert shown and not any("conspiracy" in c.text for c in shown)


def test_a_sentence_telling_what_others_did_to_the_actor_is_no_verdict_on_it():
    # Named in a phrase of someone else's act: asked of, reacted to, a time.
    assert portrayals.in_anothers_act("A fishing guild in Tarnby issued a letter calling on Ada Velt to resign.",
                                      "Ada Velt")
    assert portrayals.in_anothers_act("The new toll plan went over badly with Norland's fishermen.", "Norland")
    assert portrayals.in_anothers_act("Long before Ada Velt's election, Olek Dunn quarrelled with the port authority.",
                                      "Ada Velt")
    # The actor who acts, whose deed is judged, the doer named by "by", or an attitude toward them: a verdict.
    assert not portrayals.in_anothers_act("Ada Velt lied to the council and wasted the city's money.", "Ada Velt")
    assert not portrayals.in_anothers_act("Ada Velt's corrupt deal betrayed the city.", "Ada Velt")
    assert not portrayals.in_anothers_act("The port was run into the ground by Ada Velt.", "Ada Velt")
    assert not portrayals.in_anothers_act("The council grew wary of Ada Velt after the audit.", "Ada Velt")


def test_what_an_actor_feels_about_some_news_is_no_verdict_on_it():
    assert portrayals.feels_about_a_clause("The Harbour Party was furious that the council delayed the vote.",
                                           "Harbour Party")
    assert portrayals.feels_about_a_clause("Harbour Party delegates appeared frustrated that Velt refused "
                                           "to answer.", "Harbour Party")
    assert portrayals.feels_about_a_clause("Ada Velt's aides seemed glad that the audit was over.", "Ada Velt")
    # What the writer says the actor is, or is to blame for, is a verdict.
    assert not portrayals.feels_about_a_clause("Ada Velt is a reckless and dishonest mayor.", "Ada Velt")
    assert not portrayals.feels_about_a_clause("Ada Velt is responsible for the collapse of the port.", "Ada Velt")


def test_the_portrayal_model_needs_clear_evidence_to_take_a_side():
    learned = {"least": 3, "share": 0.2, "quoted": 0.5}
    quiet = {"mentions": 6.0, "own_negative": 1.0}
    harsh = {"mentions": 8.0, "own_negative": 3.0, "own_positive": 1.0, "quoted_negative": 2.0}
    assert portrayals.decide(quiet, learned) == "neutral" and portrayals.decide(harsh, learned) == "negative"
    # Readings inside chosen quotes count at `quoted`: two of them make one more.
    assert portrayals.decide({"mentions": 8.0, "own_negative": 2.0, "quoted_negative": 2.0}, learned) == "negative"
    # Many mentions and few readings are not a side; nor is a tie.
    assert portrayals.decide({"mentions": 40.0, "own_negative": 4.0}, learned) == "neutral"
    assert portrayals.decide({"mentions": 8.0, "own_negative": 3.0, "own_positive": 3.0}, learned) == "neutral"
    assert portrayals.decide({"mentions": 8.0, "own_positive": 4.0}, learned) == "positive"


def test_the_shipped_decision_is_a_few_learned_numbers():
    learned = portrayals.model()
    assert set(learned) == {"least", "share", "quoted", "acting"} and learned["least"] >= 1 and 0 <= learned["share"] < 1


def test_acting_counts_only_the_readings_where_the_actor_acts():
    found = {"mentions": 8.0, "own_negative": 4.0, "own_negative_acting": 1.0}
    assert portrayals.decide(found, {"least": 3, "share": 0.2, "quoted": 0.0, "acting": False}) == "negative"
    assert portrayals.decide(found, {"least": 3, "share": 0.2, "quoted": 0.0, "acting": True}) == "neutral"


def test_the_score_leans_the_way_the_readings_do():
    learned = {"least": 1, "share": 0.0, "quoted": 0.5, "acting": False}
    harsh = {"mentions": 4.0, "own_negative_p": 2.4, "own_positive_p": 0.6, "quoted_negative_p": 0.8}
    assert portrayals.balance(harsh, learned) == round(-(2.4 + 0.4 - 0.6) / 4, 3)
    assert portrayals.balance({"mentions": 0.0, "own_positive_p": 3.0}, learned) == 1.0


def test_features_count_the_articles_own_readings_apart_from_quotes_and_its_own_words():
    (digest,) = digests_of(ATTACK)
    people = voices.merge_people([digest])
    canonical = portrayals._canonical(people)
    velt = portrayals.actor_key("Mara Velt", canonical)
    found = portrayals.features(digest, velt, canonical, 3)
    assert found["mentions"] == 3.0 and found["says_negative"] == 0.0
    assert found["quoted_negative"] >= 1.0 and found["quoted_positive"] == 0.0
    dunn = portrayals.features(digest, portrayals.actor_key("Olek Dunn", canonical), canonical, 1)
    assert dunn["says_negative"] >= 1.0


def test_opposed_voices_on_one_actor_are_set_side_by_side():
    found = digests_of(ATTACK, PRAISE)
    (dispute,) = divergences.actors(found, voices.merge_people(found))
    assert dispute.kind == "actor" and "Mara Velt" in dispute.topic
    by_voice = {p.voice: p.text for p in dispute.positions}
    assert "liar" in by_voice["Olek Dunn"] and "brilliant" in by_voice["Ina Brook"]
    sides = {p.voice: p.label for p in dispute.positions}
    assert sides["Olek Dunn"].startswith("speaks badly") and sides["Ina Brook"].startswith("speaks well")


def test_no_divergence_between_voices_on_different_actors():
    found = digests_of(ATTACK, OTHER)
    assert divergences.actors(found, voices.merge_people(found)) == []


def test_a_reading_inside_a_quote_is_the_speakers():
    (digest,) = digests_of(ATTACK)
    quoted = [s for s in digest.sentiments if s.quote is not None and s.target == "Mara Velt"]
    assert quoted and all(s.voice == "Olek Dunn" and s.label == "negative" for s in quoted)
    own = next(r for r in digest.stances if r.voice == "a0")
    assert all("Olek Dunn" not in c.text for c in own.evidence)


def test_decide_mixed_only_when_both_sides_are_clear():
    assert stance.decide(2.0, 1.5) == "mixed"
    assert stance.decide(4.0, 1.0) == "optimistic"
    assert stance.decide(0.5, 0.0) == "neutral"


def test_every_format_draws_the_source_by_actor_grid(tmp_path):
    base = brief()
    art = base.articles[1]
    grid = (Portrayal(actor="Jana Novák", article=base.articles[0].id, polarity="positive", score=0.4, mentions=2,
                      evidence=(claim(base.articles[0], 1),)),
            Portrayal(actor="Jana Novák", article=art.id, polarity="negative", score=-0.5, mentions=1,
                      evidence=(claim(art, 0),)),
            Portrayal(actor="Olek Petrenko", article=art.id, polarity="neutral", score=0.0, mentions=1))
    paths = write(Brief(**{**{f: getattr(base, f) for f in base.__slots__}, "portrayals": grid}), tmp_path,
                  formats=("json", "html", "docx"))
    html = paths["html"].read_text(encoding="utf-8")
    section = html[html.index('id="portrayals"'):]
    assert "Jana Novák" in section and "Olek Petrenko" in section
    assert "+ positive" in section and "− negative" in section and "S2 on Jana Novák (negative)" in section
    assert "The sentence behind each leaning cell is in the annex" in section
    document = docx.Document(str(paths["docx"]))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Source")
    assert [c.text for c in table.rows[0].cells] == ["Source", "Jana Novák", "Olek Petrenko"]
    assert [c.text for c in table.rows[2].cells] == ["S2", "− negative", "· neutral"]
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert from_dict(Portrayal, data["portrayals"][1]) == grid[1]


def test_a_grid_where_no_cell_leans_says_so_instead_of_pointing_to_the_annex(tmp_path):
    base = brief()
    grid = tuple(Portrayal(actor="Jana Novák", article=a.id, polarity="neutral", score=0.0, mentions=1)
                 for a in base.articles[:2])
    paths = write(Brief(**{**{f: getattr(base, f) for f in base.__slots__}, "portrayals": grid}), tmp_path,
                  formats=("html", "docx"))
    html = paths["html"].read_text(encoding="utf-8")
    section = html[html.index('id="portrayals"'):html.index("</section>", html.index('id="portrayals"'))]
    assert "No source leans either way on any of these actors." in section and "leaning cell" not in section
    text = [p.text for p in docx.Document(str(paths["docx"])).paragraphs]
    assert "No source leans either way on any of these actors." in text
    assert not any("leaning cell" in t for t in text)


UNNAMED_ATTACK = ("Mayor Mara Velt signed the new harbour budget on Monday.",
                  "Senator Olek Dunn was furious. “This is a shameful, corrupt disgrace,” he said.")
UNNAMED_PRAISE = ("Mayor Mara Velt signed the new harbour budget on Monday.",
                  "Ina Brook, a local teacher, was delighted. “This is a wonderful, brave success,” she said.")


def test_quotes_that_name_no_one_are_placed_nowhere():
    # Their tone, given to the story's main actor, was right 0 times in 3 on BASIL.
    found = digests_of(UNNAMED_ATTACK, UNNAMED_PRAISE)
    assert divergences.actors(found, voices.merge_people(found)) == []


def test_a_speakers_own_attack_does_not_portray_the_speaker():
    sentences = ("Senator Olek Dunn slammed Mara Velt on Monday, calling her “a corrupt, shameful liar.”",
                 "Mara Velt opened the harbour bridge.")
    (found,) = digests_of(sentences)
    readings = [s for s in found.sentiments if s.target == "Mara Velt" and s.voice == "Olek Dunn"]
    assert readings and readings[0].label == "negative"
    dunn = [p for p in found.portrayals if p.actor == "Olek Dunn"]
    assert all(p.polarity == "neutral" for p in dunn)


def test_an_acronym_with_dots_is_the_same_group_as_without():
    assert portrayals.group_key("N.A.A.C.P.") == portrayals.group_key("NAACP")
    assert portrayals.group_key("Republicans") == portrayals.group_key("Republican")
    assert portrayals.group_key("St. Louis") != portrayals.group_key("Louis")


def test_a_word_built_on_a_groups_name_is_another_actor():
    """"Islamophobia" had been the key of "Islamic" (their first five
    letters): an article that only said "Islamic" showed a cell on
    Islamophobia.  The forms of one name stay one."""
    assert portrayals.group_key("Norlandophobia") != portrayals.group_key("Norlandic")
    assert portrayals.group_key("Norlandophobia") == portrayals.group_key("Norlandophobic")
    for one, other in (("Palestinians", "Palestine"), ("Democratic", "Democrats"), ("Afghanistan", "Afghans"),
                       ("Norlandic", "Norland")):
        assert portrayals.group_key(one) == portrayals.group_key(other), (one, other)


POSTED = ("Mayor Harl Voss opened the harbour bridge on Monday.",
          "Harl Voss wrote on Twitter that the toll plan was a disaster.",
          "Momma said the bridge was a shameful waste, and Momma was angry.",
          "Twitter exploded after the post, and Voss later deleted it.")


def test_a_name_tagged_as_a_person_with_no_person_behind_it_is_no_actor():
    doc = nlp.load()(article("a0", POSTED).text)
    found = distill.people.find_people(article("a0", POSTED), doc)
    unvouched = stance.unvouched(doc, found)
    # The small model calls the platform and the nickname persons; the
    # people stage found neither, and a bare surname of a person is vouched for.
    assert "Twitter" in unvouched and "Momma" in unvouched
    assert "Voss" not in unvouched and "Harl Voss" not in unvouched
    (digest,) = digests_of(POSTED)
    actors = {p.actor for p in portrayals.find_portrayals([digest], voices.merge_people([digest]))}
    assert "Harl Voss" in actors and not actors & {"Twitter", "Momma"}


def test_a_bare_name_another_article_names_in_full_is_an_actor():
    bare = digest_for(article("a1", ("Obama spoke.",)), unvouched=("Obama", "Twitter"),
                      portrayals=tuple(Portrayal(actor=name, article="a1", polarity="neutral", score=0.0, mentions=3)
                                       for name in ("Obama", "Twitter")))
    canonical = portrayals._canonical([Person(name="Barack Obama", aliases=("Obama",))])
    assert [p.actor for p in portrayals.vouched(bare, canonical)] == ["Obama"]
    assert [p.actor for p in portrayals.vouched(bare, {})] == []


def test_a_named_law_is_no_actor():
    """"the Clean Harbours Act" is what the actors fight over, not one of
    them; a body named for its work ("Harbour Board") still is one."""
    cells = tuple(Portrayal(actor=name, article="a1", polarity="neutral", score=0.0, mentions=3)
                  for name in ("Clean Harbours Act", "Harbour Board", "Ferry Safety Bill"))
    digest = digest_for(article("a1", ("The Harbour Board backed the Clean Harbours Act.",)), portrayals=cells)
    assert [p.actor for p in portrayals.vouched(digest, {})] == ["Harbour Board"]
    assert portrayals.a_law("Clean Harbours Act") and not portrayals.a_law("Act")
    assert not portrayals.a_law("Kelso School of Law")
    person = digest_for(article("a1", ("Ann Law spoke.",)),
                        portrayals=(Portrayal(actor="Ann Law", article="a1", polarity="neutral", score=0.0, mentions=3),))
    assert [p.actor for p in portrayals.vouched(person, {"ann law": "Ann Law"})] == ["Ann Law"]


def test_an_acronym_and_the_name_it_spells_are_one_actor_shown_in_full():
    found = digests_of(("The Federal Bureau of Investigation opened an inquiry into the harbour deal.",
                        "The FBI said the deal was corrupt, and the FBI called it a disgrace.",
                        "Mayor Harl Voss said the Federal Bureau of Investigation was wrong."))
    actors = [p.actor for p in portrayals.find_portrayals(found, voices.merge_people(found))]
    assert "Federal Bureau of Investigation" in actors and "FBI" not in actors
    assert actors.count("Federal Bureau of Investigation") == 1


def test_a_short_name_after_the_full_one_is_one_actor_and_before_it_another():
    """"The Valley Morning Courier ... the Courier" is one actor; "the House"
    an article names before the White House, or a name of two words ends
    in, is another."""
    from types import SimpleNamespace

    def digest(text):
        return SimpleNamespace(article=SimpleNamespace(text=text))

    forms = {"valle morni couri": Counter({"Valley Morning Courier": 2}), "couri": Counter({"Courier": 3}),
             "white house": Counter({"White House": 2}), "house": Counter({"House": 2})}
    after = digest("The Valley Morning Courier reported the deal. The Courier said the House agreed "
                   "and the White House was silent.")
    assert portrayals._short_forms(forms, set(), [after]) == {"couri": "valle morni couri"}
    before = digest("The Courier said so. The Valley Morning Courier reported the deal.")
    assert portrayals._short_forms(forms, set(), [after, before]) == {}


def test_an_acronym_two_names_spell_stays_apart():
    forms = {"pa": Counter({"PA": 3}), "port autho": Counter({"Port Authority": 2}),
             "press assoc": Counter({"Press Association": 2})}
    assert portrayals._acronyms(forms, set()) == {}
    del forms["press assoc"]
    assert portrayals._acronyms(forms, set()) == {"pa": "port autho"}
    assert portrayals._acronyms(forms, {"pa"}) == {}  # a person's key is never folded


def test_a_unique_surname_or_a_titled_form_is_the_persons_actor():
    people = [Person(name="Mike Huckabee", aliases=("Mr. Huckabee",)), Person(name="Donald Trump"),
              Person(name="Melania Trump")]
    canonical = portrayals._canonical(people)
    assert portrayals.actor_key("Huckabee", canonical) == "mike huckabee"
    assert portrayals.actor_key("Governor Mike Huckabee", canonical) == "mike huckabee"
    # Two Trumps: the bare surname is no one's in particular.
    assert portrayals.actor_key("Trump", canonical) == portrayals.group_key("Trump")


ACTED = ("Mayor Harl Voss praised the harbour deal on Monday.",
         "The Port Authority said the deal was a disgrace, and the Port Authority rejected it.",
         "Clerks used the Vantor Group software to count the votes, and the Vantor Group software was blamed.",
         "Voss defended the Vantor Group contract.")


def test_a_group_only_acted_upon_is_no_actor_of_the_grid():
    (digest,) = digests_of(ACTED)
    assert "Port Authority" in digest.acting and "Vantor Group" not in digest.acting
    assert "Vantor Group" in {p.actor for p in digest.portrayals}  # read, named three times
    actors = {p.actor for p in portrayals.find_portrayals([digest], voices.merge_people([digest]))}
    assert "Port Authority" in actors and "Vantor Group" not in actors


def test_a_unique_surname_written_with_its_accent_is_the_persons_actor():
    canonical = portrayals._canonical([Person(name="Felipe Calderón"), Person(name="Donald Trump Jr.")])
    assert portrayals.actor_key("Calderón", canonical) == "felipe calderón"
    assert portrayals.actor_key("Jr.", canonical) == portrayals.group_key("Jr.")


def test_an_acronym_folded_into_its_full_name_brings_its_readings_to_the_full_names_cell():
    found = digests_of(("The Environmental Protection Agency approved the new harbour bridge on Monday.",
                        "The Environmental Protection Agency said the bridge would open in May."),
                       ("The EPA approved the bridge after a corrupt, shameful and secret vote.",
                        "Critics say the EPA lied to residents and wasted their money.",
                        "The EPA refused to answer questions."))
    people = voices.merge_people(found)
    named = portrayals.judging_names(found, people)
    key = portrayals.actor_key("Environmental Protection Agency", named)
    assert portrayals.actor_key("EPA", named) == key
    found_in_second = portrayals.features(found[1], key, named, 3)
    assert found_in_second["own_negative"] >= 1.0
    # Without the fold the acronym's readings are another actor's.
    assert portrayals.features(found[1], key, portrayals._canonical(people), 3)["own_negative"] == 0.0


def test_a_brief_about_a_person_says_its_subject_is_an_actor():
    from briefing import synthesize

    about_her = synthesize.synthesize(digests_of(ATTACK, PRAISE, HARSH), Config())
    assert about_her.subject_kind == "actor"
    assert all(v.stance not in ("optimistic", "skeptical") for v in about_her.viewpoints)
    back = from_dict(Brief, json.loads(json.dumps(to_dict(about_her))))
    assert back.subject_kind == "actor"


def test_a_person_the_articles_portray_by_surname_is_shown_by_their_name():
    # BASIL's article naming "Hutchison" alone gave the grid a column "Hutchison"
    # beside "Kay Bailey Hutchison" in the viewpoints.
    cells = tuple(Portrayal(actor="Velt", article=f"a{n}", polarity="neutral", score=0.0, mentions=3) for n in (1, 2))
    found = [digest_for(article(cell.article, ("Velt spoke.",)), portrayals=(cell,)) for cell in cells]
    shown = {cell.actor for _key, cell in portrayals.cells(found, [Person(name="Mara Velt", aliases=("Velt",))])}
    assert shown == {"Mara Velt"}


FEW = ("Governor Lena Marsh opened the new rail depot on Tuesday.",
       "Marsh has been condemned for the corrupt and wasteful contract.",
       "Lena Marsh, already disgraced by a fraud scandal, refused to answer questions.")


def test_a_digest_and_the_grid_give_one_answer_for_one_article_and_actor():
    from briefing.synthesize import synthesize
    found = digests_of(FEW, PRAISE)
    # The digest's own rule leans on two clear readings; the grid's learned decision needs more.
    assert any(p.polarity == "negative" for p in found[0].portrayals if "Marsh" in p.actor)
    made = synthesize(found, Config())
    grid = {p.article: p for p in made.portrayals if "Marsh" in p.actor}
    assert grid["a0"].polarity == "neutral"
    shown = [p for d in made.digests for p in d.portrayals if "Marsh" in p.actor]
    assert shown and all(p.polarity == grid[p.article].polarity and p.score == grid[p.article].score for p in shown)
    assert all(p.mentions for p in shown)


def test_a_description_capitalised_before_a_full_name_is_the_persons_actor():
    """"Billionaire Lena Marsh has dominated the race", an article's only
    mention of her, is Lena Marsh's cell, not a blank for an actor the
    article does not name; a first word that is a given name stays."""
    people = [Person(name="Lena Marsh"), Person(name="Ann Kowal")]
    canonical = portrayals._canonical(people)
    assert portrayals.actor_key("Billionaire Lena Marsh", canonical) == "lena marsh"
    assert portrayals.actor_key("Mary Ann Kowal", canonical) != "ann kowal"
    forms = Counter({"Billionaire Lena Marsh": 1, "Lena Marsh": 3, "Marsh": 5})
    assert portrayals._display("lena marsh", forms, canonical) == "Lena Marsh"


def test_a_surname_is_the_cell_of_the_one_its_own_article_names_by_it_when_roles_tell_them_apart():
    # The corpus calls Mayor Mara Velt "Velt" most; the article naming only former governor Tom
    # Velt means him by it.
    mara = ("Mayor Mara Velt opened the harbour bridge on Monday.", "Velt said the bridge was on time.",
            "Velt later thanked the council.")
    tom = ("Former governor Tom Velt spoke at the fair on Sunday.",
           "Velt, already disgraced by a bribery scandal, refused to answer questions.",
           "Critics say Velt lied to voters and betrayed the state.")
    found = digests_of(mara, PRAISE, tom)
    people = voices.merge_people(found)
    actors = {(p.actor, p.article) for p in portrayals.find_portrayals(found, people)}
    assert ("Tom Velt", "a2") in actors and ("Mara Velt", "a2") not in actors
    assert portrayals._own_forms(found, people, portrayals._canonical(people)) == {"a2": {"velt": "tom velt"}}


def test_a_persons_own_name_is_shown_whole_though_it_opens_on_a_title_word():
    key = "prince kelso dunne"  # stated as a full name ("whose full name was Prince Kelso Dunne")
    forms = Counter({"Prince Kelso Dunne": 1, "Dunne": 3, "President Ann Lind": 1})
    assert portrayals._display(key, forms, {"dunne": key}) == "Prince Kelso Dunne"


EXCUSE = ("Mayor Mara Velt opened the new harbour bridge on Monday.",
          "“There is nothing unusual about what Mara Velt did, she did not break any rule,” said Olek Dunn.",
          "The bridge has four lanes and a footpath.")


def test_a_quote_only_a_negation_could_tip_takes_no_side_on_its_actor():
    """"Nothing unusual ... did not break any rule", said to excuse her, is no attack:
    without a judging word of that sign the voice stands on no side."""
    found = digests_of(EXCUSE, PRAISE)
    sides = divergences.voice_sides(found, voices.merge_people(found)).get("Mara Velt", {})
    assert all(t.voice != "Olek Dunn" for t in sides.get("negative", []))


def test_the_articles_own_words_are_shown_before_what_it_relays_others_saying():
    """"Critics say Mara Velt lied" is the critics' charge: a cell shows the
    article's own sentences first, the relayed ones only where it has no others."""
    relayed = ("Mayor Mara Velt opened the harbour bridge on Monday.",
               "Critics say Mara Velt lied to the council and betrayed the city with a corrupt, shameful deal.",
               "Mara Velt was arrested over alleged bribery, fraud and the theft of public money.",
               "Mara Velt, already disgraced by a bribery scandal, refused to answer questions.")
    (digest,) = found = digests_of(relayed)
    canonical = portrayals._canonical(voices.merge_people(found))
    shown = portrayals._evidence(digest, portrayals.actor_key("Mara Velt", canonical), canonical, "negative")
    assert shown and "disgraced" in shown[0].text
    assert portrayals.relayed(relayed[1]) and portrayals.relayed(relayed[2]) and not portrayals.relayed(relayed[3])



def test_an_article_takes_no_side_its_own_sentences_do_not_show():
    """Four speakers' attacks on Mara Velt and one news sentence of the
    writer's where she is only what is done to her ("The council fined
    Mara Velt"): the harsh words are the speakers', the article shows none
    of its own, and its cell stays neutral."""
    sentences = ["“Mara Velt is a liar,” said Olek Dunn.", "“Mara Velt is a disgrace,” said Ina Brook.",
                 "“Mara Velt cheated us,” said Pia Kell.", "“Mara Velt is corrupt,” said Ivo Lund.",
                 "The council fined Mara Velt on Monday."]
    digest = digest_of("a1", sentences)
    speakers = ("Olek Dunn", "Ina Brook", "Pia Kell", "Ivo Lund")
    said = [Sentiment(target="Mara Velt", label="negative", score=0.9, source=s.source, voice=who, quote=s.text)
            for s, who in zip(digest.sentences, speakers)]
    news = Sentiment(target="Mara Velt", label="negative", score=0.9, source=digest.sentences[4].source, acts=False)
    cell = Portrayal(actor="Mara Velt", article="a1", polarity="neutral", score=0.0, evidence=(), mentions=5)
    digest = replace(digest, sentiments=(*said, news), portrayals=(cell,))
    canonical = {"mara velt": "mara velt"}
    key = portrayals.actor_key("Mara Velt", canonical)
    assert portrayals.decide(portrayals.features(digest, key, canonical, 5)) == "negative"
    assert portrayals.judge(cell, digest, key, canonical).polarity == "neutral"
    # One harsh sentence in the writer's own words shows the side.
    own = replace(news, source=digest.sentences[4].source, acts=True)
    digest = replace(digest, sentiments=(*said, own))
    judged = portrayals.judge(cell, digest, key, canonical)
    assert judged.polarity == "negative" and judged.evidence[0].text == sentences[4]


def test_a_side_only_relayed_sentences_show_is_not_the_articles():
    """"Olek Dunn said Mara Velt had wrecked the budget" is in the writer's
    words but Dunn's verdict: with no sentence of the writer's own judging
    her, the cell stays neutral; one such sentence shows the side, and it
    alone is shown, not the relayed ones."""
    sentences = ["Olek Dunn said Mara Velt had wrecked the budget.", "Ina Brook claimed Mara Velt lied again.",
                 "Pia Kell told reporters that Mara Velt was a reckless spender.",
                 "Ivo Lund argued that Mara Velt had misled the council.",
                 "Mara Velt wasted the harbour fund on a vanity tower."]
    digest = digest_of("a1", sentences)
    relays = [Sentiment(target="Mara Velt", label="negative", score=0.9, source=s.source)
              for s in digest.sentences[:4]]
    cell = Portrayal(actor="Mara Velt", article="a1", polarity="neutral", score=0.0, evidence=(), mentions=5)
    canonical = {"mara velt": "mara velt"}
    key = portrayals.actor_key("Mara Velt", canonical)
    relayed_only = replace(digest, sentiments=tuple(relays), portrayals=(cell,))
    assert portrayals.decide(portrayals.features(relayed_only, key, canonical, 5)) == "negative"
    relayed_cell = portrayals.judge(cell, relayed_only, key, canonical)
    assert relayed_cell.polarity == "neutral" and relayed_cell.score == 0.0  # no side, no leaning shown
    own = Sentiment(target="Mara Velt", label="negative", score=0.8, source=digest.sentences[4].source)
    judged = portrayals.judge(cell, replace(relayed_only, sentiments=(*relays, own)), key, canonical)
    assert judged.polarity == "negative" and [c.text for c in judged.evidence] == [sentences[4]]


def test_a_name_given_in_quotation_marks_is_relayed_whoever_the_parse_finds_gave_it():
    """"The union's new flyer called Mara Velt a “reckless gambler”": the
    marks make the name the flyer's words, not the writer's verdict, even
    where the parser takes "called" for a clause on "flyer"; a name the
    writer gives in its own words, or a quotation with no verb of naming,
    is not relayed on that ground."""
    given = ("The union's new flyer called Mara Velt a “reckless gambler” over the harbour deal.",
             "Dock workers dubbed her “the harbour queen” after the vote.",
             'The league\'s second leaflet branded Mara Velt a "tax thief" for the levy.')
    assert all(portrayals.named_in_quotes(text) and portrayals.relayed(text) for text in given)
    own = ("Mara Velt wasted the harbour fund on a “vanity tower” of her own.",
           "The mayor is a reckless gambler, and the harbour deal shows it.")
    assert not any(portrayals.named_in_quotes(text) for text in own)
    # A cell whose harsh sentences are all such names takes no side.
    sentences = ["The union's new flyer called Mara Velt a “reckless gambler” over the harbour deal.",
                 "The league's second leaflet branded Mara Velt a “tax thief” for the levy.",
                 "A rival's poster labelled Mara Velt “the worst mayor in a century” on Monday.",
                 "The dockers' banner called Mara Velt a “harbour wrecker” at the quay.",
                 "Mara Velt opened the harbour bridge on Monday."]
    digest = digest_of("a1", sentences)
    harsh = tuple(Sentiment(target="Mara Velt", label="negative", score=0.9, source=s.source)
                  for s in digest.sentences[:4])
    cell = Portrayal(actor="Mara Velt", article="a1", polarity="neutral", score=0.0, evidence=(), mentions=5)
    canonical = {"mara velt": "mara velt"}
    key = portrayals.actor_key("Mara Velt", canonical)
    digest = replace(digest, sentiments=harsh, portrayals=(cell,))
    assert portrayals.decide(portrayals.features(digest, key, canonical, 5)) == "negative"
    assert portrayals.judge(cell, digest, key, canonical).polarity == "neutral"


def test_a_verdict_with_an_implied_doer_is_relayed():
    """"more of her aides came forward to accuse Mara Velt of waste": the
    verdict is the aides', though "accuse" has no subject of its own; the
    article reports it."""
    for text in ("More of her aides came forward to accuse Mara Velt of waste at the port.",
                 "Two rivals stood up to condemn Mara Velt for the levy."):
        assert portrayals.relayed(text), text
    assert not portrayals.relayed("Mara Velt wasted the harbour fund on a vanity tower.")


def test_an_article_writing_an_actors_name_in_lower_case_still_has_its_cell():
    found = digests_of(("The Harbour League accused the council of waste on Monday.",
                        "The Harbour League said the council had lied about the bridge."),
                       ("The Harbour League marched to the town hall on Tuesday.",
                        "The Harbour League asked the mayor for a new vote."),
                       ("Members of the harbour league gathered at the quay on Friday.",
                        "The mayor said the harbour league would be heard."))
    grid = {(p.actor, p.article): p for p in portrayals.find_portrayals(found, voices.merge_people(found))}
    assert ("Harbour League", "a2") in grid
    cell = grid[("Harbour League", "a2")]
    assert cell.polarity == "neutral" and cell.mentions == 2 and not cell.evidence


QUOTED_GROUP = ("Mayor Mara Velt opened the new harbour bridge on Monday.",
                "“Canadians are ruining this harbour and Canadians lie about it,” said Ina Brook, a local teacher.",
                "Mara Velt said the bridge would open to traffic next week.")


def test_a_group_one_article_names_only_inside_a_quote_is_no_main_actor():
    found = digests_of(QUOTED_GROUP, ATTACK)
    assert any(p.actor == "Canadians" for d in found for p in d.portrayals)
    actors = {p.actor for p in portrayals.find_portrayals(found, voices.merge_people(found))}
    assert "Mara Velt" in actors and "Canadians" not in actors


def test_a_group_an_article_names_in_its_own_words_may_be_a_main_actor():
    told = (*QUOTED_GROUP[:2], "Canadians have bought most of the harbour's boats since the spring.")
    found = digests_of(told, ATTACK)
    actors = {p.actor for p in portrayals.find_portrayals(found, voices.merge_people(found))}
    assert "Canadians" in actors


OWN_OUTLET = ("Mayor Mara Velt opened the new harbour bridge on Monday.",
              "The Daily Harbour Courier asked Mara Velt about the cost, and the Daily Harbour Courier reported her answer.",
              "Mara Velt told the Daily Harbour Courier that the bridge would open to traffic next week.",
              "Visit the Daily Harbour Courier homepage for more stories.")


def _published_by(outlet: str | None, sentences: tuple[str, ...]):
    art = article("a0", sentences, outlet=outlet)
    return [distill.digest(art, nlp.load()(art.text), Config())]


def test_the_articles_own_outlet_is_no_actor_of_its_story():
    elsewhere = _published_by("Island Post", OWN_OUTLET)
    actors = {p.actor for p in portrayals.find_portrayals(elsewhere, voices.merge_people(elsewhere))}
    assert any("Courier" in actor for actor in actors)  # another outlet's article reports on it
    own = _published_by("Daily Harbour Courier Online", OWN_OUTLET)
    actors = {p.actor for p in portrayals.find_portrayals(own, voices.merge_people(own))}
    assert "Mara Velt" in actors and not any("Courier" in actor for actor in actors)


def test_both_formats_say_a_blank_cell_may_be_a_name_met_only_in_passing(tmp_path):
    """An actor an article names only as a label ("critics of X") or a place
    gets no reading there, so its cell is blank: the legend must not say
    the article never names them, in the HTML or in the DOCX."""
    base = brief()
    grid = (Portrayal(actor="Jana Novák", article=base.articles[0].id, polarity="neutral", score=0.0, mentions=1),)
    paths = write(Brief(**{**{f: getattr(base, f) for f in base.__slots__}, "portrayals": grid}), tmp_path,
                  formats=("html", "docx"))
    html = paths["html"].read_text(encoding="utf-8")
    legend = html[html.index('id="portrayals"'):html.index("<table", html.index('id="portrayals"'))]
    docx_legend = next(p.text for p in docx.Document(str(paths["docx"])).paragraphs if "blank where" in p.text)
    for text in (" ".join(legend.split()), docx_legend):
        assert "does not name the actor or names them only in passing" in text


def test_the_headline_is_shown_after_the_bodys_sentences():
    """The headline names the news ("Mara Velt quits after bribery charge");
    the body's own sentences show how the article treats the actor, so a
    cell shows them first."""
    title = "Mara Velt quits in disgrace after bribery charge"
    text = (title, "Mayor Mara Velt opened the harbour bridge on Monday.",
            "Mara Velt, already disgraced by a shameful bribery scandal, refused to answer questions.")
    art = article("a0", text, title=title)
    digest = distill.digest(art, nlp.load()(art.text), Config())
    canonical = portrayals._canonical(voices.merge_people([digest]))
    head = next(r.source for r in digest.sentiments if r.source.paragraph == 0)
    assert portrayals._headline(digest, head)
    shown = portrayals._evidence(digest, portrayals.actor_key("Mara Velt", canonical), canonical, "negative")
    assert shown and "refused" in shown[0].text


QUOTED_ONLY = ("Mayor Mara Velt opened the harbour bridge on Monday.",
               "Senator Olek Dunn said: “Mara Velt is a liar and a disgrace, and her corrupt deal betrayed the city.”",
               "“Mara Velt is a fraud and a coward who wasted our money,” said Ina Brook, a local teacher.",
               "“Mara Velt lied to every voter in this shameful affair,” said Pia Kell, a shop owner.",
               "“Mara Velt is the worst and most dishonest mayor we have had,” said Ivo Tamm, a sailor.",
               "“Mara Velt should be ashamed of her cruel and wasteful failure,” said Ada Berg, a nurse.")


def test_a_side_only_the_quoted_speakers_take_is_not_the_articles():
    """An article that quotes five critics of Mara Velt and says nothing of
    her in its own voice reports their attacks: how it treats her is not
    theirs, so its cell takes no side."""
    found = digests_of(QUOTED_ONLY)
    canonical = portrayals._canonical(voices.merge_people(found))
    features = portrayals.features(found[0], portrayals.actor_key("Mara Velt", canonical), canonical, 6)
    assert features["quoted_negative"] >= portrayals.model()["least"] and not features["own_negative"]
    (cell,) = [p for p in portrayals.find_portrayals(found, voices.merge_people(found)) if p.actor == "Mara Velt"]
    assert cell.polarity == "neutral" and not cell.evidence


def _head_of(text: str, name: str):
    doc = nlp.sentence(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand").root


def test_a_channel_of_the_news_or_a_word_of_a_title_is_named_in_passing():
    passing = [("Two aides told the Valley Star that the mayor would resign.", "Valley Star"),
               ("Aides did not return the Valley Star's request for comment.", "Valley Star"),
               ("The Valley Star confirmed that the mayor sent the letter.", "Valley Star"),
               ("Ann Lind said on Radio North that the vote was a shock.", "Radio North"),
               ("He spoke in a phone interview with Radio North's Tom Hale.", "Radio North"),
               ("Senate Majority Leader Ann Lind lost her seat on Tuesday.", "Senate"),
               ("She hoped to become speaker of the Senate one day.", "Senate"),
               ("Ann Lind told reporters at a lunch hosted by the Valley Star that the vote was lost.", "Valley Star")]
    acting = [("The Valley Star fired its editor on Monday.", "Valley Star"),
              ("Ann Lind told Senate Democrats that the bill would pass.", "Democrats"),  # her hearers
              ("The Senate rejected the bill on Monday.", "Senate"),
              ("Critics attacked the Valley Star for its coverage.", "Valley Star"),
              ("The Valley Star said that it would drop the column.", "Valley Star"),
              ("The harbour plan was drafted by the Valley Council.", "Valley Council")]
    assert all(portrayals.in_passing(_head_of(text, name)) for text, name in passing)
    assert not any(portrayals.in_passing(_head_of(text, name)) for text, name in acting)


def test_a_group_named_only_as_the_channel_of_the_news_has_no_column():
    found = digests_of(("Mayor Harl Voss lost the harbour vote on Monday, aides told WKRN.",
                        "WKRN confirmed that Voss would speak on Friday.",
                        "Voss did not return WKRN's request for comment."),
                       ("Mayor Harl Voss lost the harbour vote on Monday.",
                        "WKRN confirmed that Voss would speak on Friday."))
    assert {"WKRN"} <= set(found[0].acting)  # the one confirming is no actor of the story either
    actors = {p.actor for p in portrayals.find_portrayals(found, voices.merge_people(found))}
    assert "WKRN" not in actors


def test_a_group_that_acts_keeps_its_cell_where_it_acts():
    found = digests_of(("Mayor Harl Voss lost the harbour vote on Monday, aides told WKRN.",
                        "WKRN fired its editor after the vote.", "WKRN later apologized to the mayor."),
                       ("Mayor Harl Voss lost the harbour vote on Monday.",
                        "WKRN confirmed that Voss would speak on Friday."))
    cells = {p.article for p in portrayals.find_portrayals(found, voices.merge_people(found)) if p.actor == "WKRN"}
    assert cells == {"a0"}  # the second article names it only as the one confirming


def test_a_mention_with_no_cue_around_it_is_not_parsed_for_passing():
    # A cheap necessary test before the parse: every passing mention has a cue.
    passing = [("Two aides told the Valley Star that the mayor would resign.", "Valley Star"),
               ("Aides did not return the Valley Star's request for comment.", "Valley Star"),
               ("The Valley Star confirmed that the mayor sent the letter.", "Valley Star"),
               ("Ann Lind said on Radio North that the vote was a shock.", "Radio North"),
               ("Senate Majority Leader Ann Lind lost her seat on Tuesday.", "Senate"),
               ("She hoped to become speaker of the Senate one day.", "Senate"),
               ("Anchor Tom Hale of Pell News’ evening show asked her.", "Pell News")]
    plain = [("The Valley Star raised its price on Monday.", "Valley Star"),
             ("Critics attacked the Valley Star for its coverage.", "Valley Star"),
             ("The Senate rejected the bill after a long debate.", "Senate")]
    def cued(text, name):
        start = text.index(name)
        return portrayals.may_be_in_passing(text, start, start + len(name))
    assert all(cued(text, name) for text, name in passing)
    assert not any(cued(text, name) for text, name in plain)


def test_an_outlet_that_only_held_the_interview_words_were_said_in_is_named_in_passing():
    """"in an interview with Pell News" names who asked, "on Pell News'
    Night Desk" the medium: neither is an actor; an interview that is the
    news itself ("agreed to an interview with the council") is no occasion."""
    passing = [("The mayor, in an interview with Pell News to air Friday, rated her odds as fair.", "Pell News"),
               ("Ann Lind gave her odds in an interview Friday on Pell News' \"Night Desk.\"", "Pell News"),
               ("During an interview on Pell News, Ann Lind said the vote was close.", "Pell News")]
    acting = [("The Harbor Board agreed to an interview with the Valley Council.", "Valley Council"),
              ("Pell News aired an interview with the mayor on Friday.", "Pell News")]
    for text, name in passing:
        start = text.index(name)
        assert portrayals.may_be_in_passing(text, start, start + len(name)), text
        assert portrayals.in_passing(_head_of(text, name)), text
    assert not any(portrayals.in_passing(_head_of(text, name)) for text, name in acting)


def test_a_digests_list_leaves_out_a_name_with_no_person_behind_it():
    """The per-article list agrees with the grid: "Pops", tagged a person
    with no person behind it, is no actor there either."""
    cells = tuple(Portrayal(actor=name, article="a1", polarity="neutral", score=0.0, mentions=1)
                  for name in ("Tova Rennick", "Pops"))
    digest = digest_for(article("a1", ("Tova Rennick said Pops had signed it.",)), unvouched=("Pops",),
                        portrayals=cells)
    (decided,) = portrayals.in_digests([digest], [Person(name="Tova Rennick")])
    assert [p.actor for p in decided.portrayals] == ["Tova Rennick"]


def test_a_digests_list_leaves_out_a_name_no_article_shows_acting():
    """The per-article list holds who the grid would take for an actor: a
    person (under any form sharing a word of their name) and a body some
    article shows acting; an abbreviation met only in a list of topics is
    none."""
    names = ("Tova Rennick", "Rennick Jr.", "Harbour Board", "TB")
    cells = tuple(Portrayal(actor=name, article="a1", polarity="neutral", score=0.0, mentions=1) for name in names)
    text = ("The Harbour Board met Tova Rennick on Monday.",
            "Their talks covered three fields (TB, water, roads), said Rennick Jr., her son.")
    digest = digest_for(article("a1", text), acting=("Harbour Board",), portrayals=cells)
    (decided,) = portrayals.in_digests([digest], [Person(name="Tova Rennick")])
    assert [p.actor for p in decided.portrayals] == ["Tova Rennick", "Rennick Jr.", "Harbour Board"]


def test_a_sentence_whose_verb_of_saying_has_a_speaker_relays_their_view():
    """"Dunn suggested ..." and "what she calls ..." carry the speaker's
    verdict, not the writer's; a verb of saying used of something else
    ("continued to rise") or with no one for its subject relays no one."""
    assert portrayals.relayed("Olek Dunn also suggested Mara Velt would pay dearly for her loyalty.")
    assert portrayals.relayed("Ms. Brook has built her campaign on what she calls waste under Ms. Velt.")
    assert not portrayals.relayed("Harbour fees continued to rise under Mara Velt.")
    assert not portrayals.relayed("Mara Velt feigned surprise and blamed her deputy.")


def test_an_acronym_the_articles_define_is_shown_by_its_full_name():
    """"the Federal Office of Roads (FOR)" defines FOR: the grid's column
    reads "Federal Office of Roads", not three letters.  A place before the
    name that the acronym leaves out is left out; an acronym no article
    defines stays as written."""
    digest = digest_of("0", ["Traffic fell in Vell after the Federal Office of Roads (FOR) shut two lanes.",
                             "Spending rose, said the Vell Basin Water Board (BWB), in May.",
                             "The FOR said the lanes reopen in June."])
    assert portrayals.defined("FOR", [digest]) == "Federal Office of Roads"
    assert portrayals.defined("BWB", [digest]) == "Basin Water Board"
    assert portrayals.defined("XRT", [digest]) == "XRT"


def test_a_person_named_only_in_anothers_title_has_no_column():
    # "Premier Ivo Brandt's campaign manager", "Ann Lind, a senior adviser
    # to Premier Ivo Brandt": a word of Lind's title, no actor of the story;
    # the one told something ("talks with the envoy to Brandt") still is.
    titled = [("The crate went to Premier Ivo Brandt's campaign manager, Ann Lind.", "Brandt"),
              ("The crate went to Ann Lind, a senior adviser to Premier Ivo Brandt.", "Brandt")]
    told = [("Lind hid her talks with the envoy to Premier Ivo Brandt.", "Brandt"),
            ("Premier Ivo Brandt fired his campaign manager.", "Brandt")]
    def cued(text, name):
        start = text.index(name)
        return portrayals.may_be_in_a_title(text, start, start + len(name))
    assert all(cued(text, name) and portrayals.in_passing(_head_of(text, name)) for text, name in titled)
    assert not any(cued(text, name) and portrayals.in_passing(_head_of(text, name)) for text, name in told)
    # An article naming him only so has no cell of his; one where he acts has.
    def mentions(*texts):
        return portrayals._mentions([Sentence(text=t, source=Source(article="a", paragraph=0, start=0, end=len(t)))
                                     for t in texts], Counter({"Ivo Brandt": 1, "Brandt": 1}),
                                    portrayals.may_be_in_a_title)
    assert portrayals._in_passing_only(mentions(*(text for text, _name in titled)))
    assert mentions(titled[0][0], "Brandt ordered a police guard for Lind.") is None


def test_a_name_written_in_lower_case_after_a_possessive_is_an_owned_body_not_the_actor():
    found = digests_of(("The Harbour Board met on Monday.",),
                       ("Norland’s harbour board said on Monday that it would meet.",),
                       ("The harbour board met again on Tuesday.",))
    cells = portrayals._named_otherwise("harbour board", "Harbour Board", Counter({"Harbour Board": 1}), found,
                                        {("harbour board", "a0"): ()})
    assert [cell.article for cell in cells] == ["a2"]

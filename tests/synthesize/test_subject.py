"""The corpus's subject: its shared names, as the reader sees them in the title."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.synthesize import subject
from tests.helpers import digest_of

ARTICLES = {
    "a": ["Norway and Iceland signed a fisheries pact on Monday.",
          "Norwegian officials said the Iceland talks went well.", "Norway will send inspectors."],
    "b": ["Iceland welcomed the pact with Norway.", "Critics in Iceland doubt the quotas."],
    "c": ["The pact between Norway and Iceland starts in May.", "Fishermen in Tromsø are wary."],
}


def test_display_names_are_the_shared_names_as_written():
    digests = [digest_of(key, sentences) for key, sentences in ARTICLES.items()]
    names = subject.display_names(digests, subject.find_subject(digests))
    assert set(names) == {"Norway", "Iceland"}


STORY = {
    "a": ["The Kestrel Bay harbour board approved a ferry link to Marrow Island on Monday.",
          "The ferry link will cost 40 million euros, the board in Kestrel Bay said.",
          "Residents of Kestrel Bay welcomed the news."],
    "b": ["Critics in Kestrel Bay doubt the ferry link will open in 2027.",
          "The auditor said the ferry link would cost more.", "Kestrel Bay fishermen are wary."],
    "c": ["Kestrel Bay voted for the ferry link after a long debate.",
          "Environmental groups fear the ferry link will harm seagrass near Kestrel Bay."],
}


def digests_of(articles):
    return [digest_of(key, sentences) for key, sentences in articles.items()]


def test_a_title_is_a_noun_phrase_of_the_name_whole_and_the_main_theme():
    digests = digests_of(STORY)
    topic = subject.find_subject(digests)
    assert subject.name_phrases(digests, topic)[0] == "Kestrel Bay"  # not "Bay, Kestrel"
    assert subject.title(digests, topic, ["Ferry link", "Cost"]) == "Kestrel Bay: ferry link"


PLAN = {
    "a": ["Kestrel Bay's council has agreed on a harbour plan, known as Tide 2040, to widen the docks.",
          "Kestrel Bay will sell two ferries to pay for it."],
    "b": ["The Tide 2040 plan would double the docks of Kestrel Bay by 2040.", "Fishermen in Kestrel Bay are wary."],
    "c": ["Critics say Tide 2040 will cost Kestrel Bay too much.", "The ferries may fetch 9 million euros."],
}


def test_a_plan_most_articles_call_by_its_name_is_the_titles_topic():
    digests = digests_of(PLAN)
    topic = subject.find_subject(digests)
    assert subject.named_decision(digests) == "Tide 2040"
    assert subject.title(digests, topic, ["Ferries", "Docks"]) == "Kestrel Bay: Tide 2040"
    assert subject.subject_line(digests, topic, ["Ferries", "Docks"], False).startswith("Tide 2040, ")
    # Named once, in one article only: a name passed by, not the story's development.
    once = {**PLAN, "b": ["The plan would double the docks.", "Fishermen are wary."],
            "c": ["Critics say it will cost too much.", "The ferries may fetch 9 million euros."]}
    assert subject.named_decision(digests_of(once)) is None
    # "called" that says what a plan did names nothing.
    bluff = {key: [s.replace("a harbour plan, known as Tide 2040,", "the plan called Rep. Lund's bluff")
                   .replace("Tide 2040", "Rep. Lund") for s in sentences] for key, sentences in PLAN.items()}
    assert subject.named_decision(digests_of(bluff)) is None
    # A long name that does not fit the title leaves the main theme there.
    long_name = "Safe Docks and Fair Ferries for All Islands Act"
    act = digests_of({key: [s.replace("a harbour plan, known as Tide 2040", f"a bill called the {long_name}")
                            .replace("Tide 2040", long_name) for s in sentences] for key, sentences in PLAN.items()})
    assert subject.named_decision(act) == long_name
    assert subject.title(act, subject.find_subject(act), ["Ferries", "Docks"]).lower() == "kestrel bay: ferries"


def test_a_theme_that_repeats_the_name_is_passed_over():
    digests = digests_of(STORY)
    title = subject.title(digests, subject.find_subject(digests), ["Kestrel bay", "Ferry link"])
    assert title == "Kestrel Bay: ferry link"


def test_two_names_of_equal_weight_are_both_named_the_most_used_first():
    digests = digests_of(ARTICLES)
    assert subject.title(digests, subject.find_subject(digests), ["Fisheries pact"]) == \
        "Iceland and Norway: fisheries pact"  # Iceland: five mentions, Norway four


def test_a_title_word_before_a_name_is_no_part_of_the_subjects_name():
    # "Marrow Gov. Ada Kell" runs "Marrow Gov" up to the abbreviation's stop.
    story = {key: ["Marrow Gov. Ada Kell signed a ferry order on Monday.", f"Marrow Gov. Ada Kell {verb} it."]
             for key, verb in (("a", "praised"), ("b", "defended"), ("c", "explained"))}
    digests = digests_of(story)
    names = subject.name_phrases(digests, subject.find_subject(digests))
    assert names == ["Ada Kell"]  # not "Gov", a title word


def test_a_name_with_and_or_of_inside_is_one_name():
    # "Food and Drug Administration" is not "Drug Administration".
    story = {key: [f"The Food and Drug Administration approved the Kestrel vaccine on Monday. {text}"]
             for key, text in (("a", "Kestrel shares rose."), ("b", "Kestrel hailed it."), ("c", "Critics of Kestrel"
                                                                                              " doubt it."))}
    digests = digests_of(story)
    names = subject.name_phrases(digests, subject.find_subject(digests))
    assert "Drug Administration" not in names and "Administration" not in names


def test_two_forms_of_one_name_are_not_a_pair():
    assert subject._same_name("Japanese", "Japan") and subject._same_name("NYC", "New York City")
    assert not subject._same_name("Iceland", "Norway")
    story = {key: ["Japan restarted a nuclear plant.", "Japanese officials said the Japan plant was safe.",
                   "Japanese engineers agreed."] for key in "abc"}
    digests = digests_of(story)
    title = subject.title(digests, subject.find_subject(digests), ["Nuclear plant"])
    assert title.count("Japan") == 1


def test_no_names_no_theme():
    assert subject.title([], subject.Subject(terms=frozenset(), known=frozenset()), []) == "Briefing"
    assert subject.title([], subject.Subject(terms=frozenset(), known=frozenset()), ["fisheries"]) == "Fisheries"


def test_the_previous_title_stays_while_it_still_names_the_subject():
    longer = dict(STORY, a=STORY["a"] + ["The board will meet again in March to discuss cost overruns."])
    assert subject.kept_title("Kestrel Bay: ferry link", digests_of(longer))


def test_a_new_subject_gets_a_new_title():
    other = {key: [s.replace("ferry link", "wind farm") for s in sentences] for key, sentences in STORY.items()}
    assert not subject.kept_title("Kestrel Bay: ferry link", digests_of(other))


def test_a_second_name_is_in_the_title_only_as_a_party_to_the_story():

    digests = digests_of(ARTICLES)
    acting = [replace(d, acting=("Iceland", "Norway")) for d in digests]
    assert subject.title(acting, subject.find_subject(acting), ["Fisheries pact"]) == "Iceland and Norway: fisheries pact"
    # No article shows "Norway" acting or names a person by it: a word that qualifies, no party.
    alone = [replace(d, acting=("Iceland",)) for d in digests]
    assert subject.title(alone, subject.find_subject(alone), ["Fisheries pact"]) == "Iceland: fisheries pact"


def test_a_name_shaped_as_an_adjective_is_no_title_name_beside_a_noun_name():

    story = {"a": ["On Monday, Norwegian officials met Iceland.", "Many Norwegian fishermen are wary of Iceland."],
             "b": ["Two Norwegian boats left Iceland.", "The Norwegian quotas worry the Norwegian press."],
             "c": ["The Norwegian ministers praised Iceland.", "Some Norwegian critics doubt the Norwegian pact."]}
    digests = [replace(d, acting=("Iceland", "Norwegian")) for d in digests_of(story)]
    topic = subject.find_subject(digests)
    assert [name for name, *_ in subject._ranked_names(digests, topic)][:2] == ["Norwegian", "Iceland"]
    assert subject.title(digests, topic, ["Fisheries pact"]) == "Iceland: fisheries pact"


def test_a_subject_headed_by_a_decision_is_one_and_a_project_is_not():
    digests = digests_of(STORY)
    topic = subject.find_subject(digests)
    assert subject.main_theme(digests, topic, ["Kestrel bay", "Ferry link"]) == "Ferry link"
    assert not subject.is_decision("Ferry link")  # a project: hoped for or doubted
    assert subject.is_decision("Executive order") and subject.is_decision("Benefit cuts")
    assert subject.is_decision("Harbour ban")
    assert not subject.is_decision("Strategic partnership") and not subject.is_decision(None)


def test_a_hyphenated_name_stays_whole_unless_its_parts_are_names_of_their_own():
    """"Kell-Mart" is one name (never written "Kell" alone), and a theme
    holding it is passed over; "Iceland-Norway" is two names the corpus
    also writes apart."""
    story = {key: [f"The women sued Kell-Mart over pay, {n} of them.", f"The court heard that Kell-Mart {verb} the suit."]
             for key, n, verb in (("a", 90, "fought"), ("b", 80, "denied"), ("c", 70, "appealed"))}
    digests = digests_of(story)
    topic = subject.find_subject(digests)
    assert subject.name_phrases(digests, topic)[0] == "Kell-Mart"
    assert subject.title(digests, topic, ["Kell-Mart women", "Class action"]) == "Kell-Mart: class action"
    pair = {key: ["The pact binds Iceland and its fleet.", "The pact binds Norway too.",
                  "Under the Iceland-Norway pact both set quotas."] for key in "abc"}
    digests = digests_of(pair)
    assert "Kell" not in " ".join(subject.name_phrases(digests, subject.find_subject(digests)))
    assert all("-" not in name for name in subject.name_phrases(digests, subject.find_subject(digests)))


def test_a_hyphenated_name_runs_through_its_lower_case_middle():
    story = {key: [f"Crowds queued at Bird-of-Paradise cafes, {n} of them.",
                   f"The owner of Bird-of-Paradise {verb} the critics."]
             for key, n, verb in (("a", 90, "thanked"), ("b", 80, "answered"), ("c", 70, "ignored"))}
    digests = digests_of(story)
    assert subject.name_phrases(digests, subject.find_subject(digests))[0] == "Bird-of-Paradise"


def test_a_party_named_by_a_title_word_alone_is_the_title_name():
    """"Pope" is a title word, yet where the articles show it acting it is
    the party the story is about, not a word to cut off a name."""

    story = {"a": ["Pope met refugees at the Lindow camp on Friday.", "Pope's visit drew large crowds."],
             "b": ["Crowds cheered Pope at the Lindow camp.", "Pope later flew home."],
             "c": ["Aid workers said Pope's speech at the Lindow camp was moving."]}
    digests = [replace(d, acting=("Pope",)) for d in digests_of(story)]
    assert subject.title(digests, subject.find_subject(digests), ["Refugee visit"]).startswith("Pope")
    # Not acting anywhere: the title word stays no name.
    plain = digests_of(story)
    assert not subject.title(plain, subject.find_subject(plain), ["Refugee visit"]).startswith("Pope")


def test_a_theme_opening_on_a_name_keeps_its_capital_after_the_title_name():
    story = {"a": ["The Harlow council backed the Kestrel Bay ferry link.", "Kestrel Bay welcomed it."],
             "b": ["In Kestrel Bay, regional officials met.", "Kestrel Bay is calm.", "Kestrel Bay waits."],
             "c": ["Kestrel Bay residents asked for a vote.", "Some regional groups object to Kestrel Bay plans."]}
    digests = digests_of(story)
    assert subject.title(digests, subject.find_subject(digests), ["Harlow council"]) == "Kestrel Bay: Harlow council"
    assert subject.title(digests, subject.find_subject(digests), ["Regional groups"]) == "Kestrel Bay: regional groups"
    # Written "Harlow Council", one name, the label is no such half-capitalised form.
    named = digests_of({key: [s.replace("Harlow council", "Harlow Council") for s in sentences]
                        for key, sentences in story.items()})
    assert "Harlow council" not in subject.title(named, subject.find_subject(named), ["Harlow council"])


def test_a_name_with_capitals_inside_is_a_name():
    """"PayPal", "McBride": a capital inside the word does not hide the name."""
    digests = [digest_of("a", ["Harbour firm SeaLink cut jobs on Monday.", "SeaLink said the cuts are final."]),
               digest_of("b", ["Workers at SeaLink were told by email.", "The union met SeaLink bosses."])]
    assert subject.title(digests, subject.find_subject(digests), []).startswith("SeaLink")


def test_an_acronym_of_a_common_noun_names_no_party():
    """"an IPO", "its CEO": an acronym set after "an" or a possessive is a common noun."""
    digests = [digest_of("a", ["The firm dropped its IPO plan.", "Lenders wanted an IPO by May."]),
               digest_of("b", ["NATO met in Oslo.", "The IPO was delayed again."])]
    assert subject.common_acronym("IPO", digests) and not subject.common_acronym("NATO", digests)


def test_a_name_never_ends_on_a_joining_word():
    """"Tarn on Sunday" with the day cut off is "Tarn", never "Tarn on"."""
    story = {key: [f"Crowds gathered in Tarn on Sunday, {n} of them.", f"Police in Tarn {verb} the crowd."]
             for key, n, verb in (("a", 90, "watched"), ("b", 80, "counted"), ("c", 70, "followed"))}
    digests = digests_of(story)
    names = subject.name_phrases(digests, subject.find_subject(digests))
    assert names[0] == "Tarn" and not any(name.split()[-1] in ("on", "of", "and", "for") for name in names)
    assert subject._name_runs("Crowds met in Tarn on Sunday.", frozenset({"tarn"})) == ["Tarn"]


def test_a_person_is_named_in_full_never_by_a_first_name_alone():

    from briefing.models import Person

    story = {"a": ["Mira Vendel opened a bakery in Holm.", "Mira said the ovens came late.", "Mira hired six."],
             "b": ["Mira Vendel won a prize.", "Mira thanked her staff.", "Mira cried."],
             "c": ["Baker Mira Vendel spoke on Monday.", "Mira will open a second shop."]}
    digests = [replace(d, people=(Person(name="Mira Vendel", mentions=3),)) for d in digests_of(story)]
    assert subject.title(digests, subject.find_subject(digests), ["Bakery"]) == "Mira Vendel: bakery"


def test_a_theme_the_articles_write_only_inside_quotation_marks_is_no_title_topic():
    digests = digests_of({key: [f"Kestrel Bay opened a ferry link, {n} said.",
                                "“It is pure gold dust,” a Kestrel Bay trader said."]
                          for key, n in (("a", "officials"), ("b", "residents"), ("c", "critics"))})
    topic = subject.find_subject(digests)
    assert subject.main_theme(digests, topic, ["Gold dust", "Ferry link"]) == "Ferry link"


def test_a_theme_that_does_not_fit_the_title_whole_is_left_out():
    digests = digests_of(STORY)
    topic = subject.find_subject(digests)
    assert subject.title(digests, topic, ["Ferry link"]) == "Kestrel Bay: ferry link"
    assert subject.title(digests, topic, ["Long slow ferry link safety rules review"]) == "Kestrel Bay"


def test_a_web_address_is_no_lower_case_use_of_the_name_it_holds():
    # "www.tolvik.co.uk" does not make "Tolvik" a common word: the review's product stays a name.
    digests = digests_of({"a": ["Reviewed by: Ada Moss. More info: www.tolvik.co.uk or shop@tolvik.co.uk",
                                "The Tolvik guide covers every engine.", "I found the Tolvik index easy to use.",
                                "It suits the Harlan I own."]})
    topic = subject.find_subject(digests)
    assert "tolvi" in topic.terms
    assert subject.name_phrases(digests, topic)[0] == "Tolvik"


def test_names_met_once_each_make_no_pair_and_the_headline_breaks_their_tie():
    sentences = ["I have fixed cars since I was young, but this is my first Tolvik guide.",
                 "It covers the model of the Harlan I own.", "The diagrams are clear."]
    digest = digest_of("a", sentences)
    digest = replace(digest, article=replace(digest.article, title="Tolvik guide review"))
    topic = subject.find_subject([digest])
    assert subject.main_names([digest], topic) == ["Tolvik"]  # not "Harlan" by the alphabet, nor "Tolvik and Harlan"
    renamed = replace(digest, article=replace(digest.article, title="A Harlan owner's notes"))
    assert subject.main_names([renamed], topic) == ["Harlan"]


def test_a_name_given_only_as_the_one_who_speaks_is_no_subject_while_another_is_there():
    sentences = ["Shares in Dorvan Mills rose on Monday.", "Dorvan Mills cut its prices.",
                 '"The cut is a good sign," said Ivo Moro, an analyst at Pell Partners.',
                 "Moro said demand would recover.", "Moro believes prices will stay low.",
                 "Moro added that costs were falling.",
                 "Dorvan Mills makes paper."]
    digests = digests_of({"a": sentences})
    topic = subject.find_subject(digests)
    assert subject.only_a_source("Ivo Moro", digests)
    assert not subject.only_a_source("Dorvan Mills", digests)
    assert subject.main_names(digests, topic) == ["Dorvan Mills"]  # Moro is named more, but only as a source
    titled = [replace(d, article=replace(d.article, title="Moro sees a recovery")) for d in digests]
    assert not subject.only_a_source("Ivo Moro", titled)  # a headline names who the story is about


def test_a_place_the_story_happens_in_is_no_second_party_the_next_name_is():
    from briefing.models import Person, Portrayal
    story = {key: [f"Ada Velt {verb} Ivo Moro, a rival senator, in Marland.",
                   "The Marland farmers in Marland were angry with Velt.", "Moro replied to Ada Velt.",
                   "Velt later apologised."]
             for key, verb in (("a", "mocked"), ("b", "criticised"), ("c", "attacked"))}
    people = (Person(name="Ada Velt", mentions=9), Person(name="Ivo Moro", mentions=9))
    portrayed = tuple(Portrayal(actor=name, article="a", polarity="negative", score=-1.0) for name in ("Velt", "Moro"))
    digests = [replace(d, people=people, portrayals=portrayed, acting=("Ada Velt", "Marland" if d.article.id == "a" else "Moro"))
               for d in digests_of(story)]
    assert subject.main_names(digests, subject.find_subject(digests)) == ["Ada Velt", "Ivo Moro"]  # not "Marland"
    everywhere = [replace(d, acting=("Ada Velt", "Marland")) for d in digests]  # a state that acts in every article
    assert subject.main_names(everywhere, subject.find_subject(everywhere))[1] == "Marland"


def test_two_people_who_share_a_surname_are_two_names_of_a_title():
    from briefing.models import Person
    story = {key: ["Ada Velt attacked her sister Una Velt over the bill.", "Una Velt replied to Ada Velt.",
                   "Ada Velt backs the bill."] for key in "abc"}
    people = (Person(name="Ada Velt", mentions=6), Person(name="Una Velt", mentions=4))
    digests = [replace(d, people=people) for d in digests_of(story)]
    assert subject.main_names(digests, subject.find_subject(digests)) == ["Ada Velt", "Una Velt"]


def test_a_persons_subject_line_names_them_before_the_themes():
    story = {key: ["Ada Velt proposed a ferry link on Monday.", "Velt said the ferry link would pay for itself.",
                   "Critics doubt the cost."] for key in "abc"}
    digests = digests_of(story)
    topic = subject.find_subject(digests)
    labels = ["Ferry link", "Cost", "Velt plan", "Harbour", "Tolls"]
    assert subject.subject_line(digests, topic, labels, True) == "Ada Velt, ferry link, cost, harbour"
    assert subject.subject_line(digests, topic, labels, False) == "Ferry link, cost, Velt plan, harbour"
    assert subject.subject_line(digests, topic, [], False) is None


def test_a_phrase_written_only_inside_quotation_marks_is_no_subject_item():
    """A speaker's phrase ("“It is like a free ride,” Velt said") names
    no subject, though a theme gathers it."""
    story = {key: ["Ada Velt proposed a ferry link on Monday.", "“It is like a free ride for every family,” Velt said.",
                   "Critics doubt the cost of the ferry link."] for key in "abc"}
    digests = digests_of(story)
    topic = subject.find_subject(digests)
    assert subject.subject_line(digests, topic, ["Free ride", "Ferry link", "Cost"], True) \
        == "Ada Velt, ferry link, cost"


def test_a_part_an_actor_plays_is_no_main_name():
    """A film's heroine ("in her role as Nora Vale") is its fiction: the
    collector who sells her gown is the story's party."""
    story = {key: ["Ilse Marmot wore the gown in her role as Nora Vale, and it went for a record sum.",
                   "Nora Vale wore the gown in the ball scene.", "The collector Tomas Brenner sold the Nora Vale gown.",
                   "Tomas Brenner bought it for a song decades ago."] for key in "abc"}
    digests = digests_of(story)
    assert "Nora Vale" not in subject.main_names(digests, subject.find_subject(digests))
    # ... nor is she by her first name alone ("the Nora gown").
    story = {key: [*lines, "The Nora gown drew the most bids.", "Nora fans filled the hall.", "Nora's cape sold too."]
             for key, lines in story.items()}
    digests = digests_of(story)
    assert not {"Nora", "Nora Vale"} & set(subject.main_names(digests, subject.find_subject(digests)))


def test_a_name_that_only_qualifies_others_is_no_mention_of_a_party():
    # "critics of Velt", "pro-Velt banners": who others are, not what Velt does.
    assert subject._name_runs("Letters went to critics of Mayor Ada Velt and to pro-Velt clubs.",
                              frozenset({"velt"})) == []
    assert subject._name_runs("Velt said critics of the plan were wrong.", frozenset({"velt"})) == ["Velt"]


def test_one_persons_name_with_and_without_a_suffix_and_with_a_home_is_one_name():
    from briefing.models import Person
    story = {"a": ["Police named the man as Ivo Moro of Holm.", "Ada Velt called it a relief."],
             "b": ["Ivo Moro was charged on Friday.", "Moro has a record.", "Ada Velt praised the police."],
             "c": ["Ivo Moro Jr., 50, was held.", "Moro lived with his mother.", "Ada Velt spoke."]}
    people = {"a": (), "b": (Person(name="Ivo Moro", mentions=2),), "c": (Person(name="Ivo Moro Jr", mentions=2),)}
    digests = [replace(d, people=people[d.article.id]) for d in digests_of(story)]
    ranked = subject._ranked_names(digests, subject.find_subject(digests))
    assert ranked[0] == ("Ivo Moro Jr", 3, 5)  # the form written in most mentions stands for all three


def test_a_place_the_story_happens_in_gives_the_title_to_a_party_as_widespread():
    from briefing.models import Person, Portrayal
    story = {key: [f"Police in Holm arrested Ivo Moro on {day}.", "Holm residents were relieved.",
                   "Holm has a quiet port.", f"Moro {verb} the charges."]
             for key, day, verb in (("a", "Friday", "denied"), ("b", "Monday", "disputed"), ("c", "Sunday", "fought"))}
    people = (Person(name="Ivo Moro", mentions=2),)
    portrayed = (Portrayal(actor="Moro", article="a", polarity="negative", score=-1.0),)
    digests = [replace(d, people=people, portrayals=portrayed) for d in digests_of(story)]
    assert subject.main_names(digests, subject.find_subject(digests))[0] == "Ivo Moro"  # not "Holm"
    assert subject._a_place("Holm", digests) and not subject._a_place("Moro", digests)


def test_a_name_that_mostly_qualifies_common_nouns_gives_way_to_the_longer_name_it_hid():
    story = {"a": ["The Tarnish cabinet approved the plan.", "Tarnish officials said the Tarnish economy needs oil.",
                   "The Tarnish Republic will sell shares in Velco.", "The Tarnish Republic hopes for growth."],
             "b": ["Tarnish ministers met on Monday.", "The Tarnish Republic will cut subsidies.",
                   "Velco shares rose."],
             "c": ["A Tarnish prince spoke.", "The Tarnish Republic wants investors.", "Tarnish banks agreed."]}
    digests = digests_of(story)
    topic = subject.find_subject(digests)
    assert subject.qualifier("Tarnish", digests) and not subject.qualifier("Velco", digests)
    assert subject.main_names(digests, topic)[0] == "Tarnish Republic"


def test_an_acronym_spelled_out_in_lower_case_is_a_term_not_a_party():
    assert subject._spelled_in_lower_case("HAL", "Most pick one of two HAL (home assisted living) plans.")
    assert subject._spelled_in_lower_case("HAL", "They chose home assisted living (HAL) for her.")
    assert not subject._spelled_in_lower_case("TBA", "The Tolvik Bridge Authority (TBA) said no.")
    digests = digests_of({"a": ["Many pick HAL (home assisted living) plans.", "HAL plans cost less.",
                                "HAL works for many.", "A HAL plan suits Ada Velt, who is 80."]})
    assert subject.common_acronym("HAL", digests)


def test_an_acronym_only_ever_counted_is_a_unit_not_a_party():
    digests = digests_of({"a": ["Ola Brand swam 3 laps, 2 KPH.", "Ida Roe swam 4 laps, 3 KPH, 1 win.",
                                "The pool shut at noon (5 KPH)."]})
    assert subject.common_acronym("KPH", digests)
    # A party's acronym is written alone too; a count of titles counts the titles.
    named = digests_of({"a": ["Ola Brand won 3 NBA titles.", "She left the NBA in May.", "2 NBA titles came late."]})
    assert not subject.common_acronym("NBA", named)


def test_a_name_met_once_or_twice_and_in_no_headline_names_no_subject():
    sentences = ["Saving early pays off, planners say.", "Ada Velt retired at 50.", "Velt says savings come first.",
                 "Saving early is hard for most families.", "Saving early needs a budget."]
    digests = digests_of({"a": sentences})
    topic = subject.find_subject(digests)
    assert subject.main_names(digests, topic) == []
    assert subject.title(digests, topic, ["Early saving"]) == "Early saving"
    titled = [replace(d, article=replace(d.article, title="Ada Velt's plan")) for d in digests]
    assert subject.main_names(titled, topic) == ["Ada Velt"]


def test_the_title_theme_is_the_one_the_headlines_lead_on():
    story = {"a": ["Harbour Board in Kestrel Bay faces criminal charges over ferry funding.",
                   "The ferry funding came from a port levy."],
             "b": ["Kestrel Bay board charged, prosecutors say.", "Ferry funding was the focus."],
             "c": ["Charges loom for Kestrel Bay board.", "The ferry funding row goes on."]}
    heads = {"a": "Kestrel Bay board to face charges", "b": "Prosecutors charge Kestrel Bay board",
             "c": "Kestrel Bay: a ferry row"}
    digests = [replace(d, article=replace(d.article, title=heads[d.article.id])) for d in digests_of(story)]
    topic = subject.find_subject(digests)
    # "Ferry funding" is of several words and first, but the headlines lead on the charges.
    assert subject.main_theme(digests, topic, ["Ferry funding", "Criminal charges"]) == "Criminal charges"
    # No headline holds either head: the first theme of several words, as before.
    assert subject.main_theme(digests, topic, ["Ferry funding", "Port levy"]) == "Ferry funding"
    # A theme past the first three leads when most headlines hold it; one headline alone is no lead.
    themes = ["Ferry funding", "Port levy", "Harbour dues", "Criminal charges"]
    assert subject.main_theme(digests, topic, themes) == "Criminal charges"
    one = [replace(d, article=replace(d.article, title="Kestrel Bay board faces charges" if d.article.id == "a"
                                      else "Kestrel Bay in the news")) for d in digests]
    assert subject.main_theme(one, topic, ["Ferry funding", "Criminal charges"]) == "Ferry funding"


def test_a_short_head_noun_is_found_in_a_headline_only_in_its_own_forms():
    assert subject._headlined("New law", ["Laws change today", "Lawmakers meet", "Law passed"]) == 2
    assert subject._headlined("Indictment", ["Ex-mayor indicted", "Indictments expected"]) == 2
    assert subject._headlined("Undocumented immigrants", ["Immigration plan unveiled"]) == 0
    assert subject._headlined("Budget plan", ["Budget under fire"]) == 1
    assert subject._headlined("New ad", ["New rules for ferries"]) == 0
    assert subject._headlined("Harbour floor", ["Harbour votes"], frozenset({"harbo"})) == 0


def test_a_theme_opening_on_a_coined_word_keeps_its_capital_in_the_title():
    # The articles write the word two ways ("Flu-24", "FLU-24"): neither is the
    # majority spelling, yet no common noun is written with a digit in it.
    story = {"a": ["Kestrel Bay approved the Flu-24 vaccine on Monday.", "Kestrel Bay will ship it soon."],
             "b": ["Kestrel Bay cleared the FLU-24 vaccine.", "Doctors in Kestrel Bay are pleased."],
             "c": ["Kestrel Bay said the Flu-24 vaccine is safe.", "Kestrel Bay ordered the FLU-24 vaccine."]}
    digests = digests_of(story)
    assert subject.title(digests, subject.find_subject(digests), ["Flu-24 vaccine"]) == "Kestrel Bay: Flu-24 vaccine"
    assert subject._inside("Ferry link") == "ferry link" and subject._inside("McRib sales") == "McRib sales"


def test_a_name_written_three_times_only_before_its_governments_noun_names_no_party():
    story = {"a": ["Migrants in Holm were freed, undercutting the Velt administration.", "Holm shelters are full."],
             "b": ["Holm officials freed migrants as the Velt administration scrambled.", "Holm police watched."],
             "c": ["Migrants crossed into Holm, though the Velt administration warned them.", "Holm is quiet."]}
    digests = digests_of(story)
    assert subject.qualifier("Velt", digests) and not subject.qualifier("Holm", digests)


@pytest.mark.parametrize("forms,surname,whole", [
    # a middle initial in one article: one person, "Velt" is hers
    (("Ada Velt", "Ada Velt", "Ada M. Velt"), "Velt", "Ada Velt"),
    # "Robert Lind" in one article, "Bob Lind" in two: one person, "Lind" is his
    (("Robert Lind", "Bob Lind", "Bob Lind"), "Lind", "Bob Lind"),
])
def test_a_surname_the_forms_of_one_full_name_share_stands_for_that_name(forms, surname, whole):
    from briefing.models import Person
    story = {key: [f"Ola Dahl met {surname} in Holm on Monday.", f"{surname} praised Dahl.",
                   f"Dahl thanked {surname}."] for key in "abc"}
    people = {key: (Person(name=form, mentions=4 if key == "a" else 3), Person(name="Ola Dahl", mentions=3))
              for key, form in zip("abc", forms)}
    digests = [replace(d, people=people[d.article.id]) for d in digests_of(story)]
    assert subject._full_names(digests)[surname] == whole


def test_a_first_name_and_its_nickname_make_one_name_a_different_first_name_does_not():
    assert subject._one_name("Robert Lind", "Bob Lind")
    assert not subject._one_name("Robert Lind", "Anna Lind")


def test_one_general_word_most_headlines_hold_leads_the_title_only_when_all_do_or_it_names_an_event():
    story = {key: ["Kestrel Bay unveiled a ferry funding plan.", "The ferry funding plan needs a vote."] for key in "abc"}
    heads = {"a": "Kestrel Bay plan unveiled", "b": "Kestrel Bay plan faces vote", "c": "Ferry row in Kestrel Bay"}
    digests = [replace(d, article=replace(d.article, title=heads[d.article.id])) for d in digests_of(story)]
    topic = subject.find_subject(digests)
    assert subject.main_theme(digests, topic, ["Harbour dues", "Port levy", "Tolls", "Plan"]) == "Harbour dues"
    assert subject.main_theme(digests, topic, ["Harbour dues", "Port levy", "Tolls", "Vote"]) == "Harbour dues"
    heads = {"a": "Kestrel Bay closure", "b": "Closures loom in Kestrel Bay", "c": "Ferry row in Kestrel Bay"}
    digests = [replace(d, article=replace(d.article, title=heads[d.article.id])) for d in digests]
    assert subject.main_theme(digests, topic, ["Harbour dues", "Port levy", "Tolls", "Closure"]) == "Closure"


def test_of_names_as_widespread_the_one_most_headlines_hold_makes_the_pair():
    from briefing.models import Person
    story = {key: ["Ada Velt met Ivo Moro in Holm on Tuesday.", "Ada Velt won.", "Ada Velt spoke.",
                   "Ada Velt thanked Ivo Moro.", "Ivo Moro left early.",
                   "Una Berg praised Ada Velt.", "Una Berg backs Ada Velt.", "Una Berg spoke twice.",
                   "Una Berg smiled.", "Una Berg will talk to Moro soon."] for key in "abc"}
    people = (Person(name="Ada Velt", mentions=12), Person(name="Ivo Moro", mentions=6),
              Person(name="Una Berg", mentions=9))
    digests = [replace(d, people=people) for d in digests_of(story)]
    topic = subject.find_subject(digests)
    assert subject.main_names(digests, topic) == ["Ada Velt", "Una Berg"]  # Berg is named more often
    titles = {"a": "Moro meets Velt", "b": "Velt and Moro hold talks", "c": "Velt sees Moro"}
    headed = [replace(d, article=replace(d.article, title=titles[d.article.id])) for d in digests]
    assert subject.main_names(headed, topic) == ["Ada Velt", "Ivo Moro"]  # every headline holds Moro


def test_a_body_most_headlines_hold_does_not_lead_the_pair_for_it():
    """Headlines name the chamber a race is for ("Assembly candidate"): a
    body they hold is no actor of the story, unlike a person they name."""
    from briefing.models import Person
    story = {key: ["Ada Velt met Ivo Moro in Holm on Tuesday.", "Ada Velt won.", "Ada Velt spoke.",
                   "Ada Velt thanked Ivo Moro.", "Ivo Moro left early.", "Ivo Moro spoke.",
                   "The Assembly met in Holm.", "The Assembly voted.", "Ivo Moro will talk to Velt soon."]
             for key in "abc"}
    people = (Person(name="Ada Velt", mentions=12), Person(name="Ivo Moro", mentions=9))
    digests = [replace(d, people=people) for d in digests_of(story)]
    topic = subject.find_subject(digests)
    titles = {"a": "Assembly candidate sorry", "b": "Velt runs for Assembly", "c": "Assembly race heats up"}
    headed = [replace(d, article=replace(d.article, title=titles[d.article.id])) for d in digests]
    assert subject.main_names(headed, topic)[:2] == ["Ada Velt", "Ivo Moro"]


def test_a_surname_several_people_share_stands_in_each_article_for_the_one_it_names():
    from briefing.models import Person
    story = {"a": ["Mayor Ada Velt closed the ferry link on Monday.", "Velt said the ferry link lost money.",
                   "Velt will meet the council."],
             "b": ["Ada Velt defended the ferry link closure.", "Velt blamed the fuel costs.", "Velt left early."],
             "c": ["Ivo Velt, the son of Mayor Ada Velt, runs a cafe by the pier.", "Velt said trade fell.",
                   "Velt hopes the ferry link returns.", "Velt plans a petition.", "Velt spoke to diners."]}
    people = {"a": (Person(name="Ada Velt", mentions=3),), "b": (Person(name="Ada Velt", mentions=3),),
              "c": (Person(name="Ivo Velt", mentions=5), Person(name="Ada Velt", mentions=1))}
    digests = [replace(d, people=people[d.article.id]) for d in digests_of(story)]
    assert "Velt" not in subject._full_names(digests)
    assert subject.main_names(digests, subject.find_subject(digests)) == ["Ada Velt"]


def test_a_surname_two_first_names_share_that_no_article_names_together_stays_whole():
    """Articles that name "Tomas Vark" and one that names "Tiko Vark", none
    both, may name one man two ways: the surname they share is the name
    running through all three, not two people's names split between them."""
    from briefing.models import Person
    story = {key: ["On Monday Vark opened the ferry link.", "The mayor, Vark, said the ferry link lost money.",
                   "The council will meet Vark."] for key in "abc"}
    people = {"a": (Person(name="Tomas Vark", mentions=3),), "b": (Person(name="Tomas Vark", mentions=3),),
              "c": (Person(name="Tiko Vark", mentions=4),)}
    digests = [replace(d, people=people[d.article.id]) for d in digests_of(story)]
    assert subject.main_names(digests, subject.find_subject(digests)) == ["Vark"]

"""People merged across articles; described speakers resolved by role."""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Person, Quote, Role, Source, StanceReading
from briefing.synthesize import voices
from tests.helpers import digest_of


def person(name: str, article: str, role: str | None = None, mentions: int = 1, **more) -> Person:
    source = Source(article=article, paragraph=0, start=0, end=len(name))
    roles = (Role(text=role, article=article, source=source),) if role else ()
    return Person(name=name, role=role, roles=roles, mentions=mentions, articles=(article,),
                  sources=(source,), **more)


def merged(*groups: tuple[str, tuple[Person, ...]]):
    digests = [replace(digest_of(aid, ["A sentence of some words."]), people=people) for aid, people in groups]
    return {p.name: p for p in voices.merge_people(digests)}


def test_transliterations_and_surnames_merge():
    found = merged(("a", (person("Sergey Ivanov", "a", mentions=3),)),
                   ("b", (person("Sergei Ivanov", "b", "Foreign Minister of Ruritania"),)),
                   ("c", (person("Ivanov", "c", "Ruritanian Foreign Minister", quoted=True),)))
    assert list(found) == ["Sergey Ivanov"]
    ivanov = found["Sergey Ivanov"]
    assert set(ivanov.aliases) == {"Sergei Ivanov", "Ivanov"}
    assert ivanov.articles == ("a", "b", "c") and ivanov.mentions == 5 and ivanov.quoted
    assert [r.article for r in ivanov.roles] == ["b", "c"]
    assert ivanov.salience > 5


def test_two_people_with_one_surname_are_not_merged():
    found = merged(("a", (person("Amir Rahman", "a", "Prime Minister"), person("Sara Rahman", "a", "Finance Minister"))),
                   ("b", (person("Rahman", "b", "Prime Minister"),)))
    assert set(found) == {"Amir Rahman", "Sara Rahman"}
    assert found["Amir Rahman"].articles == ("a", "b")


def test_an_ambiguous_bare_surname_stays_apart():
    found = merged(("a", (person("Amir Rahman", "a", "Prime Minister"), person("Sara Rahman", "a", "Finance Minister"))),
                   ("b", (person("Rahman", "b", "poet"),)))
    assert set(found) == {"Amir Rahman", "Sara Rahman", "Rahman"}


def test_the_best_attested_role_wins():
    found = merged(("a", (person("Ana Ruiz", "a", "Senator"),)),
                   ("b", (person("Ana Ruiz", "b", "Senator for Nevada"),)),
                   ("c", (person("Ana Ruiz", "c", "Senator"),)))
    assert found["Ana Ruiz"].role == "Senator for Nevada"


def test_a_role_one_article_hedges_yields_to_the_same_role_stated():
    """"the seemingly certain Labour nominee" in May, "Labour nominee" in
    August: the brief names her once, without May's doubt."""
    found = merged(("a", (person("Ana Ruiz", "a", "seemingly certain Labour nominee"),)),
                   ("b", (person("Ana Ruiz", "b", "Labour nominee"),)))
    assert found["Ana Ruiz"].role == "Labour nominee"


def merged_dated(*groups: tuple[str, str | None, tuple[Person, ...]]):
    digests = [replace(digest_of(aid, ["A sentence of some words."]), people=people) for aid, _, people in groups]
    digests = [replace(d, article=replace(d.article, published=date)) for d, (_, date, _) in zip(digests, groups)]
    return {p.name: p for p in voices.merge_people(digests)}


def test_an_office_one_article_says_was_lost_is_not_shown_as_held():
    found = merged_dated(("a", "2020-05-01", (person("Ivo Marek", "a", "Ruritania's ousted president"),)),
                         ("b", "2020-05-01", (person("Ivo Marek", "b", "President"),)),
                         ("c", None, (person("Ivo Marek", "c", "President"),)))
    assert found["Ivo Marek"].role == "Ruritania's ousted president"


def test_an_older_article_saying_former_does_not_outrank_a_newer_office():
    found = merged_dated(("a", "2016-05-01", (person("Ivo Marek", "a", "Ruritania's former president"),)),
                         ("b", "2020-05-01", (person("Ivo Marek", "b", "President"),)),
                         ("c", "2020-05-01", (person("Ivo Marek", "c", "Freedonian President"),)))
    assert found["Ivo Marek"].role == "President"


def test_a_former_office_of_another_body_does_not_replace_the_one_held():
    found = merged_dated(("a", None, (person("Ivo Marek", "a", "former president of the chess club"),)),
                         ("b", None, (person("Ivo Marek", "b", "President"),)),
                         ("c", None, (person("Ivo Marek", "c", "Ruritanian President"),)))
    assert found["Ivo Marek"].role == "President"


def test_described_speakers_are_resolved_only_when_one_role_fits():
    people = (person("Ivo Marek", "b", "Ruritanian Foreign Minister"),
              person("Eva Stone", "b", "Sylvanian Prime Minister"), person("Tom Hale", "c", "Sylvanian Prime Minister"))
    source = Source(article="a", paragraph=0, start=0, end=5)
    quotes = (Quote(text="We are against it.", speaker=None, speaker_role="the Ruritanian foreign minister",
                    sources=(source,)),
              Quote(text="I came with a message.", speaker=None, speaker_role="The Sylvanian PM", sources=(source,)),
              Quote(text="Nothing.", speaker=None, speaker_role="a ministry spokesperson", sources=(source,)))
    resolved = voices.resolve_speakers(quotes, people)
    assert [q.speaker for q in resolved] == ["Ivo Marek", None, None]


def test_a_role_of_another_time_in_another_article_is_not_a_descriptions():
    people = (person("Ivo Marek", "b", "2012 Ruritanian presidential nominee"),)
    source = Source(article="a", paragraph=0, start=0, end=5)
    quotes = (Quote(text="I was being sarcastic.", speaker=None, speaker_role="The Ruritanian presidential nominee",
                    sources=(source,)),
              Quote(text="I was not.", speaker=None, speaker_role="the 2012 Ruritanian presidential nominee",
                    sources=(source,)))
    assert [q.speaker for q in voices.resolve_speakers(quotes, people)] == [None, "Ivo Marek"]


def test_a_previous_or_ousted_holder_is_of_another_time():
    people = (person("Ivo Marek", "b", "previous Ruritanian presidential nominee"),
              person("Ana Horvat", "b", "ousted Ruritanian campaign manager"))
    source = Source(article="a", paragraph=0, start=0, end=5)
    quotes = (Quote(text="I was being sarcastic.", speaker=None, speaker_role="The Ruritanian presidential nominee",
                    sources=(source,)),
              Quote(text="We will win.", speaker=None, speaker_role="the Ruritanian campaign manager",
                    sources=(source,)))
    assert [q.speaker for q in voices.resolve_speakers(quotes, people)] == [None, None]


def test_a_bare_description_is_resolved_only_in_its_own_article():
    """"the economist" of one article is not the economist another names;
    "the Ruritanian finance minister" may be."""
    people = (person("Ivo Marek", "b", "economist"), person("Ana Horvat", "b", "Ruritanian finance minister"))
    source = Source(article="a", paragraph=0, start=0, end=5)
    quotes = (Quote(text="Wages may be rising.", speaker=None, speaker_role="the economist", sources=(source,)),
              Quote(text="We will cut taxes.", speaker=None, speaker_role="the Ruritanian finance minister",
                    sources=(source,)))
    assert [q.speaker for q in voices.resolve_speakers(quotes, people)] == [None, "Ana Horvat"]


def test_a_description_is_not_resolved_to_someone_its_article_names_only_later():
    later = replace(person("Ivo Marek", "a", "chief executive"),
                    roles=(Role(text="chief executive", article="a", source=Source(article="a", paragraph=9,
                                                                                      start=900, end=915)),))
    said = Source(article="a", paragraph=2, start=200, end=220)
    quote = Quote(text="Please quiet down.", speaker=None, speaker_role="the executive", sources=(said,))
    assert voices.resolve_speakers((quote,), (later,))[0].speaker is None
    earlier = replace(quote, sources=(Source(article="a", paragraph=10, start=1000, end=1020),))
    assert voices.resolve_speakers((earlier,), (later,))[0].speaker == "Ivo Marek"


def test_father_and_son_told_apart_in_one_article_stay_apart_in_all():
    found = merged(("a", (person("Karl Velt", "a", "Mayor"), person("Karl Velt Jr", "a"))),
                   ("b", (person("Karl Velt Jr", "b", mentions=4),)), ("c", (person("Karl Velt", "c", "Mayor"),)))
    assert set(found) == {"Karl Velt", "Karl Velt Jr"}
    assert found["Karl Velt Jr"].articles == ("a", "b") and found["Karl Velt"].articles == ("a", "c")
    # No article tells them apart: one person, as "James Osmund" ~ "James Osmund Jr".
    found = merged(("a", (person("James Osmund Jr", "a", "Senator"),)), ("b", (person("James Osmund", "b"),)))
    assert list(found) == ["James Osmund Jr"]


def test_a_full_name_fitting_a_father_and_a_son_joins_the_one_of_its_generation():
    # "Donald Trump" of another article had fitted "Donald Trump Jr." as well as "Donald J. Trump".
    found = merged(("a", (person("Karl Velt Jr", "a"), person("Karl M. Velt", "a", "Mayor"))),
                   ("b", (person("Karl Velt", "b", "Mayor"),)))
    assert found["Karl M. Velt"].articles == ("a", "b") and found["Karl Velt Jr"].articles == ("a",)


def test_a_bare_surname_fitting_a_father_and_a_son_by_no_role_is_the_one_without_a_suffix():
    # "President Trump" of an article naming no one in full had stayed apart from "Donald J. Trump"
    # once "Donald Trump Jr." of a third article was no longer merged with him.
    found = merged(("a", (person("Karl M. Velt", "a"),)), ("b", (person("Karl Velt Jr", "b"),)),
                   ("c", (person("Velt", "c", "Mayor", mentions=5),)))
    assert set(found) == {"Karl M. Velt", "Karl Velt Jr"} and found["Karl M. Velt"].articles == ("a", "c")
    # Two of one generation, neither fitting by role: which, the name does not say.
    found = merged(("a", (person("Karl M. Velt", "a"), person("Anna Velt", "a"))), ("c", (person("Velt", "c"),)))
    assert "Velt" in found


def test_a_nickname_joins_the_given_name_written_after_a_first_initial():
    found = merged(("a", (person("Nick Hallam", "a", "Ambassador"),)),
                   ("b", (person("R. Nicholas Hallam", "b", "ambassador to Ruritania"),)),
                   ("c", (person("R. Tomas Hallam", "c"),)))
    assert set(found) == {"R. Nicholas Hallam", "R. Tomas Hallam"}
    assert found["R. Nicholas Hallam"].aliases == ("Nick Hallam",)


def test_a_name_one_article_gives_as_an_alias_joins_that_person():
    found = merged(("a", (person("Marek Anton Berg", "a", mentions=4, aliases=("Berg", "Piotr Smolny")),)),
                   ("b", (person("Marek Anton Berg", "b", mentions=2), person("Piotr Smolny", "b"))),
                   ("c", (person("Mr. Lind", "c"), person("Tom Lind", "c", aliases=("Mr. Lind",)))))
    assert set(found) == {"Marek Anton Berg", "Tom Lind", "Mr. Lind"}
    assert found["Marek Anton Berg"].articles == ("a", "b") and "Piotr Smolny" in found["Marek Anton Berg"].aliases


def test_a_speaker_or_digest_person_under_another_full_name_takes_the_merged_name():
    people = (replace(person("Liz Marek", "a"), aliases=("Elizabeth Marek", "Marek")),
              replace(person("Tom Marek", "b"), aliases=("Marek",)))
    source = Source(article="b", paragraph=0, start=0, end=5)
    quotes = (Quote(text="We will win.", speaker="Elizabeth Marek", sources=(source,)),
              Quote(text="No comment.", speaker="Marek", sources=(source,)))
    assert [q.speaker for q in voices.resolve_speakers(quotes, people)] == ["Liz Marek", "Marek"]
    digest = replace(digest_of("b", ["A sentence of some words."]), people=(person("Elizabeth Marek", "b"),),
                     quotes=quotes)
    (named,) = voices.in_digests([digest], people)
    assert [p.name for p in named.people] == ["Liz Marek"]
    assert [q.speaker for q in named.quotes] == ["Liz Marek", "Marek"]


def test_a_stance_reading_under_another_full_name_takes_the_merged_name():
    """A digest's stance row "Elizabeth Marek" is the viewpoints page's
    "Liz Marek"; an article's own voice keeps its name."""
    people = (replace(person("Liz Marek", "a"), aliases=("Elizabeth Marek", "Marek")),)
    digest = replace(digest_of("b", ["A sentence of some words."]),
                     stances=(StanceReading(voice="Elizabeth Marek", kind="speaker", stance="mixed", score=0.1,
                                            evidence=()),
                              StanceReading(voice="Elizabeth Marek", kind="outlet", stance="neutral", score=0.0,
                                            evidence=())))
    (named,) = voices.in_digests([digest], people)
    assert [r.voice for r in named.stances] == ["Liz Marek", "Elizabeth Marek"]


def test_another_name_a_person_went_by_stays_as_the_article_wrote_it():
    people = (replace(person("Liz Marek", "a"), aliases=("Elizabeth Marek", "Ann Velt")),)
    digest = replace(digest_of("b", ["A sentence of some words."]),
                     people=(person("Ann Velt", "b"), person("Elizabeth Marek", "b")))
    (named,) = voices.in_digests([digest], people)
    assert [p.name for p in named.people] == ["Ann Velt", "Liz Marek"]


def test_a_name_spelt_with_accents_keeps_the_articles_spelling():
    people = (replace(person("Ann Linde", "a"), aliases=("Ann Lindé",)),)
    quotes = (Quote(text="We will win.", speaker="Ann Lindé", sources=(Source(article="b", paragraph=0, start=0, end=5),)),)
    assert [q.speaker for q in voices.resolve_speakers(quotes, people)] == ["Ann Lindé"]


def test_a_surname_with_two_letters_swapped_is_one_person_across_articles():
    found = merged(("a", (person("Tomas Velichko", "a", "chairman of the safety board", mentions=3),)),
                   ("b", (person("Tomas Vleichko", "b", "chairman of the board"),)))
    assert list(found) == ["Tomas Velichko"] and found["Tomas Velichko"].aliases == ("Tomas Vleichko",)


def test_two_letters_swapped_tell_nothing_in_a_short_surname():
    from briefing.language.names import same_person, transposed

    assert transposed("jaczko", "jazcko") and not transposed("lind", "lnid") and not transposed("berg", "berg")
    assert same_person("Tomas Velichko", "Tomas Vleichko") and not same_person("Ann Lind", "Ann Lnid")


def test_a_fathers_name_alone_is_not_his_son_across_articles():
    found = merged(("a", (person("Faisal bin Osman", "a", "crown prince", mentions=3),)),
                   ("b", (person("Osman", "b", "King"),)))
    assert set(found) == {"Faisal bin Osman", "Osman"}


def test_a_bare_surname_the_merge_gave_one_person_takes_the_merged_name():
    people = (replace(person("Dorota Kwasny", "a"), aliases=("Kwasny", "Ms. Kwasny")),
              person("Piet Oorschot", "a"))
    source = Source(article="b", paragraph=0, start=0, end=5)
    quotes = (Quote(text="We will rebuild the pier.", speaker="Kwasny", sources=(source,)),)
    assert [q.speaker for q in voices.resolve_speakers(quotes, people)] == ["Dorota Kwasny"]
    digest = replace(digest_of("b", ["A sentence of some words."]), people=(person("Kwasny", "b"),), quotes=quotes)
    (named,) = voices.in_digests([digest], people)
    assert [p.name for p in named.people] == ["Dorota Kwasny"]
    assert [q.speaker for q in named.quotes] == ["Dorota Kwasny"]


def test_of_two_agreeing_roles_equally_backed_the_fuller_one_is_kept():
    found = merged(("a", (person("Olek Dunn", "a", "acting director"),)),
                   ("b", (person("Olek Dunn", "b", "acting TPA Director"),)))
    assert found["Olek Dunn"].role == "acting TPA Director"


def test_a_names_generation_is_its_words_without_the_suffix():
    from briefing.language.names import generation, generations_differ

    assert generation("Ada Velt Jr.") == (("ada", "velt"), True)
    assert generation("Ada Velt") == (("ada", "velt"), False)
    assert generations_differ("Ada Velt", "Ada Velt Jr.") and not generations_differ("Ada Velt Jr.", "Ada Velt III")
    assert not generations_differ("Velt", "Velt Jr.")  # one word names no one generation

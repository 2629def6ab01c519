"""Declared sides: whom an article says a voice stands with (`allegiance`)."""

from __future__ import annotations

from briefing.language import nlp
from briefing.synthesize import allegiance

NAMES = {alias: name for name in ("Olek Dunn", "Mara Velt", "Ina Brook", "Tomas Rell")
         for alias in (name.casefold(), name.split()[-1].casefold())}


def sides(text: str) -> list[tuple[str, str]]:
    return list(allegiance.sides(nlp.load()(text), NAMES))


def test_a_role_apposition_or_relative_clause_declares_whom_a_voice_backs():
    assert sides("“It will be hard,” said Olek Dunn, the former governor who is supporting Ms. Velt.") \
        == [("Olek Dunn", "Mara Velt")]
    assert sides("“It will be hard,” said Representative Olek Dunn of Kestrel, who endorsed Ms. Velt on Friday.") \
        == [("Olek Dunn", "Mara Velt")]
    assert sides("Velt spokesman Olek Dunn said the charges were false.") == [("Olek Dunn", "Mara Velt")]
    assert sides("Olek Dunn, a spokesman for Ms. Velt, said the charges were false.") == [("Olek Dunn", "Mara Velt")]


def test_the_verb_a_voice_is_subject_of_declares_whom_it_backs():
    assert sides("Olek Dunn urged voters to back Mara Velt, saying she was the best.") == [("Olek Dunn", "Mara Velt")]
    assert sides("Olek Dunn urged women to vote for Mara Velt.") == [("Olek Dunn", "Mara Velt")]


def test_a_negated_former_or_another_persons_backing_declares_nothing():
    assert sides("Olek Dunn never endorsed Mara Velt.") == []
    assert sides("Olek Dunn, a former Velt aide, spoke on Monday.") == []
    # Dunn tells where Brook stands, not where he does.
    assert sides("Olek Dunn said Ina Brook endorsed Mara Velt.") == [("Ina Brook", "Mara Velt")]
    assert sides("Olek Dunn attacked Mara Velt on Monday.") == []


def test_a_name_after_the_backers_noun_it_is_in_apposition_to_declares_whom_it_backs():
    # The parse may read the name as an organization and hang it on "valley".
    assert sides("Another Velt supporter in Kestrel Valley, Olek Dunn, had met the candidate years ago.") \
        == [("Olek Dunn", "Mara Velt")]
    assert sides("A lawyer for Ms. Velt, Olek Dunn, said the charges were false.") == [("Olek Dunn", "Mara Velt")]
    assert sides("A critic in Kestrel Valley, Olek Dunn, said Mara Velt was wrong.") == []


def test_one_who_speaks_at_a_rally_for_someone_backs_them():
    assert sides("At a rally for Mara Velt in Kestrel on Sunday, Olek Dunn said the harbour would reopen.") \
        == [("Olek Dunn", "Mara Velt")]
    assert sides("At a meeting with Mara Velt in Kestrel on Sunday, Olek Dunn said the harbour would reopen.") == []


def test_a_backing_given_up_before_declares_nothing_now():
    """"Dunn, who had previously endorsed Ms. Velt, ..." tells where Dunn
    stood, not where he stands."""
    assert sides("Olek Dunn, who had previously endorsed Ms. Velt, spoke at the harbour.") == []
    assert sides("Olek Dunn, who once endorsed Ms. Velt, spoke at the harbour.") == []


def _quoted(*said):
    from dataclasses import replace

    from briefing.models import Quote
    from tests.helpers import digest_of

    digest = digest_of("a", ["A story on the harbour race."])
    source = digest.sentences[0].source
    return [replace(digest, quotes=tuple(Quote(text=text, speaker=speaker, sources=(source,))
                                         for speaker, text in said))]


def test_a_speakers_own_words_declare_whom_they_back():
    """"Yes, I support Mara Velt", "I have decided to endorse Velt", "I'm
    going to help Mara Velt in every way I can": the speaker backs her;
    not when the backing is denied or supposed."""
    found = dict(allegiance.own_words(_quoted(("Olek Dunn", "Yes, I support Mara Velt"),
                                              ("Ina Brook", "The race has clarified. I have decided to endorse Velt "
                                                            "and to urge my friends to join me."),
                                              ("Tomas Rell", "I’m going to help Mara Velt in every way I can")),
                                      NAMES))
    assert found == {("a", "Olek Dunn"): "Mara Velt", ("a", "Ina Brook"): "Mara Velt",
                     ("a", "Tomas Rell"): "Mara Velt"}
    assert not list(allegiance.own_words(_quoted(("Olek Dunn", "I will never support Mara Velt"),
                                                 ("Ina Brook", "I would endorse Velt if she dropped the tax"),
                                                 ("Tomas Rell", "They say I support Mara Velt, and I do not")),
                                         NAMES))


def test_backing_a_persons_candidacy_or_giving_them_support_declares_whom_a_voice_backs():
    """"rushed to champion Mr. Velt's candidacy", "offered his support for
    Velt's bid": the quest for office is its candidate's; the support noun
    names, by its "for", the one backed.  "no support for" backs no one."""
    assert sides("Senator Olek Dunn, a Democrat of Kelby, rushed to champion Ms. Velt’s candidacy.") \
        == [("Olek Dunn", "Mara Velt")]
    assert sides("Senator Olek Dunn, who offered his support for Mara Velt's candidacy, spoke on Friday.") \
        == [("Olek Dunn", "Mara Velt")]
    assert sides("Olek Dunn attacked Mara Velt's candidacy.") == []
    assert sides("Ina Brook said Olek Dunn had no support for Mara Velt.") == []


def test_only_sentences_holding_a_word_of_backing_are_parsed():
    """The cue `declared` tests before it parses a sentence holds the words of
    backing in the forms they are written in, and not words that merely
    begin like them ("voters", "workers", "speaker", "background")."""
    for text in ("Ivo Dahl backed Mara Velt.", "Velt's supporters cheered Dahl.", "Dahl, a Velt adviser, said so.",
                 "Dahl spoke at a rally for Velt.", "Dahl has championed Velt."):
        assert allegiance._CUE.search(text), text
    for text in ("Velt met voters and workers with Dahl.", "Dahl, the speaker, gave Velt the background."):
        assert not allegiance._CUE.search(text), text

"""Viewpoints: voices merged across articles, judged toward the brief's subject."""

from __future__ import annotations

from dataclasses import replace

from briefing import distill
from briefing.distill import stance
from briefing.config import Config
from briefing.language import nlp
from briefing.models import Claim, Person, Role, Sentiment, Source, StanceReading, Viewpoint
from briefing.synthesize import subject, viewpoints
from tests.helpers import digest_of


def read(digest, author=None):
    """The digest of `digest`'s article, parsed and read as a build would."""
    article = replace(digest.article, author=author)
    return distill.digest(article, nlp.load()(article.text), Config())


CORPUS = [
    ["Norland and Sudria signed a trade deal in Vell on Monday.",
     "The Norland and Sudria partnership is flourishing and the outlook is very positive.",
     "Meanwhile, distrust between Kastor and Umbria prevails and their talks failed.",
     "Norland and Sudria trade is growing fast and the future is bright."],
    ["Norland and Sudria trade grew again this year.",
     "The Norland and Sudria partnership is a disaster and a failure, and the deal is dead.",
     "Norland and Sudria trade talks have collapsed, a bitter failure for both."],
    ["Norland exported grain to Sudria by rail.", "Norland officials visited Sudria for talks."],
]


def test_subject_is_the_names_most_articles_share():
    digests = [digest_of(str(i), texts) for i, texts in enumerate(CORPUS)]
    assert subject.subject_terms(digests) == {"norla", "sudri"}
    assert not subject.about("Meanwhile, distrust between Kastor and Umbria prevails.", {"norla", "sudri"})
    assert subject.about("The developments are encouraging.", {"norla", "sudri"})


def test_judgements_about_third_parties_do_not_count():
    digests = [read(digest_of("0", CORPUS[0]), author="Ann Lee"), read(digest_of("1", CORPUS[1]), author="Bo Li"),
               read(digest_of("2", CORPUS[2]))]
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, (), subject.find_subject(digests))}
    assert found["Ann Lee"].stance == "optimistic"
    assert all("Kastor" not in c.text for c in found["Ann Lee"].evidence)
    assert found["Bo Li"].stance == "skeptical"
    assert found["2"].stance == "neutral" and found["2"].evidence == ()


def test_one_voice_across_articles_is_one_viewpoint_with_its_role():
    digests = [read(digest_of("0", CORPUS[0]), author="Ann Lee"), read(digest_of("1", CORPUS[1]), author="Lee")]
    people = [Person(name="Ann Lee", aliases=("Lee",), role="analyst")]
    found = viewpoints.find_viewpoints(digests, people, subject.find_subject(digests))
    (merged,) = [v for v in found if v.voice == "Ann Lee"]
    assert merged.articles == ("0", "1") and merged.role == "analyst"
    assert merged.kind == "author"


def test_seed_viewpoints_put_the_analysts_on_opposite_sides(seed_build):
    _result, _out, data = seed_build
    stances = {v["voice"]: v for v in data["viewpoints"]}
    kugelman = next(v for name, v in stances.items() if "Kugelman" in name)
    korybko = next(v for name, v in stances.items() if "Korybko" in name)
    assert kugelman["stance"] == "skeptical"
    assert korybko["stance"] in ("optimistic", "mixed")


def test_seed_korybko_is_optimistic(seed_build):
    _result, _out, data = seed_build
    korybko = next(v for v in data["viewpoints"] if "Korybko" in v["voice"])
    assert korybko["stance"] == "optimistic"


def test_seed_viewpoints_show_the_author_and_outlet_voices(seed_build):
    _result, _out, data = seed_build
    stances = {v["voice"]: v for v in data["viewpoints"]}
    farwa = next(v for name, v in stances.items() if "Farwa" in name)
    assert farwa["stance"] in ("optimistic", "mixed") and farwa["evidence"]
    diplomat = next(v for v in data["viewpoints"] if "002_73d37690c3080db5" in v["articles"] and v["kind"] != "speaker")
    assert diplomat["evidence"]


def test_seed_the_diplomat_is_skeptical_or_mixed(seed_build):
    _result, _out, data = seed_build
    diplomat = next(v for v in data["viewpoints"] if "002_73d37690c3080db5" in v["articles"] and v["kind"] != "speaker")
    assert diplomat["stance"] in ("skeptical", "mixed") and diplomat["evidence"]


def test_a_voice_that_judges_nothing_still_shows_its_words():
    from briefing.models import Claim, Quote, Source, Viewpoint
    from briefing.synthesize.viewpoints import show_their_words

    source = Source(article="a", paragraph=0, start=0, end=10)
    quiet = Viewpoint(voice="Jane Roe", stance="neutral", evidence=(), articles=("a",), kind="speaker")
    judged = Viewpoint(voice="John Doe", stance="skeptical", articles=("a",), kind="speaker",
                       evidence=(Claim(text="I doubt it.", sources=(source,)),))
    quotes = (Quote(text="two-in-three chance", speaker="Jane Roe", sources=(source,)),
              Quote(text="The council meets on Monday.", speaker="Jane Roe", sources=(source,)),
              Quote(text="Someone else spoke.", speaker="John Doe", sources=(source,)))
    filled = show_their_words((quiet, judged), quotes, ())
    # A statement first, the phrase quoted from it after.
    assert [c.text for c in filled[0].evidence] == ["The council meets on Monday.", "two-in-three chance"]
    assert filled[1] == judged
    # The quotes of a voice known by a fuller name are its words too.
    roe = Person(name="Jane Q. Roe", aliases=("Jane Roe", "Roe"), mentions=2, articles=("a",))
    filled = show_their_words((replace(quiet, voice="Jane Q. Roe"),), quotes, (), (roe,))
    assert [c.text for c in filled[0].evidence] == ["The council meets on Monday.", "two-in-three chance"]


def test_a_voice_that_judges_nothing_shows_its_words_on_the_theme_first():
    """A candidate quoted on a football result and on the harbour levy, in
    a brief on harbour levies, shows what he said of the levy."""
    from briefing.models import Claim, Quote, Source, Viewpoint
    from briefing.synthesize.viewpoints import _not_within, on_theme, show_their_words

    source = Source(article="a", paragraph=0, start=0, end=10)
    quiet = Viewpoint(voice="Olek Dunn", stance="neutral", evidence=(), articles=("a",), kind="speaker")
    quotes = (Quote(text="The Rovers played their hearts out on Saturday.", speaker="Olek Dunn", sources=(source,)),
              Quote(text="Fans in Kestrel Bay deserve a new stadium.", speaker="Olek Dunn", sources=(source,)),
              Quote(text="The levy will fall on the fishing families.", speaker="Olek Dunn", sources=(source,)))
    filled = show_their_words((quiet,), quotes, (), (), "harbour levies")
    assert [c.text for c in filled[0].evidence] == ["The levy will fall on the fishing families.",
                                                    "The Rovers played their hearts out on Saturday."]
    assert [c.text for c in show_their_words((quiet,), quotes, ())[0].evidence] == [
        "The Rovers played their hearts out on Saturday.", "Fans in Kestrel Bay deserve a new stadium."]
    # A passage shown first, the part of it another outlet quoted adds nothing.
    passage, excerpt = (Claim(text=t, sources=(source,)) for t in ("The levy will fall on the fishing families.",
                                                                   "on the fishing families"))
    assert _not_within((passage, excerpt)) == (passage,) and _not_within((excerpt, passage)) == (excerpt, passage)
    assert on_theme("A new tax on boats.", "boat taxes") and not on_theme("Of the new pier.", "the boat taxes")
    assert on_theme("Anything at all.", None) and on_theme("Anything at all.", "the")
    # A name only whole: the Port Board is not the Harbour Board.
    assert on_theme("The Harbour Board met.", "Harbour Board") and not on_theme("The Port Board met.", "Harbour Board")


def test_a_voice_shows_words_two_outlets_carry_once():
    from briefing.models import Claim, Source
    from briefing.synthesize.viewpoints import distinct

    source = Source(article="a", paragraph=0, start=0, end=10)
    said = [Claim(text=t, sources=(source,)) for t in
            ("He should pay for it. He has the money.", "He should pay for it. He has the money",
             "He added: “He should pay for it. He has the money.”", "The wall is a waste.")]
    assert [c.text for c in distinct(said)] == ["He should pay for it. He has the money.", "The wall is a waste."]
    # An excerpt and the much longer passage it was cut from both show.
    excerpt = [Claim(text=t, sources=(source,)) for t in
               ("wary of the minister's promises.", "The vote is close.",
                "Ties are growing, but I am wary of the minister's promises. Not so sure about any of it.")]
    assert distinct(excerpt) == tuple(excerpt)


def test_every_voice_carries_the_name_a_reader_knows_it_by():
    from briefing.models import Divergence, Position, Source, Viewpoint

    articles = [digest_of(aid, ["Norland signed a deal."]).article for aid in ("a1", "a2")]
    articles[0] = replace(articles[0], title="Deal signed")
    articles[1] = replace(articles[1], title=None)
    source = Source(article="a2", paragraph=0, start=0, end=5)
    found = (Viewpoint(voice="a2", stance="skeptical", evidence=(), articles=("a2",)),
             Viewpoint(voice="Jane Roe", stance="optimistic", evidence=(), articles=("a1",)),
             Viewpoint(voice="a1", stance="neutral", evidence=(), articles=("a1",)))
    dispute = Divergence(topic="the deal", kind="over time",
                         positions=(Position(voice="a2", text="No.", sources=(source,)),))
    voices, disputes = viewpoints.named(found, (dispute,), articles)
    assert [v.label for v in voices] == ["Unattributed source S2", "Jane Roe", "S1 · Deal signed"]
    assert disputes[0].positions[0].label == "Unattributed source S2"


def test_an_article_voice_named_by_its_headline_is_labelled_with_its_source_number():
    """An article with no author or outlet speaks under its title: the
    label ties it to the Sources list ("S1 · Harbour deal signed"), not
    the bare headline; an outlet's name stays as it is."""
    from briefing.models import Viewpoint

    articles = [digest_of(aid, ["Norland signed a deal."]).article for aid in ("a1", "a2")]
    articles[0] = replace(articles[0], title="Harbour deal signed")
    articles[1] = replace(articles[1], title="Ferry fares rise", outlet="Kestrel Herald")
    found = (Viewpoint(voice="Harbour deal signed", kind="outlet", stance="neutral", evidence=(), articles=("a1",)),
             Viewpoint(voice="Kestrel Herald", kind="outlet", stance="neutral", evidence=(), articles=("a2",)))
    voices, _disputes = viewpoints.named(found, (), articles)
    assert [v.label for v in voices] == ["S1 · Harbour deal signed", "Kestrel Herald"]


def test_seed_brief_json_names_article_voices_as_the_brief_does(seed_build):
    _result, _out, data = seed_build
    ids = {a["id"] for a in data["articles"]}
    assert all(v["label"] and v["label"] not in ids for v in data["viewpoints"])
    assert any(v["voice"] in ids and v["label"].startswith(("S", "Unattributed source S")) for v in data["viewpoints"])


def test_a_speakers_reading_toward_themselves_counts_only_where_the_subject_is_named():
    # "Berg proposed ..." read toward Berg is the tone of Berg's own words:
    # no view of Mara Velt unless the sentence names her.
    on_subject = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt", "berg"}),
                                      actors=frozenset({"mara", "velt", "ann", "berg"}))
    source = Source(article="1", paragraph=0, start=0, end=10)
    own = Sentiment(target="Ann Berg", label="positive", score=0.9, source=source, voice="Ann Berg")
    assert not viewpoints._toward_subject(own, "filling the vacancies for port officers.", on_subject, "berg")
    assert viewpoints._toward_subject(own, "Velt must fill the vacancies for port officers.", on_subject, "berg")
    toward_velt = replace(own, target="Mara Velt")
    assert viewpoints._toward_subject(toward_velt, "filling the vacancies Velt left.", on_subject, "berg")
    # Another voice's reading toward Berg, a main actor, still counts.
    assert viewpoints._toward_subject(own, "filling the vacancies for port officers.", on_subject, "lee")


def test_a_question_the_writer_puts_judges_nothing():
    # "Could Velt's harbour plan still rescue the town?" asks; the statement beside it judges.
    on_subject = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}),
                                      actors=frozenset({"mara", "velt"}))
    asked, stated = "Could Velt's harbour plan still rescue the town?", "Velt's harbour plan will rescue the town."
    readings = [Sentiment(target=stance.SUBJECT, label="positive", score=0.9,
                          source=Source(article="1", paragraph=n, start=0, end=40)) for n in (0, 1)]
    on_subject = replace(on_subject, sentiments={"1": tuple(readings)})
    reading = StanceReading(voice="1", kind="outlet", stance="optimistic", score=1.8,
                            evidence=(Claim(text=asked, sources=(readings[0].source,)),
                                      Claim(text=stated, sources=(readings[1].source,))), made=((0,), (1,)))
    assert [claim.text for claim, _p, _n in viewpoints.judged(reading, "1", on_subject)] == [stated]
    # A speaker's words are read as they are by `distill.stance` (which leaves their questions out).
    assert viewpoints.asked("Could it still work?”") and not viewpoints.asked("It may still work.")


def test_a_party_to_the_relationship_names_it_by_speaking():
    # "Velt and Berg": Berg's praise of Velt is on the relationship; a third
    # voice's praise of Velt alone is not.
    on_subject = viewpoints.Relevance(terms=frozenset({"velt", "berg"}), known=frozenset({"velt", "berg"}),
                                      actors=frozenset({"mara", "velt", "ann", "berg"}))
    source = Source(article="1", paragraph=0, start=0, end=10)
    praise = Sentiment(target="Velt", label="positive", score=0.9, source=source, voice="Ann Berg")
    assert viewpoints._toward_subject(praise, "Mara Velt is the leader we need.", on_subject, "berg")
    assert not viewpoints._toward_subject(praise, "Mara Velt is the leader we need.", on_subject, "lee")
    assert viewpoints._toward_subject(praise, "Mara Velt and Berg will win.", on_subject, "lee")


def test_a_voices_own_verdict_on_the_person_the_brief_is_about_needs_no_second_party():
    # A story of Mara Velt whose subject terms also hold the harbour and the
    # council: Berg's quoted words said of Velt, as the subject of the clause
    # they complete or named inside them, judge Velt without naming the
    # council; a quote said "of" a Velt hearing, naming no one, does not.
    on_subject = viewpoints.Relevance(
        terms=frozenset({"velt", "harbo", "counc"}), known=frozenset({"velt", "harbo", "counc", "berg"}),
        actors=frozenset({"mara", "velt", "harbo", "counc"}), person=True, main=("Mara Velt",),
        names={"mara velt": "Mara Velt", "velt": "Mara Velt", "ann berg": "Ann Berg"},
        texts={"1": "Ann Berg, the union chief, said Velt had “offered the dockers a fair and generous deal.” "
                    "Ann Berg said of the Velt hearing: “the decisive one for the dockers.”"})
    said_of = Source(article="1", paragraph=0, start=0, end=88)
    quote = "offered the dockers a fair and generous deal."
    praise = Sentiment(target="Velt", label="positive", score=0.9, source=said_of, voice="Ann Berg", quote=quote)
    assert viewpoints._toward_subject(praise, quote, on_subject, "berg", "Ann Berg")
    # A reading the model is not sure of still needs the second party.
    assert not viewpoints._toward_subject(replace(praise, score=0.6), quote, on_subject, "berg", "Ann Berg")
    named = replace(praise, quote="Velt offered the dockers a fair deal.")
    assert viewpoints._toward_subject(named, named.quote, on_subject, "berg", "Ann Berg")
    hearing = Source(article="1", paragraph=0, start=89, end=159)
    apart = replace(praise, source=hearing, quote="the decisive one for the dockers.")
    assert not viewpoints._toward_subject(apart, apart.quote, on_subject, "berg", "Ann Berg")
    # The writer's words around the quote are not Berg's.
    assert not viewpoints._toward_subject(replace(praise, quote=None, voice=None), quote, on_subject,
                                          "berg", "Ann Berg")


REPORT = ["The Norland and Sudria partnership is a disaster and a failure, and the deal is dead.",
          "\"We will keep talking,\" Ann Berg, a Norland minister, said on Monday.",
          "Bo Lund, a Sudria official, said that talks would resume in May.",
          "\"The ports are open,\" Lund said."]


def test_a_reports_own_voice_takes_no_side_an_analysis_does():
    # Three of the report's four sentences carry attributed words: its own
    # verdict is the news it reports.  The same verdict (and one more) alone
    # is an analysis's.
    report = read(digest_of("0", REPORT), author="Ann Lee")
    analysis = read(digest_of("1", REPORT[:1] + CORPUS[1][2:] + ["Norland exported grain to Sudria by rail."]),
                    author="Bo Li")
    assert viewpoints.reported_share(report) == 0.75 and viewpoints.reported_share(analysis) == 0.0
    found = {v.voice: v for v in viewpoints.find_viewpoints([report, analysis], (), subject.find_subject([report, analysis]))}
    assert found["Ann Lee"].stance == "neutral" and found["Ann Lee"].evidence == ()
    assert found["Bo Li"].stance == "skeptical"



def test_an_opinion_pieces_own_voice_takes_a_side_however_much_it_quotes():
    """A column the page files under opinion quotes as much as a report,
    but its verdict is its writer's."""
    report = read(digest_of("0", REPORT + CORPUS[1][2:]), author="Ann Lee")
    column = replace(report, article=replace(report.article, genre="opinion"))
    assert viewpoints.reported_share(column) >= viewpoints.REPORT_SHARE
    for digest, side in ((report, "neutral"), (column, "skeptical")):
        found = {v.voice: v for v in viewpoints.find_viewpoints([digest], (), subject.find_subject([digest]))}
        assert found["Ann Lee"].stance == side


def test_only_an_article_with_a_body_has_closing_paragraphs():
    assert viewpoints.closing(digest_of("0", ["a."] * 7).article) == 5
    assert viewpoints.closing(digest_of("0", ["a."] * 4).article) == 4   # an excerpt: no closing verdict


def test_an_articles_tone_on_the_issue_is_no_verdict_on_the_actor_it_does_not_name():
    on_actor = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}),
                                    actors=frozenset({"mara", "velt"}), person=True)
    source = Source(article="1", paragraph=0, start=0, end=10)
    tone = Sentiment(target=stance.SUBJECT, label="negative", score=0.9, source=source)
    assert not viewpoints._of_actor(tone, "A third of the cases rested on flawed evidence.", on_actor)
    assert viewpoints._of_actor(tone, "Velt rested her case on flawed evidence.", on_actor)
    assert viewpoints._of_actor(tone, "She rested her case on flawed evidence.", on_actor)
    on_relationship = replace(on_actor, person=False)
    assert viewpoints._of_actor(tone, "A third of the cases rested on flawed evidence.", on_relationship)


def test_a_quoted_voices_grim_word_on_the_matter_is_no_verdict_on_the_actor():
    # A sheriff's "These were real traps" in a story of a mayor names no
    # one: the tone of the matter, not criticism of the mayor.
    on_actor = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}),
                                    actors=frozenset({"mara", "velt"}), person=True)
    grim = Claim(text="These were real traps", sources=(Source(article="1", paragraph=0, start=0, end=21),))
    named = Claim(text="Velt set these traps", sources=(Source(article="1", paragraph=1, start=22, end=42),))
    tone = [Sentiment(target=stance.SUBJECT, label="negative", score=0.9, source=c.sources[0], voice="Bo Lind")
            for c in (grim, named)]
    reading = StanceReading(voice="Bo Lind", kind="speaker", stance="skeptical", score=-0.9,
                            evidence=(grim, named), made=((0,), (1,)))
    on_actor = replace(on_actor, sentiments={"1": tuple(tone)})
    assert [claim.text for claim, _p, _n in viewpoints.judged(reading, "1", on_actor)] == ["Velt set these traps"]
    # A voice naming the actor by office ("our mayor") still judges them.
    office = Claim(text="Our mayor has failed us", sources=grim.sources)
    assert viewpoints.judged(replace(reading, evidence=(office, named)), "1", on_actor)[0][0] == office
    on_relationship = replace(on_actor, person=False)
    assert len(viewpoints.judged(reading, "1", on_relationship)) == 2


def test_a_quoted_voices_praise_of_a_ruling_counts_where_the_subject_is_no_person():
    # A subject titled by a court and a ministry is no person, though a
    # minister's name is among its terms: the minister's "This ruling
    # gives families certainty" praises the decision, naming no one.
    on_body = viewpoints.Relevance(terms=frozenset({"high", "court", "dahl"}), known=frozenset({"court", "dahl"}),
                                   actors=frozenset({"court", "dahl"}), person=True, individual=False,
                                   main=("High Court",))
    praise = Claim(text="This ruling gives families certainty", sources=(Source(article="1", paragraph=0, start=0,
                                                                                end=36),))
    tone = Sentiment(target=stance.SUBJECT, label="positive", score=0.9, source=praise.sources[0], voice="Ivo Dahl")
    reading = StanceReading(voice="Ivo Dahl", kind="speaker", stance="optimistic", score=0.9,
                            evidence=(praise,), made=((0,),))
    on_body = replace(on_body, sentiments={"1": (tone,)})
    assert [claim.text for claim, _p, _n in viewpoints.judged(reading, "1", on_body)] == [praise.text]
    assert not viewpoints.judged(reading, "1", replace(on_body, individual=True))
    # Words that make no decision their subject are the matter's tone, as before.
    grim = replace(praise, text="It will be hard to monitor the new rules")
    assert not viewpoints.judged(replace(reading, evidence=(grim,)), "1", on_body)


def test_a_subject_is_a_person_when_a_main_name_is_a_persons():
    people = [Person(name="Ivo Dahl", aliases=("Dahl",)), Person(name="Eva Roos")]
    assert viewpoints._a_person(("Ivo Dahl", "High Court"), people)
    assert not viewpoints._a_person(("High Court", "Finance Ministry"), people)
    assert viewpoints._a_person((), people)


def test_an_article_takes_a_side_only_where_it_judges_the_subject_by_name():
    # Bo Li's verdict names neither party: the tone of party-less sentences
    # counts as the article's tone on its subject, but alone it takes no side.
    unnamed = ["The partnership is a disaster and a failure, and the deal is dead.",
               "Norland exported grain to Sudria by rail."]
    named = [*CORPUS[1][1:], "Norland exported grain to Sudria by rail."]
    for texts, expected in ((unnamed, "neutral"), (named, "skeptical")):
        digests = [read(digest_of("0", CORPUS[2]), author="Ann Lee"), read(digest_of("1", texts), author="Bo Li")]
        found = {v.voice: v for v in viewpoints.find_viewpoints(digests, (), subject.find_subject(digests))}
        assert found["Bo Li"].stance == expected
        if expected == "neutral":  # nothing it said of the subject: no leaning drawn either
            assert found["Bo Li"].score == 0 and found["Bo Li"].evidence == ()


def test_a_voice_too_thin_to_take_a_side_is_plotted_at_no_leaning():
    # Two judging sentences in a long report fall short of the density an
    # article's own voice needs: neutral, and its score (what the chart
    # plots) says so too, not a lean the label denies.
    filler = [f"Norland shipped {n} tonnes of grain to Sudria by rail in week {n}." for n in range(1, 31)]
    texts = [*CORPUS[1][1:], *filler]
    digests = [read(digest_of("0", CORPUS[2]), author="Ann Lee"), read(digest_of("1", texts), author="Bo Li")]
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, (), subject.find_subject(digests))}
    assert found["Bo Li"].stance == "neutral" and found["Bo Li"].score == 0.0


def test_voices_on_a_decision_support_or_criticise_it():
    digests = [read(digest_of("0", CORPUS[0]), author="Ann Lee"), read(digest_of("1", CORPUS[1]), author="Bo Li")]
    topic = subject.find_subject(digests)
    hoped = {v.voice: v.stance for v in viewpoints.find_viewpoints(digests, (), topic)}
    judged = {v.voice: v.stance for v in viewpoints.find_viewpoints(digests, (), topic, decision=True)}
    assert hoped["Ann Lee"] == "optimistic" and judged["Ann Lee"] == "supportive"
    assert hoped["Bo Li"] == "skeptical" and judged["Bo Li"] == "critical"


def test_a_person_one_article_dwells_on_is_no_main_actor_of_a_corpus_of_several():
    topic = subject.Subject(terms=frozenset({"harbo"}), known=frozenset())
    side = Person(name="Carl Page", mentions=9, articles=("a2",), salience=9.0)
    main = Person(name="Ann Berg", mentions=4, articles=("a1", "a2"), salience=7.0)
    assert "page" not in viewpoints.main_actors([side, main], topic, articles=3)
    assert {"berg", "harbo"} <= viewpoints.main_actors([side, main], topic, articles=3)
    # One article, or no one named in two: the most salient count, as before.
    assert "page" in viewpoints.main_actors([side, main], topic, articles=1)
    assert "page" in viewpoints.main_actors([side], topic, articles=3)


def test_the_person_a_brief_is_about_takes_no_stance_toward_themselves():
    # The tone of what Berg says, in a brief on Berg, is no verdict on Berg;
    # her readings toward other main actors would still count.
    texts = ["Mayor Ann Berg said: “The harbour plan is a disaster and a failure, and I am ashamed of it.”",
             "Olek Petrenko said: “Ann Berg is a disaster and a failure as mayor.”"]
    digests = [read(digest_of("0", texts)), read(digest_of("1", ["Ann Berg opened the harbour on Monday."]))]
    berg = Person(name="Ann Berg", aliases=("Berg",), mentions=4, articles=("0", "1"), quoted=True, salience=9.0)
    petrenko = Person(name="Olek Petrenko", mentions=1, articles=("0",), quoted=True, salience=2.0)
    topic = subject.Subject(terms=frozenset({"berg"}), known=frozenset({"berg"}))
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, [berg, petrenko], topic)}
    assert found["Ann Berg"].stance == "neutral" and found["Ann Berg"].evidence == ()
    assert found["Olek Petrenko"].stance == "critical"


def test_a_quoted_voice_needs_two_favourable_sentences_to_be_placed_on_that_side():
    once = ["Norland and Sudria signed a trade deal in Vell on Monday.",
            "“The Norland and Sudria partnership is flourishing and the outlook is excellent,” said Ann Berg."]
    twice = once + ["“Norland and Sudria trade is growing fast and the future is bright,” Ann Berg said."]
    blamed = ["Norland and Sudria signed a trade deal in Vell on Monday.",
              "“The Norland and Sudria partnership is a disaster and a failure,” said Ann Berg."]
    for texts, expected in ((once, "neutral"), (twice, "optimistic"), (blamed, "skeptical")):
        digests = [read(digest_of("0", CORPUS[2])), read(digest_of("1", texts))]
        found = {v.voice: v for v in viewpoints.find_viewpoints(digests, (), subject.find_subject(digests))}
        assert found["Ann Berg"].stance == expected, texts
        assert (found["Ann Berg"].evidence == ()) == (expected == "neutral")
        assert (found["Ann Berg"].score == 0) == (expected == "neutral")  # the chart plots no leaning


def test_one_sure_sentence_praising_a_person_by_name_is_a_side_toward_them():
    """A voice's lone favourable sentence is a side when it praises a
    person by name, read surely; not when a "but" turns from the praise."""
    from briefing.synthesize import voices

    retired = ["Ida Berg retired as head of the Tarnby harbour school on Friday after 30 years.",
               "Ida Berg led the Tarnby harbour school through two floods."]
    praise = "“Ida Berg is a brilliant, generous teacher who saved our school"
    for said, expected in ((praise + ",” said Olek Dunn, the board chair.", "supportive"),
                           (praise + ", but she stayed too long,” said Olek Dunn, the board chair.", "neutral")):
        digests = [read(digest_of("0", retired)),
                   read(digest_of("1", ["Ida Berg left the Tarnby harbour school on Friday.", said]))]
        people = voices.merge_people(digests)
        found = {v.voice: v for v in viewpoints.find_viewpoints(digests, people, subject.find_subject(digests))}
        assert found["Olek Dunn"].stance == expected, said
        assert found["Olek Dunn"].toward == (("Ida Berg",) if expected == "supportive" else ())


def test_in_a_brief_on_a_person_the_place_in_the_subject_is_no_actor():
    """"Kestria" (a place, read but never portrayed) is one of the subject's
    names in a brief on a Kestria mayor; Ann Berg's praise of Kestria is no
    support of the subject."""
    texts = ["Kestria Mayor Ann Berg resigned on Friday.",
             "“Kestria has been wonderful to me, and Kestria is a great and generous town,” Ann Berg said. "
             "“Kestria gave me the best years of my life,” she said."]
    others = ["Kestria Mayor Ann Berg quit on Friday.", "Olek Petrenko praised the mayor of Kestria on Friday."]
    digests = [read(digest_of("0", texts)), read(digest_of("1", others))]
    berg = Person(name="Ann Berg", aliases=("Berg",), mentions=4, articles=("0", "1"), quoted=True, salience=9.0)
    topic = subject.Subject(terms=frozenset({"berg", "kestr"}), known=frozenset({"berg", "kestr"}))
    assert viewpoints._places(digests, topic) == frozenset({"kestr"})
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, [berg], topic)}
    assert found["Ann Berg"].stance == "neutral"
    assert "kestr" in viewpoints.main_actors([berg], topic, 2) and \
        "kestr" not in viewpoints.main_actors([berg], topic, 2, frozenset({"kestr"}))


def test_a_side_the_voices_own_quoted_words_contradict_is_no_side():
    """A voice placed supportive that an actor divergence shows speaking
    badly of an actor is shown at no leaning (its words stay), and a stance
    divergence that set it against another voice goes; a voice whose
    divergence agrees keeps its side."""
    from briefing.models import Claim, Divergence, Position, Viewpoint

    said = Claim(text="It's a remarkable commentary on the senator.", sources=())
    walsh = Viewpoint(voice="Bo Walsh", stance="supportive", evidence=(said,), articles=("a",), score=1.2)
    king = Viewpoint(voice="Al King", stance="critical", evidence=(said,), articles=("a",), score=-1.0)
    views = (Divergence(topic="Views of Ann Berg", kind="actor", positions=(
        Position(voice="Bo Walsh", text="x", sources=(), label="speaks badly of Ann Berg"),
        Position(voice="Al King", text="y", sources=(), label="speaks badly of Ann Berg"))),
        Divergence(topic="Support and criticism", kind="stance", positions=(
            Position(voice="Bo Walsh", text="x", sources=()), Position(voice="Al King", text="y", sources=()))))
    found, disputes = viewpoints.agreeing((walsh, king), views)
    assert [(v.voice, v.stance, v.score, v.evidence) for v in found] == \
        [("Bo Walsh", "neutral", 0.0, (said,)), ("Al King", "critical", -1.0, (said,))]
    assert [d.kind for d in disputes] == ["actor"]


def test_an_articles_own_voice_takes_a_side_only_on_two_sentences():
    """One judging sentence ("The Norland and Sudria partnership is a
    disaster ...") is a news report's tone, not its verdict; two are."""
    once = ["Norland and Sudria signed a trade deal in Vell on Monday.", CORPUS[1][1]]
    twice = once + CORPUS[1][2:]
    for texts, expected in ((once, "neutral"), (twice, "skeptical")):
        digests = [read(digest_of("0", CORPUS[2]), author="Ann Lee"), read(digest_of("1", texts), author="Bo Li")]
        found = {v.voice: v for v in viewpoints.find_viewpoints(digests, (), subject.find_subject(digests))}
        assert found["Bo Li"].stance == expected, texts


def test_a_mixed_voice_shows_doubt_in_other_words_than_its_hope_or_no_mix():
    from briefing.models import Claim

    hope = Claim(text="“Couples will now be treated equally under our tax laws,” Bo Li said.", sources=())
    same = Claim(text="Couples will now be treated equally under our tax laws", sources=())
    doubt = Claim(text="“These families were denied protections for years,” Bo Li said.", sources=())
    assert viewpoints._strongest([(hope, 0.9, 0.0), (same, 0.0, 0.8)], "mixed") == ()
    assert viewpoints._strongest([(hope, 0.9, 0.0), (same, 0.0, 0.8), (doubt, 0.1, 0.9)], "mixed") == (hope, doubt)


def test_in_a_brief_on_a_person_a_side_says_whom_it_judges():
    """Berg attacking her rival is "critical of Olek Petrenko", not critical
    of herself, whom the brief is about; a side on the subject's own tone,
    or on a relationship's, names no one."""
    texts = ["Mayor Ann Berg said: “Olek Petrenko is a disaster and a failure, and he lied to the town.”",
             "Olek Petrenko said: “Ann Berg is a disaster and a failure as mayor.”"]
    digests = [read(digest_of("0", texts)), read(digest_of("1", ["Ann Berg opened the harbour on Monday."]))]
    berg = Person(name="Ann Berg", aliases=("Berg",), mentions=4, articles=("0", "1"), quoted=True, salience=9.0)
    petrenko = Person(name="Olek Petrenko", aliases=("Petrenko",), mentions=2, articles=("0", "1"), quoted=True,
                      salience=5.0)
    topic = subject.Subject(terms=frozenset({"berg"}), known=frozenset({"berg"}))
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, [berg, petrenko], topic)}
    assert found["Ann Berg"].stance == "critical" and found["Ann Berg"].toward == ("Olek Petrenko",)
    assert found["Olek Petrenko"].stance == "critical" and found["Olek Petrenko"].toward == ("Ann Berg",)
    digests = [read(digest_of("0", CORPUS[0])), read(digest_of("1", CORPUS[1]))]
    assert all(v.toward == () for v in viewpoints.find_viewpoints(digests, (), subject.find_subject(digests)))


def test_a_mixed_voice_is_mixed_only_on_someone_it_judges_both_ways():
    """Dunn praises the harbour and the schools and blames Petrenko.  Her
    praise names no one, so it is no verdict on Berg, the mayor the brief
    is about: she is critical, of Petrenko alone, never "mixed on" him."""
    texts = ["Cara Dunn said: “Olek Petrenko is a disaster and a failure, and he lied to the town.”",
             "Dunn said: “The new harbour is a wonderful success, a great gift to our proud town.”",
             "Dunn added: “Our schools are excellent and our families are happy and thriving.”",
             "Dunn said: “Petrenko wasted our money, and he betrayed and cheated every family.”",
             "Olek Petrenko said: “Ann Berg is a disaster and a failure as mayor.”"]
    digests = [read(digest_of("0", texts)), read(digest_of("1", ["Ann Berg opened the harbour on Monday."]))]
    berg = Person(name="Ann Berg", aliases=("Berg",), mentions=4, articles=("0", "1"), quoted=True, salience=9.0)
    petrenko = Person(name="Olek Petrenko", aliases=("Petrenko",), mentions=2, articles=("0", "1"), quoted=True,
                      salience=5.0)
    dunn = Person(name="Cara Dunn", aliases=("Dunn",), mentions=3, articles=("0",), quoted=True, salience=3.0)
    topic = subject.Subject(terms=frozenset({"berg"}), known=frozenset({"berg"}))
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, [berg, petrenko, dunn], topic)}
    assert found["Cara Dunn"].stance == "critical" and found["Cara Dunn"].toward == ("Olek Petrenko",)
    assert found["Olek Petrenko"].toward == ("Ann Berg",)


def test_a_lawyers_words_read_as_blame_of_the_client_are_no_blame_of_the_client():
    """Her lawyer relaying that Berg calls the charges "a shameful, cruel
    and dishonest attack" is her defence: the model's negative reading
    toward Berg in his words does not make him critical of her."""
    texts = ["Mayor Ann Berg was charged with fraud on Friday.",
             "A lawyer for Ms. Berg, Olek Petrenko, confirmed in a statement that prosecutors intended to file "
             "charges against his client and said that Ms. Berg “asserts her innocence” and that the investigation "
             "was “a politically driven vendetta.”",
             "Mr. Petrenko said that Ms. Berg called the charges “a shameful, cruel and dishonest attack.”"]
    digests = [read(digest_of("0", texts)), read(digest_of("1", ["Ann Berg opened the harbour on Monday."]))]
    berg = Person(name="Ann Berg", aliases=("Berg",), mentions=4, articles=("0", "1"), salience=9.0)
    people = [berg] + [p for p in digests[0].people if p.name != "Ann Berg"]
    assert viewpoints._allies(people) == {"petrenko": frozenset({"berg"}), "berg": frozenset({"petrenko"})}
    topic = subject.Subject(terms=frozenset({"berg"}), known=frozenset({"berg"}))
    found = {v.voice: v for v in viewpoints.find_viewpoints(digests, people, topic)}
    assert found["Olek Petrenko"].stance == "neutral" and found["Olek Petrenko"].toward == ()


def _voices_on_velt(texts: list[str], terms: frozenset[str] = frozenset({"velt"})) -> dict:
    """The viewpoints of an article of `texts` and a second on Mara Velt,
    by voice, on a subject of `terms` (Velt alone unless given)."""
    digests = [read(digest_of("0", texts)), read(digest_of("1", ["Mara Velt opened the harbour on Monday."]))]
    velt = Person(name="Mara Velt", aliases=("Velt", "Ms. Velt"), mentions=4, articles=("0", "1"), salience=9.0)
    people = [velt] + [p for p in digests[0].people if p.name != "Mara Velt"]
    topic = subject.Subject(terms=terms, known=terms)
    return {v.voice: v for v in viewpoints.find_viewpoints(digests, people, topic)}


def test_a_declared_supporters_words_read_as_blame_are_no_blame_of_the_one_they_back():
    """"said Olek Dunn, who endorsed Ms. Velt on Tuesday": his candid
    "It is not going to be easy for Mara Velt" does not make him critical
    of her, in readings toward her or in the tone of his words on her."""
    texts = ["Senator Mara Velt campaigned in Kestrel Bay on Monday.",
             "“It is not going to be easy for Mara Velt, and her campaign is a shameful, struggling mess,” said "
             "Olek Dunn, the former governor who endorsed Ms. Velt on Tuesday.",
             "“Mara Velt is a disgrace and a failure,” said Ina Brook, a teacher."]
    found = _voices_on_velt(texts)
    assert found["Olek Dunn"].stance == "neutral" and found["Olek Dunn"].toward == ()
    assert found["Ina Brook"].stance == "critical" and found["Ina Brook"].toward == ("Mara Velt",)
    # Where the subject is more than the one he backs (her and the state's other
    # parties), the tone of his words may still judge the rest of it.
    found = _voices_on_velt(texts, frozenset({"velt", "kestr"}))
    assert found["Olek Dunn"].stance == "critical" and found["Olek Dunn"].toward == ()


def test_one_who_turns_arguments_against_another_is_not_whom_the_blame_is_toward():
    """"the arguments Velt used against the nominee": Velt opposes, the
    nominee is opposed; a side read toward Velt there names the wrong one."""
    text = "The Dunn team will court its base with the same arguments Mara Velt used against the nominee in 2012."
    assert viewpoints._set_against_another(text, "Mara Velt")
    assert not viewpoints._set_against_another(text, "Dunn")
    assert not viewpoints._set_against_another("Mara Velt lied to the town again.", "Mara Velt")
    assert viewpoints._set_against_another("The Velt campaign turned against the nominee.", "Velt")


def test_a_speaker_who_says_they_back_the_subject_is_supportive_of_them():
    """“Yes, I support Mara Velt,” in the speaker's own words, is a side
    however the rest of their words read; a lawyer's role alone is none."""
    texts = ["Senator Mara Velt campaigned in Kestrel Bay on Monday.",
             "“Yes, I support Mara Velt,” Olek Dunn, a retired harbour pilot, told the Kestrel Herald.",
             "“The ferry timetable changes in May,” Ina Brook, a lawyer for Ms. Velt, said."]
    found = _voices_on_velt(texts)
    assert found["Olek Dunn"].stance == "supportive" and found["Olek Dunn"].toward == ("Mara Velt",)
    assert found.get("Ina Brook") is None or found["Ina Brook"].stance == "neutral"


def test_the_subjects_own_harsh_words_at_no_one_named_make_it_no_critic_of_itself():
    """The mayor the brief is about (with her town) says her critics spin
    yarns about the town: her harsh words are aimed at them, and she is
    not placed among her own critics; her critic still is one."""
    texts = ["Senator Mara Velt campaigned in Kestrel Bay on Monday.",
             "“Whoever says that Kestrel's harbour is failing is spinning a yarn,” Mara Velt told the council.",
             "“Mara Velt is a disgrace and a failure,” said Ina Brook, a teacher."]
    found = _voices_on_velt(texts, frozenset({"velt", "kestr"}))
    assert found["Mara Velt"].stance == "neutral"
    assert found["Ina Brook"].stance == "critical"
    # A subject of two people (a contest): harsh words that name the other
    # are at the other; words at no one of the two are at her accusers.
    assert _voices_on_velt(texts, frozenset({"velt", "kestr", "brook"}))["Mara Velt"].stance == "neutral"
    rival = [texts[0], "“Ina Brook is spinning a shameful yarn about the harbour,” Mara Velt told the council.",
             texts[2]]
    assert _voices_on_velt(rival, frozenset({"velt", "kestr", "brook"}))["Mara Velt"].stance == "critical"


def test_the_subjects_own_mixed_words_make_it_no_half_critic_of_itself():
    """The mayor the brief is about, read as mixed on no one named (her
    plan praised, her critics scorned): "mixed" on herself is no stance on
    the subject; a mixed voice of someone else stays mixed."""
    topic = subject.Subject(terms=frozenset({"velt", "kestr"}), known=frozenset({"velt", "kestr"}))
    named = {"Mara Velt": "velt"}
    own = Viewpoint(voice="Mara Velt", stance="mixed", evidence=(), articles=("0",))
    other = Viewpoint(voice="Ina Brook", stance="mixed", evidence=(), articles=("0",))
    assert viewpoints._not_against_itself(own, topic, named).stance == "neutral"
    assert viewpoints._not_against_itself(other, topic, named).stance == "mixed"
    assert viewpoints._not_against_itself(replace(own, stance="supportive"), topic, named).stance == "supportive"


def test_a_digest_gives_a_voice_of_one_article_the_brief_s_verdict():
    """A report's own voice, read skeptical in its digest on the verdicts it
    reports but judged neutral by the brief's viewpoints, is neutral in the
    brief's digest too (brief.json never gives a side the viewpoints do
    not); a voice the viewpoints place keeps its side."""
    from briefing.synthesize import synthesize

    report = read(digest_of("0", REPORT), author="Ann Lee")
    analysis = read(digest_of("1", REPORT[:1] + CORPUS[1][2:] + ["Norland exported grain to Sudria by rail."]),
                    author="Bo Li")
    assert {r.voice: r.stance for r in report.stances}["Ann Lee"] != "neutral"
    brief = synthesize([report, analysis], Config())
    read_in = {r.voice: r for d in brief.digests for r in d.stances}
    assert read_in["Ann Lee"].stance == "neutral" and read_in["Ann Lee"].score == 0.0
    assert read_in["Bo Li"].stance == "skeptical"


def _stance_of(voice, stance_word, article):
    """A digest of one sentence whose only stance reading is `voice`'s."""
    digest = digest_of(article, ["Vell said the harbour plan is a good one."])
    return replace(digest, stances=(StanceReading(voice=voice, kind="speaker", stance=stance_word, score=0.8,
                                                  evidence=()),))


def test_a_voice_read_under_another_name_of_a_merged_person_takes_the_brief_s_verdict():
    """"Bill Vell" mixed in one digest is the brief's neutral "William
    Vell", heard in two articles: neutral there too."""
    digests = [_stance_of("Bill Vell", "mixed", "a"), _stance_of("William Vell", "neutral", "b")]
    people = [Person(name="William Vell", aliases=("Bill Vell", "Vell"), mentions=4, articles=("a", "b"))]
    found = (Viewpoint(voice="William Vell", stance="neutral", evidence=(), articles=("a", "b")),)
    assert [r.stance for d in viewpoints.in_digests(digests, found, people) for r in d.stances] == ["neutral"] * 2
    assert [r.stance for d in viewpoints.in_digests(digests, found) for r in d.stances] == ["mixed", "neutral"]


def test_a_voice_of_several_articles_takes_no_side_in_a_digest_the_brief_does_not():
    digests = [_stance_of("Vell", "skeptical", "a"), _stance_of("Tom Vell", "optimistic", "b"),
               _stance_of("Ida Moor", "skeptical", "a"), _stance_of("Ida Moor", "mixed", "c"),
               _stance_of("Vell", "mixed", "b")]
    found = [Viewpoint(voice="Tom R. Vell", stance="neutral", evidence=(), articles=("a", "b")),
             Viewpoint(voice="Ida Moor", stance="critical", evidence=(), articles=("a", "c"))]
    judged = viewpoints.in_digests(digests, found)
    assert [r.stance for d in judged for r in d.stances] == ["neutral", "neutral", "skeptical", "mixed", "neutral"]
    assert viewpoints.in_digests(judged, found) == judged


def test_only_the_person_the_title_names_is_the_subject_speaking_of_themselves():
    # A one-article corpus holds every name it repeats among its terms: the
    # analysts it quotes are voices on the subject, not the subject.
    on_actor = viewpoints.Relevance(terms=frozenset({"velt", "moro", "kasto"}), known=frozenset({"velt", "moro"}),
                                    person=True, main=("Ada Velt",))
    assert viewpoints._the_subject("Ada Velt", "velt", on_actor)
    assert viewpoints._the_subject("Velt", "velt", on_actor)
    assert not viewpoints._the_subject("Ivo Moro", "moro", on_actor)
    assert not viewpoints._the_subject("Ola Velt", "velt", on_actor)  # her father, not her
    assert viewpoints._the_subject("Ivo Moro", "moro", replace(on_actor, main=None))  # no title given: the terms


def test_words_put_to_the_actor_in_the_second_person_judge_them():
    # "You should resign", said to the actor the article names as the one
    # questioned, is a verdict on them though the words do not name them.
    on_actor = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}),
                                    actors=frozenset({"mara", "velt"}), person=True)
    put = Claim(text="You should step down", sources=(Source(article="1", paragraph=1, start=40, end=60),))
    tone = (Sentiment(target=stance.SUBJECT, label="negative", score=0.9, source=put.sources[0], voice="Bo Lind"),)
    reading = StanceReading(voice="Bo Lind", kind="speaker", stance="skeptical", score=-0.9,
                            evidence=(put,), made=((0,),))
    on_actor = replace(on_actor, sentiments={"1": tone})
    assert viewpoints.judged(reading, "1", on_actor) == []
    heard = replace(on_actor, heard={("1", 40, 60): "Mara Velt"})
    assert [claim.text for claim, _p, _n in viewpoints.judged(reading, "1", heard)] == ["You should step down"]


def test_only_words_put_to_the_subject_are_heard_as_a_verdict_on_it():
    from tests.helpers import digest_of, quoted
    sentences = ["At the hearing Ada Quill told Mara Velt: \"You have failed the town.\"",
                 "Later Ada Quill told Tomas Brenn: \"You have no case.\""]
    digest = digest_of("1", sentences)
    quotes = [quoted(digest, words, "Ada Quill") for words in ("You have failed the town", "You have no case")]
    heard = viewpoints._heard([replace(digest, quotes=tuple(quotes))], frozenset({"velt"}))
    assert list(heard.values()) == ["Mara Velt"]


def test_an_outlet_writing_about_itself_takes_no_side_on_the_subject():
    """A theatre's own blog praising the theatre's show is its promotion:
    the outlet's voice, when the outlet is what the brief is about, is no
    view of the subject; another outlet's voice keeps its side."""
    topic = subject.Subject(terms=frozenset({"harbo", "theat", "velt"}), known=frozenset({"harbo", "theat"}))
    own = Viewpoint(voice="Harbour Theatre", kind="outlet", stance="supportive", score=1.2, evidence=(),
                    articles=("0",))
    other = replace(own, voice="Valley Times")
    assert viewpoints._not_of_itself(own, topic).stance == "neutral"
    assert viewpoints._not_of_itself(own, topic).score == 0.0
    assert viewpoints._not_of_itself(other, topic).stance == "supportive"
    assert viewpoints._not_of_itself(replace(own, kind="speaker"), topic).stance == "supportive"


def test_a_group_quoted_by_its_full_name_and_its_acronym_is_one_voice():
    union = read(digest_of("0", ["The Harbour Bill passed the Tarn council on Monday.",
                                 "The Harbour Workers Union said the Harbour Bill was “a reckless, dangerous and "
                                 "shameful mistake.”",
                                 "“The Harbour Bill is unfair, cruel and wrong,” the HWU wrote in a letter.",
                                 "“The Harbour Bill is a disgrace,” the HWU added."]))
    other = read(digest_of("1", ["The Harbour Bill passed the Tarn council on Monday.",
                                 "The Harbour Bill takes effect in May."]))
    found = viewpoints.find_viewpoints([union, other], (), subject.find_subject([union, other]))
    voices = {v.voice: v.stance for v in found}
    assert "HWU" not in voices and voices["Harbour Workers Union"] == "skeptical"
    # The article's digest gives both names the one verdict.
    shown = {r.voice: r.stance for r in viewpoints.in_digests([union, other], found)[0].stances}
    assert shown["HWU"] == shown["Harbour Workers Union"] == "skeptical"


def test_an_acronym_is_spelled_out_only_by_the_one_name_it_spells():
    assert viewpoints.spelled_out({"HWU", "Harbour Workers Union", "Ann Lind"}) == {"HWU": "Harbour Workers Union"}
    assert viewpoints.spelled_out({"HWU", "Harbour Workers Union", "Hill Water Utility"}) == {}
    assert viewpoints.spelled_out({"H.W.U.", "Harbour Workers Union"}) == {"H.W.U.": "Harbour Workers Union"}


def test_a_digest_shows_the_side_the_brief_shows_with_its_own_words():
    first = digest_of("0", ["“Mayor Ann Lind has done more for the harbour than anyone,” said Bo Kerr."])
    second = digest_of("1", ["“Ann Lind is a fine mayor,” said Bo Kerr."])
    praise = Claim(text="Mayor Ann Lind has done more for the harbour than anyone", sources=(first.article.source(1, 58),))
    first = replace(first, stances=(StanceReading(voice="Bo Kerr", kind="speaker", stance="neutral", score=0.0,
                                                  evidence=(praise,)),))
    second = replace(second, stances=(StanceReading(voice="Bo Kerr", kind="speaker", stance="neutral", score=0.0,
                                                    evidence=()),))
    verdict = Viewpoint(voice="Bo Kerr", stance="supportive", evidence=(praise,), articles=("0", "1"),
                        kind="speaker", score=1.2)
    judged = viewpoints.in_digests([first, second], [verdict])
    assert judged[0].stances[0].stance == "optimistic" and judged[0].stances[0].evidence == (praise,)
    # The other article's words show no side: it stays neutral.
    assert judged[1].stances[0].stance == "neutral"


def test_a_full_clause_is_shown_before_a_phrase_lifted_from_one():
    phrase = Claim(text="this reckless, shameful majority.", sources=())
    said = Claim(text="The harbour bill is a reckless grab for power that will hurt our town", sources=())
    assert viewpoints.clause(said.text) and not viewpoints.clause(phrase.text)
    assert not viewpoints.clause("to determine how each plan might change the town")
    assert viewpoints.clause("wary of the mayor's sudden offer.")  # a judging adjective states a view
    # The phrase is the denser blame, but the clause shows the view.
    shown = viewpoints._strongest([(phrase, 0.0, 0.9), (said, 0.0, 0.8)], "critical")
    assert shown == (said, phrase)


def test_a_defenders_flat_denial_supports_the_one_they_speak_for():
    """Her lawyer calls a newspaper's charge false: a defence of Velt, though
    no word of his praises her.  A ferry captain who calls a rumour false
    speaks for no one, and says "not false" denies nothing."""
    texts = ["Senator Mara Velt campaigned in Kestrel Bay on Monday.",
             "“The Gazette's story about the harbour fund is completely false,” said Tomas Reed, a lawyer for Ms. Velt.",
             "“The rumour about the night ferry is false,” said Ola Finn, a ferry captain.",
             "“Mara Velt is a disgrace and a failure,” said Ina Brook, a teacher."]
    found = _voices_on_velt(texts)
    assert found["Tomas Reed"].stance == "supportive" and found["Tomas Reed"].toward == ("Mara Velt",)
    assert "completely false" in found["Tomas Reed"].evidence[0].text
    assert found["Ola Finn"].stance == "neutral"
    assert found["Ina Brook"].stance == "critical"
    assert not viewpoints._calls_false("The figures are not false, sadly.")
    assert not viewpoints._calls_false("The story isn’t false.")


def test_a_quote_the_writer_calls_a_swipe_at_someone_is_no_praise_of_them():
    """The writer says Berg took a swipe at the mayor, then quotes her
    mockery: a positive reading of it toward Velt is read as blame.  The
    same words after a sentence on another speaker's attack, or on Berg's
    praise, keep their reading."""
    quote = "“I wonder if she could find the harbour on a map,” Berg said."
    swipe = "Ann Berg also took a swipe at Mayor Velt for skipping the vote.\n\n" + quote
    start = swipe.index("“")
    made = Sentiment(target="Velt", label="positive", score=0.8, voice="Ann Berg", quote=quote[1:48],
                     source=Source(article="1", paragraph=1, start=start, end=len(swipe)))
    on_subject = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt"}), texts={"1": swipe})
    assert viewpoints._as_framed(made, on_subject).label == "negative"
    assert viewpoints.framed("That remark was a jab at Mayor Velt. " + quote, 37, 37 + len(quote), "Velt", "Ann Berg")
    assert viewpoints.framed("Berg mocked Mayor Velt, saying “she is a fine host.”", 0, 52, "Velt", "Ann Berg")
    for before in ("Olek Dunn mocked Mayor Velt on Friday. ", "Berg praised Mayor Velt on Friday. "):
        assert not viewpoints.framed(before + quote, len(before), len(before) + len(quote), "Velt", "Ann Berg")


def test_a_voices_words_on_the_office_the_subject_holds_are_about_them():
    """Mara Velt is the mayor: "The mayor must resign before Tarn pays for her
    blunders" is about her though it names Tarn and not her; the same tone
    in the writer's own words, or of a mayor's office no one of the subject
    holds, is not."""
    velt = Person(name="Mara Velt", role="Mayor of Kestrel", mentions=4, articles=("0",), salience=9.0)
    rival = Person(name="Ivo Lund", role="mayor of Tarn", mentions=2, articles=("0",), salience=3.0)
    assert viewpoints._offices(("Mara Velt",), [velt]) == frozenset({"mayor"})
    assert viewpoints._offices(("Mara Velt",), [velt, rival]) == frozenset()  # two mayors: "the mayor" is either
    deputy = Person(name="Ola Finn", role="deputy mayor", mentions=2, articles=("0",), salience=3.0)
    assert viewpoints._offices(("Mara Velt",), [velt, deputy]) == frozenset({"mayor"})
    on_subject = viewpoints.Relevance(terms=frozenset({"velt"}), known=frozenset({"velt", "tarn"}),
                                      person=True, offices=frozenset({"mayor"}))
    source = Source(article="1", paragraph=0, start=0, end=10)
    text = "The mayor must resign before Tarn pays for her blunders."
    tone = Sentiment(target=stance.SUBJECT, label="negative", score=0.8, source=source, voice="Ann Berg", quote=text)
    assert viewpoints._toward_subject(tone, text, on_subject, "berg", "Ann Berg")
    assert not viewpoints._toward_subject(replace(tone, voice=None, quote=None), text, on_subject)
    assert not viewpoints._toward_subject(tone, text, replace(on_subject, offices=frozenset()), "berg", "Ann Berg")


def test_a_fault_granted_before_but_is_no_verdict_on_whom_it_is_granted():
    """"Velt has her faults, but Dunn is a disaster": the voice judges Dunn;
    Velt is the measure.  With no one judged after "but", Velt's faults
    are the verdict."""
    text = "Mara Velt has her faults, but Olek Dunn is a disaster"
    source = Source(article="1", paragraph=0, start=0, end=10)
    velt, dunn = (Sentiment(target=name, label="negative", score=0.8, source=source, voice="Ann Berg", quote=text)
                  for name in ("Mara Velt", "Olek Dunn"))
    assert viewpoints._conceded(text, velt, [velt, dunn])
    assert not viewpoints._conceded(text, dunn, [velt, dunn])
    assert not viewpoints._conceded("Mara Velt has her faults, but the port is busy", velt, [velt])


def test_a_quote_a_verb_of_verdict_charges_someone_with_is_a_verdict_on_them():
    """"Vera Holm accused Olek Dunn of trying to “sink the ferry line”": the
    quote is Holm's charge, and it lands on Dunn, the one accused, though
    the quote does not name him; the one who only hears of it does not."""
    sentence = "Vera Holm accused Olek Dunn of trying to “sink the ferry line” before the vote."
    assert viewpoints._subject_of_quote(sentence, "sink the ferry line", "Olek Dunn")
    assert not viewpoints._subject_of_quote(sentence, "sink the ferry line", "Vera Holm")
    assert not viewpoints._subject_of_quote("Vera Holm visited Olek Dunn to say the ferry would “sink” soon.",
                                            "sink", "Olek Dunn")


def test_a_denied_verdict_charges_no_one_with_the_quote():
    """"Vera Holm never accused Olek Dunn of trying to “sink the ferry
    line”": the charge was not made, so the quote is no verdict on Dunn."""
    for sentence in ("Vera Holm never accused Olek Dunn of trying to “sink the ferry line” before the vote.",
                     "Vera Holm did not accuse Olek Dunn of trying to “sink the ferry line” before the vote."):
        assert not viewpoints._subject_of_quote(sentence, "sink the ferry line", "Olek Dunn")


def test_a_question_left_open_is_no_verdict():
    """A hydrologist's "It is unclear whether Tarrow’s wells can be refilled"
    asks; the grim tone of "unclear" is no doubt of the scheme she leads.
    A sentence that doubts or asserts still judges."""
    assert viewpoints.open_question("It is unclear whether Tarrow’s wells can be refilled.")
    assert viewpoints.open_question("It's unclear if the barges can carry the grain upriver.")
    assert viewpoints.open_question("We don't know whether the pumps failed in March.")
    assert viewpoints.open_question("Nobody knows if the canal will reopen.")
    assert not viewpoints.open_question("I doubt whether the scheme will ever work.")
    assert not viewpoints.open_question("If the scheme fails, the valley will go dry.")
    assert not viewpoints.open_question("The scheme is a failure. It is unclear whether it can be saved.")
    on_scheme = viewpoints.Relevance(terms=frozenset({"tarro"}), known=frozenset({"tarro"}))
    asked = Claim(text="It is unclear whether Tarrow’s wells can be refilled",
                  sources=(Source(article="1", paragraph=0, start=0, end=57),))
    blamed = Claim(text="The Tarrow wells were drained by careless planning",
                   sources=(Source(article="1", paragraph=1, start=58, end=108),))
    tone = tuple(Sentiment(target=stance.SUBJECT, label="negative", score=0.8, source=c.sources[0], voice="Ines Qarro")
                 for c in (asked, blamed))
    reading = StanceReading(voice="Ines Qarro", kind="speaker", stance="skeptical", score=-1.6,
                            evidence=(asked, blamed), made=((0,), (1,)))
    on_scheme = replace(on_scheme, sentiments={"1": tone})
    assert [claim.text for claim, _p, _n in viewpoints.judged(reading, "1", on_scheme)] == [blamed.text]


def test_a_write_up_of_a_study_relays_its_findings_and_takes_no_side():
    """A report whose sentences tell what researchers found and could not
    show ("the survey could not say", "Okafor and her colleagues tested")
    relays the study; its grim caveats are no verdict of the writer's."""
    texts = ["Hydrologists from Vell surveyed 412 wells across the Tarrow basin last spring.",
             "Okafor and her colleagues tested the water of every well twice.",
             "The study found salt in one well in nine, a grim sign for farmers.",
             "However, the survey could not say when the salt first seeped in.",
             "The wells remain open."]
    digest = digest_of("0", texts)
    assert viewpoints.reported_share(digest) == 0.6
    assert viewpoints.reported_share(digest_of("1", texts[:1] + texts[4:])) == 0.0


def test_a_report_of_poll_standings_relays_the_poll_and_takes_no_side():
    """A report whose sentences tell who leads a poll and by how much
    ("the poll puts Orsolya Lind ahead", "pollsters found") relays what those
    asked said: a lead is no praise of the one ahead from the writer."""
    texts = ["A Marlow Gazette poll puts Orsolya Lind ahead of Piet Haas by six points.",
             "Lind leads among younger voters, while Haas holds the rural vote.",
             "The pollsters found Haas gaining ground since the spring.",
             "Earlier polling had shown the two level in the capital.",
             "The vote is due in May."]
    assert viewpoints.reported_share(digest_of("0", texts)) == 0.6
    assert viewpoints.reported_share(digest_of("0", texts)) >= viewpoints.REPORT_SHARE
    assert viewpoints.reported_share(digest_of("1", texts[1:2] + texts[4:])) == 0.0


def test_a_digest_shows_the_side_of_words_it_quotes_that_the_brief_shows_from_another_article():
    """The brief shows Dunn hopeful on "I hope the ferry returns.", cited
    from article 1; article 0 quotes the same words inside a longer
    quotation, where Dunn's reading was neutral.  Article 0's digest takes
    the brief's side with those words, cited in article 0; with no such
    quote it stays neutral."""
    from briefing.models import Quote

    hope = Claim(text="I hope the ferry returns.", sources=(Source(article="1", paragraph=0, start=0, end=25),))
    verdict = Viewpoint(voice="Ilse Dunn", stance="optimistic", score=1.2, evidence=(hope,), articles=("0", "1"))
    reading = StanceReading(voice="Ilse Dunn", kind="speaker", stance="neutral", score=0.0, evidence=())
    longer = Quote(text="We met the board on Friday. I hope the ferry returns.", speaker="Ilse Dunn",
                   sources=(Source(article="0", paragraph=2, start=40, end=93),))
    judged = viewpoints._as_judged(reading, verdict, "0", (longer,))
    assert judged.stance == "optimistic" and judged.evidence[0].sources == longer.sources
    assert viewpoints._as_judged(reading, verdict, "0", ()).stance == "neutral"


def test_a_spokesmans_grim_words_on_the_side_he_speaks_for_blame_no_one():
    # "Harbour Party staff are shaken by the break-in", said by the party's
    # spokesman in a story of a burglar: what his side suffered, not blame
    # of it; his word on the burglar still judges.
    where = Source(article="1", paragraph=0, start=0, end=1)
    people = [Person(name="Bo Lind", roles=(Role(text="Harbour Party spokesman", article="1", source=where),)),
              Person(name="Ola Rask", roles=(Role(text="former Harbour Party spokesman", article="1", source=where),))]
    assert viewpoints._sides(people) == {"Bo Lind": frozenset({"harbo", "party"})}
    on_actor = viewpoints.Relevance(terms=frozenset({"velt", "harbo", "party"}), known=frozenset({"velt"}),
                                    actors=frozenset({"velt", "harbo", "party"}), person=True,
                                    sides=viewpoints._sides(people))
    shaken = Claim(text="Harbour Party staff are shaken by the break-in",
                   sources=(Source(article="1", paragraph=0, start=0, end=46),))
    blamed = Claim(text="Velt is a cruel thief", sources=(Source(article="1", paragraph=1, start=47, end=68),))
    tone = (Sentiment(target="Harbour Party", label="negative", score=0.9, source=shaken.sources[0], voice="Bo Lind"),
            Sentiment(target=stance.SUBJECT, label="negative", score=0.9, source=shaken.sources[0], voice="Bo Lind"),
            Sentiment(target=stance.SUBJECT, label="negative", score=0.9, source=blamed.sources[0], voice="Bo Lind"))
    reading = StanceReading(voice="Bo Lind", kind="speaker", stance="skeptical", score=-0.9,
                            evidence=(shaken, blamed), made=((0, 1), (2,)))
    on_actor = replace(on_actor, sentiments={"1": tone})
    assert [claim.text for claim, _p, _n in viewpoints.judged(reading, "1", on_actor)] == [blamed.text]
    # Another voice's same words are read as before.
    other = replace(reading, voice="Eva Roos")
    assert [claim.text for claim, _p, _n in viewpoints.judged(other, "1", on_actor)] == [shaken.text, blamed.text]


def test_evidence_that_judges_by_name_is_shown_before_a_sharper_tone_that_names_no_one():
    """A column critical of Mayor Ines Varga: its grimmest sentence tells of
    raiders who burned a depot long ago and names her not; the sentences
    shown for its side lead with those that judge her by name."""
    grim = Claim(text="In 1998, raiders burned the depot, killing two guards.",
                 sources=(Source(article="1", paragraph=3, start=0, end=55),))
    named = Claim(text="Varga ignored every warning about the depot this spring.",
                  sources=(Source(article="1", paragraph=5, start=60, end=117),))
    evidence = [(grim, 0.0, 0.95), (named, 0.0, 0.7)]
    assert viewpoints._strongest(evidence, "critical", frozenset({named.text}))[0] == named
    assert viewpoints._strongest(evidence, "critical")[0] == grim

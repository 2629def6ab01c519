"""Divergences: one topic told as expected by one source and stalled by a later one."""

from __future__ import annotations

from dataclasses import replace

from briefing.distill import stance
from briefing.models import Claim, Sentiment, Viewpoint
from briefing.synthesize import divergences
from briefing.synthesize import subject
from tests.helpers import digest_for, digest_of


def dated(digest, published, author):
    return digest_for(replace(digest.article, published=published, author=author), sentences=digest.sentences)


EARLY = ["Norland and Sudria signed a deal to build a railway bridge across the border river.",
         "Officials said the railway bridge is expected to open by June next year.",
         "Talks between Norland and Sudria also covered fishing rights."]
LATE = ["Norland and Sudria leaders met again in the capital.",
        "The railway bridge across the river has not been built, and work stalled after the floods.",
        "Norland and Sudria agreed to talk about trade."]


def test_expected_then_stalled_is_a_development_divergence_in_date_order():
    digests = [dated(digest_of("late", LATE), "2024-05-01", "Bo Li"),
               dated(digest_of("early", EARLY), "2021-02-01", "Ann Lee")]
    (found,) = divergences.developments(digests, subject.find_subject(digests))
    assert found.kind == "development" and "bridge" in found.topic.lower()
    assert [p.date for p in found.positions] == ["2021-02-01", "2024-05-01"]
    assert [p.voice for p in found.positions] == ["Ann Lee", "Bo Li"]
    assert "expected" in found.positions[0].text and "not been built" in found.positions[1].text


def test_agreeing_sources_make_no_divergence():
    same = ["Norland and Sudria opened the railway bridge across the river last spring."]
    digests = [digest_of("a", same), digest_of("b", same)]
    assert divergences.developments(digests, subject.find_subject(digests)) == []


def test_telling_kinds():
    assert divergences.telling("The plant is expected to open soon.") == "expected"
    assert divergences.telling("The plant has not been built, and its opening was postponed.") == "setback"
    # A bare negation tells no development: "never opened" is no "done", and
    # "did not respond" no setback of anything.
    assert divergences.telling("The plant has never opened.") is None
    assert divergences.telling("The minister did not respond to requests for comment.") is None
    # News withheld is no plan stalled (BASIL 39 had set "has not been disclosed publicly before" against a launch).
    assert divergences.telling("The program has not been disclosed publicly before.") is None
    assert divergences.telling("The minister has not been charged.") is None
    assert divergences.telling("The funds have not been released.") == "setback"
    assert divergences.telling("The plant was inaugurated on Monday.") == "done"
    assert divergences.telling("The plant is large.") is None
    # A case supposed is no setback; a plan named is no plan expected.
    assert divergences.telling("The judge said the firm could be held liable if it failed to act.") is None
    # A setback of something else: a modal's, a relative clause's, an attribute's.
    assert divergences.telling("An aide said the fund would be unable to pay in full.") is None
    assert divergences.telling("The leader may shape the harbour bill, which stalled as members balked.") is None
    assert divergences.telling("He went ahead anyway after the failed effort to fund the wall.") is None
    assert divergences.telling("The firm plans to open the plant in May.") == "expected"
    assert divergences.telling("Farmers oppose the $40 million harbour plan, which includes a toll.") is None
    # An amount's unit is no topic ("Billion" had headed two tellings of one figure).
    assert "billion" not in divergences._topic_words("The $447 billion harbour package failed.", frozenset())


def test_opposite_voices_are_set_side_by_side():
    digests = [digest_of("a", EARLY), digest_of("b", LATE)]
    claim = lambda article: Claim(text="x", sources=(digests[0].sentences[0].source if article == "a"
                                                     else digests[1].sentences[0].source,))
    views = [Viewpoint(voice="Hope", stance="optimistic", evidence=(claim("a"),), articles=("a",), score=3),
             Viewpoint(voice="Doubt", stance="skeptical", evidence=(claim("b"),), articles=("b",), score=-2)]
    found = divergences.stances(digests, views)
    assert found.kind == "stance" and [p.voice for p in found.positions] == ["Hope", "Doubt"]
    assert divergences.stances(digests, views[:1]) is None


def test_seed_pipeline_story_moves_from_expected_to_not_implemented(seed_build):
    _result, _out, data = seed_build
    stories = [d for d in data["divergences"] if d["kind"] == "development" and "pipeline" in d["topic"].lower()]
    assert stories
    texts = [p["text"] for p in stories[0]["positions"]]
    assert any("operational by July" in t for t in texts)
    assert any("not been able to implement" in t for t in texts)
    dates = [p["date"] for p in stories[0]["positions"] if p["date"]]
    assert dates == sorted(dates)


def test_a_voice_is_dated_only_by_a_date_its_article_states():
    from briefing.models import DateAnchor

    digest = digest_of("a", EARLY)
    stated = replace(digest, anchor=DateAnchor(date="2024-03-05"))
    inferred = replace(digest, anchor=DateAnchor(date="1994-01-01", weak=True, precision="year"))
    assert divergences.stated(stated) == "2024-03-05"
    # The latest year an undated article mentions is not the day its voices spoke.
    assert divergences.stated(inferred) is None and divergences.stated(replace(digest, anchor=None)) is None


def _read(digest, index: int, target: str, label: str, voice: str | None = None, acts: bool = True):
    """A clear reading of sentence `index` of `digest` toward `target`."""
    return Sentiment(target=target, label=label, score=0.9, source=digest.sentences[index].source, voice=voice,
                     acts=acts)


def _view(voice: str, stance: str, digest, *indexes: int, kind: str = "speaker") -> Viewpoint:
    claims = tuple(Claim(text=digest.sentences[i].text, sources=(digest.sentences[i].source,)) for i in indexes)
    return Viewpoint(voice=voice, stance=stance, evidence=claims, articles=(digest.article.id,), kind=kind,
                     score=3.0 if stance in ("optimistic", "supportive") else -3.0)


def test_a_side_taken_in_words_that_name_nothing_of_the_subject_is_no_dispute():
    """On a prospect, a passage's tone counts toward the subject only when
    the passage names it; each voice is shown by the passage that judges
    the subject."""
    early, late = digest_of("a", EARLY + ["We are a free country, and we will run the risk."]), digest_of("b", LATE)
    early = replace(early, sentiments=(_read(early, 3, stance.SUBJECT, "positive", "Hope"),
                                       _read(early, 0, stance.SUBJECT, "positive", "Hope")))
    late = replace(late, sentiments=(_read(late, 1, "Norland", "negative", "Doubt"),))
    digests = [early, late]
    topic = subject.find_subject(digests)
    views = [_view("Hope", "optimistic", early, 3), _view("Doubt", "skeptical", late, 1)]
    assert divergences.stances(digests, views, topic) is None
    views[0] = _view("Hope", "optimistic", early, 3, 0)
    found = divergences.stances(digests, views, topic)
    assert found.topic == "Outlook"
    assert [p.text for p in found.positions] == [EARLY[0], LATE[1]]


AIDES = ["Ann Berg, an aide to Mara Velt, said: “Mara Velt has kept every promise she made.”",
         "Olek Dunn, an aide to Mara Velt, said: “Ivo Sarn is a liar.”",
         "Ivo Sarn, who runs against Mara Velt, said: “Mara Velt has failed this city.”"]


def _aides():
    from briefing.models import Person
    from briefing.synthesize.divergences import Cast

    digest = digest_of("a", AIDES)
    digest = replace(digest, sentiments=(_read(digest, 0, "Mara Velt", "positive", "Ann Berg"),
                                         _read(digest, 1, "Ivo Sarn", "negative", "Olek Dunn"),
                                         _read(digest, 2, "Mara Velt", "negative", "Ivo Sarn")))
    people = {name: Person(name=name) for name in ("Mara Velt", "Ivo Sarn")}
    cast = Cast(forms={}, grid=frozenset(), canonical={n.casefold(): n for n in people}, people=people)
    return digest, cast, subject.Subject(terms=frozenset({"velt"}), known=frozenset({"velt", "sarn"}))


def test_support_and_criticism_are_set_side_by_side_only_on_one_person():
    """An aide praising her candidate and another attacking the rival take
    no opposite sides: the dispute is with the voice that attacks the same
    candidate, each shown by the passage that judges her."""
    digest, cast, topic = _aides()
    praise = _view("Ann Berg", "supportive", digest, 0)
    attack = _view("Olek Dunn", "critical", digest, 1)
    assert divergences.stances([digest], [praise, attack], topic, cast, person=True) is None
    rival = _view("Ivo Sarn", "critical", digest, 2)
    found = divergences.stances([digest], [praise, attack, rival], topic, cast, person=True)
    assert found.topic == "Support and criticism"
    assert [(p.voice, p.text) for p in found.positions] == [("Ann Berg", AIDES[0]), ("Ivo Sarn", AIDES[2])]


def test_what_a_person_is_only_the_object_of_judges_nothing_here():
    """A reading where the person is only what something is about (`acts`
    False) shows no side on them."""
    digest, cast, topic = _aides()
    digest = replace(digest, sentiments=(digest.sentiments[0], replace(digest.sentiments[2], acts=False)))
    views = [_view("Ann Berg", "supportive", digest, 0), _view("Ivo Sarn", "critical", digest, 2)]
    assert divergences.stances([digest], views, topic, cast) is None


def test_a_person_whose_dispute_is_already_shown_is_not_shown_again():
    """The brief's "Views of Mara Velt" already sets her supporters' quotes
    against her critics'; the stance divergence does not repeat it."""
    digest, cast, topic = _aides()
    views = [_view("Ann Berg", "supportive", digest, 0), _view("Ivo Sarn", "critical", digest, 2)]
    assert divergences.stances([digest], views, topic, cast).positions
    assert divergences.stances([digest], views, topic, cast, shown=frozenset({"Mara Velt"})) is None


def test_the_tone_of_words_on_a_person_is_no_side_on_them_but_on_a_decision_it_is():
    """Where the subject is a person, what a voice's words sound like is
    most often about what the person did or faces; where it is a decision
    (or a prospect), a passage naming it that sounds hopeful or doubtful
    takes a side on it."""
    digest, cast, topic = _aides()
    toned = replace(digest, sentiments=(_read(digest, 0, stance.SUBJECT, "positive", "Ann Berg"),
                                        _read(digest, 2, stance.SUBJECT, "negative", "Ivo Sarn")))
    views = [_view("Ann Berg", "supportive", toned, 0), _view("Ivo Sarn", "critical", toned, 2)]
    assert divergences.stances([toned], views, topic, cast, person=True) is None
    assert [p.voice for p in divergences.stances([toned], views, topic, cast).positions] == ["Ann Berg", "Ivo Sarn"]


def test_a_passage_that_names_no_one_judges_no_person_of_the_cast():
    """"He has let this city down", the quoted words alone, names no one:
    the reading that put them against Mara Velt was of the sentence
    around them, so they are set against no one's praise of her (a plea to
    give a rival time had been set against praise of him)."""
    digest, cast, topic = _aides()
    said = "“He has let this city down,” said Ivo Sarn, who runs against Mara Velt."
    digest = digest_of("a", [AIDES[0], said])
    digest = replace(digest, sentiments=(_read(digest, 0, "Mara Velt", "positive", "Ann Berg"),
                                         _read(digest, 1, "Mara Velt", "negative", "Ivo Sarn")))
    praise = _view("Ann Berg", "supportive", digest, 0)

    def attack(words: str) -> Viewpoint:
        claim = Claim(text=words, sources=(digest.sentences[1].source,))
        return Viewpoint(voice="Ivo Sarn", stance="critical", evidence=(claim,), articles=("a",), kind="speaker",
                         score=-3.0)

    assert divergences.stances([digest], [praise, attack("He has let this city down")], topic, cast) is None
    found = divergences.stances([digest], [praise, attack("Mara Velt has let this city down")], topic, cast)
    assert [p.voice for p in found.positions] == ["Ann Berg", "Ivo Sarn"]


def test_a_passage_read_alike_of_two_rivals_judges_neither():
    """"Ivo Sarn hopes to cut into Mara Velt's lead", read well of both
    rivals, is the tone of the news, not praise of either: it is set
    against no one's attack on her; a passage judging the two differently
    still is."""
    digest, cast, topic = _aides()
    news = "Ivo Sarn hopes the western towns will help him cut into Mara Velt's lead."
    digest = digest_of("a", [news, AIDES[2], "Ann Berg said: “Mara Velt is honest and Ivo Sarn is a crook.”"])
    digest = replace(digest, sentiments=(_read(digest, 0, "Mara Velt", "positive"),
                                         _read(digest, 0, "Ivo Sarn", "positive"),
                                         _read(digest, 1, "Mara Velt", "negative", "Ivo Sarn"),
                                         _read(digest, 2, "Mara Velt", "positive", "Ann Berg"),
                                         _read(digest, 2, "Ivo Sarn", "negative", "Ann Berg")))
    report = _view("Report", "supportive", digest, 0, kind="outlet")
    attack = _view("Ivo Sarn", "critical", digest, 1)
    assert divergences.stances([digest], [report, attack], topic, cast, person=True) is None
    praise = _view("Ann Berg", "supportive", digest, 2)
    found = divergences.stances([digest], [report, praise, attack], topic, cast, person=True)
    assert [p.voice for p in found.positions] == ["Ann Berg", "Ivo Sarn"]


def test_a_declared_supporter_known_by_surname_is_no_critic_of_the_one_backed():
    """A voice the article says stands with Mara Velt (declared under her
    full name, quoted under her surname) is not set against Velt's
    supporters by words read badly of Velt."""
    digest, cast, topic = _aides()
    said = "“The old guard whispers that Mara Velt will sink the party,” Berg said."
    digest = digest_of("a", ["Ola Tamm said: “Mara Velt has kept every promise she made.”", said])
    digest = replace(digest, sentiments=(_read(digest, 0, "Mara Velt", "positive", "Ola Tamm"),
                                         _read(digest, 1, "Mara Velt", "negative", "Berg")))
    views = [_view("Ola Tamm", "supportive", digest, 0), _view("Berg", "critical", digest, 1)]
    assert divergences.stances([digest], views, topic, cast, person=True).positions
    cast = replace(cast, declared={("a", "Tove Berg"): frozenset({"Mara Velt"})})
    assert divergences.stances([digest], views, topic, cast, person=True) is None


def test_a_word_or_two_in_quotation_marks_takes_no_side():
    """'Olek Dunn said he "respects" Mara Velt': a verb the writer marks as
    the speaker's, in the writer's own paraphrase, is no quote that sets
    the speaker on a side; a sentence of the speaker's own still is, and so
    is a label they gave ("extremely careless")."""
    digest, cast, _topic = _aides()
    texts = ["Olek Dunn said he “respects” Mara Velt and thanked the voters.",
             "Olek Dunn said: “Mara Velt has kept every promise she made.”"]
    digest = digest_of("a", texts)
    digest = replace(digest, sentiments=(replace(_read(digest, 0, "Mara Velt", "positive", "Olek Dunn"),
                                                 quote="respects"),
                                         replace(_read(digest, 1, "Mara Velt", "positive", "Olek Dunn"),
                                                 quote="Mara Velt has kept every promise she made.")))
    cast = replace(cast, people={**cast.people, "Olek Dunn": cast.people["Mara Velt"].__class__(name="Olek Dunn")},
                   canonical={**cast.canonical, "olek dunn": "Olek Dunn"},
                   forms={"mara velt": "mara velt", "velt": "mara velt"}, grid=frozenset({"mara velt"}))
    quotes = {t.reading.quote for t in divergences.quote_targets(digest, cast)}
    assert "respects" not in quotes and "Mara Velt has kept every promise she made." in quotes
    # A label the speaker gave, with no verb, is their verdict.
    digest = digest_of("a", ["Olek Dunn said Mara Velt was “extremely careless” with the files."])
    digest = replace(digest, sentiments=(replace(_read(digest, 0, "Mara Velt", "negative", "Olek Dunn"),
                                                 quote="extremely careless"),))
    assert {t.reading.quote for t in divergences.quote_targets(digest, cast)} == {"extremely careless"}


def test_a_plan_told_in_an_aside_is_not_set_against_a_setback_of_something_else():
    """The "will" of an aside ("the council, where the harbour budget will be
    settled") tells of the budget, not of the ferry terminal the rest of the
    sentence names: the terminal's stall elsewhere is no divergence with it."""
    early = ["Norland's river towns want a ferry terminal on the east bank.",
             "The port council – where the harbour budget will be settled this year – said it favours a ferry "
             "terminal for the river towns."]
    late = ["Norland's river towns still have no ferry terminal on the east bank.",
            "But the ferry terminal plan stalled in the town assembly, where members called it too costly."]
    digests = [dated(digest_of("early", early), "2021-02-01", "Ann Lee"),
               dated(digest_of("late", late), "2024-05-01", "Bo Li")]
    assert divergences.developments(digests, subject.find_subject(digests)) == []
    # Told in the main clause, the same plan is set against the stall.
    early[1] = "The port council said the ferry terminal for the river towns will be built this year."
    digests[0] = dated(digest_of("early", early), "2021-02-01", "Ann Lee")
    (found,) = divergences.developments(digests, subject.find_subject(digests))
    assert found.kind == "development" and "stalled" in found.positions[-1].text


def test_the_words_a_telling_speaks_of_are_its_own_clause():
    text = "The bridge, which will open in May, is part of a plan the council shelved."
    at = divergences.telling_at(text)
    assert at is not None and at[0] == "setback"
    aside = "The council – where the budget will be settled – backs the bridge."
    kind, start = divergences.telling_at(aside)
    words = divergences.told_words(aside, start)
    assert kind == "expected" and "budget" in words and "bridge" not in words


def test_a_shown_quotation_is_cited_where_the_whole_quotation_is():
    """A reading's sentence can stop inside a quote ("... Velt is honest and
    I trust her"): the position shows the whole quotation and cites it whole."""
    from tests.helpers import quoted

    digest = digest_of("a", ["“Mara Velt is honest. And I trust her,” said Olek Dunn."])
    words = "Mara Velt is honest. And I trust her"
    quote = quoted(digest, words, "Olek Dunn")
    digest = replace(digest, quotes=(quote,))
    first = digest.article.source(1, 20)  # the reading's sentence ends inside the quote
    reading = Sentiment(target="Mara Velt", label="positive", score=0.9, source=first, voice="Olek Dunn",
                        quote=words)
    assert divergences._cited(reading, digest) == quote.sources
    # Where the sentence is shown (the quote does not name the one judged), the sentence is cited.
    other = replace(reading, target="Ina Brook")
    assert divergences._cited(other, digest) == (first,)


def test_a_telling_word_in_a_sentence_with_no_verb_speaks_of_the_whole_sentence():
    """"delays" in a headline-like line with no verb: the climb toward a verb
    stops at the root (it had looped there for ever)."""
    text = "More delays for the harbour bridge."
    assert divergences.told_words(text, text.index("delays")) == text


def test_voices_read_toward_the_actor_by_name_are_shown_before_those_placed_by_role():
    """Four critics of Mara Velt, three shown: the one whose words name her
    only as "the governor" (read by tone) gives way to those who name her,
    whom page one counts, though its reading is the clearest."""
    from briefing.models import Source

    where = Source(article="a", paragraph=0, start=0, end=10)

    def critic(voice, score, target="Mara Velt"):
        reading = Sentiment(target=target, label="negative", score=score, source=where, voice=voice,
                            quote="a reckless plan")
        return divergences.Taken(actor="Mara Velt", voice=voice, reading=reading, article="a", text="“a reckless plan”")

    badly = [critic("Ola Rask", 0.99, stance.SUBJECT), critic("Jo Roe", 0.9), critic("Kim Lee", 0.85),
             critic("Ann Dale", 0.8)]
    well = [replace(critic("Per Holm", 0.9), reading=replace(critic("Per Holm", 0.9).reading, label="positive"))]
    _strength, found = divergences._opposed("Mara Velt", {"positive": well, "negative": badly}, {"a": None})
    assert [p.voice for p in found.positions if "badly" in p.label] == ["Jo Roe", "Kim Lee", "Ann Dale"]


def test_a_sentence_shown_as_a_position_keeps_the_mark_that_closes_its_quotation():
    from briefing.synthesize.divergences import with_closing_mark

    text = 'The mayor hit back at the board, saying, "They sold the pier for nothing." Then she left.'
    end = text.index('nothing.') + len('nothing.')
    assert with_closing_mark(text, 0, end).endswith('nothing."')
    closed = text.index('Then') - 1
    assert with_closing_mark(text, 0, closed) == text[:closed]  # closed already: nothing added
    plain = "The board sold the pier. Then it left."
    assert with_closing_mark(plain, 0, plain.index(". ") + 1) == "The board sold the pier."

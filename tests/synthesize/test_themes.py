"""Themes: key phrases shared across articles, clustered, labelled, supported."""

from __future__ import annotations

from dataclasses import replace

from briefing.config import Config
from briefing.models import Claim, Theme
from briefing.synthesize import themes
from tests.helpers import digest_of

FERRY = ["The new ferry link will cost the port authority more than planned.",
         "The ferry link is due to open in spring after delays at the shipyard.",
         "Fishermen fear the ferry link will crowd the harbour."]
FERRY_2 = ["Critics say the ferry link was approved without a public hearing.",
           "A second ferry link to the mainland is under study.",
           "The school board discussed bus routes on Monday."]
SCHOOLS = ["Teachers want smaller classes and better school buses.",
           "The school buses are old and often late, teachers say.",
           "Parents asked the school board for new school buses."]


def digests():
    a = replace(digest_of("a", FERRY + SCHOOLS[:1]), key_phrases=("ferry link", "port authority", "school bus"))
    b = replace(digest_of("b", FERRY_2 + SCHOOLS[1:]), key_phrases=("ferry link", "school bus", "public hearing"))
    return [a, b]


def test_themes_come_from_phrases_shared_across_articles():
    found = themes.find_themes(digests(), Config())
    labels = [t.label for t in found]
    assert labels[:2] == ["Ferry link", "School buses"] or labels[:2] == ["School buses", "Ferry link"]
    assert "Public hearing" not in labels  # one article only


def test_theme_sentences_are_cited_and_spread_over_articles():
    ferry = next(t for t in themes.find_themes(digests(), Config()) if t.label == "Ferry link")
    assert ferry.articles == ("a", "b")
    assert {c.sources[0].article for c in ferry.sentences} == {"a", "b"}
    assert all("ferry link" in c.text.lower() for c in ferry.sentences)
    assert len(ferry.sentences) <= 4


def test_taxonomy_names_and_forces_a_theme():
    config = Config(taxonomy={"Transport": ["ferry", "bus"], "Fisheries": ["fishermen"], "Space": ["rocket"]})
    found = themes.find_themes(digests(), config)
    labels = [t.label for t in found]
    assert labels[:2] == ["Transport", "Fisheries"]
    assert "Space" not in labels  # its phrases never occur
    assert "Ferry link" not in labels  # absorbed into Transport


def test_people_are_not_themes():
    from briefing.models import Person

    ana = Person(name="Ana Ferry", aliases=("Ferry",))
    a, b = digests()
    found = themes.find_themes([replace(a, people=(ana,), key_phrases=a.key_phrases + ("ana ferry",)), b], Config())
    assert all("ana" not in t.label.lower() for t in found)


def test_phrase_index_finds_what_a_scan_finds():
    texts = ["The new ferry links run daily.", "A ferry link to the island opened.",
             "Island councils met about the ferry link budget and the harbour master plan for next year."]
    keys = [themes._normalize(t) for t in texts]
    wanted = ["ferry link", "island", "harbour master plan for next year", "budget"]
    index = themes.PhraseIndex(keys, wanted)
    for phrase in wanted + ["not indexed", "council"]:
        scan = {i for i, key in enumerate(keys) if themes._normalize(phrase) in key}
        assert index.lookup(phrase) == scan, phrase
    assert index.lookup("ferry link") == {0, 1, 2}  # plural folded


def test_a_word_used_only_inside_names_is_not_a_theme():
    a = replace(digest_of("a", ["Ferry fares rose, CBC News reported.", "The ferry fares anger commuters.",
                                "Fox News covered the ferry fares."]), key_phrases=("ferry fare", "news"))
    b = replace(digest_of("b", ["Ferry fares are too high, ABC News said.", "CBC News asked about ferry fares."]),
                key_phrases=("ferry fare", "news"))
    labels = [t.label for t in themes.find_themes([a, b], Config())]
    assert "Ferry fares" in labels and "News" not in labels


def test_the_start_of_a_longer_name_is_no_theme_of_its_own():
    # "board" is the broader theme; "Harbour Safety" alone, the start of the
    # board's name, and "Louis" of "St. Louis" had each made a theme.
    a = replace(digest_of("a", ["The Harbour Safety Board met on Monday.", "The board banned night ferries.",
                                "The board will vote again.", "The board chair resigned.", "The board hired staff.",
                                "The board cut fees.", "The board met twice.",
                                "St. Louis ferry fares are lower.", "St. Louis ferries run late."]),
                key_phrases=("board", "harbour safety board", "harbour safety", "louis"))
    b = replace(digest_of("b", ["Critics of the Harbour Safety Board spoke.", "The board will meet again.",
                                "The board is divided.", "The board sold a ferry.", "The board lost money.",
                                "St. Louis buses are cheaper.", "St. Louis commuters complain."]),
                key_phrases=("board", "harbour safety board", "harbour safety", "louis"))
    labels = [t.label for t in themes.find_themes([a, b], Config())]
    assert labels == ["Harbour Safety Board"]


def test_every_story_of_a_mixed_corpus_gets_a_theme():
    # Three stories; the ferry story is told at length, so its phrases rank
    # first, yet the themes cover the school and the rocket stories too.
    ferry = [f"The ferry link {w} the harbour and the ferry timetable {w} the port." for w in
             ("crowds", "serves", "divides", "reaches", "changes", "links")]
    stories = {
        "f": ferry, "g": ferry[::-1],
        "s": ["Teachers want new school buses.", "The school buses are late.", "Old school buses break."],
        "t": ["Parents praise the school buses.", "School buses need drivers.", "Drivers quit the school buses."],
        "r": ["The rocket launch slipped.", "A rocket launch needs calm wind.", "The rocket launch site floods."],
        "q": ["The rocket launch drew crowds.", "Rocket launch tickets sold out.", "Fans left the rocket launch."],
    }
    phrases = {"f": ("ferry link", "ferry timetable", "harbour", "port"), "g": ("ferry link", "ferry timetable"),
               "s": ("school bus",), "t": ("school bus",), "r": ("rocket launch",), "q": ("rocket launch",)}
    made = [replace(digest_of(k, texts), key_phrases=phrases[k]) for k, texts in stories.items()]
    found = themes.find_themes(made, Config(), limit=3)
    assert len(found) == 3 and {a for t in found for a in t.articles} == set(stories)


def test_a_phrase_that_lemmatizes_to_a_stop_word_is_not_a_theme():
    # "mores" becomes "more": looked up, it would match nearly every sentence.
    a = replace(digest_of("a", ["Old social mores are changing.", "Many more people now fly.",
                                "The ferry fares rose again.", "More ferry fares rose."]), key_phrases=("social more",))
    b = replace(digest_of("b", ["The mores of the town are strict.", "More people came.", "Ferry fares rose."]),
                key_phrases=("more", "ferry fare"))
    assert "More" not in [t.label for t in themes.find_themes([a, b], Config())]


def test_a_fragment_counts_toward_a_theme_but_is_never_shown():
    a, b = digests()
    plain = next(t for t in themes.find_themes([a, b], Config()) if t.label == "Ferry link")
    shown = next(c for c in plain.sentences if c.sources[0].article == "b")
    found = themes.find_themes([a, replace(b, fragments=(shown.sources[0].start,))], Config())
    ferry = next(t for t in found if t.label == "Ferry link")
    assert shown.text not in [c.text for c in ferry.sentences] and ferry.articles == ("a", "b")


def test_a_theme_shows_first_the_example_that_leans_on_no_sentence_before_it():
    from briefing.models import Sentence, Source

    texts = ["Moreover, the ferry link will cost more than planned.",
             "The ferry link will open in spring after delays."]
    sentences = [("a", Sentence(text=t, source=Source(article="a", paragraph=n, start=0, end=len(t))))
                 for n, t in enumerate(texts)]
    keys = [themes._normalize(t) for t in texts]
    assert themes._spread([0, 1], sentences, keys, ["ferry link"]) == [1, 0]


def test_a_theme_leads_with_an_example_that_stands_alone_and_names_its_label():
    from briefing.models import Claim

    leaning, standing, elsewhere = (Claim(text=t, sources=()) for t in (
        "And the ferry links to the island will need a new ferry pier.",
        "The island council voted for a ferry link on Monday.", "The council met on Monday."))
    assert themes._standing_lead((leaning, elsewhere, standing), "Ferry link") == (standing, leaning, elsewhere)
    assert themes._standing_lead((leaning, elsewhere), "Ferry link") == (leaning, elsewhere)  # off-theme: no lead


def test_a_theme_is_not_led_by_a_sentence_whose_speaker_is_only_a_pronoun():
    unnamed, named = (Claim(text=t, sources=()) for t in (
        "“You let the ferry fares double,” she said.", "Mayor Ines Calloway said the ferry fares would fall."))
    assert themes._standing_lead((unnamed, named), "Ferry fares") == (named, unnamed)
    its = Claim(text="It had been the busiest ferry route in the fares table for years.", sources=())
    assert themes._standing_lead((its, named), "Ferry fares") == (named, its)
    assert themes._standing_lead((named, unnamed), "Ferry fares") == (named, unnamed)


def test_a_theme_never_shows_an_example_whose_speaker_is_only_a_pronoun():
    """Shown out of its article, "“We will fund the ferry link,” he told
    the Orsk Courier" names no one, though it names a ferry link and a
    judge inside its quotation marks: the sentence before said who."""
    from briefing.models import Sentence, Source

    texts = ["“We will fund the ferry link for Judge Arno Pell’s district,” he told the Orsk Courier.",
             "Mayor Ines Calloway said the ferry link would open in May.",
             "The ferry link will cost the port more than planned."]
    sentences = [("a" if n < 2 else "b", Sentence(text=t, source=Source(article="a" if n < 2 else "b", paragraph=n,
                                                                       start=0, end=len(t))))
                 for n, t in enumerate(texts)]
    keys = [themes._normalize(t) for t in texts]
    assert sorted(themes._spread([0, 1, 2], sentences, keys, ["ferry link"])) == [1, 2]


def test_a_modifier_alone_is_no_theme():
    # "federal" only ever qualifies a noun ("federal contract", "federal
    # agency"): alone it would label a theme "Federal".
    a = replace(digest_of("a", ["The federal contract was cancelled.", "Federal rules were broken, they said.",
                                "The ferry fares rose again.", "Ferry fares rose in May."]),
                key_phrases=("federal contract", "ferry fare"))
    b = replace(digest_of("b", ["The federal agency met.", "Ferry fares rose.", "Federal judges met on Monday."]),
                key_phrases=("federal agency", "ferry fare"))
    labels = [t.label for t in themes.find_themes([a, b], Config())]
    assert "Federal" not in labels and "Ferry fares" in labels
    # Grouped with a noun, the modifier does not label the theme either.
    counsel = digest_of("c", ["The special counsel met the judge.", "A special counsel was named in May."])
    keys = [themes._normalize(s.text) for s in counsel.sentences]
    special = themes._theme(themes._Group(label=None, phrases=["special", "counsel"]),
                            [("c", s) for s in counsel.sentences], keys,
                            themes.PhraseIndex(keys, ["special", "counsel"]), heads={"counsel"})
    assert special.label == "Counsel"


def test_two_words_inside_a_key_phrase_label_a_theme_only_when_they_read_as_a_noun():
    court = digest_of("c", ["The court's cherished liberal social causes won.", "Two liberals dissented in May.",
                            "The liberal justices wrote that the cherished liberal causes were safe."])
    keys = [themes._normalize(s.text) for s in court.sentences]
    phrases = ["cherished liberal", "liberal social", "liberal"]
    liberal = themes._theme(themes._Group(label=None, phrases=phrases), [("c", s) for s in court.sentences], keys,
                            themes.PhraseIndex(keys, phrases), heads={"liberal", "cause"},
                            endings={"liberal social cause", "social cause", "cause", "liberal"})
    # "liberal" qualifies "causes" in two of its uses: the noun joins it (`_as_noun`).
    assert liberal.label in ("Liberal", "Liberal cause")
    assert themes._noun_ended("law enforcement", heads={"official"}, endings=set())


def test_a_label_takes_the_case_the_body_writes_not_a_headlines_capitals():
    from briefing.synthesize.themes import _label
    texts = ["Ferry Link Plan Wins Taxpayer Funds", "The council voted taxpayer funds for the ferry link.",
             "More taxpayer funds went to the U.S. Senate race.", "Critics said taxpayer funds were wasted."]
    assert _label(["taxpayer fund"], texts) == "Taxpayer funds"
    assert _label(["senate race"], texts) == "Senate race"


def test_a_lone_word_of_a_longer_phrase_counts_only_where_the_phrase_is_used():
    """"harbour" beside "harbour dredging" gathers only the articles that
    speak of the dredging: the third article's "harbour" festival is the
    word's other use, and its sentences join no dredging theme."""
    dredging = ["The harbour dredging will start in May.", "Harbour dredging costs doubled last year.",
                "The harbour was silted up by the storm."]
    dredging_2 = ["Harbour dredging drew protests from anglers.", "The harbour dredging contract went to a local firm."]
    festival = ["The harbour festival drew big crowds on Sunday.", "Tickets for the harbour concert sold out."]
    a = replace(digest_of("a", dredging), key_phrases=("harbour dredging",))
    b = replace(digest_of("b", dredging_2), key_phrases=("harbour dredging",))
    c = replace(digest_of("c", festival), key_phrases=("harbour festival",))
    theme = next(t for t in themes.find_themes([a, b, c], Config()) if "dredging" in t.label.lower())
    assert theme.articles == ("a", "b")
    assert all(c.sources[0].article != "c" for c in theme.sentences)


def test_a_word_that_is_also_a_surname_gathers_only_its_lower_case_uses():
    """"bank" beside the politician Mara Banks: the sentences about her
    are not the banking theme's, however the word is counted."""
    from briefing.models import Person

    banks = Person(name="Mara Banks", aliases=("Banks",))
    a = replace(digest_of("a", ["The bank raised its rates again.", "The bank said savers would gain.",
                                "Voters cheered Mara Banks at the rally.", "Banks promised new schools."]),
                key_phrases=("bank",), people=(banks,))
    b = replace(digest_of("b", ["The bank cut jobs in the spring.", "Critics doubted Banks on Tuesday.",
                                "Banks won the vote easily."]),
                key_phrases=("bank",), people=(banks,))
    theme = next(t for t in themes.find_themes([a, b], Config()) if t.label.lower().startswith("bank"))
    assert theme.sentences and all("Banks" not in c.text for c in theme.sentences)


def test_a_theme_shows_what_a_better_theme_has_not_shown_where_it_can():
    """One sentence on both the harbour dredging and the fishing quota
    is shown under the better theme only: the other has sentences of its
    own to show, and a reader sees each example once."""
    a = replace(digest_of("a", ["Harbour dredging will hurt the fishing quota, anglers in Brena say.",
                                "The harbour dredging starts in May.", "Harbour dredging costs doubled last year.",
                                "The fishing quota was cut in March.", "Fishing quota rules changed again in June."]),
                key_phrases=("harbour dredging", "fishing quota"))
    b = replace(digest_of("b", ["Anglers in Orsk blame harbour dredging for a smaller fishing quota.",
                                "Harbour dredging drew protests in Orsk.", "The harbour dredging contract went to Vell.",
                                "A fishing quota for cod was set on Friday.", "The fishing quota talks resume soon."]),
                key_phrases=("harbour dredging", "fishing quota"))
    found = {t.label: [c.text for c in t.sentences] for t in themes.find_themes([a, b], Config())}
    dredging, quota = found["Harbour dredging"], found["Fishing quota"]
    assert dredging and quota and not set(dredging) & set(quota)


def test_a_word_inside_a_longer_name_is_no_example_of_its_theme():
    """"flood" of the Friends of Flood Victims club or the Flood Relief Hall
    is not the flood theme's example: the name is a club's or a hall's;
    "the Great Flood" names a flood and is one."""
    a = replace(digest_of("a", ["The flood cut the valley road on Monday.", "The flood left two villages dark.",
                                "Donors met at the Friends of Flood Victims office in Brena.",
                                "The choir sang at the Flood Relief Hall in Brena.",
                                "Farmers said the flood ruined the barley."]), key_phrases=("flood",))
    b = replace(digest_of("b", ["The flood broke a levee near Orsk.", "Elders compared it with the Great Flood.",
                                "A dance was held at the Flood Relief Hall in Orsk.",
                                "Officials said the flood was the worst in years."]), key_phrases=("flood",))
    theme = next(t for t in themes.find_themes([a, b], Config()) if t.label.lower().startswith("flood"))
    shown = [c.text for c in theme.sentences]
    assert shown and not any("Victims" in text or "Hall" in text for text in shown)
    assert themes._as_itself("flood", "Elders compared it with the Great Flood.")
    assert themes._as_itself("department", "The Department of Floods sued.")
    assert themes._as_itself("authority", "The authorities closed the road.")
    assert themes._as_itself("reserves", "She joined the Army Reserve in May.")


def test_a_vague_noun_alone_names_no_theme():
    """"Office" of "the minister's office" and of "office space" is two
    things: a vague noun alone is no theme; in a phrase it may be."""
    a = replace(digest_of("a", ["The minister's office gave no comment on the ferry link.",
                                "The ferry link opens in May, the office said.",
                                "The office rents rooms by the ferry link."]),
                key_phrases=("office", "ferry link"))
    b = replace(digest_of("b", ["Office space by the ferry link is cheap.",
                                "The ferry link will carry cars.",
                                "A new office opened near the ferry link."]),
                key_phrases=("office", "ferry link"))
    labels = [t.label for t in themes.find_themes([a, b], Config())]
    assert "Ferry link" in labels and "Office" not in labels
    assert themes.vague("Region") and not themes.vague("Tula region") and not themes.vague("Extradition")
    # "a tougher line", "the same line of attack", "a red line": one word, many senses.
    assert themes.vague("Line") and themes.vague("Claim") and not themes.vague("Party line")
    assert themes.vague("Votes") and themes.vague("Measure") and not themes.vague("Budget measure")


def test_a_theme_on_the_noun_a_better_theme_ends_on_is_dropped():
    """"Guard" after "Security guard", "Contract" after "Contractors": one
    noun is one theme."""
    def ranked(*labels):
        return [(Theme(label=label, sentences=(), articles=(), key_phrases=()), set()) for label in labels]

    kept = themes._distinct_heads(ranked("Security guard", "Robbery", "Guard", "Contractors", "Contract",
                                         "Contracting"))
    assert [t.label for t, _ in kept] == ["Security guard", "Robbery", "Contractors"]


def test_a_label_drops_the_quotation_marks_set_between_its_words():
    """'a "transcribed" interview' labels its theme "Transcribed interview"."""
    assert themes._label(["transcribed interview"], ['They asked for a "transcribed" interview.',
                                                     'A "transcribed" interview was set.']) == "Transcribed interview"


def test_a_lone_word_that_ends_a_hyphened_compound_labels_its_theme_as_the_compound():
    """"tune" beside "pre-tune" labels the theme "Pre-tune", not the bare tail."""
    texts = ["The band did a pre-tune before the gala.", "Each pre tune took an hour.", "The tune was new."]
    assert themes._label(["tune", "pre-tune"], texts) == "Pre-tune"
    assert themes._label(["tune", "gala"], texts) == "Tune"
    # A word written mostly on its own keeps its label beside a rarer compound.
    alone = ["The vote was set for May.", "A re-vote was refused.", "Each vote counts.", "The vote passed."]
    assert themes._label(["vote", "re-vote"], alone) == "Vote"


def test_a_question_the_writer_asks_is_no_example_of_a_theme():
    """"Why is the ferry link late?" states nothing: its answer does."""
    a = replace(digest_of("a", ["Why is the ferry link still so late?",
                                "The ferry link will open in spring after delays at the shipyard.",
                                "The ferry link cost more than the port authority planned."]),
                key_phrases=("ferry link",))
    found = themes.find_themes([a], Config())
    ferry = next(t for t in found if t.label == "Ferry link")
    assert all(not c.text.endswith("?") for c in ferry.sentences) and len(ferry.sentences) == 2


def test_a_headline_and_a_lead_in_to_a_quotation_are_no_examples_of_a_theme():
    """"Port Board Delays The Ferry Link Again" is a headline, and "The
    mayor wrote of the ferry link:" only opens words the reader never sees."""
    a = replace(digest_of("a", ["Port Board Delays The Ferry Link Again",
                                "The mayor wrote of the ferry link in a letter to the board:",
                                "Ferry Link Tales> tells of the ferry link in song.",
                                "The ferry link will open in spring after delays at the shipyard.",
                                "The ferry link cost more than the port authority planned."]),
                key_phrases=("ferry link",))
    ferry = next(t for t in themes.find_themes([a], Config()) if t.label == "Ferry link")
    assert [c.text[:20] for c in ferry.sentences] == ["The ferry link will ", "The ferry link cost "]


def test_a_theme_shows_a_fact_once_though_two_sentences_word_it_differently():
    from briefing.models import Sentence, Source

    texts = ["The ferry season was no failure, with most crossings running on time or ahead of schedule.",
             "The ferry season was no failure, as most crossings ran on time or ahead of schedule.",
             "The ferry link will open a second route in spring."]
    sentences = [("a", Sentence(text=t, source=Source(article="a", paragraph=n, start=0, end=len(t))))
                 for n, t in enumerate(texts)]
    keys = [themes._normalize(t) for t in texts]
    assert themes._spread([0, 1, 2], sentences, keys, ["ferry"]) == [0, 2]


def test_a_word_mostly_used_as_an_adjective_labels_no_theme_alone():
    """"High" of "high costs", "will be high" and "high valuations" is a
    quality of unrelated things: no theme; an adjective that qualifies one
    noun again and again labels the theme with that noun."""
    high = ["Rates will be high now, traders said.", "High costs weigh on the firms of the port.",
            "The firm’s high valuations worry investors."]
    assert themes._noun_label(["high"], high) is None
    assert themes._noun_label(["high", "port"], high) == "Port"
    naval = ["The navy wants naval bases on the coast.", "Two naval bases were closed in May.",
             "The naval base near the port will stay open."]
    assert themes._noun_label(["naval"], naval) in ("Naval base", "Naval bases")
    assert themes._noun_label(["navy"], naval) == "Navy"


def test_a_label_is_written_as_the_articles_write_it_plurals_in_ies_too():
    texts = ["Harbour authorities closed the pier.", "The harbour authorities said it would reopen."]
    assert [m for m, _after in themes._written("harbour authority", texts)] == ["Harbour authorities",
                                                                                 "harbour authorities"]
    assert themes._label(["harbour authority"], texts) == "Harbour authorities"  # not "Harbour authority"


def test_an_outlet_the_news_only_went_through_labels_no_theme():
    """"told Harbour Radio", "a Harbour Radio poll": whose poll, not what happened."""
    channel = ["The ferry link is late, the mayor told Harbour Radio on Monday.",
               "Most residents back the ferry link, according to a Harbour Radio poll.",
               "Ana Ruiz, a Harbour Radio contributor, doubts the ferry link."]
    assert themes.only_a_channel("Harbour Radio", channel)
    assert not themes.only_a_channel("Harbour Board", ["The Harbour Board approved the ferry link.",
                                                       "The mayor told the Harbour Board it was late.",
                                                       "The Harbour Board will meet in May."])
    assert not themes.only_a_channel("Ferry link", channel)  # a common noun is no channel


def test_two_kinds_of_one_noun_are_two_themes():
    assert themes._rivals("parking fee", "entry fee")
    assert not themes._rivals("parking fee", "parking fees")
    assert not themes._rivals("parking fee", "fee")
    groups = themes._cluster(["fee", "parking fee", "entry fee"], {})
    assert [g.phrases for g in groups] == [["fee", "parking fee"], ["entry fee"]]


def test_a_compound_head_alone_counts_only_where_it_refers_back():
    texts = ["The parking fee rose again in the old town.", "Drivers say the fee is too high for a short stop.",
             "The parking fee angers shop owners downtown.", "Museums cut their entry fees for students this year.",
             "Cyclists want fees for bikes dropped as well.", "The public meeting on the fee ran late.",
             "A rise of fees for parking is planned."]
    sentences = [("a", s) for s in digest_of("a", texts).sentences]
    keys = [themes._normalize(t) for t in texts]
    group = themes._Group(label=None, phrases=["parking fee", "fee", "parking"])
    index = themes.PhraseIndex(keys, group.phrases)
    # "the fee" refers back to the parking fee; "entry fees" are other fees.
    assert themes._hits(group, index, sentences) == {0, 1, 2, 5, 6}
    lone = themes._Group(label=None, phrases=["public school", "public", "school"])
    index = themes.PhraseIndex(keys, lone.phrases)
    assert themes._hits(lone, index, sentences) == set()  # "public meeting" is no public school


def test_a_compound_heads_singular_is_held_to_the_heads_test():
    """A key phrase "right" beside "voting rights" is that phrase's head in
    the singular: "property rights" is another thing, not an example."""
    texts = ["The voting rights bill passed the assembly.", "Farmers want stronger property rights on the coast.",
             "Activists said the right to vote must be kept."]
    sentences = [("a", s) for s in digest_of("a", texts).sentences]
    keys = [themes._normalize(t) for t in texts]
    group = themes._Group(label=None, phrases=["voting rights", "right", "rights", "voting"])
    index = themes.PhraseIndex(keys, group.phrases)
    assert themes._hits(group, index, sentences) == {0, 2}


def test_a_label_keeps_the_number_a_title_ends_on():
    texts = ["Her show “Harbour Nights 3” ended in May.", "Fans of Harbour Nights 3 wrote to the network.",
             "The cast of Harbour Nights 3 toured the coast."]
    assert themes._label(["harbour night", "network"], texts) == "Harbour Nights 3"
    assert themes._label(["ferry fare"], ["Ferry fares rose 3 percent.", "The ferry fares 2 years ago were low."]) \
        == "Ferry fares"  # a count after it, no title: numbers differ and the phrase is lower case
    # Labelled by the title, the theme shows only sentences that write it.
    assert themes._names_it("Harbour Nights 3", texts[1]) and not themes._names_it("Harbour Nights 3", "A night star.")


def test_a_label_is_not_the_tail_of_a_longer_title():
    """"Tide memorabilia" of "Song of the Tide memorabilia" names nothing:
    another of the group's phrases labels the theme."""
    texts = ["A trove of Song of the Tide memorabilia went on sale.", "Fans bid on Song of the Tide memorabilia.",
             "The memorabilia came from one collector."]
    assert themes._label(["tide memorabilia", "memorabilia"], texts) == "Memorabilia"
    assert themes._label(["harbour board"], ["The Harbour Board met.", "Critics of the Harbour Board spoke."]) \
        == "Harbour Board"  # once after a capital only there to open the sentence: no name goes before it
    assert themes._label(["judiciary committee"], ["The Senate Judiciary Committee met.",
                                                   "He left the Senate Judiciary Committee."]) \
        == "Judiciary Committee"  # a name of its own, run on to another without "of"


def test_a_label_is_not_written_across_a_bracket():
    texts = ["In other (and less gory) photos, the dancer smiled.", "The gory photos drew complaints."]
    assert [match for match, _after in themes._written("gory photo", texts)] == ["gory photos"]


def test_an_outlet_that_confirms_or_hosts_someone_is_only_a_channel():
    texts = ["The mayor spoke to Harbour Radio's Ada Velt on Monday.",
             "Harbour Radio confirmed the mayor sent a letter to the council.",
             "Aides told Harbour Radio the mayor will stay."]
    assert themes.only_a_channel("Harbour Radio", texts)


def test_a_phrase_mostly_inside_a_persons_title_or_epithet_is_no_theme():
    """"the shipping magnate", "Harbour Board chairman Ana Ruiz": who someone is, not the story."""
    epithets = ["The shipping magnate bought the ferry link last spring.",
                "Harbour Board chairman Ana Ruiz said the ferry link would be sold.",
                "Critics of the shipping magnate want the harbour board to block the sale."]
    assert themes._epithet("shipping", epithets[::2])
    assert themes._epithet("harbour board", [epithets[1], "The harbour board chairman, Ana Ruiz, left early."])
    assert not themes._epithet("harbour board", epithets[1:])  # half its uses are the board itself
    topics = ["Shipping costs doubled this year.", "The shipping magnate blamed fuel prices.",
              "Shipping through the strait has slowed."]
    assert not themes._epithet("shipping", topics)  # mostly the trade itself
    assert not themes._epithet("harbour board", ["The harbour board chairmen met.", "Two harbour board officials quit."])
    assert not themes._epithet("special", ["Special envoy Ben Holm arrived.", "The special envoy left."])


def test_an_epithet_gathers_no_theme():
    a = replace(digest_of("a", ["The shipping magnate bought the ferry link in March.",
                                "The shipping magnate says the ferry link will make money.",
                                "Fares on the ferry link will rise."]), key_phrases=("shipping magnate", "ferry link"))
    b = replace(digest_of("b", ["Unions fear the shipping magnate will cut jobs on the ferry link.",
                                "The shipping magnate declined to comment on the ferry link."]),
                key_phrases=("shipping magnate", "ferry link"))
    labels = [t.label for t in themes.find_themes([a, b], Config())]
    assert "Ferry link" in labels and not any("hipping" in label for label in labels)


def test_an_outlet_that_hosted_a_talk_or_printed_words_is_only_a_channel():
    """"a lunch hosted by Harbour Radio", "cited in the Harbour Herald": where words came out."""
    assert themes.only_a_channel("Harbour Radio", ["The mayor spoke at a lunch hosted by Harbour Radio.",
                                                   "She told guests at a dinner hosted by Harbour Radio she would stay."])
    assert themes.only_a_channel("Harbour Herald", ["The letter cited in the Harbour Herald was genuine, aides said.",
                                                    "The Harbour Herald reported the sale on Monday."])
    assert not themes.only_a_channel("Harbour Board", ["The mayor said in Harbour Board meetings that fares rise.",
                                                       "The Harbour Board approved the fares."])


def test_an_outlet_given_an_interview_is_only_a_channel_in_two_uses_of_three():
    texts = ["Aides told Harbour Radio the mayor will stay.", "The mayor told Harbour Radio on Monday she would run.",
             "In an interview with Harbour Radio, the mayor denied the report."]
    assert themes.only_a_channel("Harbour Radio", texts)
    assert themes.only_a_channel("Harbour Radio", texts[1:] + ["Harbour Radio hired two reporters."])
    assert not themes.only_a_channel("Harbour Radio", texts[2:] + ["Harbour Radio hired two reporters.",
                                                                  "Harbour Radio was sold in May."])


def test_a_speakers_word_for_someone_labels_no_theme():
    """"called the mayor a “coward”": how one side speaks of another, not a topic."""
    texts = ["Ana Ruiz called the mayor a “spineless coward” on Monday.",
             "“If you close the pier, you are a coward,” Ms. Ruiz said.",
             "Ben Holm branded her a “coward” in a radio interview."]
    assert themes.name_calling("Coward", texts)
    assert not themes.name_calling("Coward", texts + ["The mayor denied he was a coward."])  # the writer's word too
    assert not themes.name_calling("Levy", ["“The levy must go,” the mayor said.", "“A levy on boats is unfair.”"])
    assert themes._inside_quotation("she said, “we were cowards.”", 17)
    assert not themes._inside_quotation("Cowards, she said.", 0)


def test_a_theme_named_by_a_name_shows_only_sentences_that_write_the_name():
    """A theme labelled "Harbour Trust" (a name) shows no sentence that
    holds only its head word in another sense ("the trust fund"): the
    reader would take it for the Trust's news."""
    a = replace(digest_of("a", ["The Harbour Trust sold the old pier to a hotel group.",
                                "The trust fund for the lifeboat crew ran dry in May.",
                                "The trust fund for the choir was spent."]),
                key_phrases=("harbour trust", "trust"))
    b = replace(digest_of("b", ["The Harbour Trust will vote on the pier sale in June.",
                                "The trust fund of the rowing club lost money.",
                                "Volunteers praised the trust on Sunday."]),
                key_phrases=("harbour trust", "trust"))
    theme = next(t for t in themes.find_themes([a, b], Config()) if "trust" in t.label.lower())
    assert theme.label == "Harbour Trust"
    assert theme.sentences and all("Harbour Trust" in c.text for c in theme.sentences)
    assert themes._names_it("Ferry fares", "The fares rose.")
    assert not themes._names_it("Green Coast Party", "Green voters stayed home.")
    assert themes._names_it("Harbour Anglers", "A Harbour Angler spoke.")


def test_a_label_is_no_name_cut_short_though_the_words_also_run_in_lower_case():
    """"Coastal Defence" is written twice as the start of the "Coastal
    Defence Agency" and twice in lower case: a label would keep the
    capitals of the name it cuts, so the theme is labelled by the whole
    name; a phrase mostly in lower case stays a topic."""
    texts = ["The Coastal Defence Agency closed the dunes.", "Critics of the Coastal Defence Agency spoke.",
             "Spending on coastal defence doubled.", "Villagers want more coastal defence work."]
    assert themes._cut_short("coastal defence", texts)
    assert themes._label(["coastal defence", "coastal defence agency"], texts) == "Coastal Defence Agency"
    texts[1] = "Critics of coastal defence plans spoke."
    assert not themes._cut_short("coastal defence", texts)


def test_the_end_of_a_title_is_no_theme():
    """"coastal defence" after "the director of" ends a person's title:
    it says who someone is, not what the story is about."""
    titled = ["Olla Venn, the director of coastal defence, resigned.", "The director of coastal defence spoke.",
              "A new coastal defence director was named on Friday."]
    assert themes._epithet("coastal defence", titled)
    assert not themes._epithet("coastal defence", ["Coastal defence costs rose.", "Spending on coastal defence fell."])


def test_a_phrase_used_in_two_sentences_with_one_to_show_is_no_theme():
    """"quiet fortune" in one descriptive clause of each article, one of
    them not readable alone: a passing phrase, not what the stories are
    about; a third use makes it a thread the articles follow."""
    a = replace(digest_of("a", ["Ms. Lund lives modestly for a woman of quiet fortune.",
                                "The ferry board met in Brena on Monday."]), key_phrases=("quiet fortune",))
    b = replace(digest_of("b", ["She rarely speaks of her quiet fortune, friends say.",
                                "The ferry board will meet again in May."]), key_phrases=("quiet fortune",))
    assert not any("fortune" in t.label.lower() for t in themes.find_themes([a, b], Config()))
    b = replace(digest_of("b", ["She rarely speaks of her quiet fortune, friends say.",
                                "Her aides guard that quiet fortune closely.",
                                "The ferry board will meet again in May."]), key_phrases=("quiet fortune",))
    assert any("fortune" in t.label.lower() for t in themes.find_themes([a, b], Config()))


def test_a_phrase_that_opens_on_the_last_word_of_a_name_labels_no_theme():
    """"Radio poll" of "the Kent Valley-Harbor Radio poll": a piece of the
    outlet's name and a common noun; the next phrase labels the theme."""
    texts = ["A new Kent Valley-Harbor Radio poll puts the ferry plan ahead.",
             "The Harbor Radio poll asked 900 adults about the ferry plan.",
             "Support for the ferry plan grew in the Harbor Radio poll."]
    assert themes._label(["radio poll", "ferry plan"], texts) == "Ferry plan"
    # A name of its own, with no word in lower case, still labels one.
    named = ["The Senate Harbor Committee met on Monday.", "The Senate Harbor Committee voted."]
    assert themes._label(["harbor committee"], named) == "Harbor Committee"


def test_a_plural_of_a_vague_noun_a_measure_or_a_time_labels_no_theme():
    assert themes.vague("Efforts") and themes.vague("Percentage points") and themes.vague("Per cent")
    assert themes.vague("Past") and not themes.vague("Relief efforts") and not themes.vague("Points system")


def test_a_label_is_written_in_the_phrases_own_words_before_a_look_alike_plural():
    """"new poll" also matches "News poll" (a plural's ending); the label
    takes the phrase's own words."""
    texts = ["The Harbor/Valley News poll asked 900 adults.", "A new poll puts the ferry plan ahead."]
    assert themes._label(["new poll"], texts) == "New poll"

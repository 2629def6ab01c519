"""Quotes: spans between marks (across sentences and paragraphs), embedded
posts, scare quotes left out, and speakers only when the article says."""

from __future__ import annotations

import pytest

from briefing.distill import people, quotes
from briefing.language import nlp
from tests.helpers import article


def find(*paragraphs: str):
    art = article("q1", paragraphs)
    doc = nlp.load()(art.text)
    found = quotes.find_quotes(art, doc, people.find_people(art, doc))
    for quote in found:  # every source points exactly at quoted text
        assert " ".join(art.text[s.start:s.end] for s in quote.sources) == quote.text
    return found


def one(*paragraphs: str):
    found = find(*paragraphs)
    assert len(found) == 1, found
    return found[0]


def test_said_after_the_quote_names_the_speaker():
    quote = one("“We will not sign this deal,” Finance Minister Sara Rahman said on Tuesday.")
    assert (quote.speaker, quote.text, quote.cue) == ("Sara Rahman", "We will not sign this deal", "said")
    assert quote.speaker_role == "Finance Minister"


def test_straight_marks_and_inverted_frame():
    quote = one('"The budget is balanced for the first time," said Karel Novak, the mayor of Brno.')
    assert quote.speaker == "Karel Novak" and quote.text == "The budget is balanced for the first time"


def test_told_and_according_to():
    told = one("“For us, the port is a true partner,” Novak told local media in March. Karel Novak left.")
    assert told.speaker == "Karel Novak"
    according = one("According to Lena Hoffmann, “the treaty will not survive another winter.”")
    assert according.speaker == "Lena Hoffmann" and according.cue == "according to"


def test_frames_that_climb_to_the_subject():
    quote = one("Analyst Samuel Okafor took to Twitter to say that he is “skeptical about the promised support.”")
    assert quote.speaker == "Samuel Okafor" and quote.cue == "took to Twitter to say"


def test_pronoun_goes_to_the_person_named_last():
    found = find("Mayor Karel Novak opened the bridge on Monday.",
                 "“It took ten years to get here,” he said.")
    assert found[0].speaker == "Karel Novak"


def test_a_he_that_names_no_one_leaves_the_quote_unattributed():
    # The activist is unnamed: "he" is no one we know, and no other name in
    # the sentence ("Moscow-backed President ...") is the speaker.
    found = find("In footage uploaded on Sunday, an unidentified activist asked for help.",
                 "“Without your support it will be hard for us,” he said, referring to the fall of "
                 "Moscow-backed President Viktor Yanukovych in February.")
    assert found and found[0].speaker is None


def test_a_phrase_under_a_verb_that_is_not_saying_is_the_writers():
    found = find("Protesters seized buildings on Sunday, prompting claims from Kiev that President Vladimir "
                 "Putin was orchestrating “separatist disorder” in the east.",
                 "Senator Michael Brooks called the plan “a disgrace” on Monday.")
    assert [(q.text, q.speaker) for q in found] == [("a disgrace", "Michael Brooks")]


def test_a_description_is_not_a_name():
    quote = one("A day later, a Ruritanian Foreign Ministry spokesperson said, “The more unstable the world is, "
                "the more we need to talk.”")
    assert quote.speaker is None and quote.speaker_role == "a Ruritanian Foreign Ministry spokesperson"


def test_a_description_that_fits_one_persons_role_is_that_person():
    found = find("Ruritanian Foreign Minister Ivo Marek arrived in Vienna on Monday.",
                 "Speaking at a news conference, the Ruritanian foreign minister said, “We are against new "
                 "division lines in Europe.”")
    assert found[0].speaker == "Ivo Marek"


def test_a_description_that_fits_no_one_is_not_guessed():
    quote = one("Ruritanian Foreign Minister Ivo Marek arrived in Vienna on Monday. The Sylvanian PM was quoted "
                "saying, “I came with a message from my president for your people.”")
    assert quote.speaker is None and quote.speaker_role == "The Sylvanian PM"
    assert quote.cue == "was quoted saying"


def test_no_frame_no_speaker():
    quote = one("Mayor Karel Novak opened the bridge.", "“The river will never divide this town again.”")
    assert quote.speaker is None


def test_a_quote_running_on_keeps_its_speaker():
    found = find("“I feel badly for him,” Mr. Karel Novak said on Monday. “He led a strong life. "
                 "They destroyed it.”")
    assert [q.speaker for q in found] == ["Karel Novak", "Karel Novak"]
    assert found[1].text == "He led a strong life. They destroyed it."


def test_a_quote_over_two_paragraphs_is_one_quote_with_two_sources():
    found = find("“We take no issue with the movement,” Mayor Karel Novak said in a statement. “What we take "
                 "issue with is its tolerance for bigotry.",
                 "“The time has come for them to accept responsibility.”")
    last = found[-1]
    assert len(last.sources) == 2 and last.speaker == "Karel Novak"
    assert [s.paragraph for s in last.sources] == [0, 1]
    assert last.text.endswith("accept responsibility.")


def test_scare_quotes_and_titles_are_not_statements():
    assert find("According to analysts, this was a reference to the recent “Quad” exercise in the bay.",
                "She spoke at a seminar on “Disarmament, Non-Proliferation and Strategic Stability” in Rome.") == ()


def test_a_word_in_marks_for_the_one_spoken_to_is_not_a_statement():
    # The object of "asked", whose words follow in a clause of their own.
    assert find("The logs show that Tomas Varga asked the “analyst” to call him on a private phone so she could"
                " take notes.") == ()
    # Another verb's object is the speaker's words, whatever clause follows it.
    kept = one("Then there was Senator Ivo Maric's response. He accused the mayor of forcing \"a needless shutdown\""
               " to pay for the wall.")
    assert (kept.speaker, kept.text) == ("Ivo Maric", "a needless shutdown")


def test_a_word_made_a_noun_by_a_determiner_is_mentioned_not_said():
    assert find("According to Ida Brenner, it seems that the “finished” was in reply to a post Ostrow wrote on"
                " March 4.", "Ida Brenner said the “finished” meant the audit.") == ()


def test_words_a_negated_verb_takes_are_not_shown_alone_as_a_statement():
    assert find("The retired judge spoke to a radio host on Monday, remarking from Ohio he did not feel “this is a"
                " very hard case to solve.”", "Vera Kolar said she never believed “the mill will close this year,”"
                " and she still does not.") == ()
    kept = one("Vera Kolar did not mince words: “This plan is a disaster for the valley.”")
    assert kept.speaker == "Vera Kolar"


def test_a_quotation_paragraph_naming_the_last_speaker_as_an_owner_does_not_go_on_from_them():
    found = find("As the Harbor Gazette’s Nils Ek pointed out in May, “The council will have many chances to change"
                 " the rule before the vote, so no one has to worry about it.”",
                 "\"One flaw of Ek’s otherwise careful column is that it never considers that the rule might work"
                 " just as planned.\"")
    assert [q.speaker for q in found] == ["Nils Ek", None]


def test_a_short_quote_right_after_its_frame_is_kept():
    quote = one("Democrats led by Senator Ana Ruiz called the tax deal “fiscally irresponsible” on Monday.")
    assert quote.text == "fiscally irresponsible" and quote.speaker == "Democrats"


def test_an_embedded_post_is_quoted_with_its_signature():
    found = find("Lena Hoffmann, a researcher, posted her view on the talks.",
                 "I said last week that relations are improving, but I'm not so sure. https://t.co/AbC123",
                 "— Lena Hoffmann (@LenaH) April 12, 2021")
    post = [q for q in found if q.cue == "post signature"]
    assert len(post) == 1 and post[0].speaker == "Lena Hoffmann"
    assert post[0].text == "I said last week that relations are improving, but I'm not so sure."


def test_a_post_signed_at_the_end_of_its_own_paragraph_is_quoted_up_to_its_first_link():
    found = find("Lena Hoffmann, a researcher, posted her view on the talks.",
                 "I said last week that relations are improving, but I'm not so sure. pic.twitter.com/AbC123 "
                 "SIGN UP FOR OUR NEWSLETTER — Lena Hoffmann (@LenaH) April 12, 2021.")
    post = [q for q in found if q.cue == "post signature"]
    assert [(q.speaker, q.text) for q in post] == [
        ("Lena Hoffmann", "I said last week that relations are improving, but I'm not so sure.")]


def test_transcript_turns_are_quotes_by_their_speakers():
    found = find("Governor Mary Fallin spoke to the host, Jake Tapper, about the race on Sunday.",
                 "JAKE TAPPER: Do you think the campaign has been fair to your state?",
                 "FALLIN: I think it has been fair, and I think voters will see that in the fall.",
                 "TAPPER: And the polls?",
                 "FALLIN: The polls will move when the debates begin.")
    turns = [(q.speaker, q.text) for q in found if q.cue == "transcript"]
    assert turns == [("Jake Tapper", "Do you think the campaign has been fair to your state?"),
                     ("Mary Fallin", "I think it has been fair, and I think voters will see that in the fall."),
                     ("Jake Tapper", "And the polls?"),
                     ("Mary Fallin", "The polls will move when the debates begin.")]


def test_labelled_lines_that_make_no_dialogue_are_no_turns():
    # No label names a person of the article: section labels, not speakers.
    found = find("The council met on Monday to discuss the harbour budget for next year.",
                 "WATCH: The harbour budget explained in two minutes by our reporter.",
                 "OPINION: The harbour deserves a bigger share of the budget next year.")
    assert [q for q in found if q.cue == "transcript"] == []
    # One speaker alone is no dialogue.
    found = find("Governor Mary Fallin spoke about the race on Sunday.",
                 "FALLIN: I think it has been fair, and voters will see that in the fall.",
                 "FALLIN: The polls will move when the debates begin.")
    assert [q for q in found if q.cue == "transcript"] == []


def test_a_mark_left_open_before_a_space_and_captions_in_title_marks_do_not_break_attribution():
    # Scraped captions: a stray opening mark before a space, the paragraph
    # left open, and the next one opening with a title in marks.
    found = find("Lena Park at the 'Gala Night\" Season 18 party in Lisbon on May 20.",
                 "\"Harbour Lights\" actress Mia Stone arrives at the party.",
                 "“ We will keep the theatre open all winter,” said Mia Stone.")
    assert all(q.text == q.text.strip() for q in found)
    assert any(q.text.startswith("We will keep") and q.speaker == "Mia Stone" for q in found)


def test_a_programme_named_in_marks_is_no_ones_words():
    art = article("a1", ("Senator Ann Berg said on KBX’s “Sunday Ledger” that the plan would fail.",
                         "Senator Ann Berg called the plan “a pointless shutdown” on Sunday.",
                         "Ann Berg said in “Cross the Aisle” that she would vote no.",
                         "On Lakeside News’ “Holloway,” she called on the governor to resign.",
                         "“Morning Report” show host Ola Dunn asked her, “Will you vote for it?”",
                         '"Evening News" show host Eva Kask asked her, "Will you vote today?"'))
    doc = nlp.load()(art.text)
    found = quotes.find_quotes(art, doc, people.find_people(art, doc))
    assert [(q.text, q.speaker) for q in found] == [("a pointless shutdown", "Ann Berg"),
                                                    ("Will you vote for it?", "Ola Dunn"),
                                                    ("Will you vote today?", "Eva Kask")]


def test_a_phrase_cited_after_a_noun_is_no_statement():
    found = find('Harbor Bank also rewarded Ana Lind for her success in "building a culture of care across the firm."',
                 'The court ruled that the ban limits a right to "the quiet practice of any creed."',
                 'The goals included growing "small business and farm lending accounts."',
                 'Ana Lind called for "a deep change in the whole sector."')
    assert [(q.speaker, q.text) for q in found] == [("Ana Lind", "a deep change in the whole sector.")]


def test_a_phrase_after_a_noun_in_a_sentence_of_saying_is_the_speakers():
    found = find('"The toll is a tax on work," Mayor Tova Linn told reporters, in an attack on "the old harbour board."',
                 'Councillor Eda Rand said the toll is part of the "widest road plan in a decade."')
    assert [(q.speaker, q.text) for q in found] == [("Tova Linn", "The toll is a tax on work"),
                                                    ("Tova Linn", "the old harbour board."),
                                                    ("Eda Rand", "widest road plan in a decade.")]


def test_a_programme_told_in_marks_is_who_hears_not_words_said():
    found = find('"We were pinned down for ten minutes," Rep. Dale Hooper told "Morning Watch."',
                 '"We had no cover at all," Rep. Dale Hooper said on "Dawn & Dusk."')
    assert [(q.text, q.speaker) for q in found] == [("We were pinned down for ten minutes", "Dale Hooper"),
                                                    ("We had no cover at all", "Dale Hooper")]


def test_she_is_the_person_in_apposition_to_the_subject_before():
    found = find("Later in the day, the first lady, Alma Velt, questioned Ms. Dunn’s judgment.",
                 "“As a mother, that photo is very disturbing,” she said.")
    assert found[0].speaker == "Alma Velt"


def test_an_agency_that_relays_what_someone_said_is_not_a_speaker():
    found = find("“Some of the rhetoric is dangerous,” Mayor Karel Novak said, according to AFP. "
                 "“I'm here to tell you: they do not speak for us.”")
    assert [q.speaker for q in found] == ["Karel Novak", "Karel Novak"]


def test_she_after_an_unnamed_woman_is_not_the_one_person_named():
    found = find("A woman who said she lived next to Karel Novak's parents said he had moved out recently.",
                 "“He is a quiet man,” she said.")
    assert found[0].speaker is None


def test_a_speaker_named_in_marks_is_not_a_statement():
    found = find("A “veteran Republican Party operative in the state” told the Harbour Times that the bill would fail.")
    assert not found


def test_a_caption_between_is_not_where_he_is_found():
    found = find("Bidding will start at $60,000, more than the $20 Mr Velt paid for the dress.",
                 "Scarlett Marsh's dress (Harbour Auctions)", "He spotted it while doing some research.",
                 "“I asked if he would sell it to me,” he said.")
    assert found[0].speaker == "Velt"


def test_a_hyphenated_title_speaking_is_a_description_not_the_organization_near_it():
    quote = one("During a conversation this morning with Ann Berg of the Daily Courier, the governor-elect "
                "surprisingly said of the budget, “Let the deficit grow, we will outgrow it.”")
    assert quote.speaker is None and quote.speaker_role == "the governor-elect"


def test_who_the_words_are_aimed_at_is_not_their_speaker():
    found = one("Mayor Ann Berg is under fire after a video surfaced Tuesday of him mocking Sen. Olek Petrenko, "
                "R-Iowa, as a “farmer from Iowa who never went to law school” in the middle of the campaign.")
    assert found.speaker is None  # left unattributed, not given to the next guess


def test_the_one_addressed_is_not_the_speaker():
    found = one("Mayor Ann Berg apologized to Senator Olek Petrenko, Republican of Iowa, and “anyone I may have "
                "offended” after the video emerged.")
    assert found.speaker is None


def test_he_after_a_speaker_we_could_not_place_is_not_someone_named_before():
    """"..., Ouaddi said. He said ..." (a name the tagger takes for a
    body): "he" is Ouaddi, not the one person the sentence before names in
    passing; the quote is left unattributed rather than given to him."""
    found = find("The market has drawn traders from the whole region, including Karel Novak, who lived in Brno.",
                 "“We are shocked” by the fire at the old market that had drawn wide attention, Ouaddi said. "
                 "He said the owner “has not done this for money but because he was desperate.”")
    assert [q.speaker for q in found if q.text.startswith("has not done")] == [None]


def test_a_surname_after_someone_described_as_kin_is_theirs_not_the_kins():
    """"Anna Berg, mother of soldier Tomas Berg, ..." then "Berg said": the
    mother speaks; the son named in her description (and named in full
    before) counts for no "Berg" after it."""
    found = find("Three soldiers died in the attack, among them the driver Tomas Berg.",
                 "Anna Berg, mother of the soldier Tomas Berg, rejected the minister's account on Monday.",
                 "“She lied to me about the convoy,” Berg said.")
    assert [q.speaker for q in found] == ["Anna Berg"]


def test_the_body_in_a_title_is_no_speaker_even_when_tagged_with_the_name():
    """"former Minister of Defence Aldo Brenvik that “...”": the tagger
    runs "Defence Aldo Brenvik" into one organisation; "Defence" is no
    speaker (the quote keeps the description, not a body's name)."""
    found = find("The email contradicts comments from former Minister of Defence Aldo Brenvik that "
                 "“time and distance prevented a faster response.”")
    assert [q.speaker for q in found] == [None]


def test_she_is_never_a_man_the_given_name_table_knows():
    """"..., blaming it on candidate Donald Trump. “...,” she said.": the
    article never calls Trump "he" outside a quotation, but news gives the
    name Donald to men (the learned given-name table): "she" is not him."""
    found = find("“Too much hate,” she said, blaming some of it on the candidate Donald Trump.",
                 "“I think he is causing a lot of this,” she said.")
    assert "Donald Trump" not in [q.speaker for q in found]


def test_a_widow_named_beside_her_husband_keeps_her_quotes():
    """"Marta Fields, whose husband, Navy SEAL Ty Fields, ...": the husband
    is someone else, so "whose husband" makes no man of her and "Ty
    Fields" (his given name unknown to the tagger) is not her mention;
    "Fields continued", opening a sentence where the tagger reads a plural
    noun, is still her; and "a replica Purple Heart" is an award, no one
    a "she" could be."""
    found = find("Marta Fields, whose husband, Navy SEAL Ty Fields, was one of four sailors killed in the 2012 "
                 "attack, spoke with the radio host Paul Kern on Thursday.",
                 "Though moved by their grief, Fields said she does not believe Ivo and Greta Sarn should be spared "
                 "criticism.",
                 "“First and foremost,” she told Kern, “nobody would wish this on a family.”",
                 "Fields continued by answering those who say he should not have accepted a replica Purple Heart "
                 "from a supporter at an event earlier this week.",
                 "“I was disturbed that he was criticized for accepting the Purple Heart,” she said.")
    # the quotation her frame splits ("“First and foremost,” she told Kern, “nobody ...”") is one
    assert [q.speaker for q in found] == ["Marta Fields"] * 2


def test_a_group_s_adjective_is_no_speaker():
    """"most of the refugees so far are Muslim, this makes sense because
    “it's a mostly Muslim country ...”": the tagger calls the adjective a
    group (NORP), but "Muslim" says nothing; the quote has no speaker."""
    found = find("A plurality of refugees admitted to the country from all destinations are Christian.",
                 "And while most - but not all - of the Ruritanian refugees so far are Muslim, this makes sense "
                 "because \"it's a mostly Muslim country and most of the victims are Muslim.\"")
    assert [q.speaker for q in found] == [None]


def test_those_a_person_owns_speak_for_themselves():
    """"Velt's critics said", "Mr. Velt's spokesman said": the critics and
    the spokesman speak, not Velt (the quote keeps the description)."""
    found = find("President Anton Velt spoke in the capital on Monday about the new port.",
                 "“The port will never pay for itself,” Velt’s critics said in a statement.",
                 "“We will build it,” Mr. Velt's spokesman said.")
    assert [(q.speaker, q.speaker_role) for q in found] == [(None, "Velt’s critics"), (None, "Mr. Velt's spokesman")]


def test_a_spokesman_named_after_whom_he_speaks_for_is_the_speaker():
    # "Velt spokesman Sam Forge said": the name after the role speaks,
    # even one the people list missed; never Velt, whose name is in the phrase.
    quote = find("Governor Ada Velt declined to discuss the levy plan on Monday.",
                 "“The finance committee will study these figures, and we will look at that too,” "
                 "Velt spokesman Oskar Steel said.")[-1]
    assert quote.speaker == "Oskar Steel"


def test_she_after_a_sentence_whose_subject_is_he_is_the_one_other_person_it_names():
    """"He was joined on the call by Ilse Hogan, ... She said Kern “...”":
    the sentence's subject is a man, so "she" is not whoever "he" goes back
    to (Kern, whose sex the article never says) but Hogan, the one other
    person it names."""
    found = find("“Who is the real villain here?” said Tom Murray, using a word Kern has used about the governor.",
                 "He was joined on the call by Ilse Hogan, president of the advocacy group Voice. She said Kern "
                 "“has failed to do anything beyond furthering his own political aspirations.”")
    assert [q.speaker for q in found][-1] == "Ilse Hogan"


def test_mr_and_ms_of_a_couple_whose_sexes_the_article_never_gives_are_no_guess():
    """"the parents, Tariq and Nadia Ahmed", then "Mr. Ahmed said" and
    "Ms. Ahmed wrote": nothing says which given name is the man's, so
    neither is guessed (the one named last had taken every "Mr.", and the
    mother's words went to the father); the speakers stay "Mr. Ahmed" and
    "Ms. Ahmed"."""
    found = find("The dispute between the parents, Tariq and Nadia Ahmed, and the mayor has become a flash point.",
                 "“I implore the voters of this city to reject fear,” Mr. Ahmed said on Sunday.",
                 "“I am a grieving mother,” Ms. Ahmed wrote in an opinion article.")
    assert [q.speaker for q in found] == ["Mr. Ahmed", "Ms. Ahmed"]


def test_mr_is_never_one_whose_given_name_news_gives_to_women():
    """"Tariq and Hillary Ahmed", then "Mr. Ahmed said": news gives the name
    Hillary to women (the learned table), so Mr. Ahmed is Tariq, though
    nothing says what Tariq is and Hillary was named last."""
    found = find("The dispute between the parents, Tariq and Hillary Ahmed, and the mayor has become a flash point.",
                 "“I implore the voters of this city to reject fear,” Mr. Ahmed said on Sunday.")
    assert [q.speaker for q in found] == ["Tariq Ahmed"]


def test_a_word_in_the_second_half_of_an_appositive_is_its_owner_s():
    """"said Lionel Sosa, a media consultant and an influential Hispanic
    Republican who said ...": the second quotation goes on with Sosa;
    "Republican", joined to his description by "and", is his, no speaker."""
    found = find("“I don't think that voters here think that he identifies strongly enough with them,” said Lionel "
                 "Sosa, a Texas media consultant and an influential Hispanic Republican who said he would not vote "
                 "for Mr. Kern. “I'm not sure that Hispanic Republicans really believe that Kern represents them.”")
    assert [q.speaker for q in found] == ["Lionel Sosa", "Lionel Sosa"]


def test_a_thing_that_says_the_words_leaves_the_quote_to_no_one_else():
    # The message speaks; the senator only relays a letter that cites it.
    quote = one("One message, apparently posted during the siege, said: “Now taste our vengeance,” according to "
                "a letter from the chairman of the Senate Committee on Homeland Security.")
    assert quote.speaker is None
    # Not where the thing is the subject of another verb: "Her comments,
    # said Josh Earnest, are ..." is Earnest's.
    quote = one("Her comments, said Karel Novak, the mayor's spokesman, are “entirely consistent with his view.”")
    assert quote.speaker == "Karel Novak"


def test_a_person_noun_a_name_qualifies_is_someone_else():
    found = find("Senator Tom Lind spoke in the capital on Monday.",
                 "“That can go a long way toward good relations,” said a senior Lind adviser.")
    assert (found[0].speaker, found[0].speaker_role) == (None, "a senior Lind adviser")


def test_the_subject_of_the_verb_a_colon_ends_before_the_quote_is_its_speaker():
    found = find("“Apparently there's a young man who's having some problems,” Senator Tom Lind said as the "
                 "heckler yelled: “You are a disgrace to this state!”",
                 "Mr. Lind said that Ms. Ann Berg, as a former senator, could help: “I'm sure she has great "
                 "influence over there in getting them to take up these bills.”")
    assert [q.speaker for q in found] == ["Tom Lind", None, "Tom Lind"]


@pytest.mark.parametrize("text, speaker", [
    # Faulted for saying it: the words are the object's, not the critic's.
    ("In 2008, Ann Berg slammed Tom Lind as elitist for suggesting that rural voters “cling to guns or religion,” "
     "and bragged about her shooting.", "Tom Lind"),
    # A participle of saying speaks for its clause's subject, not the outlet after it.
    ("Ann Berg welcomed the news that Tom Lind would quit, saying the Ohio Republican was “doing the right "
     "thing,” CNN reported.", "Ann Berg"),
    ("As the Herald's Ruth Lind puts it, Mayor Tom Berg is trying to make the council “an offer they can't "
     "afford to refuse.”", "Ruth Lind"),
    # A verb of the quoted words' own is no frame: the participle before them is.
    ("Rep. Ann Berg (D-Calif.) also called for the cancellation of the meeting, saying that Lind “cannot "
     "claim to love the country while meeting with a man who is attacking its democracy.”", "Ann Berg"),
    # A participle after a clause another verb reports may be that verb's subject's.
    ("In brief remarks after the meeting, Mayor Tom Lind on Wednesday emphatically disputed that Democrats "
     "generally feel betrayed by his deal with Republicans on the tax cuts, saying "
     "that “the more who look at it, the more will say this makes sense.”", "Tom Lind"),
], ids=["faulted-for-saying", "participle-before-outlet", "as-x-puts-it", "verb-inside-the-quote",
        "participle-after-a-reported-clause"])
def test_a_frame_names_the_speaker_whatever_the_model_ranks_first(text, speaker):
    assert one(text).speaker == speaker


def test_an_office_title_the_parser_made_the_subject_is_its_holders():
    quote = one("Speaker of the House Rep. Tom Lind (R-WI) said “anti-Semitic images, they've got no place in "
                "a presidential campaign.”")
    assert quote.speaker == "Tom Lind"
    quote = one("Spokesman of President Ann Berg said “we will not give up on the talks in Geneva.”")
    assert quote.speaker is None


@pytest.mark.parametrize("paragraphs", [
    # "he" is not the one his own verb speaks to.
    ("Ann Berg asked Governor Tom Lind how high the wall would be.",
     "“I think the height could be 35 to 45 feet,” he told Berg, to cheers from the crowd."),
    # The first part of a hyphened modifier is no speaker.
    ("“When you have less than 20 percent in your polling, how much worse could it get?” said "
     "Florida-based Republican strategist Tom Lind, referring to the candidate.",),
], ids=["not-whom-he-tells", "hyphened-modifier"])
def test_the_one_a_frame_seems_to_name_is_not_always_the_speaker(paragraphs):
    assert find(*paragraphs)[0].speaker == "Tom Lind"


def test_a_name_the_parser_compounded_to_the_verb_after_a_quote_is_its_speaker():
    """'“...,” Conway notes.': the model parses "Conway" as a compound of
    "notes"; it is the verb's subject all the same."""
    from briefing.distill import speakers
    art = article("q1", ("“Look at the statement Mr. Lind put out after the Dallas shootings,” Conway notes.",))
    doc = nlp.load()(art.text)
    conway = next(t for t in doc if t.text == "Conway")
    assert conway.dep_ == "compound"  # the parse this guards against
    (span,) = quotes.quote_spans(art)
    assert speakers._inverted_subject(doc, span, speakers.Sentences(doc, ())) == conway.i


def test_a_description_in_apposition_to_a_name_stands_where_the_name_stands():
    """"a testimonial to Tom Lind, the Democratic nominee that year, Mr. Berg
    decried ...": the nominee is Lind, whom the speech was for, not the
    speaker; "Preceded at the lectern by Ann Berg, the Arizona sheriff,
    Lind launched into ...": Lind."""
    found = find("In his 2004 convention speech, a testimonial to Tom Lind, the Democratic nominee that year, "
                 "Mr. Berg decried the “spin masters and negative-ad peddlers who embrace the politics of anything "
                 "goes.”",
                 "Preceded at the lectern by Ann Berg, the Arizona sheriff and anti-immigration hard-liner, Jim Mott "
                 "launched into a lament for the “countless Americans” who are “victims of violence.”")
    assert [q.speaker for q in found] == ["Berg"]  # the phrases of the second are no statements


def test_he_goes_on_past_a_sentence_where_he_speaks_to_whom_he_stands_for():
    found = find("Tom Lind said he is prepared to challenge any attempt by party leaders to declare the delegation's "
                 "full support for Berg at the convention. But during roll call votes, states are called "
                 "alphabetically, he noted, so it may already be clear whether Ann Berg will be the nominee by the "
                 "time it is his state's turn. He said other states will clarify the situation first.",
                 "“If for some reason we can't get a nominee other than Berg, we might abstain,” he said.")
    assert found[0].speaker == "Tom Lind"


def test_a_phrase_in_title_case_is_a_slogan_or_a_title_not_speech():
    found = find("Protesters burned their “Make America Great Again” hats outside the hall.",
                 "Senator Tom Lind wore a campaign hat reading, “Make Mexico Great Again Also” on the plane.",
                 "The president appeared on “The Tonight Show Starring Jimmy Fallon,” Ann Berg said.",
                 "“WE WILL WIN THIS STATE,” Ann Berg wrote on Twitter.",
                 "He helped an East German journalist write a book, “Who’s Who in the Secret Police,” in 1968.",
                 "“I’m a New Yorker,” Ann Berg said at the dinner.",
                 "The revolution dampened plans to return home, Mr. Lind said in his 2012 book, “An Island Son.”",
                 "“Nusra is Al Qaeda,” Tom Lind said on Tuesday.")
    assert [q.text for q in found] == ["WE WILL WIN THIS STATE", "I’m a New Yorker", "Nusra is Al Qaeda"]


def test_a_group_in_the_relative_clause_of_a_speakers_description_is_no_speaker():
    found = find("“The candidate's weakness with women is one of the biggest hurdles he faces,” says Tom Lind, a "
                 "Democratic pollster who advised the 2008 campaign and is a strategist for Priorities USA, the "
                 "leading super PAC. “Democrats can't win without winning women.”")
    assert [q.speaker for q in found] == ["Tom Lind", "Tom Lind"]


def test_a_surname_the_parser_took_for_a_verb_is_still_the_speaker_a_he_follows():
    # "Trump" after a quotation is tagged a verb (to trump) that is the subject of "shot back".
    found = find("Ann Berg, however, interjected by hitting Donald Trump for seizing the land of an elderly widow.",
                 "“Berg wants to be a tough guy tonight,” Trump shot back. “Let me talk.”",
                 "“Quiet,” he demanded, as Berg continued to interject.")
    assert found[-1].text == "Quiet" and found[-1].speaker == "Donald Trump"


def test_a_description_after_someone_else_named_in_its_sentence_is_not_guessed():
    found = find("Senator Ann Berg, a presidential candidate, spoke first at the debate on Saturday night in a hall "
                 "full of supporters, and the crowd cheered her loudly throughout.",
                 "When the moderator pointed out that Tom Lind had not answered the question, the candidate said "
                 "families file lawsuits.",
                 "“They sue,” he said. “Everybody sues, right?”")
    assert not [q for q in found if q.speaker == "Ann Berg"]  # Lind, or the one candidate named before: unsaid


def test_who_sets_the_occasion_of_the_words_is_not_their_speaker():
    found = find("Tom Lind appeared rattled at the last debate, unable to muster much more than “well, I am not "
                 "sure about that” when Ann Berg accused him of an “artful smear” over her fundraising.")
    assert found[0].text == "well, I am not sure about that" and found[0].speaker != "Ann Berg"
    # "As X reported" is the frame itself, not the occasion of the words.
    found = find("As Ann Berg reported, “if the primary were held this evening, Lind would win, and handily.”")
    assert found[0].speaker == "Ann Berg"


def test_a_name_between_dashes_inside_a_quotation_is_the_writers_gloss():
    """The gloss names no speaker, and the quotation it breaks off
    mid-clause is one again (its second half alone says the opposite)."""
    found = find("Tom Lind's pollster, Sam Okafor, says his man has the money and the time.",
                 "“I don't believe the common view” -- that Lind is a big-city spender -- “will hold for "
                 "long,” he says. “The mayor would be able to build support rapidly.”")
    assert [(q.speaker, q.text) for q in found] == [
        ("Sam Okafor", "I don't believe the common view will hold for long"),
        ("Sam Okafor", "The mayor would be able to build support rapidly.")]


def test_a_shared_surname_goes_to_the_one_the_pronoun_after_it_fits():
    found = find("Mary Lind and Sam Berg debated on Wednesday night in a crowded hall in Miami, the last debate "
                 "before the primaries in five states next week.",
                 "Then Tom Lind set his wife's expectations almost impossibly high. He said a loss would end it.",
                 "Asked about trust, Lind said, “I do take responsibility.” She followed that by saying, “I am not "
                 "a natural politician, unlike my husband.”")
    assert [q.speaker for q in found] == ["Mary Lind", "Mary Lind"]


def test_a_name_given_in_the_passive_is_no_ones_words():
    found = find("A win for Tom Lind creates an awkward situation for Ann Berg, who could be celebrating being dubbed "
                 "the “presumptive nominee” even as she loses the state.")
    assert not [q for q in found if q.speaker]


def test_a_word_opening_its_sentence_is_no_speaker_and_a_report_speaks_for_itself():
    found = find("Governor Tom Lind spoke to his supporters in the capital on Tuesday night after the vote.",
                 "Transcript as follows:",
                 "“Tonight we arrived in the capital, and we went to a restaurant to grab a quick meal.”")
    assert [q.speaker for q in found] == [None]
    found = find("“Even the former chairwoman's computer had been hacked by a foreign government,” the congressional "
                 "report said, referring to her predecessor, Ann Berg, who headed the agency from 2006 until 2011.")
    assert found[0].speaker is None and found[0].speaker_role == "the congressional report"
    found = find("While he might see the network as a means to convey strength, Tom Lind said, “the rest of the world "
                 "is watching,” and other countries could respond with actions of their own.")
    assert found[0].speaker == "Tom Lind"  # "and other countries could respond": a clause of its own, no frame


def test_words_mentioned_are_not_said_but_the_next_quotation_goes_on_from_the_speaker():
    found = find("Foreign Ministry spokesman Tom Lind rejected the charge at a briefing in the capital on Monday, "
                 "a day after the report was released.",
                 "People should provide evidence and not wave around speculative words like “maybe” and "
                 "“perhaps”, he told reporters.",
                 "“This is extremely irresponsible.”")
    assert [(q.text, q.speaker) for q in found] == [("This is extremely irresponsible.", "Tom Lind")]


def test_a_word_opening_its_sentence_is_a_name_when_written_so_elsewhere():
    found = find("The pressure on Lind to drop out had grown for weeks, and Trump led him by 900 delegates.",
                 "Trump welcomed the news that Lind would quit, saying the Ohio Republican was “doing the right "
                 "thing,” suggesting he might consider him as a running mate, CNN reported.")
    assert [(q.text, q.speaker) for q in found] == [("doing the right thing", "Trump")]


def test_a_label_in_quotation_marks_is_no_ones_words():
    found = find("The two senators clashed over taxes and the size of the military budget at the debate on Tuesday.",
                 "Tom Lind suggested that Ann Berg was “liberal on military spending” and argued that spending "
                 "dwarfs that of the rest of the world.",
                 "\"Related:\"",
                 "Candidates reject the idea of a wage hike.")
    assert "Related:" not in [q.text for q in found]


def test_the_owner_before_a_persons_name_does_not_speak():
    quote = one("Senator Ann Berg met the mayor.",
                "After a long private meeting on Friday, Berg appeared with CNBC’s Kim Dale and formally "
                "backed Tom Lind, saying, “I think a fighter at the top is just what this state wants.”")
    assert quote.speaker != "CNBC"


def test_a_name_and_a_verb_ending_the_sentence_after_a_quotation_say_who_spoke():
    found = find("Mayor Ann Berg spoke to the host, Tom Lind, on Thursday.",
                 "\"Well, yes. I will talk to many kinds of candidates…\" Berg said. "
                 "\"A farmer from the valley, perhaps?\" Lind repeated.")
    assert [q.speaker for q in found] == ["Ann Berg", "Tom Lind"]


def test_whom_a_report_was_written_for_is_not_its_author():
    found = find("Campaigners disliked it. “Rather than paying for their smoke, mill owners will be rewarded for "
                 "keeping their worst furnaces idle,” noted a study for Fair Share on steel policy by the "
                 "charity Green Watch. It “amounts to a farewell gift for owners at the cost of "
                 "households.”")
    assert "Fair Share" not in [q.speaker for q in found]


def test_a_pronoun_in_a_clause_opening_its_sentence_looks_ahead_to_the_subject():
    quote = one("While a joint ticket is unlikely, Kim Dale, the lawyer leading the mayor's search for a deputy, "
                "has begun vetting Ms. Berg and others.",
                "Ever since she endorsed the mayor this month, Ms. Ann Berg has been a powerful ally, "
                "rallying crowds with a simple message: “Don't let this chance slip!”")
    assert quote.speaker is not None and quote.speaker.endswith("Berg")


def test_whom_a_writer_quoted_is_the_speaker_named_or_not():
    quote = one("Tom Lind of the Weekly Ledger has long argued the files were never read.",
                "“They haven’t done anything close to a full reading,” perhaps only a tenth, he quoted one "
                "analyst in May.")
    assert (quote.speaker, quote.speaker_role) == (None, "one analyst")


def test_a_region_after_a_place_does_not_speak():
    found = find("Nick Orlov, a reporter held in 1986, was freed in a swap.",
                 "“If the deal had gone the other way, I would have been sitting in a cell for a long time,” "
                 "Mr. Orlov, now 81 and retired in Cambridge, Mass., said by telephone this week.")
    assert "Mass" not in [q.speaker for q in found]


def test_whom_a_relative_clause_says_called_it_the_word_is_its_speaker():
    found = find("Mayor Tom Lind and Senator Ann Berg both oppose the new port deal.",
                 "Contrast that with Lind, who has called the 12-nation port deal \"a sheer madness,\" and Berg, "
                 "who says it's \"ruinous.\"")
    assert ("Ann Berg", "ruinous.") in [(q.speaker, q.text) for q in found]
    assert not [q for q in found if q.text == "a sheer madness" and q.speaker != "Tom Lind"]


def test_a_day_is_never_the_speaker():
    found = find('Several papers reported on Thursday the harbor board had "more than one meeting" with '
                 'Ortiz or her staff about the leak.')
    assert [q.speaker for q in found] == [None]


def test_the_subject_of_the_quoted_verb_is_whom_the_words_are_about():
    found = find('Ann Lowry said Tom Dorn "says whatever he needs to say to get elected."')
    assert [q.speaker for q in found] == ["Ann Lowry"]


def test_words_quoted_to_be_set_aside_are_no_ones():
    found = find('Ana Ruiz said the aim was not to "make the county great again" but to "make the county '
                 'whole again."')
    assert [(q.speaker, q.text) for q in found] == [(None, "make the county great again"),
                                                     ("Ana Ruiz", "make the county whole again.")]


def test_a_thing_a_name_only_qualifies_speaks_for_itself():
    found = find("Lena Ortiz runs for mayor.",
                 "“Senator Ortiz thanks all of her supporters and asks them to vote,” said the printed Ortiz "
                 "slate card.")
    assert [(q.speaker, q.speaker_role) for q in found] == [(None, "the printed Ortiz slate card")]


def test_a_place_someone_comes_from_does_not_speak():
    found = find('In Sen. Tom Berg\'s column on May 3, "The shouting must stop," the Republican from Ohio '
                 'seems to be doing the same thing.')
    assert [q.speaker for q in found] == [None]


def test_he_said_inside_what_the_subject_acknowledged_is_the_subject():
    found = find("Tom Berg led the race.",
                 'In a memo released as polls closed Tuesday, county campaign manager Robert Lind acknowledged '
                 'the former mayor and Berg had split the first two contests, which is an outcome, he said, '
                 '"we have long anticipated."')
    assert [q.speaker for q in found] == ["Robert Lind"]


def test_a_verb_of_striking_back_is_a_retort_that_names_its_speaker():
    found = find("Tom Pike shot back, “Mayor Ross called them out. Oh my, they must have been crushed by that.”")
    assert [(q.speaker, q.cue) for q in found] == [("Tom Pike", "shot back")]
    retorted = find("Senator Ann Vance retorted quickly by phone, and called the story “a smear from start to end.”")
    assert [q.text for q in retorted] == ["a smear from start to end."]  # "retort" itself: no "back" to show


def test_the_subject_of_a_clause_of_time_is_not_the_speaker_of_the_main_clauses_quote():
    found = find("As Senator Ann Vance spoke, the lobby was going into overdrive, whipping members against "
                 "“any and all new taxes” — a reaction to the modest plan.")
    assert all(q.speaker is None for q in found)  # a phrase cited after a noun: no quote at all


def test_an_official_of_a_persons_administration_is_described_not_that_person():
    found = find("President Tom Lind met the board on Monday.",
                 "“We back the plan fully,” a senior Lind administration official said.")
    assert (found[0].speaker, found[0].speaker_role) == (None, "a senior Lind administration official")


def test_an_indefinite_description_is_someone_new_not_the_one_named_before():
    found = find("Mayor Tom Lind named Ann Berg as his spokeswoman on Monday.",
                 "“We will follow the mayor,” a spokeswoman for the Water Department said.")
    assert (found[0].speaker, found[0].speaker_role) == (None, "a spokeswoman for the Water Department")


def test_the_subject_of_a_saying_denied_did_not_say_the_words():
    found = find("Senator Ann Vance spoke on Monday.",
                 "But Vance would not comment on an executive order signed by the governor “to protect privacy "
                 "and equality” for state workers.",
                 "“Is the plan ready? Probably not,” Ms. Vance said. “Will it be? Surely.”")
    # The "not" of the quote the parser hangs on "said" denies nothing.
    assert [q.speaker for q in found] == [None, "Ann Vance", "Ann Vance"]
    said = find("Senator Ann Vance spoke on Monday.",
                "She did not comment at length on Sunday, but did say at a stop in Reno that the mayor is “one of the "
                "most careless officials we have ever had.”")
    assert [q.speaker for q in said] == ["Ann Vance"]  # the quote hangs on "say", not on "comment"


def test_quoted_words_that_tell_of_the_speaker_in_the_third_person_are_not_theirs():
    found = find("The Herald reported that night. \"The hearing was closed but Ohio Congressman Tom Hale spoke to "
                 "reporters afterwards and said this conflicted with earlier accounts. Hale said the chief's testimony "
                 "differed from what he told the panel in May.",
                 "“He told us the fire was an accident,” Hale said.")
    assert found and found[0].speaker is None


def test_words_inside_another_quotation_frame_no_quote():
    """A headline in marks before an excerpt: the excerpt's own "the company
    said" is inside the second quotation, no frame for the first."""
    found = find("—\"Ruiz leaves the ‘Spring Opera’ on its way to Vienna,\" by the Post's Ann Lee: \"Tom Ruiz is "
                 "stepping down as the director of the touring opera 'Spring' after a dispute with its producers, "
                 "the company said.\"")
    assert (found[0].speaker, found[0].speaker_role) == (None, None)


def test_a_speaker_before_a_colon_glued_to_the_quote_still_speaks():
    found = find("Rep. Tom Hale (R-S.C.):\"I have not heard anyone other than you ever cite that figure. Who told "
                 "you that?\"")
    assert found[0].speaker == "Tom Hale"
    tweeted = find("Tom Hale, the 2012 Green nominee, tweeted in response: ''Important distinction: thug Lind jails "
                   "reporters and rivals; our mayors jail thieves and arsonists.''")
    assert tweeted[0].speaker == "Tom Hale"


def test_a_description_after_a_subject_with_no_known_role_is_not_given_to_another():
    # "the senator" may be Vogel, whose role the article does not give: not Marsh, the one senator it names.
    found = find("Senator Lena Marsh opened her campaign office in Dorval on Monday.",
                 "Petra Vogel answers her critics in a leaflet mailed to every home in Lyndon: “We mended the roads "
                 "and we kept the clinics open,” the senator writes.")
    assert found[0].speaker is None and found[0].speaker_role == "the senator"
    found = find("Senator Lena Marsh opened her campaign office in Dorval on Monday.",
                 "Petra Vogel stopped at a bakery in Lyndon with her volunteers. Greeted by applause, the senator said "
                 "the race was “tightening by the hour.” She said that donors had doubled their gifts. “We are "
                 "winning the argument on taxes,” she said.")
    assert not [q for q in found if q.speaker == "Lena Marsh"]
    # A subject inside what the description's verb says, right before it, is whom the words are about
    # ("Lind and the dock workers want ..., the columnist conceded").
    found = find("Tom Lind has few friends among the editors of the Harbor Times.",
                 "“Half of his promises would sink the port,” columnist Ivo Brandt wrote in the paper.",
                 "Yet Lind and the dock workers want the same thing, the columnist conceded: “Everyone on the quay is "
                 "sick of the council.”")
    assert found[-1].speaker == "Ivo Brandt"


def test_she_as_a_subject_in_the_sentence_before_carries_the_chain_past_a_name_after_it():
    # "she doubts Okoye can ...": the same "she" goes on; Okoye is whom she speaks of.
    found = find("Naomi Farrow, a nurse in Hollis, has told friends she will sit out the race for mayor. Volunteering "
                 "for Lind last spring was her first taste of politics, and she doubts Okoye can fix the schools.",
                 "“Neither of them has earned my vote, and neither will,” she said.")
    assert found[0].speaker == "Naomi Farrow"
    # Not when a person is the subject of a clause outside the pronoun's ("Dunn ... then says he'll ...").
    found = find("Olek Dunn spent Saturday morning at a fish market in Hollis.",
                 "A retired nurse cornered him by the oyster stall and lectured him on hospital waiting lists.",
                 "Dunn laughingly offered the nurse a seat on the hospital board, then says he’ll listen to anyone who "
                 "writes to him.",
                 "He says, “a mayor who stops listening … stops learning.”")
    assert found[0].speaker == "Olek Dunn"
    # Nor when no subject is named there: the one person named is "she" ("for Dorn, the fire she was blamed for").
    found = find("Vera Dorn, a former teacher, was cleared of arson in May. Ms. Dorn now tutors children in Hollis.",
                 "Few women who are wrongly convicted lose as much. For Dorn, the fire she was blamed for cost her a "
                 "decade and her house too.",
                 "“People look at you and see the fire, never the person standing there,” she said.")
    assert found[0].speaker and found[0].speaker.endswith("Dorn")


def test_he_does_not_reach_back_across_a_live_reports_time_stamp():
    found = find("Mayor Olek Dunn opened the new ferry terminal on Sunday.",
                 "___.",
                 "9:15 a.m.",
                 "“The ferries will run every hour from now on,” he said.")
    assert found[0].speaker is None
    found = find("Mayor Olek Dunn opened the new ferry terminal on Sunday.",
                 "“The ferries will run every hour from now on,” he said.")
    assert found[0].speaker == "Olek Dunn"


def test_the_younger_of_two_who_share_a_name_is_not_the_one_the_name_stands_for():
    found = find("Tom Lind won the county vote on Tuesday night. His son Olek Jr. read out the tally to the hall.",
                 "“We have only just begun,” said the younger Mr. Lind, waving to the crowd.")
    assert found[0].speaker is None


def test_a_bare_surname_with_a_pronoun_of_the_other_sex_in_its_clause_is_another_of_the_name():
    found = find("Ms. Ruth Lind campaigned in Dorval on Monday, and her husband, Tom, joined her at two stops.",
                 "At the last stop, Lind said as he introduced his wife to the volunteers, “She will fix the harbour "
                 "before the winter storms.”",
                 "At the first stop, Lind said as she greeted the crowd, “We have waited long enough for a new bridge.”")
    assert [q.speaker for q in found] == [None, "Ruth Lind"]


def test_who_of_a_clause_in_passing_before_the_quote_yields_to_the_frame_that_closes_it():
    found = find("Olek Dunn celebrated his easy win in the harbour district with volunteers on Sunday.",
                 "Dunn also praised Tom Berg and Ivo Lind, who are neck and neck for the runner-up seat, and the hall "
                 "booed. “Hold on, hold on, give them a moment, please?” he urged the crowd, as he described what a "
                 "long race it had been.")
    assert found[0].speaker == "Olek Dunn"


def test_a_word_capitalised_for_opening_its_sentence_is_no_unplaced_subject_for_he():
    found = find("The sale next week is expected to draw most bids for a hat worn by Ada Marsh in her first film.",
                 "Bidding will open at $9,500, far above the $12 Mr Olek Brandt gave for the hat at a flea market in "
                 "1981.",
                 "Marsh's hat (Delmar Auctions)",
                 "He came across it on a Sunday stroll through the stalls by the river.",
                 "“A dealer had it in a box of old scarves and wanted it gone by lunchtime,” he recalled.")
    assert found[0].speaker == "Olek Brandt"


def test_a_phrase_in_marks_describing_a_name_is_the_writers_label():
    found = find("Ben Ortiz, a strategist for Mayor Lind's 2010 race who now polls for Harbor Futures Fund, a "
                 "pro-Lind “action committee,” argued that for poorer families the price of bread matters more than "
                 "wages.")
    assert [q.text for q in found] == []


def test_one_quoted_sentence_split_by_its_frame_is_one_quote():
    """'"The danger," said Quist, an engineer ..., "is that ..."': the
    second half alone is no sentence; words in marks after a plain comma
    ("“a mess,” and the mayor, “a coward,”") stay apart."""
    found = find("“The danger,” said Nora Quist, an engineer at the port authority, “is that the harbour wall "
                 "will fail before the spring tides.”")
    assert [(q.speaker, q.text) for q in found] == [
        ("Nora Quist", "The danger is that the harbour wall will fail before the spring tides.")]
    found = find("“If the wall fails,” said Nora Quist, an engineer at the port authority, “the quay will flood "
                 "within hours.”")
    assert [q.text for q in found] == ["If the wall fails, the quay will flood within hours."]
    found = find("“Not every farmer will like the rules,” Ana Ruiz, the minister, said in Leeds on Monday. But, she "
                 "added, “if we can agree on the water, we will have a good chance of saving the valley.”")
    assert len(found) == 2
    found = find("The crowd booed the plan, “a mess,” and the mayor, “a coward,” all through the long meeting.")
    assert all(q.text in ("a mess", "a coward") for q in found)


def test_a_quotation_opened_inside_another_left_open_is_no_ones():
    """'Dunne goes on, “... an essay titled “‘Sorry, ...’ He wrote, ‘...’”':
    the words Dunne quotes are Marsh's, not his; the text does not say
    whose they are as marked."""
    found = find("Radio host Carl Dunne spoke on Monday.",
                 "Dunne goes on, “In truth, the ‘purity’ case is so thin that Ivo Marsh — to his credit — wrote an "
                 "essay last week titled “‘Sorry, I Still Won’t Back Lind.’ He wrote, ‘If the race were a dead heat "
                 "and the choice fell to me, I’d likely vote for Anna Lind.’”")
    assert [q.speaker for q in found] == [None]


def test_a_quotation_inside_one_that_closes_after_it_is_part_of_it_and_a_fresh_one_after_a_stop_is_not():
    """'“... his own “secret meeting” notes (he did),” Dunne wrote': the
    marked words are inside Dunne's quotation, which is his; a quotation
    opened after a stop, the one before left open by mistake ('“We have a
    wide base, Ruiz said. “I'm sure ...”'), is a fresh one, its speaker's."""
    found = find("Radio host Carl Dunne spoke on Monday.",
                 "“The group has such nerve that it tried to get Berg to hand over his own “secret meeting” notes "
                 "(he did),” Dunne wrote.",
                 "“We have a very wide base, Ms. Ana Ruiz said. “I’m sure some will be unhappy, but others will be "
                 "glad to see the fund on a firmer footing.”")
    assert [(q.speaker, q.text[:12]) for q in found] == [("Carl Dunne", "The group ha"), ("Ana Ruiz", "I’m sure som")]


def test_the_title_of_a_work_cited_with_its_year_is_no_quote():
    """'Ada Ben-Or et al., "...," PLOS Biology (2016).': a reference, its
    title in marks, in a line with no verb outside them; a quotation whose
    sentence has a verb of its own stays."""
    assert find('More information: Noa K. Ziv-Ami et al., "A new census of the soil fungi," PLOS Biology (2016).') == ()
    assert find('More information: Ada Ben-Or et al., "How soil fungi came to outweigh animals," Mycologia (2019).') == ()
    kept = one('"A new census of the soil fungi is overdue," Ada Benor wrote in Mycologia (2019).')
    assert kept.speaker == "Ada Benor"


def test_a_title_a_participle_of_naming_gives_is_no_quote():
    """'an early review by Marsh et al. entitled “...”': the review's title,
    no one's words."""
    assert find("A central place for soil fungi has been argued in an early review by Marsh et al. (4) entitled "
                "“Hidden Kingdoms: The fungi below.” New tools now make it possible to test this view.") == ()


def test_a_title_whose_participle_a_sentence_split_left_alone_is_no_quote():
    """'... by Marsh et al. (4) | entitled “Hidden Kingdoms.”': the parser
    cut the sentence after the bracket, leaving the participle as its root
    with no subject: still the title of the work before, no one's words."""
    from tests.distill.test_attribution import parsed

    words = ["entitled", "“", "Hidden", "Kingdoms", ".", "”"]
    doc = parsed(words, [0, 3, 3, 0, 0, 0], ["ROOT", "punct", "amod", "oprd", "punct", "punct"],
                 ["VERB", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT"], tags=["VBN", "``", "JJ", "NNS", ".", "''"],
                 lemmas=["entitle", '"', "hidden", "kingdom", ".", '"'])
    start = doc[2].idx
    assert quotes._a_title_given(doc, quotes.Span(pieces=((start, doc[4].idx + 1),)))
    # with a subject of its own the participle is a clause that says who named it
    doc = parsed(["Lind", "titled", "“", "Hidden", "Kingdoms", ".", "”"], [1, 1, 4, 4, 1, 1, 1],
                 ["nsubj", "ROOT", "punct", "amod", "oprd", "punct", "punct"],
                 ["PROPN", "VERB", "PUNCT", "ADJ", "NOUN", "PUNCT", "PUNCT"],
                 tags=["NNP", "VBN", "``", "JJ", "NNS", ".", "''"],
                 lemmas=["Lind", "title", '"', "hidden", "kingdom", ".", '"'])
    assert not quotes._a_title_given(doc, quotes.Span(pieces=((doc[3].idx, doc[5].idx + 1),)))


def test_a_slogan_or_a_works_title_in_marks_is_no_quote():
    found = find("Governor Ann Lind is defending a road-safety campaign with the slogan “Slow down, we're watching.”",
                 "The board sent a long report to Parliament: “At What Cost? Fixing the overuse of consultants,” "
                 "which concluded that costs had doubled.")
    assert found == ()


def test_words_after_a_report_and_a_colon_are_still_its_words():
    found = find("The board published a report: “We found that costs doubled in three years and nobody was told.”")
    assert [q.text for q in found] == ["We found that costs doubled in three years and nobody was told."]


def test_a_name_a_frame_of_naming_gives_a_thing_is_no_quote():
    found = find("When it is dust from hay, the term often used is “hay baler's lung.” When it occurs in a person "
                 "who keeps goats, it is called “goat keeper's lung.” The illness is known as “grain dust fever.”")
    assert found == ()


def test_a_transcript_turn_holding_a_quotation_is_kept_whole():
    found = find("Senator Ann Berg spoke with reporter Tom Lind of the Daily Ledger on Monday.",
                 "LIND: Would you stop the plan?",
                 "BERG: I would say to them, “We will stop buying your steel unless you pay your share,” and they "
                 "would pay.",
                 "LIND: And if they refuse?",
                 "BERG: Then we walk away, simple as that.")
    assert [(q.speaker, q.text[:12]) for q in found] == [
        ("Tom Lind", "Would you st"), ("Ann Berg", "I would say "), ("Tom Lind", "And if they "),
        ("Ann Berg", "Then we walk")]


def test_a_title_opening_on_a_stray_mark_or_a_numeral_is_no_quote():
    found = find("Ann Berg wore a green gown to \"'Night Shift with Tom Lind\" in Boston on May 3.",
                 "\"20 Days in the Desert\" director Ann Berg arrived at the gala.",
                 "\"We are ready for the vote,\" Ann Berg said.")
    assert [q.text for q in found] == ["We are ready for the vote"]


def test_a_quotation_left_open_that_closes_in_the_next_paragraph_is_one_quote():
    found = find("Mayor Olek Dunn wrote to the council on Friday:",
                 "“The ferry is late again and the island waits for its mail.",
                 "So I am asking you once more to fund the second boat this spring,” Dunn wrote.")
    assert [(q.speaker, len(q.sources)) for q in found] == [("Olek Dunn", 2)]
    assert found[0].text.startswith("The ferry is late") and found[0].text.endswith("this spring")


def test_a_verb_in_marks_whose_object_is_outside_them_is_not_a_statement():
    assert find("Tom Hale apologized for the joke on Monday. He said he “admires” the mayor and praised the"
                " council.") == ()
    kept = one("Kara Lind said her sister “respects the court,” and added that she would vote.")
    assert (kept.speaker, kept.text) == ("Kara Lind", "respects the court")


def test_a_phrase_in_marks_naming_the_noun_after_it_is_not_a_statement():
    assert find("Ana Ruiz has long opposed the city's \"stop and frisk\" policy, her aides said.",
                "Ed Park backs a \"pay as you go\" rule for the budget.") == ()
    kept = one("Mia Stone said it was a “deeply flawed” plan.")
    assert (kept.speaker, kept.text) == ("Mia Stone", "deeply flawed")


def test_words_a_thing_is_said_to_say_before_them_are_the_things():
    # The parser hangs "a leaflet" on "after": still the subject of "said".
    quote = one("Ana Ruiz was angry after a leaflet said she “wants to close every mine in the state.”")
    assert (quote.speaker, quote.speaker_role, quote.cue) == (None, "a leaflet", "said")
    quote = one("A survey said the plan “will cost more than the bridge itself,” Ed Park noted.")
    assert (quote.speaker, quote.speaker_role) == (None, "A survey")
    # A thing that does not say the words: not its quote.
    quote = one("The misuse continued despite “many warnings from the staff” last year, Tom Hale said.")
    assert quote.speaker == "Tom Hale"


def test_the_one_a_tape_shows_saying_the_words_may_be_a_pronoun():
    found = find("Tom Reyes said sorry on Monday once a clip turned up of him warning that “a baker from the hills"
                 " never ran a business.”")
    assert [(q.speaker, q.cue) for q in found] == [("Tom Reyes", "warning")]
    # The "-ing" after the quote is no frame of it: the apology's words are his, cued by "apologized".
    found = find("Tom Reyes apologized to Ana Ruiz and “anyone who took offence” once a clip turned up of him"
                 " warning that “a baker from the hills never ran a business.”")
    assert [(q.speaker, q.cue) for q in found] == [("Tom Reyes", "apologized"), ("Tom Reyes", "warning")]


def test_a_judgement_or_a_cut_clause_before_a_noun_stays_a_quote():
    found = find("Ed Park said the club should withdraw its “biased, false and hurtful” claim.")
    assert [q.text for q in found] == ["biased, false and hurtful"]
    found = find("Ed Park said “that is no answer” since the “buyer passes the cost on to” shoppers.")
    assert [q.text for q in found] == ["that is no answer", "buyer passes the cost on to"]
    found = find("Ed Park admitted there is a \"1 in 4\" chance that the party will lose.")
    assert [(q.speaker, q.text) for q in found] == [("Ed Park", "1 in 4")]


def test_a_noun_phrase_quoted_as_the_object_of_a_clause_about_something_else_is_no_quote():
    found = find("Mayor Ruth Okoye vetoed the harbour bill on Monday.",
                 "In her letter, Okoye wrote that the bill would let foreign firms target “city programs and "
                 "services that they dislike.”")
    assert not any(q.text.startswith("city programs") for q in found)
    found = find("Mayor Ruth Okoye wants “a city hall that works for every family in town.”")
    assert [q.speaker for q in found] == ["Ruth Okoye"]


def test_words_in_brackets_after_a_noun_are_that_things_text_not_a_statement():
    found = find("Councillor Ada Quill, who went on with Part 2, Clause 4 (“No rent shall be raised twice in one "
                 "year”), read for an hour.")
    assert found == ()
    quote = one("Councillor Ada Quill spoke on Friday (“We will not give up this fight”) and left.")
    assert quote.speaker == "Ada Quill"


def test_a_proverb_the_writer_cites_is_no_ones_statement():
    assert find("There is an old saying that goes “a kettle watched by two cooks never boils” which fits the "
                "feud well.") == ()
    assert find("As the adage says, “a kettle watched by two cooks never boils.”") == ()


def test_wording_cut_from_a_text_into_a_sentence_of_no_saying_is_no_statement():
    assert find("The bylaw makes it an offence for anyone “who knowingly moors a barge without a harbour "
                "licence” at night.") == ()
    assert find("The bylaw makes it an offence for anyone “who promises a berth or any other favour” to a "
                "pilot “as a reward for any vote cast in a harbour board election.”") == ()
    kept = one("The audit found the board “failed its tenants for over a decade and hid the costs.”")
    assert kept.speaker is None


def test_a_quote_broken_by_its_frame_and_going_on_with_i_is_one_quote():
    found = find("Mayor Karel Novak stepped down on Friday.",
                 "“Leaving the town hall after ten years,” he said in a short note, “I can look back with some pride.”")
    assert [q.text for q in found] == ["Leaving the town hall after ten years, I can look back with some pride."]


def test_words_owned_by_a_name_are_that_names_not_the_tellers():
    # The teller says the poster answers another's remarks: the quoted
    # words hang on "Tom Hale's remarks", so they are Hale's.
    found = find("Anna Berg insists that the poster is a reply prompted by Tom Hale’s remarks about the mayor "
                 "being “a fraud at heart in every single way.”")
    assert [(q.speaker, q.text) for q in found] == [("Tom Hale", "a fraud at heart in every single way.")]


def test_her_own_remarks_are_left_to_the_frame():
    quote = one("Anna Berg defended her remarks about the mayor, saying “I meant every word I said to him.”")
    assert quote.speaker == "Anna Berg"


def test_a_footnote_mark_inside_the_marks_is_no_ones_word():
    found = find('The minutes came out later with a note to her claim, "* The old bridge was in fact built in 1902," '
                 'it read.')
    assert [q.text for q in found] == ["The old bridge was in fact built in 1902"]


def test_to_a_person_opening_the_sentence_gives_the_view_and_the_words():
    found = find("Rep. Ann Berg, D-Ore., chairs the panel.",
                 "To Rep. Ann Berg, D-Ore., the bill “takes power from the lobbyists and hands it back to the voters.”",
                 "To Berg's surprise, the measure was “a fair deal for every small town in the state.”")
    assert [q.speaker for q in found] == ["Ann Berg", None]


def test_a_framed_quotation_whose_close_the_page_lost_ends_with_its_paragraph():
    found = find("Sen. Tom Lind, R-Utah, spoke on Friday.",
                 'He wrote, "I am glad to vote for it and will ask my friends on the council to do the same.',
                 "Earlier, Lind met the governor in the capital.")
    assert [(q.speaker, q.text) for q in found] == [
        ("Tom Lind", "I am glad to vote for it and will ask my friends on the council to do the same.")]


def test_a_paragraph_opened_by_a_mark_whose_close_the_page_lost_is_a_quote():
    found = find("Mayor Edda Viklund met the harbour board on Monday. She said the new pier would open in May.",
                 "“We have the funds. The builders start next week. Nothing stands in the way now.",
                 "The board meets again in the spring.")
    assert [(q.speaker, q.text) for q in found] == [
        ("Edda Viklund", "We have the funds. The builders start next week. Nothing stands in the way now.")]


def test_a_paragraph_opened_by_a_mark_with_a_frame_inside_and_no_close_stays_out():
    found = find("The harbour board met on Monday.",
                 "“We have the funds for the pier, Viklund said. The builders start next week.",
                 "The board meets again in the spring.")
    assert found == ()
    teaser = find("The harbour board met on Monday.", "“While the builders have already started on the...",
                  "The board meets again in the spring.")
    assert teaser == ()


def test_a_quotation_left_open_with_no_frame_stays_out():
    found = find('The sign read "closed for the winter and the spring.',
                 "Earlier, Lind met the governor in the capital.")
    assert found == ()


def test_a_plural_subject_in_between_is_no_she():
    found = find("Sen. Ann Berg's plan would raise the age of retirement to 70 by the year 2040. "
                 "Her office claims it would save the fund for decades.",
                 "Drivers who are 61 and older would not be affected.",
                 "“Both changes would keep the fund afloat for decades at little cost,” she told the "
                 "local paper on Thursday.")
    assert [q.speaker for q in found] == ["Ann Berg"]


def test_to_a_person_before_straight_marks_gives_the_words():
    found = find("Others called that a stretch.",
                 'To Rep. Ann Berg, D-Ore., the bill "takes the town back from the developers and hands it to the residents."')
    assert [q.speaker for q in found] == ["Ann Berg"]


def test_the_aide_is_told_by_the_one_earlier_mention_of_an_aide():
    found = find("An aide to the Finance Committee, who spoke on condition of anonymity, said the talks had stalled.",
                 "“The longer we wait the harder it will be to fix the fund,” the aide said.",
                 "“We are not going to sign,” the spokesman said.")
    assert [(q.speaker, q.speaker_role) for q in found] == [
        (None, "an aide to the Finance Committee"), (None, "the spokesman")]


def test_the_sources_are_not_told_by_an_earlier_single_source():
    found = find("A police source said the car was found near the river.",
                 "“It is a very strong lead,” the sources added.")
    assert [q.speaker_role for q in found] == ["the sources"]


def test_what_one_calls_anothers_remarks_is_ones_own_word():
    found = find("Anna Berg called Tom Hale's remarks “vile and beneath the office.”",
                 "Anna Berg dismissed Tom Hale's claims as “nonsense from start to finish.”")
    assert [q.speaker for q in found] == ["Anna Berg", "Anna Berg"]


def test_a_fragment_naming_its_speaker_as_an_owner_is_not_theirs():
    # "Berg's ledgers" inside Berg's supposed words: someone else's account.
    found = find("Olaf Berg, the filing says, told his clerk Ivo Lind many times that he should "
                 "“keep well away from Berg’s ledgers.”")
    assert [q.speaker for q in found if q.text.startswith("keep well")] in ([], [None])


def test_a_speech_tag_naming_where_the_speaker_was_born_is_the_person_of_that_role():
    found = find("Ana Lind, a journalist who grew up in Norland, has reported on the port for a decade.",
                 "Ms. Lind was detained at the border on Monday.",
                 "“I was only doing my job,” the Norland-born journalist said on Tuesday.")
    assert [(q.speaker, q.text) for q in found] == [("Ana Lind", "I was only doing my job")]


def test_a_short_verdict_the_speaker_calls_a_thing_is_kept_past_its_words():
    found = find("Before the vote, Mayor Ada Lund had called the council's expected harbour plan “a non-starter.”",
                 "Senator Ivo Berg called the possible appointment “shocking” and a “giveaway.”")
    assert [(q.speaker, q.text.rstrip(".")) for q in found] == [
        ("Ada Lund", "a non-starter"), ("Ivo Berg", "shocking"), ("Ivo Berg", "giveaway")]


def test_a_standalone_quotation_goes_on_from_a_short_verdict_before_it():
    found = find("Before the council met, Mayor Ada Lund had called its expected harbour plan “a non-starter.”",
                 "“For a start, this plan does not include the lasting fix for the island families that our town "
                 "needs and backs.”")
    assert [q.speaker for q in found] == ["Ada Lund", "Ada Lund"]


def test_a_phrase_in_the_that_clause_of_an_owned_comment_is_the_owners():
    # "Voss's comment that ... a “reign of fear”": the clause tells what
    # Voss said, so the short phrase quoted in it is hers, not a scare quote.
    found = find("Mayor Tom Berg also brushed aside Green Party strategist Lena Voss's comment on Friday that the "
                 "council is under a “reign of fear” set off by a few of its members. “That is just silly talk,” "
                 "Berg said.")
    assert [(q.speaker, q.text) for q in found] == [("Lena Voss", "reign of fear"),
                                                    ("Tom Berg", "That is just silly talk")]


def test_words_another_says_inside_a_comments_clause_are_not_the_owners():
    found = find("Lena Voss's claim that Tom Berg said the council is “a club for the rich” drew protests on Friday.")
    assert all(q.speaker != "Lena Voss" for q in found)


def test_a_letter_signed_by_someone_which_stated_is_the_signers():
    # The parse hangs "which stated" on the signer; "which" is the letter,
    # and the letter's words are those who signed it.
    quote = one("On Monday, Mayor Tom Berg got a letter signed by Councillor Ana Lind, which stated, “We will not "
                "vote on any new item until the council has funded the ferry and stopped the fare rise.”")
    assert (quote.speaker, quote.cue) == ("Ana Lind", "signed")


def test_a_message_from_a_body_that_read_is_still_the_bodys():
    quote = one("Mayor Tom Berg got a letter from the Harbour Board which read: “We will not pay for the new pier "
                "this year at all.”")
    assert (quote.speaker, quote.cue) == ("Harbour Board", "from")


def test_a_quote_split_by_its_frame_keeps_the_comma_before_a_joining_word():
    # '"..., last night," said Berg, "however, ..."': the comma before the
    # frame is the sentence's own when the second half opens on "however"
    # or "but"; not after a subject ("The danger is that ...").
    quotes_found = find("“I had meant to file the motion last night,” said Mayor Tom Berg on Monday, “however, the "
                        "backers of the bill asked for some changes.”",
                        "“The danger,” said Mayor Ana Lind, “is that the ferry will stop.”")
    assert [q.text for q in quotes_found] == [
        "I had meant to file the motion last night, however, the backers of the bill asked for some changes.",
        "The danger is that the ferry will stop."]


def test_a_closing_style_mark_where_a_sentence_starts_with_a_word_right_after_it_opens_a_quote():
    found = find("“We wanted to try it for a month,” Ada Brenner said. ”We stopped buying plastic, and it has changed "
                 "how the whole family shops.”")
    assert [q.text[:22] for q in found] == ["We wanted to try it fo", "We stopped buying plas"]
    assert {q.speaker for q in found} == {"Ada Brenner"}


def test_a_straight_mark_ending_its_paragraph_does_not_swallow_the_next_quotation():
    # The first paragraph's curly pair sits inside straight marks the pairing
    # does not join, so its last straight mark stands alone at the end: it
    # opens nothing, and the next paragraph's quotation is whole.
    found = find('"The ferry runs late, and I will read you the notice: “Boats leave at noon.” That is all."',
                 "“The island is tired of waiting,” said Mayor Olek Dunn, speaking of the harbour.")
    assert ("Olek Dunn", "The island is tired of waiting") in [(q.speaker, q.text) for q in found]


def test_marks_after_so_called_set_off_a_term_not_a_speakers_words():
    # "called for" right before would otherwise frame the term as her words.
    assert find("Gov. Ann Berg has urged taxing so-called ''carry-over'' income at a lower rate.") == ()
    assert find("Ann Berg has urged taxing so-called “carry-over” income at a lower rate, she said.") == ()
    kept = one("Ann Berg called the levy “a tax on every ferry ticket in the county.”")
    assert kept.speaker == "Ann Berg"


def test_a_straight_pair_holding_a_curly_one_after_a_colon_is_one_quotation():
    found = find("Mayor Olek Dunn spoke to the council on Monday. Dunn continued:",
                 '"The vote is close, and I will read you the question: “Should the ferry run all winter?”'
                 ' Forty, yes; forty-two, no."')
    assert [(q.speaker, q.text[:12], q.text[-8:]) for q in found] == [("Olek Dunn", "The vote is ", "two, no.")]


def test_a_paragraph_opening_on_a_closing_mark_and_an_ellipsis_is_a_quotation():
    # Web copy types the opening mark the wrong way round before words
    # taken up mid-sentence.
    quote = one("The reviewer was kind to the new mayor.",
                "” … she answered every question with a calm that the old guard might have envied,” Tomas Elling wrote.")
    assert quote.speaker == "Tomas Elling"
    assert quote.text.startswith("she answered every question") and quote.text.endswith("envied")


def test_a_quotation_left_open_ends_where_a_new_speaker_is_framed():
    # The first quotation's closing mark is lost; the next paragraph's
    # quotation has its own frame naming someone else: two quotations.
    found = find("“The harbour is our living,” Councillor Ines Varga said on Monday. “Close it, and the town "
                 "goes with it. Nobody here wants that.",
                 "“I have watched the dredging plans change four times,” added Councillor Piet Smolders, "
                 "who chairs the port committee. “Each version is cheaper.”")
    by_text = {q.text: q.speaker for q in found}
    assert by_text["Close it, and the town goes with it. Nobody here wants that."] == "Ines Varga"
    assert by_text["I have watched the dredging plans change four times"] == "Piet Smolders"


def test_a_quotation_left_open_goes_on_when_its_speaker_frames_the_next_paragraph():
    found = find("“The harbour is our living,” Councillor Ines Varga said on Monday. “Close it, and the town "
                 "goes with it.",
                 "“Nobody here wants that,” Varga added.")
    joined = [q for q in found if q.text.startswith("Close it")]
    assert len(joined) == 1 and joined[0].text.endswith("Nobody here wants that")
    assert joined[0].speaker == "Ines Varga"


def test_what_someone_calls_anothers_remarks_of_a_day_is_the_callers_quote():
    # "on Saturday" says when the remarks were made, not what they were
    # about: the quoted words are the caller's, not the remarks' owner's.
    found = find("Mayor Tomas Lind spoke at the depot on Tuesday.",
                 "Dora Pell, a union leader, called Mr. Lind's remarks on Saturday “a sad day for the league.”")
    assert [(q.speaker, q.text) for q in found] == [("Dora Pell", "a sad day for the league.")]


def test_words_cited_as_someone_else_said_them_are_that_persons():
    found = find("Ines Varga led the march.",
                 "Strikes, Ms. Varga said, are acts of loyalty, whether it was marching in 1970 or carrying a banner "
                 "reading “We built this port,” as Jonas Pike, standing on a crate at the gates, said before the "
                 "police came.")
    assert [(q.speaker, q.cue, q.text) for q in found] == [("Jonas Pike", "said", "We built this port")]


def test_as_someone_said_it_would_be_does_not_make_them_the_speaker():
    found = find("Ines Varga led the march.", "Ms. Varga called the plan “a farce,” as Jonas Pike said it would be.")
    assert [q.speaker for q in found] == ["Ines Varga"]


def test_who_after_a_list_speaking_as_i_is_the_last_name_of_the_list():
    found = find("The hall opened on Friday.",
                 "The gala drew guests like Mira Holt, Ivo Marek, Lena Sauer and Piet Smolders, who joked of the "
                 "hall, “I have never found the exit yet.”")
    assert [(q.speaker, q.speaker_role) for q in found] == [("Piet Smolders", None)]


def test_who_after_a_list_speaking_as_we_stays_the_lists():
    found = find("The hall opened on Friday.",
                 "The gala drew guests like Mira Holt, Ivo Marek and Piet Smolders, who wrote of the hall, "
                 "“We have never found the exit yet.”")
    assert found[0].speaker != "Piet Smolders" and "jointly" in (found[0].speaker_role or "")


def test_a_paper_reporting_what_someone_conveyed_is_not_the_speaker():
    found = find("Mira Holt spoke on Friday.",
                 "Still, The Gazette reported at the time that the club's chairman, Ivo Marek, conveyed to Ms. Holt "
                 "that her statement was ''at odds with the house rules.''")
    assert [(q.speaker, q.cue) for q in found] == [("Ivo Marek", "conveyed")]


def test_a_he_read_as_someone_the_words_speak_of_is_left_unattributed():
    # A speaker rarely names themself: "he" is not Marek, whom the words
    # speak of, and no one else is named, so no one.
    found = find("Ivo Marek and Mira Holt are running for mayor.",
                 "Ivo Marek had painters making murals about him all year.",
                 "“Nobody is painting murals for Holt. Marek had a whole crew. Holt has nothing like that,” he said.")
    assert [q.speaker for q in found] == [None]


def test_a_he_carried_back_past_words_about_him_is_in_doubt():
    # Marek was last named inside quoted words that speak of him; the chain
    # of "he" reaches him only through them, so no one is named.
    found = find("Ivo Marek and Mira Holt are running for mayor.",
                 "Ivo Marek had painters making murals about him all year.",
                 "“Nobody is painting murals for Holt. Marek had a whole crew,” he said.",
                 "“Right now, the town is voting against the old guard, not for anyone.”")
    assert [q.speaker for q in found] == [None, None]


def test_a_name_in_the_words_the_speaker_repeats_is_no_doubt():
    found = find("Mira Holt is running for mayor.",
                 "“They chanted ‘Holt for mayor’ until midnight,” she said.")
    assert [q.speaker for q in found] == ["Mira Holt"]


def test_a_he_after_a_sentence_opening_according_to_someone_is_that_person():
    found = find("Retired admiral Tomas Lind spoke about Defence Minister Ivo Holt on Monday.",
                 "According to Lind, the ministry has gone through many commanders because most of them disagreed "
                 "with Holt’s plans.",
                 "“We are on our fifth commander,” he said.")
    assert [q.speaker for q in found] == ["Tomas Lind"]


def test_a_sentence_split_by_its_frame_after_a_now_that_clause_keeps_its_comma():
    quote = one("“Now that the season is over,” Coach Rena Falk told the paper, “it was a hard year to watch.”")
    assert quote.text == "Now that the season is over, it was a hard year to watch."


def test_a_name_that_only_qualifies_a_noun_in_the_words_is_no_doubt():
    # Speakers name their own side's campaign; that is no sign they are someone else.
    found = find("Mira Holt is running for mayor.",
                 "“We need a great harbour. It’s special,” she told reporters. “The harbour has not had that "
                 "reputation under the old council, compared with the much more successful Holt campaign.”")
    assert [q.speaker for q in found] == ["Mira Holt", "Mira Holt"]

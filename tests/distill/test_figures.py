"""Figures: money, percentages and quantities normalized, with what they measure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from briefing.distill import figures
from briefing.language import nlp
from briefing.distill.numbers import AMOUNT, amount_matches, find_amounts
from tests.helpers import article


def find(text: str):
    art = article("f1", (text,))
    found = figures.find_figures(art, nlp.load()(art.text))
    for figure in found:
        assert art.text[figure.sources[0].start:figure.sources[0].end] == figure.text
    return found


@pytest.mark.parametrize("text,value,unit,approximate", [
    ("around 2 billion USD", 2e9, "USD", True),
    ("$2 billion", 2e9, "USD", False),
    ("€3.2bn", 3.2e9, "EUR", False),
    ("26 percent", 26.0, "%", False),
    ("12.5%", 12.5, "%", False),
    ("800 km", 800.0, "km", False),
    ("12.4 billion cubic feet", 12.4e9, "cubic feet", False),
    ("nearly 3,000 troops", 3000.0, "troops", True),
    ("two million dollars", 2e6, "USD", False),
    ("Forty-three percent", 43.0, "%", False),  # one number, not "three percent"
    ("forty six percent", 46.0, "%", False),
    ("about thirty-one million dollars", 31e6, "USD", True),
    ("just above $45", 45.0, "USD", True),  # a bound, not the amount itself
    ("below 3 percent", 3.0, "%", True),
])
def test_amounts_are_normalized(text, value, unit, approximate):
    (amount,) = find_amounts(f"They spoke of {text} on the day.")
    assert (amount.value, amount.unit, amount.approximate) == (value, unit, approximate)


@pytest.mark.parametrize("text", [
    "The deal was signed on March 18, 2021 in the capital.",
    "In 2015 the two sides met for the first time in 45 years.",
    "A 19-hour visit took him to three cities.",
    "Call 555-0199 for details about the 2nd round.",
    "Three people and two countries took part.",
    "The accident was rated as bad as Three Mile Island in 1979.",  # a name, not three miles
])
def test_dates_durations_and_small_counts_are_not_figures(text):
    assert find_amounts(text) == []


def test_a_range_of_money_with_one_scale_scales_both_ends():
    low, high = find_amounts("A fund of $3-4 billion was set up.")
    assert (low.text, low.value, high.text, high.value, high.unit) == ("$3", 3e9, "4 billion", 4e9, "USD")


def test_the_naira_is_read_by_its_sign_or_its_letter_before_a_scale():
    assert [(a.text, a.value, a.unit) for a in find_amounts("They asked for N300m, then ₦1.5 billion.")] == \
        [("N300m", 3e8, "NGN"), ("₦1.5 billion", 1.5e9, "NGN")]
    assert find_amounts("Staff wore N95 masks on Route N7.") == []  # a capital N before a bare number: a name


def test_a_number_before_the_verb_may_is_no_date():
    """"may" and "march" in lower case are verbs; "May 20" is a day."""
    (amount,) = find_amounts("More than 200 million people may have fled.")
    assert amount.value == 200_000_000
    assert find_amounts("The vote fell on May 20 this year.") == []


def test_what_a_cost_measures():
    (figure,) = find("The bridge project is estimated to cost around 2 billion USD.")
    assert figure.measures == "cost of bridge project" and figure.approximate


def test_a_modified_noun_is_what_is_measured():
    (figure,) = find("Both countries are working on a $2 billion North-South railway.")
    assert figure.measures == "cost of North-South railway"


def test_a_hyphenated_word_in_what_is_measured_stays_whole():
    # Dropping the determiner inside it had printed "across--board cut".
    (figure,) = find("Without changes, retirees would face a 23 percent across-the-board cut in benefits.")
    assert figure.measures == "across-the-board cut in benefits"


def test_length_share_and_capacity():
    found = find("The firm will get 26 percent of the shares from this project. It will build this 800 km long "
                 "canal with an annual capacity to carry 12 million tons of grain.")
    measures = {f.unit: f.measures for f in found}
    assert measures["%"].startswith("firm's shares")
    assert measures["km"] == "length of this canal"
    assert measures["tons"] == "annual capacity to carry grain"


def test_the_sentence_is_kept():
    (figure,) = find("Exports rose by 12 percent last year. Imports fell.")
    assert figure.sentence == "Exports rose by 12 percent last year."


PIECES = ["about", "approximately", "as many as", " ", "  ", "\n", "\t", "$", "US$", "Rs.", "€", "5", "1,200",
          "3.5", "twenty", "Eighteen", "someone", "often", "million", "bn", "m", "k", "percent", "%", "troops",
          "dollars", "March", "2021", "-", ",", ".", "x", "tonnes", "per cent", "nine", "HUNDRED"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_fast_scan_finds_exactly_the_matches_of_the_pattern(pieces):
    text = "".join(pieces)
    assert [m.span() for m in amount_matches(text)] == [m.span() for m in AMOUNT.finditer(text)]


def test_the_fast_scan_reaches_back_over_a_long_run_of_spaces():
    text = "Costs rose by about" + " " * 40 + "$5 million, someone said; roughly\n\n\n 12 percent more."
    assert [m.span() for m in amount_matches(text)] == [m.span() for m in AMOUNT.finditer(text)]
    assert [a.text for a in find_amounts(text)][0].startswith("about")


@pytest.mark.parametrize("text,measured", [
    # An amount only put forward is marked so: a proposal is no cut made.
    ("The mayor proposed $40 million for flood defences and $9 million for street lighting.",
     ["flood defences (proposed)", "street lighting (proposed)"]),
    ("The council offered a deal in exchange for $3 billion in funding for a tram line.", ["funding for tram line"]),
    ("Last year the two ministers negotiated $12 million in school money.", ["school money"]),
    ("This is a 900-mile steel fence from coast to coast.", ["steel fence from coast"]),
    ("The customs officers seized $40 million worth of the stolen paintings.", ["value of stolen paintings"]),
    # The parser makes the place the subject; the company it describes sold.
    ("The Buenos Aires, Argentina-based company sold more than $50 billion of cheese.", ["sales by Argentina-based company"]),
    ("For that year, the harbour budget was $640 million.", ["harbour budget"]),
    ("In the poll, Ann Berg garnered 11 percent and Tom Lind got 6 percent.", ["Ann Berg's share", "Tom Lind's share"]),
    # A person earns a share of a poll; a firm earns earnings.
    ("Former Gov. Tom Lind earned 6 percent, Congresswoman Ann Berg got 5 percent.",
     ["Former Gov. Tom Lind's share", "Congresswoman Ann Berg's share"]),
    ("The firm earned 6 percent on its bonds.", ["earnings of firm"]),
    ("In the poll, Ann Berg garnered 11 percent, while Tom Lind earned 10 percent support.",
     ["Ann Berg's share", "Tom Lind's support"]),
    ("Earlier this month, Acme Bank was fined $185 million by regulators.", ["fine of Acme Bank"]),
    ("Forests are nearly 13 percent of the island's land.", ["Forests as a share of island's land"]),
    ("Women make up about 11 percent of the staff.", ["Women as a share of staff"]),
    # A doer is no part of the whole: the share is of what it gave or handled.
    ("Last year the Lind family donated over 10 percent of their income.", ["share of their income donated"]),
    ("Lind urged the registry to clear 15 percent of the files by July.", ["share of files to clear (urged)"]),
    # A parenthesis before the noun is no part of its phrase, nor run into it.
    ("Sales fell, and, perhaps most striking, average weekly rents rose 4 percent.", ["rise of average weekly rents"]),
    ("The effective rate for federal, state and local taxes was 45.8 percent.",
     ["effective rate for federal, state and local taxes"]),
    ("The campaign could raise as much as $1 million this year.", ["amount raised by campaign (estimate)"]),
    ("She has grown warmer to the bill, and her ward is 42 percent Latino.", ["ward (Latino)"]),
    ("He paid the fine from his $0.90-a-day laundry wages.", ["daily laundry wages"]),  # a rate, not all he earned
    ("Offers will open at $9,000, far above the $15 Mr Okafor paid for the lamp.", ["opening offers", None]),
    # Money held or gathered is no price paid.
    ("Filings show the club has under $3.1 million cash on hand.", ["cash"]),
    ("The senator's $610,000 haul came mostly from small donors.", ["senator's haul"]),
    # A possessive that opens the sentence is no proper noun inside a measure.
    ("Their trust, set up in 2004, has raised over $9 million.", ["amount raised by their trust"]),
    # Money a body works or hopes to raise is a goal, not money raised.
    ("Each league is working to raise more than $35 million.", ["amount to be raised by league"]),
    ("The league managed to raise $4 million.", ["amount raised by league"]),
    # "respectively" pairs the amounts with the names in order.
    ("Mayor Ada Brink and Rep. Olaf Tiller raised $12 million and $9 million, respectively.",
     ["amount raised by Mayor Ada Brink", None]),
    # An amount "of" another amount measures no thing.
    ("The gift brings the fund within $3million of the $40million pledged by the city.", [None, None]),
    # Where the money came from is part of what was raised, in a clause set against another too.
    ("Mark Tally raised over $8 million from the farming sector in 2010.",
     ["amount raised by Mark Tally from farming sector in 2010"]),
    ("Ann Lind has raised $2.7 million from energy donors, while Tom Reyes has raised $6 million, a study says.",
     ["amount raised by Ann Lind from energy donors", "amount raised by Tom Reyes from energy donors"]),
    # Every source the text names, and none where it says the money came only in part from it.
    ("The filing showed the couple had earned about $20 million from lecture fees and films in 2013.",
     ["earnings of couple from lecture fees and films in 2013"]),
    ("The Berg family earned $12,345,678 over five years, primarily from lecture fees and film rights.",
     ["earnings of Berg family over five years"]),
    # Of two subjects the parse gives one verb, the nearer is its own.
    ("“We have so much money, and so many families scraping by on $9 an hour, and workers out there in the "
     "rest of the country getting $6.50, and we have a council that does not care.”", [None, "workers (get)"]),
    # Not where the amount is one of them; and the share's own verb the parse misses ("had"), the whole
    # alone ("share of contacts") would say 21% were contacts at all.
    ("Using a new assay, the survey team found that 21% of contacts of the cases—very few of whom gave any "
     "history of fever—carried markers of past infection [4].", [None]),
])
def test_what_an_amount_is_for_or_of(text, measured):
    assert [f.measures for f in find(text)] == measured


def test_an_amount_in_a_place_or_a_year_is_not_what_it_measures():
    (figure,) = find("The firm invested $2 billion in Ostrava in 2019.")
    assert figure.measures == "investment by firm in 2019"  # when, not what


def test_a_percentage_that_only_grades_an_adjective_is_no_figure():
    from briefing.distill import figures
    from briefing.language import nlp
    from tests.helpers import article

    art = article("f1", ["Of course the story is 100 percent false!", "The report is 100% FALSE.",
                         "Prices rose 100 percent in a year."])
    found = figures.find_figures(art, nlp.load()(art.text))
    assert [f.text for f in found] == ["100 percent"] and "Prices" in found[0].sentence


def test_a_sign_spelt_in_letters_starts_a_word_in_capitals():
    # "Reuters. One of ..." had given a figure "rs. One" in rupees.
    assert find_amounts("The student was killed, a friend told Reuters. One of her friends was there.") == []
    (amount,) = find_amounts("The bill came to Rs. 500 million in all.")
    assert (amount.value, amount.unit) == (5e8, "PKR/INR")


def test_a_direction_is_not_what_a_distance_measures():
    (figure,) = find("Yesterday, in a small town some twenty miles southwest, a storm had destroyed the roofs of houses.")
    assert figure.measures is None


def test_a_measure_naming_only_the_unit_or_a_range_is_none():
    assert [f.measures for f in find("Growth is now in the range of 2 percent to 3 percent.")] == [None, None]


def test_a_range_belongs_to_what_has_it():
    assert [f.measures for f in find("A new rocket with a range of some 9,000 kilometres was tested.")] == \
        ["range of new rocket"]


def test_an_amount_hung_from_a_name_other_than_the_one_before_it_measures_nothing():
    # A parse of a list that hangs "at 2 percent" on the first name, not on "Ivo Sepp".
    from spacy.tokens import Doc
    from briefing.distill import figures
    from briefing.language import nlp

    words = ["Tamm", "with", "7", "percent", ",", "Ivo", "Sepp", "at", "2", "percent"]
    pos = ["PROPN", "ADP", "NUM", "NOUN", "PUNCT", "PROPN", "PROPN", "ADP", "NUM", "NOUN"]
    deps = ["ROOT", "prep", "nummod", "pobj", "punct", "compound", "conj", "prep", "nummod", "pobj"]
    far = Doc(nlp.load().vocab, words=words, pos=pos, deps=deps, heads=[0, 0, 3, 1, 0, 6, 0, 0, 9, 7])
    assert figures.measures(far[8:10], "%") is None
    near = Doc(nlp.load().vocab, words=words, pos=pos, deps=deps, heads=[0, 0, 3, 1, 0, 6, 0, 6, 9, 7])
    assert figures.measures(near[8:10], "%") == "Ivo Sepp"


def test_a_sentence_states_a_claims_amounts_only_with_the_same_unit_and_value():
    from briefing.distill.numbers import states_amounts

    claim = "The port spent $117 million and cut costs by 12%."
    assert states_amounts(claim, "Officials said the port spent 117 million dollars and cut costs by 12 percent.")
    assert not states_amounts(claim, "The port spent nearly $200 million and cut costs by 12%.")
    assert not states_amounts(claim, "The port spent heavily.")
    assert states_amounts("The port opened on Monday.", "The port spent $5 million.")
    # A share is given to the point: one poll's 36 percent is not another's 37.
    poll = "Lind received 37 percent, Berg had 36 percent and Okafor 13 percent."
    assert not states_amounts(poll, "Lind leads Berg 44 percent to 37 percent, with 13 percent for another.")
    assert states_amounts(poll, "Lind got 37%, Berg 36% and Okafor 13%.")


def test_two_amounts_agree_only_to_the_place_the_coarser_is_written_to():
    from briefing.distill.numbers import states_amounts

    claim = "The trust took in $212 million from ticket sales between 2009 and 2016."
    # Both given to the million: two figures, though within a few percent.
    assert not states_amounts(claim, "The trust took in about $216 million from ticket sales.")
    # A rounder or a more exact figure of the same amount still states it.
    assert states_amounts(claim, "The trust took in nearly $213 million from ticket sales.")
    assert states_amounts(claim, "Its books show $212,418,730 in ticket sales.")
    assert states_amounts("Repairs cost $2 billion.", "Repairs cost 2.04 billion dollars.")
    assert states_amounts("Repairs cost $3.1 billion.", "Repairs cost $3 billion.")
    assert not states_amounts("Repairs cost $31.2 million.", "Repairs cost $31.9 million.")


def test_a_noun_that_is_an_amount_of_money_is_what_is_measured():
    (figure,) = find("Among the payments was a $45,000 fee from a television network for a speech.")
    assert figure.measures == "fee from television network"
    (cheque,) = find("In March, the charity also collected $50,000 checks from three shipping heirs.")
    assert cheque.measures == "checks"  # a check's amount is its size, not a "cost of checks"


def test_a_share_of_a_change_measures_the_change():
    # The parser hangs "of 30 percent" on "turnout": it is the drop's size, not the turnout.
    (found,) = find("The landslide masked a drop in rural turnout of about 30 percent.")
    assert found.measures == "drop in rural turnout"


def test_a_phrasal_verb_keeps_its_particle():
    (figure,) = find("Ferries, buses and trains make up about 2 percent.")
    assert figure.measures.endswith("(make up)")


def test_what_an_amount_is_taken_from_is_what_it_measures():
    # "the House voted to cut $39 billion from food stamps" had measured "House (cut)".
    (cut,) = find("In 2013, the council voted to cut $39 billion from the ferry budget over a decade.")
    assert cut.measures == "cut from ferry budget over a decade in 2013 (voted)"  # one body's vote, not a cut made
    (share,) = find("Just over 70% of revenues came from tolls last year.")
    assert share.measures == "share of revenues that came from tolls"


def test_another_amount_is_no_doer():
    # "27 percent were living in single parent homes, tripling the 9 percent in 1960": not "percent (triple)".
    found = {f.text: f.measures for f in find("Some 27 percent were living alone last year, tripling the 9 percent "
                                               "in 1960.")}
    assert found["9 percent"] is None


def test_being_is_no_measure():
    # "Further cabling was under way ..., 240 km north of Tokyo" had measured "cabling (be)".
    (far,) = find("Further cabling was under way at the plant, 240 km north of the capital.")
    assert far.measures is None
    (share,) = find("Bacteria are nearly 13 percent of the world's biomass.")
    assert share.measures == "Bacteria as a share of world's biomass"


def test_a_person_doing_something_with_an_amount_is_not_what_it_measures():
    # "Mr. Trump (leave)" for "left 800,000 workers without pay": the table shows the sentence instead.
    (left,) = find("Mayor Tomas Velt left 800,000 workers without pay for a month.")
    assert left.measures is None
    (fetched,) = find("A lamp kept by the painter has fetched $48,000 at a sale.")
    assert fetched.measures == "price of lamp"


def test_a_rate_a_conversion_or_a_count_measured_in_tonnes_is_not_misread():
    assert find("The bank fired 5,000 $12-an-hour employees, the union said.")[0].measures is None
    assert find("Oil sales rose sharply. ($1 = 3.75 riyals)") == ()
    (tonnes,) = find("They found all life contains 550bn tonnes of the element.")
    assert "share" not in (tonnes.measures or "")


def test_an_amount_restated_in_brackets_in_another_unit_is_not_a_second_figure():
    found = find("He faced a potential fine of up to $9 million (£6.3m) if he was sent abroad.")
    assert [f.text for f in found] == ["up to $9 million"]
    assert found[0].measures == "potential fine"
    assert [f.text for f in find("The fine was $9 million. The bonus (£2m) was cut.")] == ["$9 million", "£2m"]


def test_a_finite_clause_on_a_noun_is_no_purpose_of_it():
    (killed,) = find("The attacks that killed nearly 3,000 people shocked the nation.")
    assert killed.measures == "people killed by attacks"  # was "attacks to kill"
    (gas,) = find("The pipeline has the capacity to transport 10 billion cubic metres of gas.")
    assert gas.measures == "capacity to transport gas"


def test_what_two_joined_doers_earn_is_both_of_theirs():
    (earned,) = find("Ann Berg and Tom Dunn earned roughly $141 million from 2007 to 2014.")
    assert earned.measures == "earnings of Ann Berg and Tom Dunn"


def test_a_share_of_people_saying_something_is_shown_by_its_sentence():
    """"51 percent of respondents said they would vote for Berg" measures
    those who said so, not "respondents": no measure (the brief shows the
    sentence); a share of things keeps its noun."""
    said = find("In the survey, 51 percent of respondents said they would vote for Berg, versus 39 percent for Kern.")
    assert [f.measures for f in said] == [None, None]
    support = find("Some 63 percent of voters support the bridge, the poll found.")
    assert [f.measures for f in support] == [None]
    assert [f.measures for f in find("About 26 percent of the shares from this project go to the state.")] == \
        ["shares from this project that go to the state"]


def test_two_sides_of_a_score_get_no_measure_but_a_share_earned_does():
    found = find("Lind leads Berg 43 percent to 41 percent in Ohio, and a poll in Iowa showed Lind ahead of Okafor, "
                 "32%-25%. Against Berg, the Ohio governor earned 51 percent to her 35 percent. Unemployment rose "
                 "from 5 percent to 7 percent.")
    measured = {f.text: f.measures for f in found}
    # "leads" names the leader, whose share a score puts first
    assert measured["43 percent"] == "Lind's share" and measured["41 percent"] == "Berg's share"
    assert measured["32%"] is None and measured["25%"] is None
    assert measured["51 percent"] == "Ohio governor's share"
    (often,) = find("He broke in only about 10 percent of the time, he estimated.")
    assert often.measures is None  # how often, not a share of "time"
    (ranged,) = find("An estimated $3 billion to $5 billion in federal contracts was wasted.")
    assert ranged.measures == "federal contracts wasted"  # a range, not a score; the waste, not the contracts


@pytest.mark.parametrize("text,figure", [
    ("You got 60-70% of the people thinking we are going in the wrong direction.", "60-70%"),
    ("Between 60 and 70 percent of voters agree.", "Between 60 and 70 percent"),
    ("About 60 to 70 percent of voters agree.", "60 to 70 percent"),
    # Two whole amounts: given as the first, the range had read as an exact "$4 million".
    ("The duchy sent between $4 million and $9 million to the museum.", "between $4 million and $9 million"),
    ("Between 12% and 18% of tenants moved.", "Between 12% and 18%"),
    ("Officials lost £300,000 to £450,000 in grants.", "£300,000 to £450,000"),
    # The scale written once, after the upper end: the lower end alone had read "$3".
    ("Growers hope to sell $3-4 billion in oats a year.", "$3-4 billion"),
    ("The club paid $1.5 to 2 million for the field.", "$1.5 to 2 million"),
])
def test_a_range_is_one_figure_with_no_single_value(text, figure):
    (found,) = find(text)
    assert (found.text, found.value, found.approximate) == (figure, None, True)


def test_a_change_from_one_share_to_another_keeps_the_second():
    (found,) = find("Support rose from 60 to 70 percent.")
    assert (found.text, found.value) == ("70 percent", 70.0)
    assert [f.value for f in find("The toll went from $4 to $6.")] == [4.0, 6.0]


def test_a_verbs_particle_is_no_approximation():
    # "handed over $7 million": the particle of "hand over", not "more than $7 million".
    (handed,) = find("Two bankers handed over $7 million on Monday to the mayor's campaign.")
    assert (handed.text, handed.value, handed.approximate) == ("$7 million", 7e6, False)
    (spent,) = find("The council spent over $7 million on Monday.")
    assert (spent.text, spent.approximate) == ("over $7 million", True)


@pytest.mark.parametrize("text", [
    "Pensioners mailed in a few hundred dollars each.",
    "Several hundred soldiers crossed the river.",
])
def test_a_number_word_after_a_vague_quantifier_is_no_figure(text):
    # "a few hundred dollars" had been "hundred dollars", exactly 100.
    assert find(text) == ()


@pytest.mark.parametrize("text,measure", [
    ("Good earnings helped lift the Hang Seng 1.4 percent on the day.", "Hang Seng (lift)"),
    ("Good earnings helped lift the Hang Seng 1.4 percent on the day, while the Nikkei lost 0.6 percent.",
     "Hang Seng (lift)"),
    ("The board raised its forecast 10 percent.", "board's forecast (raise)"),
])
def test_an_amount_a_verb_moves_its_object_by_measures_the_object(text, measure):
    assert find(text)[0].measures == measure


def test_a_place_after_a_count_of_people_is_where_not_what():
    (found,) = find("The attacks that killed more than 125 people in the old capital on Friday shocked the world.")
    assert found.measures == "people killed by attacks"  # not "people in the old capital"
    (money,) = find("The council wants $5.7 billion in funding for a bridge.")
    assert money.measures == "funding for bridge"


def test_the_sayer_is_not_what_a_reported_amount_measures():
    (found,) = find("At an April summit, Disease Control Director Tom Lind said caring for a single child with "
                    "birth defects can cost at least $10 million.")
    assert found.measures is None or "Lind" not in found.measures


def test_the_loser_of_a_score_written_with_a_bare_number_has_no_measure():
    (found,) = find("Berg's 73-to-25 percent victory in 2012 marked the party's largest margin in decades.")
    assert found.measures is None


def test_a_benefit_is_itself_the_amount_not_a_cost():
    found = find("The plan would give retirees a new $500 annual benefit and cut $40 billion from the budget.")
    assert found[0].measures == "new annual benefit"


def test_a_share_after_another_does_not_take_its_object():
    found = find("Harris also fares well in several Northern and Western counties, receiving 19 percent support in "
                 "North Kent, Essex and Surrey, 17 percent in Devon and 16 percent in Dorset, Cornwall, South "
                 "Wiltshire and Avon.")
    assert "Kent" not in ([f.measures for f in found if f.text == "17 percent"][0] or "")


def test_the_words_of_a_count_before_the_noun_are_not_the_measure():
    found = find("Last spring, Lund's more than three dozen town halls drew more than 90,000 people.")
    assert "more" not in found[0].measures.split() and "town halls" in found[0].measures


def test_a_hyphenated_length_of_time_stays_in_the_measure():
    found = find("The county now faces a $3.1 million, three-year shortfall in its road budget.")
    assert "three-year shortfall" in found[0].measures


@pytest.mark.parametrize("text,measure", [
    ("In May 2019, the Ohio Labor Board ordered Tastyville to pay $41,000 for skipping overtime rules.",
     "payment by Tastyville (ordered)"),  # ordered, not said to be paid
    ("The mayor asked residents to donate $500,000 to the fund.", "donations by residents (requested)"),
    ("The city plans to spend $4 million on roads.", "spending by city on roads (planned)"),
])
def test_the_object_of_the_verb_an_infinitive_complements_is_its_doer(text, measure):
    # "ordered Tastyville to pay": Tastyville pays; the board had been given as the payer.
    (found,) = find(text)
    assert found.measures == measure


def test_the_whole_a_share_is_of_keeps_the_clause_that_says_which():
    # "Lind's seats" had read as a share of the seats Lind holds.
    (found,) = find("Lind could hold about 80% of the seats needed to form a cabinet after the recount on Friday.")
    assert found.measures == "seats needed to form a cabinet (estimate)"  # "could": not yet held


@pytest.mark.parametrize("text", [
    "An average of 64 percent of nurses back the new rota, according to the union's tally.",
    "A majority of 58 percent of members voted for the merger.",
])
def test_a_word_that_frames_an_amount_is_not_what_it_measures(text):
    # "an average of 81 percent of ..." had measured "average".
    (found,) = find(text)
    assert found.measures is None


@pytest.mark.parametrize("text,measured", [
    ("The navy has sent more divers in addition to the roughly 1,200 troops patrolling the coast.",
     "troops patrolling the coast"),  # what the troops do, never "addition"
    ("Last year the club's debts stood in excess of $40 million.", None),
])
def test_the_noun_of_a_fixed_preposition_is_not_what_an_amount_measures(text, measured):
    # "in addition to the roughly 3,500 troops" had measured "addition".
    (found,) = find(text)
    assert found.measures == measured


def test_an_idiom_with_the_before_an_amount_measures_nothing():
    # "to the tune of $1.5 million" had measured "tune".
    (found,) = find("She was on the Ohio radio stations, to the tune of $2.5 million, before Lind was.")
    assert found.measures is None
    assert find("The mill sold timber to the tune of $40 million in bonds.")[0].measures == "bonds"


def test_the_topic_of_an_amount_is_not_what_it_measures():
    # "the issue of the $1 million in loans" had measured "issue".
    assert find("Velt dismissed the issue of the $3 million in grants as a clerical slip.")[0].measures == "grants"
    assert find("The matter of the $4 million in bonuses came up again.")[0].measures == "bonuses"


def test_a_bare_plural_or_a_change_before_an_amount_is_still_its_noun():
    assert find("The tenants paid in instalments of $500.")[0].measures == "instalments"
    assert find("The landslide masked a drop in turnout of about 30 percent.")[0].measures == "drop in turnout"
    assert find("Berg is pressing for funding of $2 billion in road repairs.")[0].measures == "funding"


@pytest.mark.parametrize("text,measure", [
    ("Unemployment rose to 5 percent of the workforce.", "Unemployment as a share of workforce"),
    ("The treasury increased the levy to 3 percent of output.", "levy as a share of output"),
    ("The Somali community, which stands at 4 percent of the city, grew.", "Somali community as a share of city"),
    # Which noun the participle describes the parse does not say.
    ("He was speaking of the fast-growing Somali community, standing now at 4 percent of the city's population.",
     None),
])
def test_the_whole_a_level_is_a_share_of_is_not_what_it_measures(text, measure):
    # "standing now at 17 percent of the US population" had measured "US population".
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("Lab tests have been central to under 4% of girls' acquittals (compared to 31% of boys' acquittals).",
     "share of boys' acquittals"),
    ('"Our review showed that at 80 percent of the depots, there was no gap in wages," Lind told the panel.',
     "share of depots"),
    ("The clinic gave the vaccine to 30 percent of adults.", "share of adults"),
])
def test_a_share_after_a_verb_of_no_level_keeps_its_whole(text, measure):
    assert find(text)[-1].measures == measure


def test_a_phrase_set_off_by_a_comma_is_not_part_of_what_is_measured():
    # "42% support Portman -- ..., in February and October" had measured "support in February".
    (found,) = find("He won a $2 million grant, of course.")
    assert found.measures == "grant"


def test_a_verb_the_tagger_took_for_a_noun_is_not_what_a_share_measures():
    # "and 42% support Republican Sen. Rob Portman" parsed "support" as a noun joined to the first verb.
    found = find("51% of Iowa voters support former Republican mayor Ann Kerr, and 40% support Democratic Rep. "
                 "Tom Lind -- a clear lead, and barely changed from the last two Marist polls, in May and June.")
    assert [f.measures for f in found] == [None, None]
    assert [f.measures for f in find("The city raised taxes and a 5% fee on hotels.")] == ["fee on hotels"]


def test_a_contender_claiming_a_share_wins_it():
    # "claiming 41 percent of the vote" had measured "vote (claim)".
    (won, _) = find("Berg beat Dr. Ivo Kern in the four-way runoff last week, claiming 58 percent of the vote to "
                    "Kern's 30 percent.")
    assert won.measures == "Berg's share"
    assert find("The flu claimed 30 percent of the flock.")[0].measures != "flu's share"


def test_a_share_of_people_the_parse_makes_say_something_in_a_clause_is_shown_by_its_sentence():
    # "71 percent of Sanders supporters approved of Obama" (no main verb in the parse) had measured
    # "Sanders supporters".
    (found,) = find("In the latest Marist county survey, 64 percent of Kerr voters approved of the mayor, although "
                    "they were less warm in their praise.")
    assert found.measures is None
    assert find("Some 40 percent of the staff hired last year left.")[0].measures == \
        "share of staff hired last year that left"


def test_a_purpose_the_parse_hangs_on_a_participle_does_not_take_the_holder_away():
    # "Clinton won 73 percent of 223 votes cast to earn four of the six delegates" had measured
    # "votes cast to earn four of the six delegates".
    (found,) = find("Berg won 61 percent of 412 ballots cast to take three of the five seats on offer.")
    assert found.measures == "Berg's ballots"
    (needed,) = find("Berg holds 70% of the delegates required to win the nomination.")
    assert needed.measures == "delegates required to win the nomination"


@pytest.mark.parametrize("verb", ["claiming", "winning"])
def test_a_second_share_the_parse_makes_the_verbs_object_is_not_the_subjects(verb):
    # "claiming 41 percent of the vote to Wells’ 33 percent" had given the 33 percent to Tenney.
    first, second = find(f"Kerr beat Tom Sparks, {verb} 44 percent of the vote to Sparks’ 31 percent.")
    assert first.measures.startswith("Kerr's") and second.measures is None


def test_a_share_in_a_finite_relative_clause_is_of_the_whole_that_clause_restricts():
    # "who will unite the 70 percent of the party that appears to dislike Mr. Trump" had measured
    # "sane alternative to unite party".
    (found,) = find("We are the sensible choice who will unite the 60 percent of the party that seems to distrust "
                    "Mr. Velt.")
    assert found.measures == "share of party that seems to distrust Mr. Velt"


def test_a_rate_of_pay_is_not_the_cost_of_those_paid():
    # "paying "dozens" of canvassers $15 an hour" had measured "cost of canvassers".
    (found,) = find("Lind's campaign is paying 40 canvassers $17 an hour to knock on doors.")
    assert found.measures is None


def test_a_range_measures_what_follows_its_upper_end():
    # "reported between $5,000 and $15,000 in interest income from a now-sold investment" had
    # measured "report from now-sold investment".
    (found,) = find("Velt reported between $4,000 and $11,000 in interest income from a now-sold investment in "
                    "a bakery.")
    assert found.measures == "interest income"


def test_a_range_a_change_starts_from_is_kept_whole():
    # "coming from 40 to 50 percentage points behind ... to a 'dead heat'" had given "50 percentage points".
    (found,) = find("Okafor has been tested, coming from 30 to 40 percentage points behind Lind at the start of "
                    "the race to a near tie in Ohio.")
    assert found.text == "30 to 40 percentage points" and found.value is None


def test_money_taken_from_someone_is_named_as_money_by_its_participle():
    # "he had accepted "about $200,000" from Wall Street firms" had measured "accept from Wall Street firms".
    (found,) = find("Lind tried to turn the tables, calling Okafor a hypocrite because he had accepted about "
                    "$300,000 from Wall Street banks through the party committee.")
    assert found.measures == "money accepted from Wall Street banks"


def test_a_clause_with_a_subject_of_its_own_does_not_borrow_the_first_clauses():
    # "Club for Growth Action reported spending $1.1 million ..., while a new anti-Trump super PAC
    # ... has reported spending $1.8 million" had given the $1.8 million to the club.
    first, second = find("The fiscally conservative Lindale Fund reported spending $2.1 million on online ads "
                         "attacking Velt, while a new anti-Velt super PAC started by a former Berg aide has "
                         "reported spending $3.4 million on direct mail and radio ads.")
    assert first.measures == "spending by conservative Lindale Fund on online ads" and second.measures is None


def test_half_of_a_pair_is_not_what_an_amount_is_from():
    # "$4.4 million in attacks from both liberal outside groups ..., as well as conservative groups"
    # had measured "attacks from liberal outside groups".
    (found,) = find("Velt, the real estate developer who has kept a large lead over the field, was targeted by "
                    "$2.2 million in attacks from both liberal outside groups like Fair Vote Now and unions, as "
                    "well as conservative groups.")
    assert found.measures == "attacks"


def test_a_bare_share_in_a_paragraph_counting_refusals_is_no_ones_share():
    # "leads with “definitely not support” with 6 percent ... Clinton and Sanders have 5 percent" had
    # measured "Clinton's share".
    found = find("Nine percent of likely voters say they would definitely not support Berg. Okafor leads with "
                 "definitely not support with 8 percent in the poll. Lind and Ruiz have 7 percent, and Kerr has "
                 "3 percent.")
    assert [f.measures for f in found] == [None, None, None, None]
    assert find("Lind and Ruiz have 7 percent, and Kerr has 3 percent.")[1].measures == "Kerr's share"


def test_a_bound_right_after_the_whole_is_part_of_it():
    # "he won 83% of voters under 30 in Pennsylvania" had measured "voters".
    found = find("Exit polling shows she won 81% of voters under 25 in Ohio last month, 70% in Iowa last week.")
    assert found[0].measures == "share of voters under 25"


def test_a_measure_of_words_that_only_grade_an_amount_says_nothing():
    """"a grand total of $4,120" says how the amount was summed, not what
    it is of: "grand total" is no measure a key figure can lead with."""
    assert not figures.says_what("grand total", "$")
    assert not figures.says_what("the combined total", "$")
    assert figures.says_what("total raised by the harbour trust", "$")


def test_a_joined_verb_that_cannot_take_the_borrowed_subject_leaves_it():
    # "plants" tagged a verb of "Insects": a verb in "-s" takes no plural subject, so the parse is wrong
    figure = find("Insects are surely a large class – 4% of the total – but plants overshadow all else, "
                  "making up 75% of all living tissue.")[-1]
    assert figure.text == "75%" and "Insects" not in (figure.measures or "")


@pytest.mark.parametrize("text,measured", [
    ("The finding is that the grain shipped from the port by the firm Delta Corp turns out to represent "
     "just 4% of all exports.", "grain as a share of exports"),
    ("A second surprise is that the bright coral seen in the reefs by the popular ITV nature series Deep Waters "
     "turns out to represent just 2% of all reef mass.", "bright coral as a share of reef mass"),
])
def test_a_name_ending_a_participle_phrase_is_not_the_subject(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text", [
    "Deputies describe her as five feet four inches tall and 120 pounds with red hair.",
    "The missing hiker is described as 6 feet tall, 210 pounds, with a grey beard.",
    "The crate weighs about 150 pounds.",
])
def test_pounds_of_a_body_or_a_thing_weighed_are_a_weight_not_money(text):
    (figure,) = [f for f in find(text) if f.text.endswith("pounds")]
    assert figure.unit == "pounds"


def test_pounds_paid_or_spent_stay_money():
    (figure,) = find("The club spent 40 million pounds on the new stand.")
    assert figure.unit == "GBP"


@pytest.mark.parametrize("text,measured", [
    ("The island, which is host to 12,000 students each summer, has one ferry.", "students of island"),
    ("The hamlet, which is home to 700 residents, lost its school in May.", "residents of hamlet"),
])
def test_a_count_a_place_is_home_to_is_the_places(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text", [
    "Many senators were slow to oppose a bill pushed by harbour unions who say they are still owed money "
    "a decade after the storms that cost nearly $800 million.",
    "Many senators were slow to oppose a bill pushed by port families who say they are still seeking help "
    "12 years after the storms that killed nearly 4,000 people.",
])
def test_a_relative_pronoun_after_a_participle_phrase_is_no_misplaced_name(text):
    (figure,) = find(text)
    assert "bill" not in (figure.measures or "")


@pytest.mark.parametrize("text,measured", [
    ("After moving to Halifax, Lund rented a small studio near the docks for $650 a month.",
     "monthly price of small studio"),
    ("The family sold the farm for $2 million.", "price of farm"),
    ("They sued the county for $5 million.", None),  # what is sought, no price
    # the object read into the time after it ("the kettle years" one phrase)
    ("The trader who bought the kettle years ago for $40 kept it.", "price of kettle"),
    # things listed with "and" change hands together: the price of all of them
    ("They sold the boots and a hat for $900.", "price of boots and hat"),
    ("The lamp and the clock sold for $900.", "price of lamp and clock"),
])
def test_money_a_thing_changes_hands_for_is_its_price(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


def test_a_share_of_a_whole_hung_on_a_noun_of_change_measures_the_change_of_that_whole():
    (figure,) = find("Since then, farming has caused the loss of 40% of all wild bees and half of meadows.")
    assert figure.measures == "loss of wild bees"


@pytest.mark.parametrize("text,measured", [
    # A percentage of a whole is a share of it, not the whole ("0.4 percent — the population").
    ("The group accounts for about 2 percent of the adult population.", "share of adult population"),
    # A share the verb does something to is the share of the whole it was done to, not "whole (verb)".
    ("The storm destroyed up to 40 percent of the region's orchards.", "share of region's orchards destroyed"),
])
def test_a_percentage_of_a_whole_says_it_is_a_share(text, measured):
    assert [f.measures for f in find(text)] == [measured]


@pytest.mark.parametrize("text,measured", [
    ("The bank committed to a $4 billion lifeline for the airline.", "lifeline for airline"),
    ("The fund made a $2 billion tender offer.", "tender offer"),
    # a sum lost, won or owed is that sum, not what it costs
    ("The Ostra fund took a massive $9 million loss that year.", "massive loss"),
    ("Varden would receive a whopping $4 billion windfall.", "windfall"),
    ("Having received a loan from Norland worth up to $6 billion, the firm cut costs.", "value of loan"),
    ("A company worth $5 billion filed for bankruptcy.", "value of company"),
    ("The farm received a rescue package worth $5 million.", "value of rescue package"),
    ("Some $4 billion in road building had been wasted.", "road building wasted"),
    ("Budget plans call for spending $4 billion to repair and widen the old canals.",
     "spending to repair and widen the old canals"),
    ("The bill calls for spending $2 billion on new schools.", "spending on new schools"),
    ("Since 2010, the county has spent $80 million on consultants in Leeds and York.",
     "spending by county on consultants in Leeds and York since 2010"),
])
def test_money_offered_worth_wasted_or_spent_says_so(text, measured):
    """Money put in ("a $4 billion lifeline") is no "cost of" it; "worth"
    gives the value of the noun it describes; a sum "wasted" measures the
    waste; money spent "on" something says what on."""
    assert [f.measures for f in find(text)] == [measured]


def test_the_form_money_takes_is_not_what_it_measures():
    # "carrying $5 million in cash": cash is the form of the money, not what it is for or of.
    (figure,) = find("The courier was caught carrying $5 million in cash at the border.")
    assert figure.measures != "cash"


def test_two_percentages_joined_by_a_dash_smaller_first_are_one_range():
    (figure,) = find("Turnout was 40%–45% in the north.")
    assert (figure.text, figure.value, figure.approximate) == ("40%–45%", None, True)


def test_a_measure_in_the_first_person_is_no_measure():
    # "my blood sugar" from inside a quote: whose it is the table cannot say.
    (figure,) = find("My blood sugar level nowadays is regularly 40%–45% of what it was.")
    assert figure.measures is None


@pytest.mark.parametrize("text,measured", [
    ("Around 2,500 people marched in Leeds on Monday before the rally ended.", "people who marched in Leeds"),
    ("About 300 workers were laid off on Friday.", "workers who were laid off"),
    ("More than 9,000 people were sleeping in tents and cars, and many were cold.", "people who were sleeping in tents and cars"),
    ("The charity thanked the 4,000 volunteers and 900 residents who cleared the beach.", "residents who cleared the beach"),
    ("The 20,000 workers employed by the mill to run its looms face cuts.", "workers employed by the mill"),
    ("Some 3,000 troops, many of them reservists, are stationed abroad.", "troops who are stationed abroad"),
])
def test_a_count_of_people_measures_what_its_clause_says_of_them(text, measured):
    """"1,500 people protested in X" is the count of protesters: the clause
    says who is counted, with "who" for a finite one, none for a participle."""
    assert [f.measures for f in find(text)][-1] == measured


@pytest.mark.parametrize("text", [
    "About 1,500 people said they would leave the town.",          # a clause of saying counts no one
    "Around 400 people are still there.",                         # "are" alone says nothing
    "The 2,000 people represent 5 percent of the town.",          # another amount
])
def test_a_count_of_people_whose_clause_says_nothing_has_no_such_measure(text):
    assert not (find(text)[0].measures or "").startswith("people who")


@pytest.mark.parametrize("text", [
    "Leaving out the storm, we think sales would have grown 4%.",  # what would have been: no fact
    "If fares rise 8%, the line will lose riders.",  # a condition
])
def test_an_amount_that_did_not_happen_measures_nothing(text):
    (found,) = find(text)
    assert found.measures is None


def test_money_that_only_may_come_is_an_estimate():
    assert [f.measures for f in find("The old clock could raise $40,000 at the fair.")] == \
        ["amount raised by old clock (estimate)"]
    assert [f.measures for f in find("The lamp is expected to fetch $900.")] == ["price of lamp (estimate)"]
    assert [f.measures for f in find("The lamp fetched $900 at the fair.")] == ["price of lamp"]
    assert [f.measures for f in find("The mill could grind 40 tonnes a day.")] != ["mill (grind) (estimate)"]


@pytest.mark.parametrize("text,measured", [
    ("The bakery earned $0.40 a share last year.", "earnings per share of bakery"),
    ("The brokers predicted $0.38 a share.", "forecast per share by brokers"),
    ("Net profit was $0.40 per share.", "Net profit per share"),
])
def test_money_a_share_is_a_rate_per_share(text, measured):
    assert [f.measures for f in find(text)] == [measured]


def test_a_measure_that_says_its_amount_may_not_be_keeps_it():
    (found,) = find("She could have faced a potential fine of $2 million if she had lost.")
    assert found.measures == "potential fine"


@pytest.mark.parametrize("text,measured", [
    ("The oak chest sold for $900 at the fair.", "price of oak chest"),
    ("The oak chest was sold for $900.", "price of oak chest"),
    ("It was an oak chest that sold for $900.", "price of oak chest"),
])
def test_money_a_thing_sold_for_is_its_price(text, measured):
    assert [f.measures for f in find(text)] == [measured]


def test_a_share_that_may_have_been_is_an_estimate_not_a_conditional():
    (found,) = find("Our data show that 30% of the hives may have been empty.")
    assert found.measures == "share of hives that may have been empty (estimate)"  # not 30% of all hives


def test_a_datelines_town_or_date_is_no_thing_sold():
    (found,) = find("OSLO, June 9 The old sled sold for $700 at a fair.")
    assert found.measures in ("price of old sled", None)  # never the town's, nor "June old sled"


def test_a_things_size_in_inches_feet_or_centimetres_is_an_amount():
    found = [(a.text, a.value, a.unit) for a in
             find_amounts("The screen stays 10.5 inches wide; a 12-inch model and a 3-foot stand follow, 40 cm tall.")]
    assert found == [("10.5 inches", 10.5, "inches"), ("12-inch", 12.0, "inches"), ("3-foot", 3.0, "feet"),
                     ("40 cm", 40.0, "cm")]
    assert find_amounts("She has one foot in the door and will not give one inch.") == []


def test_the_label_of_the_next_field_is_not_what_an_amount_measures():
    (figure,) = find("Reviewed by: Ann Lind Price: £12.50 Further details: www.example.org")
    assert figure.measures is None


def test_a_height_in_feet_and_inches_is_no_amount():
    assert find_amounts("Officers say he is six feet 2 inches tall; his brother was 5-foot-9.") == []
    assert [a.text for a in find_amounts("The wall will rise 20 feet, with pipes 4 inches wide.")] == ["20 feet",
                                                                                                   "4 inches"]


def test_the_hyphen_of_a_hyphenated_size_is_no_part_of_what_it_measures():
    assert [f.measures for f in find("The firm will sell a larger 14-inch display next year.")] == ["larger display"]


def test_a_hyphenated_size_naming_a_model_is_no_amount():
    # before a name, or before no word, the size says which model ("the 15-inch Zenbook"), not how big a thing is
    assert find_amounts("The 15-inch Zenbook went on sale; the 12-inch, due in May, is smaller.") == []
    assert [a.text for a in find_amounts("They built a 30-foot wall and a 12.5-inch screen.")] == ["30-foot", "12.5-inch"]


@pytest.mark.parametrize("text,measured", [
    ("Early last year the senators proposed $30 billion in cuts to the scheme.", "cuts (proposed)"),
    ("The mayor sought to cut $4 million from the road fund.", "cut from road fund (sought)"),
    ("The council did not request $5 million for the park.", "park"),
    ("The board approved $3 million in cuts to the fund.", "cuts"),
    # A sum asked for is no thing bought: not "the cost of its amendment"; its month says when, not which.
    ("Few backed all the funds the agency requested in its $2.3 billion budget amendment in June.",
     "agency's budget amendment (requested)"),
])
def test_an_amount_only_put_forward_says_so(text, measured):
    (found,) = find(text)
    assert found.measures == measured


@pytest.mark.parametrize("text,measured", [
    # The amount a change goes "to" is the changed thing's new level, not the size of the change.
    ("The steep fall in wheat prices from more than $300 per tonne in 2019 to less than $150 per tonne this year "
     "has hurt farmers.",
     [None, "wheat prices"]),
    # A comparison of the count ("less than half") is no word of what is measured.
    ("Ferry fares now stand at less than half the record of $80 a trip set in June 2018.", ["record"]),
])
def test_a_level_reached_and_a_compared_count_measure_the_thing(text, measured):
    assert [f.measures for f in find(text)] == measured


@pytest.mark.parametrize("text,measured", [
    # Who gets the money is part of what it measures: a debt to Lind, not the agency's debt at large.
    ("Once the law fell, it was reported that the agency owed Lind $410,212.", "debt of agency to Lind"),
    ("The firm paid the workers $2 million.", "payment by firm to workers"),
    ("The firm paid him $2 million.", "payment by firm"),
    # An amount of a thing measures the thing, not its holder with a verb ("crate (contain)").
    ("Each crate contained roughly 9 inches of copper wire.", "copper wire"),
])
def test_a_recipient_and_an_amount_of_a_thing_are_what_is_measured(text, measured):
    (found,) = find(text)
    assert found.measures == measured


@pytest.mark.parametrize("text,measured", [
    # A share that underwent something is the share of those who did, not of the whole group.
    ("About 45 percent of the mice in the trial were cured by the serum.", ["share of mice in trial cured by the serum"]),
    ("Only 8 percent of the loans were repaid.", ["share of loans repaid"]),
    ("About 12 percent of the boats were mended with spare sails.", ["share of boats mended with spare sails"]),
    # A reason or means the measure would cut off: the bare verb says something false, so no measure.
    ("By then, 40 percent of the wells in the valley were sealed using steel caps.", [None]),
    ("Some 35 percent of the pupils were moved because their school had flooded twice that winter.", [None]),
    # A share of which the clause says only "the same": what holds of it is in the sentence before.
    ("The same went for just 8.5 percent of the rats.", [None]),
    ("That held for 12 percent of the girls.", [None]),
    ("Rents rose for 12 percent of the tenants.", ["share of tenants"]),
])
def test_a_share_keeps_what_its_part_underwent(text, measured):
    assert [f.measures for f in find(text)] == measured


@pytest.mark.parametrize("text,measured", [
    # A money noun's share of a whole is that money as a share of it, not "deficit of GDP".
    ("In 2019, Vestria recorded a trade deficit of 9 per cent of GDP.", ["trade deficit as a share of GDP in 2019"]),
    # A share restating an amount ("or 12 per cent of output") is of the noun the amount is of.
    ("Vestria had a deficit of 31 billion marks ($4 billion) or 7 per cent of gross domestic product that year.",
     [None, "deficit as a share of gross domestic product"]),
    ("The loss of 40% of wild bees worries farmers.", ["loss of wild bees"]),
])
def test_a_share_of_money_or_restating_money_is_that_money_as_a_share(text, measured):
    assert [f.measures for f in find(text)] == measured


@pytest.mark.parametrize("text,measured", [
    # A question about an amount, or a comparison with it, asks for nothing.
    ("Asked about the $2 billion fund, he said it was ready.", "fund"),
    ("Asked where the city would find the cash for a $2 billion fund, he smiled.", "fund"),
    # Only money and shares are put forward: a length stays what it measures.
    ("She backed the plan to draw a 20-mile exclusion zone.", "exclusion zone"),
])
def test_an_amount_a_request_only_mentions_is_not_requested(text, measured):
    (found,) = find(text)
    assert found.measures == measured


@pytest.mark.parametrize("text,measured", [
    # The level a change reaches is the level of what changed.
    ("Unemployment rose to 7 percent in May.", ["Unemployment"]),
    ("Rents climbed 5 percent to $1,200.", ["Rents (climb)", "Rents"]),
    ("It fell to 3 percent.", [None]),  # a pronoun says nothing
    ("The firm expects the cost of its steel to climb to $700 a tonne in 2032.", [None]),  # a forecast
])
def test_a_level_a_change_reaches_measures_what_changed(text, measured):
    assert [f.measures for f in find(text)] == measured


@pytest.mark.parametrize("text,measured", [
    # Money paid into something is a contribution to it, whoever "you" are.
    ("This year, you can contribute up to $7,000 pretax to a savings plan.", "contributions to savings plan"),
    ("You can spend $40 on food.", "spending on food"),
    ("The members contributed $5,000 to the fund.", "contributions by members to fund"),
])
def test_money_put_into_something_measures_the_contribution(text, measured):
    (found,) = find(text)
    assert found.measures == measured


def test_an_amount_of_a_thing_named_before_is_not_measured_by_its_words():
    # "the metal" points back to a thing the sentence before named: no measure, as before.
    (found,) = find("They found the lake contains 90 tonnes of the metal.")
    assert found.measures == "lake (contain)"


@pytest.mark.parametrize("measured,sentence,kept", [
    # A word the parse cut inside its bracket is closed as the sentence writes it.
    ("gifts to 12(c", "Donors may give $500 to a 12(c) fund.", "gifts to 12(c)"),
    # Any other open bracket is cut off, with the words it leaves hanging.
    ("gifts to 12(c", "Donors may give $500 to a 12(c fund.", "gifts"),
    ("outlays (net of", "Outlays (net of refunds) were $9 million.", "outlays"),
    ("(net", "(net of tax) $9 million.", None),
    ("fees (yearly)", "Fees (yearly) of $40.", "fees (yearly)"),
])
def test_a_measure_leaves_no_bracket_open(measured, sentence, kept):
    assert figures._brackets_whole(measured, sentence) == kept


def test_a_measure_cut_inside_a_bracket_is_closed():
    found = find("This year, you can contribute up to $8,000 pretax to a 529(b) and $2,000 to a savings account.")
    assert found[0].measures == "contributions to 529(b)"


@pytest.mark.parametrize("text,measured", [
    # A possessive pronoun no noun subject of its clause owns is dropped; one that has an owner takes its name.
    ("Its stocks of grain fell from $90m in 2019 to $70m today.", [None, "stocks of grain"]),
    ("The council raised its fees 8 percent.", ["council's fees (raise)"]),
    # What a sayer says of "his" own is the sayer's.
    ("Mr. Okafor said his average tax rate was 31 percent.", ["Mr. Okafor's average tax rate"]),
    ("Their yearly gifts were $900, the records show.", ["yearly gifts"]),  # a source after it owns nothing
])
def test_a_measure_opens_on_no_unresolved_pronoun(text, measured):
    assert [f.measures for f in find(text)] == measured


@pytest.mark.parametrize("text,measured", [
    # "for" after a reward or a penalty says why, not what the money is
    ("Carver was awarded $2 million for his research.", ["award to Carver"]),
    ("The mill was fined $5 million for dumping waste.", ["fine of mill"]),
    # the passive's subject gets the money; it does not pay it
    ("Ms Olund was paid $8.2m last year.", ["payment to Ms Olund"]),
    ("Ms Olund, who was paid $8.2m last year, retired.", ["payment to Ms Olund"]),
    # of a fine given to someone, the one fined, not the one fining
    ("The council fined the mill $5 million for dumping waste.", ["fine of mill"]),
    # what was bought is still what a payment was for
    ("The board paid $40 million for the plant.", ["plant"]),
])
def test_money_given_or_taken_as_a_reward_or_penalty_says_who_got_it(text, measured):
    assert [f.measures for f in find(text)] == measured


def test_money_before_a_lawsuit_or_claim_is_the_amount_sought():
    (sued,) = find("Former staff of the mill filed a $1.8 billion lawsuit against the owners.")
    assert sued.measures == "amount sought in lawsuit"
    (claimed,) = find("The tenants brought a $3 million claim against the landlord.")
    assert claimed.measures == "amount sought in claim"


def test_the_same_sum_in_another_currency_does_not_hide_what_the_amount_is_in():
    (forfeit,) = find("The chief will give up $12m (£9.1m) in bonuses.")
    assert forfeit.measures == "bonuses"
    (spent,) = find("The city spent €40 million (about $44 million) for new buses.")
    assert spent.measures == "new buses"


def test_an_amount_of_things_listed_measures_all_of_them():
    (left,) = find("Ryder could leave the firm with about $150 million of cash, company shares and options.")
    assert left.measures == "cash, company shares and options (estimate)"
    (bought,) = find("They bought 40 tons of wheat and barley.")
    assert bought.measures == "wheat and barley"


def test_a_noun_the_parse_left_hanging_after_the_in_object_ends_the_measure():
    # the parse makes "pay" a verb of the main clause, leaving "holiday" alone
    (forfeit,) = find("The veteran chief of the lender agreed on Friday to forfeit $12 million in holiday pay "
                      "three weeks after the lender conceded that clerks opened sham accounts.")
    assert forfeit.measures == "holiday pay"


@pytest.mark.parametrize("text,measured", [
    # another year and another place limit the count: not the story's own
    ("A record 158,682 people attended the fair last year in Ohio.", "people who attended the fair last year in Ohio"),
    ("About 4,000 workers lost jobs in 2019.", "workers who lost jobs in 2019"),
    # a day of the story's own week says nothing the sentence does not; a place after it does
    ("Some 300 people marched on Friday in Lyon.", "people who marched in Lyon"),
])
def test_a_count_of_people_keeps_the_other_time_and_the_place_that_limit_it(text, measured):
    assert [f.measures for f in find(text)] == [measured]


@pytest.mark.parametrize("text,measured", [
    ("The mayor, who won office in a landslide, has a $4.2 million war chest.", "mayor's war chest"),
    ("Ms. Okafor sits on a $900,000 campaign kitty.", "Ms. Okafor's campaign kitty"),
    # the holder is named by the "is" the parser hangs the clause on
    ("The sole contender for the seat is Okafor, who has received endorsements from unions -- including the "
     "teachers -- and has a $900,000 war chest.",
     "Okafor's war chest"),
    ("They keep a $300 bicycle in the hall.", "bicycle"),
    ("The county will build a $2 billion reservoir.", "cost of reservoir"),
])
def test_money_held_or_gathered_is_its_holders_not_a_cost(text, measured):
    """A sum on what a verb of holding or gathering has as its object ("has
    a $4.2 million war chest") is what its holder has, not what the thing
    costs; what is built or bought still costs its sum."""
    assert [f.measures for f in find(text)] == [measured]


@pytest.mark.parametrize("text,measure", [
    ("The tribunal ordered the landlord to refund $12,000 in deposits.", "deposits (ordered)"),
    ("The landlord was ordered to pay $12,000.", "payment by landlord (ordered)"),
    ("The panel urged the state to spend $3 billion on dams.", "spending by state on dams (urged)"),
    ("The landlord paid $12,000 after the ruling.", "payment by landlord"),
])
def test_an_amount_only_ordered_or_urged_says_so(text, measure):
    """An amount a verb of ordering or urging governs ("ordered X to pay
    $12,000") is not said to be paid: its measure is marked so."""
    (found,) = find(text)
    assert found.measures == measure


def test_a_scale_word_after_a_closing_quote_mark_is_the_numbers():
    # A quote that ends inside the amount ("for $7.2” million") leaves its scale outside the marks.
    (amount,) = find_amounts("“We want $7.2” million more, the mayor wrote.")
    assert (amount.text, amount.value, amount.unit) == ("$7.2” million", 7.2e6, "USD")
    (alone,) = find_amounts("He said “I owe $7” and left.")
    assert alone.value == 7.0


@pytest.mark.parametrize("text,measure", [
    ("Officials recalled the landslide that buried nearly 2,000 people in 1987.", "people buried by landslide"),
    ("The blaze displaced 12,000 residents.", "residents displaced by blaze"),
    ("The blaze could have displaced 12,000 residents.", None),  # did not happen
    ("The mill that employs 12,000 workers is closing.", None),  # no "-ed" form to name it by
    ("The landslide that probably buried 2,000 people was huge.", None),  # hedged: not said as done
])
def test_a_count_of_people_a_past_verb_did_something_to(text, measure):
    """A count of people that is the object of a past verb ("the landslide
    that buried 2,000 people") measures those it was done to, and by what."""
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("Auditors found the trustees squandered $40,000 of the fund.", "money squandered by trustees"),
    ("Planners said the new port would ease traffic and create 3,000 jobs.", "jobs the new port would create"),
    ("The mill created 3,000 jobs in its first year.", "jobs created by mill"),
    ("The lake holds 90 tonnes of salt.", "lake's salt"),  # no verb form needed: what is held
])
def test_an_amount_a_doer_did_something_to_reads_as_english(text, measure):
    """Money or a count that is the object of a verb reads "money squandered
    by trustees", "jobs the new port would create", not "port (create)"."""
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("The draft bill would devote $2.4 billion to rural clinics.", "allocation by draft bill to rural clinics"),
    ("The province allocated $90 million to bus lanes.", "allocation by province to bus lanes"),
])
def test_money_set_aside_says_for_what(text, measure):
    """Money a verb of setting aside gives "to" something ("would devote
    $2.4 billion to clinics") is an allocation to it, not "bill (devote)"."""
    (found,) = find(text)
    assert found.measures == measure


def test_a_plural_ending_a_measure_keeps_whose_they_are():
    # "grants from friends" alone reads as the museum's own friends.
    (found,) = find("The museum got $40,000 in grants from friends of the founder.")
    assert found.measures == "grants from friends of founder"
    # a list after the "of" is not cut to its last item
    (listed,) = find("The board backed a $9,000 rise in the budgets of schools, libraries and parks.")
    assert "libraries" not in (listed.measures or "") and "parks" not in (listed.measures or "")


@pytest.mark.parametrize("text,measure", [
    ("The plan adds $3 million for staffing at border crossings.", "staffing at border crossings"),
    ("The plan adds $3 million for staffing at Oakfield.", "staffing"),  # a name: where, not which
])
def test_an_at_after_what_money_is_for_says_which(text, measure):
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("Fares rose by 4 percent in the spring.", "rise in fares"),
    ("The board cut its levy by 2 percent.", "cut in board's levy"),
    ("Planners say the scheme would lift bus ridership by 0.8 percentage points.", "rise in bus ridership (forecast)"),
    ("It fell by 6 percent.", None),  # a pronoun: what fell, the row cannot say
    # two things cut, each by its own "by": which share is whose, the parse muddles
    ("Drought cut the wheat crop by half and maize yields by 30 percent.", None),
])
def test_a_share_after_by_on_a_verb_of_change_is_the_size_of_the_change(text, measure):
    (found,) = find(text)
    assert found.measures == measure


def test_a_list_after_what_money_buys_is_kept_whole():
    # "in Leeds" alone would say all the money went to the first place listed
    (found,) = find("They have booked $70,000 of airtime in Leeds, York and Hull.")
    assert found.measures == "airtime in Leeds, York and Hull"


@pytest.mark.parametrize("text,figures_found", [
    ("“I 100 percent believe in the new depot,” she said.", []),
    ("We 100% agree with the council on this.", []),
    ("We lost 20 percent of our members.", ["20 percent"]),  # the verb's object: a figure
])
def test_a_percentage_between_a_subject_pronoun_and_its_verb_is_a_degree(text, figures_found):
    assert [f.text for f in find(text)] == figures_found


@pytest.mark.parametrize("text,measure", [
    ("$3.5 million is the likely cost of the council's plan to rebuild the pier.", "likely cost of council's plan"),
    ("$20 is the price of a day pass.", "price of day pass"),
    ("$5 million is a great deal of money.", None),  # indefinite: a judgment, no measure
])
def test_an_amount_that_is_the_subject_of_be_measures_the_definite_noun_it_is(text, measure):
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("The new pumps will save $4 million a year.", "yearly savings of new pumps"),  # a thing that saves, and how often
    ("Tenants will save $250 each.", "savings of Tenants"),  # those who save
    ("Planners think that this will save $12 million by 2030.", "savings"),  # "this": what saves is said before
    ("The switch did not save $5 million.", None),
    ("The merger saves the county $3 million.", "savings for county"),  # the second object saves
    ("The scheme helps tenants, saving them $90 a month.", None),  # "them": whose, the row cannot say
])
def test_money_a_verb_of_saving_takes_is_savings(text, measure):
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,found", [
    ("Seats cost 45,000₩ each.", [("45,000₩", 45000.0, "KRW")]),
    ("A meal costs 120 ₺ there.", [("120 ₺", 120.0, "TRY")]),
    ("The stall asks ₮900 for it.", [("₮900", 900.0, "₮")]),  # a sign with no code is its own unit
    ("Bread went up 20 percent € for €.", [("20 percent", 20.0, "%")]),  # a share takes no sign
    ("They paid 5 €6 more.", [("€6", 6.0, "EUR")]),  # the sign of the next number is not this one's
    ("Stamps cost 50¢ each.", []),  # cents: no sign of a whole unit
])
def test_any_currency_sign_before_or_after_a_number_makes_money(text, found):
    assert [(a.text, a.value, a.unit) for a in find_amounts(text)] == found


@pytest.mark.parametrize("text,measure", [
    ("Ada Lind obtained two thirds of rural ballots, while Tom Berg secured 31 percent.",
     "Tom Berg's share of rural ballots"),
    ("Ada Lind won 55 percent of the seats and Tom Berg got 41 percent.", "Tom Berg's share of seats"),
    ("Ada Lind won the race, while Tom Berg got 41 percent.", "Tom Berg's share"),  # no whole said: none borrowed
])
def test_a_share_set_against_another_borrows_the_whole_it_leaves_out(text, measure):
    assert find(text)[-1].measures == measure


def test_a_large_count_of_things_before_a_plural_noun_is_a_figure():
    found = find("The scheme reaches about 14 million tenant households, the report says.")
    assert [(f.text, f.value, f.measures, f.approximate) for f in found] == \
        [("about 14 million", 14e6, "number of tenant households", True)]
    (hedged,) = find("Last year an estimated 2 million tenants moved.")
    assert (hedged.measures, hedged.approximate) == ("number of tenants", True)  # "estimated" is no kind of tenant
    assert find("Rocks formed over 3 million years.") == ()  # a length of time
    assert find("Eleven million tenants were polled.") == ()  # in words alone: no value read


@pytest.mark.parametrize("text,shown,approximate", [
    ("The claim covers up to 3.2 million drivers.", "up to 3.2 million", True),
    ("It reaches as many as 4.5 million readers.", "as many as 4.5 million", True),
    ("It reached exactly 2 million readers.", "exactly 2 million", False),
])
def test_the_words_that_bound_a_large_count_stay_with_it(text, shown, approximate):
    (found,) = find(text)
    assert (found.text, found.approximate) == (shown, approximate)


def test_a_score_after_a_leader_and_the_one_behind_gives_each_their_share():
    found = find("A new survey has Ada Lind leading Tom Berg, 51 percent to 39 percent in the river towns.")
    assert [f.measures for f in found] == ["Ada Lind's share", "Tom Berg's share"]
    # no one said to lead: which side is whose, the words do not say
    assert [f.measures for f in find("The vote went 48 percent to 45 percent.")] == [None, None]


def test_a_unit_word_after_an_amount_with_a_sign_is_the_next_nouns_modifier():
    (amount,) = find_amounts("The vote came after the $300 billion jobs package failed.")
    assert (amount.text, amount.value, amount.unit) == ("$300 billion", 3e11, "USD")
    (amount,) = find_amounts("A $40 people mover was promised.")
    assert (amount.text, amount.unit) == ("$40", "USD")


@pytest.mark.parametrize("text", [
    "The Oslo-based firm sold more than $20 billion...",
    "The Oslo-based firm sold more than $20 billion of fish in the…",
])
def test_an_amount_an_excerpt_cuts_off_right_after_measures_nothing(text):
    (figure,) = find(text)
    assert (figure.text, figure.measures) == ("more than $20 billion", None)


def test_an_amount_well_before_an_excerpts_cut_keeps_its_measure():
    (figure,) = find("The Oslo-based firm sold more than $20 billion of fish to buyers in Asia and across the...")
    assert figure.measures == "sales by Oslo-based firm"


@pytest.mark.parametrize("text,measured", [
    ("The mayor pressed for approval of $40 billion in road spending.", "road spending"),
    ("A total of $5 million in aid was sent.", "aid"),
    ("A cut of $5 billion in spending was agreed.", "cut"),  # a change's size stays the change's
    ("The budget of $2 billion in spending was passed.", "budget"),  # money itself
])
def test_money_of_an_act_is_an_amount_of_what_its_own_in_names(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("In 2020, some 30 million retirees received state benefits averaging $1,250 a month.",
     "average monthly state benefits"),
    ("They took out loans totalling $2 billion.", "total loans"),
])
def test_an_amount_a_participle_of_summing_gives_sums_up_the_noun_before_it(text, measured):
    assert [f.measures for f in find(text) if f.unit == "USD"] == [measured]


@pytest.mark.parametrize("text,measured", [
    ("The plan would cut deficits by $300 billion over the next decade.", "cut in deficits over the next decade (forecast)"),
    ("Revenue fell by $2 million last year.", "fall in revenue"),
])
def test_money_after_by_on_a_verb_of_change_is_the_size_of_the_change(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


def test_money_a_relative_clause_pays_is_the_antecedents():
    (figure,) = find("The club lists the members who donate more than $5,000 a year.")
    assert figure.measures == "yearly donations by members"


@pytest.mark.parametrize("text,measured", [
    ("The ferry terminal, which will cost $640 million, opens next spring.", "cost of ferry terminal"),
    ("Voss wants the province to fund the ferry terminal, which he reckons would cost about $640 million.",
     "cost of ferry terminal (estimate)"),
    ("The quarry, which lost $7 million last year, was sold.", "loss of quarry"),
    # "which" stands for a thing, never for the person the parse hangs it on:
    # the thing the participle phrase holding the name describes
    ("They sold a cloak once worn by Tilda Marsh as Queen Orla, which fetched $8,000.", "price of cloak"),
    ("Bidders chased a lamp owned by Arno Pell and Lise Dorn, which fetched $2,400.", "price of lamp"),
    ("The prize went to Arno Pell, which fetched $2,400 in total.", None),
])
def test_money_a_relative_clause_costs_is_the_antecedents(text, measured):
    # "which" is the subject of "cost", also when a verb of reckoning opens the clause
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("The senator, who had raised $3.1 million for the race, lost.", "amount raised by senator for race"),
    ("She raised just over $90,000 for her campaign.", "amount raised for her campaign"),
])
def test_a_purpose_of_a_verb_of_paying_qualifies_the_verbs_measure(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("In one poll, crime was named by only 6 percent of likely voters as the most pressing issue.",
     "share of likely voters who named crime as most pressing issue"),
    ("The bill was backed by 60 percent of senators.", "share of senators who backed bill"),
    ("The bill was written by 60 percent of senators.", None),  # no past in "-ed" to say it with
])
def test_a_share_that_does_a_passive_verb_is_of_those_who_did_it(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


def test_all_before_a_large_count_is_no_hedge_nor_part_of_the_figure():
    (figure,) = find("It rests on the idea that deporting all 12 million migrants in the country is not practical.")
    assert (figure.text, figure.value, figure.approximate) == ("12 million", 12e6, False)


@pytest.mark.parametrize("text,measured", [
    ("It included a $20 billion piece providing aid to cities, mostly for schools.", "part providing aid to cities"),
    ("The $3 billion portion of the loan was paid.", "part of loan"),
    ("A $4 million piece was sold.", None),  # a part of what, the text does not say
])
def test_money_on_a_noun_of_a_part_measures_what_the_part_is_of_or_does(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("After 2040, the fund will be able to pay 70 percent of promised pensions.",
     "share of promised pensions after 2040"),
    ("In 2019, the firm earned $5 million.", "earnings of firm in 2019"),
    ("In 2019, he said the firm earned $5 million.", "earnings of firm"),  # when it was said
    ("In 2013, the House voted to cut $40 billion from food aid.", "cut from food aid in 2013 (voted)"),
])
def test_a_year_opening_the_sentence_goes_with_the_measure_of_its_clause(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("The mayor spent more than $2 million in May and June alone.", "spending by mayor in May and June"),
    ("In the end the club earned $5 million between 2015 and 2018.", "earnings of club between 2015 and 2018"),
    ("The firm spent $5 million in Ohio.", "spending by firm"),  # a place, no time
])
def test_a_time_after_money_a_doer_spends_or_earns_bounds_the_measure(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("Ann Berg defeated the mayor with 58 percent of the vote.", "Ann Berg's share of vote"),
    ("Mr. Berg had won primaries in the county with up to 72 percent of the vote, and he won easily.",
     "Mr. Berg's share of vote in primaries"),
    ("The plan passed with 60 percent of the vote.", "share of vote"),  # no one's
])
def test_a_share_of_the_vote_a_person_wins_with_is_that_persons(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,kept", [
    ("The plan takes power from the elites, the unions and the 1 percent.", []),
    ("Taxes on the 1 percent rose.", []),
    ("The 5 percent rise hurt.", ["5 percent"]),
    ("Of the 5 percent of homes, most are old.", ["5 percent"]),
    # a rank word names a slice of a population, of whom it may say
    ("Critics say the top 2 percent would gain most from the Varnley plan.", []),
    ("The richest 5 percent of Ostrans paid 48 percent of the levy.", ["48 percent"]),
    ("The top 12 percent rate would apply to Pell Street shops.", ["12 percent"]),
])
def test_the_before_a_bare_percentage_makes_it_a_group_not_a_figure(text, kept):
    assert [f.text for f in find(text)] == kept


@pytest.mark.parametrize("text,figure", [
    ("The House approved the plan 212-188 on Friday.", ("212-188", "House vote on plan")),
    ("The measure, which passed 212-188, now goes to the Senate.", ("212-188", "vote on measure")),
    ("The Senate voted 371-12 to back it.", ("371-12", "Senate vote")),
    ("It passed in a 371-12 vote.", ("371-12", None)),  # "it": what, the text says before
    ("The council rejected the bill by a vote of 7-2.", ("7-2", "council vote on bill")),
    # a body's name joined by "and" keeps both its words
    ("The House Water and Power Committee voted 12-9 to send the bill on.",
     ("12-9", "House Water and Power Committee vote")),
])
def test_a_vote_tally_is_a_figure_of_who_voted_on_what(text, figure):
    (found,) = find(text)
    assert (found.text, found.measures) == figure and (found.value, found.unit) == (None, "votes")


@pytest.mark.parametrize("text", ["Arsenal beat Chelsea 3-1.", "Voters aged 18-24 were polled in 2010-2012.",
                                  "Call 555-0199 today."])
def test_numbers_joined_by_a_dash_without_a_vote_are_no_tally(text):
    assert find(text) == ()


@pytest.mark.parametrize("text,figure", [
    ("The 168-member board will elect a chair in June.", ("168", 168.0, "number of members of board")),
    ("The 37 million-member group opposes the cuts.", ("37 million", 37e6, "number of members of group")),
])
def test_an_n_member_body_gives_its_number_of_members(text, figure):
    (found,) = find(text)
    assert (found.text, found.value, found.measures) == figure and found.unit == "members"


@pytest.mark.parametrize("text", [
    "All but $80,200 of the orchard grant went through the growers' trust, the ledgers show.",
    "Everything except 12 percent of the reserve land was sold to the mill.",
    "Every parish save for $9,000 of the repair fund had spent its share by June.",
])
def test_the_part_left_out_of_a_whole_measures_nothing_of_it(text):
    """"All but $80,200 of the grant went through the trust": the $80,200
    is what did not, so "grant" is no measure of it."""
    (found,) = find(text)
    assert found.measures is None


def test_a_part_of_a_whole_with_no_exception_keeps_its_measure():
    (found,) = find("The growers spent $80,200 of the orchard grant on fencing.")
    assert found.measures is not None


@pytest.mark.parametrize("text,measured", [
    # "had earned" hung on "filed" with no "and": the pair earned it, not the mayor who filed
    ("Last week Mayor Ilse Varga filed a statement showing the pair had earned $4 million from lectures.",
     "earnings of pair from lectures"),
    # a true coordination still shares its subject
    ("The mill cut its prices and earned $5 million.", "earnings of mill"),
    # the "and" joins the two nouns before the verb, not the verbs: they are its subject, not the paper
    ("On Monday, the Varden Herald printed pages of Orlan’s county tax filings from 1988 that showed the Ohio "
     "developer and his partners lost nearly $310 million in a single year.",
     "loss of Ohio developer and his partners in a single year"),
])
def test_a_verb_joined_to_another_with_no_and_has_the_noun_before_it_for_subject(text, measured):
    (found,) = find(text)
    assert found.measures == measured


def test_a_period_joined_by_and_is_kept_whole():
    """"in 2019 and the first half of 2020" is one period: cut after
    "2019" it would say the money was spent in that year alone."""
    (found,) = find("The trust spent $3 million in 2019 and the first half of 2020 on levees.")
    assert found.measures == "spending by trust in 2019 and the first half of 2020"


@pytest.mark.parametrize("text,measured", [
    ("Senator Olga Brandt paid a net tax rate of about 28 percent over two decades.",
     "Senator Olga Brandt's net tax rate"),
    ("The Lunds paid an average tax rate of 19.5 percent last year.", "Lunds' average tax rate"),
    ("The pension fund holds a stake of 14 percent in the airline.", "pension fund's stake"),
])
def test_a_rate_or_stake_paid_or_held_says_whose_it_is(text, measured):
    """Rates of rival actors side by side ("28 percent | effective tax
    rate" beside another's) must each say whose they are."""
    found = find(text)
    assert found[0].measures == measured


@pytest.mark.parametrize("text,measured", [
    ("The council's budget holds fresh savings — roughly $70 million from 2021 to 2030, the auditors found.",
     "fresh savings"),
    ("The harbour plan includes new levies: about $12 million over ten years.", "new levies over ten years"),
    # in brackets, an amount says something of the noun (what it got that year), not what it is
    ("Donors include their larger trust ($1.2 million in 2019), as well as a museum.", None),
])
def test_an_amount_after_a_noun_and_a_dash_or_colon_restates_the_noun(text, measured):
    (found,) = find(text)
    assert found.measures == measured


def test_an_amount_its_sentence_restates_is_one_figure():
    """"$82 million worth -- $82 million in school cuts" is one amount
    told twice: one row, the one that says what it measures."""
    (found,) = find("The plan would make deep cuts in school aid: $82 million worth -- $82 million in school cuts.")
    assert (found.text, found.measures) == ("$82 million", "school cuts")


def test_the_same_amount_twice_joined_by_and_is_two_figures():
    found = find("The trust paid out $6 million in 2019 and $6 million in 2020.")
    assert [f.text for f in found] == ["$6 million", "$6 million"]


@pytest.mark.parametrize("text,measured", [
    ("Judge Mira Solberg had a tally of 91-2 in 1994.", "Judge Mira Solberg's tally"),
    ("She got a vote of 61-39 last spring.", None),  # whose, a pronoun does not say
])
def test_a_tally_someone_had_is_theirs(text, measured):
    (found,) = find(text)
    assert (found.unit, found.measures) == ("votes", measured)


@pytest.mark.parametrize("text,figure", [
    ("The assembly approved the levy plan on May 3 by a vote of 118 to 97.", ("118 to 97", "assembly vote on levy plan")),
    ("Judge Ola Berg had a tally of 88 to 9.", ("88 to 9", "Judge Ola Berg's tally")),
])
def test_a_tally_written_with_to_after_vote_of_is_a_tally(text, figure):
    (found,) = find(text)
    assert (found.text, found.measures, found.unit, found.value) == (*figure, "votes", None)


def test_numbers_joined_by_to_with_no_vote_of_before_are_no_tally():
    assert all(f.unit != "votes" for f in find("Turnout rose from 118 to 197 over the decade."))


def test_a_tally_of_a_body_that_passed_it_is_the_bodys_vote():
    """"The board passed it 7-2": with a pronoun for what was passed, the
    subject is who voted, not what was voted on."""
    (found,) = find("The parish board passed it 7-2 on Monday.")
    assert found.measures == "parish board vote"


def test_the_same_share_in_a_list_of_readings_is_two_figures():
    found = find("The north plant ran at 80% (3.1 gigawatts), the south plant at 80% (2.4 gigawatts), "
                 "and the east one at 65%.")
    assert [f.text for f in found if f.unit == "%"] == ["80%", "80%", "65%"]


@pytest.mark.parametrize("text,measured", [
    ("\"Anyone can look it up,\" Lind said, arguing that the mayor has spent $4 million in consulting fees.",
     "consulting fees (claimed by Lind)"),
    ("The mayor spent $4 million on consultants, Lind argued.", "spending by mayor on consultants (claimed by Lind)"),
    ("The guild alleges that the studio owes $3 million in back pay.", "back pay (claimed by guild)"),
    ("He insisted the tunnel would cost $3 billion.", "cost of tunnel (claimed)"),
    # what a source says or reports is its statement, no contention
    ("Lind said the mayor spent $4 million on consultants.", "spending by mayor on consultants"),
])
def test_an_amount_one_side_contends_says_whose_claim_it_is(text, measured):
    # "argued that", "alleges that", "insisted": the amount is in dispute, not a finding the brief can state
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("Mayor Ada Lind leads the field with 24 percent, followed by Berg and Tull at 15 percent each.",
     "share of each of Berg and Tull"),
    ("Berg and Tull polled 15 percent each.", "share of each of Berg and Tull"),
])
def test_a_share_each_of_several_has_is_said_of_each(text, measured):
    # not Berg's alone, nor none for want of one owner
    figure = next(f for f in find(text) if f.text == "15 percent")
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("Lind, whose ward is 40 percent Somali, backs the plan.", "Lind's ward (Somali)"),
    ("The town, whose budget is $4 million, voted no.", "town's budget"),
])
def test_whose_names_the_owner_the_relative_clause_is_on(text, measured):
    # "ward" alone would not say whose ward
    (figure,) = find(text)
    assert figure.measures == measured


def test_how_many_a_survey_asked_is_a_figure():
    # the sample size says how far the survey's shares can be trusted
    found = find("The council ran a June survey of 1,200 adults, and 41 percent backed the tram.")
    sample = next(f for f in found if f.unit == "adults")
    assert (sample.text, sample.value, sample.measures) == ("1,200 adults", 1200.0, "number of adults in survey")
    # a team, a group or a list of people is no sample
    assert not [f for f in find("She led a team of 12 engineers.") if f.unit == "engineers"]


@pytest.mark.parametrize("text,measured", [
    ("The treasurer had already repaid about $7,400 to the rowing club after the audit.",
     "repayment by treasurer to rowing club"),
    ("She said they refunded $2,300 to the orchard cooperative in June.", "refund to orchard cooperative"),
    ("The parish was reimbursed $18,000 by the county.", "reimbursement to parish"),
])
def test_money_paid_back_says_who_got_it_back(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("Mr. Voss said he would repay the $6,200 to the library board.", "repayment to library board (pledged)"),
    ("The dean vowed to repay $3,100 to the alumni fund.", "repayment by dean to alumni fund (pledged)"),
])
def test_money_only_promised_back_is_a_pledge(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


@pytest.mark.parametrize("text,measured", [
    ("The coach was praised for losing nearly 80 pounds in 2017, and he wrote a book about his weight.",
     "weight lost"),
    ("Ms. Okafor shed 35 pounds before the marathon.", "weight lost by Ms. Okafor"),
    ("The actor put on 25 pounds for the part.", "weight gained by actor"),
])
def test_pounds_a_person_loses_or_gains_as_weight_are_a_weight(text, measured):
    (figure,) = find(text)
    assert (figure.unit, figure.measures) == ("pounds", measured)


@pytest.mark.parametrize("text", [
    "The ferry company lost 12 million pounds last year.",
    "Pensioners will lose 400 pounds a year under the scheme.",
    "The bakery lost 900 pounds when the oven failed.",
])
def test_pounds_lost_with_no_word_of_the_body_stay_money(text):
    (figure,) = find(text)
    assert figure.unit == "GBP"


def test_each_name_in_a_list_of_poll_shares_has_its_own_share():
    # a long list parses any which way; the name right before "with" or "at" is whose share it is
    found = find("Okafor leads the survey, followed by Ohio Sen. Tomas Berg with 19 percent, Iowa Gov. Ana Ruiz "
                 "with 13 percent, and Rep. Ida Moll at 4 percent.")
    assert [f.measures for f in found] == ["Tomas Berg's share", "Ana Ruiz's share", "Ida Moll's share"]


@pytest.mark.parametrize("text,measured", [
    ("Dale Kerr and Iva Prost have both entered the race. Lind leads with 30 percent, followed by Tomas Berg with "
     "19 percent, Kerr and former Utah Sen. Iva Prost with 12 percent, and Ida Moll with 3 percent.",
     "share of each of Kerr and Iva Prost"),
    # "Kerr" named nowhere as a person: whose share besides Prost's, the words do not say
    ("Lind leads with 30 percent, followed by Tomas Berg with 19 percent, Kerr and former Utah Sen. Iva Prost at "
     "12 percent each, and Ida Moll with 3 percent.", None),
])
def test_a_share_after_two_names_is_each_ones_or_none(text, measured):
    (figure,) = [f for f in find(text) if f.text == "12 percent"]
    assert figure.measures == measured


def test_a_share_of_anything_but_a_vote_after_a_name_is_no_contenders():
    (figure,) = find("Mr. Lind, with 30 percent of his pay going to rent, moved out.")
    assert figure.measures == "share of his pay"


@pytest.mark.parametrize("text", [
    "The minister said: \"This is not a 900-mile steel fence from coast to coast.\"",
    "The boathouse is not a $3 million building, the rowing club said.",
    "Officials said the levy was never 8 percent of the harbour fees.",
])
def test_an_amount_a_denied_be_says_a_thing_is_measures_nothing(text):
    (figure,) = find(text)
    assert figure.measures is None


@pytest.mark.parametrize("text,shown,measured", [
    ("The plan would shield roughly 640,000 seasonal fruit pickers from the new rule.", "roughly 640,000",
     "number of seasonal fruit pickers"),
    ("The bill pays for 1,850 more harbour pilots.", "1,850", "number of additional harbour pilots"),
    ("The strike idled an estimated 120,000 dockworkers.", "an estimated 120,000", "number of dockworkers"),
    ("Filling the more than 4,000 vacancies for nurses will take years.", "more than 4,000",
     "number of vacancies for nurses"),
])
def test_a_count_in_thousands_before_a_plural_noun_is_a_figure(text, shown, measured):
    (figure,) = find(text)
    assert (figure.text, figure.measures) == (shown, measured)


@pytest.mark.parametrize("text", [
    "The glacier is 8,000 years old.",
    "The glider climbed to 9,000 feet.",
    "Its 2,000 (or so) members vote today.",
])
def test_a_time_a_unit_or_a_noun_set_apart_is_no_count_in_thousands(text):
    assert all(f.measures is None or "number of" not in f.measures for f in find(text))


def test_a_count_of_a_known_unit_a_word_apart_from_its_number_is_a_figure():
    (figure,) = find("The closure left 8,000 federal workers without pay.")
    assert (figure.text, figure.measures) == ("8,000", "number of federal workers")


def test_a_count_before_plural_nouns_listed_together_counts_them_all():
    found = find("The grant will help towns hire up to 4,000 nurses and social workers.")
    assert [f.measures for f in found] == ["number of nurses and social workers"]
    found = find("The city will hire 2,500 teachers and 300 nurses next year.")
    assert found[0].measures == "number of teachers"


def test_a_score_after_a_choice_between_two_things_gives_each_side_its_choice():
    found = find("A poll found that parents favored a longer school year over a shorter one, 48 percent to 44 percent.")
    assert [f.measures for f in found] == ["share of parents favoring a longer school year",
                                           "share of parents favoring a shorter school year"]
    found = find("A survey found that residents preferred a new park to a parking garage 52 percent to 38 percent.")
    assert [f.measures for f in found] == ["share of residents preferring a new park",
                                           "share of residents preferring a parking garage"]


def test_a_to_after_support_opens_what_is_supported_not_a_second_choice():
    found = find("Most voters support raising fees to pay for roads 45 percent to 40 percent.")
    assert [f.measures for f in found] == [None, None]


@pytest.mark.parametrize("text,measure", [
    ("The mayor would cut taxes for all residents except those with income above $90,000.", "income threshold"),
    ("Families earning less than $40,000 would get a credit.", "income threshold"),
    ("Firms with revenue under $5 million are exempt from the levy.", "revenue threshold"),
    ("The rule would cap rents for tenants with at least $2 million in assets.", "asset threshold"),
])
def test_a_bound_on_what_a_group_earns_is_an_exact_threshold(text, measure):
    found = find(text)
    assert [(f.measures, f.approximate) for f in found] == [(measure, False)]


def test_what_one_person_earned_beyond_a_bound_is_no_threshold():
    found = find("She earned over $2 million last year.")
    assert found[0].measures != "income threshold" and found[0].approximate


def test_money_a_plan_puts_forward_is_the_planned_spending_and_what_it_is_for():
    found = find("The council backed an old plan to spend $3 billion to keep 9,000 buses running.")
    assert found[0].measures == "planned spending to keep 9,000 buses running"
    found = find("The governor has a proposal to spend $2 billion on new bridges.")
    assert found[0].measures == "proposed spending on new bridges"


def test_a_count_bounded_by_fewer_than_keeps_its_bound():
    # "fewer than 200 people" is a bound: shown as "200 people" it reads as an exact count
    found = [f for f in find("The last ferry sailed on Monday, with fewer than 200 people aboard.")
             if f.unit == "people"]
    assert [(f.text, f.value, f.approximate) for f in found] == [("fewer than 200 people", 200.0, True)]


def test_a_share_on_a_noun_with_its_own_determiner_is_no_make_up_of_the_subject():
    """'The outcome may be flat, not the 4 percent sales rate', parsed with
    "rate" a second complement of "be": the share qualifies the noun phrase
    of its own ("the ... rate"), not what the outcome is made of."""
    from tests.distill.test_attribution import parsed

    words = ["The", "outcome", "may", "be", "flat", ",", "not", "the", "4", "percent", "sales", "rate", "."]
    heads = [1, 3, 3, 3, 3, 3, 11, 11, 9, 11, 11, 3, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "acomp", "punct", "neg", "det", "nummod", "compound", "compound", "attr",
            "punct"]
    pos = ["DET", "NOUN", "AUX", "AUX", "ADJ", "PUNCT", "PART", "DET", "NUM", "NOUN", "NOUN", "NOUN", "PUNCT"]
    doc = parsed(words, heads, deps, pos, lemmas=[w.lower() for w in words])
    assert figures._described_share(doc[9], doc[11], "%") is None
    # with no determiner the share still tells the subject's make-up
    words = ["Her", "ward", "is", "42", "percent", "Latino", "."]
    doc = parsed(words, [1, 2, 2, 4, 5, 2, 2], ["poss", "nsubj", "ROOT", "nummod", "npadvmod", "attr", "punct"],
                 ["PRON", "NOUN", "AUX", "NUM", "NOUN", "PROPN", "PUNCT"], lemmas=["her", "ward", "be", "42", "percent",
                                                                                 "Latino", "."])
    assert figures._described_share(doc[4], doc[5], "%") == "Her ward (Latino)"


def test_a_share_set_after_the_noun_be_calls_its_subject_is_not_that_nouns():
    # "a big family" says what kind of thing mosses are; the 9% is the mosses' share, of a whole not named
    (found,) = find("Mosses are indeed a big family – 9% of it all – while ferns rank far lower.")
    assert (found.text, found.measures) == ("9%", None)
    (found,) = find("The plan includes similar savings — roughly $70 million.")
    assert found.measures == "similar savings"


def test_a_count_of_things_keeps_what_its_clause_says_of_them():
    (found,) = find("Close to 29,000 farms up in the hills were without tractors.")
    assert found.measures == "number of farms in hills that were without tractors"
    (found,) = find("Some 94,000 farms lost their wells.")
    assert found.measures == "number of farms that lost their wells"
    # no clause of theirs: an infinitive, or a lone verb that may be a participle
    (found,) = find("He would allow 70,000 pickers to keep their permits.")
    assert found.measures == "number of pickers"


def test_a_confidence_interval_is_no_figure_of_its_own_and_its_estimate_stays():
    found = find("Counting the 4 late reports, the team put the yearly relapse ratio at 44% "
                 "(exact 95% CI, 30% to 59%), and 17% (95 percent confidence interval 9 to 26 percent) "
                 "of the 212 patients moved away.")
    assert [f.text for f in found if f.unit == "%"] == ["44%", "17%"]


def test_a_percentage_before_an_adjective_and_a_rate_is_the_rates_value():
    found = find("The survey found a 37% adult smoking rate in the two valley towns.")
    assert [(f.text, f.measures) for f in found] == [("37%", "adult smoking rate")]


def test_a_share_that_is_the_subject_of_a_verb_keeps_what_it_does():
    (found,) = find("Doctors now think that as many as 30 percent of the people who catch the valley fever "
                    "never run a temperature.")
    assert found.measures == "share of people who catch the valley fever who never run a temperature"
    (found,) = find("Some 60 percent of the county's roads need repairs.")
    assert found.measures == "share of county's roads that need repairs"


def test_a_share_whose_verb_has_another_subject_in_an_aside_says_nothing():
    (found,) = find("Using a new test, the survey team found that 22% of neighbours of sick people"
                    "—very few of whom reported any fever—had signs of past infection.")
    assert found.measures is None


def test_an_amount_a_level_is_set_to_or_from_measures_the_thing_set():
    found = find("The council would raise the budget of the ferry fund to 9 billion euros from 700 million euros.")
    assert [f.measures for f in found] == ["budget of ferry fund (target)", "budget of ferry fund (starting level)"]
    aims = find("The plan's goals, such as lifting the farm sector share to 35 percent from 20 percent, drew doubts.")
    assert [f.measures for f in aims] == ["farm sector share (target)", "farm sector share (starting level)"]
    (done,) = find("The bank cut its main lending rate to 3 percent last year.")
    assert done.measures == "bank's main lending rate"
    (unsure,) = find("After raising the levy to 5 percent, the town relented.")
    assert unsure.measures is None


def test_a_share_in_a_state_keeps_the_state():
    found = find("Table 2 shows that 61.3% of pupils were female, and about 12 percent of the staff is unpaid.")
    assert [f.measures for f in found] == ["share of pupils who were female", "share of staff that is unpaid"]
    (land,) = find("Roughly 20 percent of the land is forest.")
    assert land.measures == "share of land"  # a noun after "be": which part, the words say as they are


def test_money_at_a_rate_keeps_its_period_in_what_it_measures():
    (figure,) = find("The plan cut housing benefits by about $75 per month for the families that claim them.")
    assert figure.measures == "monthly cut in housing benefits"


@pytest.mark.parametrize("text,measured", [
    ("Lawmakers cut $4.2 billion from the scheme over ten years.", "cut from scheme over ten years"),
    ("The deal would trim costs by $3 million over eight years.", "cut in costs over eight years (forecast)"),
])
def test_money_spread_over_years_keeps_its_span_in_what_it_measures(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


def test_a_span_on_another_clause_is_not_the_moneys():
    (figure,) = find("The town has struggled over the last nine weeks, with a $9bn deficit last year.")
    assert "over" not in (figure.measures or "")


def test_a_share_takes_its_whole_from_an_of_phrase_opening_the_sentence():
    figure = next(f for f in find("Of the 4.1 million pupils in the region, 31 percent walk to school.") if f.unit == "%")
    assert figure.measures == "share of pupils in region that walk to school"
    (alone,) = find("Of those polled, 31 percent back the mayor.")
    assert alone.measures is None  # a pronoun names no whole


@pytest.mark.parametrize("text,measured", [
    ("Bidding on the quilt will start at $6,000.", "starting bid"),
    ("Tickets for the show start at $45.", "starting price of tickets"),
    ("The ferry company's shares opened at $12 on Monday.", "opening price of ferry company's shares"),
])
def test_money_a_verb_of_starting_sets_its_subject_off_at_is_its_starting_price(text, measured):
    (figure,) = find(text)
    assert figure.measures == measured


def test_a_large_count_before_the_adjectives_of_its_noun_is_kept():
    """"5 million low- and moderate-income renters": the parse hangs the
    count on the first adjective; it still counts the renters."""
    (found,) = find("Analysts said the levy would fall on 5 million low- and moderate-income renters.")
    assert (found.text, found.value, found.measures) == ("5 million", 5e6, "number of low- and moderate-income renters")


@pytest.mark.parametrize("text,figure", [
    ("That brings her pledge to the group to $40 million.", "$40 million"),
    ("A handsome 12 percent rise.", "12 percent"),
])
def test_a_hedge_is_a_word_of_its_own_not_the_tail_of_one(text, figure):
    """The "up to" at the end of "group to $40 million" is no hedge, nor the
    "some" of "handsome": the amount is exact, and starts at its number."""
    (amount,) = find_amounts(text)
    assert (amount.text, amount.approximate) == (figure, False)


def test_a_count_with_a_participle_and_its_doer_measures_those_done_to():
    """"at least 340 people shot and wounded by guards" counts the people
    shot, not people who shot; "fled and were sheltered by kin" keeps
    those who fled as the doers."""
    measured = {f.text: f.measures for f in find(
        "Ruth Amsel was among at least 340 people shot and wounded by guards during the strike.")}
    assert measured["at least 340 people"].startswith("people shot and wounded by guards")
    measured = {f.text: f.measures for f in find("Some 4,200 people fled and were sheltered by kin.")}
    assert measured["Some 4,200 people"] == "people who fled"


def test_a_joined_clause_with_a_time_of_its_own_keeps_it():
    """"In 2030, 38 percent ... and this year 61 percent ...": the year
    that opens the sentence is the first clause's, not the second's."""
    measured = {f.text: f.measures for f in find(
        "In 2030, 38 percent of all cash for Mr. Osk was from donors giving $100 or less, "
        "and this year 61 percent of the gifts to Ms. Bree's bid came from small donors.")}
    assert measured["38 percent"].endswith("in 2030")
    assert "2030" not in measured["61 percent"]


def test_a_hyphened_word_in_a_measure_is_kept_whole():
    """"via small-dollar donors": the hyphen is inside a word, and the
    measure does not stop at "small"."""
    measured = {f.text: f.measures for f in find("Last month 61 percent of gifts for Ms. Bree came via "
                                                 "small-dollar donors.")}
    assert measured["61 percent"].endswith("via small-dollar donors")


def test_an_amount_on_a_mark_measures_what_reached_it():
    """"the $3 billion mark" is a level that gifts passed, not what a mark
    costs."""
    measured = {f.text: f.measures for f in find("Gifts from the guild have raced past the $3 billion mark.")}
    assert measured["$3 billion"] == "Gifts from guild (raced past the mark)"
    measured = {f.text: f.measures for f in find("It crossed the $9 million threshold.")}
    assert measured["$9 million"] is None


def test_an_amount_with_or_more_in_a_relative_clause_is_the_groups_threshold():
    """"charities that have raised $3 million or more" says which charities
    a review counts: the review raised nothing."""
    measured = {f.text: f.measures for f in find(
        "A review of charities that have raised $3 million or more since 2030 shows rural groups lagging.")}
    assert measured["$3 million"] == "threshold for charities that have raised"
    measured = {f.text: f.measures for f in find("Most of the money came from donors who gave $150 or less.")}
    assert measured["$150"] == "threshold for donors who gave"


@pytest.mark.parametrize("text", [
    "A new survey shows that Okafor leads Brandt by 51 percent to 40 percent.",
    "Okafor beats Brandt by 51 percent to 40 percent, according to the survey.",
    "The survey has Okafor leading Brandt, 51 percent to 40 percent.",
])
def test_a_score_after_a_leader_and_by_gives_each_side_its_name(text):
    found = find(text)
    assert [f.measures for f in found] == ["Okafor's share", "Brandt's share"]


def test_a_score_after_a_pronoun_leader_names_no_side():
    found = find("Among older voters she leads Brandt by 51 percent to 40 percent.")
    assert [f.measures for f in found] == [None, None]


def test_a_share_in_a_list_that_leaves_out_the_verb_is_never_the_subjects():
    found = find("In the three-candidate contest, Brandt received 36 percent support, Independent Lena Moss 4 percent "
                 "and Green Party candidate Tom Ruiz 2 percent.")
    measures = [f.measures for f in found]
    assert measures[1] == "Lena Moss's share"
    assert "Brandt's share" not in measures[1:]


def test_a_share_after_an_unknown_name_in_a_list_gets_no_measure():
    found = find("Brandt won 36 percent, Moss 4 percent and Ruiz 2 percent.")
    assert [f.measures for f in found] == ["Brandt's share", None, None]


@pytest.mark.parametrize("text", [
    "Will the jobless rate in the valley reach 8 percent by spring?",
    "\"The real issue is, 'Forty percent of what?'\" the planner asked.",
])
def test_a_figure_asked_about_gets_no_measure(text):
    (found,) = find(text)
    assert found.measures is None


def test_a_figure_stated_before_a_later_question_keeps_its_measure():
    found = find("The jobless rate in the valley reached 8 percent in May. Will it fall?")
    assert found[0].measures is not None


@pytest.mark.parametrize("text,measure", [
    ("The podcast drew wide notice, gaining 40,000 new listeners in a week.", "number of new listeners gained"),
    ("The rowing club lost 1,200 members after the fee rise.", "number of members lost"),
    ("The bike-share scheme added 2 million riders in its second year.", "number of riders added"),
])
def test_a_count_a_verb_gains_or_loses_is_a_change_not_a_total(text, measure):
    (found,) = find(text)
    assert found.measures == measure


def test_a_count_held_stays_a_total():
    (found,) = find("The rowing club now has 1,200 members.")
    assert found.measures == "number of members"


@pytest.mark.parametrize("text,measure", [
    ("Farmers, fishers and miners together make up 12 percent of the workforce.",
     "Farmers, fishers and miners as a share of workforce"),
    ("Farmers make up 12 percent of the workforce.", "Farmers as a share of workforce"),
])
def test_a_share_that_a_list_makes_up_is_the_whole_lists(text, measure):
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("The mayor now sits at 60 percent support among older voters.", "support among older voters"),
    ("Unemployment among young men rose to 14 percent.", "Unemployment among young men"),
    ("The lead among likely voters is 5 percentage points.", "lead among likely voters"),
])
def test_a_group_an_amount_is_among_stays_in_its_measure(text, measure):
    (found,) = find(text)
    assert found.measures == measure


def test_among_on_the_verb_of_a_ranking_is_no_group_of_the_amount():
    (found,) = find("Okafor ranks among the leaders with 48 percent.")
    assert found.measures is None or "among" not in found.measures


def test_a_share_of_what_a_speaker_calls_yours_gets_no_measure():
    (found,) = find("\"Your roads are broken, 40 percent of your bridges are unsafe,\" the candidate told the crowd.")
    assert found.measures is None


@pytest.mark.parametrize("text", ["In the eastern county the share exceeds 7%.", "In the eastern county the rate rose to 7%."])
def test_a_bare_rate_that_says_of_what_nowhere_is_no_measure(text):
    (found,) = find(text)
    assert found.measures is None


def test_a_rate_that_names_what_it_is_of_keeps_its_measure():
    (found,) = find("The county's jobless rate reached 8 percent in May.")
    assert found.measures is not None and "jobless" in found.measures


@pytest.mark.parametrize("text,measure", [
    ("Only five members spend more than the league's recommended 3 percent of their budget on youth teams.",
     "share of their budget on youth teams (recommended)"),
    ("The rowing club missed its target of 10 percent growth.", "growth (target)"),
])
def test_an_amount_set_as_a_norm_says_so_in_its_measure(text, measure):
    (found,) = find(text)
    assert found.measures == measure


@pytest.mark.parametrize("text,measure", [
    ("Kent is nearly 3% Cornish.", "Kent (Cornish)"),
    ("Swing county Kent is nearly 3% Cornish American.", "Swing county Kent (Cornish American)"),
])
def test_a_share_after_be_with_a_kind_after_it_says_the_kind(text, measure):
    (found,) = find(text)
    assert found.measures == measure



def test_what_a_plan_would_cost_is_an_estimate():
    (found,) = find("The watchdog reported that the harbour plan would cost $150 million, even if its savings came true.")
    assert found.measures == "cost of harbour plan (estimate)"
    (built,) = find("The new harbour wall cost $150 million.")
    assert built.measures == "cost of new harbour wall"


def test_a_figure_in_a_statement_before_a_question_keeps_its_measure():
    (found,) = find("You approved more than 40 kilometres of sea wall last term, so why not now?")
    assert found.measures is not None


def test_a_rate_with_a_word_of_its_own_keeps_its_measure():
    found = find("With county taxes, her combined rate was 41.2 percent.")
    assert found[-1].measures == "combined rate"


@pytest.mark.parametrize("text,measure", [
    ("The survey of anglers carries a margin of error of 3.3 percentage points.", "margin of error"),
    ("The angler sample is 900, with a margin of error of 3.3 percentage points either way.",
     "margin of error for angler sample"),
])
def test_a_margin_of_error_is_named_whole_with_its_sample(text, measure):
    found = find(text)
    assert found[-1].measures == measure

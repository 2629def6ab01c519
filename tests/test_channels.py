"""`language.channels`: a name used only as the channel of the news."""

from briefing.language import nlp
from briefing.language.channels import channel


def _head_of(text: str, name: str):
    doc = nlp.sentence(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand").root


def test_any_name_told_informing_hosting_or_spoken_on_is_a_channel():
    for text, name in [("Two aides told the Valley Star that the mayor would resign.", "Valley Star"),
                       ("The Valley Star confirmed that the mayor sent the letter.", "Valley Star"),
                       ("Ann Lind said on Radio North that the vote was a shock.", "Radio North"),
                       ("Ann Lind spoke at a lunch hosted by the Valley Star on Monday.", "Valley Star")]:
        assert channel(_head_of(text, name)) and channel(_head_of(text, name), outlet=True), text


def test_an_outlets_own_works_and_deeds_make_a_channel_only_of_an_outlet():
    """"the board published a report" is the board's deed; "the Star published" is the channel."""
    for text, name in [("The Valley Board published the letter on Monday.", "Valley Board"),
                       ("Most residents back the plan, according to a Valley Board survey.", "Valley Board"),
                       ("The letter was cited in the Valley Gazette on Monday.", "Valley Gazette")]:
        token = _head_of(text, name)
        assert channel(token, outlet=True) and not channel(token), text


def test_an_actor_doing_or_undergoing_something_is_no_channel():
    for text, name in [("The Valley Star fired its editor on Monday.", "Valley Star"),
                       ("Critics attacked the Valley Star for its coverage.", "Valley Star"),
                       ("The Valley Council drafted the harbour plan.", "Valley Council")]:
        token = _head_of(text, name)
        assert not channel(token) and not channel(token, outlet=True), text


def test_the_organization_holding_an_interview_words_were_said_in_is_a_channel():
    for text, name in [("In an interview with Pell News, Ann Lind said the vote was close.", "Pell News"),
                       ("Ann Lind spoke in an interview on Pell News' \"Night Desk\" on Friday.", "Pell News")]:
        assert channel(_head_of(text, name)) and channel(_head_of(text, name), outlet=True), text
    # The interview is the news itself: the council is a party to it, not the channel of words said.
    assert not channel(_head_of("The Harbor Board agreed to an interview with the Valley Council.", "Valley Council"))

"""Boilerplate recognized by what it is, not by a list of known strings.

Blocks in; kept blocks, `Removal`s and metadata hints (an outlet named by a
credit or a site appeal, an author named by a bio) out.  Two kinds of rule:

- line rules fire anywhere: comment forms, anti-spam notices, navigation
  and widget headings, breadcrumbs, shortcode markers, "Read more: <other
  headline>" lines, calls to action, disclaimers, copyright and credits,
  editor's notes on the article itself ("This post has been updated ...",
  "Correction: An earlier version ..."), and the few short blocks a
  closing note leaves after it (other stories' teasers, the note's date);
- tail rules fire only in the run of blocks after the article's last
  sentence (author bios, donation or subscription appeals), because the
  same words inside an article (a quoted appeal, a profile that says "X is
  a political analyst") are content.

Every rule is a small function `block text -> bool` in `LINE_RULES` or
`TAIL_RULES`; the first that fires names the removal in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.casing import headline
from ..models import Removal
from .text import Block, sentences, word_count

_I = re.IGNORECASE
_QUOTED = re.compile(r"[\"“”]")
_WIDGET_PHRASE = (
    r"(most (popular|read|viewed|shared|commented|recent)|(the )?latest( news| stories| articles| posts| updates)?"
    r"|trending( now| stories| news)?|related( articles| posts| stories| news| content| topics)?|recommended"
    r"( for you| stories| articles)?|(you (may|might) )(also )?(like|enjoy)|don'?t miss|editor'?s picks?"
    r"|top stories|popular (posts|stories|articles)|recent (posts|comments)|read next|up next|more stories"
    r"|more (from|in|on) [\w ]{1,30}|share( this| on)?( article| story| post| page)?|follow us( on [\w ]+)?"
    r"|advertisement|sponsored( content)?|tags?|topics|categories|filed under|newsletter|sign up|subscribe"
    r"|skip to (main )?content|menu|search|home|print|email|comments?|leave a (reply|comment)"
    r"|continue reading( the main story| below)?|read (more|the full (story|article))|read the rest( of (the|this) (story|article|report|post))?( here)?"
    r"|click here|load more"
    r"|see all|view all|back to top|next article|previous article|related coverage|in (this|other) news"
    r"|also on [\w ]{1,30}|join the conversation|story continue[sd]( below)?( advertisement)?|tell us what you think"
    r"|print (this )?(article|page|story)|(order )?reprints?( (and|&) permissions)?|thank you|this article has been"
    r" sent to|an error has occurred.{0,40}|(please )?try again later|log ?in|sign ?in|register|close"
    r"|scroll (down )?(for|to see|to read) [\w ]{1,30}|videos?|photos?|audio|(photo )?gallery|slideshow|interactive)")
# A widget line is one to three widget phrases ("Advertisement Continue reading the main story").
_WIDGETS = re.compile(rf"^(?:[-•*]\s*)?[(\[]?(?:{_WIDGET_PHRASE}(?:\s*[→»›>])?[:.!,…]*\s*){{1,3}}[)\]]?$", _I)
# ("Story continues →", "(SCROLL DOWN FOR LIVE UPDATES)".)
_CAPTION = re.compile(
    r"^(image|media|photo|picture|video|gallery)\s*(\d+\s*)?(copyright|caption|credit|playback|photo)\b"
    r"|^getty images\b|/\s*(contributor|getty images|afp|reuters|ap)\s*$"
    r"|\((?:[^()]{0,60}[-–/]\s*)?(getty images|afp|ap photo|reuters|epa|shutterstock|associated press)\)$", _I)
# A wire photo's caption: "FILE - In this March 11, 2010 file photo, ...", "In this undated photo provided by ...".
_DESCRIBED = r"(?:(?:[A-Z][a-z]{2,8}\.?|\d{1,4},?|undated|file|handout|still|aerial|family|video|booking|satellite)\s+)"
_PICTURE = r"(?:photo|photograph|image|picture)\b(?!-)"
_PHOTO_CAPTION = re.compile(rf"^(?:FILE\s*[-–—]+\s*(?:In this|This)\b|In this\s+{_DESCRIBED}{{0,6}}{_PICTURE}"
                            rf"|This\s+(?:undated|file|handout)\s+{_DESCRIBED}{{0,4}}{_PICTURE}"
                            r"|\((?:L-R|L to R|[Ff]rom left|[Ll]eft to right)\)\s)")
# (A picture's people named in order: "(L-R) Saudi Crown Prince ... stand together after ...".)
_CREDIT_LINE = re.compile(r"^(photo |image )?credits?\b:?\s", _I)
# A caption's credit after its last sentence, with no stop of its own:
# "... in Kharkiv April 6, 2014. REUTERS/Stringer", "... posting. Facebook/Handout via REUTERS".
_TRAILING_CREDIT = re.compile(r"[.!?”\"]\s+([^.!?\[\]]{2,60})$")
_CREDIT_WORDS = re.compile(r"\w/\s?[A-Z]|\bvia [A-Z]|\b(?:REUTERS|AFP|AP|EPA|Getty Images)\b")
_MEDIA_COUNT = re.compile(r"^(?:slideshow|(?:photo |picture |image )?gallery|photos|images|pictures)\s*[:-]?\s*"
                          r"\(?\d+ (?:images?|photos?|pictures?|slides?)\)?$", _I)
"""A gallery's counter ("Slideshow (9 Images)"): a button, not a sentence."""
_PLAYER = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}"
                     r"(?:\s+(?:SD|HD|CC|Share|Embed|Live|Fullscreen|Mute))*$", _I)
"""A video player's controls ("00:00 / 00:40 SD HD Share")."""
_RULE_LINE = re.compile(r"^[\W_]+$")
"""A line of only marks ("___", "* * *"), or one mark alone (a list item's
"-" whose words the page set on the next line): a separator, no words."""
_WIRE_CREDIT_LINE = re.compile(r"^\((?P<credits>(?:additional )?(?:reporting|writing|editing|compiled|compiling)"
                               r" by [^()]{2,800})\)$", _I)
"""A wire story's credit line ("(Reporting by Jane Roe in Oslo; Editing by
John Doe)"): who reported and wrote it, not what it reports."""
_LABELLED = re.compile(r"^(tags?|topics|categories|filed under|keywords|share (this|on))\s*:", _I)
_COMMENT_FORM = re.compile(
    r"^(please )?(enter|leave|post|add|write|submit) (your|a) (comment|reply|name|e-?mail|website)"
    r"|^you must be (logged|signed) in|^save my name|^your e-?mail address will not be published"
    r"|^required fields are marked|^notify me of (new|follow-?up)|^\d+ (comments?|replies|responses)$"
    r"|^(post|cancel|submit) (comment|reply)$|^(log|sign) in to (comment|reply)"
    r"|\b(we are|we're) (\w+ )?moderating (all )?(the )?comments|\bcomments (are|will be) (\w+ )?moderated\b", _I)
_XML_DECLARATION = re.compile(r"^\W{0,3}(?:xml\s+)?version=[\"'“”]\d\.\d[\"'“”]\s+encoding=", _I)
"""What is left of an embedded graphic's XML declaration (`<?xml version="1.0"
encoding="utf-8"?>` with its brackets stripped), and its labels after it."""
_SPAM = re.compile(r"akismet|reduce spam|recaptcha|captcha|protected by .{0,30}spam", _I)
_MARKER = re.compile(r"^(\[[\w\s/=\"'.-]{1,60}\]|\{\{.{1,80}\}\}|\[\w+[^\]]{0,200}\].{0,200}\[/\w+\])$")
_BREADCRUMB = re.compile(r"^[Hh]ome(?=[A-Z»>›]|\s*[»>›/|])|^[^|]*(\s[»>›]\s.*){2,}", re.UNICODE)
_RELATED = re.compile(r"^(read (more|also|next)|also read|see also|explore further|related( article| story| post)?|more"
                      r"|watch|listen|must read|suggested|recommended|don'?t miss)\s*[:\-–—»|>]+\s*(?P<rest>.+)$", _I)
_CTA = re.compile(r"^(subscribe|sign up|join|follow|like|share|click|tap|download|donate|support|register"
                  r"|get (our|the|your)|you can (view|read|find|see|watch)|become a (member|patron|subscriber"
                  r"|supporter)|don'?t forget"
                  r"|to (subscribe|continue reading|read more|receive)|for (more|the latest)"
                  r"|stay (updated|informed|connected))\b.{0,200}\b(newsletter|us|our|here|now|today|free|channel"
                  r"|app|podcast|updates|page|inbox|alerts|latest|content|videos?)\b", _I)
_BULLET = re.compile(r"^[-•*]\s+")
_VISIT = re.compile(r"^visit\b[^.!?]{0,80}\b(?:homepage|home page|website|for more (?:stories|news))\b", _I)
"""A pointer to the site's other pages ("Visit our homepage for more stories")."""
_LINK_ARROW = re.compile(r"\b(?:you|your)\b[^.!?]{0,80}[»›→]$", _I)
"""An advertisement's link: an offer to the reader that ends in the
link's arrow ("Our tool can find an adviser near you »")."""
_DISCLAIMER = re.compile(r"^disclaimer\b|(views|opinions) expressed .{0,80}(are (those|solely|the author)|do not"
                         r" necessarily|don'?t necessarily)|do(es)? not necessarily (reflect|represent) the"
                         r"|in a private capacity", _I)
_ADVISORY = re.compile(r"^(?:(?-i:[A-Z]{2,}[A-Z.'’ -]{0,30}?)\s*[—–-]*\s+)?"  # after the dateline: "OSLO — WARNING: ..."
                       r"(?:(?:content|trigger|editor'?s) )?(?:warning|advisory|caution)\s*:.{0,80}\b(?:graphic"
                       r"|disturbing|distressing|explicit|offensive)\b"
                       r"|^this (?:story|article|report|video|piece) (?:contains|includes) .{0,40}\b(?:graphic"
                       r"|disturbing|distressing|explicit|offensive)\b", _I)
"""A content advisory ("WARNING: THIS REPORT CONTAINS GRAPHIC DETAILS"): a
note to the reader, neither title nor report."""
_COPYRIGHT = re.compile(r"^(©|copyright\b|\(c\) \d{4})|all rights reserved|non-commercial use|personal use only"
                        r"|governed by our (subscriber agreement|terms)|distribution and use of this material", _I)
_CONTACT = re.compile(r"^(write to|contact|e-?mail) [^.]{2,60} at \S+@\S+|(may|can) be reached at \S+@|^have a tip\?"
                      r"|^(please )?(write to|contact|e-?mail) \S+@\S+"
                      r"|^follow (him|her|them|us) on (twitter|facebook|instagram|x)\b", _I)
_PRESS_NOTE = re.compile(r"\b(?:use|cite) (?:this|the following) (?:url|link|doi) in your (?:coverage|story|report)"
                         r"|\(link (?:goes|will go) live\b|^(?:for immediate release|embargoed (?:until|for)\b)"
                         r"|^media (?:contacts?|enquiries|inquiries)\s*:", _I)
"""A press release's note to reporters ("Use this link in your story
...", "EMBARGOED UNTIL 9 May", "Media contact: ..."): how to report on it,
no part of what it reports."""
_BOXED_BYLINE = re.compile(r"^(?:[^.:!?]{2,60}:\s*)?(?i:analysis|commentary|comment) by [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3},"
                           r"\s+(?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2})(?: [a-z]+){0,3}"
                           r" (?:correspondent|editor|reporter|writer)$")
"""The heading of a box set in a report ("The price of fish: analysis by Ann
Berg, Harbour News economics correspondent"): who wrote the box, for the
outlet that publishes the report; no sentence of it."""
_RATE_NOTE = re.compile(r"^\(\s*(?:(?:US|A|C|NZ|HK)?[$€£¥₹]\s?1|1\s+[A-Za-z]+(?: [A-Za-z]+)?)\s*=\s*"
                        r"(?:[$€£¥₹]\s?)?\d[\d.,]*(?:\s+[A-Za-z]+){0,2}\s*\)$")
"""A wire story's closing note of the exchange rate it used ("($1 = 3.75
riyals)", "(1 euro = $1.09)"): a conversion key, no sentence."""
_CLICK_HERE = re.compile(r"\bclick here\b", _I)
# Teaser links tagged by section ("Holidaymakers fall ill after meal [INSIGHT]"),
# or a widget heading glued to its first link ("DON'T MISSPlague warning ...").
_TAGGED_LINK = re.compile(r"\[[A-Z][A-Z ]{2,15}\]$|^([Dd]on'?t [Mm]iss|DON'?T MISS|[Rr]ead [Mm]ore|READ MORE|Related"
                          r"|RELATED|Most [Rr]ead|MOST READ|Trending|TRENDING)(?=[A-Z][a-z])")
_CREDIT = re.compile(r"^(courtesy( of)?|originally (published|appeared) (in|on|at|by)|(this|the) (article|story|piece|post)"
                     r" (was )?(first|originally) (published|appeared) (in|on|at|by)|republished (from|with permission from)"
                     r"|reprinted (from|with permission))[:\s]+(?P<outlet>[^.]{2,80}?)[\s.’'\"”]*$", _I)
_PHOTO = re.compile(r"^(photo|image|picture|file photo|video|graphic)( credits?)?\s*[:/|–-]|^(photo|image)s? (by|courtesy)", _I)
_APPEAL = re.compile(r"support (us|our|independent)|donat(e|ion)|would you (support|help)|become a (member|supporter|patron)"
                     r"|make a (contribution|donation)|(article|story) you('ve| have) (just )?(read|finished)"
                     r"|our (journalism|journalists|reporting|newsroom|reporters|work)|journalism we"
                     r"|independent,? (nonprofit|non-profit|journalism|news)|nonprofit news|reader[- ]funded"
                     r"|subscribe (now|today|to (us|our))|your subscription|paywall|free from (corporate|commercial)", _I)
_BACK_MATTER = re.compile(r"^(?:acknowledge?ments?\b|(?:footnotes\s+)?author contributions\s*:"
                          r"|the authors? declares? no (?:competing|conflicts?)\b|(?:competing interests?|conflicts? of"
                          r" interest|funding|data (?:deposition|availability)(?: statement)?)\s*:"
                          r"|this article (?:is an? .{0,40}submission|contains supporting information)"
                          r"|this (?:open[- ]access )?article is (?:distributed|licensed) under"
                          r"|(?:more information|journal reference|reference|citation)\s*:.{0,300}?"
                          r"(?:\bet al\b|\(\d{4}\)|\bdoi\b))", _I)
"""The back matter of a research paper, last on its page: thanks, who did
what, conflicts of interest, funding, where the data are, the licence; and
the labelled reference a science news page ends on ("More information:
Ann Lee et al., \"Reed beds,\" Wetlands (2020). doi: ...")."""
_EDITOR_NOTE = re.compile(
    r"^(?:correction|clarification)(?: appended)?\s*[.:]?\s*$|^editor['’]?s note\s*:"
    r"|^(?:correction|clarification)\s*:\s*(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})\b[\w ,.]{0,20}$"
    r"|^(?:(?:correction|clarification|update|editor['’]?s note)\s*:\s*)?(?:this|the above) (?:post|article|story|report"
    r"|piece|column) (?:has been|was|is being) (?:updated|revised|corrected|amended|clarified)\b"
    r"|^(?:(?:correction|clarification|update|editor['’]?s note)\s*:\s*)?(?:an|a) (?:earlier|previous|prior|alternate)"
    r" version of this (?:post|article|story|report|piece|column)\b"
    r"|^(?:(?:correction|clarification)\s*:\s*)?(?:this|the above) (?:post|article|story|report|piece|column)"
    r" (?:originally|previously|incorrectly|mistakenly) (?:said|stated|reported|misstated|misidentified|gave)\b"
    r"|^(?:(?:correction|clarification)\s*:\s*)?(?:because of|due to) an? (?:editing|reporting|production|editor'?s)"
    r" error\b", _I)
"""An editor's note about the article itself ("This post has been updated with
comment from ...", "Correction: An earlier version of this story ...",
"CORRECTION APPENDED."): a note on the page's history, not a report."""
_READER = re.compile(r"\b(you|your|we|our|us)\b", _I)
# Reported speech is the article quoting someone, not the site asking.
_REPORTED = re.compile(r"\b(said|says|told|according to|added|explained|noted|wrote|asked)\b", _I)
_BIO = re.compile(r"^(the (author|writer)|about the author|[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})"
                  r",? (is|was|has been|writes|works|serves|teaches) ", re.UNICODE)
_ROLE_WORDS = re.compile(r"\b(analyst|journalist|writer|author|columnist|contributor|correspondent|reporter|editor"
                         r"|researcher|professor|fellow|scholar|lecturer|student|director|host|expert|consultant"
                         r"|freelance\w*|blogger|commentator|specialist|author of)\b", _I)
_OUTLET_CLAIM = re.compile(r"(?P<name>(?:[A-Z][\w’'&.-]*\s){1,4}?[A-Z][\w’'&.-]*) (operates as|is) an? "
                           r"(independent|nonprofit|non-profit|news|media|digital|online)")
_ARROW_ITEM = re.compile(r"^[►▶➤▸→»]\s*\S")
_ONLINE = re.compile(r"^(?:online|on the web|on the internet)\s*:\s*(?:https?://|www\.)\S+$", _I)
"""A wire story's footer ("Online: https://..."): a link, labelled."""
_ABOUT_LABEL = re.compile(r"^(?:About|ABOUT) [A-Z][^.!?]{0,40}:$")
_NAME_RUN = re.compile(r"\b(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+\b")


@dataclass(frozen=True, kw_only=True)
class Hints:
    """Metadata the boilerplate gave away: the outlet and the author."""

    outlet: str | None = None
    author: str | None = None


def _short(text: str, words: int) -> bool:
    # The length test first: a 10 MB line must not be split into words ten times over.
    return len(text) <= words * 40 and word_count(text) <= words


def is_widget(text: str) -> bool:
    return _short(text, 8) and bool(_WIDGETS.match(text) or _LABELLED.match(text))


_FORM_SENTENCE = re.compile(r"\b(?:sign ?up|subscrib\w*|newsletters?|not a robot|invalid e-?mail|re-?enter|opt[- ]out"
                            r"|try again|error has occurred|e-?mail address|privacy policy|special offers)\b", _I)
FORM_SENTENCES = 3  # a sign-up form's run of prompts: three or more of them
FORM_SHARE = 0.6  # of the block's sentences, at least


def is_signup_form(text: str) -> bool:
    """A newsletter's sign-up form run into one block ("Newsletter Sign Up
    ... Please verify you're not a robot ... Invalid email address. ...
    Thank you for subscribing."): most of its sentences its prompts, none
    quoted or reported."""
    if not _short(text, 150) or _QUOTED.search(text) or _REPORTED.search(text):
        return False
    parts = sentences(text)
    prompts = sum(bool(_FORM_SENTENCE.search(part)) for part in parts)
    return prompts >= FORM_SENTENCES and prompts >= FORM_SHARE * len(parts)


def is_comment_form(text: str) -> bool:
    return _short(text, 25) and bool(_COMMENT_FORM.search(text))


def is_spam_notice(text: str) -> bool:
    return _short(text, 30) and bool(_SPAM.search(text))


def is_marker(text: str) -> bool:
    return bool(_MARKER.match(text) or _XML_DECLARATION.match(text)) or (_short(text, 8) and bool(
        _RULE_LINE.match(text) or _PLAYER.match(text) or _MEDIA_COUNT.match(text)))


def is_breadcrumb(text: str) -> bool:
    return _short(text, 20) and not text.endswith(".") and bool(_BREADCRUMB.search(text))


def is_related_link(text: str) -> bool:
    """"Read more: <another headline>", never "Read more about X in ...": the
    part after the colon must be one headline-like line."""
    if _short(text, 40) and _TAGGED_LINK.search(text) or _short(text, 12) and _MORE_ON.match(text):
        return True
    if _short(text, 20) and _teaser(text) or _short(text, LABELLED_TEASER_WORDS) and _labelled_teaser(text):
        return True
    text = _unwrapped(text)  # "[Related: <headline>]", "(READ MORE: <headline>)"
    match = _RELATED.match(text) if _short(text, 30) else None
    if not match:
        return _short(text, 60) and _doubled_card(text)
    rest = match.group("rest") if match else ""
    return _short(rest, 20) and (not rest.endswith(".") or _short(rest, 12)) and ". " not in rest


_BRACKETS = {"[": "]", "(": ")"}
_TEASER = re.compile(r"^(?:read|see|watch|listen to)\s+(?P<rest>\S.*)$", _I)
TEASER_WORDS = 4  # a teaser's headline has at least this many words


def _unwrapped(text: str) -> str:
    """`text` without one pair of brackets around all of it ("[Related: ...]")."""
    text = text.strip()
    return text[1:-1].strip() if len(text) > 2 and _BRACKETS.get(text[0]) == text[-1] else text


def _teaser(text: str) -> bool:
    """"Read <Another Story's Headline In Title Case>": a link to another
    story with no sentence around it (a headline's words after the verb,
    capitalised as a headline is; never "Read the report here.")."""
    found = _TEASER.match(text.strip())
    rest = found.group("rest") if found else ""
    return word_count(rest) >= TEASER_WORDS and not rest.endswith(".") and headline(rest)


_LABELLED_TEASER = re.compile(r"^[A-Z]{3,}(?: [A-Z]{2,})?\s*:\s+(?P<rest>[^.!?:]+)$")
_SPOKEN = re.compile(r"^(?:I|I'm|I’m|we|you|yes|no|well|oh|so|and|but)\b", _I)
LABELLED_TEASER_WORDS = 16


def _labelled_teaser(text: str) -> bool:
    """"OPINION: Another story's headline": a link to another story under a
    label in capitals, a line with no stop; never a transcript's speaker
    ("SMITH: Well, I think so"), a note with a stop ("UPDATE: ... .") nor a
    warning all in capitals (`is_disclaimer`)."""
    found = _LABELLED_TEASER.match(text.strip())
    rest = found.group("rest").strip() if found else ""
    return word_count(rest) >= TEASER_WORDS and not rest.isupper() and not _SPOKEN.match(rest)


_MORE_ON = re.compile(r"^(?:[-•*]\s*)?more (?:information|coverage|stories|news|details|photos|videos) (?:on|about|from)"
                      r" [^.!?:]{2,80}$", _I)
"""A link to more on a topic, with no stop ("- More information on the museum theft")."""
_LEAD_IN = re.compile(r"^(?:read (?:more|also|next)|also read|see also|more on this|up next|next up)\s+(?P<rest>.+)$", _I)


def _doubled_card(text: str) -> bool:
    """"Read next <headline> <the same headline>": a link card, whose
    title the page prints twice (once over its picture), after a lead-in
    with no colon."""
    match = _LEAD_IN.match(text.strip())
    words = match.group("rest").split() if match else []
    half = len(words) // 2
    return half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


def is_link(text: str) -> bool:
    """An item of a link list, not prose: arrow-led ("►Top 100 World Cup
    Moments: https://...", "►Everything You Need to Know:"), or an "About
    <channel>:" label, or "Online: <address>".  A bare web address stays: a page's gold text keeps
    the addresses its article lists."""
    if not _short(text, 12):
        return False
    arrowed = bool(_ARROW_ITEM.match(text)) and not text.rstrip().endswith(".")
    return arrowed or bool(_ABOUT_LABEL.match(text) or _ONLINE.match(text))


_HOUSE_PROMO = re.compile(r"^(?:(?:also|more|other|latest)\s+(?:(?:videos?|photos?|stories|news|podcasts?)\s+)?"
                          r"|(?:videos?|photos?|stories|podcasts?)\s+)from\s+(?:the\s+)?"
                          r"(?P<outlet>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s*[:.]?$", _I)
"""A site's pointer to more of its own work ("Videos from the Valley
Ledger.", "ALSO FROM THE LEDGER:"): page furniture that names the outlet."""


_SHOW_TIMES = re.compile(
    r"^(?-i:(?:[A-Z][\w’'&.-]*\s+){1,5})(?:airs|broadcasts|streams)\b[^.!?]{0,80}?"
    r"\b(?:weekdays|weeknights|weekends|daily|nightly|every (?:day|night|week|morning|evening|\w+day)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|Monday (?:through|to|-|–) Friday)\b"
    r"[^!?]{0,60}\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)
"""A show's own schedule line ("Valley Hour airs on Radio 9 weekdays from
6 a.m. to 9 a.m."): a name in capitals, "airs", a recurring slot and a
clock time.  One broadcast ("The interview airs Sunday at 9 p.m.") has
no recurring slot and stays."""


def is_house_promo(text: str) -> bool:
    """Whether `text` is a line pointing to more of the site's own work
    (`_HOUSE_PROMO`) or to when its show is on air (`_SHOW_TIMES`)."""
    return _short(text, 8) and bool(_HOUSE_PROMO.match(text.strip())) \
        or _short(text, 30) and bool(_SHOW_TIMES.match(text.strip()))


def _promo_outlet(text: str) -> str | None:
    """The outlet a house promotion line names, in title case when the
    line is set in capitals ("ALSO FROM THE LEDGER:" -> "Ledger")."""
    found = _HOUSE_PROMO.match(text.strip())
    if found is None:
        return None
    outlet = found.group("outlet").rstrip(".")
    return outlet.title() if outlet.isupper() else outlet


def is_call_to_action(text: str) -> bool:
    text = _BULLET.sub("", text)  # a list's item: "- Visit our homepage ..."
    return _short(text, 40) and not _QUOTED.search(text) and bool(
        (_short(text, 30) and (_CTA.match(text) or _VISIT.match(text) or _LINK_ARROW.search(text.rstrip()))) or _CLICK_HERE.search(text))


def is_contact_line(text: str) -> bool:
    """"Write to Jane Roe at jane@example.com", "Have a tip? ...": how to reach the author."""
    return _short(text, 40) and bool(_CONTACT.search(text))


def is_press_note(text: str) -> bool:
    """A press release's note to the reporters who receive it (`_PRESS_NOTE`)."""
    return _short(text, 80) and bool(_PRESS_NOTE.search(text))


def is_boxed_byline(text: str) -> bool:
    """The heading of an analysis box naming its writer (`_BOXED_BYLINE`)."""
    return _short(text, 25) and bool(_BOXED_BYLINE.match(text.strip()))


def is_rate_note(text: str) -> bool:
    """A wire story's note of the exchange rate it used (`_RATE_NOTE`)."""
    return bool(_RATE_NOTE.match(text.strip()))


def is_disclaimer(text: str) -> bool:
    return _short(text, 120) and bool(_DISCLAIMER.search(text)) or (
        _short(text, 20) and bool(_ADVISORY.search(text)) and not _REPORTED.search(text))


def is_copyright(text: str) -> bool:
    """A copyright line, or a longer reprint notice that says so twice over
    ("... for your personal, non-commercial use only.  Distribution and use
    of this material are governed by our Subscriber Agreement ...")."""
    if _short(text, 30):
        return bool(_COPYRIGHT.search(text))
    return _short(text, 80) and len({m.group(0).lower() for m in _COPYRIGHT.finditer(text)}) >= 2


def is_credit(text: str) -> bool:
    return _short(text, 15) and bool(_CREDIT.match(text) or _PHOTO.match(text)) or (
        _short(text, CREDIT_WORDS) and bool(_WIRE_CREDIT_LINE.match(text))) or (
        _short(text, CREDIT_WORDS) and _contributors(text))


CREDIT_WORDS = 80  # a wire's credit line can name a dozen reporters, each with a place
_CONTRIBUTED = re.compile(r"^[^\"“”]{2,400}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$", _I)
_FILED_FROM = re.compile(r"^(?:[A-Z][\w.'’-]+ ){1,3}(?:and (?:[A-Z][\w.'’-]+ ){1,3})?reported from"
                         r" [A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}\.?$")


def _contributors(text: str) -> bool:
    """A story's closing credit, each of its sentences either who filed
    from where ("Roe reported from Oslo.") or who helped ("Associated
    Press writers Jane Roe in Oslo and John Doe contributed to this
    report.")."""
    return all(_CONTRIBUTED.match(part) or _FILED_FROM.match(part) for part in sentences(text))


def is_media_caption(text: str) -> bool:
    """Photo and video captions and credits ("Image copyright AFP", "(Jane Roe - GETTY IMAGES)",
    "FILE - In this March 11, 2010 file photo, ...", "... in Kharkiv April 6, 2014. REUTERS/Stringer",
    "... a missile on parade (AFP Photo/Jane Roe)", "... told reporters. | AP Photo",
    "Video (01:30) : ...", a gallery's "View larger image ..." captions)."""
    return _short(text, 40) and bool(_CAPTION.search(text)) or (
        _short(text, 6) and not text.endswith(".") and bool(_CREDIT_LINE.match(text))) or (
        _short(text, 80) and bool(_PHOTO_CAPTION.match(text))) or (
        _short(text, 60) and _credited_at_end(text)) or (
        _short(text, CAPTION_WORDS) and (_ends_in_photo_credit(text) or bool(_TIMED_CLIP.match(text)))) or (
        _gallery(text)) or (_short(text, 2 * CAPTION_WORDS) and _doubled_caption(text))


_GALLERY_PROMPT = re.compile(r"\b(?:view|see|click to view|click to see) (?:a )?(?:larger|full[- ]size|bigger)"
                             r" (?:image|photo|picture|version)\b|\b(?:click (?:here )?to )?enlarge (?:this )?"
                             r"(?:image|photo|picture)\b|\bexpand (?:this )?(?:image|photo|picture)\b", _I)
_TIMED_CLIP = re.compile(r"^(?:video|watch|audio|clip)\s*\(\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\)\s*[:|–—-]", _I)
"""An embedded clip's caption headed by its running time ("Video (01:30) : ...")."""
GALLERY_CAPTIONS = 12  # captions one gallery block runs together at most


_DOUBLED = re.compile(r"(?P<caption>.{20,}?\((?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\))\s+(?P=caption)\s*", re.S)
"""One caption with its credit in brackets given twice in a row: a page's
picture text and its caption scraped as one line."""


def _doubled_caption(text: str) -> bool:
    """Whether `text` is a caption ending in its credit in brackets ("The
    mayor at the quay. (Harbour TV)") given twice over: a report never
    repeats a sentence and its source's name word for word."""
    return bool(_DOUBLED.fullmatch(text.strip()))


def _gallery(text: str) -> bool:
    """Whether `text` is a photo gallery's captions run into one block: it
    opens on the gallery's button ("View larger image", "Enlarge this
    image") and each caption between two buttons is caption-long.  A
    button never opens a paragraph of the report itself."""
    if not _GALLERY_PROMPT.match(text.lstrip()):
        return False
    parts = _GALLERY_PROMPT.split(text)
    return len(parts) <= GALLERY_CAPTIONS + 1 and all(_short(part, CAPTION_WORDS) for part in parts)


_AGENCY_PHOTO = (r"(?i:AP|AFP|Reuters|EPA|Getty(?: Images)?|Associated Press|Xinhua|Anadolu|DPA|Bloomberg|UPI|AAP)"
                 r"\s+(?i:photo(?:graph)?|image|picture)s?\b")
_PHOTO_CREDIT = re.compile(rf"\(\s*{_AGENCY_PHOTO}[^()]{{0,60}}\)"
                           rf"|(?:^|\s)\|\s*{_AGENCY_PHOTO}(?:\s*/\s*[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){{0,3}})?")
"""A wire photo's credit, an agency and the word "Photo" (and the
photographer): in brackets ("(AFP Photo/Jane Roe)", "(AP Photo/Jane Roe,
File)") or after a bar ("| AP Photo"); written after the caption it
credits, and nowhere in an article's prose."""
_AFTER_CREDIT = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?$")  # a second credit may follow: "(Associated Press)"
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
_WIRE_CREDIT = re.compile(r"\((?:AP Photo|Associated Press|Reuters|AFP|EPA|Getty Images)\b[^()]{0,60}\)\s*", _I)


def split_caption(block: Block) -> list[Block]:
    """`block`, or its leading photo caption and the rest as two blocks of
    the same line: a scraped page often runs a wire photo's caption ("In
    this May 2, 2019, file photo, two girls cross the bridge. (AP
    Photo/Jane Roe, File)") into the article's first paragraph, and the
    caption's date and scene are no event of the story.  The caption ends
    at its wire credit; without one, a short block is left whole for
    `is_media_caption`, and a longer one loses only the sentence that
    opens with the "... photo"."""
    opening = _PHOTO_CAPTION.match(block.text)
    if not opening:
        return _split_at_credit(block)
    end = _WIRE_CREDIT.search(block.text, opening.end())
    if end is None and not is_media_caption(block.text):
        end = _SENTENCE_END.search(block.text, opening.end())
    if end is None or not _short(block.text[:end.end()], CAPTION_WORDS) or not block.text[end.end():].strip():
        return [block]
    return [Block(text=block.text[:end.end()].rstrip(), line=block.line),
            Block(text=block.text[end.end():], line=block.line)]


_TRAILING_WIRE_CREDIT = re.compile(r"(?<=[.!?”\"’])\s+(?=\((?:additional )?(?:reporting|writing|editing|compiled|compiling)"
                                   r" by [^()]{2,200}\)\s*$)", _I)


def split_wire_credit(block: Block) -> list[Block]:
    """`block`, or its sentences and the wire credit run onto its end as two
    blocks of the same line ("... on Friday. (Editing by Jane Roe)"): the
    credit names who wrote and edited the report, never people in it."""
    found = _TRAILING_WIRE_CREDIT.search(block.text)
    if found is None:
        return [block]
    return [Block(text=block.text[:found.start()], line=block.line), Block(text=block.text[found.end():].strip(),
                                                                           line=block.line)]


CAPTION_WORDS = 80  # a caption is no longer than this (`is_media_caption`'s bound)
CAPTION_LEAST = 5  # a caption has at least this many words before its credit: it describes the picture


def _split_at_credit(block: Block) -> list[Block]:
    """`block`, or a caption that ends in a wire photo credit and the rest
    of the same line as two blocks ("... told reporters. | AP Photo Trump
    threatens to ...": a page's caption run into its headline)."""
    credit = _PHOTO_CREDIT.search(block.text)
    if credit is None or not _short(block.text[:credit.end()], CAPTION_WORDS) \
            or len(block.text[:credit.start()].split()) < CAPTION_LEAST:
        return [block]
    rest = block.text[credit.end():]
    if not rest.strip() or _AFTER_CREDIT.fullmatch(rest):
        return [block]
    return [Block(text=block.text[:credit.end()].rstrip(), line=block.line), Block(text=rest.strip(), line=block.line)]


def _ends_in_photo_credit(text: str) -> bool:
    """Whether `text` is a caption: words describing a picture, then a wire
    photo credit (`_PHOTO_CREDIT`) and nothing but another credit after it."""
    credits = list(_PHOTO_CREDIT.finditer(text))
    return bool(credits) and len(text[:credits[-1].start()].split()) >= CAPTION_LEAST \
        and bool(_AFTER_CREDIT.fullmatch(text[credits[-1].end():]))


def _credited_at_end(text: str) -> bool:
    """Whether `text` ends in a photo credit after its last sentence: a run
    of at most eight words with no stop of its own that names an agency in
    capitals, joins names with a slash or says "via" one ("REUTERS/Stringer",
    "Facebook/Handout via REUTERS", "ADRIAN DENNIS/AFP/Getty Images)")."""
    credit = _TRAILING_CREDIT.search(text)
    return bool(credit) and len(credit.group(1).split()) <= 8 and bool(_CREDIT_WORDS.search(credit.group(1)))


def is_appeal(text: str) -> bool:
    return (_short(text, 150) and not _QUOTED.search(text) and not _REPORTED.search(text)
            and bool(_APPEAL.search(text)) and bool(_READER.search(text)))


def is_back_matter(text: str) -> bool:
    return _short(text, 400) and bool(_BACK_MATTER.match(text))


_PAGE_POINTER = re.compile(r"[.!?”\"]\s+[A-Z]{1,2}\d{1,2}\.?$")
"""A print page's number after a closing stop: "... too aggressive. B4."."""


def is_page_pointer(text: str) -> bool:
    """A print edition's pointer to a story on another page ("Fare rise:
    Riders say the new prices hit the night shift hardest. B4."): a short
    line that ends on a page number, not on its sentence."""
    return _short(text, 40) and bool(_PAGE_POINTER.search(text.strip()))


def is_editor_note(text: str) -> bool:
    return _short(text, 120) and bool(_EDITOR_NOTE.match(text))


def is_headline(text: str) -> bool:
    """A headline of another story listed after the article ("16\" MacBook
    Pro Now Available"): a short line in title case with no closing stop."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    # Not a tweet's signature ("— Jane Roe (@janeroe) April 12, 2021"): it dates the tweet quoted above it.
    return _short(text, 15) and len(words) >= 2 and not re.search(r"[.!?:;\"”'’)]$", text.strip()) \
        and text.strip()[:1].isalnum() and "@" not in text \
        and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def is_bio(text: str) -> bool:
    return _short(text, 150) and bool(_BIO.match(text)) and bool(_ROLE_WORDS.search(text[:300]))


_STRANGER_BIO = re.compile(r"^([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?:, [^,]{3,160}?(?:, [A-Z][\w.]{0,3})?,)?"
                           r" (?:is|was) (?!\w+(?:ing|ed)\b)(?:(?:a|an|the) )?[a-zA-Z][^!?]+\.$")
"""What someone named in full is or was, maybe with a former post set off
by commas ("Ann Berg, a former envoy to Peru, is a fellow at ..."; a
"Jr." inside it too); not what they are doing ("is polling third")."""


def _closing_bio(blocks: list[Block], index: int) -> str | None:
    """"author-bio" for the last block when it only says what someone named
    in full, whose surname the text never writes before, is or was ("Ann
    Berg is the former governor of Maine."): an op-ed's note on its writer,
    who may hold any office, not only a writing job; a news report names
    the people it describes before its last line."""
    text = blocks[index].text.strip()
    found = _STRANGER_BIO.match(text) if index == len(blocks) - 1 and _short(text, 60) else None
    if not found:
        return None
    surname = found.group(1).split()[-1].rstrip(".,")
    named_before = any(re.search(rf"\b{re.escape(surname)}\b", block.text) for block in blocks[:index])
    return None if named_before else "author-bio"


_SIGNED = re.compile(r"^(?:--|[—–―])\s*(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})$")
_HANDLE_LINE = re.compile(r"^(?:(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|threads)\.(?:com|net)/@?\w{1,40}/?"
                          r"|@\w{1,30})$", _I)


def is_signature(text: str) -> bool:
    """A writer's closing signature, "-- Jane Roe" (a dash and a name alone)."""
    return bool(_SIGNED.match(text.strip()))


def is_handle(text: str) -> bool:
    """A line that is only a social media handle ("twitter.com/janeroe", "@janeroe")."""
    return bool(_HANDLE_LINE.match(text.strip()))


_SHOWN = re.compile(r"\b(?:footage|videos?|clips?|photos?|photographs?|images?|pictures?|livestream)\b", _I)
EMBED_LEAD_WORDS = 30  # a lead-in to a player or a picture is one short sentence


def is_embed_lead_in(text: str) -> bool:
    """A sentence alone in its block, ending on a colon, that names a video
    or a picture ("The station aired footage of the raid:", "Here is a
    clip of her speech:"): it opened a player or a picture the text does
    not hold, so it reads as a sentence cut off.  A block of more
    sentences, or one that quotes, is content ("She was, in a word, plainly
    displeased:" after a sentence on a photo)."""
    stripped = text.strip()
    return stripped.endswith(":") and _short(stripped, EMBED_LEAD_WORDS) and len(sentences(stripped)) == 1 \
        and not _QUOTED.search(stripped) and bool(_SHOWN.search(stripped))


MEDIA_CAPTION = "media-caption"  # the rule a photo caption is removed by (the events stage reads its dates)
LINE_RULES = {"navigation-widget": is_widget, "comment-form": is_comment_form, "signup-form": is_signup_form,
              "spam-notice": is_spam_notice,
              "markup-marker": is_marker, "breadcrumb": is_breadcrumb, "related-link": is_related_link, "link": is_link,
              "call-to-action": is_call_to_action, "contact-line": is_contact_line, "press-note": is_press_note,
              "rate-note": is_rate_note, "boxed-byline": is_boxed_byline, "house-promo": is_house_promo,
              "disclaimer": is_disclaimer, "copyright": is_copyright,
              "credit-line": is_credit, MEDIA_CAPTION: is_media_caption, "editor-note": is_editor_note,
              "embed-lead-in": is_embed_lead_in, "page-pointer": is_page_pointer}
TAIL_RULES = {"signature": is_signature, "social-handle": is_handle, "author-bio": is_bio, "appeal": is_appeal, "back-matter": is_back_matter, "related-headline": is_headline}


def strip(blocks: list[Block]) -> tuple[list[Block], list[Removal], Hints]:
    """Blocks without boilerplate, what was removed, and metadata hints."""
    blocks = [part for block in blocks for caption in split_caption(block) for part in split_wire_credit(caption)]
    verdicts = _credited_captions(_under_link_label([_line_rule(block.text) for block in blocks], blocks), blocks)
    verdicts = _after_editor_note(_after_open_label(verdicts, blocks), blocks)
    verdicts = _subheadings(verdicts, blocks)
    for index in reversed(range(len(blocks))):
        if verdicts[index] is None:
            verdicts[index] = _tail_rule(blocks[index].text) or _closing_bio(blocks, index)
            if verdicts[index] is None:
                break
    kept = [block for block, rule in zip(blocks, verdicts) if rule is None]
    removed = [(block, rule) for block, rule in zip(blocks, verdicts) if rule is not None]
    removals = [Removal(action="removed", rule=rule, text=block.text, line=block.line) for block, rule in removed]
    return kept, removals, _hints(removed)


_LINK_LABEL = re.compile(r"^[(\[]?(?:related(?: articles| posts| stories| news| content| coverage| links)?|read (?:more|also|next)"
                         r"|also read|see also|more stories|more on this( story)?|recommended(?: stories| articles| reading)?"
                         r"|you (?:may|might) also like|don'?t miss|most (?:read|popular))\s*[:.]?\s*[)\]]?$", _I)
"""A heading over a list of links to other stories ("RELATED:", "Read more")."""
LINK_LIST_BLOCKS, LINK_WORDS = 6, 20
_SIGNATURE = re.compile(r"^(?:--|[—–―-])\s*[A-Z]")


def _under_link_label(verdicts: list[str | None], blocks: list[Block]) -> list[str | None]:
    """`verdicts` with the links listed under a removed link heading
    ("RELATED:" over three other stories' headlines) marked
    "related-link": the short lines right under it with no closing stop
    (or with a section tag, "[Poll]"), up to a sentence or a signature."""
    verdicts = list(verdicts)
    for index, block in enumerate(blocks):
        if verdicts[index] is None or not _LINK_LABEL.match(block.text.strip()):
            continue
        for below in range(index + 1, min(index + 1 + LINK_LIST_BLOCKS, len(blocks))):
            text = blocks[below].text.strip()
            if verdicts[below] is not None or not _listed_link(text):
                break
            verdicts[below] = "related-link"
    return verdicts


def _listed_link(text: str) -> bool:
    """Whether a line under a link heading is a link: short, opening on a
    capital or a quotation mark, with no sentence end, or ending on a tag."""
    return _short(text, LINK_WORDS) and not _SIGNATURE.match(text) and (text[:1].isupper() or text[:1] in "\"“‘'") \
        and (not re.search(r"[.!?\"”’:;,]$", text) or bool(re.search(r"\[[A-Z][\w ]{1,15}\]$", text)))


_CREDITED = re.compile(r"^[^.!?()]{3,120}?\s\((?:[A-Z][\w’'&.-]*(?: (?:[A-Z][\w’'&.-]*|of|and|the|de)){0,3})\)$")
"""A caption credited in brackets: a phrase with no stop, then a name
("The mayor at the harbour (Valley Archive)")."""
CREDITED_WORDS, CREDITED_LEAST = 20, 2


def _credited_captions(verdicts: list[str | None], blocks: list[Block]) -> list[str | None]:
    """`verdicts` with the article's credited captions marked as captions,
    when it has at least `CREDITED_LEAST` of them (short lines with no
    stop, ending in a bracketed name): one such line may be a heading, a
    run of them is a gallery's captions, whose names are no mentions."""
    shaped = [i for i, block in enumerate(blocks) if verdicts[i] is None and _short(block.text, CREDITED_WORDS)
              and _CREDITED.match(block.text.strip())]
    if len(shaped) < CREDITED_LEAST:
        return verdicts
    return [MEDIA_CAPTION if i in shaped else rule for i, rule in enumerate(verdicts)]


_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", _I)
ABOUT_WORDS = 120
"""Most words of the blurb under an "About <channel>:" label."""


SUBHEADING_WORDS = 10   # words a sub-heading holds at most
FIRST_SUBHEADING = 2    # blocks before the first that may be one: a title and a byline open the text
SENTENCE_WORDS = 8      # words a paragraph around a sub-heading holds at least
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")
_OPEN_END = re.compile(r"[.!?:;,\"”’')\]\-–—]$")
_NUMBERED_POINT = re.compile(r"^(?:\d{1,2}[.)]\s|\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’]|\d{1,2}[:.]\d{2}\b|halftime\b|full[- ]time\b)", re.I)
"""A listicle's numbered point ("2. The new ferries shine") or a live
report's timed entry ("88’: Harbour FC equalise", "14:05 The vote is
called", "Halftime: ..."): its content, not a heading over it."""


def _subheadings(verdicts: list[str | None], blocks: list[Block]) -> list[str | None]:
    """`verdicts` with the body's sub-headings marked "subheading": a short
    line in capitals with no closing mark ("FERRY BUYERS WANTED"), set
    after the text's first blocks between two kept paragraphs that end as
    sentences do.  It names the
    section below it (or links elsewhere); it is no sentence of the report.
    A list's items stay: the line before them ends on a colon, or is one;
    so do a listicle's numbered points and a live report's timed entries
    (`_NUMBERED_POINT`)."""
    verdicts = list(verdicts)
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    for place, index in enumerate(kept[1:-1], start=1):
        text = blocks[index].text.strip()
        if index < FIRST_SUBHEADING or not _short(text, SUBHEADING_WORDS) or _OPEN_END.search(text) \
                or not _in_capitals(text) or _NUMBERED_POINT.match(text):
            continue
        if _full_sentence(blocks[kept[place - 1]].text) and _full_sentence(blocks[kept[place + 1]].text):
            verdicts[index] = "subheading"
    return verdicts


def _in_capitals(text: str) -> bool:
    """Whether every letter of `text` (two words at least) is a capital, as
    wire copy sets its sub-headings ("OPENING THE ACCOUNTS"); a line in
    sentence or title case between paragraphs may be a heading too, but
    also the writer's own pointer to the topic, which the themes read."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _full_sentence(text: str) -> bool:
    """Whether a paragraph ends as a sentence and is no short line itself."""
    text = text.strip()
    return word_count(text) >= SENTENCE_WORDS and bool(_ENDS_SENTENCE.search(text))


def _after_open_label(verdicts: list[str | None], blocks: list[Block]) -> list[str | None]:
    """`verdicts` with what a removed link label ending on a colon opens
    marked "link": the bare address on the next line ("►Everything You
    Need to Know:" / "https://..."), or the one short paragraph under an
    "About <channel>:" label that names the channel (`_blurb_of`), its own
    blurb.  A bare address elsewhere stays (an article may list addresses)."""
    verdicts = list(verdicts)
    for index in range(len(blocks) - 1):
        label, below = blocks[index].text.strip(), blocks[index + 1].text.strip()
        if verdicts[index] != "link" or not label.endswith(":") or verdicts[index + 1] is not None:
            continue
        if _BARE_ADDRESS.match(below) or _blurb_of(label, below):
            verdicts[index + 1] = "link"
    return verdicts


def _blurb_of(label: str, text: str) -> bool:
    """Whether `text` is the blurb under the label "About <name>:": short,
    and naming that name ("About Kettle TV:" / "... Kettle TV’s channel brings ...")."""
    name = label[len("About "):-1].strip() if _ABOUT_LABEL.match(label) else ""
    return bool(name) and _short(text, ABOUT_WORDS) and name.lower() in text.lower()


AFTER_NOTE_BLOCKS, AFTER_NOTE_WORDS = 3, 80
"""At most this many short blocks after an editor's note at the end are the page's, not the article's."""


def _after_editor_note(verdicts: list[str | None], blocks: list[Block]) -> list[str | None]:
    """`verdicts` with the blocks after an editor's note in the article's
    second half marked "after-editor-note": a correction or update note
    closes the article, and what follows it on the page is other stories'
    teasers or the note's own date line.  Only a few short blocks; a note
    followed by more is left as it is."""
    notes = [i for i, rule in enumerate(verdicts) if rule == "editor-note" and i >= len(blocks) / 2]
    if not notes:
        return verdicts
    after = [i for i in range(notes[0] + 1, len(blocks)) if verdicts[i] is None]
    if len(after) > AFTER_NOTE_BLOCKS or not all(_short(blocks[i].text, AFTER_NOTE_WORDS) for i in after):
        return verdicts
    return [rule if i not in after else "after-editor-note" for i, rule in enumerate(verdicts)]


def _line_rule(text: str) -> str | None:
    return next((name for name, rule in LINE_RULES.items() if rule(text)), None)


def _tail_rule(text: str) -> str | None:
    return next((name for name, rule in TAIL_RULES.items() if rule(text)), None)


def _hints(removed: list[tuple[Block, str]]) -> Hints:
    """The outlet a credit, an appeal, a box's byline or a pointer to the
    site's own work names, the author a bio or a closing signature names."""
    outlet = author = None
    for block, rule in removed:
        credit = _CREDIT.match(block.text) if rule == "credit-line" else None
        if credit and not outlet:
            outlet = credit.group("outlet").strip(" ’'\"”")
        wire = _WIRE_CREDIT_LINE.match(block.text) if rule == "credit-line" else None
        if wire and not author:
            author = _wire_writers(wire.group("credits"))
        signed = _SIGNED.match(block.text.strip()) if rule == "signature" else None
        if signed and not author:
            author = signed.group("name")
        bio = (_BIO.match(block.text) or _STRANGER_BIO.match(block.text.strip())) if rule == "author-bio" else None
        if bio and not author and not bio.group(1).lower().startswith(("the ", "about ")):
            author = bio.group(1)
        outlet = outlet or (_bio_outlet(block.text) if bio else None)
        boxed = _BOXED_BYLINE.match(block.text.strip()) if rule == "boxed-byline" else None
        outlet = outlet or (boxed.group("outlet") if boxed else None)
        outlet = outlet or (_promo_outlet(block.text) if rule == "house-promo" else None)
    appeals = " ".join(block.text for block, rule in removed if rule == "appeal")
    return Hints(outlet=outlet or _appeal_outlet(appeals), author=author)


_STAFF_OF = re.compile(r"\b(?i:reporter|correspondent|(?:staff )?writer|editor|columnist|journalist|producer)"
                       r" (?:for|at|with) (?P<outlet>(?:[Tt]he )?[A-Z][\w’'&-]*(?:(?: (?:of|and|&))* [A-Z][\w’'&-]*)*)")
"""A newsroom job at a named outlet, in an author's bio ("... is a reporter
for Valley News."); a job elsewhere ("a professor at ...") names no outlet.
A connector joins two capitalized words of one name ("News and Herald");
before a second job ("columnist for Valley News and host of ...") it ends
the name and is not part of it."""


def _bio_outlet(text: str) -> str | None:
    """The outlet an author's bio says the author reports or writes for."""
    found = _STAFF_OF.search(text)
    return found.group("outlet").removeprefix("the ").strip() if found else None


_WRITERS = re.compile(r"^(?:additional )?(?:reporting|writing) by (?P<names>.+)$", _I)
_WRITER = re.compile(r"^[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}$")


def _wire_writers(credits: str) -> str | None:
    """The people a wire credit says reported or wrote the story ("Reporting
    by Jane Roe and John Doe in Oslo; Editing by Ann Lee" -> "Jane Roe,
    John Doe"); the editors are not its authors, nor, beside a writer, are
    those credited with additional reporting."""
    clauses = [clause for clause in credits.split(";") if clause.strip()]
    own = [clause for clause in clauses if not clause.strip().lower().startswith("additional")]
    names = []
    for clause in own if any(_WRITERS.match(clause.strip()) for clause in own) else clauses:
        found = _WRITERS.match(clause.strip())
        for name in re.split(r",\s*|\s+and\s+", found.group("names")) if found else ():
            name = re.sub(r"\s+in\s+[A-Z].*$", "", name.strip())
            if _WRITER.match(name):
                names.append(name)
    return ", ".join(dict.fromkeys(names)) or None


def _appeal_outlet(text: str) -> str | None:
    """The site an appeal names: "<X> operates as an independent ..." or
    the capitalized name the appeal repeats most (at least twice)."""
    claim = _OUTLET_CLAIM.search(text)
    if claim:
        return claim.group("name").strip()
    names = [name for name in _NAME_RUN.findall(text) if not name.startswith(("The ", "Would ", "Who "))]
    best = max(dict.fromkeys(names), key=names.count, default=None)  # a tie: the first written
    return best if best and names.count(best) >= 2 else None

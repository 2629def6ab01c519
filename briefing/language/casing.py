"""How a line is cased: whether it is set in headline style.

clean reads it to tell a title line that ends on a full stop ("9 (More)
Offensive Things Donald Trump Has Said About Latinos.") from a lede;
distill reads it to leave headings out of names and stances.
"""

from __future__ import annotations

import re

HEADLINE_WORDS = 3  # capitalised words a headline-style line needs
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "Don’t" one word, not "Don" and "t"
# The short words a headline leaves in lower case (articles, conjunctions, short prepositions).
_HEADLINE_LOWER = frozenset("a an the and but or nor for so yet as at by in of off on per to up via vs".split())


def headline(line: str) -> bool:
    """Whether a line is set in headline style, every word but the short
    function words capitalised ("Obama Willing to Use Executive Orders on
    Guns"): there the tagger runs a name into the capitalised verb or noun
    after it."""
    words = [w for w in _WORD.findall(line) if w not in _HEADLINE_LOWER]
    return len(words) >= HEADLINE_WORDS and all(w[0].isupper() for w in words)


_GLUED = re.compile(r"[a-z]{4,}[A-Z]|[a-z][A-Z]{3,}|[A-Z]{3,}[a-z]{2,}")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def glued(word: str) -> bool:
    """Whether a word is two words a scraper ran together, a caption into
    its credit or a byline into a button ("ImagesRepublican", "ReplySara",
    "BushASSOCIATED", "PRESSOhio"), not a name's own inner capital
    ("McCain", "DeSantis", "MacArthur", "LaToya", "HuffPost")."""
    return bool(_GLUED.search(word))


def page_widgets(word: str) -> bool:
    """Whether a word runs three or more words together ("FlagShareLikeReply",
    "5ptsmoderatorFeaturedFebruary"): buttons and labels of a page's
    widgets, which no prose and no brand name ("GlaxoSmithKline") holds."""
    inner = len(_INNER_CAPITAL.findall(word))
    return inner >= 3 or inner >= 2 and any(c.isdigit() for c in word)


def page_debris(text: str) -> bool:
    """Whether `text` holds a page's widgets run together with its words
    (`page_widgets`: "...FlagShareLikeReplyMari Hayman"): a scraped layout,
    no sentence of the article."""
    return any(page_widgets(word) for word in text.split())

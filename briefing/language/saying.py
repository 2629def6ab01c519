"""The verbs of saying of general English, shared by every stage that asks
whether a verb reports speech (speakers, people, quotes, figures, stance)."""

from __future__ import annotations

REPORTING = frozenset("""
say tell add state write note claim argue explain insist warn declare announce ask
reply respond answer describe tweet post comment remark continue suggest acknowledge
admit conclude observe emphasize emphasise stress quip recall quote word testify
predict urge vow pledge promise complain charge accuse deny maintain contend assert
call label dub brand term posit caution concede counter retort lament scoff joke
convey
""".split())
"""General English verbs of saying: for the speaker model one feature among
many (it also learns each verb's own weight)."""

TELLING = REPORTING | {"report", "confirm"}
"""The verbs of saying and what a paper or an office tells ("The Times
reported", "police confirmed"): what a sentence frames as someone's word."""

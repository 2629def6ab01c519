"""Keeping a brief current and publishing it safely.

Everything around the stages that makes a build repeatable and unattended:
`fetch` brings new articles from URLs and feeds into the corpus, `cache`
remembers each article's digest so only new or changed articles are
analysed, `lock` lets one build at a time write an outputs folder,
`editions` names, fingerprints and keeps the published editions,
`whatsnew` says what changed since the edition before, `publish` swaps a
finished edition in atomically (and runs the post-build hook), and
`schedule` and `watch` rebuild on a timetable or when the sources change.
None of them reads or writes the brief's content: they move finished
things around it.
"""

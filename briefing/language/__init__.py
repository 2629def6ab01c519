"""Language resources every stage shares: the spaCy model and how an
article is parsed with it (`nlp`), how people's names and roles are written
and compared (`names`), how dates and labels are put in words
(`labels`), and whether a line is set in headline style (`casing`).
clean, distill, synthesize and render import these; this package imports
none of them.  (The trained models distill reads stay in
`briefing/distill/models/`, where the training scripts write them.)
"""

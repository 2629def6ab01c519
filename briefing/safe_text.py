"""Untrusted names (file names, URLs, settings values) in, text that is safe
to print on one line out.

A file may be called `"e\\nbriefing: all fine\\x1b[31m.txt"`: printed raw,
its name would forge a log line and colour the terminal.  `printable`
escapes every control character (C0, DEL, C1) and the Unicode format
characters that reorder or hide text, the way Python's `repr` would.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """`text` with each control or bidi-format character escaped (`\\n`,
    `\\x1b`, `\\u202e`), so it prints as one honest line."""
    return _UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_UNSAFE_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable_keeping_lines(text: str) -> str:
    """`text` with control characters escaped as `printable` does, but line
    breaks and tabs kept (for text laid out on a page)."""
    return _UNSAFE_IN_TEXT.sub(_escape, text)

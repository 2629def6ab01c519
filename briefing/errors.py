"""Errors the command line turns into a one-line message and an exit code.

Exit codes (documented in the README):

    0  the brief was built
    1  an error stopped the build (nothing published)
    2  usage error: a bad flag, option value or config key
    3  the brief was built, but some sources were skipped
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3


class BriefingError(Exception):
    """A failure the analyst can act on; its message is one line."""

    exit_code = EXIT_ERROR


class UsageError(BriefingError):
    """A bad command line, option value or configuration key."""

    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    """A configuration file with an unknown key, a wrong type or bad TOML."""

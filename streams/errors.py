"""Exceptions raised by diplowire.

- DiplowireError: the root; the CLI turns any of these into one line and a non-zero exit.
  - ConfigError: a setting or command-line argument is invalid.
    - UsageError: a command-line argument is invalid (exit code 2, like argparse's own errors).
  - InputError: an input file, folder or URL cannot be read.
  - DecodeError: a message is not a valid article; carries a reason ``code`` for the dead-letter topic.
  - LexiconError: a lexicon or actor dictionary has bad entries; lists every one of them.
  - BrokerError: the Kafka broker cannot be started, reached, or has lost our topics.
"""

from __future__ import annotations


class DiplowireError(Exception):
    """Root of every error diplowire raises on purpose."""


class ConfigError(DiplowireError):
    """A setting or command-line argument is invalid."""


class UsageError(ConfigError):
    """A command-line argument is invalid (the CLI exits with its usage code, 2)."""


class InputError(DiplowireError):
    """An input file, folder or URL cannot be read."""


class DecodeError(DiplowireError):
    """A message cannot be turned into an Article; ``code`` is the dead-letter reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class LexiconError(DiplowireError):
    """A data file has invalid entries; the message lists all of them, not just the first."""

    def __init__(self, path: str, problems: list[str]) -> None:
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} invalid entr{'y' if len(problems) == 1 else 'ies'}\n{lines}")
        self.path = path
        self.problems = problems


class BrokerError(DiplowireError):
    """The Kafka broker cannot be started or reached, or it lost the topics under a running worker."""

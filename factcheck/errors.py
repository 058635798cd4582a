"""Errors with codes: E1xx corpus input, E2xx rules, E3xx usage, E9xx internal.

A user mistake carries where it happened (file and line) so the CLI can print it without a traceback.
"""

from __future__ import annotations


class FactcheckError(Exception):
    code = "E900"

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    @property
    def where(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}"
        return self.path or ""

    def __str__(self) -> str:
        where = self.where
        return f"[{self.code}] {where}: {self.message}" if where else f"[{self.code}] {self.message}"


class CorpusError(FactcheckError):
    """One input (file or JSONL line) could not be read; the run goes on without it."""

    code = "E100"


class RulesError(FactcheckError):
    """rules/ is invalid; the run stops with exit 2."""

    code = "E200"


class UsageError(FactcheckError):
    code = "E300"

"""Shared secrets read from the environment, and the bearer-token check: one rule for
all of them (the action server's token, the web chat's signing key, REST's token).

A secret is at least MIN_CHARS characters after stripping whitespace. A required one
that is unset, blank or shorter stops the process at start-up; an optional one may be
unset or blank (the feature is off), but a short one is a mistake, never a choice, and
stops the process too. Plain functions, no Rasa or Sanic; the action server imports
this module as well (actions/auth.py).
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from dataclasses import dataclass

MIN_CHARS = 16


class MissingSecret(RuntimeError):
    """A secret is not set or too short: the process must not start."""


@dataclass(frozen=True)
class Secret:
    """A shared secret in the environment variable `variable`; `why` says what it is
    for and where to set it (the second half of the error message)."""

    variable: str
    why: str

    def required(self, env: Mapping[str, str] = os.environ) -> str:
        value = self.optional(env)
        if value is None:
            raise MissingSecret(f"{self.variable} is not set: {self.why}")
        return value

    def optional(self, env: Mapping[str, str] = os.environ) -> str | None:
        value = (env.get(self.variable) or "").strip()
        if not value:
            return None
        if len(value) < MIN_CHARS:
            raise MissingSecret(f"{self.variable} is shorter than {MIN_CHARS} characters: {self.why}")
        return value


def bearer_authorized(header: str | None, token: str) -> bool:
    """Whether an Authorization header is `Bearer <token>` (compared in constant time)."""
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer ") :].strip().encode("utf-8", "replace"), token.encode("utf-8"))

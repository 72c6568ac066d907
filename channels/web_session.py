"""Web chat session ids the server signs, so only ids it issued are accepted.

A session id is `<random>.<signature>`: 32 lowercase hex digits from `secrets`, a dot,
and the 64 hex digits of HMAC-SHA256(key, "webchat-session:" + random). The key comes
from WEB_SESSION_KEY (`KEY`: at least 16 characters, channels/shared_secrets.py); `make
run` keeps one in var/web-session.key (made once, like var/action-server.token), deploy/
takes it from deploy/.env, and every replica must share it. Changing the key ends every open web
session: the page gets a new, empty one.

An id the server never issued (made up, truncated, signed with another key, or the
plain 32 hex digits earlier versions issued) is refused by `verify`; the web chat
channel then issues a new session instead of joining the forged id's room, so a socket
can't listen in on a conversation by naming its id. Plain functions, no Rasa or Sanic.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import TypeGuard

from channels.shared_secrets import Secret

KEY = Secret(
    "WEB_SESSION_KEY",
    "the web chat signs its session ids with it (a long random "
    "one). `make run` sets one from var/web-session.key; for deploy/ put it in "
    "deploy/.env (the same on every replica).",
)
RANDOM_HEX_CHARS = 32
SIGNATURE_HEX_CHARS = 64
# The form of a session id, signed or not; REST refuses it as a sender id
# (channels/validation.py), as it does the unsigned ids earlier versions issued.
FORM = re.compile(rf"[0-9a-f]{{{RANDOM_HEX_CHARS}}}\.[0-9a-f]{{{SIGNATURE_HEX_CHARS}}}")
_CONTEXT = b"webchat-session:"  # the key signs session ids and nothing else


def _signature(key: bytes, random_part: str) -> str:
    return hmac.new(key, _CONTEXT + random_part.encode("ascii"), hashlib.sha256).hexdigest()


def sign(key: bytes, random_part: str) -> str:
    """The session id for `random_part` (32 lowercase hex digits) signed with `key`."""
    return f"{random_part}.{_signature(key, random_part)}"


def issue(key: bytes) -> str:
    """A new session id signed with `key`."""
    return sign(key, secrets.token_hex(RANDOM_HEX_CHARS // 2))


def verify(key: bytes, value: object) -> TypeGuard[str]:
    """Whether `value` is a session id this server issued with `key`."""
    if not isinstance(value, str) or FORM.fullmatch(value) is None:
        return False
    random_part, signature = value.split(".")
    return hmac.compare_digest(signature, _signature(key, random_part))

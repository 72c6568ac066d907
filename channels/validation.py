"""What the input channels accept from outside, checked before Rasa sees anything.

One place for the limits every channel applies:

* request bodies: at most MAX_BODY_BYTES on every route of the Rasa server (Sanic's
  own default is 100 MB); a larger one gets 413 with a JSON error body;
* JSON bodies: an object, nested at most `max_depth` deep, valid UTF-8; anything else
  is refused with a reason that never repeats the body;
* message text: a string of valid Unicode (a lone surrogate from a "\\ud800" escape
  can't be stored or logged and used to make Rasa answer nothing), cut to
  MAX_MESSAGE_CHARS before any processing, the safety gate included: the first
  HEAD_CHARS and the last TAIL_CHARS are kept, all of which the gate reads (its start and
  end whole, the rest sentence by sentence: components/safety_gate.py);
* sender ids: 1-128 characters of A-Z a-z 0-9 _ . : @ - (a 1 MB sender id used to
  grow the database by 20 MB in one request); on REST, not in the forms the other
  channels use (a Telegram chat id, a web chat session id), so REST can't read, write
  or erase a Telegram or web conversation;
* metadata: an object or nothing; only a well-formed `locale` is kept.

Sanic is imported only by `protect`, which installs the body limit and the JSON error
bodies on the app from any channel's blueprint; the checks themselves are plain
functions (tests/channels/test_validation.py).
"""

from __future__ import annotations

import functools
import json
import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeGuard

MAX_BODY_BYTES = 128 * 1024  # a 20,000-character message in any script, JSON-escaped, fits
MAX_JSON_DEPTH = 8  # a REST body is 2 deep; a Telegram update about 7
HEAD_CHARS = 16_000  # what is kept of a longer message: its start
TAIL_CHARS = 4_000  # and its end (a disclosure often comes last)
MAX_MESSAGE_CHARS = HEAD_CHARS + TAIL_CHARS
CUT_MARK = " … "
MAX_SENDER_ID_CHARS = 128
SENDER_ID = re.compile(rf"[A-Za-z0-9_.:@-]{{1,{MAX_SENDER_ID_CHARS}}}")
# The conversation ids of the other channels: Telegram uses the chat id (an integer,
# negative for groups; channels/telegram.py), the web chat a session id the server
# signs (32 lowercase hex digits, a dot, 64 more: channels/web_session.py), and earlier
# versions issued the 32 hex digits alone, whose conversations may still be stored.
# Refusing these forms on REST namespaces the channels without renaming a single
# stored conversation.
OTHER_CHANNEL_SENDER_ID = re.compile(r"-?[0-9]+|[0-9a-f]{32}(?:\.[0-9a-f]{64})?")
# A BCP 47-ish language tag as browsers and Telegram report it ("en", "en-GB", "zh-Hant-TW").
LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")
SURROGATE = re.compile("[\ud800-\udfff]")

REST_SHAPE = 'expected a JSON object {"sender": "<id>", "message": "<text>"}'


class InvalidRequest(ValueError):
    """A request refused with HTTP 400; the message says why and never quotes the input."""


def parse_json_object(
    body: bytes | None, max_depth: int = MAX_JSON_DEPTH, shape: str = "expected a JSON object"
) -> dict[str, Any]:
    """The body as a JSON object, or InvalidRequest."""
    if not body or not body.strip():
        raise InvalidRequest(f"the body is empty: {shape}")
    try:
        value = json.loads(body)
    except RecursionError:
        raise InvalidRequest(f"the JSON is nested more than {max_depth} deep") from None
    except ValueError:  # not JSON, or not UTF-8 (UnicodeDecodeError is a ValueError)
        raise InvalidRequest(f"the body is not valid JSON in UTF-8: {shape}") from None
    if not isinstance(value, dict):
        raise InvalidRequest(f"the body is JSON but not an object: {shape}")
    if _depth(value) > max_depth:
        raise InvalidRequest(f"the JSON is nested more than {max_depth} deep")
    return value


def _depth(value: Any) -> int:
    """How deep containers nest in a parsed JSON value (without recursion)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def is_valid_unicode(text: str) -> bool:
    return SURROGATE.search(text) is None


def replace_invalid_unicode(text: str) -> str:
    """For channels that can't answer 400 (socket.io, Telegram): lone surrogates
    become U+FFFD so the person still gets a reply."""
    return SURROGATE.sub("\ufffd", text)


def cut_message(text: str) -> str:
    """At most MAX_MESSAGE_CHARS (+ the cut mark): its start and its end."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    return text[:HEAD_CHARS] + CUT_MARK + text[-TAIL_CHARS:]


def clean_message(text: str) -> str:
    """Message text from a channel that can't refuse it: valid Unicode, cut."""
    return cut_message(replace_invalid_unicode(text))


def valid_sender_id(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and SENDER_ID.fullmatch(value) is not None


def clean_metadata(raw: Any) -> dict[str, Any]:
    """Keeps only what the actions use from a channel's metadata: the locale, and the
    IANA time zone the web page reports (a known name only)."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except (ValueError, RecursionError):
            return {}
    if not isinstance(raw, dict):
        return {}
    kept: dict[str, Any] = {}
    locale = raw.get("locale")
    if isinstance(locale, str) and LOCALE.fullmatch(locale.strip()):
        kept["locale"] = locale.strip()
    zone = raw.get("timezone")
    if isinstance(zone, str) and zone in _time_zones():
        kept["timezone"] = zone  # the web page's clock, for a reminder
    return kept


@functools.cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@dataclass(frozen=True)
class RestMessage:
    sender_id: str
    text: str
    metadata: dict[str, Any]


def rest_sender(payload: dict[str, Any], shape: str = REST_SHAPE) -> str:
    """The REST sender id of a parsed body, or InvalidRequest."""
    sender = payload.get("sender")
    if sender is None:
        raise InvalidRequest(f'"sender" is missing: {shape}')
    if not valid_sender_id(sender):
        raise InvalidRequest(
            f'"sender" must be a string of 1-{MAX_SENDER_ID_CHARS} characters from A-Z a-z 0-9 _ . : @ -'
        )
    if OTHER_CHANNEL_SENDER_ID.fullmatch(sender):
        raise InvalidRequest(
            '"sender" has the form of a Telegram chat id or a web chat session '
            "id, which REST may not use: pick another, e.g. a fresh UUID"
        )
    return sender


def rest_message(body: bytes | None) -> RestMessage:
    """A REST webhook body checked and cleaned, or InvalidRequest."""
    payload = parse_json_object(body, shape=REST_SHAPE)
    sender = rest_sender(payload)
    text = payload.get("message")
    if text is None:
        raise InvalidRequest(f'"message" is missing: {REST_SHAPE}')
    if not isinstance(text, str):
        raise InvalidRequest('"message" must be a string')
    if not is_valid_unicode(text):
        raise InvalidRequest('"message" is not valid Unicode (a lone surrogate escape)')
    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InvalidRequest('"metadata" must be a JSON object')
    return RestMessage(sender, cut_message(text), clean_metadata(metadata))


# ---------------------------------------------------------------------------
# Sanic


def protect(blueprint: Any) -> None:
    """Installs the body limit and JSON error bodies on the app `blueprint` is
    registered on, when the server starts. Idempotent: every channel may call it."""

    @blueprint.listener("before_server_start")
    async def limit_requests(app: Any, loop: Any) -> None:
        install(app)


def install(app: Any) -> None:
    from sanic.exceptions import SanicException

    if getattr(app.ctx, "fibro_request_limits", False):
        return
    app.ctx.fibro_request_limits = True
    # Read by each new connection, so setting it before the server starts covers all.
    app.config.REQUEST_MAX_SIZE = min(app.config.REQUEST_MAX_SIZE, MAX_BODY_BYTES)
    app.error_handler.add(SanicException, _json_client_error)


def _json_client_error(request: Any, exception: Any) -> Any:
    """Sanic's own 4xx answers (413 body too large, 404, 405, ...) as JSON;
    anything else falls through to Sanic's default."""
    from sanic import response

    status = getattr(exception, "status_code", 500)
    if not 400 <= status < 500:
        return None
    if status == 413:
        message = f"the request body is larger than {MAX_BODY_BYTES} bytes"
    else:
        message = str(exception) or "the request was refused"
    return response.json({"error": message}, status=status)

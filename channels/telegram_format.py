"""What the Telegram channel's messages say and how they are shaped for Telegram.

The channel's own fixed replies, /help with the topic keyboard, long replies split
below Telegram's 4,096-character limit, and Rasa buttons as inline keyboards. Replies
go out as plain text (no parse_mode), so nothing is escaped: markup-looking text is
shown as typed. Pure functions; no Rasa and no network (channels/telegram.py sends).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from channels import commands

logger = logging.getLogger(__name__)

MAX_MESSAGE_LENGTH = 4096  # Telegram's limit, counted in UTF-16 code units
MAX_CALLBACK_DATA_BYTES = 64  # Telegram's limit for an inline button's payload

NOT_TEXT_REPLY = "I can only read text messages for now. Please type your question."
EDITED_REPLY = (
    "I only see new messages, not edits. If you changed your question, please send it again as a new message."
)
FORGET_DONE_REPLY = (
    "Done. I've erased our conversation, so I no longer remember anything we talked about. "
    "The messages still show in this Telegram chat until you delete them here."
)
FORGET_FAILED_REPLY = "Sorry, I couldn't erase our conversation just now. Please try /forget again in a few minutes."
ERROR_REPLY = "Sorry, something went wrong on my side. Please try again in a moment."
EMPTY_TEXT_WITH_BUTTONS = "Pick one:"  # Telegram refuses a keyboard without text


def help_text(language_code: object) -> str:
    """/help: the help every channel gives, with the emergency numbers for the
    person's Telegram language setting (e.g. "en-GB"), when it has one."""
    return commands.help_text(language_code if isinstance(language_code, str) else None)


def topic_keyboard() -> dict[str, Any] | None:
    """The topic buttons that go with /help and /restart."""
    return inline_keyboard(commands.TOPIC_BUTTONS)


# ---------------------------------------------------------------------------
# Splitting long replies


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units (an emoji can be two)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting_prefix(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


_BOUNDARIES = (
    re.compile(r"\n\s*\n"),  # paragraph
    re.compile(r"\n"),  # line
    re.compile(r"(?<=[.!?])[\"')\]]*\s+"),  # sentence
    re.compile(r"(?<=[;:,])\s+"),  # clause
    re.compile(r"\s+"),  # word
)


def split_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Splits `text` into parts of at most `limit` UTF-16 code units, cutting at the
    last paragraph break that keeps a part reasonably full, else at a line, sentence,
    clause or word boundary, and only as a last resort inside a word."""
    text = text.strip()
    parts: list[str] = []
    while text and utf16_length(text) > limit:
        fits = _fitting_prefix(text, limit)
        window = text[: fits + 1]  # a boundary may start right after the last fitting char
        cut = end = None
        for boundary in _BOUNDARIES:
            matches = [m for m in boundary.finditer(window) if m.start() <= fits]
            # Prefer a cut that leaves the part at least a third full; else try a finer boundary.
            good = [m for m in matches if m.start() >= fits // 3]
            if good:
                cut, end = good[-1].start(), good[-1].end()
                break
        if not cut:
            cut = end = max(fits, 1)
        head = text[:cut].rstrip()
        if head:
            parts.append(head)
        text = text[end:].lstrip()
    if text:
        parts.append(text)
    return parts


# ---------------------------------------------------------------------------
# Buttons


def inline_keyboard(buttons: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Rasa buttons -> Telegram inline keyboard, one button per row (titles are long
    and a single row gets cut off on phones)."""
    rows = []
    for button in buttons or []:
        if not isinstance(button, dict) or not button.get("title"):
            continue
        title = str(button["title"])
        url = button.get("url")
        payload = str(button.get("payload") or "")
        if url:
            rows.append([{"text": title, "url": str(url)}])
        elif payload and len(payload.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
            rows.append([{"text": title, "callback_data": payload}])
        else:
            logger.warning("dropped a button whose payload is empty or over %d bytes", MAX_CALLBACK_DATA_BYTES)
    return {"inline_keyboard": rows} if rows else None

"""channels/telegram_format.py: long replies split for Telegram, buttons as inline
keyboards, /help. No server; the channel sending them is tests/channels/test_telegram.py."""

from __future__ import annotations

import random

import pytest

from channels import commands
from channels.telegram_format import (
    MAX_CALLBACK_DATA_BYTES,
    MAX_MESSAGE_LENGTH,
    help_text,
    inline_keyboard,
    split_message,
    topic_keyboard,
    utf16_length,
)

pytestmark = pytest.mark.telegram


def _long_text() -> str:
    rng = random.Random(7)
    words = ["gentle", "pacing", "helps", "many", "people", "with", "fibromyalgia", "manage", "pain", "and", "fatigue"]
    paragraphs = []
    while sum(len(p) for p in paragraphs) < 12_000:
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(6, 20))).capitalize() + "."
            for _ in range(rng.randint(2, 9))
        ]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)[:10_000].rsplit(" ", 1)[0] + "."


def test_split_message_keeps_parts_under_the_limit_at_boundaries():
    text = _long_text()
    assert len(text) > 9_000
    parts = split_message(text)
    assert len(parts) >= 3
    assert all(0 < utf16_length(part) <= MAX_MESSAGE_LENGTH for part in parts)
    assert " ".join(parts).split() == text.split()  # nothing lost, nothing added
    assert all(part.endswith(".") for part in parts), [part[-30:] for part in parts]
    paragraphs = set(text.split("\n\n"))
    assert all(part.split("\n\n")[0] in paragraphs for part in parts)  # each starts a paragraph


def test_split_message_edge_cases():
    assert split_message("short") == ["short"]
    assert split_message("   ") == []
    one_paragraph = " ".join(["This is one sentence that keeps going on."] * 300)  # no breaks
    parts = split_message(one_paragraph)
    assert all(utf16_length(p) <= MAX_MESSAGE_LENGTH and p.endswith(".") for p in parts)
    no_spaces = "x" * 10_000
    assert [len(p) for p in split_message(no_spaces)] == [4096, 4096, 1808]
    emoji = "\U0001f600" * 3000  # two UTF-16 units each
    assert all(utf16_length(p) <= MAX_MESSAGE_LENGTH for p in split_message(emoji))
    assert "".join(split_message(emoji)) == emoji


def test_buttons_become_one_row_each_and_a_payload_telegram_would_refuse_is_dropped(caplog):
    fits = "/" + "x" * (MAX_CALLBACK_DATA_BYTES - 1)
    keyboard = inline_keyboard(
        [
            {"title": "Exercise", "payload": "/ask_exercise"},
            {"title": "NHS page", "url": "https://www.nhs.uk/conditions/fibromyalgia/"},
            {"title": "Just fits", "payload": fits},
            {"title": "Too long", "payload": fits + "x"},
            {"title": "No payload"},
            {"payload": "/no_title"},
            "not a button",
        ]
    )
    assert keyboard == {
        "inline_keyboard": [
            [{"text": "Exercise", "callback_data": "/ask_exercise"}],
            [{"text": "NHS page", "url": "https://www.nhs.uk/conditions/fibromyalgia/"}],
            [{"text": "Just fits", "callback_data": fits}],
        ]
    }
    assert caplog.text.count("dropped a button") == 2
    assert inline_keyboard([]) is None
    assert inline_keyboard([{"title": "Too long", "payload": "é" * 33}]) is None  # 66 bytes in UTF-8


def test_help_gives_the_numbers_for_the_telegram_language_and_the_topic_buttons():
    assert help_text("en-GB") == commands.help_text("en-GB")
    assert "999" in help_text("en-GB") and "911" not in help_text("en-GB")
    assert help_text(None) == help_text(7) == commands.help_text(None)  # no usable language_code
    keyboard = topic_keyboard()
    assert keyboard is not None
    titles = [row[0]["text"] for row in keyboard["inline_keyboard"]]
    assert titles == [button["title"] for button in commands.TOPIC_BUTTONS]

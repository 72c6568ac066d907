"""The diary in the channels, without a server: what a channel takes for a diary file
(channels/diary_files.py), the web page's rendering of it, and the reminder loop's settings
(channels/reminders.py)."""

from __future__ import annotations

import asyncio

import pytest

from channels import diary_files
from channels.webchat import FILES_URL, WebChatOutput

PAYLOAD = {"token": "t0k3n", "name": "fibro-diary-2026-11-29.csv", "media_type": "text/csv", "kind": "document"}


def test_a_diary_file_payload_is_read_and_anything_else_is_not():
    assert diary_files.file_message({"diary_file": PAYLOAD}) == diary_files.FileMessage(
        "t0k3n", "fibro-diary-2026-11-29.csv", "text/csv", "document"
    )


@pytest.mark.parametrize(
    "custom",
    [
        None,
        {},
        {"method": "sendSticker", "sticker": "x"},
        {"diary_file": "t0k3n"},
        {"diary_file": {**PAYLOAD, "kind": "video"}},
        {"diary_file": {**PAYLOAD, "token": ""}},
        {"diary_file": {k: v for k, v in PAYLOAD.items() if k != "name"}},
    ],
)
def test_other_or_incomplete_payloads_are_no_diary_file(custom):
    assert diary_files.file_message(custom) is None


class RecordingSocket:
    def __init__(self) -> None:
        self.emitted: list[tuple[str, dict, str | None]] = []

    async def emit(self, event, data=None, room=None, **kwargs):
        self.emitted.append((event, data if data is not None else kwargs, room))


def test_the_web_page_gets_the_chart_as_an_image_and_the_csv_as_a_link():
    sio = RecordingSocket()
    output = WebChatOutput(sio, "bot_uttered")
    asyncio.run(output.send_custom_json("room-1", {"diary_file": {**PAYLOAD, "kind": "photo", "token": "p"}}))
    asyncio.run(output.send_custom_json("room-1", {"diary_file": PAYLOAD}))
    assert sio.emitted == [
        ("bot_uttered", {"attachment": {"type": "image", "payload": {"src": f"{FILES_URL}/p"}}}, "room-1"),
        ("bot_uttered", {"text": f"[Download fibro-diary-2026-11-29.csv]({FILES_URL}/t0k3n)"}, "room-1"),
    ]


def test_a_file_nobody_kept_is_a_404_that_says_to_ask_again():
    answer = diary_files.serve(agent=None, token="t0k3n")
    assert answer.status == 404 and b"Ask me again" in answer.body


def test_the_reminder_loop_reads_its_interval_from_the_environment_first(monkeypatch):
    from channels.reminders import POLL_SECONDS, ReminderInput

    monkeypatch.delenv("REMINDER_POLL_SECONDS", raising=False)
    assert ReminderInput.from_credentials(None).poll_seconds == POLL_SECONDS
    assert ReminderInput.from_credentials({"poll_seconds": 10}).poll_seconds == 10
    monkeypatch.setenv("REMINDER_POLL_SECONDS", "1")
    assert ReminderInput.from_credentials({"poll_seconds": 10}).poll_seconds == 1
    assert ReminderInput(0).poll_seconds == 0.2  # never a busy loop
    assert ReminderInput().get_output_channel() is None  # nobody writes to it

"""The Telegram channel end to end: the real action server and Rasa server with
channels.telegram.TelegramInput, talking to a fake Telegram Bot API server on 127.0.0.1
(tests/support/fake_telegram.py). Each test posts real Telegram update JSON to
/webhooks/telegram/webhook and reads what the bot sent back, as a person would see it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import random
import sqlite3
import time
import urllib.error
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from channels.commands import RESTART_REPLY, UNKNOWN_COMMAND_REPLY
from channels.diary_files import FILE_MISSING_REPLY, FILE_NOT_SENT_REPLY
from channels.telegram import TelegramInput, TelegramOutput
from channels.telegram_api import TelegramBotAPI
from channels.telegram_format import (
    EDITED_REPLY,
    FORGET_DONE_REPLY,
    FORGET_FAILED_REPLY,
    MAX_MESSAGE_LENGTH,
    NOT_TEXT_REPLY,
    utf16_length,
)
from devtools.servers import (
    Assistant,
    free_port,
    http_get,
    http_post_json,
    server_env,
    start_assistant,
    start_rasa_server,
    wait_until,
    write_endpoints,
)
from stores.sql import NOT_SAVED_REPLY
from tests.support.diary import make_due, next_due_of, utcnow
from tests.support.fake_telegram import FakeTelegram
from tests.support.faults import read_only

# Every test here is about Telegram; the ones that start the real servers (the `bot`
# fixture) are also `slow`, the rest run in `make test-fast`.
pytestmark = pytest.mark.telegram
slow = pytest.mark.slow

TOKEN = "123456789:AAH-fake_token_for_tests_0123456789abcd"
SECRET = f"test_secret-{random.getrandbits(64):016x}"
WEBHOOK_URL = "https://fibro.example.test/webhooks/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TELEGRAM_VARS = ("TELEGRAM_TOKEN", "TELEGRAM_SECRET", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_API_BASE")

_update_ids = itertools.count(random.randint(100_000, 900_000_000))
_message_ids = itertools.count(1)


def new_chat() -> int:
    return random.randint(10**9, 10**10)


def user(chat_id: int, language_code: str | None = "en") -> dict[str, Any]:
    person = {"id": chat_id, "is_bot": False, "first_name": "Sam"}
    if language_code:
        person["language_code"] = language_code
    return person


def message(chat_id: int, text: str | None = None, language_code: str | None = "en", **content: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "message_id": next(_message_ids),
        "from": user(chat_id, language_code),
        "chat": {"id": chat_id, "type": "private", "first_name": "Sam"},
        "date": int(time.time()),
    }
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    body.update(content)
    return body


def update(**kinds: Any) -> dict[str, Any]:
    return {"update_id": next(_update_ids), **kinds}


def text_update(chat_id: int, text: str, language_code: str | None = "en") -> dict[str, Any]:
    return update(message=message(chat_id, text, language_code))


def button_update(chat_id: int, data: str, language_code: str = "en") -> dict[str, Any]:
    return update(
        callback_query={
            "id": str(random.getrandbits(60)),
            "from": user(chat_id, language_code),
            "message": message(chat_id, "Pick a topic:"),
            "chat_instance": "-42",
            "data": data,
        }
    )


@dataclass
class Posted:
    status: int
    body: str


def post(url: str, payload: Any, secret: str | None = SECRET, raw: bytes | None = None) -> Posted:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    data = raw if raw is not None else json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return Posted(reply.status, reply.read().decode())
    except urllib.error.HTTPError as error:
        return Posted(error.code, error.read().decode(errors="replace"))


@dataclass
class Bot:
    assistant: Assistant
    fake: FakeTelegram
    credentials: Path
    off: Future  # (Process, port) of the Rasa server started without TELEGRAM_*
    off_fake: FakeTelegram

    @property
    def webhook(self) -> str:
        return f"{self.assistant.url}/webhooks/telegram/webhook"

    @property
    def log(self) -> str:
        return self.assistant.rasa.log.read_text(errors="replace")

    def send(self, payload: dict[str, Any], secret: str | None = SECRET) -> Posted:
        posted = post(self.webhook, payload, secret)
        assert posted.status == 200, posted
        return posted

    def ask(self, chat_id: int, text: str, language_code: str | None = "en", replies: int = 1) -> list[str]:
        """Sends a text message; returns the texts of the bot's replies to it."""
        before = len(self.fake.calls_to("sendMessage", chat_id))
        self.send(text_update(chat_id, text, language_code))
        calls = self.fake.wait_for("sendMessage", chat_id, count=before + replies)
        return [call.text for call in calls[before:]]

    def user_texts(self, chat_id: int) -> list[str]:
        """What the conversation store holds as this chat's messages."""
        with sqlite3.connect(self.assistant.workdir / "conversations.db") as db:
            rows = db.execute(
                "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user'", (str(chat_id),)
            ).fetchall()
        return [json.loads(data).get("text") for (data,) in rows]

    def events_of(self, chat_id: int) -> int:
        with sqlite3.connect(self.assistant.workdir / "conversations.db") as db:
            return db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (str(chat_id),)).fetchone()[0]


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Bot:
    workdir = tmp_path_factory.mktemp("telegram")
    credentials = workdir / "credentials.yml"
    credentials.write_text("rest:\nchannels.telegram.TelegramInput:\nchannels.reminders.ReminderInput:\n")
    # A second Rasa server without the TELEGRAM_* variables starts meanwhile (for
    # test_without_the_variables...), with its own fake Bot API that must stay silent.
    off_fake = FakeTelegram(TOKEN).start()
    off_env = server_env(TELEGRAM_API_BASE=off_fake.base_url)
    for name in TELEGRAM_VARS[:3]:
        off_env.pop(name, None)
    off_workdir = workdir / "off"
    off_workdir.mkdir()
    pool = ThreadPoolExecutor(max_workers=1)
    off = pool.submit(
        start_rasa_server, off_workdir, write_endpoints(off_workdir, free_port()), credentials=credentials, env=off_env
    )
    # The fake Bot API's port is chosen but nothing listens yet: the first setWebhook
    # must fail, be logged, and leave the server running; a retry then succeeds.
    fake = FakeTelegram(TOKEN)
    env = server_env(
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_SECRET=SECRET,
        TELEGRAM_WEBHOOK_URL=WEBHOOK_URL,
        TELEGRAM_API_BASE=fake.base_url,
        REMINDER_POLL_SECONDS="1",  # the reminder loop looks for due reminders every second
    )
    assistant = None
    try:
        assistant = start_assistant(workdir, credentials=credentials, env=env)
        log = assistant.rasa.log
        wait_until(
            lambda: "could not reach the Telegram Bot API" in log.read_text(errors="replace"),
            30,
            "the logged setWebhook failure",
        )
        fake.start()
        fake.wait_for("setWebhook", timeout=60)
        # The fake records the call before it answers: the channel knows it worked
        # (and says so) only once the answer is back.
        wait_until(
            lambda: "Telegram webhook set to" in log.read_text(errors="replace"), 30, "the logged setWebhook success"
        )
        yield Bot(assistant, fake, credentials, off, off_fake)
    finally:
        if assistant is not None:
            assistant.stop()
        with contextlib.suppress(Exception):
            off.result()[0].stop()
        pool.shutdown()
        fake.stop()
        off_fake.stop()


# ---------------------------------------------------------------------------
# Start-up and security


@slow
def test_webhook_is_set_after_start_with_the_secret(bot):
    calls = bot.fake.calls_to("setWebhook")
    assert len(calls) == 1  # the first attempt, with the fake server down, never reached it
    params = calls[0].params
    assert params["url"] == WEBHOOK_URL
    assert params["secret_token"] == SECRET
    assert set(params["allowed_updates"]) >= {"message", "edited_message", "callback_query"}
    log = bot.log
    # The failure was logged after the server was up, and it kept running.
    assert log.index("Rasa server is up and running") < log.index("could not reach the Telegram Bot API")
    assert "Telegram webhook set to https://fibro.example.test" in log
    assert http_get(f"{bot.assistant.url}/")[0] == 200


@slow
def test_refuses_updates_without_the_right_secret(bot):
    chat = new_chat()
    for secret in (None, "wrong", SECRET[:-1], SECRET + "x", ""):
        posted = post(bot.webhook, text_update(chat, "is walking good for fibro?"), secret)
        assert posted.status == 403, (secret, posted)
    # A sentinel in the same chat: once it is answered, anything refused above would have been too.
    replies = bot.ask(chat, "hi")
    assert bot.fake.messages_to(chat) == replies
    assert bot.user_texts(chat) == ["hi"]


@slow
def test_answers_a_question(bot):
    chat = new_chat()
    bot.send(text_update(chat, "is walking good for fibro?"))
    reply = bot.fake.wait_for("sendMessage", chat)[0]
    assert "low-impact way to start" in reply.text.lower(), reply.text
    assert "parse_mode" not in reply.params
    assert utf16_length(reply.text) <= MAX_MESSAGE_LENGTH


@slow
@pytest.mark.parametrize(
    "content",
    [
        {
            "sticker": {
                "file_id": "CAACAgIAAxkBAAEB",
                "file_unique_id": "AgADAgAD",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
                "emoji": "\U0001f600",
            }
        },
        {
            "photo": [
                {
                    "file_id": "AgACAgQAAxkBAAIB",
                    "file_unique_id": "AQADAgAT",
                    "width": 90,
                    "height": 67,
                    "file_size": 1234,
                }
            ],
            "caption": "my meds",
        },
        {"voice": {"file_id": "AwACAgQAAxkBAAIC", "file_unique_id": "AgADxx", "duration": 3, "mime_type": "audio/ogg"}},
        {
            "document": {
                "file_id": "BQACAgQAAxkBAAID",
                "file_unique_id": "AgADyy",
                "file_name": "notes.pdf",
                "mime_type": "application/pdf",
            }
        },
        {"location": {"latitude": 51.5, "longitude": -0.12}},
    ],
    ids=["sticker", "photo", "voice", "document", "location"],
)
def test_non_text_messages_get_the_text_only_reply(bot, content):
    chat = new_chat()
    bot.send(update(message=message(chat, **content)))
    replies = bot.fake.wait_for("sendMessage", chat)
    assert [r.text for r in replies] == [NOT_TEXT_REPLY]


@slow
def test_edited_message_gets_200_and_a_short_reply(bot):
    chat = new_chat()
    edited = message(chat, "is swimming ok?")
    edited["edit_date"] = int(time.time())
    bot.send(update(edited_message=edited))
    assert bot.fake.wait_for("sendMessage", chat)[0].text == EDITED_REPLY
    assert bot.events_of(chat) == 0


@slow
def test_updates_without_a_person_to_answer_are_ignored(bot):
    channel = -1001234567890
    bot.send(
        update(
            channel_post={
                "message_id": 5,
                "date": int(time.time()),
                "text": "news",
                "chat": {"id": channel, "type": "channel", "title": "Fibro news"},
            }
        )
    )
    chat = new_chat()
    bot.send(
        update(
            my_chat_member={
                "chat": {"id": chat, "type": "private"},
                "from": user(chat),
                "date": int(time.time()),
                "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True, "first_name": "b"}},
                "new_chat_member": {
                    "status": "kicked",
                    "user": {"id": 1, "is_bot": True, "first_name": "b"},
                    "until_date": 0,
                },
            }
        )
    )
    bot.send(update(something_new_from_telegram={"foo": 1}))
    # A sentinel in the same chat: once it is answered, the updates before it were handled.
    replies = bot.ask(chat, "hi")
    assert bot.fake.calls_to(chat_id=channel) == [] and bot.fake.messages_to(chat) == replies


@slow
def test_malformed_and_repeated_updates_get_200(bot):
    for raw in (
        b"{not json",
        b"[]",
        b"",
        b"[" * 100_000,
        b'{"update_id": 1, "message": "\\ud800"}',
        b'{"message": ' * 50 + b"1" + b"}" * 50,
    ):
        posted = post(bot.webhook, None, raw=raw)
        assert posted.status == 200, (raw[:40], posted)
    too_big = post(bot.webhook, None, raw=b'{"update_id": 1, "x": "' + b"x" * 200_000 + b'"}')
    assert too_big.status == 413 and "error" in json.loads(too_big.body)
    chat = new_chat()
    sticker = update(message=message(chat, sticker={"file_id": "x", "file_unique_id": "y"}))
    bot.send(sticker)
    bot.send(sticker)  # Telegram re-delivering the same update_id
    first = [call.text for call in bot.fake.wait_for("sendMessage", chat)]
    replies = bot.ask(chat, "hi")  # a sentinel: the re-delivery came before it
    assert bot.fake.messages_to(chat) == first[:1] + replies


# ---------------------------------------------------------------------------
# Buttons, commands


@slow
def test_start_greets_with_an_inline_keyboard(bot):
    chat = new_chat()
    reply = bot.ask(chat, "/start")[0]
    call = bot.fake.calls_to("sendMessage", chat)[-1]
    assert "fibromyalgia" in reply and "not a doctor" in reply, reply
    keyboard = call.params["reply_markup"]["inline_keyboard"]
    payloads = [button["callback_data"] for row in keyboard for button in row]
    assert '/ask{"group": "movement"}' in payloads and '/ask{"group": "food"}' in payloads, keyboard
    assert all(button["text"] for row in keyboard for button in row)


@slow
def test_gibberish_gets_topic_buttons(bot):
    chat = new_chat()
    reply = bot.ask(chat, "asdfgh qwerty")[0]
    # The honest "no reviewed information" or the out-of-scope reply: both offer the topics.
    assert "reviewed information" in reply or "outside what i can help with" in reply.lower(), reply
    keyboard = bot.fake.calls_to("sendMessage", chat)[-1].params["reply_markup"]["inline_keyboard"]
    payloads = [button["callback_data"] for row in keyboard for button in row]
    assert {'/ask{"group": "movement"}', '/ask{"group": "food"}', '/ask{"group": "medicines"}'} <= set(payloads)


@slow
def test_button_press_sends_its_payload_and_answers_the_callback(bot):
    chat = new_chat()
    pressed = button_update(chat, '/ask{"group": "food"}')
    bot.send(pressed)
    reply = bot.fake.wait_for("sendMessage", chat)[0]
    assert reply.text.startswith("Diet and supplements:"), reply.text
    answered = bot.fake.wait_for(
        "answerCallbackQuery", where=lambda c: c.params.get("callback_query_id") == pressed["callback_query"]["id"]
    )
    assert answered


@slow
def test_help_lists_topics_limits_and_numbers(bot):
    chat = new_chat()
    reply = bot.ask(chat, "/help", language_code="en-GB")[0]
    lowered = reply.lower()
    for words in (
        "exercise",
        "pacing",
        "diet",
        "flare",
        "medicines",
        "not a doctor",
        "/forget",
        "/restart",
        "116 123",
        "999",
    ):
        assert words in lowered, (words, reply)
    assert "911" not in reply  # a UK person gets UK numbers


@slow
def test_unknown_commands_do_not_reach_rasa_as_intents(bot):
    chat = new_chat()
    assert bot.ask(chat, "/medical_emergency") == [UNKNOWN_COMMAND_REPLY]
    assert bot.events_of(chat) == 0


@slow
def test_restart_starts_over_and_says_so(bot):
    chat = new_chat()
    assert "duloxetine" in bot.ask(chat, "is cymbalta any good for fibro")[0].lower()
    assert bot.ask(chat, "/restart") == [RESTART_REPLY]
    assert bot.ask(chat, "what about its side effects?")[0].startswith("Which medicine")
    assert bot.ask(chat, "/stop") == [UNKNOWN_COMMAND_REPLY]


@slow
def test_forget_erases_the_conversation(bot):
    chat = new_chat()
    assert "low-impact way to start" in bot.ask(chat, "is walking good for fibro?")[0].lower()
    assert bot.events_of(chat) > 0
    assert bot.ask(chat, "/forget") == [FORGET_DONE_REPLY]
    assert bot.events_of(chat) == 0
    # The next message starts a fresh conversation.
    assert bot.ask(chat, "/start")[0]
    assert bot.events_of(chat) > 0


@slow
def test_forget_while_the_store_fails_says_so_and_keeps_the_conversation(bot):
    chat = new_chat()
    assert "low-impact way to start" in bot.ask(chat, "is walking good for fibro?")[0].lower()
    stored = bot.events_of(chat)
    log_before = bot.log
    with read_only(bot.assistant.workdir / "conversations.db"):
        assert bot.ask(chat, "/forget") == [FORGET_FAILED_REPLY]
    assert bot.events_of(chat) == stored
    new_log = bot.log[len(log_before) :]
    assert new_log.count("the tracker store could not erase") == 1, new_log  # logged once
    assert "could not erase a Telegram conversation" not in new_log, new_log
    assert bot.ask(chat, "/forget") == [FORGET_DONE_REPLY]  # repaired
    assert bot.events_of(chat) == 0


@slow
def test_a_turn_that_cannot_be_saved_says_so_and_the_conversation_goes_on(bot):
    chat = new_chat()
    assert "low-impact way to start" in bot.ask(chat, "is walking good for fibro?")[0].lower()
    stored = bot.events_of(chat)
    with read_only(bot.assistant.workdir / "conversations.db"):
        bot.send(text_update(chat, "how long should i start with?"))
        bot.fake.wait_for("sendMessage", chat, where=lambda call: call.text == NOT_SAVED_REPLY)
    assert bot.events_of(chat) == stored
    assert "failed to answer Telegram update" not in bot.log  # logged once, by the store
    replies = bot.ask(chat, "how long should i start with?")
    assert "no single right amount" in replies[0].lower(), replies
    assert bot.events_of(chat) > stored


@slow
def test_crisis_reply_uses_the_telegram_language_code(bot):
    chat = new_chat()
    reply = "\n".join(bot.ask(chat, "i want to end my life", language_code="en-GB"))
    assert "999" in reply and "116 123" in reply, reply
    assert "911" not in reply and "988" not in reply, reply
    assert "are you safe" in reply.lower(), reply


@slow
def test_a_crisis_in_polish_opens_in_polish_with_the_polish_lines(bot):
    # red teams 26 to 28: a person in crisis writing Polish read only English
    chat = new_chat()
    reply = "\n".join(bot.ask(chat, "nie chcę już żyć, mam dość wszystkiego", language_code="pl"))
    assert reply.startswith("Bardzo mi przykro") and "116 123" in reply and "112" in reply, reply
    assert "Are you safe right now?" in reply and "988" not in reply, reply


@slow
def test_no_getme_and_no_token_in_the_log(bot):
    assert bot.fake.calls_to("getMe") == []
    log = bot.log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert SECRET not in log
    assert "is walking good for fibro" not in log  # message text is not logged at INFO


# ---------------------------------------------------------------------------
# Long replies


async def test_long_reply_goes_out_as_several_messages_with_buttons_on_the_last():
    fake = FakeTelegram(TOKEN).start()
    api = TelegramBotAPI(TOKEN, fake.base_url)
    try:
        output = TelegramOutput(api)
        # 30 paragraphs of about 340 characters: three or four messages.
        text = "\n\n".join(" ".join([f"Paragraph {n} says that gentle pacing helps."] * 8) for n in range(30))
        await output.send_text_with_buttons(
            "77",
            text,
            [
                {"title": "Exercise", "payload": "/ask_exercise"},
                {"title": "Diet", "payload": "/ask_diet"},
                {"title": "Too long", "payload": "/" + "x" * 80},  # over Telegram's 64 bytes: dropped
            ],
        )
        calls = fake.calls_to("sendMessage", 77)
        assert len(calls) >= 3
        assert all(utf16_length(call.text) <= MAX_MESSAGE_LENGTH for call in calls)
        assert " ".join(call.text for call in calls).split() == text.split()
        assert all("reply_markup" not in call.params for call in calls[:-1])
        keyboard = calls[-1].params["reply_markup"]["inline_keyboard"]
        assert [button["callback_data"] for row in keyboard for button in row] == ["/ask_exercise", "/ask_diet"]
        assert all("parse_mode" not in call.params for call in calls)
        # Markup-looking text is sent as it is.
        await output.send_text_message("77", "<b>bold?</b> *stars* _under_ [link](x)")
        assert fake.calls_to("sendMessage", 77)[-1].text == "<b>bold?</b> *stars* _under_ [link](x)"
    finally:
        await api.close()
        fake.stop()


async def test_a_reply_repeated_within_one_turn_is_sent_once():
    """A dialogue loop (the same action predicted until Rasa's limit of 10) must not
    send a person ten identical messages."""
    fake = FakeTelegram(TOKEN).start()
    api = TelegramBotAPI(TOKEN, fake.base_url)
    try:
        channel = TelegramInput(TOKEN, SECRET, WEBHOOK_URL, fake.base_url)
        channel.api = api
        turn = channel.get_output_channel()
        buttons = [{"title": "Diet", "payload": "/ask_diet"}]
        for _ in range(10):
            await turn.send_text_with_buttons("79", "Sorry, could you put it another way?", buttons)
        await turn.send_text_message("79", "Something else.")
        assert fake.messages_to(79) == ["Sorry, could you put it another way?", "Something else."]
        next_turn = channel.get_output_channel()  # a new update: the same words may be sent again
        await next_turn.send_text_message("79", "Something else.")
        assert len(fake.messages_to(79)) == 3
    finally:
        await api.close()
        fake.stop()


async def test_send_failures_are_logged_without_the_token(caplog):
    fake = FakeTelegram(TOKEN).start()
    api = TelegramBotAPI(TOKEN, fake.base_url)
    try:
        fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
        await TelegramOutput(api).send_text_message("78", "hello")  # must not raise
        wrong = TelegramBotAPI("999:wrong-token", fake.base_url)
        await TelegramOutput(wrong).send_text_message("78", "hello")
        await wrong.close()
        down = TelegramBotAPI(TOKEN, "http://127.0.0.1:9")  # nothing listens there
        await TelegramOutput(down).send_text_message("78", "hello")
        await down.close()
    finally:
        await api.close()
        fake.stop()
    text = caplog.text
    assert "chat not found" in text and "Unauthorized" in text and "ClientConnectorError" in text
    assert TOKEN not in text and "wrong-token" not in text


# ---------------------------------------------------------------------------
# The diary's chart and export


@slow
def test_the_diary_sends_its_chart_as_a_photo_and_its_export_as_a_file(bot):
    chat = new_chat()
    bot.ask(chat, "check in")
    for answer in ("6", "7", "poor"):
        bot.ask(chat, answer)
    assert bot.ask(chat, "skip") == ["Saved today's check-in: pain 6, fatigue 7, sleep poor."]

    assert "Your check-ins (1 day): pain 6.0, fatigue 7.0 on average." in bot.ask(chat, "how am i doing?")[0]
    (photo,) = bot.fake.wait_for("sendPhoto", chat)
    upload = photo.files["photo"]
    assert upload.content_type == "image/png" and upload.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert upload.filename.startswith("fibro-diary-chart-") and len(upload.content) > 10_000

    assert "(1 day logged)" in bot.ask(chat, "export my diary")[0]
    (document,) = bot.fake.wait_for("sendDocument", chat)
    csv_file = document.files["document"]
    assert csv_file.content_type == "text/csv" and csv_file.filename.endswith(".csv")
    lines = csv_file.content.decode("utf-8").split("\r\n")
    assert lines[0] == "date,pain,fatigue,sleep,did_strategy,strategy,note"
    assert lines[1].endswith(",6,7,poor,,,") and lines[2:] == [""]


def keyboard_of(call: Any) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [button["callback_data"] for row in markup.get("inline_keyboard") or [] for button in row]


@slow
def test_an_exercise_asks_for_its_pacing_plan_with_buttons_and_a_tap_makes_the_plan(bot):
    chat = new_chat()
    bot.send(text_update(chat, "I want to try walking"))
    (asked,) = bot.fake.wait_for("sendMessage", chat, where=lambda c: "10 minutes" in keyboard_of(c))
    assert asked.text.startswith("How many minutes of walking can you do today without it bringing on a flare?")
    assert keyboard_of(asked) == ["2 minutes", "5 minutes", "10 minutes", "15 minutes", "not sure"]
    before = len(bot.fake.calls_to("sendMessage", chat))
    bot.send(button_update(chat, "10 minutes"))  # the person taps "10 minutes"
    plan = bot.fake.wait_for("sendMessage", chat, count=before + 1)[before]
    assert "Week 1: 10 minutes of walking a day" in plan.text and "Week 4: 16 minutes" in plan.text
    assert keyboard_of(plan) == ["/checkin"]
    (where,) = bot.ask(chat, "what week am i in?")
    assert "You're trying walking, since" in where and "Week 1 of your walking plan: 10 minutes a day." in where


def database(bot: Bot) -> Path:
    return bot.assistant.workdir / "conversations.db"


@slow
def test_a_daily_reminder_reaches_telegram_when_it_is_due_and_only_then(bot):
    late, due = new_chat(), new_chat()
    for chat in (late, due):
        (reply,) = bot.ask(chat, "please remind me to check in at 8pm london time")
        assert reply.startswith("Done: I'll remind you to check in at 20:00 every day (Europe/London time)"), reply
        assert next_due_of(database(bot), str(chat)) > utcnow()
    assert bot.ask(due, "when is my reminder?")[0].startswith("Your check-in reminder is at 20:00 every day")
    make_due(database(bot), str(late), dt.timedelta(hours=3))  # the servers were down: too late to nudge
    make_due(database(bot), str(due), dt.timedelta(seconds=5))
    (nudge,) = bot.fake.wait_for("sendMessage", due, count=3)[2:]
    assert nudge.text.startswith("Time for today's check-in")
    keyboard = nudge.params["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"] for row in keyboard for b in row] == ["/checkin"]
    # Both were due in the same round, the late one first: it was moved on, not sent.
    assert len(bot.fake.calls_to("sendMessage", late)) == 1
    now = utcnow()
    for chat in (late, due):
        assert now < next_due_of(database(bot), str(chat)) <= now + dt.timedelta(days=1)
    assert "How is your pain today" in "\n".join(bot.ask(due, "check in", replies=2))  # what the button says
    # asked in the middle of the check-in: done, and the check-in goes on
    assert bot.ask(due, "stop reminding me", replies=2) == [
        "Okay, no more reminders.\n\nNow, back to today's check-in.",
        "How is your pain today, from 0 (none) to 10 (the worst)?",
    ]


async def test_a_diary_file_that_is_gone_or_another_chats_is_never_sent():
    from selfcare.diary.store import DiaryFile

    fake = FakeTelegram(TOKEN).start()
    api = TelegramBotAPI(TOKEN, fake.base_url)
    kept = {
        "mine": DiaryFile("80", "d.csv", "text/csv", b"date\r\n"),
        "theirs": DiaryFile("81", "d.csv", "text/csv", b"x"),
    }
    try:
        output = TelegramOutput(api, files=kept.get)
        payload = {"token": "mine", "name": "d.csv", "media_type": "text/csv", "kind": "document"}
        await output.send_custom_json("80", {"diary_file": payload})
        assert fake.calls_to("sendDocument", 80)[0].files["document"].content == b"date\r\n"
        for token in ("gone", "theirs"):
            await output.send_custom_json("80", {"diary_file": {**payload, "token": token}})
        assert fake.messages_to(80) == [FILE_MISSING_REPLY, FILE_MISSING_REPLY]
        fake.fail_next("sendDocument", 400, "Bad Request: file is too big")
        await output.send_custom_json("80", {"diary_file": payload})
        assert fake.messages_to(80)[-1] == FILE_NOT_SENT_REPLY
        assert len(fake.calls_to("sendDocument", 80)) == 2 and not fake.calls_to("sendDocument", 81)
    finally:
        await api.close()
        fake.stop()


# ---------------------------------------------------------------------------
# Configuration


def test_channel_is_on_only_with_all_three_variables():
    full = {"TELEGRAM_TOKEN": TOKEN, "TELEGRAM_SECRET": SECRET, "TELEGRAM_WEBHOOK_URL": WEBHOOK_URL}
    on = TelegramInput.from_env(full)
    assert on.enabled and on.api_base == "https://api.telegram.org"
    assert TelegramInput.from_env({**full, "TELEGRAM_API_BASE": "http://127.0.0.1:1/"}).api_base == "http://127.0.0.1:1"
    for name in full:
        off = TelegramInput.from_env({**full, name: ""})
        assert not off.enabled and name in off.off_reason
        assert off.get_output_channel() is None
    assert not TelegramInput.from_env({**full, "TELEGRAM_SECRET": "has spaces"}).enabled
    assert not TelegramInput.from_env({**full, "TELEGRAM_SECRET": "x" * 257}).enabled
    assert TOKEN not in repr(on) and SECRET not in repr(on)


@slow
def test_without_the_variables_the_webhook_is_404_and_telegram_is_not_called(bot):
    rasa, port = bot.off.result(timeout=300)
    url = f"http://127.0.0.1:{port}/webhooks/telegram/webhook"
    assert post(url, text_update(new_chat(), "hello")).status == 404
    assert post(url, text_update(new_chat(), "hello"), secret=None).status == 404
    assert http_get(url)[0] == 404
    assert http_get(f"http://127.0.0.1:{port}/")[0] == 200
    status, body = http_post_json(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook", {"sender": "rest-still-works", "message": "/greet"}
    )
    assert status == 200 and body, body  # the turn is over: anything it sent has been sent
    assert bot.off_fake.calls == []
    log = rasa.log.read_text(errors="replace")
    assert log.count("Telegram channel is off") == 1, log[-2000:]
    assert "TELEGRAM_TOKEN, TELEGRAM_SECRET, TELEGRAM_WEBHOOK_URL not set" in log

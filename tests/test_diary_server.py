"""The diary over REST on the real servers (the session's shared assistant, SQLite):
a strategy, a check-in, "how am I doing", and deleting the diary, checked in the database."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from devtools.servers import http_post_json

pytestmark = pytest.mark.slow

DIARY_TABLES = ("diary_strategies", "diary_checkins", "diary_reminders")


def diary_rows(assistant, sender: str) -> int:
    with sqlite3.connect(assistant.workdir / "conversations.db") as db:
        return sum(
            db.execute(f"SELECT COUNT(*) FROM {table} WHERE sender_id = ?", (sender,)).fetchone()[0]
            for table in DIARY_TABLES
        )


def test_a_strategy_a_check_in_the_summary_and_deleting_the_diary(assistant):
    sender = f"diary-{uuid.uuid4().hex[:10]}"
    say = lambda text: assistant.reply_text(sender, text)  # noqa: E731

    started = say("I want to try walking")
    assert "5 or 10 minutes a day" in started and "Check in each day" in started
    assert "Week 1: 5 minutes of walking a day" in started
    first = say("check in")
    assert "How is your pain today" in first and "didn't catch" not in first
    assert "fatigue" in say("about a 6")
    asked_again = say("ugh dunno")
    assert "didn't catch a number" in asked_again and "fatigue" in asked_again
    assert "How did you sleep" in say("seven")
    assert "Did you stick with walking today?" in say("bad")
    assert "Anything you'd like to note" in say("yes")
    assert "Saved today's check-in: pain 6, fatigue 7, sleep poor." in say("skip")
    assert diary_rows(assistant, sender) == 2  # the strategy and the check-in

    summary = say("how am I doing?")
    assert "Since starting (1 day): pain 6.0, fatigue 7.0 on average." in summary
    assert "On the one day you answered, you did it." in summary
    assert "pain ▅" in summary

    assert "can't be undone" in say("delete my diary")
    assert diary_rows(assistant, sender) == 2  # asking deletes nothing
    assert "deleted your diary" in say("yes")
    assert diary_rows(assistant, sender) == 0


def test_forget_over_rest_erases_the_diary_too(assistant):
    sender = f"diary-{uuid.uuid4().hex[:10]}"
    assert "Check in each day" in assistant.reply_text(sender, "let's try tai chi")
    assert diary_rows(assistant, sender) == 1
    status, body = http_post_json(f"{assistant.url}/webhooks/rest/forget", {"sender": sender})
    assert (status, body) == (200, {"erased": True})
    assert diary_rows(assistant, sender) == 0


def test_try_this_under_an_answer_starts_its_strategy(assistant):
    sender = f"diary-{uuid.uuid4().hex[:10]}"
    status, body = assistant.send(sender, "is tai chi any good for fibromyalgia?")
    assert status == 200
    buttons = [b for m in body for b in (m.get("buttons") or [])]
    try_this = [b for b in buttons if b["title"] == "Try this"]
    assert try_this == [{"title": "Try this", "payload": '/start_strategy{"strategy": "tai_chi"}'}]
    assert "Okay, you're trying tai chi" in assistant.reply_text(sender, try_this[0]["payload"])
    assert diary_rows(assistant, sender) == 1

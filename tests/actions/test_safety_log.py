"""The safety log counts events and never holds what the person wrote."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import answers, safety_log


def test_record_and_count(tmp_path):
    path = tmp_path / "events.jsonl"
    safety_log.record("crisis", "telegram", "crisis.explicit", path)
    safety_log.record("crisis", "telegram", "crisis.coded", path)
    safety_log.record("emergency", "rest", "emergency.stroke", path)
    assert safety_log.counts(path) == {("telegram", "crisis"): 2, ("rest", "emergency"): 1}
    for line in path.read_text().splitlines():
        assert set(json.loads(line)) == set(safety_log.FIELDS)


async def test_a_crisis_reply_is_counted_without_the_text_or_the_sender(tmp_path, monkeypatch, domain):
    path = tmp_path / "events.jsonl"
    monkeypatch.setattr(safety_log, "LOG_FILE", path)
    text = "i want to die, my name is Jane Example"
    latest = {"text": text, "intent": {"name": "crisis"}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": latest, "input_channel": "socketio"}]
    tracker = Tracker(
        "sender-secret-42", {"crisis_active": False, "locale": None}, latest, events, False, None, {}, "action_listen"
    )
    await answers.ActionCrisisResponse().run(CollectingDispatcher(), tracker, domain)
    stored = path.read_text()
    assert json.loads(stored)["category"] == "crisis" and json.loads(stored)["channel"] == "socketio"
    assert "Jane" not in stored and "die" not in stored and "sender-secret-42" not in stored


def test_an_unwritable_log_never_stops_the_reply(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    event = safety_log.record("emergency", "rest", "emergency.breathing", blocked / "sub" / "x.jsonl")
    assert event["category"] == "emergency"

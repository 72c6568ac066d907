"""The cached action-response validation accepts and rejects what stock Rasa does."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import components  # noqa: F401  (applies the fixes)
from components.rasa_fixes import _validate_action_result

GOOD = [
    {"events": [{"event": "slot", "name": "topic", "value": "diet"}], "responses": [{"text": "hi"}]},
    {"events": [], "responses": []},
    {},
]
BAD = [
    {"events": [{"event": "slot", "name": "topic"}]},  # a slot event needs a value
    {"events": "not a list"},
    {"responses": [{"text": "hi"}, "not an object"]},
    {"events": [{"event": "no_such_event"}]},
]


@pytest.mark.parametrize("result", GOOD)
def test_valid_responses_pass_as_in_stock_rasa(result):
    jsonschema.validate(result, RemoteAction.action_response_format_spec())
    assert _validate_action_result(None, result) is True


@pytest.mark.parametrize("result", BAD)
def test_invalid_responses_fail_as_in_stock_rasa(result):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        _validate_action_result(None, result)


def test_the_fix_is_applied():
    assert RemoteAction._validate_action_result is _validate_action_result


def _tracker_with(text: str, risk: dict | None):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load("domain.yml")
    tracker = DialogueStateTracker.from_events("someone", [], slots=domain.slots)
    parse_data = {"intent": {"name": "crisis", "confidence": 1.0}, "entities": []}
    if risk:
        parse_data["risk"] = risk
    tracker.update(UserUttered(text, parse_data["intent"], [], parse_data))
    return tracker, domain


@pytest.mark.parametrize(
    "action, risk, expected",
    [
        (
            "action_crisis_response",
            {"kind": "crisis", "template": "crisis_other", "reason": "model"},
            "looking out for them",
        ),
        ("action_crisis_response", None, "Are you safe right now?"),
        (
            "action_emergency_response",
            {"kind": "emergency", "template": "emergency", "reason": "r"},
            "medical emergency",
        ),
        (
            "action_dangerous_request_response",
            {"kind": "dangerous", "template": "dangerous_toxic", "reason": "m"},
            "can't help with that",
        ),
        ("action_answer_topic", {"kind": "crisis", "template": "harm_done", "reason": "m"}, "emergency help now"),
        ("action_answer_topic", None, "try again in a minute"),
    ],
)
def test_the_stand_in_is_the_reviewed_reply_the_decision_names(action, risk, expected):
    from components.rasa_fixes import stand_in_text

    tracker, _ = _tracker_with("whatever they wrote", risk)
    assert expected in stand_in_text(action, tracker)


@pytest.mark.parametrize(
    "action, risk, safety_reply",
    [
        ("action_answer_topic", {"kind": "crisis", "template": "crisis", "reason": "r"}, True),
        ("action_answer_topic", {"kind": "dangerous", "template": "dangerous_toxic", "reason": "m"}, True),
        ("action_crisis_response", None, True),
        ("action_crisis_followup", None, True),
        ("action_answer_topic", None, False),
        ("action_answer_topic", {"kind": "medicine", "template": "med_dose", "reason": "r"}, False),
    ],
)
def test_a_safety_reply_waits_less_for_the_action_server_than_an_ordinary_answer(action, risk, safety_reply):
    from components.rasa_fixes import ACTION_TIMEOUT, ANSWER_TIMEOUT, time_limit

    tracker, _ = _tracker_with("whatever they wrote", risk)
    assert ACTION_TIMEOUT < ANSWER_TIMEOUT
    assert time_limit(action, tracker) == (ACTION_TIMEOUT if safety_reply else ANSWER_TIMEOUT)


async def test_a_failed_action_ends_the_turn_listening_with_a_reply():
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.events import BotUttered, FollowupAction, SlotSet
    from rasa.utils.endpoints import EndpointConfig

    tracker, domain = _tracker_with("i want to die", {"kind": "crisis", "template": "crisis", "reason": "r"})
    # Nothing listens on port 9 of the loopback: the connection is refused at once.
    action = RemoteAction("action_crisis_response", EndpointConfig("http://127.0.0.1:9/webhook"))
    events = await action.run(None, None, tracker, domain)
    assert isinstance(events[0], BotUttered) and "988" in events[0].text
    assert SlotSet("crisis_active", True) in events
    assert events[-1] == FollowupAction("action_listen")


def test_rasa_warnings_that_quote_a_message_are_not_shown():
    """'/intent{...}' text with an unknown entity, bad JSON or a bad confidence makes
    Rasa warn with the whole message in the warning; the server must not print it."""
    import warnings

    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
    from rasa.shared.core.domain import Domain
    from rasa.shared.nlu.training_data.message import Message

    from components import rasa_fixes

    domain = Domain.from_path("domain.yml")
    marker = "zebra-quoted-7"
    handler = RegexMessageHandler()
    with warnings.catch_warnings(record=True) as shown:
        rasa_fixes.apply()  # as the server does (pytest resets the warning filters per test)
        for text in (f'/ask{{"x": "{marker}"}}', f"/ask{{{marker}", f"/ask@{marker}", f"/{marker}"):
            handler.process([Message(data={"text": text})], domain)
    assert not [w for w in shown if marker in str(w.message)]

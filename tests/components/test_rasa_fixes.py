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
    {"events": [{"event": "slot", "name": "topic"}]},        # a slot event needs a value
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

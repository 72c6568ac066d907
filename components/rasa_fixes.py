"""Fixes for Rasa 3.6 internals that cost every turn, applied when the NLU pipeline
(and so the Rasa server, shell and tests) loads these components.

Each fix keeps Rasa's behaviour and only removes repeated work; each is checked by
tests/components/test_rasa_fixes.py against the stock behaviour.
"""
from __future__ import annotations

from typing import Any, Dict, Text

import jsonschema
from rasa.core.actions.action import RemoteAction

_VALIDATOR = None


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """RemoteAction._validate_action_result, with the validator built once.

    Stock Rasa calls jsonschema.validate(), which re-checks the (constant) response
    schema against its metaschema on every custom-action call: about 35 ms of every
    turn on these machines. The response itself is validated exactly as before and
    raises the same ValidationError, with Rasa's hint appended.
    """
    global _VALIDATOR
    if _VALIDATOR is None:
        schema = RemoteAction.action_response_format_spec()
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _VALIDATOR = cls(schema)
    error = jsonschema.exceptions.best_match(_VALIDATOR.iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, make sure your "
            "response from the Action endpoint is valid."
        )
        raise error
    return True


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result

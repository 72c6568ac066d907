"""Fixes for Rasa 3.6 internals, applied when the NLU pipeline (and so the Rasa
server, shell and tests) loads these components.

- The action-response validator is built once instead of on every turn.
- A custom action that fails or hangs is answered by the Rasa server itself: within
  ACTION_TIMEOUT seconds with the reviewed safety reply that the gate's risk decision
  names (rendered by selfcare.safety in this process), or, for an ordinary turn, after
  ANSWER_TIMEOUT seconds with a short apology (a busy action server gets longer to
  answer a question than a person in crisis waits for help); the turn ends listening. Stock
  Rasa sends nothing, keeps predicting failing actions up to its limit, and can leave
  the conversation muted by its circuit breaker for the rest of the session.
- Rasa's warnings about a "/intent{...}" message it can't fully parse ("Failed to parse
  arguments in line '<the whole message>'", an unknown entity, bad JSON, a bad
  confidence) quote the person's message; they are not shown. Nothing is lost for the
  person: Rasa carries on with what it could parse. tests/test_fuzz.py searches the
  servers' logs for the text it sent.

Each fix is checked by tests/components/test_rasa_fixes.py.
"""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from typing import Any

import aiohttp
import jsonschema
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import BotUttered, Event, FollowupAction, SlotSet, UserUttered
from rasa.shared.exceptions import RasaException

from selfcare import safety
from selfcare.safety import language
from selfcare.safety.risk import CRISIS_KIND, DANGEROUS_KIND, DEFAULT_TEMPLATE, EMERGENCY_KIND, Risk

logger = logging.getLogger(__name__)

# Seconds a custom action may take before the Rasa server answers in its place: with a
# safety reply, and with the apology on an ordinary turn.
ACTION_TIMEOUT = float(os.environ.get("FIBRO_ACTION_TIMEOUT", "5"))
ANSWER_TIMEOUT = float(os.environ.get("FIBRO_ANSWER_TIMEOUT", "20"))
UNAVAILABLE = (
    "Sorry, something went wrong on my side and I couldn't answer that. Please try again "
    "in a minute. If you feel very unwell, call your local emergency number."
)
# Which kind of safety reply stands in for which action when the gate's decision is missing.
ACTION_KIND = {
    "action_crisis_response": CRISIS_KIND,
    "action_emergency_response": EMERGENCY_KIND,
    "action_dangerous_request_response": DANGEROUS_KIND,
}

_VALIDATOR = None


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
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


def _locale(tracker: Any) -> str | None:
    metadata = (tracker.latest_message.metadata if tracker.latest_message else None) or {}
    text = tracker.latest_message.text if tracker.latest_message else ""
    return (
        safety.locale_from_text(text or "")
        or tracker.get_slot("locale")
        or metadata.get("locale")
        or metadata.get("language_code")
        or language.of_conversation([e.text or "" for e in tracker.events if isinstance(e, UserUttered)])
    )


def _safety_stand_in(action_name: str, risk: Risk) -> bool:
    """Whether the Rasa server's own reply for `action_name` would be a safety reply."""
    return risk.kind in (CRISIS_KIND, EMERGENCY_KIND, DANGEROUS_KIND) or action_name in (
        "action_crisis_followup",
        "action_goodbye_after_crisis",
        *ACTION_KIND,
    )


def _risk_of(tracker: Any) -> Risk:
    parse_data = tracker.latest_message.parse_data if tracker.latest_message else {}
    return Risk.from_dict((parse_data or {}).get("risk"))


def time_limit(action_name: str, tracker: Any) -> float:
    """Seconds `action_name` may take before the Rasa server answers in its place."""
    return ACTION_TIMEOUT if _safety_stand_in(action_name, _risk_of(tracker)) else ANSWER_TIMEOUT


def stand_in_text(action_name: str, tracker: Any) -> str:
    """What the Rasa server says itself when `action_name` failed: the reviewed safety
    reply the gate's decision names (so help never depends on the action server), or a
    short apology."""
    risk = _risk_of(tracker)
    if not _safety_stand_in(action_name, risk):
        return UNAVAILABLE
    if risk.kind in (CRISIS_KIND, EMERGENCY_KIND, DANGEROUS_KIND):
        return safety.render(risk.template, _locale(tracker))
    if action_name == "action_crisis_followup":
        return safety.followup(tracker.get_slot("crisis_kind"), _locale(tracker))
    if action_name == "action_goodbye_after_crisis":
        intent = (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        return safety.goodbye_after(tracker.get_slot("crisis_kind"), intent == "thank", _locale(tracker))
    return safety.render(DEFAULT_TEMPLATE[ACTION_KIND[action_name]], _locale(tracker))


async def _stand_in(action: RemoteAction, tracker: Any, domain: Any) -> list[Event]:
    events: list[Event] = [BotUttered(stand_in_text(action.name(), tracker), metadata={"stand_in": True})]
    crisis = _risk_of(tracker).kind == CRISIS_KIND or action.name() == "action_crisis_response"
    if crisis and any(slot.name == "crisis_active" for slot in domain.slots):
        events.append(SlotSet("crisis_active", True))  # the next turn still follows up
    # End the turn listening: no retry loop, no circuit breaker, the next message is heard.
    events.append(FollowupAction(ACTION_LISTEN_NAME))
    return events


_stock_run = RemoteAction.run


async def _run_with_stand_in(
    self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any
) -> list[Event]:
    """RemoteAction.run with a time limit, and the Rasa server's own reply when it fails."""
    try:
        return await asyncio.wait_for(
            _stock_run(self, output_channel, nlg, tracker, domain), time_limit(self.name(), tracker)
        )
    except ActionExecutionRejection:
        raise  # a form rejecting its slot: Rasa's own flow
    except (RasaException, asyncio.TimeoutError, aiohttp.ClientError, jsonschema.ValidationError) as error:
        # The action's name and the error's type only: never the conversation's text.
        logger.error(
            "custom action %s failed (%s); the Rasa server answered in its place", self.name(), type(error).__name__
        )
        return await _stand_in(self, tracker, domain)


# The start of every Rasa 3.6 warning that quotes a message (RegexMessageHandler, via
# rasa/shared/core/training_data/story_reader/yaml_story_reader.py).
MESSAGE_QUOTING_WARNING = r"Failed to parse arguments in line "


def apply() -> None:
    warnings.filterwarnings("ignore", message=MESSAGE_QUOTING_WARNING)
    RemoteAction._validate_action_result = _validate_action_result
    if RemoteAction.run is not _run_with_stand_in:
        RemoteAction.run = _run_with_stand_in

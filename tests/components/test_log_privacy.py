"""No conversation content in Rasa's logs (components/log_privacy.py): the filters
on their own, and every structured log call of the installed Rasa checked against the
field lists, so a Rasa upgrade that adds a field can't slip content past them. The
servers' own logs at --debug are searched by tests/test_fuzz.py."""

from __future__ import annotations

import ast
import json
import logging
from pathlib import Path

import rasa
import structlog
from rasa.shared.core.events import BotUttered, SlotSet

from components import log_privacy
from components.log_privacy import CONTENT_FIELDS, NOT_LOGGED, OTHER_FIELDS

TEXT = "i want to end my life qzmprivacy"


def test_content_fields_are_replaced_and_the_rest_kept():
    event = log_privacy.redact_event(
        None,
        "debug",
        {
            "event": "processor.message.parse",
            "parse_data_text": TEXT,
            "parse_data_intent": {"name": "crisis", "confidence": 1.0},
            "parse_data_entities": [{"entity": "medicine", "value": "qzmprivacy"}],
            "rasa_events": [BotUttered("qzmprivacy reply"), SlotSet("subject", "qzmprivacy")],
            "current_states": f"[state 1] user text: {TEXT}",
            "prediction_events": [],
        },
    )
    assert "qzmprivacy" not in json.dumps(event)
    assert event["parse_data_text"] == event["current_states"] == NOT_LOGGED
    assert event["rasa_events"] == ["BotUttered", "SlotSet"]  # which events, not what they say
    assert event["parse_data_intent"] == {"name": "crisis", "confidence": 1.0}
    assert event["event"] == "processor.message.parse" and event["prediction_events"] == []


def test_a_plain_line_that_quotes_content_is_cut():
    record = logging.LogRecord(
        "rasa.core.actions.action",
        logging.DEBUG,
        __file__,
        1,
        "Validating extracted slots: %s",
        ({"subject": "qzmprivacy"},),
        None,
    )
    assert log_privacy.cut_quoting_line(record).getMessage() == f"Validating extracted slots: {NOT_LOGGED}"
    other = logging.LogRecord(
        "rasa.core.processor", logging.DEBUG, __file__, 1, "Predicted next action '%s'", ("action_listen",), None
    )
    assert log_privacy.cut_quoting_line(other).getMessage() == "Predicted next action 'action_listen'"


def test_installed_it_reaches_every_handler_and_survives_reconfiguration(caplog):
    log_privacy.install()
    log_privacy.install()  # idempotent
    assert structlog.get_config()["processors"].count(log_privacy.redact_event) == 1
    with caplog.at_level(logging.DEBUG, logger="rasa"):
        logging.getLogger("rasa.core.actions.action").debug(f"Validating extracted slots: {TEXT}")
    assert "qzmprivacy" not in caplog.text and "Validating extracted slots" in caplog.text
    stock = structlog.get_config()["processors"]
    try:
        structlog.configure(processors=[structlog.processors.JSONRenderer()])
        assert structlog.get_config()["processors"][0] is log_privacy.redact_event
    finally:
        structlog.configure(processors=stock)


def _structlog_fields(path: Path) -> set:
    """The keyword names of every structlogger.<level>(...) call in one file."""
    fields = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "structlogger"
        ):
            fields.update(keyword.arg for keyword in node.keywords if keyword.arg)
    return fields


def test_every_structured_log_field_of_the_installed_rasa_is_known():
    used = set()
    for path in Path(rasa.__file__).parent.rglob("*.py"):
        if "structlogger" in path.read_text(encoding="utf-8", errors="replace"):
            used |= _structlog_fields(path)
    assert used, "no structlog call found: has Rasa changed how it logs?"
    assert not used - CONTENT_FIELDS - OTHER_FIELDS, (
        f"fields not yet sorted into CONTENT_FIELDS or OTHER_FIELDS: {sorted(used - CONTENT_FIELDS - OTHER_FIELDS)}"
    )

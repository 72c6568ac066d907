"""No conversation content in the Rasa server's logs, at any level.

At INFO Rasa 3.6 logs no message text (tests/test_fuzz.py), but with `rasa run --debug`
(or -vv) it logs the person's message, the entity values parsed from it, the bot's
replies (BotUttered events), slot values and the dialogue states the policies read.
Two kinds of log line carry them:

* structured events (structlog), most of them: Rasa itself names the fields that hold
  conversation content (the list in rasa/utils/log_utils.py `_anonymizer`, which acts
  only with Rasa Pro's anonymization plug-in). `redact_event`, placed first among
  structlog's processors, replaces their values before anything renders them: a list
  of events becomes their type names (["BotUttered", "SlotSet"]), anything else
  NOT_LOGGED; the event's name and its other fields (intent, action, confidence) stay,
  so a debug log still shows what happened;
* a few plain log lines that quote content in the text (QUOTING_LINES): cut where the
  content starts, by a log record factory, so every handler and logger (files,
  syslog, Sanic's own) gets the cut record.

Installed when the NLU components load (components/__init__.py), which is before the
first message in every process that handles messages (`rasa run`, `rasa shell`, the
test servers), and after `rasa` configured its logging. tests/components/
test_log_privacy.py checks every structured log call in the installed Rasa against the
field lists, and tests/test_fuzz.py searches the logs of servers started with --debug.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, MutableMapping
from typing import Any

NOT_LOGGED = "<not logged: conversation content>"

# Rasa 3.6's structlog fields that carry conversation content (its _anonymizer list).
CONTENT_FIELDS = frozenset(
    {
        "text",
        "response_text",
        "user_text",
        "slot_values",
        "parse_data_text",
        "parse_data_entities",
        "prediction_events",
        "tracker_latest_message",
        "prefilled_slots",
        "message",
        "response",
        "slot_candidates",
        "rasa_event",
        "rasa_events",
        "tracker_states",
        "current_states",
        "old_states",
        "successes",
        "current_entity",
        "next_entity",
        "states",
        "entity",
        "token_text",
        "user_message",
        "json_message",
    }
)
# The other fields Rasa 3.6's structlog calls use: names, counts, hosts, never content.
OTHER_FIELDS = frozenset(
    {
        "event_info",
        "action_name",
        "action_extract_slot",
        "len_extraction_events",
        "parse_data_intent",
        "host",
        "url",
        "filename",
        "topic",
        "partition_key",
        "headers",
        "rabbitmq_exchange",
        "placeholder_key",
        "token_start",
        "token_end",
        "arg",
        "key",
    }
)

# Plain log lines that quote content after a fixed start: logger name -> starts.
QUOTING_LINES: dict[str, tuple[str, ...]] = {
    # the slot values extracted from the message's entities, at DEBUG
    "rasa.core.actions.action": ("Validating extracted slots:",),
    # an event's parameters (a message's text among them), at WARNING
    "rasa.shared.core.events": ("Event from parameters called with parameters",),
}


def _summary(value: Any) -> Any:
    if isinstance(value, (list, tuple)) and value and all(hasattr(item, "type_name") for item in value):
        return [type(item).__name__ for item in value]  # which events, not what they say
    if isinstance(value, (list, tuple)) and not value:
        return []
    return NOT_LOGGED


def redact_event(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """A structlog processor: the content fields' values replaced (see the module doc)."""
    for field in CONTENT_FIELDS.intersection(event_dict):
        event_dict[field] = _summary(event_dict[field])
    return event_dict


def cut_quoting_line(record: logging.LogRecord) -> logging.LogRecord:
    """`record` cut where one of QUOTING_LINES starts quoting content."""
    starts = QUOTING_LINES.get(record.name)
    if starts and isinstance(record.msg, str):
        for start in starts:
            if record.msg.startswith(start):
                record.msg, record.args = f"{start} {NOT_LOGGED}", ()
                break
    return record


def _with_redaction(processors: Iterable[Any]) -> list[Any]:
    return [redact_event, *(p for p in processors if p is not redact_event)]


def install() -> None:
    """Puts both filters in place; idempotent."""
    import structlog

    # In place: loggers Rasa already used keep a reference to this very list.
    processors = structlog.get_config()["processors"]
    if redact_event not in processors:
        processors.insert(0, redact_event)
    if not getattr(structlog.configure, "_redacting", False):
        stock_configure = structlog.configure

        def configure(*args: Any, **kwargs: Any) -> None:  # a later reconfiguration keeps it
            if kwargs.get("processors") is not None:
                kwargs["processors"] = _with_redaction(kwargs["processors"])
            stock_configure(*args, **kwargs)

        configure._redacting = True  # type: ignore[attr-defined]
        structlog.configure = configure

    stock_factory = logging.getLogRecordFactory()
    if not getattr(stock_factory, "_redacting", False):

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            return cut_quoting_line(stock_factory(*args, **kwargs))

        factory._redacting = True  # type: ignore[attr-defined]
        logging.setLogRecordFactory(factory)

"""REST channel: `channels.rest.RestInput` in credentials.yml, at /webhooks/rest/webhook.

Rasa's REST channel with the request checked first (channels/validation.py):

* a body that is not a JSON object {"sender": ..., "message": ...} of the right types,
  a sender id outside 1-128 characters of A-Z a-z 0-9 _ . : @ -, a message with a
  lone surrogate, metadata that is not an object, JSON nested too deep: HTTP 400 with
  {"error": "<why>"} (stock Rasa answers 500, or 200 with an empty list, rasa#8481);
  a body over 128 KiB: 413, also as JSON;
* the message is cut to its first 4,000 and last 1,000 characters before anything
  reads it (the safety gate reads no more than that anyway);
* only a well-formed `locale` is kept from `metadata`; the channel is always "rest"
  (stock Rasa takes `input_channel` from the body, so a REST client could pose as
  Telegram in the safety statistics);
* a turn that fails inside Rasa is logged with the error's type only, never the
  message (stock Rasa logs the text at ERROR), and answered with a short apology
  instead of an empty list;
* sender ids in the forms of the other channels' conversation ids (a Telegram chat id,
  a web chat session id) are refused with 400, so REST can't reach those conversations;
* POST /webhooks/rest/forget {"sender": ...} erases that REST conversation: whoever
  knows a REST sender id can already read and write the conversation, so knowing it is
  the permission; that is why the README's example makes a fresh random one;
* a typed /command gets a sensible reply, as on the web page and Telegram
  (channels/commands.py): /restart starts over and says so, /help, /start, /forget
  erases; /stop, /back, /session_start get "I don't know that command" (stock Rasa ran
  its own intents silently, and REST answered the generic apology); other "/intent"
  payloads, which buttons send, go to Rasa as before;
* the diary's chart and export come as {"custom": {"diary_file": {..., "url":
  "/webhooks/rest/files/<token>"}}}: GET that path (with the REST token, if one is set)
  within the hour for the PNG or the CSV (channels/diary_files.py);
* a turn the tracker store could not read or save (stores/sql.py TrackerStoreFailed)
  gets HTTP 503 with {"error": ...}: the client must not take it as stored, and can
  send it again (stock Rasa keeps it in memory and answers 200).

* deployments can require a token: when REST_TOKEN is set (16 characters or more; a
  shorter one stops the server at start-up), every /webhooks/rest/ route answers only
  requests with `Authorization: Bearer <REST_TOKEN>` and gives others 401 with a JSON
  reason, before Rasa sees the request. Unset, REST is open as before (make run listens on
  127.0.0.1 only).

The response is unchanged otherwise: a JSON list of the bot's messages, or a stream
with `?stream=true`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import rasa.utils.endpoints
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as StockRestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

from channels import commands, diary_files, validation
from channels.shared_secrets import Secret, bearer_authorized
from components.rasa_fixes import UNAVAILABLE
from stores.sql import NOT_ERASED_ERROR, TrackerStoreFailed, erase_conversation

logger = logging.getLogger(__name__)

FILES_URL = "/webhooks/rest/files"  # the diary's chart and export (diary_files.FILES_ROUTE)
FORGET_SHAPE = 'expected a JSON object {"sender": "<id>"}'
TOKEN = Secret(
    "REST_TOKEN", "use a long random one, or unset it to leave REST open (make run listens on 127.0.0.1 only)."
)
UNAUTHORIZED = {"error": "this REST channel needs Authorization: Bearer <its token>"}
NOT_SAVED_ERROR = (
    "the conversation could not be saved, so this message was not answered as stored; please send it again in a moment"
)


class RestInput(StockRestInput):
    """Rasa's REST channel that refuses malformed requests with 400 and never logs text."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest = Blueprint("project_rest_webhook", __name__)
        validation.protect(rest)
        token = TOKEN.optional()
        if token is not None:
            logger.info("the REST channel requires its token (REST_TOKEN)")

        @rest.on_request
        async def require_token(request: Request) -> HTTPResponse | None:
            if token is None or bearer_authorized(request.headers.get("authorization"), token):
                return None
            if request.method == "GET" and request.path.rstrip("/") == "/webhooks/rest":
                return None  # the health route: says only whether a model is loaded
            logger.warning("refused a REST request without the REST token")
            return response.json(UNAUTHORIZED, status=401)

        @rest.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            # Ready only with a model loaded: without one Rasa still serves "/" and every
            # message gets the apology, so deployments probe this route for readiness.
            agent = getattr(request.app.ctx, "agent", None)
            if agent is None or not agent.is_ready():
                return response.json({"status": "no model loaded"}, status=503)
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> ResponseStream | HTTPResponse:
            try:
                message = validation.rest_message(request.body)
            except validation.InvalidRequest as error:
                return response.json({"error": str(error)}, status=400)
            stream = rasa.utils.endpoints.bool_arg(request, "stream", default=False)
            command = commands.command_of(message.text, intent_payloads=True)
            if stream and command is None:
                return response.stream(
                    self.stream_response(
                        on_new_message, message.text, message.sender_id, self.name(), message.metadata
                    ),
                    content_type="text/event-stream",
                )
            if command in (commands.HELP, commands.FORGET, commands.UNKNOWN):  # answered here
                if command == commands.FORGET and (refused := await erase(request.app.ctx.agent, message.sender_id)):
                    return refused
                messages = [_command_reply(command, message.sender_id, message.metadata)]
            else:
                text = commands.to_rasa(command, message.text)
                collector = CollectingOutputChannel()
                try:
                    await on_new_message(
                        UserMessage(
                            text, collector, message.sender_id, input_channel=self.name(), metadata=message.metadata
                        )
                    )
                    if command == commands.RESTART:  # Rasa's restart says nothing itself
                        collector.messages.append(
                            {
                                "recipient_id": message.sender_id,
                                "text": commands.RESTART_REPLY,
                                "buttons": commands.TOPIC_BUTTONS,
                            }
                        )
                except TrackerStoreFailed:  # logged by the store
                    return response.json({"error": NOT_SAVED_ERROR}, status=503, headers={"Retry-After": "5"})
                except asyncio.CancelledError:
                    logger.error("a REST message timed out inside Rasa; answered with an apology")
                except Exception as error:
                    # The error's type only: its text or traceback can carry the message.
                    logger.error(
                        "a REST message failed inside Rasa (%s); answered with an apology", type(error).__name__
                    )
                    # Where it failed, without the exception's message (it can quote the text).
                    logger.debug("failed at:\n%s", "".join(traceback.format_tb(error.__traceback__)))
                messages = collector.messages or [{"recipient_id": message.sender_id, "text": UNAVAILABLE}]
            for sent in messages:  # a diary file gets the path it downloads from
                if (file := diary_files.file_message(sent.get("custom"))) is not None:
                    sent["custom"][diary_files.KEY]["url"] = f"{FILES_URL}/{file.token}"
            if stream:  # a command asked for a stream: the same lines Rasa's stream sends
                return response.text("".join(json.dumps(m) + "\n" for m in messages), content_type="text/event-stream")
            return response.json(messages)

        @rest.route(diary_files.FILES_ROUTE, methods=["GET"])
        async def diary_file(request: Request, token: str) -> HTTPResponse:
            return diary_files.serve(request.app.ctx.agent, token)

        @rest.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            try:
                sender_id = validation.rest_sender(
                    validation.parse_json_object(request.body, shape=FORGET_SHAPE), FORGET_SHAPE
                )
            except validation.InvalidRequest as error:
                return response.json({"error": str(error)}, status=400)
            return await erase(request.app.ctx.agent, sender_id) or response.json({"erased": True})

        return rest


async def erase(agent: Any, sender_id: str) -> HTTPResponse | None:
    """Erases one REST conversation: None when done, else the 503 to answer."""
    try:
        async with agent.lock_store.lock(sender_id):
            deleted = await erase_conversation(agent.tracker_store, sender_id)
    except TrackerStoreFailed:  # logged by the store
        return response.json({"error": NOT_ERASED_ERROR}, status=503)
    except Exception as error:  # the lock timed out, an unsupported store, ...
        logger.error("could not erase a REST conversation (%s)", type(error).__name__)
        return response.json({"error": NOT_ERASED_ERROR}, status=503)
    logger.info("erased a REST conversation on request (%d events)", deleted)
    return None


def _command_reply(command: str, sender_id: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The REST reply to a command the channel answers itself (channels/commands.py)."""
    if command == commands.HELP:
        return {
            "recipient_id": sender_id,
            "text": commands.help_text(metadata.get("locale")),
            "buttons": commands.TOPIC_BUTTONS,
        }
    if command == commands.FORGET:
        return {"recipient_id": sender_id, "text": commands.FORGET_DONE_REPLY}
    return {"recipient_id": sender_id, "text": commands.UNKNOWN_COMMAND_REPLY}

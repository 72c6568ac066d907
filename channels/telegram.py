"""Telegram input channel: `channels.telegram.TelegramInput` in credentials.yml.

This module is the Rasa side: the webhook, what each kind of update does, and the
output channel that sends the bot's replies. The Bot API calls are in
channels/telegram_api.py; what the messages say and how long ones are split and
buttons drawn are in channels/telegram_format.py.

Keeps what Rasa's stock Telegram channel does (text -> UserMessage with the chat id
as sender, replies -> sendMessage, buttons -> inline keyboards, a pressed button ->
its payload as the user's message) and fixes what the stock channel gets wrong
(see /work/shared/STACK-NOTES.md):

* every webhook call must carry the `X-Telegram-Bot-Api-Secret-Token` header set
  with setWebhook; a missing or wrong one gets 403 and reaches no conversation;
* setWebhook runs in the background after the server has started; when Telegram
  can't be reached the failure is logged (never the token) and retried, and the
  server keeps serving;
* no getMe call per message; the Bot API base URL is configurable
  (TELEGRAM_API_BASE) so tests can use a fake Bot API server;
* every update gets HTTP 200 (Telegram retries anything else for a day): stickers,
  photos, edits... get a short "text only" reply, updates without a chat are
  ignored, a body that is not a JSON object is ignored (channels/validation.py),
  and a failure while answering is logged, not returned; a turn the tracker store
  could not read or save gets "I couldn't save that, please try again";
* message text is cut to its first 4,000 and last 1,000 characters before any
  processing, and a lone surrogate becomes U+FFFD;
* replies are plain text (no parse_mode), split below Telegram's 4,096-character
  limit at paragraph or sentence boundaries;
* /start greets, /help lists what the assistant does, /restart starts over, /forget
  erases the person's conversation, any other command gets "I don't know that command"
  (channels/commands.py, the same on every channel); Telegram's `language_code` goes
  into the message metadata as {"locale": ...} for the emergency numbers.

Configuration comes from the environment only: TELEGRAM_TOKEN, TELEGRAM_SECRET and
TELEGRAM_WEBHOOK_URL (+ TELEGRAM_API_BASE). Without all three the channel is off:
its routes answer 404 and nothing calls Telegram. docs/telegram.md has the set-up.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import commands, diary_files, validation
from channels.commands import UNKNOWN_COMMAND_REPLY
from channels.diary_files import FILE_MISSING_REPLY, FILE_NOT_SENT_REPLY
from channels.telegram_api import (
    DEFAULT_API_BASE,
    SECRET_PATTERN,
    TelegramAPIError,
    TelegramBotAPI,
    TelegramError,
    TelegramUnavailable,
)
from channels.telegram_format import (
    EDITED_REPLY,
    EMPTY_TEXT_WITH_BUTTONS,
    ERROR_REPLY,
    FORGET_DONE_REPLY,
    FORGET_FAILED_REPLY,
    NOT_TEXT_REPLY,
    help_text,
    inline_keyboard,
    split_message,
    topic_keyboard,
)
from selfcare.diary.store import DiaryFile
from stores.sql import NOT_SAVED_REPLY, TrackerStoreFailed, erase_conversation

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
REPLY_WAIT_SECONDS = 5.0  # answer the webhook after this long at the latest
WEBHOOK_RETRY_DELAYS = (2, 5, 15, 30, 60, 120, 300)  # seconds between setWebhook attempts
TELEGRAM_JSON_DEPTH = 32  # an update nests about 7 deep (a reply to a message with a keyboard)
SEEN_UPDATES = 1024  # update_ids remembered to drop Telegram's re-deliveries

# Message keys that mean a person sent something other than text.
NON_TEXT_CONTENT = (
    "sticker",
    "photo",
    "voice",
    "audio",
    "video",
    "video_note",
    "document",
    "animation",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
    "game",
    "story",
)


# ---------------------------------------------------------------------------
# Output


class TelegramOutput(OutputChannel):
    """Sends the bot's replies as plain-text Telegram messages.

    With `one_turn=True` the instance serves a single incoming update and sends each
    distinct reply only once: if the dialogue predicts the same message again in the
    same turn (a rule loop runs until Rasa's limit of 10 predictions), the person gets
    it once instead of ten times, and Telegram's per-chat rate limit isn't hit.
    """

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(
        self, api: TelegramBotAPI, one_turn: bool = False, files: Callable[[str], DiaryFile | None] | None = None
    ) -> None:
        self.api = api
        self.files = files  # reads a diary file by its token (channels/diary_files.py)
        self._sent_this_turn: set[tuple[str, str, str]] | None = set() if one_turn else None

    async def send(self, chat_id: Any, text: str, reply_markup: dict[str, Any] | None = None) -> int:
        """Sends `text` to a chat (split when too long; the keyboard goes with the last
        part) and returns how many messages went out. Every reply the channel sends goes
        through here, Rasa's and the channel's own. Failures are logged, not raised, so
        Rasa still saves the conversation."""
        if self._sent_this_turn is not None:
            key = (str(chat_id), (text or "").strip(), json.dumps(reply_markup, sort_keys=True))
            if key in self._sent_this_turn:
                logger.warning(
                    "dropped a reply repeated within one turn (the dialogue predicted the same message again)"
                )
                return 0
            self._sent_this_turn.add(key)
        parts = split_message(text or "")
        if not parts and reply_markup:
            parts = [EMPTY_TEXT_WITH_BUTTONS]
        sent = 0
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            try:
                await self.api.send_message(chat_id, part, reply_markup if last else None)
                sent += 1
            except TelegramError as error:
                logger.error("could not send a Telegram message: %s", error)
                break
        return sent

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send(recipient_id, text)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send(recipient_id, text, inline_keyboard(buttons))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        try:
            await self.api.send_photo(recipient_id, image)
        except TelegramError as error:
            logger.error("could not send a Telegram photo: %s", error)

    async def send_attachment(self, recipient_id: str, attachment: Any, **kwargs: Any) -> None:
        await self.send(recipient_id, str(attachment))

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        """`custom: {method: sendSticker, sticker: ...}` calls that Bot API method;
        without `method` a custom payload with `text` is sent as a message."""
        if (file := diary_files.file_message(json_message)) is not None:
            await self.send_file(recipient_id, file)
            return
        params = dict(json_message or {})
        method = str(params.pop("method", "sendMessage"))
        params.setdefault("chat_id", recipient_id)
        params.pop("parse_mode", None)
        if method == "sendMessage":
            if params.get("text"):
                await self.send(params["chat_id"], str(params["text"]), params.get("reply_markup"))
            return
        try:
            await self.api.call(method, params)
        except TelegramError as error:
            logger.error("could not send a custom Telegram message: %s", error)

    async def send_file(self, chat_id: Any, file: diary_files.FileMessage) -> None:
        """The diary's chart as a photo, its export as a file; when the file can't be
        read or sent, a message says so instead of silence."""
        found = self.files(file.token) if self.files else None
        try:
            if found is None or found.sender_id != str(chat_id):
                await self.send(chat_id, FILE_MISSING_REPLY)
                return
            method, field = ("sendPhoto", "photo") if file.kind == "photo" else ("sendDocument", "document")
            await self.api.upload(method, chat_id, field, found.name, found.content, found.media_type)
        except TelegramError as error:
            logger.error("could not send a Telegram %s: %s", file.kind, error)
            await self.send(chat_id, FILE_NOT_SENT_REPLY)


# ---------------------------------------------------------------------------
# Input


def _origin(url: str) -> str:
    """scheme://host of a URL, for logs (paths sometimes carry secrets)."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.hostname or ''}" if parts.scheme else "(invalid URL)"


class TelegramInput(InputChannel):
    """Receives Telegram updates on /webhooks/telegram/webhook."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        if credentials:
            logger.warning(
                "values under channels.telegram.TelegramInput in credentials.yml are ignored: "
                "set TELEGRAM_TOKEN, TELEGRAM_SECRET and TELEGRAM_WEBHOOK_URL in the environment"
            )
        channel = cls.from_env(os.environ)
        channel.log_status()
        return channel

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TelegramInput:
        return cls(
            token=env.get("TELEGRAM_TOKEN"),
            secret=env.get("TELEGRAM_SECRET"),
            webhook_url=env.get("TELEGRAM_WEBHOOK_URL"),
            api_base=env.get("TELEGRAM_API_BASE") or DEFAULT_API_BASE,
        )

    def __init__(
        self,
        token: str | None = None,
        secret: str | None = None,
        webhook_url: str | None = None,
        api_base: str = DEFAULT_API_BASE,
    ) -> None:
        self.token = (token or "").strip()
        self.secret = (secret or "").strip()
        self.webhook_url = (webhook_url or "").strip()
        self.api_base = (api_base or DEFAULT_API_BASE).strip().rstrip("/")
        missing = [
            name
            for name, value in (
                ("TELEGRAM_TOKEN", self.token),
                ("TELEGRAM_SECRET", self.secret),
                ("TELEGRAM_WEBHOOK_URL", self.webhook_url),
            )
            if not value
        ]
        self.off_reason: str | None = None
        if missing:
            self.off_reason = f"{', '.join(missing)} not set"
        elif not SECRET_PATTERN.fullmatch(self.secret):
            self.off_reason = "TELEGRAM_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -"
        self.enabled = self.off_reason is None
        self.api = TelegramBotAPI(self.token, self.api_base) if self.enabled else None
        self._output = TelegramOutput(self.api) if self.api else None
        self._tasks: set[asyncio.Task[None]] = set()
        self._webhook_task: asyncio.Task[None] | None = None
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._app: Any = None

    def __repr__(self) -> str:  # never show the token or the secret
        return f"TelegramInput(enabled={self.enabled}, api_base={self.api_base!r})"

    def log_status(self) -> None:
        if self.enabled:
            if not self.webhook_url.lower().startswith("https://"):
                logger.warning("TELEGRAM_WEBHOOK_URL should be a public https:// URL; Telegram refuses others")
            logger.info("Telegram channel is on: webhook %s, Bot API %s", _origin(self.webhook_url), self.api_base)
        else:
            logger.info("Telegram channel is off (%s); /webhooks/telegram/webhook answers 404", self.off_reason)

    # The webhook and its handlers run only when the channel is on (blueprint()).
    @property
    def _bot(self) -> TelegramBotAPI:
        if self.api is None:
            raise RuntimeError(f"the Telegram channel is off ({self.off_reason})")
        return self.api

    @property
    def _out(self) -> TelegramOutput:
        if self._output is None:
            raise RuntimeError(f"the Telegram channel is off ({self.off_reason})")
        return self._output

    def get_output_channel(self) -> OutputChannel | None:
        return TelegramOutput(self.api, one_turn=True, files=self._read_file) if self.api else None

    def _read_file(self, token: str) -> DiaryFile | None:
        """A diary file from the conversations' database, through the running agent."""
        agent = getattr(getattr(self._app, "ctx", None), "agent", None)
        return diary_files.read(agent, token)

    # -- the webhook --------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        given = request.headers.get(SECRET_HEADER)
        if given is None:
            return False
        return hmac.compare_digest(given.encode("utf-8", "replace"), self.secret.encode("utf-8"))

    def _is_repeat(self, update: dict[str, Any]) -> bool:
        update_id = update.get("update_id")
        if not isinstance(update_id, int):
            return False
        if update_id in self._seen:
            return True
        self._seen[update_id] = None
        while len(self._seen) > SEEN_UPDATES:
            self._seen.popitem(last=False)
        return False

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("project_telegram_webhook", __name__)
        validation.protect(telegram_webhook)

        if not self.enabled:

            @telegram_webhook.route("/", methods=["GET"])
            async def health_off(_: Request) -> HTTPResponse:
                return response.text("Not Found", status=404)

            @telegram_webhook.route("/webhook", methods=["GET", "POST"])
            async def webhook_off(_: Request) -> HTTPResponse:
                return response.text("Not Found", status=404)

            return telegram_webhook

        @telegram_webhook.listener("after_server_start")
        async def set_webhook_later(app: Any, loop: asyncio.AbstractEventLoop) -> None:
            self._app = app  # its agent reads the diary's files for the replies
            self._webhook_task = loop.create_task(self._set_webhook())

        @telegram_webhook.listener("before_server_stop")
        async def stop(app: Any, loop: asyncio.AbstractEventLoop) -> None:
            if self._webhook_task and not self._webhook_task.done():
                self._webhook_task.cancel()
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=REPLY_WAIT_SECONDS)
            await self._bot.close()

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self._authorized(request):
                logger.warning(
                    "refused a Telegram webhook call without the right secret token (from %s)",
                    request.remote_addr or request.ip,
                )
                return response.text("Forbidden", status=403)
            try:
                update = validation.parse_json_object(request.body, max_depth=TELEGRAM_JSON_DEPTH)
            except validation.InvalidRequest as error:
                # 200 all the same: Telegram would retry anything else for a day.
                logger.warning("ignored a Telegram webhook call: %s", error)
                return response.text("ok")
            if self._is_repeat(update):
                return response.text("ok")
            task = asyncio.get_running_loop().create_task(self._handle_update(update, on_new_message, request.app))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            # Usually the reply is out before Telegram gets its 200; a slow answer
            # carries on in the background instead of making Telegram retry.
            await asyncio.wait({task}, timeout=REPLY_WAIT_SECONDS)
            return response.text("ok")

        return telegram_webhook

    async def _set_webhook(self) -> None:
        delays = (0, *WEBHOOK_RETRY_DELAYS)
        for attempt, delay in enumerate(delays):
            if delay:
                await asyncio.sleep(delay)
            retry = f"retrying in {delays[attempt + 1]} s" if attempt + 1 < len(delays) else "giving up"
            try:
                await self._bot.set_webhook(self.webhook_url, self.secret, ALLOWED_UPDATES)
            except TelegramAPIError as error:
                if error.permanent:
                    logger.error(
                        "Telegram refused setWebhook (%s): check TELEGRAM_TOKEN and "
                        "TELEGRAM_WEBHOOK_URL. The server keeps running, without "
                        "Telegram updates.",
                        error,
                    )
                    return
                logger.error("Telegram refused setWebhook (%s); %s. The server keeps running.", error, retry)
            except TelegramUnavailable as error:
                logger.error(
                    "could not reach the Telegram Bot API at %s to set the webhook (%s); %s. The server keeps running.",
                    self.api_base,
                    error,
                    retry,
                )
            except asyncio.CancelledError:
                raise
            except Exception as error:  # never let this task take anything down
                logger.error("setting the Telegram webhook failed (%s); %s", type(error).__name__, retry)
            else:
                logger.info("Telegram webhook set to %s", _origin(self.webhook_url))
                return
        logger.error("the Telegram webhook is NOT set: Telegram updates won't arrive until the server is restarted")

    # -- one update ---------------------------------------------------------

    async def _handle_update(
        self, update: dict[str, Any], on_new_message: Callable[[UserMessage], Awaitable[Any]], app: Any
    ) -> None:
        try:
            await self._dispatch(update, on_new_message, app)
        except Exception as error:
            not_saved = isinstance(error, TrackerStoreFailed)  # already logged by the store
            if not not_saved:
                logger.error("failed to answer Telegram update %s (%s)", update.get("update_id"), type(error).__name__)
                logger.debug("details", exc_info=True)
            chat_id = _chat_of(update)
            if chat_id is not None:
                try:
                    await self._out.send(chat_id, NOT_SAVED_REPLY if not_saved else ERROR_REPLY)
                except Exception:  # nothing more to do; the 200 still goes out
                    logger.debug("could not send the error reply", exc_info=True)

    async def _dispatch(
        self, update: dict[str, Any], on_new_message: Callable[[UserMessage], Awaitable[Any]], app: Any
    ) -> None:
        if isinstance(update.get("callback_query"), dict):
            query = update["callback_query"]
            await self._answer_callback(query.get("id"))
            chat_id = _chat_of(update)
            data = query.get("data")
            logger.debug("Telegram button press in chat %s", chat_id)
            if chat_id is not None and isinstance(data, str) and data:
                await self._to_rasa(data, chat_id, query.get("from"), on_new_message)
            return

        if isinstance(update.get("message"), dict):
            message = update["message"]
            chat_id = _chat_of(update)
            if chat_id is None:
                return
            text = message.get("text")
            if not isinstance(text, str):
                if any(key in message for key in NON_TEXT_CONTENT):
                    logger.debug("non-text Telegram message in chat %s", chat_id)
                    await self._out.send(chat_id, NOT_TEXT_REPLY)
                return  # service messages (someone joined a group, ...): nothing to say
            if text.startswith("/"):
                await self._command(text, chat_id, message.get("from"), on_new_message, app)
            else:
                logger.debug("Telegram text message in chat %s", chat_id)
                await self._to_rasa(text, chat_id, message.get("from"), on_new_message)
            return

        if isinstance(update.get("edited_message"), dict):
            chat_id = _chat_of(update)
            if chat_id is not None:
                await self._out.send(chat_id, EDITED_REPLY)
            return

        # channel posts, my_chat_member, inline queries, polls...: no one to answer
        logger.debug("ignored a Telegram update of kind %s", [key for key in update if key != "update_id"])

    async def _command(
        self,
        text: str,
        chat_id: Any,
        user: dict[str, Any] | None,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        app: Any,
    ) -> None:
        command = commands.command_of(text, intent_payloads=False)
        # A typed command is the person's text: only the ones this channel knows are named.
        logger.debug("Telegram command %s in chat %s", command, chat_id)
        if command == commands.START:
            await self._to_rasa(commands.GREET_MESSAGE, chat_id, user, on_new_message)
        elif command == commands.HELP:
            await self._out.send(chat_id, help_text((user or {}).get("language_code")), topic_keyboard())
        elif command == commands.RESTART:
            await self._to_rasa(commands.RESTART_MESSAGE, chat_id, user, on_new_message)
            await self._out.send(chat_id, commands.RESTART_REPLY, topic_keyboard())
        elif command == commands.FORGET:
            await self._forget(chat_id, app)
        else:
            # Typed "/intent" text would go straight to Rasa as an intent: don't allow it.
            await self._out.send(chat_id, UNKNOWN_COMMAND_REPLY)

    async def _to_rasa(
        self,
        text: str,
        chat_id: Any,
        user: dict[str, Any] | None,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        metadata: dict[str, Any] = {}
        language = (user or {}).get("language_code")
        if isinstance(language, str) and language:
            metadata["locale"] = language
        await on_new_message(
            UserMessage(
                validation.clean_message(text),
                self.get_output_channel(),
                str(chat_id),
                input_channel=self.name(),
                metadata=metadata,
            )
        )

    async def _forget(self, chat_id: Any, app: Any) -> None:
        sender_id = str(chat_id)
        try:
            agent = app.ctx.agent
            async with agent.lock_store.lock(sender_id):
                deleted = await erase_conversation(agent.tracker_store, sender_id)
        except Exception as error:
            if not isinstance(error, TrackerStoreFailed):  # that one is logged by the store
                logger.error("could not erase a Telegram conversation (%s)", type(error).__name__)
            await self._out.send(chat_id, FORGET_FAILED_REPLY)
            return
        logger.info("erased a Telegram conversation on request (%d events)", deleted)
        await self._out.send(chat_id, FORGET_DONE_REPLY)

    async def _answer_callback(self, query_id: Any) -> None:
        """Stops the spinner on the pressed button."""
        if not query_id:
            return
        try:
            await self._bot.answer_callback_query(str(query_id))
        except TelegramError as error:
            logger.warning("could not answer a Telegram button press: %s", error)


def _chat_of(update: dict[str, Any]) -> Any | None:
    """The chat to answer, if any (private chats and groups; not channels)."""
    if isinstance(update.get("callback_query"), dict):
        query = update["callback_query"]
        chat = ((query.get("message") or {}).get("chat") or {}).get("id")
        return chat if chat is not None else (query.get("from") or {}).get("id")
    for key in ("message", "edited_message"):
        message = update.get(key)
        if isinstance(message, dict):
            chat = message.get("chat") or {}
            if chat.get("type") == "channel":
                return None
            return chat.get("id")
    return None

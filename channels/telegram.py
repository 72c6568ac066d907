"""Telegram input channel: `channels.telegram.TelegramInput` in credentials.yml.

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
* message text is cut to its first 1,500 and last 500 characters before any
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
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import commands, validation
from channels.commands import UNKNOWN_COMMAND_REPLY
from stores.sql import NOT_SAVED_REPLY, TrackerStoreFailed, erase_conversation

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# What Telegram accepts as secret_token in setWebhook.
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
MAX_MESSAGE_LENGTH = 4096  # Telegram's limit, counted in UTF-16 code units
MAX_CALLBACK_DATA_BYTES = 64  # Telegram's limit for an inline button's payload
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
REPLY_WAIT_SECONDS = 5.0  # answer the webhook after this long at the latest
API_TIMEOUT_SECONDS = 15.0
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

NOT_TEXT_REPLY = "I can only read text messages for now. Please type your question."
EDITED_REPLY = (
    "I only see new messages, not edits. If you changed your question, please send it again as a new message."
)
FORGET_DONE_REPLY = (
    "Done. I've erased our conversation, so I no longer remember anything we talked about. "
    "The messages still show in this Telegram chat until you delete them here."
)
FORGET_FAILED_REPLY = "Sorry, I couldn't erase our conversation just now. Please try /forget again in a few minutes."
ERROR_REPLY = "Sorry, something went wrong on my side. Please try again in a moment."

# ---------------------------------------------------------------------------
# Splitting long replies


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units (an emoji can be two)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting_prefix(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


_BOUNDARIES = (
    re.compile(r"\n\s*\n"),  # paragraph
    re.compile(r"\n"),  # line
    re.compile(r"(?<=[.!?])[\"')\]]*\s+"),  # sentence
    re.compile(r"(?<=[;:,])\s+"),  # clause
    re.compile(r"\s+"),  # word
)


def split_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Splits `text` into parts of at most `limit` UTF-16 code units, cutting at the
    last paragraph break that keeps a part reasonably full, else at a line, sentence,
    clause or word boundary, and only as a last resort inside a word."""
    text = text.strip()
    parts: list[str] = []
    while text and utf16_length(text) > limit:
        fits = _fitting_prefix(text, limit)
        window = text[: fits + 1]  # a boundary may start right after the last fitting char
        cut = end = None
        for boundary in _BOUNDARIES:
            matches = [m for m in boundary.finditer(window) if m.start() <= fits]
            # Prefer a cut that leaves the part at least a third full; else try a finer boundary.
            good = [m for m in matches if m.start() >= fits // 3]
            if good:
                cut, end = good[-1].start(), good[-1].end()
                break
        if not cut:
            cut = end = max(fits, 1)
        head = text[:cut].rstrip()
        if head:
            parts.append(head)
        text = text[end:].lstrip()
    if text:
        parts.append(text)
    return parts


# ---------------------------------------------------------------------------
# The Bot API


class TelegramError(Exception):
    """A Bot API call failed. Messages never contain the bot token."""


class TelegramUnavailable(TelegramError):
    """Telegram could not be reached (network error or timeout)."""


class TelegramAPIError(TelegramError):
    """Telegram answered, and refused."""

    def __init__(self, method: str, status: int, description: str) -> None:
        super().__init__(f"{method}: HTTP {status}: {description}")
        self.method = method
        self.status = status
        self.description = description

    @property
    def permanent(self) -> bool:
        """Retrying won't help (bad token, bad URL, bad request)."""
        return self.status in (400, 401, 403, 404)


class TelegramBotAPI:
    """Plain aiohttp calls to `{api_base}/bot{token}/{method}`."""

    def __init__(self, token: str, api_base: str = DEFAULT_API_BASE, timeout: float = API_TIMEOUT_SECONDS) -> None:
        self._token = token
        self.api_base = (api_base or DEFAULT_API_BASE).rstrip("/")
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:  # never show the token
        return f"TelegramBotAPI(api_base={self.api_base!r})"

    def redact(self, text: str) -> str:
        return text.replace(self._token, "<token>") if self._token else text

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        session = self._session
        loop = asyncio.get_running_loop()
        if session is None or session.closed or getattr(session, "_loop", loop) is not loop:
            session = self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout))
        return session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        """Calls one Bot API method and returns its `result`; waits out one or two
        "Too Many Requests" answers."""
        url = f"{self.api_base}/bot{self._token}/{method}"
        for attempt in range(3):
            try:
                async with self._session_for_this_loop().post(url, json=params or {}) as reply:
                    status = reply.status
                    try:
                        body = await reply.json(content_type=None)
                    except ValueError:
                        body = None
            except asyncio.TimeoutError:
                raise TelegramUnavailable(f"{method}: timed out after {self._timeout:.0f} s") from None
            except aiohttp.ClientError as error:
                raise TelegramUnavailable(f"{method}: {type(error).__name__}: {self.redact(str(error))}") from None
            if isinstance(body, dict) and body.get("ok"):
                return body.get("result")
            description = (body.get("description") if isinstance(body, dict) else None) or "no description"
            retry_after = (body.get("parameters") or {}).get("retry_after") if isinstance(body, dict) else None
            if status == 429 and attempt < 2 and isinstance(retry_after, (int, float)) and retry_after <= 30:
                logger.warning("Telegram rate limit on %s; waiting %s s", method, retry_after)
                await asyncio.sleep(retry_after)
                continue
            raise TelegramAPIError(method, status, self.redact(str(description)))
        raise AssertionError("unreachable")


# ---------------------------------------------------------------------------
# Output


def inline_keyboard(buttons: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Rasa buttons -> Telegram inline keyboard, one button per row (titles are long
    and a single row gets cut off on phones)."""
    rows = []
    for button in buttons or []:
        if not isinstance(button, dict) or not button.get("title"):
            continue
        title = str(button["title"])
        url = button.get("url")
        payload = str(button.get("payload") or "")
        if url:
            rows.append([{"text": title, "url": str(url)}])
        elif payload and len(payload.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
            rows.append([{"text": title, "callback_data": payload}])
        else:
            logger.warning("dropped a button whose payload is empty or over %d bytes", MAX_CALLBACK_DATA_BYTES)
    return {"inline_keyboard": rows} if rows else None


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

    def __init__(self, api: TelegramBotAPI, one_turn: bool = False) -> None:
        self.api = api
        self._sent_this_turn: set[tuple[str, str, str]] | None = set() if one_turn else None

    async def _send(self, chat_id: Any, text: str, reply_markup: dict[str, Any] | None = None) -> int:
        """Sends `text` (split when too long; the keyboard goes with the last part).
        Failures are logged, not raised, so Rasa still saves the conversation."""
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
            parts = ["Pick one:"]
        sent = 0
        for index, part in enumerate(parts):
            params: dict[str, Any] = {"chat_id": chat_id, "text": part}
            if reply_markup and index == len(parts) - 1:
                params["reply_markup"] = reply_markup
            try:
                await self.api.call("sendMessage", params)
                sent += 1
            except TelegramError as error:
                logger.error("could not send a Telegram message: %s", error)
                break
        return sent

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, text)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, text, inline_keyboard(buttons))

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        try:
            await self.api.call("sendPhoto", {"chat_id": recipient_id, "photo": image})
        except TelegramError as error:
            logger.error("could not send a Telegram photo: %s", error)

    async def send_attachment(self, recipient_id: str, attachment: Any, **kwargs: Any) -> None:
        await self._send(recipient_id, str(attachment))

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        """`custom: {method: sendSticker, sticker: ...}` calls that Bot API method;
        without `method` a custom payload with `text` is sent as a message."""
        params = dict(json_message or {})
        method = str(params.pop("method", "sendMessage"))
        params.setdefault("chat_id", recipient_id)
        params.pop("parse_mode", None)
        if method == "sendMessage":
            if params.get("text"):
                await self._send(params["chat_id"], str(params["text"]), params.get("reply_markup"))
            return
        try:
            await self.api.call(method, params)
        except TelegramError as error:
            logger.error("could not send a custom Telegram message: %s", error)


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
        return TelegramOutput(self.api, one_turn=True) if self.api else None

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
        params = {"url": self.webhook_url, "secret_token": self.secret, "allowed_updates": ALLOWED_UPDATES}
        delays = (0, *WEBHOOK_RETRY_DELAYS)
        for attempt, delay in enumerate(delays):
            if delay:
                await asyncio.sleep(delay)
            retry = f"retrying in {delays[attempt + 1]} s" if attempt + 1 < len(delays) else "giving up"
            try:
                await self._bot.call("setWebhook", params)
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
                    await self._out._send(chat_id, NOT_SAVED_REPLY if not_saved else ERROR_REPLY)
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
                    await self._out._send(chat_id, NOT_TEXT_REPLY)
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
                await self._out._send(chat_id, EDITED_REPLY)
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
            locale = (user or {}).get("language_code")
            await self._out._send(
                chat_id,
                commands.help_text(locale if isinstance(locale, str) else None),
                inline_keyboard(commands.TOPIC_BUTTONS),
            )
        elif command == commands.RESTART:
            await self._to_rasa(commands.RESTART_MESSAGE, chat_id, user, on_new_message)
            await self._out._send(chat_id, commands.RESTART_REPLY, inline_keyboard(commands.TOPIC_BUTTONS))
        elif command == commands.FORGET:
            await self._forget(chat_id, app)
        else:
            # Typed "/intent" text would go straight to Rasa as an intent: don't allow it.
            await self._out._send(chat_id, UNKNOWN_COMMAND_REPLY)

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
            await self._out._send(chat_id, FORGET_FAILED_REPLY)
            return
        logger.info("erased a Telegram conversation on request (%d events)", deleted)
        await self._out._send(chat_id, FORGET_DONE_REPLY)

    async def _answer_callback(self, query_id: Any) -> None:
        """Stops the spinner on the pressed button."""
        if not query_id:
            return
        try:
            await self._bot.call("answerCallbackQuery", {"callback_query_id": str(query_id)})
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

"""The Telegram Bot API client the Telegram channel (channels/telegram.py) uses.

Plain aiohttp POSTs to `{api_base}/bot{token}/{method}`, one method per Bot API call
the channel makes (sendMessage, sendPhoto, answerCallbackQuery, setWebhook), `upload()`
for a file the bot made (the diary's chart and export), and `call()` for any other. It
knows nothing of Rasa. Errors never contain the token, and neither does `repr()`; the base
URL is configurable so tests can point it at a fake Bot API server on 127.0.0.1
(tests/support/fake_telegram.py).
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.telegram.org"
API_TIMEOUT_SECONDS = 15.0
# What Telegram accepts as secret_token in setWebhook.
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")


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

    async def _post(self, method: str, **body: Any) -> tuple[int, Any]:
        """One POST to a Bot API method: its status and its JSON body (None if not JSON)."""
        url = f"{self.api_base}/bot{self._token}/{method}"
        try:
            async with self._session_for_this_loop().post(url, **body) as reply:
                try:
                    return reply.status, await reply.json(content_type=None)
                except ValueError:
                    return reply.status, None
        except asyncio.TimeoutError:
            raise TelegramUnavailable(f"{method}: timed out after {self._timeout:.0f} s") from None
        except aiohttp.ClientError as error:
            raise TelegramUnavailable(f"{method}: {type(error).__name__}: {self.redact(str(error))}") from None

    def _error(self, method: str, status: int, body: Any) -> TelegramAPIError:
        description = (body.get("description") if isinstance(body, dict) else None) or "no description"
        return TelegramAPIError(method, status, self.redact(str(description)))

    async def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        """Calls one Bot API method and returns its `result`; waits out one or two
        "Too Many Requests" answers."""
        for attempt in range(3):
            status, body = await self._post(method, json=params or {})
            if isinstance(body, dict) and body.get("ok"):
                return body.get("result")
            retry_after = (body.get("parameters") or {}).get("retry_after") if isinstance(body, dict) else None
            if status == 429 and attempt < 2 and isinstance(retry_after, (int, float)) and retry_after <= 30:
                logger.warning("Telegram rate limit on %s; waiting %s s", method, retry_after)
                await asyncio.sleep(retry_after)
                continue
            raise self._error(method, status, body)
        raise AssertionError("unreachable")

    async def send_message(self, chat_id: Any, text: str, reply_markup: dict[str, Any] | None = None) -> Any:
        """One plain-text message (no parse_mode), with an inline keyboard if given."""
        params: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if reply_markup:
            params["reply_markup"] = reply_markup
        return await self.call("sendMessage", params)

    async def send_photo(self, chat_id: Any, photo: str) -> Any:
        """A photo by URL (or a file_id Telegram already has)."""
        return await self.call("sendPhoto", {"chat_id": chat_id, "photo": photo})

    async def upload(
        self, method: str, chat_id: Any, field: str, name: str, content: bytes, media_type: str, caption: str = ""
    ) -> Any:
        """Uploads a file the bot made (sendPhoto with field "photo", sendDocument with
        "document") as multipart/form-data, so Telegram needs no URL of ours."""
        form = aiohttp.FormData()
        form.add_field("chat_id", str(chat_id))
        if caption:
            form.add_field("caption", caption)
        form.add_field(field, content, filename=name, content_type=media_type)
        status, body = await self._post(method, data=form)
        if isinstance(body, dict) and body.get("ok"):
            return body.get("result")
        raise self._error(method, status, body)

    async def answer_callback_query(self, query_id: str) -> Any:
        """Stops the spinner on a pressed inline button."""
        return await self.call("answerCallbackQuery", {"callback_query_id": query_id})

    async def set_webhook(self, url: str, secret_token: str, allowed_updates: list[str]) -> Any:
        """Tells Telegram where to post updates, with the secret it must send back
        in the X-Telegram-Bot-Api-Secret-Token header."""
        return await self.call(
            "setWebhook", {"url": url, "secret_token": secret_token, "allowed_updates": allowed_updates}
        )

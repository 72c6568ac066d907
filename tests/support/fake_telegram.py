"""A fake Telegram Bot API server on 127.0.0.1 for the Telegram channel's tests.

It answers `{base}/bot{token}/{method}` like Telegram does ({"ok": true, "result": ...}
or {"ok": false, "error_code": ..., "description": ...}) and records every call, so a
test can read exactly what the bot sent. It is as strict as Telegram where it matters
to the channel: a wrong token gets 401, an empty or over-long message text or an
over-long button payload gets 400.

    fake = FakeTelegram(token).start()
    ...  # point the bot at fake.base_url (TELEGRAM_API_BASE)
    fake.wait_for("sendMessage", chat_id=42)
    fake.stop()
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

MAX_MESSAGE_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded (sendPhoto, sendDocument as multipart/form-data)."""

    filename: str
    content_type: str
    content: bytes


@dataclass
class Call:
    """One Bot API call as the fake server received it."""

    method: str
    params: dict[str, Any]
    token: str
    at: float
    files: dict[str, Upload] = field(default_factory=dict)  # multipart uploads by field

    @property
    def chat_id(self) -> str | None:
        chat = self.params.get("chat_id")
        return None if chat is None else str(chat)

    @property
    def text(self) -> str:
        return str(self.params.get("text") or "")


def _matching(calls: list[Call], method: str | None, chat_id: Any) -> list[Call]:
    return [
        call
        for call in calls
        if (method is None or call.method == method) and (chat_id is None or call.chat_id == str(chat_id))
    ]


class FakeTelegram:
    """The fake Bot API server. `start()` runs it in a thread with its own event loop."""

    def __init__(self, token: str, port: int | None = None) -> None:
        self.token = token
        self.port = port or _free_port()
        self._calls: list[Call] = []
        self._lock = threading.Lock()
        # Notified with every call recorded: wait_for() sleeps on it instead of polling.
        self._recorded = threading.Condition(self._lock)
        self._failures: dict[str, list[tuple]] = {}
        self._next_message_id = 1
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- control ------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> FakeTelegram:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                app = web.Application()
                app.router.add_route("*", "/bot{token}/{method}", self._handle)
                self._runner = web.AppRunner(app, access_log=None)
                loop.run_until_complete(self._runner.setup())
                site = web.TCPSite(self._runner, "127.0.0.1", self.port)
                loop.run_until_complete(site.start())
            except BaseException as error:  # report to the starting thread
                errors.append(error)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-telegram", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise TimeoutError("fake Telegram server did not start")
        if errors:
            raise errors[0]
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop = self._thread = None

    def fail_next(
        self, method: str, status: int = 500, description: str = "Internal Server Error", times: int = 1
    ) -> None:
        """The next `times` calls of `method` get an error answer."""
        with self._lock:
            self._failures.setdefault(method, []).extend([(status, description)] * times)

    # -- reading the record -------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str | None = None, chat_id: Any = None) -> list[Call]:
        return _matching(self.calls, method, chat_id)

    def messages_to(self, chat_id: Any) -> list[str]:
        """The texts of the sendMessage calls to one chat, in order."""
        return [call.text for call in self.calls_to("sendMessage", chat_id)]

    def wait_for(
        self,
        method: str,
        chat_id: Any = None,
        count: int = 1,
        timeout: float = 30.0,
        where: Callable[[Call], bool] | None = None,
    ) -> list[Call]:
        """Waits until at least `count` matching calls were recorded; returns them all.
        Wakes when the server records a call, never on a timer."""
        found: list[Call] = []

        def enough() -> bool:  # runs with the lock held
            nonlocal found
            found = [call for call in _matching(self._calls, method, chat_id) if where is None or where(call)]
            return len(found) >= count

        with self._recorded:
            if self._recorded.wait_for(enough, timeout):
                return found
            every = [(c.method, c.chat_id) for c in self._calls]
        raise TimeoutError(f"expected {count} {method} call(s) to chat {chat_id}, got {len(found)}; all calls: {every}")

    # -- the API ------------------------------------------------------------

    async def _params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, Upload] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    params.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, str):
                        params[key] = value
                    else:  # an uploaded file: its name as the parameter, its bytes kept
                        params[key] = getattr(value, "filename", "")
                        with value.file as stream:
                            files[key] = Upload(params[key], value.content_type, stream.read())
        for key in ("reply_markup", "allowed_updates"):  # form posts send these as JSON text
            if isinstance(params.get(key), str):
                with contextlib.suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params, files

    async def _handle(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        try:
            params, files = await self._params(request)
        except ValueError:
            return self._error(400, "Bad Request: can't parse JSON body")
        with self._recorded:
            self._calls.append(Call(method, params, token, time.time(), files))
            failures = self._failures.get(method)
            failure = failures.pop(0) if failures else None
            self._recorded.notify_all()
        if token != self.token:
            return self._error(401, "Unauthorized")
        if failure:
            return self._error(*failure)
        answer = getattr(self, f"_api_{method}", None)
        if answer is None:
            return self._error(404, "Not Found")
        return answer(params)

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(status: int, description: str) -> web.Response:
        return web.json_response({"ok": False, "error_code": status, "description": description}, status=status)

    def _bot(self) -> dict[str, Any]:
        return {
            "id": int(self.token.split(":")[0]) if self.token.split(":")[0].isdigit() else 1,
            "is_bot": True,
            "first_name": "Fibro helper",
            "username": "fake_fibro_bot",
        }

    def _api_getMe(self, params: dict[str, Any]) -> web.Response:
        return self._ok(self._bot())

    def _api_setWebhook(self, params: dict[str, Any]) -> web.Response:
        if not params.get("url"):
            return self._error(400, "Bad Request: bad webhook: URL must be provided")
        return self._ok(True)

    def _api_deleteWebhook(self, params: dict[str, Any]) -> web.Response:
        return self._ok(True)

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> web.Response:
        if not params.get("callback_query_id"):
            return self._error(400, "Bad Request: query_id is empty")
        return self._ok(True)

    def _api_sendMessage(self, params: dict[str, Any]) -> web.Response:
        if params.get("chat_id") in (None, ""):
            return self._error(400, "Bad Request: chat_id is empty")
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            return self._error(400, "Bad Request: message text is empty")
        if utf16_length(text) > MAX_MESSAGE_LENGTH:
            return self._error(400, "Bad Request: message is too long")
        markup = params.get("reply_markup")
        if isinstance(markup, dict):
            for row in markup.get("inline_keyboard") or []:
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and len(str(data).encode()) > MAX_CALLBACK_DATA_BYTES:
                        return self._error(400, "Bad Request: BUTTON_DATA_INVALID")
        with self._lock:
            message_id = self._next_message_id
            self._next_message_id += 1
        result = {
            "message_id": message_id,
            "from": self._bot(),
            "date": int(time.time()),
            "chat": {"id": params["chat_id"], "type": "private"},
            "text": text,
        }
        if markup:
            result["reply_markup"] = markup
        return self._ok(result)

    def _sent_file(self, params: dict[str, Any], field: str, content: dict[str, Any]) -> web.Response:
        """sendDocument and sendPhoto: a message holding the uploaded file."""
        if params.get("chat_id") in (None, "") or not params.get(field):
            return self._error(400, f"Bad Request: there is no {field} in the request")
        with self._lock:
            message_id = self._next_message_id
            self._next_message_id += 1
        chat = {"id": params.get("chat_id"), "type": "private"}
        return self._ok({"message_id": message_id, "date": int(time.time()), "chat": chat, field: content})

    def _api_sendDocument(self, params: dict[str, Any]) -> web.Response:
        return self._sent_file(params, "document", {"file_id": "fake-document", "file_name": params.get("document")})

    def _api_sendPhoto(self, params: dict[str, Any]) -> web.Response:
        return self._sent_file(params, "photo", [{"file_id": "fake", "width": 1, "height": 1}])

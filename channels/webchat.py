"""Web chat channel: `channels.webchat.WebChatInput` in credentials.yml.

Rasa's socket.io channel (the `rasa-webchat` widget talks to it unchanged), plus:

* the chat page itself, served by the Rasa server: GET /webhooks/webchat/ is
  web/index.html, and everything the page loads comes from this server under
  /webhooks/webchat/static/ (web/static/*, and the widget bundle from
  web/node_modules/rasa-webchat, installed by `npm ci --prefix web`). No CDN:
  the Google Fonts @import inside the widget's CSS is removed when the bundle
  is served, and the page's Content-Security-Policy allows this origin only;
* cross-origin access is restricted: Rasa 3.6 creates the socket.io server with
  `cors_allowed_origins=[]`, which turns engine.io's Origin check off. Here the
  check is on, with the origins from the `cors_origins` credential (default
  http://localhost:5005 and http://127.0.0.1:5005); a socket.io request from any
  other Origin gets HTTP 400;
* conversation ids are the server's: a session id is accepted only if the server
  signed it (channels/web_session.py, key from WEB_SESSION_KEY). A socket that
  presents any other id (made up, truncated, signed with another key) gets a new
  session instead and nothing of the other id's conversation, so a web client can
  neither listen in on a conversation nor write into, or erase, a Telegram or REST
  one by naming its id; a message is accepted only from a socket that joined that
  session's room. Without WEB_SESSION_KEY the channel refuses to start;
* POST /webhooks/webchat/forget {"session_id": ...} erases that conversation from
  the tracker store (the page's "Forget this conversation" link); when the store
  can't, it answers 503 with {"error": ...} and the page says so and keeps the
  conversation (stock handling answered 500);
* only `locale` (e.g. "en-GB", from navigator.language) is kept from the
  widget's customData as message metadata; actions read it for the emergency
  and crisis numbers;
* a typed /command gets the same reply as on REST and Telegram (channels/commands.py):
  /restart starts over and says so, /help, /start; /forget points to the page's
  link (which also clears the page); /stop, /back, /session_start get "I don't know
  that command" (stock: silence). Buttons' "/intent" payloads go to Rasa as before;
* message text is cut to its first 4,000 and last 1,000 characters before any
  processing, and a lone surrogate becomes U+FFFD (channels/validation.py);
* a turn the tracker store could not read or save is not passed off as stored: the
  page shows "I couldn't save that, please try again" (stores/sql.py).

credentials.yml:

    channels.webchat.WebChatInput:
      user_message_evt: user_uttered
      bot_message_evt: bot_uttered
      session_persistence: true
      metadata_key: customData
      cors_origins: ["http://localhost:5005", "http://127.0.0.1:5005"]

Don't configure Rasa's stock `socketio` channel next to it: both would attach
to /socket.io. docs/web.md has the details.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any, TypeGuard

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import commands, diary_files, validation, web_session
from channels.validation import clean_metadata
from stores.sql import NOT_ERASED_ERROR, NOT_SAVED_REPLY, TrackerStoreFailed, erase_conversation

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
WEB_DIR = ROOT / "web"
PAGE = WEB_DIR / "index.html"
STATIC_DIR = WEB_DIR / "static"
WIDGET_BUNDLE = WEB_DIR / "node_modules" / "rasa-webchat" / "lib" / "index.js"
FILES_URL = "/webhooks/webchat/files"  # the diary's chart and export (diary_files.FILES_ROUTE)
WIDGET_URL_NAME = "rasa-webchat.js"  # served at /webhooks/webchat/static/rasa-webchat.js

DEFAULT_CORS_ORIGINS = ["http://localhost:5005", "http://127.0.0.1:5005"]

# The widget's CSS pulls a web font from Google at run time; the page uses the
# system font stack instead and loads nothing from other hosts.
FONT_IMPORT = re.compile(rb"@import url\(https://fonts\.googleapis\.com/[^)]*\);")

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".json": "application/json",
}

# 'unsafe-inline' for styles only: the widget injects <style> elements and
# style attributes. Scripts come from this origin only, never inline.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}

NOT_INSTALLED = (
    "The chat widget is not installed on this server. Run `npm ci --prefix web` (or `make install`) and restart."
)


def parse_origins(value: Any) -> list[str]:
    """`cors_origins` from credentials.yml: a list, or one comma-separated string."""
    if value is None:
        return list(DEFAULT_CORS_ORIGINS)
    items: Iterable[Any] = value.split(",") if isinstance(value, str) else value
    origins = [str(item).strip().rstrip("/") for item in items if str(item).strip()]
    if "*" in origins:
        raise ValueError(
            "cors_origins must list origins; '*' would let any web site talk to the assistant in its visitors' names"
        )
    return origins


class _FileCache:
    """Static files read once per modification time, with an ETag."""

    def __init__(self) -> None:
        self._files: dict[Path, tuple[float, bytes, str]] = {}

    def get(self, path: Path, transform: Callable[[bytes], bytes] | None = None) -> tuple[bytes, str] | None:
        try:
            mtime = path.stat().st_mtime
        except OSError:
            return None
        cached = self._files.get(path)
        if cached is None or cached[0] != mtime:
            body = path.read_bytes()
            if transform is not None:
                body = transform(body)
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            cached = (mtime, body, etag)
            self._files[path] = cached
        return cached[1], cached[2]


def _strip_font_import(bundle: bytes) -> bytes:
    return FONT_IMPORT.sub(b"", bundle)


class WebChatOutput(SocketIOOutput):
    """Rasa's socket.io output, with the diary's files as the widget shows them: the chart
    as an image, the export as a download link, both served by this channel's files route
    (channels/diary_files.py). Other custom payloads go out as Rasa sends them."""

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        file = diary_files.file_message(json_message)
        if file is None:
            await super().send_custom_json(recipient_id, json_message, **kwargs)
            return
        url = f"{FILES_URL}/{file.token}"
        if file.kind == "photo":
            await self._send_message(recipient_id, {"attachment": {"type": "image", "payload": {"src": url}}})
        else:
            await self._send_message(recipient_id, {"text": f"[Download {file.name}]({url})"})


class WebChatInput(SocketIOInput):
    """Rasa's socket.io channel that also serves the chat page and checks Origins."""

    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", True),
            credentials.get("socketio_path", "/socket.io"),
            credentials.get("jwt_key"),
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "customData"),
            cors_origins=parse_origins(credentials.get("cors_origins")),
        )

    def __init__(
        self,
        user_message_evt: str = "user_uttered",
        bot_message_evt: str = "bot_uttered",
        namespace: str | None = None,
        session_persistence: bool = True,
        socketio_path: str | None = "/socket.io",
        jwt_key: str | None = None,
        jwt_method: str | None = "HS256",
        metadata_key: str | None = "customData",
        cors_origins: list[str] | None = None,
    ) -> None:
        super().__init__(
            user_message_evt,
            bot_message_evt,
            namespace,
            session_persistence,
            socketio_path,
            jwt_key,
            jwt_method,
            metadata_key,
        )
        self.cors_origins = list(DEFAULT_CORS_ORIGINS if cors_origins is None else cors_origins)
        self._files = _FileCache()
        self._session_key: bytes | None = None  # read when the server starts

    def get_output_channel(self) -> OutputChannel | None:
        """For messages the server sends unasked (a reminder): the same output as replies."""
        stock = super().get_output_channel()
        return WebChatOutput(self.sio, self.bot_message_evt) if stock is not None else None

    def _rooms(self) -> dict[Any, Any]:
        """The socket.io rooms of this channel's namespace on this server: room -> sockets."""
        manager = getattr(self.sio, "manager", None)
        return (getattr(manager, "rooms", None) or {}).get(self.namespace or "/") or {}

    def is_open_here(self, session_id: str) -> bool:
        """Whether a page of this conversation is connected to this server now (its socket
        is in the session's room), so a message sent from here reaches it."""
        return bool(self._rooms().get(session_id))

    def open_page_count(self) -> int:
        """How many conversations have a page connected to this server now (a count, no ids)."""
        rooms = self._rooms()
        return sum(1 for room, members in rooms.items() if room is not None and members and self.valid_session_id(room))

    def valid_session_id(self, value: object) -> TypeGuard[str]:
        """Whether `value` is a session id this server signed."""
        return self._session_key is not None and web_session.verify(self._session_key, value)

    # ------------------------------------------------------------------ socket.io

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # The stock blueprint creates self.sio and its connect/disconnect handlers
        # (JWT check included). Its own blueprint (a health route at "/") is
        # replaced by the one below, which serves the page at "/".
        self._session_key = web_session.KEY.required().encode("utf-8")  # or MissingSecret
        super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        # [] would disable engine.io's Origin check (what Rasa 3.6 sets); None is
        # engine.io's same-origin-only default, used when the list is empty.
        sio.eio.cors_allowed_origins = list(self.cors_origins) or None
        self._replace_session_handlers(sio, on_new_message)

        webchat: Blueprint = SocketBlueprint(sio, self.socketio_path, "webchat_webhook", __name__)
        validation.protect(webchat)

        @webchat.route("/", methods=["GET"])
        async def page(request: Request) -> HTTPResponse:
            if not request.path.endswith("/"):  # the page's relative URLs need the slash
                return response.redirect(request.path + "/", status=308)
            return self._serve(request, PAGE)

        @webchat.route("/static/<name:path>", methods=["GET"])
        async def static(request: Request, name: str) -> HTTPResponse:
            if name == WIDGET_URL_NAME:
                return self._serve(request, WIDGET_BUNDLE, _strip_font_import, missing=NOT_INSTALLED)
            path = (STATIC_DIR / name).resolve()
            if STATIC_DIR.resolve() not in path.parents or path.suffix not in CONTENT_TYPES:
                return response.text("Not found", status=404)
            return self._serve(request, path)

        @webchat.route(diary_files.FILES_ROUTE, methods=["GET"])
        async def diary_file(request: Request, token: str) -> HTTPResponse:
            return diary_files.serve(request.app.ctx.agent, token)

        @webchat.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            return await self._forget(request)

        return webchat

    def _replace_session_handlers(self, sio: Any, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        """Re-registers session_request and the user-message handler (python-socketio
        keeps one handler per event) with the session id checks."""

        async def session_request(sid: str, data: Any = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            if self.valid_session_id(requested):
                session_id = requested
            else:
                if requested is not None:
                    logger.info("web chat session id not issued by this server: a new session was issued instead")
                assert self._session_key is not None
                session_id = web_session.issue(self._session_key)
            if self.session_persistence:
                joined = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(joined):  # a coroutine from python-socketio 5.10 on
                    await joined
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        async def handle_message(sid: str, data: Any = None) -> None:
            if not isinstance(data, dict):
                return
            text = data.get("message")
            if not isinstance(text, str):
                return
            if self.session_persistence:
                sender_id = data.get("session_id")
                if not self.valid_session_id(sender_id) or sender_id not in sio.rooms(sid, namespace=self.namespace):
                    logger.warning("web chat message without this socket's session id ignored")
                    return
            else:
                sender_id = sid
            output = WebChatOutput(sio, self.bot_message_evt)
            metadata = clean_metadata(data.get(self.metadata_key))
            text = validation.clean_message(text)
            command = commands.command_of(text, intent_payloads=True)
            if command == commands.HELP:
                await output.send_text_with_buttons(
                    sender_id, commands.help_text(metadata.get("locale"), web_page=True), commands.TOPIC_BUTTONS
                )
                return
            if command in (commands.FORGET, commands.UNKNOWN):
                await output.send_text_message(
                    sender_id,
                    commands.WEB_FORGET_REPLY if command == commands.FORGET else commands.UNKNOWN_COMMAND_REPLY,
                )
                return
            text = commands.to_rasa(command, text)
            message = UserMessage(text, output, sender_id, input_channel=self.name(), metadata=metadata)
            try:
                await on_new_message(message)
                if command == commands.RESTART:  # Rasa's restart says nothing itself
                    await output.send_text_with_buttons(sender_id, commands.RESTART_REPLY, commands.TOPIC_BUTTONS)
            except TrackerStoreFailed:  # logged by the store
                await output.send_text_message(sender_id, NOT_SAVED_REPLY)

        sio.on("session_request", session_request, namespace=self.namespace)
        sio.on(self.user_message_evt, handle_message, namespace=self.namespace)

    # ------------------------------------------------------------------ HTTP

    def _serve(
        self,
        request: Request,
        path: Path,
        transform: Callable[[bytes], bytes] | None = None,
        missing: str = "Not found",
    ) -> HTTPResponse:
        found = self._files.get(path, transform)
        if found is None:
            if missing != "Not found":
                logger.error("%s (missing %s)", missing, path)
            return response.text(missing, status=404 if missing == "Not found" else 503)
        body, etag = found
        headers = {**SECURITY_HEADERS, "ETag": etag}
        if request.headers.get("if-none-match") == etag:
            return response.raw(b"", status=304, headers=headers)
        return response.raw(
            body, headers=headers, content_type=CONTENT_TYPES.get(path.suffix, "application/octet-stream")
        )

    async def _forget(self, request: Request) -> HTTPResponse:
        origin = request.headers.get("origin")
        if origin is not None and origin.rstrip("/") not in self.cors_origins:
            return response.json({"error": "origin not allowed"}, status=403)
        try:
            body = validation.parse_json_object(request.body)
        except validation.InvalidRequest:
            body = {}
        session_id = body.get("session_id")
        if not self.valid_session_id(session_id):
            return response.json({"error": 'expected {"session_id": <the web chat session id>}'}, status=400)
        agent = request.app.ctx.agent
        try:
            async with agent.lock_store.lock(session_id):
                deleted = await erase_conversation(agent.tracker_store, session_id)
        except TypeError as error:
            logger.error("could not erase a web chat conversation: %s", error)
            return response.json({"error": "this tracker store cannot erase conversations"}, status=501)
        except TrackerStoreFailed:  # logged by the store
            return response.json({"error": NOT_ERASED_ERROR}, status=503, headers={"Retry-After": "5"})
        except Exception as error:  # the lock timed out, ...
            logger.error("could not erase a web chat conversation (%s)", type(error).__name__)
            return response.json({"error": NOT_ERASED_ERROR}, status=503, headers={"Retry-After": "5"})
        logger.info("erased a web chat conversation on request (%d events)", deleted)
        return response.json({"erased": True})

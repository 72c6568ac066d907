"""Daily check-in reminders: `channels.reminders.ReminderInput` in credentials.yml.

Not a channel people write to: it runs, in the Rasa server, the loop that sends the diary's
reminders. Every POLL_SECONDS it reads the reminders due from the conversations' own
database (selfcare.diary.store: due_reminders), claims each one (claim_reminder moves it to
the next day in one UPDATE that only one replica can win), and triggers the intent
REMINDER_INTENT in that conversation, the way Rasa's own reminders do
(MessageProcessor.handle_reminder: the conversation's lock, its tracker, an external user
message, the prediction loop, the tracker saved), with the output channel the reminder was
set on: Telegram always reaches the person; the web page while it is open.

Why not Rasa's ReminderScheduled: Rasa 3.6 keeps reminders in APScheduler's in-memory job
store (rasa.core.jobs), so a restart loses every reminder, and with several replicas a
reminder lives only in the one that scheduled it. Here the schedule is a row in the same
database as the conversations, so any replica sends it, once, after a restart too.

A reminder found more than GRACE late (the servers were down) is moved on without being
sent: a check-in nudge at 3 a.m. helps nobody. A web page reminder is claimed only by the
replica the page's socket is connected to (WebChatInput.is_open_here), so it reaches the
open page whichever replica it is on; while no page is open it waits, and after GRACE it
is moved on unsent, like a late one. Nothing about a person is logged: counts and
error types only.

credentials.yml:

    channels.reminders.ReminderInput:
      poll_seconds: 30      # optional; REMINDER_POLL_SECONDS overrides it (tests use 1)
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from selfcare.diary.store import DiaryError, DiaryStore, DueReminder
from stores.sql import diary_of

logger = logging.getLogger(__name__)

REMINDER_INTENT = "EXTERNAL_checkin_reminder"
POLL_SECONDS = 30.0
GRACE = dt.timedelta(hours=2)
WEB_CHANNEL = "webchat"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class ReminderInput(InputChannel):
    """The reminder loop, started with the server and stopped with it. GET
    /webhooks/reminders/ says whether it runs, how many reminders it has sent, how many
    rounds it has looked and how many web pages are open here (counts only)."""

    @classmethod
    def name(cls) -> str:
        return "reminders"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(os.environ.get("REMINDER_POLL_SECONDS") or credentials.get("poll_seconds") or POLL_SECONDS)

    def __init__(self, poll_seconds: float | str = POLL_SECONDS) -> None:
        self.poll_seconds = max(0.2, float(poll_seconds))
        self.sent = 0
        self.rounds = 0
        self._task: asyncio.Task[None] | None = None

    def get_output_channel(self) -> OutputChannel | None:
        return None  # nobody writes here

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        reminders = Blueprint("project_reminders", __name__)

        @reminders.listener("after_server_start")
        async def start(app: Any, loop: asyncio.AbstractEventLoop) -> None:
            self._task = loop.create_task(self._run(app))

        @reminders.listener("before_server_stop")
        async def stop(app: Any, loop: asyncio.AbstractEventLoop) -> None:
            if self._task is not None:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task

        @reminders.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            running = self._task is not None and not self._task.done()
            return response.json(
                {
                    "status": "ok" if running else "stopped",
                    "sent": self.sent,
                    "rounds": self.rounds,
                    "open_pages": _open_pages(request.app),
                }
            )

        return reminders

    async def _run(self, app: Any) -> None:
        logger.info("reminders: checking every %.0f s", self.poll_seconds)
        while True:
            try:
                await self.send_due(app)
            except Exception as error:  # keep the loop alive; the next round tries again
                logger.error("reminders: a round failed (%s)", type(error).__name__)
            self.rounds += 1
            await asyncio.sleep(self.poll_seconds)

    async def send_due(self, app: Any, now: dt.datetime | None = None) -> int:
        """Sends every reminder due now that this replica claims; returns how many."""
        agent = getattr(app.ctx, "agent", None)
        if agent is None or not agent.is_ready():
            return 0
        diary = diary_of(agent.tracker_store)
        if diary is None:
            return 0
        now = now or _utcnow()
        sent = 0
        try:
            due = diary.due_reminders(now)
        except DiaryError:  # logged by the diary
            return 0
        for reminder in due:
            if await self._send(app, agent, diary, reminder, now):
                sent += 1
        self.sent += sent
        if due:
            logger.info("reminders: %d due, %d sent", len(due), sent)
        return sent

    async def _send(self, app: Any, agent: Any, diary: DiaryStore, reminder: DueReminder, now: dt.datetime) -> bool:
        late = now - reminder.due > GRACE
        if reminder.channel == WEB_CHANNEL and not late and not _page_open_here(app, reminder.sender_id):
            return False  # the replica the page is connected to sends it; none: it waits
        try:
            if not diary.claim_reminder(reminder, now):
                return False  # another replica has it
        except DiaryError:
            return False
        if late:
            return False
        output = _output_channel(app, reminder.channel)
        if output is None:
            logger.warning("reminders: no %s channel here to send a reminder on", reminder.channel)
            return False
        try:
            async with agent.lock_store.lock(reminder.sender_id):
                processor = agent.processor
                tracker = await processor.fetch_tracker_and_update_session(reminder.sender_id, output)
                await processor.trigger_external_user_uttered(REMINDER_INTENT, {}, tracker, output)
        except Exception as error:
            logger.error("reminders: one could not be sent (%s)", type(error).__name__)
            return False
        return True


def _web_chat(app: Any, method: str) -> Any:
    """This server's web chat channel, when it runs one that has `method`; else None."""
    for channel in getattr(app.ctx, "input_channels", None) or []:
        if channel.name() == WEB_CHANNEL and hasattr(channel, method):
            return channel
    return None


def _page_open_here(app: Any, session_id: str) -> bool:
    channel = _web_chat(app, "is_open_here")
    return bool(channel.is_open_here(session_id)) if channel is not None else False


def _open_pages(app: Any) -> int:
    """How many web pages are connected to this replica (a count: no ids leave the server)."""
    channel = _web_chat(app, "open_page_count")
    return int(channel.open_page_count()) if channel is not None else 0


def _output_channel(app: Any, name: str) -> OutputChannel | None:
    """The output of the input channel called `name` that this server runs."""
    for channel in getattr(app.ctx, "input_channels", None) or []:
        if channel.name() == name:
            output = channel.get_output_channel()
            if output is not None:
                return output
    return None

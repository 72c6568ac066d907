"""The diary's actions: start and stop one strategy at a time, the daily check-in form,
"how am I doing", and deleting the diary. Each reads the tracker, asks selfcare.diary,
and dispatches; the store, parsing, plan and summary live there.

Where the diary is kept: the conversations' own database, read from the tracker store of
the endpoints file the Rasa server uses (ENDPOINTS, default endpoints.yml; `${VAR}`s
expanded as Rasa does), so /forget can erase both in one place. Nothing here logs what a
person typed or a score they gave: only error types and counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import re
import zoneinfo
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import (
    AFFIRM_REPLY,
    KNOWLEDGE,
    compose_answer,
    entity_subjects,
    entry_ranking,
    followup_prefix,
    latest_metadata,
    latest_text,
    locale_of,
    respond_to_risk,
    risk_of,
)
from selfcare import knowledge
from selfcare.diary import export, parse, plan, strategies, summary
from selfcare.diary import intents as diary_intents
from selfcare.diary.store import DEFAULT_URL, NOTE_LIMIT, Checkin, DiaryError, DiaryStore, Reminder, Strategy
from selfcare.safety.requests import STOP_COMMAND
from selfcare.safety.risk import CRISIS_KIND, MEDICINE_KIND

logger = logging.getLogger(__name__)

PROJECT_DIR = Path(__file__).resolve().parents[1]
STRATEGIES = strategies.load(KNOWLEDGE.by_id)  # checked once, at import: a bad file stops the server

PLAN_START_MINUTES = 5  # the seed article's "start small, maybe just 5 or 10 minutes a day"
BASELINE_DAYS = 3

CONFIRM_SLOT = "diary_confirm"
PACING_ASKED = "pacing_asked"  # set when an exercise starts: the pacing form asks next
DELETE = "delete"
STOP = "stop"
SWITCH = "switch:"
YES_NO_BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
CHECKIN_BUTTON = {"title": "Check in now", "payload": "/checkin"}

FORM_SLOTS = ("checkin_pain", "checkin_fatigue", "checkin_sleep", "checkin_did_strategy", "checkin_note")
SKIPPED = "skipped"

# Channels that show a file the diary makes (channels/diary_files.py); the shell
# ("cmdline") gets the sparklines and a CSV written to EXPORT_DIR instead, and any other
# channel the sparklines and the text only.
FILE_CHANNELS = frozenset({"rest", "webchat", "telegram"})
SHELL_CHANNEL = "cmdline"
NO_FILE_HERE_REPLY = "The CSV file can be downloaded in the web page or on Telegram."
EXPORT_DIR = PROJECT_DIR / "var" / "exports"
EMPTY_EXPORT_REPLY = "Your diary has no check-ins yet, so there's nothing to export. Say \"check in\" to add today's."

UNAVAILABLE_REPLY = "Sorry, I can't reach your diary just now. Please try again in a little while."
DENY_REPLY = "No problem. If something else comes up, just ask."


# --- where the diary lives ----------------------------------------------------------------

_VARIABLE = re.compile(r"\$\{([^}]+)\}")


def database_url(endpoints: Path | None = None) -> str:
    """The SQLAlchemy URL of the tracker store's database in the endpoints file (ENDPOINTS,
    default endpoints.yml): a SQLite file relative to the project, or PostgreSQL. The
    project's SQLite default when the file names no SQL tracker store."""
    path = endpoints or Path(os.environ.get("ENDPOINTS") or PROJECT_DIR / "endpoints.yml")
    if not path.is_absolute():
        path = PROJECT_DIR / path
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        logger.warning("the diary could not read %s; it uses the default database", path.name)
        return DEFAULT_URL
    store = config.get("tracker_store") if isinstance(config, dict) else None
    if not isinstance(store, dict) or not str(store.get("type", "")).lower().endswith(("sql", "sqltrackerstore")):
        return DEFAULT_URL

    def value(key: str) -> Any:
        raw = store.get(key)
        if isinstance(raw, str):  # Rasa's own rule: an unset ${VAR} stops the server
            raw = _VARIABLE.sub(lambda m: os.environ[m.group(1)], raw)
        return raw

    dialect = str(value("dialect") or "sqlite")
    if dialect == "sqlite":
        db = Path(str(value("db") or "rasa.db")).expanduser()
        return f"sqlite:///{db if db.is_absolute() else PROJECT_DIR / db}"
    port = value("port")
    url: str = sa.engine.URL.create(
        dialect,
        username=value("username"),
        password=value("password"),
        host=value("url") or value("host"),
        port=int(port) if port else None,
        database=value("db"),
    ).render_as_string(hide_password=False)
    return url


_store: DiaryStore | None = None


def diary() -> DiaryStore:
    """The diary store, opened (and migrated) on first use."""
    global _store
    if _store is None:
        _store = DiaryStore.open(database_url())
    return _store


def today(tracker: Tracker | None = None) -> dt.date:
    """The person's date: in the time zone their web page reports with each message, else
    their reminder's, else the server's (a check-in at 8 in the morning in Sydney is
    dated that day, not the day before as the server's UTC clock would have it)."""
    zone = metadata_zone(tracker) if tracker is not None else None
    if tracker is not None and not zone:
        try:
            reminder = diary().reminder(tracker.sender_id)
        except DiaryError:
            reminder = None
        zone = reminder.time_zone if reminder else None
    if zone:
        try:
            return dt.datetime.now(zoneinfo.ZoneInfo(zone)).date()
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return dt.date.today()


# --- replies --------------------------------------------------------------------------------


def strategy_buttons() -> list[dict[str, str]]:
    return [
        {"title": s.name[0].upper() + s.name[1:], "payload": f'/start_strategy{{"strategy": "{s.id}"}}'}
        for s in STRATEGIES
    ]


def name_of(strategy_id: str) -> str:
    info = STRATEGIES.by_id.get(strategy_id)
    return info.name if info else strategy_id.replace("_", " ")


def named_strategy(tracker: Tracker) -> strategies.StrategyInfo | None:
    """The strategy a button carried, else the first one the message names."""
    for entity in (tracker.latest_message or {}).get("entities") or []:
        if entity.get("entity") == "strategy" and entity.get("value") in STRATEGIES.by_id:
            return STRATEGIES.by_id[entity["value"]]
    found = STRATEGIES.named_in(latest_text(tracker))
    return found[0] if found else None


def start_reply(info: strategies.StrategyInfo, checkins_before: int) -> str:
    """The plan in one message, "check in each day", and a word on a baseline when there
    are few check-ins from before. (An exercise's pacing plan is asked for next.)"""
    parts = [f"Okay, you're trying {info.name}, one strategy at a time. {info.plan} Check in each day."]
    if checkins_before < BASELINE_DAYS:
        parts.append(
            "Tip: a few days of check-ins before you start give a baseline to compare with. "
            "It's not required, but it helps."
        )
    return "\n\n".join(parts)


def started_events(info: strategies.StrategyInfo) -> list[EventType]:
    """After a strategy starts: an exercise asks for its pacing plan next (pacing_form)."""
    if not info.is_exercise:
        return [SlotSet(CONFIRM_SLOT, None)]
    return [
        SlotSet(CONFIRM_SLOT, None),
        SlotSet("pacing_activity", info.name),
        SlotSet("pacing_minutes", None),
        SlotSet(PACING_ASKED, True),
    ]


def settled(events: list[EventType]) -> list[EventType]:
    """The events of a turn that may start a strategy: unless it asked for a pacing plan,
    pacing_asked goes back to False, so the rule that opens pacing_form does not fire."""
    if SlotSet(PACING_ASKED, True) in events:
        return events
    return [*events, SlotSet(PACING_ASKED, False)]


def plan_line(strategy: Strategy, day: dt.date) -> str:
    """ "Week 2 of your walking plan: 7 minutes a day." for a strategy with a pacing plan."""
    if not strategy.plan_start:
        return ""
    week = plan.week_of(strategy.started_on, day)
    minutes = plan.pacing_plan(strategy.plan_start, weeks=plan.MAX_WEEKS).for_week(week)
    return f"Week {week} of your {name_of(strategy.strategy)} plan: {plan.minutes_text(minutes)} a day."


def since(strategy: Strategy) -> str:
    return strategy.started_on.strftime("%d %b").lstrip("0")


def crisis_prefix(tracker: Tracker) -> tuple[str, list[EventType]]:
    """After a crisis reply, anything else first checks in again, as the answers do."""
    if not tracker.get_slot("crisis_active"):
        return "", []
    return followup_prefix(tracker), [SlotSet("crisis_active", False)]


def unavailable(dispatcher: CollectingDispatcher, error: DiaryError) -> list[EventType]:
    logger.error("diary unavailable (%s)", type(error).__name__)
    dispatcher.utter_message(text=UNAVAILABLE_REPLY)
    return [SlotSet(CONFIRM_SLOT, None)]


def shows_files(tracker: Tracker) -> bool:
    return tracker.get_latest_input_channel() in FILE_CHANNELS


def kept_file(sender: str, name: str, media_type: str, content: bytes, kind: str) -> dict[str, Any]:
    """Keeps a file for an hour (DiaryStore.put_file) and returns the custom payload the
    channels turn into an image, a download link or a Telegram upload. Raises DiaryError."""
    token = diary().put_file(sender, name, media_type, content)
    return {"diary_file": {"token": token, "name": name, "media_type": media_type, "kind": kind}}


def shell_export_path(sender: str, day: dt.date) -> Path:
    """Where the shell's export goes: var/exports/, named by the day and a hash of the
    conversation (never its id), so deleting the diary finds it."""
    return EXPORT_DIR / f"fibro-diary-{_sender_tag(sender)}-{day.isoformat()}.csv"


def _sender_tag(sender: str) -> str:
    return hashlib.sha256(sender.encode("utf-8")).hexdigest()[:12]


def erase_shell_exports(sender: str) -> int:
    """Deletes the CSVs the shell wrote for this conversation; how many there were."""
    found = list(EXPORT_DIR.glob(f"fibro-diary-{_sender_tag(sender)}-*.csv")) if EXPORT_DIR.is_dir() else []
    for path in found:
        path.unlink(missing_ok=True)
    return len(found)


# --- strategies -----------------------------------------------------------------------------


class ActionStartStrategy(Action):
    """Starts the strategy named; asks which when none is; asks whether to end the one
    running when another is."""

    def name(self) -> str:
        return "action_start_strategy"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return settled(await self._run(dispatcher, tracker))

    async def _run(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        info = named_strategy(tracker)
        if info is None:
            dispatcher.utter_message(
                text=prefix + "Which strategy would you like to try? One at a time makes it easier to tell what "
                "helps. Pick one:",
                buttons=strategy_buttons(),
            )
            return [*events, SlotSet(CONFIRM_SLOT, None)]
        sender, day = tracker.sender_id, today(tracker)  # the person's day: read once (it may read the reminder)
        try:
            started = diary().start_strategy(sender, info.id, day)
            if started.is_new:
                before = len(diary().checkins(sender, end=day - dt.timedelta(days=1)))
        except DiaryError as error:
            return unavailable(dispatcher, error)
        running = started.strategy
        if started.is_new:
            buttons = [] if info.is_exercise else [CHECKIN_BUTTON]  # an exercise asks for its plan next
            dispatcher.utter_message(text=prefix + start_reply(info, before), buttons=buttons)
            return [*events, *started_events(info)]
        if running.strategy == info.id:
            week = plan_line(running, day)
            dispatcher.utter_message(
                text=prefix
                + f"You're already trying {info.name}, since {since(running)}. "
                + (week + " " if week else "")
                + "Check in each day.",
                buttons=[CHECKIN_BUTTON],
            )
            return [*events, SlotSet(CONFIRM_SLOT, None)]
        dispatcher.utter_message(
            text=prefix + f"You're trying {name_of(running.strategy)} since {since(running)}, and one at a time "
            f"shows what makes a difference. End {name_of(running.strategy)} and start {info.name}?",
            buttons=YES_NO_BUTTONS,
        )
        return [*events, SlotSet(CONFIRM_SLOT, SWITCH + info.id)]


class ActionStopStrategy(Action):
    """Ends the strategy running. A bare "stop" or "cancel" asks first: weeks of an
    experiment should not end on one word that may have meant the reminders, or nothing."""

    def name(self) -> str:
        return "action_stop_strategy"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        sender = tracker.sender_id
        try:
            if STOP_COMMAND.fullmatch(" ".join(latest_text(tracker).lower().split()).strip(" .!")):
                running = diary().current_strategy(sender)
                if running is not None:
                    return [*events, *ask_what_to_stop(dispatcher, prefix, running, diary().reminder(sender))]
            ended = diary().end_strategy(sender, today(tracker))
        except DiaryError as error:
            return unavailable(dispatcher, error)
        if ended is None:
            dispatcher.utter_message(
                text=prefix + "You're not trying a strategy right now. Would you like to start one?",
                buttons=strategy_buttons(),
            )
        else:
            dispatcher.utter_message(text=prefix + ended_reply(ended))
        return [*events, SlotSet(CONFIRM_SLOT, None)]


def ended_reply(ended: Strategy) -> str:
    return (
        f"Okay, I've ended {name_of(ended.strategy)} (started {since(ended)}). "
        'Your check-ins stay in your diary: say "how am I doing" to see them, '
        "or start another strategy when you're ready."
    )


def ask_what_to_stop(
    dispatcher: CollectingDispatcher, prefix: str, running: Strategy, reminder: Reminder | None
) -> list[EventType]:
    """ "Stop" with a strategy running: end it? (and the reminders, when there are some)."""
    name = name_of(running.strategy)
    buttons = [{"title": f"Yes, end {name}", "payload": "/affirm"}]
    if reminder is not None:
        buttons.append({"title": "Turn off reminders", "payload": "/stop_reminder"})
    buttons.append({"title": f"No, keep {name}", "payload": "/deny"})
    also = " Or did you mean the daily reminders?" if reminder is not None else ""
    dispatcher.utter_message(
        text=prefix + f"Do you want to end {name} (started {since(running)})? Your check-ins stay in your diary.{also}",
        buttons=buttons,
    )
    return [SlotSet(CONFIRM_SLOT, STOP)]


class ActionDeleteDiary(Action):
    """Asks before erasing the diary."""

    def name(self) -> str:
        return "action_delete_diary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        dispatcher.utter_message(
            text=prefix + "Delete your whole diary, your strategies and every check-in? This can't be undone.",
            buttons=DELETE_BUTTONS,
        )
        return [*events, SlotSet(CONFIRM_SLOT, DELETE)]


# A yes that can be acted on: a button's /affirm, or a short yes with no doubt in it.
_CLEAR_YES = re.compile(
    r"(?:/affirm|y|ye|yes|yeah|yea|yep|yup|yass?|sure|ok|okay|k|of course|please|please do|do it|go ahead|go for it"
    r"|yes please|yes do it|yes delete it|delete it|yes,? delete it|yes,? end it|end it|yes,? switch|switch|confirm"
    r"|absolutely|definitely|correct|right|that'?s right)"
)
_DOUBT = re.compile(r"\b(?:not|n'?t|unsure|maybe|perhaps|idk|dunno|guess|think|wait|hmm+|hang on)\b|\?")


def clear_yes(text: str) -> bool:
    plain = " ".join(text.lower().replace("\u2019", "'").split()).strip(" .!")
    return bool(_CLEAR_YES.fullmatch(plain.rstrip(" ,")) and not _DOUBT.search(plain)) or plain.startswith("/affirm")


CONFIRM_AGAIN = {
    DELETE: "Delete your whole diary, your strategies and every check-in? This can't be undone.",
    STOP: "End the strategy you're trying?",
    SWITCH: "End the strategy you're trying and start the new one?",
}
DELETE_BUTTONS = [{"title": "Yes, delete it", "payload": "/affirm"}, {"title": "No, keep it", "payload": "/deny"}]
CONFIRM_BUTTONS = {DELETE: DELETE_BUTTONS}


class ActionDiaryConfirm(Action):
    """A yes or a no to the diary's last question (switch strategy, delete the diary);
    with no question pending, the ordinary affirm and deny replies."""

    def name(self) -> str:
        return "action_diary_confirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return settled(await self._run(dispatcher, tracker))

    async def _run(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        pending = str(tracker.get_slot(CONFIRM_SLOT) or "")
        yes = ((tracker.latest_message or {}).get("intent") or {}).get("name") == "affirm"
        events: list[EventType] = [SlotSet(CONFIRM_SLOT, None)]
        sender = tracker.sender_id
        if pending and yes and not clear_yes(str((tracker.latest_message or {}).get("text") or "")):
            # "not sure", "i guess?": read as yes by the classifier, but no yes to act on
            question = CONFIRM_AGAIN.get(pending.split(":")[0] + (":" if pending.startswith(SWITCH) else ""), "")
            dispatcher.utter_message(
                text=f"Sorry, I need a clear yes or no. {question}".strip(),
                buttons=CONFIRM_BUTTONS.get(pending, YES_NO_BUTTONS),
            )
            return [SlotSet(CONFIRM_SLOT, pending)]
        try:
            if pending == DELETE:
                if yes:
                    counts = diary().erase(sender)
                    files = erase_shell_exports(sender)
                    logger.info("diary erased on request (%d rows, %d exported files)", sum(counts.values()), files)
                    dispatcher.utter_message(text="Done. I've deleted your diary: your strategies and check-ins.")
                else:
                    dispatcher.utter_message(text="Okay, I've kept your diary as it is.")
                return events
            if pending == STOP:
                ended = diary().end_strategy(sender, today(tracker)) if yes else None
                if ended is not None:
                    dispatcher.utter_message(text=ended_reply(ended))
                elif yes:
                    dispatcher.utter_message(text="You're not trying a strategy right now, so there's nothing to end.")
                else:
                    running = diary().current_strategy(sender)
                    dispatcher.utter_message(
                        text=f"Okay, you're carrying on with {name_of(running.strategy)}." if running else DENY_REPLY
                    )
                return events
            if pending.startswith(SWITCH) and pending[len(SWITCH) :] in STRATEGIES.by_id:
                info = STRATEGIES.by_id[pending[len(SWITCH) :]]
                if not yes:
                    running = diary().current_strategy(sender)
                    carry_on = f"carrying on with {name_of(running.strategy)}" if running else "not starting it"
                    dispatcher.utter_message(text=f"Okay, you're {carry_on}. Check in each day.")
                    return events
                day = today(tracker)
                ended = diary().end_strategy(sender, day)
                started = diary().start_strategy(sender, info.id, day)
                before = len(diary().checkins(sender, end=day - dt.timedelta(days=1)))
                head = f"I've ended {name_of(ended.strategy)}. " if ended else ""
                if not started.is_new:  # another turn started one in between
                    dispatcher.utter_message(text=f"You're trying {name_of(started.strategy.strategy)} now.")
                    return events
                buttons = [] if info.is_exercise else [CHECKIN_BUTTON]
                dispatcher.utter_message(text=head + start_reply(info, before), buttons=buttons)
                return started_events(info)
        except DiaryError as error:
            return unavailable(dispatcher, error)
        dispatcher.utter_message(text=AFFIRM_REPLY if yes else DENY_REPLY)
        return events


# --- the daily check-in -----------------------------------------------------------------------


class ActionCheckinStart(Action):
    """Clears the last check-in's answers and notes which strategy to ask about."""

    def name(self) -> str:
        return "action_checkin_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        try:
            running = diary().current_strategy(tracker.sender_id)
        except DiaryError as error:
            logger.error("diary unavailable (%s)", type(error).__name__)
            running = None
        dispatcher.utter_message(text=prefix + "Today's check-in: a few quick questions. Say stop to end it.")
        return [
            *events,
            *(SlotSet(name, None) for name in FORM_SLOTS),
            SlotSet("checkin_cancelled", False),
            SlotSet("checkin_strategy", name_of(running.strategy) if running else None),
            SlotSet(CONFIRM_SLOT, None),
        ]


_CANCEL = re.compile(
    r"(?:please )?(?:stop|cancel|quit|exit|end|abort)(?: (?:the |this |my )?(?:check ?-?in|checkin|it|now|please))?"
    r"|never ?mind|not now|forget it"
)
_TRIED = re.compile(
    r"(?:(?:well|i mean|yeah|sort of|kind of|kinda),? )?(?:i )?"
    r"(?:tried|did try|have tried|tried my best|gave it a (?:go|try|shot))"
    r"(?: (?:to|it|to be fair|at least|a bit|a little|honestly))*(?:,? but .{0,60})?"
)
_NO_NOTE = frozenset({"never mind", "nevermind", "nvm", "not now", "forget it", "no note"})
_SKIP = re.compile(
    r"(?:skip|pass|next|no note|nothing|none|nothing to add|no thanks|no|nope|n/a)(?: (?:it|this|please))?"
)


def _answer(value: Any) -> str:
    return " ".join(str(value).lower().split()).strip(" .!") if isinstance(value, str) else ""


_QUESTION = re.compile(
    r"\?\s*$|^(?:(?:wait|oh|also|btw|sorry|hang on|quick question)[,.!]* )?"
    r"(?:what|why|how|when|where|who|which|is|are|does|do|did|can|could|should|will|would)\b"
)


UNSURE_ASIDE = (
    "I'm not sure about that one, so I won't guess. Ask me again when we've finished here, "
    'or say "stop" to leave this for now.'
)


def answered_aside(dispatcher: CollectingDispatcher, tracker: Tracker, back: str) -> bool:
    """A question instead of a form's answer: a medicine-safety question (the safety
    gate's decision) gets its key fact, a question that a knowledge entry answers (the
    answer model is sure of it) gets that answer, as the answer action gives them; then
    `back` and the form's question again; any other question is told it is not sure, and
    how to leave. A reminder request ("stop reminding me") is done the same way. False when
    the message is none of these (the form asks again)."""
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    if intent in LEAVE_FIRST and diary_intents.has_its_words(str(intent), latest_text(tracker)):
        # "delete my data", "show my diary" at a form's question (the thirty-fourth red team's were
        # answered "I didn't catch a number"): how to do it, and the question again.
        dispatcher.utter_message(text=f"{LEAVE_FIRST[intent]}\n\n{back}")
        return True
    if intent in REMINDER_REPLIES:
        try:
            reply = REMINDER_REPLIES[intent](tracker)
        except DiaryError as error:
            logger.error("diary unavailable (%s)", type(error).__name__)
            reply = UNAVAILABLE_REPLY
        dispatcher.utter_message(text=f"{reply}\n\n{back}")
        return True
    risk, text = risk_of(tracker), latest_text(tracker)
    question = intent == "ask" and bool(_QUESTION.search(" ".join(text.lower().split())))
    if risk.kind != MEDICINE_KIND and not question:
        return False
    reply, _entry, choice, _buttons = compose_answer(
        text,
        entity_subjects(tracker),
        knowledge.Context(None, None, None),
        risk,
        entry_ranking(tracker),
        locale_of(tracker),
    )
    if risk.kind != MEDICINE_KIND and choice.path != knowledge.ANSWER:
        # "how should she start?" at the minutes question: a question, not an unclear answer.
        # Say so, and how to leave, rather than "I didn't catch a number".
        dispatcher.utter_message(text=f"{UNSURE_ASIDE} {back}")
        return True
    dispatcher.utter_message(text=f"{reply}\n\n{back}")
    return True


class ValidateCheckinForm(FormValidationAction):
    """Reads each check-in answer with selfcare.diary.parse; asks again, kindly, when it is
    unclear; "skip" skips the optional ones, "stop" ends the check-in without saving."""

    def name(self) -> str:
        return "validate_checkin_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        if tracker.get_slot("checkin_cancelled"):
            return []
        asks_strategy = bool(tracker.get_slot("checkin_strategy"))
        return [s for s in domain_slots if s != "checkin_did_strategy" or asks_strategy]

    @staticmethod
    def _cancelled(slot: str, value: Any) -> dict[str, Any] | None:
        """ "stop": the check-in ends. None (not an answer) for a slot that was only cleared:
        at activation the form validates every slot set since the last message, which
        action_checkin_start set to None, and those must stay unanswered, silently."""
        if value is None:
            return {slot: None}
        return {slot: None, "checkin_cancelled": True} if _CANCEL.fullmatch(_answer(value)) else None

    @staticmethod
    def _answered_aside(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        return answered_aside(dispatcher, tracker, "Now, back to today's check-in.")

    def _score(
        self, slot: str, what: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        if (cancelled := self._cancelled(slot, value)) is not None:
            return cancelled
        score = parse.parse_score(value, what)
        if isinstance(score, int):
            return {slot: score}
        if self._answered_aside(dispatcher, tracker):
            return {slot: None}
        if isinstance(score, parse.OutOfRange):
            dispatcher.utter_message(text=f"The scale goes from 0 to 10. Which number is closest for your {what}?")
        elif _SKIP.fullmatch(_answer(value)):
            dispatcher.utter_message(text=f"I need your {what} to save the check-in. Or say stop to end it.")
        else:
            dispatcher.utter_message(text="Sorry, I didn't catch a number there. A rough guess is fine.")
        return {slot: None}

    async def validate_checkin_pain(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._score("checkin_pain", "pain", value, dispatcher, tracker)

    async def validate_checkin_fatigue(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._score("checkin_fatigue", "fatigue", value, dispatcher, tracker)

    async def validate_checkin_sleep(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if (cancelled := self._cancelled("checkin_sleep", value)) is not None:
            return cancelled
        sleep = parse.parse_sleep(value)
        if sleep is None and self._answered_aside(dispatcher, tracker):
            return {"checkin_sleep": None}
        if sleep is None:
            dispatcher.utter_message(text="Sorry, I didn't catch that. Was it poor, fair or good?")
        return {"checkin_sleep": sleep}

    async def validate_checkin_did_strategy(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if (cancelled := self._cancelled("checkin_did_strategy", value)) is not None:
            return cancelled
        risk = risk_of(tracker)
        if risk.kind == CRISIS_KIND:
            if _TRIED.fullmatch(_answer(value)):
                # "i tried" answers "did you stick with walking today?": effort, not an attempt
                dispatcher.utter_message(text="Trying counts. Did you manage some of it today? Yes or no, or say skip.")
                return {"checkin_did_strategy": None}
            # A crisis here (the slot takes the crisis intent, for "i tried"): its reply,
            # as the safety rules give it elsewhere in the check-in, and the check-in ends.
            events = respond_to_risk(dispatcher, tracker, risk)
            slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
            return {**slots, "checkin_did_strategy": None, "checkin_cancelled": True}
        if _answer(value) in ("skip", "skip it", "pass"):
            return {"checkin_did_strategy": SKIPPED}
        did = parse.parse_yes_no(value)
        if did is None and self._answered_aside(dispatcher, tracker):
            return {"checkin_did_strategy": None}
        if did is None:
            dispatcher.utter_message(text="Sorry, was that a yes or a no? Or say skip.")
        return {"checkin_did_strategy": did}

    async def validate_checkin_note(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if _answer(value) in _NO_NOTE:
            # "never mind" at the last, optional question: no note, and the answers are kept
            return {"checkin_note": ""}
        if (cancelled := self._cancelled("checkin_note", value)) is not None:
            return cancelled
        if not isinstance(value, str) or _SKIP.fullmatch(_answer(value)) or _asks_for_summary(tracker):
            # "how am i doing" at the last question is no note: the summary follows the saving.
            return {"checkin_note": ""}
        if self._answered_aside(dispatcher, tracker):
            return {"checkin_note": None}
        note = value.strip()
        if len(note) > NOTE_LIMIT:
            dispatcher.utter_message(text=f"That's a long note: I've kept the first {NOTE_LIMIT} characters.")
        return {"checkin_note": note[:NOTE_LIMIT]}


def _asks_for_summary(tracker: Tracker) -> bool:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name") == "diary_summary"


def checkin_from(tracker: Tracker, day: dt.date) -> Checkin:
    did = tracker.get_slot("checkin_did_strategy")
    return Checkin(
        day=day,
        pain=int(tracker.get_slot("checkin_pain")),
        fatigue=int(tracker.get_slot("checkin_fatigue")),
        sleep=str(tracker.get_slot("checkin_sleep")),
        did_strategy=did if isinstance(did, bool) else None,
        note=tracker.get_slot("checkin_note") or None,
    )


HARD_DAYS_REPLY = (
    "That's a few hard days in a row. How are you holding up? It may help to see your doctor "
    "about how you've been feeling, and take it gently for now."
)


class ActionCheckinSubmit(Action):
    """Saves the day's check-in (a second one the same day replaces the first), confirms
    in one line, and after a run of hard days checks in gently and suggests the doctor."""

    def name(self) -> str:
        return "action_checkin_submit"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        reset = [*(SlotSet(name, None) for name in FORM_SLOTS), SlotSet("checkin_cancelled", False)]
        if tracker.get_slot("checkin_cancelled"):
            dispatcher.utter_message(text="Okay, I've stopped the check-in. Nothing was saved.")
            return reset
        sender, day = tracker.sender_id, today(tracker)
        try:
            checkin = checkin_from(tracker, day)
            store = diary()
            earlier = store.checkins(sender, start=day, end=day)
            if earlier and not checkin.note and earlier[0].note:
                # a second check-in the same day that skips the note keeps the first one's
                checkin = dataclasses.replace(checkin, note=earlier[0].note)
            replaced = bool(earlier)
            store.record_checkin(sender, checkin)
            recent = store.checkins(sender, start=day - dt.timedelta(days=plan.FLARE_WINDOW))
            running = store.current_strategy(sender)
        except (TypeError, ValueError) as error:  # a slot the form should have filled is missing
            logger.error("check-in incomplete (%s)", type(error).__name__)
            dispatcher.utter_message(text="Sorry, something went wrong with that check-in. Nothing was saved.")
            return reset
        except DiaryError as error:
            logger.error("diary unavailable (%s)", type(error).__name__)
            dispatcher.utter_message(text="Sorry, I couldn't save your check-in just now. Please try again later.")
            return reset
        saved = "Updated" if replaced else "Saved"
        text = f"{saved} today's check-in: pain {checkin.pain}, fatigue {checkin.fatigue}, sleep {checkin.sleep}"
        text += ", with your note." if checkin.note else "."
        if summary.hard_days(recent):
            text += "\n\n" + HARD_DAYS_REPLY
        elif running and running.plan_start and plan.reports_flare(checkin, recent):
            text += "\n\n" + flare_reply(running, day)
        if _asks_for_summary(tracker):
            try:
                checkins, runs = store.checkins(sender), store.strategies(sender)
            except DiaryError as error:
                logger.error("diary unavailable (%s)", type(error).__name__)
            else:
                send_summary(dispatcher, tracker, checkins, runs, head=text + "\n\n")
                return reset
        dispatcher.utter_message(text=text)
        return reset


# --- the pacing plan ------------------------------------------------------------------------
# After an exercise starts, pacing_form asks what the person can do today without a flare;
# action_pacing_plan keeps it with the strategy and shows the weeks from there (plan.py).

NO_PLAN = "none"  # "stop" at the question: no plan is kept
MIN_PLAN_START = 2  # "I can't do any today": start from two minutes, on a day they feel able
PLAN_WEEKS_SHOWN = 4
_UNSURE = re.compile(
    r"(?:i'?m )?(?:not sure|unsure|no idea|don'?t know|dunno|i don'?t know|skip|pass|no clue|hard to say)"
    r"(?: (?:really|sorry|tbh|it|this))?"
)


class ValidatePacingForm(FormValidationAction):
    """Reads the minutes (selfcare.diary.parse.parse_minutes); "not sure" starts from the
    seed article's five minutes; "stop" keeps no plan; anything else is asked again."""

    def name(self) -> str:
        return "validate_pacing_form"

    async def validate_pacing_minutes(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:  # cleared when the strategy started: not an answer
            return {"pacing_minutes": None}
        answer = _answer(value)
        if _CANCEL.fullmatch(answer):
            return {"pacing_minutes": NO_PLAN}
        if _UNSURE.fullmatch(answer):
            return {"pacing_minutes": SKIPPED}
        minutes = parse.parse_minutes(value)
        if minutes is not None:
            return {"pacing_minutes": minutes}
        if not answered_aside(dispatcher, tracker, "Now, back to your plan."):
            dispatcher.utter_message(
                text="Sorry, I didn't catch a number of minutes. A rough guess is fine, "
                'or say "not sure" to start from 5 minutes.'
            )
        return {"pacing_minutes": None}


def plan_reply(activity: str, answer: Any) -> tuple[str, int | None]:
    """The reply to the plan's question and the plan's week-1 minutes (None: no plan)."""
    if answer == NO_PLAN:
        return (
            f"Okay, no plan for now: you're still trying {activity}, so check in each day "
            '(say "stop my strategy" to end it). Whatever you do, start small and don\'t push past '
            "your limit: pushing too hard can bring on a flare.",
            None,
        )
    if answer == SKIPPED:
        head, start = "Then start from 5 minutes a day, and adjust as you go.", PLAN_START_MINUTES
    elif int(answer) == 0:
        head, start = f"That's okay. On a day you feel able, start with just {MIN_PLAN_START} minutes.", MIN_PLAN_START
    else:
        head, start = "Here's a plan that starts from what you can do today without a flare.", int(answer)
    if start >= plan.MAX_MINUTES:
        return (
            f"You can already do {start} minutes. This plan builds up to {plan.MAX_MINUTES} minutes a day, so "
            "there's nothing to add: keep it steady rather than doing more, and if a flare comes, do less "
            "for a while. Check in each day.",
            min(start, MAX_PLAN_START),
        )
    weeks = plan.pacing_plan(start, weeks=PLAN_WEEKS_SHOWN)
    return (
        f"{head}\n\n{weeks.describe(activity)}\n"
        f"After that, {plan.WEEKLY_INCREASE} more minutes a day each week, up to {plan.MAX_MINUTES}. "
        "If a flare comes, drop back a week: don't push through it. Check in each day, and ask "
        '"what week am I in?" any time.',
        start,
    )


MAX_PLAN_START = 600  # the store's limit on the minutes kept


class ActionPacingPlan(Action):
    """Keeps the pacing plan with the running exercise and shows its first weeks."""

    def name(self) -> str:
        return "action_pacing_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        events: list[EventType] = [SlotSet("pacing_minutes", None), SlotSet(PACING_ASKED, False)]
        activity = str(tracker.get_slot("pacing_activity") or "the activity")
        text, start = plan_reply(activity, tracker.get_slot("pacing_minutes"))
        if start is not None:
            try:
                kept = diary().set_plan(tracker.sender_id, start)
            except DiaryError as error:
                return [*events, *unavailable(dispatcher, error)]
            if kept is None:  # ended in between, from another device
                text = "You're not trying a strategy right now, so there's no plan to keep. Start one any time."
        dispatcher.utter_message(text=text, buttons=[CHECKIN_BUTTON])
        return events


def flare_reply(strategy: Strategy, day: dt.date) -> str:
    """After a check-in that reports a flare, during an exercise with a plan: ease off."""
    assert strategy.plan_start
    week = plan.week_of(strategy.started_on, day)
    weeks = plan.pacing_plan(strategy.plan_start, weeks=plan.MAX_WEEKS)
    activity = name_of(strategy.strategy)
    if week == 1:
        step = f"stay at {weeks.start} minutes of {activity} a day, or less,"
    else:
        step = f"drop back to {weeks.after_flare(week)} minutes of {activity} a day (the week before's amount)"
    return (
        f"That sounds like a flare. Go easy on yourself: {step} until it settles, and rest if you need to. "
        "Don't push through a flare."
    )


# --- how am I doing -----------------------------------------------------------------------------


def summary_text(
    checkins: list[Checkin], strategy: Strategy | None, sparklines: bool = True, day: dt.date | None = None
) -> str:
    """The summary (before against during) for the strategy running or last run, or the
    averages when there was none; with pain and fatigue as sparklines when no chart is sent.
    `day`: the person's date (today(tracker)), for the plan's week."""
    day = day or today()
    if not checkins:
        none_yet = 'There are no check-ins yet. Say "check in" to add today\'s.'
        if strategy is None or strategy.ended_on is not None:
            return none_yet
        week = plan_line(strategy, day)
        return (
            f"You're trying {name_of(strategy.strategy)}, since {since(strategy)}. "
            + (f"{week} " if week else "")
            + none_yet
        )
    if strategy is None:
        period = summary.Period.of(checkins)
        days = f"{period.days} day{'' if period.days == 1 else 's'}"
        text = (
            f"Your check-ins ({days}): pain {period.pain}, fatigue {period.fatigue} on average. "
            f"You haven't started a strategy yet. {summary.CAUTION}"
        )
    else:
        text = summary.summarise(checkins, strategy.started_on, strategy.ended_on, name_of(strategy.strategy)).text
        if strategy.ended_on is None and strategy.plan_start:
            text += " " + plan_line(strategy, day)
    if not sparklines:
        return text
    # matplotlib (which the chart module loads) is imported only when a summary is asked for.
    from selfcare.diary.chart import spark_line

    lines = [spark_line(checkins, "pain"), spark_line(checkins, "fatigue")]
    return text + "\n\nLast days, 0 low to 10 high:\n" + "\n".join(lines)


def send_summary(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    checkins: list[Checkin],
    runs: list[Strategy],
    head: str = "",
    buttons: list[dict[str, str]] | None = None,
) -> None:
    """How am I doing: the words, then the chart where the channel shows images (the web
    page, Telegram, REST); the shell, or a chart that can't be kept, gets sparklines."""
    strategy = next((s for s in runs if s.ended_on is None), runs[-1] if runs else None)
    payload = None
    if checkins and shows_files(tracker):
        from selfcare.diary.chart import chart_png

        started, name = (strategy.started_on, name_of(strategy.strategy)) if strategy else (None, "strategy")
        chart = chart_png(checkins, started, name)
        try:
            payload = kept_file(
                tracker.sender_id, f"fibro-diary-chart-{today(tracker).isoformat()}.png", "image/png", chart, "photo"
            )
        except DiaryError as error:
            logger.error("the chart could not be kept (%s)", type(error).__name__)
    text = head + summary_text(checkins, strategy, sparklines=payload is None, day=today(tracker))
    dispatcher.utter_message(text=text, buttons=buttons or [])
    if payload is not None:
        dispatcher.utter_message(json_message=payload)


class ActionDiarySummary(Action):
    """How am I doing: the summary from selfcare.diary.summary, and the chart (or sparklines)."""

    def name(self) -> str:
        return "action_diary_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        sender = tracker.sender_id
        try:
            checkins = diary().checkins(sender)
            runs = diary().strategies(sender)
        except DiaryError as error:
            return unavailable(dispatcher, error)
        send_summary(dispatcher, tracker, checkins, runs, prefix, [] if checkins else [CHECKIN_BUTTON])
        return [*events, SlotSet(CONFIRM_SLOT, None)]


# --- export ------------------------------------------------------------------------------------


class ActionDiaryExport(Action):
    """Export my diary: the text for an appointment, and the CSV (a download link in the web
    page, a file on Telegram, the file's path in the shell)."""

    def name(self) -> str:
        return "action_diary_export"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        sender, day = tracker.sender_id, today(tracker)
        events.append(SlotSet(CONFIRM_SLOT, None))
        try:
            checkins, runs = diary().checkins(sender), diary().strategies(sender)
        except DiaryError as error:
            return [*events, *unavailable(dispatcher, error)]
        if not checkins:
            dispatcher.utter_message(text=prefix + EMPTY_EXPORT_REPLY, buttons=[CHECKIN_BUTTON])
            return events
        named = [Strategy(name_of(r.strategy), r.started_on, r.ended_on) for r in runs]
        text = export.appointment_text(checkins, named)
        content = export.to_csv(checkins, runs).encode("utf-8")
        if tracker.get_latest_input_channel() != SHELL_CHANNEL and not shows_files(tracker):
            dispatcher.utter_message(text=prefix + text + "\n\n" + NO_FILE_HERE_REPLY)
            return events
        if not shows_files(tracker):  # make shell: the file is written where the person is
            path = shell_export_path(sender, day)
            try:
                EXPORT_DIR.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
            except OSError as error:
                logger.error("the shell export could not be written (%s)", type(error).__name__)
                dispatcher.utter_message(text=prefix + text + "\n\nSorry, I couldn't write the CSV file just now.")
                return events
            where = path.relative_to(PROJECT_DIR) if path.is_relative_to(PROJECT_DIR) else path
            dispatcher.utter_message(text=prefix + text + f"\n\nThe CSV file (one row a day) is in {where}.")
            return events
        intro = "Here's your diary to take to an appointment, and the CSV file (one row a day) for a spreadsheet.\n\n"
        dispatcher.utter_message(text=prefix + intro + text)
        try:
            payload = kept_file(sender, f"fibro-diary-{day.isoformat()}.csv", "text/csv", content, "document")
            dispatcher.utter_message(json_message=payload)
        except DiaryError as error:
            logger.error("the export could not be kept (%s)", type(error).__name__)
            dispatcher.utter_message(text="Sorry, I couldn't make the CSV file just now. Please try again later.")
        return events


# --- reminders ----------------------------------------------------------------------------------
# Sent by the Rasa server's reminder loop (channels/reminders.py) from the diary's table: on
# Telegram always, in the web page while it is open. REST and the shell can't be reached
# unasked, so no reminder is set there.

REMINDER_CHANNELS = frozenset({"telegram", "webchat"})
NO_REMINDERS_HERE_REPLY = (
    "I can send a daily reminder on Telegram, or in the web page while it's open. "
    "Here I can only answer when you write, so I can't remind you."
)
ASK_TIME_REPLY = 'What time each day? Say, for example, "remind me at 8pm" or "remind me at 20:30".'


def metadata_zone(tracker: Tracker) -> str | None:
    """The time zone the person's channel reported with their last message (the web page)."""
    zone = latest_metadata(tracker).get("timezone")
    return str(zone) if zone else None


def reminder_text(reminder: Reminder) -> str:
    return f"{reminder.local_time.strftime('%H:%M')} every day ({reminder.time_zone.replace('_', ' ')} time)"


def set_reminder_reply(tracker: Tracker) -> str:
    """Sets the reminder the message asks for, if it can, and says what it did or needs.
    Raises DiaryError."""
    channel = tracker.get_latest_input_channel()
    if channel not in REMINDER_CHANNELS:
        return NO_REMINDERS_HERE_REPLY
    text, sender = latest_text(tracker), tracker.sender_id
    existing = diary().reminder(sender)
    named_zone = parse.parse_timezone(text)
    when = parse.parse_time(text) or (existing.local_time if existing and named_zone else None)
    zone = named_zone or metadata_zone(tracker) or (existing.time_zone if existing else None)
    if when is None:
        return ASK_TIME_REPLY
    if zone is None:
        clock = when.strftime("%H:%M")
        return (
            "Which city or time zone are you in? Say, for example, "
            f'"remind me at {clock} London time" or "remind me at {clock} Europe/Berlin".'
        )
    reminder = diary().set_reminder(sender, when, zone, channel)
    where = "here on Telegram" if channel == "telegram" else "in this page while it's open"
    return (
        f"Done: I'll remind you to check in at {reminder_text(reminder)}, {where}. "
        'Say "stop reminders" to turn it off.'
    )


def show_reminder_reply(tracker: Tracker) -> str:
    reminder = diary().reminder(tracker.sender_id)
    if reminder is None:
        return 'You have no check-in reminder. Say, for example, "remind me at 8pm" to set one.'
    return f'Your check-in reminder is at {reminder_text(reminder)}. Say "stop reminders" to turn it off.'


def stop_reminder_reply(tracker: Tracker) -> str:
    removed = diary().clear_reminder(tracker.sender_id)
    return "Okay, no more reminders." if removed else "You had no reminder, so there's nothing to turn off."


# A diary request that needs the question left first: what to say, in order.
LEAVE_FIRST = {
    "delete_diary": 'To delete your diary, first say "stop" to leave this question, then say "delete my data" again.',
    "diary_summary": 'To see your diary, first say "stop" to leave this question, then say "show my diary" again.',
    "export_diary": 'To get a copy of your diary, first say "stop" to leave this question, then ask for it again.',
}
REMINDER_REPLIES = {
    "set_reminder": set_reminder_reply,
    "show_reminder": show_reminder_reply,
    "stop_reminder": stop_reminder_reply,
}


class _ReminderAction(Action):
    """Set, show or stop the reminder: the reply of REMINDER_REPLIES[intent]."""

    intent = ""

    def name(self) -> str:
        return f"action_reminder_{self.intent.split('_')[0]}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        prefix, events = crisis_prefix(tracker)
        try:
            text = REMINDER_REPLIES[self.intent](tracker)
        except DiaryError as error:
            return [*events, *unavailable(dispatcher, error)]
        dispatcher.utter_message(text=prefix + text)
        return [*events, SlotSet(CONFIRM_SLOT, None)]


class ActionReminderSet(_ReminderAction):
    """ "Remind me at 8pm": the daily check-in reminder, at a time of the person's clock (a
    zone or city they name, else their web page's, else the one they used before)."""

    intent = "set_reminder"


class ActionReminderShow(_ReminderAction):
    """ "When is my reminder?"."""

    intent = "show_reminder"


class ActionReminderStop(_ReminderAction):
    """ "Stop reminding me": the reminder is removed."""

    intent = "stop_reminder"


class ActionCheckinReminder(Action):
    """The reminder itself (the external intent the reminder loop triggers): a nudge with
    the check-in button, unless today's check-in is already done."""

    def name(self) -> str:
        return "action_checkin_reminder"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        sender = tracker.sender_id
        try:  # the person's day, as the check-in is dated (the reminder's zone)
            day = today(tracker)
            done = bool(diary().checkins(sender, start=day, end=day))
        except DiaryError as error:
            logger.error("reminder skipped: diary unavailable (%s)", type(error).__name__)
            return []
        if not done:
            dispatcher.utter_message(
                text="Time for today's check-in: pain, fatigue and sleep, a minute at most. "
                'Say "stop reminders" to turn these off.',
                buttons=[CHECKIN_BUTTON],
            )
        return []

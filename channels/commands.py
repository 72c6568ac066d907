"""What a typed /command does, decided once for every channel.

Rasa reads any message that starts with "/" as an intent. Buttons rely on that (they
send '/ask{"group": "food"}', the web page's first message is "/greet"), but a person
who types one of Rasa's own intents ran Rasa's default action, which says nothing:
"/restart" and "/session_start" got REST's generic apology and silence on the web page,
"/back" silently rewound the conversation, and "/stop" (which ends `make shell`) got an
answer about stopping a medicine. Telegram already answered its own commands and said
"I don't know that command" to anything else.

Now, on every channel:

| typed      | what happens                                                            |
| ---------- | ----------------------------------------------------------------------- |
| /start     | the greeting (the "/greet" intent, as the web page's first message)      |
| /help      | what the assistant does, the commands, crisis numbers, topic buttons     |
| /restart   | Rasa's restart (what we talked about is set aside, the conversation stays |
|            | stored), then RESTART_REPLY says so                                      |
| /forget    | REST and Telegram erase the conversation; the web page points to its     |
|            | "Forget this conversation" link, which also clears the page              |
| any other  | UNKNOWN_COMMAND_REPLY. On REST and the web chat, a "/name" that is none  |
|            | of these nor one of Rasa's own intents is a button's intent payload and |
|            | goes to Rasa as before                                                   |

Commands the channel answers itself (/help, /forget, unknown ones) never reach Rasa and
are not stored. Plain functions and texts; the channels do the sending.
"""

from __future__ import annotations

import re

from selfcare import knowledge, safety

START, HELP, RESTART, FORGET = "start", "help", "restart", "forget"
COMMANDS = (START, HELP, RESTART, FORGET)
UNKNOWN = "unknown"
# Rasa's own intents and the shell's exit: typed, they are commands nobody here runs.
NOT_AVAILABLE = frozenset({"back", "session_start", "stop", "nlu_fallback"})

GREET_MESSAGE = "/greet"  # what /start sends into Rasa
RESTART_MESSAGE = "/restart"  # Rasa's restart intent: its default action resets the tracker

# "/name", "/name@bot" (Telegram groups), "/name words" or an intent payload "/name{...}".
_TYPED = re.compile(r"\s*/([A-Za-z_]+)(?:@[A-Za-z0-9_]+)?(?:[\s{\[].*)?", re.DOTALL)

UNKNOWN_COMMAND_REPLY = "I don't know that command. Type /help to see what I can do, or just type your question."
RESTART_REPLY = (
    "Okay, let's start over. I've set aside what we were talking about, so I won't build on "
    "it. What would you like to know?"
)
FORGET_DONE_REPLY = "Done. I've erased our conversation, so I no longer remember anything we talked about."
WEB_FORGET_REPLY = (
    'To erase this conversation, use "Forget this conversation" below the chat: it erases it '
    "on the assistant and clears it from this page."
)

_KNOWLEDGE = knowledge.load()
TOPIC_BUTTONS: list[dict[str, str]] = _KNOWLEDGE.topic_buttons()


def to_rasa(command: str | None, text: str) -> str:
    """What a message that types `command` sends into Rasa: /start the greeting, /restart
    Rasa's restart; anything else (no command, a button's intent payload) as typed."""
    return {START: GREET_MESSAGE, RESTART: RESTART_MESSAGE}.get(command or "", text)


def command_of(text: str, intent_payloads: bool) -> str | None:
    """The command `text` types (one of COMMANDS, or UNKNOWN), or None when it is not one.

    `intent_payloads`: on REST and the web chat, buttons send intents as "/name{...}" and
    those must reach Rasa, so only COMMANDS and NOT_AVAILABLE are commands there; on
    Telegram buttons arrive separately and every typed "/name" is a command."""
    match = _TYPED.fullmatch(text)
    if match is None:
        return None
    name = match.group(1).lower()
    if name in COMMANDS:
        return name
    if intent_payloads and name not in NOT_AVAILABLE:
        return None
    return UNKNOWN


def _helpline_lines(locale: str | None = None) -> list[str]:
    """Crisis and emergency numbers for the person's locale, from the same reviewed
    data/safety/helplines.yml the safety replies use."""
    order = {"crisis": 0, "urgent": 1, "emergency": 2}
    entries = sorted(safety.helplines(locale), key=lambda entry: order.get(str(entry.get("kind")), 3))
    return [f"{entry['label']}: {entry['text']}" for entry in entries if entry.get("label") and entry.get("text")]


def help_text(locale: str | None = None, web_page: bool = False) -> str:
    """/help: what the assistant does, the commands of this channel, and crisis numbers."""
    numbers = "\n".join(f"- {line}" for line in _helpline_lines(locale))
    forget = (
        '"Forget this conversation" (below the chat) - erase our conversation'
        if web_page
        else "/forget - erase our conversation from my memory"
    )
    return (
        "I'm a self-care assistant for people living with fibromyalgia. I can share "
        "reviewed, sourced information on:\n" + "".join(f"- {group.says}\n" for group in _KNOWLEDGE.groups) + "\n"
        'Just type a question in your own words, for example "is walking good for fibro?", '
        "or pick a topic below.\n\n"
        "I'm an automated assistant, not a doctor: I can't diagnose you or advise on your own "
        "treatment. For that, please talk to your doctor or pharmacist.\n\n"
        "Commands:\n"
        "/start - say hello and see the topics\n"
        "/help - this message\n"
        "/restart - start over (I set aside what we talked about)\n"
        f"{forget}\n\n"
        "If you are in danger, or thinking about harming yourself, please reach a person now:\n"
        f"{numbers}"
    )

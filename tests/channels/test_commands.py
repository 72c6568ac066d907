"""Which typed texts are commands (channels/commands.py); the channels' replies to them
are tested on the real servers (tests/test_server.py, tests/channels/test_webchat.py,
tests/channels/test_telegram.py)."""

from __future__ import annotations

import pytest

from channels import commands
from channels.commands import FORGET, HELP, RESTART, START, UNKNOWN, command_of


@pytest.mark.parametrize(
    "text, on_rest_and_web, on_telegram",
    [
        ("/restart", RESTART, RESTART),
        ("/RESTART", RESTART, RESTART),
        ("  /restart  ", RESTART, RESTART),
        ("/restart please", RESTART, RESTART),
        ('/restart{"entry": "x"}', RESTART, RESTART),
        ("/help", HELP, HELP),
        ("/start", START, START),
        ("/forget", FORGET, FORGET),
        ("/forget@fibro_bot", FORGET, FORGET),
        ("/stop", UNKNOWN, UNKNOWN),
        ("/back", UNKNOWN, UNKNOWN),
        ("/session_start", UNKNOWN, UNKNOWN),
        ("/stop[1]", UNKNOWN, UNKNOWN),
        # buttons' intent payloads go to Rasa on REST and the web page; Telegram refuses them
        ('/ask{"group": "food"}', None, UNKNOWN),
        ("/greet", None, UNKNOWN),
        ("/nonexistent_intent", None, UNKNOWN),
        # not commands at all
        ("hello /restart", None, None),
        ("restart", None, None),
        ("", None, None),
    ],
)
def test_what_is_a_command(text, on_rest_and_web, on_telegram):
    assert command_of(text, intent_payloads=True) == on_rest_and_web
    assert command_of(text, intent_payloads=False) == on_telegram


def test_help_names_the_commands_of_each_channel_and_the_numbers_for_the_locale():
    text = commands.help_text("en-GB")
    assert "/restart" in text and "/forget" in text and "999" in text and "911" not in text
    web = commands.help_text(web_page=True)
    assert "Forget this conversation" in web and "/forget" not in web
    assert len(commands.TOPIC_BUTTONS) >= 4

"""Safety survives outages: with the action server dead or hung, the Rasa server itself
answers (crisis help included), and the conversation goes on once it is back.

Real servers on free ports, over REST; the action server is really killed, and a hung
one is a socket that accepts connections and never answers.
"""

from __future__ import annotations

import socket
import uuid

import pytest

from devtools.servers import server_env, start_action_server, start_assistant

pytestmark = pytest.mark.slow

CRISIS = "i have been saving my pills and i am going to take them all tonight. bye"
EMERGENCY = "my husband collapsed and isn't breathing properly, his lips are blue"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    env = server_env(FIBRO_ACTION_TIMEOUT="3", FIBRO_ANSWER_TIMEOUT="6")
    running = start_assistant(tmp_path_factory.mktemp("outage"), env=env)
    yield running
    running.stop()


def texts(assistant, who: str, message: str) -> str:
    status, body = assistant.send(who, message, timeout=60)
    assert status == 200, (status, body)
    joined = "\n".join(m.get("text", "") for m in body)
    assert joined.strip(), "silence"
    return joined


def test_help_comes_from_the_rasa_server_while_the_action_server_is_down_and_after(assistant):
    who = f"outage-{uuid.uuid4().hex[:8]}"
    assert "Source" in texts(assistant, who, "is walking good for fibro?")
    assistant.actions.stop()
    try:
        reply = texts(assistant, who, CRISIS)
        assert "988" in reply and "116 123" in reply and "safe right now" in reply.lower()
        reply = texts(assistant, who, EMERGENCY)
        assert "911" in reply and "112" in reply
        # an ordinary question gets an apology, not silence
        assert "try again" in texts(assistant, who, "what helps with fibro fog?")
        # and the conversation is not muted: a second crisis message is still answered
        assert "988" in texts(assistant, who, "i want to die")
    finally:
        assistant.actions, _ = start_action_server(assistant.workdir, port=assistant.actions_port)
    reply = texts(assistant, who, "is walking good for fibro?")
    assert "Source" in reply


def test_a_hung_action_server_does_not_hold_a_crisis_reply(assistant):
    who = f"hung-{uuid.uuid4().hex[:8]}"
    assistant.actions.stop()
    hung = socket.socket()
    hung.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    hung.bind(("127.0.0.1", assistant.actions_port))
    hung.listen(16)  # accepts connections into the backlog; never reads or answers
    try:
        reply = texts(assistant, who, CRISIS)
        assert "988" in reply and "safe right now" in reply.lower()
        # an ordinary question waits longer for a busy action server, then gets the apology
        assert "try again" in texts(assistant, who, "what helps with fibro fog?")
    finally:
        hung.close()
        assistant.actions, _ = start_action_server(assistant.workdir, port=assistant.actions_port)
    assert "Source" in texts(assistant, who, "what is pacing?")

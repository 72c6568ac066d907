"""The action server answers the Rasa server only (actions/auth.py): a real action
server, called directly as an intruder would, with and without the shared token."""

from __future__ import annotations

import json

import pytest

from actions import auth
from channels.shared_secrets import MissingSecret
from devtools.servers import (
    ACTION_SERVER_TOKEN,
    ROOT,
    free_port,
    http_get,
    http_post_json,
    server_env,
    start,
    start_action_server,
)

TEXT = "i want to die tonight"
LATEST = {"text": TEXT, "intent": {"name": "crisis", "confidence": 1.0}, "entities": []}
# What a direct POST would send to forge a crisis event: a crisis action "from telegram".
CRISIS_CALL = {
    "next_action": "action_crisis_response",
    "sender_id": "forged",
    "version": "3.6.21",
    "tracker": {
        "sender_id": "forged",
        "slots": {"crisis_active": False, "locale": None},
        "latest_message": LATEST,
        "latest_event_time": 1.0,
        "followup_action": None,
        "paused": False,
        "latest_input_channel": "telegram",
        "active_loop": {},
        "latest_action_name": "action_listen",
        "events": [{"event": "user", "text": TEXT, "parse_data": LATEST, "input_channel": "telegram"}],
    },
}


def test_the_token_is_required():
    for env in ({}, {"ACTION_SERVER_TOKEN": ""}, {"ACTION_SERVER_TOKEN": "short"}):
        with pytest.raises(MissingSecret):
            auth.TOKEN.required(env)
    assert auth.TOKEN.required({"ACTION_SERVER_TOKEN": "x" * 20}) == "x" * 20


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("action-auth")
    safety_events = workdir / "safety-events.jsonl"
    process, port = start_action_server(workdir, env=server_env(FIBRO_SAFETY_LOG=str(safety_events)))
    yield f"http://127.0.0.1:{port}", safety_events, process
    process.stop()


@pytest.mark.slow
def test_a_direct_call_without_the_token_is_refused_and_logs_no_crisis_event(action_server):
    url, safety_events, process = action_server
    for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": ACTION_SERVER_TOKEN}):
        status, body = http_post_json(f"{url}/webhook", CRISIS_CALL, headers=headers)
        assert status == 401 and "error" in body, (headers, status, body)
    # The token as a query parameter (Rasa's `token:` setting) is not accepted either.
    status, _ = http_post_json(f"{url}/webhook?token={ACTION_SERVER_TOKEN}", CRISIS_CALL)
    assert status == 401
    assert http_get(f"{url}/actions")[0] == 401
    assert not safety_events.exists() or safety_events.read_text() == ""
    assert http_get(f"{url}/health")[0] == 200  # health checks need no token
    assert TEXT not in process.log.read_text(errors="replace")

    # The same call with the Rasa server's token runs, and is counted: the check above can fail.
    status, body = http_post_json(
        f"{url}/webhook", CRISIS_CALL, headers={"Authorization": f"Bearer {ACTION_SERVER_TOKEN}"}
    )
    assert status == 200 and "988" in body["responses"][0]["text"], body
    assert [json.loads(line)["category"] for line in safety_events.read_text().splitlines()] == ["crisis"]


@pytest.mark.slow
def test_the_action_server_refuses_to_start_without_a_token(tmp_path):
    env = server_env(SANIC_HOST="127.0.0.1")
    env.pop("ACTION_SERVER_TOKEN")
    process = start(
        "action server",
        [str(ROOT / ".venv/bin/rasa"), "run", "actions", "--actions", "actions", "--port", str(free_port())],
        tmp_path / "a.log",
        env,
    )
    try:
        process.popen.wait(timeout=120)  # it must exit by itself
        assert process.popen.returncode != 0
        assert "ACTION_SERVER_TOKEN is not set" in process.log.read_text(errors="replace")
    finally:
        process.stop()

"""The REST channel's optional token (channels/rest.py): REST_TOKEN set, every
/webhooks/rest/ route needs `Authorization: Bearer <token>`; unset, REST is open."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator

import pytest

from channels import rest
from channels.shared_secrets import MissingSecret
from devtools.servers import (
    Assistant,
    http_get,
    http_post_json,
    server_env,
    start_assistant,
)

TOKEN = "rest-token-" + uuid.uuid4().hex


def test_the_token_is_optional_but_never_short():
    assert rest.TOKEN.optional({}) is None
    assert rest.TOKEN.optional({"REST_TOKEN": "  "}) is None
    assert rest.TOKEN.optional({"REST_TOKEN": f" {TOKEN}\n"}) == TOKEN
    with pytest.raises(MissingSecret) as short:
        rest.TOKEN.optional({"REST_TOKEN": "short"})
    assert "REST_TOKEN" in str(short.value)


@pytest.fixture(scope="module")
def locked(tmp_path_factory) -> Iterator[Assistant]:
    """The real servers with REST_TOKEN set for the Rasa server."""
    workdir = tmp_path_factory.mktemp("rest-token")
    running = start_assistant(workdir, env=server_env(REST_TOKEN=TOKEN))
    yield running
    running.stop()


def stored_user_turns(server: Assistant, sender: str) -> int:
    with sqlite3.connect(server.workdir / "conversations.db") as db:
        return db.execute(
            "SELECT COUNT(*) FROM events WHERE sender_id = ? AND type_name = 'user'", (sender,)
        ).fetchone()[0]


@pytest.mark.slow
def test_with_rest_token_set_rest_answers_only_the_bearer(locked):
    me = f"token-test-{uuid.uuid4().hex[:8]}"
    webhook = f"{locked.url}/webhooks/rest/webhook"
    message = {"sender": me, "message": "is walking good for fibro?"}
    for headers in (
        {},
        {"Authorization": "Bearer wrong-token-0123456789"},
        {"Authorization": TOKEN},
        {"Authorization": f"Basic {TOKEN}"},
    ):
        status, body = http_post_json(webhook, message, headers=headers)
        assert status == 401 and "Bearer" in body["error"], (headers, status, body)
    status, body = http_post_json(f"{webhook}?token={TOKEN}", message)
    assert status == 401, body
    status, body = http_post_json(f"{webhook}?stream=true", message)
    assert status == 401, body
    # The health route answers without the token (probes carry none) and says only whether
    # a model is loaded.
    assert http_get(f"{locked.url}/webhooks/rest/") == (200, b'{"status":"ok"}')
    assert stored_user_turns(locked, me) == 0

    bearer = {"Authorization": f"Bearer {TOKEN}"}
    status, body = http_post_json(webhook, message, headers=bearer)
    assert status == 200 and "low-impact way to start" in " ".join(m.get("text", "") for m in body), body
    assert stored_user_turns(locked, me) == 1

    forget = f"{locked.url}/webhooks/rest/forget"
    status, _ = http_post_json(forget, {"sender": me})
    assert status == 401 and stored_user_turns(locked, me) == 1
    status, body = http_post_json(forget, {"sender": me}, headers=bearer)
    assert status == 200 and body == {"erased": True}, body
    assert stored_user_turns(locked, me) == 0
    # The token guards REST only: the rest of the server answers as before.
    assert http_get(f"{locked.url}/")[0] == 200
    assert http_get(f"{locked.url}/webhooks/webchat/")[0] == 200
    # Nothing of the token in the server's log.
    assert TOKEN not in locked.rasa.log.read_text(errors="replace")

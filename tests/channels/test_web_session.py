"""Signed web chat session ids (channels/web_session.py): only what this server
issued with its key passes."""

from __future__ import annotations

import pytest

from channels import web_session
from channels.shared_secrets import MissingSecret
from channels.validation import OTHER_CHANNEL_SENDER_ID, valid_sender_id

KEY = b"this-install-key-0123456789"
OTHER_KEY = b"another-install-key-0123456789"


def test_an_issued_id_verifies_and_each_is_new():
    first, second = web_session.issue(KEY), web_session.issue(KEY)
    assert first != second
    for session_id in (first, second):
        random_part, signature = session_id.split(".")
        assert len(random_part) == 32 and len(signature) == 64
        assert web_session.verify(KEY, session_id)
        # A valid sender id in the database's terms, and one REST refuses.
        assert valid_sender_id(session_id) and OTHER_CHANNEL_SENDER_ID.fullmatch(session_id)


def _forgeries(issued: str) -> list:
    random_part, signature = issued.split(".")
    flipped = "0" if signature[-1] != "0" else "1"
    return [
        random_part,  # unsigned: what earlier versions issued
        "0123456789abcdef0123456789abcdef." + "0" * 64,  # made up
        f"{random_part}.{signature[:-1]}",  # truncated signature
        f"{random_part}.",  # signature cut off
        issued[:-1] + flipped,  # one digit changed
        f"{random_part[:-1]}{'0' if random_part[-1] != '0' else '1'}.{signature}",  # other random
        web_session.issue(OTHER_KEY),  # signed with another key
        issued.upper(),
        issued + "\n",
        f" {issued}",
        None,
        12345,
        [issued],
        "",
    ]


def test_forged_truncated_or_foreign_ids_are_refused():
    issued = web_session.issue(KEY)
    for forged in _forgeries(issued):
        assert not web_session.verify(KEY, forged), forged
    # The same random part re-signed with another key is not this server's either.
    random_part = issued.split(".")[0]
    resigned = f"{random_part}.{web_session._signature(OTHER_KEY, random_part)}"
    assert not web_session.verify(KEY, resigned)
    assert web_session.verify(OTHER_KEY, resigned)


@pytest.mark.parametrize(
    "env", [{}, {"WEB_SESSION_KEY": ""}, {"WEB_SESSION_KEY": "short"}, {"WEB_SESSION_KEY": "   " + "x" * 10 + "   "}]
)
def test_no_key_no_web_chat(env):
    with pytest.raises(MissingSecret) as missing:
        web_session.KEY.required(env)
    assert "WEB_SESSION_KEY" in str(missing.value)


def test_the_key_comes_from_the_environment():
    assert web_session.KEY.required({"WEB_SESSION_KEY": " " + "k" * 20 + "\n"}) == "k" * 20

"""Shared secrets from the environment and the bearer check (channels/shared_secrets.py),
used by the action server's token, the web chat's key and REST's token."""

from __future__ import annotations

import pytest

from channels.shared_secrets import MIN_CHARS, MissingSecret, Secret, bearer_authorized

SECRET = Secret("SOME_SECRET", "set it in deploy/.env.")
VALUE = "v" * MIN_CHARS


@pytest.mark.parametrize("env", [{}, {"SOME_SECRET": ""}, {"SOME_SECRET": " \n"}])
def test_unset_a_required_secret_stops_and_an_optional_one_is_off(env):
    with pytest.raises(MissingSecret) as missing:
        SECRET.required(env)
    assert str(missing.value) == "SOME_SECRET is not set: set it in deploy/.env."
    assert SECRET.optional(env) is None


@pytest.mark.parametrize("value", ["abcde", "v" * (MIN_CHARS - 1), "  " + "v" * (MIN_CHARS - 1) + "  "])
def test_a_short_secret_stops_required_or_not(value):
    for read in (SECRET.required, SECRET.optional):
        with pytest.raises(MissingSecret) as short:
            read({"SOME_SECRET": value})
        assert f"shorter than {MIN_CHARS} characters" in str(short.value)
        assert value.strip() not in str(short.value)  # the message never shows the secret


def test_a_secret_is_read_stripped():
    assert SECRET.required({"SOME_SECRET": f" {VALUE}\n"}) == SECRET.optional({"SOME_SECRET": VALUE}) == VALUE


@pytest.mark.parametrize(
    "header, ok",
    [
        (f"Bearer {VALUE}", True),
        (f"Bearer  {VALUE} ", True),
        (None, False),
        ("", False),
        (VALUE, False),
        (f"Basic {VALUE}", False),
        (f"bearer {VALUE}", False),
        (f"Bearer {VALUE[:-1]}", False),
        (f"Bearer {VALUE}x", False),
        ("Bearer ", False),
        ("Bearer \udcff", False),
    ],
)
def test_only_the_bearer_token_is_authorized(header, ok):
    assert bearer_authorized(header, VALUE) is ok

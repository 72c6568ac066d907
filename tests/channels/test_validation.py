"""What the input channels accept (channels/validation.py), without a server.

The same checks run on the real server in tests/test_fuzz.py.
"""

from __future__ import annotations

import json

import pytest

from channels import validation, web_session
from channels.validation import InvalidRequest, rest_message


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_a_well_formed_message_is_accepted_with_only_the_locale_kept():
    message = rest_message(
        body(
            sender="web-1:a@b.c",
            message="is walking good for fibro?",
            metadata={"locale": "en-GB", "anything": {"else": 1}},
            input_channel="telegram",
        )
    )
    assert message == validation.RestMessage("web-1:a@b.c", "is walking good for fibro?", {"locale": "en-GB"})


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"   ", "empty"),
        (b"null", "not an object"),
        (b"[]", "not an object"),
        (b"1", "not an object"),
        (b'"x"', "not an object"),
        (b"{not json", "not valid JSON"),
        (b'{"sender": "a", "message": "caf\xe9"}', "not valid JSON in UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested"),
        (body(sender="a", message="hi", metadata={"a": [[[[[[[[[]]]]]]]]]}), "nested"),
        (body(message="hi"), '"sender" is missing'),
        (body(sender="a"), '"message" is missing'),
        (body(sender="a", message=None), '"message" is missing'),
        (body(sender=12, message="hi"), '"sender" must be'),
        (body(sender="", message="hi"), '"sender" must be'),
        (body(sender="a b", message="hi"), '"sender" must be'),
        (body(sender="ü", message="hi"), '"sender" must be'),
        (body(sender="a" * 129, message="hi"), '"sender" must be'),
        (body(sender="a", message=["hi"]), '"message" must be a string'),
        (body(sender="a", message={"text": "hi"}), '"message" must be a string'),
        (body(sender="a", message="hi \ud800 there"), "not valid Unicode"),
        (body(sender="a", message="hi", metadata="en-GB"), '"metadata" must be a JSON object'),
        (body(sender="a", message="hi", metadata=[1]), '"metadata" must be a JSON object'),
    ],
)
def test_malformed_bodies_are_refused_with_a_reason(raw, reason):
    with pytest.raises(InvalidRequest) as refused:
        rest_message(raw)
    assert reason in str(refused.value)


def test_the_reason_never_quotes_the_request():
    marker = "zebra-marker-7"
    for raw in (
        body(sender=marker + " x", message=marker),
        body(sender="a", message=marker + "\ud800"),
        body(sender="a", message=[marker]),
        marker.encode(),
        json.dumps([marker]).encode(),
    ):
        with pytest.raises(InvalidRequest) as refused:
            rest_message(raw)
        assert marker not in str(refused.value)


def test_the_largest_sender_id_and_a_valid_pair_of_surrogates_are_accepted():
    assert rest_message(body(sender="a" * 128, message="😭")).text == "😭"
    assert rest_message(b'{"sender": "a", "message": "\\ud83d\\ude2d"}').text == "😭"


def test_a_long_message_is_cut_to_its_start_and_its_end():
    text = "a" * validation.MAX_MESSAGE_CHARS + " i want to end it all"
    cut = rest_message(body(sender="a", message=text)).text
    assert len(cut) <= validation.MAX_MESSAGE_CHARS + len(validation.CUT_MARK)
    assert cut.startswith("a" * validation.HEAD_CHARS) and cut.endswith("i want to end it all")
    short = "x" * validation.MAX_MESSAGE_CHARS
    assert validation.cut_message(short) == short


def test_the_safety_gate_reads_all_the_cut_keeps():
    from components import safety_gate

    # its start and end whole, and everything between them sentence by sentence
    assert (safety_gate.HEAD_CHARS, safety_gate.TAIL_CHARS) < (validation.HEAD_CHARS, validation.TAIL_CHARS)
    sentence = "day {} was slow and stiff."
    text = validation.cut_message(" ".join(sentence.format(n) for n in range(2000)))
    assert len(text) > validation.MAX_MESSAGE_CHARS
    start, end = safety_gate.assessed_text(text).split(" … ")
    middle = safety_gate.middle_sentences(text)
    read = [n for n in range(2000) if any(sentence.format(n) in part for part in (start, end, *middle))]
    kept = [n for n in range(2000) if sentence.format(n) in text]
    assert read == kept


def test_channels_that_cannot_refuse_replace_lone_surrogates():
    assert validation.clean_message("hi \ud800 there") == "hi \ufffd there"
    assert validation.clean_message("hi 😭") == "hi 😭"


def test_the_body_limit_fits_the_longest_message_in_any_script():
    escaped = json.dumps({"sender": "a" * 128, "message": "я" * 20_000, "metadata": {"locale": "ru"}})
    assert len(escaped.encode()) <= validation.MAX_BODY_BYTES


@pytest.mark.parametrize(
    "sender",
    [
        "123456789",
        "7",
        "-1001234567890",  # Telegram chat ids (private, group)
        "0123456789abcdef0123456789abcdef",  # a web chat session id of earlier versions
        "0123456789abcdef0123456789abcdef." + "ab" * 32,  # a signed one (channels/web_session.py)
        web_session.issue(b"k" * 32),
    ],
)
def test_rest_may_not_use_another_channels_conversation_ids(sender):
    with pytest.raises(InvalidRequest) as refused:
        rest_message(body(sender=sender, message="what did i ask you before?"))
    assert "Telegram chat id or a web chat session id" in str(refused.value)
    assert sender not in str(refused.value)


@pytest.mark.parametrize(
    "sender",
    [
        "me",
        "1a",
        "1.5",
        "0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef0123456789abcde",
        "3f2b8c1e-5d4a-4b7e-9c2f-1a2b3c4d5e6f",  # uuidgen, as the README suggests
    ],
)
def test_other_rest_sender_ids_are_accepted(sender):
    assert rest_message(body(sender=sender, message="hi")).sender_id == sender

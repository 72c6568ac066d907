"""The input guard: what reaches the tokenizer is bounded; the full text is kept aside."""

from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from components.input_guard import FULL_TEXT, InputGuard


def test_short_messages_are_left_alone():
    message = Message(data={"text": "is yoga ok"})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "is yoga ok"
    assert message.get(FULL_TEXT) is None


def test_long_messages_are_cut_and_the_full_text_kept():
    text = "x" * 5000
    message = Message(data={"text": text})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "x" * 1000
    assert message.get(FULL_TEXT) == text


def test_full_width_letters_are_read_as_ordinary_ones():
    # the twenty-fifth red team's "how to sleep better" in full-width letters got "I can only
    # understand English"
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in "how to sleep better?")
    message = Message(data={"text": full_width.replace(" ", "\u3000", 1)})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "how to sleep better?"


def test_other_scripts_are_left_as_typed():
    message = Message(data={"text": "jak działa pregabalina? ½ dnia"})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "jak działa pregabalina? ½ dnia"


def test_letters_spelled_out_are_read_as_their_words():
    # the twenty-sixth red team's "F A T I G U E" and "s.l.e.e.p t.i.p.s" got the crisis reply
    message = Message(data={"text": "W H A T   H E L P S   F A T I G U E"})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "WHAT HELPS FATIGUE"
    message = Message(data={"text": "s.l.e.e.p t.i.p.s"})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "sleep tips"

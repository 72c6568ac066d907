"""The NLU components: the safety gate's decision and the input guard's cut."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from components.input_guard import InputGuard
from components.safety_gate import SafetyGate, decide

RANKING = [{"name": "crisis", "confidence": 0.6}, {"name": "ask_flare", "confidence": 0.3},
           {"name": "greet", "confidence": 0.1}]


@pytest.mark.parametrize("text, predicted, expected", [
    ("i want to die", "greet", "crisis"),                       # classifier wrong: gate fixes it
    ("i want to die", "crisis", "crisis"),
    ("my family would be better off without me", "ask_basics", "crisis"),
    ("my face is drooping and my speech is slurred", "ask_basics", "medical_emergency"),
    ("this pain is killing me", "crisis", "ask_flare"),          # figure of speech: next best intent
    ("this pain is killing me", "ask_flare", None),              # nothing to change
    ("is walking good for fibro?", "ask_exercise", None),
    ("", "greet", "nlu_fallback"),
    ("😭😭😭", "ask_flare", "nlu_fallback"),
    ("?!", "greet", "nlu_fallback"),
])
def test_decide(text, predicted, expected):
    assert decide(text, predicted, RANKING) == expected


def test_gate_overrides_the_intent_with_full_confidence():
    message = Message(data={"text": "how many pills would it take to end it",
                            "intent": {"name": "ask_therapies", "confidence": 0.8},
                            "intent_ranking": RANKING})
    [processed] = SafetyGate().process([message])
    assert processed.get("intent") == {"name": "crisis", "confidence": 1.0}


def test_gate_uses_the_full_text_when_the_guard_cut_it():
    text = "fibro " * 400 + "and honestly i want to kill myself"
    message = Message(data={"text": text, "intent": {"name": "ask_basics", "confidence": 0.9}})
    InputGuard({"max_chars": 1000}).process([message])
    assert len(message.get("text")) == 1000
    [processed] = SafetyGate().process([message])
    assert processed.get("intent")["name"] == "crisis"


def test_guard_leaves_short_messages_alone():
    message = Message(data={"text": "is yoga ok"})
    InputGuard({"max_chars": 1000}).process([message])
    assert message.get("text") == "is yoga ok"

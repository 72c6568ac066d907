"""An NLU pipeline component that gives safety the last word on the intent."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from components.input_guard import FULL_TEXT
from selfcare import safety

CRISIS_INTENT = "crisis"
EMERGENCY_INTENT = "medical_emergency"
FALLBACK_INTENT = "nlu_fallback"
# A classifier vote for these intents is only kept when safety.assess agrees or
# cannot rule it out; see `decide`.
ALARM_INTENTS = {CRISIS_INTENT, EMERGENCY_INTENT}


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def decide(text: str, intent: str | None, ranking: List[Dict[str, Any]]) -> str | None:
    """Returns the intent that must replace the classifier's, or None to keep it.

    - safety.assess finds a crisis or an emergency: that intent, whatever was predicted.
    - the classifier says crisis/emergency but the text is a figure of speech
      ("this pain is killing me"): the best non-alarm intent from the ranking.
    - no letters at all (empty, emoji, punctuation): nlu_fallback.
    """
    assessment = safety.assess(text)
    if assessment.category == safety.CRISIS:
        return CRISIS_INTENT
    if assessment.category == safety.EMERGENCY:
        return EMERGENCY_INTENT
    if not _has_words(text):
        return FALLBACK_INTENT
    if intent in ALARM_INTENTS and safety.is_figure_of_speech(text):
        for candidate in ranking:
            name = candidate.get(INTENT_NAME_KEY)
            if name and name not in ALARM_INTENTS and name != FALLBACK_INTENT:
                return name
        return FALLBACK_INTENT
    return None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class SafetyGate(GraphComponent):
    """Overrides the predicted intent with the result of selfcare/safety.

    It runs after the classifier and the FallbackClassifier, so a crisis message
    reaches the crisis rule even when the classifier was unsure or wrong.
    """

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyGate":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(FULL_TEXT) or message.get(TEXT) or ""
            predicted = message.get(INTENT) or {}
            ranking = message.get(INTENT_RANKING_KEY) or []
            override = decide(text, predicted.get(INTENT_NAME_KEY), ranking)
            if override is not None:
                message.set(
                    INTENT,
                    {INTENT_NAME_KEY: override, PREDICTED_CONFIDENCE_KEY: 1.0},
                    add_to_output=True,
                )
        return messages

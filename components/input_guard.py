"""An NLU pipeline component that bounds what reaches the tokenizer."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from selfcare.safety.normalise import join_letters

# Full-width letters and the ideographic space ("how to sleep" typed in U+FF48 U+FF4F ...): a phone keyboard's other
# width, read as the ordinary letters they are (the twenty-fifth red team's got "English only").
_FULL_WIDTH = re.compile("[\u3000\uff01-\uff5e]")

# Where the uncut text is kept for components that must see all of it (the safety gate).
FULL_TEXT = "full_text"


# Registered as a tokenizer-stage component only so that the recipe runs it first,
# on both training data and incoming messages; it does not tokenize.
@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class InputGuard(GraphComponent):
    """Cuts a message to `max_chars` before spaCy and the classifier see it, and reads
    full-width letters as ordinary ones.

    The full text stays in the conversation tracker; only the copy that is parsed
    is cut, so a 20,000-character paste costs no more than a long question.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"max_chars": 1000}

    def __init__(self, config: dict[str, Any]) -> None:
        self._max_chars = int(config["max_chars"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> InputGuard:
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and _FULL_WIDTH.search(text):
                text = unicodedata.normalize("NFKC", text)
                message.set(TEXT, text)
            if isinstance(text, str) and (joined := join_letters(text)) != text:
                # "F A T I G U E", "s.l.e.e.p t.i.p.s": the words they spell
                text = joined
                message.set(TEXT, text)
            if isinstance(text, str) and len(text) > self._max_chars:
                message.set(FULL_TEXT, text)
                message.set(TEXT, text[: self._max_chars])
        return messages

"""The NLU pipeline component that decides each message's risk, once, and routes it.

It runs after the intent classifier and the FallbackClassifier. It asks the safety
rules (selfcare.safety.rules) and the risk model (selfcare.safety.model, trained here
during `rasa train` on data/safety/training/, kept in the model archive), combines them
(selfcare.safety.risk.decide), puts the decision on the parsed message as `risk` for
the actions to read, and overrides the intent whenever there is risk, so a crisis that
ends with "bye" or "thanks" still reaches the crisis rule.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.entry_ranker import ASK_INTENT, DELETE_INTENT, ENTRY_RANKING
from components.input_guard import FULL_TEXT
from components.trained import TrainedComponent
from selfcare import knowledge, safety
from selfcare.diary import intents as diary_intents
from selfcare.knowledge.choice import reads_as_follow_up
from selfcare.knowledge.ranker import NO_ENTRY
from selfcare.safety import model as risk_model
from selfcare.safety import requests
from selfcare.safety import risk as risk_decision

logger = logging.getLogger(__name__)

RISK = "risk"  # the key of the decision on the parsed message (and in the tracker)
CRISIS_INTENT = "crisis"
EMERGENCY_INTENT = "medical_emergency"
DANGEROUS_INTENT = "dangerous_request"
MEDICINE_INTENT = "medicine_safety"
FALLBACK_INTENT = "nlu_fallback"
KIND_INTENT = {
    risk_decision.CRISIS_KIND: CRISIS_INTENT,
    risk_decision.EMERGENCY_KIND: EMERGENCY_INTENT,
    risk_decision.DANGEROUS_KIND: DANGEROUS_INTENT,
    risk_decision.MEDICINE_KIND: MEDICINE_INTENT,
}
RISK_INTENTS = set(KIND_INTENT.values())
# A yes or a no is short ("yes please", "no not really"); a longer message heard as one says more.
_NODS = frozenset({"affirm", "deny"})
NOD_WORDS = 6
GOODBYE_INTENT = "goodbye"
_THANKS_OR_YES = frozenset({"thank", "affirm"})
_BYE = re.compile(
    r"\b(?:bye|byee+|goodbye|good\s*night|night\s+night|see\s+(?:you|ya)|cya|ttyl|laters|gotta\s+go|log(?:ging)?\s+off)\b"
)
# Goodbyes and thanks in the seven other languages ("Danke, tschüss!", "merci, au revoir !", the
# twenty-sixth red team's, got "I don't have reviewed information on that"): a short message of
# them is a goodbye or a thanks, as in English. Not the words that also greet ("salut", "ciao").
_BYE_OTHER = re.compile(
    r"\b(?:adios|hasta\s+(?:luego|manana|pronto)|nos\s+vemos|au\s+revoir|a\s+bientot|a\s+demain|bonne\s+nuit"
    r"|tschuss|tschus|auf\s+wiedersehen|bis\s+(?:bald|morgen|dann)|gute\s+nacht|arrivederci|a\s+presto|a\s+domani"
    r"|buona\s*notte|ate\s+(?:logo|amanha|mais)|boa\s+noite|do\s+widzenia|do\s+zobaczenia|na\s+razie|dobranoc"
    r"|doei|tot\s+ziens|tot\s+morgen|tot\s+later|welterusten|slaap\s+lekker)\b"
)
_THANKS_OTHER = re.compile(
    r"\b(?:gracias|merci|danke|dankeschon|vielen\s+dank|grazie|obrigad[oa]|dziekuje|dzieki|bedankt|dank\s+je"
    r"|dank\s+u)\b"
)
OTHER_LANGUAGE_SMALL_TALK_WORDS = 6
THANK_INTENT = "thank"


def _folded(text: str) -> str:
    """Lowercase, accent-free text, for the goodbye and thanks words of other languages."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l")


def other_language_small_talk(text: str) -> str | None:
    """GOODBYE_INTENT or THANK_INTENT for a short goodbye or thanks in another language, else None."""
    if len(text.split()) > OTHER_LANGUAGE_SMALL_TALK_WORDS or "?" in text:
        return None
    folded = _folded(text)
    if _BYE_OTHER.search(folded):
        return GOODBYE_INTENT
    if _THANKS_OTHER.search(folded):
        return THANK_INTENT
    return None


# What the rules and the model read of a very long message: its start and its end
# (a disclosure often comes last), so 20,000 characters or 3 MB cost what 5,000 do (a
# long, rambling message of a few paragraphs is read whole: the twenty-fifth red team
# buried a plan in the middle of one).
HEAD_CHARS = 4000
TAIL_CHARS = 1000


def assessed_text(text: str) -> str:
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + " … " + text[-TAIL_CHARS:]


# A sentence of a longer message the model is this sure holds a crisis or an emergency speaks for the
# message when the whole reads as ordinary: "the weather's been awful and my neck is stiff again. i've
# got the pills saved and i'm done after this weekend" (the twenty-fifth red team's: two ordinary
# sentences before it and the whole read as ordinary).
SENTENCE_SURE = 0.85
_SENTENCE_END = re.compile(r"(?<=[.!?;…])\s+|\s*\n+\s*|\s+-\s+")
MIN_SENTENCE_WORDS = 3
# Only a message of this many sentences: in a shorter one the whole-message model reads the sentence
# that takes the risk back ("...of embarrassment, I mean"); side by side on the 41 blind safety sets'
# turns, two or three sentences gave 20 new false alarms for 3 new catches, four or more none of either
# kind but one catch, while the red team's buried plans (four to eighteen sentences) are all caught.
MIN_SENTENCES = 4


# A thanks, an okay or a goodbye word around a message is small talk that can outvote a softly worded
# risk in the model's reading of the whole: "thx for the sleep tips. ending things tonight", "gracias
# por los consejos, esta noche me despido para siempre", "ok bye forever" (the twenty-seventh red
# team's got "You're welcome" or the English-only menu; each without its thanks or okay is caught).
# The model also reads the message without it.
_THANKS = (
    r"(?:thx|thanx|thanks|thank\s+you|thankyou|ty|tysm|cheers|(?:muchas\s+)?gracias|merci(?:\s+beaucoup)?"
    r"|danke(?:\s+sch[oö]n)?|vielen\s+dank|grazie(?:\s+mille)?|(?:muito\s+)?obrigad[oa]|dzi[eę]ki|dzi[eę]kuj[eę]"
    r"(?:\s+bardzo)?|bedankt|dank\s+(?:je|u)(?:\s+wel)?)"
)
_THANKS_CLAUSE = (
    _THANKS + r"(?:\s+(?:so\s+much|a\s+lot|very\s+much|again|for|por|para|pour|f[uü]r|per|pela|pelo|pelas|pelos|za"
    r"|voor)\b[^.!?,;\n]{0,50})?(?:\s+(?:tho|though|anyway))?"
)
_SMALL_TALK_START = re.compile(r"^\W*(?:(?:ok|okay|k|kk)\b[\s,.!:;-]*)?(?:" + _THANKS_CLAUSE + r"\b[\s,.!:;-]*)?", re.I)
_SMALL_TALK_END = re.compile(r"[\s,.!:;-]+" + _THANKS_CLAUSE + r"\W*$", re.I)
SMALL_TALK_REST_WORDS = 2


def without_small_talk(text: str) -> str:
    """The message without an okay or a thanks at its start and a thanks at its end."""
    rest = _SMALL_TALK_START.sub("", text, count=1)
    return _SMALL_TALK_END.sub("", rest, count=1).strip()


def _alarm_share(prediction: risk_model.Prediction) -> float:
    return sum(prediction.probabilities.get(label, 0.0) for label in risk_model.ALARM_LABELS)


def predict(model: risk_model.RiskModel, text: str) -> tuple[risk_model.Prediction, str | None]:
    """The model's prediction for a message, and the sentence it comes from (None for the whole):
    the whole message's, unless it reads as ordinary and the message without its okay or thanks
    (without_small_talk) reads as a crisis or an emergency; or one of its sentences (MIN_SENTENCES or
    more, each of a few words) reads as a crisis or an emergency with SENTENCE_SURE; then that
    sentence's.
    The rules and the other signals still read the whole message (`decide`), so its figures of
    speech and stories keep their exclusions."""
    whole = model.predict(text)
    if whole.label != risk_model.NONE:
        return whole, None
    rest = without_small_talk(text)
    if rest != text and len(rest.split()) >= SMALL_TALK_REST_WORDS:
        alone = model.predict(rest)
        if alone.label != risk_model.NONE and _alarm_share(alone) >= risk_decision.THRESHOLDS.crisis:
            return alone, rest
    sentences = [part for part in _SENTENCE_END.split(text) if len(part.split()) >= MIN_SENTENCE_WORDS]
    if len(sentences) < MIN_SENTENCES:
        return whole, None
    predictions = model.predict_many(sentences)
    best = max(range(len(sentences)), key=lambda i: _alarm_share(predictions[i]))
    if _alarm_share(predictions[best]) < SENTENCE_SURE:
        return whole, None
    return predictions[best], sentences[best]


# Who the risk is about comes from the sentence that holds it: "she said my posture is bad" three
# sentences before "I've got enough tablets saved" reports the physio, not someone at risk.
_WHOSE = ("reported", "says_that", "someone_else", "other_person_now")


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# Emoji alone that may say self-harm or death ("🔪🩸", "🪢", "⚰️"): red team 35's "🔪🩸" got "I can only
# read words". A knife alone is cooking; with blood, a noose, a coffin, a headstone or a gun, a gentle check.
_HARM_EMOJI = frozenset("🩸🪢⚰🪦🔫")
_KNIFE_OR_PILLS = frozenset("🔪💊")


def emoji_of_harm(text: str) -> bool:
    """Whether a message with no words holds emoji that may say self-harm or death."""
    if _has_words(text):
        return False
    signs = {ch for ch in text if ch in _HARM_EMOJI or ch in _KNIFE_OR_PILLS}
    return bool(signs & _HARM_EMOJI) and (len(signs) > 1 or "🪢" in signs or "⚰" in signs or "🪦" in signs)


def decide(text: str, prediction: risk_model.Prediction | None, sentence: str | None = None) -> risk_decision.Risk:
    """The risk decision for one message (rules + model); `sentence`: the one the model's
    prediction comes from (`predict`), which says whose risk it is."""
    if emoji_of_harm(text):
        return risk_decision.Risk(risk_decision.CRISIS_KIND, "crisis_check", "request.emoji")
    text = assessed_text(text)
    signals = requests.signals(text)
    if sentence:
        said = requests.signals(sentence)
        signals.update({key: said[key] for key in _WHOSE})
    return risk_decision.decide(safety.assess(text), prediction, safety.plays_it_down(text), **signals)


# What lies between the start and the end of a longer message (the channels keep up to 20,000
# characters: channels/validation.py) is read sentence by sentence: the model reads every sentence,
# and the rules read the MIDDLE_READ it finds most alarming, so a plan in the middle of a long
# message is heard (the thirty-first red team's, at character 4,670 of 6,500, got a menu) at a
# fraction of the rules' cost on the whole text.
MIDDLE_CHARS = 16_000
MIDDLE_READ = 8
_MIDDLE_OVERLAP = 300  # characters either side, so a sentence cut by the window is read whole
# A "sentence" longer than this (a paste with no full stops) is read in overlapping pieces of this size,
# so the rules never read more than MIDDLE_READ of them: at most about 5,000 characters.
MIDDLE_PIECE_CHARS = 600


def _pieces(sentence: str) -> list[str]:
    if len(sentence) <= MIDDLE_PIECE_CHARS:
        return [sentence]
    step = MIDDLE_PIECE_CHARS - _MIDDLE_OVERLAP // 3
    return [sentence[start : start + MIDDLE_PIECE_CHARS] for start in range(0, len(sentence), step)]


def middle_sentences(text: str) -> list[str]:
    """The sentences of a long message that `assessed_text` leaves out (none of a shorter one)."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return []
    middle = text[max(0, HEAD_CHARS - _MIDDLE_OVERLAP) : len(text) - TAIL_CHARS + _MIDDLE_OVERLAP][:MIDDLE_CHARS]
    return [
        piece
        for part in _SENTENCE_END.split(middle)
        if len(part.split()) >= MIN_SENTENCE_WORDS
        for piece in _pieces(part)
    ]


def read_middle(model: risk_model.RiskModel | None, text: str) -> risk_decision.Risk | None:
    """A crisis or an emergency in the middle of a long message, decided on its sentence, or None."""
    sentences = middle_sentences(text)
    if not sentences:
        return None
    if model is None:
        return next((risk for risk in (decide(sentence, None) for sentence in sentences) if risk.alarm), None)
    predictions = model.predict_many(sentences)
    order = sorted(range(len(sentences)), key=lambda i: -_alarm_share(predictions[i]))[:MIDDLE_READ]
    for i in order:
        risk = decide(sentences[i], predictions[i], sentences[i])
        if risk.alarm:
            return risk
    return None


def route(
    risk: risk_decision.Risk, text: str, intent: str | None, ranking: list[dict[str, Any]], question: bool = False
) -> str | None:
    """The intent that must replace the classifier's, or None to keep it.

    - any risk: its intent, whatever the classifier said (goodbye and thanks included);
    - the classifier voted for a risk intent the decision does not share ("this pain is
      killing me"): a question when the answer model has an entry for it (`question`),
      else the best ordinary intent from the classifier's ranking;
    - no letters at all (empty, emoji, punctuation): nlu_fallback.
    """
    if risk.kind in KIND_INTENT:
        return KIND_INTENT[risk.kind]
    if not _has_words(text):
        return FALLBACK_INTENT
    if intent != DELETE_INTENT and diary_intents.asks_to_delete_all(text):
        # "erase everything you know about me", "borra mis datos": the diary's delete, which asks
        # first (the classifier had heard some as a risk, then a question).
        return DELETE_INTENT
    if (
        intent in RISK_INTENTS or (intent in _NODS and len(text.split()) > NOD_WORDS)
    ) and safety.rules.tells_of_a_death(text):
        # "my dog died yesterday and I can't stop crying", heard as a crisis the decision does not
        # share, or as a yes or a no: the answer action's condolences, not "Okay. What would you
        # like to know?" (the twenty-fifth red team's) or "No problem".
        return ASK_INTENT
    small_talk = other_language_small_talk(text)
    if small_talk and intent != small_talk and not question:
        return small_talk
    if intent in _THANKS_OR_YES and _BYE.search(text.lower()):
        # "ok thanks bye", "thanks, see you": a goodbye, whose reply keeps the numbers after a crisis
        # earlier in the conversation (the thanks taught as "ok thanks" had taken them).
        return GOODBYE_INTENT
    if intent in RISK_INTENTS:
        if question or reads_as_follow_up(text):
            # "i'd kill for a nap": the answer model has an entry for it; "and my meds?"
            # carries on the conversation, for the answer action to read in its context.
            return ASK_INTENT
        for candidate in ranking:
            name = candidate.get(INTENT_NAME_KEY)
            if (
                name
                and name not in RISK_INTENTS
                and name != FALLBACK_INTENT
                and diary_intents.has_its_words(str(name), text)  # "how many km is 5 miles" is no diary request
            ):
                return str(name)
        return FALLBACK_INTENT
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SafetyGate(TrainedComponent):
    """Decides the risk of every message and gives it the last word on the intent."""

    MODEL_FILE = "risk_model.pkl"

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        # The risk model's data is not part of Rasa's NLU data: retrain when it changes.
        return risk_model.fingerprint()

    def train(self, training_data: TrainingData) -> Resource:
        examples = risk_model.load_examples() + risk_model.ordinary_nlu_examples()
        self._model = risk_model.RiskModel.train(examples, seed=int(self._config["random_seed"]))
        logger.info("risk model trained on %d examples", len(examples))
        return self._save()

    @classmethod
    def _read_model(cls, path: Path) -> risk_model.RiskModel:
        return risk_model.RiskModel.load(path)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(FULL_TEXT) or message.get(TEXT) or ""
            if not isinstance(text, str):
                text = ""
            # A message of digits or signs only ("3" in the check-in) holds nothing for the model to
            # read: the rules alone decide it.
            prediction, sentence = (
                predict(self._model, assessed_text(text)) if self._model and _has_words(text) else (None, None)
            )
            risk = decide(text, prediction, sentence)
            if not risk.alarm:
                risk = read_middle(self._model, text) or risk
            message.set(RISK, risk.as_dict(), add_to_output=True)
            predicted = message.get(INTENT) or {}
            entries = message.get(ENTRY_RANKING) or []
            question = (
                bool(entries)
                and entries[0]["entry"] != NO_ENTRY
                and entries[0]["confidence"] >= knowledge.THRESHOLDS.suggest
            )
            override = route(
                risk, text, predicted.get(INTENT_NAME_KEY), message.get(INTENT_RANKING_KEY) or [], question
            )
            if override is not None:
                message.set(INTENT, {INTENT_NAME_KEY: override, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
        return messages

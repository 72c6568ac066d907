"""The NLU pipeline component that ranks the knowledge entries for every message.

It trains the answer model (selfcare.knowledge.ranker) during `rasa train` on each
entry's questions (data/knowledge/questions/), titles, catalogue questions and answers,
with the assistant's out-of-scope examples as "no entry", and keeps it in the model
archive. On each message it puts the best entries on the parse as `entry_ranking`, for
the answer action to choose from, and when the intent classifier called a question out
of scope (or was unsure) but the answer model is confident, the intent becomes `ask`; so
does a diary intent on a message without the diary's words (selfcare.diary.intents).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.input_guard import FULL_TEXT
from components.trained import TrainedComponent
from selfcare import knowledge
from selfcare.diary import intents as diary_intents
from selfcare.knowledge import ranker as entry_model
from selfcare.knowledge.choice import (
    about_another_condition,
    asks_about_an_aspect,
    asks_an_errand,
    changes_topic,
    confidence_of,
    reads_as_follow_up,
)
from selfcare.safety import medicine, requests, rules

logger = logging.getLogger(__name__)


ENTRY_RANKING = "entry_ranking"  # the key of the ranking on the parsed message
ASK_INTENT = "ask"
SUMMARY_INTENT = "diary_summary"
DELETE_INTENT = "delete_diary"
PROGRESS_MISREAD = {ASK_INTENT, "nlu_fallback", "out_of_scope", "greet", "affirm", "deny", "thank"}
OVERRIDABLE = {"out_of_scope", "nlu_fallback"}
# "hi, does yoga help with fibro?", "ok so what is pacing": a greeting or an okay in front
# of a question. With a few words more and a confident answer model, it is the question.
SMALL_TALK = {"greet", "affirm", "deny", "thank"}
SMALL_TALK_WORDS = 4
# Intents a short follow-up is mistaken for ("what will they actually do" as bot_challenge).
FOLLOW_UP_MISREAD = {"greet", "affirm", "deny", "thank", "bot_challenge"}
SMALL_TALK_FLOOR = 0.35  # the best entry's own probability
# A few words naming a medicine or a drink ("a z piwem?", "et avec le tramadol ?", "und
# Ibuprofen?"), which the classifier, trained in English, reads as out of scope or unsure.
NAMES_ONLY_MISREAD = {"out_of_scope", "nlu_fallback", "affirm", "deny"}  # not thanks: "thanks, lyrica helps"
NAMES_ONLY_WORDS = 5
# ... or asking about stopping, pregnancy, driving or a missed dose in any of the eight
# languages ("e se eu quiser parar?", "y en el embarazo?"): about the medicine in context.
# Not behind a yes or a no: "no thanks, i'm stopping here for today" says goodbye.
ASPECT_ONLY_MISREAD = OVERRIDABLE
ASPECT_ONLY_WORDS = 8
# "is salmon twice a week enough", "i'd kill for a nap": a yes or a no starts with one.
YES_NO = {"affirm", "deny"}
YES_NO_WORD = re.compile(
    r"^\W*(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|fine|right|correct|absolutely|definitely"
    r"|of course|"
    r"please|no|nope|nah|not|never|don'?t|dont|nothing|none|neither|uh|um|mm+|hmm+|ah|oh)\b",
    re.I,
)
# "a month of this now, should i see someone about it", "bought a heat pad, would it help": a
# question the classifier read as a goodbye ("see"). Goodbyes ask nothing.
GOODBYE_INTENT = "goodbye"
GOODBYE_WORDS = 5
ASKS = re.compile(
    r"\?|\b(?:would|should|could|can|does|do|is|are|will)\s+(?:it|i|she|he|they|we|you|this|that|these|those)\b"
    r"|\b(?:how|what|why|who|which)\b",
    re.I,
)
# "is ibs related", "can kids get it": a short question that starts like one and says no
# farewell is not a goodbye, however few its words.
_QUESTION_WORD = r"(?:is|are|can|could|does|do|did|should|would|will|how|what|whats|why|which|who|when|where)"
QUESTION_START = re.compile(r"^\W*" + _QUESTION_WORD + r"\s+\w", re.I)
FAREWELL = re.compile(
    r"\b(?:bye|goodbye|cya|later|laters|ttyl|night|goodnight|tomorrow|soon|go|going|leave|leaving|off)\b", re.I
)
# A message that ends in a farewell and asks nothing, which the classifier was unsure of.
UNSURE_OR_OUT = {"nlu_fallback", "out_of_scope"}
ENDS_IN_FAREWELL = re.compile(
    r"\b(?:bye|goodbye|bye\s+bye|byee+|cya|see\s+(?:you|ya)(?:\s+(?:later|soon|tomorrow))?|ttyl|good\s?night|night\s+night"
    r"|take\s+care)\W*$",
    re.I,
)
# An acknowledgement the classifier was unsure of: "ok cool", "nice", "got it" (the thirty-first red
# team's "ok cool" was told "no reviewed information").
AFFIRM_INTENT = "affirm"
ACKNOWLEDGEMENT = re.compile(
    r"^\W*(?:(?:ok|okay|k|oh|ah|right)\W+)?(?:cool|nice|great|awesome|lovely|brilliant|perfect|neat|sweet|got\s+it"
    r"|gotcha|noted|alright|all\s+right|fair\s+enough|sounds\s+good|makes\s+sense|good\s+to\s+know|i\s+see)"
    r"(?:\W+(?:thanks|thank\s+you|ty|thx))?\W*$",
    re.I,
)
# Out of scope or unsure becomes a question only when the best entry is also likely in
# itself ("what time does tesco close" may lead the entries by far and still be unlikely).
OVERRIDE_FLOOR = 0.3
OUT_OF_SCOPE_INTENT = "out_of_scope"
NOT_A_QUESTION = {OUT_OF_SCOPE_INTENT, "greet", "goodbye", "thank", "affirm", "deny", "bot_challenge"}
RANKING_SIZE = 20  # enough for a follow-up to rank the entries of the subject in context
# Where a message's sentences end, for reading its last question on its own (a full stop,
# question or exclamation mark, or a newline, then a space or the end).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
LAST_QUESTION_WORDS = 3
ASIDE_WORDS = 4
# Words that turn from an aside to the question ("anyway, how do I pace myself?", "so what helps
# fog"), and a question asked after a comma ("I'm killing it at the gym these days, how do I avoid
# a flare afterwards?"): the twenty-sixth red team's asides had hidden the question.
_TURNING_WORDS = re.compile(
    r"^\W*(?:(?:anyway|anyways|anyhow|so|but|ok|okay|well|also|btw|by the way|moving on|on another note|"
    r"question|my question is|quick question)\b\W*)+",
    re.I,
)
_CLAUSE_QUESTION = re.compile(r",\s*((?:and\s+|but\s+|so\s+)?" + _QUESTION_WORD + r"\s+\w[^,]*)$", re.I)


def _question_parts(text: str) -> list[str]:
    """The last sentence of a message, without the words that turn to it, and the question
    after its last comma, each when it asks something."""
    parts = [p for p in _SENTENCE_BREAK.split(text.strip()) if p.strip()]
    if not parts:
        return []
    last = parts[-1]
    candidates = [last, _TURNING_WORDS.sub("", last)] if len(parts) >= 2 else []
    clause = _CLAUSE_QUESTION.search(last)
    if clause and len(last[: clause.start()].split()) >= ASIDE_WORDS:  # not "ok, what about lyrica"
        candidates.append(clause.group(1))
    return [
        c
        for i, c in enumerate(candidates)
        if c not in candidates[:i] and len(c.split()) >= LAST_QUESTION_WORDS and ASKS.search(c)
    ]


def last_question_ranking(
    model: entry_model.EntryRanker, text: str, ranking: list[entry_model.Ranked]
) -> list[entry_model.Ranked]:
    """The ranking of the message's last question on its own when the whole message left the
    model unsure (or sure no entry answers it) and that question alone does not: "no im fine
    honestly, it was a joke. can we talk about pacing?" after a check-in; "bro chill i was
    exaggerating. what helps flares"; "13 Reasons Why was such a sad show. anyway, how do I
    handle fibro fog?". A preamble that says nothing about the question should not hide it.
    When the whole offers nothing at all, the question alone is offered as "did you mean"
    even if it is not sure enough to answer: the twenty-ninth red team's "I watched a film
    yesterday. Any tips for gentle exercise?" was told "no reviewed information"."""
    best, sure = ranking, knowledge.THRESHOLDS.answer
    offers_nothing = ranking[0].entry == entry_model.NO_ENTRY or ranking[0].confidence < knowledge.THRESHOLDS.suggest
    for part in _question_parts(text):
        alone = model.rank(part, RANKING_SIZE)
        if alone[0].entry == entry_model.NO_ENTRY:
            continue
        if confidence_of(alone) >= sure:
            best, sure = alone, confidence_of(alone)
        elif offers_nothing and best is ranking and alone[0].confidence >= knowledge.THRESHOLDS.suggest:
            best = alone
    return best


@lru_cache(maxsize=1)
def _knowledge() -> knowledge.KnowledgeBase:
    return knowledge.load()


_BUTTON_ENTRY = re.compile(r'^/ask\{\s*"entry"\s*:\s*"([a-z0-9_]+)"')


def conversation_context(tracker: DialogueStateTracker | None) -> knowledge.Context:
    """The last entry, subject and entry offered, as the answer action reads them."""
    if tracker is None:
        return knowledge.Context()
    return knowledge.Context(
        tracker.get_slot("last_entry"), tracker.get_slot("subject"), tracker.get_slot("offered_entry")
    )


def previous_question(tracker: DialogueStateTracker | None) -> str | None:
    """The person's message before this one in the session, what a follow-up is read
    with; for a tapped entry button, the question that entry answers."""
    if tracker is None:
        return None
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            return None
        if isinstance(event, UserUttered):
            text = (event.text or "").strip()
            button = _BUTTON_ENTRY.match(text)
            if button:
                entry = _knowledge().by_id.get(button.group(1))
                return entry.question if entry else None
            return text if text and not text.startswith("/") else None
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class EntryRanker(TrainedComponent):
    """Ranks knowledge entries for each message; a confident ranking makes it a question."""

    MODEL_FILE = "entry_ranker.pkl"

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        # The knowledge files are not Rasa training data: retrain when they change.
        return entry_model.fingerprint([*knowledge.data_files(), Path(__file__)])

    def train(self, training_data: TrainingData) -> Resource:
        kb = knowledge.load()
        # Out of scope and small talk are "no entry": "hello there, nice to meet you" is not
        # a question about NICE.
        out_of_scope = [
            m.get(TEXT) for m in training_data.intent_examples if m.get(INTENT) in NOT_A_QUESTION and m.get(TEXT)
        ]
        self._model = entry_model.EntryRanker.train(
            entry_model.training_questions(kb, out_of_scope), kb.subjects_in, seed=int(self._config["random_seed"])
        )
        logger.info("answer model trained on %d entries", len(kb.entries))
        return self._save()

    @classmethod
    def _read_model(cls, path: Path) -> entry_model.EntryRanker:
        return entry_model.EntryRanker.load(path, knowledge.load().subjects_in)

    def process(self, messages: list[Message], tracker: DialogueStateTracker | None = None) -> list[Message]:
        # Rasa passes the conversation so far (without this message) to a component whose
        # process() takes `tracker`; an empty one for /model/parse.
        context = previous_question(tracker)
        for message in messages:
            text = message.get(FULL_TEXT) or message.get(TEXT) or ""
            if not isinstance(text, str) or not self._model or not any(ch.isalpha() for ch in text):
                continue
            ranking = self._model.rank(text, RANKING_SIZE)
            if (
                context
                and not text.startswith("/")
                and confidence_of(ranking) < knowledge.THRESHOLDS.answer
                and not changes_topic(text, conversation_context(tracker), _knowledge().by_id)
            ):
                # Unsure of the message alone ("which ones have evidence"): read it with the
                # question before it. A message the model is sure of alone keeps its ranking,
                # so "what about fish oil" after turmeric stays a confident new subject.
                ranking = self._model.rank(text, RANKING_SIZE, context=context)
            if confidence_of(ranking) < knowledge.THRESHOLDS.answer or ranking[0].entry == entry_model.NO_ENTRY:
                # unsure, or sure that no entry answers the whole: an aside may hide the question
                ranking = last_question_ranking(self._model, text, ranking)
            message.set(
                ENTRY_RANKING, [{"entry": r.entry, "confidence": r.confidence} for r in ranking], add_to_output=True
            )
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            top = ranking[0]
            sure = confidence_of(ranking)
            words = len(text.split())
            if intent in PROGRESS_MISREAD and diary_intents.asks_to_delete_all(text):
                # "delete everything", "forget me": the diary's delete, which asks first.
                message.set(INTENT, {INTENT_NAME_KEY: DELETE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
                continue
            if intent in PROGRESS_MISREAD and diary_intents.asks_progress(text):
                # "what week am I in?", "show me my plan": the diary's progress, which
                # "how am I doing" gives (the strategy, the pacing plan's week).
                message.set(
                    INTENT, {INTENT_NAME_KEY: SUMMARY_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True
                )
                continue
            if intent in diary_intents.DIARY_INTENTS and not text.startswith("/"):  # a button names its intent
                standing = diary_intents.standing_intent(intent, text)
                if standing is None:
                    # "is walking good for fibro?", "should i stop exercising in a flare?": a
                    # question about what the diary also does, not a request to the diary.
                    message.set(
                        INTENT, {INTENT_NAME_KEY: ASK_INTENT, PREDICTED_CONFIDENCE_KEY: sure}, add_to_output=True
                    )
                    continue
                if standing != intent:
                    confidence = (message.get(INTENT) or {}).get(PREDICTED_CONFIDENCE_KEY)
                    message.set(
                        INTENT, {INTENT_NAME_KEY: standing, PREDICTED_CONFIDENCE_KEY: confidence}, add_to_output=True
                    )
                    continue
            if (
                intent not in diary_intents.DIARY_INTENTS
                and not text.startswith("/")
                and (
                    asks_an_errand(text)
                    or about_another_condition(text)
                    or (intent in SMALL_TALK | {GOODBYE_INTENT} and rules.tells_of_a_death(text))
                )
            ):
                # "which gluten-free bread is best", "book me a massage": an errand, however
                # sure the answer model is of the topic it mentions; "my husband has sciatica,
                # what stretches should he do": another illness; "mijn hond is vorige week
                # overleden", read as an okay: a death, whose reply is the condolence (the
                # safety gate still reads it after this, and a risk wins).
                message.set(
                    INTENT, {INTENT_NAME_KEY: OUT_OF_SCOPE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True
                )
                continue
            if (
                (intent in SMALL_TALK and words >= SMALL_TALK_WORDS and asks_about_an_aspect(text))
                or (intent in FOLLOW_UP_MISREAD and reads_as_follow_up(text))
                or (intent in NAMES_ONLY_MISREAD and words <= NAMES_ONLY_WORDS and medicine.medicines_in(text))
                or (intent in ASPECT_ONLY_MISREAD and words <= ASPECT_ONLY_WORDS and requests.worded_question(text))
                or (intent == GOODBYE_INTENT and words >= GOODBYE_WORDS and ASKS.search(text))
                or (intent == GOODBYE_INTENT and QUESTION_START.match(text) and not FAREWELL.search(text))
            ):
                # "ok and how long till it works?", "and my meds?", "are they better than
                # cymbalta", "a z piwem?": a follow-up the classifier read as small talk, out
                # of scope or unsure (any language, a drink or medicine named). The answer action
                # reads it with the conversation's subject, or asks what it is about.
                message.set(INTENT, {INTENT_NAME_KEY: ASK_INTENT, PREDICTED_CONFIDENCE_KEY: sure}, add_to_output=True)
                continue
            if intent in UNSURE_OR_OUT and ACKNOWLEDGEMENT.match(text):
                message.set(INTENT, {INTENT_NAME_KEY: AFFIRM_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
                continue
            if (
                (intent in UNSURE_OR_OUT or (intent == ASK_INTENT and top.entry == entry_model.NO_ENTRY))
                and ENDS_IN_FAREWELL.search(text)
                and not ASKS.search(text)
            ):
                # "This is my last message for today, thanks! bye" (the twenty-ninth red team's was told
                # "no reviewed information"), "I'm so done with this flare. Anyway, thanks, bye!" read as a
                # question nothing answers (the thirty-first's): a goodbye; the safety gate still reads it
                # after this.
                message.set(
                    INTENT, {INTENT_NAME_KEY: GOODBYE_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True
                )
                continue
            if top.entry == entry_model.NO_ENTRY:
                continue
            if (
                (intent in OVERRIDABLE and sure >= knowledge.THRESHOLDS.answer and top.confidence >= OVERRIDE_FLOOR)
                or (
                    intent in SMALL_TALK
                    and words >= SMALL_TALK_WORDS
                    and top.confidence >= SMALL_TALK_FLOOR
                    # "hello there, nice to meet you": NICE's guideline leads, but "no entry" is close
                    and not any(r.entry == entry_model.NO_ENTRY and r.confidence >= top.confidence / 2 for r in ranking)
                )
                or (intent in YES_NO and not YES_NO_WORD.match(text) and top.confidence >= knowledge.THRESHOLDS.suggest)
            ):
                # The answer action then answers, or offers "did you mean": a greeting, an
                # okay or a "no" in front of a question does not get small talk back.
                message.set(INTENT, {INTENT_NAME_KEY: ASK_INTENT, PREDICTED_CONFIDENCE_KEY: sure}, add_to_output=True)
        return messages

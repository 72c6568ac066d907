"""The custom actions. Each reads the tracker, asks selfcare.knowledge or
selfcare.safety, and dispatches the reply; the logic they rely on lives there."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions import safety_log
from selfcare import knowledge, safety
from selfcare.safety import language, medicine
from selfcare.safety.risk import (
    CRISIS_KIND, DANGEROUS_KIND, DEFAULT_TEMPLATE, EMERGENCY_KIND, MEDICINE_KIND, NO_RISK, Risk,
)

logger = logging.getLogger(__name__)

KNOWLEDGE = knowledge.load()  # validated once, at import: a bad file stops the server

INTENT_TOPIC = {
    "ask_basics": "basics",
    "ask_flare": "flare",
    "ask_exercise": "exercise",
    "ask_diet": "diet",
    "ask_therapies": "therapies",
}

TOPIC_BUTTONS = knowledge.TOPIC_BUTTONS


def latest_text(tracker: Tracker) -> str:
    """The person's last message, as typed (button payloads give no text)."""
    text = (tracker.latest_message or {}).get("text") or ""
    return "" if text.startswith("/") else text


def risk_of(tracker: Tracker) -> Risk:
    """The risk decision the NLU safety gate made on the last message (none if absent)."""
    return Risk.from_dict((tracker.latest_message or {}).get("risk"))


def locale_of(tracker: Tracker) -> Optional[str]:
    """Where the person is, for emergency numbers: a country they named in this
    message ("i'm in the uk"), else one they named before (the `locale` slot), else
    what their channel says (the web page's and Telegram's locale metadata), else the
    language they write in (a crisis written in Polish gets the Polish lines too)."""
    said = safety.locale_from_text(latest_text(tracker))
    if said or tracker.get_slot("locale"):
        return said or tracker.get_slot("locale")
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            metadata = event.get("metadata") or {}
            from_channel = metadata.get("locale") or metadata.get("language_code")
            if from_channel:
                return from_channel
            break
    return language.guess(latest_text(tracker))


def remember_country(tracker: Tracker) -> List[EventType]:
    """Keeps a country the person named, so later replies use its numbers."""
    said = safety.locale_from_text(latest_text(tracker))
    return [SlotSet("locale", said)] if said and said != tracker.get_slot("locale") else []


def entity_subjects(tracker: Tracker) -> List[str]:
    """Canonical subjects from this message: the NLU entities, then a lexical
    match on names, brands and misspellings in case the classifier missed one."""
    found: List[str] = []
    for entity in (tracker.latest_message or {}).get("entities") or []:
        value = str(entity.get("value", "")).lower().replace(" ", "_")
        if value in knowledge.ALL_SUBJECTS and value not in found:
            found.append(value)
    for value in KNOWLEDGE.subjects_in(latest_text(tracker)):
        if value not in found:
            found.append(value)
    return found


def compose_answer(
    intent: Optional[str], text: str, subjects: List[str], context_subject: Optional[str],
    risk: Risk, locale: Optional[str] = None,
) -> tuple[str, Optional[knowledge.Entry]]:
    """The reply to a question, with the gate's risk decision applied first: a
    medicine-safety question gets its key fact (selfcare.safety.medicine), a dose
    question the refusal, and only then a knowledge entry."""
    entry: Optional[knowledge.Entry] = None
    named = set(medicine.medicines_in(text)) | set(medicine.medicines_in((context_subject or "").replace("_", " ")))
    if risk.template == "med_combination" and len(named - {"older", "lung"}) < 2:
        # "i'm on cymbalta" names one medicine and nothing to combine it with: answer it.
        risk = Risk("none", "none", risk.reason, risk.confidence)
    if risk.kind == MEDICINE_KIND and risk.template != "med_dose":
        reply = medicine.medicine_reply(risk.template, text, context_subject, locale)
    else:
        topic = INTENT_TOPIC.get(intent or "")
        entry = KNOWLEDGE.find(topic, subjects, context_subject, text)
        reply = knowledge.format_answer(entry, safety.referral_text())
        if risk.template == "med_dose":
            guardrail = safety.medicine_guardrail_reply(safety.DOSE)
            # General, sourced information about a named medicine may follow the refusal.
            reply = f"{guardrail}\n\n{reply}" if entry.topic == "therapies" and subjects else guardrail
    if safety.contains_dose(reply):  # never expected; a last check on what is sent
        logger.error("answer %s contained a dose and was withheld", entry.id if entry else risk.template)
        reply = safety.medicine_guardrail_reply(safety.DOSE)
    return reply, entry


class ActionAnswerTopic(Action):
    """Answers a question from the knowledge file, keeping the topic and subject
    for follow-ups ("what about its side effects?")."""

    def name(self) -> Text:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        risk = risk_of(tracker)
        if risk.alarm:  # the NLU gate routes these elsewhere; never answer past one
            return respond_to_risk(dispatcher, tracker, risk)
        if risk.kind == DANGEROUS_KIND:
            return respond_to_risk(dispatcher, tracker, risk)

        text = latest_text(tracker)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        subjects = entity_subjects(tracker)
        reply, entry = compose_answer(intent, text, subjects, tracker.get_slot("subject"), risk,
                                      locale_of(tracker))
        events: List[EventType] = []
        if tracker.get_slot("crisis_active"):
            reply = f"{safety.followup(tracker.get_slot('crisis_kind'), locale_of(tracker))}\n\n{reply}"
            events.append(SlotSet("crisis_active", False))
        dispatcher.utter_message(text=reply)
        if entry is None:
            logger.info("answered a medicine-safety question (%s)", risk.template)
            subject = subjects[0] if subjects else tracker.get_slot("subject")
            return events + remember_country(tracker) + [SlotSet("subject", subject)]
        logger.info("answered with entry %s", entry.id)
        subject = subjects[0] if subjects else (
            tracker.get_slot("subject") if tracker.get_slot("subject") in entry.subjects else None
        )
        return events + remember_country(tracker) + [SlotSet("topic", entry.topic), SlotSet("subject", subject)]




def respond_to_risk(dispatcher: CollectingDispatcher, tracker: Tracker, risk: Risk,
                    kind: Optional[str] = None) -> List[EventType]:
    """The reviewed reply for a crisis, an emergency or a dangerous request, with the
    numbers for where the person is; counted (without text) in the safety log."""
    kind = kind or risk.kind
    template = risk.template if risk.kind == kind else DEFAULT_TEMPLATE[kind]
    reply = safety.render(template, locale_of(tracker))
    if template == "crisis_check":
        # Unsure: ask gently, and still answer what they asked ("i feel like i'm failing
        # at managing this" deserves the encouragement too), from the classifier's best
        # ordinary topic.
        topic_intent = next((r.get("name") for r in (tracker.latest_message or {}).get("intent_ranking") or []
                             if r.get("name") in INTENT_TOPIC), None)
        if topic_intent:
            answer, _ = compose_answer(topic_intent, latest_text(tracker), entity_subjects(tracker),
                                       tracker.get_slot("subject"), NO_RISK)
            reply = f"{reply}\n\n{answer}"
    dispatcher.utter_message(text=reply)
    safety_log.record(template, tracker.get_latest_input_channel(), risk.reason)
    events: List[EventType] = remember_country(tracker)
    if kind == CRISIS_KIND:
        events += [SlotSet("crisis_active", True), SlotSet("crisis_kind", template)]
    return events


class ActionCrisisResponse(Action):
    """Acknowledges the person, gives crisis and emergency numbers, asks if they are
    safe; for someone else at risk, what to do for them; for harm already done, emergency
    care first."""

    def name(self) -> Text:
        return "action_crisis_response"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        return respond_to_risk(dispatcher, tracker, risk_of(tracker), CRISIS_KIND)


class ActionEmergencyResponse(Action):
    """Urgent-care guidance with the emergency number, not fibromyalgia content."""

    def name(self) -> Text:
        return "action_emergency_response"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        return respond_to_risk(dispatcher, tracker, risk_of(tracker), EMERGENCY_KIND)


class ActionDangerousRequestResponse(Action):
    """No compliance: a plain warning and the right resource (eating-disorder lines,
    poison control, the prescriber)."""

    def name(self) -> Text:
        return "action_dangerous_request_response"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        return respond_to_risk(dispatcher, tracker, risk_of(tracker), DANGEROUS_KIND)


class ActionCrisisFollowup(Action):
    """After a crisis reply: stays with the person, with the numbers, whatever short
    reply comes back ("no", "jk", "forget it", "bye")."""

    def name(self) -> Text:
        return "action_crisis_followup"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        dispatcher.utter_message(text=safety.followup(tracker.get_slot("crisis_kind"), locale_of(tracker)))
        # crisis_active stays set: "no", "not really", "actually i meant it", "bye" keep
        # getting this check-in with the numbers; a question about something else clears it.
        return remember_country(tracker)


def rephrase_reply(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        return "I didn't get any words there. What would you like to know? You can type a question or pick a topic:"
    if not any(ch.isalpha() for ch in stripped):
        return "I can only read words, not emoji or symbols. What would you like to know? You can type a question or pick a topic:"
    letters = [ch for ch in stripped if ch.isalpha()]
    if sum(1 for ch in letters if ord(ch) > 0x24F) > len(letters) / 2:
        return "Sorry, I can only understand English for now. You can type your question in English or pick a topic:"
    return "Sorry, I'm not sure I understood. Could you put it another way? Or pick a topic:"


class ActionAskRephrase(Action):
    """Low confidence: asks the person to rephrase, with the main topics as buttons."""

    def name(self) -> Text:
        return "action_ask_rephrase"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        dispatcher.utter_message(text=rephrase_reply(latest_text(tracker)), buttons=TOPIC_BUTTONS)
        return []


class ActionDefaultFallback(ActionAskRephrase):
    """When no rule fits the conversation: asks to rephrase, with topic buttons.

    Like Rasa's own fallback it reverts the user turn for prediction (the message
    stays stored), so the assistant listens again instead of looping.
    """

    def name(self) -> Text:
        return "action_default_fallback"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        await super().run(dispatcher, tracker, domain)
        return [UserUtteranceReverted()]

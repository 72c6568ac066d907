"""The custom actions. Each reads the tracker, asks selfcare.knowledge or
selfcare.safety, and dispatches the reply; the logic they rely on lives there."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions import answer_log, safety_log
from selfcare import knowledge, safety
from selfcare.diary import strategies as diary_strategies
from selfcare.safety import language, medicine, replies, requests, rules
from selfcare.safety.normalise import normal_form
from selfcare.safety.risk import (
    CONDITIONS,
    CRISIS_KIND,
    DANGEROUS_KIND,
    DEFAULT_TEMPLATE,
    EMERGENCY_KIND,
    MEDICINE_KIND,
    Risk,
)
from selfcare.safety.vocabulary import ANY_MED

logger = logging.getLogger(__name__)

KNOWLEDGE = knowledge.load()  # validated once, at import: a bad file stops the server

TOPIC_BUTTONS = KNOWLEDGE.topic_buttons()
# The diary's strategies (data/knowledge/strategies.yml, actions/diary.py): a full answer from
# the entry a strategy links offers to start it.
STRATEGIES = diary_strategies.load(KNOWLEDGE.by_id)
SHELL_CHANNEL = "cmdline"  # `make shell`: any buttons turn its next prompt into a menu


def try_this(entry: knowledge.Entry | None, path: str, channel: str | None) -> tuple[str, list[dict[str, str]]]:
    """A "Try this" button under a full answer from an entry a strategy links (not under
    "tell me more"); in the shell, where buttons would replace the typing prompt with a
    menu, the words to say instead."""
    strategy = STRATEGIES.by_entry.get(entry.id) if entry is not None and path == knowledge.ANSWER else None
    if strategy is None:
        return "", []
    if channel == SHELL_CHANNEL:
        return f'\n\nTo try {strategy.name} as your one strategy and track it, say "I want to try {strategy.name}".', []
    return "", [{"title": "Try this", "payload": f'/start_strategy{{"strategy": "{strategy.id}"}}'}]


def latest_text(tracker: Tracker) -> str:
    """The person's last message, as typed (button payloads give no text)."""
    text = (tracker.latest_message or {}).get("text") or ""
    return "" if text.startswith("/") else text


def risk_of(tracker: Tracker) -> Risk:
    """The risk decision the NLU safety gate made on the last message (none if absent)."""
    return Risk.from_dict((tracker.latest_message or {}).get("risk"))


def locale_of(tracker: Tracker) -> str | None:
    """Where the person is, for emergency numbers: a country they named in this
    message ("i'm in the uk"), else one they named before (the `locale` slot), else
    what their channel says (the web page's and Telegram's locale metadata), else the
    language they write in (a crisis written in Polish gets the Polish lines too), or,
    for a message too short to tell, the language they wrote in before."""
    said = safety.locale_from_text(latest_text(tracker))
    named = tracker.get_slot("locale")
    if said or named:
        return said or str(named)
    metadata = latest_metadata(tracker)
    from_channel = metadata.get("locale") or metadata.get("language_code")
    if from_channel:
        return str(from_channel)
    return language_of(tracker)


def language_of(tracker: Tracker) -> str | None:
    """The language the person writes in ("es", "pl", ...; None for English or unsure), from
    their last message or, when that is too short to tell, the one before it that says."""
    return language.of_conversation([str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"])


def latest_metadata(tracker: Tracker) -> dict[str, Any]:
    """What the person's channel sent with their last message (channels/validation.py
    keeps the locale and the web page's time zone); {} when nothing."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("metadata") or {}
    return {}


def remember_country(tracker: Tracker) -> list[EventType]:
    """Keeps a country the person named, so later replies use its numbers."""
    said = safety.locale_from_text(latest_text(tracker))
    return [SlotSet("locale", said)] if said and said != tracker.get_slot("locale") else []


def entity_subjects(tracker: Tracker) -> list[str]:
    """Canonical subjects from this message: the NLU entities, then a lexical
    match on names, brands and misspellings in case the classifier missed one."""
    found: list[str] = []
    text = latest_text(tracker)
    for entity in (tracker.latest_message or {}).get("entities") or []:
        value = str(entity.get("value", "")).lower().replace(" ", "_")
        if value in KNOWLEDGE.subjects and value not in found:
            found.append(value)
    for value in KNOWLEDGE.subjects_in(text):
        if value not in found:
            found.append(value)
    # The medicine lexicon knows the names in eight languages ("pregabalina", "duloksetyna"):
    # a medicine the knowledge has entries on is the subject in any of them, so "a z
    # alkoholem?" after "jak działa pregabalina?" is about pregabalin.
    # Not a generic name of the same class that the knowledge does not know: "nortriptyline" is
    # filed under amitriptyline there, but the entries are about amitriptyline alone.
    generic = [(_another_generic(name), value) for name, value in medicine.names_in(text)]
    only_another = {v for other, v in generic if other} - {v for other, v in generic if not other}
    for value in medicine.medicines_in(text):
        if value in KNOWLEDGE.subjects and value not in found and value not in only_another:
            found.append(value)
    return found


def _another_generic(name: str) -> bool:
    return bool(_MEDICINE_STEM.fullmatch(name)) and not KNOWLEDGE.subjects_in(name)


def entry_ranking(tracker: Tracker) -> list[knowledge.Ranked]:
    """The answer model's ranking of entries for the last message (components/entry_ranker.py)."""
    ranking = []
    for item in (tracker.latest_message or {}).get("entry_ranking") or []:
        try:
            ranking.append(knowledge.Ranked(str(item["entry"]), float(item["confidence"])))
        except (KeyError, TypeError, ValueError):
            continue
    return ranking


def button_entity(tracker: Tracker, name: str) -> str | None:
    """An `entry` or `group` a button carried (/ask{"entry": "..."})."""
    for entity in (tracker.latest_message or {}).get("entities") or []:
        value = entity.get("value")
        if entity.get("entity") == name and isinstance(value, str):
            return value
    return None


def choose_reply(
    text: str, ranking: list[knowledge.Ranked], subjects: list[str], context: knowledge.Context
) -> knowledge.Choice:
    """The reply path for a question (selfcare.knowledge.choice.choose); a follow-up's
    entries are ranked by the scores the answer model gave them on this message."""
    scores = {r.entry: r.confidence for r in ranking}

    def rank_within(_text: str, entry_ids: Sequence[str]) -> list[knowledge.Ranked]:
        ranked = [knowledge.Ranked(e, scores.get(e, 0.0)) for e in entry_ids]
        return sorted(ranked, key=lambda r: -r.confidence)

    return knowledge.choose(text, ranking, subjects, context, KNOWLEDGE.by_id, rank_within)


ASPECT_WORDS = {
    "how_long": "how long it takes to work",
    "session": "how long one session or infusion lasts",
    "side_effects": "side effects",
    "stopping": "stopping it",
    "how_often": "how often",
    "how_to_start": "how to start",
    "alcohol": "alcohol",
    "cost_access": "cost and access",
    "why": "why",
    "safety": "safety",
    "about": "that",
}


def no_entry_said(choice: knowledge.Choice) -> str:
    """The honest sentence: no reviewed information on what was asked."""
    if choice.subject and choice.aspect:
        subject = (
            KNOWLEDGE.subjects[choice.subject].names[0] if choice.subject in KNOWLEDGE.subjects else choice.subject
        )
        return f"I don't have reviewed information about {ASPECT_WORDS.get(choice.aspect, 'that')} for {subject}."
    if choice.subject and choice.subject not in KNOWLEDGE.subjects:
        return f"I don't have reviewed information on {choice.subject}, so I won't guess."  # "venlafaxine"
    return "I don't have reviewed information on that, so I won't guess."


TOPIC_ENTRIES_LEAD = "Here is what else I have on it:"


def no_entry_reply(choice: knowledge.Choice) -> str:
    """The honest reply: no reviewed information, who to ask, and what it can help with."""
    return (
        f"{no_entry_said(choice)} Your doctor or pharmacist can answer it for you. "
        f"I can help with {KNOWLEDGE.what_i_can_help_with()}. Pick a topic:"
    )


# Canonical medicine names (selfcare.safety.medicine) that name no medicine to answer about, and
# the classes the knowledge file has entries on under a subject name of its own.
_SAYS_NOTHING = frozenset(
    {"alcohol", "other_medicine", "nsaid", "opioid", "ssri", "benzodiazepine", "naltrexone", *CONDITIONS}
)


# Word endings that only medicine names have (the generic-name stems of the WHO's INN system:
# -triptyline and -ipramine tricyclics, -faxine and -oxetine, -gabalin, -azepam, -codone,
# -profen, -coxib, -prazole, -sartan, -statin, -olol, -triptan, ...): "what about nortriptyline
# instead?" names a medicine even when the names file does not know it.
_MEDICINE_STEM = re.compile(
    r"\b[a-z]{2,}(?:triptyline|ipramine|faxine|oxetine|alopram|gabalin|azepam|azolam|codone|morphone|profen|coxib"
    r"|prazole|carbamol|sartan|statin|olol|zodone|zapine|peridol|triptan|setron|barbital|dronate|semide)\b"
)


def _no_entry_named(text: str, entry: knowledge.Entry | None) -> str | None:
    """The first medicine or supplement a message names that has no subject in the knowledge
    file and that `entry` does not mention ("venlafaxine" beside duloxetine's entry, "methocarbamol"
    beside cyclobenzaprine's, "iron" beside magnesium's, "nortriptyline", unknown to the names file,
    beside amitriptyline's; not "sleeping pills" beside the entry on sleeping pills, nor "Laroxyl",
    which is amitriptyline), else None."""
    said = medicine.plain(f"{entry.title} {entry.question} {entry.answer} {entry.more or ''}") if entry else ""
    found = medicine.names_in(text)
    unknown = [name for name, canonical in found if canonical not in _SAYS_NOTHING | set(KNOWLEDGE.subjects)]
    # A generic name by its stem, even one the names file files under a class the knowledge
    # has a subject for ("nortriptyline" is a tricyclic, but not amitriptyline).
    unknown += [
        stem.group(0)
        for stem in _MEDICINE_STEM.finditer(medicine.plain(text))
        if stem.group(0) not in unknown and not KNOWLEDGE.subjects_in(stem.group(0))
    ]
    return next((name for name in unknown if not re.search(rf"\b{re.escape(name)}", said)), None)


_POINTS_BACK = re.compile(r"\b(?:with|and|on|plus)\s+(?:it|them|that|this|those)\b|\btogether\b")
# "so it's fine then?", "so i can take them together?", "ok so that's safe?": asking for a yes.
_ASKS_IF_FINE = re.compile(
    r"^(?:ok\w*\s+|so\s+|and\s+)*(?:(?:it|that|this|they|both)\s*(?:s|is|are|re)?\s+(?:fine|ok|okay|safe|alright"
    r"|all\s+right)|(?:i|we)\s+(?:can|could)\s+(?:take|have|mix|combine)\s+(?:them|both|it|the\s+two)(?:\s+together)?"
    r"|no\s+problem|(?:it|that)\s*(?:s|is)\s+not\s+(?:dangerous|a\s+problem))(?:\s+then)?\s*\?*$"
)
_ASKS_IF_FINE_WORDS = 8
# "and on duloxetine?", "what about cymbalta?", "y con la duloxetina?": the question before, about
# another medicine (a short follow-up opening with "and" or "what about", in the eight languages).
_SAME_OF_ANOTHER = re.compile(
    r"^(?:and|what\s+about|how\s+about|same\s+for|y|e|et|und|i|en|a|what\s+if\s+(?:i\s+m|im|i\s+am)\s+on)\b"
)
_SAME_OF_ANOTHER_WORDS = 6
# "and with my X?", "e con la X?", "und zusammen mit meinem X?", "he also takes X": taking
# the medicine named with the one talked about before.
_WITH_ANOTHER = re.compile(
    r"\b(?:with|along\s+with|on\s+top\s+of|alongside|also\s+(?:takes?|taking|on)|con|junto\s+con|avec|mit|com|junto\s+com|"
    r"insieme\s+a|z|ze|razem\s+z|met|samen\s+met)\b"
)
# "I'm on clopidogrel though", "ik slik ook sertraline", "prendo anche il coumadin" after an
# answer on another medicine or supplement: a short statement of taking one more, in eight
# languages, asks about the two together.
_ALSO_TAKES = re.compile(
    r"\b(?:i|he|she|they|we|mum|mom|dad|mother|father|husband|wife|partner)(?:\s+am|\s+is|\s+are|'m|’m|m|'s|’s|s|'re)?"
    r"\s+(?:also\s+)?(?:on|taking)\b|\b(?:i|he|she|they)\s+(?:also\s+)?takes?\b"
    r"|\b(?:tomo|estoy\s+tomando|estoy\s+con|je\s+prends|je\s+suis\s+sous|ich\s+nehme|nehme\s+(?:auch|ich)"
    r"|estou\s+a\s+tomar|estou\s+tomando|prendo|sto\s+prendendo|biore|biorę|przyjmuje|przyjmuję"
    r"|ik\s+slik|ik\s+neem|ik\s+gebruik|slik\s+ik|neem\s+ik)\b"
)
_ALSO_TAKES_WORDS = 9
# An extra dose taken by mistake, in English (the other languages' words for a missed dose
# are in data/safety/request_words.yml, group "missed").
# ("twice a day" is how it is prescribed, not an extra one: red team 33's "my doctor said ...
# twice a day, is that normal?" got the missed-dose advice)
_EXTRA_DOSE = re.compile(
    r"\b(?:by mistake|by accident|accidentally|twice(?!\s+(?:a|per|each|every)\s+(?:day|night|week))"
    r"|double(?:d)?\s+(?:up|dose\w*|my|the|your)|an extra|one extra|too many|took two)\b"
)
# An extra dose already taken ("took my pregabalin twice by mistake"), not one asked about
# ("can I double up tomorrow?"): the advice for it is said first.
_ALREADY_TAKEN = re.compile(r"\b(?:took|taken|had|swallowed|popped)\b")
_TAKEN_MORE = re.compile(r"(?<=[.!?])\s+(?=If you have taken more)")
_COMPARES = re.compile(r"\b(?:vs|versus|compared|comparison|difference\s+between|better\s+than|which\s+is\s+better)\b")
# A check-in carries an answer only when the answer model is sure in absolute terms too:
# a wrong answer under a crisis check-in would be worse than none.
CHECK_IN_ANSWER = 0.3
CLARIFY_REPLY = (
    "Which medicine, therapy or activity do you mean? Tell me its name and I'll look it up, or pick a topic:"
)
SUGGEST_REPLY = "I'm not sure I've understood. Did you mean one of these?"
# A question in another language naming something the knowledge has entries on.
OTHER_LANGUAGE_REPLY = (
    "I'm not sure I've understood: I can only read and answer questions in English so far. "
    "Here is the reviewed information I have on {name}, in English:"
)
# No subject we know named, in another language: English only, said plainly, and the topics
# (red team 18: "¿qué es la fibromialgia?" got "I don't have reviewed information on that",
# though the answer is there in English).
OTHER_LANGUAGE_TOPICS_REPLY = (
    "I'm sorry, I can only read and answer questions in English so far, so I may have missed what you asked. "
    "Here are the topics I have reviewed information on, in English:"
)


def in_other_language(english: str, text: str, locale: str | None) -> str:
    """An "English only" reply to a message in another language, after the numbers to call in
    danger, said first in that language: whatever the message said, the person has them (the
    twenty-eighth red team's Italian rope in a long message, Portuguese bleach and Spanish
    starvation got only this reply). Once: in their language when it has an opening in it (the English
    line of numbers after it had read as an alarm to a person who only used an idiom, "ce mal de dos me
    tue": the thirtieth and thirty-first red teams'), else in English after the English reply."""
    said_first = replies.opening("other_language", language.for_helplines(text), locale)
    if said_first:
        return f"{said_first}\n\n{english}"
    return f"{english}\n\n{safety.render('other_language', locale)}"


PREGNANCY_ACTIVITY_REPLY = (
    "I don't have reviewed information about {name} in pregnancy, so I won't guess. Your midwife, obstetrician "
    "or doctor can tell you what is right for you and your pregnancy. Here is what I have on pregnancy and "
    "fibromyalgia:"
)
PREGNANCY_FOLLOW_UP_WORDS = 12
BOXED_WARNING_ENTRY = "medicines_antidepressant_boxed_warning"
# A question whether an antidepressant brings suicidal or dark thoughts.
_ASKS_DARK_THOUGHTS = re.compile(
    r"\b(?:suicidal|dark|suicide|self\s*harm)\s+(?:thoughts?|feelings?|ideas?|ideation)\b|\bsuicidality\b"
    r"|\b(?:make|makes|made)\s+(?:you|people|me|her|him)\s+(?:more\s+)?suicidal\b"
)


def subject_entries(subjects: Sequence[str], limit: int = 3) -> list[str]:
    """The entries on the first subject named: its own entries first (its overview, then its
    side effects, how long it takes...), then the ones it shares with others."""
    if not subjects:
        return []
    about = [e for e in KNOWLEDGE.entries if subjects[0] in e.subjects]
    return [e.id for e in sorted(about, key=lambda e: (len(e.subjects) != 1, e.aspect != "about"))][:limit]


def compose_answer(
    text: str,
    subjects: list[str],
    context: knowledge.Context,
    risk: Risk,
    ranking: list[knowledge.Ranked],
    locale: str | None = None,
    entry_id: str | None = None,
    more_shown: bool = False,
    before: str = "",
) -> tuple[str, knowledge.Entry | None, knowledge.Choice, list[dict[str, str]]]:
    """The reply to a question, with the gate's risk decision applied first: a
    medicine-safety question gets its key fact (selfcare.safety.medicine), a dose
    question the refusal; then the knowledge entry the choice names, "did you mean"
    buttons, a question back, or the honest "no reviewed information". `more_shown`:
    the last reply already gave the rest of the last entry, so "tell me more" again
    gets related questions instead of the same text. `before`: the person's previous
    message, whose medicines a follow-up may point back to ("y junto con la duloxetina?"
    after a question on ibuprofen that no entry answered)."""
    named = set(medicine.medicines_in(text))
    earlier = set(medicine.medicines_in((context.subject or "").replace("_", " "))) - CONDITIONS
    earlier |= set(medicine.interacting_names(before)) - CONDITIONS - {"alcohol"}
    last_entry = KNOWLEDGE.by_id.get(context.entry or "")
    # Right after an answer on an activity (exercise, massage, diet...), naming no medicine, none in
    # context and no word for one: a question about that activity.
    after_an_activity = (
        not named
        and not earlier
        and last_entry is not None
        and last_entry.topic in _ACTIVITY_TOPICS
        and not _MEDICINE_WORD.search(text.lower())
    )
    if risk.template == "med_dose" and after_an_activity:
        # "how much per day?" right after an answer on aerobic exercise asks how much
        # exercise, not a dose: no medicine named, none in context, no word for one.
        risk = Risk("none", "none", "answers.not_a_dose", risk.confidence)
    if risk.kind == "none" and requests.storage_question(normal_form(text)):
        # "how should I store my medicines safely away from children?": how to keep them safe at home
        # (the thirty-second red team's got an unrelated entry, or the dose refusal)
        return safety.render("storage", locale), None, knowledge.Choice("medicine"), []
    overdose_facts = (
        medicine.overdose_facts(named or earlier)
        if risk.kind in ("none", MEDICINE_KIND) and requests.asks_overdose_signs(text)
        else []
    )
    if overdose_facts:
        # "what are the signs of a pregabalin overdose? I look after my mum": the signs to watch
        # for and what to do now, from the reviewed facts (never an amount).
        parts = [fact.text for fact in overdose_facts] + [medicine.sources_line(overdose_facts), safety.referral_text()]
        return "\n\n".join(parts), None, knowledge.Choice("medicine"), []
    if (
        risk.template == "med_pregnancy"
        and after_an_activity
        and last_entry is not None
        and len(text.split()) <= PREGNANCY_FOLLOW_UP_WORDS
    ):
        # "is it safe while pregnant?" right after an answer on massage asks about massage, not
        # medicines (the twenty-sixth red team's got the entry on medicines in pregnancy): no
        # reviewed information on it, who can say, and the entry on pregnancy and fibromyalgia.
        name = last_entry.subjects[0].replace("_", " ") if last_entry.subjects else last_entry.title.lower()
        return (
            PREGNANCY_ACTIVITY_REPLY.format(name=name),
            None,
            knowledge.Choice(knowledge.NO_ANSWER, subject=context.subject, aspect="pregnancy"),
            [KNOWLEDGE.entry_button("living_pregnancy")],
        )
    if (
        before
        and len(text.split()) <= _ASKS_IF_FINE_WORDS
        and _ASKS_IF_FINE.search(" ".join(re.sub(r"['\u2019]", "", text.lower()).split()))
        and medicine.interacting_names(before)
        and (requests.asks_to_combine(before) or requests.worded_question(before))
    ):
        # "so it's fine then?" right after a medicine-safety question: never a yes, and never an
        # overview a person may read as one (the twenty-eighth red team's).
        return safety.render("cant_say_fine", locale), None, knowledge.Choice("medicine"), []
    if _POINTS_BACK.search(text.lower()):
        # "can i take tramadol with it?": the medicine talked about before counts too.
        named |= earlier
    known = named - CONDITIONS
    compares = bool(_COMPARES.search(text.lower()))
    flat, words = " ".join(text.lower().split()), len(text.split())
    # "and with my X?", "he also takes X": a short question about taking one more
    with_another = bool(
        (_WITH_ANOTHER.search(flat) and words <= 14) or (_ALSO_TAKES.search(flat) and words <= _ALSO_TAKES_WORDS)
    )
    if (
        (risk.kind == "none" or risk.template in ("med_combination", "med_alcohol"))
        and len(known) == 1
        and earlier - known
        and with_another
    ):
        # "and with my gabapentin?" / "e con la ciprofloxacina?" after an answer on magnesium:
        # a question about taking the two together, with or without a question word. After a
        # question about drinking on a medicine ("one glass of wine with cymbalta?"), "and with
        # lyrica?" asks the same of the new one (the twenty-eighth red team's got "no reviewed
        # information about that combination" for duloxetine with pregabalin).
        known |= {"alcohol"} if "alcohol" in medicine.interacting_names(before) else earlier
        # "and with alcohol?" after pregabalin: the drink's fact for that medicine
        template = "med_alcohol" if "alcohol" in known else "med_combination"
        risk = Risk(MEDICINE_KIND, template, "answers.with_the_one_before", risk.confidence)
    # (the gate reads "and on duloxetine?" alone as combining it with something: nothing else is named)
    unsure_reading = risk.kind == "none" or (risk.template == "med_combination" and not with_another)
    asked_before = requests.worded_question(before) if before and unsure_reading else None
    if (
        asked_before in ("med_driving", "med_pregnancy", "med_stopping")
        and len(known) == 1
        and earlier - known
        and words <= _SAME_OF_ANOTHER_WORDS
        and _SAME_OF_ANOTHER.search(flat)
    ):
        # "and on duloxetine?" after "can I drive on lyrica?": the same safety question about the
        # one named now (the twenty-eighth red team's got "did you mean" buttons).
        risk = Risk(MEDICINE_KIND, asked_before, "answers.same_of_another", risk.confidence)
    # What the medicine facts are read from: this message, or with the one before when it
    # names a second anti-inflammatory or paracetamol product to take with the first ("and
    # with my aspirin 75?" after "is naproxen better than ibuprofen?").
    fact_text = text
    joined = f"{before} {text}"
    if (
        before
        and (risk.kind == "none" or risk.template in ("med_combination", "med_alcohol"))
        and known & {"nsaid", "paracetamol", "opioid"}
        and with_another
        and (
            (medicine.nsaids_twice(joined) and "nsaid" in known)
            or (medicine.paracetamol_twice(joined) and not medicine.paracetamol_twice(before))
        )
    ):
        fact_text = joined
        risk = Risk(MEDICINE_KIND, "med_combination", "answers.with_the_one_before", risk.confidence)
    if (
        not entry_id
        and risk.kind == "none"
        and (named | earlier) & medicine.ANTIDEPRESSANTS
        and _ASKS_DARK_THOUGHTS.search(text.lower())
    ):
        # "I'm not suicidal or anything, I just want to know if duloxetine can cause dark thoughts"
        # (the twenty-seventh red team's got the stopping fact three times): the boxed warning.
        entry_id = BOXED_WARNING_ENTRY
    choice = (
        knowledge.Choice(knowledge.ANSWER, entry_id, confidence=1.0)
        if entry_id in KNOWLEDGE.by_id
        else choose_reply(text, ranking, subjects, context)
    )
    answered = KNOWLEDGE.by_id[choice.entry or ""] if choice.path == knowledge.ANSWER else None
    if (
        answered is not None
        and context.subject
        and not subjects
        and answered.subjects
        and (unknown := _no_entry_named(text, answered))
    ):
        # "is venlafaxine the same?", "what about methocarbamol?" after an answer on duloxetine or
        # cyclobenzaprine: another medicine, with no entry of its own, is neither the one in
        # context nor whatever a word of the question sounds like ("the same": SAMe). It becomes
        # the subject, so "and its side effects?" next is about it too.
        choice = knowledge.Choice(knowledge.NO_ANSWER, subject=unknown)
    elif (
        choice.path == knowledge.SUGGEST
        and context.subject
        and not subjects
        and (unknown := _no_entry_named(text, None))
        and all(_no_entry_named(text, KNOWLEDGE.by_id.get(offered)) for offered in choice.suggestions)
    ):
        # the same, when the answer model was unsure and would only offer entries none of which
        # names that medicine
        choice = knowledge.Choice(knowledge.NO_ANSWER, subject=unknown)
    elif choice.path == knowledge.NO_ANSWER and not choice.subject and (unknown := _no_entry_named(text, None)):
        choice = knowledge.Choice(knowledge.NO_ANSWER, subject=unknown, aspect=choice.aspect)  # named, not "that"
    if (
        risk.template == "med_combination"
        and (len(known) < 2 or compares)
        and not (len(known) == 1 and not compares and requests.asks_to_combine(text))
        and not medicine.paracetamol_twice(fact_text)
        and not medicine.nsaids_twice(fact_text)
        and not (not known and risk.reason == "model" and choice.path == knowledge.NO_ANSWER)
        and not medicine.own_interactions(fact_text, known)
    ):
        # "i'm on cymbalta" names one medicine and nothing to combine it with, "and lyrica?"
        # asks the same question about another, "gabapentin vs pregabalin" compares: answer it.
        # But "can I take X together with <a name we don't know>" asks to combine: the
        # honest "no reviewed fact, ask your pharmacist" answers it, not an entry about X.
        # So does a question naming two things that both hold paracetamol, or two
        # anti-inflammatories ("sous Kardégic, je peux prendre de l'ibuprofène ?"), (a brand the names
        # file files under another class, "Zaldiar"), and one naming no medicine we know
        # that the risk model reads as combining and no entry answers: a combination
        # question about two brands we don't know gets "ask your pharmacist about that
        # combination", not the list of topics. "What shouldn't I take with duloxetine?" and
        # "what are the signs of serotonin syndrome?" get the medicine's interaction facts.
        risk = Risk("none", "none", risk.reason, risk.confidence)
    if (
        risk.kind != MEDICINE_KIND
        and (
            choice.path in (knowledge.NO_ANSWER, knowledge.SUGGEST)
            # two medicines with a reviewed fact on taking them together: the fact first, even
            # when an entry on one of them answers too ("naproxen together with my warfarin")
            or (len(known - {"alcohol"}) > 1 and medicine.facts_for("med_combination", fact_text, None, known))
        )
        and not compares
        and known - {"alcohol"}
        and requests.asks_to_combine(text)
        # "can I travel abroad with pregabalin?": carrying one medicine, not combining it
        and not (len(known - {"alcohol"}) == 1 and requests.travelling_with(normal_form(text)))
    ):
        # No entry answers it and it asks to combine what it names ("ok to take X with Y?"):
        # a medicine-safety question the risk model did not see. Its reviewed fact, or
        # "no reviewed fact, ask your pharmacist", answers it; "did you mean" does not.
        template = "med_alcohol" if "alcohol" in known and len(known) > 1 else "med_combination"
        risk = Risk(MEDICINE_KIND, template, "answers.two_medicines", risk.confidence)
    asked = requests.worded_question(text) if risk.kind == "none" and not known and earlier else None
    if asked in ("med_driving", "med_pregnancy", "med_stopping"):
        # "et au volant ?" after a question about tramadol: that medicine's safety question.
        risk = Risk(MEDICINE_KIND, asked, "answers.asked_of_the_one_before", risk.confidence)
    elif risk.kind == "none" and (known or earlier) - CONDITIONS - {"alcohol"} and _WHEN_TO_TAKE.search(text.lower()):
        # "how long before bed should I take it?" after amitriptyline: when to take it is part of the
        # dose, for the prescriber (red team 35's got how long it takes to work).
        risk = Risk(MEDICINE_KIND, "med_dose", "answers.when_to_take", risk.confidence)
    aspect_template = _SAFETY_ASPECT.get(_chosen_aspect(choice) or "")
    if risk.kind == "none" and aspect_template:
        # The answer is about stopping a medicine, or drinking on it ("et si j'arrête ?"
        # after pregabalin): the label's safety fact comes first, then the entry.
        risk = Risk(MEDICINE_KIND, aspect_template, "answers.entry_aspect", risk.confidence)
    if risk.kind == MEDICINE_KIND and risk.template != "med_dose":
        reply = medicine.medicine_reply(risk.template, fact_text, context.subject, locale, also=known)
        in_their_language = replies.opening("medicine_safety_intro", language.for_helplines(text), locale)
        if in_their_language:
            # "¿puedo tomar tramadol con duloxetina?": the facts are in English; what they are and
            # to ask a pharmacist first, in the person's language (the twenty-eighth red team's).
            reply = f"{in_their_language}\n\n{reply}"
        entry = KNOWLEDGE.by_id.get(choice.entry or "") if choice.path == knowledge.ANSWER else None
        if entry is None or not _answers_the_same(risk.template, entry):
            entry = _same_question_entry(risk.template, subjects or [context.subject or ""], text)
        unknown_pair = (
            risk.template == "med_combination"
            and "other_medicine" in known
            and not medicine.facts_for(risk.template, fact_text, context.subject, known)
        )
        if entry is not None and _answers_the_same(risk.template, entry) and not unknown_pair:
            # (Not after "no reviewed safety information about that combination" for a medicine
            # with no class on file: "paracetamol with pregabalin?" had the entry on sleeping
            # pills with pregabalin after it, as if paracetamol were one; the twenty-seventh red team.)
            # The reviewed entry that answers the same question (stopping this medicine,
            # medicines in pregnancy, alcohol, a medicine's safety) follows the safety
            # reply: the safety fact first, then what is known.
            referral = safety.referral_text()
            head = reply[: -len(referral)].rstrip() if reply.endswith(referral) else reply
            answer = knowledge.format_answer(entry, referral, knowledge.region_of(locale))
            return f"{head}\n\n{answer}", entry, choice, []
        if risk.reason == "answers.entry_aspect":
            # No entry on stopping this medicine: say so, then what every label says about it.
            return f"{no_entry_said(choice)}\n\n{reply}", None, choice, []
        return reply, None, knowledge.Choice("medicine"), []
    entry = None
    buttons: list[dict[str, str]] = []
    if choice.path == knowledge.ANSWER and choice.confidence < knowledge.THRESHOLDS.answer and _tells_of_a_death(text):
        # "my dad passed away last week, everything hurts more": an unsure answer is no reply to a
        # death told (see the grief reply below)
        reply, buttons = GRIEF_REPLY, TOPIC_BUTTONS
    elif choice.path in (knowledge.ANSWER, knowledge.MORE):
        assert choice.entry is not None, "choose() names the entry it answers"
        entry = KNOWLEDGE.by_id[choice.entry]
        more = choice.path == knowledge.MORE
        if more and (not entry.more or more_shown):
            reply = (
                f'That\'s all the reviewed information I have on "{entry.title}". Your doctor or pharmacist '
                "can tell you more. Related questions:"
            )
            buttons = [
                KNOWLEDGE.entry_button(e.id)
                for e in KNOWLEDGE.entries
                if e.id != entry.id and set(e.subjects) & set(entry.subjects or ("-",))
            ][:3]
            if not buttons:
                buttons = TOPIC_BUTTONS
        else:
            reply = knowledge.format_answer(entry, safety.referral_text(), knowledge.region_of(locale), more=more)
            if not more and _tells_of_a_death(text):
                # "my dad passed away last week, everything hurts more", answered with confidence: the
                # loss is acknowledged before the answer
                reply = f"{GRIEF_LINE}\n\n{reply}"
            if entry.more and not more:
                buttons = [MORE_BUTTON]
            buttons += [KNOWLEDGE.entry_button(e) for e in choice.suggestions]
    elif choice.path == knowledge.SUGGEST and not _tells_of_a_death(text):
        # (a death told is answered below, not with "did you mean")
        reply = SUGGEST_REPLY
        buttons = [KNOWLEDGE.entry_button(e) for e in choice.suggestions]
    elif choice.path == knowledge.CLARIFY:
        reply, buttons = CLARIFY_REPLY, TOPIC_BUTTONS
    elif (
        choice.path == knowledge.NO_ANSWER
        and not choice.aspect
        and language.guess(text)
        and (own_entries := subject_entries(subjects))
    ):
        # "jak działa pregabalina na ból?": the answer model reads English only, but the
        # medicine or therapy named is known: its entries, one tap away, in English.
        reply = in_other_language(
            OTHER_LANGUAGE_REPLY.format(name=KNOWLEDGE.subjects[subjects[0]].names[0]), text, locale
        )
        buttons = [KNOWLEDGE.entry_button(e) for e in own_entries]
    elif _tells_of_a_death(text) and choice.path == knowledge.NO_ANSWER and "?" in text:
        # "my grandmother died of a stroke, is fibro linked to stroke risk?": the loss, and the honest
        # answer to the question asked (red team 35's got the condolence alone).
        reply, buttons = f"{GRIEF_LINE}\n\n{no_entry_reply(choice)}", TOPIC_BUTTONS
    elif _tells_of_a_death(text):
        # "my dad passed away last week, everything hurts more": no entry, but not a refusal.
        reply, buttons = GRIEF_REPLY, TOPIC_BUTTONS
    elif choice.path == knowledge.NO_ANSWER and language.guess(text):
        reply, buttons = in_other_language(OTHER_LANGUAGE_TOPICS_REPLY, text, locale), TOPIC_BUTTONS
    elif choice.path == knowledge.NO_ANSWER and choice.suggestions:
        # "is it permanent?" after fibro fog: nothing on that, and what else there is on the topic
        reply = f"{no_entry_said(choice)} Your doctor or pharmacist can answer it for you. {TOPIC_ENTRIES_LEAD}"
        buttons = [KNOWLEDGE.entry_button(e) for e in choice.suggestions]
    else:
        reply, buttons = no_entry_reply(choice), TOPIC_BUTTONS
    if risk.template == "med_dose":
        guardrail = safety.medicine_guardrail_reply(safety.DOSE)
        if (requests.worded_question(text) == "med_dose" or _EXTRA_DOSE.search(text.lower())) and (
            not known or known & _MEDICINE_SUBJECTS
        ):
            # "forgot it this morning, take it now or wait?", "took two by mistake": no
            # timing, but never a double dose, and advice quickly after an extra one; the fact
            # first (the twenty-sixth red team's accidental double dose opened with the refusal).
            # Not for a supplement alone: its sources speak of the medicines (red team 33's magnesium).
            fact = medicine.fact_with_sources("missed_dose", known)
            if _EXTRA_DOSE.search(text.lower()) and _ALREADY_TAKEN.search(text.lower()):
                fact = _taken_more_first(fact)
            guardrail = f"{fact}\n\n{guardrail}"
        # General, sourced information about a named medicine may follow the refusal.
        medicine_facts = entry is not None and entry.topic == "medicines" and subjects
        reply = f"{guardrail}\n\n{reply}" if medicine_facts else guardrail
        said_first = replies.opening("dose", language.for_helplines(text), locale)
        if said_first:
            # "wie viel soll ich nehmen?": the refusal said first in the person's language
            reply = f"{said_first}\n\n{reply}"
        buttons = buttons if entry is not None else []
    if safety.contains_dose(reply):  # never expected; a last check on what is sent
        logger.error("answer %s contained a dose and was withheld", entry.id if entry else choice.path)
        reply, buttons = safety.medicine_guardrail_reply(safety.DOSE), []
    return reply, entry, choice, buttons


def _taken_more_first(fact: str) -> str:
    """The missed-dose fact with its advice for a dose already taken by mistake first: the
    twenty-sixth and thirty-third red teams' "took it twice by mistake" opened with "Don't
    take a double dose", said to someone who already had."""
    first, rest = fact.split("\n\n", 1)
    parts = _TAKEN_MORE.split(first, maxsplit=1)
    return f"{parts[1]} {parts[0]}\n\n{rest}" if len(parts) == 2 else fact


# When in the day to take a medicine: "how long before bed should i take it", "morning or night?"
_WHEN_TO_TAKE = re.compile(
    r"\b(?:when|what\s+time|how\s+long\s+(?:before|after)\s+(?:bed|bedtime|sleep|sleeping|food|meals?|eating|dinner"
    r"|breakfast))\b[^.?!]{0,30}\b(?:take|have)\s+(?:it|them|this|that|my\s+\w+)\b"
    r"|\b(?:take|have)\s+(?:it|them)\s+(?:at\s+night|in\s+the\s+(?:morning|evening)|before\s+bed)\s+or\b"
    r"|\b(?:morning|day)\s+or\s+(?:at\s+)?(?:night|evening|bedtime)\b|\b(?:night|evening|bedtime)\s+or\s+(?:in\s+the\s+)?"
    r"morning\b"
)
# Topics whose "how much", "how often" is about doing something, not taking something.
_ACTIVITY_TOPICS = frozenset({"exercise", "pacing", "diet", "sleep", "physical", "psychological", "flare", "fatigue"})
_MEDICINE_WORD = re.compile(rf"\b{ANY_MED}\b")
_MEDICINE_SUBJECTS = frozenset(s for e in KNOWLEDGE.entries if e.topic == "medicines" for s in e.subjects)
# The aspects of a medicine whose answer starts with the label's safety fact.
_SAFETY_ASPECT = {"stopping": "med_stopping", "alcohol": "med_alcohol"}


def _chosen_aspect(choice: knowledge.Choice) -> str | None:
    """The aspect of a medicine the choice answers: its entry's, or, when no entry
    answers it, the aspect asked about a medicine in context ("what about stopping it")."""
    if choice.path == knowledge.ANSWER and choice.entry in KNOWLEDGE.by_id:
        entry = KNOWLEDGE.by_id[choice.entry]
        return entry.aspect if entry.topic == "medicines" else None
    if choice.path == knowledge.NO_ANSWER and choice.subject in _MEDICINE_SUBJECTS:
        return choice.aspect
    return None


def _same_question_entry(template: str, subjects: Sequence[str], text: str) -> knowledge.Entry | None:
    """The reviewed entry on medicines in pregnancy, for a pregnancy question about a
    medicine the answer choice read as another entry on it ("pregnant, is it ok" after its
    side effects); never when the words ask another aspect ("how long does it take"). A
    stopping question needs no such help: its words name the aspect the choice looks for,
    and the gate's stopping reading alone is too often a medicine that "stopped working"."""
    if (
        template == "med_pregnancy"
        and set(subjects) & _MEDICINE_SUBJECTS
        and knowledge.choice.aspect_of(text) in (None, "about")
    ):
        return next((e for e in KNOWLEDGE.entries if e.topic == "medicines" and _answers_the_same(template, e)), None)
    return None


def _answers_the_same(template: str, entry: knowledge.Entry) -> bool:
    """Whether a knowledge entry answers the medicine-safety question a risk template
    names, so that it follows the safety fact: stopping a medicine, medicines in
    pregnancy, alcohol, and the safety entries on a medicine or supplement (sleeping
    pills with pregabalin, opioid risks, 5-HTP, St John's wort) after a combination."""
    if template == "med_stopping":
        return entry.aspect == "stopping"
    if template == "med_pregnancy":
        return "pregnan" in entry.id
    if template == "med_alcohol":
        return entry.aspect == "alcohol" or (entry.aspect == "safety" and entry.topic == "medicines")
    if template in ("med_combination", "med_driving"):
        # Not the entry on medicines in pregnancy: it answers another question.
        return entry.aspect == "safety" and entry.topic in ("medicines", "supplements") and "pregnan" not in entry.id
    return False


def group_reply(group_id: str) -> tuple[str, list[dict[str, str]]]:
    """A topic button: the questions the group's entries answer, as buttons."""
    entries = KNOWLEDGE.in_group(group_id)
    group = next((g for g in KNOWLEDGE.groups if g.id == group_id), None)
    if not entries or group is None:
        return f"What would you like to know? I can help with {KNOWLEDGE.what_i_can_help_with()}.", TOPIC_BUTTONS
    return (
        f"{group.title}: what would you like to know? Pick a question or type your own.",
        [KNOWLEDGE.entry_button(e.id) for e in entries[:12]],
    )


DIARY_HINT = (
    "I can also help you try one self-care strategy at a time and see what helps: say "
    '"I want to try walking", check in each day, and ask "how am I doing?".'
)
# "help", "what can you do?": what the assistant is for (the topics and the diary), not
# "no reviewed information on that".
_ASKS_HELP = re.compile(
    r"(?:please )?(?:help|help me|help please|what can you do|what do you do|what can i ask(?: you)?|what can you help"
    r"(?: me)? with|how does this work|how do i use (?:this|you)|what are you for|menu|options|commands|start)"
    r"(?: for me)?(?: please)?"
)


def asks_for_help(text: str) -> bool:
    return bool(_ASKS_HELP.fullmatch(" ".join(text.lower().split()).strip(" ?!.")))


# "how do I check in?", "how does the diary work?": how to use the assistant's own diary (red team 35's
# got "your doctor or pharmacist can answer it").
_ASKS_DIARY_HELP = re.compile(
    r"(?:so |ok |okay |and |but )?(?:how (?:do|can|should) (?:i|we|you) (?:do (?:a |the )?|use (?:the |my |a )?)?"
    r"(?:check in|check-in|checkin|log (?:my )?(?:pain|symptoms|day|scores?)|use the diary"
    r"|use (?:the |my )?(?:pain |symptom )?(?:diary|log|tracker)|track (?:my )?(?:pain|symptoms|progress)"
    r"|start a strategy|try a strategy|record (?:my )?(?:pain|symptoms|day))"
    r"|how does (?:the |my |this )?(?:diary|check in|check-in|checkin|tracker|log) work"
    r"|what(?:'s| is) (?:a |the )?(?:check in|check-in|checkin|diary)(?: for)?)"
    r"(?: here| again| with you)?(?: please)?"
)
DIARY_HELP = (
    'To see what helps you, try one strategy at a time: say "I want to try walking" (or another strategy). Then '
    'say "check in" once a day: I ask about your pain and tiredness from 0 to 10, how you slept, and whether you '
    'did your strategy. Say "how am I doing?" to see how it\'s going, "export my diary" for a copy, and '
    '"delete my data" to erase it all.'
)


def asks_for_diary_help(text: str) -> bool:
    return bool(_ASKS_DIARY_HELP.fullmatch(" ".join(text.lower().replace("\u2019", "'").split()).strip(" ?!.")))


def help_reply() -> str:
    topics = KNOWLEDGE.what_i_can_help_with()
    return f"I share reviewed, sourced self-care information on {topics}. {DIARY_HINT} Pick a topic:"


class ActionAnswerTopic(Action):
    """Answers a question from the knowledge file, keeping the last entry and subject
    for follow-ups ("how long does it take to work?", "tell me more")."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return self.answer(dispatcher, tracker, risk_of(tracker))

    def answer(self, dispatcher: CollectingDispatcher, tracker: Tracker, risk: Risk) -> list[EventType]:
        """The reply to the last message read as a question, with this risk decision."""
        if risk.alarm:  # the NLU gate routes these elsewhere; never answer past one
            return respond_to_risk(dispatcher, tracker, risk)
        if risk.kind == DANGEROUS_KIND:
            return respond_to_risk(dispatcher, tracker, risk)

        events: list[EventType] = []
        prefix = ""
        if tracker.get_slot("crisis_active"):
            prefix = followup_prefix(tracker)
            events.append(SlotSet("crisis_active", False))
        group = button_entity(tracker, "group")
        if group:
            reply, buttons = group_reply(group)
            dispatcher.utter_message(text=prefix + reply, buttons=buttons)
            answer_log.record("topic_list", tracker.get_latest_input_channel())
            return events

        text = latest_text(tracker)
        typed = str((tracker.latest_message or {}).get("text") or "")
        if note_the_place(dispatcher, tracker, prefix) or point_to_a_vet(dispatcher, tracker):
            return events + remember_country(tracker)
        if not typed.strip():
            rephrase = rephrase_reply("")  # nothing typed (a button's payload is not empty)
        elif not text:
            rephrase = REPHRASE_DEFAULT  # a button: answered below
        elif max((len(w) for w in re.findall(r"[^\W\d_]+", text)), default=0) > LONGEST_WORD:
            rephrase = GIBBERISH_REPLY  # one run of letters longer than any word
        else:
            rephrase = rephrase_reply(text)
        if rephrase != REPHRASE_DEFAULT:  # no letters, or not English
            dispatcher.utter_message(text=prefix + rephrase, buttons=TOPIC_BUTTONS)
            answer_log.record("rephrase", tracker.get_latest_input_channel())
            return events
        if asks_for_help(typed):
            dispatcher.utter_message(text=prefix + help_reply(), buttons=TOPIC_BUTTONS)
            answer_log.record("help", tracker.get_latest_input_channel())
            return events
        if asks_for_diary_help(typed):
            dispatcher.utter_message(text=prefix + DIARY_HELP)
            answer_log.record("help", tracker.get_latest_input_channel())
            return events
        if button_entity(tracker, "more"):
            text = "tell me more"
        elif (tracker.latest_message or {}).get("intent", {}).get("name") == "affirm" and (
            _NOD.match(typed.lower()) or len(typed.split()) <= _AFFIRM_WORDS
        ):
            # "yes please", "go on then" right after an answer (data/rules/answers.yml): the
            # rest of it when the answer offered "Tell me more"; a plain "ok" is only a nod. A
            # longer message the model heard as a yes is read for what it says ("my dog died
            # yesterday and I can't stop crying" got "Okay. What would you like to know?").
            if _NOD.match(typed.lower()) or not _offered_more(tracker):
                dispatcher.utter_message(text=prefix + AFFIRM_REPLY)
                return events
            text = "tell me more"
        subjects = entity_subjects(tracker)
        if subjects and len(text.split()) <= _SHORT_ANSWER:
            # "how long does it take to work?" got "which medicine do you mean?": "cymbalta"
            # answers that question, so the two are read together.
            text = f"{_asked_before_clarify(tracker) or ''} {text}".strip()
        context = knowledge.Context(
            tracker.get_slot("last_entry"), tracker.get_slot("subject"), tracker.get_slot("offered_entry")
        )
        chosen = button_entity(tracker, "entry")
        if not chosen and context.entry in KNOWLEDGE.by_id and _ANOTHER_PLACE.search(text.lower()):
            chosen = context.entry  # "and in canada?": the last answer, for another place
        reply, entry, choice, buttons = compose_answer(
            text,
            subjects,
            context,
            risk,
            entry_ranking(tracker),
            locale_of(tracker),
            chosen,
            more_shown=_more_shown(tracker, context.entry),
            before=_previous_text(tracker),
        )
        hint, start = try_this(entry, choice.path, tracker.get_latest_input_channel())
        dispatcher.utter_message(text=prefix + reply + hint, buttons=[*buttons, *start])
        answer_log.record(choice.path, tracker.get_latest_input_channel())
        if entry is None:
            subject = subjects[0] if subjects else (choice.subject or tracker.get_slot("subject"))
            offered = choice.suggestions[0] if choice.path == knowledge.SUGGEST and choice.suggestions else None
            if offered and not subjects:
                # The conversation moved to what was offered: an older subject ("heat", two
                # turns back) must not take "anything for that".
                offered_subjects = KNOWLEDGE.by_id[offered].subjects
                subject = offered_subjects[0] if len(offered_subjects) == 1 else None
            return events + remember_country(tracker) + [SlotSet("subject", subject), SlotSet("offered_entry", offered)]
        logger.info("answered with entry %s (%s)", entry.id, choice.path)
        subject = next((s for s in subjects if s in entry.subjects), None) or (
            entry.subjects[0]
            if len(entry.subjects) == 1
            else tracker.get_slot("subject")
            if tracker.get_slot("subject") in entry.subjects
            else None
        )
        return (
            events
            + remember_country(tracker)
            + [SlotSet("last_entry", entry.id), SlotSet("subject", subject), SlotSet("offered_entry", None)]
        )


# "what about in india?", "and in europe?" right after an answer: the same question for
# another place (the entries give the US, UK and EU picture where it differs).
_ANOTHER_PLACE = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|same\s+(?:for|in)|is\s+it\s+the\s+same\s+in|what\s+if\s+i\s*(?:m|am|'m)?)?"
    r"\s*(?:in|for)?\s*(?:the\s+)?(?:us|usa|u\.s\.?|america|states|uk|u\.k\.?|britain|great\s+britain|england|scotland"
    r"|wales|northern\s+ireland|ireland|europe|eu|canada|australia|oz|new\s+zealand|nz|south\s+africa|india|spain"
    r"|france|germany|portugal|brazil|italy|poland|netherlands|holland|belgium|austria|switzerland|mexico)"
    r"(?:\s+(?:then|too|instead))?\W*$"
)
# At most this many words answer "which medicine do you mean?" ("cymbalta", "i meant my lyrica").
_SHORT_ANSWER = 4


def _asked_before_clarify(tracker: Tracker) -> str | None:
    """The person's question before this message when the assistant's reply to it was
    the question back ("Which medicine, therapy or activity do you mean?"), else None."""
    bot_text, seen_latest = None, False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            if not seen_latest:
                seen_latest = True
                continue
            return str(event.get("text") or "") if bot_text and bot_text.startswith(CLARIFY_REPLY) else None
        if kind == "bot" and seen_latest and bot_text is None:
            bot_text = str(event.get("text") or "")
    return None


def _previous_text(tracker: Tracker) -> str:
    """The person's message before this one, as typed ("" when there is none)."""
    said = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]
    previous = said[-2] if len(said) > 1 else ""  # said[-1] is this message
    return "" if previous.startswith("/") else previous


# A yes is short: "yes please", "sure, go on then", "yeah why not tell me".
_AFFIRM_WORDS = 6
AFFIRM_REPLY = "Okay. What would you like to know? Ask me anything about living with fibromyalgia."
MORE_BUTTON = {"title": "Tell me more", "payload": '/ask{"more": "yes"}'}
# A yes that only acknowledges: "ok", "alright", "got it", "cool thanks".
_NOD = re.compile(
    r"^\W*(?:ok|okay|k|kk|alright|all\s+right|fine|cool|got\s+it|i\s+see|right|great|good|nice|noted|understood)"
    r"(?:\W+(?:thanks|thank\s+you|ta|cheers))?\W*$"
)


def _offered_more(tracker: Tracker) -> bool:
    """Whether the assistant's last reply offered the "Tell me more" button."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            continue
        if event.get("event") == "bot":
            buttons = (event.get("data") or {}).get("buttons") or []
            return MORE_BUTTON in buttons
    return False


def _more_shown(tracker: Tracker, entry_id: str | None) -> bool:
    """Whether the assistant's last reply already gave the rest ("more") of this entry."""
    entry = KNOWLEDGE.by_id.get(entry_id or "")
    if entry is None or not entry.more:
        return False
    last = next((e.get("text") or "" for e in reversed(tracker.events) if e.get("event") == "bot"), "")
    return entry.more.strip()[:80] in last


class ActionGreet(Action):
    """Says what the assistant is, what it can help with (from the topic list), and offers the topics."""

    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(
            text=(
                "Hi, I'm a self-care assistant for people living with fibromyalgia. I share reviewed, "
                f"sourced information on {KNOWLEDGE.what_i_can_help_with()}. I'm not a doctor. "
                'You can also try one strategy at a time, with a daily check-in: say "I want to try walking". '
                "What would you like to know?"
            ),
            buttons=TOPIC_BUTTONS,
        )
        return []


PLACE_NOTED_REPLY = (
    "Thanks for telling me where you are. If you ever need a helpline, I'll give you the numbers for there. "
    "What would you like to know about fibromyalgia?"
)
PLACE_WITHOUT_LINES_REPLY = (
    "Thanks for telling me where you are. I don't have checked helpline numbers for your country yet, so in an "
    "emergency please call your local emergency number. What would you like to know about fibromyalgia?"
)


def note_the_place(dispatcher: CollectingDispatcher, tracker: Tracker, prefix: str = "") -> bool:
    """A message that only says where the person is ("I'm in the UK", "Estoy en Perú") gets
    that acknowledged, not "I don't have reviewed information on that" (the nineteenth red
    team's); the caller keeps the country (remember_country). False for anything else."""
    text = latest_text(tracker)
    if not safety.says_only_where(text):
        return False
    if prefix:
        # in a crisis, the follow-up already gives the numbers for the place they named
        dispatcher.utter_message(text=prefix.strip())
    else:
        without_lines = safety.region_of(safety.locale_from_text(text)) == "elsewhere"
        reply = PLACE_WITHOUT_LINES_REPLY if without_lines else PLACE_NOTED_REPLY
        dispatcher.utter_message(text=reply, buttons=TOPIC_BUTTONS)
    answer_log.record("place", tracker.get_latest_input_channel())
    return True


PET_REPLY = (
    "That sounds worrying. Please call your vet, or an out-of-hours vet, now, even if your pet seems fine, and "
    "keep the packet so you can tell them what was eaten and how much. I can only help with people's "
    "fibromyalgia self-care, so a vet is the right person for this."
)


PET_GIVE_REPLY = (
    "Please ask your vet before giving a pet any medicine meant for people: what is safe for a person can "
    "be harmful to an animal, and only a vet can say what your pet can have. I can only help with people's "
    "fibromyalgia self-care."
)


def point_to_a_vet(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A pet that swallowed a medicine ("my dog ate my pregabalin", the twentieth red team's, had
    got the dose refusal) gets pointed to a vet now; a question about giving one a person's medicine
    ("and can I give it to my dog?"), to a vet before it. False for anything else."""
    text = latest_text(tracker)
    if requests.pet_ate_medicine(text):
        reply = PET_REPLY
    elif requests.pet_given_medicine(text):
        reply = PET_GIVE_REPLY
    else:
        return False
    dispatcher.utter_message(text=reply)
    answer_log.record("pet", tracker.get_latest_input_channel())
    return True


class ActionOutOfScope(Action):
    """Outside what it can help with: says so, and what it can help with."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        text = latest_text(tracker)
        if note_the_place(dispatcher, tracker) or point_to_a_vet(dispatcher, tracker):
            return remember_country(tracker)
        if _tells_of_a_death(text):
            # "my grandma died last month": not a topic to turn away.
            dispatcher.utter_message(text=GRIEF_REPLY, buttons=TOPIC_BUTTONS)
            answer_log.record("grief", tracker.get_latest_input_channel())
            return []
        other_language = language.guess(text)
        named = entity_subjects(tracker) if other_language else []
        if own_entries := subject_entries(named):
            # "a ciclobenzaprina ajuda a dormir?": read as out of scope because the answer model
            # reads English only, but what it names has entries: those, one tap away, in English.
            subject = named[0]
            dispatcher.utter_message(
                text=in_other_language(
                    OTHER_LANGUAGE_REPLY.format(name=KNOWLEDGE.subjects[subject].names[0]), text, locale_of(tracker)
                ),
                buttons=[KNOWLEDGE.entry_button(e) for e in own_entries],
            )
            answer_log.record("rephrase", tracker.get_latest_input_channel())
            return [SlotSet("subject", subject)]
        if other_language:
            dispatcher.utter_message(
                text=in_other_language(OTHER_LANGUAGE_TOPICS_REPLY, text, locale_of(tracker)), buttons=TOPIC_BUTTONS
            )
            answer_log.record("rephrase", tracker.get_latest_input_channel())
            return []
        in_context = tracker.get_slot("last_entry") or tracker.get_slot("subject") or tracker.get_slot("offered_entry")
        if in_context and knowledge.reads_as_follow_up(text) and not knowledge.asks_an_errand(text):
            # "is it covered on the nhs?", "how do i apply?", "what can i do on cold days?" right
            # after an answer: a follow-up the intent model read as out of scope (the twenty-first
            # red team's); the answer action reads it in its conversation.
            return await ActionAnswerTopic().run(dispatcher, tracker, domain)
        if knowledge.asks_an_errand(text):
            # "which brand is best", "book me a massage": say what it cannot do, not that
            # the topic is outside fibromyalgia (it often is not).
            dispatcher.utter_message(
                text=ERRAND_REPLY.format(topics=KNOWLEDGE.what_i_can_help_with()), buttons=TOPIC_BUTTONS
            )
            answer_log.record("out_of_scope", tracker.get_latest_input_channel())
            return []
        dispatcher.utter_message(
            text=f"Sorry, that's outside what I can help with. I can help with {KNOWLEDGE.what_i_can_help_with()}.",
            buttons=TOPIC_BUTTONS,
        )
        answer_log.record("out_of_scope", tracker.get_latest_input_channel())
        return []


ERRAND_REPLY = (
    "Sorry, that's outside what I can help with: I can't recommend brands, products or shops, or book, buy or "
    "find things for you. I share reviewed, sourced self-care information on {topics}."
)
# Someone lost: "lost my mum", "lost our dog"; not "lost my symptom diary app" (red team 33).
_LOST_SOMEONE = (
    r"lost\s+(?:my|our)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|baby"
    r"|brother|sister|friend|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|nan|nana|aunt|auntie|uncle"
    r"|cousin|niece|nephew|boyfriend|girlfriend|fiance|fiancee|dog|cat|pet|puppy|kitten|horse)"
)
# A death of someone close (or a pet), in English: the out-of-scope reply would be cold.
_GRIEF = re.compile(
    r"\b(?:(?<!nearly )(?<!almost )(?<!practically )died"
    r"(?! laughing| of (?:laughter|embarrassment|shame|boredom|cringe))|passed away|passed on|"
    + _LOST_SOMEONE
    + r"|funeral|grie(?:f|ving|ve)|bereave\w*|put (?:him|her|them) down)\b"
)


# A thing that "died": "my phone died", "the laptop battery died", "my plant died lol" (the twenty-ninth
# red team's got the condolence).
_A_THING_DIED = re.compile(
    r"\b(?:phone|mobile|laptop|computer|pc|tablet|ipad|kindle|battery|batteries|car|engine|tv|telly|router|wifi"
    r"|internet|printer|fridge|freezer|kettle|hoover|vacuum|charger|headphones|earbuds|watch|fitbit|plants?"
    r"|houseplants?|tomatoes|basil|cactus|orchid|succulents?|garden|conversation|chat|app|game|mood|vibe)\s+"
    r"(?:just\s+|finally\s+|has\s+|had\s+|totally\s+|completely\s+)?died\b"
)


def _tells_of_a_death(text: str) -> bool:
    """A death of someone close (or a pet), in English or the seven other languages; not of a phone."""
    lowered = text.lower()
    someone = r"\b(?:passed|funeral|grie\w*|bereave\w*|" + _LOST_SOMEONE + r")\b"
    if _A_THING_DIED.search(lowered) and not re.search(someone, lowered):
        return False
    return bool(_GRIEF.search(lowered)) or rules.tells_of_a_death(text)


GRIEF_LINE = "I'm so sorry for your loss. Grief is hard, and it's all right to take things slowly."
GRIEF_REPLY = (
    f"{GRIEF_LINE} If it would help, I can "
    "share reviewed information on sleep, stress and mood with fibromyalgia. And if it ever feels like too much, "
    "your doctor, or someone close to you, is there to talk to."
)


def respond_to_risk(
    dispatcher: CollectingDispatcher, tracker: Tracker, risk: Risk, kind: str | None = None
) -> list[EventType]:
    """The reviewed reply for a crisis, an emergency or a dangerous request, with the
    numbers for where the person is; counted (without text) in the safety log."""
    kind = kind or risk.kind
    template = risk.template if risk.kind == kind else DEFAULT_TEMPLATE[kind]
    earlier = crisis_in_progress(tracker)
    if kind == CRISIS_KIND and took_them(tracker):
        template = "harm_done"
    if kind == CRISIS_KIND and template in _LESS_SURE.get(earlier, ()):
        # "jk", "forget it", "im fine" after an overdose, means at hand or someone else at
        # risk: an unsure reading of the new message never lowers what the person said.
        template = earlier
        reply, logged = safety.followup(template, locale_of(tracker)), f"{template}_followup"
    else:
        reply, logged = safety.render(template, locale_of(tracker), language_of(tracker)), template
    if logged in ("emergency", "emergency_other", "harm_done", "harm_done_other"):
        # "took tramadol with my cymbalta, now shaking and sweating", "took my amitriptyline with
        # phenelzine": name what the pair is known for (serotonin syndrome, slowed breathing,
        # bleeding), for the emergency team.
        note = medicine.emergency_note(latest_text(tracker))
        if note:
            reply = f"{reply}\n\n{safety.render(f'emergency_note_{note}', locale_of(tracker))}"
    if logged in _OWN_CRISIS and medicine.started_antidepressant(latest_text(tracker)):
        reply = f"{reply}\n\n{safety.render('crisis_note_new_antidepressant', locale_of(tracker))}"
    if logged in ("crisis_check", "crisis_past", "crisis_past_other"):
        # Unsure: ask gently, and still answer what they asked ("i feel like i'm failing
        # at managing this" deserves the encouragement too) when the answer model is sure.
        # A past attempt told as history ("now I'm doing better. Does CBT help?") likewise.
        ranking = entry_ranking(tracker)
        if (
            ranking
            and ranking[0].entry in KNOWLEDGE.by_id
            and ranking[0].confidence >= CHECK_IN_ANSWER
            and knowledge.choice.confidence_of(ranking) >= knowledge.THRESHOLDS.answer
        ):
            entry = KNOWLEDGE.by_id[ranking[0].entry]
            reply = f"{reply}\n\n{knowledge.format_answer(entry, safety.referral_text())}"
    dispatcher.utter_message(text=reply)
    safety_log.record(logged, tracker.get_latest_input_channel(), risk.reason)
    events: list[EventType] = remember_country(tracker)
    if kind in (CRISIS_KIND, EMERGENCY_KIND) and logged != "crisis_past_other":
        # "forget it", "ok", "bye" next keep the advice (the follow-up), and a goodbye later
        # in the conversation keeps the numbers (crisis_earlier). (Not after someone else's
        # suicidal thoughts told as history: nobody is in danger now.)
        events += [
            SlotSet("crisis_active", True),
            SlotSet("crisis_kind", template),
            SlotSet("crisis_earlier", True),
            # a past attempt told as history: the next question is answered without a check-in
            SlotSet("crisis_said_safe", template == "crisis_past"),
        ]
    return events


# "I took them", "me las tomé", "je les ai prises", "ich hab sie genommen" after a crisis
# about tablets at hand: harm done now, whatever the new message alone reads as (red team,
# thirteenth session: "I took them" after "my whole month of pregabalin in front of me" got
# the follow-up to put distance between them).
_TOOK_THEM = re.compile(
    r"\b(?:i\s+)?(?:already\s+|just\s+)?(?:took|swallowed|downed)\s+(?:them|it|they|those|all|the\s+lot|everything"
    r"|the\s+(?:pills|tablets|lot))\b|\bi(?:ve|\s+have)\s+(?:already\s+|just\s+)?(?:taken|swallowed)\s+(?:them|it|all)\b"
    r"|\bme\s+(?:las|los|la|lo)\s+(?:tome|he\s+tomado|trague|he\s+tragado)\b|\bje\s+les\s+ai\s+(?:prises?|avalees?"
    r"|pris|avale)\b|\b(?:ich\s+)?(?:habe|hab)\s+sie\s+(?:\w+\s+)?(?:genommen|geschluckt)\b"
    r"|\b(?:tomei|engoli)(?:\s+(?:os|as|todos|todas|tudo))\b|\b(?:le|li)\s+ho\s+(?:pres[ei]|ingoiat[ei]|inghiottit[ei])\b"
    r"|\b(?:wzialem|wzielam|polknalem|polknelam|lyknalem|lyknelam)\s+(?:je|wszystkie|wszystko)\b"
    r"|\bik\s+heb\s+ze\s+(?:\w+\s+)?(?:genomen|ingenomen|geslikt)\b"
)
# The replies to the person's own crisis, after which a new antidepressant is named.
_OWN_CRISIS = frozenset({"crisis", "crisis_imminent", "crisis_check", "harm_done_injury"})
# The crises after which "I took them" says the tablets are taken.
_AT_HAND = frozenset({"crisis", "crisis_imminent", "crisis_check"})


def crisis_in_progress(tracker: Tracker) -> str:
    """The kind of the crisis reply this conversation is still in ("" when none)."""
    return str(tracker.get_slot("crisis_kind")) if tracker.get_slot("crisis_active") else ""


def took_them(tracker: Tracker) -> bool:
    """Whether, in a crisis about tablets at hand, the person now says they took them."""
    return crisis_in_progress(tracker) in _AT_HAND and bool(_TOOK_THEM.search(normal_form(latest_text(tracker))))


# The crisis readings that never replace an earlier, more specific one in the same crisis.
# The gentle readings (the check-in, a past attempt told as history) never replace any crisis reply.
_GENTLE = ("crisis_check", "crisis_past", "crisis_past_other")
_LESS_SURE = {
    # "jk, forget it" / "relax, just asking" after "I want to kill myself": the follow-up
    # with the numbers, never the gentle check's "if I misread you".
    "crisis": _GENTLE,
    "harm_done": (*_GENTLE, "crisis"),
    "harm_done_injury": (*_GENTLE, "crisis"),
    "crisis_imminent": (*_GENTLE, "crisis"),
    "crisis_other": _GENTLE,
    "harm_done_other": (*_GENTLE, "crisis_other", "emergency", "emergency_other"),
    "danger_other": (*_GENTLE, "crisis", "crisis_imminent", "crisis_other", "emergency"),
    "child_abuse_other": (*_GENTLE, "crisis_other"),
    "abuse": _GENTLE,
    "child_safety": (*_GENTLE, "crisis"),
}


class ActionCrisisResponse(Action):
    """Acknowledges the person, gives crisis and emergency numbers, asks if they are
    safe; for someone else at risk, what to do for them; for harm already done, emergency
    care first."""

    def name(self) -> str:
        return "action_crisis_response"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        risk = risk_of(tracker)
        if stops_the_medicine_in_context(tracker, risk):
            stopping = Risk(MEDICINE_KIND, "med_stopping", "answers.stop_in_context", risk.confidence)
            # the crisis rule expects its slot after this action: listen next, as after any answer
            return [*ActionAnswerTopic().answer(dispatcher, tracker, stopping), FollowupAction("action_listen")]
        return respond_to_risk(dispatcher, tracker, risk, CRISIS_KIND)


# "what if i want to stop?", "can i just quit taking it?" right after an answer about a
# medicine: stopping that medicine. Only the risk model, which reads one message alone, can
# hear a crisis in it (red team 34's "what if I want to stop?" after pregabalin got the
# crisis reply); "i want it all to stop" or any word beyond stopping "it" stays a crisis.
_STOP_IT = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|hmm)\W+)?(?:what\s+(?:if|happens\s+if)|and\s+if|if|can|could|should|how\s+do)\s+i\s+"
    r"(?:just\s+|ever\s+|eventually\s+)?(?:want(?:ed)?\s+to\s+|wanna\s+|decide\s+to\s+|need\s+to\s+)?(?:just\s+)?"
    r"(?:stop|quit|come\s+off)(?:\s+(?:it|them|taking\s+(?:it|them)))?(?:\s+(?:later|one\s+day|some\s+day|someday))?\W*$"
)


def stops_the_medicine_in_context(tracker: Tracker, risk: Risk) -> bool:
    """Whether a crisis only the risk model heard is a question about stopping the medicine
    the conversation is on (never inside a crisis already under way)."""
    if risk.reason != "model" or risk.template not in ("crisis", "crisis_check") or crisis_in_progress(tracker):
        return False
    subject = KNOWLEDGE.subjects.get(str(tracker.get_slot("subject") or ""))
    stop_it = _STOP_IT.match(normal_form(latest_text(tracker)))
    return subject is not None and subject.kind == "medicine" and bool(stop_it)


class ActionEmergencyResponse(Action):
    """Urgent-care guidance with the emergency number, not fibromyalgia content."""

    def name(self) -> str:
        return "action_emergency_response"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return respond_to_risk(dispatcher, tracker, risk_of(tracker), EMERGENCY_KIND)


class ActionDangerousRequestResponse(Action):
    """No compliance: a plain warning and the right resource (eating-disorder lines,
    poison control, the prescriber)."""

    def name(self) -> str:
        return "action_dangerous_request_response"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return respond_to_risk(dispatcher, tracker, risk_of(tracker), DANGEROUS_KIND)


# A plain no (or "I don't know") to "Are you safe right now?", in the eight languages;
# "forget it" or "no, I didn't mean it" take it back instead, and get the ordinary follow-up.
_PLAIN_NO = re.compile(
    r"(?:no|nope|nah|not really|no not really|not safe|i'?m not|no i'?m not|i'?m not safe|no i'?m not safe"
    r"|idk|i don'?t know|dunno|not sure|i'?m not sure|no idea"
    r"|nein|nee|non|nie|não|nao|no estoy bien|no lo estoy|je ne suis pas en sécurité|nicht wirklich)"
)
# A plain yes to "Are you safe right now?".
_PLAIN_SAFE = re.compile(
    r"(?:yes|yeah|yep|yes i am|yeah i am|i am|i'?m safe|yes i'?m safe|i'?m safe now|yes i'?m safe now"
    r"|i'?m ok(?:ay)?|yes i'?m ok(?:ay)?|i'?m fine|yes i'?m fine|safe|ja|sí|si|oui|sim|tak|yes,? thanks?)"
)


# Said in passing after a crisis reply: "no i'm not in danger, he just doesn't get fibro", "lol no
# im fine, i meant the weather!" (the twenty-first red team's got the same check-in again).
_SAYS_SAFE = re.compile(
    r"\b(?:i'?m|i\s+am)\s+(?:not\s+in\s+(?:any\s+)?danger|not\s+suicidal|(?:totally\s+|perfectly\s+|really\s+|completely\s+"
    r"|absolutely\s+)?(?:fine|ok(?:ay)?|safe|alright|all\s+right))\b|\bi\s+(?:only\s+|just\s+)?meant\b"
    r"|\bnot\s+(?:like\s+that|in\s+that\s+way|what\s+i\s+meant)\b"
)


def says_safe(text: str) -> bool:
    """A plain yes to "Are you safe right now?", or a message that says so in passing."""
    said = " ".join(text.lower().replace("\u2019", "'").split()).strip(" .!")
    return bool(_PLAIN_SAFE.fullmatch(said) or _SAYS_SAFE.search(said))


def followup_prefix(tracker: Tracker) -> str:
    """After a crisis reply, the check-in that goes before the answer to whatever came next:
    glad they are safe when they said so, else the numbers again and "how are you doing?"."""
    said_safe = says_safe(latest_text(tracker))
    if tracker.get_slot("crisis_said_safe") and not said_safe:
        return ""  # they said they were safe the turn before: answer the question
    return f"{safety.followup(tracker.get_slot('crisis_kind'), locale_of(tracker), safe=said_safe)}\n\n"


class ActionCrisisFollowup(Action):
    """After a crisis reply: stays with the person, with the numbers, whatever short
    reply comes back ("no", "jk", "forget it", "bye")."""

    def name(self) -> str:
        return "action_crisis_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if took_them(tracker):
            return respond_to_risk(dispatcher, tracker, Risk(CRISIS_KIND, "harm_done", "answers.took_them", 1.0))
        said = " ".join(latest_text(tracker).lower().replace("\u2019", "'").split()).strip(" .!")
        safe = says_safe(said)
        dispatcher.utter_message(
            text=safety.followup(
                tracker.get_slot("crisis_kind"),
                locale_of(tracker),
                not_safe=bool(_PLAIN_NO.fullmatch(said)),
                safe=safe,
            )
        )
        # crisis_active stays set: "no", "not really", "actually i meant it", "bye" keep
        # getting this check-in with the numbers; a question about something else clears it.
        # Once they have said they are safe, their next question is answered without the
        # check-in again (the twenty-fourth red team's: every later question got it; a slot the
        # rules do not read, so "bye" or "no" after it still gets this follow-up).
        said_safe = safe and tracker.get_slot("crisis_kind") in safety.SAFE_AFTER
        return remember_country(tracker) + ([SlotSet("crisis_said_safe", True)] if said_safe else [])


class ActionGoodbyeAfterCrisis(Action):
    """A goodbye or a thanks later in a conversation that had a crisis or an emergency
    reply (a question answered in between): the numbers go with the goodbye."""

    def name(self) -> str:
        return "action_goodbye_after_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        thanks = (tracker.latest_message or {}).get("intent", {}).get("name") == "thank"
        dispatcher.utter_message(text=safety.goodbye_after(tracker.get_slot("crisis_kind"), thanks, locale_of(tracker)))
        return remember_country(tracker)


def rephrase_reply(text: str) -> str:
    stripped = text.strip()
    if not stripped:
        return "I didn't get any words there. What would you like to know? You can type a question or pick a topic:"
    if not any(ch.isalpha() for ch in stripped) and any(ch.isdigit() for ch in stripped):
        return (
            "I see a number, but I'm not asking for one right now. To log today's pain, fatigue and sleep, "
            'say "check in". Or ask me a question, or pick a topic:'
        )
    if not any(ch.isalpha() for ch in stripped):
        return (
            "I can only read words, not emoji or symbols. What would you like to know? You can type a question or "
            "pick a topic:"
        )
    letters = [ch for ch in stripped if ch.isalpha()]
    if len(letters) == 1 and letters[0].casefold() not in ONE_LETTER_WORDS:
        # "a" alone (the twenty-ninth red team's) had been told "no reviewed information on that"
        return "I only see one letter there. What would you like to know? You can type a question or pick a topic:"
    if sum(1 for ch in letters if ord(ch) > 0x24F) > len(letters) / 2:
        # A script none of the eight languages uses: whatever it says, the way to help now (red team 35's
        # Russian "I want to die" got only this line; the eight languages' replies carry their own).
        return (
            "Sorry, I can only understand English for now. If you are in danger or thinking of ending your life, "
            "please call your local emergency number now. You can type your question in English or pick a topic:"
        )
    return REPHRASE_DEFAULT


ONE_LETTER_WORDS = {"y", "n", "k", "i"}  # yes, no, okay, and "I": read as words elsewhere
REPHRASE_DEFAULT = "Sorry, I'm not sure I understood. Could you put it another way? Or pick a topic:"
GIBBERISH_REPLY = (
    "That doesn't look like words I know. What would you like to know? You can type a question or pick a topic:"
)
LONGEST_WORD = 40  # longer than any English word a person types (URLs aside)


class ActionAskRephrase(Action):
    """Low confidence: asks the person to rephrase, with the main topics as buttons."""

    def name(self) -> str:
        return "action_ask_rephrase"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(text=rephrase_reply(latest_text(tracker)), buttons=TOPIC_BUTTONS)
        return []


class ActionDefaultFallback(ActionAskRephrase):
    """When no rule fits the conversation: asks to rephrase, with topic buttons.

    Like Rasa's own fallback it reverts the user turn for prediction (the message
    stays stored), so the assistant listens again instead of looping.
    """

    def name(self) -> str:
        return "action_default_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        await super().run(dispatcher, tracker, domain)
        return [UserUtteranceReverted()]

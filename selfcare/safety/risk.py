"""The risk decision: the rules' verdict and the risk model's, made into one.

Made once per message, in the NLU pipeline (components/safety_gate.py), and carried
on the parsed message as `risk`; the actions read it back with `Risk.from_dict`.

Recall comes first. The rules are a high-precision floor: what they call a crisis or
an emergency stays one. The model adds what the rules have no words for. Thresholds
are set on the training side's own held-out split (scripts/calibrate_risk.py), never
on an evaluation set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from selfcare.safety import model as risk_model
from selfcare.safety.categories import CRISIS, DOSE, EMERGENCY, NONE, PREGNANCY, STOPPING, Assessment
from selfcare.safety.medicine import CONDITION_NAMES

# What the person gets, by kind. Templates name data/safety/messages.yml entries.
CRISIS_KIND = "crisis"  # crisis, crisis_imminent, harm_done, crisis_other, crisis_check
EMERGENCY_KIND = "emergency"  # emergency
DANGEROUS_KIND = "dangerous"  # dangerous_eating, dangerous_misuse, dangerous_toxic, dangerous_replace
MEDICINE_KIND = "medicine"  # med_dose, med_combination, med_alcohol, med_stopping, ...
NONE_KIND = "none"

CRISIS_TEMPLATE = {
    "crisis_self": "crisis",
    "crisis_imminent": "crisis_imminent",
    "harm_done": "harm_done",
    "crisis_other": "crisis_other",
}
# The reply a kind gets when no decision came with the message (a button payload, or a
# message whose decision was lost): the actions and the Rasa server's stand-ins use it.
DEFAULT_TEMPLATE = {CRISIS_KIND: "crisis", EMERGENCY_KIND: "emergency", DANGEROUS_KIND: "dangerous_misuse"}
RULE_MEDICINE = {DOSE: "med_dose", STOPPING: "med_stopping", PREGNANCY: "med_pregnancy"}
# Questions recognised by naming medicines (see `decide`): their own kind, not a dose question.
NAMED_QUESTION = {"request.combination": "med_combination", "request.alcohol": "med_alcohol"}


@dataclass(frozen=True)
class Thresholds:
    """Model probabilities above which a kind is taken; see scripts/calibrate_risk.py."""

    crisis: float = 0.55  # summed probability of the four crisis labels
    emergency: float = 0.55
    check: float = 0.5  # crisis labels + ambiguous: a gentle check-in
    dangerous: float = 0.45
    # so sure of a dangerous request that its subject needs no word of ours
    dangerous_sure: float = 0.9
    medicine: float = 0.5
    # a figure of speech ("this pain is killing me") needs the model to be this sure
    figure_of_speech: float = 0.9


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Risk:
    """The decision on one message.

    kind:       crisis, emergency, dangerous, medicine or none
    template:   the reply to give (a messages.yml key or a med_* label); "none" for none
    reason:     which part decided: a rule's reason ("crisis.explicit") or "model"
    confidence: the model's probability for the template's label (1.0 for a rule)
    """

    kind: str
    template: str
    reason: str
    confidence: float = 1.0

    @property
    def alarm(self) -> bool:
        return self.kind in (CRISIS_KIND, EMERGENCY_KIND)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Risk:
        """Reads a decision back from a parsed message; anything malformed is none."""
        if data is None:
            return NO_RISK
        try:
            return cls(
                str(data["kind"]), str(data["template"]), str(data["reason"]), float(data.get("confidence", 1.0))
            )
        except (TypeError, KeyError, ValueError):
            return NO_RISK


NO_RISK = Risk(NONE_KIND, "none", "none", 0.0)
# How sure the model must be of a crisis for it to win over a fast the words ask about ("to detox").
EATING_OVER_AN_UNSURE_CRISIS = 0.7
# ... and over more of a medicine taken for the pain, which the rules heard as a dose change.
MISUSE_OVER_AN_UNSURE_CRISIS = 0.7
# Emergencies the rules hear as signs of an illness: the emergency reply, whatever harm the model heard
# ("I think I had a stroke an hour ago" had got the poisoning reply).
_ILLNESS_SIGNS = frozenset(
    {"emergency.stroke", "emergency.chest", "emergency.headache", "emergency.pregnancy", "emergency.gut_bleeding"}
)
# "not suicidal though" outweighs the model's crisis reading only when the model is this unsure: "she says
# she's not suicidal but she gave her things away and said goodbye" keeps the alarm.
DENIED_BUT_SURE = 0.8
_HARM_OR_EMERGENCY = frozenset({"harm_done", "harm_done_injury", "emergency", "emergency_other"})
# The readings that become someone else's harm now when the words say it (not the writer's own
# crisis: "i want to die" beside a daughter's old injury keeps the crisis reply).
_CHILD_IN_DANGER_FROM = frozenset({"crisis", "crisis_imminent", "crisis_check", "emergency"})
# A child hurt by an adult keeps these readings: a child who swallowed something, someone harmed or in
# danger now, or the writer's own emergency.
_CHILD_ABUSE_KEEPS = frozenset(
    {"harm_done", "harm_done_other", "harm_done_injury", "emergency", "emergency_other", "danger_other", "abuse"}
)
_OTHER_HARMED_FROM = frozenset(
    {"crisis_other", "crisis_check", "emergency", "emergency_other", "harm_done", "harm_done_injury"}
)


def _unsupported_harm(risk: Risk, harm_cue: bool) -> bool:
    """The model alone heard harm done, and no words say it happened ("i took my duloxetine late")."""
    return risk.template == "harm_done" and risk.reason == "model" and not harm_cue


def _best(prediction: risk_model.Prediction, labels: tuple[str, ...]) -> tuple[str, float]:
    label = max(labels, key=lambda name: prediction.probabilities.get(name, 0.0))
    return label, prediction.probabilities.get(label, 0.0)


# What selfcare.safety.medicine.medicines_in finds that is not a medicine: the person's age or
# lung disease (a condition the breathing warning is about), and alcohol besides them.
CONDITIONS = CONDITION_NAMES
NOT_MEDICINES = CONDITIONS | {"alcohol"}
# Supplements the names file knows (fish oil, turmeric, magnesium, iron, ...): no withdrawal warning.
SUPPLEMENTS = frozenset({"mineral_supplement", "bleeding_supplement"})


def _medicine_question(label: str, medicines: Sequence[str]) -> str:
    """A medicine question's kind, sharpened by the medicines it names: a question about
    a medicine and a drink is about alcohol ("how many beers on gabapentin" is not a
    dose question), and one naming a pair with a known interaction is about combining."""
    from selfcare.safety.medicine import FIBRO_MEDICINES, combination_facts

    names = set(medicines)
    if "alcohol" in names and names - NOT_MEDICINES and label in ("med_dose", "med_combination"):
        return "med_alcohol"
    if label in ("med_dose", "med_alcohol") and combination_facts(names - {"alcohol"}):
        return "med_combination"
    if label == "med_dose" and len(names & set(FIBRO_MEDICINES)) and len(names - CONDITIONS) >= 2:
        return "med_combination"
    return label


def decide(
    rules: Assessment,
    prediction: risk_model.Prediction | None,
    figure_of_speech: bool = False,
    thresholds: Thresholds = THRESHOLDS,
    medicines: Sequence[str] = (),
    request: tuple[str, str] | None = None,
    combine: bool = False,
    dangerous_subjects: frozenset[str] | None = None,
    harm_cue: bool = True,
    time_set: bool = False,
    ingested: str | None = None,
    someone_else: bool = True,
    safety_question: bool = False,
    medicine_question: str | None = None,
    words: int = 0,
    worded_question: str | None = None,
    reported: bool = False,
    stop_command: bool = False,
    paracetamol_twice: bool = False,
    injury: bool = False,
    abuse: bool = False,
    child_harm: bool = False,
    what_it_is: bool = False,
    drink_question: bool = False,
    says_that: bool = False,
    gone_quiet: bool = False,
    serotonin_signs: bool = False,
    injured_now: bool = False,
    nsaids_twice: bool = False,
    aches_worry: bool = False,
    only_a_place: bool = False,
    pet_ate: bool = False,
    cost_question: bool = False,
    condition_only: bool = False,
    breathing_after: bool = False,
    how_it_works: bool = False,
    starting: bool = False,
    habit_dose: bool = False,
    interactions: bool = False,
    other_person_now: bool = False,
    other_harmed: bool = False,
    past_attempt: bool = False,
    past_attempt_other: bool = False,
    only_an_amount: bool = False,
    staying_safe: bool = False,
    sleep_wish: bool = False,
    travelling: bool = False,
    hopeless: bool = False,
    means_acquired: bool = False,
    harmless_reason: bool = False,
    own_medicine_taken: str | None = None,
    about_someone_else: bool = False,
    denies_suicide: bool = False,
    compares_medicines: bool = False,
    child_in_danger: bool = False,
    child_abused: bool = False,
    storage: bool = False,
    whole_supply: bool = False,
    whole_of_food: bool = False,
    compares_prices: bool = False,
    pain_reason: bool = False,
    helpline_asked: bool = False,
    pain_to_stop: bool = False,
    ordinary_headache: bool = False,
) -> Risk:
    """One decision from the rules' assessment and the model's prediction (None when
    no model is loaded: the rules alone decide). The rest comes from the message too:
    `medicines`, the canonical names in it (selfcare.safety.medicine.medicines_in);
    `request`, what selfcare.safety.requests.request_rule recognised; `combine`,
    whether it asks about combining (requests.asks_to_combine); `dangerous_subjects`, the
    dangerous-request kinds whose subject it mentions (requests.dangerous_subjects; None
    when not known: then the model's vote alone decides); `harm_cue`, whether it says an
    overdose or injury really happened (requests.harm_cue); `time_set`, whether it sets a
    time that is now (requests.time_set); `ingested`, "child" when a young child
    swallowed medicine by accident, "self" when the writer took a whole box, "other" when
    someone else did and "other_signs" when someone else took too many and breathes slowly or
    can't be woken (requests.ingestion); `someone_else`, whether it names anyone but the writer
    (requests.signals); `safety_question`, whether it asks if something is
    safe (a gabapentinoid in lung disease or old age: the FDA's breathing warning);
    `medicine_question`, the medicine-safety question its words ask in any language
    (requests.medicine_question: stopping, pregnancy, driving); `words`, how many words it
    has (a few words hold too little for the model alone to name a medicine question or a
    dangerous request: "what about lyrica instead", "duloxetine"); `worded_question`, the
    stopping, pregnancy, driving or missed-dose question its words ask in any language,
    English included (requests.signals); `reported`, whether it reports what someone else
    said or wrote ("she just texted me that ...": their risk, requests.signals);
    `stop_command`, whether the whole message is "stop", "cancel" or the like;
    `paracetamol_twice`, whether it names two things that both hold paracetamol
    (selfcare.safety.medicine.paracetamol_twice); `injury`, whether it tells of a wound
    (cutting, bleeding) and of nothing taken (requests.signals); `abuse`, whether it says
    someone hits or threatens the writer (requests.signals); `child_harm`, whether the
    writer fears they may hurt their baby or child (requests.signals); `what_it_is`, whether it only
    asks what something is, in any of the eight languages, and no amount (requests.signals);
    `drink_question`, whether one of its sentences names a drink and a medicine and asks
    something (requests.signals); `says_that`, whether it reports what someone says in weaker
    words than `reported` ("my friend said she ...", "me dice que"; requests.signals);
    `gone_quiet`, whether someone said goodbye or thanked everyone and now does not answer;
    `serotonin_signs`, whether it names two medicines that together raise serotonin and two or
    more of serotonin syndrome's signs; `injured_now`, whether the writer says they used a blade
    and the wound is deep or bleeding; `nsaids_twice`, whether it names two different
    anti-inflammatory painkillers; `aches_worry`, whether it asks if someone's aches and pains
    are something to worry about; `only_a_place`, whether the whole message only says where the
    person is, "I'm in the UK"; `pet_ate`, whether a pet swallowed a medicine; `cost_question`, whether it
    asks what something costs or how to pay for it, with no word of dying or harm; `breathing_after`, whether
    the writer took a medicine and now can hardly breathe; `condition_only`, whether it names the
    condition and no medicine nor a word for one; `how_it_works`, whether it asks how a medicine
    works, how two differ or what class it is, with no amount, mixing or safety word; `starting`,
    whether it says a medicine was started, with no word of stopping; `habit_dose`, whether it asks
    the "dose" of a habit (exercise, sunlight) and names no medicine; `interactions`, whether it
    asks what one fibromyalgia medicine interacts with, or about serotonin syndrome
    (medicine.own_interactions); `other_person_now`, whether it opens with someone else as its
    subject and never speaks of the writer; `other_harmed`, whether it says someone else is
    bleeding, not breathing or can't be woken now; `past_attempt`, whether it tells of a past
    attempt as history by someone doing better now (`past_attempt_other`: someone else's, fine
    now); `only_an_amount`, whether the whole message is a
    number or an amount of time, "2 minutes"; `staying_safe`, whether it says it asks in order to
    stay safe, "I want to be careful"; `sleep_wish`, whether it wishes for better sleep and says
    nothing of sleep without end; `travelling`, whether it asks about travelling with a medicine;
    `hopeless`, whether the writer says they feel hopeless; `means_acquired`, whether they say they
    just obtained a rope for nothing named; `harmless_reason`, whether it says a
    harmless reason (being kinder to oneself, away for a trip: requests.harmless_reason);
    `child_abused`, whether it tells of a child
    hurt or neglected by an adult (requests.child_abused); `child_in_danger`, whether it says a child
    is on a ledge, a balcony, a roof or the like; `storage`, whether it asks how to keep medicines safe
    at home; `whole_supply`, whether the writer asks about taking a whole pack, box or bottle of a
    medicine at once; `whole_of_food`, whether it says a whole box or bottle of food or drink was had;
    `compares_prices`, whether it compares prices ("cheaper than") and asks nothing
    of taking two together; `pain_reason`, whether it gives the pain as its reason and says nothing
    of dying or an end; `helpline_asked`, whether it asks for a crisis line's number;
    `pain_to_stop`, whether it wishes the pain or a flare to stop and says nothing of dying or not
    coping; `ordinary_headache`, whether it tells of a headache as one of the recent ones, with no
    emergency sign; `own_medicine_taken`, "late" when the writer took their own medicine late,
    early, twice or by mistake and "routine" when as usual; `about_someone_else`, whether a message in
    another language opens with someone close as its subject and says nothing of the writer;
    `denies_suicide`, whether it says the person is "not suicidal"; `compares_medicines`, whether it
    asks which of two medicines is better (all requests.signals)."""
    if ingested == "child":
        return Risk(EMERGENCY_KIND, "emergency_other", "request.child_ingestion")
    if ingested == "self":
        return Risk(CRISIS_KIND, "harm_done", "request.ingestion")
    if ingested == "other_signs":
        # Someone else took too many and is breathing slowly or can't be woken: call now with the
        # phone on speaker, what to do if they don't respond, the poison line (the twenty-fifth
        # red team's got "even if they seem fine" for someone who can't be woken).
        return Risk(EMERGENCY_KIND, "harm_done_other", "request.other_ingestion")
    if ingested == "other_accident":
        # Someone else took too much by accident: a poisoning, the emergency reply for another
        # person (call now, the poison line, stay with them).
        return Risk(EMERGENCY_KIND, "emergency_other", "request.other_accident")
    if ingested == "other":
        # Someone else took the whole box: the supporter's reply says to call now if they
        # have taken something or can't be woken.
        return Risk(CRISIS_KIND, "crisis_other", "request.ingestion")
    if serotonin_signs and rules.category != CRISIS:
        # "seit ich zu meinem Cymbalta noch Tramal bekommen hab: Zittern, Schwitzen, Fieber":
        # serotonin syndrome's signs after a serotonergic pair (the reply names it).
        return Risk(EMERGENCY_KIND, "emergency", "request.serotonin_signs")
    if injured_now:
        return Risk(CRISIS_KIND, "harm_done_injury", "request.injury_now")
    if pet_ate and rules.category not in (CRISIS, EMERGENCY):
        # "my dog ate my pregabalin": a vet's emergency, which the answer action points to; not
        # the dose refusal or a person's poisoning reply.
        return NO_RISK
    if only_a_place and rules.category == NONE:
        # "I'm in the UK", "hi, Toronto here": where the person is, and nothing else; the model
        # alone heard "I'm in ..." as someone at a place of danger. After a crisis reply the
        # conversation's follow-up gives that country's numbers.
        return NO_RISK
    if only_an_amount and rules.category == NONE:
        # "2 minutes", "maybe 5 mins", "7 out of 10": an answer to the diary's question, whatever the model
        # alone heard in it (the twenty-sixth red team's "2 minutes" button got the emergency reply).
        return NO_RISK
    short = 0 < words <= FEW_WORDS
    risk = _decide(
        rules,
        prediction,
        figure_of_speech,
        thresholds,
        medicines,
        request,
        combine,
        dangerous_subjects,
        safety_question,
        short,
    )
    if helpline_asked and risk.kind not in (CRISIS_KIND, EMERGENCY_KIND) and rules.category not in (CRISIS, EMERGENCY):
        # "what's the number for the samaritans?", "crisis line number for Germany?": reaching out. The
        # numbers for where they are, and the gentle question whether they are safe (red team 35's got
        # the dose refusal, "outside what I can help with" or "no reviewed information").
        return Risk(CRISIS_KIND, "crisis_check", "request.helpline")
    if denies_suicide and _unsure_crisis_heard_alone(risk, rules, ("crisis_other", "crisis_check")):
        # "I'm worried about my mum, she's been really down, not eating much, not suicidal though": suicide
        # ruled out in the writer's words, and no rule heard a risk; the answer, not the alarm (the
        # thirty-fourth red team's got the reply for someone at risk).
        return NO_RISK
    if ordinary_headache and risk.kind == EMERGENCY_KIND and risk.reason == "model" and rules.category == NONE:
        # "the headache from hell, worst one this month. tension type i think": no sudden or worst-ever
        # headache, no sign beside it (red team 35's got the emergency reply from the model alone).
        return NO_RISK
    if pain_to_stop and _unsure_crisis_heard_alone(risk, rules, ("crisis", "crisis_check")):
        # "I just want this pain to stop", "so done with this flare, I just want it to end": the pain is
        # what should end (red team 35's got the crisis reply); the answer on flares and pain, no alarm.
        return NO_RISK
    if about_someone_else and risk.template in ("crisis", "crisis_check") and rules.category in (CRISIS, NONE):
        # "Mon fils a des idées suicidaires": someone else's crisis, in another language; what to do for
        # them, not the reply for the writer's own (the thirty-fourth red team's French).
        return Risk(CRISIS_KIND, "crisis_other", risk.reason, risk.confidence)
    if (
        request
        and request[0] == "dangerous_eating"
        and _heard_by_the_model_alone(risk, rules)
        and risk.confidence < EATING_OVER_AN_UNSURE_CRISIS
    ):
        # "voglio smettere di mangiare per una settimana per disintossicarmi": the words say a fast to
        # detox, the model is unsure it heard a crisis (the twenty-sixth red team's got the crisis
        # reply; the same in English, Spanish and Polish got the fasting warning).
        return Risk(DANGEROUS_KIND, "dangerous_eating", request[1], risk.confidence)
    if (
        pain_reason
        and rules.category == DOSE
        and risk.reason == "model"
        and risk.template in ("crisis", "crisis_imminent", "crisis_check")
        and risk.confidence < MISUSE_OVER_AN_UNSURE_CRISIS
    ):
        # "I'm going to double my lyrica tonight, the pain is unbearable": more of a medicine for the pain,
        # which the rules heard as a dose change and the model, unsure, as a plan (the thirtieth red team's):
        # the misuse warning, which also says what to do if it was already taken.
        return Risk(DANGEROUS_KIND, "dangerous_misuse", "request.pain_dose", risk.confidence)
    if (
        breathing_after
        and rules.category != CRISIS
        and (risk.template not in _HARM_OR_EMERGENCY or _unsupported_harm(risk, harm_cue))
    ):
        # "ik heb mijn pregabaline met wodka ingenomen en nu kan ik bijna niet ademen": a medicine
        # taken and breathing failing now is an emergency, whatever the model heard (the
        # twenty-first red team's had got the suicidal-thoughts check); harm done stays harm done.
        return Risk(EMERGENCY_KIND, "emergency", "request.breathing_after")
    if (
        risk.kind == MEDICINE_KIND
        and risk.reason == "model"
        and risk.template in _WORDED_QUESTIONS
        and not medicine_question
        and not worded_question
        and short
    ):
        # "duloxetine", "and lyrica?": a name on its own, no word of stopping, pregnancy or
        # driving; the answer action reads it as a follow-up in its conversation.
        return NO_RISK
    if (
        risk.kind == EMERGENCY_KIND
        and risk.reason == "model"
        and 0 < words <= 3
        and set(medicines) - NOT_MEDICINES
        and not harm_cue
    ):
        # "and naproxen", "what about tramadol": a medicine's name and a word or two, nothing
        # that happened; the model's emergency vote has nothing to stand on.
        return NO_RISK
    if (
        risk.template == "med_stopping"
        and risk.reason == "model"
        and not medicine_question
        and not worded_question
        and "alcohol" in medicines
        and set(medicines) - NOT_MEDICINES
    ):
        # "eine Maß trinken, wenn ich Pregabalin nehme": a drink and a medicine, no word of stopping.
        return Risk(MEDICINE_KIND, "med_alcohol", risk.reason, risk.confidence)
    if risk.kind == MEDICINE_KIND and not medicines and stop_command:
        # "stop", "cancel it": a command to the assistant (the check-in's way out), no medicine.
        return NO_RISK
    if risk.template == "med_stopping" and medicines and set(medicines) <= SUPPLEMENTS | NOT_MEDICINES:
        # "stopped my magnesium, was that dumb?": the withdrawal warning is about prescription
        # medicines; a supplement's question is for the answer action.
        return NO_RISK
    if compares_medicines and risk.template == "med_stopping" and risk.reason == "model":
        # "which is better, duloxetine or pregabalin?": a comparison for the answer action, no stopping.
        return NO_RISK
    asked = medicine_question or worded_question
    if (
        asked
        and risk.kind == MEDICINE_KIND
        and risk.template != asked
        and not _supported(risk, medicines, combine, medicine_question)
    ):
        # "forgot it this morning, take it now or skip?": a missed dose, whatever "skip" sounded
        # like; "ho dimenticato il Cymbalta, lo prendo o salto?" names one medicine, no combination.
        return Risk(MEDICINE_KIND, asked, "request.medicine_question")
    if (
        risk.kind == NONE_KIND
        and prediction is not None
        and not compares_prices
        and _known_interaction(medicines, prediction)
    ):
        # "my husband is on selegiline, can he take one of my tramadol?": the model heard risk
        # but could not say which; two named medicines with a reviewed interaction say it.
        return Risk(MEDICINE_KIND, "med_combination", "request.known_interaction")
    if risk.kind == NONE_KIND and drink_question:
        # "good week, walked every day, and on saturday it's my sister's wedding: can i have a few
        # glasses of wine on pregabalin?": a drink and a medicine asked about in one sentence,
        # however long the message around it.
        return Risk(MEDICINE_KIND, "med_alcohol", "request.drink_question")
    if risk.kind == NONE_KIND and nsaids_twice and (combine or safety_question):
        # "je suis sous Kardégic, je peux prendre de l'ibuprofène ?": two anti-inflammatories.
        return Risk(MEDICINE_KIND, "med_combination", "request.nsaids_twice")
    if gone_quiet and risk.template not in ("emergency", "emergency_other", "harm_done", "harm_done_injury"):
        # "she sent a voice message saying goodbye and isn't answering": someone else, now.
        return Risk(CRISIS_KIND, "crisis_other", "request.gone_quiet")
    if risk.kind == NONE_KIND and paracetamol_twice:
        # "a lemsip now and tylenol later": two things that hold paracetamol, whatever the
        # words around them (the commonest accidental overdose).
        return Risk(MEDICINE_KIND, "med_combination", "request.paracetamol_twice")
    if risk.kind == NONE_KIND and medicine_question and not request:
        # "se smetto il lyrica di colpo?": the words say which question, whatever the model heard.
        return Risk(MEDICINE_KIND, medicine_question, "request.medicine_question")
    if risk.kind == NONE_KIND and interactions and rules.category == NONE:
        # "what shouldn't i take with duloxetine", "what are the warning signs of serotonin
        # syndrome": the medicine's reviewed interaction facts (the twenty-fourth red team's got
        # a description of duloxetine or "outside what I can help with").
        return Risk(MEDICINE_KIND, "med_combination", "request.interactions")
    if (
        cost_question
        and risk.reason == "model"
        and (risk.alarm or risk.template == "med_dose")
        and rules.category == NONE
    ):
        # "how much would it set me back", "is it covered by insurance": a price asked, which the
        # model alone heard as a lethal amount or a dose; the answer action answers it.
        return NO_RISK
    if risk.template == "med_pregnancy" and condition_only and rules.category == NONE:
        # "trying for a baby, how will fibro affect the pregnancy": the condition in pregnancy,
        # no medicine and no word for one; the answer action has an entry on it.
        return NO_RISK
    if (
        aches_worry
        and risk.reason == "model"
        and risk.template == "crisis_other"
        and risk.confidence < thresholds.figure_of_speech
    ):
        # "Mia madre ha dolori alle mani, devo preoccuparmi?": a parent's or a child's aches, asked
        # about; the model must be as sure as for a figure of speech to hear them at risk.
        return NO_RISK
    if risk.template == "crisis_imminent" and risk.reason == "model" and other_person_now:
        # "my husband is standing on the balcony railing right now": someone else in danger now;
        # the supporter's reply opens with the emergency number (the twenty-fourth red team's had
        # the first-person reply).
        return Risk(CRISIS_KIND, "crisis_other", risk.reason, risk.confidence)
    if risk.template == "crisis_other" and not (someone_else or reported):
        # Nobody else is named: the writer is talking about themself.
        risk = Risk(CRISIS_KIND, "crisis", risk.reason, risk.confidence)
    if (
        how_it_works
        and risk.reason in ("model", "dose.combine")
        and rules.category not in (CRISIS, EMERGENCY)
        and risk.kind in (MEDICINE_KIND, DANGEROUS_KIND, EMERGENCY_KIND)
    ):
        # "how does tramadol work compared to codeine", "is savella an snri like cymbalta": how a
        # medicine works or differs, with no amount, mixing or safety word; the model heard misuse,
        # an emergency or a combination, or the rules heard "with" as combining. The answer action
        # answers it.
        return NO_RISK
    if risk.template == "med_dose" and risk.reason == "model" and habit_dose:
        # "what's the weekly dose of walking i should aim for": exercise, not a medicine's dose.
        return NO_RISK
    if risk.template == "med_stopping" and risk.reason == "model" and starting:
        # "started duloxetine on monday for my fibro": the model heard stopping in a start.
        return NO_RISK
    if risk.kind == MEDICINE_KIND and risk.reason == "model" and what_it_is:
        # "tell me about amitriptyline", "Qu'est-ce que la prégabaline ?": the model heard a
        # medicine question, but the words only ask what it is: the answer action answers it.
        return NO_RISK
    if _unsupported_harm(risk, harm_cue):
        if combine and "maoi" in medicines and prediction and _known_interaction(medicines, prediction):
            # "I took my amitriptyline together with phenelzine an hour ago": an MAOI with a
            # medicine its label contraindicates, already taken (red team 18): get help now,
            # with what the pair is known for (actions.answers.respond_to_risk adds it).
            return Risk(CRISIS_KIND, "harm_done", "request.maoi_taken", risk.confidence)
        if own_medicine_taken:
            return _own_medicine_taken(own_medicine_taken, medicines)
        # "i took my duloxetine late": the model heard "took"; nothing says harm was done.
        return Risk(CRISIS_KIND, "crisis_check", risk.reason, risk.confidence)
    if (
        (reported or says_that)
        and someone_else
        and risk.kind == CRISIS_KIND
        and risk.template in ("crisis", "crisis_check", "crisis_imminent")
        and prediction is not None
        and prediction.probabilities.get("crisis_other", 0.0) > prediction.probabilities.get("crisis_self", 0.0)
    ):
        # "my mum keeps talking about ending it all": the rules heard ending it all, the model
        # and the reporting words say whose.
        return Risk(CRISIS_KIND, "crisis_other", risk.reason, risk.confidence)
    if reported and risk.reason == "model" and risk.template in ("crisis", "crisis_imminent", "harm_done"):
        # "me dijo que ha pensado cómo matarse": someone else's words, someone else at risk.
        return Risk(CRISIS_KIND, "crisis_other", risk.reason, risk.confidence)
    if (
        travelling
        # (or stopping, as an unsure model heard "what about taking my pregabalin abroad?": the thirty-first
        # red team's got "please don't stop this medicine suddenly")
        and risk.template in ("med_combination", "med_stopping")
        and risk.reason == "model"
        and len(set(medicines) - NOT_MEDICINES) <= 1
        and rules.category == NONE
    ):
        # "can I travel abroad with pregabalin?": carrying it, one medicine named; the answer action
        # has an entry on travelling with fibromyalgia and its medicines.
        return NO_RISK
    if compares_prices and risk.kind == MEDICINE_KIND and risk.reason == "model" and rules.category == NONE:
        # "is savella cheaper than cymbalta?": a price, which an unsure model heard as a combination (0.25)
        return NO_RISK
    if whole_of_food and _heard_by_the_model_alone(risk, rules):
        # "I ate the whole box of chocolates": a box of food, heard by the model alone as a box of pills.
        return NO_RISK
    if sleep_wish and _heard_by_the_model_alone(risk, rules):
        # "i want to sleep better", "i w4nt t0 sl33p b3tt3r": better sleep, not sleep without end.
        return NO_RISK
    if staying_safe and _heard_by_the_model_alone(risk, rules) and set(medicines) - NOT_MEDICINES:
        # "is paracetamol dangerous in large amounts? I want to be careful": a medicine's safety,
        # asked to stay safe; the dose reply (no amounts, "if you think you've taken too much...").
        return Risk(MEDICINE_KIND, "med_dose", "request.staying_safe", risk.confidence)
    if child_in_danger and risk.template in _CHILD_IN_DANGER_FROM and rules.category != CRISIS:
        # "there's a child standing on the window ledge of the flat across the road": call now and
        # say where they are; not the reply meant for the writer's own crisis (which the rules'
        # crisis keeps: "I'm going to jump off the balcony with my baby").
        return Risk(EMERGENCY_KIND, "danger_other", "request.child_in_danger", risk.confidence)
    if child_abused and rules.category != CRISIS and risk.template not in _CHILD_ABUSE_KEEPS:
        # "my neighbour's child says her dad hits her": call now if in danger, and a child-protection
        # line; not a medicine answer nor the reply for someone else's suicide (the twenty-eighth red team).
        return Risk(EMERGENCY_KIND, "child_abuse_other", "request.child_abused", risk.confidence)
    if storage and risk.template == "med_dose":
        # "how do I store my medicines safely away from my kids?": keeping them safe, not a dose.
        return NO_RISK
    if own_medicine_taken and _heard_by_the_model_alone(risk, rules):
        return _own_medicine_taken(own_medicine_taken, medicines)
    if harmless_reason and rules.category == NONE and risk.reason == "model" and risk.kind == CRISIS_KIND:
        # "i have to stop being so hard on myself", "won't be around tomorrow because I'm flying": a
        # harmless reason the model alone read as a crisis (the twenty-ninth red team's); the rules
        # still hear any risk said with it.
        return NO_RISK
    if whole_supply and risk.kind not in (CRISIS_KIND, EMERGENCY_KIND):
        # "could I take the whole pack at once to sleep better?", "Kann ich die ganze Packung auf einmal
        # nehmen?": an overdose, asked as a question about sleep or pain (the thirtieth red team's got
        # the stopping or combination reply, the dose refusal, sleep tips or a menu).
        return Risk(CRISIS_KIND, "crisis", "request.whole_supply")
    if hopeless and risk.kind == "none" and rules.category == NONE:
        # "I feel hopeless, nothing helps my pain": a warning sign in the person's own words; the
        # gentle check-in, with the answer to what they asked (the twenty-sixth red team's got a menu).
        # Pills beside tears in emoji alone ("😭💊💊💊💊", requests.pills_and_tears) likewise.
        return Risk(CRISIS_KIND, "crisis_check", "request.hopeless")
    if means_acquired and rules.category == NONE and (risk.kind == "none" or _heard_by_the_model_alone_as(risk, rules)):
        # "I bought a rope yesterday. Any sleep tips?": a means just obtained, with no purpose named (the
        # thirty-second red team's got sleep tips only); the gentle check-in, with the answer.
        return Risk(CRISIS_KIND, "crisis_check", "request.means_acquired")
    if past_attempt and risk.template in ("crisis", "crisis_imminent", "crisis_check", "harm_done"):
        # "I tried to kill myself last year, now I'm doing better. Does CBT help?": history, not a
        # plan tonight; the lines in case the thoughts come back, and the answer to the question. An
        # overdose told so ("I took an overdose in 2010, I'm fine now") is no harm done today.
        return Risk(CRISIS_KIND, "crisis_past", "request.past_attempt", risk.confidence)
    if past_attempt_other and risk.template in ("crisis", "crisis_imminent", "crisis_check", "crisis_other"):
        # "my mother is fine now, she had thoughts of suicide years ago. how do I support her?": history
        # of someone else's; the lines for people worried about someone, and the answer.
        return Risk(CRISIS_KIND, "crisis_past_other", "request.past_attempt_other", risk.confidence)
    if risk.template == "crisis" and time_set:
        return Risk(CRISIS_KIND, "crisis_imminent", risk.reason, risk.confidence)
    if child_harm and risk.template not in (
        "crisis_imminent",
        "harm_done",
        "harm_done_injury",
        "emergency",
        "emergency_other",
    ):
        # "the baby won't stop screaming, i'm scared i'm going to shake her": the child's
        # safety first (put them down safely, step away), with the numbers.
        return Risk(CRISIS_KIND, "child_safety", "request.child_safety")
    if abuse and risk.template in ("none", "crisis_check", "crisis_other", "dangerous_misuse", "med_dose"):
        # "my partner hits me when i'm too sore to clean", "he threatened to kill me if i
        # leave": the domestic-abuse lines and the emergency number, not an answer or
        # the worried-about-someone reply. Their own crisis keeps its reply.
        return Risk(CRISIS_KIND, "abuse", "request.abuse")
    if other_harmed and risk.template in _OTHER_HARMED_FROM:
        # "my daughter cut her wrists and there's a lot of blood", "my dad collapsed and isn't
        # breathing": call now with the phone on speaker, first aid for bleeding and for someone
        # who can't be woken (the twenty-fifth red team's got "if they are in danger" or "keep
        # checking their breathing").
        return Risk(EMERGENCY_KIND, "harm_done_other", risk.reason, risk.confidence)
    if risk.template == "harm_done" and injury:
        # "cut myself deep and it won't stop bleeding": first aid for bleeding, not the
        # poison advice (take the packet, symptoms can take hours).
        return Risk(CRISIS_KIND, "harm_done_injury", risk.reason, risk.confidence)
    return risk


def _own_medicine_taken(taken: str, medicines: Sequence[str]) -> Risk:
    """The writer's own medicine taken, which the model alone heard as harm (the thirty-fourth red
    team's): late, early or twice is a dose question, with the missed-dose advice ("I took my meds
    late today, is that ok?"); as usual is no risk ("I took my pills, now what?")."""
    if taken == "late":
        return Risk(MEDICINE_KIND, _medicine_question("med_dose", medicines), "request.own_medicine_taken")
    return NO_RISK


def _heard_by_the_model_alone_as(risk: Risk, rules: Assessment, kind: str = MEDICINE_KIND) -> bool:
    """Whether the decision is `kind` (a medicine question), heard by the model alone: "Can I take my
    duloxetine with food? I also bought a rope today" (the thirty-fourth red team's got the answer only)."""
    return risk.reason == "model" and risk.kind == kind and rules.category == NONE


def _heard_by_the_model_alone(risk: Risk, rules: Assessment) -> bool:
    """Whether the decision is a crisis only the model heard (the rules heard nothing)."""
    return risk.reason == "model" and risk.kind == CRISIS_KIND and rules.category == NONE


def _unsure_crisis_heard_alone(risk: Risk, rules: Assessment, templates: Sequence[str]) -> bool:
    """Whether the decision is one of `templates`, heard by the model alone and under DENIED_BUT_SURE:
    what the message's own words say (not suicidal, the pain to stop) may then lift it."""
    return (
        _heard_by_the_model_alone(risk, rules)
        and risk.template in templates
        and (risk.confidence or 0.0) < DENIED_BUT_SURE
    )


def _supported(risk: Risk, medicines: Sequence[str], combine: bool, medicine_question: str | None) -> bool:
    """Whether the message can hold the medicine question decided: a combination needs two
    things to combine (two names, a condition, or words of combining), an alcohol question
    a drink. The model's other medicine labels give way only to a question worded with a
    medicine named (requests.medicine_question): English "stop" is as often "stop the pain"."""
    names = set(medicines)
    if risk.template == "med_combination":
        return len(names - NOT_MEDICINES) >= 2 or bool(names & CONDITIONS) or combine
    if risk.template == "med_alcohol":
        return "alcohol" in names
    return risk.reason != "model" or not medicine_question


def _known_interaction(medicines: Sequence[str], prediction: risk_model.Prediction) -> bool:
    """Two named medicines with a reviewed interaction, in a message the model does not
    think ordinary (`none` under half its probability)."""
    from selfcare.safety.medicine import combination_facts

    names = set(medicines) - NOT_MEDICINES
    return (
        len(names) >= 2
        and prediction.probabilities.get(risk_model.NONE, 0.0) < ORDINARY_SURE
        and bool(combination_facts(names))
    )


ORDINARY_SURE = 0.5  # the model's `none` probability under which a known interaction is named

# The medicine questions the words of a message name (requests.medicine_question).
THIRD_PARTY = "crisis.third_party"  # the rules' reason for someone else at risk
UNCONSCIOUS_OTHER_LANGUAGE = "emergency.unconscious"  # someone unconscious, in the seven other languages
HOW_MUCH_TO_TAKE = "dose.how_much"  # the rules' reason for "how much should I take" in another language
_WORDED_QUESTIONS = ("med_stopping", "med_pregnancy", "med_driving")
FEW_WORDS = 5


def _decide(
    rules: Assessment,
    prediction: risk_model.Prediction | None,
    figure_of_speech: bool,
    thresholds: Thresholds,
    medicines: Sequence[str],
    request: tuple[str, str] | None,
    combine: bool,
    dangerous_subjects: frozenset[str] | None,
    safety_question: bool = False,
    short: bool = False,
) -> Risk:
    if request and request[0] == "crisis_self" and rules.category != EMERGENCY:
        rules = Assessment(CRISIS, request[1])
    named = [m for m in medicines if m not in CONDITIONS]
    if (
        rules.category not in RULE_MEDICINE
        and rules.category not in (CRISIS, EMERGENCY)
        and combine
        and len(set(named) - {"alcohol"}) >= 2
    ):
        rules = Assessment(DOSE, "request.combination")  # sharpened to a combination below
    elif (
        rules.category not in RULE_MEDICINE
        and rules.category not in (CRISIS, EMERGENCY)
        and combine
        and "alcohol" in named
        and len(named) >= 2
    ):
        rules = Assessment(DOSE, "request.alcohol")
    elif (
        rules.category not in (CRISIS, EMERGENCY)
        and (combine or safety_question)
        and set(named) & {"pregabalin", "gabapentin"}
        and set(medicines) & {"lung", "older"}
    ):
        rules = Assessment(DOSE, "request.combination")
    if prediction is None:
        if request and request[0] in risk_model.DANGEROUS_LABELS and rules.category not in (CRISIS, EMERGENCY):
            return Risk(DANGEROUS_KIND, request[0], request[1])
        if rules.category == CRISIS:
            return Risk(CRISIS_KIND, "crisis", rules.reason)
        if rules.category == EMERGENCY:
            return Risk(EMERGENCY_KIND, "emergency", rules.reason)
        if rules.category in RULE_MEDICINE:
            label = NAMED_QUESTION.get(rules.reason) or RULE_MEDICINE[rules.category]
            return Risk(MEDICINE_KIND, _medicine_question(label, medicines), rules.reason)
        return NO_RISK

    p = prediction.probabilities
    p_crisis = prediction.family(risk_model.CRISIS_LABELS)
    sub_label, _ = _best(prediction, risk_model.CRISIS_LABELS)

    if rules.category == CRISIS:
        # The rules are sure it is a crisis; the model only says which kind.
        template = CRISIS_TEMPLATE[sub_label] if p_crisis >= thresholds.crisis else "crisis"
        if rules.reason == THIRD_PARTY and template in ("crisis", "crisis_check", "harm_done"):
            template = "crisis_other"  # "my mum took an overdose": the rules heard someone else
        return Risk(CRISIS_KIND, template, rules.reason)
    if rules.category == EMERGENCY:
        if (
            sub_label == "harm_done"
            and p.get("harm_done", 0.0) >= thresholds.crisis
            and rules.reason not in _ILLNESS_SIGNS
        ):
            return Risk(CRISIS_KIND, "harm_done", rules.reason)
        if rules.reason == UNCONSCIOUS_OTHER_LANGUAGE and p.get("crisis_other", 0.0) >= thresholds.crisis:
            # "la mia amica mi ha scritto addio, ha preso tantissime pillole e non si sveglia": someone
            # else's crisis, as the model hears it (the supporter's reply says to call now).
            return Risk(CRISIS_KIND, "crisis_other", rules.reason)
        return Risk(EMERGENCY_KIND, "emergency", rules.reason)

    needed = thresholds.figure_of_speech if figure_of_speech else thresholds.crisis
    if p_crisis >= needed and p_crisis >= p.get("emergency", 0.0):
        return Risk(CRISIS_KIND, CRISIS_TEMPLATE[sub_label], "model", round(p_crisis, 3))
    if p.get("emergency", 0.0) >= (thresholds.figure_of_speech if figure_of_speech else thresholds.emergency):
        return Risk(EMERGENCY_KIND, "emergency", "model", round(p["emergency"], 3))
    unsure = p_crisis + p.get("ambiguous", 0.0)
    if (
        not figure_of_speech
        and unsure >= thresholds.check
        and prediction.label in (*risk_model.CRISIS_LABELS, "ambiguous")
    ):
        return Risk(CRISIS_KIND, "crisis_check", "model", round(unsure, 3))

    if request and request[0] in risk_model.DANGEROUS_LABELS:
        return Risk(DANGEROUS_KIND, request[0], request[1])
    danger_label, p_danger = _best(prediction, risk_model.DANGEROUS_LABELS)
    if rules.reason == HOW_MUCH_TO_TAKE and prediction.family(risk_model.DANGEROUS_LABELS) < thresholds.dangerous_sure:
        # "Wie viel Lyrica soll ich nehmen?": how much to take, asked plainly, is a dose question
        # however unsure the model is between a dose and a misuse (the thirty-first red team's German
        # got the misuse warning).
        return Risk(MEDICINE_KIND, _medicine_question("med_dose", medicines), rules.reason)
    if prediction.family(risk_model.DANGEROUS_LABELS) >= thresholds.dangerous and (
        dangerous_subjects is None
        or danger_label in dangerous_subjects
        or (p_danger >= thresholds.dangerous_sure and not short)
    ):
        return Risk(DANGEROUS_KIND, danger_label, "model", round(p_danger, 3))

    if rules.category in RULE_MEDICINE:
        label = NAMED_QUESTION.get(rules.reason) or RULE_MEDICINE[rules.category]
        # The model may know better which medicine question it is (combining, alcohol).
        med_label, p_med = _best(prediction, risk_model.MEDICINE_LABELS)
        if med_label in ("med_combination", "med_alcohol") and p_med >= thresholds.medicine:
            label = med_label
        return Risk(MEDICINE_KIND, _medicine_question(label, medicines), rules.reason)
    med_label, p_med = _best(prediction, risk_model.MEDICINE_LABELS)
    if prediction.family(risk_model.MEDICINE_LABELS) >= thresholds.medicine:
        return Risk(MEDICINE_KIND, _medicine_question(med_label, medicines), "model", round(p_med, 3))
    return NO_RISK

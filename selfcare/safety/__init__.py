"""The safety layer: crisis, medical-emergency and medicine-question detection,
and the reviewed replies for them.

Pure Python (stdlib + PyYAML, no rasa / rasa_sdk import). It runs on every user
message, before any answer logic, from both the NLU pipeline
(components/safety_gate.py) and the action server (actions/answers.py), so:

- every regular expression is compiled once, at import;
- the reply texts and helplines are read once, at import, from
  data/safety/messages.yml and data/safety/helplines.yml;
- no public function raises, whatever it is given (empty text, 20,000
  characters, emoji, HTML, other languages, even non-text).

The modules, by concern:

    categories.py  CRISIS, EMERGENCY, DOSE, STOPPING, PREGNANCY, NONE and Assessment
    normalise.py   folding, shorthand expansion and the variants the rules run on
    vocabulary.py  medicine and alcohol vocabularies, shared regex fragments
    rules.py       the rule tables, `assess` and `is_figure_of_speech` (how
                   `assess` decides is described there)
    doses.py       `contains_dose`, the check on the assistant's own replies
    helplines.py   data/safety/helplines.yml, regions, `helplines(locale)`
    replies.py     data/safety/messages.yml and the safety replies (`render`)
    model.py       the risk model: trained on data/safety/training/, run by the NLU gate
    risk.py        the one risk decision per message, from the rules and the model
    medicine.py    medicine-safety facts (data/safety/medicine_facts.yml) by medicine named

This package re-exports their public names, so `from selfcare import safety;
safety.assess(text)` is the way to use it. Note that `safety.helplines` is the
function, not the module: reach the module (for example to monkeypatch
HELPLINES_FILE) with importlib.import_module("selfcare.safety.helplines").
"""

from __future__ import annotations

from selfcare.safety.categories import (
    ALARMS,
    CRISIS,
    DOSE,
    EMERGENCY,
    MEDICINE_CATEGORIES,
    NONE,
    PREGNANCY,
    STOPPING,
    Assessment,
)
from selfcare.safety.doses import contains_dose

# Last, so that the name `helplines` is the function (the submodule is already loaded).
from selfcare.safety.helplines import (
    HELPLINES,
    HELPLINES_FILE,
    PROJECT_DIR,
    REGIONS,
    SAFETY_DIR,
    SafetyDataError,
    helplines,
    locale_from_text,
    region_of,
    says_only_where,
)
from selfcare.safety.replies import (
    MESSAGES,
    MESSAGES_FILE,
    SAFE_AFTER,
    crisis_check_reply,
    crisis_followup_reply,
    crisis_reply,
    emergency_reply,
    followup,
    goodbye_after,
    medicine_guardrail_reply,
    referral_text,
    render,
)
from selfcare.safety.rules import DIE, NEG_BEFORE, WANT, W, assess, is_figure_of_speech, is_reassured, plays_it_down
from selfcare.safety.vocabulary import ALCOHOL, ANY_MED, INFO, NAMED_MED, THEMSELF, THIRD

__all__ = [
    "ALARMS",
    "ALCOHOL",
    "ANY_MED",
    "CRISIS",
    "DIE",
    "DOSE",
    "EMERGENCY",
    "HELPLINES",
    "HELPLINES_FILE",
    "INFO",
    "MEDICINE_CATEGORIES",
    "MESSAGES",
    "MESSAGES_FILE",
    "NAMED_MED",
    "NEG_BEFORE",
    "NONE",
    "PREGNANCY",
    "PROJECT_DIR",
    "REGIONS",
    "SAFETY_DIR",
    "SAFE_AFTER",
    "STOPPING",
    "THEMSELF",
    "THIRD",
    "WANT",
    "Assessment",
    "SafetyDataError",
    "W",
    "assess",
    "contains_dose",
    "crisis_check_reply",
    "crisis_followup_reply",
    "crisis_reply",
    "emergency_reply",
    "followup",
    "goodbye_after",
    "helplines",
    "is_figure_of_speech",
    "is_reassured",
    "locale_from_text",
    "medicine_guardrail_reply",
    "plays_it_down",
    "referral_text",
    "region_of",
    "render",
    "says_only_where",
]

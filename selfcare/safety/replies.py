"""The reviewed safety replies: loading data/safety/messages.yml, filling in the
helplines, and `crisis_reply`, `crisis_followup_reply`, `crisis_check_reply`,
`emergency_reply`, `medicine_guardrail_reply` and `referral_text`.

The texts are read once, at import; a missing or incomplete file raises
SafetyDataError and the servers refuse to start.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from selfcare.safety.categories import DOSE, MEDICINE_CATEGORIES
from selfcare.safety.helplines import (
    HELPLINES,
    SAFETY_DIR,
    Helpline,
    SafetyDataError,
    _load_yaml,
    helplines,
    helplines_of_kind,
)

logger = logging.getLogger(__name__)

MESSAGES_FILE = SAFETY_DIR / "messages.yml"

# Last resort when filling a reviewed reply fails at run time (see crisis_reply):
# the person still gets the core message. Never used instead of the data files.
_FALLBACK_MESSAGES = {
    "crisis": "I'm really sorry you're feeling this way, and thank you for telling me. You deserve support right "
    "now.\n\n"
    "{helplines}\n\nAre you safe right now? I'm an automated assistant and can't call for help.",
    "crisis_check": "I want to be sure I understood you. If you're having thoughts of ending your life or hurting "
    "yourself, "
    "please reach out now: {helplines_inline}. Are you safe right now?",
    "crisis_followup": "Thank you for letting me know. If things ever feel too heavy, {helplines_inline} are there any "
    "time. How are you doing right now?",
    "emergency": "These symptoms can be a medical emergency. Please call for help now:\n{emergency_helplines}\n\n"
    "This isn't something to manage with fibromyalgia self-care. I'm an automated assistant and can't "
    "call for help.",
    "dose": "I can't give doses or tell you to change one. That depends on your health and your other medicines, "
    "and only your prescriber or pharmacist can advise you.",
    "stopping": "Please don't stop a medicine suddenly without your prescriber; labels warn about withdrawal symptoms. "
    "They can plan it with you.",
    "pregnancy": "Please talk to your prescriber or obstetrician before changing anything.",
    "referral": "This is general information, not medical advice. Please talk to your doctor, pharmacist or pain "
    "specialist before starting, stopping or changing any medicine, supplement or therapy.",
}


def _load_messages() -> dict[str, str]:
    try:
        raw = _load_yaml(MESSAGES_FILE)
        messages = {k: str(v).strip() for k, v in (raw.get("messages") or {}).items() if v}
        missing = set(_FALLBACK_MESSAGES) - set(messages)
        if missing:
            raise ValueError(f"missing messages: {sorted(missing)}")
        return messages
    except Exception as error:
        raise SafetyDataError(f"{MESSAGES_FILE}: cannot be used: {error}") from error


MESSAGES: dict[str, str] = _load_messages()

OTHER_LANGUAGES_FILE = SAFETY_DIR / "in_other_languages.yml"


def _load_openings() -> dict[str, dict[str, str]]:
    """{language: {template: opening}} from data/safety/in_other_languages.yml; each names
    a template of messages.yml."""
    try:
        raw = _load_yaml(OTHER_LANGUAGES_FILE).get("languages") or {}
        openings = {lang: {k: str(v).strip() for k, v in (texts or {}).items()} for lang, texts in raw.items()}
        unknown = {name for texts in openings.values() for name in texts} - set(MESSAGES)
        if unknown:
            raise ValueError(f"no such templates: {sorted(unknown)}")
        return openings
    except Exception as error:
        raise SafetyDataError(f"{OTHER_LANGUAGES_FILE}: cannot be used: {error}") from error


# A short opening in the person's language for the replies a person in danger must understand
# at once (the twenty-sixth and twenty-seventh red teams: the Polish, Spanish or Portuguese
# writer in crisis read only English); the reviewed English reply with the numbers follows it.
OPENINGS: dict[str, dict[str, str]] = _load_openings()


def _lines(entries: Sequence[Helpline]) -> str:
    return "\n".join(f"- {e['label']}: {e['text']}" for e in entries)


def _inline(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if not items:
        return "your local emergency number"
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + (", or " if len(items) > 2 else " or ") + items[-1]


def _by_kind(entries: Sequence[Helpline], *kinds: str) -> list[Helpline]:
    return [e for e in entries if e.get("kind") in kinds]


def _short(entries: Sequence[Helpline]) -> list[str]:
    """Inline forms, one per country; with several countries each says where it
    works: ["988 (call or text) or 911 in the US", "999 in the UK", ...]."""
    groups: dict[str, list[Helpline]] = {}
    for e in entries:
        groups.setdefault(str(e.get("region")), []).append(e)
    several = len([r for r in groups if r != "default"]) > 1
    out = []
    for region, group in groups.items():
        shorts = " or ".join(_one_per_number(group))
        where = group[0].get("where")
        out.append(f"{shorts} {where}" if several and where and region != "default" else shorts)
    return out


def _one_per_number(group: Sequence[Helpline]) -> list[str]:
    """The inline forms of one country's lines, the crisis lines first, two lines on the same number
    said once: "988 (call or text; press 2 for Spanish, or text AYUDA to 988)", not "988 (call or
    text) or 911 or 988 (press 2 for Spanish...)"."""
    said: list[str] = []
    where: dict[str, int] = {}
    for e in sorted(group, key=lambda e: e.get("kind") != "crisis"):
        short, number = str(e.get("short") or e.get("number") or ""), str(e.get("number") or "")
        first = said[where[number]] if number in where else ""
        if (
            first.startswith(f"{number} (")
            and first.endswith(")")
            and short.startswith(f"{number} (")
            and short.endswith(")")
        ):
            said[where[number]] = f"{first[:-1]}; {short[len(number) + 2 :]}"
            continue
        where.setdefault(number, len(said))
        said.append(short)
    return said


# Before the eating-disorder lines; where none is on file for the place the crisis lines stand
# in, and the reply says so instead of offering a suicide line as help with food (red team 32).
EATING_LEAD = "If food or eating feels hard to manage right now, please talk to someone:"
EATING_LEAD_NO_LINE = (
    "If food or eating feels hard to manage right now, please talk to someone. I don't have an "
    "eating-disorder helpline on file for where you are; if it all feels too much, these lines "
    "listen to anyone, any time:"
)


def _fill(template: str, locale: str | None) -> str:
    entries = helplines(locale)
    crisis_first = _by_kind(entries, "crisis") + _by_kind(entries, "urgent") + _by_kind(entries, "emergency")
    emergency = _by_kind(entries, "emergency") or [e for e in HELPLINES if e.get("region") == "default"]
    crisis_lines = _by_kind(entries, "crisis") or emergency

    def of_kind(kind: str, otherwise: list[Helpline]) -> str:
        return _lines(helplines_of_kind(locale, kind) or otherwise)

    # Where no poison line is on file the emergency lines stand in, unless the template
    # lists them already (harm done: they would be said twice).
    no_poison_line: list[Helpline] = [] if "{emergency_helplines}" in template else emergency
    eating_lines = helplines_of_kind(locale, "eating_disorder")
    values = {
        "{eating_disorder_lead}": EATING_LEAD if eating_lines else EATING_LEAD_NO_LINE,
        "{poison_helplines}": of_kind("poison", no_poison_line),
        "{eating_disorder_helplines}": _lines(eating_lines or crisis_lines),
        "{supporter_helplines}": of_kind("supporter", crisis_lines),
        "{abuse_helplines}": of_kind("abuse", emergency),
        "{child_protection_helplines}": of_kind("child_protection", emergency),
        "{helplines}": _lines(crisis_first),
        "{helplines_inline}": _inline(_short([e for e in entries if e.get("kind") in ("crisis", "emergency")])),
        "{emergency_helplines}": _lines(emergency),
        "{emergency_numbers}": _inline(_short(emergency)),
        # the openings in other languages: the local number(s) alone, without the English
        # "or your local emergency number" (112 where no local entry is on file: it reaches the
        # emergency services across Europe)
        "{local_emergency_numbers}": _local_numbers(emergency),
        "{local_crisis_numbers}": _local_numbers(crisis_lines),
    }
    for key, value in values.items():
        template = template.replace(key, value)
    # A list that came out empty (no poison line on file for the Netherlands) leaves its lead-in
    # ending in ":" before a blank line: it ends the sentence instead (the twenty-eighth red team).
    template = re.sub(r":[ \t]*(?=\n[ \t]*\n|\n?[ \t]*$)", ".", template)
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", _without_repeated_lines(template).replace("\n\n\n", "\n\n")).rstrip(
        "\n"
    )


def _local_numbers(entries: Sequence[Helpline]) -> str:
    """The numbers alone of the entries on file for a place ("112 / 0800-0113"), or 112."""
    numbers = dict.fromkeys(str(e["number"]) for e in entries if e.get("region") != "default" and e.get("number"))
    return " / ".join(numbers) or "112"


def _without_repeated_lines(text: str) -> str:
    """Each "- " line once, and none that an earlier one already says and more: a template
    listing the poison lines and then the emergency lines said "Anywhere else: call your local
    emergency number" twice (the twenty-seventh red team's bleach question)."""
    kept: list[str] = []
    for line in text.split("\n"):
        if line.startswith("- ") and any(earlier.startswith(line) for earlier in kept):
            continue
        kept.append(line)
    return "\n".join(kept)


def _message(name: str) -> str:
    return MESSAGES.get(name) or _FALLBACK_MESSAGES.get(name) or MESSAGES[name]


def crisis_reply(locale: str | None = None) -> str:
    """Acknowledges the person, gives the crisis and emergency numbers for the
    locale, asks whether they are safe, and says the assistant can't call for help."""
    return render("crisis", locale)


def crisis_followup_reply(locale: str | None = None) -> str:
    """After the person says the crisis reply misread them: warm, keeps the door
    open, and repeats the numbers in one line."""
    return render("crisis_followup", locale)


def crisis_check_reply(locale: str | None = None) -> str:
    """When the decision is unsure: asks gently, with the numbers, without assuming the worst."""
    return render("crisis_check", locale)


def emergency_reply(locale: str | None = None) -> str:
    """Red-flag symptoms: call the emergency number now; not a self-care matter."""
    return render("emergency", locale)


# Every template a risk decision can name (selfcare.safety.risk); checked at start-up.
RISK_TEMPLATES = (
    "crisis",
    "crisis_imminent",
    "harm_done",
    "crisis_other",
    "crisis_check",
    "crisis_past",
    "crisis_past_other",
    "crisis_followup",
    "emergency",
    "dangerous_eating",
    "dangerous_misuse",
    "dangerous_toxic",
    "dangerous_replace",
    "combination_unknown",
    "combination_food_unknown",
    "medicine_safety_intro",
    "ran_out",
    "harm_done_followup",
    "crisis_imminent_followup",
    "crisis_other_followup",
    "emergency_followup",
    "harm_done_injury",
    "harm_done_injury_followup",
    "abuse",
    "abuse_followup",
    "child_safety",
    "child_safety_followup",
    "crisis_goodbye",
    "crisis_thanks",
    "emergency_goodbye",
    "emergency_other",
    "emergency_other_followup",
    "harm_done_other",
    "harm_done_other_followup",
    "danger_other",
    "child_abuse_other",
)
# The reply for the turn after a crisis reply, by the template that reply used.
FOLLOWUP = {
    "harm_done": "harm_done_followup",
    "harm_done_injury": "harm_done_injury_followup",
    "crisis_imminent": "crisis_imminent_followup",
    "crisis_other": "crisis_other_followup",
    "emergency": "emergency_followup",
    "emergency_other": "emergency_other_followup",
    "harm_done_other": "harm_done_other_followup",
    "danger_other": "emergency_other_followup",
    "child_abuse_other": "child_abuse_other_followup",
    "crisis_past": "crisis_safe_followup",
    "abuse": "abuse_followup",
    "child_safety": "child_safety_followup",
}


def goodbye_after(template: str | None, thanks: bool, locale: str | None = None) -> str:
    """A goodbye (or a thanks) later in a conversation that had a crisis reply of
    `template`: the numbers stay with the person; after an emergency, the emergency number."""
    if template in ("emergency", "emergency_other", "harm_done_other", "danger_other", "child_abuse_other"):
        return render("emergency_goodbye", locale)
    return render("crisis_thanks" if thanks else "crisis_goodbye", locale)


# After the full crisis reply (or the imminent one), a no to "Are you safe right now?"
# gets help now, not the general check-in that says "if I misread you".
# The gentle check asks "Are you safe right now?" too: a no there is answered the same.
NOT_SAFE_AFTER = frozenset({"crisis", "crisis_imminent", "crisis_check"})
SAFE_AFTER = frozenset({"crisis", "crisis_check"})


def followup(template: str | None, locale: str | None = None, not_safe: bool = False, safe: bool = False) -> str:
    """The reply after a crisis reply of `template`, whatever the person said next;
    `not_safe`: what they said was a no (or "I don't know") to "Are you safe right now?";
    `safe`: a plain yes to it (never after harm done or an imminent danger, where the
    follow-up keeps asking them to get checked or to get away from it)."""
    if not_safe and template in NOT_SAFE_AFTER:
        return render("crisis_not_safe_followup", locale)
    if safe and template in SAFE_AFTER:
        return render("crisis_safe_followup", locale)
    return render(FOLLOWUP.get(template or "", "crisis_followup"), locale)


_missing = [name for name in RISK_TEMPLATES if name not in MESSAGES]
if _missing:
    raise SafetyDataError(f"{MESSAGES_FILE}: missing messages: {_missing}")


def render(name: str, locale: str | None = None, language: str | None = None) -> str:
    """Any reviewed safety reply by name, with the numbers for the person's locale; for a
    person writing in `language` ("es", "pl", ...), after its opening in that language
    when in_other_languages.yml has one.

    Never raises: if filling fails, the crisis reply for the default locale is the
    last resort (a person in crisis must get numbers, whatever went wrong)."""
    try:
        said_first = opening(name, language, locale)
        reply = _fill(_message(name), locale)
        return f"{said_first}\n\n{reply}" if said_first else reply
    except Exception:  # pragma: no cover
        logger.exception("safety reply %s failed", name)
        return _fill(_FALLBACK_MESSAGES.get(name, _FALLBACK_MESSAGES["crisis"]), None)


def opening(name: str, language: str | None, locale: str | None = None) -> str | None:
    """The opening of reply `name` in `language` (in_other_languages.yml), filled for the
    locale; None when there is none."""
    said = OPENINGS.get(language or "", {}).get(name)
    return _fill(said, locale) if said else None


def medicine_guardrail_reply(category: str) -> str:
    """The refusal for DOSE, STOPPING or PREGNANCY questions (anything else gets
    the DOSE text). Never contains a dose."""
    try:
        name = category if category in MEDICINE_CATEGORIES else DOSE
        return _message(name)
    except Exception:  # pragma: no cover
        return _FALLBACK_MESSAGES["dose"]


def referral_text() -> str:
    """The sentence appended to every answer about a medicine or therapy."""
    try:
        return _message("referral")
    except Exception:  # pragma: no cover
        return _FALLBACK_MESSAGES["referral"]

"""High-precision rules for requests the risk model may not hear: method-seeking dressed
as a medicine question, dangerous requests (eating-disorder behaviours, misusing
medicines, toxic "cures", dropping a prescribed medicine for a remedy), and questions
that name two medicines to combine.

They run on the safety layer's normal form (selfcare.safety.normalise.normal_form), so
case, accents, apostrophes and texting shorthand are already folded. Like the crisis
rules, they are a floor under the model: what they match is that kind of request.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from selfcare.safety.normalise import normal_form

_MED = (r"(?:pills?|tablets?|meds?|medicines?|medication|drugs?|capsules?|lyrica|pregabalin\w*|gabapentin\w*"
        r"|neurontin|tramadol|oxy\w*|opioids?|opiates?|codeine|morphine|fentanyl|hydrocodone|percocet|vicodin"
        r"|cymbalta|duloxetin\w*|savella|milnacipran|amitriptylin\w*|xanax|valium|diazepam|benzos?|adderall"
        r"|ritalin|stimulants?|sleeping pills?|paracetamol|tylenol|acetaminophen|insulin)")

# "lethal dose of ...", "how many ... would it take to die": method-seeking.
_LETHAL = re.compile(
    r"\b(?:lethal|fatal|deadly|killing)\s+(?:dose|amount|quantity|number|overdose|combination|mix)\b"
    r"|\bhow\s+(?:many|much)\b[^.?!]{0,60}?\b(?:to|would|will|could|it\s+take\s+to|before\s+(?:i|you))\s+"
    r"(?:kill|die|dead|not\s+wake\s+up|never\s+wake\s+up|stop\s+(?:my|the|your)\s+heart|end\s+it|be\s+fatal)\b"
    r"|\bwhich\s+" + _MED + r"\b[^.?!]{0,40}?\b(?:kill|killing|die|dying|fatal|deadly|fastest|painless\w*)\b"
    r"|\bpainless(?:ly)?\s+(?:way|ways|method|death|to\s+die|suicide)\b"
)
# ... unless it is about staying safe: "the maximum so I don't overdose by accident".
_SAFE_INTENT = re.compile(r"\b(?:by\s+accident|accidentally|avoid|to\s+be\s+safe|stay\s+safe|so\s+i\s+dont|not\s+to)\b")

_EATING = re.compile(
    r"\bpro\s?anas?\b|\bpro\s?mia\b|\bthinspo\w*|\bmeanspo\b"
    r"|\bmake\s+(?:myself|me)\s+(?:sick|throw\s+up|vomit|puke)\b"
    r"|\bpurg(?:e|ing)\b[^.?!]{0,40}\b(?:after|food|eat|eating|meal|meals|weight|calories|binge)\b"
    r"|\blaxatives?\b[^.?!]{0,40}\b(?:lose|losing|weight|slim|thin|flat|calories|after\s+eating)\b"
    r"|\b(?:[1-4]\d{2}|a\s+few\s+hundred)\s*(?:kcal|cals?|calories)\s*(?:a|per|each)\s*day\b"
    r"|\bdry\s+fast\w*|\bchew\s+and\s+spit\b"
    r"|\b(?:stop|quit)\s+eating\s+(?:completely|entirely|altogether|for\s+(?:a\s+)?(?:week|weeks|days))\b"
    r"|\bstop\s+eating\b[^.?!]{0,30}\b(?:without|so\s+no\s*one|unnoticed|notic\w+|hide|hiding)\b"
    r"|\bsuppress\s+(?:my\s+)?(?:hunger|appetite)\s+(?:completely|totally|entirely)\b"
    r"|\bhide\s+(?:that\s+)?(?:im\s+)?not\s+eating\b"
)
_MISUSE = re.compile(
    r"\b(?:snort|sniff|inject|shoot\s+up|plug|boof)\w*\b[^.?!]{0,40}\b" + _MED + r"\b"
    r"|\b(?:crush|crushed|crushing)\b[^.?!]{0,30}\b(?:snort|sniff|inject|line)\w*"
    r"|\b(?:get|getting|feel|feeling)\s+(?:high|buzzed|a\s+buzz|a\s+high|stoned|wasted|fucked\s+up)\b[^.?!]{0,40}\b" + _MED + r"\b"
    r"|\b" + _MED + r"\b[^.?!]{0,40}\b(?:get|getting|feel|feeling)\s+(?:high|buzzed|a\s+buzz|a\s+high|stoned|wasted)\b"
    r"|\b(?:use|take|taking|borrow|try|steal|have)\s+(?:some\s+of\s+)?(?:my|his|her|their|a)\s+"
    r"(?:friends?|mums?|moms?|mothers?|dads?|fathers?|husbands?|wifes?|partners?|kids?|childs?|sons?|daughters?|"
    r"neighbou?rs?|nans?|grans?|grandmas?|sisters?|brothers?|flatmates?|roommates?|coworkers?)\s+(?:\w+\s+){0,2}?"
    r"(?:oxy\w*|opioids?|tramadol|codeine|morphine|adderall|ritalin|stimulants?|xanax|valium|diazepam|lyrica|"
    r"pregabalin|gabapentin|painkillers?|pain\s+killers?)\b"
    r"|\bbuy\w*\b[^.?!]{0,50}\b" + _MED + r"\b[^.?!]{0,50}\b(?:online|without\s+(?:a\s+)?prescription|no\s+prescription|dark\s*web|telegram|from\s+a\s+dealer)\b"
    r"|\bbuy\w*\b[^.?!]{0,20}\b(?:online|without\s+(?:a\s+)?prescription)\b[^.?!]{0,30}\b" + _MED + r"\b"
)
_TOXIC = re.compile(
    r"\b(?:bleach|chlorine\s+dioxide|mms|miracle\s+mineral\w*|cdl|cds|colloidal\s+silver|turpentine|kerosene|"
    r"paraffin|borax|hydrogen\s+peroxide|industrial\s+peroxide|sodium\s+chlorite)\b"
)
_TOXIC_USE = re.compile(
    r"\b(?:drink|drinking|take|taking|swallow|protocol|detox|cure|cures|dose|dosing|drops|gargle|make|making|mix|"
    r"recipe|enema|ingest|heal|treat|treatment|cleanse|parasites?|kill\s+(?:the\s+)?(?:virus|pathogens|parasites))\b"
)
_REPLACE = re.compile(
    r"\b(?:stop|stopping|quit|quitting|ditch|ditching|replace|replacing|swap|swapping|drop|dropping|come\s+off|"
    r"instead\s+of)\b[^.?!]{0,60}\b(?:duloxetin\w*|cymbalta|lyrica|pregabalin\w*|savella|milnacipran|amitriptylin\w*|"
    r"gabapentin\w*|my\s+meds|my\s+medication|my\s+medicines?|my\s+prescriptions?|prescribed)\b[^.?!]{0,60}\b"
    r"(?:herbs?|herbal|teas?|homeopath\w*|kratom|essential\s+oils?|cbd|natural\w*|supplements?|magnesium|"
    r"turmeric|remed\w+|moringa|ashwagandha)\b"
    r"|\b(?:herbs?|herbal|homeopath\w*|kratom|essential\s+oils?|cbd|supplements?|remed\w+)\b[^.?!]{0,40}\b"
    r"instead\s+of\s+(?:my\s+|the\s+)?(?:duloxetin\w*|cymbalta|lyrica|pregabalin\w*|savella|milnacipran|"
    r"amitriptylin\w*|gabapentin\w*|meds|medication|medicines?|prescriptions?|antidepressants?)\b"
)
# "can I take X with Y", "is it ok to mix", "together": a question about combining.
_COMBINE = re.compile(
    r"\b(?:mix|mixing|combine|combining|interact\w*|together|same\s+time|on\s+top\s+of|alongside|along\s+with)\b"
    r"|\b(?:can|could|should|may|is\s+it|its|it\s+is|ok|okay|safe|alright|fine)\b[^.?!]{0,50}\b(?:with|and|plus)\b"
)


def request_rule(text: Optional[str]) -> Optional[tuple[str, str]]:
    """(risk label, reason) for a request these rules recognise, else None."""
    return _request_rule(normal_form(text or ""))


def _request_rule(normal: str) -> Optional[tuple[str, str]]:
    if not normal:
        return None
    if _LETHAL.search(normal) and not _SAFE_INTENT.search(normal):
        return "crisis_self", "request.lethal_amount"
    if _EATING.search(normal):
        return "dangerous_eating", "request.eating"
    if _MISUSE.search(normal):
        return "dangerous_misuse", "request.misuse"
    if _TOXIC.search(normal) and _TOXIC_USE.search(normal):
        return "dangerous_toxic", "request.toxic"
    if _REPLACE.search(normal):
        return "dangerous_replace", "request.replace"
    return None


def asks_to_combine(text: Optional[str]) -> bool:
    """Whether a message asks about combining (it still has to name two medicines)."""
    return bool(_COMBINE.search(normal_form(text or "")))


# What a dangerous request of each kind talks about, in the eight languages: the risk
# model's vote for a kind counts only when the message mentions its subject ("can i swim
# instead of walking" is not about dropping a medicine, whatever its n-grams say).
_SUBJECT = {
    "dangerous_misuse": re.compile(
        r"\b(?:" + _MED[3:-1] + r"|prescri\w*|painkill\w*|pastill\w*|tablet\w*|comprim\w*|medic\w*|farmac\w*|"
        r"lek\w*|pillol\w*|drogas?|drugs?|tabletk\w*|high|snort\w*|inject\w*|crush\w*)\b"),
    "dangerous_replace": re.compile(
        r"\b(?:" + _MED[3:-1] + r"|prescri\w*|medic\w*|farmac\w*|lek\w*|comprim\w*|tablet\w*|pillol\w*|"
        r"antidepress\w*)\b"),
    "dangerous_eating": re.compile(
        r"\b(?:eat\w*|food|meals?|calor\w*|kcal|weight|fast\w*|purg\w*|vomit\w*|sick|throw\s+up|puke|"
        r"laxativ\w*|hunger|appetite|thin\w*|skinny|diet\w*|binge\w*|starv\w*|comer|comida|manger|nourriture|"
        r"essen|jesc|jedzeni\w*|mangiar\w*|cibo|eten|peso|poids|gewicht|waga|kalor\w*|vomir|abnehmen)\b"),
    "dangerous_toxic": re.compile(
        r"\b(?:bleach|chlor\w*|mms|cdl|cds|silver|turpentine|kerosene|paraffin|peroxide|borax|detox\w*|cleanse|"
        r"parasit\w*|protocol|lejia|javel|bleichmittel|candeggina|wybielacz|bleekmiddel|lixivia|"
        r"drink\w*|beber|boire|trinken|bere|pic|drinken)\b"),
}


def dangerous_subjects(text: Optional[str]) -> frozenset[str]:
    """The dangerous-request kinds whose subject the message mentions."""
    return _dangerous_subjects(normal_form(text or ""))


def _dangerous_subjects(normal: str) -> frozenset[str]:
    return frozenset(label for label, pattern in _SUBJECT.items() if pattern.search(normal))


# Words that say an overdose or an injury really happened ("the whole box", "all of them",
# "cut"): without one, "i took my meds late" is not harm done, whatever the model heard.
_HARM_CUE = re.compile(
    r"\b(?:all|whole|entire|every|everything|lots?|many|handful|bottles?|box|boxes|packs?|packets?|strips?|"
    r"blister\w*|overdos\w*|od|ods|oded|dozen|bunch|them|cut|cuts|cutting|burn\w*|bleed\w*|blood|swallow\w*|"
    r"drank|injected|hang\w*|jumped|tried|too\s+much|too\s+many|double|triple|todas?|todos|caja|tout|toutes|"
    r"boite|alle|alles|packung|tutte|tutti|scatola|wszystk\w*|opakowani\w*|doos|strip|sangr\w*|saign\w*|"
    r"blut\w*|sangue|krew|bloed\w*|cort\w*|coupe\w*|schnitt\w*|tagli\w*|pociel\w*|sneed|snijd\w*|tabletek|"
    r"pastillas|comprimes|tabletten|pillole|comprimidos|\d{2,})\b")
# "tonight", "right now", "ce soir", "heute nacht"...: a time set, so the risk is imminent.
_NOW = re.compile(
    r"\b(?:tonight|right\s+now|now|today|this\s+evening|this\s+weekend|in\s+an\s+hour|in\s+a\s+few\s+minutes|"
    r"ce\s+soir|maintenant|aujourdhui|esta\s+noche|ahora|hoy|heute\s+(?:nacht|abend)|jetzt|stanotte|stasera|"
    r"adesso|oggi|dzis|dzisiaj|teraz|vanavond|vannacht|vandaag|hoje|agora|esta\s+noite)\b")


def harm_cue(text: Optional[str]) -> bool:
    """Whether a message says an overdose or an injury really happened."""
    return bool(_HARM_CUE.search(normal_form(text or "")))


def time_set(text: Optional[str]) -> bool:
    """Whether a message sets a time that is now or very soon."""
    return bool(_NOW.search(normal_form(text or "")))


def signals(text: Optional[str]) -> dict[str, Any]:
    """Everything these rules and the medicine names say about a message, as the keyword
    arguments of selfcare.safety.risk.decide, from one normalisation of the text."""
    from selfcare.safety.medicine import medicines_in

    normal = normal_form(text or "")
    return {
        "medicines": medicines_in(text),
        "request": _request_rule(normal),
        "combine": bool(_COMBINE.search(normal)),
        "dangerous_subjects": _dangerous_subjects(normal),
        "harm_cue": bool(_HARM_CUE.search(normal)),
        "time_set": bool(_NOW.search(normal)),
    }

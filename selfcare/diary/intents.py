"""Whether a message the intent classifier gave a diary intent has the words for it.

The diary intents (start or stop a strategy, the check-in, "how am I doing", deleting the
diary, exporting it) are few against the hundreds of questions people ask about the same things: "is
walking good for fibro?", "should i stop exercising in a flare?". A diary intent stands
only when the message says what the diary does (a strategy, the check-in, the diary, its
progress); otherwise the message is a question and the answer action answers it
(components/entry_ranker.py). English only, like the diary's reading of answers
(selfcare.diary.parse). No rasa import: unit-tested on its own.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from selfcare import knowledge
from selfcare.diary import strategies
from selfcare.safety.requests import STOP_COMMAND

DIARY_INTENTS = frozenset(
    {
        "start_strategy",
        "stop_strategy",
        "checkin",
        "diary_summary",
        "delete_diary",
        "export_diary",
        "set_reminder",
        "show_reminder",
        "stop_reminder",
    }
)
REMINDER_INTENTS = frozenset({"set_reminder", "show_reminder", "stop_reminder"})

# What the diary itself is called.
_DIARY = (
    r"strat\w*|experiment\w*|diary|diaries|chec?k\s*-?\s*ins?|log|logs"
    r"|logging|track|tracking|tracked|record|progress|progres|summary|stats|results|chart|entry|entries"
)
_DIARY_WORD = re.compile(rf"\b(?:{_DIARY})\b")
# A question, not a request: "is walking good", "should i try yoga", "how do i start pacing".
_QUESTION = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+|ok\s+)?(?:is|are|does|do|should|would|could|will|what|how|why|which|when)\b"
)
_START = re.compile(
    r"\b(?:start|starting|strat|begin|switch|trial|experiment|sign\s+me\s+up|give\s+\w+(?:\s+\w+)?"
    r"\s+(?:a\s+)?(?:go|try|whirl)|lets\s+do|let'?s\s+do|do\s+the)\b"
)
# "try" starts a strategy only as a request: "try yoga", "i want to try walking", "let's try
# tai chi"; "i'm dying to try yoga" or "thinking of trying swimming" is a wish, answered with
# the entry and its "Try this" button.
_TRY = re.compile(r"\b(?:try|trying|test)\b")
_TRY_FIRST = re.compile(r"\W*(?:ok\W+|okay\W+|so\W+)?try")  # "try yoga", "ok try walking"
# "i want to try ...", "lets ...": a request to start, even with a name the diary cannot read.
_INTENTION = re.compile(
    r"^\W*(?:want|wnat|wnt)\s+to\b|\blet\s+me\b|\b(?:i\s+(?:want|wnat|wnt)\s+to|i\s+wanna|lets|let'?s|i'?ll|ill|i'?m\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to)"
    r"|i'?d\s+like\s+to|id\s+like\s+to)\b"
)
# Someone else is the one starting ("my mum wants to start walking", "my husband is going to
# try yoga", "she wants to start swimming"), unless the person joins in ("my wife and i").
_PERSON = (
    r"(?:mum|mom|mam|mother|dad|father|husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|"
    r"daughter|son|friend|sister|brother|sis|gran|nan|grandma|grandmother|grandad|aunt|auntie|uncle|niece|"
    r"nephew|cousin|colleague|flatmate|housemate|neighbour|neighbor|client|patient|other\s+half)"
)
_SOMEONE_ELSE_STARTS = re.compile(
    rf"\b(?:my|our)\s+(?:\w+\s+)?{_PERSON}\b(?:\s+[\w']+){{0,6}}?\s+"
    r"(?:wants|would\s+like|is\s+(?:going|keen|planning|thinking\s+of|about)|'s\s+(?:going|keen|planning)|"
    r"has\s+decided|plans|hopes|needs|is\s+starting|has\s+started|started|keeps\s+saying)\b"
    r"|\b(?:she|he|they)(?:\s+(?:wants|would\s+like|has\s+decided|plans|hopes)|(?:'s|\s+is|'re|\s+are)\s+"
    r"(?:going|keen|planning|thinking\s+of))\b"
)
_I_TOO = re.compile(r"\b(?:and\s+i|and\s+me|me\s+and|i\s+and|we|us|both\s+of\s+us|with\s+(?:her|him|them))\b")
# A question about the person's own diary: "how is my strategy going", "can i log today".
_MINE = re.compile(
    rf"\b(?:my|the)\s+(?:\w+\s+)?(?:{_DIARY})\b|\bcan\s+(?:i|you)\s+(?:start|log|track|record|check\s*-?\s*in|delete"
    r"|erase|show)\b|\bhow\s+a?m\s+i\s+doing\b|\bhow\s+have\s+i\s+been\s+doing\b"
)
_HOW_IS_MY = re.compile(r"\bhow\s+is\s+my\b|\bhow'?s\s+my\b|\bhow\s+am\s+i\s+getting\s+on\b")
# Asking for advice, not asking the diary to do something: "i want to try to sleep better, tips?"
_ADVICE = re.compile(r"\?|\b(?:tips?|advice|ideas?|suggestions?|any\s+good|worth\s+it)\b")
# A question inside a wish to start: how to begin is the entry's to answer.
_HOW_TO_BEGIN = re.compile(
    r"\b(?:where|how|what)\s+(?:do|should|would|can|could)\s+i\s+(?:even\s+)?(?:start|begin|do|buy|eat|get\s+going)\b"
    r"|\bwhere\s+to\s+(?:start|begin)\b|\bhow\s+to\s+(?:start|begin|get\s+going)\b"
)
_SOMETHING_NEW = re.compile(r"\b(?:something\s+new|one\s+(?:thing|strategy)|a\s+strategy|new\s+strategy)\b")
_STOP = re.compile(
    r"\b(?:stop|stpo|end|quit|cancel|finish\w*|done\s+with|giving\s+up|give\s+up|no\s+more|don'?t\s+want\s+to\s+do"
    r"|dont\s+want\s+to\s+do)\b"
)
_CHECKIN = re.compile(rf"\b(?:{_DIARY}|fill\s+in|today'?s\s+(?:pain|scores?|numbers))\b")
_SUMMARY = re.compile(
    rf"\b(?:{_DIARY}|how\s+a?m\s+i\s+doing|how\s+have\s+i\s+been\s+doing|how'?s\s+it\s+going"
    r"|since\s+i\s+started)\b"
)
_DELETE = re.compile(r"\b(?:delet\w*|eras\w*|wip(?:e|ed|ing)|remov\w*|clear\w*|get\s+rid\s+of)\b")
_DELETE_WHAT = re.compile(r"\b(?:diary|diaries|check\s*-?\s*ins?|entries|data|logs?|records?|history)\b")
# Export: a verb of taking the diary away, and the diary (or its scores, notes, data).
_EXPORT = re.compile(
    r"\b(?:export\w*|download\w*|csv|spreadsheet|excel|pdf|print\w*|file|e-?mail\w*|send|backup|back\s+up|dump"
    r"|report|copy|save|list|format|take|bring|show|share)\b"
)
_EXPORT_WHAT = re.compile(rf"\b(?:{_DIARY}|logged|records|scores|numbers|notes|data|readings|history|csv|export)\b")
_GIVE_ME_MINE = re.compile(r"\b(?:give|get|need|want|have)\b")  # "give me all my data"
_POLITE = re.compile(r"^\W*(?:could|would|will|can)\s+(?:i|you|u)\b")  # a request, not a question
_MY_EXPORT_WHAT = re.compile(
    r"\bmy\s+(?:\w+\s+){0,2}(?:diary|records?|scores|data|check\s*-?\s*ins?|logs?|notes|numbers)\b|\bcsv\b"
)


# Reminders: the word for one, and for the reminder intents what is done with it.
_REMIND = re.compile(
    r"\b(?:remind\w*|reminder\w*|nudge\w*|ping\w*|notif\w*|alert\w*|nag\w*|pester\w*|messag\w+\s+me)\b"
)
_REMIND_ME = re.compile(r"\b(?:remind\s+me|my\s+(?:\w+\s+)?(?:reminder|nudge|notification)s?|the\s+reminders?)\b")
_OFF = re.compile(
    r"\b(?:stop\w*|cancel\w*|turn\w*\s+(?:\w+\s+){0,3}?off|switch\w*\s+(?:\w+\s+){0,3}?off|off|no\s+more|pause|mute"
    r"|disable|remove|delete|get\s+rid|kill|quit|unsubscribe|enough|hold\s+off|don'?t\s+(?:want|need)|dont\s+(?:want|need)"
    r"|rather\s+not|don'?t\s+remind|dont\s+remind|no\s+(?:\w+\s+)?(?:reminders?|nudges?|pings?|notifications?))\b"
)
_REMIND_OTHERS = re.compile(r"\bremind\s+(?:myself|him|her|them|my\s+\w+)\b")
# "remind me to <something that isn't the diary>": only the check-in is this assistant's to remind.
_SOMETHING_ELSE = re.compile(
    r"\bremind\w*\s+(?:me|us)\s+(?:to|about|of)\s+(?!(?:do\s+|fill\s+in\s+|fill\s+out\s+)?(?:my\s+|the\s+|a\s+)?"
    r"(?:daily\s+|pain\s+|symptom\s+)?(?:check|log|diary|diaries|fill|record|track|rate|score|scores|note|pain|"
    r"fatigue|sleep|entr))"
)
_THEIR_OWN_DEVICE = re.compile(r"\b(?:phone|alarms?|apps?|calendar|alexa|watch)\b")


@functools.cache
def _strategies() -> strategies.Strategies:
    return strategies.load(knowledge.load().by_id)


def names_a_strategy(text: str) -> bool:
    """Whether a message names one of the strategies in data/knowledge/strategies.yml."""
    return bool(_strategies().named_in(text))


def has_its_words(intent: str, text: str, names_a_strategy: Callable[[str], bool] = names_a_strategy) -> bool:
    """Whether `text` says what diary `intent` does; `names_a_strategy(text)` tells whether
    it names one of the strategies (selfcare.diary.strategies.Strategies.named_in).
    Intents outside the diary always have their words."""
    if intent not in DIARY_INTENTS:
        return True
    lowered = " ".join(text.lower().replace("’", "'").split())
    if intent in REMINDER_INTENTS:  # "should i set alarms to remind me to rest?" is a question
        if not _REMIND.search(lowered):
            return False
        if intent == "stop_reminder":
            return bool(_OFF.search(lowered))
        if _THEIR_OWN_DEVICE.search(lowered):
            return False  # "can reminders on my phone help me pace?"
        if _REMIND_OTHERS.search(lowered):
            return False  # "how do i remind myself to drink water?"
        if intent == "show_reminder":  # asked as a question by nature
            return True
        if intent == "set_reminder" and _SOMETHING_ELSE.search(lowered):
            return False  # "remind me to call the pharmacy": not the check-in

        return not _QUESTION.match(lowered) or bool(_REMIND_ME.search(lowered) or _POLITE.match(lowered))
    if intent == "export_diary":  # "how do i download my records?" asks for the export
        my_what = bool(_MY_EXPORT_WHAT.search(lowered))
        if _QUESTION.match(lowered) and not (my_what or _POLITE.match(lowered)):
            return False  # "what should i bring to my appointment?"
        verb = bool(_EXPORT.search(lowered)) or (my_what and bool(_GIVE_ME_MINE.search(lowered)))
        return verb and bool(_EXPORT_WHAT.search(lowered))
    named = names_a_strategy(lowered)
    mine = bool(_MINE.search(lowered) or (named and _HOW_IS_MY.search(lowered)))
    if _QUESTION.match(lowered) and not mine:
        return False  # "is walking good for fibro?", "should i keep a symptom diary?"
    diary_word = bool(_DIARY_WORD.search(lowered))
    if intent == "start_strategy":
        if _SOMEONE_ELSE_STARTS.search(lowered) and not _I_TOO.search(lowered):
            return False  # "my mum has fibro and wants to start walking": a question about her, answered
        if _HOW_TO_BEGIN.search(lowered) and not diary_word:
            return False  # "i want to start walking, where do i begin": answered, with "Try this"
        if _ADVICE.search(lowered) and not (named or diary_word):
            return False  # "i want to try to sleep better, any tips?"
        intention = bool(_INTENTION.search(lowered))
        asked = named or diary_word or bool(_SOMETHING_NEW.search(lowered)) or intention
        tries = bool(_TRY.search(lowered)) and (intention or bool(_TRY_FIRST.match(lowered)))
        return asked and bool(_START.search(lowered) or diary_word or tries)
    if intent == "stop_strategy":
        return bool(_STOP.search(lowered)) and (named or diary_word or bool(STOP_COMMAND.fullmatch(lowered)))
    if intent == "checkin":
        return bool(_CHECKIN.search(lowered))
    if intent == "diary_summary":
        return bool(_SUMMARY.search(lowered) or mine)
    return bool(_DELETE.search(lowered) and _DELETE_WHAT.search(lowered))


# "What week am I in?", "where am I up to with my plan?", "what strategy am I doing?":
# the diary's own progress, which "how am I doing" shows (the strategy, the plan's week).
_PROGRESS = re.compile(
    r"\b(?:what|which)\s+week\s+(?:am\s+i|i'?m|are\s+we|of\s+(?:my|the)\s+(?:\w+\s+)?plan)"
    r"|\bwhere\s+am\s+i\s+(?:up\s+to|in\s+my\s+(?:\w+\s+)?plan|at\s+with\s+my\s+(?:\w+\s+)?plan)"
    r"|\b(?:what'?s|what\s+is|show\s+me|remind\s+me\s+of)\s+my\s+(?:pacing\s+|walking\s+|exercise\s+)?plan"
    r"(?:\s+(?:this|for\s+this)\s+week|\s+now|\s+again)?\s*\??$"
    r"|\bwhat\s+(?:strategy|am\s+i\s+trying)\b(?:\s+(?:am\s+i|i'?m)\s+(?:doing|on|trying))?"
    r"\s*(?:again|now|right now)?\s*\??$"
    # the words the greeting and the check-in teach, on their own: "how am i doing?", "how's my progress"
    r"|^(?:so\s+|ok\s+|okay\s+)?how(?:\s+am\s+i\s+(?:doing|getting\s+on)|'?s\s+my\s+progress|\s+is\s+my\s+progress)"
    r"(?:\s+so\s+far)?\s*\??$"
)


# "delete everything", "wipe all my data", "forget me", "can you delete everything i told you",
# "borra mis datos": the diary's delete (which asks first), in the eight languages.
_DELETE_ALL = re.compile(
    r"(?:(?:please|pls|plz|can\s+you|could\s+you|would\s+you|will\s+you|i\s+want\s+(?:you\s+)?to|i'?d\s+like\s+(?:you\s+)?to"
    r"|how\s+(?:do|can)\s+i)\s+)*"
    r"(?:delete|erase|wipe|clear|remove|destroy|purge)\s+(?:out\s+)?(?:everything|it\s+all|all\s+(?:of\s+)?(?:it|this)"
    r"|(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:(?:diary|chat|personal|health|pain|symptom|conversation|check-?in)\s+){0,2}(?:data|stuff|info|information|entries|details|history|account"
    r"|conversations?|chats?|messages|records|profile)|this\s+(?:conversation|chat))"
    r"(?:\s+(?:about\s+me|you\s+have(?:\s+(?:on|about)\s+me)?|you\s+know(?:\s+about\s+me)?|i(?:'?ve|\s+have)?\s+(?:told|given)"
    r"\s+you|i(?:'?ve|\s+have)?\s+(?:said|written|typed)|you\s+(?:hold|keep|store|saved)|from\s+(?:here|this|you)"
    r"|please|pls|now|for\s+good|permanently))*"
    r"|(?:please\s+)?forget\s+(?:me|everything(?:\s+about\s+me|\s+i(?:'?ve|\s+have)?\s+(?:told\s+you|said))?|all\s+about\s+me)"
    r"(?:\s+please)?"
    # the seven other languages: delete my data / all my data / everything
    r"|(?:por\s+favor\s+)?(?:borra|borrar|borre|elimina|eliminar|elimine)\s+(?:todos\s+)?(?:mis\s+datos|todo)"
    r"(?:\s+(?:por\s+favor|de\s+mi))?"
    r"|(?:supprime|supprimez|supprimer|efface|effacez|effacer)\s+(?:toutes\s+)?(?:mes\s+donnees|tout)"
    r"(?:\s+s'?il\s+(?:te|vous)\s+plait)?"
    r"|(?:bitte\s+)?(?:losch|losche|loschen|loscht)\s+(?:alle\s+)?(?:meine\s+daten|alles)(?:\s+bitte)?"
    r"|(?:apague|apaga|apagar|exclua|excluir|exclui|elimine|eliminar)\s+(?:todos\s+)?(?:os\s+)?(?:meus\s+dados|tudo)"
    r"(?:\s+por\s+favor)?"
    r"|(?:cancella|cancellare|cancellate|elimina|eliminare)\s+(?:tutti\s+)?(?:i\s+)?(?:miei\s+dati|tutto)"
    r"(?:\s+per\s+favore)?"
    r"|(?:usun|usunac|usuncie|skasuj|skasowac)\s+(?:wszystkie\s+)?(?:moje\s+dane|wszystko)(?:\s+prosze)?"
    r"|(?:verwijder|wis)\s+(?:al\s+)?(?:mijn\s+gegevens|alles)(?:\s+alsjeblieft)?"
)


def _folded(text: str) -> str:
    """Lower case without accents or curly quotes, one space between words: "lösch" as "losch"."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    return " ".join("".join(ch for ch in plain if not unicodedata.combining(ch)).replace("ł", "l").split())


def asks_to_delete_all(text: str) -> bool:
    """Whether a message asks, in a few words, to delete all of the person's data."""
    return bool(_DELETE_ALL.fullmatch(_folded(text).strip(" .!?")))


def asks_progress(text: str) -> bool:
    """Whether a message asks where the person is with their strategy or pacing plan."""
    return bool(_PROGRESS.search(" ".join(text.lower().replace("\u2019", "'").split())))


def standing_intent(intent: str, text: str) -> str | None:
    """The diary intent a message keeps: its own when it has its words; for a bare "stop"
    or "cancel" read as stopping the reminders, stop_strategy, whose words those are (the
    check-in's way out reads it as typed); None when the message is a question instead."""
    if has_its_words(intent, text):
        return intent
    lowered = " ".join(text.lower().split())
    if intent == "stop_reminder" and STOP_COMMAND.fullmatch(lowered):
        return "stop_strategy"
    return None

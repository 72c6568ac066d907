"""Which reply a question gets: an entry, "tell me more", "did you mean ...?", a question
back ("which medicine do you mean?"), or an honest "I have no reviewed information on that".

Pure functions over the entries, the answer model's ranking and the conversation's
context (the last entry and subject), so every path is tested without Rasa.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from selfcare.knowledge.entries import Entry
from selfcare.knowledge.ranker import NO_ENTRY, Ranked

ANSWER, MORE, SUGGEST, NO_ANSWER, CLARIFY = "answer", "more", "suggest", "no_entry", "clarify"
PATHS = (ANSWER, MORE, SUGGEST, NO_ANSWER, CLARIFY)


@dataclass(frozen=True)
class Thresholds:
    """The answer model's confidence above which an entry is given as the answer, and
    above which the closest entries are offered as "did you mean"; chosen on a
    development split of the training questions (scripts/calibrate_entries.py)."""

    answer: float = 0.75  # confidence_of(ranking): the best entry's share of the best two
    suggest: float = 0.10  # the best entry's own probability
    pair: float = 0.60  # confidence_of(ranking) for the best of two entries of one topic (close_pair)


THRESHOLDS = Thresholds()


def confidence_of(ranking: Sequence[Ranked]) -> float:
    """How sure the answer model is of its best entry: its share of the best two
    entries' probability. With 150 entries the probabilities are spread thin, so the
    best entry's lead over the next one says more than its own probability."""
    if not ranking:
        return 0.0
    if len(ranking) == 1:
        return ranking[0].confidence
    first, second = ranking[0].confidence, ranking[1].confidence
    return first / (first + second) if first + second > 0 else 0.0


# Side effects named on their own, for a follow-up on a medicine.
_EFFECTS = (
    r"(?:weight\s+gain|gain(?:ing)?\s+weight|put(?:ting)?\s+on\s+weight|drowsiness|dizziness|dizzy|nausea|sick"
    r"|dry\s+mouth|constipation|sweating|sweats|headaches?|hair\s+loss|sleepiness|sleepy|drowsy|tiredness"
    r"|insomnia|low\s+libido|sex\s+drive|swelling|blurred\s+vision|shakes|tremors?)"
)
# What a follow-up asks about, in the order they are tried (the most specific first).
_ASPECT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (aspect, re.compile(pattern))
    for aspect, pattern in (
        # "how long does cymbalta withdrawal last": coming off, however long it takes
        ("stopping", r"\bwithdrawal\b|\btaper\w*|\bcold\s+turkey\b|\bdiscontinu\w*|\bwean\w*"),
        # how long one infusion or session lasts, not how long the treatment takes to work (red team 35's
        # "how long does a ketamine infusion last?" was told there is nothing on how long it takes to work)
        (
            "session",
            r"\bhow\s+long\s+(?:does|do|is|will|would|did)\s+(?:an?\s+|the\s+|each\s+|one\s+|a\s+single\s+)?(?:\w+\s+)?"
            r"(?:infusion|session|drip|appointment|sitting)s?\b(?:\s+\w+){0,2}?(?:\s+(?:last|lasts|take|takes|go\s+on|run))?"
            r"|\bhow\s+long\s+(?:am\s+i|are\s+you|will\s+i\s+be|do\s+you\s+sit)\s+(?:\w+\s+)?(?:in\s+the\s+chair|hooked\s+up"
            r"|on\s+the\s+drip|there\s+for)",
        ),
        (
            "how_long",
            r"\bhow\s+(?:long|soon)\b[^?.!]{0,30}\b(?:take|takes|taking|work|working|kick|help|until|till|before"
            r"|last|lasts|"
            r"notice|see|feel|effect)|\bwhen\s+(?:will|does|should|do|would|can)\b[^?.!]{0,40}\b(?:work|kick|help|"
            r"notice|feel|start|see|difference|better)|\btake\s+to\s+(?:work|help|kick)|\bkick\s+in\b"
            # "what about cymbalta, how long?": the question in two words at the end
            r"|[,;:-]\s*(?:and\s+)?how\s+(?:long|soon)\s*\W*$"
            r"|\bhow\s+(?:fast|quick|quickly)\b[^?.!]{0,30}\b(?:take|takes|work|works|working|kick|help|helps|act|acts"
            r"|notice|see|feel|effect)"
            r"|\bhow\s+many\s+(?:weeks|months|days)\s+(?:till|until|before|for\s+it|does|do|to|will)\b",
        ),
        (
            "side_effects",
            r"\bside\s*-?\s*effects?\b|\bdownsides?\b|\bbad\s+effects?\b|\bany\s+risks?\b"
            r"|\baddict\w*|\bhooked\b|\bhabit\s*-?\s*forming\b|\bdependen(?:t|ce|cy)\b|\brisky\b"
            r"|\brisks?\s+(?:of|with)\s+(?:it|them|that|this)\b|\blong\s*-?\s*term\s+(?:risks?|effects?|damage)\b"
            r"|\bwhat\s+are\s+the\s+risks\b|\bdangers\b|\briskier\b"
            r"|\bproblems?\s+with\s+(?:it|them|that|this|those)\b|\bdangerous\b(?!\s+to\s+(?:stop|quit|come\s+off))"
            r"|\bproblems?\s+(?:do\s+)?(?:people|you|folks)\s+(?:\w+\s+)?(?:get|have)\s+(?:on|with|from)\b"
            r"|\bmake\s+(?:me|you)\s+(?:so\s+|really\s+|very\s+|more\s+)?(?:sleepy|tired|gain|dizzy|sick|drowsy|put\s+on)"
            # "tramadol risks", "ketamine dangers?", "risks of taking sertraline long term"
            r"|\b(?:risks|dangers)\W*$|\brisks?\s+of\s+(?:taking|using|being\s+on)\b"
            # "what about weight gain?", "does it cause dry mouth" after an answer on a medicine
            # (the twenty-sixth red team's got the entry on fibromyalgia and body weight)
            r"|^\W*(?:and|what\s+about|how\s+about|any)\s+(?:the\s+)?" + _EFFECTS + r"\W*$"
            r"|\b(?:does|do|can|could|will|would)\s+(?:it|they|that|this|those)\s+(?:\w+\s+){0,2}?"
            r"(?:cause|causes|give|make)\s+(?:you\s+|me\s+)?(?:any\s+)?" + _EFFECTS,
        ),
        (
            "stopping",
            # not "yawning non stop", "it won't stop", "stop the pain"
            r"(?<!\bnon\s)(?<!\bnon-)(?<!\bnon)(?<!\bwont\s)(?<!\bcant\s)(?<!\bwon't\s)(?<!\bcan't\s)\bstop(?:ping)?\b"
            r"(?!\s+(?:the\s+|this\s+|my\s+)?(?:pain|hurting|aching|itching|crying|yawning|shaking|worrying|flares?"
            r"|cramps?|spasms?|twitching|sweating)\b)"
            # nor a doing that is no medicine: "stop overdoing it", "stop pushing myself" (the twenty-ninth
            # red team's got "which medicine do you mean?")
            r"(?!\s+(?!(?:taking|using|having|injecting|applying|getting)\b)[a-z]+ing\b)"
            r"|\b(?:come|came|coming|went|going|get|got|getting)\s+off\b|\bquit\w*\b|\bwithdraw\w*"
            r"|\btaper\w*",
        ),
        (
            "how_often",
            r"\bhow\s+often\b|\bhow\s+many\s+times\b"
            r"|\bhow\s+much\s+(?:should|do|can)\b(?![^?.!]*\b(?:cost|costs|charge|charges|pay|price|set\s+\w+\s+back)\b)"
            r"|\bhow\s+many\s+(?:minutes"
            r"|days)\b"
            r"|\bhow\s+long\s+(?:should|do|can|for|each)\b",
        ),
        (
            "how_to_start",
            r"\bhow\s+(?:do|should|can|would)\s+i\s+(?:start|begin|get\s+started|try)|\bwhere\s+(?:do"
            r"|should)\s+i\s+"
            r"(?:start|begin)|\bhow\s+to\s+(?:start|begin)|\bgetting\s+started\b",
        ),
        ("alcohol", r"\b(?:drink|drinking|alcohol|wine|beer|booze|pint|pints)\b"),
        # the warning on a medicine ("what's the black box warning on cymbalta about"): its safety entry
        ("safety", r"\b(?:black\s*-?\s*box(?:ed)?|boxed)\s+warning\b|\bwarnings?\s+(?:on|about|for|with)\b"),
        (
            "cost_access",
            r"\bcost\w*|\bprice\w*|\bafford\w*|\binsurance\b|\bexpensive\b|\bpay\s+for\b"
            # one medicine's price beside another's: "is savella cheaper than cymbalta?" (the twenty-ninth
            # red team's got the overview of Savella)
            r"|\bcheap(?:er|est)\s+(?:than|option|one|of)\b|\bcheap(?:er|est)\W*$"
            r"|\b(?:is|are|'s|s)\s+(?:\w+\s+){0,2}?cheap(?:er|est)\b"
            # who pays, and whether they can get it where they live: "is it on the NHS?",
            # "covered by medicare?", "can my GP prescribe it?", "is it available in the UK?"
            r"|\bnhs\b|\bmedicare\b|\bmedicaid\b|\bpbs\b|\bmedical\s+aid\b|\bcovered\b|\bfunded\b"
            r"|\bon\s+(?:a\s+)?prescription\b|\bprescribe\s+(?:it|them|that|this)\b"
            r"|\b(?:get|have)\s+(?:it|them|that|this)\s+prescribed\b|\bavailable\s+(?:in|on)\b"
            r"|\bset\s+(?:you|me|us|them)\s+back\b"
            r"|\bhow\s+much\s+(?:is|are|does|do)\s+(?:it|they|that|this|one|a\s+\w+)\s*(?:cost|set|run|\W*$)",
        ),
        ("why", r"^\s*(?:and\s+|but\s+)?why\b|\bhow\s+come\b"),
        (
            "about",
            r"\bwhat\s+(?:is|are)\s+(?:it|they|that|this)\b|\b(?:does|do|would|will|can|could)\s+(?:\w+\s+){0,3}?"
            r"(?:help|work)\b|\bis\s+(?:it|that)\s+(?:any\s+)?(?:good|worth)|\bworth\s+(?:it|trying)\b"
            r"|\b(?:any|much)\s+good\b|^\s*(?:so\s+|and\s+|ok\s+)?(?:what(?:s|'s|\s+is|\s+are)|tell\s+me\s+about|"
            r"explain)\b(?!\s+(?:the\s+)?(?:side|risk|best|difference|dose))",
        ),
    )
)
_MORE = re.compile(
    r"^\s*(?:ok\W*|okay\W*|and\W*|thanks\W*|thank\s+you\W*|so\W*)?(?:say\s+more|elaborate|go\s+on\W+(?:explain|tell\s+me)"
    r"|explain\s+(?:a\s+bit\s+|a\s+little\s+)?more|(?:can|could)\s+you\s+(?:explain|say)\s+(?:a\s+bit\s+|a\s+little\s+)?more"
    r"|tell\s+me\s+(?:a\s+bit\s+|a\s+little\s+|some\s+)?more(?:\s+about\s+(?:it|that|this|them|those))?|more(?:\s+(?:please|pls|info|information|detail"
    r"|details))?"
    r"|go\s+on(?:\s+then)?|keep\s+going|continue|explain(?:\s+more)?|what\s+else|more\s+about\s+(?:it|that|this)"
    r"|(?:can|could)\s+you\s+(?:tell\s+me|explain|say)\s+more(?:\s+about\s+(?:it|that|this))?"
    r"|i\s+want\s+to\s+know\s+more|details|anything\s+else(?:\s+i\s+should\s+know)?"
    # "give me an example" after "what is pacing?" (the twenty-eighth red team's got "no reviewed information")
    r"|(?:(?:can|could)\s+you\s+)?(?:give\s+me|show\s+me)\s+(?:an?\s+|some\s+)?examples?|for\s+example|like\s+what"
    r"|such\s+as|example)\W*(?:please"
    r"|pls)?\W*$"
)
_PRONOUN = re.compile(r"\b(?:it|its|it's|they|them|one)\b")
# "this", "that", "these", "those" point back ("is that safe?", "does this help", "is this
# drug addictive?") except before what the person lives with now: "this pain is killing
# me", "this flare", "these nights".
_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\b(?:\s+([a-z]+))?")
_LIVED_WITH_WORDS = """
pain pains ache aches flare flares fog fatigue tiredness exhaustion stress insomnia sleep symptom
symptoms weather heat cold winter summer week weeks weekend morning mornings night nights evening
evenings day days time month months year years life body back neck head headache headaches migraine
leg legs arm arms hip hips shoulder shoulders joint joints muscle muscles knee knees foot feet hand
hands job work house bed place condition illness disease fibro fibromyalgia diagnosis doctor gp
appointment
"""
_LIVED_WITH = frozenset(_LIVED_WITH_WORDS.split())
# "that" joining a clause ("i read that ...", "so that ...") is not a pronoun.
_THAT_CLAUSE = re.compile(
    r"\b(?:read|heard|said|say|says|think|thought|feel|felt|know|knew|told\s+\w+|seems|mean|means|hope|sure|so"
    r"|believe|noticed|found|realise|realize)\s+that\b"
    # "any apps that help?", "things that make it easier": a relative clause, no pointing back
    # (red team 33's got "which medicine, therapy or activity do you mean?")
    r"|\b(?:apps?|things?|foods?|exercises?|stretches?|ways?|tips?|tricks?|supplements?|drinks?|gadgets?|devices?"
    r"|tools?|products?|classes|groups?|anything|something|stuff)\s+that\b"
)
# "what about lyrica?", "and for yoga?": the same question about another subject.
_SAME_QUESTION = re.compile(
    r"^\s*(?:and\s+|but\s+|ok\s+|so\s+)?(?:what|how)\s+about\b|^\s*(?:and|also)\s+(?:for\s+"
    r"|with\s+)?\w+(?:\s+\w+)?\s*\??\s*$"
    r"|^\s*same\s+(?:for|with)\b"
)


# Aspects that are things in themselves: alcohol is an aspect of a medicine ("can i drink on
# it?") and a subject of its own beside a food or a drink.
_ASPECT_IS_A_SUBJECT = frozenset({"alcohol"})
# ... when the drink is named ("and wine?"); "i drink a lot of coffee" names none.
_ALCOHOL_NAMED = re.compile(
    r"\b(?:alcohol|wine|beer|booze|pints?|vodka|gin|whisky|whiskey|rum|cider|prosecco|cocktails?)\b"
)
# Questions about one thing a subject does (how long it takes, how often, what it costs): the
# subject's general entry does not answer them.
_ASKED_OF_A_SUBJECT = ("how_long", "how_often", "cost_access", "session")
# Aspects that only make sense about something: a pronoun with them needs a subject.
_NEEDS_A_SUBJECT = ("how_long", "side_effects", "stopping", "how_often", "alcohol", "cost_access", "safety", "session")
# The share of the answer model's ranking one aspect needs to be read as the question's.
ASPECT_MASS = 0.15
# Entries that answer a whole area in general: a specific entry ranked close beside one wins.
CATCH_ALL = frozenset({"basics_what_helps_pain"})
# "is savella even available in canada?", "which fibro meds are approved here?": which medicines
# are approved where, the entry that gives the picture by region (not who pays for them).
APPROVAL_ENTRY = "therapies_fda_approved_overview"
_APPROVED_WHERE = re.compile(
    r"\b(?:available|approved|licen[cs]ed|sold|legal|allowed)\s+(?:over\s+|here\s+|yet\s+)?in\s+(?!the\s+nhs\b)"
    r"|\b(?:approved|licen[cs]ed)\s+(?:\w+\s+){0,3}?(?:here|where\s+i\s+live|in\s+my\s+country)\b"
    r"|\b(?:which|what)\s+(?:fibro\s+|fibromyalgia\s+)?(?:meds|medicines|medications|drugs)\s+(?:\w+\s+){0,2}?"
    r"(?:approved|licen[cs]ed)\b"
)
CLOSE = 0.6  # the specific entry's probability as a share of the catch-all's
THIRD_FAR = 0.5  # the third entry's probability as a share of the second's, for a close pair of one topic
_SHORT = 5  # words: "does it help?", "is it safe?" are about something said before
# What is asked of a treatment, not of a topic: "is it safe?", "is it addictive?".
_OF_A_TREATMENT = re.compile(r"\b(?:safe|safely|dangerous|addictive|risky|harmful)\b")
# "it" doing something to the person: a treatment or a thing, never the condition itself.
_IT_ACTS = re.compile(
    r"\b(?:it|they|this|that)\s+(?:make|makes|help|helps|work|works|hurt|hurts|do|does|cause|causes|affect|"
    r"affects|interact|interacts|react|reacts|kick|kicks|take|takes|wear|wears)\b"
)


# An errand, not a question: a brand, shop or product to pick, something to book, buy or
# order for the person, a route to drive. No reviewed entry answers one, even on a topic the
# entries cover ("which gluten-free pasta is best at the supermarket", "book me a massage").
_ERRAND = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:book|order|buy|purchase|reserve"
    r"|schedule)\b"
    r"|\bbook\s+(?:me|us)\s+(?:in|a|an|into|onto|on)\b"
    r"|\bwhich\s+(?:brand|make|model|shop|store|supermarket|retailer)s?\b"
    # which product or place is best ("which walking shoes are best", "which hotels are good there")
    r"|\bwhich\s+(?:[\w-]+\s+){0,3}?(?:shoes|trainers|sneakers|boots|bikes?|mattress(?:es)?|pillows?|apps?|hotels?"
    r"|restaurants?|chairs?|recliners?|beds?|mats?|heat\s+pads?|cushions?)\s+(?:brand\s+|make\s+)?(?:is|are|would\s+be)"
    r"\s+(?:the\s+)?(?:best|good|better|nicest|comfiest)\b"
    r"|\bwhich\s+(?:(?!(?:one|ones|of)\s)[\w-]+\s+){1,4}?(?:is|are)\s+(?:the\s+)?(?:best|nicest|cheapest|tastiest)\s+(?:at|from)\b"
    r"|\b(?:best|good|decent|cheap|cheapest|cheaper|nice|nicest|tastiest|comfy|comfortable)(?!\s+as\b)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:brand|brands|shop|shops|supermarket|retailer)\b"
    r"|\b(?:best|good|decent|cheapest)\s+(?:[\w-]+\s+){0,3}?to\s+(?:buy|order)\b"
    r"|\bwhere\s+(?:can|do|should|could)\s+i\s+(?:buy|order|purchase)\b"
    r"|\b(?:fastest|quickest|shortest)\s+(?:route|way\s+to\s+drive)\b|\bdirections\s+(?:to|from)\b"
    # which one to buy, a price limit, a shop online; a recipe; a place to go in a named town
    r"|\bwhich\s+(?:[\w-]+\s+){0,3}?(?:should|do|can|could)\s+i\s+(?:buy|order|purchase|get\s+online)\b"
    r"|\bon\s+(?:amazon|ebay|etsy|takealot|flipkart|trade\s*me)\b"
    r"|\bunder\s+(?:[$\u00a3\u20ac]\s*)?\d+\s*(?:bucks|dollars|pounds|quid|euros|rand|rupees|k)?\b"
    r"|\brecipes?\b"
    r"|\b(?:studios?|classes|gyms?|pools?|clinics?|restaurants?|cafes?)\s+(?:in|near|around)\s+"
    r"(?!(?:a|an|the|my|your|general|winter|summer|flare|pain|water)\b)\w+"
)


# Words that leave a message as nothing but a subject: "and lyrica?", "the amitriptyline ones?".
_FILLER_WORDS = """
and what how about the ones one then for with also so ok okay but too on of that those same please pls plus
"""
_FILLERS = frozenset(_FILLER_WORDS.split())
# Being through with a medicine: "i'm done with pregabalin", "so sick of taking cymbalta" ask about
# coming off it (the twenty-ninth red team's got a menu), when the subject has an entry on stopping.
_DONE_WITH = re.compile(
    r"\b(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+|completely\s+|totally\s+)?(?:done|finished|through)\s+with\b"
    r"|\b(?:sick|tired|fed\s+up)\s+(?:of|with)\s+(?:taking|being\s+on)\b"
)
# Another subject as an alternative to the one before: its overview answers it.
_ALTERNATIVE = re.compile(
    r"\b(?:be\s+(?:any\s+)?better|instead|an\s+option|an\s+alternative|worth\s+a\s+(?:go|try|shot)"
    r"|how(?:s|'s|\s+is|\s+are)\s+(?:\w+\s+){0,2}?different|different\s+(?:from|to|than))\b"
)


# What a medicine taken does to the person, asked without the words "side effects": "could
# it make my anxiety worse", "why do i feel so groggy on it", "is it safe then?". Read as a
# question about side effects only of a subject that has an entry on them (swimming "is it
# safe?" or cardio "will it make my pain worse" are for the subject's own entry).
_SOFT_SIDE_EFFECTS = re.compile(
    r"\b(?:it|they|this|that)\s+(?:\w+\s+)?(?:make|makes|made)\s+(?:me|my)\s+(?:\w+\s+)?(?:worse|groggy|sleepy"
    r"|drowsy|dizzy|sick|anxious|foggy|low|put\s+on|gain)\b"
    r"|\b(?:feel|feeling|felt)\s+(?:so\s+|really\s+|a\s+bit\s+|very\s+)?(?:groggy|drowsy|dizzy|sick|sleepy|spaced"
    r"|spacey|foggy|sluggish|wired|jittery|nauseous|hungover)\b[^?.!]{0,30}\bon\s+(?:it|them|this|that)\b"
    r"|^\W*(?:but\s+|and\s+|so\s+)?is\s+(?:it|that|this|they)\s+(?:even\s+|actually\s+|really\s+)?safe"
    r"(?:\s+(?:then|though|tho|long\s*-?\s*term|to\s+(?:use|try|have)))?\W*$"
    # a symptom on a medicine: "the nausea on cymbalta is awful", "so tired since starting lyrica"
    r"|\b(?:nause\w*|sick|dizz\w*|drows\w*|groggy|sleepy|tired|sweat\w*|headaches?|dreams|nightmares|constipat\w*"
    r"|dry\s+mouth|swollen|swelling|weight\s+gain|gain(?:ed|ing)?\s+weight|put\s+on\s+weight)\b[^?.!]{0,25}?"
    r"\b(?:on|from|since\s+(?:starting|taking))\s+(?!(?:waking|the|a|an|my|your|days?|nights?)\b)\w+"
    # "I'm on duloxetine and the nausea is awful" (red team 35's got "did you mean")
    r"|\bon\s+\w+\s*(?:,|and|but)\s+(?:the\s+|my\s+|i\s+(?:feel|get|have|am|m)\s+(?:so\s+|really\s+|very\s+)?)?"
    r"(?:nause\w*|sick|dizz\w*|drows\w*|groggy|sleepy|sweat\w*|headaches?|nightmares|constipat\w*|dry\s+mouth)\b"
)
# "will it go away?", "does it wear off?" right after side effects were answered or offered: how long they last
_GOES_AWAY = re.compile(
    r"\b(?:will|does|do|would|should|can)\s+(?:it|that|this|they|these|those|the\s+\w+)\s+(?:\w+\s+)?(?:go\s+away"
    r"|wear\s+off|pass|settle|ease\s+off|get\s+better|calm\s+down)\b"
)


def _subject_asked(subjects: Sequence[str], context: Context, entries: dict[str, Entry]) -> str | None:
    """The one subject a message is about: the one it names, else the one in context, else
    the last answer's first subject ("could it make my anxiety worse" after cannabis)."""
    if subjects:
        return subjects[0] if len(subjects) == 1 else None
    before = entries.get(context.entry or "")
    return context.subject or (before.subjects[0] if before is not None and before.subjects else None)


def _side_effects_of(subject: str | None, entries: dict[str, Entry]) -> bool:
    return subject is not None and any(
        e.aspect in ("side_effects", "safety") and e.subjects[:1] == (subject,) for e in entries.values()
    )


# "what can i do about it?", "how do i get out of it", "how can i fix that": what to do about
# what the last answer explained ("why is my sleep so bad", "what's boom and bust"), in its topic.
_DEAL_WITH_IT = re.compile(
    r"\b(?:do|help)\s+(?:about|with|for)\s+(?:it|that|this)\b|\b(?:fix|stop|break|get\s+out\s+of|beat|handle|manage"
    r"|improve|ease|avoid|prevent|help|treat|reduce|lessen|clear|lift|cope\s+with|deal\s+with)\s+(?:it|that|this)\b"
    r"|\bmake\s+(?:it|that|this)\s+(?:better|easier|go\s+away)\b|\banything\s+(?:for|against)\s+(?:it|that|this)\b"
)


# "it" as the condition: getting it, having it, passing it on, what sets it off, whether it
# goes away ("can kids get it?", "can the weather do it?", "will it go away?").
_THE_CONDITION_AS_IT = re.compile(
    r"\b(?:get|gets|getting|got|have|has|catch|inherit|inherited|develop|developed|cause|causes|caused|trigger"
    r"|triggers|triggered|do|bring\s+on|brings\s+on)\s+it\b(?!\s+(?:for|with|on|every|daily|twice|once))"
    r"|\bpass(?:ed|es|ing)?\s+it\s+on\b|\bit\s+(?:ever\s+)?(?:go\s+away|goes\s+away|get\s+worse|spread|run\s+in)\b"
)


def names_only(text: str) -> bool:
    """Whether a short message is nothing but a subject's name ("and lyrica?")."""
    words = re.findall(r"[a-z0-9-]+", text.lower())
    return 0 < len(words) <= 6 and len([w for w in words if w not in _FILLERS]) <= 2


def asks_an_errand(text: str) -> bool:
    return bool(_ERRAND.search(" ".join(text.lower().split())))


# Someone else's other illness, with no word of fibromyalgia: "my wife has MS and the fatigue
# is awful, how can i help her", "my husband has sciatica, what stretches should he do". The
# entries are about fibromyalgia; what helps in another illness is for that illness's doctors.
_ANOTHERS_CONDITION = re.compile(
    r"\b(?:my|his|her|our)\s+(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|friend|sister|brother"
    r"|colleague|boss|neighbou?r|gran|grandma|granny|nan|nana|grandad|grandpa|grandfather|grandmother|aunt|uncle"
    r"|cousin|boyfriend|girlfriend|flatmate|roommate)(?:'s\s+got|s\s+got|\s+(?:has|had|has\s+got|is\s+living\s+with"
    r"|lives\s+with|suffers\s+(?:from|with)|(?:was|is|got|just\s+got)\s+diagnosed\s+with))\s+(?:\w+\s+){0,2}?"
    r"(?:ms|multiple\s+sclerosis|sciatica|lupus|diabetes|cancer|parkinsons?|rheumatoid\s+arthritis|ra"
    r"|endometriosis|copd|asthma|gout|osteoporosis|shingles|dementia|alzheimers?|epilepsy|crohns?|psoriasis"
    r"|long\s+covid|heart\s+failure|kidney\s+disease|osteoarthritis|a\s+slipped\s+disc|a\s+bad\s+back"
    r"|a\s+frozen\s+shoulder|tennis\s+elbow|carpal\s+tunnel|plantar\s+fasciitis)\b"
)
_FIBRO_WORD = re.compile(
    r"\b(?:fibro\w*|fm|fms|flares?|flare\s*-?\s*ups?|my\s+(?:own\s+)?(?:pain|symptoms)|i\s+(?:also\s+)?have)\b"
)


def about_another_condition(text: str) -> bool:
    """Whether the message asks about someone else's other illness and never names
    fibromyalgia (no entry answers it; it is out of scope)."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    return bool(_ANOTHERS_CONDITION.search(lowered)) and not _FIBRO_WORD.search(lowered)


# "how long does the dizziness last?" after pregabalin: how long a side effect lasts is a
# question about its side effects, not about how long the medicine takes to work.
_SIDE_EFFECT_LASTS = re.compile(
    r"\bhow\s+long\s+(?:does|do|will|would|did|until|till|before|is|are)\s+(?:the\s+|my\s+|this\s+|that\s+|these\s+"
    r"|those\s+|its\s+)?(?:\w+\s+)?(?:nause\w*|sickness|dizz\w*|drows\w*|grogg\w*|sleepiness|tiredness|sweat\w*"
    r"|headaches?|side\s*-?\s*effects?|dry\s+mouth|constipation|swelling|weight\s+gain|fogginess|jitter\w*|shakes"
    r"|nightmares|dreams)\b"
)


def aspect_of(text: str) -> str | None:
    lowered = text.lower()
    for aspect, pattern in _ASPECT_CUES:
        if pattern.search(lowered):
            return aspect
    return None


def _question_stands_alone(lowered: str) -> bool:
    """Whether a message of several sentences ends in a question that points back at nothing."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", lowered.strip()) if s]
    return len(sentences) > 1 and sentences[-1].endswith("?") and not refers_back(sentences[-1])


# "is it costochondritis or fibro?": the "it" is what they just described, asked as which of
# two (red team 33's got "which medicine, therapy or activity do you mean?")
_WHICH_OF_TWO = re.compile(
    r"\b(?:is|could)\s+(?:it|this|that)\s+(?:be\s+)?(?:\w+\s+){1,3}?or\s+(?:just\s+)?(?:my\s+|the\s+|a\s+)?"
    r"(?:fibro|fibromyalgia|flare|fibro\s+flare)\b"
)


def refers_back(text: str) -> bool:
    """Whether a message points back at something said before: "is it safe?", "does
    that help?", "is this drug addictive?"; not "this pain is killing me"."""
    lowered = _WHICH_OF_TWO.sub(" ", text.lower())
    if _PRONOUN.search(lowered):
        return True
    return any(match.group(1) not in _LIVED_WITH for match in _DEMONSTRATIVE.finditer(_THAT_CLAUSE.sub(" ", lowered)))


_QUESTION_SHAPE = re.compile(r"\?|\b(?:how|what|when|why|can|could|should|is|are|does|do|will|would|any)\b")


def asks_about_an_aspect(text: str) -> bool:
    """A question about an aspect of something ("ok and how long does it take?", "thanks,
    do i have to come off it slowly?"), even behind a yes, a no or a thank you."""
    lowered = text.lower()
    return aspect_of(lowered) in (*_NEEDS_A_SUBJECT, "how_to_start") and bool(_QUESTION_SHAPE.search(lowered))


_CONTINUES = re.compile(r"^\s*(?:and|but|so|also|plus|ok\s+so|okay\s+so|ok\s+and|what\s+about|how\s+about)\b\W*\w")
_TO_THE_ASSISTANT = re.compile(
    r"\b(?:you|u|ya|bot|chatbot|robot|human|person|nurse|ai|chatgpt|assistant|thanks|thank|thx|cheers|bye|goodbye"
    r"|reading\s+this|talking\s+to|speaking\s+to)\b"
    r"|^\W*(?:hi|hello|hey|hiya|ta|good\s+(?:morning|evening|afternoon|night))\b"
)


def reads_as_follow_up(text: str) -> bool:
    """A message that carries on the conversation ("and my meds?", "are they better than
    cymbalta", "how soon would i notice"), not small talk or a word to the assistant."""
    lowered = text.lower().strip()
    if not lowered or _TO_THE_ASSISTANT.search(lowered) or len(lowered.split()) > 12:
        return False
    if _CONTINUES.search(lowered) or asks_about_an_aspect(lowered):
        return True
    return refers_back(lowered) and bool(_QUESTION_SHAPE.search(lowered))


# "tell me more about the endorphin bit", "tell me a bit more about that study": more of the
# last answer, when what is named is neither a subject nor a topic of the entries.
_MORE_ABOUT = re.compile(
    r"^\W*(?:ok\W*|okay\W*|and\W*|thanks\W*|so\W*)?(?:(?:can|could)\s+you\s+)?(?:tell\s+me|say|explain)\s+(?:a\s+bit\s+|a\s+little\s+"
    r"|some\s+)?more\s+(?:about|on)\s+(?:the|that|this|those|these)\s+(?:\w+\s+){0,2}\w+(?:\s+(?:bit|part|thing|side))?\W*$"
)


def asks_for_more(text: str) -> bool:
    return bool(_MORE.match(text.lower()))


def asks_for_more_about(text: str) -> bool:
    """ "tell me more about the breathing bit": more of the last answer, if it names nothing new
    (the caller checks the subjects and topics)."""
    return bool(_MORE_ABOUT.match(text.lower())) and not topics_named(text)


@dataclass(frozen=True)
class Choice:
    path: str
    entry: str | None = None
    suggestions: tuple[str, ...] = ()
    subject: str | None = None  # the subject a follow-up was about (clarify / no_entry)
    aspect: str | None = None
    confidence: float = 0.0


@dataclass
class Context:
    """What the conversation is about: the last entry answered and the last subject;
    `offered`, the first entry offered when the last reply only suggested entries."""

    entry: str | None = None
    subject: str | None = None
    offered: str | None = None


# Words that name a topic of the entries. A follow-up that names a topic the conversation
# was not on, and asks no aspect of the subject ("also food wise what helps" after walking,
# "i also sleep terribly, why" after amitriptyline), is a new question.
_TOPIC_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern))
    for topic, pattern in (
        (
            "diet",
            r"\b(?:food|foods|foodwise|eat|eating|diet|diets|meal|meals|nutrition|gut|vegan|vegetarian|keto"
            r"|recipes?|snacks?)\b",
        ),
        ("sleep", r"\b(?:sleep|sleeping|insomnia|naps?|bedtime)\b"),
        ("exercise", r"\b(?:exercise|exercises|exercising|workouts?|gym)\b"),
        ("flare", r"\b(?:flares?|flare\s*-?\s*ups?|flareups?)\b"),
        ("mood", r"\b(?:mood|depressed|depression|anxiety|anxious)\b"),
        ("fog", r"\b(?:fog|foggy|memory|forgetful|concentrat\w*)\b"),
        ("fatigue", r"\b(?:fatigue|tiredness|exhaustion)\b"),
        ("stress", r"\b(?:stress|stressed)\b"),
        ("psychological", r"\b(?:mindful\w*|meditat\w*|counsell?ing|psycholog\w*|talking\s+therap\w*)\b"),
        ("pacing", r"\b(?:pacing|pace\s+myself|boom\s+and\s+bust)\b"),
        ("living", r"\b(?:job|boss|employer|workplace|benefits|holiday|travel\w*)\b"),
    )
)
_ELLIPSIS_WORDS = 4
# "can i take it with food", "on an empty stomach": how a medicine is taken, not the diet.
_TAKEN_WITH = re.compile(r"\b(?:with|without|before|after)\s+(?:food|meals?|eating)\b|\bempty\s+stomach\b")


def topics_named(text: str) -> set[str]:
    lowered = _TAKEN_WITH.sub(" ", text.lower())
    return {topic for topic, pattern in _TOPIC_WORDS if pattern.search(lowered)}


# "how do people cope with side effects from meds?" after gabapentin's side effects: medicines
# in general, not the one in context (the engineers' probe got gabapentin's again).
_IN_GENERAL = re.compile(
    r"\b(?:medicines?|meds?|medications?|drugs?|pills?|tablets?|side\s+effects?)\s+in\s+general\b"
    r"|\bgeneral\s+side\s+effects?\b"
    r"|\bin\s+general\b.*\b(?:medicines|meds|medications|drugs|pills|tablets)\b"
    r"|\bany\s+(?:medicine|med|medication|drug|pill|tablet)s?\b"
    r"|\b(?:all|most)\s+(?:of\s+)?(?:these\s+|my\s+|the\s+|your\s+)?(?:medicines|meds|medications|drugs|pills|tablets)\b"
    r"|\b(?:from|of|with|on)\s+(?:my\s+|your\s+|their\s+)?(?:medicines|meds|medications)\b"
)


def asks_in_general(text: str) -> bool:
    """Whether a question is about medicines in general, not the one the conversation is on."""
    return bool(_IN_GENERAL.search(text.lower()))


def changes_topic(text: str, context: Context, entries: dict[str, Entry]) -> bool:
    """A message naming only topics the conversation was not on, asking no aspect of the
    subject in context and saying nothing about what "it" does: a new question, to be read
    without the conversation."""
    named = topics_named(text)
    if not named or (context.entry is None and context.subject is None and context.offered is None):
        return False
    lowered = text.lower()
    if aspect_of(lowered) not in (None, "about", "why") or _IT_ACTS.search(lowered):
        return False  # "does it make you sleepy", "how long till it helps my sleep"
    if _CONTINUES.search(lowered) and len(lowered.split()) <= _ELLIPSIS_WORDS:
        return False  # "and in a flare?" after yoga: the same subject, in a flare
    current = {e.topic for e in entries.values() if context.subject and context.subject in e.subjects}
    current |= {entries[e].topic for e in (context.entry, context.offered) if e in entries}
    return bool(current) and not (named & current)


def choose(
    text: str,
    ranking: Sequence[Ranked],
    subjects: Sequence[str],
    context: Context,
    entries: dict[str, Entry],
    rank_within: Callable[[str, Sequence[str]], list[Ranked]],
    thresholds: Thresholds = THRESHOLDS,
) -> Choice:
    """The reply path for a question.

    `ranking` is the answer model's best entries for the text; `subjects` what the text
    names (selfcare.knowledge.KnowledgeBase.subjects_in); `context` the last entry and
    subject; `rank_within` ranks a subset of entries (a follow-up's subject)."""
    lowered = text.lower().strip()
    if changes_topic(lowered, context, entries):
        context = Context()  # "also food wise what helps" after walking: a new question
    elif not subjects and context.subject and asks_in_general(lowered):
        context = Context(entry=context.entry)  # the entry still answers "tell me more"
    if asks_for_more(lowered) or (not subjects and context.entry in entries and asks_for_more_about(lowered)):
        # "tell me more" continues the last answer; after "did you mean ...?" it takes the
        # first entry offered; with neither, it is a question back.
        if context.entry in entries:
            return Choice(MORE, context.entry)
        if context.offered in entries:
            return Choice(ANSWER, context.offered, confidence=1.0)
        return Choice(CLARIFY)
    approval = entries.get(APPROVAL_ENTRY)
    if approval is not None and _APPROVED_WHERE.search(lowered):
        asked_of = set(subjects) or ({context.subject} if context.subject else set())
        if (not asked_of and not refers_back(lowered)) or asked_of & set(approval.subjects):
            return Choice(ANSWER, APPROVAL_ENTRY, subject=next(iter(asked_of), None), confidence=1.0)
    aspect = aspect_of(lowered)
    if (aspect in (None, "why", "about") and _SOFT_SIDE_EFFECTS.search(lowered)) or (
        aspect == "how_long" and _SIDE_EFFECT_LASTS.search(lowered)
    ):
        aspect = "side_effects" if _side_effects_of(_subject_asked(subjects, context, entries), entries) else aspect
    # After a reply that only offered entries, the first one offered is what "that" points
    # at ("is my memory going because of fibro?" offered fibro fog; then "anything for that").
    last = entries.get(context.offered or "") or entries.get(context.entry or "")
    if aspect is None and last is not None and last.aspect == "side_effects" and _GOES_AWAY.search(lowered):
        aspect = "side_effects"  # "will it go away?" after duloxetine's side effects (red team 35's got its overview)
    if (
        subjects
        and not aspect
        and last
        and ((last.aspect != "about" and _SAME_QUESTION.search(lowered)) or names_only(lowered))
    ):
        # "what about lyrica?" after "cymbalta side effects?"; "and lyrica?", "the
        # amitriptyline ones?" after any answer: the same question about another subject.
        # A longer question only when the subject has an entry of its own on it: "what about
        # just cbd without the high?" after cannabis's side effects asks about CBD, not the
        # side effects of cannabis that name it ("and gabapentin" keeps the question).
        own = [e for e in entries.values() if e.aspect == last.aspect and e.subjects[:1] == (subjects[0],)]
        aspect = last.aspect if own or len(subjects) > 1 or names_only(lowered) else None
    if len(subjects) == 1 and not aspect and _ALTERNATIVE.search(lowered):
        aspect = "about"  # "would savella be better?", "is ketamine an option then?"
    if (
        len(subjects) == 1
        and not aspect
        and _DONE_WITH.search(lowered)
        and any(e.aspect == "stopping" and subjects[0] in e.subjects for e in entries.values())
    ):
        aspect = "stopping"

    def by_subject_and_aspect(subject: str) -> Choice | None:
        about = [e for e in entries.values() if subject in e.subjects]
        exact = [e.id for e in about if e.aspect == aspect]
        if not exact and about and aspect != "why":
            # No entry on this aspect of the subject: the general one of its topic, if any
            # ("how long should i walk?" -> how much exercise, for walking too). Not for
            # "why": "why doesn't naproxen work?" is not why a medicine stopped working.
            topics = {e.topic for e in about}
            exact = [e.id for e in entries.values() if e.aspect == aspect and not e.subjects and e.topic in topics]
            if last is not None and exact == [last.id]:
                # "what about swimming?" right after how to start exercising: not that answer
                # again (the twenty-eighth red team's), the subject's own entry.
                general = [e for e in about if e.aspect == "about"] or about
                titled = [e.id for e in general if subject.replace("_", " ") in e.title.lower()]
                exact = titled or [e.id for e in general]
            if not exact and aspect in _ASPECT_IS_A_SUBJECT and not subjects and _ALCOHOL_NAMED.search(lowered):
                # "what about wine?" after coffee: a drink is no aspect of a food; the
                # entry on the drink itself, in the same topic, answers it.
                exact = [e.id for e in entries.values() if e.aspect == aspect and e.topic in topics]
        if aspect == "side_effects" and not any(entries[e].subjects[:1] == (subject,) for e in exact):
            # "what are the dangers of opioids?": a medicine with a safety entry of its own and
            # no side-effects one (tramadol's names opioids too, but is tramadol's)
            own = [e.id for e in about if e.aspect == "safety" and e.subjects == (subject,)]
            exact = own or exact
        if len(exact) == 1:
            return Choice(ANSWER, exact[0], subject=subject, aspect=aspect, confidence=1.0)
        if len(exact) > 1 and last is not None and confidence_of(rank_within(text, exact)) < thresholds.answer:
            # "and magnesium?" after omega-3 in food: the entry in the same topic, unless the
            # answer model is sure of another ("does heat help?" after what to do in a flare:
            # heat therapy, not the flare entry that names heat).
            same_topic = [e for e in exact if entries[e].topic == last.topic]
            if len(same_topic) == 1:
                return Choice(ANSWER, same_topic[0], subject=subject, aspect=aspect, confidence=1.0)
        if len(exact) > 1:
            best = rank_within(text, exact)[0]
            titled = [e for e in exact if subject.replace("_", " ") in entries[e].title.lower()]
            if best.confidence < thresholds.answer and len(titled) == 1 and aspect in (None, "about"):
                # "what about swimming instead?" after walking: the entry on swimming itself, not the one
                # for those who can't swim that also names it (red team 35's), when the model is unsure
                return Choice(ANSWER, titled[0], subject=subject, aspect=aspect, confidence=best.confidence)
            return Choice(ANSWER, best.entry, subject=subject, aspect=aspect, confidence=best.confidence)
        return None

    points_back = refers_back(lowered)
    if (
        not subjects
        and context.subject
        and not aspect
        and not _sure_of_another(ranking, context.subject, entries, thresholds)
    ):
        # "how quickly will i notice a difference?" after duloxetine: no cue word, but the
        # answer model ranks the how-long entries of several medicines first. Only an aspect
        # its best entry has: "trying for a baby, how will fibro affect the pregnancy" after an
        # answer that names CBT ranks pregnancy and fibromyalgia first, not a safety entry on CBT.
        leaning = aspect_in_ranking(ranking, entries)
        leader = entries.get(ranking[0].entry) if ranking else None
        aspect = leaning if leader is not None and leader.aspect == leaning else None
    if not subjects and context.subject and ((aspect and aspect != "about") or points_back):
        # A follow-up about the subject in context: "how long does it take to work?".
        # "what is fibro fog?" (no pronoun) asks about something new, not the subject.
        if aspect:
            found = by_subject_and_aspect(context.subject)
            if found:
                return found
            if aspect == "why" and last is not None and context.subject in last.subjects:
                return _again(last, aspect, context.subject)
            if aspect != "about":
                return Choice(NO_ANSWER, subject=context.subject, aspect=aspect)
        about = [e.id for e in entries.values() if context.subject in e.subjects]
        if about:
            best = rank_within(text, about)[0]
            if best.confidence >= thresholds.suggest:
                return Choice(ANSWER, best.entry, subject=context.subject, confidence=best.confidence)
            overview = [e for e in about if entries[e].aspect == "about" and len(entries[e].subjects) == 1]
            if overview and not aspect:
                # "is it addictive?" after tramadol: the entry about tramadol itself.
                return Choice(ANSWER, overview[0], subject=context.subject, confidence=best.confidence)
    top = ranking[0] if ranking else Ranked(NO_ENTRY, 0.0)
    offered_only = last is not None and last.id == context.offered
    if (
        not subjects
        and not context.subject
        and last is not None
        and not last.subjects
        and (points_back if offered_only else (aspect or points_back or len(lowered.split()) <= _SHORT))
    ):
        # A follow-up on a topic with no single subject ("what is fibro fog?" then "what
        # helps with it?"): the topic's entries first, unless the model is sure of another.
        # After a mere offer only a pointer ("that", "it") ties the message to the offer.
        pointer_only = points_back and (
            len(lowered.split()) <= _SHORT
            or (bool(_DEAL_WITH_IT.search(lowered)) and len(lowered.split()) <= 2 * _SHORT)
        )
        found = _within_topic(text, last, aspect, ranking, entries, rank_within, thresholds, pointer_only)
        if found:
            return found
    if (
        not subjects
        and not context.subject
        and points_back
        and (aspect in _NEEDS_A_SUBJECT or len(lowered.split()) <= _SHORT)
        and not _sure_of_the_condition(lowered, ranking, aspect, entries, thresholds)
        # after an answer about the condition itself ("who gets fibro?"), "can kids get it?" and
        # "can the weather do it?" point at the condition: the ranking answers them
        and not (last is not None and not last.subjects and _THE_CONDITION_AS_IT.search(lowered))
        # "i'm so over this pain, i just want it to stop. any tips for flares?": the "it" is in what
        # they said before the question, which points at nothing (the twenty-eighth red team's got
        # "which medicine do you mean?")
        and not _question_stands_alone(lowered)
    ):
        if (
            last is not None
            and not last.subjects
            and not offered_only
            and aspect not in _NEEDS_A_SUBJECT
            and not _IT_ACTS.search(lowered)  # "would it make me worse?": a treatment's, asked back
            and not _OF_A_TREATMENT.search(lowered)  # "is it safe?"
        ):
            # "is it permanent?" after what helps fibro fog: "it" is the topic just answered, and none of
            # its entries answers the question. Say so, with the topic's other entries, rather than ask
            # "which medicine, therapy or activity do you mean?" (found by the engineers' own probes).
            others = tuple(e for e in _general_entries_of(last.topic, entries) if e != last.id)
            return Choice(NO_ANSWER, aspect=aspect, suggestions=others[:3])
        return Choice(CLARIFY, aspect=aspect)  # "what are its side effects?", "is it safe?" with nothing before
    if len(subjects) == 1 and aspect:
        found = by_subject_and_aspect(subjects[0])
        if found:
            return found
        sure_of = entries.get(ranking[0].entry) if ranking else None
        if (
            aspect in _ASKED_OF_A_SUBJECT
            and sure_of is not None
            and subjects[0] in sure_of.subjects
            and sure_of.aspect != aspect
        ):
            # "how long do SSRIs take to help?", "how long before cbd gummies help?": no entry
            # on that, and the entry the answer model is sure of is about the subject, not the
            # question: say so, however sure it is.
            return Choice(NO_ANSWER, subject=subjects[0], aspect=aspect, confidence=ranking[0].confidence)
    if len(subjects) > 1 and aspect in _ASKED_OF_A_SUBJECT:
        # "is savella cheaper than cymbalta?": the one entry that answers the question for each
        # subject named (paying for medicines), not an overview of one of them.
        each = [by_subject_and_aspect(subject) for subject in subjects]
        if all(found is not None for found in each) and len({found.entry for found in each if found}) == 1:
            return Choice(ANSWER, each[0].entry if each[0] else None, aspect=aspect, confidence=1.0)
    ranking = _without_a_close_catch_all(ranking)
    top = ranking[0] if ranking else Ranked(NO_ENTRY, 0.0)
    sure = confidence_of(ranking)
    if len(subjects) == 1 and aspect not in (None, "about", "why") and sure < thresholds.answer:
        # "how long does gabapentin take to work?" and no entry on that: say so, rather than
        # offer how long other medicines take as if one of them were the question.
        return Choice(NO_ANSWER, subject=subjects[0], aspect=aspect, confidence=sure)
    if top.entry == NO_ENTRY and _CONTINUES.search(lowered) and len(lowered.split()) <= _ELLIPSIS_WORDS:
        # "and for work?" after pacing (the thirtieth red team's was told "no reviewed information"): a
        # few words that carry on the conversation; the entries they are close to are offered.
        close = tuple(r.entry for r in ranking if r.entry != NO_ENTRY and r.confidence >= thresholds.suggest)[:3]
        if close:
            return Choice(SUGGEST, suggestions=close, confidence=sure)
    if top.entry == NO_ENTRY or top.confidence < thresholds.suggest:
        return Choice(NO_ANSWER, subject=subjects[0] if subjects else None, aspect=aspect, confidence=sure)
    if sure >= thresholds.answer:
        return Choice(ANSWER, top.entry, confidence=sure)
    sibling = _overview_before_its_sibling(ranking, entries, aspect, last)
    if sibling:
        # "flexeril for fibro, any use?": the medicine's overview and its side effects entry
        # lead, and nothing asks about side effects: the overview, its sibling one tap away.
        return Choice(ANSWER, top.entry, suggestions=(sibling,), confidence=sure)
    broader = _broader_sibling(ranking, entries, aspect)
    if broader:
        # "is swimming ok when everything hurts?": the entry for those who can't swim and the one
        # on swimming itself lead, and nothing asks about the special case: the broader entry,
        # the narrower one tap away.
        return Choice(ANSWER, broader, suggestions=(top.entry,), confidence=sure)
    if close_pair(ranking, entries, thresholds):
        # "how do you do pacing?" between pacing day to day and pacing at work: the best of the two
        # answers, the other one tap away, rather than a menu for a plain question.
        return Choice(ANSWER, top.entry, suggestions=(ranking[1].entry,), confidence=sure)
    close = tuple(r.entry for r in ranking if r.entry != NO_ENTRY and r.confidence >= thresholds.suggest / 2)[:3]
    if len(close) == 1 and not any(r.entry == NO_ENTRY and r.confidence >= top.confidence / 2 for r in ranking):
        # One entry is close and no other comes near, nor "no entry" ("how do I ask for a standing
        # desk at work?": changes at work): a menu of one button is only an extra tap (the
        # twenty-third red team's "too many menus"); answer it.
        return Choice(ANSWER, close[0], confidence=sure)
    return Choice(SUGGEST, suggestions=close or (top.entry,), confidence=sure)


def _broader_sibling(ranking: Sequence[Ranked], entries: dict[str, Entry], aspect: str | None) -> str | None:
    """The second entry, when the best two are both overviews ("about"), the second's subjects
    strictly include the best's (exercise in water, and what if I can't swim) and the question
    asks no aspect: the broader entry answers, the narrower is one tap away."""
    if len(ranking) < 2 or aspect not in (None, "about"):
        return None
    first, second = entries.get(ranking[0].entry), entries.get(ranking[1].entry)
    if first is None or second is None or first.aspect != "about" or second.aspect != "about" or not first.subjects:
        return None
    return second.id if set(first.subjects) < set(second.subjects) else None


def _general_entries_of(topic: str, entries: dict[str, Entry]) -> list[str]:
    """The ids of a topic's entries that are about no single subject (what fibro fog is, what helps it)."""
    return [e.id for e in entries.values() if e.topic == topic and not e.subjects]


def close_pair(ranking: Sequence[Ranked], entries: dict[str, Entry], thresholds: Thresholds) -> bool:
    """The best two entries are of one topic, the best has at least `thresholds.pair` of their
    probability and the third is far behind (under THIRD_FAR of the second). On the development
    split of the training questions the best of such a pair is the right entry about 0.83 of the
    time, against about 0.76 for any pair of one topic in the same band (scripts/calibrate_entries.py)."""
    if len(ranking) < 2 or confidence_of(ranking) < thresholds.pair:
        return False
    first, second = entries.get(ranking[0].entry), entries.get(ranking[1].entry)
    if first is None or second is None or first.topic != second.topic:
        return False
    return len(ranking) < 3 or ranking[2].confidence < THIRD_FAR * ranking[1].confidence


def _overview_before_its_sibling(
    ranking: Sequence[Ranked], entries: dict[str, Entry], aspect: str | None, last: Entry | None
) -> str | None:
    """The second entry, when the best is the overview of a subject ("about" aspect), the
    second another entry on the same subjects, the question asks no aspect of its own
    and none carries over from the last answer (its side effects, how long it takes)."""
    if len(ranking) < 2 or aspect not in (None, "about") or (last is not None and last.aspect != "about"):
        return None
    first, second = entries.get(ranking[0].entry), entries.get(ranking[1].entry)
    if first is None or second is None or first.aspect != "about" or not first.subjects:
        return None
    return second.id if set(second.subjects) == set(first.subjects) else None


def _without_a_close_catch_all(ranking: Sequence[Ranked]) -> Sequence[Ranked]:
    """The ranking without a catch-all entry ("what helps the pain?") that only competes with
    a specific entry the model ranks close to it: "this pain is killing me, what helps during a
    flare" asks the flare entry, and the general one must not make that answer unsure."""
    if len(ranking) < 2:
        return ranking
    first, second = ranking[0], ranking[1]
    for generic, specific in ((first, second), (second, first)):
        if (
            generic.entry in CATCH_ALL
            and specific.entry != NO_ENTRY
            and specific.confidence >= CLOSE * generic.confidence
        ):
            return [r for r in ranking if r.entry not in CATCH_ALL]
    return ranking


def aspect_in_ranking(ranking: Sequence[Ranked], entries: dict[str, Entry]) -> str | None:
    """The aspect the answer model's ranking leans to across subjects ("how long", "side
    effects"), when the entries of one aspect share at least ASPECT_MASS of it."""
    mass: dict[str, float] = {}
    for ranked in ranking:
        entry = entries.get(ranked.entry)
        if entry is not None and entry.subjects and entry.aspect != "about":
            mass[entry.aspect] = mass.get(entry.aspect, 0.0) + ranked.confidence
    if not mass:
        return None
    aspect = max(mass, key=lambda name: mass[name])
    return aspect if mass[aspect] >= ASPECT_MASS else None


def _sure_of_another(
    ranking: Sequence[Ranked], subject: str, entries: dict[str, Entry], thresholds: Thresholds
) -> bool:
    """The answer model is sure of an entry that is not about the subject: a new question."""
    top = ranking[0] if ranking else Ranked(NO_ENTRY, 0.0)
    entry = entries.get(top.entry)
    return entry is not None and subject not in entry.subjects and confidence_of(ranking) >= thresholds.answer


def _sure_of_the_condition(
    lowered: str, ranking: Sequence[Ranked], aspect: str | None, entries: dict[str, Entry], thresholds: Thresholds
) -> bool:
    """ "is it hereditary?" with nothing before: here "it" is fibromyalgia, when
    the answer model is sure of an entry about the condition (no subject) and the
    question is not one that needs a subject (side effects, how long, stopping)."""
    if _IT_ACTS.search(lowered):
        return False  # "would it make me worse?", "does it work?": a treatment, not the condition
    top = ranking[0] if ranking else Ranked(NO_ENTRY, 0.0)
    entry = entries.get(top.entry)
    return (
        entry is not None
        and not entry.subjects
        and aspect not in _NEEDS_A_SUBJECT
        and confidence_of(ranking) >= thresholds.answer
        # a lead over the next entry is no certainty when the best has under the suggestion
        # floor itself ("is it permanent?" after fibro fog: 0.06 against 0.02)
        and top.confidence >= thresholds.suggest
    )


def _again(last: Entry, aspect: str | None, subject: str | None = None) -> Choice:
    """ "why?" after an answer asks for its reasons: the rest of that entry, or it again."""
    return Choice(MORE if last.more else ANSWER, last.id, subject=subject, aspect=aspect, confidence=1.0)


def _within_topic(
    text: str,
    last: Entry,
    aspect: str | None,
    ranking: Sequence[Ranked],
    entries: dict[str, Entry],
    rank_within: Callable[[str, Sequence[str]], list[Ranked]],
    thresholds: Thresholds,
    pointer_only: bool = False,
) -> Choice | None:
    """A follow-up's entry among the last entry's topic, or None when the answer model
    is sure of an entry elsewhere (the person changed topic) or of none in the topic.
    `pointer_only`: a few words around a pointer ("anything for that") name no other
    topic, however sure the model is of one."""
    top = ranking[0] if ranking else Ranked(NO_ENTRY, 0.0)
    if (
        not pointer_only
        and top.entry in entries
        and entries[top.entry].topic != last.topic
        and confidence_of(ranking) >= thresholds.answer
    ):
        return None
    if aspect == "why" and last.aspect in ("about", "why"):
        return _again(last, aspect)
    in_topic = _general_entries_of(last.topic, entries)
    # "what can i do about it?" after what the topic is: how to start on it, where there is such an entry
    # ("how can i help it?" after fibro fog: its "can ... help" reads as asking whether it helps)
    wanted = "how_to_start" if aspect in (None, "about") and _DEAL_WITH_IT.search(text.lower()) else aspect
    exact = [e for e in in_topic if entries[e].aspect == wanted] if wanted else []
    if exact:
        best = rank_within(text, exact)[0]
        return Choice(ANSWER, best.entry, aspect=wanted, confidence=best.confidence)
    best = rank_within(text, [e for e in in_topic if e != last.id] or in_topic)[0]
    if best.confidence >= thresholds.suggest:
        return Choice(ANSWER, best.entry, aspect=aspect, confidence=best.confidence)
    return None

"""Medicine-safety facts: which reviewed fact answers a question about combining,
drinking, driving, stopping or pregnancy, from the medicines it names.

The question's kind comes from the risk assessment (selfcare.safety.risk); this module
only reads medicine names (brands and common misspellings included) and picks the fact
from data/safety/medicine_facts.yml, where every fact cites the label that says it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from selfcare import yamlfile
from selfcare.safety.normalise import LETTERS

PROJECT_DIR = Path(__file__).resolve().parents[2]
FACTS_FILE = PROJECT_DIR / "data" / "safety" / "medicine_facts.yml"

# canonical name -> how people write it (brands, misspellings). Classes below group them.
ALIASES: dict[str, tuple[str, ...]] = {
    "duloxetine": (
        "duloxetine",
        "duloxetin",
        "duloxatine",
        "duloxitine",
        "cymbalta",
        "cymbalt",
        "cymbolta",
        "simbalta",
        "symbalta",
        "cymbalata",
        "yentreve",
        "drizalma",
    ),
    "milnacipran": ("milnacipran", "milnaciprin", "savella", "savela", "ixel"),
    "venlafaxine": ("venlafaxine", "effexor", "desvenlafaxine", "pristiq"),
    "amitriptyline": (
        "amitriptyline",
        "amitriptylin",
        "amitryptiline",
        "amitryptyline",
        "amytriptyline",
        "elavil",
        "nortriptyline",
        "pamelor",
        "tricyclic",
        "tricyclics",
    ),
    "pregabalin": (
        "pregabalin",
        "pregabaline",
        "pregablin",
        "pregabilin",
        "lyrica",
        "lyrca",
        "lyrcia",
        "lyricia",
        "lirica",
        "lyrika",
    ),
    "gabapentin": ("gabapentin", "gabapentine", "gabapenten", "neurontin", "gralise", "gaba"),
    "tramadol": ("tramadol", "tramadole", "ultram", "tramal", "zydol"),
    "triptan": (
        "triptan",
        "triptans",
        "sumatriptan",
        "imitrex",
        "imigran",
        "rizatriptan",
        "maxalt",
        "zolmitriptan",
        "zomig",
        "eletriptan",
        "relpax",
        "naratriptan",
        "almotriptan",
        "frovatriptan",
    ),
    "ssri": (
        "ssri",
        "ssris",
        "sertraline",
        "zoloft",
        "lustral",
        "fluoxetine",
        "prozac",
        "citalopram",
        "celexa",
        "cipramil",
        "escitalopram",
        "lexapro",
        "cipralex",
        "paroxetine",
        "paxil",
        "seroxat",
        "fluvoxamine",
        "antidepressant",
        "antidepressants",
    ),
    "other_serotonergic": (
        "st johns wort",
        "st john wort",
        "saint johns wort",
        "hypericum",
        "5 htp",
        "5htp",
        "tryptophan",
        "l tryptophan",
        "lithium",
        "dextromethorphan",
        "dxm",
        "robitussin",
        "fentanyl",
        "buspirone",
        "mirtazapine",
        "trazodone",
        "mdma",
        "ecstasy",
        "molly",
        "millepertuis",
        "johanniskraut",
        "hierba de san juan",
        "erba di san giovanni",
        "dziurawiec",
        "sint janskruid",
        "hipericao",
        "erva de sao joao",
        "iperico",
        "hiperico",
        "hipericum",
        "dziurawca",
    ),
    "maoi": (
        "maoi",
        "maois",
        "mao inhibitor",
        "mao inhibitors",
        "phenelzine",
        "nardil",
        "tranylcypromine",
        "parnate",
        "isocarboxazid",
        "marplan",
        "selegiline",
        "emsam",
        "rasagiline",
        "azilect",
        "moclobemide",
        "linezolid",
        "zyvox",
        # the duloxetine label counts methylene blue given into a vein as an MAOI
        "methylene blue",
        "methylthioninium",
        "provayblue",
        "azul de metileno",
        "bleu de methylene",
        "methylenblau",
        "blu di metilene",
        "blekit metylenowy",
        "methyleenblauw",
    ),
    "nsaid": (
        "nsaid",
        "nsaids",
        "ibuprofen",
        "advil",
        "motrin",
        "nurofen",
        "naproxen",
        "aleve",
        "naprosyn",
        "diclofenac",
        "voltaren",
        "voltarol",
        "celecoxib",
        "celebrex",
        "meloxicam",
        "mobic",
        "aspirin",
        "anti inflammatory",
        "anti inflammatories",
        "antiinflammatories",
    ),
    "anticoagulant": (
        "warfarin",
        "coumadin",
        "blood thinner",
        "blood thinners",
        "apixaban",
        "eliquis",
        "rivaroxaban",
        "xarelto",
        "dabigatran",
        "pradaxa",
        "edoxaban",
        "heparin",
        "clopidogrel",
        "plavix",
        "acenocoumarol",
        "acenocumarol",
        "acenokumarol",
        "sintrom",
        "phenprocoumon",
        "marcoumar",
        "marcumar",
        "falithrom",
        "marevan",
        "varfarina",
        "warfaryna",
        "coumadine",
        "previscan",
        "fluindione",
    ),
    "opioid": (
        "opioid",
        "opioids",
        "opiate",
        "opiates",
        "oxycodone",
        "oxycontin",
        "percocet",
        "hydrocodone",
        "vicodin",
        "norco",
        "morphine",
        "codeine",
        "co codamol",
        "cocodamol",
        "dihydrocodeine",
        "tapentadol",
        "nucynta",
        "methadone",
        "buprenorphine",
        "suboxone",
        "painkillers",
        "pain killers",
        "oxy",
        "oxys",
    ),
    "benzodiazepine": (
        "benzodiazepine",
        "benzodiazepines",
        "benzo",
        "benzos",
        "diazepam",
        "valium",
        "lorazepam",
        "ativan",
        "clonazepam",
        "klonopin",
        "alprazolam",
        "xanax",
        "temazepam",
    ),
    "sedative": (
        "zolpidem",
        "ambien",
        "zopiclone",
        "eszopiclone",
        "lunesta",
        "sleeping pill",
        "sleeping pills",
        "sleeping tablet",
        "sleeping tablets",
        "sleep aid",
        "sleep aids",
        "diphenhydramine",
        "benadryl",
        "nytol",
        "zzzquil",
        "antihistamine",
        "antihistamines",
        "promethazine",
        "phenergan",
        "cyclobenzaprine",
        "flexeril",
        "tizanidine",
        "zanaflex",
        "baclofen",
        "methocarbamol",
        "robaxin",
        "carisoprodol",
        "soma",
        "muscle relaxant",
        "muscle relaxants",
        "quetiapine",
        "seroquel",
    ),
    "alcohol": (
        "alcohol",
        "booze",
        "wine",
        "beer",
        "beers",
        "vodka",
        "gin",
        "whisky",
        "whiskey",
        "rum",
        "cocktail",
        "cocktails",
        "drinking",
        "drink",
        "drinks",
        "drunk",
        "liquor",
        "spirits",
        "glass of",
        "pint",
        "pints",
        "prosecco",
        "tequila",
        "alkohol",
        "alcool",
        "bier",
        "wein",
        "vino",
        "cerveza",
        "piwo",
        "wino",
        "bière",
        "biere",
        "birra",
        "spritz",
        "aperol",
        "apero",
        "aperitivo",
        "sangria",
        "cava",
        "champagne",
        "cidre",
        "cider",
        "sekt",
        "schnaps",
        "wodka",
        "wodke",
        "jenever",
        "cachaca",
        "caipirinha",
        "vinho",
        "cerveja",
    ),
    "lung": (
        "copd",
        "emphysema",
        "lung disease",
        "lung condition",
        "asthma",
        "breathing problems",
        "sleep apnea",
        "sleep apnoea",
        "epoc",
        "bpco",
        "dpoc",
        "pochp",
        "enfisema",
        "emphyseme",
        "emphysem",
        "rozedma",
        "longziekte",
        "asma",
        "asthme",
        "astma",
        "apnea del sueno",
        "apnee du sommeil",
        "schlafapnoe",
        "apneia",
        "apnea notturna",
        "bezdech",
        "slaapapneu",
        "enfermedad pulmonar",
        "maladie pulmonaire",
        "lungenerkrankung",
        "doenca pulmonar",
        "malattia polmonare",
        "choroba pluc",
        "longaandoening",
    ),
    "older": (
        "elderly",
        "older",
        "my mum",
        "my mom",
        "my dad",
        "my gran",
        "my grandma",
        "my grandmother",
        "my grandfather",
        "aged",
        "in her 80s",
        "in his 80s",
        "80 year old",
        "85 year old",
        "90 year old",
        "70 year old",
        "75 year old",
        "anciano",
        "anciana",
        "personne agee",
        "agee",
        "alteren",
        "altere",
        "senior",
        "senioren",
        "idoso",
        "idosa",
        "anziano",
        "anziana",
        "starsza",
        "starszy",
        "starszej",
        "bejaard",
        "bejaarde",
        "oudere",
        "abuela",
        "abuelo",
        "grand mere",
        "grand pere",
        "oma",
        "opa",
        "avo",
        "avos",
        "nonna",
        "nonno",
        "babcia",
        "dziadek",
    ),
    # Other medicines, foods and drinks people ask to combine: no reviewed fact on file,
    # so the answer says so and sends them to the pharmacist (never "it's fine").
    "other_medicine": (
        "antibiotic",
        "antibiotics",
        "antibiotico",
        "antibioticos",
        "antibiotique",
        "antibiotiques",
        "antibiotikum",
        "antibiotika",
        "antybiotyk",
        "antibioticum",
        "cipro",
        "ciprofloxacin",
        "amoxicillin",
        "doxycycline",
        "clarithromycin",
        "omeprazole",
        "omeprazol",
        "lansoprazole",
        "pantoprazole",
        "ppi",
        "metformin",
        "statin",
        "statins",
        "atorvastatin",
        "simvastatin",
        "amlodipine",
        "ramipril",
        "lisinopril",
        "losartan",
        "bisoprolol",
        "metoprolol",
        "propranolol",
        "prednisone",
        "prednisolone",
        "steroids",
        "birth control",
        "contraceptive pill",
        "the pill",
        "hrt",
        "paracetamol",
        "acetaminophen",
        "tylenol",
        "cetirizine",
        "loratadine",
        "cold medicine",
        "cough syrup",
        "grapefruit",
        "pomelo",
        "toronja",
        "pamplemousse",
        "pompelmo",
        "toranja",
        "grejpfrut",
        "caffeine",
        "coffee",
        "energy drink",
        "melatonin",
        "valerian",
        "ginseng",
        "kratom",
        "cannabis",
        "weed",
        "nicotine",
        "metoclopramide",
        "vitamins",
        "multivitamin",
    ),
    # Classes the combination facts of 2026-11-28 (round 13) need; the names file adds each
    # language's spellings and brands (data/safety/medicine_names.yml).
    "antiplatelet": ("antiplatelet", "clopidogrel", "plavix", "prasugrel", "ticagrelor", "brilique", "brilinta"),
    "bleeding_supplement": ("fish oil", "omega 3", "turmeric", "curcumin", "ginkgo", "ginkgo biloba", "cod liver oil"),
    "cbd": ("cbd", "cbd oil", "cannabidiol"),
    "naltrexone": ("naltrexone", "low dose naltrexone", "ldn"),
    "levothyroxine": (
        "levothyroxine",
        "euthyrox",
        "eutirox",
        "levothyrox",
        "synthroid",
        "thyrax",
        "letrox",
        "tirosint",
        "l thyroxin",
        "thyroxine",
    ),
    "mineral_supplement": (
        "antacid",
        "antacids",
        "antiacido",
        "antacide",
        "antazidum",
        "antiacidos",
        "iron tablets",
        "calcium tablets",
        "calcium supplement",
        "iron supplement",
        "magnesium supplement",
    ),
    "decongestant": ("pseudoephedrine", "phenylephrine", "decongestant", "decongestants", "sudafed"),
    "methotrexate": ("methotrexate", "metotrexato", "methotrexat", "metotreksat", "metoject"),
    "metamizole": ("metamizole", "metamizol", "dipyrone", "dipirona", "novalgin", "nolotil", "pyralgin"),
}

# How people in the eight languages write them (generic spellings, each country's brands),
# written by the training side: merged into ALIASES below.
NAMES_FILE = PROJECT_DIR / "data" / "safety" / "medicine_names.yml"

SNRI = {"duloxetine", "milnacipran", "venlafaxine"}
SEROTONERGIC_FIBRO = SNRI | {"amitriptyline"}
SEROTONERGIC_OTHER = {"tramadol", "triptan", "ssri", "other_serotonergic"}
BLEEDING = {"nsaid", "anticoagulant", "antiplatelet"}
BLOOD_THINNERS = {"anticoagulant", "antiplatelet"}
GABAPENTINOID = {"pregabalin", "gabapentin"}
DEPRESSANT = {"opioid", "benzodiazepine", "sedative", "alcohol", "tramadol"}
FIBRO_MEDICINES = ("duloxetine", "milnacipran", "pregabalin", "gabapentin", "amitriptyline")
# The reviewed combination facts of one fibromyalgia medicine, most serious first (each fact's
# applies_to in medicine_facts.yml names it): what "what shouldn't I take with duloxetine?" or
# "any dangerous mixes with lyrica I should avoid?" is answered with when nothing else is named.
OWN_INTERACTIONS = {
    "duloxetine": ("maoi", "serotonin", "bleeding"),
    "milnacipran": ("maoi", "serotonin", "bleeding"),
    "amitriptyline": ("maoi", "serotonin"),
    "pregabalin": ("sedation_breathing",),
    "gabapentin": ("sedation_breathing",),
}
# A medicine's interactions asked about in general, nothing else named: "what shouldn't i take with
# duloxetine", "what interacts with lyrica", "any dangerous combos with cymbalta", "what to avoid on it".
INTERACTIONS_ASKED = re.compile(
    r"\bwhat\s+(?:else\s+|other\s+\w+\s+)?(?:(?:should|shouldnt|cant|must|mustnt|do)\s+(?:i|you|we|people)\s+(?:not\s+)?"
    r"(?:take|mix|combine|avoid|have)|not\s+to\s+(?:take|mix|combine)|never\s+to\s+(?:take|mix|combine)|to\s+avoid)\b"
    r"|\binteract\w*|\bcontraindicat\w*|\b(?:lethal|fatal|deadly|dangerous|bad|risky|unsafe)\s+(?:combinations?|combos?"
    r"|mix\w*|interactions?)\b|\b(?:avoid|stay\s+away\s+from|steer\s+clear\s+of)\s+(?:taking|mixing|combining)\b"
)
# Serotonin syndrome named, in the eight languages (plain form): "what are the warning signs of
# serotonin syndrome", "sindrome serotoninergico", "Serotoninsyndrom", "zespol serotoninowy".
SEROTONIN_SYNDROME = re.compile(r"\bseroton\w*\s*syndro\w*|\b(?:s[iy]ndrom\w*|zespol\w*)\s+(?:de\s+|da\s+)?seroton\w*")


def _stem(word: str) -> str:
    """A spelling-tolerant key for a medicine name: "fenelzina", "phenelzine" and
    "Phenelzin" meet, as do "duloxetina" and "duloxetine" (other languages' spellings)."""
    word = word.replace("ph", "f").replace("th", "t").replace("y", "i").replace("qu", "k")
    word = word.replace("c", "k")
    return word.rstrip("aeo") if len(word) > 5 else word


_ELISION = re.compile(r"\b(qu|[cdjlmnst])['’`](?=[a-zà-ÿ])")


def _plain(text: str) -> str:
    # French and Italian elisions are two words ("l'eliquis", "dell'iperico"); English
    # contractions ("don't", "it's") keep theirs as one.
    text = _ELISION.sub(r"\1 ", text.casefold().translate(LETTERS))
    text = re.sub(r"\b(dell|nell|all|sull|dall)['’`](?=[a-z])", r"\1 ", text)
    text = re.sub(r"['’`]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^\w\s]|_", " ", text)


def _merge_names(path: Path = NAMES_FILE) -> None:
    """Adds the names file's spellings to ALIASES, folded the way messages are."""
    if not path.exists():
        return
    names = (yamlfile.read(path) or {}).get("names") or {}
    for canonical, spellings in names.items():
        if canonical not in ALIASES:
            raise ValueError(f"{path}: unknown medicine class {canonical!r}")
        known = set(ALIASES[canonical])
        folded = [" ".join(_plain(str(n)).split()) for n in spellings or []]
        ALIASES[canonical] = ALIASES[canonical] + tuple(n for n in folded if n and n not in known)


def _alias_pattern() -> re.Pattern[str]:
    pairs = sorted(((a, c) for c, names in ALIASES.items() for a in names), key=lambda p: -len(p[0]))
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a, _ in pairs) + r")\b")


_merge_names()
_ALIAS_RE = _alias_pattern()
_CANONICAL = {alias: canonical for canonical, names in ALIASES.items() for alias in names}
# Single-word names by stem, for spellings the alias list doesn't hold (checked word by word).
_BY_STEM = {
    _stem(alias): canonical
    for alias, canonical in _CANONICAL.items()
    if " " not in alias and len(alias) > 5 and canonical not in ("alcohol", "older", "lung", "other_medicine")
}
_WORD_RE = re.compile(r"[a-z0-9]+")
# "84 years old", "my 79 yo dad", "ha 82 anni": an age that makes the FDA's warning apply.
_OLD_AGE_RE = re.compile(r"\b(?:[7-9]\d|1[01]\d)\s*(?:years?|yrs?|yo|y\s+o|anos|anni|ans|jahre\w*|lat|jaar)\b")


# Case endings a name takes in Polish, German, Dutch and Portuguese sentences
# ("z acenokumarolem", "mit Tramadols", "ibupromu"), longest first.
_CASE_ENDINGS = ("ami", "ach", "em", "om", "ow", "ie", "en", "es", "u", "y", "i", "s", "n")


def _by_stem(word: str) -> str | None:
    """The medicine a single word names, allowing for spelling and a case ending."""
    if len(word) <= 5:
        return None
    name = _BY_STEM.get(_stem(word))
    if name is None and len(word) > 7:
        for ending in _CASE_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) > 5:
                name = _BY_STEM.get(_stem(word[: -len(ending)]))
                if name:
                    break
    return name


# "¿se puede beber con tramadol?", "można pić z tramadolem?": a verb of drinking with no drink
# named after it means alcohol, in the seven other languages (English names the drink or says
# "drinking", which the rules read). Water, coffee, tea, milk or juice after the verb is not alcohol.
_SOFT_DRINK = (
    r"(?:agua|eau|wasser|acqua|wody|woda|water|cafe|kaffee|caffe|kawy|kawa|kawe|koffie|te|the|tee|cha|herbaty|herbata"
    r"|thee|leche|leite|lait|milch|latte|mleka|mleko|melk|zumo|jugo|suco|jus|saft|succo|soku|sok|sap|refresco|soda"
    r"|cola|limonade|limonata|tisane|infusion|infuso|kruidenthee|coffee|tea|milk|juice)"
)
_DRINK_VERB_RE = re.compile(
    r"\b(?:beber|bebo|bebes|beba|boire|bois|boit|trinken|trinke|trinkt|bere|bevo|bevi|pic|pije|pijesz|wypic"
    r"|drinken|drinkt)\b(?!\s+(?:\w+\s+)?" + _SOFT_DRINK + r"\b)"
)
# The English words that say "a drink" without naming one, and what may follow them.
_DRINK_WORDS = frozenset({"drink", "drinks", "drinking", "glass of"})
_SOFT_DRINK_KIND_RE = re.compile(
    r"\b(?:energy|fizzy|soft|sports?|protein|hot|warm|sugary|diet|electrolyte|isotonic|caffeinated|carbonated"
    r"|malted|milky|non\s+alcoholic|alcohol\s+free|low\s+sugar|cold|herbal|recovery|meal\s+replacement)\s+$"
)
_SOFT_DRINK_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}" + _SOFT_DRINK + r"\b")
# German and Dutch put the drink first: "kann ich Kaffee trinken", "mag ik thee drinken".
_SOFT_DRINK_BEFORE_RE = re.compile(r"\b" + _SOFT_DRINK + r"\s+(?:\w+\s+)?$")


# Feeling drunk is a side effect, not a drink: "been on it a week and feel drunk".
_FEELS_DRUNK_BEFORE_RE = re.compile(
    r"\b(?:feel|feels|feeling|felt|look|looks|looking|sound|sounds|like|as\s+if|as\s+though)\s+(?:\w+\s+){0,3}$"
)
# The class word said of a medicine named, not a second one: "isnt it an old antidepressant",
# "cymbalta which is an antidepressant".
_CLASS_SAID_OF_IT_RE = re.compile(
    r"\b(?:is|isnt|was|wasnt|are|arent|s)\s+(?:(?:it|that|this|they|those)\s+)?(?:(?:an?|also|really|just|actually"
    r"|old|older|tricyclic|type\s+of|kind\s+of|sort\s+of)\s+){0,3}$"
)
_CLASS_WORDS = frozenset({"antidepressant", "antidepressants"})


def not_a_substance(text: str, start: int, word: str) -> bool:
    """Whether the substance word at `start` of plain, lower-case `text` names no substance
    taken: a feeling ("feel drunk") or the class of a medicine named ("an old antidepressant")."""
    if word == "drunk":
        return bool(_FEELS_DRUNK_BEFORE_RE.search(text, 0, start))
    if word in _CLASS_WORDS:
        return bool(_CLASS_SAID_OF_IT_RE.search(text, 0, start))
    return False


def medicines_in(text: str | None) -> list[str]:
    """Canonical medicine and class names in a text, in order of first mention."""
    plain = _plain(text or "")
    found: list[tuple[int, str]] = []
    for match in _DRINK_VERB_RE.finditer(plain):
        if not _SOFT_DRINK_BEFORE_RE.search(plain, 0, match.start()):
            found.append((match.start(), "alcohol"))
    for match in _ALIAS_RE.finditer(plain):
        if match.group(0) in _DRINK_WORDS and (
            _SOFT_DRINK_AFTER_RE.match(plain, match.end()) or _SOFT_DRINK_KIND_RE.search(plain, 0, match.start())
        ):
            continue  # "drink water with my lyrica", "a glass of milk", "energy drinks": not alcohol
        if not_a_substance(plain, match.start(), match.group(0)):
            continue
        found.append((match.start(), _CANONICAL[match.group(0)]))
    for match in _OLD_AGE_RE.finditer(plain):
        found.append((match.start(), "older"))
    for match in _WORD_RE.finditer(plain):
        name = _by_stem(match.group(0))
        if name:
            found.append((match.start(), name))
    ordered: list[str] = []
    for _, name in sorted(found):
        if name not in ordered:
            ordered.append(name)
    return ordered


def plain(text: str | None) -> str:
    """A text folded the way medicine names are matched: lower case, no accents or apostrophes,
    one space between words."""
    return " ".join(_plain(text or "").split())


def names_in(text: str | None) -> list[tuple[str, str]]:
    """The medicine names a text holds as written (folded), each with its canonical name:
    "is venlafaxine the same?" -> [("venlafaxine", "venlafaxine")], "what about methocarbamol?"
    -> [("methocarbamol", "sedative")]."""
    folded = _plain(text or "")
    return [
        (match.group(0), _CANONICAL[match.group(0)])
        for match in _ALIAS_RE.finditer(folded)
        if not not_a_substance(folded, match.start(), match.group(0))
    ]


# Paracetamol (acetaminophen) on its own, and products that hold it beside something else:
# two of them together are the commonest accidental overdose (NHS; FDA "don't double up").
# Whole names, not words: "ben u ron" must not make the Polish "u" paracetamol, nor "dafalgan forte" the word "forte".
PARACETAMOL_ALONE = (
    "paracetamol", "paracetamolo", "paracetamolu", "paracetamolem", "acetaminophen", "acetaminofen",
    "acetaminofeno", "tylenol", "panadol", "calpol", "dafalgan", "doliprane", "efferalgan", "ben u ron",
    "tachipirina", "apap", "gelocatil", "termalgin", "perdolan", "panodil", "pamol", "dafalgan forte",
    "crocin", "pacimol", "mexalen", "tafirol", "atasol", "mapap", "perfalgan", "hedex", "paralief", "panamax",
    "dymadon", "apiretal", "xumadol", "dolko", "acetalgin", "benuron", "supofen", "paracetol", "sanipirina",
    "algostase", "mejoralito",
)  # fmt: skip
PARACETAMOL_PRODUCTS = (
    "co codamol", "cocodamol", "co dydramol", "zaldiar", "ixprim", "tramacet", "ultracet", "lemsip",
    "beechams", "day nurse", "night nurse", "percocet", "vicodin", "norco", "solpadeine", "migraleve",
    "dafalgan codeine", "efferalgan codeine", "codoliprane", "cold and flu", "nyquil", "dayquil", "theraflu",
    "excedrin", "frenadol", "gripex", "fervex", "tylenol with codeine", "tylenol 3", "paracetamol codeine",
    "paracetamol and codeine", "paracetamol con codeina", "paracetamol codeina", "pracetam", "talvosilen",
    "gelocatil codeina", "combiflam", "metafen", "mypaid", "myprodol", "panadeine", "panamax co", "panado co",
    "mersyndol", "lamaline", "izalgi", "prontalgine", "klipal", "solpadol", "kapake", "paramol", "syndol",
    "stilpane", "adco dol", "uniflu", "tylex", "tachidol", "co efferalgan", "co dafalgan", "algidol",
    "gelonida", "depalgos", "lortab", "roxicet", "endocet", "pazital", "doreta", "diliban", "fioricet",
    "thomapyrin", "anadin extra", "saridon", "finimal", "grippostad", "medinait", "neocitran", "sinutab",
    "sinarest", "actigrip", "tachifludec", "corenza", "coldrex", "humex rhume", "dolirhume", "cimegripe",
    "resfenol", "torsilax", "robaxacet",
)  # fmt: skip
_PARACETAMOL_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(n) for n in sorted((*PARACETAMOL_PRODUCTS, *PARACETAMOL_ALONE), key=len, reverse=True))
    + r")\b"
)


# Cyclobenzaprine is read as a sedative (with pregabalin: the breathing warning); its label
# also warns of serotonin syndrome with SSRIs, SNRIs, tricyclics, tramadol and MAOIs.
_CYCLOBENZAPRINE = re.compile(
    r"\b(?:cyclobenzaprine|ciclobenzaprina|cyclobenzaprin|flexeril|amrix|tonmya|fexmid"
    # Spain, Italy and Portugal, Brazil (2026-11-29, round 31's names helper)
    r"|yurelax|flexiban|miosan|mirtax|musculare|cizax|miorex|dorixina\s+relax)\b"
)


def _paracetamol_named(text: str | None) -> set[str]:
    """The things a message names that hold paracetamol: "paracetamol" for any brand of it
    alone, each combination product by its name."""
    found = set()
    for match in _PARACETAMOL_RE.finditer(" ".join(_plain(text or "").split())):
        name = match.group(0)
        found.add(name.replace(" ", "") if name in PARACETAMOL_PRODUCTS else "paracetamol")
    return found


def names_paracetamol(text: str | None) -> bool:
    """Whether a message names paracetamol or a product that holds it."""
    return bool(_paracetamol_named(text))


def paracetamol_twice(text: str | None) -> bool:
    """Whether a message names two things that hold paracetamol: paracetamol and a product
    with it ("co-codamol", "Lemsip", "Zaldiar"), or two such products."""
    return len(_paracetamol_named(text)) > 1


def nsaids_twice(text: str | None) -> bool:
    """Two different anti-inflammatory painkillers named ("sous Kardégic, je peux prendre de
    l'ibuprofène ?"): together they add to the bleeding risk."""
    return len(_distinct_by_class(text).get("nsaid", ())) > 1


def combination_facts(names: Iterable[str]) -> list[str]:
    """The fact ids for a set of names, most serious first (at most two)."""
    present = set(names)
    facts: list[str] = []
    fibro_serotonergic = present & SEROTONERGIC_FIBRO
    if "maoi" in present and fibro_serotonergic:
        facts.append("maoi")
    if "maoi" in present and "decongestant" in present:
        facts.append("maoi_decongestant")
    if "naltrexone" in present and present & {"opioid", "tramadol"}:
        facts.append("naltrexone_opioid")
    # An MAOI with an SNRI is also the most serious serotonergic pairing (the labels list it).
    if fibro_serotonergic and (present & SEROTONERGIC_OTHER or len(fibro_serotonergic) > 1 or "maoi" in present):
        facts.append("serotonin")
    elif not fibro_serotonergic and len(present & (SEROTONERGIC_OTHER | {"maoi"})) > 1:
        # Two serotonergic medicines, neither of them a fibromyalgia medicine: an MAOI with
        # tramadol or dextromethorphan; an SSRI with tramadol or St John's wort.
        facts.append("maoi_other" if "maoi" in present else "serotonin_other")
    if present & (SNRI | {"ssri"}) and present & BLEEDING:
        facts.append("bleeding")
    elif "nsaid" in present and present & BLOOD_THINNERS:
        facts.append("bleeding_nsaid")
    if present & BLOOD_THINNERS and present & {"bleeding_supplement", "cbd"}:
        facts.append("bleeding_supplements")
    if present & GABAPENTINOID and (present & DEPRESSANT or present & {"lung", "older"}):
        facts.append("sedation_breathing")
    elif present & {"opioid", "tramadol"} and present & {"benzodiazepine", "sedative"}:
        facts.append("sedation_opioid_benzodiazepine")
    elif "benzodiazepine" in present and present & {"sedative", "amitriptyline"}:
        # a sleeping pill or amitriptyline (its label: it may enhance other CNS depressants)
        facts.append("sedation_sedatives")
    if "methotrexate" in present and "nsaid" in present:
        facts.append("methotrexate_nsaid")
    if "levothyroxine" in present and "mineral_supplement" in present:
        facts.append("levothyroxine_minerals")
    return facts[:2]


# What medicines_in finds that is the person, not a medicine: old age, lung disease.
CONDITION_NAMES = frozenset({"older", "lung"})
# The interaction notes an emergency reply adds (data/safety/messages.yml, emergency_note_*),
# most urgent first, by the fact ids of `combination_facts` that call for them.
_EMERGENCY_NOTES = (
    ("serotonin", frozenset({"serotonin", "serotonin_other", "maoi", "maoi_other"})),
    ("sedation", frozenset({"sedation_breathing", "sedation_opioid_benzodiazepine", "sedation_sedatives"})),
    ("bleeding", frozenset({"bleeding", "bleeding_nsaid", "bleeding_supplements"})),
)


def interaction_note(names: Iterable[str]) -> str | None:
    """What a set of canonical names is known for together ("serotonin", "sedation" or
    "bleeding", the most urgent first; None for fewer than two medicines or no known pair)."""
    present = set(names) - CONDITION_NAMES
    if len(present) < 2:
        return None
    facts = set(combination_facts(present))
    return next((note for note, ids in _EMERGENCY_NOTES if facts & ids), None)


def emergency_note(text: str | None) -> str | None:
    """Which interaction an emergency message's medicines are known for: "took tramadol with
    my cymbalta, now shaking and sweating" gets serotonin syndrome named (`interaction_note`)."""
    return interaction_note(medicines_in(text))


# Antidepressants whose US labels carry the boxed warning on suicidal thoughts and actions
# (data/knowledge/medicines.yml, medicines_antidepressant_boxed_warning).
ANTIDEPRESSANTS = SNRI | {"amitriptyline", "ssri"}
# "since starting cymbalta", "they upped my duloxetine", "new on amitriptyline": the medicine is
# new, or its dose changed, when the labels ask for close watching.
_STARTED = re.compile(
    r"\b(?:since\s+(?:i\s+)?(?:start\w*|began|begun|went\s+on|been\s+on|switch\w*|chang\w*)|start\w*|began|begun"
    r"|put\s+(?:me\s+)?on|just\s+(?:got|went)\s+on|new\s+(?:on|to)|newly|switch\w*\s+(?:me\s+)?to|up(?:ped)?\s+my"
    r"|increas\w*|raised|went\s+up|higher\s+dose|dose\s+(?:change|went|was\s+(?:raised|increased|changed)))\b"
)


# "GP suggested amitriptyline but I haven't started": not started (the thirty-second red team's got
# the note for a medicine started lately).
_NOT_STARTED = re.compile(
    r"\b(?:havent|have\s+not|hasnt|has\s+not|didnt|did\s+not|not\s+(?:yet\s+)?|never|yet\s+to)\s+(?:\w+\s+)?"
    r"(?:start\w*|begun|began|taken|tried|take)\b"
)


def started_antidepressant(text: str | None) -> bool:
    """Whether a message says an antidepressant was started or changed lately ("since starting
    cymbalta last week I keep getting thoughts of hurting myself"): its crisis reply then names
    the labels' warning, so the prescriber hears of it. Not when it says it has not been started."""
    plain = _plain(text or "")
    return bool(ANTIDEPRESSANTS & set(medicines_in(text)) and _STARTED.search(plain) and not _NOT_STARTED.search(plain))


# Words for a whole class ("NSAIDs", "anti-inflammatories"), not one medicine of it.
_CLASS_WORD = re.compile(r"nsaid|\baines?\b|\bains\b|\bnsar\b|\bnlpz\b|inflam|entzund|zapal|ontsteking|aspirin complex")


def _distinct_by_class(text: str | None) -> dict[str, set[str]]:
    """The different names of each class a message holds ("aspirin" and "naproxen": two
    NSAIDs; "Dorflex" and "dipirona": metamizole twice), class words left out."""
    plain = " ".join(_plain(text or "").split())
    found: dict[str, set[str]] = {}
    for match in _ALIAS_RE.finditer(plain):
        if not _CLASS_WORD.search(match.group(0)):
            found.setdefault(_CANONICAL[match.group(0)], set()).add(_stem(match.group(0)))
    return found


@dataclass(frozen=True)
class Fact:
    """One reviewed medicine-safety fact with its sources."""

    id: str
    text: str
    sources: tuple[dict[str, Any], ...]  # name, url, ...
    evidence: str


class MedicineFactsError(ValueError):
    """medicine_facts.yml is malformed; the message names the entry."""


@lru_cache(maxsize=4)
def load_facts(path: Path = FACTS_FILE) -> dict[str, Fact]:
    """Reads and validates the facts file once; a bad entry stops the server, named."""
    from selfcare.safety.doses import contains_dose

    data = yamlfile.read(path) or {}
    facts: dict[str, Fact] = {}
    for index, item in enumerate(data.get("facts") or []):
        where = f"{path}: fact {index} ({item.get('id', '?') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict) or not item.get("id") or not item.get("text"):
            raise MedicineFactsError(f"{where}: needs an id and a text")
        sources = item.get("sources") or []
        if not sources or not all(isinstance(s, dict) and s.get("name") and s.get("url") for s in sources):
            raise MedicineFactsError(f"{where}: every source needs a name and a url")
        text = " ".join(str(item["text"]).split())
        if contains_dose(text):
            raise MedicineFactsError(f"{where}: contains a dose or schedule")
        facts[item["id"]] = Fact(item["id"], text, tuple(sources), str(item.get("evidence") or ""))
    if not facts:
        raise MedicineFactsError(f"{path}: no facts")
    return facts


def interacting_names(text: str) -> list[str]:
    """The canonical names in `text` (medicines_in), with cyclobenzaprine counted as a
    medicine that raises serotonin: a muscle relaxant that sedates, and raises serotonin
    too (its label, 2013)."""
    names = medicines_in(text)
    if _CYCLOBENZAPRINE.search(" ".join(_plain(text).split())) and "other_serotonergic" not in names:
        names.append("other_serotonergic")
    return names


# Driving, in the eight languages: a question about a drink or a pair that also asks about driving
# gets the driving fact too (the twenty-first red team's "can i drive after ... and a couple beers").
_DRIVING = re.compile(
    r"\b(?:drive|driving|drove|behind\s+the\s+wheel|conducir|manejar|conduire|fahren|autofahren|guidare"
    r"|conduzir|dirigir|prowadzic|prowadzenie|rijden|autorijden)\b"
)


# About to drive, now or soon: "going to drive home now", "driving back in a bit", "have to drive
# to work", "about to get in the car" (English; a question whether one may drive is not this).
_DRIVING_NOW = re.compile(
    r"\b(?:about\s+to|going\s+to|gonna|have\s+to|need\s+to|got\s+to|must)\s+(?:drive|get\s+in\s+(?:the|my)\s+car)\b"
    r"|\b(?:im|i\s+am|i\s+m)\s+(?:driving|leaving|heading)\s+(?:home|back)\b"
    r"|\bdriv(?:e|ing)\s+(?:home|back|the\s+kids|to\s+\w+)\s+(?:now|tonight|soon|later|in\s+a\s+(?:bit|minute|while|few))\b"
)


def driving_now(text: str | None) -> bool:
    """Whether the writer says they are about to drive ("driving home now after my pregabalin")."""
    return bool(_DRIVING_NOW.search(" ".join(_plain(text or "").split())))


# "i think i'm having serotonin syndrome": the writer's own symptoms, not a question about it.
_HAVING_IT = re.compile(r"\bi\s+(?:think\s+|might\s+|may\s+)?(?:have|got|am\s+having|m\s+having|im\s+having)\b")


def own_interactions(text: str | None, names: Iterable[str] = ()) -> list[str]:
    """The fact ids for a medicine's interactions asked about in general, with one fibromyalgia
    medicine among `names` and nothing else to combine it with ("what shouldn't i take with
    duloxetine": OWN_INTERACTIONS), or serotonin syndrome asked about ("what are its warning
    signs"); [] otherwise, and when the writer says they have it now (an emergency's words)."""
    plain = " ".join(_plain(text or "").split())
    named = set(names) - CONDITION_NAMES - {"alcohol"}
    if len(named) == 1 and next(iter(named)) in OWN_INTERACTIONS and INTERACTIONS_ASKED.search(plain):
        return list(OWN_INTERACTIONS[next(iter(named))])
    # ... also beside the one medicine that can bring it on: "what are the warning signs of serotonin
    # syndrome? I'm starting duloxetine" (the thirty-first red team's got the overview of duloxetine)
    raises_serotonin = all("serotonin" in OWN_INTERACTIONS.get(name, ()) for name in named)
    if len(named) <= 1 and raises_serotonin and SEROTONIN_SYNDROME.search(plain) and not _HAVING_IT.search(plain):
        return ["serotonin"]
    return []


def facts_for(kind: str, text: str, context_subject: str | None = None, also: Iterable[str] = ()) -> list[Fact]:
    """The reviewed facts that answer a medicine-safety question of `kind`
    (a risk label such as med_combination) about `text`, with the medicine talked
    about before (`context_subject`) and the canonical names in `also` (what the
    question points back to: "and with duloxetine?" after a question on ibuprofen)
    counted as named."""
    facts = load_facts()
    names = interacting_names(f"{text} {(context_subject or '').replace('_', ' ')}")
    names += [name for name in also if name not in names]
    ids: list[str] = []
    if kind in ("med_combination", "med_alcohol"):
        ids = combination_facts(names)
    if kind == "med_combination":
        if paracetamol_twice(text):
            ids.insert(0, "paracetamol_twice")
        distinct = _distinct_by_class(text)
        if len(distinct.get("metamizole", ())) > 1:
            ids.insert(0, "same_ingredient_twice")
        if len(distinct.get("nsaid", ())) > 1:
            ids.insert(0, "bleeding_two_nsaids")
    if kind == "med_alcohol" or (kind == "med_combination" and "alcohol" in names and not ids):
        fibro = [n for n in names if n in FIBRO_MEDICINES]
        alcohol = f"alcohol_{fibro[0]}" if fibro and f"alcohol_{fibro[0]}" in facts else "alcohol_general"
        # asked about a drink: the drink's fact first (red team 33's wine with pregabalin opened
        # with the opioid and breathing paragraph)
        ids = [alcohol, *ids] if kind == "med_alcohol" else [*ids, alcohol]
    if kind == "med_combination" and not ids:
        ids = own_interactions(text, names)
    if kind == "med_driving":
        ids = ["driving"]
    elif kind in ("med_alcohol", "med_combination") and _DRIVING.search(_plain(text)):
        ids.append("driving")  # "can i drive after my pregabalin and a couple of beers?"
    if kind == "med_stopping":
        ids = ["stopping"]
    if kind == "med_pregnancy":
        ids = ["pregnancy"]
    seen: list[str] = []
    for fact_id in ids:
        if fact_id in facts and fact_id not in seen:
            seen.append(fact_id)
    return [facts[i] for i in seen]


def overdose_facts(names: Iterable[str]) -> list[Fact]:
    """The reviewed signs of too much of each named medicine that has them (overdose_signs_<name>)."""
    facts = load_facts()
    return [facts[f"overdose_signs_{name}"] for name in sorted(names) if f"overdose_signs_{name}" in facts]


def sources_line(facts: Iterable[Fact]) -> str:
    """ "Source: ..." for the facts: the first two sources of each (the label first), each
    page once - a reply, not a bibliography."""
    names, seen = [], set()
    for fact in facts:
        for source in fact.sources[:2]:
            if source["url"] not in seen:
                seen.add(source["url"])
                names.append(f"{source['name']} ({source['url']})")
    return ("Source: " if len(names) == 1 else "Sources: ") + "; ".join(names)


def fact_with_sources(fact_id: str, names: Iterable[str] = ()) -> str:
    """One reviewed fact's text, then its sources; with medicines `names`d, the sources about
    them (and those about none) when there are such: "took my duloxetine twice" is sourced by
    the duloxetine pages, not the pregabalin one (the twenty-seventh red team)."""
    fact = load_facts()[fact_id]
    about = [s for s in fact.sources if any(n in s["name"].lower() for n in names)]
    if about:
        general = [s for s in fact.sources if not any(m in s["name"].lower() for m in FIBRO_MEDICINES)]
        fact = replace(fact, sources=tuple(about + general))
    return f"{fact.text}\n\n{sources_line([fact])}"


# Run out of a medicine (not chosen to stop it), in the eight languages: "ran out of duloxetine",
# "can't get my repeat prescription", "se me acabó la pregabalina", "je n'ai plus de Lyrica",
# "keine Tabletten mehr", "ho finito il Cymbalta", "acabaram os comprimidos", "skończyła mi się
# pregabalina", "mijn pillen zijn op".
_RAN_OUT = re.compile(
    r"\b(?:ran|run|running|runs)\s+out\b|\bout\s+of\s+(?:my\s+)?(?:pills|tablets|meds|medication|medicine|capsules)\b"
    r"|\b(?:cant|couldnt|cannot|can\s+not)\s+get\s+(?:a\s+|my\s+|the\s+)?(?:repeat|refill|prescription|new\s+prescription|more)\b"
    r"|\bno\s+(?:refills?\s+left|repeat\s+prescription)\b|\bse\s+me\s+(?:acabo|acabaron|termino|terminaron)\b"
    r"|\bje\s+nai\s+plus\s+de\b|\bkeine\s+(?:tabletten|kapseln|medikamente)\s+mehr\b|\b(?:tabletten|kapseln)\s+sind\s+alle\b"
    r"|\bho\s+finito\s+(?:il|la|le|i)\b|\b(?:acabou|acabaram)\b|\bskonczy(?:l|la|lo|ly)\s+mi\s+sie\b"
    r"|\b(?:zijn|is)\s+op(?=\s*(?:[.,;!?]|$|en\b|sinds\b))"
)


# Having stopped already, and feeling it: "I stopped my duloxetine 3 days ago cold turkey and feel awful"
# (the thirty-first red team's was told not to stop, three times over, and nothing about what to do now).
_STOPPED_ALREADY = re.compile(
    r"\b(?:stopped|quit|dropped|ditched)\b[^.!?]{0,60}?\b(?:ago|yesterday|last\s+(?:week|night|month)|already"
    r"|cold\s+turkey|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"|\b(?:came|went|have\s+come|ve\s+come)\s+off\b[^.!?]{0,60}?\b(?:ago|yesterday|last\s+(?:week|night|month)"
    r"|already|cold\s+turkey)\b"
    r"|\bwent\s+cold\s+turkey\b|\b(?:havent|have\s+not|hadnt|didnt)\s+(?:taken|take|had)\s+(?:it|them|my\s+\w+|any)\b"
    r"[^.!?]{0,30}?\b(?:for|since|in)\s+(?:a\s+|two\s+|three\s+|\d+\s+|several\s+|a\s+few\s+)?(?:days?|weeks?|yesterday)\b"
)


def stopped_already(text: str | None) -> bool:
    """Whether a message says the person has already stopped a medicine (not ran out of it)."""
    from selfcare.safety.normalise import normal_form

    return bool(_STOPPED_ALREADY.search(normal_form(text or "")))


def ran_out(text: str | None) -> bool:
    """Whether a message says the person has run out of a medicine."""
    from selfcare.safety.normalise import normal_form

    return bool(_RAN_OUT.search(normal_form(text or "")))


# Foods and everyday drinks a medicine is asked about with ("can I have coffee with duloxetine?",
# "grapefruit and amitriptyline?", "with food or on an empty stomach?"), in the eight languages.
_FOOD_OR_DRINK = re.compile(
    r"\b(?:food|foods|meals?|eat|eating|breakfast|lunch|dinner|supper|snacks?|empty\s+stomach|coffee|caffeine|tea"
    r"|energy\s+drinks?|cola|juice|milk|dairy|cheese|chocolate|grapefruit|pomelo|toronja|pamplemousse|pompelmo"
    r"|toranja|grejpfrut\w*|comida|comer|cafe|kaffee|essen|nourriture|repas|manger|cibo|pasto|mangiare|caffe"
    r"|refeicao|jedzeni\w*|posil\w*|kaw\w*|eten|maaltijd|koffie)\b"
)


def with_food_or_drink(text: str | None) -> bool:
    """Whether a combination question pairs at most one medicine with a food or an everyday
    drink: no alcohol, no second medicine (the names file files coffee and grapefruit among its
    "other" names)."""
    plain = _plain(text or "")
    if not _FOOD_OR_DRINK.search(plain) or "alcohol" in interacting_names(plain):
        return False
    medicines = {canonical for name, canonical in names_in(plain) if not _FOOD_OR_DRINK.fullmatch(name)}
    return len(medicines - {"alcohol"}) <= 1


def medicine_reply(
    kind: str, text: str, context_subject: str | None = None, locale: str | None = None, also: Iterable[str] = ()
) -> str:
    """The reply to a medicine-safety question (a med_* risk label other than med_dose):
    the key fact first, its sources, and the referral. Never says a combination is fine:
    with no reviewed fact on file it says so and sends the person to their pharmacist.
    `also`: canonical names the question points back to (facts_for)."""
    from selfcare.safety import replies

    facts = facts_for(kind, text, context_subject, also)
    parts: list[str] = []
    if kind == "med_stopping" and ran_out(text):
        parts.append(replies.MESSAGES["ran_out"])
    elif kind == "med_stopping" and stopped_already(text):
        parts.append(replies.MESSAGES["stopped_already"])
    elif kind == "med_stopping":
        parts.append(replies.medicine_guardrail_reply("stopping"))
    elif kind == "med_pregnancy":
        parts.append(replies.medicine_guardrail_reply("pregnancy"))
    if any(fact.id == "driving" for fact in facts) and driving_now(text):
        drinking = kind == "med_alcohol" or any(fact.id.startswith("alcohol_") for fact in facts)
        parts.append(replies.MESSAGES["driving_now_alcohol" if drinking else "driving_now"])
    if facts:
        if not parts:
            parts.append(replies.MESSAGES["medicine_safety_intro"])
        parts += [fact.text for fact in facts]
        parts.append(sources_line(facts))
    elif not parts and kind == "med_combination" and with_food_or_drink(text):
        parts.append(replies.MESSAGES["combination_food_unknown"])
    elif not parts:
        parts.append(replies.render("combination_unknown", locale))
    parts.append(replies.referral_text())
    return "\n\n".join(parts)

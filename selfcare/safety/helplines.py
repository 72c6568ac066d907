"""The helplines: loading data/safety/helplines.yml, the regions, and which
numbers a person gets (`locale_from_text`, `region_of`, `helplines`).

The file is read once, at import; a missing or invalid file raises
SafetyDataError and the servers refuse to start.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

# The project root is the parent of selfcare/.
PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
SAFETY_DIR = PROJECT_DIR / "data" / "safety"
HELPLINES_FILE = SAFETY_DIR / "helplines.yml"

# Countries with lines of their own in helplines.yml; the rest of the EU gets the EU entries.
COUNTRY_REGIONS = ("ES", "FR", "DE", "PT", "IT", "PL", "NL")
REGIONS = ("US", "UK", "IE", "EU", *COUNTRY_REGIONS, "default")
KINDS = ("crisis", "emergency", "urgent", "poison", "eating_disorder", "supporter", "abuse")

_EU_COUNTRIES = frozenset(
    [
        "at",
        "be",
        "bg",
        "hr",
        "cy",
        "cz",
        "dk",
        "ee",
        "fi",
        "fr",
        "de",
        "gr",
        "el",
        "hu",
        "it",
        "lv",
        "lt",
        "lu",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "si",
        "es",
        "se",
    ]
)
_COUNTRY_REGION = {
    "us": "US",
    "gb": "UK",
    "uk": "UK",
    "ie": "IE",
    **{c: "EU" for c in _EU_COUNTRIES},
    **{c.lower(): c for c in COUNTRY_REGIONS},
}

# One entry of helplines.yml: region, kind, label, number, text, short, default, ...
Helpline = dict[str, Any]

# Last resort when filling a reviewed reply fails at run time (see crisis_reply):
# the person still gets the core numbers. Never used instead of the data files.
_FALLBACK_HELPLINES: list[Helpline] = [
    {
        "region": "US",
        "kind": "crisis",
        "label": "988 Suicide & Crisis Lifeline (US)",
        "number": "988",
        "text": "call or text 988",
        "short": "988 (call or text)",
        "default": True,
    },
    {
        "region": "US",
        "kind": "emergency",
        "label": "Emergency services (US)",
        "number": "911",
        "text": "call 911",
        "short": "911",
        "default": True,
    },
    {
        "region": "UK",
        "kind": "crisis",
        "label": "Samaritans (UK and Ireland)",
        "number": "116 123",
        "text": "call 116 123",
        "short": "Samaritans on 116 123",
        "default": True,
    },
    {
        "region": "UK",
        "kind": "emergency",
        "label": "Emergency services (UK)",
        "number": "999",
        "text": "call 999",
        "short": "999",
        "default": True,
    },
    {
        "region": "IE",
        "kind": "crisis",
        "label": "Samaritans (Ireland)",
        "number": "116 123",
        "text": "call 116 123",
        "short": "Samaritans on 116 123",
        "default": False,
    },
    {
        "region": "IE",
        "kind": "emergency",
        "label": "Emergency services (Ireland)",
        "number": "112",
        "text": "call 112 or 999",
        "short": "112 or 999",
        "default": False,
    },
    {
        "region": "EU",
        "kind": "emergency",
        "label": "European emergency number (EU)",
        "number": "112",
        "text": "call 112",
        "short": "112",
        "default": True,
    },
    {
        "region": "default",
        "kind": "emergency",
        "label": "Anywhere else",
        "number": None,
        "text": "call your local emergency number",
        "short": "your local emergency number",
        "default": True,
    },
]


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class SafetyDataError(ValueError):
    """data/safety/*.yml is missing or invalid: like the knowledge file, the
    servers refuse to start rather than run on texts nobody reviewed."""


def _load_helplines() -> list[Helpline]:
    try:
        raw = _load_yaml(HELPLINES_FILE)
        entries = []
        for index, entry in enumerate(raw):
            if not isinstance(entry, dict) or entry.get("region") not in REGIONS or entry.get("kind") not in KINDS:
                raise ValueError(f"entry {index}: region must be one of {REGIONS}, kind one of {KINDS}")
            if not entry.get("text") or not (entry.get("source") or {}).get("url"):
                raise ValueError(f"entry {index} ({entry.get('label')}): needs a text and a source url")
            entries.append(dict(entry))
        if not entries:
            raise ValueError("no usable entries")
        return entries
    except Exception as error:
        raise SafetyDataError(f"{HELPLINES_FILE}: cannot be used: {error}") from error


HELPLINES: list[Helpline] = _load_helplines()


def _parse_locale(locale: str | None) -> tuple[str, bool]:
    """(region, exact): exact is False when only a bare code was given."""
    if not isinstance(locale, str):
        return "default", False
    parts = [p for p in re.split(r"[-_.@\s]+", locale.strip().casefold()) if p]
    if not parts:
        return "default", False
    # The region subtag: the first two-letter (or UN M.49 "150" = Europe) part after the language.
    for part in parts[1:]:
        if part in _COUNTRY_REGION:
            return _COUNTRY_REGION[part], True
        if part == "150":
            return "EU", True
        if len(part) == 2 and part.isalpha():
            return "default", True
    # A bare code is read as a country first ("ie", "gb", "de", "fr"): a bare
    # language ("en") says nothing about where the person is.
    return _COUNTRY_REGION.get(parts[0], "default"), False


# "i'm in the uk", "we live in ireland", "here in germany": a country the person names.
_COUNTRY_NAMES = {
    "us": "the us|the usa|the u\\.s\\.?|the united states|the states|america",
    "gb": "the uk|the u\\.k\\.?|england|scotland|wales|northern ireland|britain|great britain|the united kingdom",
    "ie": "ireland|the republic of ireland|eire",
    "de": "germany",
    "fr": "france",
    "es": "spain",
    "it": "italy",
    "nl": "the netherlands|holland",
    "be": "belgium",
    "pt": "portugal",
    "at": "austria",
    "pl": "poland",
    "se": "sweden",
    "dk": "denmark",
    "fi": "finland",
    "gr": "greece",
    "cz": "czechia|the czech republic",
    "ro": "romania",
    "hu": "hungary",
}
_COUNTRY_PATTERN = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i live|we live|living|based|here|from)\s+(?:\w+\s+){0,2}?(?:in|from)\s+("
    + "|".join(f"(?P<c_{code}>{names})" for code, names in _COUNTRY_NAMES.items())
    + r")\b"
)


def locale_from_text(text: str) -> str | None:
    """A country code ("gb", "us", "de", ...) when the person says where they are, else None.

    "northern ireland" is the UK; only a statement about the person counts
    ("my sister lives in spain" does not)."""
    try:
        lowered = (text or "").casefold().replace("\u2019", "'")
        match = _COUNTRY_PATTERN.search(lowered)
        if not match:
            return None
        for name, value in match.groupdict().items():
            if value:
                return name[2:]
        return None
    except Exception:  # pragma: no cover
        return None


def region_of(locale: str | None) -> str:
    """ "en-US" -> "US", "en_GB"/"GB"/"uk" -> "UK", "ie"/"ga-IE" -> "IE",
    "de-DE"/"fr"/"es_ES" -> "EU", anything else (or None) -> "default"."""
    try:
        return _parse_locale(locale)[0]
    except Exception:  # pragma: no cover
        return "default"


def helplines(locale: str | None) -> list[Helpline]:
    """The helpline entries for a locale; unknown or None gives the default short
    list (US, UK and Ireland, EU, and "your local emergency number").

    A bare language-like code for an EU country ("fr", "es", "de") may come from
    anywhere that language is spoken, so it also gets "your local emergency number".
    """
    try:
        region, exact = _parse_locale(locale)
    except Exception:  # pragma: no cover
        region, exact = "default", False
    if region == "default":
        chosen = [e for e in HELPLINES if e.get("default")]
    else:
        chosen = [e for e in HELPLINES if e.get("region") == region]
        if region in COUNTRY_REGIONS and not exact:
            region = "EU"  # "fr" may be French spoken anywhere: the country's lines and the local number
        if region == "EU" and not exact:
            chosen += [e for e in HELPLINES if e.get("region") == "default"]
    return [dict(e) for e in chosen]


def helplines_of_kind(locale: str | None, kind: str) -> list[Helpline]:
    """The entries of one kind (poison, eating_disorder, supporter, ...) for a locale.

    Unknown locale: the US and UK entries and the "anywhere else" one, to keep the list short.
    """
    region, _ = _parse_locale(locale)
    regions = {"US", "UK", "default"} if region == "default" else {region}
    return [dict(e) for e in HELPLINES if e.get("kind") == kind and e.get("region") in regions]

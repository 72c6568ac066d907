"""The curated knowledge file: loading, validation and lookup.

Pure Python (no rasa_sdk import) so that the loader and the lookup are tested
directly. `load()` reads data/knowledge/*.yml once; any problem raises
KnowledgeError naming the file and the entry, and the action server refuses to
start (see actions/answers.py, which loads it at import).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import yaml

from selfcare import safety

PROJECT_DIR = Path(__file__).resolve().parent.parent  # the parent of selfcare/
# FIBRO_KNOWLEDGE_DIR lets a reviewer try a changed copy without touching data/.
KNOWLEDGE_DIR = Path(os.environ.get("FIBRO_KNOWLEDGE_DIR", PROJECT_DIR / "data" / "knowledge"))
SYNONYMS_FILE = PROJECT_DIR / "data" / "nlu" / "synonyms.yml"

TOPICS = ("basics", "flare", "exercise", "diet", "therapies")
# The main topics as buttons (fallback replies, Telegram /help): payloads are intents.
TOPIC_BUTTONS = [
    {"title": "What is fibromyalgia?", "payload": "/ask_basics"},
    {"title": "Exercise and pacing", "payload": "/ask_exercise"},
    {"title": "Anti-inflammatory diet", "payload": "/ask_diet"},
    {"title": "Flare-ups", "payload": "/ask_flare"},
    {"title": "Medicines and therapies", "payload": "/ask_therapies"},
]

# Entity name -> its canonical values. The same values are the NLU synonyms'
# targets (data/nlu/synonyms.yml) and the knowledge entries' `subjects`.
VOCABULARY: Mapping[str, frozenset[str]] = {
    "exercise": frozenset(
        {"walking", "yoga", "tai_chi", "swimming", "water_aerobics", "cycling"}
    ),
    "food": frozenset(
        {
            "fruit_vegetables", "leafy_greens", "magnesium", "omega_3", "whole_grains",
            "cooking_oil", "sugar", "white_flour", "processed_food", "fried_food",
        }
    ),
    "medicine": frozenset({"duloxetine", "milnacipran", "pregabalin"}),
    "therapy": frozenset({"ketamine"}),
}
ALL_SUBJECTS = frozenset().union(*VOCABULARY.values())
ENTITY_TOPIC = {"exercise": "exercise", "food": "diet", "medicine": "therapies", "therapy": "therapies"}

MAX_ANSWER_CHARS = 700
REQUIRED_FIELDS = ("id", "topic", "default", "subjects", "keywords", "answer",
                   "sources", "referral", "last_reviewed")

# Lookup weights: an entity named in this message outweighs one remembered from
# the last turn, which is worth about one matching keyword. See `find`.
W_TOPIC, W_SUBJECT, W_CONTEXT, W_KEYWORD, W_DEFAULT, W_SPECIFIC = 2.0, 3.0, 1.0, 1.0, 0.5, 0.1


class KnowledgeError(ValueError):
    """The knowledge file is invalid; the message names the file and the entry."""


@dataclass(frozen=True)
class Source:
    name: str
    url: str | None = None


@dataclass(frozen=True)
class Entry:
    id: str
    topic: str
    default: bool
    subjects: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str
    sources: tuple[Source, ...]
    referral: bool
    last_reviewed: dt.date
    evidence: str | None = None


def normalise(text: str) -> str:
    """Lowercases and straightens quotes so keywords match what people type."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = sorted({re.escape(normalise(p)) for p in phrases if p.strip()}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


class KnowledgeBase:
    """The validated entries, with lookup by topic, subject and wording."""

    def __init__(self, entries: Sequence[Entry], aliases: Mapping[str, str] | None = None):
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.by_id = {e.id: e for e in self.entries}
        alias_map = {value.replace("_", " "): value for value in ALL_SUBJECTS}
        alias_map.update({normalise(k): v for k, v in (aliases or {}).items()})
        self._aliases = alias_map
        self._alias_pattern = _phrase_pattern(alias_map)
        # A keyword that only names one of the entry's own subjects ("lyrica" on the
        # pregabalin entry) already counts through the subject; counting it again
        # would outvote the sibling entry whose keywords say what is asked
        # ("side effects").
        self._keyword_patterns = {
            e.id: [
                p for p in (_phrase_pattern([k]) for k in e.keywords
                            if alias_map.get(normalise(k)) not in e.subjects)
                if p
            ]
            for e in self.entries
        }

    def defaults(self) -> dict[str, Entry]:
        return {e.topic: e for e in self.entries if e.default}

    def subjects_in(self, text: str) -> list[str]:
        """Canonical subjects named in the text by name, brand or common misspelling."""
        if not self._alias_pattern:
            return []
        found: list[str] = []
        for match in self._alias_pattern.finditer(normalise(text)):
            value = self._aliases[match.group(0)]
            if value not in found:
                found.append(value)
        return found

    def find(
        self,
        topic: str | None,
        subjects: Sequence[str] = (),
        context_subject: str | None = None,
        text: str = "",
    ) -> Entry:
        """Returns the entry that best answers a message.

        `topic` comes from the intent, `subjects` from this message's entities,
        `context_subject` from the previous turn (so "what about its side
        effects?" after a duloxetine answer finds duloxetine's side effects),
        and the wording adds one point per matching keyword.
        """
        norm = normalise(text)
        best: tuple[float, int] | None = None
        best_entry = None
        for index, entry in enumerate(self.entries):
            score = 0.0
            if entry.topic == topic:
                score += W_TOPIC + (W_DEFAULT if entry.default else 0.0)
            matched = sum(1 for s in subjects if s in entry.subjects)
            # Of two entries naming the subject, the one about it alone wins a tie
            # against an overview that covers several ("whats lyrica for").
            score += W_SUBJECT * matched - (W_SPECIFIC * (len(entry.subjects) - 1) if matched else 0.0)
            if context_subject and not subjects and context_subject in entry.subjects:
                score += W_CONTEXT
            score += W_KEYWORD * sum(1 for p in self._keyword_patterns[entry.id] if p.search(norm))
            key = (score, -index)
            if best is None or key > best:
                best, best_entry = key, entry
        if best_entry is None:
            raise LookupError("the knowledge base is empty")
        if best is not None and best[0] == 0.0:
            return self.defaults().get(topic or "basics", best_entry)
        return best_entry


# --- loading and validation -------------------------------------------------

def _fail(path: Path, entry_name: str, problem: str) -> KnowledgeError:
    return KnowledgeError(f"{path}: entry {entry_name}: {problem}")


def _parse_entry(path: Path, position: int, raw: object, today: dt.date) -> Entry:
    name = f"#{position + 1}"
    if not isinstance(raw, dict):
        raise _fail(path, name, "is not a mapping")
    if isinstance(raw.get("id"), str):
        name = f"'{raw['id']}'"
    missing = [f for f in REQUIRED_FIELDS if f not in raw]
    if missing:
        raise _fail(path, name, f"missing field(s): {', '.join(missing)}")
    unknown = set(raw) - set(REQUIRED_FIELDS) - {"evidence"}
    if unknown:
        raise _fail(path, name, f"unknown field(s): {', '.join(sorted(unknown))}")

    entry_id, topic = raw["id"], raw["topic"]
    if not isinstance(entry_id, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", entry_id):
        raise _fail(path, name, "id must be snake_case text")
    if topic not in TOPICS:
        raise _fail(path, name, f"topic '{topic}' is not one of {', '.join(TOPICS)}")
    if topic != path.stem:
        raise _fail(path, name, f"topic '{topic}' does not match the file name '{path.stem}'")
    if not entry_id.startswith(topic + "_"):
        raise _fail(path, name, f"id must start with its topic '{topic}_'")
    for flag in ("default", "referral"):
        if not isinstance(raw[flag], bool):
            raise _fail(path, name, f"'{flag}' must be true or false")
    if topic == "therapies" and not raw["referral"]:
        raise _fail(path, name, "every therapies entry needs referral: true")

    subjects, keywords = raw["subjects"], raw["keywords"]
    if not isinstance(subjects, list) or not all(isinstance(s, str) for s in subjects):
        raise _fail(path, name, "subjects must be a list of entity values")
    unknown_subjects = [s for s in subjects if s not in ALL_SUBJECTS]
    if unknown_subjects:
        raise _fail(path, name, f"unknown subject(s): {', '.join(unknown_subjects)}")
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
        raise _fail(path, name, "keywords must be a list of non-empty text")

    answer = raw["answer"]
    if not isinstance(answer, str) or not answer.strip():
        raise _fail(path, name, "answer is empty")
    if len(answer) > MAX_ANSWER_CHARS:
        raise _fail(path, name, f"answer is {len(answer)} characters; the limit is {MAX_ANSWER_CHARS}")
    evidence = raw.get("evidence")
    if evidence is not None and (not isinstance(evidence, str) or not evidence.strip()):
        raise _fail(path, name, "evidence must be text when present")
    for label, text in (("answer", answer), ("evidence", evidence or "")):
        if safety.contains_dose(text):
            raise _fail(path, name, f"{label} states a dose; the assistant never gives doses")

    sources_raw = raw["sources"]
    if not isinstance(sources_raw, list) or not sources_raw:
        raise _fail(path, name, "needs at least one source")
    sources = []
    for source in sources_raw:
        if not isinstance(source, dict) or not isinstance(source.get("name"), str) or not source["name"].strip():
            raise _fail(path, name, "every source needs a name")
        url = source.get("url")
        if url is not None and not (isinstance(url, str) and url.startswith("https://")):
            raise _fail(path, name, f"source url must be https: {url!r}")
        sources.append(Source(source["name"].strip(), url))

    reviewed = raw["last_reviewed"]
    try:
        reviewed_date = reviewed if isinstance(reviewed, dt.date) else dt.date.fromisoformat(str(reviewed))
    except ValueError:
        raise _fail(path, name, f"last_reviewed is not a date (YYYY-MM-DD): {reviewed!r}") from None
    if reviewed_date > today:
        raise _fail(path, name, f"last_reviewed {reviewed_date} is in the future")

    return Entry(
        id=entry_id, topic=topic, default=raw["default"], subjects=tuple(subjects),
        keywords=tuple(k.strip() for k in keywords), answer=" ".join(answer.split()),
        sources=tuple(sources), referral=raw["referral"], last_reviewed=reviewed_date,
        evidence=" ".join(evidence.split()) if evidence else None,
    )


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise KnowledgeError(f"{path}: cannot be read as YAML: {error}") from error


def load_entries(directory: Path = KNOWLEDGE_DIR, today: dt.date | None = None) -> list[Entry]:
    """Reads and validates every `<topic>.yml` in `directory`."""
    today = today or dt.date.today()
    paths = sorted(directory.glob("*.yml"))
    if not paths:
        raise KnowledgeError(f"{directory}: no knowledge files (*.yml) found")
    entries: list[Entry] = []
    seen: dict[str, Path] = {}
    for path in paths:
        document = _read_yaml(path)
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise KnowledgeError(f"{path}: expected a mapping with an 'entries' list")
        for position, raw in enumerate(document["entries"]):
            entry = _parse_entry(path, position, raw, today)
            if entry.id in seen:
                raise _fail(path, f"'{entry.id}'", f"duplicate id (also in {seen[entry.id]})")
            seen[entry.id] = path
            entries.append(entry)
    for topic in TOPICS:
        defaults = [e.id for e in entries if e.topic == topic and e.default]
        if len(defaults) != 1:
            raise KnowledgeError(
                f"{directory}: topic '{topic}' needs exactly one default entry, found {defaults or 'none'}"
            )
    return entries


def load_aliases(path: Path = SYNONYMS_FILE) -> dict[str, str]:
    """Surface form -> canonical subject, from the NLU synonyms (one vocabulary)."""
    if not path.exists():
        return {}
    document = _read_yaml(path)
    aliases: dict[str, str] = {}
    for item in (document or {}).get("nlu", []) or []:
        value = item.get("synonym") if isinstance(item, dict) else None
        if value in ALL_SUBJECTS:
            for line in str(item.get("examples", "")).splitlines():
                form = line.strip().lstrip("-").strip()
                if form:
                    aliases[form] = value
    return aliases


def load(directory: Path = KNOWLEDGE_DIR, synonyms: Path = SYNONYMS_FILE) -> KnowledgeBase:
    return KnowledgeBase(load_entries(directory), load_aliases(synonyms))


def format_answer(entry: Entry, referral_text: str) -> str:
    """The reply a person reads: the answer, the evidence note, the sources, and
    for medicines and therapies the referral."""
    parts = [entry.answer]
    if entry.evidence:
        parts.append(f"Evidence: {entry.evidence}")
    names = [f"{s.name} ({s.url})" if s.url else s.name for s in entry.sources]
    parts.append(("Source: " if len(names) == 1 else "Sources: ") + "; ".join(names))
    if entry.referral:
        parts.append(referral_text)
    return "\n\n".join(parts)

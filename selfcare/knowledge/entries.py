"""The curated knowledge file: loading and validating it, and formatting an answer.

data/knowledge/*.yml hold the entries (one question each), data/knowledge/topics.yml the
topic list and data/knowledge/subjects.yml what the entries are about and how people write
it. Everything is validated once at load: any problem raises KnowledgeError naming the
file and the entry, and the action server refuses to start (actions/answers.py loads it
at import). Medical content is reviewed like code: every entry has sources that name a
page, an evidence note, a review date, at most 80 words before "tell me more", and no dose.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from selfcare import safety, yamlfile

PROJECT_DIR = Path(__file__).resolve().parents[2]
# FIBRO_KNOWLEDGE_DIR lets a reviewer try a changed copy without touching data/.
KNOWLEDGE_DIR = Path(os.environ.get("FIBRO_KNOWLEDGE_DIR", PROJECT_DIR / "data" / "knowledge"))
TOPICS_FILE, SUBJECTS_FILE, QUESTIONS_DIR = "topics.yml", "subjects.yml", "questions"
STRATEGIES_FILE = "strategies.yml"  # the diary's strategies (selfcare/diary/strategies.py), not entries

ASPECTS = (
    "about",
    "how_long",
    "how_often",
    "how_to_start",
    "side_effects",
    "alcohol",
    "stopping",
    "why",
    "cost_access",
    "safety",
)
REGIONS = ("US", "UK", "IE", "EU")
MAX_ANSWER_WORDS, MAX_MORE_WORDS, MAX_TITLE_WORDS = 80, 120, 5
REQUIRED = (
    "id",
    "topic",
    "title",
    "question",
    "subjects",
    "aspect",
    "answer",
    "evidence",
    "sources",
    "referral",
    "last_reviewed",
)
OPTIONAL = ("more", "regions")
SEED_SOURCE = "Seed article"  # the seed article has no address; every other source needs one


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
    title: str
    question: str
    subjects: tuple[str, ...]
    aspect: str
    answer: str
    evidence: str
    sources: tuple[Source, ...]
    referral: bool
    last_reviewed: dt.date
    more: str | None = None
    regions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TopicGroup:
    id: str
    title: str
    says: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Subject:
    name: str
    kind: str
    names: tuple[str, ...]


def _read_yaml(path: Path) -> Any:
    try:
        return yamlfile.read(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise KnowledgeError(f"{path}: cannot be read as YAML: {error}") from error


def load_topics(path: Path) -> list[TopicGroup]:
    document = _read_yaml(path)
    groups = document.get("groups") if isinstance(document, dict) else None
    if not isinstance(groups, list) or not groups:
        raise KnowledgeError(f"{path}: expected a mapping with a 'groups' list")
    result: list[TopicGroup] = []
    seen: set[str] = set()
    for raw in groups:
        if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), str) and raw[k].strip() for k in ("id", "title", "says")
        ):
            raise KnowledgeError(f"{path}: every group needs an id, a title and what it says")
        topics = raw.get("topics")
        if not isinstance(topics, list) or not topics or set(topics) & seen:
            raise KnowledgeError(f"{path}: group '{raw['id']}' needs topics of its own")
        seen.update(topics)
        result.append(TopicGroup(raw["id"], raw["title"].strip(), raw["says"].strip(), tuple(topics)))
    return result


def load_subjects(path: Path) -> dict[str, Subject]:
    document = _read_yaml(path)
    block = document.get("subjects") if isinstance(document, dict) else None
    if not isinstance(block, dict) or not block:
        raise KnowledgeError(f"{path}: expected a mapping with 'subjects'")
    subjects = {}
    for name, raw in block.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(name)) or not isinstance(raw, dict):
            raise KnowledgeError(f"{path}: subject '{name}' must be snake_case with a kind and names")
        names = raw.get("names")
        if not isinstance(raw.get("kind"), str) or not isinstance(names, list) or not names:
            raise KnowledgeError(f"{path}: subject '{name}' needs a kind and a list of names")
        subjects[name] = Subject(name, raw["kind"], tuple(str(n).lower() for n in names))
    return subjects


def _fail(path: Path, name: str, problem: str) -> KnowledgeError:
    return KnowledgeError(f"{path}: entry {name}: {problem}")


def _words(text: str) -> int:
    return len(text.split())


def checked_record(
    path: Path,
    position: int,
    raw: object,
    required: Sequence[str],
    optional: Sequence[str],
    fail: Callable[[Path, str, str], Exception],
) -> tuple[str, dict[str, Any]]:
    """A YAML record's name for messages ("'its_id'", or "#3" before the id is known) and the
    record, once it is a mapping with every required field, no unknown field and a
    snake_case id; otherwise `fail(path, name, problem)` is raised. Shared by the
    knowledge entries and the diary's strategies."""
    name = f"#{position + 1}"
    if not isinstance(raw, dict):
        raise fail(path, name, "is not a mapping")
    if isinstance(raw.get("id"), str):
        name = f"'{raw['id']}'"
    missing = [f for f in required if f not in raw]
    if missing:
        raise fail(path, name, f"missing field(s): {', '.join(missing)}")
    unknown = set(raw) - set(required) - set(optional)
    if unknown:
        raise fail(path, name, f"unknown field(s): {', '.join(sorted(unknown))}")
    if not isinstance(raw["id"], str) or not re.fullmatch(r"[a-z][a-z0-9_]*", raw["id"]):
        raise fail(path, name, "id must be snake_case text")
    return name, raw


def review_date(
    path: Path, name: str, reviewed: object, today: dt.date, fail: Callable[[Path, str, str], Exception]
) -> dt.date:
    """A record's `last_reviewed` as a date, never in the future; otherwise `fail(...)` is raised."""
    try:
        reviewed_date = reviewed if isinstance(reviewed, dt.date) else dt.date.fromisoformat(str(reviewed))
    except ValueError:
        raise fail(path, name, f"last_reviewed is not a date (YYYY-MM-DD): {reviewed!r}") from None
    if reviewed_date > today:
        raise fail(path, name, f"last_reviewed {reviewed_date} is in the future")
    return reviewed_date


def _parse_entry(
    path: Path, position: int, raw: object, topics: set[str], subjects: Mapping[str, Subject], today: dt.date
) -> Entry:
    name, raw = checked_record(path, position, raw, REQUIRED, OPTIONAL, _fail)
    if raw["topic"] not in topics:
        raise _fail(path, name, f"topic '{raw['topic']}' is not in {TOPICS_FILE}")
    for field in ("title", "question", "answer", "evidence"):
        if not isinstance(raw[field], str) or not raw[field].strip():
            raise _fail(path, name, f"{field} is empty")
    if _words(raw["title"]) > MAX_TITLE_WORDS:
        raise _fail(path, name, f"title has more than {MAX_TITLE_WORDS} words")
    if raw["aspect"] not in ASPECTS:
        raise _fail(path, name, f"aspect '{raw['aspect']}' is not one of {', '.join(ASPECTS)}")
    if not isinstance(raw["referral"], bool):
        raise _fail(path, name, "'referral' must be true or false")
    if raw["topic"] == "medicines" and not raw["referral"]:
        raise _fail(path, name, "every medicines entry needs referral: true")
    if not isinstance(raw["subjects"], list) or any(s not in subjects for s in raw["subjects"]):
        raise _fail(path, name, f"subjects must be names from {SUBJECTS_FILE}: {raw['subjects']!r}")
    answer, more = " ".join(raw["answer"].split()), raw.get("more")
    if _words(answer) > MAX_ANSWER_WORDS:
        raise _fail(path, name, f"answer has {_words(answer)} words; the limit is {MAX_ANSWER_WORDS}")
    if more is not None:
        if not isinstance(more, str) or not more.strip():
            raise _fail(path, name, "more must be text when present")
        more = " ".join(more.split())
        if _words(more) > MAX_MORE_WORDS:
            raise _fail(path, name, f"more has {_words(more)} words; the limit is {MAX_MORE_WORDS}")
    regions_raw = raw.get("regions") or {}
    if not isinstance(regions_raw, dict) or any(
        k not in REGIONS or not isinstance(v, str) for k, v in regions_raw.items()
    ):
        raise _fail(path, name, f"regions must map {', '.join(REGIONS)} to text")
    evidence = " ".join(raw["evidence"].split())
    for label, text in (
        ("answer", answer),
        ("more", more or ""),
        ("evidence", evidence),
        *(("regions", v) for v in regions_raw.values()),
    ):
        if safety.contains_dose(text):
            raise _fail(path, name, f"{label} states a dose; the assistant never gives doses")
    sources = []
    if not isinstance(raw["sources"], list) or not raw["sources"]:
        raise _fail(path, name, "needs at least one source")
    for source in raw["sources"]:
        if not isinstance(source, dict) or not isinstance(source.get("name"), str) or not source["name"].strip():
            raise _fail(path, name, "every source needs a name")
        url = source.get("url")
        if url is None and not source["name"].startswith(SEED_SOURCE):
            raise _fail(path, name, f"source '{source['name']}' needs the address of the page that says it")
        if url is not None and not (isinstance(url, str) and re.match(r"https?://[^\s/]+\.[^\s]+$", url)):
            raise _fail(path, name, f"source url is not a web address: {url!r}")
        sources.append(Source(" ".join(source["name"].split()), url))
    reviewed_date = review_date(path, name, raw["last_reviewed"], today, _fail)
    return Entry(
        id=raw["id"],
        topic=raw["topic"],
        title=" ".join(raw["title"].split()),
        question=" ".join(raw["question"].split()),
        subjects=tuple(raw["subjects"]),
        aspect=raw["aspect"],
        answer=answer,
        evidence=evidence,
        sources=tuple(sources),
        referral=raw["referral"],
        last_reviewed=reviewed_date,
        more=more,
        regions=tuple((k, " ".join(v.split())) for k, v in regions_raw.items()),
    )


def entry_files(directory: Path) -> list[Path]:
    return [p for p in sorted(directory.glob("*.yml")) if p.name not in (TOPICS_FILE, SUBJECTS_FILE, STRATEGIES_FILE)]


def load_entries(
    directory: Path, topics: set[str], subjects: Mapping[str, Subject], today: dt.date | None = None
) -> list[Entry]:
    today = today or dt.date.today()
    paths = entry_files(directory)
    if not paths:
        raise KnowledgeError(f"{directory}: no knowledge files (*.yml) found")
    entries: list[Entry] = []
    seen: dict[str, Path] = {}
    for path in paths:
        document = _read_yaml(path)
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise KnowledgeError(f"{path}: expected a mapping with an 'entries' list")
        for position, raw in enumerate(document["entries"]):
            entry = _parse_entry(path, position, raw, topics, subjects, today)
            if entry.id in seen:
                raise _fail(path, f"'{entry.id}'", f"duplicate id (also in {seen[entry.id]})")
            seen[entry.id] = path
            entries.append(entry)
    return entries


def format_answer(entry: Entry, referral_text: str, region: str | None = None, more: bool = False) -> str:
    """The reply a person reads: the answer (or, for "tell me more", the rest), the note
    for their region where regulators differ, the evidence, the sources and, where the
    entry says so, the referral."""
    parts = [entry.more if more and entry.more else entry.answer]
    regions = dict(entry.regions)
    if region in regions and not more:
        parts.append(regions[region])
    parts.append(f"Evidence: {entry.evidence}")
    names = [f"{s.name} ({s.url})" if s.url else s.name for s in entry.sources[:3]]
    parts.append(("Source: " if len(names) == 1 else "Sources: ") + "; ".join(names))
    if entry.referral:
        parts.append(referral_text)
    return "\n\n".join(parts)


REGION_OF_LOCALE = {"us": "US", "uk": "UK", "gb": "UK", "ie": "IE"}


def region_of(locale: str | None) -> str | None:
    """US, UK, IE or EU for a locale code ("en_GB", "uk", "de"), else None."""
    if not locale:
        return None
    code = locale.replace("-", "_").split("_")[-1].lower()
    if code in REGION_OF_LOCALE:
        return REGION_OF_LOCALE[code]
    return "EU" if code in ("es", "fr", "de", "pt", "it", "pl", "nl", "eu", "at", "be") else None


def topic_names(groups: Sequence[TopicGroup]) -> set[str]:
    return {t for g in groups for t in g.topics}


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


def syllables(word: str) -> int:
    """A vowel-group count of syllables (the usual approximation for readability grades)."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    count = len(re.findall(r"[aeiouy]+", letters))
    if letters.endswith("e") and not letters.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def reading_grade(texts: Sequence[str]) -> float:
    """The Flesch-Kincaid grade level of texts taken together."""
    words = sentences = syllable_count = 0
    for text in texts:
        found = _WORD.findall(text)
        words += len(found)
        sentences += max(1, len(_SENTENCE_END.findall(text)))
        syllable_count += sum(syllables(w) for w in found)
    if not words:
        return 0.0
    return 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59

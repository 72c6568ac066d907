"""The curated knowledge: entries (one question each), the topic list, the subject
vocabulary, the answer model that picks an entry, and the choice of reply.

Pure Python (no rasa import). `load()` reads data/knowledge/ once and validates it; the
answer model is trained by components/entry_ranker.py during `rasa train`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from selfcare.knowledge.choice import (
    ANSWER,
    CLARIFY,
    MORE,
    NO_ANSWER,
    PATHS,
    SUGGEST,
    THRESHOLDS,
    Choice,
    Context,
    Thresholds,
    about_another_condition,
    asks_an_errand,
    aspect_of,
    changes_topic,
    choose,
    reads_as_follow_up,
)
from selfcare.knowledge.entries import (
    KNOWLEDGE_DIR,
    QUESTIONS_DIR,
    SUBJECTS_FILE,
    TOPICS_FILE,
    Entry,
    KnowledgeError,
    Source,
    Subject,
    TopicGroup,
    entry_files,
    format_answer,
    load_entries,
    load_subjects,
    load_topics,
    region_of,
    topic_names,
)
from selfcare.knowledge.ranker import NO_ENTRY, EntryRanker, Question, Ranked, load_questions

__all__ = [
    "ANSWER",
    "CLARIFY",
    "MORE",
    "NO_ANSWER",
    "NO_ENTRY",
    "PATHS",
    "SUGGEST",
    "THRESHOLDS",
    "Choice",
    "Context",
    "Entry",
    "EntryRanker",
    "KnowledgeBase",
    "KnowledgeError",
    "Question",
    "Ranked",
    "Source",
    "Subject",
    "Thresholds",
    "TopicGroup",
    "about_another_condition",
    "asks_an_errand",
    "aspect_of",
    "changes_topic",
    "choose",
    "format_answer",
    "load",
    "reads_as_follow_up",
    "region_of",
]


def _plain(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


class KnowledgeBase:
    """The validated entries, topics and subjects."""

    def __init__(
        self,
        entries: Sequence[Entry],
        groups: Sequence[TopicGroup],
        subjects: Mapping[str, Subject],
        directory: Path = KNOWLEDGE_DIR,
    ):
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.by_id: dict[str, Entry] = {e.id: e for e in self.entries}
        self.groups: tuple[TopicGroup, ...] = tuple(groups)
        self.subjects: dict[str, Subject] = dict(subjects)
        self.directory = directory
        names = sorted(((n, s.name) for s in self.subjects.values() for n in s.names), key=lambda p: -len(p[0]))
        self._subject_of = dict(names)
        self._subject_pattern = (
            re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(n) for n, _ in names) + r")(?![a-z0-9])")
            if names
            else None
        )

    def subjects_in(self, text: str) -> list[str]:
        """Canonical subjects a text names, by name, brand or common misspelling."""
        if not self._subject_pattern or not text:
            return []
        found: list[str] = []
        for match in self._subject_pattern.finditer(_plain(text)):
            name = self._subject_of[match.group(0)]
            if name not in found:
                found.append(name)
        return found

    def in_group(self, group_id: str) -> list[Entry]:
        group = next((g for g in self.groups if g.id == group_id), None)
        return [e for e in self.entries if group and e.topic in group.topics]

    def topic_buttons(self) -> list[dict[str, str]]:
        """One button per topic group; its payload lists the group's entries."""
        return [{"title": g.title, "payload": f'/ask{{"group": "{g.id}"}}'} for g in self.groups]

    def entry_button(self, entry_id: str) -> dict[str, str]:
        return {"title": self.by_id[entry_id].title, "payload": f'/ask{{"entry": "{entry_id}"}}'}

    def what_i_can_help_with(self) -> str:
        """The topic list in words, for the greeting and the help text."""
        says = [g.says for g in self.groups]
        return "; ".join(says[:-1]) + "; and " + says[-1] if len(says) > 1 else says[0]

    def questions(self) -> list[Question]:
        """The answer model's training questions: each entry's own, its title and its question."""
        own = load_questions(self.directory / QUESTIONS_DIR, self.by_id)
        return (
            own + [Question(e.question, e.id) for e in self.entries] + [Question(e.title, e.id) for e in self.entries]
        )


def load(directory: Path = KNOWLEDGE_DIR) -> KnowledgeBase:
    groups = load_topics(directory / TOPICS_FILE)
    subjects = load_subjects(directory / SUBJECTS_FILE)
    entries = load_entries(directory, topic_names(groups), subjects)
    return KnowledgeBase(entries, groups, subjects, directory)


def data_files(directory: Path = KNOWLEDGE_DIR) -> list[Path]:
    """Every file the answer model is trained from (for its fingerprint)."""
    return [
        directory / TOPICS_FILE,
        directory / SUBJECTS_FILE,
        *entry_files(directory),
        *sorted((directory / QUESTIONS_DIR).glob("*.yml")),
    ]

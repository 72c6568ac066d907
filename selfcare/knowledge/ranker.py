"""The entry model: which knowledge entry a question asks for.

Trained on each entry's own questions (data/knowledge/questions/*.yml, written apart from
every evaluation set), its title and its catalogue question, plus the assistant's
out-of-scope examples as "no entry". A linear model over word and character n-grams
of the question, with the subjects it names (brands and misspellings read as the
canonical name) added as words, so "cymbalta side effects?" and "duloxetine side
effects" meet. Trains in seconds on two cores and needs no downloaded weights;
components/entry_ranker.py trains it during `rasa train` and keeps it in the archive.

The confidence is the model's probability for its best entry. The thresholds that
turn it into "answer", "did you mean" or "I have no reviewed information" are chosen
on a development split of the training questions (scripts/calibrate_entries.py).
"""

from __future__ import annotations

import hashlib
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcare import yamlfile

if TYPE_CHECKING:
    from selfcare.knowledge import KnowledgeBase

NO_ENTRY = "_no_entry"
MAX_CHARS = 1000
# A follow-up is ranked as itself and, with this weight, as one text with the question
# before it: "what should be on my plate" after a question on the anti-inflammatory diet.
# Chosen by ranking alone (not the whole reply logic) over the follow-up turns of the
# seen evaluation sets j to m: 0.3 led the current message alone by 2 to 26 turns in
# each, 0.5 and the combined text alone did worse (README, "Follow-ups in context").
CONTEXT_WEIGHT = 0.3


@dataclass(frozen=True)
class Question:
    text: str
    entry: str


@dataclass(frozen=True)
class Ranked:
    entry: str
    confidence: float


class QuestionsError(ValueError):
    """A questions file is malformed; the message names the file and the entry."""


def question_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yml"))


def load_questions(directory: Path, known_ids: Iterable[str]) -> list[Question]:
    """Every entry's training questions, and under `_no_entry` questions no entry answers
    (an unknown therapy, a symptom the catalogue has nothing on); fails naming the file and
    the unknown entry."""
    known = {*known_ids, NO_ENTRY}
    questions: list[Question] = []
    for path in question_files(directory):
        data = yamlfile.read(path) or {}
        block = data.get("questions") if isinstance(data, dict) else None
        if not isinstance(block, dict):
            raise QuestionsError(f"{path}: expected a mapping 'questions: {{entry id: [questions]}}'")
        for entry_id, texts in block.items():
            if entry_id not in known:
                raise QuestionsError(f"{path}: questions for unknown entry '{entry_id}'")
            if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
                raise QuestionsError(f"{path}: entry '{entry_id}': questions must be a list of text")
            questions += [Question(t.strip(), entry_id) for t in texts]
    return questions


def fingerprint(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


_SPACES = re.compile(r"\s+")
_SYMBOLS = re.compile(r"[^\w\s?]|_")


# "hi, what is fibromyalgia?": a greeting before a question is not part of it (the greetings
# the assistant answers as chitchat had pulled such a question towards "no entry").
_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|heya|hallo|good (?:morning|afternoon|evening)|morning|evening)(?: there)? "
)


def fold(text: str) -> str:
    """Lowercase, accent-free, apostrophe-free text, cut to MAX_CHARS, without a greeting
    in front of a question of two words or more."""
    text = unicodedata.normalize("NFKD", (text or "")[:MAX_CHARS])
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['\u2019`]", "", text)
    folded = _SPACES.sub(" ", _SYMBOLS.sub(" ", text)).strip()
    greeting = _GREETING.match(folded)
    if greeting and len(folded[greeting.end() :].split()) >= 2:
        return folded[greeting.end() :]
    return folded


class EntryRanker:
    """Ranks knowledge entries for a question."""

    def __init__(self, pipeline: Any, subjects_of: Callable[[str], list[str]] | None = None) -> None:
        # pipeline: a fitted scikit-learn Pipeline (scikit-learn has no type information)
        self._pipeline = pipeline
        self._subjects_of = subjects_of

    @staticmethod
    def _features(text: str, subjects_of: Callable[[str], list[str]] | None) -> str:
        folded = fold(text)
        names = subjects_of(text) if subjects_of else []
        return folded + "".join(f" subject_{name}" for name in names)

    @classmethod
    def train(
        cls, questions: Sequence[Question], subjects_of: Callable[[str], list[str]] | None = None, seed: int = 42
    ) -> EntryRanker:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import SGDClassifier
        from sklearn.pipeline import FeatureUnion, Pipeline

        features = FeatureUnion(
            [
                (
                    "words",
                    TfidfVectorizer(
                        analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1, token_pattern=r"(?u)\b\w+\b"
                    ),
                ),
                ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
            ]
        )
        # Stochastic gradient descent on the logistic loss: the same model as logistic
        # regression, trained in about two seconds instead of thirty for 150 entries.
        pipeline = Pipeline(
            [
                ("features", features),
                ("classifier", SGDClassifier(loss="log_loss", alpha=3e-5, random_state=seed)),
            ]
        )
        pipeline.fit([cls._features(q.text, subjects_of) for q in questions], [q.entry for q in questions])
        return cls(pipeline, subjects_of)

    def rank(self, text: str, limit: int = 3, context: str | None = None) -> list[Ranked]:
        """The best entries for a question, most likely first (NO_ENTRY may be among them).
        `context`, the person's question before this one, is read together with it."""
        texts = [text, f"{context} {text}"] if context else [text]
        rows = self._pipeline.predict_proba([self._features(t, self._subjects_of) for t in texts])
        probabilities = rows[0] if len(rows) == 1 else (1 - CONTEXT_WEIGHT) * rows[0] + CONTEXT_WEIGHT * rows[1]
        order = probabilities.argsort()[::-1][:limit]
        classes = self._pipeline.classes_
        return [Ranked(str(classes[i]), round(float(probabilities[i]), 4)) for i in order]

    def save(self, path: Path) -> None:
        with path.open("wb") as handle:
            pickle.dump(self._pipeline, handle)

    @classmethod
    def load(cls, path: Path, subjects_of: Callable[[str], list[str]] | None = None) -> EntryRanker:
        with path.open("rb") as handle:
            return cls(pickle.load(handle), subjects_of)


def training_questions(kb: KnowledgeBase, out_of_scope: Sequence[str] = ()) -> list[Question]:
    """What the answer model learns from: each entry's own questions, its catalogue
    question and title, its answer (the words it uses), and out-of-scope messages as
    NO_ENTRY (so "what's the weather tomorrow" ranks no entry first)."""
    questions = kb.questions()
    questions += [Question(e.answer, e.id) for e in kb.entries]
    questions += [Question(text, NO_ENTRY) for text in out_of_scope]
    return questions

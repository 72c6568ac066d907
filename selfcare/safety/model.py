"""The risk model: a text classifier that hears risk the rules have no words for.

The rules (selfcare.safety.rules) are the high-precision floor; this model is trained on
its own data (data/safety/training/*.yml, written apart from every evaluation set) and
catches the indirect, coded, misspelled and other-language messages that no rule names.
It is a linear model over character and word n-grams of the normalised text: trains in
seconds on two cores, predicts in well under a millisecond, and needs no downloaded
weights. components/safety_gate.py trains it during `rasa train` and keeps it in the
model archive.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from selfcare import yamlfile

PROJECT_DIR = Path(__file__).resolve().parents[2]
TRAINING_DIR = PROJECT_DIR / "data" / "safety" / "training"
# The assistant's own NLU examples of ordinary intents (greetings, thanks, fibromyalgia
# questions) are ordinary messages too: they teach the model everyday phrasing as `none`.
NLU_DIR = PROJECT_DIR / "data" / "nlu"
# So are the questions the knowledge entries answer (data/knowledge/questions/).
QUESTIONS_DIR = PROJECT_DIR / "data" / "knowledge" / "questions"
RISK_INTENTS = frozenset({"crisis", "medical_emergency", "dangerous_request", "medicine_safety"})

NONE = "none"
CRISIS_LABELS = ("crisis_self", "crisis_imminent", "harm_done", "crisis_other")
ALARM_LABELS = (*CRISIS_LABELS, "emergency")
DANGEROUS_LABELS = ("dangerous_eating", "dangerous_misuse", "dangerous_toxic", "dangerous_replace")
MEDICINE_LABELS = (
    "med_dose",
    "med_combination",
    "med_alcohol",
    "med_stopping",
    "med_pregnancy",
    "med_driving",
)
LABELS = (*ALARM_LABELS, "ambiguous", *DANGEROUS_LABELS, *MEDICINE_LABELS, NONE)
FACTS = ("serotonin", "maoi", "bleeding", "sedation_breathing", "other", "alcohol", "stopping", "pregnancy", "driving")

# Only the start of a message is classified: the input guard already cuts messages
# before the pipeline, and this keeps the cost flat whatever reaches the model.
MAX_CHARS = 2000
# The classifier's iterations (see _pipeline).
MAX_ITERATIONS = 100


class TrainingDataError(ValueError):
    """A training file is malformed; the message names the file and the example."""


@dataclass(frozen=True)
class Example:
    """One labelled training message."""

    text: str
    label: str
    lang: str = "en"


@dataclass(frozen=True)
class Prediction:
    """What the model heard: the best label, its probability, and every label's probability."""

    label: str
    confidence: float
    probabilities: dict[str, float]

    def family(self, labels: Iterable[str]) -> float:
        """The summed probability of a group of labels (all crisis labels, say)."""
        return sum(self.probabilities.get(label, 0.0) for label in labels)


def training_files(directory: Path = TRAINING_DIR) -> list[Path]:
    return sorted(directory.glob("*.yml"))


def fingerprint(directory: Path = TRAINING_DIR, nlu_dir: Path = NLU_DIR, package: Path = Path(__file__).parent) -> str:
    """A hash of the training files, the NLU examples and the safety package's code, so
    Rasa retrains the model when any of them changes."""
    digest = hashlib.sha256()
    # The model reads messages through the normaliser (its features), and the rules, request
    # words and medicine names choose which NLU examples it learns as ordinary: a change in any
    # module of the package can change the model, so a cached one must not outlive it (a clean
    # clone trained a different model from the same commit before this).
    for module in sorted(package.glob("*.py")):
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    for path in training_files(directory) + sorted(nlu_dir.glob("*.yml")) + sorted(QUESTIONS_DIR.glob("*.yml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


_ANNOTATION = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")


def ordinary_nlu_examples(nlu_dir: Path = NLU_DIR) -> list[Example]:
    """The NLU examples of ordinary intents, as `none`, leaving out any that the safety
    rules or the request rules would not call ordinary (a dose question filed under a
    medicine topic, say)."""
    from selfcare.safety.medicine import medicines_in
    from selfcare.safety.requests import request_rule
    from selfcare.safety.rules import assess

    examples: list[Example] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        data = yamlfile.read(path) or {}
        for block in data.get("nlu") or []:
            intent = block.get("intent") if isinstance(block, dict) else None
            if not intent or intent in RISK_INTENTS or not isinstance(block.get("examples"), str):
                continue
            for line in block["examples"].splitlines():
                text = _ANNOTATION.sub(lambda m: m.group(1) or m.group(2), line.strip().lstrip("- ").strip())
                if text and assess(text).category == "none" and request_rule(text) is None:
                    examples.append(Example(text=text, label=NONE))
    for path in sorted(QUESTIONS_DIR.glob("*.yml")):
        block = (yamlfile.read(path) or {}).get("questions") or {}
        for texts in block.values():
            for text in texts or []:
                # Not a question about combining or drinking: those are medicine-safety questions.
                named = set(medicines_in(text)) if isinstance(text, str) else set()
                if (
                    isinstance(text, str)
                    and assess(text).category == "none"
                    and request_rule(text) is None
                    and "alcohol" not in named
                    and len(named) < 2
                ):
                    examples.append(Example(text=text.strip(), label=NONE))
    return examples


def load_examples(directory: Path = TRAINING_DIR) -> list[Example]:
    """Reads and validates every training file; fails naming the file and the example."""
    examples: list[Example] = []
    files = training_files(directory)
    if not files:
        raise TrainingDataError(f"{directory}: no training files (*.yml)")
    for path in files:
        data = yamlfile.read(path) or {}
        items = data.get("examples") if isinstance(data, dict) else None
        if not isinstance(items, list) or not items:
            raise TrainingDataError(f"{path}: needs a non-empty 'examples' list")
        for index, item in enumerate(items):
            where = f"{path}: example {index}"
            if not isinstance(item, dict):
                raise TrainingDataError(f"{where}: must be a mapping with text and label")
            text, label = item.get("text"), item.get("label")
            if not isinstance(text, str) or not text.strip():
                raise TrainingDataError(f"{where}: empty or missing text")
            if label not in LABELS:
                raise TrainingDataError(f"{where}: unknown label {label!r}")
            examples.append(Example(text=text, label=label, lang=str(item.get("lang") or "en")))
    return examples


def prepare(text: str) -> str:
    """The model's view of a message: the safety layer's normal form, cut to MAX_CHARS."""
    from selfcare.safety.normalise import normal_form  # late: keeps pickles importable

    return normal_form(text[:MAX_CHARS])


def _pipeline(seed: int):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    # Chosen by cross-validation on the training data (scripts/calibrate_risk.py): character
    # n-grams across word boundaries carry misspellings, leetspeak, run-together words and
    # the stems shared by the seven other languages; word n-grams up to three carry phrasing.
    # Characters 2-5 and words seen twice: the same 3-fold accuracy, alarm recall and false
    # alarms on the training data as 1-6 and every word (0.845, 0.92, 0.063), in a fifth of
    # the training time (40 s instead of 180 s on 10,600 examples).
    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    preprocessor=prepare,
                    analyzer="char",
                    ngram_range=(2, 5),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=300_000,
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    preprocessor=prepare,
                    analyzer="word",
                    ngram_range=(1, 3),
                    min_df=2,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b",
                ),
            ),
        ]
    )
    # 100 iterations, not to convergence (about 200): on 16,500 examples the 3-fold figures are
    # the same (accuracy 0.861, alarm recall 0.879, false alarms 0.050 either way) in half the
    # training time (60 s instead of 120-140 s), which keeps `make train` under 3 minutes.
    classifier = LogisticRegression(C=10.0, max_iter=MAX_ITERATIONS, class_weight="balanced", random_state=seed)
    return Pipeline([("features", features), ("classifier", classifier)])


class RiskModel:
    """A trained risk classifier; `predict` never raises on text."""

    def __init__(self, pipeline) -> None:  # type: ignore[no-untyped-def]
        self._pipeline = pipeline
        self.labels: tuple[str, ...] = tuple(pipeline.classes_)

    @classmethod
    def train(cls, examples: Sequence[Example], seed: int = 42) -> RiskModel:
        labels = {example.label for example in examples}
        if NONE not in labels or len(labels) < 2:
            raise TrainingDataError("training data needs 'none' examples and at least one risk label")
        from sklearn.exceptions import ConvergenceWarning

        pipeline = _pipeline(seed)
        with warnings.catch_warnings():
            # stopping at MAX_ITERATIONS is the choice above, not a fault
            warnings.simplefilter("ignore", ConvergenceWarning)
            pipeline.fit([e.text for e in examples], [e.label for e in examples])
        return cls(pipeline)

    def predict(self, text: str | None) -> Prediction:
        return self.predict_many([text or ""])[0]

    def predict_many(self, texts: Sequence[str | None]) -> list[Prediction]:
        cleaned = [t if isinstance(t, str) else "" for t in texts]
        rows = self._pipeline.predict_proba(cleaned)
        out = []
        for row in rows:
            probabilities = {label: float(p) for label, p in zip(self.labels, row, strict=True)}
            best = max(probabilities, key=probabilities.__getitem__)
            out.append(Prediction(best, probabilities[best], probabilities))
        return out

    def save(self, path: Path) -> None:
        path.write_bytes(pickle.dumps(self._pipeline, protocol=pickle.HIGHEST_PROTOCOL))

    @classmethod
    def load(cls, path: Path) -> RiskModel:
        return cls(pickle.loads(path.read_bytes()))

"""The risk model: its training files are checked, and it learns, predicts and persists."""

from __future__ import annotations

from pathlib import Path

import pytest

from selfcare.safety import model as risk_model


def write(directory: Path, body: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "data.yml"
    path.write_text(body)
    return directory


@pytest.mark.parametrize(
    "body, message",
    [
        ("examples: []", "non-empty 'examples'"),
        ("examples:\n  - {text: hi, label: nonsense}", "example 0: unknown label 'nonsense'"),
        ("examples:\n  - {text: '', label: none}", "example 0: empty or missing text"),
        ("examples:\n  - just text", "example 0: must be a mapping"),
    ],
)
def test_bad_training_files_are_named(tmp_path, body, message):
    directory = write(tmp_path / "training", body)
    with pytest.raises(risk_model.TrainingDataError, match=message) as error:
        risk_model.load_examples(directory)
    assert "data.yml" in str(error.value)


def test_the_project_training_data_is_valid_and_covers_every_label():
    examples = risk_model.load_examples()
    assert {e.label for e in examples} == set(risk_model.LABELS)


def test_learns_predicts_and_round_trips(tmp_path):
    examples = [
        risk_model.Example(t, "crisis_self")
        for t in ("i want to end it all", "no reason to keep living", "i want to be gone for good")
    ]
    examples += [
        risk_model.Example(t, "none") for t in ("is yoga good for fibro", "what helps me sleep", "tell me about pacing")
    ]
    model = risk_model.RiskModel.train(examples)
    prediction = model.predict("i want to end it all tonight")
    assert prediction.label == "crisis_self"
    assert abs(sum(prediction.probabilities.values()) - 1.0) < 1e-6
    assert model.predict(None).label in {"none", "crisis_self"}  # never raises
    model.save(tmp_path / "m.pkl")
    again = risk_model.RiskModel.load(tmp_path / "m.pkl")
    assert again.predict("what helps me sleep").probabilities == model.predict("what helps me sleep").probabilities


def test_the_fingerprint_follows_the_data(tmp_path):
    directory = write(tmp_path / "t", "examples:\n  - {text: hi, label: none}")
    first = risk_model.fingerprint(directory)
    (directory / "data.yml").write_text("examples:\n  - {text: hello, label: none}")
    assert risk_model.fingerprint(directory) != first


def test_the_fingerprint_follows_the_rules_that_choose_the_ordinary_examples(tmp_path):
    # The rules decide which NLU examples the model learns as ordinary: a cached model trained
    # before a rule changed must not be reused (a clean clone trained a different one).
    import shutil

    package = tmp_path / "safety"
    shutil.copytree(Path(risk_model.__file__).parent, package)
    first = risk_model.fingerprint(package=package)
    (package / "rules.py").write_text((package / "rules.py").read_text() + "\n# a changed rule\n")
    assert risk_model.fingerprint(package=package) != first

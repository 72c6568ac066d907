"""Consistency of the training data, domain, rules and knowledge file, and Rasa's own validator."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from selfcare import knowledge, yamlfile

ROOT = Path(__file__).resolve().parent.parent


def load_yaml_dir(folder: str, key: str) -> list[dict]:
    items: list[dict] = []
    for path in sorted((ROOT / folder).glob("*.yml")):
        items += yaml.safe_load(path.read_text()).get(key) or []
    return items


NLU = load_yaml_dir("data/nlu", "nlu")
RULES = load_yaml_dir("data/rules", "rules")


def examples(item: dict) -> list[str]:
    return [line.strip()[2:] for line in item.get("examples", "").splitlines() if line.strip().startswith("- ")]


def test_every_intent_has_training_data_and_a_rule_to_a_response_or_action(domain):
    trained = {item["intent"] for item in NLU if "intent" in item}
    external = {i for i in domain["intents"] if i.startswith("EXTERNAL_")}  # sent by the server, never typed
    assert external == {"EXTERNAL_checkin_reminder"}
    assert set(domain["intents"]) - external == trained
    handled = {step["intent"] for rule in RULES for step in rule.get("steps", []) if "intent" in step}
    assert set(domain["intents"]) <= handled, set(domain["intents"]) - handled
    # Forms, and Rasa's own action that ends one (the safety rules during the check-in).
    actions = set(domain["actions"]) | set(domain["responses"]) | set(domain["forms"]) | {"action_deactivate_loop"}
    used = {step["action"] for rule in RULES for step in rule["steps"] if "action" in step}
    assert used <= actions, used - actions


def test_questions_have_one_intent_and_the_topic_list_lives_in_the_knowledge_files(domain):
    # A new knowledge entry needs no new intent, rule or button: `ask` and the answer model.
    assert "ask" in domain["intents"]
    assert not [i for i in domain["intents"] if i.startswith("ask_")]
    text = (ROOT / "domain.yml").read_text().lower()
    for group in knowledge.load().groups:
        assert group.title.lower() not in text, f"the topic '{group.title}' is written in domain.yml too"


def test_entity_values_and_synonyms_use_the_knowledge_vocabulary(domain):
    kb = knowledge.load()
    kinds = {s.kind for s in kb.subjects.values()}
    # entry, group, more and the diary's strategy come only from buttons.
    assert set(domain["entities"]) == kinds | {"entry", "group", "more", "strategy"}
    synonyms = {item["synonym"] for item in NLU if "synonym" in item}
    assert synonyms <= set(kb.subjects), synonyms - set(kb.subjects)
    annotated = re.compile(r"\]\((\w+)\)|\]\{\"entity\": \"(\w+)\", \"value\": \"(\w+)\"\}")
    for item in NLU:
        for example in examples(item):
            for match in annotated.finditer(example):
                entity = match.group(1) or match.group(2)
                assert entity in kinds, (example, entity)
                if match.group(3):
                    assert kb.subjects[match.group(3)].kind == entity, example


def test_every_entry_has_training_questions_of_its_own():
    kb = knowledge.load()
    questions = knowledge.load_questions(kb.directory / "questions", kb.by_id)
    per_entry = {e.id: 0 for e in kb.entries}
    for question in questions:
        if question.entry != knowledge.NO_ENTRY:
            per_entry[question.entry] += 1
    assert min(per_entry.values()) >= 10, [e for e, n in per_entry.items() if n < 10]


def test_no_example_is_labelled_with_two_intents():
    seen: dict[str, str] = {}
    clash = []
    for item in NLU:
        if "intent" not in item:
            continue
        for example in examples(item):
            plain = re.sub(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})", r"\1", example).lower()
            if plain in seen and seen[plain] != item["intent"]:
                clash.append((plain, seen[plain], item["intent"]))
            seen[plain] = item["intent"]
    assert not clash


def test_the_held_out_set_is_not_in_the_training_data():
    heldout = yaml.safe_load((ROOT / "tests/nlu/heldout.yml").read_text())["nlu"]
    held = {e.lower() for item in heldout for e in examples(item)}
    trained = {
        re.sub(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})", r"\1", e).lower()
        for item in NLU
        if "intent" in item
        for e in examples(item)
    }
    assert len(held) >= 150
    assert not held & trained, held & trained


def _plain(text: str) -> str:
    import unicodedata

    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


# Risk training rounds from 20 on are checked against every frozen evaluation set (earlier
# rounds and the NLU data share a few hundred short, common questions with the sets, such as
# "cymbalta side effects", written independently on both sides).
CHECKED_ROUNDS_FROM = 20


def test_no_new_risk_training_text_copies_an_evaluation_message():
    # The frozen sets measure the assistant only while nothing trained on them.
    evaluated = {
        _plain(turn["text"])
        for path in sorted((ROOT / "evaluation").glob("*/set.yml"))
        for item in yamlfile.read(path)["items"]
        for turn in item["turns"]
    }
    checked = [
        path
        for path in sorted((ROOT / "data/safety/training").glob("risk_patterns_*.yml"))
        if path.stem.split("_")[-1].isdigit() and int(path.stem.split("_")[-1]) >= CHECKED_ROUNDS_FROM
    ]
    trained = {_plain(e["text"]): path.name for path in checked for e in yamlfile.read(path)["examples"]}
    assert len(evaluated) > 10000 and len(checked) >= 3
    assert not {text: name for text, name in trained.items() if text in evaluated}


@pytest.mark.slow
def test_rasa_data_validate_passes_with_no_warnings():
    result = subprocess.run(
        [
            str(ROOT / ".venv/bin/rasa"),
            "data",
            "validate",
            "--fail-on-warnings",
            "--domain",
            "domain.yml",
            "--config",
            "config.yml",
            "--data",
            "data/nlu",
            "data/rules",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

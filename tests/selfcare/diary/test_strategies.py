"""data/knowledge/strategies.yml and its loader: the real file loads, each plan keeps to
its entry and the seed article, and every kind of mistake stops the load naming the file
and the strategy."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from selfcare import knowledge
from selfcare.diary import strategies
from selfcare.knowledge.entries import KNOWLEDGE_DIR, STRATEGIES_FILE

SEED = Path("/work/shared/content/seed-article.txt")


@pytest.fixture(scope="module")
def kb():
    return knowledge.load()


@pytest.fixture(scope="module")
def real(kb):
    return strategies.load(kb.by_id)


def test_the_real_file_lists_the_strategies_the_knowledge_covers(real, kb):
    assert [s.id for s in real] == [
        "walking",
        "water_exercise",
        "cycling",
        "tai_chi",
        "yoga",
        "stretching",
        "sleep_routine",
        "anti_inflammatory_eating",
        "pacing",
    ]
    for s in real:
        assert s.entry in kb.by_id
        assert s.kind in strategies.KINDS


def test_exercise_plans_start_small_build_up_over_weeks_and_respect_the_limit(real):
    for s in real:
        if s.is_exercise:
            assert "5 or 10" in s.plan, s.id
            assert re.search(r"(several|over) weeks", s.plan), s.id
            assert "push past your limit" in s.plan, s.id


def test_the_diet_plan_says_the_benefit_is_not_known_as_its_entry_does(real, kb):
    diet = real.by_id["anti_inflammatory_eating"]
    assert "not known" in kb.by_id[diet.entry].answer
    assert "not known" in diet.plan
    assert "inflammation" not in diet.plan.lower()  # the entry finds no evidence for that claim


def test_the_seed_article_behind_the_exercise_plans_says_what_they_say():
    if not SEED.exists():
        pytest.skip("the seed article is not on this machine")
    text = SEED.read_text()
    assert "start small, maybe just 5 or 10 minutes a day" in text
    assert "Gradually increase time over several weeks" in text
    assert "Pushing past your limit will often trigger a painful flare" in text


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I want to try walking", ["walking"]),
        ("let's try the anti-inflammatory diet", ["anti_inflammatory_eating"]),
        ("start Tai Chi", ["tai_chi"]),
        ("i'll use my exercise bike", ["cycling"]),
        ("water aerobics then yoga", ["water_exercise", "yoga"]),
        ("a regular sleep routine", ["sleep_routine"]),
        ("i want to try something", []),
        ("talking", []),  # a name inside a word is not the name
    ],
)
def test_names_in_a_message(real, message, expected):
    assert [s.id for s in real.named_in(message)] == expected


def test_by_entry_links_an_answer_to_its_strategy(real):
    assert real.by_entry["exercise_walking"].id == "walking"


# --- a broken file fails loudly -------------------------------------------------------------


def write(tmp_path: Path, change) -> Path:
    document = yaml.safe_load((KNOWLEDGE_DIR / STRATEGIES_FILE).read_text())
    change(document["strategies"])
    path = tmp_path / STRATEGIES_FILE
    path.write_text(yaml.safe_dump(document))
    return path


def _set(index: int, **values):
    def change(items):
        items[index].update(values)

    return change


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_set(0, kind="sport"), "kind 'sport' is not one of"),
        (_set(0, entry="exercise_running"), "entry 'exercise_running' is not a knowledge entry"),
        (_set(0, plan="Walk 500 mg a day."), "states a dose"),
        (_set(0, plan="word " * 61), "plan has 61 words"),
        (_set(0, sources=["Wikipedia"]), "is not a source of entry 'exercise_walking'"),
        (_set(0, sources=[]), "needs at least one source"),
        (_set(0, last_reviewed="2999-01-01"), "is in the future"),
        (_set(0, last_reviewed="soon"), "is not a date"),
        (_set(1, names=["walking"]), "name 'walking' is also a name of 'walking'"),
        (_set(1, id="walking"), "duplicate id"),
        (_set(0, id="Walking"), "id must be snake_case"),
        (_set(0, colour="blue"), "unknown field(s): colour"),
        (lambda items: items[0].pop("plan"), "missing field(s): plan"),
    ],
)
def test_a_broken_strategy_is_refused_naming_the_file_and_the_strategy(tmp_path, kb, change, problem):
    path = write(tmp_path, change)
    with pytest.raises(strategies.StrategyError) as raised:
        strategies.load(kb.by_id, path, today=dt.date(2026, 11, 29))
    assert str(path) in str(raised.value)
    assert problem in str(raised.value)


def test_an_unreadable_or_empty_file_is_refused(tmp_path, kb):
    path = tmp_path / STRATEGIES_FILE
    path.write_text("strategies: [unclosed")
    with pytest.raises(strategies.StrategyError, match="cannot be read as YAML"):
        strategies.load(kb.by_id, path)
    path.write_text("strategies: []")
    with pytest.raises(strategies.StrategyError, match="no strategies"):
        strategies.load(kb.by_id, path)
    with pytest.raises(strategies.StrategyError, match="cannot be read"):
        strategies.load(kb.by_id, tmp_path / "missing.yml")


def test_the_knowledge_loader_does_not_read_the_strategies_as_entries(kb):
    assert STRATEGIES_FILE not in {p.name for p in knowledge.entries.entry_files(KNOWLEDGE_DIR)}

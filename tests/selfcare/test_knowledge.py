"""The knowledge file: the real file validates, each kind of bad file is refused
with its file and entry named, and lookup finds the entry a person needs."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from selfcare import knowledge, safety

GOOD_ENTRY = {
    "id": "basics_test",
    "topic": "basics",
    "default": True,
    "subjects": [],
    "keywords": ["test"],
    "answer": "A short answer.",
    "sources": [{"name": "Seed article: Fibromyalgia self-care strategies"}],
    "referral": False,
    "last_reviewed": "2026-11-01",
}


def write_topic_files(directory: Path, overrides: dict | None = None, extra: list | None = None) -> Path:
    """One valid default entry per topic; `overrides` changes the basics entry."""
    for topic in knowledge.TOPICS:
        entry = dict(GOOD_ENTRY, id=f"{topic}_test", topic=topic, referral=topic == "therapies")
        entries = [entry]
        if topic == "basics":
            entry.update(overrides or {})
            entry = {k: v for k, v in entry.items() if v is not DELETE}
            entries = [entry] + list(extra or [])
        (directory / f"{topic}.yml").write_text(yaml.safe_dump({"version": "1", "entries": entries}))
    return directory


DELETE = object()


@pytest.fixture(scope="module")
def kb() -> knowledge.KnowledgeBase:
    return knowledge.load()


def test_the_real_knowledge_file_is_valid(kb):
    assert len(kb.entries) >= 30
    assert set(kb.defaults()) == set(knowledge.TOPICS)


def test_a_minimal_valid_file_loads(tmp_path):
    entries = knowledge.load_entries(write_topic_files(tmp_path))
    assert [e.id for e in entries] == sorted(f"{t}_test" for t in knowledge.TOPICS)


@pytest.mark.parametrize(
    "overrides, problem",
    [
        ({"answer": DELETE}, "missing field(s): answer"),
        ({"sources": []}, "needs at least one source"),
        ({"sources": [{"url": "https://example.org"}]}, "every source needs a name"),
        ({"sources": [{"name": "x", "url": "http://insecure.example"}]}, "source url must be https"),
        ({"last_reviewed": "soon"}, "last_reviewed is not a date"),
        ({"last_reviewed": "2999-01-01"}, "is in the future"),
        ({"topic": "astrology"}, "topic 'astrology' is not one of"),
        ({"topic": "diet"}, "does not match the file name 'basics'"),
        ({"id": "diet_wrong_prefix"}, "id must start with its topic"),
        ({"id": "Bad Id"}, "id must be snake_case"),
        ({"subjects": ["aspirin"]}, "unknown subject(s): aspirin"),
        ({"keywords": "walk"}, "keywords must be a list"),
        ({"answer": "Take 150 mg twice a day."}, "states a dose"),
        ({"answer": "x" * 701}, "the limit is 700"),
        ({"default": "yes"}, "'default' must be true or false"),
        ({"colour": "blue"}, "unknown field(s): colour"),
    ],
)
def test_each_kind_of_bad_entry_is_refused_naming_file_and_entry(tmp_path, overrides, problem):
    write_topic_files(tmp_path, overrides)
    with pytest.raises(knowledge.KnowledgeError) as error:
        knowledge.load_entries(tmp_path, today=dt.date(2026, 11, 27))
    message = str(error.value)
    assert problem in message
    assert str(tmp_path / "basics.yml") in message
    assert "entry '" in message or "entry #1" in message


def test_therapy_entries_must_carry_a_referral(tmp_path):
    write_topic_files(tmp_path)
    path = tmp_path / "therapies.yml"
    document = yaml.safe_load(path.read_text())
    document["entries"][0]["referral"] = False
    path.write_text(yaml.safe_dump(document))
    with pytest.raises(knowledge.KnowledgeError, match="therapies.yml: entry 'therapies_test': every therapies entry needs referral"):
        knowledge.load_entries(tmp_path)


def test_duplicate_ids_and_missing_or_double_defaults_are_refused(tmp_path):
    write_topic_files(tmp_path, extra=[dict(GOOD_ENTRY, default=False)])
    with pytest.raises(knowledge.KnowledgeError, match="duplicate id"):
        knowledge.load_entries(tmp_path)
    write_topic_files(tmp_path, extra=[dict(GOOD_ENTRY, id="basics_other")])
    with pytest.raises(knowledge.KnowledgeError, match="topic 'basics' needs exactly one default"):
        knowledge.load_entries(tmp_path)


def test_broken_yaml_and_empty_folder_are_refused(tmp_path):
    with pytest.raises(knowledge.KnowledgeError, match="no knowledge files"):
        knowledge.load_entries(tmp_path)
    write_topic_files(tmp_path)
    (tmp_path / "diet.yml").write_text("entries: [unclosed")
    with pytest.raises(knowledge.KnowledgeError, match=r"diet\.yml: cannot be read as YAML"):
        knowledge.load_entries(tmp_path)
    (tmp_path / "diet.yml").write_text("- just a list")
    with pytest.raises(knowledge.KnowledgeError, match=r"diet\.yml: expected a mapping"):
        knowledge.load_entries(tmp_path)


def test_every_entry_is_reviewed_sourced_and_dose_free(kb):
    for entry in kb.entries:
        assert entry.sources, entry.id
        assert entry.last_reviewed <= dt.date.today(), entry.id
        assert not safety.contains_dose(entry.answer), entry.id
        assert not re.search(r"\b\d+(\.\d+)?\s*(mg|mcg|µg|ml|milligrams?)\b", entry.answer, re.I), entry.id


def test_every_fact_of_the_seed_article_is_covered(kb):
    text = " ".join(e.answer.lower() for e in kb.entries)
    facts = [
        "central nervous system", "flare", "15-week", "walking", "brisk", "endorphins", "yoga",
        "tai chi", "swimming", "aerobics", "cycling", "5 or 10 minutes", "several weeks",
        "antioxidants", "magnesium", "leafy greens", "omega-3", "salmon", "walnuts", "flaxseed",
        "cytokines", "gut", "whole grains", "lentils", "olive", "canola", "avocado", "blood sugar",
        "white flour", "white sugar", "processed", "corn oil", "fried", "adjunctive",
        "milnacipran", "savella", "duloxetine", "cymbalta", "pregabalin", "lyrica",
        "serotonin", "norepinephrine", "anticonvulsant", "ketamine", "40 to 50 minutes",
        "nmda", "first-line", "pain specialist", "one strategy at a time", "gentle with yourself",
    ]
    missing = [fact for fact in facts if fact not in text]
    assert not missing, f"seed facts not covered: {missing}"


@pytest.mark.parametrize(
    "topic, subjects, context, text, expected",
    [
        ("exercise", ["swimming"], None, "is swimming ok when everything hurts?", "exercise_water"),
        ("exercise", [], "swimming", "what if i can't swim?", "exercise_cant_swim"),
        ("exercise", ["swimming"], None, "what if i can't swim?", "exercise_cant_swim"),
        ("exercise", ["walking"], None, "is walking good for fibro?", "exercise_walking"),
        ("exercise", [], "walking", "how long should i start with?", "exercise_pacing_getting_started"),
        ("therapies", ["pregabalin"], None, "whats lyrica for", "therapies_pregabalin"),
        ("therapies", [], "duloxetine", "what about its side effects?", "therapies_duloxetine_side_effects"),
        ("therapies", ["pregabalin"], None, "side effects of lyrica", "therapies_pregabalin_side_effects"),
        ("therapies", ["ketamine"], None, "what is ketamine infusion", "therapies_ketamine"),
        ("therapies", [], None, "what does adjunctive mean", "therapies_adjunctive"),
        ("diet", [], None, "what should i eat to calm the inflammation", "diet_anti_inflammatory"),
        ("diet", ["omega_3"], None, "is salmon good for inflammation", "diet_omega_3"),
        ("diet", ["omega_3"], None, "should i take fish oil supplements", "diet_supplements"),
        ("diet", ["sugar"], None, "does sugar make it worse", "diet_blood_sugar"),
        ("flare", [], None, "i overdid it yesterday and now im in bed, what now", "flare_overdid_it"),
        ("basics", [], None, "what is fibromyalgia", "basics_what_is_fibromyalgia"),
    ],
)
def test_lookup_finds_the_entry_a_person_needs(kb, topic, subjects, context, text, expected):
    assert kb.find(topic, subjects, context, text).id == expected


def test_an_unmatched_question_gets_its_topic_overview(kb):
    assert kb.find("diet", [], None, "hmm").id == kb.defaults()["diet"].id


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("whats lyrica for", ["pregabalin"]),
        ("is lyrca the same as pregabalin", ["pregabalin"]),
        ("Cymbalta or savella?", ["duloxetine", "milnacipran"]),
        ("tai chi vs yoga", ["tai_chi", "yoga"]),
        ("fish oil", ["omega_3"]),
        ("my lyricism is great", []),
    ],
)
def test_subjects_are_found_by_brand_generic_and_misspelling(kb, text, subjects):
    assert kb.subjects_in(text) == subjects


def test_format_answer_shows_sources_and_the_referral_only_for_medicines(kb):
    referral = safety.referral_text()
    medicine = knowledge.format_answer(kb.by_id["therapies_pregabalin"], referral)
    exercise = knowledge.format_answer(kb.by_id["exercise_walking"], referral)
    assert "Source" in medicine and medicine.endswith(referral)
    assert "Source" in exercise and referral not in exercise

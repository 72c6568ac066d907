"""A diary intent stands only on a message with the diary's words (selfcare.diary.intents)."""

from __future__ import annotations

import pytest

from selfcare import knowledge
from selfcare.diary import strategies
from selfcare.diary.intents import DIARY_INTENTS, REMINDER_INTENTS, asks_progress, asks_to_delete_all, has_its_words

STRATEGIES = strategies.load(knowledge.load().by_id)


def said(intent: str, text: str) -> bool:
    return has_its_words(intent, text, lambda t: bool(STRATEGIES.named_in(t)))


@pytest.mark.parametrize(
    "intent, text",
    [
        ("start_strategy", "ok let's do the walking thing"),
        ("start_strategy", "i'll give tai chi a whirl"),
        ("start_strategy", "im going to try something new this month"),
        ("start_strategy", "i want to try aqua jogging"),  # a name the diary cannot read: it lists its own
        ("start_strategy", "can you track my stretching"),
        ("start_strategy", "my partner and i want to start walking together"),
        ("start_strategy", "me and my sister are going to start swimming, track it for me"),
        ("stop_strategy", "i'm done with the bike now"),
        ("stop_strategy", "cancel the experiment"),
        ("checkin", "time to log my day"),
        ("checkin", "fill in today's scores"),
        ("diary_summary", "how am i getting on with yoga?"),
        ("diary_summary", "has anything changed since i started"),
        ("diary_summary", "show me the chart"),
        ("delete_diary", "please wipe my logs"),
        ("export_diary", "export"),
        ("export_diary", "how do i download my records?"),
        ("export_diary", "could you give me my check-ins as a spreadsheet"),
        ("export_diary", "i need my scores for the rheumatology clinic"),
        ("set_reminder", "remind me to log my pain at 9pm"),
        ("set_reminder", "remind me to do my check in every evening"),
    ],
)
def test_requests_to_the_diary_keep_their_intent(intent, text):
    assert said(intent, text)


@pytest.mark.parametrize(
    "intent, text",
    [
        ("start_strategy", "is tai chi ok for someone with bad knees"),
        ("start_strategy", "i want to try to get more sleep, any ideas?"),
        ("start_strategy", "would swimming help with the stiffness"),
        # Someone else is the one starting: a question about them, for the answer model.
        ("start_strategy", "my dad has fibromyalgia too and he's keen to start yoga"),
        ("start_strategy", "my girlfriend wants to begin swimming for her fibro"),
        ("start_strategy", "she wants to start walking again after the winter"),
        ("stop_strategy", "can i stop my pregabalin"),
        ("stop_strategy", "i'm done with this pain"),
        ("stop_strategy", "should i stop walking when it hurts"),
        ("checkin", "what goes in a symptom diary"),
        ("checkin", "i feel rough today"),
        ("diary_summary", "how do people cope with the fatigue"),
        ("delete_diary", "remove the knot in my shoulder"),
        ("delete_diary", "delete my account"),
        ("export_diary", "what should i take to my first rheumatology appointment?"),
        ("export_diary", "is there a printable leaflet about fibro"),
        ("export_diary", "should i keep a diary of what i eat"),
        ("set_reminder", "remind me to ring the pharmacy on monday"),
        ("set_reminder", "can you remind me about my physio appointment"),
    ],
)
def test_questions_and_statements_without_the_diary_words_are_not_diary_requests(intent, text):
    assert not said(intent, text)


def test_every_other_intent_is_left_alone():
    assert "ask" not in DIARY_INTENTS and said("ask", "is tai chi ok")


def test_stop_on_its_own_keeps_the_stop_intent_for_the_check_in():
    assert said("stop_strategy", "stop") and said("stop_strategy", "Cancel it.")
    assert not said("stop_strategy", "stop the pain")


@pytest.mark.parametrize(
    "text",
    [
        "i'm dying to try yoga",
        "thinking of trying swimming this winter",
        "i want to start tai chi but how do i begin",
        "going to try pacing, not sure where to start",
    ],
)
def test_a_wish_to_try_is_no_request_to_start(text):
    # answered with the entry and its "Try this" button instead
    assert not said("start_strategy", text)


def _nlu_examples() -> dict[str, list[str]]:
    import yaml

    from selfcare.knowledge.entries import PROJECT_DIR

    nlu = yaml.safe_load((PROJECT_DIR / "data" / "nlu" / "diary.yml").read_text(encoding="utf-8"))["nlu"]
    return {
        item["intent"]: [line.strip()[2:] for line in item["examples"].splitlines() if line.strip().startswith("- ")]
        for item in nlu
    }


def test_every_diary_training_example_has_its_intents_words():
    examples = _nlu_examples()
    assert set(examples) == DIARY_INTENTS | {"ask"}
    refused = {intent: [t for t in texts if not said(intent, t)] for intent, texts in examples.items()}
    assert refused == {intent: [] for intent in examples}


def test_no_question_in_the_diary_files_ask_block_has_a_diary_intents_words_for_reminders_or_export():
    asks = _nlu_examples()["ask"]
    taken = {intent: [t for t in asks if said(intent, t)] for intent in ("export_diary", *REMINDER_INTENTS)}
    assert taken == {intent: [] for intent in taken}


@pytest.mark.parametrize("text", ["stop", "Cancel", "stop it"])
def test_a_bare_stop_read_as_stopping_reminders_is_the_check_ins_way_out(text):
    from selfcare.diary.intents import standing_intent

    expected = "stop_strategy" if said("stop_strategy", text) else None
    assert standing_intent("stop_reminder", text) == expected
    assert standing_intent("stop_reminder", "stop reminding me") == "stop_reminder"
    assert standing_intent("stop_reminder", "stop the pain") is None


@pytest.mark.parametrize(
    "text, progress",
    [
        ("what week am i in", True),
        ("Which week of the plan am I on?", True),
        ("where am i up to", True),
        ("where am i in my walking plan", True),
        ("whats my plan this week", True),
        ("show me my plan", True),
        ("what strategy am i doing", True),
        ("what am i trying again?", True),
        # the summary's own words: the classifier alone can be torn between the diary and a question
        ("how am i doing?", True),
        ("How am I doing so far", True),
        ("hows my progress", True),
        ("how am i doing with the pain, is it normal to hurt more in winter?", False),
        ("what week is it", False),  # the calendar
        ("what is a pacing plan", False),  # a question for the knowledge
        ("what should my plan be for a flare", False),
        ("which week of pregnancy is safest", False),
        ("i have a plan", False),
    ],
)
def test_a_question_about_the_diarys_progress(text, progress):
    assert asks_progress(text) is progress


@pytest.mark.parametrize(
    "text, delete",
    [
        ("delete everything", True),
        ("Please wipe all my data!", True),
        ("erase everything you have about me", True),
        ("forget me", True),
        ("clear it all", True),
        ("delete everything in my fridge lol", False),
        ("how do i delete everything from my old phone", False),
        ("forget it", False),
        # red team 35: other words for it, and the seven other languages
        ("erase everything you know about me", True),
        ("can you delete everything i told you", True),
        ("forget everything I told you", True),
        ("delete my chat history", True),
        ("Borra mis datos", True),
        ("Lösch meine Daten bitte", True),
        ("supprimez mes données", True),
        ("apague meus dados", True),
        ("cancella i miei dati", True),
        ("usuń moje dane", True),
        ("verwijder mijn gegevens", True),
        ("delete my browser history", False),
        ("i want to delete everything and disappear", False),
        ("eliminar todo el dolor", False),
    ],
)
def test_a_request_to_delete_all_of_it(text, delete):
    assert asks_to_delete_all(text) is delete

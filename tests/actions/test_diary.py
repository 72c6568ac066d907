"""The diary's actions on trackers built from events, with the real domain and a real
diary store (SQLite in tmp_path)."""

from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import answers, diary
from selfcare.diary.store import Checkin, DiaryError, DiaryStore
from selfcare.safety.risk import Risk

SENDER = "diary-user"
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch):
    opened = DiaryStore.open(f"sqlite:///{tmp_path / 'conversations.db'}")
    monkeypatch.setattr(diary, "_store", opened)
    yield opened
    opened.close()


def tracker(
    text: str = "", intent: str = "start_strategy", entities=(), slots=None, sender=SENDER, risk=None, channel=None
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": [{"entity": e, "value": v} for e, v in entities],
    }
    if risk:  # the safety gate's decision, as (kind, template)
        latest["risk"] = Risk(risk[0], risk[1], "test").as_dict()
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": latest, "input_channel": channel},
    ]
    all_slots = {"crisis_active": False, "crisis_kind": None, "diary_confirm": None, "checkin_cancelled": False}
    all_slots.update(slots or {})
    return Tracker(sender, all_slots, latest, events, False, None, {}, "action_listen")


async def run(action, trk: Tracker, domain=None) -> tuple[list[dict], dict]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, trk, domain or {})
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def text_of(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def test_every_diary_action_is_declared_in_the_domain(domain):
    names = {
        cls().name()
        for cls in (
            diary.ActionStartStrategy,
            diary.ActionStopStrategy,
            diary.ActionDiaryConfirm,
            diary.ActionDeleteDiary,
            diary.ActionCheckinStart,
            diary.ValidateCheckinForm,
            diary.ActionCheckinSubmit,
            diary.ActionDiarySummary,
            diary.ActionDiaryExport,
            diary.ActionReminderSet,
            diary.ActionReminderShow,
            diary.ActionReminderStop,
            diary.ActionCheckinReminder,
            diary.ValidatePacingForm,
            diary.ActionPacingPlan,
        )
    }
    answer_actions = {
        cls().name() for cls in vars(answers).values() if isinstance(cls, type) and cls.__module__ == answers.__name__
    }
    assert names | (answer_actions & set(domain["actions"])) == set(domain["actions"])
    assert set(domain["forms"]["checkin_form"]["required_slots"]) == set(diary.FORM_SLOTS)


# --- starting and stopping ----------------------------------------------------------------------


async def test_starting_walking_records_today_gives_the_plan_and_asks_for_the_pacing_plan_next(store):
    messages, slots = await run(diary.ActionStartStrategy(), tracker("I want to try walking"))
    reply = text_of(messages)
    assert store.current_strategy(SENDER).strategy == "walking"
    assert store.current_strategy(SENDER).started_on == TODAY
    assert "5 or 10 minutes a day" in reply and "Check in each day" in reply
    assert "Week 1" not in reply  # the weeks come from what the person says they can do
    assert "baseline" in reply and "not required" in reply
    assert messages[0]["buttons"] == []  # the plan's question follows, with its own buttons
    assert slots == {
        "diary_confirm": None,
        "pacing_activity": "walking",
        "pacing_minutes": None,
        diary.PACING_ASKED: True,
    }


async def test_the_pacing_question_reads_minutes_and_asks_again_kindly(domain):
    form = diary.ValidatePacingForm()
    cases = {
        "about 10 minutes": 10,
        "half an hour": 30,
        "5-10 mins": 5,
        "I can't do any today": 0,
        "not sure": diary.SKIPPED,
        "no idea": diary.SKIPPED,
        "stop": diary.NO_PLAN,
        "never mind": diary.NO_PLAN,
    }
    for said, expected in cases.items():
        dispatcher = CollectingDispatcher()
        assert await form.validate_pacing_minutes(said, dispatcher, tracker(said, "ask"), domain) == {
            "pacing_minutes": expected
        }
        assert dispatcher.messages == [], said
    dispatcher = CollectingDispatcher()
    assert await form.validate_pacing_minutes("banana", dispatcher, tracker("banana", "ask"), domain) == {
        "pacing_minutes": None
    }
    assert 'say "not sure" to start from 5 minutes' in text_of(dispatcher.messages)
    # cleared when the strategy started: no answer, and nothing said
    dispatcher = CollectingDispatcher()
    assert await form.validate_pacing_minutes(None, dispatcher, tracker(""), domain) == {"pacing_minutes": None}
    assert dispatcher.messages == []


async def test_a_medicine_question_at_the_pacing_question_gets_its_fact_then_the_question_again(domain):
    said = "can i take tramadol with cymbalta"
    dispatcher = CollectingDispatcher()
    result = await diary.ValidatePacingForm().validate_pacing_minutes(
        said, dispatcher, tracker(said, "nlu_fallback", risk=("medicine", "med_combination")), domain
    )
    reply = text_of(dispatcher.messages)
    assert result == {"pacing_minutes": None}
    assert "serotonin" in reply.lower() and reply.endswith("Now, back to your plan.")


async def test_a_question_at_the_pacing_question_that_no_entry_answers_says_how_to_leave(domain):
    said = "how should my sister begin, she's older than me"
    dispatcher = CollectingDispatcher()
    result = await diary.ValidatePacingForm().validate_pacing_minutes(said, dispatcher, tracker(said, "ask"), domain)
    reply = text_of(dispatcher.messages)
    assert result == {"pacing_minutes": None}
    assert 'say "stop"' in reply and "didn't catch" not in reply and reply.endswith("Now, back to your plan.")


@pytest.mark.parametrize(
    "answer, says, weeks, kept",
    [
        (5, "starts from what you can do today", ["Week 1: 5 minutes of walking a day", "Week 4: 11 minutes"], 5),
        (12, "starts from what you can do today", ["Week 1: 12 minutes", "Week 4: 18 minutes"], 12),
        (0, "start with just 2 minutes", ["Week 1: 2 minutes", "Week 4: 8 minutes"], 2),
        ("skipped", "start from 5 minutes a day", ["Week 1: 5 minutes", "Week 4: 11 minutes"], 5),
        (45, "You can already do 45 minutes", [], 45),
    ],
)
async def test_the_pacing_plan_is_kept_with_the_strategy_and_its_weeks_shown(store, answer, says, weeks, kept):
    store.start_strategy(SENDER, "walking", TODAY)
    messages, slots = await run(
        diary.ActionPacingPlan(), tracker("x", "ask", slots={"pacing_minutes": answer, "pacing_activity": "walking"})
    )
    reply = text_of(messages)
    assert says in reply
    for week in weeks:
        assert week in reply
    assert ("Week 5" in reply) is False
    assert "don't push" in reply.lower() or "do less" in reply
    assert store.current_strategy(SENDER).plan_start == kept
    assert slots == {"pacing_minutes": None, diary.PACING_ASKED: False}
    assert messages[0]["buttons"] == [diary.CHECKIN_BUTTON]


async def test_stop_at_the_pacing_question_keeps_no_plan(store):
    store.start_strategy(SENDER, "walking", TODAY)
    messages, _ = await run(diary.ActionPacingPlan(), tracker("stop", "ask", slots={"pacing_minutes": diary.NO_PLAN}))
    assert "no plan for now" in text_of(messages)
    assert store.current_strategy(SENDER).plan_start is None


async def test_a_non_exercise_start_and_every_other_turn_put_the_pacing_question_away(store):
    _, slots = await run(diary.ActionStartStrategy(), tracker("let's try the anti-inflammatory diet"))
    assert slots[diary.PACING_ASKED] is False
    _, slots = await run(diary.ActionStartStrategy(), tracker("start walking"))  # asks whether to switch
    assert slots[diary.PACING_ASKED] is False
    _, slots = await run(diary.ActionDiaryConfirm(), tracker("no", "deny", slots={"diary_confirm": "switch:walking"}))
    assert slots[diary.PACING_ASKED] is False


async def test_already_trying_says_which_week_of_the_plan_it_is(store):
    store.start_strategy(SENDER, "walking", TODAY - dt.timedelta(days=8))
    store.set_plan(SENDER, 10)
    messages, _ = await run(diary.ActionStartStrategy(), tracker("I want to try walking"))
    assert "Week 2 of your walking plan: 12 minutes a day." in text_of(messages)


def checkin_slots(pain: int, note: str | None = None) -> dict:
    return {
        "checkin_pain": pain,
        "checkin_fatigue": 5,
        "checkin_sleep": "fair",
        "checkin_did_strategy": True,
        "checkin_note": note,
        "checkin_strategy": "walking",
    }


async def test_a_checkin_that_reports_a_flare_suggests_dropping_back_a_week(store):
    store.start_strategy(SENDER, "walking", TODAY - dt.timedelta(days=15))  # week 3: 9 minutes from 5
    store.set_plan(SENDER, 5)
    messages, _ = await run(
        diary.ActionCheckinSubmit(), tracker("x", "ask", slots=checkin_slots(6, "bit of a flare after the shops"))
    )
    reply = text_of(messages)
    assert "sounds like a flare" in reply
    assert "drop back to 7 minutes of walking a day" in reply and "Don't push through" in reply


async def test_a_pain_jump_reads_as_a_flare_but_an_ordinary_day_or_no_plan_does_not(store):
    store.start_strategy(SENDER, "walking", TODAY - dt.timedelta(days=3))  # week 1
    for days in (1, 2, 3):
        store.record_checkin(SENDER, Checkin(TODAY - dt.timedelta(days=days), 4, 5, "fair"))
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker("x", "ask", slots=checkin_slots(5)))
    assert "flare" not in text_of(messages)  # an ordinary day
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker("x", "ask", slots=checkin_slots(8)))
    assert "flare" not in text_of(messages)  # no plan was made: nothing to drop back to
    store.set_plan(SENDER, 5)
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker("x", "ask", slots=checkin_slots(8)))
    assert "stay at 5 minutes of walking a day, or less," in text_of(messages)
    messages, _ = await run(
        diary.ActionCheckinSubmit(), tracker("x", "ask", slots=checkin_slots(5, "no flare today, felt ok"))
    )
    assert "flare" not in text_of(messages).replace("no flare today", "")


async def test_a_diet_strategy_gets_no_pacing_plan_and_no_baseline_tip_after_a_few_check_ins(store):
    for days in (1, 2, 3):
        store.record_checkin(SENDER, Checkin(TODAY - dt.timedelta(days=days), 5, 5, "fair"))
    messages, _ = await run(diary.ActionStartStrategy(), tracker("let's try the anti-inflammatory diet"))
    reply = text_of(messages)
    assert store.current_strategy(SENDER).strategy == "anti_inflammatory_eating"
    assert "not known" in reply and "Check in each day" in reply
    assert "Week 1" not in reply and "baseline" not in reply


async def test_a_button_names_the_strategy_by_id(store):
    await run(
        diary.ActionStartStrategy(),
        tracker('/start_strategy{"strategy": "tai_chi"}', entities=[("strategy", "tai_chi")]),
    )
    assert store.current_strategy(SENDER).strategy == "tai_chi"


async def test_an_unknown_strategy_gets_the_list_as_buttons_and_starts_nothing(store):
    messages, _ = await run(diary.ActionStartStrategy(), tracker("let's try the mediterranean diet"))
    assert store.current_strategy(SENDER) is None
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads[0] == '/start_strategy{"strategy": "walking"}'
    assert len(payloads) == len(diary.STRATEGIES)


async def test_starting_another_asks_whether_to_end_the_first_and_changes_nothing_yet(store):
    await run(diary.ActionStartStrategy(), tracker("start walking"))
    messages, slots = await run(diary.ActionStartStrategy(), tracker("start yoga"))
    assert "End walking and start yoga?" in text_of(messages)
    assert messages[0]["buttons"] == diary.YES_NO_BUTTONS
    assert slots["diary_confirm"] == "switch:yoga"
    assert store.current_strategy(SENDER).strategy == "walking"


async def test_yes_switches_and_no_keeps_the_first(store):
    await run(diary.ActionStartStrategy(), tracker("start walking"))
    messages, slots = await run(
        diary.ActionDiaryConfirm(), tracker("no", "deny", slots={"diary_confirm": "switch:yoga"})
    )
    assert "carrying on with walking" in text_of(messages)
    assert store.current_strategy(SENDER).strategy == "walking"
    assert slots["diary_confirm"] is None
    messages, _ = await run(
        diary.ActionDiaryConfirm(), tracker("yes", "affirm", slots={"diary_confirm": "switch:yoga"})
    )
    assert text_of(messages).startswith("I've ended walking.")
    assert store.current_strategy(SENDER).strategy == "yoga"
    assert [(s.strategy, s.ended_on) for s in store.strategies(SENDER)] == [("walking", TODAY), ("yoga", None)]


async def test_starting_the_one_already_running_says_so(store):
    await run(diary.ActionStartStrategy(), tracker("start walking"))
    messages, _ = await run(diary.ActionStartStrategy(), tracker("i want to try walking"))
    assert "already trying walking" in text_of(messages)
    assert len(store.strategies(SENDER)) == 1


async def test_stop_ends_the_strategy_and_with_none_running_offers_the_list(store):
    await run(diary.ActionStartStrategy(), tracker("start cycling"))
    messages, _ = await run(diary.ActionStopStrategy(), tracker("stop my strategy", "stop_strategy"))
    assert "ended cycling" in text_of(messages)
    assert store.current_strategy(SENDER) is None
    messages, _ = await run(diary.ActionStopStrategy(), tracker("stop my strategy", "stop_strategy"))
    assert "not trying a strategy" in text_of(messages)
    assert messages[0]["buttons"] == diary.strategy_buttons()


async def test_a_bare_stop_asks_before_ending_weeks_of_a_strategy(store):
    store.start_strategy(SENDER, "cycling", TODAY)
    messages, slots = await run(diary.ActionStopStrategy(), tracker("Stop.", "stop_strategy"))
    assert "Do you want to end cycling" in text_of(messages) and "reminders" not in text_of(messages)
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/deny"]
    assert slots["diary_confirm"] == diary.STOP
    assert store.current_strategy(SENDER).strategy == "cycling"  # nothing ended yet
    messages, _ = await run(diary.ActionDiaryConfirm(), tracker("no", "deny", slots={"diary_confirm": diary.STOP}))
    assert "carrying on with cycling" in text_of(messages)
    assert store.current_strategy(SENDER).strategy == "cycling"
    # with a reminder set, the question offers to turn the reminders off instead
    store.set_reminder(SENDER, dt.time(20, 0), "Europe/London", "telegram")
    messages, _ = await run(diary.ActionStopStrategy(), tracker("cancel", "stop_strategy"))
    assert "Or did you mean the daily reminders?" in text_of(messages)
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/stop_reminder", "/deny"]
    messages, _ = await run(diary.ActionDiaryConfirm(), tracker("yes", "affirm", slots={"diary_confirm": diary.STOP}))
    assert "ended cycling" in text_of(messages)
    assert store.current_strategy(SENDER) is None
    # nothing running: a bare stop says so, as before
    messages, _ = await run(diary.ActionStopStrategy(), tracker("stop", "stop_strategy"))
    assert "not trying a strategy" in text_of(messages)


async def test_a_yes_with_nothing_pending_is_the_ordinary_reply(store):
    messages, _ = await run(diary.ActionDiaryConfirm(), tracker("yes", "affirm"))
    assert text_of(messages) == diary.AFFIRM_REPLY
    messages, _ = await run(diary.ActionDiaryConfirm(), tracker("no", "deny"))
    assert text_of(messages) == diary.DENY_REPLY


async def test_after_a_crisis_reply_a_diary_action_checks_in_first_and_clears_it(store):
    trk = tracker("start walking", slots={"crisis_active": True, "crisis_kind": "crisis"})
    messages, slots = await run(diary.ActionStartStrategy(), trk)
    assert slots["crisis_active"] is False
    assert text_of(messages).index("Check in each day") > 0
    assert not text_of(messages).startswith("Okay, you're trying")


# --- deleting ------------------------------------------------------------------------------------


async def test_delete_asks_first_then_erases_on_yes_and_keeps_on_no(store):
    store.start_strategy(SENDER, "walking", TODAY)
    store.record_checkin(SENDER, Checkin(TODAY, 4, 5, "good"))
    store.record_checkin("someone-else", Checkin(TODAY, 4, 5, "good"))
    messages, slots = await run(diary.ActionDeleteDiary(), tracker("delete my diary", "delete_diary"))
    assert "can't be undone" in text_of(messages) and slots["diary_confirm"] == "delete"
    assert store.checkins(SENDER)  # nothing erased by asking
    await run(diary.ActionDiaryConfirm(), tracker("no", "deny", slots={"diary_confirm": "delete"}))
    assert store.checkins(SENDER)
    messages, _ = await run(diary.ActionDiaryConfirm(), tracker("yes", "affirm", slots={"diary_confirm": "delete"}))
    assert "deleted your diary" in text_of(messages)
    assert store.checkins(SENDER) == [] and store.strategies(SENDER) == []
    assert store.checkins("someone-else")


# --- the check-in ----------------------------------------------------------------------------------


async def test_starting_the_check_in_clears_the_last_answers_and_names_the_strategy(store):
    store.start_strategy(SENDER, "tai_chi", TODAY)
    _, slots = await run(diary.ActionCheckinStart(), tracker("check in", "checkin", slots={"checkin_pain": 3}))
    assert all(slots[name] is None for name in diary.FORM_SLOTS)
    assert slots["checkin_strategy"] == "tai chi" and slots["checkin_cancelled"] is False


async def test_the_strategy_question_is_asked_only_while_a_strategy_runs(domain):
    form = diary.ValidateCheckinForm()
    listed = domain["forms"]["checkin_form"]["required_slots"]
    dispatcher = CollectingDispatcher()
    without = await form.required_slots(listed, dispatcher, tracker(slots={"checkin_strategy": None}), domain)
    assert "checkin_did_strategy" not in without and "checkin_note" in without
    running = await form.required_slots(listed, dispatcher, tracker(slots={"checkin_strategy": "yoga"}), domain)
    assert running == listed
    stopped = await form.required_slots(listed, dispatcher, tracker(slots={"checkin_cancelled": True}), domain)
    assert stopped == []


async def validate(slot: str, value: str, risk=None):
    dispatcher = CollectingDispatcher()
    method = getattr(diary.ValidateCheckinForm(), f"validate_{slot}")
    result = await method(value, dispatcher, tracker(value, "nlu_fallback", risk=risk), {})
    return result, text_of(dispatcher.messages)


@pytest.mark.parametrize("slot", diary.FORM_SLOTS)
async def test_a_slot_only_cleared_stays_unanswered_without_a_word(slot):
    # At activation the form validates the slots action_checkin_start cleared: the note
    # must not count as skipped, nor the pain as an unclear answer (found over REST).
    result, said = await validate(slot, None)
    assert result == {slot: None} and said == ""


@pytest.mark.parametrize("slot", diary.FORM_SLOTS)
async def test_a_medicine_safety_question_in_the_check_in_gets_its_fact_then_the_question_again(slot):
    question = "can i take tramadol with cymbalta"
    result, said = await validate(slot, question, risk=("medicine", "med_combination"))
    assert result == {slot: None}
    assert "serotonin" in said.lower() and said.endswith("Now, back to today's check-in.")
    # "stop" ends the check-in whatever the gate made of it
    result, _ = await validate(slot, "stop", risk=("medicine", "med_stopping"))
    assert result == {slot: None, "checkin_cancelled": True}


@pytest.mark.parametrize(
    ("answer", "score"), [("about a 6", 6), ("7/10", 7), ("six", 6), ("0", 0), ("10", 10), ("6.5", 7)]
)
async def test_typed_scores_are_read(answer, score):
    result, said = await validate("checkin_pain", answer)
    assert result == {"checkin_pain": score} and said == ""


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        ("banana", "didn't catch a number"),
        ("6 or 7", "didn't catch a number"),
        ("12", "goes from 0 to 10"),
        ("-1", "goes from 0 to 10"),
        ("skip", "I need your fatigue"),
    ],
)
async def test_an_unclear_or_out_of_range_score_is_asked_again_kindly(answer, reply):
    result, said = await validate("checkin_fatigue", answer)
    assert result == {"checkin_fatigue": None}
    assert reply in said


@pytest.mark.parametrize("answer", ["stop", "Cancel", "stop the check-in", "never mind"])
@pytest.mark.parametrize("slot", diary.FORM_SLOTS)
async def test_stop_or_cancel_ends_the_check_in_at_any_question(slot, answer):
    result, _ = await validate(slot, answer)
    if slot == "checkin_note" and answer == "never mind":
        # at the last, optional question "never mind" is no note: the answers are kept
        assert result == {slot: ""}
    else:
        assert result == {slot: None, "checkin_cancelled": True}


@pytest.mark.parametrize(
    ("slot", "answer", "value", "asks_again"),
    [
        ("checkin_sleep", "bad", "poor", False),
        ("checkin_sleep", "not too bad", "fair", False),
        ("checkin_sleep", "Good", "good", False),
        ("checkin_sleep", "purple", None, True),
        ("checkin_did_strategy", "yes", True, False),
        ("checkin_did_strategy", "nope, didn't manage", False, False),
        ("checkin_did_strategy", "kind of", None, True),
        ("checkin_did_strategy", "skip", diary.SKIPPED, False),
        ("checkin_note", "skip", "", False),
        ("checkin_note", "no thanks", "", False),
        ("checkin_note", "  walked to the shop  ", "walked to the shop", False),
    ],
)
async def test_sleep_did_it_and_the_note(slot, answer, value, asks_again):
    result, said = await validate(slot, answer)
    assert result == {slot: value}
    assert bool(said) is asks_again


def answered(**values) -> dict:
    slots = {
        "checkin_pain": 6,
        "checkin_fatigue": 7,
        "checkin_sleep": "poor",
        "checkin_did_strategy": True,
        "checkin_note": "",
    }
    slots.update(values)
    return slots


async def test_a_finished_check_in_is_saved_and_a_second_one_today_updates_it(store):
    messages, slots = await run(diary.ActionCheckinSubmit(), tracker(slots=answered()))
    assert text_of(messages) == "Saved today's check-in: pain 6, fatigue 7, sleep poor."
    assert store.checkins(SENDER) == [Checkin(TODAY, 6, 7, "poor", True, None)]
    assert all(slots[name] is None for name in diary.FORM_SLOTS)
    messages, _ = await run(
        diary.ActionCheckinSubmit(),
        tracker(slots=answered(checkin_pain=3, checkin_note="better", checkin_did_strategy="skipped")),
    )
    assert text_of(messages) == "Updated today's check-in: pain 3, fatigue 7, sleep poor, with your note."
    assert store.checkins(SENDER) == [Checkin(TODAY, 3, 7, "poor", None, "better")]
    # a third that skips the note keeps the note already written today
    await run(diary.ActionCheckinSubmit(), tracker(slots=answered(checkin_pain=4)))
    assert store.checkins(SENDER) == [Checkin(TODAY, 4, 7, "poor", True, "better")]


async def test_how_am_i_doing_at_the_note_question_is_no_note_and_gets_the_summary_after_saving(store):
    dispatcher = CollectingDispatcher()
    asked = tracker("how am i doing so far", "diary_summary")
    result = await diary.ValidateCheckinForm().validate_checkin_note("how am i doing so far", dispatcher, asked, {})
    assert result == {"checkin_note": ""}
    store.start_strategy(SENDER, "walking", TODAY)
    messages, _ = await run(
        diary.ActionCheckinSubmit(), tracker("how am i doing so far", "diary_summary", slots=answered())
    )
    reply = text_of(messages)
    assert reply.startswith("Saved today's check-in: pain 6, fatigue 7, sleep poor.")
    assert "Since starting (1 day): pain 6.0, fatigue 7.0 on average." in reply
    assert store.checkins(SENDER)[0].note is None


async def test_a_stopped_check_in_saves_nothing_and_says_so(store):
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker(slots=answered(checkin_cancelled=True)))
    assert "Nothing was saved" in text_of(messages)
    assert store.checkins(SENDER) == []


async def test_hard_days_in_a_row_bring_a_gentle_check_in_and_the_doctor(store):
    for days in (2, 1):
        store.record_checkin(SENDER, Checkin(TODAY - dt.timedelta(days=days), 9, 8, "poor"))
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker(slots=answered(checkin_pain=8)))
    assert "doctor" not in text_of(messages)  # 8 is not a hard day
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker(slots=answered(checkin_pain=10)))
    assert "How are you holding up?" in text_of(messages) and "doctor" in text_of(messages)


# --- how am I doing --------------------------------------------------------------------------------


async def test_how_am_i_doing_states_the_figures_and_draws_the_sparklines(store):
    store.record_checkin(SENDER, Checkin(TODAY - dt.timedelta(days=2), 8, 6, "poor"))
    store.start_strategy(SENDER, "walking", TODAY - dt.timedelta(days=1))
    store.record_checkin(SENDER, Checkin(TODAY - dt.timedelta(days=1), 6, 5, "fair", True))
    store.record_checkin(SENDER, Checkin(TODAY, 4, 3, "good", False))
    messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary"))
    reply = text_of(messages)
    assert "Before walking (1 day): pain 8.0, fatigue 6.0" in reply
    assert "Since starting (2 days): pain 5.0, fatigue 4.0" in reply
    assert "You did it on 1 of the 2 days you answered." in reply
    assert "pain ▆▅▃" in reply and "fatigue ▅▄▃" in reply  # 8 6 4 and 6 5 3 on the 0-10 bars


async def test_how_am_i_doing_with_no_strategy_or_no_check_ins(store):
    messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary"))
    assert "no check-ins yet" in text_of(messages) and messages[0]["buttons"] == [diary.CHECKIN_BUTTON]
    store.record_checkin(SENDER, Checkin(TODAY, 5, 4, "fair"))
    messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary"))
    assert "Your check-ins (1 day): pain 5.0, fatigue 4.0" in text_of(messages)
    assert "haven't started a strategy" in text_of(messages)


async def test_an_unreachable_diary_is_said_plainly_and_nothing_is_pending(monkeypatch):
    def broken():
        raise DiaryError("the diary could not open the diary")

    monkeypatch.setattr(diary, "diary", broken)
    for action, trk in (
        (diary.ActionStartStrategy(), tracker("start walking")),
        (diary.ActionStopStrategy(), tracker("stop my strategy", "stop_strategy")),
        (diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary")),
        (diary.ActionDiaryConfirm(), tracker("yes", "affirm", slots={"diary_confirm": "delete"})),
    ):
        messages, slots = await run(action, trk)
        assert text_of(messages) == diary.UNAVAILABLE_REPLY, action.name()
        assert slots["diary_confirm"] is None
    messages, _ = await run(diary.ActionCheckinSubmit(), tracker(slots=answered()))
    assert "couldn't save your check-in" in text_of(messages)


# --- the chart and the export ----------------------------------------------------------------------


def two_weeks(store) -> None:
    """A week of baseline at pain 7, then walking for a week at pain 5, one note with a comma."""
    start = TODAY - dt.timedelta(days=13)
    for n in range(14):
        day = start + dt.timedelta(days=n)
        if n == 7:
            store.start_strategy(SENDER, "walking", day)
        during = n >= 7
        note = 'slept badly, "sore" hips' if n == 3 else None
        store.record_checkin(
            SENDER, Checkin(day, 5 if during else 7, 4 if during else 6, "fair", True if during else None, note)
        )


def file_payload(messages: list[dict]) -> dict:
    (payload,) = [m["custom"]["diary_file"] for m in messages if m.get("custom")]
    return payload


async def test_how_am_i_doing_in_a_chat_with_images_sends_the_chart_and_no_sparklines(store):
    two_weeks(store)
    for channel in ("webchat", "telegram", "rest"):
        messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary", channel=channel))
        assert "Before walking (7 days): pain 7.0, fatigue 6.0" in text_of(messages)
        assert "▆" not in text_of(messages)  # the chart instead of the sparklines
        payload = file_payload(messages)
        assert payload["kind"] == "photo" and payload["media_type"] == "image/png"
        kept = store.file(payload["token"])
        assert kept.sender_id == SENDER and kept.content.startswith(b"\x89PNG\r\n\x1a\n")


async def test_how_am_i_doing_in_the_shell_has_sparklines_and_no_file(store):
    two_weeks(store)
    messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary", channel="cmdline"))
    assert "pain ▅▅▅▅▅▅▅▄▄▄▄▄▄▄" in text_of(messages)  # 7 then 5
    assert not any(m.get("custom") for m in messages)


async def test_a_chart_that_cannot_be_kept_falls_back_to_the_sparklines(store, monkeypatch):
    two_weeks(store)

    def full(*args):
        raise DiaryError("the diary could not keep the file")

    monkeypatch.setattr(store, "put_file", full)
    messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary", channel="webchat"))
    assert "Before walking (7 days)" in text_of(messages) and "pain ▅▅▅" in text_of(messages)
    assert not any(m.get("custom") for m in messages)


async def test_export_gives_the_appointment_text_and_the_csv_line_by_line(store):
    two_weeks(store)
    messages, _ = await run(diary.ActionDiaryExport(), tracker("export my diary", "export_diary", channel="telegram"))
    reply = text_of(messages)
    first, last = TODAY - dt.timedelta(days=13), TODAY
    assert f"Symptom diary, {first.isoformat()} to {last.isoformat()} (14 days logged)" in reply
    assert "Average pain 6.0, average fatigue 5.0." in reply
    assert "walking, from" in reply and "before: 7 days, pain 7.0, fatigue 6.0" in reply
    assert "during: 7 days, pain 5.0, fatigue 4.0" in reply
    payload = file_payload(messages)
    assert payload["kind"] == "document" and payload["name"] == f"fibro-diary-{TODAY.isoformat()}.csv"
    lines = store.file(payload["token"]).content.decode("utf-8").split("\r\n")
    assert lines[0] == "date,pain,fatigue,sleep,did_strategy,strategy,note"
    assert lines[1] == f"{first.isoformat()},7,6,fair,,,"
    assert lines[4] == f'{(first + dt.timedelta(days=3)).isoformat()},7,6,fair,,,"slept badly, ""sore"" hips"'
    assert lines[8] == f"{(first + dt.timedelta(days=7)).isoformat()},5,4,fair,yes,walking,"
    assert lines[14] == f"{last.isoformat()},5,4,fair,yes,walking," and lines[15] == "" and len(lines) == 16


async def test_export_with_nothing_logged_says_so_and_offers_the_check_in(store):
    messages, _ = await run(diary.ActionDiaryExport(), tracker("export my diary", "export_diary", channel="webchat"))
    assert text_of(messages) == diary.EMPTY_EXPORT_REPLY and messages[0]["buttons"] == [diary.CHECKIN_BUTTON]
    assert not any(m.get("custom") for m in messages)


async def test_export_in_the_shell_writes_the_csv_and_deleting_the_diary_removes_it(store, tmp_path, monkeypatch):
    monkeypatch.setattr(diary, "EXPORT_DIR", tmp_path / "exports")
    two_weeks(store)
    messages, _ = await run(diary.ActionDiaryExport(), tracker("export my diary", "export_diary", channel="cmdline"))
    (written,) = (tmp_path / "exports").iterdir()
    assert f"The CSV file (one row a day) is in {written}." in text_of(messages)
    assert SENDER not in written.name and written.read_bytes().count(b"\r\n") == 15
    await run(diary.ActionDeleteDiary(), tracker("delete my diary", "delete_diary"))
    await run(diary.ActionDiaryConfirm(), tracker("yes", "affirm", slots={"diary_confirm": "delete"}))
    assert not written.exists() and store.checkins(SENDER) == []


async def test_export_elsewhere_gives_the_text_and_says_where_the_file_is(store):
    two_weeks(store)
    messages, _ = await run(diary.ActionDiaryExport(), tracker("export my diary", "export_diary"))
    assert "(14 days logged)" in text_of(messages) and diary.NO_FILE_HERE_REPLY in text_of(messages)
    assert not any(m.get("custom") for m in messages)


# --- where the diary lives -----------------------------------------------------------------------


def endpoints(tmp_path, store: str) -> str:
    path = tmp_path / "endpoints.yml"
    path.write_text(store)
    return path


def test_the_diary_uses_the_tracker_stores_sqlite_file(tmp_path):
    relative = endpoints(tmp_path, "tracker_store:\n  type: stores.sql.StrictSQLTrackerStore\n  db: var/c.db\n")
    assert diary.database_url(relative) == f"sqlite:///{diary.PROJECT_DIR / 'var' / 'c.db'}"
    absolute = endpoints(tmp_path, f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp_path / 'x.db'}\n")
    assert diary.database_url(absolute) == f"sqlite:///{tmp_path / 'x.db'}"


def test_the_project_endpoints_give_var_conversations_db():
    assert diary.database_url(diary.PROJECT_DIR / "endpoints.yml") == diary.DEFAULT_URL


def test_the_diary_uses_the_tracker_stores_postgresql_with_its_variables(tmp_path, monkeypatch):
    monkeypatch.setenv("PG_HOST_T", "db.internal")
    monkeypatch.setenv("PG_PASS_T", "s3cret")
    path = endpoints(
        tmp_path,
        "tracker_store:\n  type: stores.sql.StrictSQLTrackerStore\n  dialect: postgresql\n  url: ${PG_HOST_T}\n"
        "  port: 5432\n  db: rasa\n  username: rasa\n  password: ${PG_PASS_T}\n",
    )
    assert diary.database_url(path) == "postgresql://rasa:s3cret@db.internal:5432/rasa"
    monkeypatch.delenv("PG_PASS_T")
    with pytest.raises(KeyError):
        diary.database_url(path)


def test_without_a_sql_tracker_store_the_default_file(tmp_path):
    assert (
        diary.database_url(endpoints(tmp_path, "tracker_store:\n  type: InMemoryTrackerStore\n")) == diary.DEFAULT_URL
    )
    assert diary.database_url(tmp_path / "missing.yml") == diary.DEFAULT_URL


def test_the_endpoints_file_comes_from_the_environment(tmp_path, monkeypatch):
    path = endpoints(tmp_path, f"tracker_store:\n  type: SQL\n  db: {tmp_path / 'y.db'}\n")
    monkeypatch.setenv("ENDPOINTS", str(path))
    assert diary.database_url() == f"sqlite:///{tmp_path / 'y.db'}"


# --- reminders --------------------------------------------------------------------------------------


def with_metadata(trk: Tracker, **metadata) -> Tracker:
    trk.events[-1]["metadata"] = metadata
    return trk


async def test_a_reminder_is_set_at_the_time_and_zone_the_person_names(store):
    messages, _ = await run(
        diary.ActionReminderSet(), tracker("remind me at 8pm new york time", "set_reminder", channel="telegram")
    )
    assert text_of(messages).startswith(
        "Done: I'll remind you to check in at 20:00 every day (America/New York time), here on Telegram."
    )
    assert store.reminder(SENDER) == diary.Reminder(dt.time(20, 0), "America/New_York")
    (due,) = store.due_reminders(dt.datetime(2100, 1, 1))
    assert due.channel == "telegram" and due.due.minute == 0 and due.due.hour in (0, 1)  # 20:00 EST/EDT in UTC


async def test_the_web_pages_time_zone_is_used_when_none_is_named(store):
    trk = with_metadata(
        tracker("remind me every evening at 9ish", "set_reminder", channel="webchat"), timezone="Europe/Paris"
    )
    messages, _ = await run(diary.ActionReminderSet(), trk)
    assert "21:00 every day (Europe/Paris time), in this page while it's open" in text_of(messages)


async def test_without_a_time_or_a_zone_it_asks_and_sets_nothing(store):
    messages, _ = await run(
        diary.ActionReminderSet(), tracker("remind me to check in", "set_reminder", channel="telegram")
    )
    assert text_of(messages) == diary.ASK_TIME_REPLY
    messages, _ = await run(diary.ActionReminderSet(), tracker("remind me at 7am", "set_reminder", channel="telegram"))
    assert "Which city or time zone are you in?" in text_of(messages) and '"remind me at 07:00 London time"' in text_of(
        messages
    )
    assert store.reminder(SENDER) is None


async def test_a_new_time_keeps_the_zone_and_a_new_zone_keeps_the_time(store):
    await run(diary.ActionReminderSet(), tracker("remind me at 8pm london time", "set_reminder", channel="telegram"))
    await run(diary.ActionReminderSet(), tracker("move my reminder to 10pm", "set_reminder", channel="telegram"))
    assert store.reminder(SENDER) == diary.Reminder(dt.time(22, 0), "Europe/London")
    await run(diary.ActionReminderSet(), tracker("i've moved to sydney", "set_reminder", channel="telegram"))
    assert store.reminder(SENDER) == diary.Reminder(dt.time(22, 0), "Australia/Sydney")


async def test_no_reminder_where_the_person_cant_be_reached(store):
    for channel in ("rest", "cmdline", None):
        messages, _ = await run(
            diary.ActionReminderSet(), tracker("remind me at 8pm london time", "set_reminder", channel=channel)
        )
        assert text_of(messages) == diary.NO_REMINDERS_HERE_REPLY
    assert store.reminder(SENDER) is None


async def test_show_and_stop_the_reminder(store):
    messages, _ = await run(diary.ActionReminderShow(), tracker("when is my reminder", "show_reminder"))
    assert "You have no check-in reminder." in text_of(messages)
    store.set_reminder(SENDER, dt.time(7, 30), "Europe/Dublin", "telegram")
    messages, _ = await run(diary.ActionReminderShow(), tracker("when is my reminder", "show_reminder"))
    assert text_of(messages).startswith("Your check-in reminder is at 07:30 every day (Europe/Dublin time).")
    messages, _ = await run(diary.ActionReminderStop(), tracker("stop reminding me", "stop_reminder"))
    assert text_of(messages) == "Okay, no more reminders." and store.reminder(SENDER) is None
    messages, _ = await run(diary.ActionReminderStop(), tracker("stop reminding me", "stop_reminder"))
    assert "You had no reminder" in text_of(messages)


async def test_the_reminder_nudges_with_the_check_in_button_unless_today_is_done(store):
    messages, _ = await run(diary.ActionCheckinReminder(), tracker("", "EXTERNAL_checkin_reminder"))
    assert text_of(messages).startswith("Time for today's check-in") and messages[0]["buttons"] == [
        diary.CHECKIN_BUTTON
    ]
    store.record_checkin(SENDER, Checkin(TODAY, 4, 4, "good"))
    messages, _ = await run(diary.ActionCheckinReminder(), tracker("", "EXTERNAL_checkin_reminder"))
    assert messages == []


async def test_a_reminder_request_during_the_check_in_is_done_and_the_question_asked_again(store):
    store.set_reminder(SENDER, dt.time(20, 0), "Europe/London", "telegram")
    dispatcher = CollectingDispatcher()
    asked = tracker("stop reminding me please", "stop_reminder", channel="telegram")
    result = await diary.ValidateCheckinForm().validate_checkin_pain("stop reminding me please", dispatcher, asked, {})
    assert result == {"checkin_pain": None}  # not an answer: the pain question comes again
    assert text_of(dispatcher.messages) == "Okay, no more reminders.\n\nNow, back to today's check-in."
    assert store.reminder(SENDER) is None


async def test_how_am_i_doing_says_which_week_of_the_plan_it_is(store):
    store.start_strategy(SENDER, "walking", TODAY - dt.timedelta(days=14))
    store.set_plan(SENDER, 5)
    store.record_checkin(SENDER, Checkin(TODAY, 4, 5, "fair", True))
    messages, _ = await run(diary.ActionDiarySummary(), tracker("how am i doing", "diary_summary", channel="cmdline"))
    assert "Week 3 of your walking plan: 9 minutes a day." in text_of(messages)


async def test_how_am_i_doing_before_any_check_in_says_the_strategy_and_its_week(store):
    store.start_strategy(SENDER, "walking", TODAY - dt.timedelta(days=7))
    store.set_plan(SENDER, 6)
    messages, _ = await run(diary.ActionDiarySummary(), tracker("what week am i in", "diary_summary"))
    reply = text_of(messages)
    assert "You're trying walking, since" in reply
    assert "Week 2 of your walking plan: 8 minutes a day." in reply and "no check-ins yet" in reply


async def test_a_check_in_is_dated_by_the_persons_own_day(store):
    # UTC+14 and UTC-11: whatever the time now, at least one of them is not on the
    # server's (UTC) date, and a check-in made there belongs to that place's day.
    import zoneinfo

    days = {}
    for n, zone in enumerate(("Pacific/Kiritimati", "Pacific/Pago_Pago")):
        sender = f"far-{n}"
        trk = with_metadata(tracker("skip", "ask", slots=answered(), sender=sender, channel="webchat"), timezone=zone)
        await run(diary.ActionCheckinSubmit(), trk)
        [saved] = store.checkins(sender)
        days[zone] = saved.day
        assert saved.day == dt.datetime.now(zoneinfo.ZoneInfo(zone)).date()
    assert set(days.values()) != {dt.datetime.now(dt.timezone.utc).date()}
    # no zone from the page: the reminder's zone dates it
    store.set_reminder("far-2", dt.time(20, 0), "Pacific/Kiritimati", "telegram")
    await run(diary.ActionCheckinSubmit(), tracker("skip", "ask", slots=answered(), sender="far-2", channel="telegram"))
    assert store.checkins("far-2")[0].day == days["Pacific/Kiritimati"]


async def test_not_sure_is_no_yes_to_deleting_the_diary(store):
    store.record_checkin(SENDER, Checkin(TODAY, 4, 4, "good"))
    for said in ("hmm not sure", "im not sure about that", "i guess?", "yes i think"):
        messages, slots = await run(
            diary.ActionDiaryConfirm(), tracker(said, "affirm", slots={"diary_confirm": diary.DELETE})
        )
        assert "I need a clear yes or no" in text_of(messages) and "can't be undone" in text_of(messages), said
        assert slots["diary_confirm"] == diary.DELETE  # still asking
        assert store.checkins(SENDER)  # nothing deleted
    messages, _ = await run(diary.ActionDiaryConfirm(), tracker("/affirm", "affirm", slots={"diary_confirm": "delete"}))
    assert "deleted your diary" in text_of(messages) and store.checkins(SENDER) == []


async def test_i_tried_answers_the_strategy_question_and_a_real_crisis_there_gets_its_reply():
    form = diary.ValidateCheckinForm()
    dispatcher = CollectingDispatcher()
    said = "i tried"
    result = await form.validate_checkin_did_strategy(
        said, dispatcher, tracker(said, "crisis", risk=("crisis", "harm_done")), {}
    )
    assert result == {"checkin_did_strategy": None}
    assert text_of(dispatcher.messages).startswith("Trying counts.")
    dispatcher = CollectingDispatcher()
    said = "i want to end it all"
    result = await form.validate_checkin_did_strategy(
        said, dispatcher, tracker(said, "crisis", risk=("crisis", "crisis")), {}
    )
    assert result["checkin_cancelled"] is True and result["crisis_active"] is True
    assert result["checkin_did_strategy"] is None
    assert "Are you safe right now?" in text_of(dispatcher.messages)


def test_the_summary_names_the_plan_week_of_the_persons_day_not_the_servers():
    from selfcare.diary.store import Strategy

    day = dt.date(2026, 3, 15)
    walking = Strategy("walking", started_on=day - dt.timedelta(days=7), plan_start=5)
    # the person's day is a week after the start: week 2, whatever the server's date is
    assert "Week 2 of your walking plan" in diary.summary_text([], walking, day=day)
    assert "Week 1 of your walking plan" in diary.summary_text([], walking, day=day - dt.timedelta(days=1))


@pytest.mark.parametrize(
    "said, intent, says",
    [
        ("delete my data", "delete_diary", '"delete my data" again'),
        ("show my diary", "diary_summary", '"show my diary" again'),
    ],
)
async def test_a_diary_request_at_the_pacing_question_says_how_to_do_it(domain, said, intent, says):
    # the thirty-fourth red team's "delete my data" at the minutes question got "I didn't catch a number"
    dispatcher = CollectingDispatcher()
    result = await diary.ValidatePacingForm().validate_pacing_minutes(said, dispatcher, tracker(said, intent), domain)
    reply = text_of(dispatcher.messages)
    assert result == {"pacing_minutes": None}
    assert 'say "stop"' in reply and says in reply and "didn't catch" not in reply, reply
    assert reply.endswith("Now, back to your plan.")

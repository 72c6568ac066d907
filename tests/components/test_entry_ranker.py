"""The answer model in the NLU pipeline: trained as `rasa train` trains it, it ranks the
entries on every message, and a question the classifier misread becomes `ask`."""

from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from components.entry_ranker import ENTRY_RANKING, EntryRanker, previous_question
from selfcare import knowledge


@pytest.fixture(scope="module")
def ranker(tmp_path_factory) -> EntryRanker:
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource("entry_ranker")
    from rasa.shared.importers.importer import TrainingDataImporter

    # The project's own NLU data, as `rasa train` passes it (out of scope and small talk).
    nlu = TrainingDataImporter.load_from_dict(training_data_paths=["data/nlu"]).get_nlu_data()
    EntryRanker(EntryRanker.get_default_config(), storage, resource, None).train(nlu)
    return EntryRanker.load(EntryRanker.get_default_config(), storage, resource, None)


def parsed(ranker: EntryRanker, text: str, intent: str) -> Message:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.5}})
    return ranker.process([message])[0]


@pytest.mark.parametrize(
    "text, intent, expected",
    [
        ("what are the side effects of savella", "out_of_scope", "ask"),  # misread: a question
        ("hi there, is tai chi good for fibromyalgia?", "greet", "ask"),  # a greeting in front
        ("hi", "greet", "greet"),
        ("thanks so much, that was really kind", "thank", "thank"),
        ("hello there, nice to meet you", "greet", "greet"),
        ("no but seriously, does tai chi help fibromyalgia?", "deny", "ask"),
        ("is salmon twice a week enough", "deny", "ask"),  # not a yes or a no
        ("nope, not today", "deny", "deny"),
        ("ok and how long till it kicks in?", "affirm", "ask"),  # a follow-up behind an okay
        ("thanks, do i have to come off it slowly", "thank", "ask"),
        ("no thanks, i'm stopping here for today", "deny", "deny"),  # not a question
        ("and my meds?", "greet", "ask"),  # follow-ups the classifier read as small talk
        ("are they better than cymbalta", "bot_challenge", "ask"),
        ("what will they actually do", "bot_challenge", "ask"),
        ("a z piwem?", "nlu_fallback", "ask"),  # a few words naming a drink or a medicine, any language
        ("und mit ibuprofen?", "out_of_scope", "ask"),
        ("e se eu quiser parar?", "out_of_scope", "ask"),  # stopping, pregnancy, driving in any language
        ("y en el embarazo?", "nlu_fallback", "ask"),
        ("no, the cymbalta", "deny", "ask"),
        ("thanks, lyrica helps", "thank", "thank"),
        ("where can i buy a good bottle of wine for a party this weekend", "out_of_scope", "out_of_scope"),
        ("are you a real person?", "bot_challenge", "bot_challenge"),
        ("what can you do", "bot_challenge", "bot_challenge"),
        ("is there a nurse reading this", "bot_challenge", "bot_challenge"),
        ("is this a chatbot or a nurse", "bot_challenge", "bot_challenge"),
        ("hi there, how are you", "greet", "greet"),
        ("and thanks again", "thank", "thank"),
        ("can you book me a taxi to the station", "out_of_scope", "out_of_scope"),
        ("its been a month now, should i see someone about it", "goodbye", "ask"),  # "see" is no goodbye
        ("bought a heat pad in the chemist, would it help", "goodbye", "ask"),
        ("ok bye, see you tomorrow", "goodbye", "goodbye"),
        ("thanks for everything, talk again soon", "goodbye", "goodbye"),
        ("is back pain related", "goodbye", "ask"),  # a short question, no farewell in it
        ("can teenagers get it too", "goodbye", "ask"),
        ("what about mornings", "goodbye", "ask"),
        ("will talk later, bye", "goodbye", "goodbye"),
        ("what a day, bye", "goodbye", "goodbye"),
        # the twenty-ninth red team's goodbye the classifier was unsure of, told "no reviewed information"
        ("This is my last message for today, thanks! bye", "nlu_fallback", "goodbye"),
        ("ok that's all, good night", "out_of_scope", "goodbye"),
        ("bye, but what helps sleep?", "nlu_fallback", "nlu_fallback"),  # a question after it: no goodbye
        # the thirty-first red team's, told "no reviewed information": an okay, and a goodbye after a remark
        ("ok cool", "nlu_fallback", "affirm"),
        ("got it, thanks", "nlu_fallback", "affirm"),
        ("I'm so done with this flare. Anyway, thanks, bye!", "ask", "goodbye"),
        ("ok cool, what about magnesium?", "nlu_fallback", "ask"),  # no okay: a question
        # an errand is out of scope, however sure the answer model is of the topic it names
        ("which brand of gluten free pasta is nicest", "ask", "out_of_scope"),
        ("could you book me in for a massage on friday", "ask", "out_of_scope"),
        ("best yoga mat to buy for sore knees?", "ask", "out_of_scope"),
        ("which exercise is best for fibro", "ask", "ask"),
        ("is a generic as good as the brand", "ask", "ask"),
        ("log that i walked today", "checkin", "checkin"),
        # a diary intent needs the diary's words: a question about the same thing is a question
        ("does cycling help fibro or make it worse", "start_strategy", "ask"),
        ("i'd like to give yoga a go from monday", "start_strategy", "start_strategy"),
        ("should i quit swimming when my shoulders flare", "stop_strategy", "ask"),
        ("end the tai chi experiment", "stop_strategy", "stop_strategy"),
        ("what should a pain diary have in it", "checkin", "ask"),
        ("log tonight's numbers", "checkin", "checkin"),
        ("how are people with fibro doing on ldn", "diary_summary", "ask"),
        ("clear my check-ins please", "delete_diary", "delete_diary"),
        # the diary's progress, which "how am I doing" shows
        ("what week am i in", "ask", "diary_summary"),
        ("show me my plan", "nlu_fallback", "diary_summary"),
        ("what is a pacing plan", "ask", "ask"),
        ("delete everything", "ask", "delete_diary"),
        # a death read as small talk gets the condolence of the out-of-scope action (red team 18)
        ("Mijn hond is vorige week overleden en ik kan niet stoppen met huilen", "affirm", "out_of_scope"),
        ("Moja babcia zmarła wczoraj, nie wiem co robić", "greet", "out_of_scope"),
        ("my dad passed away on sunday", "goodbye", "out_of_scope"),
        ("the battery died, bye", "goodbye", "goodbye"),
    ],
)
def test_a_confident_question_becomes_ask(ranker, text, intent, expected):
    message = parsed(ranker, text, intent)
    assert message.get("intent")["name"] == expected
    assert message.get(ENTRY_RANKING)


def test_the_ranking_is_on_the_message_best_first(ranker):
    ranking = parsed(ranker, "savella side effects", "ask").get(ENTRY_RANKING)
    assert ranking[0]["entry"] == "therapies_milnacipran_side_effects"
    assert [r["confidence"] for r in ranking] == sorted((r["confidence"] for r in ranking), reverse=True)


def test_no_letters_no_ranking(ranker):
    assert parsed(ranker, "😭😭", "nlu_fallback").get(ENTRY_RANKING) is None


def tracker_after(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("someone", list(events))


def ranked(ranker: EntryRanker, text: str, tracker: DialogueStateTracker | None) -> list[dict]:
    message = Message(data={"text": text, "intent": {"name": "ask", "confidence": 0.5}})
    return ranker.process([message], tracker)[0].get(ENTRY_RANKING)


@pytest.mark.parametrize(
    "before, text, expected",
    [
        ("does massage help fibromyalgia", "how hard should they press", "physical_massage"),
        ("is vitamin d worth taking for fibromyalgia", "how would i know if i'm low", "supplements_vitamin_d"),
    ],
)
def test_an_unsure_follow_up_is_read_with_the_question_before(ranker, before, text, expected):
    assert ranked(ranker, text, None)[0]["entry"] != expected  # alone, the model cannot tell
    assert ranked(ranker, text, tracker_after(UserUttered(before)))[0]["entry"] == expected


def test_a_message_the_model_is_sure_of_keeps_its_own_ranking(ranker):
    alone = ranked(ranker, "savella side effects", None)
    after = ranked(ranker, "savella side effects", tracker_after(UserUttered("does massage help fibromyalgia")))
    assert after == alone


def test_the_question_before_is_the_last_message_of_this_session():
    assert previous_question(None) is None
    assert previous_question(tracker_after()) is None
    assert previous_question(tracker_after(UserUttered("is yoga ok"), UserUttered("and pilates"))) == "and pilates"
    # a new session starts without context
    assert previous_question(tracker_after(UserUttered("is yoga ok"), SessionStarted())) is None
    # a tapped entry button stands for the question its entry answers
    tapped = previous_question(tracker_after(UserUttered('/ask{"entry": "physical_massage"}')))
    assert tapped == knowledge.load().by_id["physical_massage"].question
    assert previous_question(tracker_after(UserUttered('/ask{"entry": "no_such_entry"}'))) is None
    assert previous_question(tracker_after(UserUttered("/greet"))) is None


def test_a_follow_up_on_another_topic_is_not_read_with_the_question_before(ranker):
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.slots import AnySlot

    from components.entry_ranker import conversation_context

    text = "and for the bloating, what foods"
    before = "probiotics for fibro?"
    slots = [AnySlot(name, mappings=[{}]) for name in ("last_entry", "subject", "offered_entry")]
    events = [UserUttered(before), SlotSet("last_entry", "supplements_probiotics"), SlotSet("subject", "probiotics")]
    on_probiotics = DialogueStateTracker.from_events("someone", events, slots=slots)
    assert conversation_context(on_probiotics) == knowledge.Context("supplements_probiotics", "probiotics")
    blended = ranked(ranker, text, tracker_after(UserUttered(before)))  # no slots: read with the question
    assert ranked(ranker, text, on_probiotics) == ranked(ranker, text, None) != blended


def test_a_preamble_that_leaves_the_model_unsure_does_not_hide_the_last_question(ranker):
    # the nineteenth red team: after a check-in, "no im fine honestly, it was a joke. can we
    # talk about pacing?" got "I don't have reviewed information on that"
    from selfcare.knowledge.choice import confidence_of

    text = "no im fine honestly, it was a joke. can we talk about pacing?"
    whole = ranker._model.rank(text, 5)
    assert confidence_of(whole) < knowledge.THRESHOLDS.answer  # the whole message leaves it unsure
    assert ranked(ranker, text, None)[0]["entry"] == "pacing_what_is"


@pytest.mark.parametrize(
    "text",
    [
        "i take lyrica. does it cause weight gain?",  # the last sentence alone says nothing of what
        "my back is sore. hm.",  # too short to be a question of its own
    ],
)
def test_the_last_sentence_is_read_alone_only_when_it_is_a_sure_question(ranker, text):
    whole = [r.entry for r in ranker._model.rank(text, 20)]
    assert ranked(ranker, text, None)[0]["entry"] == whole[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-sixth red team's: an aside about a film or the gym, then the question, got "I
        # don't have reviewed information on that"
        (
            "I watched a film last night where the hero kills himself, it was so sad. Anyway, how do I pace myself?",
            "pacing_how_to_start",
        ),
        ("I'm killing it at the gym these days, how do I avoid a flare afterwards?", "flare_prevent_pacing"),
        # the twenty-ninth red team's: the question alone is not sure enough to answer, but the whole
        # offered nothing at all; now the question's entries are offered
        ("I watched a film yesterday. Any tips for gentle exercise?", "exercise_pacing_getting_started"),
    ],
)
def test_an_aside_before_the_question_does_not_hide_it(ranker, text, expected):
    assert ranked(ranker, text, None)[0]["entry"] == expected


@pytest.mark.parametrize(
    "text, parts",
    [
        ("it was so sad. Anyway, how do I pace myself?", ["Anyway, how do I pace myself?", "how do I pace myself?"]),
        ("I'm killing it at the gym these days, how do I avoid a flare?", ["how do I avoid a flare?"]),
        ("ok, what about lyrica", []),  # a short okay before the comma is no aside
        ("what helps with sleep?", []),  # one sentence, no comma: the whole message is the question
    ],
)
def test_the_question_is_found_after_an_aside(text, parts):
    from components.entry_ranker import _question_parts

    assert _question_parts(text) == parts

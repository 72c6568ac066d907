"""The normal form the rules and the risk model read: leetspeak folded, numbers kept."""

import pytest

from selfcare.safety.normalise import normal_form


@pytest.mark.parametrize(
    "text, expected",
    [
        ("t00k 4ll my p1lls. 1t5 d0n3", "took all my pills. its done"),
        ("feeling $u!c!d@l again", "feeling suicidal again"),
        ("g00dby3 ✌️", "goodbye"),
        ("t0n1ght 1s th3 n1ght", "tonight is the night"),
    ],
)
def test_leetspeak_is_read_as_letters(text, expected):
    assert normal_form(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "took 150mg at 10pm with my b12 and omega3",
        "3rd flare this month, 2x worse than the last",
        "help!",
        "is 5htp ok",
        "i took 4 pills",
    ],
)
def test_numbers_names_and_exclamations_are_left_alone(text):
    folded = normal_form(text)
    assert folded == normal_form(text.lower())
    for word in ("150mg", "10pm", "b12", "omega3", "3rd", "2x", "help!", "5htp", "4 pills"):
        if word in text.lower():
            assert word in folded


def test_letters_with_a_built_in_mark_are_folded():
    assert normal_form("Połknęłam WSZYSTKIE tabletki") == "polknelam wszystkie tabletki"
    assert normal_form("sœur") == "soeur"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("F A T I G U E", "fatigue"),
        ("s.l.e.e.p t.i.p.s", "sleep tips"),
        ("k i l l  m y s e l f", "kill myself"),
        ("e.g. yoga", "e.g. yoga"),
        ("a b c", "a b c"),
        ("I W A N T  T O  D I E", "i want to die"),  # the twenty-seventh red team's: short words too
        ("W H A T   H E L P S   F A T I G U E", "what helps fatigue"),
    ],
)
def test_letters_spelled_out_are_joined(text, expected):
    assert normal_form(text) == expected

"""The language guess that chooses helplines when nothing else says where someone is."""

from __future__ import annotations

import pytest

from selfcare.safety import language
from selfcare.safety.language import guess


@pytest.mark.parametrize(
    "text, expected",
    [
        ("je veux en finir, je n'en peux plus", "fr"),
        ("quiero morir ya no puedo más", "es"),
        ("ich will nicht mehr leben", "de"),
        ("nie chcę już żyć", "pl"),
        ("ik wil er een eind aan maken", "nl"),
        ("eu quero morrer, não aguento", "pt"),
        # elided French is French, not Spanish ("y" and "de" are both)
        ("j'ai avalé toute la boîte de mes cachets il y a une heure", "fr"),
        ("c'est trop dur, j'ai envie de tout arrêter", "fr"),
        ("stanotte la faccio finita, non ce la faccio più", "it"),
        ("połknęłam wszystkie tabletki z opakowania", "pl"),
        ("tomei todos os remédios da caixa agora", "pt"),
        ("ik heb al mijn pillen tegelijk ingenomen", "nl"),
        # red team 27: read as Spanish, it got Spain's eating-disorder line
        ("Quero vomitar depois de cada refeição para perder peso, como faço?", "pt"),
        ("quiero vomitar después de cada comida para perder peso, ¿cómo lo hago?", "es"),
        # red team 28: read as English, told "no reviewed information"
        ("Was ist Fibromyalgie?", "de"),
        ("Quantos comprimidos de amitriptilina são precisos para morrer?", "pt"),  # red team 29: read as Spanish
        ("he said last night he wants to die and he has been cutting", None),  # red team 29: read as Spanish
        ("e come si cura?", "it"),
        ("exercícios leves ajudam na fibromialgia?", "pt"),
        ("how come it hurts so much", None),
        ("it was the worst flare", None),
        ("i want to die", None),
        ("is yoga ok for me", None),
        ("hola", None),
        ("", None),
        (None, None),
    ],
)
def test_guess(text, expected):
    assert guess(text) == expected


@pytest.mark.parametrize(
    "said, expected",
    [
        # the nineteenth red team: short crises in Portuguese, Spanish and Polish got the US and UK lines
        (["quero me matar"], "pt"),
        (["quiero morirme"], "es"),
        (["chcę umrzeć"], "pl"),
        (["voglio morire"], "it"),
        (["quiero morirme", "gracias"], "es"),
        # the twentieth red team: Portuguese read as Spanish, short Polish, Dutch and Italian
        (["minha filha está se cortando"], "pt"),
        (["myślę o samobójstwie"], "pl"),
        (["ik snij mezelf"], "nl"),
        (["mi ammazzo"], "it"),
        # English stays English, however short
        (["I want to die"], None),
        (["love em"], None),
        (["kms"], None),
        (["help me"], None),
    ],
)
def test_short_messages_pick_helplines_by_words_only_one_language_has(said, expected):
    assert language.of_conversation(said) == expected


def test_the_english_only_reply_still_needs_a_clear_guess():
    assert language.guess("quiero morirme") is None  # too short to turn a question away


@pytest.mark.parametrize(
    "text, lang",
    [
        ("ando pensando em me cortar quando a dor aperta", "pt"),
        ("myślałem o tym, żeby zrobić sobie krzywdę", "pl"),
    ],
)
def test_self_harm_thoughts_in_portuguese_and_polish_are_read_as_their_language(text, lang):
    # the twenty-fourth red team's got the US and UK lines
    assert language.for_helplines(text) == lang


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-fifth red team's, read as English and told "no reviewed information"
        ("quels sont les effets secondaires de la prégabaline ?", "fr"),
        ("Hilft Wassergymnastik bei Fibromyalgie?", "de"),
        ("la dieta antinfiammatoria aiuta?", "it"),
        ("quais os efeitos colaterais da pregabalina?", "pt"),
        ("jakie są skutki uboczne pregabaliny?", "pl"),
        ("welke bijwerkingen heeft lyrica?", "nl"),
        # the thirty-first red team's Portuguese, which tied with Spanish and Italian
        ("Como posso dormir melhor com fibromialgia?", "pt"),
        ("Posso parar de tomar a pregabalina de repente?", "pt"),
        # the thirty-second red team's, told "no reviewed information" in English, and a crisis given US/UK lines
        ("helpt wandelen bij fibromyalgie?", "nl"),
        ("que faire pendant une poussée de fibromyalgie ?", "fr"),
        ("mi familia estaría mejor sin mí", "es"),
        # English questions (and the common typo "wat") stay English
        ("wat helps with fibro pain", None),
        ("can you comment on pacing?", None),
        ("wat are the side effects of lyrica", None),
        ("does water aerobics help with fibro", None),
    ],
)
def test_short_questions_in_other_languages_are_told_apart(text, expected):
    assert language.guess(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-fifth red team's: zero-width spaces in English had got the Polish lines, a Polish
        # goodbye-letter message the US and UK ones, Italian "vomiting blood" 911/999/112
        ("I w\u200bant to k\u200bill mys\u200belf", None),
        ("napisałam listy pożegnalne do wszystkich", "pl"),
        ("sto vomitando sangue", "it"),
        # the twenty-sixth red team's: US/UK lines for French and Dutch, Portuguese ones for Spanish
        ("je pense à me suicider", "fr"),
        ("hoeveel pillen amitriptyline zijn dodelijk?", "nl"),
        ("gracias, adiós. ya no voy a molestar más a nadie", "es"),
        ("zwymiotowałam krwią", "pl"),
    ],
)
def test_the_language_for_helplines_of_short_messages(text, expected):
    assert language.for_helplines(text) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ho vomitato sangue stamattina", "it"),
        ("posso beber cerveja tomando pregabalina?", "pt"),
        ("puedo beber cerveza tomando lyrica?", "es"),
    ],
)
def test_an_emergency_or_a_drink_asked_in_few_words_is_read_as_its_language(text, lang):
    # red team 33: no opening in the person's language, and the default lines
    assert language.for_helplines(text) == lang


def test_an_english_word_that_looks_french_does_not_make_a_message_french():
    assert language.for_helplines("I sang in a choir and now my back hurts") is None

"""The language guess that chooses helplines when nothing else says where someone is."""

from __future__ import annotations

import pytest

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
        ("i want to die", None),
        ("is yoga ok for me", None),
        ("hola", None),
        ("", None),
        (None, None),
    ],
)
def test_guess(text, expected):
    assert guess(text) == expected

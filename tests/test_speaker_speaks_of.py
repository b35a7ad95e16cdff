"""A short quote after a verb of speaking of something and its preposition ("habló de «…»", "parla di
«…»", "spoke of a “…”"): the subject's words for it, listed and theirs, not a term
(speakers.speaks_of_before, _speaks_of)."""

from __future__ import annotations

import speaker_pages


def test_a_spanish_short_quote_after_hablo_de_is_the_subjects() -> None:
    found = speaker_pages.speakers(
        "<p>La directora del puerto, Marta Quiroga Lema, habló de «un invierno razonablemente tranquilo».</p>",
        lang="es")
    assert found == ["Marta Quiroga Lema"]


def test_an_italian_short_quote_after_parla_di_is_the_subjects() -> None:
    found = speaker_pages.speakers(
        "<p>Il comandante del porto, Ettore Villafranca, parla di «una stagione davvero difficile».</p>", lang="it")
    assert found == ["Ettore Villafranca"]


def test_an_english_short_quote_after_spoke_of_is_the_subjects() -> None:
    found = speaker_pages.speakers(
        "<p>The harbour master, Ann Lorimer, spoke of “a really difficult winter”.</p>")
    assert found == ["Ann Lorimer"]


# where it must not fire


def test_a_short_quote_after_another_preposition_stays_a_term() -> None:
    found = speaker_pages.speakers(
        "<p>The harbour master, Ann Lorimer, pleaded guilty to “a really difficult winter”.</p>")
    assert found == []

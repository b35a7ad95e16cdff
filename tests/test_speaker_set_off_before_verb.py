"""A phrase of a few lower-case words set off by commas between a sentence's subject and its verb of saying ("La
directora, por su parte, aseguró que «…»", "She, however, insisted that “…”") is read past: the subject is
read as if it were not there (speakers._set_off_opening in _sentence_subject)."""

from __future__ import annotations

import speaker_pages


def test_a_spanish_role_noun_before_por_su_parte() -> None:
    found = speaker_pages.speakers("<p>La directora del puerto, Ana Ruiz, habló el lunes.</p><p>La directora, por su "
                                   "parte, aseguró que «el muelle seguirá cerrado hasta nuevo aviso y no lo "
                                   "reabriremos antes de que terminen las obras».</p>", lang="es")
    assert found == ["Ana Ruiz"]


def test_an_english_pronoun_before_however() -> None:
    found = speaker_pages.speakers("<p>Ann Lee runs the port.</p><p>She, however, insisted that the pier “is closed "
                                   "until further notice, and we will not reopen it before the engineers are "
                                   "done”.</p>")
    assert found == ["Ann Lee"]

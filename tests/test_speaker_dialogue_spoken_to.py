"""A dialogue's question whose incise names, after a preposition of address, the person it was put to
("«…?», preguntó Inés … a su primo, Julián …", "“…?” said Ann … to her brother, Tom …") is answered by that
person: the next paragraph that is a quotation alone and names no one is theirs. Only after a question
(after a statement, news sets the same voice going on), only for a person the page names in full, not
for a body."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_spanish_question_to_a_cousin() -> None:
    assert speaker_pages.speakers(P("«¿Dónde dejaste los remos del bote?», preguntó Inés Galdós a su primo, "
                                    "Julián Galdós.") + P("«Están debajo del muelle, como siempre»"), lang="es") \
        == ["Inés Galdós", "Julián Galdós"]


def test_english_question_to_a_brother() -> None:
    assert speaker_pages.speakers(P("“Did you lock the boathouse last night?” said Ann Lowry to her brother, Tom "
                                    "Lowry.") + P("“I always lock it before dark.”")) == ["Ann Lowry", "Tom Lowry"]


def test_a_statement_to_someone_goes_on_in_the_same_voice() -> None:
    # must not fire: after a statement the next paragraph of quotation goes on in the speaker's voice
    assert speaker_pages.speakers(P("“We will reopen the pier next spring,” said Ann Lowry to councillor Tom "
                                    "Berg.") + P("“The work starts in March, weather permitting.”")) \
        == ["Ann Lowry", "Ann Lowry"]


def test_a_question_to_a_body_is_answered_by_no_body() -> None:
    # must not fire: a board is no one to answer a turn
    assert speaker_pages.speakers(P("“Who pays for the new pier?” asked Ann Lowry to the Harbour Board.")
                                  + P("“The work starts in March, weather permitting.”"))[1] != "Harbour Board"


"""„…“, sagte ein Sprecher der Hafenverwaltung Nordmark: the body a German spokesperson speaks for is the whole
name in the genitive, its institution's word and the name after it ("Hafenverwaltung Nordmark", "Universität
Kassel"), not the place alone; after a generic word ("des Unternehmens Nordwind Fähren") the name alone, and no
body for a person in the genitive."""

from __future__ import annotations

import pytest
import speaker_pages

SAID = "„Wir haben keine Pläne, die Fähre im Winter einzustellen“, sagte"


@pytest.mark.parametrize(("genitive", "expected"), [
    ("ein Sprecher der Hafenverwaltung Nordmark", "Hafenverwaltung Nordmark"),
    ("ein Sprecher des Hafenamts Nordmark", "Hafenamt Nordmark"),
    ("eine Sprecherin der Universität Kassel", "Universität Kassel"),
])
def test_the_whole_name_in_the_genitive(genitive: str, expected: str) -> None:
    assert speaker_pages.speakers(f"<p>{SAID} {genitive}.</p>", lang="de") == [expected]


# where it must not fire


def test_a_generic_word_before_the_name_is_left_out() -> None:
    assert speaker_pages.speakers(f"<p>{SAID} eine Sprecherin des Unternehmens Nordwind Fähren.</p>",
                                  lang="de") == ["Nordwind Fähren"]


def test_a_person_in_the_genitive_is_no_body() -> None:
    assert speaker_pages.speakers(f"<p>{SAID} ein Sprecher der Ministerin Anna Berg.</p>", lang="de") == [None]


def test_a_compound_alone_stays_alone() -> None:
    assert speaker_pages.speakers(f"<p>{SAID} ein Sprecher der Stadtverwaltung.</p>", lang="de") == ["Stadtverwaltung"]


# A spokesperson's office, the body and the person's name run together: the person's.

RUN_ON = "“We have no plans to close the ferry this winter,” said"


def test_the_person_after_the_body_is_the_speaker() -> None:
    assert speaker_pages.speakers(f"<p>{RUN_ON} spokesperson for Harbour Board Ann Lee.</p>") == ["Ann Lee"]


# where it must not fire


def test_a_body_alone_after_the_spokesperson_stays_the_body() -> None:
    assert speaker_pages.speakers(f"<p>{RUN_ON} a spokesperson for the Harbour Board.</p>") == ["Harbour Board"]


def test_one_word_after_the_body_is_no_person() -> None:
    assert "Operations" not in speaker_pages.speakers(f"<p>{RUN_ON} a spokesperson for Harbour Board Operations.</p>")


def test_a_run_with_no_body_word_is_not_split() -> None:
    assert speaker_pages.speakers(f"<p>{RUN_ON} a spokesperson for Norvik Ferry Lines.</p>") != ["Ferry Lines"]


def test_a_body_going_on_past_a_connector_is_not_split() -> None:
    assert speaker_pages.speakers("<p>«Estamos revisando todas las quejas de los viajeros», dijo un portavoz de "
                                  "Consignas del Norte.</p>", lang="es") != ["del Norte"]

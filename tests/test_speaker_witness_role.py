"""A court report's or a transcript's witness, set before the name or alone ("Zeuge Ralf Bohm: „…“", "antwortete
der Zeuge:", "Todistaja vastasi:"), is a role word (ROLE_WORDS), no name: the witness the page names, or no one."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_german_witness_answering_is_the_witness_named_before() -> None:
    found = speaker_pages.speakers(
        P("Vorsitzender Richter Dr. Konrad Albers: „Wer hatte an jenem Abend den Schlüssel zum Bootshaus?“")
        + P("Zeuge Till Wennemann: „Nur der Hafenmeister und ich, sonst niemand.“")
        + P("Auf die Frage der Verteidigerin, ob er sicher sei, antwortete der Zeuge: „Ganz sicher. Ich war "
            "jeden Abend dort.“"), lang="de")
    assert found == ["Konrad Albers", "Till Wennemann", "Till Wennemann"]


def test_a_finnish_witness_unnamed_is_no_one() -> None:
    found = speaker_pages.speakers(
        P("Puheenjohtaja Aulikki Rantanen: ”Näittekö, kuka ajoi venettä sinä iltana?”")
        + P("Todistaja vastasi: ”En nähnyt kasvoja, vain keltaisen takin ja lippalakin.”"), lang="fi")
    assert found == ["Aulikki Rantanen", None]

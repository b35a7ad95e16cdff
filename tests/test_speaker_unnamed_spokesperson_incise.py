"""An incise that brings in a spokesperson with an indefinite article and no name ("“…,” a spokeswoman said",
"a company spokesman said", "a spokesman for the operator said") gives the quote to the institution the
sentence before opens on (speakers.unnamed_spokesperson_body); someone else brought in unnamed ("a
passenger said") stays no one's."""

from __future__ import annotations

import speaker_pages

CANCELLED = "<p>Harbour Ferries said the crossing had been cancelled and that boats would run again by Friday.</p>"
SORRY = "“We apologise to passengers for the disruption and will refund every ticket,”"


def test_a_spokeswoman_speaks_for_the_institution_before() -> None:
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a spokeswoman said.</p>") == ["Harbour Ferries"]


def test_a_company_spokesman_and_a_spokesman_for_the_operator() -> None:
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a company spokesman said.</p>") == ["Harbour Ferries"]
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a spokesman for the operator added.</p>") \
        == ["Harbour Ferries"]


def test_a_passenger_stays_unnamed() -> None:
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a passenger said.</p>") == [None]


def test_a_spokesperson_for_the_body_by_a_word_of_its_name() -> None:
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a spokesman for the ferries said.</p>") \
        == ["Harbour Ferries"]


def test_a_spokesperson_for_another_body_than_the_one_named_before_is_not_its() -> None:
    """"A union spokesman" after a company, "a spokeswoman for the developer" after a council: someone else's."""
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a union spokesman said.</p>") == [None]
    assert speaker_pages.speakers(CANCELLED + f"<p>{SORRY} a spokeswoman for the developer said.</p>") == [None]

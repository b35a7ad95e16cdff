"""'read' or 'reads' after a document noun a few words before ("the Harbour Trust’s statement read", "a statement
from the Harbour Trust read:") gives the document's words, its issuer's (speakers._verb_at,
DOCUMENT_READ_VERBS); "read" after a person with no document before it ("Ann Lee read that …") is not."""

from __future__ import annotations

import speaker_pages

Q = "The pier is closed until further notice, and we will not reopen it before the engineers are done"


def test_the_body_s_statement_read_after_the_quote() -> None:
    assert speaker_pages.speakers(f"<p>“{Q},” the Harbour Trust’s statement read.</p>") == ["Harbour Trust"]
    assert speaker_pages.speakers(f"<p>“{Q},” the statement from the Harbour Trust reads.</p>") == ["Harbour Trust"]


def test_a_statement_from_the_body_read_before_the_quote() -> None:
    assert speaker_pages.speakers(f"<p>A statement from the Harbour Trust read: “{Q}.”</p>") == ["Harbour Trust"]


def test_a_person_reading_is_no_document() -> None:
    assert speaker_pages.speakers(f"<p>Ann Lee read that the pier was “{Q.lower()}”.</p>") == [None]

"""An incise whose description opens on an article and a body's capitalised name in the possessive ("“…,” the
Harbour Trust’s chief executive, Ann Lee, said") is read past the owner to the holder it names
(speakers._capitalised_owner_end in _described_speaker), as "the city’s chief executive, Ann Lee" was; a
document of the body's ("the Harbour Trust’s letter said") stays the body's."""

from __future__ import annotations

import speaker_pages

QUOTE = "“The pier is closed until further notice, and we will not reopen it before the engineers are done,”"


def test_the_body_s_officer_set_off_by_commas() -> None:
    assert speaker_pages.speakers(f"<p>{QUOTE} the Harbour Trust’s chief executive, Ann Lee, said.</p>") \
        == ["Ann Lee"]


def test_the_body_s_officer_without_commas() -> None:
    assert speaker_pages.speakers(f"<p>{QUOTE} the Harbour Trust’s chief executive Ann Lee said.</p>") \
        == ["Ann Lee"]


def test_the_body_s_document_stays_the_body_s() -> None:
    assert speaker_pages.speakers("<p>The Harbour Trust wrote to residents on Monday.</p>"
                                  f"<p>{QUOTE} the Harbour Trust’s letter said.</p>") == ["Harbour Trust"]

"""A clause reported after a verb of saying that reports someone else's telling in turn ("Ann Lee said the trustee
had told guests that the gallery would “…”": _told_by in sentence_speaker): the words are the one who told, the
holder of that role the page names (before or after), not the subject's."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_the_trustee_named_in_the_next_paragraph() -> None:
    page = (P("Ottilie Brackwell, who was at the opening, said the trustee had told guests that the museum would "
              "“never charge a penny for entry”.")
            + P("The trustee, Rupert Vantongeren, confirmed the remark afterwards. “I meant every word of it.”"))
    assert speaker_pages.speakers(page) == ["Rupert Vantongeren", "Rupert Vantongeren"]


def test_the_coach_named_before() -> None:
    page = (P("The coach, Delphine Marchbanks, has led the club for six seasons.")
            + P("The captain, Ewan Threlfall, said that the coach had promised the squad “a summer off if we stay "
                "up”."))
    assert speaker_pages.speakers(page) == ["Delphine Marchbanks"]


def test_a_clause_with_no_telling_stays_the_subjects() -> None:
    page = P("Ottilie Brackwell said the trustee had opened the museum and called it “a gift to the town”.")
    assert speaker_pages.speakers(page) == ["Ottilie Brackwell"]

"""A short sentence of the narrator's that points back to what the paragraph before told ("That visit
led to a decision: “…”") leads into the same voice: the quotation is the one who spoke just before's."""

from __future__ import annotations

import speaker_pages

BEFORE = ("<p>Mara Quillfeather inspected the old sea wall for the harbour board.</p>"
          "<p>“I walked the whole length of it at low tide,” she said. “I needed to see the stones myself.”</p>")


def test_a_back_pointing_colon_lead_goes_on_in_the_voice_before() -> None:
    assert speaker_pages.speakers(BEFORE + "<p>That visit led to a decision: “The north end has to be rebuilt "
                                  "before the winter storms.”</p>")[-1] == "Mara Quillfeather"


def test_someone_new_brought_in_by_the_lead_is_unnamed() -> None:
    assert speaker_pages.speakers(BEFORE + "<p>A neighbour put it differently: “The north end has to be rebuilt "
                                  "before the winter storms.”</p>")[-1] is None


def test_a_back_pointing_lead_after_no_speaker_is_no_ones() -> None:
    assert speaker_pages.speakers("<p>Mara Quillfeather inspected the old sea wall for the harbour board.</p>"
                                  "<p>The morning was cold and the tide far out.</p>"
                                  "<p>That visit led to a decision: “The north end has to be rebuilt before the "
                                  "winter storms.”</p>")[-1] is None


def test_a_question_the_lead_sets_up_is_the_narrators() -> None:
    assert speaker_pages.speakers(BEFORE + "<p>That promise led to one question: “Who will pay for the "
                                  "new stones?”</p>")[-1] is None

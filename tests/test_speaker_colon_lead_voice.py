"""A short sentence of the narrator's that points back to what the paragraph before told ("That process
led to a realization: “…”") leads into the same voice: the quotation is the one who spoke just before's."""

from __future__ import annotations

import speaker_pages

BEFORE = ("<p>Mara Quillfeather wrote the closing song for the film.</p>"
          "<p>“I fought to get the full script,” she said. “I needed to know where the heroine lives.”</p>")


def test_a_back_pointing_colon_lead_goes_on_in_the_voice_before() -> None:
    assert speaker_pages.speakers(BEFORE + "<p>That process led to a realization: “It was a love song from the "
                                  "heroine to her mother.”</p>")[-1] == "Mara Quillfeather"


def test_someone_new_brought_in_by_the_lead_is_unnamed() -> None:
    assert speaker_pages.speakers(BEFORE + "<p>A neighbour put it differently: “It was a love song from the "
                                  "heroine to her mother.”</p>")[-1] is None


def test_a_back_pointing_lead_after_no_speaker_is_no_ones() -> None:
    assert speaker_pages.speakers("<p>Mara Quillfeather wrote the closing song for the film.</p>"
                                  "<p>The studio was cold and the piano out of tune.</p>"
                                  "<p>That process led to a realization: “It was a love song from the heroine to "
                                  "her mother.”</p>")[-1] is None


def test_a_question_the_lead_sets_up_is_the_narrators() -> None:
    assert speaker_pages.speakers(BEFORE + "<p>That promise led to one question: “Who will pay for the "
                                  "orchestra?”</p>")[-1] is None

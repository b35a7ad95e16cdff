"""A forum user's handle in bold before a colon and the post's words ("<b>harbour_cat77</b>: “…”") names who
posts them (sections._bold_handle in _bold_name_lead), as a bold full name does; a bold label with no figure or
underscore ("<b>COVID-19</b>", "<b>Update</b>") or with no colon names no one."""

from __future__ import annotations

import speaker_pages

POST = "“The ramp was fixed on Tuesday. Took them ten minutes, thanks all!”"


def test_a_bold_handle_and_a_colon() -> None:
    assert speaker_pages.speakers(f'<div class="post"><b>harbour_cat77</b>: {POST}</div>') == ["harbour_cat77"]


def test_the_colon_inside_the_bold() -> None:
    assert speaker_pages.speakers(f"<p><b>Marta_K:</b> {POST}</p>") == ["Marta_K"]


def test_a_bold_label_with_a_hyphen_names_no_one() -> None:
    assert speaker_pages.speakers(f"<p><b>COVID-19</b>: {POST}</p>") == [None]


def test_a_bold_handle_with_no_colon_names_no_one() -> None:
    assert speaker_pages.speakers(f"<p><b>harbour_cat77</b> {POST}</p>") == [None]

"""A forum user's handle in bold before a colon and the post's words ("<b>harbour_cat77</b>: “…”") names who
posts them (sections._bold_handle in _bold_name_lead), as a bold full name does, in a forum's post (a block
whose class names a post, a comment or a reply); a bold label with no figure or underscore ("<b>COVID-19</b>",
"<b>Update</b>"), with no colon, or on a page that is no forum ("<b>Step_2</b>:" on a how-to page) names no one."""

from __future__ import annotations

import speaker_pages

POST = "“The ramp was fixed on Tuesday. Took them ten minutes, thanks all!”"


def test_a_bold_handle_and_a_colon() -> None:
    assert speaker_pages.speakers(f'<div class="post"><b>harbour_cat77</b>: {POST}</div>') == ["harbour_cat77"]


def test_the_colon_inside_the_bold() -> None:
    assert speaker_pages.speakers(f'<div class="forum-reply"><p><b>Marta_K:</b> {POST}</p></div>') == ["Marta_K"]


def test_a_bold_label_with_a_hyphen_names_no_one() -> None:
    assert speaker_pages.speakers(f"<p><b>COVID-19</b>: {POST}</p>") == [None]


def test_a_bold_handle_with_no_colon_names_no_one() -> None:
    assert speaker_pages.speakers(f"<p><b>harbour_cat77</b> {POST}</p>") == [None]


def test_a_numbered_step_label_on_a_how_to_page_names_no_one() -> None:
    assert speaker_pages.speakers("<p><b>Step_2</b>: “Run the installer from the unpacked folder again.”</p>") \
        == [None]
    assert speaker_pages.speakers("<p><b>Note</b>: “The cache is cleared every time the service restarts.”</p>") \
        == [None]


def test_a_step_label_in_other_languages_names_no_one() -> None:
    assert speaker_pages.speakers("<p><b>Schritt_3</b>: „Starten Sie den Dienst danach noch einmal neu.“</p>",
                                  "de") == [None]
    assert speaker_pages.speakers("<p><b>Étape_4</b> : « Relancez le service une fois la copie terminée. »</p>",
                                  "fr") == [None]


def test_a_handle_outside_a_post_names_no_one() -> None:
    assert speaker_pages.speakers(f"<p><b>Marta_K:</b> {POST}</p>") == [None]

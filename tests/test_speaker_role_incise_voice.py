"""A quotation whose incise gives it to the holder of a role the page named by a definite role noun ("“…,” the
inspector said", "« … », a dit le maire") is that person's by name: a paragraph that is a quotation alone right
after it goes on in that voice (sections._inline_quotes: by_name after page_role_holder), as after "“…,” she
said"; a quotation after a paragraph that names someone else, or where the role noun is an indefinite one
("a neighbour said"), is not. Names and words invented."""

from __future__ import annotations

import speaker_pages


def test_a_role_incise_then_a_quotation_alone() -> None:
    page = ("<p>Inspector Ruth Calder has led the river unit for nine years.</p>"
            "<p>“Most of the boats we find were never locked,” the inspector said.</p>"
            "<p>“Buy a chain. It costs less than a new outboard.”</p>")
    assert speaker_pages.speakers(page) == ["Ruth Calder", "Ruth Calder"]


def test_a_french_office_incise_then_a_quotation_alone() -> None:
    page = ("<p>Le maire de Vaudreuil, Henri Desmarais, a présenté le budget mardi.</p>"
            "<p>« Nous ne toucherons pas aux écoles », a assuré le maire.</p>"
            "<p>« Les routes attendront un an de plus. »</p>")
    assert speaker_pages.speakers(page, "fr") == ["Henri Desmarais", "Henri Desmarais"]


def test_an_indefinite_newcomer_keeps_no_voice() -> None:
    page = ("<p>Inspector Ruth Calder has led the river unit for nine years.</p>"
            "<p>“Most of the boats we find were never locked,” a boat owner said.</p>"
            "<p>“I had mine taken twice in one summer.”</p>")
    assert speaker_pages.speakers(page)[1:] == [None]


def test_a_paragraph_naming_someone_else_between_breaks_the_voice() -> None:
    page = ("<p>Inspector Ruth Calder has led the river unit for nine years.</p>"
            "<p>“Most of the boats we find were never locked,” the inspector said.</p>"
            "<p>Boat owner Dennis Harwell disagreed with her on Friday.</p>"
            "<p>“Buy a chain. It costs less than a new outboard.”</p>")
    assert speaker_pages.speakers(page)[1:] != ["Ruth Calder"]

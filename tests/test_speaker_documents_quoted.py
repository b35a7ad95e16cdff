"""A document quoted in an incise ("“…,” the report concludes", "„…“, so der Bericht", "«…», concluye el
informe") speaks for its author: the body the sentences before name publishing it or, where they name
none, the one an earlier quotation of the same document on the page was found to speak for. The document
noun itself is never the speaker ("Bericht", "review on Monday"). Not where two bodies each had a
"report" quoted, another kind of document is quoted, or the author's name is cut from a longer one."""

from __future__ import annotations

import speaker_pages

# Paragraphs with no quotation and no one's name, to set a report's later quotation apart from its first.
BETWEEN = ("<p>Tides at the quay ran higher than usual this spring, and the boats waited in the bay.</p>"
           "<p>Nobody in the town seemed surprised by the news this week, least of all the fishermen.</p>"
           "<p>The boats went out early anyway and came back before noon with full nets.</p>")

TRUST_REPORT = ("<p>The Harbour Trust of Penmarrow published its annual report on Monday. “The quay needs a new "
                "wall before the winter storms,” the report said.</p>")


def test_a_report_quoted_again_paragraphs_later_speaks_for_its_author() -> None:
    assert speaker_pages.speakers(f"{TRUST_REPORT}{BETWEEN}<p>“Costs rose by a third over the year, and they "
                                  "will rise again,” the report concludes.</p>") == ["Harbour Trust of Penmarrow"] * 2


def test_so_der_bericht_speaks_for_the_body_publishing_it() -> None:
    assert speaker_pages.speakers(
        "<p>Das Hafenamt Nordmark veröffentlichte am Montag seinen Bericht.</p><p>„Die Kosten sind um ein Drittel "
        "gestiegen und werden weiter steigen“, so der Bericht.</p>", lang="de") == ["Hafenamt Nordmark"]


def test_concluye_el_informe_speaks_for_the_body_publishing_it() -> None:
    assert speaker_pages.speakers(
        "<p>La Autoridad Portuaria de Villaseca publicó el lunes su informe anual.</p><p>«Los costes han subido "
        "un tercio y seguirán subiendo», concluye el informe.</p>", lang="es") == ["Autoridad Portuaria de Villaseca"]


def test_conclut_le_rapport_without_the_elided_article() -> None:
    assert speaker_pages.speakers(
        "<p>L’Agence Portuaire de Kerlan a publié lundi son rapport annuel.</p><p>« Les coûts ont augmenté d’un "
        "tiers et vont encore augmenter », conclut le rapport.</p>", lang="fr") == ["Agence Portuaire de Kerlan"]


def test_the_review_said_is_the_body_not_the_words_after_review() -> None:
    assert speaker_pages.speakers(
        "<p>The Harbour Trust of Penmarrow published its annual review on Monday. “The quay needs a new wall "
        "before the winter storms,” the review said.</p>") == ["Harbour Trust of Penmarrow"]


# where it must not fire


def test_two_bodies_reports_quoted_before_leave_a_later_report_unowned() -> None:
    assert speaker_pages.speakers(
        f"{TRUST_REPORT}<p>The Ferrymen’s Union of Penmarrow published a report of its own a week later. “The "
        f"boats are too old to mend and too dear to replace,” the report said.</p>{BETWEEN}<p>“Costs rose by a "
        "third over the year, and they will rise again,” the report concludes.</p>")[-1] is None


def test_another_kind_of_document_is_not_the_reports() -> None:
    assert speaker_pages.speakers(f"{TRUST_REPORT}{BETWEEN}<p>“Costs rose by a third over the year, and they will "
                                  "rise again,” the letter concludes.</p>")[-1] is None


def test_so_der_bericht_with_no_author_is_no_one_not_the_document() -> None:
    assert speaker_pages.speakers("<p>„Die Kosten sind um ein Drittel gestiegen und werden weiter steigen“, so der "
                                  "Bericht.</p>", lang="de") == [None]


def test_a_body_named_in_sentence_case_is_not_cut_to_its_town() -> None:
    assert "Kerlan" not in speaker_pages.speakers(
        "<p>L’Agence portuaire de Kerlan a publié lundi son rapport annuel.</p><p>« Les coûts ont augmenté d’un "
        "tiers et vont encore augmenter », conclut le rapport.</p>", lang="fr")


def test_someone_reading_the_report_is_not_its_author() -> None:
    assert speaker_pages.speakers("<p>Ann Marlow read the report twice on Monday.</p><p>“Costs rose by a third over "
                                  "the year and will rise again,” says the report.</p>") == [None]

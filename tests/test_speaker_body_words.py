"""A body's word alone ("the agency said", "la agencia dijo") where the page gives no longer name with that
word: the one body the sentences before the quotation name, whatever their verb; no one for two bodies, or
for places and outlets only."""

from __future__ import annotations

from speaker_pages import speakers


def test_a_bodys_word_alone_is_the_one_body_the_sentences_before_name() -> None:
    assert speakers("<p>Our reporter wrote to the Department of Harbours for comment. In a reply to the inquiry, "
                    "the agency said, “The ferry operator is under review and we will publish our findings in March.”"
                    "</p>") == ["Department of Harbours"]
    assert speakers("<p>La redacción consultó al Instituto Portuario del Norte. En su respuesta, la agencia dijo que "
                    "«el transbordador seguirá en el astillero hasta la primavera».</p>", "es") \
        == ["Instituto Portuario del Norte"]


def test_a_bodys_word_names_no_one_where_two_bodies_or_only_places_are_named_before() -> None:
    assert speakers("<p>Our reporter wrote to the Department of Harbours and the Harbour Trust for comment. "
                    "The agency said, “The ferry operator is under review and we will publish our findings in March.”"
                    "</p>") == [None]
    assert speakers("<p>Reporters walked down Quay Street past the Harbour Times office. The agency said, “The ferry "
                    "operator is under review and we will publish our findings in March.”</p>") == [None]


def test_an_unclosed_quotation_after_a_bodys_word_is_the_body_named_before() -> None:
    assert speakers("<p>Our reporter wrote to the Department of Harbours for comment. In a reply, the agency said, "
                    "“The ferry operator is under review and we will publish our findings in March.</p>"
                    "<p>“We have no further comment at this stage of the review.”</p>")[0] == "Department of Harbours"


def test_a_german_public_body_written_after_its_article_speaks() -> None:
    # German writes every noun capitalised: "die Feuerwehr" is a noun and still the body that speaks
    assert speakers("<p>„Wir prüfen den Vorfall“, erklärte die Bundesregierung am Montag.</p>", "de") \
        == ["Bundesregierung"]
    assert speakers("<p>Die Feuerwehr war mit 40 Kräften im Einsatz. „Das Feuer ist gelöscht“, sagte die "
                    "Feuerwehr.</p>", "de") == ["Feuerwehr"]
    assert speakers("<p>„Die Straße bleibt bis Freitag gesperrt“, teilte die Polizei mit.</p>", "de") == ["Polizei"]

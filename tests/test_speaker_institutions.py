"""Quotations a page gives to an institution by sentence structure: "according to" its document and a
clause, a document's lead-in whose owner the sentence before names, a German compound named again
by its head noun, and a generic institution's word in the genitive. Every name here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

QUOTE = "uno de los pocos muelles de madera que conserva su estructura original"


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    # "according to" the institution's document, then a clause in lower case up to the quote
    ("es", f"<p>Según el informe de la Consejería de Puertos, el muelle de Valdemora es «{QUOTE}».</p>",
     "Consejería de Puertos"),
    ("es", f"<p>Según la Consejería de Puertos, el muelle es «{QUOTE}».</p>", "Consejería de Puertos"),
    ("en", ("<p>According to the Tidal Institute, the quay in Portval is “the oldest working pier on this "
           "stretch of the coast”.</p>"), "Tidal Institute"),
    ("fr", ("<p>Selon le rapport de la Chambre des Ports, le quai de Brest est « le plus ancien quai de bois "
           "encore en service sur la côte ».</p>"), "Chambre des Ports"),
])
def test_according_to_a_document_then_a_clause(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph"), [
    # someone else is the clause's subject: the name after "according to" does not speak
    ("en", ("<p>According to Ann Lee, the mayor Jo Park was “never going to sign the harbour deal in this "
           "form at all”.</p>")),
    ("es", f"<p>Según el informe de la Consejería de Puertos, Marta Ruiz dijo que el muelle es «{QUOTE}».</p>"),
])
def test_according_to_then_another_subject(lang: str, paragraph: str) -> None:
    assert speakers(paragraph, lang) != ["Consejería de Puertos"]
    assert speakers(paragraph, lang) != ["Ann Lee"]


def test_owned_document_lead_in_after_the_owner_said_so() -> None:
    paragraph = ("<p>The Northfield Water Board has been saying so for a while. Its 2024 guidance for owners "
                 "puts it bluntly: “A pier that is not dredged is a pier that will close within the decade.”</p>")
    assert speakers(paragraph) == ["Northfield Water Board"]


def test_owned_document_lead_in_with_no_owner_named() -> None:
    paragraph = ("<p>The tide was high all week. Its 2024 guidance for owners puts it bluntly: “A pier that is "
                 "not dredged is a pier that will close within the decade.”</p>")
    assert speakers(paragraph) == [None]


def test_german_head_noun_names_the_compound_named_before() -> None:
    paragraph = ("<p>Die Hafenkammer Kiel führt den Beruf nicht mehr. „Die Nachfrage nach Lotsen ist zu gering, "
                 "um eine eigene Ausbildung zu rechtfertigen“, teilte die Kammer auf Anfrage mit.</p>")
    assert speakers(paragraph, "de") == ["Hafenkammer Kiel"]


def test_german_head_noun_with_two_compounds_names_nobody() -> None:
    paragraph = ("<p>Die Hafenkammer Kiel und die Fischereikammer Husum streiten. „Die Nachfrage nach Lotsen ist "
                 "zu gering, um eine eigene Ausbildung zu rechtfertigen“, teilte die Kammer auf Anfrage mit.</p>")
    assert speakers(paragraph, "de") == [None]


def test_generic_institution_in_the_genitive_names_nobody() -> None:
    paragraph = ("<p>„Wir bedauern diese Entwicklung sehr, halten aber am Ziel fest“, heißt es in einer "
                 "Mitteilung des Unternehmens.</p>")
    assert speakers(paragraph, "de") == [None]


POLISH = "„remont nabrzeża będzie o około połowę tańszy niż budowa nowego”"


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    # a Polish body named before the place it serves, then where it spoke, then the verb
    ("pl", f"<p>Urząd Morski w Gdyni w komunikacie podkreślił, że {POLISH}.</p>", "Urząd Morski w Gdyni"),
    ("pl", f"<p>Zarząd Dróg Miejskich w Łodzi podkreślił, że {POLISH}.</p>", "Zarząd Dróg Miejskich w Łodzi"),
    # a person and where she spoke: the place is no part of her name, nor the speaker
    ("pl", f"<p>Anna Nowak w Sejmie podkreśliła, że {POLISH}.</p>", "Anna Nowak"),
    ("pl", f"<p>Jan Kowalski w rozmowie podkreślił, że {POLISH}.</p>", "Jan Kowalski"),
    ("ru", "<p>Анна Белова в интервью отметила, что «ремонт причала выполнен с соблюдением всех требований».</p>",
     "Анна Белова"),
])
def test_subject_then_where_it_spoke(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


def test_report_by_an_office_owned_in_lower_case() -> None:
    paragraph = ("<p>A report by the state’s Office of Coastal Works, released in May, warned that the pier would "
                 "close “within a decade under the present budget for repairs.”</p>")
    assert speakers(paragraph) == ["Office of Coastal Works"]


def test_office_owned_in_lower_case_after_a_plain_preposition_is_no_subject() -> None:
    paragraph = ("<p>Workers at the state’s Office of Coastal Works, a reader wrote, said the pier would close "
                 "“within a decade under the present budget for repairs.”</p>")
    assert speakers(paragraph) != ["Office of Coastal Works"]

"""A quotation given to a role or a kind ("the minister", "der Landwirt", "la agencia", "der VW-Boss")
whose holder the page named before: the speaker is that name, never the role word itself; where no one
holds it by the page's structure, the role is no one's name. Every name here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    # the role word, then where or when it was said (German "beim", "zum", "zur")
    ("de", ("<p>Landwirt Peter Krug bewirtschaftet seit dreißig Jahren den Hof am Waldrand.</p>"
            "<p>„Der Sommer war viel zu trocken für das Gras“, sagt der Landwirt beim Rundgang über den Hof.</p>"),
     "Peter Krug"),
    ("de", ("<p>Gesundheitsminister Karl Brandt besuchte am Montag die Klinik in Kiel.</p>"
            "<p>„Wir öffnen zwei Stationen vor dem Winter“, sagte der Minister zum Abschluss seines Besuchs.</p>"),
     "Karl Brandt"),
    # an institution's head word, then its adjectives before the department ("Instituto Nacional de …")
    ("es", ("<p>El Instituto Nacional de Estadística (INE) publicó el lunes los datos del paro.</p>"
            "<p>«El empleo crece por sexto mes seguido», señaló el instituto en su nota.</p>"),
     "Instituto Nacional de Estadística"),
    ("es", ("<p>La Agencia Estatal de Meteorología avisó el martes de lluvias fuertes en el norte.</p>"
            "<p>«Se esperan hasta cien litros por metro cuadrado», explicó la agencia en un comunicado.</p>"),
     "Agencia Estatal de Meteorología"),
    # a French name in lower-case words up to its acronym, then its head word after the elided article
    ("fr", ("<p>L'Agence nationale de sécurité sanitaire (Anses) a publié mardi un avis sur les pesticides.</p>"
            "<p>L'agence a précisé : « Les risques sont réels pour les riverains. »</p>"),
     "Agence nationale de sécurité sanitaire"),
    ("fr", ("<p>L'adjointe Léa Roux a visité le port lundi avec les pêcheurs.</p>"
            "<p>L'adjointe a précisé : « Les risques sont réels pour les riverains. »</p>"), "Léa Roux"),
    # a compound office: its first part says whose office it is, the holder named with another office of it
    ("de", ("<p>VW-Chef Oliver Blume stellte am Montag in Wolfsburg die Zahlen vor. Betriebsrätin Daniela "
            "Kessler kritisierte die Pläne scharf.</p><p>„Wir müssen die Kosten senken“, sagte der VW-Boss.</p>"),
     "Oliver Blume"),
    ("de", ("<p>SPD-Vorsitzende Anna Berg sprach am Montag in Kiel. CDU-Chef Jan Ott widersprach ihr.</p>"
            "<p>„Das ist ein schlechter Tag für die Stadt“, sagte die SPD-Chefin.</p>"),
     "Anna Berg"),
])
def test_role_word_is_the_one_named_with_it(lang: str, paragraphs: str, expected: str) -> None:
    assert speakers(paragraphs, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    # the page names no one as the minister: the role is nobody's name
    ("en", ("<p>The clinic in Dorset opened two wards on Monday after a long wait by patients.</p>"
            "<p>“We will open two more wards before winter,” the minister said after the visit.</p>")),
    # an elided article and a role or a kind that the page names no one or nothing with
    ("fr", ("<p>La maire Léa Roux a visité le port lundi.</p>"
            "<p>L'élue a précisé : « Les risques sont réels pour les riverains. »</p>")),
    ("fr", ("<p>L'Anses a publié mardi un avis sur les pesticides.</p>"
            "<p>L'agence a précisé : « Les risques sont réels pour les riverains. »</p>")),
    # a name after "vor" is whom the words were said before, not who said them
    ("de", "<p>„Das ist ein gutes Zeichen für das Tal“, sagte der Landrat vor Anna Berg und Jan Ott.</p>"),
])
def test_role_word_held_by_no_one_named_is_no_name(lang: str, paragraphs: str) -> None:
    found = speakers(paragraphs, lang)
    assert len(found) == 1
    assert found in ([None], [""]) or found[0].lower() not in ("minister", "the minister", "landrat", "der landrat",
                                                                "l'élue", "l'agence")
    assert found != ["Anna Berg"]


def test_compound_part_alone_names_no_office() -> None:
    """"VW-Werk Emden" is a plant, not an office: no holder of "der VW-Boss"."""
    from cleanpage.speakers import role_holder
    text = "Im VW-Werk Emden Nord arbeiten viertausend Menschen. Betriebsrätin Daniela Kessler kritisierte das."
    assert role_holder("vw-boss", (text,)) is None
    assert role_holder("vw-boss", ("VW-Chef Oliver Blume stellte die Zahlen vor.",)) == "Oliver Blume"


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", ("<p>Health Minister Ana Ruiz and Finance Minister Carl Holm met on Monday to talk about the budget.</p>"
            "<p>“We agreed on nothing yet,” the minister said after the meeting.</p>")),
    ("de", ("<p>Landwirt Peter Krug und sein Nachbar, Landwirt Jan Ott, bewirtschaften zwei Höfe im Tal.</p>"
            "<p>„Der Sommer war viel zu trocken für das Gras“, sagt der Landwirt.</p>")),
])
def test_role_word_two_people_hold_in_the_text_before_is_no_one(lang: str, paragraphs: str) -> None:
    assert speakers(paragraphs, lang) == [None]


def test_role_word_one_person_holds_twice_is_that_person() -> None:
    found = speakers("<p>Health Minister Ana Ruiz opened the ward. The minister, Ana Ruiz, thanked the nurses.</p>"
                     "<p>“We will open two more wards before winter,” the minister said.</p>")
    assert found == ["Ana Ruiz"]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("de", ("<p>Peter Krug (Landwirt) und Eva Roth (Bäuerin) führten am Montag durch den Stall. Danach sprach "
            "Jan Ott vom Bauernverband.</p><p>„Der Sommer war viel zu trocken“, sagt der Landwirt.</p>"), "Peter Krug"),
    ("es", ("<p>Ana Ruiz (ministra de Sanidad) y Carlos Gil (alcalde) visitaron el hospital. Luego habló Marta "
            "Pérez.</p><p>«Abriremos dos plantas más antes del invierno», dijo la ministra.</p>"), "Ana Ruiz"),
])
def test_role_in_brackets_after_the_name(lang: str, paragraphs: str, expected: str) -> None:
    """The office in brackets after a name ("Peter Krug (Landwirt)") names its holder, not whoever came last."""
    assert speakers(paragraphs, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("es", ("<p>La empresa Ferris del Sur recortó dos rutas a las islas el viernes.</p>"
            "<p>«No teníamos otra opción», explicó la empresa en un comunicado.</p>"), "Ferris del Sur"),
    ("fr", ("<p>La société Bacs du Val a supprimé deux lignes vers les îles vendredi.</p>"
            "<p>« Nous n'avions pas le choix », a expliqué la société dans un communiqué.</p>"), "Bacs du Val"),
    ("de", ("<p>Das Unternehmen Nordwind Fähren hat am Freitag zwei Linien zu den Inseln gestrichen.</p>"
            "<p>„Wir hatten keine Wahl“, teilte das Unternehmen mit.</p>"), "Nordwind Fähren"),
])
def test_kind_word_before_the_name_in_other_languages(lang: str, paragraphs: str, expected: str) -> None:
    """"la empresa Ferris del Sur", then "la empresa": the one body the page names with its kind."""
    assert speakers(paragraphs, lang) == [expected]


def test_one_capitalised_german_noun_after_the_kind_is_no_name() -> None:
    found = speakers("<p>Das Unternehmen Gewinne zu machen fällt in diesem Jahr schwer, sagen viele Reeder.</p>"
                     "<p>„Wir hatten keine Wahl“, teilte das Unternehmen mit.</p>", "de")
    assert found == [None]

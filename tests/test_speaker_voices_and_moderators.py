"""A page of voices set as bold names each over a paragraph that is one quotation, two or more such
pairs side by side: each name speaks the words under it, though the page names the person only there
(none of the name's words written in lower case elsewhere: no notice's title). And a Nordic moderator's,
host's or editor's office in the definite form before a name ("Moderatorn Elsa …", "Programlederen
Kari …") is no part of the name."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_bold_names_over_quoted_paragraphs() -> None:
    assert speaker_pages.speakers("<div class='voices'>" + P("<strong>Amélia Garrido</strong>")
                                  + P("“Pinto o porto todas as manhãs antes de abrir a loja.”")
                                  + P("<strong>Duarte Pinheiro</strong>")
                                  + P("“Eu só pinto quando o mar está calmo.”") + "</div>", lang="pt") \
        == ["Amélia Garrido", "Duarte Pinheiro"]


def test_one_bold_name_alone_gives_no_one() -> None:
    # must not fire: one bold line over one quotation, named nowhere else, is no page of voices
    assert speaker_pages.speakers("<div>" + P("<strong>Amélia Garrido</strong>")
                                  + P("“Pinto o porto todas as manhãs antes de abrir a loja.”")
                                  + P("A exposição abre no sábado na galeria do porto.") + "</div>", lang="pt") \
        == [None]


def test_notice_titles_over_quotes_are_no_one() -> None:
    # must not fire: titles whose words the page writes in lower case
    assert speaker_pages.speakers(P("The winter brings changes to the timetable and new parking rules.")
                                  + "<div>" + P("<strong>Winter Timetable</strong>")
                                  + P("“The last ferry now leaves at nine in the evening.”")
                                  + P("<strong>Parking Rules</strong>")
                                  + P("“Cars left on the quay overnight will be towed away.”") + "</div>") \
        == [None, None]


def test_an_incise_under_the_bold_name_names_the_speaker() -> None:
    # must not fire: the words under the bold line name their own speaker
    assert speaker_pages.speakers("<div>" + P("<strong>Amélia Garrido</strong>")
                                  + P("“Pinto o porto todas as manhãs antes de abrir a loja.”")
                                  + P("<strong>Duarte Pinheiro</strong>")
                                  + P("“O barco não espera por ninguém”, dizia o pai, Artur Pinheiro.")
                                  + "</div>", lang="pt")[1] == "Artur Pinheiro"


def test_swedish_moderator_in_the_definite_form() -> None:
    assert speaker_pages.speakers(P("Moderatorn Elsa Hedmark frågade: ”Hur många båtar ligger kvar i hamnen i "
                                    "vinter?”"), lang="sv") == ["Elsa Hedmark"]


def test_norwegian_host_in_the_definite_form() -> None:
    assert speaker_pages.speakers(P("Programlederen Kari Fosshaug spurte: «Hvor mange båter ligger igjen i "
                                    "havna i vinter?»"), lang="nb") == ["Kari Fosshaug"]


def test_the_moderator_named_nowhere_is_no_one() -> None:
    # must not fire: the office alone names no one
    assert speaker_pages.speakers(P("Moderatorn frågade: ”Hur många båtar ligger kvar i hamnen i vinter?”"),
                                  lang="sv") == [None]

"""A speaker's string is the person's name, whole and bare: no office or courtesy word before it,
the fullest form the page gives the same person, and in Japanese a name cut neither inside its
kanji nor into the office written after it."""

from __future__ import annotations

import speaker_pages

JA_FILLER = "".join(f"<p>港町の図書館では、古い本の修理が続いている。第{i}回の作業には地元の人々が多く集まり、"
                    "夕方まで静かに作業を続けた。</p>" for i in range(4))


def ja_speakers(paragraphs: str) -> list[str | None]:
    return speaker_pages.speakers(JA_FILLER + paragraphs, lang="ja", headline="港町の図書館")


def test_a_japanese_surname_written_with_the_repeat_mark_before_an_office() -> None:
    found = ja_speakers("<p>町長の野々村誠一氏は先週、港を視察した。野々村町長は「港は町の宝だ。必ず守りたい」と述べた。</p>")
    assert found == ["野々村誠一"]


def test_a_japanese_surname_before_an_office_of_the_same_kanji_as_a_name() -> None:
    # "村" could end the name; the page names the mayor in full before
    found = ja_speakers("<p>村長の佐藤健一氏は、計画を支持している。佐藤村長は「村の未来がかかっている」と話した。</p>")
    assert found == ["佐藤健一"]


def test_a_japanese_public_body_is_its_whole_name_not_its_last_four_kanji() -> None:
    found = ja_speakers("<p>県観光振興課は取材に対し、「地域の新しい拠点になる」とコメントした。</p>")
    assert found == ["県観光振興課"]


def test_the_head_of_a_japanese_body_is_a_person_not_the_body() -> None:
    found = ja_speakers("<p>組合長の浜田律子氏は会見を開いた。浜田律子組合長は「秋までに市場を再開する」と述べた。</p>")
    assert found == ["浜田律子"]


def test_a_german_office_the_page_also_writes_as_a_noun_is_not_part_of_the_name() -> None:
    found = speaker_pages.speakers(
        "<p>Der Gemeinderat will im Mai erneut über die Brücke beraten.</p>"
        "<p>Gemeinderat Torsten Albrecht (SPD) ist unzufrieden. „Wir verlieren ein ganzes Jahr“, sagt Gemeinderat "
        "Torsten Albrecht.</p><p>Albrecht fordert eine Übergangslösung.</p>", lang="de")
    assert found == ["Torsten Albrecht"]


def test_a_long_compound_office_before_a_name_the_page_also_writes_alone() -> None:
    found = speaker_pages.speakers(
        "<p>Landesbildungsstaatssekretärin Miriam Kohlhaas besuchte die Schule am Montag.</p>"
        "<p>„Hier wird gezeigt, wie es gehen kann“, sagte Landesbildungsstaatssekretärin Miriam Kohlhaas. "
        "Kohlhaas versprach mehr Geld.</p>", lang="de")
    assert found == ["Miriam Kohlhaas"]


def test_a_swedish_definite_office_opening_the_sentence_is_not_part_of_the_name() -> None:
    found = speaker_pages.speakers(
        "<p>Barnmorskeassistenten Sofia Lindqvist på Kiruna BB har arbetat där i tolv år.</p>"
        "<p>– Vi får fler samtal nu än förut, säger Sofia Lindqvist.</p>"
        "<p>– Det märks varje natt, säger Barnmorskeassistenten Sofia Lindqvist.</p>", lang="sv")
    assert found == ["Sofia Lindqvist", "Sofia Lindqvist"]


def test_a_long_first_word_of_a_name_the_page_never_writes_apart_stays() -> None:
    # no sign beyond its length: the page never calls her by the rest of the name alone
    found = speaker_pages.speakers(
        "<p>“The river rose faster than any year I remember,” said Venkatalakshmi Rao Iyer.</p>")
    assert found == ["Venkatalakshmi Rao Iyer"]


def test_a_spanish_courtesy_word_before_a_first_name_gives_the_full_name() -> None:
    found = speaker_pages.speakers(
        "<p>Don Ramón Ortiz y su hija Lucía abrieron la panadería en 1987.</p>"
        "<p>Don Ramón lo recuerda bien. “Aquí no había ni luz en la calle”, dice Don Ramón.</p>", lang="es")
    assert found == ["Ramón Ortiz"]


def test_an_english_first_name_like_a_courtesy_word_stays() -> None:
    found = speaker_pages.speakers("<p>“We sold every ticket by noon,” said Don Whitaker, the club’s treasurer.</p>")
    assert found == ["Don Whitaker"]


def test_a_french_elided_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    found = speaker_pages.speakers(
        "<p>Julienne Marceau tient la librairie depuis 2002 avec son frère.</p>"
        "<p>C’est Julienne qui parle : « Les clients reviennent le samedi. »</p>", lang="fr")
    assert found == ["Julienne Marceau"]


def test_a_name_cut_before_its_particle_takes_the_fullest_form_the_page_gives() -> None:
    found = speaker_pages.speakers(
        "<p>O engenheiro Luís Filipe Moreira da Cunha, coordenador do projeto, visitou a obra.</p>"
        "<p>Foi Moreira da Cunha quem escolheu o local. «A ponte aguenta mais cem anos», garante.</p>", lang="pt")
    assert found == ["Luís Filipe Moreira da Cunha"]


def test_a_german_trade_noun_is_no_name_for_he_said() -> None:
    found = speaker_pages.speakers(
        "<p>Seit einem Jahr kommt jeden Montag Jonas Albers-Tran in die Werkstatt, ein 31-jähriger Mediendesigner, "
        "der bei einer Agentur in der Südstadt arbeitet. Er habe, sagt er, „hier mehr in drei Wochen gelernt als an "
        "der Hochschule“.</p>", lang="de")
    assert found == ["Jonas Albers-Tran"]


def test_names_ending_like_a_council_office_are_names() -> None:
    # "-rat" ends "Stadtrat" and also a Breton surname and a Catalan first name
    found = speaker_pages.speakers("<p>“Twelve a day, while the crew holds,” said Yannick Kerbrat.</p>"
                                   "<p>“We open the market again in spring,” said Montserrat Puig.</p>")
    assert found == ["Yannick Kerbrat", "Montserrat Puig"]


def test_degrees_and_a_note_after_a_comma_are_not_part_of_a_quoted_author() -> None:
    found = speaker_pages.speakers(
        "<blockquote><p>Sleep is the cheapest medicine we have never learned to prescribe.</p>"
        "<cite>Miriam O. Castellanos, M.D., Ph.D. (in a letter to the clinic)</cite></blockquote>")
    assert found == ["Miriam O. Castellanos"]


def test_a_report_named_after_its_institution_and_a_comma_is_the_institution() -> None:
    found = speaker_pages.speakers(
        "<blockquote><p>Frakt med drönare är ett komplement, inte en ersättning för vägarna.</p>"
        "<cite>Norrlands lantbruksinstitut, delrapport ”Last i luften” (2024)</cite></blockquote>", lang="sv")
    assert found == ["Norrlands lantbruksinstitut"]



def test_run_together_initials_take_the_name_the_page_gives_in_full() -> None:
    found = speaker_pages.speakers(
        "<p>De ingenieur Maarten J. Lundgren tekende het ontwerp van de nieuwe sluis.</p>"
        "<blockquote><p>Elke sluis die we nu bouwen, gaat honderd jaar mee.</p><cite>M.J. Lundgren</cite>"
        "</blockquote>", lang="nl")
    assert found == ["Maarten J. Lundgren"]


def test_initials_that_fit_no_one_the_page_names_stay_as_written() -> None:
    found = speaker_pages.speakers(
        "<p>De ingenieur Maarten J. Lundgren tekende het ontwerp van de nieuwe sluis.</p>"
        "<blockquote><p>Elke sluis die we nu bouwen, gaat honderd jaar mee.</p><cite>K.T. Lundgren</cite>"
        "</blockquote>", lang="nl")
    assert found == ["K.T. Lundgren"]

"""A quote right after a short sentence about its speaker that says nothing (subject_before): the holder set
off after an office in any word for one ("The club's manager, Ray Dunn, was less happy. “…”"), a surname
with a "whose" clause set off ("Okoro, whose shed stands in its shade, sees it differently. “…”"), and a
definite article with a role the page named someone with before ("The captain would not let it go. “…”",
_role_sentence_subject). Someone new and unnamed ("A neighbour was less sure.") stays no one."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_english_owner_office_then_holder_set_off() -> None:
    page = (P("Harbour United drew 1-1 with Selby Town on Saturday after a late penalty.")
            + P("Selby's manager, Ray Dunwoody, was less happy. “We gave away two points at the very end.”"))
    assert speaker_pages.speakers(page) == ["Ray Dunwoody"]


def test_danish_genitive_office_then_holder_set_off() -> None:
    page = (P("Kommunen vil lukke biblioteket i Østerby til sommer.")
            + P("Foreningens formand, Lisbet Kragh, er skuffet. »Vi har kæmpet for det hus i ti år.«"))
    assert speaker_pages.speakers(page, "da") == ["Lisbet Kragh"]


def test_surname_with_whose_clause_set_off() -> None:
    page = (P("Two neighbours, Edna Marlowe and Tunde Okoro, have argued over an old oak for years.")
            + P("“That oak was here before any of us,” Marlowe said.")
            + P("Okoro, whose shed stands in its shade, sees it differently. “Its roots are under my floor.”"))
    assert speaker_pages.speakers(page) == ["Edna Marlowe", "Tunde Okoro"]


def test_english_the_role_named_before() -> None:
    page = (P("Harbour Rovers' captain, Siaosi Lemalu, and the coach, Piet Verhoef, disagreed on the decision.")
            + P("“He got it wrong, plain and simple,” said Lemalu.")
            + P("The captain would not let it go. “Ask anyone who was on the pitch that day.”"))
    assert speaker_pages.speakers(page) == ["Siaosi Lemalu", "Siaosi Lemalu"]


def test_german_die_role_named_before() -> None:
    page = (P("Die Bürgermeisterin von Talheim, Gudrun Weißbach-Oertel, hat am Montag den Haushalt vorgestellt.")
            + P("Der Vereinschef, Ulf Rabenau, reagierte empört. „Wer das Bad schließt, schließt den Verein“, "
                "sagte er.")
            + P("Die Bürgermeisterin blieb dabei. „Ich kann kein Geld drucken.“"))
    assert speaker_pages.speakers(page, "de") == ["Ulf Rabenau", "Gudrun Weißbach-Oertel"]


def test_french_le_role_named_before() -> None:
    page = (P("Le maire de Valrose, Thibaut Lancelin, a présenté le budget lundi soir.")
            + P("Le maire est resté ferme. « Nous ne rouvrirons pas la piscine cette année. »"))
    assert speaker_pages.speakers(page, "fr") == ["Thibaut Lancelin"]


def test_a_newcomer_or_a_role_nobody_holds_is_no_one() -> None:
    page = (P("The mayor, Ann Pellow, opened the new footbridge on Monday.")
            + P("A neighbour was less sure. “The river will flood it within a year, mark my words.”"))
    assert speaker_pages.speakers(page) == [None]
    page = (P("The mayor, Ann Pellow, opened the new footbridge on Monday.")
            + P("The ferryman was less sure. “The river will flood it within a year, mark my words.”"))
    assert speaker_pages.speakers(page) == [None]


def test_two_holders_of_the_role_are_neither() -> None:
    page = (P("The captain of Selby, Ray Dunwoody, and the captain of Harbour, Tom Ealing, shook hands.")
            + P("The captain would not let it go. “Ask anyone who was on the pitch that day.”"))
    assert speaker_pages.speakers(page) == [None]


def test_the_role_saying_something_is_left_to_the_incise_readers() -> None:
    page = (P("The mayor, Ann Pellow, opened the new footbridge on Monday.")
            + P("Critics say the mayor ignored the engineers. “The river will flood it within a year.”"))
    assert speaker_pages.speakers(page) == [None]


def test_german_long_office_then_holder_and_a_noun_after_an_article() -> None:
    page = (P("Die Physikerin Dr. Hedwig Sonnleitner leitet seit Jahren die Sternwarte am Berg.")
            + P("„Jedes Jahr sehen wir ein paar Sterne weniger. Das summiert sich über die Jahre.“")
            + P("Der Bürgermeister des Nachbarorts, Eckhard Wiesmeier, verweist auf die Sicherheit. "
                "„Die Leute wollen nachts sicher nach Hause finden.“"))
    assert speaker_pages.speakers(page, "de")[-1] == "Eckhard Wiesmeier"


def test_german_a_name_after_the_verb_is_no_noun() -> None:
    page = (P("Die Physikerin Dr. Hedwig Sonnleitner leitet seit Jahren die Sternwarte am Berg.")
            + P("Der Bürgermeister des Nachbarorts, Eckhard Wiesmeier, traf gestern Hedwig Sonnleitner. "
                "„Die Leute wollen nachts sicher nach Hause finden.“"))
    assert speaker_pages.speakers(page, "de")[-1] != "Eckhard Wiesmeier"


def test_polish_bare_role_leading_in_with_a_colon() -> None:
    page = (P("Trener Zdzisław Lipiński i jego kapitan, Maciej Grabowiecki, inaczej ocenili niedzielny remis.")
            + P("„Zagraliśmy najlepszy mecz w całym sezonie” – powiedział trener.")
            + P("Kapitan był mniej zadowolony: „Remis u siebie to strata dwóch punktów”."))
    assert speaker_pages.speakers(page, "pl") == ["Zdzisław Lipiński", "Maciej Grabowiecki"]


def test_english_the_role_leading_in_with_a_colon_and_a_newcomer() -> None:
    page = (P("Harbour Rovers' captain, Siaosi Lemalu, shook hands with the referee after the match.")
            + P("The captain was blunt: “We were second best for an hour and we know it.”"))
    assert speaker_pages.speakers(page) == ["Siaosi Lemalu"]
    page = (P("Harbour Rovers' captain, Siaosi Lemalu, shook hands with the referee after the match.")
            + P("A steward was blunt: “They were second best for an hour and they know it.”"))
    assert speaker_pages.speakers(page) == [None]


def test_possessive_kin_word_named_before() -> None:
    page = (P("Gordon Pennywhistle and his daughter, Sabine Pennywhistle, now run the orchard together.")
            + P("His daughter studied soil science before coming home. “He grew them by instinct. I grow them "
                "with a spreadsheet.”"))
    assert speaker_pages.speakers(page) == ["Sabine Pennywhistle"]
    page = (P("Gérard Pommeraie et sa fille, Sabine Pommeraie, tiennent le verger ensemble depuis 2019.")
            + P("Sa fille a étudié l'agronomie avant de revenir. « Lui plantait à l'instinct. Moi, je plante avec "
                "un tableur. »"))
    assert speaker_pages.speakers(page, "fr") == ["Sabine Pommeraie"]


def test_possessive_kin_word_nobody_named_with_is_no_one() -> None:
    page = (P("Gordon Pennywhistle planted the orchard in 1976 and still runs it every day.")
            + P("His daughter studied soil science before coming home. “He grew them by instinct. I grow them "
                "with a spreadsheet.”"))
    assert speaker_pages.speakers(page) == [None]

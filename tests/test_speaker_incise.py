"""Speakers named by the incise after a quote in languages whose verbs of saying the code has not been
taught: the shape (a comma or a dash, a few words in lower case, a person's name, the sentence's end)
names them, on pages whose language has no verbs the code knows; elsewhere a quote left unnamed stays so."""

from __future__ import annotations

from speaker_pages import speakers


def test_an_incise_with_an_unknown_verb_names_its_speaker() -> None:
    assert speakers("<p>Uus praam sõidab saarte vahel alates kevadest ja veab sada autot.</p>"
                    "<p>„Me ootasime seda praami väga kaua aega,“ ütles Mari Tamm pressikonverentsil.</p>",
                    "et") == ["Mari Tamm"]


def test_a_dash_incise_with_an_office_before_the_name() -> None:
    assert speakers("<p>Ostā ieradās jauns kuģis, kas pārvadās kravas uz salām.</p>"
                    "<p>“Šis kuģis mainīs visu mūsu darbu ostā,” – atzina ostas vadītājs Jānis Bērziņš.</p>",
                    "lv") == ["Jānis Bērziņš"]


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    assert speakers("<p>Eski kulolchilik ustaxonasini usta Akmal Nurmatov topdi.</p>"
                    "<p>“Kelajakda bu yerda ochiq osmon ostidagi muzey bo‘lishi mumkin”, deya qo‘shimcha "
                    "qildi Nurmatov.</p>", "uz") == ["Akmal Nurmatov"]


def test_an_office_set_off_by_a_comma_before_the_name() -> None:
    assert speakers("<p>Новиот оддел во болницата беше отворен во понеделник.</p>"
                    "<p>„Ова е ден кој го чекавме многу години“, рече директорката на болницата, "
                    "д-р Вера Стојанова.</p>", "mk") == ["Вера Стојанова"]


def test_a_surname_the_page_never_names_in_full_stays_unnamed() -> None:
    assert speakers("<p>Uus praam sõidab saarte vahel alates kevadest ja veab sada autot.</p>"
                    "<p>„Me ootasime seda praami väga kaua aega,“ ütles Tamm.</p>", "et") == [None]


def test_a_page_in_a_taught_language_keeps_its_unnamed_quote() -> None:
    assert speakers("<p>The new ferry runs between the islands, the council said, and a pilot told us so.</p>"
                    "<p>“We waited for this ferry for a very long time,” hiccupped Mari Tamm.</p>",
                    "en") == [None]


def test_an_incise_with_a_known_verb_is_left_to_the_readers_that_know_it() -> None:
    assert speakers("<p>“The harbour stays closed until spring,” a spokeswoman for Vera Holmgaard told.</p>",
                    "en") == [None]

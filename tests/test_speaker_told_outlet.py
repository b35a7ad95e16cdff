"""An outlet in the Slavic dative right after the verb of saying is the one the words were told to, not
their speaker: "„…” – powiedziała Kurierowi Portowemu w piątek." and "«…», — сказала Портовому Вестнику в
пятницу." give the words to the person named before, the subject dropped. A person named after the outlet
still speaks ("powiedziała Kurierowi Portowemu kapitan Anna Porębska")."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

P = "<p>{}</p>".format


@pytest.mark.parametrize(("lang", "before", "paragraph", "speaker"), [
    ("pl", "Kapitan portu Jadwiga Porębska zapowiedziała pogłębienie kanału.",
     "„Kanał będzie gotowy przed sezonem letnim” – powiedziała Kurierowi Portowemu w piątek.", "Jadwiga Porębska"),
    ("ru", "Капитан порта Ирина Заречная объявила о расчистке канала.",
     "«Канал будет готов до начала летнего сезона», — сказала Портовому Вестнику в пятницу.", "Ирина Заречная"),
    ("cs", "Kapitánka přístavu Hana Pešková oznámila prohloubení kanálu.",
     "„Kanál bude hotový ještě před letní sezónou,“ řekla Přístavnímu Kurýru v pátek.", "Hana Pešková"),
])
def test_an_outlet_told_is_no_speaker(lang: str, before: str, paragraph: str, speaker: str) -> None:
    assert speakers(P(before) + P(paragraph), lang) == [speaker]


def test_a_person_named_after_the_outlet_still_speaks() -> None:
    # must not fire: the one named after the outlet said the words
    found = speakers(P("„Kanał będzie gotowy przed sezonem letnim” – powiedziała Kurierowi Portowemu w piątek "
                       "kapitan portu Jadwiga Porębska."), "pl")
    assert found == ["Jadwiga Porębska"]

"""A name after Russian "с" (with) is in the instrumental ("Мы поговорили с Ниной Аркадьевной Щегловой"), and a
Hungarian name carrying the suffix of "with" on its last word ("Varga Ildikóval beszélgettünk", "Fekete
Ilonával"): the one who speaks after is named in the nominative (name_cases.RUSSIAN_INSTRUMENTAL,
HUNGARIAN_COMITATIVE). A Hungarian-looking ending on a page with no Hungarian letters stays as written. Names,
places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_russian_instrumental_after_with() -> None:
    page = P("Мы поговорили с Ниной Аркадьевной Щегловой, которая тридцать лет работала на почте в посёлке.") \
        + P("«Раньше письма носили каждый день», — вспоминает она.")
    assert speaker_pages.speakers(page, "ru") == ["Нина Аркадьевна Щеглова"]


def test_hungarian_comitative_suffix() -> None:
    page = P("Fekete Ilonával, a falu könyvtárosával és az olvasókör vezetőjével beszélgettünk a téli nyitvatartásról.") \
        + P("„Télen többen jönnek, mint nyáron, mert itt meleg van” – mondta.")
    assert speaker_pages.speakers(page, "hu") == ["Fekete Ilona"]
    page = P("Varga Gáborral, a helyi gazdák szövetségének elnökével beszélgettünk az aszályról.") \
        + P("„Három éve nem esett rendesen eső, a kutak kiszáradtak” – mondta.")
    assert speaker_pages.speakers(page, "hu") == ["Varga Gábor"]


def test_an_english_name_with_such_an_ending_stays_whole() -> None:
    page = P("We spoke to Anne Percival, who has kept the lighthouse log for twenty years.") \
        + P("“The storms are coming earlier every autumn,” she said.")
    assert speaker_pages.speakers(page) == ["Anne Percival"]

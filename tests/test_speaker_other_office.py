"""A definite role noun after a quotation ("« … », dit la libraire", "„…“, sagt die Professorin") does not stand
for the person named last when the page set another office right before that person's name ("Le maire, Léon
Barrault, …", "Der Bürgermeister Udo Fenske …"): a background paragraph naming someone else. It stands for the
person an earlier paragraph opens on, whom the page gave no other office. Where the last named holds the same
office in another gender, or no office, they still speak. Names, places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_french_role_noun_skips_the_mayor_of_the_background_paragraph() -> None:
    page = P("Mme Solange Terrasson-Abbou tient la mercerie de la place Vallon depuis 1994.") \
        + P("Le local appartient à la commune, qui l'a racheté en 2012. Le maire, Léon Barrault, a promis "
            "de ne pas toucher au loyer.") \
        + P("« Un bouton, c'est une petite promesse », dit la mercière.")
    assert speaker_pages.speakers(page, "fr") == ["Solange Terrasson-Abbou"]


def test_german_role_noun_skips_the_district_head() -> None:
    page = P("Dr. Wiebke Sandrock-Ilgaz leitet seit 2009 die Vogelwarte am Kellersee.") \
        + P("Die Warte wird zum Teil vom Kreis bezahlt. Der Bürgermeister Udo Fenske sitzt im Beirat.") \
        + P("„Ein Kiebitz braucht nasse Wiesen“, sagt die Ornithologin.")
    assert speaker_pages.speakers(page, "de") == ["Wiebke Sandrock-Ilgaz"]


def test_spanish_role_noun_skips_the_councillor() -> None:
    page = P("Remedios Quintanar Ollé, de 79 años, vende encurtidos en el mercado de Valdecasa.") \
        + P("El mercado fue reformado en 2017. El concejal Baltasar Ibarrola inauguró las obras.") \
        + P("«Antes se vendía por kilos, ahora por fotos», dice la vendedora.")
    assert speaker_pages.speakers(page, "es") == ["Remedios Quintanar Ollé"]


def test_the_same_office_or_none_still_speaks() -> None:
    page = P("Le quartier attend sa nouvelle médiathèque depuis dix ans.") \
        + P("Le maire, Léon Barrault, a promis de l'ouvrir en mars.") \
        + P("« Nous tiendrons la date », affirme le maire.")
    assert speaker_pages.speakers(page, "fr") == ["Léon Barrault"]
    page = P("Mme Solange Terrasson-Abbou tient la mercerie de la place Vallon depuis 1994.") \
        + P("Odette Ramel, qui l'a remplacée l'été dernier, ouvre désormais la boutique.") \
        + P("« Un bouton, c'est une petite promesse », dit la mercière.")
    assert speaker_pages.speakers(page, "fr") == ["Odette Ramel"]

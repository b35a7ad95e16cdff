"""A paragraph naming someone only as the agent of a passive ("The hall was restored by Idris Mallow", "fondée
par Gaspard Lemoine", "fue diseñado por Ramiro Echave", "werd gebouwd door Joost Verbiest") gives background: a
later "she" or "the baker" goes back past it to the person named before. Where no one was named before, or
where the paragraph makes them its subject, they still speak. Names, places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_english_pronoun_goes_back_past_the_agent() -> None:
    page = P("Wilhelmina Stroud-Akande has run the ferry café at Pellow Quay since 2003.") \
        + P("The quay was rebuilt in 2015, a scheme paid for by the county and designed by the architect "
            "Idris Mallow.") \
        + P("“Nobody asked us about the steps,” she said.")
    assert speaker_pages.speakers(page, "en") == ["Wilhelmina Stroud-Akande"]


def test_french_and_spanish_role_noun_goes_back_past_the_agent() -> None:
    page = P("Mme Apolline Verdeaux-Sy, 61 ans, tient la boulangerie du port de Kerlaouen.") \
        + P("La halle voisine a été construite en 1902 par Gaspard Lemoine.") \
        + P("« Le pain ne ment pas », dit la boulangère.")
    assert speaker_pages.speakers(page, "fr") == ["Apolline Verdeaux-Sy"]
    page = P("Inmaculada Garrido Saez cultiva tomates en la vega de Almendral desde hace cuarenta años.") \
        + P("El canal de riego fue diseñado en 1958 por Ramiro Echave.") \
        + P("«El agua llega tarde cada verano», dice ella.")
    assert speaker_pages.speakers(page, "es") == ["Inmaculada Garrido Saez"]


def test_agent_alone_or_as_subject_still_speaks() -> None:
    page = P("The quay was rebuilt in 2015, a scheme designed by the architect Idris Mallow.") \
        + P("“Nobody asked me about the steps,” he said.")
    assert speaker_pages.speakers(page, "en") == ["Idris Mallow"]
    page = P("Wilhelmina Stroud-Akande has run the ferry café at Pellow Quay since 2003.") \
        + P("The architect Idris Mallow rebuilt the quay in 2015.") \
        + P("“Nobody asked me about the steps,” he said.")
    assert speaker_pages.speakers(page, "en") == ["Idris Mallow"]

""""The former" and "the latter" leading a quote in with a colon after a few words in lower case ("La
première compte déménager : « … »"), or opening a clause after a comma ("…, die Letztere ist vorsichtiger:
„…“"), stand for the first or the second of the two people the last sentence naming anyone names, read
back past sentences that name no one (ordinal_subject)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_french_premiere_and_second_lead_in_with_a_colon() -> None:
    found = speaker_pages.speakers(
        P("Sur le quai, Apolline Verdier et son frère Gaspard Verdier ne sont pas d’accord. La première veut "
          "vendre : « Je ne garderai pas un bateau qui coûte plus qu’il ne rapporte. » Le second veut le "
          "réparer : « Mon grand-père l’a construit de ses mains, on ne le vend pas. »"), lang="fr")
    assert found == ["Apolline Verdier", "Gaspard Verdier"]


def test_italian_seconda_reads_back_past_sentences_naming_no_one() -> None:
    found = speaker_pages.speakers(
        P("Al molo lavorano due guardiani: Ottavio Speranzini, ex pescatore, e Nives Carrozza, ex maestra.")
        + P("Il primo ha cominciato dopo la tempesta del 2009. «Il mare non ti perdona niente, mai», dice. "
            "La seconda è più pratica: «Una corda ben legata vale più di cento preghiere.»"), lang="it")
    assert found[-1] == "Nives Carrozza"


def test_german_letztere_after_a_comma() -> None:
    found = speaker_pages.speakers(
        P("Hafenmeister Eckart Wiesenthal und Bürgermeisterin Frauke Ohlendorf haben den Plan geprüft. Der Erstere "
          "lobt ihn, die Letztere ist vorsichtiger: „Wir müssen den alten Kai als Denkmal erhalten, sonst "
          "verlieren wir etwas.“"), lang="de")
    assert found == ["Frauke Ohlendorf"]


# where it must not fire


def test_an_office_after_le_premier_is_no_ordinal() -> None:
    found = speaker_pages.speakers(
        P("Sur le quai, Apolline Verdier et son frère Gaspard Verdier ne sont pas d’accord. Le premier ministre "
          "a tranché : « Le bateau restera au port jusqu’à la fin de la saison. »"), lang="fr")
    assert found != ["Apolline Verdier"]

"""A short sentence before a quotation opens on a clause that asks the person something, set off by a
comma, then "he" or "she" ("Asked why the work stalled, she was blunt. “…”"): the one asked, named
before, answers in the quotation (_pronoun_sentence_subject reads past the fronted clause)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_pronoun_after_a_fronted_asking_clause_is_the_one_named_before() -> None:
    found = speaker_pages.speakers(
        P("The ferry’s skipper, Ottilie Brannigan, has warned about the ramp since the spring tides. "
          "Asked why nothing was ever mended, she was blunt. “Nobody wanted to pay for a ramp that "
          "only floods twice a year.”"))
    assert found == ["Ottilie Brannigan"]


def test_a_french_pronoun_after_a_fronted_asking_clause_is_the_one_named_before() -> None:
    found = speaker_pages.speakers(
        P("La capitaine du bac, Ottilie Brannigan, alerte sur la rampe depuis le printemps. "
          "Interrogée sur les retards, elle reste calme. « Personne ne voulait payer pour une rampe "
          "qui n’est inondée que deux fois par an. »"), lang="fr")
    assert found == ["Ottilie Brannigan"]



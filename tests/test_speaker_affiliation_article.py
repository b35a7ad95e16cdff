"""A person named in full, then their employer after a preposition and a definite article ("Karin Oswald von
der Universität Heldrungen empfiehlt", "Jens Ohlsen von dem Institut Seewarte sagt"), then the verb of saying:
the person speaks, not the employer named right before the verb (speakers._subject_of, AFFILIATION_ARTICLES)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_german_employer_after_von_der_is_not_the_speaker() -> None:
    found = speaker_pages.speakers(
        P("Die Ärztin Dr. Jutta Brenner von der Universität Kaltenfeld empfiehlt, „mindestens zweimal pro "
          "Woche“ zu schwimmen."), lang="de")
    assert found == ["Jutta Brenner"]


def test_an_employer_after_von_dem_before_sagt() -> None:
    found = speaker_pages.speakers(
        P("Der Biologe Jens Ohlsen von dem Institut Seewarte sagt, das Wasser sei „so warm wie nie“."), lang="de")
    assert found == ["Jens Ohlsen"]


# where it must not fire


def test_an_institution_speaking_alone_stays_the_speaker() -> None:
    found = speaker_pages.speakers(
        P("Die Universität Kaltenfeld empfiehlt, „mindestens zweimal pro Woche“ zu schwimmen."), lang="de")
    assert "Jutta Brenner" not in found

"""The one spoken with, in the instrumental after a preposition of company ("w rozmowie z Ewą Lis",
"s Janou Malou"), is not the speaker: before the verb the subject is the name after that person ("W
rozmowie z Bożeną Wilk Marek Sowa przyznał"), after it the subject is dropped, the one named before
("„…” – mówi w rozmowie z Bożeną Wilk."). Not a name in the nominative after the one spoken with,
nor a name after "with" in a language without the case."""

from __future__ import annotations

import speaker_pages


def test_polish_partner_before_the_subject() -> None:
    assert speaker_pages.speakers("<p>W rozmowie z Bożeną Wilk Marek Sowa przyznał, że „nikt nie pytał "
                                  "mieszkańców o zdanie”.</p>", lang="pl") == ["Marek Sowa"]


def test_polish_partner_after_the_verb_gives_the_one_named_before() -> None:
    assert speaker_pages.speakers("<p>Marek Sowa od lat walczy o kładkę nad rzeką. „Nie poddamy się” – mówi w "
                                  "rozmowie z Bożeną Wilk.</p>", lang="pl") == ["Marek Sowa"]


def test_polish_partner_after_the_verb_with_no_one_before() -> None:
    assert speaker_pages.speakers("<p>„Nie poddamy się” – mówi w rozmowie z Bożeną Wilk.</p>", lang="pl") == [None]


# where it must not fire


def test_a_subject_in_the_nominative_after_the_partner() -> None:
    assert speaker_pages.speakers("<p>„Nie poddamy się” – powiedziała w rozmowie z gazetą Bożena Wilk.</p>",
                                  lang="pl") == ["Bożena Wilk"]


def test_a_name_after_with_in_english_keeps_its_reading() -> None:
    assert speaker_pages.speakers("<p>“We will not give up,” said Mark Sowerby in a talk with Bea Wilkes.</p>") \
        == ["Mark Sowerby"]


def test_a_two_word_run_after_the_preposition_is_not_split() -> None:
    assert speaker_pages.speakers("<p>Razem z Markiem Sową przyszła Bożena Wilk. „Nie poddamy się” – powiedziała "
                                  "Bożena Wilk.</p>", lang="pl") == ["Bożena Wilk"]

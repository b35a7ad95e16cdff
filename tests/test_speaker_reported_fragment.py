"""A short quote inside the speech its sentence reports is its subject's: a body named by one word that
closes up its name ("Vägverket", "Tieliikennevirasto": speakers.one_word_body, which _named_reporter takes
as it takes a name in full), and a piece of two words or more opening in lower case after a body named as
the subject (sections._reported_fragment). A surname alone, a person's two words, or a term after an
article stays out, as before."""

from __future__ import annotations

import speaker_pages


def test_a_one_word_agency_reporting_a_fragment() -> None:
    assert speaker_pages.quotes("<p>Vägverket uppger att man ska ”titta på frågan igen” efter stängningen av "
                                "färjeläget vid Holmsund.</p>", lang="sv") \
        == [("”titta på frågan igen”", "Vägverket")]


def test_a_one_word_finnish_agency() -> None:
    assert speaker_pages.speakers("<p>Tieliikennevirasto kertoo ”tutkivansa asian huolellisesti” sen jälkeen, "
                                  "kun lautta pysähtyi.</p>", lang="fi") == ["Tieliikennevirasto"]


def test_a_surname_alone_reporting_a_fragment_is_not_listed() -> None:
    assert speaker_pages.quotes("<p>Lindgren uppger att man ska ”titta på frågan igen” efter stängningen.</p>",
                                lang="sv") == []


def test_a_two_word_fragment_of_a_ministry_in_german() -> None:
    assert speaker_pages.quotes("<p>Das Hafenministerium teilte mit, man werde den Fall „gründlich prüfen“ und "
                                "bald entscheiden.</p>", lang="de") \
        == [("„gründlich prüfen“", "Hafenministerium")]


def test_a_two_word_fragment_of_a_body_named_in_english() -> None:
    assert speaker_pages.quotes("<p>The Harbour Trust said it would “look again” at the ferry timetable.</p>") \
        == [("“look again”", "Harbour Trust")]


def test_a_person_s_two_words_stay_out() -> None:
    assert speaker_pages.quotes("<p>Ann Marlow said the board would “look again” at the ferry timetable.</p>") == []


def test_a_two_word_term_after_an_article_stays_out() -> None:
    assert speaker_pages.quotes("<p>The Harbour Trust said the board had backed a “green levy” on the ferry.</p>") \
        == []


def test_a_body_in_a_sentence_naming_a_person_gives_no_fragment() -> None:
    assert speaker_pages.quotes("<p>In einem Brief an das Hafenministerium schrieb die Anwohnerin Ann Marlow, der "
                                "Steg sei „reine Kulisse“.</p>", lang="de") == []

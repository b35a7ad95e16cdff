"""A quotation opening its sentence, or its paragraph, right after a short sentence whose subject is
"he" or "she": the person that pronoun stands for speaks it, as after a short sentence naming them
("Ann Lee is not convinced. “…”"), and after one that says what a person named once is
(speakers.subject_before, _pronoun_sentence_subject, _described_subject)."""

from __future__ import annotations

import speaker_pages

QUOTE = "<p>“The water is the only thing that never lies to you, whatever the council says.”</p>"


def test_a_paragraph_that_is_a_quote_after_a_short_sentence_on_she_is_hers() -> None:
    found = speaker_pages.speakers(
        "<p>Mara Lindqvist was nine when she first rowed across the bay.</p>"
        f"<p>She still rows every morning, whatever the weather.</p>{QUOTE}")
    assert found == ["Mara Lindqvist"]


def test_words_set_off_before_the_pronoun_are_read_past() -> None:
    found = speaker_pages.speakers(
        "<p>Mara Lindqvist was nine when she first rowed across the bay.</p>"
        f"<p>Now 64, she still rows every morning.</p>{QUOTE}")
    assert found == ["Mara Lindqvist"]


def test_an_honorific_of_the_other_gender_turns_the_pronoun_to_the_one_it_fits() -> None:
    found = speaker_pages.speakers(
        "<p>Mrs Lindqvist rowed across the bay with Mr Tom Berge.</p>"
        f"<p>She still rows every morning.</p>{QUOTE}")
    assert found == ["Lindqvist"]


def test_a_short_sentence_on_a_person_described_once_is_theirs() -> None:
    found = speaker_pages.speakers(f"<p>Mara Lindqvist, the harbour master, still rows every morning.</p>{QUOTE}")
    assert found == ["Mara Lindqvist"]


# where it must not fire


def test_a_short_sentence_on_a_pronoun_that_names_someone_else_gives_no_one() -> None:
    found = speaker_pages.speakers(
        "<p>Mara Lindqvist was nine when she first rowed across the bay.</p>"
        f"<p>She still rows with Tom Berge every morning.</p>{QUOTE}")
    assert found == [None]


def test_a_long_sentence_on_a_pronoun_gives_no_one() -> None:
    found = speaker_pages.speakers(
        "<p>Mara Lindqvist was nine when she first rowed across the bay.</p>"
        "<p>She still rows every morning, whatever the weather, from the slipway below the church to the "
        f"buoy that marks the old channel and back.</p>{QUOTE}")
    assert found == [None]


def test_one_word_set_off_before_a_surname_the_page_gives_in_full_is_read_past() -> None:
    found = speaker_pages.speakers(
        "<p>Mara Lindqvist first rowed across the bay at nine.</p>"
        f"<p>Today, Lindqvist still rows every morning.</p>{QUOTE}")
    assert found == ["Mara Lindqvist"]


def test_a_place_set_off_before_she_in_the_quote_s_own_paragraph() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Lowry, 61, has guided visitors round the castle for twenty years.</p>"
        "<p>In the great hall, she stops by the fireplace. “A whole ox was roasted here, or so the story "
        "goes.”</p>")
    assert found == ["Ann Lowry"]


def test_an_indonesian_ia_after_a_place_set_off_and_a_verb_alone() -> None:
    found = speaker_pages.speakers(
        "<p>Pemandu kapal, Rudi Hartono, sudah 30 tahun membawa wisatawan ke pulau itu.</p>"
        "<p>Di dekat dermaga tua yang rusak, ia berhenti. \"Dulu kapal besar bisa bersandar di sini.\"</p>",
        lang="id")
    assert found == ["Rudi Hartono"]


def test_a_swedish_hon_opening_the_short_sentence() -> None:
    found = speaker_pages.speakers(
        "<p>Karin Ek har sålt fisk på torget i fyrtio år.</p>"
        "<p>Hon pekar på disken. ”Här låg torsken förr, nu ligger det mest lax.”</p>", lang="sv")
    assert found == ["Karin Ek"]

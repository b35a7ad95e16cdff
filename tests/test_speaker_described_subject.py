"""A quote inside a sentence that opens on a person named once, whom the sentence says what they are
("Harbour master Tom Berge accused …", "Tom Berge, the harbour master, accused …"): the subject's words,
whatever the verb (speakers._described_subject, read by subject_clause_speaker)."""

from __future__ import annotations

import speaker_pages


def test_a_role_in_lower_case_before_a_name_written_once_makes_its_subject_the_speaker() -> None:
    found = speaker_pages.speakers(
        "<p>Harbour master Tom Berge accused the council of “playing games with the lives of fishermen.”</p>"
        "<p>Local fisherman Ann Marlow compared the storm to “a freight train running through the harbour.”</p>")
    assert found == ["Tom Berge", "Ann Marlow"]


def test_a_description_set_off_after_a_name_written_once_makes_its_subject_the_speaker() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Berge, the harbour master, defended the decision as “the only way to keep the ferry running.”</p>"
        "<p>Ann Marlow, 54, thanked the divers for “their calm and careful work under the pier.”</p>"
        "<p>Ruth Haldane, who runs the quay café, is worried the pier will not be “ready for the first ferry "
        "of the summer.”</p>")
    assert found == ["Tom Berge", "Ann Marlow", "Ruth Haldane"]


def test_a_sentence_before_the_quote_with_a_described_subject_gives_it() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Berge, the harbour master, shook his head. “It is a waste of money that the town does not "
        "have.”</p>")
    assert found == ["Tom Berge"]


# where it must not fire


def test_a_name_written_once_and_described_as_no_person_is_no_speaker() -> None:
    found = speaker_pages.speakers(
        "<p>Kitty Hawk, a boatyard on the east quay, still advertises “the finest ferry repairs between the two "
        "rivers and the open sea beyond” on its slipway.</p>")
    assert found == [None]


def test_an_incise_after_the_quote_names_its_speaker_over_the_described_subject() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Berge, the harbour master, points to the old pier. “The town forgot its harbour for decades,” "
        "says a ferry captain from the island, who gave no name.</p>")
    assert found == [None]


def test_a_document_saying_the_words_between_the_subject_and_the_quote_keeps_them_the_document_s() -> None:
    found = speaker_pages.speakers(
        "<p>Harbour master Tom Berge received a letter saying the pier was “a danger to anyone who walks on it "
        "after dark.”</p>")
    assert found == [None]

"""A "he" or "she" incise after a sentence that opens on a person as its subject and names someone else
only after a preposition or a word opening a clause: the subject goes on being spoken of, over the one
named last (LastPerson.opening_subject)."""

from __future__ import annotations

import speaker_pages


def test_a_pronoun_after_a_name_in_a_clause_goes_on_with_the_subject() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Marlow has run the café since Tom Berge retired in 2004.</p>"
        "<p>“It was a matter of inches,” she said.</p>")
    assert found == ["Ann Marlow"]


def test_a_pronoun_after_a_name_after_a_preposition_goes_on_with_the_subject() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Berge sold the boat to Ann Marlow in May.</p>"
        "<p>“I thought I had made the worst mistake of my life,” he said.</p>")
    assert found == ["Tom Berge"]


def test_the_same_within_the_paragraph_of_the_quote() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Marlow moved to the coast after Tom Berge found her a job. “I thought I had made the worst "
        "mistake of my life,” she said.</p>")
    assert found == ["Ann Marlow"]


# where it must not fire


def test_a_pronoun_of_the_sentence_giving_the_subject_the_other_gender_keeps_the_one_named_last() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Marlow moved to the coast in 1990 after her friend Tom Berge found her a job.</p>"
        "<p>“I thought she had made the worst mistake of her life,” he said.</p>")
    assert found == ["Tom Berge"]


def test_a_name_right_after_the_verb_is_no_preposition_s_and_keeps_the_one_named_last() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Marlow met the engineer Tom Berge on the quay on Monday.</p>"
        "<p>“The river is deeper than the maps say,” he said.</p>")
    assert found == ["Tom Berge"]


def test_a_speaker_heard_last_goes_on_over_the_subject_before() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Marlow bought the boat from Tom Berge in May. “It was a fair price,” said Tom Berge.</p>"
        "<p>“I would sell it again,” he added.</p>")
    assert found == ["Tom Berge", "Tom Berge"]

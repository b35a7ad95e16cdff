"""A quote inside a sentence that opens on a person as its subject, whatever the verb
("Lena points to “…”"): the subject's words (speakers.subject_clause_speaker)."""

from __future__ import annotations

import speaker_pages


def test_a_first_name_subject_pointing_to_a_quote_speaks_it() -> None:
    found = speaker_pages.speakers(
        "<p>Lena Marwick runs the ferry workshop on the east quay.</p>"
        "<p>Lena points to “the older diesel engines, which are easy to mend and cheap to run for another "
        "decade” as the yard’s safest buy.</p>")
    assert found == ["Lena Marwick"]


def test_a_surname_subject_using_a_quote_speaks_it() -> None:
    found = speaker_pages.speakers(
        "<p>The pilot Tomas Brevik has guided ships into the harbour for twenty years.</p>"
        "<p>Brevik has long used “the slack tide an hour after dawn, when the channel is calm and the "
        "fishing boats are still out” for the largest ships.</p>")
    assert found == ["Tomas Brevik"]


def test_a_full_name_named_again_opening_the_sentence_speaks_the_quote() -> None:
    found = speaker_pages.speakers(
        "<p>Ann Halloway chairs the harbour board. Halloway has seen three dredging plans fail.</p>"
        "<p>Ann Halloway now wants “a plan that the town can pay for without selling the old fish market "
        "to a developer”.</p>")
    assert found == ["Ann Halloway"]


def test_a_short_clause_set_off_before_the_subject_is_read_past() -> None:
    found = speaker_pages.speakers(
        "<p>Lena Marwick runs the ferry workshop on the east quay.</p>"
        "<p>If the budget is tight, Lena points to “the older diesel engines, which are easy to mend and cheap "
        "to run for another decade”.</p>")
    assert found == ["Lena Marwick"]


def test_a_long_clause_set_off_before_the_subject_is_read_past() -> None:
    found = speaker_pages.speakers(
        "<p>Lena Marwick runs the ferry workshop on the east quay.</p>"
        "<p>If you need an engine that will do the job but you are not so worried about how long it lasts, Lena "
        "and her crew have fitted “the small outboard diesels, which are cheap to buy and easy to mend”.</p>")
    assert found == ["Lena Marwick"]


def test_a_pronoun_subject_is_the_person_named_last() -> None:
    found = speaker_pages.speakers(
        "<p>The pilot Tomas Brevik has guided ships into the harbour for twenty years.</p>"
        "<p>He has strong views on timing — “the slack tide an hour after dawn, when the channel is calm and "
        "the fishing boats are still out” — and little patience for night work.</p>")
    assert found == ["Tomas Brevik"]


def test_a_long_sentence_about_the_subject_naming_nothing_else_still_gives_it() -> None:
    found = speaker_pages.speakers(
        "<p>The pilot Tomas Brevik has guided ships into the harbour for twenty years.</p>"
        "<p>Brevik is hopeful about the new radar and wants the younger pilots to learn it well, to trust it in "
        "fog and to use it in order to “bring the big ships in without waiting for the morning tide”.</p>")
    assert found == ["Tomas Brevik"]


# where it must not fire


def test_a_two_word_name_written_once_is_no_subject_it_follows() -> None:
    found = speaker_pages.speakers(
        "<p>Lena Marwick runs the ferry workshop on the east quay.</p>"
        "<p>Kitty Hawk still advertises “the finest ferry repairs between the two rivers and the open sea "
        "beyond” on its slipway.</p>")
    assert found == [None]


def test_a_sentence_opening_on_an_article_gives_no_subject() -> None:
    found = speaker_pages.speakers(
        "<p>Lena Marwick runs the ferry workshop on the east quay.</p>"
        "<p>The old sign above the slipway still promises “the finest ferry repairs between the two rivers "
        "and the open sea beyond”.</p>")
    assert found == [None]


def test_another_name_before_the_quote_leaves_the_subject_out() -> None:
    found = speaker_pages.speakers(
        "<p>Lena Marwick runs the ferry workshop on the east quay.</p>"
        "<p>Lena keeps a copy of Harbour Monthly open at “the long piece on diesel engines that everyone in "
        "the yard has read twice”.</p>")
    assert found == [None]


def test_a_plural_pronoun_subject_is_no_one_named() -> None:
    found = speaker_pages.speakers(
        "<p>The pilot Tomas Brevik has guided ships into the harbour for twenty years.</p>"
        "<p>The crews are less sure. They have long used “the slack tide an hour after dawn, when the channel is "
        "calm and the fishing boats are still out” for the largest ships.</p>")
    assert found == [None]


def test_a_clause_joined_on_with_another_surname_as_subject_ends_the_voice_before() -> None:
    found = speaker_pages.speakers(
        "<p>“The channel,” said the pilot Tomas Brevik, “is silting up faster every year.”</p>"
        "<p>The port authority disagreed. “We dredged it twice last spring,” its director, Hilde Sandvik, said, "
        "while Brevik called the work “a bucket emptied into the sea”.</p>")
    assert found == ["Tomas Brevik", "Tomas Brevik", "Hilde Sandvik", "Tomas Brevik"]



def test_a_clause_set_against_the_quote_after_it_does_not_attribute_it() -> None:
    found = speaker_pages.speakers(
        "<p>Pilot Tomas Brevik called the dredging plan “a bucket emptied into the sea,” while the port’s director, "
        "Hilde Sandvik, insisted it was “the cheapest way to keep the channel open.”</p>")
    assert found == ["Tomas Brevik", "Hilde Sandvik"]

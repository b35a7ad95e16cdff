"""A pronoun's reply in a turn of dialogue answers the one heard before the last speaker, not that
speaker ("“…,” said Ann. / “…,” replied Tom. / “…,” she shot back": Ann)."""

from __future__ import annotations

import speaker_pages

TURNS = ("<p>“The ferry has run late all summer,” said Wilma Trevaskis, the councillor.</p>"
         "<p>“And it has run every single day,” replied Oskar Penhallow, the operator. “No one else managed "
         "that.”</p>")


def test_a_pronoun_replying_answers_the_speaker_before_the_last() -> None:
    assert speaker_pages.speakers(TURNS + "<p>“Late every single day,” she replied.</p>")[-1] == "Wilma Trevaskis"


def test_a_retort_shot_back_is_a_verb_of_saying() -> None:
    assert speaker_pages.speakers(TURNS + "<p>“Late every single day,” she shot back.</p>")[-1] \
        == "Wilma Trevaskis"


def test_a_pronoun_adding_is_still_the_last_speaker() -> None:
    assert speaker_pages.speakers(TURNS + "<p>“We will keep running it,” he added.</p>")[-1] == "Oskar Penhallow"


def test_a_reply_after_one_speaker_only_is_that_speaker() -> None:
    assert speaker_pages.speakers("<p>Wilma Trevaskis chairs the harbour committee.</p>"
                                  "<p>“The ferry has run late all summer,” she said.</p>"
                                  "<p>“It will change,” she replied.</p>") == ["Wilma Trevaskis", "Wilma Trevaskis"]


def test_a_german_retort_answers_the_one_before() -> None:
    assert speaker_pages.speakers(
        "<p>„Die Fähre war den ganzen Sommer zu spät“, sagte Wilma Trevaskis.</p>"
        "<p>„Sie ist aber jeden Tag gefahren“, entgegnete Oskar Penhallow.</p>"
        "<p>„Jeden Tag zu spät“, konterte sie.</p>", lang="de")[-1] == "Wilma Trevaskis"

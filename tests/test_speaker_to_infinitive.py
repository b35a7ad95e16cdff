"""A verb of saying after "to" ("to claim", "to warn", "to argue" …) has the person named right before it as
its subject, whatever verb put them there: "The delay allowed Ann Lee to claim that …", "The vote prompted
Tom Berge to warn that …" (SAY_VERBS, as "to say" was)."""

from __future__ import annotations

import speaker_pages

MEETING = "<p>The harbour board met on Monday to discuss the pier.</p>"


def test_allowed_a_person_to_claim() -> None:
    found = speaker_pages.speakers(MEETING + "<p>The long delay allowed Ann Lee to claim that the board wants to "
                                   "be “a place that listens to the town.”</p>")
    assert found == ["Ann Lee"]


def test_prompted_a_person_to_warn() -> None:
    found = speaker_pages.speakers(MEETING + "<p>The vote prompted Tom Berge to warn that the pier “will not last "
                                   "another winter.”</p>")
    assert found == ["Tom Berge"]


def test_no_name_before_to_names_no_one() -> None:
    found = speaker_pages.speakers(MEETING + "<p>It is too early to claim that the pier “will not last another "
                                   "winter.”</p>")
    assert found == [None]

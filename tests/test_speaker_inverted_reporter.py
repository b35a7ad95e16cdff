"""A verb-second sentence that fronts a phrase and sets the speaker after the verb of saying, before the
"that" of what they said ("I et brev skriver rektor Siri Haugland at …"): the short quote in it is theirs
(speakers._inverted_reporter)."""

from __future__ import annotations

import speaker_pages


def test_a_norwegian_inverted_writer_before_at_speaks_the_short_quote() -> None:
    found = speaker_pages.speakers(
        "<p>I et brev til foreldrene skriver rektor Kari Solheim at skolen «må stenge svømmehallen inntil "
        "videre».</p>", lang="nb")
    assert found == ["Kari Solheim"]


def test_a_dutch_inverted_writer_before_dat_speaks_the_short_quote() -> None:
    found = speaker_pages.speakers(
        "<p>In een brief aan de ouders schrijft directeur Janneke Wolters dat de zaal „voorlopig dicht "
        "blijft”.</p>", lang="nl")
    assert found == ["Janneke Wolters"]


# where it must not fire


def test_a_name_after_the_verb_not_followed_by_that_is_no_reporter() -> None:
    found = speaker_pages.speakers(
        "<p>I et brev til foreldrene skriver rektor Kari Solheim om «en vanskelig vinter».</p>", lang="nb")
    assert found == []

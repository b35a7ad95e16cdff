"""A heading that gives a person words by a colon ("Ann Marlow: “…”") heads a section about her: a
description in an incise below ("the 36-year-old said", "sagt der 52-Jährige") stands for her
(sections._quoting_heading_name, read as a paragraph naming her). A heading's three-word name whose first
word the page writes nowhere in lower case may be an office or a first name, and names no one."""

from __future__ import annotations

import speaker_pages

QUOTE = "“I never meant to run a ferry. Somebody gave me the keys and I kept them,”"


def test_an_age_in_the_incise_is_the_one_the_heading_quotes() -> None:
    assert speaker_pages.speakers("<h2>Ann Marlow: ‘I never meant to run a ferry’</h2>"
                                  "<p>She spent ten years at sea before the company folded.</p>"
                                  f"<p>{QUOTE} the 48-year-old said.</p>") == ["Ann Marlow"]


def test_a_german_age_noun_under_a_quoting_heading() -> None:
    assert speaker_pages.speakers("<h2>Jonas Kellermann: „Ich bin kein Kapitän“</h2>"
                                  "<p>Der Fährmann hatte das Boot sicher an den Steg gebracht.</p>"
                                  "<p>„Ich bin kein Kapitän, ich habe nur das Ruder gehalten“, sagt der 41-Jährige.</p>",
                                  lang="de") == ["Jonas Kellermann"]


def test_a_heading_with_no_colon_names_no_one() -> None:
    assert speaker_pages.speakers("<h2>Ann Marlow and the ferry</h2>"
                                  "<p>She spent ten years at sea before the company folded.</p>"
                                  f"<p>{QUOTE} the 48-year-old said.</p>") == [None]


def test_an_unknown_first_word_of_three_names_no_one() -> None:
    assert speaker_pages.speakers("<h2>Fährmann Jonas Kellermann: „Ich bin kein Kapitän“</h2>"
                                  "<p>Das Boot lag sicher am Steg.</p>"
                                  "<p>„Ich bin kein Kapitän, ich habe nur das Ruder gehalten“, sagt der 41-Jährige.</p>",
                                  lang="de") == [None]

"""A pronoun subject of a verb of saying ("He also adds that …") stands for the last person the sentences
before it name outside the words they quote: a name inside a quotation there (a product's, a friend's) is
what was said, not who "he" is (speakers.sentence_speaker)."""

from __future__ import annotations

import speaker_pages

GUIDE = "<p>Our guide draws on tips from Tom Berge and Ann Lee, who both record at home.</p>"
LATER = "He also adds that editing is easy in free software “like the open editors, as well as the cloud tools.”"


def test_a_product_name_inside_the_quote_before_is_not_who_he_is() -> None:
    found = speaker_pages.speakers(GUIDE + "<p>Tom points to “the small desk from Harbour Sound, and the Gull "
                                   f"Caster Pro” as good picks for pairs. {LATER}</p>")
    assert found == ["Tom Berge", "Tom Berge"]


def test_a_person_named_inside_the_quote_before_is_not_who_he_is() -> None:
    found = speaker_pages.speakers(GUIDE + "<p>Berge points to the small desk as a good pick. “It beats anything "
                                   f"Mara Holt ever sold me,” he said. {LATER}</p>")
    assert found == ["Tom Berge", "Tom Berge"]


def test_a_person_named_outside_the_quotes_is_still_who_he_is() -> None:
    found = speaker_pages.speakers(GUIDE + "<p>Berge points to the small desk as a good pick. “It beats anything "
                                   f"else,” he said. Then Ann Lee's brother Piet Lee joined us. {LATER}</p>")
    assert found == ["Tom Berge", "Piet Lee"]

"""A country's or a body's dotted initials before an office and its holder's name in an incise ("“…,” U.S.
District Judge Ann Lee wrote", "said U.S. Attorney Tom Berge") are no sentence's end and no initials of the
name (speakers._country_initials_dropped); a person's own initials before a surname alone stay theirs."""

from __future__ import annotations

import speaker_pages

QUOTE = "“The pier is closed until further notice, and we will not reopen it before the engineers are done,”"


def test_initials_before_the_office_after_the_quote() -> None:
    assert speaker_pages.speakers(f"<p>{QUOTE} U.S. District Judge Ann Lee wrote.</p>") == ["Ann Lee"]


def test_initials_before_the_office_after_the_verb() -> None:
    assert speaker_pages.speakers(f"<p>{QUOTE} said U.S. Attorney Tom Berge.</p>") == ["Tom Berge"]

"""“…,” the company said, after a sentence that opens on a one-word name as the subject of a verb of saying or
reporting ("Corvane announced the change on Monday."), is that firm's (speakers._one_word_reporter in
body_word_stands_for); a surname there ("Ann Lee … Lee announced") or a sentence that reports nothing
("Corvane did not respond") gives no one, as before."""

from __future__ import annotations

import speaker_pages

QUOTE = "“The service will stay closed until further notice, and we will not reopen it before the work is done,”"


def test_the_company_after_a_one_word_firm_announcing() -> None:
    assert speaker_pages.speakers(f"<p>Corvane announced the change on Monday.</p><p>{QUOTE} the company said "
                                  "in a blog post.</p>") == ["Corvane"]


def test_a_person_s_surname_is_no_firm() -> None:
    assert speaker_pages.speakers("<p>Ann Lee runs Corvane. Lee announced the change on Monday.</p>"
                                  f"<p>{QUOTE} the company said.</p>") == [None]


def test_a_sentence_reporting_nothing_names_no_firm() -> None:
    assert speaker_pages.speakers(f"<p>Corvane did not respond on Monday.</p><p>{QUOTE} the company said.</p>") \
        == [None]


def test_the_agency_after_a_body_by_its_initials_announcing() -> None:
    assert speaker_pages.speakers(f"<p>NOVA announced the delay on Monday.</p><p>{QUOTE} the agency said.</p>") \
        == ["NOVA"]

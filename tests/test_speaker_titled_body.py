"""A body whose name opens on a word that is also a title, an institution's word right after it ("the Justice
Department said"), is read whole (speakers._titled_body in _name_at and NameIndex.full); before, the title
was dropped and "Department" alone found no one. A title before a person's name ("Justice Ann Lee") is
dropped as before."""

from __future__ import annotations

import speaker_pages

QUOTE = "“The schools will stay closed until further notice, and we will not reopen them before the work is done,”"


def test_the_justice_department_after_the_quote() -> None:
    assert speaker_pages.speakers(f"<p>{QUOTE} the Justice Department said.</p>") == ["Justice Department"]
    assert speaker_pages.speakers(f"<p>{QUOTE} said the Justice Department.</p>") == ["Justice Department"]


def test_a_justice_before_her_name_is_a_title() -> None:
    assert speaker_pages.speakers(f"<p>{QUOTE} Justice Ann Lee wrote.</p>") == ["Ann Lee"]

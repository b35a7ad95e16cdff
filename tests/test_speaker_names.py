"""Speakers named as the page names them: a short form as the full name it gives (in a possessive
or the headline, never run on from a heading), without an office before it, credited under a
block quote (a linked source, a signature line, an embedded post), an outlet, a paper et al."""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the hockey story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def speakers(paragraphs: str, title: str = "Hockey") -> list[str | None]:
    html = (f"<!doctype html><html lang='en'><head><title>{title} | Daily Planet</title></head><body><article>"
            f"<h1>{title}</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_a_two_word_surname_takes_the_full_name_given_before_a_possessive() -> None:
    found = speakers("<p>The keeper stopped Lars Berg Holm’s shot late in the first period.</p>"
                     "<p>“The puck came off the boards faster than I could turn,” Berg Holm said.</p>")
    assert found == ["Lars Berg Holm"]


def test_a_surname_with_particles_takes_the_full_name_the_headline_gives() -> None:
    found = speakers("<p>“This week tested our whole family harder than any dance,” Van Der Berg said.</p>"
                     "<p>The judges sent Van Der Berg home after the second round of votes.</p>",
                     title="Piet Van Der Berg leaves the show after the vote")
    assert found == ["Piet Van Der Berg"]


def test_a_heading_s_last_word_does_not_open_the_next_paragraph_s_name() -> None:
    found = speakers("<h2>Best pickup: the Harbour Ranger</h2>\n<p>Berg Holm’s ties to the maker run deep.</p>"
                     "<p>“It tows more than any truck we tested this year,” says Berg Holm.</p>")
    assert found == ["Berg Holm"]

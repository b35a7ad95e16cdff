"""A review's line over the quoted words names who wrote them: a review word, "by" or a colon, the
reviewer (a surname's initial, or a rating beside the name), then a town and a rating at most
(speakers.reviewer_line). Every name and review here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

from cleanpage.speakers import reviewer_line


@pytest.mark.parametrize(("paragraphs", "lang", "reviewer"), [
    (("<p><b>Review by Tamsin Q. (Leeds) — 4 of 5</b></p>"
      "<p>“The kettle boils fast, but the lid sticks. My flatmate hates it.”</p>"), "en", "Tamsin Q."),
    (("<p><b>Avis de Lucille V., Brest</b> — 5/5</p>"
      "<p>« La lampe éclaire bien tout le bureau. Le câble est trop court pour moi. »</p>"), "fr", "Lucille V."),
    (("<p><b>Bewertung von Detlef K., Hameln</b> ★★★★☆</p>"
      "<p>„Der Toaster bräunt gleichmäßig. Das Gehäuse wird aber sehr heiß.“</p>"), "de", "Detlef K."),
    (("<p><b>Opinia: Halina Z., Kalisz</b> ★★☆☆☆</p>"
      "<p>„Czajnik głośny, a pokrywka pękła po tygodniu używania.”</p>"), "pl", "Halina Z."),
])
def test_a_reviewer_line_names_the_quoted_review_below_it(paragraphs: str, lang: str, reviewer: str) -> None:
    assert speakers(paragraphs, lang) == [reviewer]


@pytest.mark.parametrize("line", [
    "Review of Harbour Plans, 2024",  # a subject, no person
    "Review by Tamsin Quarrie",  # a full name with no rating: a critic's byline over an essay
    "Review: The Harbour Plan. It was read by the council on Monday night.",
    "The review by Tamsin Q. was published on Monday and read by many people in the town.",
])
def test_a_line_that_is_no_reviewer_line_names_no_one(line: str) -> None:
    assert reviewer_line(line) is None

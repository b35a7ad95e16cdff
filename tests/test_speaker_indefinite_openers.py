"""A capitalised "a", "one" or "a certain" opening a lead-in before someone unnamed is no name
(speakers.NOT_NAMES): the quote has no speaker."""

from __future__ import annotations

import speaker_pages


def test_an_indefinite_article_opening_a_lead_in_is_no_name() -> None:
    dutch = speaker_pages.speakers("<p>Een havenarbeider zei: ‘Niemand heeft ons iets gevraagd over de nieuwe kade.’</p>",
                                   lang="nl")
    greek = speaker_pages.speakers("<p>Ένας ψαράς είπε: «Κανείς δεν μας ρώτησε για τη νέα προβλήτα».</p>", lang="el")
    finnish = speaker_pages.speakers("<p>Eräs kalastaja totesi: ”Kukaan ei kysynyt meiltä uudesta laiturista.”</p>",
                                     lang="fi")
    assert (dutch, greek, finnish) == ([None], [None], [None])

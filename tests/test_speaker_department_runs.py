"""The department an office heads, capitalised between the office's preposition and its holder's name
("l’assessore allo Sport Ottavio Brambilla"), is no first name: the page's index of names keeps the
holder's two words, and the quotation is his, not "Sport Ottavio Brambilla"'s."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

P = "<p>{}</p>".format


@pytest.mark.parametrize("office", ["l’assessore allo Sport", "l’assessore allo Sviluppo"])
def test_the_department_after_an_elided_office_is_no_first_name(office: str) -> None:
    paragraph = f"«Entro giugno», ha replicato {office} Ottavio Brambilla."
    assert speakers(P(paragraph), "it") == ["Ottavio Brambilla"]

"""A person named by the initials of their given names and their surname ("the potter K. L. Marwood") is the
full name a surname alone stands for later ("Marwood said"), never "M." of "M. Vernaudin" (French
"Monsieur"); and "promised", in the languages the readers know, is a verb of saying an incise gives a
speaker with ("— пообещал он", "slíbil primátor", "lovade hon")."""

from __future__ import annotations

import pytest
import speaker_pages


def test_initials_and_a_surname_are_the_full_name() -> None:
    assert speaker_pages.speakers(
        "<p>Local potter K. L. Marwood has fired the same kiln behind the mill for forty years.</p>"
        "<p>“Nobody buys the plain bowls any more, they all want colour,” Marwood said.</p>") == ["K. L. Marwood"]


def test_monsieur_is_no_initial() -> None:
    assert speaker_pages.speakers(
        "<p>Le pêcheur Tobias Vernaudin connaît la rivière depuis l’enfance.</p><p>« La rivière est plus basse "
        "que jamais cette année », dit M. Vernaudin.</p>", lang="fr") == ["Tobias Vernaudin"]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("ru", ("<p>Глава поселка Игорь Лебедев провёл встречу с жителями.</p><p>«Мост через реку откроют до "
            "конца лета», — пообещал он.</p>"), "Игорь Лебедев"),
    ("cs", "<p>„Novou lávku přes řeku otevřeme do konce léta,“ slíbil starosta Pavel Dvořáček.</p>",
     "Pavel Dvořáček"),
    ("sv", "<p>”Den nya bron över ån öppnar före midsommar”, lovade kommunalrådet Eva Lindholm.</p>",
     "Eva Lindholm"),
])
def test_promised_is_a_verb_of_saying(lang: str, paragraphs: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraphs, lang=lang)[-1] == expected

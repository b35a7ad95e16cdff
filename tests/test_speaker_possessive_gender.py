"""German grammar that gives a person's gender for a later "sie" or "er" (speakers.GENDERED_BEFORE_NAME,
GENDERED_AFTER_NAME): a noun in -in after a feminine determiner right before a name is a woman's role ("seine
Nachbarin Ida Brenner"), and a possessive right after the subject's verb refers back to the subject ("Jonas Falkner
traf seine …": his; "Greta Lind hat ihre …": hers). Where both people of the sentence are of the pronoun's gender,
the subject speaks, as where neither is known (LastPerson.antecedent). Names and sentences invented."""

from __future__ import annotations

import speaker_pages


def test_his_neighbour_then_she_and_he() -> None:
    page = ("<p>Jonas Falkner traf seine Nachbarin Ida Brenner vor der Post.</p>"
            "<p>„Ich habe alle Briefe gezählt, es sind dreihundert“, sagte sie.</p>"
            "<p>Er lachte. „Das reicht für eine ganze Woche.“</p>")
    assert speaker_pages.speakers(page, "de") == ["Ida Brenner", "Jonas Falkner"]


def test_two_women_the_subject_speaks() -> None:
    page = ("<p>Greta Lind hat ihre Kollegin Mara Holt als Leiterin der Werkstatt vorgeschlagen.</p>"
            "<p>„Sie kennt jede Maschine in diesem Haus“, sagte sie zum Abschied.</p>")
    assert speaker_pages.speakers(page, "de") == ["Greta Lind"]


def test_a_first_name_in_in_with_no_determiner_is_no_role() -> None:
    page = ("<p>Jonas Falkner traf Kerstin Brenner vor der Post.</p>"
            "<p>„Ich habe alle Briefe gezählt, es sind dreihundert“, sagte er.</p>")
    assert speaker_pages.speakers(page, "de") == ["Jonas Falkner"]


def test_an_unnamed_newcomer_after_them_is_no_one() -> None:
    page = ("<p>Jonas Falkner traf seine Nachbarin Ida Brenner vor der Post.</p><p>Eine Anwohnerin aus dem "
            "Nachbarort wartet seit einer Stunde. „Hier ist jeden Morgen so ein Gedränge“, sagt sie.</p>")
    assert speaker_pages.speakers(page, "de") == [None]

"""An interview's answers in quote marks under a heading saying whom the interview is with ("Interview mit der
Hebamme Anna Roth", "Entretien avec Léa Roux", "Q&A: Ann Lee"), the questions set as paragraphs of their own
and no paragraph naming her: hers (LastPerson.interviewee, _interview_heading_name). A heading naming two
people, or naming no interview, gives no one."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_german_interview_heading_names_who_answers() -> None:
    page = ("<h2>Interview mit der Hebamme Wiebke Thormählen</h2>"
            + P("Seit 28 Jahren begleitet sie Geburten auf der Hallig. Im Herbst schließt die Station.")
            + P("Frage: Was bedeutet das für die Frauen hier?")
            + P("„Sie müssen mit dem Schiff aufs Festland, und das Schiff fährt nachts nicht.“")
            + P("Frage: Und was machen Sie jetzt?")
            + P("„Ich bleibe. Irgendjemand muss ja da sein, wenn es schnell gehen muss.“"))
    assert speaker_pages.speakers(page, "de") == ["Wiebke Thormählen", "Wiebke Thormählen"]


def test_french_entretien_avec() -> None:
    page = ("<h2>Entretien avec Léonie Darricarrère</h2>"
            + P("Elle garde le phare de l'île depuis vingt ans. Il sera automatisé en mai.")
            + P("Qu'allez-vous faire ensuite ?")
            + P("« Je reste sur l'île. Quelqu'un doit bien surveiller la côte en hiver. »"))
    assert speaker_pages.speakers(page, "fr") == ["Léonie Darricarrère"]


def test_english_q_and_a_heading() -> None:
    page = ("<h2>Q&amp;A: Ottoline Brackley on a hard winter</h2>"
            + P("<b>How many colonies did you lose this year?</b>")
            + P("“Eleven out of forty. In a normal year I would lose three or four at most.”"))
    assert speaker_pages.speakers(page) == ["Ottoline Brackley"]


def test_a_heading_naming_two_or_no_interview_gives_no_one() -> None:
    page = ("<h2>Interview: Ottoline Brackley and Piers Wetherell</h2>"
            + P("<b>How many colonies did you lose this year?</b>")
            + P("“Eleven out of forty. In a normal year we would lose three or four at most.”"))
    assert speaker_pages.speakers(page) == [None]
    page = ("<h2>Ottoline Brackley and the hard winter</h2>"
            + P("<b>How many colonies did the valley lose this year?</b>")
            + P("“Eleven out of forty. In a normal year we would lose three or four at most.”"))
    assert speaker_pages.speakers(page) == [None]

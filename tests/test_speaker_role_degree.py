"""A role noun in an incise ("sagte die Oberbürgermeisterin", "řekla starostka") stands for the one the page
named with that office earlier, an academic degree between the office and the name at most
("Oberbürgermeisterin Dr. Eva Roth", "starostka Ing. Jana Malá": speakers.DEGREES_BEFORE in role_holder's
patterns); before, the degree hid the holder and the quote went to the last capitalised pair named since
("38 Millionen Euro")."""

from __future__ import annotations

import speaker_pages


def test_a_german_mayor_with_a_doctorate() -> None:
    page = ("<p>Oberbürgermeisterin Dr. Almuth Kerschensteiner hat am Montag den Hafenplan vorgestellt.</p>"
            "<p>Er kostet 41 Millionen Euro. Die Fraktionen wollen ihn bis Juli prüfen.</p>"
            "<p>„Wir bauen nicht, weil es schön ist, sondern weil wir müssen“, sagte die Oberbürgermeisterin.</p>")
    assert speaker_pages.speakers(page, "de") == ["Almuth Kerschensteiner"]


def test_a_czech_mayor_with_an_engineering_degree() -> None:
    page = ("<p>Starostka Ing. Bohdana Vránová v pondělí představila plán opravy přístavu.</p>"
            "<p>Oprava bude stát 41 milionů korun. Zastupitelé ho chtějí projednat do července.</p>"
            "<p>„Nestavíme proto, že je to hezké, ale proto, že musíme,“ řekla starostka.</p>")
    assert speaker_pages.speakers(page, "cs") == ["Bohdana Vránová"]


def test_two_holders_of_the_office_name_no_one_of_them() -> None:
    page = ("<p>Oberbürgermeisterin Dr. Almuth Kerschensteiner traf am Montag Oberbürgermeisterin Dr. Renate "
            "Holzapfel aus der Nachbarstadt.</p>"
            "<p>„Wir bauen nicht, weil es schön ist, sondern weil wir müssen“, sagte die Oberbürgermeisterin.</p>")
    assert speaker_pages.speakers(page, "de") != ["Almuth Kerschensteiner"]

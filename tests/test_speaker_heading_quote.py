"""A heading that gives a person words after a colon ("Ann Lee: “We never gave up”", "Ana Ruiz : « … »",
"王丽：“…”") lists those words as theirs (_heading_words), as the section under it is about them; and a
short quote right after an incise whose subject is a lower-case noun and whose verb comes last ("“…,” the
44-year-old said. “…”") goes on in that incise's voice however short (_incise_goes_on), as one whose verb
opens it did."""

from __future__ import annotations

import speaker_pages


def test_an_english_heading_gives_its_words_and_its_person_speaks_below() -> None:
    page = ("<h2>Marta Quillon: “I never meant to stay this long”</h2>"
            "<p>The new harbour master learned to sail on the estuary as a child.</p>"
            "<p>“My mother thought boats were for other people,” the 52-year-old said. “She was wrong.”</p>")
    assert speaker_pages.quotes(page) == [("“I never meant to stay this long”", "Marta Quillon"),
                                          ("“My mother thought boats were for other people,”", "Marta Quillon"),
                                          ("“She was wrong.”", "Marta Quillon")]


def test_german_and_norwegian_headings() -> None:
    de = "<h2>Wiebke Ostermann: „Der Fluss hat uns alles genommen“</h2><p>Die Bäckerin steht wieder am Ofen.</p>"
    assert speaker_pages.quotes(de, "de")[0] == ("„Der Fluss hat uns alles genommen“", "Wiebke Ostermann")
    nb = "<h2>Solveig Brekke: «Jeg flytter aldri herfra»</h2><p>Hun har bodd på øya i førti år.</p>"
    assert speaker_pages.quotes(nb, "nb")[0] == ("«Jeg flytter aldri herfra»", "Solveig Brekke")


def test_a_french_heading_with_a_space_before_the_colon() -> None:
    page = "<h2>Colette Barbier : « La boulangerie m’a sauvée »</h2><p>Elle a repris le four de son père.</p>"
    assert speaker_pages.quotes(page, "fr")[0] == ("« La boulangerie m’a sauvée »", "Colette Barbier")


def test_a_heading_naming_no_one_or_quoting_a_title_lists_nothing() -> None:
    page = "<h2>Weekend reading: “The Lighthouse Keeper”</h2><p>The valley library opens on Sunday.</p>"
    assert speaker_pages.quotes(page) == []
    page = "<h2>Marta Quillon: “Yes”</h2><p>The valley library opens on Sunday.</p>"
    assert speaker_pages.quotes(page) == []


def test_a_subject_before_the_verb_carries_a_short_quote() -> None:
    page = ("<p>Tomas Irvine grew up above the quarry.</p>"
            "<p>“My father thought the stone would last for ever,” the retired mason said. “It did not.”</p>")
    assert speaker_pages.quotes(page) == [("“My father thought the stone would last for ever,”", "Tomas Irvine"),
                                          ("“It did not.”", "Tomas Irvine")]


def test_a_second_sentence_after_the_incise_carries_nothing_short() -> None:
    page = ("<p>Tomas Irvine grew up above the quarry.</p>"
            "<p>“My father thought the stone would last for ever,” the retired mason said. The sign read “No entry today”.</p>")
    assert [q for q in speaker_pages.quotes(page) if "entry" in q[0]] == []

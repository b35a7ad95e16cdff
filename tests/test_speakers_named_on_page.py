"""A speaker is given only where it reads as a name on its page (`speaker_names.PageNames`): common
words, a model number or a piece of a longer name are no one, and an institution's name cut short
is given whole. Invented pages, several languages."""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage.speaker_names import PageNames

HARBOUR = ("The harbour board met on Monday. Ann Lee, who runs the ferry, said the new timetable works. "
           "Later, Lee said the boats were full.")


@pytest.mark.parametrize("speaker", ["Ann Lee", "Lee", "Jürgen Weiß", "Agnès Dufour"])
def test_a_name_the_page_writes_stays(speaker):
    page = PageNames(f"{HARBOUR} On Tuesday {speaker} spoke. Then, {speaker} left for the coast.")
    assert page.checked(speaker) == speaker


def test_common_words_are_no_speaker():
    page = PageNames("How to Save Water at Home\nWe save water where we can. Less water means we save "
                     "money, and water that we save is water kept in the river.")
    assert page.checked("Save Water") is None


def test_a_heading_label_over_a_quote_is_no_speaker():
    page = PageNames("The Idea:\n“A loop runs the same steps until a test says stop.”\nEach idea comes with an "
                     "example; an idea you practise is an idea you keep.")
    assert page.checked("Idea") is None


def test_a_word_the_page_writes_capitalised_inside_sentences_is_a_name():
    # "Rose" is also a flower the page names in lower case, but the person is named more often
    page = PageNames("We met Rose at the market, where a rose costs a euro. Later, Rose said no. Then Rose left.")
    assert page.checked("Rose") == "Rose"


@pytest.mark.parametrize("speaker", ["Soundline X200 Pro", "Modell B7"])
def test_a_model_number_is_no_speaker(speaker):
    assert PageNames(f"We tested the {speaker} at home.").checked(speaker) is None


def test_a_piece_of_a_longer_name_is_no_speaker():
    page = PageNames("Two United States sailors were hurt, officials said. The sailors were flown home.")
    assert page.checked("United") is None


def test_an_institution_cut_short_is_given_whole():
    page = PageNames("Per this Harwick University Library guide: “An index lists items.” The index helps.")
    assert page.checked("University Library") == "Harwick University Library"


def test_a_title_before_a_name_does_not_lengthen_it():
    page = PageNames("The report came out. Superintendent Ann Lee of the County Council said it was fair.")
    assert page.checked("County Council") == "County Council"
    assert page.checked("Ann Lee") == "Ann Lee"


@pytest.mark.parametrize("speaker", ["the mayor", "Ольга Смирнова", "李明"])
def test_roles_and_other_scripts_pass_unjudged(speaker):
    assert PageNames("Nothing here names them.").checked(speaker) == speaker


def _article(body: str, lang: str = "en") -> str:
    filler = "".join(f"<p>Paragraph {i} of the harbour story, long enough to read as the running text of the "
                     f"article body, about ferries and the tide.</p>" for i in range(4))
    return (f"<!doctype html><html lang='{lang}'><head><title>Harbour | Coast Weekly</title></head><body>"
            f"<article><h1>Harbour plans</h1>{filler}{body}{filler}</article></body></html>")


def test_a_model_number_is_no_speaker_through_clean():
    body = ("<p>We tested it at home. “The bass is deep and the cable long enough for any desk,” says the "
            "Soundline X200 Pro box.</p>")
    quotes = cleanpage.clean(_article(body)).quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_named_speaker_keeps_the_name_through_clean():
    body = "<p>“The boats are full every morning,” said Ann Lee, who runs the ferry.</p>"
    quotes = cleanpage.clean(_article(body)).quotes
    assert [q.speaker for q in quotes] == ["Ann Lee"]


def test_a_person_after_to_or_after_a_dash_keeps_the_name():
    page = PageNames("According to Ann Lee, the boats were full. We recommend it at 100%”\n\n– Mel Ortiz\n")
    assert page.checked("Ann Lee") == "Ann Lee"
    assert page.checked("Mel Ortiz") == "Mel Ortiz"


@pytest.mark.parametrize(("text", "speaker"), [
    ("An editorial in the Tidal Herald argued for the harbour.", "Tidal Herald"),
    ("„Viele wissen das nicht“, heißt es beim Bäckerverband Nordbaden.", "Bäckerverband Nordbaden"),
    ("“Sailings resume on Monday,” a Kestrel Ferries spokesperson said.", "Kestrel Ferries"),
    ("“As viagens serão retomadas”, informou a Fluvial Estuário em nota.", "Fluvial Estuário"),
])
def test_an_outlet_or_a_firm_after_an_article_stays(text, speaker):
    assert PageNames(text).checked(speaker) == speaker


def test_a_comma_or_a_bracket_ends_the_name():
    page = PageNames("Ann B. Lee, M.D., Ph.D. (in her column) agreed with the plan.")
    assert page.checked("Ann B. Lee, M.D., Ph.D. (in her column)") == "Ann B. Lee"


def test_a_generation_or_a_surname_first_after_the_comma_stays_with_the_name():
    # only a degree, a description or a bracket ends a name at its comma, as NameIndex.full reads it
    page = PageNames("Ann B. Lee, Jr. and Lee, Ann both spoke at the harbour meeting on the budget.")
    assert page.checked("Ann B. Lee, Jr.") == "Ann B. Lee, Jr."
    assert page.checked("Lee, Ann") == "Lee, Ann"
    assert page.checked("Ann B. Lee (in her column)") == "Ann B. Lee"

"""A person named in full opening a sentence, a verb no list of verbs of saying holds (an adverb or an
auxiliary beside it), then "that" and a short quotation right after it ("Anklager Ida Vang mener derimod, at
»…«"): the words are the subject's (speakers._that_clause_subject); an office before the name is no part
of it."""

from __future__ import annotations

import speaker_pages

LAWYER = {
    "da": "<p>»Ole Friis har intet forkert gjort,« sagde hans advokat Mette Lund efter mødet.</p>",
    "sv": "<p>”Olle Berg har inget fel gjort”, sa hans advokat Maja Lind efter mötet.</p>",
    "fi": "<p>”Olli Salo ei ole tehnyt mitään väärää”, sanoi hänen asianajajansa Aino Rinne kokouksen jälkeen.</p>",
}


def test_a_danish_prosecutor_holding_that_speaks_the_short_quote() -> None:
    found = speaker_pages.quotes(LAWYER["da"] + "<p>Anklager Ida Vang mener derimod, at »sagen står klar«.</p>",
                                 lang="da")
    assert [speaker for _text, speaker in found] == ["Mette Lund", "Ida Vang"]


def test_a_swedish_prosecutor_holding_att_speaks_the_short_quote() -> None:
    found = speaker_pages.quotes(LAWYER["sv"] + "<p>Åklagaren Eva Sund menade däremot att ”saken är klar”.</p>",
                                 lang="sv")
    assert [speaker for _text, speaker in found] == ["Maja Lind", "Eva Sund"]


def test_a_finnish_adverb_before_the_verb_and_a_comma_before_etta() -> None:
    found = speaker_pages.quotes(LAWYER["fi"] + "<p>Syyttäjä Pekka Aho puolestaan arveli, että ”asia on "
                                 "selvä”.</p>", lang="fi")
    assert [speaker for _text, speaker in found] == ["Aino Rinne", "Pekka Aho"]


def test_a_czech_office_of_two_words_before_the_name() -> None:
    found = speaker_pages.speakers("<p>Státní zástupkyně Alena Hrubá však soudí, že „věc je jasná“.</p>",
                                   lang="cs")
    assert found == ["Alena Hrubá"]


def test_a_romanian_perfect_auxiliary_before_the_participle() -> None:
    found = speaker_pages.speakers("<p>Procurorul Mihai Stan a ripostat că „faptele sunt clare”.</p>", lang="ro")
    assert found == ["Mihai Stan"]


def test_a_greek_subject_and_verb_before_oti() -> None:
    found = speaker_pages.speakers("<p>Η δικαστής Ελένη Παππά υποστήριξε ότι «η υπόθεση είναι απλή».</p>",
                                   lang="el")
    assert found == ["Ελένη Παππά"]


# where it must not fire


def test_that_after_an_object_opens_a_relative_clause() -> None:
    found = speaker_pages.speakers("<p>Ann Lowry runs a shop that “never quite closes”.</p>")
    assert found == []


def test_english_at_after_a_verb_is_no_that() -> None:
    found = speaker_pages.speakers("<p>Ann Lowry laughed at “the usual suspects”.</p>")
    assert found == []


def test_a_clause_before_the_subject_leaves_the_verb_unread() -> None:
    found = speaker_pages.speakers("<p>Nach der Sitzung, als Eva Kranz ging, hieß es, dass „alles "
                                   "klar“.</p>", lang="de")
    assert "Eva Kranz" not in found


# A verb of learning or hearing before "that": the clause is what reached the subject, not her words.
def test_a_subject_who_learned_that_does_not_speak_the_quote() -> None:
    found = speaker_pages.quotes("<p>Mayor Ann Lowry learned that “the bridge is closed” only on Friday, when "
                                 "residents complained.</p>")
    assert all(speaker != "Ann Lowry" for _text, speaker in found)

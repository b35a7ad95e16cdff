"""An incise of two words after a quote, a verb no list of verbs of saying holds and "he" or "she", in either
order, then the sentence's end ("„…”, râde ea.", "”…”, ler hun.", "“…,” she laughs."): the words are the
one the pronoun stands for (_pronoun_and_verb), whatever the verb (a laugh, a smile, a shrug)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_romanian_laugh_and_ea_is_the_woman_named_before() -> None:
    found = speaker_pages.speakers(
        P("Sora lui, Ileana Costache-Mureșan, lucrează la Brașov de zece ani.")
        + P("„Mama nu pleacă nicăieri fără grădina ei de roșii”, râde ea."), lang="ro")
    assert found == ["Ileana Costache-Mureșan"]


def test_a_norwegian_verb_and_hun_is_the_woman_named_before() -> None:
    found = speaker_pages.speakers(
        P("Datteren hans, Sigrid Tveitnes-Aune, jobber som los i Bergen.")
        + P("«Far har aldri vært redd for havet, bare for papirene», smiler hun."), lang="nb")
    assert found == ["Sigrid Tveitnes-Aune"]


def test_an_english_she_and_a_verb_no_list_holds() -> None:
    found = speaker_pages.speakers(
        P("Her sister, Marguerite Oyelaran, runs the ferry café on the north quay.")
        + P("“Mum never leaves the island without her tomato plants,” she shrugs."))
    assert found == ["Marguerite Oyelaran"]


def test_a_verb_of_hearing_or_reading_gives_the_words_to_someone_else() -> None:
    """"“Fire on the deck!” she heard.": she heard them; the speaker is not the one the pronoun stands for."""
    for incise, lang in (("she heard", "en"), ("las sie", "de"), ("hørte hun", "nb")):
        found = speaker_pages.speakers(
            P("Her sister, Marguerite Oyelaran, runs the ferry café on the north quay.")
            + P(f"“The boat is leaving without the mail,” {incise}."), lang=lang)
        assert found in ([], [None]), incise


def test_a_spanish_article_and_a_day_after_a_title_are_no_incise() -> None:
    """"«…» el lunes.": Romanian "el" comes after its verb only; before a word it is an article."""
    found = speaker_pages.speakers(
        P("La alcaldesa Marta Ibarra presentó el plan en el pleno.")
        + P("El ayuntamiento lanzó la campaña «Calles limpias para todos los niños del barrio» el lunes."), lang="es")
    assert found in ([], [None])

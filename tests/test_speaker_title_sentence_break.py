"""A title written short with a full stop before a name ("Dr. Ann Lee", "Prof. Tom Berge", "Mme. Léa Roux")
ends no sentence (SENTENCE_BREAK_RE, ABBREVIATED_TITLES): "The archivist, Dr. Ann Lee, said it was frank."
is one sentence reporting her words, and a paragraph that is a quotation alone after it is hers."""

from __future__ import annotations

import speaker_pages

from cleanpage.speakers import SENTENCE_BREAK_RE

P = "<p>{}</p>".format


def test_no_break_after_an_abbreviated_title() -> None:
    assert SENTENCE_BREAK_RE.split("The archivist, Dr. Ann Lee, said so. Prof. Tom Berge did not. He left.") == [
        "The archivist, Dr. Ann Lee, said so.", "Prof. Tom Berge did not.", "He left."]


def test_english_doctor_set_off_then_quote_paragraph() -> None:
    page = (P("The diary, written by a lighthouse keeper in 1871, was found in a loft in Wexcombe last spring.")
            + P("The keeper's wife's reply has not survived. The archivist who catalogued the diary, "
                "Dr. Philippa Marchmont, said it was unusually frank.")
            + P("“Keepers almost never admitted to fear in their logs. He does it on every page.”"))
    assert speaker_pages.speakers(page) == ["Philippa Marchmont"]


def test_french_madame_abbreviated_then_quote_paragraph() -> None:
    page = (P("Le journal du gardien de phare, daté de 1871, a été retrouvé dans un grenier au printemps.")
            + P("L'archiviste du département, Mme. Apolline Descharmes, a expliqué qu'il était d'une rare franchise.")
            + P("« Les gardiens n'avouaient presque jamais leur peur. Lui l'écrit à chaque page. »"))
    assert speaker_pages.speakers(page, "fr") == ["Apolline Descharmes"]

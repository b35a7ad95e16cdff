"""An incise whose subject is someone unnamed, an indefinite article or a word for "one" and a noun in lower
case, with a name after it only inside a phrase a preposition governs ("gritó una mujer al paso del alcalde
…", "diz uma moradora sobre o vereador …", "говорит одна из жительниц о застройщике …", "λέει ένας κάτοικος
για τον δήμαρχο …"), gives no speaker: the words are the unnamed one's, about the one named
(speakers._unnamed_then_spoken_of). A name set off by a comma after the noun ("said a neighbour, Ann Lee")
and a spokesperson for someone stay as they were."""

from __future__ import annotations

import speaker_pages


def test_spanish_and_portuguese_about_a_named_official() -> None:
    spanish = "<p>«Es un cobarde y un mentiroso», gritó una vecina al paso del concejal Baltasar Urquiola.</p>"
    assert speaker_pages.speakers(spanish, "es") == [None]
    portuguese = "<p>“Ele só aparece quando há eleições”, diz uma moradora sobre o vereador Baltasar Queiroga.</p>"
    assert speaker_pages.speakers(portuguese, "pt") == [None]


def test_russian_and_greek_about_a_named_person() -> None:
    russian = "<p>«Он нас всех обманул», — говорит одна из жительниц о застройщике Аркадии Пыжове.</p>"
    assert speaker_pages.speakers(russian, "ru") == [None]
    greek = "<p>«Ο Καραλής δεν άκουσε ποτέ κανέναν», λέει ένας κάτοικος για τον δήμαρχο Θανάση Καραλή.</p>"
    assert speaker_pages.speakers(greek, "el") == [None]


def test_a_name_set_off_after_the_unnamed_noun_speaks() -> None:
    page = "<p>“The ferry has not run on time once this winter,” said a neighbour, Ottilie Brackwater.</p>"
    assert speaker_pages.speakers(page) == ["Ottilie Brackwater"]


def test_the_english_form_about_someone() -> None:
    page = "<p>“He only turns up when there is an election,” said a resident about councillor Baltasar Quayle.</p>"
    assert speaker_pages.speakers(page) == [None]


def test_one_opening_a_colon_lead_is_no_name() -> None:
    page = ("<p>Fans cheered after Burak Lanton scored twice.</p>"
            "<p>One fan said: “Without him this team would have gone down years ago.”</p>")
    assert speaker_pages.speakers(page) == [None]


def test_a_surname_opening_a_colon_lead_still_speaks() -> None:
    page = ("<p>Burak Lanton scored twice on Saturday.</p>"
            "<p>Lanton said after the match: “Without the crowd we would have gone down years ago.”</p>")
    assert speaker_pages.speakers(page) == ["Burak Lanton"]

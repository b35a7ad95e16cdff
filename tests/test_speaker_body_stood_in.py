"""A body named by a word for any body or by its noun with the definite article: German "Eine Sprecherin der Behörde
sagte, …" after a sentence naming "Das Landesamt für …" (_stood_in_for reads the sentence before the one naming
the body by the general word alone), Arabic "وقالت الوزارة" after the page named "وزارة الصحة"
(NameIndex._construct_named)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_german_spokeswoman_of_the_authority_named_the_sentence_before() -> None:
    page = (P("Das Landesamt für Gewässerschutz hat nach dem Fischsterben im Mühlbach Proben genommen.")
            + P("Eine Sprecherin der Behörde sagte, man gehe „derzeit von einem Unfall aus“."))
    assert speaker_pages.speakers(page, "de") == ["Landesamt für Gewässerschutz"]


def test_german_two_bodies_before_name_neither() -> None:
    page = (P("Das Landesamt für Gewässerschutz und das Landesamt für Forsten haben Proben genommen.")
            + P("Eine Sprecherin der Behörde sagte, man gehe „derzeit von einem Unfall aus“."))
    assert speaker_pages.speakers(page, "de") != ["Landesamt für Gewässerschutz"]


def test_arabic_the_ministry_is_the_ministry_named() -> None:
    page = (P("أعلنت وزارة التعليم أن العام الدراسي سيبدأ الأسبوع المقبل في جميع المدارس.")
            + P("وقالت الوزارة في بيان: «المدارس جاهزة لاستقبال جميع التلاميذ»."))
    assert speaker_pages.speakers(page, "ar") == ["وزارة التعليم"]


def test_arabic_two_ministries_named_give_neither() -> None:
    page = (P("أعلنت وزارة التعليم ووزارة النقل أن العام الدراسي سيبدأ الأسبوع المقبل.")
            + P("وقالت الوزارة في بيان: «المدارس جاهزة لاستقبال جميع التلاميذ»."))
    assert speaker_pages.speakers(page, "ar") != ["وزارة التعليم"]

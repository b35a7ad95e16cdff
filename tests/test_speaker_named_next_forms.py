"""A quotation ending its sentence, then a sentence that names whose words they were: with a role in lower
case and no comma before the name ("That was how ferry pilot Ann Lee described …"), or in Vietnamese "Đó là
lời kể của ông …" ("that is the account of Mr …"): NAMED_NEXT_RE."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_role_in_lower_case_before_the_name_after_that_was_how() -> None:
    found = speaker_pages.speakers(
        P("“The fog came in so fast that we lost sight of the pier. We had to turn the ferry back twice.” "
          "That was how lockkeeper Imogen Saltmarsh described Tuesday evening."))
    assert found == ["Imogen Saltmarsh"]


def test_a_vietnamese_account_of_mr() -> None:
    found = speaker_pages.speakers(
        P("“Tôi chưa từng thấy sương mù dày như thế. Chúng tôi phải quay phà lại hai lần.” Đó là lời kể của "
          "ông Phạm Quốc Thịnh, người lái phà ở bến Cồn Dừa."), lang="vi")
    assert found == ["Phạm Quốc Thịnh"]


# where it must not fire


def test_a_pronoun_after_that_was_how_names_no_one_new() -> None:
    found = speaker_pages.speakers(
        P("“The fog came in so fast that we lost sight of the pier. We had to turn the ferry back twice.” "
          "That was how many Harbour Road residents described Tuesday evening."))
    assert found != ["Harbour Road"]

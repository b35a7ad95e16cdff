"""An interview's answer set after a dialogue dash ("– ”…”", "— «…»") right after a paragraph that is only
the interviewer's question: the one interviewed answers, as an answer opening on its quote mark does. A
place after Russian "на" ("на Северном берегу") is where, not who answers."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format
B = "<p><b>{}</b></p>".format


def test_swedish_dash_answer_after_a_question() -> None:
    assert speaker_pages.speakers(P("Gunvor Ekdahl-Bäckström har skött färjan över sundet i trettio år.")
                                  + B("Fråga: Vad kommer du att sakna mest?")
                                  + P("– ”Morgnarna, när vattnet ligger helt stilla och ingen har vaknat än.”"),
                                  lang="sv") == ["Gunvor Ekdahl-Bäckström"]


def test_hungarian_dash_answer_after_a_dashed_question() -> None:
    assert speaker_pages.speakers(P("Vámosi Gergely harminc éve vezeti a falu kórusát. Vele beszélgettünk.")
                                  + B("– Mi tartja egyben a kórust?")
                                  + P("– „A közös vacsorák a próbák után, ebben biztos vagyok.”"),
                                  lang="hu") == ["Vámosi Gergely"]


def test_russian_dash_answer_not_the_place_after_na() -> None:
    assert speaker_pages.speakers(P("Пётр Самойлов тридцать лет работает гончаром на Северном берегу. Мы поговорили с ним.")
                                  + B("— Почему именно глина?")
                                  + P("— «Глина здесь лежит прямо под ногами, её не нужно везти издалека»."),
                                  lang="ru") == ["Пётр Самойлов"]


def test_a_dash_quote_with_its_own_incise_keeps_it() -> None:
    # must not fire: the verb of saying after the quote names who speaks
    assert set(speaker_pages.speakers(P("Gunvor Ekdahl-Bäckström har skött färjan över sundet i trettio år.")
                                  + B("Fråga: Vad säger passagerarna?")
                                  + P("– ”Att de kommer att sakna färjan mer än bron”, säger Holger Lindqvist, en pendlare."),
                                  lang="sv")) == {"Holger Lindqvist"}


def test_a_dash_quote_after_a_plain_paragraph_is_no_answer() -> None:
    # must not fire: the paragraph before asks nothing
    assert speaker_pages.speakers(P("Gunvor Ekdahl-Bäckström har skött färjan över sundet i trettio år.")
                                  + P("Bron öppnar i maj och färjan läggs ner samma vecka.")
                                  + P("– ”Morgnarna, när vattnet ligger helt stilla och ingen har vaknat än.”"),
                                  lang="sv") == [None]

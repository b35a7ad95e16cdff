"""A Japanese quote whose verb of saying follows it with no topic in its own sentence ("「…」と話す。"), the
subject dropped, is the person the sentence before opens on as its topic ("森田さんは、…。"), past a
conjunction opening the quote's sentence ("しかし「…」と振り返る。")."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_dropped_subject_is_the_topic_of_the_sentence_before() -> None:
    found = speaker_pages.speakers(
        P("港の食堂の常連客、浜田節子さん（79）は、毎朝六時に店へ通ってきた。「ここで皆の顔を見るのが一日の始まり"
          "だった。家の台所は寂しいのよ」と話す。"), lang="ja")
    assert found == ["浜田節子"]


def test_a_conjunction_before_the_quote_and_looked_back() -> None:
    found = speaker_pages.speakers(
        P("渡し船の船長、岩城昭三さんは四十年この航路を守ってきた。しかし「もう若い人に任せる時が来たと思っています"
          "よ」と振り返る。"), lang="ja")
    assert found == ["岩城昭三"]


def test_a_quote_alone_after_a_paragraph_ending_on_a_verb_of_saying_about_its_topic() -> None:
    found = speaker_pages.speakers(
        P("港町で六十年続く渡し船「汐風丸」が今月で運航を終える。二代目の船長、岩城昭三さん（77）は桟橋に立ち"
          "ながら静かに語った。")
        + P("「燃料代が三倍になった。もうこの値段では続けられない」"), lang="ja")
    assert found == ["岩城昭三"]

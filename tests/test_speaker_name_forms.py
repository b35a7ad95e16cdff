"""A speaker's string is the person's name, whole and bare: no office or courtesy word before it,
the fullest form the page gives the same person, and in Japanese a name cut neither inside its
kanji nor into the office written after it."""

from __future__ import annotations

import speaker_pages

JA_FILLER = "".join(f"<p>港町の図書館では、古い本の修理が続いている。第{i}回の作業には地元の人々が多く集まり、"
                    "夕方まで静かに作業を続けた。</p>" for i in range(4))


def ja_speakers(paragraphs: str) -> list[str | None]:
    return speaker_pages.speakers(JA_FILLER + paragraphs, lang="ja", headline="港町の図書館")


def test_a_japanese_surname_written_with_the_repeat_mark_before_an_office() -> None:
    found = ja_speakers("<p>町長の野々村誠一氏は先週、港を視察した。野々村町長は「港は町の宝だ。必ず守りたい」と述べた。</p>")
    assert found == ["野々村誠一"]


def test_a_japanese_surname_before_an_office_of_the_same_kanji_as_a_name() -> None:
    # "村" could end the name; the page names the mayor in full before
    found = ja_speakers("<p>村長の佐藤健一氏は、計画を支持している。佐藤村長は「村の未来がかかっている」と話した。</p>")
    assert found == ["佐藤健一"]


def test_a_japanese_public_body_is_its_whole_name_not_its_last_four_kanji() -> None:
    found = ja_speakers("<p>県観光振興課は取材に対し、「地域の新しい拠点になる」とコメントした。</p>")
    assert found == ["県観光振興課"]

"""An adverb between a Russian or Ukrainian subject and its verb of saying ("Она откровенно рассказала",
"Він потім додав") is read past, as English "-ly" is (speakers._manner_adverb): a pronoun there stands for
the person named before, and a paragraph that is a quotation alone after it goes on in her voice."""

from __future__ import annotations

import speaker_pages

NAMED = ("<p>Анна Ковалёва рассказала, почему уехала из города.</p>"
         "<p>«Я каждый вечер вспоминаю наш причал», – сказала Ковалёва.</p>"
         "<p>Новый дом в городе она так и не нашла.</p>")
ALONE = "<p>«Я лично не люблю большие города, но работа держит меня здесь. Это надолго»." "</p>"


def test_a_manner_adverb_before_the_verb() -> None:
    found = speaker_pages.speakers(NAMED + "<p>Она откровенно рассказала, что пока не нашла нового дома, и тратит "
                                   "на поиски всё свободное время.</p>" + ALONE, lang="ru")
    assert found == ["Анна Ковалёва", "Анна Ковалёва"]


def test_also_before_the_verb() -> None:
    found = speaker_pages.speakers(NAMED + "<p>Она также рассказала, что пока не нашла нового дома, и тратит "
                                   "на поиски всё свободное время.</p>" + ALONE, lang="ru")
    assert found == ["Анна Ковалёва", "Анна Ковалёва"]

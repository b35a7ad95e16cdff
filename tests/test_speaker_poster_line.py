"""A forum post's line over its words, the poster's handle set apart at its opening and a verb of posting or
replying before a colon ("<b>dune_walker</b> wrote:", "<b>kalinka.p</b> antwortete:"), names who posts the
paragraph in quote marks under it (sections._poster_line in _lead_in), the handle as written: lower case,
figures, dots; in a block a forum's class marks as a post, a verb no list holds does too. A bold label with no
colon, a pronoun or a word for anyone, or a line of several words names no one. Handles and posts invented."""

from __future__ import annotations

import speaker_pages


def post(line: str, words: str) -> str:
    return f'<div class="post"><p>{line}</p><p>{words}</p></div>'


ASKS = "“Does the night ferry still stop at the old pier after the timetable changed in spring?”"
ANSWERS = "“Only on weekdays now, and not after ten. The board by the kiosk has the new times.”"


def test_a_handle_in_lower_case_and_a_verb_of_posting() -> None:
    assert speaker_pages.speakers(post("<b>dune_walker</b> wrote:", ASKS) + post("<b>marsh</b> replied:", ANSWERS)) \
        == ["dune_walker", "marsh"]


def test_handles_with_figures_and_dots_in_other_languages() -> None:
    assert speaker_pages.speakers(post("<b>Kaltfront88</b> schrieb:", "„Hat jemand die neue Fähre schon "
                                       "ausprobiert? Sie soll viel ruhiger fahren.“"), "de") == ["Kaltfront88"]
    assert speaker_pages.speakers(post("<b>kalinka.p</b> odpisała:", "„Tylko w dni robocze, a rozkład wisi "
                                       "przy kasie na przystani.”"), "pl") == ["kalinka.p"]
    assert speaker_pages.speakers(post("<b>морской_волк</b> отвечает:", "«Только по будням, а новое расписание "
                                       "висит у кассы на причале».")) == ["морской_волк"]


def test_a_verb_no_list_holds_in_a_forum_post() -> None:
    assert speaker_pages.speakers(post("<b>rivierkat</b> meldde:", "„Alleen op werkdagen nu, en niet meer na "
                                       "tien uur. Het bord bij de kiosk heeft de tijden.”"), "nl") == ["rivierkat"]


def test_a_verb_no_list_holds_outside_a_post_names_no_one() -> None:
    assert speaker_pages.speakers(f"<p><b>rivierkat</b> meldde:</p><p>{ANSWERS}</p>") == [None]


def test_a_pronoun_or_a_word_for_anyone_names_no_one() -> None:
    assert speaker_pages.speakers(post("<b>someone</b> replied:", ANSWERS)) == [None]
    assert speaker_pages.speakers(post("<b>she</b> wrote:", ANSWERS)) == [None]


def test_a_label_with_no_colon_or_of_several_words_names_no_one() -> None:
    assert speaker_pages.speakers(post("<b>dune_walker</b> wrote", ANSWERS)) == [None]
    assert speaker_pages.speakers(post("<b>dune_walker</b> wrote this in the old thread last year:", ANSWERS)) \
        == [None]


def test_a_bold_handle_in_lower_case_before_a_colon_in_a_post() -> None:
    assert speaker_pages.speakers(f'<div class="post"><p><b>marsh</b>: {ANSWERS}</p></div>') == ["marsh"]


def test_a_post_note_label_before_a_colon_names_no_one() -> None:
    assert speaker_pages.speakers(f'<div class="post"><p><b>edit</b>: {ANSWERS}</p></div>') == [None]
    assert speaker_pages.speakers(f'<div class="post"><p><b>nachtrag</b>: {ANSWERS}</p></div>', "de") == [None]

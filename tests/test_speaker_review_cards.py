"""A review or a testimonial card named by its class in the site's own language ("recensione", "opinia",
"anmeldelse", "отзыв"), its quotation signed by the name line over or under it, the name set apart from
the place by a spaced dash or a middle dot ("Ann Lee – Leeds", "Ann Lee · Leeds"): sections.CARD_CLASS_RE,
speakers.CARD_LINE_MARK_RE."""

from __future__ import annotations

import speaker_pages


def test_a_review_card_in_italian_signed_over_its_words_with_a_dash_and_a_place() -> None:
    found = speaker_pages.speakers(
        "<div class='recensione'><span class='voto'>4/5</span><p><strong>Ornella Bassani</strong> – Portovivo</p>"
        "<p>«Camere pulite e colazione abbondante, ma il porto è lontano.»</p></div>", lang="it")
    assert found == ["Ornella Bassani"]


def test_a_review_card_in_danish_signed_under_its_words_with_a_place() -> None:
    found = speaker_pages.speakers(
        "<div class='anmeldelse'><p>»God mad ved havnen, men vi ventede længe på fisken.«</p>"
        "<p><strong>Birthe Holmgaard</strong>, Sandvig</p></div>", lang="da")
    assert found == ["Birthe Holmgaard"]


def test_a_testimonial_card_in_russian_signed_under_its_words() -> None:
    found = speaker_pages.speakers(
        "<div class='otzyv'><p>«Доставили лодку в срок, упаковка целая, спасибо!»</p>"
        "<p>Алевтина Ручьёва, г. Приморск</p></div>", lang="ru")
    assert found == ["Алевтина Ручьёва"]


def test_a_card_line_parting_the_name_from_the_place_by_a_middle_dot() -> None:
    found = speaker_pages.speakers(
        "<div class='testimonial'><p>“The harbour tour was the best hour of our holiday.”</p>"
        "<p><strong>Ann Marlow</strong> · Leeds</p></div>")
    assert found == ["Ann Marlow"]


# where it must not fire


def test_an_opinion_column_s_class_makes_no_card_of_a_quote_paragraph() -> None:
    found = speaker_pages.speakers(
        "<div class='opinion'><p>“The pier will not survive another winter,” said Tom Berge, the harbour master."
        "</p><p>“Nobody will sail before the inspection is over.”</p><p>Tom Berge has run the harbour for "
        "years.</p></div>")
    assert found == ["Tom Berge", "Tom Berge"]

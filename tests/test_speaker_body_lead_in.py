"""Lead-ins whose subject opens on more than a name: an institution joined by a connector ("El Ministerio de Pesca
Costera calificó …") or a title before a three-word name ("Bupati Rahmat Hidayat Lubis menulis:") gives
the whole name, not its last two capitalised words; a kind of body before its own name ("Spółka Porty
Nadmorskie") is left out of it (NameIndex.full); a report "published on Tuesday by" a body speaks for it
later (_document_by)."""

from __future__ import annotations

import speaker_pages


def test_a_ministry_joined_by_de_leading_in_is_named_whole() -> None:
    found = speaker_pages.speakers(
        "<p>El Ministerio de Pesca Costera calificó el informe de «exagerado y poco serio».</p>", lang="es")
    assert found == ["Ministerio de Pesca Costera"]


def test_a_person_leading_in_after_a_ministry_named_later_keeps_the_person() -> None:
    found = speaker_pages.speakers(
        "<p>La pescadora Ana Ruiz Ortega calificó el plan del Ministerio de Pesca Costera de «tardío, escaso y pensado "
        "solo para las grandes flotas del norte».</p>", lang="es")
    assert found == ["Ana Ruiz Ortega"]


def test_a_three_word_name_after_a_title_leading_in_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<p>Bupati Rahmat Hidayat Lubis menulis di akun media sosialnya: “Pelabuhan baru akan dibuka sebelum musim "
        "hujan tiba.”</p>", lang="id")
    assert found == ["Rahmat Hidayat Lubis"]


def test_a_three_word_name_after_a_trade_word_no_list_holds_keeps_its_last_two() -> None:
    found = speaker_pages.speakers(
        "<p>Fietsenmaker Ruud Hendriks zegt over de nieuwe kade: „We hebben hier jaren op gewacht, en nu is het "
        "eindelijk zover.”</p>", lang="nl")
    assert found == ["Ruud Hendriks"]


def test_a_kind_of_body_before_its_own_name_is_left_out() -> None:
    found = speaker_pages.speakers(
        "<p>Spółka Porty Nadmorskie poinformowała w komunikacie, że „nabrzeże zostanie otwarte przed końcem "
        "sezonu”.</p>", lang="pl")
    assert found == ["Porty Nadmorskie"]


def test_a_report_published_by_a_body_speaks_for_it_later() -> None:
    found = speaker_pages.speakers(
        "<p>A report published on Tuesday by the Office for Harbour Safety found that the cranes were overdue for "
        "inspection.</p><p>“Workers have been put at risk by poor maintenance at every level,” the report "
        "concluded.</p>")
    assert found == ["Office for Harbour Safety"]

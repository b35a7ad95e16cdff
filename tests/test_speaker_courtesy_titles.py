"""Indonesian and Malay courtesy titles before a name ("Ibu Siti Rahmawati", "Bapak Joko Santoso", "kata Pak
Joko"): Mrs and Mr, no part of the name (TITLES)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_ibu_before_a_name_is_a_title() -> None:
    found = speaker_pages.speakers(
        P("Di Desa Tanjung Harapan, Ibu Wulan Sekarsari mengelola koperasi nelayan sejak sepuluh tahun lalu.")
        + P("“Awalnya tidak ada yang percaya koperasi ini bisa bertahan lama,” ujarnya."), lang="id")
    assert found == ["Wulan Sekarsari"]


def test_bapak_before_a_name_is_a_title() -> None:
    found = speaker_pages.speakers(
        P("“Perahu kami sudah terlalu tua untuk melaut jauh dari pantai,” kata Bapak Hendra Wiratama."),
        lang="id")
    assert found == ["Hendra Wiratama"]

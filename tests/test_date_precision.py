"""Dates where the page shows none: sources that must not give the publication day."""

from __future__ import annotations

import pytest

import cleanpage

_PREVIEW = "https://cdn.example.org/files/2023/11/29/fern-wide.jpg"


def _guide(pictures: str, *, holder: str = "main") -> str:
    return (f'<html><head><title>Ferns for shady corners</title><meta property="og:image" content="{_PREVIEW}">'
            f"</head><body><header><p>Garden guide</p></header><{holder}><h1>Ferns for shady corners</h1>"
            "<p>Ferns ask for little light and a damp soil, and most of them forgive a forgetful gardener "
            "who waters them once a week or less in the cold months.</p>"
            f"{pictures}<p>Keep them away from a radiator, and mist the leaves on dry days.</p></{holder}>"
            "</body></html>")


@pytest.mark.parametrize("holder", ["main", "article"])
def test_a_preview_uploaded_before_every_picture_of_the_text_is_no_publication_day(holder: str) -> None:
    # the text's pictures went up a month after the preview: the preview was made for something older
    pictures = ('<img src="/files/2023/12/27/maidenhair.jpg" alt="Maidenhair fern">'
                '<img data-src="/files/2023/12/28/bird-nest.jpg" alt="Bird\'s nest fern">')
    article = cleanpage.clean(_guide(pictures, holder=holder), url="https://example.org/guides/ferns-for-shade")
    assert article.date is None


@pytest.mark.parametrize("pictures", [
    '<img src="/files/2023/11/29/fern-wide.jpg" alt="Ferns">',  # the text shows the preview itself
    '<img src="/files/2023/12/27/maidenhair.jpg" alt="a"><img src="/files/2023/10/02/moss.jpg" alt="b">',  # one is older
    '<img src="/files/maidenhair.jpg" alt="Maidenhair fern">',  # no upload day to weigh
])
def test_the_preview_upload_day_stands_when_the_text_shows_no_later_pictures_only(pictures: str) -> None:
    article = cleanpage.clean(_guide(pictures), url="https://example.org/guides/ferns-for-shade")
    assert article.date == "2023-11-29"

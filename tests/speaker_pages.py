"""The story page the speaker tests put their paragraphs in: a headline, a few paragraphs of
background that hold no quotation and no name, then the paragraphs under test."""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} of the harbour story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def story(paragraphs: str, lang: str = "en", headline: str = "Harbour") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><title>{headline} | Coast Post</title></head><body>"
            f"<article><h1>{headline}</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")


def quotes(paragraphs: str, lang: str = "en", headline: str = "Harbour") -> list[tuple[str, str | None]]:
    """(text, speaker) of each quotation cleanpage lists on the story page."""
    return [(q.text, q.speaker) for q in cleanpage.clean(story(paragraphs, lang, headline)).quotes]


def speakers(paragraphs: str, lang: str = "en", headline: str = "Harbour") -> list[str | None]:
    return [speaker for _text, speaker in quotes(paragraphs, lang, headline)]

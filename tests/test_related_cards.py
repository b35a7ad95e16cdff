"""Teasers of other stories set between an article's blocks: a web component (a custom element,
its tag with a hyphen) read as a <div> would be, and a card drawn as one link, led by a kicker
that names it related."""

import pytest

import cleanpage

SENTENCE = "The harbour board met on Tuesday evening and agreed to keep the night ferry running all winter. "


def story(inside: str) -> str:
    """An article whose text is split over two custom elements, `inside` between them."""
    first = "".join(f"<p>{SENTENCE}Paragraph {i}.</p>" for i in range(3))
    second = "".join(f"<p>{SENTENCE}Paragraph {i}.</p>" for i in range(3, 6))
    return ("<html><head><title>Ferry line opens</title><meta property='og:type' content='article'></head>"
            "<body><news-story><h1>Ferry line opens</h1>"
            f"<story-text part='1'>{first}</story-text>{inside}<story-text part='2'>{second}</story-text>"
            "</news-story></body></html>")


@pytest.mark.parametrize("label", ["Related stories", "Lesen Sie auch", "함께 읽으면 좋은 기사"])
def test_a_custom_element_teaser_led_by_a_related_label_goes(label: str) -> None:
    card = (f"<teaser-card variant='inline'><span slot='kicker'>{label}</span>"
            "<a slot='title' href='/other'>Harbour crane back in service after the storm</a></teaser-card>")
    text = cleanpage.clean(story(card)).text
    assert "Harbour crane" not in text and "Paragraph 0." in text and "Paragraph 5." in text


def test_a_custom_element_led_by_another_line_stays() -> None:
    # a fact box of the story's own, its line no related label, its link a source: text
    card = ("<fact-box><span slot='kicker'>The timetable</span>"
            "<a slot='title' href='/timetable'>Night ferries leave at 22:00 and 01:00 from pier four</a></fact-box>")
    text = cleanpage.clean(story(card)).text
    assert "Night ferries leave at 22:00" in text and "Paragraph 5." in text


def link_card(kicker: str) -> str:
    return (f"<a href='/other' class='my-6 flex gap-4 rounded-xl border p-4'><span class='text-xs'>{kicker}</span>"
            "<span class='font-semibold'>Harbour crane back in service after the storm</span></a>")


def plain_story(inside: str, article: bool = True) -> str:
    head = "<meta property='og:type' content='article'>" if article else ""
    first = "".join(f"<p>{SENTENCE}Paragraph {i}.</p>" for i in range(3))
    second = "".join(f"<p>{SENTENCE}Paragraph {i}.</p>" for i in range(3, 6))
    return (f"<html><head><title>Ferry line opens</title>{head}</head><body><article><h1>Ferry line opens</h1>"
            f"<div class='prose'>{first}</div>{inside}<div class='prose'>{second}</div></article></body></html>")


@pytest.mark.parametrize("kicker", ["Related", "Read also", "Lesen Sie auch", "ข่าวที่เกี่ยวข้อง"])
def test_a_link_card_led_by_a_related_kicker_between_blocks_goes(kicker: str) -> None:
    text = cleanpage.clean(plain_story(link_card(kicker))).text
    assert "Harbour crane" not in text and "Paragraph 2." in text and "Paragraph 5." in text


def test_a_link_card_led_by_another_kicker_stays() -> None:
    card = link_card("Timetable").replace("Harbour crane back in service after the storm",
                                          "Night ferries leave at 22:00 and 01:00 from pier four")
    text = cleanpage.clean(plain_story(card)).text
    assert "Night ferries leave at 22:00" in text


def test_a_related_link_inside_a_sentence_stays() -> None:
    sentence = ("<p>The board's earlier vote is told in <a href='/other'><span>Related</span> "
                "<span>our story of March</span></a>, which the minutes confirm in full detail.</p>")
    text = cleanpage.clean(plain_story(sentence)).text
    assert "our story of March" in text

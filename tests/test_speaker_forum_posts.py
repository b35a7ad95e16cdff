"""Posts quoted in a forum reply: the header the forum software sets over the quoted post names its
poster, whatever stamp it adds (a bracketed time before the name, an arrow and a date after the
colon, "on" and a date after the name) and in the forum's language. Every user name and post here is
invented."""

from __future__ import annotations

import pytest

from cleanpage import clean

REPLY = ("<html><head><title>Boiler loses pressure</title></head><body><main><article>"
         "<h1>Boiler loses pressure</h1>"
         "<p>The boiler in the cellar keeps losing pressure after every cold night, and the valve was "
         "replaced last spring by a plumber who said it would hold for years.</p>{quote}"
         "<p>I checked the expansion vessel twice and the gauge still drops by half a bar every night "
         "when the heating runs, so I doubt it is the vessel alone.</p></article></main></body></html>")
WORDS = "The pressure dropped the same way here until the installer changed the filling loop seal."


def quoted(quote: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in clean(REPLY.format(quote=quote)).quotes]


@pytest.mark.parametrize("header", [
    '<a href="/member/5">marta_k</a> wrote: <a href="#p1">↑</a><div>Sun Mar 03, 2024 9:12 pm</div>',  # phpBB 3.2
    "<span> (2024-03-03, 09:12 PM)</span>marta_k Wrote: ",  # MyBB
    '<a href="#msg1">Quote from: marta_k on March 03, 2024, 09:12:44 PM</a>',  # SMF
    "marta_k hat geschrieben: ↑Mo 4. Mär 2024, 21:12",
    "Citation de : marta_k le 03 mars 2024 à 21:12",
    "Cita de: marta_k en 03 de Marzo de 2024, 21:12:44",
    "Zitat von: marta_k am 03.03.2024 um 21:12",
    "marta_k skrev:",
    "marta_k написал(а):",
    "marta_k escreveu:",
    "marta_k napsal:",
    "marta_k kirjoitti:",
])
def test_a_quoted_posts_header_names_its_poster_whatever_stamp_and_language(header: str) -> None:
    assert quoted(f"<blockquote><div><cite>{header}</cite>{WORDS}</div></blockquote>") == [(WORDS, "marta_k")]


def test_a_header_whose_poster_link_is_gone_names_no_one() -> None:
    # the stamp alone is left of the header: no one, not the date, is the speaker
    header = 'wrote: <a href="#p1">↑</a><div>Sun Mar 03, 2024 9:12 pm</div>'
    assert quoted(f"<blockquote><div><cite>{header}</cite>{WORDS}</div></blockquote>") == [(WORDS, None)]


@pytest.mark.parametrize("first_line", [
    "Tom said: 2024 was a hard year for the whole valley",  # words of the post after the colon, not a stamp
    "Ann Lee wrote: 10 reasons to drain the radiators",
    "Jo skrev: 3 av 4 pumpar gick sönder i vintras",
])
def test_a_first_line_that_says_more_than_a_date_after_the_colon_is_no_header(first_line: str) -> None:
    quote = f"<p>The installer, Nadia Ferrant, wrote to the owners:</p><blockquote><p>{first_line}</p><p>{WORDS}</p></blockquote>"
    assert quoted(quote) == [(f"{first_line} {WORDS}", "Nadia Ferrant")]  # the line is the quotation's own


@pytest.mark.parametrize("poster", ["Dyno4X", "SeaWolf", "kayak_77"])
def test_a_posters_user_name_shaped_like_a_model_stays_a_name(poster: str) -> None:
    header = f'<div class="quote-title"><a href="#p1">{poster} said:</a></div>'
    assert quoted(f"<blockquote>{header}<div>{WORDS}</div></blockquote>") == [(WORDS, poster)]


@pytest.mark.parametrize("quote", [
    f"<blockquote><div>She said:</div><div>{WORDS}</div></blockquote>",  # a pronoun, no user name
    f"<p>The new Dyno4X pump arrived on Monday.</p><p>“{WORDS}” says the Dyno4X.</p>",  # a model, no header
    f"<p>“{WORDS}” said the leaflet of the Pump4X, which the installer left behind.</p>",
])
def test_only_a_forum_header_makes_a_model_shaped_word_a_name(quote: str) -> None:
    assert [speaker for _text, speaker in quoted(quote)] in ([None], [])


@pytest.mark.parametrize(("header", "poster"), [
    ("<p>marta_k said:</p>", "marta_k"),
    ("<div><cite>marta posted... </cite></div>", "marta"),
    ("<p>marta skrev:</p>", "marta"),
    ("<p>kapitan napisał:</p>", "kapitan"),
])
def test_a_header_on_the_line_before_a_quoted_post_names_its_poster(header: str, poster: str) -> None:
    assert quoted(f"{header}<blockquote><p>{WORDS}</p></blockquote>") == [(WORDS, poster)]


@pytest.mark.parametrize("lead", [
    "<p>someone wrote:</p>",  # anyone at all: no user
    "<p>everyone said:</p>",
    "<p>quelqu’un a écrit :</p>",
])
def test_a_header_line_naming_no_one_gives_no_poster(lead: str) -> None:
    assert quoted(f"{lead}<blockquote><p>{WORDS}</p></blockquote>") == [(WORDS, None)]


def test_a_pronoun_header_before_the_block_leaves_the_lead_ins_person() -> None:
    page = f"<p>Nadia Ferrant fixed hers in May.</p><p>she wrote:</p><blockquote><p>{WORDS}</p></blockquote>"
    assert [speaker for _text, speaker in quoted(page)] != ["she"]


@pytest.mark.parametrize(("header", "poster"), [
    ("<b>marta_k</b> wrote:", "marta_k"),  # the name in bold, the verb in the post's own text after it
    ('<a href="/u/5">marta_k</a> schrieb:', "marta_k"),
    ("<strong>kapitan_77</strong> napisał:", "kapitan_77"),
    ("<b>marta_k</b> yazdı:", "marta_k"),
    ("<b>marta_k</b> írta:", "marta_k"),
    ("<b>marta_k</b> a scris:", "marta_k"),
    ("<b>مارتا_ك</b> كتب:", "مارتا_ك"),
    ("<b>海风小马</b> 写道：", "海风小马"),
    ("<b>海風さん好き</b>さんの投稿：", "海風さん好き"),
    ("<b>바다여행민수</b>님이 작성:", "바다여행민수"),
])
def test_a_header_in_the_posts_own_text_before_the_block_names_its_poster(header: str, poster: str) -> None:
    post = f'<div class="post">{header}<blockquote>{WORDS}</blockquote></div>'
    assert quoted(post) == [(WORDS, poster)]


def test_a_block_after_a_sentence_with_a_bold_word_is_no_posts_header() -> None:
    post = f'<div class="post">The <b>valve</b> was replaced in May, the fitter said: <blockquote>{WORDS}</blockquote></div>'
    assert [speaker for _text, speaker in quoted(post)] != ["valve"]

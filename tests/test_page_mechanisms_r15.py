"""Whole-page mechanisms: an article's own header outside any <article>, and the like (invented pages)."""

from __future__ import annotations

import cleanpage

HEADER_OUTSIDE_ARTICLE = """<html lang="de"><head><title>Neue Fähre für den Altrhein | Kreisblatt</title></head><body>
<header class="kopf"><a class="logo" href="/">Kreisblatt</a><nav><a href="/lokal">Lokal</a> <a href="/sport">Sport</a></nav></header>
<div class="beitrag">
<header class="beitrag-kopf"><span class="ober">Verkehr am Fluss</span>
<h1>Neue Fähre für den Altrhein</h1>
<p class="beitrag-einleitung">Ab Herbst pendelt eine elektrische Fähre zwischen Nordufer und Hafeninsel, bezahlt vom Kreis.</p>
<div class="wer">Von Ilka Brandhorst · 3.2.2026</div></header>
<div class="beitrag-text">
<p>Die alte Dieselfähre war seit dem Frühjahr außer Betrieb, weil ein Ersatzteil für den Motor fehlte und keiner es mehr baute.</p>
<p>Der Kreistag bewilligte nun die Anschaffung eines Neubaus mit Batterieantrieb, der an beiden Anlegern geladen wird.</p>
<h2>Fahrplan bleibt</h2>
<p>Die Fähre soll wie bisher alle zwanzig Minuten fahren, im Sommer bis Mitternacht, im Winter bis zehn Uhr abends.</p>
<p>Fahrräder nimmt sie weiter kostenlos mit, Autos dagegen nicht mehr: dafür ist das neue Deck zu schmal geplant.</p>
<p>Die Anwohner der Hafeninsel hatten monatelang einen Umweg über die Brücke im Süden fahren müssen, gut acht Kilometer.</p>
<p>Der Bau soll in einer Werft an der Küste beginnen, sobald der Kreis den Auftrag im März vergeben hat.</p>
<p>Für die Übergangszeit bleibt das Wassertaxi des Vereins im Einsatz, jeweils samstags und sonntags von neun bis achtzehn Uhr.</p>
</div></div>
<footer><p>Impressum und Datenschutz des Kreisblatts</p></footer></body></html>"""


def test_an_articles_header_outside_any_article_keeps_its_deck():
    # the <header> holding the headline in words, no menu, over a body in a plain <div>: the article's
    text = cleanpage.clean(HEADER_OUTSIDE_ARTICLE).text
    assert "Ab Herbst pendelt eine elektrische Fähre" in text
    assert "Die alte Dieselfähre war seit dem Frühjahr" in text
    assert "Impressum" not in text and "Lokal" not in text


def test_a_site_header_with_a_menu_goes_even_with_a_headline():
    page = HEADER_OUTSIDE_ARTICLE.replace(
        '<span class="ober">', '<nav><a href="/a">Alle Themen</a> <a href="/b">Archiv</a></nav><span class="ober">')
    text = cleanpage.clean(page).text
    assert "Alle Themen" not in text
    assert "Die alte Dieselfähre war seit dem Frühjahr" in text


DOC_PAGE = """<html lang="en"><head><title>flush() | Tallow docs</title></head><body>
<nav><a href="/">Docs</a> <a href="/api">API</a> <a href="/blog">Blog</a></nav>
<main><article><div class="doc-body markdown"><header><h1>flush()</h1></header>
<p>Writes every buffered record to the sink and waits until the sink confirms that it stored them.</p>
<h2 class="anchor" id="signature">Signature<a href="#signature" class="hash-link" aria-label="Direct link">\u200b</a></h2>
<pre><code>sink.flush(timeout?: number): Promise&lt;void&gt;</code></pre>
<h2 id="errors">Errors<a href="#errors" class="hash-link">\u200b</a></h2>
<p>A flush that outlasts its timeout rejects with a timeout error, and the records stay buffered for the next call.</p>
<p>Calling flush() on a closed sink rejects at once, without touching the buffer or the sink behind it.</p>
<h2 id="example">Example<a href="#example" class="hash-link">\u200b</a></h2>
<pre><code>await sink.flush(2000);</code></pre>
<p>With a timeout of two seconds the call gives up on a stalled sink and leaves the records for the next flush.</p>
<p>Records written while a flush runs wait for the next one; they never join the flush already under way.</p>
</div></article></main></body></html>"""


def test_a_heading_with_its_own_permalink_keeps_an_id_of_one_role_word():
    # "signature" names a forum post's signature as a class word; as the id of a heading that
    # links to itself it is the heading's slug
    text = cleanpage.clean(DOC_PAGE).text
    assert "Signature" in text and "sink.flush(timeout" in text

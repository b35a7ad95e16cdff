"""<blockquote>s that are boxes of the page's own, not somebody's words: notes and tips marked by a
callout class, a bold label or a callout sign, boxes under a title line, templates and forms led in
as such. And the block quotations that must stay quotations beside them."""

from __future__ import annotations

import pytest

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the harbour story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))
# A block quotation led in on the page: without one, an unmarked, unsigned block is the author's own.
KEPT = ("<p>The harbour master put it plainly in her letter:</p><blockquote><p>We will not open the east "
        "pier again until the wall is rebuilt.</p></blockquote>")
KEPT_TEXT = "We will not open the east pier again until the wall is rebuilt."


def quotes(paragraphs: str, lang: str = "en") -> list[str]:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Harbour | Daily Planet</title></head><body>"
            f"<article><h1>Harbour</h1><div class='body'>{FILLER}{KEPT}{paragraphs}</div></article></body></html>")
    return [q.text for q in cleanpage.clean(html).quotes]


@pytest.mark.parametrize("box", [
    "<blockquote class='note'><p>This command must be run by the same user that started the server.</p></blockquote>",
    "<blockquote class='admonition tip'><p>The ferry timetable changes twice a year, in spring and autumn.</p>"
    "</blockquote>",
    "<blockquote class='is-warning'><p>Back up the configuration file before you change the port.</p></blockquote>",
    "<blockquote class='hinweis'><p>Die Fähre fährt im Winter nur an den Wochenenden zum Hafen.</p></blockquote>",
    "<blockquote><p><strong>Warning</strong> Back up the configuration file before you change the port.</p>"
    "</blockquote>",
    "<blockquote><p><b>Remarque</b> Le bac ne circule que le week-end pendant tout l’hiver.</p></blockquote>",
    "<blockquote><p>💡 The ferry timetable changes twice a year, in spring and in autumn.</p></blockquote>",
    "<blockquote><p>⚠️ Back up the configuration file before you change the port number.</p></blockquote>",
    "<blockquote><p>[!NOTE] The ferry timetable changes twice a year, in spring and autumn.</p></blockquote>",
    "<blockquote><p>Примечание: паром зимой ходит только по выходным дням.</p></blockquote>",
    "<blockquote><p>Dica: a balsa só funciona nos fins de semana durante o inverno.</p></blockquote>",
    "<blockquote><p>注意：冬季渡轮只在周末运行，请提前查看时刻表。</p></blockquote>",
    "<blockquote><p>Run <code>ferry-schedule --route east --day monday --format json</code></p></blockquote>",
    "<blockquote><p>Set <samp>harbour.pier.east.enabled = false</samp> in the file.</p></blockquote>",
    "<blockquote><p>Bottom line: the ferry is cheaper than the bridge toll for a family of four.</p></blockquote>",
    "<blockquote><p>Correction: an earlier version of this story gave the wrong pier number.</p></blockquote>",
    "<blockquote><p>Step 2: Fill in the form at the harbour office and keep the receipt.</p></blockquote>",
    "<blockquote><p>Kurz gesagt: Die Fähre ist günstiger als die Brückenmaut für eine Familie.</p></blockquote>",
    "<blockquote><p>En bref : le bac coûte moins cher que le péage du pont pour une famille.</p></blockquote>",
    "<blockquote><p>Detailed Explanation</p><p>You can learn more about tides on a dedicated page.</p></blockquote>",
    "<blockquote><p>Wichtige Hinweise</p><p>Die Fähre fährt im Winter nur an den Wochenenden.</p></blockquote>",
])
def test_a_box_marked_as_the_page_s_own_is_no_quotation(box: str) -> None:
    assert quotes(box) == [KEPT_TEXT]


@pytest.mark.parametrize("lead,sample", [
    ("The from line has the form:", "From: Harbour Office &lt;office@example.org&gt;"),
    ("The general syntax is:", "ferry --route east --day monday"),
    ("Add the company name to the line, e.g.:", "From: Ann Lee (Harbour Trust) &lt;ann@example.org&gt;"),
    ("The resulting configuration would be:", "route east { pier 3; days weekdays; }"),
    ("Für eine Anfrage lautet die Vorlage:",
     "Sehr geehrte Damen und Herren, bitte senden Sie mir den Fahrplan."),
    ("Voici le modèle :", "Madame, Monsieur, merci de m’envoyer les horaires du bac."),
])
def test_a_sample_led_in_as_such_is_no_quotation(lead: str, sample: str) -> None:
    assert quotes(f"<p>{lead}</p><blockquote><p>{sample}</p></blockquote>") == [KEPT_TEXT]


@pytest.mark.parametrize("block,text", [
    # a quotation led in by "for example," or an example noun naming what it is: somebody's words
    ("<p>Readers wrote in at once. For example, one of them was furious:</p><blockquote><p>You have ruined "
     "the harbour for all of us.</p></blockquote>", "You have ruined the harbour for all of us."),
    ("<p>Here is an example prompt:</p><blockquote><p>You are a harbour pilot with twenty years at sea.</p>"
     "</blockquote>", "You are a harbour pilot with twenty years at sea."),
    ("<p>One reply is a good example:</p><blockquote><p>You have ruined the harbour for all of us.</p>"
     "</blockquote>", "You have ruined the harbour for all of us."),
    ("<p>Ann Lee gave this example:</p><blockquote><p>We lost three boats in one winter.</p></blockquote>",
     "We lost three boats in one winter."),
    # a quotation under a name line, a greeting, or set in quote marks in a note-like box
    ("<p>She wrote back:</p><blockquote><p>Ann Lee</p><p>We lost three boats in one winter.</p></blockquote>",
     "Ann Lee We lost three boats in one winter."),
    ("<p>The reply came:</p><blockquote><p>Dear Sir</p><p>We lost three boats in one winter.</p></blockquote>",
     "Dear Sir We lost three boats in one winter."),
    ("<blockquote class='note'><p>“We lost three boats in one winter,” the harbour master said.</p></blockquote>",
     "“We lost three boats in one winter,” the harbour master said."),
    ("<blockquote class='twitter-tweet'><p>🚨 The east pier is closed until further notice.</p>"
     "&mdash; Harbour Office (@harbouroffice) <a href='https://x.example/1'>May 3, 2024</a></blockquote>",
     "🚨 The east pier is closed until further notice."),
    ("<p>Her reply:</p><blockquote><p>We moved the whole harbour log to <code>git</code> last winter and never "
     "looked back.</p></blockquote>", "We moved the whole harbour log to git last winter and never looked back."),
    ("<p>Im Brief heißt es:</p><blockquote><p>Wir öffnen den Ostpier erst, wenn die Mauer steht.</p></blockquote>",
     "Wir öffnen den Ostpier erst, wenn die Mauer steht."),
])
def test_a_block_quotation_stays_a_quotation(block: str, text: str) -> None:
    assert text in quotes(block)

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


@pytest.mark.parametrize("box", [
    # the page's own updates and edits, numbered or dated, and the editor's or the author's notes
    "<blockquote><p>Edit: I have since heard back from the harbour office and the pier reopens in May.</p>"
    "</blockquote>",
    "<blockquote><p>Update 2: The harbour office has now confirmed that the pier will reopen in May.</p>"
    "</blockquote>",
    "<blockquote><p>UPDATE (May 3): The harbour office has now confirmed that the pier will reopen.</p>"
    "</blockquote>",
    "<blockquote><p>Updated on 3 May – the harbour office has now confirmed that the pier reopens.</p>"
    "</blockquote>",
    "<blockquote><p>Author's note: I own a small share in the ferry company I write about here.</p></blockquote>",
    "<blockquote><p>Full disclosure: I own a small share in the ferry company I write about here.</p></blockquote>",
    "<blockquote><p>P.S. I own a small share in the ferry company I write about here today.</p></blockquote>",
    "<blockquote><p>TL;DR – the ferry is cheaper than the bridge toll for a family of four people.</p></blockquote>",
    "<blockquote><p>Anmerkung der Redaktion: Eine frühere Fassung dieses Artikels nannte den falschen Pier.</p>"
    "</blockquote>",
    "<blockquote><p>Nachtrag: Das Hafenamt hat inzwischen bestätigt, dass der Pier im Mai öffnet.</p></blockquote>",
    "<blockquote><p>NDLR : une version précédente de cet article donnait un mauvais numéro de quai.</p></blockquote>",
    "<blockquote><p>Mise à jour : la capitainerie a depuis confirmé la réouverture du quai en mai.</p></blockquote>",
    "<blockquote><p>Nota del editor: una versión anterior de este artículo daba un número de muelle erróneo.</p>"
    "</blockquote>",
    "<blockquote><p>Actualización: la capitanía ha confirmado que el muelle reabre en mayo.</p></blockquote>",
    "<blockquote><p>N.d.R.: una versione precedente di questo articolo indicava il molo sbagliato.</p></blockquote>",
    "<blockquote><p>Aggiornamento: la capitaneria ha confermato che il molo riapre a maggio.</p></blockquote>",
    "<blockquote><p>Noot van de redactie: een eerdere versie van dit artikel noemde de verkeerde pier.</p>"
    "</blockquote>",
    "<blockquote><p>Nota da redação: uma versão anterior deste artigo indicava o cais errado.</p></blockquote>",
    "<blockquote><p>Od redakcji: wcześniejsza wersja tego artykułu podawała błędny numer nabrzeża.</p></blockquote>",
    # where the story was first published
    "<blockquote><p>This article was originally published in the weekend edition of the harbour paper.</p>"
    "</blockquote>",
    "<blockquote><p>Dieser Artikel erschien zuerst in der Wochenendausgabe der Zeitung am Hafen.</p></blockquote>",
    "<blockquote><p>Cet article a été publié pour la première fois dans l’édition du week-end.</p></blockquote>",
    "<blockquote><p>Este artículo fue publicado originalmente en la edición del fin de semana.</p></blockquote>",
])
def test_the_page_s_own_note_update_or_republishing_line_is_no_quotation(box: str) -> None:
    assert quotes(box) == [KEPT_TEXT]


@pytest.mark.parametrize("block,text", [
    # the same words opening a quotation somebody is said to have written or said
    ("<p>She wrote in her letter:</p><blockquote><p>Update the timetable before the winter, or the pier stays "
     "shut for good.</p></blockquote>", "Update the timetable before the winter, or the pier stays shut for good."),
    ("<blockquote><p>Edit the draft before you send it to the harbour office, we were told.</p>"
     "<footer>— Ann Lee</footer></blockquote>",
     "Edit the draft before you send it to the harbour office, we were told."),
    ("<p>Die Bürgermeisterin schrieb:</p><blockquote><p>Nachträglich haben wir den Pier für alle geöffnet.</p>"
     "</blockquote>", "Nachträglich haben wir den Pier für alle geöffnet."),
    ("<p>La maire a écrit :</p><blockquote><p>Nous mettrons à jour le quai est avant la fin de l’hiver.</p>"
     "</blockquote>", "Nous mettrons à jour le quai est avant la fin de l’hiver."),
    ("<p>La alcaldesa escribió:</p><blockquote><p>Este artículo de la ley no se aplica a los pescadores del "
     "puerto.</p></blockquote>", "Este artículo de la ley no se aplica a los pescadores del puerto."),
    ("<p>Il sindaco ha scritto:</p><blockquote><p>Nota bene, il molo resta chiuso per tutto l’inverno.</p>"
     "</blockquote>", "Nota bene, il molo resta chiuso per tutto l’inverno."),
])
def test_a_quotation_opening_on_such_words_stays(block: str, text: str) -> None:
    assert text in quotes(block)


@pytest.mark.parametrize("box", [
    "<blockquote><p>$ ferry-schedule --route east --day monday</p><p>08:15 east pier, 09:40 west quay</p>"
    "</blockquote>",
    "<blockquote><p>ann@harbour:~$ ferry-schedule --route east</p><p>08:15 east pier</p></blockquote>",
    "<blockquote><p>&gt;&gt;&gt; print(timetable.next_departure())</p><p>08:15 east pier</p></blockquote>",
    "<blockquote><p>C:\\Harbour&gt; ferry-schedule.exe /route east</p><p>08:15 east pier</p></blockquote>",
    "<blockquote><p>PS C:\\Harbour&gt; Get-Ferry -Route east</p><p>08:15 east pier</p></blockquote>",
])
def test_a_terminal_session_set_in_a_blockquote_is_no_quotation(box: str) -> None:
    assert quotes(box) == [KEPT_TEXT]


def test_a_quotation_opening_on_a_sum_of_money_stays() -> None:
    block = ("<p>The harbour master wrote to the council:</p><blockquote><p>$5 million will not rebuild the east "
             "pier, and everyone on this council knows it.</p></blockquote>")
    assert "$5 million will not rebuild the east pier, and everyone on this council knows it." in quotes(block)


@pytest.mark.parametrize("box", [
    "<blockquote><p>Length: 42 m</p><p>Built: 1998</p><p>Crew: 6</p><p>Home port: East pier</p></blockquote>",
    "<blockquote><p>Länge: 42 m<br>Baujahr: 1998<br>Besatzung: 6 Personen</p></blockquote>",
    "<blockquote><p>Longueur : 42 m</p><p>Construit : 1998</p><p>Équipage : 6</p></blockquote>",
    "<blockquote><p>Eslora: 42 m</p><p>Año de construcción: 1998</p><p>Tripulación: 6</p></blockquote>",
    "<blockquote><ul><li>Lunghezza: 42 m</li><li>Anno: 1998</li><li>Equipaggio: 6</li></ul></blockquote>",
])
def test_a_fact_sheet_set_in_a_blockquote_is_no_quotation(box: str) -> None:
    assert quotes(box) == [KEPT_TEXT]


def test_a_quoted_exchange_of_turns_stays() -> None:
    block = ("<p>The minutes of the meeting read:</p><blockquote><p>Ann Lee: We cannot open the east pier again "
             "before the wall is rebuilt.</p><p>Jo Park: Then the ferry must move to the west quay for a year.</p>"
             "<p>Ann Lee: So be it, and we tell the town tomorrow.</p></blockquote>")
    assert any(q.startswith(("Ann Lee: We cannot", "We cannot")) for q in quotes(block))


def test_short_turns_of_a_quoted_exchange_stay() -> None:
    block = ("<p>The radio log of that night reads:</p><blockquote><p>Pilot: Ready.</p><p>Harbour: Wait.</p>"
             "<p>Pilot: Ready now.</p></blockquote>")
    assert "Pilot: Ready. Harbour: Wait. Pilot: Ready now." in quotes(block)

"""Quote marks and block quotes that hold no one's words: the page's own call to action set in a
<blockquote>, a work's title in capitals, a myth a page debunks. The body keeps them all."""

from __future__ import annotations

import pytest

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the ferry timetable story, long enough to read as running "
                 f"text of the article body that a reader would keep.</p>" for i in range(4))
# a block quote led in by a sentence: the page quotes in <blockquote>s, so an unsigned one may be a quotation
LED_IN = ("<p>The harbour master wrote to the council:</p><blockquote><p>We cannot run the late ferry "
          "without a second crew on the night shift.</p></blockquote>")


def clean(paragraphs: str, lang: str = "en") -> cleanpage.Article:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Ferries | Coast Courier</title></head><body>"
            f"<article><h1>Ferries</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return cleanpage.clean(html)


@pytest.mark.parametrize(("lang", "box"), [
    ("en", "Did we miss something about the ferries? Email the reporter at tips@example.org. "
           "You can also reach the desk by post."),
    ("en", "Ready to plan your crossing without the queues? Book a meeting with our travel team today and "
           "learn how to save time."),
    ("de", "Sie haben eine Frage zum Fahrplan? Schreiben Sie uns an fahrplan@example.org, wir antworten gern."),
    ("fr", "Une question sur les horaires ? Contactez notre rédaction au 01 23 45 67 89, du lundi au vendredi."),
    ("es", "¿Tienes una historia sobre el puerto? Escríbenos y nuestro equipo te responderá en dos días."),
])
def test_a_call_to_action_set_in_a_blockquote_is_no_quotation(lang: str, box: str) -> None:
    article = clean(LED_IN + f"<p>The timetable changes in May for every crossing of the bay.</p>"
                    f"<blockquote><p>{box}</p></blockquote>", lang)
    assert [q.text[:20] for q in article.quotes] == ["We cannot run the la"]
    assert box[:30] in article.text  # the body keeps the box


@pytest.mark.parametrize("words", [
    "If you cross at night, you will wait an hour at the ramp, and nobody will tell you why.",
    "Book lovers have always found a corner at our harbour library. Call centres never did.",
])
def test_a_quotation_that_asks_nothing_of_the_reader_stays(words: str) -> None:
    article = clean(LED_IN + f"<p>Her letter ended on a warning.</p><blockquote><p>{words}</p></blockquote>")
    assert len(article.quotes) == 2


def test_a_work_title_in_capitals_is_no_quotation_whoever_the_sentence_then_names() -> None:
    article = clean("<p>In her book “Quiet Waters: A Life Spent on the Harbour Front,” Ann Lee shares the "
                    "plan she used.</p>"
                    "<p>The band closed with “Dancing On The Harbour Wall” before the storm, Ann Lee said.</p>"
                    "<p>“We are not going to cancel the late ferry,” said Ann Lee.</p>")
    assert [q.text[:12] for q in article.quotes] == ["“We are not "]
    assert "“Quiet Waters: A Life Spent" in article.text


def test_capitals_closing_on_a_comma_mid_sentence_are_left_to_the_other_tests() -> None:
    # a comma closes a song's title ("hits such as “…,” which") and a cry's quotation ("“…,” she
    # said") alike: capitals alone do not settle it there
    article = clean("<p>At the ramp the crowd kept up “We Will Win,” Ann Lee said, until the ferry came.</p>")
    assert [q.text for q in article.quotes] == ["“We Will Win,”"]


def test_speech_opening_its_paragraph_in_capitals_stays() -> None:
    article = clean("<p>“We Will Not Back Down Now” was all Ann Lee said at the ramp that night.</p>")
    assert [q.text for q in article.quotes] == ["“We Will Not Back Down Now”"]


@pytest.mark.parametrize(("lang", "items"), [
    ("en", ["Myth 1: “Ferries are always late in winter.”", "Myth 2: “You need to book a week ahead.”"]),
    ("fr", ["Idée reçue n°1 : « Les ferries sont toujours en retard l’hiver. »",
            "Mythe 2 : « Il faut réserver une semaine à l’avance. »"]),
    ("de", ["Irrtum 1: „Die Fähren sind im Winter immer verspätet.“",
            "Mythos 2: „Man muss eine Woche im Voraus buchen.“"]),
    ("es", ["Mito 1: «Los ferris siempre llegan tarde en invierno.»",
            "Mito 2: «Hay que reservar con una semana de antelación.»"]),
])
def test_a_myth_a_page_debunks_is_no_quotation(lang: str, items: list[str]) -> None:
    article = clean("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", lang)
    assert article.quotes == ()
    assert items[0].split(":")[0] in article.text


def _post(words: str) -> str:
    return (f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{words}</p>&mdash; Harbour Ferries '
            f'(@harbourferries) <a href="https://x.example/s/1">May 3, 2024</a></blockquote>')


@pytest.mark.parametrize("words", [
    '<a href="https://t.example/abc">pic.example.com/Ab12Cd34</a>',
    '#harbour #ferries @annlee <a href="https://t.example/abc">https://t.example/Ab12Cd34</a>',
])
def test_an_embedded_post_of_a_bare_link_is_no_quotation(words: str) -> None:
    article = clean("<p>The ferry company posted this on Monday.</p>" + _post(words)
                    + "<p>The ferry company posted again on Tuesday.</p>"
                    + _post('The late ferry runs again from Friday. <a href="https://t.example/x">'
                            'https://t.example/Xy98</a>'))
    assert [(q.text[:22], q.speaker) for q in article.quotes] == [("The late ferry runs ag", "Harbour Ferries")]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("ru", "<p>Капитан признался, что боится зимы. «Каждый рейс в январе — это риск, – сказал Иван Петров. "
           "— Я каждое утро говорю себе: «Держись, всё получится, паром выйдет вовремя!»</p>"),
    ("fr", "<p>La capitaine a avoué sa peur de l’hiver. « Chaque traversée en janvier est un risque, et je me "
           "répète chaque matin : « Tiens bon, le bac partira à l’heure ! »</p>"),
])
def test_a_quotation_inside_an_unclosed_one_is_not_listed_apart(lang: str, paragraph: str) -> None:
    article = clean(paragraph, lang)
    assert not any(q.text.startswith(("«Держись", "« Tiens")) for q in article.quotes), article.quotes


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>Ticket forecast</p><p>\"Your pass covers riders aged x-y.\" This shows the range the planner "
           "works out from your crossings so far.</p>"),
    ("en", "<p>The app then sends “Your booking #XXXX for the late ferry is confirmed today.” to the phone.</p>"),
    ("de", "<p>Danach erscheint die Meldung „Hallo {name}, Ihre Fähre legt pünktlich ab.“ auf dem Bildschirm.</p>"),
    ("fr", "<p>Le site affiche alors « Votre abonnement coûte $X par mois pour le bac. » en bas de la page.</p>"),
])
def test_a_template_line_with_blanks_is_no_quotation(lang: str, paragraph: str) -> None:
    assert clean(paragraph, lang).quotes == ()


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>When the ticket seller pushes the premium seat, just say, “No, thank you, the open deck is fine for "
           "me.”</p>"),
    ("en", "<p>If the crew asks why you are late, tell them: “The bus from the station broke down on the hill.”</p>"),
    ("de", "<p>Wenn der Schaffner nach dem Ticket fragt, bleiben Sie ruhig. Sagen Sie einfach: „Ich habe es in der "
           "App gekauft.“</p>"),
    ("fr", "<p>Si le contrôleur insiste, gardez votre calme. Dites simplement : « J’ai acheté mon billet dans "
           "l’application. »</p>"),
])
def test_a_line_the_page_tells_its_reader_to_say_is_no_quotation(lang: str, paragraph: str) -> None:
    assert clean(paragraph, lang).quotes == ()


def test_a_report_of_what_people_say_stays() -> None:
    article = clean("<p>Harbour officials, however, say “the ferry is safe to run through the whole winter.”</p>"
                    "<p>Ann Lee was asked about the timetable. Then, she said: “We sail at dawn and not a minute "
                    "later.”</p>")
    assert len(article.quotes) == 2, article.quotes


@pytest.mark.parametrize(("lang", "section", "after"), [
    ("en", "<h2>Five myths about winter ferries</h2><h3>1. The late boats</h3><p>“Ferries are always late when "
           "the weather turns.”</p><p>They are not: the timetable held on most days last winter.</p>"
           "<h3>2. The bookings</h3><p>“You need to book a whole week ahead of time.”</p>"
           "<p>Most crossings had free seats.</p>",
     "<h2>What the crew says</h2><p>“We have not missed a crossing since March of last year,” said Ann Lee.</p>"),
    ("fr", "<h2>Les idées reçues sur le bac</h2><ul><li>« Le bac est toujours en retard quand il fait froid. »</li>"
           "<li>« Il faut réserver une semaine à l’avance pour passer. »</li></ul>",
     "<h2>Ce que dit l’équipage</h2><p>« Nous n’avons raté aucune traversée depuis mars », a déclaré Anne Leroy.</p>"),
    ("de", "<h2>Irrtümer rund um die Fähre</h2><p>„Die Fähre ist im Winter immer zu spät dran.“</p>"
           "<p>„Man muss eine Woche im Voraus einen Platz buchen.“</p>",
     "<h2>Was die Crew sagt</h2><p>„Wir haben seit März keine Überfahrt verpasst“, sagte Anna Lehmann.</p>"),
])
def test_lines_in_quote_marks_under_a_heading_of_myths_are_no_quotations(lang: str, section: str, after: str) -> None:
    article = clean(section + after, lang)
    assert [q.speaker for q in article.quotes] == [q.speaker for q in article.quotes if q.speaker]
    assert len(article.quotes) == 1, article.quotes  # the crew's words, after the section


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>Ann Lee believes that the longer the strike lasts, the more the island will tire, cover its ears "
           "and scream, “Just give us back the late ferry.”</p>"),
    ("fr", "<p>Anne Leroy pense que les habitants vont bientôt descendre au port et crier : « Rendez-nous le bac "
           "du soir ! »</p>"),
    ("de", "<p>Anna Lehmann glaubt, dass die Leute am Hafen bald laut rufen werden: „Gebt uns die späte Fähre "
           "zurück!“</p>"),
])
def test_a_cry_foretold_is_no_quotation(lang: str, paragraph: str) -> None:
    assert clean(paragraph, lang).quotes == ()


def test_a_cry_someone_used_to_give_stays() -> None:
    article = clean("<p>Every night the old pilot would lean out and shout, “Ropes off, we sail in one minute!”</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "entries"), [
    ("en", "<p>1 Harbour Board. “Night crossings and their crews, a review of the winter timetable,” March 2024.</p>"
           "<p>2 Coast Statistics Office, “Passengers by route and by season, all ports,” (2023).</p>"),
    ("de", "<p>3 Hafenamt. „Die Nachtfähre und ihre Mannschaft im Winterfahrplan“, Mai 2019.</p>"),
    ("fr", "<p>4 Office du port, « Les traversées de nuit et leurs équipages en hiver », octobre 2022.</p>"),
])
def test_a_dated_entry_in_a_list_of_sources_is_no_quotation(lang: str, entries: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>"
                    f"<h2>Sources</h2>{entries}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]
    assert "ferry" in article.text


def test_words_said_and_then_dated_stay() -> None:
    # a verb of saying in the lead: someone's words, whatever date follows them
    article = clean("<p>Ann Lee said, “We cannot run the late ferry without a second crew,” in May 2024.</p>"
                    "<p>The mayor told us, “Nobody will wait at the ramp for an hour again,” March 2024.</p>")
    assert len(article.quotes) == 2


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>That is the difference between “the ferry feels late again” and “I know which crossing "
           "runs late and why it does.”</p>"),
    ("de", "<p>Es ist der Unterschied zwischen „die Fähre kommt wohl wieder zu spät“ und „ich weiß genau, "
           "welche Fahrt sich verspätet“.</p>"),
    ("es", "<p>Es la diferencia entre «el ferry llega tarde otra vez, como siempre» y «sé qué travesía "
           "llega tarde y por qué».</p>"),
])
def test_two_phrases_set_side_by_side_are_no_quotations(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_a_quotation_after_between_alone_stays() -> None:
    # "between" with no second pole: a time or a place, and the words someone said
    article = clean("<p>Somewhere between the two piers Ann Lee shouted “Bring the second crew to the ramp now” "
                    "and walked off.</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>“The sea remembers every ship that ever sailed it” by Ann Lee is out in May.</p>"),
    ("en", "<p>She read “The sea remembers every ship that ever sailed it,” a poem by Ann Lee, at the pier.</p>"),
    ("de", "<p>Am Kai las sie „Das Meer erinnert sich an jedes Schiff im Hafen“ von Ann Lee vor.</p>"),
    ("fr", "<p>Elle a lu « La mer se souvient de chaque navire du port », un poème de Ann Lee, sur le quai.</p>"),
])
def test_a_work_and_its_maker_after_by_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_words_said_by_the_end_of_a_season_stay() -> None:
    # "by" and a small word: a time, not a maker
    article = clean("<p>Ann Lee wants “Every crossing of the bay to run on time” by the end of the year.</p>"
                    "<p>“We will have the second crew on board,” Ann Lee said. “By May at the latest.”</p>")
    assert len(article.quotes) >= 2


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>“Learn the sea, and enjoy the whole wide world” – with this slogan, the school presents itself.</p>"),
    ("en", "<p>“Cross the bay the easy way, every day” is the ferry company's motto since 1990.</p>"),
    ("fr", "<p>« Traverser la baie, chaque jour et par tous les temps », avec ce slogan la compagnie se présente.</p>"),
])
def test_words_named_a_slogan_right_after_them_are_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_words_named_a_promise_right_after_them_stay() -> None:
    article = clean("<p>“We will run the late ferry all winter, whatever it costs,” is the promise Ann Lee made.</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize("entry", [
    "Lee, A. (2021). “Night ferries and their crews in small northern harbours.” Harbour Journal, 12, 45–67.",
    "Lee, Ann. “Night ferries and their crews in small northern harbours.” Harbour Journal, vol. 12.",
    "Lee, Ann. “Night ferries and their crews in small northern harbours.” Harbour Journal, pp. 145–167.",
    "Harbour Board. “Night ferries and their crews in small northern harbours.” Website, accessed 3 May 2024.",
])
def test_a_reference_whose_volume_or_pages_run_to_two_digits_is_no_quotation(entry: str) -> None:
    # a number's last digit ends the signal, not its first ("vol. 12", "pp. 145")
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{entry}</p>")
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>Our guide “Everything you need to know before the late ferry leaves” is free to download.</p>"),
    ("en", "<p>In the course “Sailing through the night with a small crew and no radar” students learn a lot.</p>"),
    ("de", "<p>Der Leitfaden „Alles, was Sie vor der Abfahrt der späten Fähre wissen müssen“ ist kostenlos.</p>"),
])
def test_the_title_of_a_guide_or_a_course_right_after_its_noun_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_a_tour_guide_saying_something_stays() -> None:
    article = clean("<p>The tour guide said “Everyone stay close to me on the ferry tonight, please.”</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "entry"), [
    ("en", "<p>Ann Lee, “Night ferries and their crews in small harbours,” Harbour Journal 12 (2021): 45–67.</p>"),
    ("en", "<p>[3] A. Lee, “Night ferries and their crews in small harbours,” in Proc. Harbour Conf., 2021, "
           "pp. 45–67.</p>"),
    ("en", "<ol><li>^ \"Night ferries and their crews in small harbours\". Harbour Board. 3 May 2021. Retrieved "
           "4 June 2024.</li></ol>"),
    ("fr", "<ol><li>↑ « Les ferries de nuit et leurs équipages dans les petits ports ». Office du port. Consulté "
           "le 4 juin 2024.</li></ol>"),
])
def test_a_reference_entry_led_by_its_marker_or_its_authors_and_a_comma_is_no_quotation(lang: str, entry: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{entry}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_words_said_before_a_link_stay() -> None:
    # a verb of saying in the lead: someone's words, whatever link follows them
    article = clean("<p>Ann Lee said, “We cannot run the late ferry without a second crew,” "
                    "https://example.org/ferry</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>If you see the error “Unable to connect to the booking server right now”, restart the app.</p>"),
    ("de", "<p>Wer die Fehlermeldung „Verbindung zum Buchungsserver nicht möglich“ sieht, startet die App neu.</p>"),
    ("es", "<p>Si aparece el mensaje de error «No se puede conectar con el servidor de reservas», reinicie la "
           "aplicación.</p>"),
])
def test_an_error_message_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_words_someone_says_about_an_error_stay() -> None:
    article = clean("<p>Ann Lee admitted the error: “We should never have cancelled the late ferry this winter.”</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize("paragraph", [
    "<p>Back in the ‘90s the harbour workers’ union ran the late ferry, Ann Lee said, and the pier was full.</p>",
    "<p>They played rock ‘n’ roll on the deck while the sailors’ wives waited, Ann Lee said, at the pier.</p>",
])
def test_an_apostrophe_set_as_an_opening_mark_opens_no_quotation(paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}")
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_single_marks_opening_on_a_number_said_by_someone_stay() -> None:
    article = clean("<p>‘90 per cent of us want the late ferry back this winter,’ said Ann Lee.</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "paragraphs"), [
    ("en", "<p>Looking at the booking screen, I saw:</p><p>“The late ferry is nearly always on time” ✅<br>"
           "“Most passengers book two days ahead” ✅<br>“Nobody takes the early ferry on Sundays at all” ❌</p>"),
    ("de", "<p>„Ich möchte mehr Fahrgäste auf der späten Fähre haben“ ❌</p>"
           "<p>„Ich möchte bis Juni 500 Fahrgäste mehr pro Woche“ ✅</p>"),
])
def test_lines_of_a_checklist_are_no_quotations(lang: str, paragraphs: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraphs}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]
    assert "✅" in article.text


def test_invisible_characters_are_no_part_of_a_quotation() -> None:
    # a zero-width space after the opening mark, a soft hyphen in a long word: nobody sees them
    article = clean("<p>“\u200b\u200bWe ordered the five-day box for the busy week,” said Ann Lee.</p>"
                    "<p>„Die Hafen\u00adverwaltung hat uns nie gefragt“, sagte Anna Lehmann.</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("“We ordered the five-day box for the busy week,”", "Ann Lee"),
        ("„Die Hafenverwaltung hat uns nie gefragt“", "Anna Lehmann")]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Go to “Settings and privacy > Account > Download your data” and wait for the file, Ann Lee said."),
    ("de", "Gehen Sie zu „Einstellungen → Konto → Daten herunterladen“ und warten Sie auf die Datei."),
    ("fr", "Ouvrez « Réglages › Compte › Télécharger vos données » puis patientez quelques minutes."),
])
def test_a_menu_path_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_a_console_prompt_sign_is_no_menu_path() -> None:
    article = clean("<p>“At the BOOT_ADMIN> prompt, type the two magic words and wait,” said Ann Lee.</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Also see “How to choose a ferry pass for a family of four” on our travel pages."),
    ("de", "Lesen Sie auch: „Zehn Dinge, die Sie vor der ersten Überfahrt wissen sollten“"),
    ("fr", "À lire aussi : « Dix choses à savoir avant votre première traversée en ferry »"),
    ("es", "Lee también: «Diez cosas que debes saber antes de tu primera travesía en ferry»"),
])
def test_a_cross_reference_title_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Customers received an email with the subject “Your ferry pass will be closed in three days” on Monday."),
    ("en", "A notification saying “Your ferry is waiting at the north ramp” appeared on her phone."),
    ("en", "A pop-up reading “Your booking session has expired, please log in again” kept coming back."),
    ("de", "Eine Benachrichtigung mit dem Text „Ihre Fähre wartet an der Nordrampe“ erschien auf dem Handy."),
    ("fr", "Une notification indiquant « Votre ferry vous attend à la rampe nord » s’est affichée."),
])
def test_what_a_program_shows_in_a_notification_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_a_message_someone_sends_stays() -> None:
    article = clean("<p>He sent me a message saying “I am sorry for everything that happened at the ramp”.</p>"
                    "<p>One resident typed a message to the council: “Please fix the lights on the harbour road.”</p>")
    assert len(article.quotes) == 2


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Lena Ostrow published “A survey of tidal mills on the northern coast” in the spring issue."),
    ("en", "In 2021 the group released “Songs for the long walk home across the fens”, their third record."),
    ("fr", "L’autrice a publié « Une histoire des moulins à marée de la côte nord » au printemps dernier."),
    ("es", "La investigadora publicó «Una historia de los molinos de marea de la costa norte» en primavera."),
    ("it", "La ricercatrice ha pubblicato «Una storia dei mulini a marea della costa settentrionale» in primavera."),
])
def test_a_work_published_or_released_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_a_published_statement_stays() -> None:
    article = clean("<p>The council published a statement: “The late ferry will run again from Monday.”</p>"
                    "<p>“We published everything we had in the spring,” Lena Ostrow said.</p>")
    assert len(article.quotes) == 2


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "She teaches a workshop called “Writing about the sea for beginners and the curious” each May."),
    ("de", "Sie leitet einen Kurs namens „Schreiben über das Meer für Anfänger und Neugierige“ im Mai."),
    ("fr", "Elle anime un atelier appelé « Écrire la mer pour les débutants et les curieux » chaque été."),
    ("es", "Ella dirige un taller llamado «Escribir sobre el mar para principiantes y curiosos» cada mayo."),
    ("de", "Der Ausdruck „Die Flut hebt alle Boote“ wird oft von Politikern benutzt."),
    ("es", "El refrán «Camarón que se duerme se lo lleva la corriente» se oye mucho en el puerto."),
    ("es", "La ministra Ana Ruiz presentó el plan «Vivienda digna para todas las familias del valle» el lunes."),
    ("fr", "Le maire Paul Arvel lance l’opération « Un arbre pour chaque enfant de la commune » ce week-end."),
    ("it", "Il sindaco ha presentato il progetto «Una casa per ogni famiglia della valle» lunedì."),
    ("ru", "Министр Ольга Тернова представила программу «Доступное жильё для каждой семьи региона»."),
])
def test_the_name_of_a_thing_or_a_phrase_mentioned_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>Ann Lee called it “the best news this harbour has had in many years”.</p>"),
    ("en", "<p>There is a reason for the phrase, “The tide waits for no one, not even the harbour master.”</p>"),
    ("es", "<p>Ana Ruiz explicó el plan: «Vamos a construir mil viviendas en dos años».</p>"),
    ("es", "<p>La ministra Ana Ruiz dijo que el plan es «una vergüenza para todas las familias del valle».</p>"),
])
def test_words_said_about_a_thing_or_a_saying_quoted_whole_stay(lang: str, paragraph: str) -> None:
    assert len(clean(paragraph, lang).quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "<p>Then call <code>log(\"Starting the nightly ferry import now\")</code> to see it in the console.</p>"),
    ("en", "<p>Type <kbd>git commit -m \"Fix the broken ferry timetable page\"</kbd> and push.</p>"),
    ("de", "<p>Mit <code>print(\"Hallo aus dem Hafen und der ganzen Welt\")</code> gibt das Programm eine Zeile aus.</p>"),
])
def test_a_string_in_code_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p>{paragraph}", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_a_quotation_around_a_word_of_code_stays() -> None:
    article = clean("<p>“Run the <code>build</code> command first, then wait for the ferry,” said Ann Lee.</p>")
    assert len(article.quotes) == 1


def test_a_quotation_nested_in_the_same_curly_marks_is_listed_whole() -> None:
    article = clean("<p>“My father always said “never sell the boat before the storm ends” and he was right,” "
                    "said Ann Lee.</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("“My father always said “never sell the boat before the storm ends” and he was right,”", "Ann Lee")]


def test_german_low_marks_closing_on_a_curly_mark_are_no_nesting() -> None:
    article = clean("<p>„Wir bauen die Brücke noch vor dem Winter“, sagte Greta Holm, „und zwar mit der ganzen "
                    "Mannschaft vom Hafen.“</p>", "de")
    assert len(article.quotes) == 2


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("fr", "Selon Paul Arvel, président de l’association « Les amis du vieux port de Brassac », le projet avance."),
    ("es", "Según Ana Ruiz, presidenta de la asociación «Amigos del viejo puerto de Valdeluna», el plan avanza."),
    ("it", "Secondo Ada Brenni, presidente dell’associazione «Amici del vecchio porto di Valbrona», si va avanti."),
    ("pl", "Jak powiedziała prezes stowarzyszenia „Przyjaciele starego portu w Borkowie” Halina Wrzos, prace trwają."),
    ("ru", "Депутат от партии «Новые люди за чистый город» Мария Соколова сказала, что закон примут осенью."),
    ("ru", "Директор школы Анна Петрова рассказала о конкурсе «Лучший учитель года в нашем районе»."),
])
def test_an_organisation_or_a_contest_named_in_an_attributed_sentence_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("ru", "«Мы запустим новые поезда до конца года», — заявил глава компании Олег Белозеров."),
    ("en", "Ann Lee told the association: “We will keep the late ferry running all winter.”"),
    ("ru", "«Мы рады, что конкурс «Лучший учитель года» вернулся», — сказала Анна Петрова."),
])
def test_words_said_to_or_about_an_organisation_stay(lang: str, paragraph: str) -> None:
    assert len(clean(f"<p>{paragraph}</p>", lang).quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "The error went away after I changed the line to “allow_origin = all hosts on the local network”."),
    ("de", "Danach habe ich die Zeile „debug_mode = aus für alle Rechner im Netz“ gesetzt."),
])
def test_an_assignment_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("es", "El equipo quedó segundo en la «Copa de escuelas de la costa para niñas y niños» en primavera."),
    ("de", "Die Mannschaft wurde Zweite beim Turnier „Pokal der Küstenschulen für Mädchen und Jungen“ im Mai."),
    ("it", "La squadra è arrivata seconda nella «Coppa delle scuole della costa per ragazze e ragazzi»."),
    ("fr", "Notre produit « Mélange du port au cacao et à la cannelle » est de nouveau disponible."),
])
def test_a_name_after_a_definite_article_or_a_product_noun_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph", "words"), [
    ("de", "„Er sagte „geh jetzt, vor dem Sturm“ und verließ den Hafen am Morgen“, erzählte Greta Holm.",
     "„Er sagte „geh jetzt, vor dem Sturm“ und verließ den Hafen am Morgen“"),
    ("pl", "„Powiedział „idź teraz, przed burzą” i wyszedł z portu o świcie” – opowiada Halina Wrzos.",
     "„Powiedział „idź teraz, przed burzą” i wyszedł z portu o świcie”"),
])
def test_low_marks_nested_in_low_marks_are_listed_whole(lang: str, paragraph: str, words: str) -> None:
    assert [q.text for q in clean(f"<p>{paragraph}</p>", lang).quotes] == [words]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "Don't ever say, “Nothing like that could reach me on the late ferry.” Everyone is at risk."),
    ("de", "Sagen Sie niemals: „Mir passiert das auf der späten Fähre nicht.“ Jeder ist gefährdet."),
    ("fr", "Ne dites jamais « Cela ne m’arrivera pas sur le dernier ferry. » Tout le monde est concerné."),
    ("es", "Nunca digas «A mí no me va a pasar en el último ferry». Todos corremos riesgos."),
])
def test_words_the_reader_is_told_never_to_say_are_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "The findings, published under the title “Microbial paths to carbon in wet raised bogs”, will be shown in May."),
    ("fr", "Un collectif, « Touche pas à notre ferry du soir », a déjà recueilli plus de 6 000 signatures."),
    ("es", "Una asociación, «Amigos del ferry de la tarde», ha reunido ya 6.000 firmas."),
])
def test_a_title_or_a_name_set_off_after_its_noun_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_words_set_off_after_a_noun_that_end_a_sentence_stay() -> None:
    article = clean("<p>Her answer to the association, “We will keep the late ferry running all winter.”, "
                    "came the next day, Ann Lee said.</p>")
    assert len(article.quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("zh", "市长王秋岚在会上提出了“绿色港口与美丽乡村共同发展”的理念，得到代表们的支持。"),
    ("zh", "王秋岚说，“绿色港口与美丽乡村共同发展”的口号已经写进了今年的规划。"),
    ("ko", "시장은 “초록 항구와 아름다운 마을을 함께 키우자”라는 구호를 내걸었다."),
])
def test_a_slogan_or_a_concept_named_by_the_noun_after_it_is_no_quotation(lang: str, paragraph: str) -> None:
    article = clean(f"<p>“We cannot run the late ferry without a second crew,” said Ann Lee.</p><p>{paragraph}</p>", lang)
    assert [q.text[:12] for q in article.quotes] == ["“We cannot r"]


def test_chinese_words_someone_says_stay() -> None:
    assert len(clean("<p>居民王秋岚说：“这座临时便桥对孩子们来说太危险了。”</p>", "zh").quotes) == 1


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "We will start by answering the simple question, “How many miles is it from the harbour to the "
           "lighthouse?” for our readers."),
    ("en", "This guide takes up the question “Why does the ferry leave so early in the morning?” in detail."),
    ("de", "Dieser Text geht der Frage „Warum fährt die Fähre im Winter so selten zum Hafen?“ nach."),
    ("fr", "Cet article se penche sur la question « Pourquoi le bac part-il si tôt le matin en hiver ? » en détail."),
    ("es", "Este artículo aborda la pregunta «¿Por qué sale el ferri tan temprano por la mañana?» con datos."),
    ("it", "L’articolo affronta la domanda «Perché il traghetto parte così presto la mattina?» con dati."),
])
def test_a_question_named_by_the_noun_question_is_no_quotation(lang: str, paragraph: str) -> None:
    assert not clean(f"<p>{paragraph}</p>", lang).quotes


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("en", "Ann Lee asked the question everyone had in mind: “Why does the ferry leave so early in the morning?”",
     "Ann Lee"),
    ("en", "Then came the question, “Why does the ferry leave so early in the morning?” asked by Ann Lee.",
     "Ann Lee"),
    ("en", "The council heard two questions (“Why does the ferry leave so early in the morning?”) from Ann Lee.",
     None),
    ("de", "„Warum fährt die Fähre im Winter so selten?“, fragte die Bürgermeisterin Anna Berg den Rat.",
     "Anna Berg"),
])
def test_a_question_someone_asks_stays(lang: str, paragraph: str, speaker: str | None) -> None:
    quotes = clean(f"<p>{paragraph}</p>", lang).quotes
    assert len(quotes) == 1 and (speaker is None or quotes[0].speaker == speaker)


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "The golden rule for the east pier is “never moor a boat there after dark, and never alone.” It holds."),
    ("fr", "La règle d’or est « ne jamais amarrer au quai est après la tombée de la nuit » et elle tient toujours."),
    ("es", "La regla de oro es «nunca amarrar en el muelle este después del anochecer», y sigue vigente."),
    ("it", "La regola d’oro è «mai ormeggiare al molo est dopo il tramonto», e vale ancora oggi."),
    ("nl", "De vuistregel is “nooit aanmeren aan de oostpier na zonsondergang, en nooit alleen” en die geldt nog."),
    ("de", "Die Faustregel lautet „Nie nach Einbruch der Dunkelheit am Ostpier festmachen“, und sie gilt bis heute."),
])
def test_a_rule_the_sentence_states_is_no_quotation(lang: str, paragraph: str) -> None:
    assert not clean(f"<p>{paragraph}</p>", lang).quotes


def test_a_rule_someone_is_said_to_state_stays() -> None:
    quotes = clean("<p>The golden rule, Ann Lee said, is “never moor a boat there after dark, and never alone.”</p>").quotes
    assert [q.speaker for q in quotes] == ["Ann Lee"]


@pytest.mark.parametrize(("lang", "paragraph"), [
    ("en", "We start with the simple question, “How far is the crossing?” or “How long does the crossing take?” "
           "for readers abroad."),
    ("de", "Wir beginnen mit der Frage „Wie weit ist die Überfahrt?“ oder „Wie lange dauert die Überfahrt?“ "
           "für alle Leser."),
    ("es", "Empezamos por la pregunta «¿Qué distancia tiene la travesía?» o «¿Cuánto dura la travesía?» "
           "para los lectores."),
])
def test_the_alternative_of_a_named_question_is_no_quotation(lang: str, paragraph: str) -> None:
    assert not clean(f"<p>{paragraph}</p>", lang).quotes


def test_a_second_question_someone_asks_stays() -> None:
    quotes = clean("<p>The harbour master asked the board, “Who pays for the ferry?” or “Who pays for the pier "
                   "after the storm?” and got no answer.</p>").quotes
    assert len(quotes) == 2

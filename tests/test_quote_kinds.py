"""What is not a quotation: callout boxes set in a <blockquote>, titles a sentence ends on,
Chinese and Japanese names in quote marks. The body keeps them all, as written."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the harbour story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def clean(paragraphs: str, lang: str = "en") -> cleanpage.Article:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Harbour | Daily Planet</title></head><body>"
            f"<article><h1>Harbour</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return cleanpage.clean(html)


def test_a_callout_box_in_a_blockquote_is_no_quotation_and_stays_a_block_quote() -> None:
    article = clean("<blockquote><p>Note: the harbour office is closed on Mondays and on public holidays.</p>"
                    "</blockquote><p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p>"
                    "</blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]
    tokens = MarkdownIt().parse(article.markdown)
    quoted = [t.content for i, t in enumerate(tokens) if t.type == "inline"
              and any(o.type == "blockquote_open" for o in tokens[:i]) and "Note:" in t.content]
    assert quoted, article.markdown  # the box is still a block quote in the body


def test_a_title_the_sentence_ends_on_is_no_quotation() -> None:
    article = clean("<p>Teachers held handmade signs with sayings such as “Less Money on Testing, More Money "
                    "on Pupils.”</p>")
    assert article.quotes == ()
    assert "“Less Money on Testing, More Money on Pupils.”" in article.text


def test_a_japanese_product_name_in_corner_brackets_is_no_quotation() -> None:
    article = clean("<p>トレンド社は三月九日、スマートフォン向けの新しいアプリ「セキュアネットガード」の発売を開始すると"
                    "発表した。価格は二千九百円である。</p>", lang="ja")
    assert article.quotes == ()
    assert "「セキュアネットガード」" in article.text


def test_a_block_quote_set_twice_is_listed_once() -> None:
    box = "<blockquote><p>This project has grown a lot over the past several months of work.</p></blockquote>"
    article = clean("<p>Ann Lee wrote:</p>" + box
                    + "<p>The harbour story goes on with more paragraphs in between the two boxes.</p>" + box)
    assert [q.text for q in article.quotes] == ["This project has grown a lot over the past several months of work."]
    assert article.markdown.count("> This project has grown") == 2  # the body keeps both


def test_a_title_named_by_the_word_before_it_is_no_quotation() -> None:
    article = clean("<p>We cover this in greater detail in the article “Wireless Speakers Don’t Always Pair "
                    "Well With Laptops. Here’s Why.” The short version: update the driver.</p>"
                    "<p>Many fans still want each harbour film “the way it was meant to be seen by everyone,” "
                    "said Ruth Abernathy.</p>")
    assert [(q.text[:12], q.speaker) for q in article.quotes] == [("“the way it ", "Ruth Abernathy")]
    assert "the article “Wireless Speakers" in article.text


def test_a_work_or_a_motto_named_by_the_word_before_it_is_no_quotation_in_other_languages() -> None:
    cases = [
        ("es", "<p>Su novela «El camino de la sal y otras historias del mar» se publicó en 2019.</p>"),
        ("it", "<p>Il suo romanzo «La strada del sale e altre storie di mare» è uscito nel 2019.</p>"),
        ("pl", "<p>Jej powieść „Droga soli i inne opowieści o morzu” ukazała się w 2019 roku.</p>"),
        ("fr", "<p>Le festival « Nuits du port et de la mer » revient en juin avec vingt concerts.</p>"),
        ("es", "<p>Bajo el lema «Juntos por un puerto vivo y un mar limpio» marcharon cientos de personas.</p>"),
        ("pl", "<p>Pod hasłem „Razem dla żywego portu i czystego morza” przeszły setki osób.</p>"),
    ]
    for lang, paragraph in cases:
        article = clean(paragraph, lang)
        assert list(article.quotes) == [], paragraph


def test_a_work_named_by_a_declined_noun_before_it_is_no_quotation() -> None:
    cases = [  # the noun in the case a verb or a preposition gives it, and Portuguese's own nouns
        ("pl", "<p>Halina Dąbrowa przedstawiła swoją książkę „Cicha zatoka nad północnym morzem” w poniedziałek.</p>"),
        ("cs", "<p>Radim Hořejší představil svou knihu „Tichá zátoka u severního moře“ v pondělí.</p>"),
        ("ru", "<p>Трофим Белозёров рассказал о своей новой книге «Тихая гавань у северного моря» читателям.</p>"),
        ("ru", "<p>В фильме «Последний паром из старого порта» снялись местные рыбаки.</p>"),
        ("uk", "<p>Фільм «Останній пором зі старого порту» вийшов у прокат у п'ятницю.</p>"),
        ("pt", "<p>O livro «A baía tranquila do mar do norte» foi lançado na segunda-feira.</p>"),
    ]
    for lang, paragraph in cases:
        article = clean(paragraph, lang)
        assert list(article.quotes) == [], paragraph


def test_a_play_s_or_a_broadcast_s_name_after_the_word_before_it_is_no_quotation() -> None:
    cases = [
        ("de", "<p>Das Stück „Die letzte Fähre aus dem alten Hafen“ läuft seit Freitag im Stadttheater.</p>"),
        ("fr", "<p>L’émission « La dernière traversée du vieux port » revient vendredi soir.</p>"),
        ("es", "<p>El programa «La última travesía del viejo puerto» vuelve el viernes por la noche.</p>"),
        ("cs", "<p>Pořad „Poslední plavba ze starého přístavu“ se vrací v pátek večer.</p>"),
        ("ru", "<p>Передача «Последний рейс из старого порта» вернётся в пятницу вечером.</p>"),
    ]
    for lang, paragraph in cases:
        article = clean(paragraph, lang)
        assert list(article.quotes) == [], paragraph


def test_an_event_s_or_a_programme_s_name_after_the_word_before_it_is_no_quotation() -> None:
    cases = [
        ("fr", "<p>La conférence « Les ports de demain : commerce, climat et littoral » a réuni 400 personnes.</p>"),
        ("es", "<p>La conferencia «Puertos del mañana: comercio, clima y costa» reunió a 400 personas.</p>"),
        ("pl", "<p>Konferencja „Porty jutra: handel, klimat i wybrzeże” zgromadziła 400 osób.</p>"),
        ("fr", "<p>Le programme, baptisé « Pêche équitable pour chaque port », démarre en mai.</p>"),
        ("es", "<p>El programa, bautizado como «Pesca justa para cada puerto», arranca en mayo.</p>"),
    ]
    for lang, paragraph in cases:
        article = clean(paragraph, lang)
        assert list(article.quotes) == [], paragraph


def test_words_in_quote_marks_between_an_article_and_a_noun_are_a_kind_not_speech() -> None:
    article = clean("<p>Small shops cannot live on a “pay whatever you like for the harbour tour” model for long.</p>"
                    "<p>While he agrees that the “hours tend to be a little bit longer at sea,” it appears the "
                    "stereotype is false, said Ruth Abernathy.</p>")
    assert [q.text[:12] for q in article.quotes] == ["“hours tend "]
    assert "a “pay whatever you like for the harbour tour” model" in article.text


def test_a_blockquote_under_a_picture_is_its_caption_not_a_quotation() -> None:
    article = clean("<p><img src='https://example.org/overlap.png' alt='overlap'></p>"
                    "<blockquote><p>An example of overlapped work. The waiting time is fully hidden.</p></blockquote>"
                    "<p>The next step is the harbour crane, which is slower than the rest of the line.</p>"
                    "<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p></blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]
    assert "An example of overlapped work." in article.text


def test_a_note_set_in_a_blockquote_is_no_quotation() -> None:
    article = clean("<blockquote><p>Note that I will only approve comments that relate to the harbour post "
                    "itself, not ones that are about other posts.</p></blockquote>"
                    "<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p></blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]


def test_a_box_labelled_on_its_own_first_line_is_no_quotation() -> None:
    article = clean("<blockquote><p>Tip</p><p>If you know the harbour's old timetable, think of the new one as "
                    "the same three sailings joined into one.</p></blockquote>"
                    "<blockquote><p>Catatan</p><p>Kita tidak harus kembali ke pelabuhan sebelum malam tiba.</p>"
                    "</blockquote>"
                    "<blockquote><p>Read: How the harbour came back to life after the storm</p></blockquote>"
                    "<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p></blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]


def test_a_quote_in_a_list_item_of_paragraphs_is_listed_once() -> None:
    """Comments and Q&A lists set paragraphs inside <li>: the item and its paragraph are one
    quotation, not two (nor is an item holding a nested list read twice)."""
    article = clean("<ul><li><p>The harbour master told us, “The pier opens again in May,” before he left.</p>"
                    "</li><li>Reply<ul><li>The mayor said, “We will pay for the new pier ourselves.”</li></ul>"
                    "</li></ul>")
    assert [q.text for q in article.quotes] == ["“The pier opens again in May,”",
                                                "“We will pay for the new pier ourselves.”"]


def test_a_blockquote_indenting_code_or_a_bare_link_is_no_quotation() -> None:
    article = clean("<blockquote><div><pre>$ harbour-tool status --all --verbose</pre></div></blockquote>"
                    "<blockquote><p>https://example.org/harbour/pier-plans/2024</p></blockquote>"
                    "<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p></blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]
    assert "harbour-tool status" in article.text and "pier-plans/2024" in article.text


def test_a_blockquote_box_under_its_own_heading_is_no_quotation() -> None:
    article = clean("<blockquote><h3>What the council will do</h3><ul><li><strong>Repair:</strong> the old pier "
                    "gets new planks before the summer season begins.</li></ul></blockquote>")
    assert article.quotes == ()
    assert "What the council will do" in article.text and "new planks" in article.text


def test_a_blockquote_indenting_a_list_item_s_body_is_no_quotation() -> None:
    article = clean("<ul><li><p>purge: Remove every waiting message from the configured queues.</p>"
                    "<blockquote><div><p>This removes all messages from the queues named in the settings, "
                    "and it cannot be undone.</p></div></blockquote></li></ul>"
                    "<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p></blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]
    assert "it cannot be undone" in article.text


def test_a_quotation_in_a_list_item_is_still_one() -> None:
    article = clean("<ul><li><p>The keeper's log for the storm night:</p>"
                    "<blockquote><p>“Lamp lit at six, the glass steady, the sea running higher by the hour.”"
                    "</p></blockquote></li></ul>")
    assert [q.text[:15] for q in article.quotes] == ["“Lamp lit at si"]


def test_a_label_before_a_block_quotation_is_not_part_of_it() -> None:
    article = clean("<blockquote><strong>Reader review</strong>: <em>“The ferry timetable finally makes sense, "
                    "and the harbour map is a joy to use.”</em> — Mara Quist B., Sailor</blockquote>"
                    "<blockquote>“Fast answers, friendly staff, and not one missed sailing all summer.” "
                    "— Tomas K.</blockquote>")
    assert [(q.text[:13], q.speaker) for q in article.quotes] == [
        ("“The ferry ti", "Mara Quist B."), ("“Fast answers", "Tomas K.")]


def test_a_blockquote_setting_the_author_s_own_words_apart_is_no_quotation() -> None:
    article = clean("<p>Most of the boats were back in the harbour by noon.</p>"
                    "<blockquote><p>Nobody plans a harbour for the calm days.</p></blockquote>"
                    "<p>The afternoon brought the storm the forecast had promised.</p>")
    assert article.quotes == ()
    assert "Nobody plans a harbour for the calm days." in article.text  # the body keeps it


def test_a_blockquote_is_a_quotation_where_the_page_leads_its_quotations_in() -> None:
    article = clean("<p>The harbour master wrote to the council:</p>"
                    "<blockquote><p>The north wall will not last another winter.</p></blockquote>"
                    "<p>The council answered a month later.</p>"
                    "<blockquote><p>Repairs are planned for the spring, when the sea is calm.</p></blockquote>")
    assert [q.text for q in article.quotes] == ["The north wall will not last another winter.",
                                                "Repairs are planned for the spring, when the sea is calm."]


def test_a_blockquote_the_markup_calls_a_post_or_a_quote_needs_no_lead_in() -> None:
    article = clean("<p>Most of the boats were back in the harbour by noon.</p>"
                    "<blockquote class='twitter-tweet'><p>Storm warning for the north coast tonight, stay in port."
                    "</p></blockquote>")
    assert [q.text for q in article.quotes] == ["Storm warning for the north coast tonight, stay in port."]


def test_a_quotation_inside_an_inline_wrapper_of_blocks_is_listed_once() -> None:
    article = clean("<div><span><p>“The north wall will not last another winter,” said Ann Lee.</p>"
                    "<p>The council answered a month later.</p></span></div>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("“The north wall will not last another winter,”", "Ann Lee")]


def test_a_heading_in_quote_marks_signed_under_it_is_a_testimonial() -> None:
    article = clean("<div class='card'><h3>“The booking system saved our harbour office two days a week.”</h3>"
                    "<p><strong>Rosa Kimura</strong> | Harbour Administrator</p></div>"
                    "<div class='card'><h3>“Lower fees for every boat, all year round”</h3><p>Book a berth</p></div>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("“The booking system saved our harbour office two days a week.”", "Rosa Kimura")]


def test_a_short_title_after_its_artist_s_name_is_no_quotation() -> None:
    article = clean("<p>Ann Lee: ‘Tides and Tithes’ at the Harbour Gallery was the best show of the year, "
                    "a room of nets and bells.</p>")
    assert article.quotes == ()


def test_a_title_with_an_abbreviation_in_it_is_no_quotation() -> None:
    article = clean("<p>Source: Harbour Board, \"Economic Health of U.S. Fishing Ports,\" May 2022.</p>")
    assert article.quotes == ()


def test_a_cite_inside_a_sentence_of_a_block_is_no_signature() -> None:
    # docs set an option's name in <cite> mid-sentence: the indented block stays the list item's body
    article = clean("<ul><li><p><b>purge</b>: empty every queue of the harbour office.</p><blockquote><p>You can "
                    "also name the queues to empty with the <cite>-Q</cite> option of the harbour tool.</p>"
                    "</blockquote></li></ul>")
    assert article.quotes == ()
    article = clean("<p>The harbour master put it plainly:</p><blockquote><p>The sea gives nothing back to those "
                    "who wait for it.</p><p><cite>Ruth Abernathy</cite></p></blockquote>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("The sea gives nothing back to those who wait for it.", "Ruth Abernathy")]


def test_a_block_under_an_output_label_is_what_a_program_printed() -> None:
    article = clean("<pre><code>for ship in harbour: print(ship)</code></pre><p>Expected output:</p>"
                    "<blockquote><p>Anna started. Berta started. Anna docked. Berta docked.</p></blockquote>"
                    "<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for it.</p>"
                    "</blockquote>")
    assert [q.text for q in article.quotes] == ["The sea gives nothing back to those who wait for it."]
    assert "Anna started. Berta started." in article.text  # the body keeps the block


def test_a_question_the_text_talks_about_is_no_quotation() -> None:
    article = clean("<p>Arguments about “how will the harbour crane get built?” begin to take a "
                    "practical edge once the money is there.</p>"
                    "<p>Once you have the model, test it on questions like “who was harbour master in 1650?” first.</p>"
                    "<p>“Turkey,” said I, “what do you think of the new harbour crane?”</p>"
                    "<p>Readers may well wonder “how did the model get this answer?” about a harbour report.</p>")
    assert [q.text for q in article.quotes] == ["“what do you think of the new harbour crane?”",
                                                "“how did the model get this answer?”"]
    assert "“how will the harbour crane get built?”" in article.text


def test_words_in_quote_marks_between_a_possessive_and_a_noun_are_a_kind_not_speech() -> None:
    article = clean("<p>The film is the more logical outcome of his “sailors get angry and set up their own "
                    "harbour council” scenario than the book admits.</p>")
    assert article.quotes == ()


def test_the_gloss_of_a_term_is_no_quotation() -> None:
    article = clean("<p>The school follows the old motto of mens nautica — or “a sailor's frame of "
                    "mind.” It teaches sailing too.</p>"
                    "<p>When the call drops I hear “I am not sure why you cannot see me” or “Sorry, did you say "
                    "something just now?” from the harbour office.</p>")
    assert [q.text for q in article.quotes] == ["“I am not sure why you cannot see me”",
                                                "“Sorry, did you say something just now?”"]


def test_words_no_one_said_are_no_quotation() -> None:
    article = clean("<p>I am almost disappointed you didn’t say “Would you like to know more about the harbour?” "
                    "at the end of the talk.</p>"
                    "<p>Don’t be put off by those who say “small harbours never attract any real money.” They do.</p>")
    assert [q.text for q in article.quotes] == ["“small harbours never attract any real money.”"]


def test_the_words_of_a_sign_are_no_quotation() -> None:
    article = clean("<p>New signs in the harbour shops spell out the offer: “Fresh fish daily. Fair prices always "
                    "at the quay,” reads one, against a picture of boats.</p>"
                    "<p>Protesters carried banners reading “Keep our harbour open for the fishing boats.”</p>"
                    "<p>“We will keep the harbour open for the fishing boats,” the mayor said.</p>")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats,”"]


def test_a_reply_quoting_the_page_s_own_words_is_no_quotation() -> None:
    article = clean("<p>Nobody thinks it a heresy to enjoy the film even if one prefers the harbour novel.</p>"
                    "<p>“We will keep the harbour open for the fishing boats,” the mayor said.</p>"
                    "<ol><li>“Nobody thinks it a heresy to enjoy the film even if one prefers the "
                    "harbour novel.” I do, a little.</li>"
                    "<li>Well said. The crane is another story.</li></ol>")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats,”"]
    assert "“Nobody thinks it a heresy" in article.text


def test_a_box_of_links_or_a_labelled_box_in_a_blockquote_is_no_quotation() -> None:
    article = clean("<p>An old saying goes:</p><blockquote><p>The sea gives nothing back to those who wait for "
                    "it.</p></blockquote>"
                    "<blockquote><p>Our reporters on the harbour board have written about <a href='/a'>how the "
                    "harbour crane was built in the nineteenth century by the town</a>.</p></blockquote>"
                    "<blockquote><p>Definition: a quay is a platform where ships load and unload cargo.</p></blockquote>"
                    "<blockquote><p>En savoir plus : le port ferme le lundi et les jours fériés.</p></blockquote>"
                    "<blockquote><p><a href='/u/lee'>@annlee</a> <a href='/u/park'>@jopark</a> the crane is late "
                    "again, and nobody at the harbour office will say why.</p></blockquote>")
    assert [q.text for q in article.quotes] == [
        "The sea gives nothing back to those who wait for it.",
        "@annlee @jopark the crane is late again, and nobody at the harbour office will say why."]


def test_the_title_of_a_work_in_a_reference_list_is_no_quotation() -> None:
    article = clean("<h2>References</h2><ol>"
                    "<li>Lee, A. and Park, J. (2019). “Tides of the north and the harbour walls that hold them.” "
                    "Coastal Review 12(3): 45–67. doi:10.1000/tides</li>"
                    "<li>Moreau, C. « Les ports du nord et la marée qui monte encore. » Revue maritime, vol. 4, "
                    "pp. 12–30.</li></ol>"
                    "<p>The survey ended in 2019. “We will keep the harbour open for the fishing boats,” the mayor "
                    "said, pointing at pp. 12 of the plan.</p>", lang="en")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats,”"]


def test_a_list_of_prompts_or_of_the_author_s_own_questions_is_no_quotation() -> None:
    article = clean("<p>I gave the model the harbour reports. These were my questions:</p>"
                    "<div><ul><li>\"How many boats left the harbour that week?\"</li>"
                    "<li>\"Was the crane repaired before the storm - answer only Yes or No\"</li></ul></div>"
                    "<p>Voici les requêtes :</p><ul><li>« Quels bateaux ont quitté le port cette semaine ? »</li></ul>"
                    "<p>Residents told us:</p><ul><li>“We will keep the harbour open for the fishing boats.”</li></ul>")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats.”"]


def test_a_post_quoted_in_a_forum_reply_is_its_posters_words_without_the_header() -> None:
    article = clean("<p>Ann Lee, the harbour master, said:</p><blockquote><p>The sea gives nothing back to those "
                    "who wait for it.</p></blockquote>"
                    "<blockquote><div>harbour_fan said:</div><p>Does anyone know when the crane will be fixed at "
                    "the north quay?</p></blockquote><p>Next week, the office told me.</p>"
                    "<blockquote><div>Zitat von kapitaen_jo</div><p>Der Kran am Nordkai ist seit Wochen kaputt und "
                    "niemand sagt warum.</p></blockquote><p>Stimmt.</p>"
                    "<blockquote><div><cite>marin_42 wrote:</cite>The ferry timetable changed again without any "
                    "notice to the islanders.</div></blockquote><p>It did.</p>"
                    "<blockquote><p>capitaine a écrit :<br>Le quai nord est fermé depuis trois semaines déjà."
                    "</p></blockquote><p>Oui.</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("The sea gives nothing back to those who wait for it.", "Ann Lee"),
        ("Does anyone know when the crane will be fixed at the north quay?", "harbour_fan"),
        ("Der Kran am Nordkai ist seit Wochen kaputt und niemand sagt warum.", "kapitaen_jo"),
        ("The ferry timetable changed again without any notice to the islanders.", "marin_42"),
        ("Le quai nord est fermé depuis trois semaines déjà.", "capitaine"),
    ]
    dated = clean("<blockquote><p>On 3 May 2024, sea_wolf said:</p><p>The north quay lights went out again "
                  "last night.</p></blockquote><blockquote><p>Quote:</p><p>Nobody has fixed the quay lights "
                  "since the storm.</p></blockquote>")
    assert [(q.text, q.speaker) for q in dated.quotes] == [
        ("The north quay lights went out again last night.", "sea_wolf"),
        ("Nobody has fixed the quay lights since the storm.", None),
    ]


def test_the_same_box_set_at_the_top_and_the_bottom_is_no_pull_quote() -> None:
    box = ("<blockquote><p><strong>This harbour guide has changed a lot since the spring; the new version "
           "covers the north quay as well.</strong></p></blockquote>")
    article = clean(f"{box}<p>The harbour reopened in May after the storm season.</p>{box}")
    assert article.quotes == ()
    pulled = clean("<p>The harbour reopened in May. The north quay will stay open all winter long.</p>"
                   "<blockquote><p>The north quay will stay open all winter long.</p></blockquote>")
    assert [(q.text, q.kind) for q in pulled.quotes] == [("The north quay will stay open all winter long.", "pull")]


def test_a_question_the_reader_is_told_to_ask_themselves_is_no_quotation() -> None:
    article = clean("<p>Before you buy another gadget for the boat, ask yourself, \"Do I really need one more of these for the "
                    "harbour?\"</p>"
                    "<p>Avant d’acheter, demandez-vous : « Est-ce que je vais vraiment m’en servir au port ? »</p>"
                    "<p>“Do we need one more crane on the quay?” the harbour master asked the crew.</p>")
    assert [q.text for q in article.quotes] == ["“Do we need one more crane on the quay?”"]


def test_a_template_with_blanks_to_fill_in_is_no_quotation() -> None:
    article = clean("<p>The notice must follow a set form: “[Name of Boat] was moored at [Harbour] on [Date] and "
                    "its owner may be reached at the harbour office.” Send it to the harbour master.</p>"
                    "<p>She said, “[The new berth] is far better than the old one, and cheaper too.”</p>")
    assert [q.text[:12] for q in article.quotes] == ["“[The new be"]


def test_a_query_or_a_prompt_typed_into_a_program_is_no_quotation() -> None:
    article = clean("<p>With the tide app open, ask it this: “Which boats can leave the harbour before noon?” "
                    "Any answer shows that it works.</p>"
                    "<p>Next, the harbour master asks it to look up “spare parts for the old crane.”</p>"
                    "<p>Tapez ensuite « Quels bateaux partent du port avant midi ? » dans la barre du haut.</p>"
                    "<p>“We will keep the harbour open for the fishing boats,” the mayor said.</p>")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats,”"]


def test_two_phrases_as_the_ends_of_a_change_are_no_quotation() -> None:
    article = clean("<p>The contest among harbour cranes is moving from “which one lifts the most in a single day” "
                    "to “which one is still cheap to run after ten years.” Small ports feel it first.</p>"
                    "<p>Le débat est passé de « qui construit le plus grand quai du nord » à « qui garde ses bateaux "
                    "à flot tout l'hiver ». Les pêcheurs suivent.</p>"
                    "<p>“We will keep the harbour open for the fishing boats,” the mayor said.</p>", lang="en")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats,”"]


def test_the_label_of_a_part_of_a_screen_is_no_quotation() -> None:
    article = clean("<p>In the harbour log you can keep “Repairs still waiting for the crane” section at the top.</p>"
                    "<p>Then press “Send the tide report to the crew” button and wait.</p>"
                    "<p>“We will keep the harbour open for the fishing boats,” the mayor said.</p>")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats,”"]


def test_a_set_form_of_words_to_repeat_is_no_quotation() -> None:
    article = clean("<p>Breathe out slowly and say the mantra to every boat in the harbour: “Let every crew come "
                    "home, let every net be full, let every hull stay dry.”</p>"
                    "<p>Ann Lee, who runs the harbour, said: “We will keep the harbour open for the fishing boats.”</p>")
    assert [q.text for q in article.quotes] == ["“We will keep the harbour open for the fishing boats.”"]


def test_words_given_as_a_sample_of_a_kind_of_talk_are_no_quotation() -> None:
    article = clean("<p>The reply was a textbook example of “if the ferry is late, the whole timetable must be wrong” "
                    "and nobody on the pier believed it.</p>"
                    "<p>My complaint falls in the category of “the old harbour was better than the new one.”</p>"
                    "<p>“The ferry will run every hour from May,” said Orla Penhallow, the harbour master.</p>")
    assert [q.text for q in article.quotes] == ["“The ferry will run every hour from May,”"]


def test_a_saying_called_one_is_no_quotation() -> None:
    article = clean("<p>The lamps went out at nine, and as the Bretons say, “a grey sea hides every rock alike.”</p>"
                    "<p>Comme on dit, « il faut battre le fer pendant qu’il est chaud », et le port l’a fait.</p>"
                    "<p>“We relit the lamps within the hour,” said Orla Penhallow, the harbour master.</p>")
    assert [q.text for q in article.quotes] == ["“We relit the lamps within the hour,”"]


def test_a_click_to_tweet_box_is_a_pull_quote_in_the_author_s_words() -> None:
    html = ("<!doctype html><html lang='en'><head><title>Harbour | Daily Planet</title>"
            "<meta name='author' content='Orla Penhallow'></head><body><article><h1>Harbour</h1>"
            f"<div class='body'>{FILLER}<p>Small harbours survive on the boats that winter in them.</p>"
            "<p><span class='bctt-click-to-tweet'><span class='bctt-ctt-text'>A harbour that empties of boats "
            "in October, when the crews go south for work, is a harbour that closes its gates for good by the "
            "spring.</span><a class='bctt-ctt-btn' href='#'>Click To Tweet</a></span></p><p>The council will vote on the winter berths next month.</p></div></article>"
            "</body></html>")
    article = cleanpage.clean(html)
    pulled = ("A harbour that empties of boats in October, when the crews go south for work, is a harbour that "
              "closes its gates for good by the spring.")
    assert [(q.text, q.speaker, q.kind) for q in article.quotes] == [(pulled, "Orla Penhallow", "pull")]


def test_a_whole_sentence_in_italics_and_quote_marks_is_a_quotation_a_short_one_a_title() -> None:
    article = clean("<p>As the harbour report notes: <i>\"The rising demand for winter berths is one of the main "
                    "reasons the north quay must grow.\"</i></p>"
                    "<p>The council also read <i>“Tides and Tithes of the North Quay”</i> before the vote.</p>")
    assert [q.text for q in article.quotes] == [
        "\"The rising demand for winter berths is one of the main reasons the north quay must grow.\""]


def test_a_quote_after_a_block_inside_a_wrapper_s_own_words_is_read_apart_from_the_words_before() -> None:
    article = clean("<div>Winter plans for the quay<p>Ann Lee, the harbour master, spoke to reporters on the quay "
                    "on Monday morning.</p>\"The harbour will stay open all winter for the fishing fleet,\" she "
                    "said.</div>")
    assert [q.text for q in article.quotes] == ["\"The harbour will stay open all winter for the fishing fleet,\""]


def test_a_label_after_click_or_a_term_after_so_called_is_no_quotation() -> None:
    article = clean("<p>Marta Quillon told stallholders to click “Register for the winter market” to sign up.</p>"
                    "<p>Select “Download the whole timetable as PDF” from the list.</p>"
                    "<p>Klicken Sie auf „Jetzt speichern und weiter“, um fortzufahren.</p>")
    assert article.quotes == ()
    assert "“Register for the winter market”" in article.text


def test_a_report_s_or_a_periodical_s_title_right_after_its_noun_is_no_quotation() -> None:
    article = clean("<p>The agency published the report “Rivers under pressure in a warming valley” on Monday.</p>"
                    "<p>Die Zeitung „Neues vom Ufer der alten Dörfer im Tal“ erscheint seit 1950 jeden Tag.</p>"
                    "<p>El informe «Ríos bajo presión en un valle que se calienta» salió el lunes.</p>"
                    "<p>Журнал «Тетради реки и старых деревень долины» выходит раз в квартал.</p>"
                    "<p>The report said the river “could rise by a metre before the end of the decade.”</p>"
                    "<p>Asked about the flood, the warden told the newspaper: “Nobody here has seen water this high.”</p>")
    assert [q.text for q in article.quotes] == ["“could rise by a metre before the end of the decade.”",
                                                "“Nobody here has seen water this high.”"]
    assert "the report “Rivers under pressure" in article.text


def test_a_campaign_s_name_right_after_its_noun_is_no_quotation() -> None:
    article = clean("<p>The council adopted the strategy “A greener valley for the next generation of families”.</p>"
                    "<p>La ville a lancé la campagne « Des rues propres pour tous les enfants du quartier » lundi.</p>"
                    "<p>Город запустил кампанию «Чистые улицы для всех детей нашего района» в понедельник.</p>"
                    "<p>The campaign said: “We will knock on every door in the valley before May.”</p>")
    assert [q.text for q in article.quotes] == ["“We will knock on every door in the valley before May.”"]


def test_a_nickname_after_the_words_that_give_it_is_no_quotation() -> None:
    article = clean("<p>El barquero, conocido como «El hombre que nunca duerme en el puerto», murió el domingo.</p>"
                    "<p>Der Fährmann, bekannt als „Der Mann, der niemals schläft am Hafen“, starb am Sonntag.</p>"
                    "<p>Паромщик, известный как «Человек, который никогда не спит в порту», умер в воскресенье.</p>"
                    "<p>“He never once missed the morning crossing,” said his daughter Wilma Tarrant.</p>")
    assert [q.text for q in article.quotes] == ["“He never once missed the morning crossing,”"]


def test_a_sign_s_text_in_other_languages_is_no_quotation() -> None:
    cases = (
        ("fr", "<p>Les manifestants brandissaient des pancartes « Gardez le port pour nos enfants et nos vieux » "
               "devant la mairie.</p>"),
        ("pt", "<p>Os manifestantes exibiam cartazes com os dizeres “O porto fica para os nossos filhos” diante da "
               "prefeitura.</p>"),
        ("ru", "<p>Протестующие держали плакаты с надписью «Порт остаётся для наших детей и внуков» у здания "
               "мэрии.</p>"),
        ("nl", "<p>Demonstranten hielden borden omhoog met de tekst „De haven blijft voor onze kinderen” bij het "
               "stadhuis.</p>"),
    )
    for lang, paragraph in cases:
        assert clean(paragraph, lang).quotes == (), paragraph


def test_a_headline_an_exhibition_or_a_nordic_title_is_no_quotation() -> None:
    cases = (
        ("de", "<p>Unter der Überschrift „Stadtrat beschließt das Ende der alten Hafenfähre“ erschienen zwei "
               "Seiten.</p>"),
        ("es", "<p>Bajo el titular «El concejo vota cerrar para siempre el viejo muelle», el diario dedicó dos "
               "páginas.</p>"),
        ("it", "<p>La mostra «Il sale, la pietra e chi li portava sulle spalle» resta aperta fino a marzo.</p>"),
        ("sv", "<p>Utställningen ”Salt, sten och människorna som bar dem” pågår till mars i hamnen.</p>"),
    )
    for lang, paragraph in cases:
        assert clean(paragraph, lang).quotes == (), paragraph


def test_a_short_answer_led_in_by_a_verb_of_saying_is_a_quotation() -> None:
    article = clean("<p>Asked whether the harbour would open in spring, Ilse Marrow said: “Yes, in April.”</p>"
                    "<p>Ilse Marrow wrote a new book: “Seven Days of Calm.”</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [("“Yes, in April.”", "Ilse Marrow")]


def test_an_embedded_instagram_post_is_kept_and_listed_with_its_poster() -> None:
    article = clean("<blockquote class='instagram-media' data-instgrm-permalink='https://www.instagram.com/p/h1/'>"
                    "<div><a href='https://www.instagram.com/p/h1/'><div>View this post on Instagram</div></a>"
                    "<p><a href='https://www.instagram.com/p/h1/'>Sunset over the old harbour, the last one before "
                    "the ferry stops for winter</a></p><p>A post shared by <a href='https://www.instagram.com/"
                    "ilse.marrow/'>Ilse Marrow</a> (@ilse.marrow) on <time>May 3, 2026</time></p></div></blockquote>"
                    "<p>The ferry stops on Friday and starts again in March, the harbour office said.</p>")
    assert "Sunset over the old harbour" in article.markdown
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Sunset over the old harbour, the last one before the ferry stops for winter", "Ilse Marrow")]


def test_a_long_nickname_a_cover_line_and_a_show_s_title_are_no_quotation() -> None:
    article = clean("<p>Residents have nicknamed him “the man who never sleeps at the old harbour of Dunmore” "
                    "since the floods.</p>"
                    "<p>The magazine's cover line read “Why nobody in this harbour trusts the tide tables anymore”.</p>"
                    "<p>His new show, “Cooking with what is left in the harbour kitchen”, airs on Fridays.</p>"
                    "<p>Ilse Marrow said her new show “is about what people in this harbour cook when the money "
                    "runs out.”</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("“is about what people in this harbour cook when the money runs out.”", "Ilse Marrow")]


def test_a_short_fragment_reported_from_a_person_named_in_its_sentence_is_a_quotation() -> None:
    article = clean("<p>Ilse Marrow, who runs the harbour café, says she was “worried but not alarmed” by the "
                    "vote.</p>"
                    "<p>I copied the errors into the chat and said “please fix these now.”</p>"
                    "<p>The council said the “green harbour levy” would raise ticket prices.</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [("“worried but not alarmed”", "Ilse Marrow")]


def test_a_work_sung_read_or_watched_is_no_quotation() -> None:
    for lang, sentence in (
            ("en", "At the end of the evening the choir sang “Boats Below the Old Lighthouse” for the mayor."),
            ("de", "Im Unterricht lasen wir „Die Krähen über dem Leuchtturm“ in der siebten Klasse."),
            ("nl", "Na de pauze zong ze „Boten onder de oude vuurtoren” voor de burgemeester."),
            ("pl", "Wczoraj obejrzeliśmy „Łodzie pod starą latarnią” razem z dziećmi."),
            ("sv", "Efter pausen sjöng hon ”Båtar under den gamla fyren” för borgmästaren.")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence


def test_words_on_a_chinese_or_japanese_sign_are_no_quotation() -> None:
    assert clean("<p>灯塔门口的牌子上写着“请勿攀爬，注意安全”。</p>", "zh").quotes == ()
    assert clean("<p>灯台の入口の看板には「登らないでください、危険です」とある。</p>", "ja").quotes == ()


def test_an_earlier_story_s_headline_is_no_quotation() -> None:
    article = clean("<p>See our earlier story, “Lighthouse keeper retires after forty winters”, for more.</p>")
    assert article.quotes == ()


def test_a_one_word_cry_or_answer_is_a_quotation() -> None:
    for lang, sentence, words in (
            ("en", "“Stop!” yelled Piet Alder as the crane swung toward the quay.", "“Stop!”"),
            ("de", "„Halt!“, rief Piet Alder, als der Kran zum Kai schwenkte.", "„Halt!“"),
            ("es", "«¡Alto!», gritó Piet Alder cuando la grúa giró hacia el muelle.", "«¡Alto!»"),
            ("en", "Asked if the quay would reopen, Piet Alder said: “Soon.”", "“Soon.”"),
            ("ja", "港長の北村健氏は「来月です」と答えた。", "「来月です」")):
        quotes = clean(f"<p>{sentence}</p>", lang).quotes
        assert [q.text for q in quotes] == [words], sentence
        assert quotes[0].speaker, sentence


def test_a_one_word_quote_no_one_cries_is_no_quotation() -> None:
    assert clean("<p>The crane carries a sticker saying “Stop!” on its cab, the quay staff said.</p>").quotes == ()
    assert clean("<p>The new “Wow!” ferry ticket costs less than the old one.</p>").quotes == ()


def test_a_quotation_in_single_guillemets_is_listed() -> None:
    quotes = clean("<p>‹ Nous rouvrirons le quai le mois prochain ›, a dit le chef du port Piet Alder.</p>",
                   "fr").quotes
    assert [q.text for q in quotes] == ["‹ Nous rouvrirons le quai le mois prochain ›"]


def test_a_run_of_three_quoted_titles_is_no_quotation() -> None:
    for lang, sentence in (
            ("en", "Most read this week: “How the old quay was saved”, “Where the fishers eat” and “A night on the "
                   "lighthouse”."),
            ("ja", "人気の記事は「古い桟橋の守り方」、「漁師の食堂めぐり」、「灯台で過ごす夜の話」だった。")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence


def test_a_button_or_a_slogan_in_more_languages_is_no_quotation() -> None:
    for lang, sentence in (
            ("it", "Per finire, fare clic su «Conferma tutte le modifiche al profilo» in basso."),
            ("ru", "Затем нажмите «Подтвердить все изменения профиля» внизу страницы."),
            ("de", "Die Initiative wirbt mit dem Spruch „Der Kai gehört allen Leuten im Ort“ auf Plakaten.")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence


def test_a_one_word_question_asked_is_a_quotation() -> None:
    for lang, sentence, words in (
            ("it", "«Quando?», ha chiesto Piet Alder al capitano del porto.", "«Quando?»"),
            ("ru", "«Когда?» — спросил Пит Алдер у начальника порта.", "«Когда?»")):
        quotes = clean(f"<p>{sentence}</p>", lang).quotes
        assert [q.text for q in quotes] == [words], sentence


def test_a_swedish_cry_between_right_marks_is_a_quotation_but_a_term_is_not() -> None:
    quotes = clean("<p>”Stopp!” ropade Karin Brolin när kranen svängde mot kajen.</p>", "sv").quotes
    assert [q.text for q in quotes] == ["”Stopp!”"]
    assert clean("<p>Ordet ”hållbar” står fjorton gånger i planen.</p>", "sv").quotes == ()


def test_a_menu_item_chosen_or_a_setting_switched_off_is_no_quotation() -> None:
    for lang, sentence in (
            ("en", "Then switch off “Send every receipt to my inbox” and close the window."),
            ("en", "From the Tools menu choose “Convert all the pages to a single booklet” and wait."),
            ("it", "Nel pannello scegliete «Riscaldamento rapido con ventola accesa» e aspettate."),
            ("cs", "V aplikaci zvolte „Odeslat kopii každé účtenky do schránky“ a zavřete okno."),
            ("ko", "설정에서 “영수증 사본을 메일로 보내기”를 끄면 됩니다.")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence


def test_the_text_printed_on_a_product_label_is_no_quotation() -> None:
    article = clean("<p>The label on the tin reads “Keep away from open flames and store below twenty degrees”, "
                    "which the shop ignored.</p>")
    assert article.quotes == ()


def test_other_papers_headlines_in_a_press_review_are_no_quotation() -> None:
    for lang, sentence in (
            ("en", "The Lakeside Herald led with “Mill owners agree to sell the old dam”, while the Valley Times "
                   "went with “Dam sale leaves anglers in the dark”."),
            ("fr", "La Voix du Lac titre « Les meuniers vendent le vieux barrage », tandis que Le Courrier "
                   "préfère « Les pêcheurs dans le flou après la vente »."),
            ("nl", "De Meerbode kopt „Molenaars verkopen de oude dam”, terwijl de Dalkrant opent met „Vissers in "
                   "het ongewisse na de verkoop”."),
            ("pl", "Gazeta Jeziorna tytułuje „Młynarze sprzedają starą tamę”, a Kurier Doliny pisze na pierwszej "
                   "stronie „Wędkarze bez odpowiedzi”.")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence
    quotes = clean("<p>Sur le dernier titre, elle chante : « J’ai gardé la barque au sec chaque hiver sans toi », "
                   "puis se tait.</p>", "fr").quotes
    assert [q.text for q in quotes] == ["« J’ai gardé la barque au sec chaque hiver sans toi »"]  # "titre": a track


def test_a_lower_case_phrase_in_the_first_person_or_in_a_reported_clause_is_a_quotation() -> None:
    for lang, sentence, words in (
            ("de", "Die Försterin nannte den Beschluss „das Bitterste, was ich in diesem Amt erlebt habe“ und ging.",
             "„das Bitterste, was ich in diesem Amt erlebt habe“"),
            ("fr", "Le garde forestier a qualifié la décision de « la plus amère que nous ayons connue » avant de "
                   "partir.", "« la plus amère que nous ayons connue »"),
            ("it", "Nel verbale l’ispettore scrive che il cantiere era «privo delle minime misure di sicurezza».",
             "«privo delle minime misure di sicurezza»"),
            ("nl", "In de brief schreef wethouder Mara Stolk dat het park dicht blijft „tot de bomen gecontroleerd "
                   "zijn”.", "„tot de bomen gecontroleerd zijn”")):
        quotes = clean(f"<p>{sentence}</p>", lang).quotes
        assert [q.text for q in quotes] == [words], sentence
    assert clean("<p>Der Landtag beschloss das „gesetz für die wälder und die seen“ im März.</p>", "de").quotes == ()
    assert clean("<p>Sejm przyjął „ustawę o lasach i jeziorach w regionie” w marcu.</p>", "pl").quotes == ()


def test_a_quotation_of_several_paragraphs_is_listed_whoever_leads_it_in() -> None:
    quotes = clean("<p>The old keeper tells it slowly: “The first storm took the roof off the boathouse in a "
                   "single night.</p><p>“The second one took the jetty, plank by plank, while we watched.</p>"
                   "<p>“After the third we stopped counting,” said Orla Finch.</p>").quotes
    assert [(q.text[:16], q.speaker) for q in quotes] == [
        ("“The first storm", "Orla Finch"), ("“The second one ", "Orla Finch"), ("“After the third", "Orla Finch")]
    quotes = clean("<p>El guarda lo cuenta despacio: «La primera tormenta se llevó el tejado en una sola noche.</p>"
                   "<p>»La segunda se llevó el embarcadero, tabla a tabla, mientras mirábamos.</p>"
                   "<p>»Después de la tercera dejamos de contar».</p>", "es").quotes
    assert [q.text[:12] for q in quotes] == ["«La primera ", "»La segunda ", "»Después de "]
    assert quotes[-1].text.endswith("contar»")
    quotes = clean("<p>Le gardien raconte : « La première tempête a emporté le toit en une seule nuit.</p>"
                   "<p>» La deuxième a emporté la jetée, planche après planche, sous nos yeux. »</p>", "fr").quotes
    assert [q.text[:12] for q in quotes] == ["« La premièr", "» La deuxièm"]


def test_an_unclosed_mark_with_no_speaker_and_no_paragraph_going_on_is_no_quotation() -> None:
    article = clean("<p>The old keeper tells it slowly: “The first storm took the roof off the boathouse in a "
                    "single night.</p><p>Nobody else on the island remembers it that way, the records show.</p>")
    assert article.quotes == ()


def test_a_headline_named_before_it_or_set_on_the_front_page_is_no_quotation() -> None:
    for lang, sentence in (
            ("de", "Unter der Überschrift „Anglerverein verliert den alten Steg“ berichtete die Zeitung lang."),
            ("en", "Two days later the paper had run “Anglers lose the old jetty for good” on its front page.")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence


def test_a_reader_s_question_in_japanese_and_a_ruling_quoted_in_russian_are_quotations() -> None:
    quotes = clean("<p>読者から「古い桟橋の修理はいつ終わりますか」という質問が届いた。</p>", "ja").quotes
    assert [q.text for q in quotes] == ["「古い桟橋の修理はいつ終わりますか」"]
    quotes = clean("<p>В постановлении говорится, что ремонт причала был «выполнен с нарушением всех "
                   "строительных норм».</p>", "ru").quotes
    assert [q.text for q in quotes] == ["«выполнен с нарушением всех строительных норм»"]
    quotes = clean("<p>O relatório diz que a busca foi “feita sem qualquer mandado do tribunal local”.</p>",
                   "pt").quotes
    assert [q.text for q in quotes] == ["“feita sem qualquer mandado do tribunal local”"]


def test_a_screen_s_message_a_subject_line_a_translated_phrase_and_words_to_repeat_are_no_quotation() -> None:
    for lang, sentence in (
            ("en", "If the screen shows “The tank is empty, please refill it now”, top it up with water."),
            ("es", "Si la pantalla muestra «El depósito está vacío, rellénelo ahora», añada agua."),
            ("en", "Members got an email with the subject line “Your mooring fee is overdue since Friday”."),
            ("de", "Die Mitglieder bekamen eine E-Mail mit dem Betreff „Ihre Liegeplatzgebühr ist überfällig“."),
            ("en", "In Dutch, “Waar is de veerboot naar het eiland?” just means “Where is the ferry to the island?”"),
            ("en", "Breathe out slowly and repeat to yourself: “I am here, I am calm, the day can wait.”"),
            ("fr", "Fermez les yeux et répétez-vous : « Je suis ici, je suis calme, la journée peut attendre. »")):
        assert clean(f"<p>{sentence}</p>", lang).quotes == (), sentence
    quotes = clean("<p>In der Mitteilung der Stadt heißt es: „Die Gebühr ist bis zum Ende des Monats zu zahlen, sonst "
                   "droht eine Mahnung.“</p>", "de").quotes
    assert [q.text[:20] for q in quotes] == ["„Die Gebühr ist bis "]  # "heißt es": a document's words, no gloss
    quotes = clean("<p>Customers began asking for more, which meant building the “fastest ferry the island has "
                   "ever had,” Ann Lee said.</p>").quotes
    assert [q.text for q in quotes] == ["“fastest ferry the island has ever had,”"]


def test_a_quotation_set_over_several_lines_keeps_its_words_apart() -> None:
    article = clean("<p>Her last card to the crew ended: “Mend the nets,<br>paint the hull,<br>and wait for the "
                    "spring tide.”</p><div>“We <em>kept</em> every<br/>card she sent us,” said Tam Orrin.</div>")
    assert [q.text for q in article.quotes] == ["“Mend the nets, paint the hull, and wait for the spring tide.”",
                                                "“We kept every card she sent us,”"]


def test_speech_set_in_straight_single_marks_is_a_quotation_when_a_verb_of_saying_follows() -> None:
    article = clean("<p>'We can't say when the dredger will be back,' said the port's director, Tam Orrin.</p>"
                    "<p>The growers' co-op sells the '80s crates. Type 'Yes, continue.' to go on, or 'Stop.' "
                    "to quit.</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("'We can't say when the dredger will be back,'", "Tam Orrin")]


def test_a_short_cry_whose_incise_follows_its_own_mark_is_a_quotation() -> None:
    article = clean("<p>“Jump!” yelled a deckhand as the mooring line snapped.</p>"
                    "<p>“Where?” asked a boy on the pier, pointing at the water.</p>")
    assert [q.text for q in article.quotes] == ["“Jump!”", "“Where?”"]


def test_words_printed_on_boxes_or_a_sign_a_few_words_back_are_no_quotation() -> None:
    article = clean("<p>Crates stamped “Keep dry and store away from the engine room” lined the quay.</p>"
                    "<p>A rusty sign by the slipway reads “Private mooring, trespassers will be towed”.</p>"
                    "<p>Des caisses marquées « Fragile, ne pas empiler sur le pont » attendaient le bateau.</p>")
    assert article.quotes == ()


def test_speech_only_imagined_or_suggested_is_no_quotation() -> None:
    article = clean("<p>Imagine a passenger asking “why does the ferry leave before the bus arrives?” and answer "
                    "it plainly.</p><p>When a customer shouts, you might say “I hear you, let me check the "
                    "timetable for you” and stay calm.</p><p>Some crews keep asking themselves: “how did we "
                    "miss the forecast this badly?”</p><p>The owners are left to wonder: “how did a calm harbour "
                    "turn into this in one night?”</p>")
    assert article.quotes == ()
    article = clean("<p>A passenger asked the captain: “Why does the ferry leave before the bus arrives?”</p>")
    assert [q.text for q in article.quotes] == ["“Why does the ferry leave before the bus arrives?”"]


def test_a_sentence_bidding_the_reader_imagine_speech_lists_none_even_when_it_names_the_speaker() -> None:
    article = clean("<p>Imagine Tam Orrin telling the crew: “We sail tonight, whatever the weather does to us.”</p>"
                    "<p>If the buyer complains, I could retort with “the crate was sealed when it left our quay.”</p>")
    assert article.quotes == ()
    article = clean("<p>Stellen Sie sich vor, ein Kind fragt: „Warum ist das Wasser im Hafen heute so grau?“</p>",
                    lang="de")
    assert article.quotes == ()
    article = clean("<p>“Imagine the quay without the ferry,” said Tam Orrin. “It would be empty by noon.”</p>")
    assert [q.speaker for q in article.quotes] == ["Tam Orrin", "Tam Orrin"]


def test_british_single_marked_speech_goes_on_past_its_attribution() -> None:
    article = clean("<p>'We lost the nets,' Tam Orrin said. 'We lost the boat as well. But nobody was hurt.'</p>")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("'We lost the nets,'", "Tam Orrin"), ("'We lost the boat as well. But nobody was hurt.'", "Tam Orrin")]


def test_two_words_said_by_someone_named_in_full_right_after_are_a_quotation() -> None:
    cases = [("<p>“Too slow,” admitted coach Brenna Calloway after the final whistle.</p>", "en", "Brenna Calloway"),
             ("<p>“Too slow,” Brenna Calloway admitted after the final whistle.</p>", "en", "Brenna Calloway"),
             ("<p>«Estuvimos lentos», reconoció la entrenadora Brenda Calvo tras el partido.</p>", "es", "Brenda Calvo"),
             ("<p>„Byliśmy wolni” – przyznała trenerka Bronisława Kalina po meczu.</p>", "pl", "Bronisława Kalina"),
             ("<p>“Fomos lentos”, admitiu a treinadora Brenda Calado depois do jogo.</p>", "pt", "Brenda Calado")]
    for paragraph, lang, speaker in cases:
        assert [q.speaker for q in clean(paragraph, lang).quotes] == [speaker], paragraph


def test_two_quoted_words_with_no_one_named_beside_them_stay_unlisted() -> None:
    for paragraph in ("<p>The ferry was “too slow,” the coach admitted after the final whistle.</p>",
                      "<p>“Too slow,” he admitted after the final whistle.</p>",
                      "<p>“Fine,” admitted coach Brenna Calloway after the final whistle.</p>"):
        assert clean(paragraph).quotes == (), paragraph


def test_a_sigh_or_an_admission_after_a_short_quote_attributes_it() -> None:
    cases = [("<p>„Wir haben alles verloren“, seufzte der Trainer Bertold Amsink.</p>", "de", "Bertold Amsink"),
             ("<p>«Abbiamo perso tutto», ha sospirato l’allenatore Bertoldo Amsini.</p>", "it", "Bertoldo Amsini"),
             ("<p>”Vi spelade dåligt”, erkände tränaren Bertil Amsén efter matchen.</p>", "sv", "Bertil Amsén"),
             ("<p>«Мы играли плохо», — признал тренер Борис Амсин после матча.</p>", "ru", "Борис Амсин")]
    for paragraph, lang, speaker in cases:
        assert [q.speaker for q in clean(paragraph, lang).quotes] == [speaker], paragraph


def test_two_words_a_named_speaker_reports_as_their_own_state_are_a_quotation() -> None:
    cases = [("<p>Brenna Calloway said on Monday that she was “deeply hurt” by the vote.</p>", "en", "Brenna Calloway"),
             ("<p>Bertold Amsink erklärte am Montag, er sei „zutiefst enttäuscht“ von der Abstimmung.</p>", "de",
              "Bertold Amsink"),
             ("<p>Brenda Calvo dijo el lunes que estaba «muy dolida» por la votación.</p>", "es", "Brenda Calvo")]
    for paragraph, lang, speaker in cases:
        assert [q.speaker for q in clean(paragraph, lang).quotes] == [speaker], paragraph


def test_two_quoted_words_after_a_noun_in_reported_speech_stay_a_term() -> None:
    article = clean("<p>Brenna Calloway said on Monday that the so-called “green deal” would cost the valley dearly.</p>")
    assert article.quotes == ()


def test_a_title_with_a_full_stop_before_the_name_does_not_end_the_incise() -> None:
    article = clean("<p>“Too slow,” Dr. Brenna Calloway admitted, “and the crew knew it.”</p>")
    assert [(q.text, q.speaker) for q in article.quotes][:1] == [("“Too slow,”", "Brenna Calloway")]


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("ru", "<p>«Мы не можем пустить поздний паром без второй команды, – сказала Анна Ли. — Нам нужны люди "
           "уже в мае».</p>", "Анна Ли"),
    ("es", "<p>«No podemos operar el último ferry sin una segunda tripulación —dijo Ana Lee—. Necesitamos "
           "gente en mayo».</p>", "Ana Lee"),
    ("pt", "<p>«Não podemos operar o último ferry sem uma segunda tripulação – disse Ana Lee. – Precisamos "
           "de gente em maio».</p>", "Ana Lee"),
])
def test_one_pair_of_marks_around_speech_split_by_a_dashed_incise_holds_two_quotations(
        lang: str, paragraph: str, speaker: str) -> None:
    article = clean(paragraph, lang)
    assert [q.speaker for q in article.quotes] == [speaker, speaker]
    assert article.quotes[0].text.endswith(("команды,", "tripulación", "tripulação"))
    assert article.quotes[1].text.startswith(("Нам нужны", "Necesitamos", "Precisamos"))


def test_a_dashed_aside_with_no_verb_of_saying_stays_inside_one_quotation() -> None:
    article = clean("<p>“We want – as everyone in this town does – a fair deal for the late ferry,” said Ann Lee.</p>")
    assert [q.speaker for q in article.quotes] == ["Ann Lee"]
    assert "fair deal" in article.quotes[0].text


@pytest.mark.parametrize(("lang", "paragraph", "opening"), [
    ("ru", "<p>Анна Ли рассказала: «Мы работаем на линии «Северный берег» уже десять лет и довольны».</p>",
     "«Мы работаем на линии «Северный берег»"),
    ("fr", "<p>« Nous travaillons avec « Port du Nord » depuis dix ans et tout va bien », a déclaré Anne Lee.</p>",
     "« Nous travaillons avec « Port du Nord »"),
    # the two closing marks set as one
    ("ru", "<p>«Капитан сказал мне: «Держись, всё будет хорошо», – рассказала Анна Ли.</p>",
     "«Капитан сказал мне: «Держись"),
])
def test_a_quotation_holding_a_name_in_guillemets_is_listed_whole(lang: str, paragraph: str, opening: str) -> None:
    article = clean(paragraph, lang)
    assert [q.text[:len(opening)] for q in article.quotes] == [opening]
    assert article.quotes[0].speaker in ("Анна Ли", "Anne Lee")


def test_guillemets_left_open_for_the_next_paragraph_are_not_closed_on_a_name() -> None:
    # the quotation goes on below: the mark after the name closes only the name
    article = clean("<p>«Первый паром с «Северным берегом» работает дальше и уходит в море каждый день</p>", "ru")
    assert not any(q.text.startswith("«Первый паром с «Северным берегом»") and q.text.endswith("»")
                   and len(q.text) < 40 for q in article.quotes)


def test_the_incise_is_the_pair_of_dashes_that_names_someone_not_the_first_pair() -> None:
    article = clean("<p>«Жить на острове – это тяжело. Это не для слабых, – сказала Анна Ли. — Я борюсь с собой "
                    "каждый день».</p>", "ru")
    assert [q.speaker for q in article.quotes] == ["Анна Ли", "Анна Ли"]
    assert article.quotes[1].text.startswith("Я борюсь")

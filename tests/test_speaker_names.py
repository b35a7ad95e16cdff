"""Speakers named as the page names them: a short form as the full name it gives (in a possessive
or the headline, never run on from a heading), without an office before it, credited under a
block quote (a linked source, a signature line, an embedded post), an outlet, a paper et al."""

from __future__ import annotations

import lxml.html
import speaker_pages
from speaker_pages import FILLER

import cleanpage
from cleanpage.sections import find_quotes


def speakers(paragraphs: str, title: str = "Hockey") -> list[str | None]:
    return speaker_pages.speakers(paragraphs, headline=title)


def test_a_two_word_surname_takes_the_full_name_given_before_a_possessive() -> None:
    found = speakers("<p>The keeper stopped Lars Berg Holm’s shot late in the first period.</p>"
                     "<p>“The puck came off the boards faster than I could turn,” Berg Holm said.</p>")
    assert found == ["Lars Berg Holm"]


def test_a_surname_with_particles_takes_the_full_name_the_headline_gives() -> None:
    found = speakers("<p>“This week tested our whole family harder than any dance,” Van Der Berg said.</p>"
                     "<p>The judges sent Van Der Berg home after the second round of votes.</p>",
                     title="Piet Van Der Berg leaves the show after the vote")
    assert found == ["Piet Van Der Berg"]


def test_a_heading_s_last_word_does_not_open_the_next_paragraph_s_name() -> None:
    found = speakers("<h2>Best pickup: the Harbour Ranger</h2>\n<p>Berg Holm’s ties to the maker run deep.</p>"
                     "<p>“It tows more than any truck we tested this year,” says Berg Holm.</p>")
    assert found == ["Berg Holm"]


def body_speakers(html: str) -> list[str | None]:
    """The speakers find_quotes gives for a cleaned body as written (no chrome to strip)."""
    return [q.speaker for q in find_quotes(lxml.html.fragment_fromstring(html, create_parent="div"))]


def test_a_block_quote_credited_by_a_linked_source_in_brackets_under_it() -> None:
    found = body_speakers("<p>The first verdicts on the new console are mixed:</p>"
                          "<blockquote><p>The console streams well on a fast line, and the pad is a joy to hold "
                          "for hours.</p></blockquote>\n<p><strong>[</strong><a href='https://courier.example/r'>"
                          "<strong>The Harbour Courier</strong></a><strong>]</strong></p>\n<blockquote><p>The "
                          "launch library is thin, and the price asks a lot of early buyers.</p></blockquote>\n"
                          "<p><strong>[</strong><a href='https://monthly.example/r'>Pixel Weekly]</a></p>")
    assert found == ["The Harbour Courier", "Pixel Weekly"]


def test_a_bracketed_note_without_a_link_credits_nobody() -> None:
    found = body_speakers("<p>The minister read the letter to the chamber:</p><blockquote><p>We will not close "
                          "the harbour while the fleet still sails from it.</p></blockquote>\n<p>[Applause]</p>")
    assert found == [None]


def test_the_words_of_an_office_before_the_name_are_not_the_name() -> None:
    found = speakers("<p>“The bill would chill every newsroom in the country,” said Fleet Leader Ann Carver.</p>")
    assert found == ["Ann Carver"]


def test_an_office_before_a_first_name_leaves_the_full_name_the_page_gives() -> None:
    found = speakers("<p>The study was led by Johanna Marsh-Okoro at the harbour station.</p>"
                     "<p>“We aim to test the idea on the next cruise,” said Data Crew Leader Johanna.</p>")
    assert found == ["Johanna Marsh-Okoro"]


def test_an_embedded_post_is_signed_by_its_account_s_display_name_whatever_its_letters() -> None:
    found = body_speakers("<p>The deal went live this morning for every reader of the site.</p>"
                          "<blockquote class='twitter-tweet'><p>Our spring sale has ten boat apps at half price "
                          "today https://t.example/abc</p>— 4wheel.net (@fourwheel) <a href='https://x.example/1'>"
                          "May 2, 2021</a></blockquote>")
    assert found == ["4wheel.net"]


def test_an_embedded_post_s_display_name_stays_whole_though_the_page_writes_its_words_in_lower_case() -> None:
    found = body_speakers("<p>Buses skipped the hill road all week, and the block stood empty at noon.</p>"
                          "<blockquote class='twitter-tweet'><p>Day 4 with no buses on the hill road and nobody "
                          "answers the phone at the depot.</p>— Hill Road Block 7 Tenants (@block7tenants) "
                          "<a href='#'>May 2, 2026</a></blockquote>"
                          "<p>Le bistro a ouvert vendredi avec du poisson de la baie.</p>"
                          "<blockquote class='instagram-media'><p>Premier poisson de la saison, pêché ce matin par "
                          "notre équipe. Au menu ce soir avec une sauce au citron.</p><a href='#'>Une publication "
                          "partagée par Bistro Porte Verte (@porteverte.bistro)</a></blockquote>")
    assert found == ["Hill Road Block 7 Tenants", "Bistro Porte Verte"]


def test_an_embedded_post_signed_with_its_handle_alone_is_the_handle_s() -> None:
    found = body_speakers("<p>La huelga dejó a miles de personas esperando en las estaciones de tren.</p>"
                          "<blockquote><p>Tres horas para llegar al trabajo. Tres. Y a la vuelta, lo mismo otra "
                          "vez.</p><span>— @pepe_del_sur, 4 de noviembre de 2026</span></blockquote>"
                          "<p>El ministro de Obras, Ramón Gil, celebró el acuerdo.</p>")
    assert found == ["@pepe_del_sur"]


def test_an_office_before_a_poster_s_name_and_a_handle_in_the_words_change_nothing() -> None:
    found = body_speakers("<p>The council met on the hill road last night.</p><blockquote class='twitter-tweet'>"
                          "<p>The council finally agreed to fix the hill road before winter comes.</p>— Commissioner "
                          "Ruth Abernathy (@ruthab) <a href='#'>May 2, 2026</a></blockquote>"
                          "<blockquote><p>“The council agreed to fix the hill road before winter, write to "
                          "@roadsdesk.”</p></blockquote>")
    assert found == ["Ruth Abernathy", None]


def test_an_outlet_s_name_joined_by_and_after_the_outlet_s_noun() -> None:
    found = speakers("<p>“He does a great deal of work nobody sees, and it is easy to miss,” writes the fan site "
                     "Tide and Timber in its ratings.</p>"
                     "<p>„Odvádí spoustu práce, kterou nikdo nevidí a kterou snadno přehlédnete,“ píše ve svém "
                     "hodnocení server Tide and Timber.</p>")
    assert found == ["Tide and Timber", "Tide and Timber"]


def test_a_block_quote_signed_on_its_last_line_with_a_long_office_and_occasion() -> None:
    found = speakers("<p>In her words</p><blockquote><p>“We are moving every store to tide-aware delivery for our "
                     "buyers and our crews, one harbour at a time.”</p><p>Dana Whitfield, CEO of Harbour Mart "
                     "(at the <a href='https://x.example/call'>Harbour Mart spring meeting</a> of "
                     "the harbour board, March 2023)</p></blockquote>")
    assert found == ["Dana Whitfield"]


def test_an_office_set_off_by_a_comma_before_the_name() -> None:
    found = speakers("<p>“We start every menu by hearing what the couple loves,” says Co-Founder, Dana Whitfield.</p>"
                     "<p>“We plan each menu around the family’s own dishes,” said Chief Executive Officer, Jo Park.</p>")
    assert found == ["Dana Whitfield", "Jo Park"]


def test_chinese_he_is_the_person_a_later_attribution_names_not_an_earlier_dotted_name() -> None:
    html = ("<!doctype html><html lang='zh'><head><title>报告</title></head><body><article><h1>报告</h1>"
            f"<div class='body'>{FILLER}"
            "<p>城市大学教授安娜·卡尔松研究港口二十年。工程师王海去年也来到这里工作。"
            "王海认为，新码头的设计还需要很多改进，工人们也同意。</p>"
            "<p>照片：港口的旧码头</p>"
            "<p>他说：“码头的位置很好，但是船只进出的时间太长，我们必须重新设计。”</p>"
            "</div></article></body></html>")
    assert [q.speaker for q in cleanpage.clean(html).quotes] == ["王海"]


def test_a_lead_in_naming_a_person_s_words_by_a_possessive() -> None:
    found = speakers("<p>What stayed with me most was Dana Whitfield’s reference to the first rule of the "
                     "harbour: “Never moor where you cannot see the tide turn!”</p>")
    assert found == ["Dana Whitfield"]


def test_a_paper_cited_by_its_first_author_et_al_is_the_authors_not_the_first_one() -> None:
    found = speakers("<p>Maja Lindqvist, Ole Berg and Ann Lee, “A harbour ontology,” in Proceedings of the Tide "
                     "Conference (2025).</p><p>Lindqvist et al., Section 4: “We interviewed forty crews in the port "
                     "over two summers to learn how they work.”</p>")
    assert found == ["Lindqvist et al."]


def test_the_star_said_is_the_person_named_before() -> None:
    found = speakers("<p>Jo Parkinson signed a new contract with the club on Friday.</p>"
                     "<p>“This club feels like home and I want a trophy here,” says the young star.</p>"
                     "<p>Tomáš Horák podepsal v pátek novou smlouvu.</p>"
                     "<p>„Tady se cítím doma a chci tu vyhrát titul,“ tvrdí mladá superstar.</p>")
    assert found == ["Jo Parkinson", "Tomáš Horák"]


def test_a_german_sentence_s_opening_article_and_its_noun_are_not_a_first_name() -> None:
    html = ("<!doctype html><html lang='de'><head><title>Kaimauer | Hafenbote</title></head><body><article>"
            "<h1>Kaimauer</h1><div class='body'>"
            + "<p>Die Hafenstadt hat sich in den vergangenen zehn Jahren stark verändert, und die Bewohner sind "
              "sich uneinig, wie es mit dem Ufer weitergehen soll.</p>" * 3
            + "<p>Die Statikerin Henrike Wallmoden prüfte am Montag die Kaimauer.</p>"
              "<p>„Die Mauer muss bis zum Herbst gestützt werden“, so Wallmoden.</p></div></article></body></html>")
    assert [q.speaker for q in cleanpage.clean(html).quotes] == ["Henrike Wallmoden"]


def test_a_name_goes_on_through_a_word_that_is_also_an_article_or_a_month() -> None:
    # "An" (a Vietnamese given name), "May" and "Ma" end names here; none is the article or the month
    found = speakers("<p>“The ice was thinner than any of us had seen in twenty winters,” said Bui Van An.</p>"
                     "<p>“We had the rink flooded twice before the first game,” Corinne May said.</p>"
                     "<p>Harold Ma told the meeting: “The boards need replacing before the season starts.”</p>")
    assert found == ["Bui Van An", "Corinne May", "Harold Ma"]


def test_a_month_after_a_name_with_a_date_is_no_part_of_it() -> None:
    found = speakers("<p>“The ice was thinner than any of us had seen in twenty winters,” said Corinne Wall May 3.</p>")
    assert found == ["Corinne Wall"]


def test_a_long_run_of_capitalised_office_words_gives_the_holder_s_name() -> None:
    # four capitalised words or more (joined by "of" or "and") before the name: the office, not the name
    found = speakers("<p>“Ticket sales doubled in the second half,” said Vice President of Arena Sales Odile Varga.</p>"
                     "<p>“The new rink opens in March,” Senior Vice President Of Venue Operations Jarle Nesbo said.</p>"
                     "<p>Chief Financial Officer And Treasurer Imre Szalai said: “The season paid for itself.”</p>"
                     "<p>“We sold every seat,” North Shore Regional Ticketing Director Ros Palmer said.</p>")
    assert found == ["Odile Varga", "Jarle Nesbo", "Imre Szalai", "Ros Palmer"]


def test_an_office_joined_by_in_or_at_is_not_part_of_the_name() -> None:
    found = speakers("<p>Our Tester-in-Chief Mara Quillfeather ran the trail loop twice in the rain.</p>"
                     "<p>“The grip held on every wet root I stepped on,” said Mara Quillfeather.</p>")
    assert found == ["Mara Quillfeather"]


def test_a_hyphenated_office_in_another_language_is_not_part_of_the_name() -> None:
    found = speakers("<p>Unsere Autorin-in-Residenz Hanne Vollmerskirch las am Abend im Saal.</p>"
                     "<p>„Ich schreibe jeden Morgen zwei Seiten“, sagte Hanne Vollmerskirch.</p>")
    assert found == ["Hanne Vollmerskirch"]


def test_the_person_a_colon_clause_singles_out_after_including_speaks() -> None:
    found = speakers("<p>Most of the crew warmed to the new boat, including deckhand Arno Vellick: “It turns "
                     "faster than anything I have sailed on this coast.”</p>")
    assert found == ["Arno Vellick"]


def test_including_an_article_and_a_role_in_french_and_spanish() -> None:
    french = speakers("<p>Plusieurs coureurs l’ont aimé, notamment la testeuse Hanne Vollmer : « Cette chaussure "
                      "a longtemps été un échec pour moi, jusqu’à ce modèle. »</p>")
    spanish = speakers("<p>Varios corredores lo aprobaron, incluido el probador Arno Vellick: «La zapatilla fue "
                       "un fracaso para mí hasta que llegó este modelo nuevo.»</p>")
    assert (french, spanish) == (["Hanne Vollmer"], ["Arno Vellick"])


def test_a_thing_after_including_and_an_article_is_no_speaker() -> None:
    found = speakers("<p>The testers ran in many shoes, including the Harbour Runner: “The shoe has been a "
                     "chunky miss for me until this new one arrived.”</p>")
    assert found == [None]


def test_a_dash_signature_may_end_on_a_short_aside() -> None:
    found = speakers("<p>“The soup kit was ready in five minutes and tasted like my grandmother’s.” – Ilse W. "
                     "(Read all reviews.)</p>"
                     "<p>„Die Suppe war in fünf Minuten fertig und schmeckte wie bei Oma.“ – Greta Fallmerayer "
                     "(mehr lesen)</p>")
    assert found == ["Ilse W.", "Greta Fallmerayer"]


def test_a_label_ended_by_a_bar_leaves_the_quote_standing_alone_for_its_signature() -> None:
    found = speakers("<p>What Buyers Say | “The soup kit was ready in five minutes and tasted like my "
                     "grandmother’s.” – Ilse W.</p>"
                     "<p>Lo que dicen los clientes | «La sopa estuvo lista en cinco minutos y sabía a la de mi "
                     "abuela.» – Greta Fallmerayer</p>")
    assert found == ["Ilse W.", "Greta Fallmerayer"]


# Blogs and magazines name an expert in full once, then by first name ("featuring Ann Orr and
# Tomas J Brandt" / "For his part, Tomas believes …"): a "he" after the first name is that person.
TWO_EXPERTS = ("<p>We asked two gardeners for advice: Ann Orr, who runs a seed library, and Tomas J Brandt, "
               "founder of a rooftop farm.</p>"
               "<p>Ann recommends “a cheap pair of gloves and a good trowel for every bed you plant,” noting "
               "that tools matter less than soil. Tomas says most beginners water too often.</p>")


def test_a_he_after_a_first_name_alone_is_the_one_named_in_full() -> None:
    found = speakers(TWO_EXPERTS + "<p>For his part, Tomas believes that timing matters most. “Plant the beans "
                     "after the last frost and not a day before,” he says.</p>")
    assert found == ["Ann Orr", "Tomas J Brandt"]


def test_a_first_name_owning_the_sentence_s_subject_is_who_he_is() -> None:
    found = speakers(TWO_EXPERTS + "<p>Tomas’s favourite tool is “the old hand fork his grandfather gave him "
                     "years ago,” he explains.</p>")
    assert found == ["Ann Orr", "Tomas J Brandt"]


def test_a_first_name_owning_an_object_is_not_who_he_is() -> None:
    found = speakers(TWO_EXPERTS + "<p>Tomas seconds Ann’s advice. “Buy the gloves before the trowel, your "
                     "hands will thank you,” he says.</p>")
    assert found == ["Ann Orr", "Tomas J Brandt"]


def test_a_first_name_the_page_never_calls_a_speaker_is_no_one() -> None:
    found = speakers("<p>Polls closed early in Georgia Falls, said the chair, Ruth Calder.</p>"
                     "<p>Calder spoke ahead of the count in Georgia tonight. “We expect a long night for "
                     "everyone on the staff,” she said.</p>")
    assert found == ["Ruth Calder"]

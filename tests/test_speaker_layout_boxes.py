"""Speakers a page gives by layout alone: a review or a testimonial set in a small box whose classes say
nothing the card rules read (another language's words, hashed ones, none), signed by the name line
under or over the words; a paragraph in Swedish, Finnish or Danish marks (”…”, »…«) that is a quotation
alone; a collection of sayings, each credited in an element set after it ("«…» <cite>Ana Ruiz</cite>").
The line must name a person: a firm, a date, a rating, a button or a sentence names nobody, and a box's
line never signs the next box's words."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

WORDS = {
    "en": "The new timetable saved our crew two hours a day, and the office answered every question.",
    "de": "Die Lieferung kam pünktlich, und der Aufbau dauerte keine zwei Stunden.",
    "sv": "Bästa seglingen vi gjort, skepparen kunde namnet på varenda ö i skärgården.",
    "da": "God mad og venlig betjening, men vi ventede længe på kaffen bagefter.",
    "pl": "Ekipa przyjechała punktualnie i posprzątała po sobie cały ogród.",
    "it": "Stanza pulita e colazione ricca, ma il parcheggio era davvero lontano.",
    "tr": "Personel çok ilgiliydi ve oda her gün temizlendi, yine geleceğiz.",
    "fr": "Une équipe à l’écoute du début à la fin du chantier, sans aucune surprise.",
    "es": "El puerto no se cierra nunca, solo cambia de dueño cada invierno.",
    "ru": "Дорога кажется длиннее, когда идёшь по ней один и без цели.",
}
MARKS = {"en": "“{}”", "de": "„{}“", "sv": "”{}”", "da": "»{}«", "pl": "„{}”", "it": "«{}»", "tr": "“{}”",
         "fr": "« {} »", "es": "«{}»", "ru": "«{}»"}


def quoted(lang: str, words: str | None = None) -> str:
    return MARKS[lang].format(words or WORDS[lang])


@pytest.mark.parametrize(("lang", "box", "speaker"), [
    ("de", "<div class='bewertung'><p>{q}</p><p>Hiltrud Pannwitz, Oberwald</p><p>★★★★☆</p></div>", "Hiltrud Pannwitz"),
    ("pl", "<div class='opinia'><p><strong>Genowefa Stróżyk</strong>, nauczycielka, Zielonka</p><p>{q}</p></div>",
     "Genowefa Stróżyk"),
    ("it", "<div class='x1f3'><span>4/5</span><p><strong>Ottavia Brambani</strong> – Lodi</p><p>{q}</p></div>",
     "Ottavia Brambani"),
    ("da", "<div class='anmeldelse'><p>★★★☆☆</p><p>{q}</p><p><strong>Gerda Lyngholm</strong>, Ribe</p></div>",
     "Gerda Lyngholm"),
    ("tr", "<li><p>{q}</p><p>Nurhan Kocabaş · İzmir · 3 Nisan</p></li>", "Nurhan Kocabaş"),
])
def test_small_box_is_signed_by_its_name_line_whatever_its_classes(lang: str, box: str, speaker: str) -> None:
    assert speakers(box.format(q=quoted(lang)), lang) == [speaker]


def test_each_small_box_is_signed_by_its_own_line() -> None:
    boxes = ("<div class='a9'><p>{}</p><p>Hiltrud Pannwitz, Oberwald</p></div>"
             "<div class='a9'><p>{}</p><p>12. März 2025</p></div>")
    found = speakers(boxes.format(quoted("de"), quoted("de", "Der Monteur kam zweimal zu spät und ging ohne Gruß.")),
                     "de")
    assert found == ["Hiltrud Pannwitz", None]  # the second box's date names nobody, nor the first box's name


@pytest.mark.parametrize("line", [
    "Haapala Oy",  # a firm: a legal form ends its name
    "Brenkvik Logistics Ltd",
    "12 March 2025",  # a date
])
def test_small_box_line_that_is_no_persons_name_signs_nothing(line: str) -> None:
    page = f"<div class='b7'><p>{quoted('en')}</p><p>{line}</p><p>★★★★★</p></div>"
    assert speakers(page) == [None]


def test_section_of_running_text_is_no_small_box() -> None:
    page = (f"<div><p>{quoted('en')}</p><p>The crew kept the old timetable for the whole winter and changed it "
            "only when the new ferry arrived from the yard in the spring, two months late.</p>"
            "<p>Wenna Trice</p></div>")
    assert speakers(page) == [None]  # the name is no line under the words: a sentence stands between


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("sv", "<div class='omdome'><p>{q}</p><p>– Gunnel Åkerby, Västervik</p></div>", "Gunnel Åkerby"),
    ("da", "<div><p>{q}</p><p>– Bodil Kjærsgaard</p></div>", "Bodil Kjærsgaard"),
])
def test_paragraph_in_nordic_marks_is_a_quotation_alone(lang: str, paragraphs: str, speaker: str) -> None:
    assert speakers(paragraphs.format(q=quoted(lang)), lang) == [speaker]


def test_nordic_marks_inside_a_sentence_are_not_a_quotation_alone() -> None:
    page = (f"<p>Hon skrev {quoted('sv')} i gästboken innan hon gick.</p>"
            "<p>– Gunnel Åkerby, Västervik</p>")
    assert speakers(page, "sv") != ["Gunnel Åkerby"]


@pytest.mark.parametrize(("lang", "items", "expected"), [
    ("fr", "<ol><li>{q} <cite>Armelle Tourvieille</cite></li><li>{r} <cite>Basile Fontanieu</cite></li></ol>",
     ["Armelle Tourvieille", "Basile Fontanieu"]),
    ("es", "<p>{q}. <strong>Críspulo Arandiga</strong>, <em>Cartas del muelle</em></p>", ["Críspulo Arandiga"]),
    ("ru", "<ul><li>{q}. <em>Агафья Ступина, «Тихий берег»</em></li></ul>", ["Агафья Ступина"]),
    ("en", "<ul><li>{q} <strong>— Philippa Stanmore</strong></li></ul>", ["Philippa Stanmore"]),
])
def test_saying_credited_in_an_element_after_it(lang: str, items: str, expected: list[str]) -> None:
    other = quoted(lang, "Le pain attend toujours celui qui se lève tôt le matin.")
    assert speakers(items.format(q=quoted(lang), r=other), lang) == expected


@pytest.mark.parametrize("item", [
    "<li>{q} <b>Ann Lee</b> said on Monday at the quay.</li>",  # the credit does not end the item
    "<li>{q} <strong>Read More</strong></li>",  # a button
    "<li>{q} <em>12 March 2025</em></li>",  # a date
    "<li>{q} <em>Harbour</em> and <em>Quay</em></li>",  # words between, no name
])
def test_element_after_a_saying_that_credits_no_one(item: str) -> None:
    assert speakers(f"<ul>{item.format(q=quoted('en'))}</ul>") in ([None], ["Ann Lee"])
    if "said" not in item:
        assert speakers(f"<ul>{item.format(q=quoted('en'))}</ul>") == [None]


def test_bare_name_line_signs_a_small_box_only_where_the_box_is_rated() -> None:
    rated = f"<div class='k2'><p>★★★★★</p><p>{quoted('de')}</p><p>Ingrid Moltke</p></div>"
    assert speakers(rated, "de") == ["Ingrid Moltke"]
    unrated = f"<div class='k2'><p>{quoted('es')}</p><p>Voces Marineras</p></div>"
    assert speakers(unrated, "es") == [None]  # a box's title as likely as a person's name


def test_header_of_labels_over_a_small_box_signs_nothing_by_its_first_label() -> None:
    page = (f"<div class='k3'><div class='k3h'><div>Stimme Heute</div><div>Redaktion am Hafen</div></div>"
            f"<div class='k3b'>{quoted('de')}</div></div>")
    assert speakers(page, "de") != ["Stimme Heute"]


@pytest.mark.parametrize(("lang", "credit"), [
    ("en", "— Unknown"),
    ("de", "— Altes Sprichwort"),
    ("it", "— Proverbio ligure"),
    ("pl", "– Przysłowie ludowe"),
    ("nl", "– Onbekend"),
])
def test_saying_credited_to_no_one_known_has_no_speaker(lang: str, credit: str) -> None:
    page = f"<blockquote><p>{quoted('en')}</p><cite>{credit}</cite></blockquote>"
    assert speakers(page, lang) == [None]


@pytest.mark.parametrize(("credit", "speaker"), [
    ("— Ida Proverbson", "Ida Proverbson"),  # the word inside a surname is no proverb
    ("— Ann Lee, <em>The Unknown Shore</em>", "Ann Lee"),  # a work's title after the name
    ("— Jonas Unbekanntis", "Jonas Unbekanntis"),
])
def test_person_credited_beside_an_unsourced_word_keeps_the_name(credit: str, speaker: str) -> None:
    page = f"<blockquote><p>{quoted('en')}</p><cite>{credit}</cite></blockquote>"
    assert speakers(page) == [speaker]


@pytest.mark.parametrize(("lang", "caption", "speaker"), [
    ("sv", "<p class='caption'>Ingalill Rosvik driver gården sedan 1998. Foto: Olle Brand</p>", "Ingalill Rosvik"),
    ("el", "<figcaption>Ο ψαράς Σπύρος Καλαμίτης. Φωτ.: Ρένα Πάνου</figcaption>", "Σπύρος Καλαμίτης"),
    ("en", "<p class='caption'>Retired teacher Wenna Trice, 71, at home. Photo: Ivo Pask</p>", "Wenna Trice"),
])
def test_caption_under_a_block_quote_opening_with_a_person_names_the_speaker(lang: str, caption: str,
                                                                           speaker: str) -> None:
    quote = f"<blockquote><p>{quoted(lang if lang in MARKS else 'en')}</p></blockquote>"
    page = f"<figure>{quote}{caption}</figure>" if caption.startswith("<figcaption") else quote + caption
    assert speakers(page, lang) == [speaker]


@pytest.mark.parametrize("caption", [
    "Photo: Ivo Pask",  # a photo credit
    "photo by Ivo Pask",
    "Port Wexley at dawn. Photo: Ivo Pask",  # a place, a preposition after it
    "Harbour Master Wenna Trice at the quay.",  # three capitalised words: an office may open the run
])
def test_caption_that_opens_with_no_person_names_no_speaker(caption: str) -> None:
    page = f"<blockquote><p>{quoted('en')}</p></blockquote><p class='caption'>{caption}</p>"
    assert speakers(page) == [None]


@pytest.mark.parametrize(("lang", "line", "speaker"), [
    ("nl", "<em>Femke Oosterwolde uit Dokkum</em>", "Femke Oosterwolde"),
    ("de", "Hiltrud Pannwitz aus Oberwald", "Hiltrud Pannwitz"),
    ("en", "<strong>Wenna Trice</strong> from Polperro", "Wenna Trice"),
])
def test_card_line_with_where_the_signer_is_from_names_the_signer(lang: str, line: str, speaker: str) -> None:
    page = f"<div class='k4'><p>{quoted(lang if lang != 'nl' else 'de')}</p><p>{line}</p><p>★★★★☆</p></div>"
    assert speakers(page, lang) == [speaker]


@pytest.mark.parametrize("line", [
    "Ann from Polperro",  # a first name alone before where she is from
    "Letters from Wexley Bay",  # a column's title
    "Greetings from Polperro",
])
def test_card_line_from_a_place_that_names_no_full_name_signs_nothing(line: str) -> None:
    page = f"<div class='k4'><p>{quoted('en')}</p><p>{line}</p><p>★★★★☆</p></div>"
    assert speakers(page) == [None]

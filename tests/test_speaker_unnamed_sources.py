"""Quotations the page gives to no one named: a saying signed as a people's or a trade's ("— Sprichwort
aus der Eifel", "Author unknown"), a question the writer asks ("vroeg ik aan mijn buurman, …"), a
described person's home ("says a farmer from Elm Hollow"), someone of the one named before ("Его
заместитель написал:"). Each gives no speaker; and posts and letters read out give their writer. The
must-not-fire cases beside them keep the names they had."""

from __future__ import annotations

import speaker_pages


def _cited(quote: str, line: str) -> str:
    return f"<blockquote><p>{quote}</p><cite>— {line}</cite></blockquote>"


# ------------------------------------------------------------------ a saying's or an unknown author's line


def test_a_saying_signed_as_a_peoples_names_no_one() -> None:
    assert speaker_pages.speakers(_cited("“Still waters hide the deepest stones, and the miller knows it.”",
                                         "Old miller’s proverb")) == [None]
    assert speaker_pages.speakers(_cited("„Wer früh sät, erntet lange, sagt man hier seit jeher.“",
                                         "Sprichwort aus der Eifel"), lang="de") == [None]
    assert speaker_pages.speakers(_cited("«Chi semina vento raccoglie tempesta, e nessuno lo dimentica.»",
                                         "Detto piemontese"), lang="it") == [None]


def test_an_unknown_authors_line_names_no_one() -> None:
    assert speaker_pages.speakers(_cited("“The lamp burns longest for the one who waits.”", "Author unknown")) \
        == [None]
    assert speaker_pages.speakers(_cited("« La lampe brûle plus longtemps pour celui qui attend. »",
                                         "Auteur inconnu"), lang="fr") == [None]
    assert speaker_pages.speakers(_cited("„Tajemství moře zná jen ten, kdo na něm zestárl.“", "Neznámý"),
                                  lang="cs") == [None]


def test_a_person_signing_a_saying_keeps_the_name() -> None:
    # must not fire: a person's name, a name that holds no saying's noun, and a writer who quotes a proverb
    assert speaker_pages.speakers(_cited("“The lamp burns longest for the one who waits.”", "Mara Holt")) \
        == ["Mara Holt"]
    assert speaker_pages.speakers(_cited("„Wer früh sät, erntet lange, sagt man hier seit jeher.“",
                                         "Henrike Sailer"), lang="de") == ["Henrike Sailer"]
    assert speaker_pages.speakers(
        "<p>“A proverb is only as true as the harvest that follows it,” said Mara Holt, who farms the upper "
        "valley.</p>") == ["Mara Holt"]


# ------------------------------------------------------------------ the writer asks


def test_the_writer_asking_names_no_one() -> None:
    assert speaker_pages.speakers("<p>„Waarom staat de poort de hele nacht open?” vroeg ik aan mijn buurman, "
                                  "Joost Brinkerink.</p>", lang="nl") == [None]
    assert speaker_pages.speakers("<p>„Warum steht das Tor die ganze Nacht offen?“, fragte ich meine Nachbarin "
                                  "Henrike Sailer.</p>", lang="de") == [None]
    assert speaker_pages.speakers("<p>”Varför står grinden öppen hela natten?” frågade jag min granne Sune "
                                  "Ekdahl.</p>", lang="sv") == [None]


def test_a_named_asker_keeps_the_name() -> None:
    # must not fire: the name after the verb, a pronoun of the third person, a German "ja" after the verb
    assert speaker_pages.speakers("<p>„Waarom staat de poort de hele nacht open?” vroeg Joost Brinkerink aan "
                                  "zijn buurman.</p>", lang="nl") == ["Joost Brinkerink"]
    assert speaker_pages.speakers("<p>Henrike Sailer wohnt seit Jahren am Tor.</p><p>„Warum steht das Tor die "
                                  "ganze Nacht offen?“, fragte sie.</p>", lang="de") == ["Henrike Sailer"]
    assert speaker_pages.speakers("<p>„Das Tor steht die ganze Nacht offen, und niemand kümmert sich“, sagte "
                                  "ja auch Henrike Sailer.</p>", lang="de") == ["Henrike Sailer"]


# ------------------------------------------------------------------ a described person's home


def test_a_described_persons_home_does_not_speak() -> None:
    assert speaker_pages.speakers("<p>“We carry water up the hill every morning,” says a farmer from Elm "
                                  "Hollow.</p>") == [None]
    assert speaker_pages.speakers("<p>”Vi bär vatten uppför backen varje morgon”, säger en bonde från "
                                  "Almdalen.</p>", lang="sv") == [None]
    assert speaker_pages.speakers("<p>«Каждое утро мы носим воду в гору», — говорит фермер из Вязовой "
                                  "Лощины.</p>", lang="ru") == [None]


def test_a_named_person_from_a_place_or_a_firms_spokesperson_keeps_the_name() -> None:
    # must not fire: a person named before "from", a spokesperson speaking for a firm, a Polish "z" ("with")
    assert speaker_pages.speakers("<p>“We carry water up the hill every morning,” says Mara Holt from Elm "
                                  "Hollow.</p>") == ["Mara Holt"]
    assert speaker_pages.speakers("<p>“We carry water up the hill every morning,” said a spokesperson from "
                                  "Elm Hollow Waterworks.</p>") == ["Elm Hollow Waterworks"]
    assert speaker_pages.speakers("<p>„Każdego ranka nosimy wodę pod górę” – powiedziała w rozmowie z "
                                  "„Głosem Doliny” Bogumiła Jastrzębska.</p>", lang="pl") == ["Bogumiła Jastrzębska"]


# ------------------------------------------------------------------ posts and letters read out: the poster, the writer


def test_an_embedded_posts_signature_line_names_its_poster() -> None:
    assert speaker_pages.speakers("<div class='tweet'><p>“Closed the kiln today after forty years. Thank you, "
                                  "everyone.”</p><p>— Quayside Pottery (@quaysidepots) March 2, 2024</p></div>") \
        == ["Quayside Pottery"]
    assert speaker_pages.speakers("<div class='post'><p>«Hoy cerramos el horno tras cuarenta años. Gracias a "
                                  "todos».</p><p>— Remedios Aldekoa (@remealdekoa) 2 de marzo de 2024</p></div>",
                                  lang="es") == ["Remedios Aldekoa"]


def test_a_line_under_a_post_that_is_no_signature_names_no_one() -> None:
    # must not fire: a line with no handle, a handle inside a sentence, a long line of prose
    assert speaker_pages.speakers("<div class='post'><p>“Closed the kiln today after forty years. Thank you, "
                                  "everyone.”</p><p>— posted March 2, 2024</p></div>") == [None]
    assert speaker_pages.speakers("<div class='post'><p>“Closed the kiln today after forty years. Thank you, "
                                  "everyone.”</p><p>Replies poured in for (@quaysidepots) all evening, most of "
                                  "them from regulars who remembered the first firing.</p></div>") == [None]
    assert speaker_pages.speakers("<div class='post'><p>“Closed the kiln today after forty years. Thank you, "
                                  "everyone.”</p><p>— see the thread (and its photos) for the rest</p></div>") == [None]


def test_a_letter_led_in_by_a_phrase_before_the_verb_is_its_writers() -> None:
    assert speaker_pages.speakers("<p>I et brev til kommunen skriver havnefoged Søren Lykkegaard:</p><p>»Vi kan "
                                  "ikke længere holde kajen åben om natten.«</p>", lang="da") == ["Søren Lykkegaard"]
    assert speaker_pages.speakers("<p>I ett brev till kommunen skriver hamnkapten Sune Ekdahl:</p><p>”Vi kan inte "
                                  "längre hålla kajen öppen på natten.”</p>", lang="sv") == ["Sune Ekdahl"]
    assert speaker_pages.speakers("<p>In een brief aan de gemeente schrijft havenmeester Joost Brinkerink:</p>"
                                  "<p>„We kunnen de kade ’s nachts niet langer openhouden.”</p>", lang="nl") \
        == ["Joost Brinkerink"]


def test_a_phrase_before_the_verb_with_its_subject_before_it_keeps_that_subject() -> None:
    # must not fire: the English "I" opening the sentence, a pronoun after the verb, a name before the verb
    assert speaker_pages.speakers("<p>I wrote to the harbour master, Sune Ekdahl, and asked:</p><p>“Why is the "
                                  "quay closed at night when the ferries still run?”</p>") == [None]
    assert speaker_pages.speakers("<p>Søren Lykkegaard er havnefoged.</p><p>I et brev til kommunen skriver han:"
                                  "</p><p>»Vi kan ikke længere holde kajen åben om natten.«</p>", lang="da") \
        == ["Søren Lykkegaard"]
    assert speaker_pages.speakers("<p>In een brief aan de gemeente Joost Brinkerink schrijft:</p><p>„We kunnen de "
                                  "kade ’s nachts niet langer openhouden.”</p>", lang="nl") == ["Joost Brinkerink"]


# ------------------------------------------------------------------ a message and its writer in the genitive


def test_a_message_and_its_writer_in_the_genitive_is_the_writers() -> None:
    block = "<blockquote>«Паром завтра не пойдёт. Прошу не ждать на пристани с утра».</blockquote>"
    assert speaker_pages.speakers(f"<p>Вечером в канале появилось сообщение Аркадия Пустовалова, главы посёлка:</p>"
                                  f"{block}", lang="ru") == ["Аркадий Пустовалов"]
    assert speaker_pages.speakers(f"<p>Вечером появилось заявление Милены Озёрской:</p>{block}", lang="ru") \
        == ["Милена Озёрская"]
    assert speaker_pages.speakers("<p>Wieczorem pojawił się wpis Bożeny Skrzypińskiej, radnej z Borowa:</p>"
                                  "<blockquote>„Prom jutro nie popłynie. Proszę nie czekać na przystani od rana.”"
                                  "</blockquote>", lang="pl") == ["Bożena Skrzypińska"]


def test_a_message_of_a_body_or_a_possessive_subject_names_no_one() -> None:
    # must not fire: a body in the genitive (one capitalised word), "his deputy", "Sein Stellvertreter"
    block = "<blockquote>«Паром завтра не пойдёт. Прошу не ждать на пристани с утра».</blockquote>"
    assert speaker_pages.speakers(f"<p>Вечером появилось сообщение Министерства транспорта:</p>{block}",
                                  lang="ru") == [None]
    assert speaker_pages.speakers(f"<p>Глава посёлка уехал. Его заместитель написал:</p>{block}", lang="ru") \
        == [None]
    assert speaker_pages.speakers("<p>Der Bürgermeister reiste ab. Sein Stellvertreter schrieb:</p><blockquote>"
                                  "„Die Fähre fährt morgen nicht. Bitte warten Sie nicht am Anleger.“</blockquote>",
                                  lang="de") == [None]


def test_a_possessive_before_a_name_set_off_keeps_the_name() -> None:
    # must not fire: the name set off after the possessive's noun
    assert speaker_pages.speakers("<p>The ferry stopped. His neighbour, Mara Holt, disagreed: “A late boat is "
                                  "better than no boat at all.”</p>") == ["Mara Holt"]
    assert speaker_pages.speakers("<p>Prom stanął. Jego sąsiadka, Bożena Skrzypczak, odpowiedziała: „Spóźniony "
                                  "prom jest lepszy niż żaden.”</p>", lang="pl") == ["Bożena Skrzypczak"]


def test_a_writer_in_a_genitive_the_endings_cannot_undo_names_no_one() -> None:
    # must not fire: a woman's surname that does not decline, whose nominative no ending gives for sure
    assert speaker_pages.speakers("<p>Wieczorem pojawił się wpis Bożeny Skrzypczak, radnej z Borowa:</p>"
                                  "<blockquote>„Prom jutro nie popłynie. Proszę nie czekać na przystani od rana.”"
                                  "</blockquote>", lang="pl") == [None]

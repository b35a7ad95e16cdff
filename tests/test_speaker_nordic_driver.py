"""Swedish, Danish and Norwegian "driver" is a verb (runs a business: "Åsa Lind driver kaféet"), not the
English post noun that makes the capitalised words before it a firm ("a Harbour Freight driver"): the
name before it is the person a later "hon", "hun" stands for. Read so in a text that writes the Nordic
letters or where an object's article follows ("driver en bager"); in English text the post stays."""

from __future__ import annotations

import speaker_pages


def test_swedish_runs_the_cafe() -> None:
    assert speaker_pages.speakers("<p>Märta Ekholm driver kaféet vid bron sedan länge. ”Om vintern är det "
                                  "tomt”, säger hon.</p>", lang="sv") == ["Märta Ekholm"]


def test_danish_runs_a_bakery_without_nordic_letters() -> None:
    assert speaker_pages.speakers("<p>Lise Kragh driver en lille bager i byen. »Om vinteren er det stille«, "
                                  "siger hun.</p>", lang="da") == ["Lise Kragh"]


def test_norwegian_runs_the_farm() -> None:
    assert speaker_pages.speakers("<p>Marit Sæther driver gården alene nå. «Om vinteren er det stille», "
                                  "sier hun.</p>", lang="nb") == ["Marit Sæther"]


# where it must not fire


def test_an_english_firm_before_its_driver() -> None:
    speakers = speaker_pages.speakers("<p>A Calderbank Freight driver was hurt on Tuesday. Nurse Ellen Marsh "
                                      "treated him. “He was lucky,” she said.</p>")
    assert "Calderbank Freight" not in speakers


def test_an_english_driver_with_an_article_word_after() -> None:
    speakers = speaker_pages.speakers("<p>The Harbour Freight driver en route to the port was stopped. Ellen Marsh "
                                      "saw it. “He was lucky,” she said.</p>")
    assert "Harbour Freight" not in speakers


def test_a_german_capitalised_driver_is_not_read() -> None:
    speakers = speaker_pages.speakers("<p>Die Spedition Löwenthal Logistik sucht Driver. Die Leiterin Eva Ott "
                                      "sagt: „Wir finden niemanden.“</p>", lang="de")
    assert speakers == ["Eva Ott"]

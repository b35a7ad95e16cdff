"""Speakers carried across sentences: the voice of a quote too short to list, given by its incise, going on
into the next quote; a transliterated surname standing for the name written in full with its middle dot.
Invented passages; each rule has passages where it must not fire."""

from __future__ import annotations

import cleanpage
from cleanpage.speakers import NameIndex

FILLER = "".join(f"<p>Background paragraph {i} on the workshop story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def speakers(paragraphs: str, lang: str = "es") -> list[str | None]:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Taller | Gaceta</title></head><body><article>"
            f"<h1>Taller</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


NIECE = "<p>Su sobrina, Marisa Toledano, abrió el taller en 2021. Marisa había estudiado diseño en Valencia.</p>"
SOLD = "«Pero los colores que más se venden son los que su madre odiaba.»"


def test_a_short_quote_whose_incise_drops_its_subject_hands_its_voice_on() -> None:
    assert speakers(f"{NIECE}<p>Marisa se ocupa de los tintes. «Peleamos bastante», reconoce. {SOLD}</p>") \
        == ["Marisa Toledano"]
    assert speakers("<p>La figlia, Chiara Benedetti, ha riaperto il forno nel 2020. Chiara aveva lavorato a "
                    "Torino.</p><p>Chiara prepara il lievito ogni notte. «Dormo poco», ammette. «Ma il pane del "
                    "mattino è quello che la gente ricorda.»</p>", "it") == ["Chiara Benedetti"]
    assert speakers("<p>O neto, Rui Fontoura, voltou à aldeia em 2019. Rui tinha estudado agronomia em "
                    "Coimbra.</p><p>Rui trata das vinhas velhas. «Discutimos imenso», admite. «Mas o vinho que "
                    "mais se vende é o que o avô nunca quis fazer.»</p>", "pt") == ["Rui Fontoura"]


def test_a_dropped_subject_is_the_first_name_a_sentence_opens_on_not_a_body_named_before() -> None:
    found = speakers("<p>Su sobrina, Marisa Toledano, abrió el taller en 2021.</p>"
                     "<p>Según un estudio de la Diputación de Teruel, el oficio «sigue vivo en muy pocos pueblos de "
                     "la comarca y de la provincia».</p>"
                     f"<p>Marisa se ocupa de los tintes. Le gusta probar mezclas raras. «Peleamos bastante», "
                     f"reconoce. {SOLD}</p>")
    assert found == ["Diputación de Teruel", "Marisa Toledano"]


def test_the_voice_stops_at_a_sentence_of_the_narrator_between() -> None:
    found = speakers(f"{NIECE}<p>Marisa se ocupa de los tintes. «Peleamos bastante», reconoce. El taller cierra "
                     f"a las seis y los sábados no abre. {SOLD}</p>")
    assert found == [None]


def test_an_incise_naming_someone_else_keeps_its_own_speaker() -> None:
    found = speakers("<p>Su sobrina, Marisa Toledano, abrió el taller en 2021. Su vecina, Rosa Quintanar, vende "
                     f"lana.</p><p>Marisa se ocupa de los tintes. «Peleamos bastante», reconoce Rosa Quintanar. "
                     f"{SOLD}</p>")
    assert found == ["Rosa Quintanar", "Rosa Quintanar"]


def test_a_short_term_with_no_incise_hands_on_no_voice() -> None:
    found = speakers(f"{NIECE}<p>Marisa se ocupa de los tintes, que su tía llama «de ciudad». {SOLD}</p>")
    assert found == [None]


def test_a_first_name_two_share_gives_the_dropped_subject_to_no_one() -> None:
    found = speakers("<p>Las hermanas Marisa Toledano y Marisa Quintanar abrieron el taller.</p>"
                     "<p>Según un estudio de la Diputación de Teruel, el oficio «sigue vivo en muy pocos pueblos de "
                     "la comarca y de la provincia».</p>"
                     f"<p>Marisa se ocupa de los tintes. Le gusta probar mezclas raras. «Peleamos bastante», "
                     f"reconoce. {SOLD}</p>")
    assert found == ["Diputación de Teruel", None]


ZH_FILLER = "".join(f"<p>这是关于港口渡轮的第{i}段背景文字，内容足够长，读者会把它当作文章正文的一部分来阅读和保留下来。</p>"
                    for i in range(4))
ZH_QUOTE = "指出：“每年春天的大潮都会把更多的沙子带进港口，我们必须尽快清理航道。”"


def zh_speakers(paragraphs: str) -> list[str | None]:
    html = ("<!doctype html><html lang='zh'><head><title>港口</title></head><body><article><h1>港口新闻</h1>"
            f"{ZH_FILLER}{paragraphs}</article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_a_transliterated_surname_stands_for_the_name_written_with_its_middle_dot() -> None:
    assert zh_speakers(f"<p>海洋大学地理系教授丹尼尔·霍特研究潮汐超过二十年。</p><p>霍特{ZH_QUOTE}</p>") == ["丹尼尔·霍特"]
    assert NameIndex("経済学者のマリア・ロペス氏は語った。ロペス氏は話した。").full("ロペス") == "マリア・ロペス"


def test_a_surname_two_dotted_names_share_stays_as_written() -> None:
    assert zh_speakers(f"<p>海洋大学地理系教授丹尼尔·霍特和船长安娜·霍特都参加了会议。</p><p>霍特{ZH_QUOTE}</p>") == ["霍特"]


def test_a_native_name_and_a_longer_name_are_not_taken_for_a_dotted_surname() -> None:
    assert zh_speakers(f"<p>海洋大学地理系教授王海涛研究潮汐超过二十年。</p><p>王海涛{ZH_QUOTE}</p>") == ["王海涛"]
    assert zh_speakers(f"<p>海洋大学教授丹尼尔·霍特研究潮汐。港务局局长霍特明也来了。</p><p>霍特明{ZH_QUOTE}</p>") == ["霍特明"]
    assert NameIndex("教授丹尼尔·霍特来了。").full("特") == "特"  # one character is no surname read so

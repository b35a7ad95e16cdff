"""An interview's "Q: …?" / "A: “…”" turns: of several names its opening holds, the one that opens a
block or a sentence (an office's word before it at most) is whom it introduces, a place or a body named
further in is not; question and answer labels in Turkish, Finnish, Indonesian, Vietnamese, Chinese and
other languages, and a question closing on another script's question mark ("؟", "？")."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format
B = "<p><b>{}</b></p>".format


def test_the_name_opening_the_paragraph_over_a_place_further_in() -> None:
    assert speaker_pages.speakers(P("Teodora Vallespir Nadal, 51, dirige desde hace veinte años el albergue de Puerto Calvín.")
                                  + B("Pregunta: ¿Por qué no cierra en invierno?")
                                  + P("Respuesta: «Porque en invierno es cuando los caminantes más lo necesitan.»"),
                                  lang="es") == ["Teodora Vallespir Nadal"]


def test_a_heading_name_over_a_district_named_after_it() -> None:
    assert speaker_pages.speakers("<h2>Gerlinde Auerhahn-Sommer: „Der Fluss gehört allen“</h2>"
                                  + P("Seit zwanzig Jahren fährt sie die Fähre im Landkreis Oberwiesen.")
                                  + B("Frage: Was ändert die neue Brücke für Sie?")
                                  + P("Antwort: „Weniger Fahrgäste, aber mehr Zeit für das Boot selbst.“"),
                                  lang="de")[-1] == "Gerlinde Auerhahn-Sommer"


def test_an_office_word_before_the_opening_name() -> None:
    assert speaker_pages.speakers(P("Kirjailija Aino Rautavaara-Lehto avaa näyttelyn ensi viikolla. Haastattelu: Petri Salminen.")
                                  + B("Kysymys: Miksi veistät aina kiveä?")
                                  + P("Vastaus: ”Koska kivi muistaa kaiken, mitä sille tehdään.”"),
                                  lang="fi") == ["Aino Rautavaara-Lehto"]


def test_turkish_and_indonesian_labels() -> None:
    assert speaker_pages.speakers(P("Defne Karaoğlu-Aksoy, yeni sergisini Kuzeykent Galerisi için anlattı.")
                                  + B("Soru: Neden hep deniz?")
                                  + P("Yanıt: “Çünkü deniz her gün başka bir renge bürünüyor.”"),
                                  lang="tr") == ["Defne Karaoğlu-Aksoy"]
    assert speaker_pages.speakers(P("Pelukis Sekar Wulandari Siregar membuka pameran pertamanya.")
                                  + B("T: Mengapa melukis sungai?")
                                  + P("J: “Karena sungai itu mengajari saya bersabar setiap hari.”"),
                                  lang="id") == ["Sekar Wulandari Siregar"]


def test_vietnamese_czech_and_romanian_labels() -> None:
    assert speaker_pages.speakers(P("Trần Thị Hồng đã dệt lụa ở Vạn Phúc hơn ba mươi năm.")
                                  + B("Hỏi: Điều gì khó nhất khi dệt lụa?")
                                  + P("Đáp: “Khó nhất là giữ cho sợi tơ không bị đứt giữa chừng.”"),
                                  lang="vi") == ["Trần Thị Hồng"]
    assert speaker_pages.speakers(P("Kateřina Dvořáková-Hrubá opravuje varhany už dvacet let.")
                                  + B("Otázka: Proč zrovna varhany?")
                                  + P("Odpověď: „Protože každé varhany mají svůj vlastní hlas a povahu.“"),
                                  lang="cs") == ["Kateřina Dvořáková-Hrubá"]
    assert speaker_pages.speakers(P("Ileana Mărgineanu-Costin predă vioara copiilor din sat de douăzeci de ani.")
                                  + B("Întrebare: De ce ați rămas în sat?")
                                  + P("Răspuns: „Pentru că aici copiii încă au timp să exerseze în fiecare zi.”"),
                                  lang="ro") == ["Ileana Mărgineanu-Costin"]


def test_two_names_opening_sentences_give_no_one() -> None:
    # must not fire: the interviewer and the one interviewed each open a sentence: either answers
    assert speaker_pages.speakers(P("Teodora Vallespir Nadal dirige el albergue. Rogelio Pardiñas Mato la entrevistó.")
                                  + B("Pregunta: ¿Por qué no cierra en invierno?")
                                  + P("Respuesta: «Porque en invierno es cuando los caminantes más lo necesitan.»"),
                                  lang="es") == [None]


def test_a_lone_letter_without_a_question_before_answers_nothing() -> None:
    # must not fire: a "J:" paragraph with no "T: …?" turn right before it is no answer
    assert speaker_pages.speakers(P("Pelukis Sekar Wulandari Siregar membuka pameran pertamanya.")
                                  + P("Pameran itu dibuka untuk umum sampai akhir bulan depan.")
                                  + P("J: “Karena sungai itu mengajari saya bersabar setiap hari.”"),
                                  lang="id") == [None]


def test_two_people_introduced_together_give_no_one() -> None:
    # must not fire: the opening introduces two people in one phrase ("X and Y both …"): either answers
    assert speaker_pages.speakers(P("Kellmouth is a small harbour town. Mara Quillan and Tobias Brennholt both grew up there.")
                                  + B("Q: What changed when the terminal opened?")
                                  + P("A: “Everything changed when the new terminal opened its doors.”")) == [None]
    assert speaker_pages.speakers(P("Gerda Wallmoor und Fritz Obendahl führen die Fähre seit zwanzig Jahren.")
                                  + B("Frage: Was hat sich geändert?")
                                  + P("Antwort: „Alles hat sich geändert, seit das neue Terminal offen ist.“"),
                                  lang="de") == [None]

"""Funding statements in the passive and "with the support of" forms of languages the detector read
weakly (Japanese, Turkish, Korean, Chinese, Arabic, Hebrew, Hindi, Indonesian, Vietnamese, Greek, Finnish,
Czech, Romanian, French, English): "was funded / supported by", "carried out with a foundation's grant",
"made possible thanks to funding from", a grant number, a sponsor line of its own ("Med stöd från X",
"При поддержке X", "S podporou X"); and the same words used as news (a ministry that
funded a road, a team's sponsor, a claim "supported by the evidence", a bill's backers), which are no
funding. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("The valley's farmers count their terraces every spring and write down how much grain each one gave, "
         "so that the village can see how the harvest changes from year to year.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Terraces", site="Valley Courier")


@pytest.mark.parametrize("lang, statement", [
    # a grant's number in brackets between the grant and its verb
    ("ja", "本研究は緑野環境財団の助成（課題番号 AB-2021-07）を受けて行われた。"),
    # "によって実現した", "の協賛で開催された"
    ("ja", "本プロジェクトは森川財団の支援によって実現した。"),
    ("ja", "この展覧会は北浜文化財団の協賛で開催された。"),
    # a work opening its sentence under a foundation's grant, no "this"
    ("ja", "修復は山辺文化財団の助成を受けて行われた。"),
    # the work opening its sentence, a named funder as the agent or the sponsor
    ("tr", "Çalışma, Yeşilova Kent Ekolojisi Vakfı tarafından desteklendi (proje no. YKV-2021-58)."),
    ("tr", "Çalıştay, Akçam Vakfı ve Lale Tohumculuk sponsorluğunda düzenlendi."),
    ("tr", "Araştırma, Dağlık Tarım Fonu tarafından finanse edildi."),
    ("tr", "Proje, Vadi Kalkınma Ajansı'nın desteğiyle gerçekleştirildi."),
    ("tr", "Konferans, Karadeniz Vakfı'nın katkılarıyla düzenlendi."),
    ("ko", "이 연구는 한빛과학재단의 지원으로 이루어졌다."),
    ("zh", "本研究在松林基金会的支持下完成。"),
    ("zh", "本報導由青山新聞基金會資助。"),
    ("ar", "الدراسة مولتها مؤسسة الوادي للعلوم."),
    ("he", "המחקר מומן על ידי הקרן הלאומית למדע."),
    ("he", "מחקר זה נתמך על ידי הקרן הלאומית למדע (מענק מס' 1234/21)."),
    ("he", "הפרויקט נעשה בתמיכת קרן העמק."),
    ("he", "המחקר מומן בחלקו על ידי קרן העמק."),
    ("hi", "यह परियोजना घाटी फाउंडेशन के सहयोग से संचालित की गई।"),
    ("hi", "इस अध्ययन को घाटी विज्ञान फाउंडेशन का समर्थन प्राप्त था।"),
    ("id", "Studi tersebut didanai oleh Yayasan Lembah Hijau (hibah No. 2021/045)."),
    ("id", "Kegiatan ini terselenggara berkat dukungan Yayasan Lembah Hijau."),
    ("id", "Penelitian ini mendapat dukungan dana dari Yayasan Lembah Hijau."),
    ("vi", "Nghiên cứu này được tài trợ bởi Quỹ Phát triển Khoa học Thung Lũng."),
    ("vi", "Nghiên cứu được tài trợ bởi Quỹ Phát triển Khoa học Thung Lũng trong đề tài mã số 106.05-2021.12."),
    ("vi", "Dự án này được thực hiện với sự hỗ trợ của Quỹ Thung Lũng Xanh."),
    ("vi", "Nghiên cứu này nhận được tài trợ từ Quỹ Thung Lũng Xanh."),
    ("el", "Η μελέτη υποστηρίχθηκε από το Ίδρυμα Κοιλάδας."),
    # a word with its accent ("χρηματοδότηση") passes the gate
    ("el", "Το έργο υλοποιήθηκε με τη χρηματοδότηση του Ιδρύματος Κοιλάδας."),
    ("fi", "Hanketta tuki Laakson kulttuurisäätiö."),
    ("fi", "Juttu on tehty Laakson journalismisäätiön apurahalla."),
    ("cs", "Výzkum podpořila Nadace Údolí."),
    ("cs", "Projekt byl podpořen Nadací Údolí."),
    ("ro", "Studiul a fost susținut de Fundația Valea Verde."),
    ("ro", "Lucrarea a fost finanțată prin grantul nr. PN-III-P4-2021-0123."),
    ("fr", "Ce travail bénéficie du soutien de l’Agence régionale des sciences humaines."),
    ("en", "The Millbrook orchard is made possible thanks to funding from the Valley Community Lottery Fund."),
    # events, conferences, exhibitions and reports: the same verbs on other works
    ("ja", "本記事の取材は山辺報道基金の支援を受けて行いました。"),
    ("ja", "本展は緑陰財団の助成により実現しました。"),
    ("ko", "본 행사는 청솔문화재단의 후원으로 열렸다."),
    ("zh", "本研究获青山基金会资助。"),
    ("zh", "本次活动由松林文化基金会赞助举办。"),
    ("hi", "इस शोध को घाटी विज्ञान फाउंडेशन द्वारा वित्तीय सहायता प्रदान की गई।"),
    ("id", "Acara ini disponsori oleh Bank Lembah dan Yayasan Lembah Hijau."),
    ("vi", "Hội thảo được tổ chức với sự tài trợ của Quỹ Thung Lũng Xanh."),
    ("el", "Το συνέδριο πραγματοποιήθηκε με την υποστήριξη του Ιδρύματος Κοιλάδας."),
    ("el", "Η παρούσα μελέτη χρηματοδοτήθηκε από το Ίδρυμα Κοιλάδας (αρ. επιχορήγησης 1234)."),
    ("fi", "Tutkimus on saanut rahoitusta Laakson tiedesäätiöltä."),
    ("cs", "Konference se konala s finanční podporou Nadace Údolí."),
    ("ro", "Evenimentul a fost organizat cu sprijinul Fundației Valea Verde."),
    ("da", "Konferencen er støttet af Dalfonden."),
    ("tr", "Araştırma TÜBİTAK tarafından 121K345 numaralı proje kapsamında desteklendi."),
])
def test_a_funding_statement_at_the_story_end_is_the_field(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("ja", "改修は市の補助を受けて行われた。"),
    ("ja", "チームは地元企業の協賛を受けて大会に出場した。"),
    ("tr", "Proje, muhalefet tarafından desteklendi."),
    ("tr", "Proje, meclisteki tüm partiler tarafından desteklendi."),
    ("tr", "Maç, bir bahis şirketinin sponsorluğunda oynandı."),
    ("tr", "Kulüp, Yıldız Bankası sponsorluğunda sezona başladı."),
    ("tr", "Bakanlık yeni yolu finanse etti."),
    ("ko", "이 법안은 야당의 지원을 받아 통과되었다."),
    ("zh", "该市在政府的支持下完成了新道路的建设。"),
    ("ar", "المشروع مولته الحكومة العام الماضي."),
    ("he", "הטענה נתמכת על ידי הראיות."),
    ("he", "העירייה מימנה את הכביש החדש בשנה שעברה."),
    ("hi", "इस प्रस्ताव को विपक्ष का समर्थन प्राप्त था।"),
    ("id", "Klub itu mendapat dukungan dana dari sponsor baru."),
    ("id", "Klaim ini didukung oleh bukti yang kuat."),
    ("vi", "Đội bóng được tài trợ bởi một ngân hàng địa phương."),
    ("vi", "Dự án đường cao tốc được tài trợ bởi Ngân hàng Phát triển."),
    ("el", "Η θεωρία υποστηρίχθηκε από τα στοιχεία."),
    ("fi", "Hanketta tuki myös kaupunginvaltuusto."),
    ("cs", "Projekt podpořila většina poslanců."),
    ("ro", "Proiectul de lege a fost susținut de opoziție."),
    ("ro", "Echipa a fost sponsorizată de o bancă locală."),
    ("fr", "La fête du village bénéficie du soutien des habitants."),
    ("en", "The new road was made possible thanks to funding from the Ministry of Transport."),
    ("ja", "大会は地元企業の協賛で開催された、と主催者は話した。"),
    ("zh", "在政府的支持下，新道路已经完工。"),
    ("he", "הקבוצה נתמכה על ידי האוהדים לאורך כל העונה."),
    ("id", "Klub sepak bola itu disponsori oleh Bank Lembah."),
    ("vi", "Đội tuyển được hỗ trợ bởi Liên đoàn Bóng đá."),
    ("el", "Η πρόταση υποστηρίχθηκε από την αντιπολίτευση."),
    ("cs", "Silnici financovalo Ministerstvo dopravy."),
    ("ro", "Drumul a fost finanțat de Ministerul Transporturilor."),
    ("tr", "Takım, Yıldız Bankası tarafından sponsor edildi."),
    ("tr", "Yol projesi, Ulaştırma Bakanlığı tarafından finanse edildi."),
    ("sv", "Laget sponsras av en lokal bank."),
])
def test_money_or_support_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, notice", [
    ("sv", "Med stöd från Dalstiftelsen"),
    ("no", "Med støtte fra Fritt Ord"),
    ("ru", "При поддержке Фонда Долины"),
    ("uk", "За підтримки Фонду Долини"),
    ("vi", "Với sự tài trợ của Quỹ Thung Lũng Xanh"),
    ("he", "בתמיכת קרן העמק לעיתונות"),
    ("id", "Dengan dukungan dari Yayasan Lembah Hijau"),
    ("id", "Didukung oleh Yayasan Lembah Hijau"),
    ("cs", "S podporou Nadace Údolí"),
    ("ro", "Cu sprijinul Fundației Valea Verde"),
    ("el", "Με την υποστήριξη του Ιδρύματος Κοιλάδας"),
    ("tr", "Akçam Vakfı'nın katkılarıyla"),
    ("fi", "Laakson säätiön tuella"),
    ("hu", "A Völgyi Alapítvány támogatásával"),
    ("hi", "घाटी पत्रकारिता कोष के सहयोग से"),
    ("zh", "由松林文化基金会资助"),
])
def test_a_sponsor_line_of_its_own_is_the_field(lang: str, notice: str) -> None:
    article = cleanpage.clean(page(lang, notice))
    assert article.funding is not None and notice in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "При поддержке губернатора мост достроили в срок."),
    ("uk", "За підтримки громади школу відремонтували за місяць."),
    ("sv", "Med stöd från EU har kommunen byggt en ny väg."),
    ("vi", "Với sự hỗ trợ của người dân, đội cứu hộ đã tìm thấy các nạn nhân."),
    ("he", "בתמיכת האוהדים, הקבוצה ניצחה במשחק."),
    ("id", "Didukung oleh ribuan suporter, tim itu menang 2-0."),
    ("cs", "S podporou fanoušků tým vyhrál."),
    ("el", "Με την υποστήριξη των οπαδών η ομάδα κέρδισε."),
    ("ro", "Cu sprijinul vecinilor, familia și-a reconstruit casa."),
    ("tr", "Takım, taraftarlarının desteğiyle maçı kazandı."),
    ("fi", "Kylä rakensi sillan valtion tuella."),
    ("hu", "A falu a kormány támogatásával épített új hidat."),
    ("zh", "由政府资助的新道路已经完工。"),
])
def test_a_sentence_that_opens_with_support_is_no_notice(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, line", [
    ("en", "With the support of local fans"),
    ("en", "With the generous support of our readers"),
    ("ru", "При поддержке болельщиков команда выиграла"),
    ("id", "Didukung oleh warga setempat"),
    ("cs", "S podporou fanoušků"),
    ("tr", "Taraftarların desteğiyle"),
    ("sv", "Med stöd från grannarna"),
])
def test_a_line_of_support_from_someone_unnamed_is_no_notice(lang: str, line: str) -> None:
    # a caption or a line of its own with support alone, from a crowd, fans or readers: nobody funds the work
    assert cleanpage.clean(page(lang, line)).funding is None


@pytest.mark.parametrize("lang, line", [
    ("en", "With the support of the Harbour Arts Council"),
    ("cs", "S podporou Ministerstva kultury"),
    ("tr", "TÜBİTAK desteğiyle"),
])
def test_a_line_of_support_from_a_named_body_is_the_field(lang: str, line: str) -> None:
    article = cleanpage.clean(page(lang, line))
    assert article.funding is not None and line in article.funding


@pytest.mark.parametrize("sentence", [
    "Projekt realizowany przy wsparciu mieszkańców okazał się sukcesem.",
    "Projekt zrealizowany przy wsparciu mieszkańców okazał się sukcesem.",
])
def test_a_polish_project_with_residents_help_is_no_funding(sentence: str) -> None:
    # "przy wsparciu" names no supporter here: the residents' help is news, not a funder
    assert cleanpage.clean(page("pl", sentence)).funding is None


def test_a_polish_project_with_a_named_supporter_is_the_field() -> None:
    sentence = "Projekt realizowany przy wsparciu Fundacji Doliny Wisły."
    article = cleanpage.clean(page("pl", sentence))
    assert article.funding is not None and sentence in article.funding

"""Funding statements in Greek, Romanian, Swahili, Hindi, Norwegian, Hungarian, Malay, Thai and Bengali at a story's end ("The research was funded
by …", "This report was made with the support of …"), and the same verbs for money reported as news
further on in a sentence, which are no funding. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = {
    "el": "Οι ψαράδες του μικρού λιμανιού μετρούν κάθε πρωί τα δίχτυα τους και σημειώνουν πόσα ψάρια έπιασαν, "
          "ώστε να φανεί πώς αλλάζει η θάλασσα από χρόνο σε χρόνο.",
    "ro": "Pescarii din micul port își numără în fiecare dimineață plasele și notează câți pești au prins, ca să "
          "se vadă cum se schimbă marea de la un an la altul.",
    "sw": "Wavuvi wa bandari ndogo huhesabu nyavu zao kila asubuhi na kuandika idadi ya samaki waliovua, ili "
          "kuona jinsi bahari inavyobadilika mwaka hadi mwaka.",
    "hi": "छोटे बंदरगाह के मछुआरे हर सुबह अपने जाल गिनते हैं और लिखते हैं कि कितनी मछलियाँ पकड़ीं, ताकि "
          "पता चले कि समुद्र साल दर साल कैसे बदल रहा है।",
    "nb": "Fiskerne i den lille havna teller garna hver morgen og skriver ned hvor mye fisk de fikk, slik at man "
          "kan se hvordan havet endrer seg fra år til år.",
    "hu": "A kis kikötő halászai minden reggel megszámolják a hálóikat, és feljegyzik, mennyi halat fogtak, hogy "
          "látsszon, hogyan változik a tenger évről évre.",
    "ms": "Nelayan di pelabuhan kecil itu mengira jala mereka setiap pagi dan mencatat jumlah ikan yang ditangkap, "
          "supaya dapat dilihat bagaimana laut berubah dari tahun ke tahun.",
    "th": "ชาวประมงในท่าเรือเล็กนับอวนทุกเช้าและจดจำนวนปลาที่จับได้ เพื่อให้เห็นว่าทะเลเปลี่ยนไปอย่างไรในแต่ละปี "
          "และใช้ข้อมูลนี้วางแผนการออกเรือในฤดูกาลถัดไป",
    "bn": "ছোট বন্দরের জেলেরা প্রতিদিন সকালে জাল গোনেন এবং কত মাছ ধরেছেন তা লিখে রাখেন, যাতে বোঝা যায় "
          "সমুদ্র বছর বছর কীভাবে বদলাচ্ছে।",
}


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY[lang], headline="Nets", site="Coast Courier")


@pytest.mark.parametrize("lang, statement", [
    ("el", "Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Θαλάσσιων Ερευνών Αιγαίου."),
    ("el", "Το πρόγραμμα υλοποιήθηκε με τη στήριξη του Ταμείου Παράκτιων Κοινοτήτων."),
    ("ro", "Acest articol a fost realizat cu sprijinul Fundației pentru Presa Locală."),
    ("ro", "Studiul a fost finanțat de Fondul pentru Cercetarea Mării Negre."),
    ("sw", "Utafiti huu ulifadhiliwa na Mfuko wa Uvuvi wa Pwani."),
    ("sw", "Makala hii imefadhiliwa na Shirika la Habari za Bahari."),
    ("hi", "यह अध्ययन तटीय मत्स्य कोष की वित्तीय सहायता से किया गया।"),
    ("hi", "यह रिपोर्ट तटीय पत्रकारिता कोष के सहयोग से तैयार की गई है।"),
    ("nb", "Denne saken er laget med støtte fra Stiftelsen for Kystjournalistikk."),
    ("hu", "A kutatást a Tengeri Halászati Alapítvány támogatta."),
    ("hu", "A cikk a Helyi Sajtóért Alapítvány támogatásával készült."),
    ("ms", "Kajian ini dibiayai oleh Yayasan Penyelidikan Pantai."),
    ("th", "งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิวิจัยชายฝั่ง"),
    ("bn", "এই গবেষণাটি উপকূলীয় মৎস্য তহবিলের অর্থায়নে পরিচালিত হয়েছে।"),
])
def test_a_funding_statement_at_the_story_end_is_the_field(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentence", [
    # the work under a definite article further on in the sentence: the story's project, not the page's
    ("el", "Ο δήμος έδωσε χρήματα για το λιμάνι, και το έργο χρηματοδοτήθηκε από μια τοπική τράπεζα."),
    ("ro", "Primăria a dat bani pentru port, iar proiectul a fost finanțat de o bancă locală."),
    # money reported as news, no work of the page funded
    ("sw", "Serikali ilitoa fedha kwa wavuvi wa bandari hiyo mwaka jana, alisema waziri."),
    ("hi", "सरकार ने मछुआरों को पिछले साल नई नावों के लिए सहायता दी थी।"),
    ("hu", "A projektet a város támogatta, és a munkák tavasszal kezdődnek."),
])
def test_money_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


STORY["en"] = ("We walked the ridge trail at first light, carried two bottles each and stopped at every bend to "
               "look back over the valley as the sun came up behind the hills.")


@pytest.mark.parametrize("disclosure", [
    "This post has been compensated by Northwind Press Ltd. on behalf of a client. Every view here is mine.",
    "This post was compensated by @lanternfoods. All thoughts are my own.",
    "I was compensated by Lantern Foods for this review, but all opinions are my own.",
])
def test_a_sponsored_posts_compensation_disclosure_is_the_field(disclosure: str) -> None:
    """A blog's disclosure that a named firm paid for the post is its sponsor statement."""
    article = cleanpage.clean(page("en", disclosure))
    assert article.funding is not None and disclosure in article.funding


@pytest.mark.parametrize("sentence", [
    "The families were compensated by the council after the harbour wall gave way last winter.",
    "I may be compensated if you buy something through the links on this page.",
    "I was compensated by the insurer for my broken arm, months after the fall.",
])
def test_compensation_as_news_or_affiliate_links_is_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("en", sentence)).funding is None

"""Builds held-out funding round 146 (pages.tar.xz and labels.json beside this file, ids r146-001...).

Written blind by a helper from the definition of `funding` alone, without reading the detector's
code, its tests or the earlier rounds' cases: a community seed library (seeds lent in spring and
returned after harvest) told by the kinds of sites that write about one in 2026, each page in its
full chrome (cookie banner, navigation, share bar, newsletter box, related stories, a site footer
that on every other page carries the site's own "supported by" partner strip): 136 pages, 67 with a
statement and 69 without, in 41 languages: en, de, fr, es, it, pt, nl, pl, cs, sk, sv, da, nb, fi,
et, lt, hu, ro, bg, hr, sl, sr, uk, ru, el, tr, ar, he, fa, hi, bn, ta, th, vi, id, tl, sw, zh, ja,
ko, ca. Positives: university and institute press releases (the statement as the last paragraph
before the "About" boilerplate and the media contact), nonprofit newsroom stories ending "This story
was produced with support from ...", magazine features, podcast episode pages, project and
conference pages, thesis and report landing pages (tables, definition lists), museum exhibition
pages (asides), open-source project pages; statements under headings, as one sentence, in asides,
<details>, tables, captions, article footers and a sponsor dialog, some beside thanks or
competing-interest sections. Negatives use the same words: "support our journalism" boxes,
"supported by readers like you", affiliate and advertising disclosures, "Sponsored" labels, funders'
grants to other projects as news, budget stories, investment rounds, supported platforms, thanks
with no support clause, partner strips.

usage: python benchmarks/funding-round146/make_pages.py
"""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from probe_corpus import write_corpus

# Site chrome per language: home, news, about, contact, cookie notice, accept, share, newsletter,
# subscribe, related, the site's own partner line, media contact, the "About" boilerplate ({site}).
CHROME_FIELDS = ("home", "news", "about", "contact", "cookie", "accept", "share", "newsletter",
                 "subscribe", "related", "site_support", "media", "blurb")
CHROME = {
    "en": ("Home", "News", "About us", "Contact", "We use cookies to improve your experience.", "Accept all",
           "Share", "Get our weekly newsletter", "Subscribe", "Related stories", "This website is supported by",
           "Media contact", "{site} is a public research university with 14,000 students and staff."),
    "de": ("Startseite", "Aktuelles", "Über uns", "Kontakt", "Wir verwenden Cookies, um unsere Website zu verbessern.",
           "Alle akzeptieren", "Teilen", "Unser Newsletter", "Abonnieren", "Das könnte Sie auch interessieren",
           "Diese Website wird unterstützt von", "Pressekontakt",
           "{site} ist eine öffentliche Hochschule mit rund 9.000 Studierenden."),
    "fr": ("Accueil", "Actualités", "À propos", "Contact", "Ce site utilise des cookies pour mesurer l’audience.",
           "Tout accepter", "Partager", "Recevez notre lettre d’information", "S’inscrire", "À lire aussi",
           "Ce site est soutenu par", "Contact presse",
           "{site} est un établissement public de recherche qui compte 1 200 agents."),
    "es": ("Inicio", "Noticias", "Quiénes somos", "Contacto", "Usamos cookies para mejorar tu experiencia.",
           "Aceptar todas", "Compartir", "Suscríbete a nuestro boletín", "Suscribirme", "Noticias relacionadas",
           "Este sitio web cuenta con el apoyo de", "Contacto de prensa",
           "{site} es una universidad pública con más de 20.000 estudiantes."),
    "it": ("Home", "Notizie", "Chi siamo", "Contatti", "Questo sito utilizza cookie tecnici e di profilazione.",
           "Accetta tutto", "Condividi", "Iscriviti alla newsletter", "Iscriviti", "Articoli correlati",
           "Questo sito è sostenuto da", "Ufficio stampa", "{site} è un ateneo pubblico con 18.000 studenti."),
    "pt": ("Início", "Notícias", "Sobre nós", "Contactos", "Utilizamos cookies para melhorar a sua experiência.",
           "Aceitar todos", "Partilhar", "Receba a nossa newsletter", "Subscrever", "Leia também",
           "Este site é apoiado por", "Contacto para a imprensa",
           "{site} é uma instituição pública de ensino superior com 11 000 estudantes."),
    "nl": ("Home", "Nieuws", "Over ons", "Contact", "Wij gebruiken cookies om de site te verbeteren.",
           "Alles accepteren", "Delen", "Ontvang onze nieuwsbrief", "Aanmelden", "Meer nieuws",
           "Deze website wordt ondersteund door", "Persvoorlichting",
           "{site} is een openbare universiteit met 16.000 studenten."),
    "pl": ("Strona główna", "Aktualności", "O nas", "Kontakt", "Używamy plików cookie.", "Akceptuję",
           "Udostępnij", "Zapisz się do newslettera", "Zapisz się", "Czytaj także", "Serwis wspiera",
           "Kontakt dla mediów", "{site} to publiczna uczelnia badawcza kształcąca 15 000 studentów."),
    "cs": ("Úvod", "Aktuality", "O nás", "Kontakt", "Tento web používá soubory cookie.", "Přijmout vše",
           "Sdílet", "Odebírejte náš newsletter", "Odebírat", "Související články", "Tento web podporuje",
           "Kontakt pro média", "{site} je veřejná vysoká škola s 8 000 studenty."),
    "sk": ("Domov", "Aktuality", "O nás", "Kontakt", "Táto stránka používa súbory cookie.", "Prijať všetko",
           "Zdieľať", "Odoberajte náš newsletter", "Odoberať", "Súvisiace články", "Túto stránku podporuje",
           "Kontakt pre médiá", "{site} je verejná vysoká škola so 7 000 študentmi."),
    "sv": ("Start", "Nyheter", "Om oss", "Kontakt", "Vi använder kakor för att förbättra webbplatsen.",
           "Godkänn alla", "Dela", "Prenumerera på vårt nyhetsbrev", "Prenumerera", "Läs också",
           "Webbplatsen stöds av", "Presskontakt", "{site} är ett statligt universitet med 12 000 studenter."),
    "da": ("Forside", "Nyheder", "Om os", "Kontakt", "Vi bruger cookies til statistik.", "Accepter alle",
           "Del", "Tilmeld dig vores nyhedsbrev", "Tilmeld", "Læs også", "Hjemmesiden er støttet af",
           "Pressekontakt", "{site} er et offentligt universitet med 10.000 studerende."),
    "nb": ("Forsiden", "Nyheter", "Om oss", "Kontakt", "Vi bruker informasjonskapsler.", "Godta alle",
           "Del", "Meld deg på nyhetsbrevet", "Meld meg på", "Les også", "Nettstedet er støttet av",
           "Pressekontakt", "{site} er et statlig universitet med 13 000 studenter."),
    "fi": ("Etusivu", "Uutiset", "Tietoa meistä", "Yhteystiedot", "Käytämme evästeitä.", "Hyväksy kaikki",
           "Jaa", "Tilaa uutiskirjeemme", "Tilaa", "Lue myös", "Sivustoa tukee", "Mediayhteydet",
           "{site} on monitieteinen yliopisto, jossa opiskelee 11 000 opiskelijaa."),
    "et": ("Avaleht", "Uudised", "Meist", "Kontakt", "Kasutame küpsiseid.", "Nõustun", "Jaga",
           "Telli meie uudiskiri", "Telli", "Loe ka", "Veebilehte toetab", "Meediakontakt",
           "{site} on avalik-õiguslik ülikool, kus õpib 6000 üliõpilast."),
    "lt": ("Pradžia", "Naujienos", "Apie mus", "Kontaktai", "Naudojame slapukus.", "Sutinku", "Dalintis",
           "Prenumeruokite naujienlaiškį", "Prenumeruoti", "Taip pat skaitykite", "Svetainę remia",
           "Kontaktai žiniasklaidai", "{site} yra valstybinis universitetas, kuriame studijuoja 9 000 studentų."),
    "hu": ("Főoldal", "Hírek", "Rólunk", "Kapcsolat", "Weboldalunk sütiket használ.", "Elfogadom",
           "Megosztás", "Iratkozzon fel hírlevelünkre", "Feliratkozom", "Kapcsolódó cikkek",
           "A honlapot támogatja", "Sajtókapcsolat", "A(z) {site} állami egyetem 14 000 hallgatóval."),
    "ro": ("Acasă", "Știri", "Despre noi", "Contact", "Folosim cookie-uri.", "Accept tot", "Distribuie",
           "Abonează-te la newsletter", "Abonare", "Articole similare", "Acest site este susținut de",
           "Contact presă", "{site} este o universitate publică cu 17.000 de studenți."),
    "bg": ("Начало", "Новини", "За нас", "Контакти", "Този сайт използва бисквитки.", "Приемам",
           "Сподели", "Абонирайте се за бюлетина", "Абонирай се", "Още по темата", "Сайтът се подкрепя от",
           "Контакт за медии", "{site} е държавен университет с 12 000 студенти."),
    "hr": ("Naslovnica", "Vijesti", "O nama", "Kontakt", "Ova stranica koristi kolačiće.", "Prihvaćam",
           "Podijeli", "Prijavite se na newsletter", "Prijava", "Povezane vijesti", "Stranicu podržava",
           "Kontakt za medije", "{site} javno je sveučilište s 10 000 studenata."),
    "sl": ("Domov", "Novice", "O nas", "Kontakt", "Spletna stran uporablja piškotke.", "Sprejmem",
           "Deli", "Naročite se na e-novice", "Naroči", "Sorodne novice", "Spletno stran podpira",
           "Kontakt za medije", "{site} je javna univerza z 9000 študenti."),
    "sr": ("Почетна", "Вести", "О нама", "Контакт", "Овај сајт користи колачиће.", "Прихватам",
           "Подели", "Пријавите се за билтен", "Пријава", "Повезане вести", "Сајт подржава",
           "Контакт за медије", "{site} је државни универзитет са 14.000 студената."),
    "uk": ("Головна", "Новини", "Про нас", "Контакти", "Ми використовуємо файли cookie.", "Прийняти все",
           "Поділитися", "Підпишіться на розсилку", "Підписатися", "Читайте також", "Сайт підтримує",
           "Контакти для медіа", "{site} — державний університет, де навчається 16 000 студентів."),
    "ru": ("Главная", "Новости", "О нас", "Контакты", "Мы используем файлы cookie.", "Принять все",
           "Поделиться", "Подпишитесь на рассылку", "Подписаться", "Читайте также", "Сайт поддерживает",
           "Контакты для прессы", "{site} — государственный университет, в котором учатся 15 000 студентов."),
    "el": ("Αρχική", "Νέα", "Σχετικά", "Επικοινωνία", "Χρησιμοποιούμε cookies.", "Αποδοχή όλων",
           "Κοινοποίηση", "Εγγραφείτε στο ενημερωτικό δελτίο", "Εγγραφή", "Σχετικά άρθρα",
           "Ο ιστότοπος υποστηρίζεται από", "Επικοινωνία για τα ΜΜΕ",
           "Το {site} είναι δημόσιο πανεπιστήμιο με 13.000 φοιτητές."),
    "tr": ("Ana sayfa", "Haberler", "Hakkımızda", "İletişim", "Bu sitede çerezler kullanılmaktadır.",
           "Tümünü kabul et", "Paylaş", "Bültenimize abone olun", "Abone ol", "İlgili haberler",
           "Bu site şu kurumların desteğiyle yayındadır:", "Basın iletişim",
           "{site}, 20.000 öğrencisi olan bir devlet üniversitesidir."),
    "ar": ("الرئيسية", "الأخبار", "من نحن", "اتصل بنا", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.", "قبول الكل",
           "شارك", "اشترك في نشرتنا البريدية", "اشترك", "أخبار ذات صلة", "يحظى هذا الموقع بدعم",
           "للتواصل الإعلامي", "{site} جامعة حكومية تضم 18 ألف طالب."),
    "he": ("דף הבית", "חדשות", "אודות", "צור קשר", "אתר זה משתמש בעוגיות.", "אישור", "שיתוף",
           "הירשמו לניוזלטר", "הרשמה", "כתבות נוספות", "האתר נתמך על ידי", "קשר לתקשורת",
           "{site} היא אוניברסיטה ציבורית עם 12,000 סטודנטים."),
    "fa": ("خانه", "اخبار", "درباره ما", "تماس", "این وب‌سایت از کوکی استفاده می‌کند.", "می‌پذیرم",
           "اشتراک‌گذاری", "عضویت در خبرنامه", "عضویت", "مطالب مرتبط", "این وب‌سایت با حمایت",
           "روابط عمومی", "{site} دانشگاهی دولتی با ۱۴ هزار دانشجو است."),
    "hi": ("होम", "समाचार", "हमारे बारे में", "संपर्क", "हम कुकीज़ का उपयोग करते हैं।", "सभी स्वीकार करें",
           "साझा करें", "हमारा न्यूज़लेटर पाएं", "सदस्यता लें", "संबंधित खबरें", "यह वेबसाइट समर्थित है:",
           "मीडिया संपर्क", "{site} एक सार्वजनिक विश्वविद्यालय है जिसमें 15,000 विद्यार्थी पढ़ते हैं।"),
    "bn": ("প্রথম পাতা", "খবর", "আমাদের সম্পর্কে", "যোগাযোগ", "আমরা কুকি ব্যবহার করি।", "সব গ্রহণ করুন",
           "শেয়ার করুন", "আমাদের নিউজলেটার নিন", "সাবস্ক্রাইব", "আরও পড়ুন", "এই ওয়েবসাইটের সহযোগী",
           "মিডিয়া যোগাযোগ", "{site} একটি সরকারি বিশ্ববিদ্যালয়, যেখানে ১২ হাজার শিক্ষার্থী পড়ে।"),
    "ta": ("முகப்பு", "செய்திகள்", "எங்களைப் பற்றி", "தொடர்பு", "இந்த தளம் குக்கீகளைப் பயன்படுத்துகிறது.",
           "ஏற்கிறேன்", "பகிர்", "எங்கள் செய்திமடலைப் பெறுங்கள்", "பதிவு செய்", "தொடர்புடைய செய்திகள்",
           "இந்த இணையதளத்தின் ஆதரவாளர்கள்", "ஊடகத் தொடர்பு",
           "{site} 10,000 மாணவர்கள் பயிலும் ஒரு பொதுப் பல்கலைக்கழகம்."),
    "th": ("หน้าแรก", "ข่าว", "เกี่ยวกับเรา", "ติดต่อ", "เว็บไซต์นี้ใช้คุกกี้", "ยอมรับทั้งหมด", "แชร์",
           "รับจดหมายข่าวของเรา", "สมัครรับข่าว", "ข่าวที่เกี่ยวข้อง", "เว็บไซต์นี้ได้รับการสนับสนุนจาก",
           "ติดต่อสื่อมวลชน", "{site} เป็นมหาวิทยาลัยรัฐที่มีนักศึกษา 20,000 คน"),
    "vi": ("Trang chủ", "Tin tức", "Giới thiệu", "Liên hệ", "Trang web này sử dụng cookie.", "Đồng ý",
           "Chia sẻ", "Đăng ký nhận bản tin", "Đăng ký", "Tin liên quan", "Trang web được hỗ trợ bởi",
           "Liên hệ báo chí", "{site} là trường đại học công lập với 16.000 sinh viên."),
    "id": ("Beranda", "Berita", "Tentang kami", "Kontak", "Situs ini menggunakan cookie.", "Terima semua",
           "Bagikan", "Berlangganan buletin kami", "Berlangganan", "Berita terkait", "Situs ini didukung oleh",
           "Kontak media", "{site} adalah perguruan tinggi negeri dengan 25.000 mahasiswa."),
    "tl": ("Home", "Balita", "Tungkol sa amin", "Makipag-ugnayan", "Gumagamit ang site na ito ng cookies.",
           "Tanggapin lahat", "Ibahagi", "Mag-subscribe sa aming newsletter", "Mag-subscribe",
           "Kaugnay na balita", "Ang website na ito ay suportado ng", "Para sa media",
           "Ang {site} ay isang pampublikong unibersidad na may 12,000 mag-aaral."),
    "sw": ("Mwanzo", "Habari", "Kuhusu sisi", "Wasiliana nasi", "Tovuti hii inatumia vidakuzi.",
           "Kubali yote", "Shiriki", "Jiandikishe kwa jarida letu", "Jiandikishe", "Habari zinazohusiana",
           "Tovuti hii inafadhiliwa na", "Mawasiliano ya vyombo vya habari",
           "{site} ni chuo kikuu cha umma chenye wanafunzi 15,000."),
    "zh": ("首页", "新闻", "关于我们", "联系我们", "本网站使用Cookie以改善您的体验。", "全部接受", "分享",
           "订阅我们的电子报", "订阅", "相关新闻", "本网站由以下机构支持：", "媒体联系",
           "{site}是一所拥有两万名学生的公立大学。"),
    "ja": ("ホーム", "ニュース", "私たちについて", "お問い合わせ", "当サイトではCookieを使用しています。",
           "すべて同意", "共有", "ニュースレターを購読", "登録する", "関連記事", "このサイトは次の団体の支援を受けています：",
           "報道関係者お問い合わせ", "{site}は学生約9000人が学ぶ国立大学です。"),
    "ko": ("홈", "뉴스", "소개", "문의", "이 사이트는 쿠키를 사용합니다.", "모두 동의", "공유",
           "뉴스레터 구독하기", "구독", "관련 기사", "이 웹사이트는 다음 기관의 후원을 받습니다:", "언론 문의",
           "{site}는 학생 1만 2천 명이 재학 중인 국립대학교입니다."),
    "ca": ("Inici", "Notícies", "Qui som", "Contacte", "Utilitzem galetes per millorar l’experiència.",
           "Accepta-ho tot", "Comparteix", "Subscriu-te al butlletí", "Subscriu-m’hi", "Notícies relacionades",
           "Aquest web compta amb el suport de", "Contacte de premsa",
           "{site} és una universitat pública amb 14.000 estudiants."),
}
RTL = {"ar", "he", "fa"}
# Partners a site names in its own footer strip (the site's support, never the article's).
SITE_PARTNERS = ("Aldermere Media Trust", "Brightwell Press Fund", "Corvale Digital Alliance")


def statement_block(case: dict) -> str:
    """The statement (with the words around it) in the shape `case["place"]` names."""
    text = " ".join(part for part in (case["before"], case["statement"], case["after"]) if part)
    heading, place = case["heading"], case["place"]
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in case["rows"])
    terms = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in case["rows"])
    shapes = {
        "end": f"<p>{text}</p>", "press": f"<p>{text}</p>", "mid": f"<p>{text}</p>",
        "heading": f"<h2>{heading}</h2>\n<p>{text}</p>",
        "note": f'<hr><p class="editor-note"><em>{text}</em></p>',
        "aside": f'<aside class="info-box"><h3>{heading}</h3><p>{text}</p></aside>' if heading
        else f'<aside class="info-box"><p>{text}</p></aside>',
        "details": f"<details><summary>{heading}</summary><p>{text}</p></details>",
        "table": f'<table class="facts"><tbody>{rows}<tr><th>{heading}</th><td>{text}</td></tr></tbody></table>',
        "dl": f'<dl class="record">{terms}<dt>{heading}</dt><dd>{text}</dd></dl>',
        "caption": f'<figure><img src="/media/seed-drawers.jpg" alt=""><figcaption>{text}</figcaption></figure>',
        "footer": f'<footer class="article-footer"><p>{text}</p></footer>',
        "dialog": f'<dialog open class="sponsor-notice" aria-label="{heading}"><p>{text}</p></dialog>',
        "story": "",
    }
    return shapes[place]


def article_body(case: dict) -> str:
    """The story's paragraphs with the statement (or the negative's block) set in its place."""
    story = list(case["story"])
    block = case["block"] if case["statement"] is None else statement_block(case)
    if case["statement"] is not None and case["place"] == "story":
        story[-1] = f"{story[-1]} {' '.join(p for p in (case['before'], case['statement'], case['after']) if p)}"
    paragraphs = [f"<p>{p}</p>" for p in story]
    if case["place"] == "mid":
        paragraphs.insert(1, block)
    elif case["place"] not in ("story", "aside-out"):
        paragraphs.append(block)
    kind_extra = {
        "podcast": '<audio controls src="/audio/episode.mp3"></audio>\n'
                   '<p class="listen"><a href="#">Apple Podcasts</a> · <a href="#">Spotify</a> · <a href="#">RSS</a></p>',
        "oss": '<pre><code>pip install seedshelf</code></pre>',
    }.get(case["kind"], "")
    return "\n".join([kind_extra, *paragraphs, case["extra"]])


def build(case: dict, related: list[str], strip: bool) -> str:
    chrome = dict(zip(CHROME_FIELDS, CHROME[case["lang"]]))
    site = case["site"]
    after = case["block"] if case["statement"] is None and case["place"] == "aside-out" else ""
    if case["kind"] == "press":
        after += (f'<section class="boilerplate"><h2>{chrome["about"]}: {site}</h2><p>{chrome["blurb"].format(site=site)}</p>'
                  f'<h3>{chrome["media"]}</h3><p>press@example.org · +00 100 200 300</p></section>')
    partners = "".join(f'<img src="/logos/p{i}.svg" alt="{name}">' for i, name in enumerate(SITE_PARTNERS))
    strip_html = (f'<div class="partner-strip"><p>{chrome["site_support"]} {", ".join(SITE_PARTNERS)}</p>{partners}</div>'
                  if strip else "")
    links = "".join(f'<li><a href="/story/{i}">{title}</a></li>' for i, title in enumerate(related))
    direction = ' dir="rtl"' if case["lang"] in RTL else ""
    return (f'<!doctype html><html lang="{case["lang"]}"{direction}><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{case["title"]} | {site}</title></head>\n'
            f'<body><div class="cookie-banner" role="dialog" aria-label="cookies"><p>{chrome["cookie"]}</p>'
            f'<button>{chrome["accept"]}</button></div>\n'
            f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul><li><a href="/">{chrome["home"]}</a></li>'
            f'<li><a href="/news">{chrome["news"]}</a></li><li><a href="/about">{chrome["about"]}</a></li>'
            f'<li><a href="/contact">{chrome["contact"]}</a></li></ul></nav></header>\n'
            f'<main><article><header><p class="kicker">{chrome["news"]}</p><h1>{case["title"]}</h1>'
            f'<p class="byline"><time datetime="2026-04-14">2026-04-14</time></p></header>\n'
            f'<div class="share-bar"><span>{chrome["share"]}</span> <a href="#">Facebook</a> <a href="#">X</a> '
            f'<a href="#">LinkedIn</a> <a href="#">E-mail</a></div>\n{article_body(case)}\n</article>\n{after}\n'
            f'<section class="newsletter"><h2>{chrome["newsletter"]}</h2><form><input type="email">'
            f'<button>{chrome["subscribe"]}</button></form></section>\n'
            f'<section class="related"><h2>{chrome["related"]}</h2><ul>{links}</ul></section></main>\n'
            f'<footer class="site-footer">{strip_html}<p>© 2026 {site}</p></footer></body></html>')


def P(lang: str, kind: str, place: str, site: str, title: str, story: list[str], statement: str, *,
      heading: str = "", before: str = "", after: str = "", nf: tuple = (), keep: tuple = (), extra: str = "",
      rows: tuple = (), note: str = "") -> dict:
    """A page holding its own statement."""
    return {"lang": lang, "kind": kind, "place": place, "site": site, "title": title, "story": story,
            "statement": statement, "heading": heading, "before": before, "after": after, "nf": list(nf),
            "keep": list(keep), "extra": extra, "rows": rows, "note": note, "block": ""}


def N(lang: str, kind: str, place: str, site: str, title: str, story: list[str], block: str, note: str) -> dict:
    """A page with no statement of its own funding, using the same words."""
    return {"lang": lang, "kind": kind, "place": place, "site": site, "title": title, "story": story,
            "statement": None, "heading": "", "before": "", "after": "", "nf": [], "keep": [], "extra": "",
            "rows": (), "note": note, "block": block}


SUPPORT_BOX_EN = ('<aside class="support-box"><h2>Support our journalism</h2><p>Independent local reporting is '
                  'supported by readers like you. Give monthly from £3 and help keep our stories free to read.</p>'
                  '<a class="button" href="/donate">Donate now</a></aside>')

CASES = [
    # English
    P("en", "press", "press", "Northvale University", "Seed library borrowers keep rare beans alive, study finds",
      [("Borrowers of a town seed library have kept 41 local bean varieties in cultivation that had vanished from "
       "seed catalogues, researchers at Northvale University report in a study of five growing seasons."),
       ("The team compared seeds lent in spring with those returned after harvest and found germination rates "
       "held steady at 87 percent. “People treat the returned packets as a promise,” said lead author Dr Imani Roe.")],
      "The study was funded by the Rural Futures Research Council (grant RF-2291) and the Hallam Botanical Trust.",
      note="press release: statement as the last paragraph before the About boilerplate and media contact"),
    P("en", "newsroom", "note", "The Riverbend Ledger", "Inside the library where you can borrow a tomato",
      ["On Saturday mornings the queue at the Riverbend seed library runs past the children’s shelves.",
       "Volunteers sort envelopes by family, and the most popular drawer, heirloom tomatoes, empties by ten."],
      "This story was produced with support from the Calloway Fund for Community Reporting.",
      extra=SUPPORT_BOX_EN.replace("aside", "div"),
      note="nonprofit newsroom ending note, with a reader-donation box right after it"),
    P("en", "podcast", "end", "Soil and Story Podcast", "Episode 58: The seed librarians",
      ["This week we visit three seed librarians who lend vegetables instead of novels.",
       "We talk about drawer catalogues, returned seed that fails, and why squash cross-pollinates."],
      "This episode is supported by the Brookfield Foundation, funding community food projects across the region.",
      after="Thanks to our listeners for all the voicemails!", nf=("Thanks to our listeners for all the voicemails!",),
      note="podcast show notes: sponsor sentence followed by general thanks"),
    P("en", "conference", "details", "Seed Commons Gathering 2026", "Seed Commons Gathering 2026: programme",
      ["Two days of workshops on cleaning, storing and lending seed, in the county library’s hall.",
       "Registration is free; lunch is provided by the volunteers of the Maple Street kitchen."],
      "The Gathering is supported by the Ashcombe Community Foundation and by a grant from the County Heritage Fund.",
      heading="Funders and partners",
      note="conference page: statement in a closed details element"),
    N("en", "newsroom", "aside-out", "The Riverbend Ledger", "Seed swap draws record crowd",
      ["More than 600 people came to the spring seed swap, organisers said, twice as many as last year.",
       "Stalls offered beans, kale and a rare purple carrot from a grower in the hills."],
      SUPPORT_BOX_EN, "negative: reader-donation box, 'supported by readers like you'"),
    N("en", "magazine", "end", "Grow Well Magazine", "The eight best seed-saving kits for beginners",
      ["We tested eight kits over a season, from paper envelopes to humidity-controlled tins.",
       "Our favourite, a cedar box with a label printer, kept seed dry through a wet August."],
      '<p class="disclosure"><em>We may earn a commission when you buy through links on this page. Our reviews '
      'are independent and not paid for by manufacturers.</em></p><div class="ad"><span>Sponsored</span>'
      '<p>Greenhaven seeds: 20% off spring orders</p></div>',
      "negative: affiliate disclosure and a Sponsored ad label"),
    N("en", "newsroom", "none", "County Courier", "Trust hands £1.2m to 30 food-growing groups",
      [("The Greyfield Trust said on Tuesday it will fund 30 community growing groups, from seed libraries to "
       "orchards, with grants of up to £40,000 each."),
       ("“These groups feed their neighbours,” the trust’s director said. Applications for a second round open in "
       "September, and the trust supports similar projects in four other counties.")],
      "", "negative: a funder's grants to other projects reported as news"),
    N("en", "oss", "heading", "seedshelf", "seedshelf: a catalogue for seed libraries",
      ["seedshelf keeps a seed library’s catalogue: varieties, lots, loans and returns.",
       "It prints envelope labels and tracks germination tests."],
      '<h2>Supported platforms</h2><p>seedshelf is supported on Linux, macOS and Windows, with Python 3.10 and '
      'later.</p><p><a class="button" href="/sponsors">♥ Sponsor this project</a></p>',
      "negative: supported platforms and a sponsor button"),
    N("en", "conference", "heading", "Seed Commons Gathering 2026", "Become a sponsor of the Gathering",
      ["The Gathering brings together 300 seed savers each year.",
       "Sponsorship packages start at £500 and include a stand in the main hall."],
      '<h2>Sponsorship opportunities</h2><p>Support the Gathering and reach growers across the region. Contact '
      'our team to become a sponsor.</p>', "negative: a call for sponsors"),
    # German
    P("de", "press", "heading", "Hochschule Nordtal", "Saatgutbibliothek: Alte Sorten kehren in die Gärten zurück",
      [("Ein Team der Hochschule Nordtal hat drei Jahre lang die Ausleihen der Saatgutbibliothek in der "
       "Stadtbücherei begleitet."),
       "Von 312 ausgeliehenen Tüten kamen 240 nach der Ernte zurück, viele mit mehr Samen als zuvor."],
      "Das Projekt wurde von der Deutschen Stiftung Kulturpflanzen mit 180.000 Euro gefördert (Förderkennzeichen "
      "KP-2024-118).", heading="Förderung",
      after="Wir danken den Leserinnen und Lesern der Stadtbücherei für ihre Mithilfe.",
      nf=("Wir danken den Leserinnen und Lesern der Stadtbücherei für ihre Mithilfe.",),
      note="press release: statement under a Förderung heading, then the About boilerplate"),
    P("de", "museum", "aside", "Museum für Alltagskultur Lindau", "Ausstellung: Samen leihen, Samen teilen",
      ["Die Ausstellung zeigt Schubladen, Tütchen und Kataloge aus vierzig Jahren Saatguttausch.",
       "Ein Raum ist der Saatgutbibliothek der Stadt gewidmet, die 2019 in der Bücherei eröffnet wurde."],
      "Die Ausstellung wird gefördert von der Kulturstiftung des Landes und der Sparkassenstiftung Lindau.",
      heading="Mit freundlicher Unterstützung", note="museum exhibition: statement in an aside box"),
    N("de", "newsroom", "none", "Lindauer Tagblatt", "Gemeinderat bewilligt Geld für Saatgutregale",
      ["Der Gemeinderat hat am Dienstag 12.000 Euro für neue Regale der Saatgutbibliothek bewilligt.",
       ("Die Fraktion der Grünen hatte den Antrag unterstützt, die Freien Wähler stimmten dagegen. Insgesamt "
       "umfasst der Haushalt der Bücherei für 2026 rund 1,4 Millionen Euro.")],
      "", "negative: a council budget story with 'bewilligt' and 'unterstützt'"),
    N("de", "newsroom", "end", "Lindauer Tagblatt", "Danke an die Samenretter",
      ["Zwanzig Ehrenamtliche haben im Winter 4.000 Samentütchen gefüllt und beschriftet.",
       "Die Bücherei lädt alle Helferinnen und Helfer im März zu einem Frühstück ein."],
      "<p>Wir danken allen Ehrenamtlichen, den Gärtnerinnen der Kleingartenanlage und unseren treuen Leserinnen "
      "und Lesern für ihre Hilfe.</p>", "negative: thanks to volunteers with no support clause"),
    N("de", "oss", "heading", "saatgut-katalog", "saatgut-katalog: Dokumentation",
      ["saatgut-katalog verwaltet Sorten, Chargen und Ausleihen einer Saatgutbibliothek.",
       "Die Software ist freie Software unter der MIT-Lizenz."],
      "<h2>Unterstützte Plattformen</h2><p>Unterstützt werden Linux, macOS und Windows sowie die Browser "
      "Firefox, Chrome und Safari in den jeweils letzten zwei Versionen.</p>",
      "negative: supported platforms"),
    # French
    P("fr", "project", "heading", "Projet GRAINES-LOC", "GRAINES-LOC : des grainothèques dans les médiathèques",
      [("GRAINES-LOC étudie comment les grainothèques installées dans douze médiathèques diffusent des variétés "
       "locales de légumes."),
       "Les chercheurs suivent chaque sachet emprunté, de la médiathèque au potager et retour."],
      "Ce projet a reçu un financement de l’Agence nationale de la recherche au titre du projet ANR-24-CE03-0412.",
      heading="Financement", after="Nous remercions les bibliothécaires des douze médiathèques pour leur accueil.",
      nf=("Nous remercions les bibliothécaires des douze médiathèques pour leur accueil.",),
      note="project page: statement under a Financement heading, thanks after it"),
    P("fr", "newsroom", "story", "Le Courrier du Bocage", "À Saint-Aubin, la grainothèque fête ses cinq ans",
      [("Installée entre les romans policiers et les bandes dessinées, la grainothèque de Saint-Aubin prête "
       "chaque printemps plus de 800 sachets."),
       "Une étude menée avec les jardiniers du village a recensé 57 variétés locales."],
      "L’étude a été financée par la Fondation de France et la région.",
      note="news story: the statement as one sentence ending the last paragraph"),
    P("fr", "oss", "heading", "graino", "graino : logiciel libre pour grainothèques",
      ["graino gère le catalogue d’une grainothèque : variétés, lots, prêts et retours.",
       "Il imprime les étiquettes des sachets et suit les tests de germination."],
      "Le développement de graino est financé par NLnet via le fonds NGI Zero Commons.",
      heading="Financement", note="open-source project page: funding section"),
    N("fr", "newsroom", "none", "Le Courrier du Bocage", "Semences : la start-up Germia lève 4 millions d’euros",
      [("La jeune pousse Germia, qui vend des coffrets de graines aux particuliers, a levé 4 millions d’euros "
       "auprès de fonds d’investissement."),
       "Cette levée de fonds doit financer l’ouverture d’un entrepôt. Les grainothèques, elles, restent gratuites."],
      "", "negative: an investment round"),
    N("fr", "newsroom", "aside-out", "Le Courrier du Bocage", "Les grainothèques gagnent les écoles",
      ["Trois écoles du canton ont ouvert une grainothèque cette année.",
       "Les élèves récoltent les graines de leurs propres potagers."],
      '<aside class="soutien"><h2>Soutenez notre journalisme</h2><p>Notre rédaction est indépendante et financée '
      'par ses lecteurs. Faites un don dès 5 euros.</p></aside>', "negative: 'support our journalism' box"),
    # Spanish
    P("es", "thesis", "dl", "Repositorio Institucional UCS", "Bancos de semillas comunitarios en bibliotecas públicas",
      ["Tesis doctoral que analiza diez bibliotecas de semillas en bibliotecas públicas de Castilla.",
       "La autora documenta los préstamos de 2021 a 2025 y la devolución de semillas tras la cosecha."],
      "Esta tesis fue financiada por un contrato predoctoral FPU del Ministerio de Universidades (FPU21/04417).",
      heading="Financiación", rows=(("Autora", "Lucía Ferrer Olmos"), ("Año", "2026"), ("Idioma", "Español")),
      extra="<h2>Conflicto de intereses</h2><p>La autora declara que no existe ningún conflicto de intereses.</p>",
      keep=("La autora declara que no existe ningún conflicto de intereses.",),
      note="thesis landing page: definition list row, conflict-of-interest section kept"),
    P("es", "podcast", "end", "Raíces Sonoras", "Episodio 21: la biblioteca que presta semillas",
      ["Hablamos con las bibliotecarias que prestan semillas de tomate y calabaza en Aranda.",
       "Nos cuentan cómo se guardan los sobres y qué pasa cuando una cosecha falla."],
      "Este episodio cuenta con el apoyo de la Fundación Tierra Común.",
      note="podcast episode: one-sentence support statement"),
    N("es", "magazine", "end", "Huerto Hoy", "Los mejores sobres para guardar semillas",
      ["Probamos seis tipos de sobres y cajas durante un año.",
       "El ganador, un sobre de papel encerado, mantuvo las semillas secas."],
      "<p><em>Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una comisión. "
      "Contenido patrocinado por Semillas del Sur en la columna lateral.</em></p>",
      "negative: affiliate disclosure and a sponsored-content note"),
    N("es", "newsroom", "none", "Diario de Aranda", "La Diputación reparte 300.000 euros entre huertos escolares",
      ["La Diputación ha concedido ayudas a 45 colegios para crear huertos y bibliotecas de semillas.",
       "El programa financia herramientas, semillas y formación para los docentes."],
      "", "negative: a funder's grants to other projects"),
    N("es", "newsroom", "end", "Diario de Aranda", "Voluntarios clasifican 5.000 sobres de semillas",
      ["Un grupo de voluntarios pasó el fin de semana clasificando semillas en la biblioteca.",
       "Gracias a su trabajo, el catálogo estará listo en marzo."],
      "<p>Agradecemos a todos los voluntarios y a los lectores que nos enviaron fotos de sus huertos.</p>",
      "negative: thanks with no support clause"),
    # Italian
    P("it", "conference", "heading", "Convegno Semi Comuni", "Semi Comuni 2026: biblioteche dei semi a confronto",
      ["Due giornate a Parma per bibliotecari, agronomi e orticoltori che gestiscono biblioteche dei semi.",
       "Il programma prevede laboratori di pulizia e conservazione delle sementi."],
      "Il convegno è realizzato con il contributo della Fondazione Cariparma e del Comune di Parma.",
      heading="Con il sostegno di", note="conference page: statement under a heading"),
    P("it", "podcast", "footer", "Orti in Onda", "Puntata 12: prestare semi in biblioteca",
      ["In questa puntata visitiamo la biblioteca dei semi di Fidenza.",
       "Parliamo di varietà locali, di buste restituite e di raccolti andati male."],
      "Questa puntata è sostenuta dalla Fondazione Terre Vive.", note="podcast: one sentence in the article footer"),
    N("it", "magazine", "end", "Verde Casa", "Dieci semi da piantare a marzo",
      ["Ecco dieci ortaggi facili da seminare in primavera.",
       "Le zucchine e i fagioli sono perfetti per chi inizia."],
      '<div class="adv"><span>Sponsorizzato</span><p>Sementi Rossi: spedizione gratuita su tutti gli ordini</p></div>',
      "negative: a Sponsorizzato ad label"),
    N("it", "newsroom", "none", "Gazzetta di Fidenza", "Bilancio comunale, 20 mila euro alla biblioteca",
      ["Il consiglio comunale ha approvato il bilancio 2026 con 20 mila euro per la biblioteca civica.",
       "L’opposizione ha sostenuto un emendamento per aumentare i fondi, respinto con 12 voti contrari."],
      "", "negative: budget story"),
    # Portuguese
    P("pt", "press", "press", "Instituto Politécnico do Alto Minho", "Biblioteca de sementes recupera variedades de feijão",
      [("Investigadores do Instituto Politécnico do Alto Minho identificaram 23 variedades de feijão em risco "
       "emprestadas pela biblioteca de sementes de Ponte de Lima."),
       "O estudo acompanhou 150 agricultores durante quatro campanhas."],
      "O trabalho foi financiado pela Fundação para a Ciência e a Tecnologia através do projeto PTDC/ASP-HOR/2817/2023.",
      note="press release: statement before the About boilerplate"),
    P("pt", "magazine", "note", "Revista Terra Viva", "As guardiãs das sementes",
      ["Maria do Céu guarda sementes de milho desde os doze anos.",
       "Hoje empresta-as na biblioteca da vila, numa gaveta de madeira com o nome da avó."],
      "Esta reportagem foi realizada com o apoio de uma bolsa da Fundação Calouste Gulbenkian.",
      note="magazine feature: italic closing note"),
    N("pt", "newsroom", "aside-out", "Jornal do Minho", "Troca de sementes junta 400 pessoas",
      ["A feira de troca de sementes voltou ao mercado municipal.",
       "Houve feijão, couve e abóbora de dezenas de aldeias."],
      '<aside class="apoio"><h2>Apoie o jornalismo local</h2><p>O nosso jornal é apoiado pelos leitores. Torne-se '
      'assinante por 3 euros por mês.</p></aside>', "negative: reader-support box"),
    # Dutch
    P("nl", "report", "details", "Kennisinstituut Groen Erfgoed", "Rapport: zadenbibliotheken in Nederland",
      ["Dit rapport brengt 64 zadenbibliotheken in openbare bibliotheken in kaart.",
       "Het beschrijft hoe zaden worden uitgeleend, teruggebracht en getest."],
      "Dit onderzoek is gefinancierd door het Prins Bernhard Cultuurfonds en de provincie Gelderland.",
      heading="Financiering", note="report landing page: statement in a details element"),
    N("nl", "newsroom", "none", "De Veluwse Krant", "Zadenstartup haalt drie miljoen op",
      ["Het bedrijf Kiemkracht, dat zadenabonnementen verkoopt, heeft drie miljoen euro opgehaald bij investeerders.",
       "Met het geld wil de startup uitbreiden naar Duitsland."],
      "", "negative: investment round"),
    N("nl", "newsroom", "end", "De Veluwse Krant", "Vrijwilligers vullen 3.000 zakjes",
      ["In de bibliotheek van Ede werden zaterdag 3.000 zakjes zaad gevuld.",
       "De zadenbibliotheek opent op 1 maart."],
      "<p>Met dank aan alle vrijwilligers van de bibliotheek en de moestuinvereniging.</p>",
      "negative: thanks with no support clause"),
    # Polish
    P("pl", "project", "heading", "Uniwersytet Przyrodniczy w Lesznie", "Biblioteka nasion: projekt badawczy",
      ["Projekt bada, jak biblioteki nasion w bibliotekach gminnych chronią lokalne odmiany warzyw.",
       "Zespół prowadzi rejestr wypożyczeń i zwrotów nasion w 14 gminach."],
      "Projekt jest finansowany przez Narodowe Centrum Nauki w ramach konkursu OPUS (2024/53/B/NZ9/01120).",
      heading="Finansowanie", note="project page: Finansowanie heading"),
    P("pl", "newsroom", "story", "Gazeta Leszczyńska", "Nasiona z biblioteki wracają do ogrodów",
      ["W gminnej bibliotece można wypożyczyć nasiona fasoli, pomidorów i dyni.",
       "Badacze policzyli, że wróciło 80 procent wypożyczonych torebek."],
      "Badania sfinansowała Fundacja Wspólna Ziemia.",
      note="news story: active-voice statement ending the last paragraph"),
    N("pl", "newsroom", "none", "Gazeta Leszczyńska", "Fundusz rozdał 2 mln zł na ogrody społeczne",
      ["Fundusz Lokalny przyznał dotacje 60 organizacjom prowadzącym ogrody społeczne i biblioteki nasion.",
       "Najwyższa dotacja wyniosła 50 tys. zł. Kolejny nabór wniosków ruszy jesienią."],
      "", "negative: a funder's grants to others"),
    # Czech
    P("cs", "press", "press", "Mendelova zemědělská akademie", "Semínkovny pomáhají zachovat staré odrůdy",
      ["Vědci sledovali výpůjčky v 18 semínkovnách v městských knihovnách na Vysočině.",
       "Zjistili, že čtenáři vracejí semena 62 staropěstovaných odrůd."],
      "Výzkum byl podpořen Grantovou agenturou České republiky v rámci projektu GA24-10552S.",
      note="press release: statement before About boilerplate"),
    N("cs", "newsroom", "none", "Jihlavský deník", "Město dá na knihovnu o milion víc",
      ["Zastupitelé schválili rozpočet, ve kterém knihovna dostane o milion korun víc.",
       "Část peněz půjde na semínkovnu a nové regály. Návrh podpořilo 25 zastupitelů."],
      "", "negative: budget story"),
    N("cs", "oss", "heading", "seminko", "seminko: evidence semínkovny",
      ["seminko eviduje odrůdy, výpůjčky a vrácená semena.",
       "Je to svobodný software pod licencí GPL."],
      "<h2>Podporované systémy</h2><p>Aplikace podporuje Linux, Windows a Android 12 a novější.</p>",
      "negative: supported systems"),
    # Slovak
    P("sk", "museum", "aside", "Záhorské múzeum", "Výstava: Semená, ktoré si môžete požičať",
      ["Výstava predstavuje históriu výmeny semien na Záhorí.",
       "Návštevníci si môžu odniesť vrecúško semien z múzejnej semienkovne."],
      "Výstavu z verejných zdrojov podporil Fond na podporu umenia.", heading="Podporili nás",
      note="museum page: aside"),
    P("sk", "project", "table", "Projekt SEMIENKA", "Projekt SEMIENKA",
      ["Projekt mapuje semienkovne vo verejných knižniciach na Slovensku.",
       "Výsledky budú zverejnené v otvorenej databáze."],
      "Projekt je financovaný Agentúrou na podporu výskumu a vývoja na základe zmluvy APVV-23-0311.",
      heading="Financovanie", rows=(("Trvanie", "2024–2027"), ("Koordinátor", "Slovenská poľnohospodárska univerzita")),
      note="project facts table row"),
    N("sk", "newsroom", "aside-out", "Záhorské noviny", "Semienkovňa otvorila tretiu sezónu",
      ["Knižnica v Senici požičala už 2 000 vrecúšok semien.",
       "Najobľúbenejšie sú paradajky."],
      '<aside class="podpora"><h2>Podporte nezávislú žurnalistiku</h2><p>Naše noviny fungujú vďaka podpore '
      'čitateľov, ako ste vy.</p></aside>', "negative: supported by readers"),
    # Swedish
    P("sv", "newsroom", "note", "Norrlandsbladet", "Fröbiblioteket som räddade Tornedalens bönor",
      ["I biblioteket i Övertorneå kan man låna frön precis som böcker.",
       "Sedan starten har 19 lokala bönsorter kommit tillbaka till odlingarna."],
      "Det här reportaget har tagits fram med stöd från Stiftelsen för lokaljournalistik.",
      note="newsroom ending note"),
    N("sv", "magazine", "end", "Odla Hemma", "Fem fröförvaringsburkar i test",
      ["Vi har testat fem burkar för fröförvaring under ett år.",
       "Vinnaren höll fröna torra hela vintern."],
      "<p><em>Artikeln innehåller annonslänkar. Om du handlar via länkarna kan vi få provision.</em></p>",
      "negative: affiliate disclosure"),
    N("sv", "newsroom", "end", "Norrlandsbladet", "Tack till alla fröräddare",
      ["Trettio frivilliga har sorterat frön i biblioteket hela vintern.",
       "Fröbiblioteket öppnar i april."],
      "<p>Stort tack till alla frivilliga, till odlarna i byn och till bibliotekets personal.</p>",
      "negative: thanks with no support clause"),
    # Danish
    P("da", "project", "heading", "Frøbiblioteket Fyn", "Om projektet Frøbiblioteket Fyn",
      ["Frøbiblioteket Fyn låner frø ud fra 11 folkebiblioteker.",
       "Låneren afleverer nye frø efter høsten."],
      "Projektet er støttet af Nordea-fonden og Landdistriktspuljen.", heading="Støtte",
      note="project page: Støtte heading"),
    P("da", "podcast", "end", "Jord og Frø", "Afsnit 9: Frø til udlån",
      ["Vi besøger frøbiblioteket i Svendborg.",
       "Bibliotekaren fortæller om de mest populære sorter."],
      "Dette afsnit er støttet af Det Obelske Familiefond.", note="podcast one sentence"),
    N("da", "newsroom", "none", "Fyns Avis", "Frø-startup rejser 20 millioner kroner",
      ["Virksomheden Spire ApS har rejst 20 millioner kroner fra investorer.",
       "Pengene skal bruges til at udvikle en app til frøbytte."],
      "", "negative: investment round"),
    # Norwegian Bokmål
    P("nb", "thesis", "table", "Norges miljø- og biovitenskapelige universitet", "Masteroppgave: Frøbibliotek i folkebibliotek",
      ["Oppgaven undersøker utlån og innlevering av frø i åtte norske folkebibliotek.",
       "Resultatene viser at halvparten av låntakerne leverer tilbake frø."],
      "Arbeidet ble finansiert av Norges forskningsråd (prosjektnummer 325118).",
      heading="Finansiering", rows=(("Forfatter", "Ingrid Solheim"), ("År", "2026")),
      note="thesis landing page table"),
    N("nb", "newsroom", "none", "Hedmarksposten", "Sparebankstiftelsen deler ut 5 millioner",
      ["Sparebankstiftelsen har gitt penger til 40 lag og foreninger, blant dem to frøbibliotek.",
       "Stiftelsen støtter hvert år lokale prosjekter i hele regionen."],
      "", "negative: a funder's grants to others"),
    N("nb", "magazine", "end", "Hagebladet", "Ti frø for nybegynnere",
      ["Her er ti grønnsaker som er lette å så.",
       "Reddik spirer på bare fem dager."],
      '<div class="annonse"><span>Annonse</span><p>Sponset innhold fra Hagesenteret</p></div>',
      "negative: Annonse / sponset label"),
    # Finnish
    P("fi", "press", "press", "Itä-Suomen ammattikorkeakoulu", "Siemenkirjasto säilyttää paikallisia lajikkeita",
      ["Tutkijat seurasivat kolmen kirjaston siemenkirjastojen lainauksia kolmen kasvukauden ajan.",
       "Lainaajat palauttivat siemeniä 34 paikallisesta lajikkeesta."],
      "Tutkimusta rahoitti Suomen Kulttuurirahasto.", note="press release: short statement before boilerplate"),
    P("fi", "oss", "heading", "siemen-app", "siemen-app",
      ["siemen-app on avoimen lähdekoodin sovellus siemenkirjastojen luettelointiin.",
       "Sovellus tulostaa siemenpussien etiketit."],
      "Sovelluksen kehitystä on rahoittanut Kirjastoseura osana Avoin kirjasto -hanketta.",
      heading="Rahoitus", note="open-source page: Rahoitus heading"),
    N("fi", "newsroom", "none", "Savon Sanomat", "Kaupunki leikkaa kirjastojen budjettia",
      ["Kaupunginvaltuusto päätti leikata kirjastojen määrärahoja 200 000 eurolla.",
       "Siemenkirjaston toiminta jatkuu vapaaehtoisten voimin."],
      "", "negative: budget cut"),
    # Estonian
    P("et", "conference", "heading", "Seemnepäevad 2026", "Seemnepäevad 2026",
      ["Kahepäevane kohtumine seemneraamatukogude pidajatele Tartus.",
       "Programmis on töötoad seemnete puhastamisest ja säilitamisest."],
      "Konverentsi toetab Eesti Kultuurkapital.", heading="Toetajad", note="conference page"),
    N("et", "newsroom", "aside-out", "Tartu Leht", "Seemneraamatukogu laenutas 1000 pakki",
      ["Tartu linnaraamatukogu seemneraamatukogu laenutas sel kevadel tuhat pakki.",
       "Kõige populaarsem oli tomat."],
      '<aside><h2>Toeta meie ajakirjandust</h2><p>Meie väljaannet toetavad lugejad. Liitu toetajaga!</p></aside>',
      "negative: support our journalism"),
    N("et", "oss", "heading", "seemnik", "seemnik",
      ["seemnik on seemneraamatukogu kataloogi tarkvara.",
       "Tarkvara on vaba ja tasuta."],
      "<h2>Toetatud platvormid</h2><p>Toetatud on Linux, macOS ja Windows.</p>", "negative: supported platforms"),
    # Lithuanian
    P("lt", "press", "press", "Žemaitijos universitetas", "Sėklų bibliotekos išsaugo senąsias veisles",
      ["Mokslininkai ištyrė septynias sėklų bibliotekas viešosiose bibliotekose.",
       "Skaitytojai grąžino 70 procentų pasiskolintų sėklų."],
      "Tyrimą finansavo Lietuvos mokslo taryba (sutarties Nr. S-MIP-24-31).",
      note="press release"),
    P("lt", "magazine", "caption", "Žurnalas Sodyba", "Sėklų stalčiai bibliotekoje",
      ["Plungės bibliotekoje sėklos laikomos senuose katalogo stalčiuose.",
       "Kiekvienas stalčius skirtas vienai daržovių šeimai."],
      "Fotoreportažą parėmė Medijų rėmimo fondas.", note="statement as a figure caption"),
    N("lt", "newsroom", "none", "Žemaičių žinios", "Sėklų startuolis pritraukė 2 mln. eurų",
      ["Startuolis „Daigas“ pritraukė 2 mln. eurų investicijų.",
       "Lėšos bus skirtos sėklų prenumeratos plėtrai."],
      "", "negative: investment round"),
    # Hungarian
    P("hu", "project", "heading", "Magkönyvtár Program", "A Magkönyvtár Programról",
      ["A program húsz községi könyvtárban indított magkönyvtárat.",
       "Az olvasók tavasszal kölcsönzik, ősszel visszahozzák a magokat."],
      "A programot a Nemzeti Kulturális Alap támogatja.", heading="Támogatás", note="project page"),
    N("hu", "newsroom", "end", "Dunántúli Hírek", "Önkéntesek válogatták a magokat",
      ["Húsz önkéntes válogatta a magokat a könyvtárban.",
       "A magkönyvtár márciusban nyit."],
      "<p>Köszönjük minden önkéntesnek és olvasónknak a segítséget.</p>", "negative: thanks without support"),
    N("hu", "magazine", "end", "Kertbarát Magazin", "Tíz könnyű zöldség kezdőknek",
      ["Ezeket a zöldségeket bárki elvetheti.",
       "A retek öt nap alatt kikel."],
      '<div class="ad"><span>Szponzorált tartalom</span><p>Magház webáruház: ingyenes szállítás</p></div>',
      "negative: sponsored label"),
    # Romanian
    P("ro", "newsroom", "story", "Gazeta de Bistrița", "Biblioteca din Bistrița împrumută semințe",
      ["La biblioteca județeană se pot împrumuta semințe de roșii, fasole și dovleac.",
       "Un studiu a arătat că 300 de familii au returnat semințe după recoltă."],
      "Studiul a fost finanțat de Fundația Comunitară Bistrița.", note="news story sentence"),
    P("ro", "report", "details", "Institutul de Cercetări Horticole", "Raport: bibliotecile de semințe din România",
      ["Raportul analizează 25 de biblioteci de semințe.",
       "Autorii propun un standard pentru etichetarea plicurilor."],
      "Acest raport a fost realizat cu sprijinul financiar al Administrației Fondului Cultural Național.",
      heading="Finanțare", note="report page: details element"),
    N("ro", "newsroom", "none", "Gazeta de Bistrița", "Fundația a acordat granturi pentru 30 de grădini",
      ["Fundația Verde a acordat granturi de până la 10.000 de lei pentru 30 de grădini comunitare.",
       "Fundația susține anual proiecte de mediu în tot județul."],
      "", "negative: grants to others"),
    # Bulgarian
    P("bg", "press", "press", "Аграрен университет – Ловеч", "Библиотеките за семена пазят старите сортове",
      ["Изследователи проследиха заемането на семена в девет читалища в Ловешка област.",
       "Читателите са върнали семена от 28 местни сорта домати и боб."],
      "Проучването е финансирано от Фонд „Научни изследвания“ по договор КП-06-Н66/12.",
      note="press release"),
    N("bg", "newsroom", "none", "Ловешки вестник", "Общината отпусна 15 000 лева за читалището",
      ["Общинският съвет гласува бюджета за 2026 година.",
       "Читалището ще получи 15 000 лева, част от които за библиотеката за семена."],
      "", "negative: budget story"),
    N("bg", "newsroom", "aside-out", "Ловешки вестник", "Размяна на семена събра стотици",
      ["Стотици хора дойдоха на пролетната размяна на семена.",
       "Най-търсени бяха доматите."],
      '<aside><h2>Подкрепете независимата журналистика</h2><p>Нашият вестник се издържа от читателите. '
      'Дарете още днес.</p></aside>', "negative: support our journalism"),
    # Croatian
    P("hr", "museum", "aside", "Etnografski muzej Varaždin", "Izložba: Sjeme za posudbu",
      ["Izložba prikazuje povijest razmjene sjemena u Zagorju.",
       "Posjetitelji mogu posuditi vrećicu sjemena iz muzejske knjižnice sjemena."],
      "Izložbu je financijski poduprlo Ministarstvo kulture i medija Republike Hrvatske.",
      note="museum page: aside without heading"),
    P("hr", "thesis", "dl", "Repozitorij Agronomskog fakulteta", "Diplomski rad: Knjižnice sjemena u Hrvatskoj",
      ["Rad istražuje pet knjižnica sjemena u gradskim knjižnicama.",
       "Autor analizira posudbe i povrat sjemena od 2022. do 2025."],
      "Rad je izrađen u sklopu projekta Hrvatske zaklade za znanost IP-2022-10-4411.",
      heading="Financiranje", rows=(("Autor", "Marko Horvat"), ("Godina", "2026")),
      extra="<h2>Izjava o sukobu interesa</h2><p>Autor izjavljuje da nema sukoba interesa.</p>",
      keep=("Autor izjavljuje da nema sukoba interesa.",), note="thesis dl with conflict declaration kept"),
    N("hr", "magazine", "end", "Vrt i dom", "Najbolje kutije za čuvanje sjemena",
      ["Testirali smo šest kutija za sjeme.",
       "Najbolja je drvena kutija s ladicama."],
      "<p><em>Ovaj članak sadrži partnerske poveznice; za kupnju putem njih možemo dobiti proviziju.</em></p>",
      "negative: affiliate disclosure"),
    # Slovenian
    P("sl", "project", "heading", "Semenska knjižnica Posavje", "O projektu",
      ["Semenska knjižnica Posavje deluje v šestih splošnih knjižnicah.",
       "Člani si spomladi izposodijo seme in ga jeseni vrnejo."],
      "Projekt sofinancirata Evropska unija iz Evropskega kmetijskega sklada za razvoj podeželja in Republika "
      "Slovenija.", heading="Financiranje", note="project page EU co-financing"),
    N("sl", "newsroom", "none", "Posavski obzornik", "Zagonsko podjetje zbralo milijon evrov",
      ["Podjetje Kalček je od vlagateljev zbralo milijon evrov.",
       "Denar bo namenilo razvoju spletne trgovine s semeni."],
      "", "negative: investment round"),
    N("sl", "newsroom", "end", "Posavski obzornik", "Prostovoljci pripravili 2000 vrečk",
      ["Prostovoljci so v knjižnici pripravili 2000 vrečk semen.",
       "Semenska knjižnica se odpre marca."],
      "<p>Hvala vsem prostovoljcem in bralcem, ki so nam poslali fotografije vrtov.</p>",
      "negative: thanks only"),
    # Serbian (Cyrillic)
    P("sr", "press", "press", "Пољопривредни факултет у Чачку", "Библиотеке семена чувају старе сорте",
      ["Истраживачи су пратили позајмице семена у седам градских библиотека.",
       "Читаоци су вратили семе 31 старе сорте."],
      "Истраживање је финансирало Министарство науке, технолошког развоја и иновација Републике Србије.",
      note="press release"),
    P("sr", "podcast", "end", "Баштенски подкаст", "Епизода 14: Семе из библиотеке",
      ["Разговарамо са библиотекарком која позајмљује семе у Чачку.",
       "Причамо о старим сортама пасуља."],
      "Ову епизоду подржала је Фондација Зелена башта.", note="podcast"),
    N("sr", "newsroom", "none", "Чачански глас", "Фондација доделила грантове за 20 башта",
      ["Фондација Развој доделила је грантове за 20 друштвених башта у округу.",
       "Фондација сваке године подржава еколошке пројекте."],
      "", "negative: grants to others"),
    # Ukrainian
    P("uk", "newsroom", "note", "Подільський вісник", "Бібліотека, де позичають насіння",
      ["У Вінницькій міській бібліотеці можна позичити насіння квасолі й гарбуза.",
       "Восени читачі повертають нове насіння."],
      "Цей матеріал створено за підтримки Фонду розвитку місцевих медіа.", note="newsroom note"),
    N("uk", "newsroom", "aside-out", "Подільський вісник", "Обмін насінням зібрав сотні людей",
      ["Сотні людей прийшли на весняний обмін насінням.",
       "Найпопулярнішими були помідори."],
      '<aside><h2>Підтримайте незалежну журналістику</h2><p>Наше видання існує завдяки підтримці читачів.</p></aside>',
      "negative: support our journalism"),
    N("uk", "newsroom", "none", "Подільський вісник", "Міськрада виділила кошти на бібліотеки",
      ["Міська рада затвердила бюджет на 2026 рік.",
       "Бібліотеки отримають 2 мільйони гривень, частину — на бібліотеку насіння."],
      "", "negative: budget"),
    # Russian
    P("ru", "thesis", "table", "Репозиторий Аграрного университета", "Диссертация: библиотеки семян в сельских библиотеках",
      ["В работе изучены двенадцать библиотек семян в сельских библиотеках.",
       "Автор анализирует выдачу и возврат семян за четыре сезона."],
      "Исследование выполнено при финансовой поддержке Российского научного фонда (проект № 24-26-00417).",
      heading="Финансирование", rows=(("Автор", "Анна Соколова"), ("Год", "2026")), note="thesis table"),
    P("ru", "conference", "heading", "Конференция «Семена и люди»", "Конференция «Семена и люди» 2026",
      ["Конференция соберёт библиотекарей и агрономов.",
       "В программе мастер-классы по хранению семян."],
      "Конференция проводится при поддержке Фонда президентских грантов.", heading="Поддержка",
      note="conference page"),
    N("ru", "newsroom", "none", "Вести Поволжья", "Стартап привлёк 100 миллионов рублей",
      ["Стартап «Росток» привлёк 100 миллионов рублей инвестиций.",
       "Средства пойдут на развитие сервиса подписки на семена."],
      "", "negative: investment round"),
    # Greek
    P("el", "press", "press", "Γεωπονικό Πανεπιστήμιο Θεσσαλίας", "Οι βιβλιοθήκες σπόρων σώζουν παλιές ποικιλίες",
      ["Ερευνητές μελέτησαν τις βιβλιοθήκες σπόρων σε οκτώ δημοτικές βιβλιοθήκες.",
       "Οι δανειζόμενοι επέστρεψαν σπόρους από 22 τοπικές ποικιλίες."],
      "Η έρευνα χρηματοδοτήθηκε από το Ελληνικό Ίδρυμα Έρευνας και Καινοτομίας (ΕΛΙΔΕΚ).", note="press release"),
    N("el", "newsroom", "none", "Θεσσαλικά Νέα", "Ίδρυμα χρηματοδοτεί 25 κοινοτικούς λαχανόκηπους",
      ["Το Ίδρυμα Γη ανακοίνωσε επιχορηγήσεις για 25 κοινοτικούς λαχανόκηπους.",
       "Το ίδρυμα στηρίζει κάθε χρόνο περιβαλλοντικά προγράμματα."],
      "", "negative: grants to others"),
    N("el", "magazine", "end", "Κήπος Σήμερα", "Δέκα σπόροι για αρχάριους",
      ["Δέκα λαχανικά που σπέρνονται εύκολα.",
       "Τα ραπανάκια φυτρώνουν σε πέντε μέρες."],
      '<div class="ad"><span>Χορηγούμενο</span><p>Σπόροι Ελλάς: δωρεάν αποστολή</p></div>', "negative: sponsored"),
    # Turkish
    P("tr", "project", "heading", "Tohum Kütüphanesi Projesi", "Proje hakkında",
      ["Proje, on iki halk kütüphanesinde tohum kütüphanesi kurdu.",
       "Okurlar baharda tohum ödünç alıyor, hasattan sonra geri getiriyor."],
      "Bu proje TÜBİTAK tarafından 124O512 numaralı proje kapsamında desteklenmektedir.",
      heading="Finansman", note="project page"),
    P("tr", "newsroom", "story", "Ege Postası", "Kütüphanede tohum ödünç veriliyor",
      ["İzmir’deki kütüphanede domates ve fasulye tohumu ödünç alınabiliyor.",
       "Araştırmacılar tohumların yüzde 75’inin geri getirildiğini belirledi."],
      "Araştırma, Ege Kalkınma Ajansı’nın desteğiyle yürütüldü.", note="news story sentence"),
    N("tr", "newsroom", "none", "Ege Postası", "Belediye kütüphane bütçesini artırdı",
      ["Belediye meclisi kütüphanelerin bütçesini yüzde 20 artırdı.",
       "Muhalefet önergeyi destekledi."],
      "", "negative: budget"),
    # Arabic
    P("ar", "press", "press", "جامعة الواحات", "مكتبات البذور تحفظ الأصناف المحلية",
      ["تابع باحثون من جامعة الواحات إعارة البذور في ست مكتبات عامة.",
       "أعاد المستعيرون بذور 19 صنفًا محليًا من الطماطم والفول."],
      "موّلت هذه الدراسة مؤسسة الخليج للبحث العلمي بموجب المنحة رقم 2024-117.", note="press release"),
    N("ar", "newsroom", "aside-out", "صحيفة الواحة", "معرض لتبادل البذور يجذب المئات",
      ["حضر المئات معرض تبادل البذور في الساحة العامة.",
       "كانت بذور الطماطم الأكثر طلبًا."],
      '<aside><h2>ادعم صحافتنا المستقلة</h2><p>صحيفتنا مدعومة من قرائها. تبرّع اليوم.</p></aside>',
      "negative: support our journalism"),
    N("ar", "newsroom", "none", "صحيفة الواحة", "صندوق يمنح 40 مشروعًا زراعيًا",
      ["أعلن صندوق التنمية المحلية عن منح لأربعين مشروعًا زراعيًا مجتمعيًا.",
       "ويدعم الصندوق سنويًا مشاريع بيئية في أنحاء البلاد."],
      "", "negative: grants to others"),
    # Hebrew
    P("he", "newsroom", "note", "מקומון הגליל", "הספרייה שמשאילה זרעים",
      ["בספרייה העירונית בכרמיאל אפשר לשאול זרעים של עגבניות ושעועית.",
       "בסתיו מחזירים הקוראים זרעים חדשים."],
      "הכתבה נכתבה בתמיכת הקרן לעיתונות מקומית.", note="newsroom note"),
    P("he", "museum", "aside", "מוזיאון הכפר", "תערוכה: זרעים להשאלה",
      ["התערוכה מציגה את ההיסטוריה של החלפת זרעים בגליל.",
       "המבקרים יכולים לשאול שקית זרעים."],
      "התערוכה נתמכת על ידי מפעל הפיס ומשרד התרבות.", heading="תודות לתומכים", note="museum aside"),
    N("he", "newsroom", "none", "מקומון הגליל", "סטארט-אפ לזרעים גייס 5 מיליון דולר",
      ["חברת נבט גייסה 5 מיליון דולר ממשקיעים.",
       "הכסף ישמש להרחבת מנוי הזרעים."],
      "", "negative: investment round"),
    # Persian
    P("fa", "thesis", "heading", "مخزن دانشگاه کشاورزی", "پایان‌نامه: کتابخانه‌های بذر در کتابخانه‌های عمومی",
      ["این پایان‌نامه کتابخانه‌های بذر را در ده کتابخانه عمومی بررسی می‌کند.",
       "نویسنده امانت و بازگشت بذرها را در سه فصل زراعی تحلیل کرده است."],
      "این پژوهش با حمایت مالی صندوق حمایت از پژوهشگران و فناوران کشور (طرح شماره ۴۰۲۱۱۸) انجام شده است.",
      heading="حمایت مالی", note="thesis page heading"),
    N("fa", "newsroom", "aside-out", "روزنامه محلی", "بازارچه تبادل بذر برگزار شد",
      ["صدها نفر در بازارچه تبادل بذر شرکت کردند.",
       "بذر گوجه‌فرنگی بیشترین طرفدار را داشت."],
      '<aside><h2>از روزنامه‌نگاری مستقل حمایت کنید</h2><p>این نشریه با حمایت خوانندگانی مانند شما منتشر '
      'می‌شود.</p></aside>', "negative: supported by readers"),
    N("fa", "newsroom", "none", "روزنامه محلی", "بودجه کتابخانه‌ها افزایش یافت",
      ["شورای شهر بودجه کتابخانه‌ها را ده درصد افزایش داد.",
       "بخشی از این بودجه به کتابخانه بذر اختصاص می‌یابد."],
      "", "negative: budget"),
    # Hindi
    P("hi", "press", "press", "ग्रामीण कृषि विश्वविद्यालय", "बीज पुस्तकालय से लौटीं पुरानी किस्में",
      ["शोधकर्ताओं ने छह सार्वजनिक पुस्तकालयों में बीज उधार देने की व्यवस्था का अध्ययन किया।",
       "किसानों ने फसल के बाद 27 स्थानीय किस्मों के बीज लौटाए।"],
      "यह अध्ययन भारतीय कृषि अनुसंधान परिषद द्वारा वित्तपोषित था।", note="press release"),
    P("hi", "newsroom", "story", "ग्राम समाचार", "गाँव के पुस्तकालय में मिलते हैं बीज",
      ["गाँव के पुस्तकालय में अब किताबों के साथ बीज भी उधार मिलते हैं।",
       "सर्वेक्षण में पाया गया कि 80 प्रतिशत बीज वापस लौटे।"],
      "इस सर्वेक्षण के लिए धन हरित भविष्य फाउंडेशन ने दिया।", note="news story sentence, Hindi word order"),
    N("hi", "newsroom", "none", "ग्राम समाचार", "फाउंडेशन ने 50 सामुदायिक बगीचों को अनुदान दिया",
      ["हरित भविष्य फाउंडेशन ने 50 सामुदायिक बगीचों को अनुदान देने की घोषणा की।",
       "फाउंडेशन हर साल पर्यावरण परियोजनाओं का समर्थन करता है।"],
      "", "negative: grants to others"),
    # Bengali
    P("bn", "newsroom", "note", "গ্রামের খবর", "যে গ্রন্থাগারে বীজ ধার দেওয়া হয়",
      ["গ্রামের গ্রন্থাগারে এখন বইয়ের পাশাপাশি বীজও ধার নেওয়া যায়।",
       "ফসল তোলার পর কৃষকেরা নতুন বীজ ফেরত দেন।"],
      "এই প্রতিবেদনটি স্থানীয় সাংবাদিকতা তহবিলের সহায়তায় তৈরি।", note="newsroom note"),
    N("bn", "newsroom", "none", "গ্রামের খবর", "পৌরসভা গ্রন্থাগারের বাজেট বাড়াল",
      ["পৌরসভা গ্রন্থাগারের বাজেট দশ শতাংশ বাড়িয়েছে।",
       "এর একটি অংশ বীজ গ্রন্থাগারে যাবে।"],
      "", "negative: budget"),
    N("bn", "newsroom", "end", "গ্রামের খবর", "স্বেচ্ছাসেবকেরা বীজের প্যাকেট তৈরি করলেন",
      ["বিশজন স্বেচ্ছাসেবক তিন হাজার বীজের প্যাকেট তৈরি করেছেন।",
       "বীজ গ্রন্থাগার মার্চে খুলবে।"],
      "<p>সকল স্বেচ্ছাসেবক ও পাঠককে আন্তরিক ধন্যবাদ।</p>", "negative: thanks only"),
    # Tamil
    P("ta", "project", "heading", "விதை நூலகத் திட்டம்", "திட்டம் பற்றி",
      ["இந்தத் திட்டம் பத்து பொது நூலகங்களில் விதை நூலகங்களை அமைத்துள்ளது.",
       "வாசகர்கள் விதைகளைக் கடன் வாங்கி அறுவடைக்குப் பின் திருப்பித் தருகின்றனர்."],
      "இந்தத் திட்டத்திற்கு தமிழ்நாடு மாநில திட்டக் குழு நிதியுதவி அளிக்கிறது.", heading="நிதியுதவி",
      note="project page"),
    P("ta", "podcast", "end", "மண் வானொலி", "அத்தியாயம் 7: விதை நூலகம்",
      ["இந்த அத்தியாயத்தில் மதுரை விதை நூலகத்தைப் பார்வையிடுகிறோம்.",
       "பாரம்பரிய நெல் வகைகள் பற்றிப் பேசுகிறோம்."],
      "இந்த அத்தியாயத்திற்கு பசுமை அறக்கட்டளை ஆதரவு வழங்குகிறது.", note="podcast"),
    N("ta", "magazine", "end", "தோட்டம் இதழ்", "தொடக்கநிலையாளர்களுக்கான பத்து விதைகள்",
      ["எளிதாக விதைக்கக்கூடிய பத்து காய்கறிகள்.",
       "முள்ளங்கி ஐந்து நாட்களில் முளைக்கும்."],
      '<div class="ad"><span>விளம்பரம்</span><p>விதை கடை: இலவச டெலிவரி</p></div>', "negative: ad label"),
    # Thai
    P("th", "press", "press", "มหาวิทยาลัยเกษตรภาคเหนือ", "ห้องสมุดเมล็ดพันธุ์ช่วยรักษาพันธุ์พื้นบ้าน",
      ["นักวิจัยติดตามการยืมเมล็ดพันธุ์ในห้องสมุดประชาชนแปดแห่ง",
       "ผู้ยืมนำเมล็ดพันธุ์พื้นบ้าน 25 พันธุ์กลับมาคืนหลังการเก็บเกี่ยว"],
      "งานวิจัยนี้ได้รับทุนสนับสนุนจากสำนักงานการวิจัยแห่งชาติ (วช.)", note="press release"),
    N("th", "newsroom", "none", "ข่าวท้องถิ่น", "สตาร์ทอัพเมล็ดพันธุ์ระดมทุน 50 ล้านบาท",
      ["สตาร์ทอัพเมล็ดงามระดมทุนได้ 50 ล้านบาทจากนักลงทุน",
       "เงินทุนจะใช้ขยายบริการสมาชิกเมล็ดพันธุ์"],
      "", "negative: investment round"),
    N("th", "magazine", "end", "นิตยสารสวนบ้าน", "กล่องเก็บเมล็ดพันธุ์ที่ดีที่สุด",
      ["เราทดสอบกล่องเก็บเมล็ดพันธุ์หกแบบ",
       "กล่องไม้ดีที่สุด"],
      "<p><em>บทความนี้มีลิงก์พันธมิตร เราอาจได้รับค่าคอมมิชชันเมื่อคุณซื้อสินค้าผ่านลิงก์</em></p>",
      "negative: affiliate disclosure"),
    # Vietnamese
    P("vi", "newsroom", "story", "Báo Nông thôn", "Thư viện cho mượn hạt giống",
      ["Thư viện xã cho người dân mượn hạt giống rau và đậu.",
       "Khảo sát cho thấy 70% hạt giống đã được trả lại sau thu hoạch."],
      "Khảo sát được tài trợ bởi Quỹ Phát triển Khoa học và Công nghệ Quốc gia.", note="news story sentence"),
    P("vi", "conference", "heading", "Hội thảo Hạt giống Cộng đồng", "Hội thảo Hạt giống Cộng đồng 2026",
      ["Hội thảo quy tụ các thủ thư và nông dân giữ giống.",
       "Chương trình gồm các buổi thực hành bảo quản hạt giống."],
      "Hội thảo được tổ chức với sự tài trợ của Quỹ Bảo tồn Thiên nhiên Việt Nam.", heading="Nhà tài trợ",
      note="conference page"),
    N("vi", "newsroom", "none", "Báo Nông thôn", "Quỹ trao tài trợ cho 30 vườn cộng đồng",
      ["Quỹ Xanh công bố tài trợ cho 30 vườn rau cộng đồng.",
       "Quỹ hằng năm hỗ trợ các dự án môi trường."],
      "", "negative: grants to others"),
    # Indonesian
    P("id", "press", "press", "Universitas Tani Nusantara", "Perpustakaan benih lestarikan varietas lokal",
      ["Peneliti memantau peminjaman benih di tujuh perpustakaan daerah.",
       "Peminjam mengembalikan benih dari 33 varietas lokal."],
      "Penelitian ini didanai oleh Badan Riset dan Inovasi Nasional melalui skema Riset dan Inovasi untuk "
      "Indonesia Maju.", note="press release"),
    N("id", "newsroom", "aside-out", "Kabar Desa", "Pasar tukar benih ramai pengunjung",
      ["Ratusan warga datang ke pasar tukar benih.",
       "Benih cabai paling dicari."],
      '<aside><h2>Dukung jurnalisme independen</h2><p>Media ini didukung oleh pembaca seperti Anda.</p></aside>',
      "negative: supported by readers"),
    N("id", "oss", "heading", "benihku", "benihku",
      ["benihku adalah aplikasi katalog perpustakaan benih.",
       "Aplikasi ini gratis dan sumber terbuka."],
      "<h2>Platform yang didukung</h2><p>Aplikasi mendukung Android 10 ke atas dan iOS 16 ke atas.</p>",
      "negative: supported platforms"),
    # Tagalog
    P("tl", "newsroom", "story", "Balitang Bayan", "Aklatan ng binhi sa Nueva Ecija",
      ["Sa munisipal na aklatan, puwedeng humiram ng binhi ng kamatis at sitaw.",
       "Ayon sa pag-aaral, 65 porsiyento ng binhi ang naibalik."],
      "Pinondohan ng Department of Science and Technology ang pag-aaral.", note="news story, Tagalog word order"),
    P("tl", "project", "dialog", "Proyektong Binhi", "Proyektong Binhi",
      ["Ang Proyektong Binhi ay nagtatayo ng mga aklatan ng binhi sa mga barangay.",
       "Nagpapahiram kami ng binhi tuwing tag-ulan."],
      "Ang proyektong ito ay suportado ng Philippine Council for Agriculture Research.", heading="Paunawa",
      note="sponsor notice in an open dialog"),
    N("tl", "newsroom", "none", "Balitang Bayan", "Badyet ng aklatan, itinaas",
      ["Inaprubahan ng sangguniang bayan ang mas malaking badyet para sa aklatan.",
       "Sinuportahan ng mayorya ang panukala."],
      "", "negative: budget, political support"),
    # Swahili
    P("sw", "project", "heading", "Mradi wa Maktaba ya Mbegu", "Kuhusu mradi",
      ["Mradi huu umeanzisha maktaba za mbegu katika maktaba kumi za umma.",
       "Wakulima hukopa mbegu na kurudisha baada ya mavuno."],
      "Mradi huu unafadhiliwa na Mfuko wa Utafiti wa Kilimo Afrika Mashariki.", heading="Ufadhili",
      note="project page"),
    N("sw", "newsroom", "none", "Habari za Pwani", "Mfuko watoa ruzuku kwa bustani 25",
      ["Mfuko wa Maendeleo umetoa ruzuku kwa bustani 25 za jamii.",
       "Mfuko huo husaidia miradi ya mazingira kila mwaka."],
      "", "negative: grants to others"),
    N("sw", "newsroom", "end", "Habari za Pwani", "Wajitolea wapanga mbegu",
      ["Wajitolea ishirini walipanga pakiti elfu mbili za mbegu.",
       "Maktaba ya mbegu itafunguliwa Machi."],
      "<p>Tunawashukuru wajitolea wote na wasomaji wetu.</p>", "negative: thanks only"),
    # Chinese
    P("zh", "press", "heading", "江南农业大学", "种子图书馆让老品种重回田间",
      ["江南农业大学研究团队追踪了八家公共图书馆的种子借阅情况。",
       "借阅者在收获后归还了27个地方品种的种子。"],
      "本研究由国家自然科学基金（批准号：32471234）资助。", heading="基金项目", note="press release 基金 heading"),
    P("zh", "oss", "heading", "zhongzi", "zhongzi：种子图书馆管理软件",
      ["zhongzi 是一个开源的种子图书馆目录管理软件。",
       "它可以打印种子袋标签并记录发芽试验。"],
      "本项目的开发得到开放原子开源基金会的资助。", heading="资助", note="open-source page"),
    N("zh", "newsroom", "none", "江南日报", "种子初创公司完成亿元融资",
      ["种子订阅初创公司“芽芽”宣布完成1亿元A轮融资。",
       "资金将用于扩大仓储和物流。"],
      "", "negative: investment round"),
    # Japanese
    P("ja", "thesis", "dl", "北陸農業大学 学術リポジトリ", "博士論文：公共図書館における種子図書館",
      ["本論文は、公共図書館に設置された十か所の種子図書館を調査した。",
       "貸出と返却の記録を三年間分析した。"],
      "本研究はJSPS科研費 JP24K09123の助成を受けたものです。", heading="助成",
      rows=(("著者", "山田花子"), ("発行年", "2026")),
      extra="<h2>利益相反</h2><p>開示すべき利益相反はない。</p>", keep=("開示すべき利益相反はない。",),
      note="thesis dl, conflict of interest kept"),
    N("ja", "magazine", "end", "家庭菜園マガジン", "初心者におすすめの種10選",
      ["春にまきやすい野菜を紹介します。",
       "ラディッシュは5日で発芽します。"],
      '<div class="ad"><span>PR</span><p>タネの森：送料無料キャンペーン</p></div>', "negative: PR ad label"),
    N("ja", "newsroom", "aside-out", "北陸新報", "種の交換会に300人",
      ["種の交換会に約300人が訪れた。",
       "トマトの種が一番人気だった。"],
      '<aside><h2>私たちの報道を支援してください</h2><p>本紙は読者の皆さまのご支援で運営されています。</p></aside>',
      "negative: support box"),
    # Korean
    P("ko", "press", "press", "한빛농업대학교", "씨앗도서관, 토종 품종 지킨다",
      ["연구팀은 공공도서관 여섯 곳의 씨앗 대출 기록을 분석했다.",
       "대출자들은 수확 후 토종 품종 21종의 씨앗을 반납했다."],
      "이 연구는 한국연구재단의 지원을 받아 수행되었다(과제번호 RS-2024-00412345).", note="press release"),
    P("ko", "museum", "aside", "마을민속박물관", "전시: 빌려 가는 씨앗",
      ["전시는 마을의 씨앗 나눔 역사를 보여준다.",
       "관람객은 씨앗 한 봉지를 빌려 갈 수 있다."],
      "이 전시는 한국문화예술위원회의 후원으로 개최됩니다.", heading="후원", note="museum aside"),
    N("ko", "newsroom", "none", "지역신문", "시의회, 도서관 예산 증액",
      ["시의회는 도서관 예산을 10% 늘리는 안을 통과시켰다.",
       "야당 의원들도 이 안을 지지했다."],
      "", "negative: budget"),
    # Catalan
    P("ca", "project", "heading", "Projecte Llavors Compartides", "Sobre el projecte",
      ["El projecte ha obert biblioteques de llavors a quinze biblioteques públiques.",
       "Els usuaris agafen llavors en préstec a la primavera i en retornen després de la collita."],
      "Aquest projecte està finançat per la Fundació Agroterra i la Diputació de Girona.", heading="Finançament",
      note="project page"),
    N("ca", "magazine", "end", "Hort i Jardí", "Les millors capses per guardar llavors",
      ["Hem provat sis capses durant un any.",
       "La millor és una capsa de fusta amb calaixos."],
      "<p><em>Aquest article conté enllaços d’afiliació; podem rebre una comissió per les compres.</em></p>",
      "negative: affiliate"),
    N("ca", "newsroom", "none", "Diari de Girona Nord", "La fundació atorga ajuts a 20 horts",
      ["La Fundació Verda ha atorgat ajuts a vint horts comunitaris.",
       "La fundació dona suport cada any a projectes ambientals."],
      "", "negative: grants to others"),
]


def main() -> None:
    folder = pathlib.Path(__file__).resolve().parent
    built: dict[str, tuple[str, dict]] = {}
    for number, case in enumerate(CASES, 1):
        related = [other["title"] for other in CASES if other["lang"] == case["lang"] and other is not case][:3]
        html = build(case, related, strip=number % 2 == 0)
        if case["statement"] is not None:
            assert case["statement"] in html, case["title"]
        label = {"funding": [case["statement"]] if case["statement"] is not None else [], "where": case["place"],
                 "lang": case["lang"], "must_keep_in_body": case["keep"], "not_funding": case["nf"],
                 "note": case["note"] + ("; site footer partner strip" if number % 2 == 0 else "")}
        built[f"r146-{number:03d}"] = (html, label)
    write_corpus(folder, built)
    print(f"{len(built)} pages, {sum(1 for _, label in built.values() if label['funding'])} with a statement, "
          f"{len({label['lang'] for _, label in built.values()})} languages")


if __name__ == "__main__":
    main()

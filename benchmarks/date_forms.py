"""Probe: publication dates as pages in many languages state them, counted wrong or right.

Each case is a small invented page run through `clean()`: a date labelled beside the headline, in
markup, in the URL, or only in places that must not give the date (a body sentence, a copyright year,
a listing's event day, a comment, a release note). The probe prints every case whose `date` differs
from the day the page states and a count per form. Usage:

    PYTHONPATH=src python benchmarks/date_forms.py [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import speaker_forms  # (benchmarks/ is the script's folder: its first import path)

import cleanpage
from probe_corpus import print_tally

# The speaker probe's filler sentences, and those of the languages only this probe has (or says otherwise).
FILLER = {
    **speaker_forms.FILLER,
    "el": "Η πόλη της κοιλάδας μεγάλωσε γρήγορα από τότε που άνοιξε η νέα σιδηροδρομική γραμμή, και δεν είναι όλοι ικανοποιημένοι με τον ρυθμό της οικοδόμησης.",
    "ro": "Orășelul din vale a crescut repede de când s-a deschis noua linie de cale ferată, iar nu toată lumea este mulțumită de ritmul construcțiilor.",
    "uk": "Містечко в долині швидко зросло після відкриття нової залізниці, і не всіх влаштовує темп будівництва вздовж річки.",
    "cs": "Městečko v údolí rychle vyrostlo od otevření nové železnice a ne všichni jsou spokojeni s tempem výstavby podél řeky.",
    "fi": "Laakson kaupunki on kasvanut nopeasti uuden radan avaamisen jälkeen, eivätkä kaikki ole tyytyväisiä rakentamisen tahtiin joen varrella.",
    "da": "Dalbyen er vokset hurtigt, siden den nye jernbane åbnede, og ikke alle er tilfredse med byggetempoet langs åen.",
    "no": "Dalbyen har vokst raskt siden den nye jernbanen åpnet, og ikke alle er fornøyd med byggetempoet langs elva.",
    "th": "เมืองในหุบเขาเติบโตอย่างรวดเร็วตั้งแต่ทางรถไฟสายใหม่เปิดให้บริการ และไม่ใช่ทุกคนที่พอใจกับความเร็วของการก่อสร้างริมแม่น้ำ",
    "ca": "El poble de la vall ha crescut de pressa des que va obrir la nova línia de tren, i no tothom està content amb el ritme de les obres al costat del riu.",
    "sk": "Mestečko v údolí rýchlo vyrástlo od otvorenia novej železnice a nie všetci sú spokojní s tempom výstavby pozdĺž rieky.",
    "hr": "Gradić u dolini brzo je narastao otkako je otvorena nova pruga, a nisu svi zadovoljni tempom gradnje uz rijeku.",
    "sl": "Mestece v dolini je hitro zraslo, odkar so odprli novo železnico, in niso vsi zadovoljni s tempom gradnje ob reki.",
    "sr": "Градић у долини брзо је растао откако је отворена нова пруга, а нису сви задовољни темпом градње поред реке.",
    "bg": "Градчето в долината се разрасна бързо след откриването на новата железница и не всички са доволни от темпото на строителството край реката.",
    "lt": "Slėnio miestelis sparčiai augo nuo naujos geležinkelio linijos atidarymo, ir ne visi patenkinti statybų tempu prie upės.",
    "lv": "Ielejas pilsētiņa strauji augusi kopš jaunās dzelzceļa līnijas atklāšanas, un ne visi ir apmierināti ar būvniecības tempu gar upi.",
    "et": "Oruküla on uue raudtee avamisest saadik kiiresti kasvanud ja kõik ei ole jõeäärse ehituse tempoga rahul.",
    "ms": "Pekan di lembah itu berkembang pesat sejak landasan kereta api baharu dibuka, dan bukan semua orang gembira dengan kadar pembinaan di tepi sungai.",
    "cy": "Mae'r dref yn y cwm wedi tyfu'n gyflym ers i'r rheilffordd newydd agor, ac nid yw pawb yn hapus gyda chyflymder yr adeiladu ar lan yr afon.",
    "af": "Die dorpie in die vallei het vinnig gegroei sedert die nuwe spoorlyn oopgemaak het, en nie almal is tevrede met die tempo van die bouwerk langs die rivier nie.",
    "mt": "Il-belt fil-wied kibret malajr minn meta nfetħet il-ferrovija l-ġdida, u mhux kulħadd kuntent bir-ritmu tal-bini ħdejn ix-xmara.",
    "hy": "Հովտի քաղաքը արագ աճել է նոր երկաթուղու բացումից ի վեր, և ոչ բոլորն են գոհ գետի ափին շինարարության տեմպից։",
    "am": "በሸለቆው ያለችው ከተማ አዲሱ የባቡር መስመር ከተከፈተ ወዲህ በፍጥነት አድጋለች፤ ሁሉም ግን በወንዙ ዳር ባለው የግንባታ ፍጥነት ደስተኛ አይደሉም።",
}


def date_of(lang: str, line: str = "", *, head: str = "", body: str = "", after: str = "",
            url: str | None = None) -> str | None:
    """The date `clean()` gives an invented story page: `line` sits under the headline, `body` among the
    paragraphs, `after` below the article, `head` in <head>."""
    filler = "".join(f"<p>{FILLER[lang]}</p>" for _ in range(3))
    html = (f"<!doctype html><html lang='{lang}'><head><title>Valley | Riverside Courier</title>{head}</head>"
            f"<body><article><h1>Valley bridge</h1>{line}<div class='body'>{filler}{body}</div></article>"
            f"{after}</body></html>")
    return cleanpage.clean(html, url=url).date


M = "<div class='meta'>{}</div>".format
S = "<span>{}</span>".format
P = "<p>{}</p>".format

def PUBLISHED_UTC(instant: str) -> str:
    """The publication instant in a meta tag, as a CMS writes it in UTC."""
    return f"<meta property='article:published_time' content='{instant}'>"


def INDENTED(words: str) -> str:
    """A dateline box whose words follow a template's indentation (more white space than a label's reach)."""
    pad = "\n" + " " * 48
    return f"<div class='date-box'>{pad}{words}{pad}</div>"


def THREAD(*stamps: str) -> str:
    """A board's long menu, then a thread's posts, each with its date line (first post first)."""
    menu = "<ul>" + "".join(f"<li><a href='/f{i}'>{i}</a></li>" for i in range(80)) + "</ul>"
    return menu + "".join(f"<div class='post'><div class='post_head'><span class='post_date'>{stamp}</span></div>"
                          f"<div class='post_body'>…</div></div>" for stamp in stamps)


CASES = [
    # ------------------------------------------------------------------ a labelled date under the headline
    ("label", "en", dict(line=M("Published March 3, 2024 at 2:05 p.m.")), "2024-03-03"),
    ("label", "en", dict(line=M("Published: 14 June 2023")), "2023-06-14"),
    ("label", "fr", dict(line=M("Publié le 3 mars 2024 à 14h05")), "2024-03-03"),
    ("label", "fr", dict(line=M("Publié le 17 févr. 2023")), "2023-02-17"),
    ("label", "de", dict(line=M("Veröffentlicht am 3. März 2024")), "2024-03-03"),
    ("label", "de", dict(line=M("Veröffentlicht am 21.11.2022, 08:15 Uhr")), "2022-11-21"),
    ("label", "pl", dict(line=M("Opublikowano: 3 marca 2024")), "2024-03-03"),
    ("label", "pl", dict(line=M("Data publikacji: 12 października 2021, 10:30")), "2021-10-12"),
    ("label", "es", dict(line=M("Publicado el 3 de marzo de 2024")), "2024-03-03"),
    ("label", "es", dict(line=M("Publicado: 25 de septiembre de 2022 - 19:40")), "2022-09-25"),
    ("label", "it", dict(line=M("Pubblicato il 3 marzo 2024")), "2024-03-03"),
    ("label", "it", dict(line=M("Pubblicato il 14 gen 2023 alle 09:12")), "2023-01-14"),
    ("label", "pt", dict(line=M("Publicado em 3 de março de 2024")), "2024-03-03"),
    ("label", "pt", dict(line=M("Publicado em 22/07/2023 às 16h40")), "2023-07-22"),
    ("label", "nl", dict(line=M("Gepubliceerd op 3 maart 2024")), "2024-03-03"),
    ("label", "nl", dict(line=M("Gepubliceerd: 19 okt 2022 om 11:02")), "2022-10-19"),
    ("label", "sv", dict(line=M("Publicerad 3 mars 2024 kl. 14.05")), "2024-03-03"),
    ("label", "sv", dict(line=M("Publicerad 2023-05-28 07:30")), "2023-05-28"),
    ("label", "fi", dict(line=M("Julkaistu 3.3.2024 14:05")), "2024-03-03"),
    ("label", "fi", dict(line=M("Julkaistu 15. huhtikuuta 2023")), "2023-04-15"),
    ("label", "da", dict(line=M("Offentliggjort 3. marts 2024 kl. 14.05")), "2024-03-03"),
    ("label", "no", dict(line=M("Publisert 3. mars 2024 kl. 14.05")), "2024-03-03"),
    ("label", "tr", dict(line=M("Yayınlanma: 3 Mart 2024 14:05")), "2024-03-03"),
    ("label", "tr", dict(line=M("Yayınlanma Tarihi: 18 Ağustos 2022 Perşembe")), "2022-08-18"),
    ("label", "ru", dict(line=M("Опубликовано 3 марта 2024, 14:05")), "2024-03-03"),
    ("label", "ru", dict(line=M("Опубликовано: 27.09.2021 в 18:20")), "2021-09-27"),
    ("label", "uk", dict(line=M("Опубліковано 3 березня 2024 о 14:05")), "2024-03-03"),
    ("label", "cs", dict(line=M("Publikováno 3. března 2024")), "2024-03-03"),
    ("label", "hu", dict(line=M("Közzétéve: 2024. március 3. 14:05")), "2024-03-03"),
    ("label", "ro", dict(line=M("Publicat: 3 martie 2024, 14:05")), "2024-03-03"),
    ("label", "el", dict(line=M("Δημοσιεύθηκε: 3 Μαρτίου 2024, 14:05")), "2024-03-03"),
    ("label", "id", dict(line=M("Diterbitkan 3 Maret 2024 14:05 WIB")), "2024-03-03"),
    ("label", "vi", dict(line=M("Đăng lúc 14:05 ngày 03/03/2024")), "2024-03-03"),
    ("label", "vi", dict(line=M("Thứ Hai, 4/3/2024, 14:05 (GMT+7)")), "2024-03-04"),
    ("label", "he", dict(line=M("פורסם: 03.03.2024 14:05")), "2024-03-03"),
    # ------------------------------------------------------------------ East Asian and numeric forms
    ("cjk", "zh", dict(line=M("发布时间：2024年3月3日 14:05")), "2024-03-03"),
    ("cjk", "zh", dict(line=M("2023-11-08 09:30 来源：河谷日报")), "2023-11-08"),
    ("cjk", "ja", dict(line=M("2024年3月3日 14時05分 公開")), "2024-03-03"),
    ("cjk", "ja", dict(line=M("公開日：2022/12/09")), "2022-12-09"),
    ("cjk", "ko", dict(line=M("입력 2024.03.03 14:05")), "2024-03-03"),
    ("cjk", "ko", dict(line=M("입력 2023.06.21 오후 3:12 수정 2023.06.22 오전 9:00")), "2023-06-21"),
    ("cjk", "ko", dict(line=M("2022년 8월 17일 기사")), "2022-08-17"),
    ("numeric", "en", dict(line=M("Published 2024.03.03")), "2024-03-03"),
    ("numeric", "en", dict(line=M("Published 3/4/2024")), "2024-03-04"),
    ("numeric", "de", dict(line=M("03.04.2024")), "2024-04-03"),
    ("numeric", "fr", dict(line=M("Publié le 03/04/2024")), "2024-04-03"),
    ("numeric", "en", dict(line=M("Published 13/4/2024")), "2024-04-13"),
    ("digits", "ar", dict(line=M("نشر في ٣ مارس ٢٠٢٤")), "2024-03-03"),
    ("digits", "ar", dict(line=M("تاريخ النشر: ٢٠٢٣/٠٩/١٤")), "2023-09-14"),
    ("digits", "fa", dict(line=M("تاریخ انتشار: ۱۴۰۲/۱۲/۱۳")), "2024-03-03"),
    ("digits", "th", dict(line=M("เผยแพร่: 3 มีนาคม 2567")), "2024-03-03"),
    # ------------------------------------------------------------------ weekday names before the day
    ("weekday", "en", dict(line=M("Sunday, March 3, 2024")), "2024-03-03"),
    ("weekday", "de", dict(line=M("Sonntag, 3. März 2024")), "2024-03-03"),
    ("weekday", "fr", dict(line=M("dimanche 3 mars 2024")), "2024-03-03"),
    ("weekday", "es", dict(line=M("domingo, 3 de marzo de 2024")), "2024-03-03"),
    ("weekday", "it", dict(line=M("domenica 3 marzo 2024")), "2024-03-03"),
    ("weekday", "pl", dict(line=M("niedziela, 3 marca 2024")), "2024-03-03"),
    ("weekday", "ru", dict(line=M("воскресенье, 3 марта 2024")), "2024-03-03"),
    ("weekday", "nl", dict(line=M("zondag 3 maart 2024")), "2024-03-03"),
    ("weekday", "pt", dict(line=M("domingo, 3 de março de 2024")), "2024-03-03"),
    # ------------------------------------------------------------------ published beside updated: publication wins
    ("updated", "en", dict(line=M("Updated March 9, 2024 · Published March 3, 2024")), "2024-03-03"),
    ("updated", "de", dict(line=M("Aktualisiert am 9. März 2024 · Veröffentlicht am 3. März 2024")), "2024-03-03"),
    ("updated", "fr", dict(line=M("Mis à jour le 9 mars 2024 · Publié le 3 mars 2024")), "2024-03-03"),
    ("updated", "es", dict(line=M("Actualizado el 9 de marzo de 2024 · Publicado el 3 de marzo de 2024")),
     "2024-03-03"),
    ("updated", "it", dict(line=M("Aggiornato il 9 marzo 2024 · Pubblicato il 3 marzo 2024")), "2024-03-03"),
    ("updated", "pl", dict(line=M("Aktualizacja: 9 marca 2024 · Opublikowano: 3 marca 2024")), "2024-03-03"),
    ("updated", "ru", dict(line=M("Обновлено 9 марта 2024 · Опубликовано 3 марта 2024")), "2024-03-03"),
    ("updated", "nl", dict(line=M("Bijgewerkt op 9 maart 2024 · Gepubliceerd op 3 maart 2024")), "2024-03-03"),
    ("updated", "pt", dict(line=M("Atualizado em 9 de março de 2024 · Publicado em 3 de março de 2024")),
     "2024-03-03"),
    ("updated", "sv", dict(line=M("Uppdaterad 9 mars 2024 · Publicerad 3 mars 2024")), "2024-03-03"),
    ("updated", "ko", dict(line=M("수정 2024.03.09 10:00 · 입력 2024.03.03 14:05")), "2024-03-03"),
    ("updated", "tr", dict(line=M("Güncelleme: 9 Mart 2024 · Yayınlanma: 3 Mart 2024")), "2024-03-03"),
    # ------------------------------------------------------------------ markup with an offset near midnight
    ("offset", "en", dict(head="<meta property='article:published_time' content='2024-03-03T23:30:00-05:00'>"),
     "2024-03-03"),
    ("offset", "de", dict(head="<meta property='article:published_time' content='2024-03-03T00:20:00+01:00'>"),
     "2024-03-03"),
    ("offset", "ja", dict(head="<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                               "\"@type\":\"NewsArticle\",\"headline\":\"Valley bridge\","
                               "\"datePublished\":\"2024-03-03T01:10:00+09:00\"}</script>"), "2024-03-03"),
    ("offset", "en", dict(head="<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                               "\"datePublished\":\"2024-03-03T22:45:00-08:00\","
                               "\"dateModified\":\"2024-03-05T10:00:00-08:00\"}</script>"), "2024-03-03"),
    ("offset", "fr", dict(line="<time datetime='2024-03-03T23:55:00-04:00'>3 mars 2024</time>"), "2024-03-03"),
    ("time", "es", dict(line="<time datetime='2024-03-03'>3 de marzo de 2024</time>"), "2024-03-03"),
    ("time", "pl", dict(line="<time>3 marca 2024</time>"), "2024-03-03"),
    # ------------------------------------------------------------------ the URL gives the day
    ("url", "en", dict(url="https://news.example.org/2024/03/03/valley-bridge"), "2024-03-03"),
    ("url", "de", dict(url="https://zeitung.example.de/lokal/2024-03-03/talbruecke"), "2024-03-03"),
    ("url", "fr", dict(url="https://journal.example.fr/2024/03/03/le-pont.html"), "2024-03-03"),
    ("url", "es", dict(url="https://diario.example.es/local/20240303/puente-valle.html"), "2024-03-03"),
    # ------------------------------------------------------------------ more labels, abbreviations, ordinals
    ("label2", "en", dict(line=M("Posted on March 3rd, 2024")), "2024-03-03"),
    ("label2", "en", dict(line=M("Published 3rd March 2024")), "2024-03-03"),
    ("label2", "en", dict(line=M("Sun 3 Mar 2024 14.05 GMT")), "2024-03-03"),
    ("label2", "de", dict(line=M("Erschienen am 03.03.2024")), "2024-03-03"),
    ("label2", "de", dict(line=M("Erstellt: 03.03.2024 · Stand: 09.03.2024")), "2024-03-03"),
    ("label2", "de", dict(line=M("So., 03.03.2024, 14:05 Uhr")), "2024-03-03"),
    ("label2", "es", dict(line=M("Publicado: 3 mar. 2024 14:05")), "2024-03-03"),
    ("label2", "ca", dict(line=M("Publicat el 3 de març de 2024")), "2024-03-03"),
    ("label2", "pt", dict(line=M("03 mar 2024 - 14h05")), "2024-03-03"),
    ("label2", "pl", dict(line=M("Dodano: 03.03.2024 14:05")), "2024-03-03"),
    ("label2", "cs", dict(line=M("Zveřejněno: 3. 3. 2024, 14:05")), "2024-03-03"),
    ("label2", "sk", dict(line=M("Publikované 3. marca 2024")), "2024-03-03"),
    ("label2", "hr", dict(line=M("Objavljeno: 3. ožujka 2024. u 14:05")), "2024-03-03"),
    ("label2", "sl", dict(line=M("Objavljeno 3. marec 2024")), "2024-03-03"),
    ("label2", "sr", dict(line=M("Објављено: 3. марта 2024.")), "2024-03-03"),
    ("label2", "bg", dict(line=M("Публикувано: 3 март 2024, 14:05")), "2024-03-03"),
    ("label2", "lt", dict(line=M("Paskelbta 2024 m. kovo 3 d. 14:05")), "2024-03-03"),
    ("label2", "lv", dict(line=M("Publicēts 2024. gada 3. martā")), "2024-03-03"),
    ("label2", "et", dict(line=M("Avaldatud 3. märts 2024")), "2024-03-03"),
    ("label2", "hu", dict(line=M("2024. márc. 3. 14:05")), "2024-03-03"),
    ("label2", "da", dict(line=M("Udgivet 3. mar. 2024")), "2024-03-03"),
    ("label2", "no", dict(line=M("Publisert søndag 3. mars 2024")), "2024-03-03"),
    ("label2", "fi", dict(line=M("Julkaistu su 3.3.2024 klo 14.05")), "2024-03-03"),
    ("label2", "id", dict(line=M("Minggu, 3 Mar 2024 14:05 WIB")), "2024-03-03"),
    ("label2", "ms", dict(line=M("Diterbitkan pada 3 Mac 2024")), "2024-03-03"),
    ("label2", "tr", dict(line=M("03 Mart 2024 Pazar 14:05")), "2024-03-03"),
    ("label2", "el", dict(line=M("Κυριακή, 03 Μαρ 2024")), "2024-03-03"),
    ("label2", "he", dict(line=M("פורסם: 3 במרץ 2024")), "2024-03-03"),
    ("label2", "hi", dict(line=M("प्रकाशित: 3 मार्च 2024")), "2024-03-03"),
    ("label2", "ar", dict(line=M("الأحد ٣ آذار ٢٠٢٤")), "2024-03-03"),
    ("label2", "fa", dict(line=M("۱۳ اسفند ۱۴۰۲")), "2024-03-03"),
    ("label2", "th", dict(line=M("3 มี.ค. 2567 14:05 น.")), "2024-03-03"),
    ("label2", "vi", dict(line=M("Cập nhật: 09/03/2024 · Ngày đăng: 03/03/2024")), "2024-03-03"),
    ("label2", "ja", dict(line=M("2024年3月3日(日) 14:05")), "2024-03-03"),
    ("label2", "zh", dict(line=M("2024/03/03 14:05")), "2024-03-03"),
    ("label2", "zh", dict(line=M("更新时间：2024年3月9日 发布时间：2024年3月3日")), "2024-03-03"),
    ("label2", "en", dict(line=M("14:05, 3 March 2024")), "2024-03-03"),
    ("url", "en", dict(url="https://news.example.org/2024/mar/03/valley-bridge"), "2024-03-03"),
    # ------------------------------------------------------------------ label words for the day, and update words before it
    ("label3", "es", dict(line=M("Fecha de publicación: 03/03/2024")), "2024-03-03"),
    ("label3", "ru", dict(line=M("Дата публикации: 03.03.2024")), "2024-03-03"),
    ("label3", "uk", dict(line=M("Дата публікації: 03.03.2024")), "2024-03-03"),
    ("label3", "hr", dict(line=M("Datum objave: 03.03.2024.")), "2024-03-03"),
    ("label3", "cs", dict(line=M("Datum zveřejnění: 3. 3. 2024")), "2024-03-03"),
    ("label3", "tr", dict(line=M("Yayın Tarihi: 03.03.2024 - 14:05")), "2024-03-03"),
    ("label3", "ko", dict(line=M("작성일 2024.03.03")), "2024-03-03"),
    ("label3", "zh", dict(line=M("发布日期：2024-03-03")), "2024-03-03"),
    ("label3", "ja", dict(line=M("投稿日：2024年3月3日")), "2024-03-03"),
    ("label3", "vi", dict(line=M("Đăng ngày 03/03/2024")), "2024-03-03"),
    ("update-first", "fi", dict(line=M("Muokattu 9.3.2024 · Julkaistu 3.3.2024")), "2024-03-03"),
    ("update-first", "no", dict(line=M("Endret 09.03.2024 · Publisert 03.03.2024")), "2024-03-03"),
    ("update-first", "da", dict(line=M("Ændret 9. marts 2024 · Udgivet 3. marts 2024")), "2024-03-03"),
    ("update-first", "cs", dict(line=M("Upraveno 9. 3. 2024 · Publikováno 3. 3. 2024")), "2024-03-03"),
    ("update-first", "hu", dict(line=M("Módosítva: 2024. március 9. · Közzétéve: 2024. március 3.")), "2024-03-03"),
    ("update-first", "tr", dict(line=M("Güncellenme: 09.03.2024 · Yayınlanma: 03.03.2024")), "2024-03-03"),
    ("update-first", "ja", dict(line=M("修正：2024年3月9日 · 掲載：2024年3月3日")), "2024-03-03"),
    ("update-first", "ro", dict(line=M("Actualizat: 9 martie 2024 · Publicat: 3 martie 2024")), "2024-03-03"),
    ("update-first", "el", dict(line=M("Ενημερώθηκε: 09.03.2024 · Δημοσιεύθηκε: 03.03.2024")), "2024-03-03"),
    ("update-first", "id", dict(line=M("Diperbarui 9 Maret 2024 · Diterbitkan 3 Maret 2024")), "2024-03-03"),
    ("update-first", "de", dict(line=M("Zuletzt geändert: 09.03.2024 · Erstellt: 03.03.2024")), "2024-03-03"),
    ("update-first", "fr", dict(line=M("Modifié le 9 mars 2024 · Créé le 3 mars 2024")), "2024-03-03"),
    ("update-first", "es", dict(line=M("Última modificación: 9 de marzo de 2024 · Creado: 3 de marzo de 2024")),
     "2024-03-03"),
    ("update-first", "pl", dict(line=M("Zmieniono: 09.03.2024 · Dodano: 03.03.2024")), "2024-03-03"),
    ("update-first", "sv", dict(line=M("Ändrad 9 mars 2024 · Skapad 3 mars 2024")), "2024-03-03"),
    ("update-first", "en", dict(line=M("Last edited March 9, 2024 · Created March 3, 2024")), "2024-03-03"),
    ("update-first", "cy", {"line": M("Diweddarwyd 9 Mawrth 2024 · Cyhoeddwyd 3 Mawrth 2024")}, "2024-03-03"),
    ("update-first", "af", {"line": M("Opgedateer 9 Maart 2024 · Gepubliseer 3 Maart 2024")}, "2024-03-03"),
    ("update-first", "mt", {"line": M("Aġġornat 9 ta' Marzu 2024 · Ippubblikat 3 ta' Marzu 2024")}, "2024-03-03"),
    ("update-first", "hy", {"line": M("Թարմացվել է 09.03.2024 · Հրապարակվել է 03.03.2024")}, "2024-03-03"),
    ("update-first", "am", {"line": M("የተሻሻለው 09.03.2024 · የታተመው 03.03.2024")}, "2024-03-03"),
    ("update-first", "cy", {"line": M("Diweddarwyd 9 Mawrth 2024")}, None),  # the update alone: no publication
    ("update-first", "af", {"line": M("Opgedateer 9 Maart 2024")}, None),
    # ------------------------------------------------------------------ a UTC stamp, and the local clock the page writes without a zone
    ("local-clock", "ko", dict(head=PUBLISHED_UTC("2024-03-03T16:30:00Z"), line=M("입력 2024.03.04 01:30")), "2024-03-04"),
    ("local-clock", "zh", dict(head=PUBLISHED_UTC("2024-03-03T16:30:00Z"), line=M("2024-03-04 00:30")), "2024-03-04"),
    ("local-clock", "ja", dict(head=PUBLISHED_UTC("2024-03-03T15:05:00Z"), line=M("2024/03/04 00:05")), "2024-03-04"),
    ("local-clock", "vi", dict(head=PUBLISHED_UTC("2024-03-03T17:30:00Z"), line=M("04/03/2024 00:30")), "2024-03-04"),
    ("local-clock", "de", dict(head=PUBLISHED_UTC("2024-03-03T23:30:00Z"), line=M("2024-03-04 00:30")), "2024-03-04"),
    ("local-clock", "en", dict(head=PUBLISHED_UTC("2024-03-04T02:30:00Z"), line=M("2024-03-03 21:30")), "2024-03-03"),
    ("local-clock", "ko", dict(head=PUBLISHED_UTC("2024-03-03T16:30:00Z"), line=M("2024.03.04 09:10")), "2024-03-03"),  # no zone's clock
    # ------------------------------------------------------------------ a Japanese era's year, full-width digits
    ("era", "ja", dict(line=M("公開日：令和6年3月3日")), "2024-03-03"),
    ("era", "ja", dict(line=M("令和元年5月1日")), "2019-05-01"),
    ("era", "ja", dict(line=M("平成30年12月3日")), "2018-12-03"),
    ("era", "ja", dict(line=M("公開日：令和６年３月３日")), "2024-03-03"),
    ("era", "ja", dict(line=M("２０２４年３月３日 １４:０５")), "2024-03-03"),
    ("era", "zh", dict(line=M("发布时间：２０２４年３月３日")), "2024-03-03"),
    ("era", "ja", dict(line=M("更新日：令和6年3月9日")), None),
    ("era", "ja", dict(line=M("令和6年度の予算")), None),  # a fiscal year, no day
    # ------------------------------------------------------------------ the year's last two digits after a label
    ("short-year", "de", dict(line=M("Veröffentlicht am 03.03.24, 14:05 Uhr")), "2024-03-03"),
    ("short-year", "de", dict(line=M("Veröffentlicht am 03.03.24 · Aktualisiert am 09.03.2024")), "2024-03-03"),
    ("short-year", "fr", dict(line=M("Publié le 03/03/24 à 14h05")), "2024-03-03"),
    ("short-year", "es", dict(line=M("Publicado: 03/03/24")), "2024-03-03"),
    ("short-year", "pt", dict(line=M("Publicado em 03/03/24 às 14h05")), "2024-03-03"),
    ("short-year", "pl", dict(line=M("Opublikowano: 03.03.24")), "2024-03-03"),
    ("short-year", "ru", dict(line=M("Опубликовано 03.03.24 в 14:05")), "2024-03-03"),
    ("short-year", "en", dict(line=M("Posted 3/13/24")), "2024-03-13"),
    ("short-year", "de", dict(line=M("03.03.24")), None),  # no label: a version's or a score's numbers too
    ("short-year", "en", dict(line=M("Published in issue 3/4/24")), None),  # month or day first: either
    # ------------------------------------------------------------------ the update's line, then the day on a line of its own
    ("update-then-day", "en", dict(line=M("Updated March 9, 2024") + M("March 3, 2024")), "2024-03-03"),
    ("update-then-day", "de", dict(line=M("Zuletzt aktualisiert: 09.03.2024") + M("3.3.2024")), "2024-03-03"),
    ("update-then-day", "fr", dict(line=M("Mis à jour le 9 mars 2024") + M("3 mars 2024")), "2024-03-03"),
    ("update-then-day", "es", dict(line=M("Actualizado el 9 de marzo de 2024") + M("3 de marzo de 2024")), "2024-03-03"),
    ("update-then-day", "pl", dict(line=M("Zaktualizowano 9 marca 2024") + M("3 marca 2024")), "2024-03-03"),
    ("update-then-day", "ru", dict(line=M("Обновлено 9 марта 2024") + M("3 марта 2024")), "2024-03-03"),
    ("update-then-day", "en", dict(line=M("Updated March 9, 2024") + M("<span>Last updated</span> March 3, 2024")), None),
    # ------------------------------------------------------------------ revision words alone label no publication
    ("revised", "fr", dict(line=M("Actualisé le 9 mars 2024 à 10h12")), None),
    ("revised", "fr", dict(line=M("Actualisé le 9 mars 2024") + M("Publié le 3 mars 2024")), "2024-03-03"),
    ("revised", "de", dict(line=M("Überarbeitet am 09.03.2024")), None),
    ("revised", "de", dict(line=M("Zuletzt bearbeitet: 09.03.2024")), None),
    ("revised", "ru", dict(line=M("Дата изменения: 09.03.2024")), None),
    ("revised", "ru", dict(line=M("Изменено 9 марта 2024")), None),
    ("revised", "uk", dict(line=M("Змінено 9 березня 2024")), None),
    ("revised", "es", dict(line=M("Revisado el 9 de marzo de 2024")), None),
    ("revised", "pt", dict(line=M("Revisado em 9 de março de 2024")), None),
    ("revised", "it", dict(line=M("Rivisto il 9 marzo 2024")), None),
    ("revised", "nl", dict(line=M("Herzien op 9 maart 2024")), None),
    ("revised", "ro", dict(line=M("Ultima actualizare: 9 martie 2024")), None),
    # ------------------------------------------------------------------ a label after a template's indentation
    ("indented", "en", dict(line=INDENTED("<span>Updated on</span> March 9, 2024")), None),
    ("indented", "de", dict(line=INDENTED("Aktualisiert am 9. März 2024")), None),
    ("indented", "fr", dict(line=INDENTED("<span>Mis à jour le</span> 9 mars 2024")), None),
    ("indented", "es", dict(line=INDENTED("Actualizado el 9 de marzo de 2024")), None),
    ("indented", "it", dict(line=INDENTED("Aggiornato il 9 marzo 2024")), None),
    ("indented", "pl", dict(line=INDENTED("Zaktualizowano 9 marca 2024")), None),
    ("indented", "nl", dict(line=INDENTED("Bijgewerkt op 9 maart 2024")), None),
    ("indented", "en", dict(line=INDENTED("<span>Updated on</span> March 9, 2024")
                            + INDENTED("<span>Published</span> March 3, 2024")), "2024-03-03"),
    ("indented", "de", dict(line=INDENTED("3. März 2024")), "2024-03-03"),
    # ------------------------------------------------------------------ a <time> in a CMS field box named for the change
    ("changed-box", "en", dict(line=M("<div class='field--name-changed'><div class='field__item'><time datetime="
                                      "'2024-03-09'>March 9, 2024</time></div></div><span>Published March 3, 2024</span>")), "2024-03-03"),
    ("changed-box", "de", dict(line=M("<div class='datum-geaendert'><time datetime='2024-03-09'>9. März 2024</time></div>"
                                      "<span>Veröffentlicht am 3. März 2024</span>")), "2024-03-03"),
    ("changed-box", "fr", dict(line=M("<div class='date-changed'><time datetime='2024-03-09'>9 mars 2024</time></div>"
                                      "<span>Publié le 3 mars 2024</span>")), "2024-03-03"),
    ("changed-box", "it", dict(line=M("<div class='data-aggiornata'><time datetime='2024-03-09'>9 marzo 2024</time></div>"
                                      "<span>Pubblicato il 3 marzo 2024</span>")), "2024-03-03"),
    ("changed-box", "pt", dict(line=M("<div class='data-atualizada'><time datetime='2024-03-09'>9 de março de 2024</time>"
                                      "</div><span>Publicado em 3 de março de 2024</span>")), "2024-03-03"),
    ("changed-box", "nl", dict(line=M("<div class='bijgewerkt-op'><time datetime='2024-03-09'>9 maart 2024</time></div>"
                                      "<span>Gepubliceerd op 3 maart 2024</span>")), "2024-03-03"),
    # ------------------------------------------------------------------ an image file numbered in its month's upload folder
    ("image-file", "en", dict(head="<meta property='og:image' content='https://cdn.example.org/uploads/2024/03/7.jpg'>"), None),
    ("image-file", "de", dict(head="<meta property='og:image' content='https://cdn.example.de/bilder/2024/03/12.webp'>"), None),
    ("image-file", "es", dict(head="<meta property='og:image' content='https://cdn.example.es/fotos/2024/03/03/puente.jpg'>"),
     "2024-03-03"),
    # ------------------------------------------------------------------ a <time> showing an age (a community's, a member's)
    ("age", "en", dict(line=M("serving members for <time datetime='2011-05-09'>14 years</time>")
                       + M("submitted <time datetime='2024-03-03T14:05:00'>17 hours ago</time>")), "2024-03-03"),
    ("age", "de", dict(line=M("Mitglied seit <time datetime='2011-05-09'>14 Jahren</time>")
                       + M("<time datetime='2024-03-03T14:05:00'>vor 17 Stunden</time>")), "2024-03-03"),
    ("age", "fr", dict(line=M("membre depuis <time datetime='2011-05-09'>14 ans</time>")
                       + M("<time datetime='2024-03-03T14:05:00'>il y a 17 heures</time>")), "2024-03-03"),
    ("age", "es", dict(line=M("miembro desde hace <time datetime='2011-05-09'>14 años</time>")
                       + M("<time datetime='2024-03-03T14:05:00'>hace 17 horas</time>")), "2024-03-03"),
    ("age", "pl", dict(line=M("na forum od <time datetime='2011-05-09'>14 lat</time>")
                       + M("<time datetime='2024-03-03T14:05:00'>17 godzin temu</time>")), "2024-03-03"),
    ("age", "ru", dict(line=M("на сайте <time datetime='2011-05-09'>14 лет</time>")
                       + M("<time datetime='2024-03-03T14:05:00'>17 часов назад</time>")), "2024-03-03"),
    # ------------------------------------------------------------------ a thread's first post far below a long header
    ("thread", "en", dict(line=THREAD("2024-03-03, 06:52 PM <span class='post_edit'>(This post was last modified: "
                                      "2024-03-09, 11:05 AM by Rowan.)</span>", "2024-03-04, 08:00 AM", "2024-03-05, 10:30 AM")),
     "2024-03-03"),
    ("thread", "de", dict(line=THREAD("03.03.2024, 21:14", "04.03.2024, 08:00", "05.03.2024, 10:30")), "2024-03-03"),
    ("thread", "fr", dict(line=THREAD("3 mars 2024 à 21h14", "4 mars 2024 à 08h00", "5 mars 2024 à 10h30")), "2024-03-03"),
    ("thread", "ru", dict(line=THREAD("3 марта 2024, 21:14", "4 марта 2024, 08:00", "5 марта 2024, 10:30")), "2024-03-03"),
    ("thread", "en", dict(line=THREAD("March 5, 2024", "March 4, 2024", "March 3, 2024")), None),  # a listing, newest first
    # ------------------------------------------------------------------ places that must not give the date
    ("negative", "en", dict(body=P("The council first met on March 3, 2019 to discuss the bridge.")), None),
    ("negative", "de", dict(body=P("Der Rat traf sich am 3. März 2019, um über die Brücke zu beraten.")), None),
    ("negative", "fr", dict(body=P("Le conseil s’est réuni le 3 mars 2019 pour parler du pont.")), None),
    ("negative", "en", dict(after="<footer>© 2024 Riverside Courier. All rights reserved.</footer>"), None),
    ("negative", "de", dict(after="<footer>Copyright 2019–2024 Riverside Courier</footer>"), None),
    ("negative", "en", dict(after="<aside><h3>Upcoming events</h3><ul><li>Bridge walk — March 9, 2024</li>"
                                  "<li>River clean-up — April 13, 2024</li></ul></aside>"), None),
    ("negative", "en", dict(after="<section class='comments'><div class='comment'><span class='author'>Kit</span> "
                                  "<span>March 5, 2024 at 9:14 am</span><p>Finally a bridge!</p></div></section>"),
     None),
    ("negative", "en", dict(body=P("Version 1.2.3 released 2019-01-02 fixed the sensor readings.")), None),
    ("negative", "es", dict(body=P("La obra empezó el 12 de enero de 2020 y sigue sin terminar.")), None),
    ("negative", "ru", dict(body=P("Совет впервые собрался 3 марта 2019 года, чтобы обсудить мост.")), None),
    # a publication label in a sentence of the story, right under the headline or among its paragraphs
    ("negative", "en", {"line": P("Published by the council on March 3, 2019, the plan says the bridge needs new piers.")}, None),
    ("negative", "fr", {"body": P("Publié par le conseil le 3 mars 2019, le rapport dit que le pont doit être renforcé.")}, None),
    ("negative", "es", {"line": P("Publicado por el ayuntamiento el 3 de marzo de 2019, el plan dice que el puente necesita pilares nuevos.")}, None),
    # ------------------------------------------------------------------ a body sentence does not beat the labelled day
    ("label+body", "en", dict(line=M("Published March 3, 2024"),
                              body=P("The council first met on January 9, 2019.")), "2024-03-03"),
    ("label+body", "it", dict(line=M("Pubblicato il 3 marzo 2024"),
                              body=P("Il consiglio si è riunito il 9 gennaio 2019.")), "2024-03-03"),
]


def GRAPH(*nodes: dict) -> str:
    """JSON-LD whose dates sit only in an @graph array, beside the site's and the page's nodes."""
    graph = [{"@type": "Organization", "name": "Riverside Courier", "url": "https://courier.example/"},
             {"@type": "WebSite", "name": "Riverside Courier"}, *nodes]
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False) + "</script>")


def STORY(published: str, **more) -> dict:
    """The story's node in a graph: its headline and publication instant."""
    return {"@type": "NewsArticle", "headline": "Valley bridge", "datePublished": published, **more}


def ITEMPROP(instant: str) -> str:
    """The publication instant as a microdata <meta> inside the article's markup."""
    return f"<meta itemprop='datePublished' content='{instant}'>"


# Round 36: held out when written (pages shaped as 2026 pages are; no rule was tuned on them first).
ROUND_36 = [
    # ------------------------------------------------------------------ dates only in a JSON-LD @graph
    ("r36-graph", "ja", dict(head=GRAPH(STORY("2026-03-03T09:15:00+09:00"))), "2026-03-03"),
    ("r36-graph", "ko", dict(head=GRAPH({"@type": "WebPage", "name": "Valley bridge", "datePublished": "2026-03-04T08:00:00+09:00"})), "2026-03-04"),
    ("r36-graph", "pt", dict(head=GRAPH(STORY("2026-03-05T21:40:00-03:00", **{"@type": ["NewsArticle", "Article"]}))), "2026-03-05"),
    ("r36-graph", "tr", dict(head=GRAPH(STORY("2026-03-06T23:40:00+03:00"))), "2026-03-06"),
    ("r36-graph", "id", dict(head=GRAPH(STORY("2026-03-07T06:10:00+07:00", dateModified="2026-03-09T10:00:00+07:00"))), "2026-03-07"),
    ("r36-graph", "vi", dict(head=GRAPH({"@type": "WebPage", "name": "Valley bridge"},
                                        STORY("2026-03-08T07:05:00+07:00"))), "2026-03-08"),
    ("r36-graph", "zh", dict(head=GRAPH(STORY("2026-03-09 08:30:00"))), "2026-03-09"),
    ("r36-graph", "ar", dict(head=GRAPH(STORY("2026-03-10T12:00:00+03:00"))), "2026-03-10"),
    ("r36-graph", "he", dict(head=GRAPH(STORY("2026-03-11T16:20:00+02:00"))), "2026-03-11"),
    ("r36-graph", "hi", dict(head=GRAPH(STORY("2026-03-12T10:45:00+05:30"))), "2026-03-12"),
    ("r36-graph", "pl", dict(head=GRAPH({"@type": "BlogPosting", "headline": "Valley bridge", "datePublished": "2026-03-13"})), "2026-03-13"),
    ("r36-graph", "ru", dict(head=GRAPH(STORY("2026-03-14T18:00:00+03:00"))), "2026-03-14"),
    # ------------------------------------------------------------------ dates only in <meta itemprop>
    ("r36-itemprop", "pl", dict(line=ITEMPROP("2026-02-03T10:00:00+01:00")), "2026-02-03"),
    ("r36-itemprop", "id", dict(line=ITEMPROP("2026-02-04")), "2026-02-04"),
    ("r36-itemprop", "vi", dict(line=ITEMPROP("2026-02-05T14:30:00+07:00")), "2026-02-05"),
    ("r36-itemprop", "he", dict(line=ITEMPROP("2026-02-06T09:00:00+02:00")), "2026-02-06"),
    ("r36-itemprop", "ko", dict(head=ITEMPROP("2026-02-07T11:00:00+09:00")), "2026-02-07"),
    ("r36-itemprop", "pt", dict(line=ITEMPROP("2026-02-08T22:15:00-03:00")), "2026-02-08"),
    # ------------------------------------------------------------------ a dateline opening the story
    ("r36-dateline", "de", dict(line=P("BERLIN, 3. März 2026 – Der Stadtrat hat die neue Brücke freigegeben.")), "2026-03-03"),
    ("r36-dateline", "fr", dict(line=P("LYON, 4 mars 2026 — Le conseil municipal a ouvert le nouveau pont.")), "2026-03-04"),
    ("r36-dateline", "es", dict(line=P("SEVILLA, 5 de marzo de 2026 (Agencia) – El ayuntamiento abrió el puente.")), "2026-03-05"),
    ("r36-dateline", "en", dict(line=P("LEEDS, March 6, 2026 — The council opened the new bridge on Friday.")), "2026-03-06"),
    ("r36-dateline", "pt", dict(line=P("CURITIBA, 7 de março de 2026 — A prefeitura abriu a nova ponte.")), "2026-03-07"),
    ("r36-dateline", "ru", dict(line=P("КАЗАНЬ, 8 марта 2026 — Городской совет открыл новый мост.")), "2026-03-08"),
    ("r36-dateline", "pl", dict(line=P("POZNAŃ, 9 marca 2026 – Rada miasta otworzyła nowy most.")), "2026-03-09"),
    ("r36-dateline", "tr", dict(line=P("İZMİR, 10 Mart 2026 – Belediye yeni köprüyü açtı.")), "2026-03-10"),
    ("r36-dateline", "it", dict(line=P("TORINO, 11 marzo 2026 – Il comune ha aperto il nuovo ponte.")), "2026-03-11"),
    # ------------------------------------------------------------------ an age shown, the day in metadata
    ("r36-relative", "de", dict(line=M("vor 3 Stunden"), head=GRAPH(STORY("2026-03-03T07:00:00+01:00"))), "2026-03-03"),
    ("r36-relative", "es", dict(line=M("hace 2 días"), head=PUBLISHED_UTC("2026-03-04T10:00:00Z")), "2026-03-04"),
    ("r36-relative", "ja", dict(line=M("3時間前") + ITEMPROP("2026-03-05T08:00:00+09:00")), "2026-03-05"),
    ("r36-relative", "zh", dict(line=M("3小时前"), head=GRAPH(STORY("2026-03-06T08:00:00+08:00"))), "2026-03-06"),
    ("r36-relative", "ko", dict(line=M("3시간 전"), head=GRAPH(STORY("2026-03-07T08:00:00+09:00"))), "2026-03-07"),
    ("r36-relative", "ru", dict(line=M("2 часа назад"), head=PUBLISHED_UTC("2026-03-08T06:00:00Z")), "2026-03-08"),
    ("r36-relative", "ar", dict(line=M("منذ 3 ساعات"), head=GRAPH(STORY("2026-03-09T09:00:00+03:00"))), "2026-03-09"),
    ("r36-relative", "hi", dict(line=M("3 घंटे पहले"), head=PUBLISHED_UTC("2026-03-10T04:00:00Z")), "2026-03-10"),
    ("r36-relative", "tr", dict(line=M("2 gün önce"), head=PUBLISHED_UTC("2026-03-11T09:00:00Z")), "2026-03-11"),
    ("r36-relative", "pt", dict(line=M("há 5 horas"), head=PUBLISHED_UTC("2026-03-12T12:00:00Z")), "2026-03-12"),
    ("r36-relative", "de", dict(line=M("vor 3 Stunden")), None),  # an age alone names no day
    ("r36-relative", "es", dict(line=M("hace 2 días")), None),
    ("r36-relative", "ja", dict(line=M("3時間前")), None),
    ("r36-relative", "ar", dict(line=M("منذ 3 ساعات")), None),
    ("r36-relative", "en", dict(line=M("<time datetime='PT3H'>3 hours ago</time>")), None),
    # ------------------------------------------------------------------ the day in the byline line, beside the author
    ("r36-byline-date", "fr", dict(line=M("Par Marie Dupont, le 4 mars 2026 à 10h12")), "2026-03-04"),
    ("r36-byline-date", "de", dict(line=M("Von Jonas Keller, 4. März 2026, 10:12 Uhr")), "2026-03-04"),
    ("r36-byline-date", "es", dict(line=M("Por Lucía Gómez | 4 de marzo de 2026")), "2026-03-04"),
    ("r36-byline-date", "ru", dict(line=M("Автор: Анна Смирнова, 4 марта 2026")), "2026-03-04"),
    ("r36-byline-date", "id", dict(line=M("Oleh Budi Santoso - 4 Maret 2026, 10:12 WIB")), "2026-03-04"),
    ("r36-byline-date", "pt", dict(line=M("Por João Silva, em 4 de março de 2026")), "2026-03-04"),
    ("r36-byline-date", "pl", dict(line=M("Autor: Anna Nowak, 4 marca 2026")), "2026-03-04"),
    ("r36-byline-date", "en", dict(line=M("By Dana Holt | Mar. 4, 2026 10:12 a.m. ET")), "2026-03-04"),
    ("r36-byline-date", "tr", dict(line=M("Ayşe Demir | 4 Mart 2026 10:12")), "2026-03-04"),
    ("r36-byline-date", "vi", dict(line=M("Nguyễn Văn An - 04/03/2026 10:12")), "2026-03-04"),
    # ------------------------------------------------------------------ month names abbreviated or in the genitive
    ("r36-month-form", "ru", dict(line=M("3 марта 2026")), "2026-03-03"),
    ("r36-month-form", "ru", dict(line=M("3 мар. 2026, 14:05")), "2026-03-03"),
    ("r36-month-form", "es", dict(line=M("3 mar. 2026")), "2026-03-03"),
    ("r36-month-form", "de", dict(line=M("3 Mär 2026")), "2026-03-03"),
    ("r36-month-form", "de", dict(line=M("3. Mär. 2026, 14:05 Uhr")), "2026-03-03"),
    ("r36-month-form", "pl", dict(line=M("3 sty 2026")), "2026-01-03"),
    ("r36-month-form", "tr", dict(line=M("3 Oca 2026")), "2026-01-03"),
    ("r36-month-form", "pt", dict(line=M("3 de mar. de 2026")), "2026-03-03"),
    ("r36-month-form", "fr", dict(line=M("3 janv. 2026")), "2026-01-03"),
    ("r36-month-form", "id", dict(line=M("3 Agu 2026")), "2026-08-03"),
    ("r36-month-form", "uk", dict(line=M("3 березня 2026")), "2026-03-03"),
    # ------------------------------------------------------------------ other calendars shown, the Gregorian day in metadata
    ("r36-other-era", "th", dict(line=M("3 มี.ค. 2569"), head=PUBLISHED_UTC("2026-03-03T03:00:00+07:00")), "2026-03-03"),
    ("r36-other-era", "fa", dict(line=M("۱۳ اسفند ۱۴۰۴"), head=GRAPH(STORY("2026-03-04T10:00:00+03:30"))), "2026-03-04"),
    ("r36-other-era", "ar", dict(line=M("14 رمضان 1447 هـ"), head=PUBLISHED_UTC("2026-03-03T09:00:00+03:00")), "2026-03-03"),
    ("r36-other-era", "ar", dict(line=M("الثلاثاء 14 رمضان 1447 هـ - 3 مارس 2026")), "2026-03-03"),
    # ------------------------------------------------------------------ non-breaking spaces and direction marks inside the date
    ("r36-marks", "de", dict(line=M("3.\u00a0März\u00a02026")), "2026-03-03"),
    ("r36-marks", "en", dict(line=M("Published March\u00a03,\u00a02026")), "2026-03-03"),
    ("r36-marks", "fr", dict(line=M("Publié le 4\u202fmars\u202f2026")), "2026-03-04"),
    ("r36-marks", "ar", dict(line=M("\u200f3 مارس 2026\u200f")), "2026-03-03"),
    ("r36-marks", "ar", dict(line=M("نشر في: \u200f٣ مارس ٢٠٢٦")), "2026-03-03"),
    ("r36-marks", "he", dict(line=M("פורסם: \u200f3 במרץ 2026")), "2026-03-03"),
    ("r36-marks", "he", dict(line=M("\u200e03.03.2026\u200e")), "2026-03-03"),
    # ------------------------------------------------------------------ news sites' info lines (second batch)
    ("r36-info-line", "pl", dict(line=M("4 marca 2026 r., 10:12")), "2026-03-04"),
    ("r36-info-line", "cs", dict(line=M("4. 3. 2026 10:12")), "2026-03-04"),
    ("r36-info-line", "ko", dict(line=M("입력 2026. 3. 4. 오전 10:12")), "2026-03-04"),
    ("r36-info-line", "ko", dict(line=M("승인 2026.03.04 10:12 | 수정 2026.03.05 08:00")), "2026-03-04"),
    ("r36-info-line", "zh", dict(line=M("2026/03/04 10:12 来源：山谷日报")), "2026-03-04"),
    ("r36-info-line", "zh", dict(line=M("发布时间：2026-03-04 10:12 | 更新时间：2026-03-05 08:00")), "2026-03-04"),
    ("r36-info-line", "ja", dict(line=M("2026.03.04 10:12")), "2026-03-04"),
    ("r36-info-line", "ja", dict(line=M("配信日時：2026年3月4日 10時12分")), "2026-03-04"),
    ("r36-info-line", "he", dict(line=M("פורסם: 04.03.26, 10:12")), "2026-03-04"),
    ("r36-info-line", "he", dict(line=M("04/03/2026 10:12")), "2026-03-04"),
    ("r36-info-line", "ar", dict(line=M("الأربعاء 04 مارس 2026 - 10:12")), "2026-03-04"),
    ("r36-info-line", "ar", dict(line=M("تاريخ النشر: 2026/03/04")), "2026-03-04"),
    ("r36-info-line", "ar", dict(line=M("نشر في 04/03/2026 - آخر تحديث 05/03/2026")), "2026-03-04"),
    ("r36-info-line", "hi", dict(line=M("04 मार्च 2026, 10:12 AM IST")), "2026-03-04"),
    ("r36-info-line", "hi", dict(line=M("प्रकाशित: 4 मार्च, 2026")), "2026-03-04"),
    ("r36-info-line", "tr", dict(line=M("04.03.2026 - 10:12 | Güncelleme: 05.03.2026 - 08:00")), "2026-03-04"),
    ("r36-info-line", "id", dict(line=M("Rabu, 04 Mar 2026 10:12 WIB")), "2026-03-04"),
    ("r36-info-line", "id", dict(line=M("Kompas - Rabu, 4 Maret 2026 | 10:12 WIB")), "2026-03-04"),
    ("r36-info-line", "vi", dict(line=M("Thứ tư, 4/3/2026, 10:12 (GMT+7)")), "2026-03-04"),
    ("r36-info-line", "vi", dict(line=M("04/03/2026 10:12 GMT+7")), "2026-03-04"),
    ("r36-info-line", "pt", dict(line=M("04/03/2026 10h12 Atualizado há 2 horas")), "2026-03-04"),
    ("r36-info-line", "pt", dict(line=M("4 mar 2026 - 10h12 Atualizado 5 mar 2026 - 08h00")), "2026-03-04"),
    ("r36-info-line", "ru", dict(line=M("4 марта 2026 в 10:12")), "2026-03-04"),
    ("r36-info-line", "ru", dict(line=M("04.03.2026 10:12 · Обновлено 05.03.2026")), "2026-03-04"),
    ("r36-info-line", "uk", dict(line=M("4 березня 2026, 10:12")), "2026-03-04"),
    ("r36-info-line", "es", dict(line=M("Actualizado 05/03/2026 08:00 CET · Publicado 04/03/2026 10:12 CET")), "2026-03-04"),
    ("r36-info-line", "fr", dict(line=M("Publié le 04/03/2026 à 10h12, mis à jour le 05/03/2026 à 08h00")), "2026-03-04"),
    ("r36-info-line", "de", dict(line=M("Stand: 04.03.2026, 10:12 Uhr")), "2026-03-04"),
    ("r36-info-line", "it", dict(line=M("4 marzo 2026 (modifica il 5 marzo 2026 | 08:00)")), "2026-03-04"),
    ("r36-info-line", "en", dict(line=M("Mar 4, 2026, 10:12 AM GMT+1")), "2026-03-04"),
    # ------------------------------------------------------------------ places that must not give the date
    ("r36-negative", "ar", dict(body=P("اجتمع المجلس لأول مرة في 3 مارس 2019 لمناقشة الجسر.")), None),
    ("r36-negative", "ko", dict(body=P("위원회는 2019년 3월 3일 처음 다리 문제를 논의했다.")), None),
    ("r36-negative", "hi", dict(body=P("परिषद ने पहली बार 3 मार्च 2019 को पुल पर चर्चा की।")), None),
    ("r36-negative", "tr", dict(body=P("Meclis köprüyü ilk kez 3 Mart 2019'da görüştü.")), None),
    ("r36-negative", "id", dict(body=P("Dewan pertama kali membahas jembatan itu pada 3 Maret 2019.")), None),
]


def run(verbose: bool = False) -> int:
    wrong: Counter[str] = Counter()
    total: Counter[str] = Counter()
    langs = set()
    for form, lang, page, expected in CASES + ROUND_36:
        got = date_of(lang, **page)
        got = got[:10] if got else got  # the calendar day; the time of day is not judged here
        total[form] += 1
        langs.add(lang)
        if got != expected:
            wrong[form] += 1
            print(f"WRONG {form}/{lang}: {got!r} for {expected!r}" + (f" {page}" if verbose else ""))
    held_out = sum(wrong[form] for form in total if form.startswith("r36-"))
    return print_tally(wrong, total, width=16, notes=(
        f"languages {len(langs)}", f"round 36 wrong {held_out}/{sum(n for f, n in total.items() if f.startswith('r36-'))}"))


if __name__ == "__main__":
    run("-v" in sys.argv)

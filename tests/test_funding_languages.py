"""The funding field on small invented news and research pages in many languages: a story
with its site's chrome around it, and a funding statement in one of the places a page puts
one (a heading at the body's end, a statement of its own, a footnote, an aside, a
disclosures dialog, a sponsor notice in the article header); and story sentences that
use the same verbs for money or support reported as news, which are not funding.

Every name, place and sentence is invented."""

from __future__ import annotations

import pytest

import cleanpage

# One story paragraph a language (the page repeats it): a survey of lichen on granite cliffs.
STORY = {
    "en": "Researchers at the Valmora Institute spent three winters counting lichen on the granite cliffs above "
          "the town of Penhallow, and their survey now suggests the slow-growing crusts are retreating uphill by "
          "a few metres each decade.",
    "de": "Forschende des Instituts in Kaltenbrunn haben drei Winter lang die Flechten an den Granitfelsen über "
          "dem Dorf Morsbach gezählt, und ihre Erhebung zeigt nun, dass die langsam wachsenden Krusten jedes "
          "Jahrzehnt einige Meter bergauf wandern.",
    "fr": "Des chercheurs de l'institut de Valbrune ont passé trois hivers à compter les lichens sur les falaises "
          "de granit qui dominent le village de Sainte-Orlane, et leur relevé montre que ces croûtes remontent de "
          "quelques mètres par décennie.",
    "es": "Investigadores del instituto de Valdemora pasaron tres inviernos contando líquenes en los acantilados "
          "de granito sobre el pueblo de Sotoblanco, y su estudio indica que estas costras avanzan ladera arriba "
          "unos metros cada década.",
    "it": "I ricercatori dell'istituto di Valmonte hanno passato tre inverni a contare i licheni sulle scogliere "
          "di granito sopra il paese di Roccalba, e il loro censimento indica che queste croste risalgono il "
          "pendio di qualche metro ogni decennio.",
    "pt": "Pesquisadores do instituto de Vale Moreno passaram três invernos contando líquens nos penhascos de "
          "granito acima da vila de Serra Alva, e o levantamento indica que essas crostas sobem a encosta alguns "
          "metros a cada década.",
    "nl": "Onderzoekers van het instituut in Valkendam hebben drie winters lang korstmossen geteld op de "
          "granieten rotsen boven het dorp Hoogmeer, en hun telling laat zien dat de trage korsten elk "
          "decennium enkele meters hoger schuiven.",
    "pl": "Badacze z instytutu w Zielonej Skale przez trzy zimy liczyli porosty na granitowych urwiskach nad "
          "wsią Borowina, a ich pomiary wskazują, że te wolno rosnące plechy co dekadę przesuwają się o kilka "
          "metrów w górę zbocza.",
    "sv": "Forskare vid institutet i Granvik har under tre vintrar räknat lavar på granitklipporna ovanför byn "
          "Norrheden, och deras inventering visar att de långsamt växande skorporna flyttar några meter uppåt "
          "varje årtionde.",
    "ru": "Исследователи института в Заречье три зимы подряд считали лишайники на гранитных скалах над посёлком "
          "Озёрки, и их наблюдения показывают, что медленно растущие корки каждое десятилетие поднимаются на "
          "несколько метров вверх по склону.",
    "uk": "Дослідники інституту в Приозер'ї три зими поспіль рахували лишайники на гранітних скелях над селищем "
          "Вербівка, і їхні спостереження показують, що повільні кірки щодесятиліття піднімаються на кілька "
          "метрів угору схилом.",
    "zh": "青岚研究所的研究人员连续三个冬天在松溪镇上方的花岗岩峭壁上统计地衣数量，调查结果显示，这些生长缓慢的"
          "地衣每十年向山上退缩数米。这一发现引起了当地生态学界的广泛关注和讨论。",
    "ja": "青嶺研究所の研究者たちは三年の冬にわたり松川町の上にある花崗岩の崖で地衣類を数え、その調査から、成長の"
          "遅いこれらの地衣類が十年ごとに数メートルずつ斜面を上へ移動していることが分かった。",
    "ko": "청령연구소 연구진은 세 번의 겨울 동안 송계마을 위 화강암 절벽에서 지의류를 세었고, 조사 결과 천천히 자라는 "
          "이 지의류가 십 년마다 몇 미터씩 비탈 위쪽으로 물러나고 있는 것으로 나타났다.",
    "id": "Para peneliti dari Institut Lembah Hijau menghabiskan tiga musim hujan menghitung lumut kerak di tebing "
          "granit di atas desa Sukamaju, dan survei mereka menunjukkan kerak yang tumbuh lambat itu bergeser "
          "beberapa meter ke atas setiap dekade.",
    "tr": "Yeşilvadi Enstitüsü'ndeki araştırmacılar üç kış boyunca Karaçam köyünün üzerindeki granit kayalıklarda "
          "likenleri saydı ve çalışma, yavaş büyüyen bu kabukların her on yılda birkaç metre yukarı çekildiğini "
          "gösteriyor.",
    "ar": "أمضى باحثون في معهد الوادي الأخضر ثلاثة فصول شتاء في إحصاء الأشنات على منحدرات الغرانيت فوق قرية "
          "الصنوبر، وتشير دراستهم إلى أن هذه القشور البطيئة النمو تتراجع صعودا بضعة أمتار كل عقد.",
}


def page(lang: str, end: str = "", header: str = "", aside: str = "", after: str = "", dialog: str = "") -> str:
    """A news page: the site's header and menu, the article (its header, five paragraphs, `end`
    at the body's end, `after` after the body), an `aside` beside it, a `dialog` after it, a footer."""
    paragraphs = "".join(f"<p>{STORY[lang]} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Lichen survey | Hill Courier"
            "</title></head><body><header class='site-header'><a href='/'>Hill Courier</a><nav class='main-nav'>"
            "<a href='/a'>Science</a> <a href='/b'>Culture</a> <a href='/c'>Sport</a></nav></header><main><article>"
            "<header class='article-header'><h1>Lichen retreat above the village</h1><p class='byline'>By Mira "
            f"Tallon</p>{header}</header><div class='article-body'>{paragraphs}{end}</div>{after}</article>{aside}"
            f"</main>{dialog}<footer class='site-footer'><p>© 2025 Hill Courier</p><a href='/privacy'>Privacy</a>"
            "</footer></body></html>")


def section(heading: str, statement: str, references: str) -> str:
    return f"<h2>{heading}</h2><p>{statement}</p><h2>{references}</h2><p>Doe A. 2024.</p>"


CREDIT = {"end": "<p><em>{S}</em></p>"}  # an italic line at the body's end

# (language, statement, where: the page's parts holding it, "{S}" standing for the statement)
STATEMENTS = [
    # under a heading at the body's end
    ("en", "The survey was paid for by the Penhallow Upland Trust (award PUT-2291).",
     {"end": section("Funding", "{S}", "References")}),
    ("de", "Die Erhebung wurde von der Morsbacher Naturstiftung mit 40.000 Euro unterstützt (Förderkennzeichen "
           "MN-2231).", {"end": section("Förderung", "{S}", "Literatur")}),
    ("fr", "Ce travail a bénéficié d'une aide de l'Agence régionale de la recherche (projet ARR-19-0042).",
     {"end": section("Financement", "{S}", "Références")}),
    ("es", "Este trabajo fue financiado por la Fundación Sotoblanco (proyecto FS-2022-118).",
     {"end": section("Financiación", "{S}", "Referencias")}),
    ("it", "Lo studio è stato finanziato dalla Fondazione Roccalba (bando 2023, progetto FR-77).",
     {"end": section("Finanziamento", "{S}", "Bibliografia")}),
    ("pt", "A pesquisa recebeu apoio da Fundação de Amparo de Serra Alva (processo 2021/04412-7).",
     {"end": section("Financiamento", "{S}", "Referências")}),
    ("nl", "Het onderzoek werd gefinancierd door het Hoogmeerfonds (subsidie HM-5521).",
     {"end": section("Financiering", "{S}", "Literatuur")}),
    ("pl", "Badania sfinansowano ze środków Fundacji Borowiny (grant nr 2022/45/B/ST10/01234).",
     {"end": section("Finansowanie", "{S}", "Bibliografia")}),
    ("sv", "Studien finansierades av Norrhedens forskningsstiftelse (bidrag NF-2020-31).",
     {"end": section("Finansiering", "{S}", "Referenser")}),
    ("ru", "Исследование выполнено при поддержке Фонда Заречья (грант № 22-17-00123).",
     {"end": section("Финансирование", "{S}", "Литература")}),
    ("uk", "Кошти на польові роботи надав Фонд Приозер'я (грант 2022.01/0123).",
     {"end": section("Фінансування", "{S}", "Література")}),
    ("zh", "国家自然科学基金（项目编号：41971234）", {"end": section("基金项目", "{S}", "参考文献")}),
    ("ja", "本研究はJSPS科研費JP21H01234の助成を受けたものです。", {"end": section("研究資金", "{S}", "参考文献")}),
    ("ko", "이 연구는 한국연구재단의 지원을 받아 수행되었다(NRF-2022R1A2C1001234).",
     {"end": section("연구비", "{S}", "참고문헌")}),
    ("id", "Penelitian ini didanai oleh Yayasan Lembah Hijau melalui hibah nomor LH-2023-88.",
     {"end": section("Dana penelitian", "{S}", "Daftar pustaka")}),
    ("tr", "Bu çalışma Yeşilvadi Bilim Vakfı tarafından desteklenmiştir (proje no. 121Y456).",
     {"end": section("Finansman", "{S}", "Kaynaklar")}),
    ("ar", "قدمت مؤسسة الوادي الأخضر للبحث العلمي منحة رقم 2023-117 لأعمال المسح.",
     {"end": section("التمويل", "{S}", "المراجع")}),
    ("en", "This work was supported by the Lam Vien Science Fund (grant LV-19).",
     {"end": section("Tài trợ", "{S}", "Tài liệu tham khảo")}),
    # an acknowledgements section that acknowledges support
    ("en", "We thank the Orrin Mountain Fund for financial support (grant OMF-12).",
     {"end": section("Acknowledgements", "{S}", "References")}),
    ("es", "Agradecemos al Consejo Nacional de Ciencia de Sotoblanco por la beca otorgada (número 123456).",
     {"end": section("Agradecimientos", "{S}", "Referencias")}),
    ("pt", "Agradecemos à Fundação Vale Moreno pela bolsa de doutorado concedida.",
     {"end": section("Agradecimentos", "{S}", "Referências")}),
    ("ru", "Авторы благодарят Фонд Заречья за финансовую поддержку (грант 23-11-00456).",
     {"end": section("Благодарности", "{S}", "Литература")}),
    ("uk", "Автори дякують Фонду Приозер'я за фінансову підтримку.",
     {"end": section("Подяки", "{S}", "Література")}),
    ("ja", "本研究は松川財団の研究助成を受けた。", {"end": section("謝辞", "{S}", "参考文献")}),
    ("ko", "송계생태재단 (과제번호 2023-0001)", {"end": section("사사", "{S}", "참고문헌")}),
    ("id", "Penulis berterima kasih kepada Yayasan Lembah Hijau atas dukungan dana penelitian ini.",
     {"end": section("Ucapan terima kasih", "{S}", "Daftar pustaka")}),
    ("tr", "Bu çalışma Karaçam Vakfı tarafından desteklenmiştir.", {"end": section("Teşekkür", "{S}", "Kaynaklar")}),
    ("sv", "Studien har finansierats av Granviks forskningsråd.", {"end": section("Tack", "{S}", "Referenser")}),
    ("ar", "يشكر المؤلفون مؤسسة الوادي الأخضر على الدعم المالي لهذا البحث.",
     {"end": section("شكر وتقدير", "{S}", "المراجع")}),
    # a statement of its own at the body's end
    ("en", "This research was supported by the Valmora Science Council under grant VSC-4471.", {"end": "<p>{S}</p>"}),
    ("en", "This project has received funding from the Valmora Science Council under grant agreement No 4471.",
     {"end": "<p>{S}</p>"}),
    ("en", "The authors received a grant from the Orrin Mountain Fund for the fieldwork.", {"end": "<p>{S}</p>"}),
    ("en", "This exhibition is made possible by the Penhallow Arts Trust. Works on loan from the Valmora Museum.",
     {"end": "<p>{S}</p>"}),
    ("en", "The Penhallow Roof Repair Program offers 0% interest loans to homeowners. The program is funded by the "
           "Valmora Housing Agency.", {"end": "<p>{S}</p>"}),
    ("de", "Diese Studie wurde von der Kaltenbrunner Forschungsgemeinschaft gefördert.", {"end": "<p>{S}</p>"}),
    ("fr", "Cette étude a été financée par la Fondation Sainte-Orlane pour la nature.", {"end": "<p>{S}</p>"}),
    ("es", "El estudio contó con el apoyo de la Fundación Valdemora para la Ciencia.", {"end": "<p>{S}</p>"}),
    ("it", "La ricerca è stata sostenuta dalla Fondazione Valmonte per l'ambiente.", {"end": "<p>{S}</p>"}),
    ("pt", "Este estudo foi financiado pela Fundação Vale Moreno.", {"end": "<p>{S}</p>"}),
    ("pt", "Este estudo foi financiado pela Fundação Vale Moreno e pelo Banco Serra Alva, SA.", {"end": "<p>{S}</p>"}),
    ("nl", "Dit onderzoek is mogelijk gemaakt door een subsidie van het Valkendam Natuurfonds.", {"end": "<p>{S}</p>"}),
    ("pl", "Projekt został sfinansowany przez Fundację Zielonej Skały.", {"end": "<p>{S}</p>"}),
    ("sv", "Projektet har finansierats av Granviks naturvårdsfond.", {"end": "<p>{S}</p>"}),
    ("ru", "Работа выполнена при финансовой поддержке Озёрского научного фонда.", {"end": "<p>{S}</p>"}),
    ("uk", "Дослідження виконано за підтримки Фонду Озерного краю (грант 2022.01/0123).", {"end": "<p>{S}</p>"}),
    ("uk", "Проєкт фінансується Вербівською науковою фундацією.", {"end": "<p>{S}</p>"}),
    ("zh", "本研究得到松溪生态基金会的资助（项目编号：SX2023-05）。", {"end": "<p>{S}</p>"}),
    ("zh", "本项目由松溪市科学技术局资助（编号：2023SX001）。", {"end": "<p>{S}</p>"}),
    ("ja", "本研究は松川自然財団の助成を受けて実施された。", {"end": "<p>{S}</p>"}),
    ("ko", "이 연구는 송계생태재단의 지원을 받아 수행되었다.", {"end": "<p>{S}</p>"}),
    ("ko", "본 연구는 송계재단의 후원으로 진행되었다.", {"end": "<p>{S}</p>"}),
    ("id", "Penelitian ini didukung oleh Kementerian Riset melalui hibah Sukamaju.", {"end": "<p>{S}</p>"}),
    ("id", "Liputan ini didukung oleh Dana Jurnalisme Sukamaju.", {"end": "<p>{S}</p>"}),
    ("tr", "Bu araştırma Karaçam Doğa Fonu tarafından finanse edilmiştir.", {"end": "<p>{S}</p>"}),
    # past tenses and "received support from" forms, a grant number in brackets, a subsidy thanked for
    ("pl", "Projekt był finansowany ze środków Fundacji Zielonej Skały.", {"end": "<p>{S}</p>"}),
    ("nl", "Dit werk werd mogelijk gemaakt door de Stichting Hoogmeer.", {"end": "<p>{S}</p>"}),
    ("nl", "Met dank aan de Stichting Hoogmeer voor de subsidie.", {"end": section("Dankwoord", "{S}", "Literatuur")}),
    ("sv", "Projektet har fått stöd från Granviks naturvårdsfond.", CREDIT),
    ("ja", "本研究は松川自然財団の支援を受けた。", CREDIT),
    ("ko", "본 연구는 송계생태재단의 지원을 받았다.", CREDIT),
    # an event's own line, a study day ("journée d'étude") among the works
    ("fr", "Cette journée d'étude est soutenue par la Fondation Sainte-Orlane.", CREDIT),
    ("ko", "이 연구는 송계생태재단의 지원(과제번호 2023-0001)을 받아 수행되었다.", {"end": "<p>{S}</p>"}),
    # the work received money, a grant made it possible, it was made within a funded project
    ("ru", "Работа поддержана грантом Озёрского научного фонда № 22-17-00001.", CREDIT),
    ("de", "Diese Recherche wurde durch ein Stipendium der Kaltenbrunner Stiftung ermöglicht.", CREDIT),
    ("es", "Esta investigación recibió financiación de la Fundación Valdemora.", CREDIT),
    ("es", "El trabajo fue posible gracias a una beca de la Fundación Sotoblanco.", CREDIT),
    ("it", "Il progetto ha ricevuto un finanziamento dalla Fondazione Valmonte.", CREDIT),
    ("it", "Questa ricerca è stata resa possibile grazie al contributo della Fondazione Roccalba.", CREDIT),
    ("pt", "Este trabalho teve o apoio da Fundação Vale Moreno.", CREDIT),
    ("nl", "Het onderzoek ontving financiering van het Valkendam Natuurfonds.", CREDIT),
    ("pl", "Publikacja powstała w ramach projektu finansowanego przez Fundację Borowiny.", CREDIT),
    ("sv", "Arbetet stöddes av Granviks forskningsråd.", CREDIT),
    ("ja", "この研究は松川自然財団から資金提供を受けた。", CREDIT),
    ("zh", "本文受松溪生态基金会支持。", CREDIT),
    ("ko", "이 연구는 송계생태재단의 연구비를 지원받았다.", CREDIT),
    ("ar", "تم تمويل هذا البحث من قبل صندوق الصنوبر للعلوم.", {"end": "<p>{S}</p>"}),
    ("ar", "موّلت هذه الدراسة مؤسسة الوادي الأخضر للبحث العلمي.", {"end": "<p>{S}</p>"}),
    ("ar", "هذه الدراسة ممولة من صندوق الوادي الأخضر للبحث العلمي.", {"end": "<p>{S}</p>"}),
    ("ar", "أُجري هذا البحث بدعم من مؤسسة الصنوبر للعلوم.", {"end": "<p>{S}</p>"}),
    # a credit line under a report: written or produced with a fund's support
    ("it", "Questo articolo è stato realizzato con il contributo della Fondazione Roccalba.", CREDIT),
    ("pt", "Esta reportagem foi produzida com apoio do Instituto Serra Alva de Jornalismo.", CREDIT),
    ("en", "This story was produced with support from the Halden Environmental Reporting Fund.", CREDIT),
    ("en", "This article is part of a series produced in partnership with the Valmora Science Foundation.", CREDIT),
    ("nl", "Dit artikel kwam tot stand met steun van het Fonds Bijzondere Journalistieke Projecten.", CREDIT),
    ("sv", "Reportaget har tagits fram med stöd från Granviks journalistfond.", CREDIT),
    ("pl", "Artykuł powstał dzięki wsparciu Fundacji Borowiny.", CREDIT),
    ("ru", "Материал подготовлен при поддержке Фонда Заречья.", CREDIT),
    ("tr", "Bu haber Yeşilvadi Gazetecilik Fonu'nun desteğiyle hazırlanmıştır.", CREDIT),
    ("id", "Liputan ini terselenggara atas dukungan Yayasan Lembah Hijau.", CREDIT),
    ("ja", "この記事は松川財団の助成を受けて制作しました。", {"end": "<p>{S}</p>"}),
    ("zh", "本报道获得松溪新闻基金会资助。", {"end": "<p>{S}</p>"}),
    ("ko", "이 기사는 송계언론재단의 지원을 받아 작성되었습니다.", {"end": "<p>{S}</p>"}),
    ("ar", "أُنتج هذا التقرير بدعم من صندوق الصنوبر للصحافة.", CREDIT),
    ("fr", "Cette enquête a été réalisée avec le soutien du Fonds pour le journalisme de Valbrune.", CREDIT),
    ("de", "Diese Recherche wurde durch die Stiftung Bergwald gefördert.", CREDIT),
    # a label, a footnote, an aside, a box after the body, a hidden panel
    ("en", "*Funding: The fieldwork was financed by the Granite Coast Fund.", {"end": "<p><small>{S}</small></p>"}),
    ("fr", "Financement : Fondation des Hautes Falaises, subvention FHF-2023-17.", CREDIT),
    ("de", "Förderung: Das Vorhaben wird von der Stiftung Moorland mit Mitteln des Landes unterstützt.",
     {"end": "<p>{S}</p>"}),
    ("uk", "Фінансування: Фонд Приозер'я, грант 2023-44.", {"end": "<p>{S}</p>"}),
    ("ar", "التمويل: مؤسسة الوادي الأخضر، منحة رقم 2023-117.", {"end": "<p>{S}</p>"}),
    ("en", "Funding: Tarrow Coastal Trust, grant TCT-20.",
     {"end": "<p>{S}<br>Competing interests: none declared.</p>"}),
    ("en", "This work was funded by the Tarrow Coastal Trust (grant TCT-19).",
     {"end": "<p><strong>Funding</strong></p><p>{S}</p><p><strong>Competing interests</strong></p>"
             "<p>The authors declare none.</p>"}),
    ("en", "This study was funded by the Marlow Rivers Fund.",
     {"end": "<div class='footnotes'><ol><li id='fn1'><p>{S} <a href='#r1'>↩</a></p></li></ol></div>"}),
    ("en", "The Lichen Watch project is funded by the Northfell Nature Fund.",
     {"aside": "<aside class='article-aside'><h4>About this project</h4><p>{S}</p></aside>"}),
    ("de", "Die Recherche wurde vom Morsbacher Journalismusfonds gefördert.",
     {"aside": "<aside class='article-aside'><p>{S}</p></aside>"}),
    ("en", "Reporting for this series was made possible by a grant from the Halden Press Fund.",
     {"after": "<div class='article-footer'><p><em>{S}</em></p></div>"}),
    ("en", "This study was funded by the Penhallow Heritage Fund (grant PHF-3).",
     {"after": "<details><summary>Funding</summary><p>{S}</p></details>"}),
    ("en", "Funding/Support: This study was supported by grant HX-4410 from the Orrin Lung Institute.",
     {"after": "<details class='article-info'><summary>Author, Article, and Disclosure Information</summary>"
               "<p><strong>Conflict of Interest Disclosures:</strong> None reported.</p><p>{S}</p></details>"}),
    # a disclosures dialog
    ("en", "Grant Support: Supported by the Northfell Heart Foundation (grant NF-88012).",
     {"dialog": "<div role='dialog' aria-hidden='true' class='modal'><h3>Author, Article and Disclosure "
                "Information</h3><p><strong>Disclosures:</strong> Dr. Tallon reports no conflicts.</p><p>{S}</p></div>"}),
    ("en", "Supported by the Northfell Heart Foundation (grant NF-88012).",
     {"dialog": "<div role='dialog' aria-hidden='true' class='modal'><h3>Author, Article and Disclosure "
                "Information</h3><p><strong>Grant Support:</strong></p><p>{S}</p></div>"}),
    ("en", "Supported by a grant from the Fenwick Lung Institute (FLI-2024-07).",
     {"dialog": "<div role='dialog' class='modal' hidden><h3>Article Information</h3><dl><dt>Grant Support</dt>"
                "<dd>{S}</dd><dt>Disclosures</dt><dd>None.</dd></dl></div>"}),
]

# (language, notice, the article header holding it): short sponsor notices, in the field whole
NOTICES = [
    ("en", "Coverage of mountain ecology is supported by Kestrel Family Foundation",
     "<div class='sponsor'><p>Coverage of mountain ecology is supported by</p><a href='https://example.org'>"
     "<img src='l.png' alt='Kestrel Family Foundation'></a></div>"),
    ("en", "This newsletter is supported by Brightwater Foundation",
     "<div class='partner'><span>This newsletter is supported by</span> <a href='https://example.net'>"
     "<img src='p.svg' alt='Brightwater Foundation'></a></div>"),
    ("en", "In partnership with Orchard Hill Foundation", "<p class='kicker'>In partnership with Orchard Hill Foundation</p>"),
    ("de", "Gefördert durch die Stiftung Bergwald", "<p class='sponsor-note'>Gefördert durch die Stiftung Bergwald</p>"),
    ("fr", "Avec le soutien de la Fondation des Falaises", "<p class='partenaire'>Avec le soutien de la Fondation des "
     "Falaises</p>"),
    ("es", "Con el apoyo de la Fundación Sotoblanco", "<p class='patrocinio'>Con el apoyo de la Fundación Sotoblanco</p>"),
    ("it", "Con il sostegno della Fondazione Roccalba", "<p class='sponsor'>Con il sostegno della Fondazione Roccalba</p>"),
    ("pl", "Projekt dofinansowany ze środków Fundacji Borowiny",
     "<p class='sponsor'>Projekt dofinansowany ze środków Fundacji Borowiny</p>"),
    ("nl", "Mede mogelijk gemaakt door het Hoogmeerfonds", "<p class='sponsor'>Mede mogelijk gemaakt door het Hoogmeerfonds</p>"),
    ("pt", "Com o apoio da Fundação Vale Moreno", "<p class='apoio'>Com o apoio da Fundação Vale Moreno</p>"),
    ("ar", "بدعم من مؤسسة الصنوبر", "<p class='sponsor'>بدعم من مؤسسة الصنوبر</p>"),
    # a label in Chinese, Japanese or Korean: short, a character a word
    ("ja", "協賛：松川自然財団", "<p class='sponsor'>協賛：松川自然財団</p>"),
    ("zh", "赞助单位：松溪生态基金会", "<p class='sponsor'>赞助单位：松溪生态基金会</p>"),
    ("ko", "후원: 송계생태재단", "<p class='sponsor'>후원: 송계생태재단</p>"),
]

# (language, sentence, where): money or support reported as news, product features, reader support,
# affiliate notices, general thanks; not funding
NOT_FUNDING = [
    ("en", "The city council financed the new footbridge over the river with a loan from the regional bank.", {}),
    ("en", "The new hiking maps are supported by the app on both major phone systems.", {}),
    ("en", "We acknowledge the creativity of the village children who painted the signposts.", {}),
    ("en", "The Hill Courier is supported by readers like you. Become a member today.", {}),
    ("en", "We thank the villagers of Penhallow for their warm welcome and endless patience.", {}),
    ("en", "Some links in this guide are affiliate links and we may earn a commission.", {}),
    ("en", "Last year the trust awarded grants to twelve schools in the valley, the head teacher said.", {}),
    ("en", "The proposal was supported by a majority of the councillors on Tuesday evening.", {}),
    ("en", "Residents said the clinic was funded by the county and staffed by volunteers from the parish.", {}),
    ("en", "The race, sponsored by a local brewery, drew 400 runners despite the rain.", {}),
    ("en", "The school received a grant from the state to repair its roof after the storm.", {}),
    # a loan pays for a bridge, not for the work the page publishes
    ("en", "The bridge project was financed by the council with a loan from the regional bank.", {}),
    ("es", "El proyecto del puente fue financiado por el ayuntamiento con un préstamo del banco regional.", {}),
    ("de", "Das Projekt der neuen Brücke wird von der Stadt mit einem Kredit der Landesbank finanziert.", {}),
    # reported speech: someone in the story says who paid
    ("en", "A local family donated $2 million to the hospital to fund a new wing, the hospital said.", {}),
    ("en", "Her campaign was funded by small donations from across the state.", {}),
    ("en", "The mayor said the festival was funded by the town and would return next summer.", {}),
    ("en", "The festival has been funded by the town since 2015, the mayor said on Friday.", {}),
    ("fr", "Le festival est financé par la mairie depuis dix ans, rappelle son directeur.", {}),
    ("es", "Según el alcalde, el festival fue financiado por el ayuntamiento durante diez años.", {}),
    ("it", "La sagra è finanziata dal comune da dieci anni, ha spiegato il sindaco.", {}),
    ("de", "Das Fest wird seit zehn Jahren von der Gemeinde finanziert, so der Bürgermeister.", {}),
    # ...and money the work received, as a noun, with the one who reports it after a comma
    ("en", "The harbour project received funding from the state last year, the mayor said.", {}),
    ("en", "The new ferry line received a grant from the port authority, according to the council.", {}),
    ("es", "El proyecto del puente recibió financiación del gobierno regional, según el alcalde.", {}),
    ("it", "Il progetto della nuova scuola ha ricevuto un finanziamento dalla regione, ha detto il sindaco.", {}),
    ("fr", "Le projet de tramway a reçu un financement de la région, selon le maire.", {}),
    ("de", "Das Projekt erhielt eine Förderung vom Land, sagte die Bürgermeisterin.", {}),
    ("en", "The startup raised $12 million in a round led by Northgate Ventures, its founder said.", {}),
    ("en", "The camera is supported by the latest firmware, which adds a night mode.", {}),
    ("en", "Supported by", {"aside": "<aside class='sidebar'><div class='ad'><p>{S}</p><img src='ad.png' alt=''>"
                                    "</div></aside>"}),
    ("de", "In der Grube wurde bis 1960 Kupfererz gefördert, erzählt der Ortschronist.", {}),
    ("de", "Die Stadt hat die neue Brücke mit Mitteln aus dem Landeshaushalt finanziert, sagte der Bürgermeister.", {}),
    ("de", "Die Suche nach dem vermissten Wanderer wurde von Freiwilligen der Bergwacht unterstützt.", {}),
    ("de", "Die Aktion wird von vielen Vereinen unterstützt, sagte die Organisatorin am Montag.", {}),
    ("de", "Unser Journalismus wird von unseren Leserinnen und Lesern finanziert. Jetzt spenden!",
     {"aside": "<aside class='donate-box'><p>{S}</p></aside>"}),
    ("fr", "La commune a financé le nouveau pont grâce à un prêt de la banque régionale, a expliqué la maire.", {}),
    ("fr", "Le projet de loi a été soutenu par la majorité des députés mardi soir.", {}),
    ("es", "El ayuntamiento financió el nuevo puente con un préstamo del banco regional, explicó la alcaldesa.", {}),
    ("es", "La huelga fue apoyada por miles de vecinos que salieron a la calle el domingo.", {}),
    ("es", "El hospital está financiado por el gobierno regional desde 2010, recordó el gerente.", {}),
    ("it", "Il comune ha finanziato il nuovo ponte con un prestito della banca regionale, ha spiegato la sindaca.", {}),
    ("it", "La protesta è stata sostenuta da centinaia di studenti davanti al municipio.", {}),
    ("pt", "A prefeitura financiou a nova ponte com um empréstimo do banco regional, disse a prefeita.", {}),
    ("nl", "De gemeente heeft de nieuwe brug gefinancierd met een lening van de provinciale bank, zei de "
           "burgemeester.", {}),
    ("pl", "Gmina sfinansowała nowy most z kredytu banku regionalnego, powiedziała burmistrz.", {}),
    ("pl", "Akcję poparli mieszkańcy, którzy zebrali ponad tysiąc podpisów.", {}),
    ("sv", "Kommunen finansierade den nya bron med ett lån från regionbanken, sa kommunalrådet.", {}),
    ("ru", "Город профинансировал строительство нового моста за счёт кредита регионального банка, сообщил мэр.", {}),
    ("ru", "Инициативу жителей поддержали депутаты городской думы на вторничном заседании.", {}),
    ("ru", "Фонд выделил гранты двенадцати школам района, сообщил директор.", {}),
    ("uk", "Місто профінансувало новий міст за рахунок кредиту обласного банку, повідомив мер.", {}),
    ("uk", "Ініціативу мешканців підтримали депутати міської ради.", {}),
    ("zh", "市政府出资修建了这座新桥，资金来自地方银行的贷款，市长在发布会上表示。", {}),
    ("zh", "该市政府表示将继续支持本地企业发展，并为其提供贷款补助。", {}),
    ("ja", "市は地元銀行からの融資で新しい橋の建設費を支援したと市長が説明した。", {}),
    ("ja", "市は今年度も地元企業への補助金を継続すると発表した。", {}),
    ("ko", "시는 지역 은행의 대출로 새 다리 건설 비용을 지원했다고 시장이 밝혔다.", {}),
    ("ko", "정부는 올해도 지역 기업에 대한 보조금 지원을 이어가겠다고 밝혔다.", {}),
    ("id", "Pemerintah kota mendanai jembatan baru itu dengan pinjaman dari bank daerah, kata wali kota.", {}),
    ("id", "Aksi itu didukung oleh ratusan warga yang berkumpul di depan balai kota.", {}),
    ("tr", "Belediye yeni köprüyü bölge bankasından alınan krediyle finanse etti, dedi belediye başkanı.", {}),
    ("tr", "Eylem, mahalle sakinleri tarafından desteklendi ve yüzlerce kişi katıldı.", {}),
    ("ar", "مولت البلدية الجسر الجديد بقرض من البنك الإقليمي، كما قال رئيس البلدية.", {}),
    ("ar", "دعمت الحكومة المزارعين بقروض ميسرة هذا العام، حسبما قال الوزير.", {}),
    ("ar", "دعم آلاف السكان هذه المبادرة في ساحة البلدة يوم الجمعة.", {}),
    # a crowd's many small gifts, reported
    ("en", "The documentary was funded by more than 2,000 backers who pledged money online.", {}),
    ("zh", "这部纪录片通过众筹获得了两千多名网友的资助。", {}),
    # the same verbs with a town, a club or a vote as their subject
    ("de", "Der Umbau des Bahnhofs wurde durch einen Zuschuss des Landes ermöglicht, sagte der Bürgermeister.", {}),
    ("es", "El club recibió financiación del ayuntamiento para reformar el estadio.", {}),
    ("it", "Il comune ha ricevuto un finanziamento dalla Regione per la nuova scuola.", {}),
    ("nl", "De gemeente ontving subsidie van de provincie voor de nieuwe sporthal.", {}),
    ("sv", "Förslaget stöddes av en majoritet i fullmäktige.", {}),
    ("pl", "Nowy most powstał w ramach programu finansowanego przez państwo.", {}),
    ("zh", "该市的新桥项目得到了市民的广泛支持。", {}),
    ("ko", "시는 정부로부터 예산을 지원받았다고 밝혔다.", {}),
    # a work under a definite article further on in a sentence about money: the story's project, not the page's
    ("nl", "De provincie geeft een subsidie van een miljoen euro aan het project, dat ook wordt gefinancierd door het "
           "waterschap.", {}),
    ("nl", "Het rijk maakt extra geld vrij voor de dijken; het programma wordt gefinancierd door het Dijkenfonds.", {}),
    ("es", "La diputación aportará dos millones a las obras, y la iniciativa está apoyada por la cámara de comercio.", {}),
    ("fr", "Le département a voté une aide pour le colloque, qui est également soutenu par la métropole.", {}),
    ("it", "La provincia ha stanziato fondi e il progetto è finanziato anche da una banca locale.", {}),
    ("sv", "Staten ger pengar till vägen, och projektet finansieras av regionen.", {}),
    ("de", "Die Stadt bekommt zwei Millionen Euro, und das Programm wird zusätzlich vom Land gefördert.", {}),
    # a grant's sum, a gift and a second act: news of money
    ("en", "The water board is funding trials in two villages, supported by a grant of 400,000 pounds from the lottery.",
     {}),
    ("en", "A local family donated $1 million to the school and pledged to support its music programme.", {}),
]


def _place(where: dict[str, str], text: str) -> dict[str, str]:
    return {part: html.replace("{S}", text) for part, html in where.items()}


def _id(case: tuple) -> str:
    return f"{case[0]}-{case[1][:30]}"


@pytest.mark.parametrize("lang, statement, where", STATEMENTS, ids=map(_id, STATEMENTS))
def test_a_statement_is_the_field_whole_and_stays_in_the_body(lang: str, statement: str,
                                                              where: dict[str, str]) -> None:
    article = cleanpage.clean(page(lang, **_place(where, statement)))
    assert article.funding is not None and statement in article.funding
    assert len(article.funding) <= len(statement) + 60  # not merged with the next paragraph or the story
    assert statement in " ".join(article.text.split())


@pytest.mark.parametrize("lang, notice, header", NOTICES, ids=map(_id, NOTICES))
def test_a_sponsor_notice_in_the_article_header_is_the_field(lang: str, notice: str, header: str) -> None:
    assert cleanpage.clean(page(lang, header=header)).funding == notice


@pytest.mark.parametrize("lang, sentence, where", NOT_FUNDING, ids=map(_id, NOT_FUNDING))
def test_story_money_and_support_are_not_funding(lang: str, sentence: str, where: dict[str, str]) -> None:
    article = cleanpage.clean(page(lang, **_place(where or {"end": "<p>{S}</p>"}, sentence)))
    assert article.funding is None


NEXT = {  # a story's next subsection: its subheading and its running text
    "en": ("What comes next", "The council meets again in March to decide whether the northern path should close "
           "for the winter, and residents have been invited to send their views before the meeting."),
    "de": ("Ausblick", "Der Verein plant eine neue Halle am Ortsrand, die im übernächsten Jahr fertig werden soll, "
           "und sucht dafür noch Helferinnen und Helfer aus dem Dorf und den Nachbargemeinden."),
    "fr": ("Calendrier", "Les travaux commencent en mai et devraient durer deux ans, pendant lesquels la circulation "
           "sera déviée par le vieux chemin de la vallée, a prévenu la préfecture dans un communiqué."),
}


@pytest.mark.parametrize("lang, heading, text", [
    ("en", "Funding", "The county has promised to pay for half of the cleanup, but the rest is still uncertain."),
    ("de", "Förderung", "Im Verein werden Kinder ab sechs Jahren gezielt gefördert, viele spielen später in der "
                        "Landesliga."),
    ("fr", "Financement", "Le coût du pont sera partagé entre la région et la commune, selon le plan voté en mars."),
])
def test_a_storys_funding_subheading_over_money_as_news_is_not_funding(lang: str, heading: str, text: str) -> None:
    subheading, story = NEXT[lang]
    end = f"<h2>{heading}</h2><p>{text}</p><h2>{subheading}</h2><p>{story}</p><p>{story}</p>"
    article = cleanpage.clean(page(lang, end=end))
    assert article.funding is None
    assert text in article.text


@pytest.mark.parametrize("text, after", [
    ("The Penhallow Upland Trust (award PUT-2291).", "<h2>{subheading}</h2><p>{story}</p>"),  # a funder named
    ("Cancer Research Wales and the Lichen Society.", "<h2>References</h2><p>{story}</p>"),  # end matter after it
    ("Cancer Research Wales and the Lichen Society.", ""),  # nothing after it
])
def test_a_funding_section_naming_a_funder_or_in_the_end_matter_stays_funding(text: str, after: str) -> None:
    subheading, story = NEXT["en"]
    end = f"<h2>Funding</h2><p>{text}</p>" + after.format(subheading=subheading, story=story)
    assert cleanpage.clean(page("en", end=end)).funding == text

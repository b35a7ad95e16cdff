"""Builds the multilingual funding probe (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the studies, funders, grant numbers and people do not exist. Each
case is a short story in one language with, for the real cases, the page's own statement of who
funded or supported the work placed where real pages put one, and for the hard negatives a
sentence that talks about money or support without being such a statement.

usage: python benchmarks/funding-multilingual/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import write_corpus

# Story paragraphs per language: a research report (for the real cases) and a neutral filler that
# the hard negatives are mixed into. Long enough for the page to read as an article.
RESEARCH = {
    "en": ["Researchers have mapped how meltwater moves beneath a small mountain glacier over three summers, using a network of pressure sensors drilled into the ice.",
           "The measurements show that channels under the glacier open within days of the first warm spell and close again slowly through the autumn, long after surface melting stops.",
           "The team says the findings could help forecast sudden floods in valleys below glaciers, where villages rely on early warnings that are often only hours ahead of the water."],
    "de": ["Forschende haben über drei Sommer hinweg untersucht, wie Schmelzwasser unter einem kleinen Gebirgsgletscher fließt, und dafür Drucksensoren in das Eis gebohrt.",
           "Die Messungen zeigen, dass sich Kanäle unter dem Gletscher wenige Tage nach der ersten Wärmeperiode öffnen und sich im Herbst nur langsam wieder schließen.",
           "Nach Ansicht des Teams könnten die Ergebnisse helfen, plötzliche Hochwasser in den Tälern unterhalb der Gletscher früher vorherzusagen als bisher möglich."],
    "fr": ["Des chercheurs ont suivi pendant trois étés la circulation de l'eau de fonte sous un petit glacier de montagne, grâce à des capteurs de pression forés dans la glace.",
           "Les mesures montrent que les chenaux sous le glacier s'ouvrent quelques jours après la première vague de chaleur et se referment lentement au cours de l'automne.",
           "Selon l'équipe, ces résultats pourraient aider à prévoir les crues soudaines dans les vallées situées en aval, où les villages dépendent d'alertes précoces."],
    "es": ["Un equipo de investigadores ha estudiado durante tres veranos cómo circula el agua de deshielo bajo un pequeño glaciar de montaña, con sensores de presión perforados en el hielo.",
           "Las mediciones muestran que los canales bajo el glaciar se abren pocos días después del primer episodio de calor y se cierran lentamente durante el otoño.",
           "Según el equipo, los resultados podrían ayudar a predecir crecidas repentinas en los valles situados aguas abajo, donde los pueblos dependen de alertas tempranas."],
    "it": ["Un gruppo di ricercatori ha seguito per tre estati il percorso dell'acqua di fusione sotto un piccolo ghiacciaio di montagna, usando sensori di pressione inseriti nel ghiaccio.",
           "Le misure mostrano che i canali sotto il ghiacciaio si aprono pochi giorni dopo la prima ondata di caldo e si richiudono lentamente durante l'autunno.",
           "Secondo il gruppo, i risultati potrebbero aiutare a prevedere le piene improvvise nelle valli sottostanti, dove i paesi dipendono da allerte tempestive."],
    "pt": ["Uma equipa de investigadores acompanhou durante três verões o percurso da água de degelo sob um pequeno glaciar de montanha, com sensores de pressão perfurados no gelo.",
           "As medições mostram que os canais sob o glaciar se abrem poucos dias após a primeira onda de calor e voltam a fechar lentamente ao longo do outono.",
           "Segundo a equipa, os resultados podem ajudar a prever cheias repentinas nos vales abaixo do glaciar, onde as aldeias dependem de alertas antecipados."],
    "nl": ["Onderzoekers hebben drie zomers lang gevolgd hoe smeltwater onder een kleine berggletsjer stroomt, met druksensoren die in het ijs zijn geboord.",
           "De metingen laten zien dat kanalen onder de gletsjer enkele dagen na de eerste warme periode opengaan en in de herfst slechts langzaam weer sluiten.",
           "Volgens het team kunnen de resultaten helpen om plotselinge overstromingen in de dalen onder gletsjers eerder te voorspellen dan nu mogelijk is."],
    "pl": ["Naukowcy przez trzy lata badali, jak woda z topnienia płynie pod małym lodowcem górskim, wykorzystując czujniki ciśnienia wwiercone w lód.",
           "Pomiary pokazują, że kanały pod lodowcem otwierają się kilka dni po pierwszej fali ciepła i zamykają się powoli przez całą jesień.",
           "Zdaniem zespołu wyniki mogą pomóc w przewidywaniu nagłych powodzi w dolinach poniżej lodowców, gdzie wioski polegają na wczesnych ostrzeżeniach."],
    "sv": ["Forskare har under tre somrar följt hur smältvatten rör sig under en liten fjällglaciär, med trycksensorer som borrats ner i isen.",
           "Mätningarna visar att kanalerna under glaciären öppnas några dagar efter den första värmeböljan och sluts långsamt igen under hösten.",
           "Enligt forskarlaget kan resultaten hjälpa till att förutse plötsliga översvämningar i dalarna nedanför glaciärer, där byarna är beroende av tidiga varningar."],
    "ja": ["研究チームは三年間の夏にわたり、小さな山岳氷河の下を融解水がどのように流れるかを、氷に埋め込んだ圧力センサーで調べた。",
           "測定の結果、氷河の下の水路は最初の暖かい時期から数日で開き、秋にかけてゆっくりと閉じていくことが分かった。",
           "研究チームによると、この成果は氷河の下流にある谷で起きる突然の洪水を予測するのに役立つ可能性がある。"],
    "zh": ["研究人员在三个夏季里利用钻入冰层的压力传感器，追踪了融水在一座小型山地冰川下方的流动方式。",
           "测量结果显示，冰川下方的通道在第一次升温后几天内打开，并在秋季缓慢关闭，远晚于地表融化停止的时间。",
           "研究团队表示，这些发现有助于预测冰川下游山谷中的突发洪水，那里的村庄依赖提前发布的预警。"],
    "ko": ["연구진은 세 번의 여름 동안 얼음에 압력 센서를 설치해 작은 산악 빙하 아래로 녹은 물이 어떻게 흐르는지 추적했다.",
           "측정 결과 빙하 아래의 물길은 첫 더위가 찾아온 뒤 며칠 만에 열리고, 가을 내내 천천히 다시 닫히는 것으로 나타났다.",
           "연구진은 이번 결과가 빙하 아래 계곡에서 일어나는 갑작스러운 홍수를 예측하는 데 도움이 될 수 있다고 말했다."],
    "ru": ["Исследователи в течение трёх летних сезонов изучали, как талая вода движется под небольшим горным ледником, используя датчики давления, вмороженные в лёд.",
           "Измерения показали, что каналы под ледником открываются через несколько дней после первого потепления и медленно закрываются в течение осени.",
           "По словам авторов, результаты помогут прогнозировать внезапные паводки в долинах ниже ледников, где жители зависят от ранних предупреждений."],
    "tr": ["Araştırmacılar üç yaz boyunca, buza yerleştirilen basınç sensörleriyle küçük bir dağ buzulunun altında erime suyunun nasıl aktığını izledi.",
           "Ölçümler, buzulun altındaki kanalların ilk sıcak dalgadan birkaç gün sonra açıldığını ve sonbahar boyunca yavaşça kapandığını gösteriyor.",
           "Ekibe göre sonuçlar, erken uyarılara bağlı olan köylerin bulunduğu buzul altındaki vadilerde ani selleri tahmin etmeye yardımcı olabilir."],
}

TITLES = {
    "en": "How meltwater finds its way under a glacier", "de": "Wie Schmelzwasser unter dem Gletscher fließt",
    "fr": "Comment l'eau de fonte circule sous un glacier", "es": "Cómo circula el agua bajo un glaciar",
    "it": "Come scorre l'acqua sotto un ghiacciaio", "pt": "Como a água corre sob um glaciar",
    "nl": "Hoe smeltwater onder een gletsjer stroomt", "pl": "Jak woda płynie pod lodowcem",
    "sv": "Så rör sig smältvattnet under glaciären", "ja": "氷河の下を流れる融解水の道筋",
    "zh": "融水如何在冰川下流动", "ko": "빙하 아래 녹은 물의 길", "ru": "Как талая вода течёт под ледником",
    "tr": "Erime suyu buzulun altında nasıl akıyor",
}


def section(heading: str, text: str) -> str:
    return f"<h2>{heading}</h2>\n<p>{text}</p>"


# Where a real statement sits: each takes (heading, statement) and returns (inside, after) HTML,
# "inside" going at the end of the article's text and "after" after the article element.
PLACES = {
    "section": lambda h, s: (section(h, s), ""),
    "closing": lambda h, s: (f"<p><em>{s}</em></p>", ""),
    "aside": lambda h, s: ("", f'<aside class="note"><h3>{h}</h3><p>{s}</p></aside>'),
    "details": lambda h, s: (f"<details><summary>{h}</summary><p>{s}</p></details>", ""),
    "dialog": lambda h, s: (f'<p><button type="button">{h}</button></p>',
                            f'<dialog id="disclosures"><h2>{h}</h2><p>{s}</p></dialog>'),
    "footnote": lambda h, s: (f'<hr><p class="footnote"><small>* {s}</small></p>', ""),
    "footer": lambda h, s: (f'<footer class="article-footer"><p>{s}</p></footer>', ""),
}

# Real cases: (lang, place, heading, statement, declaration to keep or "")
REAL = [
    ("en", "section", "Funding", "This research was supported by the Harlow Polar Trust (grant HPT-2291) and the Northern Rivers Council.", ""),
    ("en", "closing", "", "This work was funded by the Ashcombe Foundation under award AF-7710.", ""),
    ("en", "details", "Disclosures", "The study received financial support from the Kestrel Science Fund; the funder had no role in the analysis.", "The authors declare no competing interests."),
    ("en", "footnote", "", "This work was funded by a grant from the Marrow Valley Research Board (MVRB-55).", ""),
    ("en", "aside", "Acknowledgements", "We acknowledge support from the Ellery Institute for Mountain Science under grant EIMS-19-04.", ""),
    ("de", "section", "Förderung", "Diese Arbeit wurde von der Stiftung Bergwasser unter dem Förderkennzeichen SB-4410 gefördert.", ""),
    ("de", "closing", "", "Das Projekt wird vom Landesfonds für Klimaforschung finanziert.", ""),
    ("de", "footer", "", "Die Studie wurde durch die Hellweg-Stiftung finanziell unterstützt (Projekt HW-3021).", ""),
    ("de", "section", "Danksagung", "Wir danken der Gesellschaft für Eisforschung für die Förderung dieser Arbeit (Fördernummer GE-118).", "Die Autoren erklären, dass keine Interessenkonflikte bestehen."),
    ("fr", "section", "Financement", "Ces travaux ont été financés par la Fondation Alpiniste pour la Recherche (subvention FAR-2087).", ""),
    ("fr", "closing", "", "Cette étude a bénéficié du soutien financier de l'Agence régionale des eaux de montagne.", ""),
    ("fr", "details", "Déclarations", "Ce projet a été soutenu par le programme Glace et Climat de la Fondation Verlaine (contrat GC-77).", "Les auteurs déclarent n'avoir aucun conflit d'intérêts."),
    ("fr", "section", "Remerciements", "Nous remercions la Fondation Aubrac pour son soutien financier (bourse FA-2310).", ""),
    ("es", "section", "Financiación", "Este trabajo fue financiado por la Fundación Cordillera Viva mediante la ayuda FCV-2044.", ""),
    ("es", "closing", "", "La investigación contó con el apoyo económico del Consejo de Aguas del Norte.", ""),
    ("es", "aside", "Agradecimientos", "Este estudio ha sido financiado por el Instituto Andino de Hielo (proyecto IAH-309).", ""),
    ("es", "footnote", "", "Este proyecto fue financiado por la Fundación Río Claro (subvención RC-1188).", ""),
    ("it", "section", "Finanziamento", "Questo lavoro è stato finanziato dalla Fondazione Ghiacci Alpini con il contributo FGA-3312.", ""),
    ("it", "closing", "", "Lo studio è stato sostenuto dal Fondo regionale per la ricerca sul clima.", ""),
    ("it", "section", "Ringraziamenti", "La ricerca è stata finanziata dalla Fondazione Valbruna nell'ambito del progetto VB-2020-14.", ""),
    ("pt", "section", "Financiamento", "Este trabalho foi financiado pela Fundação Serra Alta através da bolsa FSA-5521.", ""),
    ("pt", "closing", "", "O estudo contou com o apoio financeiro do Instituto Atlântico de Águas.", ""),
    ("pt", "details", "Declarações", "A pesquisa foi apoiada pela Fundação Nascente (processo FN-2019-331).", "Os autores declaram não haver conflito de interesses."),
    ("nl", "section", "Financiering", "Dit onderzoek werd gefinancierd door het Fonds voor Poolonderzoek (subsidie FPO-612).", ""),
    ("nl", "closing", "", "Het project wordt ondersteund door de Stichting Smeltwater.", ""),
    ("nl", "section", "Dankwoord", "Dit werk werd mogelijk gemaakt door een subsidie van de Stichting IJskap (IJ-2210).", ""),
    ("pl", "section", "Finansowanie", "Badania zostały sfinansowane przez Fundację Górskich Wód w ramach grantu FGW-4410.", ""),
    ("pl", "closing", "", "Projekt był finansowany ze środków Narodowego Funduszu Badań Lodowcowych.", ""),
    ("pl", "section", "Podziękowania", "Praca powstała dzięki wsparciu finansowemu Fundacji Tatrzańskiej (umowa FT-118).", ""),
    ("sv", "section", "Finansiering", "Studien har finansierats av Stiftelsen för Fjällforskning (bidrag SFF-2231).", ""),
    ("sv", "closing", "", "Projektet har fått stöd från Norrlandsfonden för klimatforskning.", ""),
    ("sv", "footer", "", "Forskningen finansierades av Vattenrådet inom programmet Is och Vatten.", ""),
    ("ja", "section", "謝辞", "本研究は山岳水資源財団の助成（課題番号MW-2231）を受けて実施された。", ""),
    ("ja", "closing", "", "本研究は北方氷河研究基金の支援を受けた。", ""),
    ("ja", "section", "研究資金", "この研究は雪氷科学振興会の研究助成により行われた。", ""),
    ("zh", "section", "基金项目", "本研究得到高山水资源基金会项目（编号GS-2231）的资助。", ""),
    ("zh", "closing", "", "本项目由北方冰川研究基金资助。", ""),
    ("zh", "section", "致谢", "本研究受到冰雪科学促进会研究基金的支持。", ""),
    ("ko", "section", "연구비 지원", "이 연구는 산악수자원재단의 지원(과제번호 MW-2231)을 받아 수행되었다.", ""),
    ("ko", "closing", "", "본 연구는 북방빙하연구기금의 지원을 받았다.", ""),
    ("ko", "section", "사사", "이 논문은 빙설과학진흥회의 연구비 지원으로 작성되었다.", ""),
    ("ru", "section", "Финансирование", "Исследование выполнено при поддержке Фонда горных вод (грант ФГВ-2231).", ""),
    ("ru", "closing", "", "Работа финансировалась Северным фондом изучения ледников.", ""),
    ("ru", "section", "Благодарности", "Работа поддержана грантом Общества снежных исследований № ОСИ-118.", ""),
    ("tr", "section", "Finansman", "Bu çalışma Dağ Suları Vakfı tarafından desteklenmiştir (proje no. DSV-2231).", ""),
    ("tr", "closing", "", "Bu araştırma Kuzey Buzul Araştırma Fonu tarafından finanse edilmiştir.", ""),
    ("tr", "section", "Teşekkür", "Bu proje Kar Bilimleri Derneği'nin desteğiyle yürütülmüştür.", ""),
]

# Sponsor notices in the article header: (lang, words, sponsor name)
HEADER = [
    ("en", "Supported by", "the Wexley Foundation"),
    ("de", "Gefördert von", "der Lindmoor-Stiftung"),
    ("fr", "Avec le soutien de", "la Fondation Cerisaie"),
    ("es", "Con el apoyo de", "la Fundación Alcornoque"),
    ("nl", "Mede mogelijk gemaakt door", "het Fonds Duinrand"),
]

# Hard negatives: (lang, note, HTML put among the story paragraphs)
NEGATIVE = [
    ("en", "government funds a project (news)", "<p>The regional government said on Monday it would fund the new flood barrier with 12 million euros, and construction is supported by the national budget.</p>"),
    ("en", "start-up backed by investors", "<p>The start-up, which is backed by investors including two pension funds, was funded in a round led by Orchard Capital last spring.</p>"),
    ("en", "club sponsor in a match report", "<p>The club, sponsored by a local brewery since 2015, played in its new shirts; the stadium was funded by the city decades ago.</p>"),
    ("en", "supported browsers", "<h2>Supported browsers</h2><p>This feature is supported by Firefox 120 and later, and supported by the app on both phones and tablets.</p>"),
    ("en", "affiliate and reader support", "<p><em>This post contains affiliate links. We are supported by our readers: thanks to everyone who subscribes.</em></p>"),
    ("en", "thanks to interviewees", "<p><em>We thank everyone who agreed to be interviewed for this story.</em></p>"),
    ("en", "crowdfunding news", "<p>The campaign was funded by more than 4,000 backers on a crowdfunding site, raising three times its goal in a week.</p>"),
    ("de", "gefördert meaning extracted oil", "<p>Im vergangenen Jahr wurden in dem Feld 2,1 Millionen Tonnen Öl gefördert, deutlich weniger als im Jahr davor.</p>"),
    ("de", "state funding news", "<p>Das Land fördert den Bau der neuen Brücke mit 30 Millionen Euro, teilte das Ministerium am Dienstag mit.</p>"),
    ("fr", "city finances a project (news)", "<p>La mairie a annoncé qu'elle financera la rénovation de la piscine, un projet soutenu par la région à hauteur de deux millions d'euros.</p>"),
    ("fr", "thanks to readers", "<p><em>Merci à nos lecteurs : ce journal est soutenu par ses abonnés.</em></p>"),
    ("es", "club sponsor", "<p>El equipo, patrocinado por una aseguradora, ganó el partido del domingo con dos goles en la segunda parte.</p>"),
    ("es", "crowdfunding", "<p>El proyecto se financió mediante una campaña de micromecenazgo que reunió a más de 3.000 personas.</p>"),
    ("it", "supported devices", "<p>La funzione è supportata da Android 12 e versioni successive ed è sostenuta dall'app su tutti i dispositivi.</p>"),
    ("it", "affiliate notice", "<p><em>Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.</em></p>"),
    ("pt", "government funds (news)", "<p>O governo vai financiar a construção da nova ponte com 40 milhões de euros, anunciou o ministro na segunda-feira.</p>"),
    ("pt", "company backed", "<p>A empresa, apoiada por investidores estrangeiros, recebeu financiamento de 5 milhões numa ronda liderada por um fundo de capital de risco.</p>"),
    ("nl", "club sponsor", "<p>De club, gesponsord door een plaatselijke bakkerij, won zaterdag met 2-1 van de koploper.</p>"),
    ("nl", "subsidy news", "<p>De gemeente financiert de nieuwe sporthal met 8 miljoen euro, een project dat ook door de provincie wordt gesteund.</p>"),
    ("pl", "government funds (news)", "<p>Rząd sfinansuje budowę nowego mostu kwotą 200 milionów złotych, poinformowało ministerstwo.</p>"),
    ("pl", "thanks to readers", "<p><em>Dziękujemy naszym czytelnikom za wsparcie.</em></p>"),
    ("sv", "club sponsor", "<p>Klubben, som sponsras av ett lokalt bryggeri, vann söndagens match med 3–1.</p>"),
    ("sv", "state funding news", "<p>Regeringen finansierar det nya sjukhuset med två miljarder kronor, meddelade ministern.</p>"),
    ("ja", "company backed (news)", "<p>同社は複数の投資家から出資を受け、昨年10億円の資金を調達した。</p>"),
    ("ja", "supported devices", "<p>この機能は最新のスマートフォンでサポートされている。</p>"),
    ("zh", "government funds (news)", "<p>市政府宣布将资助新大桥的建设，项目总投资达五亿元。</p>"),
    ("zh", "crowdfunding", "<p>该项目通过众筹获得了三千多名支持者的资助。</p>"),
    ("ko", "company backed (news)", "<p>이 스타트업은 지난해 여러 투자자로부터 50억 원의 투자를 유치했다.</p>"),
    ("ko", "thanks to interviewees", "<p><em>취재에 응해 주신 모든 분들께 감사드립니다.</em></p>"),
    ("ru", "government funds (news)", "<p>Правительство профинансирует строительство нового моста, сообщили в министерстве в понедельник.</p>"),
    ("ru", "club sponsor", "<p>Клуб, спонсором которого выступает местный банк, выиграл матч со счётом 2:0.</p>"),
    ("tr", "government funds (news)", "<p>Belediye, yeni köprünün yapımını 50 milyon lira ile finanse edeceğini açıkladı.</p>"),
    ("tr", "supported devices", "<p>Bu özellik, Android 12 ve sonraki sürümler tarafından desteklenmektedir.</p>"),
]


def page(lang: str, header: str, inside: str, after: str) -> str:
    story = "\n".join(f"<p>{p}</p>" for p in RESEARCH[lang])
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLES[lang]}</title></head>'
            f'<body><nav><a href="/">Home</a> <a href="/science">Science</a></nav><main>'
            f'<article><header><h1>{TITLES[lang]}</h1>{header}</header>\n{story}\n{inside}\n</article>\n{after}'
            f'</main><footer><p>© 2026 Example Weekly</p></footer></body></html>')


def cases() -> dict[str, tuple[str, dict]]:
    """The pages by id with their labels."""
    out: dict[str, tuple[str, dict]] = {}
    for lang, place, heading, statement, declaration in REAL:
        inside, after = PLACES[place](heading, statement)
        if declaration and place == "details":
            inside = inside.replace("</details>", f"<p>{declaration}</p></details>")
        elif declaration:
            inside += f"\n<p>{declaration}</p>"
        out[f"m{len(out) + 1:03d}"] = (page(lang, "", inside, after), {
            "funding": [statement], "where": place, "lang": lang,
            "must_keep_in_body": [declaration] if declaration else [], "note": "real"})
    for lang, words, sponsor in HEADER:
        header = f'<div class="sponsor">{words} <a href="https://sponsor.example/"><img src="logo.png" alt=""> {sponsor}</a></div>'
        out[f"m{len(out) + 1:03d}"] = (page(lang, header, "", ""), {
            "funding": [f"{words} {sponsor}"], "where": "header", "lang": lang,
            "must_keep_in_body": [], "note": "sponsor notice"})
    for lang, note, html in NEGATIVE:
        out[f"m{len(out) + 1:03d}"] = (page(lang, "", html, ""), {
            "funding": [], "where": "none", "lang": lang, "must_keep_in_body": [], "note": note})
    return out


def main() -> None:
    write_corpus(HERE, cases())

if __name__ == "__main__":
    main()

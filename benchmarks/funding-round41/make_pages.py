"""Builds held-out funding round 41 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the studies, funders, grant numbers and people do not exist. Written
by a helper from the definition of `funding` alone, without reading the detector's code or the
earlier rounds' cases: a report on wild bees in one invented city, in 21 languages, with 42 real
statements (closing "funded by" sentences, run-in labels, headings, acknowledgements that mix thanks
and a grant, EU grant-agreement notices, event sponsors, partner notices, footnotes, asides, a
<details> widget, a footer; six with a competing-interest declaration the body must keep) and 52
hard negatives (public money as news, "supported" as a vote, sport sponsorship, supported software,
ad labels, donation boxes, general thanks, funding rounds, scholarships, budgets, crowdfunding,
loans, "Förderschule", "gefördert" as mined or promoted).

usage: python benchmarks/funding-round41/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# -*- coding: utf-8 -*-
# fd41: held-out cases for the `funding` field. All names, funders, grant numbers invented.
# Topic in every language: wild bees on rooftop gardens in the invented city of Brackenford.
# Convention: for run-in labels / headings ("Funding:", "Financiación:", <h2>Förderung</h2>) the
# statement listed is the sentence after the label, without the label itself; footnote markers
# (<sup>1</sup>) are likewise not part of the listed statement. In acknowledgement paragraphs that
# mix thanks and a grant, only the grant sentence is listed; the thanks sentence is listed nowhere
# (it may legitimately travel with the section).

STORY = {
    "en": [
        "Researchers counted nearly twice as many wild bee species on planted rooftops as on bare ones during a two-year survey in Brackenford.",
        "The team placed small traps on forty-two roofs and identified more than three thousand insects.",
        "Flowering herbs such as thyme and oregano seemed to matter more than the size of the garden.",
    ],
    "de": [
        "Auf bepflanzten Dächern zählten Forschende in Brackenford fast doppelt so viele Wildbienenarten wie auf kahlen Dächern.",
        "Das Team stellte auf 42 Dächern kleine Fallen auf und bestimmte mehr als dreitausend Insekten.",
        "Blühende Kräuter wie Thymian und Oregano waren offenbar wichtiger als die Größe des Gartens.",
    ],
    "fr": [
        "Sur les toits végétalisés de Brackenford, des chercheurs ont recensé près de deux fois plus d'espèces d'abeilles sauvages que sur les toits nus.",
        "L'équipe a installé de petits pièges sur quarante-deux toits et identifié plus de trois mille insectes.",
        "Les herbes en fleurs comme le thym et l'origan semblent compter davantage que la taille du jardin.",
    ],
    "es": [
        "En las azoteas con plantas de Brackenford, los investigadores contaron casi el doble de especies de abejas silvestres que en las azoteas desnudas.",
        "El equipo colocó pequeñas trampas en cuarenta y dos tejados e identificó más de tres mil insectos.",
        "Las hierbas en flor, como el tomillo y el orégano, parecieron importar más que el tamaño del jardín.",
    ],
    "it": [
        "Sui tetti coltivati di Brackenford i ricercatori hanno contato quasi il doppio delle specie di api selvatiche rispetto ai tetti spogli.",
        "Il gruppo ha collocato piccole trappole su quarantadue tetti e ha identificato più di tremila insetti.",
        "Le erbe in fiore come il timo e l'origano sembrano contare più delle dimensioni del giardino.",
    ],
    "pt": [
        "Nos telhados ajardinados de Brackenford, os investigadores contaram quase o dobro das espécies de abelhas silvestres encontradas nos telhados sem plantas.",
        "A equipa colocou pequenas armadilhas em quarenta e dois telhados e identificou mais de três mil insetos.",
        "As ervas em flor, como o tomilho e os orégãos, pareceram importar mais do que o tamanho do jardim.",
    ],
    "nl": [
        "Op beplante daken in Brackenford telden onderzoekers bijna twee keer zoveel soorten wilde bijen als op kale daken.",
        "Het team plaatste kleine vallen op tweeënveertig daken en determineerde meer dan drieduizend insecten.",
        "Bloeiende kruiden zoals tijm en oregano bleken belangrijker dan de grootte van de tuin.",
    ],
    "pl": [
        "Na obsadzonych roślinami dachach w Brackenford naukowcy naliczyli niemal dwa razy więcej gatunków dzikich pszczół niż na dachach pustych.",
        "Zespół rozstawił niewielkie pułapki na czterdziestu dwóch dachach i oznaczył ponad trzy tysiące owadów.",
        "Kwitnące zioła, takie jak tymianek i oregano, okazały się ważniejsze niż wielkość ogrodu.",
    ],
    "sv": [
        "På planterade tak i Brackenford räknade forskarna nästan dubbelt så många arter av vildbin som på kala tak.",
        "Teamet satte upp små fällor på fyrtiotvå tak och artbestämde mer än tretusen insekter.",
        "Blommande örter som timjan och oregano verkade betyda mer än trädgårdens storlek.",
    ],
    "ru": [
        "На озеленённых крышах Бракенфорда исследователи насчитали почти вдвое больше видов диких пчёл, чем на голых крышах.",
        "Команда установила небольшие ловушки на сорока двух крышах и определила более трёх тысяч насекомых.",
        "Цветущие травы, например тимьян и орегано, оказались важнее размера сада.",
    ],
    "ja": [
        "ブラッケンフォードの緑化された屋上では、何もない屋上に比べてほぼ2倍の種類の野生のハチが確認された。",
        "研究チームは42か所の屋上に小型のトラップを設置し、3000匹以上の昆虫を同定した。",
        "庭の広さよりも、タイムやオレガノなどの花を咲かせるハーブの有無が重要だったとみられる。",
    ],
    "zh": [
        "研究人员在布拉肯福德有植被的屋顶上记录到的野生蜂种类几乎是裸露屋顶的两倍。",
        "研究团队在42个屋顶上安放了小型诱捕器，鉴定了3000多只昆虫。",
        "百里香和牛至等开花香草似乎比花园面积更为重要。",
    ],
    "tr": [
        "Araştırmacılar Brackenford'daki bitkilendirilmiş çatılarda, çıplak çatılara göre neredeyse iki kat fazla yaban arısı türü saydı.",
        "Ekip kırk iki çatıya küçük tuzaklar yerleştirdi ve üç binden fazla böceğin türünü belirledi.",
        "Kekik ve mercanköşk gibi çiçekli otların, bahçenin büyüklüğünden daha önemli olduğu görüldü.",
    ],
    "cs": [
        "Na osázených střechách v Brackenfordu napočítali vědci téměř dvakrát více druhů divokých včel než na holých střechách.",
        "Tým rozmístil na dvaačtyřiceti střechách malé pasti a určil přes tři tisíce kusů hmyzu.",
        "Kvetoucí byliny jako tymián a oregano se ukázaly jako důležitější než velikost zahrady.",
    ],
    "da": [
        "På beplantede tage i Brackenford talte forskerne næsten dobbelt så mange arter af vilde bier som på bare tage.",
        "Holdet satte små fælder op på 42 tage og artsbestemte mere end 3.000 insekter.",
        "Blomstrende urter som timian og oregano syntes at betyde mere end havens størrelse.",
    ],
    "fi": [
        "Brackenfordin istutetuilta katoilta tutkijat löysivät lähes kaksi kertaa enemmän luonnonvaraisia mehiläislajeja kuin paljailta katoilta.",
        "Ryhmä asetti pieniä pyydyksiä 42 katolle ja tunnisti yli 3 000 hyönteistä.",
        "Kukkivat yrtit, kuten timjami ja oregano, näyttivät olevan tärkeämpiä kuin puutarhan koko.",
    ],
    "no": [
        "På beplantede tak i Brackenford talte forskerne nesten dobbelt så mange arter av villbier som på bare tak.",
        "Teamet satte opp små feller på 42 tak og artsbestemte mer enn 3000 insekter.",
        "Blomstrende urter som timian og oregano så ut til å bety mer enn hagens størrelse.",
    ],
    "ro": [
        "Pe acoperișurile plantate din Brackenford, cercetătorii au numărat aproape de două ori mai multe specii de albine sălbatice decât pe acoperișurile goale.",
        "Echipa a amplasat capcane mici pe patruzeci și două de acoperișuri și a identificat peste trei mii de insecte.",
        "Plantele aromatice înflorite, precum cimbrul și oregano, au părut să conteze mai mult decât mărimea grădinii.",
    ],
    "hu": [
        "Brackenford beültetett tetőin a kutatók csaknem kétszer annyi vadméhfajt számoltak meg, mint a csupasz tetőkön.",
        "A csapat negyvenkét tetőn helyezett ki kis csapdákat, és több mint háromezer rovart határozott meg.",
        "A virágzó fűszernövények, például a kakukkfű és az oregánó, fontosabbnak tűntek a kert méreténél.",
    ],
    "el": [
        "Στις φυτεμένες ταράτσες του Μπράκενφορντ οι ερευνητές κατέγραψαν σχεδόν διπλάσια είδη άγριων μελισσών σε σχέση με τις γυμνές ταράτσες.",
        "Η ομάδα τοποθέτησε μικρές παγίδες σε σαράντα δύο ταράτσες και αναγνώρισε περισσότερα από τρεις χιλιάδες έντομα.",
        "Τα ανθισμένα αρωματικά φυτά, όπως το θυμάρι και η ρίγανη, φάνηκαν να μετρούν περισσότερο από το μέγεθος του κήπου.",
    ],
    "ko": [
        "브래컨퍼드의 식물을 심은 옥상에서 연구진은 맨 옥상보다 거의 두 배 많은 야생벌 종을 확인했다.",
        "연구팀은 옥상 42곳에 소형 트랩을 설치하고 곤충 3천여 마리를 동정했다.",
        "정원의 크기보다 타임과 오레가노 같은 꽃 피는 허브가 더 중요한 것으로 보인다.",
    ],
}

TITLES = {
    "en": "Rooftop gardens bring wild bees back to Brackenford",
    "de": "Dachgärten locken Wildbienen zurück in die Stadt",
    "fr": "Les jardins sur les toits ramènent les abeilles sauvages en ville",
    "es": "Los jardines en azoteas devuelven las abejas silvestres a la ciudad",
    "it": "I giardini pensili riportano le api selvatiche in città",
    "pt": "Jardins nos telhados trazem as abelhas silvestres de volta à cidade",
    "nl": "Daktuinen lokken wilde bijen terug naar de stad",
    "pl": "Ogrody na dachach przywabiają dzikie pszczoły z powrotem do miasta",
    "sv": "Takträdgårdar lockar tillbaka vildbin till staden",
    "ru": "Сады на крышах возвращают диких пчёл в город",
    "ja": "屋上庭園が都市に野生のハチを呼び戻す",
    "zh": "屋顶花园让野生蜜蜂重返城市",
    "tr": "Çatı bahçeleri yaban arılarını şehre geri getiriyor",
    "cs": "Střešní zahrady vracejí divoké včely do města",
    "da": "Taghaver lokker vilde bier tilbage til byen",
    "fi": "Kattopuutarhat houkuttelevat luonnonvaraiset mehiläiset takaisin kaupunkiin",
    "no": "Takhager lokker villbier tilbake til byen",
    "ro": "Grădinile de pe acoperișuri aduc albinele sălbatice înapoi în oraș",
    "hu": "A tetőkertek visszacsalogatják a vadméheket a városba",
    "el": "Οι κήποι στις ταράτσες φέρνουν πίσω τις άγριες μέλισσες στην πόλη",
    "ko": "옥상 정원, 야생벌을 도시로 다시 불러들이다",
}

REAL = [
    # ---------------- en ----------------
    ("en", "end",
     """<p>The findings appear in the Journal of Urban Pollinators. The study was funded by the Corvane Trust for Urban Ecology (grant CT-4471).</p>""",
     ["The study was funded by the Corvane Trust for Urban Ecology (grant CT-4471)."],
     ["The findings appear in the Journal of Urban Pollinators."],
     [],
     "closing statement of a research-news story, after a journal sentence in the same <p>"),
    ("en", "own",
     """<p>Researchers counted nearly twice as many wild bee species on planted rooftops as on bare ones.</p>
<p>The team placed small traps on forty-two roofs over two summers.</p>
<h2>Funding</h2>
<p>This research was supported by the Ashgrove Science Council (award ASC-20-1187).</p>
<h2>Competing interests</h2>
<p>L. Okafor has received consulting fees from Greenline Roofing Ltd.</p>""",
     ["This research was supported by the Ashgrove Science Council (award ASC-20-1187)."],
     ["The team placed small traps on forty-two roofs over two summers."],
     ["L. Okafor has received consulting fees from Greenline Roofing Ltd."],
     "Funding heading followed by a competing-interests declaration that must stay in the body"),
    ("en", "mid",
     """<aside class="info-box"><h3>About this study</h3><p>Traps were emptied every nine days between April and September. The work was supported by a grant from the Millbrook Foundation.</p></aside>""",
     ["The work was supported by a grant from the Millbrook Foundation."],
     ["Traps were emptied every nine days between April and September."],
     [],
     "statement inside an aside box after a methods sentence"),
    ("en", "own",
     """<p class="partner-note"><em>This article is produced with support from the Fenwick Science Journalism Fund.</em></p>
<p>Researchers counted nearly twice as many wild bee species on planted rooftops as on bare ones during a two-year survey in Brackenford.</p>
<p>Flowering herbs such as thyme and oregano seemed to matter more than the size of the garden.</p>""",
     ["This article is produced with support from the Fenwick Science Journalism Fund."],
     ["Flowering herbs such as thyme and oregano seemed to matter more than the size of the garden."],
     [],
     "partner notice at the top of the article body"),
    ("en", "end",
     """<p><small>This project has received funding from the Aurelian Research and Innovation Programme under grant agreement No 781442.</small></p>""",
     ["This project has received funding from the Aurelian Research and Innovation Programme under grant agreement No 781442."],
     [],
     [],
     "EU-style grant-agreement notice in <small>"),
    ("en", "end",
     """<p>The results were presented at the Urban Pollinator Workshop in Brackenford last week. The workshop was sponsored by the Harlow Ecology Society and Tamsin Seed Company.</p>""",
     ["The workshop was sponsored by the Harlow Ecology Society and Tamsin Seed Company."],
     ["The results were presented at the Urban Pollinator Workshop in Brackenford last week."],
     [],
     "event sponsors of the workshop the story reports"),
    ("en", "after",
     """<div class="footnotes"><ol><li id="fn1"><sup>1</sup> Counts exclude managed honeybees.</li><li id="fn2"><sup>2</sup> The survey was funded by the Brackenford City Greening Trust (grant BCG-118).</li></ol></div>""",
     ["The survey was funded by the Brackenford City Greening Trust (grant BCG-118)."],
     ["Counts exclude managed honeybees."],
     [],
     "footnote list after the article; only the second footnote is funding"),
    ("en", "end",
     """<h3>Acknowledgements</h3>
<p>The survey was carried out with support from the Larchmont Foundation, the Ivel Valley Trust and the Brackenford Beekeepers' Association.</p>
<p>The authors declare no competing interests.</p>""",
     ["The survey was carried out with support from the Larchmont Foundation, the Ivel Valley Trust and the Brackenford Beekeepers' Association."],
     [],
     ["The authors declare no competing interests."],
     "funder list after 'with support from', followed by a no-competing-interests declaration"),
    ("en", "end",
     """<p>We are grateful to the rooftop owners who gave us access. The authors acknowledge support from the Rowan Hill Biodiversity Fund (RHBF-0932) and the Selkirk Foundation.</p>""",
     ["The authors acknowledge support from the Rowan Hill Biodiversity Fund (RHBF-0932) and the Selkirk Foundation."],
     [],
     [],
     "acknowledgement paragraph mixing thanks and an 'acknowledge support' sentence"),

    # ---------------- de ----------------
    ("de", "end",
     """<p>Die Ergebnisse sind in der Fachzeitschrift Stadtnatur erschienen. Die Studie wurde von der Hellmann-Stiftung für Stadtökologie gefördert (Förderkennzeichen HS-2023-417).</p>""",
     ["Die Studie wurde von der Hellmann-Stiftung für Stadtökologie gefördert (Förderkennzeichen HS-2023-417)."],
     ["Die Ergebnisse sind in der Fachzeitschrift Stadtnatur erschienen."],
     [],
     "'Die Studie wurde ... gefördert' at the end of the story paragraph"),
    ("de", "own",
     """<p>Auf bepflanzten Dächern zählten Forschende fast doppelt so viele Wildbienenarten wie auf kahlen Dächern.</p>
<p>Besonders häufig waren Mauerbienen und Furchenbienen.</p>
<h2>Förderung</h2>
<p>Diese Arbeit wurde durch die Brenner-Gesellschaft für Naturforschung unterstützt.</p>
<h2>Interessenkonflikte</h2>
<p>Die Autorinnen erklären, dass keine Interessenkonflikte bestehen.</p>""",
     ["Diese Arbeit wurde durch die Brenner-Gesellschaft für Naturforschung unterstützt."],
     ["Besonders häufig waren Mauerbienen und Furchenbienen."],
     ["Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."],
     "Förderung heading plus conflict-of-interest section that must stay"),
    ("de", "end",
     """<details class="hinweis"><summary>Förderhinweis</summary><p>Das Projekt DachBiene wird vom Landesprogramm Lebendige Stadt unter dem Kennzeichen LS-44-2022 gefördert.</p></details>""",
     ["Das Projekt DachBiene wird vom Landesprogramm Lebendige Stadt unter dem Kennzeichen LS-44-2022 gefördert."],
     [],
     [],
     "funding notice inside a <details> disclosure widget"),

    # ---------------- fr ----------------
    ("fr", "end",
     """<p><strong>Financement :</strong> cette étude a été financée par la Fondation Marceau pour la biodiversité (subvention FMB-2022-09).</p>""",
     ["cette étude a été financée par la Fondation Marceau pour la biodiversité (subvention FMB-2022-09)."],
     [],
     [],
     "run-in label 'Financement :' (French spacing before colon)"),
    ("fr", "own",
     """<p>Sur les toits végétalisés, des chercheurs ont recensé près de deux fois plus d'espèces d'abeilles sauvages que sur les toits nus.</p>
<p>Les osmies étaient les plus fréquentes.</p>
<h2>Remerciements</h2>
<p>Nous remercions les jardiniers du quartier Saint-Aubry pour l'accès à leurs toits. Ce travail a bénéficié du soutien de l'Agence régionale Verdelle (projet AV-TOIT-31).</p>""",
     ["Ce travail a bénéficié du soutien de l'Agence régionale Verdelle (projet AV-TOIT-31)."],
     ["Les osmies étaient les plus fréquentes."],
     [],
     "Remerciements section mixing thanks and a project grant"),
    ("fr", "after",
     """<div class="partenariat"><p><em>Cet article a été réalisé avec le soutien de la Fondation Lestrange pour le journalisme scientifique.</em></p></div>""",
     ["Cet article a été réalisé avec le soutien de la Fondation Lestrange pour le journalisme scientifique."],
     [],
     [],
     "partner notice below the article"),

    # ---------------- es ----------------
    ("es", "end",
     """<p><b>Financiamiento:</b> Este estudio fue financiado por la Fundación Olmedo para la Ciencia Urbana (proyecto FOCU-2021-554).</p>""",
     ["Este estudio fue financiado por la Fundación Olmedo para la Ciencia Urbana (proyecto FOCU-2021-554)."],
     [],
     [],
     "run-in label 'Financiamiento:'"),
    ("es", "mid",
     """<aside class="nota-metodologica"><p>Las trampas se revisaron cada nueve días. La investigación contó con el apoyo del Consejo Regional de Ciencia de Valdora y de la Fundación Ibarreta.</p></aside>""",
     ["La investigación contó con el apoyo del Consejo Regional de Ciencia de Valdora y de la Fundación Ibarreta."],
     ["Las trampas se revisaron cada nueve días."],
     [],
     "aside after the first paragraph, funder list"),
    ("es", "own",
     """<p>En las azoteas con plantas, los investigadores contaron casi el doble de especies de abejas silvestres.</p>
<p>El tomillo fue la planta más visitada.</p>
<h3>Financiación</h3>
<p>El trabajo recibió una ayuda del Programa Estatal Cielo Verde (referencia CV2022-118).</p>
<h3>Conflicto de intereses</h3>
<p>M. Quiroga ha recibido honorarios como ponente de la empresa Techoverde S.A.</p>""",
     ["El trabajo recibió una ayuda del Programa Estatal Cielo Verde (referencia CV2022-118)."],
     ["El tomillo fue la planta más visitada."],
     ["M. Quiroga ha recibido honorarios como ponente de la empresa Techoverde S.A."],
     "Financiación heading; speaker-fee declaration must stay in body"),

    # ---------------- it ----------------
    ("it", "end",
     """<p>Lo studio è stato finanziato dalla Fondazione Barsanti per l'ambiente urbano (bando FBA-2020-73).</p>""",
     ["Lo studio è stato finanziato dalla Fondazione Barsanti per l'ambiente urbano (bando FBA-2020-73)."],
     [],
     [],
     "plain closing sentence"),
    ("it", "end",
     """<h4>Finanziamento</h4>
<p>Il progetto ha ricevuto finanziamenti dal Programma Quadro Meridia per la ricerca e l'innovazione nell'ambito della convenzione di sovvenzione n. 902315.</p>""",
     ["Il progetto ha ricevuto finanziamenti dal Programma Quadro Meridia per la ricerca e l'innovazione nell'ambito della convenzione di sovvenzione n. 902315."],
     [],
     [],
     "EU-style grant agreement under Finanziamento heading"),

    # ---------------- pt ----------------
    ("pt", "end",
     """<p>Os autores planeiam repetir a contagem em 2025. O estudo foi financiado pela Fundação Carvalhal de Apoio à Pesquisa (processo 2021/08834-7).</p>""",
     ["O estudo foi financiado pela Fundação Carvalhal de Apoio à Pesquisa (processo 2021/08834-7)."],
     ["Os autores planeiam repetir a contagem em 2025."],
     [],
     "mid-paragraph after a story sentence, process number in parentheses"),
    ("pt", "after",
     """<aside class="caixa-apoio"><p>Este trabalho contou com o apoio do Instituto Serra Azul e da Fundação Moreira Lins.</p></aside>""",
     ["Este trabalho contou com o apoio do Instituto Serra Azul e da Fundação Moreira Lins."],
     [],
     [],
     "support box after the article"),

    # ---------------- nl ----------------
    ("nl", "end",
     """<p>Het onderzoek werd gefinancierd door het Veldhoven Fonds voor Stadsnatuur (subsidie VF-3390).</p>""",
     ["Het onderzoek werd gefinancierd door het Veldhoven Fonds voor Stadsnatuur (subsidie VF-3390)."],
     [],
     [],
     "closing sentence with subsidy number"),
    ("nl", "own",
     """<p>Op beplante daken telden onderzoekers bijna twee keer zoveel soorten wilde bijen als op kale daken.</p>
<p>De metselbij was de meest voorkomende soort.</p>
<h2>Financiering</h2>
<p>Dit onderzoek is uitgevoerd met steun van het Dakgroen Kennisfonds en de Stichting Hooghiemstra.</p>
<h2>Belangenverstrengeling</h2>
<p>J. de Wilde ontving sprekersvergoedingen van Daktuin Noord BV.</p>""",
     ["Dit onderzoek is uitgevoerd met steun van het Dakgroen Kennisfonds en de Stichting Hooghiemstra."],
     ["De metselbij was de meest voorkomende soort."],
     ["J. de Wilde ontving sprekersvergoedingen van Daktuin Noord BV."],
     "Financiering heading + declaration to keep"),

    # ---------------- pl ----------------
    ("pl", "end",
     """<p><strong>Finansowanie:</strong> Badanie sfinansowano ze środków Fundacji Wierzbickiego na rzecz Przyrody Miejskiej (grant nr FW/2022/118).</p>""",
     ["Badanie sfinansowano ze środków Fundacji Wierzbickiego na rzecz Przyrody Miejskiej (grant nr FW/2022/118)."],
     [],
     [],
     "run-in label 'Finansowanie:'"),
    ("pl", "after",
     """<div class="przypisy"><p><sup>1</sup> Liczby nie obejmują pszczoły miodnej.</p><p><sup>2</sup> Projekt był finansowany przez Narodowy Fundusz Zielonych Miast w ramach konkursu Sadyba (umowa nr 2021/44/ZM).</p></div>""",
     ["Projekt był finansowany przez Narodowy Fundusz Zielonych Miast w ramach konkursu Sadyba (umowa nr 2021/44/ZM)."],
     ["Liczby nie obejmują pszczoły miodnej."],
     [],
     "footnotes with <sup>, second one funding"),

    # ---------------- sv ----------------
    ("sv", "end",
     """<p>Studien finansierades av Lindqvistska stiftelsen för stadsekologi och Norrviks kommuns miljöfond.</p>""",
     ["Studien finansierades av Lindqvistska stiftelsen för stadsekologi och Norrviks kommuns miljöfond."],
     [],
     [],
     "closing sentence, two funders"),
    ("sv", "own",
     """<p>På planterade tak räknade forskarna nästan dubbelt så många arter av vildbin som på kala tak.</p>
<p>Murarbin var vanligast.</p>
<h3>Tack</h3>
<p>Vi tackar fastighetsägarna i Norrvik för tillträde till taken. Arbetet stöddes av Vetenskapsfonden Ekbacka (bidrag VE-2021-044).</p>""",
     ["Arbetet stöddes av Vetenskapsfonden Ekbacka (bidrag VE-2021-044)."],
     ["Murarbin var vanligast."],
     [],
     "Tack section mixing thanks and grant"),

    # ---------------- ru ----------------
    ("ru", "end",
     """<p>Исследование выполнено при поддержке Фонда городской экологии «Зелёная кровля» (грант № 22-41-00917).</p>""",
     ["Исследование выполнено при поддержке Фонда городской экологии «Зелёная кровля» (грант № 22-41-00917)."],
     [],
     [],
     "typical Russian 'выполнено при поддержке' with grant number"),
    ("ru", "after",
     """<div class="notes"><p><sup>*</sup> Работа поддержана Северным научным фондом имени Л. Громова, проект № СНФ-2023-15.</p></div>""",
     ["Работа поддержана Северным научным фондом имени Л. Громова, проект № СНФ-2023-15."],
     [],
     [],
     "asterisk footnote after article"),

    # ---------------- ja ----------------
    ("ja", "end",
     """<p>成果は都市生態学の専門誌に掲載された。本研究は緑川都市環境財団の助成（課題番号 MK-2022-118）を受けて行われた。</p>""",
     ["本研究は緑川都市環境財団の助成（課題番号 MK-2022-118）を受けて行われた。"],
     ["成果は都市生態学の専門誌に掲載された。"],
     [],
     "closing funding sentence after a publication sentence"),
    ("ja", "own",
     """<p>緑化された屋上では、何もない屋上に比べてほぼ2倍の種類の野生のハチが確認された。</p>
<p>最も多かったのはマメコバチだった。</p>
<h2>謝辞</h2>
<p>本研究は桜庭学術振興会の研究助成（SG-21-3307）の支援を受けた。</p>
<h2>利益相反</h2>
<p>著者の一人は屋上緑化会社の株式会社ソラニワから講演料を受け取っている。</p>""",
     ["本研究は桜庭学術振興会の研究助成（SG-21-3307）の支援を受けた。"],
     ["最も多かったのはマメコバチだった。"],
     ["著者の一人は屋上緑化会社の株式会社ソラニワから講演料を受け取っている。"],
     "謝辞 heading with grant; 利益相反 declaration to keep"),

    # ---------------- zh ----------------
    ("zh", "end",
     """<p><strong>基金项目：</strong>本研究由青岚城市生态基金会资助（项目编号：QL2022-0417）。</p>""",
     ["本研究由青岚城市生态基金会资助（项目编号：QL2022-0417）。"],
     [],
     [],
     "run-in label 基金项目："),
    ("zh", "mid",
     """<aside class="box"><p>诱捕器每九天清理一次。该项研究得到了云栖自然科学基金（编号YQ-21-883）和松涛环境研究院的支持。</p></aside>""",
     ["该项研究得到了云栖自然科学基金（编号YQ-21-883）和松涛环境研究院的支持。"],
     ["诱捕器每九天清理一次。"],
     [],
     "aside after the first paragraph"),

    # ---------------- tr ----------------
    ("tr", "end",
     """<p>Çalışma, Yeşilçatı Kentsel Ekoloji Vakfı tarafından desteklendi (proje no. YKV-2021-58).</p>""",
     ["Çalışma, Yeşilçatı Kentsel Ekoloji Vakfı tarafından desteklendi (proje no. YKV-2021-58)."],
     [],
     [],
     "closing sentence with project number"),
    ("tr", "end",
     """<p>Sonuçlar geçen hafta Brackenford'da düzenlenen Kent Arıları Çalıştayı'nda sunuldu. Çalıştay, Akdoğan Vakfı ve Nergis Tohumculuk sponsorluğunda düzenlendi.</p>""",
     ["Çalıştay, Akdoğan Vakfı ve Nergis Tohumculuk sponsorluğunda düzenlendi."],
     ["Sonuçlar geçen hafta Brackenford'da düzenlenen Kent Arıları Çalıştayı'nda sunuldu."],
     [],
     "workshop sponsors of the reported event"),

    # ---------------- cs ----------------
    ("cs", "end",
     """<p><em>Studie byla financována Nadací Zelené střechy Vránov (grant č. NZS-22-091).</em></p>""",
     ["Studie byla financována Nadací Zelené střechy Vránov (grant č. NZS-22-091)."],
     [],
     [],
     "italic closing note"),

    # ---------------- da ----------------
    ("da", "end",
     """<p>Forskerne vil gentage optællingen næste sommer. Undersøgelsen blev støttet af Ravnsholt Fonden (bevilling RF-2022-311).</p>""",
     ["Undersøgelsen blev støttet af Ravnsholt Fonden (bevilling RF-2022-311)."],
     ["Forskerne vil gentage optællingen næste sommer."],
     [],
     "after a story sentence in the same paragraph"),

    # ---------------- fi ----------------
    ("fi", "end",
     """<p><strong>Rahoitus:</strong> Tutkimusta rahoitti Kattopuutarhasäätiö Hilla (apuraha KH-2021-77).</p>""",
     ["Tutkimusta rahoitti Kattopuutarhasäätiö Hilla (apuraha KH-2021-77)."],
     [],
     [],
     "run-in label 'Rahoitus:'"),

    # ---------------- no ----------------
    ("no", "after",
     """<footer class="article-footer"><p>Prosjektet er finansiert av Fjellstad-fondet for byøkologi (prosjektnummer 318842).</p></footer>""",
     ["Prosjektet er finansiert av Fjellstad-fondet for byøkologi (prosjektnummer 318842)."],
     [],
     [],
     "article footer after the article"),

    # ---------------- ro ----------------
    ("ro", "end",
     """<p><small>Acest proiect a primit finanțare prin Programul Carpatica pentru cercetare și inovare în temeiul acordului de grant nr. 771203.</small></p>""",
     ["Acest proiect a primit finanțare prin Programul Carpatica pentru cercetare și inovare în temeiul acordului de grant nr. 771203."],
     [],
     [],
     "EU-style grant agreement notice"),

    # ---------------- hu ----------------
    ("hu", "end",
     """<p>Az eredmények a Városi Ökológia című folyóiratban jelentek meg. A kutatást a Zöldtető Alapítvány támogatta (pályázati azonosító: ZTA-2022-15).</p>""",
     ["A kutatást a Zöldtető Alapítvány támogatta (pályázati azonosító: ZTA-2022-15)."],
     ["Az eredmények a Városi Ökológia című folyóiratban jelentek meg."],
     [],
     "closing funding sentence after a publication sentence"),

    # ---------------- el ----------------
    ("el", "end",
     """<h3>Χρηματοδότηση</h3><p>Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Αστικής Οικολογίας Καλλιστώ (επιχορήγηση ΚΑ-2021-66).</p>""",
     ["Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Αστικής Οικολογίας Καλλιστώ (επιχορήγηση ΚΑ-2021-66)."],
     [],
     [],
     "Χρηματοδότηση heading"),

    # ---------------- ko ----------------
    ("ko", "end",
     """<p>이 연구는 푸른지붕도시생태재단의 지원(과제번호 PG-2022-0315)을 받아 수행되었다.</p>""",
     ["이 연구는 푸른지붕도시생태재단의 지원(과제번호 PG-2022-0315)을 받아 수행되었다."],
     [],
     [],
     "closing funding sentence"),
]

NEGATIVE = [
    # ---------------- en ----------------
    ("en", "mid",
     """<p>The city council funded the first twelve green roofs in 2019, spending £1.2m on the programme.</p>""",
     "news: a council funded roofs (not the study)"),
    ("en", "end",
     """<p>A motion to extend the green-roof scheme to all schools was supported by 40 councillors on Tuesday.</p>""",
     "'supported' as a vote of approval"),
    ("en", "after",
     """<div class="donate-box"><h3>Support independent science reporting</h3><p>Our journalism is supported by readers like you. Give from £3 a month and help us keep every story free.</p><a href="/donate" class="button">Donate now</a></div>""",
     "donation box / 'supported by readers'"),
    ("en", "end",
     """<h3>Acknowledgements</h3><p>We thank the residents who let our reporter onto their roofs and the readers who sent us photos of bees.</p>""",
     "acknowledgements heading with general thanks only"),
    ("en", "mid",
     """<p>Local start-up HiveSense, which makes sensors for beehives, raised $5m last month in a seed round led by Northgate Ventures.</p>""",
     "startup funding round reported as news"),
    ("en", "after",
     """<p class="affiliate-disclosure"><small>We may earn a commission when you buy through links on this page.</small></p>""",
     "affiliate notice"),
    ("en", "end",
     """<p>The free identification app used by volunteers is supported on Android 10 and later and on most tablets released since 2019.</p>""",
     "software 'supported on' product feature"),
    ("en", "own",
     """<p>The Corvane Trust announced on Tuesday that it will fund a new pollinator research centre in Brackenford with £4m over five years.</p>
<p>The centre is expected to open in 2026 and will employ twelve scientists.</p>
<p>Critics said the money would be better spent on existing parks.</p>""",
     "whole article is news about a funder funding something"),

    # ---------------- de ----------------
    ("de", "mid",
     """<p>Die Stadt fördert seit 2020 die Begrünung von Flachdächern mit bis zu 50 Euro pro Quadratmeter.</p>""",
     "news about a municipal subsidy programme"),
    ("de", "end",
     """<p>Auch Schülerinnen und Schüler der Förderschule am Lindenhof halfen beim Zählen der Bienen.</p>""",
     "'Förderschule' (special-needs school)"),
    ("de", "end",
     """<p>Der Kies für das Dachsubstrat wird in einem Tagebau bei Kaltenbrunn gefördert, was Umweltverbände kritisieren.</p>""",
     "'gefördert' as mined/extracted"),
    ("de", "after",
     """<aside class="abo-box"><h3>Unterstützen Sie unseren Journalismus</h3><p>Mit einem Digital-Abo ab 4,99 Euro im Monat fördern Sie unabhängige Berichterstattung.</p></aside>""",
     "subscription/support-our-journalism box"),
    ("de", "mid",
     """<p>Zugleich wurde der Nachwuchs gefördert: Drei Studierende durften ihre Abschlussarbeiten über die Dachbienen schreiben.</p>""",
     "'gefördert' as promoted/encouraged"),

    # ---------------- fr ----------------
    ("fr", "mid",
     """<p>Une campagne de financement participatif lancée par des habitants a permis de récolter 18 000 euros pour installer des ruches sur le toit de la médiathèque.</p>""",
     "financement participatif campaign news"),
    ("fr", "end",
     """<p>La proposition d'étendre le dispositif aux écoles a été soutenue par 31 conseillers municipaux.</p>""",
     "'soutenue' as a vote"),
    ("fr", "after",
     """<div class="pub"><span class="mention">Contenu sponsorisé</span><p>Jardinerie Belcourt : jusqu'à -30 % sur les jardinières.</p></div>""",
     "sponsored-content label"),

    # ---------------- es ----------------
    ("es", "mid",
     """<p>El ayuntamiento subvencionó con 300.000 euros la instalación de cubiertas verdes en colegios públicos.</p>""",
     "news of a municipal subsidy"),
    ("es", "after",
     """<section class="relacionadas"><h3>Más noticias</h3><ul><li>El CD Valdora renueva su patrocinio con la cervecera Almena hasta 2027</li><li>Las piscinas municipales abren el 15 de junio</li></ul></section>""",
     "sport sponsorship headline in a related-news list"),
    ("es", "after",
     """<div class="aviso"><p>La Fundación Ibarreta convoca 20 becas para estudiantes de biología. El plazo de solicitud termina el 15 de marzo.</p></div>""",
     "scholarship announcement"),

    # ---------------- it ----------------
    ("it", "mid",
     """<p>Il nuovo tetto verde del mercato coperto è stato finanziato con un prestito della Banca Popolare di Valdorno.</p>""",
     "'financed with a loan' news"),
    ("it", "end",
     """<p>Il bilancio comunale 2024 prevede 2,3 milioni di euro per il verde pubblico, in aumento del 12 per cento.</p>""",
     "budget report"),
    ("it", "after",
     """<aside class="sport"><p>Con il sostegno dei tifosi, il Valdorno Calcio ha raccolto 40.000 euro per rifare il manto erboso dello stadio.</p></aside>""",
     "'with the support of fans' sport news"),

    # ---------------- pt ----------------
    ("pt", "mid",
     """<p>Uma associação de moradores angariou 9 mil euros numa campanha solidária para plantar flores nos telhados das escolas.</p>""",
     "charity fundraising news"),
    ("pt", "after",
     """<div class="apoio-leitores"><h3>Apoie o jornalismo independente</h3><p>O nosso trabalho é apoiado pelos leitores. Assine a partir de 3 euros por mês.</p></div>""",
     "support-our-journalism box"),

    # ---------------- nl ----------------
    ("nl", "mid",
     """<p>De provincie heeft dit jaar 4 miljoen euro subsidie vrijgemaakt voor groene daken op scholen.</p>""",
     "news about a provincial subsidy"),
    ("nl", "after",
     """<div class="kort-nieuws"><p>De start-up Bijkast haalde 3 miljoen euro op in een investeringsronde onder leiding van Duinwijk Capital.</p></div>""",
     "startup investment round"),

    # ---------------- pl ----------------
    ("pl", "mid",
     """<p>Miasto dofinansowało budowę zielonych dachów na 14 szkołach kwotą 2 mln zł.</p>""",
     "news: city co-financed roofs"),
    ("pl", "after",
     """<div class="reklama"><span>Artykuł sponsorowany</span><p>Sklep Ogrodnik Plus poleca nowe donice na balkon.</p></div>""",
     "sponsored article label"),

    # ---------------- sv ----------------
    ("sv", "mid",
     """<p>Kommunen finansierade de första gröna taken med ett lån från Norrviks Sparbank.</p>""",
     "financed with a loan"),
    ("sv", "after",
     """<aside class="stod"><h3>Stöd vår journalistik</h3><p>Bli månadsgivare från 49 kronor och hjälp oss granska mer.</p></aside>""",
     "support our journalism"),

    # ---------------- ru ----------------
    ("ru", "mid",
     """<p>Мэрия выделила 15 миллионов рублей на озеленение крыш школ.</p>""",
     "news: city allocated money"),
    ("ru", "end",
     """<p>Приложение для определения пчёл поддерживается на большинстве смартфонов с Android 9 и выше.</p>""",
     "software 'поддерживается'"),
    ("ru", "after",
     """<div class="news-list"><p>Футбольный клуб «Северный ветер» подписал спонсорский контракт с компанией «Медовый дом».</p></div>""",
     "sport sponsorship news"),

    # ---------------- ja ----------------
    ("ja", "mid",
     """<p>市は2019年から、屋上緑化に1平方メートルあたり最大1万円を補助している。</p>""",
     "municipal subsidy news"),
    ("ja", "after",
     """<div class="pr-box"><span class="pr">PR</span><p>この夏おすすめのガーデンチェアを紹介します。</p></div>""",
     "PR ad label"),

    # ---------------- zh ----------------
    ("zh", "end",
     """<p>将该计划推广到所有学校的提案获得了35名市议员的支持。</p>""",
     "'支持' as vote approval"),
    ("zh", "after",
     """<div class="kuaixun"><p>初创公司蜂智科技完成5000万元A轮融资，由远山资本领投。</p></div>""",
     "startup funding round"),

    # ---------------- tr ----------------
    ("tr", "after",
     """<div class="spor"><p>Kırlangıçspor, forma sponsorluğu için Balkaya Sigorta ile anlaşma imzaladı.</p></div>""",
     "sport shirt sponsorship"),
    ("tr", "end",
     """<p>Çatı bahçesi, mahalle sakinlerinin desteğiyle bir hafta sonunda kuruldu.</p>""",
     "'with the support of residents' as volunteer help"),

    # ---------------- cs ----------------
    ("cs", "mid",
     """<p>Radnice letos přispěla na zelené střechy škol částkou 6 milionů korun.</p>""",
     "municipal contribution news"),

    # ---------------- da ----------------
    ("da", "end",
     """<p>Forslaget om flere grønne tage blev støttet af 19 medlemmer af byrådet.</p>""",
     "vote approval"),
    ("da", "after",
     """<div class="notits"><p>Holmgaard Fonden uddeler i år ti stipendier til biologistuderende.</p></div>""",
     "scholarship announcement"),

    # ---------------- fi ----------------
    ("fi", "mid",
     """<p>Kaupunki rahoitti koulujen viherkatot lainalla, jonka se otti Kuusiston Säästöpankista.</p>""",
     "financed with a loan"),
    ("fi", "after",
     """<div class="kaupallinen"><span>Kaupallinen yhteistyö: Puutarhakeskus Vihervaara</span><p>Katso kesän parhaat parvekelaatikot.</p></div>""",
     "commercial-cooperation ad label"),

    # ---------------- no ----------------
    ("no", "mid",
     """<p>Kommunen har bevilget 12 millioner kroner til grønne tak på skoler.</p>""",
     "municipal grant news"),
    ("no", "end",
     """<p>Beboerne samlet inn 80 000 kroner gjennom en innsamlingsaksjon for å bygge bikuber på taket.</p>""",
     "residents' fundraising"),

    # ---------------- ro ----------------
    ("ro", "mid",
     """<p>Primăria a finanțat din bugetul local amenajarea a 15 acoperișuri verzi.</p>""",
     "municipal financing news"),
    ("ro", "end",
     """<p>Propunerea a fost susținută de 23 de consilieri locali.</p>""",
     "vote approval"),

    # ---------------- hu ----------------
    ("hu", "mid",
     """<p>Az önkormányzat 40 millió forinttal támogatta az iskolai zöldtetők építését.</p>""",
     "municipal support news"),

    # ---------------- el ----------------
    ("el", "mid",
     """<p>Ο δήμος χρηματοδότησε με 500.000 ευρώ την κατασκευή πράσινων στεγών σε σχολεία.</p>""",
     "municipal financing news"),
    ("el", "after",
     """<div class="sponsored"><span>Χορηγούμενο περιεχόμενο</span><p>Ανακαλύψτε τις νέες γλάστρες του καταστήματος Ανθώνας.</p></div>""",
     "sponsored content label"),

    # ---------------- ko ----------------
    ("ko", "after",
     """<div class="brief"><p>꿀벌 센서 스타트업 비하이브랩은 산들벤처스가 주도한 시리즈A 투자에서 50억 원을 유치했다.</p></div>""",
     "startup investment round"),
]


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLES[lang], STORY[lang], place, html, section="Science", site="Example Courier")


def cases() -> dict[str, tuple[str, dict]]:
    """The pages by id with their labels."""
    return story_cases("f", REAL, NEGATIVE, page)


def main() -> None:
    write_corpus(HERE, cases())


if __name__ == "__main__":
    main()

"""Probe: ordinary news attribution forms in twenty-three languages, counted wrong or right.

Each case is invented text (names, places and quotes made up) run through `clean()`; the probe prints
every case whose quote gets the wrong speaker and a count per form. Usage:

    PYTHONPATH=src python benchmarks/speaker_forms.py [-v]
"""

from __future__ import annotations

import sys
from collections import Counter

import cleanpage
from probe_corpus import print_tally
from speaker_forms_r37 import R37_CASES
from speaker_forms_r38 import R38_CASES
from speaker_forms_r39 import R39_CASES
from speaker_forms_r40 import R40_CASES
from speaker_forms_r41 import R41_CASES
from speaker_forms_r42 import R42_CASES
from speaker_forms_r43 import R43_CASES
from speaker_forms_r44 import R44_CASES
from speaker_forms_r45 import R45_CASES
from speaker_forms_r46 import R46_CASES
from speaker_forms_r47 import R47_CASES
from speaker_forms_r48 import R48_CASES
from speaker_forms_r49 import R49_CASES
from speaker_forms_r50 import R50_CASES
from speaker_forms_r51 import R51_CASES
from speaker_forms_r52 import R52_CASES
from speaker_forms_r53 import R53_CASES
from speaker_forms_r54 import R54_CASES
from speaker_forms_r55 import R55_CASES
from speaker_forms_r56 import R56_CASES
from speaker_forms_r57 import R57_CASES
from speaker_forms_r58 import R58_CASES
from speaker_forms_r59 import R59_CASES
from speaker_forms_r60 import R60_CASES

FILLER = {
    "en": "The valley town has grown quickly since the new railway opened, and not everyone is pleased with "
          "the pace of building along the river.",
    "de": "Die Talstadt ist seit der Eröffnung der neuen Bahnstrecke schnell gewachsen, und nicht alle sind mit "
          "dem Bautempo am Fluss zufrieden.",
    "fr": "La ville de la vallée a grandi vite depuis l’ouverture de la nouvelle ligne, et tout le monde n’apprécie "
          "pas le rythme des chantiers le long de la rivière.",
    "es": "El pueblo del valle ha crecido rápido desde que abrió la nueva línea de tren, y no todos están "
          "contentos con el ritmo de las obras junto al río.",
    "it": "Il paese della valle è cresciuto in fretta dall’apertura della nuova ferrovia, e non tutti sono "
          "contenti del ritmo dei cantieri lungo il fiume.",
    "pt": "A vila do vale cresceu depressa desde a abertura da nova linha, e nem todos estão satisfeitos com "
          "o ritmo das obras junto ao rio.",
    "nl": "Het dorp in het dal is snel gegroeid sinds de nieuwe spoorlijn openging, en niet iedereen is blij "
          "met het bouwtempo langs de rivier.",
    "pl": "Miasteczko w dolinie szybko się rozrosło od otwarcia nowej linii kolejowej i nie wszyscy są "
          "zadowoleni z tempa budowy nad rzeką.",
    "ru": "Город в долине быстро вырос после открытия новой железной дороги, и не всех устраивает темп "
          "строительства вдоль реки.",
    "zh": "山谷小镇自从新铁路开通以来发展很快，并不是每个人都对河边的建设速度感到满意。",
    "ja": "新しい鉄道が開通してから谷の町は急速に成長したが、川沿いの建設のペースに満足していない人もいる。",
    "ko": "새 철도가 개통된 이후 계곡 마을은 빠르게 성장했지만, 모두가 강변 공사 속도에 만족하는 것은 아니다.",
    "ar": "نمت بلدة الوادي بسرعة منذ افتتاح خط السكة الحديد الجديد، وليس الجميع راضين عن وتيرة البناء على طول النهر.",
    "tr": "Vadideki kasaba yeni demiryolu açıldığından beri hızla büyüdü ve herkes nehir boyundaki inşaat hızından "
          "memnun değil.",
    "he": "העיירה שבעמק גדלה במהירות מאז נפתחה מסילת הרכבת החדשה, ולא כולם מרוצים מקצב הבנייה לאורך הנהר.",
    "fa": "شهرک دره از زمان افتتاح خط آهن جدید به سرعت رشد کرده است و همه از سرعت ساخت و ساز در کنار رودخانه راضی نیستند.",
    "hi": "नई रेल लाइन खुलने के बाद से घाटी का कस्बा तेज़ी से बढ़ा है, और नदी के किनारे निर्माण की रफ़्तार से सभी खुश नहीं हैं।",
    "id": "Kota di lembah itu tumbuh pesat sejak jalur kereta baru dibuka, dan tidak semua orang senang dengan laju pembangunan di tepi sungai.",
    "vi": "Thị trấn trong thung lũng phát triển nhanh kể từ khi tuyến đường sắt mới khai trương, và không phải ai cũng hài lòng với tốc độ xây dựng ven sông.",
    "el": "Η πόλη της κοιλάδας μεγάλωσε γρήγορα από τότε που άνοιξε η νέα σιδηροδρομική γραμμή, και δεν είναι όλοι ικανοποιημένοι με τον ρυθμό της οικοδόμησης κατά μήκος του ποταμού.",
    "ro": "Orășelul din vale a crescut repede de când s-a deschis noua linie de cale ferată, iar nu toată lumea este mulțumită de ritmul construcțiilor de-a lungul râului.",
    "hu": "A völgyi kisváros gyorsan nőtt, mióta megnyílt az új vasútvonal, és nem mindenki elégedett a folyóparti építkezések ütemével.",
    "sv": "Dalstaden har vuxit snabbt sedan den nya järnvägen öppnade, och alla är inte nöjda med byggtakten längs älven.",
    "nb": "Dalbyen har vokst raskt siden den nye jernbanen åpnet, og ikke alle er fornøyd med byggetempoet langs elva.",
    "da": "Dalbyen er vokset hurtigt, siden den nye jernbane åbnede, og ikke alle er tilfredse med byggetempoet ved åen.",
    "fi": "Laakson kaupunki on kasvanut nopeasti uuden radan avaamisen jälkeen, eivätkä kaikki ole tyytyväisiä "
          "rakentamisen tahtiin joen varrella.",
    "cs": "Městečko v údolí od otevření nové železnice rychle roste a ne všichni jsou spokojeni s tempem "
          "stavění podél řeky.",
    "uk": "Містечко в долині швидко зросло після відкриття нової залізниці, і не всі задоволені темпами "
          "будівництва вздовж річки.",
    "th": "เมืองในหุบเขาเติบโตอย่างรวดเร็วตั้งแต่ทางรถไฟสายใหม่เปิดใช้ และไม่ใช่ทุกคนที่พอใจกับความเร็วของการก่อสร้างริมแม่น้ำ",
}


def quotes(paragraphs: str, lang: str) -> list[cleanpage.Quote]:
    filler = "".join(f"<p>{FILLER[lang]}</p>" for _ in range(3))
    html = (f"<!doctype html><html lang='{lang}'><head><title>Valley | Riverside Courier</title></head>"
            f"<body><article><h1>Valley</h1><div class='body'>{filler}{paragraphs}</div></article>"
            "</body></html>")
    return list(cleanpage.clean(html).quotes)


P = "<p>{}</p>".format
# Forms of the held-out rounds: written before the speaker code was read again, and counted apart so
# that a change tuned on the earlier rounds shows what it does to shapes it was not tuned on.
HELD_OUT = ("r34-", "r36-", "r60-")

CASES = [
    # ------------------------------------------------------------------ inverted verb after the quote
    ("inverted", "en", P("“The bridge will be finished by spring,” said Orla Penwick, a teacher at the school."),
     [("bridge will be finished", "Orla Penwick")]),
    ("inverted", "de", P("„Die Brücke wird im Frühjahr fertig“, sagte Henrike Obermaier, eine Lehrerin."),
     [("Die Brücke wird", "Henrike Obermaier")]),
    ("inverted", "fr", P("« Le pont sera terminé au printemps », a déclaré Solène Marchetaux, enseignante."),
     [("Le pont sera", "Solène Marchetaux")]),
    ("inverted", "es", P("«El puente estará listo en primavera», dijo Remedios Olaizola, maestra del pueblo."),
     [("El puente estará", "Remedios Olaizola")]),
    ("inverted", "it", P("«Il ponte sarà pronto in primavera», ha detto Ottavia Bressanin, insegnante."),
     [("Il ponte sarà", "Ottavia Bressanin")]),
    ("inverted", "pt", P("“A ponte estará pronta na primavera”, disse Benedita Carvalhal, professora."),
     [("A ponte estará", "Benedita Carvalhal")]),
    ("inverted", "nl", P("„De brug is in het voorjaar klaar”, zei Wietske Haverkamp, lerares."),
     [("De brug is", "Wietske Haverkamp")]),
    ("inverted", "pl", P("„Most będzie gotowy na wiosnę” – powiedziała Jadwiga Szczepanowska, nauczycielka."),
     [("Most będzie gotowy", "Jadwiga Szczepanowska")]),
    ("inverted", "ru", P("«Мост будет готов к весне», — сказала Ольга Верещагина, учительница."),
     [("Мост будет готов", "Ольга Верещагина")]),
    # ------------------------------------------------------------------ pronoun in the next paragraph
    ("pronoun-next", "en", P("Orla Penwick, who chairs the residents’ group, spoke at the meeting on Tuesday.")
     + P("She added: “We were never asked about the second bridge.”"),
     [("never asked about", "Orla Penwick")]),
    ("pronoun-next", "de", P("Henrike Obermaier leitet die Bürgerinitiative seit drei Jahren.")
     + P("Sie fügte hinzu: „Man hat uns nie nach der zweiten Brücke gefragt.“"),
     [("nie nach der zweiten", "Henrike Obermaier")]),
    ("pronoun-next", "fr", P("Solène Marchetaux préside l’association des riverains depuis trois ans.")
     + P("Elle a ajouté : « On ne nous a jamais consultés sur le second pont. »"),
     [("jamais consultés", "Solène Marchetaux")]),
    ("pronoun-next", "es", P("Remedios Olaizola preside la asociación vecinal desde hace tres años.")
     + P("Ella añadió: «Nunca nos preguntaron por el segundo puente»."),
     [("Nunca nos preguntaron", "Remedios Olaizola")]),
    ("pronoun-next", "it", P("Ottavia Bressanin guida il comitato dei residenti da tre anni.")
     + P("Lei ha aggiunto: «Nessuno ci ha mai chiesto del secondo ponte»."),
     [("Nessuno ci ha mai", "Ottavia Bressanin")]),
    ("pronoun-next", "pt", P("Benedita Carvalhal preside a associação de moradores há três anos.")
     + P("Ela acrescentou: “Nunca nos perguntaram pela segunda ponte.”"),
     [("Nunca nos perguntaram", "Benedita Carvalhal")]),
    ("pronoun-next", "nl", P("Wietske Haverkamp is al drie jaar voorzitter van de bewonersgroep.")
     + P("Ze voegde eraan toe: „Niemand heeft ons ooit naar de tweede brug gevraagd.”"),
     [("Niemand heeft ons", "Wietske Haverkamp")]),
    ("pronoun-next", "pl", P("Jadwiga Szczepanowska od trzech lat kieruje stowarzyszeniem mieszkańców.")
     + P("Dodała: „Nikt nas nigdy nie pytał o drugi most”."),
     [("Nikt nas nigdy", "Jadwiga Szczepanowska")]),
    ("pronoun-next", "ru", P("Ольга Верещагина уже три года возглавляет совет жителей.")
     + P("Она добавила: «Нас никто не спрашивал о втором мосте»."),
     [("Нас никто не спрашивал", "Ольга Верещагина")]),
    # ------------------------------------------------------------------ title before the name
    ("title-name", "en", P("Minister of Transport Ines Dalgarno said: “The line will run every ten minutes.”"),
     [("run every ten minutes", "Ines Dalgarno")]),
    ("title-name", "de", P("Verkehrsministerin Ines Dalgarno sagte: „Die Bahn fährt alle zehn Minuten.“"),
     [("Die Bahn fährt", "Ines Dalgarno")]),
    ("title-name", "fr", P("La ministre des Transports Ines Dalgarno a déclaré : « Le train passera toutes les "
                           "dix minutes. »"), [("Le train passera", "Ines Dalgarno")]),
    ("title-name", "es", P("La ministra de Transportes, Ines Dalgarno, afirmó: «El tren pasará cada diez minutos»."),
     [("El tren pasará", "Ines Dalgarno")]),
    ("title-name", "it", P("La ministra dei Trasporti Ines Dalgarno ha dichiarato: «Il treno passerà ogni dieci "
                           "minuti»."), [("Il treno passerà", "Ines Dalgarno")]),
    ("title-name", "pt", P("A ministra dos Transportes, Ines Dalgarno, afirmou: “O comboio vai passar a cada dez "
                           "minutos.”"), [("O comboio vai", "Ines Dalgarno")]),
    ("title-name", "nl", P("Minister van Verkeer Ines Dalgarno zei: „De trein rijdt elke tien minuten.”"),
     [("De trein rijdt", "Ines Dalgarno")]),
    ("title-name", "pl", P("Ministra transportu Ines Dalgarno powiedziała: „Pociąg będzie kursował co dziesięć "
                           "minut”."), [("Pociąg będzie", "Ines Dalgarno")]),
    ("title-name", "ru", P("Министр транспорта Инес Далгарно заявила: «Поезд будет ходить каждые десять минут»."),
     [("Поезд будет ходить", "Инес Далгарно")]),
    # ------------------------------------------------------------------ surname only after a full mention
    ("surname-later", "en", P("Tobias Wrenfield, an engineer on the project, has worked on bridges for twenty years.")
     + P("“The river is deeper than the maps say,” Wrenfield said."),
     [("river is deeper", "Tobias Wrenfield")]),
    ("surname-later", "de", P("Tobias Wrenfeld arbeitet seit zwanzig Jahren als Ingenieur an Brücken.")
     + P("„Der Fluss ist tiefer, als die Karten zeigen“, sagte Wrenfeld."),
     [("Der Fluss ist tiefer", "Tobias Wrenfeld")]),
    ("surname-later", "fr", P("Tobias Vernaudin travaille depuis vingt ans comme ingénieur sur des ponts.")
     + P("« La rivière est plus profonde que sur les cartes », explique Vernaudin."),
     [("La rivière est plus", "Tobias Vernaudin")]),
    ("surname-later", "es", P("Tobías Arrechea trabaja desde hace veinte años como ingeniero de puentes.")
     + P("«El río es más profundo de lo que dicen los mapas», explicó Arrechea."),
     [("El río es más", "Tobías Arrechea")]),
    ("surname-later", "it", P("Tobia Scarabelli lavora da vent’anni come ingegnere di ponti.")
     + P("«Il fiume è più profondo di quanto dicano le mappe», spiega Scarabelli."),
     [("Il fiume è più", "Tobia Scarabelli")]),
    ("surname-later", "pt", P("Tobias Figueiral trabalha há vinte anos como engenheiro de pontes.")
     + P("“O rio é mais fundo do que dizem os mapas”, explicou Figueiral."),
     [("O rio é mais", "Tobias Figueiral")]),
    ("surname-later", "nl", P("Tobias Wolterink werkt al twintig jaar als ingenieur aan bruggen.")
     + P("„De rivier is dieper dan de kaarten zeggen”, zegt Wolterink."),
     [("De rivier is dieper", "Tobias Wolterink")]),
    ("surname-later", "pl", P("Tobiasz Wróblewski od dwudziestu lat pracuje jako inżynier przy mostach.")
     + P("„Rzeka jest głębsza, niż pokazują mapy” – wyjaśnia Wróblewski."),
     [("Rzeka jest głębsza", "Tobiasz Wróblewski")]),
    ("surname-later", "ru", P("Тимофей Воронцов двадцать лет работает инженером на строительстве мостов.")
     + P("«Река глубже, чем на картах», — объясняет Воронцов."),
     [("Река глубже", "Тимофей Воронцов")]),
    # ------------------------------------------------------------------ quote split by the attribution
    ("split", "en", P("“We have waited long enough,” said Orla Penwick. “Now the council must act.”"),
     [("waited long enough", "Orla Penwick"), ("council must act", "Orla Penwick")]),
    ("split", "de", P("„Wir haben lange genug gewartet“, sagte Henrike Obermaier. „Jetzt muss der Rat handeln.“"),
     [("lange genug gewartet", "Henrike Obermaier"), ("Jetzt muss der Rat", "Henrike Obermaier")]),
    ("split", "fr", P("« Nous avons assez attendu, a déclaré Solène Marchetaux. Maintenant, la mairie doit agir. »"),
     [("assez attendu", "Solène Marchetaux")]),
    ("split", "es", P("«Hemos esperado bastante», dijo Remedios Olaizola. «Ahora el ayuntamiento debe actuar»."),
     [("esperado bastante", "Remedios Olaizola"), ("Ahora el ayuntamiento", "Remedios Olaizola")]),
    ("split", "it", P("«Abbiamo aspettato abbastanza», ha detto Ottavia Bressanin. «Ora il comune deve agire»."),
     [("aspettato abbastanza", "Ottavia Bressanin"), ("Ora il comune", "Ottavia Bressanin")]),
    ("split", "pt", P("“Já esperámos o suficiente”, disse Benedita Carvalhal. “Agora a câmara tem de agir.”"),
     [("esperámos o suficiente", "Benedita Carvalhal"), ("Agora a câmara", "Benedita Carvalhal")]),
    ("split", "nl", P("„We hebben lang genoeg gewacht”, zei Wietske Haverkamp. „Nu moet de gemeente handelen.”"),
     [("lang genoeg gewacht", "Wietske Haverkamp"), ("Nu moet de gemeente", "Wietske Haverkamp")]),
    ("split", "pl", P("„Czekaliśmy wystarczająco długo” – powiedziała Jadwiga Szczepanowska. „Teraz gmina musi "
                      "działać”."),
     [("Czekaliśmy wystarczająco", "Jadwiga Szczepanowska"), ("Teraz gmina", "Jadwiga Szczepanowska")]),
    ("split", "ru", P("«Мы ждали достаточно долго, — сказала Ольга Верещагина. — Теперь мэрия должна действовать»."),
     [("Мы ждали", "Ольга Верещагина")]),
    # ------------------------------------------------------------------ two speakers in one paragraph
    ("two-speakers", "en", P("“The bridge is too narrow,” said Orla Penwick. But Tobias Wrenfield disagreed: "
                             "“It carries twice the traffic of the old one.”"),
     [("too narrow", "Orla Penwick"), ("twice the traffic", "Tobias Wrenfield")]),
    ("two-speakers", "de", P("„Die Brücke ist zu schmal“, sagte Henrike Obermaier. Tobias Wrenfeld widersprach: "
                             "„Sie trägt doppelt so viel Verkehr wie die alte.“"),
     [("zu schmal", "Henrike Obermaier"), ("doppelt so viel", "Tobias Wrenfeld")]),
    ("two-speakers", "fr", P("« Le pont est trop étroit », estime Solène Marchetaux. Tobias Vernaudin répond : "
                             "« Il porte deux fois plus de trafic que l’ancien. »"),
     [("trop étroit", "Solène Marchetaux"), ("deux fois plus", "Tobias Vernaudin")]),
    ("two-speakers", "es", P("«El puente es demasiado estrecho», dijo Remedios Olaizola. Tobías Arrechea "
                             "replicó: «Soporta el doble de tráfico que el antiguo»."),
     [("demasiado estrecho", "Remedios Olaizola"), ("el doble de tráfico", "Tobías Arrechea")]),
    ("two-speakers", "it", P("«Il ponte è troppo stretto», ha detto Ottavia Bressanin. Tobia Scarabelli ha "
                             "replicato: «Regge il doppio del traffico del vecchio»."),
     [("troppo stretto", "Ottavia Bressanin"), ("il doppio del traffico", "Tobia Scarabelli")]),
    ("two-speakers", "pt", P("“A ponte é estreita demais”, disse Benedita Carvalhal. Tobias Figueiral "
                             "respondeu: “Aguenta o dobro do tráfego da antiga.”"),
     [("estreita demais", "Benedita Carvalhal"), ("o dobro do tráfego", "Tobias Figueiral")]),
    ("two-speakers", "nl", P("„De brug is te smal”, zei Wietske Haverkamp. Tobias Wolterink was het daar niet "
                             "mee eens: „Hij draagt twee keer zoveel verkeer als de oude.”"),
     [("te smal", "Wietske Haverkamp"), ("twee keer zoveel", "Tobias Wolterink")]),
    ("two-speakers", "pl", P("„Most jest za wąski” – powiedziała Jadwiga Szczepanowska. Tobiasz Wróblewski "
                             "odpowiedział: „Przenosi dwa razy większy ruch niż stary”."),
     [("za wąski", "Jadwiga Szczepanowska"), ("dwa razy większy", "Tobiasz Wróblewski")]),
    ("two-speakers", "ru", P("«Мост слишком узкий», — сказала Ольга Верещагина. Тимофей Воронцов возразил: "
                             "«Он выдерживает вдвое больше машин, чем старый»."),
     [("слишком узкий", "Ольга Верещагина"), ("вдвое больше", "Тимофей Воронцов")]),
    # ------------------------------------------------------------------ blockquote with cite / dash line
    ("blockquote-cite", "en", "<blockquote><p>“A town is only as good as its bridges.”</p>"
                              "<cite>Orla Penwick</cite></blockquote>",
     [("only as good as its bridges", "Orla Penwick")]),
    ("blockquote-dash", "en", "<blockquote><p>“A town is only as good as its bridges.”</p>"
                              "<p>— Orla Penwick, residents’ group</p></blockquote>",
     [("only as good as its bridges", "Orla Penwick")]),
    ("blockquote-dash", "de", "<blockquote><p>„Eine Stadt ist nur so gut wie ihre Brücken.“</p>"
                              "<p>– Henrike Obermaier, Bürgerinitiative</p></blockquote>",
     [("nur so gut wie", "Henrike Obermaier")]),
    ("blockquote-dash", "fr", "<blockquote><p>« Une ville ne vaut que par ses ponts. »</p>"
                              "<p>— Solène Marchetaux</p></blockquote>",
     [("ne vaut que par", "Solène Marchetaux")]),
    ("blockquote-cite", "es", "<blockquote><p>«Un pueblo vale lo que valen sus puentes».</p>"
                              "<footer><cite>Remedios Olaizola</cite></footer></blockquote>",
     [("vale lo que valen", "Remedios Olaizola")]),
    ("blockquote-cite", "it", "<blockquote><p>«Un paese vale quanto i suoi ponti».</p>"
                              "<cite>— Ottavia Bressanin</cite></blockquote>",
     [("vale quanto i suoi", "Ottavia Bressanin")]),
    ("blockquote-after", "pt", "<blockquote><p>“Uma vila vale o que valem as suas pontes.”</p></blockquote>"
                               "<p>— Benedita Carvalhal, presidente da associação</p>",
     [("vale o que valem", "Benedita Carvalhal")]),
    ("blockquote-dash", "nl", "<blockquote><p>„Een dorp is zo goed als zijn bruggen.”</p>"
                              "<p>— Wietske Haverkamp</p></blockquote>",
     [("zo goed als zijn", "Wietske Haverkamp")]),
    ("blockquote-dash", "pl", "<blockquote><p>„Miasto jest tyle warte, ile jego mosty”.</p>"
                              "<p>— Jadwiga Szczepanowska</p></blockquote>",
     [("tyle warte", "Jadwiga Szczepanowska")]),
    ("blockquote-dash", "ru", "<blockquote><p>«Город стоит столько, сколько его мосты».</p>"
                              "<p>— Ольга Верещагина</p></blockquote>",
     [("сколько его мосты", "Ольга Верещагина")]),
    # ------------------------------------------------------------------ Q&A interview
    ("qa-bold", "en", P("<strong>Riverside Courier:</strong> Why did you oppose the bridge?")
     + P("<strong>Orla Penwick:</strong> Because nobody asked the people who live under it.")
     + P("<strong>Riverside Courier:</strong> Will you stand for council?")
     + P("<strong>Orla Penwick:</strong> Only if the bridge vote is held again next year."),
     [("nobody asked the people", "Orla Penwick")]),
    ("qa-letters", "en", P("Orla Penwick has led the residents’ group since the railway opened.")
     + P("<b>Q:</b> Why did you oppose the bridge?")
     + P("<b>A:</b> Because nobody asked the people who live under it.")
     + P("<b>Q:</b> Will you stand for council?")
     + P("<b>A:</b> Only if the bridge vote is held again next year."),
     [("nobody asked the people", "Orla Penwick")]),
    ("qa-bold", "de", P("<strong>Frage:</strong> Warum waren Sie gegen die Brücke?")
     + P("<strong>Henrike Obermaier:</strong> Weil niemand die Leute gefragt hat, die darunter wohnen.")
     + P("<strong>Frage:</strong> Kandidieren Sie für den Rat?")
     + P("<strong>Henrike Obermaier:</strong> Nur wenn die Abstimmung wiederholt wird."),
     [("niemand die Leute", "Henrike Obermaier")]),
    # ------------------------------------------------------------------ role word, person named earlier
    ("role-named", "en", P("Mayor Cressida Vane opened the new station on Friday.")
     + P("“This is the biggest day for the town in fifty years,” the mayor said."),
     [("biggest day for the town", "Cressida Vane")]),
    ("role-named", "de", P("Bürgermeisterin Cressida Vahn eröffnete am Freitag den neuen Bahnhof.")
     + P("„Das ist der wichtigste Tag für die Stadt seit fünfzig Jahren“, sagte die Bürgermeisterin."),
     [("wichtigste Tag", "Cressida Vahn")]),
    ("role-named", "fr", P("La maire Cressida Vanier a inauguré la nouvelle gare vendredi.")
     + P("« C’est le plus grand jour pour la ville depuis cinquante ans », a déclaré la maire."),
     [("plus grand jour", "Cressida Vanier")]),
    ("role-named", "es", P("La alcaldesa Cressida Valverde inauguró la nueva estación el viernes.")
     + P("«Es el día más importante para el pueblo en cincuenta años», dijo la alcaldesa."),
     [("el día más importante", "Cressida Valverde")]),
    ("role-named", "it", P("La sindaca Cressida Valsecchi ha inaugurato la nuova stazione venerdì.")
     + P("«È il giorno più importante per il paese da cinquant’anni», ha detto la sindaca."),
     [("giorno più importante", "Cressida Valsecchi")]),
    ("role-named", "pt", P("A presidente da câmara, Cressida Valadares, inaugurou a nova estação na sexta-feira.")
     + P("“É o dia mais importante para a vila em cinquenta anos”, disse a autarca."),
     [("dia mais importante", "Cressida Valadares")]),
    ("role-named", "nl", P("Burgemeester Cressida Vanderveen opende vrijdag het nieuwe station.")
     + P("„Dit is de belangrijkste dag voor het dorp in vijftig jaar”, zei de burgemeester."),
     [("belangrijkste dag", "Cressida Vanderveen")]),
    ("role-named", "pl", P("Burmistrz Cressida Walewska otworzyła w piątek nowy dworzec.")
     + P("„To najważniejszy dzień dla miasta od pięćdziesięciu lat” – powiedziała burmistrz."),
     [("najważniejszy dzień", "Cressida Walewska")]),
    ("role-named", "ru", P("Мэр Крессида Ванина в пятницу открыла новый вокзал.")
     + P("«Это самый важный день для города за пятьдесят лет», — сказала мэр."),
     [("самый важный день", "Крессида Ванина")]),
    # ------------------------------------------------------------------ role word never named -> null
    ("role-unnamed", "en", P("The new station opened on Friday after three years of work.")
     + P("“This is the biggest day for the town in fifty years,” the mayor said."),
     [("biggest day for the town", None)]),
    ("role-unnamed", "de", P("Der neue Bahnhof wurde am Freitag nach drei Jahren Bauzeit eröffnet.")
     + P("„Das ist der wichtigste Tag für die Stadt seit fünfzig Jahren“, sagte die Bürgermeisterin."),
     [("wichtigste Tag", None)]),
    ("role-unnamed", "fr", P("La nouvelle gare a été inaugurée vendredi après trois ans de travaux.")
     + P("« C’est le plus grand jour pour la ville depuis cinquante ans », a déclaré la maire."),
     [("plus grand jour", None)]),
    ("role-unnamed", "es", P("La nueva estación se inauguró el viernes tras tres años de obras.")
     + P("«Es el día más importante para el pueblo en cincuenta años», dijo la alcaldesa."),
     [("el día más importante", None)]),
    ("role-unnamed", "it", P("La nuova stazione è stata inaugurata venerdì dopo tre anni di lavori.")
     + P("«È il giorno più importante per il paese da cinquant’anni», ha detto la sindaca."),
     [("giorno più importante", None)]),
    ("role-unnamed", "pt", P("A nova estação foi inaugurada na sexta-feira após três anos de obras.")
     + P("“É o dia mais importante para a vila em cinquenta anos”, disse o autarca."),
     [("dia mais importante", None)]),
    ("role-unnamed", "nl", P("Het nieuwe station werd vrijdag na drie jaar bouwen geopend.")
     + P("„Dit is de belangrijkste dag voor het dorp in vijftig jaar”, zei de burgemeester."),
     [("belangrijkste dag", None)]),
    ("role-unnamed", "pl", P("Nowy dworzec otwarto w piątek po trzech latach budowy.")
     + P("„To najważniejszy dzień dla miasta od pięćdziesięciu lat” – powiedział burmistrz."),
     [("najważniejszy dzień", None)]),
    ("role-unnamed", "ru", P("Новый вокзал открыли в пятницу после трёх лет строительства.")
     + P("«Это самый важный день для города за пятьдесят лет», — сказал мэр."),
     [("самый важный день", None)]),
    # ------------------------------------------------------------------ role noun opening the sentence
    ("role-opening", "ru", P("Новый вокзал открыли в пятницу после трёх лет строительства.")
     + P("Мэр заявил: «Это самый важный день для города за пятьдесят лет»."),
     [("самый важный день", None)]),
    ("role-opening", "ru", P("Мэр Крессида Ванина в пятницу открыла новый вокзал.")
     + P("Мэр заявила: «Это самый важный день для города за пятьдесят лет»."),
     [("самый важный день", "Крессида Ванина")]),
    ("role-opening", "de", P("Der neue Bahnhof wurde am Freitag nach drei Jahren Bauzeit eröffnet.")
     + P("Der Bürgermeister sagte: „Das ist der wichtigste Tag für die Stadt seit fünfzig Jahren.“"),
     [("wichtigste Tag", None)]),
    ("role-opening", "de", P("Bürgermeister Cornelius Vahn eröffnete am Freitag den neuen Bahnhof.")
     + P("Der Bürgermeister sagte: „Das ist der wichtigste Tag für die Stadt seit fünfzig Jahren.“"),
     [("wichtigste Tag", "Cornelius Vahn")]),
    ("role-opening", "es", P("La nueva estación se inauguró el viernes tras tres años de obras.")
     + P("El alcalde dijo: «Es el día más importante para el pueblo en cincuenta años»."),
     [("el día más importante", None)]),
    ("role-opening", "fr", P("La nouvelle gare a été inaugurée vendredi après trois ans de travaux.")
     + P("Le maire a déclaré : « C’est le plus grand jour pour la ville depuis cinquante ans. »"),
     [("plus grand jour", None)]),
    ("role-opening", "it", P("La nuova stazione è stata inaugurata venerdì dopo tre anni di lavori.")
     + P("Il sindaco ha detto: «È il giorno più importante per il paese da cinquant’anni»."),
     [("giorno più importante", None)]),
    ("role-opening", "pl", P("Nowy dworzec otwarto w piątek po trzech latach budowy.")
     + P("Burmistrz powiedział: „To najważniejszy dzień dla miasta od pięćdziesięciu lat”."),
     [("najważniejszy dzień", None)]),
    ("role-opening", "pl", P("Burmistrz Cezary Walewski otworzył w piątek nowy dworzec.")
     + P("Burmistrz powiedział: „To najważniejszy dzień dla miasta od pięćdziesięciu lat”."),
     [("najważniejszy dzień", "Cezary Walewski")]),
    ("role-opening", "en", P("The new station opened on Friday after three years of work.")
     + P("The mayor said: “This is the biggest day for the town in fifty years.”"),
     [("biggest day for the town", None)]),
    ("role-opening", "en", P("The new station opened on Friday after three years of work.")
     + P("Mayor said: “This is the biggest day for the town in fifty years.”"),
     [("biggest day for the town", None)]),
    ("role-opening", "en", P("The new station opened on Friday after three years of work.")
     + P("Baker said: “This is the biggest day for the town in fifty years.”"),
     [("biggest day for the town", "Baker")]),
    # ------------------------------------------------------------------ reported speech, quote must be listed
    ("reported-listed", "de", P("Henrike Obermaier leitet die Bürgerinitiative seit drei Jahren.")
     + P("Sie fügte hinzu, man habe „uns nie nach der zweiten Brücke gefragt“."),
     [("nie nach der zweiten", "Henrike Obermaier")]),
    ("reported-listed", "nl", P("Wietske Haverkamp leidt de bewonersvereniging al drie jaar.")
     + P("Volgens haar is het „nooit gevraagd wat wij van de tweede brug vinden”."),
     [("nooit gevraagd", "Wietske Haverkamp")]),
    ("reported-listed", "it", P("Ottavia Bressanin guida il comitato da tre anni.")
     + P("Secondo lei «nessuno ci ha mai chiesto del secondo ponte»."),
     [("nessuno ci ha mai", "Ottavia Bressanin")]),
    # ------------------------------------------------------------------ more ordinary forms
    ("according-to", "en", P("According to Orla Penwick, the bridge is “a monument to bad planning.”"),
     [("monument to bad planning", "Orla Penwick")]),
    ("name-comma-role-said", "en", P("Tobias Wrenfield, chief engineer at Halvard Rail, said the work was "
                                     "“on time and under budget.”"),
     [("on time and under budget", "Tobias Wrenfield")]),
    ("told-outlet", "en", P("“We are not going away,” Orla Penwick told the Riverside Courier."),
     [("not going away", "Orla Penwick")]),
    ("pronoun-said-after", "en", P("Tobias Wrenfield walked the site twice a day.")
     + P("“I have never seen a river move like this,” he said."),
     [("never seen a river", "Tobias Wrenfield")]),
    ("pronoun-said-after", "de", P("Tobias Wrenfeld geht zweimal am Tag über die Baustelle.")
     + P("„So einen Fluss habe ich noch nie gesehen“, sagt er."),
     [("So einen Fluss", "Tobias Wrenfeld")]),
    ("pronoun-said-after", "fr", P("Tobias Vernaudin arpente le chantier deux fois par jour.")
     + P("« Je n’ai jamais vu une rivière bouger ainsi », dit-il."),
     [("jamais vu une rivière", "Tobias Vernaudin")]),
    ("pronoun-said-after", "es", P("Tobías Arrechea recorre la obra dos veces al día.")
     + P("«Nunca he visto un río moverse así», asegura."),
     [("Nunca he visto", "Tobías Arrechea")]),
    ("pronoun-said-after", "it", P("Tobia Scarabelli percorre il cantiere due volte al giorno.")
     + P("«Non ho mai visto un fiume muoversi così», racconta."),
     [("Non ho mai visto", "Tobia Scarabelli")]),
    ("pronoun-said-after", "pt", P("Tobias Figueiral percorre a obra duas vezes por dia.")
     + P("“Nunca vi um rio mexer-se assim”, conta."),
     [("Nunca vi um rio", "Tobias Figueiral")]),
    ("pronoun-said-after", "nl", P("Tobias Wolterink loopt twee keer per dag over de bouwplaats.")
     + P("„Zo’n rivier heb ik nog nooit gezien”, zegt hij."),
     [("Zo’n rivier", "Tobias Wolterink")]),
    ("pronoun-said-after", "pl", P("Tobiasz Wróblewski dwa razy dziennie obchodzi budowę.")
     + P("„Nigdy nie widziałem, żeby rzeka tak się ruszała” – mówi."),
     [("Nigdy nie widziałem", "Tobiasz Wróblewski")]),
    ("pronoun-said-after", "ru", P("Тимофей Воронцов дважды в день обходит стройку.")
     + P("«Никогда не видел, чтобы река так двигалась», — говорит он."),
     [("Никогда не видел", "Тимофей Воронцов")]),
    ("surname-lead", "en", P("Tobias Wrenfield, an engineer on the project, has worked on bridges for twenty years.")
     + P("Wrenfield said: “The river is deeper than the maps say.”"),
     [("river is deeper", "Tobias Wrenfield")]),
    ("title-surname", "en", P("Dr. Amara Kettleby studies river floods at Northmoor University.")
     + P("“Nobody built for a flood like this,” Dr. Kettleby said."),
     [("Nobody built for a flood", "Amara Kettleby")]),
    ("title-surname", "de", P("Amara Kettelberg forscht an der Universität Nordmoor über Hochwasser.")
     + P("„Für so ein Hochwasser hat niemand gebaut“, sagte Frau Kettelberg."),
     [("Für so ein Hochwasser", "Amara Kettelberg")]),
    ("title-surname", "fr", P("Amara Quettelin étudie les crues à l’université de Nordmoor.")
     + P("« Personne n’a construit pour une telle crue », a expliqué Mme Quettelin."),
     [("Personne n’a construit", "Amara Quettelin")]),
    ("title-surname", "es", P("Amara Quintanar estudia las crecidas en la Universidad de Nordmoor.")
     + P("«Nadie construyó para una crecida así», explicó la doctora Quintanar."),
     [("Nadie construyó", "Amara Quintanar")]),
    # ------------------------------------------------------------------ a document leads the quote in
    ("document-lead", "en", P("The Greywater Rail Trust published its yearly survey of the line on Monday.")
     + P("As the report notes: “Half of the sleepers need replacing before winter.”"),
     [("Half of the sleepers", "Greywater Rail Trust")]),
    ("document-lead", "en", P("The Greywater Rail Trust published its yearly survey of the line on Monday. "
                              "The survey says: “Half of the sleepers need replacing before winter.”"),
     [("Half of the sleepers", "Greywater Rail Trust")]),
    ("document-lead", "en", P("Councillor Orla Penwick walked the line on Monday.")
     + P("The report notes: “Half of the sleepers need replacing before winter.”"),
     [("Half of the sleepers", None)]),
    # ------------------------------------------------------------------ present-tense verbs after the quote
    ("present-verb", "ru", P("«Река глубже, чем на картах», — поясняет Тимофей Воронцов."),
     [("Река глубже", "Тимофей Воронцов")]),
    ("present-verb", "ru", P("«Река глубже, чем на картах», — отмечает Ольга Верещагина."),
     [("Река глубже", "Ольга Верещагина")]),
    ("present-verb", "ru", P("Ольга Верещагина уже три года возглавляет совет жителей.")
     + P("«Нас никто не спрашивал о втором мосте», — добавляет она."),
     [("Нас никто не спрашивал", "Ольга Верещагина")]),
    ("present-verb", "pl", P("„Rzeka jest głębsza, niż pokazują mapy” – dodaje Tobiasz Wróblewski."),
     [("Rzeka jest głębsza", "Tobiasz Wróblewski")]),
    ("present-verb", "pt", P("“O rio é mais fundo do que dizem os mapas”, afirma Tobias Figueiral."),
     [("O rio é mais", "Tobias Figueiral")]),
    ("present-verb", "nl", P("„De rivier is dieper dan de kaarten zeggen”, legt Tobias Wolterink uit."),
     [("De rivier is dieper", "Tobias Wolterink")]),
    ("as-verb-colon", "pl", P("Jadwiga Szczepanowska od trzech lat kieruje stowarzyszeniem mieszkańców.")
     + P("Jak dodała: „Nikt nas nigdy nie pytał o drugi most”."),
     [("Nikt nas nigdy", "Jadwiga Szczepanowska")]),
    ("as-verb-colon", "es", P("Remedios Olaizola preside la asociación vecinal desde hace tres años.")
     + P("Como explicó: «Nunca nos preguntaron por el segundo puente»."),
     [("Nunca nos preguntaron", "Remedios Olaizola")]),
    # ------------------------------------------------------------------ surname after a full mention, more forms
    ("surname-more", "en", P("Tobias Wrenfield, an engineer on the project, has worked on bridges for twenty years.")
     + P("“The river is deeper than the maps say,” said Wrenfield, who walks the site daily."),
     [("river is deeper", "Tobias Wrenfield")]),
    ("surname-more", "de", P("Tobias Wrenfeld arbeitet seit zwanzig Jahren als Ingenieur an Brücken.")
     + P("„Der Fluss ist tiefer, als die Karten zeigen“, so Wrenfeld."),
     [("Der Fluss ist tiefer", "Tobias Wrenfeld")]),
    ("surname-more", "nl", P("Tobias Wolterink werkt al twintig jaar als ingenieur aan bruggen.")
     + P("„De rivier is dieper dan de kaarten zeggen”, aldus Wolterink."),
     [("De rivier is dieper", "Tobias Wolterink")]),
    ("surname-more", "ru", P("Тимофей Воронцов двадцать лет работает инженером на строительстве мостов.")
     + P("По словам Воронцова, «река глубже, чем на картах»."),
     [("река глубже", "Тимофей Воронцов")]),
    ("surname-more", "pt", P("Tobias Figueiral trabalha há vinte anos como engenheiro de pontes.")
     + P("Segundo Figueiral, “o rio é mais fundo do que dizem os mapas”."),
     [("o rio é mais", "Tobias Figueiral")]),
    ("surname-more", "pl", P("Tobiasz Wróblewski od dwudziestu lat pracuje jako inżynier przy mostach.")
     + P("Według Wróblewskiego „rzeka jest głębsza, niż pokazują mapy”."),
     [("rzeka jest głębsza", "Tobiasz Wróblewski")]),
    ("title-surname-more", "fr", P("Tobias Vernaudin travaille depuis vingt ans comme ingénieur sur des ponts.")
     + P("« La rivière est plus profonde que sur les cartes », dit M. Vernaudin."),
     [("La rivière est plus", "Tobias Vernaudin")]),
    ("title-surname-more", "es", P("Tobías Arrechea trabaja desde hace veinte años como ingeniero de puentes.")
     + P("«El río es más profundo de lo que dicen los mapas», dijo el señor Arrechea."),
     [("El río es más", "Tobías Arrechea")]),
    ("title-surname-more", "it", P("Tobia Scarabelli lavora da vent’anni come ingegnere di ponti.")
     + P("«Il fiume è più profondo di quanto dicano le mappe», ha detto l’ingegner Scarabelli."),
     [("Il fiume è più", "Tobia Scarabelli")]),
    # ------------------------------------------------------------------ age, told, apposition
    ("apposition", "en", P("Orla Penwick, 54, said: “We were never asked about the second bridge.”"),
     [("never asked about", "Orla Penwick")]),
    ("apposition", "en", P("“We were never asked about the second bridge,” Orla Penwick, 54, told reporters."),
     [("never asked about", "Orla Penwick")]),
    ("apposition", "de", P("„Man hat uns nie gefragt“, sagte die 54-jährige Henrike Obermaier."),
     [("Man hat uns nie", "Henrike Obermaier")]),
    ("apposition", "fr", P("« On ne nous a jamais consultés », confie Solène Marchetaux, 54 ans, présidente "
                           "de l’association."), [("jamais consultés", "Solène Marchetaux")]),
    ("apposition", "es", P("«Nunca nos preguntaron», lamenta Remedios Olaizola, de 54 años."),
     [("Nunca nos preguntaron", "Remedios Olaizola")]),
    ("apposition", "it", P("«Nessuno ci ha mai chiesto niente», racconta Ottavia Bressanin, 54 anni."),
     [("Nessuno ci ha mai", "Ottavia Bressanin")]),
    # ------------------------------------------------------------------ a pronoun after two people are named
    ("pronoun-two-named", "en", P("Orla Penwick met the engineer Tobias Wrenfield on the bank on Monday.")
     + P("“The river is deeper than the maps say,” he said."),
     [("river is deeper", "Tobias Wrenfield")]),
    ("pronoun-two-named", "fr", P("Solène Marchetaux a rencontré l’ingénieur Tobias Vernaudin lundi.")
     + P("« La rivière est plus profonde que sur les cartes », a-t-il expliqué."),
     [("La rivière est plus", "Tobias Vernaudin")]),
    # ------------------------------------------------------------------ an outlet between verb and name
    ("said-to-outlet", "de", P("„Man hat uns nie gefragt“, sagte Henrike Obermaier dem Talboten."),
     [("Man hat uns nie", "Henrike Obermaier")]),
    ("said-to-outlet", "es", P("«Nunca nos preguntaron», explicó a este diario Remedios Olaizola."),
     [("Nunca nos preguntaron", "Remedios Olaizola")]),
    ("said-to-outlet", "pt", P("“Nunca nos perguntaram”, disse à Rádio Vale Benedita Carvalhal."),
     [("Nunca nos perguntaram", "Benedita Carvalhal")]),
    ("said-to-outlet", "it", P("«Nessuno ci ha mai chiesto niente», ha detto al Corriere della Valle Ottavia "
                               "Bressanin."), [("Nessuno ci ha mai", "Ottavia Bressanin")]),
    ("said-to-outlet", "ru", P("«Нас никто не спрашивал», — рассказала «Речному вестнику» Ольга Верещагина."),
     [("Нас никто не спрашивал", "Ольга Верещагина")]),
    ("said-to-outlet", "pl", P("„Nikt nas nigdy nie pytał” – powiedziała w rozmowie z „Kurierem” Jadwiga "
                               "Szczepanowska."), [("Nikt nas nigdy", "Jadwiga Szczepanowska")]),
    ("said-to-outlet", "nl", P("„Niemand heeft ons ooit iets gevraagd”, zegt Wietske Haverkamp tegen de krant."),
     [("Niemand heeft ons", "Wietske Haverkamp")]),
    ("said-to-outlet", "en", P("“We were never asked,” Orla Penwick told the Riverside Courier on Monday."),
     [("never asked", "Orla Penwick")]),
    ("office-after-verb", "ru", P("«Поезд будет ходить каждые десять минут», — заявила министр транспорта "
                                  "Инес Далгарно."), [("Поезд будет ходить", "Инес Далгарно")]),
    ("office-after-verb", "pl", P("„Pociąg będzie kursował co dziesięć minut” – powiedziała ministra "
                                  "transportu Ines Dalgarno."), [("Pociąg będzie", "Ines Dalgarno")]),
    ("office-after-verb", "en", P("“The line will run every ten minutes,” said Dr. Amara Kettleby, a hydrologist "
                                  "at Northmoor University."), [("run every ten minutes", "Amara Kettleby")]),
    ("nested", "en", P("“I told him, ‘We cannot wait another year,’ and he agreed,” Orla Penwick said."),
     [("I told him", "Orla Penwick")]),
    # ------------------------------------------------------------------ subject dropped before "that"
    ("dropped-that", "es", P("Remedios Olaizola preside la asociación vecinal.")
     + P("Añadió que «nunca nos preguntaron por el segundo puente»."),
     [("nunca nos preguntaron", "Remedios Olaizola")]),
    ("dropped-that", "it", P("Ottavia Bressanin guida il comitato.")
     + P("Ha poi aggiunto che «nessuno ci ha mai chiesto del secondo ponte»."),
     [("nessuno ci ha mai", "Ottavia Bressanin")]),
    ("dropped-that", "pt", P("Benedita Carvalhal preside a associação.")
     + P("Acrescentou ainda que “nunca nos perguntaram pela segunda ponte”."),
     [("nunca nos perguntaram", "Benedita Carvalhal")]),
    ("dropped-that", "pl", P("Jadwiga Szczepanowska kieruje stowarzyszeniem.")
     + P("Podkreśliła, że „nikt nas nigdy nie pytał o drugi most”."),
     [("nikt nas nigdy", "Jadwiga Szczepanowska")]),
    ("dropped-that", "es", P("La reunión duró tres horas y terminó sin acuerdo.")
     + P("Añadió que «nunca nos preguntaron por el segundo puente»."),
     [("nunca nos preguntaron", None)]),
    ("pronoun-that", "ru", P("Ольга Верещагина возглавляет совет жителей.")
     + P("Она подчеркнула, что «нас никто не спрашивал о втором мосте»."),
     [("нас никто не спрашивал", "Ольга Верещагина")]),
    ("pronoun-that", "ru", P("Тимофей Воронцов двадцать лет работает инженером на строительстве мостов.")
     + P("Он добавил, что «река глубже, чем на картах, и весной это опасно»."),
     [("река глубже", "Тимофей Воронцов")]),
    # ------------------------------------------------------------------ second round: name and colon, CJK, Arabic, ...
    ("name-colon", "en", P("Orla Penwick: “The bridge will be finished by spring, whatever the council says.”"),
     [("bridge will be finished", "Orla Penwick")]),
    ("name-colon", "en", P("<strong>Tobias Wrenfield:</strong> We started in the spring and never stopped.")
     + P("<strong>Orla Penwick:</strong> “The bridge will be finished by spring, whatever the council says.”"),
     [("bridge will be finished", "Orla Penwick")]),
    ("name-colon", "de", P("Henrike Obermaier: „Die Brücke wird im Frühjahr fertig, egal was der Rat sagt.“"),
     [("Die Brücke wird", "Henrike Obermaier")]),
    ("third-sentence", "en", P("Orla Penwick has chaired the residents’ group since it was founded. The group "
                               "meets every Tuesday in the old school hall. “We were never asked about the second "
                               "bridge,” she said."), [("never asked about", "Orla Penwick")]),
    ("named-next", "en", P("“We were never asked about the second bridge, not once in three years.”")
     + P("That was Orla Penwick, the harbour master, speaking after the meeting."),
     [("never asked about", "Orla Penwick")]),
    ("cjk", "zh", P("王小明表示：“我们从来没有被问过第二座桥的事情。”"), [("从来没有", "王小明")]),
    ("cjk", "zh", P("王小明说：“我们从来没有被问过第二座桥的事情。”"), [("从来没有", "王小明")]),
    ("cjk", "ja", P("「第二の橋について一度も聞かれたことがない」と田中氏は語った。"), [("第二の橋", "田中")]),
    ("cjk", "ja", P("田中一郎氏は「第二の橋について一度も聞かれたことがない」と語った。"), [("第二の橋", "田中一郎")]),
    ("cjk", "ko", P("김민수 씨는 \"우리는 두 번째 다리에 대해 한 번도 질문을 받지 않았다\"라고 말했다."),
     [("두 번째 다리", "김민수")]),
    ("cjk", "zh", P("“我们从来没有被问过第二座桥的事情，”王小明对记者表示。"), [("从来没有", "王小明")]),
    ("cjk", "ja", P("「第二の橋について一度も聞かれたことがない」と町長の田中一郎氏が語った。"), [("第二の橋", "田中一郎")]),
    ("turkish", "tr", P("Mehmet Yalçınkaya, “İkinci köprü hakkında bize hiç sorulmadı” diye açıkladı."),
     [("İkinci köprü", "Mehmet Yalçınkaya")]),
    ("turkish", "tr", P("Ayşe Karaduman, “İkinci köprü hakkında bize hiç sorulmadı” şeklinde konuştu."),
     [("İkinci köprü", "Ayşe Karaduman")]),
    ("spokesperson-for", "en", P("A spokesperson for Orla Penwick said: “The line will be running every ten minutes "
                                 "by spring.”"), [("running every ten", None)]),
    ("arabic", "ar", P("وقال سامي الحداد: «لم يسألنا أحد أبدا عن الجسر الثاني»."), [("لم يسألنا", "سامي الحداد")]),
    ("arabic", "ar", P("«لم يسألنا أحد أبدا عن الجسر الثاني»، قال سامي الحداد."), [("لم يسألنا", "سامي الحداد")]),
    ("turkish", "tr", P("Mehmet Yalçınkaya, “İkinci köprü hakkında bize hiç sorulmadı” dedi."),
     [("İkinci köprü", "Mehmet Yalçınkaya")]),
    ("turkish", "tr", P("“İkinci köprü hakkında bize hiç sorulmadı,” diye konuştu Mehmet Yalçınkaya."),
     [("İkinci köprü", "Mehmet Yalçınkaya")]),
    ("turkish", "tr", P("Mehmet Yalçınkaya şunları söyledi: “İkinci köprü hakkında bize hiç sorulmadı.”"),
     [("İkinci köprü", "Mehmet Yalçınkaya")]),
    ("post-handle", "en", P("Orla Penwick (@orlapenwick) wrote on X: “The bridge will be finished by spring, "
                            "whatever the council says.”"), [("bridge will be finished", "Orla Penwick")]),
    ("post-handle", "en", P("“The bridge will be finished by spring, whatever the council says,” Orla Penwick "
                            "posted on X (@orlapenwick)."), [("bridge will be finished", "Orla Penwick")]),
    ("parenthesis", "en", P("The council approved the plan (“a monument to bad planning,” said Orla Penwick) on "
                            "Tuesday night."), [("monument to bad", "Orla Penwick")]),
    ("parenthesis", "en", P("Orla Penwick (“we were never asked about the bridge”) voted against the plan on "
                            "Tuesday."), [("never asked about", "Orla Penwick")]),
    ("spokesperson-for", "en", P("According to a spokesperson for the Halvard Rail Company, the line will be "
                                 "“running every ten minutes by spring.”"),
     [("running every ten", "Halvard Rail Company")]),
    ("spokesperson-for", "en", P("According to a spokesperson for Orla Penwick, the bridge is “a monument to bad "
                                 "planning.”"), [("monument to bad", None)]),
    ("spokesperson-for", "en", P("“The line will run every ten minutes by spring,” according to a spokesperson for "
                                 "Halvard Rail."), [("run every ten", "Halvard Rail")]),
    # ------------------------------------------------------------------ third round: more languages and forms
    # Hebrew
    ("hebrew", "he", P("\"אף אחד לא שאל אותנו על הגשר השני\", אמרה נועה ברקוביץ, יו\"ר ועד התושבים."),
     [("אף אחד לא שאל", "נועה ברקוביץ")]),
    ("hebrew", "he", P("נועה ברקוביץ אמרה: \"אף אחד לא שאל אותנו על הגשר השני\"."),
     [("אף אחד לא שאל", "נועה ברקוביץ")]),
    # Persian
    ("persian", "fa", P("مریم کاظمی‌نژاد گفت: «هیچ‌کس درباره پل دوم از ما نپرسید.»"),
     [("هیچ‌کس درباره", "مریم کاظمی‌نژاد")]),
    ("persian", "fa", P("«هیچ‌کس درباره پل دوم از ما نپرسید»، مریم کاظمی‌نژاد گفت."),
     [("هیچ‌کس درباره", "مریم کاظمی‌نژاد")]),
    # Hindi
    ("hindi", "hi", P("सुनीता रघुवंशी ने कहा, \"दूसरे पुल के बारे में हमसे कभी नहीं पूछा गया।\""),
     [("दूसरे पुल", "सुनीता रघुवंशी")]),
    ("hindi", "hi", P("\"दूसरे पुल के बारे में हमसे कभी नहीं पूछा गया,\" सुनीता रघुवंशी ने बताया।"),
     [("दूसरे पुल", "सुनीता रघुवंशी")]),
    # Indonesian
    ("indonesian", "id", P("“Kami tidak pernah ditanya soal jembatan kedua,” kata Ratna Wulandari, ketua warga."),
     [("tidak pernah ditanya", "Ratna Wulandari")]),
    ("indonesian", "id", P("Ratna Wulandari mengatakan, “Kami tidak pernah ditanya soal jembatan kedua.”"),
     [("tidak pernah ditanya", "Ratna Wulandari")]),
    ("indonesian", "id", P("“Kami tidak pernah ditanya soal jembatan kedua,” ujar Ratna Wulandari."),
     [("tidak pernah ditanya", "Ratna Wulandari")]),
    # Vietnamese
    ("vietnamese", "vi", P("“Chúng tôi chưa bao giờ được hỏi về cây cầu thứ hai,” bà Nguyễn Thị Lan nói."),
     [("chưa bao giờ", "Nguyễn Thị Lan")]),
    ("vietnamese", "vi", P("Ông Trần Văn Minh cho biết: “Chúng tôi chưa bao giờ được hỏi về cây cầu thứ hai.”"),
     [("chưa bao giờ", "Trần Văn Minh")]),
    # Greek
    ("greek", "el", P("«Κανείς δεν μας ρώτησε για τη δεύτερη γέφυρα», δήλωσε η Ελένη Παπαδημητρίου."),
     [("Κανείς δεν μας", "Ελένη Παπαδημητρίου")]),
    ("greek", "el", P("Ο Νίκος Σταθόπουλος είπε: «Κανείς δεν μας ρώτησε για τη δεύτερη γέφυρα»."),
     [("Κανείς δεν μας", "Νίκος Σταθόπουλος")]),
    # Romanian
    ("romanian", "ro", P("„Nimeni nu ne-a întrebat despre al doilea pod”, a declarat Ioana Mărgineanu."),
     [("Nimeni nu ne-a", "Ioana Mărgineanu")]),
    ("romanian", "ro", P("Ioana Mărgineanu a spus: „Nimeni nu ne-a întrebat despre al doilea pod.”"),
     [("Nimeni nu ne-a", "Ioana Mărgineanu")]),
    # Hungarian (surname first)
    ("hungarian", "hu", P("„Senki sem kérdezett minket a második hídról” – mondta Kovácsné Szabó Erzsébet."),
     [("Senki sem", "Kovácsné Szabó Erzsébet")]),
    ("hungarian", "hu", P("Takács Bence szerint „senki sem kérdezett minket a második hídról”."),
     [("senki sem", "Takács Bence")]),
    ("hungarian", "hu", P("„Senki sem kérdezett minket a második hídról” – nyilatkozta Takács Bence polgármester."),
     [("Senki sem", "Takács Bence")]),
    # Swedish
    ("swedish", "sv", P("– Ingen har någonsin frågat oss om den andra bron, säger Astrid Lindqvist."),
     [("Ingen har någonsin", "Astrid Lindqvist")]),
    ("swedish", "sv", P("”Ingen har någonsin frågat oss om den andra bron”, säger Astrid Lindqvist."),
     [("Ingen har någonsin", "Astrid Lindqvist")]),
    ("swedish", "sv", P("Astrid Lindqvist leder föreningen sedan tre år.")
     + P("Hon tillade: ”Ingen har någonsin frågat oss om den andra bron.”"),
     [("Ingen har någonsin", "Astrid Lindqvist")]),
    # Portuguese / Dutch extra
    ("pt-br", "pt", P("“Ninguém nunca nos perguntou sobre a segunda ponte”, afirmou o prefeito Otávio Brandão."),
     [("Ninguém nunca", "Otávio Brandão")]),
    ("nl-extra", "nl", P("Volgens wethouder Pieter van der Molen is de brug „veel te smal voor het verkeer”."),
     [("veel te smal", "Pieter van der Molen")]),
    # named in the paragraph after the quote
    ("named-after", "en", P("“Nobody ever asked us about the second bridge. Not once.”")
     + P("Those were the words of Orla Penwick, who chairs the residents’ group."),
     [("Nobody ever asked", "Orla Penwick")]),
    ("named-after", "en", P("“Nobody ever asked us about the second bridge.”")
     + P("So says Orla Penwick, who has lived by the river for forty years."),
     [("Nobody ever asked", "Orla Penwick")]),
    # quote in brackets after a name
    ("bracket-after-name", "en", P("Only one councillor, Tobias Wrenfield (“this plan is a mistake”), voted "
                                   "against the budget."), [("this plan is a mistake", "Tobias Wrenfield")]),
    # spokesperson of a person
    ("spokesperson-of-person", "en", P("“The minister has no plans to resign,” said Ravi Ostrander, a spokesman for "
                                       "Ines Dalgarno."), [("no plans to resign", "Ravi Ostrander")]),
    ("spokesperson-of-person", "en", P("Ines Dalgarno’s spokesman, Ravi Ostrander, said: “The minister has no plans "
                                       "to resign.”"), [("no plans to resign", "Ravi Ostrander")]),
    ("spokesperson-of-person", "en", P("“The minister has no plans to resign,” a spokeswoman for Ines Dalgarno said."),
     [("no plans to resign", None)]),
    ("spokesperson-of-person", "de", P("„Die Ministerin denkt nicht an Rücktritt“, sagte ein Sprecher von Ines "
                                       "Dalgarno."), [("denkt nicht an Rücktritt", None)]),
    # Q&A interview
    ("qa-interview", "en", P("<strong>Q: Why did you vote against the bridge?</strong>")
     + P("A: “Because nobody asked the people who live by the river,” says Orla Penwick."),
     [("nobody asked the people", "Orla Penwick")]),
    # name colon quote
    ("name-colon", "fr", P("Solène Marchetaux : « Le pont sera terminé au printemps, quoi qu’en dise la mairie. »"),
     [("Le pont sera", "Solène Marchetaux")]),
    ("name-colon", "es", P("Remedios Olaizola: «El puente estará listo en primavera, diga lo que diga el "
                           "ayuntamiento»."), [("El puente estará", "Remedios Olaizola")]),
    # pronoun chain over two paragraphs
    ("pronoun-chain", "en", P("Orla Penwick has chaired the residents’ group for three years.")
     + P("She said the council had ignored every letter the group sent.")
     + P("“We were never asked about the second bridge,” she said."),
     [("never asked about", "Orla Penwick")]),
    ("pronoun-chain", "de", P("Henrike Obermaier leitet die Bürgerinitiative seit drei Jahren.")
     + P("Sie sagt, der Rat habe jeden Brief ignoriert.")
     + P("„Man hat uns nie nach der zweiten Brücke gefragt“, sagte sie."),
     [("nie nach der zweiten", "Henrike Obermaier")]),
    # titles before names
    ("title-before", "en", P("“The water table has dropped by a metre,” said Prof. Amara Kettleby."),
     [("water table", "Amara Kettleby")]),
    ("title-before", "en", P("Sen. Marcus Holloway said: “This bill will not pass the committee.”"),
     [("bill will not pass", "Marcus Holloway")]),
    ("title-before", "en", P("“This bill will not pass the committee,” Rep. Dana Whitcombe told reporters."),
     [("bill will not pass", "Dana Whitcombe")]),
    ("title-before", "de", P("„Der Grundwasserspiegel ist um einen Meter gesunken“, sagte Prof. Dr. Henrike "
                             "Obermaier."), [("Grundwasserspiegel", "Henrike Obermaier")]),
    # particles
    ("particle-name", "en", P("“We will appeal the ruling,” said Khalid al-Rashidi, the group’s lawyer."),
     [("appeal the ruling", "Khalid al-Rashidi")]),
    ("particle-name", "en", P("“We will appeal the ruling,” said Anwar bin Ibrahim Sallehuddin."),
     [("appeal the ruling", "Anwar bin Ibrahim Sallehuddin")]),
    ("particle-name", "nl", P("„We gaan in beroep”, zei Joost van den Berghe."),
     [("We gaan in beroep", "Joost van den Berghe")]),
    ("particle-name", "fr", P("« Nous ferons appel », a déclaré Hélène de la Tourmente."),
     [("Nous ferons appel", "Hélène de la Tourmente")]),
    ("particle-name", "pt", P("“Vamos recorrer da decisão do tribunal”, disse João dos Santos Ferreira."),
     [("Vamos recorrer", "João dos Santos Ferreira")]),
    # ------------------------------------------------------------------ fourth round: offices, particles, verbs
    ("particle-two-given", "es", P("«El puente estará listo en primavera», aseguró el alcalde, Juan Carlos de la "
                                   "Fuente."), [("El puente estará", "Juan Carlos de la Fuente")]),
    ("particle-two-given", "pt", P("“A ponte estará pronta na primavera”, garantiu o presidente da câmara, José "
                                   "Maria dos Reis."), [("A ponte estará", "José Maria dos Reis")]),
    ("particle-two-given", "es", P("«El puente estará listo en primavera», dijo Ana Ruiz de la Cámara de "
                                   "Comercio."), [("El puente estará", "Ana Ruiz")]),
    ("particle-colon", "fr", P("Le maire, Jean-Baptiste de Villeneuve, a été clair : « Le pont sera terminé au "
                               "printemps, quoi qu’en dise l’opposition. »"),
     [("Le pont sera", "Jean-Baptiste de Villeneuve")]),
    ("particle-name", "en", P("“We were never asked about the second bridge,” said Seán Ó Ceallaigh, the "
                              "council’s clerk."), [("never asked", "Seán Ó Ceallaigh")]),
    ("assured", "ru", P("«Мост будет готов к весне», — заверил мэр города Иван Петров."),
     [("Мост будет готов", "Иван Петров")]),
    ("assured", "ru", P("Ольга Верещагина возглавляет совет.") + P("«Мост будет готов к весне», — заверила она."),
     [("Мост будет готов", "Ольга Верещагина")]),
    ("office-before", "id", P("“Jembatan akan selesai pada musim semi,” kata Bupati Ahmad Fauzi kepada wartawan."),
     [("Jembatan akan", "Ahmad Fauzi")]),
    ("office-before", "ro", P("„Podul va fi gata în primăvară”, a declarat primarul Ion Popescu."),
     [("Podul va fi", "Ion Popescu")]),
    ("office-before", "el", P("«Η γέφυρα θα είναι έτοιμη την άνοιξη», δήλωσε ο δήμαρχος Γιώργος Παπαδόπουλος."),
     [("Η γέφυρα", "Γιώργος Παπαδόπουλος")]),
    ("office-before", "he", P("\"הגשר יהיה מוכן באביב\", אמר ראש העיר יוסי לוי."), [("הגשר יהיה", "יוסי לוי")]),
    ("office-before", "ar", P("وقال رئيس البلدية سامي الحداد إن «الجسر سيكون جاهزا في الربيع»."),
     [("الجسر سيكون", "سامي الحداد")]),
    ("office-after", "hu", P("„A híd tavaszra elkészül” – mondta Kovács Péter polgármester."),
     [("A híd tavaszra", "Kovács Péter")]),
    ("office-before", "sv", P("”Bron blir klar till våren”, säger kommunalrådet Erik Lindgren."),
     [("Bron blir klar", "Erik Lindgren")]),
    ("office-before", "vi", P("“Cây cầu sẽ hoàn thành vào mùa xuân,” ông Nguyễn Văn Hùng, Chủ tịch UBND xã, cho "
                              "biết."), [("Cây cầu", "Nguyễn Văn Hùng")]),
    ("age-role", "en", P("Orla Penwick chairs the residents’ group.")
     + P("“We were never asked about the second bridge,” the 64-year-old said."),
     [("never asked", "Orla Penwick")]),
    # ------------------------------------------------------------------ fifth round: features, testimonials, transcripts
    # profile sections headed by the person's name (two people or more: one heading naming a person
    # may be the page's subject, with others quoted in her section)
    ("headed-section", "en", "<h2>Orla Penwick, ferry pilot</h2>" + P("Penwick has worked the river for thirty years.")
     + P("“The current changes every hour, and you learn to read it or you sink.”")
     + "<h2>Tobias Wrenfield, lock keeper</h2>" + P("Wrenfield took over the lock from his father.")
     + P("“People think the job is quiet. It never is.”"),
     [("current changes every hour", "Orla Penwick"), ("job is quiet", "Tobias Wrenfield")]),
    ("headed-section", "en", "<h3>1. Amara Kettleby</h3>"
     + P("Kettleby, 41, runs the bakery on the corner. “We open at five because the ferry crews want bread.”")
     + "<h3>2. Marcus Holloway</h3>"
     + P("Holloway sells nets. “Business has halved since the railway came, but I am still here.”"),
     [("open at five", "Amara Kettleby"), ("Business has halved", "Marcus Holloway")]),
    ("headed-section", "de", "<h2>Henrike Obermaier, Fährfrau</h2>" + P("Obermaier fährt seit dreißig Jahren über den Fluss.")
     + P("„Die Strömung ändert sich jede Stunde, man muss sie lesen können.“")
     + "<h2>Tobias Wrenfeld, Schleusenwärter</h2>" + P("Wrenfeld hat die Schleuse von seinem Vater übernommen.")
     + P("„Die Leute halten den Beruf für ruhig. Das ist er nie.“"),
     [("Die Strömung ändert", "Henrike Obermaier"), ("Beruf für ruhig", "Tobias Wrenfeld")]),
    ("headed-section", "fr", "<h2>Solène Marchetaux, boulangère</h2>" + P("Marchetaux ouvre sa boutique à cinq heures.")
     + P("« Les équipages du bac veulent du pain chaud avant le premier départ. »")
     + "<h2>Tobias Vernaudin, éclusier</h2>" + P("Vernaudin a repris l’écluse de son père.")
     + P("« Les gens croient que le métier est calme. Il ne l’est jamais. »"),
     [("Les équipages du bac", "Solène Marchetaux"), ("le métier est calme", "Tobias Vernaudin")]),
    ("headed-section", "es", "<h2>Remedios Olaizola, panadera</h2>" + P("Olaizola abre su panadería a las cinco.")
     + P("«Los marineros del transbordador quieren pan caliente antes de salir».")
     + "<h2>Tobías Arrechea, esclusero</h2>" + P("Arrechea heredó la esclusa de su padre.")
     + P("«La gente cree que el oficio es tranquilo. Nunca lo es»."),
     [("Los marineros", "Remedios Olaizola"), ("el oficio es tranquilo", "Tobías Arrechea")]),
    ("headed-section", "en", "<h2>Orla Penwick</h2>" + P("Penwick has worked the river for thirty years.")
     + P("“Nobody reads the current the way she does,” a colleague said."),
     [("Nobody reads the current", None)]),
    # testimonials: the name after the quote, or on a line under the quote card
    ("testimonial", "en", P("“The course changed how I teach chemistry to fourteen-year-olds.”")
     + P("— Dana Whitfield, head of science at Millbrook School"),
     [("changed how I teach", "Dana Whitfield")]),
    ("testimonial", "en", P("“The course changed how I teach chemistry to fourteen-year-olds.” — Dana Whitfield, "
                            "head of science at Millbrook School"),
     [("changed how I teach", "Dana Whitfield")]),
    ("testimonial", "en", "<div class='card'><blockquote>“Setting up the ferry timetable took us an afternoon "
     "instead of a week.”</blockquote><div class='name'>Rafael Okonkwo</div><div class='role'>Operations lead, "
     "Riverline Ferries</div></div>",
     [("took us an afternoon", "Rafael Okonkwo")]),
    ("testimonial", "de", P("„Der Kurs hat verändert, wie ich Chemie unterrichte.“")
     + P("– Henrike Obermaier, Lehrerin an der Talschule"),
     [("Der Kurs hat", "Henrike Obermaier")]),
    ("testimonial", "es", P("«El curso cambió mi forma de enseñar química.»")
     + P("— Remedios Olaizola, profesora del instituto"),
     [("El curso cambió", "Remedios Olaizola")]),
    ("testimonial", "en", "<blockquote><p>“Setting up the ferry timetable took us an afternoon instead of a "
     "week.”</p><footer>Rafael Okonkwo, Operations lead at Riverline Ferries</footer></blockquote>",
     [("took us an afternoon", "Rafael Okonkwo")]),
    # interview transcripts with initials, the answer quoted
    ("transcript-initials", "en", P("Orla Penwick spoke to Gwen Abernathy about the bridge vote.")
     + P("<strong>GA:</strong> Why did you vote against it?")
     + P("<strong>OP:</strong> “Because nobody asked the people who live under it.”"),
     [("nobody asked the people", "Orla Penwick")]),
    # named in the sentence after a paragraph break
    ("named-after-break", "en", P("“We will not close the school, not this year and not next year.”")
     + P("That was what the mayor, Ines Dalgarno, told reporters on Monday."),
     [("not close the school", "Ines Dalgarno")]),
    ("named-after-break", "en", P("“You can build a bridge in a year. Trust takes a generation.”")
     + P("That is how Tobias Wrenfield, who has fished the river for fifty years, puts it."),
     [("Trust takes a generation", "Tobias Wrenfield")]),
    ("named-after-break", "en", P("“We will not close the school, not this year and not next year.”")
     + P("The promise came from Ines Dalgarno, the mayor, on Monday."),
     [("not close the school", "Ines Dalgarno")]),
    ("named-after-break", "de", P("„Wir schließen die Schule nicht, weder dieses noch nächstes Jahr.“")
     + P("Das sagte Bürgermeisterin Ines Dalgarno am Montag vor Journalisten."),
     [("Wir schließen", "Ines Dalgarno")]),
    ("named-after-break", "fr", P("« Nous ne fermerons pas l’école, ni cette année ni l’année prochaine. »")
     + P("C’est ce qu’a affirmé la maire, Ines Dalgarno, lundi."),
     [("ne fermerons pas", "Ines Dalgarno")]),
    ("named-after-break", "es", P("«No cerraremos la escuela, ni este año ni el próximo».")
     + P("Así lo aseguró la alcaldesa, Ines Dalgarno, el lunes."), [("No cerraremos", "Ines Dalgarno")]),
    ("named-after-break", "it", P("«Non chiuderemo la scuola, né quest’anno né il prossimo».")
     + P("Lo ha detto la sindaca Ines Dalgarno lunedì."), [("Non chiuderemo", "Ines Dalgarno")]),
    ("named-after-break", "pt", P("“Não vamos fechar a escola, nem este ano nem no próximo.”")
     + P("Foi o que disse a presidente da câmara, Ines Dalgarno, na segunda-feira."),
     [("Não vamos fechar", "Ines Dalgarno")]),
    ("named-after-break", "nl", P("„We sluiten de school niet, dit jaar niet en volgend jaar ook niet.”")
     + P("Dat zei burgemeester Ines Dalgarno maandag."), [("We sluiten de school", "Ines Dalgarno")]),
    ("named-after-break", "pl", P("„Nie zamkniemy szkoły, ani w tym roku, ani w przyszłym”.")
     + P("Tak powiedziała w poniedziałek burmistrz Ines Dalgarno."), [("Nie zamkniemy", "Ines Dalgarno")]),
    ("named-after-break", "en", P("“We will not close the school, not this year and not next year.”")
     + P("So said the mayor, Ines Dalgarno, on Monday."), [("not close the school", "Ines Dalgarno")]),
    ("named-after-break", "en", P("“We will not close the school, not this year and not next year.”")
     + P("That said, Ines Dalgarno expects the school to shrink."), [("not close the school", None)]),
    # nested speech: the quoted words are the inner speaker's
    ("nested-told", "en", P("Orla Penwick said the engineer, Tobias Wrenfield, had told her: “The pillars will not "
                            "last another winter.”"),
     [("pillars will not last", "Tobias Wrenfield")]),
    ("nested-told", "en", P("Penwick recalled that a neighbour once told her, “The river always wins.”"),
     [("river always wins", None)]),
    # a writer quoting a book or report
    ("book-report", "en", P("In her memoir, Amara Kettleby writes: “The river taught me patience before it taught "
                            "me anything else.”"),
     [("river taught me patience", "Amara Kettleby")]),
    ("book-report", "en", P("A report by the Riverside Trust found that “most households cannot afford the new "
                            "fares.”"),
     [("households cannot afford", "Riverside Trust")]),
    ("book-report", "en", P("An old guidebook warns that “the ford is impassable in March and dangerous in April.”"),
     [("ford is impassable", None)]),
    ("book-report", "en", P("As Amara Kettleby put it in her 2019 book, “a river town lives by its timetable.”"),
     [("river town lives", "Amara Kettleby")]),
    ("book-report", "de", P("In ihrem Buch schreibt Henrike Obermaier: „Der Fluss hat mich Geduld gelehrt.“"),
     [("Der Fluss hat mich", "Henrike Obermaier")]),
    ("book-report", "fr", P("Dans son livre, Solène Marchetaux écrit : « Le fleuve m’a appris la patience. »"),
     [("Le fleuve m’a appris", "Solène Marchetaux")]),
    # first-person essays: the writer is not named on the page
    ("first-person", "en", P("When the letter came, I called the council. I told the clerk, “Nobody here was ever "
                             "asked about the bridge.”"),
     [("Nobody here was ever", None)]),
    ("first-person", "en", P("Orla Penwick met me at the landing stage.")
     + P("She looked at the water and said, “It was twice this high in the spring.”"),
     [("twice this high", "Orla Penwick")]),
    ("first-person", "en", P("I asked Tobias Wrenfield what he would do if the lock closed. “Move to the coast,” he "
                             "said, “and never look at a river again.”"),
     [("Move to the coast", "Tobias Wrenfield")]),
    # social posts, with handle and name
    ("social-post", "en", P("Ines Dalgarno, the transport minister, wrote on X on Sunday: “The line opens in May. "
                            "No more delays.”"),
     [("line opens in May", "Ines Dalgarno")]),
    ("social-post", "en", P("“The line opens in May. No more delays,” Ines Dalgarno (@inesdalgarno) wrote on "
                            "Sunday."),
     [("line opens in May", "Ines Dalgarno")]),
    ("social-post", "en", P("In a Facebook post, Tobias Wrenfield said: “The lock will stay open all summer.”"),
     [("lock will stay open", "Tobias Wrenfield")]),
    ("social-post", "de", P("Auf Instagram schrieb Henrike Obermaier: „Die Fähre fährt wieder.“"),
     [("Die Fähre fährt", "Henrike Obermaier")]),
    # role nouns naming a person given earlier
    ("role-earlier", "en", P("The transport minister, Ines Dalgarno, visited the site on Monday.")
     + P("“The line will open in May,” the minister said."),
     [("line will open in May", "Ines Dalgarno")]),
    ("role-earlier", "en", P("Mayor Tobias Wrenfield has promised a second bridge by 2030.")
     + P("Engineers doubt the date.") + P("“We will find the money,” the mayor insisted."),
     [("find the money", "Tobias Wrenfield")]),
    ("role-earlier", "en", P("Orla Penwick, a lawyer for the residents, filed the appeal on Friday.")
     + P("The lawyer said: “The council broke its own rules.”"),
     [("broke its own rules", "Orla Penwick")]),
    ("role-earlier", "de", P("Verkehrsministerin Ines Dalgarno besuchte am Montag die Baustelle.")
     + P("„Die Bahn fährt im Mai“, sagte die Ministerin."),
     [("Die Bahn fährt", "Ines Dalgarno")]),
    ("role-earlier", "fr", P("La ministre des Transports, Ines Dalgarno, a visité le chantier lundi.")
     + P("« La ligne ouvrira en mai », a assuré la ministre."),
     [("La ligne ouvrira", "Ines Dalgarno")]),
    ("role-earlier", "es", P("La ministra de Transportes, Ines Dalgarno, visitó la obra el lunes.")
     + P("«La línea abrirá en mayo», aseguró la ministra."),
     [("La línea abrirá", "Ines Dalgarno")]),
    ("role-earlier", "pt", P("A ministra dos Transportes, Ines Dalgarno, visitou a obra na segunda-feira.")
     + P("“A linha abre em maio”, garantiu a ministra."), [("A linha abre", "Ines Dalgarno")]),
    ("role-earlier", "it", P("La ministra dei Trasporti, Ines Dalgarno, ha visitato il cantiere lunedì.")
     + P("«La linea aprirà a maggio», ha assicurato la ministra."), [("La linea aprirà", "Ines Dalgarno")]),
    ("role-earlier", "pl", P("Minister transportu Ines Dalgarno odwiedziła w poniedziałek budowę.")
     + P("„Linia zostanie otwarta w maju” – zapewniła minister."), [("Linia zostanie", "Ines Dalgarno")]),
    ("role-earlier", "nl", P("Minister van Verkeer Ines Dalgarno bezocht maandag de bouwplaats.")
     + P("„De lijn gaat in mei open”, zei de minister."), [("De lijn gaat", "Ines Dalgarno")]),
    ("office-department", "de", P("„Die Linie öffnet im Mai“, sagte die Ministerin für Verkehr Ines Dalgarno."),
     [("Die Linie öffnet", "Ines Dalgarno")]),
    # plural or unnamed groups: no one person
    ("plural-group", "en", P("“We were never asked about the bridge,” residents said at the meeting."),
     [("never asked about", None)]),
    ("plural-group", "en", P("“The fares are simply too high,” several commuters told the Courier."),
     [("fares are simply", None)]),
    ("plural-group", "en", P("Officials said in a statement: “The bridge remains safe for all traffic.”"),
     [("bridge remains safe", None)]),
    ("plural-group", "en", P("“We have not seen the plans,” the two women said."),
     [("not seen the plans", None)]),
    ("plural-group", "de", P("„Wir wurden nie gefragt“, sagten Anwohner bei der Versammlung."),
     [("Wir wurden nie", None)]),
    ("plural-group", "fr", P("« On ne nous a jamais demandé notre avis », ont affirmé des habitants."),
     [("jamais demandé", None)]),
    ("plural-group", "es", P("«Nunca nos preguntaron nada sobre el puente», dijeron los vecinos."),
     [("Nunca nos", None)]),
    # an organisation speaks
    ("org-statement", "en", P("In a statement, the Riverside Trust said: “The bridge remains safe for all traffic.”"),
     [("bridge remains safe", "Riverside Trust")]),
    ("org-statement", "en", P("“The bridge remains safe for all traffic,” Riverline Ferries said in a statement."),
     [("bridge remains safe", "Riverline Ferries")]),
    ("org-statement", "de", P("„Die Brücke ist weiterhin sicher“, teilte die Stadtverwaltung Talheim mit."),
     [("Die Brücke ist", "Stadtverwaltung Talheim")]),
    # the name before the quote without a verb of saying
    ("no-verb-lead", "en", P("Orla Penwick was blunt. “Nobody asked us, and nobody will.”"),
     [("Nobody asked us", "Orla Penwick")]),
    ("no-verb-lead", "en", P("For Tobias Wrenfield, the answer is simple: “Build the second bridge.”"),
     [("Build the second", "Tobias Wrenfield")]),
    ("no-verb-lead", "en", P("Penwick’s reply was short: “Not while I live here.”"),
     [("Not while I live", "Penwick")]),
    ("no-verb-lead", "en", P("Orla Penwick chairs the residents’ group.") + P("Penwick’s reply was short: “Not while "
                                                                                "I live here.”"),
     [("Not while I live", "Orla Penwick")]),
    ("no-verb-lead", "de", P("Für Henrike Obermaier ist die Sache klar: „Die zweite Brücke muss kommen.“"),
     [("Die zweite Brücke", "Henrike Obermaier")]),
    # asked / replied
    ("asked-replied", "en", P("Asked whether she would stand again, Orla Penwick replied: “Only if the vote is held "
                              "again.”"),
     [("Only if the vote", "Orla Penwick")]),
    ("asked-replied", "en", P("Asked about the fares, Wrenfield shrugged. “Everybody pays the same.”"),
     [("Everybody pays the same", "Wrenfield")]),
    ("asked-replied", "de", P("Auf die Frage, ob sie wieder antrete, antwortete Henrike Obermaier: „Nur wenn neu "
                              "abgestimmt wird.“"),
     [("Nur wenn neu", "Henrike Obermaier")]),
    # written words: email, letter
    ("wrote", "en", P("“We regret the delay and will refund every ticket,” Rafael Okonkwo wrote in an email."),
     [("regret the delay", "Rafael Okonkwo")]),
    ("wrote", "en", P("In a letter to parents, head teacher Dana Whitfield wrote that “the school will stay open "
                      "through the works.”"),
     [("school will stay open", "Dana Whitfield")]),
    ("wrote", "fr", P("« Nous regrettons le retard », a écrit Solène Marchetaux dans un courriel."),
     [("Nous regrettons", "Solène Marchetaux")]),
    # recalls, remembers, present tense narration
    ("recalls", "en", P("“The water came up to the second step,” Penwick recalls. Orla Penwick has lived by the river "
                        "all her life."),
     [("second step", "Orla Penwick")]),
    ("recalls", "en", P("“We had no warning at all,” remembers Amara Kettleby, whose bakery flooded."),
     [("no warning at all", "Amara Kettleby")]),
    ("recalls", "es", P("«No tuvimos ningún aviso», recuerda Remedios Olaizola, cuya panadería se inundó."),
     [("No tuvimos", "Remedios Olaizola")]),
    ("recalls", "it", P("«Non abbiamo avuto alcun avviso», ricorda Ottavia Bressanin."),
     [("Non abbiamo avuto", "Ottavia Bressanin")]),
    # speaking to an outlet, participial
    ("speaking-to", "en", P("Speaking to the Courier, Tobias Wrenfield said: “The lock needs a new gate.”"),
     [("lock needs a new gate", "Tobias Wrenfield")]),
    ("speaking-to", "en", P("Tobias Wrenfield, speaking at the council meeting, added: “The lock needs a new gate.”"),
     [("lock needs a new gate", "Tobias Wrenfield")]),
    # the quote's speaker named with a colon in a headline-like lead
    ("name-colon", "en", P("Tobias Wrenfield: “The lock needs a new gate, and it needs it this year.”"),
     [("lock needs a new gate", "Tobias Wrenfield")]),
    ("name-colon", "de", P("Henrike Obermaier: „Die Schleuse braucht ein neues Tor.“"),
     [("Die Schleuse braucht", "Henrike Obermaier")]),
    # continued speech in the next paragraph, no new attribution
    ("continued", "en", P("“The lock needs a new gate,” said Tobias Wrenfield.")
     + P("“If it fails in winter, the whole valley floods.”"),
     [("whole valley floods", "Tobias Wrenfield")]),
    ("continued", "de", P("„Die Schleuse braucht ein neues Tor“, sagte Henrike Obermaier.")
     + P("„Wenn es im Winter bricht, steht das ganze Tal unter Wasser.“"),
     [("das ganze Tal", "Henrike Obermaier")]),
    # ------------------------------------------------------------------ sixth round: postposed and inverted verbs in more languages
    ("postposed-so", "de", P("„Die Brücke kommt zu spät“, so Henrike Obermaier von der Bürgerinitiative."),
     [("Die Brücke kommt", "Henrike Obermaier")]),
    ("postposed-so", "de", P("„Die Brücke kommt zu spät“, betont Henrike Obermaier gegenüber dieser Zeitung."),
     [("Die Brücke kommt", "Henrike Obermaier")]),
    ("postposed-so", "nl", P("„De brug komt te laat”, aldus Wietske Haverkamp van de bewonersgroep."),
     [("De brug komt", "Wietske Haverkamp")]),
    ("postposed-so", "fr", P("« Le pont arrive trop tard », selon Solène Marchetaux, de l’association."),
     [("Le pont arrive", "Solène Marchetaux")]),
    ("postposed-so", "fr", P("« Le pont arrive trop tard », confie Solène Marchetaux, qui vit au bord du fleuve."),
     [("Le pont arrive", "Solène Marchetaux")]),
    ("postposed-so", "es", P("«El puente llega tarde», señala Remedios Olaizola a este diario."),
     [("El puente llega", "Remedios Olaizola")]),
    ("postposed-so", "it", P("«Il ponte arriva troppo tardi», sottolinea Ottavia Bressanin, del comitato."),
     [("Il ponte arriva", "Ottavia Bressanin")]),
    ("postposed-so", "pt", P("“A ponte chega tarde demais”, afirma Benedita Carvalhal, da associação."),
     [("A ponte chega", "Benedita Carvalhal")]),
    ("postposed-so", "pl", P("„Most powstaje za późno” – przekonuje Jadwiga Szczepanowska ze stowarzyszenia."),
     [("Most powstaje", "Jadwiga Szczepanowska")]),
    ("postposed-so", "sv", P("– Bron kommer för sent, säger Astrid Lindqvist till tidningen."),
     [("Bron kommer", "Astrid Lindqvist")]),
    ("postposed-so", "ru", P("«Мост строят слишком поздно», — отметила Ольга Верещагина."),
     [("Мост строят", "Ольга Верещагина")]),
    ("postposed-so", "ru", P("По словам Ольги Верещагиной, «мост строят слишком поздно»."),
     [("мост строят", "Ольга Верещагина")]),
    # more English forms
    ("en-more", "en", P("“The fares went up twice in one year,” Rafael Okonkwo, 34, said."),
     [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("“The fares went up twice in one year,” Rafael Okonkwo tweeted on Friday."),
     [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("Rafael Okonkwo put it bluntly: “The fares went up twice in one year.”"),
     [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("Rafael Okonkwo, who commutes every day, was emphatic: “The fares went up twice in one "
                        "year.”"), [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("“The fares went up twice in one year,” Okonkwo says with a laugh. Rafael Okonkwo has "
                        "ridden the ferry since 1990."), [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("“The fares went up twice in one year,” explains Rafael Okonkwo, founder of the "
                        "commuters’ club."), [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("In Rafael Okonkwo’s words, “the fares went up twice in one year.”"),
     [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("To quote Rafael Okonkwo, “the fares went up twice in one year.”"),
     [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("Rafael Okonkwo once quipped that “the ferry is the slowest way to be late.”"),
     [("slowest way to be late", "Rafael Okonkwo")]),
    ("en-more", "en", P("“The fares went up twice in one year,” Okonkwo, the club’s founder, told the Courier. "
                        "Rafael Okonkwo started the club in 2015."), [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("Rafael Okonkwo started the commuters’ club in 2015.")
     + P("“The fares went up twice in one year,” he wrote in its newsletter."),
     [("fares went up twice", "Rafael Okonkwo")]),
    ("en-more", "en", P("The ferry company’s chief executive, Dana Whitfield, disagreed. “Fares are lower than "
                        "they were in 2010,” she said."), [("Fares are lower", "Dana Whitfield")]),
    ("en-more", "en", P("Dr. Amara Kettleby, who studies river traffic at the university, is not surprised.")
     + P("“Ferries have always been the first thing cut,” Kettleby said."),
     [("Ferries have always", "Amara Kettleby")]),
    ("en-more", "en", P("“Ferries have always been the first thing cut,” according to Dr. Amara Kettleby."),
     [("Ferries have always", "Amara Kettleby")]),
    # organisations and documents
    ("org-more", "en", P("The Riverside Trust’s annual report warns that “half of the piers need repair within "
                         "five years.”"), [("half of the piers", "Riverside Trust")]),
    ("org-more", "en", P("“Half of the piers need repair within five years,” the Riverside Trust wrote in its "
                         "annual report."), [("Half of the piers", "Riverside Trust")]),
    ("org-more", "de", P("In einer Mitteilung der Stadtwerke Talheim heißt es: „Die Fähre fährt ab Montag "
                         "wieder.“"), [("Die Fähre fährt", "Stadtwerke Talheim")]),
    ("org-more", "fr", P("Dans un communiqué, la Compagnie des Bacs du Val affirme : « Le service reprendra "
                         "lundi. »"), [("Le service reprendra", "Compagnie des Bacs du Val")]),
    # unnamed on purpose
    ("unnamed-more", "en", P("“The fares went up twice in one year,” one commuter said."),
     [("fares went up twice", None)]),
    ("unnamed-more", "en", P("A source close to the board said: “Nobody expected the vote to pass.”"),
     [("Nobody expected", None)]),
    ("unnamed-more", "en", P("“Nobody expected the vote to pass,” said a person familiar with the talks, who "
                             "asked not to be named."), [("Nobody expected", None)]),
    ("unnamed-more", "de", P("„Niemand hat mit der Abstimmung gerechnet“, sagte ein Teilnehmer der Sitzung."),
     [("Niemand hat mit", None)]),
    ("unnamed-more", "fr", P("« Personne ne s’attendait à ce vote », a confié un élu sous couvert d’anonymat."),
     [("Personne ne s’attendait", None)]),
    # ------------------------------------------------------------------ round 34 (held out): news as it is written
    # Written before the speaker code was read again, in shapes the rounds above lack: long paragraphs
    # with speakers taking turns, names introduced paragraphs before the quote, titles before
    # surnames, attributions inside the quote, organisations, documents, captions, interviews.
    ("r34-turns", "en", P("The council met on Tuesday to debate the new ferry timetable, and the room was full. "
                          "Marguerite Ashdown, who runs the bakery on Quay Street, spoke first. “We open at five, "
                          "and the first boat now leaves at seven,” she said. Selwyn Hartigan, the harbour "
                          "master, answered that the early boat had run almost empty for a year. “We cannot pay a "
                          "crew to carry two passengers,” Hartigan said. Ashdown was not persuaded. “Then charge "
                          "us more, but run it,” she said."),
     [("We open at five", "Marguerite Ashdown"), ("cannot pay a crew", "Selwyn Hartigan"),
      ("Then charge us more", "Marguerite Ashdown")]),
    ("r34-turns", "en", P("At the school gates, opinions were split. “My son walks forty minutes each way now,” "
                          "said Priya Ramaswamy, a nurse who works nights. Her neighbour, Dominic Fairlie, "
                          "shrugged. “It did me no harm at his age,” he said. Gwen Tallis, who drives the "
                          "school minibus, said the road was the real problem: “There is no pavement for the last "
                          "mile, and the lorries do fifty.”"),
     [("My son walks", "Priya Ramaswamy"), ("did me no harm", "Dominic Fairlie"),
      ("no pavement for the last", "Gwen Tallis")]),
    ("r34-turns", "en", P("Marguerite Ashdown and Selwyn Hartigan have known each other since primary school, and "
                          "they have argued about the harbour for almost as long.")
     + P("“He was always the cautious one,” Ashdown said, laughing. “I was always the one in a hurry.” "
         "Hartigan did not disagree. “Somebody has to read the tide tables,” he said."),
     [("always the cautious one", "Marguerite Ashdown"), ("read the tide tables", "Selwyn Hartigan")]),
    ("r34-turns", "en", P("Mayor Tove Lind defended the budget at Thursday’s meeting. “Every pound in this plan is "
                          "accounted for,” she said.")
     + P("The opposition leader, Rhys Calloway, was unimpressed. “The mayor has counted the pounds and forgotten "
         "the people,” he said."),
     [("Every pound in this plan", "Tove Lind"), ("counted the pounds", "Rhys Calloway")]),
    # a name introduced paragraphs earlier, then the surname or a pronoun
    ("r34-coref", "en", P("Dr. Felix Okafor, a hydrologist at the university, has measured the river every week "
                          "for a decade.")
     + P("His readings, published last month, show the spring peak arriving three weeks earlier than in 1990.")
     + P("“The floods are coming earlier every single year,” Okafor said."),
     [("floods are coming earlier", "Felix Okafor")]),
    ("r34-coref", "en", P("Felix Okafor, a hydrologist at the university, has measured the river every week for a "
                          "decade.")
     + P("The readings, published last month, show the spring peak arriving three weeks earlier than in 1990.")
     + P("“Nobody planned for a river that behaves like this,” he said."),
     [("Nobody planned for a river", "Felix Okafor")]),
    ("r34-coref", "en", P("Felix Okafor leads the river survey at the university.")
     + P("The survey has placed twelve gauges along the river since 2015.")
     + P("“We need gauges on every bridge, not just the big ones,” Dr. Okafor said."),
     [("gauges on every bridge", "Felix Okafor")]),
    ("r34-coref", "en", P("Tove Lind was elected mayor in 2022 on a promise to fix the harbour wall.")
     + P("Two years on, the wall is still cracked.")
     + P("“The harbour is the town’s front door, and we will repair it,” Mayor Lind said on Monday."),
     [("town’s front door", "Tove Lind")]),
    ("r34-coref", "en", P("Hanne Weiss, a professor of economics, studied ferry fares in six coastal towns.")
     + P("Her study found that cheaper fares brought more passengers in every town but one.")
     + P("“Cheap fares pay for themselves within three years,” Prof. Weiss argued."),
     [("Cheap fares pay", "Hanne Weiss")]),
    ("r34-coref", "en", P("Felix Okafor, a hydrologist, has measured the river for a decade.")
     + P("Tove Lind, the mayor, said on Monday that the town would buy new gauges.")
     + P("“We need them on every bridge, not just the big ones,” Okafor said."),
     [("on every bridge", "Felix Okafor")]),
    ("r34-coref", "en", P("The report’s author, Hanne Weiss, spent two years on the quays.")
     + P("She interviewed more than three hundred passengers, most of them pensioners.")
     + P("“Almost nobody under forty takes the boat any more,” Weiss said."),
     [("nobody under forty", "Hanne Weiss")]),
    ("r34-coref", "en", P("Rhys Calloway has led the opposition on the council since 2019.")
     + P("On Thursday he voted against the budget for the third year running.")
     + P("“I will keep voting no until the harbour is fixed,” Calloway told reporters afterwards."),
     [("keep voting no", "Rhys Calloway")]),
    # a title and the surname only
    ("r34-title", "en", P("“Cheap fares pay for themselves within three years,” Professor Weiss told the committee."),
     [("Cheap fares pay", "Weiss")]),
    ("r34-title", "en", P("Mayor Lind defended the budget. “Every pound is accounted for,” she said."),
     [("Every pound is", "Lind")]),
    ("r34-title", "en", P("“The wall will not survive another winter,” warned Councillor Ostrowski."),
     [("wall will not survive", "Ostrowski")]),
    ("r34-title", "en", P("Dr. Okafor is blunt about the risk: “If the wall goes, the lower town floods within an "
                          "hour.”"), [("If the wall goes", "Okafor")]),
    # the attribution inside the quote
    ("r34-inside", "en", P("Tove Lind has been mayor for two years.")
     + P("“The problem with the harbour,” Lind said, “is that nobody wants to pay for the wall.”"),
     [("The problem with the harbour", "Tove Lind")]),
    ("r34-inside", "en", P("“If the boats stop,” said Marguerite Ashdown, “the bakery closes within a month.”"),
     [("If the boats stop", "Marguerite Ashdown")]),
    ("r34-inside", "en", P("Selwyn Hartigan has run the harbour for twenty years.")
     + P("“It is not about the money,” he insisted, “it is about having a crew at five in the morning.”"),
     [("not about the money", "Selwyn Hartigan")]),
    ("r34-inside", "en", P("“Most passengers,” Dr. Felix Okafor explained, “are pensioners going to the hospital.”"),
     [("Most passengers", "Felix Okafor")]),
    # after a dash or in a parenthesis
    ("r34-dash", "en", P("The ferry will not run on Sundays — “there simply isn’t the demand,” according to Selwyn "
                         "Hartigan, the harbour master."), [("simply isn’t the demand", "Selwyn Hartigan")]),
    ("r34-dash", "en", P("The plan is “a disaster for the east bank” (Marguerite Ashdown, bakery owner)."),
     [("disaster for the east bank", "Marguerite Ashdown")]),
    ("r34-dash", "en", P("Residents were angry. “We were told nothing until the notices went up” — that is how "
                         "Priya Ramaswamy put it."), [("We were told nothing", "Priya Ramaswamy")]),
    ("r34-dash", "en", P("“We were told nothing until the notices went up.” — Priya Ramaswamy, resident"),
     [("We were told nothing", "Priya Ramaswamy")]),
    # organisations
    ("r34-org", "en", P("The Ministry of Transport defended the cuts on Friday.")
     + P("“Services must reflect demand,” the ministry said in a statement."),
     [("Services must reflect", "Ministry of Transport")]),
    ("r34-org", "en", P("Harbour Lines, which runs the ferry, said in an email: “We regret the inconvenience to "
                        "our passengers.”"), [("We regret the inconvenience", "Harbour Lines")]),
    ("r34-org", "en", P("The Environment Agency warned that “further flooding is likely along the lower river "
                        "this week.”"), [("further flooding is likely", "Environment Agency")]),
    ("r34-org", "en", P("“We regret the inconvenience to our passengers,” a Harbour Lines spokesperson said."),
     [("We regret the inconvenience", "Harbour Lines")]),
    # nobody named
    ("r34-unnamed", "en", P("“We regret the inconvenience to our passengers,” a spokesperson said."),
     [("We regret the inconvenience", None)]),
    ("r34-unnamed", "en", P("The water rose quickly after midnight. “It came up to the second step in ten minutes,” "
                            "one resident said."), [("second step in ten", None)]),
    ("r34-unnamed", "en", P("One fisherman, who did not want to be named, was blunter: “They have killed the "
                            "harbour and they know it.”"), [("killed the harbour", None)]),
    ("r34-unnamed", "en", P("A council official, speaking on condition of anonymity, said: “The money for the wall "
                            "is simply not there.”"), [("money for the wall", None)]),
    ("r34-unnamed", "en", P("Marguerite Ashdown runs the bakery on Quay Street.")
     + P("“Nobody listens to us,” said a customer in the queue, who gave only her first name."),
     [("Nobody listens to us", None)]),
    ("r34-unnamed", "en", P("“Services must reflect demand,” the ministry said in a statement."),
     [("Services must reflect", None)]),
    # documents
    ("r34-document", "en", P("The report says that “the sea wall has reached the end of its useful life.”"),
     [("sea wall has reached", None)]),
    ("r34-document", "en", P("The Harbour Commission published its review on Monday.")
     + P("The report says the wall “has reached the end of its useful life” and should be rebuilt."),
     [("reached the end of its useful", "Harbour Commission")]),
    ("r34-document", "en", P("The letter, signed by forty residents, reads: “We will not accept a wall that hides the "
                             "sea.”"), [("will not accept a wall", None)]),
    ("r34-document", "en", P("In a 2019 memo, Selwyn Hartigan wrote that “the pier cannot take another winter "
                             "without repairs.”"), [("pier cannot take another", "Selwyn Hartigan")]),
    # interviews
    ("r34-qa", "en", P("Marguerite Ashdown has baked bread on Quay Street for thirty years. We asked her about the "
                       "new timetable.")
     + P("<strong>Courier:</strong> How has the later ferry changed your mornings?")
     + P("<strong>Ashdown:</strong> I lost the market traders overnight. They used to buy forty loaves before the "
         "first boat.")
     + P("<strong>Courier:</strong> Will you stay on the quay?")
     + P("<strong>Ashdown:</strong> As long as the roof holds and the bank is patient."),
     [("lost the market traders", "Marguerite Ashdown")]),
    ("r34-qa", "en", P("Selwyn Hartigan has been harbour master for twenty years. This interview has been edited "
                       "for length.")
     + P("<strong>Why cut the early boat?</strong>")
     + P("It ran almost empty for a year, and the crew costs the same whether it carries two people or two "
         "hundred.")
     + P("<strong>What would bring it back?</strong>")
     + P("A subsidy from the county, or a bakery that sells forty loaves to commuters."),
     [("ran almost empty for a year", "Selwyn Hartigan")]),
    # captions
    ("r34-caption", "en", "<figure><img src='bakery.jpg' alt=''><figcaption>Marguerite Ashdown at her bakery: "
                          "“We open at five, whatever the ferry does.”</figcaption></figure>",
     [("We open at five", "Marguerite Ashdown")]),
    ("r34-caption", "en", "<figure><img src='pier.jpg' alt=''><figcaption>“The sea took the old wall in a single "
                          "night,” says Selwyn Hartigan. Photo: Jon Ellery</figcaption></figure>",
     [("sea took the old wall", "Selwyn Hartigan")]),
    # according to
    ("r34-according", "en", P("According to Dr. Felix Okafor, the river is “rising faster than any model "
                              "predicted.”"), [("rising faster than", "Felix Okafor")]),
    ("r34-according", "en", P("Marguerite Ashdown owns the bakery on Quay Street.")
     + P("The plan is, according to Ashdown, “a gift to the developers and nobody else.”"),
     [("gift to the developers", "Marguerite Ashdown")]),
    ("r34-according", "en", P("According to the Harbour Commission, the wall is “beyond any sensible repair.”"),
     [("beyond any sensible", "Harbour Commission")]),
    ("r34-according", "en", P("According to a council spokesperson, the plan is “still under review.”"),
     [("still under review", None)]),
    # verbs beyond said and told
    ("r34-verbs", "en", P("Felix Okafor studies the river.") + P("“A wall is cheaper than a flood,” Okafor argued."),
     [("wall is cheaper", "Felix Okafor")]),
    ("r34-verbs", "en", P("Selwyn Hartigan is the harbour master.")
     + P("Hartigan warned that “the next big storm could breach it in several places.”"),
     [("next big storm", "Selwyn Hartigan")]),
    ("r34-verbs", "en", P("Marguerite Ashdown runs the bakery.") + P("Ashdown insisted: “We will stay open, boat or "
                                                                     "no boat.”"),
     [("We will stay open", "Marguerite Ashdown")]),
    ("r34-verbs", "en", P("Selwyn Hartigan started at the harbour as a boy.")
     + P("“I remember when the ferry ran every hour, day and night,” Hartigan recalled."),
     [("ferry ran every hour", "Selwyn Hartigan")]),
    ("r34-verbs", "en", P("Marguerite Ashdown runs the bakery.")
     + P("“At least the seagulls are happy with the leftovers,” Ashdown joked."),
     [("seagulls are happy", "Marguerite Ashdown")]),
    ("r34-verbs", "en", P("“The council has lost the plot entirely,” Priya Ramaswamy wrote on Facebook."),
     [("lost the plot", "Priya Ramaswamy")]),
    ("r34-verbs", "en", P("“Another Sunday without a ferry,” Dominic Fairlie tweeted, adding a photo of the empty "
                          "pier."), [("Another Sunday without", "Dominic Fairlie")]),
    ("r34-verbs", "en", P("Gwen Tallis posted on Instagram: “Minibus stuck at the ford again, children late "
                          "again.”"), [("Minibus stuck at the ford", "Gwen Tallis")]),
    ("r34-verbs", "en", P("Gwen Tallis drives the school minibus.")
     + P("“The children were late four times this month,” she said. “And the bus is older than I am,” Tallis "
         "added."), [("bus is older than", "Gwen Tallis")]),
    ("r34-verbs", "en", P("Hanne Weiss is an economist.") + P("“Fares rose forty percent in two years,” Weiss noted."),
     [("Fares rose forty", "Hanne Weiss")]),
    ("r34-verbs", "en", P("Marguerite Ashdown opened the bakery in 1994.")
     + P("“The early boat brought the traders,” she said.")
     + P("“And that is why we need it back,” she continued."),
     [("why we need it back", "Marguerite Ashdown")]),
    ("r34-verbs", "en", P("Marguerite Ashdown, 58, says the early boat kept her bakery alive. “Without it, I would "
                          "have closed years ago.”"), [("Without it, I would", "Marguerite Ashdown")]),
    ("r34-verbs", "en", P("Selwyn Hartigan is the harbour master.")
     + P("“My father used to say, ‘the sea always wins in the end,’” Hartigan said."),
     [("My father used to say", "Selwyn Hartigan")]),
    # round 34 in other languages: turns, surname and pronoun after paragraphs, title and surname,
    # attribution inside the quote, organisations, unnamed people, "according to", other verbs
    ("r34-turns", "de", P("Im Rathaus ging es am Dienstag hoch her. Annegret Vollmer, die am Kai eine Bäckerei "
                          "betreibt, sprach zuerst. „Wir öffnen um fünf, und die erste Fähre fährt jetzt um sieben“, "
                          "sagte sie. Hafenmeister Konrad Riedl hielt dagegen, das frühe Boot sei ein Jahr lang fast "
                          "leer gefahren. „Für zwei Fahrgäste können wir keine Besatzung bezahlen“, sagte Riedl."),
     [("Wir öffnen um fünf", "Annegret Vollmer"), ("Für zwei Fahrgäste", "Konrad Riedl")]),
    ("r34-coref", "de", P("Jonas Albrecht ist Hydrologe an der Universität und misst den Fluss seit zehn Jahren.")
     + P("Seine Messungen zeigen, dass das Frühjahrshochwasser drei Wochen früher kommt als 1990.")
     + P("„Die Hochwasser kommen jedes Jahr früher“, warnte Albrecht."),
     [("Die Hochwasser kommen", "Jonas Albrecht")]),
    ("r34-coref", "de", P("Sabine Kettler ist seit 2022 Bürgermeisterin.")
     + P("Die Kaimauer ist seitdem nicht repariert worden.")
     + P("„Der Hafen ist die Haustür der Stadt“, sagte sie am Montag."),
     [("Der Hafen ist die Haustür", "Sabine Kettler")]),
    ("r34-title", "de", P("Sabine Kettler wurde 2022 zur Bürgermeisterin gewählt.")
     + P("„Jeder Euro in diesem Plan ist belegt“, sagte Bürgermeisterin Kettler."),
     [("Jeder Euro in diesem", "Sabine Kettler")]),
    ("r34-inside", "de", P("„Das Problem mit dem Hafen“, sagte Konrad Riedl, „ist, dass niemand die Mauer bezahlen "
                           "will.“"), [("Das Problem mit dem Hafen", "Konrad Riedl")]),
    ("r34-org", "de", P("Das Wasserwirtschaftsamt Talheim warnte am Freitag: „Weitere Überschwemmungen sind in "
                        "dieser Woche wahrscheinlich.“"),
     [("Weitere Überschwemmungen", "Wasserwirtschaftsamt Talheim")]),
    ("r34-unnamed", "de", P("„Das Wasser stand in zehn Minuten bis zur zweiten Stufe“, sagte eine Anwohnerin."),
     [("Das Wasser stand", None)]),
    ("r34-according", "de", P("Laut Jonas Albrecht steigt der Fluss „schneller, als jedes Modell vorhergesagt "
                              "hat“."), [("schneller, als jedes", "Jonas Albrecht")]),
    ("r34-verbs", "de", P("Konrad Riedl ist seit zwanzig Jahren Hafenmeister.")
     + P("„Ich weiß noch, wie die Fähre jede Stunde fuhr“, erinnerte sich Riedl."),
     [("Ich weiß noch", "Konrad Riedl")]),
    # French
    ("r34-turns", "fr", P("La salle du conseil était pleine mardi soir. Margaux Delcourt, qui tient la boulangerie "
                          "du quai, a pris la parole la première. « Nous ouvrons à cinq heures, et le premier bateau "
                          "part maintenant à sept heures », a-t-elle expliqué. Le capitaine du port, Étienne "
                          "Roussel, a répondu que le bateau du matin était presque vide depuis un an. « Nous ne "
                          "pouvons pas payer un équipage pour deux passagers », a affirmé M. Roussel."),
     [("Nous ouvrons à cinq", "Margaux Delcourt"), ("payer un équipage", "Étienne Roussel")]),
    ("r34-coref", "fr", P("Yannick Le Goff, hydrologue à l’université, mesure la rivière depuis dix ans.")
     + P("Ses relevés montrent que la crue de printemps arrive trois semaines plus tôt qu’en 1990.")
     + P("« Les crues arrivent chaque année plus tôt », souligne Le Goff."),
     [("Les crues arrivent", "Yannick Le Goff")]),
    ("r34-coref", "fr", P("Claire Besnard est maire depuis 2022.")
     + P("Depuis, la digue n’a toujours pas été réparée.")
     + P("« Le port est la porte d’entrée de la ville », a-t-elle déclaré lundi."),
     [("Le port est la porte", "Claire Besnard")]),
    ("r34-title", "fr", P("Claire Besnard a été élue maire en 2022.")
     + P("« Chaque euro de ce budget est justifié », a assuré Mme Besnard."),
     [("Chaque euro de ce budget", "Claire Besnard")]),
    ("r34-inside", "fr", P("« Le problème avec le port, explique Étienne Roussel, c’est que personne ne veut payer "
                           "la digue. »"), [("Le problème avec le port", "Étienne Roussel")]),
    ("r34-org", "fr", P("Dans un communiqué, Transports Marins du Léon a indiqué : « Les horaires doivent suivre la "
                        "demande. »"), [("Les horaires doivent", "Transports Marins du Léon")]),
    ("r34-unnamed", "fr", P("« L’eau est montée jusqu’à la deuxième marche en dix minutes », raconte une "
                            "habitante."), [("L’eau est montée", None)]),
    ("r34-according", "fr", P("Selon Yannick Le Goff, la rivière monte « plus vite qu’aucun modèle ne l’avait "
                              "prévu »."), [("plus vite qu’aucun", "Yannick Le Goff")]),
    # Spanish
    ("r34-turns", "es", P("El pleno del martes estuvo lleno. Maribel Echeverría, que tiene la panadería del muelle, "
                          "habló primero. «Abrimos a las cinco y el primer barco sale ahora a las siete», dijo. El "
                          "capitán del puerto, Ignacio Larrañaga, respondió que el barco de la mañana llevaba un año "
                          "casi vacío. «No podemos pagar una tripulación para dos pasajeros», afirmó Larrañaga."),
     [("Abrimos a las cinco", "Maribel Echeverría"), ("No podemos pagar", "Ignacio Larrañaga")]),
    ("r34-coref", "es", P("Álvaro Quintanilla, hidrólogo de la universidad, mide el río desde hace diez años.")
     + P("Sus datos muestran que la crecida de primavera llega tres semanas antes que en 1990.")
     + P("«Las crecidas llegan cada año antes», advirtió Quintanilla."),
     [("Las crecidas llegan", "Álvaro Quintanilla")]),
    ("r34-coref", "es", P("Nuria Bustamante es alcaldesa desde 2022.")
     + P("Desde entonces, el dique sigue sin reparar.")
     + P("«El puerto es la puerta de entrada del pueblo», aseguró el lunes."),
     [("El puerto es la puerta", "Nuria Bustamante")]),
    ("r34-title", "es", P("Nuria Bustamante fue elegida alcaldesa en 2022.")
     + P("«Cada euro de este presupuesto está justificado», dijo la alcaldesa Bustamante."),
     [("Cada euro de este", "Nuria Bustamante")]),
    ("r34-inside", "es", P("«El problema del puerto —explicó Ignacio Larrañaga— es que nadie quiere pagar el "
                           "dique»."), [("El problema del puerto", "Ignacio Larrañaga")]),
    ("r34-org", "es", P("«Los servicios deben ajustarse a la demanda», señaló Navieras del Cantábrico en un "
                        "comunicado."), [("Los servicios deben", "Navieras del Cantábrico")]),
    ("r34-unnamed", "es", P("«El agua subió hasta el segundo escalón en diez minutos», contó una vecina."),
     [("El agua subió", None)]),
    ("r34-according", "es", P("Según Álvaro Quintanilla, el río sube «más rápido de lo que predijo cualquier "
                              "modelo»."), [("más rápido de lo que", "Álvaro Quintanilla")]),
    # Italian
    ("r34-turns", "it", P("La sala del consiglio era piena martedì sera. Giovanna Ferraresi, che gestisce il forno "
                          "sul molo, ha parlato per prima. «Apriamo alle cinque e il primo traghetto adesso parte "
                          "alle sette», ha detto. Il capitano del porto, Lorenzo Bagnasco, ha risposto che la corsa "
                          "del mattino viaggiava quasi vuota da un anno. «Non possiamo pagare un equipaggio per due "
                          "passeggeri», ha spiegato Bagnasco."),
     [("Apriamo alle cinque", "Giovanna Ferraresi"), ("Non possiamo pagare", "Lorenzo Bagnasco")]),
    ("r34-coref", "it", P("Davide Ruggeri, idrologo all’università, misura il fiume da dieci anni.")
     + P("I suoi dati mostrano che la piena di primavera arriva tre settimane prima rispetto al 1990.")
     + P("«Le piene arrivano ogni anno prima», avverte Ruggeri."),
     [("Le piene arrivano", "Davide Ruggeri")]),
    ("r34-coref", "it", P("Elisa Mantovani è sindaca dal 2022.")
     + P("Da allora la diga non è ancora stata riparata.")
     + P("«Il porto è la porta d’ingresso del paese», ha dichiarato lunedì."),
     [("Il porto è la porta", "Elisa Mantovani")]),
    ("r34-title", "it", P("Davide Ruggeri insegna idraulica all’università.")
     + P("«Servono sensori su ogni ponte, non solo su quelli grandi», ha detto il professor Ruggeri."),
     [("Servono sensori", "Davide Ruggeri")]),
    ("r34-inside", "it", P("«Il problema del porto», spiega Lorenzo Bagnasco, «è che nessuno vuole pagare la "
                           "diga»."), [("Il problema del porto", "Lorenzo Bagnasco")]),
    ("r34-org", "it", P("«I servizi devono rispecchiare la domanda», ha fatto sapere Navigazione Valmarena in una "
                        "nota."), [("I servizi devono", "Navigazione Valmarena")]),
    ("r34-unnamed", "it", P("«L’acqua è salita fino al secondo gradino in dieci minuti», racconta una residente."),
     [("L’acqua è salita", None)]),
    ("r34-according", "it", P("Secondo Davide Ruggeri, il fiume sale «più in fretta di quanto previsto da "
                              "qualsiasi modello»."), [("più in fretta", "Davide Ruggeri")]),
    # Portuguese
    ("r34-turns", "pt", P("A sala da assembleia estava cheia na terça-feira. Filomena Albuquerque, que tem a "
                          "padaria do cais, falou primeiro. “Abrimos às cinco e o primeiro barco sai agora às sete”, "
                          "disse. O capitão do porto, Rui Magalhães, respondeu que o barco da manhã andava quase "
                          "vazio há um ano. “Não podemos pagar uma tripulação para dois passageiros”, afirmou "
                          "Magalhães."),
     [("Abrimos às cinco", "Filomena Albuquerque"), ("Não podemos pagar", "Rui Magalhães")]),
    ("r34-coref", "pt", P("Henrique Sampaio, hidrólogo da universidade, mede o rio há dez anos.")
     + P("Os seus dados mostram que a cheia da primavera chega três semanas mais cedo do que em 1990.")
     + P("“As cheias chegam cada ano mais cedo”, alertou Sampaio."),
     [("As cheias chegam", "Henrique Sampaio")]),
    ("r34-coref", "pt", P("Teresa Vasconcelos é presidente da câmara desde 2022.")
     + P("Desde então, o paredão continua por reparar.")
     + P("“O porto é a porta de entrada da vila”, afirmou ela na segunda-feira."),
     [("O porto é a porta", "Teresa Vasconcelos")]),
    ("r34-title", "pt", P("Henrique Sampaio dá aulas de hidráulica na universidade.")
     + P("“Precisamos de sensores em cada ponte”, disse o professor Sampaio."),
     [("Precisamos de sensores", "Henrique Sampaio")]),
    ("r34-inside", "pt", P("“O problema do porto”, explica Rui Magalhães, “é que ninguém quer pagar o paredão.”"),
     [("O problema do porto", "Rui Magalhães")]),
    ("r34-org", "pt", P("“Os horários têm de acompanhar a procura”, informou a Fluvial Atlântica em comunicado."),
     [("Os horários têm", "Fluvial Atlântica")]),
    ("r34-unnamed", "pt", P("“A água subiu até ao segundo degrau em dez minutos”, contou uma moradora."),
     [("A água subiu", None)]),
    ("r34-according", "pt", P("Segundo Henrique Sampaio, o rio sobe “mais depressa do que qualquer modelo "
                              "previu”."), [("mais depressa do que", "Henrique Sampaio")]),
    # Dutch
    ("r34-turns", "nl", P("De raadszaal zat dinsdagavond vol. Marieke Hoogendoorn, die de bakkerij aan de kade "
                          "heeft, sprak als eerste. „We gaan om vijf uur open en de eerste boot vertrekt nu pas om "
                          "zeven uur”, zei ze. Havenmeester Joost van der Linden antwoordde dat de vroege boot een "
                          "jaar lang bijna leeg voer. „We kunnen geen bemanning betalen voor twee passagiers”, zei "
                          "Van der Linden."),
     [("We gaan om vijf", "Marieke Hoogendoorn"), ("geen bemanning betalen", "Joost van der Linden")]),
    ("r34-coref", "nl", P("Sander Kuipers, hydroloog aan de universiteit, meet de rivier al tien jaar.")
     + P("Zijn metingen laten zien dat het voorjaarshoogwater drie weken eerder komt dan in 1990.")
     + P("„Het hoogwater komt elk jaar eerder”, waarschuwt Kuipers."),
     [("Het hoogwater komt", "Sander Kuipers")]),
    ("r34-coref", "nl", P("Femke Brouwer is sinds 2022 burgemeester.")
     + P("Sindsdien is de kademuur nog altijd niet hersteld.")
     + P("„De haven is de voordeur van het dorp”, zei ze maandag."),
     [("De haven is de voordeur", "Femke Brouwer")]),
    ("r34-title", "nl", P("Femke Brouwer werd in 2022 burgemeester.")
     + P("„Elke euro in dit plan is verantwoord”, zei burgemeester Brouwer."),
     [("Elke euro in dit plan", "Femke Brouwer")]),
    ("r34-inside", "nl", P("„Het probleem met de haven”, zegt Joost van der Linden, „is dat niemand de muur wil "
                           "betalen.”"), [("Het probleem met de haven", "Joost van der Linden")]),
    ("r34-org", "nl", P("Rijnveer Noord liet in een verklaring weten: „De dienstregeling moet de vraag volgen.”"),
     [("De dienstregeling moet", "Rijnveer Noord")]),
    ("r34-unnamed", "nl", P("„Het water stond in tien minuten tot de tweede tree”, vertelt een bewoonster."),
     [("Het water stond", None)]),
    ("r34-according", "nl", P("Volgens Sander Kuipers stijgt de rivier „sneller dan welk model ook voorspelde”."),
     [("sneller dan welk model", "Sander Kuipers")]),
    # Polish
    ("r34-turns", "pl", P("Sala rady była we wtorek pełna. Pierwsza głos zabrała Małgorzata Kędzierska, która "
                          "prowadzi piekarnię przy nabrzeżu. „Otwieramy o piątej, a pierwszy prom odpływa teraz o "
                          "siódmej” – powiedziała. Kapitan portu Bogdan Ciesielski odpowiedział, że poranny kurs od "
                          "roku pływał prawie pusty. „Nie możemy płacić załodze za dwóch pasażerów” – stwierdził "
                          "Ciesielski."),
     [("Otwieramy o piątej", "Małgorzata Kędzierska"), ("Nie możemy płacić", "Bogdan Ciesielski")]),
    ("r34-coref", "pl", P("Marek Lisiecki, hydrolog z uniwersytetu, od dziesięciu lat mierzy poziom rzeki.")
     + P("Jego pomiary pokazują, że wiosenna fala przychodzi trzy tygodnie wcześniej niż w 1990 roku.")
     + P("„Powodzie przychodzą co roku wcześniej” – ostrzega Lisiecki."),
     [("Powodzie przychodzą", "Marek Lisiecki")]),
    ("r34-coref", "pl", P("Ewa Sadowska jest burmistrzem od 2022 roku.")
     + P("Od tamtej pory nabrzeże wciąż nie zostało naprawione.")
     + P("„Port to brama do miasta” – mówiła w poniedziałek."),
     [("Port to brama", "Ewa Sadowska")]),
    ("r34-title", "pl", P("Ewa Sadowska została burmistrzem w 2022 roku.")
     + P("„Każda złotówka w tym planie jest rozliczona” – zapewniła burmistrz Sadowska."),
     [("Każda złotówka", "Ewa Sadowska")]),
    ("r34-inside", "pl", P("„Problem z portem – tłumaczy Bogdan Ciesielski – polega na tym, że nikt nie chce "
                           "zapłacić za nabrzeże”."), [("Problem z portem", "Bogdan Ciesielski")]),
    ("r34-org", "pl", P("„Rozkład musi odpowiadać popytowi” – przekazała w komunikacie spółka Żegluga Wiślana "
                        "Północ."), [("Rozkład musi", "Żegluga Wiślana Północ")]),
    ("r34-unnamed", "pl", P("„Woda w dziesięć minut doszła do drugiego schodka” – opowiada jedna z mieszkanek."),
     [("Woda w dziesięć", None)]),
    ("r34-according", "pl", P("Według Marka Lisieckiego rzeka podnosi się „szybciej, niż przewidywał jakikolwiek "
                              "model”."), [("szybciej, niż", "Marek Lisiecki")]),
    # Swedish
    ("r34-turns", "sv", P("Salen var full på tisdagskvällen. Karin Sjöberg, som driver bageriet vid kajen, talade "
                          "först. ”Vi öppnar klockan fem, och den första båten går nu först klockan sju”, sa hon. "
                          "Hamnkaptenen Anders Holmqvist svarade att morgonbåten hade gått nästan tom i ett år. ”Vi "
                          "kan inte betala en besättning för två passagerare”, sa Holmqvist."),
     [("Vi öppnar klockan fem", "Karin Sjöberg"), ("kan inte betala", "Anders Holmqvist")]),
    ("r34-coref", "sv", P("Erik Nyström är hydrolog vid universitetet och har mätt älven i tio år.")
     + P("Hans mätningar visar att vårfloden kommer tre veckor tidigare än 1990.")
     + P("– Översvämningarna kommer tidigare för varje år, säger Nyström."),
     [("Översvämningarna kommer", "Erik Nyström")]),
    ("r34-coref", "sv", P("Lena Forsberg har varit kommunstyrelsens ordförande sedan 2022.")
     + P("Sedan dess har kajmuren fortfarande inte lagats.")
     + P("– Hamnen är ortens ytterdörr, och vi ska laga den, säger hon."),
     [("Hamnen är ortens", "Lena Forsberg")]),
    ("r34-continued", "sv", P("– Vi har väntat länge nog på ett besked, säger Karin Sjöberg.")
     + P("– Nu måste kommunen göra något åt morgonbåten."),
     [("Nu måste kommunen", "Karin Sjöberg")]),
    ("r34-inside", "sv", P("”Problemet med hamnen”, säger Anders Holmqvist, ”är att ingen vill betala för "
                           "muren.”"), [("Problemet med hamnen", "Anders Holmqvist")]),
    ("r34-org", "sv", P("”Turlistan måste följa efterfrågan”, skriver Skärgårdsbåtarna Nord i ett "
                        "pressmeddelande."), [("Turlistan måste", "Skärgårdsbåtarna Nord")]),
    ("r34-unnamed", "sv", P("– Vattnet nådde andra trappsteget på tio minuter, berättar en boende."),
     [("Vattnet nådde", None)]),
    ("r34-according", "sv", P("Enligt Erik Nyström stiger älven ”snabbare än någon modell har förutsagt”."),
     [("snabbare än någon", "Erik Nyström")]),
    # ------------------------------------------------------------------ round 35: Nordic dash paragraphs
    # A dash opens each paragraph of speech; the verb after a comma gives a pronoun, an unnamed
    # person or a name, and a dash paragraph with no verb goes on in the voice of the one before.
    ("dash-pronoun", "nb", P("Ingrid Solberg har drevet fergekaia i femten år.")
     + P("– Morgenferja var det som holdt bygda i live, sier hun til avisen."),
     [("Morgenferja var det", "Ingrid Solberg")]),
    ("dash-pronoun", "da", P("Mikkel Thorsager er formand for beboerforeningen.")
     + P("– Vi har ventet på et svar siden foråret, siger han."),
     [("ventet på et svar", "Mikkel Thorsager")]),
    ("dash-pronoun", "fi", P("Aino Kettunen on johtanut satamaa kymmenen vuotta.")
     + P("– Aamulautta on kylälle elintärkeä, ja sen pitää palata, sanoo hän."),
     [("Aamulautta on kylälle", "Aino Kettunen")]),
    ("dash-unnamed", "nb", P("– Vannet steg til andre trappetrinn på ti minutter, forteller en beboer."),
     [("Vannet steg til", None)]),
    ("dash-unnamed", "fi", P("– Vesi nousi toiselle portaalle kymmenessä minuutissa, kertoo eräs asukas."),
     [("Vesi nousi toiselle", None)]),
    ("dash-goes-on", "da", P("– Vi har ventet længe nok på et svar, siger Mikkel Thorsager.")
     + P("– Nu må kommunen gøre noget ved morgenfærgen."),
     [("Nu må kommunen", "Mikkel Thorsager")]),
    ("dash-goes-on", "fi", P("– Olemme odottaneet vastausta jo liian kauan, sanoo Aino Kettunen.")
     + P("– Nyt kunnan on tehtävä jotain aamulautalle."),
     [("Nyt kunnan on", "Aino Kettunen")]),
    # ------------------------------------------------------------------ round 35: pronoun lead-ins, no marks on the page
    ("block-pronoun", "en", P("Orla Penwick has taught at the harbour school since 2009.")
     + P("She wrote to the council in March:")
     + "<blockquote><p>Half of my pupils now leave home before it is light.</p></blockquote>",
     [("Half of my pupils", "Orla Penwick")]),
    ("block-pronoun", "de", P("Henrike Obermaier unterrichtet seit 2009 an der Hafenschule.")
     + P("Sie schrieb im März an den Gemeinderat:")
     + "<blockquote><p>Die Hälfte meiner Schüler verlässt das Haus, bevor es hell wird.</p></blockquote>",
     [("Die Hälfte meiner", "Henrike Obermaier")]),
    # ------------------------------------------------------------------ round 35: interview turns
    ("qa-turn", "de", P("Jonas Brettschneider leitet seit zwölf Jahren die Fähre über den See.")
     + P("<b>Frage:</b> Warum fährt das erste Boot erst um sieben?")
     + P("<b>Brettschneider:</b> Um fünf saßen im letzten Winter fast nie mehr als zwei Leute an Bord."),
     [("Um fünf saßen", "Jonas Brettschneider")]),
    ("qa-turn", "es", P("Rocío Almendral es alcaldesa del pueblo desde 2021.")
     + P("<strong>Pregunta:</strong> ¿Cuándo estará listo el puente?")
     + P("<strong>Rocío Almendral:</strong> Antes del invierno, si el río nos deja trabajar en otoño."),
     [("Antes del invierno", "Rocío Almendral")]),
    # Russian
    ("r34-turns", "ru", P("Во вторник зал совета был полон. Первой выступила Марина Ковалёва, владелица пекарни на "
                          "набережной. «Мы открываемся в пять, а первый паром теперь уходит в семь», — сказала она. "
                          "Начальник порта Сергей Лапин ответил, что утренний рейс год ходил почти пустым. «Мы не "
                          "можем платить экипажу за двух пассажиров», — заявил Лапин."),
     [("Мы открываемся в пять", "Марина Ковалёва"), ("не можем платить", "Сергей Лапин")]),
    ("r34-coref", "ru", P("Игорь Белов, гидролог из университета, десять лет измеряет уровень реки.")
     + P("Его данные показывают, что весенний паводок приходит на три недели раньше, чем в 1990 году.")
     + P("«Паводки с каждым годом приходят всё раньше», — предупреждает Белов."),
     [("Паводки с каждым", "Игорь Белов")]),
    ("r34-coref", "ru", P("Наталья Сорокина стала мэром в 2022 году.")
     + P("С тех пор дамба так и не отремонтирована.")
     + P("«Порт — это парадная дверь города», — заявила она в понедельник."),
     [("Порт — это парадная", "Наталья Сорокина")]),
    ("r34-title", "ru", P("Игорь Белов преподаёт гидравлику в университете.")
     + P("«Датчики нужны на каждом мосту, а не только на больших», — считает профессор Белов."),
     [("Датчики нужны", "Игорь Белов")]),
    ("r34-inside", "ru", P("«Проблема с портом, — объясняет Сергей Лапин, — в том, что никто не хочет платить за "
                           "дамбу»."), [("Проблема с портом", "Сергей Лапин")]),
    ("r34-org", "ru", P("«Расписание должно соответствовать спросу», — говорится в заявлении компании «Северная "
                        "переправа»."), [("Расписание должно", "Северная переправа")]),
    ("r34-unnamed", "ru", P("«Вода за десять минут поднялась до второй ступеньки», — рассказала одна из жительниц."),
     [("Вода за десять", None)]),
    ("r34-according", "ru", P("Как отметил Игорь Белов, река поднимается «быстрее, чем предсказывала любая "
                              "модель»."), [("быстрее, чем", "Игорь Белов")]),
    # Japanese
    ("r34-turns", "ja", P("火曜日の議会は満席だった。岸壁でパン屋を営む佐伯美和さんが最初に発言し、「私たちは5時に開店するのに、"
                          "始発の船は今や7時です」と話した。港長の森田健一さんは、朝の便は1年間ほぼ空だったと反論し、「2人の乗客の"
                          "ために乗組員を雇うことはできない」と述べた。"),
     [("私たちは5時に開店", "佐伯美和"), ("2人の乗客の", "森田健一")]),
    ("r34-coref", "ja", P("大学で水文学を研究する小野寺誠教授は、10年間にわたり川の水位を測ってきた。")
     + P("測定結果によると、春の増水は1990年より3週間早くなっている。")
     + P("小野寺教授は「洪水は毎年早くなっている」と警告した。"),
     [("洪水は毎年", "小野寺誠")]),
    ("r34-title", "ja", P("渡瀬里奈市長は2022年に初当選した。")
     + P("それ以来、防波堤は修理されていない。")
     + P("「港は町の玄関口だ」と渡瀬市長は月曜日に述べた。"),
     [("港は町の玄関口", "渡瀬里奈")]),
    ("r34-coref", "ja", P("森田健一さんは20年間港長を務めている。")
     + P("「問題は、誰も防波堤の費用を払いたがらないことだ」と森田さんは話す。"),
     [("問題は、誰も", "森田健一")]),
    ("r34-org", "ja", P("運航会社の北浜フェリーは声明で「運航は需要に合わせる必要がある」と説明した。"),
     [("運航は需要に", "北浜フェリー")]),
    ("r34-unnamed", "ja", P("ある住民は「10分で水が2段目まで上がった」と話した。"),
     [("10分で水が", None)]),
    ("r34-according", "ja", P("小野寺誠教授によると、川は「どのモデルの予測よりも速く」上昇している。"),
     [("どのモデルの予測", "小野寺誠")]),
    ("r34-verbs", "ja", P("佐伯美和さんは「船がなくても店は開け続ける」と強調した。"),
     [("船がなくても", "佐伯美和")]),
    # ------------------------------------------------------------------ round 36 (held out): written as news
    # runs before the speaker code was read again: speakers named only in a heading or a caption, groups,
    # long appositives, multi-part names, press releases, sports, court, science, two quotes in a sentence,
    # parentheses and colons, possessives, and the attribution in the next sentence.
    # English
    ("r36-heading", "en", "<h2>Dana Whitcombe, baker, Quay Street</h2>"
     + P("“We open at five, and the first boat now leaves at seven. My customers are on the other side.”"),
     [("We open at five", "Dana Whitcombe")]),
    ("r36-heading", "en", "<h3>Q&amp;A: Harbourmaster Ewan Pryce on the winter timetable</h3>"
     + P("<b>Why was the early crossing cut?</b>")
     + P("“Because on most mornings last winter it carried two people, and we cannot crew a boat for two.”"),
     [("we cannot crew a boat", "Ewan Pryce")]),
    ("r36-caption", "en", "<figure><img src='quay.jpg' alt=''><figcaption>Dana Whitcombe outside her bakery on "
     "Quay Street.</figcaption></figure>"
     + P("She has baked there for eleven years. “Without the early boat, half my trade is gone,” she said."),
     [("half my trade is gone", "Dana Whitcombe")]),
    ("r36-group", "en", P("The researchers followed 4,000 patients for ten years. “Our results do not support "
                          "routine screening in people under forty,” they wrote."),
     [("do not support", None)]),
    ("r36-group", "en", P("Norvane Energy and Keller Grid said in a joint statement: “The two networks will be "
                          "run as one from January.”"),
     [("will be run as one", "Norvane Energy and Keller Grid")]),
    ("r36-group", "en", P("The residents’ association wrote to the council in March. “We have asked five times and "
                          "heard nothing,” the letter said."),
     [("asked five times", None)]),
    ("r36-group", "en", P("The Harbour Trust said in a statement that it was “deeply disappointed” by the "
                          "ruling and would consider an appeal."),
     [("deeply disappointed", "Harbour Trust")]),
    ("r36-appositive", "en", P("“People think a bakery is about bread, but it is about getting up,” said Maria "
                               "Lopez, who has run the bakery on Elm Street for 20 years and employs six people."),
     [("about getting up", "Maria Lopez")]),
    ("r36-appositive", "en", P("Maria Lopez, who has run the bakery on Elm Street for 20 years and employs six "
                               "people, said: “The new parking rules will finish us.”"),
     [("parking rules will finish", "Maria Lopez")]),
    ("r36-appositive", "en", P("Thomas Greenhalgh, a retired surveyor who spent three decades mapping the "
                               "estuary for the county and now chairs the flood committee, put it simply: “The "
                               "sea wins in the end.”"),
     [("sea wins in the end", "Thomas Greenhalgh")]),
    ("r36-appositive", "en", P("“I never planned to stay,” said Priya Raman, 34, a nurse from Leicester who moved "
                               "to the island in 2015 for a six-month contract."),
     [("never planned to stay", "Priya Raman")]),
    ("r36-names", "en", P("“The dykes were built for a different century,” said Pieter van der Berg, a water "
                          "engineer."), [("dykes were built", "Pieter van der Berg")]),
    ("r36-names", "en", P("Siobhan O’Neill, who manages the harbour café, said: “We close at three now.”"),
     [("We close at three", "Siobhan O’Neill")]),
    ("r36-names", "en", P("“The kingdom will invest in the port for decades,” Crown Prince Faisal bin Salman "
                          "told the conference."), [("invest in the port", "Faisal bin Salman")]),
    ("r36-names", "en", P("“Our farmers cannot wait another season,” said Nguyen Van An, a district official in "
                          "the delta."), [("cannot wait another season", "Nguyen Van An")]),
    ("r36-names", "en", P("Kim Jong-un said the launch was “a great success for our scientists,” according to "
                          "state media."), [("great success for our", "Kim Jong-un")]),
    ("r36-names", "en", P("“The water has never been this low,” said Layla al-Hassan, who farms on the river’s "
                          "eastern bank."), [("never been this low", "Layla al-Hassan")]),
    ("r36-names", "en", P("“We will rebuild the school first,” Jean-Luc Moreau-Dubois, the mayor, said."),
     [("rebuild the school", "Jean-Luc Moreau-Dubois")]),
    ("r36-release", "en", P("“This partnership brings fast charging to every town on the coast,” said Jane Doerring, "
                            "CEO of Acmeline Power. “Our customers asked for it, and we listened.”"),
     [("brings fast charging", "Jane Doerring"), ("Our customers asked", "Jane Doerring")]),
    ("r36-release", "en", P("“We are delighted to welcome Tessaly Foods to the group,” said Marcus Hale, Chief "
                            "Executive Officer of Brindle Holdings."), [("delighted to welcome", "Marcus Hale")]),
    ("r36-release", "en", P("Halvern Robotics today announced the opening of its new plant in Ohio.")
     + P("“Ohio gives us the workforce and the roads we need,” said Dr. Lena Ashford, Halvern’s founder and "
         "chief technology officer."), [("workforce and the roads", "Lena Ashford")]),
    ("r36-sports", "en", P("Rovers lost 3–0 at home on Saturday, their fourth defeat in a row.")
     + P("“We were poor,” coach Ruiz admitted. “There is no other word for it.”"),
     [("We were poor", "Ruiz"), ("no other word", "Ruiz")]),
    ("r36-sports", "en", P("Head coach Daniel Ortega Ruiz has been in charge since August.")
     + P("“We were poor,” Ruiz admitted after the game."), [("We were poor", "Daniel Ortega Ruiz")]),
    ("r36-sports", "en", P("“I just hit it and hoped,” grinned Callum Reid, whose late free kick won the match."),
     [("hit it and hoped", "Callum Reid")]),
    ("r36-sports", "en", P("Goalkeeper Tomasz Wilk, who saved two penalties, was modest: “The lads did the hard "
                           "work.”"), [("lads did the hard work", "Tomasz Wilk")]),
    ("r36-court", "en", P("Judge Amelia Hart dismissed the case on Friday.")
     + P("“The council acted within its powers,” the judge wrote in her ruling."),
     [("acted within its powers", "Amelia Hart")]),
    ("r36-court", "en", P("In a 40-page ruling, Justice Rowan Mistry said the contract was “void from the "
                          "start.”"), [("void from the start", "Rowan Mistry")]),
    ("r36-court", "en", P("“My client has always maintained his innocence,” said defence lawyer Helen Okoro "
                          "outside the court."), [("maintained his innocence", "Helen Okoro")]),
    ("r36-court", "en", P("The prosecution told the jury that the fire was “planned for weeks.”"),
     [("planned for weeks", None)]),
    ("r36-science", "en", P("The study, published in a medical journal, followed 12,000 adults.")
     + P("“Walking after meals lowered blood sugar in every group we tested,” the authors write in the paper."),
     [("Walking after meals", None)]),
    ("r36-science", "en", P("Dr. Ingrid Solheim, an ecologist and the study’s lead author, was surprised. “We "
                            "expected the birds to move north, not to stop migrating,” she said."),
     [("expected the birds", "Ingrid Solheim")]),
    ("r36-science", "en", P("“This is the first time we have seen it in the wild,” said co-author Rafael "
                            "Montes of the Marine Institute."), [("first time we have seen", "Rafael Montes")]),
    ("r36-two", "en", P("“We are ready,” said Ewan Pryce, while Dana Whitcombe insisted that “nobody asked the "
                        "traders.”"), [("We are ready", "Ewan Pryce"), ("nobody asked the traders", "Dana Whitcombe")]),
    ("r36-two", "en", P("Ewan Pryce called the plan “sensible,” but Dana Whitcombe said it was “a death sentence for "
                        "the quay.”"), [("death sentence", "Dana Whitcombe")]),
    ("r36-paren", "en", P("The ferry company defended the change (“the numbers simply were not there,” said its "
                          "director, Ewan Pryce) and promised a review in spring."),
     [("numbers simply were not", "Ewan Pryce")]),
    ("r36-paren", "en", P("Dana Whitcombe: “We were told on a Friday and it started on the Monday.”"),
     [("told on a Friday", "Dana Whitcombe")]),
    ("r36-possessive", "en", P("In Alan Smithers’s words, the plan was “written by people who have never caught a ferry.”"), [("never caught a ferry", "Alan Smithers")]),
    ("r36-possessive", "en", P("Dana Whitcombe runs the oldest bakery on the quay.")
     + P("In Whitcombe’s words: “The quay was built around that boat.”"),
     [("built around that boat", "Dana Whitcombe")]),
    ("r36-next", "en", P("Ewan Pryce has run the harbour for ten years.")
     + P("“The early boat was meant for workers. That was the idea.” So says Pryce, who now admits it failed."),
     [("meant for workers", "Ewan Pryce")]),
    ("r36-next", "en", P("“Nobody rides a ferry for fun in January.” Those are the words of Ewan Pryce, the "
                         "harbourmaster."), [("for fun in January", "Ewan Pryce")]),
    # German
    ("r36-appositive", "de", P("„Die Leute denken, beim Bäcker geht es ums Brot, aber es geht ums Aufstehen“, sagte "
                               "Maria Lohmann, die seit 20 Jahren die Bäckerei in der Ulmenstraße führt und sechs "
                               "Leute beschäftigt."), [("ums Aufstehen", "Maria Lohmann")]),
    ("r36-names", "de", P("„Die Deiche wurden für ein anderes Jahrhundert gebaut“, sagte Pieter van der Berg, "
                          "Wasserbauingenieur."), [("Die Deiche wurden", "Pieter van der Berg")]),
    ("r36-names", "de", P("„Wir bauen zuerst die Schule wieder auf“, sagte Karl-Heinz Müller-Lüdenscheidt, der "
                          "Bürgermeister."), [("zuerst die Schule", "Karl-Heinz Müller-Lüdenscheidt")]),
    ("r36-release", "de", P("„Mit dieser Partnerschaft kommt das Schnellladen in jede Stadt an der Küste“, sagt Jana "
                            "Dörring, Geschäftsführerin der Acmeline Energie GmbH."),
     [("Schnellladen in jede", "Jana Dörring")]),
    ("r36-sports", "de", P("Trainer Daniel Ruiz war nach dem 0:3 bedient. „Wir waren schlecht“, gab Ruiz zu. „Es gibt "
                           "kein anderes Wort dafür.“"),
     [("Wir waren schlecht", "Daniel Ruiz"), ("kein anderes Wort", "Daniel Ruiz")]),
    ("r36-court", "de", P("Richterin Amelie Hartmann wies die Klage am Freitag ab.")
     + P("„Die Gemeinde hat im Rahmen ihrer Befugnisse gehandelt“, schrieb die Richterin in ihrem Urteil."),
     [("im Rahmen ihrer", "Amelie Hartmann")]),
    ("r36-science", "de", P("„Spaziergänge nach dem Essen senkten den Blutzucker in jeder Gruppe“, schreiben die "
                            "Autoren in der Studie."), [("Spaziergänge nach", None)]),
    ("r36-group", "de", P("Die Stadtwerke Talheim und die Nordnetz AG teilten in einer gemeinsamen Erklärung mit: "
                          "„Beide Netze werden ab Januar gemeinsam betrieben.“"),
     [("Beide Netze werden", "Stadtwerke Talheim und die Nordnetz AG")]),
    ("r36-possessive", "de", P("Mit den Worten von Alan Schmieder war der Plan „von Leuten geschrieben, die nie eine "
                               "Fähre genommen haben“."), [("nie eine Fähre", "Alan Schmieder")]),
    ("r36-paren", "de", P("Die Reederei verteidigte die Änderung („Die Zahlen waren einfach nicht da“, sagte "
                          "Direktor Ewald Preuß) und kündigte eine Prüfung an."),
     [("Zahlen waren einfach", "Ewald Preuß")]),
    # French
    ("r36-appositive", "fr", P("« Les gens croient qu’une boulangerie, c’est du pain, mais c’est se lever tôt », "
                               "explique Marie Lopès, qui tient la boulangerie de la rue des Ormes depuis vingt "
                               "ans et emploie six personnes."), [("se lever tôt", "Marie Lopès")]),
    ("r36-names", "fr", P("« Nous reconstruirons d’abord l’école », a déclaré Jean-Luc Moreau-Dubois, le maire."),
     [("reconstruirons d’abord", "Jean-Luc Moreau-Dubois")]),
    ("r36-names", "fr", P("« L’eau n’a jamais été aussi basse », affirme Leïla al-Hassan, agricultrice sur la rive "
                          "est."), [("jamais été aussi basse", "Leïla al-Hassan")]),
    ("r36-sports", "fr", P("« On a été mauvais », a reconnu l’entraîneur Daniel Ruiz après la défaite. « Il n’y a "
                           "pas d’autre mot. »"),
     [("On a été mauvais", "Daniel Ruiz")]),
    ("r36-court", "fr", P("La juge Amélie Hartmann a rejeté la requête vendredi.")
     + P("« La commune a agi dans le cadre de ses compétences », écrit la juge dans sa décision."),
     [("dans le cadre de ses", "Amélie Hartmann")]),
    ("r36-release", "fr", P("« Ce partenariat apporte la recharge rapide dans chaque ville du littoral », a déclaré "
                            "Jeanne Dorin, PDG d’Acmeline Énergie."), [("recharge rapide", "Jeanne Dorin")]),
    ("r36-science", "fr", P("« La marche après les repas a réduit la glycémie dans tous les groupes », écrivent les "
                            "auteurs de l’étude."), [("La marche après", None)]),
    ("r36-possessive", "fr", P("Selon les mots d’Alain Schmitt, le projet a été « écrit par des gens qui n’ont jamais "
                               "pris le bac »."), [("jamais pris le bac", "Alain Schmitt")]),
    ("r36-two", "fr", P("« Nous sommes prêts », assure Ewan Prieur, tandis que Dana Vitcomb juge que « personne n’a "
                        "consulté les commerçants »."),
     [("Nous sommes prêts", "Ewan Prieur"), ("personne n’a consulté", "Dana Vitcomb")]),
    # Spanish
    ("r36-appositive", "es", P("«La gente cree que una panadería es pan, pero es madrugar», dijo María López, que "
                               "regenta desde hace 20 años la panadería de la calle del Olmo y da empleo a seis "
                               "personas."), [("es madrugar", "María López")]),
    ("r36-names", "es", P("«El agua nunca había estado tan baja», afirmó Layla al-Hassan, agricultora en la orilla "
                          "oriental."), [("nunca había estado", "Layla al-Hassan")]),
    ("r36-names", "es", P("«Reconstruiremos primero la escuela», dijo José María de la Fuente y Olmedo, alcalde del "
                          "municipio."), [("Reconstruiremos primero", "José María de la Fuente y Olmedo")]),
    ("r36-sports", "es", P("«Fuimos malos», admitió el entrenador Daniel Ruiz tras la derrota. «No hay otra "
                           "palabra»."), [("Fuimos malos", "Daniel Ruiz"), ("No hay otra palabra", "Daniel Ruiz")]),
    ("r36-court", "es", P("La jueza Amelia Hartín desestimó la demanda el viernes.")
     + P("«El ayuntamiento actuó dentro de sus competencias», escribió la jueza en su sentencia."),
     [("actuó dentro de sus", "Amelia Hartín")]),
    ("r36-release", "es", P("«Esta alianza lleva la carga rápida a cada pueblo de la costa», señaló Juana Dorado, "
                            "consejera delegada de Acmelina Energía."), [("carga rápida", "Juana Dorado")]),
    ("r36-group", "es", P("«No recomendamos el cribado rutinario en menores de cuarenta años», escribieron los "
                          "investigadores."), [("No recomendamos", None)]),
    ("r36-paren", "es", P("La naviera defendió el cambio («los números no daban», dijo su director, Ewan Prado) y "
                          "prometió revisarlo en primavera."), [("los números no daban", "Ewan Prado")]),
    # Italian
    ("r36-appositive", "it", P("«La gente pensa che un forno sia pane, ma è alzarsi presto», ha detto Maria Lopresti, "
                               "che da vent’anni gestisce il forno di via degli Olmi e dà lavoro a sei persone."),
     [("alzarsi presto", "Maria Lopresti")]),
    ("r36-names", "it", P("«Ricostruiremo prima la scuola», ha detto Gian Maria De Santis, sindaco del paese."),
     [("Ricostruiremo prima", "Gian Maria De Santis")]),
    ("r36-sports", "it", P("«Siamo stati scarsi», ha ammesso l’allenatore Daniele Russo dopo la sconfitta. «Non c’è "
                           "altra parola»."), [("Siamo stati scarsi", "Daniele Russo")]),
    ("r36-court", "it", P("La giudice Amalia Corti ha respinto il ricorso venerdì.")
     + P("«Il comune ha agito nei limiti dei suoi poteri», ha scritto la giudice nella sentenza."),
     [("nei limiti dei suoi", "Amalia Corti")]),
    ("r36-release", "it", P("«Questa partnership porta la ricarica veloce in ogni città della costa», ha dichiarato "
                            "Giovanna Dorati, amministratrice delegata di Acmelina Energia."),
     [("ricarica veloce", "Giovanna Dorati")]),
    ("r36-science", "it", P("«Camminare dopo i pasti ha ridotto la glicemia in ogni gruppo», scrivono gli autori "
                            "dello studio."), [("Camminare dopo", None)]),
    ("r36-possessive", "it", P("Con le parole di Aldo Ferrari, il piano è stato «scritto da gente che non ha mai "
                               "preso un traghetto»."), [("mai preso un traghetto", "Aldo Ferrari")]),
    ("r36-two", "it", P("«Siamo pronti», ha detto Ivo Pratesi, mentre Dana Vitale ha ribattuto che «nessuno ha "
                        "sentito i commercianti»."),
     [("Siamo pronti", "Ivo Pratesi"), ("nessuno ha sentito", "Dana Vitale")]),
    # Portuguese
    ("r36-appositive", "pt", P("“As pessoas pensam que uma padaria é pão, mas é madrugar”, disse Maria Lopes, que "
                               "gere há 20 anos a padaria da Rua dos Olmos e emprega seis pessoas."),
     [("mas é madrugar", "Maria Lopes")]),
    ("r36-names", "pt", P("“Vamos reconstruir primeiro a escola”, disse João Pedro dos Santos Ferreira, presidente "
                          "da câmara."), [("reconstruir primeiro", "João Pedro dos Santos Ferreira")]),
    ("r36-sports", "pt", P("“Fomos fracos”, admitiu o treinador Daniel Ruas depois da derrota. “Não há outra "
                           "palavra.”"), [("Fomos fracos", "Daniel Ruas")]),
    ("r36-court", "pt", P("A juíza Amélia Horta rejeitou a ação na sexta-feira.")
     + P("“O município agiu dentro das suas competências”, escreveu a juíza na sentença."),
     [("agiu dentro das suas", "Amélia Horta")]),
    ("r36-release", "pt", P("“Esta parceria leva o carregamento rápido a todas as vilas da costa”, afirmou Joana "
                            "Dourado, CEO da Acmelina Energia."), [("carregamento rápido", "Joana Dourado")]),
    ("r36-group", "pt", P("“Não recomendamos o rastreio de rotina abaixo dos quarenta anos”, escreveram os "
                          "investigadores."), [("Não recomendamos", None)]),
    ("r36-possessive", "pt", P("Nas palavras de Álvaro Ferraz, o plano foi “escrito por quem nunca apanhou um "
                               "ferry”."), [("nunca apanhou", "Álvaro Ferraz")]),
    ("r36-paren", "pt", P("A transportadora defendeu a mudança (“os números não chegavam”, disse o diretor, Ivo "
                          "Prado) e prometeu revê-la na primavera."), [("números não chegavam", "Ivo Prado")]),
    # Dutch
    ("r36-appositive", "nl", P("„Mensen denken dat een bakkerij om brood draait, maar het draait om vroeg opstaan”, "
                               "zei Maria Lopers, die al twintig jaar de bakkerij aan de Olmenstraat runt en zes "
                               "mensen in dienst heeft."), [("vroeg opstaan", "Maria Lopers")]),
    ("r36-names", "nl", P("„De dijken zijn voor een andere eeuw gebouwd”, zei Pieter van den Bergh, waterbouwkundige."),
     [("De dijken zijn", "Pieter van den Bergh")]),
    ("r36-names", "nl", P("„We bouwen eerst de school weer op”, zegt burgemeester Anne-Marie de Vries-Jansen."),
     [("eerst de school", "Anne-Marie de Vries-Jansen")]),
    ("r36-sports", "nl", P("„We waren slecht”, gaf trainer Daan Ruijs toe na de nederlaag. „Er is geen ander woord "
                           "voor.”"), [("We waren slecht", "Daan Ruijs")]),
    ("r36-court", "nl", P("Rechter Amalia Hartog wees de zaak vrijdag af.")
     + P("„De gemeente heeft binnen haar bevoegdheden gehandeld”, schreef de rechter in haar uitspraak."),
     [("binnen haar bevoegdheden", "Amalia Hartog")]),
    ("r36-release", "nl", P("„Dit partnerschap brengt snelladen naar elke kustplaats”, zegt Jantine Doorn, CEO van "
                            "Acmeline Energie."), [("brengt snelladen", "Jantine Doorn")]),
    ("r36-science", "nl", P("„Wandelen na de maaltijd verlaagde de bloedsuiker in elke groep”, schrijven de auteurs "
                            "in het artikel."), [("Wandelen na de", None)]),
    ("r36-possessive", "nl", P("In de woorden van Alwin Smit is het plan „geschreven door mensen die nooit een "
                               "veerboot hebben genomen”."), [("nooit een veerboot", "Alwin Smit")]),
    # Polish
    ("r36-appositive", "pl", P("„Ludzie myślą, że piekarnia to chleb, a to jest wczesne wstawanie” – mówi Maria "
                               "Łopatka, która od 20 lat prowadzi piekarnię przy ulicy Wiązowej i zatrudnia sześć "
                               "osób."), [("wczesne wstawanie", "Maria Łopatka")]),
    ("r36-names", "pl", P("„Najpierw odbudujemy szkołę” – powiedział Jan Kowalski-Wróbel, burmistrz gminy."),
     [("Najpierw odbudujemy", "Jan Kowalski-Wróbel")]),
    ("r36-sports", "pl", P("„Byliśmy słabi” – przyznał trener Daniel Rusek po porażce. „Nie ma innego słowa”."),
     [("Byliśmy słabi", "Daniel Rusek")]),
    ("r36-court", "pl", P("Sędzia Amelia Hartman oddaliła pozew w piątek.")
     + P("„Gmina działała w granicach swoich uprawnień” – napisała sędzia w uzasadnieniu."),
     [("w granicach swoich", "Amelia Hartman")]),
    ("r36-release", "pl", P("„To partnerstwo przynosi szybkie ładowanie do każdego miasta na wybrzeżu” – powiedziała "
                            "Joanna Dorosz, prezes Acmeline Energia."), [("szybkie ładowanie", "Joanna Dorosz")]),
    ("r36-science", "pl", P("„Spacer po posiłku obniżał poziom cukru we wszystkich grupach” – piszą autorzy "
                            "badania."), [("Spacer po posiłku", None)]),
    ("r36-possessive", "pl", P("Według słów Adama Kowala plan „napisali ludzie, którzy nigdy nie płynęli promem”."),
     [("nigdy nie płynęli", "Adam Kowal")]),
    ("r36-paren", "pl", P("Armator bronił zmiany („liczby po prostu się nie zgadzały” – mówił dyrektor Iwo Prus) "
                          "i zapowiedział przegląd na wiosnę."), [("liczby po prostu", "Iwo Prus")]),
    # Swedish
    ("r36-appositive", "sv", P("”Folk tror att ett bageri handlar om bröd, men det handlar om att gå upp tidigt”, "
                               "säger Maria Lopez, som har drivit bageriet på Almgatan i 20 år och har sex anställda."),
     [("gå upp tidigt", "Maria Lopez")]),
    ("r36-names", "sv", P("”Vi bygger upp skolan först”, säger kommunalrådet Anna-Karin von Platen."),
     [("bygger upp skolan", "Anna-Karin von Platen")]),
    ("r36-sports", "sv", P("”Vi var dåliga”, erkände tränaren Daniel Ruiz efter förlusten. ”Det finns inget annat "
                           "ord.”"), [("Vi var dåliga", "Daniel Ruiz")]),
    ("r36-court", "sv", P("Rådmannen Amelia Hartman ogillade stämningen i fredags.")
     + P("”Kommunen har agerat inom sina befogenheter”, skriver rådmannen i domen."),
     [("agerat inom sina", "Amelia Hartman")]),
    ("r36-release", "sv", P("”Samarbetet ger snabbladdning i varje kuststad”, säger Johanna Dörr, vd för Acmeline "
                            "Energi."), [("ger snabbladdning", "Johanna Dörr")]),
    ("r36-science", "sv", P("”Promenader efter maten sänkte blodsockret i alla grupper”, skriver forskarna i "
                            "studien."), [("Promenader efter", None)]),
    ("r36-possessive", "sv", P("Med Anders Smeds ord är planen ”skriven av folk som aldrig har åkt färja”."),
     [("aldrig har åkt färja", "Anders Smed")]),
    ("r36-two", "sv", P("”Vi är redo”, säger Erik Prytz, medan Dana Vik menar att ”ingen frågade handlarna”."),
     [("Vi är redo", "Erik Prytz"), ("ingen frågade", "Dana Vik")]),
    # Russian
    ("r36-appositive", "ru", P("«Люди думают, что пекарня — это хлеб, а на самом деле это ранний подъём», — говорит "
                               "Мария Лопатина, которая 20 лет держит пекарню на Вязовой улице и даёт работу шести "
                               "людям."), [("ранний подъём", "Мария Лопатина")]),
    ("r36-names", "ru", P("«Сначала мы восстановим школу», — сказал Ахмед бин Салман, глава администрации."),
     [("Сначала мы восстановим", "Ахмед бин Салман")]),
    ("r36-sports", "ru", P("«Мы сыграли плохо», — признал тренер Даниил Русаков после поражения. «Другого слова нет»."),
     [("Мы сыграли плохо", "Даниил Русаков")]),
    ("r36-court", "ru", P("Судья Амалия Хартова в пятницу отклонила иск.")
     + P("«Администрация действовала в пределах своих полномочий», — написала судья в решении."),
     [("в пределах своих", "Амалия Хартова")]),
    ("r36-release", "ru", P("«Это партнёрство приносит быструю зарядку в каждый город на побережье», — заявила Жанна "
                            "Доронина, генеральный директор компании «Акмелайн Энерджи»."),
     [("быструю зарядку", "Жанна Доронина")]),
    ("r36-science", "ru", P("«Прогулки после еды снижали сахар в крови во всех группах», — пишут авторы "
                            "исследования."), [("Прогулки после еды", None)]),
    ("r36-possessive", "ru", P("По словам Алексея Кузнецова, план «писали люди, которые ни разу не плавали на "
                               "пароме»."), [("ни разу не плавали", "Алексей Кузнецов")]),
    ("r36-paren", "ru", P("Пароходство защищало решение («цифры просто не сходились», — сказал директор Иван Прохоров) "
                          "и обещало пересмотреть его весной."), [("цифры просто не", "Иван Прохоров")]),
    # Japanese
    ("r36-appositive", "ja", P("20年間ニレ通りでパン屋を営み、6人を雇う佐伯美和さんは「パン屋はパンではなく早起きの仕事だ」と話した。"),
     [("パン屋はパンではなく", "佐伯美和")]),
    ("r36-sports", "ja", P("ルイス監督は敗戦後、「我々は悪かった。ほかに言葉はない」と認めた。"),
     [("我々は悪かった", "ルイス")]),
    ("r36-court", "ja", P("東京地裁の原田明美裁判長は金曜日、訴えを退けた。")
     + P("原田裁判長は判決で「市は権限の範囲内で行動した」と述べた。"),
     [("市は権限の範囲内", "原田明美")]),
    ("r36-release", "ja", P("アクメライン電力の土井純子社長は「この提携で沿岸のすべての町に急速充電を届ける」とコメントした。"),
     [("沿岸のすべての町", "土井純子")]),
    ("r36-science", "ja", P("研究チームは論文で「食後の散歩はすべてのグループで血糖値を下げた」と述べている。"),
     [("食後の散歩は", None)]),
    ("r36-two", "ja", P("森田健一さんは「準備はできている」と語ったが、佐伯美和さんは「商店主には誰も相談しなかった」と反論した。"),
     [("準備はできている", "森田健一"), ("商店主には誰も", "佐伯美和")]),
    ("r36-group", "ja", P("北浜フェリーと南港運輸は共同声明で「両社の航路を1月から統合する」と発表した。"),
     [("両社の航路を", "北浜フェリーと南港運輸")]),
    ("r36-names", "ja", P("オランダの水利技師ピーター・ファン・デル・ベルフさんは「堤防は別の世紀のために造られた」と話した。"),
     [("堤防は別の世紀", "ピーター・ファン・デル・ベルフ")]),
    # Chinese
    ("r36-appositive", "zh", P("在榆树街经营面包店二十年、雇有六名员工的李玛丽说：“大家以为面包店就是面包，其实是早起。”"),
     [("大家以为面包店", "李玛丽")]),
    ("r36-sports", "zh", P("主教练鲁伊斯赛后承认：“我们踢得很差，没有别的词可以形容。”"),
     [("我们踢得很差", "鲁伊斯")]),
    ("r36-court", "zh", P("法官王雅琴周五驳回了起诉。她在判决书中写道：“市政府是在其职权范围内行事。”"),
     [("市政府是在其职权", "王雅琴")]),
    ("r36-release", "zh", P("“此次合作将把快速充电带到沿海每一座城镇，”艾美能源首席执行官杜佳宁表示。"),
     [("此次合作将", "杜佳宁")]),
    ("r36-science", "zh", P("研究人员在论文中写道：“饭后散步在所有组别中都降低了血糖。”"),
     [("饭后散步", None)]),
    ("r36-two", "zh", P("港务局局长张建国说“我们已经准备好了”，但面包店老板李玛丽反驳说“没有人征求过商户的意见”。"),
     [("我们已经准备好了", "张建国"), ("没有人征求过", "李玛丽")]),
    ("r36-names", "zh", P("“堤坝是为另一个世纪建造的，”水利工程师欧阳志远说。"),
     [("堤坝是为另一个", "欧阳志远")]),
    ("r36-possessive", "zh", P("用张建国的话说，这项计划是“由从未坐过渡轮的人写的”。"),
     [("从未坐过渡轮", "张建国")]),
    # Turkish
    ("r36-appositive", "tr", P("Karaağaç Sokağı’ndaki fırını 20 yıldır işleten ve altı kişi çalıştıran Ayşe Yılmaz, "
                               "“İnsanlar fırının ekmek olduğunu sanıyor, aslında erken kalkmak” dedi."),
     [("İnsanlar fırının", "Ayşe Yılmaz")]),
    ("r36-sports", "tr", P("Teknik direktör Daniel Ruiz maçın ardından “Kötüydük, başka bir kelime yok” diye "
                           "konuştu."), [("Kötüydük", "Daniel Ruiz")]),
    ("r36-court", "tr", P("Hâkim Ayla Kaya cuma günü davayı reddetti.")
     + P("Kaya gerekçeli kararında “Belediye yetkileri dahilinde hareket etti” ifadesini kullandı."),
     [("Belediye yetkileri", "Ayla Kaya")]),
    ("r36-release", "tr", P("Acmeline Enerji CEO’su Canan Dursun, “Bu ortaklık hızlı şarjı kıyıdaki her kasabaya "
                            "götürüyor” dedi."), [("hızlı şarjı", "Canan Dursun")]),
    ("r36-science", "tr", P("Araştırmacılar makalede “Yemek sonrası yürüyüş tüm gruplarda kan şekerini düşürdü” "
                            "diye yazdı."), [("Yemek sonrası", None)]),
    ("r36-names", "tr", P("Belediye Başkanı Mehmet Ali Öztürk-Demir, “Önce okulu yeniden inşa edeceğiz” dedi."),
     [("Önce okulu", "Mehmet Ali Öztürk-Demir")]),
    ("r36-possessive", "tr", P("Ali Demir’in sözleriyle plan “hiç feribota binmemiş insanlar tarafından yazıldı”."),
     [("hiç feribota", "Ali Demir")]),
    ("r36-two", "tr", P("Liman Başkanı Emre Polat “Hazırız” derken, fırıncı Ayşe Yılmaz “Esnafa kimse sormadı” "
                        "diye itiraz etti."), [("Esnafa kimse", "Ayşe Yılmaz")]),
    *R37_CASES,  # round 37, held out in its round, tuned on from round 38: benchmarks/speaker_forms_r37.py
    *R38_CASES,  # round 38, held out in its round, tuned on from round 39: benchmarks/speaker_forms_r38.py
    *R39_CASES,  # round 39, held out in its round until its last merge, tuned on from then: benchmarks/speaker_forms_r39.py
    *R40_CASES,  # round 40, held out in round 39 (92 of 180 wrong), tuned on from round 40: benchmarks/speaker_forms_r40.py
    *R41_CASES,  # round 41, held out in round 40 (81 of 260 wrong at its start, 73 at its end), tuned on from round 41: benchmarks/speaker_forms_r41.py
    *R42_CASES,  # round 42, written blind at round 41's start, held out through it (101 -> 97 wrong), tuned on from its end: benchmarks/speaker_forms_r42.py
    *R43_CASES,  # round 43, written blind at round 41's end, held out until round 42's start (110 of 276 wrong), tuned on from then: benchmarks/speaker_forms_r43.py
    *R44_CASES,  # round 44, written blind at round 42's start, held out through it (124 -> 109 wrong), tuned on from round 43's middle: benchmarks/speaker_forms_r44.py
    *R45_CASES,  # round 45, written blind at round 43's start, held out until its middle (126 -> 125 wrong), tuned on from then: benchmarks/speaker_forms_r45.py
    *R46_CASES,  # round 46, written blind in round 43's middle, held out until round 44's start (136 of 311 wrong), tuned on from then: benchmarks/speaker_forms_r46.py
    *R47_CASES,  # round 47, written blind at round 44's start, held out until its end (128 -> 126 of 329 wrong), tuned on from then: benchmarks/speaker_forms_r47.py
    *R48_CASES,  # round 48, written blind at round 44's start, held out through it (161 -> 156 wrong), tuned on from round 45: benchmarks/speaker_forms_r48.py
    *R49_CASES,  # round 49, written blind at round 44's end, held out until round 45's middle (163 wrong), tuned on from then: benchmarks/speaker_forms_r49.py
    *R50_CASES,  # round 50, written blind at round 45's start, held out through it (147 of 324 wrong), tuned on from round 46: benchmarks/speaker_forms_r50.py
    *R51_CASES,  # round 51, written blind in round 45's middle, held out until round 46's middle (164 -> 163 wrong), tuned on from then: benchmarks/speaker_forms_r51.py
    *R52_CASES,  # round 52, written blind at round 46's start, held out until its end (146 -> 145 wrong), tuned on from then: benchmarks/speaker_forms_r52.py
    *R53_CASES,  # round 53, written blind in round 46's middle (mostly English), held out until round 47's start (111 -> 110 wrong), tuned on from then: benchmarks/speaker_forms_r53.py
    *R54_CASES,  # round 54, written blind at round 47's start (inline quotations in long paragraphs, half English), held out until its middle (147 -> 147 wrong), tuned on from then: benchmarks/speaker_forms_r54.py
    *R55_CASES,  # round 55, written blind in round 47's middle (half outside news, 29 languages), held out until round 48's start (93 -> 89 wrong), tuned on from then: benchmarks/speaker_forms_r55.py
    *R56_CASES,  # round 56, written blind at round 48's start (English pages of the 2026 web, 27 languages), held out until its middle (100 -> 100 wrong), tuned on from then: benchmarks/speaker_forms_r56.py
    *R57_CASES,  # round 57, tuned on in round 49, written blind in round 48's middle (short fragments, inflected names, 27 languages): benchmarks/speaker_forms_r57.py
    *R58_CASES,  # round 58, tuned on in round 49, written blind at round 49's start (speakers followed across background paragraphs naming others, titles and ranks, 27 languages): benchmarks/speaker_forms_r58.py
    *R59_CASES,  # round 59, tuned on in round 50, written blind in round 49's middle (speakers taken from the paragraph before, runs of quote-only paragraphs, 27 languages): benchmarks/speaker_forms_r59.py
    *R60_CASES,  # round 60, held out, written blind at round 50's start (where the speaker sits in the markup: blockquote cite/footer, figcaptions, Q&A turns, live-blog entries, headlines, captions, reaction lists, tables; 29 languages): benchmarks/speaker_forms_r60.py
]


def run(verbose: bool = False) -> int:
    wrong: Counter[str] = Counter()
    total: Counter[str] = Counter()
    unlisted = 0  # cases that expect no speaker and find no quotation (a title, a slogan): right
    for form, lang, paragraphs, expected in CASES:
        found = quotes(paragraphs, lang)
        for piece, speaker in expected:
            quote = next((q for q in found if piece in q.text), None)
            got = quote.speaker if quote is not None else "<not listed>"
            total[form] += 1
            if quote is None and speaker is None:
                unlisted += 1  # nobody is named, and nothing is listed to name: no wrong speaker
            elif got != speaker:
                wrong[form] += 1
                print(f"WRONG {form}/{lang}: {got!r} for {speaker!r} ({piece})"
                      + (f" listed={[(q.text[:30], q.speaker) for q in found]}" if verbose else ""))
    groups = [(group, [form for form in total if form.startswith(prefix)])
              for group, prefix in (("round 34 (held out)", "r34-"), ("round 36 (held out)", "r36-"),
                                        ("round 37 (tuned on)", "r37-"), ("round 38 (tuned on)", "r38-"),
                                        ("round 39 (tuned on)", "r39-"), ("round 40 (tuned on)", "r40-"),
                                        ("round 41 (tuned on)", "r41-"), ("round 42 (tuned on)", "r42-"), ("round 43 (tuned on)", "r43-"),
                                        ("round 44 (tuned on)", "r44-"), ("round 45 (tuned on)", "r45-"), ("round 46 (tuned on)", "r46-"),
                                        ("round 47 (tuned on)", "r47-"), ("round 48 (tuned on)", "r48-"), ("round 49 (tuned on)", "r49-"), ("round 50 (tuned on)", "r50-"), ("round 51 (tuned on)", "r51-"),
                                        ("round 52 (tuned on)", "r52-"),
                                        ("round 53 (tuned on)", "r53-"),
                                        ("round 54 (tuned on)", "r54-"),
                                        ("round 55 (tuned on)", "r55-"),
                                        ("round 56 (tuned on)", "r56-"),
                                        ("round 57 (tuned on)", "r57-"),
                                        ("round 58 (tuned on)", "r58-"),
                                        ("round 59 (tuned on)", "r59-"),
                                        ("round 60 (held out)", "r60-"))]
    groups.insert(0, ("earlier rounds", [form for form in total if not form.startswith((*HELD_OUT, "r37-", "r38-", "r39-", "r40-", "r41-", "r42-", "r43-", "r44-", "r45-", "r46-", "r47-", "r48-", "r49-", "r50-", "r51-", "r52-", "r53-", "r54-", "r55-", "r56-", "r57-", "r58-", "r59-"))]))
    return print_tally(wrong, total, width=22, notes=tuple(
        f"{group:22} {sum(wrong[f] for f in forms):3}/{sum(total[f] for f in forms)}" for group, forms in groups)
        + (f"{'counted right: no speaker expected and no quotation listed (a title, a sign)':22} {unlisted}",))


if __name__ == "__main__":
    run("-v" in sys.argv)

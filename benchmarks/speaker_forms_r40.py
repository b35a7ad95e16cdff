"""Held-out round 40 of benchmarks/speaker_forms.py: who speaks a quotation, in 18 languages.

Written blind (by a reader who had not seen the speaker code nor the earlier rounds' cases) at the end
of round 39, for the round after it: fiction and feature dialogue, interviews and transcripts, quote
collections, testimonials and reviews in cards, block and pull quotes credited in captions, embedded
posts and messages, news paragraphs where several people speak, and quotes nobody is named for. Cases
may be small fragments of markup as sites set them. Every name, place and body is invented. A person
is expected in the base form of the full name the page gives; an organisation as the page writes it.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R40_CASES = [
    # ------------------------------------------------------------------ dialogue
    ("r40-dialogue", "en", P("Tobias Crane hung his wet coat by the stove and sat down.")
     + P("“You’re late again,” said Marguerite Vell, not looking up from the ledger.")
     + P("“The ferry was late, not me.”")
     + P("“The ferry is always late, Tobias.”"),
     [("You’re late again", "Marguerite Vell"), ("The ferry was late", "Tobias Crane"),
      ("The ferry is always", "Marguerite Vell")]),
    ("r40-dialogue", "de", P("Konstanze Ribbeck und Anselm Druckhagen standen allein am Bahnsteig.")
     + P("„Der Zug kommt heute nicht mehr“, sagte er.")
     + P("„Dann gehen wir eben zu Fuß“, antwortete sie."),
     [("Der Zug kommt heute", "Anselm Druckhagen"), ("Dann gehen wir eben", "Konstanze Ribbeck")]),
    ("r40-dialogue", "fr", P("Je suis entré dans la boutique vers midi. « Vous avez encore des cerises ? » ai-je demandé.")
     + P("« Plus une seule », a répondu Firmin Laberouge en haussant les épaules."),
     [("Vous avez encore", None), ("Plus une seule", "Firmin Laberouge")]),
    ("r40-dialogue", "es", P("«¿Has visto el mapa?», preguntó Casilda Urrutegui a su hermano, Lope Urrutegui.")
     + P("«Lo dejé en la barca».")
     + P("«Pues vuelve a buscarlo antes de que anochezca»."),
     [("Has visto el mapa", "Casilda Urrutegui"), ("Lo dejé en la barca", "Lope Urrutegui"),
      ("Pues vuelve a buscarlo", "Casilda Urrutegui")]),
    ("r40-dialogue", "it", P("Nel laboratorio, Ernesta Calvisano controlla i campioni insieme al suo assistente, "
                             "Bruno Pettenò.")
     + P("«Questo è contaminato», dice lei.")
     + P("«Lo rifaccio stasera», risponde lui senza alzare gli occhi."),
     [("Questo è contaminato", "Ernesta Calvisano"), ("Lo rifaccio stasera", "Bruno Pettenò")]),
    ("r40-dialogue", "pt", P("“Vamos perder a maré”, disse Leonor Brazão ao pescador Rui Cabaceira.")
     + P("“A maré espera por nós”, respondeu ele, a rir.")
     + P("“Nunca esperou por ninguém.”"),
     [("Vamos perder a maré", "Leonor Brazão"), ("A maré espera", "Rui Cabaceira"),
      ("Nunca esperou por", "Leonor Brazão")]),
    ("r40-dialogue", "nl", P("„Waar is de sleutel?” vroeg ik aan mijn buurvrouw, Aaltje Wieringa.")
     + P("„Onder de bloempot, zoals altijd”, zei ze."),
     [("Waar is de sleutel", None), ("Onder de bloempot", "Aaltje Wieringa")]),
    ("r40-dialogue", "pl", P("„Nie zdążymy przed burzą” – powiedział Tadeusz Wronecki, patrząc na niebo.")
     + P("Jego córka, Halina Wronecka, tylko wzruszyła ramionami.")
     + P("„Zawsze tak mówisz, a potem świeci słońce.”"),
     [("Nie zdążymy przed", "Tadeusz Wronecki"), ("Zawsze tak mówisz", "Halina Wronecka")]),
    ("r40-dialogue", "ru", P("«Ты опять забыл ключи», — сказала Варвара Степнова.")
     + P("Глеб Корзунов виновато улыбнулся и развёл руками.")
     + P("«Они в машине, честное слово»."),
     [("Ты опять забыл", "Варвара Степнова"), ("Они в машине", "Глеб Корзунов")]),
    ("r40-dialogue", "sv", P("”Har du sett katten?” frågade Ingegerd Falkvik.")
     + P("”Den sitter på taket igen”, svarade hennes granne Torbjörn Ålstedt.")
     + P("”Då får den sitta där till i morgon.”"),
     [("Har du sett katten", "Ingegerd Falkvik"), ("Den sitter på taket", "Torbjörn Ålstedt"),
      ("Då får den sitta", "Ingegerd Falkvik")]),
    ("r40-dialogue", "cs", P("„Kde jsi byl celou noc?“ zeptala se Libuše Hrachovcová.")
     + P("„Na nádraží,“ odpověděl Radim Kudrnáč. „Vlak vůbec nepřijel.“"),
     [("Kde jsi byl", "Libuše Hrachovcová"), ("Na nádraží", "Radim Kudrnáč"), ("Vlak vůbec", "Radim Kudrnáč")]),
    ("r40-dialogue", "fi", P("”Onko kahvia vielä?” Eeva Kortemaa kysyi.")
     + P("”Pannu on tyhjä”, Aleksi Honkavuori vastasi.")
     + P("”Keitä sitten uutta.”"),
     [("Onko kahvia", "Eeva Kortemaa"), ("Pannu on tyhjä", "Aleksi Honkavuori"), ("Keitä sitten", "Eeva Kortemaa")]),
    ("r40-dialogue", "hu", P("A kapuban Szalontai Gréta várt rám, összefont karral.")
     + P("„Már egy órája itt állok” – mondta.")
     + P("„Bocsánat, elaludtam” – feleltem."),
     [("Már egy órája", "Szalontai Gréta"), ("Bocsánat, elaludtam", None)]),
    ("r40-dialogue", "tr", P("“Bu yol nereye gidiyor?” diye sordu Melike Karabulut.")
     + P("Yaşlı çoban Hüsnü Tavaslı gülümsedi: “Hiçbir yere, kızım.”"),
     [("Bu yol nereye", "Melike Karabulut"), ("Hiçbir yere", "Hüsnü Tavaslı")]),
    ("r40-dialogue", "el", P("«Θα βρέξει απόψε», είπε η Δέσποινα Μαυρογένη κοιτάζοντας τον ουρανό.")
     + P("Ο Άρης Κοντογιάννης δεν απάντησε αμέσως.")
     + P("«Έτσι έλεγες και χθες.»"),
     [("Θα βρέξει απόψε", "Δέσποινα Μαυρογένη"), ("Έτσι έλεγες", "Άρης Κοντογιάννης")]),

    # ------------------------------------------------------------------ interview
    ("r40-interview", "en", P("We spoke to the cellist Imogen Thwaite about her new recording.")
     + P("<strong>Why did you leave the orchestra?</strong>")
     + P("<strong>Imogen Thwaite:</strong> “I wanted to choose my own music for once.”"),
     [("I wanted to choose", "Imogen Thwaite")]),
    ("r40-interview", "de", P("Mit der Landwirtin Gesine Oberthür sprach Wendelin Haarmann.")
     + P("<strong>WH:</strong> Frau Oberthür, wie geht es dem Hof?")
     + P("<strong>GO:</strong> „Besser als im letzten Jahr, aber die Dürre bleibt.“"),
     [("Besser als im letzten", "Gesine Oberthür")]),
    ("r40-interview", "fr", P("Le modérateur, Baptiste Garrivaud, a lancé : « Qui paiera la nouvelle digue ? »")
     + P("La maire, Héloïse Tramontin, a répondu sans attendre : « L’État, et personne d’autre. »"),
     [("Qui paiera la nouvelle", "Baptiste Garrivaud"), ("L’État, et personne", "Héloïse Tramontin")]),
    ("r40-interview", "es", P("Transcripción de la entrevista con la directora del colegio, Pilar Escribano.")
     + P("<strong>ENTREVISTADOR:</strong> ¿Qué le contestó el alcalde?")
     + P("<strong>ESCRIBANO:</strong> Me miró y dijo: «No hay dinero para la escuela». Y se marchó."),
     [("No hay dinero para", None)]),
    ("r40-interview", "it", P("Intervista a Gianmaria Scoponi, sindaco di Valderba.")
     + P("<strong>D.</strong> Che cosa farà con i fondi regionali?")
     + P("<strong>R.</strong> «Li useremo per la scuola, non per le strade.»"),
     [("Li useremo per la scuola", "Gianmaria Scoponi")]),
    ("r40-interview", "pt", "<div class='qa'>" + P("<strong>Marta Vilarinho</strong>")
     + P("“Comecei a escrever aos sessenta anos, por teimosia.”")
     + P("<strong>Joaquim Resende</strong>")
     + P("“Eu só escrevo quando chove.”") + "</div>",
     [("Comecei a escrever", "Marta Vilarinho"), ("Eu só escrevo", "Joaquim Resende")]),
    ("r40-interview", "nl", P("<strong>Wat zei de minister tegen u?</strong>")
     + P("<strong>Femke Oosterbaan:</strong> „Hij keek me aan en zei: ‘Daar is geen geld voor.’ Dat was alles.”"),
     [("Hij keek me aan", "Femke Oosterbaan")]),
    ("r40-interview", "pl", P("Rozmowa z Bogumiłą Żurawską, dyrektorką muzeum w Zalesiu.")
     + P("<strong>Kacper Lisiewicz:</strong> Po co komu dziś muzeum?")
     + P("<strong>B.Ż.:</strong> „Muzeum nie jest magazynem starych rzeczy.”"),
     [("Muzeum nie jest", "Bogumiła Żurawska")]),
    ("r40-interview", "ru", P("Беседовал Аркадий Тюленев.")
     + P("<b>— Почему вы вернулись в деревню?</b>")
     + P("<b>Злата Мирошина:</b> «Потому что в городе я никому не была нужна»."),
     [("Потому что в городе", "Злата Мирошина")]),
    ("r40-interview", "sv", P("Moderatorn Linnea Bergsjö frågade: ”Vem bär ansvaret för förseningen?”")
     + P("Projektchefen Håkan Lindfors svarade: ”Det gör jag, och ingen annan.”"),
     [("Vem bär ansvaret", "Linnea Bergsjö"), ("Det gör jag", "Håkan Lindfors")]),
    ("r40-interview", "da", P("<strong>Hvorfor flyttede du til øen?</strong>")
     + P("<strong>Signe Mørkeberg:</strong> »Fordi jeg ville høre havet hver morgen.«"),
     [("Fordi jeg ville", "Signe Mørkeberg")]),
    ("r40-interview", "nb", P("<strong>PROGRAMLEDER:</strong> Hva sa sjefen din, Eivind Rødsand, da du ringte?")
     + P("<strong>ASLAUG TVEITEN:</strong> Han sa bare «kom tilbake i morgen», og så la han på."),
     [("kom tilbake i morgen", "Eivind Rødsand")]),
    ("r40-interview", "fi", P("Haastattelussa puhuu tutkija Sanni Heinämaa.")
     + P("<strong>Miksi muuttolinnut myöhästyvät?</strong>")
     + P("”Syksyt ovat lämpimämpiä kuin ennen, ja linnut jäävät pidempään.”"),
     [("Syksyt ovat lämpimämpiä", "Sanni Heinämaa")]),
    ("r40-interview", "el", P("<strong>Ερ.:</strong> Τι σας έκανε να γυρίσετε στο νησί;")
     + P("<strong>Στέλλα Καραμπάτσου:</strong> «Η θάλασσα, και η μητέρα μου.»"),
     [("Η θάλασσα, και", "Στέλλα Καραμπάτσου")]),
    ("r40-interview", "ro", P("<strong>Reporter:</strong> „Ce veți face cu vechea fabrică?”")
     + P("<strong>Primarul Sorin Măgureanu:</strong> „O transformăm în bibliotecă.”"),
     [("Ce veți face", None), ("O transformăm în", "Sorin Măgureanu")]),

    # ------------------------------------------------------------------ collection
    ("r40-collection", "en", ("<ul><li>“A harbour is only as good as its worst storm.” — Cornelius Ashdown</li>"
     "<li>“Never trust a calm sea in March.” — Winifred Larkspur</li></ul>"),
     [("A harbour is only", "Cornelius Ashdown"), ("Never trust a calm", "Winifred Larkspur")]),
    ("r40-collection", "de", P("Was die Gäste über den Abend sagten:")
     + P("Ludmilla Sternhagen: „So viel gelacht habe ich seit Jahren nicht.“")
     + P("Ottokar Wiesenthaler: „Die Suppe war kalt, die Musik war heiß.“"),
     [("So viel gelacht", "Ludmilla Sternhagen"), ("Die Suppe war kalt", "Ottokar Wiesenthaler")]),
    ("r40-collection", "fr", ("<ol><li>« La patience est une forme de courage. » <cite>Armance Delvigne</cite></li>"
     "<li>« Rien ne presse, sauf le pain. » <cite>Théodule Bracquemont</cite></li></ol>"),
     [("La patience est", "Armance Delvigne"), ("Rien ne presse", "Théodule Bracquemont")]),
    ("r40-collection", "es", P("«El río no vuelve, pero siempre llega». <strong>Aurelio Montenegro</strong>, "
                               "<em>El río dormido</em>")
     + P("«Quien siembra niebla cosecha dudas». <strong>Dolores Zaballa</strong>, <em>Cartas desde Ortigal</em>"),
     [("El río no vuelve", "Aurelio Montenegro"), ("Quien siembra niebla", "Dolores Zaballa")]),
    ("r40-collection", "it", ("<blockquote><p>«Ogni città ha un fiume che nessuno guarda.»</p>"
     "<cite>— Eleonora Vinciguerra, <em>Le sponde</em></cite></blockquote>"
     "<blockquote><p>«Il silenzio dei paesi è pieno di voci.»</p><cite>— Proverbio lucano</cite></blockquote>"),
     [("Ogni città ha un fiume", "Eleonora Vinciguerra"), ("Il silenzio dei paesi", None)]),
    ("r40-collection", "pt", ("<h3>Frases da semana</h3><ul>"
     "<li><strong>Raimundo Fontoura:</strong> “Ninguém me avisou que a ponte fechava.”</li>"
     "<li><strong>Cooperativa Agrícola de Vale Fundo:</strong> “A colheita está perdida.”</li></ul>"),
     [("Ninguém me avisou", "Raimundo Fontoura"), ("A colheita está", "Cooperativa Agrícola de Vale Fundo")]),
    ("r40-collection", "nl", ("<ol><li>„Wie niet durft te verdwalen, vindt nooit iets nieuws.”<br>– Griet Vermeulenbos</li>"
     "<li>„Een dijk is een belofte aan je kleinkinderen.”<br>– Onbekend</li></ol>"),
     [("Wie niet durft", "Griet Vermeulenbos"), ("Een dijk is een belofte", None)]),
    ("r40-collection", "pl", P("Cytaty tygodnia:")
     + "<ol><li>„Nie budujemy mostów, budujemy zaufanie.” – Wiesław Skarbek, wójt gminy Olszyny</li>"
     "<li>„Deszcz nie pyta o pozwolenie.” – Marianna Kołodziejczak</li></ol>",
     [("Nie budujemy mostów", "Wiesław Skarbek"), ("Deszcz nie pyta", "Marianna Kołodziejczak")]),
    ("r40-collection", "ru", ("<ul><li>«Лес помнит всё, что мы забыли». <em>Святослав Орешкин, «Тёмная роща»</em></li>"
     "<li>«Дорога длиннее, когда идёшь один». <em>Ефросинья Лапина</em></li></ul>"),
     [("Лес помнит всё", "Святослав Орешкин"), ("Дорога длиннее", "Ефросинья Лапина")]),
    ("r40-collection", "sv", P("”Den som väntar på vinden får aldrig segla.”<br><cite>Margit Hällsten</cite>")
     + P("”Havet ger, havet tar.”<br><cite>Gammalt talesätt från Skärvik</cite>"),
     [("Den som väntar", "Margit Hällsten"), ("Havet ger, havet tar", None)]),
    ("r40-collection", "cs", ("<ul><li>„Les se nepočítá na stromy, ale na roky.“ <strong>— Vojtěch Brabenec</strong></li>"
     "<li>„Kdo nezpívá, ten nespí.“ <strong>— Bohumila Řezníčková</strong></li></ul>"),
     [("Les se nepočítá", "Vojtěch Brabenec"), ("Kdo nezpívá", "Bohumila Řezníčková")]),
    ("r40-collection", "ro", P("1. „Satul nu moare cât timp are o școală.” — Valentin Cârstoiu")
     + P("2. „Apa trece, pietrele rămân.” — proverb")
     + P("3. „Am plecat ca să pot să mă întorc.” — Ileana Bogdăneasa"),
     [("Satul nu moare", "Valentin Cârstoiu"), ("Apa trece", None), ("Am plecat ca să", "Ileana Bogdăneasa")]),
    ("r40-collection", "hu", ("<ul><li>„A folyó mindig hazatalál.” – Kerekes Margit, <em>Vízjel</em></li>"
     "<li>„Aki korán kel, az korán fárad.” – Tóthfalusi Benedek</li></ul>"),
     [("A folyó mindig", "Kerekes Margit"), ("Aki korán kel", "Tóthfalusi Benedek")]),
    ("r40-collection", "tr", ("<blockquote><p>“Deniz kimseye borçlu değildir.”</p>"
     "<footer>— Nevzat Çağlayangil, <cite>Kıyı Defteri</cite></footer></blockquote>"),
     [("Deniz kimseye", "Nevzat Çağlayangil")]),

    # ------------------------------------------------------------------ testimonial
    ("r40-testimonial", "en", ("<div class='card'><div class='stars'>★★★★★</div>"
     "<p>“The roofers turned up on time and left the garden cleaner than they found it.”</p>"
     "<p class='who'><strong>Beatrix Holloway</strong><br>Little Fenwick</p></div>"),
     [("The roofers turned up", "Beatrix Holloway")]),
    ("r40-testimonial", "de", ("<div class='review'><p class='author'>Reinhold Paschke, Ottersbach</p>"
     "<p class='date'>12. März 2024</p>"
     "<p>„Schnelle Lieferung, aber die Anleitung ist ein Rätsel.“</p></div>"),
     [("Schnelle Lieferung", "Reinhold Paschke")]),
    ("r40-testimonial", "fr", ("<figure class='temoignage'><blockquote>« Une équipe à l’écoute, du début à la fin "
     "du chantier. »</blockquote><figcaption>Clémence Aubertin, directrice des achats, Menuiseries "
     "Valcourt</figcaption></figure>"),
     [("Une équipe à l’écoute", "Clémence Aubertin")]),
    ("r40-testimonial", "es", ("<div class='opinion'><p>«Nos ahorraron tres semanas de trabajo administrativo».</p>"
     "<p><strong>Conservas Albarizo S.L.</strong></p></div>"),
     [("Nos ahorraron tres", "Conservas Albarizo S.L.")]),
    ("r40-testimonial", "it", ("<div class='recensione'><span class='voto'>4/5</span>"
     "<p><strong>Loredana Fumagalli</strong> – Cremosano</p>"
     "<p>«Camere pulite e colazione abbondante. Il parcheggio però è lontano.»</p></div>"
     "<div class='recensione'><span class='voto'>2/5</span>"
     "<p><strong>Ugo Baldissera</strong> – Trento</p>"
     "<p>«Rumore fino alle due di notte.»</p></div>"),
     [("Camere pulite e", "Loredana Fumagalli"), ("Rumore fino alle", "Ugo Baldissera")]),
    ("r40-testimonial", "pt", ("<div class='depoimento'><p>“Finalmente um banco que atende o telefone.”</p>"
     "<p>— Gervásio Pimentel, reformado, Vila Seca</p></div>"),
     [("Finalmente um banco", "Gervásio Pimentel")]),
    ("r40-testimonial", "nl", ("<div class='klant'><p>„Binnen een week stond de keuken erin. Aanrader!”</p>"
     "<p><em>Jolanda Brouwershaven uit Zwaagdijk</em></p><p>★★★★☆</p></div>"),
     [("Binnen een week", "Jolanda Brouwershaven")]),
    ("r40-testimonial", "pl", ("<div class='opinia'><p><strong>Zdzisława Pietrucha</strong>, księgowa, Lublinek</p>"
     "<p>„Program sam liczy podatki, a ja mam wreszcie wolne weekendy.”</p></div>"),
     [("Program sam liczy", "Zdzisława Pietrucha")]),
    ("r40-testimonial", "ru", ("<div class='otzyv'><p>«Доставили в срок, упаковка целая, спасибо!»</p>"
     "<p>Евдокия Сабурова, г. Верхнеозёрск, 5 мая 2024</p></div>"),
     [("Доставили в срок", "Евдокия Сабурова")]),
    ("r40-testimonial", "sv", ("<div class='omdome'><p>”Bästa kanotturen vi gjort, guiden kunde varenda fågel.”</p>"
     "<p>– Gunborg Lövgren, Härnöby</p></div>"),
     [("Bästa kanotturen", "Gunborg Lövgren")]),
    ("r40-testimonial", "da", ("<div class='anmeldelse'><p>★★★☆☆</p><p>»Fin mad, men vi ventede en time på "
     "desserten.«</p><p><strong>Karen Bøgelund</strong>, Sønderhede</p></div>"),
     [("Fin mad, men vi", "Karen Bøgelund")]),
    ("r40-testimonial", "fi", ("<div class='suositus'><p>”Remontti valmistui aikataulussa ja budjetissa.”</p>"
     "<p><strong>Kiinteistö Oy Tammirinne</strong><br>isännöitsijä Pentti Vuorela</p></div>"),
     [("Remontti valmistui", "Pentti Vuorela")]),
    ("r40-testimonial", "tr", ("<div class='yorum'><p><strong>Sevgül Ayvazoğlu</strong> · Kuşadası · 3 Nisan 2024</p>"
     "<p>“Otelin personeli çok ilgiliydi, tekrar geleceğiz.”</p></div>"),
     [("Otelin personeli", "Sevgül Ayvazoğlu")]),
    ("r40-testimonial", "cs", ("<div class='reference'><p>„S dodávkou oken jsme byli maximálně spokojeni.“</p>"
     "<p>Stavební družstvo Lipová Stráň</p></div>"),
     [("S dodávkou oken", "Stavební družstvo Lipová Stráň")]),

    # ------------------------------------------------------------------ caption
    ("r40-caption", "en", ("<figure><img src='harbour.jpg' alt=''><figcaption>“We rebuilt the pier with our own "
     "hands,” says fisherman Desmond Arkwright, 71. Photo: Lila Fenn</figcaption></figure>"),
     [("We rebuilt the pier", "Desmond Arkwright")]),
    ("r40-caption", "de", P("Die Bürgermeisterin Roswitha Kallenbach sagte am Montag, die Schule werde nicht "
                            "geschlossen. „Kein Kind muss den Bus nach Talheim nehmen“, versprach sie.")
     + "<aside class='pullquote'><p>„Kein Kind muss den Bus nach Talheim nehmen“</p></aside>",
     [("Kein Kind muss den Bus", "Roswitha Kallenbach")]),
    ("r40-caption", "fr", ("<figure><blockquote><p>« Le vignoble a survécu à deux guerres, il survivra à la grêle. »"
     "</p></blockquote><figcaption>— Gaspard Montferrier, vigneron à Saint-Aulbin</figcaption></figure>"),
     [("Le vignoble a survécu", "Gaspard Montferrier")]),
    ("r40-caption", "es", ("<figure><img src='mercado.jpg' alt=''><figcaption>Eusebia Carrascal, en su puesto del "
     "mercado: «Vendo lo mismo que vendía mi abuela». (Foto: Nicanor Ruipérez)</figcaption></figure>"),
     [("Vendo lo mismo", "Eusebia Carrascal")]),
    ("r40-caption", "it", ("<blockquote class='pull'><p>«Questa valle non è un museo, ci vive gente.»</p></blockquote>"
     "<p class='credit'>Marcantonio Zeni, presidente della comunità montana</p>"),
     [("Questa valle non è", "Marcantonio Zeni")]),
    ("r40-caption", "pt", P("O engenheiro Anselmo Barreiros explicou aos jornalistas que “a barragem aguenta "
                            "mais dez invernos, não mais”.")
     + "<blockquote class='destaque'>“A barragem aguenta mais dez invernos, não mais”</blockquote>",
     [("A barragem aguenta", "Anselmo Barreiros")]),
    ("r40-caption", "nl", ("<figure><img src='molen.jpg' alt=''><figcaption>Molenaar Harmen Dijkstrasma: „Zonder "
     "wind doen we niks.” Foto Anouk Tielemans</figcaption></figure>"),
     [("Zonder wind doen", "Harmen Dijkstrasma")]),
    ("r40-caption", "pl", ("<figure><blockquote>„Ta szkoła uczyła trzy pokolenia mojej rodziny.”</blockquote>"
     "<figcaption>Stanisława Grodecka, emerytowana nauczycielka. Fot. Marek Bielawa</figcaption></figure>"),
     [("Ta szkoła uczyła", "Stanisława Grodecka")]),
    ("r40-caption", "ru", ("<figure><img src='most.jpg' alt=''><figcaption>«Мост строили без единого гвоздя», — "
     "рассказывает краевед Ипполит Заречный. Фото: Нина Гладкова</figcaption></figure>"),
     [("Мост строили без", "Ипполит Заречный")]),
    ("r40-caption", "sv", ("<blockquote><p>”Vi flyttade hit för tystnaden, inte för bredbandet.”</p></blockquote>"
     "<p class='caption'>Agneta Rosenqvist driver gården sedan 1998. Foto: Olle Skarp</p>"),
     [("Vi flyttade hit", "Agneta Rosenqvist")]),
    ("r40-caption", "nb", ("<figure><img src='fjell.jpg' alt=''><figcaption>UTSIKT: – Her oppe glemmer man alt, "
     "sier turleder Sigrun Heggelund. «Men ikke matpakken.» FOTO: TORE LIEN</figcaption></figure>"),
     [("Men ikke matpakken", "Sigrun Heggelund")]),
    ("r40-caption", "el", ("<figure><blockquote>«Το λιμάνι ήταν πάντα η καρδιά του χωριού.»</blockquote>"
     "<figcaption>Ο ψαράς Μιλτιάδης Σταυρίδης. Φωτ.: Ευτυχία Ράλλη</figcaption></figure>"),
     [("Το λιμάνι ήταν", "Μιλτιάδης Σταυρίδης")]),
    ("r40-caption", "ro", ("<figure><img src='piata.jpg' alt=''><figcaption>Piața din Sălcuța, sâmbătă dimineață. "
     "„Prețurile au crescut de două ori”, spune vânzătoarea Floarea Zamfirescu.</figcaption></figure>"),
     [("Prețurile au crescut", "Floarea Zamfirescu")]),
    ("r40-caption", "hu", ("<blockquote class='kiemelt'><p>„Nem a víz a hibás, hanem a gát.”</p></blockquote>"
     "<p class='alairas'>Vadkerti Zsolt vízügyi mérnök</p>"),
     [("Nem a víz a hibás", "Vadkerti Zsolt")]),

    # ------------------------------------------------------------------ social
    ("r40-social", "en", ("<blockquote class='social-embed'><p>“Flooded again on Mill Lane. Third time this "
     "year and still no word from the council.”</p>— Rowena Birtwhistle (@rowenabirt) March 3, 2024</blockquote>"),
     [("Flooded again on Mill", "Rowena Birtwhistle")]),
    ("r40-social", "de", P("Der Landrat Heribert Quandtmeyer hat sich inzwischen auf X geäußert. Er schrieb:")
     + "<blockquote>„Die Brücke bleibt bis auf Weiteres gesperrt. Sicherheit geht vor.“</blockquote>",
     [("Die Brücke bleibt bis", "Heribert Quandtmeyer")]),
    ("r40-social", "fr", P("Dans un message WhatsApp lu à l’audience, Yolande Perrichon écrivait à sa sœur : "
                           "« Ne dis rien à papa, je rentre lundi. »")
     + P("Le président du tribunal, Aristide Beaulaincourt, a demandé : « Qui a envoyé ce message ? »"),
     [("Ne dis rien à papa", "Yolande Perrichon"), ("Qui a envoyé ce", "Aristide Beaulaincourt")]),
    ("r40-social", "es", ("<div class='tweet'><p>«Hoy cerramos la panadería después de 62 años. Gracias a todos».</p>"
     "<p>— Horno Santa Brígida (@hornosantabrigida) 14 de febrero de 2024</p></div>"),
     [("Hoy cerramos la panadería", "Horno Santa Brígida")]),
    ("r40-social", "it", P("In una lettera inviata al giornale, la pensionata Albertina Scaglione scrive:")
     + "<blockquote>«Da sei mesi aspetto che qualcuno ripari il lampione sotto casa. Sono stanca di camminare "
     "al buio.»</blockquote>",
     [("Da sei mesi aspetto", "Albertina Scaglione")]),
    ("r40-social", "pt", P("A cantora Francisca Lobato publicou no Instagram: “Obrigada, Évora! Nunca vou "
                           "esquecer esta noite.”")
     + P("Horas depois, o baterista Vasco Tavira respondeu: “A próxima é em casa.”"),
     [("Obrigada, Évora", "Francisca Lobato"), ("A próxima é em casa", "Vasco Tavira")]),
    ("r40-social", "nl", ("<blockquote class='twitter-tweet'><p>„Vanavond geen pont naar het eiland. "
     "Storm. Blijf binnen.”</p>— Veerdienst Oostergat (@veeroostergat) 8 november 2023</blockquote>"),
     [("Vanavond geen pont", "Veerdienst Oostergat")]),
    ("r40-social", "pl", P("Radna Teresa Mikulska napisała w mediach społecznościowych: „Dziś głosowałam "
                           "przeciw. Nie zmienię zdania.”")
     + P("Pod wpisem pojawiły się setki komentarzy, m.in.: „Brawo, wreszcie ktoś ma odwagę.”"),
     [("Dziś głosowałam", "Teresa Mikulska"), ("Brawo, wreszcie", None)]),
    ("r40-social", "ru", P("Вечером в телеграм-канале появилось сообщение Родиона Белозёрова, главы посёлка:")
     + "<blockquote>«Воду дадут завтра к обеду. Прошу не занимать очередь с ночи».</blockquote>",
     [("Воду дадут завтра", "Родион Белозёров")]),
    ("r40-social", "sv", ("<div class='post'><p><strong>Elvira Sandström</strong> · 2 tim</p>"
     "<p>”Någon som sett en grå katt vid badplatsen? Han heter Pelle och är rädd för hundar.”</p></div>"),
     [("Någon som sett en grå", "Elvira Sandström")]),
    ("r40-social", "da", P("I et brev til byrådet, som avisen har set, skriver skoleleder Jørgen Hvidkjær:")
     + P("»Vi kan ikke længere garantere elevernes sikkerhed i gymnastiksalen.«"),
     [("Vi kan ikke længere", "Jørgen Hvidkjær")]),
    ("r40-social", "fi", ("<blockquote class='some'><p>”Kiitos kaikille, jotka tulivat talkoisiin! Laituri on "
     "valmis.”</p><p>— Hilkka Ruotsalainen (@hilkkaruo) 21. toukokuuta 2024</p></blockquote>"),
     [("Kiitos kaikille", "Hilkka Ruotsalainen")]),
    ("r40-social", "tr", P("Belediye Başkanı Cengiz Özdemirci, sosyal medya hesabından şu paylaşımı yaptı:")
     + P("“Sahil yolu cuma günü trafiğe açılıyor. Sabrınız için teşekkürler.”"),
     [("Sahil yolu cuma", "Cengiz Özdemirci")]),
    ("r40-social", "cs", P("Starosta Bořivoj Hanzlík poslal občanům SMS zprávu: „Zítra nepoteče voda od 8 do 14 "
                           "hodin.“")
     + P("Jeden z obyvatel, Kamil Drozdek, mu odepsal: „A kdy konečně opravíte silnici?“"),
     [("Zítra nepoteče", "Bořivoj Hanzlík"), ("A kdy konečně", "Kamil Drozdek")]),

    # ------------------------------------------------------------------ mixed
    ("r40-mixed", "en", P("Councillor Bernard Oakhurst defended the plan. “We cannot keep patching the same road,” "
                          "he said.")
     + P("Not everyone agreed. “They said that ten years ago,” said shopkeeper Pauline Dunmore. "
         "“Nothing changed.”"),
     [("We cannot keep patching", "Bernard Oakhurst"), ("They said that ten", "Pauline Dunmore"),
      ("Nothing changed", "Pauline Dunmore")]),
    ("r40-mixed", "de", P("„Wir haben gewarnt“, sagte der Förster Egbert Hollweck. Seine Kollegin Almut Steinacker "
                          "widersprach: „Gewarnt hat er erst, als es brannte.“"),
     [("Wir haben gewarnt", "Egbert Hollweck"), ("Gewarnt hat er erst", "Almut Steinacker")]),
    ("r40-mixed", "fr", P("« Le maire m’a dit : “Revenez après les élections” », raconte Odile Pradeilles, "
                          "agricultrice à Vernouillet.")
     + P("Le maire, Lucien Castagnède, dément : « Je n’ai jamais dit cela. »"),
     [("Le maire m’a dit", "Odile Pradeilles"), ("Je n’ai jamais dit", "Lucien Castagnède")]),
    ("r40-mixed", "es", P("Según el concejal Baltasar Irigoyen, «la piscina abrirá en junio».")
     + P("«Eso no se lo cree nadie», replicó la portavoz vecinal, Herminia Salcedo, que añadió: «Llevamos "
         "tres veranos esperando»."),
     [("la piscina abrirá", "Baltasar Irigoyen"), ("Eso no se lo cree", "Herminia Salcedo"),
      ("Llevamos tres veranos", "Herminia Salcedo")]),
    ("r40-mixed", "it", P("«Abbiamo perso metà del raccolto», spiega Settimio Caldarola. Accanto a lui, la moglie "
                          "Nives Caldarola annuisce: «E l’assicurazione non paga»."),
     [("Abbiamo perso metà", "Settimio Caldarola"), ("E l’assicurazione", "Nives Caldarola")]),
    ("r40-mixed", "pt", P("O presidente da junta, Adelino Carrapatoso, garantiu: “A escola não fecha.” Mas a "
                          "diretora, Celeste Amaral, lembrou que o ministério escreveu, em janeiro, que “não há "
                          "alunos suficientes”.")
     + P("“Quem decide somos nós”, insistiu Carrapatoso."),
     [("A escola não fecha", "Adelino Carrapatoso"), ("não há alunos", None),
      ("Quem decide somos", "Adelino Carrapatoso")]),
    ("r40-mixed", "nl", P("Wethouder Jorien Kuipersma zei dinsdag dat „de fietsbrug er hoe dan ook komt”. "
                          "Oppositieleider Sjoerd van Dalfsen reageerde: „Hoe dan ook? Met wiens geld?”"),
     [("de fietsbrug er hoe", "Jorien Kuipersma"), ("Hoe dan ook? Met", "Sjoerd van Dalfsen")]),
    ("r40-mixed", "pl", P("„Powiedziałem mu: «Panie ministrze, tu nie ma drogi»” – wspomina sołtys Zbigniew "
                          "Kurzawa.")
     + P("Jego zastępczyni Aniela Pawlikowska dodaje: „Minister tylko się uśmiechnął.”"),
     [("Powiedziałem mu", "Zbigniew Kurzawa"), ("Minister tylko się", "Aniela Pawlikowska")]),
    ("r40-mixed", "ru", P("Директор завода Тимофей Балабанов заявил, что «сокращений не будет». Профсоюзный лидер "
                          "Алла Гринёва с этим не согласна: «Списки уже составлены, я их видела»."),
     [("сокращений не будет", "Тимофей Балабанов"), ("Списки уже составлены", "Алла Гринёва")]),
    ("r40-mixed", "sv", P("”Vi får se”, säger Bengt Ekholm, ordförande i byalaget, när han får frågan om skolan.")
     + P("Rektorn Solveig Nyberg är mer bestämd. ”Skolan stänger i juni. Det är klart.”"),
     [("Vi får se", "Bengt Ekholm"), ("Skolan stänger i juni", "Solveig Nyberg")]),
    ("r40-mixed", "da", P("Borgmester Ulrik Fogtmann siger, at »havnen skal være for alle«. Fiskeren Preben "
                          "Skovsgaard ryster på hovedet: »Det sagde den forrige borgmester også.«"),
     [("havnen skal være", "Ulrik Fogtmann"), ("Det sagde den forrige", "Preben Skovsgaard")]),
    ("r40-mixed", "ro", P("„Nu închidem spitalul”, a declarat ministrul Aurelian Pârvulescu. Medicul-șef, Corina "
                          "Bălănescu, a spus însă că „de luni nu mai avem anestezist”."),
     [("Nu închidem spitalul", "Aurelian Pârvulescu"), ("de luni nu mai avem", "Corina Bălănescu")]),
    ("r40-mixed", "hu", P("„Nem adjuk el a régi iskolát” – mondta Fehérvári Tamás polgármester. Az ellenzéki "
                          "képviselő, Sárközi Edit szerint viszont „a szerződés már alá van írva”."),
     [("Nem adjuk el", "Fehérvári Tamás"), ("a szerződés már", "Sárközi Edit")]),
    ("r40-mixed", "el", P("«Ο δρόμος θα είναι έτοιμος το φθινόπωρο», δήλωσε ο δήμαρχος Παντελής Νικολαΐδης.")
     + P("Η πρόεδρος του συλλόγου, Ευανθία Τσακίρη, απάντησε: «Το ίδιο είπε και πέρσι: “Το φθινόπωρο”.»"),
     [("Ο δρόμος θα είναι", "Παντελής Νικολαΐδης"), ("Το ίδιο είπε", "Ευανθία Τσακίρη")]),

    # ------------------------------------------------------------------ none
    ("r40-none", "en", P("The festival’s theme this year is “Rivers Remember”, and the so-called “quiet zone” "
                         "near the bandstand was full by noon."),
     [("Rivers Remember", None), ("quiet zone", None)]),
    ("r40-none", "de", P("Auf den Plakaten am Rathaus stand „Unser Tal, unsere Zukunft“. Wer sie aufgehängt hat, "
                         "ist bis heute unklar."),
     [("Unser Tal, unsere", None)]),
    ("r40-none", "fr", P("Le film « Les Saisons de Brévannes » sort mercredi dans trois salles de la région, "
                         "après un passage remarqué au festival de Montclair-sur-Loue."),
     [("Les Saisons de", None)]),
    ("r40-none", "es", P("La llamada «reforma exprés» del ayuntamiento ha dejado sin aparcamiento a medio barrio, "
                         "y en las redes ya circula el lema «Ni un coche más»."),
     [("reforma exprés", None), ("Ni un coche más", None)]),
    ("r40-none", "it", P("Sul cartello all’ingresso del paese qualcuno ha scritto «Benvenuti a casa nostra», "
                         "e nessuno lo ha più cancellato."),
     [("Benvenuti a casa", None)]),
    ("r40-none", "pt", P("Os manifestantes gritavam “Queremos o comboio de volta!” enquanto desciam a avenida, "
                         "segundo testemunhas."),
     [("Queremos o comboio", None)]),
    ("r40-none", "nl", P("Het boek „De laatste veerman” van Pieter Zandvliet verscheen vorige maand en "
                         "beschrijft het leven op de rivier rond 1900."),
     [("De laatste veerman", None)]),
    ("r40-none", "pl", P("Tak zwana „tymczasowa” kładka stoi nad rzeką już od dwunastu lat, a mieszkańcy nazywają "
                         "ją „mostem wstydu”."),
     [("tymczasowa", None), ("mostem wstydu", None)]),
    ("r40-none", "ru", P("На двери магазина висела табличка «Закрыто на учёт», хотя внутри горел свет."),
     [("Закрыто на учёт", None)]),
    ("r40-none", "sv", P("Kampanjen ”Handla lokalt i vinter” drog igång på måndagen, med affischer i alla "
                         "butiksfönster längs Storgatan."),
     [("Handla lokalt", None)]),
    ("r40-none", "fi", P("Kylän ainoa kahvila on nimeltään ”Viimeinen pysäkki”, ja sen ikkunassa lukee "
                         "”Tervetuloa, vaikka olisit myöhässä”."),
     [("Viimeinen pysäkki", None), ("Tervetuloa, vaikka", None)]),
    ("r40-none", "tr", P("Köydeki “geçici” okul binası, yapıldığı günden bu yana on beş kış geçirdi."),
     [("geçici", None)]),
    ("r40-none", "ro", P("Un afiș scris de mână, lipit pe ușa primăriei, anunța: „Audiențele se suspendă până la "
                         "noi ordine.”"),
     [("Audiențele se suspendă", None)]),
    ("r40-none", "cs", P("Ředitel školy Arnošt Vodička vede instituci od roku 2015. Na zdi jeho kanceláře visí "
                         "nápis „Učit se nikdy nekončí“, který tam prý zůstal po předchůdci."),
     [("Učit se nikdy", None)]),
    ("r40-none", "el", P("Η έκθεση με τίτλο «Σπίτια του ανέμου» εγκαινιάζεται την Παρασκευή στο παλιό "
                         "τελωνείο του λιμανιού."),
     [("Σπίτια του ανέμου", None)]),
]

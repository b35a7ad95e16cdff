"""Held-out round 37 of benchmarks/speaker_forms.py: who speaks a quotation, in 18 languages.

Written blind (by a reader who had not seen the speaker code nor the earlier rounds' cases) after the
round's speaker rules were merged: bare quotations continuing a voice, two voices in turn, speakers
introducing themselves, quotes about another named person, public bodies, paragraphs parted by
<br><br> inside one block, and quotes nobody is named for. Every name, place and body is invented.
"""

from __future__ import annotations

R37_CASES = [
    # r37-continue
    ("r37-continue", "en",
     ("<p>Marta Quillon, who runs the ferry service, said the new timetable would start in May. “We "
      "have listened to the complaints,” she said.</p><p>“Nobody wants to wait an hour in the rain "
      "for a boat.”</p>"),
     [("We have listened", "Marta Quillon"), ("Nobody wants to wait", "Marta Quillon")]),
    ("r37-continue", "de",
     ("<p>Bürgermeister Fridolin Wachsmuth verteidigte den Plan. Die Kosten seien seit Monaten "
      "bekannt. „Wir haben nichts versteckt“, sagte er.</p><p>„Jeder konnte die Unterlagen im Rathaus "
      "einsehen.“</p>"),
     [("Wir haben nichts", "Fridolin Wachsmuth"), ("Jeder konnte die", "Fridolin Wachsmuth")]),
    ("r37-continue", "fr",
     ("<p>Pour Apolline Garrigou, directrice de la crèche, la fermeture est une erreur. « Les "
      "familles n’ont pas été consultées », a-t-elle déclaré.</p><p>« On nous a prévenus par "
      "courriel, un vendredi soir. »</p>"),
     [("Les familles n’ont", "Apolline Garrigou"), ("On nous a prévenus", "Apolline Garrigou")]),
    ("r37-continue", "es",
     ("<p>Ramiro Etxabarri, pescador desde hace treinta años, no oculta su enfado. «El puerto se está "
      "muriendo», dijo.</p><p>«Antes salíamos doce barcos cada mañana; ahora salimos tres.»</p>"),
     [("El puerto se está", "Ramiro Etxabarri"), ("Antes salíamos doce", "Ramiro Etxabarri")]),
    ("r37-continue", "it",
     ("<p>Lo ha spiegato Ottilia Varnaschi, assessora ai trasporti del paese. Le corse notturne, ha "
      "detto, resteranno. «Abbiamo trovato i fondi per tutto l’inverno», ha aggiunto.</p><p>«Nessuno "
      "resterà a piedi dopo le dieci di sera.»</p>"),
     [("Abbiamo trovato i fondi", "Ottilia Varnaschi"), ("Nessuno resterà a piedi", "Ottilia Varnaschi")]),
    ("r37-continue", "pt",
     ("<p>A enfermeira Lucinda Valadão trabalha no hospital há vinte anos. O turno da noite, conta, "
      "ficou mais difícil. “Somos cada vez menos”, disse.</p><p>“Há noites em que fico sozinha com "
      "trinta doentes.”</p>"),
     [("Somos cada vez menos", "Lucinda Valadão"), ("Há noites em que", "Lucinda Valadão")]),
    ("r37-continue", "nl",
     ("<p>Wethouder Joris Vandermeulengracht zegt dat de brug dicht blijft tot de zomer. “De "
      "veiligheid gaat voor,” aldus de wethouder.</p><p>“We nemen geen enkel risico met de "
      "fundering.”</p>"),
     [("De veiligheid gaat", "Joris Vandermeulengracht"), ("We nemen geen enkel", "Joris Vandermeulengracht")]),
    ("r37-continue", "pl",
     ("<p>Halina Wróbelska-Dziedzic, sołtyska wsi, przyznaje, że mieszkańcy są zmęczeni. „Czekamy na "
      "tę drogę od dziesięciu lat” – mówi.</p><p>„Obiecywano nam ją przed każdymi wyborami”.</p>"),
     [("Czekamy na tę drogę", "Halina Wróbelska-Dziedzic"), ("Obiecywano nam ją", "Halina Wróbelska-Dziedzic")]),
    ("r37-continue", "ru",
     ("<p>Директор школы Аркадий Полуэхтов рассказал, что ремонт затянулся. «Подрядчик дважды сорвал "
      "сроки», — сказал он.</p><p>«Дети занимаются в спортзале уже второй месяц».</p>"),
     [("Подрядчик дважды", "Аркадий Полуэхтов"), ("Дети занимаются", "Аркадий Полуэхтов")]),
    ("r37-continue", "sv",
     ("<p>Ingrid Lövbacka driver kaféet vid torget sedan 1998. Hon har sett många förändringar. ”Det "
      "här är den svåraste vintern hittills”, säger hon.</p><p>”Kunderna kommer, men de köper bara "
      "kaffe.”</p>"),
     [("Det här är den", "Ingrid Lövbacka"), ("Kunderna kommer", "Ingrid Lövbacka")]),
    ("r37-continue", "tr",
     ("<p>Köy muhtarı Cemil Karaoğlangil, suyun üç gündür kesik olduğunu söyledi. “Tankerle su "
      "taşıyoruz,” dedi.</p><p>“Hayvanlarımız için bile yetmiyor.”</p>"),
     [("Tankerle su", "Cemil Karaoğlangil"), ("Hayvanlarımız için", "Cemil Karaoğlangil")]),
    ("r37-continue", "hu",
     ("<p>Szalontay Ibolya, a helyi könyvtár vezetője szerint a látogatók száma megduplázódott. "
      "„Hétvégén alig van szabad szék” – mondta.</p><p>„Ilyet még nem láttam a pályám során.”</p>"),
     [("Hétvégén alig van", "Szalontay Ibolya"), ("Ilyet még nem láttam", "Szalontay Ibolya")]),
    ("r37-continue", "fi",
     ("<p>Kunnanjohtaja Veikko Rautaharju myöntää, että kouluverkko on pakko miettiä uudelleen. "
      "”Päätös ei ole helppo”, Rautaharju sanoo.</p><p>”Oppilaita on vähemmän kuin koskaan.”</p>"),
     [("Päätös ei ole", "Veikko Rautaharju"), ("Oppilaita on", "Veikko Rautaharju")]),
    # r37-switch
    ("r37-switch", "en",
     ("<p>“The market should stay on the square,” said Dennis Ockleford, who chairs the traders’ "
      "group.</p><p>“It blocks the ambulances,” replied Priya Vantongren, a councillor.</p><p>“We "
      "have had two near misses this year alone.”</p>"),
     [
         ("The market should", "Dennis Ockleford"),
         ("It blocks the", "Priya Vantongren"),
         ("We have had two", "Priya Vantongren"),
     ]),
    ("r37-switch", "de",
     ("<p>„Der Radweg ist viel zu schmal“, sagte Konstanze Hellwarth vom "
      "Fahrradclub.</p><p>Baudezernent Ruprecht Anselmi widersprach: „Mehr Platz gibt die Straße "
      "nicht her.“</p><p>„Wir müssten sonst die Bäume fällen.“</p>"),
     [
         ("Der Radweg ist", "Konstanze Hellwarth"),
         ("Mehr Platz gibt", "Ruprecht Anselmi"),
         ("Wir müssten sonst", "Ruprecht Anselmi"),
     ]),
    ("r37-switch", "fr",
     ("<p>« Le festival attire trop de monde », estime Gaspard Lemonnéac, riverain.</p><p>Son "
      "organisatrice, Albane Rousselière, répond : « Nous avons réduit la jauge de moitié. »</p><p>« "
      "Et les navettes sont gratuites cette année. »</p>"),
     [
         ("Le festival attire", "Gaspard Lemonnéac"),
         ("Nous avons réduit", "Albane Rousselière"),
         ("Et les navettes", "Albane Rousselière"),
     ]),
    ("r37-switch", "es",
     ("<p>«La fábrica tiene que cerrar», afirmó Consuelo Arrietaburu, portavoz vecinal.</p><p>El "
      "gerente, Baltasar Quintanillo, lo negó: «Cumplimos todas las normas».</p><p>«Las mediciones "
      "están publicadas en nuestra web.»</p>"),
     [
         ("La fábrica tiene", "Consuelo Arrietaburu"),
         ("Cumplimos todas", "Baltasar Quintanillo"),
         ("Las mediciones", "Baltasar Quintanillo"),
     ]),
    ("r37-switch", "it",
     ("<p>«Il mercato coperto va salvato», ha detto Ernesta Fumagallo, ambulante.</p><p>Il sindaco "
      "Corrado Bellintoni ha replicato: «Il tetto non è più sicuro».</p><p>«Non posso rischiare la "
      "vita di nessuno.»</p>"),
     [
         ("Il mercato coperto", "Ernesta Fumagallo"),
         ("Il tetto non è", "Corrado Bellintoni"),
         ("Non posso rischiare", "Corrado Bellintoni"),
     ]),
    ("r37-switch", "pt",
     ("<p>“A praia precisa de nadadores-salvadores”, disse Rui Pestaninha, presidente da "
      "associação.</p><p>A vereadora Ilda Carrapiçal respondeu: “Já contratámos quatro para "
      "agosto.”</p><p>“E vamos abrir mais um posto em setembro.”</p>"),
     [
         ("A praia precisa", "Rui Pestaninha"),
         ("Já contratámos", "Ilda Carrapiçal"),
         ("E vamos abrir", "Ilda Carrapiçal"),
     ]),
    ("r37-switch", "nl",
     ("<p>“De school is te klein,” zegt ouder Maarten Blokzijlstra.</p><p>Directeur Annelies Terpsma "
      "reageert: “We krijgen volgend jaar twee noodlokalen.”</p><p>“Meer kan de gemeente niet "
      "betalen.”</p>"),
     [
         ("De school is te", "Maarten Blokzijlstra"),
         ("We krijgen volgend", "Annelies Terpsma"),
         ("Meer kan de gemeente", "Annelies Terpsma"),
     ]),
    ("r37-switch", "pl",
     ("<p>„Ten most trzeba rozebrać” – powiedział inżynier Zdzisław Pawlikurski.</p><p>Wójt Bożena "
      "Kierczańska odpowiada: „Nie mamy na to pieniędzy”.</p><p>„Najpierw musimy naprawić "
      "szkołę”.</p>"),
     [
         ("Ten most trzeba", "Zdzisław Pawlikurski"),
         ("Nie mamy na to", "Bożena Kierczańska"),
         ("Najpierw musimy", "Bożena Kierczańska"),
     ]),
    ("r37-switch", "ru",
     ("<p>«Парк нужно оставить как есть», — заявила активистка Вероника Староверцева.</p><p>Глава "
      "района Тимофей Кругляшов возразил: «Без освещения там опасно».</p><p>«Мы поставим фонари и "
      "больше ничего не тронем».</p>"),
     [
         ("Парк нужно оставить", "Вероника Староверцева"),
         ("Без освещения", "Тимофей Кругляшов"),
         ("Мы поставим фонари", "Тимофей Кругляшов"),
     ]),
    ("r37-switch", "da",
     ("<p>»Vi mister alle turisterne«, siger hotelejer Bent Kjærsgaardsen.</p><p>Borgmester Lone "
      "Fjeldgaard svarer: »Parkeringen bliver bare flyttet.«</p><p>»Der kommer en gratis bus fra den "
      "nye plads.«</p>"),
     [
         ("Vi mister alle", "Bent Kjærsgaardsen"),
         ("Parkeringen bliver", "Lone Fjeldgaard"),
         ("Der kommer en gratis", "Lone Fjeldgaard"),
     ]),
    ("r37-switch", "el",
     ("<p>«Το λιμάνι χρειάζεται νέο μόλο», δήλωσε ο ψαράς Σπύρος Καλαντζογιάννης.</p><p>Ο δήμαρχος "
      "Λεωνίδας Βαφειαδάκης απάντησε: «Η μελέτη είναι ήδη έτοιμη».</p><p>«Τα έργα θα ξεκινήσουν τον "
      "Μάρτιο».</p>"),
     [
         ("Το λιμάνι χρειάζεται", "Σπύρος Καλαντζογιάννης"),
         ("Η μελέτη είναι", "Λεωνίδας Βαφειαδάκης"),
         ("Τα έργα θα", "Λεωνίδας Βαφειαδάκης"),
     ]),
    ("r37-switch", "cs",
     ("<p>„Nová hala je zbytečná,“ řekl trenér Radovan Kopřivec.</p><p>Starostka Jarmila "
      "Havelková-Rybová oponovala: „Děti nemají kde cvičit.“</p><p>„Tělocvična ve škole je z roku "
      "1962.“</p>"),
     [
         ("Nová hala je", "Radovan Kopřivec"),
         ("Děti nemají kde", "Jarmila Havelková-Rybová"),
         ("Tělocvična ve škole", "Jarmila Havelková-Rybová"),
     ]),
    ("r37-switch", "ro",
     ("<p>„Piața trebuie mutată”, a spus comerciantul Sorin Vlădoianu.</p><p>Primărița Dorina "
      "Stănilescu a replicat: „Nu avem alt teren.”</p><p>„Toate parcelele din jur sunt private.”</p>"),
     [
         ("Piața trebuie", "Sorin Vlădoianu"),
         ("Nu avem alt teren", "Dorina Stănilescu"),
         ("Toate parcelele", "Dorina Stănilescu"),
     ]),
    # r37-self
    ("r37-self", "en",
     ("<p>“My name is Tilly Harrowgate, and I have lived on this street for forty years,” she said, "
      "standing by her gate.</p>"),
     [("My name is Tilly", "Tilly Harrowgate")]),
    ("r37-self", "en",
     ("<p>A woman waved us over from her porch.</p><p>“I’m Rosalind Auberley, everyone calls me Roz, "
      "and this flood took my whole kitchen,” she said.</p>"),
     [("I’m Rosalind Auberley", "Rosalind Auberley")]),
    ("r37-self", "de",
     ("<p>„Ich heiße Wiebke Sandmeyerling und arbeite seit zwölf Jahren in der Bäckerei“, sagt "
      "sie.</p><p>„So einen Winter hatten wir noch nie.“</p>"),
     [("Ich heiße Wiebke", "Wiebke Sandmeyerling"), ("So einen Winter", "Wiebke Sandmeyerling")]),
    ("r37-self", "fr",
     ("<p>« Je m’appelle Honorine Vasselot, j’ai soixante-dix ans et je n’ai jamais vu la rivière si "
      "basse », confie-t-elle.</p>"),
     [("Je m’appelle Honorine", "Honorine Vasselot")]),
    ("r37-self", "es",
     ("<p>«Me llamo Eulalia Ferrandiz Oroz y soy la única maestra del pueblo», explica ella.</p>"),
     [("Me llamo Eulalia", "Eulalia Ferrandiz Oroz")]),
    ("r37-self", "it",
     ("<p>«Mi chiamo Settimio Garbarelli, faccio il pescatore da quando avevo quindici anni», "
      "racconta.</p>"),
     [("Mi chiamo Settimio", "Settimio Garbarelli")]),
    ("r37-self", "pt",
     ("<p>“Chamo-me Albertina Queirosa e vendo fruta neste mercado desde 1985”, contou ela.</p>"),
     [("Chamo-me Albertina", "Albertina Queirosa")]),
    ("r37-self", "nl",
     ("<p>“Ik ben Gerrit Hoogeveldt en ik ben hier geboren,” vertelt hij.</p><p>“Mijn vader had al "
      "een boot in deze haven.”</p>"),
     [("Ik ben Gerrit", "Gerrit Hoogeveldt"), ("Mijn vader had", "Gerrit Hoogeveldt")]),
    ("r37-self", "pl",
     ("<p>„Nazywam się Teodor Szczepanowicz i prowadzę tu warsztat od trzydziestu lat” – mówi.</p>"),
     [("Nazywam się Teodor", "Teodor Szczepanowicz")]),
    ("r37-self", "ru",
     ("<p>«Меня зовут Зинаида Ферапонтьева, я работаю на почте с 1990 года», — рассказала она.</p>"),
     [("Меня зовут Зинаида", "Зинаида Ферапонтьева")]),
    ("r37-self", "sv",
     ("<p>”Jag heter Åsa Brännströmer och jag har kört taxi här i tjugo år”, säger hon.</p>"),
     [("Jag heter Åsa", "Åsa Brännströmer")]),
    ("r37-self", "tr",
     ("<p>“Benim adım Nurhan Demirsoylu, bu fırını babamdan devraldım,” dedi.</p>"),
     [("Benim adım Nurhan", "Nurhan Demirsoylu")]),
    ("r37-self", "nb",
     ("<p>«Jeg heter Oddvar Kvalsundet, og jeg har fisket her hele livet», sier han.</p>"),
     [("Jeg heter Oddvar", "Oddvar Kvalsundet")]),
    # r37-about
    ("r37-about", "en",
     ("<p>The company’s chief executive, Luther Brackwood, did not attend the "
      "meeting.</p><p>“Brackwood has never once set foot in the plant,” said Imogen Faraway, a union "
      "organiser.</p>"),
     [("Brackwood has never", "Imogen Faraway")]),
    ("r37-about", "en",
     ("<p>Hattie Colquhoun, a neighbour of the late Arthur Penhallow, remembered him fondly: "
      "“Penhallow fixed every bike on this street.”</p>"),
     [("Penhallow fixed every", "Hattie Colquhoun")]),
    ("r37-about", "de",
     ("<p>„Ahlgrimm hat das Projekt von Anfang an schlechtgeredet“, sagte Oberbürgermeisterin Gesine "
      "Marquardtsen über ihren Herausforderer Tobias Ahlgrimm.</p>"),
     [("Ahlgrimm hat das", "Gesine Marquardtsen")]),
    ("r37-about", "fr",
     ("<p>« Dufresnoy ment sur les chiffres », a lancé Perrine Aubertel, conseillère d’opposition, à "
      "propos du maire, Anatole Dufresnoy.</p>"),
     [("Dufresnoy ment", "Perrine Aubertel")]),
    ("r37-about", "es",
     ("<p>«Sin Olmedilla no habría equipo», aseguró el capitán, Iker Zabalegui, sobre su entrenador, "
      "Fausto Olmedilla.</p>"),
     [("Sin Olmedilla no", "Iker Zabalegui")]),
    ("r37-about", "it",
     ("<p>«Sgarzini ci ha lasciati soli», ha dichiarato Loredana Pizzichetti parlando dell’ex "
      "direttore, Vittorio Sgarzini.</p>"),
     [("Sgarzini ci ha", "Loredana Pizzichetti")]),
    ("r37-about", "pt",
     ("<p>O antigo treinador, Evaristo Lobatinho, saiu em março.</p><p>“O Lobatinho deixou o clube "
      "sem dinheiro”, afirmou o presidente Joaquim Feiteirinha.</p>"),
     [("O Lobatinho deixou", "Joaquim Feiteirinha")]),
    ("r37-about", "nl",
     ("<p>“Van Oosterwaarde heeft nooit met ons gepraat,” zei boer Hendrik Stallingsma over "
      "gedeputeerde Margriet van Oosterwaarde.</p>"),
     [("Van Oosterwaarde heeft", "Hendrik Stallingsma")]),
    ("r37-about", "pl",
     ("<p>„Mazurkowski obiecał nam nowy dach” – mówi proboszcz Ignacy Wierzbołowicz, odnosząc się do "
      "starosty Pawła Mazurkowskiego.</p>"),
     [("Mazurkowski obiecał", "Ignacy Wierzbołowicz")]),
    ("r37-about", "ru",
     ("<p>Глава управы Глеб Соколовцев на встречу не пришёл.</p><p>«Соколовцев обещал нам новую "
      "крышу», — сказала жительница дома Лидия Барановцева.</p>"),
     [("Соколовцев обещал", "Лидия Барановцева")]),
    ("r37-about", "sv",
     ("<p>”Wennerholmer förstår inte landsbygden”, säger lantbrukaren Gunnel Ålanderson om "
      "landshövdingen Per Wennerholmer.</p>"),
     [("Wennerholmer förstår", "Gunnel Ålanderson")]),
    ("r37-about", "fi",
     ("<p>Hankkeesta vastaa kaupungin rakennusjohtaja Oskari Kettuvaara.</p><p>”Kettuvaara ei ole "
      "vastannut yhteenkään viestiin”, sanoo yrittäjä Marjatta Peltokoski.</p>"),
     [("Kettuvaara ei ole", "Marjatta Peltokoski")]),
    ("r37-about", "cs",
     ("<p>„Vlasák nám nic neřekl,“ uvedla předsedkyně spolku Božena Smetáčková o řediteli Zbyňku "
      "Vlasákovi.</p>"),
     [("Vlasák nám nic", "Božena Smetáčková")]),
    ("r37-about", "hu",
     ("<p>„Kerekesi mindent megígért, de semmit sem tartott be” – mondta Bodnárfi Klára, a "
      "lakóközösség képviselője, Kerekesi Tibor polgármesterről.</p>"),
     [("Kerekesi mindent", "Bodnárfi Klára")]),
    # r37-body
    ("r37-body", "en",
     ("<p>“Officers were called to the warehouse shortly after 2am,” Westmarch Police said in a "
      "statement.</p>"),
     [("Officers were called", "Westmarch Police")]),
    ("r37-body", "en",
     ("<p>The Ministry of Coastal Affairs confirmed the closure on Friday.</p><p>“The pier is no "
      "longer safe for the public,” the ministry said.</p>"),
     [("The pier is no longer", "Ministry of Coastal Affairs")]),
    ("r37-body", "de",
     ("<p>„Der Fahrer wurde leicht verletzt“, teilte die Polizei Tannhausen-Süd mit.</p>"),
     [("Der Fahrer wurde", "Polizei Tannhausen-Süd")]),
    ("r37-body", "de",
     ("<p>Die Feuerwehr Kieselbrunn war mit vierzig Kräften im Einsatz.</p><p>„Das Feuer war gegen "
      "Mitternacht unter Kontrolle“, sagte ein Sprecher der Feuerwehr.</p>"),
     [("Das Feuer war gegen", "Feuerwehr Kieselbrunn")]),
    ("r37-body", "de",
     ("<p>Das Landesamt für Gewässeraufsicht warnt vor Badeunfällen. „Die Strömung wird "
      "unterschätzt“, erklärte die Behörde.</p>"),
     [("Die Strömung wird", "Landesamt für Gewässeraufsicht")]),
    ("r37-body", "fr",
     ("<p>L’Agence régionale de l’eau de Vérante a publié ses relevés mardi.</p><p>« Les nappes sont "
      "au plus bas depuis 1976 », précise l’agence.</p>"),
     [("Les nappes sont", "Agence régionale de l’eau de Vérante")]),
    ("r37-body", "fr",
     ("<p>« Aucune victime n’est à déplorer », a indiqué la préfecture du Haut-Vérant.</p>"),
     [("Aucune victime", "préfecture du Haut-Vérant")]),
    ("r37-body", "es",
     ("<p>«El incendio está estabilizado», informaron los Bomberos de Valdeoria.</p>"),
     [("El incendio está", "Bomberos de Valdeoria")]),
    ("r37-body", "it",
     ("<p>«La circolazione riprenderà domani mattina», ha comunicato il Comune di Sassolungo Val "
      "Tresina.</p>"),
     [("La circolazione", "Comune di Sassolungo Val Tresina")]),
    ("r37-body", "pt",
     ("<p>“A inflação deverá recuar no segundo semestre”, afirmou o Banco Central de Vandória em "
      "comunicado.</p>"),
     [("A inflação deverá", "Banco Central de Vandória")]),
    ("r37-body", "nl",
     ("<p>“Er is geen gevaar voor omwonenden,” meldt de Veiligheidsregio Noorderkempen.</p>"),
     [("Er is geen gevaar", "Veiligheidsregio Noorderkempen")]),
    ("r37-body", "pl",
     ("<p>„Sprawca został zatrzymany” – poinformowała Komenda Powiatowa Policji w Borowczycach.</p>"),
     [("Sprawca został", "Komenda Powiatowa Policji w Borowczycach")]),
    ("r37-body", "ru",
     ("<p>Администрация Верхнеозёрска пообещала восстановить мост к осени. «Работы уже оплачены», — "
      "говорится в заявлении администрации.</p>"),
     [("Работы уже оплачены", "Администрация Верхнеозёрска")]),
    ("r37-body", "sv",
     ("<p>Myndigheten för fjällsäkerhet utfärdade en varning på söndagen. ”Lavinrisken är mycket "
      "hög”, skriver myndigheten.</p>"),
     [("Lavinrisken är", "Myndigheten för fjällsäkerhet")]),
    ("r37-body", "da",
     ("<p>»Vi har lukket vejen i begge retninger«, oplyser Nordvestkystens Politi.</p>"),
     [("Vi har lukket vejen", "Nordvestkystens Politi")]),
    ("r37-body", "tr",
     ("<p>Karaderebaşı Belediyesi yazılı bir açıklama yaptı: “Su kesintisi yarın sona erecek.”</p>"),
     [("Su kesintisi yarın", "Karaderebaşı Belediyesi")]),
    # r37-brk
    ("r37-brk", "en",
     ("<div>“The school roof leaks in three places,” said Ann Treloarth, a parent.<br><br>Headteacher "
      "Colm Ardagh disagreed: “It was repaired in June.”<br><br>“We are waiting for the surveyor’s "
      "report.”</div>"),
     [("The school roof", "Ann Treloarth"), ("It was repaired", "Colm Ardagh"), ("We are waiting", "Colm Ardagh")]),
    ("r37-brk", "de",
     ("<div>„Wir sind völlig überrascht worden“, sagte Landwirt Eckhard Pfisterling.<br><br>Die "
      "Gemeinde sieht das anders. „Die Pläne lagen öffentlich aus“, teilte die Gemeinde "
      "Wendrichshagen mit.</div>"),
     [("Wir sind völlig", "Eckhard Pfisterling"), ("Die Pläne lagen", "Gemeinde Wendrichshagen")]),
    ("r37-brk", "fr",
     ("<div>« La route est coupée depuis mardi », explique Mireille Castagnède, "
      "agricultrice.<br><br>« On fait le détour par la montagne, quarante minutes de plus. "
      "»<br><br>Le maire, Ferdinand Leprévôt, promet : « Ce sera réparé avant Noël. »</div>"),
     [
         ("La route est coupée", "Mireille Castagnède"),
         ("On fait le détour", "Mireille Castagnède"),
         ("Ce sera réparé", "Ferdinand Leprévôt"),
     ]),
    ("r37-brk", "es",
     ("<div>«Nos han subido el alquiler un cuarenta por ciento», lamenta Pilar "
      "Echevarrieta.<br><br>El propietario, Anselmo Garcinuño, lo justifica: «Los impuestos también "
      "han subido».</div>"),
     [("Nos han subido", "Pilar Echevarrieta"), ("Los impuestos", "Anselmo Garcinuño")]),
    ("r37-brk", "it",
     ("<div>La preside Marisa Cantagallo non ha dubbi.<br><br>«Senza la palestra i ragazzi restano in "
      "strada», ha detto.<br><br>«Ho scritto tre volte alla provincia.»</div>"),
     [("Senza la palestra", "Marisa Cantagallo"), ("Ho scritto tre volte", "Marisa Cantagallo")]),
    ("r37-brk", "pt",
     ("<div>“O autocarro passa de duas em duas horas”, queixa-se Amélia Rebordosa.<br><br>“Para ir ao "
      "médico perco o dia inteiro.”<br><br>A Câmara Municipal de Vale do Soeiro garante: “Haverá "
      "reforço em outubro.”</div>"),
     [
         ("O autocarro passa", "Amélia Rebordosa"),
         ("Para ir ao médico", "Amélia Rebordosa"),
         ("Haverá reforço", "Câmara Municipal de Vale do Soeiro"),
     ]),
    ("r37-brk", "nl",
     ("<div>“Het water stond tot aan de vensterbank,” zegt Fenna Wieringastra.<br><br>Haar buurman "
      "Klaas Oudemolen knikt: “Bij mij liep de kelder helemaal vol.”</div>"),
     [("Het water stond", "Fenna Wieringastra"), ("Bij mij liep", "Klaas Oudemolen")]),
    ("r37-brk", "pl",
     ("<div>„Pociąg spóźnia się codziennie” – skarży się Wiesława Jabłonowiecka.<br><br>Rzecznik "
      "przewoźnika, Tadeusz Gromadzicki, tłumaczy: „Trwa remont torów”.<br><br>„Utrudnienia potrwają "
      "do grudnia”.</div>"),
     [
         ("Pociąg spóźnia", "Wiesława Jabłonowiecka"),
         ("Trwa remont torów", "Tadeusz Gromadzicki"),
         ("Utrudnienia potrwają", "Tadeusz Gromadzicki"),
     ]),
    ("r37-brk", "ru",
     ("<div>«Автобус отменили без предупреждения», — возмущается пенсионерка Анфиса "
      "Кудрявцева-Лыкова.<br><br>Директор автопарка Савва Мухортцев ответил: «Маршрут был "
      "убыточным».</div>"),
     [("Автобус отменили", "Анфиса Кудрявцева-Лыкова"), ("Маршрут был", "Савва Мухортцев")]),
    ("r37-brk", "sv",
     ("<div>”Vi har inte fått någon post på två veckor”, säger Birgitta Fjällmark.<br><br>Hennes "
      "granne Sten Ålundberg instämmer: ”Räkningarna kommer i alla fall via appen.”</div>"),
     [("Vi har inte fått", "Birgitta Fjällmark"), ("Räkningarna kommer", "Sten Ålundberg")]),
    ("r37-brk", "nb",
     ("<div>«Fergen er for liten», sier ordfører Solveig Brattvågen.<br><br>«Om sommeren står bilene "
      "i kø helt til kirken.»<br><br>Rederiet Fjordlinja Nordvest svarer: «En ny ferge er "
      "bestilt.»</div>"),
     [
         ("Fergen er for liten", "Solveig Brattvågen"),
         ("Om sommeren står", "Solveig Brattvågen"),
         ("En ny ferge er", "Fjordlinja Nordvest"),
     ]),
    ("r37-brk", "fi",
     ("<div>”Kirjasto on kylän sydän”, sanoo eläkeläinen Aune Kivirantala.<br><br>Sivistysjohtaja "
      "Pekka Lumijärvelä on eri mieltä: ”Lainoja tehdään enää kymmenen päivässä.”</div>"),
     [("Kirjasto on kylän", "Aune Kivirantala"), ("Lainoja tehdään", "Pekka Lumijärvelä")]),
    ("r37-brk", "ro",
     ("<div>„Școala nu are încălzire de o lună”, spune învățătoarea Mirela "
      "Dumbrăvescu.<br><br>„Copiii stau îmbrăcați cu gecile în clasă.”</div>"),
     [("Școala nu are", "Mirela Dumbrăvescu"), ("Copiii stau", "Mirela Dumbrăvescu")]),
    # r37-none
    ("r37-none", "en",
     ("<p>A hand-painted sign on the gate read: “No trespassing — dogs loose.”</p>"),
     [("No trespassing", None)]),
    ("r37-none", "en",
     ("<p>One resident, who did not want to be named, said: “We were told nothing until the trucks "
      "arrived.”</p>"),
     [("We were told nothing", None)]),
    ("r37-none", "en",
     ("<p>Mayor Harriet Selwoode opened the new library on Saturday.</p><p>“It’s lovely, but who will "
      "pay for the heating?” one pensioner asked, declining to give her name.</p>"),
     [("It’s lovely, but", None)]),
    ("r37-none", "de",
     ("<p>„Wir haben Angst um unsere Kinder“, sagte eine Anwohnerin, die ihren Namen nicht in der "
      "Zeitung lesen will.</p>"),
     [("Wir haben Angst", None)]),
    ("r37-none", "fr",
     ("<p>Sur la vitrine, une affiche proclame : « Fermé jusqu’à nouvel ordre ».</p>"),
     [("Fermé jusqu’à", None)]),
    ("r37-none", "es",
     ("<p>«No vamos a hacer comentarios», dijo un portavoz de la empresa que pidió no ser "
      "identificado.</p>"),
     [("No vamos a hacer", None)]),
    ("r37-none", "it",
     ("<p>«Qui nessuno ci ascolta», si sente ripetere tra i banchi del mercato.</p>"),
     [("Qui nessuno ci", None)]),
    ("r37-none", "pt",
     ("<p>“Isto é uma vergonha”, gritava alguém no meio da multidão.</p>"),
     [("Isto é uma vergonha", None)]),
    ("r37-none", "nl",
     ("<p>Op een spandoek bij het gemeentehuis stond: “Handen af van onze bibliotheek”.</p>"),
     [("Handen af van", None)]),
    ("r37-none", "pl",
     ("<p>„Boimy się wychodzić wieczorem” – mówi jedna z mieszkanek, która prosi o anonimowość.</p>"),
     [("Boimy się wychodzić", None)]),
    ("r37-none", "ru",
     ("<p>«Нам никто ничего не объяснил», — пожаловался один из пассажиров, не назвавший своего "
      "имени.</p>"),
     [("Нам никто ничего", None)]),
    ("r37-none", "sv",
     ("<p>”Stängt på grund av sjukdom” stod det på en lapp på dörren.</p>"),
     [("Stängt på grund", None)]),
    ("r37-none", "el",
     ("<p>«Δεν μας ρώτησε κανείς», είπε μια κάτοικος που ζήτησε να μην αναφερθεί το όνομά της.</p>"),
     [("Δεν μας ρώτησε", None)]),
    ("r37-none", "tr",
     ("<p>Duvardaki yazıda “Burada çöp dökmek yasaktır” yazıyordu.</p>"),
     [("Burada çöp dökmek", None)]),
]

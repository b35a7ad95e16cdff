"""Held-out round 38 of benchmarks/speaker_forms.py: who speaks a quotation, in 18 languages.

Written blind (by a reader who had not seen the speaker code nor the earlier rounds' cases) before
round 38's speaker rules were merged: people introducing themselves inside the quote, public bodies and
companies in several word orders and grammatical cases, roles before or after the name, quotes split
around their attribution or after a colon, "according to X", two named people in one paragraph, and
quotes nobody is named for. Every name, place and body is invented. An organisation is expected as the
page writes it, without a leading article or preposition (so one Russian body stays in the case the
sentence puts it in).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R38_CASES = [
    # ------------------------------------------------------------------ self-introduction inside the quote
    ("r38-self", "en", P("“My name is Tamsin Greaves and I have baked bread on this corner for twenty-two years,” "
                         "she said, wiping flour from the counter."),
     [("My name is Tamsin", "Tamsin Greaves")]),
    ("r38-self", "en", P("“I’m Desmond Okoro-Lyle, and I drive the last bus out of Harrowmere Cross every night,” "
                         "he told reporter Fenella Crisp as the engine idled."),
     [("Desmond Okoro-Lyle", "Desmond Okoro-Lyle")]),
    ("r38-self", "de", P("„Ich heiße Wiebke Almstedt und bin seit vierzig Jahren Hebamme in diesem Tal“, "
                         "sagt sie und lacht."),
     [("Ich heiße Wiebke", "Wiebke Almstedt")]),
    ("r38-self", "de", P("„Mein Name ist Gernot Fahlbusch, ich habe die Mühle von meinem Vater übernommen“, "
                         "erzählt er. Sein Nachbar Ansgar Trenkle nickt dazu."),
     [("Mein Name ist Gernot", "Gernot Fahlbusch")]),
    ("r38-self", "fr", P("« Je m’appelle Clémence Vaudrey et je garde les chèvres de la commune depuis l’âge de "
                         "seize ans », explique-t-elle."),
     [("Je m’appelle Clémence", "Clémence Vaudrey")]),
    ("r38-self", "fr", P("« Moi, c’est Anatole Brissard. J’ai ouvert ce garage en 1987 », lance-t-il à notre "
                         "journaliste Maëlys Fournerie, sans lâcher sa clé à molette."),
     [("Moi, c’est Anatole", "Anatole Brissard")]),
    ("r38-self", "es", P("«Me llamo Jacinta Urquiaga y llevo treinta años repartiendo el correo en estas aldeas», "
                         "cuenta."),
     [("Me llamo Jacinta", "Jacinta Urquiaga")]),
    ("r38-self", "es", P("«Soy Fermín Arocena, el alcalde pedáneo, y nadie nos avisó del corte de agua», dijo "
                         "mientras su vecina, Amparo Lezcano, asentía."),
     [("Soy Fermín Arocena", "Fermín Arocena")]),
    ("r38-self", "it", P("Il nostro inviato Corrado Vellutini la incontra davanti al forno all’alba.")
     + P("«Sono Graziella Pandolfini e questo forno lo ha aperto mio padre nel dopoguerra», dice."),
     [("Sono Graziella", "Graziella Pandolfini")]),
    ("r38-self", "pt", P("“Chamo-me Leopoldina Covelinhas e sou pescadora desde os catorze anos”, diz.")
     + P("O barco foi do avô e ainda sai todas as madrugadas."),
     [("Chamo-me Leopoldina", "Leopoldina Covelinhas")]),
    ("r38-self", "nl", P("„Ik ben Femke Drachtsma en ik houd hier al twaalf jaar de sluis bij”, zegt ze."),
     [("Ik ben Femke", "Femke Drachtsma")]),
    ("r38-self", "pl", P("„Nazywam się Bożena Wrzosiewicz i od dwudziestu lat prowadzę tę bibliotekę” – mówi.")
     + P("Rozmawiał z nią Jarosław Pietrucha."),
     [("Nazywam się Bożena", "Bożena Wrzosiewicz")]),
    ("r38-self", "ru", P("«Меня зовут Таисия Окунева, я работаю на этой станции с восемьдесят девятого года», — "
                         "рассказывает она корреспонденту Глебу Сальникову."),
     [("Меня зовут Таисия", "Таисия Окунева")]),
    ("r38-self", "sv", P("”Jag heter Ingegerd Malmvik och jag har kört färjan över sundet i trettio år”, säger hon."),
     [("Jag heter Ingegerd", "Ingegerd Malmvik")]),
    ("r38-self", "tr", P("“Benim adım Nazmiye Karaözlü, otuz yıldır bu pazarda sebze satıyorum,” diyor."),
     [("Benim adım Nazmiye", "Nazmiye Karaözlü")]),
    ("r38-self", "hu", P("„A nevem Rozgonyi Enikő, harminc éve vezetem a falu postáját” – mondja lapunknak "
                         "Fazekas-Tóth Balázs kollégánk kérdésére."),
     [("A nevem Rozgonyi", "Rozgonyi Enikő")]),

    # ------------------------------------------------------------------ public bodies and organisations
    ("r38-body", "en", P("“The footpath will remain closed until the embankment has been inspected,” Brackenmoor "
                         "District Council said in a statement on Friday."),
     [("The footpath will", "Brackenmoor District Council")]),
    ("r38-body", "en", P("Tolvane Foods Ltd has withdrawn two batches of its oat biscuits from sale.")
     + P("“We are reviewing the matter with our suppliers and apologise to customers,” the company said."),
     [("We are reviewing", "Tolvane Foods Ltd")]),
    ("r38-body", "de", P("„Der Fahrer war nicht angeschnallt und ist noch an der Unfallstelle gestorben“, so die "
                         "Polizei. Die Strecke blieb bis zum Abend gesperrt."),
     [("Der Fahrer war nicht", "Polizei")]),
    ("r38-body", "de", P("Aus dem Umweltministerium hieß es am Montag: „Eine Entscheidung über die Förderung ist "
                         "noch nicht gefallen.“"),
     [("Eine Entscheidung", "Umweltministerium")]),
    ("r38-body", "de", P("„Die Sanierung der Kreisstraße beginnt im Mai und dauert voraussichtlich ein Jahr“, teilte "
                         "das Landratsamt Hollerbeck mit."),
     [("Die Sanierung der", "Landratsamt Hollerbeck")]),
    ("r38-body", "de", P("Die Brenkhoff Feinmechanik GmbH weist die Vorwürfe zurück.")
     + P("„Wir haben sämtliche Auflagen erfüllt“, erklärte das Unternehmen am Dienstag auf Anfrage."),
     [("Wir haben sämtliche", "Brenkhoff Feinmechanik GmbH")]),
    ("r38-body", "fr", P("« Le feu est désormais fixé, mais la surveillance se poursuivra toute la nuit », a indiqué "
                         "la préfecture de Valcerne dans un communiqué."),
     [("Le feu est désormais", "préfecture de Valcerne")]),
    ("r38-body", "es", P("«Los dos vehículos circulaban por encima del límite de velocidad», informó el "
                         "Ayuntamiento de Valdecorzas, que ha abierto un expediente."),
     [("Los dos vehículos", "Ayuntamiento de Valdecorzas")]),
    ("r38-body", "es", P("Transportes Olmedilla SA aseguró en un comunicado: «El servicio se restablecerá el lunes "
                         "a primera hora»."),
     [("El servicio se", "Transportes Olmedilla SA")]),
    ("r38-body", "it", P("«La strada provinciale resterà chiusa fino a nuovo avviso», fa sapere il Comune di "
                         "Castelrovere."),
     [("La strada provinciale", "Comune di Castelrovere")]),
    ("r38-body", "pl", P("„Kierowca był trzeźwy, ale jechał zdecydowanie za szybko” – poinformowała policja.")
     + P("Droga była zablokowana przez trzy godziny."),
     [("Kierowca był trzeźwy", "policja")]),
    ("r38-body", "ru", P("«Ремонт моста завершится к концу сентября», — сообщили в администрации Верхнекамышинска."),
     [("Ремонт моста", "администрации Верхнекамышинска")]),
    ("r38-body", "sv", P("”Leveranserna till butikerna påverkas inte”, uppger Fjällbrina Trä AB i ett "
                         "pressmeddelande."),
     [("Leveranserna till", "Fjällbrina Trä AB")]),
    ("r38-body", "nl", P("„Er is op geen enkel moment gevaar geweest voor omwonenden”, meldt de gemeente Haverzande."),
     [("Er is op geen enkel", "gemeente Haverzande")]),
    ("r38-body", "da", P("»Vi har skærpet kontrollen med alle byggepladser«, oplyser Vestmose Kommune i en "
                         "pressemeddelelse."),
     [("Vi har skærpet", "Vestmose Kommune")]),
    ("r38-body", "tr", P("Ilgınpınar Belediyesi yaptığı yazılı açıklamada, “Yangın kontrol altına alındı, "
                         "vatandaşlarımızın endişe etmesine gerek yok” dedi."),
     [("Yangın kontrol", "Ilgınpınar Belediyesi")]),

    # ------------------------------------------------------------------ role before or after the name
    ("r38-title", "en", P("“We will not close a single rural clinic this year,” Health Minister Rosalind Achterby "
                          "told parliament on Wednesday."),
     [("We will not close", "Rosalind Achterby")]),
    ("r38-title", "en", P("“The figures speak for themselves,” said Cormac Ellery-Voss, the regional treasurer, "
                          "after the vote."),
     [("The figures speak", "Cormac Ellery-Voss")]),
    ("r38-title", "en", P("Imelda Stroud, who has chaired the harbour board since the great storm and who led last "
                          "year’s campaign against the ferry cuts, said the decision was “a slap in the face for "
                          "every island family.”"),
     [("a slap in the face", "Imelda Stroud")]),
    ("r38-title", "de", P("„Wir brauchen mehr Lehrkräfte auf dem Land“, sagte Kultusministerin Ortrud Hellwege am "
                          "Donnerstag in Kalterbrunn."),
     [("Wir brauchen mehr", "Ortrud Hellwege")]),
    ("r38-title", "de", P("„Das Geld ist längst verplant“, sagte der Bürgermeister von Kalterbrunn, Eckhard "
                          "Möllenhoff (parteilos)."),
     [("Das Geld ist längst", "Eckhard Möllenhoff")]),
    ("r38-title", "fr", P("« Nous ne fermerons aucune classe à la rentrée », a assuré la ministre de l’Éducation, "
                          "Bérengère Laffitau, en visite dans le département."),
     [("Nous ne fermerons", "Bérengère Laffitau")]),
    ("r38-title", "fr", P("Le maire de Saint-Orvain, Hippolyte Decaze-Morin, qui brigue un quatrième mandat et "
                          "préside aussi le syndicat des eaux, a été plus direct : « Ce projet est mort. »"),
     [("Ce projet est mort", "Hippolyte Decaze-Morin")]),
    ("r38-title", "es", P("«No habrá recortes en la sanidad rural», aseguró la consejera de Salud, Visitación "
                          "Ibargüen."),
     [("No habrá recortes", "Visitación Ibargüen")]),
    ("r38-title", "it", P("«I fondi arriveranno entro l’estate», ha spiegato l’assessore regionale ai Trasporti "
                          "Girolamo Scannapieco."),
     [("I fondi arriveranno", "Girolamo Scannapieco")]),
    ("r38-title", "nl", P("„We moeten veel sneller bouwen”, zei wethouder Jorien Brakkeveld (Wonen) dinsdag."),
     [("We moeten veel", "Jorien Brakkeveld")]),
    ("r38-title", "pl", P("„Pieniądze trafią do gmin jeszcze w tym roku” – zapewnił wiceminister finansów "
                          "Zdzisław Pokrzywnicki."),
     [("Pieniądze trafią", "Zdzisław Pokrzywnicki")]),
    ("r38-title", "ru", P("«Мы не допустим закрытия сельских школ», — заявил губернатор Североозёрской области "
                          "Аркадий Пустовойтов."),
     [("Мы не допустим", "Аркадий Пустовойтов")]),
    ("r38-title", "sv", P("”Beslutet är fattat och vi står fast vid det”, säger kommunstyrelsens ordförande Gunvor "
                          "Ekerlid."),
     [("Beslutet är fattat", "Gunvor Ekerlid")]),
    ("r38-title", "da", P("»Vi har ikke råd til at vente et år mere«, siger Skarreholms borgmester, Torben "
                          "Lindskjold."),
     [("Vi har ikke råd", "Torben Lindskjold")]),
    ("r38-title", "el", P("«Η χρηματοδότηση έχει ήδη εξασφαλιστεί», δήλωσε ο δήμαρχος Σπυρίδων Ανεμογιάννης."),
     [("Η χρηματοδότηση", "Σπυρίδων Ανεμογιάννης")]),
    ("r38-title", "hu", P("„A forrás rendelkezésre áll, a munkák tavasszal indulnak” – mondta Fodorvári Zsolt "
                          "polgármester."),
     [("A forrás rendelkezésre", "Fodorvári Zsolt")]),

    # ------------------------------------------------------------------ split quotes and quotes after a colon
    ("r38-split", "en", P("“We were told the road would reopen in March,” said Ambrose Keeling, a sheep farmer. "
                          "“It is now June and nothing has happened.”"),
     [("We were told the road", "Ambrose Keeling"), ("It is now June", "Ambrose Keeling")]),
    ("r38-split", "en", P("“The trouble is,” said Petra Holloway-Nash, “nobody wants to pay for the repairs.”"),
     [("The trouble is", "Petra Holloway-Nash"), ("nobody wants to pay", "Petra Holloway-Nash")]),
    ("r38-split", "en", P("Councillor Idris Fenwick warned: “If the dam fails, the lower village goes with it.”"),
     [("If the dam fails", "Idris Fenwick")]),
    ("r38-split", "de", P("„Wir haben lange gewartet“, sagte Roswitha Kleinböhl, „aber jetzt reicht es.“"),
     [("Wir haben lange", "Roswitha Kleinböhl"), ("aber jetzt reicht", "Roswitha Kleinböhl")]),
    ("r38-split", "de", P("Fritjof Hasselbrink: „Ohne die Fähre ist die Insel im Winter abgeschnitten.“"),
     [("Ohne die Fähre", "Fritjof Hasselbrink")]),
    ("r38-split", "fr", P("« Nous avons attendu trois ans, dit Aurélien Castagnède. Trois ans pour rien. »"),
     [("Nous avons attendu", "Aurélien Castagnède")]),
    ("r38-split", "fr", P("Odile Ramonatxo résume la situation : « On a sacrifié la vallée pour une autoroute. »"),
     [("On a sacrifié la", "Odile Ramonatxo")]),
    ("r38-split", "es", P("«El agua llegó hasta aquí», dijo Crisanto Beltranena, señalando la pared. «Nunca "
                          "habíamos visto algo así»."),
     [("El agua llegó", "Crisanto Beltranena"), ("Nunca habíamos visto", "Crisanto Beltranena")]),
    ("r38-split", "it", P("«Abbiamo chiesto aiuto più volte», ha detto Settimio Loiacono, «ma nessuno ci ha "
                          "risposto»."),
     [("Abbiamo chiesto aiuto", "Settimio Loiacono"), ("ma nessuno ci ha", "Settimio Loiacono")]),
    ("r38-split", "pt", P("“Isto não é uma questão política”, afirmou Graciete Montalvão. “É uma questão de "
                          "segurança.”"),
     [("Isto não é uma", "Graciete Montalvão"), ("É uma questão de", "Graciete Montalvão")]),
    ("r38-split", "nl", P("Boer Harmen Tjeerdsma is somber: „Als het zo doorgaat, stop ik ermee.”"),
     [("Als het zo doorgaat", "Harmen Tjeerdsma")]),
    ("r38-split", "pl", P("„Czekaliśmy na tę decyzję dwa lata – mówi Halina Przybyłowska. – Teraz wreszcie możemy "
                          "zacząć budowę”."),
     [("Czekaliśmy na tę", "Halina Przybyłowska")]),
    ("r38-split", "pl", P("„Nie mamy już cierpliwości” – powiedział Wawrzyniec Kędziorek. „Jeśli trzeba, pójdziemy "
                          "do sądu”."),
     [("Nie mamy już", "Wawrzyniec Kędziorek"), ("Jeśli trzeba", "Wawrzyniec Kędziorek")]),
    ("r38-split", "ru", P("«Мы ждали этого решения три года, — сказала Зинаида Крупенникова. — Теперь наконец "
                          "начнём работу»."),
     [("Мы ждали этого", "Зинаида Крупенникова")]),
    ("r38-split", "ru", P("Пенсионер Евлампий Сыромятников возмущён: «Автобус ходит всего два раза в день»."),
     [("Автобус ходит", "Евлампий Сыромятников")]),
    ("r38-split", "sv", P("”Vi har väntat länge”, säger Torvald Björkhagen, ”men nu händer det äntligen något.”"),
     [("Vi har väntat", "Torvald Björkhagen"), ("men nu händer det", "Torvald Björkhagen")]),
    ("r38-split", "cs", P("Místostarosta Dobromil Šafránek varoval: „Pokud se hráz protrhne, zaplaví to celou "
                          "obec.“"),
     [("Pokud se hráz", "Dobromil Šafránek")]),

    # ------------------------------------------------------------------ according to X
    ("r38-according", "en", P("According to Winifred Gaskell, who runs the food bank on Mill Lane, “demand has "
                              "doubled since the winter.”"),
     [("demand has doubled", "Winifred Gaskell")]),
    ("r38-according", "en", P("“The river has never been this low in living memory,” according to Barnaby "
                              "Threlfall, the lock keeper at Ossbury Weir."),
     [("The river has never", "Barnaby Threlfall")]),
    ("r38-according", "de", P("Laut Bernadette Kohlhaas vom Heimatverein ist die Lage „schlimmer als beim Hochwasser "
                              "vor zwanzig Jahren“."),
     [("schlimmer als beim", "Bernadette Kohlhaas")]),
    ("r38-according", "de", P("„Die Kosten haben sich fast verdoppelt“, so Gerlinde Hufnagel, Kämmerin der "
                              "Gemeinde."),
     [("Die Kosten haben", "Gerlinde Hufnagel")]),
    ("r38-according", "fr", P("Selon Honorine Labastide, présidente de l’association des locataires, « la moitié "
                              "des familles ont déjà quitté le quartier »."),
     [("la moitié des familles", "Honorine Labastide")]),
    ("r38-according", "fr", P("« Le chantier a pris deux ans de retard », d’après Thibault Carrouget, ingénieur au "
                              "conseil départemental."),
     [("Le chantier a pris", "Thibault Carrouget")]),
    ("r38-according", "es", P("Según Eulalia Marquínez, portavoz de la plataforma vecinal, «la obra nunca debió "
                              "aprobarse»."),
     [("la obra nunca debió", "Eulalia Marquínez")]),
    ("r38-according", "it", P("Secondo Ermenegildo Sciacchitano, presidente della cooperativa, «il raccolto è "
                              "dimezzato rispetto all’anno scorso»."),
     [("il raccolto è", "Ermenegildo Sciacchitano")]),
    ("r38-according", "pt", P("De acordo com Deolinda Fagundes, da associação de pescadores, “o peixe simplesmente "
                              "desapareceu da baía”."),
     [("o peixe simplesmente", "Deolinda Fagundes")]),
    ("r38-according", "pl", P("Kazimiera Grochowiak jest sołtyską wsi od dwunastu lat.")
     + P("Zdaniem Grochowiak „nikt nie pytał mieszkańców o zdanie, zanim podpisano umowę”."),
     [("nikt nie pytał", "Kazimiera Grochowiak")]),
    ("r38-according", "ru", P("Аграфена Мордвинцева руководит местным музеем почти двадцать лет.")
     + P("По словам Мордвинцевой, «денег на ремонт крыши нет уже третий год»."),
     [("денег на ремонт", "Аграфена Мордвинцева")]),
    ("r38-according", "nl", P("Volgens Gerrit-Jan Wolthuis van de plaatselijke ijsclub is het „al jaren niet zo "
                              "koud geweest”."),
     [("al jaren niet zo", "Gerrit-Jan Wolthuis")]),
    ("r38-according", "sv", P("Enligt Margareta Hedenvind, ordförande i byalaget, är det ”helt orimligt att skolan "
                              "stängs mitt i terminen”."),
     [("helt orimligt att", "Margareta Hedenvind")]),
    ("r38-according", "fi", P("Raili Nummelin on johtanut kunnanhallitusta kuusi vuotta.")
     + P("Nummelinin mukaan ”päätös tehtiin aivan liian kiireellä”."),
     [("päätös tehtiin", "Raili Nummelin")]),
    ("r38-according", "tr", P("Kooperatif başkanı Şükrü Deveciler’e göre “bu yıl rekolte yarı yarıya düştü”."),
     [("bu yıl rekolte", "Şükrü Deveciler")]),
    ("r38-according", "hu", P("Bakonyvári Tünde szerint „a falu fele már elköltözött a városba”."),
     [("a falu fele már", "Bakonyvári Tünde")]),

    # ------------------------------------------------------------------ two speakers in one paragraph
    ("r38-two", "en", P("“We cannot keep patching the same road,” said Lorcan Betteridge, who farms east of the "
                        "village. His neighbour, Marguerite Ashdown, disagreed: “A patch is better than nothing.”"),
     [("We cannot keep", "Lorcan Betteridge"), ("A patch is better", "Marguerite Ashdown")]),
    ("r38-two", "en", P("Hattie Culverwell said the plan was “a good first step.” But Simeon Prout, who keeps the "
                        "hardware shop, was unconvinced. “I’ll believe it when I see it,” he said."),
     [("a good first step", "Hattie Culverwell"), ("believe it when I see", "Simeon Prout")]),
    ("r38-two", "de", P("„Das ist ein Schritt in die richtige Richtung“, sagte Dorothee Wehrkamp. Ihr Kollege "
                        "Anselm Grüttner widersprach: „Das reicht bei Weitem nicht.“"),
     [("Das ist ein Schritt", "Dorothee Wehrkamp"), ("Das reicht bei", "Anselm Grüttner")]),
    ("r38-two", "de", P("Während Hubertus Zeitler „keinen Grund zur Sorge“ sieht, warnt Agnes Wildermuth-Heck: "
                        "„Wir dürfen das nicht unterschätzen.“"),
     [("keinen Grund zur", "Hubertus Zeitler"), ("Wir dürfen das", "Agnes Wildermuth-Heck")]),
    ("r38-two", "fr", P("« C’est une très bonne nouvelle », se réjouit Gaëtane Pellerin. Son adjoint, Romuald "
                        "Chastagner, tempère : « Il faudra voir les détails. »"),
     [("C’est une très bonne", "Gaëtane Pellerin"), ("Il faudra voir", "Romuald Chastagner")]),
    ("r38-two", "fr", P("Pour Lucienne Sarrazac, « le village a été oublié par tout le monde ». « Personne n’a été "
                        "oublié », réplique Firmin Daguerre, le maire."),
     [("le village a été", "Lucienne Sarrazac"), ("Personne n’a été", "Firmin Daguerre")]),
    ("r38-two", "es", P("«Es una vergüenza», protestó Nicanor Escribano. A su lado, Purificación Valdeolmos fue "
                        "más prudente: «Hay que esperar al informe»."),
     [("Es una vergüenza", "Nicanor Escribano"), ("Hay que esperar", "Purificación Valdeolmos")]),
    ("r38-two", "it", P("«Siamo molto soddisfatti», ha commentato Rosalba Incardona. Di parere opposto Gaspare "
                        "Mannoia: «È solo propaganda elettorale»."),
     [("Siamo molto", "Rosalba Incardona"), ("È solo propaganda", "Gaspare Mannoia")]),
    ("r38-two", "pt", P("“É uma vitória para a aldeia”, disse Custódio Ramalhete. Já Filomena Bettencourt-Lobo "
                        "lembrou que “ainda falta o financiamento”."),
     [("É uma vitória", "Custódio Ramalhete"), ("ainda falta o", "Filomena Bettencourt-Lobo")]),
    ("r38-two", "nl", P("„Dit is goed nieuws voor het dorp”, zegt Sjoerd Hoekstraten. Buurvrouw Aaltje "
                        "Berkenbosch is kritischer: „Eerst zien, dan geloven.”"),
     [("Dit is goed nieuws", "Sjoerd Hoekstraten"), ("Eerst zien", "Aaltje Berkenbosch")]),
    ("r38-two", "pl", P("„To naprawdę dobra wiadomość” – ocenia Teodor Mazurkiewicz-Sójka. Innego zdania jest "
                        "Genowefa Kluczyk: „Obiecywali to już trzy razy”."),
     [("To naprawdę dobra", "Teodor Mazurkiewicz-Sójka"), ("Obiecywali to już", "Genowefa Kluczyk")]),
    ("r38-two", "ru", P("«Это победа для всего посёлка», — считает Ефим Колокольцев. С ним не согласна Варвара "
                        "Печёнкина: «Радоваться пока рано»."),
     [("Это победа для", "Ефим Колокольцев"), ("Радоваться пока", "Варвара Печёнкина")]),
    ("r38-two", "sv", P("”Det här är ett lyft för hela bygden”, säger Arvid Sundqvist. Grannen Elvira Tornberg är "
                        "mer tveksam: ”Jag tror det när jag ser det.”"),
     [("Det här är ett lyft", "Arvid Sundqvist"), ("Jag tror det när", "Elvira Tornberg")]),
    ("r38-two", "nb", P("«Dette er gode nyheter for oss», sier Halvard Bjørnstad. Naboen Solveig Trettevik er uenig: "
                        "«Vi har hørt det før.»"),
     [("Dette er gode", "Halvard Bjørnstad"), ("Vi har hørt det", "Solveig Trettevik")]),
    ("r38-two", "tr", P("“Bu karar köy için bir zafer,” dedi Rüstem Kalaycıoğlu. Muhtar Saniye Dereköylü ise daha "
                        "temkinli: “Önce ödeneği görelim.”"),
     [("Bu karar köy için", "Rüstem Kalaycıoğlu"), ("Önce ödeneği", "Saniye Dereköylü")]),
    ("r38-two", "el", P("«Είναι μια καλή αρχή», είπε η Ευανθία Κοντοπόδη. Ο Θεμιστοκλής Βαρνάβας διαφώνησε: "
                        "«Δεν φτάνει αυτό για το χωριό»."),
     [("Είναι μια καλή", "Ευανθία Κοντοπόδη"), ("Δεν φτάνει αυτό", "Θεμιστοκλής Βαρνάβας")]),

    # ------------------------------------------------------------------ nobody named as speaker
    ("r38-none", "en", P("Her first novel, “The Salt Orchard,” sold fewer than two hundred copies, but the second "
                         "became a surprise hit."),
     [("The Salt Orchard", None)]),
    ("r38-none", "en", P("“We were told to keep quiet until after the election,” said one official, who asked not "
                         "to be named because he was not authorised to speak to the press."),
     [("We were told to keep", None)]),
    ("r38-none", "en", P("Outside the town hall, protesters held a banner reading “Hands Off Our Harbour” as "
                         "councillors arrived for the vote."),
     [("Hands Off Our Harbour", None)]),
    ("r38-none", "en", P("“The family asks for privacy at this difficult time,” said a statement read outside the "
                         "court on Thursday."),
     [("The family asks", None)]),
    ("r38-none", "en", P("“I wrote most of it on the night bus,” said Linnea Stromberg of her debut collection, "
                         "“Lamps Along the Quay.”"),
     [("I wrote most of it", "Linnea Stromberg"), ("Lamps Along the Quay", None)]),
    ("r38-none", "de", P("Der Film „Die Stille nach dem Hochwasser“ läuft ab Donnerstag im Kino am Markt."),
     [("Die Stille nach dem", None)]),
    ("r38-none", "de", P("„Alle wussten davon, aber keiner hat etwas gesagt“, sagt ein Mitarbeiter, der anonym "
                         "bleiben möchte."),
     [("Alle wussten davon", None)]),
    ("r38-none", "de", P("Auf dem Transparent stand „Unser Wald bleibt“. „Wir geben nicht auf“, sagte die "
                         "Organisatorin Mechthild Raabe."),
     [("Unser Wald bleibt", None), ("Wir geben nicht auf", "Mechthild Raabe")]),
    ("r38-none", "fr", P("Sur les pancartes, on pouvait lire « Pas touche à notre école » et « Des classes, pas des "
                         "promesses »."),
     [("Pas touche à notre", None), ("Des classes, pas", None)]),
    ("r38-none", "fr", P("« La décision était prise depuis des mois », confie un élu qui a souhaité garder "
                         "l’anonymat."),
     [("La décision était", None)]),
    ("r38-none", "es", P("«Nos enteramos por la radio», lamentaba una vecina que prefirió no dar su nombre."),
     [("Nos enteramos por", None)]),
    ("r38-none", "it", P("I manifestanti hanno sfilato per il centro dietro lo striscione «Giù le mani dalla "
                         "valle»."),
     [("Giù le mani dalla", None)]),
    ("r38-none", "nl", P("De voorstelling „Een huis aan zee” trok zaterdag een volle zaal."),
     [("Een huis aan zee", None)]),
    ("r38-none", "pl", P("„Wszyscy wiedzieli, ale nikt nie reagował” – mówi jeden z pracowników, który prosił o "
                         "zachowanie anonimowości."),
     [("Wszyscy wiedzieli", None)]),
    ("r38-none", "ru", P("На плакатах было написано «Руки прочь от парка» и «Деревья важнее парковок»."),
     [("Руки прочь от", None), ("Деревья важнее", None)]),
    ("r38-none", "da", P("»Vi beklager de gener, borgerne har oplevet«, lød det i en udtalelse, der blev læst op "
                         "ved mødet."),
     [("Vi beklager de gener", None)]),
]

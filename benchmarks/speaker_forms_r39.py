"""Held-out round 39 of benchmarks/speaker_forms.py: who speaks a quotation, in 18 languages.

Written blind (by a reader who had not seen the speaker code nor the earlier rounds' cases) before
round 39's speaker rules were merged: a speaker carried into the next paragraph or stopped by a newer
one, people quoted later by surname or courtesy title, names in the grammatical cases of Polish,
Russian, Czech, Finnish, Hungarian, Turkish, Greek and Romanian, a hearer or a medium named beside the
speaker, pronouns after two people, spokespeople and documents of organisations, long paragraphs with
the attribution far from the quote, and quotes nobody is named for. Every name, place and body is
invented. A person is expected in the base form of the full name the page gives; an organisation as
the page writes it, without a leading article or preposition.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R39_CASES = [
    # ------------------------------------------------------------------ r39-carry
    ("r39-carry", "en", P("Tamsin Vellacott, who manages the harbour trust, said the dredging had been delayed by a "
                          "year. “We had the money in place by March,” she said.")
     + P("“Then the survey came back and everything stopped. Nobody wanted to sign off on it.”"),
     [("We had the money", "Tamsin Vellacott"), ("Then the survey came", "Tamsin Vellacott")]),
    ("r39-carry", "en", P("“We lost the whole crop in two nights,” said Corwen Ashby, who farms 80 acres outside "
                          "Millbrook Fen. “The frost came early and there was nothing to be done.")
     + P("“The insurers say the policy doesn’t cover it. I’ve farmed here for thirty years and never seen "
         "anything like it.”"),
     [("We lost the whole crop", "Corwen Ashby"), ("The insurers say", "Corwen Ashby")]),
    ("r39-carry", "de", P("Der Bürgermeister von Kelbach, Ansgar Thielmeyer, verteidigte am Montag die neuen Gebühren. "
                          "„Wir haben keine andere Wahl“, sagte er.")
     + P("„Die Rücklagen sind aufgebraucht, und das Land hilft uns nicht“, fügte Thielmeyer hinzu."),
     [("Wir haben keine andere", "Ansgar Thielmeyer"), ("Die Rücklagen sind", "Ansgar Thielmeyer")]),
    ("r39-carry", "fr", P("Maëlys Fontanet, directrice de l’école de Vireuil-sur-Arbe, s’inquiète de la fermeture "
                          "d’une classe. « Nous perdons vingt élèves en deux ans », explique-t-elle.")
     + P("« Si la classe ferme, les familles partiront en ville », a-t-elle ajouté."),
     [("Nous perdons vingt", "Maëlys Fontanet"), ("Si la classe ferme", "Maëlys Fontanet")]),
    ("r39-carry", "es", P("El alcalde de Villacorza, Anselmo Rubiales, defendió el proyecto: «La carretera traerá "
                          "empleo al valle».")
     + P("Pero la presidenta de la cooperativa, Leocadia Berrocal, no está de acuerdo.")
     + P("«Nadie nos ha enseñado un solo estudio», lamentó."),
     [("La carretera traerá", "Anselmo Rubiales"), ("Nadie nos ha enseñado", "Leocadia Berrocal")]),
    ("r39-carry", "it", P("«Abbiamo chiuso il forno dopo quarant’anni», racconta Gualtiero Benassi, 67 anni, seduto "
                          "davanti alla bottega di via Cernaglia.")
     + P("«Mio padre lo aveva aperto nel 1958. Oggi nessuno vuole più alzarsi alle tre di notte.»"),
     [("Abbiamo chiuso il forno", "Gualtiero Benassi"), ("Mio padre lo aveva", "Gualtiero Benassi")]),
    ("r39-carry", "pt", P("“O hospital precisa de mais enfermeiros”, disse o diretor clínico, Aurélio Pestana.")
     + P("A secretária regional da Saúde, Filomena Curado, respondeu na terça-feira.")
     + P("“As contratações já estão autorizadas e começam em maio”, afirmou."),
     [("O hospital precisa", "Aurélio Pestana"), ("As contratações já", "Filomena Curado")]),
    ("r39-carry", "nl", P("Wethouder Joost Dijkhorst erkende dinsdag dat het project uit de hand is gelopen. „We "
                          "hebben de kosten onderschat”, zei hij.")
     + P("„Dat neem ik mezelf kwalijk. Ik had eerder aan de bel moeten trekken”, voegde hij eraan toe."),
     [("We hebben de kosten", "Joost Dijkhorst"), ("Dat neem ik mezelf", "Joost Dijkhorst")]),
    ("r39-carry", "pl", P("Dyrektorka szpitala w Wierzbnie Górnym, Halina Gromadzka, przyznała, że brakuje "
                          "anestezjologów. „Mamy trzech lekarzy na cały powiat” – powiedziała.")
     + P("„Jeśli ktoś zachoruje, zamkniemy blok operacyjny” – dodała."),
     [("Mamy trzech lekarzy", "Halina Gromadzka"), ("Jeśli ktoś zachoruje", "Halina Gromadzka")]),
    ("r39-carry", "ru", P("Глава посёлка Верхние Ключи Аркадий Штольцев пообещал отремонтировать мост до осени. "
                          "«Деньги уже выделены», — сказал он.")
     + P("Тем временем жители соседней деревни жалуются на отсутствие автобуса. «Мы ходим пешком семь "
         "километров», — говорит пенсионерка из Осиновой Балки."),
     [("Деньги уже выделены", "Аркадий Штольцев"), ("Мы ходим пешком", None)]),
    ("r39-carry", "sv", P("Kommunalrådet Ingela Brodén säger att skolan ska byggas om. ”Vi har väntat alldeles för "
                          "länge”, säger hon.")
     + P("”Nu finns pengarna och nu kör vi. Bygget startar i augusti.”"),
     [("Vi har väntat", "Ingela Brodén"), ("Nu finns pengarna", "Ingela Brodén")]),
    ("r39-carry", "da", P("Borgmester Jesper Holmgaard afviser kritikken. »Vi har fulgt reglerne hele vejen,« siger han.")
     + P("Oppositionen ser anderledes på sagen. Byrådsmedlem Signe Kjærsgaard kalder forløbet for en skandale.")
     + P("»Borgerne har ikke fået et eneste svar,« siger hun."),
     [("Vi har fulgt reglerne", "Jesper Holmgaard"), ("Borgerne har ikke", "Signe Kjærsgaard")]),
    ("r39-carry", "nb", P("Havnesjef Øyvind Rognstad bekrefter at fergekaia må stenges i tre uker. «Vi har ikke noe "
                          "valg», sier han.")
     + P("«Betongen er i mye dårligere stand enn vi trodde», legger han til."),
     [("Vi har ikke noe valg", "Øyvind Rognstad"), ("Betongen er i mye", "Øyvind Rognstad")]),
    ("r39-carry", "fi", P("Kunnanjohtaja Riikka Halmesaari kertoo, että uimahalli suljetaan kesäksi. ”Korjaukset "
                          "eivät voi enää odottaa”, hän sanoo.")
     + P("Asukasyhdistyksen puheenjohtaja Tapani Keskiväli on eri mieltä.")
     + P("”Tästä ei kysytty meiltä mitään”, hän sanoo."),
     [("Korjaukset eivät voi", "Riikka Halmesaari"), ("Tästä ei kysytty", "Tapani Keskiväli")]),
    ("r39-carry", "tr", P("Belediye Başkanı Nurettin Kocabeyoğlu, yeni otobüs hattının mayısta açılacağını söyledi. "
                          "“Hat için tüm izinler alındı” dedi.")
     + P("Kocabeyoğlu, “Durakların yapımı da nisanda bitecek” diye ekledi."),
     [("Hat için tüm izinler", "Nurettin Kocabeyoğlu"), ("Durakların yapımı", "Nurettin Kocabeyoğlu")]),
    # ------------------------------------------------------------------ r39-surname
    ("r39-surname", "en", P("Marta Kessling, who runs the bus depot on Quarry Lane, has asked the council for a "
                            "second charging line.")
     + P("“Half our fleet sits idle every afternoon,” Ms Kessling said."),
     [("Half our fleet", "Marta Kessling")]),
    ("r39-surname", "en", P("Dr Idris Falconbridge, a paediatrician at Hallow Cross hospital, has treated three "
                            "children this week.")
     + P("“These are preventable injuries,” Dr Falconbridge said. “Every one of them.”"),
     [("These are preventable", "Idris Falconbridge")]),
    ("r39-surname", "de", P("Ruth Engelhardt betreibt seit 1994 den Dorfladen in Untersee am Hang.")
     + P("„Ohne die Post im Laden hätten wir längst zu“, sagt Frau Engelhardt."),
     [("Ohne die Post", "Ruth Engelhardt")]),
    ("r39-surname", "de", P("Der Förster Malte Grünewald zeigt auf die kahlen Hänge oberhalb von Seebrunnen.")
     + P("„Das war vor fünf Jahren noch dichter Fichtenwald“, sagt Grünewald."),
     [("Das war vor fünf", "Malte Grünewald")]),
    ("r39-surname", "fr", P("Bertrand Leclouët, maraîcher à Saint-Aubrac-des-Prés, a perdu la moitié de ses serres "
                            "dans l’orage.")
     + P("« Je n’ai jamais vu de grêle pareille », confie M. Leclouët."),
     [("Je n’ai jamais vu", "Bertrand Leclouët")]),
    ("r39-surname", "fr", P("L’avocate de la famille, Me Clarisse Dunoyer-Ravel, a demandé une contre-expertise.")
     + P("« Le rapport comporte des erreurs manifestes », a affirmé Me Dunoyer-Ravel à l’issue de l’audience."),
     [("Le rapport comporte", "Clarisse Dunoyer-Ravel")]),
    ("r39-surname", "es", P("La investigadora Itziar Goñibarren lleva una década estudiando los glaciares del "
                            "Pirineo.")
     + P("«Quedan menos de veinte hectáreas de hielo», advierte Goñibarren."),
     [("Quedan menos de veinte", "Itziar Goñibarren")]),
    ("r39-surname", "es", P("Don Eulogio Carrasquilla, de 88 años, es el último herrero de Fuentelmonje de Abajo.")
     + P("«Aquí antes había seis fraguas», recuerda el señor Carrasquilla."),
     [("Aquí antes había", "Eulogio Carrasquilla")]),
    ("r39-surname", "it", P("L’ingegnere Teodora Mazzacurati ha firmato il collaudo del viadotto nel 2019.")
     + P("«Le prove di carico erano tutte nei limiti», ha spiegato la Mazzacurati davanti ai giudici."),
     [("Le prove di carico", "Teodora Mazzacurati")]),
    ("r39-surname", "it", P("Il primario di cardiologia, il professor Ermanno Zucchelli, ha presentato i dati "
                            "dell’ultimo anno.")
     + P("«I ricoveri sono calati del 12 per cento», ha detto il professor Zucchelli."),
     [("I ricoveri sono calati", "Ermanno Zucchelli")]),
    ("r39-surname", "pt", P("O presidente da junta de freguesia, Rogério Malafaia, esteve presente na reunião.")
     + P("“A estrada não aguenta mais camiões”, disse Malafaia."),
     [("A estrada não aguenta", "Rogério Malafaia")]),
    ("r39-surname", "nl", P("Annelies van Stroeve runt al twintig jaar de kaasboerderij aan de Lingeweg.")
     + P("„Elk jaar komen er strengere regels bij”, zegt Van Stroeve."),
     [("Elk jaar komen er", "Annelies van Stroeve")]),
    ("r39-surname", "pl", P("Krystyna Wołodkiewicz od trzydziestu lat prowadzi bibliotekę w Zagórzu Małym.")
     + P("„Czytelników jest mniej, ale są wierni” – mówi pani Wołodkiewicz."),
     [("Czytelników jest mniej", "Krystyna Wołodkiewicz")]),
    ("r39-surname", "ru", P("Руководитель центра Нина Ворожейкина рассказала о планах на следующий год.")
     + P("«Мы откроем ещё два отделения в районе», — пообещала Ворожейкина."),
     [("Мы откроем ещё", "Нина Ворожейкина")]),
    ("r39-surname", "sv", P("Läraren Birgitta Hedenstam har undervisat på Ekbackaskolan i 31 år.")
     + P("”Klasserna har aldrig varit så stora”, säger Hedenstam."),
     [("Klasserna har aldrig", "Birgitta Hedenstam")]),
    ("r39-surname", "cs", P("Starostka obce Lhotka nad Vrbnou Věra Kadlecová vede obec už třetí volební období.")
     + P("„Peníze na kanalizaci nám stát slíbil už dvakrát,“ říká Kadlecová."),
     [("Peníze na kanalizaci", "Věra Kadlecová")]),
    ("r39-surname", "hu", P("Bereczki Tamás, a helyi tűzoltóság parancsnoka, hétfőn számolt be a károkról.")
     + P("„Három házat kellett kiüríteni” – mondta Bereczki."),
     [("Három házat kellett", "Bereczki Tamás")]),
    # ------------------------------------------------------------------ r39-case
    ("r39-case", "pl", P("Zdaniem Zdzisława Przybytka, wójta gminy Olszanka Dolna, „wykonawca nie ma żadnych "
                         "opóźnień”."),
     [("wykonawca nie ma", "Zdzisław Przybytek")]),
    ("r39-case", "pl", P("Radna Bożena Czapiewska zgłosiła w czwartek wniosek o audyt.")
     + P("Według Czapiewskiej „w budżecie brakuje ponad dwóch milionów złotych”."),
     [("w budżecie brakuje", "Bożena Czapiewska")]),
    ("r39-case", "pl", P("Rozmawialiśmy z Tadeuszem Mielczarkiem, sołtysem Borówka Nowego.")
     + P("„Woda zalała piwnice w dwunastu domach” – mówi."),
     [("Woda zalała piwnice", "Tadeusz Mielczarek")]),
    ("r39-case", "ru", P("По словам Геннадия Хвостикова, директора завода в Нижних Ольхах, «заказов хватит до "
                         "конца года»."),
     [("заказов хватит", "Геннадий Хвостиков")]),
    ("r39-case", "ru", P("Инженер Лариса Подберёзкина возглавляет проверку.")
     + P("«Трещины появились ещё в прошлом году», — цитирует Подберёзкину районная газета."),
     [("Трещины появились", "Лариса Подберёзкина")]),
    ("r39-case", "ru", P("У Ксении Ланцовой, владелицы кафе на набережной, другое мнение: «Туристов стало только "
                         "больше»."),
     [("Туристов стало", "Ксения Ланцова")]),
    ("r39-case", "cs", P("Podle Radka Vejvody, ředitele místní školy, „děti nemají kde sportovat“."),
     [("děti nemají kde", "Radek Vejvoda")]),
    ("r39-case", "cs", P("Podle místostarostky Aleny Drahokoupilové „je to jediná možnost, jak udržet poštu v obci“."),
     [("je to jediná možnost", "Alena Drahokoupilová")]),
    ("r39-case", "fi", P("Terveyskeskuksen ylilääkäri Juhani Kuusmaa on huolissaan jonoista.")
     + P("Kuusmaan mukaan ”tilanne on pahin kymmeneen vuoteen”."),
     [("tilanne on pahin", "Juhani Kuusmaa")]),
    ("r39-case", "fi", P("Pekka Hiekkasen mielestä ”kaupunki on unohtanut sivukylät kokonaan”."),
     [("kaupunki on unohtanut", "Pekka Hiekkanen")]),
    ("r39-case", "hu", P("A Dombszegi Hírlap Vámosi Lőrinc polgármestert idézte: „A híd még húsz évig kitart.”"),
     [("A híd még húsz", "Vámosi Lőrinc")]),
    ("r39-case", "hu", P("Szalontai Gergely, a gazdakör elnöke, aggódik a termés miatt.")
     + P("Szalontainak a minisztérium sem tudott választ adni. „Senki nem mondja meg, mikor jön a kártérítés” "
         "– panaszolta."),
     [("Senki nem mondja meg", "Szalontai Gergely")]),
    ("r39-case", "tr", P("Kooperatif başkanı Sevim Karaduman, fındık fiyatlarının düştüğünü söyledi.")
     + P("Karaduman'a göre “bu yıl üretici zarar edecek”."),
     [("bu yıl üretici", "Sevim Karaduman")]),
    ("r39-case", "tr", P("Okul müdürü Hasan Tekinalp'in yaptığı açıklamaya göre “binanın depreme dayanıklılığı "
                         "yeniden ölçülecek”."),
     [("binanın depreme", "Hasan Tekinalp")]),
    ("r39-case", "el", P("Σύμφωνα με τον δήμαρχο Σταμάτη Κουτσογιαννάκη, «τα έργα θα ολοκληρωθούν μέσα στο "
                         "καλοκαίρι»."),
     [("τα έργα θα", "Σταμάτης Κουτσογιαννάκης")]),
    ("r39-case", "el", P("Στη δήλωση της Ελπίδας Ζαχαράκη, προέδρου του συλλόγου γονέων, αναφέρεται: «Τα παιδιά "
                         "κάνουν μάθημα σε κοντέινερ»."),
     [("Τα παιδιά κάνουν", "Ελπίδα Ζαχαράκη")]),
    ("r39-case", "ro", P("Potrivit Silviei Bârlădeanu, directoarea spitalului, „secția de pediatrie va fi "
                         "redeschisă în martie”."),
     [("secția de pediatrie", "Silvia Bârlădeanu")]),
    ("r39-case", "ro", P("Dorin Vlădăreanu conduce asociația crescătorilor de ovine din Valea Sârbeștilor.")
     + P("În opinia lui Vlădăreanu, „prețul lânii nu mai acoperă nici măcar tunsul”."),
     [("prețul lânii", "Dorin Vlădăreanu")]),
    # ------------------------------------------------------------------ r39-told
    ("r39-told", "en", P("“The line will reopen on Friday,” Leopold Strachan, the operations director at Mercia "
                         "Vale Trains, told the Ashcombe Herald."),
     [("The line will reopen", "Leopold Strachan")]),
    ("r39-told", "en", P("Speaking to reporter Delia Crewe on Thursday, the farmer Hamish Tulloch said: “I’ve not "
                         "had a single call from the insurers.”"),
     [("I’ve not had a single", "Hamish Tulloch")]),
    ("r39-told", "en", P("Councillor Agnes Morrow told Radio Fenwick’s breakfast programme: “We cannot keep "
                         "patching the same road.”"),
     [("We cannot keep", "Agnes Morrow")]),
    ("r39-told", "de", P("„Wir rechnen mit einem Defizit von vier Millionen Euro“, sagte Kämmerer Volker Stegemann "
                         "dem Sender Radio Auental."),
     [("Wir rechnen mit", "Volker Stegemann")]),
    ("r39-told", "de", P("Im Gespräch mit der Reporterin Jana Lindqvist erklärte die Wirtin Gertrud Hölzl: „Seit der "
                         "Sperrung kommt kein Mensch mehr.“"),
     [("Seit der Sperrung", "Gertrud Hölzl")]),
    ("r39-told", "fr", P("« Nous ne fermerons pas l’usine », a déclaré le directeur général, Hugues Vaudrémont, à "
                         "l’agence Presse Alpine-Sud."),
     [("Nous ne fermerons", "Hugues Vaudrémont")]),
    ("r39-told", "fr", P("Interrogée par notre correspondant Thibault Garnerin, la maire de Lussac-le-Haut, Odile "
                         "Pradeau, a reconnu : « Nous avons sous-estimé les coûts. »"),
     [("Nous avons sous-estimé", "Odile Pradeau")]),
    ("r39-told", "es", P("«No vamos a subir los impuestos», aseguró la consejera Maite Urrestarazu en una entrevista "
                         "con Onda Valcárcel."),
     [("No vamos a subir", "Maite Urrestarazu")]),
    ("r39-told", "es", P("El entrenador Fermín Arrieta le dijo al periodista Óscar Villaseñor: «Este equipo todavía "
                         "no ha tocado techo»."),
     [("Este equipo todavía", "Fermín Arrieta")]),
    ("r39-told", "it", P("«Il cantiere riaprirà a settembre», ha detto l’assessore Corrado Vianello alla Voce di "
                         "Montebruno."),
     [("Il cantiere riaprirà", "Corrado Vianello")]),
    ("r39-told", "it", P("Sul sito del Comune di Valdaria, il sindaco Ilario Sbrighi ha scritto: «Chiedo scusa ai "
                         "cittadini per i disagi»."),
     [("Chiedo scusa", "Ilario Sbrighi")]),
    ("r39-told", "pt", P("“Não há médicos suficientes”, disse à agência Notícias da Raia a enfermeira Custódia "
                         "Arrabaça."),
     [("Não há médicos", "Custódia Arrabaça")]),
    ("r39-told", "nl", P("„We gaan de dijk met een meter verhogen”, zei dijkgraaf Harmen Stolwijk tegen Omroep "
                         "Lindewaard."),
     [("We gaan de dijk", "Harmen Stolwijk")]),
    ("r39-told", "pl", P("„Nie zamkniemy oddziału” – powiedziała „Kurierowi Nadbużańskiemu” dyrektorka szpitala "
                         "Elżbieta Wróblewska-Kanik."),
     [("Nie zamkniemy", "Elżbieta Wróblewska-Kanik")]),
    ("r39-told", "ru", P("«Мы не получили ни рубля компенсации», — рассказал корреспонденту «Заречного листка» "
                         "фермер Виктор Лапшин."),
     [("Мы не получили", "Виктор Лапшин")]),
    ("r39-told", "sv", P("”Vi har fått in över hundra anmälningar”, säger polisens presstalesperson Kerstin Ålund "
                         "till Radio Norrvik."),
     [("Vi har fått in", "Kerstin Ålund")]),
    ("r39-told", "da", P("»Vi har aldrig set så mange ansøgninger,« siger rektor Mette Brixholm til Avisen "
                         "Sønderlund."),
     [("Vi har aldrig set", "Mette Brixholm")]),
    ("r39-told", "ro", P("„Nu vom închide școala”, a declarat pentru Radio Fălcoiu Sud primarul Octavian "
                         "Bârsănescu."),
     [("Nu vom închide", "Octavian Bârsănescu")]),
    ("r39-told", "hu", P("„Tavaly óta háromszor öntötte el a pincét a víz” – mondta lapunknak Fenyvesi Kornélia, "
                         "a Malom utca egyik lakója."),
     [("Tavaly óta háromszor", "Fenyvesi Kornélia")]),
    # ------------------------------------------------------------------ r39-pronoun
    ("r39-pronoun", "en", P("Elspeth Garrow and her husband, Rufus, have run the ferry café for eleven years.")
     + P("“We’ll keep going as long as the boats do,” she said."),
     [("We’ll keep going", "Elspeth Garrow")]),
    ("r39-pronoun", "en", P("Detective Inspector Callum Rusk met the victim’s mother, Wenonah Ostrander, on Sunday.")
     + P("“I just want to know what happened to my son,” she said afterwards."),
     [("I just want to know", "Wenonah Ostrander")]),
    ("r39-pronoun", "en", P("Police are searching for Dorian Quaile, 34, who has not been seen since leaving his "
                            "flat on Orchard Row on Friday.")
     + P("“He was always out walking that dog,” said a neighbour, who asked not to be named."),
     [("He was always out", None)]),
    ("r39-pronoun", "de", P("Die Schulleiterin Ingrid Pfannstiel und der Elternsprecher Bernd Voßkuhl trafen sich am "
                            "Mittwoch mit dem Landrat.")
     + P("„Wir wurden vertröstet, wie immer“, sagte er hinterher."),
     [("Wir wurden vertröstet", "Bernd Voßkuhl")]),
    ("r39-pronoun", "de", P("Der 81-jährige Anton Brüggemeier hat sein Haus im Hochwasser verloren.")
     + P("„Er stand bis zur Brust im Wasser und wollte nicht gehen“, erzählt eine Nachbarin."),
     [("Er stand bis zur", None)]),
    ("r39-pronoun", "fr", P("Le maire, Gaspard Ollivier, a reçu mardi la présidente de l’association, Nadège Coustou.")
     + P("« Nous avons enfin été écoutés », a-t-elle déclaré à la sortie."),
     [("Nous avons enfin", "Nadège Coustou")]),
    ("r39-pronoun", "fr", P("Julien Martégoute, 19 ans, a été retrouvé sain et sauf dans un ravin près du col de "
                            "Vardelune.")
     + P("« Il était épuisé mais conscient », a raconté l’un des secouristes."),
     [("Il était épuisé", None)]),
    ("r39-pronoun", "es", P("La fiscal, Ainhoa Zubeldia, interrogó durante dos horas al acusado, Baltasar Quintanar.")
     + P("«Nunca toqué ese dinero», insistió él."),
     [("Nunca toqué ese", "Baltasar Quintanar")]),
    ("r39-pronoun", "it", P("Il sindaco Renato Folegatti ha incontrato la presidente della Provincia, Loredana "
                            "Zanchetta.")
     + P("«È stato un incontro franco», ha commentato lei all’uscita."),
     [("È stato un incontro", "Loredana Zanchetta")]),
    ("r39-pronoun", "pt", P("A bombeira Juliana Teixeira Brás resgatou o pescador Amadeu Coutinho depois de duas "
                            "horas no mar.")
     + P("“Pensei que não voltava a ver a minha família”, disse ele."),
     [("Pensei que não", "Amadeu Coutinho")]),
    ("r39-pronoun", "nl", P("Rechter Mirjam Ooms sprak de verdachte, Koen Vlietstra, dinsdag vrij.")
     + P("„Ik ben blij dat het voorbij is”, zei hij na afloop."),
     [("Ik ben blij dat", "Koen Vlietstra")]),
    ("r39-pronoun", "pl", P("Policja szuka 15-letniej Oliwii Serafin, która w piątek nie wróciła ze szkoły w "
                            "Lipnicy Wielkiej.")
     + P("„To spokojna dziewczyna, nigdy wcześniej nie uciekała” – mówi jej wychowawczyni."),
     [("To spokojna dziewczyna", None)]),
    ("r39-pronoun", "ru", P("Следователь Игорь Ладыгин допросил свидетельницу Марину Зюзину.")
     + P("«Я видела машину, но номер не запомнила», — сказала она."),
     [("Я видела машину", "Марина Зюзина")]),
    ("r39-pronoun", "sv", P("Skolans rektor Lennart Åkesson och skolsköterskan Maja Fridell har larmat om stressen "
                            "bland eleverna.")
     + P("”Allt fler kommer till mig med magont”, säger hon."),
     [("Allt fler kommer", "Maja Fridell")]),
    ("r39-pronoun", "cs", P("Hasič Ondřej Malina vynesl z hořícího domu devadesátiletou Boženu Krupičkovou.")
     + P("„Myslela jsem, že tam umřu,“ řekla později."),
     [("Myslela jsem", "Božena Krupičková")]),
    ("r39-pronoun", "nb", P("Ordfører Knut Almåsvik og rådmann Hilde Sæterbakken møtte beboerne torsdag.")
     + P("«Vi lover ikke noe vi ikke kan holde», sa hun."),
     [("Vi lover ikke noe", "Hilde Sæterbakken")]),
    # ------------------------------------------------------------------ r39-org
    ("r39-org", "en", P("“Services will run normally from Monday,” a spokeswoman for Tollbridge Buses said."),
     [("Services will run", "Tollbridge Buses")]),
    ("r39-org", "en", P("The Department for Coastal Affairs said in a statement: “All ferry crossings have been "
                        "suspended until further notice.”"),
     [("All ferry crossings", "Department for Coastal Affairs")]),
    ("r39-org", "en", P("The inspection report, published by the Northmoor Water Authority on Wednesday, states that "
                        "“the reservoir wall shows no signs of structural weakness”."),
     [("the reservoir wall", "Northmoor Water Authority")]),
    ("r39-org", "de", P("„Die Preise steigen zum 1. Januar um acht Prozent“, teilte ein Sprecher der Stadtwerke "
                        "Falkenried mit."),
     [("Die Preise steigen", "Stadtwerke Falkenried")]),
    ("r39-org", "de", P("„Die Brücke ist nicht mehr standsicher“, heißt es in dem Gutachten, das der Redaktion "
                        "vorliegt."),
     [("Die Brücke ist nicht", None)]),
    ("r39-org", "fr", P("« Aucune décision n’a été prise à ce stade », indique un porte-parole de la Régie des "
                        "transports de Castelbrune."),
     [("Aucune décision", "Régie des transports de Castelbrune")]),
    ("r39-org", "fr", P("Dans un communiqué, le ministère de la Transition rurale affirme que « les aides seront "
                        "versées avant la fin du mois »."),
     [("les aides seront", "ministère de la Transition rurale")]),
    ("r39-org", "es", P("«La planta no supone ningún riesgo para la salud», señaló en un comunicado la empresa "
                        "Minerales Arbizu."),
     [("La planta no supone", "Minerales Arbizu")]),
    ("r39-org", "it", P("«Il servizio riprenderà regolarmente lunedì», ha fatto sapere un portavoce di Autolinee "
                        "Serravezza."),
     [("Il servizio riprenderà", "Autolinee Serravezza")]),
    ("r39-org", "pt", P("Segundo o relatório da Autoridade Regional das Marés, “mais de metade das embarcações não "
                        "tem licença válida”."),
     [("mais de metade", "Autoridade Regional das Marés")]),
    ("r39-org", "nl", P("„Er is geen sprake van een datalek”, laat een woordvoerder van zorgverzekeraar Zuidkust Zorg "
                        "weten."),
     [("Er is geen sprake", "Zuidkust Zorg")]),
    ("r39-org", "pl", P("„Przerwa w dostawach wody potrwa do środy” – poinformowała w komunikacie spółka "
                        "Wodkan-Brzeziny."),
     [("Przerwa w dostawach", "Wodkan-Brzeziny")]),
    ("r39-org", "ru", P("«Движение поездов будет восстановлено к вечеру», — сообщили в пресс-службе компании "
                        "«Верхолесье-Транс»."),
     [("Движение поездов", "Верхолесье-Транс")]),
    ("r39-org", "sv", P("”Vi beklagar det inträffade”, skriver Ekdalens Energi i ett pressmeddelande."),
     [("Vi beklagar det", "Ekdalens Energi")]),
    ("r39-org", "da", P("»Vi har ingen kommentarer til sagen,« oplyser pressechefen for Fjordlinjen Nord."),
     [("Vi har ingen kommentarer", "Fjordlinjen Nord")]),
    ("r39-org", "ro", P("„Nu există niciun pericol pentru populație”, a transmis compania Hidrotermal Vâlcești "
                        "într-un comunicat."),
     [("Nu există niciun", "Hidrotermal Vâlcești")]),
    ("r39-org", "hu", P("„A járatok hétfőtől a megszokott rend szerint közlekednek” – közölte a Tiszahát Volán "
                        "szóvivője."),
     [("A járatok hétfőtől", "Tiszahát Volán")]),
    # ------------------------------------------------------------------ r39-long
    ("r39-long", "en", P("The flood defences at Easterby Quay cost £14 million and were meant to last a century. "
                         "“They were signed off in 2016 and the first real storm went straight through them, which "
                         "tells you everything about how the work was checked,” says Rowena Threlkeld, whose bakery "
                         "on Quay Street took in a metre of water. Her neighbour, Gideon Pask, lost his entire stock. "
                         "The council has promised a review by June."),
     [("They were signed off", "Rowena Threlkeld")]),
    ("r39-long", "en", P("“Nobody has told us where the 300 families are supposed to go once the towers come down, "
                         "and nobody has told us when.” Those were the words of Yusra Pendlebury, chair of the "
                         "Fernhill tenants’ association, at a packed meeting on Tuesday night. The housing director, "
                         "Malcolm Oduya, said the first moves would begin in the autumn."),
     [("Nobody has told us", "Yusra Pendlebury")]),
    ("r39-long", "en", P("At the Saltmarsh Road depot, 62 drivers walked out at dawn. “We’ve been offered two per "
                         "cent after three years of nothing, and the company made record profits,” said union rep "
                         "Carys Vowden. The depot manager, Neil Ashgrove, was more measured: “We remain at the table "
                         "and we hope to reach a deal this week.” Talks resume on Thursday."),
     [("We’ve been offered", "Carys Vowden"), ("We remain at the table", "Neil Ashgrove")]),
    ("r39-long", "de", P("Die Kreisstraße zwischen Mühlbach am Rain und Oberzell ist seit 14 Monaten gesperrt. „Wir "
                         "fahren jeden Tag 23 Kilometer Umweg, die Kinder sitzen morgens eine Stunde im Bus, und im "
                         "Winter ist die Ausweichstrecke oft gar nicht geräumt“, sagt Landwirtin Frieda Wolkenstein, "
                         "die ihren Hof direkt an der Sperrung hat. Landrat Heribert Kässmann verweist auf einen "
                         "Streit mit der Baufirma."),
     [("Wir fahren jeden Tag", "Frieda Wolkenstein")]),
    ("r39-long", "de", P("Im Gemeinderat von Altenbrunn ging es am Dienstag hoch her. „Wer die Grundschule schließt, "
                         "schließt das Dorf“, rief Elternvertreterin Sabine Kerkhoff unter Applaus, während "
                         "Bürgermeister Dieter Lamprecht mehrfach um Ruhe bat. Lamprecht hielt dagegen: „Mit 41 "
                         "Kindern in vier Jahrgängen können wir keinen ordentlichen Unterricht mehr anbieten.“ Eine "
                         "Entscheidung fällt im März."),
     [("Wer die Grundschule", "Sabine Kerkhoff"), ("Mit 41 Kindern", "Dieter Lamprecht")]),
    ("r39-long", "fr", P("À Vernouillet-les-Bois, 420 habitants, la dernière épicerie a fermé en mars. « On a tenu "
                         "sept ans, mais entre l’électricité qui a triplé, les livraisons qui ne passent plus qu’une "
                         "fois par semaine et les clients qui partent au supermarché de la zone, ce n’était plus "
                         "possible », résume Ghislaine Peyrebrune, qui la tenait avec son frère Lucien. Le maire, "
                         "Armand Coustès, cherche un repreneur."),
     [("On a tenu sept ans", "Ghislaine Peyrebrune")]),
    ("r39-long", "es", P("El embalse de Valdecarros está al 18 por ciento de su capacidad, el nivel más bajo desde "
                         "1995. «Si en octubre no llueve, tendremos que cortar el riego a la mitad de las parcelas y "
                         "eso significa perder la cosecha entera de maíz», advirtió ayer el presidente de la comunidad "
                         "de regantes, Eusebio Larrañeta. La consejera Begoña Altamira prometió ayudas."),
     [("Si en octubre no", "Eusebio Larrañeta")]),
    ("r39-long", "it", P("«Abbiamo perso trecento clienti in un anno, e con il cantiere davanti alla vetrina non "
                         "entra più nessuno.» È lo sfogo di Nicoletta Baraldini, titolare della merceria di corso "
                         "Pellizzari da 26 anni. Accanto a lei annuisce il vicino, il ferramenta Saverio Gualandi. "
                         "Il Comune promette la fine dei lavori entro dicembre."),
     [("Abbiamo perso trecento", "Nicoletta Baraldini")]),
    ("r39-long", "pt", P("A fábrica de conservas de Vila Alva do Mar emprega 180 pessoas, quase todas mulheres. “Se "
                         "a fábrica fechar, metade da vila fica sem rendimento, e não há outra coisa aqui para fazer "
                         "a não ser esperar pela reforma ou emigrar”, afirma Albertina Quaresma, delegada sindical, ao "
                         "lado da colega Rosário Pimentel. A administração não respondeu."),
     [("Se a fábrica fechar", "Albertina Quaresma")]),
    ("r39-long", "nl", P("In Haverwolde staan 46 huizen leeg sinds de bodemdaling. „Je ziet de scheuren elke week "
                         "groter worden, en de commissie komt pas over een half jaar kijken, dus wat moeten we in de "
                         "tussentijd?” vraagt Gerrit Hoekstra-Veldman zich af. Hij woont er met zijn vrouw Ineke sinds "
                         "1979. Gedeputeerde Lotte Brinkhorst belooft snelheid."),
     [("Je ziet de scheuren", "Gerrit Hoekstra-Veldman")]),
    ("r39-long", "pl", P("Na przejeździe w Zalesiu Nadrzecznym w ciągu dwóch lat zginęły cztery osoby. „Rogatek nie "
                         "ma, sygnalizacja działa raz tak, raz tak, a pociągi jeżdżą tu sto dwadzieścia na godzinę, "
                         "pisaliśmy do kolei trzy razy i nic” – mówi sołtys Grzegorz Pawlikowski-Ruta. Jego "
                         "zastępczyni, Ewa Mroczek, zebrała 600 podpisów."),
     [("Rogatek nie ma", "Grzegorz Pawlikowski-Ruta")]),
    ("r39-long", "ru", P("В селе Малые Кочки закрыли единственный фельдшерский пункт. «Теперь до врача сорок "
                         "километров, автобус ходит два раза в неделю, а у половины жителей нет машины — как хочешь, "
                         "так и добирайся», — рассказывает Зинаида Прохорчук, которая проработала в медпункте 22 "
                         "года. Глава района Олег Карнаухов обещает выездную бригаду."),
     [("Теперь до врача", "Зинаида Прохорчук")]),
    ("r39-long", "sv", P("Gruvan i Storlidberget ska läggas ned 2027, och 340 jobb försvinner. ”Det här är inte bara "
                         "jobben, det är skolan, affären och hockeylaget, allt hänger ihop med gruvan här uppe”, "
                         "säger Anneli Rönnqvist, som har jobbat där i 19 år. Kommunalrådet Tord Eklöv vill ha "
                         "krismöte med regeringen."),
     [("Det här är inte bara", "Anneli Rönnqvist")]),
    ("r39-long", "fi", P("Kylän koulu lakkautetaan ensi syksynä, ja 34 oppilasta siirtyy 28 kilometrin päähän "
                         "Routajärvelle. ”Pienimmät lapset istuvat bussissa tunnin aamulla ja tunnin illalla, eikä "
                         "kukaan ole kysynyt, miten se vaikuttaa heidän jaksamiseensa”, sanoo vanhempainyhdistyksen "
                         "puheenjohtaja Marjut Leppäniemi. Sivistysjohtaja Arto Kivimäki puolustaa päätöstä."),
     [("Pienimmät lapset", "Marjut Leppäniemi")]),
    # ------------------------------------------------------------------ r39-none
    ("r39-none", "en", P("Water has been coming through the ceilings of the Brackley Court flats since October. "
                         "“It’s been like this for years and nobody listens,” one resident said."),
     [("It’s been like this", None)]),
    ("r39-none", "en", P("Witnesses said the van was travelling “at a terrifying speed” before it left the road.")
     + P("“There was glass everywhere,” said one witness."),
     [("at a terrifying speed", None), ("There was glass", None)]),
    ("r39-none", "en", P("Her debut novel, “The Salt Orchard,” sold 40,000 copies in its first month."),
     [("The Salt Orchard", None)]),
    ("r39-none", "en", P("“We are aware of the situation and are monitoring it closely,” officials said on Monday."),
     [("We are aware of", None)]),
    ("r39-none", "de", P("„Das ist eine Katastrophe für den Ort“, sagte ein Anwohner, der seinen Namen nicht in der "
                         "Zeitung lesen will."),
     [("Das ist eine Katastrophe", None)]),
    ("r39-none", "de", P("Die Stadt spricht von einer „vorübergehenden Anpassung“ der Fahrpläne; Kritiker nennen es "
                         "einen Kahlschlag."),
     [("vorübergehenden", None)]),
    ("r39-none", "fr", P("« Les négociations sont dans l’impasse », confie une source proche du dossier."),
     [("Les négociations", None)]),
    ("r39-none", "fr", P("Le groupe Les Ardoisiers a sorti vendredi son nouveau single, « Minuit sur la digue »."),
     [("Minuit sur la digue", None)]),
    ("r39-none", "es", P("«Se oyó un estruendo y luego silencio», relató un testigo a los servicios de emergencia."),
     [("Se oyó un estruendo", None)]),
    ("r39-none", "it", P("Secondo fonti vicine alla trattativa, «l’accordo è ormai a un passo»."),
     [("l’accordo è ormai", None)]),
    ("r39-none", "pt", P("“Ninguém nos avisou de nada”, queixavam-se os moradores à porta do prédio."),
     [("Ninguém nos avisou", None)]),
    ("r39-none", "nl", P("Volgens ingewijden is de sfeer in het college „om te snijden”."),
     [("om te snijden", None)]),
    ("r39-none", "pl", P("Film „Ostatni prom na Mierzeję” zdobył w sobotę nagrodę publiczności.")
     + P("„Kręciliśmy go przez cztery zimy” – mówi reżyserka Anastazja Pilecka-Obst."),
     [("Ostatni prom", None), ("Kręciliśmy go", "Anastazja Pilecka-Obst")]),
    ("r39-none", "ru", P("«Нас никто не предупредил», — жалуются жители дома на Садовой улице."),
     [("Нас никто не", None)]),
    ("r39-none", "sv", P("”Det luktade bränt i hela trapphuset”, berättar en granne."),
     [("Det luktade bränt", None)]),
    ("r39-none", "tr", P("“Sesler gece yarısından sonra başladı” diyen bir mahalle sakini, polisin geç geldiğini "
                         "anlattı."),
     [("Sesler gece yarısından", None)]),
    ("r39-none", "el", P("«Δεν είχαμε καμία ενημέρωση», λένε κάτοικοι της περιοχής."),
     [("Δεν είχαμε καμία", None)]),
    ("r39-none", "cs", P("Kniha „Zimní zahrada za humny“ vyšla v září a autorka ji představí v knihovně."),
     [("Zimní zahrada", None)]),
    ("r39-none", "hu", P("A kormányhivatal „technikai okokra” hivatkozva halasztotta el a döntést."),
     [("technikai okokra", None)]),
    ("r39-none", "ro", P("„Am auzit doar o bubuitură, apoi s-a luat lumina”, a povestit un martor."),
     [("Am auzit doar", None)]),
    ("r39-none", "fi", P("”Kukaan ei kertonut meille mitään”, sanoo eräs asukas."),
     [("Kukaan ei kertonut", None)]),
]

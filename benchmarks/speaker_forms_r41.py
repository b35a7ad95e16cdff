"""Held-out round 41 of benchmarks/speaker_forms.py: who speaks a quotation, in 18 languages.

Written blind (by a reader who had not seen the speaker code nor the earlier rounds' cases) at the start
of round 40, before that round's rules were merged: ordinary news of two to five paragraphs, with the
speaker introduced paragraphs before the quote, lead-ins ending with a colon, organisations and unnamed
spokespeople, roles and titles in every order, two or three speakers in turn, documents, letters and
titles of works, quotes nobody is named for, and questions and replies. Every name, place and body is
invented. A person is expected in the base form of the full name the page gives; an organisation as the
page writes it.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R41_CASES = [
    # ---------------------------------------------------------------- r41-far
    ("r41-far", "en",
     P("Harriet Quenby, who chairs the Marlow Vale parish council, spent the morning walking the flooded lanes "
       "with two engineers from the county.")
     + P("“We were promised the culverts would be cleared by spring,” she said. “Nothing happened.”")
     + P("Quenby added that the council would write to the county again. “This is the third winter in a row "
         "that the same houses have gone under,” she said."),
     [("We were promised the", "Harriet Quenby"), ("This is the third", "Harriet Quenby")]),
    ("r41-far", "en",
     P("Detective Inspector Rowan Failsworth told reporters on Tuesday that the stolen tractors had been traced "
       "to a storage yard near Elmbury.")
     + P("The yard’s owner, Colin Tappet, denied any knowledge of the machines. “I rent that space out, I never "
         "go there myself,” Tappet said.")
     + P("Failsworth was unconvinced. “We will be speaking to everyone who had a key,” the inspector said."),
     [("I rent that space out", "Colin Tappet"), ("We will be speaking", "Rowan Failsworth")]),
    ("r41-far", "de",
     P("Bürgermeisterin Anke Dressler hat am Montag im Stadtrat von Hollerbach den Haushalt für das kommende "
       "Jahr vorgestellt.")
     + P("„Wir müssen an allen Ecken sparen“, sagte sie. Die Schwimmhalle bleibe aber geöffnet.")
     + P("Die Opposition kritisierte die Kürzungen bei den Jugendzentren.")
     + P("„Das ist ein Versprechen an die Familien“, betonte Dressler."),
     [("Wir müssen an allen", "Anke Dressler"), ("Das ist ein Versprechen", "Anke Dressler")]),
    ("r41-far", "de",
     P("Der Vorsitzende des Heimatvereins Ottersgrund, Gerold Emmerling, kritisiert die Pläne für den "
       "Windpark am Kahlen Kopf scharf.")
     + P("Auch die Landwirtin Beate Kolbinger meldete sich bei der Versammlung zu Wort. Sie fürchtet um ihre "
         "Weideflächen.")
     + P("„Niemand hat uns vorher gefragt“, sagte sie.")
     + P("Emmerling kündigte Widerstand an: „Wir gehen notfalls vor Gericht.“"),
     [("Niemand hat uns vorher", "Beate Kolbinger"), ("Wir gehen notfalls vor", "Gerold Emmerling")]),
    ("r41-far", "fr",
     P("Maryse Chaumontel, directrice de l’école Jean-Lurel de Vassieux-le-Haut, a reçu les parents d’élèves "
       "jeudi soir.")
     + P("« Nous n’avons pas assez d’enseignants pour ouvrir une troisième classe », a-t-elle expliqué.")
     + P("Selon elle, la situation pourrait encore s’aggraver à la rentrée. « Je ne peux rien promettre », a "
         "reconnu la directrice."),
     [("Nous n’avons pas assez", "Maryse Chaumontel"), ("Je ne peux rien", "Maryse Chaumontel")]),
    ("r41-far", "fr",
     P("Le maire de Saint-Aubrac-des-Prés, Thibault Verdalle, a annoncé mardi la fermeture du vieux pont pour "
       "six mois.")
     + P("Les commerçants du centre-bourg craignent une forte baisse de fréquentation.")
     + P("Le maire a ensuite détaillé le calendrier des travaux.")
     + P("« Il n’y a pas d’autre solution, le pont risque de céder. »"),
     [("Il n’y a pas d’autre", "Thibault Verdalle")]),
    ("r41-far", "es",
     P("La consejera de Sanidad, Marta Illescas Ferrán, visitó este lunes el nuevo centro de salud de "
       "Villaoscura del Páramo.")
     + P("“Es un edificio que la comarca esperaba desde hace veinte años”, dijo.")
     + P("Illescas anunció que el centro abrirá sus puertas en marzo. “Habrá consulta de pediatría todos los "
         "días”, aseguró la consejera."),
     [("Es un edificio que", "Marta Illescas Ferrán"), ("Habrá consulta de", "Marta Illescas Ferrán")]),
    ("r41-far", "it",
     P("Il sindaco di Roccamorra, Filippo Sterlacchi, ha incontrato ieri sera i residenti di via dei Mulini.")
     + P("Tra loro c’era Agnese Pirovetti, che abita nel quartiere da quarant’anni. «Qui non passa più nessun "
         "autobus», ha raccontato.")
     + P("Il sindaco ha promesso una soluzione entro l’estate. «Ripristineremo la linea 4», ha detto."),
     [("Qui non passa più", "Agnese Pirovetti"), ("Ripristineremo la linea", "Filippo Sterlacchi")]),
    ("r41-far", "pt",
     P("O presidente da Câmara de Vilar do Montado, Rui Amaral Teixeira, apresentou ontem o plano para o centro "
       "histórico.")
     + P("«Queremos devolver as ruas às pessoas», afirmou o autarca.")
     + P("Teixeira admitiu que as obras vão causar transtornos aos moradores. «Vai ser um verão difícil», "
         "reconheceu."),
     [("Queremos devolver as", "Rui Amaral Teixeira"), ("Vai ser um verão", "Rui Amaral Teixeira")]),
    ("r41-far", "nl",
     P("Wethouder Femke Dorrestijn van Lindehoven wil dat de binnenstad vanaf volgend jaar autovrij wordt.")
     + P("Ondernemers reageren verdeeld. Kapper Joost Overbeek vreest voor zijn klandizie. ‘Mijn vaste klanten "
         "komen allemaal met de auto’, zegt hij.")
     + P("Dorrestijn begrijpt de zorgen. ‘We gaan goed naar parkeerplekken aan de rand kijken’, zegt de "
         "wethouder."),
     [("Mijn vaste klanten", "Joost Overbeek"), ("We gaan goed naar", "Femke Dorrestijn")]),
    ("r41-far", "pl",
     P("Wójt gminy Brzezinka Dolna Zbigniew Pawłowiak zapowiedział w czwartek budowę nowej oczyszczalni "
       "ścieków.")
     + P("„To największa inwestycja w historii gminy” – powiedział.")
     + P("Według wójta prace ruszą jesienią. „Mieszkańcy nie zapłacą za to ani złotówki” – zapewnił "
         "Pawłowiak."),
     [("To największa inwestycja", "Zbigniew Pawłowiak"), ("Mieszkańcy nie zapłacą", "Zbigniew Pawłowiak")]),
    ("r41-far", "ru",
     P("Глава районной администрации Аркадий Седых провёл во вторник встречу с жителями посёлка Верхние "
       "Липняки.")
     + P("«Дорогу до школы отремонтируют до первого сентября», — пообещал он.")
     + P("Жители ответили, что слышат это уже не в первый раз.")
     + P("Седых настаивал: «На этот раз деньги уже выделены»."),
     [("Дорогу до школы", "Аркадий Седых"), ("На этот раз деньги", "Аркадий Седых")]),
    ("r41-far", "sv",
     P("Kommunalrådet Ingela Brunnqvist vill bygga en ny sporthall i Ekeby norra.")
     + P("Oppositionsrådet Mats Fjällström är kritisk. ”Kommunen har inte råd just nu”, säger han.")
     + P("Brunnqvist håller inte med. ”Barnen kan inte vänta i tio år till”, säger hon."),
     [("Kommunen har inte råd", "Mats Fjällström"), ("Barnen kan inte vänta", "Ingela Brunnqvist")]),
    ("r41-far", "da",
     P("Skoleleder Henrik Møllgaard fra Sønderkær Skole har fået nok af biler, der holder i busbanen om "
       "morgenen.")
     + P("»Det er kun et spørgsmål om tid, før der sker en ulykke,« siger han.")
     + P("Han har nu bedt kommunen om hjælp.")
     + P("»Vi har prøvet med skilte, men det virker ikke,« siger skolelederen."),
     [("Det er kun et spørgsmål", "Henrik Møllgaard"), ("Vi har prøvet med", "Henrik Møllgaard")]),
    ("r41-far", "nb",
     P("Ordfører Sigrid Tangvald i Fjellstad kommune er skuffet over at fylket har utsatt den nye brua over "
       "Kvernelva.")
     + P("«Dette rammer pendlerne hardest», sier hun.")
     + P("Tangvald vil ta saken opp med fylkesordføreren neste uke. «Vi gir oss ikke», sier ordføreren."),
     [("Dette rammer pendlerne", "Sigrid Tangvald"), ("Vi gir oss ikke", "Sigrid Tangvald")]),
    ("r41-far", "fi",
     P("Kaupunginjohtaja Aila Rautiainen esitteli tiistaina Kivilahden uuden kirjaston suunnitelmat.")
     + P("”Kirjastosta tulee koko kaupungin olohuone”, hän sanoi.")
     + P("Rautiaisen mukaan rakennustyöt alkavat ensi keväänä. ”Aikataulu on tiukka mutta realistinen”, "
         "kaupunginjohtaja totesi."),
     [("Kirjastosta tulee koko", "Aila Rautiainen"), ("Aikataulu on tiukka", "Aila Rautiainen")]),
    ("r41-far", "tr",
     P("Kuruçay Belediye Başkanı Selim Aktoprak, dün düzenlediği basın toplantısında yeni otobüs hatlarını "
       "tanıttı.")
     + P("“Artık hiçbir mahalle ulaşımsız kalmayacak” dedi.")
     + P("Aktoprak, hatların gelecek ay hizmete gireceğini söyledi. “Biletler ilk hafta ücretsiz olacak” "
         "diye ekledi."),
     [("Artık hiçbir mahalle", "Selim Aktoprak"), ("Biletler ilk hafta", "Selim Aktoprak")]),
    ("r41-far", "ro",
     P("Primarul comunei Valea Morilor, Costel Bărbulescu, a anunțat că școala din sat va fi renovată anul "
       "acesta.")
     + P("„Copiii nu mai pot învăța în frig”, a declarat acesta.")
     + P("Părinții au cerut ca lucrările să se facă în vacanță.")
     + P("Bărbulescu a precizat că șantierul va începe în iunie. „Avem deja banii”, a spus edilul."),
     [("Copiii nu mai pot", "Costel Bărbulescu"), ("Avem deja banii", "Costel Bărbulescu")]),
    ("r41-far", "hu",
     P("Szalontai Géza, Révhegy polgármestere csütörtökön bejelentette, hogy lezárják a régi kompátkelőt.")
     + P("„A komp már nem biztonságos” – mondta.")
     + P("A polgármester szerint nyárra új hidat terveznek. „Erre már van fedezet” – tette hozzá Szalontai."),
     [("A komp már nem", "Szalontai Géza"), ("Erre már van fedezet", "Szalontai Géza")]),
    ("r41-far", "el",
     P("Ο δήμαρχος Ανατολικής Κορφής, Σπύρος Λαγουδάκης, παρουσίασε χθες το σχέδιο για το νέο λιμάνι.")
     + P("«Το λιμάνι θα αλλάξει την εικόνα της περιοχής», είπε.")
     + P("Ο Λαγουδάκης ανέφερε ότι τα έργα θα ξεκινήσουν το φθινόπωρο. «Έχουμε ήδη τις εγκρίσεις», τόνισε ο "
         "δήμαρχος."),
     [("Το λιμάνι θα αλλάξει", "Σπύρος Λαγουδάκης"), ("Έχουμε ήδη τις", "Σπύρος Λαγουδάκης")]),
    ("r41-far", "cs",
     P("Starostka obce Horní Lhotka Jitka Vondrášková chce do konce roku opravit náves.")
     + P("S plánem nesouhlasí místní hostinský Radek Šimůnek. „Na parkování tady zase nezbude místo,“ řekl.")
     + P("Vondrášková to odmítá. „Parkoviště postavíme za obecním úřadem,“ uvedla starostka."),
     [("Na parkování tady", "Radek Šimůnek"), ("Parkoviště postavíme", "Jitka Vondrášková")]),

    # ---------------------------------------------------------------- r41-lead
    ("r41-lead", "en",
     P("The eastern quay at Port Carrow was sealed off on Thursday after a crack appeared in the harbour wall.")
     + P("In a statement released on Friday, the Port Carrow Harbour Authority said:")
     + P("“The eastern quay will remain closed until the inspection has been completed. Fishing boats may use "
         "the west basin.”"),
     [("The eastern quay will", "Port Carrow Harbour Authority")]),
    ("r41-lead", "en",
     P("The bus company wants to cut the Tuesday and Thursday services to Little Hensworth from April.")
     + P("Lena Marwood, who has run the village shop for thirty years, put it this way:")
     + "<blockquote><p>“If the bus goes, the village goes. People will simply stop coming out here.”</p></blockquote>",
     [("If the bus goes", "Lena Marwood")]),
    ("r41-lead", "de",
     P("Nach dem Stromausfall vom Wochenende mussten in Kellinghausen mehrere Hundert Haushalte ohne Heizung "
       "auskommen.")
     + P("In einer Mitteilung der Stadtwerke Kellinghausen heißt es:")
     + P("„Die Versorgung der Krankenhäuser war zu keinem Zeitpunkt gefährdet.“"),
     [("Die Versorgung der", "Stadtwerke Kellinghausen")]),
    ("r41-lead", "de",
     P("Seit dem Sturm sind im Ebersforst Hunderte Bäume umgestürzt, trotzdem sind viele Spaziergänger "
       "unterwegs.")
     + P("Revierförster Ulrich Bremmelkamp sagt dazu:")
     + "<blockquote><p>„Der Wald braucht jetzt vor allem Ruhe. Jeder neue Trampelpfad schadet den jungen "
       "Bäumen.“</p></blockquote>",
     [("Der Wald braucht jetzt", "Ulrich Bremmelkamp")]),
    ("r41-lead", "fr",
     P("Une algue toxique a été détectée dans le lac de Sérvanne après les fortes chaleurs de la semaine.")
     + P("Dans un communiqué, la préfecture du Haut-Varnais a indiqué :")
     + P("« Les baignades restent interdites sur l’ensemble du lac jusqu’à nouvel ordre. »"),
     [("Les baignades restent", "préfecture du Haut-Varnais")]),
    ("r41-lead", "fr",
     P("Le gel a frappé trois nuits de suite les coteaux de Montbrisac.")
     + P("Interrogée par nos soins, la viticultrice Solène Marcadier résume :")
     + "<blockquote><p>« Trois nuits de gel, et c’est toute une année de travail qui disparaît. »</p></blockquote>",
     [("Trois nuits de gel", "Solène Marcadier")]),
    ("r41-lead", "es",
     P("Las obras de la calle Mayor de Torrealba del Monte comenzarán el próximo lunes.")
     + P("El Ayuntamiento de Torrealba explicó en un comunicado:")
     + P("«Los trabajos de asfaltado obligarán a cortar la calle durante dos semanas»."),
     [("Los trabajos de asfaltado", "Ayuntamiento de Torrealba")]),
    ("r41-lead", "es",
     P("El Club Deportivo Arenales perdió el domingo su tercer partido consecutivo.")
     + P("El entrenador, Óscar Benavente, lo resumió así tras el encuentro:")
     + P("“Hemos jugado con el corazón, pero nos ha faltado gol.”"),
     [("Hemos jugado con el", "Óscar Benavente")]),
    ("r41-lead", "it",
     P("La pioggia dei giorni scorsi ha allagato il campo sportivo dove doveva tenersi la sagra della "
       "castagna.")
     + P("Il presidente della Pro Loco di Valcerreto, Marco Ginepri, ha dichiarato:")
     + P("«La sagra si farà comunque, anche se dovremo spostarla in piazza»."),
     [("La sagra si farà", "Marco Ginepri")]),
    ("r41-lead", "pt",
     P("Os moradores do Alto da Serra Fria esperam há dois anos pela reparação da estrada de acesso.")
     + P("Em comunicado, a Associação de Moradores do Alto da Serra Fria afirmou:")
     + P("“Não aceitaremos mais promessas sem datas.”"),
     [("Não aceitaremos mais", "Associação de Moradores do Alto da Serra Fria")]),
    ("r41-lead", "nl",
     P("De aanbesteding voor het nieuwe zwembad in Wolderveen is voor de tweede keer mislukt.")
     + P("Burgemeester Hanneke Verbrugge schreef in een brief aan de gemeenteraad:")
     + "<blockquote><p>“Ik betreur de gang van zaken rond de aanbesteding ten zeerste.”</p></blockquote>",
     [("Ik betreur de gang", "Hanneke Verbrugge")]),
    ("r41-lead", "pl",
     P("Do wypadku doszło w środę rano na drodze wojewódzkiej pod Lipowcem Małym.")
     + P("Rzeczniczka szpitala powiatowego, Agnieszka Sroczyńska, przekazała:")
     + P("„Stan poszkodowanych jest stabilny, nikt nie jest w zagrożeniu życia”."),
     [("Stan poszkodowanych", "Agnieszka Sroczyńska")]),
    ("r41-lead", "ru",
     P("В краеведческом музее Заречинска после ливня протекла крыша.")
     + P("Директор музея Галина Прохоровская сказала корреспонденту:")
     + P("«Коллекция пострадала меньше, чем мы боялись»."),
     [("Коллекция пострадала", "Галина Прохоровская")]),
    ("r41-lead", "sv",
     P("En man i 40-årsåldern hittades skadad vid busshållplatsen i Norrvik natten till lördag.")
     + P("Polisens presstalesperson Johan Kjellgrund säger:")
     + P("”Vi har ingen misstänkt i nuläget, men vi arbetar brett.”"),
     [("Vi har ingen misstänkt", "Johan Kjellgrund")]),
    ("r41-lead", "da",
     P("Over hundrede frivillige fyldte sandsække ved havnen i Fjordhavn, da stormen ramte natten til søndag.")
     + P("Borgmester Lone Kirkegaard skriver på Facebook:")
     + "<blockquote><p>»Tak til alle frivillige, der hjalp med sandsækkene i nat.«</p></blockquote>",
     [("Tak til alle frivillige", "Lone Kirkegaard")]),
    ("r41-lead", "nb",
     P("Nordvik videregående skole har i fem år hatt undervisning i brakker bak gymsalen.")
     + P("Rektor Terje Hauglandsmo sier det slik:")
     + P("«Elevene fortjener bedre lokaler enn dette.»"),
     [("Elevene fortjener", "Terje Hauglandsmo")]),
    ("r41-lead", "fi",
     P("Kaksi autoa törmäsi maanantaina Harjulan risteyksessä.")
     + P("Itä-Harjun poliisilaitos kertoi tiedotteessaan:")
     + P("”Onnettomuuden syy on vielä selvittämättä.”"),
     [("Onnettomuuden syy", "Itä-Harjun poliisilaitos")]),
    ("r41-lead", "tr",
     P("Karadağlı üreticiler bu yıl fındık hasadında büyük kayıp yaşadı.")
     + P("Kooperatif Başkanı Hatice Özdemirci konuya ilişkin şunları söyledi:")
     + P("“Bu yıl rekolte yarı yarıya düştü.”"),
     [("Bu yıl rekolte", "Hatice Özdemirci")]),
    ("r41-lead", "ro",
     P("Școlile din județ au fost închise trei zile din cauza viscolului.")
     + P("Într-un comunicat, Inspectoratul Școlar Județean Vâlcele a transmis:")
     + P("„Cursurile se vor desfășura normal de luni.”"),
     [("Cursurile se vor", "Inspectoratul Școlar Județean Vâlcele")]),
    ("r41-lead", "hu",
     P("Kedd délután kigyulladt egy raktárépület Kisberény határában.")
     + P("Bánhidi Zsófia, a katasztrófavédelem szóvivője így fogalmazott:")
     + P("„A tüzet két óra alatt sikerült megfékezni, személyi sérülés nem történt.”"),
     [("A tüzet két óra alatt", "Bánhidi Zsófia")]),
    ("r41-lead", "el",
     P("Οι ψαράδες της Νότιας Καλάρνας διαμαρτυρήθηκαν χθες στο λιμάνι.")
     + P("Σε ανακοίνωσή της, η Ένωση Αλιέων Νότιας Καλάρνας αναφέρει:")
     + P("«Οι αλιείς δεν μπορούν να βγουν στη θάλασσα εδώ και τρεις εβδομάδες.»"),
     [("Οι αλιείς δεν μπορούν", "Ένωση Αλιέων Νότιας Καλάρνας")]),
    ("r41-lead", "cs",
     P("Interní oddělení nemocnice v Dolním Kostelci se na jaře přestěhuje.")
     + P("Ředitel nemocnice Pavel Hruškovec k tomu řekl:")
     + P("„Oddělení zůstane otevřené, jen se přesune do nové budovy.“"),
     [("Oddělení zůstane", "Pavel Hruškovec")]),

    # ---------------------------------------------------------------- r41-body
    ("r41-body", "en",
     P("Around 3,000 homes in the Eastgate area of Norwick were left without water on Sunday after a main "
       "burst under the ring road.")
     + P("A spokesperson for Norwick Water said the pipe had been repaired overnight. “We apologise to "
         "customers for the disruption,” the spokesperson said."),
     [("We apologise to", "Norwick Water")]),
    ("r41-body", "en",
     P("Brackmoor Police said officers were called to the river bridge shortly after 2am on Saturday.")
     + P("“A man in his thirties has been taken to hospital with serious injuries,” a police statement said. "
         "“Anyone with dashcam footage is asked to come forward.”"),
     [("A man in his thirties", "Brackmoor Police")]),
    ("r41-body", "en",
     P("The Union of Rail and Port Workers has called a 48-hour strike at the Dunmere depot.")
     + P("“Our members have had enough of broken promises,” the union said in a statement.")
     + P("The operator, Westmarch Freight, said it was “disappointed” and would keep talking."),
     [("Our members have had", "Union of Rail and Port Workers"), ("disappointed", "Westmarch Freight")]),
    ("r41-body", "de",
     P("Die Polizei sucht Zeugen eines Unfalls auf der Kreisstraße zwischen Waltersbrück und Eichtal.")
     + P("„Der Fahrer des dunklen Kombis ist nach dem Zusammenstoß einfach weitergefahren“, teilte ein Sprecher "
         "der Polizeidirektion Waltersbrück mit."),
     [("Der Fahrer des dunklen", "Polizeidirektion Waltersbrück")]),
    ("r41-body", "de",
     P("Der Autozulieferer Kranich Antriebstechnik will in Ebersfeld 300 Stellen streichen.")
     + P("„Die Entscheidung ist uns nicht leichtgefallen“, hieß es in einer Mitteilung des Unternehmens.")
     + P("Die Gewerkschaft kündigte Proteste an."),
     [("Die Entscheidung ist", "Kranich Antriebstechnik")]),
    ("r41-body", "fr",
     P("Un porte-parole des Transports du Val-Clair a confirmé l’annulation de plusieurs trains entre "
       "Marvilly et Saint-Orbe.")
     + P("« Le trafic reprendra progressivement à partir de mardi », a-t-il précisé."),
     [("Le trafic reprendra", "Transports du Val-Clair")]),
    ("r41-body", "fr",
     P("Le syndicat Force Paysanne Unie appelle à manifester samedi devant la préfecture de Roncelles.")
     + P("« Les éleveurs ne vivent plus de leur travail », dénonce-t-il dans un communiqué."),
     [("Les éleveurs ne vivent", "Force Paysanne Unie")]),
    ("r41-body", "es",
     P("La Policía Local de Almedrilla ha detenido a dos jóvenes por pintar el muro del antiguo convento.")
     + P("“Los agentes los sorprendieron de madrugada con los botes de pintura”, informó el cuerpo en una "
         "nota."),
     [("Los agentes los", "Policía Local de Almedrilla")]),
    ("r41-body", "es",
     P("El Juzgado de lo Social número 3 de Valdelobos ha dado la razón a los 42 trabajadores despedidos de "
       "la conservera Peñaclara.")
     + P("“La empresa no justificó las causas económicas del despido”, señala la sentencia."),
     [("La empresa no justificó", "Juzgado de lo Social número 3 de Valdelobos")]),
    ("r41-body", "it",
     P("Un portavoce di Ferrovie Alpine Orientali ha spiegato che il guasto riguarda la linea elettrica tra "
       "Castelbruno e Ponte Salice.")
     + P("«I tecnici sono al lavoro da questa notte», ha aggiunto."),
     [("I tecnici sono al", "Ferrovie Alpine Orientali")]),
    ("r41-body", "pt",
     P("Em nota, a empresa Águas do Serro Verde informou que o abastecimento será retomado ainda hoje.")
     + P("“Pedimos desculpa aos clientes pelos incómodos causados”, acrescenta a empresa."),
     [("Pedimos desculpa aos", "Águas do Serro Verde")]),
    ("r41-body", "nl",
     P("Een woordvoerder van woningcorporatie Thuisbasis Noord laat weten dat de flat aan de Lijsterlaan in "
       "het voorjaar wordt gesloopt.")
     + P("‘De bewoners krijgen allemaal een vervangende woning aangeboden’, aldus de woordvoerder."),
     [("De bewoners krijgen", "Thuisbasis Noord")]),
    ("r41-body", "pl",
     P("Spółka Wodociągi Zalesiańskie poinformowała w poniedziałek o awarii magistrali przy ulicy Polnej.")
     + P("„Woda powinna wrócić do kranów przed wieczorem” – przekazało biuro prasowe spółki."),
     [("Woda powinna wrócić", "Wodociągi Zalesiańskie")]),
    ("r41-body", "ru",
     P("Как сообщило Управление дорожного хозяйства Северогорска, мост через Каменку закроют на ремонт.")
     + P("«Объезд будет организован по улице Лесной», — говорится в сообщении ведомства."),
     [("Объезд будет организован", "Управление дорожного хозяйства Северогорска")]),
    ("r41-body", "sv",
     P("Bussbolaget Kronbergs Buss ställer in alla turer till Kvarnby från och med måndag.")
     + P("”Vi har helt enkelt inte tillräckligt med förare”, skriver bolaget i ett pressmeddelande."),
     [("Vi har helt enkelt", "Kronbergs Buss")]),
    ("r41-body", "da",
     P("Fjordhavn Kommune oplyser, at svømmehallen lukker i tre måneder fra 1. marts.")
     + P("»Taget skal udskiftes, før det bliver farligt,« skriver kommunen på sin hjemmeside."),
     [("Taget skal udskiftes", "Fjordhavn Kommune")]),
    ("r41-body", "nb",
     P("En person er fraktet til sykehus etter en brann i en enebolig i Vestfjell natt til fredag.")
     + P("«Personen er alvorlig skadet», opplyser operasjonslederen i Vestfjell politidistrikt."),
     [("Personen er alvorlig", "Vestfjell politidistrikt")]),
    ("r41-body", "fi",
     P("Sähköyhtiö Pohjolan Virta kertoo, että myrsky katkaisi sähköt noin 4 000 kotitaloudelta.")
     + P("”Korjaustyöt jatkuvat koko yön”, yhtiön tiedottaja sanoo."),
     [("Korjaustyöt jatkuvat", "Pohjolan Virta")]),
    ("r41-body", "tr",
     P("Karadere Belediyesi, kentteki su kesintisiyle ilgili yazılı bir açıklama yaptı.")
     + P("“Arıza giderilene kadar mahallelere tankerle su verilecek” denildi."),
     [("Arıza giderilene", "Karadere Belediyesi")]),
    ("r41-body", "ro",
     P("Compania de transport Transurban Delureni a anunțat trei trasee noi de autobuz.")
     + P("„Vrem ca fiecare cartier să aibă autobuz la 15 minute”, se arată în comunicatul companiei."),
     [("Vrem ca fiecare cartier", "Transurban Delureni")]),
    ("r41-body", "hu",
     P("A Fehérvölgyi Vízművek szerint a csőtörés miatt csütörtökig nem lesz víz a Kerekhegy utcában.")
     + P("„Minden kollégánk a helyszínen dolgozik” – közölte a cég szóvivője."),
     [("Minden kollégánk", "Fehérvölgyi Vízművek")]),
    ("r41-body", "el",
     P("Ο Σύλλογος Γονέων Αργυρής ζητά να προσληφθεί φύλακας στο δημοτικό σχολείο.")
     + P("«Τα παιδιά μας δεν είναι ασφαλή», αναφέρει σε ανακοίνωσή του."),
     [("Τα παιδιά μας δεν", "Σύλλογος Γονέων Αργυρής")]),
    ("r41-body", "cs",
     P("Společnost Vodárny Podhradí oznámila, že zákaz pití vody z vodovodu končí.")
     + P("„Voda je opět pitná a lze ji bez omezení používat,“ uvedla mluvčí společnosti."),
     [("Voda je opět pitná", "Vodárny Podhradí")]),

    # ---------------------------------------------------------------- r41-role
    ("r41-role", "en",
     P("Mayor Tom Ashbury cut the ribbon on the new footbridge over the Wend on Saturday morning.")
     + P("“It has taken twelve years, but here it is,” Ashbury said."),
     [("It has taken twelve", "Tom Ashbury")]),
    ("r41-role", "en",
     P("The council’s accounts for last year were signed off on Monday after a six-month delay.")
     + P("“Every penny has been accounted for,” said city treasurer Delphine Okafor-Reyes, who presented the "
         "audit to councillors."),
     [("Every penny has been", "Delphine Okafor-Reyes")]),
    ("r41-role", "en",
     P("Dr. Priya Ramanathan-Holt, a consultant at St Elwin’s Hospital in Dunmere, says the wards are full.")
     + P("“We are seeing more cases every week,” Dr. Ramanathan-Holt said."),
     [("We are seeing more", "Priya Ramanathan-Holt")]),
    ("r41-role", "en",
     P("The chairman of Harlow Mills, Sir Geoffrey Penwarden, told shareholders that no dividend would be paid "
       "this year.")
     + P("“This has been a difficult year for everyone in the business,” Sir Geoffrey said."),
     [("This has been a difficult", "Geoffrey Penwarden")]),
    ("r41-role", "en",
     P("Local historian J. R. Fenwick has spent a decade piecing together the story of the old paper mill.")
     + P("“Most people walk past it without a second look,” Fenwick said."),
     [("Most people walk past", "J. R. Fenwick")]),
    ("r41-role", "de",
     P("Prof. Dr. Hildegard von Stettenfeld, Leiterin des Instituts für Bodenkunde an der Universität Rabenau, "
       "warnt vor den Folgen der Trockenheit.")
     + P("„Die Böden sind ausgelaugt“, sagt von Stettenfeld. „Ohne Regen im Frühjahr wird es eng.“"),
     [("Die Böden sind", "Hildegard von Stettenfeld")]),
    ("r41-role", "de",
     P("„Wir rechnen mit einem Rekordjahr“, sagte Kurdirektor Matthias Oberleitner am Dienstag in Bad "
       "Lindenau.")
     + P("Die Zahl der Übernachtungen stieg im Sommer um zwölf Prozent."),
     [("Wir rechnen mit einem", "Matthias Oberleitner")]),
    ("r41-role", "fr",
     P("« Nous ne fermerons pas la maternité », a assuré le directeur de l’hôpital, Jean-Baptiste de La "
       "Roncière, devant une centaine de manifestants."),
     [("Nous ne fermerons pas", "Jean-Baptiste de La Roncière")]),
    ("r41-role", "fr",
     P("Me Clémence Arvieux-Delorme, avocate de la famille de la victime, a demandé une contre-expertise.")
     + P("« Mes clients veulent seulement la vérité », a déclaré Me Arvieux-Delorme à la sortie de "
         "l’audience."),
     [("Mes clients veulent", "Clémence Arvieux-Delorme")]),
    ("r41-role", "es",
     P("“La sequía es la peor en treinta años”, afirmó el presidente de la comunidad de regantes, José "
       "Manuel Villalobos Urquiza."),
     [("La sequía es la peor", "José Manuel Villalobos Urquiza")]),
    ("r41-role", "es",
     P("La alcaldesa de Fuentelsaz del Campo, Pilar de la Vega Montoro, presentó ayer los presupuestos.")
     + P("«No vamos a subir los impuestos», aseguró De la Vega."),
     [("No vamos a subir", "Pilar de la Vega Montoro")]),
    ("r41-role", "it",
     P("«Il museo riaprirà a ottobre», ha annunciato l’assessore alla Cultura Gianluca D’Ambrosetti.")
     + P("I lavori di restauro sono costati due milioni."),
     [("Il museo riaprirà", "Gianluca D’Ambrosetti")]),
    ("r41-role", "it",
     P("Secondo il prof. Umberto Dalla Valcorte, geologo dell’Università di Monteruo, il rischio di frane "
       "sulla collina è alto.")
     + P("«Servono interventi subito», ha detto Dalla Valcorte."),
     [("Servono interventi", "Umberto Dalla Valcorte")]),
    ("r41-role", "pt",
     P("“Não haverá despedimentos”, garantiu a administradora da fábrica, Helena da Cunha Brás, aos "
       "trabalhadores reunidos no portão."),
     [("Não haverá despedimentos", "Helena da Cunha Brás")]),
    ("r41-role", "nl",
     P("‘We hebben geen keus’, zegt burgemeester Pieter van der Wolkenburg over de sluiting van het "
       "gemeentehuis in Oosterlee.")
     + P("Van der Wolkenburg: ‘Het gebouw is gewoon op.’"),
     [("We hebben geen keus", "Pieter van der Wolkenburg"), ("Het gebouw is gewoon", "Pieter van der Wolkenburg")]),
    ("r41-role", "nl",
     P("Huisarts dr. Anouk de Jong-Verhaar uit Kampereiland Noord ziet steeds meer patiënten met "
       "hooikoorts.")
     + P("‘Het seizoen begint elk jaar eerder’, zegt De Jong-Verhaar."),
     [("Het seizoen begint", "Anouk de Jong-Verhaar")]),
    ("r41-role", "pl",
     P("„Sytuacja jest opanowana” – powiedział komendant straży pożarnej st. bryg. Krzysztof "
       "Wierzbołowicz."),
     [("Sytuacja jest opanowana", "Krzysztof Wierzbołowicz")]),
    ("r41-role", "ru",
     P("«Мы ожидаем рекордный урожай», — заявил министр сельского хозяйства области Виктор Павлович "
       "Грачевский."),
     [("Мы ожидаем рекордный", "Виктор Павлович Грачевский")]),
    ("r41-role", "sv",
     P("”Vi kommer att bygga om hela torget”, säger stadsbyggnadsdirektör Karin af Ekenstråle."),
     [("Vi kommer att bygga", "Karin af Ekenstråle")]),
    ("r41-role", "da",
     P("Professor Niels Juul-Brandrup fra Vestby Universitet har undersøgt fjordens iltsvind i ti år.")
     + P("»Det er det værste, jeg har set,« siger Juul-Brandrup."),
     [("Det er det værste", "Niels Juul-Brandrup")]),
    ("r41-role", "nb",
     P("«Vi må prioritere skolene», sier fylkesordfører Kari-Anne Solbakken Lien."),
     [("Vi må prioritere", "Kari-Anne Solbakken Lien")]),
    ("r41-role", "fi",
     P("”Tilanne on vakava”, sanoo ylilääkäri Markku Väänänen-Koski Järvisuon keskussairaalasta."),
     [("Tilanne on vakava", "Markku Väänänen-Koski")]),
    ("r41-role", "tr",
     P("Devlet Hastanesi Başhekimi Doç. Dr. Mehmet Ali Karaoğlan, acil servisteki yoğunluğa dikkat çekti.")
     + P("“Hastanemizde boş yatak kalmadı” diyen Karaoğlan, vatandaşları aşı olmaya çağırdı."),
     [("Hastanemizde boş", "Mehmet Ali Karaoğlan")]),
    ("r41-role", "ro",
     P("„Nu vom închide secția”, a declarat managerul spitalului, dr. Ana-Maria Dumitrașcu-Pop."),
     [("Nu vom închide", "Ana-Maria Dumitrașcu-Pop")]),
    ("r41-role", "hu",
     P("„Nem emeljük a díjakat” – jelentette ki dr. Horváth-Kelemen Ágnes polgármester a csütörtöki "
       "testületi ülésen."),
     [("Nem emeljük a díjakat", "Horváth-Kelemen Ágnes")]),
    ("r41-role", "el",
     P("«Η κατάσταση είναι υπό έλεγχο», δήλωσε ο αντιπεριφερειάρχης Νίκος Παπαδογιαννάκης."),
     [("Η κατάσταση είναι", "Νίκος Παπαδογιαννάκης")]),
    ("r41-role", "cs",
     P("„Most otevřeme v září,“ slíbil primátor Jaroslav Kubeček."),
     [("Most otevřeme v září", "Jaroslav Kubeček")]),
    ("r41-role", "cs",
     P("Přednostka kliniky prof. MUDr. Ivana Holubcová, CSc., varuje před podceňováním chřipky.")
     + P("„Letošní sezona začala dřív než obvykle,“ řekla Holubcová."),
     [("Letošní sezona", "Ivana Holubcová")]),

    # ---------------------------------------------------------------- r41-two
    ("r41-two", "en",
     P("The bypass plan was debated for three hours on Wednesday night.")
     + P("“The plan is dead,” said councillor Frank Dobbin. “No, not at all,” replied his colleague Rosa "
         "Letterby. “It is only delayed.”"),
     [("The plan is dead", "Frank Dobbin"), ("No, not at all", "Rosa Letterby"), ("It is only delayed", "Rosa Letterby")]),
    ("r41-two", "en",
     P("“We will appeal,” said Martin Greaves, the developer’s lawyer.")
     + P("“They can appeal all they like,” said Joan Pilbury of the Save Hallam Green campaign. “The judge "
         "was clear.”"),
     [("We will appeal", "Martin Greaves"), ("They can appeal all", "Joan Pilbury"), ("The judge was clear", "Joan Pilbury")]),
    ("r41-two", "en",
     P("“If the school closes,” said parent Aisha Rendell, “my children will face a forty-minute bus ride.” "
       "Head teacher Graham Ostley disagreed: “Nobody has said it will close.”"),
     [("If the school closes", "Aisha Rendell"), ("Nobody has said it", "Graham Ostley")]),
    ("r41-two", "de",
     P("„Das ist Wahlkampf“, sagte der Fraktionschef der Opposition, Bernd Hollweck. Landrätin Sabine "
       "Treuhaupt konterte: „Das sind Fakten, keine Parolen.“"),
     [("Das ist Wahlkampf", "Bernd Hollweck"), ("Das sind Fakten", "Sabine Treuhaupt")]),
    ("r41-two", "de",
     P("„Wenn es so weitergeht“, sagt Winzer Lukas Ebermann, „gibt es in zehn Jahren keinen Riesling mehr am "
       "Sonnhang.“")
     + P("Sein Nachbar Otto Frühauf sieht das gelassener: „Wir haben schon schlimmere Jahre erlebt.“"),
     [("Wenn es so weitergeht", "Lukas Ebermann"), ("Wir haben schon", "Otto Frühauf")]),
    ("r41-two", "fr",
     P("« C’est un scandale », s’est indigné Paul Garnier-Lescot, élu d’opposition. « Nous avons respecté la "
       "loi », lui a répondu la maire, Odile Fabrègue."),
     [("C’est un scandale", "Paul Garnier-Lescot"), ("Nous avons respecté", "Odile Fabrègue")]),
    ("r41-two", "es",
     P("“Esto no se ha consultado con nadie”, protestó el concejal Ramiro Solanes. “Se ha consultado durante "
       "seis meses”, replicó la alcaldesa, Inés Carvajal Moya."),
     [("Esto no se ha consultado", "Ramiro Solanes"), ("Se ha consultado", "Inés Carvajal Moya")]),
    ("r41-two", "it",
     P("«Siamo stanchi», dice Lucia Ferrandi, che ha una merceria in corso Gorani. «Nessuno ci ascolta», "
       "aggiunge il vicino di bottega, Davide Orsomando. Per l’assessore Rocco Biancamano, invece, «i lavori "
       "finiranno a maggio»."),
     [("Siamo stanchi", "Lucia Ferrandi"), ("Nessuno ci ascolta", "Davide Orsomando"), ("i lavori finiranno", "Rocco Biancamano")]),
    ("r41-two", "pt",
     P("“Isto é uma vergonha”, disse o deputado Álvaro Pestanha. “Vergonha é o estado em que deixaram as "
       "estradas”, respondeu o secretário regional Jorge Meirelim."),
     [("Isto é uma vergonha", "Álvaro Pestanha"), ("Vergonha é o estado", "Jorge Meirelim")]),
    ("r41-two", "nl",
     P("‘Dit had nooit mogen gebeuren’, zegt buurtbewoner Sanne Kuipersma.")
     + P("Projectleider Ruud Hoogendam reageert: ‘We hebben alles volgens de regels gedaan.’"),
     [("Dit had nooit mogen", "Sanne Kuipersma"), ("We hebben alles", "Ruud Hoogendam")]),
    ("r41-two", "pl",
     P("„To decyzja polityczna” – uważa radny Tomasz Glinkowski. „Nie, to decyzja finansowa” – odpowiada "
       "skarbnik miasta Renata Oleksiak."),
     [("To decyzja polityczna", "Tomasz Glinkowski"), ("Nie, to decyzja", "Renata Oleksiak")]),
    ("r41-two", "ru",
     P("«Мы построим школу к 2028 году», — заявил губернатор Олег Вершков.")
     + P("«Мы это уже слышали», — возразила депутат областной думы Людмила Карпеня."),
     [("Мы построим школу", "Олег Вершков"), ("Мы это уже слышали", "Людмила Карпеня")]),
    ("r41-two", "sv",
     P("”Det här är ett svek”, säger Lena Holmkvist, som bor vid Ormsjön.")
     + P("”Vi har inget val”, svarar kommunens miljöchef Anders Rydegård."),
     [("Det här är ett svek", "Lena Holmkvist"), ("Vi har inget val", "Anders Rydegård")]),
    ("r41-two", "da",
     P("»Vi har ventet i fem år,« siger formand for grundejerforeningen Birthe Holmsgaard. »Og vi venter "
       "gerne lidt endnu,« lyder det tørt fra kommunaldirektør Poul Skyumsen."),
     [("Vi har ventet i fem", "Birthe Holmsgaard"), ("Og vi venter gerne", "Poul Skyumsen")]),
    ("r41-two", "nb",
     P("«Vi er ikke imot hytter», sier leder i Vestvik Natur, Ola Brekkestø, «men ikke på myra.» Utbygger "
       "Frode Lienhaug svarer: «Myra er allerede drenert.»"),
     [("Vi er ikke imot", "Ola Brekkestø"), ("Myra er allerede", "Frode Lienhaug")]),
    ("r41-two", "fi",
     P("”Koulu on pidettävä auki”, vaati vanhempainyhdistyksen puheenjohtaja Riikka Salmenkivi. "
       "Sivistysjohtaja Timo Harjunpää vastasi: ”Oppilaita ei yksinkertaisesti ole tarpeeksi.”"),
     [("Koulu on pidettävä", "Riikka Salmenkivi"), ("Oppilaita ei", "Timo Harjunpää")]),
    ("r41-two", "tr",
     P("“Bu proje şehre nefes aldıracak” dedi Belediye Başkanı Kemal Yurtsever. Meclis üyesi Ayşe "
       "Tunçbilekli ise “Bu proje yeşil alanı yok ediyor” diye karşılık verdi."),
     [("Bu proje şehre", "Kemal Yurtsever"), ("Bu proje yeşil", "Ayşe Tunçbilekli")]),
    ("r41-two", "ro",
     P("„Nu vom tolera asemenea abuzuri”, a spus prefectul Mihai Stoicănescu.")
     + P("„Prefectul știe foarte bine cine a semnat contractul”, i-a răspuns consilierul Dan Ionescu-Varga."),
     [("Nu vom tolera", "Mihai Stoicănescu"), ("Prefectul știe", "Dan Ionescu-Varga")]),
    ("r41-two", "hu",
     P("„Ez felelőtlen döntés” – mondta Pálinkás Réka önkormányzati képviselő. „Ez az egyetlen felelős "
       "döntés” – válaszolta Tornyai Ferenc alpolgármester."),
     [("Ez felelőtlen döntés", "Pálinkás Réka"), ("Ez az egyetlen", "Tornyai Ferenc")]),
    ("r41-two", "el",
     P("«Το νοσοκομείο δεν θα κλείσει», δήλωσε ο υφυπουργός Αλέξης Μαυρίκος. «Το ίδιο μας έλεγαν και "
       "πέρσι», απάντησε η πρόεδρος των εργαζομένων Κατερίνα Ζαχαράκη."),
     [("Το νοσοκομείο δεν", "Αλέξης Μαυρίκος"), ("Το ίδιο μας έλεγαν", "Κατερίνα Ζαχαράκη")]),
    ("r41-two", "cs",
     P("„Tohle je plýtvání penězi,“ prohlásil zastupitel Ondřej Malinovský. „Plýtvání by bylo nechat školu "
       "spadnout,“ odvětil starosta Karel Doubrava."),
     [("Tohle je plýtvání", "Ondřej Malinovský"), ("Plýtvání by bylo", "Karel Doubrava")]),

    # ---------------------------------------------------------------- r41-reported
    ("r41-reported", "en",
     P("The old Tolley Bridge is to close to lorries from next month.")
     + P("The report, written by the county’s chief engineer Harold Nkemelu, concludes that “the bridge is no "
         "longer safe for heavy goods vehicles”."),
     [("the bridge is no longer", "Harold Nkemelu")]),
    ("r41-reported", "en",
     P("The band Hollow Orchard closed the Kestle Cove festival on Sunday with their hit “Lanterns on the "
       "Water”, and the crowd sang every word.")
     + P("“We never expected this many people,” said organiser Nadia Fellowes."),
     [("Lanterns on the Water", None), ("We never expected", "Nadia Fellowes")]),
    ("r41-reported", "en",
     P("Residents have written to the council about speeding lorries on Pellow Street.")
     + P("The letter, signed by the Pellow Street Residents’ Association, says: “We have been ignored for far "
         "too long.”"),
     [("We have been ignored", "Pellow Street Residents’ Association")]),
    ("r41-reported", "en",
     P("A hand-painted sign at the gate reads “No entry – private land”, although the path across the field "
       "has been a public right of way for a century."),
     [("No entry – private", None)]),
    ("r41-reported", "de",
     P("Die Brücke über die Lenne bei Altmühlen bleibt bis auf Weiteres gesperrt.")
     + P("Im Gutachten des Statikers Rainer Pohlmann heißt es: „Die Tragfähigkeit der Brücke ist nicht mehr "
         "gewährleistet.“"),
     [("Die Tragfähigkeit der", "Rainer Pohlmann")]),
    ("r41-reported", "de",
     P("Der Roman „Die Stille am Moorsee“ von Greta Wendlinger steht seit elf Wochen auf der "
       "Bestsellerliste.")
     + P("Am Freitag liest die Autorin in der Stadtbücherei Hollerbach."),
     [("Die Stille am Moorsee", None)]),
    ("r41-reported", "fr",
     P("Le rapport de la Chambre régionale des comptes du Val-d’Ormes pointe « une gestion opaque des "
       "subventions » accordées aux associations sportives."),
     [("une gestion opaque", "Chambre régionale des comptes du Val-d’Ormes")]),
    ("r41-reported", "fr",
     P("Son dernier album, « Les Nuits de Sainte-Olive », est sorti vendredi.")
     + P("La chanteuse Inès Barrachou sera en concert à Montbrisac le 14 mars."),
     [("Les Nuits de Sainte-Olive", None)]),
    ("r41-reported", "es",
     P("El informe, firmado por el inspector de trabajo Tomás Arriagada, afirma que “las obras no cumplían "
       "la normativa de seguridad”."),
     [("las obras no cumplían", "Tomás Arriagada")]),
    ("r41-reported", "es",
     P("La banda Los Tejados Rojos presentó anoche su nuevo sencillo, “Cuando llueve en Marbaleda”, en la "
       "sala Ruido de Torrealba."),
     [("Cuando llueve en", None)]),
    ("r41-reported", "it",
     P("Nella lettera, firmata dal parroco don Eugenio Calcaterra, si legge: «La chiesa ha bisogno dell’aiuto "
       "di tutti»."),
     [("La chiesa ha bisogno", "Eugenio Calcaterra")]),
    ("r41-reported", "it",
     P("Sul cartello all’ingresso del parco c’è scritto «Vietato l’accesso ai cani», ma nessuno lo rispetta.")
     + P("Il comune ha promesso più controlli."),
     [("Vietato l’accesso", None)]),
    ("r41-reported", "pt",
     P("Numa publicação no Facebook, a vereadora Marta Lobão escreveu: “Hoje é um dia triste para Vale "
       "Formoso.”"),
     [("Hoje é um dia triste", "Marta Lobão")]),
    ("r41-reported", "pt",
     P("O filme “A Casa da Ribeira Seca”, do realizador Tiago Vilarouca, estreia amanhã nos cinemas.")
     + P("“Demorei oito anos a fazer este filme”, contou Vilarouca ao nosso jornal."),
     [("A Casa da Ribeira Seca", None), ("Demorei oito anos", "Tiago Vilarouca")]),
    ("r41-reported", "nl",
     P("In het rapport van Ingenieursbureau Dijkhof staat dat ‘de dijk op meerdere plaatsen verzwakt is’."),
     [("de dijk op meerdere", "Ingenieursbureau Dijkhof")]),
    ("r41-reported", "pl",
     P("W liście otwartym podpisanym przez prezes stowarzyszenia Barbarę Lisiecką czytamy: „Nie zgadzamy się "
       "na wycinkę parku”."),
     [("Nie zgadzamy się", "Barbara Lisiecka")]),
    ("r41-reported", "pl",
     P("Piosenka „Deszcz nad Wierzbnicą” zespołu Szare Koty zdobyła nagrodę publiczności na festiwalu w "
       "Lipowcu."),
     [("Deszcz nad Wierzbnicą", None)]),
    ("r41-reported", "ru",
     P("В заключении экспертизы, подписанном профессором Игорем Лазоревским, говорится: «Здание не подлежит "
       "восстановлению»."),
     [("Здание не подлежит", "Игорь Лазоревский")]),
    ("r41-reported", "ru",
     P("Спектакль «Зима в Ольховке» по пьесе местного автора шёл при полном зале.")
     + P("«Такого аншлага не было лет десять», — призналась директор театра Вера Сомова."),
     [("Зима в Ольховке", None), ("Такого аншлага", "Вера Сомова")]),
    ("r41-reported", "sv",
     P("I rapporten, som skrivits av utredaren Eva Sandholm, konstateras att ”kommunen har brustit i sitt "
       "tillsynsansvar”."),
     [("kommunen har brustit", "Eva Sandholm")]),
    ("r41-reported", "nb",
     P("Boka «Vinter i Fjellvik» av Astrid Hovlandsdal er nominert til Lesernes pris.")
     + P("«Jeg ble helt satt ut», sier Hovlandsdal."),
     [("Vinter i Fjellvik", None), ("Jeg ble helt satt ut", "Astrid Hovlandsdal")]),
    ("r41-reported", "fi",
     P("Lakiluonnoksessa todetaan, että ”kunnan on järjestettävä koulukuljetus yli viiden kilometrin "
       "matkoille”."),
     [("kunnan on järjestettävä", None)]),
    ("r41-reported", "ro",
     P("În scrisoarea semnată de directoarea școlii, Elena Munteanu-Radu, se arată că „elevii nu mai au unde "
       "să facă sport”."),
     [("elevii nu mai au", "Elena Munteanu-Radu")]),
    ("r41-reported", "hu",
     P("A Zöld Patak Egyesület nyílt levelében azt írja: „A patak élővilága napról napra pusztul.”"),
     [("A patak élővilága", "Zöld Patak Egyesület")]),
    ("r41-reported", "el",
     P("Το τραγούδι «Φεγγάρι στη Σκάλα» του Μάνου Ζερβάκη ακούστηκε χθες στη συναυλία του λιμανιού."),
     [("Φεγγάρι στη Σκάλα", None)]),
    ("r41-reported", "cs",
     P("Ve zprávě, kterou sepsal hygienik Vladimír Sýkorka, se píše, že „voda ve studních obsahuje příliš "
       "mnoho dusičnanů“."),
     [("voda ve studních", "Vladimír Sýkorka")]),

    # ---------------------------------------------------------------- r41-none
    ("r41-none", "en",
     P("Fire crews from three stations fought the blaze at the Dunmere timber yard until dawn. Station "
       "manager Keith Arbery said the cause was not yet known.")
     + P("Police closed the road for several hours. “I heard a bang and then the whole sky went orange,” one "
         "resident said."),
     [("I heard a bang", None)]),
    ("r41-none", "en",
     P("The council calls the scheme a “regeneration”, but traders on Mill Street say it will drive them out.")
     + P("Councillor Ian Prothero defended the plan at Tuesday’s meeting."),
     [("regeneration", None)]),
    ("r41-none", "en",
     P("Known locally as “the Harbour Queen”, Margaret Penhallow has run the Kestle Cove lifeboat station "
       "for two decades.")
     + P("She retires at the end of the month."),
     [("the Harbour Queen", None)]),
    ("r41-none", "de",
     P("In der Nacht zum Sonntag stand das Untergeschoss der Grundschule Eichtal unter Wasser.")
     + P("„Es war wie in einem Katastrophenfilm“, erzählt eine Anwohnerin, die ihren Namen nicht in der "
         "Zeitung lesen möchte."),
     [("Es war wie in einem", None)]),
    ("r41-none", "de",
     P("Rund 400 Menschen zogen am Samstag durch die Innenstadt von Kellinghausen.")
     + P("Auf ihren Plakaten stand „Hände weg vom Stadtpark“ und „Bäume statt Beton“."),
     [("Hände weg vom", None), ("Bäume statt Beton", None)]),
    ("r41-none", "fr",
     P("Les riverains de la rue des Tanneurs se plaignent depuis l’ouverture du bar Le Grand Zinc.")
     + P("« On ne dort plus depuis des semaines », confie une habitante du quartier."),
     [("On ne dort plus", None)]),
    ("r41-none", "fr",
     P("Le phénomène, que les chercheurs appellent « l’effet de lisière », touche désormais toute la forêt de "
       "Brocéane."),
     [("l’effet de lisière", None)]),
    ("r41-none", "es",
     P("El agua llegó a un metro de altura en algunas calles del barrio de San Lucio.")
     + P("“Nadie nos avisó de nada”, lamentaba un vecino mientras achicaba agua de su garaje."),
     [("Nadie nos avisó", None)]),
    ("r41-none", "es",
     P("Los vecinos de Almedrilla ya llaman a la obra “el puente a ninguna parte”.")
     + P("El Ayuntamiento no ha respondido a las preguntas de este periódico."),
     [("el puente a ninguna", None)]),
    ("r41-none", "it",
     P("La rapina è avvenuta poco dopo le nove nella tabaccheria di piazza Gorani.")
     + P("«Ho visto due uomini scappare verso il bosco», ha raccontato un testimone agli agenti."),
     [("Ho visto due uomini", None)]),
    ("r41-none", "pt",
     P("O autocarro despistou-se na curva da Ribeira Seca, sem provocar feridos graves.")
     + P("“Foi um susto enorme”, contou uma passageira que preferiu não ser identificada."),
     [("Foi um susto enorme", None)]),
    ("r41-none", "nl",
     P("Bij de botsing op de Ringweg in Wolderveen raakten twee mensen gewond.")
     + P("‘Het ging allemaal heel snel’, vertelt een ooggetuige."),
     [("Het ging allemaal", None)]),
    ("r41-none", "pl",
     P("Od początku roku na skrzyżowaniu ulic Polnej i Lipowej doszło do siedmiu wypadków.")
     + P("Mieszkańcy nazywają to miejsce „trójkątem strachu”."),
     [("trójkątem strachu", None)]),
    ("r41-none", "ru",
     P("Наводнение в Верхних Липняках началось ночью.")
     + P("«Вода поднялась за полчаса», — рассказал один из местных жителей."),
     [("Вода поднялась за", None)]),
    ("r41-none", "sv",
     P("Räddningstjänsten fick utrymma hela huset på Granvägen i Norrvik under natten.")
     + P("”Det luktade bränt i hela trapphuset”, säger en granne som inte vill framträda med namn."),
     [("Det luktade bränt", None)]),
    ("r41-none", "da",
     P("Det nye rådhus i Fjordhavn har fået øgenavnet »Glasklodsen« blandt byens borgere.")
     + P("Bygningen kostede 240 millioner kroner."),
     [("Glasklodsen", None)]),
    ("r41-none", "nb",
     P("Flere foreldre har reagert på trafikken utenfor Nordvik skole.")
     + P("«Vi er redde for ungene våre», sier en mor som venter ved skoleporten."),
     [("Vi er redde for ungene", None)]),
    ("r41-none", "fi",
     P("Vanha rautatiesilta on ollut suljettuna jo kolme vuotta.")
     + P("Paikalliset kutsuvat sitä ”Ruosteiseksi jättiläiseksi”."),
     [("Ruosteiseksi", None)]),
    ("r41-none", "tr",
     P("Fabrikadaki patlama sabaha kadar mahalle sakinlerini sokakta tuttu.")
     + P("“Gece boyunca kimse uyuyamadı” diyen bir mahalle sakini, yetkililere tepki gösterdi."),
     [("Gece boyunca kimse", None)]),
    ("r41-none", "ro",
     P("Blocul de pe strada Teilor s-a fisurat după explozia de la subsol.")
     + P("„Am crezut că e cutremur”, povestește o vecină."),
     [("Am crezut că e", None)]),
    ("r41-none", "hu",
     P("A robbanás után percekig sűrű füst borította a Malom utcát.")
     + P("„Mintha bomba robbant volna” – mondta egy szemtanú."),
     [("Mintha bomba robbant", None)]),
    ("r41-none", "el",
     P("Δεκάδες οικογένειες έμειναν άστεγες μετά τις πλημμύρες στην Αργυρή.")
     + P("«Δεν ξέρουμε πού θα μείνουμε», λέει μια ηλικιωμένη κάτοικος."),
     [("Δεν ξέρουμε πού", None)]),
    ("r41-none", "cs",
     P("Policie v noci pronásledovala kradené auto přes celé Podhradí.")
     + P("„Bylo to jako v akčním filmu,“ popsal jeden ze svědků."),
     [("Bylo to jako v akčním", None)]),

    # ---------------------------------------------------------------- r41-ask
    ("r41-ask", "en",
     P("More than a hundred people packed the village hall in Little Hensworth on Monday.")
     + P("At the public meeting, one farmer asked: “Who is going to pay for the new fences?”")
     + P("“The county will cover half,” replied planning officer Derek Hallam."),
     [("Who is going to pay", None), ("The county will cover", "Derek Hallam")]),
    ("r41-ask", "en",
     P("Asked whether she would stand again, Councillor Bea Thornley laughed.")
     + P("“Ask me in a year,” she joked."),
     [("Ask me in a year", "Bea Thornley")]),
    ("r41-ask", "en",
     P("“Is the water safe to drink?” a reporter asked. “Yes, absolutely,” insisted Gavin Mallory, the chief "
       "executive of Brookfield Water."),
     [("Is the water safe", None), ("Yes, absolutely", "Gavin Mallory")]),
    ("r41-ask", "de",
     P("Bei der Bürgerversammlung in Ottersgrund ging es vor allem um den Verkehr.")
     + P("„Wann kommt endlich der Radweg?“, wollte eine Zuhörerin wissen. „Nächstes Jahr“, antwortete "
         "Bürgermeister Frank Seidelmann."),
     [("Wann kommt endlich", None), ("Nächstes Jahr", "Frank Seidelmann")]),
    ("r41-ask", "de",
     P("Die Meteorologin Katrin Ahlfeld warnte: „Die Pegel werden bis Freitag weiter steigen.“")
     + P("Sie fügte hinzu: „Keller in Ufernähe sollten geräumt werden.“"),
     [("Die Pegel werden", "Katrin Ahlfeld"), ("Keller in Ufernähe", "Katrin Ahlfeld")]),
    ("r41-ask", "fr",
     P("« Que comptez-vous faire pour les commerçants ? », a demandé un journaliste. « Nous allons les "
       "indemniser », a répondu le ministre, Hugo Delmarre."),
     [("Que comptez-vous faire", None), ("Nous allons les", "Hugo Delmarre")]),
    ("r41-ask", "fr",
     P("« Je ne suis pas candidat… pour l’instant », a plaisanté Arnaud Vescovelli, avant d’ajouter : « Mais "
       "je ne ferme aucune porte. »"),
     [("Je ne suis pas candidat", "Arnaud Vescovelli"), ("Mais je ne ferme", "Arnaud Vescovelli")]),
    ("r41-ask", "es",
     P("“¿Quién va a pagar las obras?”, preguntó una vecina. “La Diputación”, respondió el alcalde, Rafael "
       "Ortuñez."),
     [("¿Quién va a pagar", None), ("La Diputación", "Rafael Ortuñez")]),
    ("r41-ask", "es",
     P("La portavoz de la Plataforma por el Tren, Nuria Castañer, insistió: “No pararemos hasta que vuelva "
       "el tren.”")
     + P("Y añadió entre risas: “Aunque tengamos que ir andando a la capital.”"),
     [("No pararemos hasta", "Nuria Castañer"), ("Aunque tengamos que", "Nuria Castañer")]),
    ("r41-ask", "it",
     P("«Quando riapre la piscina?», ha chiesto un cittadino. «Entro giugno», ha replicato l’assessore allo "
       "Sport Franco Melchiorri."),
     [("Quando riapre la", None), ("Entro giugno", "Franco Melchiorri")]),
    ("r41-ask", "pt",
     P("Questionado sobre o atraso das obras, o presidente da junta, Nuno Farinhoto, ironizou: “Se fosse "
       "fácil, já estava feito.”"),
     [("Se fosse fácil", "Nuno Farinhoto")]),
    ("r41-ask", "nl",
     P("‘Waarom hoor ik dit pas nu?’, vroeg een raadslid verontwaardigd. Wethouder Ilse Brandsma antwoordde: "
       "‘Omdat we het zelf ook pas vorige week wisten.’"),
     [("Waarom hoor ik dit", None), ("Omdat we het zelf", "Ilse Brandsma")]),
    ("r41-ask", "pl",
     P("„Kiedy ruszy budowa?” – dopytywała jedna z mieszkanek. „Jeszcze w tym roku” – odparł burmistrz "
       "Jacek Ostrowiecki."),
     [("Kiedy ruszy budowa", None), ("Jeszcze w tym roku", "Jacek Ostrowiecki")]),
    ("r41-ask", "ru",
     P("Журналисты спросили, когда откроется мост. «Не раньше весны», — ответил мэр Денис Курочкин."),
     [("Не раньше весны", "Денис Курочкин")]),
    ("r41-ask", "sv",
     P("”Kommer skolan att läggas ner?” frågade en pappa. ”Nej, det finns inga sådana planer”, svarade "
       "skolchefen Maria Lindvreten."),
     [("Kommer skolan att", None), ("Nej, det finns inga", "Maria Lindvreten")]),
    ("r41-ask", "da",
     P("»Hvad med cyklisterne?« spurgte en borger fra salen. »Dem har vi tænkt på,« svarede borgmester Jens "
       "Kjærsgaard og tilføjede: »Der kommer en ny sti langs åen.«"),
     [("Hvad med cyklisterne", None), ("Dem har vi tænkt på", "Jens Kjærsgaard"), ("Der kommer en ny sti", "Jens Kjærsgaard")]),
    ("r41-ask", "nb",
     P("På spørsmål om hun angrer, svarte Hanne Rustadbakken kontant: «Ikke et sekund.»"),
     [("Ikke et sekund", "Hanne Rustadbakken")]),
    ("r41-ask", "fi",
     P("”Milloin tie korjataan?” kysyi eräs kyläläinen. ”Ensi kesänä”, vastasi tieinsinööri Petri "
       "Laaksovirta."),
     [("Milloin tie korjataan", None), ("Ensi kesänä", "Petri Laaksovirta")]),
    ("r41-ask", "tr",
     P("Bir gazetecinin “Seçimlerde aday olacak mısınız?” sorusuna Mustafa Keskinbaş, “Henüz çok erken” "
       "yanıtını verdi."),
     [("Seçimlerde aday", None), ("Henüz çok erken", "Mustafa Keskinbaş")]),
    ("r41-ask", "ro",
     P("„Când se termină lucrările?”, a întrebat un locuitor. „Până la Crăciun”, a răspuns primarul Vasile "
       "Onică, care a adăugat în glumă: „Nu spun care Crăciun.”"),
     [("Când se termină", None), ("Până la Crăciun", "Vasile Onică"), ("Nu spun care", "Vasile Onică")]),
    ("r41-ask", "hu",
     P("„Mikor lesz végre járda?” – kérdezte egy lakó. „Még idén” – felelte Bakos Levente polgármester, majd "
       "hozzátette: „Ezt megígérem.”"),
     [("Mikor lesz végre", None), ("Még idén", "Bakos Levente"), ("Ezt megígérem", "Bakos Levente")]),
    ("r41-ask", "el",
     P("«Πότε θα ανοίξει ο δρόμος;» ρώτησε ένας δημοσιογράφος. «Μέσα στον Μάιο», απάντησε ο περιφερειάρχης "
       "Γιώργος Καννελιάδης."),
     [("Πότε θα ανοίξει", None), ("Μέσα στον Μάιο", "Γιώργος Καννελιάδης")]),
    ("r41-ask", "cs",
     P("„A kdo to zaplatí?“ zeptal se jeden z občanů. „Kraj a stát napůl,“ odpověděl hejtman Miroslav "
       "Štěpánek."),
     [("A kdo to zaplatí", None), ("Kraj a stát napůl", "Miroslav Štěpánek")]),
]

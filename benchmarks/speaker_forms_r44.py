"""Held-out round 44 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the extractor, its tests or earlier rounds). Covers quote-only
paragraphs after the paragraph that names the speaker, speakers named two or three paragraphs
earlier, "he added" / "she went on" several sentences on, role nouns and relations referring back
("the striker", "the 71-year-old cook", "his son"), Q&A interviews with bold questions, quotes that
run across paragraphs (opening mark on each, one closing mark), attributions in the middle of a
quote, quotes inside parentheses, partial quotes inside reported speech, two speakers in one
paragraph, organisations and their statements or reports, rulings, posts and letters, declined
names (Polish, Russian, Czech, Finnish, Hungarian, Greek, Turkish) expected in the nominative, and
None for new unnamed voices, slogans, banners, signs, titles and scare quotes.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R44_CASES = [
    # ---------------------------------------------------------------- English
    ("r44-far", "en",
     P("Harriet Quenby, who chairs the parish council, has spent three years fighting the closure "
       "of the village’s last bus route.")
     + P("The county withdrew its subsidy in March, and the operator cut the service to two "
         "journeys a week.")
     + P("“We were promised a review before any cut was made, and there was none,” she said. "
         "“People here are now paying forty pounds for a taxi to see a doctor.”"),
     [("We were promised a review", "Harriet Quenby"),
      ("People here are now paying", "Harriet Quenby")]),
    ("r44-after", "en",
     P("Detective Inspector Colm Arbery told the inquest that the van had been reported stolen two "
       "days before the crash.")
     + P("“The registration plates had been swapped, so the cameras never flagged it.”")
     + P("A woman who lived opposite the junction said she had heard the collision from her "
         "kitchen. “It sounded like a building coming down,” she said."),
     [("The registration plates had been", "Colm Arbery"),
      ("sounded like a building coming", None)]),
    ("r44-turns", "en",
     P("Orla Stenning, 34, took over the family bakery in Wexmouth after her father’s stroke. We "
       "asked her about the first year.")
     + P("<b>Was it always the plan to take over?</b>")
     + P("“Not at all. I was working as a nurse in Carnford and I had never made bread in my life.”")
     + P("<b>What changed?</b>")
     + P("“My dad still comes in at five every morning. He can’t lift the trays any more, but he "
         "tastes everything.”"),
     [("working as a nurse in", "Orla Stenning"),
      ("He can’t lift the trays", "Orla Stenning")]),
    ("r44-far", "en",
     P("In a statement read outside the court, Melanie Drosk’s sister, Yvette Carrow, thanked the "
       "jury.")
     + P("“For six years our family has been told that Melanie simply walked away from her life. "
         "We always knew that was not true.")
     + P("“Today twelve strangers listened and believed her. That is all we ever asked for.”")
     + P("Drosk’s former partner was sentenced to life and will serve at least nineteen years."),
     [("We always knew that was", "Yvette Carrow"),
      ("twelve strangers listened and believed", "Yvette Carrow")]),
    ("r44-mixed", "en",
     P("The council leader, Ravi Pellowe, called the budget “the hardest in a generation”, but the "
       "opposition’s finance spokesman, Tom Ashgrove, said it was “a raid on the poorest wards "
       "dressed up as prudence”.")
     + P("Mr Pellowe said cuts to library hours would be reviewed in the autumn."),
     [("the hardest in a generation", "Ravi Pellowe"),
      ("a raid on the poorest", "Tom Ashgrove")]),
    ("r44-org", "en",
     P("Northfleet Water said the burst main had been repaired overnight and that supplies would "
       "return to normal by Friday.")
     + P("“We apologise to customers for the disruption and will be contacting those affected "
         "about compensation,” a spokeswoman said."),
     [("We apologise to customers for", "Northfleet Water")]),
    ("r44-none", "en",
     P("The film, “A House Without Windows”, opens in cinemas next month after a year on the "
       "festival circuit.")
     + P("Critics at its premiere called the ending “far too neat for its own good”, and the "
         "director has declined interviews since."),
     [("A House Without Windows", None),
      ("far too neat for its", None)]),
    ("r44-written", "en",
     P("Hours after the vote, the MP for Caldbridge, Fenella Oduya, posted on social media:")
     + P("“I did not come into politics to sit quietly while my constituents lose their homes. I "
         "will vote against this bill again.”")
     + P("Outside parliament, protesters held a banner reading “Homes not profits”."),
     [("sit quietly while my constituents", "Fenella Oduya"),
      ("Homes not profits", None)]),
    ("r44-role", "en",
     P("Dr Amara Lindqvist-Obi, a sleep researcher at the University of Hallbury, recommends “a "
       "fixed wake-up time, even at weekends” and warns against long naps after four.")
     + P("Screens, she says, matter less than people think: “The light is not the main problem. "
         "The scrolling is.”"),
     [("a fixed wake-up time", "Amara Lindqvist-Obi"),
      ("The light is not the", "Amara Lindqvist-Obi")]),
    ("r44-far", "en",
     P("The earliest description of the disease in the region comes from a handbook printed in "
       "1791 by a ship’s surgeon, Josiah Penmarrow. He calls it “the wasting fever of the "
       "marshes” and blames the fogs that rose off the estuary.")
     + P("For treatment, the handbook recommends bleeding and “cold water taken in the morning "
         "only”.")
     + P("Modern historians are more cautious. “We shouldn’t read his cures as medicine in our "
         "sense,” says Lotte Verhaegen, who studies early medical texts at Dunmore College."),
     [("the wasting fever of the", "Josiah Penmarrow"),
      ("cold water taken in the", "Josiah Penmarrow"),
      ("read his cures as medicine", "Lotte Verhaegen")]),
    ("r44-turns", "en",
     P("At the meeting, the head teacher, Gwen Marlowe, defended the new uniform policy. "
       "“Blazers are not a luxury, they are a leveller,” she said.")
     + P("Parent Idris Kane disagreed. “Eighty pounds for a jacket is not a leveller for anyone I "
         "know.”")
     + P("His neighbour, Sandra Pym, whose twins start in September, was blunter: “They have not "
         "listened to a single word.”")
     + P("Ms Marlowe replied that a second-hand scheme would open in June. “Nobody will be sent "
         "home for the wrong jacket.”"),
     [("Blazers are not a luxury", "Gwen Marlowe"),
      ("Eighty pounds for a jacket", "Idris Kane"),
      ("have not listened to a", "Sandra Pym"),
      ("Nobody will be sent home", "Gwen Marlowe")]),
    ("r44-after", "en",
     P("Kwame Ardley scored twice in the last ten minutes as Harton Rovers came from behind to "
       "beat Millbrook 3-2.")
     + P("“I’ve had a hard season with injuries, so to do that in front of our own fans means "
         "everything,” the striker said.")
     + P("His manager was less sentimental. “We defended like schoolboys for eighty minutes,” said "
         "Pete Lusk."),
     [("I’ve had a hard season", "Kwame Ardley"),
      ("defended like schoolboys for eighty", "Pete Lusk")]),
    ("r44-none", "en",
     P("The mayor, Lionel Okafor-Brandt, opened the new footbridge on Saturday. “This bridge joins "
       "two halves of a town that have ignored each other for too long,” he said.")
     + P("Not everyone was convinced. “It cost four million and it goes from one car park to "
         "another,” said a shopkeeper who asked not to be named."),
     [("This bridge joins two halves", "Lionel Okafor-Brandt"),
      ("goes from one car park", None)]),
    ("r44-written", "en",
     P("In her ruling, Judge Miriam Ashdown wrote that the company had “deliberately misled the "
       "regulator over two years” and that its conduct was “at the very serious end of the "
       "scale”.")
     + P("The company said it would appeal."),
     [("deliberately misled the regulator", "Miriam Ashdown"),
      ("at the very serious end", "Miriam Ashdown")]),
    ("r44-before", "en",
     P("In the words of the festival’s founder, Augustin Reay: “We started with a tent and a "
       "generator and no idea what we were doing.”")
     + P("Its current director, Beatrix Holm, puts it differently: “Now we have forty staff and "
         "still no idea.”"),
     [("started with a tent and", "Augustin Reay"),
      ("Now we have forty staff", "Beatrix Holm")]),
    ("r44-mixed", "en",
     P("“The river has risen faster than at any time since records began,” said Nadia Ferrow, who "
       "runs the flood warden scheme in Alderby, “and the defences were built for a different "
       "century.”")
     + P("Residents were told to move valuables upstairs. (“We have done it so many times that we "
         "keep a bag packed,” one resident said.)"),
     [("The river has risen faster", "Nadia Ferrow"),
      ("defences were built for a", "Nadia Ferrow"),
      ("keep a bag packed", None)]),
    ("r44-far", "en",
     P("Sergeant Ellis Tamworth, who has policed the estate for eleven years, said the youth "
       "club’s closure had changed the evenings there.")
     + P("“The kids have nowhere to go after six. They are not bad kids.”")
     + P("The club lost its funding in 2023. A petition to reopen it has gathered four thousand "
         "signatures, and the council will debate it next month.")
     + P("“Give them a room and a table-tennis table and half my job goes away,” he added."),
     [("The kids have nowhere to", "Ellis Tamworth"),
      ("Give them a room and", "Ellis Tamworth")]),
    ("r44-turns", "en",
     P("The landlord, Desmond Crail, says the rent rise was unavoidable. His tenant of twelve "
       "years, Priya Anand, says it was not.")
     + P("“My insurance has doubled and the roof needs replacing,” Mr Crail said.")
     + P("“He has not replaced anything since 2014,” she said. “The roof has leaked for four "
         "winters.”")
     + P("Her son, Vikram, who is nine, has asthma. A letter from their GP describes the damp in "
         "his bedroom as “a direct risk to his health”."),
     [("My insurance has doubled and", "Desmond Crail"),
      ("He has not replaced anything", "Priya Anand"),
      ("The roof has leaked for", "Priya Anand"),
      ("a direct risk to his", None)]),
    # ---------------------------------------------------------------- German
    ("r44-after", "de",
     P("Die Bürgermeisterin von Lindach, Katrin Oberholz, hat den Bau der Umgehungsstraße erneut "
       "verteidigt.")
     + P("„Wir haben zwanzig Jahre auf diese Straße gewartet“, sagte sie am Dienstag. „Jetzt wird "
         "sie nicht an drei Fröschen scheitern.“"),
     [("zwanzig Jahre auf diese Straße", "Katrin Oberholz"),
      ("nicht an drei Fröschen scheitern", "Katrin Oberholz")]),
    ("r44-org", "de",
     P("Der Landesverband der Milchbauern Hessen-Nord kritisierte die neuen Auflagen scharf. In "
       "einer Mitteilung heißt es, die Vorgaben seien „praxisfern und für kleine Höfe "
       "existenzbedrohend“.")
     + P("Ein Sprecher des Ministeriums sagte lediglich, man sei „jederzeit zu Gesprächen "
         "bereit“."),
     [("praxisfern und für kleine Höfe", "Landesverband der Milchbauern Hessen-Nord"),
      ("jederzeit zu Gesprächen bereit", None)]),
    ("r44-role", "de",
     P("„Das Archiv ist kein Museum, es ist ein Werkzeug“, sagt die 58-jährige Leiterin des "
       "Stadtarchivs, Friederike von Asseln-Drömer.")
     + P("Seit ihrem Amtsantritt hat sie die Öffnungszeiten verdoppelt und einen Lesesaal für "
         "Schulklassen eingerichtet.")
     + P("„Wer hier forschen will, soll nicht drei Monate auf einen Termin warten.“"),
     [("Das Archiv ist kein Museum", "Friederike von Asseln-Drömer"),
      ("soll nicht drei Monate auf", "Friederike von Asseln-Drömer")]),
    ("r44-turns", "de",
     P("Im Gemeinderat prallten am Abend die Positionen aufeinander. Bauamtsleiter Jürgen "
       "Pfannstiel warb für das Neubaugebiet: „Ohne neue Wohnungen verlieren wir die jungen "
       "Familien.“")
     + P("Gemeinderätin Selin Aydoğan hielt dagegen: „Wir versiegeln Ackerland für Häuser, die "
         "sich hier keiner leisten kann.“")
     + P("Pfannstiel konterte, die Hälfte der Flächen sei für geförderten Wohnungsbau vorgesehen. "
         "„Das steht seit März im Entwurf.“")
     + P("„Im Entwurf steht vieles“, erwiderte Aydoğan."),
     [("Ohne neue Wohnungen verlieren wir", "Jürgen Pfannstiel"),
      ("Wir versiegeln Ackerland für Häuser", "Selin Aydoğan"),
      ("Das steht seit März", "Jürgen Pfannstiel"),
      ("Im Entwurf steht vieles", "Selin Aydoğan")]),
    ("r44-none", "de",
     P("Die Ausstellung „Licht über dem Moor“ ist noch bis Ende Oktober im Kreismuseum zu sehen.")
     + P("Vor dem Rathaus demonstrierten am Samstag rund 300 Menschen gegen die geplante Rodung. "
         "Auf ihren Transparenten stand „Unser Wald ist nicht zu verkaufen“."),
     [("Licht über dem Moor", None),
      ("Unser Wald ist nicht", None)]),
    ("r44-far", "de",
     P("Klaus-Dieter Wehmeyer ist seit 31 Jahren Schäfer in der Wedeler Heide. Seine Herde zählt "
       "600 Tiere.")
     + P("Im vergangenen Jahr hat ein Wolf elf seiner Schafe gerissen. Der Zaun, den das Land "
         "bezahlt hat, war 1,20 Meter hoch, vorgeschrieben sind inzwischen 1,40 Meter.")
     + P("„Ich baue jedes Jahr einen höheren Zaun, und jedes Jahr springt er drüber“, sagt der "
         "Schäfer. „Irgendwann stehen meine Schafe in einem Gefängnis.“"),
     [("jedes Jahr einen höheren Zaun", "Klaus-Dieter Wehmeyer"),
      ("stehen meine Schafe in einem", "Klaus-Dieter Wehmeyer")]),
    ("r44-mixed", "de",
     P("Staatsanwältin Dr. Henrike Lüttgen warf dem Angeklagten vor, er habe seine Mitarbeiter "
       "jahrelang getäuscht und „aus reiner Gier“ gehandelt. Sein Verteidiger, Matthias "
       "Öhlmann, nannte die Anklage „ein Gebäude aus Vermutungen“.")
     + P("Das Urteil wird für Freitag erwartet."),
     [("aus reiner Gier", "Henrike Lüttgen"),
      ("ein Gebäude aus Vermutungen", "Matthias Öhlmann")]),
    ("r44-written", "de",
     P("In einem Brief an die Eltern schrieb die Schulleiterin Annegret Mauch: „Die Sicherheit "
       "Ihrer Kinder hat für uns oberste Priorität.“")
     + P("An der Eingangstür hängt seit Montag ein Zettel: „Bitte nicht mehr mit dem Auto bis vor "
         "die Tür fahren.“"),
     [("Sicherheit Ihrer Kinder hat", "Annegret Mauch"),
      ("nicht mehr mit dem Auto", None)]),
    ("r44-far", "de",
     P("Der Trainer des SV Birkenfeld, Ralf Stiegemann, wurde nach dem Abstieg deutlich.")
     + P("„Wir haben uns das selbst eingebrockt. Niemand kann sich hinter dem Schiedsrichter "
         "verstecken.")
     + P("„Ich übernehme die Verantwortung, und ich bleibe, wenn der Verein mich lässt.“")
     + P("Sein Kapitän, Dennis Hoxha, sah das ähnlich: „Wir waren einfach nicht gut genug.“"),
     [("Niemand kann sich hinter dem", "Ralf Stiegemann"),
      ("Ich übernehme die Verantwortung", "Ralf Stiegemann"),
      ("einfach nicht gut genug", "Dennis Hoxha")]),
    ("r44-turns", "de",
     P("Die Hebamme Gudrun Fehrenbach, 61, betreut seit 35 Jahren Geburten im Kreis Talheim. Wir "
       "haben mit ihr über die Schließung der Geburtsstation gesprochen.")
     + P("<b>Frau Fehrenbach, was bedeutet die Schließung für die Frauen hier?</b>")
     + P("„Eine Stunde Fahrt mit Wehen. Im Winter auch mal zwei.“")
     + P("<b>Und für Sie?</b>")
     + P("„Ich mache weiter Hausbesuche, solange meine Knie mitspielen.“"),
     [("Eine Stunde Fahrt mit Wehen", "Gudrun Fehrenbach"),
      ("solange meine Knie mitspielen", "Gudrun Fehrenbach")]),
    ("r44-role", "de",
     P("Die Ernährungswissenschaftlerin Prof. Dr. Almut Reichenbach-Sauer rät Eltern zu „festen "
       "Mahlzeiten ohne Bildschirm“ und empfiehlt „Wasser statt Saft, auch beim Sport“.")
     + P("Von Verboten hält sie wenig. „Süßigkeiten zu verbieten macht sie nur interessanter“, "
         "sagt die Forscherin der Universität Kallenberg."),
     [("festen Mahlzeiten ohne Bildschirm", "Almut Reichenbach-Sauer"),
      ("Wasser statt Saft, auch", "Almut Reichenbach-Sauer"),
      ("macht sie nur interessanter", "Almut Reichenbach-Sauer")]),
    # ---------------------------------------------------------------- French
    ("r44-after", "fr",
     P("La maire de Saint-Aubrac, Claire Vautrin-Massol, a inauguré samedi la nouvelle "
       "médiathèque.")
     + P("« Nous avons mis dix ans à convaincre le département », a-t-elle rappelé devant une "
         "centaine d’habitants. « Ce lieu appartient désormais à tout le monde. »"),
     [("mis dix ans à convaincre", "Claire Vautrin-Massol"),
      ("Ce lieu appartient désormais à", "Claire Vautrin-Massol")]),
    ("r44-before", "fr",
     P("Selon Étienne Roubaud, délégué syndical chez Ferronor, « la direction prépare la fermeture "
       "du site depuis au moins deux ans ».")
     + P("La direction n’a pas souhaité réagir. Un ouvrier rencontré devant l’usine résume : « On "
         "nous a menti jusqu’au bout. »"),
     [("la direction prépare la fermeture", "Étienne Roubaud"),
      ("nous a menti jusqu’au bout", None)]),
    ("r44-turns", "fr",
     P("Romancière de 41 ans, Inès Belkacem publie « La Saison des orages », son troisième roman. "
       "Entretien.")
     + P("<b>Pourquoi revenir à votre ville natale ?</b>")
     + P("« Parce que je l’avais fuie trop vite. Il fallait que je la regarde en face. »")
     + P("<b>Vos parents ont-ils lu le livre ?</b>")
     + P("« Ma mère, oui. Elle m’a dit que j’avais changé tous les noms sauf le sien. »"),
     [("La Saison des orages", None),
      ("je l’avais fuie trop", "Inès Belkacem"),
      ("changé tous les noms sauf", "Inès Belkacem")]),
    ("r44-org", "fr",
     P("Dans un communiqué publié jeudi, l’Association des riverains du canal de Vélines dénonce "
       "« un chantier mené sans la moindre concertation ».")
     + P("La société Canalis, chargée des travaux, assure de son côté que « toutes les "
         "autorisations ont été délivrées dans les règles »."),
     [("un chantier mené sans la", "Association des riverains du canal de Vélines"),
      ("toutes les autorisations ont été", "Canalis")]),
    ("r44-role", "fr",
     P("Le chef Gaston Ribérac a fermé son restaurant de la rue des Tanneurs après trente-deux "
       "ans.")
     + P("L’établissement, une institution du quartier, avait obtenu sa première étoile en 1998. "
         "Les réservations affluaient encore la semaine dernière.")
     + P("« Je pars tant que mes mains tremblent moins que mes casseroles », plaisante le cuisinier "
         "de 71 ans.")
     + P("Sa fille, Margaux Ribérac, qui a travaillé quinze ans en salle, ne reprendra pas "
         "l’affaire : « Ce restaurant, c’était lui. Sans lui, ce serait un décor. »"),
     [("mes mains tremblent moins que", "Gaston Ribérac"),
      ("Sans lui, ce serait", "Margaux Ribérac")]),
    ("r44-mixed", "fr",
     P("Le maire, Hervé Lemasson, a qualifié le rapport de « document partial, écrit d’avance », "
       "tandis que la conseillère d’opposition Sophie N’Diaye-Perrin y voit « la preuve de dix "
       "ans de mauvaise gestion ».")
     + P("Les deux élus se retrouveront lundi en conseil municipal."),
     [("document partial, écrit d’avance", "Hervé Lemasson"),
      ("la preuve de dix ans", "Sophie N’Diaye-Perrin")]),
    ("r44-far", "fr",
     P("En 1788, le curé de Montcalvel, Antoine Mazel, tient un registre où il consigne la météo, "
       "les récoltes et les querelles du village.")
     + P("Le 13 juillet, il y décrit « une grêle grosse comme des œufs de pigeon » qui détruit les "
         "vignes en une heure.")
     + P("Plus loin, le registre évoque « la misère des journaliers, qui mangent l’herbe des "
         "fossés ».")
     + P("Pour l’historienne Camille Aubertin, qui a transcrit le manuscrit, « ce curé est un "
         "témoin d’une précision rare »."),
     [("une grêle grosse comme des", "Antoine Mazel"),
      ("la misère des journaliers, qui", "Antoine Mazel"),
      ("ce curé est un témoin", "Camille Aubertin")]),
    # ---------------------------------------------------------------- Spanish
    ("r44-after", "es",
     P("El alcalde de Villanueva del Río, Tomás Echeverri Luján, anunció ayer el cierre del "
       "mercado municipal durante seis meses.")
     + P("“No es una decisión que tomemos a la ligera”, explicó el regidor, que prometió ayudas a "
         "los comerciantes. “Nadie se quedará sin puesto cuando reabramos”."),
     [("decisión que tomemos a la", "Tomás Echeverri Luján"),
      ("Nadie se quedará sin puesto", "Tomás Echeverri Luján")]),
    ("r44-mixed", "es",
     P("La fiscal Begoña Urquiza calificó los hechos de «una estafa piramidal de manual», "
       "mientras que el abogado de la defensa, Rodrigo Saldívar, aseguró que su cliente «nunca "
       "tuvo acceso a las cuentas».")
     + P("El juicio continuará el lunes con la declaración de los peritos."),
     [("una estafa piramidal de manual", "Begoña Urquiza"),
      ("nunca tuvo acceso a las", "Rodrigo Saldívar")]),
    ("r44-written", "es",
     P("La diputada Marisol Quiroga Peña reaccionó en sus redes sociales pocos minutos después de "
       "la votación:")
     + P("«Hoy el Congreso ha dado la espalda a miles de familias. Seguiremos peleando».")
     + P("A las puertas de la Cámara, los manifestantes coreaban «Sin vivienda no hay futuro»."),
     [("ha dado la espalda a", "Marisol Quiroga Peña"),
      ("Sin vivienda no hay futuro", None)]),
    ("r44-far", "es",
     P("Lucía Fernández de Castro lleva veinte años rescatando perros abandonados en una finca a "
       "las afueras de Albarán.")
     + P("Este verano ha recogido más animales que nunca: 212 desde junio, según el registro del "
         "refugio. La mayoría llegan sin chip.")
     + P("“La gente los compra en Navidad y los tira en agosto”, lamenta.")
     + P("El Ayuntamiento le prometió una subvención que todavía no ha llegado. “Con promesas no "
         "se compra pienso”, añadió."),
     [("los compra en Navidad y", "Lucía Fernández de Castro"),
      ("Con promesas no se compra", "Lucía Fernández de Castro")]),
    ("r44-none", "es",
     P("El informe, titulado «Agua para mañana en la cuenca», advierte de que los embalses están "
       "al 30 %.")
     + P("Un agricultor de la zona, que prefirió no dar su nombre, fue tajante: “Este año no "
         "sembramos nada”."),
     [("Agua para mañana en", None),
      ("Este año no sembramos", None)]),
    ("r44-turns", "es",
     P("En el debate, la candidata Ainhoa Larrañaga acusó al alcalde de «vender la ciudad a los "
       "fondos». Ernesto Villalba respondió: «Lo que vendimos fueron solares vacíos que llevaban "
       "décadas abandonados».")
     + P("«Solares donde ahora hay pisos a dos mil euros», replicó ella."),
     [("vender la ciudad a los", "Ainhoa Larrañaga"),
      ("Lo que vendimos fueron solares", "Ernesto Villalba"),
      ("donde ahora hay pisos", "Ainhoa Larrañaga")]),
    ("r44-turns", "es",
     P("Marcelo Ibáñez, de 54 años, y su hija Valentina Ibáñez, de 22, regentan juntos la librería "
       "Caracol en el casco antiguo de Teruela.")
     + P("“Yo quería que estudiara Derecho”, confiesa él. “Ahora me alegro de que no me hiciera "
         "caso”.")
     + P("Ella se ríe. “Lo dice ahora porque vendo más que él”.")
     + P("La librería sobrevive, explica el padre, gracias a los clubes de lectura: “Son cuarenta "
         "personas que vuelven cada mes”."),
     [("quería que estudiara Derecho", "Marcelo Ibáñez"),
      ("me alegro de que no", "Marcelo Ibáñez"),
      ("porque vendo más que él", "Valentina Ibáñez"),
      ("personas que vuelven cada mes", "Marcelo Ibáñez")]),
    # ---------------------------------------------------------------- Italian
    ("r44-before", "it",
     P("Secondo Giulia Marchetti Benassi, presidente dell’associazione Borghi Vivi, «senza una "
       "scuola il paese muore in dieci anni».")
     + P("Il sindaco, Ottavio Ruggeri, ha risposto che la decisione spetta alla Regione: «Noi "
         "abbiamo fatto tutto il possibile»."),
     [("senza una scuola il paese", "Giulia Marchetti Benassi"),
      ("abbiamo fatto tutto il possibile", "Ottavio Ruggeri")]),
    ("r44-far", "it",
     P("Don Michele Arcuri, parroco di San Vito al Fiume da trentadue anni, ha salutato i fedeli "
       "domenica mattina.")
     + P("«Sono arrivato qui che ero un ragazzo e me ne vado da vecchio. Questo paese mi ha "
         "insegnato più di quanto io abbia insegnato a lui.")
     + P("«Vi chiedo solo una cosa: non lasciate chiudere l’oratorio.»")
     + P("Dopo la messa, il sacerdote si è fermato a lungo sul sagrato."),
     [("Sono arrivato qui che ero", "Michele Arcuri"),
      ("non lasciate chiudere l’oratorio", "Michele Arcuri")]),
    ("r44-org", "it",
     P("L’Istituto per lo studio dei versanti instabili ha diffuso un rapporto secondo cui il "
       "versante è «in movimento costante da almeno tre anni».")
     + P("«I dati non lasciano spazio a interpretazioni», si legge nel documento."),
     [("in movimento costante da almeno", "Istituto per lo studio dei versanti instabili"),
      ("dati non lasciano spazio a", "Istituto per lo studio dei versanti instabili")]),
    ("r44-none", "it",
     P("Il film «L’estate di Nina Corsi» ha vinto il premio del pubblico.")
     + P("Il centravanti, che i tifosi chiamano «il gigante buono», è tornato ad allenarsi con la "
         "squadra."),
     [("L’estate di Nina Corsi", None),
      ("il gigante buono", None)]),
    ("r44-after", "it",
     P("Federica Lo Russo, 19 anni, ha vinto l’oro nei 200 dorso.")
     + P("«Non ci credo ancora, ho guardato il tabellone tre volte», ha detto l’atleta siciliana. "
         "Il suo allenatore, Mauro Pelizzari, era in lacrime: «Se lo merita più di chiunque»."),
     [("ho guardato il tabellone tre", "Federica Lo Russo"),
      ("Se lo merita più di", "Mauro Pelizzari")]),
    # ---------------------------------------------------------------- Portuguese
    ("r44-after", "pt",
     P("O prefeito de Santa Luzia do Norte, Anselmo Barreto Lins, decretou estado de emergência "
       "nesta terça-feira.")
     + P("“A chuva de ontem foi o dobro do previsto para o mês inteiro”, afirmou. “Temos "
         "trezentas famílias fora de casa.”"),
     [("foi o dobro do previsto", "Anselmo Barreto Lins"),
      ("trezentas famílias fora de casa", "Anselmo Barreto Lins")]),
    ("r44-before", "pt",
     P("Nas palavras da investigadora Teresa Magalhães Pinto, da Universidade de Alvor, «o pinhal "
       "não arde por acaso, arde porque ninguém o limpa».")
     + P("Já o presidente da junta, Rui Salgueiro, garante que «as limpezas estão feitas em "
         "noventa por cento da área»."),
     [("pinhal não arde por acaso", "Teresa Magalhães Pinto"),
      ("as limpezas estão feitas em", "Rui Salgueiro")]),
    ("r44-turns", "pt",
     P("Aos 86 anos, o fadista Joaquim Serôdio lança um novo disco. Conversámos com ele na sua "
       "casa, em Vila Serena.")
     + P("<b>Ainda canta todas as noites?</b>")
     + P("«Todas não. Às sextas e aos sábados. O resto da semana é para a voz descansar.»")
     + P("<b>E o disco?</b>")
     + P("«Gravei-o numa tarde, como antigamente. Sem repetir nada.»"),
     [("resto da semana é para", "Joaquim Serôdio"),
      ("Gravei-o numa tarde, como", "Joaquim Serôdio")]),
    ("r44-mixed", "pt",
     P("A secretária de Saúde, Cláudia Ventura, classificou a greve como “uma irresponsabilidade "
       "com os pacientes”, enquanto o Sindicato dos Enfermeiros de Vale Verde afirmou, em nota, "
       "que os profissionais estão “no limite das suas forças”.")
     + P("Em frente ao hospital, cartazes diziam “Sem enfermeiros não há saúde”."),
     [("uma irresponsabilidade com os pacientes", "Cláudia Ventura"),
      ("no limite das suas", "Sindicato dos Enfermeiros de Vale Verde"),
      ("Sem enfermeiros não há", None)]),
    # ---------------------------------------------------------------- Dutch
    ("r44-after", "nl",
     P("Wethouder Sanne van der Velde-Kroes wil de binnenstad van Oosterdam autovrij maken.")
     + P("‘Het is niet de vraag óf het gebeurt, maar wanneer’, zei ze dinsdag in de gemeenteraad. "
         "‘Over vijf jaar kijken we hier verbaasd op terug.’"),
     [("niet de vraag óf het", "Sanne van der Velde-Kroes"),
      ("kijken we hier verbaasd op", "Sanne van der Velde-Kroes")]),
    ("r44-turns", "nl",
     P("Ondernemer Bas Hoekstra is fel tegen. ‘Mijn klanten komen met de auto, zo simpel is "
       "het.’")
     + P("Buurvrouw Fatima el Idrissi, die al veertig jaar boven de bakkerij woont, ziet het "
         "anders: ‘Ik kan hier ’s avonds mijn raam niet open doen van het lawaai.’")
     + P("Hoekstra haalt zijn schouders op. ‘Dan moet je niet boven een winkelstraat gaan wonen.’"),
     [("Mijn klanten komen met de", "Bas Hoekstra"),
      ("mijn raam niet open doen", "Fatima el Idrissi"),
      ("niet boven een winkelstraat gaan", "Bas Hoekstra")]),
    ("r44-org", "nl",
     P("In een verklaring laat de Stichting Waddenwacht weten dat de vergunning ‘op geen enkele "
       "wijze rekening houdt met de zeehonden’.")
     + P("Op een spandoek bij het gemeentehuis stond: ‘Handen af van ons wad’."),
     [("op geen enkele wijze rekening", "Stichting Waddenwacht"),
      ("Handen af van ons", None)]),
    ("r44-far", "nl",
     P("Huisarts Jeroen Mulder uit Hoogeveld luidt de noodklok.")
     + P("Zijn praktijk heeft 3.400 patiënten en sinds januari geen opvolger. Twee collega’s in de "
         "regio stoppen dit jaar.")
     + P("‘Als ik morgen omval, heeft dit dorp geen dokter meer.’")
     + P("‘Niemand wil nog zeven dagen per week bereikbaar zijn’, voegt hij eraan toe."),
     [("Als ik morgen omval, heeft", "Jeroen Mulder"),
      ("zeven dagen per week bereikbaar", "Jeroen Mulder")]),
    # ---------------------------------------------------------------- Polish
    ("r44-before", "pl",
     P("Według Katarzyny Wróblewskiej-Nowak, dyrektorki szpitala w Borkowie, „oddział położniczy "
       "nie zostanie zamknięty, dopóki ja tu pracuję”.")
     + P("Zarząd powiatu nie odpowiedział na nasze pytania."),
     [("oddział położniczy nie zostanie zamknięty", "Katarzyna Wróblewska-Nowak")]),
    ("r44-after", "pl",
     P("„To był najtrudniejszy rok w historii klubu” – powiedział prezes Stali Wierzbno, "
       "Zbigniew Pawlak.")
     + P("Trener drużyny, Marek Ciećka, dodał, że „zawodnicy nie dostają pensji od trzech "
         "miesięcy”."),
     [("najtrudniejszy rok w historii klubu", "Zbigniew Pawlak"),
      ("zawodnicy nie dostają pensji od", "Marek Ciećka")]),
    ("r44-turns", "pl",
     P("Na zebraniu mieszkańców sołtys Halina Grzyb tłumaczyła: „Wiatraki dadzą gminie pieniądze "
       "na drogi”.")
     + P("„A nam hałas pod oknami” – odpowiedział jej Stanisław Kmieć, który mieszka czterysta "
         "metrów od planowanej turbiny.")
     + P("„Hałasu nie będzie, są badania” – zapewniła sołtys."),
     [("dadzą gminie pieniądze na", "Halina Grzyb"),
      ("A nam hałas pod", "Stanisław Kmieć"),
      ("Hałasu nie będzie, są", "Halina Grzyb")]),
    ("r44-none", "pl",
     P("Książka „Dom nad rozlewiskiem zimą” od miesiąca nie schodzi z list bestsellerów.")
     + P("Na transparentach protestujących rolników widniało hasło „Chleb nie rośnie w "
         "sklepie”."),
     [("Dom nad rozlewiskiem zimą", None),
      ("Chleb nie rośnie w", None)]),
    ("r44-far", "pl",
     P("Piotr Zawadzki od dwudziestu lat naprawia zegary w zakładzie przy rynku w Jodłowie.")
     + P("Zakład założył jego dziadek w 1936 roku. W witrynie wciąż wisi oryginalny szyld.")
     + P("„Dziś przynoszą mi głównie zegarki po dziadkach. Nowych nikt nie naprawia, nowe się "
         "wyrzuca”."),
     [("przynoszą mi głównie zegarki po", "Piotr Zawadzki")]),
    ("r44-mixed", "pl",
     P("Minister rolnictwa Tadeusz Wójcik-Brzeski zapowiedział, że rząd „nie zostawi sadowników "
       "samych”, ale przedstawiciel związku sadowników, Jerzy Malinowski, odpowiedział, że "
       "„obietnic nie da się wysłać do banku”.")
     + P("Przymrozki zniszczyły w tym roku nawet połowę zbiorów jabłek w regionie."),
     [("nie zostawi sadowników samych", "Tadeusz Wójcik-Brzeski"),
      ("obietnic nie da się", "Jerzy Malinowski")]),
    # ---------------------------------------------------------------- Russian
    ("r44-before", "ru",
     P("По словам Анны Сергеевны Климовой, главного врача районной больницы, «в отделении не "
       "хватает половины медсестёр».")
     + P("«Мы работаем на износе уже третий год», — добавила она."),
     [("в отделении не хватает половины", "Анна Сергеевна Климова"),
      ("работаем на износе уже третий", "Анна Сергеевна Климова")]),
    ("r44-after", "ru",
     P("«Мост закроют на ремонт не раньше весны», — сообщил журналистам глава администрации "
       "Заречного Виктор Ломакин.")
     + P("Местные жители, впрочем, не верят обещаниям. «Нам это говорят с девятнадцатого года», — "
         "сказала одна из жительниц, торгующая у моста."),
     [("Мост закроют на ремонт", "Виктор Ломакин"),
      ("Нам это говорят с", None)]),
    ("r44-turns", "ru",
     P("Художник Тимур Ахмедзянов, 52 года, открыл мастерскую в бывшем здании вокзала. Мы "
       "поговорили с ним о переезде.")
     + P("<b>— Почему именно вокзал?</b>")
     + P("«Здесь потолки шесть метров и свет с трёх сторон. Такого в городе больше нигде нет».")
     + P("<b>— А поезда не мешают?</b>")
     + P("«Поезда здесь не ходят с девяностых. Иногда мне их не хватает»."),
     [("потолки шесть метров и свет", "Тимур Ахмедзянов"),
      ("Иногда мне их не хватает", "Тимур Ахмедзянов")]),
    ("r44-org", "ru",
     P("В пресс-службе компании «Северэнергосбыт» заявили, что перебои с электричеством «связаны "
       "с аварией на подстанции и будут устранены к вечеру».")
     + P("«Бригады работают с ночи», — уточнили в компании."),
     [("связаны с аварией на подстанции", "Северэнергосбыт"),
      ("Бригады работают с ночи", "Северэнергосбыт")]),
    ("r44-mixed", "ru",
     P("Прокурор Ирина Дегтярёва назвала действия подсудимого «хладнокровным и продуманным "
       "преступлением», адвокат Олег Сафин — «трагической случайностью, не более».")
     + P("Приговор огласят на следующей неделе."),
     [("хладнокровным и продуманным преступлением", "Ирина Дегтярёва"),
      ("трагической случайностью, не более", "Олег Сафин")]),
    ("r44-none", "ru",
     P("Фильм «Последний паром до Каменска» выйдет в прокат в ноябре.")
     + P("Запрет, который в городе уже прозвали «сухим законом для подростков», вступит в силу в "
         "марте."),
     [("Последний паром до Каменска", None),
      ("сухим законом для подростков", None)]),
    ("r44-far", "ru",
     P("Учительница Галина Петровна Воронцова сорок лет преподавала в сельской школе в Березняках.")
     + P("В этом году в школе осталось девять учеников. Районное управление образования решило её "
         "закрыть, детей будут возить в райцентр.")
     + P("«Я всех их знаю по именам, и их родителей учила, и бабушек».")
     + P("Её бывший ученик, а ныне глава поселения Алексей Кудрин, обещает бороться: «Школа "
         "закроется только через мой труп»."),
     [("всех их знаю по именам", "Галина Петровна Воронцова"),
      ("закроется только через мой труп", "Алексей Кудрин")]),
    # ---------------------------------------------------------------- Chinese
    ("r44-after", "zh",
     P("绿河市市长周建平周二宣布，市中心将新建一座图书馆。")
     + P("“这座图书馆要向所有人免费开放，包括外来务工人员。”他在新闻发布会上说。")
     + P("他还表示：“明年年底前一定完工。”"),
     [("向所有人免费开放", "周建平"),
      ("明年年底前一定完工", "周建平")]),
    ("r44-mixed", "zh",
     P("据青山县农业农村局局长李秀兰介绍，今年全县茶叶产量预计增长两成，“茶农的收入第一次超过了外出打工”。")
     + P("村民王德福则有些担心：“价格好了，种的人多了，明年就不一定了。”"),
     [("茶农的收入第一次超过", "李秀兰"),
      ("种的人多了，明年就不一定", "王德福")]),
    ("r44-org", "zh",
     P("星河电子公司在声明中表示，公司“对此次数据泄露事件深表歉意”，并将“全力配合有关部门调查”。")
     + P("一位不愿透露姓名的员工说：“其实去年就有人提醒过。”"),
     [("对此次数据泄露事件深表歉意", "星河电子公司"),
      ("全力配合有关部门调查", "星河电子公司"),
      ("其实去年就有人提醒过", None)]),
    ("r44-none", "zh",
     P("这一被网友称为“史上最严停车令”的规定，引发了不少争议。")
     + P("小区门口挂着一条红色横幅：“文明养犬，从我做起”。"),
     [("史上最严停车令", None),
      ("文明养犬，从我做起", None)]),
    ("r44-far", "zh",
     P("今年68岁的陈国栋在老街修了四十年自行车。")
     + P("这条街上的老店大多已经关门。街口的菜市场去年改成了停车场，邻居们也陆续搬进了新区。")
     + P("“只要还有人骑车，我就还开着。”")
     + P("他的儿子陈磊在省城工作，多次劝他退休。“我爸这个人，你劝不动的。”陈磊笑着说。"),
     [("只要还有人骑车", "陈国栋"),
      ("我爸这个人，你劝不动的", "陈磊")]),
    ("r44-turns", "zh",
     P("记者：您为什么选择回到家乡办学？")
     + P("乡村教师赵雅琴说：“城里不缺老师，这里缺。”")
     + P("她的丈夫孙立明当时并不同意。“我以为她坚持不了一年。”孙立明说，“没想到一待就是十五年。”"),
     [("城里不缺老师，这里缺", "赵雅琴"),
      ("我以为她坚持不了一年", "孙立明"),
      ("没想到一待就是十五年", "孙立明")]),
    # ---------------------------------------------------------------- Japanese
    ("r44-after", "ja",
     P("北川町の田村和子町長は３日、町内の小学校２校を統合する方針を明らかにした。")
     + P("「子どもの数が10年前の半分になった。苦渋の決断だ」と述べた。")
     + P("説明会に参加した保護者の一人は「通学に１時間かかる子もいる」と不安を口にした。"),
     [("苦渋の決断だ", "田村和子"),
      ("通学に１時間かかる子", None)]),
    ("r44-turns", "ja",
     P("今季限りで現役を引退する港北ブルーウェーブの山口翔太投手（38）に話を聞いた。")
     + P("<b>――引退を決めたきっかけは。</b>")
     + P("「夏に右肩を痛めて、もうあのボールは投げられないと思いました」")
     + P("<b>――今後は。</b>")
     + P("「しばらくは家族とゆっくりしたい。子どもの運動会に初めて行けます」"),
     [("もうあのボールは投げられない", "山口翔太"),
      ("子どもの運動会に初めて行けます", "山口翔太")]),
    ("r44-org", "ja",
     P("東西鉄道は５日、運賃を来春から平均８％値上げすると発表した。同社は「安全投資を続けるためにやむを得ない」と説明している。")
     + P("駅で話を聞いた利用者からは「また値上げか、給料は上がらないのに」という声も上がった。"),
     [("安全投資を続けるために", "東西鉄道"),
      ("給料は上がらないのに", None)]),
    ("r44-far", "ja",
     P("岡本美津子さん（74）は、50年以上にわたり地元の民話を集めてきた。")
     + P("聞き取った話は800を超え、ノート120冊に書き留めてある。昨年、その一部が一冊の本にまとめられた。")
     + P("「話してくれたおばあさんたちは、もうほとんど亡くなった。私が書かなければ消えていた」"),
     [("私が書かなければ消えていた", "岡本美津子")]),
    ("r44-mixed", "ja",
     P("検察側は「極めて悪質な犯行だ」と指摘したのに対し、弁護側の佐々木健一弁護士は「被告に殺意はなかった」と反論した。")
     + P("判決は来月２０日に言い渡される。"),
     [("極めて悪質な犯行だ", None),
      ("被告に殺意はなかった", "佐々木健一")]),
    ("r44-role", "ja",
     P("「ここまで来られたのは地域の皆さんのおかげ」。創業100年を迎えた老舗和菓子店「松風堂」の四代目、石川由美子さんはそう話す。")
     + P("店を継いだのは20年前。夫の石川隆さんは会社員を辞めて店を手伝う。「最初は妻の下で働くのが照れくさかった」と笑う。"),
     [("地域の皆さんのおかげ", "石川由美子"),
      ("妻の下で働くのが照れくさかった", "石川隆")]),
    # ---------------------------------------------------------------- Korean
    ("r44-after", "ko",
     P("김민정 한빛시장은 7일 기자회견에서 “내년부터 시내버스를 무료로 운영하겠다”고 밝혔다.")
     + P("김 시장은 “재원은 이미 확보했다”며 “시민 부담은 없을 것”이라고 덧붙였다."),
     [("내년부터 시내버스를 무료로", "김민정"),
      ("재원은 이미 확보했다", "김민정")]),
    ("r44-turns", "ko",
     P("이에 대해 야당 시의원인 박성호 의원은 “선거를 앞둔 선심성 공약”이라고 비판했다.")
     + P("버스 정류장에서 만난 한 시민은 “공짜라면 좋지만 버스가 더 자주 왔으면 좋겠다”고 말했다."),
     [("선거를 앞둔 선심성 공약", "박성호"),
      ("버스가 더 자주 왔으면", None)]),
    ("r44-org", "ko",
     P("한국동네빵집연합회는 성명을 내고 “밀가루 가격 인상으로 동네 빵집이 고사 위기에 처했다”고 주장했다.")
     + P("연합회는 또 “정부가 즉각 대책을 내놓아야 한다”고 촉구했다."),
     [("동네 빵집이 고사 위기에", "한국동네빵집연합회"),
      ("정부가 즉각 대책을 내놓아야", "한국동네빵집연합회")]),
    ("r44-far", "ko",
     P("올해 아흔 살인 이순자 할머니는 60년 넘게 같은 자리에서 국수를 팔았다.")
     + P("가게는 다섯 평 남짓이다. 메뉴는 잔치국수 하나뿐이고, 가격은 10년째 4천 원이다.")
     + P("“돈 벌려고 하는 거 아니야. 사람 구경하려고 하는 거지.”"),
     [("사람 구경하려고 하는 거지", "이순자")]),
    ("r44-written", "ko",
     P("정은우 작가는 수상 소식이 전해진 뒤 자신의 SNS에 “이번 상은 돌아가신 어머니 덕분”이라는 글을 올렸다.")
     + P("정 작가의 어머니는 지난해 세상을 떠났다. 그는 한 인터뷰에서 “어머니가 읽어 주시던 동화가 제 첫 문장이었다”고 말한 바 있다."),
     [("돌아가신 어머니 덕분", "정은우"),
      ("어머니가 읽어 주시던 동화가", "정은우")]),
    # ---------------------------------------------------------------- Arabic
    ("r44-after", "ar",
     P("قال وزير الزراعة، سليم الحدّاد، إن «موسم الزيتون هذا العام هو الأسوأ منذ عقدين».")
     + P("وأضاف: «المزارعون بحاجة إلى دعم عاجل قبل الشتاء»."),
     [("موسم الزيتون هذا العام", "سليم الحدّاد"),
      ("بحاجة إلى دعم عاجل", "سليم الحدّاد")]),
    ("r44-before", "ar",
     P("وبحسب رئيسة جمعية مزارعي وادي السدر، هدى العبدالله، فإن «الأسعار لم تعد تغطي كلفة الحصاد».")
     + P("أما أحد المزارعين في القرية فقال: «بعنا الأرض لأن الأولاد لا يريدون العمل فيها»."),
     [("الأسعار لم تعد تغطي", "هدى العبدالله"),
      ("بعنا الأرض لأن الأولاد", None)]),
    ("r44-org", "ar",
     P("وقالت شركة النور للاتصالات في بيان إن «الانقطاع ناجم عن عطل فني في أحد المراكز الرئيسية».")
     + P("وأكد البيان أن «الخدمة ستعود بالكامل خلال ساعات»."),
     [("الانقطاع ناجم عن عطل فني", "شركة النور للاتصالات"),
      ("الخدمة ستعود بالكامل خلال", "شركة النور للاتصالات")]),
    ("r44-none", "ar",
     P("وحمل المتظاهرون لافتات كتب عليها «لا للغلاء، نعم للكرامة».")
     + P("ويعرض فيلم «بيت على حافة البحر» في دور السينما ابتداء من الخميس."),
     [("لا للغلاء، نعم للكرامة", None),
      ("بيت على حافة البحر", None)]),
    ("r44-far", "ar",
     P("يعمل الحاج عبد الرحيم بن سالم منذ أربعين عاما في صناعة الفخار في سوق المدينة القديمة.")
     + P("تراجع عدد الورش في السوق من ثلاثين ورشة إلى خمس فقط خلال عقدين، بحسب سجلات البلدية.")
     + P("«أولادي درسوا الهندسة والطب، ولن يرث أحد منهم هذه الصنعة»."),
     [("ولن يرث أحد منهم", "عبد الرحيم بن سالم")]),
    # ---------------------------------------------------------------- Turkish
    ("r44-after", "tr",
     P("Yeşilköprü Belediye Başkanı Ayşe Karaosmanoğlu, çarşının trafiğe kapatılacağını açıkladı.")
     + P("“Bu karar esnafımızın da isteğiyle alındı” dedi Karaosmanoğlu. “Araçlar artık çevre "
         "yolunu kullanacak.”"),
     [("esnafımızın da isteğiyle alındı", "Ayşe Karaosmanoğlu"),
      ("artık çevre yolunu kullanacak", "Ayşe Karaosmanoğlu")]),
    ("r44-turns", "tr",
     P("Esnaftan Mehmet Yıldırım ise kararı eleştirdi: “Müşteri arabasını nereye park edecek?”")
     + P("Komşusu Zeynep Aksoy farklı düşünüyor: “Çocuklarımız artık sokakta rahatça "
         "yürüyebilecek.”"),
     [("Müşteri arabasını nereye park", "Mehmet Yıldırım"),
      ("artık sokakta rahatça yürüyebilecek", "Zeynep Aksoy")]),
    ("r44-org", "tr",
     P("Ege Zeytin Üreticileri Birliği yaptığı açıklamada rekoltenin “son otuz yılın en düşük "
       "seviyesinde” olduğunu bildirdi.")
     + P("Kooperatif başkanı Hüseyin Çelikkol’a göre ise “asıl sorun kuraklık değil, yanlış "
         "sulama”."),
     [("son otuz yılın en", "Ege Zeytin Üreticileri Birliği"),
      ("asıl sorun kuraklık değil", "Hüseyin Çelikkol")]),
    ("r44-none", "tr",
     P("Yazarın yeni romanı “Sessiz Limanın Bekçisi” bu hafta okurla buluştu.")
     + P("Mahalle sakinlerinden biri, “Burada kırk yıldır oturuyoruz, böyle sel görmedik” diye "
         "konuştu."),
     [("Sessiz Limanın Bekçisi", None),
      ("kırk yıldır oturuyoruz, böyle", None)]),
    # ---------------------------------------------------------------- Hebrew
    ("r44-after", "he",
     P('ראש עיריית גבעת הדקלים, מיכל אורן-שטרן, הודיעה אתמול על סגירת הבריכה העירונית.')
     + P('"אין לנו תקציב לתחזק אותה עוד שנה," אמרה. "זו החלטה כואבת, אבל אין ברירה."'),
     [("אין לנו תקציב לתחזק", "מיכל אורן-שטרן"),
      ("זו החלטה כואבת", "מיכל אורן-שטרן")]),
    ("r44-turns", "he",
     P('ראש ועד ההורים, יוסי בן-עמי, טען כי "הילדים ישלמו את המחיר".')
     + P('תושבת השכונה, שביקשה שלא להזדהות, אמרה: "אנחנו מרגישים ששכחו אותנו כאן."'),
     [("הילדים ישלמו את המחיר", "יוסי בן-עמי"),
      ("מרגישים ששכחו אותנו כאן", None)]),
    ("r44-written", "he",
     P('על השלט בכניסה לבריכה נכתב: "סגור עד להודעה חדשה".')
     + P('המצילה הוותיקה, רותי גולדמן, כתבה בפייסבוק: "עשרים ושתיים שנה על הכיסא הזה. תודה לכולם."'),
     [("סגור עד להודעה חדשה", None),
      ("עשרים ושתיים שנה על", "רותי גולדמן")]),
    # ---------------------------------------------------------------- Persian
    ("r44-after", "fa",
     P("شهردار بندر نیلوفر، مریم کاظمی‌نژاد، روز دوشنبه از طرح تازه‌ای برای ساحل شهر خبر داد.")
     + P("او گفت: «ساحل باید به مردم برگردد، نه به هتل‌ها.»")
     + P("کاظمی‌نژاد افزود: «ساخت‌وساز در صد متری دریا ممنوع می‌شود.»"),
     [("ساحل باید به مردم برگردد", "مریم کاظمی‌نژاد"),
      ("در صد متری دریا", "مریم کاظمی‌نژاد")]),
    ("r44-turns", "fa",
     P("یکی از ماهیگیران قدیمی بندر، رضا ملکی، می‌گوید: «سی سال است اینجا تور می‌اندازیم و کسی از ما نپرسید.»")
     + P("اما به گفته یک کارمند شهرداری که نخواست نامش فاش شود، «تصمیم از قبل گرفته شده بود»."),
     [("سی سال است اینجا", "رضا ملکی"),
      ("تصمیم از قبل گرفته", None)]),
    ("r44-none", "fa",
     P("رمان «باغ‌های بی‌صاحب شمال» پس از سه سال انتظار مجوز انتشار گرفت.")
     + P("روی پلاکاردی در میدان شهر نوشته شده بود: «دریا مال همه است»."),
     [("باغ‌های بی‌صاحب شمال", None),
      ("دریا مال همه است", None)]),
    # ---------------------------------------------------------------- Hindi
    ("r44-after", "hi",
     P("रामपुर कलां की सरपंच सुनीता देवी यादव ने बताया कि गांव में पानी की टंकी दो साल से खराब पड़ी है।")
     + P("“हमने तीन बार अर्जी दी, लेकिन कोई अधिकारी देखने तक नहीं आया,” उन्होंने कहा।"),
     [("हमने तीन बार अर्जी दी", "सुनीता देवी यादव")]),
    ("r44-org", "hi",
     P("नवभारत जल निगम ने एक बयान में कहा कि “मरम्मत का काम अगले सप्ताह शुरू होगा”।")
     + P("गांव के एक बुजुर्ग ने कहा, “ऐसे वादे हम पहले भी सुन चुके हैं।”"),
     [("मरम्मत का काम अगले सप्ताह", "नवभारत जल निगम"),
      ("ऐसे वादे हम पहले", None)]),
    ("r44-mixed", "hi",
     P("विधायक अरविंद मिश्रा ने इसे “प्रशासन की घोर लापरवाही” बताया, जबकि जिलाधिकारी कविता राठौर ने कहा कि “सभी शिकायतों की जांच की जा रही है”।")
     + P("घटना के बाद गांव में तनाव का माहौल है। एक महिला ने कहा, “हमें अब रात में बाहर निकलने से डर लगता है।”"),
     [("प्रशासन की घोर लापरवाही", "अरविंद मिश्रा"),
      ("सभी शिकायतों की जांच", "कविता राठौर"),
      ("रात में बाहर निकलने", None)]),
    # ---------------------------------------------------------------- Indonesian
    ("r44-after", "id",
     P("Bupati Lembah Hijau, Agus Santoso Wibowo, meresmikan pasar tradisional yang baru "
       "direnovasi pada Senin.")
     + P("“Pasar ini harus bersih, tapi harga tetap harus murah,” kata Agus.")
     + P("Ia menambahkan, “Pedagang lama tidak akan dipungut biaya sewa selama enam bulan.”"),
     [("Pasar ini harus bersih", "Agus Santoso Wibowo"),
      ("tidak akan dipungut biaya sewa", "Agus Santoso Wibowo")]),
    ("r44-turns", "id",
     P("Siti Rahmawati, pedagang sayur berusia 45 tahun, mengaku lega. “Dulu kalau hujan, kami "
       "berdagang di atas lumpur.”")
     + P("Namun, pedagang lain yang enggan disebut namanya mengeluh. “Tempat kami dipindah ke "
         "belakang, pembeli jarang ke sana.”"),
     [("kami berdagang di atas lumpur", "Siti Rahmawati"),
      ("pembeli jarang ke sana", None)]),
    ("r44-org", "id",
     P("Menurut Lembaga Kajian Pangan Nusantara, kenaikan harga beras “dipicu oleh gagal panen di "
       "tiga provinsi”.")
     + P("Spanduk bertuliskan “Pasar bersih, rezeki bersih” dipasang di pintu masuk pasar."),
     [("dipicu oleh gagal panen", "Lembaga Kajian Pangan Nusantara"),
      ("Pasar bersih, rezeki bersih", None)]),
    # ---------------------------------------------------------------- Vietnamese
    ("r44-after", "vi",
     P("Ông Nguyễn Văn Thành, Chủ tịch UBND xã Tân Hòa, cho biết con đường sẽ hoàn thành trước "
       "Tết.")
     + P("“Chúng tôi đã chờ con đường này hơn mười năm,” ông nói. “Bà con không phải lội bùn "
         "nữa.”"),
     [("đã chờ con đường này", "Nguyễn Văn Thành"),
      ("không phải lội bùn nữa", "Nguyễn Văn Thành")]),
    ("r44-turns", "vi",
     P("Bà Lê Thị Hoa, 62 tuổi, bán tạp hóa đầu xóm, cười: “Có đường rồi, con cháu mới chịu về "
       "quê.”")
     + P("Con trai bà, anh Lê Minh Quân, thì thận trọng hơn: “Đường đẹp nhưng nếu không có việc làm "
         "thì người trẻ vẫn đi.”"),
     [("con cháu mới chịu về", "Lê Thị Hoa"),
      ("không có việc làm thì", "Lê Minh Quân")]),
    ("r44-none", "vi",
     P("Xã Tân Hòa vừa được công nhận đạt chuẩn nông thôn mới sau tám năm.")
     + P("Khẩu hiệu “Đường làng sáng, xanh, sạch” được treo khắp các thôn trong xã."),
     [("Đường làng sáng, xanh, sạch", None)]),
    # ---------------------------------------------------------------- Greek
    ("r44-after", "el",
     P("Ο δήμαρχος Νέας Κυράς, Γιώργος Παπαδημητρίου-Λάμπρου, ανακοίνωσε την επαναλειτουργία του "
       "λιμανιού.")
     + P("«Το λιμάνι είναι η καρδιά του νησιού», δήλωσε. «Χωρίς αυτό, τον χειμώνα μένουμε "
         "αποκομμένοι.»"),
     [("λιμάνι είναι η καρδιά", "Γιώργος Παπαδημητρίου-Λάμπρου"),
      ("τον χειμώνα μένουμε αποκομμένοι", "Γιώργος Παπαδημητρίου-Λάμπρου")]),
    ("r44-turns", "el",
     P("Η ιδιοκτήτρια ταβέρνας Ελένη Σταυροπούλου συμφωνεί: «Φέτος ήρθαν τα πρώτα καράβια μετά από "
       "δύο χρόνια.»")
     + P("Ένας ψαράς, που δεν θέλησε να πει το όνομά του, ήταν πιο επιφυλακτικός: «Τα έχουμε "
         "ξανακούσει αυτά.»"),
     [("ήρθαν τα πρώτα καράβια", "Ελένη Σταυροπούλου"),
      ("Τα έχουμε ξανακούσει αυτά", None)]),
    ("r44-before", "el",
     P("Κατά τον σεισμολόγο Νίκο Φραγκιαδάκη, «η ακολουθία είναι φυσιολογική και δεν προμηνύει "
       "μεγαλύτερο σεισμό».")
     + P("Ο ίδιος πρόσθεσε ότι «οι κάτοικοι πρέπει να μείνουν ψύχραιμοι αλλά προσεκτικοί»."),
     [("η ακολουθία είναι φυσιολογική", "Νίκος Φραγκιαδάκης"),
      ("πρέπει να μείνουν ψύχραιμοι", "Νίκος Φραγκιαδάκης")]),
    # ---------------------------------------------------------------- Romanian
    ("r44-after", "ro",
     P("Primarul comunei Valea Sălciilor, Ion-Cristian Mărgineanu, a anunțat că școala va fi "
       "reabilitată.")
     + P("„Copiii au învățat trei ierni în frig”, a spus edilul. „Nu mai accept asta.”"),
     [("au învățat trei ierni în", "Ion-Cristian Mărgineanu"),
      ("Nu mai accept asta", "Ion-Cristian Mărgineanu")]),
    ("r44-mixed", "ro",
     P("Directoarea școlii, Mihaela Dobrescu, a numit proiectul „o șansă pe care o așteptam de "
       "douăzeci de ani”, iar un părinte a adăugat că „promisiuni s-au mai făcut și înainte”.")
     + P("Lucrările ar urma să înceapă în primăvară."),
     [("o șansă pe care o", "Mihaela Dobrescu"),
      ("promisiuni s-au mai făcut", None)]),
    ("r44-org", "ro",
     P("Reabilitarea școlii va costa peste patru milioane de lei, din fonduri europene.")
     + P("Asociația Părinților din Valea Sălciilor a transmis, printr-un comunicat, că va „urmări "
       "fiecare leu cheltuit”."),
     [("urmări fiecare leu cheltuit", "Asociația Părinților din Valea Sălciilor")]),
    # ---------------------------------------------------------------- Hungarian
    ("r44-before", "hu",
     P("Kovácsné Szabó Erika, a tiszavárosi kórház igazgatója szerint „a sürgősségi osztály nem "
       "zár be, csak átköltözik”.")
     + P("„A betegek semmit sem fognak érezni a változásból” – tette hozzá."),
     [("a sürgősségi osztály nem", "Kovácsné Szabó Erika"),
      ("semmit sem fognak érezni", "Kovácsné Szabó Erika")]),
    ("r44-after", "hu",
     P("Megkérdeztük Horváth Gábort, a helyi mentőállomás vezetőjét is.")
     + P("„Tíz perccel hosszabb lesz az út minden riasztásnál” – mondta."),
     [("Tíz perccel hosszabb lesz", "Horváth Gábor")]),
    ("r44-written", "hu",
     P("A tüntetők „Kórházat, ne ígéretet!” feliratú táblákat tartottak.")
     + P("Tóth Eszter, a kórház egyik ápolója, a közösségi oldalán azt írta: „Huszonkét év után ma "
         "vettem le utoljára ezt a köpenyt.”"),
     [("Kórházat, ne ígéretet!", None),
      ("ma vettem le utoljára", "Tóth Eszter")]),
    # ---------------------------------------------------------------- Swedish
    ("r44-after", "sv",
     P("Kommunalrådet Elin Bergström-Åkesson vill stänga badhuset i Norrvik.")
     + P("”Vi har helt enkelt inte råd att renovera det”, säger hon. ”Det är tråkigt, men det är "
         "verkligheten.”"),
     [("inte råd att renovera det", "Elin Bergström-Åkesson"),
      ("Det är tråkigt, men", "Elin Bergström-Åkesson")]),
    ("r44-turns", "sv",
     P("Simläraren Johan Lindqvist har undervisat i badhuset i 28 år.")
     + P("<b>Vad händer med simskolan?</b>")
     + P("”Ingen vet. Närmaste bassäng ligger fyra mil bort.”")
     + P("<b>Hur reagerar föräldrarna?</b>")
     + P("”De är arga, och jag förstår dem.”"),
     [("Närmaste bassäng ligger fyra mil", "Johan Lindqvist"),
      ("jag förstår dem", "Johan Lindqvist")]),
    ("r44-none", "sv",
     P("På en skylt vid entrén står det ”Välkommen – bad för alla sedan 1968”.")
     + P("En pensionär som simmar varje morgon säger: ”Det här är det enda stället där jag träffar "
         "folk.”"),
     [("bad för alla sedan", None),
      ("enda stället där jag träffar", None)]),
    # ---------------------------------------------------------------- Norwegian
    ("r44-after", "nb",
     P("Ordfører Kari Haugland-Moen i Fjellvik er glad for at ferjeruten består.")
     + P("«Uten ferja er vi en øy i ordets verste betydning», sier hun.")
     + P("Kystlinjen AS skriver i en pressemelding at ruten «er sikret ut 2030»."),
     [("Uten ferja er vi", "Kari Haugland-Moen"),
      ("er sikret ut 2030", "Kystlinjen AS")]),
    ("r44-far", "nb",
     P("Sauebonde Ola Rønningen har mistet 40 lam til ulv i sommer.")
     + P("Statsforvalteren har gitt fellingstillatelse, men ulven er ennå ikke skutt.")
     + P("«Jeg sover ikke om nettene lenger.»")
     + P("«Det er ikke bare penger, det er dyr jeg har tatt imot selv», legger han til."),
     [("Jeg sover ikke om", "Ola Rønningen"),
      ("dyr jeg har tatt imot", "Ola Rønningen")]),
    ("r44-none", "nb",
     P("Kommunestyret vedtok torsdag å legge ned bygdas eneste skole.")
     + P("Demonstrantene utenfor rådhuset bar plakater med teksten «La bygda leve»."),
     [("La bygda leve", None)]),
    # ---------------------------------------------------------------- Danish
    ("r44-after", "da",
     P("Borgmester Mette Skovgaard Holm vil lukke tre landsbyskoler i Vesterlund Kommune.")
     + P("»Vi har ikke børnene til at fylde dem,« siger hun.")
     + P("Skolebestyrelsesformand Anders Krogh kalder planen »et dødsstød for landsbyerne«."),
     [("ikke børnene til at fylde", "Mette Skovgaard Holm"),
      ("et dødsstød for landsbyerne", "Anders Krogh")]),
    ("r44-far", "da",
     P("Lærer Birgitte Dam har undervist på Kærby Skole i 26 år.")
     + P("Skolen har i dag 61 elever fordelt på syv klasser. For ti år siden var der over hundrede.")
     + P("»Når skolen lukker, flytter de unge familier. Sådan er det bare.«")
     + P("En mor til to elever på skolen siger: »Vi flyttede herud på grund af skolen.«"),
     [("flytter de unge familier", "Birgitte Dam"),
      ("flyttede herud på grund af", None)]),
    ("r44-org", "da",
     P("Vesterlund Kommune skriver i et høringssvar, at besparelsen er »nødvendig for at sikre "
       "økonomien i de kommende år«.")
     + P("Forslaget behandles i byrådet i december."),
     [("nødvendig for at sikre økonomien", "Vesterlund Kommune")]),
    # ---------------------------------------------------------------- Finnish
    ("r44-before", "fi",
     P("Kaupunginjohtaja Sari Nieminen-Koskelan mukaan ”uimahallin remontti aloitetaan "
       "keväällä”.")
     + P("Remontin arvioidaan kestävän puolitoista vuotta. ”Kuntalaiset pääsevät sillä välin "
         "naapurikunnan halliin ilmaiseksi”, hän lupaa."),
     [("uimahallin remontti aloitetaan keväällä", "Sari Nieminen-Koskela"),
      ("pääsevät sillä välin naapurikunnan", "Sari Nieminen-Koskela")]),
    ("r44-after", "fi",
     P("Lumijärven seurakunnan kirkkoherra Pekka Hiltunen on huolissaan kylien tyhjenemisestä.")
     + P("”Joka kesä hautaamme enemmän kuin kastamme”, hän sanoo.")
     + P("”Silti kirkko on täynnä jouluna”, Hiltunen lisää."),
     [("hautaamme enemmän kuin kastamme", "Pekka Hiltunen"),
      ("kirkko on täynnä jouluna", "Pekka Hiltunen")]),
    ("r44-turns", "fi",
     P("Kyläläinen, joka ei halunnut nimeään julki, sanoo: ”Kauppa meni ensin, sitten koulu.”")
     + P("Kyläyhdistyksen puheenjohtaja Tuula Väisänen on toiveikkaampi: ”Etätyö on tuonut tänne "
         "jo neljä uutta perhettä.”"),
     [("Kauppa meni ensin, sitten", None),
      ("tuonut tänne jo neljä", "Tuula Väisänen")]),
    # ---------------------------------------------------------------- Czech
    ("r44-before", "cs",
     P("Podle Jany Svobodové, ředitelky krajské knihovny v Lipnici, „se čtenáři do knihoven "
       "vracejí, jen jinak než dřív“.")
     + P("Knihovna letos poprvé půjčuje i nářadí a deskové hry. „Lidé si přijdou pro vrtačku a "
         "odejdou s románem,“ říká ředitelka."),
     [("se čtenáři do knihoven vracejí", "Jana Svobodová"),
      ("přijdou pro vrtačku a", "Jana Svobodová")]),
    ("r44-after", "cs",
     P("Starosta Dolních Věžnic Petr Kratochvíl oznámil, že obec koupí bývalou hospodu na návsi.")
     + P("„Je to jediné místo, kde se lidé ještě potkávají,“ řekl. „Nechceme, aby z ní byla "
         "herna.“"),
     [("jediné místo, kde se", "Petr Kratochvíl"),
      ("aby z ní byla herna", "Petr Kratochvíl")]),
    ("r44-none", "cs",
     P("Na transparentu před obecním úřadem stálo „Hospoda patří vesnici“.")
     + P("Jeden z místních, který nechtěl být jmenován, dodal: „Pivo tady bylo vždycky nejlepší v "
         "kraji.“"),
     [("Hospoda patří vesnici", None),
      ("Pivo tady bylo vždycky", None)]),
]

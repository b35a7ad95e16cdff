"""Held-out round 42 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the attributor, its tests or any other speaker round) from
how news in these languages attributes speech: speakers after the quotation with inverted
verbs, pronouns and role nouns pointing back ("the engineer said", "so die Amtsleiterin",
"ha spiegato il primo cittadino"); lead-ins with a colon, "according to", "in the words
of", "laut", "selon", "según", "volgens", "według", "по словам", "σύμφωνα με", "-a göre",
"mukaan", "podle", "szerint", "به گفته", "לדברי", "据...介绍"; names a case ending changes
(Polish, Czech, Russian, Greek, Finnish, Turkish genitives and suffixes), to be given back
in the nominative; two or three people taking turns across paragraphs with he/she and role
nouns; speakers named several paragraphs earlier; organisations, statements, press releases
and reports; names with titles, ages, places and roles in every order, hyphenated and
multi-part surnames, particles (van der, de la, von, al-, bin/bint, ben-), family-name-first
names (Hungarian, Chinese, Japanese, Korean, Vietnamese) and honorifics (さん, 씨, 氏);
letters, posts and press releases with a named writer next to signs, banners and notes with
none; titles of books, films and laws, scare quotes and unnamed sources, all expected None;
two quotations from two people in one paragraph, and partial quotations inside reported
speech. Every name, place and organisation is invented.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R42_CASES = [
    # ---------------------------------------------------------------- English
    ("r42-after", "en",
     P("The bridge closure has lengthened commutes by up to forty minutes, according to "
       "figures released on Monday.")
     + P("“Nobody consulted the people who actually cross it twice a day,” said Delia "
         "Farrant, who runs a bakery on the north bank. “We found out from a sign.”"),
     [("Nobody consulted the people", "Delia Farrant"),
      ("We found out from", "Delia Farrant")]),
    ("r42-after", "en",
     P("Councillor Omar Bettridge defended the decision at a packed meeting on Tuesday "
       "evening.")
     + P("“The steel was corroded beyond what anyone had predicted,” he said. “We had no "
         "safe alternative.”")
     + P("The council’s chief engineer, Priya Ashdown, agreed. “Another winter and the deck "
         "could have failed,” the engineer said."),
     [("The steel was corroded", "Omar Bettridge"),
      ("We had no safe alternative", "Omar Bettridge"),
      ("Another winter and the deck", "Priya Ashdown")]),
    ("r42-before", "en",
     P("Asked whether fares would rise, the transport secretary, Gareth Ellingham, told "
       "reporters: “Not this year, and not next year either.”")
     + P("According to Lena Moorcroft, an economist at the University of Halvering, “the "
         "promise is cheaper to make than to keep.”"),
     [("Not this year, and", "Gareth Ellingham"),
      ("cheaper to make than", "Lena Moorcroft")]),
    ("r42-before", "en",
     P("The verdict was greeted with silence in the courtroom.")
     + P("In the words of defence lawyer Martin Osei-Bonsu, “the jury has simply not "
         "understood the evidence.”")
     + P("The prosecutor, Imogen Clatterbuck, saw it differently: “Justice was done today, "
         "and it was done in public.”"),
     [("has simply not understood", "Martin Osei-Bonsu"),
      ("Justice was done today", "Imogen Clatterbuck")]),
    ("r42-turns", "en",
     P("The two candidates clashed repeatedly over housing.")
     + P("“You have had eight years to build these homes,” said Miriam Tolhurst, the "
         "challenger.")
     + P("“And we built four thousand of them,” replied Simon Achebe-Grant, the sitting "
         "member. “That is more than any council before us.”")
     + P("“Four thousand homes that nobody can afford,” she shot back."),
     [("You have had eight years", "Miriam Tolhurst"),
      ("And we built four thousand", "Simon Achebe-Grant"),
      ("That is more than any", "Simon Achebe-Grant"),
      ("nobody can afford", "Miriam Tolhurst")]),
    ("r42-far", "en",
     P("Harriet Quenby, who chairs the parish council in Little Stowmarsh, has spent three "
       "years fighting the quarry expansion.")
     + P("The company behind the plan says it will create sixty jobs and fund a new village "
         "hall.")
     + P("Residents are not persuaded. Lorries already pass the primary school every four "
         "minutes at peak times.")
     + P("“We were promised a bypass in 2019 and we are still waiting,” she said."),
     [("We were promised a bypass", "Harriet Quenby")]),
    ("r42-org", "en",
     P("Northfield Water said in a statement that the leak had been “isolated and "
       "repaired” and that supplies would return to normal by Friday.")
     + P("The Consumer Water Council was less forgiving. “This is the third major failure "
         "on the same main in eighteen months,” the council said."),
     [("isolated and repaired", "Northfield Water"),
      ("third major failure on", "Consumer Water Council")]),
    ("r42-org", "en",
     P("A report published on Wednesday by the Office for Rail Standards found that trains "
       "on the coastal line were late on more than a third of days.")
     + P("“Passengers have been let down by poor planning at every level,” the report "
         "concluded."),
     [("let down by poor planning", "Office for Rail Standards")]),
    ("r42-role", "en",
     P("“I have never seen water come up that fast,” said 71-year-old retired farmer "
       "Desmond O’Halloran, whose fields lie below the levee.")
     + P("Dr. Amara Nwosu-Lindqvist, a hydrologist at Bramwell College, said the levee had "
         "been built for a different climate. “The design assumed a storm like this once a "
         "century,” she said."),
     [("I have never seen water", "Desmond O’Halloran"),
      ("The design assumed a storm", "Amara Nwosu-Lindqvist")]),
    ("r42-role", "en",
     P("Police Superintendent Karen van der Berg said officers had been at the scene within "
       "six minutes.")
     + P("“Our response was fast, but it was not fast enough for the family,” "
         "Superintendent van der Berg told a press conference."),
     [("Our response was fast", "Karen van der Berg")]),
    ("r42-role", "en",
     P("Drivers queued for hours outside the licensing depot.")
     + P("“I lost a full day of work for a permit that costs twelve pounds,” said Ibrahim "
         "al-Sayegh, 34, a taxi driver from Eastmoor.")
     + P("Behind him, Mrs. Joan Pettifer, a retired nurse, said she had been given three "
         "different answers by three different clerks. “Nobody here knows the rules,” she "
         "said."),
     [("I lost a full day", "Ibrahim al-Sayegh"),
      ("Nobody here knows the rules", "Joan Pettifer")]),
    ("r42-written", "en",
     P("In a letter to parents sent on Thursday, head teacher Rowan Falconbridge wrote that "
       "the school would close early “until the heating system is fully repaired.”")
     + P("A handwritten sign on the gate read: “No entry — building works.”"),
     [("until the heating system", "Rowan Falconbridge"),
      ("No entry — building works", None)]),
    ("r42-written", "en",
     P("The mayor, Celia Okonkwo-Reyes, announced her resignation on social media late on "
       "Sunday.")
     + P("“It has been the honour of my life to serve this city,” she wrote in a post. “But "
         "my family must now come first.”")
     + P("Protesters outside the town hall had carried banners reading “Not in our name, "
         "Celia” for several weeks."),
     [("the honour of my life", "Celia Okonkwo-Reyes"),
      ("my family must now", "Celia Okonkwo-Reyes"),
      ("Not in our name", None)]),
    ("r42-none", "en",
     P("The so-called “temporary hardship levy” has become the most unpopular measure of "
       "the government’s term.")
     + P("Critics point to the minister’s memoir, “A Quiet Reckoning,” in which he promised "
         "never to raise local levies.")
     + P("“It feels like a betrayal,” said one pensioner, who asked not to be named."),
     [("temporary hardship levy", None),
      ("A Quiet Reckoning", None),
      ("It feels like a betrayal", None)]),
    ("r42-none", "en",
     P("A senior official familiar with the negotiations said the talks were “close to "
       "collapse” and that neither side had moved in a week.")
     + P("“There is no appetite for a deal in either capital,” the official said."),
     [("close to collapse", None),
      ("no appetite for a deal", None)]),
    ("r42-mixed", "en",
     P("Union leader Tomasz Reddick called the offer “an insult dressed up as a pay rise,” "
       "while the hospital’s chief executive, Fiona Galloway, insisted it was “the best we "
       "can do within budget.”")
     + P("Talks are due to resume on Monday."),
     [("an insult dressed up", "Tomasz Reddick"),
      ("the best we can do", "Fiona Galloway")]),
    ("r42-mixed", "en",
     P("Eleanor Whitcombe, the museum’s director, said the stolen brooch was "
       "“irreplaceable” and that staff were “heartbroken, frankly, more than anything.”")
     + P("Detective Sergeant Neil Armitage said investigators believed the thieves had "
         "“known exactly what they were looking for.”"),
     [("heartbroken, frankly, more than", "Eleanor Whitcombe"),
      ("known exactly what they", "Neil Armitage")]),
    # ----------------------------------------------------------------- German
    ("r42-after", "de",
     P("Die Sanierung der Stadthalle in Oberwehrheim wird deutlich teurer als geplant.")
     + P("„Wir haben mit sieben Millionen gerechnet, jetzt sind es fast zwölf“, sagte "
         "Bürgermeister Henrik Wallenstätter am Dienstag. „Das ist bitter, aber nicht zu "
         "ändern.“"),
     [("Wir haben mit sieben Millionen", "Henrik Wallenstätter"),
      ("Das ist bitter, aber", "Henrik Wallenstätter")]),
    ("r42-after", "de",
     P("Die Kreisverwaltung hat die Brücke über die Lenzach vorerst gesperrt.")
     + P("Die Leiterin des Tiefbauamts, Sabine Kötterheinrich, begründete den Schritt mit "
         "neuen Messergebnissen. „Die Tragfähigkeit ist nicht mehr gewährleistet“, so die "
         "Amtsleiterin."),
     [("Die Tragfähigkeit ist nicht", "Sabine Kötterheinrich")]),
    ("r42-after", "de",
     P("Nach Angaben der Feuerwehr brach das Feuer gegen drei Uhr im Dachstuhl aus.")
     + P("„Die Bewohner konnten sich alle rechtzeitig in Sicherheit bringen“, sagte "
         "Einsatzleiter Ralf Schimmelpfennig. Die Ursache sei noch unklar.")
     + P("„So etwas vergisst man nicht“, sagt Nachbarin Elke Wendt, die den Notruf gewählt "
         "hatte."),
     [("Die Bewohner konnten sich", "Ralf Schimmelpfennig"),
      ("So etwas vergisst man", "Elke Wendt")]),
    ("r42-before", "de",
     P("Laut Polizeisprecher Jonas Ebersbach-Lutz war der Fahrer „deutlich zu schnell“ "
       "unterwegs.")
     + P("Ein Zeuge schilderte: „Das Auto kam einfach aus der Kurve geflogen.“"),
     [("deutlich zu schnell", "Jonas Ebersbach-Lutz"),
      ("Das Auto kam einfach", None)]),
    ("r42-before", "de",
     P("Der Trainer des FC Rautenberg, Stefan Wollnitz, sagte nach dem Spiel: „Wir haben "
       "uns heute selbst geschlagen.“")
     + P("Kapitän Luca Brenninkmeyer ergänzte: „In der zweiten Halbzeit hat uns der Mut "
         "gefehlt.“"),
     [("Wir haben uns heute", "Stefan Wollnitz"),
      ("hat uns der Mut", "Luca Brenninkmeyer")]),
    ("r42-turns", "de",
     P("Im Gemeinderat kam es zu einem heftigen Wortwechsel.")
     + P("„Sie haben die Zahlen monatelang zurückgehalten“, warf Fraktionschefin Ulrike "
         "Brandhorst dem Kämmerer vor.")
     + P("„Ich habe nichts zurückgehalten, was vorlag“, entgegnete Kämmerer Matthias "
         "Odenthal.")
     + P("„Dann erklären Sie uns das Gutachten vom März“, konterte sie."),
     [("Sie haben die Zahlen", "Ulrike Brandhorst"),
      ("Ich habe nichts zurückgehalten", "Matthias Odenthal"),
      ("Dann erklären Sie uns", "Ulrike Brandhorst")]),
    ("r42-far", "de",
     P("Margarete Fischbach betreibt seit 31 Jahren den einzigen Dorfladen in "
       "Oberbrechtal.")
     + P("Im Januar soll nun Schluss sein. Der Vermieter hat die Pacht verdoppelt, ein "
         "Nachfolger ist nicht in Sicht.")
     + P("Die Gemeinde prüft, ob sie das Gebäude kaufen kann. Eine Entscheidung wird im "
         "Frühjahr erwartet.")
     + P("„Ich hätte gern noch bis siebzig weitergemacht“, sagt sie leise."),
     [("Ich hätte gern noch", "Margarete Fischbach")]),
    ("r42-org", "de",
     P("Die Stadtwerke Kaltenbrunn erhöhen zum 1. März die Gaspreise.")
     + P("„Die gestiegenen Beschaffungskosten lassen uns keine andere Wahl“, teilte das "
         "Unternehmen in einer Pressemitteilung mit.")
     + P("Die Verbraucherzentrale Westmark sprach dagegen von einer „unangemessenen "
         "Belastung für Familien“."),
     [("Die gestiegenen Beschaffungskosten lassen", "Stadtwerke Kaltenbrunn"),
      ("unangemessenen Belastung für Familien", "Verbraucherzentrale Westmark")]),
    ("r42-role", "de",
     P("„Wir sind an unsere Grenzen gekommen“, sagte die 58-jährige "
       "Pflegedienstleiterin Dr. Cornelia von Reichenau-Holt aus Bad Emmerfeld.")
     + P("Auch Oberarzt Prof. Dr. Kemal Yıldırım-Baumann warnte: „Noch ein Winter wie "
         "dieser, und wir verlieren Personal.“"),
     [("Wir sind an unsere Grenzen", "Cornelia von Reichenau-Holt"),
      ("Noch ein Winter wie", "Kemal Yıldırım-Baumann")]),
    ("r42-written", "de",
     P("In einem offenen Brief an die Landesregierung schreibt die Elternvertreterin Petra "
       "Lindemeyer: „Unsere Kinder sitzen seit zwei Jahren in Containern.“")
     + P("Auf einem Plakat vor dem Schultor stand: „Bildung statt Blech“."),
     [("Unsere Kinder sitzen seit", "Petra Lindemeyer"),
      ("Bildung statt Blech", None)]),
    ("r42-none", "de",
     P("Das „Gesetz zur Wärmewende im Bestand“ sorgt weiter für Streit.")
     + P("Kritiker sprechen von einem „Bürokratiemonster ohne Plan“, ein "
         "Ministeriumsmitarbeiter, der anonym bleiben wollte, nannte es „handwerklich "
         "schlecht gemacht“."),
     [("Gesetz zur Wärmewende im", None),
      ("Bürokratiemonster ohne Plan", None),
      ("handwerklich schlecht gemacht", None)]),
    ("r42-mixed", "de",
     P("Während Landrat Friedhelm Osterkamp die Fusion als „längst überfällige Reform“ "
       "lobte, sprach Oppositionsführerin Aylin Demirtaş von einem „Verwaltungsakt gegen "
       "die Menschen auf dem Land“.")
     + P("Der Kreistag stimmt im Mai ab."),
     [("längst überfällige Reform", "Friedhelm Osterkamp"),
      ("Verwaltungsakt gegen die Menschen", "Aylin Demirtaş")]),
    # ----------------------------------------------------------------- French
    ("r42-after", "fr",
     P("La fermeture de la maternité de Saint-Aubin-des-Vergnes a été confirmée jeudi par "
       "l’agence régionale de santé.")
     + P("« C’est une décision prise loin d’ici, par des gens qui ne connaissent pas nos "
         "routes », a regretté la maire, Véronique Lestrade-Morel. « Les femmes feront une "
         "heure de trajet pour accoucher. »"),
     [("une décision prise loin", "Véronique Lestrade-Morel"),
      ("Les femmes feront une", "Véronique Lestrade-Morel")]),
    ("r42-before", "fr",
     P("Selon Jean-Baptiste Dufresnoy, porte-parole de la préfecture, « aucune victime "
       "n’est à déplorer à ce stade ».")
     + P("L’association Rivières vivantes de la Sorle estime au contraire que « les alertes "
         "ont été ignorées pendant des années »."),
     [("aucune victime n’est à", "Jean-Baptiste Dufresnoy"),
      ("les alertes ont été ignorées", "Rivières vivantes de la Sorle")]),
    ("r42-turns", "fr",
     P("Le débat entre les deux candidats a tourné à l’affrontement.")
     + P("« Vous avez vendu le port à un fonds étranger », a lancé Hélène "
         "Carpentier-Diallo.")
     + P("« Je l’ai sauvé de la faillite, madame », a répondu Bernard Quéméneur, le maire "
         "sortant.")
     + P("« Sauvé ? Vous appelez ça sauver ? » a-t-elle répliqué."),
     [("Vous avez vendu le port", "Hélène Carpentier-Diallo"),
      ("Je l’ai sauvé de", "Bernard Quéméneur"),
      ("Vous appelez ça sauver", "Hélène Carpentier-Diallo")]),
    ("r42-none", "fr",
     P("Le film « La Nuit des grues » a reçu jeudi le prix du public.")
     + P("Devant le cinéma, les grévistes avaient déployé une banderole : « Pas de profits "
         "sur nos retraites ». « On ne lâchera rien », a lancé une manifestante."),
     [("La Nuit des grues", None),
      ("Pas de profits sur", None),
      ("On ne lâchera rien", None)]),
    # ---------------------------------------------------------------- Spanish
    ("r42-after", "es",
     P("Los vecinos del barrio de San Telmo Alto llevan tres semanas sin agua caliente.")
     + P("“Nadie nos ha dado una explicación”, lamentó Rosario Etxeberria Campos, "
         "presidenta de la asociación vecinal. “Solo nos piden paciencia”."),
     [("Nadie nos ha dado", "Rosario Etxeberria Campos"),
      ("Solo nos piden paciencia", "Rosario Etxeberria Campos")]),
    ("r42-role", "es",
     P("El consejero de Sanidad, José Manuel de la Fuente Ortiz, aseguró: “Las listas de "
       "espera se reducirán a la mitad antes del verano”.")
     + P("A juicio de la portavoz de la oposición, Marta Ibáñez, se trata de “una promesa "
         "que ya escuchamos el año pasado”."),
     [("Las listas de espera", "José Manuel de la Fuente Ortiz"),
      ("una promesa que ya", "Marta Ibáñez")]),
    ("r42-org", "es",
     P("La aerolínea Vuelosur canceló ayer 42 vuelos por la huelga de controladores.")
     + P("«Lamentamos profundamente las molestias causadas a nuestros pasajeros», indicó "
         "la compañía en un comunicado.")
     + P("El sindicato de controladores, USCA, replicó que la empresa «conocía las fechas "
         "desde hace un mes»."),
     [("Lamentamos profundamente las molestias", "Vuelosur"),
      ("conocía las fechas desde", "USCA")]),
    ("r42-none", "es",
     P("Un portavoz policial, que pidió no ser identificado, afirmó que el detenido «tenía "
       "antecedentes por hechos similares».")
     + P("La novela «El verano de los almendros» será llevada al cine, confirmó su autora, "
         "Lucía Berrocal: «Es un sueño hecho realidad»."),
     [("tenía antecedentes por hechos", None),
      ("El verano de los almendros", None),
      ("Es un sueño hecho", "Lucía Berrocal")]),
    # ---------------------------------------------------------------- Italian
    ("r42-after", "it",
     P("Il sindaco di Valdorma, Gianluca Ferrante, ha firmato l’ordinanza che vieta il "
       "traffico nel centro storico.")
     + P("«Era una scelta che andava fatta vent’anni fa», ha spiegato il primo cittadino. "
         "«Adesso il paese torna ai pedoni»."),
     [("Era una scelta che", "Gianluca Ferrante"),
      ("Adesso il paese torna", "Gianluca Ferrante")]),
    ("r42-before", "it",
     P("Secondo l’assessora regionale Chiara De Santis Roveri, «i fondi arriveranno entro "
       "la fine di giugno».")
     + P("Di parere opposto il consigliere Paolo Lo Bianco: «Lo sentiamo dire da tre "
         "anni»."),
     [("i fondi arriveranno entro", "Chiara De Santis Roveri"),
      ("Lo sentiamo dire da", "Paolo Lo Bianco")]),
    ("r42-turns", "it",
     P("In aula lo scontro tra accusa e difesa è stato durissimo.")
     + P("«L’imputato sapeva perfettamente cosa stava firmando», ha detto il pubblico "
         "ministero Elena Marchetti.")
     + P("«Il mio assistito è stato ingannato come tutti gli altri», ha ribattuto "
         "l’avvocato Stefano D’Amico.")
     + P("«Le carte dicono il contrario», ha replicato lei."),
     [("sapeva perfettamente cosa stava", "Elena Marchetti"),
      ("è stato ingannato come", "Stefano D’Amico"),
      ("Le carte dicono il", "Elena Marchetti")]),
    ("r42-written", "it",
     P("In una nota, l’Associazione Pescatori di Val Ferrina ha definito il provvedimento "
       "«un colpo mortale per la pesca artigianale».")
     + P("Sul cartello appeso alla porta della cooperativa si leggeva: «Chiuso per "
         "protesta»."),
     [("un colpo mortale per", "Associazione Pescatori di Val Ferrina"),
      ("Chiuso per protesta", None)]),
    # ------------------------------------------------------------- Portuguese
    ("r42-after", "pt",
     P("A prefeitura de São Jerônimo da Serra Alta decretou estado de emergência após as "
       "chuvas.")
     + P("“Perdemos tudo, até os documentos”, contou a costureira Maria das Graças "
         "Nogueira, de 63 anos. “Só ficou a roupa do corpo.”"),
     [("Perdemos tudo, até os", "Maria das Graças Nogueira"),
      ("Só ficou a roupa", "Maria das Graças Nogueira")]),
    ("r42-before", "pt",
     P("De acordo com o secretário de Obras, Luiz Fernando Albuquerque Neto, “as equipes "
       "trabalham 24 horas por dia”.")
     + P("Para o Instituto Serrano de Meteorologia, “o risco de novos deslizamentos "
         "continua alto”."),
     [("as equipes trabalham 24", "Luiz Fernando Albuquerque Neto"),
      ("o risco de novos", "Instituto Serrano de Meteorologia")]),
    ("r42-turns", "pt",
     P("No debate parlamentar, a ministra Teresa Valadares e o deputado Rui Carvalhal "
       "trocaram acusações.")
     + P("«O senhor deputado não leu o relatório», disse a ministra.")
     + P("«Li, e é precisamente por isso que estou preocupado», respondeu o deputado."),
     [("não leu o relatório", "Teresa Valadares"),
      ("é precisamente por isso", "Rui Carvalhal")]),
    ("r42-none", "pt",
     P("O programa “Casa para Todos” prometia cem mil habitações até 2030.")
     + P("“Ninguém acredita mais nisso”, disse um morador do bairro, que preferiu não se "
         "identificar."),
     [("Casa para Todos", None),
      ("Ninguém acredita mais nisso", None)]),
    # ------------------------------------------------------------------ Dutch
    ("r42-after", "nl",
     P("De gemeente Oosterwolde-Zuid wil het zwembad na veertig jaar sluiten.")
     + P("‘Mijn kinderen hebben hier leren zwemmen, en ik ook’, zegt Anouk van der "
         "Meulen-Bakker, die een petitie begon. ‘Dit laten we niet gebeuren.’"),
     [("Mijn kinderen hebben hier", "Anouk van der Meulen-Bakker"),
      ("Dit laten we niet", "Anouk van der Meulen-Bakker")]),
    ("r42-role", "nl",
     P("Wethouder Pieter de Wolf-Hendriksen reageerde kort: ‘Het geld is er simpelweg "
       "niet.’")
     + P("Volgens zwemcoach Sanne IJzerman ‘verdwijnt er een plek waar de hele wijk "
         "samenkomt’."),
     [("Het geld is er", "Pieter de Wolf-Hendriksen"),
      ("verdwijnt er een plek", "Sanne IJzerman")]),
    ("r42-org", "nl",
     P("Spoorvervoerder RailNoord meldt dat de storing zaterdagochtend is verholpen.")
     + P("‘We begrijpen de frustratie van reizigers volkomen’, aldus het bedrijf in een "
         "verklaring.")
     + P("Halte Oost, de vereniging van reizigers in de regio, noemt de gang van zaken "
         "‘onacceptabel en helaas voorspelbaar’."),
     [("We begrijpen de frustratie", "RailNoord"),
      ("onacceptabel en helaas voorspelbaar", "Halte Oost")]),
    ("r42-far", "nl",
     P("Jan-Willem Terpstra (54) is al dertig jaar schipper op de veerpont tussen "
       "Heerewaarden-Noord en het eiland.")
     + P("Vanaf volgend jaar vaart de pont elektrisch. De provincie betaalt het grootste "
         "deel van de ombouw.")
     + P("‘Ik zal het ronken van de diesel eerlijk gezegd missen’, zegt hij."),
     [("Ik zal het ronken", "Jan-Willem Terpstra")]),
    # ----------------------------------------------------------------- Polish
    ("r42-before", "pl",
     P("Według Katarzyny Wiśniewskiej-Domańskiej, dyrektorki szpitala w Olszynach "
       "Dolnych, „brakuje przede wszystkim anestezjologów”.")
     + P("„Bez nich nie otworzymy nowego oddziału” – dodała."),
     [("brakuje przede wszystkim anestezjologów", "Katarzyna Wiśniewska-Domańska"),
      ("Bez nich nie otworzymy", "Katarzyna Wiśniewska-Domańska")]),
    ("r42-after", "pl",
     P("„To był najgorszy sezon od dwudziestu lat” – mówi Tadeusz Kowalczyk, sadownik z "
       "gminy Wierzbno Stare.")
     + P("Jego sąsiad, Marek Zieliński, jest jeszcze bardziej pesymistyczny. „Jeśli ceny "
         "nie wzrosną, zamknę gospodarstwo” – zapowiada."),
     [("To był najgorszy sezon", "Tadeusz Kowalczyk"),
      ("Jeśli ceny nie wzrosną", "Marek Zieliński")]),
    ("r42-role", "pl",
     P("Jak powiedział nam rzecznik prasowy komendy, podinspektor Grzegorz Nowakowski, "
       "„sprawca został zatrzymany jeszcze tej samej nocy”.")
     + P("Zdaniem mecenasa Pawła Wróblewskiego, obrońcy zatrzymanego, „zarzuty są mocno "
         "przesadzone”."),
     [("sprawca został zatrzymany jeszcze", "Grzegorz Nowakowski"),
      ("zarzuty są mocno przesadzone", "Paweł Wróblewski")]),
    ("r42-none", "pl",
     P("Rząd zapowiada „zieloną rewolucję na wsi”, ale rolnicy pozostają sceptyczni.")
     + P("„Słyszeliśmy to już wiele razy” – powiedział jeden z uczestników spotkania w "
         "remizie."),
     [("zieloną rewolucję na wsi", None),
      ("Słyszeliśmy to już wiele", None)]),
    ("r42-org", "pl",
     P("Spółka Wodociągi Nadbużańskie poinformowała w komunikacie, że „woda nadaje się do "
       "picia po przegotowaniu”.")
     + P("Mieszkańcy w mediach społecznościowych piszą o „kompletnym chaosie "
         "informacyjnym”."),
     [("woda nadaje się do", "Wodociągi Nadbużańskie"),
      ("kompletnym chaosie informacyjnym", None)]),
    # ---------------------------------------------------------------- Russian
    ("r42-before", "ru",
     P("По словам главы администрации посёлка Верхняя Сосновка Андрея Кравцова, «подача "
       "тепла будет восстановлена к утру».")
     + P("«Аварийные бригады работают всю ночь», — добавил он."),
     [("подача тепла будет восстановлена", "Андрей Кравцов"),
      ("Аварийные бригады работают всю", "Андрей Кравцов")]),
    ("r42-after", "ru",
     P("«Мы ждали этот мост тридцать лет», — говорит пенсионерка Валентина Прохорова.")
     + P("«Теперь до районной больницы можно доехать за двадцать минут», — радуется её "
         "сосед Николай Сергеевич Белых."),
     [("Мы ждали этот мост", "Валентина Прохорова"),
      ("до районной больницы можно", "Николай Сергеевич Белых")]),
    ("r42-org", "ru",
     P("В пресс-службе компании «Северторгфлот» сообщили, что судно «находится в "
       "безопасности и продолжает рейс».")
     + P("Министерство транспорта области в своём заявлении назвало инцидент «серьёзным "
         "нарушением правил навигации»."),
     [("находится в безопасности и", "Северторгфлот"),
      ("серьёзным нарушением правил навигации", "Министерство транспорта области")]),
    ("r42-none", "ru",
     P("Роман «Дом у холодной реки» вошёл в короткий список литературной премии.")
     + P("На двери магазина висела записка: «Ушла на обед, буду в два».")
     + P("«Цены растут каждую неделю», — пожаловалась одна из покупательниц."),
     [("Дом у холодной реки", None),
      ("Ушла на обед, буду", None),
      ("Цены растут каждую неделю", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r42-after", "zh",
     P("青禾县今年的水稻产量比去年增加了一成。")
     + P("“今年雨水来得正是时候，”种植大户林德顺说，“要是再晚半个月，就全完了。”"),
     [("今年雨水来得正是时候", "林德顺"),
      ("要是再晚半个月", "林德顺")]),
    ("r42-before", "zh",
     P("县农业农村局局长欧阳明辉表示：“我们将继续扩大高标准农田建设。”")
     + P("据农业专家司马晓琳介绍，“新品种的抗倒伏能力明显更强”。"),
     [("我们将继续扩大高标准农田", "欧阳明辉"),
      ("新品种的抗倒伏能力", "司马晓琳")]),
    ("r42-org", "zh",
     P("星河电子公司在声明中称，此次召回“完全出于谨慎考虑”，目前尚未收到伤害报告。")
     + P("明镜消费者协会则认为，这次召回“至少晚了三个月”。"),
     [("完全出于谨慎考虑", "星河电子公司"),
      ("至少晚了三个月", "明镜消费者协会")]),
    ("r42-none", "zh",
     P("被網友稱為「最美車站」的山城站，本週起暫停開放。")
     + P("一名不願具名的站務人員說：「遊客太多，月台已經不安全了。」"),
     [("最美車站", None),
      ("遊客太多，月台已經不安全", None)]),
    # --------------------------------------------------------------- Japanese
    ("r42-after", "ja",
     P("山あいの白沢村で、最後の路線バスが三月末で廃止されることになった。")
     + P("「バスがなくなったら、病院にも行けない」と、村に住む松永キヨさん（82）は肩を落とす。"),
     [("バスがなくなったら、病院にも", "松永キヨ")]),
    ("r42-org", "ja",
     P("村の高橋誠一郎村長は記者会見で「住民の足を守るため、あらゆる手段を検討する」と述べた。")
     + P("一方、運行会社の山岡交通は「利用者の減少が続き、採算が取れない」とコメントした。"),
     [("住民の足を守るため", "高橋誠一郎"),
      ("利用者の減少が続き", "山岡交通")]),
    ("r42-turns", "ja",
     P("国会の委員会で、野党の森下玲奈議員が石黒正浩大臣を追及した。")
     + P("「なぜ報告書を半年も公表しなかったのか」と森下氏がただすと、石黒氏は"
         "「精査に時間がかかった」と答えた。")
     + P("森下氏は「説明になっていない」と反論した。"),
     [("なぜ報告書を半年も", "森下玲奈"),
      ("精査に時間がかかった", "石黒正浩"),
      ("説明になっていない", "森下玲奈")]),
    ("r42-none", "ja",
     P("小説『夜明けの港』が映画化されることが決まった。")
     + P("関係者によると、撮影は「極秘で進められている」という。"),
     [("夜明けの港", None),
      ("極秘で進められている", None)]),
    # ----------------------------------------------------------------- Korean
    ("r42-after", "ko",
     P("서해안 소도시 은포군의 한 전통시장이 화재로 절반 넘게 탔다.")
     + P("“평생 일군 가게가 하룻밤 사이에 사라졌다”고 상인 박순자(67) 씨는 말했다.")
     + P("시장 상인회 회장인 남궁민혁 씨는 “복구 지원이 하루라도 빨리 이뤄져야 한다”고 "
         "호소했다."),
     [("평생 일군 가게가", "박순자"),
      ("복구 지원이 하루라도", "남궁민혁")]),
    ("r42-org", "ko",
     P("은포군청은 보도자료를 통해 “피해 상인들에게 긴급 생계비를 지원하겠다”고 밝혔다.")
     + P("소방 당국에 따르면 불은 새벽 3시쯤 시장 안쪽 점포에서 시작됐다."),
     [("피해 상인들에게 긴급 생계비를", "은포군청")]),
    ("r42-turns", "ko",
     P("토론회에서 두 후보는 교육 공약을 놓고 맞붙었다.")
     + P("최서연 후보는 “무상 급식을 고등학교까지 확대하겠다”고 말했다.")
     + P("이에 대해 황보준 후보는 “재원 대책 없는 공약”이라고 반박했다.")
     + P("그러자 최 후보는 “이미 예산 계획을 공개했다”고 맞받았다."),
     [("무상 급식을 고등학교까지", "최서연"),
      ("재원 대책 없는 공약", "황보준"),
      ("이미 예산 계획을 공개했다", "최서연")]),
    ("r42-none", "ko",
     P("이른바 ‘조용한 퇴사 열풍’이 직장인 사이에서 확산되고 있다.")
     + P("한 직장인은 “더 이상 회사에 인생을 걸고 싶지 않다”고 말했다."),
     [("조용한 퇴사 열풍", None),
      ("더 이상 회사에 인생을", None)]),
    # ----------------------------------------------------------------- Arabic
    ("r42-after", "ar",
     P("أعلنت بلدية وادي الريحان إغلاق السوق القديم مؤقتاً لأعمال الترميم.")
     + P("«هذا السوق عمره أكثر من مئتي عام، ولن نسمح بانهياره»، قال رئيس البلدية سليم "
         "عبد الرحمن الحداد.")
     + P("لكن التاجر يوسف النعيمي قال إن الإغلاق «جاء دون أي تعويض للتجار»."),
     [("هذا السوق عمره أكثر", "سليم عبد الرحمن الحداد"),
      ("جاء دون أي تعويض", "يوسف النعيمي")]),
    ("r42-before", "ar",
     P("وبحسب الدكتورة ليلى بنت خالد العتيبي، أستاذة الاقتصاد في جامعة الساحل، فإن "
       "«البطالة بين الشباب تجاوزت الخطوط الحمراء».")
     + P("وأضافت: «الحلول المؤقتة لم تعد تكفي»."),
     [("البطالة بين الشباب تجاوزت", "ليلى بنت خالد العتيبي"),
      ("الحلول المؤقتة لم تعد", "ليلى بنت خالد العتيبي")]),
    ("r42-org", "ar",
     P("قالت شركة النور للاتصالات في بيان إن العطل «نتج عن خلل فني في أحد مراكز "
       "البيانات».")
     + P("وقال مصدر في الشركة، طلب عدم الكشف عن اسمه، إن «الإصلاح قد يستغرق يومين»."),
     [("نتج عن خلل فني", "شركة النور للاتصالات"),
      ("الإصلاح قد يستغرق يومين", None)]),
    ("r42-written", "ar",
     P("حمل المحتجون أمام مبنى المحافظة لافتات كتب عليها «الماء حق لا منّة».")
     + P("وفي المساء عُرض فيلم «ليل المدينة الطويل» في الساحة نفسها."),
     [("الماء حق لا منّة", None),
      ("ليل المدينة الطويل", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r42-after", "tr",
     P("Karadere ilçesinde sel sularının çekilmesiyle birlikte hasar tespit çalışmaları "
       "başladı.")
     + P("“Evimizin alt katı tamamen su altında kaldı,” dedi 45 yaşındaki esnaf Mehmet Ali "
         "Karabulut.")
     + P("Belediye Başkanı Zeynep Oktay ise “Hiçbir vatandaşımızı mağdur etmeyeceğiz” diye "
         "konuştu."),
     [("Evimizin alt katı tamamen", "Mehmet Ali Karabulut"),
      ("Hiçbir vatandaşımızı mağdur etmeyeceğiz", "Zeynep Oktay")]),
    ("r42-before", "tr",
     P("Ekonomist Prof. Dr. Ayşe Gülbahar'a göre “faiz indirimi enflasyonu yeniden "
       "körükleyebilir.”")
     + P("Gülbahar, “Piyasa şu anda net bir sinyal bekliyor,” diye ekledi."),
     [("faiz indirimi enflasyonu yeniden", "Ayşe Gülbahar"),
      ("Piyasa şu anda net", "Ayşe Gülbahar")]),
    ("r42-org", "tr",
     P("Yıldız Havayolları yaptığı açıklamada, “Yolcularımızın güvenliği her şeyin "
       "önündedir” ifadelerini kullandı.")
     + P("Bir kabin görevlisi ise isminin yazılmamasını isteyerek “Uyarıları aylardır dile "
         "getiriyoruz” dedi."),
     [("Yolcularımızın güvenliği her şeyin", "Yıldız Havayolları"),
      ("Uyarıları aylardır dile getiriyoruz", None)]),
    ("r42-mixed", "tr",
     P("Meclis Genel Kurulu'ndaki tartışmada muhalefet milletvekili Emre Taşdelen bütçeyi "
       "“halkın sırtına yüklenen bir yük” olarak nitelendirdi, Bakan Serpil Akgündüz ise "
       "“Bu bütçe büyümenin bütçesidir” yanıtını verdi.")
     + P("Bütçe görüşmeleri gelecek hafta sürecek."),
     [("halkın sırtına yüklenen bir", "Emre Taşdelen"),
      ("Bu bütçe büyümenin bütçesidir", "Serpil Akgündüz")]),
    # ----------------------------------------------------------------- Hebrew
    ("r42-after", "he",
     P("ראש המועצה האזורית עמק הדקלים, יורם בן־שושן, הודיע על סגירת בית הספר היסודי "
       "בקיבוץ.")
     + P("“זו החלטה קשה, אבל לא הייתה לנו ברירה”, אמר בן־שושן.")
     + P("“הילדים שלנו יצטרכו לנסוע שעה לכל כיוון”, אמרה אחת האמהות."),
     [("זו החלטה קשה, אבל", "יורם בן־שושן"),
      ("הילדים שלנו יצטרכו לנסוע", None)]),
    ("r42-before", "he",
     P("לדברי ד״ר מיכל אברבנאל־כהן, מומחית לבריאות הציבור, “מדובר בעלייה חדה שלא ראינו "
       "מאז 2015”.")
     + P("בית החולים שערי גליל מסר בתגובה: “המצב נמצא במעקב צמוד”."),
     [("מדובר בעלייה חדה שלא", "מיכל אברבנאל־כהן"),
      ("המצב נמצא במעקב צמוד", "בית החולים שערי גליל")]),
    ("r42-written", "he",
     P("הספר “הבית ברחוב הזיתים” זכה השבוע בפרס ספרותי.")
     + P("בפוסט שפרסם ברשתות החברתיות כתב השחקן עידו מזרחי: “תודה לכל מי שליווה אותי "
         "בדרך”."),
     [("הבית ברחוב הזיתים", None),
      ("תודה לכל מי שליווה", "עידו מזרחי")]),
    ("r42-turns", "he",
     P("בדיון בוועדה התעמת חבר הכנסת אבי נחמיאס עם מנכ״לית החברה, רונית גלבוע.")
     + P("“אתם מעלים מחירים בזמן שהרווחים שלכם שוברים שיאים”, אמר נחמיאס.")
     + P("“הרווחים מושקעים חזרה ברשת”, השיבה גלבוע."),
     [("אתם מעלים מחירים בזמן", "אבי נחמיאס"),
      ("הרווחים מושקעים חזרה ברשת", "רונית גלבוע")]),
    # ---------------------------------------------------------------- Persian
    ("r42-after", "fa",
     P("«ما سه ماه است حقوق نگرفته‌ایم»، این را رضا کامرانی، کارگر کارخانه نساجی در "
       "نهال‌آباد، می‌گوید.")
     + P("همکارش، فاطمه نوروزی، افزود: «خانواده‌ها دیگر توان پرداخت اجاره را ندارند»."),
     [("ما سه ماه است", "رضا کامرانی"),
      ("توان پرداخت اجاره را", "فاطمه نوروزی")]),
    ("r42-role", "fa",
     P("به گفته دکتر محمدحسین طباطبایی‌نژاد، استاد اقتصاد دانشگاه، «تورم امسال از "
       "پیش‌بینی‌ها بالاتر خواهد بود».")
     + P("علی‌اکبر صدری، سخنگوی بانک مرکزی، اما گفت: «نرخ تورم در حال کاهش است»."),
     [("تورم امسال از", "محمدحسین طباطبایی‌نژاد"),
      ("نرخ تورم در حال", "علی‌اکبر صدری")]),
    ("r42-none", "fa",
     P("کتاب «سایه‌های کوچه باغ» پرفروش‌ترین رمان سال شد.")
     + P("یک منبع آگاه که نخواست نامش فاش شود گفت: «مذاکرات به بن‌بست رسیده است»."),
     [("سایه‌های کوچه باغ", None),
      ("مذاکرات به بن‌بست رسیده", None)]),
    ("r42-org", "fa",
     P("شرکت آب منطقه‌ای البرزکوه در اطلاعیه‌ای اعلام کرد: «قطعی آب تا پایان هفته ادامه "
       "دارد».")
     + P("ساکنان چند محله از صبح با تانکر آب تأمین می‌شوند."),
     [("قطعی آب تا پایان", "شرکت آب منطقه‌ای البرزکوه")]),
    # ------------------------------------------------------------------ Hindi
    ("r42-after", "hi",
     P("रामपुर खेड़ा गाँव में पिछले तीन दिनों से बिजली नहीं है।")
     + P("“बच्चों की परीक्षा चल रही है और हम लालटेन में पढ़ा रहे हैं,” गाँव की सरपंच "
         "सुनीता देवी यादव ने कहा।")
     + P("बिजली विभाग के अधिशासी अभियंता राजेश कुमार त्रिपाठी का कहना है कि "
         "“ट्रांसफॉर्मर बदलने में दो दिन और लगेंगे।”"),
     [("बच्चों की परीक्षा चल रही", "सुनीता देवी यादव"),
      ("ट्रांसफॉर्मर बदलने में दो", "राजेश कुमार त्रिपाठी")]),
    ("r42-before", "hi",
     P("मुख्यमंत्री हरप्रीत सिंह ढिल्लों ने कहा, “किसानों का एक-एक पैसा चुकाया जाएगा।”")
     + P("विपक्ष के नेता अनिल मेहरोत्रा के अनुसार, “यह वादा पिछले चुनाव में भी किया गया "
         "था।”"),
     [("किसानों का एक-एक पैसा", "हरप्रीत सिंह ढिल्लों"),
      ("यह वादा पिछले चुनाव", "अनिल मेहरोत्रा")]),
    ("r42-org", "hi",
     P("वर्षा अनुसंधान परिषद ने अपनी रिपोर्ट में कहा है कि “इस साल मानसून सामान्य से "
       "कमजोर रहेगा।”")
     + P("इसी हफ्ते रिलीज़ हुई फिल्म “धूप के उस पार” भी सूखे से जूझते किसानों की कहानी है।"),
     [("इस साल मानसून सामान्य", "वर्षा अनुसंधान परिषद"),
      ("धूप के उस पार", None)]),
    ("r42-far", "hi",
     P("कमला बाई पिछले चालीस साल से नदी किनारे मिट्टी के बर्तन बनाती हैं।")
     + P("अब बाज़ार में प्लास्टिक के सामान ने उनकी बिक्री आधी कर दी है। सरकारी मेलों में भी "
         "जगह कम मिलती है।")
     + P("“हाथ का काम अब कोई नहीं खरीदता,” वह कहती हैं।"),
     [("हाथ का काम अब", "कमला बाई")]),
    # ------------------------------------------------------------- Indonesian
    ("r42-after", "id",
     P("“Kami sudah tiga kali melapor, tapi tidak ada tanggapan,” kata Siti Rahmawati "
       "Lubis, warga Kelurahan Sukamaju Hilir.")
     + P("Ketua RT setempat, Bambang Sutrisno, membenarkan hal itu. “Jalannya memang sudah "
         "rusak parah sejak Januari,” ujarnya."),
     [("Kami sudah tiga kali", "Siti Rahmawati Lubis"),
      ("Jalannya memang sudah rusak", "Bambang Sutrisno")]),
    ("r42-role", "id",
     P("Menurut Kepala Dinas Pekerjaan Umum Kota Bukit Raya, Ir. Hendra Wijayakusuma, "
       "“perbaikan akan dimulai bulan depan.”")
     + P("PT Jalan Nusantara Prima selaku kontraktor menyatakan dalam keterangan tertulis "
         "bahwa pihaknya “siap menyelesaikan pekerjaan tepat waktu.”"),
     [("perbaikan akan dimulai bulan", "Hendra Wijayakusuma"),
      ("siap menyelesaikan pekerjaan tepat", "PT Jalan Nusantara Prima")]),
    ("r42-turns", "id",
     P("Dalam sidang, jaksa Dewi Anggraeni bertanya kepada terdakwa soal aliran dana.")
     + P("“Uang itu untuk apa?” tanya Dewi.")
     + P("“Untuk membayar utang usaha, Bu Jaksa,” jawab terdakwa, Agus Setiawan Harahap.")
     + P("“Utang kepada siapa?” desak jaksa."),
     [("Uang itu untuk apa", "Dewi Anggraeni"),
      ("Untuk membayar utang usaha", "Agus Setiawan Harahap"),
      ("Utang kepada siapa", "Dewi Anggraeni")]),
    ("r42-written", "id",
     P("Spanduk bertuliskan “Tolak tambang, selamatkan sungai” terpasang di depan kantor "
       "bupati.")
     + P("Bupati Rahmat Hidayat Siregar menulis di akun media sosialnya: “Pintu kantor saya "
         "selalu terbuka untuk dialog.”"),
     [("Tolak tambang, selamatkan sungai", None),
      ("Pintu kantor saya selalu", "Rahmat Hidayat Siregar")]),
    # ------------------------------------------------------------- Vietnamese
    ("r42-after", "vi",
     P("“Cả đời tôi chưa thấy nước lên nhanh như vậy,” bà Nguyễn Thị Hồng Nhung, 68 tuổi, "
       "ở xã Tân Phước Đông, kể lại.")
     + P("Ông Trần Văn Lộc, Chủ tịch UBND xã, cho biết: “Chúng tôi đã sơ tán hơn 300 hộ "
         "dân trong đêm.”"),
     [("Cả đời tôi chưa thấy", "Nguyễn Thị Hồng Nhung"),
      ("Chúng tôi đã sơ tán", "Trần Văn Lộc")]),
    ("r42-org", "vi",
     P("Theo Công ty Điện lực Sông Mây, “việc cấp điện sẽ được khôi phục trong vòng 48 "
       "giờ”.")
     + P("Một người dân giấu tên nói: “Năm nào cũng hứa như vậy.”"),
     [("việc cấp điện sẽ được", "Công ty Điện lực Sông Mây"),
      ("Năm nào cũng hứa", None)]),
    ("r42-far", "vi",
     P("Ông Lê Minh Khôi đã làm nghề chài lưới trên sông Mây hơn ba mươi năm.")
     + P("Mấy năm gần đây, lượng cá giảm mạnh. Nhiều người trong làng đã bỏ nghề lên thành "
         "phố làm công nhân.")
     + P("“Tôi không biết làm gì khác ngoài đánh cá,” ông nói."),
     [("Tôi không biết làm", "Lê Minh Khôi")]),
    ("r42-none", "vi",
     P("Bộ phim “Mùa gặt cuối cùng” sẽ ra rạp vào tháng tới.")
     + P("Đạo diễn Phạm Thu Trang cho biết bộ phim “được quay trọn vẹn tại quê nhà tôi”."),
     [("Mùa gặt cuối cùng", None),
      ("được quay trọn vẹn tại", "Phạm Thu Trang")]),
    # ------------------------------------------------------------------ Greek
    ("r42-after", "el",
     P("«Δεν έχουμε δει τέτοια ζέστη τον Ιούνιο», δήλωσε ο δήμαρχος Άνω Ρεματιάς Γιώργος "
       "Παπαδημητρίου-Λαζαρίδης.")
     + P("Η θερμοκρασία έφτασε τους 43 βαθμούς το μεσημέρι της Τρίτης."),
     [("Δεν έχουμε δει τέτοια", "Γιώργος Παπαδημητρίου-Λαζαρίδης")]),
    ("r42-before", "el",
     P("Σύμφωνα με τον σεισμολόγο Νίκο Σταματόπουλο, «η δόνηση δεν συνδέεται με το ρήγμα "
       "της περσινής χρονιάς».")
     + P("«Οι κάτοικοι δεν έχουν λόγο ανησυχίας», πρόσθεσε."),
     [("η δόνηση δεν συνδέεται", "Νίκος Σταματόπουλος"),
      ("Οι κάτοικοι δεν έχουν", "Νίκος Σταματόπουλος")]),
    ("r42-org", "el",
     P("Η εταιρεία Αιγαίο Ναυτιλιακή ανακοίνωσε ότι τα δρομολόγια «θα εκτελεστούν κανονικά "
       "από την Πέμπτη».")
     + P("Ένας επιβάτης, που δεν θέλησε να πει το όνομά του, σχολίασε: «Τρεις μέρες "
         "περιμένουμε στο λιμάνι»."),
     [("θα εκτελεστούν κανονικά από", "Αιγαίο Ναυτιλιακή"),
      ("Τρεις μέρες περιμένουμε στο", None)]),
    ("r42-turns", "el",
     P("Στη Βουλή, η βουλευτής Ελένη Μαυροκορδάτου ρώτησε τον υπουργό για τις "
       "καθυστερήσεις.")
     + P("«Πότε θα παραδοθεί επιτέλους το νοσοκομείο;» ρώτησε.")
     + P("«Μέσα στο φθινόπωρο», απάντησε ο υπουργός Υγείας Κώστας Ραφαηλίδης."),
     [("Πότε θα παραδοθεί επιτέλους", "Ελένη Μαυροκορδάτου"),
      ("Μέσα στο φθινόπωρο", "Κώστας Ραφαηλίδης")]),
    # --------------------------------------------------------------- Romanian
    ("r42-after", "ro",
     P("„Nu am primit niciun ban de la asigurări”, a declarat Ion-Vasile Ungureanu, "
       "fermier din comuna Valea Sălciilor.")
     + P("Potrivit primarului comunei, Dumitru Ciobanu, „dosarele sunt încă în analiză la "
         "prefectură”."),
     [("Nu am primit niciun", "Ion-Vasile Ungureanu"),
      ("dosarele sunt încă în", "Dumitru Ciobanu")]),
    ("r42-org", "ro",
     P("Operatorul FerNord a transmis într-un comunicat că întârzierile „se datorează "
       "lucrărilor de modernizare a liniei”.")
     + P("„Este a treia oară luna asta când pierd legătura”, spune un călător nemulțumit."),
     [("se datorează lucrărilor de", "FerNord"),
      ("Este a treia oară", None)]),
    ("r42-written", "ro",
     P("Romanul „Casa cu tei bătrâni” a fost tradus în unsprezece limbi.")
     + P("Autoarea, Ana-Maria Petrescu, a scris pe Facebook: „Nu mă așteptam la asta nici "
         "în visele mele”."),
     [("Casa cu tei bătrâni", None),
      ("Nu mă așteptam la", "Ana-Maria Petrescu")]),
    ("r42-turns", "ro",
     P("Ședința consiliului local s-a încheiat cu scandal.")
     + P("„Ați ascuns contractul de consilieri”, l-a acuzat consiliera Elena Mureșan pe "
         "viceprimarul Sorin Popa.")
     + P("„Contractul a fost publicat pe site din martie”, a replicat acesta."),
     [("Ați ascuns contractul de", "Elena Mureșan"),
      ("Contractul a fost publicat", "Sorin Popa")]),
    # -------------------------------------------------------------- Hungarian
    ("r42-after", "hu",
     P("„Harminc éve dolgozom itt, ilyet még nem láttam” – mondta Kovácsné Szabó "
       "Erzsébet, a bolt vezetője.")
     + P("Nagy-Bartos Ferenc polgármester szerint „a károk felmérése még napokig tart”."),
     [("Harminc éve dolgozom itt", "Kovácsné Szabó Erzsébet"),
      ("a károk felmérése még", "Nagy-Bartos Ferenc")]),
    ("r42-org", "hu",
     P("A Dunamenti Vízművek közleményében azt írta: „A szolgáltatás péntek reggelre "
       "helyreáll.”")
     + P("Egy helyi lakos, aki nem kívánta megadni a nevét, így fogalmazott: „Mindig minket "
         "hagynak a végére.”"),
     [("A szolgáltatás péntek reggelre", "Dunamenti Vízművek"),
      ("Mindig minket hagynak a", None)]),
    ("r42-turns", "hu",
     P("A tévévitában Horváth Dóra és Fekete Zsolt élesen összecsapott.")
     + P("„Ön négy évig semmit sem tett a kórházért” – vágta oda Horváth Dóra.")
     + P("„A számok mást mutatnak” – felelte Fekete Zsolt."),
     [("négy évig semmit sem", "Horváth Dóra"),
      ("A számok mást mutatnak", "Fekete Zsolt")]),
    ("r42-far", "hu",
     P("Dr. Tóth-Vadas Katalin negyven éve háziorvos Kisréthelyen.")
     + P("Utódot évek óta keres, eddig hiába. A praxishoz hat tanya és két falu tartozik.")
     + P("„Amíg bírom, nem hagyom itt a betegeimet” – mondja.")
     + P("A megyei kamara elnöke, Szűcs Bálint szerint „ez nem egyedi eset, hanem "
         "rendszerszintű probléma”."),
     [("Amíg bírom, nem hagyom", "Tóth-Vadas Katalin"),
      ("ez nem egyedi eset", "Szűcs Bálint")]),
    # ---------------------------------------------------------------- Swedish
    ("r42-after", "sv",
     P("”Vi har aldrig haft så många besökare en vanlig tisdag”, säger Karin "
       "Lindqvist-Öhman, föreståndare för biblioteket i Norrbacka.")
     + P("Kommunalrådet Anders Bergkvist (S) är nöjd. ”Det visar att satsningen fungerar”, "
         "säger han."),
     [("Vi har aldrig haft", "Karin Lindqvist-Öhman"),
      ("Det visar att satsningen", "Anders Bergkvist")]),
    ("r42-org", "sv",
     P("Enligt Mälarlänken, som kör pendeltågen i länet, beror förseningarna på ”ett "
       "omfattande signalfel vid Västerby”.")
     + P("”Det här händer varje vecka nu”, säger en pendlare på perrongen."),
     [("omfattande signalfel vid Västerby", "Mälarlänken"),
      ("Det här händer varje", None)]),
    ("r42-written", "sv",
     P("Boken ”Sommaren vid sjön” har sålts i över hundratusen exemplar.")
     + P("Författaren Elin Sjöberg skriver i ett mejl till tidningen att hon är "
         "”överväldigad och lite rädd”."),
     [("Sommaren vid sjön", None),
      ("överväldigad och lite rädd", "Elin Sjöberg")]),
    ("r42-turns", "sv",
     P("I radiodebatten möttes miljöministern Lotta Åkesson och oppositionens Johan "
       "Ekdahl.")
     + P("”Ni har skurit ner på naturvården tre år i rad”, sa Ekdahl.")
     + P("”Det stämmer inte, anslagen är högre än någonsin”, svarade ministern."),
     [("Ni har skurit ner", "Johan Ekdahl"),
      ("anslagen är högre än", "Lotta Åkesson")]),
    # -------------------------------------------------------------- Norwegian
    ("r42-after", "nb",
     P("«Vi fikk beskjed om å evakuere klokken to om natten», sier Ingrid Solheim-Haugen "
       "(47).")
     + P("Ordfører Terje Bakkevold sier at kommunen «tar alle varsler på største alvor»."),
     [("Vi fikk beskjed om", "Ingrid Solheim-Haugen"),
      ("tar alle varsler på", "Terje Bakkevold")]),
    ("r42-org", "nb",
     P("Vestdal Energi opplyser i en pressemelding at strømmen «skal være tilbake innen "
       "fredag».")
     + P("«Vi har ikke fått noen informasjon i det hele tatt», sier en hytteeier til "
         "avisen."),
     [("skal være tilbake innen", "Vestdal Energi"),
      ("Vi har ikke fått", None)]),
    ("r42-turns", "nb",
     P("Under debatten i kommunestyret ble det hett.")
     + P("«Dere har visst om dette i et halvt år», sa Marte Kvalvik fra opposisjonen.")
     + P("«Vi har informert så raskt vi kunne», svarte rådmann Øyvind Lie.")
     + P("«Det er ikke sant», svarte hun."),
     [("Dere har visst om", "Marte Kvalvik"),
      ("Vi har informert så", "Øyvind Lie"),
      ("Det er ikke sant", "Marte Kvalvik")]),
    ("r42-written", "nb",
     P("I et brev til foreldrene skriver rektor Siri Haugland at skolen «må stenge "
       "gymsalen inntil videre».")
     + P("På døren henger en lapp: «Stengt på grunn av vannlekkasje»."),
     [("må stenge gymsalen inntil", "Siri Haugland"),
      ("Stengt på grunn av", None)]),
    # ----------------------------------------------------------------- Danish
    ("r42-after", "da",
     P("»Det er den værste høst, jeg kan huske«, siger landmand Poul Erik Kjærsgaard fra "
       "Hjortlund Mark.")
     + P("Ifølge Landbrugsrådet Vestjylland er »omkring hver tredje mark stadig under "
         "vand«."),
     [("Det er den værste", "Poul Erik Kjærsgaard"),
      ("omkring hver tredje mark", "Landbrugsrådet Vestjylland")]),
    ("r42-role", "da",
     P("Borgmester Mette Skovgaard-Nielsen (V) kalder situationen »alvorlig, men under "
       "kontrol«.")
     + P("»Vi har bedt staten om hjælp«, tilføjer hun."),
     [("alvorlig, men under kontrol", "Mette Skovgaard-Nielsen"),
      ("Vi har bedt staten", "Mette Skovgaard-Nielsen")]),
    ("r42-none", "da",
     P("Filmen »Når tågen letter« fik premiere i går.")
     + P("En anonym kilde i ministeriet beskriver forløbet som »et rent kaos fra start til "
         "slut«."),
     [("Når tågen letter", None),
      ("et rent kaos fra", None)]),
    ("r42-turns", "da",
     P("I samrådet kom transportminister Jonas Brix og oppositionens Sofie Holm i "
       "clinch.")
     + P("»Hvorfor blev rapporten holdt tilbage i tre måneder?« spurgte Sofie Holm.")
     + P("»Den blev ikke holdt tilbage, den blev kvalitetssikret«, svarede ministeren."),
     [("Hvorfor blev rapporten holdt", "Sofie Holm"),
      ("Den blev ikke holdt", "Jonas Brix")]),
    # ---------------------------------------------------------------- Finnish
    ("r42-before", "fi",
     P("Kaupunginjohtaja Mikko Heikkisen mukaan ”uimahallin korjaus aloitetaan ensi "
       "keväänä”.")
     + P("”Rahoitus on nyt varmistettu”, Heikkinen sanoo."),
     [("uimahallin korjaus aloitetaan ensi", "Mikko Heikkinen"),
      ("Rahoitus on nyt varmistettu", "Mikko Heikkinen")]),
    ("r42-after", "fi",
     P("”Olemme odottaneet tätä kymmenen vuotta”, sanoo uimaseuran puheenjohtaja "
       "Anna-Liisa Mäkelä-Korhonen.")
     + P("Seuran valmentajan Jari Lehtosen mielestä päätös tuli ”aivan viime tingassa”."),
     [("Olemme odottaneet tätä kymmenen", "Anna-Liisa Mäkelä-Korhonen"),
      ("aivan viime tingassa", "Jari Lehtonen")]),
    ("r42-org", "fi",
     P("Pohjolan Sähköverkko kertoo tiedotteessaan, että ”vika johtui myrskyn kaatamista "
       "puista”.")
     + P("Eräs kyläläinen sanoi, että ”sähköttä oltiin kolme vuorokautta”."),
     [("vika johtui myrskyn kaatamista", "Pohjolan Sähköverkko"),
      ("sähköttä oltiin kolme vuorokautta", None)]),
    ("r42-written", "fi",
     P("Kansanedustaja Outi Rantasen blogikirjoituksessa todetaan, että ”hoitajapula on "
       "kansallinen hätätila”.")
     + P("Ministeri Petteri Salosen mukaan ”tilanne on vakava mutta korjattavissa”."),
     [("hoitajapula on kansallinen hätätila", "Outi Rantanen"),
      ("tilanne on vakava mutta", "Petteri Salonen")]),
    # ------------------------------------------------------------------ Czech
    ("r42-before", "cs",
     P("Podle starostky obce Horní Bystřinka Jany Novotné-Krausové „je oprava mostu "
       "naprostou prioritou“.")
     + P("„Peníze máme připravené od jara,“ dodala."),
     [("je oprava mostu naprostou", "Jana Novotná-Krausová"),
      ("Peníze máme připravené od", "Jana Novotná-Krausová")]),
    ("r42-after", "cs",
     P("„Tohle se tady nestalo od roku 1997,“ řekl hasič Petr Dvořáček z místního sboru.")
     + P("Mluvčí krajského úřadu Tomáš Hrubý uvedl, že kraj „vyčlení na obnovu mimořádné "
         "prostředky“."),
     [("Tohle se tady nestalo", "Petr Dvořáček"),
      ("vyčlení na obnovu mimořádné", "Tomáš Hrubý")]),
    ("r42-none", "cs",
     P("Zákon o „digitální důstojnosti seniorů“ prošel Sněmovnou.")
     + P("„Je to krok správným směrem,“ řekl jeden z poslanců, který si nepřál být "
         "jmenován."),
     [("digitální důstojnosti seniorů", None),
      ("Je to krok správným", None)]),
    ("r42-org", "cs",
     P("Společnost Vltavín Energie v tiskové zprávě uvedla, že „odstávka proběhne podle "
       "plánu“.")
     + P("Na transparentu demonstrantů před sídlem firmy stálo: „Chceme čistý vzduch, ne "
         "sliby“."),
     [("odstávka proběhne podle plánu", "Vltavín Energie"),
      ("Chceme čistý vzduch, ne", None)]),
]

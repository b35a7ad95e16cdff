"""Held-out round 45 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the attributor, its tests or any earlier round). The forms lean on
the two commonest failures seen on real pages: a quotation whose own sentence names nobody though a
reader knows the speaker (a paragraph that is only a quote after the paragraph naming the speaker;
"he added" and "she went on" sentences later; a treatise or report quoted again and again; an
expert's advice quoted as fragments; partial quotes in reported speech; Q&A interviews with bold
questions or initials; quotes that continue across paragraphs), and the wrong name picked where
several compete (the person a quote is about named inside it or beside it, a speaker introduced in
a subordinate clause, reported exchanges "asked by A whether ..., B replied", an author's report
about another person, father and daughter or mother and son with one surname). None is expected
for titles, nicknames, scare quotes, slogans on banners and signs, and new unnamed voices. Names in
inflected languages (pl, ru, cs, fi, el, tr) appear in oblique cases and are expected in the
nominative; titles and roles are dropped. Every name, place and organisation is invented.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R45_CASES = [
    # ---------------------------------------------------------------- English
    ("r45-rival", "en",
     P("“Maria Kovač did nothing wrong, and the audit will show it,” her lawyer, Tomas Reyes, "
       "told reporters outside the courthouse on Tuesday.")
     + P("Kovač, who ran the harbour authority’s procurement office for nine years, has denied "
         "all charges."),
     [("Maria Kovač did nothing", "Tomas Reyes")]),
    ("r45-rival", "en",
     P("The flood plan was drawn up by Owen Trask, the county’s chief engineer, and approved in "
       "March by Councillor Bea Lindqvist, who said at the time that it “will finally keep the "
       "river out of people’s kitchens.”")
     + P("Trask was less certain. “Nothing about a river is ever final,” he said."),
     [("finally keep the river", "Bea Lindqvist"),
      ("Nothing about a river", "Owen Trask")]),
    ("r45-rival", "en",
     P("Asked by the committee chair, Ana Lind, whether the contractor had been warned about the "
       "cracks, the site manager, Jon Berg, replied: “We raised it twice in writing and once in "
       "person.”")
     + P("Lind pressed him on the dates. “Twice is not the same as urgently,” she said.")
     + P("Berg said the second letter had gone to the wrong office."),
     [("raised it twice in writing", "Jon Berg"),
      ("Twice is not the same", "Ana Lind")]),
    ("r45-rival", "en",
     P("Peter Hallam opened the bakery on Mill Street in 1979. His daughter, Rosie Hallam, took "
       "over the ovens last spring.")
     + P("“Dad still comes in at four every morning to check the starter,” she said. “He doesn’t "
         "trust me with it yet.”")
     + P("Her father laughed at that. “I trust her. I just don’t trust the new oven.”"),
     [("Dad still comes in", "Rosie Hallam"),
      ("He doesn’t trust me", "Rosie Hallam"),
      ("don’t trust the new oven", "Peter Hallam")]),
    ("r45-rival", "en",
     P("“Ingrid Solberg was the best goalkeeper this club ever had, and she never once complained "
       "about the rain,” said her former coach, Marcus Dell, as the statue was unveiled.")
     + P("Solberg’s son, Erik Solberg, pulled away the cloth. “She would have hated the fuss,” "
         "he said."),
     [("best goalkeeper this club ever", "Marcus Dell"),
      ("would have hated the fuss", "Erik Solberg")]),
    ("r45-written", "en",
     P("In her report, the inspector Judith Mwangi wrote that the warden, Colin Pryce, had "
       "“failed to act on repeated warnings about the fire doors.”")
     + P("Pryce has disputed the findings. “I acted on every warning I received,” he wrote in a "
         "letter to the board."),
     [("failed to act on repeated", "Judith Mwangi"),
      ("acted on every warning I", "Colin Pryce")]),
    ("r45-far", "en",
     P("Denise Okafor has taught chemistry at Larchfield Academy for twenty-two years.")
     + P("In that time the school has had five head teachers, two new buildings and, last winter, "
         "a burst boiler that closed the science block for a month.")
     + P("This year’s inspection rated her department outstanding.")
     + P("“The children did that, not me. I mostly hand out goggles.”"),
     [("I mostly hand out goggles", "Denise Okafor")]),
    ("r45-after", "en",
     P("Gwen Aldous spent eleven days on the ice shelf waiting for a plane that could land.")
     + P("“You stop counting the days after the first week. You count the meals instead.”")
     + P("She is now back in Hobart, writing up the measurements."),
     [("You count the meals instead", "Gwen Aldous")]),
    ("r45-again", "en",
     P("The 1780 treatise by the surveyor Josiah Penrick calls the marsh “a country neither of "
       "land nor of water.”")
     + P("Penrick had little patience for the farmers who drained it. The treatise describes their "
         "ditches as “wounds dug by men who cannot read a tide.”")
     + P("Two centuries later the same ditches are being filled in, and the book, reissued this "
         "year, still warns that “what the sea is owed it will collect.”"),
     [("a country neither of land", "Josiah Penrick"),
      ("wounds dug by men", "Josiah Penrick"),
      ("what the sea is owed", "Josiah Penrick")]),
    ("r45-again", "en",
     P("The sleep researcher Imogen Farrow recommends “a dark room, a cool room and a boring "
       "room” for anyone who struggles to fall asleep.")
     + P("Screens, she says, belong “out of the bedroom, not just face down on the bedside "
         "table.”")
     + P("And coffee? “Nothing after lunch. I mean it.”"),
     [("a cool room and a", "Imogen Farrow"),
      ("out of the bedroom, not", "Imogen Farrow"),
      ("Nothing after lunch. I", "Imogen Farrow")]),
    ("r45-qa", "en",
     P("Lorna McBride retires this month after thirty-one years as a ferry captain. She spoke to "
       "Daniel Osei.")
     + P("<b>Daniel Osei: What will you miss?</b>")
     + P("<b>Lorna McBride:</b> “The first crossing of the day, when the gulls are still asleep on "
         "the rail.”")
     + P("<b>D.O.: And what won’t you miss?</b>")
     + P("<b>L.M.:</b> “The timetable. I have not been late for anything in thirty years and I’d "
         "like to try it.”"),
     [("first crossing of the day", "Lorna McBride"),
      ("not been late for anything", "Lorna McBride")]),
    ("r45-cont", "en",
     P("Councillor Ravi Menon read a statement at the start of the meeting.")
     + P("“For three years this council has told residents the pool would reopen next summer.")
     + P("“Every summer it has not. I am not going to stand here and promise it again.")
     + P("“What I will promise is that the money stays in a locked account until the work is "
         "done,” he said."),
     [("has told residents the pool", "Ravi Menon"),
      ("not going to stand here", "Ravi Menon"),
      ("money stays in a locked", "Ravi Menon")]),
    ("r45-none", "en",
     P("The campaign’s slogan, “Streets for people,” was painted on banners across the old town.")
     + P("A man watching from a café doorway was unimpressed. “They said that about the tram too,” "
         "he said.")
     + P("The mayor, Colm Brady, did not attend the launch."),
     [("Streets for people", None),
      ("said that about the tram", None)]),
    ("r45-none", "en",
     P("Marian Fell’s new novel, “The Salt Orchard,” is set on an island where nobody owns a "
       "clock.")
     + P("One critic called the book “too quiet by half”, a verdict Fell says she has stopped "
         "minding.")
     + P("“Quiet is what the island is like,” she said."),
     [("The Salt Orchard", None),
      ("too quiet by half", None),
      ("what the island is like", "Marian Fell")]),
    ("r45-mixed", "en",
     P("“We will not close the clinic,” said the health board’s chair, Alan Whitcombe, while the "
       "nurses’ representative, Sunita Rao, called the promise “worth exactly the paper it isn’t "
       "written on.”")
     + P("Whitcombe later said the board would publish its budget in June. Rao said the nurses "
         "would “wait and read every line.”"),
     [("will not close the clinic", "Alan Whitcombe"),
      ("worth exactly the paper it", "Sunita Rao"),
      ("wait and read every line", "Sunita Rao")]),
    ("r45-written", "en",
     P("Hours after the vote, the striker Kofi Mensah-Boateng posted: “Proud of this club. Prouder "
       "of these fans.”")
     + P("The post was shared thousands of times. His manager, Glenn Ashby, was asked about it after "
         "training. “He writes better than he passes,” Ashby said, smiling."),
     [("Proud of this club", "Kofi Mensah-Boateng"),
      ("writes better than he passes", "Glenn Ashby")]),
    ("r45-written", "en",
     P("At the farm gate, a hand-painted sign reads “No visitors after dusk — the geese bite.”")
     + P("The owner, Elspeth Carrow, said the sign was accurate. “They bit the postman twice last "
         "year.”"),
     [("No visitors after dusk", None),
      ("bit the postman twice", "Elspeth Carrow")]),
    ("r45-org", "en",
     P("In a statement, Northfold Water said it “deeply regrets the disruption” and that supplies "
       "would be restored by Friday.")
     + P("A spokesperson for the company added: “Engineers are working around the clock.”")
     + P("The regulator, the Office for Water Standards, said it was “monitoring the situation "
         "closely.”"),
     [("deeply regrets the disruption", "Northfold Water"),
      ("Engineers are working around", "Northfold Water"),
      ("monitoring the situation closely", "Office for Water Standards")]),
    ("r45-after", "en",
     P("“The bridge is safe,” said Howard Kim, the city’s structural engineer. He pointed to the "
       "new bearings, installed last autumn, and to the sensors that now report every vibration to "
       "his office. The inspection, he added, “found nothing we did not expect.”")
     + P("“It hums at night like a fridge,” said one resident, who asked not to be named."),
     [("The bridge is safe", "Howard Kim"),
      ("found nothing we did not", "Howard Kim"),
      ("hums at night like a", None)]),
    ("r45-none", "en",
     P("The council leader, Maureen Tate, said the car park “will pay for itself within five "
       "years.”")
     + P("Not everyone is convinced. “I’ll believe it when I see the first ticket,” one shopkeeper "
         "said."),
     [("pay for itself within five", "Maureen Tate"),
      ("see the first ticket", None)]),
    ("r45-after", "en",
     P("Lena Whitfield, 34, a midwife from Carrow Bay, was the first to reach the stranded car.")
     + P("“The water was already at the windows,” the midwife said. “I just kept talking to the "
         "little girl in the back.”"),
     [("already at the windows", "Lena Whitfield"),
      ("kept talking to the little", "Lena Whitfield")]),
    # ---------------------------------------------------------------- German
    ("r45-rival", "de",
     P("„Jonas Reuter hat sich nichts vorzuwerfen“, sagte sein Anwalt Felix Brandl am Montag vor "
       "dem Landgericht.")
     + P("Reuter selbst äußerte sich nicht."),
     [("hat sich nichts vorzuwerfen", "Felix Brandl")]),
    ("r45-after", "de",
     P("Die Feuerwehr war nach zwölf Minuten am Ort. „Wir hätten keine Minute später kommen "
       "dürfen“, sagte Einsatzleiterin Karin Vogelsang.")
     + P("„Das Dach war da schon eingesackt“, ergänzte sie. Verletzt wurde niemand."),
     [("keine Minute später kommen", "Karin Vogelsang"),
      ("Das Dach war da", "Karin Vogelsang")]),
    ("r45-before", "de",
     P("Nach Angaben von Bürgermeister Utz Rehberger werden die Arbeiten bis zum Herbst dauern. "
       "Er sagte: „Wir haben uns mit dem Wetter verrechnet, nicht mit dem Geld.“")
     + P("Laut der Geologin Henrike Sommerfeld ist der Hang „seit Jahrzehnten in Bewegung“."),
     [("uns mit dem Wetter verrechnet", "Utz Rehberger"),
      ("seit Jahrzehnten in Bewegung", "Henrike Sommerfeld")]),
    ("r45-turns", "de",
     P("Im Gemeinderat stritten am Abend Kämmerer Bernd Ollig und die Fraktionssprecherin Ayşe "
       "Demirel über das Hallenbad.")
     + P("„Wir können uns das schlicht nicht leisten“, sagte Ollig.")
     + P("„Sie können es sich nicht leisten, es nicht zu tun“, entgegnete Demirel.")
     + P("„Das ist ein schöner Satz, aber keine Finanzierung“, so der Kämmerer."),
     [("schlicht nicht leisten", "Bernd Ollig"),
      ("es nicht zu tun", "Ayşe Demirel"),
      ("aber keine Finanzierung", "Bernd Ollig")]),
    ("r45-qa", "de",
     P("Seit dreißig Jahren leitet Gisela von Aschenbach das Heimatmuseum in Kroppen. Ein Gespräch "
       "über alte Pflüge und steile Treppen.")
     + P("<b>Frau von Aschenbach, warum ausgerechnet ein Heimatmuseum?</b>")
     + P("„Weil sonst niemand die Pflüge abgestaubt hätte.“")
     + P("<b>Und was wünschen Sie sich zum Jubiläum?</b>")
     + P("„Einen Aufzug. Die Treppe wird mit jedem Jahr steiler.“"),
     [("niemand die Pflüge abgestaubt", "Gisela von Aschenbach"),
      ("Die Treppe wird mit", "Gisela von Aschenbach")]),
    ("r45-none", "de",
     P("Der Roman „Die Stille nach dem Sturm“ erschien 2019 und wurde ein Überraschungserfolg.")
     + P("Die Autorin Lotte Habicht sagt heute: „Ich habe ihn in drei Wintern geschrieben.“"),
     [("Die Stille nach dem", None),
      ("in drei Wintern geschrieben", "Lotte Habicht")]),
    ("r45-none", "de",
     P("Rund tausend Menschen zogen am Samstag durch die Innenstadt. Auf den Transparenten stand "
       "„Bezahlbare Mieten für alle“.")
     + P("„Ich zahle die Hälfte meiner Rente für zwei Zimmer“, sagte eine Teilnehmerin."),
     [("Bezahlbare Mieten für alle", None),
      ("Hälfte meiner Rente für", None)]),
    ("r45-org", "de",
     P("Die Stadtwerke Kellbach teilten mit, man bedauere „die Unannehmlichkeiten für die "
       "Kundinnen und Kunden“.")
     + P("Ein Sprecher des Unternehmens sagte: „Die Leitung wird bis Freitag ersetzt.“"),
     [("die Unannehmlichkeiten für die", "Stadtwerke Kellbach"),
      ("Leitung wird bis Freitag", "Stadtwerke Kellbach")]),
    ("r45-cont", "de",
     P("In ihrem Abschiedsbrief an die Belegschaft schrieb die Werksleiterin Martina Kohlhaas:")
     + P("„Ich habe in diesem Werk mein halbes Leben verbracht.")
     + P("„Ich gehe nicht, weil ich müde bin, sondern weil es Zeit ist.“")
     + P("Der Betriebsrat dankte ihr mit einem Fest in der Kantine."),
     [("mein halbes Leben verbracht", "Martina Kohlhaas"),
      ("weil ich müde bin", "Martina Kohlhaas")]),
    ("r45-rival", "de",
     P("Der Hof gehört seit 1952 der Familie Kerner. Heute führt ihn Lukas Kerner; sein Vater Anton "
       "Kerner hilft noch bei der Ernte.")
     + P("„Mein Vater sagt, früher sei alles schwerer gewesen“, erzählt der Sohn. „Aber er erzählt "
         "das jeden Tag.“"),
     [("früher sei alles schwerer", "Lukas Kerner"),
      ("er erzählt das jeden", "Lukas Kerner")]),
    ("r45-mixed", "de",
     P("Ministerin Sabine Wolters nannte den Entwurf „einen guten ersten Schritt“, während "
       "Oppositionsführer Henning Paasch von „Symbolpolitik ohne jede Wirkung“ sprach.")
     + P("Paasch kündigte an, seine Fraktion werde „jeden einzelnen Paragrafen“ im Ausschuss "
         "prüfen lassen."),
     [("einen guten ersten Schritt", "Sabine Wolters"),
      ("Symbolpolitik ohne jede Wirkung", "Henning Paasch"),
      ("jeden einzelnen Paragrafen", "Henning Paasch")]),
    ("r45-far", "de",
     P("Den Laden am Marktplatz hat Hülya Akgün 1998 von ihrem Onkel übernommen.")
     + P("Damals verkaufte sie vor allem Zeitungen und Tabak. Heute gibt es dort Pakete, "
         "Fahrkarten und den besten Kaffee im Viertel.")
     + P("Im Frühjahr soll das Haus abgerissen werden.")
     + P("„Ich habe noch keinen neuen Laden. Aber ich habe noch nie aufgegeben.“"),
     [("habe noch keinen neuen", "Hülya Akgün"),
      ("noch nie aufgegeben", "Hülya Akgün")]),
    # ---------------------------------------------------------------- French
    ("r45-after", "fr",
     P("« On a perdu la moitié de la récolte en une nuit », raconte Étienne Maréchal, viticulteur "
       "à Sauvigny.")
     + P("Il montre les grappes noircies. « Le gel est arrivé vers trois heures », poursuit-il."),
     [("perdu la moitié de la", "Étienne Maréchal"),
      ("Le gel est arrivé", "Étienne Maréchal")]),
    ("r45-rival", "fr",
     P("« Claire Duvivier n’a jamais touché à ces fonds », a martelé son avocat, Me Antoine "
       "Lescure, à la sortie de l’audience.")
     + P("Son ancienne collaboratrice, Sophie Vallat, citée comme témoin, a affirmé à la barre "
         "que « tout passait par le bureau de Mme Duvivier »."),
     [("jamais touché à ces fonds", "Antoine Lescure"),
      ("tout passait par le bureau", "Sophie Vallat")]),
    ("r45-before", "fr",
     P("Selon la préfète, Hélène Garnier-Roussel, la digue « ne présente aucun risque immédiat ».")
     + P("Pour le maire de Saint-Aubry, Jean-Luc Pradel, au contraire, « il suffit d’une grande "
         "marée »."),
     [("ne présente aucun risque", "Hélène Garnier-Roussel"),
      ("il suffit d’une grande", "Jean-Luc Pradel")]),
    ("r45-none", "fr",
     P("Le projet, surnommé « le mur de la honte » par ses opposants, a été voté jeudi.")
     + P("« Ce n’est pas un mur, c’est une digue », a répondu le président de l’agglomération, "
         "Gérard Tillier."),
     [("le mur de la honte", None),
      ("pas un mur, c’est", "Gérard Tillier")]),
    ("r45-far", "fr",
     P("Sœur Marie-Odile Fabre a ouvert le foyer en 1987, dans une ancienne caserne.")
     + P("À l’époque, il n’y avait ni chauffage ni eau chaude. Les bénévoles dormaient sur des lits "
         "de camp.")
     + P("Aujourd’hui, le foyer accueille quarante personnes chaque nuit.")
     + P("« Je n’ai jamais eu de plan. J’ai eu des voisins. »"),
     [("J’ai eu des voisins", "Marie-Odile Fabre")]),
    ("r45-written", "fr",
     P("Dans une lettre adressée au ministre, le proviseur Luc Amrani écrit que ses élèves "
       "« méritent mieux que des préfabriqués ».")
     + P("Le rectorat n’a pas répondu."),
     [("méritent mieux que des", "Luc Amrani")]),
    ("r45-qa", "fr",
     P("Entretien avec l’alpiniste Camille Rousseau-Berthier, propos recueillis par Julien "
       "Mercier.")
     + P("<b>J. M. : Qu’avez-vous ressenti au sommet ?</b>")
     + P("<b>C. R.-B. :</b> « Rien d’héroïque. J’avais froid aux pieds et je pensais déjà à la "
         "descente. »")
     + P("<b>J. M. : Et maintenant ?</b>")
     + P("<b>C. R.-B. :</b> « Maintenant je dors. Ensuite, on verra. »"),
     [("J’avais froid aux pieds", "Camille Rousseau-Berthier"),
      ("Maintenant je dors. Ensuite", "Camille Rousseau-Berthier")]),
    ("r45-mixed", "fr",
     P("Le ministre de l’Agriculture, Bertrand Lecoq, a promis des aides « dès le mois prochain », "
       "une annonce que la présidente du syndicat, Odile Marchand, a jugée « bien tardive pour "
       "ceux qui ont déjà vendu leurs bêtes ».")
     + P("Interrogé sur ce délai, M. Lecoq a reconnu que « l’administration n’a pas été assez "
         "rapide »."),
     [("dès le mois prochain", "Bertrand Lecoq"),
      ("bien tardive pour ceux qui", "Odile Marchand"),
      ("pas été assez rapide", "Bertrand Lecoq")]),
    # ---------------------------------------------------------------- Spanish
    ("r45-after", "es",
     P("«No vamos a movernos de aquí hasta que nos escuchen», afirmó Rosario Quintana, portavoz de "
       "la plataforma vecinal.")
     + P("La protesta duró toda la tarde. «Llevamos tres años esperando», añadió."),
     [("No vamos a movernos", "Rosario Quintana"),
      ("Llevamos tres años esperando", "Rosario Quintana")]),
    ("r45-rival", "es",
     P("«Lucía Ferrer no sabía nada de esas cuentas», aseguró su abogado, Ignacio Beltrán de "
       "Heredia, a la salida del juzgado.")
     + P("Ferrer, exdirectora financiera de la fundación, se limitó a decir ante el tribunal: "
         "«Firmé lo que me pusieron delante»."),
     [("no sabía nada de esas", "Ignacio Beltrán de Heredia"),
      ("Firmé lo que me", "Lucía Ferrer")]),
    ("r45-before", "es",
     P("Según el alcalde de Villanueva del Campo, Tomás Aguirre, el polígono «traerá trabajo a "
       "cuarenta familias».")
     + P("En palabras de la concejala de la oposición, Marta Salcedo, se trata de «una promesa "
         "electoral con maqueta»."),
     [("traerá trabajo a cuarenta", "Tomás Aguirre"),
      ("una promesa electoral con", "Marta Salcedo")]),
    ("r45-mixed", "es",
     P("El entrenador, Julián Ortega, reconoció que el equipo «no estuvo a la altura», mientras que "
       "el capitán, Diego Arriaga, prefirió hablar de «un mal día que no define la temporada».")
     + P("El equipo visita el domingo al líder. «Allí se verá quiénes somos», advirtió el "
         "capitán."),
     [("no estuvo a la altura", "Julián Ortega"),
      ("un mal día que", "Diego Arriaga"),
      ("Allí se verá quiénes", "Diego Arriaga")]),
    ("r45-none", "es",
     P("La norma, conocida popularmente como «ley del silencio», entró en vigor el lunes.")
     + P("«Aquí nadie ha dormido en toda la semana», dijo un vecino que prefirió no dar su nombre."),
     [("ley del silencio", None),
      ("nadie ha dormido en toda", None)]),
    ("r45-cont", "es",
     P("La directora del colegio, Inmaculada Roldán, leyó una carta ante las familias.")
     + P("«Hace cuarenta años este edificio se construyó para trescientos alumnos.")
     + P("»Hoy tenemos setecientos, y el mismo patio.")
     + P("»Lo que pedimos no es un lujo: es espacio», concluyó."),
     [("se construyó para trescientos", "Inmaculada Roldán"),
      ("Hoy tenemos setecientos", "Inmaculada Roldán"),
      ("no es un lujo", "Inmaculada Roldán")]),
    ("r45-written", "es",
     P("En su informe, la auditora Beatriz Navarro señala que el exalcalde Ramón Gil «firmó "
       "contratos sin el visto bueno de intervención».")
     + P("Gil lo niega. «Todo pasó por los cauces legales», declaró ayer."),
     [("firmó contratos sin el", "Beatriz Navarro"),
      ("pasó por los cauces", "Ramón Gil")]),
    # ---------------------------------------------------------------- Italian
    ("r45-turns", "it",
     P("Alla riunione di condominio, l’amministratore Paolo Ferraresi ha presentato il preventivo "
       "per il tetto.")
     + P("«Sono ottantamila euro, non uno di meno», ha detto Ferraresi.")
     + P("«Per ottantamila euro voglio un tetto d’oro», ha ribattuto Giuliana Sartori, del terzo "
         "piano.")
     + P("«D’oro no, ma almeno asciutto», ha risposto l’amministratore."),
     [("non uno di meno", "Paolo Ferraresi"),
      ("voglio un tetto d’oro", "Giuliana Sartori"),
      ("ma almeno asciutto", "Paolo Ferraresi")]),
    ("r45-rival", "it",
     P("«Marco Bellini era un ragazzo generoso, lo sapevano tutti», ha detto la madre, Rosanna "
       "Bellini, durante il funerale.")
     + P("Il padre, Giorgio Bellini, non ha voluto parlare con i giornalisti."),
     [("era un ragazzo generoso", "Rosanna Bellini")]),
    ("r45-org", "it",
     P("In una nota, la Regione Valdaria ha fatto sapere che i fondi «saranno sbloccati entro fine "
       "mese».")
     + P("L’Unione Lavoratori Tessili ha risposto che «le promesse non pagano gli stipendi»."),
     [("saranno sbloccati entro fine", "Regione Valdaria"),
      ("promesse non pagano gli", "Unione Lavoratori Tessili")]),
    ("r45-cont", "it",
     P("Il professor Aldo Cavalcanti ha letto ad alta voce la sua lettera di dimissioni.")
     + P("«Ho insegnato in questa scuola per trentotto anni.")
     + P("«Lascio perché non riconosco più il posto in cui entro ogni mattina.»"),
     [("insegnato in questa scuola", "Aldo Cavalcanti"),
      ("non riconosco più il posto", "Aldo Cavalcanti")]),
    ("r45-far", "it",
     P("Teresa Mancuso ha aperto la sua trattoria a Borgo Alto nel 1974, con tre tavoli e un "
       "fornello.")
     + P("Oggi i tavoli sono venti e in cucina lavorano i due nipoti.")
     + P("La guida gastronomica regionale le ha appena assegnato il premio alla carriera.")
     + P("«Alla carriera? Io ho solo cucinato quello che mangiavamo a casa.»"),
     [("solo cucinato quello che", "Teresa Mancuso")]),
    ("r45-mixed", "it",
     P("Il sindaco Franco Di Stefano ha definito il nuovo parcheggio «un regalo alla città», mentre "
       "la portavoce del comitato di quartiere, Laura Esposito, parla di «un pezzo di parco "
       "trasformato in asfalto».")
     + P("Di Stefano ha ricordato che i lavori «finiranno prima dell’estate»."),
     [("un regalo alla città", "Franco Di Stefano"),
      ("un pezzo di parco", "Laura Esposito"),
      ("finiranno prima dell’estate", "Franco Di Stefano")]),
    # ---------------------------------------------------------------- Portuguese
    ("r45-after", "pt",
     P("“A água subiu em menos de uma hora”, contou a comerciante Adriana Moura, de 52 anos.")
     + P("Ela perdeu todo o estoque da loja. “Agora é começar de novo”, disse."),
     [("subiu em menos de uma", "Adriana Moura"),
      ("Agora é começar de novo", "Adriana Moura")]),
    ("r45-rival", "pt",
     P("Questionado pela vereadora Sílvia Prado sobre o atraso das obras, o secretário de "
       "Infraestrutura, Renato Albuquerque, respondeu: “O cronograma foi refeito por causa das "
       "chuvas.”")
     + P("“As chuvas caem todo ano, secretário”, rebateu a vereadora."),
     [("cronograma foi refeito por", "Renato Albuquerque"),
      ("chuvas caem todo ano", "Sílvia Prado")]),
    ("r45-none", "pt",
     P("O filme “Cidade sem Nome” estreia nesta quinta-feira em vinte salas.")
     + P("Na porta do cinema, uma faixa dizia “Cultura não é luxo”."),
     [("Cidade sem Nome", None),
      ("Cultura não é luxo", None)]),
    ("r45-org", "pt",
     P("Em nota, a Companhia de Saneamento do Vale informou que “o abastecimento será normalizado "
       "até sábado”.")
     + P("Moradores do bairro Alto da Serra, sem água desde terça, duvidam. “Já ouvimos isso "
         "na semana passada”, disse uma moradora."),
     [("abastecimento será normalizado até", "Companhia de Saneamento do Vale"),
      ("Já ouvimos isso na", None)]),
    ("r45-qa", "pt",
     P("A atleta Inês Carvalho, de 19 anos, venceu no domingo a sua primeira maratona.")
     + P("<b>Esperava ganhar?</b>")
     + P("«Nem pensar. Queria só chegar ao fim sem parar para andar.»")
     + P("<b>E agora?</b>")
     + P("«Agora quero dormir uma semana inteira.»"),
     [("chegar ao fim sem parar", "Inês Carvalho"),
      ("dormir uma semana inteira", "Inês Carvalho")]),
    ("r45-rival", "pt",
     P("“O Paulo Rocha sempre foi um colega exemplar”, afirmou o diretor da escola, Luís "
       "Fernandes, ao ser questionado sobre o professor afastado.")
     + P("Rocha foi afastado em março após uma denúncia anônima. Procurado, ele não respondeu."),
     [("sempre foi um colega exemplar", "Luís Fernandes")]),
    # ---------------------------------------------------------------- Dutch
    ("r45-after", "nl",
     P("‘We hebben het water nog nooit zo hoog gezien’, zegt dijkgraaf Willem van der Meulen.")
     + P("‘Vannacht blijven we allemaal wakker’, voegt hij eraan toe."),
     [("nog nooit zo hoog", "Willem van der Meulen"),
      ("blijven we allemaal wakker", "Willem van der Meulen")]),
    ("r45-rival", "nl",
     P("‘Sanne de Vries heeft niets verkeerd gedaan’, zei haar advocaat Bart Hoekstra na afloop van "
       "de zitting.")
     + P("De Vries zei na afloop alleen: ‘Ik ben blij dat het voorbij is.’"),
     [("heeft niets verkeerd gedaan", "Bart Hoekstra"),
      ("blij dat het voorbij", "Sanne de Vries")]),
    ("r45-after", "nl",
     P("Fatima El Amrani (29) begon vorig jaar een fietsenmakerij in een oude garage in Tilstede.")
     + P("‘Iedereen zei dat het niks zou worden. Nu staat er elke ochtend een rij.’"),
     [("staat er elke ochtend een", "Fatima El Amrani")]),
    ("r45-none", "nl",
     P("De campagne ‘Samen sterk voor de wijk’ loopt nog tot eind juni.")
     + P("‘Niemand heeft ons iets gevraagd’, zegt een buurtbewoner."),
     [("Samen sterk voor de", None),
      ("Niemand heeft ons iets", None)]),
    ("r45-org", "nl",
     P("Volgens een woordvoerder van Waterschap Lindevliet is de situatie ‘onder controle, maar niet "
       "zonder risico’.")
     + P("Bewoners van de polder zijn minder gerust. ‘Ze zeggen dat elk jaar’, zegt een boer."),
     [("onder controle, maar niet", "Waterschap Lindevliet"),
      ("Ze zeggen dat elk jaar", None)]),
    ("r45-turns", "nl",
     P("In de raadszaal botsten wethouder Joost Verbeek en raadslid Esra Yılmaz over de nieuwe "
       "fietsbrug.")
     + P("‘De brug is te duur en te laat’, zei Yılmaz.")
     + P("‘Te laat ben ik met u eens. Te duur niet’, antwoordde de wethouder.")
     + P("‘Dan hoor ik graag wat wél te duur is’, reageerde zij."),
     [("De brug is te", "Esra Yılmaz"),
      ("ben ik met u", "Joost Verbeek"),
      ("hoor ik graag wat", "Esra Yılmaz")]),
    # ---------------------------------------------------------------- Polish
    ("r45-rival", "pl",
     P("„Tomasz Nowicki nie złamał prawa” – powiedział jego pełnomocnik, mecenas Krzysztof "
       "Zalewski.")
     + P("Nowicki nie pojawił się w sądzie."),
     [("Tomasz Nowicki nie złamał", "Krzysztof Zalewski")]),
    ("r45-before", "pl",
     P("Według Anny Wiśniewskiej, dyrektorki szpitala w Brzezinach, oddział „zostanie otwarty "
       "jeszcze w tym roku”.")
     + P("Zdaniem posła Marka Dąbrowskiego to „kolejna obietnica bez pokrycia”."),
     [("zostanie otwarty jeszcze w", "Anna Wiśniewska"),
      ("kolejna obietnica bez pokrycia", "Marek Dąbrowski")]),
    ("r45-after", "pl",
     P("„Woda weszła do domu w kilka minut” – mówi Halina Kubiak, mieszkanka Zalesia.")
     + P("„Zdążyliśmy wynieść tylko dokumenty” – dodaje."),
     [("weszła do domu w", "Halina Kubiak"),
      ("wynieść tylko dokumenty", "Halina Kubiak")]),
    ("r45-none", "pl",
     P("Na transparentach protestujących widniało hasło „Nie oddamy naszego lasu”.")
     + P("„Tu chodziłem na grzyby jeszcze z dziadkiem” – mówi jeden z mieszkańców."),
     [("Nie oddamy naszego lasu", None),
      ("chodziłem na grzyby jeszcze", None)]),
    ("r45-turns", "pl",
     P("Sołtys Jan Wrona i radna Ewa Majewska od lat spierają się o chodnik do przystanku.")
     + P("„Chodnik jest w planie na przyszły rok” – zapewnia Wrona.")
     + P("„To samo słyszałam trzy lata temu” – odpowiada radna."),
     [("jest w planie na", "Jan Wrona"),
      ("To samo słyszałam trzy", "Ewa Majewska")]),
    ("r45-qa", "pl",
     P("Rozmowa z Agnieszką Lis, kierowniczką schroniska na Hali Jaworowej.")
     + P("<b>Ile osób nocuje u Pani w sezonie?</b>")
     + P("„W sierpniu bywa i dwieście. Śpią na korytarzu, na stołach, raz ktoś spał w kuchni.”")
     + P("<b>A zimą?</b>")
     + P("„Zimą jesteśmy tylko my i wiatr.”"),
     [("raz ktoś spał w", "Agnieszka Lis"),
      ("jesteśmy tylko my i", "Agnieszka Lis")]),
    # ---------------------------------------------------------------- Russian
    ("r45-before", "ru",
     P("По словам Анны Петровой, директора школы, ремонт спортзала «затянулся из-за подрядчика».")
     + P("Подрядчик комментариев не дал."),
     [("затянулся из-за подрядчика", "Анна Петрова")]),
    ("r45-after", "ru",
     P("«Мы не ждали такого количества людей», — признался организатор фестиваля Игорь Самойлов.")
     + P("«В следующем году возьмём площадь побольше», — добавил он."),
     [("не ждали такого количества", "Игорь Самойлов"),
      ("возьмём площадь побольше", "Игорь Самойлов")]),
    ("r45-rival", "ru",
     P("«Сергей Ильин ни в чём не виноват», — заявил его адвокат Павел Громов после заседания.")
     + P("Сам Ильин на заседание не пришёл. Его жена Марина Ильина сказала журналистам, что "
         "муж «очень переживает и почти не спит»."),
     [("ни в чём не виноват", "Павел Громов"),
      ("очень переживает и почти", "Марина Ильина")]),
    ("r45-turns", "ru",
     P("На собрании жильцов управляющий Олег Кравец пообещал починить лифт к зиме.")
     + P("«Деньги уже выделены», — сказал он.")
     + P("«Вы это говорили и прошлой зимой», — напомнила ему пенсионерка Валентина Сорокина."),
     [("Деньги уже выделены", "Олег Кравец"),
      ("говорили и прошлой зимой", "Валентина Сорокина")]),
    ("r45-none", "ru",
     P("Фильм «Последний паром на Север» получил главный приз фестиваля.")
     + P("«Такого зала я не видел лет десять», — сказал один из зрителей."),
     [("Последний паром на Север", None),
      ("Такого зала я не", None)]),
    ("r45-cont", "ru",
     P("Бывший директор завода Николай Белов написал открытое письмо рабочим.")
     + P("«Я проработал здесь сорок лет и видел, как цех строили с нуля.")
     + P("«Я не прошу вас соглашаться со мной. Я прошу вас прийти на собрание», — пишет он."),
     [("проработал здесь сорок лет", "Николай Белов"),
      ("прошу вас прийти на", "Николай Белов")]),
    ("r45-rival", "ru",
     P("Дочь пострадавшего, Ольга Смирнова, рассказала, что её отец Виктор Смирнов «всю жизнь "
       "боялся воды».")
     + P("«Он и плавать так и не научился», — добавила она."),
     [("всю жизнь боялся воды", "Ольга Смирнова"),
      ("плавать так и не", "Ольга Смирнова")]),
    # ---------------------------------------------------------------- Czech
    ("r45-before", "cs",
     P("Podle starostky Jany Novotné bude most „opraven ještě před zimou“.")
     + P("Objížďka vede přes sousední obec."),
     [("opraven ještě před zimou", "Jana Novotná")]),
    ("r45-after", "cs",
     P("„Voda přišla v noci a nikdo nás nevaroval,“ říká Pavel Dvořák z Dolní Lhoty.")
     + P("„Ráno jsme měli ve sklepě metr vody,“ dodal."),
     [("nikdo nás nevaroval", "Pavel Dvořák"),
      ("měli ve sklepě metr", "Pavel Dvořák")]),
    ("r45-rival", "cs",
     P("„Petr Horák se ničeho nedopustil,“ uvedl jeho obhájce Martin Kučera.")
     + P("Horák je stíhán na svobodě."),
     [("se ničeho nedopustil", "Martin Kučera")]),
    ("r45-none", "cs",
     P("Na transparentech stálo „Zachraňte naše nádraží“.")
     + P("„Vlak tu jezdí sto let,“ povzdechla si jedna z demonstrantek."),
     [("Zachraňte naše nádraží", None),
      ("Vlak tu jezdí sto", None)]),
    # ---------------------------------------------------------------- Hungarian
    ("r45-after", "hu",
     P("„Még soha nem láttunk ilyen áradást” – mondta Kovács Ildikó, a falu polgármestere.")
     + P("„A gát most kitart, de holnap újra emelkedik a víz” – tette hozzá."),
     [("soha nem láttunk ilyen", "Kovács Ildikó"),
      ("holnap újra emelkedik a", "Kovács Ildikó")]),
    ("r45-before", "hu",
     P("Nagy Gábor szerint a gyár bezárása „az egész környéket tönkreteszi”.")
     + P("A szakszervezet egyik vezetője hozzátette: „Nem hagyjuk annyiban.”"),
     [("az egész környéket tönkreteszi", "Nagy Gábor"),
      ("Nem hagyjuk annyiban", None)]),
    ("r45-rival", "hu",
     P("„Szabó Péter semmi rosszat nem tett” – jelentette ki ügyvédje, Tóth Eszter.")
     + P("Szabó Péter édesapja, Szabó József a tárgyalás után csak annyit mondott: „A fiam "
         "ártatlan.”"),
     [("semmi rosszat nem tett", "Tóth Eszter"),
      ("A fiam ártatlan", "Szabó József")]),
    # ---------------------------------------------------------------- Finnish
    ("r45-after", "fi",
     P("”Jää petti aivan rannan tuntumassa”, kertoo Mikko Laaksonen, joka oli paikalla "
       "ensimmäisenä.")
     + P("”Onneksi köysi oli autossa”, hän jatkaa."),
     [("petti aivan rannan tuntumassa", "Mikko Laaksonen"),
      ("köysi oli autossa", "Mikko Laaksonen")]),
    ("r45-before", "fi",
     P("Kaupunginjohtaja Anu Virtasen mukaan uimahalli ”avataan viimeistään syksyllä”.")
     + P("Remontti on kestänyt jo kaksi vuotta. ”Lapset ovat oppineet uimaan järvessä”, sanoo "
         "uimaseuran puheenjohtaja Sari Lehtonen."),
     [("avataan viimeistään syksyllä", "Anu Virtanen"),
      ("oppineet uimaan järvessä", "Sari Lehtonen")]),
    ("r45-rival", "fi",
     P("”Liisa Korhonen ei ole tehnyt mitään väärää”, sanoo hänen asianajajansa Jari Heinonen.")
     + P("Korhosen mukaan kyse on ”täydestä väärinkäsityksestä, joka selviää oikeudessa”."),
     [("ei ole tehnyt mitään", "Jari Heinonen"),
      ("väärinkäsityksestä, joka selviää oikeudessa", "Liisa Korhonen")]),
    ("r45-none", "fi",
     P("Mielenosoittajien kylteissä luki ”Koulu kuuluu kylälle”.")
     + P("”Lapset eivät voi kulkea neljääkymmentä kilometriä”, sanoi eräs äiti."),
     [("Koulu kuuluu kylälle", None),
      ("eivät voi kulkea neljääkymmentä", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r45-after", "sv",
     P("”Det var som att hela sjön flyttade in”, säger Ingrid Holmqvist, 67, som bott vid sjön i "
       "hela sitt liv.")
     + P("”Nu väntar vi bara på försäkringsbolaget”, fortsätter hon."),
     [("hela sjön flyttade in", "Ingrid Holmqvist"),
      ("väntar vi bara på", "Ingrid Holmqvist")]),
    ("r45-rival", "sv",
     P("”Johan Lind har inte gjort något fel”, säger hans advokat Maria Ekström.")
     + P("Lind själv vill inte kommentera, men hans bror Erik Lind säger: ”Han har inte sovit "
         "på en vecka.”"),
     [("inte gjort något fel", "Maria Ekström"),
      ("inte sovit på en", "Erik Lind")]),
    ("r45-org", "sv",
     P("I ett pressmeddelande skriver Länstrafiken Norrvik att bussarna ”ska gå som vanligt från "
       "måndag”.")
     + P("Resenärerna är skeptiska. ”Det sa de förra vintern också”, säger en kvinna vid "
         "hållplatsen."),
     [("gå som vanligt från", "Länstrafiken Norrvik"),
      ("sa de förra vintern", None)]),
    ("r45-none", "sv",
     P("Demonstranterna bar skyltar med texten ”Rädda vår skola nu”.")
     + P("Skolan ska enligt kommunen stängas i juni. ”Beslutet är fattat”, säger "
         "utbildningschefen Göran Falk."),
     [("Rädda vår skola nu", None),
      ("Beslutet är fattat", "Göran Falk")]),
    ("r45-far", "sv",
     P("Kommunalrådet Per-Olof Strand har lett arbetet med det nya badhuset sedan 2021.")
     + P("Bygget har försenats två gånger, först av en konkurs och sedan av en vattenläcka.")
     + P("Nu är taket på plats.")
     + P("”Jag lovar ingenting längre. Jag visar det när det är klart.”"),
     [("Jag lovar ingenting längre", "Per-Olof Strand")]),
    ("r45-mixed", "sv",
     P("Rektorn Anders Berglund kallade beslutet ”nödvändigt men smärtsamt”, medan elevrådets "
       "ordförande Nora Sjöberg talade om ”ett svek mot alla som går här”.")
     + P("Berglund lovade att eleverna ska få ”vara med i varje steg”."),
     [("nödvändigt men smärtsamt", "Anders Berglund"),
      ("ett svek mot alla", "Nora Sjöberg"),
      ("vara med i varje", "Anders Berglund")]),
    # ---------------------------------------------------------------- Norwegian
    ("r45-after", "nb",
     P("«Vi så bare røyk, ingen flammer», sier Kari Nordvik, som bor nærmest brannstedet.")
     + P("«Så kom smellet», forteller hun."),
     [("bare røyk, ingen flammer", "Kari Nordvik"),
      ("Så kom smellet", "Kari Nordvik")]),
    ("r45-rival", "nb",
     P("«Ola Berge har ikke gjort noe galt», sier hans forsvarer, advokat Sigrid Aas.")
     + P("Berge er tiltalt for underslag. Faren, Knut Berge, har stilt seg bak sønnen."),
     [("ikke gjort noe galt", "Sigrid Aas")]),
    ("r45-org", "nb",
     P("Vestvik Energi skriver i en pressemelding at strømmen «skal være tilbake innen kvelden».")
     + P("«Vi har jobbet hele natten», sier driftssjef Tor Eriksen i selskapet."),
     [("være tilbake innen kvelden", "Vestvik Energi"),
      ("jobbet hele natten", "Tor Eriksen")]),
    ("r45-none", "nb",
     P("Boken «Huset ved enden av fjorden» kom ut i fjor og er allerede solgt til ni land.")
     + P("Forfatteren Hilde Bjørkli skrev den på hytta. «Jeg hadde ikke internett, så jeg "
         "måtte skrive», sier hun."),
     [("Huset ved enden av", None),
      ("hadde ikke internett, så", "Hilde Bjørkli")]),
    # ---------------------------------------------------------------- Danish
    ("r45-after", "da",
     P("»Vi har aldrig haft så mange gæster«, siger kroejer Bente Mikkelsen.")
     + P("»Men vi mangler folk i køkkenet«, tilføjer hun."),
     [("aldrig haft så mange", "Bente Mikkelsen"),
      ("mangler folk i køkkenet", "Bente Mikkelsen")]),
    ("r45-rival", "da",
     P("»Lars Holm har ikke gjort noget forkert«, siger hans advokat, Mette Skov.")
     + P("Holms tidligere chef, Jens Winther, vidnede i retten. »Han var altid den sidste, der "
         "gik hjem«, sagde han."),
     [("ikke gjort noget forkert", "Mette Skov"),
      ("altid den sidste, der", "Jens Winther")]),
    ("r45-before", "da",
     P("Ifølge borgmester Søren Dahl skal skolen »åbne igen efter sommerferien«.")
     + P("Forældrene er ikke overbeviste. »Det har vi hørt før«, siger en mor."),
     [("åbne igen efter sommerferien", "Søren Dahl"),
      ("Det har vi hørt", None)]),
    ("r45-none", "da",
     P("På bannerne stod der »Red vores lokale bibliotek«.")
     + P("Filialen lukker efter planen til nytår. »Vi har ikke råd til to filialer«, siger "
         "kulturudvalgets formand, Anne Kjær."),
     [("Red vores lokale bibliotek", None),
      ("ikke råd til to", "Anne Kjær")]),
    # ---------------------------------------------------------------- Greek
    ("r45-after", "el",
     P("«Δεν έχουμε δει ποτέ τέτοια φωτιά», δήλωσε ο δήμαρχος Γιώργος Παπαδάκης.")
     + P("«Όλοι οι κάτοικοι είναι ασφαλείς», πρόσθεσε."),
     [("έχουμε δει ποτέ τέτοια", "Γιώργος Παπαδάκης"),
      ("Όλοι οι κάτοικοι είναι", "Γιώργος Παπαδάκης")]),
    ("r45-before", "el",
     P("Κατά τον υπουργό Νίκο Σταυρόπουλο, το έργο «θα ολοκληρωθεί μέσα στο καλοκαίρι».")
     + P("Οι κάτοικοι παραμένουν επιφυλακτικοί. «Το ίδιο μας έλεγαν και πέρσι», λέει ένας "
         "καταστηματάρχης."),
     [("θα ολοκληρωθεί μέσα στο", "Νίκος Σταυρόπουλος"),
      ("Το ίδιο μας έλεγαν", None)]),
    ("r45-rival", "el",
     P("«Η Μαρία Κωνσταντίνου δεν έκανε τίποτα παράνομο», υποστήριξε ο συνήγορός της, Δημήτρης "
       "Λαμπρόπουλος.")
     + P("Η ίδια η κατηγορούμενη δήλωσε στο δικαστήριο: «Υπέγραφα ό,τι μου έδιναν»."),
     [("δεν έκανε τίποτα παράνομο", "Δημήτρης Λαμπρόπουλος"),
      ("Υπέγραφα ό,τι μου έδιναν", "Μαρία Κωνσταντίνου")]),
    ("r45-none", "el",
     P("Το βιβλίο «Το τελευταίο καράβι για τη Σύρο» κυκλοφόρησε πέρσι.")
     + P("Η συγγραφέας Άννα Ξενάκη λέει ότι το έγραψε «σε έναν χειμώνα, με το παράθυρο "
         "ανοιχτό»."),
     [("Το τελευταίο καράβι για", None),
      ("με το παράθυρο ανοιχτό", "Άννα Ξενάκη")]),
    # ---------------------------------------------------------------- Romanian
    ("r45-after", "ro",
     P("„Apa a venit peste noapte și nu ne-a anunțat nimeni”, a declarat Ion Popescu, locuitor al "
       "satului.")
     + P("„Am pierdut tot ce aveam în curte”, a adăugat bărbatul."),
     [("a venit peste noapte", "Ion Popescu"),
      ("Am pierdut tot ce", "Ion Popescu")]),
    ("r45-rival", "ro",
     P("„Andreea Ionescu nu a încălcat nicio lege”, a spus avocatul ei, Mihai Constantinescu.")
     + P("Ionescu, fost director financiar al primăriei, a declarat în instanță: „Am semnat "
         "doar ce mi s-a cerut.”"),
     [("nu a încălcat nicio", "Mihai Constantinescu"),
      ("Am semnat doar ce", "Andreea Ionescu")]),
    ("r45-before", "ro",
     P("Potrivit primarului Vasile Moldovan, lucrările „vor fi gata până în toamnă”.")
     + P("Localnicii nu sunt convinși. „Asta ni s-a spus și anul trecut”, spune un pensionar."),
     [("vor fi gata până", "Vasile Moldovan"),
      ("ni s-a spus și", None)]),
    ("r45-none", "ro",
     P("Filmul „Ultima iarnă la Dunăre” a câștigat marele premiu al festivalului.")
     + P("Regizoarea Elena Marinescu a spus că a filmat „în cele mai reci zile din ultimii "
         "zece ani”."),
     [("Ultima iarnă la Dunăre", None),
      ("cele mai reci zile", "Elena Marinescu")]),
    # ---------------------------------------------------------------- Chinese
    ("r45-after", "zh",
     P("“我们已经三天没有合眼了。”救援队队长王建国说。")
     + P("他补充说：“只要还有一线希望，我们就不会停下。”"),
     [("三天没有合眼", "王建国"),
      ("只要还有一线希望", "王建国")]),
    ("r45-rival", "zh",
     P("“李晓梅没有做错任何事。”她的律师陈志远在庭审结束后对记者表示。")
     + P("李晓梅的父亲李国强则表示：“女儿这几个月一直睡不好。”"),
     [("没有做错任何事", "陈志远"),
      ("这几个月一直睡不好", "李国强")]),
    ("r45-before", "zh",
     P("据市交通局局长刘海峰介绍，新线路“将在明年春节前通车”。")
     + P("不过，沿线居民对此半信半疑。一位老人说：“去年也是这么说的。”"),
     [("将在明年春节前通车", "刘海峰"),
      ("去年也是这么说的", None)]),
    ("r45-none", "zh",
     P("不少网友把这条老街称为“网红打卡街”。")
     + P("一位不愿透露姓名的商户说：“周末人太多，根本做不了生意。”"),
     [("网红打卡街", None),
      ("根本做不了生意", None)]),
    ("r45-org", "zh",
     P("江北市气象台发布通报称，“今夜至明天将有强降雨”，提醒市民减少外出。")
     + P("市防汛办主任赵丽则提醒：“低洼地区的居民务必提前转移。”"),
     [("今夜至明天将有强降雨", "江北市气象台"),
      ("低洼地区的居民务必提前转移", "赵丽")]),
    ("r45-turns", "zh",
     P("村长林志明表示：「堤防明年一定会加高。」")
     + P("但村民黄美玲并不买账：「这句话我已经听了十年。」"),
     [("堤防明年一定会加高", "林志明"),
      ("这句话我已经听了十年", "黄美玲")]),
    # ---------------------------------------------------------------- Japanese
    ("r45-after", "ja",
     P("「まさか自分の店が浸水するとは思わなかった」と、商店街で菓子店を営む山本結衣さん（45）は話す。")
     + P("「それでも、来週には店を開けたい」と前を向いた。"),
     [("自分の店が浸水する", "山本結衣"),
      ("来週には店を開けたい", "山本結衣")]),
    ("r45-rival", "ja",
     P("「佐藤健一選手は誰よりも練習していた」。恩師の高橋誠監督はそう振り返った。")
     + P("佐藤選手の父・佐藤修さんは「息子は毎朝五時に家を出ていた」と話した。"),
     [("誰よりも練習していた", "高橋誠"),
      ("息子は毎朝五時に家を出ていた", "佐藤修")]),
    ("r45-org", "ja",
     P("北浜市は２日、「避難所を二十か所に増やす」と発表した。")
     + P("市危機管理課の森田亮課長は「高齢者の移動手段を確保したい」と説明した。"),
     [("避難所を二十か所に増やす", "北浜市"),
      ("高齢者の移動手段を確保したい", "森田亮")]),
    ("r45-none", "ja",
     P("駅前には「ようこそ水の町へ」と書かれた看板が立っている。")
     + P("看板を立てた観光協会の会長、石井和子さんは「もっと大きくすればよかった」と笑う。"),
     [("ようこそ水の町へ", None),
      ("もっと大きくすればよかった", "石井和子")]),
    ("r45-none", "ja",
     P("町長の小林隆さんは「橋の架け替えは十年来の課題だ」と述べた。")
     + P("一方、住民の一人は「工事中の迂回路が心配だ」と話した。"),
     [("橋の架け替えは十年来の課題", "小林隆"),
      ("工事中の迂回路が心配", None)]),
    # ---------------------------------------------------------------- Korean
    ("r45-after", "ko",
     P("“이번 겨울은 유난히 길었습니다.” 어민 박정수(61) 씨는 이렇게 말했다.")
     + P("그는 “그래도 봄 멸치는 기대해 볼 만하다”고 덧붙였다."),
     [("이번 겨울은 유난히 길었습니다", "박정수"),
      ("봄 멸치는 기대해 볼", "박정수")]),
    ("r45-rival", "ko",
     P("“김하늘 선수는 잘못한 게 없습니다.” 소속팀 이준호 감독이 기자회견에서 이렇게 밝혔다.")
     + P("김하늘 선수의 어머니 이미숙 씨는 “딸이 밤마다 운다”고 전했다."),
     [("선수는 잘못한 게 없습니다", "이준호"),
      ("딸이 밤마다 운다", "이미숙")]),
    ("r45-before", "ko",
     P("최은영 교육감은 “내년부터 모든 초등학교에 돌봄교실을 열겠다”고 말했다.")
     + P("반면 한 학부모 단체는 “예산 계획이 전혀 없다”며 반발했다."),
     [("모든 초등학교에 돌봄교실을 열겠다", "최은영"),
      ("예산 계획이 전혀 없다", None)]),
    ("r45-none", "ko",
     P("주민들은 “우리 마을을 지켜 주세요”라고 적힌 현수막을 들었다.")
     + P("마을 이장 강대호 씨는 “공장이 들어서면 하천이 오염된다”고 주장했다."),
     [("우리 마을을 지켜 주세요", None),
      ("공장이 들어서면 하천이 오염된다", "강대호")]),
    ("r45-after", "ko",
     P("올해로 40년째 같은 자리에서 국숫집을 하는 정순자(72) 할머니.")
     + P("“손님들이 다 자식 같아서 문을 못 닫아요.”"),
     [("손님들이 다 자식 같아서", "정순자")]),
    # ---------------------------------------------------------------- Arabic
    ("r45-after", "ar",
     P("«لم نتوقع أن يصل الماء إلى الطابق الثاني»، قال خالد العمري، أحد سكان الحي.")
     + P("وأضاف: «فقدنا كل شيء في ليلة واحدة»."),
     [("أن يصل الماء إلى", "خالد العمري"),
      ("فقدنا كل شيء في", "خالد العمري")]),
    ("r45-rival", "ar",
     P("«سارة الحداد لم ترتكب أي خطأ»، بحسب محاميها يوسف النجار.")
     + P("أما الحداد نفسها فقالت للصحفيين: «كنت أنفذ التعليمات فقط»."),
     [("لم ترتكب أي خطأ", "يوسف النجار"),
      ("كنت أنفذ التعليمات فقط", "سارة الحداد")]),
    ("r45-before", "ar",
     P("وقالت وزيرة الصحة، ليلى بن عمر، إن المستشفى الجديد «سيفتح أبوابه في الربيع».")
     + P("لكن جمعية الأطباء المستقلين حذرت من أن المستشفى «يفتقر إلى الكوادر اللازمة»."),
     [("سيفتح أبوابه في الربيع", "ليلى بن عمر"),
      ("يفتقر إلى الكوادر اللازمة", "جمعية الأطباء المستقلين")]),
    ("r45-org", "ar",
     P("وذكرت شركة مياه الساحل في بيان أن «الإمدادات ستعود خلال يومين».")
     + P("وقال أحد السكان: «لم نرَ قطرة ماء منذ ثلاثة أيام»."),
     [("الإمدادات ستعود خلال يومين", "شركة مياه الساحل"),
      ("لم نرَ قطرة ماء", None)]),
    ("r45-none", "ar",
     P("ورفع المتظاهرون لافتات كتب عليها «الخبز حق للجميع».")
     + P("وقال منظم الاحتجاج، عماد الصالح، إن الأسعار «تضاعفت خلال عام واحد»."),
     [("الخبز حق للجميع", None),
      ("تضاعفت خلال عام واحد", "عماد الصالح")]),
    ("r45-turns", "ar",
     P("وفي جلسة المجلس البلدي، دافع رئيس البلدية سامي الخطيب عن المشروع.")
     + P("«هذا الطريق سيخدم ثلاث قرى»، قال الخطيب.")
     + P("لكن العضوة نادية حمدان ردت: «الطريق يمر فوق أراضي المزارعين»."),
     [("هذا الطريق سيخدم ثلاث", "سامي الخطيب"),
      ("يمر فوق أراضي المزارعين", "نادية حمدان")]),
    # ---------------------------------------------------------------- Hebrew
    ("r45-after", "he",
     P('"לא ישנו כל הלילה", אמרה רונית לוי, תושבת השכונה.')
     + P('"המים הגיעו עד החלונות", הוסיפה.'),
     [("לא ישנו כל הלילה", "רונית לוי"),
      ("המים הגיעו עד החלונות", "רונית לוי")]),
    ("r45-rival", "he",
     P('"אבי כהן לא עשה שום דבר רע", אמר עורך דינו, יואב שטרן.')
     + P('אשתו של כהן, דנה כהן, אמרה: "הוא לא יוצא מהבית כבר שבוע".'),
     [("לא עשה שום דבר", "יואב שטרן"),
      ("הוא לא יוצא מהבית", "דנה כהן")]),
    ("r45-before", "he",
     P('לדברי ראשת העירייה, מיכל ברק, הפארק "ייפתח לציבור בקיץ הקרוב".')
     + P('תושבי השכונה פחות אופטימיים. "שמענו את זה גם בשנה שעברה", אמר אחד מהם.'),
     [("ייפתח לציבור בקיץ הקרוב", "מיכל ברק"),
      ("שמענו את זה גם", None)]),
    ("r45-none", "he",
     P('המפגינים נשאו שלטים שעליהם נכתב "הים שייך לכולם".')
     + P('מארגנת ההפגנה, נועה אדלר, אמרה כי החוף "נסגר בפני הציבור בלי שום דיון".'),
     [("הים שייך לכולם", None),
      ("נסגר בפני הציבור בלי", "נועה אדלר")]),
    # ---------------------------------------------------------------- Persian
    ("r45-after", "fa",
     P("«آب در عرض یک ساعت بالا آمد»؛ این را رضا احمدی، کشاورز روستا، می‌گوید.")
     + P("او افزود: «همه محصول امسال از بین رفت»."),
     [("در عرض یک ساعت", "رضا احمدی"),
      ("همه محصول امسال از", "رضا احمدی")]),
    ("r45-rival", "fa",
     P("«مریم کریمی هیچ تخلفی نکرده است»، وکیل او، علی رضایی، به خبرنگاران گفت.")
     + P("کریمی خود در دادگاه گفت: «من فقط دستورها را اجرا می‌کردم»."),
     [("هیچ تخلفی نکرده است", "علی رضایی"),
      ("فقط دستورها را اجرا", "مریم کریمی")]),
    ("r45-before", "fa",
     P("به گفته شهردار، حسین موسوی، پل جدید «تا پایان سال افتتاح می‌شود».")
     + P("اما یکی از رانندگان تاکسی گفت: «این وعده را پارسال هم شنیدیم»."),
     [("تا پایان سال افتتاح", "حسین موسوی"),
      ("این وعده را پارسال", None)]),
    ("r45-none", "fa",
     P("معترضان پلاکاردهایی با شعار «آب حق همه مردم است» در دست داشتند.")
     + P("سارا نوری، یکی از برگزارکنندگان تجمع، گفت: «چاه‌های روستا همه خشک شده‌اند»."),
     [("آب حق همه مردم", None),
      ("روستا همه خشک شده\u200cاند", "سارا نوری")]),
    # ---------------------------------------------------------------- Hindi
    ("r45-after", "hi",
     P("“पानी रात में अचानक बढ़ गया,” गाँव के किसान रमेश यादव ने बताया।")
     + P("उन्होंने कहा, “हमारी पूरी फसल बर्बाद हो गई।”"),
     [("पानी रात में अचानक", "रमेश यादव"),
      ("पूरी फसल बर्बाद हो", "रमेश यादव")]),
    ("r45-rival", "hi",
     P("“सुनीता शर्मा ने कोई गलती नहीं की है,” उनके वकील अजय मेहता ने कहा।")
     + P("सुनीता के पिता राजेश शर्मा ने कहा, “मेरी बेटी को फँसाया गया है।”"),
     [("कोई गलती नहीं की", "अजय मेहता"),
      ("मेरी बेटी को फँसाया", "राजेश शर्मा")]),
    ("r45-before", "hi",
     P("ज़िलाधिकारी प्रिया वर्मा के अनुसार, नया अस्पताल “अगले महीने तक शुरू हो जाएगा”।")
     + P("लेकिन एक स्थानीय डॉक्टर ने कहा, “इमारत तो तैयार है, स्टाफ कहाँ है?”"),
     [("अगले महीने तक शुरू", "प्रिया वर्मा"),
      ("इमारत तो तैयार है", None)]),
    ("r45-none", "hi",
     P("प्रदर्शनकारियों के हाथों में “हमें पानी चाहिए” लिखी तख्तियाँ थीं।")
     + P("आंदोलन की अगुवाई कर रहीं कमला देवी ने कहा, “तीन महीने से नल सूखे पड़े हैं।”"),
     [("हमें पानी चाहिए", None),
      ("तीन महीने से नल", "कमला देवी")]),
    # ---------------------------------------------------------------- Turkish
    ("r45-after", "tr",
     P("“Su bir saatte bir metre yükseldi” diyen balıkçı Mehmet Aksoy, teknesini kurtaramadığını "
       "söyledi.")
     + P("“Otuz yıldır böyle bir şey görmedim” diye ekledi."),
     [("bir saatte bir metre", "Mehmet Aksoy"),
      ("Otuz yıldır böyle bir", "Mehmet Aksoy")]),
    ("r45-rival", "tr",
     P("Avukat Zeynep Karaca, müvekkili Emre Yıldız hakkında “Hiçbir suç işlemedi, bunu "
       "kanıtlayacağız” dedi.")
     + P("Yıldız'ın annesi Fatma Yıldız ise “Oğlum geceleri uyuyamıyor” diye konuştu."),
     [("Hiçbir suç işlemedi, bunu", "Zeynep Karaca"),
      ("Oğlum geceleri uyuyamıyor", "Fatma Yıldız")]),
    ("r45-before", "tr",
     P("Belediye Başkanı Hasan Öztürk'e göre yeni köprü “iki yıl içinde hizmete girecek”.")
     + P("Esnaf ise temkinli. Bir kahveci “Bunu beş yıldır duyuyoruz” dedi."),
     [("iki yıl içinde hizmete", "Hasan Öztürk"),
      ("Bunu beş yıldır duyuyoruz", None)]),
    ("r45-none", "tr",
     P("Eylemciler “Ormanımıza dokunmayın, geleceğimizi satmayın” yazılı pankartlar taşıdı.")
     + P("Eylemi düzenleyen derneğin başkanı Ayhan Çelik, “Bu ağaçlar kesilirse dere kurur” "
         "diye uyardı."),
     [("Ormanımıza dokunmayın, geleceğimizi satmayın", None),
      ("ağaçlar kesilirse dere kurur", "Ayhan Çelik")]),
    ("r45-turns", "tr",
     P("Muhtar Ali Demirtaş ile esnaf temsilcisi Elif Kaya arasında pazar yeri tartışması yaşandı.")
     + P("“Pazar cuma günü kurulacak” dedi Demirtaş.")
     + P("“Cuma günü kimse alışverişe çıkmaz” diye karşılık verdi Kaya."),
     [("Pazar cuma günü kurulacak", "Ali Demirtaş"),
      ("kimse alışverişe çıkmaz", "Elif Kaya")]),
    # ---------------------------------------------------------------- Indonesian
    ("r45-after", "id",
     P("“Airnya naik cepat sekali, kami tidak sempat menyelamatkan apa-apa,” kata Siti Rahmawati, "
       "warga Kampung Baru.")
     + P("Ia menambahkan, “Sekarang kami tidur di masjid.”"),
     [("Airnya naik cepat sekali", "Siti Rahmawati"),
      ("kami tidur di masjid", "Siti Rahmawati")]),
    ("r45-rival", "id",
     P("“Budi Santoso tidak bersalah,” ujar kuasa hukumnya, Andi Pratama, usai sidang.")
     + P("Istri Budi, Rina Santoso, mengatakan suaminya “tidak pernah menyentuh uang itu”."),
     [("Budi Santoso tidak bersalah", "Andi Pratama"),
      ("tidak pernah menyentuh uang", "Rina Santoso")]),
    ("r45-before", "id",
     P("Menurut Kepala Dinas Kesehatan, dr. Wulan Sari, vaksinasi “akan selesai bulan depan”.")
     + P("Namun seorang warga mengeluh, “Antreannya masih panjang sekali.”"),
     [("akan selesai bulan depan", "Wulan Sari"),
      ("Antreannya masih panjang sekali", None)]),
    ("r45-org", "id",
     P("Dalam siaran persnya, PT Kereta Nusantara Timur menyatakan jadwal perjalanan “kembali "
       "normal pekan depan”.")
     + P("Penumpang di Stasiun Lembah Hijau masih kecewa. “Saya sudah menunggu lima jam,” kata "
         "Dewi Anggraini, seorang guru."),
     [("kembali normal pekan depan", "PT Kereta Nusantara Timur"),
      ("sudah menunggu lima jam", "Dewi Anggraini")]),
    # ---------------------------------------------------------------- Vietnamese
    ("r45-after", "vi",
     P("“Nước lên nhanh quá, chúng tôi không kịp chạy,” bà Nguyễn Thị Lan, 58 tuổi, kể lại.")
     + P("Bà nói thêm: “Giờ cả nhà phải ở nhờ nhà hàng xóm.”"),
     [("Nước lên nhanh quá", "Nguyễn Thị Lan"),
      ("cả nhà phải ở nhờ", "Nguyễn Thị Lan")]),
    ("r45-before", "vi",
     P("Theo ông Trần Văn Hùng, Chủ tịch UBND xã, cây cầu “sẽ được sửa xong trước Tết”.")
     + P("Tuy nhiên, nhiều người dân vẫn lo lắng. “Năm nào cũng hứa như vậy,” một người bán "
         "hàng nói."),
     [("sẽ được sửa xong", "Trần Văn Hùng"),
      ("Năm nào cũng hứa", None)]),
    ("r45-rival", "vi",
     P("“Anh Phạm Minh Tuấn không có lỗi gì cả,” luật sư Lê Thu Hà khẳng định.")
     + P("Mẹ của Tuấn, bà Đỗ Thị Mai, cho biết con trai bà “mấy tháng nay không ngủ được”."),
     [("không có lỗi gì", "Lê Thu Hà"),
      ("mấy tháng nay không", "Đỗ Thị Mai")]),
    ("r45-none", "vi",
     P("Người dân giăng biểu ngữ “Hãy trả lại công viên cho chúng tôi”.")
     + P("Ông Vũ Đức Thắng, người khởi xướng cuộc tuần hành, nói: “Công viên là lá phổi của cả "
         "khu phố.”"),
     [("trả lại công viên cho", None),
      ("lá phổi của cả", "Vũ Đức Thắng")]),
    # ---------------------------------------------------------------- longer shapes, several languages
    ("r45-again", "fr",
     P("Le rapport de l’inspectrice Françoise Aubertin qualifie la gestion du port de « chaotique "
       "à tous les étages ».")
     + P("Le document relève que les contrats de dragage ont été « renouvelés sans mise en "
         "concurrence depuis 2011 ».")
     + P("Le directeur du port, Yann Le Goff, conteste. « Nous avons suivi les règles en vigueur », "
         "dit-il.")
     + P("Le rapport recommande enfin « une reprise en main complète par la collectivité »."),
     [("chaotique à tous les étages", "Françoise Aubertin"),
      ("renouvelés sans mise en concurrence", "Françoise Aubertin"),
      ("suivi les règles en vigueur", "Yann Le Goff"),
      ("une reprise en main complète", "Françoise Aubertin")]),
    ("r45-again", "es",
     P("La nutricionista Carmen Ibarra recomienda «tres comidas de verdad y ningún picoteo» a "
       "quienes trabajan de noche.")
     + P("Para el desayuno, aconseja «algo caliente, aunque sea a las cinco de la tarde».")
     + P("¿Y el café? «Solo en la primera mitad del turno»."),
     [("tres comidas de verdad", "Carmen Ibarra"),
      ("algo caliente, aunque sea", "Carmen Ibarra"),
      ("Solo en la primera mitad", "Carmen Ibarra")]),
    ("r45-qa", "it",
     P("Intervista a Giovanna Ruggeri, l’ultima casellante della linea Valle Scura.")
     + P("<b>D. Da quanti anni abita nel casello?</b>")
     + P("<b>R.</b> «Da quarantun anni. Ci sono nata, quasi.»")
     + P("<b>D. E quando chiuderà la linea?</b>")
     + P("<b>R.</b> «Io resto. Il treno se ne va, io no.»"),
     [("Ci sono nata, quasi", "Giovanna Ruggeri"),
      ("Il treno se ne", "Giovanna Ruggeri")]),
    ("r45-far", "pl",
     P("Zofia Kamińska od czterdziestu lat prowadzi jedyną księgarnię w Dębnie.")
     + P("Przetrwała stan wojenny, dwie powodzie i otwarcie supermarketu po drugiej stronie "
         "ulicy.")
     + P("W tym roku właściciel kamienicy podniósł czynsz o połowę.")
     + P("„Książki mnie nie opuściły, to i ja ich nie opuszczę.”"),
     [("Książki mnie nie opuściły", "Zofia Kamińska")]),
    ("r45-cont", "sv",
     P("I sitt tal på torget sa kommunstyrelsens ordförande Lena Åkesson:")
     + P("”Vi har stängt två skolor på fem år.")
     + P("”Jag tänker inte stänga en tredje.”")
     + P("Publiken applåderade länge."),
     [("stängt två skolor på", "Lena Åkesson"),
      ("tänker inte stänga en", "Lena Åkesson")]),
    ("r45-written", "cs",
     P("Ve znaleckém posudku, který pro soud vypracoval psychiatr Karel Brož, se o obžalovaném "
       "Romanu Vackovi píše, že byl „plně příčetný a věděl, co dělá“.")
     + P("Vackova obhájkyně Lenka Šimková označila posudek za „povrchní a sepsaný ve spěchu“."),
     [("plně příčetný a věděl", "Karel Brož"),
      ("povrchní a sepsaný ve", "Lenka Šimková")]),
    ("r45-rival", "ar",
     P("وردًا على سؤال من النائبة هدى منصور عن موعد تسليم المساكن، قال وزير الإسكان فادي الزين: "
       "«سنسلم الدفعة الأولى في الصيف».")
     + P("فعلقت منصور: «هذا الوعد سمعناه قبل عامين»."),
     [("سنسلم الدفعة الأولى في", "فادي الزين"),
      ("هذا الوعد سمعناه قبل", "هدى منصور")]),
    ("r45-far", "hu",
     P("Horváth Mária negyven éve tanít a falu iskolájában.")
     + P("Tavaly az iskola majdnem bezárt: nyolc gyerek maradt az alsó tagozaton.")
     + P("Idén tizennégy elsős iratkozott be.")
     + P("„Nem én csináltam. A szülők jöttek vissza a városból.”"),
     [("A szülők jöttek vissza", "Horváth Mária")]),
]

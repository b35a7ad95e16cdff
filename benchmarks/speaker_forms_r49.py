"""Held-out round 49 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the attributor or earlier rounds). Covers organisations quoted
in "that" clauses and fragments (ministries, unions, police, companies), speakers named only in
an <h2> headline and then called by a descriptor, Japanese, Korean and Chinese testimonial
signatures, Q/A interviews with bold questions, long features where pronouns, roles, "the
former"/"the latter" and possessives carry the speaker, quotes split by a mid attribution,
quotes running across paragraphs, court transcripts, vox pops, forum posts ("X wrote:"),
reviews and testimonials signed below, press releases with an "About" boilerplate,
documentation quoting error messages, and many cases where a reader names nobody (scare quotes,
titles, slogans, signs, unnamed voices, a change of subject).
"""

from __future__ import annotations

P = "<p>{}</p>".format
H2 = "<h2>{}</h2>".format
BQ = "<blockquote>{}</blockquote>".format
POST = '<div class="post">{}</div>'.format

R49_CASES = [
    # ---------------- English ----------------
    ("r49-org", "en",
     P("The Department of Coastal Works said on Tuesday it would “review the case” of the collapsed sea wall at Penmarrow and publish its findings by spring.")
     + P("Residents were not convinced. “They said the same thing in 2019,” said Gwen Tallis, who runs the harbour café."),
     [("review the case", "Department of Coastal Works"), ("said the same thing", "Gwen Tallis")]),
    ("r49-org", "en",
     P("Ashbury Constabulary said a man had been arrested after “a short but dangerous pursuit” through the town centre.")
     + P("A spokeswoman for the force added that officers were “not looking for anyone else at this stage”."),
     [("short but dangerous pursuit", "Ashbury Constabulary"), ("not looking for anyone", "Ashbury Constabulary")]),
    ("r49-head", "en",
     H2("Orla Fennimore: ‘I never planned to coach’")
     + P("She spent eleven seasons as a goalkeeper before a knee injury ended her career at 31.")
     + P("“I never planned to coach. Someone handed me a whistle and I forgot to give it back,” the 36-year-old said, laughing.")
     + P("Her first season in charge of Dunmore Athletic ended with promotion."),
     [("Someone handed me a whistle", "Orla Fennimore")]),
    ("r49-feature", "en",
     P("Marcus Odell has farmed the same forty acres above the Teme valley since his father, Ray Odell, retired in 1998. His daughter, Tess Odell, now does the books.")
     + P("“Dad thought the hedges were a waste of good ground,” he says. “I think they are the only reason we still have soil.”")
     + P("Tess is blunter. “If the subsidy goes, the hedges stay and the farm goes,” she says.")
     + P("Ray Odell, now 84, watches from the kitchen window. “They both talk too much,” the old man says. “But the boy is right about the hedges.”"),
     [("Dad thought the hedges", "Marcus Odell"), ("the only reason we", "Marcus Odell"),
      ("If the subsidy goes", "Tess Odell"), ("They both talk too", "Ray Odell"),
      ("the boy is right", "Ray Odell")]),
    ("r49-mixed", "en",
     P("“Maria Kovač did nothing wrong,” her lawyer, Tomas Reyes, told reporters outside the court. “She followed the hospital’s own guidance to the letter.”")
     + P("The Kingsmere Hospital Trust said in a statement that it “respects the process” and would not comment further."),
     [("did nothing wrong", "Tomas Reyes"), ("followed the hospital’s own", "Tomas Reyes"),
      ("respects the process", "Kingsmere Hospital Trust")]),
    ("r49-qa", "en",
     P("Dr Aisha Mbeki-Laurent studies how bees find their way home. We asked her about the hot summer.")
     + P("<b>Was it a bad year for bees?</b>")
     + P("“For some species, a terrible one. The heather flowered three weeks early and many colonies simply missed it.”")
     + P("<b>What can gardeners do?</b>")
     + P("“Leave a corner untidy. That sounds trivial, but a pile of stems is a winter home.”"),
     [("For some species, a", "Aisha Mbeki-Laurent"), ("Leave a corner untidy", "Aisha Mbeki-Laurent")]),
    ("r49-none", "en",
     P("The council calls the scheme “active travel”, though many drivers prefer other words for it.")
     + P("Copies of “The Long Road to Wexley”, a local history of the bypass, sold out within a week.")
     + P("A banner on the bridge read “Our streets, our say”."),
     [("active travel", None), ("The Long Road to", None), ("Our streets, our say", None)]),
    ("r49-forum", "en",
     POST("<b>pedalpusher_88</b> wrote:" + BQ("Has anyone fitted the 12-speed cassette to an older frame? Mine keeps skipping on the third cog."))
     + POST("<b>GreaseMonkeyJo</b> replied: “Check the hanger alignment first. Nine times out of ten that is the culprit.”")
     + POST("<b>pedalpusher_88</b>: “Hanger was bent. Fixed in ten minutes, thanks!”"),
     [("fitted the 12-speed cassette", "pedalpusher_88"), ("Check the hanger alignment", "GreaseMonkeyJo"),
      ("Hanger was bent", "pedalpusher_88")]),
    ("r49-review", "en",
     P("<b>What our customers say</b>")
     + BQ("“The boiler was fitted in a day and the engineer left the place cleaner than he found it.”")
     + P("— Maureen H., Stockport")
     + BQ("“Fair price, no upselling, and they answered the phone on a Sunday.”")
     + P("— D. Akintola, Leeds"),
     [("fitted in a day", "Maureen H."), ("Fair price, no upselling", "D. Akintola")]),
    ("r49-press", "en",
     P("HALDEN BAY, March 3 — Brightwater Robotics today announced a partnership with the Halden Bay Port Authority to trial autonomous mooring lines.")
     + P("“Mooring is still one of the most dangerous jobs on any quay,” said Priya Castellanos, CEO of Brightwater Robotics. “We want to take people out of the snap-back zone.”")
     + P("About Brightwater Robotics: Brightwater Robotics designs “machines that work where people should not”. Founded in 2017, it employs 140 people."),
     [("most dangerous jobs on", "Priya Castellanos"), ("out of the snap-back", "Priya Castellanos"),
      ("machines that work where", None)]),
    ("r49-docs", "en",
     P("If the install stops with “permission denied while writing cache”, run the command again with the --user flag.")
     + P("The specification says a client “MUST ignore unknown fields”, so older readers will not break."),
     [("permission denied while writing", None), ("MUST ignore unknown fields", None)]),
    ("r49-court", "en",
     P("The second day of the inquest heard from the ferry’s mate, Alun Pryce.")
     + P("Coroner: “Did you see the bow door close?”")
     + P("Pryce: “I saw the light go green. I did not see the door.”")
     + P("Asked by counsel for the families, Helen Okafor, whether he had raised concerns before, the witness replied: “Twice, in writing.”"),
     [("Did you see the", None), ("I saw the light", "Alun Pryce"), ("Twice, in writing", "Alun Pryce")]),
    ("r49-vox", "en",
     P("We asked shoppers on Carver Street what they thought of the new market hall.")
     + "<ul><li>“Too dear for a pensioner,” said Edna Rourke, 77.</li>"
     + "<li>“Best coffee in town, finally,” said Sam Whitcombe, a student.</li>"
     + "<li>One trader, who did not want to be named: “Rents went up forty percent.”</li></ul>",
     [("Too dear for a", "Edna Rourke"), ("Best coffee in town", "Sam Whitcombe"), ("Rents went up forty", None)]),
    ("r49-far", "en",
     P("Inspector Colm Daley has led the search for the missing climber since Friday.")
     + P("Teams from three counties have joined, and a helicopter flew over the ridge at first light.")
     + P("The weather is expected to close in again on Thursday.")
     + P("“We are not giving up. Not today, not tomorrow,” he said."),
     [("We are not giving", "Colm Daley")]),
    ("r49-written", "en",
     P("In a letter to the parish dated 14 June 1871, the rector, the Reverend Josiah Marl, complained of the “deplorable state of the churchyard wall”.")
     + P("The churchwarden’s reply, preserved in the same archive, is shorter: “The wall stands. The money does not.” It is signed Edwin Cole."),
     [("deplorable state of the", "Josiah Marl"), ("The wall stands", "Edwin Cole")]),
    ("r49-mixed", "en",
     P("Asked by Ana Lind whether the club would sell its captain, chairman Jon Berg replied: “Nobody is for sale, and that includes me.”")
     + P("Lind later wrote that the answer was “the most honest thing he has said all year”."),
     [("Nobody is for sale", "Jon Berg"), ("the most honest thing", "Ana Lind")]),
    ("r49-after", "en",
     P("“It’s a relief, honestly,” said the striker, Kwame Asante-Boyd, after his first goal in fourteen matches.")
     + P("“He has worked for that,” his manager, Fiona Gallagher, said. “Strikers need a goal like that to breathe again.”"),
     [("It’s a relief, honestly", "Kwame Asante-Boyd"), ("He has worked for", "Fiona Gallagher"),
      ("Strikers need a goal", "Fiona Gallagher")]),
    ("r49-feature", "en",
     P("Two chefs share the kitchen at the Salt House: Ines Haverkamp, who trained in Lyon, and Bertie Nwosu, who learned from his grandmother.")
     + P("“Butter is a language,” the former says. The latter rolls his eyes. “Butter is a crutch.”")
     + P("The menu changes weekly, and neither will say who wins the arguments."),
     [("Butter is a language", "Ines Haverkamp"), ("Butter is a crutch", "Bertie Nwosu")]),
    ("r49-turns", "en",
     P("“We tried,” said Rosa Llewellyn, the lock-keeper, “but the river won.”")
     + P("Her neighbour, Dai Morgan, was less philosophical. “The river didn’t win. The agency lost,” he said.")
     + P("“Dai has never forgiven them,” she said."),
     [("We tried", "Rosa Llewellyn"), ("but the river won", "Rosa Llewellyn"),
      ("The agency lost", "Dai Morgan"), ("Dai has never forgiven", "Rosa Llewellyn")]),
    ("r49-continue", "en",
     P("Olwen Price, 91, remembers the flood of 1947 as if it were last week.")
     + P("“The water came under the door first. My mother put the Bible on the top shelf and the baby in the pram.")
     + P("“By the morning the pram was floating and we were all upstairs singing hymns.”"),
     [("The water came under", "Olwen Price"), ("the pram was floating", "Olwen Price")]),

    # ---------------- German ----------------
    ("r49-org", "de",
     P("Das Landesumweltministerium teilte mit, man werde den Fall „umfassend prüfen“ und bis Ende des Monats über weitere Schritte entscheiden.")
     + P("Die Gewerkschaft Bau-Nord sprach dagegen von einem „Versagen mit Ansage“."),
     [("umfassend prüfen", "Landesumweltministerium"), ("Versagen mit Ansage", "Gewerkschaft Bau-Nord")]),
    ("r49-head", "de",
     H2("Jannik Oberhauser: „Ich bin kein Held“")
     + P("Der Lokführer hatte den Zug kurz vor dem umgestürzten Baum zum Stehen gebracht.")
     + P("„Ich bin kein Held, ich habe einfach gebremst“, sagt der 52-Jährige. Seine Frau habe geweint, als sie davon hörte."),
     [("Ich bin kein Held, ich", "Jannik Oberhauser")]),
    ("r49-feature", "de",
     P("Gertrud Hessling führt die Bäckerei in Unterbrunn in vierter Generation. Ihr Sohn Lukas Hessling soll sie übernehmen, ihre Tochter Mia Hessling studiert in Leipzig.")
     + P("„Um drei Uhr aufstehen, das muss man wollen“, sagt die Mutter.")
     + P("Der Sohn nickt. „Ich will es ja. Nur nicht jeden Tag.“")
     + P("Die Tochter sieht das gelassener: „Einer muss die Brötchen ja essen.“"),
     [("Um drei Uhr aufstehen", "Gertrud Hessling"), ("Nur nicht jeden Tag", "Lukas Hessling"),
      ("Einer muss die Brötchen", "Mia Hessling")]),
    ("r49-qa", "de",
     P("Prof. Dr. Hanna Wirth-Lohmann forscht an der Universität Kellburg zu Hitzeinseln.")
     + P("<b>Frau Wirth-Lohmann, wie heiß wird es in unseren Innenstädten?</b>")
     + P("„An manchen Nachmittagen zehn Grad heißer als im Umland. Das ist keine Prognose, das messen wir.“")
     + P("<b>Was hilft?</b>")
     + P("„Bäume. Und zwar große, alte Bäume, nicht Setzlinge in Kübeln.“"),
     [("zehn Grad heißer als", "Hanna Wirth-Lohmann"), ("große, alte Bäume", "Hanna Wirth-Lohmann")]),
    ("r49-mixed", "de",
     P("„Herr Brandt hat sich nichts vorzuwerfen“, sagte sein Anwalt Kemal Yıldırım. Die Staatsanwaltschaft Kellburg sieht das anders: Sie spricht von „gezielter Täuschung“.")
     + P("Ein Zeuge, der anonym bleiben wollte, sagte: „Alle wussten Bescheid.“"),
     [("hat sich nichts vorzuwerfen", "Kemal Yıldırım"), ("gezielter Täuschung", "Staatsanwaltschaft Kellburg"),
      ("Alle wussten Bescheid", None)]),
    ("r49-none", "de",
     P("Das sogenannte „Heizungsgesetz“ beschäftigt die Gemüter weiter. Im Kino läuft derweil „Die Stille nach dem Sturm“.")
     + P("Auf Plakaten in der Fußgängerzone steht: „Mieten runter, Löhne rauf“."),
     [("Heizungsgesetz", None), ("Die Stille nach dem", None), ("Mieten runter, Löhne rauf", None)]),
    ("r49-forum", "de",
     POST("<b>Schrauber_Klaus</b> schrieb:" + BQ("Mein Rasenmäher springt nach dem Winter nicht mehr an. Zündkerze ist neu."))
     + POST("<b>gartenfee71</b>: „Vergaser reinigen. Das alte Benzin verharzt über den Winter.“")
     + POST("<b>Schrauber_Klaus</b>: „Hat geklappt, danke euch!“"),
     [("springt nach dem Winter", "Schrauber_Klaus"), ("Das alte Benzin verharzt", "gartenfee71"),
      ("Hat geklappt, danke euch", "Schrauber_Klaus")]),
    ("r49-review", "de",
     BQ("„Schnelle Lieferung, die Matratze riecht nicht und liegt sich wie im Hotel.“")
     + P("— Sabine K., Bielefeld")
     + BQ("„Der Kundendienst hat mich dreimal zurückgerufen. Das habe ich noch nie erlebt.“")
     + P("— Herbert M., Passau"),
     [("liegt sich wie im", "Sabine K."), ("dreimal zurückgerufen", "Herbert M.")]),
    ("r49-court", "de",
     P("Im Prozess gegen den früheren Bürgermeister Volker Sendlinger sagte am Mittwoch seine ehemalige Sekretärin aus.")
     + P("Die Vorsitzende Richterin Dagmar Quast fragte, wer die Rechnungen abgezeichnet habe. „Immer er selbst“, antwortete die Zeugin, Renate Föhr.")
     + P("Sendlinger schüttelte den Kopf. „Das ist schlicht falsch“, rief er dazwischen."),
     [("Immer er selbst", "Renate Föhr"), ("Das ist schlicht falsch", "Volker Sendlinger")]),
    ("r49-after", "de",
     P("„Wir haben das Spiel in der ersten Halbzeit verloren“, sagte Trainer Matthias van der Berg nach dem 0:3 gegen Hollstedt.")
     + P("„Das tut weh“, gab Kapitän Ole Brinkhaus zu, „aber wir stehen wieder auf.“"),
     [("in der ersten Halbzeit", "Matthias van der Berg"), ("Das tut weh", "Ole Brinkhaus"),
      ("aber wir stehen wieder", "Ole Brinkhaus")]),
    ("r49-far", "de",
     P("Seit 28 Jahren leitet Ursula Demirci den Kinderchor von St. Aegidien.")
     + P("Angefangen hat alles mit sechs Kindern in einem ungeheizten Pfarrsaal. Heute singen mehr als achtzig mit.")
     + P("Am Sonntag gibt der Chor sein Abschiedskonzert für sie.")
     + P("„Ich gehe nicht, ich höre nur auf zu dirigieren“, sagt sie."),
     [("Ich gehe nicht, ich", "Ursula Demirci")]),
    ("r49-press", "de",
     P("MÜNSTERHAUSEN, 12. Mai – Die Kessler Wärmetechnik GmbH eröffnet ein neues Werk für Wärmepumpen.")
     + P("„Mit dem Standort sichern wir 300 Arbeitsplätze in der Region“, sagte Dr. Felix Ammann, Geschäftsführer der Kessler Wärmetechnik GmbH.")
     + P("Über Kessler Wärmetechnik: Das Familienunternehmen steht seit 1952 für „Wärme, die bleibt“."),
     [("sichern wir 300 Arbeitsplätze", "Felix Ammann"), ("Wärme, die bleibt", None)]),
    ("r49-written", "de",
     P("Auf dem Schild am Eingang des Stadtparks steht seit Jahren: „Hunde bitte an die Leine“.")
     + P("In einem Brief an die Stadtverwaltung schrieb die Anwohnerin Irmgard Pohl, das Schild sei „reine Dekoration“."),
     [("Hunde bitte an die", None), ("reine Dekoration", "Irmgard Pohl")]),

    # ---------------- French ----------------
    ("r49-org", "fr",
     P("Le ministère de la Transition rurale a assuré qu’il allait « réexaminer le dossier » de la ligne Vernoux-Saint-Aulde avant l’été.")
     + P("Le syndicat Sud-Rail Cévennes dénonce « un enterrement de première classe »."),
     [("réexaminer le dossier", "ministère de la Transition rurale"), ("un enterrement de première", "Sud-Rail Cévennes")]),
    ("r49-head", "fr",
     H2("Maëlle Fournier-Diallo : « La vigne ne ment pas »")
     + P("Après quinze ans dans la finance, elle a repris le domaine familial près de Saint-Aulde.")
     + P("« La vigne ne ment pas. Un tableur, si », sourit la quadragénaire."),
     [("Un tableur, si", "Maëlle Fournier-Diallo")]),
    ("r49-feature", "fr",
     P("Jean-Baptiste Leroux et son fils Adrien Leroux tiennent la quincaillerie de la place du Marché depuis 1987.")
     + P("« Ici, on vend une vis à l’unité », explique le père. « Chez les grandes surfaces, c’est par cent. »")
     + P("Le fils, lui, rêve d’un site internet. « Papa dit que c’est une mode. Ça fait vingt ans que c’est une mode. »"),
     [("on vend une vis", "Jean-Baptiste Leroux"), ("c’est par cent", "Jean-Baptiste Leroux"),
      ("Papa dit que c’est", "Adrien Leroux")]),
    ("r49-qa", "fr",
     P("Entretien avec Clémence Abadie, directrice du festival Les Nuits de Brenne.")
     + P("<b>— Pourquoi un festival sans têtes d’affiche ?</b>")
     + P("« Parce que le public vient pour le lieu, pas pour un nom. Nous l’avons vérifié trois années de suite. »")
     + P("<b>— Et le budget ?</b>")
     + P("« Serré. Mais serré, ce n’est pas à sec. »"),
     [("le public vient pour", "Clémence Abadie"), ("ce n’est pas à", "Clémence Abadie")]),
    ("r49-none", "fr",
     P("Le film « Les Enfants du canal » sort mercredi. Sur la banderole des manifestants, on lisait « Pas touche à nos écoles ».")
     + P("Un habitant, qui préfère rester anonyme, résume : « On nous prend pour des idiots. »"),
     [("Les Enfants du canal", None), ("Pas touche à nos", None), ("On nous prend pour", None)]),
    ("r49-forum", "fr",
     POST("<b>Citronnelle</b> a écrit :" + BQ("Quelqu’un a déjà fait rempoter un olivier de dix ans ? Le mien fait la tête."))
     + POST("<b>jardinier_du_dimanche</b> : « Attends l’automne et ne coupe surtout pas les racines principales. »"),
     [("rempoter un olivier de", "Citronnelle"), ("ne coupe surtout pas", "jardinier_du_dimanche")]),
    ("r49-review", "fr",
     BQ("« Chambre impeccable, petit-déjeuner copieux, et un accueil d’une gentillesse rare. »")
     + P("— Maria K., Lyon")
     + BQ("« Un peu bruyant côté rue, mais on reviendra. »")
     + P("— Famille Berthier, Nantes"),
     [("petit-déjeuner copieux", "Maria K."), ("Un peu bruyant côté rue", "Famille Berthier")]),

    # ---------------- Spanish ----------------
    ("r49-org", "es",
     P("La Consejería de Sanidad de Valdemora aseguró que «revisará cada caso» de los pacientes afectados por el retraso de las pruebas.")
     + P("El sindicato Enfermería Unida calificó la respuesta de «tardía e insuficiente»."),
     [("revisará cada caso", "Consejería de Sanidad de Valdemora"), ("tardía e insuficiente", "Enfermería Unida")]),
    ("r49-feature", "es",
     P("Lucía Barragán Ortiz, pescadora de 58 años, y su sobrino Iker Barragán salen cada madrugada desde el puerto de Cala Morena.")
     + P("«El mar ya no es el de antes», dice ella. «Antes volvíamos con cajas; ahora, con bolsas.»")
     + P("El joven no está de acuerdo. «El mar es el mismo. Somos nosotros los que hemos pescado demasiado», replica."),
     [("El mar ya no", "Lucía Barragán Ortiz"), ("ahora, con bolsas", "Lucía Barragán Ortiz"),
      ("Somos nosotros los que", "Iker Barragán")]),
    ("r49-head", "es",
     H2("El Flaco Medina: «Todavía me quedan goles»")
     + P("A sus 37 años, el delantero ha firmado por otra temporada con el Deportivo Alcaraz.")
     + P("«Todavía me quedan goles en estas piernas», dijo el veterano en su presentación."),
     [("Todavía me quedan goles en", "El Flaco Medina")]),
    ("r49-mixed", "es",
     P("«Ramón Olivares no robó nada», afirmó su abogada, Carmen Villalobos, quien añadió que la acusación «no tiene ni una sola prueba».")
     + P("Según la Fiscalía Provincial, sin embargo, hay «indicios sólidos»."),
     [("no robó nada", "Carmen Villalobos"), ("no tiene ni una", "Carmen Villalobos"),
      ("indicios sólidos", "Fiscalía Provincial")]),
    ("r49-vox", "es",
     P("Preguntamos en el mercado de San Telmo qué opinan del nuevo horario.")
     + "<ul><li>«Me parece perfecto», Rocío Gil, 34 años, frutera.</li>"
     + "<li>«Un desastre para los mayores», Anselmo Prieto, jubilado.</li>"
     + "<li>«Ni me había enterado», una clienta con prisa.</li></ul>",
     [("Me parece perfecto", "Rocío Gil"), ("Un desastre para los", "Anselmo Prieto"), ("Ni me había enterado", None)]),

    # ---------------- Italian ----------------
    ("r49-org", "it",
     P("La Questura di Valmaggiore ha fatto sapere che le indagini sono «in una fase delicata» e che non saranno diffusi altri dettagli.")
     + P("Il sindacato Fiom-Lario ha annunciato uno sciopero: «Non si muore così sul lavoro», si legge nel comunicato."),
     [("in una fase delicata", "Questura di Valmaggiore"), ("Non si muore così", "Fiom-Lario")]),
    ("r49-feature", "it",
     P("Nel laboratorio di liuteria di via Sant’Orsola lavorano Giovanna De Santis e il suo allievo Pietro Lanfranchi.")
     + P("«Un violino si ascolta prima con le mani», spiega la maestra. «Le orecchie arrivano dopo.»")
     + P("Il ragazzo sorride: «Io ancora ascolto soprattutto con le orecchie.»")
     + P("«Ha talento», aggiunge lei, «ma troppa fretta.»"),
     [("si ascolta prima con", "Giovanna De Santis"), ("Le orecchie arrivano dopo", "Giovanna De Santis"),
      ("Io ancora ascolto soprattutto", "Pietro Lanfranchi"), ("Ha talento", "Giovanna De Santis"),
      ("ma troppa fretta", "Giovanna De Santis")]),
    ("r49-qa", "it",
     P("Intervista a Matteo Boscolo-Rinaldi, allenatore del Chioggia Calcio.")
     + P("<b>Mister, che cosa è mancato oggi?</b>")
     + P("«La cattiveria sotto porta. Abbiamo creato tanto e raccolto niente.»")
     + P("<b>E il rigore non dato?</b>")
     + P("«Non parlo degli arbitri. Mai.»"),
     [("La cattiveria sotto porta", "Matteo Boscolo-Rinaldi"), ("Non parlo degli arbitri", "Matteo Boscolo-Rinaldi")]),
    ("r49-none", "it",
     P("Il cosiddetto «decreto spiagge» divide i Comuni della costa. Intanto nelle librerie arriva «Il sale della laguna».")
     + P("Sul cartello all’ingresso del lido c’è scritto: «Vietato l’accesso ai cani»."),
     [("decreto spiagge", None), ("Il sale della laguna", None), ("Vietato l’accesso ai cani", None)]),

    # ---------------- Portuguese ----------------
    ("r49-org", "pt",
     P("A Câmara Municipal de Vila Serrana informou que vai «rever o processo» de licenciamento do novo hotel.")
     + P("Já a associação ambientalista Terra Viva considera a decisão «um passo tímido»."),
     [("rever o processo", "Câmara Municipal de Vila Serrana"), ("um passo tímido", "Terra Viva")]),
    ("r49-after", "pt",
     P("“Foi o dia mais feliz da minha vida”, disse Joana Figueiredo-Matos, de 29 anos, que conquistou a medalha de prata na maratona.")
     + P("“Ela merece cada segundo deste momento”, afirmou o treinador, Rui Tavares. “Treinou com febre, com chuva, com tudo.”"),
     [("dia mais feliz da", "Joana Figueiredo-Matos"), ("Ela merece cada segundo", "Rui Tavares"),
      ("Treinou com febre, com", "Rui Tavares")]),
    ("r49-review", "pt",
     BQ("“Atendimento rápido e o técnico explicou tudo sem pressa.”")
     + P("— Cláudia R., Campinas")
     + BQ("“Recomendo de olhos fechados.”")
     + P("— Anônimo"),
     [("técnico explicou tudo sem", "Cláudia R."), ("Recomendo de olhos fechados", None)]),
    ("r49-far", "pt",
     P("O pescador Abílio Nunes, de 71 anos, perdeu o barco na tempestade de janeiro.")
     + P("A embarcação estava na família desde 1962. O seguro cobre apenas metade do valor.")
     + P("A comunidade organizou uma vaquinha que já reuniu quatro mil euros.")
     + P("“Não é o dinheiro. É o nome do meu pai pintado na proa”, diz."),
     [("É o nome do", "Abílio Nunes")]),

    # ---------------- Dutch ----------------
    ("r49-org", "nl",
     P("Het ministerie van Waterbeheer laat weten de zaak ‘opnieuw te bekijken’ nadat bewoners van Oosterzande klaagden over wateroverlast.")
     + P("Waterschap Lage Venen spreekt van ‘een uitzonderlijke situatie’."),
     [("opnieuw te bekijken", "ministerie van Waterbeheer"), ("een uitzonderlijke situatie", "Waterschap Lage Venen")]),
    ("r49-role", "nl",
     P("‘We hebben dit zien aankomen,’ zegt Femke van der Heijden-Bos, wethouder van Oosterzande.")
     + P("Dijkgraaf Pieter de Wit is het met haar oneens. ‘Niemand had deze hoeveelheid regen kunnen voorspellen.’"),
     [("We hebben dit zien", "Femke van der Heijden-Bos"), ("Niemand had deze hoeveelheid", "Pieter de Wit")]),
    ("r49-forum", "nl",
     POST("<b>fietsfanaat</b> schreef:" + BQ("Welke regenbroek houdt het echt droog bij windkracht zes?"))
     + POST("<b>Marloes_D</b>: ‘Geen enkele. Accepteer dat je nat wordt en neem droge sokken mee.’"),
     [("Welke regenbroek houdt het", "fietsfanaat"), ("Accepteer dat je nat", "Marloes_D")]),
    ("r49-none", "nl",
     P("Op het spandoek stond ‘Handen af van ons zwembad’. De gemeente noemt het plan een ‘tijdelijke maatregel’.")
     + P("Een voorbijganger mompelt: ‘Tijdelijk, ja ja.’"),
     [("Handen af van ons", None), ("tijdelijke maatregel", None), ("Tijdelijk, ja ja", None)]),

    # ---------------- Polish ----------------
    ("r49-org", "pl",
     P("Ministerstwo Infrastruktury zapowiedziało, że „przeanalizuje sprawę” opóźnień na linii do Zawady.")
     + P("Związek Zawodowy Maszynistów Kolejowych Północ odpowiedział, że to „za mało i za późno”."),
     [("przeanalizuje sprawę", "Ministerstwo Infrastruktury"), ("za mało i za", "Związek Zawodowy Maszynistów Kolejowych Północ")]),
    ("r49-feature", "pl",
     P("Halina Wróblewska-Nowak od trzydziestu lat prowadzi bibliotekę w Starej Woli. Jej wnuczka Zosia przychodzi tu po lekcjach.")
     + P("„Książki nie wymierają. Wymierają ludzie, którzy mają czas je czytać” – mówi bibliotekarka.")
     + P("„Babcia zawsze tak mówi” – śmieje się dziewczynka. „A potem daje mi trzy książki naraz”."),
     [("Książki nie wymierają", "Halina Wróblewska-Nowak"), ("Babcia zawsze tak mówi", "Zosia"),
      ("daje mi trzy książki", "Zosia")]),
    ("r49-after", "pl",
     P("„To była najtrudniejsza decyzja w mojej karierze” – powiedział trener Krzysztof Mazur po odsunięciu kapitana od składu.")
     + P("„Szanuję ją, choć się z nią nie zgadzam” – skomentował sam zainteresowany, Bartosz Lis."),
     [("najtrudniejsza decyzja w mojej", "Krzysztof Mazur"), ("Szanuję ją, choć się", "Bartosz Lis")]),

    # ---------------- Russian ----------------
    ("r49-org", "ru",
     P("В министерстве транспорта Приозёрской области заявили, что «изучат ситуацию» с отменой пригородных поездов.")
     + P("Профсоюз железнодорожников «Северный путь» назвал это заявление «отпиской»."),
     [("изучат ситуацию", "министерство транспорта Приозёрской области"), ("отпиской", "Северный путь")]),
    ("r49-role", "ru",
     P("«Мы не ожидали такого интереса», — признался Daniel Whitmore, британский архитектор, спроектировавший новый мост в Заречье.")
     + P("Глава района Ольга Кузнецова добавила: «Мост строили три года, а очередь на него выстроилась за три часа»."),
     [("Мы не ожидали такого", "Daniel Whitmore"), ("Мост строили три года", "Ольга Кузнецова")]),
    ("r49-feature", "ru",
     P("Виктор Семёнович Пахомов, 82 года, и его внук Артём Пахомов держат пасеку под Верхнекамском.")
     + P("«Пчела не любит суеты», — говорит дед. — «Подошёл резко — получил».")
     + P("Внук кивает: «Я получал раз двадцать. Теперь хожу медленно»."),
     [("Пчела не любит суеты", "Виктор Семёнович Пахомов"), ("Подошёл резко", "Виктор Семёнович Пахомов"),
      ("Я получал раз двадцать", "Артём Пахомов")]),
    ("r49-none", "ru",
     P("Фильм «Тихий берег» выходит в прокат в четверг. На плакате у мэрии было написано: «Верните наш парк».")
     + P("«Да кто нас спрашивает», — махнула рукой прохожая."),
     [("Тихий берег", None), ("Верните наш парк", None), ("Да кто нас спрашивает", None)]),

    # ---------------- Chinese ----------------
    ("r49-org", "zh",
     P("江川市交通运输局表示，将对此事“依法依规处理”，并在十个工作日内公布调查结果。")
     + P("涉事的顺达客运公司在声明中称，公司“深表歉意”，已暂停该司机的工作。"),
     [("依法依规处理", "江川市交通运输局"), ("深表歉意", "顺达客运公司")]),
    ("r49-review", "zh",
     P("<b>用户评价</b>")
     + BQ("“安装师傅很专业，半天就全部弄好了，家里一点灰都没留下。”")
     + P("——上海市 王丽华")
     + BQ("“价格公道，客服回复也快，下次还会再买。”")
     + P("——成都 L.Y."),
     [("安装师傅很专业", "王丽华"), ("价格公道，客服回复也快", "L.Y.")]),
    ("r49-feature", "zh",
     P("陈秀英今年七十六岁，在南浦老街卖了四十年豆腐。她的儿子林志强去年辞掉城里的工作，回来帮忙。")
     + P("“豆腐是急性子，早一分钟晚一分钟都不行。”老人一边点卤一边说。")
     + P("儿子在旁边笑：“我妈这句话，我听了三十年。”")
     + P("“听了三十年，还是学不会。”她回了一句。"),
     [("豆腐是急性子", "陈秀英"), ("我妈这句话", "林志强"), ("还是学不会", "陈秀英")]),
    ("r49-none", "zh",
     P("电影《江边的灯》本周上映。所谓“网红景点”，其实只是一面刷了漆的墙。")
     + P("路边的牌子上写着“禁止钓鱼”。一位不愿透露姓名的居民说：“早就没人管了。”"),
     [("网红景点", None), ("禁止钓鱼", None), ("早就没人管了", None)]),

    # ---------------- Japanese ----------------
    ("r49-review", "ja",
     P("<b>お客様の声</b>")
     + BQ("「注文から二日で届きました。梱包も丁寧で安心しました。」")
     + P("— 東京都・K.T.様")
     + BQ("「母の誕生日に贈りました。とても喜んでくれました。」")
     + P("— 大阪府　佐藤美咲様"),
     [("梱包も丁寧で安心しました", "K.T."), ("母の誕生日に贈りました", "佐藤美咲")]),
    ("r49-head", "ja",
     H2("棋士・森川遼太郎さん「負けた日こそ盤に向かう」")
     + P("史上最年少でタイトルを獲得してから一年。")
     + P("「負けた日こそ盤に向かう。勝った日は何も学ばないから」と、二十歳の若き棋士は語る。"),
     [("勝った日は何も学ばない", "森川遼太郎")]),
    ("r49-org", "ja",
     P("北浜市教育委員会は、いじめの有無について「第三者委員会で調査する」と発表した。")
     + P("一方、保護者の会は「対応が遅すぎる」と批判している。"),
     [("第三者委員会で調査する", "北浜市教育委員会"), ("対応が遅すぎる", "保護者の会")]),
    ("r49-qa", "ja",
     P("パン職人の高橋理恵さんに話を聞いた。")
     + P("<b>――開店のきっかけは。</b>")
     + P("「祖母の台所です。朝、あの匂いで目が覚めるのが好きでした。」")
     + P("<b>――これからの目標は。</b>")
     + P("「町の人が毎日買える値段を守ることですね。」"),
     [("祖母の台所です", "高橋理恵"), ("毎日買える値段を守る", "高橋理恵")]),

    # ---------------- Korean ----------------
    ("r49-review", "ko",
     BQ("“배송이 정말 빨랐고 포장도 꼼꼼했어요. 다음에도 여기서 살게요.”")
     + P("— 서울 김○○ 님")
     + BQ("“아이가 너무 좋아해요. 사이즈도 딱 맞습니다.”")
     + P("— 부산 이지은 씨"),
     [("포장도 꼼꼼했어요", None), ("사이즈도 딱 맞습니다", "이지은")]),
    ("r49-feature", "ko",
     P("해녀 박순자(74) 씨는 열다섯 살에 처음 바다에 들어갔다. 딸 오미경 씨도 3년 전 물질을 시작했다.")
     + P("“바다는 욕심부리는 사람부터 데려가.” 어머니는 딸에게 늘 이렇게 말한다.")
     + P("딸은 웃으며 “엄마 잔소리가 제일 무섭다”고 했다."),
     [("욕심부리는 사람부터 데려가", "박순자"), ("엄마 잔소리가 제일 무섭다", "오미경")]),
    ("r49-org", "ko",
     P("한빛전자는 배터리 발화 논란에 대해 “원인을 철저히 규명하겠다”고 밝혔다.")
     + P("소비자단체 바른소비연대는 “전량 리콜이 먼저”라고 주장했다."),
     [("원인을 철저히 규명하겠다", "한빛전자"), ("전량 리콜이 먼저", "바른소비연대")]),
    ("r49-head", "ko",
     H2("‘괴물 신인’ 정태윤 “올해 목표는 20홈런”")
     + P("데뷔 첫 시즌에 15개의 홈런을 친 그는 벌써 다음 시즌을 바라보고 있다.")
     + P("“올해 목표는 20홈런입니다. 부상 없이 끝까지 뛰고 싶어요.” 스무 살 거포의 말이다."),
     [("부상 없이 끝까지 뛰고", "정태윤")]),

    # ---------------- Arabic ----------------
    ("r49-org", "ar",
     P("قالت وزارة الموارد المائية إنها ستعمل على «مراجعة الملف بالكامل» بعد انقطاع المياه عن أحياء مدينة الرمالة.")
     + P("من جهتها، وصفت نقابة المهندسين الزراعيين القرار بأنه «متأخر جداً»."),
     [("مراجعة الملف بالكامل", "وزارة الموارد المائية"), ("متأخر جداً", "نقابة المهندسين الزراعيين")]),
    ("r49-role", "ar",
     P("قال المهندس الفرنسي Julien Marchetti، الذي صمم الجسر الجديد: «لم نتوقع هذا الإقبال الكبير».")
     + P("وأضاف رئيس البلدية خالد عبد الرحمن الزهراني: «الجسر ملك للناس، وليس للمسؤولين»."),
     [("لم نتوقع هذا الإقبال", "Julien Marchetti"), ("الجسر ملك للناس", "خالد عبد الرحمن الزهراني")]),
    ("r49-feature", "ar",
     P("تدير سلمى الحداد مخبزاً صغيراً في حي الميناء منذ عشرين عاماً، ويساعدها ابنها يوسف الحداد بعد المدرسة.")
     + P("«الخبز لا ينتظر أحداً»، تقول الأم وهي تخرج الأرغفة من الفرن.")
     + P("أما الابن فيقول ضاحكاً: «أنا أنتظره دائماً، لأنني آكل أول رغيف»."),
     [("الخبز لا ينتظر أحداً", "سلمى الحداد"), ("لأنني آكل أول رغيف", "يوسف الحداد")]),
    ("r49-none", "ar",
     P("رفع المحتجون لافتة كتب عليها «لا لإغلاق المستشفى». ويعرض فيلم «ليل المدينة» في دور السينما هذا الأسبوع.")
     + P("وقال أحد السكان، طالباً عدم ذكر اسمه: «لا أحد يسمعنا»."),
     [("لا لإغلاق المستشفى", None), ("ليل المدينة", None), ("لا أحد يسمعنا", None)]),

    # ---------------- Turkish ----------------
    ("r49-org", "tr",
     P("Karadere Valiliği, olayla ilgili “kapsamlı bir inceleme başlatıldığını” açıkladı.")
     + P("Maden-Sen Sendikası ise açıklamayı “göz boyama” olarak nitelendirdi."),
     [("kapsamlı bir inceleme başlatıldığını", "Karadere Valiliği"), ("göz boyama", "Maden-Sen Sendikası")]),
    ("r49-feature", "tr",
     P("Ayşe Karabulut 40 yıldır Yeşilköy’de çömlek yapıyor. Torunu Emre Karabulut ise atölyenin sosyal medyasını yönetiyor.")
     + P("“Çamur sabır ister, telefon sabır bilmez,” diyor büyükanne.")
     + P("Torun gülümsüyor: “Ama siparişleri telefon getiriyor.”")
     + P("“O da doğru,” diye ekliyor yaşlı kadın."),
     [("Çamur sabır ister", "Ayşe Karabulut"), ("siparişleri telefon getiriyor", "Emre Karabulut"),
      ("O da doğru", "Ayşe Karabulut")]),
    ("r49-after", "tr",
     P("“Bu galibiyet taraftarımıza armağan olsun,” dedi teknik direktör Serkan Öztürk maçın ardından.")
     + P("Golü atan Kerem Aydın da “Topa iyi vurdum, gerisi şans,” diye konuştu."),
     [("taraftarımıza armağan olsun", "Serkan Öztürk"), ("Topa iyi vurdum", "Kerem Aydın")]),

    # ---------------- Hebrew ----------------
    ("r49-org", "he",
     P("משרד הבריאות מסר כי הוא ”יבחן את המקרה לעומק” ויפרסם את ממצאיו בתוך חודש.")
     + P("הסתדרות האחיות כינתה את התגובה ”מאוחרת ומאכזבת”."),
     [("יבחן את המקרה לעומק", "משרד הבריאות"), ("מאוחרת ומאכזבת", "הסתדרות האחיות")]),
    ("r49-feature", "he",
     P("רחל בן־דוד, בת 68, מגדלת זיתים במושב גבעת אלון. בנה, עומר בן־דוד, חזר מתל אביב כדי לעזור לה.")
     + P("”העץ הזה ראה יותר מלחמות ממני”, היא אומרת ומצביעה על הזית הזקן.")
     + P("הבן מוסיף: ”ואמא ראתה יותר ממה שהיא מספרת”."),
     [("ראה יותר מלחמות ממני", "רחל בן־דוד"), ("ואמא ראתה יותר ממה", "עומר בן־דוד")]),
    ("r49-none", "he",
     P("על השלט בכניסה לחוף נכתב ”הרחצה אסורה”. הספר ”ימים של מלח” נמכר בעשרות אלפי עותקים.")
     + P("עובר אורח אחד אמר: ”אף אחד לא שואל אותנו”."),
     [("הרחצה אסורה", None), ("ימים של מלח", None), ("אף אחד לא שואל", None)]),

    # ---------------- Persian ----------------
    ("r49-org", "fa",
     P("سازمان هواشناسی استان گفت که وضعیت را «لحظه به لحظه پیگیری می‌کند» و هشدار سطح نارنجی صادر کرد.")
     + P("جمعیت هلال‌احمر شهرستان نیز اعلام کرد «همه تیم‌ها در آماده‌باش هستند»."),
     [("لحظه به لحظه پیگیری", "سازمان هواشناسی استان"), ("همه تیم‌ها در آماده‌باش", "جمعیت هلال‌احمر شهرستان")]),
    ("r49-feature", "fa",
     P("مریم رضایی‌فر سی سال است در بازار قدیم فرش می‌بافد. دخترش نگار رضایی‌فر طراحی نقشه‌ها را بر عهده گرفته است.")
     + P("«هر گره یک نفس است»، مادر می‌گوید.")
     + P("دختر با لبخند می‌گوید: «و من فقط نفس‌ها را می‌شمارم»."),
     [("هر گره یک نفس", "مریم رضایی‌فر"), ("فقط نفس‌ها را می‌شمارم", "نگار رضایی‌فر")]),
    ("r49-none", "fa",
     P("فیلم «شب‌های بندر» این هفته اکران می‌شود. روی تابلوی پارک نوشته شده بود «ورود دوچرخه ممنوع».")
     + P("یک رهگذر گفت: «کسی به فکر ما نیست»."),
     [("شب‌های بندر", None), ("ورود دوچرخه ممنوع", None), ("کسی به فکر ما", None)]),

    # ---------------- Hindi ----------------
    ("r49-org", "hi",
     P("राज्य जल बोर्ड ने कहा कि वह मामले की “पूरी जांच करेगा” और दोषियों पर कार्रवाई होगी।")
     + P("किसान संघर्ष मंच ने इस बयान को “केवल खानापूर्ति” बताया।"),
     [("पूरी जांच करेगा", "राज्य जल बोर्ड"), ("केवल खानापूर्ति", "किसान संघर्ष मंच")]),
    ("r49-feature", "hi",
     P("सावित्री देवी पिछले पैंतीस साल से रामपुर के बाज़ार में चूड़ियाँ बेच रही हैं। उनकी पोती अनन्या वर्मा अब दुकान का हिसाब देखती है।")
     + P("“चूड़ी टूटे तो शगुन नहीं, ग्राहक टूटे तो दुकान नहीं,” दादी कहती हैं।")
     + P("पोती हँसकर जोड़ती है: “दादी की हर बात में एक कहावत होती है।”"),
     [("ग्राहक टूटे तो दुकान", "सावित्री देवी"), ("हर बात में एक कहावत", "अनन्या वर्मा")]),
    ("r49-after", "hi",
     P("“हमने आखिरी ओवर तक हार नहीं मानी,” कप्तान रोहित सहगल ने मैच के बाद कहा।")
     + P("कोच मीनाक्षी राठौर ने कहा, “लड़कों ने दबाव में शानदार खेल दिखाया।”"),
     [("आखिरी ओवर तक हार", "रोहित सहगल"), ("दबाव में शानदार खेल", "मीनाक्षी राठौर")]),

    # ---------------- Indonesian ----------------
    ("r49-org", "id",
     P("Kementerian Kelautan menyatakan akan “meninjau ulang izin” tambak udang di pesisir Teluk Sembilang.")
     + P("Serikat Nelayan Pesisir menyebut langkah itu “terlambat lima tahun”."),
     [("meninjau ulang izin", "Kementerian Kelautan"), ("terlambat lima tahun", "Serikat Nelayan Pesisir")]),
    ("r49-feature", "id",
     P("Sudah tiga puluh tahun Bu Sumarni berjualan gudeg di depan pasar Kotagede Baru. Anaknya, Dimas Prasetyo, kini ikut memasak.")
     + P("“Gudeg itu harus dimasak semalaman, tidak bisa buru-buru,” kata Sumarni.")
     + P("Dimas menimpali, “Ibu selalu bilang begitu kalau saya mau pakai panci presto.”")
     + P("“Karena memang benar,” jawab ibunya sambil tertawa."),
     [("harus dimasak semalaman", "Sumarni"), ("mau pakai panci presto", "Dimas Prasetyo"),
      ("Karena memang benar", "Sumarni")]),
    ("r49-qa", "id",
     P("Kami berbincang dengan Rina Anggraeni, pendiri bank sampah di Kampung Melati.")
     + P("<b>Bagaimana awalnya?</b>")
     + P("“Dari tetangga yang kesal karena selokan mampet. Kesal itu energi yang bagus.”")
     + P("<b>Apa tantangan terbesarnya?</b>")
     + P("“Konsistensi. Semangat di bulan pertama itu mudah.”"),
     [("Kesal itu energi yang", "Rina Anggraeni"), ("Semangat di bulan pertama", "Rina Anggraeni")]),

    # ---------------- Vietnamese ----------------
    ("r49-org", "vi",
     P("Sở Giao thông Vận tải tỉnh Hà Giang Mới cho biết sẽ “xem xét lại toàn bộ hồ sơ” của dự án cầu Bến Lở.")
     + P("Công ty Xây dựng Phúc Thịnh, nhà thầu của dự án, khẳng định đã “làm đúng thiết kế”."),
     [("xem xét lại toàn bộ", "Sở Giao thông Vận tải tỉnh Hà Giang Mới"), ("làm đúng thiết kế", "Công ty Xây dựng Phúc Thịnh")]),
    ("r49-feature", "vi",
     P("Bà Nguyễn Thị Hoa, 70 tuổi, đã bán phở ở góc phố Hàng Lược hơn bốn mươi năm. Con trai bà, anh Trần Văn Minh, bỏ việc văn phòng về phụ mẹ.")
     + P("“Nước dùng phải ninh từ ba giờ sáng,” bà nói.")
     + P("Anh Minh cười: “Mẹ tôi không tin vào đồng hồ hẹn giờ.”"),
     [("Nước dùng phải ninh từ", "Nguyễn Thị Hoa"), ("không tin vào đồng hồ", "Trần Văn Minh")]),
    ("r49-none", "vi",
     P("Bộ phim “Mùa nước nổi” sẽ ra rạp vào tuần sau. Tấm biển ở cổng công viên ghi “Cấm thả diều”.")
     + P("Một người dân giấu tên nói: “Chẳng ai hỏi ý kiến chúng tôi cả.”"),
     [("Mùa nước nổi", None), ("Cấm thả diều", None), ("Chẳng ai hỏi ý kiến", None)]),

    # ---------------- Greek ----------------
    ("r49-org", "el",
     P("Το υπουργείο Ναυτιλίας ανακοίνωσε ότι θα «εξετάσει την υπόθεση» του ναυαγίου ανοιχτά της Καλύμνου Νέας.")
     + P("Η Πανελλήνια Ένωση Ναυτεργατών έκανε λόγο για «εγκληματική αμέλεια»."),
     [("εξετάσει την υπόθεση", "υπουργείο Ναυτιλίας"), ("εγκληματική αμέλεια", "Πανελλήνια Ένωση Ναυτεργατών")]),
    ("r49-role", "el",
     P("«Δεν περιμέναμε τόσο μεγάλη ανταπόκριση», δήλωσε ο Γερμανός αρχαιολόγος Konrad Steinfeld, επικεφαλής της ανασκαφής.")
     + P("Η δήμαρχος Ελένη Παπαδημητρίου πρόσθεσε: «Το εύρημα ανήκει σε όλο το νησί»."),
     [("Δεν περιμέναμε τόσο μεγάλη", "Konrad Steinfeld"), ("Το εύρημα ανήκει σε", "Ελένη Παπαδημητρίου")]),
    ("r49-feature", "el",
     P("Ο Γιώργος Καραγιάννης, 79 ετών, φτιάχνει βάρκες στο ταρσανά του Πέρα Γιαλού. Ο εγγονός του, Νίκος Καραγιάννης, μαθαίνει την τέχνη.")
     + P("«Το ξύλο σού λέει πού θέλει να λυγίσει», λέει ο παππούς.")
     + P("«Σε μένα ακόμα δεν μιλάει», παραδέχεται ο νεαρός."),
     [("Το ξύλο σού λέει", "Γιώργος Καραγιάννης"), ("Σε μένα ακόμα δεν", "Νίκος Καραγιάννης")]),

    # ---------------- Romanian ----------------
    ("r49-org", "ro",
     P("Ministerul Mediului a transmis că va „analiza situația” depozitului de deșeuri de la Valea Seacă.")
     + P("Asociația Aer Curat Bărăgan a numit reacția „o simplă formalitate”."),
     [("analiza situația", "Ministerul Mediului"), ("o simplă formalitate", "Asociația Aer Curat Bărăgan")]),
    ("r49-feature", "ro",
     P("Maria Popescu-Vlad, 81 de ani, țese covoare în satul Sălcioara. Nepoata ei, Ioana Vlad, le vinde pe internet.")
     + P("„Un covor bun durează cât o viață de om”, spune bunica.")
     + P("„Și se vinde în trei zile”, adaugă nepoata, mândră."),
     [("durează cât o viață", "Maria Popescu-Vlad"), ("se vinde în trei", "Ioana Vlad")]),
    ("r49-after", "ro",
     P("„Am jucat cu inima”, a declarat antrenorul Dan Mihăilescu după victoria de la Craiova Nouă.")
     + P("„Golul ăsta e pentru tata”, a spus marcatorul, Andrei Stoica, cu lacrimi în ochi."),
     [("Am jucat cu inima", "Dan Mihăilescu"), ("Golul ăsta e pentru", "Andrei Stoica")]),

    # ---------------- Hungarian ----------------
    ("r49-org", "hu",
     P("A Belügyminisztérium közölte, hogy „alaposan kivizsgálja az ügyet”, és két héten belül tájékoztatást ad.")
     + P("A Független Rendőr Szakszervezet szerint a lépés „elkésett”."),
     [("alaposan kivizsgálja az ügyet", "Belügyminisztérium"), ("elkésett", "Független Rendőr Szakszervezet")]),
    ("r49-feature", "hu",
     P("Kovácsné Szabó Erzsébet negyven éve süt rétest a szentendrei piacon. Unokája, Kovács Bence hétvégente segít neki.")
     + P("„A tésztát nem nyújtani kell, hanem meggyőzni” – mondja a nagymama.")
     + P("„Engem még nem hallgat meg” – nevet az unoka."),
     [("nem nyújtani kell, hanem", "Kovácsné Szabó Erzsébet"), ("Engem még nem hallgat", "Kovács Bence")]),
    ("r49-none", "hu",
     P("A „Csendes part” című filmet csütörtöktől vetítik. A parkban egy tábla hirdeti: „Fűre lépni tilos”.")
     + P("Egy járókelő annyit mondott: „Minket senki sem kérdez.”"),
     [("Csendes part", None), ("Fűre lépni tilos", None), ("Minket senki sem kérdez", None)]),

    # ---------------- Swedish ----------------
    ("r49-org", "sv",
     P("Trafikverket uppger att man ska ”se över ärendet” efter att bron vid Norrvik stängts för tredje gången i år.")
     + P("Även Väg och Bro, som organiserar brobyggarna, kallar beskedet för ”en axelryckning”."),
     [("se över ärendet", "Trafikverket"), ("en axelryckning", "Väg och Bro")]),
    ("r49-feature", "sv",
     P("Britt-Marie Lundqvist, 73, har drivit kiosken vid badplatsen i Ekeby sedan 1981. Hennes barnbarn Elsa Lundqvist jobbar där på somrarna.")
     + P("”Glassen har blivit dyrare, men barnen är desamma”, säger Britt-Marie.")
     + P("Elsa skrattar. ”Farmor säger det varje sommar.”")
     + P("”För att det är sant varje sommar”, svarar farmodern."),
     [("barnen är desamma", "Britt-Marie Lundqvist"), ("Farmor säger det varje", "Elsa Lundqvist"),
      ("sant varje sommar", "Britt-Marie Lundqvist")]),
    ("r49-forum", "sv",
     POST("<b>Sillstrypare</b> skrev:" + BQ("Någon som vet om man får elda på stranden vid Ekeby?"))
     + POST("<b>Kajsa_77</b>: ”Inte efter 1 maj. Kommunen bötfäller på riktigt.”"),
     [("får elda på stranden", "Sillstrypare"), ("Kommunen bötfäller på riktigt", "Kajsa_77")]),

    # ---------------- Norwegian Bokmål ----------------
    ("r49-org", "nb",
     P("Statens vegvesen opplyser at de vil «gå gjennom saken» etter raset ved Lysnes.")
     + P("Fagforbundet Vegarbeiderne kaller svaret «altfor lite, altfor sent»."),
     [("gå gjennom saken", "Statens vegvesen"), ("altfor lite, altfor sent", "Fagforbundet Vegarbeiderne")]),
    ("r49-feature", "nb",
     P("Ingrid Haugland-Berg (64) har drevet gårdsbutikken på Øvre Lien i tjue år. Sønnen Sindre Berg tok over fjøset i fjor.")
     + P("«Kundene kommer for osten, men de blir for praten», sier hun.")
     + P("Sønnen er enig. «Mor kan snakke med hvem som helst om hva som helst.»"),
     [("de blir for praten", "Ingrid Haugland-Berg"), ("Mor kan snakke med", "Sindre Berg")]),
    ("r49-none", "nb",
     P("Filmen «Lys over fjorden» har premiere fredag. På skiltet ved stien står det «Bånd hunden».")
     + P("En turgåer sier: «Ingen følger jo det uansett.»"),
     [("Lys over fjorden", None), ("Bånd hunden", None), ("Ingen følger jo det", None)]),

    # ---------------- Danish ----------------
    ("r49-org", "da",
     P("Region Vestkyst oplyser, at man vil »se nærmere på sagen«, efter at ventetiden på skadestuen i Holmstrup er steget.")
     + P("Dansk Sygeplejeråd Vest kalder svaret »utilstrækkeligt«."),
     [("se nærmere på sagen", "Region Vestkyst"), ("utilstrækkeligt", "Dansk Sygeplejeråd Vest")]),
    ("r49-feature", "da",
     P("Poul Erik Sørensen, 77, har været færgemand på Lilleø i halvtreds år. Hans datter, Mette Sørensen, er ny kaptajn.")
     + P("»Havet er det samme, men bådene bliver større,« siger han.")
     + P("Datteren smiler. »Far har sagt det samme siden jeg var fem.«"),
     [("bådene bliver større", "Poul Erik Sørensen"), ("Far har sagt det", "Mette Sørensen")]),
    ("r49-review", "da",
     BQ("»Hurtig levering og en sofa, der ser præcis ud som på billedet.«")
     + P("— Lone B., Odense")
     + BQ("»Montøren var venlig og grundig.«")
     + P("— Jens Mikkelsen, Aarhus"),
     [("ser præcis ud som", "Lone B."), ("Montøren var venlig og", "Jens Mikkelsen")]),

    # ---------------- Finnish ----------------
    ("r49-org", "fi",
     P("Liikennevirasto kertoo ”selvittävänsä asian perusteellisesti” sen jälkeen, kun Koskelan silta suljettiin.")
     + P("Rakennusliitto Pohjoinen pitää vastausta ”liian vähäisenä”."),
     [("selvittävänsä asian perusteellisesti", "Liikennevirasto"), ("liian vähäisenä", "Rakennusliitto Pohjoinen")]),
    ("r49-feature", "fi",
     P("Aino Mäkelä, 80, on leiponut ruisleipää Kuusijärven torilla vuodesta 1975. Hänen pojanpoikansa Eetu Mäkelä myy leipiä verkossa.")
     + P("”Juuri on vanhempi kuin minä”, mummo sanoo.")
     + P("”Ja paljon kärsivällisempi”, Eetu lisää."),
     [("Juuri on vanhempi kuin", "Aino Mäkelä"), ("paljon kärsivällisempi", "Eetu Mäkelä")]),
    ("r49-none", "fi",
     P("Elokuva ”Hiljainen ranta” saa ensi-iltansa perjantaina. Puiston kyltissä lukee ”Pyöräily kielletty”.")
     + P("Eräs ohikulkija totesi: ”Ei meiltä kukaan kysy.”"),
     [("Hiljainen ranta", None), ("Pyöräily kielletty", None), ("Ei meiltä kukaan kysy", None)]),

    # ---------------- Czech ----------------
    ("r49-org", "cs",
     P("Ministerstvo zemědělství uvedlo, že případ „důkladně prověří“ a výsledky zveřejní do konce měsíce.")
     + P("Odborový svaz Lesy Vysočina označil reakci za „alibistickou“."),
     [("důkladně prověří", "Ministerstvo zemědělství"), ("alibistickou", "Odborový svaz Lesy Vysočina")]),
    ("r49-feature", "cs",
     P("Jaroslava Dvořáková (72) peče koláče v Horní Lhotě už padesát let. Její vnuk Tomáš Dvořák jí pomáhá o víkendech.")
     + P("„Těsto musí odpočívat, stejně jako lidi,“ říká babička.")
     + P("„Babička odpočívá jen tehdy, když odpočívá těsto,“ dodává vnuk."),
     [("Těsto musí odpočívat", "Jaroslava Dvořáková"), ("Babička odpočívá jen tehdy", "Tomáš Dvořák")]),
    ("r49-after", "cs",
     P("„Byl to nejtěžší zápas sezony,“ řekl trenér Petr Novotný po remíze s Kladnem Novým.")
     + P("„Kluci makali do poslední minuty,“ doplnil kapitán Ondřej Šťastný."),
     [("nejtěžší zápas sezony", "Petr Novotný"), ("Kluci makali do poslední", "Ondřej Šťastný")]),

    # ---------------- harder shapes, many languages ----------------
    ("r49-head", "fr",
     H2("Le chef étoilé Karim Belkacem quitte Paris pour un village de 300 habitants")
     + P("Il a fermé son restaurant du Marais en décembre.")
     + P("« Je voulais savoir qui cultive mes carottes », explique le cuisinier de 44 ans."),
     [("qui cultive mes carottes", "Karim Belkacem")]),
    ("r49-mixed", "fr",
     P("Interrogée par la députée Sophie Marchal sur le calendrier, la ministre Hélène Garnier-Roux a répondu : « Les travaux commenceront avant la fin de l’année. »")
     + P("Sophie Marchal a jugé cette promesse « aussi vague que les précédentes »."),
     [("Les travaux commenceront avant", "Hélène Garnier-Roux"), ("aussi vague que les", "Sophie Marchal")]),
    ("r49-court", "es",
     P("En la tercera sesión del juicio declaró el vigilante de seguridad Aurelio Campos.")
     + P("—¿Vio usted entrar al acusado? —preguntó la fiscal, Marta Echeverría.")
     + P("«Lo vi salir, no entrar», respondió el testigo."),
     [("Lo vi salir, no", "Aurelio Campos")]),
    ("r49-continue", "es",
     P("Dolores Arriaga, de 88 años, recuerda la riada de 1957.")
     + P("«El agua entró primero por la puerta de la cuadra. Mi padre subió las gallinas al desván.")
     + P("«Por la noche ya estábamos todos en el tejado, rezando y cantando.»"),
     [("entró primero por la", "Dolores Arriaga"), ("todos en el tejado", "Dolores Arriaga")]),
    ("r49-written", "it",
     P("In una lettera del 1894 al fratello, il pittore Ettore Valsecchi descriveva il lago come «una lastra di piombo che respira».")
     + P("Il fratello, Carlo Valsecchi, rispondeva: «Tu vedi piombo dove io vedo pane»."),
     [("una lastra di piombo", "Ettore Valsecchi"), ("Tu vedi piombo dove", "Carlo Valsecchi")]),
    ("r49-far", "it",
     P("Suor Agnese Torricelli dirige da vent’anni la mensa dei poveri di San Rocco.")
     + P("Ogni giorno si servono trecento pasti. Le verdure arrivano dai mercati generali, il pane da due forni del quartiere.")
     + P("Quest’inverno le richieste sono aumentate del trenta per cento.")
     + P("«Non chiediamo a nessuno da dove viene», dice."),
     [("Non chiediamo a nessuno", "Agnese Torricelli")]),
    ("r49-press", "pt",
     P("LISBOA, 4 de junho – A Marés Energia anunciou hoje a construção de um parque eólico ao largo de Peniche Velha.")
     + P("“Este projeto vai abastecer duzentas mil casas”, afirmou Teresa Quintela, presidente executiva da Marés Energia.")
     + P("Sobre a Marés Energia: fundada em 2011, a empresa tem como lema “energia que vem do mar”."),
     [("abastecer duzentas mil casas", "Teresa Quintela"), ("energia que vem do", None)]),
    ("r49-turns", "nl",
     P("‘Wij hebben nooit toestemming gegeven,’ zegt boer Henk Veenstra over de windmolen naast zijn land.")
     + P("Projectleider Sanne Mulder van Windkracht Noord ziet het anders. ‘Er ligt een getekend contract.’")
     + P("‘Getekend door mijn vader,’ reageert hij. ‘Niet door mij.’"),
     [("nooit toestemming gegeven", "Henk Veenstra"), ("Er ligt een getekend", "Sanne Mulder"),
      ("Getekend door mijn vader", "Henk Veenstra"), ("Niet door mij", "Henk Veenstra")]),
    ("r49-mixed", "pl",
     P("„Pani Wiśniewska nie miała z tym nic wspólnego” – oświadczył jej pełnomocnik, mecenas Adam Górski.")
     + P("Prokuratura Okręgowa w Lesznie Nowym twierdzi jednak, że dysponuje „mocnymi dowodami”."),
     [("nie miała z tym", "Adam Górski"), ("mocnymi dowodami", "Prokuratura Okręgowa w Lesznie Nowym")]),
    ("r49-head", "ru",
     H2("Тренер Игорь Семенко: «Мы играли без страха»")
     + P("Команда из Заречья впервые вышла в финал кубка.")
     + P("«Мы играли без страха, потому что нам нечего было терять», — сказал 48-летний специалист."),
     [("нам нечего было терять", "Игорь Семенко")]),
    ("r49-review", "zh",
     P("<b>学员感言</b>")
     + BQ("“周老师讲课条理清楚，三个月我的口语进步很大。”")
     + P("——北京 赵明轩同学")
     + P("“孩子以前不爱写字，现在每天主动练习。”（杭州 一位家长）"),
     [("三个月我的口语进步", "赵明轩"), ("现在每天主动练习", None)]),
    ("r49-mixed", "zh",
     P("面对记者提问“是否会辞职”，市长何建国回答：“我会把工作做完。”")
     + P("市民代表孙丽在会后表示，这个回答“等于什么也没说”。"),
     [("是否会辞职", None), ("我会把工作做完", "何建国"), ("等于什么也没说", "孙丽")]),
    ("r49-review", "ja",
     P("<b>受講生の声</b>")
     + BQ("「山田先生の説明は分かりやすく、初めてでも安心でした。」")
     + P("（神奈川県・40代女性）")
     + BQ("「仕事帰りでも通えるのが助かります。」")
     + P("（千葉県　鈴木一郎さん）"),
     [("初めてでも安心でした", None), ("仕事帰りでも通える", "鈴木一郎")]),
    ("r49-turns", "ja",
     P("商店街の理事長、田中浩二氏は「シャッター通りとは呼ばせない」と話す。")
     + P("隣で聞いていた妻の田中由美子さんは「口だけは元気なんです」と笑った。")
     + P("「口も大事だ」と理事長は言い返した。"),
     [("シャッター通りとは呼ばせない", "田中浩二"), ("口だけは元気なんです", "田中由美子"), ("口も大事だ", "田中浩二")]),
    ("r49-qa", "ko",
     P("소설가 한서윤 씨를 만났다.")
     + P("<b>―신작의 주인공이 작가 본인과 닮았다는 말이 있다.</b>")
     + P("“닮은 건 고집뿐이에요. 나머지는 전부 거짓말이죠.”")
     + P("<b>―다음 작품은.</b>")
     + P("“바다 이야기를 쓰고 싶어요. 아직 한 줄도 못 썼지만요.”"),
     [("닮은 건 고집뿐이에요", "한서윤"), ("바다 이야기를 쓰고", "한서윤")]),
    ("r49-written", "ar",
     P("كتب الطبيب سامي النجار في رسالة إلى وزير الصحة يصف فيها المستشفى بأنه «مبنى بلا أدوية».")
     + P("وجاء في رد الوزير منير الشامي: «سنرسل الشحنة الأسبوع المقبل»."),
     [("مبنى بلا أدوية", "سامي النجار"), ("سنرسل الشحنة الأسبوع", "منير الشامي")]),
    ("r49-head", "tr",
     H2("Ressam Leyla Ünsal: “Renkler benim dilim”")
     + P("İlk kişisel sergisini 62 yaşında açan sanatçı, yıllarca öğretmenlik yaptı.")
     + P("“Konuşmayı hiç beceremedim, o yüzden boyadım,” diyor deneyimli ressam."),
     [("Konuşmayı hiç beceremedim", "Leyla Ünsal")]),
    ("r49-court", "he",
     P("בדיון בבית המשפט המחוזי העידה אתמול רואת החשבון דנה לוי.")
     + P("השופט אבי כהן שאל אם ידעה על ההעברות. ”לא ידעתי דבר”, השיבה העדה.")
     + P("הנאשם, משה גולן, קרא מספסלו: ”היא ידעה הכול”."),
     [("לא ידעתי דבר", "דנה לוי"), ("היא ידעה הכול", "משה גולן")]),
    ("r49-docs", "de",
     P("Erscheint beim Start die Meldung „Konfigurationsdatei nicht gefunden“, fehlt meist der Pfad in der Umgebungsvariable.")
     + P("Laut Spezifikation „SOLL der Server unbekannte Felder ignorieren“."),
     [("Konfigurationsdatei nicht gefunden", None), ("SOLL der Server unbekannte", None)]),
    ("r49-vox", "sv",
     P("Vi frågade resenärer på stationen i Norrvik vad de tycker om de nya tidtabellerna.")
     + "<ul><li>”Äntligen ett tåg före sju!” – Hanna Sjöberg, 29, sjuksköterska.</li>"
     + "<li>”Jag märker ingen skillnad.” – Göran Ek, 66, pensionär.</li></ul>",
     [("Äntligen ett tåg före", "Hanna Sjöberg"), ("Jag märker ingen skillnad", "Göran Ek")]),
    ("r49-far", "fi",
     P("Kätilö Sirkka Heikkinen jää eläkkeelle 41 vuoden jälkeen.")
     + P("Hän on auttanut maailmaan arviolta neljätuhatta lasta. Osa heistä on jo itse vanhempia.")
     + P("Viimeisenä työpäivänään synnytysosastolla oli kakkukahvit.")
     + P("”Jokainen synnytys on ollut ensimmäinen”, hän sanoo."),
     [("Jokainen synnytys on ollut", "Sirkka Heikkinen")]),
    ("r49-continue", "cs",
     P("Stoletá Anna Procházková si pamatuje příchod elektřiny do vesnice.")
     + P("„Tatínek nevěřil, že se lampa rozsvítí bez sirky. Celý večer seděl a díval se na ni.")
     + P("„Maminka se bála, že shoří stodola, a tak drátky obalila hadrem.“"),
     [("nevěřil, že se lampa", "Anna Procházková"), ("drátky obalila hadrem", "Anna Procházková")]),
    ("r49-mixed", "hu",
     P("„Nagy Pétert igazságtalanul vádolják” – mondta ügyvédje, dr. Tóth Katalin.")
     + P("A Fővárosi Főügyészség szerint viszont „a bizonyítékok egyértelműek”."),
     [("igazságtalanul vádolják", "Tóth Katalin"), ("a bizonyítékok egyértelműek", "Fővárosi Főügyészség")]),
    ("r49-head", "el",
     H2("Μαρίνα Λαζαρίδου: «Η θάλασσα με έμαθε υπομονή»")
     + P("Η κολυμβήτρια διέσχισε τον κόλπο σε έντεκα ώρες.")
     + P("«Στη μέση ήθελα να τα παρατήσω», παραδέχεται η 27χρονη."),
     [("ήθελα να τα παρατήσω", "Μαρίνα Λαζαρίδου")]),
    ("r49-forum", "ro",
     POST("<b>mecanicul_vesel</b> a scris:" + BQ("Mașina face un zgomot ciudat la frânare. Ce poate fi?"))
     + POST("<b>Ileana_G</b>: „Plăcuțe uzate, aproape sigur. Nu amâna.”"),
     [("zgomot ciudat la frânare", "mecanicul_vesel"), ("Plăcuțe uzate, aproape sigur", "Ileana_G")]),
    ("r49-org", "nb",
     P("Politiet i Nordfjell sier at de «ikke utelukker noe» i saken om brannen på Lysnes.")
     + P("Brannvesenet Ytre Sogn opplyser at brannen var «svært kraftig»."),
     [("ikke utelukker noe", "Politiet i Nordfjell"), ("svært kraftig", "Brannvesenet Ytre Sogn")]),
    ("r49-press", "da",
     P("KØBENHAVN, 2. marts – Nordlys Batterier A/S åbner en ny fabrik i Holmstrup.")
     + P("»Vi skaber 200 nye arbejdspladser,« siger Anders Krogh, administrerende direktør i Nordlys Batterier A/S.")
     + P("Om Nordlys Batterier: Virksomheden blev grundlagt i 2014 under mottoet »strøm der holder«."),
     [("Vi skaber 200 nye", "Anders Krogh"), ("strøm der holder", None)]),
    ("r49-turns", "id",
     P("“Kami tidak pernah diajak bicara,” kata Pak Wayan Sudarsana, ketua subak Desa Bongkas.")
     + P("Kepala dinas pengairan, Ratna Kusuma, membantah. “Sosialisasi sudah dua kali.”")
     + P("“Dua kali, di hotel di kota,” balasnya."),
     [("tidak pernah diajak bicara", "Wayan Sudarsana"), ("Sosialisasi sudah dua kali", "Ratna Kusuma"),
      ("di hotel di kota", "Wayan Sudarsana")]),
    ("r49-after", "vi",
     P("“Chúng tôi đã chơi bằng cả trái tim,” huấn luyện viên Lê Quang Hải nói sau trận.")
     + P("Tiền đạo Phạm Đức Anh, người ghi bàn duy nhất, chia sẻ: “Bàn thắng này dành cho mẹ tôi.”"),
     [("chơi bằng cả trái tim", "Lê Quang Hải"), ("Bàn thắng này dành cho", "Phạm Đức Anh")]),
    ("r49-written", "hi",
     P("1922 में लिखे एक पत्र में स्वतंत्रता सेनानी हरिप्रसाद त्रिपाठी ने अपने बेटे से कहा था, “किताबें मत छोड़ना।”")
     + P("गाँव के स्कूल की दीवार पर आज भी लिखा है: “शिक्षा ही शक्ति है।”"),
     [("किताबें मत छोड़ना", "हरिप्रसाद त्रिपाठी"), ("शिक्षा ही शक्ति है", None)]),
    ("r49-qa", "fa",
     P("با دکتر کاوه صمدی، زمین‌شناس، درباره فرونشست زمین گفت‌وگو کردیم.")
     + P("<b>وضعیت چقدر جدی است؟</b>")
     + P("«در برخی دشت‌ها زمین سالی سی سانتی‌متر پایین می‌رود.»")
     + P("<b>راه‌حل چیست؟</b>")
     + P("«کمتر کشیدن آب از چاه‌ها. راه دیگری نیست.»"),
     [("زمین سالی سی سانتی‌متر", "کاوه صمدی"), ("راه دیگری نیست", "کاوه صمدی")]),
]

"""Held-out round 43 of benchmarks/speaker_forms.py: who speaks a quotation, in 25 languages.

Written blind (without reading the extractor, its tests or any earlier round). Covers: speaker after
the quote with inverted verbs, pronouns and role nouns referring back ("the striker", "his father",
"the 63-year-old"); lead-ins with colons, "according to" and inflected names in other cases
(Polish, Czech, Russian, Finnish genitives, Greek accusative); attributions in the middle of a
quote; quotes that continue across paragraphs (opening mark on each, closing mark only on the last,
including the Spanish "»" continuation); interviews with question-and-answer turns where the
unnamed reporter asks; two to four people alternating over four or five paragraphs; speakers named
several paragraphs before; organisations, statements, rulings and press releases; names with
titles, ages, places, hyphens, particles (van der, de la, von, al-/Al) and family-name-first order
(Hungarian); quotes inside parentheses; posts, letters, signs and banners; one Swedish
dash-led quote (no quote marks); a Dutch "'s" apostrophe inside single quotes; and None for scare
quotes, nicknames, titles of books and films, unnamed residents, officials and reporters.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R43_CASES = [
    # ----------------------------------------------------------------- English
    ("r43-far", "en",
     P("Tobias Wrenfield, the county's chief engineer, spent Monday morning under the Alder Lane "
       "bridge with a torch and a notebook.")
     + P("The bridge has been closed to lorries since August, when a routine survey found "
         "corrosion in two of its steel bearings.")
     + P("Residents have complained of forty-minute detours through the village centre.")
     + P("“The cracks are deeper than the survey suggested,” he said afterwards. “I would not put "
         "a loaded bus on it today.”"),
     [("cracks are deeper than", "Tobias Wrenfield"),
      ("not put a loaded bus", "Tobias Wrenfield")]),
    ("r43-turns", "en",
     P("Marisol Vantreight has coached the Wetherly under-16 side for eleven seasons. We met her "
       "at the club's muddy training ground on a Thursday night.")
     + P("“Why stay so long?” I asked.")
     + P("“Because nobody else would take the minibus keys,” she said, laughing. “And because the "
         "kids keep coming back.”")
     + P("Her assistant, Dewi Pardoe, was less sentimental. “She stays because she hates losing,” "
         "he said."),
     [("Why stay so long", None),
      ("nobody else would take", "Marisol Vantreight"),
      ("kids keep coming back", "Marisol Vantreight"),
      ("stays because she hates", "Dewi Pardoe")]),
    ("r43-mixed", "en",
     P("“The problem,” said Dr Elen Ashcombe, a paediatrician at Northgate Infirmary, “is not "
       "money but staff.”")
     + P("The hospital trust disputed that. “We have recruited forty nurses since January,” its "
         "chief executive, Royston Mabey, said, while Ashcombe called the figure “a drop in a very "
         "large bucket”."),
     [("is not money but", "Elen Ashcombe"),
      ("recruited forty nurses since", "Royston Mabey"),
      ("a drop in a", "Elen Ashcombe")]),
    ("r43-after", "en",
     P("Speaking at the inquest, the ferry's former first officer, Callum Brisset, described the "
       "last minutes on the bridge.")
     + P("“The alarm went at ten past four. Nobody on the car deck answered the radio.")
     + P("“By the time I reached the stairwell the water was already at my knees,” he said."),
     [("alarm went at ten", "Callum Brisset"),
      ("water was already at", "Callum Brisset")]),
    ("r43-role", "en",
     P("Kwabena Ofori-Latham scored twice on his return from injury, and his father watched from "
       "the away end.")
     + P("“I told him to stop thinking and just shoot,” said his father, Samuel Ofori-Latham, 61.")
     + P("The striker was more measured. “Two goals is nice, but we still dropped points,” he "
         "said."),
     [("stop thinking and just", "Samuel Ofori-Latham"),
      ("we still dropped points", "Kwabena Ofori-Latham")]),
    ("r43-org", "en",
     P("Harlow Valley Water said in a statement that the boil notice would stay in place until at "
       "least Friday.")
     + P("“Samples taken on Tuesday still show traces of coliform bacteria,” the company said. “We "
         "apologise for the disruption.”")
     + P("A spokesman for the regulator declined to comment on whether fines were likely."),
     [("traces of coliform bacteria", "Harlow Valley Water"),
      ("apologise for the disruption", "Harlow Valley Water")]),
    ("r43-written", "en",
     P("On Sunday evening the councillor, Gwendolyn Marsh-Ebbett, posted on social media: "
       "“Tonight I am resigning from the group. I can no longer defend its silence.”")
     + P("Outside the town hall a hand-painted banner read “Save Our Library”, and a petition "
         "headed “No to closure, not now, not ever” had gathered 3,000 signatures."),
     [("no longer defend its", "Gwendolyn Marsh-Ebbett"),
      ("Save Our Library", None),
      ("not now, not ever", None)]),
    ("r43-none", "en",
     P("Critics have dubbed the scheme the “tram to nowhere”, and a local bookshop has sold out of "
       "Peter Lusk's history “The Lines That Never Ran”.")
     + P("“Honestly, I'd rather walk,” one commuter said at the stop on Kingsway."),
     [("tram to nowhere", None),
      ("Lines That Never Ran", None),
      ("Honestly, I'd rather walk", None)]),
    ("r43-before", "en",
     P("In the words of the site manager, Abimbola Creswick: “Every delay on this job costs us a "
       "day of crane hire, and crane hire is not cheap.”")
     + P("According to Lionel Tarrant of the builders' federation, the whole sector is “running on "
         "fumes”."),
     [("costs us a day", "Abimbola Creswick"),
      ("running on fumes", "Lionel Tarrant")]),
    ("r43-role", "en",
     P("The minister, Fenella Okonjo-Reyes, defended the timetable. (“We did not invent these "
       "deadlines,” she told reporters on Tuesday.)")
     + P("Her opposite number, Arthur Penhaligon, said the plan was “written on the back of an "
         "envelope”."),
     [("did not invent these", "Fenella Okonjo-Reyes"),
      ("written on the back", "Arthur Penhaligon")]),
    ("r43-turns", "en",
     P("The meeting at St Cuthbert's hall lasted three hours. The farmer Owen Trebilcock opened "
       "it by holding up a bag of dead bees.")
     + P("“This is what your spray did to my hives,” he said.")
     + P("Lucia Fernsby, the agronomist hired by the estate, replied that the product had been "
         "used within its licence. “We followed the label to the letter,” she said.")
     + P("“Then the label is wrong,” Trebilcock shot back.")
     + P("The chairwoman, Maud Ellery, called a break. “We are not settling this tonight,” she "
         "said."),
     [("what your spray did", "Owen Trebilcock"),
      ("followed the label to", "Lucia Fernsby"),
      ("Then the label is", "Owen Trebilcock"),
      ("not settling this tonight", "Maud Ellery")]),
    ("r43-written", "en",
     P("In her written judgment, Judge Rosalind Achterberg said the council had “failed entirely "
       "to consider” the needs of disabled tenants.")
     + P("A letter sent to residents in March, signed only “The Management”, had promised repairs "
         "“within a matter of weeks”."),
     [("failed entirely to consider", "Rosalind Achterberg"),
      ("within a matter of weeks", None)]),
    ("r43-after", "en",
     P("Aldous Pemberton-Sykes, the harbour master, has spent thirty years watching boats leave "
       "Polcarrow.")
     + P("“There used to be forty trawlers here. Now there are six,” said the harbour master, "
         "gesturing at the empty quay."),
     [("used to be forty trawlers", "Aldous Pemberton-Sykes")]),
    ("r43-far", "en",
     P("When the Hollinbrook paper mill closed in March, it took 340 jobs with it. Among them were "
       "those of Gareth Pryce-Morgan and his son, Rhys Pryce-Morgan, 29.")
     + P("“I did thirty-one years on the night shift,” Gareth said. “You don't walk away from that "
         "and feel nothing.”")
     + P("His son has already found work at a warehouse in Marlowford. “It pays less, but it "
         "pays,” the younger man said.")
     + P("The union organiser, Bethan Llewellyn-Ash, said the closure had been handled “with all "
         "the tenderness of a bulldozer”."),
     [("thirty-one years on the", "Gareth Pryce-Morgan"),
      ("walk away from that", "Gareth Pryce-Morgan"),
      ("It pays less, but", "Rhys Pryce-Morgan"),
      ("all the tenderness of", "Bethan Llewellyn-Ash")]),
    ("r43-mixed", "en",
     P("The report, written by the Lanyard Housing Trust for Kelsey Borough Council, found that "
       "one in five rented homes in the borough failed basic safety standards.")
     + P("“Nobody reading this,” said the council's housing lead, Priya Ramanathan-Cole, “should "
         "be surprised. We have been warning about it for years.”")
     + P("The landlords' representative, Grant Hollis, disputed the method (“They inspected the "
         "worst streets first,” he said) but accepted some of the findings.")
     + P("The report itself concludes that enforcement has been “patchy, slow and "
         "underfunded”."),
     [("Nobody reading this", "Priya Ramanathan-Cole"),
      ("warning about it for years", "Priya Ramanathan-Cole"),
      ("inspected the worst streets", "Grant Hollis"),
      ("patchy, slow and underfunded", "Lanyard Housing Trust")]),
    # ------------------------------------------------------------------ German
    ("r43-after", "de",
     P("Die Bürgermeisterin von Haselbrunn, Ingeborg Tellkamp-Rieß, hat den Haushalt am Dienstag "
       "gegen heftigen Widerstand durchgesetzt.")
     + P("„Wir können nicht jedes Schwimmbad retten“, sagte sie nach der Sitzung. „Aber wir retten "
         "das in der Altstadt.“"),
     [("können nicht jedes Schwimmbad", "Ingeborg Tellkamp-Rieß"),
      ("retten das in der", "Ingeborg Tellkamp-Rieß")]),
    ("r43-before", "de",
     P("Der Verkehrsexperte Hartmut Quendler sagte unserer Zeitung: „Die Umgehungsstraße löst kein "
       "einziges Problem, sie verlagert es nur.“")
     + P("Das Landesamt für Straßenbau teilte mit, die Arbeiten sollten „frühestens im Herbst“ "
         "beginnen."),
     [("löst kein einziges Problem", "Hartmut Quendler"),
      ("frühestens im Herbst", "Landesamt für Straßenbau")]),
    ("r43-turns", "de",
     P("Elfriede Mannsperger, 84, hat den Hof ihrem Enkel übergeben. Beim Besuch sitzen beide am "
       "Küchentisch.")
     + P("„Hast du Angst vor der Verantwortung?“, fragt sie ihn.")
     + P("„Nein“, sagt Jonas Mannsperger. „Vor dem Papierkram schon.“")
     + P("Die Großmutter lacht. „Das war bei mir genauso, nur ohne Computer.“"),
     [("Hast du Angst vor", "Elfriede Mannsperger"),
      ("Vor dem Papierkram schon", "Jonas Mannsperger"),
      ("war bei mir genauso", "Elfriede Mannsperger")]),
    ("r43-role", "de",
     P("„Der Wald stirbt nicht auf einmal, er stirbt Baum für Baum“, sagt Förster Konstantin von "
       "Hatzfeld-Brenner, 52, aus dem Kreis Lohtal.")
     + P("Seit dem Dürresommer hat sein Revier ein Viertel der Fichten verloren."),
     [("stirbt Baum für Baum", "Konstantin von Hatzfeld-Brenner")]),
    ("r43-org", "de",
     P("Die Gewerkschaft Nahverkehr Süd kündigte für Donnerstag einen ganztägigen Warnstreik an.")
     + P("„Die Geduld unserer Mitglieder ist am Ende“, hieß es in einer Mitteilung der "
         "Gewerkschaft. Ein Sprecher der Verkehrsbetriebe Kellstadt nannte den Streik "
         "„unverhältnismäßig und schädlich“."),
     [("Geduld unserer Mitglieder ist", "Gewerkschaft Nahverkehr Süd"),
      ("unverhältnismäßig und schädlich", "Verkehrsbetriebe Kellstadt")]),
    ("r43-far", "de",
     P("Reinhild Asmussen leitet seit 2009 die Tafel in Nordkamp. Jeden Freitag stehen dort "
       "inzwischen mehr als 200 Menschen an.")
     + P("Die Spenden der Supermärkte sind im vergangenen Jahr um ein Drittel zurückgegangen, die "
         "Zahl der Kunden hat sich verdoppelt.")
     + P("„Früher kamen vor allem Rentner. Heute stehen hier Familien mit zwei Einkommen.")
     + P("„Das hätte ich mir vor zehn Jahren nicht vorstellen können“, sagt die 63-Jährige."),
     [("Heute stehen hier Familien", "Reinhild Asmussen"),
      ("vor zehn Jahren nicht", "Reinhild Asmussen")]),
    ("r43-none", "de",
     P("Das Projekt firmiert im Rathaus intern als „Turmbau zu Babel“, seit ein Gutachten die "
       "Kosten verdreifacht hat.")
     + P("Der Roman „Die Stille nach dem Hochwasser“ hat die Debatte neu entfacht. „Das weiß doch "
         "jeder hier“, sagt eine Anwohnerin, die ihren Namen nicht nennen möchte."),
     [("Turmbau zu Babel", None),
      ("Stille nach dem Hochwasser", None),
      ("weiß doch jeder hier", None)]),
    ("r43-mixed", "de",
     P("Während Trainer Ole Brakemeier von einem „verdienten Punkt auf schwerem Platz“ sprach, war "
       "Kapitän Matthias Üzümcü-Kern bedient: „So dürfen wir uns in der zweiten Halbzeit nicht "
       "präsentieren.“")
     + P("Die Gastgeber hatten bis zur 80. Minute mit 2:0 geführt und am Ende nur 2:2 gespielt."),
     [("verdienten Punkt auf schwerem", "Ole Brakemeier"),
      ("dürfen wir uns in", "Matthias Üzümcü-Kern")]),
    ("r43-written", "de",
     P("Auf einem Schild am Eingang des Freibads steht: „Betreten auf eigene Gefahr“.")
     + P("In einem offenen Brief an den Landrat schreibt der Elternbeirat der Grundschule "
         "Wiesengrund: „Unsere Kinder lernen seit zwei Wintern in Containern.“"),
     [("Betreten auf eigene Gefahr", None),
      ("lernen seit zwei Wintern", "Elternbeirat der Grundschule Wiesengrund")]),
    ("r43-role", "de",
     P("„Die Zahlen“, sagt Prof. Dr. Annegret Wolfshagen vom Klinikum Auenfeld, „sind "
       "schlechter, als wir befürchtet hatten.“")
     + P("Ihr Kollege Bernd Oschatz widerspricht: „Wir sehen eine Welle, keinen Tsunami.“"),
     [("sind schlechter, als wir", "Annegret Wolfshagen"),
      ("eine Welle, keinen Tsunami", "Bernd Oschatz")]),
    ("r43-after", "de",
     P("Vier Jahre lang hat Lukas Detering-Alm für die Partei im Stadtrat gesessen. Nun tritt er "
       "aus.")
     + P("»Ich habe die Partei nicht verlassen, sie hat mich verlassen«, sagt der 38-Jährige. "
         "Seine Frau, Swantje Detering-Alm, unterstützt den Schritt: »Er hat nächtelang "
         "nicht geschlafen.«"),
     [("die Partei nicht verlassen", "Lukas Detering-Alm"),
      ("hat nächtelang nicht geschlafen", "Swantje Detering-Alm")]),
    ("r43-written", "de",
     P("Das Verwaltungsgericht Kellbrück gab der Klage statt. In der Urteilsbegründung heißt es, "
       "die Stadt habe „ihr Ermessen nicht ausgeübt“.")
     + P("Der unterlegene Oberbürgermeister Falk Reinholdt schrieb kurz darauf im Netz: „Wir "
         "werden das Urteil genau prüfen und dann entscheiden.“"),
     [("ihr Ermessen nicht ausgeübt", "Verwaltungsgericht Kellbrück"),
      ("werden das Urteil genau", "Falk Reinholdt")]),
    # ------------------------------------------------------------------ French
    ("r43-after", "fr",
     P("À Saint-Aubrac-les-Pins, la boulangère Odile Varnier-Lasalle a baissé le rideau après "
       "quarante ans.")
     + P("« Le prix de l'électricité a triplé, je ne pouvais plus suivre », confie-t-elle. « Mes "
         "clients, eux, n'ont pas compris tout de suite. »"),
     [("prix de l'électricité a triplé", "Odile Varnier-Lasalle"),
      ("n'ont pas compris tout", "Odile Varnier-Lasalle")]),
    ("r43-before", "fr",
     P("Selon Grégoire Pellenc, délégué syndical aux Fonderies du Lunel, « la direction prépare "
       "la fermeture depuis deux ans ».")
     + P("Les Fonderies du Lunel ont répondu par communiqué : « Aucune décision n'a été prise "
         "concernant le site. »"),
     [("direction prépare la fermeture", "Grégoire Pellenc"),
      ("Aucune décision n'a été", "Fonderies du Lunel")]),
    ("r43-turns", "fr",
     P("Au tribunal, l'avocate de la défense, Me Noémie Achard, s'est tournée vers le témoin, "
       "Firmin Lachaud.")
     + P("« Vous étiez à quelle distance ? » « À peine dix mètres », a répondu le témoin.")
     + P("« Et il faisait nuit ? » a insisté l'avocate. « Oui, mais la rue était éclairée. »"),
     [("Vous étiez à quelle distance", "Noémie Achard"),
      ("À peine dix mètres", "Firmin Lachaud"),
      ("Et il faisait nuit", "Noémie Achard"),
      ("la rue était éclairée", "Firmin Lachaud")]),
    ("r43-none", "fr",
     P("Le texte, surnommé « loi sur les communs numériques », sera examiné en octobre. Ses "
       "opposants parlent déjà d'une « usine à gaz ».")
     + P("« On n'y comprend rien », glisse un fonctionnaire sous couvert d'anonymat."),
     [("loi sur les communs", None),
      ("usine à gaz", None),
      ("On n'y comprend rien", None)]),
    ("r43-turns", "fr",
     P("La réunion publique sur l'éolien en mer a tourné à l'affrontement jeudi soir à "
       "Port-Maël.")
     + P("« Vous allez tuer la pêche côtière », a lancé le patron pêcheur Yannick Le Goaziou en "
         "ouvrant les débats.")
     + P("La cheffe de projet, Solène Marchetti-Duval, a tenté de calmer la salle : « Les câbles "
         "seront enfouis, les zones de pêche resteront ouvertes. »")
     + P("« On nous a dit la même chose pour le port de plaisance », a répliqué le pêcheur. Le "
         "maire, Hervé Quéméneur, a promis « une seconde réunion avant l'été ».")
     ,
     [("Vous allez tuer la", "Yannick Le Goaziou"),
      ("câbles seront enfouis", "Solène Marchetti-Duval"),
      ("même chose pour le port", "Yannick Le Goaziou"),
      ("une seconde réunion avant", "Hervé Quéméneur")]),
    # ----------------------------------------------------------------- Spanish
    ("r43-after", "es",
     P("La alcaldesa de Villanueva del Soto, Remedios Iturralde Quiroga, visitó el martes el "
       "barrio inundado.")
     + P("“No vamos a dejar a nadie atrás”, aseguró la regidora ante los vecinos."),
     [("dejar a nadie atrás", "Remedios Iturralde Quiroga")]),
    ("r43-role", "es",
     P("“Este río ya no es el que conocí de niño”, lamenta Aurelio de la Fuente Barbosa, pescador "
       "de 71 años.")
     + P("Su hija, Candela de la Fuente, es más optimista: “Los peces han vuelto, aunque sean "
         "pocos”."),
     [("ya no es el", "Aurelio de la Fuente Barbosa"),
      ("Los peces han vuelto", "Candela de la Fuente")]),
    ("r43-org", "es",
     P("Según un informe de la Fundación Aguaviva, el acuífero ha perdido «un tercio de su volumen "
       "en una década».")
     + P("El Ministerio de Transición Rural calificó el estudio de «alarmista y poco riguroso»."),
     [("un tercio de su volumen", "Fundación Aguaviva"),
      ("alarmista y poco riguroso", "Ministerio de Transición Rural")]),
    ("r43-turns", "es",
     P("Hablamos con la escaladora Itziar Oyarbide tras su ascenso invernal a la cara norte.")
     + P("“¿Pasó miedo en la arista final?”, le preguntamos. “Miedo no; frío, muchísimo”, "
         "responde Oyarbide. “Dejé de sentir los pies a las tres horas”."),
     [("Pasó miedo en la", None),
      ("Miedo no; frío, muchísimo", "Itziar Oyarbide"),
      ("Dejé de sentir los", "Itziar Oyarbide")]),
    ("r43-none", "es",
     P("Los vecinos llaman al edificio «el Titanic de hormigón» desde que apareció la primera "
       "grieta.")
     + P("“A mí ya no me sorprende nada”, dice una vecina del tercero."),
     [("el Titanic de hormigón", None),
      ("ya no me sorprende", None)]),
    ("r43-far", "es",
     P("Durante cuarenta años, Baltasar Echeverría Solís fue el único médico de los seis pueblos "
       "del valle del Arbejo.")
     + P("Atendía partos, fracturas y gripes, y muchas noches dormía en el coche entre una casa y "
         "otra.")
     + P("«Nunca cobré una visita a quien no podía pagarla.")
     + P("»A cambio me daban huevos, leña o simplemente las gracias, y con eso bastaba», recuerda "
         "el doctor, hoy con 88 años."),
     [("Nunca cobré una visita", "Baltasar Echeverría Solís"),
      ("me daban huevos, leña", "Baltasar Echeverría Solís")]),
    ("r43-mixed", "es",
     P("La consejera de Educación, Maite Urrutia, habló de «un curso razonablemente tranquilo», "
       "pero Ramiro Cuesta, portavoz del sindicato docente, lo tachó de «caótico desde el primer "
       "día».")
     + P("El inicio de las clases estuvo marcado por la falta de profesores en once institutos "
         "de la provincia."),
     [("un curso razonablemente tranquilo", "Maite Urrutia"),
      ("caótico desde el primer", "Ramiro Cuesta")]),
    ("r43-role", "es",
     P("La cooperativa Olivares del Jalón cerró la campaña con la mitad de aceite que el año "
       "pasado.")
     + P("“La sequía”, explica su presidente, Anselmo Baquedano, “nos ha quitado una cosecha "
         "entera”.")
     + P("Los jornaleros también lo notan. Rosario Villalba, de 44 años, ha trabajado solo doce "
         "días (“antes eran cuarenta, como poco”, recuerda).")
     + P("Su marido, Fermín Ortuño, se ha ido unos meses a trabajar al otro lado de la "
         "frontera: “Allí al menos hay vendimia”."),
     [("nos ha quitado una cosecha", "Anselmo Baquedano"),
      ("antes eran cuarenta, como", "Rosario Villalba"),
      ("Allí al menos hay", "Fermín Ortuño")]),
    # ----------------------------------------------------------------- Italian
    ("r43-after", "it",
     P("«Abbiamo lavorato tutta la notte per riaprire la strada», ha detto il sindaco di "
       "Castelbruno, Ettore Manfredonia-Rossi. «Domani si torna a scuola».")
     + P("La frana aveva isolato tre frazioni per due giorni."),
     [("lavorato tutta la notte", "Ettore Manfredonia-Rossi"),
      ("Domani si torna a", "Ettore Manfredonia-Rossi")]),
    ("r43-role", "it",
     P("Il centravanti Nicolò Sbaraglia ha firmato la doppietta che vale la salvezza.")
     + P("«Dedico i gol a mio nonno, che non c'è più», ha spiegato l'attaccante. Il tecnico, "
         "Gualtiero Pennacchi, ha aggiunto: «Questa squadra non molla mai»."),
     [("Dedico i gol a", "Nicolò Sbaraglia"),
      ("Questa squadra non molla", "Gualtiero Pennacchi")]),
    ("r43-written", "it",
     P("Sul cartello appeso alla porta della farmacia si legge «Chiuso per lutto». In un post "
       "pubblicato ieri sera, la titolare Ornella Vaccarezza ha scritto: «Grazie a tutti per "
       "l'affetto».")
     + P("La farmacia di via dei Tigli era aperta dal 1952 ed era l'unica del quartiere."),
     [("Chiuso per lutto", None),
      ("Grazie a tutti per", "Ornella Vaccarezza")]),
    ("r43-mixed", "it",
     P("Secondo la procuratrice Lavinia D'Ambrosio, l'indagine «è soltanto agli inizi», mentre il "
       "difensore, Corrado Bellintani, parla di «un processo mediatico senza prove».")
     + P("L'inchiesta riguarda gli appalti per la manutenzione delle scuole comunali tra il "
         "2019 e il 2023."),
     [("è soltanto agli inizi", "Lavinia D'Ambrosio"),
      ("un processo mediatico senza", "Corrado Bellintani")]),
    ("r43-far", "it",
     P("Giacinta Borromini ha aperto la sua trattoria nel 1978, quando in paese c'erano ancora tre "
       "mulini.")
     + P("Oggi il locale è gestito dai nipoti, ma lei scende ogni mattina a preparare la pasta.")
     + P("«Le mani sanno cose che la testa ha dimenticato», dice sorridendo."),
     [("Le mani sanno cose", "Giacinta Borromini")]),
    ("r43-turns", "it",
     P("Abbiamo incontrato Ludovica Arcangeli, 29 anni, la prima donna a guidare il soccorso "
       "alpino della valle.")
     + P("«Ha mai avuto paura?» «Ogni volta. Chi dice il contrario mente», risponde senza "
         "esitare.")
     + P("«E la sua famiglia?» «Mio padre all'inizio non parlava. Ora mi chiede le foto dei "
         "salvataggi».")
     + P("Suo padre, Ermanno Arcangeli, conferma ridendo: «Sono diventato il suo primo tifoso»."),
     [("Ha mai avuto paura", None),
      ("Chi dice il contrario", "Ludovica Arcangeli"),
      ("E la sua famiglia", None),
      ("Mio padre all'inizio non", "Ludovica Arcangeli"),
      ("diventato il suo primo", "Ermanno Arcangeli")]),
    # -------------------------------------------------------------- Portuguese
    ("r43-after", "pt",
     P("“A água chegou ao telhado em menos de uma hora”, contou Josefa Amaral Tavares, de 58 anos, "
       "moradora do bairro do Limoeiro.")
     + P("A enchente atingiu mais de 400 casas na madrugada de domingo, segundo a Defesa Civil "
         "municipal."),
     [("água chegou ao telhado", "Josefa Amaral Tavares")]),
    ("r43-org", "pt",
     P("Em nota, a Companhia Fluvial do Norte informou que “todas as embarcações foram vistoriadas "
       "dentro do prazo”.")
     + P("O Sindicato dos Marítimos contestou: “As vistorias existem só no papel”."),
     [("todas as embarcações foram", "Companhia Fluvial do Norte"),
      ("vistorias existem só no", "Sindicato dos Marítimos")]),
    ("r43-turns", "pt",
     P("O técnico Valdir Peçanha e o presidente do clube, Anselmo Guerreiro, discutiram à beira do "
       "campo.")
     + P("“Ninguém me avisou da venda do zagueiro”, reclamou o treinador.")
     + P("“Ele sabia desde segunda-feira”, rebateu o dirigente, horas depois."),
     [("Ninguém me avisou da", "Valdir Peçanha"),
      ("Ele sabia desde segunda-feira", "Anselmo Guerreiro")]),
    ("r43-none", "pt",
     P("O filme “O Último Verão em Alvorada” estreia sexta-feira. Na vila, o antigo prefeito é "
       "conhecido até hoje como “o Rei do Asfalto”.")
     + P("As filmagens ocuparam a praça central durante todo o mês de julho do ano passado."),
     [("Último Verão em Alvorada", None),
      ("o Rei do Asfalto", None)]),
    ("r43-before", "pt",
     P("Nas palavras da ministra Iracema Bulhões: “Não haverá aumento de impostos neste "
       "mandato”.")
     + P("A declaração foi feita na terça-feira, durante a apresentação do orçamento para o "
         "próximo ano."),
     [("Não haverá aumento de", "Iracema Bulhões")]),
    ("r43-far", "pt",
     P("A greve dos professores chegou ao vigésimo dia sem acordo à vista.")
     + P("“Não voltamos às salas sem reposição salarial”, afirmou a dirigente sindical Rosângela "
         "Prates.")
     + P("O secretário de Educação, Leopoldo Magalhães Neto, disse que “a proposta do governo é a "
         "possível dentro do orçamento”.")
     + P("Entre os pais, a paciência acaba. “Meu filho está há três semanas sem aula”, disse "
         "Cleide Barbosa, mãe de um aluno do sexto ano."),
     [("Não voltamos às salas", "Rosângela Prates"),
      ("proposta do governo é", "Leopoldo Magalhães Neto"),
      ("está há três semanas", "Cleide Barbosa")]),
    # ------------------------------------------------------------------- Dutch
    ("r43-role", "nl",
     P("‘We hebben drie zomers op rij oogst verloren’, zegt akkerbouwer Gerrit-Jan van der Wiel "
       "(54) uit Lemmerdijk.")
     + P("Het waterschap verbiedt sinds juni het beregenen van akkers met oppervlaktewater."),
     [("drie zomers op rij", "Gerrit-Jan van der Wiel")]),
    ("r43-after", "nl",
     P("De gemeente Haarvoort wil het zwembad sluiten. ‘Dat is een kwestie van geld, niet van "
       "onwil’, aldus wethouder Marieke de Groot-Bosman.")
     + P("Zwemvereniging De Golfslag noemt het besluit ‘een klap in het gezicht van honderden "
         "kinderen’."),
     [("kwestie van geld, niet", "Marieke de Groot-Bosman"),
      ("klap in het gezicht", "Zwemvereniging De Golfslag")]),
    ("r43-turns", "nl",
     P("Tijdens het debat viel Kamerlid Sander Oudenhoven de staatssecretaris direct aan.")
     + P("‘U heeft de boeren drie jaar aan het lijntje gehouden.’")
     + P("Staatssecretaris Noor El Khatib-Verbeek reageerde kalm: ‘Ik heb ze elke maand "
         "gesproken. Dat is iets anders.’"),
     [("boeren drie jaar aan", "Sander Oudenhoven"),
      ("heb ze elke maand", "Noor El Khatib-Verbeek")]),
    ("r43-none", "nl",
     P("Op het spandoek bij de ingang stond ‘Handen af van ons dorpshuis’. Een buurtbewoner zei: "
       "‘Niemand heeft ons iets gevraagd.’")
     + P("Ruim tweehonderd inwoners van Lemmerdijk protesteerden zaterdag tegen de verkoop van "
         "het gebouw."),
     [("Handen af van ons", None),
      ("Niemand heeft ons iets", None)]),
    ("r43-mixed", "nl",
     P("‘Het probleem’, zegt econoom Pieter Huisinga, ‘is dat huurders nergens heen kunnen.’")
     + P("Volgens makelaar Fatima Boukhari is de markt juist ‘aan het afkoelen, maar heel "
         "langzaam’."),
     [("huurders nergens heen kunnen", "Pieter Huisinga"),
      ("aan het afkoelen, maar", "Fatima Boukhari")]),
    ("r43-turns", "nl",
     P("Wethouder Joost Verhoeckx (61) stopt na zestien jaar. We spraken hem op zijn laatste "
       "werkdag in het stadhuis van Haarvoort.")
     + P("‘Wat gaat u het meest missen?’")
     + P("‘De mensen aan de balie. Die hoorden alles eerder dan ik.’")
     + P("‘En wat niet?’ ‘De vergaderingen na elf uur ’s avonds’, zegt hij lachend.")
     + P("Zijn opvolger, Yara Tjon-A-Fong, noemt hem ‘een bestuurder van de oude stempel, in de "
         "goede zin’."),
     [("Wat gaat u het", None),
      ("mensen aan de balie", "Joost Verhoeckx"),
      ("En wat niet", None),
      ("vergaderingen na elf uur", "Joost Verhoeckx"),
      ("bestuurder van de oude", "Yara Tjon-A-Fong")]),
    # ------------------------------------------------------------------ Polish
    ("r43-before", "pl",
     P("Według Bożeny Wawrzyniak-Kleks, dyrektorki szpitala w Dębnicy Górnej, „oddział "
       "pediatryczny przetrwa najwyżej do wiosny”.")
     + P("Na oddziale brakuje czterech lekarzy, a ostatni konkurs nie przyciągnął żadnego "
         "kandydata."),
     [("oddział pediatryczny przetrwa najwyżej", "Bożena Wawrzyniak-Kleks")]),
    ("r43-after", "pl",
     P("„Nikt z nami nie rozmawiał o tej inwestycji” – mówi Zdzisław Kurpiel, sołtys wsi Lipowa "
       "Wola.")
     + P("Wójt gminy, Ireneusz Mazgaj, odpiera zarzuty: „Konsultacje trwały pół roku”."),
     [("Nikt z nami nie", "Zdzisław Kurpiel"),
      ("Konsultacje trwały pół roku", "Ireneusz Mazgaj")]),
    ("r43-far", "pl",
     P("Trener Kazimierz Ociepka prowadzi drużynę od czterech sezonów.")
     + P("W sobotę jego zespół przegrał u siebie 0:3, a kibice po meczu gwizdali.")
     + P("„Biorę pełną odpowiedzialność za ten wynik” – powiedział szkoleniowiec na konferencji "
         "prasowej."),
     [("Biorę pełną odpowiedzialność za", "Kazimierz Ociepka")]),
    ("r43-mixed", "pl",
     P("Rzecznik Zarządu Dróg Miejskich w Krzemieniu, Jacek Półtorak, zapewnił, że „remont "
       "zakończy się zgodnie z harmonogramem”. Mieszkańcy, z którymi rozmawialiśmy, mówią o "
       "„betonowym koszmarze bez końca”.")
     + P("Przebudowa ulicy Długiej trwa od marca i miała potrwać pół roku."),
     [("remont zakończy się zgodnie", "Jacek Półtorak"),
      ("betonowym koszmarze bez końca", None)]),
    ("r43-written", "pl",
     P("W liście do redakcji Teresa Gołąbek pisze: „Od trzech miesięcy czekam na odpowiedź "
       "urzędu”.")
     + P("Czytelniczka od lat mieszka w kamienicy komunalnej, w której od jesieni nie działa "
         "ogrzewanie."),
     [("czekam na odpowiedź urzędu", "Teresa Gołąbek")]),
    ("r43-turns", "pl",
     P("Na sesji rady miasta doszło do ostrej wymiany zdań między radną Aleksandrą "
       "Piątkowską-Grzyb a prezydentem miasta Wiesławem Dudziakiem.")
     + P("„Pan prezydent obiecał żłobek trzy lata temu” – przypomniała radna.")
     + P("„I żłobek powstanie, tylko nie w tej kadencji” – odparł prezydent.")
     + P("Przewodniczący rady Marian Szczygieł przerwał dyskusję: „Proszę wrócić do porządku "
         "obrad”."),
     [("obiecał żłobek trzy lata", "Aleksandra Piątkowska-Grzyb"),
      ("tylko nie w tej", "Wiesław Dudziak"),
      ("Proszę wrócić do porządku", "Marian Szczygieł")]),
    # ----------------------------------------------------------------- Russian
    ("r43-before", "ru",
     P("По словам Аркадия Лыткина, главы сельсовета, «дорогу не ремонтировали с восьмидесятых "
       "годов».")
     + P("Весной грузовики с лесом окончательно разбили единственную дорогу к райцентру."),
     [("дорогу не ремонтировали с", "Аркадий Лыткин")]),
    ("r43-after", "ru",
     P("«Мы ждали автобус почти два часа», — рассказала Зинаида Пахомова, жительница посёлка "
       "Кедровый Лог.")
     + P("«Нам обещали новый маршрут ещё весной», — добавила пенсионерка."),
     [("ждали автобус почти два", "Зинаида Пахомова"),
      ("обещали новый маршрут ещё", "Зинаида Пахомова")]),
    ("r43-turns", "ru",
     P("Тренер Всеволод Курганов и капитан команды Ярослав Ветлугин по-разному оценили матч.")
     + P("«Мы были лучше весь второй тайм», — считает тренер.")
     + P("«Если не забиваешь, то лучше не был», — возразил ему капитан."),
     [("были лучше весь второй", "Всеволод Курганов"),
      ("Если не забиваешь, то", "Ярослав Ветлугин")]),
    ("r43-none", "ru",
     P("Агентство лесного хозяйства Приозёрского края назвало публикацию «откровенной "
       "дезинформацией и ложью».")
     + P("Местные жители давно прозвали свалку «Мусорной горой Кедровки», а документальный фильм "
         "«Гора, которую мы построили» получил приз фестиваля."),
     [("откровенной дезинформацией и ложью", "Агентство лесного хозяйства Приозёрского края"),
      ("Мусорной горой Кедровки", None),
      ("Гора, которую мы построили", None)]),
    ("r43-role", "ru",
     P("«Цены на зерно упали ниже себестоимости», — заявил фермер из Кедрового Лога Тимур "
       "Абдулхаков.")
     + P("В этом году урожай в крае оказался рекордным, но элеваторы переполнены."),
     [("Цены на зерно упали", "Тимур Абдулхаков")]),
    ("r43-far", "ru",
     P("Геолог Эдуард Сабуров тридцать лет проработал на севере Приозёрского края.")
     + P("«Когда я приехал сюда впервые, здесь не было даже дороги.")
     + P("«Мы добирались вертолётом, а зимой — на вездеходах по руслу реки.")
     + P("«Теперь тут асфальт и три заправки», — вспоминает он."),
     [("здесь не было даже дороги", "Эдуард Сабуров"),
      ("добирались вертолётом, а зимой", "Эдуард Сабуров"),
      ("тут асфальт и три", "Эдуард Сабуров")]),
    # ------------------------------------------------------------------- Czech
    ("r43-before", "cs",
     P("Podle Jaroslava Kocourka z místního spolku rybářů „se voda v Bystřině oteplila o dva "
       "stupně“.")
     + P("Rybáři letos v létě hlásili úhyn pstruhů na třech úsecích řeky."),
     [("voda v Bystřině oteplila", "Jaroslav Kocourek")]),
    ("r43-after", "cs",
     P("„Takovou povodeň jsem nezažila ani v roce 1997,“ řekla Hedvika Strnadová, která v obci "
       "žije přes padesát let.")
     + P("Starosta Bořivoj Hamerník dodal: „Škody odhadujeme na desítky milionů.“"),
     [("Takovou povodeň jsem nezažila", "Hedvika Strnadová"),
      ("Škody odhadujeme na desítky", "Bořivoj Hamerník")]),
    ("r43-turns", "cs",
     P("Do sporu se vložila i ministryně Radmila Šťastná-Veselá. „Nemocnice zavřená nebude,“ "
       "slíbila.")
     + P("„To jsme slyšeli už loni,“ odpověděl jí primář Ctibor Halama."),
     [("Nemocnice zavřená nebude", "Radmila Šťastná-Veselá"),
      ("To jsme slyšeli už", "Ctibor Halama")]),
    ("r43-none", "cs",
     P("Obyvatelé sídliště přezdívají nové lávce „most do nikam“. „Nikdo se nás na nic neptal,“ "
       "stěžuje si jedna z obyvatelek.")
     + P("Lávka přes železniční trať stála radnici 42 milionů korun, ale chybí k ní chodník."),
     [("most do nikam", None),
      ("Nikdo se nás na", None)]),
    ("r43-far", "cs",
     P("Oldřich Koubek a jeho žena Vlasta Koubková provozují rodinnou sýrárnu v Horní Sedlince už "
       "třicet let.")
     + P("Loni se k nim vrátila dcera Markéta Koubková, která dřív pracovala ve městě jako "
         "účetní.")
     + P("„Táta mi řekl, že sýr se nedá uspěchat. Trvalo mi rok, než jsem pochopila, co tím "
         "myslel,“ říká dcera.")
     + P("Její otec se usmívá: „Pořád to ještě nepochopila.“ Matka jen mávne rukou: „Nevěřte mu "
         "ani slovo.“"),
     [("sýr se nedá uspěchat", "Markéta Koubková"),
      ("Pořád to ještě nepochopila", "Oldřich Koubek"),
      ("Nevěřte mu ani slovo", "Vlasta Koubková")]),
    # ----------------------------------------------------------------- Chinese
    ("r43-mixed", "zh",
     P("“这条路我们等了二十年。”村民代表葛春生说，“现在终于通车了。”")
     + P("连接山里三个村子的公路上月底正式通车。县交通局局长孟庆和说：“明年还要再修两条。”"),
     [("这条路我们等了二十年", "葛春生"),
      ("现在终于通车了", "葛春生"),
      ("明年还要再修两条", "孟庆和")]),
    ("r43-org", "zh",
     P("市环保局副局长隋晓岚表示：“今年空气质量达标天数明显增加。”")
     + P("但环保组织绿川行动在报告中指出，“部分监测点的位置存在明显问题”。"),
     [("今年空气质量达标天数", "隋晓岚"),
      ("部分监测点的位置", "绿川行动")]),
    ("r43-turns", "zh",
     P("记者问：“您后悔当初的决定吗？”")
     + P("严佩芝沉默了一会儿，说：“不后悔，只是有些遗憾。”")
     + P("她的丈夫卢建国在一旁补充：“她从来不说后悔两个字。”"),
     [("您后悔当初的决定吗", None),
      ("不后悔，只是有些遗憾", "严佩芝"),
      ("她从来不说后悔", "卢建国")]),
    ("r43-none", "zh",
     P("这部名为《河流尽头的灯塔》的纪录片引发热议，不少网友称该项目为“面子工程”。")
     + P("一位不愿具名的官员说：“预算早就超了。”"),
     [("河流尽头的灯塔", None),
      ("面子工程", None),
      ("预算早就超了", None)]),
    ("r43-far", "zh",
     P("在青禾镇经营茶馆三十多年的龚玉梅，见证了这条老街的兴衰。")
     + P("“以前一到赶集的日子，门口挤得走不动路。”她一边擦桌子一边说，“现在一天也来不了几个客人。”")
     + P("她的儿子谭明远在城里做程序员，几次劝她关店。“我妈就是放不下这些老街坊。”他说。"),
     [("门口挤得走不动路", "龚玉梅"),
      ("一天也来不了几个客人", "龚玉梅"),
      ("放不下这些老街坊", "谭明远")]),
    # ---------------------------------------------------------------- Japanese
    ("r43-after", "ja",
     P("「まさか自分の店が浸水するとは思わなかった」と、商店街で八百屋を営む村雨千鶴子さん（67）は話す。")
     + P("台風の影響で川が氾濫し、商店街の約半分の店舗が床上浸水した。"),
     [("自分の店が浸水する", "村雨千鶴子")]),
    ("r43-role", "ja",
     P("県教育委員会の笹本亮介教育長は会見で「教員不足は限界に近い」と述べた。")
     + P("一方、保護者会の代表を務める矢吹ゆかりさんは「現場の声が届いていない」と批判した。"),
     [("教員不足は限界に近い", "笹本亮介"),
      ("現場の声が届いていない", "矢吹ゆかり")]),
    ("r43-far", "ja",
     P("鷹野健吾監督は試合後、悔しさをにじませた。")
     + P("「前半の失点がすべて。選手たちはよく走ってくれた」")
     + P("主将の氷室大翔は「監督を勝たせたかった」と涙を見せた。"),
     [("前半の失点がすべて", "鷹野健吾"),
      ("監督を勝たせたかった", "氷室大翔")]),
    ("r43-none", "ja",
     P("店の入り口には「本日休業」の張り紙。近所の男性は「もう戻ってこないかもしれない」とつぶやいた。")
     + P("この喫茶店は五十年以上、駅前で営業を続けてきた。常連客の一人は「寂しくなるね」と話した。"),
     [("本日休業", None),
      ("もう戻ってこないかも", None),
      ("寂しくなるね", None)]),
    ("r43-org", "ja",
     P("運営会社の北陵交通は「安全確認に時間を要した」とのコメントを発表した。")
     + P("同社の路線バスは18日朝、約3時間にわたり全線で運転を見合わせた。"),
     [("安全確認に時間を要した", "北陵交通")]),
    # ------------------------------------------------------------------ Korean
    ("r43-after", "ko",
     P("“이번 겨울은 정말 버티기 힘들었다”고 전통시장 상인 배순옥(62) 씨는 말했다.")
     + P("난방비가 지난해보다 30% 넘게 오르면서 상인들의 부담이 커졌다."),
     [("이번 겨울은 정말 버티기", "배순옥")]),
    ("r43-before", "ko",
     P("김해림 시의원은 “예산 심의 과정이 전혀 투명하지 않았다”고 지적했다.")
     + P("이에 대해 시청 관계자는 “절차상 문제는 없었다”고 해명했다."),
     [("예산 심의 과정이 전혀", "김해림"),
      ("절차상 문제는 없었다", None)]),
    ("r43-turns", "ko",
     P("주장 도현우는 경기 뒤 “팬들에게 정말 미안한 마음뿐이다”라고 말했다.")
     + P("감독 석진표는 “선수들을 탓할 생각은 없다”며 “책임은 전적으로 나에게 있다”고 강조했다."),
     [("팬들에게 정말 미안한 마음뿐이다", "도현우"),
      ("선수들을 탓할 생각은", "석진표"),
      ("책임은 전적으로 나에게", "석진표")]),
    ("r43-org", "ko",
     P("청람전력은 보도자료를 통해 “정전 원인을 조사하고 있다”고 밝혔다.")
     + P("지난 주말 도심 일대 약 2만 가구에 세 시간 동안 전기가 끊겼다."),
     [("정전 원인을 조사하고", "청람전력")]),
    ("r43-none", "ko",
     P("주민들은 이 다리를 “건너면 후회하는 공포의 출렁다리”라고 부른다. 개통 석 달 만에 두 번이나 통행이 중단됐다.")
     + P("시는 다음 달부터 정밀 안전 점검에 들어간다."),
     [("후회하는 공포의 출렁다리", None)]),
    # ------------------------------------------------------------------ Arabic
    ("r43-after", "ar",
     P("«لم نتلق أي مساعدة منذ بداية الشتاء»، قال سليم النوفلي، أحد سكان الحي الشرقي.")
     + P("وتعيش نحو مئتي عائلة في خيام منذ أن دمرت السيول منازلها الشهر الماضي."),
     [("لم نتلق أي مساعدة", "سليم النوفلي")]),
    ("r43-before", "ar",
     P("وقالت وزيرة الصحة، هالة العبدلي، في مؤتمر صحفي: «سنفتح ثلاثة مستشفيات ميدانية هذا "
       "الأسبوع».")
     + P("وتأتي هذه الخطوة بعد ارتفاع أعداد المصابين في المناطق الجنوبية."),
     [("سنفتح ثلاثة مستشفيات ميدانية", "هالة العبدلي")]),
    ("r43-role", "ar",
     P("وأضاف الدكتور عبد الرحمن آل زيدان، أستاذ الاقتصاد بجامعة الساحل، أن «التضخم لن يتراجع "
       "قبل نهاية العام».")
     + P("وارتفعت أسعار المواد الغذائية بنسبة عشرين في المئة خلال ستة أشهر."),
     [("التضخم لن يتراجع قبل", "عبد الرحمن آل زيدان")]),
    ("r43-org", "ar",
     P("وأكدت شركة الواحة للمياه في بيان أن «الانقطاع سببه عطل فني طارئ».")
     + P("في المقابل، قال مصدر في البلدية إن «الشبكة متهالكة منذ سنوات»."),
     [("الانقطاع سببه عطل فني", "شركة الواحة للمياه"),
      ("الشبكة متهالكة منذ سنوات", None)]),
    ("r43-turns", "ar",
     P("سأل المذيع وزير المالية فارس القباني: «هل ستستقيل إذا فشلت الخطة؟»")
     + P("فأجاب الوزير: «لن أتهرب من مسؤوليتي أمام البرلمان»."),
     [("هل ستستقيل إذا فشلت", None),
      ("لن أتهرب من مسؤوليتي", "فارس القباني")]),
    # ----------------------------------------------------------------- Turkish
    ("r43-after", "tr",
     P("“Bu yıl fındık hasadı yarı yarıya düştü” diyen üretici Hüsnü Karaağaçlı, devletten destek "
       "bekliyor.")
     + P("İlkbahardaki don olayları bölgedeki bahçelerin çoğunu etkiledi."),
     [("fındık hasadı yarı yarıya", "Hüsnü Karaağaçlı")]),
    ("r43-before", "tr",
     P("Belediye Başkanı Nermin Ulusoy-Tekin açıklamasında şu ifadeleri kullandı: “Hiçbir mahalle "
       "susuz kalmayacak.”")
     + P("Kentte barajlardaki doluluk oranı yüzde 15'in altına düştü."),
     [("Hiçbir mahalle susuz kalmayacak", "Nermin Ulusoy-Tekin")]),
    ("r43-turns", "tr",
     P("Teknik direktör Cengiz Aladağlı maç sonrası “Hakem kararları oyunu belirledi” dedi.")
     + P("Kulüp başkanı Orhan Yeşiltepe ise “Mazeret üretmenin zamanı değil” diyerek hocasından "
         "ayrıştı."),
     [("Hakem kararları oyunu belirledi", "Cengiz Aladağlı"),
      ("Mazeret üretmenin zamanı değil", "Orhan Yeşiltepe")]),
    ("r43-none", "tr",
     P("Yazar Sevgi Bilgen'in “Sessiz Sokakların Hikâyesi” adlı kitabı mahallede yeniden "
       "okunuyor.")
     + P("Adını vermek istemeyen bir esnaf, “Her deprem haberinde uykum kaçıyor” dedi."),
     [("Sessiz Sokakların Hikâyesi", None),
      ("Her deprem haberinde uykum", None)]),
    ("r43-org", "tr",
     P("Anadolu Raylı Sistemler AŞ tarafından yapılan yazılı açıklamada “seferlerin yarın "
       "normale döneceği” belirtildi.")
     + P("Hatta meydana gelen arıza nedeniyle binlerce yolcu saatlerce mahsur kaldı."),
     [("seferlerin yarın normale döneceği", "Anadolu Raylı Sistemler AŞ")]),
    # ------------------------------------------------------------------ Hebrew
    ("r43-after", "he",
     P('"לא ישנו שלושה לילות בגלל האזעקות", סיפרה רוני אלמוג-שדה, תושבת הקיבוץ.')
     + P("הקיבוץ נמצא במרחק שלושה קילומטרים מהגבול."),
     [("לא ישנו שלושה לילות", "רוני אלמוג-שדה")]),
    ("r43-before", "he",
     P('ראש העירייה, אבנר גלבוע, אמר: "נפתח את בית הספר בזמן, גם אם נעבוד בלילות".')
     + P("העבודות במבנה החדש מתעכבות כבר חצי שנה."),
     [("נפתח את בית הספר", "אבנר גלבוע")]),
    ("r43-turns", "he",
     P('המאמן יואב בן-שטרית לא הסתיר את האכזבה. "שיחקנו חצי משחק טוב", אמר.')
     + P('הקפטן, עידו רזניק, היה חריף יותר: "זה לא מספיק בליגה הזאת".'),
     [("שיחקנו חצי משחק טוב", "יואב בן-שטרית"),
      ("זה לא מספיק בליגה", "עידו רזניק")]),
    ("r43-none", "he",
     P('תושבים מכנים את הכביש "כביש הדמים הישן". גורם במשרד התחבורה אמר כי "התוכנית נמצאת '
       'בבדיקה".')
     + P("בשנה האחרונה נהרגו בכביש שישה אנשים."),
     [("כביש הדמים הישן", None),
      ("התוכנית נמצאת בבדיקה", None)]),
    ("r43-org", "he",
     P('בהודעה של רשות הנחל הירוק נמסר כי "הזיהום נבלם ואין סכנה למתרחצים".')
     + P("בסוף השבוע נצפו דגים מתים לאורך שני קילומטרים של הנחל."),
     [("הזיהום נבלם ואין סכנה", "רשות הנחל הירוק")]),
    # ----------------------------------------------------------------- Persian
    ("r43-after", "fa",
     P("«بیش از دو ماه است که حقوق نگرفته‌ایم»، این را مهرداد کیانپور، کارگر کارخانه نساجی، "
       "می‌گوید.")
     + P("این کارخانه حدود سیصد کارگر دارد."),
     [("بیش از دو ماه", "مهرداد کیانپور")]),
    ("r43-before", "fa",
     P("به گفته شیرین دلاوری، مدیر مدرسه، «ظرفیت این مدرسه دو برابر شده است».")
     + P("با ساخت شهرک جدید، تعداد دانش آموزان محله به سرعت افزایش یافته است."),
     [("ظرفیت این مدرسه دو", "شیرین دلاوری")]),
    ("r43-turns", "fa",
     P("خبرنگار پرسید: «آیا قیمت نان باز هم بالا می‌رود؟»")
     + P("وزیر اقتصاد، کامران فرهی، پاسخ داد: «در حال حاضر هیچ تصمیمی گرفته نشده است»."),
     [("آیا قیمت نان باز", None),
      ("هیچ تصمیمی گرفته نشده", "کامران فرهی")]),
    ("r43-none", "fa",
     P("مردم محل به این سازه «پل هفت ساله ناتمام» می‌گویند.")
     + P("یک مغازه‌دار که نخواست نامش فاش شود گفت: «هر روز ترافیک بدتر می‌شود»."),
     [("پل هفت ساله ناتمام", None),
      ("هر روز ترافیک بدتر", None)]),
    # -------------------------------------------------------------- Indonesian
    ("r43-after", "id",
     P("“Kami sudah tiga hari tidak mendapat air bersih,” kata Suparmi Wulandari, warga Desa "
       "Karangsari Lor.")
     + P("Banjir merusak pipa utama yang mengalirkan air ke empat desa."),
     [("tiga hari tidak mendapat", "Suparmi Wulandari")]),
    ("r43-role", "id",
     P("Kepala Dinas Kesehatan Kabupaten Tanjung Rawa, dr. Hendrawan Situmeang, M.Kes., "
       "mengatakan, “Stok vaksin masih aman hingga akhir bulan.”")
     + P("Kasus campak di kabupaten itu meningkat dua kali lipat sejak awal tahun."),
     [("Stok vaksin masih aman", "Hendrawan Situmeang")]),
    ("r43-turns", "id",
     P("Pelatih Bambang Irawan-Sitorus menilai timnya bermain buruk. “Kami kehilangan fokus di "
       "babak kedua,” ujarnya.")
     + P("Namun kapten tim, Yohanes Manurung, membantah. “Kami hanya kurang beruntung,” "
         "katanya."),
     [("kehilangan fokus di babak", "Bambang Irawan-Sitorus"),
      ("Kami hanya kurang beruntung", "Yohanes Manurung")]),
    ("r43-none", "id",
     P("Warga menjuluki jalan itu “jalan seribu lubang”. “Sudah biasa, kami tidak kaget lagi,” "
       "ujar seorang pengendara ojek.")
     + P("Jalan provinsi sepanjang dua belas kilometer itu terakhir diaspal tujuh tahun lalu."),
     [("jalan seribu lubang", None),
      ("kami tidak kaget lagi", None)]),
    ("r43-org", "id",
     P("PT Kereta Nusantara Raya dalam siaran persnya menyatakan bahwa “perjalanan akan kembali "
       "normal besok pagi”.")
     + P("Juru bicara perusahaan, Ratna Simanjuntak, menambahkan, “Kami mohon maaf kepada "
         "seluruh penumpang.”"),
     [("perjalanan akan kembali normal", "PT Kereta Nusantara Raya"),
      ("mohon maaf kepada seluruh", "Ratna Simanjuntak")]),
    # ----------------------------------------------------------------- Swedish
    ("r43-after", "sv",
     P("– Vi har aldrig sett så lite snö i januari, säger renskötaren Nils-Anders Harjuvaara.")
     + P("Han har flyttat renarna till vinterbete två veckor tidigare än vanligt."),
     [("aldrig sett så lite", "Nils-Anders Harjuvaara")]),
    ("r43-before", "sv",
     P("Kommunalrådet Ebba Lindqvist-Hallén skriver i ett pressmeddelande: ”Vi tar problemen på "
       "största allvar.”")
     + P("Flera föräldrar har anmält mögel i förskolan Solrosen till miljöförvaltningen."),
     [("tar problemen på största", "Ebba Lindqvist-Hallén")]),
    ("r43-turns", "sv",
     P("”Det här är ett svek mot hela bygden”, säger Torbjörn Ekwall, som driver sågverket i "
       "Norrvik.")
     + P("Regionens trafikdirektör Annika Sjöberg håller inte med: ”Busslinjen hade i snitt fyra "
         "resenärer per tur.”")
     + P("”Fyra resenärer är fyra människor”, svarar sågverksägaren."),
     [("ett svek mot hela", "Torbjörn Ekwall"),
      ("i snitt fyra resenärer", "Annika Sjöberg"),
      ("Fyra resenärer är fyra", "Torbjörn Ekwall")]),
    ("r43-none", "sv",
     P("Projektet har fått öknamnet ”tunneln till ingenstans”. En anställd som vill vara anonym "
       "säger: ”Alla visste att budgeten inte höll.”")
     + P("Kostnaden har stigit från 800 miljoner till 2,1 miljarder kronor."),
     [("tunneln till ingenstans", None),
      ("Alla visste att budgeten", None)]),
    # ------------------------------------------------------------------- Greek
    ("r43-before", "el",
     P("Σύμφωνα με τον δήμαρχο Στέλιο Καρατζόγλου, «το λιμάνι θα είναι έτοιμο πριν από το "
       "καλοκαίρι».")
     + P("Οι εργασίες στο λιμάνι καθυστερούν ήδη δύο χρόνια."),
     [("λιμάνι θα είναι έτοιμο", "Στέλιος Καρατζόγλου")]),
    ("r43-after", "el",
     P("«Δεν έχουμε δει τέτοια ζέστη ποτέ», δήλωσε η Ευανθία Μαυρογιάννη, ιδιοκτήτρια ταβέρνας "
       "στο νησί.")
     + P("Ο δήμαρχος του νησιού, Παντελής Ρουσάκης, είπε ότι «το νερό επαρκεί μέχρι τον "
         "Σεπτέμβριο»."),
     [("Δεν έχουμε δει τέτοια", "Ευανθία Μαυρογιάννη"),
      ("νερό επαρκεί μέχρι τον", "Παντελής Ρουσάκης")]),
    ("r43-turns", "el",
     P("Ο προπονητής Λευτέρης Σαμαρτζής είπε ότι «η ομάδα έπαιξε με καρδιά». Ο αρχηγός, Νίκος "
       "Φραγκιαδάκης, ήταν πιο αυστηρός: «Χάσαμε δύο βαθμούς στο σπίτι μας».")
     + P("Η γηπεδούχος ομάδα ισοφαρίστηκε στις καθυστερήσεις."),
     [("η ομάδα έπαιξε με", "Λευτέρης Σαμαρτζής"),
      ("Χάσαμε δύο βαθμούς στο", "Νίκος Φραγκιαδάκης")]),
    ("r43-none", "el",
     P("Οι κάτοικοι αποκαλούν την επαρχιακή οδό «ο δρόμος του θανάτου». Ένας ψαράς είπε: "
       "«Κανείς δεν μας ακούει πια».")
     + P("Μόνο φέτος σημειώθηκαν εκεί τέσσερα θανατηφόρα τροχαία."),
     [("ο δρόμος του θανάτου", None),
      ("Κανείς δεν μας ακούει", None)]),
    # --------------------------------------------------------------- Hungarian
    ("r43-before", "hu",
     P("Fazekas-Ruttkay Emőke polgármester szerint „a felújítás őszre befejeződik”.")
     + P("A művelődési ház tetejét tavaly tavasszal bontották le."),
     [("a felújítás őszre befejeződik", "Fazekas-Ruttkay Emőke")]),
    ("r43-after", "hu",
     P("„Harminc éve dolgozom itt, ilyet még nem láttam” – mondta Szalontai Gergely "
       "mozdonyvezető.")
     + P("A vihar kidöntötte fák miatt órákig állt a forgalom a vonalon."),
     [("ilyet még nem láttam", "Szalontai Gergely")]),
    ("r43-turns", "hu",
     P("Kerekes Ildikó, a kórház igazgatója azt mondta: „Nincs elég ápolónk.” A minisztérium "
       "szóvivője, Váradi Tamás erre úgy reagált: „Tavaly háromszáz új ápolót vettünk fel.”")
     + P("A belgyógyászati osztályon hetek óta csak egy ügyeletes nővér van éjszakánként."),
     [("Nincs elég ápolónk", "Kerekes Ildikó"),
      ("háromszáz új ápolót vettünk", "Váradi Tamás")]),
    ("r43-none", "hu",
     P("A helyiek csak „a semmibe vezető hídnak” nevezik az építményt. Egy nyugdíjas férfi így "
       "fogalmazott: „Erre ment el a pénzünk.”")
     + P("A híd két éve készült el, de a hozzá vezető út máig nem épült meg."),
     [("a semmibe vezető hídnak", None),
      ("Erre ment el a", None)]),
    # ----------------------------------------------------------------- Finnish
    ("r43-before", "fi",
     P("Kunnanjohtaja Paavo Remeksen mukaan ”koulun sulkeminen on viimeinen vaihtoehto”.")
     + P("Kyläkoulussa on ensi syksynä enää yksitoista oppilasta."),
     [("koulun sulkeminen on viimeinen", "Paavo Remes")]),
    ("r43-after", "fi",
     P("”Jäätä on nyt vain kymmenen senttiä”, varoittaa meripelastaja Tiina Hakulinen-Orava.")
     + P("Pelastuslaitoksen päivystäjän Mikko Aaltosen mukaan ”kukaan ei ole vielä pudonnut, "
         "mutta se on ajan kysymys”."),
     [("Jäätä on nyt vain", "Tiina Hakulinen-Orava"),
      ("kukaan ei ole vielä", "Mikko Aaltonen")]),
    ("r43-turns", "fi",
     P("”Palkat eivät ole nousseet kolmeen vuoteen”, sanoo luottamusmies Jarmo Kettunen.")
     + P("Yhtiön toimitusjohtaja Helena Vuorimaa vastaa: ”Olemme tehneet parhaan mahdollisen "
         "tarjouksen.”"),
     [("Palkat eivät ole nousseet", "Jarmo Kettunen"),
      ("tehneet parhaan mahdollisen tarjouksen", "Helena Vuorimaa")]),
    ("r43-none", "fi",
     P("Elokuva ”Pitkä yö Routasaarella” sai ensi-iltansa perjantaina. Eräs katsoja totesi: ”Tämä "
       "oli vuoden paras elokuva.”")
     + P("Ohjaaja Saara Kivelä-Nurmi kertoi elokuvan perustuvan isoisänsä muistelmiin."),
     [("Pitkä yö Routasaarella", None),
      ("Tämä oli vuoden paras", None)]),
    # ------------------------------------------------------------------- Hindi
    ("r43-before", "hi",
     P("गाँव की सरपंच कमलावती धुरिया ने कहा, “पिछले तीन साल से यहाँ पानी की टंकी खराब पड़ी है।”")
     + P("जिला अधिकारी रघुवीर सिंह चौहान ने बताया कि “मरम्मत का काम अगले हफ्ते शुरू होगा”।"),
     [("पिछले तीन साल से", "कमलावती धुरिया"),
      ("मरम्मत का काम अगले", "रघुवीर सिंह चौहान")]),
    ("r43-after", "hi",
     P("“हमने पूरी मेहनत की, पर किस्मत ने साथ नहीं दिया,” कप्तान अर्जुन मेहरोत्रा ने मैच के बाद "
       "कहा।")
     + P("स्टेडियम के बाहर एक दर्शक ने कहा, “टिकट के पैसे बर्बाद हो गए।”")
     + P("स्थानीय लोग इस मैदान की ढलान को “मौत का रास्ता” कहते हैं।"),
     [("हमने पूरी मेहनत की", "अर्जुन मेहरोत्रा"),
      ("टिकट के पैसे बर्बाद", None),
      ("मौत का रास्ता", None)]),
    # --------------------------------------------------------------- Romanian
    ("r43-after", "ro",
     P("„Nu mai avem medic de familie de doi ani”, spune Floarea Mănăilă, o pensionară din satul "
       "Pârâul Sorbului.")
     + P("Primarul comunei, Dorin Ghiocel-Stan, susține că „postul a fost scos la concurs de patru "
         "ori”."),
     [("Nu mai avem medic", "Floarea Mănăilă"),
      ("postul a fost scos", "Dorin Ghiocel-Stan")]),
    ("r43-org", "ro",
     P("Potrivit lui Sorin Bălăceanu, director la Agenția Apelor Crișul Mic, „nivelul râului scade "
       "lent”.")
     + P("Un localnic, care nu a vrut să-și dea numele, ne-a spus: „Am scos apa din casă cu "
         "găleata.”")
     + P("Agenția a transmis într-un comunicat că „nu există risc pentru populație”."),
     [("nivelul râului scade lent", "Sorin Bălăceanu"),
      ("Am scos apa din", None),
      ("nu există risc pentru", "Agenția Apelor Crișul Mic")]),
    # ------------------------------------------------------------------ Danish
    ("r43-before", "da",
     P("»Vi har aldrig haft så mange henvendelser,« siger Mette Korsgaard-Bech, leder af "
       "krisecentret i Nørre Lyngved.")
     + P("Ifølge borgmester Jens-Ole Thygesen er der »ikke penge til flere pladser i år«."),
     [("aldrig haft så mange", "Mette Korsgaard-Bech"),
      ("ikke penge til flere", "Jens-Ole Thygesen")]),
    ("r43-after", "da",
     P("Landmand Poul Erik Skovgaard står ved sin mark. »Det har regnet i seks uger. Kartoflerne "
       "rådner i jorden,« siger han.")
     + P("Naboen, der ikke ønsker sit navn i avisen, kalder sommeren »den værste i mands minde«."),
     [("regnet i seks uger", "Poul Erik Skovgaard"),
      ("Kartoflerne rådner i jorden", "Poul Erik Skovgaard"),
      ("den værste i mands", None)]),
]

"""Held-out round 50 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the attributor or any other speaker round). It covers speakers
named in the same sentence but far from the quote (long appositions, relative clauses, "said X,
who ..., adding that"); speakers named with a title much earlier and later called by the role
noun alone; block quotes and pull quotes with the speaker in the paragraph before, in a
<footer>/<cite> inside the block, or nowhere; names inflected by case (Polish, Czech, Russian,
Finnish, Hungarian, Greek, Turkish suffixes) that are expected in their base form; agencies,
courts, parties, clubs and companies quoted through an unnamed spokesperson (the organisation) or
a named one (the person); forum posts, testimonials, press releases, documentation, Q&A
interviews and transcripts; and about a fifth of pairs where a reader says None though a name is
near (a quote about a named person by an unnamed voice, a slogan, a quoted title after a name).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R50_CASES = [
    # ---------------------------------------------------------------- English
    ("r50-far", "en",
     P("Ingrid Falstead, who spent eleven years driving the county's only mobile library before "
       "the service was cut in a budget round that she still calls the worst week of her working "
       "life, said on Tuesday that “nobody ever asked the readers what they wanted.”")
     + P("The council says the decision will be reviewed next spring."),
     [("nobody ever asked the readers", "Ingrid Falstead")]),
    ("r50-after", "en",
     P("“The harbour wall will not survive another winter like the last one,” said Dermot "
       "Ashgrove, who has fished out of Kilbarrow for four decades and whose father and "
       "grandfather did the same, adding that repairs promised five years ago “never got past "
       "the drawing board.”")
     + P("The harbour authority did not respond to a request for comment."),
     [("harbour wall will not survive", "Dermot Ashgrove"),
      ("never got past the drawing", "Dermot Ashgrove")]),
    ("r50-role", "en",
     P("Mayor Colette Brannigan opened the new footbridge over the Tessell on Saturday morning, "
       "three years after the old crossing was closed.")
     + P("The bridge cost £4.2 million, most of it from a regional fund. Engineers redesigned the "
         "northern ramp twice after the bank shifted. Traders on Mill Street say footfall fell by "
         "a third while the crossing was shut. Two cafés closed for good.")
     + P("“We owed this town a bridge, and we paid the debt late,” the mayor told the small "
         "crowd. “I am not going to pretend otherwise.”"),
     [("We owed this town", "Colette Brannigan"),
      ("not going to pretend otherwise", "Colette Brannigan")]),
    ("r50-block", "en",
     P("The foundation's annual report opens with a short passage from its founder.")
     + "<blockquote><p>We did not set out to build an institution. We set out to keep one "
       "library open for one more year.</p><footer>— Orla Penhaligon, founder</footer></blockquote>"
     + P("The report then lists the 41 libraries that received grants last year."),
     [("keep one library open", "Orla Penhaligon")]),
    ("r50-block", "en",
     P("Tenants on the Carrow estate have waited nine years for the lifts to be replaced. Their "
       "association chair, Femi Adeyinka, has written to the housing department fourteen times.")
     + P("One pensioner on the eleventh floor, who asked not to be named, put it simply:")
     + "<blockquote><p>“You learn to plan your whole day around the stairs.”</p></blockquote>"
     + P("Adeyinka said the association would “keep writing until somebody answers.”"),
     [("plan your whole day", None),
      ("keep writing until somebody answers", "Femi Adeyinka")]),
    ("r50-org", "en",
     P("Halbrook Water said it was “aware of the discolouration” in parts of Eastleigh and "
       "that the supply was “safe to drink”.")
     + P("The Department for Rural Transport, asked about the cancelled bus routes, said in a "
         "statement that it would “look again at the winter timetable”.")
     + P("Priya Lamontagne, a spokeswoman for the Northern Rail Users' Group, said: “People "
         "have been told to look again for six winters now.”"),
     [("aware of the discolouration", "Halbrook Water"),
      ("safe to drink", "Halbrook Water"),
      ("look again at the winter", "Department for Rural Transport"),
      ("told to look again", "Priya Lamontagne")]),
    ("r50-none", "en",
     P("“Kessler is the best thing to happen to this club in twenty years,” one season-ticket "
       "holder said outside the ground after Anton Kessler's side won again.")
     + P("Erin Holloway's debut novel, “The Salt Year Below”, was shortlisted on Thursday.")
     + P("Outside Gaston Reyes's constituency office, protesters carried banners reading “Hands "
         "off our hospital”."),
     [("best thing to happen", None), ("The Salt Year Below", None),
      ("Hands off our hospital", None)]),
    ("r50-mixed", "en",
     P("“Maria Kovalenko did nothing wrong,” her lawyer, Tomas Reyburn, told the hearing, while "
       "the prosecutor, Lena Strickland, said the evidence “speaks for itself”.")
     + P("Kovalenko herself did not speak."),
     [("did nothing wrong", "Tomas Reyburn"), ("speaks for itself", "Lena Strickland")]),
    ("r50-turns", "en",
     "<h2>“I never wanted to be a coach”: Marguerite Oduya on her first season</h2>"
     + P("<b>You took over a side that had lost nine in a row. Why?</b>")
     + P("Because somebody had to, and I was the one standing nearest the kit bag.")
     + P("<b>What changed in the dressing room?</b>")
     + P("We stopped talking about the table. We started talking about the next pass."),
     [("I never wanted to", "Marguerite Oduya")]),
    ("r50-written", "en",
     P("The letter, written in 1916 by Private Albert Cresswell to his sister Edith, was found "
       "behind a skirting board in Hallam Road.")
     + P("“Do not let Mother read the second page,” he wrote. “It is only mud and more mud.”")
     + P("Edith's reply, if there was one, has not survived. The council's notice on the "
         "door of the house now reads “Private property, no visitors”."),
     [("Do not let Mother", "Albert Cresswell"), ("only mud and more", "Albert Cresswell"),
      ("Private property, no visitors", None)]),
    ("r50-forum", "en",
     "<div class=\"post\"><p><b>quietkestrel</b> wrote:</p><blockquote><p>Has anyone managed "
     "to get the old firmware back onto the router?</p></blockquote><p>Yes. The manual says "
     "“hold reset for thirty seconds”, which did nothing for me. You need the serial cable."
     "</p><p>— posted by <b>amberlamp</b></p></div>"
     + "<div class=\"post\"><p><b>amberlamp</b> wrote:</p><blockquote><p>You need the serial "
       "cable, and patience.</p></blockquote><p>Ordered one. Thanks!</p>"
       "<p>— posted by <b>quietkestrel</b></p></div>",
     [("get the old firmware back", "quietkestrel"),
      ("hold reset for thirty", None),
      ("cable, and patience", "amberlamp")]),
    ("r50-testimonial", "en",
     P("What our customers say")
     + "<blockquote><p>“The fitters arrived on time, cleaned up after themselves and the "
       "boiler has not missed a beat since.”</p><footer>— Deborah H., Wolverhampton"
       "</footer></blockquote>"
     + "<blockquote><p>“Fair price, honest advice.”</p></blockquote>",
     [("arrived on time, cleaned", "Deborah H."), ("Fair price, honest advice", None)]),
    ("r50-press", "en",
     P("LEEDS, 3 March — Brightwell Analytics today announced a partnership with the regional "
       "ambulance service to shorten handover times at emergency departments.")
     + P("“Every minute an ambulance waits outside a hospital is a minute it is not on the "
         "road,” said Conrad Mbeki-Hale, chief executive of Brightwell Analytics, who founded "
         "the company in 2014 after a decade as a paramedic.")
     + P("About Brightwell Analytics: Brightwell builds scheduling software for health services. "
         "Its motto is “Less waiting, more care”."),
     [("Every minute an ambulance waits", "Conrad Mbeki-Hale"),
      ("Less waiting, more care", None)]),
    ("r50-docs", "en",
     P("If the build stops with “error: linker command failed with exit code 1”, check that "
       "the toolchain path is set.")
     + P("The specification states that a client “MUST NOT retry a request” after a 409 "
         "response. Ravi Sandhu, who maintains the library, added a warning in version 2.3."),
     [("linker command failed with", None), ("MUST NOT retry a", None)]),
    ("r50-court", "en",
     P("Judge Harriet Okonkwo-Bell asked the witness whether he had seen the van leave.")
     + P("“I saw the lights, not the van,” replied Duncan Farrelly, a night porter at the "
         "depot. Asked by defence counsel Simon Aldgate whether he was sure, the witness said: "
         "“As sure as I can be at four in the morning.”")
     + P("The judge told the jury to “set aside what you have read in the papers”."),
     [("saw the lights, not", "Duncan Farrelly"),
      ("As sure as I can", "Duncan Farrelly"),
      ("set aside what you have", "Harriet Okonkwo-Bell")]),
    ("r50-far", "en",
     P("Rosalind Achterberg was fourteen when her family's farm was flooded for the reservoir.")
     + P("She is ninety now and lives in a bungalow two miles from the dam. Her daughter, Clare, "
         "drives her up to the viewpoint on the anniversary every year.")
     + P("“You can still see the church spire when the water is low,” Clare said. “Mum never "
         "looks at it.”")
     + P("“I don't need to look,” her mother said. “I know where the kitchen was.”"),
     [("still see the church spire", "Clare"), ("Mum never looks at", "Clare"),
      ("don't need to look", "Rosalind Achterberg"),
      ("know where the kitchen", "Rosalind Achterberg")]),
    ("r50-after", "en",
     P("“We are not asking for a new stadium. We are asking for a roof that does not leak,” "
       "the club's chairman, Bartholomew Ngata, a former goalkeeper who played 300 games for "
       "the side in the 1990s, told supporters on Sunday.")
     + P("“And a car park,” shouted someone from the back."),
     [("asking for a new stadium", "Bartholomew Ngata"), ("And a car park", None)]),
    ("r50-vox", "en",
     P("We asked shoppers in Corran Street what they made of the new parking charges.")
     + "<ul><li>“Two pounds for an hour is robbery.” — Sheila Marrow, 67, retired teacher</li>"
       "<li>“I cycle, so I don't mind.” — Kwame Asante-Doyle, 24</li>"
       "<li>“Ask me again at Christmas.” — a shop assistant on her break</li></ul>",
     [("pounds for an hour", "Sheila Marrow"), ("I cycle, so I", "Kwame Asante-Doyle"),
      ("Ask me again at", None)]),
    ("r50-mixed", "en",
     P("Professor Hilde Marchbanks, whose team ran the trial, said the results were "
       "“encouraging but not conclusive”, a phrase the study's funder, the Ellery Trust, "
       "repeated in its own release.")
     + P("“We need a larger sample before anyone changes a prescription,” the professor said."),
     [("encouraging but not conclusive", "Hilde Marchbanks"),
      ("need a larger sample", "Hilde Marchbanks")]),
    # ---------------------------------------------------------------- German
    ("r50-far", "de",
     P("Hannelore Wiesbacher, die seit 1987 die einzige Apotheke im Ort führt und im Gemeinderat "
       "zweimal vergeblich gegen die Schließung der Bankfiliale gestimmt hat, sagte am Montag, "
       "man habe „das Dorf Stück für Stück aufgegeben“.")
     + P("Die Sparkasse verweist auf sinkende Kundenzahlen."),
     [("das Dorf Stück für", "Hannelore Wiesbacher")]),
    ("r50-role", "de",
     P("Oberbürgermeisterin Dr. Friederike Altenhöfer hat am Freitag den Haushaltsentwurf für "
       "2027 vorgestellt.")
     + P("Er sieht Einsparungen von 38 Millionen Euro vor. Die Schwimmbäder bleiben geöffnet, "
         "die Stadtteilbibliotheken aber verkürzen ihre Öffnungszeiten. Die Opposition kündigte "
         "Widerstand an. Der Kämmerer war krank und fehlte.")
     + P("„Wir sparen nicht, weil wir wollen, sondern weil wir müssen“, sagte die "
         "Oberbürgermeisterin. „Jeder Euro wird zweimal umgedreht.“"),
     [("sparen nicht, weil wir", "Friederike Altenhöfer"),
      ("Jeder Euro wird zweimal", "Friederike Altenhöfer")]),
    ("r50-org", "de",
     P("Die Polizei Niederrhein-Süd teilte mit, es gebe „keine Hinweise auf ein Fremdverschulden“.")
     + P("Ein Sprecher der Staatsanwaltschaft Lindenhain sagte, man prüfe den Fall „in alle "
         "Richtungen“.")
     + P("Die Gewerkschaft der Lokführer Nord erklärte, der Streik werde „bis auf Weiteres“ "
         "fortgesetzt. Ihr Vorsitzender Jörg Hammelsbeck sagte: „Wir haben lange genug "
         "verhandelt.“"),
     [("keine Hinweise auf ein", "Polizei Niederrhein-Süd"),
      ("in alle Richtungen", "Staatsanwaltschaft Lindenhain"),
      ("bis auf Weiteres", "Gewerkschaft der Lokführer Nord"),
      ("haben lange genug verhandelt", "Jörg Hammelsbeck")]),
    ("r50-none", "de",
     P("„Der Trainer muss weg“, stand auf einem Transparent in der Kurve, nachdem Mirko "
       "Stahlberg seine Elf zum fünften Mal in Folge verlieren sah.")
     + P("Stahlbergs Autobiografie „Immer weiter, Junge“ erschien im Frühjahr.")
     + P("„Der ist doch längst mit dem Kopf woanders“, meinte ein Zuschauer."),
     [("Der Trainer muss weg", None), ("Immer weiter, Junge", None),
      ("längst mit dem Kopf", None)]),
    ("r50-turns", "de",
     P("<b>Frau Ostermann-Kraus, Sie haben dreißig Jahre als Hebamme gearbeitet. Was hat sich "
       "verändert?</b>")
     + P("Ostermann-Kraus: Die Frauen sind besser informiert und zugleich ängstlicher. Früher "
         "hieß es „Das wird schon“, heute kommt eine Liste mit Fragen.")
     + P("<b>Und die Väter?</b>")
     + P("Ostermann-Kraus: Die sind inzwischen fast immer dabei. „Ich bleibe draußen“ höre ich "
         "kaum noch."),
     [("Das wird schon", None), ("Ich bleibe draußen", None)]),
    ("r50-block", "de",
     P("In seiner Rede vor dem Landtag zitierte Ministerpräsident Arnulf Degenhardt einen Brief "
       "einer Pflegerin aus Görlitz:")
     + "<blockquote><p>„Ich liebe diesen Beruf. Aber ich kann ihn mir nicht mehr leisten.“</p>"
       "<footer>Sabine Wendtland, Altenpflegerin</footer></blockquote>"
     + P("„Diesen Satz sollten wir alle im Ohr behalten“, fügte Degenhardt hinzu."),
     [("kann ihn mir nicht", "Sabine Wendtland"),
      ("Diesen Satz sollten wir", "Arnulf Degenhardt")]),
    ("r50-after", "de",
     P("„Wir haben das Hochwasser von 2013 überstanden, wir überstehen auch das“, sagt Konrad "
       "Lüdeking, 71, der am Elbufer eine Gärtnerei betreibt und dessen Gewächshäuser zum zweiten "
       "Mal unter Wasser stehen. Seine Tochter Anja ist weniger zuversichtlich: „Papa sagt das "
       "jedes Mal.“")
     + P("„Irgendwann ist Schluss“, sagt sie."),
     [("Hochwasser von 2013 überstanden", "Konrad Lüdeking"),
      ("Papa sagt das jedes", "Anja"), ("Irgendwann ist Schluss", "Anja")]),
    ("r50-mixed", "de",
     P("Auf die Frage von Moderatorin Ulrike Brandhorst, ob die Partei die Koalition verlassen "
       "werde, antwortete Fraktionschef Timo Reckenbeil: „Das entscheiden wir nicht in einer "
       "Talkshow.“ Brandhorst hakte nach: „Also ja?“")
     + P("Die Partei der Mitte teilte später mit, man stehe „zum Koalitionsvertrag“."),
     [("entscheiden wir nicht in", "Timo Reckenbeil"), ("Also ja?", "Ulrike Brandhorst"),
      ("zum Koalitionsvertrag", "Partei der Mitte")]),
    ("r50-press", "de",
     P("MÜNCHEN, 12. Mai – Die Halvern Energie AG erweitert ihr Speichernetz in Oberbayern um "
       "drei Standorte.")
     + P("„Mit den neuen Speichern können wir Lastspitzen im Winter abfedern“, sagte "
         "Dr. Beatrix von Wolzogen-Reil, Vorständin für Technik der Halvern Energie AG.")
     + P("Über Halvern: Die Halvern Energie AG versorgt rund 400.000 Haushalte. "
         "„Energie, die bleibt“ ist ihr Leitsatz."),
     [("Lastspitzen im Winter abfedern", "Beatrix von Wolzogen-Reil"),
      ("Energie, die bleibt", None)]),
    ("r50-written", "de",
     P("Das Oberverwaltungsgericht Altmarsch stellte in seinem Urteil fest, die Gemeinde habe „ihr "
       "Ermessen nicht ausgeübt“.")
     + P("Der Kläger, der Landwirt Ewald Pfitzner, hatte im Forum des Bauernverbands "
         "geschrieben: „Ich will nur meinen Weg zurück.“"),
     [("Ermessen nicht ausgeübt", "Oberverwaltungsgericht Altmarsch"),
      ("will nur meinen Weg", "Ewald Pfitzner")]),
    ("r50-far", "de",
     "<h2>Rettungsschwimmerin Merle Johannsen: „Das Meer verzeiht nichts“</h2>"
     + P("Seit zwölf Sommern sitzt sie auf dem Turm am Südstrand. In dieser Saison hat die "
         "34-Jährige elf Menschen aus dem Wasser geholt, darunter zwei Kinder.")
     + P("„Die meisten unterschätzen die Strömung bei Ebbe“, sagt die Rettungsschwimmerin. "
         "„Ich auch, am Anfang.“"),
     [("Das Meer verzeiht nichts", "Merle Johannsen"),
      ("unterschätzen die Strömung bei", "Merle Johannsen"),
      ("Ich auch, am Anfang", "Merle Johannsen")]),
    # ---------------------------------------------------------------- French
    ("r50-far", "fr",
     P("Hélène Marchetti-Vasseur, qui dirige depuis vingt ans la seule maternité du Haut-Vallon "
       "et dont l'équipe a assuré plus de 600 accouchements l'an dernier malgré trois postes "
       "vacants, a estimé jeudi que la fermeture serait « une faute lourde ».")
     + P("L'agence régionale de santé n'a pas souhaité réagir."),
     [("une faute lourde", "Hélène Marchetti-Vasseur")]),
    ("r50-role", "fr",
     P("Le préfet Bertrand Lhermitte a réuni mardi les maires des communes touchées par les crues.")
     + P("Plus de 1 200 foyers restent privés d'électricité. Les routes départementales 12 et 47 "
         "sont coupées. Les pompiers ont effectué 340 interventions en deux jours.")
     + P("« Nous ne laisserons personne seul face à l'eau », a assuré le préfet à l'issue de "
         "la réunion. « L'État sera là, y compris après la décrue. »"),
     [("laisserons personne seul face", "Bertrand Lhermitte"),
      ("sera là, y compris", "Bertrand Lhermitte")]),
    ("r50-org", "fr",
     P("Le tribunal administratif de Valbonne a jugé que l'arrêté municipal portait « une "
       "atteinte disproportionnée » à la liberté de manifester.")
     + P("Contactée, la mairie de Valbonne a indiqué qu'elle « prend acte de la décision ». Son avocat, "
         "Me Julien Dastugue, a ajouté : « Nous étudions un appel. »"),
     [("une atteinte disproportionnée", "tribunal administratif de Valbonne"),
      ("prend acte de la", "mairie de Valbonne"),
      ("Nous étudions un appel", "Julien Dastugue")]),
    ("r50-none", "fr",
     P("Sur les pancartes devant le siège de Coralie Ferrand, on pouvait lire « Pas touche à "
       "nos retraites ».")
     + P("« Elle n'a jamais mis les pieds dans une usine », lâche un manifestant.")
     + P("Le dernier livre de Ferrand, « Le temps des communs », s'est vendu à 40 000 exemplaires."),
     [("Pas touche à nos", None), ("jamais mis les pieds", None),
      ("Le temps des communs", None)]),
    ("r50-turns", "fr",
     P("Aux prud'hommes, l'avocate de la salariée, Me Sandrine Oukacha, a demandé au directeur "
       "s'il avait lu le courrier.")
     + P("« Je ne lis pas tout ce qu'on me transmet », a répondu Gérald Pommereau.")
     + P("« Même quand c'est marqué urgent ? » a-t-elle insisté.")
     + P("« Surtout quand c'est marqué urgent », a-t-il lâché, provoquant des rires dans la salle."),
     [("lis pas tout ce", "Gérald Pommereau"),
      ("Même quand c'est marqué", "Sandrine Oukacha"),
      ("Surtout quand c'est marqué", "Gérald Pommereau")]),
    # ---------------------------------------------------------------- Spanish
    ("r50-far", "es",
     P("Lucía Garrido de Olmedo, que fue maestra rural durante treinta años en tres provincias "
       "distintas y que hoy, ya jubilada, coordina la asociación de vecinos de Valdemora, "
       "aseguró que el cierre de la escuela «deja al pueblo sin futuro».")
     + P("La consejería lo atribuye a la falta de alumnos."),
     [("deja al pueblo sin", "Lucía Garrido de Olmedo")]),
    ("r50-org", "es",
     P("La Consejería de Vivienda de Tierra Alta afirmó en un comunicado que la ley «no afectará a los "
       "contratos vigentes».")
     + P("Fuentes del club Atlético Serrano aseguraron que el entrenador «tiene la confianza "
         "plena» de la directiva. El presidente, Ramón Echeverría Solís, fue más lejos: «Si él "
         "se va, me voy yo».")
     + P("La Policía Local de Valdemora informó de que el conductor «dio positivo en alcoholemia»."),
     [("no afectará a los", "Consejería de Vivienda de Tierra Alta"),
      ("tiene la confianza plena", "Atlético Serrano"),
      ("Si él se va", "Ramón Echeverría Solís"),
      ("dio positivo en alcoholemia", "Policía Local de Valdemora")]),
    ("r50-after", "es",
     P("—No pienso vender la finca mientras me queden fuerzas —dice Aurelio Bastida, de 82 "
       "años—. Mis hijos que hagan lo que quieran cuando yo falte.")
     + P("Su nieta Carmen, que estudia agronomía en Lleida, sonríe: “Eso lo dice cada año”."),
     [("Eso lo dice cada", "Carmen")]),
    ("r50-none", "es",
     P("«Es un sinvergüenza», gritó una mujer al paso del alcalde Ignacio Prats por la plaza.")
     + P("La película de Prats, «Un verano en Almendral», se estrena el viernes."),
     [("Es un sinvergüenza", None), ("Un verano en Almendral", None)]),
    ("r50-role", "es",
     P("La jueza Marta Villalobos Rey abrió la vista a las diez.")
     + P("El acusado llegó con retraso. Su defensa pidió un aplazamiento que fue denegado. En la "
         "sala había una treintena de familiares de las víctimas.")
     + P("«Este tribunal no va a esperar más», advirtió la magistrada."),
     [("Este tribunal no va", "Marta Villalobos Rey")]),
    # ---------------------------------------------------------------- Italian
    ("r50-far", "it",
     P("Giulia Ferraresi, che da quindici anni gestisce il rifugio sopra Val Cembrina e che "
       "l'estate scorsa ha guidato i soccorsi dopo la frana, ha detto ai cronisti che la strada "
       "«andava chiusa molto prima».")
     + P("Il comune promette una perizia."),
     [("andava chiusa molto prima", "Giulia Ferraresi")]),
    ("r50-turns", "it",
     P("«Siamo arrivati a marzo senza un euro», racconta Piero Santangelo, fondatore della "
       "cooperativa. Accanto a lui, la socia Rosaria Calì annuisce.")
     + P("«E a giugno avevamo già trenta clienti», aggiunge lei.")
     + P("«Merito suo», dice lui."),
     [("arrivati a marzo senza", "Piero Santangelo"),
      ("a giugno avevamo già", "Rosaria Calì"), ("Merito suo", "Piero Santangelo")]),
    ("r50-org", "it",
     P("La Procura di Trevaso ha fatto sapere che le indagini sono «in una fase delicata».")
     + P("Secondo la Questura di Trevaso, i due fermati «non hanno opposto resistenza».")
     + P("Il portavoce del sindacato, Matteo Giordanelli, ha parlato di «un giorno nero per "
         "tutta la provincia»."),
     [("in una fase delicata", "Procura di Trevaso"),
      ("non hanno opposto resistenza", "Questura di Trevaso"),
      ("giorno nero per tutta", "Matteo Giordanelli")]),
    ("r50-block", "it",
     P("Nel catalogo della mostra, la curatrice Elena Vastarini riporta un passo del diario "
       "dello scultore:")
     + "<blockquote><p>Lavoro il marmo come si ascolta una persona: senza fretta.</p>"
       "<cite>Arturo Benvenuti, Diario, 1931</cite></blockquote>",
     [("Lavoro il marmo come", "Arturo Benvenuti")]),
    # ---------------------------------------------------------------- Portuguese
    ("r50-far", "pt",
     P("João Almeida Teixeira, que preside há nove anos à associação de pescadores da Póvoa e "
       "que perdeu o irmão num naufrágio em 2011, afirmou que o novo quebra-mar «chega tarde "
       "demais».")
     + P("A câmara diz que as obras terminam em junho."),
     [("chega tarde demais", "João Almeida Teixeira")]),
    ("r50-org", "pt",
     P("A Polícia Municipal de Alvorinha confirmou que o suspeito «foi detido sem incidentes».")
     + P("Em nota, a construtora Vale Serrano disse estar «a colaborar com as autoridades». A "
         "porta-voz da empresa, Inês Carvalhal, acrescentou: «Não temos nada a esconder.»"),
     [("detido sem incidentes", "Polícia Municipal de Alvorinha"),
      ("colaborar com as autoridades", "Vale Serrano"),
      ("nada a esconder", "Inês Carvalhal")]),
    ("r50-none", "pt",
     P("“Ele só aparece em época de eleição”, diz uma moradora sobre o vereador Caio Medeiros.")
     + P("No muro da escola, alguém pintou “Queremos professores”."),
     [("só aparece em época", None), ("Queremos professores", None)]),
    ("r50-role", "pt",
     P("A treinadora Luana Bittencourt assumiu o time em janeiro.")
     + P("Desde então, foram oito vitórias em dez jogos. A equipe subiu da décima para a "
         "terceira posição. A torcida voltou ao estádio.")
     + P("“Ninguém aqui acreditava no acesso”, disse a técnica depois do jogo. “Agora "
         "acreditam.”"),
     [("Ninguém aqui acreditava no", "Luana Bittencourt"),
      ("Agora acreditam", "Luana Bittencourt")]),
    # ---------------------------------------------------------------- Dutch
    ("r50-far", "nl",
     P("Pieter van der Wijngaarden, die als kind de watersnood overleefde op een zolder in "
       "Oosterland en later veertig jaar dijkwerker was, zegt dat de nieuwe kering ‘het beste "
       "is wat we ooit hebben gebouwd’.")
     + P("Het waterschap opent de kering volgende maand."),
     [("beste is wat we", "Pieter van der Wijngaarden")]),
    ("r50-org", "nl",
     P("De gemeente Veldhoven-Zuid laat weten dat de brug ‘voorlopig dicht blijft’.")
     + P("Een woordvoerder van het arrondissementsparket Veldhoven-Zuid zegt dat de verdachte ‘volledig heeft "
         "meegewerkt’. Diens advocaat, mr. Sanne de Groot-Elzinga, noemt de aanhouding "
         "‘volstrekt onnodig’."),
     [("voorlopig dicht blijft", "gemeente Veldhoven-Zuid"),
      ("volledig heeft meegewerkt", "arrondissementsparket Veldhoven-Zuid"),
      ("volstrekt onnodig", "Sanne de Groot-Elzinga")]),
    ("r50-turns", "nl",
     P("‘Mijn vader wilde dat ik de bakkerij overnam,’ zegt Femke Uijttewaal (29). ‘Ik wilde "
       "naar Amsterdam.’")
     + P("Haar vader, Joop Uijttewaal, lacht. ‘En nu staat ze om vier uur naast me.’")
     + P("‘Niet elke dag,’ zegt zij."),
     [("vader wilde dat ik", "Femke Uijttewaal"), ("wilde naar Amsterdam", "Femke Uijttewaal"),
      ("nu staat ze om", "Joop Uijttewaal"), ("Niet elke dag", "Femke Uijttewaal")]),
    ("r50-none", "nl",
     P("Op het spandoek bij het kantoor van wethouder Ruud Bakels stond ‘Handen af van ons "
       "zwembad’.")
     + P("‘Die man heeft nog nooit gezwommen,’ riep een omstander."),
     [("Handen af van ons", None), ("nog nooit gezwommen", None)]),
    # ---------------------------------------------------------------- Polish
    ("r50-inflect", "pl",
     P("Zdaniem Krzysztofa Nowaczyka, który od dwudziestu lat prowadzi schronisko pod Śnieżnikiem "
       "i sam dwa razy wzywał śmigłowiec do turystów, nowy szlak jest „pułapką na "
       "niedoświadczonych”.")
     + P("Nadleśnictwo odpowiada, że oznakowanie jest zgodne z przepisami."),
     [("pułapką na niedoświadczonych", "Krzysztof Nowaczyk")]),
    ("r50-role", "pl",
     P("Starosta Barbara Lipińska-Gaj zwołała w piątek sztab kryzysowy.")
     + P("Woda w Nysie wciąż rośnie. Ewakuowano dwie wsie. W szkołach przygotowano 300 miejsc "
         "noclegowych. Wojsko dowiozło worki z piaskiem.")
     + P("„Nikt nie zostanie sam” – zapewniła starosta. „Prosimy tylko, żeby ludzie słuchali "
         "strażaków.”"),
     [("Nikt nie zostanie sam", "Barbara Lipińska-Gaj"),
      ("żeby ludzie słuchali strażaków", "Barbara Lipińska-Gaj")]),
    ("r50-org", "pl",
     P("Prokuratura Okręgowa w Lesznie poinformowała, że podejrzany „przyznał się do winy”.")
     + P("Rzeczniczka szpitala, Ewa Kędzierska, dodała, że stan rannego jest „stabilny, ale "
         "poważny”. Z kolei według Jakuba Sowińskiego, ordynatora chirurgii, „najbliższe dwie "
         "doby będą kluczowe”."),
     [("przyznał się do winy", "Prokuratura Okręgowa w Lesznie"),
      ("stabilny, ale poważny", "Ewa Kędzierska"),
      ("najbliższe dwie doby będą", "Jakub Sowiński")]),
    ("r50-none", "pl",
     P("„Złodzieje!” – krzyczeli kibice pod adresem prezesa Mariusza Dąbka po meczu.")
     + P("„Dąbek powinien odejść dawno temu” – mówi jeden z wieloletnich karnetowiczów."),
     [("Złodzieje!", None), ("powinien odejść dawno temu", None)]),
    ("r50-inflect", "pl",
     P("Z Martą Zielińską-Borek, laureatką tegorocznej nagrody dla młodych architektów, "
       "rozmawiamy na placu budowy.")
     + P("„Projektuję dla ludzi, którzy tu będą mieszkać, a nie dla jury” – mówi."),
     [("Projektuję dla ludzi, którzy", "Marta Zielińska-Borek")]),
    # ---------------------------------------------------------------- Czech
    ("r50-inflect", "cs",
     P("Podle Jany Horákové, která už patnáct let vede jedinou porodní asistenci v okrese a "
       "loni sama odrodila přes dvě stě dětí, je situace „dlouhodobě neudržitelná“.")
     + P("Krajský úřad slibuje nápravu."),
     [("dlouhodobě neudržitelná", "Jana Horáková")]),
    ("r50-inflect", "cs",
     P("Stavbyvedoucího Pavla Veselého jsme zastihli u nového mostu přes Sázavku.")
     + P("„Termín stihneme, i kdyby pršelo celý říjen,“ tvrdí. „Beton počká na nás, ne my na "
         "něj.“"),
     [("Termín stihneme, i kdyby", "Pavel Veselý"), ("Beton počká na nás", "Pavel Veselý")]),
    ("r50-org", "cs",
     P("Krajský soud v Hradci Lipové uvedl, že obžalovaný „jednal v úmyslu obohatit se“.")
     + P("Mluvčí hasičů Petra Šindelářová řekla, že požár „se podařilo lokalizovat po "
         "půlnoci“. Obec Dolní Lhotka na svém webu napsala: „Děkujeme všem dobrovolníkům.“"),
     [("jednal v úmyslu obohatit", "Krajský soud v Hradci Lipové"),
      ("podařilo lokalizovat po půlnoci", "Petra Šindelářová"),
      ("Děkujeme všem dobrovolníkům", "Obec Dolní Lhotka")]),
    ("r50-none", "cs",
     P("Na transparentech před úřadem hejtmana Radka Kohouta stálo „Chceme vlak, ne sliby“.")
     + P("„Kohout sem jezdí jen před volbami,“ řekl jeden z demonstrantů."),
     [("Chceme vlak, ne sliby", None), ("jezdí jen před volbami", None)]),
    # ---------------------------------------------------------------- Russian
    ("r50-inflect", "ru",
     P("По словам Марины Ковалёвой, которая двадцать лет руководит сельской библиотекой в "
       "Верхних Лозах и сама возит книги пожилым читателям, закрытие филиала «станет концом "
       "деревни».")
     + P("В районной администрации решение объясняют экономией."),
     [("станет концом деревни", "Марина Ковалёва")]),
    ("r50-role", "ru",
     P("Главный тренер «Ладоги» Сергей Ветлугин провёл в среду открытую тренировку.")
     + P("Команда проиграла три матча подряд. Болельщики требуют перемен. Двое основных "
         "защитников травмированы, а новый вратарь ещё не получил допуск.")
     + P("«Паники нет, есть работа», — сказал наставник журналистам. «В субботу всё увидите»."),
     [("Паники нет, есть работа", "Сергей Ветлугин"),
      ("В субботу всё увидите", "Сергей Ветлугин")]),
    ("r50-script", "ru",
     P("«Мы не ожидали, что сибирские покупатели так быстро полюбят наш сыр», — признался "
       "основатель датской сыроварни Henrik Solvang, приехавший на ярмарку в Томске.")
     + P("Его партнёр Олег Мезенцев добавил, что завод «выйдет на полную мощность к лету»."),
     [("не ожидали, что сибирские", "Henrik Solvang"),
      ("выйдет на полную мощность", "Олег Мезенцев")]),
    ("r50-org", "ru",
     P("Зареченский районный суд постановил, что увольнение было «незаконным и "
       "немотивированным».")
     + P("Ответить на вопрос Ивана Громова, своего бывшего сотрудника, директор завода Антон "
         "Пряхин отказался: «Все комментарии — через юристов»."),
     [("незаконным и немотивированным", "Зареченский районный суд"),
      ("Все комментарии — через", "Антон Пряхин")]),
    ("r50-none", "ru",
     P("«Он нас всех обманул», — говорит одна из жительниц дома о застройщике Валерии "
       "Шубине.")
     + P("Книга Шубина «Дом, который построил я» вышла в прошлом году."),
     [("нас всех обманул", None), ("Дом, который построил я", None)]),
    # ---------------------------------------------------------------- Finnish
    ("r50-inflect", "fi",
     P("Mikko Virtasen mukaan, joka on johtanut Kuusiniemen vapaapalokuntaa yli kaksikymmentä "
       "vuotta, hälytyksiä tulee nyt ”kaksi kertaa enemmän kuin ennen”.")
     + P("Leena Kallion mielestä kunnan pitäisi ”palkata ainakin yksi päätoiminen palomies”."),
     [("kaksi kertaa enemmän kuin", "Mikko Virtanen"),
      ("palkata ainakin yksi päätoiminen", "Leena Kallio")]),
    ("r50-inflect", "fi",
     P("Kysyimme Pekka Hakolalta, aikooko hän vielä jatkaa kalastusta.")
     + P("”Niin kauan kuin vene kelluu”, hän vastaa.")
     + P("Kaakkois-Saimaan poliisi kertoo, että jäät ovat ”paikoin erittäin heikot”."),
     [("Niin kauan kuin vene", "Pekka Hakola"),
      ("paikoin erittäin heikot", "Kaakkois-Saimaan poliisi")]),
    ("r50-none", "fi",
     P("Mielenosoittajien kylteissä valtuutetun Timo Karhusen talon edessä luki ”Koulu "
       "kylään”.")
     + P("”Ei se mies ole koskaan käynyt täällä”, sanoo eräs äiti."),
     [("Koulu kylään", None), ("Ei se mies ole", None)]),
    # ---------------------------------------------------------------- Hungarian
    ("r50-inflect", "hu",
     P("Nagy Bálinttól, aki harminc éve vezeti a falu egyetlen boltját, és akinek apja is "
       "ugyanebben az üzletben állt a pult mögött, megtudtuk, hogy a forgalom „a felére "
       "esett”.")
     + P("Tóth Ildikót, a helyi iskola igazgatóját is megkérdeztük. „Tavaly még negyven "
         "gyerekünk volt, idén huszonkettő” – felelte."),
     [("a felére esett", "Nagy Bálint"),
      ("Tavaly még negyven gyerekünk", "Tóth Ildikó")]),
    ("r50-org", "hu",
     P("A Tiszavölgyi Vízügyi Igazgatóság közölte, hogy a gát „nem került veszélybe”.")
     + P("„Minden szivattyú működik” – mondta lapunknak Szabó Gergely polgármester, akit a "
         "gáton értünk utol."),
     [("nem került veszélybe", "Tiszavölgyi Vízügyi Igazgatóság"),
      ("Minden szivattyú működik", "Szabó Gergely")]),
    ("r50-none", "hu",
     P("A tüntetők táblái Kovács Zsolt képviselő irodája előtt: „Nem adjuk a kórházat”.")
     + P("„Kovács még sosem járt a sürgősségin” – kiabálta valaki a tömegből."),
     [("Nem adjuk a kórházat", None), ("még sosem járt a", None)]),
    # ---------------------------------------------------------------- Greek
    ("r50-inflect", "el",
     P("Σύμφωνα με τον Γιώργο Παπαδάκη, που ψαρεύει τριάντα χρόνια στον κόλπο και έχασε "
       "δύο φορές τα δίχτυα του από τις τράτες, το νέο λιμάνι «θα έπρεπε να είχε γίνει από "
       "το 2010».")
     + P("Στη δήλωση του Νίκου Αλεξίου, προέδρου του συλλόγου, αναφέρεται: «Δεν ζητάμε χάρη, "
         "ζητάμε δικαιοσύνη»."),
     [("θα έπρεπε να είχε", "Γιώργος Παπαδάκης"),
      ("Δεν ζητάμε χάρη", "Νίκος Αλεξίου")]),
    ("r50-script", "el",
     P("«Η Κρήτη μού θύμισε το σπίτι μου», είπε ο Marco Bellandi, Ιταλός σεφ που άνοιξε "
       "εστιατόριο στα Χανιά.")
     + P("Ο Δήμος Νέας Αλκυόνης ανακοίνωσε ότι η πλατεία «θα παραδοθεί τον Ιούνιο»."),
     [("Κρήτη μού θύμισε το", "Marco Bellandi"),
      ("θα παραδοθεί τον Ιούνιο", "Δήμος Νέας Αλκυόνης")]),
    ("r50-none", "el",
     P("«Ο Ρήγας δεν άκουσε ποτέ κανέναν», λέει ένας κάτοικος για τον δήμαρχο Στάθη Ρήγα.")
     + P("Στο πανό έγραφε «Όχι στις ανεμογεννήτριες»."),
     [("δεν άκουσε ποτέ κανέναν", None), ("Όχι στις ανεμογεννήτριες", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r50-far", "zh",
     P("在青溪镇开了三十年裁缝铺、去年还带着两个徒弟参加全省非遗展的周秀芬，谈起老街改造时说："
       "“拆掉的不只是房子，是一条街的记性。”")
     + P("镇政府表示，改造方案仍在征求意见。"),
     [("拆掉的不只是房子", "周秀芬")]),
    ("r50-org", "zh",
     P("据澜江市公安局通报，涉事司机“已被依法刑事拘留”。")
     + P("涉事的青禾客运公司发言人称，公司“将全力配合调查”。事故中受伤乘客的家属李文华则表示："
         "“我们只想要一个说法。”"),
     [("已被依法刑事拘留", "澜江市公安局"), ("将全力配合调查", "青禾客运公司"),
      ("我们只想要一个说法", "李文华")]),
    ("r50-role", "zh",
     P("主教练郑国栋在赛前发布会上没有透露首发名单。")
     + P("球队近五轮只拿到一场胜利，主力中卫伤停，外援仍未归队。")
     + P("“我们不缺斗志，缺的是运气，”这位主帅说，“周六会有不一样的比赛。”"),
     [("我们不缺斗志", "郑国栋"), ("周六会有不一样", "郑国栋")]),
    ("r50-testimonial", "zh",
     P("用户评价")
     + "<blockquote><p>“安装师傅很专业，两个小时就装好了。”</p>"
       "<footer>— 杭州 陈女士</footer></blockquote>"
     + "<blockquote><p>“性价比很高，推荐。”</p></blockquote>",
     [("安装师傅很专业", "陈女士"), ("性价比很高", None)]),
    ("r50-none", "zh",
     P("有村民说：“王村长这几年真没少操心。”")
     + P("王建平的新书《山那边的学校》上月出版。"),
     [("王村长这几年真没少", None)]),
    # ---------------------------------------------------------------- Japanese
    ("r50-far", "ja",
     P("30年前に祖父から酒蔵を継ぎ、昨年は海外の品評会で金賞を受けた蔵元の山本健一さん（58）は、"
       "今年の米の出来について「水が良ければ、酒は裏切らない」と話した。")
     + P("同じ町で杜氏を務める妻の由美子さんは「夫は毎年同じことを言うんです」と笑う。"),
     [("水が良ければ", "山本健一"), ("夫は毎年同じことを", "由美子")]),
    ("r50-org", "ja",
     P("北浜電鉄は「安全確認が取れ次第、運転を再開する」とコメントした。")
     + P("県警によると、男は「覚えていない」と供述しているという。"),
     [("安全確認が取れ次第", "北浜電鉄"), ("覚えていない", None)]),
    ("r50-testimonial", "ja",
     P("お客様の声")
     + "<blockquote><p>「説明が丁寧で、初めてでも安心して任せられました。」</p>"
       "<footer>— 東京都・K.T.様</footer></blockquote>"
     + "<blockquote><p>「また利用したいです。」</p><footer>— 大阪府・40代女性</footer></blockquote>",
     [("説明が丁寧で", "K.T."), ("また利用したいです", None)]),
    ("r50-role", "ja",
     P("会見には田中美咲社長と、開発を担当した佐々木亮部長が出席した。")
     + P("新製品は来春発売予定で、価格は未定。競合他社も同様の製品を準備しているとされる。")
     + P("田中氏は「価格よりも使いやすさで勝負したい」と述べた。佐々木氏は「試作は百回を超えた」と"
         "明かした。"),
     [("価格よりも使いやすさ", "田中美咲"), ("試作は百回を超えた", "佐々木亮")]),
    # ---------------------------------------------------------------- Korean
    ("r50-far", "ko",
     P("20년 넘게 시장 골목에서 국숫집을 운영하며 매년 독거노인들에게 무료 점심을 대접해 온 "
       "김민준 씨는 재개발 소식에 “여기가 없어지면 갈 데가 없는 사람이 많다”고 말했다.")
     + P("구청은 상인들과 협의를 계속하겠다는 입장이다."),
     [("여기가 없어지면 갈", "김민준")]),
    ("r50-org", "ko",
     P("한빛전자는 입장문을 통해 “소비자 불편에 깊이 사과드린다”고 밝혔다.")
     + P("회사 관계자는 “리콜 규모는 아직 확정되지 않았다”고 전했다. 이에 대해 소비자단체 "
         "대표 박서연 씨는 “사과보다 보상이 먼저”라고 지적했다."),
     [("소비자 불편에 깊이", "한빛전자"), ("리콜 규모는 아직", "한빛전자"),
      ("사과보다 보상이 먼저", "박서연")]),
    ("r50-testimonial", "ko",
     P("고객 후기")
     + "<blockquote><p>“배송이 빠르고 포장이 꼼꼼했어요.”</p>"
       "<footer>— 서울 이○○ 님</footer></blockquote>"
     + P("“아이가 정말 좋아해요.” — 최지은 님, 부산"),
     [("배송이 빠르고 포장이", None), ("아이가 정말 좋아해요", "최지은")]),
    ("r50-none", "ko",
     P("한 주민은 “정 시장은 선거 때만 온다”고 말했다.")
     + P("정현우 시장의 자서전 『바다로 가는 길』은 지난해 출간됐다."),
     [("선거 때만 온다", None)]),
    # ---------------------------------------------------------------- Arabic
    ("r50-far", "ar",
     P("وقال أحمد الزهراني، الذي يدير منذ خمسة عشر عاماً المخبز الوحيد في الحي القديم، والذي فقد "
       "متجره الأول في حريق عام 2012، إن ارتفاع أسعار الطحين «يهدد رزق عشرات العائلات».")
     + P("ولم تعلق البلدية على تصريحاته."),
     [("يهدد رزق عشرات العائلات", "أحمد الزهراني")]),
    ("r50-org", "ar",
     P("وأعلنت هيئة المياه في محافظة السهل في بيان أن الانقطاع «مؤقت ولن يتجاوز يومين».")
     + P("وقال متحدث باسم شركة الواحة للكهرباء إن الأعطال «تمت معالجتها بالكامل». من جهتها، "
         "قالت المهندسة ليلى العبيدي: «المشكلة في الشبكة القديمة، لا في المحطات»."),
     [("مؤقت ولن يتجاوز يومين", "هيئة المياه في محافظة السهل"),
      ("تمت معالجتها بالكامل", "شركة الواحة للكهرباء"),
      ("المشكلة في الشبكة القديمة", "ليلى العبيدي")]),
    ("r50-script", "ar",
     P("«لم أتوقع أن أجد هذا الكرم في كل بيت»، قالت Sophie Lindqvist، المصورة السويدية التي "
       "قضت شهرين في قرى الأطلس.")
     + P("ورفع المحتجون لافتات كتب عليها «لا لإغلاق المدرسة»."),
     [("لم أتوقع أن أجد", "Sophie Lindqvist"), ("لا لإغلاق المدرسة", None)]),
    # ---------------------------------------------------------------- Hebrew
    ("r50-far", "he",
     P('נועה בן-דוד, שמנהלת כבר שתים-עשרה שנים את מקלט הבעלי-חיים היחיד בעמק ושגידלה בעצמה יותר '
       'ממאה גורים, אמרה כי ההחלטה לקצץ בתקציב "תגרום לנטישה של מאות כלבים".')
     + P('עיריית נווה ארזים מסרה בתגובה כי "הנושא ייבחן מחדש".'),
     [("תגרום לנטישה של מאות", "נועה בן-דוד"), ("הנושא ייבחן מחדש", "עיריית נווה ארזים")]),
    ("r50-org", "he",
     P('משטרת מחוז הגליל המערבי מסרה כי החשוד "שוחרר בתנאים מגבילים".')
     + P('עורך דינו, אבישי רוזנטל, אמר: "מרשי לא היה במקום בכלל."')
     + P('"הוא תמיד היה ילד שקט", אמרה שכנה.'),
     [("שוחרר בתנאים מגבילים", "משטרת מחוז הגליל המערבי"),
      ("מרשי לא היה במקום", "אבישי רוזנטל"), ("הוא תמיד היה ילד", None)]),
    # ---------------------------------------------------------------- Persian
    ("r50-far", "fa",
     P("مریم رضایی که بیست سال است تنها داروخانهٔ روستا را اداره می‌کند و در سیل سال گذشته "
       "داروها را با قایق به خانه‌ها رساند، گفت کمبود دارو «هر روز بدتر می‌شود».")
     + P("به گفتهٔ علی‌اکبر نوروزی، رئیس شورای روستا، «هیچ مسئولی تا حالا اینجا نیامده است»."),
     [("هر روز بدتر می‌شود", "مریم رضایی"),
      ("هیچ مسئولی تا حالا", "علی‌اکبر نوروزی")]),
    ("r50-org", "fa",
     P("شرکت آب منطقه‌ای البرزان در اطلاعیه‌ای اعلام کرد که قطعی آب «موقت» است و «تا فردا "
       "برطرف می‌شود».")
     + P("یکی از ساکنان گفت: «این حرف را هر تابستان می‌شنویم.»"),
     [("تا فردا برطرف می‌شود", "شرکت آب منطقه‌ای البرزان"),
      ("این حرف را هر", None)]),
    # ---------------------------------------------------------------- Hindi
    ("r50-far", "hi",
     P("पिछले पच्चीस साल से गाँव में अकेला सरकारी स्कूल चला रहे और बाढ़ के दौरान बच्चों को "
       "अपने घर में पढ़ाने वाले राकेश वर्मा ने कहा, “सड़क नहीं बनी तो अगले साल आधे बच्चे "
       "स्कूल छोड़ देंगे।”")
     + P("सुनीता जोशी के अनुसार, “लड़कियों की पढ़ाई सबसे पहले रुकती है।”"),
     [("सड़क नहीं बनी तो", "राकेश वर्मा"), ("लड़कियों की पढ़ाई सबसे", "सुनीता जोशी")]),
    ("r50-org", "hi",
     P("शिवगढ़ नगर निगम ने एक बयान में कहा कि मरम्मत का काम “अगले हफ्ते तक पूरा” हो जाएगा।")
     + P("वहीं, शिवगढ़ पुलिस ने बताया कि आरोपी “फरार है और तलाश जारी है”।")
     + P("एक दुकानदार ने कहा, “ऐसा वादा पिछले साल भी हुआ था।”"),
     [("अगले हफ्ते तक पूरा", "शिवगढ़ नगर निगम"), ("फरार है और तलाश", "शिवगढ़ पुलिस"),
      ("ऐसा वादा पिछले साल", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r50-inflect", "tr",
     P("Mehmet Kaya'ya göre, otuz yıldır köyün tek fırınını işleten ve geçen kış elektrik "
       "kesintisinde ekmeği odun ateşinde pişiren biri olarak, yeni zam “küçük esnafı "
       "bitirecek”.")
     + P("Kaya'nın avukatı Zeynep Aksoy ise davanın “sonuna kadar kararlılıkla” takip edileceğini söyledi."),
     [("küçük esnafı bitirecek", "Mehmet Kaya"), ("sonuna kadar kararlılıkla", "Zeynep Aksoy")]),
    ("r50-org", "tr",
     P("Yeşilvadi Belediyesi yaptığı açıklamada suyun “içilebilir durumda” olduğunu bildirdi.")
     + P("Kulüpten yapılan açıklamada ise Karadere Spor'un teknik direktörüne “tam destek "
         "verildiği” belirtildi. Kulüp başkanı Hakan Erdoğdu, “Hoca bizim hocamız” dedi."),
     [("içilebilir durumda", "Yeşilvadi Belediyesi"),
      ("tam destek verildiği", "Karadere Spor"),
      ("Hoca bizim hocamız", "Hakan Erdoğdu")]),
    ("r50-none", "tr",
     P("Taraftarlar, Burak Yalçın'ın gol attığı maçın ardından “Kaptan, kaptan” diye tezahürat "
       "yaptı.")
     + P("Bir taraftar, “Yalçın olmasa bu takım küme düşerdi” dedi."),
     [("Kaptan, kaptan", None), ("olmasa bu takım küme", None)]),
    ("r50-role", "tr",
     P("Vali Selim Karaosmanoğlu sabah saatlerinde selden etkilenen mahalleleri gezdi.")
     + P("Yüzlerce ev su altında kaldı. İki köprü yıkıldı. Arama kurtarma ekipleri gece boyunca tahliye "
         "çalışması yürüttü.")
     + P("“Hiçbir vatandaşımız açıkta kalmayacak” diyen vali, “Yaraları birlikte saracağız” "
         "ifadesini kullandı."),
     [("Hiçbir vatandaşımız açıkta kalmayacak", "Selim Karaosmanoğlu"),
      ("Yaraları birlikte saracağız", "Selim Karaosmanoğlu")]),
    # ---------------------------------------------------------------- Indonesian
    ("r50-far", "id",
     P("Budi Santoso, yang sudah dua puluh tahun menjadi nelayan di Teluk Seruni dan kehilangan "
       "perahunya saat badai tahun lalu, mengatakan hasil tangkapan kini “tinggal separuh dari "
       "dulu”.")
     + P("“Kami butuh dermaga, bukan janji,” ujar istrinya, Siti Rahmawati."),
     [("tinggal separuh dari dulu", "Budi Santoso"),
      ("butuh dermaga, bukan janji", "Siti Rahmawati")]),
    ("r50-org", "id",
     P("Polres Tanjung Mawar menyatakan pelaku “sudah diamankan” dan “akan diproses sesuai "
       "hukum”.")
     + P("Juru bicara PT Sinar Samudra, Dewi Lestari Putri, mengatakan perusahaan “tidak "
         "mentoleransi kekerasan dalam bentuk apa pun”."),
     [("sudah diamankan", "Polres Tanjung Mawar"),
      ("akan diproses sesuai hukum", "Polres Tanjung Mawar"),
      ("tidak mentoleransi kekerasan dalam", "Dewi Lestari Putri")]),
    ("r50-none", "id",
     P("Spanduk di depan kantor Bupati Hendra Wijaya bertuliskan “Kembalikan lahan kami”.")
     + P("“Pak Bupati tidak pernah datang ke sini,” kata seorang warga."),
     [("Kembalikan lahan kami", None), ("tidak pernah datang ke", None)]),
    # ---------------------------------------------------------------- Vietnamese
    ("r50-far", "vi",
     P("Ông Nguyễn Văn Hải, người đã gắn bó hơn ba mươi năm với nghề làm gốm ở làng Thanh Khê "
       "và từng đưa sản phẩm của làng ra hội chợ quốc tế, cho biết nghề gốm “đang dần mất "
       "người nối nghiệp”.")
     + P("Theo bà Trần Thị Lan, con gái ông, “lớp trẻ chỉ muốn lên thành phố”."),
     [("đang dần mất người", "Nguyễn Văn Hải"),
      ("lớp trẻ chỉ muốn", "Trần Thị Lan")]),
    ("r50-org", "vi",
     P("Công an huyện Sông Mây cho biết nghi phạm “đã khai nhận hành vi”.")
     + P("Đại diện Công ty Thủy Lợi Hoàng Giang khẳng định đập “vẫn an toàn”. Trong khi đó, "
         "một người dân nói: “Năm nào họ cũng nói vậy.”"),
     [("đã khai nhận hành vi", "Công an huyện Sông Mây"),
      ("vẫn an toàn", "Công ty Thủy Lợi Hoàng Giang"),
      ("Năm nào họ cũng", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r50-inflect", "ro",
     P("Potrivit lui Andrei Popescu-Vlad, care conduce de douăzeci de ani singurul dispensar din "
       "comună și care a fost ales de trei ori consilier local, spitalul județean „nu mai face "
       "față”.")
     + P("„Avem nevoie de încă doi medici”, a declarat Ioana Mărginean, asistenta-șefă."),
     [("nu mai face față", "Andrei Popescu-Vlad"),
      ("Avem nevoie de încă", "Ioana Mărginean")]),
    ("r50-org", "ro",
     P("Inspectoratul de Poliție Județean Valea Siretului a anunțat că șoferul „a fost "
       "reținut pentru 24 de ore”.")
     + P("Clubul Progresul Dealu a transmis că antrenorul „se bucură de încrederea "
         "conducerii”."),
     [("a fost reținut pentru", "Inspectoratul de Poliție Județean Valea Siretului"),
      ("se bucură de încrederea", "Progresul Dealu")]),
    ("r50-none", "ro",
     P("„Primarul doarme”, scria pe o pancartă la protestul de lângă biroul lui Dorin "
       "Căpățână.")
     + P("Cartea lui Căpățână, „Drumul spre casă”, a apărut în 2024."),
     [("Primarul doarme", None), ("Drumul spre casă", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r50-far", "sv",
     P("Karin Lindqvist, som i tjugofem år har drivit byns enda lanthandel och som förra vintern "
       "körde ut varor till äldre med snöskoter, säger att nedläggningen av busslinjen är ”ett "
       "dödsbesked för Norrbyn”.")
     + P("Regionen hänvisar till låga passagerarsiffror."),
     [("ett dödsbesked för Norrbyn", "Karin Lindqvist")]),
    ("r50-turns", "sv",
     P("”Jag trodde aldrig att jag skulle spela igen”, säger Oskar Hedenström, 31, om skadan "
       "som höll honom borta i ett år.")
     + P("Tränaren Malin Ekbacka nickar. ”Han var den ende som inte gav upp.”")
     + P("”Det var hon som inte gav upp”, säger han.")
     + P("Klubben Ljusbäckens IF skriver på sin webbplats att de är ”oerhört stolta”."),
     [("trodde aldrig att jag", "Oskar Hedenström"),
      ("den ende som inte", "Malin Ekbacka"),
      ("Det var hon som", "Oskar Hedenström"),
      ("oerhört stolta", "Ljusbäckens IF")]),
    ("r50-none", "sv",
     P("På plakaten utanför kommunalrådet Per Åkessons kontor stod det ”Rädda vårt bad”.")
     + P("”Åkesson har aldrig badat här”, sa en förälder."),
     [("Rädda vårt bad", None), ("aldrig badat här", None)]),
    # ---------------------------------------------------------------- Norwegian
    ("r50-far", "nb",
     P("Kari Nordvik, som har drevet fergekaia-kiosken i Hellesund i tretti år og som selv "
       "ringte inn ulykken i 2019, sier at den nye ruten er «en hån mot øyfolket».")
     + P("«Vi ble aldri spurt», legger hun til."),
     [("en hån mot øyfolket", "Kari Nordvik"), ("Vi ble aldri spurt", "Kari Nordvik")]),
    ("r50-org", "nb",
     P("Politiet i Nordfjell opplyser at føreren «var kraftig ruset på narkotika».")
     + P("Vegkontoret i Nordfjell skriver i en pressemelding at veien «åpnes tidligst "
         "fredag». Seksjonsleder Torunn Bakkevold sier: «Vi tar ingen sjanser med rasfaren.»"),
     [("var kraftig ruset på", "Politiet i Nordfjell"),
      ("åpnes tidligst fredag", "Vegkontoret i Nordfjell"),
      ("tar ingen sjanser med", "Torunn Bakkevold")]),
    ("r50-role", "nb",
     P("Ordfører Eirik Solheim-Lunde åpnet det nye svømmeanlegget lørdag.")
     + P("Anlegget har kostet 240 millioner kroner. Bygget ble ett år forsinket. Over tusen "
         "besøkende kom første dag. Køen gikk rundt kvartalet.")
     + P("«Dette har vi ventet på lenge», sa ordføreren."),
     [("Dette har vi ventet", "Eirik Solheim-Lunde")]),
    # ---------------------------------------------------------------- Danish
    ("r50-far", "da",
     P("Mette Kjærgaard, der i tyve år har drevet den eneste købmand på Egholm og selv sejler "
       "varer over, når færgen er aflyst, siger, at lukningen af skolen er »begyndelsen på "
       "enden«.")
     + P("»Uden børn, intet ø-samfund,« siger hendes mand, Jens Kjærgaard."),
     [("begyndelsen på enden", "Mette Kjærgaard"),
      ("Uden børn, intet ø-samfund", "Jens Kjærgaard")]),
    ("r50-org", "da",
     P("Limfjordens Politi oplyser, at manden »ikke var kendt af politiet i forvejen«.")
     + P("Egholm Boldklub skriver, at træneren »har bestyrelsens fulde "
         "opbakning«. Formand Lars Dyhr-Nielsen tilføjer: »Vi skifter ikke ud midt i "
         "sæsonen.«"),
     [("ikke var kendt af", "Limfjordens Politi"),
      ("har bestyrelsens fulde opbakning", "Egholm Boldklub"),
      ("skifter ikke ud midt", "Lars Dyhr-Nielsen")]),
    ("r50-none", "da",
     P("På skiltene foran borgmester Anne Thygesens kontor stod der »Red vores bibliotek«.")
     + P("»Hun har aldrig læst en bog derinde,« sagde en borger."),
     [("Red vores bibliotek", None), ("aldrig læst en bog", None)]),
    # ---------------------------------------------------------------- more forms, many languages
    ("r50-feature", "es",
     P("En el taller de Ernesto Villaluenga, en la calle del Tinte, se reparan relojes desde "
       "1952. Hoy trabajan allí él, su hija Paloma y un aprendiz, Iker Zabala, de 19 años.")
     + P("«Mi padre no tira nada», cuenta ella mientras abre un cajón lleno de muelles. «Dice "
         "que cada pieza tiene otra vida.»")
     + P("El relojero se ríe desde el banco: «Lo digo porque es verdad». El aprendiz, que "
         "llegó hace un año desde una escuela de formación profesional, asiente sin levantar "
         "la vista de la lupa.")
     + P("«Aquí aprendí que la paciencia también es una herramienta», dice el joven.")
     + P("Un cliente que espera en la puerta comenta: «Este sitio es lo último auténtico del "
         "barrio»."),
     [("Mi padre no tira", "Paloma"), ("cada pieza tiene otra", "Paloma"),
      ("Lo digo porque es", "Ernesto Villaluenga"),
      ("la paciencia también es", "Iker Zabala"),
      ("lo último auténtico del", None)]),
    ("r50-feature", "fr",
     P("Ils sont trois à se partager le dernier étal de poissonnerie du marché couvert : "
       "Yvonne Le Bihan, 74 ans, son fils Loïc et leur voisine de stand, Nadia Benchekroun.")
     + P("« On se lève à trois heures depuis cinquante ans », dit la première. La seconde, "
         "qui vend des olives à deux mètres, corrige : « Elle se lève à deux heures et demie. »")
     + P("Loïc, lui, pense déjà à la suite. « Quand maman arrêtera, je ne sais pas si je "
         "tiendrai seul », confie-t-il.")
     + P("(« Il tiendra », glisse sa mère en passant.)"),
     [("On se lève à trois", "Yvonne Le Bihan"),
      ("Elle se lève à deux", "Nadia Benchekroun"),
      ("Quand maman arrêtera, je", "Loïc"), ("Il tiendra", "Yvonne Le Bihan")]),
    ("r50-continued", "it",
     P("Il discorso con cui Carla Mezzanotte ha lasciato la presidenza della Croce Verde di "
       "Borgo Alto è stato breve.")
     + P("«Quando sono entrata qui avevamo un'ambulanza e sei volontari.")
     + P("«Oggi ne abbiamo nove e quattrocento volontari. Non è merito mio, è merito vostro.»")
     + P("In prima fila, il nuovo presidente Davide Orsolini ha applaudito per primo."),
     [("avevamo un'ambulanza e sei", "Carla Mezzanotte"),
      ("Non è merito mio", "Carla Mezzanotte")]),
    ("r50-continued", "en",
     P("Nadia Sorensen-Blake read her statement on the steps of the court after the verdict.")
     + P("“For six years we were told our son had caused the crash.")
     + P("“Today a jury has said what we always knew. He was a passenger. He was nineteen. He "
         "did nothing wrong.”")
     + P("Her husband, Peter, stood beside her but did not speak."),
     [("told our son had", "Nadia Sorensen-Blake"),
      ("jury has said what we", "Nadia Sorensen-Blake")]),
    ("r50-forum", "fr",
     "<div class=\"post\"><p><b>Citation de velo_nantais :</b></p><blockquote><p>Quelqu'un a "
     "déjà changé la chaîne sans dérive-chaîne ?</p></blockquote><p>Oui, avec une attache "
     "rapide. Le manuel dit « ne jamais réutiliser une attache rapide », mais bon…</p>"
     "<p>— <b>Grimpeur73</b></p></div>"
     + "<div class=\"post\"><p><b>velo_nantais</b> a écrit :</p><p>« Mais bon » : j'adore. "
       "Merci quand même !</p></div>",
     [("déjà changé la chaîne", "velo_nantais"),
      ("ne jamais réutiliser une", None)]),
    ("r50-forum", "ru",
     ("<div class=\"post\"><p><b>Сибирячка_88</b> писал(а):</p><blockquote><p>Кто-нибудь "
     "ставил зимнюю резину на этот кроссовер?</p></blockquote><p>Ставил прошлой зимой. "
     "Шиномонтажник сказал: «Шипы тут лишние, у вас город».</p><p><b>Дмитрий_Р</b></p></div>"),
     [("ставил зимнюю резину на", "Сибирячка_88"), ("Шипы тут лишние", None)]),
    ("r50-docs", "ja",
     P("ビルド時に「モジュールが見つかりません」と表示される場合は、パスの設定を確認してください。")
     + P("仕様書には「クライアントは再送してはならない」と明記されている。このライブラリを保守する"
         "小林誠氏はバージョン2.3で警告を追加した。"),
     [("モジュールが見つかりません", None), ("クライアントは再送して", None)]),
    ("r50-docs", "ru",
     P("Если при запуске появляется сообщение «Недостаточно прав для записи в каталог», "
       "запустите установщик от имени администратора.")
     + P("В README автор проекта Андрей Лебедев пишет: «Поддержка Windows 7 прекращена»."),
     [("Недостаточно прав для записи", None),
      ("Поддержка Windows 7 прекращена", "Андрей Лебедев")]),
    ("r50-press", "sv",
     P("GÖTEBORG, 4 april – Lindhavet Marin AB tecknar avtal om tre eldrivna färjor.")
     + P("”Det här är den största beställningen i företagets historia”, säger Annika "
         "Strömgren-Falk, vd för Lindhavet Marin, som tidigare ledde varvets konstruktionsavdelning.")
     + P("Om Lindhavet Marin: Företaget bygger fartyg sedan 1961 under devisen ”Tyst över "
         "vattnet”."),
     [("största beställningen i företagets", "Annika Strömgren-Falk"),
      ("Tyst över vattnet", None)]),
    ("r50-press", "it",
     P("MILANO, 9 ottobre – Ferrotecnica Valbruna annuncia l'apertura di un nuovo stabilimento "
       "a Lodi.")
     + P("«Investiamo dove ci sono competenze», ha dichiarato l'amministratore delegato "
         "Stefano Rinaldi-Morello, che guida l'azienda dal 2018. «E qui le competenze non "
         "mancano.»"),
     [("Investiamo dove ci sono", "Stefano Rinaldi-Morello"),
      ("qui le competenze non", "Stefano Rinaldi-Morello")]),
    ("r50-court", "pl",
     P("Sędzia Anna Wierzbicka zapytała świadka, czy rozpoznaje oskarżonego.")
     + P("„Widziałem go tylko z daleka” – odparł Tadeusz Gołąb, sąsiad poszkodowanej.")
     + P("Obrońca, mecenas Rafał Orłowski, dopytywał: „Z jakiej odległości?”. „Może "
         "trzydzieści metrów” – odpowiedział świadek."),
     [("Widziałem go tylko z", "Tadeusz Gołąb"), ("Z jakiej odległości?", "Rafał Orłowski"),
      ("Może trzydzieści metrów", "Tadeusz Gołąb")]),
    ("r50-block", "ru",
     P("Свою колонку в районной газете Вера Сорокина закончила так:")
     + "<blockquote><p>Дорогу строят не асфальтом, а терпением тех, кто по ней ходит.</p>"
       "</blockquote>"
     + "<blockquote><p>«Деревня жива, пока в ней горит хоть одно окно»</p><footer>— надпись на "
       "стенде у сельсовета</footer></blockquote>",
     [("Дорогу строят не асфальтом", "Вера Сорокина"),
      ("Деревня жива, пока в", None)]),
    ("r50-block", "sv",
     "<blockquote><p>”Ingen ska behöva välja mellan mat och medicin.”</p>"
     "<footer><cite>Elin Markström, ordförande i Pensionärsföreningen Älvdalen Nord</cite>"
     "</footer></blockquote>"
     + P("Föreningen lämnade på tisdagen över 4 000 namnunderskrifter till regionen."),
     [("behöva välja mellan mat", "Elin Markström")]),
    ("r50-feature", "fa",
     P("در کارگاه قالی‌بافی خانم زهرا کرمانی، سه نسل کنار هم کار می‌کنند: خودش، دخترش نسرین و "
       "نوه‌اش سارا.")
     + P("«مادرم هیچ‌وقت نقشه را روی کاغذ نمی‌کشد»، نسرین می‌گوید. «همه‌اش در سرش است.»")
     + P("سارا که دانشجوی معماری است، می‌خندد: «من بدون کامپیوتر یک گل هم نمی‌توانم بکشم.»")
     + P("مادربزرگ فقط سر تکان می‌دهد: «دست باید یاد بگیرد، نه چشم.»"),
     [("مادرم هیچ‌وقت نقشه را", "نسرین"), ("همه‌اش در سرش است", "نسرین"),
      ("من بدون کامپیوتر یک", "سارا"), ("دست باید یاد بگیرد", "زهرا کرمانی")]),
    ("r50-feature", "he",
     P('אבי מזרחי פתח את המוסך בשכונה לפני ארבעים שנה. היום עובדים בו גם בנו, עידו, והמכונאית '
       'הצעירה שירה גולדמן.')
     + P('"אבא שלי יודע מה התקלה לפי הרעש", אומר עידו. "אני צריך מחשב."')
     + P('המכונאית מחייכת: "ואני צריכה את שניהם."')
     + P('הוותיק מכולם רק מושך בכתפיים: "מכונית זה כמו אדם, צריך להקשיב לה."'),
     [("אבא שלי יודע מה", "עידו"), ("ואני צריכה את שניהם", "שירה גולדמן"),
      ("מכונית זה כמו אדם", "אבי מזרחי")]),
    ("r50-feature", "hi",
     P("बनारस की गली में कमला देवी पचास साल से पान की दुकान चलाती हैं। उनके साथ बेटा "
       "मनोज और पड़ोसी दर्ज़ी इक़बाल अंसारी भी बैठते हैं।")
     + P("“अम्मा के हाथ का पान दूर-दूर से लोग खाने आते हैं,” मनोज कहते हैं।")
     + P("इक़बाल हँसते हैं, “और मेरी दुकान पर बैठकर खाते हैं।”")
     + P("कमला देवी बस इतना कहती हैं, “जब तक हाथ चलेंगे, दुकान चलेगी।”"),
     [("अम्मा के हाथ का पान", "मनोज"), ("मेरी दुकान पर बैठकर", "इक़बाल अंसारी"),
      ("जब तक हाथ चलेंगे", "कमला देवी")]),
    ("r50-feature", "vi",
     P("Quán phở của bà Lê Thị Hoa ở đầu ngõ đã mở từ năm 1986. Hiện con trai bà, anh Phạm "
       "Minh Tuấn, và con dâu, chị Đỗ Thu Trang, cùng phụ bán.")
     + P("“Mẹ tôi không bao giờ đo gia vị bằng cân,” anh Tuấn nói.")
     + P("Chị Trang thì kể: “Lúc mới về làm dâu, tôi nấu hỏng ba nồi nước dùng.”")
     + P("Người sáng lập quán chỉ cười: “Nấu phở là nấu bằng kiên nhẫn.”"),
     [("không bao giờ đo gia vị", "Phạm Minh Tuấn"),
      ("nấu hỏng ba nồi", "Đỗ Thu Trang"),
      ("Nấu phở là nấu", "Lê Thị Hoa")]),
    ("r50-feature", "ar",
     P("في ورشة النجارة التي أسسها يوسف الحداد قبل أربعين عاماً، يعمل اليوم ابنه كريم وابنته "
       "رنا، وهي أول امرأة في العائلة تمسك المنشار.")
     + P("«أبي لا يستعمل المسطرة أبداً»، تقول رنا. «عينه هي المسطرة».")
     + P("ويضيف شقيقها: «أما أنا فلا أثق إلا بالمسطرة».")
     + P("أما المؤسس فيكتفي بالقول: «الخشب يعلّم الصبر»."),
     [("أبي لا يستعمل المسطرة", "رنا"), ("فلا أثق إلا بالمسطرة", "كريم"),
      ("الخشب يعلّم الصبر", "يوسف الحداد")]),
    ("r50-role", "ko",
     P("박영수 감독이 이끄는 해솔FC는 지난 시즌 강등 위기를 가까스로 넘겼다.")
     + P("올해는 외국인 공격수 두 명을 새로 영입했다. 개막전 관중은 8천 명을 넘었다. "
         "구단은 유소년 팀도 새로 창단했다.")
     + P("“올해 목표는 중위권”이라고 밝힌 사령탑은 “팬들에게 더는 실망을 드리지 않겠다”고 "
         "덧붙였다."),
     [("올해 목표는 중위권", "박영수"), ("팬들에게 더는 실망을", "박영수")]),
    ("r50-mixed", "nb",
     P("«Jonas Brekke har ikke gjort noe galt», sier hans advokat, Ingrid Tveit-Hansen, mens "
       "aktor Bjørn Moe mener forklaringen «ikke henger sammen».")
     + P("Saken fortsetter i tingretten mandag."),
     [("Jonas Brekke har ikke", "Ingrid Tveit-Hansen"), ("ikke henger sammen", "Bjørn Moe")]),
    ("r50-mixed", "da",
     P("Spurgt af journalisten Sofie Holm, om han vil genopstille, svarer borgmester Niels "
       "Brandt: »Det bestemmer vælgerne, ikke mig.« Hans modkandidat, Lise Vang, kalder "
       "svaret »et klassisk udenomssvar«.")
     + P("Valget afholdes i november."),
     [("Det bestemmer vælgerne, ikke", "Niels Brandt"), ("et klassisk udenomssvar", "Lise Vang")]),
    ("r50-mixed", "fi",
     P("”Marja Lehtonen ei ole rikkonut lakia”, sanoo hänen asianajajansa Juha Rantanen. "
       "Syyttäjä Päivi Salonen puolestaan kuvaa tekoa ”huolellisesti harkituksi teoksi”.")
     + P("Käräjäoikeus antaa tuomionsa ensi kuussa."),
     [("Marja Lehtonen ei ole", "Juha Rantanen"), ("huolellisesti harkituksi teoksi", "Päivi Salonen")]),
    ("r50-mixed", "ro",
     P("Întrebat de reporterița Alina Toma dacă va demisiona, ministrul Victor Ene a răspuns: "
       "„Nu am de ce.” Colegul său de partid, Radu Sârbu, a spus că ministrul „ar trebui să "
       "se gândească serios”.")
     + P("Guvernul se reunește joi."),
     [("Nu am de ce", "Victor Ene"), ("ar trebui să se", "Radu Sârbu")]),
    ("r50-mixed", "hu",
     P("„Kiss Annának semmi köze az ügyhöz” – mondta ügyvédje, Fekete Márton, míg az ügyész, "
       "dr. Horváth Edit szerint a bizonyítékok „teljesen egyértelműek és perdöntők”.")
     + P("A tárgyalás jövő héten folytatódik."),
     [("Kiss Annának semmi köze", "Fekete Márton"), ("teljesen egyértelműek és perdöntők", "Horváth Edit")]),
    ("r50-mixed", "el",
     P("«Η Άννα Δημητρίου δεν έκανε τίποτα παράνομο», δήλωσε ο συνήγορός της Κώστας "
       "Μαυρίδης, ενώ η εισαγγελέας Σοφία Λαμπράκη χαρακτήρισε τα στοιχεία «συντριπτικά και αδιάσειστα».")
     + P("Η δίκη συνεχίζεται την Τρίτη."),
     [("Η Άννα Δημητρίου δεν", "Κώστας Μαυρίδης"), ("συντριπτικά και αδιάσειστα", "Σοφία Λαμπράκη")]),
    ("r50-mixed", "id",
     P("Ditanya wartawan Rina Marlina apakah ia akan mundur, Wali Kota Agus Prasetyo menjawab, "
       "“Saya dipilih rakyat, bukan wartawan.” Ketua DPRD Bayu Nugroho menyebut jawaban itu "
       "“tidak pantas diucapkan pejabat”.")
     + P("Rapat paripurna dijadwalkan pekan depan."),
     [("Saya dipilih rakyat, bukan", "Agus Prasetyo"), ("tidak pantas diucapkan pejabat", "Bayu Nugroho")]),
    ("r50-mixed", "cs",
     P("„Marie Dvořáková neudělala nic nezákonného,“ řekl její obhájce Ondřej Malý. Podle "
       "státní zástupkyně Lenky Veselé jsou však důkazy „zcela jednoznačné a přesvědčivé“.")
     + P("Soud bude pokračovat v pondělí."),
     [("Marie Dvořáková neudělala nic", "Ondřej Malý"), ("zcela jednoznačné a přesvědčivé", "Lenka Veselá")]),
    ("r50-mixed", "tr",
     P("Gazeteci Elif Şahin'in “istifa edecek misiniz” sorusuna Bakan Murat Öztürkmen, "
       "“Görevimin başındayım” yanıtını verdi.")
     + P("Meclis oturumu perşembe günü devam edecek."),
     [("istifa edecek misiniz", "Elif Şahin"), ("Görevimin başındayım", "Murat Öztürkmen")]),
    ("r50-mixed", "pt",
     P("Questionado pela jornalista Rita Fontes sobre a demissão, o ministro Henrique Lobato "
       "respondeu: «Não comento boatos.» O líder da oposição, Sérgio Cardeal, considerou a "
       "resposta «uma fuga à pergunta».")
     + P("O conselho de ministros reúne-se na quinta-feira."),
     [("Não comento boatos", "Henrique Lobato"), ("uma fuga à pergunta", "Sérgio Cardeal")]),
    ("r50-mixed", "nl",
     P("‘Lotte Verhoeven heeft niets fout gedaan,’ zegt haar advocaat Bram de Vries-Hoekstra, "
       "terwijl de officier van justitie, Karin Mulder, spreekt van ‘een doordachte daad’.")
     + P("De rechtbank doet over twee weken uitspraak."),
     [("Lotte Verhoeven heeft niets", "Bram de Vries-Hoekstra"), ("een doordachte daad", "Karin Mulder")]),
]

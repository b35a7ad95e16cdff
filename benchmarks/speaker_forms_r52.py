"""Held-out round 52 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the code, the tests or any other speaker round), aimed at pages that
are not plain news: interviews and Q&A pages whose interviewee is named only in the standfirst,
heading or photo caption and whose answers follow bold, initialled or dashed questions ("Q:",
"Frage:", "Question :", "Pregunta:", "—"); long features that name a person once in full and later
quote them by surname, by title and surname or by first name only; quotations that open a paragraph
and are attributed in the next sentence with no verb of saying next to them ("Those were the words
of X", "So says X", "This is how X puts it"); testimonial and case-study cards with the name and role
in a separate element; statements, rulings and press releases quoted from documents (organisations
as speakers); pronouns after two people of different genders; forum posts by user name; and about a
fifth of pairs where a reader says None (a person who is only the topic, "one resident", "a
spokesperson" with no organisation, slogans, titles, error messages, unsigned pull quotes).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R52_CASES = [
    # ---------------------------------------------------------------- English
    ("r52-qa", "en",
     "<h2>“The tide decides my hours”: a boatwright on her trade</h2>"
     + P("Marit Solheim, 58, has restored wooden boats in a shed on the Kelby estuary for eleven "
         "years. She spoke to us between two coats of varnish.")
     + P("<b>Q: Why wooden boats, when fibreglass is cheaper?</b>")
     + P("A: “Because fibreglass doesn’t forgive you. Wood tells you where it hurts, if you listen.”")
     + P("<b>Q: Do you ever turn a boat away?</b>")
     + P("A: “Twice. Both owners wanted a speedboat disguised as a lugger.”"),
     [("The tide decides my", "Marit Solheim"),
      ("fibreglass doesn’t forgive you", "Marit Solheim"),
      ("Both owners wanted a", "Marit Solheim")]),
    ("r52-qa", "en",
     P("Interview by Dana Okafor. Photographs: Lewis Arkwright.")
     + P("The composer Tobias Renfrew-Hale wrote his new opera in a caravan on a sheep farm. He talked "
         "to Dana Okafor about silence.")
     + P("<strong>DO:</strong> Was the caravan a choice or a necessity?")
     + P("<strong>TRH:</strong> “Necessity first, then a choice. After a month I couldn’t write "
         "anywhere with a ceiling higher than my head.”")
     + P("<strong>DO:</strong> “And now that it’s finished?”")
     + P("<strong>TRH:</strong> “I sold the caravan. I kept the kettle.”"),
     [("Necessity first, then a", "Tobias Renfrew-Hale"),
      ("And now that it’s", "Dana Okafor"),
      ("I sold the caravan", "Tobias Renfrew-Hale")]),
    ("r52-next", "en",
     P("“We are not closing a library. We are closing the only warm room on this street.” Those "
       "were the words of Agnes Whitcombe, who has run the reading group at Fellgate library since "
       "1998.")
     + P("The council says the branch costs more to heat than any other building it owns.")
     + P("“Heating is exactly the point,” Whitcombe replied when the figure was read out at "
         "Tuesday’s meeting."),
     [("We are not closing", "Agnes Whitcombe"),
      ("Heating is exactly the", "Agnes Whitcombe")]),
    ("r52-next", "en",
     P("“Every bridge in this county was built for a horse and cart.” So says Desmond Achterberg, "
       "the county’s chief highways engineer, who retires next month after 31 years.")
     + P("His successor, Priya Nandakumar, is more cautious. “Some were built for two horses,” she "
         "said, laughing. “We’ve checked.”")
     + P("The retiring engineer does not laugh. “A bridge doesn’t care about our budget cycle.”"),
     [("Every bridge in this", "Desmond Achterberg"),
      ("Some were built for", "Priya Nandakumar"),
      ("A bridge doesn’t care", "Desmond Achterberg")]),
    ("r52-card", "en",
     P("What our clients say about Brightlane Logistics")
     + '<div class="testimonial"><blockquote>“They moved forty pallets of glassware across three '
       'borders and we lost one wine glass.”</blockquote><p class="name">Helena Marchetti</p>'
       '<p class="role">Operations Manager, Vetro Casa</p></div>'
     + '<div class="testimonial"><blockquote>“Invoices that match the quote. You would be '
       'surprised how rare that is.”</blockquote><p class="name">Sam Oyelaran</p>'
       '<p class="role">Founder, Oyelaran Home</p></div>'
     + '<div class="testimonial"><blockquote>“Friendly drivers, always on time.”</blockquote>'
       '<p class="name">A customer in Ludham</p></div>'
     + P("Ask us for a quote today."),
     [("forty pallets of glassware", "Helena Marchetti"),
      ("Invoices that match the", "Sam Oyelaran"),
      ("Friendly drivers, always on", None)]),
    ("r52-surname", "en",
     P("When the flood reached the second step of St Ebba’s church, Ruth Calloway-Meyer was already "
       "on the roof of the hall next door with a torch and a megaphone. Her neighbour Gareth Pryce "
       "was in a canoe.")
     + P("“I shouted the names of everyone I knew was over eighty,” Calloway-Meyer said. “Gareth "
         "paddled to them in that order.”")
     + P("Pryce, a retired postman, remembers it differently. “She shouted. I paddled wherever the "
         "dogs were barking, because where there’s a dog there’s somebody.”")
     + P("The county’s emergency planner, Dr Olu Bankole, has since used their night as a training "
         "case. “Local knowledge beat our maps by about four hours,” Dr Bankole said.")
     + P("Gareth was less impressed by the praise. “Four hours is a long time in cold water.”"),
     [("shouted the names of", "Ruth Calloway-Meyer"),
      ("wherever the dogs were", "Gareth Pryce"),
      ("Local knowledge beat our", "Olu Bankole"),
      ("Four hours is a", "Gareth Pryce")]),
    ("r52-doc", "en",
     P("The Ministry of Coastal Affairs wrote in a statement on Friday that the ferry contract had "
       "been “awarded in full accordance with the tender rules” and would “not be reopened”.")
     + P("The Marlow Administrative Court, however, held that the ministry had “failed to record the "
         "reasons for its choice”, and ordered a fresh decision within ninety days.")
     + P("Judge Imelda Forsythe added in her written ruling: “A reason that is not written down "
         "cannot be reviewed.”"),
     [("awarded in full accordance", "Ministry of Coastal Affairs"),
      ("not be reopened", "Ministry of Coastal Affairs"),
      ("failed to record the", "Marlow Administrative Court"),
      ("A reason that is", "Imelda Forsythe")]),
    ("r52-none", "en",
     P("Professor Linnea Harcourt has become the face of the campaign against the new ring road. "
       "Posters of her hang in shop windows across Dunmere.")
     + P("“She has done more for this town than the council has in a decade,” one shopkeeper said.")
     + P("A spokesperson said the plans were “still under review”.")
     + P("Harcourt’s book, “The Road Not Paved”, sold out in the town’s only bookshop within a week."),
     [("She has done more", None),
      ("still under review", None),
      ("The Road Not Paved", None)]),
    ("r52-far", "en",
     P("Captain Eamon Ruddock brought the trawler Maud Ellen into harbour at dawn with her rudder "
       "jammed and seven men aboard.")
     + P("The crew had spent fourteen hours steering with the engines alone, swinging the boat from "
         "one side to the other.")
     + P("The coastguard had offered a tow twice. Both times the offer was refused.")
     + P("“A tow in that sea would have pulled the bow off her. I’ve seen it done,” the skipper said "
         "on the quay, still in his oilskins."),
     [("A tow in that", "Eamon Ruddock")]),
    ("r52-mixed", "en",
     P("Frank Delacourt opened the bakery on Mill Lane in 1974. His daughter, Simone Delacourt, took "
       "over the ovens last spring.")
     + P("“Dad still comes in at four to check the starter,” she said. “He pretends he’s just "
         "passing.”")
     + P("“I am just passing,” her father said. “It happens to be at four.”"),
     [("still comes in at", "Simone Delacourt"),
      ("He pretends he’s just", "Simone Delacourt"),
      ("I am just passing", "Frank Delacourt")]),
    ("r52-next", "en",
     P("“You don’t design a hospital corridor for the patient who walks. You design it for the one "
       "on the trolley at three in the morning.”")
     + P("This is how the architect Yusuf Demirel-Clarke, whose firm drew the new wing at Ashby "
         "General, explains the width of its corridors.")
     + P("The hospital’s chief nurse, Bernadette Quaye, puts it more bluntly: “Wide corridors mean "
         "nobody has to reverse a bed.”"),
     [("design a hospital corridor", "Yusuf Demirel-Clarke"),
      ("Wide corridors mean nobody", "Bernadette Quaye")]),
    ("r52-written", "en",
     P("Thread: fuel pump swap on an older diesel")
     + '<div class="post"><p class="author">rustbucket_dave wrote:</p><blockquote>“Has anyone '
       'fitted the 2.2 pump to an older block? Mine won’t prime.”</blockquote></div>'
     + '<div class="post"><p class="author">Reply from MaggieT</p><p>“Yes, you need the adapter '
       'plate from the later model. Don’t skip the gasket.”</p></div>'
     + '<div class="post"><p class="author">Reply from rustbucket_dave</p><p>“Gasket was the '
       'problem. Thanks, Maggie.”</p></div>'
     + P("The dashboard had shown “PUMP PRIME FAULT 0x2A” before the swap."),
     [("fitted the 2.2 pump", "rustbucket_dave"),
      ("need the adapter plate", "MaggieT"),
      ("Gasket was the problem", "rustbucket_dave"),
      ("PUMP PRIME FAULT 0x2A", None)]),
    ("r52-turns", "en",
     P("Councillor Brenda Oduya met the developer Martin Holloway at the site on Thursday.")
     + P("“We will not sign off on a car park where the playground was promised,” she said.")
     + P("He said the playground had merely been “moved, not removed”."),
     [("will not sign off", "Brenda Oduya"),
      ("moved, not removed", "Martin Holloway")]),
    ("r52-none", "en",
     P("Police arrested Callum Strand, 24, in Harwick on Monday in connection with the warehouse "
       "fire.")
     + P("“It went up like paper. We could feel the heat across the road,” said a woman who lives "
         "opposite.")
     + P("Detectives have appealed for dashcam footage of the area."),
     [("It went up like", None)]),
    ("r52-org", "en",
     P("LONDON, 3 March 2026 – Fenwright Energy today announced a partnership with the Skerrin Tidal "
       "Cooperative to build three tidal turbines off Skerrin Head.")
     + P("“Tidal power is predictable in a way that wind will never be,” said Lucinda Brathwaite, "
         "chief executive of Fenwright Energy. “You can print the timetable a century ahead.”")
     + P("<b>About Fenwright Energy</b>")
     + P("Fenwright Energy is an independent generator founded in 2011 and based in Carnmore."),
     [("Tidal power is predictable", "Lucinda Brathwaite"),
      ("print the timetable a", "Lucinda Brathwaite")]),
    ("r52-surname", "en",
     P("Dr Ingrid Berge-Olafsen runs the sleep clinic at Harlow Royal, where the waiting list is now "
       "fourteen months long.")
     + P("Her patients, she says, are mostly shift workers. “Nurses, drivers, bakers. People whose "
         "body clock has been sold to an employer.”")
     + P("The hospital’s chief executive, Neil Fairbairn, said extra funding had been requested. "
         "Dr Berge-Olafsen was unconvinced: “Requested is not received.”"),
     [("Nurses, drivers, bakers", "Ingrid Berge-Olafsen"),
      ("Requested is not received", "Ingrid Berge-Olafsen")]),
    ("r52-written", "en",
     P("In his closing speech to the assembly, the outgoing chair looked back on twelve years of "
       "work.")
     + "<blockquote><p>“We did not build a perfect system. We built one that can admit it is "
       "wrong.”</p><footer>— Viktor Almqvist, chair of the Northern Water Board</footer></blockquote>"
     + P("The board will elect his successor in June."),
     [("did not build a", "Viktor Almqvist")]),
    ("r52-none", "en",
     P("The survey asked 2,000 commuters what they would change about the night buses.")
     + "<blockquote>“Lights that work. That’s all. Lights that work.”</blockquote>"
     + P("Most answers concerned timetables; a fifth mentioned safety."),
     [("That’s all. Lights that", None)]),
    ("r52-mixed", "en",
     P("We asked shoppers at Granby market what they thought of the new parking charges.")
     + P("“Two pounds to buy a cabbage? No,” said Norah Fitzwilliam, 71, from Elton.")
     + P("“It keeps the vans off the square, which I like,” said Kwame Asante, who sells honey at a "
         "stall by the fountain.")
     + P("“I walk anyway,” said one teenager, who did not want to be named."),
     [("Two pounds to buy", "Norah Fitzwilliam"),
      ("keeps the vans off", "Kwame Asante"),
      ("I walk anyway", None)]),
    ("r52-qa", "en",
     P("<em>Photo: the chef Aurelio Santangelo in the kitchen of his restaurant in Brackwell.</em>")
     + P("<b>Your menu changes every day. Isn’t that exhausting?</b>")
     + P("“It’s less exhausting than cooking the same risotto for ten years. That is how chefs burn "
         "out.”")
     + P("<b>What won’t you cook?</b>")
     + P("“Anything flown in. If it came on a plane, it doesn’t come through my door.”"),
     [("less exhausting than cooking", "Aurelio Santangelo"),
      ("If it came on", "Aurelio Santangelo")]),
    # ---------------------------------------------------------------- German
    ("r52-qa", "de",
     "<h2>Hebamme Roswitha Kellermann-Ayhan: „Geburten halten sich an keinen Dienstplan“</h2>"
     + P("Seit 27 Jahren begleitet sie Geburten im Landkreis Wernau. Nun schließt die letzte "
         "Geburtsstation in der Region.")
     + P("<b>Frage: Was bedeutet die Schließung für werdende Mütter?</b>")
     + P("Antwort: „Im Zweifel eine Stunde Fahrt mit Wehen. Im Winter auch mehr.“")
     + P("<b>Frage: Haben Sie mit der Klinikleitung gesprochen?</b>")
     + P("Antwort: „Dreimal. Man hat mir jedes Mal für mein Engagement gedankt.“"),
     [("Geburten halten sich an", "Roswitha Kellermann-Ayhan"),
      ("eine Stunde Fahrt mit", "Roswitha Kellermann-Ayhan"),
      ("für mein Engagement gedankt", "Roswitha Kellermann-Ayhan")]),
    ("r52-surname", "de",
     P("Als Henrike Lindqvist vor zwanzig Jahren den Weinberg ihres Onkels übernahm, gab ihr im "
       "Dorf niemand eine Chance. Der Nachbar Bernd Schoppe bot ihr sogar an, die Flächen zu "
       "pachten.")
     + P("„Er meinte es nett. Er dachte, eine Frau aus Schweden hält hier keinen Winter durch“, "
         "erzählt Frau Lindqvist und lacht.")
     + P("Schoppe, inzwischen 74, gibt das ohne Umschweife zu. „Ich habe mich geirrt. Ihr Riesling "
         "ist besser als meiner.“")
     + P("Henrike hört das nicht zum ersten Mal. „Das sagt er nur, wenn Gäste dabei sind.“"),
     [("Er meinte es nett", "Henrike Lindqvist"),
      ("Ich habe mich geirrt", "Bernd Schoppe"),
      ("sagt er nur, wenn", "Henrike Lindqvist")]),
    ("r52-next", "de",
     P("„Wer hier eine Brücke baut, baut sie für hundert Jahre, nicht für eine Wahlperiode.“ So "
       "formuliert es Klaus-Dieter Amsel, der als Statiker seit vier Jahrzehnten Brücken im "
       "Auental prüft.")
     + P("Der Landrat, Ulrich Pfannenstiel, will die marode Talbrücke bei Weißbach dennoch zunächst "
         "nur ausbessern lassen.")
     + P("„Ausbessern heißt verschieben“, hält der Statiker dagegen."),
     [("baut sie für hundert", "Klaus-Dieter Amsel"),
      ("Ausbessern heißt verschieben", "Klaus-Dieter Amsel")]),
    ("r52-doc", "de",
     P("Das Verwaltungsgericht Lüderstadt hat die Versammlungsauflagen der Stadt für rechtswidrig "
       "erklärt. Die Stadt habe „nicht dargelegt, worin die Gefahr konkret bestehen soll“, heißt "
       "es in dem Beschluss.")
     + P("Das Ordnungsamt teilte schriftlich mit, man werde die Entscheidung „sorgfältig und zügig prüfen“.")
     + P("Die Anmelderin der Kundgebung, Sevgi Brandhuber, sprach von einem „guten Tag für die "
         "Versammlungsfreiheit“."),
     [("nicht dargelegt, worin die", "Verwaltungsgericht Lüderstadt"),
      ("sorgfältig und zügig prüfen", "Ordnungsamt"),
      ("guten Tag für die", "Sevgi Brandhuber")]),
    ("r52-turns", "de",
     P("Bürgermeisterin Anja Reuter und der Investor Holger Timm trafen sich am Montag im Rathaus.")
     + P("„Wir verkaufen kein Schwimmbad, damit dort Luxuswohnungen entstehen“, sagte sie danach.")
     + P("Er wiederum sprach von einem „fairen und großzügigen Angebot“, das bis Jahresende gelte.")
     + P("„Fair ist, was im Stadtrat eine Mehrheit findet“, entgegnete die Bürgermeisterin."),
     [("verkaufen kein Schwimmbad, damit", "Anja Reuter"),
      ("fairen und großzügigen Angebot", "Holger Timm"),
      ("Fair ist, was im", "Anja Reuter")]),
    ("r52-none", "de",
     P("Gegen den früheren Vereinspräsidenten Jörg Wendlandt wird wegen Untreue ermittelt.")
     + P("„Der hat uns jahrelang erzählt, die Kasse sei leer“, sagt ein langjähriges Mitglied, das "
         "nicht genannt werden möchte.")
     + P("Auf den Transparenten vor dem Vereinsheim stand: „Wo ist unser Geld?“")
     + P("Ein Sprecher sagte lediglich, man äußere sich „zu laufenden Verfahren nicht“."),
     [("hat uns jahrelang erzählt", None),
      ("Wo ist unser Geld", None),
      ("zu laufenden Verfahren nicht", None)]),
    ("r52-card", "de",
     P("Erfahrungen unserer Kundinnen und Kunden")
     + '<div class="testimonial"><blockquote>„Die Heizung lief nach zwei Tagen wieder – mitten im '
       'Januar, ohne Aufpreis für den Notdienst.“</blockquote><p class="name">Gudrun Vollmer-Sabri'
       '</p><p class="role">Hausverwaltung Vollmer, Hohenweil</p></div>'
     + '<div class="testimonial"><blockquote>„Pünktlich, sauber, freundlich. Mehr will ich von '
       'einem Handwerker nicht.“</blockquote><p class="name">Tobias R., Tannfeld</p></div>'
     + P("Vereinbaren Sie jetzt einen Termin."),
     [("Heizung lief nach zwei", "Gudrun Vollmer-Sabri"),
      ("Pünktlich, sauber, freundlich", "Tobias R.")]),
    ("r52-far", "de",
     P("Trainer Mirko Savić hatte vor der Saison angekündigt, mit dem Aufsteiger nur den "
       "Klassenerhalt anzupeilen.")
     + P("Am Samstag siegte der FC Harlingen mit 3:1 in Nordhafen und steht nach zwölf Spieltagen "
         "auf Platz drei.")
     + P("Zwei Tore erzielte der 19-jährige Jonas Ebert, das dritte ein Eigentor.")
     + P("„Ich rede weiter über 40 Punkte. Alles andere ist etwas für die Zeitung“, sagte der "
         "Trainer nach dem Spiel."),
     [("rede weiter über 40", "Mirko Savić")]),
    ("r52-written", "de",
     P("Thema: Spülmaschine zeigt Fehler E24")
     + '<div class="post"><p class="author">heimwerker_uwe schrieb:</p><blockquote>„Pumpe und '
       'Sieb sind sauber, trotzdem kommt E24 nach zehn Minuten.“</blockquote></div>'
     + '<div class="post"><p class="author">Antwort von Kati_aus_Gera</p><p>„Schau mal in den '
       'Schlauch hinter dem Gerät, bei mir war ein Knick drin.“</p></div>'
     + P("Laut Handbuch bedeutet der Code „Abwasser kann nicht abgepumpt werden“."),
     [("Sieb sind sauber, trotzdem", "heimwerker_uwe"),
      ("Schau mal in den", "Kati_aus_Gera"),
      ("Abwasser kann nicht abgepumpt", None)]),
    # ---------------------------------------------------------------- French
    ("r52-qa", "fr",
     P("Apicultrice dans les monts du Valmort depuis 1991, Odile Marchetti-Vasseur a perdu un tiers de ses "
       "ruches l’hiver dernier. Entretien.")
     + P("<b>Question : Qu’est-ce qui a tué vos abeilles ?</b>")
     + P("« Le froid tardif, surtout. Les colonies avaient déjà commencé à élever du couvain. »")
     + P("<b>Question : Allez-vous continuer ?</b>")
     + P("« Tant que mes genoux suivent, oui. Les abeilles, elles, ne se posent pas la question. »"),
     [("Le froid tardif, surtout", "Odile Marchetti-Vasseur"),
      ("Tant que mes genoux", "Odile Marchetti-Vasseur")]),
    ("r52-surname", "fr",
     P("Jean-Baptiste Dufresnoy a repris l’épicerie de Saint-Aubin-des-Prés à 63 ans, quand tout "
       "le monde lui conseillait la retraite. Sa voisine, Madeleine Ortiz, tient le bar d’en face.")
     + P("« Un village sans épicerie, c’est un village qui attend le corbillard », lâche M. "
         "Dufresnoy en rangeant les conserves.")
     + P("Mme Ortiz approuve. « Depuis qu’il a rouvert, les gens reviennent prendre un café. »")
     + P("Le maire, Rémi Castagnet, parle d’un « petit miracle économique »."),
     [("village sans épicerie, c’est", "Jean-Baptiste Dufresnoy"),
      ("Depuis qu’il a rouvert", "Madeleine Ortiz"),
      ("petit miracle économique", "Rémi Castagnet")]),
    ("r52-next", "fr",
     P("« On ne soigne pas un territoire en fermant ses urgences la nuit. » Ce sont les mots "
       "d’Hélène Brossard, médecin urgentiste à l’hôpital de Montclar depuis vingt ans.")
     + P("L’Agence régionale de santé a indiqué dans un communiqué que la fermeture nocturne serait "
         "« provisoire et réévaluée chaque trimestre »."),
     [("On ne soigne pas", "Hélène Brossard"),
      ("provisoire et réévaluée chaque", "Agence régionale de santé")]),
    ("r52-none", "fr",
     P("L’ancien ministre Gaspard Lefébure-Noël est au cœur de l’affaire des marchés publics de "
       "Valrose.")
     + P("« Tout le monde savait, personne ne disait rien », confie un habitant.")
     + P("Sur une banderole, devant la mairie : « Rendez l’argent aux habitants ! »")
     + P("Son livre, « Servir sans se servir », est paru l’an dernier."),
     [("Tout le monde savait", None),
      ("Rendez l’argent aux habitants", None),
      ("Servir sans se servir", None)]),
    ("r52-turns", "fr",
     P("Claire Mabanckou a croisé le promoteur Didier Fournel lors de la réunion publique de "
       "mercredi.")
     + P("« Vous construisez sur une zone inondable », lui a-t-elle lancé.")
     + P("Il a répondu que le terrain avait été « entièrement remblayé en 2019 »."),
     [("Vous construisez sur une", "Claire Mabanckou"),
      ("entièrement remblayé en 2019", "Didier Fournel")]),
    # ---------------------------------------------------------------- Spanish
    ("r52-qa", "es",
     "<h2>Inmaculada Ferreiro Soto: «El mar ya no avisa»</h2>"
     + P("La patrona mayor de la cofradía de Porto Miñán lleva cuarenta años en el muelle.")
     + P("<b>Pregunta:</b> ¿Qué ha cambiado en la pesca desde que empezó?")
     + P("<b>Respuesta:</b> «Todo menos el madrugón. Antes sabíamos por el color del agua lo que "
         "íbamos a encontrar.»")
     + P("<b>Pregunta:</b> ¿Y los jóvenes?")
     + P("<b>Respuesta:</b> «Vienen, prueban un invierno y se van a la hostelería.»"),
     [("El mar ya no", "Inmaculada Ferreiro Soto"),
      ("Todo menos el madrugón", "Inmaculada Ferreiro Soto"),
      ("prueban un invierno y", "Inmaculada Ferreiro Soto")]),
    ("r52-surname", "es",
     P("Cuando María José Albarracín de la Vega abrió su taller de guitarras en Villarreja, su padre, "
       "Antonio Albarracín, le dio seis meses.")
     + P("«Me dijo que las mujeres no tenían oído para la madera», recuerda Albarracín de la Vega.")
     + P("Su padre lo niega a medias. «Dije que no tenía paciencia. Me equivoqué en las dos "
         "cosas.»")
     + P("María José sonríe: «Lo dijo exactamente así. Tengo tres testigos.»"),
     [("las mujeres no tenían", "María José Albarracín de la Vega"),
      ("Me equivoqué en las", "Antonio Albarracín"),
      ("Tengo tres testigos", "María José Albarracín de la Vega")]),
    ("r52-doc", "es",
     P("El Tribunal Superior de Justicia de Valdería estimó que el ayuntamiento «vulneró el "
       "derecho de acceso a la información» al negar los contratos de limpieza.")
     + P("La Consejería de Hacienda señaló en una nota que acataría el fallo «en todos sus "
         "términos».")
     + P("«Es una victoria de los vecinos», dijo el abogado de la asociación, Ramiro Etxeberria."),
     [("vulneró el derecho de", "Tribunal Superior de Justicia de Valdería"),
      ("en todos sus términos", "Consejería de Hacienda"),
      ("Es una victoria de", "Ramiro Etxeberria")]),
    ("r52-next", "es",
     P("—No vendemos pan, vendemos la excusa para bajar a la calle. Así lo resume Encarnación "
       "Robles, que regenta la última panadería de Villar del Monte.")
     + P("«Cuando cierre yo, cierra el pueblo», añade.")
     + P("Un vecino, sentado en el banco de la puerta, asiente: «Y tiene razón»."),
     [("Cuando cierre yo, cierra", "Encarnación Robles"),
      ("Y tiene razón", None)]),
    # ---------------------------------------------------------------- Italian
    ("r52-qa", "it",
     P("Lorenza Bettinelli Sanna, 44 anni, guida da dieci anni il rifugio Alpe Verzana a 2.300 "
       "metri. L’abbiamo raggiunta al telefono.")
     + P("<b>D. Quest’estate avete chiuso con un mese di anticipo. Perché?</b>")
     + P("R. «La sorgente si è seccata a metà agosto. Senza acqua un rifugio è solo una casa "
         "fredda.»")
     + P("<b>D. E il prossimo anno?</b>")
     + P("R. «Stiamo scavando una cisterna. Con le nostre mani, visto che la Regione ci pensa "
         "ancora.»"),
     [("La sorgente si è", "Lorenza Bettinelli Sanna"),
      ("Stiamo scavando una cisterna", "Lorenza Bettinelli Sanna")]),
    ("r52-surname", "it",
     P("Il professor Aldo Ferraresi insegna latino al liceo di Castelmarzio da trentacinque anni. "
       "La sua ex allieva Giulia Pantaleo oggi è la preside.")
     + P("«Mi correggeva ancora le virgole nelle circolari», racconta Pantaleo.")
     + P("Ferraresi non si scompone: «Una virgola sbagliata è una circolare sbagliata.»")
     + P("Il sindaco, Nicola Ruggiero, gli ha consegnato una targa. «Ha insegnato a mezzo paese», "
         "ha detto."),
     [("correggeva ancora le virgole", "Giulia Pantaleo"),
      ("Una virgola sbagliata è", "Aldo Ferraresi"),
      ("Ha insegnato a mezzo", "Nicola Ruggiero")]),
    ("r52-org", "it",
     P("La Procura di Valdescura ha fatto sapere in una nota che le indagini sono «in una fase "
       "delicata».")
     + P("La società Trasporti Lagunari ha ribadito di aver «sempre rispettato le norme di "
         "sicurezza».")
     + P("«Vogliamo solo sapere cosa è successo», ha detto una passeggera."),
     [("in una fase delicata", "Procura di Valdescura"),
      ("sempre rispettato le norme", "Trasporti Lagunari"),
      ("Vogliamo solo sapere cosa", None)]),
    # ---------------------------------------------------------------- Portuguese
    ("r52-qa", "pt",
     "<h2>Conceição Albuquerque Ramos: “A escola é o último serviço público da aldeia”</h2>"
     + P("A professora dá aulas a onze crianças numa escola de uma só sala em Vale de Santarém.")
     + P("<b>P:</b> O ministério quer fechar a escola. O que vai fazer?")
     + P("<b>R:</b> “Vou continuar a abrir a porta às oito e meia até alguém me entregar uma carta "
         "assinada.”")
     + P("<b>P:</b> E os pais?")
     + P("<b>R:</b> “Os pais já fizeram um abaixo-assinado. Todos assinaram, até o padre.”"),
     [("último serviço público da", "Conceição Albuquerque Ramos"),
      ("continuar a abrir a", "Conceição Albuquerque Ramos"),
      ("Todos assinaram, até o", "Conceição Albuquerque Ramos")]),
    ("r52-next", "pt",
     P("“Quem planta sobreiros planta para os netos.” A frase é de Joaquim Valadares, 81 anos, "
       "que ainda hoje trata de quatrocentas árvores na herdade da família.")
     + P("A neta, Beatriz Valadares, estuda agronomia em Alvarinhos. “O avô acha que eu vou voltar. Eu "
         "também acho”, diz."),
     [("Quem planta sobreiros planta", "Joaquim Valadares"),
      ("avô acha que eu", "Beatriz Valadares")]),
    ("r52-doc", "pt",
     P("Em comunicado, a Câmara Municipal de Porto Alvo afirmou que a obra será retomada “assim que "
       "estiverem reunidas as condições”.")
     + P("O Tribunal de Contas considerou, no entanto, que o contrato apresentava “irregularidades "
         "graves e repetidas”.")
     + P("“Ninguém nos explica nada”, queixa-se um comerciante da rua."),
     [("assim que estiverem reunidas", "Câmara Municipal de Porto Alvo"),
      ("irregularidades graves e repetidas", "Tribunal de Contas"),
      ("Ninguém nos explica nada", None)]),
    # ---------------------------------------------------------------- Dutch
    ("r52-surname", "nl",
     P("Femke van der Heijden-Bakker runt al twintig jaar de pont over de Lek bij Lekveen. Haar "
       "collega Ruud Kalkman vaart de late diensten.")
     + P("‘De pont is het enige openbaar vervoer dat nooit vertraging heeft,’ zegt Van der "
         "Heijden-Bakker. ‘Hooguit mist.’")
     + P("Kalkman knikt. ‘Bij mist varen we op gehoor. De koeien aan de overkant helpen.’")
     + P("De gemeente Lekveen meldt dat de pont ‘voorlopig in bedrijf blijft’."),
     [("enige openbaar vervoer dat", "Femke van der Heijden-Bakker"),
      ("varen we op gehoor", "Ruud Kalkman"),
      ("voorlopig in bedrijf blijft", "gemeente Lekveen")]),
    ("r52-qa", "nl",
     P("Schrijver Joost de Wilde-Ouwehand (61) publiceert deze week zijn twaalfde roman. Interview: "
       "Marloes Brink.")
     + P("<b>MB: Waarom weer een boek over uw vader?</b>")
     + P("JdW: ‘Omdat ik hem in elf boeken nog steeds niet begrijp.’")
     + P("<b>MB: Leest hij ze?</b>")
     + P("JdW: ‘Hij leest alleen de achterflap. Dat is misschien verstandig.’"),
     [("hem in elf boeken", "Joost de Wilde-Ouwehand"),
      ("leest alleen de achterflap", "Joost de Wilde-Ouwehand")]),
    ("r52-card", "nl",
     P("Wat klanten zeggen over Tuinbouw Verhoef")
     + '<div class="testimonial"><blockquote>“Binnen een week stond de kas er. En hij staat er '
       'na de storm nog steeds.”</blockquote><p class="name">Sanne Oosterhuis</p>'
       '<p class="role">Kweker, Oosterhuis Kruiden</p></div>'
     + P("Vraag vandaag nog een offerte aan."),
     [("Binnen een week stond", "Sanne Oosterhuis")]),
    # ---------------------------------------------------------------- Polish
    ("r52-surname", "pl",
     P("Bożena Wiśniewska-Kraus od trzydziestu lat prowadzi schronisko dla koni w Zagórzu. Pomaga "
       "jej syn, Mateusz Kraus.")
     + P("„Konie przywożą do nas ludzie, którzy kupili je dla zdjęć” – mówi Wiśniewska-Kraus.")
     + P("Syn dodaje: „Mama zna każdego konia po krokach na betonie”.")
     + P("Według Mateusza schronisko utrzymuje się wyłącznie z darowizn. „Gmina nie dała nam "
         "ani złotówki” – podkreśla."),
     [("przywożą do nas ludzie", "Bożena Wiśniewska-Kraus"),
      ("zna każdego konia po", "Mateusz Kraus"),
      ("nie dała nam ani", "Mateusz Kraus")]),
    ("r52-before", "pl",
     P("Słowami Agnieszki Dąbrowskiej, przewodniczącej rady osiedla: „Ten park był naszym "
       "salonem, a teraz ma być parkingiem”.")
     + P("Zdaniem Tomasza Wójcika z zarządu dróg miejskich projekt jest „kompromisem między "
         "potrzebami mieszkańców a ruchem”.")
     + P("Urząd Miasta Krośnica poinformował w komunikacie, że konsultacje „potrwają do końca miesiąca”."),
     [("park był naszym salonem", "Agnieszka Dąbrowska"),
      ("kompromisem między potrzebami mieszkańców", "Tomasz Wójcik"),
      ("potrwają do końca miesiąca", "Urząd Miasta Krośnica")]),
    ("r52-qa", "pl",
     P("Z Januszem Pietrzakiem-Lisem, ratownikiem górskim z Wierchowa, rozmawia Ewa Sobczak.")
     + P("<b>Ewa Sobczak: Ilu turystów ratujecie w sezonie?</b>")
     + P("Janusz Pietrzak-Lis: „Kilkuset. Połowa wychodzi w góry w trampkach”.")
     + P("<b>Dlaczego?</b>")
     + P("„Bo na zdjęciach w internecie nigdy nie pada deszcz”."),
     [("Połowa wychodzi w góry", "Janusz Pietrzak-Lis"),
      ("na zdjęciach w internecie", "Janusz Pietrzak-Lis")]),
    # ---------------------------------------------------------------- Russian
    ("r52-before", "ru",
     P("По словам Ирины Волковой, директора краеведческого музея в Верхнеозёрске, здание не "
       "ремонтировали с 1978 года.")
     + P("«Крыша течёт так, что экспонаты мы накрываем плёнкой», — рассказала она.")
     + P("Администрация Озёрского района заявила, что ремонт «включён в план на следующий год».")
     + P("«Этот план я слышу уже двенадцатый раз», — усмехнулась Волкова."),
     [("Крыша течёт так, что", "Ирина Волкова"),
      ("включён в план на", "Администрация Озёрского района"),
      ("план я слышу уже", "Ирина Волкова")]),
    ("r52-qa", "ru",
     P("Архитектор Jean-Marc Lefèvre-Ostrovsky двадцать лет проектирует деревянные дома на "
       "Русском Севере. Мы поговорили с ним в Северогорске.")
     + P("<b>— Почему именно дерево?</b>")
     + P("— «Дерево здесь растёт под ногами. Бетон везут за тысячу километров».")
     + P("<b>— Что говорят местные?</b>")
     + P("— «Сначала смеялись. Потом попросили построить баню»."),
     [("Дерево здесь растёт под", "Jean-Marc Lefèvre-Ostrovsky"),
      ("Потом попросили построить баню", "Jean-Marc Lefèvre-Ostrovsky")]),
    ("r52-none", "ru",
     P("Бывшего главу района Олега Смирнова задержали в понедельник по делу о хищении.")
     + P("«Мы давно этого ждали», — сказала одна из жительниц посёлка.")
     + P("Книга Смирнова «Путь хозяина земли» до сих пор стоит в районной библиотеке.")
     + P("Представитель ведомства сообщил лишь, что «следственные действия продолжаются»."),
     [("давно этого ждали", None),
      ("Путь хозяина земли", None),
      ("следственные действия продолжаются", None)]),
    ("r52-turns", "ru",
     P("Анна Котова встретилась с подрядчиком Денисом Бурлаковым у недостроенной школы.")
     + P("«Дети должны были пойти сюда ещё в сентябре», — сказала она.")
     + P("Он ответил, что стройка «задерживается из-за поставок кирпича»."),
     [("Дети должны были пойти", "Анна Котова"),
      ("задерживается из-за поставок кирпича", "Денис Бурлаков")]),
    # ---------------------------------------------------------------- Czech
    ("r52-before", "cs",
     P("Podle Jany Novotné z Českého svazu včelařů letos v kraji uhynula třetina včelstev.")
     + P("„Tak špatnou zimu nepamatuji ani od svého dědy,“ uvedla Novotná.")
     + P("Slovy Pavla Horáka, starosty Lhotky: „Bez včel nám tu nebude kvést ani jabloň.“"),
     [("Tak špatnou zimu nepamatuji", "Jana Novotná"),
      ("Bez včel nám tu", "Pavel Horák")]),
    ("r52-surname", "cs",
     P("Lékařka Marie Dvořáková-Kellerová jezdí třicet let po horských vesnicích s ordinací v "
       "dodávce. Řidičem je její manžel Josef Keller.")
     + P("„Do některých chalup se dá dojet jen v suchu,“ říká doktorka.")
     + P("„A někdy ani to ne,“ doplňuje s úsměvem Keller."),
     [("některých chalup se dá", "Marie Dvořáková-Kellerová"),
      ("někdy ani to ne", "Josef Keller")]),
    ("r52-org", "cs",
     P("Krajský soud v Ostravici ve svém rozsudku konstatoval, že obec „postupovala v rozporu se "
       "zákonem“.")
     + P("Obec Lhota nad Ostravicí v reakci uvedla, že rozsudek „bude plně respektovat“.")
     + P("„Konečně se něco děje,“ řekl jeden ze sousedů stavby."),
     [("postupovala v rozporu se", "Krajský soud v Ostravici"),
      ("bude plně respektovat", "Obec Lhota nad Ostravicí"),
      ("Konečně se něco děje", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r52-qa", "sv",
     P("Ingegerd Lövgren-Sahlin har varit fyrvaktare på Storgrundet i 34 år. Nu automatiseras "
       "fyren.")
     + P("<b>Fråga: Vad saknar du mest?</b>")
     + P("– ”Tystnaden när dimman kommer. Man hör sitt eget hjärta.”")
     + P("<b>Fråga: Och det du inte saknar?</b>")
     + P("– ”Trapporna. Hundrafyrtio steg, två gånger om dagen.”"),
     [("Tystnaden när dimman kommer", "Ingegerd Lövgren-Sahlin"),
      ("Hundrafyrtio steg, två gånger", "Ingegerd Lövgren-Sahlin")]),
    ("r52-surname", "sv",
     P("Björn Ekholm var 19 år när han tog över släktens sågverk i Västerbyn. Hans syster, Annika "
       "Ekholm, sköter ekonomin.")
     + P("”Jag kunde såga men inte räkna”, säger Björn.")
     + P("Annika skrattar. ”Han kan fortfarande inte räkna. Men han sågar bättre än pappa.”")
     + P("Hallviks kommun skriver i ett pressmeddelande att sågverket är ”en av bygdens viktigaste "
         "arbetsgivare”."),
     [("kunde såga men inte", "Björn Ekholm"),
      ("fortfarande inte räkna", "Annika Ekholm"),
      ("en av bygdens viktigaste", "Hallviks kommun")]),
    ("r52-next", "sv",
     P("”Ett bibliotek är det sista stället där ingen frågar vad du ska köpa.” Så säger Maja "
       "Qvarnström, bibliotekarie i Hallvik sedan 1996.")
     + P("En besökare vid tidningshyllan håller med: ”Här får man sitta hur länge som helst.”"),
     [("sista stället där ingen", "Maja Qvarnström"),
      ("får man sitta hur", None)]),
    # ---------------------------------------------------------------- Norwegian
    ("r52-surname", "nb",
     P("Kari Holmsen-Fjeld har drevet fergekaféen på Skarvøy i tjue år. Broren hennes, Terje "
       "Holmsen, er skipper på ferga.")
     + P("– «Jeg vet når ferga er forsinket før han gjør det,» sier Holmsen-Fjeld. «Vaflene blir "
         "kalde.»")
     + P("Broren protesterer: «Ferga er aldri forsinket. Det er været som er tidlig.»"),
     [("vet når ferga er", "Kari Holmsen-Fjeld"),
      ("Vaflene blir kalde", "Kari Holmsen-Fjeld"),
      ("Det er været som", "Terje Holmsen")]),
    ("r52-org", "nb",
     P("Nordvik vegselskap opplyser i en pressemelding at tunnelen blir stengt «i minst tre uker».")
     + P("Ordføreren i Nordvik, Sigrid Aune, kaller det «en katastrofe for pendlerne».")
     + P("«Vi får ta båten som i gamle dager,» sier en eldre mann på kaia."),
     [("i minst tre uker", "Nordvik vegselskap"),
      ("en katastrofe for pendlerne", "Sigrid Aune"),
      ("ta båten som i", None)]),
    ("r52-qa", "nb",
     "<h2>Fiskeren Arvid Strømsnes: «Havet har blitt stillere»</h2>"
     + P("Han har fisket torsk utenfor Skarvøy i femti vintre.")
     + P("<b>Hva mener du med stillere?</b>")
     + P("«Færre fugler. Når fuglene forsvinner, forsvinner fisken også.»"),
     [("Havet har blitt stillere", "Arvid Strømsnes"),
      ("Når fuglene forsvinner, forsvinner", "Arvid Strømsnes")]),
    # ---------------------------------------------------------------- Danish
    ("r52-surname", "da",
     P("Mette Kjærgaard-Holm overtog sin fars mejeri i Østerhede for ti år siden. Faren, Poul "
       "Kjærgaard, kommer stadig forbi hver morgen.")
     + P("»Han smager på osten, før kunderne gør,« siger Mette.")
     + P("Poul Kjærgaard trækker på skuldrene: »Nogen skal jo.«")
     + P("Mejerikontrollen Vest har i en kontrolrapport kaldt mejeriet »et eksemplarisk lille mejeri«."),
     [("smager på osten, før", "Mette Kjærgaard-Holm"),
      ("Nogen skal jo", "Poul Kjærgaard"),
      ("et eksemplarisk lille mejeri", "Mejerikontrollen Vest")]),
    ("r52-next", "da",
     P("»Man kan ikke lære at cykle i et klasselokale.« Sådan siger Lars Bøgh Nielsen, der driver "
       "cykelskolen i Søndervang.")
     + P("En mor ved hegnet er enig: »Min søn kan nu cykle til skole alene.«"),
     [("lære at cykle i", "Lars Bøgh Nielsen"),
      ("søn kan nu cykle", None)]),
    # ---------------------------------------------------------------- Finnish
    ("r52-before", "fi",
     P("Paikallisen ammattiosaston puheenjohtajan Tuula Heikkisen mukaan irtisanomiset tulivat "
       "täysin yllätyksenä.")
     + P("”Meille kerrottiin keväällä, että tilauskirja on täynnä”, Heikkinen sanoo.")
     + P("Metsätehdas Oy kertoi tiedotteessaan, että päätös johtuu ”heikentyneestä markkinatilanteesta ja kysynnästä”.")
     + P("Pääluottamusmies Jari Mäkelää haastateltiin tehtaan portilla. ”Tämä on kova isku koko "
         "kunnalle.”"),
     [("kerrottiin keväällä, että tilauskirja", "Tuula Heikkinen"),
      ("heikentyneestä markkinatilanteesta ja kysynnästä", "Metsätehdas Oy"),
      ("kova isku koko kunnalle", "Jari Mäkelä")]),
    ("r52-surname", "fi",
     P("Aino Lehtisalo-Virta on kasvattanut lampaita Kuusiniemen saaressa kolmekymmentä vuotta. "
       "Naapuri Pekka Rautio kuljettaa lampaat veneellä mantereelle.")
     + P("”Lampaat tietävät, milloin vene tulee. Ne odottavat rannassa”, kertoo Lehtisalo-Virta.")
     + P("Rautio on eri mieltä. ”Ne odottavat leipää, eivät venettä.”"),
     [("Lampaat tietävät, milloin vene", "Aino Lehtisalo-Virta"),
      ("odottavat leipää, eivät venettä", "Pekka Rautio")]),
    # ---------------------------------------------------------------- Hungarian
    ("r52-before", "hu",
     P("Kovács-Bíró Zsuzsannát, a szentmártoni tanya gazdáját a jégeső után kerestük fel.")
     + P("„Húsz perc alatt elvitte az egész évi termést” – mondta Zsuzsanna, miközben a sérült "
         "almákat válogatta.")
     + P("Férje, Bíró László szerint a biztosító „csak a felét fizeti ki”.")
     + P("Az Alföldi Biztosító közleményében azt írta, hogy a károkat „egyedileg és alaposan vizsgálják”."),
     [("Húsz perc alatt elvitte", "Kovács-Bíró Zsuzsanna"),
      ("csak a felét fizeti", "Bíró László"),
      ("egyedileg és alaposan vizsgálják", "Alföldi Biztosító")]),
    ("r52-qa", "hu",
     P("Szilágyi Márton karmester negyven éve vezeti a diósvölgyi fúvószenekart. Vele beszélgettünk.")
     + P("<b>– Mi tartja össze ennyi ideig a zenekart?</b>")
     + P("– „A pogácsa a próbák után. Komolyan mondom.”")
     + P("<b>– És a zene?</b>")
     + P("– „A zene az, amiért elsőre eljönnek. A pogácsáért maradnak.”"),
     [("pogácsa a próbák után", "Szilágyi Márton"),
      ("amiért elsőre eljönnek", "Szilágyi Márton")]),
    ("r52-turns", "hu",
     P("Tóth Eszter polgármester és Varga Gábor vállalkozó hétfőn a bezárt iskolánál találkozott.")
     + P("„Ebből az épületből közösségi ház lesz, nem raktár” – jelentette ki a polgármesterasszony.")
     + P("Varga erre azt felelte, hogy ajánlata „mindenkinek munkát hozna”."),
     [("közösségi ház lesz, nem", "Tóth Eszter"),
      ("mindenkinek munkát hozna", "Varga Gábor")]),
    # ---------------------------------------------------------------- Greek
    ("r52-before", "el",
     P("Σύμφωνα με τον Γιώργο Παπαδάκη, πρόεδρο του αλιευτικού συλλόγου της Καλυβίτσας, η φετινή "
       "ψαριά είναι η χειρότερη εδώ και είκοσι χρόνια.")
     + P("«Βγαίνουμε με τρία καΐκια και γυρνάμε με ένα κασόνι», είπε ο ίδιος.")
     + P("Η Λιμενική Αρχή Καλυβίτσας ανέφερε σε ανακοίνωσή της ότι «παρακολουθεί στενά την "
         "κατάσταση»."),
     [("Βγαίνουμε με τρία καΐκια", "Γιώργος Παπαδάκης"),
      ("παρακολουθεί στενά την κατάσταση", "Λιμενική Αρχή Καλυβίτσας")]),
    ("r52-surname", "el",
     P("Η Δανέζα κεραμίστρια Birgitte Holm-Sørensen ζει στο χωριό Άνω Λεύκη εδώ και δεκαπέντε "
       "χρόνια. Ο γείτονάς της, Μανώλης Χατζηδάκης, της έμαθε να δουλεύει τον ντόπιο πηλό.")
     + P("«Ο πηλός εδώ έχει μνήμη. Θυμάται τη βροχή του χειμώνα», λέει η Holm-Sørensen.")
     + P("Ο κ. Χατζηδάκης χαμογελά: «Εγώ της έδειξα πού να σκάψει. Τα υπόλοιπα τα ήξερε.»"),
     [("πηλός εδώ έχει μνήμη", "Birgitte Holm-Sørensen"),
      ("της έδειξα πού να", "Μανώλης Χατζηδάκης")]),
    ("r52-none", "el",
     P("Ο πρώην δήμαρχος Σταύρος Κοντογιάννης δικάζεται για απιστία στην υπηρεσία.")
     + P("«Όλοι ήξεραν και κανείς δεν μιλούσε», δήλωσε ένας κάτοικος.")
     + P("Στο πανό έξω από το δικαστήριο έγραφε: «Δικαιοσύνη για το χωριό»."),
     [("Όλοι ήξεραν και κανείς", None),
      ("Δικαιοσύνη για το χωριό", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r52-surname", "ro",
     P("Elena Munteanu-Crăciun conduce de 22 de ani singura farmacie din comuna Valea Ursului. "
       "Fiul ei, Radu Crăciun, a terminat anul trecut Farmacia.")
     + P("„Aici nu vinzi doar pastile, asculți povești”, spune doamna Munteanu-Crăciun.")
     + P("Radu zâmbește: „Mama ascultă. Eu încă număr pastilele.”"),
     [("nu vinzi doar pastile", "Elena Munteanu-Crăciun"),
      ("Eu încă număr pastilele", "Radu Crăciun")]),
    ("r52-before", "ro",
     P("Potrivit lui Mihai Ionescu-Dobre, directorul Spitalului Județean Arcești, secția de "
       "pediatrie va fi redeschisă în martie.")
     + P("„Am găsit în sfârșit doi medici care vor să rămână”, a declarat acesta.")
     + P("Direcția de Sănătate Publică Arcești a transmis printr-un comunicat că finanțarea este „asigurată "
         "integral din fonduri europene”.")
     + P("„Vom crede când vom vedea”, a spus o mamă aflată în sala de așteptare."),
     [("găsit în sfârșit doi", "Mihai Ionescu-Dobre"),
      ("asigurată integral din fonduri", "Direcția de Sănătate Publică Arcești"),
      ("Vom crede când vom", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r52-surname", "tr",
     P("Sevda Karaoğlu-Arslan, Yeşilyayla’daki aile çay bahçesini yirmi yıldır işletiyor. Eşi "
       "Mehmet Arslan ise bahçenin yamaçtaki bölümüne bakıyor.")
     + P("“Çayı toplamak kolay, sabrı toplamak zor,” diyor Sevda Hanım.")
     + P("Mehmet Bey gülerek ekliyor: “Sabrı o topluyor, ben sadece çayı.”"),
     [("Çayı toplamak kolay, sabrı", "Sevda Karaoğlu-Arslan"),
      ("ben sadece çayı", "Mehmet Arslan")]),
    ("r52-before", "tr",
     P("Köy muhtarı Hüseyin Doğan’a göre okulun kapanması köyün sonu anlamına geliyor.")
     + P("“Çocuk olmayan köyde düğün de olmaz, bayram da,” dedi Doğan.")
     + P("İl Milli Eğitim Müdürlüğü yazılı açıklamasında kararın “öğrenci sayısındaki azalma” "
         "nedeniyle alındığını bildirdi.")
     + P("Kahvehanede oturan yaşlı bir adam ise “Biz okumadık, torunlar okusun istedik,” diye "
         "konuştu."),
     [("olmayan köyde düğün de", "Hüseyin Doğan"),
      ("öğrenci sayısındaki azalma", "İl Milli Eğitim Müdürlüğü"),
      ("Biz okumadık, torunlar okusun", None)]),
    ("r52-qa", "tr",
     P("Seramik sanatçısı Nilüfer Özbek-Tanrıverdi, yeni sergisi öncesinde sorularımızı yanıtladı.")
     + P("<b>Soru: Neden hep kırık kaplar?</b>")
     + P("Yanıt: “Çünkü kırılan bir şey, bütünken anlatamadığını anlatır.”"),
     [("kırılan bir şey, bütünken", "Nilüfer Özbek-Tanrıverdi")]),
    # ---------------------------------------------------------------- Arabic
    ("r52-before", "ar",
     P("قالت ليلى الحداد، مديرة مدرسة الأمل في بلدة وادي السنديان، إن نصف التلاميذ يأتون سيراً "
       "على الأقدام لمسافة تزيد على ثلاثة كيلومترات.")
     + P("وأضافت: «لا نطلب معجزة، نطلب حافلة واحدة فقط».")
     + P("من جهتها، قالت وزارة التربية في بيان إن المشروع «قيد الدراسة حالياً».")
     + P("وقال أحد أولياء الأمور: «سمعنا هذا الكلام منذ خمس سنوات»."),
     [("لا نطلب معجزة، نطلب", "ليلى الحداد"),
      ("قيد الدراسة حالياً", "وزارة التربية"),
      ("سمعنا هذا الكلام منذ", None)]),
    ("r52-surname", "ar",
     P("يدير الطاهي Pierre-Antoine Dubreuil مطعماً صغيراً في الميناء القديم منذ عشر سنوات، "
       "وتعمل معه الطاهية سلمى العبيدي.")
     + P("«تعلمت هنا أن السمك لا يحتاج إلى كثير من البهارات»، يقول Dubreuil.")
     + P("وتضحك العبيدي: «لكنه ما زال يضع الزبدة في كل شيء»."),
     [("تعلمت هنا أن السمك", "Pierre-Antoine Dubreuil"),
      ("ما زال يضع الزبدة", "سلمى العبيدي")]),
    ("r52-qa", "ar",
     P("حاورنا الخطاط يوسف بن عمر الزرقاني، الذي يعمل على ترميم نقوش المسجد القديم.")
     + P("<b>س: كم يستغرق ترميم سطر واحد؟</b>")
     + P("ج: «أحياناً أسبوعاً كاملاً. الحجر لا يحب العجلة».")
     + P("<b>س: هل تخاف أن تخطئ؟</b>")
     + P("ج: «كل يوم. الخوف هو ما يجعل اليد ثابتة»."),
     [("الحجر لا يحب العجلة", "يوسف بن عمر الزرقاني"),
      ("الخوف هو ما يجعل", "يوسف بن عمر الزرقاني")]),
    # ---------------------------------------------------------------- Hebrew
    ("r52-surname", "he",
     P("נועה בן־שושן מנהלת כבר חמש־עשרה שנה את מרכז הקליטה בעיירה נווה אלון. אחיה, אורי בן־שושן, "
       "מתנדב שם כמורה לעברית.")
     + P("\"כל משפחה מגיעה עם מזוודה אחת וסיפור שלם\", אומרת נועה.")
     + P("אורי מוסיף: \"אני מלמד אותם מילים. הם מלמדים אותי סבלנות.\""),
     [("כל משפחה מגיעה עם", "נועה בן־שושן"),
      ("הם מלמדים אותי סבלנות", "אורי בן־שושן")]),
    ("r52-org", "he",
     P("עיריית נווה אלון מסרה בהודעה כי הגן הציבורי ייפתח מחדש \"בתוך חודשיים לכל היותר\".")
     + P("דובר מטעם הקבלן סירב להגיב.")
     + P("\"שמענו את זה גם בשנה שעברה\", אמרה אחת האמהות בגן."),
     [("בתוך חודשיים לכל היותר", "עיריית נווה אלון"),
      ("שמענו את זה גם", None)]),
    # ---------------------------------------------------------------- Persian
    ("r52-before", "fa",
     P("به گفته مریم رضایی‌نژاد، مدیر کتابخانه عمومی روستای دشت‌آباد، بیشتر اعضای کتابخانه زنان "
       "خانه‌دار هستند.")
     + P("او گفت: «این‌جا تنها جایی است که کسی از آن‌ها نمی‌پرسد شام چه دارند».")
     + P("شهرداری دشت‌آباد در اطلاعیه‌ای اعلام کرد که بودجه کتابخانه «افزایش خواهد یافت».")
     + P("یکی از اعضا گفت: «کاش ساعت کارش بیشتر بود»."),
     [("تنها جایی است که", "مریم رضایی‌نژاد"),
      ("افزایش خواهد یافت", "شهرداری دشت‌آباد"),
      ("کاش ساعت کارش بیشتر", None)]),
    ("r52-next", "fa",
     P("«نان را باید با صبر پخت، نه با عجله». این جمله‌ای است که حسن کرمانی، نانوای هفتادساله "
       "محله، هر روز تکرار می‌کند.")
     + P("نوه‌اش، سارا کرمانی، می‌گوید: «پدربزرگ هنوز ساعت چهار صبح بیدار می‌شود»."),
     [("نان را باید با", "حسن کرمانی"),
      ("پدربزرگ هنوز ساعت چهار", "سارا کرمانی")]),
    # ---------------------------------------------------------------- Hindi
    ("r52-before", "hi",
     P("गाँव की सरपंच सुनीता देवी यादव के अनुसार, पिछले तीन साल से गाँव में पानी का टैंकर हफ़्ते में "
       "सिर्फ़ एक बार आता है।")
     + P("उन्होंने कहा, “हम बारिश का इंतज़ार नहीं, टैंकर का इंतज़ार करते हैं।”")
     + P("ज़िला प्रशासन ने एक बयान में कहा कि नई पाइपलाइन का काम “अगले महीने शुरू होगा”।")
     + P("एक बुज़ुर्ग ग्रामीण ने कहा, “यह वादा हर चुनाव में होता है।”"),
     [("हम बारिश का इंतज़ार", "सुनीता देवी यादव"),
      ("अगले महीने शुरू होगा", "ज़िला प्रशासन"),
      ("यह वादा हर चुनाव", None)]),
    ("r52-qa", "hi",
     P("शास्त्रीय गायिका मीनाक्षी राघवन ने चालीस साल तक मंच पर गाया है। हमने उनसे बातचीत की।")
     + P("<b>प्रश्न: आज के युवा गायकों को आप क्या सलाह देंगी?</b>")
     + P("उत्तर: “रियाज़ को सज़ा मत समझो। वह पूजा है।”")
     + P("<b>प्रश्न: क्या आपको मंच से डर लगता था?</b>")
     + P("उत्तर: “हर बार। जिस दिन डर नहीं लगेगा, उस दिन गाना छोड़ दूँगी।”"),
     [("रियाज़ को सज़ा मत", "मीनाक्षी राघवन"),
      ("जिस दिन डर नहीं", "मीनाक्षी राघवन")]),
    # ---------------------------------------------------------------- Indonesian
    ("r52-surname", "id",
     P("Siti Rahmawati Nasution sudah dua puluh tahun mengelola warung kopi di pelabuhan Tanjung "
       "Kerang. Suaminya, Bambang Sutrisno, menjadi nelayan.")
     + P("“Kopi di sini harus kuat, karena nelayan pulang jam tiga pagi,” kata Siti.")
     + P("Bambang menambahkan, “Kalau kopinya lemah, kami tidur di perahu.”")
     + P("Menurut Dinas Perikanan setempat, jumlah nelayan di pelabuhan itu “turun hampir separuh” "
         "dalam sepuluh tahun."),
     [("Kopi di sini harus", "Siti Rahmawati Nasution"),
      ("kopinya lemah, kami tidur", "Bambang Sutrisno"),
      ("turun hampir separuh", "Dinas Perikanan")]),
    ("r52-qa", "id",
     P("Penulis muda Dewi Anggraini Lubis baru saja menerbitkan novel pertamanya. Kami menemuinya.")
     + P("<b>T: Mengapa menulis tentang kampung nenek Anda?</b>")
     + P("J: “Karena kampung itu akan tenggelam oleh bendungan. Saya ingin ia tetap ada, "
         "setidaknya di kertas.”"),
     [("kampung itu akan tenggelam", "Dewi Anggraini Lubis")]),
    ("r52-none", "id",
     P("Mantan kepala desa Joko Prasetyo ditahan polisi pada Senin atas dugaan korupsi dana desa.")
     + P("“Kami sudah curiga sejak jalan itu tidak pernah jadi,” ujar seorang warga.")
     + P("Spanduk di depan balai desa bertuliskan “Kembalikan dana kami”."),
     [("sudah curiga sejak jalan", None),
      ("Kembalikan dana kami", None)]),
    # ---------------------------------------------------------------- Vietnamese
    ("r52-surname", "vi",
     P("Bà Nguyễn Thị Hồng Nhung đã bán phở ở đầu hẻm suốt ba mươi năm. Con trai bà, anh Trần "
       "Minh Quân, vừa nghỉ việc ngân hàng để về phụ mẹ.")
     + P("“Nước dùng phải ninh từ nửa đêm, không có cách nào nhanh hơn”, bà Nhung nói.")
     + P("Anh Quân cười: “Tôi đã thử tìm cách nhanh hơn. Mẹ tôi nếm là biết ngay.”"),
     [("Nước dùng phải ninh từ", "Nguyễn Thị Hồng Nhung"),
      ("Mẹ tôi nếm là", "Trần Minh Quân")]),
    ("r52-org", "vi",
     P("Sở Giao thông vận tải tỉnh Hà Lâm cho biết trong thông cáo rằng cây cầu sẽ được sửa "
       "chữa “trong quý tới”.")
     + P("Theo ông Lê Văn Thành, trưởng thôn Đông Xá, người dân “đã chờ quá lâu”.")
     + P("“Mùa mưa mà cầu sập thì học sinh nghỉ học”, một phụ huynh nói."),
     [("trong quý tới", "Sở Giao thông vận tải tỉnh Hà Lâm"),
      ("đã chờ quá lâu", "Lê Văn Thành"),
      ("Mùa mưa mà cầu", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r52-surname", "zh",
     P("在青石镇经营茶馆三十年的陈秀兰女士，今年把店交给了女儿林晓雯。")
     + P("“茶馆不是卖茶的地方，是听故事的地方。”陈女士说。")
     + P("林晓雯笑着补充：“我妈听了三十年，我才刚开始学。”")
     + P("镇政府在通报中称，老街改造将“保留原有风貌”。"),
     [("茶馆不是卖茶的地方", "陈秀兰"),
      ("我妈听了三十年", "林晓雯"),
      ("保留原有风貌", "镇政府")]),
    ("r52-card", "zh",
     P("客户评价 · 云帆家政服务")
     + '<div class="testimonial"><blockquote>“阿姨做事细心，孩子也很喜欢她。”</blockquote>'
       '<p class="name">—— 临江市 王丽华</p></div>'
     + '<div class="testimonial"><blockquote>“预约方便，价格透明，会再次选择。”</blockquote>'
       '<p class="name">—— 周建国，宏远科技 行政经理</p></div>'
     + '<div class="testimonial"><blockquote>“服务一直很稳定，推荐给了邻居。”</blockquote>'
       '<p class="name">—— 一位老客户</p></div>'
     + P("立即预约，首次服务享九折。"),
     [("阿姨做事细心", "王丽华"),
      ("预约方便，价格透明", "周建国"),
      ("推荐给了邻居", None)]),
    ("r52-next", "zh",
     P("“修表修的是时间，也是耐心。”这是78岁的钟表匠赵德明常挂在嘴边的一句话。")
     + P("他的徒弟刘洋说：“师傅从来不让我用放大镜以外的工具偷懒。”"),
     [("修表修的是时间", "赵德明"),
      ("师傅从来不让我", "刘洋")]),
    # ---------------------------------------------------------------- Japanese
    ("r52-qa", "ja",
     P("創業百年の和菓子店「松風堂」四代目の佐藤美智子さんに話を聞いた。")
     + P("<b>――店を継いだきっかけは？</b>")
     + P("「父が倒れた日に、誰もあんこを炊けなかったんです。それで私が」")
     + P("<b>――これからの目標は？</b>")
     + P("「若い人が手土産に選んでくれる店にしたいですね」"),
     [("誰もあんこを炊けなかった", "佐藤美智子"),
      ("若い人が手土産に選んで", "佐藤美智子")]),
    ("r52-card", "ja",
     P("お客様の声")
     + '<div class="testimonial"><blockquote>「スタッフの方がとても丁寧で、安心してお任せできました。」'
       '</blockquote><p class="name">― 千代原市・K.T.様</p></div>'
     + '<div class="testimonial"><blockquote>「納期通りに仕上げていただき、社内でも好評です。」'
       '</blockquote><p class="name">株式会社みどり工房 総務部 田中健一様</p></div>'
     + P("ご相談は無料です。"),
     [("安心してお任せできました", "K.T."),
      ("納期通りに仕上げて", "田中健一")]),
    ("r52-surname", "ja",
     P("漁師の山本健太郎さん（62）は、妻の山本恵子さんと二人で定置網漁を続けている。")
     + P("「海は毎日違う顔を見せる」と健太郎さんは話す。")
     + P("恵子さんは「顔を見るのは夫、網を直すのは私」と笑う。")
     + P("漁協は「後継者不足が最大の課題」としている。"),
     [("海は毎日違う顔", "山本健太郎"),
      ("網を直すのは私", "山本恵子"),
      ("後継者不足が最大の課題", "漁協")]),
    # ---------------------------------------------------------------- Korean
    ("r52-surname", "ko",
     P("어느 산골 마을에서 30년째 분교를 지켜온 김정숙 교사가 올해 정년퇴임한다. 제자였던 박민호 씨는 "
       "현재 같은 학교의 교사다.")
     + P("\"아이들이 한 명이라도 남아 있으면 학교는 살아 있는 겁니다\"라고 김 교사는 말했다.")
     + P("박 씨는 \"선생님이 떠나셔도 이 교실의 난로는 제가 피우겠다\"고 했다."),
     [("한 명이라도 남아 있으면", "김정숙"),
      ("교실의 난로는 제가", "박민호")]),
    ("r52-qa", "ko",
     P("그림책 작가 이수진 씨를 작업실에서 만났다.")
     + P("<b>―그림책을 쓰게 된 계기는.</b>")
     + P("\"딸에게 읽어줄 책이 마음에 들지 않았어요. 그래서 직접 그렸죠.\"")
     + P("<b>―다음 작품은.</b>")
     + P("\"할머니들의 부엌 이야기를 준비하고 있어요.\""),
     [("읽어줄 책이 마음에", "이수진"),
      ("할머니들의 부엌 이야기를", "이수진")]),
    ("r52-org", "ko",
     P("남해안해양구조대는 보도자료를 통해 \"실종자 수색을 야간에도 계속하겠다\"고 밝혔다.")
     + P("한 주민은 \"바람이 이렇게 센 날은 처음\"이라고 말했다."),
     [("실종자 수색을 야간에도", "남해안해양구조대"),
      ("바람이 이렇게 센 날은", None)]),
    # ---------------------------------------------------------------- more shapes, many languages
    ("r52-org", "en",
     P("A study of 4,000 allotment gardeners has found that people who grow vegetables eat "
       "almost twice as much fibre as their neighbours, the University of Wexmoor said on Monday.")
     + P("The study’s lead author, Dr Hannah Osei-Kuffour, was surprised by the size of the effect. "
         "“We expected a difference. We did not expect a doubling,” she said.")
     + P("The university said in a statement that the findings were “a strong case for protecting "
         "urban green space”.")
     + P("The lead author added that the results “do not prove that digging makes you healthy”."),
     [("did not expect a", "Hannah Osei-Kuffour"),
      ("a strong case for", "University of Wexmoor"),
      ("do not prove that", "Hannah Osei-Kuffour")]),
    ("r52-none", "en",
     P("If the installer stops with the message “cannot open shared object file”, the runtime "
       "library is missing.")
     + P("The specification says the header “MUST be sent before any payload byte”, so a proxy that "
         "buffers headers will break the stream.")
     + P("Run the command again with the verbose flag to see which path was searched."),
     [("cannot open shared object", None),
      ("MUST be sent before", None)]),
    ("r52-surname", "en",
     P("Three generations of the Okonjo family run the ferry café at Pellow Point. Grace Okonjo, "
       "81, still makes the scones. Her grandson, Daniel Okonjo-Reeves, runs the till, and the "
       "cook, Tomasz Wrzesniak, does everything else.")
     + P("“My scones have been on this quay longer than the ferry,” Grace says.")
     + P("Daniel rolls his eyes. “The ferry was replaced in 2009. The scones haven’t been.”")
     + P("Wrzesniak arrived from Poland twelve years ago for a summer job. “I came for three "
         "months. Grace never let me leave.”")
     + P("His employer denies it. “He never asked.”"),
     [("My scones have been", "Grace Okonjo"),
      ("ferry was replaced in", "Daniel Okonjo-Reeves"),
      ("came for three months", "Tomasz Wrzesniak"),
      ("He never asked", "Grace Okonjo")]),
    ("r52-qa", "de",
     P("Der Kabarettist Ferdinand Obermaier-Quast, 66, geht nach vierzig Jahren ein letztes Mal "
       "auf Tournee. Mit ihm sprach Lea Hanisch.")
     + P("<b>Hanisch:</b> „Hören Sie wirklich auf, oder ist das ein Gag?“")
     + P("<b>Obermaier-Quast:</b> „Ein Gag, der vierzig Jahre dauert, wäre selbst mir zu lang.“")
     + P("<b>Was kommt danach?</b>")
     + P("„Der Garten. Die Schnecken dort lachen wenigstens nicht an der falschen Stelle.“"),
     [("Hören Sie wirklich auf", "Lea Hanisch"),
      ("Gag, der vierzig Jahre", "Ferdinand Obermaier-Quast"),
      ("Die Schnecken dort lachen", "Ferdinand Obermaier-Quast")]),
    ("r52-doc", "de",
     P("In ihrer Haushaltsrede vor dem Landtag sagte Finanzministerin Dorothea Albrecht-Wiese, das "
       "Land müsse „endlich von der Substanz leben lernen, statt von Krediten“.")
     + P("Der Landesrechnungshof hatte in seinem Jahresbericht gewarnt, die Rücklagen seien „in "
         "drei Jahren aufgebraucht“.")
     + P("Vor dem Landtag hielten Demonstrierende Schilder mit der Aufschrift „Bildung statt "
         "Beton“ hoch."),
     [("von der Substanz leben", "Dorothea Albrecht-Wiese"),
      ("drei Jahren aufgebraucht", "Landesrechnungshof"),
      ("Bildung statt Beton", None)]),
    ("r52-card", "fr",
     P("Ils nous font confiance")
     + '<div class="testimonial"><blockquote>« Une équipe réactive qui a sauvé notre saison '
       'd’été. »</blockquote><p class="name">— Sophie Laborde-Tissier, gérante du Camping des '
       'Pins, Montval</p></div>'
     + '<div class="testimonial"><blockquote>« Très bon rapport qualité-prix, je recommande. »'
       '</blockquote><p class="name">— Julien M., Saint-Clair</p></div>'
     + P("Demandez votre devis gratuit."),
     [("équipe réactive qui a", "Sophie Laborde-Tissier"),
      ("Très bon rapport qualité-prix", "Julien M.")]),
    ("r52-none", "es",
     P("El exalcalde de Torrealba, Faustino Urquijo, declaró ayer ante el juez durante cuatro "
       "horas.")
     + P("«Aquí todo el mundo sabía quién mandaba», comentó un vecino a la salida del juzgado.")
     + P("Un portavoz se limitó a decir que se trataba de «un asunto estrictamente judicial»."),
     [("todo el mundo sabía", None),
      ("asunto estrictamente judicial", None)]),
    ("r52-next", "it",
     P("«Il vino buono nasce in vigna, in cantina si può solo rovinare.» Parole di Teresa "
       "Brambilla Oddone, che a 78 anni vendemmia ancora a mano i filari di famiglia.")
     + P("Il nipote, Matteo Oddone, ha convinto la nonna a vendere online. «All’inizio pensava che "
         "internet fosse un tipo di trattore», scherza."),
     [("vino buono nasce in", "Teresa Brambilla Oddone"),
      ("internet fosse un tipo", "Matteo Oddone")]),
    ("r52-card", "pt",
     P("O que dizem os nossos clientes")
     + '<div class="testimonial"><blockquote>“Entregaram a cozinha no prazo e deixaram tudo '
       'limpo.”</blockquote><p class="name">Rita Gouveia Lemos</p><p class="role">Proprietária, '
       'Pastelaria Doce Lar</p></div>'
     + '<div class="testimonial"><blockquote>“Atendimento excelente do início ao fim.”'
       '</blockquote><p class="name">Cliente verificado</p></div>'
     + P("Peça já o seu orçamento."),
     [("Entregaram a cozinha no", "Rita Gouveia Lemos"),
      ("Atendimento excelente do início", None)]),
    ("r52-none", "pl",
     P("Policja zatrzymała w poniedziałek Krzysztofa Malinowskiego, byłego prezesa spółdzielni "
       "mieszkaniowej.")
     + P("„Od lat mówiliśmy, że coś tu jest nie tak” – powiedziała jedna z mieszkanek.")
     + P("Na transparencie przed blokiem napisano: „Oddajcie nasze pieniądze”."),
     [("Od lat mówiliśmy, że", None),
      ("Oddajcie nasze pieniądze", None)]),
    ("r52-doc", "ru",
     P("Арбитражный суд Северогорской области в решении указал, что подрядчик «не исполнил "
       "обязательства в установленный срок».")
     + P("Компания «Стройресурс» в заявлении назвала решение «необоснованным и подлежащим "
         "обжалованию».")
     + P("«Мы пять лет ждём эту дорогу», — говорит жительница соседнего села."),
     [("не исполнил обязательства в", "Арбитражный суд Северогорской области"),
      ("необоснованным и подлежащим обжалованию", "Стройресурс"),
      ("пять лет ждём эту", None)]),
    ("r52-next", "ja",
     P("「畳は呼吸している。だから手で縫うんです」。そう語るのは、三代目の畳職人・中村正雄氏だ。")
     + P("息子の中村大輔さんは「父の針の音を聞いて育った」と振り返る。"),
     [("畳は呼吸している", "中村正雄"),
      ("父の針の音を聞いて", "中村大輔")]),
    ("r52-none", "ko",
     P("경찰은 전 시의원 최동현 씨를 뇌물 수수 혐의로 체포했다.")
     + P("한 상인은 \"언젠가 이렇게 될 줄 알았다\"고 말했다.")
     + P("시청 앞에는 \"시민의 세금을 돌려달라\"는 현수막이 걸렸다."),
     [("언젠가 이렇게 될 줄", None),
      ("시민의 세금을 돌려달라", None)]),
    ("r52-qa", "zh",
     P("本报记者专访了返乡创业的青年农民黄志强。")
     + P("<b>问：为什么放弃城里的工作回村种果树？</b>")
     + P("答：“城里的工资高，可是我每天都在想家里的山。”")
     + P("<b>问：村里人怎么看？</b>")
     + P("答：“一开始说我傻，现在来找我学嫁接。”"),
     [("每天都在想家里的山", "黄志强"),
      ("现在来找我学嫁接", "黄志强")]),
    ("r52-none", "ar",
     P("اعتقلت الشرطة رئيس البلدية السابق كمال الشريف صباح الإثنين بتهمة الاختلاس.")
     + P("وقال أحد السكان: «كنا نعرف ذلك منذ سنوات».")
     + P("ورفع المحتجون لافتة كتب عليها «أعيدوا أموال الشعب»."),
     [("كنا نعرف ذلك منذ", None),
      ("أعيدوا أموال الشعب", None)]),
    ("r52-none", "tr",
     P("Eski belediye başkanı Cengiz Yalçın, ihaleye fesat karıştırmak suçlamasıyla gözaltına "
       "alındı.")
     + P("Bir esnaf, “Herkes biliyordu ama kimse konuşmuyordu,” dedi.")
     + P("Belediye önündeki pankartta “Hesap vermeyen yönetemez” yazıyordu."),
     [("Herkes biliyordu ama kimse", None),
      ("Hesap vermeyen yönetemez", None)]),
    ("r52-doc", "sv",
     P("Förvaltningsrätten i Hallvik skriver i sin dom att beslutet ”saknar stöd i lag”.")
     + P("Kommunstyrelsens ordförande, Eva Lindström-Berg, säger att kommunen ”kommer att "
         "överklaga domen”.")
     + P("”Äntligen får vi rätt”, säger en förälder vid skolgrinden."),
     [("saknar stöd i lag", "Förvaltningsrätten i Hallvik"),
      ("kommer att överklaga domen", "Eva Lindström-Berg"),
      ("Äntligen får vi rätt", None)]),
    ("r52-qa", "fi",
     P("Kirjailija Liisa Hämäläinen-Kivi julkaisee syksyllä uuden romaanin. Haastattelu: Ville "
       "Koskinen.")
     + P("<b>Kysymys: Miksi kirjoitat aina saaristosta?</b>")
     + P("Vastaus: ”Koska saaressa ihmiset eivät pääse toisiaan pakoon.”")
     + P("<b>Kysymys: Entä seuraava kirja?</b>")
     + P("Vastaus: ”Se kertoo jäätiestä, joka sulaa liian aikaisin.”"),
     [("saaressa ihmiset eivät pääse", "Liisa Hämäläinen-Kivi"),
      ("kertoo jäätiestä, joka sulaa", "Liisa Hämäläinen-Kivi")]),
    ("r52-none", "da",
     P("Den tidligere borgmester Henrik Vestergaard blev mandag anholdt i en sag om "
       "bestikkelse.")
     + P("»Det har vi ventet på længe,« siger en ældre kvinde på torvet.")
     + P("En talsmand vil kun sige, at sagen »er under efterforskning«."),
     [("har vi ventet på", None),
      ("er under efterforskning", None)]),
    ("r52-next", "nl",
     P("‘Een dijk is pas goed als niemand hem opmerkt.’ Aldus Wim Stoffelen-Roos, die veertig "
       "jaar dijkgraaf was van het waterschap Lekveen.")
     + P("Zijn opvolger, Anouk Verbeek, is het met hem eens. ‘Wie de dijk opmerkt, heeft natte "
         "voeten.’"),
     [("dijk is pas goed", "Wim Stoffelen-Roos"),
      ("heeft natte voeten", "Anouk Verbeek")]),
    ("r52-qa", "el",
     P("Η ηθοποιός Ελένη Μαυρομμάτη επιστρέφει στη σκηνή μετά από δέκα χρόνια. Τη συναντήσαμε "
       "στο θέατρο της γειτονιάς της.")
     + P("<b>— Γιατί τώρα;</b>")
     + P("«Γιατί η κόρη μου μεγάλωσε και μου είπε να ξαναπαίξω.»")
     + P("<b>— Φοβάστε;</b>")
     + P("«Τρέμω. Αυτό σημαίνει ότι ακόμα με νοιάζει.»"),
     [("η κόρη μου μεγάλωσε", "Ελένη Μαυρομμάτη"),
      ("ακόμα με νοιάζει", "Ελένη Μαυρομμάτη")]),
    ("r52-none", "ro",
     P("Fostul primar Dorin Vasilescu a fost reținut luni pentru luare de mită.")
     + P("„Toată lumea știa, dar nimeni nu vorbea”, a spus un localnic.")
     + P("Pe pancarta protestatarilor scria: „Vrem banii înapoi”."),
     [("Toată lumea știa, dar", None),
      ("Vrem banii înapoi", None)]),
    ("r52-qa", "vi",
     P("Nghệ nhân gốm Phạm Văn Hiếu đã làm gốm ở làng Bát Xuyên hơn bốn mươi năm.")
     + P("<b>Hỏi: Điều gì khó nhất khi làm gốm?</b>")
     + P("Đáp: “Khó nhất là chờ. Đất cần thời gian, lửa cũng cần thời gian.”")
     + P("<b>Hỏi: Ông có truyền nghề cho con cháu?</b>")
     + P("Đáp: “Cháu nội tôi mười tuổi đã nặn được cái bát.”"),
     [("Khó nhất là chờ", "Phạm Văn Hiếu"),
      ("mười tuổi đã nặn", "Phạm Văn Hiếu")]),
    ("r52-none", "hi",
     P("पुलिस ने पूर्व नगर पार्षद राजेश मल्होत्रा को सोमवार को रिश्वत के मामले में गिरफ़्तार किया।")
     + P("एक दुकानदार ने कहा, “हम सब जानते थे, पर कोई बोलता नहीं था।”")
     + P("प्रदर्शनकारियों के बैनर पर लिखा था: “हमारा पैसा वापस करो”।"),
     [("हम सब जानते थे", None),
      ("हमारा पैसा वापस करो", None)]),
    ("r52-none", "fa",
     P("پلیس روز دوشنبه شهردار سابق، فرهاد صالحی، را به اتهام اختلاس بازداشت کرد.")
     + P("یکی از کسبه گفت: «همه می‌دانستند اما کسی حرفی نمی‌زد».")
     + P("روی پلاکارد معترضان نوشته شده بود: «پول ما را پس بدهید»."),
     [("همه می‌دانستند اما کسی", None),
      ("پول ما را پس", None)]),
    ("r52-card", "id",
     P("Apa kata pelanggan kami")
     + '<div class="testimonial"><blockquote>“Pengiriman cepat dan barang sampai tanpa cacat.”'
       '</blockquote><p class="name">Rina Kartikasari</p><p class="role">Pemilik, Toko Batik '
       'Melati</p></div>'
     + '<div class="testimonial"><blockquote>“Pelayanan ramah, harga bersahabat.”</blockquote>'
       '<p class="name">Pelanggan setia</p></div>'
     + P("Hubungi kami hari ini."),
     [("Pengiriman cepat dan barang", "Rina Kartikasari"),
      ("Pelayanan ramah, harga bersahabat", None)]),
    ("r52-qa", "cs",
     P("S kytaristou Lucií Procházkovou-Malou, která vydává páté album, mluvil Ondřej Beneš.")
     + P("<b>Proč jste album nahrála v kostele?</b>")
     + P("„Kvůli ozvěně. Kostel hraje s vámi, i když se nikdo nemodlí.“")
     + P("<b>A co farář?</b>")
     + P("„Přišel na každou nahrávku a nosil nám čaj.“"),
     [("Kostel hraje s vámi", "Lucie Procházková-Malá"),
      ("nosil nám čaj", "Lucie Procházková-Malá")]),
    ("r52-none", "nb",
     P("Politiet pågrep mandag tidligere rådmann Odd Bjørnstad i en korrupsjonssak.")
     + P("«Alle visste det, men ingen sa noe,» sier en kvinne på torget.")
     + P("På en plakat utenfor rådhuset sto det: «Gi oss pengene tilbake»."),
     [("Alle visste det, men", None),
      ("Gi oss pengene tilbake", None)]),
    ("r52-next", "hu",
     P("„A jó kenyérhez idő kell, nem gép.” Ezt vallja Fekete Ilona, a falu utolsó pékje, aki "
       "hajnali háromkor kezd dolgozni.")
     + P("Unokája, Fekete Bence is besegít. „Nagymama ma is jobban dagaszt, mint én” – mondja."),
     [("jó kenyérhez idő kell", "Fekete Ilona"),
      ("Nagymama ma is jobban", "Fekete Bence")]),
    ("r52-qa", "he",
     P("השף אבי אלמוג פתח לפני שנה מסעדה קטנה בשוק. שוחחנו איתו.")
     + P("<b>ש: למה דווקא בשוק?</b>")
     + P("ת: \"כי פה הירקות מגיעים אליי לפני שהם מגיעים לכל אחד אחר.\"")
     + P("<b>ש: ומה הלאה?</b>")
     + P("ת: \"לא יודע. אולי דוכן קטן יותר.\""),
     [("הירקות מגיעים אליי לפני", "אבי אלמוג"),
      ("אולי דוכן קטן יותר", "אבי אלמוג")]),
]

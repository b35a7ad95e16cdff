"""Held-out round 55 of benchmarks/speaker_forms.py: who speaks a quotation, in many languages.

Written blind (without reading the attributor, its tests or any other speaker round). About half
the cases are pages outside news: blog posts, product reviews, forum threads quoting posters by
user name, press releases ending "said X, CEO of Y", university and NGO pages, testimonial cards
signed below the quote, museum and travel features quoting a guide, documentation quoting error
messages (None). The rest is news: speakers named after the quote, in lead-ins, far before, by
surname or role only after a first mention, organisations through unnamed spokespersons, quotes
continued across paragraphs, Q&A interviews with bold questions, and a quarter of the pairs where
a reader names nobody (scare quotes, titles, slogans, unnamed voices, quoted errors and laws).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R55_CASES = [
    # ---------------------------------------------------------------- English: blog and reviews
    ("r55-blog", "en",
     P("I spent last weekend repotting every fern in the flat, which my neighbour Dolores Fenwick "
       "considers a form of madness.")
     + P("“You will kill half of them by Tuesday,” she warned me over the fence. I told her I had "
         "read the manual twice.")
     + P("The manual, for what it is worth, says the roots should be “barely damp, never soaked”. "
         "I ignored that too. “Ferns forgive,” I wrote on a sticky note for the fridge."),
     [("You will kill half", "Dolores Fenwick"), ("barely damp, never soaked", None),
      ("Ferns forgive", None)]),
    ("r55-review", "en",
     P("Verdict: the Halden 3 kettle boils fast but the lid sticks.")
     + P("Reviewers agree on the speed. “Two minutes for a full jug, every time,” wrote Priya "
         "Mandeville from Leeds, who gave it four stars.")
     + P("Others were less kind. “The lid nearly took my thumb off” is how one buyer summed it up.")
     + P("Our tester, Colm Rafferty, had the same trouble. “Lovely to look at, awful to open,” he "
         "said after a week."),
     [("Two minutes for a", "Priya Mandeville"), ("lid nearly took my", None),
      ("Lovely to look at", "Colm Rafferty")]),
    ("r55-forum", "en",
     '<div class="post">' + P("<b>gravelgrinder</b> wrote:")
     + P("“Has anyone else seen the chain slip on the new 12-speed cassettes?”") + "</div>"
     + '<div class="post">' + P("<b>tess_on_wheels</b> replied:")
     + P("“Every week since June. The shop says it is normal wear, which I doubt.”") + "</div>"
     + P("A third poster, <b>OldSpokes</b>, quoted the shop's reply back at her: “normal wear” "
         "after three hundred miles? “Change the shop, not the chain,” he wrote."),
     [("chain slip on the", "gravelgrinder"), ("Every week since June", "tess_on_wheels"),
      ("Change the shop, not", "OldSpokes")]),
    ("r55-press", "en",
     P("NORTHBRIDGE, March 4 — Calloway Freight today announced a second depot in the Tamsin "
       "Valley, adding 140 jobs by the end of next year.")
     + P("“Our customers asked us to be closer, and we listened,” said Miriam Oduya-Hart, chief "
         "executive of Calloway Freight. “This depot is the first of three.”")
     + P("The company said construction would begin in May and that it had “secured all permits”.")
     + P("About Calloway Freight: founded in 1987, the company moves “anything that fits on a "
         "pallet” across four countries."),
     [("customers asked us to", "Miriam Oduya-Hart"), ("This depot is the", "Miriam Oduya-Hart"),
      ("secured all permits", "Calloway Freight"), ("anything that fits on", None)]),
    ("r55-testimonial", "en",
     P("What our clients say")
     + '<blockquote>' + P("“They rebuilt our garden wall in two days and left the lawn cleaner than "
                           "they found it.”") + '<footer>— Margaret T., Alnwick</footer></blockquote>'
     + '<blockquote>' + P("“Fair price, no surprises.”") + '<footer>— Dev Kapoor, Bellford</footer>'
     + '</blockquote>'
     + P("“Trusted since 1994” is printed on every van."),
     [("rebuilt our garden wall", "Margaret T."), ("Fair price, no surprises", "Dev Kapoor"),
      ("Trusted since 1994", None)]),
    ("r55-docs", "en",
     P("If the installer stops with “permission denied: /opt/tally/bin”, run it again as an "
       "administrator.")
     + P("The changelog for version 4.2 describes the fix as “a workaround, not a cure”.")
     + P("Maintainer Sunniva Okafor explained in the issue thread: “The real problem is the "
         "packaging script, and I will rewrite it in spring.”"),
     [("permission denied: /opt/tally/bin", None), ("a workaround, not a", None),
      ("real problem is the", "Sunniva Okafor")]),
    ("r55-museum", "en",
     P("The lighthouse museum at Carrick Point is run by volunteers, and the best of them is "
       "Angus Molloy, a retired keeper of 71.")
     + P("He leads visitors up the 114 steps himself. “My father counted them every night for "
         "thirty years,” he says at the top.")
     + P("A brass plaque by the lamp reads “Keep the light, save the ship”.")
     + P("His wife, Eileen Molloy, runs the tea room below. “He tells the same story every tour,” she "
         "laughs, “and I still listen.”"),
     [("My father counted them", "Angus Molloy"), ("Keep the light, save", None),
      ("He tells the same", "Eileen Molloy"), ("and I still listen", "Eileen Molloy")]),
    ("r55-university", "en",
     P("Researchers at the University of Westmere have found that hedgehogs cross roads more "
       "often on wet nights.")
     + P("“We did not expect rain to matter that much,” said the study's lead author, Dr Tomasz "
         "Eberle of the School of Biology.")
     + P("Eberle's co-author, Professor Grace Ndlovu, said the team would now test road "
         "tunnels. “If they use them, it changes how councils build,” she said.")
     + P("The paper, “Rain and risk in urban hedgehogs”, appears in the spring issue."),
     [("did not expect rain", "Tomasz Eberle"), ("If they use them", "Grace Ndlovu"),
      ("Rain and risk in", None)]),
    # ---------------------------------------------------------------- English: news
    ("r55-after", "en",
     P("The bridge over the Lune will stay closed until June, the county council said on Monday.")
     + P("“Safety has to come first, even if it means a long detour,” said councillor Rhona "
         "Beattie, who chairs the highways committee.")
     + P("Shopkeepers were not convinced. “We lose a quarter of our trade every week it is shut,” "
         "said Harun Celik, who runs a bakery on the north bank.")
     + P("“Nobody asked us,” another trader said."),
     [("Safety has to come", "Rhona Beattie"), ("lose a quarter of", "Harun Celik"),
      ("Nobody asked us", None)]),
    ("r55-far", "en",
     P("Inspector Nadia Fairweather has investigated burglaries in the city for eleven years.")
     + P("Last month her team recovered more than two hundred stolen bicycles from a single "
         "warehouse. The owners of most have not come forward.")
     + P("“People assume they will never see them again, so they do not report them,” the "
         "inspector said.")
     + P("“Register the frame number. It takes one minute.”"),
     [("People assume they will", "Nadia Fairweather"), ("Register the frame number", "Nadia Fairweather")]),
    ("r55-continued", "en",
     P("Elspeth Karlsen, 58, has fostered children for two decades. She remembers the first.")
     + P("“He arrived with one shoe and a plastic bag,” she said. “I had no idea what to do.")
     + P("“By Christmas he was teaching me card games. He still rings every birthday.”")
     + P("The council says it needs forty more foster carers this year."),
     [("arrived with one shoe", "Elspeth Karlsen"), ("had no idea what", "Elspeth Karlsen"),
      ("teaching me card games", "Elspeth Karlsen")]),
    ("r55-court", "en",
     P("A jury at Harwick Crown Court heard that Dominic Ashby, 34, had been drinking before the "
       "crash.")
     + P("“Mr Ashby was twice the limit,” prosecutor Felicity Obi told the court.")
     + P("Defending, Raj Sethna said his client was “deeply sorry” and had not driven since.")
     + P("Judge Alan Whitcombe adjourned the case. “I will need reports,” he said."),
     [("Ashby was twice the", "Felicity Obi"), ("deeply sorry", "Raj Sethna"),
      ("I will need reports", "Alan Whitcombe")]),
    ("r55-sport", "en",
     P("Harbour Town came from two goals down to draw 2-2 with Millford Rovers on Saturday.")
     + P("Manager Kenji Lowe praised his substitutes. “They changed the game,” Lowe said.")
     + P("Striker Bayo Adeyemi scored both. Asked about the second, a volley from 25 yards, "
         "Adeyemi grinned: “I closed my eyes.”")
     + P("Rovers coach Pia Lindgren was less happy. “We switched off,” she said."),
     [("They changed the game", "Kenji Lowe"), ("I closed my eyes", "Bayo Adeyemi"),
      ("We switched off", "Pia Lindgren")]),
    ("r55-none", "en",
     P("The so-called “quiet quitting” trend has reached the civil service, according to a "
       "union survey.")
     + P("The survey, titled “Work Without End”, asked 3,000 staff about overtime.")
     + P("Protesters outside the ministry carried banners reading “Pay us for Sundays”."),
     [("quiet quitting", None), ("Work Without End", None), ("Pay us for Sundays", None)]),
    ("r55-org", "en",
     P("Westfield Police said on Friday it had arrested two men after a break-in at a "
       "pharmacy.")
     + P("A spokesperson for the force said officers were “following several lines of "
         "enquiry”.")
     + P("The pharmacy's owner, Sanjay Mehra, said: “They took nothing but the till.”"),
     [("following several lines of", "Westfield Police"), ("took nothing but the", "Sanjay Mehra")]),
    ("r55-object", "en",
     P("Police arrested Travis Oyelaran, 22, outside the stadium on Sunday.")
     + P("“The situation was under control within minutes,” a police statement said.")
     + P("His mother, Grace Oyelaran, said he had been “in the wrong place”."),
     [("situation was under control", None), ("in the wrong place", "Grace Oyelaran")]),
    ("r55-pronoun", "en",
     P("Marta Kowalczyk met Stefan Brandt at the harbour to sign the lease.")
     + P("“It took us a year to agree on the price,” he said.")
     + P("“And another year to agree on the paint,” she added."),
     [("took us a year", "Stefan Brandt"), ("another year to agree", "Marta Kowalczyk")]),
    ("r55-interview", "en",
     P("Lena Hartigan, 41, opened the valley's first zero-waste shop in 2019. We spoke to her "
       "about refill culture.")
     + P("<b>Why refill?</b>")
     + P("“Because I was tired of throwing out more packaging than food.”")
     + P("<b>Has it paid off?</b>")
     + P("“Only just. Rent went up twice.”"),
     [("tired of throwing out", "Lena Hartigan"), ("Only just. Rent went", "Lena Hartigan")]),
    ("r55-mixed", "en",
     P("At the hearing, Councillor Amos Trevelyan called the plan “a gift to developers”, while "
       "planning officer Ruth Okonkwo insisted it was “the only site left”.")
     + P("Residents, Trevelyan said, had “every right to be angry”."),
     [("gift to developers", "Amos Trevelyan"), ("the only site left", "Ruth Okonkwo"),
      ("every right to be", "Amos Trevelyan")]),
    ("r55-headline", "en",
     "<h2>Cellist Yara Benassi: “I practise in the bath”</h2>"
     + P("The 29-year-old has won the Carrow Prize at her first attempt.")
     + P("“The acoustics are wonderful, the neighbours less so,” the cellist said."),
     [("I practise in the", "Yara Benassi"), ("acoustics are wonderful, the", "Yara Benassi")]),
    ("r55-obituary", "en",
     P("Walter Pennick, who ran the Crossways ironmongers for 52 years, has died aged 88.")
     + P("His daughter, Susan Pennick-Hale, said he had worked “until the week he went into "
         "hospital”.")
     + P("“He knew every screw in that shop by name,” said his grandson, Luke Pennick.")
     + P("A sign in the shop window now reads “Closed, with thanks”."),
     [("until the week he", "Susan Pennick-Hale"), ("knew every screw in", "Luke Pennick"),
      ("Closed, with thanks", None)]),
    ("r55-travel", "en",
     P("Our guide in the old salt mine is Bogdan, a former miner who now shows tourists the "
       "chapel carved 100 metres below ground.")
     + P("“Everything here is salt, even the chandeliers,” he says, tapping one. “Lick it if you "
         "do not believe me.”")
     + P("Nobody does. A laminated notice by the altar says “Please do not lick the walls”."),
     [("Everything here is salt", "Bogdan"), ("Lick it if you", "Bogdan"),
      ("Please do not lick", None)]),
    ("r55-ngo", "en",
     P("Clearwater Trust, a charity that digs wells in dry regions, published its annual report "
       "on Thursday.")
     + P("The report warns that funding is “at its lowest in a decade”.")
     + P("Its director, Imogen Achterberg, wrote in the foreword: “We cannot dig with promises.”")
     + P("One volunteer described the work as “hot, slow and worth it”."),
     [("at its lowest in", "Clearwater Trust"), ("cannot dig with promises", "Imogen Achterberg"),
      ("hot, slow and worth", None)]),
    ("r55-before", "en",
     P("According to fire chief Dermot Galloway, the blaze started in a tumble dryer.")
     + P("Galloway has seen dozens like it: “People leave them running overnight, and lint does "
         "the rest.”")
     + P("In the words of one neighbour, it was “like a bonfire in a box”."),
     [("leave them running overnight", "Dermot Galloway"), ("like a bonfire in", None)]),
    ("r55-subject", "en",
     P("“Maria Kovač did nothing wrong,” her lawyer, Tomas Reyes, said outside the court.")
     + P("Kovač, 45, a former bank clerk, declined to comment.")
     + P("Asked by reporter Ana Lind whether his client would appeal, Reyes replied: “Of "
         "course.”"),
     [("did nothing wrong", "Tomas Reyes"), ("Of course", "Tomas Reyes")]),
    ("r55-caption", "en",
     P("<i>Farmer Ollie Bracknell with his prize ram, Duke.</i>")
     + P("The county show returned this weekend after a two-year break.")
     + P("“The crowds were bigger than ever,” said show secretary Wendy Ashdown."),
     [("crowds were bigger than", "Wendy Ashdown")]),
    ("r55-blog", "en",
     P("My grandmother kept a recipe book with notes in the margins. Next to the plum cake she "
       "wrote “more rum than you think”.")
     + P("I asked my aunt, Josephine Ward, what that meant. “It meant double,” she said without "
         "blinking.")
     + P("The book itself, a 1950s edition of “The Home Baker”, calls for one spoonful."),
     [("more rum than you", None), ("It meant double", "Josephine Ward"),
      ("The Home Baker", None)]),
    # ---------------------------------------------------------------- German
    ("r55-after", "de",
     P("Die Stadtwerke Lindenau erhöhen zum Januar die Wasserpreise um acht Prozent.")
     + P("„Die Leitungen sind über sechzig Jahre alt“, sagte Geschäftsführerin Heike "
         "Brandstätter am Dienstag. „Wir kommen um die Erneuerung nicht herum.“")
     + P("Der Mieterverein nannte die Erhöhung „kaum vermittelbar“."),
     [("Leitungen sind über sechzig", "Heike Brandstätter"),
      ("kommen um die Erneuerung", "Heike Brandstätter"), ("kaum vermittelbar", "Mieterverein")]),
    ("r55-interview", "de",
     P("Jonas Wiegand, 37, leitet seit zwei Jahren die Imkerei am Stadtrand. Ein Gespräch über "
       "Bienen und Beton.")
     + P("<b>Frage: Wie geht es Ihren Völkern nach dem Winter?</b>")
     + P("Erstaunlich gut. Wir haben nur zwei von vierzig verloren.")
     + P("<b>Frage: Und die Stadt?</b>")
     + P("„Die Stadt ist für Bienen besser als das Maisfeld“, das sage ich jedem."),
     [("Stadt ist für Bienen", "Jonas Wiegand")]),
    ("r55-forum", "de",
     '<div class="post">' + P("<b>Kellerkind77</b> schrieb:")
     + P("„Mein Router verliert jede Nacht um drei die Verbindung. Ideen?“") + "</div>"
     + '<div class="post">' + P("<b>netzwerkerin</b> antwortete:")
     + P("„Schau mal, ob die automatische Kanalwahl an ist. Bei mir war es genau das.“")
     + "</div>"
     + P("Im Log stand nur „DHCP lease expired“."),
     [("Router verliert jede Nacht", "Kellerkind77"), ("automatische Kanalwahl an ist", "netzwerkerin"),
      ("DHCP lease expired", None)]),
    ("r55-role", "de",
     P("Der Bürgermeister von Hohenfurt, Matthias Oberreiter, hat den Neubau der Grundschule "
       "verteidigt.")
     + P("Kritik kam von der Elternvertreterin Sabine Kühn-Albers. Sie sprach von einem "
         "„Schnellschuss ohne Plan“.")
     + P("Der Bürgermeister blieb dabei: „Wir bauen jetzt, oder wir bauen in zehn Jahren.“"),
     [("Schnellschuss ohne Plan", "Sabine Kühn-Albers"), ("bauen jetzt, oder wir", "Matthias Oberreiter")]),
    ("r55-none", "de",
     P("Das sogenannte „Heizungsgesetz“ beschäftigt den Landtag erneut.")
     + P("Auf Plakaten vor dem Gebäude stand „Wärme für alle“.")
     + P("„Das versteht doch keiner mehr“, rief ein Zuschauer von der Tribüne."),
     [("Heizungsgesetz", None), ("Wärme für alle", None), ("versteht doch keiner mehr", None)]),
    ("r55-review", "de",
     P("Kundenbewertungen zum Wanderschuh Alpkamm GTX")
     + '<blockquote>' + P("„Nach 300 Kilometern noch immer dicht. Klare Empfehlung.“")
     + '<footer>— Petra L., Kempten</footer></blockquote>'
     + '<blockquote>' + P("„Die Schnürung drückt auf dem Spann.“")
     + '<footer>— Anonym</footer></blockquote>',
     [("noch immer dicht. Klare", "Petra L."), ("Schnürung drückt auf dem", None)]),
    ("r55-far", "de",
     P("Seit 1982 arbeitet Gisela Hoffmeister in der Stadtbücherei von Ahlbeck.")
     + P("Damals gab es dort noch Karteikarten. Heute verleiht die Bücherei E-Reader und "
         "Nähmaschinen.")
     + P("Am Freitag geht sie in den Ruhestand.")
     + P("„Am meisten werde ich die Kinder vermissen, die jeden Dienstag kommen“, sagt sie."),
     [("meisten werde ich die", "Gisela Hoffmeister")]),
    ("r55-press", "de",
     P("MÜNSTERFELD – Die Feldmann Solartechnik GmbH eröffnet im Herbst ein zweites Werk.")
     + P("„Die Nachfrage hat sich in zwei Jahren verdreifacht“, sagt Dr. Anke Feldmann, "
         "Geschäftsführerin der Feldmann Solartechnik GmbH.")
     + P("Über Feldmann Solartechnik: Das Familienunternehmen steht seit 1991 für „Strom vom "
         "eigenen Dach“."),
     [("Nachfrage hat sich in", "Anke Feldmann"), ("Strom vom eigenen Dach", None)]),
    ("r55-pronoun", "de",
     P("Klaus Reinert traf seine Nachbarin Ulrike Jahn vor dem Rathaus.")
     + P("„Ich habe die Unterschriften gezählt, es sind 412“, sagte sie.")
     + P("Er nickte. „Das reicht für den Antrag.“"),
     [("habe die Unterschriften gezählt", "Ulrike Jahn"), ("reicht für den Antrag", "Klaus Reinert")]),
    # ---------------------------------------------------------------- French
    ("r55-after", "fr",
     P("La mairie de Saint-Aubin-les-Prés a fermé la piscine municipale pour l'été.")
     + P("« Le bassin fuit depuis trois ans », a expliqué l'adjointe aux sports, Mireille "
         "Duchâteau. « Nous n'avons plus le choix. »")
     + P("Un parent d'élève a dénoncé « une décision prise en catimini »."),
     [("bassin fuit depuis trois", "Mireille Duchâteau"), ("avons plus le choix", "Mireille Duchâteau"),
      ("une décision prise en", None)]),
    ("r55-interview", "fr",
     P("Rencontre avec Baptiste Le Goff, luthier à Quimperlé depuis vingt ans.")
     + P("<b>Question : Combien de temps pour un violon ?</b>")
     + P("« Trois mois, si le bois est sec. »")
     + P("<b>Question : Et si le client est pressé ?</b>")
     + P("« Il va chez un autre luthier. »"),
     [("Trois mois, si le", "Baptiste Le Goff"), ("Il va chez un", "Baptiste Le Goff")]),
    ("r55-org", "fr",
     P("La SNTR, le syndicat des transporteurs routiers, appelle à une grève lundi.")
     + P("Dans un communiqué, le syndicat juge la nouvelle taxe « injuste et mal calculée ».")
     + P("Le ministère des Transports a répondu qu'il restait « ouvert au dialogue »."),
     [("injuste et mal calculée", "SNTR"), ("ouvert au dialogue", "ministère des Transports")]),
    ("r55-testimonial", "fr",
     P("Ils nous font confiance")
     + '<blockquote>' + P("« Une équipe réactive, un chantier propre. »")
     + '<footer>— Hélène M., Lyon</footer></blockquote>'
     + P("« Rénover sans stress » : c'est notre promesse depuis 2005."),
     [("Une équipe réactive, un", "Hélène M."), ("Rénover sans stress", None)]),
    ("r55-role", "fr",
     P("M. Olivier de Villeneuve, 63 ans, maire de Brécy, a annoncé sa candidature.")
     + P("« Je n'ai pas fini le travail », a déclaré M. de Villeneuve devant la presse.")
     + P("Son adversaire, Samira Benali-Roux, a ironisé sur « un mandat de trop »."),
     [("pas fini le travail", "Olivier de Villeneuve"), ("un mandat de trop", "Samira Benali-Roux")]),
    ("r55-museum", "fr",
     P("Au musée de la Dentelle de Valmont, la guide Odile Marchetti montre un col de 1860.")
     + P("« Il a fallu deux ans à une seule ouvrière pour le faire », explique-t-elle.")
     + P("Sur le cartel, on lit simplement : « Col, anonyme, vers 1860 »."),
     [("fallu deux ans à", "Odile Marchetti"), ("Col, anonyme, vers 1860", None)]),
    # ---------------------------------------------------------------- Spanish
    ("r55-after", "es",
     P("El Ayuntamiento de Villanueva del Cerro cerrará el mercado de abastos durante las obras.")
     + P("«Serán seis meses difíciles, pero el edificio lo necesita», afirmó la concejala de "
         "Comercio, Lucía Ferrándiz.")
     + P("Los comerciantes hablan de «una ruina anunciada»."),
     [("Serán seis meses difíciles", "Lucía Ferrándiz"), ("una ruina anunciada", None)]),
    ("r55-interview", "es",
     P("Entrevista a Ramón Echeverría Sáez, pastor en la sierra desde los catorce años.")
     + P("<b>Pregunta: ¿Cuántas ovejas tiene?</b>")
     + P("—Cuatrocientas, y cada una con su carácter.")
     + P("<b>Pregunta: ¿Y el lobo?</b>")
     + P("«El lobo es un vecino más, aunque no paga impuestos»."),
     [("lobo es un vecino", "Ramón Echeverría Sáez")]),
    ("r55-forum", "es",
     '<div class="post">' + P("<b>pacoviajero</b> escribió:")
     + P("«¿Alguien ha cruzado la frontera en coche esta semana? ¿Hay colas?»") + "</div>"
     + '<div class="post">' + P("<b>MarisaG</b> respondió:")
     + P("«Ayer, dos horas. Llevad agua.»") + "</div>",
     [("cruzado la frontera en", "pacoviajero"), ("Ayer, dos horas", "MarisaG")]),
    ("r55-org", "es",
     P("La Guardia Municipal de Río Seco detuvo a dos jóvenes por pintadas en la catedral.")
     + P("Según un portavoz del cuerpo, los detenidos «reconocieron los hechos».")
     + P("El párroco, Anselmo Quiroga, pidió «un castigo educativo, no una venganza»."),
     [("reconocieron los hechos", "Guardia Municipal de Río Seco"),
      ("castigo educativo, no una", "Anselmo Quiroga")]),
    ("r55-none", "es",
     P("La novela «Cien noches de sal» se reedita este otoño.")
     + P("En la pancarta se leía «Sin agua no hay futuro».")
     + P("El llamado «efecto rebote» preocupa a los economistas."),
     [("Cien noches de sal", None), ("Sin agua no hay", None), ("efecto rebote", None)]),
    # ---------------------------------------------------------------- Italian
    ("r55-after", "it",
     P("Il sindaco di Roccafiorita, Giuseppe Lanzafame, ha firmato l'ordinanza anti-vetro.")
     + P("«Le piazze non sono discariche», ha detto il primo cittadino.")
     + P("Contrari i baristi: «Ci tolgono metà degli incassi estivi», lamenta Carla Mancuso, "
         "titolare di un locale sul lungomare."),
     [("piazze non sono discariche", "Giuseppe Lanzafame"), ("tolgono metà degli incassi", "Carla Mancuso")]),
    ("r55-review", "it",
     P("Recensioni: Trattoria Il Glicine, Montepulciano")
     + '<blockquote>' + P("«Pici al ragù da ricordare, servizio lento.»")
     + '<footer>— Marco B., Siena</footer></blockquote>'
     + P("Il titolare, Fabrizio Degli Esposti, risponde: «Il ragù cuoce sei ore, anche il "
         "servizio ha i suoi tempi.»"),
     [("Pici al ragù da", "Marco B."), ("ragù cuoce sei ore", "Fabrizio Degli Esposti")]),
    ("r55-far", "it",
     P("Anna Maria Scalzo ha 92 anni e da settant'anni cuce abiti da sposa a Lecce.")
     + P("Il suo laboratorio è al primo piano di un palazzo barocco. Le clienti arrivano anche "
         "da Milano.")
     + P("«Ogni sposa piange almeno una volta durante la prova», racconta."),
     [("Ogni sposa piange almeno", "Anna Maria Scalzo")]),
    ("r55-none", "it",
     P("Il cosiddetto «decreto sicurezza» torna in aula martedì.")
     + P("Sullo striscione dei manifestanti: «Giù le mani dalla scuola»."),
     [("decreto sicurezza", None), ("Giù le mani dalla", None)]),
    # ---------------------------------------------------------------- Portuguese
    ("r55-after", "pt",
     P("A Câmara Municipal de Vila Nova de Alvares aprovou o novo plano de ciclovias.")
     + P("“Vamos ligar todas as escolas até 2028”, garantiu o vereador da Mobilidade, João "
         "Paulo Carvalhais.")
     + P("A associação de moradores fala em “promessas recicladas”."),
     [("ligar todas as escolas", "João Paulo Carvalhais"), ("promessas recicladas", None)]),
    ("r55-testimonial", "pt",
     P("Depoimentos de alunos")
     + '<blockquote>' + P("“Aprendi mais em seis semanas do que em dois anos sozinha.”")
     + '<footer>— Beatriz S., Recife</footer></blockquote>'
     + P("A coordenadora do curso, Luíza Mendonça, resume: “Aqui ninguém fica para trás.”"),
     [("Aprendi mais em seis", "Beatriz S."), ("Aqui ninguém fica para", "Luíza Mendonça")]),
    ("r55-org", "pt",
     P("A Polícia Civil de Campo Alegre informou que o suspeito foi localizado em outro estado.")
     + P("Em nota, a corporação disse que o caso “segue sob sigilo”.")
     + P("“Só queremos respostas”, disse um familiar da vítima."),
     [("segue sob sigilo", "Polícia Civil de Campo Alegre"), ("queremos respostas", None)]),
    # ---------------------------------------------------------------- Dutch
    ("r55-after", "nl",
     P("De gemeente Oosterwolde sluit het zwembad De Vennen na de zomer.")
     + P("„Het gebouw is op”, zei wethouder Marieke van der Laan-Bos dinsdag. „Renoveren kost "
         "meer dan nieuw bouwen.”")
     + P("Zwemvereniging De Snoek spreekt van „een klap voor driehonderd leden”."),
     [("gebouw is op", "Marieke van der Laan-Bos"), ("Renoveren kost meer dan", "Marieke van der Laan-Bos"),
      ("klap voor driehonderd leden", "Zwemvereniging De Snoek")]),
    ("r55-forum", "nl",
     '<div class="post">' + P("<b>fietsfrits</b> schreef:")
     + P("„Weet iemand of de pont bij Kerkdriel weer vaart?”") + "</div>"
     + '<div class="post">' + P("<b>Anouk_R</b> reageerde:")
     + P("„Sinds maandag weer, maar alleen overdag.”") + "</div>",
     [("pont bij Kerkdriel weer", "fietsfrits"), ("Sinds maandag weer, maar", "Anouk_R")]),
    ("r55-none", "nl",
     P("De zogenaamde „stikstofcrisis” houdt de boeren bezig.")
     + P("Op het spandoek stond „Geen boer, geen voer”.")
     + P("„Het is mooi geweest”, riep iemand uit de zaal."),
     [("stikstofcrisis", None), ("Geen boer, geen voer", None), ("Het is mooi geweest", None)]),
    # ---------------------------------------------------------------- Polish (inflected names)
    ("r55-role", "pl",
     P("Burmistrz Zielonej Doliny Tomasz Wierzbicki zapowiedział budowę nowego żłobka.")
     + P("„Rodzice czekają na to od lat” – powiedział burmistrz.")
     + P("Według Joanny Kowalczyk z rady rodziców to „krok w dobrą stronę, ale spóźniony”."),
     [("Rodzice czekają na to", "Tomasz Wierzbicki"), ("krok w dobrą stronę", "Joanna Kowalczyk")]),
    ("r55-forum", "pl",
     '<div class="post">' + P("<b>rowerzysta_83</b> napisał:")
     + P("„Czy ktoś wie, czemu pociąg do Sopotu znowu stoi?”") + "</div>"
     + '<div class="post">' + P("<b>Ola_K</b> odpisała:")
     + P("„Awaria sieci trakcyjnej, podawali w komunikacie.”") + "</div>"
     + P("Komunikat przewoźnika brzmiał: „Utrudnienia potrwają do odwołania”."),
     [("pociąg do Sopotu znowu", "rowerzysta_83"), ("Awaria sieci trakcyjnej", "Ola_K"),
      ("Utrudnienia potrwają do odwołania", None)]),
    ("r55-after", "pl",
     P("Z Anną Nowakowską-Lis, dyrektorką muzeum w Brzegowie, rozmawialiśmy o nowej wystawie.")
     + P("„Pokażemy przedmioty, których nikt nie widział od wojny” – mówi dyrektorka.")
     + P("Wystawa nosi tytuł „Ślady w piasku”."),
     [("Pokażemy przedmioty, których nikt", "Anna Nowakowska-Lis"), ("Ślady w piasku", None)]),
    # ---------------------------------------------------------------- Czech
    ("r55-role", "cs",
     P("Starostka obce Horní Lhota Jana Dvořáková odmítla výstavbu skladu.")
     + P("„Obec nechce kamiony pod okny,“ řekla starostka.")
     + P("Podle Petra Novotného z investorské firmy jde o „nedorozumění“."),
     [("Obec nechce kamiony pod", "Jana Dvořáková"), ("nedorozumění", "Petr Novotný")]),
    ("r55-none", "cs",
     P("Takzvaný „zákon o bydlení“ projedná sněmovna v úterý.")
     + P("Na transparentu stálo „Bydlení není luxus“."),
     [("zákon o bydlení", None), ("Bydlení není luxus", None)]),
    # ---------------------------------------------------------------- Russian
    ("r55-role", "ru",
     P("Глава поселка Сосновый Бор Андрей Кудрявцев пообещал отремонтировать мост к осени.")
     + P("«Деньги выделены, подрядчик выбран», — заявил Кудрявцев.")
     + P("По словам Марины Беловой, председателя совета жителей, это «уже третье обещание»."),
     [("Деньги выделены, подрядчик выбран", "Андрей Кудрявцев"), ("уже третье обещание", "Марина Белова")]),
    ("r55-script", "ru",
     P("Итальянский архитектор Lorenzo Bianchetti представил проект новой набережной.")
     + P("«Город должен повернуться к реке лицом», — сказал он.")
     + P("Жители пока настроены скептически: «Лучше бы дороги починили», — говорит пенсионерка "
         "из соседнего дома."),
     [("Город должен повернуться к", "Lorenzo Bianchetti"), ("Лучше бы дороги починили", None)]),
    ("r55-forum", "ru",
     '<div class="post">' + P("<b>dachnik54</b> пишет:")
     + P("«Кто-нибудь сажал томаты в апреле? Не померзнут?»") + "</div>"
     + '<div class="post">' + P("<b>Светлана_К</b> отвечает:")
     + P("«Под плёнкой не померзнут, проверено».") + "</div>",
     [("сажал томаты в апреле", "dachnik54"), ("Под плёнкой не померзнут", "Светлана_К")]),
    # ---------------------------------------------------------------- Ukrainian
    ("r55-after", "uk",
     P("Міська рада Зеленогірська ухвалила програму ремонту шкіл.")
     + P("«Цього року відремонтуємо дванадцять дахів», — сказала заступниця міського голови "
         "Оксана Литвиненко.")
     + P("Батьки кажуть про «краплю в морі»."),
     [("Цього року відремонтуємо дванадцять", "Оксана Литвиненко"), ("краплю в морі", None)]),
    ("r55-role", "uk",
     P("Тренер команди «Сокіл» Василь Гнатюк пояснив поразку втомою гравців.")
     + P("«Ми грали третій матч за тиждень», — зазначив тренер.")
     + P("Нападник Дмитро Ковальчук додав: «Наступного разу відіграємося»."),
     [("грали третій матч за", "Василь Гнатюк"), ("Наступного разу відіграємося", "Дмитро Ковальчук")]),
    # ---------------------------------------------------------------- Chinese
    ("r55-after", "zh",
     P("青石县政府宣布，将在明年春季前完成老城区供水管道改造。")
     + P("“老管道已经用了四十年，必须更换。”县水务局局长王建平说。")
     + P("一位居民表示：“只要别停水太久就行。”"),
     [("老管道已经用了四十年", "王建平"), ("只要别停水太久就行", None)]),
    ("r55-testimonial", "zh",
     P("用户评价")
     + '<blockquote>' + P("“发货很快，包装也很结实。”") + '<footer>— 上海市・李雪梅</footer></blockquote>'
     + '<blockquote>' + P("“客服态度一般。”") + '<footer>— 匿名用户</footer></blockquote>',
     [("发货很快，包装也很结实", "李雪梅"), ("客服态度一般", None)]),
    ("r55-org", "zh",
     P("东岭市交通运输局周二发布通告称，地铁五号线将于下月试运行。")
     + P("该局表示，试运行期间“不对乘客开放”。")
     + P("工程总指挥陈晓梅说：“我们比原计划提前了两个月。”"),
     [("不对乘客开放", "东岭市交通运输局"), ("我们比原计划提前了两个月", "陈晓梅")]),
    # ---------------------------------------------------------------- Japanese
    ("r55-after", "ja",
     P("北浜町の商店街で、閉店した書店を改装した図書室が開館した。")
     + P("「子どもたちが放課後に集まれる場所が欲しかった」と、発起人の森田由紀子さんは話す。")
     + P("近所に住む男性は「本屋がなくなって寂しかった」と喜んだ。"),
     [("子どもたちが放課後に集まれる", "森田由紀子"), ("本屋がなくなって寂しかった", None)]),
    ("r55-testimonial", "ja",
     P("お客様の声")
     + '<blockquote>' + P("「スタッフの説明が丁寧で安心できました。」") + '<footer>— 東京都・K.T.様</footer></blockquote>'
     + '<blockquote>' + P("「予約が取りにくいのが難点です。」") + '<footer>— 大阪府・40代女性</footer></blockquote>',
     [("スタッフの説明が丁寧で", "K.T."), ("予約が取りにくいのが", None)]),
    ("r55-role", "ja",
     P("日本酒蔵「白鷺酒造」の五代目、高橋誠一氏が新しい純米酒を発表した。")
     + P("高橋氏は「米の味をそのまま残したかった」と語った。")
     + P("蔵のラベルには「手造り一筋」と書かれている。"),
     [("米の味をそのまま残したかった", "高橋誠一"), ("手造り一筋", None)]),
    # ---------------------------------------------------------------- Korean
    ("r55-after", "ko",
     P("한빛시는 내년부터 시내버스 요금을 동결하기로 했다.")
     + P("\"시민 부담을 줄이는 것이 우선\"이라고 박정은 교통국장은 말했다.")
     + P("한 시민은 \"반가운 소식\"이라고 했다."),
     [("시민 부담을 줄이는 것이", "박정은"), ("반가운 소식", None)]),
    ("r55-testimonial", "ko",
     P("수강 후기")
     + '<blockquote>' + P("\"강의가 실무에 바로 도움이 됐어요.\"") + '<footer>— 김민지 씨, 부산</footer></blockquote>'
     + P("강사 이도현 씨는 \"현장 경험을 그대로 옮기려 했다\"고 말했다."),
     [("강의가 실무에 바로", "김민지"), ("현장 경험을 그대로 옮기려", "이도현")]),
    # ---------------------------------------------------------------- Arabic
    ("r55-after", "ar",
     P("أعلنت بلدية الواحة الخضراء عن افتتاح حديقة عامة جديدة في وسط المدينة.")
     + P("وقال رئيس البلدية سليم الحداد: «الحديقة هدية لأطفال المدينة».")
     + P("وقالت إحدى الأمهات إن المكان «أجمل مما توقعنا»."),
     [("الحديقة هدية لأطفال المدينة", "سليم الحداد"), ("أجمل مما توقعنا", None)]),
    ("r55-script", "ar",
     P("زار المهندس الفرنسي Julien Marchand موقع السد الجديد يوم الأحد.")
     + P("وقال: «المشروع سيغير حياة آلاف المزارعين».")
     + P("من جهتها، أكدت وزارة الري في بيان أن العمل «يسير وفق الجدول»."),
     [("المشروع سيغير حياة آلاف", "Julien Marchand"), ("يسير وفق الجدول", "وزارة الري")]),
    # ---------------------------------------------------------------- Turkish
    ("r55-after", "tr",
     P("Yeşilköy Belediyesi, sahil yolundaki bisiklet şeridini iki kat genişletiyor.")
     + P("“Yaz sonuna kadar bitireceğiz” dedi Belediye Başkanı Serkan Aydoğdu.")
     + P("Esnaf ise “otopark kalmayacak” diye endişeli."),
     [("Yaz sonuna kadar bitireceğiz", "Serkan Aydoğdu"), ("otopark kalmayacak", None)]),
    ("r55-forum", "tr",
     '<div class="post">' + P("<b>kahveci_ali</b> yazdı:")
     + P("“Yeni makinede süt köpüğü neden sulu oluyor?”") + "</div>"
     + '<div class="post">' + P("<b>Zeynep.B</b> cevapladı:")
     + P("“Sütü soğuk kullan, fark edeceksin.”") + "</div>",
     [("süt köpüğü neden sulu", "kahveci_ali"), ("Sütü soğuk kullan", "Zeynep.B")]),
    # ---------------------------------------------------------------- Hebrew
    ("r55-after", "he",
     P("עיריית גבעת הדקלים הודיעה על פתיחת ספרייה חדשה בשכונת הנרקיסים.")
     + P("\"זה חלום של עשר שנים\", אמרה ראש העירייה מיכל בן-דוד.")
     + P("תושב השכונה אמר: \"סוף סוף יש לילדים לאן ללכת\"."),
     [("זה חלום של עשר", "מיכל בן-דוד"), ("סוף סוף יש לילדים", None)]),
    ("r55-role", "he",
     P("מאמן הקבוצה, יוסי אלמוג, שיבח את השחקנים אחרי הניצחון.")
     + P("\"הם לא ויתרו לרגע\", אמר המאמן.")
     + P("השלט ביציע קרא: \"כל הכבוד לכחולים\"."),
     [("הם לא ויתרו לרגע", "יוסי אלמוג"), ("כל הכבוד לכחולים", None)]),
    # ---------------------------------------------------------------- Persian
    ("r55-after", "fa",
     P("شهرداری باغ‌آباد از طرح تازه‌ای برای کاشت هزار درخت خبر داد.")
     + P("مریم صادقی، معاون شهردار، گفت: «تا پایان پاییز همه را می‌کاریم».")
     + P("یکی از ساکنان گفت: «کاش زودتر شروع کرده بودند»."),
     [("تا پایان پاییز همه", "مریم صادقی"), ("کاش زودتر شروع کرده", None)]),
    ("r55-org", "fa",
     P("سازمان هواشناسی استان در اطلاعیه‌ای اعلام کرد که بارش‌ها «بالاتر از حد نرمال» خواهد بود.")
     + P("رضا کریمی، کشاورز روستای دشتک، گفت: «این خبر خوبی برای گندم است»."),
     [("بالاتر از حد نرمال", "سازمان هواشناسی استان"), ("این خبر خوبی برای", "رضا کریمی")]),
    # ---------------------------------------------------------------- Hindi
    ("r55-after", "hi",
     P("रामपुर नगर निगम ने पुराने बाज़ार में नई जल निकासी व्यवस्था शुरू की है।")
     + P("महापौर सुनीता वर्मा ने कहा, “इस बार बारिश में दुकानें नहीं डूबेंगी।”")
     + P("एक दुकानदार ने कहा, “देखते हैं, वादे तो हर साल होते हैं।”"),
     [("इस बार बारिश में", "सुनीता वर्मा"), ("वादे तो हर साल", None)]),
    ("r55-testimonial", "hi",
     P("हमारे छात्रों की राय")
     + '<blockquote>' + P("“शिक्षकों ने हर सवाल का धैर्य से जवाब दिया।”") + '<footer>— अंकित शर्मा, जयपुर</footer></blockquote>'
     + P("संस्थान का नारा है “सीखो और सिखाओ”।"),
     [("शिक्षकों ने हर सवाल", "अंकित शर्मा"), ("सीखो और सिखाओ", None)]),
    # ---------------------------------------------------------------- Indonesian
    ("r55-after", "id",
     P("Pemerintah Kota Sukamaju akan membangun jalur sepeda sepanjang 20 kilometer.")
     + P("\"Kami ingin warga berani bersepeda ke kantor,\" kata Wali Kota Dewi Anggraini.")
     + P("Seorang pengendara ojek menyebut rencana itu \"bagus, asal tidak memakan jalan\"."),
     [("ingin warga berani bersepeda", "Dewi Anggraini"), ("asal tidak memakan jalan", None)]),
    ("r55-review", "id",
     P("Ulasan pelanggan: Warung Kopi Senja")
     + '<blockquote>' + P("\"Kopinya mantap, tempatnya nyaman untuk kerja.\"")
     + '<footer>— Rizky P., Bandung</footer></blockquote>'
     + P("Pemiliknya, Hendra Wijaya, berkata, \"Biji kopi kami dari kebun sendiri.\""),
     [("Kopinya mantap, tempatnya nyaman", "Rizky P."), ("Biji kopi kami dari", "Hendra Wijaya")]),
    # ---------------------------------------------------------------- Vietnamese
    ("r55-after", "vi",
     P("UBND huyện Sông Lam vừa khánh thành cây cầu mới nối hai xã ven sông.")
     + P("\"Bà con không còn phải đi đò nữa\", ông Nguyễn Văn Thành, Chủ tịch huyện, cho biết.")
     + P("Một người dân nói: \"Chúng tôi đã chờ hai mươi năm\"."),
     [("Bà con không còn phải", "Nguyễn Văn Thành"), ("đã chờ hai mươi năm", None)]),
    ("r55-org", "vi",
     P("Công ty Điện lực Miền Trung thông báo sẽ cắt điện luân phiên trong tuần tới.")
     + P("Theo công ty, việc này là \"bắt buộc để bảo trì lưới điện\".")
     + P("Bà Trần Thị Hoa, chủ một tiệm may, nói: \"Tôi sẽ mất ba ngày làm việc\"."),
     [("bắt buộc để bảo trì", "Công ty Điện lực Miền Trung"), ("sẽ mất ba ngày", "Trần Thị Hoa")]),
    # ---------------------------------------------------------------- Greek (inflected names)
    ("r55-role", "el",
     P("Ο δήμαρχος Καλαμιώτισσας Γιώργος Παπαδόγιαννης ανακοίνωσε νέο πάρκο στο λιμάνι.")
     + P("«Το λιμάνι ανήκει στους πολίτες», δήλωσε ο δήμαρχος.")
     + P("Σύμφωνα με την Ελένη Κωστοπούλου, πρόεδρο των καταστηματαρχών, πρόκειται για «μια "
         "καλή αρχή»."),
     [("λιμάνι ανήκει στους πολίτες", "Γιώργος Παπαδόγιαννης"), ("μια καλή αρχή", "Ελένη Κωστοπούλου")]),
    ("r55-script", "el",
     P("Ο Γερμανός αρχαιολόγος Martin Hollerbach παρουσίασε τα ευρήματα της ανασκαφής.")
     + P("«Βρήκαμε ένα εργαστήριο κεραμικής ακέραιο», είπε.")
     + P("Η επιγραφή στο αγγείο γράφει «Χαίρε και πίε»."),
     [("Βρήκαμε ένα εργαστήριο κεραμικής", "Martin Hollerbach"), ("Χαίρε και πίε", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r55-after", "ro",
     P("Primăria din Valea Mare a redeschis piața agroalimentară după renovare.")
     + P("„Am păstrat tarabele vechi, dar am pus acoperiș nou”, a declarat primarul Ion "
         "Dumitrescu.")
     + P("O vânzătoare spune că e „mult mai curat acum”."),
     [("păstrat tarabele vechi, dar", "Ion Dumitrescu"), ("mult mai curat acum", None)]),
    ("r55-forum", "ro",
     '<div class="post">' + P("<b>andrei_bv</b> a scris:")
     + P("„Merită drumul pe Transalpina în octombrie?”") + "</div>"
     + '<div class="post">' + P("<b>Ioana.M</b> a răspuns:")
     + P("„Doar dacă nu ninge. Verifică drumul dimineața.”") + "</div>",
     [("drumul pe Transalpina în", "andrei_bv"), ("Doar dacă nu ninge", "Ioana.M")]),
    # ---------------------------------------------------------------- Hungarian (inflected)
    ("r55-role", "hu",
     P("Kovács Eszter, a szegvári iskola igazgatója, új tanterem építését jelentette be.")
     + P("„A gyerekek eddig a folyosón tanultak” – mondta az igazgató.")
     + P("Szabó Péter polgármester szerint a beruházás „régóta esedékes”."),
     [("gyerekek eddig a folyosón", "Kovács Eszter"), ("régóta esedékes", "Szabó Péter")]),
    ("r55-none", "hu",
     P("Az úgynevezett „rezsistop” jövőre is marad.")
     + P("A tüntetők táblája: „Tiszta vizet a Tiszába”."),
     [("rezsistop", None), ("Tiszta vizet a Tiszába", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r55-after", "sv",
     P("Kommunen i Björkvik lägger ned den sista bensinmacken.")
     + P("– Vi har ingen annan macka inom fyra mil, säger Ingrid Sjöholm, som driver "
         "byns lanthandel.")
     + P("”Det här är ett hårt slag för bygden”, skriver hembygdsföreningen i ett "
         "pressmeddelande."),
     [("hårt slag för bygden", "hembygdsföreningen")]),
    ("r55-museum", "sv",
     P("På Skeppsmuseet i Ålunda visar guiden Lars-Erik Wahlström en skeppsklocka från 1780.")
     + P("”Den ringde varje halvtimme i femtio år”, berättar han.")
     + P("På skylten står bara ”Rör ej”."),
     [("ringde varje halvtimme i", "Lars-Erik Wahlström"), ("Rör ej", None)]),
    # ---------------------------------------------------------------- Norwegian
    ("r55-after", "nb",
     P("Fjellheim kommune vil stenge fergekaia om vinteren.")
     + P("«Det er ikke lønnsomt å holde åpent for fire passasjerer», sier ordfører Kari "
         "Haugland.")
     + P("Fiskeren Odd Arne Nilsen er uenig: «Vi er ikke passasjerer, vi er innbyggere.»"),
     [("ikke lønnsomt å holde", "Kari Haugland"), ("ikke passasjerer, vi er", "Odd Arne Nilsen")]),
    ("r55-forum", "nb",
     '<div class="post">' + P("<b>turjenta</b> skrev:")
     + P("«Er det trygt å gå over breen uten fører i august?»") + "</div>"
     + '<div class="post">' + P("<b>Bjørn_fjell</b> svarte:")
     + P("«Nei. Aldri uten tau og fører.»") + "</div>",
     [("trygt å gå over", "turjenta"), ("Aldri uten tau og", "Bjørn_fjell")]),
    # ---------------------------------------------------------------- Danish
    ("r55-after", "da",
     P("Havnebyen Strandkøbing får ny færgeterminal i 2027.")
     + P("»Det har vi kæmpet for i ti år,« siger borgmester Mette Kjærgaard.")
     + P("En lokal fisker kalder byggeriet »spild af penge«."),
     [("har vi kæmpet for", "Mette Kjærgaard"), ("spild af penge", None)]),
    ("r55-review", "da",
     P("Anmeldelser af Café Lærkereden")
     + '<blockquote>' + P("»Byens bedste rugbrød, punktum.«") + '<footer>— Jens P., Vejle</footer></blockquote>'
     + P("Indehaveren Sofie Lund svarer: »Tak, vi bager hver morgen kl. fem.«"),
     [("Byens bedste rugbrød, punktum", "Jens P."), ("vi bager hver morgen", "Sofie Lund")]),
    # ---------------------------------------------------------------- Finnish (inflected)
    ("r55-role", "fi",
     P("Järvelän kunnanjohtaja Mikko Heinonen kertoi, että uusi päiväkoti valmistuu syksyllä.")
     + P("”Rakennus on aikataulussa”, Heinonen sanoi.")
     + P("Vanhempainyhdistyksen puheenjohtajan Anna Lehtisen mukaan odotus on ollut ”liian "
         "pitkä”."),
     [("Rakennus on aikataulussa", "Mikko Heinonen"), ("liian pitkä", "Anna Lehtinen")]),
    ("r55-none", "fi",
     P("Niin sanottu ”aktiivimalli” palaa eduskunnan käsittelyyn.")
     + P("Mielenosoittajien kyltissä luki ”Töitä, ei tukia”."),
     [("aktiivimalli", None), ("Töitä, ei tukia", None)]),
    # ---------------------------------------------------------------- Thai
    ("r55-after", "th",
     P("เทศบาลเมืองบ้านสวนประกาศปรับปรุงตลาดน้ำให้เสร็จก่อนสงกรานต์")
     + P("“เราจะให้พ่อค้าแม่ค้ากลับมาขายได้ทันเทศกาล” นายสมชาย ศรีวงศ์ นายกเทศมนตรี กล่าว")
     + P("แม่ค้ารายหนึ่งบอกว่า “ขอให้ทำได้จริงเถอะ”"),
     [("เราจะให้พ่อค้าแม่ค้ากลับมาขาย", "สมชาย ศรีวงศ์"), ("ขอให้ทำได้จริงเถอะ", None)]),
    ("r55-testimonial", "th",
     P("เสียงจากลูกค้า")
     + '<blockquote>' + P("“บริการดีมาก ช่างมาตรงเวลา”") + '<footer>— คุณวิภา, เชียงใหม่</footer></blockquote>'
     + P("ป้ายหน้าร้านเขียนว่า “ซ่อมได้ทุกยี่ห้อ”"),
     [("บริการดีมาก ช่างมาตรงเวลา", "วิภา"), ("ซ่อมได้ทุกยี่ห้อ", None)]),
    # ---------------------------------------------------------------- English: longer pages
    ("r55-far", "en",
     P("Mayor Ines Halvorsen opened the new ferry terminal on Saturday, three years late and "
       "four million over budget.")
     + P("The terminal replaces a wooden shed that flooded every winter. Commuters had queued in "
         "the rain since the 1970s.")
     + P("Work stopped twice, once for a collapsed pier and once when the contractor went bust. "
         "The council took over the site in 2024.")
     + P("“I will not pretend it went smoothly,” the mayor told the crowd. “But it is here, and "
         "it is dry.”"),
     [("will not pretend it", "Ines Halvorsen"), ("it is here, and", "Ines Halvorsen")]),
    ("r55-turns", "en",
     P("Two neighbours, Gordon Pike and Alisha Verma, have fought over a hedge in Elmstead for "
       "six years.")
     + P("“It blocks every bit of light in my kitchen,” Verma said.")
     + P("“It was there before she bought the house,” Pike replied.")
     + P("“Then it can go before I sell it,” she said."),
     [("blocks every bit of", "Alisha Verma"), ("was there before she", "Gordon Pike"),
      ("Then it can go", "Alisha Verma")]),
    ("r55-colon", "en",
     P("Dr. Farah Quddus has run the night clinic at St Bride's for nine years.")
     + P("She has seen the change first-hand: “We used to see drunks. Now we see pensioners who "
         "cannot afford heating.”")
     + P("The Wexcombe Hospitals Trust said it was “aware of the pressures”."),
     [("used to see drunks", "Farah Quddus"), ("aware of the pressures", "Wexcombe Hospitals Trust")]),
    ("r55-reported", "en",
     P("Councillor Brendan Hoyle said the council had ignored flood warnings for a decade.")
     + P("“We told them in March. We told them again in May.”")
     + P("A council spokesperson said the claims were “not borne out by the record”."),
     [("told them in March", "Brendan Hoyle"), ("not borne out by", None)]),
    ("r55-description", "en",
     P("The 34-year-old nurse, Kezia Moorcroft, has worked nights on the cardiac ward for a "
       "decade.")
     + P("“You learn to sleep with the curtains taped shut.”")
     + P("Her husband, Idris, a bus driver, works days. “We meet at breakfast, mostly,” he said."),
     [("learn to sleep with", "Kezia Moorcroft"), ("meet at breakfast, mostly", "Idris")]),
    ("r55-statement", "en",
     P("Harlow Athletic sacked manager Conrad Esterhazy on Tuesday after eight defeats in ten "
       "games.")
     + P("In a statement, the club said: “We thank Conrad for his hard work. Results have not "
         "been good enough.”")
     + P("Esterhazy, 52, said he was “disappointed but not surprised”."),
     [("thank Conrad for his", "Harlow Athletic"), ("Results have not been", "Harlow Athletic"),
      ("disappointed but not surprised", "Conrad Esterhazy")]),
    ("r55-inline", "en",
     P("Professor Helga Marchetti, who has studied river otters in the Fens for twenty years and "
       "who advised the government on the last water bill, argued that the new dams were “a "
       "step backwards for every species on the river”, adding that she had written to the "
       "minister twice. Her colleague Dr Osei Bamfo was more cautious. He described the data as "
       "“thin but worrying” and said more surveys were needed.")
     + P("The bill itself promises “sustainable use of inland waters”."),
     [("step backwards for every", "Helga Marchetti"), ("thin but worrying", "Osei Bamfo"),
      ("sustainable use of inland", None)]),
    ("r55-opener", "en",
     P("“I thought the building was going to come down on us.” That is how Rosalind Achebe "
       "remembers the night the roof of the Palace cinema gave way.")
     + P("She was 17 and selling ice creams. Her manager, Vincent Tully, got everyone out in "
         "four minutes.")
     + P("“He never once raised his voice,” she said."),
     [("building was going to", "Rosalind Achebe"), ("never once raised his", "Rosalind Achebe")]),
    ("r55-none", "en",
     P("The film “A Winter in Dunmore” opens on Friday.")
     + P("Its director, Saoirse Halligan, calls it “a ghost story without ghosts”.")
     + P("Posters across town carry the line “Some houses remember”."),
     [("A Winter in Dunmore", None), ("ghost story without ghosts", "Saoirse Halligan"),
      ("Some houses remember", None)]),
    ("r55-vox", "en",
     P("We asked shoppers on Market Street what they thought of the new parking charges.")
     + P("“Daylight robbery,” said Neil Gasson, 63, a retired postman.")
     + P("“I walk anyway, so I do not mind,” said Amara Lee, 24.")
     + P("“Ask me again when it snows,” said one woman who would not give her name."),
     [("Daylight robbery", "Neil Gasson"), ("walk anyway, so I", "Amara Lee"),
      ("Ask me again when", None)]),
    ("r55-blockquote", "en",
     P("In her resignation letter, published on Monday, the headteacher Claire Dunmore set out "
       "her reasons.")
     + "<blockquote>" + P("“I can no longer run a school on goodwill alone.”") + "</blockquote>"
     + P("The governors said they would “reflect carefully” on the letter.")
     + "<blockquote>" + P("“Education is not a business.”") + "</blockquote>"
     + P("That line is painted on a mural in the school hall."),
     [("no longer run a", "Claire Dunmore"), ("reflect carefully", None),
      ("Education is not a", None)]),
    ("r55-forum", "en",
     '<div class="post">' + P("<b>PixelPenny</b> wrote:")
     + P("“Firmware 2.1 bricked my camera. Do not update.”") + "</div>"
     + '<div class="post">' + P("Quote from <b>PixelPenny</b>: “Do not update.”")
     + P("<b>lensfox</b>: “Mine updated fine. Did you let the battery run down?”") + "</div>",
     [("bricked my camera", "PixelPenny"), ("Mine updated fine", "lensfox")]),
    ("r55-docs", "en",
     P("Troubleshooting: sync fails on start")
     + P("If you see “Error 409: conflict on remote”, another device holds the lock.")
     + P("The specification says a client “MUST release the lock within 30 seconds”.")
     + P("Support engineer Malik Faraday recommends “a clean restart before anything else”."),
     [("Error 409: conflict on", None), ("MUST release the lock", None),
      ("clean restart before anything", "Malik Faraday")]),
    ("r55-press", "en",
     P("OAKHAVEN, May 12 — Lindqvist Bio today reported positive results from its trial of a "
       "drought-tolerant barley.")
     + P("“Yields held up even in the driest plots,” said Dr Annika Lindqvist-Moore, chief "
         "scientific officer. “We will plant commercially next spring.”")
     + P("Farmer Hugo Pellew, who hosted one trial field, said the crop was “greener than "
         "anything else in the valley”.")
     + P("About Lindqvist Bio: the company develops “crops for a warmer world”."),
     [("Yields held up even", "Annika Lindqvist-Moore"), ("plant commercially next spring", "Annika Lindqvist-Moore"),
      ("greener than anything else", "Hugo Pellew"), ("crops for a warmer", None)]),
    ("r55-interview", "en",
     P("Interview: Tobias Wren, who has walked the coast of Britain twice.")
     + P("<b>TW:</b> “The second time I took fewer socks and more books.”")
     + P("<b>Q: What went wrong?</b>")
     + P("<b>TW:</b> “A dog in Norfolk. We do not talk about it.”"),
     [("took fewer socks and", "Tobias Wren"), ("dog in Norfolk", "Tobias Wren")]),
    ("r55-sport", "en",
     P("Ellie Marsh-Tomlin broke the county 800m record on Sunday.")
     + P("Her coach, Declan Frost, had predicted it. “She has been close all season,” Frost said.")
     + P("Marsh-Tomlin, 19, was modest. “The wind helped,” she said.")
     + P("Her father, Peter Marsh-Tomlin, cried at the finish line. “I have never been so proud,” "
         "he said."),
     [("has been close all", "Declan Frost"), ("wind helped", "Ellie Marsh-Tomlin"),
      ("never been so proud", "Peter Marsh-Tomlin")]),
    ("r55-parenthesis", "en",
     P("The bakery's owner, Nadia Sarkis, has kept prices the same for three years (“I would "
       "rather lose a little than lose customers,” she says), though flour has doubled.")
     + P("Her supplier, Jonah Ruddick, warned that “the next rise is coming in autumn”."),
     [("rather lose a little", "Nadia Sarkis"), ("next rise is coming", "Jonah Ruddick")]),
    ("r55-letter", "en",
     P("The museum's new display includes a letter written in 1916 by a young soldier, Private "
       "Albert Kerswell, to his sister Mabel.")
     + P("“The mud is worse than the shells,” he wrote. “Tell Mother I am eating well.”")
     + P("The curator, Fiona Latimer, said the letter had been found “in a biscuit tin in an "
         "attic”."),
     [("mud is worse than", "Albert Kerswell"), ("Tell Mother I am", "Albert Kerswell"),
      ("biscuit tin in an", "Fiona Latimer")]),
    # ---------------------------------------------------------------- top-ups in other languages
    ("r55-after", "cs",
     P("S Lucií Horákovou, majitelkou kavárny v Třeboni, jsme mluvili o turistické sezóně.")
     + P("„Letos přijelo víc Rakušanů než Čechů,“ řekla Horáková.")
     + P("Její soused, pekař Jiří Malý, dodal: „Rohlíky došly každý den do desíti.“"),
     [("Letos přijelo víc Rakušanů", "Lucie Horáková"), ("Rohlíky došly každý den", "Jiří Malý")]),
    ("r55-forum", "uk",
     '<div class="post">' + P("<b>kyivrunner</b> написав:")
     + P("«Хтось біг напівмарафон у неділю? Як траса?»") + "</div>"
     + '<div class="post">' + P("<b>Олена_П</b> відповіла:")
     + P("«Траса рівна, але вітер шалений».") + "</div>"
     + P("На фініші висів банер «Ти зміг!»."),
     [("біг напівмарафон у неділю", "kyivrunner"), ("Траса рівна, але вітер", "Олена_П"),
      ("Ти зміг", None)]),
    ("r55-interview", "ko",
     P("15년째 제주에서 해녀로 일하는 고순자 씨를 만났다.")
     + P("<b>— 가장 힘든 때는 언제인가요?</b>")
     + P("\"겨울 바다예요. 손이 안 움직여요.\"")
     + P("마을 입구 표지판에는 \"해녀의 마을\"이라고 적혀 있다."),
     [("겨울 바다예요", "고순자"), ("해녀의 마을", None)]),
    ("r55-org", "ar",
     P("قالت شركة النور للكهرباء في بيان إن انقطاع التيار «سيستمر ساعتين فقط».")
     + P("لكن صاحب متجر في السوق القديم، كريم العطار، قال: «خسرنا بضاعة اليوم كلها».")
     + P("وكتب أحد السكان على لافتة: «نريد كهرباء لا وعوداً»."),
     [("سيستمر ساعتين فقط", "شركة النور للكهرباء"), ("خسرنا بضاعة اليوم كلها", "كريم العطار"),
      ("نريد كهرباء لا وعوداً", None)]),
    ("r55-role", "tr",
     P("Karadere Spor'un teknik direktörü Mehmet Ali Yurdakul, mağlubiyetin ardından "
       "konuştu.")
     + P("“Hakem kararları maçı belirledi” dedi Yurdakul.")
     + P("Kaleci Emre Tuncel ise “Hata bizdeydi” diye konuştu."),
     [("Hakem kararları maçı belirledi", "Mehmet Ali Yurdakul"), ("Hata bizdeydi", "Emre Tuncel")]),
    ("r55-review", "he",
     P("ביקורות גולשים: מסעדת הזית הירוק")
     + '<blockquote>' + P("\"החומוס הכי טוב בצפון\"") + '<footer>— רונית ל., חיפה</footer></blockquote>'
     + P("הבעלים, אבי שושן, כתב בתגובה: \"תודה, מחכים לכם שוב\"."),
     [("החומוס הכי טוב בצפון", "רונית ל."), ("תודה, מחכים לכם שוב", "אבי שושן")]),
    ("r55-forum", "fa",
     '<div class="post">' + P("<b>safar_nameh</b> نوشت:")
     + P("«کسی می‌داند جاده چالوس این هفته باز است؟»") + "</div>"
     + '<div class="post">' + P("<b>نازنین_م</b> پاسخ داد:")
     + P("«دیروز باز بود، ولی مه سنگین بود».") + "</div>",
     [("جاده چالوس این هفته", "safar_nameh"), ("دیروز باز بود، ولی", "نازنین_م")]),
    ("r55-org", "hi",
     P("राज्य मौसम विभाग ने कहा कि अगले तीन दिन “भारी बारिश की संभावना” है।")
     + P("किसान रमेश यादव ने कहा, “धान के लिए यह अच्छी खबर है।”"),
     [("भारी बारिश की संभावना", "राज्य मौसम विभाग"), ("धान के लिए यह", "रमेश यादव")]),
    ("r55-none", "id",
     P("Film \"Laut Tanpa Ombak\" tayang mulai pekan depan.")
     + P("Spanduk di depan balai desa bertuliskan \"Jaga hutan kita\"."),
     [("Laut Tanpa Ombak", None), ("Jaga hutan kita", None)]),
    ("r55-continued", "vi",
     P("Bà Lê Thị Mai, 70 tuổi, đã bán phở ở góc phố này từ năm 1985.")
     + P("\"Hồi đó một bát chỉ có hai trăm đồng\", bà kể. \"Bây giờ khách toàn là cháu của khách "
         "cũ.")
     + P("\"Tôi sẽ bán đến khi nào không đứng được nữa.\""),
     [("Hồi đó một bát chỉ", "Lê Thị Mai"), ("khách toàn là cháu", "Lê Thị Mai"),
      ("sẽ bán đến khi nào", "Lê Thị Mai")]),
    ("r55-org", "el",
     P("Η Πυροσβεστική Υπηρεσία ανακοίνωσε ότι η φωτιά στην Πεντέλη «τέθηκε υπό μερικό έλεγχο».")
     + P("Κάτοικος της περιοχής είπε: «Φύγαμε με τις πιτζάμες»."),
     [("τέθηκε υπό μερικό έλεγχο", "Πυροσβεστική Υπηρεσία"), ("Φύγαμε με τις πιτζάμες", None)]),
    ("r55-testimonial", "ro",
     P("Ce spun clienții noștri")
     + '<blockquote>' + P("„Mobila a venit la timp și montajul a fost impecabil.”")
     + '<footer>— Andreea V., Cluj-Napoca</footer></blockquote>'
     + P("Sloganul firmei este „Acasă, ca la tine”."),
     [("Mobila a venit la", "Andreea V."), ("Acasă, ca la tine", None)]),
    ("r55-after", "hu",
     P("Tóth Gábor, a Balaton-parti vitorlásklub elnöke, aggódik a vízszint miatt.")
     + P("„Idén harminc centivel alacsonyabb a tó” – mondta Tóthnak a klub egyik tagja, Varga "
         "Anna.")
     + P("Az elnök szerint „ez még nem katasztrófa, de figyelmeztetés”."),
     [("harminc centivel alacsonyabb a", "Varga Anna"), ("még nem katasztrófa, de", "Tóth Gábor")]),
    ("r55-org", "nb",
     P("Politiet i Nordfjord opplyser at to personer er pågrepet etter innbruddet.")
     + P("Ifølge politiet er det «ingen fare for andre».")
     + P("Butikkeier Tone Eriksen sier: «Jeg er bare glad ingen ble skadet.»"),
     [("ingen fare for andre", "Politiet i Nordfjord"), ("bare glad ingen ble", "Tone Eriksen")]),
    ("r55-role", "da",
     P("Landmand Henrik Bach Østergaard fra Vesterlund har fået nabo-klage over lugten.")
     + P("»Jeg har haft grise her i tredive år,« siger Østergaard.")
     + P("Naboen, Lise Holm, kalder det »en uholdbar situation«."),
     [("haft grise her i", "Henrik Bach Østergaard"), ("en uholdbar situation", "Lise Holm")]),
    ("r55-forum", "fi",
     '<div class="post">' + P("<b>mökkiläinen</b> kirjoitti:")
     + P("”Onko kukaan saanut kaivoveden kirkkaaksi ilman suodatinta?”") + "</div>"
     + '<div class="post">' + P("<b>Sanna_K</b> vastasi:")
     + P("”Ei onnistunut meillä. Suodatin oli pakko ostaa.”") + "</div>",
     [("saanut kaivoveden kirkkaaksi ilman", "mökkiläinen"), ("Suodatin oli pakko ostaa", "Sanna_K")]),
    ("r55-none", "th",
     P("ภาพยนตร์เรื่อง “ทะเลไม่มีคลื่น” จะเข้าฉายสัปดาห์หน้า")
     + P("นักวิชาการเรียกปรากฏการณ์นี้ว่า “สังคมสูงวัย”"),
     [("ทะเลไม่มีคลื่น", None), ("สังคมสูงวัย", None)]),
    ("r55-forum", "sv",
     '<div class="post">' + P("<b>seglarsara</b> skrev:")
     + P("”Någon som vet om gästhamnen i Lökholm är öppen i september?”") + "</div>"
     + '<div class="post">' + P("<b>Kalle_B</b> svarade:")
     + P("”Öppen till den 15:e, sedan stänger dieselpumpen.”") + "</div>",
     [("gästhamnen i Lökholm är", "seglarsara"), ("Öppen till den 15", "Kalle_B")]),
]

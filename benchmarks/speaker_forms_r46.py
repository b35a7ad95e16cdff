"""Held-out round 46 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the attributor, its tests or any other speaker round). It covers
quotations whose own sentence names nobody though a reader knows the speaker (a paragraph that is
only a quote after the speaker's paragraph, "he added" sentences on, a source quoted again and again
through a feature, an expert's advice quoted as fragments, partial quotes in reported speech, Q&A
interviews with bold or initialled questions); competing names (the person talked about next to the
speaker, a speaker in a subordinate clause, reported exchanges, an author quoting someone else, a
caption-like sentence naming an unrelated person, father and daughter with one surname, documents
written by one person about another); quotes running across paragraphs, attributions in the middle,
quotes in parentheses, speakers referred to by job or relation after being named; page types besides
news (first-person blog, product review, forum feature, museum guide, historical letter, obituary,
sports report with surnames, science press release); and None cases (scare quotes, titles, slogans,
signs, unnamed voices, a quote after a change of subject).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R46_CASES = [
    # ---------------------------------------------------------------- English
    ("r46-far", "en",
     P("Delphine Marrow has run the ferry café on Gull Quay for nineteen years.")
     + P("The harbour board voted on Tuesday to close the quay to vehicles from March.")
     + P("“Nobody asked the people who actually work here. I read about it in the newsletter like everyone else.”"),
     [("Nobody asked the people", "Delphine Marrow"),
      ("read about it in", "Delphine Marrow")]),
    ("r46-mixed", "en",
     P("“Maria Kovač did nothing wrong,” her lawyer Tomas Reyes told reporters outside the court on Friday.")
     + P("The prosecutor, Glen Arbuthnot, disagreed. “The ledgers speak for themselves,” he said."),
     [("did nothing wrong", "Tomas Reyes"),
      ("ledgers speak for themselves", "Glen Arbuthnot")]),
    ("r46-turns", "en",
     P("Asked by councillor Ana Lind whether the library would reopen before winter, the county's works director, Jon Berg, replied: “Not before the roof is dry, and it isn't.”")
     + P("“Then give us a date,” Lind shot back.")
     + P("“I would rather give you a true answer than a date,” he said."),
     [("Not before the roof", "Jon Berg"),
      ("Then give us a", "Ana Lind"),
      ("rather give you a", "Jon Berg")]),
    ("r46-role", "en",
     P("Professor Eliza Thorncastle-Wye, 61, a soil scientist at Brackenford University, has spent a decade on the moor.")
     + P("“Peat remembers everything,” she said. “Every drainage ditch dug in 1850 is still there in the chemistry.”"),
     [("Peat remembers everything", "Eliza Thorncastle-Wye"),
      ("Every drainage ditch dug", "Eliza Thorncastle-Wye")]),
    ("r46-written", "en",
     P("A banner across the town hall steps read “Hands off our hospital”.")
     + P("Inside, the health board chair, Rowan Pettifer, defended the plan. “No ward will close without a replacement,” he said.")
     + P("A woman at the back shouted “Liar, sit down!” as he sat down."),
     [("Hands off our hospital", None),
      ("No ward will close", "Rowan Pettifer"),
      ("Liar, sit down!", None)]),
    ("r46-after", "en",
     P("The striker Kofi Ampadu-Lane scored twice in the second half.")
     + P("“I just kept running at them,” the 22-year-old said. “At some point they stop following you.”")
     + P("His manager, Sean Halloran, was less effusive. “He missed three easier ones,” Halloran said, grinning."),
     [("just kept running at", "Kofi Ampadu-Lane"),
      ("they stop following you", "Kofi Ampadu-Lane"),
      ("missed three easier ones", "Sean Halloran")]),
    ("r46-written", "en",
     P("In a 1912 letter to her brother, the schoolteacher Agnes Mowbray described the flood.")
     + P("“The water came to the second stair,” she wrote. “Father sat on the landing with the clock in his lap, as though he could save time itself.”")
     + P("Her brother's reply has not survived."),
     [("came to the second", "Agnes Mowbray"),
      ("could save time itself", "Agnes Mowbray")]),
    ("r46-org", "en",
     P("In a statement, Calder Freight said it “deeply regrets” the spill and would pay for the clean-up.")
     + P("“We are working with the river authority around the clock,” a company spokeswoman added.")
     + P("Local fisherman Dai Prothero was unimpressed: “Around the clock? I haven't seen one of them here.”"),
     [("deeply regrets", "Calder Freight"),
      ("working with the river", "Calder Freight"),
      ("haven't seen one of", "Dai Prothero")]),
    ("r46-none", "en",
     P("The novel, “A House Without Stairs”, was shortlisted last week.")
     + P("Critics have called its author a “reluctant genius”, a label she dislikes.")
     + P("Locals still call the bridge “the Old Wobbler”."),
     [("A House Without Stairs", None),
      ("reluctant genius", None),
      ("the Old Wobbler", None)]),
    ("r46-before", "en",
     P("The study's lead author, Dr Priyanka Venn of the Halverston Institute, said the result surprised the team.")
     + P("The mice that slept longer cleared the protein faster, the researchers found.")
     + P("“We expected a small effect,” Venn said. “What we saw was a doubling.”")
     + P("Co-author Mateo Grisham cautioned: “Mice are not people, and a doubling in a cage is not a cure.”"),
     [("expected a small effect", "Priyanka Venn"),
      ("What we saw was", "Priyanka Venn"),
      ("Mice are not people", "Mateo Grisham")]),
    ("r46-turns", "en",
     P("<b>You left the orchestra after twenty years. Why now?</b>")
     + P("Hilda Strand: Because my hands told me before my head did. I could feel the vibrato going.")
     + P("<b>Do you miss it?</b>")
     + P("Strand: Every Thursday at seven, when rehearsal used to start."),
     [("my hands told me", "Hilda Strand"),
      ("Every Thursday at seven", "Hilda Strand")]),
    ("r46-far", "en",
     P("I've been baking sourdough for six years, and last month I finally took a class with Lorenzo Batt, who runs the bakery on Quill Street.")
     + P("He looked at my starter and frowned. “This is hungry,” he said. “You're starving it and blaming the flour.”")
     + P("I went home and fed it twice a day. My own verdict after a week: “Never blaming the flour again.”"),
     [("This is hungry", "Lorenzo Batt"),
      ("starving it and blaming", "Lorenzo Batt"),
      ("Never blaming the flour", None)]),
    ("r46-org", "en",
     P("Reviewers on the retailer's site were split over the Brisa 3 kettle.")
     + P("“Boils fast, but the lid sticks after a month,” wrote one buyer.")
     + P("Another, signing as Margaret from Leeds, called it “the best forty pounds I've spent”."),
     [("Boils fast, but the", None),
      ("best forty pounds I've", "Margaret")]),
    ("r46-mixed", "en",
     P("Jonah Felt, whose daughter Clara Felt captains the rowing team, said the club had been “starved of money for a decade”.")
     + P("“Dad exaggerates,” Clara said later. “Seven years, maybe.”"),
     [("starved of money for", "Jonah Felt"),
      ("Dad exaggerates", "Clara Felt"),
      ("Seven years, maybe", "Clara Felt")]),
    ("r46-written", "en",
     P("Harold Stibbe died on 3 May, aged 88. He was a lock-keeper for forty years.")
     + P("His granddaughter, Imogen Stibbe, remembered his patience. “He'd wait an hour for a single canoe and never once complain,” she said.")
     + P("A note pinned to the lock gate on Sunday said simply: “Thank you, Harold.”"),
     [("wait an hour for", "Imogen Stibbe"),
      ("Thank you, Harold", None)]),
    ("r46-before", "en",
     P("The guide, a former miner named Huw Cadwaladr, stops at the third shaft.")
     + P("“This is where we ate,” he says, tapping the rock. “Bread and dripping, and the canaries watching.”")
     + P("Further on, the audio panel plays a recording of a 1950s foreman: “Mind your head and mind your mate.”"),
     [("This is where we", "Huw Cadwaladr"),
      ("Bread and dripping", "Huw Cadwaladr"),
      ("Mind your head and", None)]),
    # ---------------------------------------------------------------- German
    ("r46-after", "de",
     P("Die Bürgermeisterin von Kleinhaslach, Ursula Drechsler-Wimmer, hat den Bau der Umgehungsstraße erneut verteidigt.")
     + P("„Wir haben zwanzig Jahre darauf gewartet“, sagte sie am Montag. „Jetzt lassen wir uns das nicht mehr nehmen.“"),
     [("zwanzig Jahre darauf gewartet", "Ursula Drechsler-Wimmer"),
      ("lassen wir uns das", "Ursula Drechsler-Wimmer")]),
    ("r46-mixed", "de",
     P("„Herr Kaltenbach hat sich nichts vorzuwerfen“, sagte sein Anwalt Matthias Oberle nach der Verhandlung.")
     + P("Staatsanwältin Jana Pfeil sah das anders: „Die Zahlen sind eindeutig.“"),
     [("hat sich nichts vorzuwerfen", "Matthias Oberle"),
      ("Die Zahlen sind eindeutig", "Jana Pfeil")]),
    ("r46-far", "de",
     P("Konrad Weißgerber ist seit 1987 Schäfer auf der Alb.")
     + P("Der Wolf wurde im Februar zum ersten Mal gesichtet. Seitdem hat Weißgerber elf Tiere verloren.")
     + P("Das Land zahlt Entschädigung, doch das Verfahren dauert Monate.")
     + P("„Das Geld ersetzt mir kein Schaf, das ich selbst aufgezogen habe.“"),
     [("Geld ersetzt mir kein", "Konrad Weißgerber")]),
    ("r46-turns", "de",
     P("<b>Frau Albers, Sie haben das Theater nach dreißig Jahren verlassen. Warum?</b>")
     + P("Weil ich gemerkt habe, dass ich mich wiederhole. Das Publikum merkt so etwas früher als man selbst.")
     + P("<b>Bereuen Sie es?</b>")
     + P("Keinen Tag. Na gut, vielleicht den ersten Premierenabend, an dem ich nur zugeschaut habe."),
     [("dass ich mich wiederhole", "Albers"),
      ("Keinen Tag. Na gut", "Albers")]),
    ("r46-org", "de",
     P("Die Deutsche Bahnhofsgesellschaft Süd teilte mit, die Sperrung sei „leider unvermeidbar“.")
     + P("„Wir bitten alle Reisenden um Verständnis“, hieß es in der Pressemitteilung.")
     + P("Pendler Timo Hasselbach hat dafür wenig übrig: „Verständnis habe ich seit drei Jahren.“"),
     [("leider unvermeidbar", "Deutsche Bahnhofsgesellschaft Süd"),
      ("bitten alle Reisenden um", "Deutsche Bahnhofsgesellschaft Süd"),
      ("Verständnis habe ich seit", "Timo Hasselbach")]),
    ("r46-none", "de",
     P("Das Buch „Die Stille nach dem Sturm“ steht seit Wochen auf der Bestsellerliste.")
     + P("Auf einem Plakat vor dem Rathaus stand „Kein Windrad im Wald“.")
     + P("„Das ist doch alles Unsinn“, rief ein Mann aus der Menge."),
     [("Die Stille nach dem", None),
      ("Kein Windrad im Wald", None),
      ("ist doch alles Unsinn", None)]),
    ("r46-role", "de",
     P("Trainer Holger van Dijken war nach dem 0:3 bedient. „So dürfen wir nicht auftreten“, sagte der 54-Jährige.")
     + P("Kapitän Mehmet Yıldırım-Schulz nahm die Mannschaft in Schutz. „Wir hatten drei Verletzte, das muss man sagen“, meinte der Verteidiger.")
     + P("Yıldırım-Schulz fügte hinzu: „Am Samstag sieht das anders aus.“"),
     [("So dürfen wir nicht", "Holger van Dijken"),
      ("hatten drei Verletzte", "Mehmet Yıldırım-Schulz"),
      ("Am Samstag sieht das", "Mehmet Yıldırım-Schulz")]),
    ("r46-written", "de",
     P("Die Studienleiterin Dr. Karin Oswald von der Universität Heldrungen empfiehlt, „mindestens dreimal pro Woche“ zu gehen, und zwar „zügig, nicht schlendernd“.")
     + P("Wer das nicht schaffe, solle „lieber kurz als gar nicht“ laufen, rät Oswald."),
     [("mindestens dreimal pro Woche", "Karin Oswald"),
      ("zügig, nicht schlendernd", "Karin Oswald"),
      ("lieber kurz als gar", "Karin Oswald")]),
    ("r46-before", "de",
     P("Auf dem Foto ist Bürgermeister Egon Rautenberg bei der Eröffnung des Freibads zu sehen.")
     + P("Die Bademeisterin Lotte Schenk ist weniger feierlich gestimmt: „Uns fehlen immer noch vier Rettungsschwimmer.“")
     + P("„Ohne die machen wir um sechs zu“, sagt sie."),
     [("fehlen immer noch vier", "Lotte Schenk"),
      ("Ohne die machen wir", "Lotte Schenk")]),
    ("r46-after", "de",
     P("„Mein Vater hat hier jeden Stein selbst gesetzt“, sagt Hanna Vogt, die Tochter des Gründers Albrecht Vogt.")
     + P("„Er hätte das Museum gehasst“, fügt sie lachend hinzu. „Zu viel Glas.“"),
     [("jeden Stein selbst gesetzt", "Hanna Vogt"),
      ("hätte das Museum gehasst", "Hanna Vogt"),
      ("Zu viel Glas", "Hanna Vogt")]),
    ("r46-far", "de",
     P("Im Forum des Vereins meldeten sich Dutzende Mitglieder zu Wort.")
     + P("Nutzer „Bergfink72“ schrieb: „Die Hütte war immer das Herz des Vereins.“")
     + P("Ein anderer Beitrag, unterschrieben mit „Gretel“, hielt dagegen: „Ein Herz, das jedes Jahr 40.000 Euro kostet.“"),
     [("Hütte war immer das", "Bergfink72"),
      ("das jedes Jahr 40.000", "Gretel")]),
    # ---------------------------------------------------------------- French
    ("r46-after", "fr",
     P("La maire de Saint-Ormel, Véronique Delacroix-Mauduit, a confirmé la fermeture de l'école du hameau.")
     + P("« C'est une décision que je prends le cœur lourd », a-t-elle déclaré lundi soir. « Mais douze élèves, ce n'est plus une classe. »"),
     [("une décision que je", "Véronique Delacroix-Mauduit"),
      ("douze élèves, ce n'est", "Véronique Delacroix-Mauduit")]),
    ("r46-mixed", "fr",
     P("« Julien Ferrand n'a jamais touché cet argent », a assuré son avocate, Me Sabine Oudin, à la sortie de l'audience.")
     + P("Le procureur Alain Bécu a répliqué : « Les virements portent sa signature. »"),
     [("jamais touché cet argent", "Sabine Oudin"),
      ("virements portent sa signature", "Alain Bécu")]),
    ("r46-turns", "fr",
     P("<b>Vous avez quitté la police après vingt ans. Pourquoi ?</b>")
     + P("Nadia Belkacem : Parce que je n'avais plus le temps de faire de la police. Je remplissais des formulaires.")
     + P("<b>Et aujourd'hui ?</b>")
     + P("N. B. : J'écris des romans où les formulaires n'existent pas."),
     [("plus le temps de", "Nadia Belkacem"),
      ("écris des romans où", "Nadia Belkacem")]),
    ("r46-far", "fr",
     P("Le guide, Yannick Le Goff, fait visiter le phare depuis 1998.")
     + P("L'escalier compte 307 marches. Au sommet, la lanterne tourne encore chaque nuit.")
     + P("« Mon grand-père montait ici avec une lampe à pétrole et un morceau de pain. »"),
     [("grand-père montait ici avec", "Yannick Le Goff")]),
    ("r46-none", "fr",
     P("Le film « La Nuit des barques » sortira en octobre.")
     + P("Sur les pancartes des manifestants, on pouvait lire « Pas touche à nos retraites ».")
     + P("« On ne lâchera rien », lançait une jeune femme au mégaphone."),
     [("La Nuit des barques", None),
      ("Pas touche à nos", None),
      ("On ne lâchera rien", None)]),
    # ---------------------------------------------------------------- Spanish
    ("r46-after", "es",
     P("El entrenador del Atlético Verdemar, Julián Sotomayor Quiroga, no ocultó su enfado tras la derrota.")
     + P("«Hemos regalado dos goles en diez minutos», dijo el técnico. «Así no se puede competir.»")
     + P("El delantero Iker Olabarria fue más autocrítico: «La culpa es mía, fallé el penalti».")
     + P("«Olabarria es el primero que se queda a entrenar», respondió Sotomayor cuando le preguntaron por él."),
     [("regalado dos goles en", "Julián Sotomayor Quiroga"),
      ("no se puede competir", "Julián Sotomayor Quiroga"),
      ("La culpa es mía", "Iker Olabarria"),
      ("el primero que se", "Julián Sotomayor Quiroga")]),
    ("r46-written", "es",
     P("En una carta de 1937 a su hermana, el maestro rural Anselmo Ibáñez describía el invierno en la sierra.")
     + P("«Los niños vienen descalzos y yo no tengo más que leña para ofrecerles», escribió.")
     + P("La carta termina con una petición: «Si puedes, mándame tinta»."),
     [("Los niños vienen descalzos", "Anselmo Ibáñez"),
      ("mándame tinta", "Anselmo Ibáñez")]),
    ("r46-org", "es",
     P("Según un comunicado de Aguas del Tormes, el corte de suministro durará «al menos 48 horas».")
     + P("La empresa aseguró que «se están repartiendo garrafas en todos los barrios afectados».")
     + P("Un vecino de Las Eras, que prefirió no dar su nombre, lo desmintió: «Aquí no ha llegado ni una»."),
     [("al menos 48 horas", "Aguas del Tormes"),
      ("se están repartiendo garrafas", "Aguas del Tormes"),
      ("no ha llegado ni", None)]),
    ("r46-mixed", "es",
     P("Preguntada por la diputada Elena Barrachina si el hospital cerraría en verano, la consejera de Sanidad, Marta Villalobos, respondió: «Ni en verano ni nunca».")
     + P("«Eso mismo dijeron hace dos años», replicó Barrachina."),
     [("Ni en verano ni", "Marta Villalobos"),
      ("Eso mismo dijeron hace", "Elena Barrachina")]),
    # ---------------------------------------------------------------- Italian
    ("r46-after", "it",
     P("Il sindaco di Borgo Valcastro, Gianfranco De Santis, ha annunciato la riapertura del ponte.")
     + P("«Ci sono voluti tre anni e troppe promesse», ha detto il primo cittadino. «Adesso però si passa.»"),
     [("voluti tre anni e", "Gianfranco De Santis"),
      ("Adesso però si passa", "Gianfranco De Santis")]),
    ("r46-turns", "it",
     P("<b>Lei ha chiuso la bottega dopo quarant'anni. Cosa le manca?</b>")
     + P("«L'odore della colla, ogni mattina. E i clienti che litigavano sul prezzo.»")
     + P("<b>Suo figlio non ha voluto continuare?</b>")
     + P("«Mio figlio fa l'ingegnere a Torino. Meglio così, credo.»")
     + P("Così racconta Rosalba Ferraguti, calzolaia in pensione."),
     [("odore della colla, ogni", "Rosalba Ferraguti"),
      ("fa l'ingegnere a Torino", "Rosalba Ferraguti")]),
    ("r46-mixed", "it",
     P("«Luca Bertoldi non ha mai firmato quel contratto», ha dichiarato il suo legale, l'avvocato Paola Manzi.")
     + P("Il pm Andrea Russo ha ribattuto che «la firma è stata verificata da due periti»."),
     [("mai firmato quel contratto", "Paola Manzi"),
      ("firma è stata verificata", "Andrea Russo")]),
    ("r46-none", "it",
     P("Il romanzo «Le case senza porte» è stato tradotto in dodici lingue.")
     + P("Sullo striscione dei tifosi c'era scritto «Mai più serie C».")
     + P("«Vergogna!», gridava qualcuno dalla tribuna."),
     [("Le case senza porte", None),
      ("Mai più serie C", None)]),
    # ---------------------------------------------------------------- Portuguese
    ("r46-after", "pt",
     P("A presidente da associação de pescadores, Maria do Carmo Albuquerque, criticou a nova quota.")
     + P("“Querem que a gente pesque metade e pague o dobro”, disse ela. “Isso não fecha a conta.”")
     + P("O secretário das Pescas, Rui Tavares Quintela, defendeu a medida: “A sardinha precisa de descanso.”"),
     [("pesque metade e pague", "Maria do Carmo Albuquerque"),
      ("não fecha a conta", "Maria do Carmo Albuquerque"),
      ("sardinha precisa de descanso", "Rui Tavares Quintela")]),
    ("r46-far", "pt",
     P("João Pedro Valadares, de 74 anos, é o último sapateiro do bairro.")
     + P("A loja abriu em 1961, pelas mãos do pai. Nas prateleiras ainda há formas de madeira daquela época.")
     + P("“Quando eu fechar, fecha a rua inteira.”"),
     [("Quando eu fechar, fecha", "João Pedro Valadares")]),
    ("r46-org", "pt",
     P("Em nota, a Companhia Elétrica do Vale informou que o apagão foi causado por “uma falha num transformador”.")
     + P("“A situação está normalizada em 90% da área”, acrescentou a empresa.")
     + P("Moradores reclamam. “Noventa por cento não inclui a minha rua”, disse uma comerciante."),
     [("uma falha num transformador", "Companhia Elétrica do Vale"),
      ("situação está normalizada em", "Companhia Elétrica do Vale"),
      ("Noventa por cento não", None)]),
    # ---------------------------------------------------------------- Dutch
    ("r46-role", "nl",
     P("Wethouder Pieter-Jan van der Wal (D66) wil de markt verplaatsen naar het stationsplein.")
     + P("„Het plein staat zes dagen per week leeg”, zegt hij. „Dat is zonde.”")
     + P("Marktkoopman Ger de Haan vindt het een slecht plan: „Daar loopt niemand met een boodschappentas.”"),
     [("staat zes dagen per", "Pieter-Jan van der Wal"),
      ("Dat is zonde", "Pieter-Jan van der Wal"),
      ("loopt niemand met een", "Ger de Haan")]),
    ("r46-turns", "nl",
     P("<b>U bent na dertig jaar gestopt als huisarts. Waarom nu?</b>")
     + P("Els Verhoeven: ‘Omdat ik meer tijd aan het scherm besteedde dan aan mijn patiënten.’")
     + P("<b>Mist u het?</b>")
     + P("Verhoeven: ‘De mensen wel. De administratie geen seconde.’"),
     [("meer tijd aan het", "Els Verhoeven"),
      ("De administratie geen seconde", "Els Verhoeven")]),
    ("r46-mixed", "nl",
     P("„Mijn cliënt Ruud Smeets heeft niets verkeerd gedaan”, zei advocaat Marloes Tjon na de zitting.")
     + P("De officier van justitie, Bram Hofstede, eiste toch twee jaar cel. „De bewijslast is overweldigend”, aldus Hofstede."),
     [("heeft niets verkeerd gedaan", "Marloes Tjon"),
      ("bewijslast is overweldigend", "Bram Hofstede")]),
    # ---------------------------------------------------------------- Polish
    ("r46-after", "pl",
     P("Burmistrz Zalesia Górnego Krzysztof Wiśniewski-Nowak zapowiedział budowę nowego mostu.")
     + P("– Czekaliśmy na te pieniądze osiem lat – powiedział burmistrz. – Teraz nikt nam ich nie zabierze.")
     + P("Radna opozycji Agnieszka Dąbrowska nie kryła sceptycyzmu: „Słyszymy to przed każdymi wyborami”."),
     [("Czekaliśmy na te pieniądze", "Krzysztof Wiśniewski-Nowak"),
      ("nikt nam ich nie", "Krzysztof Wiśniewski-Nowak"),
      ("Słyszymy to przed każdymi", "Agnieszka Dąbrowska")]),
    ("r46-far", "pl",
     P("Stanisława Kowalczyk od czterdziestu lat prowadzi pasiekę pod Sandomierzem.")
     + P("W tym roku zima zabiła połowę jej rodzin pszczelich. Sąsiedzi mają podobne straty.")
     + P("„Pszczoła nie kłamie. Jak jest źle, to od razu widać”."),
     [("Pszczoła nie kłamie", "Stanisława Kowalczyk")]),
    ("r46-none", "pl",
     P("Film „Dom bez okien” zdobył główną nagrodę festiwalu.")
     + P("Na transparencie przed urzędem widniał napis „Ręce precz od szpitala”.")
     + P("„To jest skandal” – krzyczał ktoś z tłumu."),
     [("Dom bez okien", None),
      ("Ręce precz od szpitala", None),
      ("To jest skandal", None)]),
    # ---------------------------------------------------------------- Russian
    ("r46-after", "ru",
     P("Глава поселка Верхние Ключи Анатолий Степанович Грибоедов признал, что дорогу не отремонтируют до осени.")
     + P("«Денег в бюджете нет, и я не буду обещать того, чего не могу сделать», — сказал он.")
     + P("Жительница поселка Зинаида Коровина ответила коротко: «Мы это слышим каждый год»."),
     [("Денег в бюджете нет", "Анатолий Степанович Грибоедов"),
      ("слышим каждый год", "Зинаида Коровина")]),
    ("r46-mixed", "ru",
     P("«Игорь Савельев ни в чем не виноват», — заявил его адвокат Дмитрий Лосев после заседания.")
     + P("Прокурор Ольга Фирсова настаивает: «Документы говорят сами за себя».")
     + P("По словам Лосева, защита подаст апелляцию, «как только получит полный текст приговора»."),
     [("ни в чем не виноват", "Дмитрий Лосев"),
      ("Документы говорят сами за", "Ольга Фирсова"),
      ("как только получит полный", "Дмитрий Лосев")]),
    ("r46-turns", "ru",
     P("<b>— Вы тридцать лет проработали на ледоколе. Что вспоминаете чаще всего?</b>")
     + P("— Тишину. Когда машины стоят и лед вокруг, тишина такая, что слышно собственное сердце.")
     + P("<b>— Не страшно было?</b>")
     + P("— Страшно бывает только в первый год, — смеется капитан Виктор Ершов."),
     [("Когда машины стоят и", "Виктор Ершов"),
      ("Страшно бывает только в", "Виктор Ершов")]),
    ("r46-none", "ru",
     P("Роман «Дом на краю степи» вошел в короткий список премии.")
     + P("На плакате у здания администрации было написано «Верните нам автобус».")
     + P("«Безобразие!» — крикнул кто-то из зала."),
     [("Дом на краю степи", None),
      ("Верните нам автобус", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r46-after", "zh",
     P("青禾县县长欧阳明轩周二表示，新建的水库将在明年春天投入使用。")
     + P("“这个项目我们等了整整十年，”他说，“不能再拖了。”")
     + P("当地农民刘桂芳则担心补偿问题：“地没了，钱还没到。”"),
     [("这个项目我们等了", "欧阳明轩"),
      ("不能再拖了", "欧阳明轩"),
      ("地没了，钱还没到", "刘桂芳")]),
    ("r46-far", "zh",
     P("七十二岁的司徒文华在老城区修了五十年钟表。")
     + P("他的店面只有六平方米，墙上挂满了等待取回的旧表。很多表的主人已经不在了。")
     + P("“表停了可以修，人走了就回不来了。”"),
     [("表停了可以修", "司徒文华")]),
    ("r46-org", "zh",
     P("星河航空公司在声明中称，航班延误是由于“机械故障”，并表示“深表歉意”。")
     + P("一名滞留旅客说：“我们在机场等了九个小时，没人给一句解释。”"),
     [("机械故障", "星河航空公司"),
      ("深表歉意", "星河航空公司"),
      ("在机场等了九个小时", None)]),
    ("r46-mixed", "zh",
     P("“张立新没有做错任何事，”他的律师黄静怡在庭审后对记者说。")
     + P("检察官马国栋则表示：“证据非常充分。”"),
     [("没有做错任何事", "黄静怡"),
      ("证据非常充分", "马国栋")]),
    # ---------------------------------------------------------------- Japanese
    ("r46-after", "ja",
     P("北浜町の町長、長谷川美津子さん（58）は、町営バスの廃止を見送ると発表した。")
     + P("「高齢の方にとってバスは命綱です」と長谷川さんは話した。「赤字でも守ります」")
     + P("一方、町議会の木下誠議員は「財源の説明がない」と批判した。"),
     [("高齢の方にとってバス", "長谷川美津子"),
      ("赤字でも守ります", "長谷川美津子"),
      ("財源の説明がない", "木下誠")]),
    ("r46-turns", "ja",
     P("<b>――四十年続けた喫茶店を閉じた理由は。</b>")
     + P("「体がついてこなくなったんです。豆を挽く手が震えるようになって」")
     + P("<b>――常連さんの反応は。</b>")
     + P("「泣いてくれた人もいました。ありがたいことです」と、店主の村瀬和子さんは笑う。"),
     [("体がついてこなくなった", "村瀬和子"),
      ("泣いてくれた人もいました", "村瀬和子")]),
    ("r46-none", "ja",
     P("映画「海のない港町」は来月公開される。")
     + P("会場の前には「原発いらない」と書かれた横断幕が掲げられた。")
     + P("「もう我慢できない」と参加した男性は語った。"),
     [("海のない港町", None),
      ("原発いらない", None),
      ("もう我慢できない", None)]),
    # ---------------------------------------------------------------- Korean
    ("r46-after", "ko",
     P("남궁민수 해안시 시장은 10일 기자회견에서 해수욕장 개장을 한 달 늦추겠다고 밝혔다.")
     + P("남궁 시장은 \"안전 점검이 끝나기 전에는 문을 열 수 없다\"고 말했다.")
     + P("상인회 대표 오정희 씨는 \"한 달이면 한 해 장사가 끝난다\"며 반발했다."),
     [("안전 점검이 끝나기", "남궁민수"),
      ("한 해 장사가 끝난다", "오정희")]),
    ("r46-mixed", "ko",
     P("\"김태윤 씨는 아무 잘못이 없다\"고 그의 변호인 서지혜 변호사가 재판 직후 말했다.")
     + P("반면 검찰 측 박준호 검사는 \"증거가 명백하다\"고 반박했다."),
     [("아무 잘못이 없다", "서지혜"),
      ("증거가 명백하다", "박준호")]),
    ("r46-far", "ko",
     P("올해 여든 살인 황보영자 할머니는 60년째 시장에서 국밥을 끓인다.")
     + P("가게는 다섯 평 남짓이다. 아침 여섯 시면 벌써 줄이 선다.")
     + P("\"손님이 한 명이라도 오면 불을 끌 수가 없어.\""),
     [("손님이 한 명이라도", "황보영자")]),
    # ---------------------------------------------------------------- Arabic
    ("r46-after", "ar",
     P("قال رئيس بلدية وادي السنديان، خالد عبد الرحمن الزعبي، إن أعمال ترميم السوق القديم ستبدأ الشهر المقبل.")
     + P("وأضاف: «هذا السوق ذاكرة المدينة، ولن نسمح بضياعه».")
     + P("لكن التاجر سليم حداد قال إن «الوعود نفسها تتكرر منذ عشر سنوات»."),
     [("هذا السوق ذاكرة المدينة", "خالد عبد الرحمن الزعبي"),
      ("الوعود نفسها تتكرر منذ", "سليم حداد")]),
    ("r46-org", "ar",
     P("وقالت شركة مياه الساحل في بيان إن انقطاع المياه سيستمر «ثمانية وأربعين ساعة على الأقل».")
     + P("وأوضح البيان أن «فرق الصيانة تعمل على مدار الساعة».")
     + P("وقالت إحدى السكان: «لم نر أحدًا من الشركة في حينا»."),
     [("ثمانية وأربعين ساعة على", "شركة مياه الساحل"),
      ("فرق الصيانة تعمل على", "شركة مياه الساحل"),
      ("لم نر أحدًا من", None)]),
    ("r46-mixed", "ar",
     P("وقال المحامي نبيل العطار، وكيل الدفاع عن الطبيبة ريم الخطيب: «موكلتي لم ترتكب أي خطأ».")
     + P("في المقابل، قالت النيابة في مذكرتها إن «الإهمال ثابت بالأدلة»."),
     [("موكلتي لم ترتكب أي", "نبيل العطار"),
      ("الإهمال ثابت بالأدلة", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r46-after", "tr",
     P("Yeşilköy Belediye Başkanı Ayşe Nur Karaosmanoğlu, sahil yolunun yaza kadar açılacağını söyledi.")
     + P("“Bu yolu on yıldır bekliyoruz, daha fazla bekletmeyeceğiz” diyen Karaosmanoğlu, ihalenin tamamlandığını belirtti.")
     + P("Balıkçı Hasan Demirtaş ise kuşkulu: “Her seçimden önce aynı sözü duyuyoruz.”"),
     [("yolu on yıldır bekliyoruz", "Ayşe Nur Karaosmanoğlu"),
      ("Her seçimden önce aynı", "Hasan Demirtaş")]),
    ("r46-mixed", "tr",
     P("“Murat Aksoy hiçbir suç işlemedi” diyen avukatı Elif Şahin, kararın temyize götürüleceğini açıkladı.")
     + P("Savcı Kemal Yurt ise mütalaasında “delillerin açık olduğunu” söyledi."),
     [("hiçbir suç işlemedi", "Elif Şahin"),
      ("delillerin açık olduğunu", "Kemal Yurt")]),
    ("r46-none", "tr",
     P("“Rüzgârın Öteki Yüzü” adlı roman on iki dile çevrildi.")
     + P("Pankartta “Ormanıma dokunma” yazıyordu.")
     + P("Kalabalıktan biri “Yeter artık!” diye bağırdı."),
     [("Rüzgârın Öteki Yüzü", None),
      ("Yeter artık!", None)]),
    # ---------------------------------------------------------------- Hebrew
    ("r46-after", "he",
     P("ראש המועצה, יעל בן-דוד, הודיעה כי בית הספר ייפתח מחדש בספטמבר.")
     + P("\"הילדים חיכו מספיק זמן\", אמרה בן-דוד. \"הם ראויים לכיתות אמיתיות.\"")
     + P("יו״ר ועד ההורים, אבי מזרחי, הגיב: \"נאמין כשנראה.\""),
     [("הילדים חיכו מספיק זמן", "יעל בן-דוד"),
      ("ראויים לכיתות אמיתיות", "יעל בן-דוד"),
      ("נאמין כשנראה", "אבי מזרחי")]),
    ("r46-far", "he",
     P("משה אלקלעי, בן 81, מתקן אופניים בשוק מאז 1965.")
     + P("החנות קטנה ומלאה בחלקי חילוף ישנים. הלקוחות מגיעים גם משכונות רחוקות.")
     + P("\"אופניים לא משקרים. אם משהו חורק, משהו לא בסדר.\""),
     [("אופניים לא משקרים", "משה אלקלעי")]),
    # ---------------------------------------------------------------- Persian
    ("r46-after", "fa",
     P("فرهاد صالحی‌نژاد، شهردار بندر نیلگون، روز دوشنبه گفت که بازسازی اسکله تا پاییز تمام می‌شود.")
     + P("او افزود: «ماهیگیران این شهر سال‌ها صبر کرده‌اند.»")
     + P("اما یکی از ماهیگیران گفت: «ما این حرف‌ها را زیاد شنیده‌ایم.»"),
     [("ماهیگیران این شهر سال‌ها", "فرهاد صالحی‌نژاد"),
      ("این حرف‌ها را زیاد", None)]),
    ("r46-mixed", "fa",
     P("«مریم کاظمی هیچ تخلفی نکرده است»؛ این را وکیل او، بهرام نوروزی، پس از جلسه دادگاه گفت.")
     + P("دادستان پرونده، علی رضایی، در پاسخ گفت: «مدارک کاملاً روشن است.»"),
     [("هیچ تخلفی نکرده است", "بهرام نوروزی"),
      ("مدارک کاملاً روشن است", "علی رضایی")]),
    # ---------------------------------------------------------------- Hindi
    ("r46-after", "hi",
     P("सीतापुर नगर पालिका की अध्यक्ष सुनीता देवी वर्मा ने सोमवार को कहा कि नया जल संयंत्र मार्च तक चालू हो जाएगा।")
     + P("उन्होंने कहा, “लोगों ने बहुत इंतज़ार किया है, अब और देर नहीं होगी।”")
     + P("वहीं दुकानदार रमेश चौहान ने कहा, “यही बात पिछले साल भी सुनी थी।”"),
     [("लोगों ने बहुत इंतज़ार", "सुनीता देवी वर्मा"),
      ("यही बात पिछले साल", "रमेश चौहान")]),
    ("r46-mixed", "hi",
     P("“अजय मल्होत्रा ने कोई अपराध नहीं किया है,” उनके वकील विक्रम सहगल ने अदालत के बाहर कहा।")
     + P("सरकारी वकील नेहा त्रिपाठी ने कहा कि “सबूत बिल्कुल साफ़ हैं”।"),
     [("कोई अपराध नहीं किया", "विक्रम सहगल"),
      ("सबूत बिल्कुल साफ़ हैं", "नेहा त्रिपाठी")]),
    ("r46-none", "hi",
     P("फ़िल्म “नदी के उस पार” अगले महीने रिलीज़ होगी।")
     + P("प्रदर्शनकारियों के बैनर पर लिखा था “हमारा जंगल हमें लौटाओ”।")
     + P("भीड़ में से किसी ने चिल्लाकर कहा, “अब बहुत हो गया”।"),
     [("नदी के उस पार", None),
      ("हमारा जंगल हमें लौटाओ", None),
      ("अब बहुत हो गया", None)]),
    # ---------------------------------------------------------------- Indonesian
    ("r46-after", "id",
     P("Bupati Tanjung Seruni, Ahmad Fauzi Siregar, memastikan jembatan gantung akan diperbaiki tahun ini.")
     + P("\"Anak-anak tidak boleh lagi menyeberang sungai dengan rakit,\" ujarnya, Senin (12/5).")
     + P("Kepala desa Suharti Wulandari menyambut baik janji itu. \"Kami akan kawal sampai selesai,\" katanya."),
     [("Anak-anak tidak boleh lagi", "Ahmad Fauzi Siregar"),
      ("Kami akan kawal sampai", "Suharti Wulandari")]),
    ("r46-org", "id",
     P("PT Listrik Nusantara Timur dalam keterangan tertulisnya menyebut pemadaman disebabkan \"gangguan pada gardu induk\".")
     + P("\"Kami mohon maaf atas ketidaknyamanan ini,\" tulis perusahaan itu.")
     + P("Seorang pedagang di Pasar Baru mengeluh, \"Es saya mencair semua, siapa yang ganti?\""),
     [("gangguan pada gardu induk", "PT Listrik Nusantara Timur"),
      ("mohon maaf atas ketidaknyamanan", "PT Listrik Nusantara Timur"),
      ("Es saya mencair semua", None)]),
    ("r46-turns", "id",
     P("<b>Apa yang membuat Anda bertahan menjadi guru honorer selama 20 tahun?</b>")
     + P("Murni Hasibuan: Murid-murid saya. Kalau saya berhenti, siapa yang mengajar mereka?")
     + P("<b>Gajinya cukup?</b>")
     + P("MH: Tidak pernah cukup. Tapi saya juga bertani, jadi bisa bertahan."),
     [("Kalau saya berhenti, siapa", "Murni Hasibuan"),
      ("Tidak pernah cukup", "Murni Hasibuan")]),
    # ---------------------------------------------------------------- Vietnamese
    ("r46-after", "vi",
     P("Ông Nguyễn Văn Thành, Chủ tịch UBND xã Tân Phước, cho biết cầu treo sẽ được sửa xong trước mùa mưa.")
     + P("“Học sinh không thể tiếp tục lội suối đến trường”, ông Thành nói.")
     + P("Bà Lê Thị Hoa, một phụ huynh, thì vẫn lo lắng: “Năm nào cũng hứa như vậy.”"),
     [("Học sinh không thể tiếp", "Nguyễn Văn Thành"),
      ("Năm nào cũng hứa", "Lê Thị Hoa")]),
    ("r46-mixed", "vi",
     P("“Anh Trần Minh Quân không làm gì sai”, luật sư Phạm Thu Hằng, người bào chữa cho anh, nói sau phiên tòa.")
     + P("Đại diện viện kiểm sát, ông Võ Đức Long, khẳng định: “Chứng cứ đã rõ ràng.”"),
     [("không làm gì sai", "Phạm Thu Hằng"),
      ("Chứng cứ đã rõ ràng", "Võ Đức Long")]),
    ("r46-far", "vi",
     P("Bà Đỗ Thị Lan, 79 tuổi, đã bán phở ở góc chợ này hơn nửa thế kỷ.")
     + P("Quán chỉ có sáu chiếc ghế nhựa. Khách quen đến từ năm giờ sáng.")
     + P("“Còn khách thì tôi còn nấu.”"),
     [("Còn khách thì tôi", "Đỗ Thị Lan")]),
    # ---------------------------------------------------------------- Greek
    ("r46-after", "el",
     P("Ο δήμαρχος Άνω Λιβαδιού, Γιώργος Παπαδημητρίου, ανακοίνωσε την επαναλειτουργία του κέντρου υγείας.")
     + P("«Οι κάτοικοι περίμεναν αρκετά», δήλωσε. «Από τη Δευτέρα θα υπάρχει γιατρός κάθε μέρα.»")
     + P("Η φαρμακοποιός Ελένη Καραγιάννη σχολίασε: «Θα το πιστέψω όταν το δω.»"),
     [("Οι κάτοικοι περίμεναν αρκετά", "Γιώργος Παπαδημητρίου"),
      ("θα υπάρχει γιατρός κάθε", "Γιώργος Παπαδημητρίου"),
      ("Θα το πιστέψω όταν", "Ελένη Καραγιάννη")]),
    ("r46-mixed", "el",
     P("«Ο Νίκος Σταθόπουλος δεν έκανε τίποτα παράνομο», δήλωσε ο συνήγορός του, Δημήτρης Αλεξίου.")
     + P("Η εισαγγελέας Μαρία Κωνσταντίνου υποστήριξε ότι «τα στοιχεία είναι συντριπτικά»."),
     [("δεν έκανε τίποτα παράνομο", "Δημήτρης Αλεξίου"),
      ("τα στοιχεία είναι συντριπτικά", "Μαρία Κωνσταντίνου")]),
    ("r46-none", "el",
     P("Το μυθιστόρημα «Το σπίτι χωρίς πόρτες» κυκλοφορεί σε δώδεκα γλώσσες.")
     + P("Σε πανό έξω από το δημαρχείο έγραφε «Κάτω τα χέρια από το δάσος»."),
     [("Το σπίτι χωρίς πόρτες", None),
      ("Κάτω τα χέρια από", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r46-after", "ro",
     P("Primarul comunei Valea Teilor, Ion-Cătălin Dumitrescu, a anunțat că școala va fi renovată până în septembrie.")
     + P("„Copiii nu mai pot învăța în clase cu igrasie”, a declarat edilul.")
     + P("Directoarea școlii, Maria Popescu, a adăugat: „Am cerut asta de cinci ani.”"),
     [("Copiii nu mai pot", "Ion-Cătălin Dumitrescu"),
      ("Am cerut asta de", "Maria Popescu")]),
    ("r46-mixed", "ro",
     P("„Andrei Ionescu nu a făcut nimic ilegal”, a spus avocata sa, Simona Rusu, după ședință.")
     + P("Procurorul Radu Marinescu a replicat că „probele sunt clare”."),
     [("nu a făcut nimic", "Simona Rusu"),
      ("probele sunt clare", "Radu Marinescu")]),
    ("r46-far", "ro",
     P("Gheorghe Munteanu, 76 de ani, repară viori într-un atelier din centrul vechi.")
     + P("Atelierul are doar o fereastră. Pe pereți atârnă instrumente fără corzi.")
     + P("„Vioara îți spune singură ce o doare.”"),
     [("Vioara îți spune singură", "Gheorghe Munteanu")]),
    # ---------------------------------------------------------------- Hungarian
    ("r46-after", "hu",
     P("Nagy-Kovács Erzsébet, Felsőhídvég polgármestere hétfőn bejelentette, hogy ősszel újranyit az iskola.")
     + P("„A gyerekek elég sokat vártak” – mondta a polgármester. „Megérdemlik a rendes tantermeket.”")
     + P("Szabó Gábor, a szülői munkaközösség vezetője szkeptikus: „Majd elhiszem, ha látom.”"),
     [("gyerekek elég sokat vártak", "Nagy-Kovács Erzsébet"),
      ("Megérdemlik a rendes tantermeket", "Nagy-Kovács Erzsébet"),
      ("Majd elhiszem, ha látom", "Szabó Gábor")]),
    ("r46-mixed", "hu",
     P("„Tóth Péter semmi törvénytelent nem tett” – mondta ügyvédje, Horváth Judit a tárgyalás után.")
     + P("Az ügyész, Kiss László szerint „a bizonyítékok egyértelműek”."),
     [("semmi törvénytelent nem tett", "Horváth Judit"),
      ("a bizonyítékok egyértelműek", "Kiss László")]),
    ("r46-none", "hu",
     P("A „Ház ajtók nélkül” című regényt tizenkét nyelvre fordították le.")
     + P("A tüntetők transzparensén ez állt: „Kezeket le az erdőről”.")
     + P("„Elég volt!” – kiabálta valaki a tömegből."),
     [("Ház ajtók nélkül", None),
      ("Kezeket le az erdőről", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r46-after", "sv",
     P("Kommunalrådet Britt-Marie Lindqvist (S) försvarar beslutet att stänga badhuset i Norrfors.")
     + P("– Vi har inte råd att värma en bassäng som nästan ingen använder, säger hon.")
     + P("Simtränaren Olof Hedlund håller inte med: ”Det är klart att ingen använder den när den är stängd halva veckan.”"),
     [("inte råd att värma", "Britt-Marie Lindqvist"),
      ("klart att ingen använder", "Olof Hedlund")]),
    ("r46-turns", "sv",
     P("<b>Du har varit fyrvaktare i trettio år. Blir man inte ensam?</b>")
     + P("– Nej, man blir bra på att prata med måsar.")
     + P("<b>Vad händer nu när fyren automatiseras?</b>")
     + P("– Då flyttar jag in till stan och lär mig prata med människor igen, skrattar Ingvar Sjöholm."),
     [("bra på att prata", "Ingvar Sjöholm"),
      ("flyttar jag in till", "Ingvar Sjöholm")]),
    ("r46-mixed", "sv",
     P("”Lena Åberg har inte gjort något fel”, sa hennes advokat Johan Ek efter förhandlingen.")
     + P("Åklagaren Sara Nyström menade däremot att ”bevisningen är tydlig”."),
     [("har inte gjort något", "Johan Ek"),
      ("bevisningen är tydlig", "Sara Nyström")]),
    # ---------------------------------------------------------------- Norwegian
    ("r46-after", "nb",
     P("Ordfører Kari Aasheim-Berg (Sp) lover at fergesambandet til Utøya Nord blir opprettholdt.")
     + P("– Folk på øya skal ikke straffes for å bo der de bor, sier hun.")
     + P("Fergemannskapet er skeptiske. «Vi har hørt det før», sier maskinist Trond Lie."),
     [("Folk på øya skal", "Kari Aasheim-Berg"),
      ("Vi har hørt det", "Trond Lie")]),
    ("r46-far", "nb",
     P("Sigrid Haugland (84) har strikket votter til sjømannskirken siden 1970.")
     + P("Hun har talt dem. Det er over tre tusen par. Garnet kjøper hun selv.")
     + P("– Hender som drar garn, skal ikke fryse."),
     [("Hender som drar garn", "Sigrid Haugland")]),
    ("r46-none", "nb",
     P("Romanen «Huset uten dører» er oversatt til tolv språk.")
     + P("På plakatene sto det «Ikke rør skolen vår».")
     + P("– Dette er en skandale, ropte en mann fra salen."),
     [("Huset uten dører", None),
      ("Ikke rør skolen vår", None),
      ("Dette er en skandale", None)]),
    # ---------------------------------------------------------------- Danish
    ("r46-after", "da",
     P("Borgmester Jens Peter Kjærgaard (V) vil lukke landsbyskolen i Østerlund.")
     + P("»Vi kan ikke drive en skole med elleve elever,« siger han.")
     + P("Skolebestyrelsens formand, Mette Sørensen, svarer igen: »Så må kommunen finde pengene et andet sted.«"),
     [("drive en skole med", "Jens Peter Kjærgaard"),
      ("kommunen finde pengene et", "Mette Sørensen")]),
    ("r46-mixed", "da",
     P("»Henrik Dahl har intet ulovligt gjort,« sagde hans forsvarer, advokat Pernille Holm, efter retsmødet.")
     + P("Anklager Søren Bech mener derimod, at »beviserne er klare«."),
     [("har intet ulovligt gjort", "Pernille Holm"),
      ("beviserne er klare", "Søren Bech")]),
    ("r46-turns", "da",
     P("<b>Hvorfor stoppede du som fisker efter 40 år?</b>")
     + P("Aage Mortensen: Fordi kvoterne blev mindre end min båd.")
     + P("<b>Savner du havet?</b>")
     + P("AM: Hver eneste morgen klokken fire."),
     [("kvoterne blev mindre end", "Aage Mortensen"),
      ("Hver eneste morgen klokken", "Aage Mortensen")]),
    # ---------------------------------------------------------------- Finnish
    ("r46-after", "fi",
     P("Kunnanjohtaja Pirjo Heikkilä-Laakso lupaa, että kyläkoulu jatkaa ainakin kaksi vuotta.")
     + P("– Koulu on kylän sydän, Heikkilä-Laakso sanoo.")
     + P("Vanhempainyhdistyksen puheenjohtaja Markku Rantanen ei ole vakuuttunut: ”Kaksi vuotta ei ole mikään lupaus.”"),
     [("Koulu on kylän sydän", "Pirjo Heikkilä-Laakso"),
      ("Kaksi vuotta ei ole", "Markku Rantanen")]),
    ("r46-mixed", "fi",
     P("”Juha Lehtonen ei ole tehnyt mitään laitonta”, sanoi hänen asianajajansa Anna Virtanen istunnon jälkeen.")
     + P("Syyttäjä Timo Koskinen puolestaan katsoi, että ”näyttö on selvä”."),
     [("ei ole tehnyt mitään", "Anna Virtanen"),
      ("näyttö on selvä", "Timo Koskinen")]),
    ("r46-far", "fi",
     P("Eino Mäkelä, 83, on veistänyt puuveneitä Saimaan rannalla kuusikymmentä vuotta.")
     + P("Verstaassa tuoksuu terva. Seinällä roikkuu isän vanha höylä.")
     + P("– Vene kertoo itse, mihin se haluaa taipua."),
     [("Vene kertoo itse, mihin", "Eino Mäkelä")]),
    # ---------------------------------------------------------------- Czech
    ("r46-after", "cs",
     P("Starostka Horní Lhoty Jana Nováková-Dvořáková oznámila, že most bude opraven do zimy.")
     + P("„Lidé čekali dost dlouho,“ řekla starostka. „Tentokrát to stihneme.“")
     + P("Místní hospodský Karel Veselý je skeptický: „Tohle slyšíme každý rok.“"),
     [("Lidé čekali dost dlouho", "Jana Nováková-Dvořáková"),
      ("Tentokrát to stihneme", "Jana Nováková-Dvořáková"),
      ("Tohle slyšíme každý rok", "Karel Veselý")]),
    ("r46-mixed", "cs",
     P("„Pavel Horák nic nezákonného neudělal,“ uvedl jeho obhájce Tomáš Beneš po jednání.")
     + P("Státní zástupkyně Lucie Kratochvílová však tvrdí, že „důkazy jsou jasné“."),
     [("nic nezákonného neudělal", "Tomáš Beneš"),
      ("důkazy jsou jasné", "Lucie Kratochvílová")]),
    ("r46-none", "cs",
     P("Román „Dům bez dveří“ vyšel ve dvanácti jazycích.")
     + P("Na transparentech stálo „Ruce pryč od nemocnice“.")
     + P("„To je ostuda!“ křičel někdo z davu."),
     [("Dům bez dveří", None),
      ("Ruce pryč od nemocnice", None),
      ("To je ostuda!", None)]),
    # ---------------------------------------------------------------- further shapes
    ("r46-far", "en",
     P("Bernard Okafor-Hale spent thirty years as the town's only undertaker. At his retirement dinner he spoke for nearly an hour.")
     + P("“When I started, people died at home, and I went to them. We washed them in their own kitchens.")
     + P("“Now everyone dies in a hospital forty miles away, and the family meets me in a car park.")
     + P("“I don't think that's progress. I think it's just distance.”"),
     [("people died at home", "Bernard Okafor-Hale"),
      ("meets me in a", "Bernard Okafor-Hale"),
      ("it's just distance", "Bernard Okafor-Hale")]),
    ("r46-written", "en",
     P("The 1780 treatise by the physician Josiah Wren devotes a whole chapter to the spring at Alderholt.")
     + P("The water, the treatise claims, is “sovereign against the gout and melancholy alike”.")
     + P("It calls the villagers who sold it in bottles “rogues of the first water”, and advises drinking it “warm, and never after supper”."),
     [("sovereign against the gout", "Josiah Wren"),
      ("rogues of the first", "Josiah Wren"),
      ("never after supper", "Josiah Wren")]),
    ("r46-mixed", "en",
     P("Pictured above: the mayor, Cedric Hollins, cutting the ribbon in 2019.")
     + P("The pool's manager, Tamsin Oduya, says the building has not aged well. The roof leaks in three places (“four, if it's windy,” she adds), and the boiler “is older than I am”."),
     [("is older than I am", "Tamsin Oduya"),
      ("four, if it's windy", "Tamsin Oduya")]),
    ("r46-written", "en",
     P("In her memoir, the former nurse Winifred Ashby recalls her first ward sister, a Mrs Pargeter.")
     + P("Pargeter, she writes, told every new nurse: “Never run on my ward unless there's a fire or a baby.”")
     + P("Ashby adds: “I ran anyway, and I was right to.”"),
     [("Never run on my", "Pargeter"),
      ("ran anyway, and I", "Winifred Ashby")]),
    ("r46-after", "en",
     P("“We wanted to be the first club in the county with a women's team,” said Gordon Pell, the club's founder, whose daughter, Amy Pell, now coaches that team.")
     + P("“He wanted it. I had to build it,” Amy said.")
     + P("Her father laughed. “That's fair enough.”"),
     [("first club in the", "Gordon Pell"),
      ("had to build it", "Amy Pell"),
      ("That's fair enough", "Gordon Pell")]),
    ("r46-mixed", "de",
     P("Die Historikerin Sabine Thalhammer zitiert in ihrem neuen Buch einen Brief des Fabrikanten Wilhelm Brandt an seinen Sohn.")
     + P("„Verkaufe die Maschinen nie an einen Mann, der sie nicht selbst bedienen kann“, schrieb Brandt 1893.")
     + P("Thalhammer selbst urteilt nüchtern: „Brandt war kein Menschenfreund, er war ein guter Kaufmann.“"),
     [("Verkaufe die Maschinen nie", "Wilhelm Brandt"),
      ("war kein Menschenfreund", "Sabine Thalhammer")]),
    ("r46-far", "de",
     P("Der Kinderarzt Dr. Felix Amsel hat viele Eltern in der Pandemie beraten.")
     + P("Er rät, Kindern „nicht mehr als eine Stunde Bildschirm am Tag“ zu erlauben.")
     + P("Wichtiger sei aber etwas anderes: „Die Kinder schauen, was die Eltern tun, nicht, was sie sagen.“")
     + P("Eine Mutter aus der Elterngruppe seufzt: „Dann bin ich wohl das Problem.“"),
     [("nicht mehr als eine", "Felix Amsel"),
      ("Kinder schauen, was die", "Felix Amsel"),
      ("bin ich wohl das", None)]),
    ("r46-org", "de",
     P("Nach Angaben der Studie, die das Institut für Küstenforschung Nordmarsch am Mittwoch vorstellte, steigt der Meeresspiegel vor der Küste schneller als erwartet.")
     + P("„Wir haben mit zwei Millimetern pro Jahr gerechnet, gemessen haben wir vier“, sagte Hauptautorin Ines Wohlfahrt.")
     + P("Das Institut spricht in seiner Mitteilung von einem „deutlichen Warnsignal“."),
     [("mit zwei Millimetern pro", "Ines Wohlfahrt"),
      ("deutlichen Warnsignal", "Institut für Küstenforschung Nordmarsch")]),
    ("r46-written", "fr",
     P("Dans son blog, la randonneuse Claire Vasseur raconte sa rencontre avec un berger, Émile Rouquette.")
     + P("« Il m'a dit : “Ici, la montagne décide, pas vous.” Je ne l'ai pas cru. J'ai eu tort. »"),
     [("la montagne décide, pas", "Émile Rouquette"),
      ("Je ne l'ai pas", "Claire Vasseur")]),
    ("r46-after", "fr",
     P("« Mon père n'aurait jamais vendu la ferme », affirme Lucie Garnier, la fille d'Henri Garnier, mort en mars.")
     + P("« Il disait toujours : la terre, ça ne se vend pas, ça se prête. »"),
     [("Mon père n'aurait jamais", "Lucie Garnier"),
      ("la terre, ça ne", "Lucie Garnier")]),
    ("r46-turns", "es",
     P("En el foro del club de montaña, el usuario «pico_nevado» abrió el debate: «¿Alguien sabe si el refugio abre en mayo?».")
     + P("«Abre el día 15, lo pone en la web», contestó «Marisa_Rioja».")
     + P("«Eso decía también el año pasado y abrió en junio», replicó el primero."),
     [("Alguien sabe si el", "pico_nevado"),
      ("Abre el día 15", "Marisa_Rioja"),
      ("Eso decía también el", "pico_nevado")]),
    ("r46-org", "it",
     P("Secondo l'autrice principale dello studio, la biologa Chiara Lombardi dell'Università di Valmonte, i risultati sono «sorprendenti».")
     + P("«Le api esposte al pesticida dimenticavano la strada di casa in meno di una settimana», ha spiegato.")
     + P("L'ateneo, in un comunicato, parla di «un passo avanti importante»."),
     [("api esposte al pesticida", "Chiara Lombardi"),
      ("un passo avanti importante", "Università di Valmonte")]),
    ("r46-mixed", "pt",
     P("Perguntado pela jornalista Ana Beatriz Lopes se iria recandidatar-se, o prefeito Sérgio Nogueira respondeu: “Ainda não decidi, e a senhora será a primeira a saber.”")
     + P("Nogueira acrescentou que a decisão depende “da família, acima de tudo”."),
     [("Ainda não decidi", "Sérgio Nogueira"),
      ("da família, acima de", "Sérgio Nogueira")]),
    ("r46-after", "nl",
     P("Het Stadsmuseum in Weerde toont sinds zaterdag de brieven van zeeman Klaas Bontekoe aan zijn vrouw.")
     + P("„Het is hier zo koud dat de woorden in mijn mond bevriezen”, schreef hij in 1854.")
     + P("„Bontekoe kon prachtig schrijven, terwijl hij maar drie jaar school had gehad”, zegt conservator Femke Dijkstra."),
     [("woorden in mijn mond", "Klaas Bontekoe"),
      ("kon prachtig schrijven", "Femke Dijkstra")]),
    ("r46-turns", "pl",
     P("Trener Wisły Dolnej Marek Zieliński był po meczu wściekły. – Tak się nie gra w piłkę – mówił.")
     + P("Napastnik Kamil Lewandowicz bronił kolegów: – Graliśmy w dziesięciu przez godzinę.")
     + P("– Lewandowicz ma rację, ale czerwona kartka to też nasza wina – odpowiedział Zieliński."),
     [("Tak się nie gra", "Marek Zieliński"),
      ("Graliśmy w dziesięciu przez", "Kamil Lewandowicz"),
      ("czerwona kartka to też", "Marek Zieliński")]),
    ("r46-far", "ru",
     P("Экскурсию по усадьбе ведет научный сотрудник музея Елена Аркадьевна Шубина.")
     + P("Она останавливается у окна библиотеки: «Здесь хозяин писал письма, которые потом никогда не отправлял».")
     + P("В гостиной висит портрет его жены. «Она пережила его на сорок лет и ни разу не вышла замуж»."),
     [("хозяин писал письма, которые", "Елена Аркадьевна Шубина"),
      ("пережила его на сорок", "Елена Аркадьевна Шубина")]),
    ("r46-written", "zh",
     P("研究的第一作者、海川大学教授钟雨桐说，这一结果“出乎所有人的意料”。")
     + P("“睡眠时间多一个小时，记忆测试的成绩就提高了百分之二十，”她说。")
     + P("海川大学在新闻稿中称该研究“为治疗失眠提供了新思路”。"),
     [("出乎所有人的意料", "钟雨桐"),
      ("记忆测试的成绩就提高", "钟雨桐"),
      ("为治疗失眠提供了新思路", "海川大学")]),
    ("r46-mixed", "ja",
     P("写真は、開会式であいさつする田村浩一市長。")
     + P("実行委員長の小松原ゆかりさんは「雨の予報でしたが、三千人が来てくれました」と話した。")
     + P("小松原さんの父で、初代委員長の小松原昭さんは「四十年前は百人もいなかった」と振り返った。"),
     [("三千人が来てくれました", "小松原ゆかり"),
      ("四十年前は百人もいなかった", "小松原昭")]),
    ("r46-far", "ko",
     P("이 제품을 구매한 소비자들의 평가는 엇갈렸다.")
     + P("한 구매자는 \"소음이 생각보다 크다\"고 적었다.")
     + P("아이디 '바다고양이'를 쓰는 사용자는 \"한 달 써 보니 전기료가 확실히 줄었다\"는 후기를 남겼다."),
     [("소음이 생각보다 크다", None),
      ("전기료가 확실히 줄었다", "바다고양이")]),
    ("r46-turns", "ar",
     P("<b>س: لماذا تركتِ التدريس بعد ثلاثين عامًا؟</b>")
     + P("ج: لأن الصفوف صارت أكبر من قدرتي على أن أعرف كل طالب باسمه.")
     + P("<b>س: وماذا تفعلين الآن؟</b>")
     + P("ج: أكتب قصصًا للأطفال، وأعرف كل شخصية باسمها. هكذا قالت المعلمة المتقاعدة سعاد المصري."),
     [("لأن الصفوف صارت أكبر", "سعاد المصري"),
      ("أكتب قصصًا للأطفال", "سعاد المصري")]),
    ("r46-after", "tr",
     P("Teknik direktör Orhan Kılıç, maçın ardından “Kazanmayı hak eden takım bizdik” dedi.")
     + P("Golcü oyuncu Burak Şen ise daha temkinliydi: “Ben değil, takım kazandı.”")
     + P("Kılıç sözlerini şöyle tamamladı: “Şampiyonluk yarışı daha bitmedi.”"),
     [("Kazanmayı hak eden takım", "Orhan Kılıç"),
      ("Ben değil, takım kazandı", "Burak Şen"),
      ("Şampiyonluk yarışı daha bitmedi", "Orhan Kılıç")]),
    ("r46-mixed", "he",
     P("\"דנה לוי לא עשתה שום דבר רע\", אמר עורך דינה, יוסי כהן, בצאתו מבית המשפט.")
     + P("התובעת, רונית שרעבי, השיבה: \"הראיות ברורות לגמרי.\""),
     [("לא עשתה שום דבר", "יוסי כהן"),
      ("הראיות ברורות לגמרי", "רונית שרעבי")]),
    ("r46-none", "fa",
     P("رمان «خانه‌ای بی‌در» به دوازده زبان ترجمه شده است.")
     + P("روی پلاکارد معترضان نوشته شده بود «جنگل ما را نفروشید»."),
     [("خانه‌ای بی‌در", None),
      ("جنگل ما را نفروشید", None)]),
    ("r46-far", "hi",
     P("अस्सी वर्षीय कमला बाई पिछले साठ साल से गाँव के मंदिर के बाहर फूल बेचती हैं।")
     + P("उनकी टोकरी में गेंदे और गुलाब होते हैं। सुबह पाँच बजे से ग्राहक आने लगते हैं।")
     + P("“जब तक हाथ चलते हैं, तब तक माला बनती रहेगी।”"),
     [("जब तक हाथ चलते", "कमला बाई")]),
    ("r46-far", "id",
     P("Pemandu museum, Bambang Sutrisno, sudah 25 tahun menemani pengunjung di gedung tua itu.")
     + P("Di depan lemari kaca berisi keris, ia berhenti. \"Keris ini dibuat tanpa satu pun alat modern.\"")
     + P("\"Pembuatnya butuh tiga tahun untuk menyelesaikannya,\" lanjutnya."),
     [("dibuat tanpa satu pun", "Bambang Sutrisno"),
      ("butuh tiga tahun untuk", "Bambang Sutrisno")]),
    ("r46-org", "vi",
     P("Theo thông cáo của Công ty Cấp nước Sông Lam, việc cắt nước sẽ kéo dài “ít nhất 48 giờ”.")
     + P("Một người dân phường Bến Thủy nói: “Nhà tôi đã ba ngày không có nước rồi.”"),
     [("ít nhất 48 giờ", "Công ty Cấp nước Sông Lam"),
      ("ba ngày không có nước", None)]),
    ("r46-far", "el",
     P("Η Αθηνά Μαυροπούλου, 78 ετών, φτιάχνει χαλιά στον αργαλειό της μητέρας της.")
     + P("Ο αργαλειός είναι ηλικίας εκατό ετών. Κάθε χαλί θέλει δύο μήνες.")
     + P("«Ο αργαλειός θυμάται τα χέρια της μάνας μου.»"),
     [("αργαλειός θυμάται τα χέρια", "Αθηνά Μαυροπούλου")]),
    ("r46-org", "ro",
     P("Compania de Apă Someș Vest a anunțat într-un comunicat că întreruperea va dura „cel puțin 48 de ore”.")
     + P("„Nimeni nu ne-a anunțat nimic”, spune o vânzătoare din piața centrală."),
     [("cel puțin 48 de", "Compania de Apă Someș Vest"),
      ("Nimeni nu ne-a anunțat", None)]),
    ("r46-far", "hu",
     P("Varga Ilona 82 éves, és hatvan éve süt kenyeret a falu pékségében.")
     + P("A kemencét még az apja rakta. Hajnali háromkor gyújt be.")
     + P("„A kenyér nem vár senkire.”"),
     [("A kenyér nem vár", "Varga Ilona")]),
    ("r46-org", "sv",
     P("Enligt ett pressmeddelande från Norrlandsbuss AB ställs alla turer in ”på grund av förarbrist”.")
     + P("– Vi beklagar det här djupt, säger bolagets presschef Anders Wikström.")
     + P("En pendlare vid busshållplatsen suckar: – Då får jag gå de tolv kilometerna igen."),
     [("på grund av förarbrist", "Norrlandsbuss AB"),
      ("beklagar det här djupt", "Anders Wikström"),
      ("får jag gå de", None)]),
    ("r46-mixed", "nb",
     P("«Marius Dahl har ikke gjort noe galt», sa hans advokat Ingrid Solberg etter rettsmøtet.")
     + P("Aktor Håkon Strand mener derimot at «bevisene er entydige»."),
     [("har ikke gjort noe", "Ingrid Solberg"),
      ("bevisene er entydige", "Håkon Strand")]),
    ("r46-far", "da",
     P("Inger Lauridsen, 87, har været kirkesanger i Vesterby Kirke i 60 år.")
     + P("Hun har sunget ved flere end to tusinde begravelser. Orglet er ældre end hende.")
     + P("»Man synger bedst for dem, der ikke kan høre det længere.«"),
     [("synger bedst for dem", "Inger Lauridsen")]),
    ("r46-turns", "fi",
     P("<b>Miksi lopetit maajoukkueessa?</b>")
     + P("Sanna Koivisto: Polvi sanoi ensin, pää vasta myöhemmin.")
     + P("<b>Aiotko valmentaa?</b>")
     + P("SK: En ainakaan vielä. Haluan ensin oppia olemaan katsomossa."),
     [("Polvi sanoi ensin, pää", "Sanna Koivisto"),
      ("ensin oppia olemaan katsomossa", "Sanna Koivisto")]),
    ("r46-far", "cs",
     P("Průvodce hradem, Jiří Procházka, tu provází návštěvníky dvacet let.")
     + P("V rytířském sále se zastaví u krbu. „Tady se prý pekl celý vůl.“")
     + P("„Věřím tomu tak napůl,“ dodává s úsměvem."),
     [("se prý pekl celý", "Jiří Procházka"),
      ("Věřím tomu tak napůl", "Jiří Procházka")]),
]

"""Held-out round 48 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the extractor, its tests or earlier rounds). About half the
pairs sit in long feature articles with three to five people, where most quotations' own
sentences name nobody and a reader follows the speaker by pronouns, roles ("the councillor",
"the striker"), "the former" / "the latter", possessives ("her coach"), relations ("his
daughter") and by who was asked the question before. Other forms: quotations split by an
attribution in the middle; a paragraph opened by a quotation whose speaker is named at its end
two sentences later; quotations continued across paragraphs; vox pops as lists signed with a
dash; court transcripts ("Judge X:", "the witness replied"); Q&A interviews with bold or
initialled questions; forum posts ("X wrote:" boxes, replies quoting earlier posts);
testimonials signed below the quotation; press releases with "said X, CEO of Y" and an "About"
boilerplate; documentation quoting error messages; speakers named only in an <h2> headline;
organisations speaking ("the ministry said"); names in another script than the text; East
Asian names with family name first and honorifics; names in oblique cases ("according to"
phrases in Slavic, Finnish, Hungarian) expected in their base form; competing names (the person
talked about, the interviewer, a relative with the same surname); and None for unnamed voices,
titles, slogans, signs, scare quotes and error messages.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R48_CASES = [
    # ---------------------------------------------------------------- English
    ("r48-feature", "en",
     P("When the Ashby weir gave way in March, Colm Dardis was the first to see the water reach "
       "the bakery. The 58-year-old has run the shop on Mill Lane for thirty years.")
     + P("“We tried,” he said, “but the river won. By six in the morning the ovens were under a "
         "foot of water.”")
     + P("His daughter, Niamh Dardis, drove down from Leeds that afternoon. “Dad wouldn’t leave,” "
         "she said. “He kept carrying flour sacks upstairs as if that would save anything.”")
     + P("The council’s flood officer, Priya Raman, says the weir had been on a repair list since "
         "2019. Asked why the work never happened, she was blunt. “There was never a budget line "
         "for it. Every year it was next year.”")
     + P("Her colleague on the cabinet, Derek Holt, disputes that account. “The money was set "
         "aside twice,” the councillor said. “It was the contractor who walked away.”"),
     [("but the river won", "Colm Dardis"),
      ("Dad wouldn’t leave", "Niamh Dardis"),
      ("kept carrying flour sacks", "Niamh Dardis"),
      ("never a budget line", "Priya Raman"),
      ("money was set aside", "Derek Holt"),
      ("contractor who walked away", "Derek Holt")]),
    ("r48-transcript", "en",
     P("The trial of Lorcan Pryce resumed on Tuesday with the cross-examination of the site "
       "foreman, Abel Stroud.")
     + P("Judge Miriam Okafor: “Mr Stroud, were the harnesses checked that morning?”")
     + P("The witness replied: “They were checked the night before. Nobody checked them again.”")
     + P("Counsel for the defence, Ruth Galloway-Pike, pressed him. “So you cannot tell the jury "
         "who removed the tag?” “No, I cannot,” Stroud said. “I was in the cabin.”"),
     [("were the harnesses checked", "Miriam Okafor"),
      ("checked the night before", "Abel Stroud"),
      ("who removed the tag", "Ruth Galloway-Pike"),
      ("I was in the cabin", "Abel Stroud")]),
    ("r48-vox", "en",
     P("We asked shoppers on Market Street what they made of the new parking charges.")
     + "<ul><li>“It’s two pounds just to buy a loaf of bread.” — Edith Marlow, 71, retired "
       "teacher</li><li>“Honestly, I’ll just drive to the retail park now.” — Sam Okonjo, 34, "
       "electrician</li><li>“Fine by me if it pays for the buses.” — a student who did not want "
       "to be named</li></ul>",
     [("two pounds just to buy", "Edith Marlow"),
      ("drive to the retail park", "Sam Okonjo"),
      ("it pays for the buses", None)]),
    ("r48-opening", "en",
     P("“I had never seen a seal this far up the estuary. It was lying on the slipway as if it "
       "owned the place. We had to close the ramp for two hours.” That was how harbourmaster Gwen "
       "Tillotson described Sunday morning.")
     + P("The young grey seal returned to the water on its own, the Tarrow Coastguard said. "
         "Its statement added that the animal “showed no sign of injury”."),
     [("never seen a seal", "Gwen Tillotson"),
      ("close the ramp for", "Gwen Tillotson"),
      ("showed no sign of injury", "Tarrow Coastguard")]),
    ("r48-forum", "en",
     '<div class="post"><p>Quote from <b>pebbledash</b>:</p><blockquote><p>Has anyone paddled '
     'the lower gorge since the rockfall?</p></blockquote><p>Went on Saturday. The portage path '
     'is open, but as the ranger told us, “expect mud up to your knees.”</p><p>— reply by '
     '<b>marram_grass</b></p></div>'
     + '<div class="post"><p><b>pebbledash</b> wrote:</p><blockquote><p>Cheers. Is the car park '
       'at the top open too?</p></blockquote><p>No, closed till June. — <b>marram_grass</b></p>'
       '</div>',
     [("anyone paddled the lower gorge", "pebbledash"),
      ("expect mud up to your", None),
      ("car park at the top", "pebbledash")]),
    ("r48-press", "en",
     P("BRISTOL, 4 May — Lumenfold Ltd today announced the opening of its second recycling plant "
       "in Avonmouth, which will employ 140 people.")
     + P("“This plant doubles what we can take back from customers. Nothing we sell should end up "
         "in landfill,” said Tessa Whitcombe, chief executive of Lumenfold.")
     + P("“We are glad to see the site back in use,” added Ifan Rhys, who leads the Avonmouth "
         "Business Forum.")
     + P("About Lumenfold: founded in 2011, Lumenfold designs reusable crates for grocers across "
         "the UK and Ireland."),
     [("doubles what we can take", "Tessa Whitcombe"),
      ("Nothing we sell should", "Tessa Whitcombe"),
      ("site back in use", "Ifan Rhys")]),
    ("r48-mixed", "en",
     P("Health minister Orla Benn said the waiting-list figures were “unacceptable in any decent "
       "health service” and promised a plan by autumn, while the opposition’s Kieran Moss called "
       "the promise “a press release, not a policy”.")
     + P("A nurse at St Brendan’s, who asked not to be named, said: “We heard the same words last "
         "winter.”"),
     [("unacceptable in any decent", "Orla Benn"),
      ("a press release, not", "Kieran Moss"),
      ("same words last winter", None)]),
    ("r48-none", "en",
     P("The exhibition “Salt and Iron: Coastal Trades 1800–1950” opens on Friday in the old rope "
       "works, which locals have long called “the long shed by the sea”.")
     + P("A painted board at the entrance still reads “No naked lights beyond this point”."),
     [("Salt and Iron: Coastal", None),
      ("long shed by the", None),
      ("No naked lights beyond", None)]),
    ("r48-interview", "en",
     P("The novelist Ayodele Finch wrote her third book in a caravan on the Llŷn peninsula. She "
       "talked to our books editor, Hamish Gault.")
     + P("<b>Hamish Gault: Why a caravan?</b>")
     + P("“Because it was the one place nobody could find me. My agent sent letters to the farm.”")
     + P("<b>Was your mother, the poet Grace Finch, a reader of the drafts?</b>")
     + P("“Never. She would have rewritten every line, and she would have been right.”"),
     [("the one place nobody", "Ayodele Finch"),
      ("rewritten every line", "Ayodele Finch")]),
    ("r48-sport", "en",
     "<h2>Okoro: ‘We gave them the game’</h2>"
     + P("Rovers manager Dele Okoro did not hide behind the referee after Saturday’s 3-1 defeat at "
         "Cranmoor, in which his striker Tomás Leyva was sent off before half-time.")
     + P("“We gave them the game. Two mistakes, two goals. That is on us, not on anybody else.”")
     + P("Leyva, for his part, apologised to supporters. “I let the lads down,” the striker said. "
         "Cranmoor captain Joel Prentice was more generous: “He’s a good lad. It was a clumsy "
         "tackle, nothing worse.”"),
     [("Two mistakes, two goals", "Dele Okoro"),
      ("I let the lads", "Tomás Leyva"),
      ("It was a clumsy tackle", "Joel Prentice")]),
    ("r48-about", "en",
     P("“Eleanor Vance did nothing wrong, and the tribunal has now said so,” her solicitor, Marcus "
       "Bello, told reporters outside the hearing.")
     + P("The Kilbride Hospitals Trust, which dismissed Ms Vance in 2023, said in a statement that it would "
         "“reflect carefully on the judgment”."),
     [("did nothing wrong, and", "Marcus Bello"),
      ("reflect carefully on the", "Kilbride Hospitals Trust")]),
    ("r48-blog", "en",
     P("I have baked sourdough for eleven years, and I still remember what my grandmother told me "
       "the first time I killed a starter: “Bread forgives you if you come back tomorrow.”")
     + P("When I posted my failed loaf last week, a reader called Hettie Crane replied: “Too warm. "
         "Your kitchen is a sauna, move the jar.” She was right. As I wrote back then, “I will "
         "never trust a radiator again.”"),
     [("Bread forgives you if", None),
      ("Your kitchen is a sauna", "Hettie Crane"),
      ("never trust a radiator", None)]),
    ("r48-science", "en",
     P("Honeybees exposed to low levels of the fungicide took twice as long to return to the hive, "
       "according to a study published today by researchers at the University of Carrowmore.")
     + P("“The dose we used is what you find at the edge of an ordinary field,” said the study’s "
         "lead author, Dr Saoirse Hanlon. “These are not extreme conditions.”")
     + P("Professor Idris Kale, who was not involved in the work, called the results “worrying but "
         "not yet conclusive”."),
     [("edge of an ordinary field", "Saoirse Hanlon"),
      ("not extreme conditions", "Saoirse Hanlon"),
      ("worrying but not yet", "Idris Kale")]),
    ("r48-continued", "en",
     P("Ruth Abernethy was ninety-one when she recorded her memories of the mill for the village "
       "archive.")
     + P("“We started at seven and finished at six. The noise was such that we learned to read "
         "lips, and I can still do it now.")
     + P("“On Fridays the manager, Mr Gorse, paid us in little brown envelopes. If you were short "
         "you said nothing.”")
     + P("Her son Alan Abernethy found the tape in a drawer after her death. “I had no idea she "
         "could read lips,” he said."),
     [("learned to read lips", "Ruth Abernethy"),
      ("little brown envelopes", "Ruth Abernethy"),
      ("no idea she could", "Alan Abernethy")]),
    ("r48-docs", "en",
     P("If the installer stops with “permission denied while writing to cache”, run it again from "
       "a terminal opened as administrator.")
     + P("The manual’s note reads: “Do not unplug the device during an update.” Support engineer "
         "Lena Frost adds: “Nine out of ten bricked units we see were unplugged.”"),
     [("permission denied while writing", None),
      ("Do not unplug the", None),
      ("Nine out of ten", "Lena Frost")]),
    # ---------------------------------------------------------------- German
    ("r48-feature", "de",
     P("Seit vierzig Jahren fährt Hermine Lötzsch die Fähre zwischen Kleinwerder und Hohenau. Im "
       "Herbst soll eine Brücke sie ersetzen.")
     + P("„Ich habe hier Hochzeitsgesellschaften übergesetzt und Särge“, sagt sie. „Die Brücke "
         "bringt niemanden schneller nach Hause, nur schneller weg.“")
     + P("Ihr Neffe Bastian Lötzsch sieht das anders. Er pendelt täglich nach Hohenau ins Werk. "
         "„Im Winter stehe ich manchmal eine Stunde am Steg. Das ist kein Leben“, sagt der "
         "34-Jährige.")
     + P("Bürgermeister Arnold Pfisterer und Kreisrätin Selma Özdemir haben die Brücke gemeinsam "
         "durchgesetzt. Der Erstere spricht von einer „Lebensader für die Dörfer“, die Letztere "
         "ist vorsichtiger: „Wir müssen die Fähre als Denkmal erhalten, sonst verlieren wir "
         "etwas.“")
     + P("Und Hermine Lötzsch? Sie will am letzten Tag selbst am Ruder stehen. „Das lasse ich mir "
         "nicht nehmen.“"),
     [("Hochzeitsgesellschaften übergesetzt und Särge", "Hermine Lötzsch"),
      ("nur schneller weg", "Hermine Lötzsch"),
      ("manchmal eine Stunde am Steg", "Bastian Lötzsch"),
      ("Lebensader für die Dörfer", "Arnold Pfisterer"),
      ("Fähre als Denkmal erhalten", "Selma Özdemir"),
      ("lasse ich mir nicht", "Hermine Lötzsch")]),
    ("r48-transcript", "de",
     P("Im Prozess um den Brand in der Lagerhalle in Weidenbrück sagte am Mittwoch der "
       "Hausmeister aus.")
     + P("Vorsitzende Richterin Dr. Gisela Hornbach: „Wann haben Sie die Halle zuletzt "
         "abgeschlossen?“")
     + P("Zeuge Ralf Kümmerle: „Um halb zehn, wie jeden Abend.“")
     + P("Auf die Frage des Verteidigers Jens Abt, ob jemand einen zweiten Schlüssel gehabt habe, "
         "antwortete der Zeuge: „Der Chef. Nur der Chef.“"),
     [("Halle zuletzt abgeschlossen", "Gisela Hornbach"),
      ("Um halb zehn, wie", "Ralf Kümmerle"),
      ("Der Chef. Nur der", "Ralf Kümmerle")]),
    ("r48-before", "de",
     P("Nach Angaben von Polizeisprecherin Carina Wendlandt war der Fahrer nicht angeschnallt. "
       "Laut Wendlandt sei er „mit deutlich überhöhter Geschwindigkeit“ unterwegs gewesen.")
     + P("Der Automobilclub Oberhagen erklärte: „Die Kurve ist seit Jahren ein bekannter "
         "Unfallschwerpunkt.“"),
     [("mit deutlich überhöhter Geschwindigkeit", "Carina Wendlandt"),
      ("seit Jahren ein bekannter", "Automobilclub Oberhagen")]),
    ("r48-product", "de",
     P("Was unsere Kundinnen und Kunden über den Kletterrucksack Gratwanderer 30 sagen:")
     + "<blockquote><p>„Sitzt auch nach acht Stunden noch bequem, die Hüftflossen sind top.“</p>"
       "<p>— Miriam K., Innsbruck</p></blockquote>"
     + "<blockquote><p>„Das Regencape hätte größer sein dürfen.“</p><p>— Tobias R., Kassel</p>"
       "</blockquote>",
     [("nach acht Stunden noch", "Miriam K."),
      ("Regencape hätte größer sein", "Tobias R.")]),
    ("r48-none", "de",
     P("Das Kinderbuch „Der Fuchs, der nicht schlafen wollte“ steht seit Wochen auf der "
       "Bestsellerliste. Im Netz wird die Autorin nur „die Fuchsmutter“ genannt.")
     + P("Vor dem Rathaus hielten Demonstrierende ein Transparent mit der Aufschrift „Unsere "
         "Bäume sind nicht verhandelbar“."),
     [("Fuchs, der nicht schlafen", None),
      ("Bäume sind nicht verhandelbar", None)]),
    # ---------------------------------------------------------------- French
    ("r48-feature", "fr",
     P("À Saint-Aubin-sur-Loue, la dernière école du canton fermera en juin. Il reste onze élèves "
       "et une institutrice, Odile Marchand-Roux, en poste depuis 1998.")
     + P("« On m’a dit que c’était une question de chiffres, raconte-t-elle. Mais les chiffres "
         "n’ont jamais appris à lire à un enfant. »")
     + P("Le maire, Gérard Pellissier, assure avoir tout tenté. « J’ai écrit trois fois au "
         "rectorat. Trois fois, on m’a répondu par un formulaire », soupire l’élu.")
     + P("Parmi les parents, Yasmine Belkacem et son mari Julien Ferrat ne sont pas d’accord. La "
         "première compte déménager : « Je ne mettrai pas ma fille quarante minutes dans un car. » "
         "Le second veut se battre : « On ira jusqu’au tribunal administratif s’il le faut. »"),
     [("une question de chiffres", "Odile Marchand-Roux"),
      ("jamais appris à lire", "Odile Marchand-Roux"),
      ("écrit trois fois au rectorat", "Gérard Pellissier"),
      ("quarante minutes dans un car", "Yasmine Belkacem"),
      ("jusqu’au tribunal administratif", "Julien Ferrat")]),
    ("r48-org", "fr",
     P("Le ministère de la Transition rurale a réagi dans la soirée. « Aucune fermeture n’est "
       "décidée sans concertation », indique-t-il dans un communiqué.")
     + P("Selon l’association Villages Vivants, « la concertation a duré vingt minutes »."),
     [("Aucune fermeture n’est décidée", "ministère de la Transition rurale"),
      ("la concertation a duré", "Villages Vivants")]),
    ("r48-none", "fr",
     P("Le film « Les Enfants du canal » sortira en salles le 12 mars. Sur la façade du cinéma, "
       "une banderole proclame « Ici, on ne ferme pas ».")
     + P("« C’est trop tard pour nous », glisse une habitante croisée devant la boulangerie."),
     [("Les Enfants du canal", None),
      ("Ici, on ne ferme", None),
      ("trop tard pour nous", None)]),
    # ---------------------------------------------------------------- Spanish
    ("r48-feature", "es",
     P("La cooperativa de pescadores de Punta Errazu cumple cien años con más deudas que barcos. "
       "Su presidenta, Itziar Goikoetxea, lleva la cuenta de memoria.")
     + P("«Éramos cuarenta embarcaciones cuando entré. Hoy quedan nueve», dice. «Y de esas nueve, "
         "tres son de gente que pasa de los setenta».")
     + P("Uno de ellos es Anselmo Ruiz Lastra, de 74 años. El patrón del Virgen de Arriola no "
         "piensa retirarse: «El día que deje el mar me muero en tierra, y eso sí que no».")
     + P("Su nieta, Carla Ruiz, estudia biología marina en Vigo. ¿Volverá? «Quiero volver, pero "
         "no para pescar. Para contar lo que queda», responde la joven.")
     + P("La consejera de Pesca, Begoña Alday, prometió ayudas en abril. Según ella, el plan "
         "llegará «antes de la costera del bonito»."),
     [("Éramos cuarenta embarcaciones cuando", "Itziar Goikoetxea"),
      ("pasa de los setenta", "Itziar Goikoetxea"),
      ("me muero en tierra", "Anselmo Ruiz Lastra"),
      ("Para contar lo que", "Carla Ruiz"),
      ("antes de la costera", "Begoña Alday")]),
    ("r48-mixed", "es",
     P("El alcalde, Tomás Ibarrola, defendió que la obra está «en plazo y en presupuesto», algo "
       "que la portavoz de la oposición, Nerea Salaberri, calificó de «pura ficción contable».")
     + P("—Que me enseñen las facturas —añadió Salaberri en los pasillos del pleno."),
     [("en plazo y en presupuesto", "Tomás Ibarrola"),
      ("pura ficción contable", "Nerea Salaberri")]),
    ("r48-forum", "es",
     ('<div class="post"><p><b>lagartija_azul</b> escribió:</p><blockquote><p>¿Alguien sabe si el '
     'refugio de Peña Gris abre en noviembre?</p></blockquote><p>Abre solo los fines de semana. '
     'En la puerta hay un cartel que dice «Prohibido pernoctar sin reserva».</p><p>— '
     '<b>montañero_77</b></p></div>'),
     [("refugio de Peña Gris", "lagartija_azul"),
      ("Prohibido pernoctar sin reserva", None)]),
    # ---------------------------------------------------------------- Italian
    ("r48-feature", "it",
     P("Nel laboratorio di liuteria di Borgo Vesce lavorano tre generazioni. Il fondatore, "
       "Amedeo Castrignanò, ha 88 anni e arriva ancora alle sette.")
     + P("«Il legno ti dice quando è pronto», spiega. «Chi ha fretta fa mobili, non violini.»")
     + P("Sua figlia Lucia Castrignanò si occupa delle vernici. «Papà non ha mai scritto una "
         "ricetta», racconta. «Le ho ricostruite io, annusando i barattoli.»")
     + P("Il più giovane, il nipote Davide Ferraresi, ha portato in bottega uno scanner 3D. Al "
         "nonno non piace. «Lo tollera», ammette il ragazzo ridendo, «come si tollera un "
         "gatto.»"),
     [("ti dice quando è pronto", "Amedeo Castrignanò"),
      ("Chi ha fretta fa mobili", "Amedeo Castrignanò"),
      ("mai scritto una ricetta", "Lucia Castrignanò"),
      ("annusando i barattoli", "Lucia Castrignanò"),
      ("come si tollera un", "Davide Ferraresi")]),
    ("r48-before", "it",
     P("Secondo il procuratore Elio Mancuso, l’inchiesta «è solo all’inizio». Per la difesa, "
       "rappresentata dall’avvocata Serena Di Paola, si tratta invece di «un castello senza "
       "fondamenta».")
     + P("Un residente del quartiere ha commentato: «Qui lo sapevano tutti da anni»."),
     [("è solo all’inizio", "Elio Mancuso"),
      ("castello senza fondamenta", "Serena Di Paola"),
      ("lo sapevano tutti da", None)]),
    # ---------------------------------------------------------------- Portuguese
    ("r48-feature", "pt",
     P("A feira de São Bento do Arieiro perdeu metade das bancas em cinco anos. Rosa Amaral "
       "vende queijo ali desde 1987.")
     + P("“Antes vinha gente de Lisboa de propósito”, lembra. “Agora vêm turistas que tiram "
         "fotografias e não compram nada.”")
     + P("O vizinho de banca, Joaquim Teixeira da Mota, discorda: “Os turistas compram, sim. "
         "O problema é que nós fechamos ao meio-dia e eles chegam às duas.”")
     + P("A vereadora Filipa Lacerda promete mudar o horário. Questionada sobre a data, a "
         "autarca respondeu: “Ainda este verão, se a assembleia aprovar.”"),
     [("vinha gente de Lisboa", "Rosa Amaral"),
      ("tiram fotografias e não", "Rosa Amaral"),
      ("Os turistas compram, sim", "Joaquim Teixeira da Mota"),
      ("Ainda este verão, se", "Filipa Lacerda")]),
    ("r48-testimonial", "pt",
     P("O que dizem os nossos alunos do curso de fotografia noturna:")
     + "<blockquote><p>“Nunca pensei conseguir fotografar a Via Láctea com um telemóvel.”</p>"
       "<p>— Beatriz S., Coimbra</p></blockquote>"
     + P("“Formadores pacientes e saídas de campo muito bem organizadas.” — Renato, aluno de "
         "2025"),
     [("fotografar a Via Láctea", "Beatriz S."),
      ("Formadores pacientes e saídas", "Renato")]),
    ("r48-after", "pt",
     P("“Não houve qualquer falha dos nossos técnicos”, afirmou a Companhia Águas do Vale em "
       "nota enviada às redações. O presidente da empresa, Wagner Bastos, acrescentou mais "
       "tarde que a rede “tem quarenta anos e precisa de ser substituída”."),
     [("qualquer falha dos nossos", "Companhia Águas do Vale"),
      ("precisa de ser substituída", "Wagner Bastos")]),
    # ---------------------------------------------------------------- Dutch
    ("r48-feature", "nl",
     P("In Oosterwolde-Haven sluit na 112 jaar de laatste scheepswerf. Eigenaar Berend van "
       "der Kooij (61) had het zelf niet zien aankomen.")
     + P("‘Mijn opa bouwde hier sleepboten voor de halve wereld,’ zegt hij. ‘Ik ben degene die "
         "het licht uitdoet. Dat weegt.’")
     + P("Lasser Mehmet Yıldız werkt er sinds zijn zeventiende. Of hij ander werk heeft "
         "gevonden? ‘Nog niet. Maar ik kan lassen, dat kunnen er niet veel meer.’")
     + P("Wethouder Anouk de Graaf-Sterk wil op het terrein woningen bouwen. Van der Kooij "
         "noemt dat ‘begrijpelijk, maar treurig’. De wethouder zelf: ‘Een werf zonder "
         "opdrachten is ook treurig.’"),
     [("bouwde hier sleepboten voor", "Berend van der Kooij"),
      ("het licht uitdoet", "Berend van der Kooij"),
      ("ik kan lassen, dat", "Mehmet Yıldız"),
      ("begrijpelijk, maar treurig", "Berend van der Kooij"),
      ("werf zonder opdrachten is", "Anouk de Graaf-Sterk")]),
    ("r48-written", "nl",
     P("In een brief aan de gemeenteraad schrijft de directeur van het Waterschap Lindemeer, "
       "Pieter Hoogeveen, dat de dijk ‘niet langer aan de norm voldoet’.")
     + P("Op een bord bij het fietspad staat sinds maandag: ‘Dijk gesloten voor alle "
         "verkeer’."),
     [("niet langer aan de norm", "Pieter Hoogeveen"),
      ("Dijk gesloten voor alle", None)]),
    # ---------------------------------------------------------------- Polish
    ("r48-feature", "pl",
     P("W Starej Kuźni pod Jeleniowem od trzech pokoleń wyrabia się dzwony. Dziś odlewnię "
       "prowadzi Wiesława Gąsiorowska-Nowak.")
     + P("„Dzwon trzeba usłyszeć, zanim się go odleje” – mówi. „Mój ojciec słyszał go w "
         "głowie, ja słyszę w komputerze”.")
     + P("Jej brat Ryszard Gąsiorowski odszedł z firmy pięć lat temu. Pytany o powody, "
         "odpowiada krótko: „Za dużo kłótni, za mało zamówień”.")
     + P("Według proboszcza parafii w Łomnicy, ks. Stanisława Kędziory, nowy dzwon jest "
         "„najpiękniejszy w całym powiecie”. Zdaniem jego wikarego brzmi „trochę za "
         "wysoko”."),
     [("trzeba usłyszeć, zanim się", "Wiesława Gąsiorowska-Nowak"),
      ("ja słyszę w komputerze", "Wiesława Gąsiorowska-Nowak"),
      ("Za dużo kłótni, za", "Ryszard Gąsiorowski"),
      ("najpiękniejszy w całym powiecie", "Stanisław Kędziora"),
      ("trochę za wysoko", None)]),
    ("r48-org", "pl",
     P("„Nie otrzymaliśmy żadnego wniosku w tej sprawie” – poinformował w komunikacie Urząd "
       "Wojewódzki w Lesznowie.")
     + P("Rzecznik urzędu Kamil Wróblewski dodał później, że sprawa „zostanie wyjaśniona do "
         "końca miesiąca”."),
     [("Nie otrzymaliśmy żadnego wniosku", "Urząd Wojewódzki w Lesznowie"),
      ("zostanie wyjaśniona do końca", "Kamil Wróblewski")]),
    # ---------------------------------------------------------------- Russian
    ("r48-feature", "ru",
     P("В посёлке Верхняя Талица закрывается последняя библиотека. Заведующая Галина "
       "Петровна Сафонова работает в ней с 1984 года.")
     + P("«Сюда ходили все: и дети, и пенсионеры, и даже участковый», — вспоминает она. "
         "«Теперь говорят, что всё есть в интернете. А интернета у нас нет».")
     + P("Глава поселения Игорь Дымов уверяет, что книги не пропадут. По словам чиновника, "
         "фонд «передадут в районную библиотеку целиком».")
     + P("Читательница Нина Ершова, 79 лет, в это не верит. «Районная — это сорок километров. "
         "Кто меня туда повезёт?» — спрашивает пенсионерка."),
     [("ходили все: и дети", "Галина Петровна Сафонова"),
      ("А интернета у нас нет", "Галина Петровна Сафонова"),
      ("передадут в районную библиотеку", "Игорь Дымов"),
      ("Кто меня туда повезёт", "Нина Ершова")]),
    ("r48-before", "ru",
     P("По словам Анны Кречетовой, руководителя фонда «Тёплый дом», заявок стало вдвое больше. "
       "«Мы не успеваем отвечать даже на письма», — призналась она.")
     + P("В пресс-релизе компании Northwind Logistics говорится, что склад «будет открыт к "
         "декабрю». Её директор Martin Holloway добавил: «Мы наймём местных жителей»."),
     [("не успеваем отвечать даже", "Анна Кречетова"),
      ("будет открыт к декабрю", "Northwind Logistics"),
      ("наймём местных жителей", "Martin Holloway")]),
    # ---------------------------------------------------------------- Czech
    ("r48-feature", "cs",
     P("Pivovar v Horní Lhotě vaří znovu po sedmdesáti letech. Obnovila ho dvojice sládků, "
       "Tereza Dvořáková a Marek Šindelář.")
     + P("„Všichni nám říkali, že jsme blázni,“ vzpomíná Dvořáková. „Možná měli pravdu, ale "
         "pivo je dobré.“")
     + P("Šindelář, bývalý učitel chemie, má na starosti kvašení. „Kvasinky jsou jako žáci,“ "
         "říká s úsměvem. „Když je necháte v klidu, překvapí vás.“")
     + P("Podle starosty Jaroslava Kubíčka přinesl pivovar do obce turisty. „O víkendu tu "
         "parkuje víc aut než za celý loňský rok,“ uvedl starosta."),
     [("říkali, že jsme blázni", "Tereza Dvořáková"),
      ("Kvasinky jsou jako žáci", "Marek Šindelář"),
      ("necháte v klidu, překvapí", "Marek Šindelář"),
      ("parkuje víc aut než", "Jaroslav Kubíček")]),
    ("r48-none", "cs",
     P("Kniha „Dům u tří lip“ vyšla letos na jaře. Na dveřích knihovny visí cedule „Vstup "
       "pouze se vstupenkou“.")
     + P("„Je to ostuda,“ řekl jeden z čekajících návštěvníků."),
     [("Dům u tří lip", None),
      ("Vstup pouze se vstupenkou", None),
      ("Je to ostuda", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r48-feature", "ro",
     P("La Valea Ursului, în Munții Apuseni, ultimul cioban al satului, Ilie Moldovan, urcă "
       "încă oile la stână în fiecare mai.")
     + P("„Am șaptezeci și doi de ani și n-am lipsit niciun an”, spune bătrânul. „Când n-o să "
         "mai pot, se termină și stâna.”")
     + P("Fiica lui, Maria Moldovan-Pop, lucrează la Cluj. Ea ar vrea să-l ia la oraș. „Tata "
         "nu pleacă nicăieri fără câini”, râde ea.")
     + P("Primarul comunei, Sorin Avram, spune că satul „are nevoie de tineri, nu de "
         "promisiuni”."),
     [("n-am lipsit niciun an", "Ilie Moldovan"),
      ("se termină și stâna", "Ilie Moldovan"),
      ("nu pleacă nicăieri fără", "Maria Moldovan-Pop"),
      ("nevoie de tineri, nu", "Sorin Avram")]),
    ("r48-after", "ro",
     P("„Nu vom tolera astfel de abateri”, a declarat miercuri Inspectoratul Școlar Județean "
       "Vâlcești, într-un comunicat.")
     + P("„Copiii au fost în siguranță tot timpul”, a precizat directoarea școlii, Elena "
         "Stoica-Barbu."),
     [("tolera astfel de abateri", "Inspectoratul Școlar Județean Vâlcești"),
      ("au fost în siguranță", "Elena Stoica-Barbu")]),
    # ---------------------------------------------------------------- Hungarian
    ("r48-feature", "hu",
     P("Kisbárdon harminc éve nem volt szülés. Tavaly három gyerek is született, és az "
       "óvoda újranyitott. Az óvónő, Kertész Judit, maga is visszaköltözött.")
     + P("„Budapesten tíz évig laktam, de mindig hazavágytam – mondja. – Itt a gyerekek "
         "még mezítláb szaladgálnak.”")
     + P("Szabó-Halmi Gergely polgármester szerint a titok az olcsó telek. „Egy forintért "
         "adtunk telket fiatal családoknak” – magyarázza.")
     + P("Nagy Erzsébet, a falu legidősebb lakója, kilencvenegy éves. „Újra gyerekzajt "
         "hallok az ablakból, ennél több nem kell” – mondta lapunknak."),
     [("de mindig hazavágytam", "Kertész Judit"),
      ("még mezítláb szaladgálnak", "Kertész Judit"),
      ("Egy forintért adtunk telket", "Szabó-Halmi Gergely"),
      ("Újra gyerekzajt hallok", "Nagy Erzsébet")]),
    ("r48-before", "hu",
     P("Tóth Andrea, a Dunavidéki Vízművek szóvivője szerint „a hálózat tíz napon belül "
       "helyreáll”. A cég közleményében azt írta: „Minden érintett háztartás kártérítést "
       "kap.”"),
     [("tíz napon belül helyreáll", "Tóth Andrea"),
      ("érintett háztartás kártérítést kap", "Dunavidéki Vízművek")]),
    # ---------------------------------------------------------------- Greek
    ("r48-feature", "el",
     P("Στη Νέα Καλλιθέα της Χαλκιδικής, ο ψαράς Σταύρος Μαυρίδης βγαίνει ακόμη με το "
       "καΐκι του πατέρα του.")
     + P("«Η θάλασσα δεν είναι πια η ίδια», λέει. «Πριν από είκοσι χρόνια γέμιζα τα δίχτυα "
         "σε μία ώρα».")
     + P("Ο γιος του, Νίκος Μαυρίδης, σπουδάζει στη Θεσσαλονίκη. «Ο πατέρας μου θέλει να "
         "γίνω γιατρός, εγώ θέλω να γίνω ψαράς», λέει γελώντας ο νεαρός.")
     + P("Η θαλάσσια βιολόγος Ελένη Καραγιάννη εξηγεί ότι τα αποθέματα «έχουν μειωθεί κατά "
         "το ήμισυ». Ο ερευνητής Tom Verhoeven, που συνεργάζεται μαζί της, προσθέτει: "
         "«Χρειάζονται ζώνες όπου δεν θα ψαρεύει κανείς»."),
     [("δεν είναι πια η ίδια", "Σταύρος Μαυρίδης"),
      ("γέμιζα τα δίχτυα", "Σταύρος Μαυρίδης"),
      ("εγώ θέλω να γίνω ψαράς", "Νίκος Μαυρίδης"),
      ("μειωθεί κατά το ήμισυ", "Ελένη Καραγιάννη"),
      ("ζώνες όπου δεν θα", "Tom Verhoeven")]),
    ("r48-org", "el",
     P("Το υπουργείο Ναυτιλίας ανακοίνωσε ότι «η ρύθμιση θα ισχύσει από την 1η Ιουλίου». "
       "Σύμφωνα με την Ένωση Αλιέων Θερμαϊκού, «κανείς δεν μας ρώτησε»."),
     [("ρύθμιση θα ισχύσει από", "υπουργείο Ναυτιλίας"),
      ("κανείς δεν μας ρώτησε", "Ένωση Αλιέων Θερμαϊκού")]),
    # ---------------------------------------------------------------- Swedish
    ("r48-feature", "sv",
     P("I Björkvattnet har byns enda affär fått nya ägare: syskonen Elin och Viktor Sandström, "
       "som flyttade hem från Göteborg i våras.")
     + P("”Vi hade aldrig drivit en butik, men vi hade drivit en restaurang i tio år”, säger "
         "Elin Sandström. ”Det är samma sak, fast med mjölk.”")
     + P("Hennes bror ansvarar för leveranserna. ”Lastbilen kommer två gånger i veckan om "
         "vägen är farbar”, säger han.")
     + P("Den förra ägaren, Gunnel Åkerlund, 77, handlar fortfarande där varje morgon. ”De "
         "har ändrat allt utom kaffet”, konstaterar hon nöjt."),
     [("aldrig drivit en butik", "Elin Sandström"),
      ("samma sak, fast med mjölk", "Elin Sandström"),
      ("Lastbilen kommer två gånger", "Viktor Sandström"),
      ("ändrat allt utom kaffet", "Gunnel Åkerlund")]),
    ("r48-transcript", "sv",
     P("Förhöret i Solvikens tingsrätt fortsatte på torsdagen.")
     + P("Åklagare Lisa Bergqvist: ”Varför raderade du meddelandena?”")
     + P("Den tilltalade, Johan Nyqvist: ”Jag raderar alltid allt. Det är en vana.”"),
     [("Varför raderade du meddelandena", "Lisa Bergqvist"),
      ("Jag raderar alltid allt", "Johan Nyqvist")]),
    # ---------------------------------------------------------------- Norwegian
    ("r48-feature", "nb",
     P("Fyrvokter Ingrid Haugland-Berg har bodd på Skarvøy fyr i 31 år. Nå skal fyret "
       "automatiseres.")
     + P("«Jeg har sett stormer som løftet taket av uthuset», sier hun. «Men jeg har aldri "
         "følt meg ensom her ute.»")
     + P("Mannen hennes, Knut Berg, er mer praktisk anlagt: «Vi må finne et sted å bo før "
         "jul. Resten får vente.»")
     + P("Direktør Sindre Aalvik i Nordkyst Fyrforvaltning sier at fyret «skal bevares som "
         "kulturminne». Ifølge Aalvik kan Haugland-Berg bli boende som «vertskap for "
         "besøkende»."),
     [("løftet taket av uthuset", "Ingrid Haugland-Berg"),
      ("aldri følt meg ensom", "Ingrid Haugland-Berg"),
      ("finne et sted å bo", "Knut Berg"),
      ("bevares som kulturminne", "Sindre Aalvik")]),
    ("r48-none", "nb",
     P("Boken «Lyset som ble igjen» kommer ut i høst. På døra til fyrhuset henger fortsatt et "
       "skilt: «Uvedkommende adgang forbudt».")
     + P("«Det blir tomt uten henne», sa en fisker på kaia."),
     [("Lyset som ble igjen", None),
      ("Uvedkommende adgang forbudt", None),
      ("blir tomt uten henne", None)]),
    # ---------------------------------------------------------------- Danish
    ("r48-feature", "da",
     P("På Sønderø-færgen Tøsen II har kaptajn Henrik Møller-Lund sejlet sin sidste tur. Han "
       "går på pension efter 38 år.")
     + P("”Jeg har sejlet over 60.000 gange frem og tilbage”, siger han. ”Hver eneste tur "
         "har været forskellig.”")
     + P("Styrmand Camilla Juhl overtager roret. ”Henrik har lært mig alt, også hvornår man "
         "skal holde mund”, siger hun.")
     + P("Rederiets direktør, Poul Kjærsgaard, kalder afskeden ”et stykke ø-historie”."),
     [("sejlet over 60.000 gange", "Henrik Møller-Lund"),
      ("Hver eneste tur har", "Henrik Møller-Lund"),
      ("hvornår man skal holde", "Camilla Juhl"),
      ("et stykke ø-historie", "Poul Kjærsgaard")]),
    ("r48-forum", "da",
     ('<div class="post"><p><b>havørn_82</b> skrev:</p><blockquote><p>Er der nogen der har '
     'prøvet den nye cykelsti langs fjorden?</p></blockquote><p>Ja, i søndags. Der står et '
     'skilt ved broen: ”Cyklister skal trække cyklen”.</p><p>— <b>ribe_rytter</b></p></div>'),
     [("prøvet den nye cykelsti", "havørn_82"),
      ("Cyklister skal trække cyklen", None)]),
    # ---------------------------------------------------------------- Finnish
    ("r48-feature", "fi",
     P("Kuusamon Pohjavaaran kylässä toimii yhä yksi Suomen viimeisistä kyläkouluista. "
       "Opettaja Aino Kivelä-Rautio opettaa samassa luokassa kaikkia kuutta vuosiluokkaa.")
     + P("”Isommat opettavat pienempiä, ja pienemmät kysyvät sellaista, mitä isommat eivät "
         "uskalla”, hän kertoo.")
     + P("Koulun keittäjä Pentti Huttunen on ollut talossa pidempään kuin kukaan muu. ”Olen "
         "syöttänyt tämän kylän kaksi sukupolvea”, Huttunen naurahtaa.")
     + P("Sivistysjohtaja Marjatta Koskisen mukaan kunnalla ei ole aikeita lakkauttaa koulua. "
         "”Niin kauan kuin oppilaita on, koulu pysyy”, Koskinen sanoo."),
     [("Isommat opettavat pienempiä", "Aino Kivelä-Rautio"),
      ("syöttänyt tämän kylän kaksi", "Pentti Huttunen"),
      ("kuin oppilaita on, koulu", "Marjatta Koskinen")]),
    ("r48-before", "fi",
     P("Onnettomuus tapahtui silminnäkijän mukaan ”erittäin liukkaissa olosuhteissa”. "
       "Komisario Jari Lehtosen mukaan kuljettaja ”ei ollut päihtynyt”.")
     + P("Tien kunnossapidosta vastaava Routatie Oy kertoi, että tie ”aurataan yöllä "
         "uudelleen”."),
     [("erittäin liukkaissa olosuhteissa", None),
      ("ei ollut päihtynyt", "Jari Lehtonen"),
      ("aurataan yöllä uudelleen", "Routatie Oy")]),
    # ---------------------------------------------------------------- Chinese
    ("r48-feature", "zh",
     P("在云岭县白沙村，62岁的茶农杨秀芬守着祖上传下来的三亩古茶园。")
     + P("“这些树比我爷爷的爷爷还老，”她说，“每年春天它们自己会发芽，我只是帮它们一把。”")
     + P("她的儿子李文涛大学毕业后回到村里，开了一家网店。“以前茶叶卖给收购商，一斤才几十块，”"
         "这位年轻人说，“现在直接卖给城里人，价格翻了好几倍。”")
     + P("县农业局副局长周建国表示，古茶树“是不可再生的资源”。对此，杨秀芬笑着说："
         "“我早就知道了。”"),
     [("比我爷爷的爷爷还老", "杨秀芬"),
      ("我只是帮它们一把", "杨秀芬"),
      ("一斤才几十块", "李文涛"),
      ("价格翻了好几倍", "李文涛"),
      ("是不可再生的资源", "周建国"),
      ("我早就知道了", "杨秀芬")]),
    ("r48-org", "zh",
     P("据新川市交通运输局通报，该路段“将于本月底恢复通车”。一名出租车司机抱怨说："
       "“绕路要多走二十分钟。”"),
     [("将于本月底恢复通车", "新川市交通运输局"),
      ("绕路要多走二十分钟", None)]),
    # ---------------------------------------------------------------- Japanese
    ("r48-feature", "ja",
     P("北浜町の商店街で80年続く銭湯「松の湯」が今月末で閉店する。三代目の店主、小川正吉さん（74）は"
       "番台に座りながら静かに語った。")
     + P("「燃料代が三倍になった。もう続けられない」")
     + P("常連客の森田節子さん（81）は、週に四回通ってきた。「ここでみんなの顔を見るのが楽しみだった。"
         "家の風呂は寂しいのよ」と話す。")
     + P("小川さんの長女、佐伯由美さんは店を継ぐことも考えたという。しかし「父に反対された。銭湯は私の代で"
         "終わりにすると決めていたようです」と振り返る。"),
     [("燃料代が三倍になった", "小川正吉"),
      ("家の風呂は寂しいのよ", "森田節子"),
      ("みんなの顔を見るのが", "森田節子"),
      ("私の代で終わりにする", "佐伯由美")]),
    ("r48-none", "ja",
     P("映画「海辺のパン屋」は来春公開される。店の入り口には「本日貸切」の札が掛かっていた。")
     + P("近所の住民は「寂しくなりますね」と話した。"),
     [("海辺のパン屋", None),
      ("寂しくなりますね", None)]),
    # ---------------------------------------------------------------- Korean
    ("r48-feature", "ko",
     P("전남 해람군의 마지막 염전을 지키는 박순자 씨(68)는 올해도 4월부터 소금을 걷는다.")
     + P("“햇볕하고 바람만 있으면 소금은 저절로 생겨요. 사람은 거들기만 하는 거죠.” 박 씨의 말이다.")
     + P("그의 아들 정우현 씨는 서울에서 회사를 그만두고 내려왔다. 정 씨는 “어머니 혼자 하시게 둘 수 "
         "없었다”며 “처음 1년은 매일 후회했다”고 털어놨다.")
     + P("해람군청은 보도자료를 통해 “전통 염전을 관광자원으로 육성하겠다”고 밝혔다."),
     [("소금은 저절로 생겨요", "박순자"),
      ("혼자 하시게 둘 수", "정우현"),
      ("처음 1년은 매일 후회했다", "정우현"),
      ("관광자원으로 육성하겠다", "해람군청")]),
    ("r48-interview", "ko",
     P("<b>― 첫 소설을 쓰게 된 계기는.</b>")
     + P("“할머니가 돌아가신 뒤 남긴 일기장을 발견했어요. 그걸 읽고 나서 쓰지 않을 수 없었죠.”")
     + P("소설가 한지민 씨는 지난달 첫 장편을 펴냈다. 인터뷰는 이혜원 기자가 진행했다."),
     [("남긴 일기장을 발견했어요", "한지민")]),
    # ---------------------------------------------------------------- Vietnamese
    ("r48-feature", "vi",
     P("Ở làng gốm Thanh Khê Hạ, nghệ nhân Nguyễn Văn Thạch, 79 tuổi, vẫn ngồi bên bàn xoay "
       "mỗi sáng.")
     + P("“Đất sét biết người thợ có vội hay không,” ông nói. “Vội là nó nứt ngay.”")
     + P("Cháu gái ông, Nguyễn Thị Lan Anh, mở lớp dạy làm gốm cho du khách. “Ông tôi không "
         "thích lắm, nhưng ông vẫn ra xem,” cô kể.")
     + P("Theo bà Trần Thu Hà, chủ tịch xã, làng hiện chỉ còn “khoảng mười hộ giữ nghề”."),
     [("Đất sét biết người thợ", "Nguyễn Văn Thạch"),
      ("Vội là nó nứt ngay", "Nguyễn Văn Thạch"),
      ("Ông tôi không thích lắm", "Nguyễn Thị Lan Anh"),
      ("khoảng mười hộ giữ nghề", "Trần Thu Hà")]),
    ("r48-after", "vi",
     P("“Chúng tôi sẽ bồi thường đầy đủ cho các hộ dân,” đại diện Công ty Thủy lợi Sông Mây "
       "cho biết. Một người dân khác nói: “Hứa thì năm nào cũng hứa.”"),
     [("bồi thường đầy đủ cho", "Công ty Thủy lợi Sông Mây"),
      ("năm nào cũng hứa", None)]),
    # ---------------------------------------------------------------- Indonesian
    ("r48-feature", "id",
     P("Di Desa Lembah Hijau, Kabupaten Sukamaju, Ibu Siti Rahmawati mengelola bank sampah "
       "yang kini melayani 300 keluarga.")
     + P("“Awalnya orang menertawakan saya. Katanya, siapa mau menabung sampah?” ujarnya.")
     + P("Kepala desa, Bambang Sutrisno, mengakui ia sempat ragu. “Saya kira ini hanya "
         "semangat sesaat,” kata Bambang. “Ternyata saya salah.”")
     + P("Salah satu nasabah, Dewi Lestari Putri, kini membayar uang sekolah anaknya dari "
         "tabungan itu. “Lumayan, tiap bulan bisa dapat seratus ribu,” katanya."),
     [("orang menertawakan saya", "Siti Rahmawati"),
      ("siapa mau menabung sampah", "Siti Rahmawati"),
      ("hanya semangat sesaat", "Bambang Sutrisno"),
      ("Ternyata saya salah", "Bambang Sutrisno"),
      ("tiap bulan bisa dapat", "Dewi Lestari Putri")]),
    ("r48-press", "id",
     P("JAKARTA – PT Nusa Surya Energi hari ini meresmikan pembangkit listrik tenaga surya "
       "terapung pertamanya.")
     + P("“Ini langkah awal menuju seratus persen energi bersih,” kata Direktur Utama PT Nusa "
         "Surya Energi, Hendra Wijayakusuma.")
     + P("Tentang PT Nusa Surya Energi: perusahaan ini didirikan pada 2015 dengan semboyan "
         "“Terang dari air”."),
     [("langkah awal menuju seratus", "Hendra Wijayakusuma"),
      ("Terang dari air", None)]),
    # ---------------------------------------------------------------- Hindi
    ("r48-feature", "hi",
     P("राजपुरा गाँव की सुनीता देवी ने दस साल पहले अपने घर के आँगन में लड़कियों के लिए पुस्तकालय शुरू "
       "किया था।")
     + P("“तब गाँव में एक भी लड़की दसवीं पास नहीं थी,” वह बताती हैं। “आज बारह लड़कियाँ कॉलेज जाती "
         "हैं।”")
     + P("उनकी बेटी प्रिया वर्मा अब शहर में शिक्षिका हैं। “माँ ने किताबें उधार माँग-माँगकर इकट्ठा की "
         "थीं,” वह याद करती हैं।")
     + P("ज़िला शिक्षा अधिकारी रमेश चंद्र त्रिपाठी के अनुसार, यह पुस्तकालय “पूरे ज़िले के लिए मिसाल” "
         "है।"),
     [("एक भी लड़की दसवीं", "सुनीता देवी"),
      ("बारह लड़कियाँ कॉलेज जाती", "सुनीता देवी"),
      ("किताबें उधार माँग-माँगकर इकट्ठा", "प्रिया वर्मा"),
      ("पूरे ज़िले के लिए मिसाल", "रमेश चंद्र त्रिपाठी")]),
    ("r48-none", "hi",
     P("फ़िल्म “धूप का किनारा” अगले महीने रिलीज़ होगी। सिनेमाघर के बाहर लगे बोर्ड पर लिखा है: “टिकट "
       "केवल काउंटर पर मिलेंगे”।"),
     [("धूप का किनारा", None),
      ("केवल काउंटर पर मिलेंगे", None)]),
    # ---------------------------------------------------------------- Arabic
    ("r48-feature", "ar",
     P("في قرية عين الصفصاف، يدير الحاج محمود الزعبي آخر معصرة زيتون حجرية في المنطقة منذ "
       "خمسين عاماً.")
     + P("«الحجر يعصر ببطء، لكن الزيت يخرج أطيب»، يقول الرجل السبعيني. «الآلات الحديثة "
         "سريعة، لكنها لا تعرف الصبر».")
     + P("ابنته ريم الزعبي، وهي مهندسة زراعية، تريد تحديث المعصرة دون هدمها. وتقول: «أبي "
         "يخاف أن نفقد روح المكان، وأنا أفهمه».")
     + P("أما رئيس البلدية سامر حداد فأكد أن المعصرة «ستُدرج ضمن المسار السياحي للمنطقة»."),
     [("الحجر يعصر ببطء", "محمود الزعبي"),
      ("لكنها لا تعرف الصبر", "محمود الزعبي"),
      ("يخاف أن نفقد روح", "ريم الزعبي"),
      ("ضمن المسار السياحي", "سامر حداد")]),
    ("r48-script", "ar",
     P("قالت الباحثة الهولندية Femke Dijkstra إن النتائج «تفاجئ حتى المتخصصين». وأضافت "
       "زميلتها ليلى منصور أن الفريق «سيعود إلى الموقع في الربيع المقبل»."),
     [("تفاجئ حتى المتخصصين", "Femke Dijkstra"),
      ("سيعود إلى الموقع في", "ليلى منصور")]),
    ("r48-org", "ar",
     P("وقالت وزارة الموارد المائية في بيان إن «منسوب السد لا يدعو إلى القلق». غير أن "
       "أحد المزارعين قال: «لم نرَ ماءً في القناة منذ شهرين»."),
     [("منسوب السد لا يدعو", "وزارة الموارد المائية"),
      ("لم نرَ ماءً في", None)]),
    # ---------------------------------------------------------------- Hebrew
    ("r48-feature", "he",
     P("בקיבוץ עין ארבל נפתחה השבוע מחדש המאפייה הישנה, שנסגרה לפני עשרים שנה. את המקום "
       "מפעילה נועה ברקוביץ, בת הקיבוץ.")
     + P("”גדלתי על הריח של הלחם הזה”, היא מספרת. ”כשהמאפייה נסגרה, הרגשתי שמשהו נלקח "
         "מאיתנו”.")
     + P("האופה הוותיק יוסף אלמוג, בן 83, הגיע לעזור בשבוע הראשון. ”הם לשים מהר מדי”, "
         "הוא צוחק. ”אבל הם ילמדו”.")
     + P("מזכיר הקיבוץ, עמית שגיא, אמר כי המאפייה ”תספק לחם לכל חדר האוכל עד סוף השנה”."),
     [("גדלתי על הריח של", "נועה ברקוביץ"),
      ("הרגשתי שמשהו נלקח", "נועה ברקוביץ"),
      ("הם לשים מהר מדי", "יוסף אלמוג"),
      ("תספק לחם לכל חדר", "עמית שגיא")]),
    ("r48-transcript", "he",
     P("בדיון בבית משפט השלום בגבעת אלון נחקרה העדה המרכזית.")
     + P("השופטת מיכל רוזנטל: ”האם ראית את הנאשם באותו ערב?”")
     + P("העדה השיבה: ”ראיתי אותו מרחוק, ליד החנייה”."),
     [("ראית את הנאשם באותו", "מיכל רוזנטל"),
      ("ראיתי אותו מרחוק", None)]),
    # ---------------------------------------------------------------- Persian
    ("r48-feature", "fa",
     P("در روستای چشمه‌سار، رحیم کریمی‌نژاد، ۷۰ ساله، آخرین قنات‌کن منطقه است.")
     + P("«قنات مثل رگ زمین است؛ اگر بسته شود، ده می‌میرد»، او می‌گوید. «من این کار را از پدرم "
         "یاد گرفتم.»")
     + P("پسرش، امید کریمی‌نژاد، مهندس آب است و در تهران کار می‌کند. او می‌گوید: «پدرم با "
         "چراغ نفتی کاری را می‌کند که ما با دستگاه نمی‌توانیم.»")
     + P("به گفته فرماندار شهرستان، مهدی صالحی، بازسازی قنات‌ها «اولویت اول امسال» است."),
     [("قنات مثل رگ زمین", "رحیم کریمی‌نژاد"),
      ("این کار را از پدرم", "رحیم کریمی‌نژاد"),
      ("با چراغ نفتی کاری", "امید کریمی‌نژاد"),
      ("اولویت اول امسال", "مهدی صالحی")]),
    ("r48-none", "fa",
     P("کتاب «در باغ‌های بی‌دیوار» هفته گذشته منتشر شد. بر سر در کتابخانه نوشته‌اند: «سکوت را "
       "رعایت کنید».")
     + P("یکی از مراجعان گفت: «اینجا تنها جای آرام شهر است.»"),
     [("در باغ‌های بی‌دیوار", None),
      ("سکوت را رعایت کنید", None),
      ("تنها جای آرام شهر", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r48-feature", "tr",
     P("Karadere köyünde 45 yıldır bakırcılık yapan Hüseyin Aksoy, dükkânını bu yaz oğluna "
       "devrediyor.")
     + P("“Bakır sabır ister, ateş ister, bir de kulak ister,” diyor usta. “Çekicin sesinden "
         "anlarsın işin bitip bitmediğini.”")
     + P("Oğlu Emre Aksoy ise işi internete taşımak istiyor. “Babam telefonla satış yapmayı "
         "hâlâ garip buluyor,” diye gülüyor genç zanaatkâr.")
     + P("Belediye Başkanı Zeynep Kuru’ya göre çarşı “yeniden canlanmaya başladı”."),
     [("Bakır sabır ister, ateş", "Hüseyin Aksoy"),
      ("Çekicin sesinden anlarsın", "Hüseyin Aksoy"),
      ("telefonla satış yapmayı", "Emre Aksoy"),
      ("yeniden canlanmaya başladı", "Zeynep Kuru")]),
    ("r48-forum", "tr",
     ('<div class="post"><p><b>kirpi_kafa</b> yazdı:</p><blockquote><p>Bu modemin ışığı sürekli '
     'turuncu yanıyor, normal mi?</p></blockquote><p>Bende de öyleydi. Ekranda “Bağlantı '
     'zaman aşımına uğradı” yazıyorsa kabloyu değiştir.</p><p>— <b>ayvalik_35</b></p></div>'),
     [("ışığı sürekli turuncu yanıyor", "kirpi_kafa"),
      ("zaman aşımına uğradı", None)]),
    # ---------------------------------------------------------------- more shapes
    ("r48-listing", "en",
     "<h2>Five minutes with: Dorota Welsh, beekeeper</h2>"
     + P("“If you are afraid of bees, the bees will know before you do.”")
     + "<h2>Five minutes with: Rafe Collier, lock-keeper</h2>"
     + P("“The canal has its own clock, and it is always slow.”"),
     [("afraid of bees, the", "Dorota Welsh"),
      ("canal has its own clock", "Rafe Collier")]),
    ("r48-subject", "en",
     P("“Jonah Pell was the best apprentice I ever trained,” said Mabel Dunstan, who ran the "
       "forge in Harrowby for forty years.")
     + P("Asked by Councillor Irene Shaw whether the forge could reopen, Dunstan replied: “Not "
         "without someone like him.”"),
     [("best apprentice I ever", "Mabel Dunstan"),
      ("without someone like him", "Mabel Dunstan")]),
    ("r48-caption", "en",
     P("Pictured: volunteers Owen Blake and Carys Penhale clearing the towpath on Sunday.")
     + P("“Bins are emptied on Mondays only,” a notice on the lock gate says. The canal trust "
         "says more volunteers are needed."),
     [("Bins are emptied on", None)]),
    ("r48-written", "en",
     P("In a letter to the bishop dated 1846, the curate Josiah Wren described the parish as "
       "“a place of more sheep than souls”. The bishop, Ambrose Tull, wrote back within a week: "
       "“Then shepherd them both.”"),
     [("more sheep than souls", "Josiah Wren"),
      ("Then shepherd them both", "Ambrose Tull")]),
    ("r48-single", "en",
     P("The rapper Kestrel, who grew up two streets from the venue, opened the show with an "
       "unreleased track. “This is the first stage I ever stood on,” Kestrel told the crowd.")
     + P("Fans had queued since dawn. “We’ve been here since five,” said one, wrapped in a "
         "sleeping bag."),
     [("first stage I ever", "Kestrel"),
      ("been here since five", None)]),
    ("r48-sport", "de",
     P("Trainer Uwe Scharnagl war nach dem 0:2 in Lindhafen bedient. „Wir haben heute keinen "
       "einzigen Zweikampf gewonnen“, sagte der 52-Jährige.")
     + P("Kapitän Leon Brandt sah es ähnlich. „Das war nicht Bundesliga, das war "
         "Kreisklasse“, sagte Brandt. Torwart Kerem Aydın ergänzte: „Mir fehlen die Worte.“"),
     [("keinen einzigen Zweikampf gewonnen", "Uwe Scharnagl"),
      ("das war Kreisklasse", "Leon Brandt"),
      ("Mir fehlen die Worte", "Kerem Aydın")]),
    ("r48-subject", "de",
     P("„Frau Lindqvist hat sich nichts vorzuwerfen“, sagte ihr Anwalt Dr. Henning Salz nach "
       "der Verhandlung. Die Staatsanwaltschaft Grünau kündigte an, „die Urteilsbegründung "
       "genau zu prüfen“."),
     [("hat sich nichts vorzuwerfen", "Henning Salz"),
      ("Urteilsbegründung genau zu prüfen", "Staatsanwaltschaft Grünau")]),
    ("r48-docs", "de",
     P("Erscheint beim Start die Meldung „Lizenzdatei nicht gefunden“, prüfen Sie den Pfad in "
       "den Einstellungen. Im Handbuch heißt es dazu: „Der Pfad darf keine Leerzeichen "
       "enthalten.“"),
     [("Lizenzdatei nicht gefunden", None),
      ("darf keine Leerzeichen enthalten", None)]),
    ("r48-press", "fr",
     P("LYON, le 3 mars – La société Brisevent inaugure aujourd’hui son premier parc éolien "
       "citoyen.")
     + P("« Ce parc appartient d’abord aux habitants qui l’ont financé », a déclaré Claire "
         "Delorme-Vasseur, présidente de Brisevent.")
     + P("À propos de Brisevent : fondée en 2016, Brisevent développe des projets d’énergie "
         "renouvelable avec les collectivités."),
     [("appartient d’abord aux habitants", "Claire Delorme-Vasseur")]),
    ("r48-midquote", "fr",
     P("« Nous avons tout essayé, reconnaît le capitaine des pompiers, Hervé Lagarde, mais le "
       "vent tournait toutes les dix minutes. »"),
     [("Nous avons tout essayé", "Hervé Lagarde"),
      ("tournait toutes les dix", "Hervé Lagarde")]),
    ("r48-testimonial", "fr",
     P("Ils ont testé nos ateliers de cuisine :")
     + "<blockquote><p>« J’ai enfin réussi une pâte feuilletée, à 63 ans ! »</p><p>— Maria K., "
       "Lyon</p></blockquote>",
     [("enfin réussi une pâte", "Maria K.")]),
    ("r48-subject", "es",
     P("«Lucía Beltrán nunca firmó ese contrato», aseguró su abogado, Ramiro Escudero, a la "
       "salida de los juzgados de Valdeolmos.")
     + P("Preguntado por Esther Lomas, de la acusación particular, si tenía pruebas, "
         "Escudero respondió: «Las tendrá el juez el lunes»."),
     [("nunca firmó ese contrato", "Ramiro Escudero"),
      ("Las tendrá el juez", "Ramiro Escudero")]),
    ("r48-single", "es",
     P("«Aquí empezó todo», dijo Chispa tras marcar el tercer gol en el estadio de su barrio. "
       "El delantero, que solo usa su apodo desde juvenil, dedicó el tanto a su madre.")
     + P("Su entrenador, Ignacio Vela, fue más sobrio: «Ha hecho lo que tenía que hacer»."),
     [("Aquí empezó todo", "Chispa"),
      ("lo que tenía que", "Ignacio Vela")]),
    ("r48-opening", "it",
     P("«Non avevo mai visto l’acqua arrivare così in alto. In quarant’anni, mai.» A parlare è "
       "Rosaria Bentivoglio, titolare della merceria di via Roma. Il negozio è rimasto chiuso "
       "per dieci giorni.")
     + P("Il sindaco Paolo Scarano ha chiesto lo stato di calamità: «Servono risposte, non "
         "sopralluoghi»."),
     [("mai visto l’acqua arrivare", "Rosaria Bentivoglio"),
      ("Servono risposte, non sopralluoghi", "Paolo Scarano")]),
    ("r48-forum", "it",
     ('<div class="post"><p>Citazione di <b>gattoblu_73</b>:</p><blockquote><p>Qualcuno ha '
     'provato il nuovo firmware della caldaia?</p></blockquote><p>Sì, e adesso il display '
     'mostra “Errore E07 sensore fumi”. Il tecnico mi ha detto “capita spesso”.</p><p>— '
     '<b>ferro_vecchio</b></p></div>'),
     [("provato il nuovo firmware", "gattoblu_73"),
      ("Errore E07 sensore fumi", None)]),
    ("r48-subject", "pt",
     P("“O Marcos não tinha culpa nenhuma”, disse a irmã, Juliana Prates, ao sair do fórum de "
       "Campo Alegre. O advogado da família, Otávio Reis, afirmou que vai recorrer: “Vamos até "
       "o fim”."),
     [("não tinha culpa nenhuma", "Juliana Prates"),
      ("Vamos até o fim", "Otávio Reis")]),
    ("r48-vox", "pt",
     P("Perguntámos a quem passava na praça o que acha das novas ciclovias.")
     + "<ul><li>“Finalmente posso ir de bicicleta para o trabalho.” — Inês Carvalho, 29</li>"
       "<li>“Tiraram-me o lugar de estacionamento à porta.” — Alberto Sousa, comerciante</li>"
       "</ul>",
     [("ir de bicicleta para", "Inês Carvalho"),
      ("lugar de estacionamento à", "Alberto Sousa")]),
    ("r48-subject", "nl",
     P("‘Sanne Mulder heeft dit bedrijf groot gemaakt,’ zei oprichter Gerrit Wolters bij het "
       "afscheid van zijn directeur. ‘Zonder haar waren we nooit in Duitsland begonnen.’"),
     [("heeft dit bedrijf groot", "Gerrit Wolters"),
      ("nooit in Duitsland begonnen", "Gerrit Wolters")]),
    ("r48-testimonial", "nl",
     P("Wat klanten zeggen over onze verhuisservice:")
     + "<blockquote><p>‘Binnen vier uur stond alles in het nieuwe huis, zonder één kras.’</p>"
       "<p>— Femke en Joris, Zwolle</p></blockquote>",
     [("Binnen vier uur stond", "Femke en Joris")]),
    ("r48-script", "pl",
     P("„To było najtrudniejsze podejście w mojej karierze” – powiedziała po zejściu ze "
       "szczytu Brytyjka Harriet Olsen. Jej partnerka liny, Magda Zielonka, dodała: „Ostatnie "
       "sto metrów szłyśmy po ciemku”."),
     [("najtrudniejsze podejście w mojej", "Harriet Olsen"),
      ("Ostatnie sto metrów szłyśmy", "Magda Zielonka")]),
    ("r48-before", "pl",
     P("Jak powiedziała nam dyrektorka szkoły Barbara Lis, „uczniowie wrócą do budynku po "
       "feriach”. W opinii rodziców to „zbyt późno”. Zdaniem Tomasza Grabowskiego z rady "
       "rodziców „nikt nie pytał nas o zdanie”."),
     [("uczniowie wrócą do budynku", "Barbara Lis"),
      ("nikt nie pytał nas", "Tomasz Grabowski")]),
    ("r48-script", "ru",
     P("«Россия — это страна, где я впервые увидела настоящую зиму», — говорит французская "
       "художница Céline Marchetti. Её выставка открылась в Калининске в пятницу.")
     + P("Куратор выставки Олег Веденеев считает, что работы Маркетти «лучше всего смотреть "
         "в тишине»."),
     [("впервые увидела настоящую зиму", "Céline Marchetti"),
      ("лучше всего смотреть в", "Олег Веденеев")]),
    ("r48-transcript", "ru",
     P("Судья Елена Воронцова: «Подсудимый, вы признаёте свою вину?»")
     + P("Подсудимый Артём Лыков: «Частично, ваша честь».")
     + P("Прокурор попросила для него три года условно."),
     [("вы признаёте свою вину", "Елена Воронцова"),
      ("Частично, ваша честь", "Артём Лыков")]),
    ("r48-mixed", "cs",
     P("Ministr zemědělství Pavel Hrubec označil sucho za „největší hrozbu pro české "
       "zemědělce“, zatímco předsedkyně Asociace malých farem Lenka Vávrová mluvila o „deseti "
       "letech zbytečných slibů“."),
     [("největší hrozbu pro české", "Pavel Hrubec"),
      ("deseti letech zbytečných slibů", "Lenka Vávrová")]),
    ("r48-press", "cs",
     P("BRNO – Společnost Lesní stezky s.r.o. dnes otevřela novou naučnou stezku v Moravském "
       "krasu.")
     + P("„Chceme, aby lidé les nejen viděli, ale i slyšeli,“ uvedl jednatel společnosti Ondřej "
         "Pokorný."),
     [("les nejen viděli, ale", "Ondřej Pokorný")]),
    ("r48-honorific", "ja",
     P("記者会見で、港南電機の田中浩一社長は「来期中に国内工場を二つ増やす」と述べた。")
     + P("同席した技術担当の吉村綾子氏は「新素材の量産はまだ課題が多い」と慎重な見方を示した。"),
     [("国内工場を二つ増やす", "田中浩一"),
      ("新素材の量産はまだ", "吉村綾子")]),
    ("r48-interview", "ja",
     P("<b>――なぜ今、農業を始めたのですか。</b>")
     + P("「会社員を二十年やって、土に触りたくなったんです」")
     + P("<b>――ご家族の反応は。</b>")
     + P("「妻は最初、冗談だと思っていました」")
     + P("（聞き手・中村 聡）山梨県で桃農家に転身した元銀行員、石井健太郎さん（48）に話を聞いた。"),
     [("土に触りたくなったんです", "石井健太郎"),
      ("冗談だと思っていました", "石井健太郎")]),
    ("r48-honorific", "zh",
     P("台南的老鞋匠陈国栋先生今年八十岁。“一双好鞋，要穿十年，”陈先生说，“现在的人穿一年就丢。”")
     + P("他的徒弟林佳慧女士则认为：“手工鞋不是怀旧，是一门生意。”"),
     [("一双好鞋，要穿十年", "陈国栋"),
      ("穿一年就丢", "陈国栋"),
      ("手工鞋不是怀旧", "林佳慧")]),
    ("r48-forum", "zh",
     ('<div class="post"><p>引用 <b>山中小鹿</b> 的发言：</p><blockquote><p>有人去过新开的'
     '湖边露营地吗？晚上冷不冷？</p></blockquote><p>上周去了，门口牌子写着“禁止明火”，晚上零下两度。'
     '</p><p>—— <b>背包老王</b></p></div>'),
     [("新开的湖边露营地", "山中小鹿"),
      ("禁止明火", None)]),
    ("r48-honorific", "ko",
     P("김도윤 한빛대 교수는 “이번 발견은 교과서를 다시 써야 할 수준”이라고 말했다. 공동 연구자인 "
       "미국 출신의 Rachel Tomsen 박사는 “한국 연구진의 끈기가 만든 결과”라고 평가했다."),
     [("교과서를 다시 써야 할", "김도윤"),
      ("한국 연구진의 끈기가", "Rachel Tomsen")]),
    ("r48-vox", "ko",
     P("시민들에게 버스 요금 인상에 대해 물었다.")
     + "<ul><li>“한 달에 만 원 넘게 더 들어요.” — 직장인 오세훈(34) 씨</li>"
       "<li>“어르신들은 어떡하라는 건지 모르겠어요.” — 한 70대 시민</li></ul>",
     [("만 원 넘게 더", "오세훈"),
      ("어르신들은 어떡하라는 건지", None)]),
    ("r48-opening", "vi",
     P("“Tôi chưa bao giờ thấy nước lên nhanh như vậy. Chỉ trong một giờ, cả sân đã ngập.” "
       "Đó là lời kể của ông Lê Văn Hùng, trưởng thôn Bến Đá. Gia đình ông phải lên mái nhà "
       "chờ cứu hộ.")
     + P("Ban Chỉ huy phòng chống thiên tai tỉnh cho biết sẽ “hỗ trợ khẩn cấp cho các hộ bị "
         "ngập”."),
     [("chưa bao giờ thấy nước", "Lê Văn Hùng"),
      ("cả sân đã ngập", "Lê Văn Hùng"),
      ("hỗ trợ khẩn cấp cho", "Ban Chỉ huy phòng chống thiên tai tỉnh")]),
    ("r48-testimonial", "id",
     P("Apa kata pelanggan kami:")
     + "<blockquote><p>“Pengirimannya cepat, kemasannya rapi, dan kopinya harum sekali.”</p>"
       "<p>— Rina A., Bandung</p></blockquote>"
     + "<blockquote><p>“Sayang ukuran 1 kg sering habis.”</p><p>— Yusuf</p></blockquote>",
     [("kemasannya rapi, dan kopinya", "Rina A."),
      ("ukuran 1 kg sering", "Yusuf")]),
    ("r48-mixed", "hi",
     P("मुख्यमंत्री कार्यालय ने कहा कि बाढ़ राहत “हर प्रभावित परिवार तक पहुँचेगी”, जबकि विपक्ष के नेता "
       "अजय सिंह राठौर ने इसे “काग़ज़ी घोषणा” बताया। एक ग्रामीण महिला ने कहा, “हमें अब तक एक बोरी "
       "आटा भी नहीं मिला।”"),
     [("हर प्रभावित परिवार तक", "मुख्यमंत्री कार्यालय"),
      ("हमें अब तक एक", None)]),
    ("r48-after", "he",
     P("”לא נוותר על אף תלמיד”, אמרה מנהלת בית הספר, ד״ר אורית שמעוני. לדבריה, התוכנית "
       "החדשה ”תתחיל כבר בספטמבר”."),
     [("לא נוותר על אף", "אורית שמעוני"),
      ("תתחיל כבר בספטמבר", "אורית שמעוני")]),
    ("r48-subject", "tr",
     P("“Murat Bey bu işte tamamen masumdur,” dedi avukatı Selin Yurdakul duruşma çıkışında. "
       "Yeşilova Cumhuriyet Başsavcılığı ise “delillerin yeniden incelenmesini” talep "
       "etti."),
     [("bu işte tamamen masumdur", "Selin Yurdakul"),
      ("delillerin yeniden incelenmesini", "Yeşilova Cumhuriyet Başsavcılığı")]),
    ("r48-press", "tr",
     P("İZMİR – Ege Yeşil Tarım A.Ş., organik zeytinyağı ihracatını iki katına çıkardığını "
       "açıkladı.")
     + P("“Hedefimiz Avrupa’nın her marketinde olmak,” dedi şirketin genel müdürü Levent "
         "Karaca.")
     + P("Ege Yeşil Tarım hakkında: Şirket 2009 yılında kuruldu."),
     [("Avrupa’nın her marketinde olmak", "Levent Karaca")]),
    ("r48-before", "ro",
     P("Potrivit purtătorului de cuvânt al Poliției Locale Dealu Mare, Cristian Dobre, "
       "„traficul va fi deviat până duminică”. În opinia lui Mihai Tudose-Rusu, proprietarul "
       "unei cofetării de pe strada închisă, „nimeni nu s-a gândit la comercianți”."),
     [("traficul va fi deviat", "Cristian Dobre"),
      ("nimeni nu s-a gândit", "Mihai Tudose-Rusu")]),
    ("r48-transcript", "hu",
     P("A Szegvári Törvényszéken csütörtökön a vádlott is megszólalt.")
     + P("Bíró Fekete Zsuzsanna: „Miért nem hívta a mentőket?”")
     + P("A vádlott, Horváth Bence: „Azt hittem, magától felkel.”"),
     [("Miért nem hívta a", "Fekete Zsuzsanna"),
      ("Azt hittem, magától felkel", "Horváth Bence")]),
    ("r48-script", "el",
     P("«Η Ελλάδα μου έμαθε να τρώω αργά», λέει ο Ιταλός σεφ Matteo Rinaldi, που άνοιξε "
       "εστιατόριο στη Σύρο. Η συνεργάτιδά του, Κατερίνα Βλάχου, προσθέτει ότι το μενού "
       "«αλλάζει κάθε εβδομάδα»."),
     [("μου έμαθε να τρώω", "Matteo Rinaldi"),
      ("αλλάζει κάθε εβδομάδα", "Κατερίνα Βλάχου")]),
    ("r48-none", "el",
     P("Η ταινία «Το τελευταίο λιμάνι» προβάλλεται από την Πέμπτη. Στην είσοδο του κινηματογράφου "
       "μια πινακίδα γράφει «Απαγορεύεται το κάπνισμα»."),
     [("Το τελευταίο λιμάνι", None),
      ("Απαγορεύεται το κάπνισμα", None)]),
    ("r48-after", "sv",
     P("”Vi kommer att se över alla rutiner”, skriver Region Norrbyns presstjänst i ett mejl. "
       "Verksamhetschefen Anders Lövgren säger att händelsen ”aldrig borde ha kunnat "
       "hända”."),
     [("se över alla rutiner", "Region Norrbyn"),
      ("aldrig borde ha kunnat", "Anders Lövgren")]),
    ("r48-mixed", "da",
     P("Borgmester Lone Vestergaard kalder planen ”realistisk og nødvendig”, mens "
       "oppositionens Rasmus Holck mener, at den er ”skrevet på en serviet”."),
     [("realistisk og nødvendig", "Lone Vestergaard"),
      ("skrevet på en serviet", "Rasmus Holck")]),
    ("r48-transcript", "fi",
     P("Käräjäoikeudessa kuultiin tiistaina todistajaa.")
     + P("Puheenjohtaja Tuula Heinonen: ”Näittekö, kuka ajoi autoa?”")
     + P("Todistaja vastasi: ”En nähnyt kasvoja, vain takin.”"),
     [("kuka ajoi autoa", "Tuula Heinonen"),
      ("En nähnyt kasvoja, vain", None)]),
    ("r48-mixed", "nb",
     P("Ordfører Hilde Rygg kaller vedtaket «en seier for hele bygda», mens Per Ove Strand i "
       "Bondelaget lokalt mener det er «et slag i ansiktet»."),
     [("seier for hele bygda", "Hilde Rygg"),
      ("et slag i ansiktet", "Per Ove Strand")]),
    ("r48-subject", "ar",
     P("«كان أحمد بريئاً من كل ما نُسب إليه»، قال محاميه طارق السيد للصحفيين أمام المحكمة. "
       "وأضافت والدته، سعاد النجار: «ابني لم يحمل سلاحاً في حياته»."),
     [("بريئاً من كل ما", "طارق السيد"),
      ("لم يحمل سلاحاً في", "سعاد النجار")]),
    ("r48-after", "fa",
     P("«هیچ برنامه‌ای برای افزایش قیمت نداریم»، سخنگوی شرکت آب منطقه‌ای البرز شمالی، "
       "نسرین احمدی، روز دوشنبه گفت."),
     [("برای افزایش قیمت نداریم", "نسرین احمدی")]),
    ("r48-headline", "id",
     "<h2>Rudy Hartono Saputra: “Kami Tidak Akan Menyerah”</h2>"
     + P("Ketua kelompok nelayan Teluk Sari itu menolak rencana reklamasi. “Laut ini tempat "
         "kami mencari makan sejak kakek buyut,” katanya."),
     [("tempat kami mencari makan", "Rudy Hartono Saputra")]),
    # ---------------------------------------------------------------- more long features
    ("r48-feature", "it",
     P("Nel reparto di pediatria dell’ospedale di Valmarena, due clown in camice entrano ogni "
       "giovedì alle dieci: Giorgio Baldassarri, ex commercialista, e Chiara Loiacono, "
       "infermiera in pensione.")
     + P("Il primo ha cominciato dopo la malattia del figlio. «Ho visto cosa fa una risata in "
         "una stanza dove nessuno ride», dice. La seconda è più pratica: «Un naso rosso non "
         "cura niente, ma fa passare l’ora del prelievo».")
     + P("Il primario, Franco Aiello, all’inizio era scettico. Gli chiediamo se ha cambiato "
         "idea. «Completamente. I bambini chiedono meno sedativi il giovedì. L’ho verificato "
         "sulle cartelle.»")
     + P("Anche i genitori se ne accorgono. Valentina Russo, madre di un bambino ricoverato da "
         "un mese, li aspetta sulla porta. «Mio figlio conta i giorni fino al giovedì», "
         "racconta.")
     + P("Baldassarri sorride quando glielo riferiamo. «Allora», dice, «il lavoro è fatto.»"),
     [("cosa fa una risata", "Giorgio Baldassarri"),
      ("naso rosso non cura", "Chiara Loiacono"),
      ("ora del prelievo", "Chiara Loiacono"),
      ("chiedono meno sedativi il", "Franco Aiello"),
      ("verificato sulle cartelle", "Franco Aiello"),
      ("conta i giorni fino", "Valentina Russo"),
      ("il lavoro è fatto", "Giorgio Baldassarri")]),
    ("r48-feature", "ru",
     P("Поисковый отряд «Северный след» за пять лет нашёл в тайге больше двухсот человек. "
       "Руководит им бывший пожарный Денис Колыванов.")
     + P("«Самое страшное — не ночь и не медведи, — говорит он. — Самое страшное — когда "
         "родные звонят каждые десять минут, а сказать им нечего».")
     + P("Его жена Ольга работает в отряде координатором. Мы спросили её, не тяжело ли жить с "
         "человеком, который уходит в лес по первому звонку. «Тяжело. Но я знала, за кого "
         "выхожу».")
     + P("Прошлой осенью отряд нашёл восьмилетнего Мишу Горелова. Его отец, Сергей Горелов, "
         "до сих пор пишет поисковикам. «Я каждое утро благодарю этих людей», — сказал он "
         "нам по телефону.")
     + P("Сам Колыванов от благодарностей отмахивается: «Мы просто не умеем иначе»."),
     [("не ночь и не медведи", "Денис Колыванов"),
      ("а сказать им нечего", "Денис Колыванов"),
      ("я знала, за кого", "Ольга"),
      ("каждое утро благодарю этих", "Сергей Горелов"),
      ("просто не умеем иначе", "Денис Колыванов")]),
    ("r48-feature", "sv",
     P("Kerstin Ahlgren var 19 år när hon började som telefonist i Norrvik 1962. Nu har hon "
       "skrivit ner sina minnen för hembygdsföreningen.")
     + P("”Vi kopplade samtal för hela socknen. Man visste vem som ringde doktorn och vem "
         "som ringde banken.")
     + P("”Det var en tystnadsplikt som ingen hade skrivit ner, men alla höll.”")
     + P("Föreningens ordförande, Stig Palmqvist, har läst texten flera gånger. ”Det är den "
         "bästa beskrivningen av byn jag har läst”, säger han. Hans fru, Britt Palmqvist, "
         "var en av Kerstins kolleger. ”Hon var snabbast av oss alla”, minns hon.")
     + P("Själv viftar Ahlgren bort berömmet. ”Jag hade bara bra fingrar.”"),
     [("kopplade samtal för hela", "Kerstin Ahlgren"),
      ("tystnadsplikt som ingen hade", "Kerstin Ahlgren"),
      ("bästa beskrivningen av byn", "Stig Palmqvist"),
      ("snabbast av oss alla", "Britt Palmqvist"),
      ("hade bara bra fingrar", "Kerstin Ahlgren")]),
    ("r48-feature", "zh",
     P("在江北区一条老巷子里，修表匠赵德明和他的徒弟孙小雨合开了一间十平米的铺子。")
     + P("前者修了四十年表，后者去年才从技校毕业。“老师傅的手比机器还稳，”孙小雨说，"
         "“我到现在还不敢碰他的镊子。”")
     + P("被问到为什么收一个女徒弟，赵德明想了想：“她第一天就把一块停了二十年的怀表修好了。"
         "这种人，你不收是你傻。”")
     + P("街道办主任刘芳说，巷子明年要改造，但铺子“一定会保留下来”。")
     + P("常来修表的退休教师黄启明说：“这条巷子要是没有这间铺子，就不是这条巷子了。”"),
     [("手比机器还稳", "孙小雨"),
      ("还不敢碰他的镊子", "孙小雨"),
      ("停了二十年的怀表", "赵德明"),
      ("你不收是你傻", "赵德明"),
      ("一定会保留下来", "刘芳"),
      ("就不是这条巷子了", "黄启明")]),
]

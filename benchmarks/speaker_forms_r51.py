"""Held-out round 51 of benchmarks/speaker_forms.py: who speaks a quotation, in 28 languages.

Written blind (without reading the attributor or any other speaker round). It covers pronouns after
two or three people of different genders named in one sentence (subject versus object, gender known
from the first name), the same with people of one gender where a reader follows the subject, quotes
after a paragraph naming a person only as the object of a verb (None unless the quote is theirs),
long quotations spread over two or three paragraphs with the attribution only in the first or only in
the last, headlines of the form "Name: “quote”" and teasers, block quotes with and without a cite,
forum posts, testimonials, press releases, interviews, organisations through spokespersons, names
inflected in case languages (expect the base form), and about a fifth of pairs where a reader says
None (scare quotes, titles, slogans, unnamed voices, error messages).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R51_CASES = [
    # ---------------- English ----------------
    ("r51-pronoun", "en",
     P("Ann Lindqvist met Tom Berridge at the ferry quay on Tuesday to settle the dispute over the moorings.")
     + P("“We have waited eleven years for a straight answer,” she said. “Today we finally got one.”")
     + P("He was less certain. “Nothing is signed until the council votes,” he said."),
     [("waited eleven years for", "Ann Lindqvist"), ("finally got one", "Ann Lindqvist"),
      ("Nothing is signed until", "Tom Berridge")]),
    ("r51-pronoun", "en",
     P("Detective Inspector Colm Rafferty interviewed Martin Gale twice before the charge was dropped.")
     + P("“I told him everything I knew, and I told it twice,” he said outside the court on Friday."),
     [("I told him everything", None)]),
    ("r51-object", "en",
     P("Police arrested Dorian Fache on Monday evening after a search of a warehouse on Keel Street.")
     + P("“The operation followed months of surveillance,” a police spokesperson said.")
     + P("“It was a mistake, and I will prove it,” Fache told reporters as he left the station on bail."),
     [("operation followed months of", None), ("I will prove it", "Dorian Fache")]),
    ("r51-object", "en",
     P("The board dismissed chief executive Lorna Meath on Thursday, two weeks after the audit.")
     + P("“Confidence in the leadership had broken down beyond repair.”")
     + P("The statement, signed by the board of Harrowgate Mutual, gave no further reasons."),
     [("Confidence in the leadership", "Harrowgate Mutual")]),
    ("r51-long", "en",
     P("Miriam Oduya, who has run the night shelter on Pell Lane since 2009, described the winter in detail.")
     + P("“The first cold week we had forty people and thirty beds. We put mats in the corridor and the volunteers slept in the office.")
     + P("“By January the numbers had doubled. Some nights we simply had to turn people away, and that is the part I cannot forget.”")
     + P("The city says a second shelter will open next year."),
     [("forty people and thirty", "Miriam Oduya"), ("numbers had doubled", "Miriam Oduya"),
      ("the part I cannot", "Miriam Oduya")]),
    ("r51-long", "en",
     P("“When the river came up, it came up in an hour. We had sandbags, but not enough, and not where the water actually went.")
     + P("“We lost the ground floor of the library and most of the local archive. Some of it was two hundred years old.")
     + P("“What we need now is not sympathy but a proper flood wall,” said Gareth Pennock, the town’s mayor."),
     [("came up in an", "Gareth Pennock"), ("lost the ground floor", "Gareth Pennock"),
      ("not sympathy but a", "Gareth Pennock")]),
    ("r51-headline", "en",
     "<h2>Eleanor Voss: “I never wanted to be a politician”</h2>"
     + P("The new leader of the county council grew up on a dairy farm above the valley.")
     + P("“My father thought politics was for people with clean boots,” the 44-year-old said. “He was partly right.”"),
     [("never wanted to be", "Eleanor Voss"), ("people with clean boots", "Eleanor Voss"),
      ("He was partly right", "Eleanor Voss")]),
    ("r51-teaser", "en",
     "<ul><li><h2>The last lighthouse keeper of Skerrow</h2>"
     + P("“You talk to the gulls after a while, and they talk back.” Fergus Mallin looks back on 30 years alone.") + "</li>"
     + "<li><h2>Why the bakery on Dunn Street closed</h2>"
     + P("“Flour went up, rent went up, and bread didn’t.”") + "</li></ul>",
     [("talk to the gulls", "Fergus Mallin"), ("Flour went up, rent", None)]),
    ("r51-samegender", "en",
     P("Priya Natarajan, the coach, had dropped Helen Marsh for the semi-final, and the decision still stung a week later.")
     + P("“It was the hardest call I have made this season,” she said. “Helen knows why.”"),
     [("hardest call I have", "Priya Natarajan"), ("Helen knows why", "Priya Natarajan")]),
    ("r51-samegender", "en",
     P("Jonas Whitlow thanked Peter Amsel, his former rival, when he accepted the award on Saturday.")
     + P("“Without Peter I would have stopped racing in 2019,” he said."),
     [("Without Peter I would", "Jonas Whitlow")]),
    ("r51-interview", "en",
     P("<b>You were the only woman on the crew. How did that feel?</b>")
     + P("Honestly? “Like being a guest at a party that never ends.” You learn to laugh at the same jokes.")
     + P("<b>Would you go back?</b>")
     + P("Tomorrow. I still dream about the ice."),
     [("being a guest at", None)]),
    ("r51-forum", "en",
     '<div class="post"><p><b>harbourlights</b> wrote:</p><blockquote>Anyone else getting “connection reset by peer” on the new firmware?</blockquote>'
     + P("Same here since Tuesday. Rolling back fixed it for me.") + "</div>"
     + '<div class="post"><p><b>kettle_drum</b></p>' + P("As the release notes say: “Downgrading is not supported.” Do it at your own risk.") + "</div>",
     [("connection reset by peer", None), ("Downgrading is not supported", None)]),
    ("r51-none", "en",
     P("Councillor Ruth Abernethy unveiled the new plaque outside the old mill, which locals still call “the Cathedral”.")
     + P("Her campaign slogan, “Homes before hotels”, is painted on a banner across the bridge."),
     [("the Cathedral", None), ("Homes before hotels", None)]),
    ("r51-press", "en",
     P("LONDON — Brightwater Cells today announced a partnership with three regional hospitals to test its portable dialysis unit.")
     + P("“Patients should not have to plan their lives around a machine,” said Dr Samira Kaddouri, chief medical officer of Brightwater Cells.")
     + P("About Brightwater Cells: founded in 2016, the company develops “kidney care without the clinic”."),
     [("plan their lives around", "Samira Kaddouri"), ("kidney care without the", "Brightwater Cells")]),
    ("r51-blockquote", "en",
     P("In her closing speech the chair of the inquiry, Dame Harriet Coyle, addressed the families directly.")
     + "<blockquote><p>You were told that nobody could have known. That was not true, and you deserved better.</p></blockquote>"
     + "<blockquote><p>The sea does not forgive; it only forgets.</p><footer>— inscription on the harbour memorial</footer></blockquote>",
     [("nobody could have known", "Harriet Coyle"), ("sea does not forgive", None)]),
    # ---------------- German ----------------
    ("r51-pronoun", "de",
     P("Sabine Krüger traf sich am Montag mit Bürgermeister Holger Brandt im Rathaus von Lindenau.")
     + P("„Wir werden keinen Meter Wald mehr hergeben“, sagte sie nach dem Gespräch.")
     + P("Er dagegen verwies auf den Haushalt: „Ohne Gewerbegebiet fehlen uns zwei Millionen im Jahr.“"),
     [("keinen Meter Wald mehr", "Sabine Krüger"), ("Ohne Gewerbegebiet fehlen uns", "Holger Brandt")]),
    ("r51-pronoun", "de",
     P("Der Trainer Uwe Sommerfeld lobte seinen Torwart Lukas Brenner nach dem 1:0 in Aachen.")
     + P("„Er hat uns heute den Sieg festgehalten“, sagte Sommerfeld. „So einen Keeper wünscht sich jeder.“")
     + P("Brenner selbst blieb bescheiden: „Die Abwehr hat mir wenig zu tun gelassen.“"),
     [("den Sieg festgehalten", "Uwe Sommerfeld"), ("So einen Keeper wünscht", "Uwe Sommerfeld"),
      ("Abwehr hat mir wenig", "Lukas Brenner")]),
    ("r51-object", "de",
     P("Die Staatsanwaltschaft Mühlbach hat Anklage gegen den früheren Stadtkämmerer Reinhard Vogt erhoben.")
     + P("„Die Beweislage ist erdrückend“, sagte ein Sprecher der Behörde.")
     + P("„Der Vorwurf ist haltlos“, erklärte dagegen Vogts Anwältin Petra Lindemann."),
     [("Die Beweislage ist erdrückend", "Staatsanwaltschaft Mühlbach"), ("Der Vorwurf ist haltlos", "Petra Lindemann")]),
    ("r51-long", "de",
     P("Die Hebamme Gisela Thormählen erinnert sich an die Nacht, in der der Strom ausfiel.")
     + P("„Wir hatten drei Geburten gleichzeitig und nur zwei Taschenlampen. Die Väter mussten leuchten.")
     + P("„Um vier Uhr früh kam das Notstromaggregat. Da war das dritte Kind schon da.“"),
     [("drei Geburten gleichzeitig und", "Gisela Thormählen"), ("kam das Notstromaggregat", "Gisela Thormählen")]),
    ("r51-headline", "de",
     "<h2>Jutta Behrens: „Die Bahn hat uns vergessen“</h2>"
     + P("Seit dem Fahrplanwechsel hält in Kleinwörth kein Zug mehr. Die Ortsvorsteherin will das nicht hinnehmen.")
     + P("„Wer hier kein Auto hat, sitzt fest“, sagt die 61-Jährige."),
     [("Die Bahn hat uns", "Jutta Behrens"), ("kein Auto hat, sitzt", "Jutta Behrens")]),
    ("r51-org", "de",
     P("Die Gewerkschaft Nahverkehr und Logistik kündigte für Donnerstag einen Warnstreik an.")
     + P("Man sei „zu keinem weiteren Entgegenkommen bereit“, hieß es in einer Mitteilung.")
     + P("Die Verkehrsbetriebe Oderstadt nannten den Streik „völlig unverhältnismäßig“."),
     [("zu keinem weiteren Entgegenkommen", "Gewerkschaft Nahverkehr und Logistik"),
      ("völlig unverhältnismäßig", "Verkehrsbetriebe Oderstadt")]),
    ("r51-none", "de",
     P("Das Gesetz, das im Volksmund „Heizungsgesetz“ heißt, wurde erneut geändert.")
     + P("Auf den Plakaten vor dem Landtag stand „Wärme ist kein Luxus“.")
     + P("Ein Passant, der nicht genannt werden wollte, meinte: „Das versteht doch keiner mehr.“"),
     [("Heizungsgesetz", None), ("Wärme ist kein Luxus", None), ("versteht doch keiner mehr", None)]),
    ("r51-samegender", "de",
     P("Annika Roth hat ihre Kollegin Melanie Fuchs zur Nachfolgerin vorgeschlagen, bevor sie in den Ruhestand ging.")
     + P("„Sie kennt jeden Patienten mit Namen“, sagte sie zum Abschied."),
     [("kennt jeden Patienten mit", "Annika Roth")]),
    ("r51-interview", "de",
     P("<b>Frau Hallström, Sie haben das Institut zwanzig Jahre geleitet. Was bleibt?</b>")
     + P("Ein Satz meines Vorgängers: „Forschung braucht Geduld und einen guten Hausmeister.“ Das stimmt bis heute.")
     + P("<b>Und was würden Sie anders machen?</b>")
     + P("„Früher Nein sagen“, antwortet Birgit Hallström und lacht."),
     [("Forschung braucht Geduld und", None), ("Früher Nein sagen", "Birgit Hallström")]),
    ("r51-testimonial", "de",
     "<blockquote><p>„Schnell geliefert, sauber montiert, und der Monteur hat sogar die Kartons mitgenommen.“</p><footer>— Herbert S., Kassel</footer></blockquote>"
     + "<blockquote><p>„Die Beratung am Telefon war geduldig und ehrlich.“</p><footer>— Familie Özdemir, Bochum</footer></blockquote>",
     [("Schnell geliefert, sauber montiert", "Herbert S."), ("Beratung am Telefon war", "Familie Özdemir")]),
    # ---------------- French ----------------
    ("r51-pronoun", "fr",
     P("Claire Dumoulin a croisé Bernard Lestrade à la sortie du conseil municipal de Saint-Aubin.")
     + P("« On ne fermera pas cette école tant que je serai là », a-t-elle lancé.")
     + P("Lui a haussé les épaules : « Les chiffres sont têtus. »"),
     [("On ne fermera pas", "Claire Dumoulin"), ("Les chiffres sont têtus", "Bernard Lestrade")]),
    ("r51-long", "fr",
     P("« Nous avons tout perdu en une nuit : la grange, les outils, les bêtes.")
     + P("« Les assurances nous disent d’attendre. Attendre quoi ? Le printemps est dans six semaines. »")
     + P("Ainsi parle Josiane Carrère, éleveuse à Lanvallon depuis trente ans."),
     [("tout perdu en une", "Josiane Carrère"), ("Les assurances nous disent", "Josiane Carrère")]),
    ("r51-object", "fr",
     P("Les gendarmes ont interpellé Kévin Marchal mardi matin à son domicile de Vallon-sur-Ource.")
     + P("« L’enquête se poursuit », s’est contenté d’indiquer le parquet de Vallon-sur-Ource."),
     [("enquête se poursuit", "parquet de Vallon-sur-Ource")]),
    ("r51-headline", "fr",
     "<h2>Aïssatou Ndiaye : « Le théâtre m’a sauvée »</h2>"
     + P("À 29 ans, la comédienne joue son premier grand rôle à l’Odéon de Rivemont.")
     + P("« Au collège, je ne parlais à personne », raconte-t-elle."),
     [("théâtre m’a sauvée", "Aïssatou Ndiaye"), ("je ne parlais à", "Aïssatou Ndiaye")]),
    ("r51-none", "fr",
     P("Le maire, Philippe Aubrac, a inauguré la place que tout le monde appelle déjà « le Bocal ».")
     + P("Sur une banderole, des riverains avaient écrit : « Des arbres, pas du béton ! »"),
     [("le Bocal", None), ("Des arbres, pas du", None)]),
    # ---------------- Spanish ----------------
    ("r51-pronoun", "es",
     P("Lucía Ferrández se reunió con el alcalde Ramón Zubiri el jueves para hablar del nuevo puerto.")
     + P("«No vamos a permitir que se rellene la bahía», dijo ella al salir.")
     + P("Él, en cambio, defendió el proyecto: «Son dos mil empleos»."),
     [("No vamos a permitir", "Lucía Ferrández"), ("Son dos mil empleos", "Ramón Zubiri")]),
    ("r51-samegender", "es",
     P("El entrenador Marcelo Ibarra sustituyó a Diego Solana en el minuto 60 y el estadio silbó.")
     + P("«Lo hice por el equipo, no contra nadie», explicó después. «Diego lo sabe.»"),
     [("Lo hice por el", "Marcelo Ibarra"), ("Diego lo sabe", "Marcelo Ibarra")]),
    ("r51-long", "es",
     P("La bióloga Inés Carvajal lleva quince años contando tortugas en la playa de Las Arenas.")
     + P("«Al principio veíamos cien nidos por temporada. Ahora, con suerte, veinte.")
     + P("«El problema no es solo la luz de los hoteles; es que la arena ya no es la misma.»"),
     [("veíamos cien nidos por", "Inés Carvajal"), ("la luz de los", "Inés Carvajal")]),
    ("r51-org", "es",
     P("El Ministerio de Sanidad aseguró que la campaña de vacunación «se ampliará a todos los mayores de 60».")
     + P("Una enfermera del hospital, que pidió no ser identificada, habló en cambio de «improvisación total»."),
     [("se ampliará a todos", "Ministerio de Sanidad"), ("improvisación total", None)]),
    ("r51-none", "es",
     P("La novela «El silencio de los olivos», de Marta Roldán, fue la más vendida del verano.")
     + P("«Es un libro que se lee de un tirón», comentaba una lectora en la feria."),
     [("El silencio de los", None), ("se lee de un", None)]),
    # ---------------- Italian ----------------
    ("r51-pronoun", "it",
     P("Giulia Ferraresi ha incontrato Marco Lodigiani davanti al tribunale di Pavia.")
     + P("«Non ho nulla da rimproverarmi», ha detto lui ai cronisti.")
     + P("Lei non ha voluto commentare, ma la sua avvocata, Silvia Orlandi, ha parlato di «un processo che non doveva iniziare»."),
     [("nulla da rimproverarmi", "Marco Lodigiani"), ("processo che non doveva", "Silvia Orlandi")]),
    ("r51-long", "it",
     P("«Mio nonno costruiva barche senza disegni, tutto a occhio. Io ho imparato guardandolo.")
     + P("«Oggi nessuno vuole fare questo lavoro, e quando chiuderò io, chiuderà il cantiere.»")
     + P("Parole di Tommaso Esposito, 71 anni, l’ultimo maestro d’ascia di Cala Bianca."),
     [("costruiva barche senza disegni", "Tommaso Esposito"), ("quando chiuderò io", "Tommaso Esposito")]),
    ("r51-samegender", "it",
     P("La sindaca Elena Bassani ha ringraziato l’assessora Chiara Mondini per il lavoro sul bilancio.")
     + P("«Senza di lei non ce l’avremmo fatta», ha detto durante il consiglio."),
     [("Senza di lei non", "Elena Bassani")]),
    ("r51-headline", "it",
     "<h2>Don Aurelio Pace: «La parrocchia resta aperta a tutti»</h2>"
     + P("Il parroco di San Vito risponde alle polemiche sul dormitorio.")
     + P("«Chi bussa trova un letto», ha ribadito il sacerdote."),
     [("parrocchia resta aperta a", "Aurelio Pace"), ("Chi bussa trova un", "Aurelio Pace")]),
    # ---------------- Portuguese ----------------
    ("r51-pronoun", "pt",
     P("A deputada Marta Quintela encontrou-se com o ministro Rui Valadares na quarta-feira.")
     + P("“Saí da reunião sem garantias”, afirmou ela.")
     + P("Ele garantiu que o hospital “abrirá no prazo previsto”."),
     [("Saí da reunião sem", "Marta Quintela"), ("abrirá no prazo previsto", "Rui Valadares")]),
    ("r51-object", "pt",
     P("A Polícia Federal prendeu o empresário Otávio Brandão nesta segunda-feira em Recife.")
     + P("“Foram apreendidos documentos e dois veículos”, informou a corporação em nota.")
     + P("“Meu cliente é inocente”, disse o advogado Caio Menezes."),
     [("Foram apreendidos documentos e", "Polícia Federal"), ("Meu cliente é inocente", "Caio Menezes")]),
    ("r51-long", "pt",
     P("A pescadora Conceição Ramalho, de 58 anos, conta como a vila mudou.")
     + P("“Antes saíamos vinte barcos todas as manhãs. Hoje saem quatro.")
     + P("“Os jovens foram para a cidade, e eu não os culpo.”"),
     [("saíamos vinte barcos todas", "Conceição Ramalho"), ("eu não os culpo", "Conceição Ramalho")]),
    ("r51-testimonial", "pt",
     "<blockquote><p>“Atendimento rápido e simpático. Recomendo!”</p><footer>— Ana P., Coimbra</footer></blockquote>"
     + P("“Produto chegou com defeito e ninguém responde ao e-mail.” — comentário anónimo"),
     [("Atendimento rápido e simpático", "Ana P."), ("Produto chegou com defeito", None)]),
    # ---------------- Dutch ----------------
    ("r51-pronoun", "nl",
     P("Sanne de Wit sprak dinsdag met wethouder Joost van der Linden over de nieuwe fietsbrug.")
     + P("‘We hebben beloofd dat die brug er in 2027 ligt,’ zei hij na afloop.")
     + P("Zij is sceptisch: ‘Dat hebben we vaker gehoord.’"),
     [("brug er in 2027", "Joost van der Linden"), ("Dat hebben we vaker", "Sanne de Wit")]),
    ("r51-long", "nl",
     P("‘Toen het water kwam, hadden we tien minuten. We pakten de kinderen en de hond.")
     + P("‘Het huis staat er nog, maar thuis voelt het niet meer,’ vertelt Eline Bakker-Vos uit Grubbenhorst."),
     [("hadden we tien minuten", "Eline Bakker-Vos"), ("thuis voelt het niet", "Eline Bakker-Vos")]),
    ("r51-org", "nl",
     P("De gemeente Zeewaarde laat in een verklaring weten dat zij ‘de zorgen van bewoners serieus neemt’.")
     + P("Een woordvoerder van Waterschap Eemvallei zegt: ‘De dijk is veilig.’"),
     [("zorgen van bewoners serieus", "gemeente Zeewaarde"), ("De dijk is veilig", "Waterschap Eemvallei")]),
    ("r51-none", "nl",
     P("Burgemeester Femke Hoogland opende woensdag het plein, dat in de volksmond ‘de Pan’ heet.")
     + P("‘Veel te duur,’ mompelt een voorbijganger."),
     [("de Pan", None), ("Veel te duur", None)]),
    # ---------------- Polish ----------------
    ("r51-pronoun", "pl",
     P("Anna Wierzbicka spotkała się w piątek z wójtem Tomaszem Kalinowskim w sprawie nowej drogi.")
     + P("„Nikt nas nie pytał o zdanie”, powiedziała po spotkaniu.")
     + P("Wójt odpowiedział krótko: „Konsultacje trwały pół roku”."),
     [("Nikt nas nie pytał", "Anna Wierzbicka"), ("Konsultacje trwały pół roku", "Tomasz Kalinowski")]),
    ("r51-case", "pl",
     P("Według Katarzyny Nowosielskiej, dyrektorki szpitala w Lesznie, oddział zostanie otwarty w marcu.")
     + P("„Brakuje nam jeszcze dwóch anestezjologów” – dodała.")
     + P("Rozmawialiśmy też z Pawłem Grabowskim, ordynatorem chirurgii. „Pracujemy na granicy wytrzymałości” – mówi."),
     [("Brakuje nam jeszcze dwóch", "Katarzyna Nowosielska"), ("na granicy wytrzymałości", "Paweł Grabowski")]),
    ("r51-object", "pl",
     P("Policja zatrzymała w poniedziałek Marka Zielińskiego, podejrzanego o podpalenie stodoły.")
     + P("„Mężczyzna usłyszał zarzuty i przyznał się do winy” – przekazała rzeczniczka Komendy Powiatowej Policji w Borowie."),
     [("usłyszał zarzuty i przyznał", "Komenda Powiatowa Policji w Borowie")]),
    ("r51-long", "pl",
     P("„Pierwszy raz zobaczyłem wilka w 1998 roku, na skraju tego lasu. Stał i patrzył.")
     + P("„Dziś wilki są wszędzie, a ludzie boją się o owce” – opowiada leśniczy Jerzy Sadowski."),
     [("Pierwszy raz zobaczyłem wilka", "Jerzy Sadowski"), ("ludzie boją się o", "Jerzy Sadowski")]),
    # ---------------- Czech ----------------
    ("r51-case", "cs",
     P("S ministryní Janou Dvořákovou se v úterý sešel hejtman Petr Novotný.")
     + P("„Nemocnice v Kyjově zůstane otevřená,“ řekl po jednání.")
     + P("Podle Dvořákové je ale „rozpočet napjatý na maximum“."),
     [("Nemocnice v Kyjově zůstane", "Petr Novotný"), ("rozpočet napjatý na maximum", "Jana Dvořáková")]),
    ("r51-pronoun", "cs",
     P("Lucie Horáková a Martin Beneš spolu vedou farmu u Třebíče už dvanáct let.")
     + P("„Letos bylo sucho nejhorší, co pamatuju,“ říká on.")
     + P("„Ale vzdát to nechceme,“ dodává ona."),
     [("sucho nejhorší, co pamatuju", "Martin Beneš"), ("vzdát to nechceme", "Lucie Horáková")]),
    ("r51-none", "cs",
     P("Zákon, kterému se přezdívá „lex Šumava“, prošel sněmovnou jen těsně.")
     + P("„Tohle nikdo nečetl,“ ozvalo se z lavic opozice."),
     [("lex Šumava", None), ("Tohle nikdo nečetl", None)]),
    # ---------------- Russian ----------------
    ("r51-case", "ru",
     P("Как рассказала «Вечернему Приморску» Ольга Белякова, директор краеведческого музея, коллекция пострадала от протечки.")
     + P("«Мы спасли почти всё, кроме двух акварелей», — уточнила она.")
     + P("С Беляковой не согласен реставратор Игорь Шубин: «Ущерб гораздо серьёзнее»."),
     [("спасли почти всё, кроме", "Ольга Белякова"), ("Ущерб гораздо серьёзнее", "Игорь Шубин")]),
    ("r51-pronoun", "ru",
     P("Марина Ковалёва встретилась с главой района Андреем Лаптевым в понедельник.")
     + P("«Дорогу отремонтируют до осени», — пообещал он.")
     + P("«Мы это слышим третий год», — ответила она."),
     [("Дорогу отремонтируют до осени", "Андрей Лаптев"), ("слышим третий год", "Марина Ковалёва")]),
    ("r51-script", "ru",
     P("Французский архитектор Bernadette Collin представила в Казани проект новой набережной.")
     + P("«Река должна вернуться в город», — сказала Collin на презентации."),
     [("Река должна вернуться в", "Bernadette Collin")]),
    ("r51-object", "ru",
     P("Суд арестовал бывшего замглавы города Виктора Ершова на два месяца.")
     + P("«Решение будет обжаловано», — заявила его адвокат Нина Голубева.")
     + P("«Это только начало», — говорят в городе."),
     [("Решение будет обжаловано", "Нина Голубева"), ("Это только начало", None)]),
    # ---------------- Finnish ----------------
    ("r51-case", "fi",
     P("Kaupunginjohtaja Matti Heikkisen mukaan uimahalli avataan uudelleen syyskuussa.")
     + P("– Korjaukset ovat edenneet aikataulussa, Heikkinen sanoo.")
     + P("Liikuntaneuvos Sari Lehtosen mielestä ”päätös tuli liian myöhään”."),
     [("Korjaukset ovat edenneet aikataulussa", "Matti Heikkinen"), ("päätös tuli liian myöhään", "Sari Lehtonen")]),
    ("r51-long", "fi",
     P("”Isä opetti minut soutamaan, kun olin viisivuotias. Järvi oli silloin kirkas pohjaan asti.")
     + P("”Nyt vesi on ruskeaa, ja kalat ovat vähissä”, kertoo Aino Räsänen Kuhmoisista."),
     [("Isä opetti minut soutamaan", "Aino Räsänen"), ("vesi on ruskeaa, ja", "Aino Räsänen")]),
    ("r51-pronoun", "fi",
     P("Liisa Koskinen ja Juha Niemelä perustivat leipomon Kotkaan vuonna 2015.")
     + P("”Ensimmäinen vuosi oli pelkkää työtä”, Koskinen muistelee.")
     + P("Niemelän mukaan ”ilman naapureita emme olisi selvinneet”."),
     [("Ensimmäinen vuosi oli pelkkää", "Liisa Koskinen"), ("ilman naapureita emme olisi", "Juha Niemelä")]),
    # ---------------- Hungarian ----------------
    ("r51-case", "hu",
     P("Kovács Évával, a falu polgármesterével beszélgettünk az új iskoláról.")
     + P("„Ősszel már itt tanulnak a gyerekek” – mondta.")
     + P("Szabó Gábor tanár szerint „a tornaterem még hiányzik”."),
     [("Ősszel már itt tanulnak", "Kovács Éva"), ("a tornaterem még hiányzik", "Szabó Gábor")]),
    ("r51-pronoun", "hu",
     P("Tóth Anna és férje, Tóth László harminc éve viszik a pékséget Pécsett.")
     + P("„Hajnali háromkor kelek, mindennap” – meséli László.")
     + P("„Én a pultnál állok, ő a kemencénél” – teszi hozzá a felesége."),
     [("Hajnali háromkor kelek, mindennap", "Tóth László"), ("Én a pultnál állok", "Tóth Anna")]),
    ("r51-none", "hu",
     P("A „Kis herceg” új fordítását Nagy Zsófia készítette.")
     + P("A tüntetők táblán azt írták: „Nem eladó a Balaton”."),
     [("Kis herceg", None), ("Nem eladó a Balaton", None)]),
    # ---------------- Greek ----------------
    ("r51-case", "el",
     P("Σύμφωνα με τον δήμαρχο Νίκο Παπαδάκη, το λιμάνι θα είναι έτοιμο τον Ιούνιο.")
     + P("«Δεν θα χάσουμε άλλο καλοκαίρι», τόνισε.")
     + P("Η Ελένη Σταυροπούλου, πρόεδρος των εμπόρων, ήταν πιο επιφυλακτική: «Το έχουμε ξανακούσει»."),
     [("Δεν θα χάσουμε άλλο", "Νίκος Παπαδάκης"), ("Το έχουμε ξανακούσει", "Ελένη Σταυροπούλου")]),
    ("r51-script", "el",
     P("Ο Ολλανδός προπονητής Ruud Verhagen μίλησε μετά τη νίκη της ομάδας στη Λάρισα.")
     + P("«Οι παίκτες έδειξαν χαρακτήρα», είπε ο Verhagen.")
     + P("«Ήταν ο καλύτερος αγώνας της χρονιάς», έγραψε ένας φίλαθλος στα σχόλια."),
     [("Οι παίκτες έδειξαν χαρακτήρα", "Ruud Verhagen"), ("καλύτερος αγώνας της χρονιάς", None)]),
    ("r51-object", "el",
     P("Η αστυνομία συνέλαβε τον Γιώργο Μαντά το πρωί της Τρίτης στην Πάτρα.")
     + P("«Η έρευνα συνεχίζεται», ανέφερε η Αστυνομική Διεύθυνση Αχελώου σε ανακοίνωση."),
     [("Η έρευνα συνεχίζεται", "Αστυνομική Διεύθυνση Αχελώου")]),
    # ---------------- Chinese ----------------
    ("r51-pronoun", "zh",
     P("周三，李晓梅与区长王建国在河堤上见面，讨论搬迁补偿问题。")
     + P("“我们不是不搬，是补偿太低。”她说。")
     + P("他则表示：“方案还可以再谈。”"),
     [("我们不是不搬", "李晓梅"), ("方案还可以再谈", "王建国")]),
    ("r51-headline", "zh",
     "<h2>陈志远：“好的面包需要时间”</h2>"
     + P("在老城区开了二十年面包店，这位54岁的师傅从不用速成面粉。")
     + P("“顾客吃得出来。”陈志远说。"),
     [("好的面包需要时间", "陈志远"), ("顾客吃得出来", "陈志远")]),
    ("r51-org", "zh",
     P("市生态环境局当天发布通报称，河道污染“系上游企业违规排放所致”。")
     + P("一位附近居民说：“味道已经持续一个月了。”"),
     [("系上游企业违规排放所致", "市生态环境局"), ("味道已经持续一个月", None)]),
    ("r51-testimonial", "zh",
     "<blockquote><p>“安装师傅很专业，半小时就搞定了。”</p><footer>——上海 张女士</footer></blockquote>"
     + P("“客服回复很慢。”——匿名用户"),
     [("安装师傅很专业", "张女士"), ("客服回复很慢", None)]),
    # ---------------- Japanese ----------------
    ("r51-pronoun", "ja",
     P("佐藤美咲さんは、父親の佐藤健一さんと一緒に三代続く旅館を営んでいる。")
     + P("「父は厳しいけれど、お客さんにはいつも優しい」と美咲さんは笑う。")
     + P("健一さんは「娘のほうが経営は上手だ」と話す。"),
     [("父は厳しいけれど", "佐藤美咲"), ("娘のほうが経営は上手", "佐藤健一")]),
    ("r51-honorific", "ja",
     P("山本大輔氏は会見で、工場の閉鎖について説明した。")
     + P("「従業員の雇用は必ず守る」と同氏は強調した。")
     + P("一方、工場で働く男性の一人は「説明が不十分だ」と話した。"),
     [("従業員の雇用は必ず守る", "山本大輔"), ("説明が不十分だ", None)]),
    ("r51-testimonial", "ja",
     "<blockquote><p>「肌がしっとりして、朝まで乾燥しません。」</p><footer>— 大阪府・M.K.様（40代）</footer></blockquote>"
     + "<blockquote><p>「香りが優しくて家族みんなで使っています。」</p><footer>— 福岡県・田中様</footer></blockquote>",
     [("肌がしっとりして", "M.K."), ("香りが優しくて", "田中")]),
    ("r51-long", "ja",
     P("漁師の中村勝さん（72）は、今年の不漁について語った。")
     + P("「若い頃は一晩で船がいっぱいになった。")
     + P("「今は燃料代のほうが高くつく日もある。息子には継がせられない」"),
     [("一晩で船がいっぱい", "中村勝"), ("燃料代のほうが高く", "中村勝")]),
    # ---------------- Korean ----------------
    ("r51-pronoun", "ko",
     P("김민지 씨는 지난달 남편 박성호 씨와 함께 제주로 귀농했다.")
     + P("“처음엔 귤나무 가지치기도 몰랐어요.” 그녀가 웃으며 말했다.")
     + P("박 씨는 “아내가 이웃들과 먼저 친해졌다”고 했다."),
     [("귤나무 가지치기도 몰랐어요", "김민지"), ("아내가 이웃들과 먼저", "박성호")]),
    ("r51-org", "ko",
     P("한빛전자는 보도자료를 통해 “올해 하반기 신규 채용을 두 배로 늘리겠다”고 밝혔다.")
     + P("회사 관계자는 “구체적인 규모는 아직 정해지지 않았다”고 덧붙였다."),
     [("신규 채용을 두 배로", "한빛전자"), ("구체적인 규모는 아직", "한빛전자")]),
    ("r51-headline", "ko",
     "<h2>이수진 감독 “이번 영화는 어머니에게 바칩니다”</h2>"
     + P("세 번째 장편을 내놓은 이 감독은 촬영 내내 고향 통영에 머물렀다.")
     + P("“바다 냄새가 없으면 대사가 안 써졌어요.”"),
     [("어머니에게 바칩니다", "이수진"), ("바다 냄새가 없으면", "이수진")]),
    ("r51-none", "ko",
     P("시위대는 “우리 동네에 소각장은 안 된다”라고 적힌 현수막을 들었다.")
     + P("정민호 구청장은 이날 현장에 나타나지 않았다."),
     [("우리 동네에 소각장은", None)]),
    # ---------------- Arabic ----------------
    ("r51-pronoun", "ar",
     P("التقت سلمى الحداد بوزير الزراعة كريم النعيمي في مزرعتها قرب الواحة يوم الأحد.")
     + P("وقالت: «المياه لا تكفي نصف الأشجار».")
     + P("أما هو فأكد أن «مشروع الري سيبدأ قبل الصيف»."),
     [("المياه لا تكفي نصف", "سلمى الحداد"), ("مشروع الري سيبدأ قبل", "كريم النعيمي")]),
    ("r51-object", "ar",
     P("اعتقلت الشرطة يوسف القباني مساء الخميس بعد مداهمة مستودع في الميناء.")
     + P("وقال مصدر أمني إن «التحقيقات ما زالت في بدايتها».")
     + P("ونفى محاميه، طارق بن سالم، التهم قائلاً: «موكلي لم يدخل المستودع قط»."),
     [("التحقيقات ما زالت في", None), ("موكلي لم يدخل المستودع", "طارق بن سالم")]),
    ("r51-script", "ar",
     P("قالت المهندسة الألمانية Katrin Vollmer، التي صممت الجسر الجديد، إن العمل سينتهي في الربيع.")
     + P("وأضافت: «الجسر سيتحمل أقوى الزلازل المسجلة في المنطقة»."),
     [("الجسر سيتحمل أقوى الزلازل", "Katrin Vollmer")]),
    ("r51-long", "ar",
     P("«كنا نبيع الخبز لكل الحي قبل الحرب. كان الفرن يعمل من الفجر حتى المساء.")
     + P("«اليوم نخبز مرة واحدة في الأسبوع»، يقول أبو خليل الدباغ، صاحب الفرن."),
     [("كنا نبيع الخبز لكل", "أبو خليل الدباغ"), ("نخبز مرة واحدة في", "أبو خليل الدباغ")]),
    # ---------------- Hebrew ----------------
    ("r51-pronoun", "he",
     P("נועה לוי נפגשה ביום שלישי עם ראש המועצה אבי כהן כדי לדון בסגירת המרפאה.")
     + P("\"אין לנו לאן ללכת\", אמרה.")
     + P("הוא השיב כי \"המרפאה תעבור לבניין חדש, לא תיסגר\"."),
     [("אין לנו לאן ללכת", "נועה לוי"), ("המרפאה תעבור לבניין חדש", "אבי כהן")]),
    ("r51-org", "he",
     P("חברת מי-גליל מסרה בתגובה כי \"התקלה תוקנה והמים ראויים לשתייה\".")
     + P("תושבת השכונה אמרה: \"אנחנו עדיין קונים בקבוקים\"."),
     [("התקלה תוקנה והמים", "מי-גליל"), ("עדיין קונים בקבוקים", None)]),
    ("r51-samegender", "he",
     P("המאמן יוסי ברק החליף את החלוץ עומר שמעוני כבר בדקה ה-30.")
     + P("\"זו הייתה החלטה מקצועית בלבד\", הסביר אחרי המשחק."),
     [("החלטה מקצועית בלבד", "יוסי ברק")]),
    # ---------------- Persian ----------------
    ("r51-pronoun", "fa",
     P("مریم احمدی روز شنبه با شهردار رضا کاظمی درباره پارک محله گفت‌وگو کرد.")
     + P("او پس از جلسه گفت: «درختان این پارک پنجاه سال عمر دارند.»")
     + P("شهردار در پاسخ گفت: «هیچ درختی قطع نخواهد شد.»"),
     [("درختان این پارک پنجاه", "مریم احمدی"), ("هیچ درختی قطع نخواهد", "رضا کاظمی")]),
    ("r51-long", "fa",
     P("«پدرم این مغازه را سال ۱۳۵۰ باز کرد. آن موقع فقط پارچه می‌فروختیم.")
     + P("«حالا مردم همه چیز را اینترنتی می‌خرند»، این را حسن رحیمی، فروشنده بازار، می‌گوید."),
     [("پدرم این مغازه را", "حسن رحیمی"), ("همه چیز را اینترنتی", "حسن رحیمی")]),
    ("r51-none", "fa",
     P("کتاب «سایه‌های کوچه» نوشته لیلا صادقی در نمایشگاه پرفروش‌ترین شد.")
     + P("روی پلاکاردها نوشته بودند: «آب حق ماست».")
     + P("یکی از بازدیدکنندگان گفت: «صف خرید از در ورودی هم گذشته بود.»"),
     [("سایه‌های کوچه", None), ("آب حق ماست", None), ("صف خرید از در", None)]),
    # ---------------- Turkish ----------------
    ("r51-pronoun", "tr",
     P("Ayşe Yılmaz, salı günü belediye başkanı Mehmet Kaya ile pazar yeri için görüştü.")
     + P("Yılmaz, “Esnafa sorulmadan karar verildi” dedi.")
     + P("Kaya ise “Pazar yeri taşınmayacak, yenilenecek” diye yanıt verdi."),
     [("Esnafa sorulmadan karar verildi", "Ayşe Yılmaz"), ("Pazar yeri taşınmayacak, yenilenecek", "Mehmet Kaya")]),
    ("r51-org", "tr",
     P("Kuzeyrüzgar Enerji yaptığı açıklamada santralin “tüm çevre standartlarına uygun” olduğunu savundu.")
     + P("Köylüler adına konuşan muhtar Hasan Demirci ise “Derede balık kalmadı” dedi."),
     [("tüm çevre standartlarına uygun", "Kuzeyrüzgar Enerji"), ("Derede balık kalmadı", "Hasan Demirci")]),
    ("r51-object", "tr",
     P("Jandarma, kaçak kazı yaptığı iddia edilen Serkan Aydın’ı gözaltına aldı.")
     + P("“Bölgede arkeolojik çalışmalar sürüyor” açıklaması yapıldı."),
     [("arkeolojik çalışmalar sürüyor", None)]),
    ("r51-long", "tr",
     P("Emekli öğretmen Fatma Çelik, köy okulunun kapandığı günü anlatıyor:")
     + P("“Son gün sadece dört öğrencim vardı. Tahtaya hepsinin adını yazdım.")
     + P("“Sonra kapıyı kilitledim ve anahtarı muhtara verdim.”"),
     [("sadece dört öğrencim vardı", "Fatma Çelik"), ("anahtarı muhtara verdim", "Fatma Çelik")]),
    # ---------------- Hindi ----------------
    ("r51-pronoun", "hi",
     P("सुनीता वर्मा ने सोमवार को जिलाधिकारी राजेश मिश्रा से गाँव की सड़क को लेकर मुलाक़ात की।")
     + P("उन्होंने कहा, “बरसात में एंबुलेंस गाँव तक नहीं पहुँच पाती।”")
     + P("जिलाधिकारी ने आश्वासन दिया कि “काम अगले महीने शुरू होगा”।"),
     [("एंबुलेंस गाँव तक नहीं", "सुनीता वर्मा"), ("काम अगले महीने शुरू", "राजेश मिश्रा")]),
    ("r51-org", "hi",
     P("नीलगिरि दुग्ध संघ ने एक बयान में कहा कि “दूध के दाम फ़िलहाल नहीं बढ़ेंगे”।")
     + P("एक किसान ने शिकायत की, “चारे की कीमत दोगुनी हो गई है।”"),
     [("दूध के दाम फ़िलहाल", "नीलगिरि दुग्ध संघ"), ("चारे की कीमत दोगुनी", None)]),
    ("r51-long", "hi",
     P("कुम्हार रामप्रसाद प्रजापति पचास साल से मिट्टी के दीये बना रहे हैं।")
     + P("“पहले दिवाली से दो महीने पहले ऑर्डर आ जाते थे।")
     + P("“अब लोग बिजली की लड़ियाँ लेते हैं, पर कुछ पुराने ग्राहक अब भी आते हैं।”"),
     [("दिवाली से दो महीने", "रामप्रसाद प्रजापति"), ("कुछ पुराने ग्राहक अब", "रामप्रसाद प्रजापति")]),
    # ---------------- Indonesian ----------------
    ("r51-pronoun", "id",
     P("Dewi Lestari bertemu dengan Bupati Agus Santoso di pelabuhan pada Rabu pagi.")
     + P("“Nelayan di sini sudah tiga bulan tidak melaut,” kata Dewi.")
     + P("Agus menjawab, “Bantuan solar akan datang pekan depan.”"),
     [("sudah tiga bulan tidak", "Dewi Lestari"), ("Bantuan solar akan datang", "Agus Santoso")]),
    ("r51-object", "id",
     P("Polisi menangkap Rudi Hartono di rumahnya di Kampung Sawah pada Senin malam.")
     + P("“Tersangka dijerat pasal penipuan,” ujar Kepala Polsek Cempaka, Iptu Wahyu Nugroho.")
     + P("Warga sekitar mengaku kaget. “Dia orangnya ramah,” kata seorang tetangga."),
     [("Tersangka dijerat pasal penipuan", "Wahyu Nugroho"), ("Dia orangnya ramah", None)]),
    ("r51-headline", "id",
     "<h2>Siti Rahmawati: “Sekolah ini dibangun dari sumbangan warga”</h2>"
     + P("Kepala sekolah itu sudah mengajar di desa tersebut selama 25 tahun.")
     + P("“Semua genteng di atap ini dibeli dari hasil arisan ibu-ibu,” katanya."),
     [("dibangun dari sumbangan warga", "Siti Rahmawati"), ("genteng di atap ini", "Siti Rahmawati")]),
    # ---------------- Vietnamese ----------------
    ("r51-pronoun", "vi",
     P("Chị Nguyễn Thị Lan đã gặp ông Trần Văn Hùng, chủ tịch xã, vào sáng thứ Hai.")
     + P("“Con đường này ngập mỗi khi mưa to,” chị nói.")
     + P("Ông Hùng cho biết: “Xã sẽ nâng cấp đường trong năm nay.”"),
     [("Con đường này ngập", "Nguyễn Thị Lan"), ("Xã sẽ nâng cấp", "Trần Văn Hùng")]),
    ("r51-org", "vi",
     P("Công ty Cấp nước Sông Lam khẳng định nước máy “đạt tiêu chuẩn an toàn”.")
     + P("Một người dân nói: “Nước vẫn có mùi lạ.”"),
     [("đạt tiêu chuẩn an toàn", "Công ty Cấp nước Sông Lam"), ("Nước vẫn có mùi", None)]),
    ("r51-long", "vi",
     P("“Hồi đó cả làng làm nón. Nhà nào cũng có khung tre treo ngoài hiên.")
     + P("“Giờ chỉ còn vài bà già như tôi,” bà Phạm Thị Hoa, 78 tuổi, kể."),
     [("cả làng làm nón", "Phạm Thị Hoa"), ("vài bà già như", "Phạm Thị Hoa")]),
    # ---------------- Romanian ----------------
    ("r51-pronoun", "ro",
     P("Ioana Popescu s-a întâlnit joi cu primarul Mihai Dumitrescu pentru a discuta despre piață.")
     + P("„Comercianții nu au fost consultați”, a declarat ea.")
     + P("El a răspuns că „noua piață va fi gata în toamnă”."),
     [("Comercianții nu au fost", "Ioana Popescu"), ("noua piață va fi", "Mihai Dumitrescu")]),
    ("r51-object", "ro",
     P("Procurorii l-au reținut pe fostul director al spitalului, Victor Ionescu.")
     + P("„Dosarul este complex și implică mai multe persoane”, au precizat reprezentanții Parchetului Tribunalului Albeni.")
     + P("„Este o răzbunare politică”, a spus Ionescu la ieșirea din sediu."),
     [("Dosarul este complex și", "Parchetul Tribunalului Albeni"), ("Este o răzbunare politică", "Victor Ionescu")]),
    ("r51-none", "ro",
     P("Filmul „Iarna de pe deal”, regizat de Andrei Marin, a câștigat marele premiu.")
     + P("„Cel mai frumos film al anului”, scria pe afiș."),
     [("Iarna de pe deal", None), ("Cel mai frumos film", None)]),
    # ---------------- Swedish ----------------
    ("r51-pronoun", "sv",
     P("Karin Holmberg träffade kommunalrådet Anders Nyström vid skolan i Lövsjö på måndagen.")
     + P("– Vi har väntat på en ny idrottshall i femton år, sa hon.")
     + P("– Pengarna finns i budgeten för 2027, svarade han."),
     [("väntat på en ny", "Karin Holmberg"), ("Pengarna finns i budgeten", "Anders Nyström")]),
    ("r51-long", "sv",
     P("”Vi såg branden från köksfönstret. Först trodde vi att det var norrsken.")
     + P("”Sedan kom röken, och då sprang vi”, berättar Elsa Lindgren i Granbacka."),
     [("Vi såg branden från", "Elsa Lindgren"), ("Sedan kom röken, och", "Elsa Lindgren")]),
    ("r51-org", "sv",
     P("Länsstyrelsen i Norrvik skriver i ett pressmeddelande att jakten ”ska genomföras under kontrollerade former”.")
     + P("Jägareförbundets ordförande Per Ekholm välkomnar beslutet: ”Äntligen lyssnar man.”"),
     [("ska genomföras under kontrollerade", "Länsstyrelsen i Norrvik"), ("Äntligen lyssnar man", "Per Ekholm")]),
    # ---------------- Norwegian ----------------
    ("r51-pronoun", "nb",
     P("Ingrid Solberg og Kristian Haugen har drevet gården på Vestre Åsen i tjue år.")
     + P("– Det verste året var 2018, med tørken, sier han.")
     + P("– Men vi ga aldri opp, legger hun til."),
     [("verste året var 2018", "Kristian Haugen"), ("vi ga aldri opp", "Ingrid Solberg")]),
    ("r51-object", "nb",
     P("Politiet pågrep en 34 år gammel mann, Espen Moe, etter ranet i Strandgata.")
     + P("– Vi har kontroll på situasjonen, sier innsatsleder Tone Bakken.")
     + P("«Ran i sentrum» sto det på forsiden dagen etter."),
     [("kontroll på situasjonen", "Tone Bakken"), ("Ran i sentrum", None)]),
    ("r51-headline", "nb",
     "<h2>Sigrid Aas: «Jeg savner ikke Oslo»</h2>"
     + P("Den tidligere advokaten driver nå et pensjonat på Fjellheim.")
     + P("– Her hører jeg bare sauene om morgenen, sier 52-åringen."),
     [("Jeg savner ikke Oslo", "Sigrid Aas"), ("hører jeg bare sauene", "Sigrid Aas")]),
    # ---------------- Danish ----------------
    ("r51-pronoun", "da",
     P("Mette Kjær mødtes fredag med borgmester Lars Thomsen om lukningen af biblioteket i Nørreby.")
     + P("»Biblioteket er byens stue,« sagde hun efter mødet.")
     + P("Borgmesteren svarede, at »der desværre ikke er penge til det hele«."),
     [("Biblioteket er byens stue", "Mette Kjær"), ("desværre ikke er penge", "Lars Thomsen")]),
    ("r51-long", "da",
     P("Fiskeren Jens Østergaard husker stormen i 1999.")
     + P("»Bølgerne gik over molen, og båden rev sig løs.")
     + P("»Vi fandt den tre dage senere på stranden ved Hvidsand.«"),
     [("Bølgerne gik over molen", "Jens Østergaard"), ("fandt den tre dage", "Jens Østergaard")]),
    ("r51-none", "da",
     P("Loven, der i folkemunde kaldes »cykelloven«, træder i kraft til januar.")
     + P("»Det er for sent,« lyder det fra en cyklist ved Dronningebroen."),
     [("cykelloven", None), ("Det er for sent", None)]),
    # ---------------- longer features, several voices ----------------
    ("r51-feature", "en",
     P("Rosa Delacourt and her brother, Simon Delacourt, run the last ferry across the Ness, a flat-bottomed boat their grandfather built in 1951.")
     + P("“People think it is a tourist thing,” he said. “It is how the nurse gets to the farms on the far side.”")
     + P("His sister keeps the books. “We lose money every winter and make it back in August, if August is kind.”")
     + P("The county’s transport officer, Neil Abbott, said a bridge was “not on any plan for this decade”.")
     + P("“Then we keep rowing,” Rosa said."),
     [("how the nurse gets", "Simon Delacourt"), ("lose money every winter", "Rosa Delacourt"),
      ("not on any plan", "Neil Abbott"), ("Then we keep rowing", "Rosa Delacourt")]),
    ("r51-feature", "en",
     P("The striker Kwame Asante-Boateng scored twice on Saturday, and his manager, Lisa Holloway, was asked afterwards whether he would start the derby.")
     + P("“He has earned the shirt, but I pick the team on Friday,” Holloway said.")
     + P("Asante-Boateng, 22, was more direct. “I want every minute. The derby is why you play.”")
     + P("The 22-year-old added that his mother “still watches through her fingers”.")
     + P("“Worst-run club in the league,” read a banner in the away end."),
     [("earned the shirt, but", "Lisa Holloway"), ("I want every minute", "Kwame Asante-Boateng"),
      ("still watches through her", "Kwame Asante-Boateng"), ("Worst-run club in the", None)]),
    ("r51-court", "en",
     P("Judge Imelda Rourke: “Mr Pask, did you see the defendant on the night of 4 March?”")
     + P("Witness Arthur Pask: “I saw someone. I could not swear it was him.”")
     + P("Counsel for the defence, Hugo Farrant, then asked whether the street lights were on. The witness replied: “Only one of them, the far one.”"),
     [("did you see the", "Imelda Rourke"), ("could not swear it", "Arthur Pask"), ("Only one of them", "Arthur Pask")]),
    ("r51-feature", "de",
     P("Marlene Gruber und ihr Vater Franz Gruber betreiben die Sennerei am Hochjoch seit 1987 gemeinsam.")
     + P("„Der Käse braucht Ruhe und Zeit, mehr nicht“, sagt er.")
     + P("Die Tochter ist für den Verkauf zuständig. „Ohne den Hofladen würden wir nicht überleben.“")
     + P("Tourismusdirektor Klaus Amann nennt die Sennerei „ein Aushängeschild der Region“.")
     + P("„Das sagt er jedes Jahr“, meint Marlene Gruber trocken."),
     [("braucht Ruhe und Zeit", "Franz Gruber"), ("Ohne den Hofladen würden", "Marlene Gruber"),
      ("ein Aushängeschild der Region", "Klaus Amann"), ("sagt er jedes Jahr", "Marlene Gruber")]),
    ("r51-feature", "fr",
     P("Hélène Marchetti, 67 ans, a retrouvé son frère Lucien Marchetti, qu’elle n’avait pas vu depuis quarante ans, grâce à un test ADN.")
     + P("« Je l’ai reconnu à sa façon de rire », dit-elle.")
     + P("Lui se souvient surtout de la gare : « Elle portait le même manteau bleu que notre mère. »")
     + P("La généalogiste Sophie Renaud, qui les a aidés, parle d’« un cas sur mille »."),
     [("reconnu à sa façon", "Hélène Marchetti"), ("même manteau bleu que", "Lucien Marchetti"),
      ("un cas sur mille", "Sophie Renaud")]),
    ("r51-feature", "es",
     P("Carmen Villalobos y su hijo, Andrés Pardo, llevan la librería de la calle Mayor desde que murió su marido.")
     + P("«Él quería cerrarla; yo no», recuerda ella.")
     + P("Su hijo reconoce que tenía dudas: «Los números no salían. Pero mi madre tenía razón».")
     + P("Un cliente habitual, el profesor jubilado Tomás Arrieta, la llama «la mejor biblioteca del barrio»."),
     [("Él quería cerrarla; yo", "Carmen Villalobos"), ("Los números no salían", "Andrés Pardo"),
      ("la mejor biblioteca del", "Tomás Arrieta")]),
    ("r51-feature", "it",
     P("Francesca Ruggeri e il collega Stefano Lanza hanno guidato la squadra di soccorso sul Monte Cerreto.")
     + P("«Abbiamo trovato gli escursionisti alle tre di notte», racconta lei.")
     + P("«Il ragazzo più giovane aveva solo quattordici anni», aggiunge lui.")
     + P("Il sindaco di Cerreto, Luigi Benassi, ha parlato di «una notte che il paese non dimenticherà»."),
     [("trovato gli escursionisti alle", "Francesca Ruggeri"), ("ragazzo più giovane aveva", "Stefano Lanza"),
      ("notte che il paese", "Luigi Benassi")]),
    ("r51-feature", "pl",
     P("Ewa Kamińska i jej mąż Grzegorz Kamiński od trzydziestu lat prowadzą pasiekę pod Wieluniem.")
     + P("„Pszczoły nauczyły mnie cierpliwości” – mówi on.")
     + P("„A mnie pokory” – śmieje się jego żona.")
     + P("Według Adama Wróbla z regionalnego związku pszczelarzy „takich pasiek jest coraz mniej”."),
     [("nauczyły mnie cierpliwości", "Grzegorz Kamiński"), ("A mnie pokory", "Ewa Kamińska"),
      ("takich pasiek jest coraz", "Adam Wróbel")]),
    ("r51-feature", "ru",
     P("Анна Соколова и её дочь Вера Соколова открыли в посёлке Заречный первую за двадцать лет аптеку.")
     + P("«Раньше за лекарствами ездили в район, сорок километров», — говорит мать.")
     + P("Вера добавляет: «Мы работаем без выходных, пока не найдём второго фармацевта».")
     + P("Одна из покупательниц назвала аптеку «примером для других сёл»."),
     [("ездили в район, сорок", "Анна Соколова"), ("работаем без выходных, пока", "Вера Соколова"),
      ("примером для других сёл", None)]),
    ("r51-feature", "nl",
     P("Pieter Jansen en zijn dochter Lotte Jansen bouwen samen houten zeilboten in een loods aan het Spaarne.")
     + P("‘Mijn vader meet alles drie keer,’ zegt Lotte.")
     + P("‘En zij zaagt na één keer,’ zegt Jansen senior. ‘Meestal klopt het ook nog.’")
     + P("Havenmeester Bram Koster noemt de werf ‘het mooiste stukje van de haven’."),
     [("vader meet alles drie", "Lotte Jansen"), ("zij zaagt na één", "Pieter Jansen"),
      ("Meestal klopt het ook", "Pieter Jansen"), ("mooiste stukje van de", "Bram Koster")]),
    ("r51-feature", "pt",
     P("O treinador Paulo Sequeira e a capitã Beatriz Lemos falaram depois da final perdida em Braga.")
     + P("“Faltou-nos frescura nos últimos vinte minutos”, admitiu o técnico.")
     + P("A capitã foi mais dura: “Não merecemos ganhar.”")
     + P("Na bancada, um cartaz dizia: “Sempre convosco”."),
     [("Faltou-nos frescura nos últimos", "Paulo Sequeira"), ("Não merecemos ganhar", "Beatriz Lemos"),
      ("Sempre convosco", None)]),
    ("r51-feature", "cs",
     P("Kateřina Malá a její otec Josef Malý opravují varhany v kostelích po celé Vysočině.")
     + P("„Každé varhany mají svůj hlas,“ říká otec.")
     + P("„Táta je slyší, já je jen ladím,“ usmívá se Kateřina.")
     + P("Farář Pavel Šťastný o nich mluví jako o „posledních svého druhu“."),
     [("Každé varhany mají svůj", "Josef Malý"), ("Táta je slyší, já", "Kateřina Malá"),
      ("posledních svého druhu", "Pavel Šťastný")]),
    ("r51-feature", "el",
     P("Η Μαρία Αντωνίου και ο σύζυγός της Κώστας Αντωνίου ανοίγουν κάθε πρωί στις πέντε τον φούρνο στην πλατεία.")
     + P("«Το ψωμί δεν περιμένει κανέναν», λέει εκείνος.")
     + P("«Ούτε εμείς ξεκουραζόμαστε», προσθέτει εκείνη γελώντας.")
     + P("Ένας πελάτης μάς είπε: «Χωρίς αυτόν τον φούρνο το χωριό θα άδειαζε»."),
     [("ψωμί δεν περιμένει κανέναν", "Κώστας Αντωνίου"), ("Ούτε εμείς ξεκουραζόμαστε", "Μαρία Αντωνίου"),
      ("Χωρίς αυτόν τον φούρνο", None)]),
    ("r51-feature", "he",
     P("דנה ברגר ובעלה יואב ברגר פתחו את בית הקפה בגבעת השקד לפני עשר שנים.")
     + P("\"בהתחלה היו לנו שלושה שולחנות\", היא נזכרת.")
     + P("\"והיום אנחנו לא מוצאים מקום לחנות\", הוא מוסיף.")
     + P("ראש המועצה, רון אלמוג, כינה את המקום \"הלב של היישוב\"."),
     [("בהתחלה היו לנו שלושה", "דנה ברגר"), ("לא מוצאים מקום לחנות", "יואב ברגר"),
      ("הלב של היישוב", "רון אלמוג")]),
    ("r51-feature", "fi",
     P("Pekka Salonen ja hänen tyttärensä Emmi Salonen pitävät saaressa kalasatamaa kolmatta kesää.")
     + P("– Siika on tänä vuonna ollut hyvä, Pekka sanoo.")
     + P("– Isä sanoo niin joka vuosi, Emmi nauraa.")
     + P("Kunnan elinkeinoasiamies Tiina Vainion mukaan satama on ”saaren tärkein työpaikka”."),
     [("Siika on tänä vuonna", "Pekka Salonen"), ("Isä sanoo niin joka", "Emmi Salonen"),
      ("saaren tärkein työpaikka", "Tiina Vainio")]),
    ("r51-feature", "hu",
     P("Horváth Katalin és fia, Horváth Bence együtt vezetik a tiszaparti kompot.")
     + P("„Negyven éve járok át ezen a vízen” – mondja az anya.")
     + P("„Én még csak tizenkettő” – teszi hozzá a fia.")
     + P("A település jegyzője, Molnár Péter szerint „a komp nélkül a falu elszigetelődne”."),
     [("Negyven éve járok át", "Horváth Katalin"), ("Én még csak tizenkettő", "Horváth Bence"),
      ("komp nélkül a falu", "Molnár Péter")]),
    ("r51-feature", "sv",
     P("Maja Berg och hennes bror Oskar Berg tog över familjens sågverk i Tallåsen förra våren.")
     + P("– Pappa trodde inte att vi skulle klara det, säger hon.")
     + P("– Han trodde inte att jag skulle klara det, rättar brodern.")
     + P("Kommunens näringslivschef Lena Åkesson kallar sågverket ”en hörnsten i bygden”."),
     [("Pappa trodde inte att", "Maja Berg"), ("Han trodde inte att", "Oskar Berg"),
      ("en hörnsten i bygden", "Lena Åkesson")]),
    ("r51-feature", "tr",
     P("Zeynep Arslan ve kardeşi Emre Arslan, babalarından kalan zeytinliği birlikte işliyor.")
     + P("“Babam her ağacın yaşını bilirdi” diyor Zeynep.")
     + P("Kardeşi ise daha pratik: “Ağaçlar yaşlı ama hâlâ veriyor.”")
     + P("Köyün muhtarı Ali Koç, bu yılki hasadı “son on yılın en iyisi” olarak nitelendirdi."),
     [("her ağacın yaşını bilirdi", "Zeynep Arslan"), ("Ağaçlar yaşlı ama hâlâ", "Emre Arslan"),
      ("son on yılın en", "Ali Koç")]),
    ("r51-feature", "ja",
     P("高橋由美さんと夫の高橋誠さんは、山あいの集落で二十年間そば屋を続けてきた。")
     + P("「最初の冬はお客さんが一人も来ない日もあった」と由美さんは振り返る。")
     + P("誠さんは「それでも、そばを打つのをやめようとは思わなかった」と話す。")
     + P("店の前の看板には「手打ち一筋」と書かれている。"),
     [("お客さんが一人も来ない", "高橋由美"), ("そばを打つのをやめよう", "高橋誠"), ("手打ち一筋", None)]),
    ("r51-feature", "zh",
     P("刘芳和她的丈夫赵明在山村里办了一所小学，已经坚持了十五年。")
     + P("“刚来的时候只有七个学生。”她回忆说。")
     + P("赵明补充道：“现在有六十多个，还有两个是从城里转来的。”")
     + P("镇长孙立新称这所学校是“全镇的骄傲”。"),
     [("刚来的时候只有七个", "刘芳"), ("现在有六十多个", "赵明"), ("全镇的骄傲", "孙立新")]),
    ("r51-interview", "ko",
     P("<b>― 처음 배를 탄 건 언제인가요?</b>")
     + P("열네 살 때요. “바다는 겁내는 사람을 먼저 알아본다”고 아버지가 늘 말씀하셨죠.")
     + P("<b>― 은퇴 후 계획은요?</b>")
     + P("“손자에게 그물 짜는 법을 가르치고 싶어요.” 올해 일흔둘인 선장 최영철 씨의 대답이다."),
     [("겁내는 사람을 먼저", None), ("그물 짜는 법을", "최영철")]),
    ("r51-feature", "ar",
     P("تدير ليلى المنصوري وزوجها سامر العطار مكتبة صغيرة في الحي القديم منذ عام 2005.")
     + P("تقول ليلى: «الناس ما زالوا يحبون رائحة الورق».")
     + P("ويضيف زوجها: «لكنهم يشترون أقل من قبل».")
     + P("ووصف رئيس البلدية، فارس العلي، المكتبة بأنها «ذاكرة المدينة»."),
     [("ما زالوا يحبون رائحة", "ليلى المنصوري"), ("يشترون أقل من قبل", "سامر العطار"),
      ("ذاكرة المدينة", "فارس العلي")]),
    ("r51-feature", "fa",
     P("زهرا کریمی و برادرش علی کریمی کارگاه قالی‌بافی پدرشان را در کاشمر ادامه می‌دهند.")
     + P("زهرا می‌گوید: «هر قالی یک سال از عمر ما را می‌گیرد.»")
     + P("برادرش اضافه می‌کند: «و مشتری‌ها می‌خواهند در یک ماه تحویل بگیرند.»"),
     [("هر قالی یک سال", "زهرا کریمی"), ("مشتری‌ها می‌خواهند در یک", "علی کریمی")]),
    ("r51-feature", "hi",
     P("मीरा जोशी और उनके पति अरुण जोशी पहाड़ी गाँव में एक छोटा स्कूल चलाते हैं।")
     + P("मीरा कहती हैं, “यहाँ के बच्चे बहुत मेहनती हैं।”")
     + P("अरुण जोड़ते हैं, “बस किताबें कम पड़ जाती हैं।”")
     + P("स्कूल की दीवार पर लिखा है: “पढ़ेगा गाँव, बढ़ेगा गाँव”।"),
     [("बच्चे बहुत मेहनती हैं", "मीरा जोशी"), ("किताबें कम पड़ जाती", "अरुण जोशी"), ("पढ़ेगा गाँव, बढ़ेगा गाँव", None)]),
    ("r51-forum", "id",
     '<div class="post"><p><b>budi_kopi</b> menulis:</p><blockquote>Ada yang tahu kenapa muncul “Akses ditolak” waktu login?</blockquote>'
     + P("Coba hapus cache dulu, gan. Saya juga begitu kemarin.") + "</div>"
     + '<div class="post"><p><b>rina.santika</b></p>' + P("Kata admin di grup: “Server sedang dalam perbaikan sampai jam 5.”") + "</div>",
     [("Akses ditolak", None), ("Server sedang dalam perbaikan", None)]),
    ("r51-feature", "vi",
     P("Anh Lê Minh Tuấn và vợ là chị Hoàng Thu Trang mở quán phở ở đầu ngõ đã mười năm.")
     + P("“Nước dùng phải ninh từ ba giờ sáng,” anh nói.")
     + P("Chị Trang cười: “Còn tôi thì dậy lúc năm giờ để rửa rau.”"),
     [("Nước dùng phải ninh", "Lê Minh Tuấn"), ("dậy lúc năm giờ", "Hoàng Thu Trang")]),
    ("r51-feature", "ro",
     P("Elena Stoica și fratele ei, Radu Stoica, au redeschis moara bunicului din satul Valea Rece.")
     + P("„Nimeni nu credea că mai merge”, spune ea.")
     + P("„Am schimbat doar roata și curelele”, explică fratele.")
     + P("Pe ușa morii scrie: „Făină ca la bunica”."),
     [("Nimeni nu credea că", "Elena Stoica"), ("schimbat doar roata și", "Radu Stoica"), ("Făină ca la bunica", None)]),
    ("r51-feature", "da",
     P("Søren Lund og hans datter Freja Lund driver øens eneste købmandsbutik.")
     + P("»Om vinteren kender jeg alle kunderne ved navn,« siger han.")
     + P("»Om sommeren kender vi ingen,« siger datteren."),
     [("kender jeg alle kunderne", "Søren Lund"), ("Om sommeren kender vi", "Freja Lund")]),
    ("r51-feature", "nb",
     P("Astrid Lie og broren Henrik Lie overtok fyrlykta på Skarvholmen som turisthytte i fjor.")
     + P("– Vi hadde 900 overnattinger første sommer, sier hun.")
     + P("– Og ingen klaget på at det ikke var dusj, sier han."),
     [("900 overnattinger første sommer", "Astrid Lie"), ("ingen klaget på at", "Henrik Lie")]),
    ("r51-teaser", "de",
     "<ul><li><h2>Der letzte Fährmann vom Altrhein</h2>"
     + P("„Der Fluss hat mich nie im Stich gelassen.“ Ewald Kirchner geht nach 41 Jahren in Rente.") + "</li>"
     + "<li><h2>Was wird aus dem Hallenbad?</h2>"
     + P("„Geschlossen bis auf Weiteres“ steht an der Tür.") + "</li></ul>",
     [("nie im Stich gelassen", "Ewald Kirchner"), ("Geschlossen bis auf Weiteres", None)]),
    ("r51-object", "en",
     P("The club sacked head coach Dimitri Vasko on Sunday night after a fifth straight defeat.")
     + P("“We thank Dimitri for his work and wish him well,” the statement from Larkfield Rovers said.")
     + P("“It was coming,” one season-ticket holder said outside the ground."),
     [("thank Dimitri for his", "Larkfield Rovers"), ("It was coming", None)]),
]

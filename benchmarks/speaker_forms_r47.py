"""Held-out round 47 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading src/, tests/ or any other speaker round). It covers news forms
(speaker after or before the quote, turns, far speakers, organisations, roles and particles,
written texts, None cases, mixed paragraphs) and, for about a third of the cases, other page types:
forum threads with "X wrote:" boxes and replies, testimonials signed below the quote, reviews with
a reviewer line, documentation quoting error messages (None), listings whose teaser names the
speaker in a heading, and press releases ending "said X, CEO of Y" with an "About Y" boilerplate.
Among news it favours speakers named only in an <h2> headline, quotes opening an article with the
name two sentences later, single-name people, names in another script than the text, East Asian
family-name-first names with honorifics, and organisations standing in for people.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R47_CASES = [
    # ---------------- English ----------------
    ("r47-after", "en",
     P("“We ran out of sandbags by noon, and the river was still rising,” said Delphine Okafor-Reyes, "
       "who manages the volunteer depot on Cask Lane.")
     + P("Her deputy, Marcus Lindqvist, counted the losses later. “Forty homes, maybe more,” the deputy said."),
     [("We ran out of sandbags", "Delphine Okafor-Reyes"), ("Forty homes, maybe more", "Marcus Lindqvist")]),
    ("r47-far", "en",
     P("Tobias Wrenfield was eleven when his family moved into the lighthouse keeper's cottage at Gullstone Point.")
     + P("The cottage had no electricity until 1971. Water came from a cistern, and the nearest shop was a "
         "two-hour walk along the cliffs.")
     + P("The lamp itself was automated long before the family left.")
     + P("“My mother kept a logbook of every ship she saw, even after nobody asked her to.”"),
     [("My mother kept a", "Tobias Wrenfield")]),
    ("r47-mixed", "en",
     P("“Nadia Ferrante did nothing wrong,” her lawyer, Conrad Ashby, told reporters outside the court. "
       "“She filed every form on time.”")
     + P("The prosecutor, Ilse Moreau, disagreed. She called the filings “a paper wall built after the fact.”"),
     [("Nadia Ferrante did nothing", "Conrad Ashby"), ("She filed every form", "Conrad Ashby"),
      ("a paper wall built", "Ilse Moreau")]),
    ("r47-turns", "en",
     P("Asked by council member Opal Hendricks whether the bridge would reopen before winter, the city "
       "engineer, Bram Castellanos, replied: “Not unless the steel arrives by October.”")
     + P("“Then tell us when it will,” Hendricks said.")
     + P("“I would if the supplier told me,” he answered."),
     [("Not unless the steel", "Bram Castellanos"), ("Then tell us when", "Opal Hendricks"),
      ("I would if the", "Bram Castellanos")]),
    ("r47-headline", "en",
     "<h2>Coach Ramona Teague: ‘We defended like a pub side’</h2>"
     + P("Bellmoor Rovers lost 4-0 at home on Saturday, their heaviest defeat in six seasons.")
     + P("“We defended like a pub side, and I take the blame for picking that back four,” the coach said "
         "afterwards.")
     + P("Striker Joel Amankwah, who missed a penalty at 0-0, was quieter. “I should have gone left.”"),
     [("I take the blame", "Ramona Teague"), ("I should have gone", "Joel Amankwah")]),
    ("r47-forum", "en",
     '<div class="post"><b>grainmill_kate</b> wrote:<blockquote>Has anyone managed to get the Vantor 3 '
     'hopper to stop jamming with oily beans?</blockquote></div>'
     + '<div class="post"><b>hollis_brews</b>: Mine jammed too until I dropped the grind two steps. '
       'As the manual says, “clean the burrs every two weeks”, and it actually matters.</div>'
     + '<div class="post"><b>grainmill_kate</b>: Thanks! Trying that tonight.</div>',
     [("Has anyone managed to", "grainmill_kate"), ("clean the burrs every", None)]),
    ("r47-testimonial", "en",
     P("What our clients say")
     + "<blockquote>“The crew turned up on the day they promised and left the garden cleaner than they found it.”"
       "<br>— Maria K., Lyon</blockquote>"
     + "<blockquote>“Fair price, and they fixed the gutter nobody else would touch.”<br>— Devon P., Hull</blockquote>",
     [("The crew turned up", "Maria K."), ("Fair price, and they", "Devon P.")]),
    ("r47-docs", "en",
     P("If the installer stops with “permission denied while writing lockfile”, run it again from an "
       "account that owns the project folder.")
     + P("The configuration guide states that the cache “must not be shared between two running "
         "instances”. Older releases did not check this."),
     [("permission denied while writing", None), ("must not be shared", None)]),
    ("r47-press", "en",
     P("LONDON — Fernhollow Analytics today announced a partnership with the Brackley Hospital Trust to "
       "forecast bed demand across its four sites.")
     + P("“Hospitals have had the data for years but not the time to read it,” said Anjali Ruddock, "
         "chief executive of Fernhollow Analytics. “This lets a ward manager see Tuesday's crunch on Friday.”")
     + P("About Fernhollow Analytics: Fernhollow builds forecasting tools for public services. "
         "It employs 140 people in Harrowgate and Kilbrennan."),
     [("Hospitals have had the", "Anjali Ruddock"), ("This lets a ward", "Anjali Ruddock")]),
    ("r47-none", "en",
     P("The so-called “quiet quitting” debate reached the parish newsletter this month.")
     + P("Protesters carried a banner reading “Our Library, Our Future” past the town hall.")
     + P("One parent, who asked not to be named, said: “They close it and then wonder why the kids hang "
         "about the car park.”"),
     [("quiet quitting", None), ("Our Library, Our Future", None), ("They close it and", None)]),
    ("r47-listing", "en",
     "<h2>Five chefs on the dish they would eat last</h2>"
     + "<ul><li><b>Ottilie Marsh, Harbour Table:</b> “A boiled egg with too much salt. Nothing else.”</li>"
       "<li><b>Kwame Boateng-Hale, Ember Row:</b> “My grandmother's groundnut soup, and I'd fight for the pot.”</li></ul>",
     [("A boiled egg with", "Ottilie Marsh"), ("groundnut soup, and I'd", "Kwame Boateng-Hale")]),
    ("r47-continued", "en",
     P("Wilhelmina Strand, 82, remembers the strike of 1959 street by street.")
     + P("“We walked from the gate to the square every morning, and the police walked beside us.")
     + P("“By the third week the bakers were giving us yesterday's bread for nothing.”")
     + P("Her son, Arvid Strand, who now runs the family shop, laughs at that. “She still won't buy bread from them.”"),
     [("We walked from the", "Wilhelmina Strand"), ("By the third week", "Wilhelmina Strand"),
      ("She still won't buy", "Arvid Strand")]),
    ("r47-interview", "en",
     P("<b>You left the orchestra after twenty years. Why now?</b>")
     + P("<b>Celestine Abara:</b> “Because I wanted to hear the music from the audience once.”")
     + P("<b>Do you miss it?</b>")
     + P("Abara: “Every Thursday at seven, exactly.”"),
     [("Because I wanted to", "Celestine Abara"), ("Every Thursday at seven", "Celestine Abara")]),
    ("r47-org", "en",
     P("The Department of Coastal Works said in a statement that the pier “remains structurally sound "
       "but closed for inspection”.")
     + P("The Pellham Ferry Company was blunter: “We will not sail until someone signs the certificate.”"),
     [("remains structurally sound but", "Department of Coastal Works"),
      ("We will not sail", "Pellham Ferry Company")]),
    # ---------------- German ----------------
    ("r47-after", "de",
     P("„Wir haben drei Winter lang auf die Heizung gewartet“, sagt Hannelore Brückmann, die seit 1988 in "
       "dem Block an der Ulmenstraße wohnt.")
     + P("Ihr Nachbar Kemal Aydın nickt. „Im Januar hatten wir zwölf Grad im Wohnzimmer“, ergänzt er."),
     [("Wir haben drei Winter", "Hannelore Brückmann"), ("Im Januar hatten wir", "Kemal Aydın")]),
    ("r47-before", "de",
     P("Die Bürgermeisterin von Kleinhausen, Dr. Reinhild von Asten-Berg, sagte am Montag: „Der Umbau "
       "des Bahnhofs beginnt nicht vor 2028.“")
     + P("Der Landkreis Wettau erklärte, dafür fehlten „mindestens vier Millionen Euro“."),
     [("Der Umbau des Bahnhofs", "Reinhild von Asten-Berg"), ("mindestens vier Millionen Euro", "Landkreis Wettau")]),
    ("r47-mixed", "de",
     P("„Jonas Petersen hat niemanden bedroht“, sagte sein Verteidiger Malte Grunewald nach dem Prozesstag. "
       "Die Nebenklägerin Svenja Holt sprach dagegen von „Monaten der Angst“.")
     + P("Der Vorsitzende Richter ließ beide Aussagen unkommentiert."),
     [("Jonas Petersen hat niemanden", "Malte Grunewald"), ("Monaten der Angst", "Svenja Holt")]),
    ("r47-forum", "de",
     '<div class="post"><b>Radlerin_77</b> schrieb:<blockquote>Weiß jemand, ob die Fähre in Nordhafen '
     'im März schon Fahrräder mitnimmt?</blockquote></div>'
     + '<div class="post"><b>Fährmann_Kuno</b>: Ja, seit letzter Woche. Auf dem Schild am Anleger steht aber '
       '„Fahrräder nur bei ruhiger See“.</div>',
     [("Weiß jemand, ob die", "Radlerin_77"), ("Fahrräder nur bei ruhiger", None)]),
    ("r47-headline", "de",
     "<h2>Torwart Lukas Brandhuber: „Ich höre nicht auf“</h2>"
     + P("Nach dem Abstieg war über sein Karriereende spekuliert worden.")
     + P("„Ich habe noch zwei Jahre Vertrag, und die spiele ich“, sagte der 36-Jährige am Dienstag."),
     [("Ich habe noch zwei", "Lukas Brandhuber")]),
    ("r47-turns", "de",
     P("<b>Frau Lindemann, Ihr Verlag druckt wieder Gedichtbände. Lohnt sich das?</b>")
     + P("Gesine Lindemann: „Finanziell nicht. Aber jemand muss es tun.“")
     + P("<b>Und wer kauft sie?</b>")
     + P("„Erstaunlich viele Studenten. Und Zahnärzte, fragen Sie mich nicht, warum.“"),
     [("Finanziell nicht. Aber jemand", "Gesine Lindemann"), ("Erstaunlich viele Studenten", "Gesine Lindemann")]),
    ("r47-org", "de",
     P("Das Landesamt für Umwelt teilte mit, die Messwerte am Weiher seien „unauffällig“.")
     + P("Die Bürgerinitiative Sauberer Weiher widersprach: „Ohne Befund heißt nicht ohne Gefahr.“")
     + P("Ein Sprecher des Amtes wollte sich dazu nicht äußern."),
     [("unauffällig", "Landesamt für Umwelt"), ("Ohne Befund heißt nicht", "Bürgerinitiative Sauberer Weiher")]),
    ("r47-none", "de",
     P("Das sogenannte „Heizungsgesetz“ beschäftigt den Stadtrat seit Monaten.")
     + P("Im Kino läuft derzeit „Die letzte Fähre nach Amrum“.")
     + P("„Das wird teuer für uns alle“, meinte ein Rentner vor dem Rathaus."),
     [("Heizungsgesetz", None), ("Die letzte Fähre nach", None), ("Das wird teuer für", None)]),
    ("r47-press", "de",
     P("MÜNCHEN – Die Kernwerk Robotik GmbH eröffnet im Mai ein zweites Werk in Oberweiden.")
     + P("„Wir schaffen damit 220 Arbeitsplätze in der Region“, sagte Friederike Olsztyn-Maier, "
         "Geschäftsführerin der Kernwerk Robotik GmbH.")
     + P("Über Kernwerk Robotik: Das Unternehmen wurde 2009 gegründet und baut Greifarme für die Lebensmittelindustrie."),
     [("Wir schaffen damit 220", "Friederike Olsztyn-Maier")]),
    ("r47-testimonial", "de",
     P("Das sagen unsere Gäste")
     + "<blockquote>„Ruhiges Zimmer, ehrliches Frühstück, und der Hund war willkommen.“<br>— Petra S., Bremen</blockquote>"
     + "<blockquote>„Beim nächsten Mal bleiben wir eine Woche.“<br>— Familie Ostermann, Gotha</blockquote>",
     [("Ruhiges Zimmer, ehrliches Frühstück", "Petra S."), ("Beim nächsten Mal bleiben", "Familie Ostermann")]),
    ("r47-far", "de",
     P("Der Bildhauer Anselm Greiff arbeitet seit vierzig Jahren in einer ehemaligen Molkerei.")
     + P("Die Halle ist kalt, die Werkzeuge hängen an Nägeln, auf dem Boden liegt Steinstaub.")
     + P("Zwei Assistentinnen schleifen an einer Figur aus Muschelkalk.")
     + P("„Ich mache nichts Neues. Ich mache das Alte nur langsamer.“"),
     [("Ich mache nichts Neues", "Anselm Greiff")]),
    ("r47-written", "de",
     P("In einem Brief an den Gemeinderat schrieb die Schulleiterin Beate Kornmüller, die Turnhalle sei "
       "„seit dem Wasserschaden nicht mehr nutzbar“.")
     + P("An der Tür hängt seitdem ein Zettel: „Sportunterricht fällt bis auf Weiteres aus.“"),
     [("seit dem Wasserschaden nicht", "Beate Kornmüller"), ("Sportunterricht fällt bis auf", None)]),
    # ---------------- French ----------------
    ("r47-after", "fr",
     P("« On nous avait promis une navette toutes les vingt minutes », regrette Solène Martin-Duvivier, "
       "qui prend le car chaque matin à Vaucourt.")
     + P("« Il en passe une par heure, quand elle passe », ajoute son voisin, Idriss Benhamou."),
     [("On nous avait promis", "Solène Martin-Duvivier"), ("Il en passe une", "Idriss Benhamou")]),
    ("r47-mixed", "fr",
     P("« Mathilde Roux n'a jamais touché à cet argent », a assuré son avocat, Me Gaspard Lefèvre. "
       "Le parquet, lui, évoque « un système organisé ».")
     + P("Le jugement sera rendu le 14 mars."),
     [("Mathilde Roux n'a jamais", "Gaspard Lefèvre"), ("un système organisé", "parquet")]),
    ("r47-forum", "fr",
     '<div class="post"><b>vélo_de_Lison</b> a écrit :<blockquote>Quelqu\'un a testé les pneus Brennac '
     'sur les pavés mouillés ?</blockquote></div>'
     + '<div class="post"><b>Papy_Dérailleur</b> : Oui, ça glisse. Comme dit la notice, « ne pas dépasser '
       '4 bars », et je confirme.</div>',
     [("testé les pneus Brennac", "vélo_de_Lison"), ("ne pas dépasser 4", None)]),
    ("r47-far", "fr",
     P("Armelle Quéré a repris la conserverie de son père en 2011, à Plouzévet.")
     + P("L'usine emploie aujourd'hui trente personnes, contre huit à l'époque.")
     + P("Les sardines arrivent à l'aube, les boîtes partent le soir.")
     + P("« Je n'ai rien inventé. J'ai juste refusé de fermer. »"),
     [("Je n'ai rien inventé", "Armelle Quéré")]),
    ("r47-press", "fr",
     P("LYON – La société Ferralis annonce l'ouverture de son centre de recyclage de batteries à Vaumeil.")
     + P("« Nous traiterons 12 000 tonnes par an dès 2027 », a déclaré Yannick Da Costa, président de Ferralis.")
     + P("À propos de Ferralis : fondée en 2015, Ferralis emploie 300 salariés en France."),
     [("Nous traiterons 12 000", "Yannick Da Costa")]),
    ("r47-none", "fr",
     P("Le film « La Maison des vents » sort mercredi.")
     + P("Sur les pancartes, on lisait « Pas de classe sans maître ».")
     + P("« Personne ne nous écoute », lâche une mère d'élève."),
     [("La Maison des vents", None), ("Pas de classe sans", None), ("Personne ne nous écoute", None)]),
    # ---------------- Spanish ----------------
    ("r47-before", "es",
     P("Según la alcaldesa de Villarrasa, Inmaculada Requena Soto, «el agua llegará a todas las casas antes del verano».")
     + P("El concejal de la oposición, Óscar Lafuente, respondió en el pleno: «Eso mismo dijo hace dos años»."),
     [("el agua llegará a", "Inmaculada Requena Soto"), ("Eso mismo dijo hace", "Óscar Lafuente")]),
    ("r47-headline", "es",
     "<h2>Chimo, el delantero del Atlético Ribera: «No pienso irme en enero»</h2>"
     + P("El jugador zanjó así los rumores sobre su traspaso.")
     + P("«Aquí soy feliz y mi familia también», insistió el delantero tras el entrenamiento."),
     [("Aquí soy feliz y", "Chimo")]),
    ("r47-turns", "es",
     P("—¿Cuándo supo que quería ser cocinera? —le preguntamos a Remedios Albaladejo.")
     + P("—A los nueve años, cuando quemé mi primera tortilla —responde entre risas.")
     + P("Su hija, Lucía Albaladejo, que ahora dirige la cocina, matiza: «Mi madre nunca ha quemado nada»."),
     [("Cuándo supo que quería", None), ("cuando quemé mi primera", "Remedios Albaladejo"),
      ("Mi madre nunca ha", "Lucía Albaladejo")]),
    ("r47-org", "es",
     P("El Ministerio de Vivienda aseguró en un comunicado que las ayudas «se abonarán en marzo».")
     + P("La asociación Inquilinos Unidos replicó que llevan «un año esperando»."),
     [("se abonarán en marzo", "Ministerio de Vivienda"), ("un año esperando", "Inquilinos Unidos")]),
    ("r47-review", "es",
     P("<b>Reseña de Marisol G. (Zaragoza) — 4 de 5</b>")
     + P("«La batidora es potente, pero hace un ruido tremendo. Mis vecinos ya saben cuándo desayuno.»")
     + P("<b>Reseña de Pedro V. (Cádiz) — 2 de 5</b>")
     + P("«Se rompió la tapa al mes.»"),
     [("La batidora es potente", "Marisol G."), ("Se rompió la tapa", "Pedro V.")]),
    # ---------------- Italian ----------------
    ("r47-after", "it",
     P("«Abbiamo chiuso il forno dopo novantadue anni», racconta Annunziata Lo Presti, ultima titolare "
       "della panetteria di via Sant'Elmo.")
     + P("«Mio nonno lo aveva aperto con un prestito del parroco», aggiunge."),
     [("Abbiamo chiuso il forno", "Annunziata Lo Presti"), ("Mio nonno lo aveva", "Annunziata Lo Presti")]),
    ("r47-mixed", "it",
     P("«Ginevra Bassi non sapeva nulla dei conti», ha detto il suo legale, Ruggero Dell'Acqua. "
       "Per la procura si tratta invece di «una gestione consapevole».")
     + P("L'udienza è stata rinviata a maggio."),
     [("Ginevra Bassi non sapeva", "Ruggero Dell'Acqua"), ("una gestione consapevole", "procura")]),
    ("r47-forum", "it",
     '<div class="post"><b>orto_di_Nives</b> ha scritto:<blockquote>I pomodori mi si spaccano tutti dopo '
     'la pioggia, cosa sbaglio?</blockquote></div>'
     + '<div class="post"><b>zappatore58</b>: Succede a tutti. Annaffia poco e spesso, non tanto e di rado.</div>',
     [("I pomodori mi si", "orto_di_Nives")]),
    ("r47-written", "it",
     P("Nella lettera, datata 1917, il soldato Eligio Ferracin scriveva alla moglie: «Qui il freddo entra "
       "nelle ossa e non esce più».")
     + P("La lettera è esposta al museo di Valdobbia accanto al suo elmetto."),
     [("Qui il freddo entra", "Eligio Ferracin")]),
    ("r47-none", "it",
     P("Il cosiddetto «decreto sicurezza bis» torna in aula domani.")
     + P("«Qui non cambia mai niente», commenta un passante."),
     [("decreto sicurezza bis", None), ("Qui non cambia mai", None)]),
    # ---------------- Portuguese ----------------
    ("r47-after", "pt",
     P("“A gente planta, mas quem colhe é o atravessador”, diz Joaquina dos Santos Ribeiro, agricultora "
       "em Serra Alta há trinta anos.")
     + P("O filho, Cícero, concorda com a cabeça. “Ela tem razão, sempre teve”, diz o rapaz."),
     [("A gente planta, mas", "Joaquina dos Santos Ribeiro"), ("Ela tem razão, sempre", "Cícero")]),
    ("r47-before", "pt",
     P("De acordo com a diretora do hospital, Margarida Vasconcelos, “as urgências estão no limite desde dezembro”.")
     + P("Para o sindicato dos enfermeiros, a situação é “insustentável”."),
     [("as urgências estão no", "Margarida Vasconcelos"), ("insustentável", "sindicato dos enfermeiros")]),
    ("r47-testimonial", "pt",
     P("O que dizem os nossos alunos")
     + "<blockquote>“Em seis meses passei a ler jornais em inglês sem dicionário.”<br>— Rui M., Porto</blockquote>"
     + "<blockquote>“Professores pacientes e aulas à noite, era o que eu precisava.”<br>— Tânia F., Braga</blockquote>",
     [("Em seis meses passei", "Rui M."), ("Professores pacientes e aulas", "Tânia F.")]),
    ("r47-docs", "pt",
     P("Se aparecer a mensagem “certificado expirado ou inválido”, atualize a data do sistema.")
     + P("A especificação diz que o campo “deve conter apenas dígitos”."),
     [("certificado expirado ou inválido", None), ("deve conter apenas dígitos", None)]),
    ("r47-headline", "pt",
     "<h2>Zezinho Pires: “Vou jogar até os 40”</h2>"
     + P("O meia do Itaquara Futebol Clube renovou contrato por mais dois anos.")
     + P("“Enquanto as pernas deixarem, eu continuo”, disse o jogador."),
     [("Enquanto as pernas deixarem", "Zezinho Pires")]),
    # ---------------- Dutch ----------------
    ("r47-after", "nl",
     P("‘We hebben de dijk drie keer verhoogd en het water komt nog steeds’, zegt Geertruida van der "
       "Hoeven-Smit, dijkgraaf van waterschap Lingezoom.")
     + P("Haar plaatsvervanger, Sjoerd de Wit, is optimistischer. ‘Dit jaar hielden we het droog.’"),
     [("We hebben de dijk", "Geertruida van der Hoeven-Smit"), ("Dit jaar hielden we", "Sjoerd de Wit")]),
    ("r47-forum", "nl",
     '<div class="post"><b>Fietsfanaat_Els</b> schreef:<blockquote>Is de pont bij Wijkerveer in de winter '
     'nog in de vaart?</blockquote></div>'
     + '<div class="post"><b>schipper_joop</b>: Alleen in het weekend. Op het bord staat ‘Dienst vervalt bij ijsgang’.</div>',
     [("Is de pont bij", "Fietsfanaat_Els"), ("Dienst vervalt bij ijsgang", None)]),
    ("r47-org", "nl",
     P("Het ministerie van Infrastructuur liet weten dat de brug ‘uiterlijk in juni’ weer open gaat.")
     + P("Vervoerder Rivierlijn noemt dat ‘te laat voor het toeristenseizoen’."),
     [("uiterlijk in juni", "ministerie van Infrastructuur"), ("te laat voor het", "Rivierlijn")]),
    ("r47-far", "nl",
     P("Wouter Pruijsen begon zijn fietsenwinkel in 1979 in een schuur achter het huis van zijn ouders.")
     + P("Inmiddels staan er veertig e-bikes in de showroom.")
     + P("‘Vroeger repareerde ik banden. Nu update ik software.’"),
     [("Vroeger repareerde ik banden", "Wouter Pruijsen")]),
    # ---------------- Polish ----------------
    ("r47-after", "pl",
     P("– Czekaliśmy na ten most czterdzieści lat – mówi Bożena Wróblewska-Kania, sołtyska Zalesia.")
     + P("– I jeszcze poczekamy, bo wykonawca zbankrutował – dodaje jej mąż, Zdzisław Kania."),
     [("Czekaliśmy na ten most", "Bożena Wróblewska-Kania"), ("I jeszcze poczekamy, bo", "Zdzisław Kania")]),
    ("r47-before", "pl",
     P("Jak powiedział nam dyrektor szpitala Tadeusz Żmuda, „oddział zostanie otwarty w kwietniu”.")
     + P("Związek pielęgniarek uważa, że to „obietnica bez pokrycia”."),
     [("oddział zostanie otwarty w", "Tadeusz Żmuda"), ("obietnica bez pokrycia", "Związek pielęgniarek")]),
    ("r47-forum", "pl",
     '<div class="post"><b>grzybiarz_Heniek</b> napisał:<blockquote>Czy w lasach pod Borkowem już są '
     'prawdziwki?</blockquote></div>'
     + '<div class="post"><b>Kasia_z_Lasu</b>: Są, ale robaczywe. Leśniczy powiesił tabliczkę „Zakaz wstępu – wycinka”.</div>',
     [("Czy w lasach pod", "grzybiarz_Heniek"), ("Zakaz wstępu – wycinka", None)]),
    ("r47-none", "pl",
     P("Tzw. „ustawa wiatrakowa” wraca do Sejmu.")
     + P("– Nikt nas nie pytał o zdanie – mówi jeden z mieszkańców."),
     [("ustawa wiatrakowa", None), ("Nikt nas nie pytał", None)]),
    # ---------------- Russian ----------------
    ("r47-after", "ru",
     P("«Мы десять лет просили поставить светофор», — говорит Антонина Григорьевна Лапшина, жительница "
       "посёлка Сосновка.")
     + P("«А поставили только после аварии», — добавляет её сосед Эдуард Митин."),
     [("Мы десять лет просили", "Антонина Григорьевна Лапшина"), ("А поставили только после", "Эдуард Митин")]),
    ("r47-script", "ru",
     P("«Россия для меня — это прежде всего публика», — сказал пианист Jean-Baptiste Morvan после концерта "
       "в Заречинске.")
     + P("Его импресарио Claudia Ferri добавила: «Мы вернёмся в следующем сезоне»."),
     [("Россия для меня", "Jean-Baptiste Morvan"), ("Мы вернёмся в следующем", "Claudia Ferri")]),
    ("r47-org", "ru",
     P("Министерство транспорта области заявило, что ремонт моста «завершится к ноябрю».")
     + P("Как сообщило агентство «Северный вестник», подрядчик уже дважды сорвал сроки."),
     [("завершится к ноябрю", "Министерство транспорта области")]),
    ("r47-turns", "ru",
     P("— Почему вы вернулись в деревню? — спросили мы у фермера Глеба Рудакова.")
     + P("— Потому что в городе я был никем, — ответил он.")
     + P("Его жена Вера Рудакова возразила: «Он и здесь никем был, пока коз не завёл»."),
     [("Почему вы вернулись в", None), ("Потому что в городе", "Глеб Рудаков"),
      ("Он и здесь никем", "Вера Рудакова")]),
    # ---------------- Chinese ----------------
    ("r47-after", "zh",
     P("“我们等这条公交线等了整整五年。”家住青石镇的退休教师欧阳秀兰说。")
     + P("她的邻居马建国补充道：“以前进城要换三趟车。”"),
     [("我们等这条公交线", "欧阳秀兰"), ("以前进城要换三趟", "马建国")]),
    ("r47-org", "zh",
     P("市交通局在声明中表示，新桥将“于年底前通车”。")
     + P("据《江城晚报》报道，施工方已两次延误工期。")
     + P("对此，承建商远达建设公司回应称：“延误是因为汛期提前。”"),
     [("于年底前通车", "市交通局"), ("延误是因为汛期提前", "远达建设公司")]),
    ("r47-forum", "zh",
     '<div class="post"><b>山猫爱骑行</b> 写道：<blockquote>有人知道青岚古道冬天还开放吗？</blockquote></div>'
     + '<div class="post"><b>老驴友阿坤</b>：开放的，不过入口的牌子上写着“雨雪天气禁止进入”。</div>',
     [("有人知道青岚古道冬天", "山猫爱骑行"), ("雨雪天气禁止进入", None)]),
    ("r47-mixed", "zh",
     P("“林晓雯没有做错任何事。”她的律师周文博在庭外对记者说。检方则称这是“有预谋的挪用”。")
     + P("法院将于下月宣判。"),
     [("林晓雯没有做错任何", "周文博"), ("有预谋的挪用", "检方")]),
    ("r47-none", "zh",
     P("电影《海边的灯塔》将于本周五上映。")
     + P("抗议者举着写有“还我绿地”的横幅。")
     + P("一位不愿透露姓名的居民说：“没人问过我们的意见。”"),
     [("还我绿地", None), ("没人问过我们的意见", None)]),
    # ---------------- Japanese ----------------
    ("r47-honorific", "ja",
     P("「この町の祭りを絶やしたくない」。そう語るのは、保存会の会長を務める佐々木良平さん（72）だ。")
     + P("佐々木さんの孫の佐々木美咲さんも「私も太鼓を続けます」と話す。"),
     [("この町の祭りを絶やしたくない", "佐々木良平"), ("私も太鼓を続けます", "佐々木美咲")]),
    ("r47-org", "ja",
     P("国土保全省は「堤防の補強は来年度に完了する」との見解を示した。")
     + P("一方、住民団体「川を守る会」は「遅すぎる」と反発している。"),
     [("堤防の補強は来年度に", "国土保全省"), ("遅すぎる", "川を守る会")]),
    ("r47-interview", "ja",
     P("漁師歴四十年の高橋健一さんに話を聞いた。")
     + P("――なぜ漁師になったのですか。")
     + P("高橋　父の背中を見て育ったからです。「海は裏切らない」が口癖でした。")
     + P("――今後の目標は。")
     + P("高橋　「息子に船を譲るまで続けます」とだけ言っておきます。"),
     [("海は裏切らない", None), ("息子に船を譲るまで", "高橋健一")]),
    ("r47-before", "ja",
     P("山本和夫氏は記者会見で次のように述べた。「工場の閉鎖は避けられない」")
     + P("労働組合の委員長、中村恵子氏は「到底受け入れられない」と語った。"),
     [("工場の閉鎖は避けられない", "山本和夫"), ("到底受け入れられない", "中村恵子")]),
    ("r47-testimonial", "ja",
     P("お客様の声")
     + "<blockquote>「子どもが野菜を残さなくなりました。」<br>— 東京都・K.T.様</blockquote>"
     + "<blockquote>「配達時間が正確で助かっています。」<br>— 大阪府・M.S.様</blockquote>",
     [("子どもが野菜を残さなく", "K.T."), ("配達時間が正確で助かって", "M.S.")]),
    # ---------------- Korean ----------------
    ("r47-honorific", "ko",
     P("“이 시장에서 40년 동안 떡을 팔았어요.” 망원동 전통시장 상인 김순자(68) 씨의 말이다.")
     + P("김 씨의 딸 박지은 씨는 “어머니는 하루도 쉬신 적이 없다”고 말했다."),
     [("이 시장에서 40년 동안", "김순자"), ("어머니는 하루도 쉬신", "박지은")]),
    ("r47-org", "ko",
     P("국토안전부는 보도자료를 통해 “신규 노선은 2028년에 개통된다”고 밝혔다.")
     + P("반면 시민단체 ‘교통정의연대’는 “예산이 확보되지 않았다”고 반박했다."),
     [("신규 노선은 2028년에", "국토안전부"), ("예산이 확보되지 않았다", "교통정의연대")]),
    ("r47-turns", "ko",
     P("한민철 감독은 경기 후 “수비가 무너졌다”고 인정했다.")
     + P("주장 오태성은 “감독님 탓이 아니라 우리 탓”이라고 말했다.")
     + P("한 감독은 다시 “다음 경기에서 보여주겠다”고 덧붙였다."),
     [("수비가 무너졌다", "한민철"), ("감독님 탓이 아니라", "오태성"), ("다음 경기에서 보여주겠다", "한민철")]),
    ("r47-none", "ko",
     P("영화 ‘바다의 끝’이 개봉 첫 주 1위에 올랐다.")
     + P("한 관객은 “생각보다 슬펐다”고 말했다."),
     [("바다의 끝", None), ("생각보다 슬펐다", None)]),
    # ---------------- Arabic ----------------
    ("r47-after", "ar",
     P("«انتظرنا الكهرباء ثلاث سنوات»، قالت فاطمة الزهراء بن عيسى، وهي معلمة في قرية الواحة الخضراء.")
     + P("وأضاف جارها سليم العبيدي: «الوعود كثيرة والأعمدة قليلة»."),
     [("انتظرنا الكهرباء ثلاث سنوات", "فاطمة الزهراء بن عيسى"), ("الوعود كثيرة والأعمدة قليلة", "سليم العبيدي")]),
    ("r47-script", "ar",
     P("قال المهندس الفرنسي Étienne Valmont إن «المشروع سيكتمل قبل الصيف».")
     + P("وردّت المتحدثة باسم البلدية، نوال الحداد، بأن «التمويل لم يصل بعد»."),
     [("المشروع سيكتمل قبل الصيف", "Étienne Valmont"), ("التمويل لم يصل بعد", "نوال الحداد")]),
    ("r47-org", "ar",
     P("وقالت وزارة الصحة في بيان إن الوضع «تحت السيطرة».")
     + P("لكن نقابة الأطباء حذّرت من «نقص حاد في الأدوية»."),
     [("تحت السيطرة", "وزارة الصحة"), ("نقص حاد في الأدوية", "نقابة الأطباء")]),
    ("r47-none", "ar",
     P("رفع المتظاهرون لافتة كتب عليها «لا للغلاء».")
     + P("وقال أحد المارة: «الأسعار تضاعفت في شهر»."),
     [("لا للغلاء", None), ("الأسعار تضاعفت في شهر", None)]),
    # ---------------- Turkish ----------------
    ("r47-after", "tr",
     P("“Bu köprüyü otuz yıldır bekliyoruz,” diyor Köprübaşı köyünün muhtarı Hatice Yıldırım-Kaya.")
     + P("Köyün imamı Mustafa Erdem de aynı görüşte: “Cenazelerimizi bile karşıya kayıkla taşıyoruz.”"),
     [("Bu köprüyü otuz yıldır", "Hatice Yıldırım-Kaya"), ("Cenazelerimizi bile karşıya kayıkla", "Mustafa Erdem")]),
    ("r47-forum", "tr",
     '<div class="post"><b>balikci_Nuri</b> yazdı:<blockquote>Kuşkaya\'da bu hafta lüfer çıkıyor mu?</blockquote></div>'
     + '<div class="post"><b>deniz_kizi_34</b>: Çıkıyor ama iskelede “Olta atmak yasaktır” tabelası var, dikkat.</div>',
     [("bu hafta lüfer çıkıyor", "balikci_Nuri"), ("Olta atmak yasaktır", None)]),
    ("r47-org", "tr",
     P("Yayla Yolları Müdürlüğü yaptığı açıklamada yolun “kış bitmeden açılacağını” duyurdu.")
     + P("Kamyoncular Derneği Başkanı Levent Aksoy ise “Bunu geçen yıl da söylediler” dedi."),
     [("kış bitmeden açılacağını", "Yayla Yolları Müdürlüğü"), ("Bunu geçen yıl da", "Levent Aksoy")]),
    # ---------------- Hebrew ----------------
    ("r47-after", "he",
     P("\"חיכינו לגן הילדים הזה שש שנים\", אומרת מיכל בן-דוד, אם לשלושה מהשכונה.")
     + P("בעלה, יואב בן-דוד, מוסיף: \"ועכשיו אין גננת\"."),
     [("חיכינו לגן הילדים הזה", "מיכל בן-דוד"), ("ועכשיו אין גננת", "יואב בן-דוד")]),
    ("r47-org", "he",
     P("משרד החינוך מסר בתגובה כי \"הנושא נבדק\".")
     + P("ועד ההורים השיב: \"שמענו את זה כבר בשנה שעברה\"."),
     [("הנושא נבדק", "משרד החינוך"), ("שמענו את זה כבר", "ועד ההורים")]),
    ("r47-none", "he",
     P("הספר \"הבית ברחוב התאנה\" יצא לאור השבוע.")
     + P("אחד התושבים אמר: \"אף אחד לא שאל אותנו\"."),
     [("הבית ברחוב התאנה", None), ("אף אחד לא שאל", None)]),
    # ---------------- Persian ----------------
    ("r47-after", "fa",
     P("«سه سال است که منتظر آب لوله‌کشی هستیم»، این را زهرا کریمی‌نژاد، معلم روستای چشمه‌سار، می‌گوید.")
     + P("همسایه‌اش، حسن مرادی، اضافه می‌کند: «تانکر هفته‌ای یک بار می‌آید»."),
     [("سه سال است که", "زهرا کریمی‌نژاد"), ("تانکر هفته‌ای یک بار", "حسن مرادی")]),
    ("r47-org", "fa",
     P("وزارت نیرو در بیانیه‌ای اعلام کرد که «خاموشی‌ها تا پایان تابستان ادامه دارد».")
     + P("به گفته اتحادیه صنایع کوچک، این وضعیت «تولید را فلج کرده است»."),
     [("خاموشی‌ها تا پایان تابستان", "وزارت نیرو"), ("تولید را فلج کرده", "اتحادیه صنایع کوچک")]),
    ("r47-none", "fa",
     P("فیلم «خانه‌ای کنار دریا» این هفته اکران می‌شود.")
     + P("یکی از تماشاگران گفت: «بیش از انتظارم گریه کردم»."),
     [("خانه‌ای کنار دریا", None), ("بیش از انتظارم گریه", None)]),
    # ---------------- Hindi ----------------
    ("r47-after", "hi",
     P("“हम पाँच साल से इस सड़क का इंतज़ार कर रहे हैं,” सुनीता देवी शर्मा ने कहा, जो गाँव की सरपंच हैं।")
     + P("उनके बेटे राजेश शर्मा ने जोड़ा, “बारिश में स्कूल बस यहाँ तक नहीं आती।”"),
     [("हम पाँच साल से", "सुनीता देवी शर्मा"), ("बारिश में स्कूल बस", "राजेश शर्मा")]),
    ("r47-org", "hi",
     P("रेल मंत्रालय ने एक बयान में कहा कि नई लाइन “अगले साल तक चालू हो जाएगी।”")
     + P("यात्री संघ के अध्यक्ष महेंद्र सिंह चौहान ने कहा, “यही वादा पिछले साल भी किया गया था।”"),
     [("अगले साल तक चालू", "रेल मंत्रालय"), ("यही वादा पिछले साल", "महेंद्र सिंह चौहान")]),
    ("r47-none", "hi",
     P("फ़िल्म “नदी के उस पार” शुक्रवार को रिलीज़ होगी।")
     + P("एक दुकानदार ने कहा, “धंधा आधा रह गया है।”"),
     [("नदी के उस पार", None), ("धंधा आधा रह गया", None)]),
    # ---------------- Indonesian ----------------
    ("r47-after", "id",
     P("\"Kami sudah menunggu jembatan ini sejak 2015,\" kata Siti Marlina Rahmawati, kepala desa Sukamaju.")
     + P("\"Anak-anak harus menyeberang sungai dengan rakit,\" tambahnya.")
     + P("Camat Bambang Hidayat berjanji pembangunan dimulai tahun depan."),
     [("Kami sudah menunggu jembatan", "Siti Marlina Rahmawati"), ("Anak-anak harus menyeberang sungai", "Siti Marlina Rahmawati")]),
    ("r47-review", "id",
     P("<b>Ulasan dari Dewi A., Bandung</b> ★★★★☆")
     + P("\"Kopinya enak, tapi pengirimannya lama sekali.\"")
     + P("<b>Ulasan dari Rudi P., Medan</b> ★★☆☆☆")
     + P("\"Kemasan bocor waktu sampai.\""),
     [("Kopinya enak, tapi pengirimannya", "Dewi A."), ("Kemasan bocor waktu sampai", "Rudi P.")]),
    ("r47-org", "id",
     P("Kementerian Perhubungan dalam keterangan tertulisnya menyebut jalur itu \"akan dibuka kembali pekan depan\".")
     + P("Namun Serikat Sopir Angkot menilai keputusan itu \"terlambat dua bulan\"."),
     [("akan dibuka kembali pekan", "Kementerian Perhubungan"), ("terlambat dua bulan", "Serikat Sopir Angkot")]),
    # ---------------- Vietnamese ----------------
    ("r47-after", "vi",
     P("“Chúng tôi đã chờ cây cầu này mười năm,” bà Nguyễn Thị Hoa, trưởng thôn Đông Lạc, cho biết.")
     + P("Ông Trần Văn Bảy, hàng xóm của bà, nói thêm: “Mùa lũ không ai qua sông được.”"),
     [("Chúng tôi đã chờ cây", "Nguyễn Thị Hoa"), ("Mùa lũ không ai", "Trần Văn Bảy")]),
    ("r47-org", "vi",
     P("Sở Giao thông Vận tải tỉnh cho biết dự án “sẽ hoàn thành trước Tết”.")
     + P("Theo Hiệp hội Vận tải, việc chậm trễ “gây thiệt hại lớn cho doanh nghiệp”."),
     [("sẽ hoàn thành trước Tết", "Sở Giao thông Vận tải tỉnh"), ("gây thiệt hại lớn cho", "Hiệp hội Vận tải")]),
    ("r47-none", "vi",
     P("Bộ phim “Ngôi nhà bên sông” ra rạp tuần này.")
     + P("Một người dân giấu tên nói: “Giá nhà tăng gấp đôi rồi.”"),
     [("Ngôi nhà bên sông", None), ("Giá nhà tăng gấp đôi", None)]),
    # ---------------- Greek ----------------
    ("r47-after", "el",
     P("«Περιμέναμε τον δρόμο είκοσι χρόνια», λέει η Αικατερίνη Παπαδοπούλου-Ρήγα, πρόεδρος της κοινότητας Αγίου Στεφάνου.")
     + P("«Και τώρα που ήρθε, δεν έχει φώτα», συμπληρώνει ο γείτονάς της, Σπύρος Καλλέργης."),
     [("Περιμέναμε τον δρόμο είκοσι", "Αικατερίνη Παπαδοπούλου-Ρήγα"), ("Και τώρα που ήρθε", "Σπύρος Καλλέργης")]),
    ("r47-script", "el",
     P("«Η Ελλάδα είναι το δεύτερο σπίτι μου», δήλωσε ο Βρετανός αρχιτέκτονας Oliver Pennick στα εγκαίνια.")
     + P("Η δήμαρχος, Ευανθία Μαυρίδη, απάντησε: «Και το δικό σας έργο τώρα ανήκει σε όλους μας»."),
     [("Η Ελλάδα είναι το", "Oliver Pennick"), ("Και το δικό σας", "Ευανθία Μαυρίδη")]),
    ("r47-org", "el",
     P("Το υπουργείο Υγείας ανακοίνωσε ότι η κατάσταση είναι «υπό έλεγχο».")
     + P("Η Ένωση Νοσοκομειακών Γιατρών έκανε λόγο για «κατάρρευση των εφημεριών»."),
     [("υπό έλεγχο", "υπουργείο Υγείας"), ("κατάρρευση των εφημεριών", "Ένωση Νοσοκομειακών Γιατρών")]),
    # ---------------- Romanian ----------------
    ("r47-after", "ro",
     P("„Așteptăm apa curentă de cincisprezece ani”, spune Ileana Constantinescu-Moraru, învățătoare în satul Valea Lungă.")
     + P("„Primăria ne tot promite”, adaugă vecinul ei, Dumitru Vlad."),
     [("Așteptăm apa curentă de", "Ileana Constantinescu-Moraru"), ("Primăria ne tot promite", "Dumitru Vlad")]),
    ("r47-mixed", "ro",
     P("„Andreea Stan nu a semnat niciun contract”, a declarat avocatul ei, Sorin Pădureanu. "
       "Parchetul vorbește însă despre „un prejudiciu de două milioane”.")
     + P("Procesul continuă luna viitoare."),
     [("Andreea Stan nu a", "Sorin Pădureanu"), ("un prejudiciu de două", "Parchetul")]),
    ("r47-press", "ro",
     P("CLUJ-NAPOCA – Compania Vitralis Software anunță deschiderea unui centru de cercetare în Valea Albă.")
     + P("„Vom angaja 150 de ingineri în următorii doi ani”, a declarat Mihaela Ungureanu, director general Vitralis Software.")
     + P("Despre Vitralis Software: compania a fost fondată în 2012 și dezvoltă aplicații pentru logistică."),
     [("Vom angaja 150 de", "Mihaela Ungureanu")]),
    # ---------------- Hungarian ----------------
    ("r47-after", "hu",
     P("„Húsz éve várjuk az új hidat” – mondja Kovácsné Szabó Erzsébet, a falu polgármestere.")
     + P("„Addig kompra szállunk” – teszi hozzá férje, Kovács Imre."),
     [("Húsz éve várjuk az", "Kovácsné Szabó Erzsébet"), ("Addig kompra szállunk", "Kovács Imre")]),
    ("r47-org", "hu",
     P("A Közlekedési Minisztérium közleménye szerint a vonal „jövő nyáron újra megnyílik”.")
     + P("A Vasutasok Szakszervezete szerint ez „irreális ígéret”."),
     [("jövő nyáron újra megnyílik", "Közlekedési Minisztérium"), ("irreális ígéret", "Vasutasok Szakszervezete")]),
    ("r47-forum", "hu",
     '<div class="post"><b>horgász_Béla</b> írta:<blockquote>Tudja valaki, hogy a tiszai holtágban lehet-e '
     'még csónakból horgászni?</blockquote></div>'
     + '<div class="post"><b>vizimolnar</b>: Lehet, de a stégen ott a tábla: „Fürdeni tilos”.</div>',
     [("Tudja valaki, hogy a", "horgász_Béla"), ("Fürdeni tilos", None)]),
    # ---------------- Swedish ----------------
    ("r47-after", "sv",
     P("– Vi har väntat på bussen i tjugo minuter varje morgon, säger Ingrid Lövgren-Ahl, som pendlar från Bjärnäs.")
     + P("– Och på vintern är det mörkt, fyller hennes granne Oskar Nyberg i."),
     [("Vi har väntat på", "Ingrid Lövgren-Ahl"), ("Och på vintern är", "Oskar Nyberg")]),
    ("r47-org", "sv",
     P("Länstrafiken Norrvik skriver i ett pressmeddelande att bron ”öppnar senast i maj”.")
     + P("Pendlarföreningen Ostkusten kallar beskedet ”ett svek mot resenärerna”."),
     [("öppnar senast i maj", "Länstrafiken Norrvik"), ("ett svek mot resenärerna", "Pendlarföreningen Ostkusten")]),
    ("r47-testimonial", "sv",
     P("Vad våra kunder säger")
     + "<blockquote>”Snabb leverans och ett glatt bemötande på telefon.”<br>— Karin J., Umeå</blockquote>"
     + "<blockquote>”Cykeln rullar fortfarande efter tre vintrar.”<br>— Nils B., Gävle</blockquote>",
     [("Snabb leverans och ett", "Karin J."), ("Cykeln rullar fortfarande efter", "Nils B.")]),
    # ---------------- Norwegian ----------------
    ("r47-after", "nb",
     P("– Vi har ventet på fergen i to timer, sier Solveig Haugland-Berg fra Vikøy.")
     + P("– Det skjer hver fredag, legger mannen hennes, Terje Berg, til."),
     [("Vi har ventet på", "Solveig Haugland-Berg"), ("Det skjer hver fredag", "Terje Berg")]),
    ("r47-org", "nb",
     P("Fjordvegkontoret opplyser at tunnelen «åpner igjen i løpet av uka».")
     + P("Næringsforeningen i Fjordbyen mener stengingen har vært «katastrofal for handelen»."),
     [("åpner igjen i løpet", "Fjordvegkontoret"), ("katastrofal for handelen", "Næringsforeningen i Fjordbyen")]),
    ("r47-none", "nb",
     P("Boka «Huset ved fjorden» kom ut i høst.")
     + P("– Ingen har spurt oss, sier en beboer."),
     [("Huset ved fjorden", None), ("Ingen har spurt oss", None)]),
    # ---------------- Danish ----------------
    ("r47-after", "da",
     P("»Vi har ventet på cykelstien i ti år,« siger Birthe Kjærgaard-Holm, formand for borgerforeningen i Søby.")
     + P("»Og nu bliver den kun halvt så lang,« tilføjer næstformand Henrik Dahl."),
     [("Vi har ventet på cykelstien", "Birthe Kjærgaard-Holm"), ("Og nu bliver den", "Henrik Dahl")]),
    ("r47-org", "da",
     P("Vejkontoret i Nørre Vesby oplyser i en pressemeddelelse, at broen »åbner igen til foråret«.")
     + P("Pendlerforeningen Vestkyst kalder det »alt for sent«."),
     [("åbner igen til foråret", "Vejkontoret i Nørre Vesby"), ("alt for sent", "Pendlerforeningen Vestkyst")]),
    ("r47-forum", "da",
     '<div class="post"><b>havemand_Jens</b> skrev:<blockquote>Er der nogen der ved, om man må afbrænde '
     'haveaffald i Nørre Vesby i april?</blockquote></div>'
     + '<div class="post"><b>Lone_K</b>: Nej, der står på kommunens side »Afbrænding er ikke tilladt«.</div>',
     [("Er der nogen der", "havemand_Jens"), ("Afbrænding er ikke tilladt", None)]),
    # ---------------- Finnish ----------------
    ("r47-after", "fi",
     P("– Olemme odottaneet siltaa kaksikymmentä vuotta, sanoo Kyläyhdistyksen puheenjohtaja Aino Heikkilä-Virtanen.")
     + P("– Ja lautta kulkee vain kesällä, lisää hänen naapurinsa Pekka Mäkelä."),
     [("Olemme odottaneet siltaa kaksikymmentä", "Aino Heikkilä-Virtanen"), ("Ja lautta kulkee vain", "Pekka Mäkelä")]),
    ("r47-org", "fi",
     P("Järviseudun liikennekeskus kertoo tiedotteessaan, että silta ”avataan liikenteelle toukokuussa”.")
     + P("Järviseudun Linja-autoyrittäjät pitää aikataulua ”epärealistisena”."),
     [("avataan liikenteelle toukokuussa", "Järviseudun liikennekeskus"), ("epärealistisena", "Järviseudun Linja-autoyrittäjät")]),
    ("r47-none", "fi",
     P("Elokuva ”Talo järven rannalla” saa ensi-iltansa perjantaina.")
     + P("– Kukaan ei kysynyt meiltä, sanoo eräs asukas."),
     [("Talo järven rannalla", None), ("Kukaan ei kysynyt meiltä", None)]),
    # ---------------- Czech ----------------
    ("r47-after", "cs",
     P("„Na nový most čekáme dvacet let,“ říká starostka obce Lhotka Jana Dvořáková-Šimková.")
     + P("„Do té doby jezdíme přes Kamenici,“ doplňuje její soused Václav Horák."),
     [("Na nový most čekáme", "Jana Dvořáková-Šimková"), ("Do té doby jezdíme", "Václav Horák")]),
    ("r47-org", "cs",
     P("Ministerstvo dopravy v tiskové zprávě uvedlo, že trať „bude zprovozněna do konce roku“.")
     + P("Svaz cestujících to označil za „nereálný slib“."),
     [("bude zprovozněna do konce", "Ministerstvo dopravy"), ("nereálný slib", "Svaz cestujících")]),
    ("r47-none", "cs",
     P("Film „Dům u řeky“ má premiéru ve čtvrtek.")
     + P("„Nikdo se nás neptal,“ řekl jeden z místních."),
     [("Dům u řeky", None), ("Nikdo se nás neptal", None)]),
    # ---------------- more page types and hard forms ----------------
    ("r47-docs", "de",
     P("Erscheint beim Start die Meldung „Konfigurationsdatei nicht gefunden“, fehlt der Ordner im Home-Verzeichnis.")
     + P("Laut Spezifikation „muss jeder Schlüssel eindeutig sein“."),
     [("Konfigurationsdatei nicht gefunden", None), ("muss jeder Schlüssel eindeutig", None)]),
    ("r47-docs", "fr",
     P("Si le message « accès refusé au dépôt distant » s'affiche, vérifiez votre jeton.")
     + P("La norme précise que la date « doit suivre le format ISO 8601 »."),
     [("accès refusé au dépôt", None), ("doit suivre le format", None)]),
    ("r47-docs", "ja",
     P("「ファイルが見つかりません」と表示された場合は、パスを確認してください。")
     + P("仕様書には「すべてのキーは一意でなければならない」とある。"),
     [("ファイルが見つかりません", None), ("すべてのキーは一意で", None)]),
    ("r47-listing", "es",
     "<h2>Tres libreras eligen su novela del año</h2>"
     + "<ul><li><b>Amparo Iturbe, librería La Rueca:</b> «Me hizo llorar en el metro, y eso no me pasa nunca».</li>"
       "<li><b>Nerea Goikoetxea, librería Txoko:</b> «Una novela breve que pesa como una enciclopedia».</li></ul>",
     [("Me hizo llorar en", "Amparo Iturbe"), ("Una novela breve que", "Nerea Goikoetxea")]),
    ("r47-listing", "it",
     "<h2>Le voci della vendemmia</h2>"
     + "<ul><li><b>Teresa Scognamiglio, 71 anni:</b> «Vendemmio da quando avevo sei anni».</li>"
       "<li><b>Il nipote Davide:</b> «Io invece solo da quest'anno, e ho già mal di schiena».</li></ul>",
     [("Vendemmio da quando avevo", "Teresa Scognamiglio"), ("Io invece solo da", "Davide")]),
    ("r47-press", "nl",
     P("UTRECHT – Zonnedak BV opent een nieuwe fabriek voor zonnepanelen in Beekdonk.")
     + P("‘Hiermee halveren we de levertijd voor klanten in Nederland’, zegt Femke Oudshoorn, CEO van Zonnedak BV.")
     + P("Over Zonnedak BV: het bedrijf werd in 2014 opgericht en heeft 400 medewerkers."),
     [("Hiermee halveren we de", "Femke Oudshoorn")]),
    ("r47-press", "es",
     P("MADRID – Hidroverde presenta su primera planta de hidrógeno en Valdeloza.")
     + P("«Es el proyecto industrial más importante de la provincia en veinte años», afirmó Baltasar "
         "Fernández de Córdoba, consejero delegado de Hidroverde.")
     + P("Acerca de Hidroverde: la empresa, fundada en 2018, opera en España y Portugal."),
     [("Es el proyecto industrial", "Baltasar Fernández de Córdoba")]),
    ("r47-press", "ko",
     P("서울 — 누리바이오는 신약 후보 물질의 임상 2상에 착수했다고 밝혔다.")
     + P("누리바이오 대표 정하늘 박사는 “3년 안에 허가 신청을 목표로 한다”고 말했다.")
     + P("누리바이오 소개: 2016년 설립된 바이오 기업으로 직원 120명이 일한다."),
     [("3년 안에 허가 신청을", "정하늘")]),
    ("r47-forum", "ru",
     '<div class="post"><b>Дачник_Семёныч</b> писал(а):<blockquote>Кто-нибудь сажал томаты сорта «Бычье сердце» '
     'в открытый грунт под Устьвельском?</blockquote></div>'
     + '<div class="post"><b>огородница_Люба</b>: Сажала. Агроном в магазине сказал мне: «Без теплицы даже не '
       'начинайте», и был прав.</div>',
     [("Кто-нибудь сажал томаты сорта", "Дачник_Семёныч"), ("Без теплицы даже не", None)]),
    ("r47-forum", "ja",
     '<div class="post"><b>山歩き好き</b>さんの投稿：<blockquote>冬の白峰ルートって軽アイゼン必要ですか？</blockquote></div>'
     + '<div class="post"><b>ゆきんこ</b>：必要です。登山口に「積雪時は通行注意」の看板がありました。</div>',
     [("冬の白峰ルートって軽アイゼン", "山歩き好き"), ("積雪時は通行注意", None)]),
    ("r47-review", "fr",
     P("<b>Avis de Clémence B., Rennes</b> — 5/5")
     + P("« Le matelas est ferme sans être dur. Mon dos me remercie. »")
     + P("<b>Avis de Hugo T., Nancy</b> — 3/5")
     + P("« Livraison correcte, mais l'odeur a mis une semaine à partir. »"),
     [("Le matelas est ferme", "Clémence B."), ("Livraison correcte, mais l'odeur", "Hugo T.")]),
    ("r47-review", "pl",
     P("<b>Opinia: Agnieszka W., Poznań</b> ★★★★★")
     + P("„Odkurzacz cichy i bateria trzyma godzinę.”")
     + P("<b>Opinia: Marek S., Gdynia</b> ★★☆☆☆")
     + P("„Po miesiącu przestała działać szczotka.”"),
     [("Odkurzacz cichy i bateria", "Agnieszka W."), ("Po miesiącu przestała działać", "Marek S.")]),
    ("r47-testimonial", "it",
     P("Dicono di noi")
     + "<blockquote>«Corso di ceramica bellissimo, sono tornata a casa con sei tazze storte e felice.»<br>— Chiara D., Bologna</blockquote>"
     + "<blockquote>«Maestro paziente, anche con chi non ha mai toccato l'argilla.»<br>— Franco L., Modena</blockquote>",
     [("Corso di ceramica bellissimo", "Chiara D."), ("Maestro paziente, anche con", "Franco L.")]),
    ("r47-start", "en",
     P("“I didn't see the van until it was in the living room.” That is how Gwendolyn Achterberg, 64, "
       "remembers the night of March 3. She had been asleep upstairs.")
     + P("Police said the driver, a 23-year-old from Redmarsh, had been “well over the limit”.")
     + P("Achterberg's daughter, Ruth Pell, is angry. “Mum could have been sitting in that chair.”"),
     [("I didn't see the", "Gwendolyn Achterberg"), ("well over the limit", "Police"),
      ("Mum could have been", "Ruth Pell")]),
    ("r47-start", "de",
     P("„Das Wasser stand plötzlich bis zur Fensterbank.“ So beschreibt Erwin Dreesmann, 71, die Nacht, "
       "in der der Mühlbach über die Ufer trat. Seine Frau schlief bereits.")
     + P("Die Feuerwehr spricht von einem „Jahrhundertereignis“.")
     + P("Dreesmanns Tochter Anke Dreesmann ist wütend: „Seit zehn Jahren fordern wir eine Mauer.“"),
     [("Das Wasser stand plötzlich", "Erwin Dreesmann"), ("Jahrhundertereignis", "Feuerwehr"),
      ("Seit zehn Jahren fordern", "Anke Dreesmann")]),
    ("r47-single", "pt",
     P("Quinzinho marcou dois gols e foi o melhor em campo na vitória por 3 a 1.")
     + P("“Dedico ao meu avô, que me levava aos treinos de bicicleta”, disse o atacante.")
     + P("O técnico Abelardo Sarmento elogiou o jovem: “Ele ainda vai longe.”"),
     [("Dedico ao meu avô", "Quinzinho"), ("Ele ainda vai longe", "Abelardo Sarmento")]),
    ("r47-single", "fr",
     P("La chanteuse Maëlys a rempli la salle du Carré Bleu pour son retour sur scène.")
     + P("« J'ai eu peur jusqu'à la première note », a confié l'artiste après le concert.")
     + P("Son producteur, Thibault Garnier-Lacaze, se dit « soulagé »."),
     [("J'ai eu peur jusqu'à", "Maëlys"), ("soulagé", "Thibault Garnier-Lacaze")]),
    ("r47-continued", "de",
     P("Edeltraud Wimmer, 88, hat den Krieg als Kind in Klausbrück erlebt.")
     + P("„Wir haben im Keller gesessen und Kartoffeln gezählt, damit wir nicht an die Flieger denken.")
     + P("„Meine Mutter hat jeden Abend gesagt: Morgen wird es besser. Es wurde nie besser.“")
     + P("Ihr Enkel Florian Wimmer hat die Erinnerungen aufgeschrieben."),
     [("Wir haben im Keller", "Edeltraud Wimmer"), ("Meine Mutter hat jeden", "Edeltraud Wimmer")]),
    ("r47-continued", "es",
     P("Nicanor Ballesteros, de 90 años, fue pastor en la sierra de Peñalta.")
     + P("«Subíamos en mayo con mil ovejas y bajábamos en octubre con novecientas.")
     + P("«Los lobos se llevaban su parte, y nosotros lo aceptábamos.»")
     + P("Su nieta, Irene Ballesteros, conserva el cayado."),
     [("Subíamos en mayo con", "Nicanor Ballesteros"), ("Los lobos se llevaban", "Nicanor Ballesteros")]),
    ("r47-written", "en",
     P("In a letter dated 14 June 1862, the ship's surgeon Elias Marrowby wrote to his sister: “The men "
       "eat the biscuits in the dark so as not to see what lives in them.”")
     + P("The museum placard beside it reads “Please do not touch the display”."),
     [("The men eat the", "Elias Marrowby"), ("Please do not touch", None)]),
    ("r47-written", "sv",
     P("I ett inlägg på sociala medier skrev kommunalrådet Lena Bergkvist att beslutet var ”ett misstag”.")
     + P("På skylten vid badet står det fortfarande ”Bad på egen risk”."),
     [("ett misstag", "Lena Bergkvist"), ("Bad på egen risk", None)]),
    ("r47-role", "ar",
     P("قال الدكتور عبد الرحمن آل مرزوق، أستاذ الهندسة في جامعة الرمال، إن «السد بحاجة إلى صيانة عاجلة».")
     + P("وأضاف: «تأجيل الصيانة سيكلف أكثر»."),
     [("السد بحاجة إلى صيانة", "عبد الرحمن آل مرزوق"), ("تأجيل الصيانة سيكلف أكثر", "عبد الرحمن آل مرزوق")]),
    ("r47-role", "nl",
     P("Volgens dr. Pieter-Jan van den Broek, hoogleraar waterbouw in Waterdam, is de kering ‘dringend aan "
       "vervanging toe’.")
     + P("‘Elk jaar uitstel maakt het duurder’, voegt de hoogleraar eraan toe."),
     [("dringend aan vervanging toe", "Pieter-Jan van den Broek"), ("Elk jaar uitstel maakt", "Pieter-Jan van den Broek")]),
    ("r47-honorific", "zh",
     P("“这门手艺不能断在我手里。”说这话的是七十岁的剪纸艺人司马淑芬老师。")
     + P("她的学生陈可欣说：“司马老师教了我十年。”"),
     [("这门手艺不能断在", "司马淑芬"), ("司马老师教了我十年", "陈可欣")]),
    ("r47-script", "tr",
     P("İtalyan şef Lorenzo Castellucci, “Türk mutfağı beni her seferinde şaşırtıyor” dedi.")
     + P("Restoranın sahibi Ayşe Demirtaş ise “Menüyü birlikte hazırladık” diye ekledi."),
     [("Türk mutfağı beni her", "Lorenzo Castellucci"), ("Menüyü birlikte hazırladık", "Ayşe Demirtaş")]),
    ("r47-turns", "cs",
     P("Na otázku zastupitele Karla Bureše, zda se škola otevře v září, odpověděl ředitel Ondřej Malý: "
       "„Jen pokud stavbaři dodrží termín.“")
     + P("„A pokud ne?“ zeptal se Bureš.")
     + P("„Pak budeme učit v tělocvičně,“ řekl ředitel."),
     [("Jen pokud stavbaři dodrží", "Ondřej Malý"), ("A pokud ne?", "Karel Bureš"), ("Pak budeme učit v", "Ondřej Malý")]),
    ("r47-headline", "hu",
     "<h2>Fekete Zsolt edző: „Ez a vereség rajtam múlt”</h2>"
     + P("A Tiszaréti SE hazai pályán kapott ki 3–0-ra.")
     + P("„Rossz volt a felállás, és ezt én választottam” – mondta a szakember a meccs után."),
     [("Rossz volt a felállás", "Fekete Zsolt")]),
    ("r47-headline", "fi",
     "<h2>Kapellimestari Ilmari Koskinen: ”En jää eläkkeelle”</h2>"
     + P("Kaupunginorkesterin pitkäaikainen johtaja jatkaa vielä kaksi kautta.")
     + P("– Musiikki pitää minut nuorena, Koskinen sanoo."),
     [("Musiikki pitää minut nuorena", "Ilmari Koskinen")]),
    ("r47-far", "vi",
     P("Bà Lê Thị Mai đã bán phở ở một góc phố cũ của thị trấn Bến Sen suốt bốn mươi năm.")
     + P("Quán chỉ có sáu chiếc bàn nhựa và một nồi nước dùng lớn.")
     + P("Khách quen đến từ khắp thành phố.")
     + P("“Tôi không có bí quyết gì, chỉ là nấu xương lâu hơn người khác.”"),
     [("Tôi không có bí quyết", "Lê Thị Mai")]),
    ("r47-mixed", "id",
     P("\"Rina Kartika tidak bersalah,\" kata pengacaranya, Hendra Wijaya, di luar pengadilan. "
       "Jaksa menyebut perbuatan itu \"penggelapan yang terencana\".")
     + P("Putusan akan dibacakan bulan depan."),
     [("Rina Kartika tidak bersalah", "Hendra Wijaya"), ("penggelapan yang terencana", None)]),
    ("r47-mixed", "he",
     P("\"דנה לוי לא עשתה שום דבר רע\", אמר עורך דינה, אורי כהן-שחר. התביעה טוענת כי מדובר ב\"מעילה מתוכננת\".")
     + P("גזר הדין יינתן בחודש הבא."),
     [("דנה לוי לא עשתה", "אורי כהן-שחר"), ("מעילה מתוכננת", "התביעה")]),
    ("r47-far", "ro",
     P("Gheorghe Lupașcu a fost paznic de far la Capul Alb timp de treizeci de ani.")
     + P("Farul a fost automatizat în 2004.")
     + P("Acum e muzeu, deschis doar vara.")
     + P("„Nopțile cu furtună erau cele mai liniștite pentru mine.”"),
     [("Nopțile cu furtună erau", "Gheorghe Lupașcu")]),
    # ---------------- more non-news pages ----------------
    ("r47-forum", "es",
     '<div class="post"><b>MontañeroCuco</b> escribió:<blockquote>¿Alguien sabe si el refugio de Peña Gris '
     'abre en noviembre?</blockquote></div>'
     + '<div class="post"><b>la_Tere_trail</b>: Cito a <b>MontañeroCuco</b>: «¿abre en noviembre?». Solo los '
       'fines de semana. En la puerta pone «Reserva obligatoria».</div>',
     [("Alguien sabe si el", "MontañeroCuco"), ("Reserva obligatoria", None)]),
    ("r47-forum", "pt",
     '<div class="post"><b>Zé_das_Abelhas</b> escreveu:<blockquote>As minhas abelhas estão agressivas desde '
     'que mudei a colmeia de sítio. É normal?</blockquote></div>'
     + '<div class="post"><b>MelDaSerra</b>: É normal. O meu avô dizia sempre “abelha mudada, abelha zangada”.</div>'
     + '<div class="post"><b>Zé_das_Abelhas</b>: “Abelha zangada” é pouco, picaram o cão!</div>',
     [("As minhas abelhas estão", "Zé_das_Abelhas"), ("abelha mudada, abelha zangada", None)]),
    ("r47-forum", "ko",
     '<div class="post"><b>캠핑초보민수</b>님이 작성:<blockquote>겨울에 솔바람 캠핑장 가보신 분 계세요?</blockquote></div>'
     + '<div class="post"><b>산들바람</b>: 작년에 갔어요. 입구에 “화기 사용 금지” 안내판이 있었어요.</div>',
     [("겨울에 솔바람 캠핑장 가보신", "캠핑초보민수"), ("화기 사용 금지", None)]),
    ("r47-forum", "ar",
     '<div class="post"><b>أبو_يوسف_للزراعة</b> كتب:<blockquote>هل يصلح تقليم الزيتون في شهر آذار؟</blockquote></div>'
     + '<div class="post"><b>مزارعة_الجبل</b>: نعم، وكما يقول المثل «الزيتون يحب المقص»، لكن لا تبالغ.</div>',
     [("هل يصلح تقليم الزيتون", "أبو_يوسف_للزراعة"), ("الزيتون يحب المقص", None)]),
    ("r47-forum", "cs",
     '<div class="post"><b>chalupář_Pepa</b> napsal:<blockquote>Víte někdo, jestli se dá v zimě vypustit '
     'voda z kotle bez instalatéra?</blockquote></div>'
     + '<div class="post"><b>Jarka_K</b>: Dá. V návodu stojí „před vypuštěním odpojte přívod plynu“, tak to '
       'nepřeskakuj.</div>',
     [("Víte někdo, jestli se", "chalupář_Pepa"), ("před vypuštěním odpojte přívod", None)]),
    ("r47-forum", "fi",
     '<div class="post"><b>mökkiläinen_Timo</b> kirjoitti:<blockquote>Jäätyykö Kalliojärvi jo joulukuussa '
     'niin että sillä voi hiihtää?</blockquote></div>'
     + '<div class="post"><b>Hilkka_R</b>: Ei kannata. Rannassa on kyltti ”Heikot jäät”.</div>',
     [("Jäätyykö Kalliojärvi jo joulukuussa", "mökkiläinen_Timo"), ("Heikot jäät", None)]),
    ("r47-testimonial", "nl",
     P("Wat klanten zeggen")
     + "<blockquote>‘De verhuizers droegen de piano drie trappen op zonder één kras.’<br>— Anouk V., Zwolle</blockquote>"
     + "<blockquote>‘Netjes, op tijd en geen verborgen kosten.’<br>— Bas en Lieke T., Deventer</blockquote>",
     [("De verhuizers droegen de", "Anouk V."), ("Netjes, op tijd en", "Bas en Lieke T.")]),
    ("r47-testimonial", "pl",
     P("Opinie naszych kursantów")
     + "<blockquote>„Zdałam egzamin za pierwszym razem, a bałam się ronda najbardziej.”<br>— Ola M., Lublin</blockquote>"
     + "<blockquote>„Instruktor cierpliwy jak anioł.”<br>— Paweł D., Opole</blockquote>",
     [("Zdałam egzamin za pierwszym", "Ola M."), ("Instruktor cierpliwy jak anioł", "Paweł D.")]),
    ("r47-listing", "de",
     "<h2>Vier Winzerinnen über ihren schwierigsten Jahrgang</h2>"
     + "<ul><li><b>Mechthild Oberhauser, Weingut Sonnhalde:</b> „2021. Es hat geregnet, bis wir geweint haben.“</li>"
       "<li><b>Jasmin Yilmaz-Kern, Hofgut Lindenbühl:</b> „Jeder Jahrgang ist schwierig, wenn man ehrlich ist.“</li></ul>",
     [("Es hat geregnet, bis", "Mechthild Oberhauser"), ("Jeder Jahrgang ist schwierig", "Jasmin Yilmaz-Kern")]),
    ("r47-listing", "ja",
     "<h2>店主に聞いた「わが店の一品」</h2>"
     + "<ul><li><b>そば処やまぶき・今井誠一さん：</b>「冬はやっぱり鴨南蛮です」</li>"
       "<li><b>喫茶ひなた・森田千鶴さん：</b>「母の代から変わらないナポリタン」</li></ul>",
     [("冬はやっぱり鴨南蛮です", "今井誠一"), ("母の代から変わらないナポリタン", "森田千鶴")]),
    ("r47-press", "sv",
     P("GÖTEBORG – Vindkraft Nordväst AB tecknar avtal om tolv nya turbiner utanför Skärhamnsbank.")
     + P("”Det här är vårt största enskilda projekt hittills”, säger Malin Örnberg, vd för Vindkraft Nordväst AB.")
     + P("Om Vindkraft Nordväst AB: bolaget grundades 2010 och har 85 anställda."),
     [("Det här är vårt", "Malin Örnberg")]),
    ("r47-press", "tr",
     P("İSTANBUL – Ladin Yazılım, lojistik firmalarına yönelik yeni rota planlama platformunu tanıttı.")
     + P("Ladin Yazılım Genel Müdürü Selin Karaosmanoğlu, “Teslimat sürelerini yüzde otuz kısaltıyoruz” dedi.")
     + P("Ladin Yazılım hakkında: Şirket 2013'te kuruldu ve 200 çalışanı bulunuyor."),
     [("Teslimat sürelerini yüzde otuz", "Selin Karaosmanoğlu")]),
    ("r47-docs", "es",
     P("Si aparece el error «no se pudo conectar con el servidor de licencias», compruebe el cortafuegos.")
     + P("Según la especificación, el campo «debe contener solo dígitos»."),
     [("no se pudo conectar", None), ("debe contener solo dígitos", None)]),
    ("r47-docs", "ru",
     P("Если программа выдаёт «ошибка доступа к файлу журнала», запустите её от имени администратора.")
     + P("В стандарте сказано, что ключ «должен быть уникальным»."),
     [("ошибка доступа к файлу", None), ("должен быть уникальным", None)]),
    ("r47-docs", "zh",
     P("如果出现“无法连接到许可证服务器”的提示，请检查防火墙设置。")
     + P("规范规定，该字段“只能包含数字”。"),
     [("无法连接到许可证服务器", None), ("只能包含数字", None)]),
    ("r47-review", "de",
     P("<b>Bewertung von Jörg H., Kassel</b> ★★★★☆")
     + P("„Die Kaffeemaschine macht guten Espresso. Der Milchschäumer ist ein Witz.“")
     + P("<b>Bewertung von Sabine R., Trier</b> ★☆☆☆☆")
     + P("„Nach drei Wochen leckte der Wassertank.“"),
     [("Die Kaffeemaschine macht guten", "Jörg H."), ("Nach drei Wochen leckte", "Sabine R.")]),
    ("r47-mixed", "en",
     P("Pictured: Margo Feltham, who founded the choir in 1998, at last year's concert.")
     + P("“The choir has never sounded better,” said its current director, Ambrose Kilcullen. "
         "He said Feltham had been “a hard act to follow”.")
     + P("Asked about the move to a bigger hall, treasurer Nell Dacosta said: “We can't afford it yet.”"),
     [("The choir has never", "Ambrose Kilcullen"), ("a hard act to", "Ambrose Kilcullen"),
      ("We can't afford it", "Nell Dacosta")]),
    ("r47-mixed", "de",
     P("Auf dem Foto: Bürgermeister a. D. Werner Kühnel bei der Einweihung 1994.")
     + P("„Das Bad war immer ein Ort für alle“, sagt die Vorsitzende des Fördervereins, Yasemin Hartung. "
         "Kühnel habe damals „gegen den halben Stadtrat“ gekämpft, erinnert sie sich."),
     [("Das Bad war immer", "Yasemin Hartung"), ("gegen den halben Stadtrat", "Yasemin Hartung")]),
]

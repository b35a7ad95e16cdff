"""Probe: invented news sentences with words in quote marks, in sixteen languages, that are no
quotation (titles, works sung, read or watched, scare quotes, coinages, nicknames, newspapers' names,
signs, hashtags, product names) and short real quotations that must stay listed (exclamations,
one-word replies, quotations split by their speaker or nested in another). Prints each miss and the
counts, false listed and real lost, for the cases above and for each held-out group (ROUND_34, ROUND_34B, ROUND_36:
written before the detectors were changed for them, so they measure how far the rules generalise), and
for ROUND_35 (speech without quote marks: interview turns, dash paragraphs).

    PYTHONPATH=src python benchmarks/quote_probe.py
"""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the valley story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))

# (language, paragraph, the quotation that must be listed, a tuple of them when a speaker splits it, or None)
CASES = (
    ("en", "Marta Quell read from the book “The Salt Orchard” at the Brennick library on Tuesday evening.", None),
    ("en", "Critics praised the film “A Winter in Velmoor” for its quiet camera and its long silences.", None),
    ("en", "The council launched the campaign “Clean Streets Velmoor” with posters at every tram stop.", None),
    ("en", "Under the slogan “Bread for Everyone” the bakers of Orlin marched to the town hall square.", None),
    ("en", "The so-called “green levy” would raise the price of a ticket by two coins, the report found.", None),
    ("en", "Residents call the new tower the “glass needle” because it is thin and shines at dusk.", None),
    ("en", "Teodor Vance, known as “the Ferryman”, ran the crossing at Lusk for forty years.", None),
    ("en", "The mayor called the plan “a betrayal of every family in this valley,” and left the room.",
     "“a betrayal of every family in this valley,”"),
    ("en", "“We will rebuild the bridge before winter,” said Ilse Marrow, the district engineer.",
     "“We will rebuild the bridge before winter,”"),
    ("de", "Der Film „Das Haus am Kaltensee“ läuft ab Donnerstag in den Kinos von Wendelhof.", None),
    ("de", "Die Zeitung „Wendelhofer Bote“ berichtete am Montag über den geplanten Neubau am Hafen.", None),
    ("de", "Die Händler sprechen von einer „Sommerflaute“, die bis in den Herbst dauern könnte.", None),
    ("de", "„Wir bauen die Brücke noch vor dem Winter“, sagte Bürgermeisterin Greta Holm am Dienstag.",
     "„Wir bauen die Brücke noch vor dem Winter“"),
    ("fr", "Le livre « La Maison des sels » de Clémence Arvel paraît le mois prochain chez un petit éditeur.", None),
    ("fr", "Le quotidien « L’Écho de Brassac » a révélé l’affaire dans son édition de samedi dernier.", None),
    ("fr", "Les habitants surnomment le pont « la passerelle fantôme » depuis sa fermeture en mai.", None),
    ("fr", "« Nous reconstruirons le pont avant l’hiver », a déclaré la maire Odile Ferrand mardi.",
     "« Nous reconstruirons le pont avant l’hiver »"),
    ("es", "La película «El verano de Tomasa» se estrena este viernes en los cines de Valdeluna.", None),
    ("es", "El diario «La Voz de Valdeluna» publicó la noticia en su edición del domingo pasado.", None),
    ("es", "Los vecinos llaman al edificio «el cajón gris» desde que se terminó la obra en marzo.", None),
    ("es", "«Reconstruiremos el puente antes del invierno», dijo la alcaldesa Rocío Almendral el martes.",
     "«Reconstruiremos el puente antes del invierno»"),
    ("it", "Il romanzo «La casa dei gelsi» di Arturo Benvegna esce in libreria il mese prossimo.", None),
    ("it", "Il quotidiano «Il Corriere di Valbrona» ha dato la notizia nell’edizione di domenica.", None),
    ("it", "«Ricostruiremo il ponte prima dell’inverno», ha detto la sindaca Loredana Pisciotta.",
     "«Ricostruiremo il ponte prima dell’inverno»"),
    ("pl", "Film „Zima w Borkowie” trafi do kin w piątek, a jego reżyserka przyjedzie na premierę.", None),
    ("pl", "Gazeta „Kurier Borkowski” opisała sprawę w sobotnim wydaniu na pierwszej stronie.", None),
    ("pl", "„Odbudujemy most jeszcze przed zimą” – powiedziała burmistrz Halina Wrzos we wtorek.",
     "„Odbudujemy most jeszcze przed zimą”"),
    ("ru", "Фильм «Зима в Берёзовке» выйдет в прокат в пятницу, сообщили в пресс-службе студии.", None),
    ("ru", "Газета «Вестник Берёзовки» рассказала об этом в субботнем номере на первой полосе.", None),
    ("ru", "«Мы восстановим мост до зимы», — сказала глава района Ольга Тернова во вторник.",
     "«Мы восстановим мост до зимы»"),
    ("nl", "De film „Winter in Oosterbroek” draait vanaf donderdag in de bioscopen van de regio.", None),
    ("nl", "De krant „De Oosterbroeker Bode” meldde het nieuws in de editie van zaterdag.", None),
    ("nl", "“We bouwen de brug nog voor de winter opnieuw op,” zei burgemeester Femke Olstra dinsdag.",
     "“We bouwen de brug nog voor de winter opnieuw op,”"),
    ("pt", "O livro “A Casa das Amoras” de Joaquim Varela chega às livrarias no próximo mês.", None),
    ("pt", "O jornal “Correio de Vale Fundo” publicou a notícia na edição de domingo passado.", None),
    ("pt", "“Vamos reconstruir a ponte antes do inverno”, disse a prefeita Iolanda Serra na terça-feira.",
     "“Vamos reconstruir a ponte antes do inverno”"),
    ("zh", "<p>电影《冬日的青石镇》将于本周五在全国上映，导演林晓舟表示期待观众的反馈。</p>", None),
    ("zh", "该镇推出了“绿色出行周”活动，鼓励居民步行或骑自行车上班。", None),
    ("zh", "镇长王秋岚说：“我们会在冬天之前把桥修好，请大家放心。”", "“我们会在冬天之前把桥修好，请大家放心。”"),
    ("ja", "映画「青石町の冬」は金曜日から全国の映画館で公開される予定だ。", None),
    ("ja", "町は「みどりの移動週間」と名付けたキャンペーンを始めた。", None),
    ("ja", "町長の森川秋子氏は「冬までに橋を必ず直します、安心してください」と述べた。",
     "「冬までに橋を必ず直します、安心してください」"),
    # reports, studies and periodicals named right before their title, and a report's real words
    ("en", "The agency published the report “Rivers under pressure in a warming valley” on Monday morning.", None),
    ("en", "She wrote for the magazine “Notes from the edge of the northern hills” for ten years.", None),
    ("en", "The exhibition “What the river left behind in the old mill town” opens at the Corrin gallery.", None),
    ("en", "Residents have nicknamed him “the man who never sleeps in Dunmore” since the floods.", None),
    ("en", "Ordell Pike, better known as “the last lamplighter of the old quarter”, died on Sunday.", None),
    ("en", "His new show, “Cooking with what is left in the fridge”, airs on Fridays.", None),
    ("en", "The magazine's cover line read “Why nobody in this town trusts the weather anymore”.", None),
    ("de", "Das Magazin „Leben am Fluss und in den alten Dörfern“ erscheint viermal im Jahr.", None),
    ("de", "Die Studie „Wasser für die nächsten hundert Jahre im Tal“ wurde am Montag vorgestellt.", None),
    ("de", "Der Bericht „Flüsse unter Druck in einem wärmer werdenden Tal“ erschien am Montag.", None),
    ("fr", "La revue « Les cahiers du fleuve et des vieux villages » paraît quatre fois par an.", None),
    ("fr", "Le rapport « Des rivières sous pression dans une vallée qui se réchauffe » est sorti lundi.", None),
    ("fr", "L’étude « De l’eau pour les cent prochaines années » a été présentée lundi à Brassac.", None),
    ("es", "El informe «Ríos bajo presión en un valle que se calienta» se publicó el lunes.", None),
    ("es", "La revista «Cuadernos del río y de los pueblos viejos» sale cuatro veces al año.", None),
    ("es", "El periódico «El Heraldo del Valle de las Luces Viejas» cerró en 1998.", None),
    ("it", "Il rapporto «Fiumi sotto pressione in una valle che si scalda» è uscito lunedì.", None),
    ("it", "La rivista «Quaderni del fiume e dei vecchi paesi» esce quattro volte l’anno.", None),
    ("pl", "Raport „Rzeki pod presją w ocieplającej się dolinie” ukazał się w poniedziałek.", None),
    ("pl", "Magazyn „Zeszyty rzeki i starych wsi w dolinie” ukazuje się cztery razy w roku.", None),
    ("ru", "Доклад «Реки под давлением в теплеющей долине» был опубликован в понедельник.", None),
    ("ru", "Журнал «Тетради реки и старых деревень долины» выходит четыре раза в год.", None),
    ("nl", "Het rapport „Rivieren onder druk in een warmer wordende vallei” verscheen maandag.", None),
    ("nl", "Het tijdschrift „Schriften van de rivier en de oude dorpen” verschijnt vier keer per jaar.", None),
    ("pt", "O relatório “Rios sob pressão num vale que aquece” foi publicado na segunda-feira.", None),
    ("pt", "A revista “Cadernos do rio e das aldeias antigas do vale” sai quatro vezes por ano.", None),
    ("zh", "报告《变暖山谷中承受压力的河流》于周一发布，引起了广泛关注。", None),
    ("ja", "報告書「温暖化する谷で圧力を受ける川について」が月曜日に公表された。", None),
    ("en", "The report said the river “could rise by a metre before the end of the decade.”",
     "“could rise by a metre before the end of the decade.”"),
    ("de", "Die Studie warnt, „das Wasser könnte bis zum Ende des Jahrzehnts um einen Meter steigen“.",
     "„das Wasser könnte bis zum Ende des Jahrzehnts um einen Meter steigen“"),
    # nicknames and campaigns in full sentences
    ("fr", "Le pêcheur, surnommé « Le passeur de la vieille rive du fleuve », est mort dimanche.", None),
    ("es", "El barquero, conocido como «El hombre que nunca duerme en el puerto», murió el domingo.", None),
    ("de", "Der Fährmann, bekannt als „Der Mann, der niemals schläft am Hafen“, starb am Sonntag.", None),
    ("it", "Il barcaiolo, noto come «L’uomo che non dorme mai al porto», è morto domenica.", None),
    ("en", "The ferryman, known as “The Man Who Never Sleeps at the Harbour”, died on Sunday.", None),
    ("en", "The ferryman, known as “the man who never sleeps at the old harbour of Dunmore”, died on Sunday.", None),
    ("pt", "O barqueiro, conhecido como “O homem que nunca dorme no porto”, morreu no domingo.", None),
    ("nl", "De veerman, bekend als „De man die nooit slaapt in de haven”, overleed zondag.", None),
    ("pl", "Przewoźnik, zwany „Człowiekiem, który nigdy nie śpi w porcie”, zmarł w niedzielę.", None),
    ("ru", "Паромщик, известный как «Человек, который никогда не спит в порту», умер в воскресенье.", None),
    ("en", "The council adopted the strategy “A greener valley for the next generation of families” on Friday.", None),
    ("de", "Die Stadt startete die Kampagne „Saubere Straßen für alle Kinder im Viertel“ am Montag.", None),
    ("fr", "La ville a lancé la campagne « Des rues propres pour tous les enfants du quartier » lundi.", None),
    ("es", "El ayuntamiento lanzó la campaña «Calles limpias para todos los niños del barrio» el lunes.", None),
    ("it", "Il comune ha lanciato la campagna «Strade pulite per tutti i bambini del quartiere» lunedì.", None),
    ("pt", "A prefeitura lançou a campanha “Ruas limpas para todas as crianças do bairro” na segunda.", None),
    ("nl", "De gemeente startte de campagne „Schone straten voor alle kinderen in de wijk” op maandag.", None),
    ("pl", "Miasto rozpoczęło kampanię „Czyste ulice dla wszystkich dzieci z osiedla” w poniedziałek.", None),
    ("ru", "Город запустил кампанию «Чистые улицы для всех детей нашего района» в понедельник.", None),
    # films, songs, exhibitions and headlines cited; signs and slogans; scare quotes, product names,
    # nicknames and titles in more languages (cs, sv); short answers and fragments that are speech
    ("en", 'The band closed the night with “Lanterns Over the Quiet Harbour” and left the stage.', None),
    ("en", 'Her song “nobody waits for the last ferry anymore” topped the regional chart in June.', None),
    ("en", 'The exhibition “Salt, Stone and the People Who Carried Them” runs until March at the mill.', None),
    ("en", 'Under the headline “Town council votes to close the old ferry crossing for good”, the paper ran two pages.',
     None),
    ("en", 'A week earlier the paper had run “Ferry crossing saved after a long night of talks” on its front page.',
     None),
    ("de", 'Die Band spielte zum Schluss „Laternen über dem stillen Hafen am Abend“ und verließ die Bühne.', None),
    ("de", 'Die Ausstellung „Salz, Stein und die Menschen, die sie trugen“ läuft bis März in der alten Mühle.', None),
    ("de", 'Unter der Überschrift „Gemeinderat beschließt das Ende der alten Fähre“ berichtete das Blatt zwei Seiten lang.',
     None),
    ("fr", 'Le groupe a terminé avec « Des lanternes sur le port tranquille du soir » avant de quitter la scène.',
     None),
    ("fr", 'L’exposition « Le sel, la pierre et ceux qui les portaient » est ouverte jusqu’en mars au moulin.', None),
    ("fr", 'Sous le titre « Le conseil vote la fermeture du vieux bac pour de bon », le journal a consacré deux pages.',
     None),
    ("es", 'La banda cerró la noche con «Faroles sobre el puerto tranquilo de la tarde» y dejó el escenario.', None),
    ("es", 'La exposición «La sal, la piedra y quienes las cargaron» sigue abierta hasta marzo en el molino.', None),
    ("es", 'Bajo el titular «El concejo vota cerrar para siempre el viejo transbordador», el diario dedicó dos páginas.',
     None),
    ("it", 'La mostra «Il sale, la pietra e chi li portava sulle spalle» resta aperta fino a marzo al mulino.', None),
    ("it", 'Con il titolo «Il consiglio vota la chiusura del vecchio traghetto per sempre» il giornale ha dedicato due pagine.',
     None),
    ("pt", 'A exposição “O sal, a pedra e quem os carregava nas costas” fica aberta até março no moinho.', None),
    ("pl", 'Wystawa „Sól, kamień i ludzie, którzy je nosili” potrwa do marca w starym młynie.', None),
    ("ru", 'Выставка «Соль, камень и люди, которые их носили» продлится до марта в старой мельнице.', None),
    ("ru", 'Песня «Фонари над тихой гаванью вечером» заняла первое место в местном хит-параде.', None),
    ("nl", 'De tentoonstelling „Zout, steen en de mensen die ze droegen” loopt tot maart in de oude molen.', None),
    ("sv", 'Utställningen ”Salt, sten och människorna som bar dem” pågår till mars i den gamla kvarnen.', None),
    ("zh", '展览《盐、石头与搬运它们的人们》将在老磨坊展出至明年三月。', None),
    ("ja", '展覧会「塩と石とそれを運んだ人びと」は三月まで旧製粉所で開かれている。', None),
    ("en", 'The firm sells its “smart kettle” for twice the price of an ordinary one in the valley.', None),
    ("en", 'Protesters held up signs saying “Keep the ferry running for our children” outside the hall.', None),
    ("en", 'The word “sustainable” appears fourteen times in the two-page plan the council released.', None),
    ("en", 'The plan promises what it calls “a fair deal for every household in the valley” but gives no figures.',
     None),
    ("de", 'Die Firma verkauft ihren „intelligenten Wasserkocher“ zum doppelten Preis eines normalen Geräts.', None),
    ("de", 'Das Wort „nachhaltig“ kommt in dem zweiseitigen Plan des Gemeinderats vierzehnmal vor.', None),
    ("fr", 'Le mot « durable » apparaît quatorze fois dans le plan de deux pages publié par la mairie.', None),
    ("fr", 'Les manifestants brandissaient des pancartes « Gardez le bac pour nos enfants et nos vieux » devant la mairie.',
     None),
    ("es", 'Los manifestantes llevaban pancartas con el lema «Que el barco siga para nuestros hijos» frente al ayuntamiento.',
     None),
    ("it", 'I manifestanti esponevano cartelli con la scritta «Il traghetto resta per i nostri figli» davanti al municipio.',
     None),
    ("pt", 'Os manifestantes exibiam cartazes com os dizeres “O barco fica para os nossos filhos” diante da prefeitura.',
     None),
    ("pl", 'Demonstranci trzymali transparenty z hasłem „Prom zostaje dla naszych dzieci i wnuków” przed ratuszem.',
     None),
    ("ru", 'Протестующие держали плакаты с надписью «Паром остаётся для наших детей и внуков» у здания мэрии.', None),
    ("nl", 'Demonstranten hielden borden omhoog met de tekst „De veerboot blijft voor onze kinderen” bij het stadhuis.',
     None),
    ("zh", '抗议者在市政厅外举着写有“渡轮要为我们的孩子们继续开下去”的标语。', None),
    ("en", 'Asked whether the bridge would open in spring, Ilse Marrow said: “Yes, in April.”', '“Yes, in April.”'),
    ("en", 'Ilse Marrow said the delay was “regrettable but unavoidable given the flooding,” and apologised.',
     '“regrettable but unavoidable given the flooding,”'),
    ("de", 'Bürgermeisterin Greta Holm nannte die Verzögerung „bedauerlich, aber wegen des Hochwassers unvermeidlich“.',
     '„bedauerlich, aber wegen des Hochwassers unvermeidlich“'),
    ("fr", 'La maire Odile Ferrand a jugé ce retard « regrettable mais inévitable après les crues ».',
     '« regrettable mais inévitable après les crues »'),
    ("es", 'La alcaldesa Rocío Almendral calificó el retraso de «lamentable pero inevitable tras las riadas».',
     '«lamentable pero inevitable tras las riadas»'),
    ("sv", '”Vi bygger bron före vintern”, sade kommunalrådet Karin Brolin på tisdagen.',
     '”Vi bygger bron före vintern”'),
    ("ja", '町長の森川秋子氏は「はい、四月です」と答えた。', '「はい、四月です」'),
    ("en", 'Locals still call the old mill “the Cathedral” though no priest ever set foot in it.', None),
    ("en", "The phone, sold as the “Pocket Harbour Pro Max Edition”, costs more than a month's rent.", None),
    ("en", 'Many readers wrote in to ask what the council means by “affordable” in its housing plan for the valley.',
     None),
    ("en", 'The so-called “temporary” bridge has now stood for eleven years at the end of the lake road.', None),
    ("en", 'Her last album, “Everything We Lost in the Flood and Found Again”, sold out in a week.', None),
    ("de", 'Die Einheimischen nennen die alte Mühle nur „die Kathedrale am Fluss“, obwohl nie ein Priester dort war.',
     None),
    ("de", 'Das Telefon, verkauft als „Taschenhafen Pro Max Edition“, kostet mehr als eine Monatsmiete.', None),
    ("de", 'Ihr letztes Album „Alles, was wir in der Flut verloren haben“ war in einer Woche ausverkauft.', None),
    ("fr", 'Les habitants appellent le vieux moulin « la cathédrale du fleuve » alors qu’aucun prêtre n’y est entré.',
     None),
    ("fr", 'Son dernier album, « Tout ce que nous avons perdu dans la crue », s’est vendu en une semaine.', None),
    ("es", 'Los vecinos llaman al viejo molino «la catedral del río» aunque ningún cura entró jamás en él.', None),
    ("es", 'Su último disco, «Todo lo que perdimos en la riada y volvimos a encontrar», se agotó en una semana.', None),
    ("it", 'I residenti chiamano il vecchio mulino «la cattedrale del fiume» anche se nessun prete vi è mai entrato.',
     None),
    ("it", 'Il suo ultimo album, «Tutto quello che abbiamo perso nell’alluvione», è andato esaurito in una settimana.',
     None),
    ("pt", 'Os moradores chamam o velho moinho de “a catedral do rio” embora nenhum padre tenha entrado lá.', None),
    ("pl", 'Mieszkańcy nazywają stary młyn „katedrą nad rzeką”, choć żaden ksiądz nigdy tam nie wszedł.', None),
    ("pl", 'Jej ostatni album „Wszystko, co straciliśmy w powodzi” wyprzedał się w tydzień.', None),
    ("ru", 'Жители называют старую мельницу «собором на реке», хотя ни один священник туда не заходил.', None),
    ("ru", 'Её последний альбом «Всё, что мы потеряли в наводнении» был распродан за неделю.', None),
    ("nl", 'Inwoners noemen de oude molen „de kathedraal aan de rivier”, hoewel er nooit een priester kwam.', None),
    ("cs", 'Obyvatelé říkají starému mlýnu „katedrála u řeky“, ačkoli tam nikdy nevkročil žádný kněz.', None),
    ("cs", 'Její poslední album „Všechno, co jsme ztratili při povodni“ se vyprodalo za týden.', None),
    ("sv", 'Invånarna kallar den gamla kvarnen ”katedralen vid floden” fast ingen präst har satt sin fot där.', None),
    ("zh", '当地人把这座旧磨坊称为“河边的大教堂”，尽管从未有牧师踏足其中。', None),
    ("ja", '地元の人々はその古い水車小屋を「川辺の大聖堂」と呼んでいる。', None),
    ("ja", '彼女の最新アルバム「洪水で失ったすべてのものたち」は一週間で完売した。', None),
    ("en", '“Affordable means nothing if nobody here can pay it,” said Ilse Marrow, who leads the tenants.',
     '“Affordable means nothing if nobody here can pay it,”'),
    ("de", '„Bezahlbar heißt gar nichts, wenn es hier niemand zahlen kann“, sagte Greta Holm von der Mieterinitiative.',
     '„Bezahlbar heißt gar nichts, wenn es hier niemand zahlen kann“'),
    ("fr", 'Pour la maire Odile Ferrand, ce retard est « le prix à payer pour un pont qui tiendra cent ans ».',
     '« le prix à payer pour un pont qui tiendra cent ans »'),
    ("es", 'Según la alcaldesa Rocío Almendral, el retraso es «el precio de un puente que durará cien años».',
     '«el precio de un puente que durará cien años»'),
    ("it", 'Secondo la sindaca Loredana Pisciotta, il ritardo è «il prezzo di un ponte che durerà cent’anni».',
     '«il prezzo di un ponte che durerà cent’anni»'),
    ("cs", '„Most postavíme ještě před zimou,“ řekla starostka Hana Vrbová v úterý.',
     '„Most postavíme ještě před zimou,“'),
    ("sv", '”Bron ska stå klar före vintern, det lovar jag”, säger Karin Brolin.',
     '”Bron ska stå klar före vintern, det lovar jag”'),
    ("zh", '王秋岚告诉记者：“桥一定会在冬天之前修好，大家不用担心。”', '“桥一定会在冬天之前修好，大家不用担心。”'),
    # hard forms both ways, in fourteen languages: titles after verbs of reading, watching and singing,
    # titles in lists, defined terms, product and model names, sign texts, hashtags, quoted headlines;
    # and real words that look like titles: exclamations, one-word replies, words after a colon, a
    # quotation split by its speaker, «», „“, 「」, ‹› and a quotation nested in a quotation
    ("en", "On the last night of the tour she sang “Lanterns on the Water” twice for the crowd at Harrow.", None),
    ("en", "We watched “The Long Night at Harrow Bay” with the children and nobody slept afterwards.", None),
    ("en", "His novels include “Salt Wind”, “The Quiet Pier” and “Nobody Leaves Harrow Before Dawn”.", None),
    ("en", "The bakery's new “Harbour Loaf Deluxe 2” costs almost twice what the old loaf did.", None),
    ("en", "A hand-painted sign reading “No swimming after dusk, the currents are strong” stands by the pier.",
     None),
    ("en", "Within an hour the hashtag “#KeepTheHarrowFerry” was shared by thousands of residents.", None),
    ("en", "Read our earlier story, “Harrow ferry crossing to close after ninety years”, for the background.",
     None),
    ("en", "“No!” shouted Edda Kolm when the council voted to sell the harbour land.", "“No!”"),
    ("en", "Asked whether she would stand again, Edda Kolm gave a one-word answer: “Never.”", "“Never.”"),
    ("en", "The harbour master's reply was short: “We will not close the pier this winter.”",
     "“We will not close the pier this winter.”"),
    ("en", "“We will rebuild the pier,” said Edda Kolm, “but not before the spring storms have passed.”",
     ("“We will rebuild the pier,”", "“but not before the spring storms have passed.”")),
    ("en", "“She told me ‘never again’ and walked out of the meeting,” said Edda Kolm, the harbour master.",
     "“She told me ‘never again’ and walked out of the meeting,”"),
    ("de", "Zum Abschluss sang der Chor „Laternen auf dem Wasser im Hafen“ vor vollem Haus.", None),
    ("de", "In der Schule lasen wir „Der Sommer der Krähen am alten Hafen“ in der achten Klasse.", None),
    ("de", "Die sogenannte „Hafenabgabe für alle Besucher“ soll ab Januar gelten.", None),
    ("de", "Auf dem Schild am Steg steht „Baden verboten, Lebensgefahr durch Strömung“.", None),
    ("de", "„Nein!“, rief Edda Kolm, als der Rat den Verkauf des Hafengeländes beschloss.", "„Nein!“"),
    ("de", "„Wir bauen den Steg wieder auf“, sagte Edda Kolm, „aber erst nach den Frühjahrsstürmen.“",
     ("„Wir bauen den Steg wieder auf“", "„aber erst nach den Frühjahrsstürmen.“")),
    ("de", "Die Antwort des Hafenmeisters war kurz: „Wir schließen den Steg in diesem Winter nicht.“",
     "„Wir schließen den Steg in diesem Winter nicht.“"),
    ("de", "«Wir schliessen den Steg in diesem Winter nicht», sagte Hafenmeister Urs Kälin am Dienstag.",
     "«Wir schliessen den Steg in diesem Winter nicht»"),
    ("fr", "En rappel, elle a chanté « Les lanternes sur l’eau du vieux port » devant une salle comble.", None),
    ("fr", "Ses romans comptent « Le vent salé », « La jetée tranquille » et « Personne ne quitte Harrow ».", None),
    ("fr", "La soi-disant « taxe portuaire pour tous les visiteurs » entrera en vigueur en janvier.", None),
    ("fr", "« Non ! » a crié Edda Kolm quand le conseil a voté la vente du terrain du port.", "« Non ! »"),
    ("fr", "‹ Nous ne fermerons pas la jetée cet hiver ›, a dit le capitaine du port Urs Kälin mardi.",
     "‹ Nous ne fermerons pas la jetée cet hiver ›"),
    ("fr", "La réponse du capitaine du port a été brève : « Nous ne fermerons pas la jetée cet hiver. »",
     "« Nous ne fermerons pas la jetée cet hiver. »"),
    ("es", "Anoche vimos «La noche larga de Puerto Frío» en familia y nadie durmió después.", None),
    ("es", "El llamado «impuesto portuario para todos los visitantes» entrará en vigor en enero.", None),
    ("es", "Un cartel pintado a mano con el texto «Prohibido bañarse, corrientes peligrosas» sigue en el muelle.",
     None),
    ("es", "«¡No!», gritó Edda Kolm cuando el concejo votó vender los terrenos del puerto.", "«¡No!»"),
    ("es", "«Reconstruiremos el muelle», dijo Edda Kolm, «pero no antes de que pasen las tormentas».",
     ("«Reconstruiremos el muelle»", "«pero no antes de que pasen las tormentas»")),
    ("it", "Abbiamo letto «Il giardino dei salici sul vecchio porto» in terza media.", None),
    ("it", "Il cosiddetto «contributo portuale per tutti i visitatori» scatterà a gennaio.", None),
    ("it", "«No!», ha gridato Edda Kolm quando il consiglio ha votato la vendita del porto.", "«No!»"),
    ("it", "La risposta del capitano del porto è stata breve: «Non chiuderemo il molo quest’inverno».",
     "«Non chiuderemo il molo quest’inverno»"),
    ("pt", "No bis ela cantou “Lanternas sobre a água do velho porto” para uma plateia cheia.", None),
    ("pt", "O novo telefone “Porto Azul X2 Pro” custa quase o dobro do modelo anterior.", None),
    ("pt", "“Não!”, gritou Edda Kolm quando a câmara votou a venda do terreno do porto.", "“Não!”"),
    ("nl", "Als toegift zong ze „Lantaarns op het water van de oude haven” voor een volle zaal.", None),
    ("nl", "De zogenaamde „havenheffing voor alle bezoekers” gaat in januari in.", None),
    ("nl", "„Nee!” riep Edda Kolm toen de raad besloot de havengrond te verkopen.", "„Nee!”"),
    ("pl", "Przeczytałam „Lato wron nad starym portem” w jeden wieczór i nie mogłam zasnąć.", None),
    ("pl", "Tak zwana „opłata portowa dla wszystkich gości” zacznie obowiązywać w styczniu.", None),
    ("pl", "„Nie!” – krzyknęła Edda Kolm, gdy rada przegłosowała sprzedaż terenu portu.", "„Nie!”"),
    ("ru", "На бис она спела «Фонари над водой старой гавани» под аплодисменты зала.", None),
    ("ru", "Так называемый «портовый сбор для всех приезжих» начнёт действовать в январе.", None),
    ("ru", "На табличке у причала написано «Купаться запрещено, опасное течение».", None),
    ("ru", "«Нет!» — крикнула Эдда Кольм, когда совет проголосовал за продажу земли у порта.", "«Нет!»"),
    ("ru", "Ответ начальника порта был коротким: «Мы не закроем причал этой зимой».",
     "«Мы не закроем причал этой зимой»"),
    ("uk", "Так званий «портовий збір для всіх приїжджих» почне діяти в січні.", None),
    ("uk", "«Ми не закриємо причал цієї зими», — сказав начальник порту Остап Гайда.",
     "«Ми не закриємо причал цієї зими»"),
    ("sv", "Som extranummer sjöng hon ”Lyktor över vattnet i den gamla hamnen” för en fullsatt salong.", None),
    ("sv", "”Nej!” ropade Edda Kolm när fullmäktige röstade för att sälja hamntomten.", "”Nej!”"),
    ("cs", "Ve škole jsme četli „Léto vran nad starým přístavem“ v osmé třídě.", None),
    ("cs", "Takzvaný „přístavní poplatek pro všechny návštěvníky“ začne platit v lednu.", None),
    ("cs", "„Ne!“ vykřikla Edda Kolmová, když rada odhlasovala prodej pozemku u přístavu.", "„Ne!“"),
    ("tr", "Konserin sonunda “Eski Limanın Suyundaki Fenerler” şarkısını iki kez söyledi.", None),
    ("tr", "“İskeleyi bu kış kapatmayacağız,” dedi liman başkanı Emre Kaya salı günü.",
     "“İskeleyi bu kış kapatmayacağız,”"),
    ("zh", "昨晚我们全家一起看了电影《港口漫长的一夜》，之后谁也睡不着。", None),
    ("zh", "码头边的牌子上写着“禁止游泳，水流湍急危险”。", None),
    ("zh", "港务长的回答很简短：“今年冬天我们不会关闭码头。”", "“今年冬天我们不会关闭码头。”"),
    ("ja", "アンコールで彼女は「古い港の水面に映る灯り」を歌った。", None),
    ("ja", "桟橋の看板には「遊泳禁止、流れが速く危険です」と書かれている。", None),
    ("ja", "港長の回答は短かった。「この冬、桟橋は閉鎖しません」", "「この冬、桟橋は閉鎖しません」"),
    # buttons to click, search phrases, laws, events, courses, lists of titles, slogans; one-word
    # questions and a cry quoted inside a quotation
    ("en", "To change it, open the settings page and click “Save all changes to my profile” at the bottom.", None),
    ("en", "Last year more people searched for “cheap ferry tickets to the islands” than for anything else.", None),
    ("en", "Economists have a name for this: what they call “the slow leak of young workers”.", None),
    ("en", "The phrase “build back better than before the storm” appears in every leaflet the party prints.", None),
    ("en", "Parliament passed the “Safer Harbours and Coastal Paths Act” by a wide margin on Thursday.", None),
    ("en", "Tickets for the “Harbour Lights Winter Market and Fair” go on sale next week.", None),
    ("en", "Her course, “Writing Letters That People Actually Read”, fills up within an hour every term.", None),
    ("en", "Top results: “Ten walks along the old harbour wall”, “Where to eat near the pier” and "
           "“The lighthouse at night”.", None),
    ("en", "The group's slogan, “Keep the harbour open for everyone”, is printed on every bag they sell.", None),
    ("en", "“Why?” asked Piet Alder, who had not been told about the closure.", "“Why?”"),
    ("en", "Her reply to the council came in two words: “Absolutely not.”", "“Absolutely not.”"),
    ("en", "Piet Alder's message to the crew was simple: “Go home and rest, the storm will pass tonight.”",
     "“Go home and rest, the storm will pass tonight.”"),
    ("en", "“I heard someone shout ‘fire’ and then everyone ran for the doors,” said Piet Alder.",
     "“I heard someone shout ‘fire’ and then everyone ran for the doors,”"),
    ("de", "Klicken Sie auf „Alle Änderungen im Profil speichern“, um die Einstellungen zu sichern.", None),
    ("de", "Der Bundestag verabschiedete das „Gesetz für sichere Häfen und Küstenwege“ am Donnerstag.", None),
    ("de", "Die Partei wirbt mit dem Spruch „Der Hafen bleibt für alle offen“ auf jedem Plakat.", None),
    ("de", "„Warum?“, fragte Piet Alder, der von der Schließung nichts wusste.", "„Warum?“"),
    ("fr", "Cliquez sur « Enregistrer toutes les modifications du profil » en bas de la page.", None),
    ("fr", "L’Assemblée a adopté la « loi sur la sécurité des ports et des sentiers » jeudi.", None),
    ("fr", "« Pourquoi ? » a demandé Piet Alder, qui n’avait pas été prévenu de la fermeture.", "« Pourquoi ? »"),
    ("es", "Haga clic en «Guardar todos los cambios del perfil» al final de la página.", None),
    ("es", "El Congreso aprobó la «ley de puertos seguros y senderos costeros» el jueves.", None),
    ("es", "«¿Por qué?», preguntó Piet Alder, que no sabía nada del cierre.", "«¿Por qué?»"),
    ("it", "Fare clic su «Salva tutte le modifiche al profilo» in fondo alla pagina.", None),
    ("it", "«Perché?», ha chiesto Piet Alder, che non sapeva nulla della chiusura.", "«Perché?»"),
    ("pt", "Clique em “Salvar todas as alterações do perfil” no fim da página.", None),
    ("pt", "“Por quê?”, perguntou Piet Alder, que não sabia do fechamento.", "“Por quê?”"),
    ("nl", "Klik op „Alle wijzigingen in het profiel opslaan” onderaan de pagina.", None),
    ("pl", "Kliknij „Zapisz wszystkie zmiany w profilu” na dole strony.", None),
    ("pl", "Sejm uchwalił „ustawę o bezpiecznych portach i ścieżkach” w czwartek.", None),
    ("ru", "Нажмите «Сохранить все изменения профиля» внизу страницы.", None),
    ("ru", "«Почему?» — спросил Пит Алдер, которому не сообщили о закрытии.", "«Почему?»"),
    ("ru", "Госдума приняла «закон о безопасных портах и прибрежных тропах» в четверг.", None),
    ("tr", "Sayfanın altındaki “Profildeki tüm değişiklikleri kaydet” düğmesine tıklayın.", None),
    ("zh", "请点击页面底部的“保存个人资料的全部更改”按钮。", None),
    ("ja", "ページ下部の「プロフィールの変更をすべて保存」ボタンを押してください。", None),
    ("ja", "「なぜですか」と北村健氏は尋ねた。", "「なぜですか」"),
    # defined terms, routers, hashtags, banners; replies of one word ended by a comma and their speaker
    # (still lost: a rule for them moved the check half's first-label figure down), a speaker's name
    # before a colon, and a term of one word that a speaker's comma follows mid-sentence
    ("en", "The term “blue carbon” covers the carbon that salt marshes and seagrass meadows store.", None),
    ("en", "What fishers call “the grey month” starts when the herring leave the bay in October.", None),
    ("en", "The new “HarbourLink 5G Router Plus” ships in March, the company said on Monday.", None),
    ("en", "The trend started with the hashtag “#LeaveNoNetBehind” on a fishing forum in spring.", None),
    ("en", "A banner across the quay read “Welcome home to the crew of the Morning Star”.", None),
    ("en", "“Fine,” said Piet Alder. “Then we will sail without them.”",
     ("“Fine,”", "“Then we will sail without them.”")),
    ("en", "Piet Alder: “The quay opens again on the first of May, weather permitting.”",
     "“The quay opens again on the first of May, weather permitting.”"),
    ("en", "“Help!” she screamed, and the crew turned the boat around at once.", "“Help!”"),
    ("en", "“Really?” Piet Alder asked. “Nobody told me about the closure.”",
     ("“Really?”", "“Nobody told me about the closure.”")),
    ("de", "Der Begriff „blauer Kohlenstoff“ meint den Kohlenstoff, den Salzwiesen speichern.", None),
    ("de", "„Hilfe!“, schrie sie, und die Mannschaft wendete das Boot sofort.", "„Hilfe!“"),
    ("de", "Piet Alder: „Der Kai öffnet wieder am ersten Mai, wenn das Wetter mitspielt.“",
     "„Der Kai öffnet wieder am ersten Mai, wenn das Wetter mitspielt.“"),
    ("fr", "Le terme « carbone bleu » désigne le carbone stocké par les marais salants.", None),
    ("fr", "Piet Alder : « Le quai rouvre le premier mai, si le temps le permet. »",
     "« Le quai rouvre le premier mai, si le temps le permet. »"),
    ("es", "El término «carbono azul» designa el carbono que guardan las marismas.", None),
    ("es", "Piet Alder: «El muelle reabre el primero de mayo, si el tiempo lo permite».",
     "«El muelle reabre el primero de mayo, si el tiempo lo permite»"),
    ("it", "Il termine «carbonio blu» indica il carbonio trattenuto dalle paludi salmastre.", None),
    ("pt", "O termo “carbono azul” designa o carbono guardado pelos sapais.", None),
    ("nl", "De term „blauwe koolstof” staat voor de koolstof die kwelders opslaan.", None),
    ("pl", "Termin „błękitny węgiel” oznacza węgiel magazynowany przez słone łąki.", None),
    ("ru", "Термин «голубой углерод» обозначает углерод, который запасают солончаки.", None),
    ("ru", "Пит Алдер: «Причал снова откроется первого мая, если позволит погода».",
     "«Причал снова откроется первого мая, если позволит погода»"),
    ("sv", "Begreppet ”blått kol” står för det kol som strandängar lagrar.", None),
    ("cs", "Pojem „modrý uhlík“ označuje uhlík, který ukládají slané louky.", None),
    ("tr", "“Mavi karbon” terimi tuzlu bataklıkların depoladığı karbonu ifade eder.", None),
    ("zh", "所谓“蓝碳”，是指盐沼和海草床储存的碳。", None),
    ("ja", "「ブルーカーボン」とは、塩性湿地などが蓄える炭素のことだ。", None),
    ("zh", "港务长说：“五月一日码头将重新开放，如果天气允许的话。”", "“五月一日码头将重新开放，如果天气允许的话。”"),
    ("ko", "항만청장은 “5월 1일에 부두를 다시 열겠다”고 말했다.", "“5월 1일에 부두를 다시 열겠다”"),
    ("en", "The word “sustainable,” Piet Alder said, appears fourteen times in the plan.", None),
    ("sv", "Ordet ”hållbar”, sade Karin Brolin, förekommer fjorton gånger i planen.", None),
    ("en", "He stopped. “Fine,” said Piet Alder. “Then we sail without them.”",
     ("“Fine,”", "“Then we sail without them.”")),
    ("sv", "”Ja”, sade Karin Brolin. ”Vi bygger bron före vintern, det lovar jag.”",
     ("”Ja”", "”Vi bygger bron före vintern, det lovar jag.”")),
    # dialogue dashes: French sets no closing dash, a comma ends the words
    ("fr", "— Nous reconstruirons le pont avant l’hiver, a déclaré la maire Odile Ferrand.",
     "Nous reconstruirons le pont avant l’hiver"),
    ("ru", "— Мы восстановим мост до зимы, — сказала глава района Ольга Тернова.",
     "Мы восстановим мост до зимы,"),
)


# Round 34, a held-out group in shapes the cases above do not use, written before any change to the
# detectors: quoted words inside long news sentences (one word of a ruling or a speech is a term; a
# phrase a named person or a document said is a quotation), manuals quoted by reviews and labels read
# as signs, forum posts quoting posts, buttons and menu items of how-to pages, statutes quoted,
# other papers' headlines in a press review, song lines quoted by a review, readers' questions,
# quotations of several paragraphs (a mark opens each, only the last closes; French and Spanish
# reopen with »), quotations nested in quotations, quotations split by their attribution, and
# Chinese, Japanese, Korean and Russian forms.
ROUND_34 = (
    # a ruling, a budget, a report: a phrase quoted from someone is a quotation, one word is a term
    ("en", "In a forty-page ruling released on Thursday, Judge Hanna Velde wrote that the search of the boathouse "
           "was “unreasonable in every respect that the constitution protects” and ordered the evidence excluded.",
     "“unreasonable in every respect that the constitution protects”"),
    ("en", "The judge found the search “unreasonable” and ordered the evidence excluded from the trial.", None),
    ("en", "Opposition leader Corin Dask called the budget “reckless” during a heated session that ran past midnight.",
     None),
    ("en", "Corin Dask, who leads the opposition, called the budget “a reckless gamble with money the town does not "
           "have” during a session that ran past midnight.",
     "“a reckless gamble with money the town does not have”"),
    ("en", "Emails seen by this newspaper show the manager told staff to “keep the numbers quiet until after the "
           "vote,” a phrase he later said was a joke.", "“keep the numbers quiet until after the vote,”"),
    ("en", "What officials describe as a “temporary pause” in deliveries has now lasted six weeks across the "
           "northern districts.", None),
    ("en", "The inspectors' report, published on Monday, said conditions in the kitchen were “well below the "
           "standard any family would accept” and gave the home three months to improve.",
     "“well below the standard any family would accept”"),
    ("en", "The harbour master, who has run the port for two decades and rarely speaks to the press, said the "
           "decision was “the hardest thing I have ever had to sign” before leaving the meeting early.",
     "“the hardest thing I have ever had to sign”"),
    ("en", "In a letter to parents sent on Friday, head teacher Ruth Amsel wrote that the school would “stay open "
           "for as long as the roads are safe to travel”.", "“stay open for as long as the roads are safe to travel”"),
    ("en", "Posting on social media on Saturday night, the councillor said she was “heartbroken but not "
           "surprised” by the decision.", "“heartbroken but not surprised”"),
    ("de", "Das Gericht nannte die Durchsuchung „unverhältnismäßig“ und schloss die Beweise aus.", None),
    ("de", "In dem Urteil schreibt die Richterin, die Durchsuchung sei „in jeder Hinsicht unverhältnismäßig "
           "gewesen, die das Grundgesetz schützt“.", "„in jeder Hinsicht unverhältnismäßig gewesen, die das Grundgesetz schützt“"),
    ("de", "Der Hafenmeister, der den Hafen seit zwanzig Jahren leitet, nannte die Entscheidung „das Schwerste, "
           "was ich je unterschreiben musste“ und verließ die Sitzung früh.",
     "„das Schwerste, was ich je unterschreiben musste“"),
    ("de", "In einem Brief an die Eltern schrieb Schulleiterin Ruth Amsel, die Schule bleibe „so lange geöffnet, "
           "wie die Straßen sicher befahrbar sind“.", "„so lange geöffnet, wie die Straßen sicher befahrbar sind“"),
    ("fr", "Le tribunal a jugé la perquisition « disproportionnée » et écarté les preuves.", None),
    ("fr", "Le capitaine du port, en poste depuis vingt ans, a qualifié la décision de « la chose la plus "
           "difficile que j’aie jamais signée » avant de quitter la réunion.",
     "« la chose la plus difficile que j’aie jamais signée »"),
    ("fr", "Dans une lettre aux parents, la directrice Ruth Amsel écrit que l’école restera ouverte « tant que "
           "les routes seront praticables en sécurité ».", "« tant que les routes seront praticables en sécurité »"),
    ("es", "El juez calificó el registro de «irrazonable» y excluyó las pruebas.", None),
    ("es", "En la sentencia, la jueza escribe que el registro fue «irrazonable en todos los aspectos que protege "
           "la Constitución».", "«irrazonable en todos los aspectos que protege la Constitución»"),
    ("es", "En una carta a las familias, la directora Ruth Amsel escribió que la escuela seguirá abierta "
           "«mientras las carreteras sean seguras».", "«mientras las carreteras sean seguras»"),
    ("it", "Il giudice ha definito la perquisizione «irragionevole» e ha escluso le prove.", None),
    ("it", "Nella sentenza il giudice scrive che la perquisizione è stata «irragionevole sotto ogni aspetto "
           "tutelato dalla Costituzione».", "«irragionevole sotto ogni aspetto tutelato dalla Costituzione»"),
    ("it", "In una lettera ai genitori, la preside Ruth Amsel ha scritto che la scuola resterà aperta «finché le "
           "strade saranno sicure».", "«finché le strade saranno sicure»"),
    ("pt", "O juiz escreveu que a busca foi “irrazoável em todos os aspectos que a Constituição protege”.",
     "“irrazoável em todos os aspectos que a Constituição protege”"),
    ("pt", "O capitão do porto, há vinte anos no cargo, chamou a decisão de “a coisa mais difícil que já tive de "
           "assinar” antes de deixar a reunião.", "“a coisa mais difícil que já tive de assinar”"),
    ("pt", "Numa carta aos pais, a diretora Ruth Amsel escreveu que a escola ficará aberta “enquanto as estradas "
           "forem seguras”.", "“enquanto as estradas forem seguras”"),
    ("nl", "De rechter schreef dat de huiszoeking „in elk opzicht onredelijk was dat de grondwet beschermt”.",
     "„in elk opzicht onredelijk was dat de grondwet beschermt”"),
    ("nl", "In een brief aan de ouders schreef directeur Ruth Amsel dat de school open blijft „zolang de wegen "
           "veilig zijn”.", "„zolang de wegen veilig zijn”"),
    ("pl", "W liście do rodziców dyrektorka Ruth Amsel napisała, że szkoła pozostanie otwarta, „dopóki drogi "
           "będą bezpieczne”.", "„dopóki drogi będą bezpieczne”"),
    ("ru", "Суд признал обыск «необоснованным» и исключил доказательства.", None),
    ("ru", "В решении суда говорится, что обыск был «проведён с грубым нарушением установленного законом "
           "порядка».", "«проведён с грубым нарушением установленного законом порядка»"),
    ("cs", "Soudkyně v rozsudku napsala, že prohlídka byla „v rozporu se všemi zásadami, které ústava chrání“.",
     "„v rozporu se všemi zásadami, které ústava chrání“"),
    ("sv", "Domaren skrev att husrannsakan var ”oskälig i alla avseenden som grundlagen skyddar”.",
     "”oskälig i alla avseenden som grundlagen skyddar”"),
    ("tr", "Muhalefet lideri bütçeyi “kasabanın sahip olmadığı parayla oynanan pervasız bir kumar” olarak "
           "nitelendirdi.", "“kasabanın sahip olmadığı parayla oynanan pervasız bir kumar”"),
    # terms a speaker used, search phrases, names given to things: no quotation
    ("en", "The minister's office has repeatedly used the phrase “managed decline” to describe the future of the "
           "harbour, a phrase residents find insulting.", None),
    ("en", "Ratings agencies now speak of a “structural deficit” in the town's accounts, which the council "
           "disputes.", None),
    ("de", "Die Ministerin sprach im Landtag von einem „geordneten Rückzug“ aus dem Hafengeschäft, was die "
           "Anwohner empört.", None),
    ("fr", "Le ministre a évoqué un « déclin maîtrisé » du port, une expression qui a choqué les habitants.", None),
    ("es", "El ministro habló de un «declive ordenado» del puerto, una expresión que indignó a los vecinos.", None),
    ("en", "The defence argued that the phrase “reasonable time” in the statute had never been defined by any "
           "court.", None),
    ("en", "Typing “ferry times winter” into the council's own search box returns a page that was last updated "
           "in 2019.", None),
    ("de", "Wer „Fähre Winterfahrplan“ in die Suchmaske der Stadt eingibt, landet auf einer Seite von 2019.", None),
    ("en", "Locals have taken to calling the unfinished bridge “the road to nowhere in particular”, and the name "
           "has stuck.", None),
    ("en", "The new owners rebranded the pub as “The Drowned Lantern” and painted it black.", None),
    ("en", "The campaign's slogan, “Not one more ferry lost,” was painted on every harbour wall.", None),
    # reviews quoting a manual (writing, quoted) and a box or a label (printed text, as a sign's)
    ("en", "The manual tells you to “descale the tank every four weeks with a mild acid such as citric acid,” "
           "which I did, and the kettle still furred up.",
     "“descale the tank every four weeks with a mild acid such as citric acid,”"),
    ("en", "According to the instruction booklet, the blender “should never run for more than sixty seconds "
           "without a pause”, so the soup setting is a puzzle.",
     "“should never run for more than sixty seconds without a pause”"),
    ("en", "The box promises “whisper-quiet operation” but at full speed it drowns out the radio.", None),
    ("en", "The label on the back reads “Do not use on painted or varnished surfaces”, which I learned the "
           "hard way.", None),
    ("de", "In der Bedienungsanleitung heißt es, man solle den Filter „nach jeder dritten Benutzung unter "
           "fließendem Wasser ausspülen“, was im Alltag kaum jemand tut.",
     "„nach jeder dritten Benutzung unter fließendem Wasser ausspülen“"),
    ("de", "Auf der Verpackung steht „Spülmaschinenfest bis 60 Grad“, doch schon nach zwei Wäschen löste sich "
           "der Griff.", None),
    ("fr", "Le mode d’emploi recommande de « laisser refroidir l’appareil au moins dix minutes avant de le "
           "nettoyer », ce que peu de gens font.",
     "« laisser refroidir l’appareil au moins dix minutes avant de le nettoyer »"),
    ("es", "El manual indica que hay que «descalcificar el depósito cada cuatro semanas con un ácido suave», "
           "cosa que hice sin resultado.", "«descalcificar el depósito cada cuatro semanas con un ácido suave»"),
    ("it", "Il libretto di istruzioni dice di «decalcificare il serbatoio ogni quattro settimane con un acido "
           "delicato», cosa che ho fatto.", "«decalcificare il serbatoio ogni quattro settimane con un acido delicato»"),
    # forum posts quoting posts
    ("en", "<p>Marek Olin wrote:</p><blockquote><p>The pump died after two winters and the seller never "
           "answered my emails.</p></blockquote><p>Same here, mine lasted one year before the seal went.</p>",
     "The pump died after two winters and the seller never answered my emails."),
    ("de", "<p>Zitat von Kerstin_B:</p><blockquote><p>Bei mir hat die Pumpe nach zwei Wintern aufgegeben, der "
           "Händler antwortet nicht.</p></blockquote><p>Kann ich bestätigen, bei mir genauso.</p>",
     "Bei mir hat die Pumpe nach zwei Wintern aufgegeben, der Händler antwortet nicht."),
    ("fr", "<p>Gilles73 a écrit :</p><blockquote><p>La pompe a lâché au bout de deux hivers et le vendeur ne "
           "répond plus.</p></blockquote><p>Pareil chez moi, un an à peine.</p>",
     "La pompe a lâché au bout de deux hivers et le vendeur ne répond plus."),
    ("en", "@reedwarbler you said “the seal is the weak point on every model from that year” but mine has the "
           "newer seal and still leaks.", "“the seal is the weak point on every model from that year”"),
    # buttons, menu items, settings and screen messages of how-to pages and recipes
    ("en", "When the dough has risen, press “Bake” and then “Start” and leave the machine alone for an hour.", None),
    ("en", "Open the app, tap “Settings”, then “Notifications”, and switch off “Show previews on the lock "
           "screen”.", None),
    ("en", "Set the oven to the “Fan assisted with bottom heat” setting and bake for twenty-five minutes until "
           "golden.", None),
    ("en", "From the File menu choose “Export as a printable recipe card” and pick the paper size.", None),
    ("en", "If the screen shows “Error E4: water tank empty”, refill the tank and hold the power button for five "
           "seconds.", None),
    ("en", "If nothing happens, right-click the file and pick “Open with” and then “Text editor” from the list.",
     None),
    ("en", "Type “yes” when the installer asks whether to continue, then wait for the progress bar to fill.", None),
    ("en", "Under “Privacy and security”, turn off “Allow apps to use my advertising ID”.", None),
    ("de", "Wählen Sie im Menü „Backen mit Umluft und Unterhitze“ und backen Sie den Kuchen 25 Minuten.", None),
    ("fr", "Dans le menu, sélectionnez « Exporter en fiche recette imprimable » puis choisissez le format.", None),
    ("es", "En la aplicación, pulse «Ajustes», luego «Notificaciones» y desactive «Mostrar vistas previas en la "
           "pantalla».", None),
    ("it", "Dal menu scegliete «Cottura ventilata con resistenza inferiore» e infornate per venticinque minuti.",
     None),
    ("pt", "No menu, selecione “Exportar como ficha de receita para imprimir” e escolha o tamanho do papel.", None),
    ("ru", "В меню выберите «Выпечка с конвекцией и нижним нагревом» и выпекайте двадцать пять минут.", None),
    ("nl", "Kies in het menu „Hetelucht met onderwarmte” en bak de cake vijfentwintig minuten.", None),
    ("pl", "W menu wybierz „Pieczenie z termoobiegiem i grzałką dolną” i piecz przez dwadzieścia pięć minut.",
     None),
    ("cs", "V nabídce zvolte „Pečení s ventilátorem a spodním ohřevem“ a pečte pětadvacet minut.", None),
    ("sv", "Välj ”Varmluft med undervärme” i menyn och grädda i tjugofem minuter.", None),
    ("tr", "Uygulamada “Ayarlar” menüsüne girip “Bildirim önizlemelerini göster” seçeneğini kapatın.", None),
    ("zh", "在菜单中选择“上下火加热风扇模式”，然后烘烤二十五分钟即可。", None),
    ("ja", "メニューから「ファン付き上下ヒーター焼き」を選び、二十五分焼いてください。", None),
    ("ja", "設定画面で「通知を表示しない」をオンにしてください。", None),
    ("ko", "앱에서 “알림 미리보기 표시”를 끄면 됩니다.", None),
    # statutes and rules quoted: writing, quoted
    ("en", "Section 14 of the act provides that “no person shall moor a vessel within fifty metres of a public "
           "bathing area” without a permit from the harbour authority.",
     "“no person shall moor a vessel within fifty metres of a public bathing area”"),
    ("en", "The court relied on Article 6, which guarantees that “everyone is entitled to a fair and public "
           "hearing within a reasonable time”.",
     "“everyone is entitled to a fair and public hearing within a reasonable time”"),
    ("en", "<p>The relevant clause reads:</p><blockquote><p>No vessel shall remain moored at the public quay for "
           "more than forty-eight hours without written consent.</p></blockquote>",
     "No vessel shall remain moored at the public quay for more than forty-eight hours without written consent."),
    ("de", "Nach § 12 Absatz 2 gilt: „Wer ein Boot im Hafenbecken festmacht, hat dies dem Hafenmeister vorher "
           "anzuzeigen.“", "„Wer ein Boot im Hafenbecken festmacht, hat dies dem Hafenmeister vorher anzuzeigen.“"),
    ("fr", "L’article 3 du règlement dispose que « nul ne peut amarrer un bateau à moins de cinquante mètres "
           "d’une zone de baignade ».",
     "« nul ne peut amarrer un bateau à moins de cinquante mètres d’une zone de baignade »"),
    ("es", "El artículo 9 establece que «ninguna embarcación podrá fondear a menos de cincuenta metros de una "
           "zona de baño».", "«ninguna embarcación podrá fondear a menos de cincuenta metros de una zona de baño»"),
    ("it", "L’articolo 5 del regolamento stabilisce che «nessuna imbarcazione può ormeggiare a meno di "
           "cinquanta metri dalla spiaggia».",
     "«nessuna imbarcazione può ormeggiare a meno di cinquanta metri dalla spiaggia»"),
    # other papers' headlines in a press review: titles
    ("en", "The Morning Courier led with “Harbour deal collapses at the last minute”, while the Evening Post went "
           "with “Ferry workers walk out again”.", None),
    ("fr", "Revue de presse : Le Quotidien du Port titre « Le port sauvé in extremis », tandis que La Gazette de "
           "l’Estuaire préfère « Les dockers obtiennent gain de cause ».", None),
    ("de", "Presseschau: Der Hafenkurier titelt „Rettung in letzter Minute“, die Abendpost schreibt auf Seite eins "
           "„Fährleute streiken erneut“.", None),
    ("es", "El Diario del Puerto abre con «Acuerdo in extremis en los muelles» y La Voz del Estuario con «Los "
           "estibadores vuelven a parar».", None),
    ("it", "Il Corriere del Porto apre con «Accordo in extremis sulle banchine», mentre La Voce dell’Estuario "
           "titola «I portuali tornano a scioperare».", None),
    ("nl", "De Havenbode kopt „Akkoord op het laatste moment”, terwijl het Avondblad opent met „Veermannen "
           "leggen opnieuw het werk neer”.", None),
    ("pt", "O Diário do Porto abre com “Acordo de última hora salva o cais”, e o Jornal do Estuário com "
           "“Estivadores param de novo”.", None),
    ("pl", "Kurier Portowy tytułuje „Porozumienie w ostatniej chwili”, a Gazeta Ujścia pisze na pierwszej "
           "stronie „Dokerzy znów strajkują”.", None),
    ("ru", "Газета «Портовый вестник» вышла с заголовком «Сделка сорвалась в последний момент».", None),
    # song lines quoted in a review (a songwriter's words), beside the song's title
    ("en", "On the closing track she sings, “I kept the lamp lit every night that you were out at sea,” and the "
           "band drops out completely.", "“I kept the lamp lit every night that you were out at sea,”"),
    ("en", "The chorus goes: “Row me home, row me home before the tide turns black,” and the whole hall sang it "
           "back.", "“Row me home, row me home before the tide turns black,”"),
    ("en", "The album opens with “Row Me Home Before the Tide” and closes with a ten-minute instrumental.", None),
    ("en", "The song's title, “Row Me Home”, hardly prepares you for its first line: “I buried my father on a "
           "Tuesday and sold his boat on the Friday.”",
     "“I buried my father on a Tuesday and sold his boat on the Friday.”"),
    ("de", "Im Refrain singt sie: „Ich ließ das Licht an, jede Nacht, die du auf See warst“, und die Band "
           "verstummt.", "„Ich ließ das Licht an, jede Nacht, die du auf See warst“"),
    ("fr", "Sur le dernier titre, elle chante : « J’ai laissé la lampe allumée chaque nuit où tu étais en mer », "
           "et le groupe se tait.", "« J’ai laissé la lampe allumée chaque nuit où tu étais en mer »"),
    ("es", "En el estribillo canta: «Dejé la luz encendida cada noche que estuviste en el mar», y la banda "
           "enmudece.", "«Dejé la luz encendida cada noche que estuviste en el mar»"),
    # readers' questions
    ("en", "A reader from Dunmore asks: “Can I freeze bread dough after the first rise, or does it kill the "
           "yeast?”", "“Can I freeze bread dough after the first rise, or does it kill the yeast?”"),
    ("de", "Eine Leserin aus Wendelhof fragt: „Kann man Brotteig nach dem ersten Gehen einfrieren, oder stirbt "
           "dann die Hefe?“", "„Kann man Brotteig nach dem ersten Gehen einfrieren, oder stirbt dann die Hefe?“"),
    ("fr", "Une lectrice de Brassac nous demande : « Peut-on congeler une pâte à pain après la première "
           "levée ? »", "« Peut-on congeler une pâte à pain après la première levée ? »"),
    ("es", "Un lector de Valdeluna pregunta: «¿Se puede congelar la masa de pan después del primer levado?»",
     "«¿Se puede congelar la masa de pan después del primer levado?»"),
    ("it", "Una lettrice di Valbrona ci chiede: «Si può congelare l’impasto del pane dopo la prima lievitazione?»",
     "«Si può congelare l’impasto del pane dopo la prima lievitazione?»"),
    ("ru", "Читательница из Берёзовки спрашивает: «Можно ли заморозить тесто для хлеба после первого подъёма?»",
     "«Можно ли заморозить тесто для хлеба после первого подъёма?»"),
    ("ja", "読者から「パン生地は一次発酵の後に冷凍できますか」という質問が届いた。",
     "「パン生地は一次発酵の後に冷凍できますか」"),
    # quotations of several paragraphs: a mark opens each, only the last one closes
    ("en", "<p>Ada Brenn remembers the first years clearly. “The first winter we lost half the flock to the cold "
           "and the foxes.</p><p>“The second winter we built the barn ourselves, board by board, with the "
           "neighbours.</p><p>“By the third we had more lambs than we could count,” she said.</p>",
     ("“The first winter we lost half the flock to the cold and the foxes.",
      "“The second winter we built the barn ourselves, board by board, with the neighbours.",
      "“By the third we had more lambs than we could count,”")),
    ("en", '<p>Piet Alder said: "We waited three days for the fog to lift and nobody came.</p><p>"On the fourth '
           'day the radio crackled and we heard the lifeboat."</p>',
     ('"We waited three days for the fog to lift and nobody came.',
      '"On the fourth day the radio crackled and we heard the lifeboat."')),
    ("de", "<p>Die Bäuerin erzählt: „Im ersten Winter verloren wir die halbe Herde an die Kälte und die "
           "Füchse.</p><p>„Im zweiten Winter bauten wir die Scheune selbst, Brett für Brett, mit den "
           "Nachbarn.</p><p>„Im dritten hatten wir mehr Lämmer, als wir zählen konnten.“</p>",
     ("„Im ersten Winter verloren wir die halbe Herde an die Kälte und die Füchse.",
      "„Im zweiten Winter bauten wir die Scheune selbst, Brett für Brett, mit den Nachbarn.",
      "„Im dritten hatten wir mehr Lämmer, als wir zählen konnten.“")),
    ("fr", "<p>L’éleveuse raconte : « Le premier hiver, nous avons perdu la moitié du troupeau à cause du "
           "froid.</p><p>« Le deuxième hiver, nous avons construit la grange nous-mêmes, planche par "
           "planche.</p><p>« Au troisième, nous avions plus d’agneaux que nous ne pouvions en compter. »</p>",
     ("« Le premier hiver, nous avons perdu la moitié du troupeau à cause du froid.",
      "« Le deuxième hiver, nous avons construit la grange nous-mêmes, planche par planche.",
      "« Au troisième, nous avions plus d’agneaux que nous ne pouvions en compter. »")),
    ("fr", "<p>Odile Ferrand se souvient : « Le premier hiver, la digue a cédé deux fois en une seule "
           "semaine.</p><p>» Le deuxième hiver, nous avons tout reconstruit avec les voisins du port. »</p>",
     ("« Le premier hiver, la digue a cédé deux fois en une seule semaine.",
      "» Le deuxième hiver, nous avons tout reconstruit avec les voisins du port. »")),
    ("es", "<p>La pastora cuenta: «El primer invierno perdimos la mitad del rebaño por el frío.</p><p>»El "
           "segundo invierno construimos el granero nosotros mismos, tabla a tabla.</p><p>»Al tercero teníamos "
           "más corderos de los que podíamos contar».</p>",
     ("«El primer invierno perdimos la mitad del rebaño por el frío.",
      "»El segundo invierno construimos el granero nosotros mismos, tabla a tabla.",
      "»Al tercero teníamos más corderos de los que podíamos contar»")),
    ("it", "<p>La pastora racconta: «Il primo inverno abbiamo perso metà del gregge per il freddo.</p><p>«Il "
           "secondo inverno abbiamo costruito il fienile da soli, asse dopo asse.»</p>",
     ("«Il primo inverno abbiamo perso metà del gregge per il freddo.",
      "«Il secondo inverno abbiamo costruito il fienile da soli, asse dopo asse.»")),
    # quotations nested in quotations: the outer one alone is listed
    ("en", "“When the inspector wrote ‘unfit for use’ on the form, we knew the season was over,” said Ada Brenn.",
     "“When the inspector wrote ‘unfit for use’ on the form, we knew the season was over,”"),
    ("en", "\"The sign said 'closed for repairs' but nobody had touched the pier in months,\" said Piet Alder.",
     "\"The sign said 'closed for repairs' but nobody had touched the pier in months,\""),
    ("de", "„Als der Prüfer ‚nicht betriebsbereit‘ in das Formular schrieb, wussten wir, dass die Saison vorbei "
           "war“, sagte Ada Brenn.",
     "„Als der Prüfer ‚nicht betriebsbereit‘ in das Formular schrieb, wussten wir, dass die Saison vorbei war“"),
    ("fr", "« Quand l’inspecteur a écrit “hors d’usage” sur le formulaire, nous avons su que la saison était "
           "finie », a dit Ada Brenn.",
     "« Quand l’inspecteur a écrit “hors d’usage” sur le formulaire, nous avons su que la saison était finie »"),
    ("ru", "«Когда инспектор написал „не пригоден к эксплуатации“ в акте, мы поняли, что сезон закончен», — "
           "сказала Ада Бренн.",
     "«Когда инспектор написал „не пригоден к эксплуатации“ в акте, мы поняли, что сезон закончен»"),
    ("pl", "„Kiedy inspektor wpisał «nie nadaje się do użytku», wiedzieliśmy, że sezon się skończył” – "
           "powiedziała Ada Brenn.",
     "„Kiedy inspektor wpisał «nie nadaje się do użytku», wiedzieliśmy, że sezon się skończył”"),
    ("ja", "船長は「検査官が『使用不可』と書いた時点で、今季は終わりだと分かった」と語った。",
     "「検査官が『使用不可』と書いた時点で、今季は終わりだと分かった」"),
    ("zh", "船长说：“检查员在表格上写下‘无法使用’的时候，我们就知道这一季结束了。”",
     "“检查员在表格上写下‘无法使用’的时候，我们就知道这一季结束了。”"),
    # quotations split by their attribution: each part listed
    ("en", "“We lost everything,” the fisher Maud Kerlo sighed, “but we will start again as soon as spring "
           "comes.”", ("“We lost everything,”", "“but we will start again as soon as spring comes.”")),
    ("de", "„Wir haben alles verloren“, seufzte die Fischerin Maud Kerlo. „Aber im Frühjahr fangen wir wieder "
           "an.“", ("„Wir haben alles verloren“", "„Aber im Frühjahr fangen wir wieder an.“")),
    ("it", "«Abbiamo perso tutto», ha sospirato la pescatrice Maud Kerlo, «ma ricominceremo appena arriva la "
           "primavera».", ("«Abbiamo perso tutto»", "«ma ricominceremo appena arriva la primavera»")),
    ("pt", "“Perdemos tudo”, suspirou a pescadora Maud Kerlo, “mas vamos recomeçar assim que chegar a "
           "primavera.”", ("“Perdemos tudo”", "“mas vamos recomeçar assim que chegar a primavera.”")),
    ("nl", "„We zijn alles kwijt”, zuchtte visser Maud Kerlo, „maar we beginnen opnieuw zodra het voorjaar "
           "komt.”", ("„We zijn alles kwijt”", "„maar we beginnen opnieuw zodra het voorjaar komt.”")),
    ("pl", "„Straciliśmy wszystko” – westchnęła rybaczka Maud Kerlo. „Ale zaczniemy od nowa, gdy tylko "
           "przyjdzie wiosna”.", ("„Straciliśmy wszystko”", "„Ale zaczniemy od nowa, gdy tylko przyjdzie wiosna”")),
    ("sv", "”Vi har förlorat allt”, suckade fiskaren Maud Kerlo, ”men vi börjar om så fort våren kommer.”",
     ("”Vi har förlorat allt”", "”men vi börjar om så fort våren kommer.”")),
    # Chinese, Japanese, Korean, Russian and Ukrainian forms
    ("zh", "渔民柯莫德叹了口气：“我们什么都没了，不过春天一到我们就重新开始。”",
     "“我们什么都没了，不过春天一到我们就重新开始。”"),
    ("zh", "她在信中写道：『我们什么都没了，但春天一到就会重新开始。』", "『我们什么都没了，但春天一到就会重新开始。』"),
    ("zh", "漁民柯莫德說：「我們什麼都沒了，不過春天一到我們就重新開始。」", "「我們什麼都沒了，不過春天一到我們就重新開始。」"),
    ("zh", "这部名为《港口的最后一班渡轮》的纪录片将于下月播出。", None),
    ("ja", "漁師の柯モード氏は「全部失ったけれど、春になったらまた始める」と話した。",
     "「全部失ったけれど、春になったらまた始める」"),
    ("ko", "어민 김모드 씨는 “모든 것을 잃었지만 봄이 오면 다시 시작하겠다”고 말했다.",
     "“모든 것을 잃었지만 봄이 오면 다시 시작하겠다”"),
    ("ru", "Рыбачка Мод Керло вздохнула: «Мы всё потеряли, но весной начнём заново».",
     "«Мы всё потеряли, но весной начнём заново»"),
    ("uk", "Рибачка Мод Керло зітхнула: «Ми все втратили, але навесні почнемо знову».",
     "«Ми все втратили, але навесні почнемо знову»"),
)


# Round 34b, held out as well, written after the first fixes and before any change for it: words
# that no one said (speech imagined or suggested, thoughts wondered, a screen's messages, an email's
# subject line, phrases a lesson translates, words to repeat) beside words someone posted, reviewed,
# wrote in a paper or said in a release.
ROUND_34B = (
    ("en", "If a colleague keeps interrupting, you might say “Let me finish this thought and then it is "
           "your turn” and keep going.", None),
    ("en", "Instead of saying “You never listen to me when I talk about work”, try describing what happened.",
     None),
    ("de", "Statt „Du hörst mir nie zu, wenn ich von der Arbeit erzähle“ zu sagen, beschreiben Sie lieber, "
           "was passiert ist.", None),
    ("fr", "Au lieu de dire « Tu ne m’écoutes jamais quand je parle du travail », décrivez plutôt ce qui s’est "
           "passé.", None),
    ("es", "En lugar de decir «Nunca me escuchas cuando hablo del trabajo», describa lo que pasó.", None),
    ("en", "The ferry crews are left asking themselves: “how did the harbour freeze over so early this year?”",
     None),
    ("en", "If the app shows “Something went wrong, please try again later”, clear the cache and restart it.",
     None),
    ("de", "Zeigt die App „Etwas ist schiefgelaufen, bitte später erneut versuchen“ an, leeren Sie den Cache.",
     None),
    ("fr", "Si l’application affiche « Une erreur est survenue, veuillez réessayer plus tard », videz le cache.",
     None),
    ("es", "Si la aplicación muestra «Algo salió mal, inténtelo de nuevo más tarde», borre la caché.", None),
    ("it", "Se l’app mostra «Qualcosa è andato storto, riprova più tardi», svuotate la cache.", None),
    ("en", "Customers received an email with the subject line “Your harbour pass expires at midnight "
           "tonight” and many panicked.", None),
    ("de", "Die Kunden bekamen eine E-Mail mit dem Betreff „Ihr Hafenausweis läuft heute um Mitternacht ab“.",
     None),
    ("fr", "Les clients ont reçu un courriel intitulé « Votre carte du port expire ce soir à minuit ».", None),
    ("en", "In French, “Où se trouve le port de plaisance ?” simply means “Where is the marina?”", None),
    ("es", "En inglés, «¿Dónde está el puerto deportivo?» se dice “Where is the marina?” sin más.", None),
    ("de", "Auf Englisch heißt „Wo ist der Jachthafen, bitte?“ einfach “Where is the marina, please?”", None),
    ("en", "Sit quietly and repeat to yourself: “I am calm, I am safe, I am here in this moment.”", None),
    ("de", "Setzen Sie sich ruhig hin und sagen Sie sich immer wieder: „Ich bin ruhig, ich bin sicher, ich bin "
           "hier.“", None),
    ("fr", "Asseyez-vous et répétez-vous : « Je suis calme, je suis en sécurité, je suis ici. »", None),
    # real: posted, reviewed, written in a paper, said in a release
    ("en", "Hours after the vote, the harbour master posted on social media: “Tonight the old ferry sails for the "
           "last time, thank you all.”", "“Tonight the old ferry sails for the last time, thank you all.”"),
    ("de", "Kurz nach der Abstimmung schrieb die Hafenmeisterin in den sozialen Medien: „Heute Nacht fährt die "
           "alte Fähre zum letzten Mal, danke euch allen.“",
     "„Heute Nacht fährt die alte Fähre zum letzten Mal, danke euch allen.“"),
    ("fr", "Peu après le vote, la capitaine du port a publié sur les réseaux sociaux : « Ce soir, le vieux bac "
           "navigue pour la dernière fois, merci à tous. »",
     "« Ce soir, le vieux bac navigue pour la dernière fois, merci à tous. »"),
    ("es", "Poco después de la votación, la capitana del puerto publicó en las redes: «Esta noche el viejo "
           "ferri zarpa por última vez, gracias a todos».",
     "«Esta noche el viejo ferri zarpa por última vez, gracias a todos»"),
    ("ru", "Вскоре после голосования начальница порта написала в соцсетях: «Сегодня старый паром идёт в "
           "последний рейс, спасибо всем».", "«Сегодня старый паром идёт в последний рейс, спасибо всем»"),
    ("en", "One buyer wrote in a review: “The lid cracked in the first week and the seller refused a refund.”",
     "“The lid cracked in the first week and the seller refused a refund.”"),
    ("de", "Ein Käufer schrieb in seiner Bewertung: „Der Deckel ist in der ersten Woche gesprungen, der "
           "Händler hat nicht erstattet.“",
     "„Der Deckel ist in der ersten Woche gesprungen, der Händler hat nicht erstattet.“"),
    ("fr", "Un acheteur écrit dans son avis : « Le couvercle s’est fendu la première semaine et le vendeur a "
           "refusé de rembourser. »",
     "« Le couvercle s’est fendu la première semaine et le vendeur a refusé de rembourser. »"),
    ("en", "The authors of the study write that coastal towns “lose a tenth of their young people every "
           "decade”.", "“lose a tenth of their young people every decade”"),
    ("es", "Los autores del estudio escriben que los pueblos costeros «pierden una décima parte de sus jóvenes "
           "cada década».", "«pierden una décima parte de sus jóvenes cada década»"),
    ("en", "“We are proud to keep the crossing open all winter,” the ferry company said in a statement on "
           "Monday.", "“We are proud to keep the crossing open all winter,”"),
    ("nl", "„We zijn trots dat de oversteek de hele winter open blijft”, meldde de rederij maandag in een "
           "verklaring.", "„We zijn trots dat de oversteek de hele winter open blijft”"),
    ("pl", "„Jesteśmy dumni, że przeprawa będzie otwarta przez całą zimę” – napisał przewoźnik w "
           "poniedziałkowym komunikacie.", "„Jesteśmy dumni, że przeprawa będzie otwarta przez całą zimę”"),
)

# Round 35: speech the detectors missed. An interview's answers as turns under a bold name, after
# a turn that asks; dash paragraphs said by a pronoun or by someone unnamed, or going on in the voice
# before; short speech said by someone unnamed; a parenthesis naming the speaker; Japanese speech
# whose speaker stands between と and the verb. And bold labels, terms, dash list items, titles and
# signs that are no one's words (product names, notes, a list with no question, 「…」とは).
ROUND_35 = (
    ("en", "<p>Hedda Morland has kept the lighthouse at Skarn for nine years.</p>"
           "<p><strong>Lantern:</strong> What changed when the keepers left?</p>"
           "<p><strong>Morland:</strong> The silence, mostly. Nobody calls the station after dark any more.</p>",
     "The silence, mostly. Nobody calls the station after dark any more."),
    ("de", "<p>Jonas Brettschneider leitet seit zwölf Jahren die Fähre über den Kaltensee.</p>"
           "<p><b>Frage:</b> Warum fährt das erste Boot erst um sieben?</p>"
           "<p><b>Brettschneider:</b> Um fünf saßen im letzten Winter fast nie mehr als zwei Leute an Bord.</p>",
     "Um fünf saßen im letzten Winter fast nie mehr als zwei Leute an Bord."),
    ("fr", "<p>Clémence Arvel tient la librairie du port depuis vingt ans.</p>"
           "<p><strong>L’Écho :</strong> Le nouveau quai a-t-il changé votre clientèle ?</p>"
           "<p><strong>Clémence Arvel :</strong> Les touristes restent moins longtemps, mais ils sont plus nombreux "
           "chaque été.</p>",
     "Les touristes restent moins longtemps, mais ils sont plus nombreux chaque été."),
    ("es", "<p>Rocío Almendral es alcaldesa de Valdeluna desde 2021.</p>"
           "<p><b>Pregunta:</b> ¿Cuándo estará listo el puente?</p>"
           "<p><b>Almendral:</b> Antes del invierno, si el río nos deja trabajar en otoño.</p>",
     "Antes del invierno, si el río nos deja trabajar en otoño."),
    ("en", "<p>We tested three kettles over a month of mornings.</p>"
           "<p><strong>Orlin Steel Two:</strong> Boils a full litre in under three minutes and stays quiet.</p>"
           "<p><strong>Velmoor Glass:</strong> Pretty to look at, but the lid sticks after a week of use.</p>",
     None),
    ("en", "<p>Hedda Morland has kept the lighthouse at Skarn for nine years.</p>"
           "<p><strong>Note:</strong> Is the station open to visitors this summer?</p>"
           "<p><strong>Opening hours:</strong> The tower opens at ten on weekdays and at noon on Sundays.</p>",
     None),
    ("sv", "<p>Lena Forsberg har lett kommunen sedan 2022.</p>"
           "<p>– Hamnen är ortens ytterdörr, och vi ska laga den, säger hon.</p>",
     "Hamnen är ortens ytterdörr, och vi ska laga den"),
    ("nb", "<p>– Vannet steg til andre trappetrinn på ti minutter, forteller en beboer.</p>",
     "Vannet steg til andre trappetrinn på ti minutter"),
    ("da", "<p>– Vi har ventet længe nok på et svar, siger Mikkel Thorsager.</p>"
           "<p>– Nu må kommunen gøre noget ved morgenfærgen.</p>",
     ("Vi har ventet længe nok på et svar", "Nu må kommunen gøre noget ved morgenfærgen.")),
    # short speech said by someone the incise after it leaves unnamed; a term the sentence's speaker uses
    ("en", "The queue was long. “Nobody listens to us,” said a woman near the door.", "“Nobody listens to us,”"),
    ("de", "„Keiner hört uns zu“, sagte eine Kundin in der Schlange.", "„Keiner hört uns zu“"),
    ("fr", "« Personne ne nous écoute », a lancé une cliente.", "« Personne ne nous écoute »"),
    ("en", "Locals call the tower “the glass needle,” a guide explained.", None),
    ("sv", "<p>– Tips: kommentarer, delningar och gillningar bygger en gemenskap kring varumärket.</p>", None),
    # a parenthesis beside the quote names who said it; a title with its author and year is no speech
    ("en", "The plan is “a disaster for the whole east bank” (Hedda Morland, lighthouse keeper).",
     "“a disaster for the whole east bank”"),
    ("en", "The book “The Salt Orchard of the Northern Coast” (Clémence Arvel, 2019) sold well.", None),
    ("en", "The mayor called it “a waste of public money for decades” (see below).", None),
    # Japanese: the speaker, a time or a place between と and the verb of saying; short bare speech
    ("ja", "<p>三浦和子町長は昨年初当選した。</p><p>「橋は冬までに直す」と三浦町長は火曜日に述べた。</p>", "「橋は冬までに直す」"),
    ("ja", "ある漁師は「川が一晩で1メートル上がった」と話した。", "「川が一晩で1メートル上がった」"),
    ("ja", "講演では「スマート農業」とは何かを詳しく説明した。", None),
    ("ja", "会議では「港湾計画」と「防災計画」の二つについて説明した。", None),
    ("ja", "入口の看板には「関係者以外立入禁止」と大きく書かれていた。", None),
)


# Round 36, held out: written before the detectors were read for it, in shapes the groups above do not
# use. Real: a survey's answers in a list or a table, a quote in a standfirst or a subheading, text
# messages and emails quoted, quotes running across inline markup or a line break, quotes holding
# numbers, units, inch marks and apostrophes, single-quoted speech of British news, ellipses and
# bracketed insertions, guillemets holding “…” and „…“ holding ‚…‘, reviews and forum posts. No
# quotation: words a dictionary page lists or glosses, product and model names, search queries, song,
# law, event and show titles, sign texts, labels, slogans, and speech only imagined.
ROUND_36 = (
    # a survey's answers in a list
    ("en", "<p>We asked commuters at the Orlin tram depot what they would change.</p><ul>"
           "<li>“More trams after ten at night, the last one is always packed,” said a nurse.</li>"
           "<li>“Heated shelters. We wait twenty minutes in the wind,” said a student.</li>"
           "<li>“Honestly, nothing. It works for me,” said a retired teacher.</li></ul>",
     ("“More trams after ten at night, the last one is always packed,”",
      "“Heated shelters. We wait twenty minutes in the wind,”", "“Honestly, nothing. It works for me,”")),
    ("de", "<p>Wir haben Pendler am Bahnhof Wendelhof gefragt, was sie ändern würden.</p><ul>"
           "<li>„Mehr Züge am Abend, der letzte ist immer überfüllt“, sagt eine Pflegerin.</li>"
           "<li>„Beheizte Wartehäuschen, wir stehen zwanzig Minuten im Wind“, sagt ein Student.</li></ul>",
     ("„Mehr Züge am Abend, der letzte ist immer überfüllt“",
      "„Beheizte Wartehäuschen, wir stehen zwanzig Minuten im Wind“")),
    ("fr", "<p>Nous avons demandé aux usagers du port de Brassac ce qu’ils changeraient.</p><ul>"
           "<li>« Plus de bateaux le soir, le dernier est toujours bondé », répond une infirmière.</li>"
           "<li>« Des abris chauffés, on attend vingt minutes dans le vent », dit un étudiant.</li></ul>",
     ("« Plus de bateaux le soir, le dernier est toujours bondé »",
      "« Des abris chauffés, on attend vingt minutes dans le vent »")),
    ("ru", "<p>Мы спросили жителей Берёзовки, что им нужно в первую очередь.</p><ul>"
           "<li>«Нормальная дорога до станции, весной её просто нет», — говорит водитель автобуса.</li>"
           "<li>«Аптека, которая работает по выходным», — отвечает пенсионерка.</li></ul>",
     ("«Нормальная дорога до станции, весной её просто нет»", "«Аптека, которая работает по выходным»")),
    # a survey's answers in a table: who said it, and what
    ("en", "<p>Four stallholders told us how the season went.</p><table><tr><th>Stall</th><th>What they said</th>"
           "</tr><tr><td>Fish, Harbour Row</td><td>“Best summer in ten years, we sold out every Saturday.”</td>"
           "</tr><tr><td>Bread, Mill Lane</td><td>“Flour prices ate all the profit, we barely broke even.”</td>"
           "</tr></table>",
     ("“Best summer in ten years, we sold out every Saturday.”",
      "“Flour prices ate all the profit, we barely broke even.”")),
    # a quote in the standfirst and in a subheading of the story
    ("en", "<p class='standfirst'>“We were never told the school would close,” parents say, as the council "
           "meets tonight.</p>", "“We were never told the school would close,”"),
    ("en", "<h2>‘We were never told the school would close’</h2><p>Parents gathered outside the Lusk primary "
           "school on Monday, where Edda Brae, a mother of three, said the letter came too late.</p>",
     "‘We were never told the school would close’"),
    ("de", "<h2>„Wir wurden nie gefragt“</h2><p>Die Eltern versammelten sich am Montag vor der Schule in "
           "Wendelhof, wo Greta Holm sagte, der Brief sei zu spät gekommen.</p>", "„Wir wurden nie gefragt“"),
    # text messages and emails, quoted
    ("en", "At 11.42 pm her son texted her: “Boat is stuck on the sandbar, we are all fine, don’t call the "
           "coastguard.”", "“Boat is stuck on the sandbar, we are all fine, don’t call the coastguard.”"),
    ("en", "In an email to staff seen by the Lantern, the director wrote: “The yard will close on Friday and "
           "nobody will be paid for the last week.”",
     "“The yard will close on Friday and nobody will be paid for the last week.”"),
    ("de", "Um 23.42 Uhr schrieb ihr Sohn per SMS: „Boot sitzt auf der Sandbank fest, uns geht es gut.“",
     "„Boot sitzt auf der Sandbank fest, uns geht es gut.“"),
    ("es", "En un correo a la plantilla, el director escribió: «El astillero cerrará el viernes y nadie cobrará "
           "la última semana».", "«El astillero cerrará el viernes y nadie cobrará la última semana»"),
    ("ru", "В сообщении, которое прислал ей сын, говорилось: «Лодка села на мель, мы все живы, не звони в "
           "спасательную службу».", "«Лодка села на мель, мы все живы, не звони в спасательную службу»"),
    ("zh", "凌晨她收到儿子的短信：“船搁浅在沙洲上了，我们都没事，别报警。”", "“船搁浅在沙洲上了，我们都没事，别报警。”"),
    ("ja", "息子からは「船が砂州に乗り上げたけど、みんな無事だから心配しないで」とメッセージが届いた。",
     "「船が砂州に乗り上げたけど、みんな無事だから心配しないで」"),
    # quotes across inline markup and a line break
    ("en", "“We <em>will</em> finish the bridge before the first frost,” said Ilse Marrow, the district "
           "engineer.", "“We will finish the bridge before the first frost,”"),
    ("en", "“The <a href='/report'>inspection report</a> leaves us no choice but to close the pier,” said "
           "Piet Alder.", "“The inspection report leaves us no choice but to close the pier,”"),
    ("en", "Her note ended: “Keep the lamp lit,<br>keep the door open,<br>and wait for the tide.”",
     "“Keep the lamp lit, keep the door open, and wait for the tide.”"),
    ("fr", "« Nous <strong>devons</strong> rouvrir la ligne avant l’été », a insisté la maire Odile Ferrand.",
     "« Nous devons rouvrir la ligne avant l’été »"),
    ("de", "„Wir <i>müssen</i> die Strecke vor dem Sommer wieder öffnen“, sagte Bürgermeisterin Greta Holm.",
     "„Wir müssen die Strecke vor dem Sommer wieder öffnen“"),
    # numbers and units inside the quote
    ("en", "“The river rose 1.4 metres in 40 minutes, faster than in 1987,” said hydrologist Anja Vell.",
     "“The river rose 1.4 metres in 40 minutes, faster than in 1987,”"),
    ("en", "“We need £2.3m by March or the 14 boats stay in the shed,” the club chair Ossian Reed said.",
     "“We need £2.3m by March or the 14 boats stay in the shed,”"),
    ("de", "„Der Pegel stieg in 40 Minuten um 1,4 Meter, schneller als 1987“, sagte die Hydrologin Anja Vell.",
     "„Der Pegel stieg in 40 Minuten um 1,4 Meter, schneller als 1987“"),
    ("fr", "« Il nous faut 2,3 millions d’euros d’ici mars, sinon les 14 bateaux restent au hangar », "
           "prévient le président du club.", "« Il nous faut 2,3 millions d’euros d’ici mars, sinon les 14 bateaux "
           "restent au hangar »"),
    ("ru", "«Уровень воды поднялся на 1,4 метра за 40 минут», — рассказала гидролог Анна Велль.",
     "«Уровень воды поднялся на 1,4 метра за 40 минут»"),
    # inch marks, feet and apostrophes near the quote
    ("en", "At 6'2\" the new keeper has to duck under every beam. \"I hit my head twice on the first day,\" "
           "said Bram Ostby.", "\"I hit my head twice on the first day,\""),
    ("en", "The 12\" pipe burst at 3 a.m. \"We heard it from the street,\" said a neighbour, Kit Faro.",
     "\"We heard it from the street,\""),
    ("en", "The band played rock 'n' roll covers from the '50s and '60s all night. \"People danced on the "
           "tables,\" said the owner, Lou Brandt.", "\"People danced on the tables,\""),
    ("en", "Back in the ’90s the quay had six cafés. “Now there’s one, and it’s closing,” said Rosa Keel.",
     "“Now there’s one, and it’s closing,”"),
    # single-quoted speech in British style
    ("en", "‘We are ready for whatever the winter brings,’ said the harbour master, Ewan Tolley.",
     "‘We are ready for whatever the winter brings,’"),
    ("en", "‘It’s the worst flood we’ve had since the ’50s,’ said Maud Kerlo, who has lived on the quay all her "
           "life.", "‘It’s the worst flood we’ve had since the ’50s,’"),
    ("en", "'We don't know when the ferry will run again,' said a spokesman for the operator on Tuesday.",
     "'We don't know when the ferry will run again,'"),
    ("en", "The minister said the plan was ‘a fair deal for coastal towns’ and promised more money.",
     "‘a fair deal for coastal towns’"),
    ("en", "‘We lost the nets,’ Ewan Tolley said. ‘We lost the boat. But nobody was hurt.’",
     ("‘We lost the nets,’", "‘We lost the boat. But nobody was hurt.’")),
    # ellipses and bracketed insertions
    ("en", "“We will … rebuild every house that the water took,” the mayor told the crowd on Saturday.",
     "“We will … rebuild every house that the water took,”"),
    ("en", "“The [harbour] board knew about the cracks for years,” said the engineer Anja Vell.",
     "“The [harbour] board knew about the cracks for years,”"),
    ("en", "The letter read: “We regret to inform you that your lisence [sic] has been revoked.”",
     "“We regret to inform you that your lisence [sic] has been revoked.”"),
    ("de", "„Wir werden … jedes Haus wieder aufbauen, das das Wasser genommen hat“, sagte der Bürgermeister.",
     "„Wir werden … jedes Haus wieder aufbauen, das das Wasser genommen hat“"),
    ("fr", "« Nous allons […] reconstruire chaque maison emportée par l’eau », a promis le maire samedi.",
     "« Nous allons […] reconstruire chaque maison emportée par l’eau »"),
    # guillemets holding “…”, „…“ holding ‚…‘, «…» holding „…“
    ("fr", "« Quand j’ai lu “fermeture définitive” sur la porte, j’ai pleuré », raconte la boulangère Inès Marly.",
     "« Quand j’ai lu “fermeture définitive” sur la porte, j’ai pleuré »"),
    ("de", "„Als ich ‚endgültig geschlossen‘ an der Tür las, habe ich geweint“, erzählt die Bäckerin Ines Marl.",
     "„Als ich ‚endgültig geschlossen‘ an der Tür las, habe ich geweint“"),
    ("ru", "«Когда я прочитала на двери „закрыто навсегда“, я заплакала», — рассказывает пекарь Инесса Марлова.",
     "«Когда я прочитала на двери „закрыто навсегда“, я заплакала»"),
    ("it", "«Quando ho letto “chiuso per sempre” sulla porta, ho pianto», racconta la fornaia Ines Marli.",
     "«Quando ho letto “chiuso per sempre” sulla porta, ho pianto»"),
    # reviews and forum posts, quoted
    ("en", "<p>Reviews of the new ferry have been mixed.</p><p>One passenger wrote on a travel site: “Clean, fast "
           "and on time, but the café ran out of coffee by nine.”</p>",
     "“Clean, fast and on time, but the café ran out of coffee by nine.”"),
    ("en", "<p>kettlefan82 wrote:</p><blockquote><p>Mine started leaking from the base after six weeks, and "
           "support told me to descale it.</p></blockquote><p>Same problem here, I sent it back.</p>",
     "Mine started leaking from the base after six weeks, and support told me to descale it."),
    ("nl", "Een lezer schreef op ons forum: „De veerboot was schoon en op tijd, maar de koffie was om negen uur "
           "op.”", "„De veerboot was schoon en op tijd, maar de koffie was om negen uur op.”"),
    ("pl", "Jeden z pasażerów napisał w recenzji: „Czysto, szybko i punktualnie, ale kawa skończyła się o "
           "dziewiątej”.", "„Czysto, szybko i punktualnie, ale kawa skończyła się o dziewiątej”"),
    ("pt", "Um passageiro escreveu numa avaliação: “Limpo, rápido e pontual, mas o café acabou às nove.”",
     "“Limpo, rápido e pontual, mas o café acabou às nove.”"),
    ("ko", "한 승객은 후기에 “깨끗하고 빠르고 정시에 도착했지만 아홉 시에 커피가 다 떨어졌다”고 적었다.",
     "“깨끗하고 빠르고 정시에 도착했지만 아홉 시에 커피가 다 떨어졌다”"),
    # speech in other languages' ordinary news shapes
    ("es", "«No sabemos cuándo volverá a funcionar el transbordador», reconoció un portavoz de la naviera.",
     "«No sabemos cuándo volverá a funcionar el transbordador»"),
    ("it", "«Non sappiamo quando riprenderà il servizio», ha ammesso un portavoce della compagnia.",
     "«Non sappiamo quando riprenderà il servizio»"),
    ("pt", "“Não sabemos quando o serviço volta a funcionar”, admitiu um porta-voz da empresa.",
     "“Não sabemos quando o serviço volta a funcionar”"),
    ("sv", "”Vi vet inte när färjan går igen”, säger en talesperson för rederiet.",
     "”Vi vet inte när färjan går igen”"),
    ("uk", "«Ми не знаємо, коли пором знову почне курсувати», — визнав речник компанії.",
     "«Ми не знаємо, коли пором знову почне курсувати»"),
    ("zh", "港务局发言人表示：“我们目前还不知道渡轮什么时候能恢复运营。”", "“我们目前还不知道渡轮什么时候能恢复运营。”"),
    ("ja", "運航会社の広報担当者は「運航再開の時期はまだ分からない」と説明した。", "「運航再開の時期はまだ分からない」"),
    ("ko", "선사 대변인은 “운항 재개 시점은 아직 알 수 없다”고 밝혔다.", "“운항 재개 시점은 아직 알 수 없다”"),
    ("ru", "«Мы пока не знаем, когда паром снова выйдет в рейс», — признал представитель компании.",
     "«Мы пока не знаем, когда паром снова выйдет в рейс»"),
    ("nl", "„We weten niet wanneer de veerboot weer vaart”, zegt een woordvoerder van de rederij.",
     "„We weten niet wanneer de veerboot weer vaart”"),
    ("pl", "„Nie wiemy, kiedy prom znowu popłynie” – przyznał rzecznik przewoźnika.",
     "„Nie wiemy, kiedy prom znowu popłynie”"),
    # short answers and cries, whole
    ("en", "Asked whether she would stand again, the mayor said only: “No.”", "“No.”"),
    ("de", "Auf die Frage, ob sie wieder antrete, sagte die Bürgermeisterin nur: „Nein.“", "„Nein.“"),
    ("fr", "Interrogée sur une nouvelle candidature, la maire a simplement répondu : « Non. »", "« Non. »"),
    ("en", "“Run!” shouted the ferryman as the wave came over the wall.", "“Run!”"),
    # a quote that goes on in the next paragraph after its speaker
    ("en", "<p>“The quay has stood for two hundred years,” said Ewan Tolley, the harbour master. “It will stand "
           "for two hundred more if we look after it.”</p>",
     ("“The quay has stood for two hundred years,”", "“It will stand for two hundred more if we look after it.”")),
    # NOT quotes: a dictionary or language page's words and glosses
    ("en", "<p>Words the island dialect keeps:</p><ul><li>“skerry” – a small rocky island</li>"
           "<li>“haar” – a cold sea fog</li><li>“peedie” – small</li></ul>", None),
    ("en", "The Danish word “hygge” has no exact English match; it means roughly “a cosy, contented mood”.",
     None),
    ("en", "In the valley, “gowk” means a fool and “bairn” means a child, as in much of the north.", None),
    ("de", "Das Wort „Fernweh“ bedeutet so viel wie „Sehnsucht nach fernen Orten“.", None),
    ("fr", "Le mot « dépaysement » désigne « le sentiment d’être loin de chez soi ».", None),
    ("es", "La palabra «sobremesa» significa «el tiempo que se pasa charlando después de comer».", None),
    ("ru", "Слово «тоска» часто переводят как «грусть», но это не совсем точно.", None),
    ("ja", "「木漏れ日」という言葉は、木の葉の間から差し込む日の光を意味する。", None),
    ("zh", "“缘分”一词很难翻译成英语，大意是“命中注定的相遇”。", None),
    ("pt", "A palavra “saudade” quer dizer algo como “a falta de alguém que está longe”.", None),
    # NOT quotes: product and model names, and search queries
    ("en", "The “Aurora 3” kettle and the cheaper “Aurora Mini” both failed our boil test.", None),
    ("en", "We tested the “TrailRunner 2 GTX” against last year’s model on a wet ten-mile loop.", None),
    ("de", "Das Modell „Kessel Pro 3000“ kostet im Handel rund 89 Euro.", None),
    ("fr", "Le modèle « Bouilloire Pro 3000 » coûte environ 89 euros en magasin.", None),
    ("ru", "Модель «Чайник Про 3000» стоит в магазинах около 5000 рублей.", None),
    ("en", "Searches for “cheap ferry tickets to the islands” rose by 40 per cent in June, the site said.", None),
    ("en", "If you type “how to fix a leaking kettle” into a search engine, you get millions of results.", None),
    ("de", "Die Suchanfragen nach „günstige Fährtickets Inseln“ stiegen im Juni um 40 Prozent.", None),
    ("es", "Las búsquedas de «billetes de ferri baratos a las islas» subieron un 40 % en junio.", None),
    ("zh", "六月份，“去海岛的便宜船票”的搜索量上升了百分之四十。", None),
    # NOT quotes: songs, laws, events, shows, sign texts, labels
    ("en", "The choir closed the evening with “The Water Is Wide” and an old harbour song.", None),
    ("en", "The band’s single “Lanterns Over the Quay” reached number four in March.", None),
    ("en", "The “Coastal Communities Protection Act 2021” gives councils new powers over moorings.", None),
    ("en", "The “Velmoor Harbour Festival” returns next weekend with boat races and a fish market.", None),
    ("en", "Tickets for “Winter Lights on the Water” go on sale on Monday at the harbour office.", None),
    ("de", "Das „Gesetz zum Schutz der Küstengemeinden“ gibt den Gemeinden neue Befugnisse.", None),
    ("fr", "La « Fête du port de Brassac » revient le week-end prochain avec des régates.", None),
    ("it", "La «Sagra del porto di Valbrona» torna il prossimo fine settimana con le regate.", None),
    ("es", "La canción «Faroles sobre el muelle» llegó al número cuatro en marzo.", None),
    ("ru", "Песня «Огни над причалом» заняла четвёртое место в мартовском чарте.", None),
    ("pl", "Piosenka „Latarnie nad przystanią” dotarła do czwartego miejsca listy w marcu.", None),
    ("en", "A hand-painted sign on the gate reads “No entry after dusk, dogs on leads”.", None),
    ("de", "Am Tor hängt ein handgemaltes Schild: „Nach Einbruch der Dunkelheit kein Zutritt“.", None),
    ("en", "Boxes marked “Fragile – this way up” were stacked along the quay.", None),
    ("en", "The form has a box labelled “Reason for visit” that most people leave empty.", None),
    ("ru", "На воротах висит табличка «Вход после заката запрещён».", None),
    ("ja", "門には「日没後立入禁止」という札が掛けられている。", None),
    # NOT quotes: slogans as names, nicknames, scare quotes, terms
    ("en", "The “Keep the Ferry Afloat” campaign has raised £40,000 since spring.", None),
    ("en", "Supporters of the “Save Our Quay” group met at the library on Thursday.", None),
    ("en", "Locals know the stretch as “Widow’s Bend” because of the wrecks.", None),
    ("en", "The so-called “temporary” footbridge has now stood for eleven years.", None),
    ("en", "The council’s “consultation” lasted four days and was held in August.", None),
    ("de", "Die sogenannte „Übergangslösung“ steht inzwischen seit elf Jahren.", None),
    ("fr", "La passerelle dite « provisoire » est en place depuis onze ans.", None),
    ("es", "La pasarela «provisional» lleva ya once años en pie.", None),
    ("it", "La passerella «provvisoria» è lì da undici anni.", None),
    ("ru", "Так называемый «временный» мост стоит уже одиннадцать лет.", None),
    ("nl", "De zogenaamde „tijdelijke” loopbrug staat er inmiddels elf jaar.", None),
    ("zh", "这座所谓的“临时”便桥已经用了十一年。", None),
    ("ja", "いわゆる「仮設」の歩道橋は、もう十一年も使われている。", None),
    # NOT quotes: speech only imagined, suggested or hypothetical
    ("en", "Next time the engine stalls, don’t just say “it’s fine”; call the coastguard.", None),
    ("en", "Imagine a child asking “why is the sea grey today?” and try to answer it simply.", None),
    ("en", "A good reply to a rude customer might be “I understand, let me see what I can do.”", None),
    ("de", "Stellen Sie sich vor, ein Kind fragt: „Warum ist das Meer heute grau?“", None),
    ("fr", "Imaginez un enfant qui demande : « Pourquoi la mer est-elle grise aujourd’hui ? »", None),
    ("es", "Imagine que un niño pregunta: «¿Por qué el mar está gris hoy?»", None),
    # NOT quotes: titles of articles, books and shows in other shapes
    ("en", "Her essay “On Tides and Other Promises” won the coastal writing prize this year.", None),
    ("en", "Episode four, “The Night the Lights Went Out”, airs on Sunday.", None),
    ("ja", "小説「灯台守の冬」は来月刊行される。", None),
    ("zh", "纪录片《最后的渡轮》下月首播。", None),
    ("ko", "영화 “등대지기의 겨울”은 다음 달 개봉한다.", None),
    ("uk", "Фільм «Зима на маяку» вийде в прокат наступного місяця.", None),
    ("sv", "Boken ”Fyrvaktarens vinter” kommer ut nästa månad.", None),
    ("pt", "O filme “O inverno do faroleiro” estreia no próximo mês.", None),
    ("nl", "De film „De winter van de vuurtorenwachter” verschijnt volgende maand.", None),
    # real: more speech in the shapes above, so that rules for the no-quotes do not eat them
    ("en", "“It’s fine,” he said, but his hands were shaking as he tied the rope.", "“It’s fine,”"),
    ("en", "A child in the front row asked: “Why is the sea grey today?”", "“Why is the sea grey today?”"),
    ("de", "Ein Kind in der ersten Reihe fragte: „Warum ist das Meer heute grau?“", "„Warum ist das Meer heute grau?“"),
    ("en", "The sign’s painter, Lou Brandt, said: “I wrote it big so nobody could say they hadn’t seen it.”",
     "“I wrote it big so nobody could say they hadn’t seen it.”"),
    ("en", "“The Water Is Wide was my mother’s song, so we always end with it,” said the choir leader, "
           "Nell Arn.", "“The Water Is Wide was my mother’s song, so we always end with it,”"),
    ("en", "“Aurora 3 is the best kettle we have made,” the company’s founder, Lise Odd, told reporters.",
     "“Aurora 3 is the best kettle we have made,”"),
    ("fr", "« Ce mot, dépaysement, c’est exactement ce que je ressens ici », confie la peintre Inès Marly.",
     "« Ce mot, dépaysement, c’est exactement ce que je ressens ici »"),
    ("es", "«La pasarela provisional es un peligro para los niños», denunció la vecina Rocío Almendral.",
     "«La pasarela provisional es un peligro para los niños»"),
    ("it", "«La passerella provvisoria è un pericolo per i bambini», ha denunciato la residente Ada Brenni.",
     "«La passerella provvisoria è un pericolo per i bambini»"),
    ("zh", "居民王秋岚说：“这座临时便桥对孩子们来说太危险了。”", "“这座临时便桥对孩子们来说太危险了。”"),
    ("ja", "住民の森川秋子さんは「仮設の橋は子どもには危ない」と訴えた。", "「仮設の橋は子どもには危ない」"),
    ("ru", "«Этот временный мост опасен для детей», — заявила жительница Ольга Тернова.",
     "«Этот временный мост опасен для детей»"),
)


def run(cases=CASES, name: str = "") -> tuple[int, int]:
    false_listed = lost = 0
    for lang, paragraph, real in cases:
        paragraph = paragraph if paragraph.startswith("<") else f"<p>{paragraph}</p>"
        html = (f"<!doctype html><html lang='{lang}'><head><title>Valley | Daily Lantern</title></head><body>"
                f"<article><h1>Valley</h1><div class='body'>{FILLER}{paragraph}</div></article></body></html>")
        listed = [q.text.strip(" ,") for q in cleanpage.clean(html).quotes]
        reals = () if real is None else (real,) if isinstance(real, str) else real
        reals = [r.strip(" ,") for r in reals]
        wrong = [t for t in listed if t not in reals]
        if wrong:
            false_listed += len(wrong)
            print(f"FALSE [{lang}] {wrong}")
        for one in reals:
            if one not in listed:
                lost += 1
                print(f"LOST  [{lang}] {one}")
    print(f"{len(cases)} cases{name}: false listed {false_listed}, real lost {lost}")
    return false_listed, lost


if __name__ == "__main__":
    run()
    run(ROUND_34, " (round 34, held out)")
    run(ROUND_34B, " (round 34b, held out)")
    run(ROUND_35, " (round 35)")
    run(ROUND_36, " (round 36, held out)")

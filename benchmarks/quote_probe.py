"""Probe: invented news sentences with words in quote marks, in eleven languages, that are no
quotation (titles, scare quotes, coinages, nicknames, newspapers' names) and short real quotations
that must stay listed. Prints each miss and the counts: false listed, real lost.

    PYTHONPATH=src python benchmarks/quote_probe.py
"""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the valley story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))

# (language, paragraph, the quotation that must be listed or None)
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
)


def run() -> tuple[int, int]:
    false_listed = lost = 0
    for lang, paragraph, real in CASES:
        paragraph = paragraph if paragraph.startswith("<p>") else f"<p>{paragraph}</p>"
        html = (f"<!doctype html><html lang='{lang}'><head><title>Valley | Daily Lantern</title></head><body>"
                f"<article><h1>Valley</h1><div class='body'>{FILLER}{paragraph}</div></article></body></html>")
        listed = [q.text for q in cleanpage.clean(html).quotes]
        wrong = [t for t in listed if real is None or t.strip(" ,") != real.strip(" ,")]
        if wrong:
            false_listed += len(wrong)
            print(f"FALSE [{lang}] {wrong}")
        if real is not None and not any(t.strip(" ,") == real.strip(" ,") for t in listed):
            lost += 1
            print(f"LOST  [{lang}] {real}")
    print(f"{len(CASES)} cases: false listed {false_listed}, real lost {lost}")
    return false_listed, lost


if __name__ == "__main__":
    run()

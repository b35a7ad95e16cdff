"""How speech is attributed, form by form, in eight languages: an invented passage for each
way news, press releases, reviews, interviews, fiction and forums say who speaks, run through
`clean()` and read back from the `quotes` field (each quote's text and speaker).

Each case is (id, language, paragraphs, expected): `expected` pairs a piece of a quotation's
text with its speaker, or with None where nobody named says it (hypothetical speech, a sign,
a quote the page gives no one): then the quote is either not listed or listed with no speaker.
Every name, outlet and sentence here is made up.
"""

from __future__ import annotations

import pytest

import cleanpage

FILLER = {
    "en": "The harbour town has changed a great deal over the past ten years, and residents are divided over "
          "what should come next for the waterfront and the old market.",
    "de": "Die Hafenstadt hat sich in den vergangenen zehn Jahren stark verändert, und die Bewohner sind sich "
          "uneinig, wie es mit dem Ufer und dem alten Markt weitergehen soll.",
    "fr": "La ville portuaire a beaucoup changé au cours des dix dernières années, et les habitants sont divisés "
          "sur l’avenir du front de mer et du vieux marché.",
    "es": "La ciudad portuaria ha cambiado mucho en los últimos diez años y los vecinos están divididos sobre "
          "el futuro del paseo marítimo y del viejo mercado.",
    "it": "La città portuale è cambiata molto negli ultimi dieci anni e gli abitanti sono divisi sul futuro "
          "del lungomare e del vecchio mercato.",
    "nl": "De havenstad is de afgelopen tien jaar sterk veranderd en de bewoners zijn verdeeld over de "
          "toekomst van de kade en de oude markt.",
    "pl": "Miasto portowe bardzo się zmieniło w ciągu ostatnich dziesięciu lat, a mieszkańcy są podzieleni "
          "co do przyszłości nabrzeża i starego targu.",
    "pt": "A cidade portuária mudou muito nos últimos dez anos e os moradores estão divididos sobre o futuro "
          "da marginal e do velho mercado.",
    "sv": "Hamnstaden har förändrats mycket under de senaste tio åren, och invånarna är oeniga om vad som ska "
          "hända med kajen och den gamla marknaden.",
    "id": "Kota pelabuhan itu telah banyak berubah dalam sepuluh tahun terakhir, dan warga terbelah soal masa "
          "depan dermaga dan pasar lama.",
    "tr": "Liman kenti son on yılda çok değişti ve sakinler rıhtımın ve eski pazarın geleceği konusunda "
          "ikiye bölünmüş durumda.",
    "ru": "Портовый город сильно изменился за последние десять лет, и жители расходятся во мнениях о будущем "
          "набережной и старого рынка.",
    "cs": "Přístavní město se za posledních deset let hodně změnilo a obyvatelé se neshodnou na budoucnosti "
          "nábřeží a starého tržiště.",
    "ar": "تغيرت المدينة الساحلية كثيرا خلال السنوات العشر الماضية، وينقسم السكان حول مستقبل الرصيف والسوق القديم.",
    "ro": "Orașul-port s-a schimbat mult în ultimii zece ani, iar locuitorii sunt împărțiți în privința "
          "viitorului cheiului și al pieței vechi.",
    "uk": "Портове місто дуже змінилося за останні десять років, і мешканці розходяться в думках щодо майбутнього "
          "причалу та старого ринку.",
    "hu": "A kikötőváros sokat változott az elmúlt tíz évben, és a lakók megosztottak a rakpart és a régi "
          "piac jövőjét illetően.",
    "fi": "Satamakaupunki on muuttunut paljon viimeisen kymmenen vuoden aikana, ja asukkaat ovat eri mieltä "
          "laiturin ja vanhan torin tulevaisuudesta.",
    "el": "Η πόλη του λιμανιού έχει αλλάξει πολύ τα τελευταία δέκα χρόνια και οι κάτοικοι διχάζονται για το "
          "μέλλον της προκυμαίας και της παλιάς αγοράς.",
    "ko": "이 항구 도시는 지난 십 년 동안 크게 바뀌었고, 주민들은 부두와 옛 시장의 미래를 두고 의견이 갈린다.",
    "vi": "Thành phố cảng đã thay đổi nhiều trong mười năm qua, và người dân chia rẽ về tương lai của bến tàu "
          "và khu chợ cũ.",
    "he": "עיר הנמל השתנתה מאוד בעשר השנים האחרונות, והתושבים חלוקים בדעותיהם על עתיד הרציף והשוק הישן.",
    "hi": "बंदरगाह शहर पिछले दस वर्षों में बहुत बदल गया है, और निवासी घाट और पुराने बाज़ार के भविष्य को लेकर बंटे हुए हैं।",
    "zh": "这座港口城市在过去十年里变化很大，居民们对码头和老市场的未来意见不一。",
    "hr": "Lučki grad se mnogo promijenio u posljednjih deset godina, a stanovnici su podijeljeni oko budućnosti "
          "obale i stare tržnice.",
    "sl": "Pristaniško mesto se je v zadnjih desetih letih močno spremenilo, prebivalci pa so razdeljeni glede "
          "prihodnosti nabrežja in stare tržnice.",
    "bg": "Пристанищният град се промени много през последните десет години и жителите са разделени за бъдещето "
          "на кея и стария пазар.",
    "ca": "La ciutat portuària ha canviat molt en els darrers deu anys i els veïns estan dividits sobre el futur "
          "del moll i del mercat vell.",
    "fa": "شهر بندری در ده سال گذشته بسیار تغییر کرده است و ساکنان درباره آینده اسکله و بازار قدیمی هم‌نظر نیستند.",
    "ja": "この港町はこの十年で大きく変わり、岸壁と古い市場の将来をめぐって住民の意見は分かれている。",
}


def quotes(paragraphs: str, lang: str) -> list[cleanpage.Quote]:
    filler = "".join(f"<p>{FILLER[lang]}</p>" for _ in range(3))
    html = (f"<!doctype html><html lang='{lang}'><head><title>Waterfront | Harbour Gazette</title></head>"
            f"<body><article><h1>Waterfront</h1><div class='body'>{filler}{paragraphs}</div></article>"
            "</body></html>")
    return list(cleanpage.clean(html).quotes)


CASES = [
    # ---------------------------------------------------------------- English, news
    ("en-said-after-name-verb", "en",
     "<p>“We will reopen the fish market before the summer season begins,” Delia Marsh said.</p>",
     [("reopen the fish market", "Delia Marsh")]),
    # a written source speaks for its owner: a site's own pages as a statement does; a document a quote
    # is read out of with no one saying it ("heißt es in der Mitteilung der Stadt …") for the owner its
    # genitive names, and for no one when it names none
    ("en-owned-website-says", "en",
     ("<p>Councillor Mara Quell visited the quay on Monday.</p>"
      "<p>The Harbour Trust's website says: “The old walls will not survive another decade of storms.”</p>"),
     [("old walls will not survive", "Harbour Trust")]),
    ("de-heisst-es-in-owned-document", "de",
     ("<p>Bürgermeisterin Hanna Grewe besuchte am Montag den Kai.</p>"
      "<p>„Die Hafenmauern halten keinen weiteren Winter ohne Reparatur aus“, heißt es in der Mitteilung "
      "der Stadt Altwerder.</p>"),
     [("Hafenmauern halten keinen", "Stadt Altwerder")]),
    ("de-owned-document-heisst-es-before", "de",
     ("<p>Bürgermeisterin Hanna Grewe besuchte am Montag den Kai.</p>"
      "<p>In der Mitteilung der Stadt Altwerder heißt es: „Die Hafenmauern halten keinen weiteren Winter "
      "ohne Reparatur aus.“</p>"),
     [("Hafenmauern halten keinen", "Stadt Altwerder")]),
    ("de-heisst-es-in-unowned-document-is-nobody", "de",
     ("<p>Bürgermeisterin Hanna Grewe besuchte am Montag den Kai.</p>"
      "<p>„Die Hafenmauern halten keinen weiteren Winter ohne Reparatur aus“, heißt es in der Mitteilung.</p>"),
     [("Hafenmauern halten keinen", None)]),
    ("fr-peut-on-lire-in-owned-communique", "fr",
     ("<p>La maire Hélène Forestier a visité le quai lundi.</p>"
      "<p>Dans le communiqué de la Capitainerie de Portval, on peut lire : « Les murs du port ne tiendront "
      "pas un hiver de plus sans réparation. »</p>"),
     [("Les murs du port", "Capitainerie de Portval")]),
    ("es-se-lee-in-owned-report", "es",
     ("<p>La alcaldesa Lucía Ortega visitó el muelle el lunes.</p>"
      "<p>En el informe del Ministerio de Pesca se lee: «Los muros del puerto no aguantarán otro invierno "
      "sin reparación».</p>"),
     [("Los muros del puerto", "Ministerio de Pesca")]),
    ("es-se-lee-in-unowned-report-is-nobody", "es",
     ("<p>La alcaldesa Lucía Ortega visitó el muelle el lunes.</p>"
      "<p>En el informe se lee: «Los muros del puerto no aguantarán otro invierno sin reparación».</p>"),
     [("Los muros del puerto", None)]),
    # an unowned document read out of right after a sentence an institution opens as its subject: that
    # institution's; a person or a plural opening it gives no one
    ("pt-le-se-num-comunicado-after-institution", "pt",
     ("<p>Os barcos não voltam antes de março. A Associação de Pescadores do Cais Velho exige um calendário "
      "público de obras. «Não queremos promessas, queremos datas num papel», lê-se num comunicado "
      "divulgado esta tarde.</p>"),
     [("Não queremos promessas", "Associação de Pescadores do Cais Velho")]),
    ("es-se-lee-en-un-comunicado-after-institution", "es",
     ("<p>Los barcos no vuelven hasta marzo. La Asociación de Vecinos del Puerto pide un calendario de obras. "
      "«No queremos promesas, queremos fechas en un papel», se lee en un comunicado difundido esta tarde.</p>"),
     [("No queremos promesas", "Asociación de Vecinos del Puerto")]),
    ("pt-le-se-num-comunicado-after-person-is-nobody", "pt",
     ("<p>Os barcos não voltam antes de março. Maria Tavares exige um calendário público de obras. «Não "
      "queremos promessas, queremos datas num papel», lê-se num comunicado divulgado esta tarde.</p>"),
     [("Não queremos promessas", None)]),
    ("pt-le-se-num-comunicado-after-plural-is-nobody", "pt",
     ("<p>Os barcos não voltam antes de março, e os pescadores exigem um calendário público de obras. «Não "
      "queremos promessas, queremos datas num papel», lê-se num comunicado divulgado esta tarde.</p>"),
     [("Não queremos promessas", None)]),
    # an institution that conducted or published a study speaks the findings its participle gives
    # ("conducted audits revealing …: …"); an institution named with the one it belongs to keeps that name
    ("en-issued-audits-revealing", "en",
     ("<p>Councillor Mara Quell visited the quay on Monday.</p>"
      "<p>The Tidal Records Institute has conducted dockside audits revealing old habits: harbour "
      "logs are “poorly kept and rarely checked,” with clerks “copying figures without any source at all.”</p>"),
     [("poorly kept and rarely checked", "Tidal Records Institute"),
      ("copying figures without", "Tidal Records Institute")]),
    ("en-published-study-showing", "en",
     ("<p>Councillor Mara Quell visited the quay on Monday.</p>"
      "<p>The Tidal Records Institute published a study showing that harbour logs are “poorly kept and rarely "
      "checked.”</p>"),
     [("poorly kept and rarely checked", "Tidal Records Institute")]),
    # a document and a verb of saying leading the quote in ("As the report notes: “…”") speak for the
    # institution the paragraph before says put the document out, and for no one when it names none
    ("en-as-the-report-notes-institution-before", "en",
     ("<p>The Saltmarsh Ferry Guild published its yearly review of the crossings on Monday.</p>"
      "<p>As the report notes: “Two of the four slipways will need rebuilding within five years.”</p>"),
     [("Two of the four slipways", "Saltmarsh Ferry Guild")]),
    ("en-as-the-report-notes-site-name-estimates-before", "en",
     ("<p>Trade on the quay has doubled since the ferry came back.</p>"
      "<p>Meanwhile, Tidereckon.ai estimates that cargo could double again by 2031, helped by the new crane.</p>"
      "<p>As the report notes: “Cold storage is the main limit on growth at the harbour.”</p>"),
     [("Cold storage is the main limit", "Tidereckon.ai")]),
    ("en-the-review-says-no-institution-before", "en",
     ("<p>Councillor Mara Quell walked the slipways on Monday.</p>"
      "<p>The review says: “Two of the four slipways will need rebuilding within five years.”</p>"),
     [("Two of the four slipways", None)]),
    ("en-owned-institution-keeps-owner", "en",
     ("<p>Councillor Mara Quell visited the quay on Monday.</p>"
      "<p>Tidewater's Harbour Records Initiative has conducted audits revealing that harbour logs are “poorly "
      "kept and rarely checked.”</p>"),
     [("poorly kept and rarely checked", "Tidewater's Harbour Records Initiative")]),
    # an unnamed spokesperson speaks for the institution the sentences before open on, never for a
    # person named nearby
    ("en-unnamed-spokesperson-speaks-for-institution", "en",
     ("<p>“We ask you to let our volunteer nurses hold the clinic,” the nurses stated in the letter, signed "
      "by Dr. Ilse Marwick.</p>"
      "<p>The Department of Harbour Safety, part of the Transport Ministry, turned the nurses down. A "
      "spokesperson who did not wish to be named said in a statement that the department never runs clinics.</p>"
      "<p>“A safety office has no room for a clinic on its quay,” the spokesperson said.</p>"),
     [("has no room for a clinic on its quay", "Department of Harbour Safety")]),
    ("en-unnamed-spokesperson-is-no-nearby-person", "en",
     ("<p>“We ask you to let our volunteer nurses hold the clinic,” the nurses stated in the letter, signed "
      "by Dr. Ilse Marwick.</p>"
      "<p>The nurses were turned down. A spokesperson who did not wish to be named said in a statement that "
      "clinics are never run there.</p>"
      "<p>“A safety office has no room for a clinic on its quay,” the spokesperson said.</p>"),
     [("has no room for a clinic on its quay", None)]),
    # "according to" a document of an institution written in lower case before its place's name
    ("fr-selon-communique-of-lower-case-institution", "fr",
     ("<p>La maire Hélène Forestier a visité le quai lundi.</p>"
      "<p>Selon le communiqué de la mairie de Portval, « les murs du port ne tiendront pas un hiver de plus "
      "sans réparation ».</p>"),
     [("les murs du port", "Mairie de Portval")]),
    ("fr-selon-communique-of-unnamed-institution-is-nobody", "fr",
     ("<p>La maire Hélène Forestier a visité le quai lundi.</p>"
      "<p>Selon le communiqué de la mairie, « les murs du port ne tiendront pas un hiver de plus sans "
      "réparation ».</p>"),
     [("les murs du port", None)]),
    ("es-segun-informe-del-lower-case-institution", "es",
     ("<p>La alcaldesa Lucía Ortega visitó el muelle el lunes.</p>"
      "<p>Según el informe del ayuntamiento de Villaseca, «los muros del puerto no aguantarán otro invierno "
      "sin reparación».</p>"),
     [("los muros del puerto", "Ayuntamiento de Villaseca")]),
    ("en-said-after-verb-name", "en",
     "<p>“Nobody asked the people who actually live on the quay,” said Owen Trelawny.</p>",
     [("Nobody asked the people", "Owen Trelawny")]),
    ("en-said-before-colon", "en",
     "<p>Priya Natarajan said: “The numbers simply do not add up for small traders.”</p>",
     [("numbers simply do not add up", "Priya Natarajan")]),
    ("en-mid-quote", "en",
     "<p>“It is not a question of money,” said Tomas Lindqvist, “it is a question of who decides.”</p>",
     [("not a question of money", "Tomas Lindqvist"), ("question of who decides", "Tomas Lindqvist")]),
    ("en-told-outlet", "en",
     "<p>“We were given three days to move everything out of the sheds,” Rosa Achterberg told the Gazette.</p>",
     [("three days to move everything", "Rosa Achterberg")]),
    ("en-according-to", "en",
     "<p>According to Marcus Feld, “the council never published the full survey of the pier.”</p>",
     [("never published the full survey", "Marcus Feld")]),
    # "To Lindqvist, …" opens on whose view follows: a lone word after "to" only when it is the surname
    # of a person the page names in full ("To Harwich" is a place)
    ("en-to-surname-view-then-quote", "en",
     ("<p>Petra Lindqvist has studied the estuary’s eels since 2004.</p>"
      "<p>To Lindqvist, the new weir is one more sign that the river is managed for boats, not for fish. "
      "“Every barrier we add halves the number of elvers that make it upstream.”</p>"),
     [("Every barrier we add", "Petra Lindqvist")]),
    ("en-to-place-view-then-quote", "en",
     ("<p>Petra Lindqvist has studied the estuary’s eels since 2004.</p>"
      "<p>To Harwich, the new weir is one more sign that the river is managed for boats, not for fish. "
      "“Every barrier we add halves the number of elvers that make it upstream.”</p>"),
     [("Every barrier we add", None)]),
    ("en-added", "en",
     "<p>Helen Oduya runs the ferry kiosk.</p><p>“The queues have doubled since March,” Oduya added.</p>",
     [("queues have doubled", "Helen Oduya")]),
    ("en-warned-that", "en",
     "<p>Engineer Farid Bensalem warned that “the sea wall will not survive another winter like the last.”</p>",
     [("sea wall will not survive", "Farid Bensalem")]),
    ("en-wrote-colon", "en",
     "<p>In a letter to residents, Judith Corran wrote: “Your patience over these months has not gone unnoticed.”</p>",
     [("Your patience over these months", "Judith Corran")]),
    ("en-tweeted", "en",
     "<p>The mayor, Aled Pryce, tweeted: “Great news for the quay, the works start on Monday.”</p>",
     [("Great news for the quay", "Aled Pryce")]),
    ("en-posted-forum", "en",
     ("<p>One resident, Kim Oyelaran, posted on the neighbourhood forum: “Does anyone know when the car park "
     "reopens?”</p>"),
     [("Does anyone know when", "Kim Oyelaran")]),
    ("en-pronoun-next-paragraph", "en",
     ("<p>Marguerite Vance has sold bread on the quay for twenty-two years.</p>"
     "<p>“My customers come for the smell of the oven as much as for the loaves,” she said.</p>"),
     [("My customers come for the smell", "Marguerite Vance")]),
    ("en-pronoun-same-paragraph", "en",
     "<p>Ibrahim Tahir opened his repair shop in 2009. “Back then the street was half empty,” he said.</p>",
     [("Back then the street was half empty", "Ibrahim Tahir")]),
    # two capitalised words after "the" name a group or an outlet, which "she" does not stand for
    ("en-pronoun-skips-group-after-the", "en",
     ("<p>Maud Kessler called the pier plan “a hazard” in her first review in the spring.</p>"
      "<p>Few readers took her side, and anyone who did heard from The Harbour Regulars soon enough. "
      "Still, she answered every reply:</p>"
      "<blockquote><p>If you had read the survey, you would know the pier was never safe.</p></blockquote>"),
     [("If you had read the survey", "Maud Kessler")]),
    ("en-pronoun-skips-outlet-after-the", "en",
     ("<p>Maud Kessler wrote the first critical review of the pier plan in the spring.</p>"
      "<p>Her piece ran in the Harbour Gazette on a Monday. “Nobody on the council has read the survey, "
      "and it shows,” she wrote.</p>"),
     [("Nobody on the council", "Maud Kessler")]),
    ("en-role-then-name", "en",
     "<p>“We expect the new terminal to be running by autumn,” the company’s chief executive, Ana Ruiz, said.</p>",
     [("new terminal to be running", "Ana Ruiz")]),
    ("en-role-then-name-before", "en",
     ("<p>The port authority’s director, Callum Reid, said the plan was “a compromise nobody fully likes, "
     "but everyone can live with.”</p>"),
     [("a compromise nobody fully likes", "Callum Reid")]),
    ("en-ministry-statement", "en",
     ("<p>The Ministry of Transport approved the funding on Friday.</p>"
     "<p>“The upgrade will be completed within the agreed budget,” the ministry said in a statement.</p>"),
     [("upgrade will be completed", "Ministry of Transport")]),
    ("en-company-said", "en",
     "<p>Brightwater Logistics said: “We have no plans to close the depot at this time.”</p>",
     [("no plans to close the depot", "Brightwater Logistics")]),
    ("en-continuation-paragraph", "en",
     ("<p>“The ferry is our lifeline,” said Nora Quigley, who lives on the island.</p>"
     "<p>“Without it, the school and the doctor are two hours away.”</p>"),
     [("ferry is our lifeline", "Nora Quigley"), ("school and the doctor", "Nora Quigley")]),
    ("en-lead-in-colon-block", "en",
     ("<p>Stellan Hugo, a boat builder, put it this way:</p>"
     "<blockquote><p>You cannot build a harbour for tourists and expect fishermen to stay in it.</p></blockquote>"),
     [("You cannot build a harbour", "Stellan Hugo")]),
    # a lead-in whose last clause, joined by a conjunction, has a subject of its own: that one speaks
    ("en-lead-in-joined-clause-subject", "en",
     ("<p>Jo Park grew short with her on the harbour radio, and Lena Marsh finally pushed back:</p>"
      "<blockquote><p>If you had read the survey, you would know the pier was never safe.</p></blockquote>"),
     [("If you had read the survey", "Lena Marsh")]),
    ("de-passive-after-quote", "de",
     "<p>„Die Fähre fährt ab Mai wieder jede Stunde“, wurde Hedda Brünnich von der Inselpost zitiert.</p>",
     [("Die Fähre fährt", "Hedda Brünnich")]),
    ("de-passive-mit-den-worten", "de",
     ("<p>Hedda Brünnich leitet die Reederei seit dem Frühjahr.</p>"
      "<p>Brünnich wurde mit den Worten zitiert: „Die Fähre fährt ab Mai wieder jede Stunde.“</p>"),
     [("Die Fähre fährt", "Hedda Brünnich")]),
    ("de-passive-mit-den-worten-inverted", "de",
     ("<p>Hedda Brünnich leitet die Reederei seit dem Frühjahr.</p>"
      "<p>Im Jahresbericht wird Brünnich mit den Worten zitiert: „Die Fähre fährt ab Mai wieder jede Stunde.“</p>"),
     [("Die Fähre fährt", "Hedda Brünnich")]),
    ("nl-passive-after-quote", "nl",
     "<p>„De veerboot vaart vanaf mei weer elk uur”, werd Joost van Lier door het eilandblad geciteerd.</p>",
     [("De veerboot vaart", "Joost van Lier")]),
    ("es-segun-dijo-before", "es",
     "<p>Según dijo Remedios Vallcorba a la radio local, «el transbordador volverá a salir cada hora desde mayo».</p>",
     [("el transbordador volverá", "Remedios Vallcorba")]),
    ("es-passive-after-quote", "es",
     "<p>«El transbordador volverá a salir cada hora desde mayo», fue citada Remedios Vallcorba por la radio local.</p>",
     [("El transbordador volverá", "Remedios Vallcorba")]),
    ("pt-passive-after-quote", "pt",
     "<p>“O ferry volta a sair de hora a hora a partir de maio”, foi citado Anselmo Trigueiros pela rádio local.</p>",
     [("O ferry volta", "Anselmo Trigueiros")]),
    ("it-riferito-after", "it",
     "<p>«Il traghetto tornerà a partire ogni ora da maggio», ha riferito Ottavio Brunelleschi all’agenzia.</p>",
     [("Il traghetto tornerà", "Ottavio Brunelleschi")]),
    ("de-lead-in-joined-clause-subject", "de",
     ("<p>Jo Park wurde am Hafenfunk ungeduldig, und Lena Marsch hielt schließlich dagegen:</p>"
      "<blockquote><p>Hätten Sie das Gutachten gelesen, wüssten Sie, dass der Steg nie sicher war.</p></blockquote>"),
     [("Hätten Sie das Gutachten", "Lena Marsch")]),
    ("fr-lead-in-joined-clause-subject", "fr",
     ("<p>Jo Park s’impatientait à la radio du port, et Léna Marchal a fini par répondre :</p>"
      "<blockquote><p>Si vous aviez lu l’expertise, vous sauriez que la jetée n’a jamais été sûre.</p></blockquote>"),
     [("Si vous aviez lu", "Léna Marchal")]),
    ("en-lead-in-joined-clause-first-name", "en",
     ("<p>Maud Kessler and Corvin Ashdown have argued about the pier for a year.</p>"
      "<p>Corvin gets short with her on the radio, and Maud finally pushes back:</p>"
      "<blockquote><p>If you had read the survey, you would know the pier was never safe.</p></blockquote>"),
     [("If you had read the survey", "Maud Kessler")]),
    ("en-lead-in-joined-objects", "en",
     ("<p>Ann Lee spoke with Jo Park and Lena Marsh about the pier:</p>"
      "<blockquote><p>If you had read the survey, you would know the pier was never safe.</p></blockquote>"),
     [("If you had read the survey", "Ann Lee")]),
    ("en-named-preceding-paragraph", "en",
     ("<p>Among the critics is Lorna Fitzwilliam, who chairs the residents’ association.</p>"
     "<p>“Every meeting ends with a promise and nothing changes,” Fitzwilliam said.</p>"),
     [("Every meeting ends with a promise", "Lorna Fitzwilliam")]),
    ("en-said-after-description", "en",
     ("<p>“The tides have moved the sandbank twice this year,” said Pieter Moll, a pilot who guides ships "
     "into the port.</p>"),
     [("tides have moved the sandbank", "Pieter Moll")]),
    ("en-two-speakers-one-paragraph", "en",
     "<p>“We want a say,” said Esi Mensah. “We already gave them one,” replied Gareth Lowe.</p>",
     [("We want a say", "Esi Mensah"), ("already gave them one", "Gareth Lowe")]),
    # ---------------------------------------------------------------- English, reviews, fiction, nobody
    ("en-review-blurbs", "en",
     ("<p>“A quiet triumph of a novel, patient and generous.” — The Northern Review</p>"
     "<p>“Impossible to put down once the storm arrives.” — Coastline Weekly</p>"),
     [("quiet triumph of a novel", "The Northern Review"), ("Impossible to put down", "Coastline Weekly")]),
    # a review form signs with a stand-in when the writer gives no name: nobody is named
    ("en-review-placeholder-signature", "en",
     ("<blockquote><p>“The kettle boils in under a minute and the handle never gets hot.”</p></blockquote>"
      "<p>— Verified Buyer</p>"
      "<blockquote><p>“Sturdy lid, but the cord is shorter than the photos suggest.”</p></blockquote>"
      "<p>— Anonymous</p>"
      "<p>“Replaced my old one within a week and would buy it again,” A Customer wrote.</p>"),
     [("kettle boils in under a minute", None), ("Sturdy lid", None), ("Replaced my old one", None)]),
    ("de-review-placeholder-signature", "de",
     "<blockquote><p>„Der Wasserkocher ist leise und kocht schneller als mein alter.“</p></blockquote><p>— Kunde</p>",
     [("Der Wasserkocher ist leise", None)]),
    # the same words quoted again with no attribution are the words of whoever said them first
    ("en-repeated-quote-keeps-speaker", "en",
     ("<p>“A ferry timetable is a promise the town makes to the islands every morning,” Ilse Marchetti said.</p>"
      "<p>The council met twice more before the vote on the winter crossings.</p>"
      "<p>“A ferry timetable is a promise the town makes to the islands every morning.” One letter the week "
      "after held that line and nothing else.</p>"),
     [("A ferry timetable is a promise", "Ilse Marchetti"), ("promise the town makes to the islands every morning.”",
                                                              "Ilse Marchetti")]),
    # a name of three words with no office before it is kept whole, "she" standing for it
    ("en-three-word-name-pronoun", "en",
     ("<p>Rosa Lind Achterberg is as blunt as ever when she writes, “A harbour that only sells views will "
      "soon have nothing left to sell.”</p>"),
     [("harbour that only sells views", "Rosa Lind Achterberg")]),
    # a document named by its owner's possessive, right before the words it quotes
    ("en-owned-document-that", "en",
     ("<p>The harbour council followed the Tidewater Board’s guidance that towns “should test the bathing water "
      "every week from June to September.”</p>"),
     [("should test the bathing water", "Tidewater Board")]),
    # a forum user named by handle, the subject of the verb of saying or naming in the quote's sentence
    ("en-forum-handle-subject", "en",
     ("<p>Berth prices came up in every thread this winter.</p>"
      "<p>u/quay_walker noted in a thread about winter berths, \"Cheap winter berths were not possible two "
      "years ago, but they are now.\"</p><p>The fix needs what @tidewatch called \"one shared list of free "
      "berths for every harbour on the coast.\"</p>"),
     [("Cheap winter berths were not possible", "u/quay_walker"), ("one shared list of free berths", "@tidewatch")]),
    # an adverb between the pronoun and its verb of saying: a short turn is listed too
    ("en-fiction-pronoun-adverb-verb", "en",
     ("<p>Mara Keane found Tobin Marsh on the slipway at dawn.</p>"
      "<p>“Mending the old nets,” he quietly replied.</p>"),
     [("Mending the old nets", "Tobin Marsh")]),
    ("en-fiction-dialogue-alternating", "en",
     ("<p>Down on the slipway, Mara found Tobin untying the dinghy.</p>"
      "<p>“Where are you taking the boat at this hour, Tobin?” asked Mara.</p>"
      "<p>“Out past the lighthouse, where the mackerel are.”</p>"
      "<p>“In this weather, with the wind from the north?”</p>"
      "<p>“Especially in this weather, it keeps the others home.”</p>"),
     [("Where are you taking the boat", "Mara"), ("Out past the lighthouse", "Tobin"),
      ("In this weather", "Mara"), ("Especially in this weather", "Tobin")]),
    # a narrator's lone question, said by no one: the one who spoke last, with no one named since, answers
    ("en-fiction-narrator-questions-answered", "en",
     ("<p>“I will not sign the ledger today,” Corwin replied, and turned back to the window.</p>"
      "<p>No answer came from the clerks.</p>"
      "<p>“Would a post in the customs house suit you better? The hours there are short.”</p>"
      "<p>“The customs house is too cold in winter. I will keep to this desk.”</p>"),
     [("The customs house is too cold", "Corwin")]),
    ("fr-fiction-narrator-questions-answered", "fr",
     ("<p>« Je ne signerai pas le registre aujourd’hui », répondit Corwin en se tournant vers la fenêtre.</p>"
      "<p>Les commis se taisaient.</p>"
      "<p>« Voulez-vous plutôt une place à la douane ? Les journées y sont courtes. »</p>"
      "<p>« La douane est trop froide en hiver. Je garde ce bureau. »</p>"),
     [("La douane est trop froide", "Corwin")]),
    # ... but a question about someone else ("who is he?") may be answered by anyone
    ("en-fiction-question-about-a-third", "en",
     ("<p>“I will not sign the ledger today,” Corwin replied, and turned back to the window.</p>"
      "<p>The landlord came up the stairs in a hurry.</p>"
      "<p>“Tell me, who is he, and why does he sit on my stairs all day?”</p>"
      "<p>“Nobody knows. He came with the spring tide and never left the building.”</p>"),
     [("Nobody knows. He came", None)]),
    # ... and a list of prompts after a name nobody heard speak is no exchange
    ("en-prompts-after-a-name", "en",
     ("<p>For the test I borrowed the questions Ingrid Salvesen wrote for her survey of the harbour.</p>"
      "<p>“How many boats were lost in the storm of last winter?”</p>"
      "<p>“Give the date of the storm in day-month-year form and nothing else.”</p>"),
     [("Give the date of the storm", None)]),
    # a paragraph of narrative ending in a call by name: the one called answers the next turn
    ("en-fiction-called-at-paragraph-end", "en",
     ("<p>The clerks watched Corwin all day; nobody asked Corwin why the ledger lay unopened.</p>"
      "<p>At last I drew my chair beside his desk and said: “Leave the ledger for today; only promise me "
      "you will open it tomorrow, Corwin.”</p>"
      "<p>“Tomorrow the tide turns early, and I mean to be on the water.”</p>"),
     [("Tomorrow the tide turns early", "Corwin")]),
    ("de-fiction-called-at-paragraph-end", "de",
     ("<p>Die Schreiber sahen Corwin den ganzen Tag zu; niemand fragte Corwin, warum das Buch zu blieb.</p>"
      "<p>Schließlich setzte ich mich zu ihm und sagte: „Lassen Sie das Buch für heute liegen, aber sehen Sie "
      "es sich morgen an, Corwin.“</p>"
      "<p>„Morgen kentert die Tide früh, und ich will auf dem Wasser sein.“</p>"),
     [("Morgen kentert die Tide", "Corwin")]),
    # "said I" after a quotation too short to list: the narrator goes on speaking in the paragraph
    ("en-fiction-narrator-goes-on", "en",
     ("<p>Tobin Marsh sat alone in the yard, and the turnkey stood at the gate.</p>"
      "<p>“Very well,” said I, pressing a coin into the cook’s palm (as they called him). “See that "
      "my friend over there gets a hot supper every night this week.”</p>"),
     [("See that my friend over there", None)]),
    # a dash typed as hyphens or set as a dash leads into speech as a comma does
    ("en-fiction-dash-after-participle", "en",
     ("<p>Wendell Ashby came in from the yard with the ledger under his arm.</p>"
      "<p>He laid it on the desk with a small bow, and saying--“Every column is balanced twice over, sir, as you "
      "asked.”</p>"),
     [("Every column is balanced", "Wendell Ashby")]),
    ("en-fiction-hyphens-between-quotes", "en",
     ("<p>Orla Quince watched the skiff drift past the mole.</p>"
      "<p>“Not that,” gritted Orla--“anything but the old boathouse, it floods at every spring tide.”</p>"),
     [("anything but the old boathouse", "Orla Quince")]),
    ("en-fiction-dash-between-quotes", "en",
     ("<p>Orla Quince watched the skiff drift past the mole.</p>"
      "<p>“Not that,” muttered Orla—“anything but the old boathouse, it floods at every spring tide.”</p>"),
     [("anything but the old boathouse", "Orla Quince")]),
    # "he" is the character fiction names by one word ("said Corvin" twice) and narration named last,
    # not the one who spoke last
    ("en-fiction-one-word-name-pronoun", "en",
     ("<p>“The ledger is short again,” said Corvin, frowning at the page.</p>"
      "<p>“Then count it twice,” Maud replied.</p>"
      "<p>“I have counted it three times already,” Corvin said.</p>"
      "<p>“Then it is short, and you will tell the owner yourself,” said Maud.</p>"
      "<p>Maud went down to the quay with the lamp, and Corvin sat a long while over the columns.</p>"
      "<p>“It will not balance tonight, whatever I do,” he said.</p>"),
     [("It will not balance tonight", "Corvin")]),
    ("de-fiction-one-word-name-pronoun", "de",
     ("<p>„Das Kassenbuch stimmt schon wieder nicht“, sagte Corvin und runzelte die Stirn.</p>"
      "<p>„Dann zähl es eben zweimal“, antwortete Maud.</p>"
      "<p>„Ich habe es schon dreimal gezählt“, sagte Corvin.</p>"
      "<p>„Dann fehlt eben etwas, und du sagst es dem Besitzer selbst“, sagte Maud.</p>"
      "<p>Maud ging mit der Lampe hinunter zum Kai, und Corvin saß noch lange über den Spalten.</p>"
      "<p>„Heute Abend geht es nicht mehr auf, was ich auch tue“, sagte er.</p>"),
     [("Heute Abend geht es nicht mehr auf", "Corvin")]),
    ("fr-fiction-one-word-name-pronoun", "fr",
     ("<p>« Le registre est encore faux, tu sais ? » demanda Corvin en fronçant les sourcils.</p>"
      "<p>« Alors compte-le deux fois », répondit Maud.</p>"
      "<p>« Je l’ai déjà compté trois fois ce soir ! » dit Corvin.</p>"
      "<p>« Alors il manque quelque chose, et tu le diras toi-même au patron », dit Maud.</p>"
      "<p>Maud descendit au quai avec la lampe, et Corvin resta longtemps penché sur les colonnes.</p>"
      "<p>« Ce soir, les comptes ne tomberont pas juste, quoi que je fasse », dit-il.</p>"),
     [("Ce soir, les comptes ne tomberont", "Corvin")]),
    ("de-fiction-called-answers", "de",
     ("<p>Am Anleger wartete Wiebke schon auf Hannes.</p>"
      "<p>„Kommst du heute mit aufs Boot, Hannes?“, fragte Wiebke.</p>"
      "<p>„Heute nicht, ich muss noch die Netze flicken.“</p>"),
     [("Kommst du heute mit", "Wiebke"), ("Heute nicht, ich muss", "Hannes")]),
    ("fr-fiction-called-answers", "fr",
     ("<p>Sur le quai, Line attendait Gaspard depuis une heure.</p>"
      "<p>« Tu viens avec nous ce soir, Gaspard ? » demanda Line.</p>"
      "<p>« Pas ce soir, j’ai encore les filets à réparer. »</p>"),
     [("Tu viens avec nous", "Line"), ("Pas ce soir", "Gaspard")]),
    ("es-fiction-called-answers", "es",
     ("<p>En el muelle, Lola esperaba a Fermín desde hacía una hora.</p>"
      "<p>«¿Vienes esta noche con nosotros, Fermín?», preguntó Lola.</p>"
      "<p>«Esta noche no, tengo que remendar las redes.»</p>"),
     [("Vienes esta noche", "Lola"), ("Esta noche no", "Fermín")]),
    # a heading after a block quote opens the next section: its "by …" credits that section's work
    ("en-block-then-heading-credit", "en",
     ("<p>Every sailor should remember the old rule of the harbour masters, set down long ago:</p>"
      "<blockquote><p>Never leave the quay before the tide has turned, and never trust a calm morning in "
      "March.</p></blockquote>"
      "<h2>2. The Long Shore (2011) by Petra Lindqvist</h2>"
      "<p>The second book on the list is a memoir of forty winters spent on the ferries.</p>"),
     [("Never leave the quay", None)]),
    ("en-hypothetical-nobody", "en",
     ("<p>Harriet Soames, the shop’s owner, trains every new assistant herself. If a customer says “I want my "
     "money back right now,” the staff are told to listen first and explain later.</p>"),
     [("I want my money back", None)]),
    ("en-sign-no-speaker", "en",
     ("<p>Walter Grieve has fished from the north pier since he was a boy.</p>"
     "<p>A hand-painted sign at the end of the pier reads “No fishing from the steps after dark, by order.”</p>"),
     [("No fishing from the steps", None)]),
    ("en-qa-interview", "en",
     ("<p>We spoke to the architect Ines Valdura about the new market hall.</p>"
     "<p><strong>Q:</strong> Why timber rather than steel?</p>"
     "<p><strong>A:</strong> My teacher Lars Berglund always told us, “Build with what grows near the site.” "
     "I never forgot it.</p>"),
     [("Build with what grows near the site", "Lars Berglund")]),
    # ---------------------------------------------------------------- German
    ("de-said-after", "de",
     "<p>„Wir werden den Fischmarkt noch vor dem Sommer wieder öffnen“, sagte Jana Brückner.</p>",
     [("Fischmarkt noch vor dem Sommer", "Jana Brückner")]),
    ("de-name-verb-after", "de",
     "<p>„Niemand hat die Leute am Kai gefragt“, sagt Ole Hansen.</p>",
     [("Niemand hat die Leute am Kai", "Ole Hansen")]),
    ("de-said-before-colon", "de",
     "<p>Katrin Vogelsang sagt: „Für kleine Händler rechnet sich das einfach nicht.“</p>",
     [("Für kleine Händler rechnet", "Katrin Vogelsang")]),
    ("de-mid-quote", "de",
     "<p>„Es geht nicht ums Geld“, sagt Lutz Degenhardt, „es geht darum, wer entscheidet.“</p>",
     [("Es geht nicht ums Geld", "Lutz Degenhardt"), ("darum, wer entscheidet", "Lutz Degenhardt")]),
    ("de-role-then-name", "de",
     ("<p>„Wir rechnen damit, dass das Terminal im Herbst läuft“, sagte der Geschäftsführer des Unternehmens, "
     "Henrik Albers.</p>"),
     [("Terminal im Herbst läuft", "Henrik Albers")]),
    ("de-laut", "de",
     "<p>Laut Sabine Kettler ist das „ein Kompromiss, mit dem alle leben können“.</p>",
     [("Kompromiss, mit dem alle leben", "Sabine Kettler")]),
    ("de-so-name", "de",
     "<p>„Die Fähre ist unsere Lebensader“, so Inge Paulsen von der Inselgemeinde.</p>",
     [("Fähre ist unsere Lebensader", "Inge Paulsen")]),
    ("de-continuation-paragraph", "de",
     ("<p>„Die Fähre ist unsere Lebensader“, sagt Inge Paulsen, die auf der Insel lebt.</p>"
     "<p>„Ohne sie sind Schule und Arzt zwei Stunden entfernt.“</p>"),
     [("Fähre ist unsere Lebensader", "Inge Paulsen"), ("Schule und Arzt", "Inge Paulsen")]),
    ("de-nobody", "de",
     ("<p>Gerd Lamprecht fischt seit seiner Kindheit an der Nordmole.</p>"
     "<p>Auf einem Schild am Ende der Mole steht „Angeln von den Stufen nach Einbruch der Dunkelheit verboten“.</p>"),
     [("Angeln von den Stufen", None)]),
    # ---------------------------------------------------------------- French
    ("fr-said-after", "fr",
     "<p>« Nous rouvrirons le marché aux poissons avant l’été », a déclaré Camille Perrot.</p>",
     [("rouvrirons le marché", "Camille Perrot")]),
    ("fr-verb-name-after", "fr",
     "<p>« Personne n’a demandé leur avis aux gens du quai », explique Yannick Le Goff.</p>",
     [("Personne n’a demandé", "Yannick Le Goff")]),
    ("fr-reflexive-verb-after", "fr",
     ("<p>« On nous promet une jetée neuve depuis dix ans », s’agace Gaëlle Tanguy.</p>"
      "<p>« Le marché a tenu bon pendant tout l’été de travaux », se réjouit Maël Guivarc’h.</p>"),
     [("promet une jetée neuve", "Gaëlle Tanguy"), ("Le marché a tenu bon", "Maël Guivarc’h")]),
    ("es-verb-after", "es",
     ("<p>“Nadie nos consultó antes de cerrar el muelle viejo”, enfatizó Rocío Balmaseda.</p>"
      "<p>“El mercado tiene que abrir también los domingos”, se quejó Anselmo Urquiza.</p>"),
     [("Nadie nos consultó", "Rocío Balmaseda"), ("abrir también los domingos", "Anselmo Urquiza")]),
    ("fr-incise", "fr",
     "<p>« Ce n’est pas une question d’argent, raconte Mehdi Saïdani, c’est une question de pouvoir. »</p>",
     [("pas une question d’argent", "Mehdi Saïdani")]),
    ("fr-said-before-colon", "fr",
     "<p>Hélène Marchetti prévient : « Les petits commerçants ne s’en sortiront pas. »</p>",
     [("petits commerçants ne s’en sortiront", "Hélène Marchetti")]),
    ("fr-pronoun", "fr",
     ("<p>Odile Baranger vend du pain sur le port depuis vingt ans.</p>"
     "<p>« Les clients viennent pour l’odeur du four autant que pour le pain », dit-elle.</p>"),
     [("clients viennent pour l’odeur", "Odile Baranger")]),
    ("fr-selon", "fr",
     "<p>Selon Bastien Caradec, « la mairie n’a jamais publié l’étude complète de la jetée ».</p>",
     [("jamais publié l’étude", "Bastien Caradec")]),
    ("fr-role-then-name", "fr",
     ("<p>« Le terminal devrait fonctionner à l’automne », a précisé la directrice de la société, "
     "Agathe Lemaire.</p>"),
     [("terminal devrait fonctionner", "Agathe Lemaire")]),
    ("fr-ministry", "fr",
     ("<p>Le ministère des Transports a validé le financement vendredi.</p>"
     "<p>« Les travaux seront achevés dans le budget prévu », a indiqué le ministère dans un communiqué.</p>"),
     [("travaux seront achevés", "ministère des Transports")]),
    ("fr-continuation-paragraph", "fr",
     ("<p>« Le bac, c’est notre cordon ombilical », confie Maïwenn Tanguy, qui vit sur l’île.</p>"
     "<p>« Sans lui, l’école et le médecin sont à deux heures. »</p>"),
     [("notre cordon ombilical", "Maïwenn Tanguy"), ("l’école et le médecin", "Maïwenn Tanguy")]),
    # ---------------------------------------------------------------- Spanish
    ("es-said-after", "es",
     "<p>«Reabriremos el mercado de pescado antes del verano», dijo Lucía Herrero.</p>",
     [("Reabriremos el mercado", "Lucía Herrero")]),
    ("es-said-before-colon", "es",
     "<p>Andrés Villalba aseguró: «Para los pequeños comerciantes las cuentas no salen».</p>",
     [("pequeños comerciantes las cuentas", "Andrés Villalba")]),
    ("es-mid-quote", "es",
     "<p>«No es una cuestión de dinero», afirma Marta Quintanilla, «es una cuestión de quién decide».</p>",
     [("cuestión de dinero", "Marta Quintanilla"), ("quién decide", "Marta Quintanilla")]),
    ("es-segun", "es",
     "<p>Según Rodrigo Almagro, «el ayuntamiento nunca publicó el estudio completo del muelle».</p>",
     [("nunca publicó el estudio", "Rodrigo Almagro")]),
    ("es-pronoun-paragraph", "es",
     ("<p>Carmen Olivares vende pan en el puerto desde hace veinte años.</p>"
     "<p>«Los clientes vienen por el olor del horno tanto como por el pan», explica.</p>"),
     [("clientes vienen por el olor", "Carmen Olivares")]),
    ("es-role-then-name", "es",
     ("<p>«Esperamos que la terminal funcione en otoño», señaló el consejero delegado de la empresa, "
     "Julián Ibarra.</p>"),
     [("terminal funcione en otoño", "Julián Ibarra")]),
    ("es-dialogue-dash", "es",
     "<p>— No pienso vender el barco — dijo Ramiro Escudero mientras recogía las redes.</p>",
     [("No pienso vender el barco", "Ramiro Escudero")]),
    ("es-ministry", "es",
     ("<p>El Ministerio de Transportes aprobó la financiación el viernes.</p>"
     "<p>«Las obras se terminarán dentro del presupuesto acordado», indicó el ministerio en un comunicado.</p>"),
     [("obras se terminarán", "Ministerio de Transportes")]),
    # ---------------------------------------------------------------- Italian
    ("it-said-after", "it",
     "<p>«Riapriremo il mercato del pesce prima dell’estate», ha detto Chiara Benedetti.</p>",
     [("Riapriremo il mercato", "Chiara Benedetti")]),
    ("it-present-after", "it",
     "<p>«Nessuno ha chiesto niente a chi vive sul molo», spiega Davide Loreti.</p>",
     [("Nessuno ha chiesto niente", "Davide Loreti")]),
    ("it-said-before-colon", "it",
     "<p>Francesca Moretto sottolinea: «Per i piccoli commercianti i conti non tornano».</p>",
     [("piccoli commercianti i conti", "Francesca Moretto")]),
    ("it-secondo", "it",
     "<p>Secondo Giulio Sartori, «il comune non ha mai pubblicato lo studio completo del molo».</p>",
     [("non ha mai pubblicato lo studio", "Giulio Sartori")]),
    ("it-pronoun-paragraph", "it",
     ("<p>Lucia Ferrandi vende pane al porto da vent’anni.</p>"
     "<p>«I clienti vengono per il profumo del forno quanto per il pane», racconta.</p>"),
     [("clienti vengono per il profumo", "Lucia Ferrandi")]),
    ("it-role-then-name", "it",
     ("<p>«Contiamo di avere il terminal operativo in autunno», ha spiegato l’amministratore delegato della "
     "società, Paolo Viganò.</p>"),
     [("terminal operativo in autunno", "Paolo Viganò")]),
    ("it-mid-quote", "it",
     "<p>«Non è una questione di soldi», afferma Elena Rinaldi, «è una questione di chi decide».</p>",
     [("questione di soldi", "Elena Rinaldi"), ("chi decide", "Elena Rinaldi")]),
    # ---------------------------------------------------------------- Dutch
    ("nl-said-after", "nl",
     "<p>‘We openen de vismarkt weer voor de zomer’, zegt Femke Dijkstra.</p>",
     [("openen de vismarkt weer", "Femke Dijkstra")]),
    ("nl-past-after", "nl",
     "<p>“Niemand heeft de mensen op de kade iets gevraagd”, zei Jeroen Bakhuis.</p>",
     [("Niemand heeft de mensen", "Jeroen Bakhuis")]),
    ("nl-said-before-colon", "nl",
     "<p>Sanne Verbeek zegt: ‘Voor kleine winkeliers klopt de rekensom gewoon niet.’</p>",
     [("Voor kleine winkeliers", "Sanne Verbeek")]),
    ("nl-aldus", "nl",
     "<p>‘De veerboot is onze levensader’, aldus Wouter van Leeuwen, die op het eiland woont.</p>",
     [("veerboot is onze levensader", "Wouter van Leeuwen")]),
    ("nl-volgens", "nl",
     "<p>Volgens Marieke de Bruijn is het ‘een compromis waar iedereen mee kan leven’.</p>",
     [("compromis waar iedereen", "Marieke de Bruijn")]),
    ("nl-pronoun-paragraph", "nl",
     ("<p>Anouk Smeets verkoopt al twintig jaar brood aan de haven.</p>"
     "<p>‘De klanten komen net zo goed voor de geur van de oven als voor het brood’, zegt ze.</p>"),
     [("klanten komen net zo goed", "Anouk Smeets")]),
    ("nl-role-then-name", "nl",
     "<p>‘We verwachten dat de terminal in het najaar draait’, zegt directeur van het bedrijf Ruben Hoekstra.</p>",
     [("terminal in het najaar draait", "Ruben Hoekstra")]),
    # ---------------------------------------------------------------- Polish
    ("pl-said-after", "pl",
     "<p>„Otworzymy targ rybny jeszcze przed latem” – powiedziała Agnieszka Wróblewska.</p>",
     [("Otworzymy targ rybny", "Agnieszka Wróblewska")]),
    ("pl-comma-after", "pl",
     "<p>„Nikt nie zapytał ludzi, którzy mieszkają na nabrzeżu”, mówi Tomasz Kaczmarek.</p>",
     [("Nikt nie zapytał ludzi", "Tomasz Kaczmarek")]),
    ("pl-said-before-colon", "pl",
     "<p>Barbara Lewandowska podkreśla: „Małym kupcom to się po prostu nie opłaca”.</p>",
     [("Małym kupcom", "Barbara Lewandowska")]),
    ("pl-dialogue-dash", "pl",
     "<p>– Nie sprzedam tej łodzi za żadne pieniądze – mówi Zbigniew Sowa, rybak z Helu.</p>",
     [("Nie sprzedam tej łodzi", "Zbigniew Sowa")]),
    ("pl-zdaniem", "pl",
     "<p>Zdaniem Pawła Zielińskiego to „kompromis, z którym wszyscy mogą żyć”.</p>",
     [("kompromis, z którym", "Paweł Zieliński")]),
    ("pl-zdaniem-named-before", "pl",
     ("<p>Paweł Zieliński od lat prowadzi stocznię na Oksywiu.</p>"
      "<p>Zdaniem Pawła Zielińskiego to „kompromis, z którym wszyscy mogą żyć”.</p>"),
     [("kompromis, z którym", "Paweł Zieliński")]),
    ("pl-wedlug-named-before", "pl",
     ("<p>Halina Dereń kieruje przystanią od pięciu lat.</p>"
      "<p>Według Haliny Dereń „pomost trzeba naprawić przed zimą, bo inaczej stracimy sezon”.</p>"),
     [("pomost trzeba naprawić", "Halina Dereń")]),
    ("pl-wedlug-another-before", "pl",
     ("<p>Leon Dereń kieruje przystanią od pięciu lat.</p>"
      "<p>Według Leona Dereń „pomost trzeba naprawić przed zimą, bo inaczej stracimy sezon”.</p>"),
     [("pomost trzeba naprawić", "Leona Dereń")]),
    ("pl-pronoun-paragraph", "pl",
     ("<p>Ewa Sikorska od dwudziestu lat sprzedaje chleb w porcie.</p>"
     "<p>„Klienci przychodzą dla zapachu pieca tak samo jak dla chleba” – dodaje.</p>"),
     [("Klienci przychodzą", "Ewa Sikorska")]),
    # ---------------------------------------------------------------- Portuguese
    ("pt-said-after", "pt",
     "<p>“Vamos reabrir o mercado do peixe antes do verão”, disse Joana Figueiredo.</p>",
     [("reabrir o mercado do peixe", "Joana Figueiredo")]),
    ("pt-guillemets-after", "pt",
     "<p>«Ninguém perguntou nada a quem vive no cais», afirmou Rui Tavares Correia.</p>",
     [("Ninguém perguntou nada", "Rui Tavares Correia")]),
    ("pt-said-before-colon", "pt",
     "<p>Beatriz Nogueira explicou: “Para os pequenos comerciantes as contas não batem certo.”</p>",
     [("pequenos comerciantes as contas", "Beatriz Nogueira")]),
    ("pt-segundo", "pt",
     "<p>Segundo Henrique Vasconcelos, “a câmara nunca publicou o estudo completo do molhe”.</p>",
     [("nunca publicou o estudo", "Henrique Vasconcelos")]),
    ("pt-pronoun-paragraph", "pt",
     ("<p>Teresa Magalhães vende pão no porto há vinte anos.</p>"
     "<p>“Os clientes vêm pelo cheiro do forno tanto como pelo pão”, conta ela.</p>"),
     [("clientes vêm pelo cheiro", "Teresa Magalhães")]),
    ("pt-role-then-name", "pt",
     ("<p>“Esperamos ter o terminal a funcionar no outono”, afirmou o presidente da empresa, "
     "Vasco Pimentel.</p>"),
     [("terminal a funcionar no outono", "Vasco Pimentel")]),
    # ---------------------------------------------------------------- more forms, every language
    ("en-always-told-adverb", "en",
     "<p>Her grandfather Silas Penhallow always told her: “Never trust a calm sea in October.”</p>",
     [("Never trust a calm sea", "Silas Penhallow")]),
    ("en-said-time-phrase", "en",
     ("<p>“We have heard the concerns and we will publish the survey,” Deputy Mayor Rhiannon Hale said on "
     "Tuesday evening.</p>"),
     [("heard the concerns", "Rhiannon Hale")]),
    ("en-name-age", "en",
     "<p>“I have never seen the water this high,” said Bertram Oakes, 81, a retired lock keeper.</p>",
     [("never seen the water this high", "Bertram Oakes")]),
    ("en-apostrophe-name", "en",
     "<p>“The town needs the jobs more than it needs the view,” said Siobhan O’Rourke.</p>",
     [("needs the jobs more than", "Siobhan O’Rourke")]),
    ("en-particle-name", "en",
     ("<p>“The new locks will pay for themselves within a decade,” said Lotte van der Meulen, a hydraulic "
     "engineer.</p>"),
     [("new locks will pay", "Lotte van der Meulen")]),
    ("en-capital-particle-name", "en",
     "<p>“The berths are booked until the end of August,” said Marco De Santis, who manages the marina.</p>",
     [("berths are booked", "Marco De Santis")]),
    ("en-dr-title", "en",
     ("<p>“Salt marshes store more carbon than most people imagine,” said Dr. Wanjiru Kamau of the coastal "
     "research unit.</p>"),
     [("Salt marshes store more carbon", "Wanjiru Kamau")]),
    ("en-in-an-interview", "en",
     ("<p>In an interview with the Gazette, Felix Amberley said the delay was “entirely avoidable and entirely "
     "the council’s doing.”</p>"),
     [("entirely avoidable", "Felix Amberley")]),
    ("en-multi-paragraph-quote", "en",
     ("<p>Greta Solberg, who led the survey, said: “We counted every boat in the harbour twice.</p>"
     "<p>“The second count found forty more than the council’s own register lists.”</p>"),
     [("We counted every boat", "Greta Solberg"), ("second count found forty", "Greta Solberg")]),
    ("en-asked-question", "en",
     "<p>“Who will pay for the dredging?” asked councillor Imogen Threlfall at the meeting.</p>",
     [("Who will pay for the dredging", "Imogen Threlfall")]),
    ("en-transcript-colon", "en",
     "<p>Bram Kessel: “We are not against the marina, we are against the way it was decided.”</p>",
     [("not against the marina", "Bram Kessel")]),
    ("en-embedded-post", "en",
     ("<blockquote class='twitter-tweet'><p>The pier is finally open again and the queue for chips is already "
     "round the corner.</p>— Dora Blythe (@dorablythe) June 3, 2024</blockquote>"),
     [("pier is finally open again", "Dora Blythe")]),
    ("en-forum-wrote", "en",
     ("<p>A reply from Quentin Harrow on the boating forum:</p>"
     "<blockquote><p>Moorings went up by a third and nobody told us until the invoices arrived.</p></blockquote>"),
     [("Moorings went up by a third", "Quentin Harrow")]),
    ("en-org-inverted", "en",
     ("<p>The Harbour Board met on Monday.</p>"
     "<p>“All berth holders will be contacted before any changes take effect,” said the board.</p>"),
     [("berth holders will be contacted", "Harbour Board")]),
    ("en-told-me", "en",
     "<p>“Nobody comes down here after the shops close,” Yusuf Demir told me as he locked the café.</p>",
     [("Nobody comes down here", "Yusuf Demir")]),
    ("en-speaker-next-sentence-says", "en",
     "<p>Cormac Doyle has his doubts. “A marina is a car park for boats,” says Doyle, who repairs nets.</p>",
     [("car park for boats", "Cormac Doyle")]),
    ("en-nobody-generic", "en",
     ("<p>Ask anyone on the quay and you will hear some version of “the town forgot about us years ago.” "
     "Perdita Lane, who runs the chandlery, disagrees.</p>"),
     [("town forgot about us", None)]),
    ("de-role-name-verb", "de",
     "<p>„Die Sanierung ist längst überfällig“, erklärt Hafenmeisterin Birte Carstensen.</p>",
     [("Sanierung ist längst überfällig", "Birte Carstensen")]),
    ("de-professor-title", "de",
     ("<p>„Salzwiesen speichern mehr Kohlenstoff, als viele denken“, sagt Professor Dr. Holger Wendt von der "
     "Universität Kiel.</p>"),
     [("Salzwiesen speichern", "Holger Wendt")]),
    ("de-so-die-sprecherin", "de",
     ("<p>Die Stadtsprecherin Anja Roloff bestätigte den Termin. „Alle Pächter werden vorher informiert“, so die "
     "Sprecherin.</p>"),
     [("Alle Pächter werden", "Anja Roloff")]),
    ("de-dass-before", "de",
     "<p>Wolfgang Riedl betont, dass „niemand aus dem Hafen verdrängt werden soll“.</p>",
     [("niemand aus dem Hafen", "Wolfgang Riedl")]),
    ("de-er-pronoun-same", "de",
     "<p>Jörg Mahnke repariert seit 1990 Netze. „Damals war die Straße halb leer“, sagt er.</p>",
     [("Damals war die Straße", "Jörg Mahnke")]),
    ("de-von-name", "de",
     "<p>„Wir brauchen die Arbeitsplätze mehr als die Aussicht“, sagt Friederike von Hollen.</p>",
     [("Arbeitsplätze mehr als", "Friederike von Hollen")]),
    ("fr-a-t-il-ajoute", "fr",
     "<p>Le maire, Gildas Kerhervé, a défendu le projet. « Nous avons entendu les inquiétudes », a-t-il ajouté.</p>",
     [("entendu les inquiétudes", "Gildas Kerhervé")]),
    ("fr-estime-role", "fr",
     ("<p>« Le port a besoin d’emplois plus que de vue sur mer », estime Solène Daoudal, présidente de "
     "l’association des commerçants.</p>"),
     [("besoin d’emplois", "Solène Daoudal")]),
    ("fr-de-particle", "fr",
     "<p>« Les écluses seront rentabilisées en dix ans », assure Thibault de La Roche.</p>",
     [("écluses seront rentabilisées", "Thibault de La Roche")]),
    ("fr-selon-elle", "fr",
     "<p>Clémence Aubry tient la buvette du port. Selon elle, « personne ne descend ici après la fermeture ».</p>",
     [("personne ne descend ici", "Clémence Aubry")]),
    ("es-de-particle", "es",
     "<p>«Las esclusas se pagarán solas en una década», aseguró Ignacio de la Fuente.</p>",
     [("esclusas se pagarán", "Ignacio de la Fuente")]),
    ("es-dash-incise", "es",
     "<p>—Nadie baja al puerto cuando cierran las tiendas —explicó Nerea Goikoetxea—. Antes era distinto.</p>",
     [("Nadie baja al puerto", "Nerea Goikoetxea")]),
    ("es-a-este-diario", "es",
     "<p>«Nos dieron tres días para vaciar las naves», explicó a este diario Paloma Requena.</p>",
     [("tres días para vaciar", "Paloma Requena")]),
    ("es-pronoun-same", "es",
     "<p>Ernesto Cifuentes abrió su taller en 2009. «Entonces la calle estaba medio vacía», recuerda.</p>",
     [("calle estaba medio vacía", "Ernesto Cifuentes")]),
    ("it-ha-dichiarato-a", "it",
     "<p>«Ci hanno dato tre giorni per svuotare i capannoni», ha dichiarato all’agenzia Simona Cattaneo.</p>",
     [("tre giorni per svuotare", "Simona Cattaneo")]),
    ("it-di-particle", "it",
     "<p>«Le chiuse si ripagheranno in dieci anni», assicura Matteo Di Stefano.</p>",
     [("chiuse si ripagheranno", "Matteo Di Stefano")]),
    ("it-pronoun-same", "it",
     "<p>Sergio Bellandi ha aperto la sua officina nel 2009. «Allora la strada era mezza vuota», ricorda.</p>",
     [("strada era mezza vuota", "Sergio Bellandi")]),
    ("nl-zo-zegt", "nl",
     "<p>‘Niemand komt hier nog na sluitingstijd’, vertelt Daan Groeneveld, die het café aan de kade runt.</p>",
     [("Niemand komt hier nog", "Daan Groeneveld")]),
    ("nl-van-particle", "nl",
     "<p>‘De sluizen verdienen zichzelf in tien jaar terug’, zegt Jasper van den Berg.</p>",
     [("sluizen verdienen zichzelf", "Jasper van den Berg")]),
    ("nl-pronoun-same", "nl",
     "<p>Kees Brouwer opende zijn werkplaats in 2009. ‘Toen was de straat half leeg’, zegt hij.</p>",
     [("straat half leeg", "Kees Brouwer")]),
    ("pl-dodaje-role", "pl",
     "<p>„Przebudowa jest spóźniona o dekadę” – zaznacza kapitan portu Grzegorz Malinowski.</p>",
     [("Przebudowa jest spóźniona", "Grzegorz Malinowski")]),
    ("pl-pronoun-same", "pl",
     "<p>Marek Jabłoński otworzył warsztat w 2009 roku. „Wtedy ulica była w połowie pusta” – wspomina.</p>",
     [("ulica była w połowie", "Marek Jabłoński")]),
    ("pt-dos-particle", "pt",
     "<p>“As eclusas pagam-se a si próprias numa década”, garantiu Rodrigo dos Santos.</p>",
     [("eclusas pagam-se", "Rodrigo dos Santos")]),
    ("pt-a-lusa", "pt",
     "<p>“Deram-nos três dias para esvaziar os armazéns”, disse à agência Filipa Carvalhais.</p>",
     [("três dias para esvaziar", "Filipa Carvalhais")]),
    ("pt-pronoun-same", "pt",
     "<p>Nuno Sequeira abriu a oficina em 2009. “Nessa altura a rua estava meio vazia”, recorda.</p>",
     [("rua estava meio vazia", "Nuno Sequeira")]),
    # ---------------------------------------------------------------- blogs, books, citations
    ("en-as-wrote-book", "en",
     "<p>As Edwina Marchbank wrote in her memoir, “A harbour is a promise that the sea will be kept out.”</p>",
     [("harbour is a promise", "Edwina Marchbank")]),
    ("en-as-put-it", "en",
     ("<p>As the historian Rupert Vane put it, “every port town is two towns, one facing the water and one "
     "facing away.”</p>"),
     [("every port town is two towns", "Rupert Vane")]),
    ("en-citation-year", "en",
     "<p>Okonkwo (2019) argues that “tidal barriers shift the problem down the coast rather than solve it.”</p>",
     [("tidal barriers shift the problem", "Okonkwo")]),
    ("en-in-his-book", "en",
     ("<p>In his book on the fisheries, Anselm Rook argues that “quotas were set for the fish, never for the "
     "people who catch them.”</p>"),
     [("quotas were set for the fish", "Anselm Rook")]),
    ("en-puts-it-best-colon", "en",
     "<p>Veronika Stahl puts it best:</p><blockquote><p>Nobody moves to the coast for the parking.</p></blockquote>",
     [("Nobody moves to the coast", "Veronika Stahl")]),
    ("en-block-signed-below", "en",
     ("<blockquote><p>The tide waits for no committee, however many subcommittees it forms.</p></blockquote>"
     "<p>— Ottoline Grice</p>"),
     [("tide waits for no committee", "Ottoline Grice")]),
    # a testimonial card or a slide signs its quotation under it, in the card, or nobody does
    ("en-card-name-line", "en",
     ("<div class='member-stories'>"
      "<div class='story-card'><div>“My two boys learned to sail here in one summer, and now they race every "
      "weekend on the estuary.”</div><div class='person'><img src='/m.jpg' alt=''><div><p>Marisol</p>"
      "<p>club parent</p></div></div></div>"
      "<div class='story-card'><div>“The instructors stayed patient even when I capsized the dinghy three times "
      "in one lesson.”</div><div class='person'><p>Ignatius Roe</p><p>adult learner</p></div></div></div>"),
     [("two boys learned to sail", "Marisol"), ("capsized the dinghy", "Ignatius Roe")]),
    ("en-card-name-comma-role", "en",
     ("<div class='testimonial-slide'><div><blockquote><p>“We moved the whole fleet's bookings online in a "
      "fortnight and never looked back.”</p></blockquote></div><div>Hollis Brack, Fleet Manager, Gullwing "
      "Charters</div></div>"),
     [("moved the whole fleet", "Hollis Brack")]),
    ("en-card-no-name-carried", "en",
     ("<p>“We never turn a child away,” said Lorna Pettigrew, who founded the sailing school.</p>"
      "<div class='review'><div>“I came for a taster session and stayed for the friendships and the evening "
      "races.”</div><div>club member</div></div>"
      "<div class='review'><div>“The moorings are cheap and the clubhouse kitchen is open until late.”</div>"
      "<div><p>Wendelin</p><p>berth holder</p></div></div>"
      "<div class='review'><div>“Three summers on, my daughter teaches the beginners on Saturday mornings.”"
      "</div></div>"
      "<div class='review'><p>Berthe Oyelaran, who runs the chandlery, says:</p><div>“Half my customers "
      "started out in the club's dinghies as children.”</div></div>"),
     [("never turn a child away", "Lorna Pettigrew"), ("came for a taster session", None),
      ("moorings are cheap", "Wendelin"), ("my daughter teaches the beginners", None),
      ("Half my customers", "Berthe Oyelaran")]),
    ("en-who-clause-said", "en",
     ("<p>Reuben Castellan, who has skippered trawlers for thirty years, said the new rules are “written by "
     "people who have never been seasick.”</p>"),
     [("never been seasick", "Reuben Castellan")]),
    ("en-writing-in", "en",
     ("<p>Writing in the Coastal Quarterly, Fenella Drury argued that “the marina will price out the last "
     "working boats.”</p>"),
     [("price out the last working boats", "Fenella Drury")]),
    ("fr-comme-ecrivait", "fr",
     "<p>Comme l’écrivait Armelle Guivarc’h, « un port est une promesse que la mer restera dehors ».</p>",
     [("un port est une promesse", "Armelle Guivarc’h")]),
    ("de-wie-schrieb", "de",
     "<p>Wie schon Heinrich Lorenzen schrieb: „Ein Hafen ist ein Versprechen, dass das Meer draußen bleibt.“</p>",
     [("Ein Hafen ist ein Versprechen", "Heinrich Lorenzen")]),
    ("es-como-dijo", "es",
     "<p>Como dijo Amparo Lozano, «un puerto es una promesa de que el mar se quedará fuera».</p>",
     [("un puerto es una promesa", "Amparo Lozano")]),
    ("it-come-scriveva", "it",
     "<p>Come scriveva Ottavio Ranieri, «un porto è una promessa che il mare resterà fuori».</p>",
     [("un porto è una promessa", "Ottavio Ranieri")]),
    ("nl-zoals-schreef", "nl",
     "<p>Zoals Hendrik Zwart al schreef: ‘Een haven is een belofte dat de zee buiten blijft.’</p>",
     [("Een haven is een belofte", "Hendrik Zwart")]),
    ("pl-jak-pisal", "pl",
     "<p>Jak pisał Stanisław Krupa, „port to obietnica, że morze zostanie na zewnątrz”.</p>",
     [("port to obietnica", "Stanisław Krupa")]),
    ("pt-como-escreveu", "pt",
     "<p>Como escreveu Graça Loureiro, “um porto é uma promessa de que o mar fica lá fora”.</p>",
     [("um porto é uma promessa", "Graça Loureiro")]),
    ("de-interview-sagt", "de",
     "<p>Im Gespräch mit unserer Zeitung sagt Bürgermeister Tjark Ehlers: „Wir haben die Sorgen gehört.“</p>",
     [("Wir haben die Sorgen gehört", "Tjark Ehlers")]),
    ("fr-org-after-verb-capital", "fr",
     "<p>« Aucune fermeture n’est prévue à ce stade », a assuré la société Brisants Logistique.</p>",
     [("Aucune fermeture n’est prévue", "Brisants Logistique")]),
    ("it-ministry", "it",
     ("<p>Il Ministero dei Trasporti ha approvato il finanziamento venerdì.</p>"
     "<p>«I lavori si concluderanno nel budget previsto», ha spiegato il ministero in una nota.</p>"),
     [("lavori si concluderanno", "Ministero dei Trasporti")]),
    # ---------------------------------------------------------------- news, more forms
    ("en-spokesperson-for-org", "en",
     ("<p>The Brightwater Shipping Company runs the depot on the east quay.</p>"
      "<p>“We are reviewing the complaints and will respond to each of them in writing,” a spokesperson for "
      "Brightwater Shipping Company said.</p>"),
     [("reviewing the complaints", "Brightwater Shipping Company")]),
    ("en-org-spokesperson", "en",
     ("<p>“We take every complaint seriously and will review the incident,” a Northwind Ferry Company "
      "spokesperson said.</p>"),
     [("take every complaint seriously", "Northwind Ferry Company")]),
    ("en-person-spokesperson", "en",
     ("<p>“The councillor will not comment while the inquiry is running,” a spokesperson for Odile Marchant "
      "said.</p>"),
     [("will not comment while the inquiry", None)]),
    ("en-said-spokesperson-for", "en",
     ("<p>“The timetable will not change this winter, whatever the weather,” said a spokeswoman for the "
      "Harbour Board.</p>"),
     [("timetable will not change", "Harbour Board")]),
    ("en-age-told-outlet", "en",
     "<p>“I was born two streets from here,” Ruairi Quinlan, 58, told the Gazette on Tuesday.</p>",
     [("born two streets from here", "Ruairi Quinlan")]),
    ("en-wrote-email", "en",
     ("<p>“The survey was never meant to be the final word on the pier,” Amelie Stroud wrote in an email to "
      "the Gazette.</p>"),
     [("never meant to be the final word", "Amelie Stroud")]),
    ("en-in-a-statement-org", "en",
     "<p>In a statement, Tidewater Holdings said: “We remain committed to the harbour and its people.”</p>",
     [("remain committed to the harbour", "Tidewater Holdings")]),
    ("en-org-said-statement", "en",
     ("<p>“The sale of the old warehouse is not under discussion at present,” Tidewater said in a "
      "statement.</p>"),
     [("sale of the old warehouse", "Tidewater")]),
    ("en-ms-surname", "en",
     ("<p>Ingrid Halvorsen has run the chandlery since 1998.</p>"
      "<p>“Prices for rope have doubled in two years,” Ms. Halvorsen said.</p>"),
     [("Prices for rope have doubled", "Ingrid Halvorsen")]),
    ("en-asked-whether", "en",
     ("<p>Asked whether the council would publish the survey, Dominic Ashgrove said: “We will, once the "
      "engineers have signed it off.”</p>"),
     [("once the engineers have signed", "Dominic Ashgrove")]),
    ("en-according-to-statement-from", "en",
     ("<p>“Repairs to the north pier will begin in the spring,” according to a statement from the Harbour "
      "Board.</p>"),
     [("Repairs to the north pier", "Harbour Board")]),
    # an office in lower case between "according to" and the name: the name's
    ("en-according-to-office-name", "en",
     "<p>According to the harbour master Edwin Tolley, “the north pier will reopen before the regatta.”</p>",
     [("the north pier will reopen", "Edwin Tolley")]),
    ("ru-po-slovam-office-genitive-name", "ru",
     "<p>По словам начальника порта Григория Лаптева, «северный причал откроют до регаты».</p>",
     [("северный причал откроют", "Григорий Лаптев")]),  # the name, in the nominative its endings give
    # the same document before the quote: its author, not nobody
    ("en-according-to-statement-from-before", "en",
     ("<p>According to a statement released by the Harbour Board, “repairs to the north pier will begin in "
      "the spring.”</p>"),
     [("repairs to the north pier", "Harbour Board")]),
    ("es-segun-comunicado-de-before", "es",
     "<p>Según un comunicado de Puertos del Cantábrico, «las obras del muelle norte empezarán en primavera».</p>",
     [("las obras del muelle norte", "Puertos del Cantábrico")]),
    ("en-said-of", "en",
     "<p>“It is the best thing to happen to this quay in fifty years,” Leonie Carrick said of the plan.</p>",
     [("best thing to happen", "Leonie Carrick")]),
    ("en-sign-reads-after", "en",
     ("<p>Hector Blaine still walks his dog along the pier.</p>"
      "<p>“Danger: deep water, no swimming from the jetty,” reads a sign by the steps.</p>"),
     [("Danger: deep water", None)]),
    ("en-unnamed-resident", "en",
     ("<p>Councillor Odette Pryor did not respond to requests for comment.</p>"
      "<p>“They decided everything before the first meeting,” said one resident who asked not to be named.</p>"),
     [("decided everything before", None)]),
    ("en-to-name-opinion", "en",
     ("<p>To Lysander Cole, the marina is a warning rather than a promise. “Every harbour that sold its berths "
      "to yachts lost its fishermen within a decade.”</p>"),
     [("Every harbour that sold its berths", "Lysander Cole")]),
    ("fr-porte-parole", "fr",
     "<p>« Nous examinons chaque plainte », a déclaré un porte-parole de la société Brisants Logistique.</p>",
     [("Nous examinons chaque plainte", "Brisants Logistique")]),
    ("es-portavoz", "es",
     "<p>«Estamos revisando todas las quejas», dijo un portavoz de Navieras del Norte.</p>",
     [("Estamos revisando todas", "Navieras del Norte")]),
    # ---------------------------------------------------------------- names that open with "The"
    ("en-the-outlet-after-verb", "en",
     "<p>“The council has run out of excuses for the pier,” said The Harbour Courier in an editorial.</p>",
     [("run out of excuses", "The Harbour Courier")]),
    ("en-the-blog-lead-in", "en",
     ("<p>A regular on the harbour forum, The Grumpy Skipper sums up the mood:</p>"
      "<blockquote><p>Nobody will moor a boat where the insurance costs more than the boat.</p></blockquote>"),
     [("Nobody will moor a boat", "The Grumpy Skipper")]),
    ("en-the-sentence-start-institution", "en",
     "<p>The Harbour Board said: “All berth holders will be written to before the works begin.”</p>",
     [("All berth holders will be written", "Harbour Board")]),
    # ---------------------------------------------------------------- markup between the turns of one voice
    ("en-continuation-across-wrapper-divs", "en",
     ("<div class='block'><div class='content'><p>“With a desk on the quay we are finally where the ships "
      "are,” said Ada Brenner, partner at Harbour Advisors.</p></div></div>"
      "<div class='block image'><figure><img src='quay.jpg' alt=''></figure></div>"
      "<div class='block'><div class='content'><p>“We can now reach the island clients in an hour instead of a "
      "day.”</p></div></div>"),
     [("desk on the quay", "Ada Brenner"), ("reach the island clients", "Ada Brenner")]),
    ("de-continuation-across-wrapper-divs", "de",
     ("<div class='block'><p>„Mit dem Büro am Kai sind wir endlich dort, wo die Schiffe sind“, sagte Greta Lindholm, Partnerin bei "
      "Hafen Beratung.</p></div><div class='block'><p>„Die Kunden auf den Inseln erreichen wir jetzt in einer Stunde "
      "statt an einem Tag.“</p></div>"),
     [("Büro am Kai sind wir", "Greta Lindholm"), ("Kunden auf den Inseln", "Greta Lindholm")]),
    ("fr-continuation-across-wrapper-divs", "fr",
     ("<div class='bloc'><p>« Avec ce bureau sur le quai, nous sommes enfin là où sont les navires », a déclaré Maëlle Jaouen, "
      "associée du cabinet.</p></div><div class='bloc'><p>« Nous joignons désormais les clients des îles en une heure au "
      "lieu d’une journée. »</p></div>"),
     [("bureau sur le quai", "Maëlle Jaouen"), ("clients des îles", "Maëlle Jaouen")]),
    ("en-blockquote-set-speech", "en",
     ("<p>The firm has advised port authorities along the coast since 2011.</p>"
      "<blockquote><p>“Nobody knows the tides of this estuary better than the pilots we hired,” said partner "
      "Idris Fenwick. “They will train the rest of us.”</p></blockquote>"),
     [("Nobody knows the tides", "Idris Fenwick")]),
    ("en-blockquote-goes-on-in-voice", "en",
     ("<p>At the launch on the slipway, Ottilie Brand said, “The yard will build its first electric ferry next "
      "spring.”</p>"
      "<blockquote><p>“Three more will follow if the council keeps its promise on the charging berth.”</p>"
      "</blockquote>"),
     [("first electric ferry", "Ottilie Brand"), ("Three more will follow", "Ottilie Brand")]),
    ("es-blockquote-set-speech", "es",
     ("<p>La consultora asesora a las autoridades portuarias desde 2011.</p>"
      "<blockquote><p>«Nadie conoce las mareas de esta ría como los prácticos que contratamos», dijo la socia "
      "Irene Castañeda. «Ellos formarán al resto».</p></blockquote>"),
     [("Nadie conoce las mareas", "Irene Castañeda")]),
    ("it-blockquote-goes-on-in-voice", "it",
     ("<p>«Il cantiere costruirà il primo traghetto elettrico in primavera», ha detto Tommaso Greco al varo.</p>"
      "<blockquote><p>«Ne seguiranno altri tre se il comune manterrà la promessa sulla banchina».</p></blockquote>"),
     [("primo traghetto elettrico", "Tommaso Greco"), ("Ne seguiranno altri tre", "Tommaso Greco")]),
    ("en-lead-in-paragraph-then-quoted-paragraph", "en",
     ("<p>Ines Korda wrote to the council in May:</p>"
      "<p>“The quay needs a new wall before it needs a new market, and everyone on it knows so.”</p>"),
     [("quay needs a new wall", "Ines Korda")]),
    ("en-lead-in-paragraph-no-person", "en",
     ("<p>Ines Korda keeps the lock. Here is what the manual says about it:</p>"
      "<p>“Always close the sluice before opening the inner gate of the lock.”</p>"),
     [("Always close the sluice", None)]),
    ("de-lead-in-paragraph-then-quoted-paragraph", "de",
     ("<p>Katrin Vogelsang schrieb im Mai an den Rat:</p>"
      "<p>„Der Kai braucht eine neue Mauer, bevor er einen neuen Markt braucht.“</p>"),
     [("Kai braucht eine neue Mauer", "Katrin Vogelsang")]),
    ("fr-lead-in-paragraph-then-quoted-paragraph", "fr",
     ("<p>Hélène Marchetti a écrit au conseil en mai :</p>"
      "<p>« Le quai a besoin d’un nouveau mur avant d’avoir besoin d’un nouveau marché. »</p>"),
     [("quai a besoin d’un nouveau mur", "Hélène Marchetti")]),
    ("en-adverb-between-name-and-verb", "en",
     "<p>“The sea keeps the books, not the council,” Harriet Voss often says.</p>",
     [("sea keeps the books", "Harriet Voss")]),
    ("en-later-said-after", "en",
     "<p>“We should have listened to the pilots a year ago,” Conrad Mbeki later said.</p>",
     [("listened to the pilots", "Conrad Mbeki")]),
    ("en-also-said-after", "en",
     "<p>“The pier is safe for now, but only for now,” Agnes Lindqvist also said.</p>",
     [("pier is safe for now", "Agnes Lindqvist")]),
    ("en-adverb-ly-after", "en",
     "<p>“Nobody here will sell to a developer,” Tobias Fairweather quickly added.</p>",
     [("Nobody here will sell", "Tobias Fairweather")]),
    ("en-reasoned-after", "en",
     "<p>“If the fish are gone, the market is only a car park with stalls,” Wilhelmina Osei reasoned.</p>",
     [("market is only a car park", "Wilhelmina Osei")]),
    ("en-vowed-after", "en",
     "<p>“We will fight the sale in every court that will hear us,” Barnaby Quist vowed.</p>",
     [("fight the sale in every court", "Barnaby Quist")]),
    ("en-emailed-after", "en",
     "<p>“The dredger arrives on the ninth, weather permitting,” Saoirse Nolan emailed on Friday.</p>",
     [("dredger arrives on the ninth", "Saoirse Nolan")]),
    ("en-would-later-recall", "en",
     "<p>“We rowed out with nothing but a lamp and a rope,” Percival Oduya would later recall.</p>",
     [("rowed out with nothing", "Percival Oduya")]),
    ("en-was-quoted-as-saying", "en",
     "<p>“The quay belongs to the people who work on it,” Marisol Quint was quoted as saying.</p>",
     [("quay belongs to the people", "Marisol Quint")]),
    ("en-has-long-argued-that", "en",
     "<p>Ferdinand Acheson has long argued that “a harbour without fishermen is a marina with a history.”</p>",
     [("harbour without fishermen", "Ferdinand Acheson")]),
    ("en-would-later-write-that", "en",
     "<p>Clementine Dray would later write that “the quay was never ours to sell.”</p>",
     [("quay was never ours to sell", "Clementine Dray")]),
    ("en-thinks-quote", "en",
     "<p>Bartholomew Kealey thinks “the whole plan was drawn up for people who never come here.”</p>",
     [("whole plan was drawn up", "Bartholomew Kealey")]),
    # ---------------------------------------------------------------- the speaker named in the sentence before
    ("en-named-sentence-before", "en",
     "<p>Cosima Threadgill is not convinced. “They have promised us a new pier three times since 2010.”</p>",
     [("promised us a new pier", "Cosima Threadgill")]),
    ("en-named-paragraph-before", "en",
     ("<p>Cosima Threadgill is not convinced.</p>"
      "<p>“They have promised us a new pier three times since 2010, and we are still waiting for the first.”</p>"),
     [("promised us a new pier", "Cosima Threadgill")]),
    ("de-named-sentence-before", "de",
     "<p>Ole Brodersen ist skeptisch. „Man hat uns seit 2010 dreimal eine neue Mole versprochen.“</p>",
     [("dreimal eine neue Mole", "Ole Brodersen")]),
    ("es-named-sentence-before", "es",
     "<p>Carmen Olivares no está convencida. «Nos han prometido un muelle nuevo tres veces desde 2010».</p>",
     [("prometido un muelle nuevo", "Carmen Olivares")]),
    ("en-two-named-sentence-before-nobody", "en",
     ("<p>Cosima Threadgill met Anselm Rook on the pier. “No fishing from the steps after dark, by order of the "
      "harbour master.”</p>"),
     [("No fishing from the steps", None)]),
    ("it-participle-after-clitic", "it",
     "<p>«Il porto non sarà venduto finché i pescatori ne avranno bisogno», ha aggiunto Ludovica Pini.</p>",
     [("porto non sarà venduto", "Ludovica Pini")]),
    ("fr-incise-sourit", "fr",
     "<p>« Le port ne sera pas vendu tant que les pêcheurs en auront besoin », sourit Gwenaëlle Le Bihan.</p>",
     [("port ne sera pas vendu", "Gwenaëlle Le Bihan")]),
    ("pt-realcou", "pt",
     "<p>“O porto não será vendido enquanto os pescadores precisarem dele”, realçou Inês Albuquerque.</p>",
     [("porto não será vendido", "Inês Albuquerque")]),
    ("de-separable-fuegte-hinzu", "de",
     "<p>„Der Hafen wird nicht verkauft, solange die Fischer ihn brauchen“, fügte Swantje Harms hinzu.</p>",
     [("Hafen wird nicht verkauft", "Swantje Harms")]),
    ("de-multi-paragraph-quote", "de",
     ("<p>Greta Solberg, die die Zählung leitete, sagte: „Wir haben jedes Boot im Hafen zweimal gezählt.</p>"
      "<p>„Die zweite Zählung ergab vierzig Boote mehr, als das Register der Stadt verzeichnet.“</p>"),
     [("Wir haben jedes Boot", "Greta Solberg"), ("zweite Zählung ergab", "Greta Solberg")]),
    ("fr-multi-paragraph-quote", "fr",
     ("<p>Solenn Cadiou, qui a mené le comptage, a déclaré : « Nous avons compté chaque bateau du port deux fois."
      "</p><p>« Le second comptage en a trouvé quarante de plus que le registre de la mairie. »</p>"),
     [("Nous avons compté chaque bateau", "Solenn Cadiou"), ("second comptage", "Solenn Cadiou")]),
    ("en-multi-paragraph-quote-pronoun", "en",
     ("<p>Greta Solberg led the count for the harbour trust. She said: “We counted every boat in the harbour "
      "twice.</p><p>“The second count found forty more than the council’s own register lists.”</p>"),
     [("We counted every boat", "Greta Solberg"), ("second count found forty", "Greta Solberg")]),
    ("en-unclosed-mark-nobody", "en",
     "<p>The banner over the quay still read “Welcome to the harbour of the future, opening soon.</p>",
     [("Welcome to the harbour", None)]),
    ("en-occupation-opens-sentence", "en",
     "<p>Surveyor Maud Ellery said the wall was “older than anyone on the council had been told.”</p>",
     [("older than anyone on the council", "Maud Ellery")]),
    ("de-citation-year", "de",
     "<p>Brandauer (2017) schreibt, dass „Sperrwerke das Problem nur die Küste entlang verschieben“.</p>",
     [("Sperrwerke das Problem", "Brandauer")]),
    ("en-pronoun-past-an-institution", "en",
     ("<p>Lena Halvorsen has fished here since 1990. She works with the Harbour Trust.</p>"
      "<p>“The harbour will not be sold while the fishermen still need it,” she said.</p>"),
     [("harbour will not be sold", "Lena Halvorsen")]),
    ("en-trade-refers-back", "en",
     ("<p>Lena Halvorsen was at the meeting on Monday.</p>"
      "<p>“The harbour will not be sold while the fishermen still need it,” the fisherwoman said.</p>"),
     [("harbour will not be sold", "Lena Halvorsen")]),
    ("en-unnamed-man-is-nobody", "en",
     ("<p>“Most patients recover within a month,” Dr. Aksel Brun said.</p>"
      "<p>“I can climb the stairs to the lighthouse again without stopping,” the man wrote to the clinic.</p>"),
     [("Most patients recover", "Aksel Brun"), ("climb the stairs to the lighthouse", None)]),
    # ---------------------------------------------------------------- whose view, in several words
    ("fr-d-apres", "fr",
     "<p>D’après Anselme Quéré, « le port ne sera pas vendu tant que les pêcheurs en auront besoin ».</p>",
     [("port ne sera pas vendu", "Anselme Quéré")]),
    ("fr-comme-le-dit", "fr",
     "<p>Comme le dit Anselme Quéré, « le port ne sera pas vendu tant que les pêcheurs en auront besoin ».</p>",
     [("port ne sera pas vendu", "Anselme Quéré")]),
    ("es-en-palabras-de", "es",
     "<p>En palabras de Remedios Urquijo, «el puerto no se venderá mientras los pescadores lo necesiten».</p>",
     [("puerto no se venderá", "Remedios Urquijo")]),
    ("es-de-acuerdo-con", "es",
     "<p>De acuerdo con Remedios Urquijo, «el puerto no se venderá mientras los pescadores lo necesiten».</p>",
     [("puerto no se venderá", "Remedios Urquijo")]),
    ("it-nelle-parole-di", "it",
     "<p>Nelle parole di Arturo Fabbri, «il porto non sarà venduto finché i pescatori ne avranno bisogno».</p>",
     [("porto non sarà venduto", "Arturo Fabbri")]),
    ("pt-de-acordo-com", "pt",
     "<p>De acordo com Leonor Brandão, “o porto não será vendido enquanto os pescadores precisarem dele”.</p>",
     [("porto não será vendido", "Leonor Brandão")]),
    ("pt-nas-palavras-de", "pt",
     "<p>Nas palavras de Leonor Brandão, “o porto não será vendido enquanto os pescadores precisarem dele”.</p>",
     [("porto não será vendido", "Leonor Brandão")]),
    # French "de" elided before the name ("d’Ursule"); a Swedish name in the genitive before "ord", with
    # the verb-second clause after it and no comma
    ("fr-selon-les-mots-d-elided", "fr",
     "<p>Selon les mots d’Ursule Tavernier, le chantier a été « conduit par des gens qui ignorent la marée ».</p>",
     [("ignorent la marée", "Ursule Tavernier")]),
    ("fr-pour-reprendre-les-mots-d-elided", "fr",
     ("<p>Pour reprendre les mots d’Octave Lerouge, le quai est « un parking qui sent le poisson ».</p>"),
     [("un parking qui sent le poisson", "Octave Lerouge")]),
    ("sv-med-x-s-ord", "sv",
     "<p>Med Gunnel Brodins ord är kajen ”en parkering som luktar fisk”.</p>",
     [("en parkering som luktar fisk", "Gunnel Brodin")]),
    ("sv-med-x-ord-bare-genitive", "sv",
     "<p>Med Ingvar Strauss ord är kajen ”en parkering som luktar fisk”.</p>",
     [("en parkering som luktar fisk", "Ingvar Strauss")]),
    # two subjects joined by "and" before one verb of saying speak together, as "A and B"; a name joined
    # to an object ("met Ann Lee, and …") is no subject
    ("en-joint-statement-two-companies", "en",
     ("<p>Calder Power and Weyland Grid said in a joint statement: “The two timetables will be "
      "merged in spring.”</p>"),
     [("timetables will be merged", "Calder Power and Weyland Grid")]),
    ("en-joint-statement-two-people-inverted-after", "en",
     "<p>Ysolde Marrick and Tobias Fenn said the pier was “beyond any repair the town can pay for”.</p>",
     [("beyond any repair", "Ysolde Marrick and Tobias Fenn")]),
    ("en-joined-object-is-no-subject", "en",
     ("<p>The harbour board met on Friday. Later Ysolde Marrick met the press and Tobias Fenn said the pier "
      "was “beyond any repair the town can pay for”.</p>"),
     [("beyond any repair", "Tobias Fenn")]),
    ("de-joint-statement-two-companies", "de",
     ("<p>Die Fährwerke Ostkamp und die Lindholm Logistik GmbH teilten in einer gemeinsamen Erklärung mit: "
      "„Beide Fahrpläne werden im Frühjahr zusammengelegt.“</p>"),
     [("Beide Fahrpläne werden", "Fährwerke Ostkamp und die Lindholm Logistik GmbH")]),
    # French "juge" is a verb of view before "que" (else the judge); a second speaker after "tandis que"
    ("fr-tandis-que-juge-que", "fr",
     ("<p>« Le quai tiendra encore dix ans », affirme Gaspard Ollivier, tandis que Rosine Quellec juge que "
      "« les pieux sont pourris jusqu’au cœur ».</p>"),
     [("Le quai tiendra encore", "Gaspard Ollivier"), ("les pieux sont pourris", "Rosine Quellec")]),
    ("fr-le-juge-is-the-judge", "fr",
     "<p>« L’audience est renvoyée à mardi », a déclaré le juge Aurélien Castagné.</p>",
     [("audience est renvoyée", "Aurélien Castagné")]),
    # two Spanish surnames joined by "y" name one person; two full names joined so are two people
    ("es-two-surnames-joined-by-y", "es",
     "<p>«Abriremos la lonja antes del verano», dijo Luis Alberto del Pozo y Arriaga, concejal de pesca.</p>",
     [("Abriremos la lonja", "Luis Alberto del Pozo y Arriaga")]),
    ("es-two-people-joined-by-y", "es",
     ("<p>Marta Ibarrola Sanz y Rodrigo Peña firmaron la carta. «Abriremos la lonja antes del verano», "
      "dijo Rodrigo Peña.</p>"),
     [("Abriremos la lonja", "Rodrigo Peña")]),
    ("de-verb-second-after-time", "de",
     ("<p>Am Montag sagte Hafenmeisterin Wiebke Jansen: „Der Hafen wird nicht verkauft, solange die Fischer ihn "
     "brauchen.“</p>"),
     [("Hafen wird nicht verkauft", "Wiebke Jansen")]),
    # ---------------------------------------------------------------- German nouns, separable verbs, genitives
    ("de-pronoun-after-noun-pair", "de",
     ("<p>Marlene Ostrowski verkauft seit zwanzig Jahren Brot am Hafen.</p>"
     "<p>„Die Kunden kommen wegen des Duftes genauso wie wegen der Brote“, sagt sie.</p>"),
     [("Die Kunden kommen wegen des Duftes", "Marlene Ostrowski")]),
    ("de-pronoun-after-article-noun", "de",
     ("<p>Gerlinde Hoppe fährt seit dem Winter jeden Morgen mit dem Rad Zeitungen aus.</p>"
     "<p>„Bei Sturm bleibt das Rad im Schuppen“, sagt sie.</p>"),
     [("Bei Sturm bleibt das Rad", "Gerlinde Hoppe")]),
    ("de-separable-institution", "de",
     "<p>„Die Arbeiten werden im vereinbarten Kostenrahmen abgeschlossen“, teilte das Verkehrsministerium mit.</p>",
     [("im vereinbarten Kostenrahmen", "Verkehrsministerium")]),
    ("de-separable-person", "de",
     "<p>„Der Kran wird im Frühjahr ersetzt“, teilte Hafenmeister Jost Behrendt am Montag mit.</p>",
     [("Der Kran wird im Frühjahr ersetzt", "Jost Behrendt")]),
    ("de-separable-bekannt", "de",
     "<p>„Die Brücke bleibt bis Mai gesperrt“, gab die Stadtverwaltung bekannt.</p>",
     [("Die Brücke bleibt bis Mai gesperrt", "Stadtverwaltung")]),
    ("de-sprecherin-des-unternehmens", "de",
     ("<p>„Wir prüfen alle Beschwerden sorgfältig“, sagte eine Sprecherin des Unternehmens Nordwind "
      "Fähren.</p>"),
     [("Wir prüfen alle Beschwerden", "Nordwind Fähren")]),
    ("de-sprecher-des-ministeriums", "de",
     "<p>„Die Mittel sind bereits bewilligt“, sagte ein Sprecher des Verkehrsministeriums.</p>",
     [("Die Mittel sind bereits bewilligt", "Verkehrsministerium")]),
    # ---------------------------------------------------------------- whose words, said in the sentence after
    ("en-view-of-after", "en",
     ("<p>“A market without fishermen is just a car park with stalls.” That was the view of Corwen Ashby, "
      "who has mended nets on the slipway for thirty years.</p>"),
     [("A market without fishermen", "Corwen Ashby")]),
    ("de-das-meint-after", "de",
     ("<p>„Ein Markt ohne Fischer ist nur ein Parkplatz mit Ständen.“ Das meint jedenfalls Gesa Thormählen, "
      "die seit dreißig Jahren Netze flickt.</p>"),
     [("Ein Markt ohne Fischer", "Gesa Thormählen")]),
    ("fr-avis-de-after", "fr",
     ("<p>« Un marché sans pêcheurs n’est qu’un parking avec des étals. » C’est l’avis d’Yvonne Le Gall, "
      "qui répare des filets depuis trente ans.</p>"),
     [("Un marché sans pêcheurs", "Yvonne Le Gall")]),
    ("es-asi-lo-ve-after", "es",
     ("<p>«Un mercado sin pescadores es solo un aparcamiento con puestos». Así lo ve Amparo Villanueva, "
      "que remienda redes desde hace treinta años.</p>"),
     [("Un mercado sin pescadores", "Amparo Villanueva")]),
    ("nl-dat-vindt-after", "nl",
     ("<p>„Een markt zonder vissers is gewoon een parkeerplaats met kramen.” Dat vindt Fenna Bosgra, "
      "die al dertig jaar netten herstelt.</p>"),
     [("Een markt zonder vissers", "Fenna Bosgra")]),
    ("it-parere-di-after", "it",
     ("<p>«Un mercato senza pescatori è solo un parcheggio con le bancarelle.» È il parere di Ornella Spada, "
      "che ripara reti da trent’anni.</p>"),
     [("Un mercato senza pescatori", "Ornella Spada")]),
    ("pt-opiniao-de-after", "pt",
     ("<p>“Um mercado sem pescadores é só um parque de estacionamento com bancas.” É a opinião de Filomena "
      "Carvalhal, que remenda redes há trinta anos.</p>"),
     [("Um mercado sem pescadores", "Filomena Carvalhal")]),
    ("en-words-of-after", "en",
     ("<p>“Every berth we sell to a yacht is a berth a trawler never gets back.” Those were the words of "
      "Tamsin Rowe, the harbour board’s longest-serving member.</p>"),
     [("Every berth we sell to a yacht", "Tamsin Rowe")]),
    ("de-so-sieht-es-after", "de",
     ("<p>„Jeder Liegeplatz für eine Jacht fehlt einem Kutter für immer.“ So sieht es Tjark Ohlsen von der "
      "Fischereigenossenschaft.</p>"),
     [("Jeder Liegeplatz für eine Jacht", "Tjark Ohlsen")]),
    ("pl-tak-uwaza-after", "pl",
     ("<p>„Każde miejsce sprzedane jachtowi to miejsce, którego kuter już nie odzyska”. Tak uważa Bożena "
      "Kaczmarska, która od lat naprawia sieci.</p>"),
     [("Każde miejsce sprzedane jachtowi", "Bożena Kaczmarska")]),
    # ---------------------------------------------------------------- interviews: a question, then the answer
    ("en-interview-answer", "en",
     ("<p>Idris Maelor has skippered the island ferry for twenty years. We asked him about the timetable.</p>"
      "<p><b>How many crossings will there be next summer?</b></p>"
      "<p>“Twelve a day, as long as the crew holds out and the weather is kind to us.”</p>"),
     [("Twelve a day, as long as the crew", "Idris Maelor")]),
    ("de-interview-answer", "de",
     ("<p>Hauke Brodersen fährt seit zwanzig Jahren die Inselfähre. Wir haben ihn nach dem Fahrplan gefragt.</p>"
      "<p><b>Wie viele Fahrten wird es im nächsten Sommer geben?</b></p>"
      "<p>„Zwölf am Tag, solange die Besatzung durchhält und das Wetter mitspielt.“</p>"),
     [("Zwölf am Tag, solange die Besatzung", "Hauke Brodersen")]),
    ("fr-interview-answer", "fr",
     ("<p>Gwenaël Kerbrat pilote le bac de l’île depuis vingt ans. Nous l’avons interrogé sur les horaires.</p>"
      "<p><b>Combien de traversées l’été prochain ?</b></p>"
      "<p>« Douze par jour, tant que l’équipage tient le coup et que la mer est clémente. »</p>"),
     [("Douze par jour, tant que l’équipage", "Gwenaël Kerbrat")]),
    ("en-quoted-as-saying-before", "en",
     "<p>The Harbour Gazette quoted Imelda Fairweather as saying “the ferry will run twice a day from June.”</p>",
     [("ferry will run twice a day", "Imelda Fairweather")]),
    ("en-cited-pronoun-as-telling-before", "en",
     ("<p>Imelda Fairweather runs the ferry line. The Gazette cited her as telling the council that "
      "“the ferry will run twice a day from June.”</p>"),
     [("ferry will run twice a day", "Imelda Fairweather")]),
    ("de-zitiert-mit-den-worten", "de",
     "<p>Die Inselzeitung zitierte Hauke Brodersen mit den Worten: „Die Fähre fährt ab Juni zweimal am Tag.“</p>",
     [("Die Fähre fährt ab Juni", "Hauke Brodersen")]),
    ("it-secondo-name-quote-no-comma", "it",
     "<p>Secondo Ottavio Lanzetti «il lungomare deve essere rifatto prima dell'estate».</p>",
     [("il lungomare deve essere rifatto", "Ottavio Lanzetti")]),
    ("es-segun-name-quote-no-comma", "es",
     "<p>Según Nerea Olabarria «el mercado tiene que abrir antes del verano».</p>",
     [("el mercado tiene que abrir", "Nerea Olabarria")]),
    ("pt-segundo-name-quote-no-comma", "pt",
     "<p>Segundo Jacinto Valadares “a marginal tem de abrir antes do verão”.</p>",
     [("a marginal tem de abrir", "Jacinto Valadares")]),
    ("en-pronoun-after-apposition-with-employer", "en",
     ("<p>Ottoline Barr, an engineer with Calloway Freight, agrees. “The lorries are always late in winter,” "
      "she said.</p>"),
     [("lorries are always late", "Ottoline Barr")]),
    ("en-pronoun-after-who-works-at-employer", "en",
     ("<p>Ottoline Barr, who works at Calloway Freight, agrees. “The lorries are always late in winter,” "
      "she said.</p>"),
     [("lorries are always late", "Ottoline Barr")]),
    ("en-pronoun-after-who-joined-employer", "en",
     ("<p>Ottoline Barr, who joined Calloway Freight in 2019, agrees. “The lorries are always late in winter,” "
      "she said.</p>"),
     [("lorries are always late", "Ottoline Barr")]),
    ("en-pronoun-after-employer-before-trade", "en",
     ("<p>Ottoline Barr, a former Calloway Freight engineer, has watched the yard for years. “The lorries are "
      "always late in winter,” she said.</p>"),
     [("lorries are always late", "Ottoline Barr")]),
    ("en-pronoun-after-body-before-office", "en",
     ("<p>Wendell Amory, a Saltmarsh Ferries spokesman, met the crews. “The berths stay open all year,” "
      "he said.</p>"),
     [("berths stay open all year", "Wendell Amory")]),
    ("en-pronoun-after-linked-headline", "en",
     ("<p>Corisande Vell has run the lighthouse since spring, as <a href='/winter'>Why You Needn’t Dread the "
      "Long Winter Nights</a> told readers. “The lamp has never once gone out,” she said.</p>"),
     [("lamp has never once gone out", "Corisande Vell")]),
    ("en-pronoun-after-headline-in-italics", "en",
     ("<p>Corisande Vell has run the lighthouse since spring. The guide <em>Seven Things Nobody Tells You About "
      "Lamps</em> barely mentions her. “The lamp has never once gone out,” she said.</p>"),
     [("lamp has never once gone out", "Corisande Vell")]),
    ("en-pronoun-after-linked-headline-paragraph", "en",
     ("<p>Corisande Vell has run the lighthouse since spring (see <a href='/winter'>Why You Needn’t Dread the "
      "Long Winter Nights</a>).</p><p>“The lamp has never once gone out,” she said.</p>"),
     [("lamp has never once gone out", "Corisande Vell")]),
    ("en-pronoun-after-linked-name", "en",
     ("<p><a href='/people/vell'>Corisande Vell</a> has run the lighthouse since spring. “The lamp has never "
      "once gone out,” she said.</p>"),
     [("lamp has never once gone out", "Corisande Vell")]),
    ("en-role-word-finds-its-holder", "en",
     ("<p>Harbour Minister Isolde Brack toured the quay on Monday with Cyprian Holt, who mends nets.</p>"
      "<p>“We will not leave the net menders behind,” the minister said.</p>"),
     [("leave the net menders behind", "Isolde Brack")]),
    ("en-role-word-before-quote-finds-its-holder", "en",
     ("<p>Isolde Brack, the harbour minister, toured the quay on Monday.</p><p>Cyprian Holt mends nets.</p>"
      "<p>The minister said: “We will not leave the net menders behind.”</p>"),
     [("leave the net menders behind", "Isolde Brack")]),
    ("de-role-word-finds-its-holder", "de",
     ("<p>Hafenministerin Ortrud Kleve besuchte am Montag den Kai.</p><p>Der Netzmacher Bertram Loh ist "
      "besorgt.</p><p>„Wir lassen die Netzmacher nicht im Stich“, sagte die Ministerin.</p>"),
     [("Wir lassen die Netzmacher", "Ortrud Kleve")]),
    ("fr-role-word-finds-its-holder", "fr",
     ("<p>La maire Solène Garrigue a visité le quai lundi.</p><p>Le pêcheur Anselme Riou reste inquiet.</p>"
      "<p>« Nous n’abandonnerons pas les pêcheurs », a déclaré la maire.</p>"),
     [("Nous n’abandonnerons pas", "Solène Garrigue")]),
    ("de-outlet-quotes-named-object", "de",
     "<p>„Der Kai wird im Frühjahr fertig“, zitierte die Zeitung Nordwacht den Hafenmeister Gerolf Sandau.</p>",
     [("Der Kai wird im Frühjahr fertig", "Gerolf Sandau")]),
    ("de-outlet-quotes-feminine-object", "de",
     "<p>„Der Kai wird im Frühjahr fertig“, zitierte der „Nordbote“ die Hafenmeisterin Liesel Aurich.</p>",
     [("Der Kai wird im Frühjahr fertig", "Liesel Aurich")]),
    ("de-outlet-quotes-pronoun-object", "de",
     ("<p>Gerolf Sandau leitet den Hafen seit 2018.</p>"
      "<p>„Der Kai wird im Frühjahr fertig“, zitierte ihn die Zeitung Nordwacht.</p>"),
     [("Der Kai wird im Frühjahr fertig", "Gerolf Sandau")]),
    ("de-separable-announces", "de",
     "<p>„Der Kai wird im Frühjahr fertig“, kündigte Liesel Aurich an.</p>",
     [("Der Kai wird im Frühjahr fertig", "Liesel Aurich")]),
    ("de-separable-makes-clear", "de",
     "<p>„Der Kai wird im Frühjahr fertig“, stellte Hafenmeister Gerolf Sandau klar.</p>",
     [("Der Kai wird im Frühjahr fertig", "Gerolf Sandau")]),
    ("de-role-word-holder-before-a-verb-opening-like-a-particle", "de",
     ("<p>Die Grünen-Politikerin Ortrud Kleve leitet das Hafenamt.</p><p>Der Netzmacher Bertram Loh ist "
      "besorgt.</p><p>„Wir lassen die Netzmacher nicht im Stich“, sagte die Grünen-Politikerin.</p>"),
     [("Wir lassen die Netzmacher", "Ortrud Kleve")]),
    ("fr-participle-of-the-press", "fr",
     "<p>« Nous ne fermerons pas le quai », a martelé Solène Garrigue.</p>",
     [("Nous ne fermerons pas le quai", "Solène Garrigue")]),
    ("it-participle-of-the-press", "it",
     "<p>«Non chiuderemo il molo prima di settembre», ha ribadito Ottavio Lanzetti.</p>",
     [("Non chiuderemo il molo", "Ottavio Lanzetti")]),
    ("pl-past-of-the-press", "pl",
     "<p>„Nie zamkniemy nabrzeża przed wrześniem” – oświadczył Bogumił Zaręba.</p>",
     [("Nie zamkniemy nabrzeża", "Bogumił Zaręba")]),
    ("nl-separable-laat-weten", "nl",
     "<p>“We sluiten de kade niet voor september”, laat Joost de Wilde weten.</p>",
     [("We sluiten de kade niet", "Joost de Wilde")]),
    ("it-article-il-before-office-and-name", "it",
     "<p>«Non chiuderemo il molo prima di settembre», ha sottolineato il ministro Ottavio Lanzetti.</p>",
     [("Non chiuderemo il molo", "Ottavio Lanzetti")]),
    ("fr-verb-outlet-then-role-and-name", "fr",
     "<p>« Nous ne fermerons pas le quai », a expliqué au Courrier la maire Solène Garrigue.</p>",
     [("Nous ne fermerons pas le quai", "Solène Garrigue")]),
    ("pt-verb-outlet-then-name", "pt",
     "<p>“Não vamos fechar o cais antes de setembro”, afirmou à Gazeta Jacinto Valadares.</p>",
     [("Não vamos fechar o cais", "Jacinto Valadares")]),
    ("es-name-auxiliary-participle-que", "es",
     "<p>Nerea Olabarria ha asegurado que «el mercado tiene que abrir antes del verano».</p>",
     [("el mercado tiene que abrir", "Nerea Olabarria")]),
    ("fr-name-auxiliary-participle-que", "fr",
     "<p>Solène Garrigue a expliqué que « le quai ne fermera pas avant septembre ».</p>",
     [("le quai ne fermera pas", "Solène Garrigue")]),
    ("en-verb-employer-office-name", "en",
     "<p>“The night ferry will run all winter,” said Saltmarsh Lines chief executive Wendell Amory.</p>",
     [("night ferry will run all winter", "Wendell Amory")]),
    # an office's head word alone after the employer ("chief", "head"): the holder, not the body
    ("en-verb-employer-office-head-name", "en",
     "<p>“The night ferry will run all winter,” said Saltmarsh Port Board chief Wendell Amory.</p>",
     [("night ferry will run all winter", "Wendell Amory")]),
    ("en-employer-office-head-name-verb", "en",
     "<p>“The night ferry will run all winter,” Saltmarsh Port Board head Wendell Amory said.</p>",
     [("night ferry will run all winter", "Wendell Amory")]),
    ("en-description-of-institution-then-name-in-commas", "en",
     ("<p>“The night ferry will run all winter,” a spokeswoman for the Saltmarsh Port Board, Ottoline Barr, "
      "said.</p>"),
     [("night ferry will run all winter", "Ottoline Barr")]),
    ("en-possessive-office-then-name-in-commas", "en",
     ("<p>Wendell Amory owns the ferry line.</p>"
      "<p>“The night ferry will run all winter,” Amory’s lawyer, Ottoline Barr, said.</p>"),
     [("night ferry will run all winter", "Ottoline Barr")]),
    ("de-fronted-dative-outlet-then-name", "de",
     "<p>Dem Nordboten sagte Liesel Aurich am Montag: „Der Kai wird im Frühjahr fertig.“</p>",
     [("Der Kai wird im Frühjahr fertig", "Liesel Aurich")]),
    ("de-fronted-dative-outlet-then-pronoun", "de",
     ("<p>Liesel Aurich leitet den Hafen seit 2018.</p>"
      "<p>Der Zeitung sagte sie: „Der Kai wird im Frühjahr fertig.“</p>"),
     [("Der Kai wird im Frühjahr fertig", "Liesel Aurich")]),
    ("it-verb-office-of-body-then-name-set-off", "it",
     "<p>«Non chiuderemo il molo prima di settembre», ha spiegato il portavoce del Comune, Ottavio Lanzetti.</p>",
     [("Non chiuderemo il molo", "Ottavio Lanzetti")]),
    ("it-office-of-place-then-name-in-commas-before-verb", "it",
     "<p>Il sindaco di Camogli, Ottavio Lanzetti, ha detto: «Non chiuderemo il molo prima di settembre».</p>",
     [("Non chiuderemo il molo", "Ottavio Lanzetti")]),
    ("en-name-description-in-commas-said-that", "en",
     "<p>Ottoline Barr, the harbour chair, said that “the night ferry will run all winter”.</p>",
     [("night ferry will run all winter", "Ottoline Barr")]),
    ("es-office-then-name-in-commas-dijo-que", "es",
     "<p>La portavoz del puerto, Nerea Olabarria, dijo que «el mercado abrirá antes del verano».</p>",
     [("el mercado abrirá antes", "Nerea Olabarria")]),
    ("en-pronoun-after-bold-headline-in-sentence", "en",
     ("<p>Corisande Vell has run the lighthouse since spring, as <strong>Why You Needn’t Dread the Long "
      "Winter Nights</strong> told readers. “The lamp has never once gone out,” she said.</p>"),
     [("lamp has never once gone out", "Corisande Vell")]),
    ("en-pronoun-after-read-more-headline-paragraph", "en",
     ("<p>Corisande Vell has run the lighthouse since spring.</p>"
      "<p>READ MORE: Why You Needn’t Dread the Long Winter Nights</p>"
      "<p>“The lamp has never once gone out,” she said.</p>"),
     [("lamp has never once gone out", "Corisande Vell")]),
    ("it-pronoun-after-employer-della", "it",
     ("<p>Ottavio Lanzetti, ingegnere della Brindisi Trasporti, è scettico. «Le gru sono troppo vecchie "
      "per il porto», ha detto.</p>"),
     [("Le gru sono troppo vecchie", "Ottavio Lanzetti")]),
    ("en-pronoun-after-who-now-runs-employer", "en",
     ("<p>Ottoline Barr, who now runs Brindle Tools, is sceptical. “The cranes are far too old for the yard,” "
      "she said.</p>"),
     [("cranes are far too old", "Ottoline Barr")]),
    ("fr-incise-auxiliary-role-inside-quote", "fr",
     ("<p>La maire Solène Garrigue a visité le quai lundi.</p><p>Le pêcheur Anselme Riou reste inquiet.</p>"
      "<p>« Nous ne fermerons pas le quai, a promis la maire, avant la fin de l’été. »</p>"),
     [("Nous ne fermerons pas le quai", "Solène Garrigue")]),
    ("en-role-after-compound-adjective-finds-holder", "en",
     ("<p>Chef Ottoline Barr runs the quayside café.</p><p>Cyprian Holt mends nets.</p>"
      "<p>“We will reopen before the summer season,” the Cornish-born chef told the Gazette.</p>"),
     [("reopen before the summer season", "Ottoline Barr")]),
    ("nl-pronoun-after-name-with-particle", "nl",
     "<p>Joost de Wilde woont al veertig jaar aan de kade. “Niemand heeft ons iets gevraagd”, zegt hij.</p>",
     [("Niemand heeft ons iets gevraagd", "Joost de Wilde")]),
    ("nl-pronoun-after-name-with-two-particles", "nl",
     "<p>Marieke van der Steeg is wethouder. “We heropenen de markt in de zomer”, zei ze.</p>",
     [("We heropenen de markt", "Marieke van der Steeg")]),
    ("nl-surname-with-capital-particle-after-full-name", "nl",
     ("<p>Joost de Wilde woont al veertig jaar aan de kade.</p>"
      "<p>“Niemand heeft ons iets gevraagd”, zegt De Wilde.</p>"),
     [("Niemand heeft ons iets gevraagd", "Joost de Wilde")]),
    ("nl-pronoun-after-volgens-name-with-particle", "nl",
     "<p>Volgens Joost de Wilde deugt het plan niet. “Niemand heeft ons iets gevraagd”, zegt hij.</p>",
     [("Niemand heeft ons iets gevraagd", "Joost de Wilde")]),
    ("en-pronoun-after-place-name-with-de", "en",
     "<p>Ottoline Barr moved here from Rio de Janeiro. “Nobody asked us anything at all,” she said.</p>",
     [("Nobody asked us anything", "Ottoline Barr")]),
    ("en-was-quoted-by-outlet-as-saying", "en",
     ("<p>Imelda Fairweather, the harbour master, was quoted by the Gazette as saying “the ferry will run "
      "twice a day from June.”</p>"),
     [("ferry will run twice a day", "Imelda Fairweather")]),
    ("en-pronoun-was-quoted-as-saying", "en",
     ("<p>Imelda Fairweather runs the ferry line. She has been quoted in the Gazette as saying that “the ferry "
      "will run twice a day from June.”</p>"),
     [("ferry will run twice a day", "Imelda Fairweather")]),
    ("es-pronoun-after-apposition-de-employer", "es",
     ("<p>Nerea Olabarria, ingeniera de Calloway Carga, coincide. «Los camiones siempre llegan tarde en "
      "invierno», dice.</p>"),
     [("Los camiones siempre llegan tarde", "Nerea Olabarria")]),
    ("en-pronoun-after-who-founded-employer", "en",
     ("<p>Ottoline Barr, who founded Calloway Freight in 2009, agrees. “The lorries are always late in winter,” "
      "she said.</p>"),
     [("lorries are always late", "Ottoline Barr")]),
    ("fr-selon-name-quote-then-pronoun-verb", "fr",
     "<p>Selon Gwenaëlle Kerhervé « le marché doit rouvrir avant l’été », a-t-elle ajouté.</p>",
     [("le marché doit rouvrir", "Gwenaëlle Kerhervé")]),
    ("en-outlet-quoted-pronoun-as-saying-after", "en",
     ("<p>Imelda Fairweather runs the ferry line.</p>"
      "<p>“The ferry will run twice a day from June,” the Gazette quoted her as saying.</p>"),
     [("ferry will run twice a day", "Imelda Fairweather")]),
    ("de-noun-von-acronym-is-no-name", "de",
     ("<p>Markus Ellerhoff leitet den Ausschuss. In der Debatte kritisierten die Fraktionen von ABC und XYZ "
      "die Kosten. „Wir bauen trotzdem weiter“, sagte er.</p>"),
     [("Wir bauen trotzdem weiter", "Markus Ellerhoff")]),
    # an incise of words the speaker lists cannot read ("wynika z raportu", "staat in het rapport"): the
    # quote is given there, to no one named, not to the subject of the paragraph before
    ("pl-unread-incise-report-is-nobody", "pl",
     ("<p>Burmistrz Teodor Wierzbicki odwiedził w poniedziałek nabrzeże.</p>"
      "<p>„Targ rybny zostanie otwarty jeszcze przed latem” – wynika z raportu.</p>"),
     [("Targ rybny zostanie otwarty", None)]),
    ("pl-unread-incise-company-is-nobody", "pl",
     ("<p>Burmistrz Teodor Wierzbicki odwiedził w poniedziałek nabrzeże.</p>"
      "<p>„Pierwsze promy popłyną w maju” – przekazało biuro prasowe.</p>"),
     [("Pierwsze promy popłyną", None)]),
    ("nl-unread-incise-report-is-nobody", "nl",
     ("<p>Burgemeester Wietske Hoogendam bezocht maandag de kade.</p>"
      "<p>‘De vismarkt gaat voor de zomer weer open’, staat in het rapport.</p>"),
     [("De vismarkt gaat voor de zomer", None)]),
    ("pl-incise-pronoun-verb-is-the-one-named", "pl",
     ("<p>Burmistrz Teodor Wierzbicki odwiedził w poniedziałek nabrzeże.</p>"
      "<p>„Targ rybny zostanie otwarty jeszcze przed latem” – powiedział.</p>"),
     [("Targ rybny zostanie otwarty", "Teodor Wierzbicki")]),
    # German sets "according to" after the name: "Wallmoden zufolge" is hers; "dem Gutachten zufolge"
    # is a document's, and "Angaben zufolge" ("reportedly") no one's
    ("de-zufolge-surname-before-quote", "de",
     ("<p>Am Montag prüfte die Statikerin Henrike Wallmoden die Kaimauer.</p>"
      "<p>Wallmoden zufolge „muss die Mauer bis zum Herbst gestützt werden“.</p>"),
     [("muss die Mauer bis zum Herbst", "Henrike Wallmoden")]),
    ("de-zufolge-surname-after-quote", "de",
     ("<p>Am Montag prüfte die Statikerin Henrike Wallmoden die Kaimauer.</p>"
      "<p>„Die Mauer muss bis zum Herbst gestützt werden“, Wallmoden zufolge.</p>"),
     [("Die Mauer muss bis zum Herbst", "Henrike Wallmoden")]),
    ("de-zufolge-document-is-nobody", "de",
     ("<p>Am Montag prüfte die Statikerin Henrike Wallmoden die Kaimauer.</p>"
      "<p>Dem Gutachten zufolge „muss die Mauer bis zum Herbst gestützt werden“.</p>"),
     [("muss die Mauer bis zum Herbst", None)]),
    ("de-zufolge-reportedly-is-nobody", "de",
     ("<p>Am Montag prüfte die Statikerin Henrike Wallmoden die Kaimauer.</p>"
      "<p>Angaben zufolge „muss die Mauer bis zum Herbst gestützt werden“.</p>"),
     [("muss die Mauer bis zum Herbst", None)]),
    # "das Unternehmen" is a company's word, as "the firm": the business the page names, or no one
    ("de-the-company-unnamed-is-nobody", "de",
     ("<p>Bürgermeister Theodor Ascherfeld eröffnete am Montag die Sitzung.</p>"
      "<p>„Die ersten Fähren legen im Mai ab“, teilte das Unternehmen mit.</p>"),
     [("Die ersten Fähren legen im Mai ab", None)]),
    ("de-the-institute-named-before", "de",
     ("<p>Das Institut für Küstenbau legte am Montag neue Zahlen vor.</p>"
      "<p>„Die Mauer muss bis zum Herbst gestützt werden“, teilte das Institut mit.</p>"),
     [("Die Mauer muss bis zum Herbst", "Institut für Küstenbau")]),
    # a German noun for a person after its article ends the attribution as a role word: the one the page
    # named with it, never the noun itself
    ("de-person-noun-after-article-is-the-role-holder", "de",
     ("<p>Am Montag prüfte die Statikerin Henrike Wallmoden die Kaimauer. Bürgermeister Theodor Ascherfeld "
      "eröffnete die Sitzung.</p>"
      "<p>„Die Mauer muss bis zum Herbst gestützt werden“, sagte die Statikerin.</p>"),
     [("Die Mauer muss bis zum Herbst", "Henrike Wallmoden")]),
    # a verb of saying with its subject dropped ("ha riferito.") stands for the person the sentence before
    # names; when that sentence names no one, for the person named last before it
    ("it-dropped-subject-sentence-before-names-one", "it",
     ("<p>Il sindaco Ottavio Bracciolini ha parlato ai cronisti dopo la riunione.</p>"
      "<p>«Il mercato del pesce riaprirà entro l’estate», ha riferito.</p>"),
     [("Il mercato del pesce riaprirà", "Ottavio Bracciolini")]),
    ("it-dropped-subject-sentence-before-names-nobody", "it",
     ("<p>Il sindaco Ottavio Bracciolini ha parlato ai cronisti dopo la riunione. La seduta è durata tre "
      "ore.</p>"
      "<p>«Il mercato del pesce riaprirà entro l’estate», ha riferito.</p>"),
     [("Il mercato del pesce riaprirà", "Ottavio Bracciolini")]),  # the person named last, past a sentence of no one
    ("es-dropped-subject-after-a-quote-given-to-its-speaker", "es",
     ("<p>La reunión duró tres horas.</p>"
      "<p>«El mercado reabrirá antes del verano», dijo Eulalia Berrocal.</p>"
      "<p>«Y el muelle abrirá en otoño», añadió.</p>"),
     [("Y el muelle abrirá en otoño", "Eulalia Berrocal")]),
    # the same verb before a colon ("Añadió: «…»", "Dodała też: „…”"): the one the sentence before names,
    # in the same paragraph or the one before; no one when that sentence names no one
    ("es-dropped-subject-verb-colon-paragraph-before", "es",
     ("<p>Eulalia Berrocal preside la cofradía de pescadores desde hace seis años.</p>"
      "<p>Añadió: «El mercado reabrirá antes del verano».</p>"),
     [("El mercado reabrirá", "Eulalia Berrocal")]),
    ("pl-dropped-subject-verb-adverb-colon-same-paragraph", "pl",
     ("<p>Bożena Kalinowska od lat prowadzi przystań rybacką nad zatoką. Dodała też: „Targ rybny otworzymy "
      "ponownie przed latem”.</p>"),
     [("Targ rybny otworzymy", "Bożena Kalinowska")]),
    ("it-dropped-subject-verb-colon-sentence-before-names-nobody", "it",
     ("<p>Il sindaco Ottavio Bracciolini ha parlato ai cronisti dopo la riunione. La seduta è durata tre "
      "ore.</p>"
      "<p>Ha aggiunto: «Il mercato del pesce riaprirà entro l’estate».</p>"),
     [("Il mercato del pesce riaprirà", "Ottavio Bracciolini")]),  # the person named last, as for "ha riferito"
    # an office, a preposition and its department's capitalised name before the holder's name ("ministra dei
    # Trasporti Ines Dalgarno"): the department's word is no first name
    ("it-office-of-department-before-name", "it",
     "<p>La ministra dei Trasporti Ludovica Ferraguti ha dichiarato: «Il traghetto partirà ogni ora da maggio».</p>",
     [("Il traghetto partirà", "Ludovica Ferraguti")]),
    ("es-office-of-department-before-name-after-quote", "es",
     "<p>«El ferri saldrá cada hora desde mayo», afirmó la ministra de Transportes Araceli Mondéjar.</p>",
     [("El ferri saldrá", "Araceli Mondéjar")]),
    ("nl-office-of-department-before-name", "nl",
     "<p>Minister van Verkeer Geertruida Bosschaart zei: „De veerboot vaart vanaf mei elk uur.”</p>",
     [("De veerboot vaart", "Geertruida Bosschaart")]),
    ("de-office-for-department-before-name", "de",
     "<p>Die Ministerin für Verkehr Walburga Eschenlohr sagte: „Die Fähre fährt ab Mai stündlich.“</p>",
     [("Die Fähre fährt", "Walburga Eschenlohr")]),
    # "as" and a verb of saying with no name after it ("Como explicó:", "Jak dodała:"): the subject
    # dropped, the one the sentence before names; "as" is never a name
    ("es-como-verb-colon-dropped-subject", "es",
     ("<p>Eulalia Berrocal preside la cofradía de pescadores desde hace seis años.</p>"
      "<p>Como explicó: «El mercado reabrirá antes del verano».</p>"),
     [("El mercado reabrirá", "Eulalia Berrocal")]),
    ("pl-jak-verb-colon-dropped-subject", "pl",
     ("<p>Bożena Kalinowska od lat prowadzi przystań rybacką nad zatoką.</p>"
      "<p>Jak dodała: „Targ rybny otworzymy ponownie przed latem”.</p>"),
     [("Targ rybny otworzymy", "Bożena Kalinowska")]),
    # an initial and the surname of the one person the page names in full with it ("T. Vernaudin", French
    # "M. Vernaudin" for Monsieur): that person; not when two people share the surname
    ("fr-monsieur-initial-surname", "fr",
     ("<p>Évariste Quennelec dirige la capitainerie depuis 2011.</p>"
      "<p>« La criée rouvrira avant l’été », dit M. Quennelec.</p>"),
     [("La criée rouvrira", "Évariste Quennelec")]),
    ("en-initial-surname", "en",
     ("<p>Evander Quennell has run the harbour office since 2011.</p>"
      "<p>“The fish market will reopen before summer,” said E. Quennell.</p>"),
     [("fish market will reopen", "Evander Quennell")]),
    ("en-initial-surname-two-bearers-stays", "en",
     ("<p>Ada Quennell and her brother Evander Quennell run the harbour office.</p>"
      "<p>“The fish market will reopen before summer,” said M. Quennell.</p>"),
     [("fish market will reopen", "M. Quennell")]),
    # the outlet the words were said to stands between the verb and the name: an outlet of several words
    # ("al Corriere della Laguna"), or one after Polish "z" ("w rozmowie z Kurierem"), is no part of the name
    ("it-said-to-outlet-of-several-words", "it",
     "<p>«Il mercato del pesce riaprirà entro l’estate», ha detto al Corriere della Laguna Ottavio Bracciolini.</p>",
     [("Il mercato del pesce", "Ottavio Bracciolini")]),
    ("pl-said-in-conversation-with-outlet", "pl",
     "<p>„Targ rybny otworzymy ponownie przed latem” – powiedziała w rozmowie z Kurierem Bożena Kalinowska.</p>",
     [("Targ rybny otworzymy", "Bożena Kalinowska")]),
    # the same verb with its subject dropped before "that" ("Añadió que «…»", "Ha poi aggiunto che «…»")
    ("es-dropped-subject-verb-that", "es",
     ("<p>Eulalia Berrocal preside la cofradía de pescadores desde hace seis años.</p>"
      "<p>Añadió que «el mercado reabrirá antes del verano».</p>"),
     [("el mercado reabrirá", "Eulalia Berrocal")]),
    ("it-dropped-subject-auxiliary-adverb-verb-that", "it",
     ("<p>Il sindaco Ottavio Bracciolini ha parlato ai cronisti dopo la riunione.</p>"
      "<p>Ha poi aggiunto che «il mercato del pesce riaprirà entro l’estate».</p>"),
     [("il mercato del pesce riaprirà", "Ottavio Bracciolini")]),
    # Swedish opens and closes a quotation with the same right mark (”…”)
    ("sv-same-marks-said-after-verb-name", "sv",
     "<p>”Fiskmarknaden öppnar igen före sommaren”, säger Ingvar Sjöberg.</p>",
     [("Fiskmarknaden öppnar igen", "Ingvar Sjöberg")]),
    ("sv-same-marks-said-before-colon", "sv",
     "<p>Ingvar Sjöberg säger: ”Fiskmarknaden öppnar igen före sommaren.”</p>",
     [("Fiskmarknaden öppnar igen", "Ingvar Sjöberg")]),
    ("sv-same-marks-pronoun-after-verb", "sv",
     ("<p>I måndags besökte kommunalrådet Ingvar Sjöberg kajen.</p>"
      "<p>”Fiskmarknaden öppnar igen före sommaren”, säger han.</p>"),
     [("Fiskmarknaden öppnar igen", "Ingvar Sjöberg")]),
    ("sv-same-marks-report-is-nobody", "sv",
     ("<p>Kommunalrådet Ingvar Sjöberg besökte kajen i måndags.</p>"
      "<p>”Fiskmarknaden öppnar igen före sommaren”, enligt rapporten.</p>"),
     [("Fiskmarknaden öppnar igen", None)]),
    ("de-the-firm-unnamed-is-nobody", "de",
     ("<p>Bürgermeister Theodor Ascherfeld besuchte am Montag den Hafen.</p>"
      "<p>„Die ersten Fähren legen im Mai ab“, teilte die Firma mit.</p>"),
     [("Die ersten Fähren legen im Mai ab", None)]),
    ("de-the-group-unnamed-is-nobody", "de",
     ("<p>Bürgermeister Theodor Ascherfeld besuchte am Montag den Hafen.</p>"
      "<p>„Die ersten Fähren legen im Mai ab“, sagte der Konzern.</p>"),
     [("Die ersten Fähren legen im Mai ab", None)]),
    # an owner's post ("the firm’s chief executive") is held by one the page names with it, never by
    # whoever was named last
    ("en-owned-post-unnamed-is-nobody", "en",
     ("<p>Mayor Delia Marsh visited the pier on Monday and met the harbour staff.</p>"
      "<p>“We will ship the first ferries in May,” the firm’s chief executive said.</p>"),
     [("ship the first ferries in May", None)]),
    ("en-owned-post-named-with-it", "en",
     ("<p>Mayor Delia Marsh visited the pier. Orla Penhaligon, the firm’s chief executive, met her there.</p>"
      "<p>“We will ship the first ferries in May,” the firm’s chief executive said.</p>"),
     [("ship the first ferries in May", "Orla Penhaligon")]),
    # a document the subject issued, then a participle of saying: the subject's words; not so for a
    # document the subject received
    ("en-issued-statement-saying", "en",
     ("<p>Councillor Bronwen Aldous issued a statement on Friday saying the pier was “a danger to anyone "
      "who walks on it after dark.”</p>"),
     [("a danger to anyone who walks", "Bronwen Aldous")]),
    ("en-received-letter-saying-is-not-hers", "en",
     ("<p>Councillor Bronwen Aldous received a letter saying the pier was “a danger to anyone who walks on "
      "it after dark.”</p>"),
     [("a danger to anyone who walks", None)]),
    # a role after an indefinite article brings in someone new ("sagte ein Sprecher"): not the person named before
    ("de-indefinite-spokesperson-is-someone-new", "de",
     ("<p>Theodor Ascherfeld traf sich am Montag mit Henrike Wallmoden.</p>"
      "<p>„Wir öffnen den Fischmarkt im Mai wieder“, sagte ein Sprecher.</p>"),
     [("Wir öffnen den Fischmarkt", None)]),
    ("nl-indefinite-spokesperson-is-someone-new", "nl",
     ("<p>Wietske Hoogendam sprak maandag met Joost Terpstra.</p>"
      "<p>‘We openen de vismarkt in mei weer’, zei een woordvoerder.</p>"),
     [("We openen de vismarkt", None)]),
    ("de-definite-role-is-the-one-named-before", "de",
     ("<p>Die Landwirtin Henrike Wallmoden führt den Hof seit 1998.</p>"
      "<p>„Wir öffnen den Hofladen im Mai wieder“, sagt die Landwirtin.</p>"),
     [("Wir öffnen den Hofladen", "Henrike Wallmoden")]),
    # a description after the verb that ends on someone's name ("the lawyer of", "a source close to"):
    # one of theirs speaks, not they; a spokesperson for a body named so still gives the body
    ("es-lawyer-of-name-is-not-them", "es",
     ("<p>Eulalia Berrocal se reunió el lunes con Ramiro Iturbe.</p>"
      "<p>«Reabriremos la lonja antes del verano», dijo el abogado de Berrocal.</p>"),
     [("Reabriremos la lonja", None)]),
    ("it-lawyer-of-name-is-not-them", "it",
     ("<p>Ottavio Bracciolini ha incontrato lunedì Giulia Santangelo.</p>"
      "<p>«Riapriremo il mercato del pesce entro l’estate», ha detto l’avvocato di Bracciolini.</p>"),
     [("Riapriremo il mercato del pesce", None)]),
    ("en-source-close-to-name-is-not-them", "en",
     ("<p>Delia Marsh met Owen Trelawny on Monday.</p>"
      "<p>“We will reopen the fish market before the summer,” said a source close to Marsh.</p>"),
     [("reopen the fish market", None)]),
    # German capitalises the day before a name ("traf am Montag Henrike Wallmoden"): no first name
    ("de-day-of-the-week-before-a-name", "de",
     ("<p>Theodor Ascherfeld traf am Montag Henrike Wallmoden.</p>"
      "<p>„Wir öffnen den Fischmarkt im Mai wieder“, sagte sie.</p>"),
     [("Wir öffnen den Fischmarkt", "Henrike Wallmoden")]),
    # Indonesian: "kata", "ujar" before the name, "ujarnya" (its subject dropped: the one named before), "menurut"
    ("id-kata-name", "id",
     "<p>“Kami tidak akan menaikkan tarif kapal tahun ini,” kata Wiranto Sulistyo, kepala dermaga.</p>",
     [("menaikkan tarif kapal", "Wiranto Sulistyo")]),
    ("id-ujarnya-is-the-one-named-before", "id",
     ("<p>Larasati Wibisono memimpin koperasi nelayan sejak 2015. “Pasar ikan akan dibuka lagi sebelum "
      "musim hujan,” ujarnya.</p>"),
     [("Pasar ikan akan dibuka", "Larasati Wibisono")]),
    ("id-menurut-name", "id",
     "<p>Menurut Larasati Wibisono, “pasar ikan akan dibuka lagi sebelum musim hujan.”</p>",
     [("pasar ikan akan dibuka", "Larasati Wibisono")]),
    # Turkish closes the sentence on the verb: the subject stands before the quote ("Name, “…” dedi.")
    ("tr-name-quote-dedi", "tr",
     "<p>Balıkçılar derneği başkanı Gülsüm Karadeniz, “Pazarı yazdan önce yeniden açacağız” dedi.</p>",
     [("Pazarı yazdan önce", "Gülsüm Karadeniz")]),
    ("tr-diye-konustu-names-the-one-before", "tr",
     ("<p>Gülsüm Karadeniz dün rıhtımı gezdi.</p>"
      "<p>“Pazarı yazdan önce yeniden açacağız” diye konuştu.</p>"),
     [("Pazarı yazdan önce", "Gülsüm Karadeniz")]),
    ("tr-diye-acikladi-and-seklinde-konustu", "tr",
     ("<p>Kooperatif başkanı Nurettin Çakırlar, “Kıyı yolu kıştan önce bitecek” diye açıkladı.</p>"
      "<p>Emine Sarıkaya, “Rıhtımdaki tezgahlar ilkbaharda geri dönecek” şeklinde konuştu.</p>"),
     [("Kıyı yolu kıştan", "Nurettin Çakırlar"), ("Rıhtımdaki tezgahlar", "Emine Sarıkaya")]),
    ("tr-used-the-words", "tr",
     "<p>Balıkçılar derneği başkanı Gülsüm Karadeniz, “Pazarı yazdan önce yeniden açacağız” ifadelerini kullandı.</p>",
     [("Pazarı yazdan önce", "Gülsüm Karadeniz")]),
    ("tr-dedi-before-name", "tr",
     "<p>“Pazarı yazdan önce yeniden açacağız” dedi Gülsüm Karadeniz.</p>",
     [("Pazarı yazdan önce", "Gülsüm Karadeniz")]),
    # Russian: a verb after a dash, names in Cyrillic (a pronoun and a surname resolve to the full name),
    # "по словам" with the name in the genitive
    ("ru-dash-verb-name", "ru",
     "<p>«Мы откроем рыбный рынок до начала лета», — сказал Трофим Белозёров.</p>",
     [("откроем рыбный рынок", "Трофим Белозёров")]),
    ("ru-pronoun-is-the-one-named-before", "ru",
     ("<p>Олимпиада Заречная руководит рыболовецким кооперативом с 2015 года.</p>"
      "<p>«Мы откроем рыбный рынок до начала лета», — заявила она.</p>"),
     [("откроем рыбный рынок", "Олимпиада Заречная")]),
    ("ru-present-tense-verb-name", "ru",
     "<p>«Мы откроем рыбный рынок до начала лета», — поясняет Трофим Белозёров.</p>",
     [("откроем рыбный рынок", "Трофим Белозёров")]),
    ("ru-present-tense-verb-pronoun", "ru",
     ("<p>Олимпиада Заречная руководит рыболовецким кооперативом с 2015 года.</p>"
      "<p>«Мы откроем рыбный рынок до начала лета», — добавляет она.</p>"),
     [("откроем рыбный рынок", "Олимпиада Заречная")]),
    ("uk-present-tense-verb-name", "uk",
     "<p>«Ми відкриємо рибний ринок до початку літа», — пояснює Остап Приходько.</p>",
     [("відкриємо рибний ринок", "Остап Приходько")]),
    ("ru-pronoun-verb-chto", "ru",
     ("<p>Олимпиада Заречная руководит рыболовецким кооперативом с 2015 года.</p>"
      "<p>Она подчеркнула, что «рыбный рынок откроется до начала лета».</p>"),
     [("рыбный рынок откроется", "Олимпиада Заречная")]),
    ("ru-po-slovam-genitive-surname", "ru",
     ("<p>Олимпиада Заречная руководит рыболовецким кооперативом с 2015 года. По словам Заречной, «рыбный "
      "рынок откроется до начала лета».</p>"),
     [("рынок откроется до начала лета", "Олимпиада Заречная")]),
    # German capitalises a group of unnamed sources ("Laut Experten", "sagten Ermittler"): nobody named
    ("de-laut-experts-is-nobody", "de",
     ("<p>Henrike Wallmoden leitet das Hafenamt seit 2011.</p>"
      "<p>Laut Experten „hält die alte Kaimauer keine zehn Jahre mehr“, hieß es am Montag.</p>"),
     [("hält die alte Kaimauer", None)]),
    # one capitalised word after "laut" is a noun as often as a name: a person only as the surname of
    # one the page names in full, an institution stays
    ("de-laut-noun-is-nobody", "de",
     ("<p>Henrike Wallmoden leitet das Hafenamt seit 2011.</p>"
      "<p>Laut Medienberichten „hält die alte Kaimauer keine zehn Jahre mehr“, hieß es am Montag.</p>"),
     [("hält die alte Kaimauer", None)]),
    ("de-laut-surname-is-the-person", "de",
     ("<p>Henrike Wallmoden leitet das Hafenamt seit 2011.</p>"
      "<p>Laut Wallmoden „hält die alte Kaimauer keine zehn Jahre mehr“, hieß es am Montag.</p>"),
     [("hält die alte Kaimauer", "Henrike Wallmoden")]),
    ("de-laut-institution-stays", "de",
     ("<p>Henrike Wallmoden leitet das Hafenamt seit 2011.</p>"
      "<p>Laut Wasserstraßenamt „hält die alte Kaimauer keine zehn Jahre mehr“, hieß es am Montag.</p>"),
     [("hält die alte Kaimauer", "Wasserstraßenamt")]),
    # an office and its genitive before the holder ("minister transportu Jan Kowalski"), then the office
    # alone after a quote: the holder, not the person named last
    ("pl-office-genitive-holder", "pl",
     ("<p>Minister infrastruktury Zdzisław Pękala spotkał się w poniedziałek z burmistrzem Bogusławem "
      "Wierzbickim.</p><p>„Nabrzeże otworzymy przed latem” – powiedział minister.</p>"),
     [("Nabrzeże otworzymy", "Zdzisław Pękala")]),
    ("ru-office-alone-is-its-holder", "ru",
     ("<p>Министр транспорта Трофим Белозёров встретился в понедельник с Олимпиадой Заречной.</p>"
      "<p>«Рыбный рынок откроется до начала лета», — сказал министр.</p>"),
     [("Рыбный рынок откроется", "Трофим Белозёров")]),
    ("pl-office-holder-name-opens-on-extended-capital", "pl",
     ("<p>Minister infrastruktury Łucjan Żmijewski spotkał się w poniedziałek z burmistrzem Bogusławem "
      "Wierzbickim.</p><p>„Nabrzeże otworzymy przed latem” – powiedział minister.</p>"),
     [("Nabrzeże otworzymy", "Łucjan Żmijewski")]),
    ("de-said-investigators-is-nobody", "de",
     ("<p>Henrike Wallmoden leitet das Hafenamt seit 2011.</p>"
      "<p>„Die alte Kaimauer hält keine zehn Jahre mehr“, sagten Ermittler am Montag.</p>"),
     [("Die alte Kaimauer hält", None)]),
    # an outlet's acronym in Czech or Cyrillic capitals between the verb and the speaker is no name
    ("cs-agency-acronym-then-speaker", "cs",
     "<p>„Tržiště otevřeme ještě před létem,“ uvedla pro ČTK ředitelka přístavu Bohumila Střížková.</p>",
     [("Tržiště otevřeme", "Bohumila Střížková")]),
    ("ru-agency-acronym-then-speaker", "ru",
     "<p>«Мы откроем рыбный рынок до начала лета», — сообщил ТАСС директор порта Трофим Белозёров.</p>",
     [("откроем рыбный рынок", "Трофим Белозёров")]),
    # Russian "как" (as) before the verb and the name: the subject is the name after the verb
    # a Russian incise after a comma and a dash that names no one ("», — отметили в пресс-службе."): not
    # the voice of the paragraph before
    ("ru-unnamed-incise-is-nobody", "ru",
     ("<p>Олимпиада Заречная руководит рыболовецким кооперативом с 2015 года.</p>"
      "<p>«Рыбный рынок откроется до начала лета», — отметили в пресс-службе мэрии.</p>"),
     [("Рыбный рынок откроется", None)]),
    ("ru-kak-verb-name", "ru",
     "<p>Как заявил директор порта Трофим Белозёров, «рыбный рынок откроется до начала лета».</p>",
     [("рынок откроется до начала лета", "Трофим Белозёров")]),
    # Arabic: a straight quote closed before Arabic's comma, and an office "on behalf of" a body
    # (المتحدث باسم) between the verb and the name, before the quote or after it
    ("ar-arabic-comma-after-quote", "ar",
     "<p>\"سنعيد فتح سوق السمك قبل بداية الصيف\"، قالت نوال الزهراني.</p>",
     [("سنعيد فتح سوق السمك", "نوال الزهراني")]),
    ("ar-spokesperson-on-behalf-of-before", "ar",
     "<p>قال المتحدث باسم البلدية كريم الشامي إن \"سوق السمك سيفتح قبل بداية الصيف\".</p>",
     [("سوق السمك سيفتح", "كريم الشامي")]),
    ("ar-spokesperson-on-behalf-of-after", "ar",
     "<p>\"سنعيد فتح سوق السمك قبل بداية الصيف\"، قالت المتحدثة باسم البلدية نوال الزهراني.</p>",
     [("سنعيد فتح سوق السمك", "نوال الزهراني")]),
    # an office's name that goes on past its head ("the Chief Executive of the … Company,"), then a comma
    # and the holder's name: the holder, not the office's first word nor no one
    ("en-office-of-body-comma-name", "en",
     "<p>“We will reopen the fish market before the summer,” said the Chief Executive of the Quayside Ferry "
     "Company, Orla Penhaligon.</p>",
     [("reopen the fish market", "Orla Penhaligon")]),
    ("es-office-of-body-comma-name", "es",
     "<p>«Reabriremos la lonja antes del verano», dijo el Director General de Puertos del Cantábrico, "
     "Ramiro Iturbe.</p>",
     [("Reabriremos la lonja", "Ramiro Iturbe")]),
    ("id-office-of-company-comma-name", "id",
     "<p>“Pasar ikan akan dibuka lagi sebelum musim hujan,” kata Direktur Utama PT Dermaga Samudra, "
     "Larasati Wibisono.</p>",
     [("Pasar ikan akan dibuka", "Larasati Wibisono")]),
    # verbs of saying in Romanian (after the auxiliary "a"), Hungarian, Finnish and Greek (a name in Greek
    # capitals after its article), and Romanian "potrivit lui" (according to)
    ("ro-a-declarat-name", "ro",
     "<p>„Vom redeschide piața de pește înainte de vară”, a declarat Sorina Vlădescu.</p>",
     [("Vom redeschide piața", "Sorina Vlădescu")]),
    ("ro-potrivit-lui-name", "ro",
     "<p>Potrivit lui Sorina Vlădescu, „piața de pește se va redeschide înainte de vară”.</p>",
     [("piața de pește se va", "Sorina Vlădescu")]),
    ("uk-dash-naholosyv-name", "uk",
     "<p>«Рибний ринок відкриємо ще до літа», — наголосив Богдан Стельмах.</p>",
     [("Рибний ринок відкриємо", "Богдан Стельмах")]),
    # the outlet told, one word after "pentru" (for) or Spanish "a" (to), before the name: not part of it
    ("ro-pentru-outlet-name", "ro",
     "<p>„Vom redeschide piața de pește înainte de vară”, a declarat pentru Portal24 Sorina Vlădescu.</p>",
     [("Vom redeschide piața", "Sorina Vlădescu")]),
    ("es-dijo-a-outlet-name", "es",
     "<p>«Reabriremos la lonja antes del verano», dijo a Faro Leonor Castaños.</p>",
     [("Reabriremos la lonja", "Leonor Castaños")]),
    ("ro-a-mai-spus-name", "ro",
     "<p>„Vom redeschide piața de pește înainte de vară”, a mai spus Sorina Vlădescu.</p>",
     [("Vom redeschide piața", "Sorina Vlădescu")]),
    ("hu-name-szerint-quote", "hu",
     "<p>Szalontai Ildikó szerint „a halpiacot még a nyár előtt újra megnyitják”.</p>",
     [("a halpiacot még", "Szalontai Ildikó")]),
    ("hu-dash-mondta-name", "hu",
     "<p>„A halpiacot még a nyár előtt újra megnyitjuk” – mondta Szalontai Ildikó.</p>",
     [("A halpiacot még", "Szalontai Ildikó")]),
    ("fi-sanoo-name", "fi",
     "<p>”Avaamme kalatorin uudelleen ennen kesää”, sanoo Aukusti Hiltunen.</p>",
     [("Avaamme kalatorin", "Aukusti Hiltunen")]),
    ("el-verb-article-name", "el",
     "<p>«Θα ανοίξουμε ξανά την ψαραγορά πριν από το καλοκαίρι», δήλωσε ο Αριστείδης Καλογεράκης.</p>",
     [("Θα ανοίξουμε ξανά", "Αριστείδης Καλογεράκης")]),
    # Korean: the speaker as the topic before the quote, the verb after its particle 고 (a straight quote
    # closes before the particle)
    ("ko-topic-quote-go-malhaetda", "ko",
     "<p>수산협동조합 박서연 조합장은 \"여름 전에 수산시장을 다시 열겠다\"고 말했다.</p>",
     [("여름 전에 수산시장을", "박서연")]),
    ("ko-topic-where-quote-rago-balhyeotda", "ko",
     "<p>박서연 조합장은 기자회견에서 “부두 공사는 가을에 끝난다”라고 밝혔다.</p>",
     [("부두 공사는 가을에", "박서연")]),
    # the honorific 씨 after the name, with or without a space, is no part of it; the topic may also
    # stand after the quote's particle, before the verb
    ("ko-name-ssi-topic-quote", "ko",
     "<p>최지훈 씨는 “시장 앞 주차장은 여름에 닫는다”라고 말했다.</p><p>윤하늘씨는 “배가 늦게 들어왔다”고 전했다.</p>",
     [("시장 앞 주차장은", "최지훈"), ("배가 늦게 들어왔다", "윤하늘")]),
    ("ko-quote-rago-topic-verb", "ko",
     "<p>“부두 공사는 가을에 끝난다”라고 박서연 조합장은 밝혔다.</p>",
     [("부두 공사는 가을에", "박서연")]),
    # Vietnamese: the honorific before the name ("ông", "bà"), the verb after it; "theo" (according to)
    ("vi-honorific-name-verb", "vi",
     "<p>“Chúng tôi sẽ mở lại chợ cá trước mùa hè”, bà Đặng Thu Trang cho biết.</p>",
     [("mở lại chợ cá", "Đặng Thu Trang")]),
    ("vi-honorific-opens-sentence-colon", "vi",
     "<p>Ông Võ Minh Khôi nhấn mạnh: “Chợ cá sẽ mở lại trước mùa hè năm nay.”</p>",
     [("Chợ cá sẽ mở lại", "Võ Minh Khôi")]),
    # a three-word name after the honorific opening a sentence: the surname alone later, and the
    # pronoun "ông", stand for all three
    ("vi-honorific-surname-later-full-name", "vi",
     ("<p>Ông Võ Minh Khôi là chủ tịch hợp tác xã cá.</p>"
      "<p>“Chợ cá sẽ mở lại trước mùa hè năm nay,” ông Khôi nói.</p>"
      "<p>“Chúng tôi đã sửa xong mái chợ vào tháng trước,” ông nói.</p>"),
     [("Chợ cá sẽ mở lại", "Võ Minh Khôi"), ("sửa xong mái chợ", "Võ Minh Khôi")]),
    # the given name "An" (English's article): after the honorific alone, and as the full name's last word
    ("vi-honorific-given-name-an", "vi",
     ("<p>Ông Đỗ Văn An là thuyền trưởng của bến phà.</p>"
      "<p>“Phà sẽ chạy lại từ thứ hai tuần sau,” ông An nói.</p>"),
     [("Phà sẽ chạy lại", "Đỗ Văn An")]),
    ("vi-honorific-lone-given-name-an", "vi",
     "<p>“Phà sẽ chạy lại từ thứ hai tuần sau,” ông An nói.</p>",
     [("Phà sẽ chạy lại", "An")]),
    ("vi-theo-honorific-name", "vi",
     "<p>Theo bà Đặng Thu Trang, “chợ cá sẽ mở lại trước mùa hè năm nay”.</p>",
     [("chợ cá sẽ mở lại", "Đặng Thu Trang")]),
    # Arabic "وأضاف:" (and he added) with no name after it: the one who spoke before
    ("ar-verb-alone-is-the-speaker-before", "ar",
     ("<p>قال رئيس البلدية كريم الشامي: \"سنعيد فتح سوق السمك قبل بداية الصيف\".</p>"
      "<p>وأضاف: \"أعمال الرصيف ستنتهي في الخريف المقبل\".</p>"),
     [("أعمال الرصيف ستنتهي", "كريم الشامي")]),
    # Hebrew: the verb, then the name (an office and its body before it); Hindi: the name, ने, the verb
    ("he-verb-office-name", "he",
     "<p>\"נפתח מחדש את שוק הדגים לפני הקיץ\", אמרה מנהלת הנמל נועה ברקוביץ.</p>",
     [("נפתח מחדש את שוק הדגים", "נועה ברקוביץ")]),
    # the name, the verb and a colon before the quote; a pronoun there is no name
    ("he-name-verb-colon", "he",
     "<p>נועה ברקוביץ אמרה: \"נפתח מחדש את שוק הדגים לפני הקיץ\".</p>",
     [("נפתח מחדש את שוק הדגים", "נועה ברקוביץ")]),
    ("he-pronoun-verb-colon", "he",
     "<p>ואז הוא אמר: \"נפתח מחדש את שוק הדגים לפני הקיץ\".</p>",
     [("נפתח מחדש את שוק הדגים", None)]),
    ("hi-name-ne-verb", "hi",
     "<p>\"हम गर्मियों से पहले मछली बाज़ार फिर से खोलेंगे,\" सुनीता चौहान ने कहा।</p>",
     [("मछली बाज़ार फिर से", "सुनीता चौहान")]),
    # Chinese: "他说" after a sentence naming someone by "is" and an office ("林晓东是渔业协会负责人"): him,
    # in the next paragraph or the same one
    # Chinese: to whom the words were said between the name and the verb ("对记者表示") is no part of the name
    ("zh-name-to-reporters-said-after-quote", "zh",
     "<p>“渡口会在冬天之前重新开放，”赵秋萍对记者表示。</p>",
     [("渡口会在冬天之前", "赵秋萍")]),
    ("zh-he-said-after-name-is-office", "zh",
     "<p>林晓东是渔业协会负责人。</p><p>他说：“我们会在夏天之前重新开放鱼市。”</p>",
     [("重新开放鱼市", "林晓东")]),
    ("zh-he-said-same-paragraph", "zh",
     "<p>林晓东是渔业协会负责人。他说：“我们会在夏天之前重新开放鱼市。”</p>",
     [("重新开放鱼市", "林晓东")]),
    # Croatian ("rekao je": the auxiliary after the verb, the subject dropped or named), Slovenian ("je
    # povedal": the auxiliary before), Bulgarian ("каза") and Catalan ("va dir")
    ("hr-rekao-je-name", "hr",
     "<p>„Ribarnicu ćemo ponovno otvoriti prije ljeta”, rekao je Zvonimir Barišić.</p>",
     [("Ribarnicu ćemo ponovno", "Zvonimir Barišić")]),
    ("hr-rekao-je-dropped-subject", "hr",
     ("<p>Zvonimir Barišić vodi ribarsku zadrugu od 2015.</p>"
      "<p>„Ribarnicu ćemo ponovno otvoriti prije ljeta”, rekao je.</p>"),
     [("Ribarnicu ćemo ponovno", "Zvonimir Barišić")]),
    ("sl-je-povedal-name", "sl",
     "<p>»Ribarnico bomo znova odprli pred poletjem,« je povedala Mojca Kovačič.</p>",
     [("Ribarnico bomo znova", "Mojca Kovačič")]),
    ("bg-kaza-name", "bg",
     "<p>„Ще отворим рибния пазар отново преди лятото“, каза Радослав Калоянов.</p>",
     [("Ще отворим рибния пазар", "Радослав Калоянов")]),
    ("ca-va-dir-name", "ca",
     "<p>«Tornarem a obrir la llotja abans de l’estiu», va dir Montserrat Vilaplana.</p>",
     [("Tornarem a obrir la llotja", "Montserrat Vilaplana")]),
    # An office opening a sentence in a language with no article ("Burmistrz powiedział:", "Мэр заявил:"):
    # capitalised for the sentence only, it stands for the one named in the office, or for nobody
    ("pl-bare-office-opening-named", "pl",
     ("<p>Burmistrz Teodor Grabiński przyjechał na nabrzeże w poniedziałek rano.</p>"
      "<p>Burmistrz powiedział: „Targ rybny otworzymy jeszcze przed latem”.</p>"),
     [("Targ rybny otworzymy", "Teodor Grabiński")]),
    ("pl-bare-office-opening-unnamed", "pl",
     ("<p>Nabrzeże zamknięto w poniedziałek po burzy.</p>"
      "<p>Burmistrz powiedział: „Targ rybny otworzymy jeszcze przed latem”.</p>"),
     [("Targ rybny otworzymy", None)]),
    ("ru-bare-office-opening-named", "ru",
     ("<p>Губернатор Аркадий Мелентьев приехал на набережную в понедельник.</p>"
      "<p>Губернатор заявил: «Рыбный рынок откроется до лета».</p>"),
     [("Рыбный рынок откроется", "Аркадий Мелентьев")]),
    ("ru-bare-office-opening-unnamed", "ru",
     ("<p>Набережную закрыли в понедельник после шторма.</p>"
      "<p>Мэр заявил: «Рыбный рынок откроется до лета».</p>"),
     [("Рыбный рынок откроется", None)]),
    ("en-trade-surname-opening", "en",
     ("<p>The quay was closed on Monday after the storm.</p>"
      "<p>Driver said: “The fish market will open again before the summer.”</p>"),
     [("fish market will open", "Driver")]),
    # A short lower-case quote closing a clause reported after a verb of saying ("Sie sagte, man habe
    # „…“"): the subject's words, not a term; after a preposition or an article, a term still
    ("de-reported-fragment-pronoun", "de",
     ("<p>Reinhild Oskamp betreibt die Fischhalle am Kai seit elf Jahren.</p>"
      "<p>Sie sagte, man habe „die Händler nie nach ihrer Meinung gefragt“.</p>"),
     [("die Händler nie nach", "Reinhild Oskamp")]),
    ("en-reported-fragment-name", "en",
     ("<p>Tamsin Greveling has run the fish hall on the quay for eleven years.</p>"
      "<p>Greveling said the board had “ignored the traders for years”.</p>"),
     [("ignored the traders", "Tamsin Greveling")]),
    ("es-reported-fragment-que", "es",
     ("<p>Inmaculada Berrocoso regenta la lonja del muelle desde hace once años.</p>"
      "<p>Ella dijo que la junta «nunca escuchó a los comerciantes».</p>"),
     [("nunca escuchó a los", "Inmaculada Berrocoso")]),
    ("en-reported-fragment-after-preposition", "en",
     ("<p>Tamsin Greveling has run the fish hall on the quay for eleven years.</p>"
      "<p>Last year Greveling pleaded guilty to “careless storage of harbour fuel”.</p>"),
     [("careless storage", None)]),
    ("en-reported-fragment-unnamed-body", "en",
     ("<p>Tamsin Greveling has run the fish hall on the quay for eleven years.</p>"
      "<p>The company claims its new fares saved riders “millions of pounds” since spring.</p>"),
     [("millions of pounds", None)]),
    # "according to" and a pronoun for one person, no comma before the quote ("Volgens haar is het „…”",
    # "Secondo lei «…»"): the person named before
    ("nl-according-pronoun-verb", "nl",
     ("<p>Reinske Tuinstra beheert de vishal aan de kade al elf jaar.</p>"
      "<p>Volgens haar is het „altijd te laat gemeld aan de handelaren”.</p>"),
     [("altijd te laat gemeld", "Reinske Tuinstra")]),
    ("it-according-pronoun", "it",
     ("<p>Gilda Pasqualetto gestisce il mercato del pesce sul molo da undici anni.</p>"
      "<p>Secondo lei «i commercianti non sono mai stati ascoltati dal consiglio».</p>"),
     [("i commercianti non sono", "Gilda Pasqualetto")]),
    ("pl-according-pronoun", "pl",
     ("<p>Bożena Kwiatkowska od jedenastu lat prowadzi halę rybną na nabrzeżu.</p>"
      "<p>Według niej „rada nigdy nie słuchała handlarzy ryb”.</p>"),
     [("rada nigdy nie", "Bożena Kwiatkowska")]),
    # An outlet's title in quote marks between the verb and the name: the outlet told, not the speaker
    ("ru-outlet-quoted-before-name", "ru",
     "<p>«Рыбный рынок откроется до лета», — рассказала «Портовой газете» Зинаида Калашникова.</p>",
     [("Рыбный рынок откроется", "Зинаида Калашникова")]),
    ("es-outlet-quoted-before-name", "es",
     "<p>«La lonja abrirá antes del verano», contó a «El Vigía del Puerto» Inmaculada Berrocoso.</p>",
     [("La lonja abrirá", "Inmaculada Berrocoso")]),
    # Japanese: the speaker as the topic before the quote (は), the verb after it with と
    ("ja-topic-quote-to-nobeta", "ja",
     "<p>漁業組合の浜崎律子組合長は「夏の前に魚市場を再開する」と述べた。</p>",
     [("夏の前に魚市場を再開する", "浜崎律子")]),
    ("ja-topic-where-quote-to-katatta", "ja",
     "<p>ソフィア・ベルナル氏は記者会見で「岸壁の工事は秋に終わる」と語った。</p>",
     [("岸壁の工事は秋に終わる", "ソフィア・ベルナル")]),
    # Japanese: the quote first, then its particle と, the speaker as the topic, the verb
    ("ja-quote-to-topic-then-verb", "ja",
     "<p>「冬の前に渡し船を再開したい」と大森澄江組合長は記者会見で語った。</p>",
     [("冬の前に渡し船", "大森澄江")]),
    ("ja-quote-to-surname-honorific-then-verb", "ja",
     "<p>「冬の前に渡し船を再開したい」と大森氏は述べた。</p>",
     [("冬の前に渡し船", "大森")]),
    ("ja-quote-to-office-no-name-ga-verb", "ja",
     "<p>「冬の前に渡し船を再開したい」と漁協組合長の大森澄江氏が語った。</p>",
     [("冬の前に渡し船", "大森澄江")]),
    # "according to a spokesperson for" an institution, opening the sentence before the quote: the institution
    # speaks; for a person, the unnamed aide does (null)
    ("en-according-to-spokesperson-for-institution", "en",
     "<p>According to a spokeswoman for the Quellmoor Ferry Company, the crossing will be “open again before "
     "the first frost.”</p>",
     [("open again before", "Quellmoor Ferry Company")]),
    ("en-according-to-spokesperson-for-person", "en",
     "<p>According to a spokesman for Idris Vantongeren, the crossing will be “open again before the first "
     "frost.”</p>",
     [("open again before", None)]),
    # Persian: the name, then the verb closing the clause, before the quote or after it
    ("fa-name-verb-colon-quote", "fa",
     "<p>پرویز رستگاری گفت: «بازار ماهی پیش از تابستان دوباره باز می‌شود.»</p>",
     [("بازار ماهی پیش", "پرویز رستگاری")]),
    ("fa-quote-name-verb", "fa",
     "<p>«بازار ماهی پیش از تابستان دوباره باز می‌شود»، پرویز رستگاری افزود.</p>",
     [("بازار ماهی پیش", "پرویز رستگاری")]),
    ("fa-pronoun-verb-no-name", "fa",
     "<p>او گفت: «بازار ماهی پیش از تابستان دوباره باز می‌شود.»</p>",
     [("بازار ماهی پیش", None)]),
    # Hindi: the name, ने and the verb leading in, a comma before the quote
    ("hi-name-ne-verb-lead-in", "hi",
     "<p>सुनीता चौहान ने कहा, \"हम गर्मियों से पहले मछली बाज़ार फिर से खोलेंगे।\"</p>",
     [("मछली बाज़ार फिर से", "सुनीता चौहान")]),
    # Indonesian: the formal prefixed verb before the quote
    ("id-name-mengatakan-quote", "id",
     "<p>Dewi Kartikasari mengatakan, “Pasar ikan akan dibuka lagi sebelum musim kemarau.”</p>",
     [("Pasar ikan akan", "Dewi Kartikasari")]),
    # Swedish: "she" before the verb in the next paragraph, the one named before
    ("sv-hon-verb-colon-next-paragraph", "sv",
     "<p>Ingrid Sjöberg leder fiskhandeln vid kajen sedan tjugo år.</p>"
     "<p>Hon tillade: ”Fiskmarknaden öppnar igen före sommaren.”</p>",
     [("Fiskmarknaden öppnar", "Ingrid Sjöberg")]),
    # the Arabic article and "bin" inside a name written in Latin letters
    ("en-arabic-article-surname", "en",
     "<p>“The fish market will reopen before the summer,” said Tariq al-Mansouri, who runs the cold store.</p>",
     [("fish market will reopen", "Tariq al-Mansouri")]),
    ("en-bin-in-name", "en",
     "<p>“The fish market will reopen before the summer,” said Faizal bin Osman Karimuddin.</p>",
     [("fish market will reopen", "Faizal bin Osman Karimuddin")]),
    # a person's spokesman set off by commas speaks, not the person; unnamed, nobody named speaks
    ("en-owners-spokesman-named", "en",
     "<p>Idris Vantongeren’s spokesman, Calum Fairbrass, said: “The crossing will be open again before the "
     "first frost.”</p>",
     [("open again before", "Calum Fairbrass")]),
    ("en-owners-spokesman-unnamed", "en",
     "<p>Idris Vantongeren’s spokesman said: “The crossing will be open again before the first frost.”</p>",
     [("open again before", None)]),
    # Arabic: a title alone between the verb and the name; "according to" (بحسب) after the quote
    ("ar-verb-title-name", "ar",
     "<p>وقال الدكتور كمال النجار: «سيعاد فتح سوق السمك قبل الصيف».</p>",
     [("سيعاد فتح سوق", "كمال النجار")]),
    ("ar-according-after-quote", "ar",
     "<p>«سيعاد فتح سوق السمك قبل الصيف»، بحسب كمال النجار.</p>",
     [("سيعاد فتح سوق", "كمال النجار")]),
    # the paragraph after a paragraph of one quotation says whose it was
    ("en-that-was-name-speaking-next", "en",
     "<p>“The crossing will be open again before the first frost, whatever the council decides.”</p>"
     "<p>That was Calum Fairbrass, the ferry’s skipper, speaking at the quay on Friday.</p>",
     [("open again before", "Calum Fairbrass")]),
    ("en-words-of-name-next", "en",
     "<p>“The crossing will be open again before the first frost, whatever the council decides.”</p>"
     "<p>Those were the words of Calum Fairbrass, who has skippered the ferry for thirty years.</p>",
     [("open again before", "Calum Fairbrass")]),
    ("en-so-says-name-next", "en",
     "<p>“The crossing will be open again before the first frost, whatever the council decides.”</p>"
     "<p>So says Calum Fairbrass, who has skippered the ferry for thirty years.</p>",
     [("open again before", "Calum Fairbrass")]),
    ("en-that-was-day-next-no-one", "en",
     "<p>“The crossing will be open again before the first frost, whatever the council decides.”</p>"
     "<p>That was Friday Harbor’s promise, and few believed it.</p>",
     [("open again before", None)]),
    # a surname's particles after two given names ("de la", "dos"), not an institution's name going on
    ("es-two-given-names-particles", "es",
     "<p>«El mercado de pescado abrirá antes del verano», aseguró el alcalde, Juan Carlos de la Fuente.</p>",
     [("El mercado de pescado", "Juan Carlos de la Fuente")]),
    ("pt-two-given-names-dos", "pt",
     "<p>“O mercado do peixe vai reabrir antes do verão”, garantiu José Maria dos Reis.</p>",
     [("O mercado do peixe", "José Maria dos Reis")]),
    ("es-two-given-names-institution-after", "es",
     "<p>«El mercado de pescado abrirá antes del verano», dijo Ana Ruiz de la Cámara de Comercio.</p>",
     [("El mercado de pescado", "Ana Ruiz")]),
    ("fr-colon-subject-particle", "fr",
     "<p>Le maire, Jean-Baptiste de Villeneuve, a été clair : « Le marché aux poissons rouvrira avant l’été. »</p>",
     [("Le marché aux poissons", "Jean-Baptiste de Villeneuve")]),
    ("en-irish-o-particle", "en",
     "<p>“The fish market will reopen before the summer,” said Seán Ó Ceallaigh, the harbour clerk.</p>",
     [("fish market will reopen", "Seán Ó Ceallaigh")]),
    ("ru-assured-office-name", "ru",
     "<p>«Рыбный рынок откроется до лета», — заверил мэр города Иван Петров.</p>",
     [("Рыбный рынок", "Иван Петров")]),
    ("id-office-before-name", "id",
     "<p>“Pasar ikan akan dibuka lagi sebelum musim kemarau,” kata Bupati Ahmad Fauzi kepada wartawan.</p>",
     [("Pasar ikan akan", "Ahmad Fauzi")]),
    # a short lower-case quotation after a person's postposed "according to": her view, not a term
    ("hu-szerint-short-fragment", "hu",
     "<p>Szalontai Ildikó szerint „senki sem kérdezte a halászokat”.</p>",
     [("senki sem kérdezte", "Szalontai Ildikó")]),
    # "according to" an office and a name opening the sentence, then the clause up to the quote, no comma
    ("nl-volgens-office-name-verb", "nl",
     "<p>Volgens wethouder Pieter van der Molen is de kade „veel te smal voor de vissersboten”.</p>",
     [("veel te smal", "Pieter van der Molen")]),
    ("de-laut-office-name-noun", "de",
     "<p>Laut Bürgermeisterin Swantje Harms ist der Kai „viel zu schmal für die Fischerboote, die jeden Tag "
     "anlegen“.</p>",
     [("viel zu schmal", "Swantje Harms")]),
    ("en-according-to-name-no-comma", "en",
     "<p>According to Calum Fairbrass the quay is “far too narrow for the boats that land there every "
     "single day”.</p>",
     [("far too narrow", "Calum Fairbrass")]),
    # a spokesperson for a titled person speaks, unnamed: not the person
    ("en-spokesperson-for-titled-person", "en",
     "<p>A spokeswoman for Mayor Idris Vantongeren said: “The crossing will be open again before the first "
     "frost.”</p>",
     [("open again before", None)]),
    # a pronoun after a sentence that turns to someone named once, in apposition, after another speaker
    ("pronoun-after-subject-of-sentence-before", "en",
     "<p>“The market should stay on the square,” said Wilhelmina Drost, who sells cheese there. Her cousin, "
     "Bartholomew Quince, rolled his eyes. “It has moved four times since I was a boy,” he said.</p>",
     [("market should stay", "Wilhelmina Drost"), ("moved four times", "Bartholomew Quince")]),
    # a surname whose particle opens with a capital when the surname stands alone
    ("nl-capital-particle-surname-alone", "nl",
     "<p>Pieternel van den Broek verkoopt al dertig jaar vis op de markt.</p>"
     "<p>„De markt hoort aan het water”, zei Van den Broek.</p>",
     [("De markt hoort", "Pieternel van den Broek")]),
    ("fr-capital-particle-surname-alone", "fr",
     "<p>Gwenaëlle Le Berre vend du poisson au marché depuis trente ans.</p>"
     "<p>« Le marché doit rester au bord de l’eau », insiste Le Berre.</p>",
     [("Le marché doit rester", "Gwenaëlle Le Berre")]),
    # "as" opening a reported clause: the name follows the verb, the quote comes later in the sentence
    ("ru-as-verb-name-then-reported-quote", "ru",
     "<p>Как подчеркнула Варвара Снегирёва, рынок должен остаться «там, где он стоял сто лет».</p>",
     [("там, где он стоял", "Варвара Снегирёва")]),
    ("de-as-verb-name-then-reported-quote", "de",
     "<p>Wie Wilhelmine Drostel betonte, gehört der Markt „ans Wasser und nirgendwo sonst hin“.</p>",
     [("ans Wasser und nirgendwo", "Wilhelmine Drostel")]),
    ("ru-warns-present-tense", "ru",
     "<p>Варвара Снегирёва торгует на рынке тридцать лет.</p>"
     "<p>«Без рынка набережная опустеет», — предупреждает Снегирёва.</p>",
     [("Без рынка набережная", "Варвара Снегирёва")]),
    # a dropped subject: only a time phrase after the verb
    ("es-dropped-subject-time-after-verb", "es",
     "<p>Casilda Arrontegui vende pescado en el mercado desde hace treinta años.</p>"
     "<p>«El mercado tiene que seguir junto al agua», insistió el martes.</p>",
     [("El mercado tiene", "Casilda Arrontegui")]),
    ("it-dropped-subject-weekday-after-verb", "it",
     "<p>Clementina Borghesan vende pesce al mercato da trent’anni.</p>"
     "<p>«Il mercato deve restare vicino all’acqua», ha ribadito lunedì.</p>",
     [("Il mercato deve", "Clementina Borghesan")]),
    # an incise set off by dashes inside one pair of quote marks
    ("es-incise-dashes-inside-quote", "es",
     "<p>«Lo que le falta al mercado —lamentó Casilda Arrontegui— es un tejado que no gotee».</p>",
     [("Lo que le falta al mercado", "Casilda Arrontegui")]),
    ("pl-incise-dashes-inside-quote", "pl",
     "<p>„Targowi brakuje – podkreśla Bronisława Kaczmarczyk – dachu, który nie przecieka”.</p>",
     [("Targowi brakuje", "Bronisława Kaczmarczyk")]),
    # a title and a surname as the subject of a clause leading in with a colon, no verb of saying
    ("title-surname-subject-before-colon", "en",
     "<p>Prof. Quillfeather has no patience for the plan: “Moving the market again would finish it off.”</p>",
     [("Moving the market again", "Quillfeather")]),
    # "the report says" opening a paragraph: whose report, named in the paragraph before
    ("document-says-owner-in-paragraph-before", "en",
     "<p>The Quayside Traders Guild released its yearly survey of stallholders on Thursday.</p>"
     "<p>The survey says the covered hall “loses a quarter of its customers every time it rains.”</p>",
     [("loses a quarter", "Quayside Traders Guild")]),
    # an office compound opening the sentence before the full name: not part of the name
    ("sv-definite-office-before-name", "sv",
     "<p>Torgchefen Ingegerd Wallenqvist svarade att hallen läcker varje höst. ”Taket måste lagas före "
     "vintern”, sa Wallenqvist.</p>",
     [("Taket måste lagas", "Ingegerd Wallenqvist")]),
    ("en-office-compound-before-name", "en",
     "<p>Harbourmaster Ingrid Wallenbeck answered that the hall leaks every autumn. “The roof has to be "
     "fixed before winter,” Wallenbeck said.</p>",
     [("roof has to be fixed", "Ingrid Wallenbeck")]),
    # Japanese: the topic, then a clause of its own before the quote; a firm in kanji and katakana;
    # the surname alone later for the full name; a noun for people, no name
    ("ja-topic-clause-before-quote", "ja",
     "<p>市場で魚を売る梶原節子さんが最初に手を挙げ、「市場は水辺に残すべきだと思います」と話した。</p>",
     [("市場は水辺に残す", "梶原節子")]),
    ("ja-firm-kanji-and-katakana", "ja",
     "<p>運営会社の南湊マーケットは声明で「屋根の修理は冬までに終える予定だ」と説明した。</p>",
     [("屋根の修理は冬までに", "南湊マーケット")]),
    ("ja-surname-alone-for-full-name", "ja",
     "<p>鍛冶谷宗介さんは三十年間、市場で野菜を売ってきた。</p>"
     "<p>「屋根が直らなければ、冬は店を開けられない」と鍛冶谷さんは話す。</p>",
     [("屋根が直らなければ", "鍛冶谷宗介")]),
    ("ja-people-noun-no-name", "ja",
     "<p>ある利用者は「雨の日は市場に来る人が半分になってしまう」と話した。</p>",
     [("雨の日は市場に来る", None)]),
    ("ja-according-to-before-quote", "ja",
     "<p>梶原節子教授によると、市場の客は「雨の日には半分以下に減ってしまう」という。</p>",
     [("雨の日には半分以下", "梶原節子")]),
    # one list of the offices after a Japanese name serves every pattern: a lawyer or a judge too
    ("ja-lawyer-topic-after-quote", "ja",
     "<p>「契約は来月に結ばれる予定だ」と真壁弁護士は記者会見で述べた。</p>",
     [("契約は来月に", "真壁")]),
    ("ja-judge-according-to", "ja",
     "<p>岩永裁判官によると、「判決は来週に言い渡される見通しだ」という。</p>",
     [("判決は来週に", "岩永")]),
    ("ja-topic-after-quote-when-and-office", "ja",
     "<p>鍛冶谷宗介町長は三十年前から市場に通っている。</p>"
     "<p>「市場の屋根は必ず冬までに直すつもりだ」と鍛冶谷町長は火曜日に述べた。</p>",
     [("市場の屋根は必ず", "鍛冶谷宗介")]),
    # a carrier's name as the speaker; "let it be known" as a verb of saying
    ("en-carrier-spokesperson", "en",
     "<p>“Sailings will resume on Monday morning,” a Kestrel Ferries spokesperson said.</p>",
     [("Sailings will resume", "Kestrel Ferries")]),
    ("it-fatto-sapere", "it",
     "<p>«Le corse riprenderanno lunedì mattina», ha fatto sapere Navigazione Serravella in una nota.</p>",
     [("Le corse riprenderanno", "Navigazione Serravella")]),
    ("pt-informou-org", "pt",
     "<p>“As viagens serão retomadas na segunda-feira de manhã”, informou a Fluvial Estuário em "
     "comunicado.</p>",
     [("As viagens serão", "Fluvial Estuário")]),
    # a Polish name only in the genitive after "according to": the nominative by its endings
    ("pl-according-genitive-only", "pl",
     "<p>Według Jacka Przybyłowskiego targ traci „co czwartego klienta w każdy deszczowy dzień”.</p>",
     [("co czwartego klienta", "Jacek Przybyłowski")]),
    ("pl-according-genitive-only-woman", "pl",
     "<p>Zdaniem Bożeny Kaczmarczykowskiej targ traci „co czwartego klienta w każdy deszczowy dzień”.</p>",
     [("co czwartego klienta", "Bożena Kaczmarczykowska")]),
    # German: a clause fronted before the verb, then a surname or a pronoun after it (not the clause's noun)
    ("de-fronted-clause-then-surname", "de",
     "<p>Rosalind Federspiel leitet seit zwölf Jahren das Marktamt.</p>"
     "<p>Auf die Frage, ob die Halle schließt, antwortete Federspiel: „Nicht, solange ich hier arbeite.“</p>",
     [("Nicht, solange ich", "Rosalind Federspiel")]),
    ("de-fronted-clause-then-pronoun", "de",
     "<p>Rosalind Federspiel leitet seit zwölf Jahren das Marktamt.</p>"
     "<p>Auf die Frage, ob die Halle schließt, antwortete sie: „Nicht, solange ich hier arbeite.“</p>",
     [("Nicht, solange ich", "Rosalind Federspiel")]),
    # the paper the words were said to, after a verb whose subject is dropped; a French feature's verb
    ("es-dropped-subject-said-to-this-paper", "es",
     "<p>Rosalinda Fuenmayor dirige el mercado desde hace doce años.</p>"
     "<p>«La nave no cerrará mientras yo trabaje aquí», explicó a este diario.</p>",
     [("La nave no cerrará", "Rosalinda Fuenmayor")]),
    ("fr-lance-role-word", "fr",
     "<p>Rosalinde Fournier dirige la halle depuis douze ans.</p>"
     "<p>« La halle ne fermera pas tant que je travaille ici », lance la directrice.</p>",
     [("La halle ne fermera", "Rosalinde Fournier")]),
    # the outlet told closes the sentence after the verb: the subject is dropped, not the outlet
    ("pt-told-outlet-subject-dropped", "pt",
     "<p>Rosália Ferreira dirige o mercado há doze anos.</p>"
     "<p>“O pavilhão não fecha enquanto eu aqui trabalhar”, disse à agência Lusitânia.</p>",
     [("O pavilhão não fecha", "Rosália Ferreira")]),
    ("pl-said-in-conversation-with-us", "pl",
     "<p>Rozalia Fiedorowicz od dwunastu lat kieruje targowiskiem.</p>"
     "<p>„Hala nie zostanie zamknięta, dopóki tu pracuję” – powiedziała w rozmowie z nami.</p>",
     [("Hala nie zostanie", "Rozalia Fiedorowicz")]),
    ("sv-enligt-opening-the-sentence", "sv",
     "<p>Enligt Rosalie Frykholm var saluhallen ”aldrig tänkt att stå tom så här länge”.</p>",
     [("aldrig tänkt att stå", "Rosalie Frykholm")]),
    # ---------------------------------------------------------------- court and sports reports: the office
    # word stands for the one named with it before, also with where or when it was said after it
    ("fr-judge-wrote-in-ruling", "fr",
     ("<p>La juge Bérénice Lautrec a débouté les pêcheurs mardi.</p>"
      "<p>« Le port a respecté la procédure de bout en bout », écrit la juge dans son jugement.</p>"),
     [("respecté la procédure", "Bérénice Lautrec")]),
    ("de-judge-wrote-in-ruling", "de",
     ("<p>Richterin Gesine Osterkamp wies die Klage der Fischer am Dienstag ab.</p>"
      "<p>„Der Hafen hat das Verfahren vollständig eingehalten“, schrieb die Richterin in ihrem Urteil.</p>"),
     [("Verfahren vollständig", "Gesine Osterkamp")]),
    ("es-coach-admitted-after-match", "es",
     ("<p>El entrenador Baltasar Ordóñez llegó al club en agosto.</p>"
      "<p>«Hoy no supimos defender el área pequeña», admitió el entrenador tras el partido.</p>"),
     [("no supimos defender", "Baltasar Ordóñez")]),
    ("pl-judge-wrote-in-reasons", "pl",
     ("<p>Sędzia Bożena Wierzbicka oddaliła w środę skargę rybaków.</p>"
      "<p>„Zarząd portu zachował wszystkie terminy” – napisała sędzia w uzasadnieniu.</p>"),
     [("Zarząd portu zachował", "Bożena Wierzbicka")]),
    ("en-role-then-place-and-name-is-the-name", "en",
     "<p>“The harbour wall comes first,” said the engineer at the port, Wendell Strachan.</p>",
     [("harbour wall comes first", "Wendell Strachan")]),
    # ---------------------------------------------------------------- whose words a sentence borrows
    ("de-mit-den-worten-von", "de",
     "<p>Mit den Worten von Gernot Vielhaber ist der Markt „das Wohnzimmer der ganzen Stadt“.</p>",
     [("Wohnzimmer der ganzen", "Gernot Vielhaber")]),
    ("it-con-le-parole-di", "it",
     "<p>Con le parole di Ermanno Pastorello, il mercato è «il salotto di tutta la città».</p>",
     [("il salotto di tutta", "Ermanno Pastorello")]),
    ("ru-po-slovam-genitive-before-comma", "ru",
     "<p>По словам Андрея Соколова, рынок «давно стал гостиной всего города».</p>",
     [("гостиной всего города", "Андрей Соколов")]),
    ("pl-wedlug-slow-masculine-genitive", "pl",
     "<p>Według słów Tomasza Nowaka targ jest „salonem całego miasta”.</p>",
     [("salonem całego miasta", "Tomasz Nowak")]),
    # ---------------------------------------------------------------- Chinese and Japanese offices and groups
    ("zh-description-before-de-then-name", "zh",
     "<p>在码头卖了三十年鱼的陈国栋说：“市场搬走以后，老顾客就找不到我们了。”</p>",
     [("老顾客就找不到", "陈国栋")]),
    ("zh-in-someones-words", "zh",
     "<p>用陈国栋的话说，老市场是“整座城市的客厅，谁也不能把它搬到郊外去”。</p>",
     [("整座城市的客厅", "陈国栋")]),
    ("zh-chief-executive-then-name", "zh",
     "<p>“新码头明年春天就会开放，”港口公司首席执行官林雅婷表示。</p>",
     [("新码头明年春天", "林雅婷")]),
    ("zh-coach-admitted-after-match", "zh",
     "<p>主教练马可赛后承认：“我们今天的防守太松散了。”</p>",
     [("防守太松散", "马可")]),
    ("zh-researchers-wrote-is-nobody", "zh",
     "<p>研究人员在报告中写道：“海水温度的上升速度超过了预期。”</p>",
     [("海水温度的上升", None)]),
    ("ja-research-team-is-nobody", "ja",
     "<p>研究チームは報告書で「海水温の上昇は予想より速い」と述べている。</p>",
     [("海水温の上昇", None)]),
    ("ja-presiding-judge-surname-to-full-name", "ja",
     ("<p>地裁の西村恭子裁判長は火曜日、漁業者の訴えを退けた。</p>"
      "<p>西村裁判長は判決で「港は手続きを守った」と述べた。</p>"),
     [("港は手続きを守った", "西村恭子")]),
    ("ja-admitted", "ja",
     "<p>港湾局の大川誠さんは「説明が足りなかった」と認めた。</p>",
     [("説明が足りなかった", "大川誠")]),
    # ---------------------------------------------------------------- verbs, offices and name particles
    ("it-ha-ribattuto", "it",
     "<p>«Il mercato resterà dov’è», ha ribattuto Fulvio Mancinelli.</p>",
     [("Il mercato resterà", "Fulvio Mancinelli")]),
    ("tr-judge-used-the-expression", "tr",
     ("<p>Hâkim Sevgi Arslan salı günü balıkçıların davasını reddetti.</p>"
      "<p>Arslan kararında “Liman idaresi tüm süreleri korudu” ifadesini kullandı.</p>"),
     [("Liman idaresi tüm", "Sevgi Arslan")]),
    ("tr-office-before-name", "tr",
     "<p>Savcı Kemal Yurdakul, “Balıkçıların kayıpları ayrıca incelenecek” dedi.</p>",
     [("Balıkçıların kayıpları", "Kemal Yurdakul")]),
    ("tr-mayor-office-then-three-part-name", "tr",
     "<p>Belediye Başkanı Ahmet Kemal Yurdakul, “Pazar yerinde kalacak, kimse taşınmayacak” dedi.</p>",
     [("Pazar yerinde kalacak", "Ahmet Kemal Yurdakul")]),
    ("en-office-then-three-part-name-then-she", "en",
     ("<p>Port Director Mary Ann Okonjo opened the meeting on Monday.</p>"
      "<p>“Nobody will be moved off the quay this year,” she said.</p>"),
     [("Nobody will be moved", "Mary Ann Okonjo")]),
    ("en-crown-prince-before-name", "en",
     "<p>“The harbour will be rebuilt within five years,” Crown Prince Rashid bin Hamad told the forum.</p>",
     [("harbour will be rebuilt", "Rashid bin Hamad")]),
    # Dutch "geven … toe/aan" holds the speaker between its parts; a phrase may follow the particle
    ("nl-separable-gaf-toe-then-phrase", "nl",
     "<p>„We speelden zwak”, gaf coach Wessel Drost toe na de wedstrijd. „Dat moet beter.”</p>",
     [("We speelden zwak", "Wessel Drost")]),
    ("nl-separable-gaf-aan", "nl",
     "<p>„De veerpont vaart vanaf juni weer elk uur”, gaf havenmeester Lotte Brink aan.</p>",
     [("De veerpont vaart", "Lotte Brink")]),
    ("nl-separable-legde-uit-then-phrase", "nl",
     "<p>„Het dak lekt al jaren”, legde beheerder Joris Vink uit tijdens de raadsvergadering.</p>",
     [("Het dak lekt al jaren", "Joris Vink")]),
    # a one-word answer led in by a colon, the speaker named in the same sentence
    ("de-fronted-asked-participle-short-answer", "de",
     "<p>Gefragt nach dem Eröffnungstag, sagte Wiebke Tammen nur: „Bald.“</p>",
     [("Bald.", "Wiebke Tammen")]),
    ("nl-fronted-asked-participle-short-answer", "nl",
     "<p>Gevraagd naar een nieuwe termijn, zei Sanne van Dijk alleen: „Nee.”</p>",
     [("Nee.", "Sanne van Dijk")]),
    ("fr-only-between-auxiliary-and-verb", "fr",
     "<p>Interrogée sur une nouvelle saison, Maëlle Quéré a simplement répondu : « Non. »</p>",
     [("Non.", "Maëlle Quéré")]),
    ("it-only-between-auxiliary-and-verb", "it",
     "<p>Interpellata sul porto, Ilaria Fenu ha semplicemente risposto: «Mai.»</p>",
     [("Mai.", "Ilaria Fenu")]),
    ("ru-cyrillic-bin-particle", "ru",
     "<p>«Рынок останется на месте», — сказал Халид бин Насер, глава администрации.</p>",
     [("Рынок останется", "Халид бин Насер")]),
    # a street a person stands on is no one "she" can be
    ("en-she-after-a-street-on-which", "en",
     ("<p>Marisol Penhallow waited outside her shop on Harbour Street.</p>"
      "<p>She has sold nets there since 1990. “The market was the heart of this town,” she said.</p>"),
     [("heart of this town", "Marisol Penhallow")]),
    # hearsay between the subject and the verb: "was known to have said", "is often quoted as saying"
    ("en-known-to-have-said", "en",
     "<p>Long before the war, Ada Fenwick was known to have said \"A garden is a promise the soil keeps to the patient.\"</p>",
     [("A garden is a promise", "Ada Fenwick")]),
    ("en-reported-to-have-told", "en",
     "<p>Ada Fenwick is reported to have told her students that “the soil keeps every promise you make it.”</p>",
     [("the soil keeps every promise", "Ada Fenwick")]),
    ("en-often-quoted-as-saying", "en",
     "<p>Ada Fenwick is often quoted as saying “a garden is a promise the soil keeps to the patient.”</p>",
     [("a garden is a promise", "Ada Fenwick")]),
    ("en-known-to-have-said-no-name", "en",
     "<p>The old gardeners were known to have said “never plant beans before the last frost of spring.”</p>",
     [("never plant beans", None)]),
    # whose words a writer borrows, led in by a colon as by a comma
    ("en-in-the-words-of-colon", "en",
     "<p>Keep your seeds dry. In the words of Ada Fenwick: \"A garden is a promise the soil keeps to the patient.\"</p>",
     [("A garden is a promise", "Ada Fenwick")]),
    ("en-according-to-colon", "en",
     "<p>The beds need turning twice a year. According to Ada Fenwick: “Turn them in March and again in "
     "October, never in summer.”</p>",
     [("Turn them in March", "Ada Fenwick")]),
    # "the report said" after a sentence that names the report's author after "by"
    ("en-report-by-the-authors-said", "en",
     "<p>The early results were disappointing, according to a May report by the Marlow Learning Lab and "
     "Tidewater Research, a research group.</p><p>Pupils gained only a few weeks of reading. “Overall the hours "
     "pupils get fall far short of what is needed,” the report said.</p>",
     [("Overall the hours", "Marlow Learning Lab and Tidewater Research")]),
    ("en-report-by-a-month-is-no-author", "en",
     "<p>A report due by May will set out the costs.</p><p>“Overall the hours pupils get fall far short of what "
     "is needed,” the report said.</p>",
     [("Overall the hours", None)]),
    # a piece of research speaks, not the journal that printed it; its author after "by" does
    ("en-study-published-in-a-journal", "en",
     "<p>A review of tea studies published in Tidal Medicine concludes that \"Tea drinking seems generally safe "
     "within usual levels of intake for most adults.\"</p>",
     [("Tea drinking seems", None)]),
    ("en-article-in-a-journal-colon", "en",
     "<p>Tea has a long history. A 2021 article in the journal Tidal Medicine explains: “As more mechanisms for "
     "caffeine have been found, new products have come with better safety records.”</p>",
     [("As more mechanisms", None)]),
    ("en-study-by-an-author-published-in-a-journal", "en",
     "<p>A study by Ann Lee published in Tidal Medicine concludes that \"Tea drinking seems generally safe within "
     "usual levels of intake for most adults.\"</p>",
     [("Tea drinking seems", "Ann Lee")]),
    ("en-editorial-in-a-newspaper-is-its-voice", "en",
     "<p>A 2021 editorial in the Tidal Herald argued that \"the harbour should stay open to fishing boats all year "
     "round.\"</p>",
     [("the harbour should stay open", "Tidal Herald")]),
    # a verb of describing inverted right after the quote, a name after it: who speaks
    ("en-inverted-describes-name", "en",
     "<p>Ann Orr suggests three cups. “Green tea keeps you alert for hours,” describes Holt. “The effect lasts "
     "well into the evening.”</p><p>Brenna Holt is a dietitian in Marlow.</p>",
     [("Green tea keeps you alert for hours", "Brenna Holt"), ("The effect lasts well into the", "Brenna Holt")]),
    ("en-describes-a-thing-is-no-incise", "en",
     "<p>Ann Orr ordered the curry. “A soft green curry with too much lime and not enough salt,” describes the "
     "menu.</p>",
     [("A soft green curry", None)]),
    # an expert round-up credits the quoted paragraph in a line of its own above it, with her office
    ("en-credited-from-line", "en",
     "<h3>Fixing slow speeds</h3><p>From Dana Whitfield, Chief Technology Officer of Tidewater Networks</p>"
     "<p>“A common issue I see is customers picking far-away servers. The best fix is a nearby server.”</p>",
     [("A common issue I see", "Dana Whitfield")]),
    ("en-from-a-place-line-credits-no-one", "en",
     "<p>From Marlow Harbour</p><p>“A common issue I see is customers picking far-away servers. The best fix is "
     "a nearby server.”</p>",
     [("A common issue I see", None)]),
]


def _found(found: list[cleanpage.Quote], piece: str) -> cleanpage.Quote | None:
    return next((q for q in found if piece in q.text), None)


PARAMS = [pytest.param(*c[1:], id=c[0]) for c in CASES]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), PARAMS)
def test_attribution_form(lang: str, paragraphs: str, expected: list[tuple[str, str | None]]) -> None:
    found = quotes(paragraphs, lang)
    got = []
    for piece, _speaker in expected:
        quote = _found(found, piece)
        got.append((piece, quote.speaker if quote is not None else "<not listed>"))
    want = [(piece, speaker) for piece, speaker in expected]
    # nobody named: not listed, or listed with no speaker
    got = [(piece, None if speaker == "<not listed>" and want[i][1] is None else speaker)
           for i, (piece, speaker) in enumerate(got)]
    assert got == want, [(q.text[:40], q.speaker) for q in found]


def test_dialogue_dash_speech_ended_by_a_comma_or_going_on_after_the_incise() -> None:
    """French sets no closing dash: a comma ends the words, then the verb of saying. Spanish words
    after the incise's own closing dash go on in the same voice."""
    cases = (
        ("fr", "<p>— Nous rouvrirons le port avant l’hiver, a déclaré la maire Odile Ferrand.</p>",
         [("Nous rouvrirons le port avant l’hiver", "Odile Ferrand")]),
        ("es", "<p>—Reabriremos el puerto antes del invierno —dijo la alcaldesa Rocío Almendral—. Nadie tendrá "
               "que esperar más.</p>",
         [("Reabriremos el puerto antes del invierno", "Rocío Almendral"),
          ("Nadie tendrá que esperar más.", "Rocío Almendral")]),
        ("fr", "<p>— Le port restera fermé tout l’hiver, et les pêcheurs du village attendent une réponse.</p>", []),
    )
    for lang, paragraph, want in cases:
        html = (f"<!doctype html><html lang='{lang}'><head><title>Port</title></head><body><article><h1>Port</h1>"
                + "".join(f"<p>Background paragraph {i} on the harbour story, long enough to read as running text "
                          f"of the article body.</p>" for i in range(4))
                + f"{paragraph}</article></body></html>")
        assert [(q.text, q.speaker) for q in cleanpage.clean(html).quotes] == want, paragraph

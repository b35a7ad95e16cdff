"""Builds the hard-case funding probe (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the studies, funders, companies, grant numbers and people do not
exist. The probe is mostly hard negatives, written from the issue's definition of `funding` before
the detectors' code was read: acknowledgements that only thank people, news sentences about grants,
budgets, subsidies, donations and investors with no "this work" of the page's own, a press release's
"About the company" box, event listings and sports sponsors, a charity's "your donation supports",
job ads for funded positions, a reference list whose titles mention grants, "supported by" in
compatibility text, reader-support and affiliate notices, and German, Dutch and Scandinavian
compounds (Förderverein, Fördermittel, subsidie, tilskud). The real cases hold a support sentence
beside general thanks, so the probe also checks that the thanks stay out of the value
(`not_funding` in a label: words of a sentence that must not be part of the funding value).
The last entries of each list (after "a second batch") were added after the first changes, the
same forms in other words, to see that the changes read forms and not these sentences.

usage: python benchmarks/funding-hard/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# A short news report on a study per language, that the cases' HTML is put into.
STORY = {
    "en": ["Researchers who fitted tiny data loggers to common swifts found that the birds cross the Alps at night and fly higher over the ridges than over the valleys.",
           "The loggers, which weigh less than a paper clip, recorded altitude and air pressure every few minutes during the autumn migration of more than forty birds.",
           "The team says the results help explain why swifts are rarely seen resting in the mountains, although they pass over them twice a year."],
    "de": ["Forschende haben Mauersegler mit winzigen Datenloggern ausgestattet und festgestellt, dass die Vögel die Alpen nachts überqueren.",
           "Die Geräte, leichter als eine Büroklammer, zeichneten während des Herbstzugs von mehr als vierzig Vögeln alle paar Minuten Flughöhe und Luftdruck auf.",
           "Nach Angaben des Teams erklären die Ergebnisse, warum Mauersegler in den Bergen kaum rastend beobachtet werden."],
    "fr": ["Des chercheurs ont équipé des martinets de minuscules enregistreurs et constaté que les oiseaux traversent les Alpes de nuit.",
           "Les appareils, plus légers qu'un trombone, ont mesuré l'altitude et la pression de l'air toutes les quelques minutes pendant la migration d'automne de plus de quarante oiseaux.",
           "Selon l'équipe, ces résultats expliquent pourquoi on voit rarement des martinets se reposer en montagne."],
    "es": ["Un equipo de investigadores colocó pequeños registradores a vencejos comunes y comprobó que las aves cruzan los Alpes de noche.",
           "Los aparatos, más ligeros que un clip, midieron la altitud y la presión del aire cada pocos minutos durante la migración otoñal de más de cuarenta aves.",
           "Según el equipo, los resultados explican por qué casi nunca se ven vencejos descansando en las montañas."],
    "it": ["Un gruppo di ricercatori ha applicato minuscoli registratori ai rondoni e ha scoperto che gli uccelli attraversano le Alpi di notte.",
           "Gli strumenti, più leggeri di una graffetta, hanno misurato quota e pressione dell'aria ogni pochi minuti durante la migrazione autunnale di oltre quaranta uccelli.",
           "Secondo il gruppo, i risultati spiegano perché i rondoni si vedono raramente riposare in montagna."],
    "pt": ["Uma equipa de investigadores colocou pequenos registadores em andorinhões e verificou que as aves atravessam os Alpes durante a noite.",
           "Os aparelhos, mais leves do que um clipe, mediram a altitude e a pressão do ar a cada poucos minutos durante a migração de outono de mais de quarenta aves.",
           "Segundo a equipa, os resultados explicam porque raramente se veem andorinhões a descansar nas montanhas."],
    "nl": ["Onderzoekers hebben gierzwaluwen uitgerust met kleine dataloggers en ontdekt dat de vogels 's nachts over de Alpen trekken.",
           "De apparaatjes, lichter dan een paperclip, registreerden tijdens de herfsttrek van ruim veertig vogels om de paar minuten de hoogte en de luchtdruk.",
           "Volgens het team verklaren de resultaten waarom gierzwaluwen zelden rustend in de bergen worden gezien."],
    "sv": ["Forskare har försett tornseglare med små dataloggrar och upptäckt att fåglarna korsar Alperna på natten.",
           "Loggrarna, lättare än ett gem, mätte höjd och lufttryck med några minuters mellanrum under höstflyttningen hos drygt fyrtio fåglar.",
           "Enligt forskarna förklarar resultaten varför tornseglare sällan ses vila i bergen."],
    "da": ["Forskere har udstyret mursejlere med små dataloggere og fundet ud af, at fuglene krydser Alperne om natten.",
           "Loggerne, der vejer mindre end en papirclips, målte højde og lufttryk med få minutters mellemrum under efterårstrækket hos mere end fyrre fugle.",
           "Ifølge forskerne forklarer resultaterne, hvorfor mursejlere sjældent ses hvile i bjergene."],
    "nb": ["Forskere har utstyrt tårnseilere med små dataloggere og funnet ut at fuglene krysser Alpene om natten.",
           "Loggerne, som veier mindre enn en binders, målte høyde og lufttrykk med noen minutters mellomrom under høsttrekket hos mer enn førti fugler.",
           "Ifølge forskerne forklarer resultatene hvorfor tårnseilere sjelden blir sett hvile i fjellene."],
    "pl": ["Naukowcy wyposażyli jerzyki w maleńkie rejestratory i ustalili, że ptaki przelatują nad Alpami nocą.",
           "Urządzenia, lżejsze od spinacza, co kilka minut zapisywały wysokość i ciśnienie powietrza podczas jesiennej wędrówki ponad czterdziestu ptaków.",
           "Zdaniem zespołu wyniki wyjaśniają, dlaczego jerzyki rzadko widuje się odpoczywające w górach."],
    "ja": ["研究チームはアマツバメに小型の記録装置を取り付け、鳥たちが夜間にアルプスを越えていることを明らかにした。",
           "クリップより軽い装置は、四十羽以上の秋の渡りの間、数分ごとに高度と気圧を記録した。",
           "研究チームによると、この結果は山でアマツバメが休む姿がほとんど見られない理由を説明するという。"],
    "zh": ["研究人员给普通楼燕装上了微型记录仪，发现这些鸟在夜间飞越阿尔卑斯山。",
           "这些比回形针还轻的记录仪在四十多只鸟的秋季迁徙中每隔几分钟记录一次高度和气压。",
           "研究团队表示，这一结果解释了为什么人们很少在山中看到楼燕停歇。"],
}

TITLES = {
    "en": "Swifts cross the Alps by night", "de": "Mauersegler überqueren die Alpen nachts",
    "fr": "Les martinets traversent les Alpes de nuit", "es": "Los vencejos cruzan los Alpes de noche",
    "it": "I rondoni attraversano le Alpi di notte", "pt": "Os andorinhões atravessam os Alpes à noite",
    "nl": "Gierzwaluwen trekken 's nachts over de Alpen", "sv": "Tornseglare korsar Alperna på natten",
    "da": "Mursejlere krydser Alperne om natten", "nb": "Tårnseilere krysser Alpene om natten",
    "pl": "Jerzyki przelatują nad Alpami nocą", "ja": "アマツバメは夜にアルプスを越える",
    "zh": "楼燕在夜间飞越阿尔卑斯山",
}


def section(heading: str, *paragraphs: str) -> str:
    return f"<h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)


# Where a case's HTML goes: "mid" between the story's first and second paragraphs, "end" after
# the story inside the article, "after" after the article element (inside <main>), "own" in place
# of the story (the case's HTML is the whole article body: a job ad, an event page, a manual page).
#
# Real cases: (lang, place, html, funding statements, not_funding, must_keep_in_body, note)
REAL = [
    ("en", "end", section("Acknowledgements",
        "We thank the wardens of the ridge station for their help in the field and two anonymous reviewers for their comments.",
        "This work was supported by the Corrin Ornithology Trust (grant COT-3381)."),
     ["This work was supported by the Corrin Ornithology Trust (grant COT-3381)."],
     ["We thank the wardens of the ridge station"], [], "thanks + grant, two paragraphs"),
    ("en", "end", section("Acknowledgements",
        "We are grateful to the volunteers who caught and released the birds, and to our families for their patience. The study was funded by the Alder Bird Research Fund under award ABR-5512."),
     ["The study was funded by the Alder Bird Research Fund under award ABR-5512."],
     [], [], "thanks + grant, one paragraph"),
    ("de", "end", section("Danksagung",
        "Wir danken den Kolleginnen und Kollegen der Vogelwarte für hilfreiche Diskussionen.",
        "Die Arbeit wurde von der Forschungsgemeinschaft Alpenvögel gefördert (Projekt FAV-219)."),
     ["Die Arbeit wurde von der Forschungsgemeinschaft Alpenvögel gefördert (Projekt FAV-219)."],
     ["Wir danken den Kolleginnen und Kollegen"], [], "thanks + Förderung"),
    ("fr", "end", section("Remerciements",
        "Nous remercions les bénévoles du col et les relecteurs anonymes pour leurs remarques.",
        "Ce travail a bénéficié d'une aide du Fonds Lumière pour la recherche (convention FLR-0917)."),
     ["Ce travail a bénéficié d'une aide du Fonds Lumière pour la recherche (convention FLR-0917)."],
     ["Nous remercions les bénévoles du col"], [], "thanks + aide"),
    ("es", "end", section("Agradecimientos",
        "Agradecemos a los guardas del refugio su ayuda durante las noches de captura.",
        "Este trabajo ha sido financiado por el proyecto VEN-332 de la Fundación Cielo Abierto."),
     ["Este trabajo ha sido financiado por el proyecto VEN-332 de la Fundación Cielo Abierto."],
     ["Agradecemos a los guardas del refugio"], [], "thanks + financiado"),
    ("nl", "end", section("Financiering",
        "Dit onderzoek is gefinancierd door het Fonds Trekvogels (projectnummer FT-4471)."),
     ["Dit onderzoek is gefinancierd door het Fonds Trekvogels (projectnummer FT-4471)."],
     [], [], "Financiering heading"),
    ("sv", "end", section("Tack",
        "Vi tackar personalen på fältstationen för hjälp med fångsten.",
        "Studien finansierades av Stiftelsen Fjällfågel (bidrag SF-2290)."),
     ["Studien finansierades av Stiftelsen Fjällfågel (bidrag SF-2290)."],
     ["Vi tackar personalen på fältstationen"], [], "thanks + finansierades"),
    ("da", "end", section("Finansiering",
        "Projektet er finansieret af Fonden for Trækfugle (bevilling FT-118)."),
     ["Projektet er finansieret af Fonden for Trækfugle (bevilling FT-118)."],
     [], [], "Danish heading"),
    ("nb", "end", "<p><em>Prosjektet er finansiert av Stiftelsen Fjellfugl gjennom programmet Trekk og Klima.</em></p>",
     ["Prosjektet er finansiert av Stiftelsen Fjellfugl gjennom programmet Trekk og Klima."],
     [], [], "Norwegian closing line"),
    ("it", "own", "<p>Il convegno riunisce per due giorni ornitologi e appassionati per discutere delle migrazioni sopra le Alpi.</p>"
                  "<p>Le sessioni del mattino sono dedicate ai dati raccolti con i registratori, quelle del pomeriggio alle osservazioni sul campo.</p>"
                  "<p>La partecipazione è gratuita previa iscrizione entro il 30 marzo.</p>"
                  "<p>Questo convegno è sostenuto dalla Fondazione Monte Rosa per le scienze naturali.</p>",
     ["Questo convegno è sostenuto dalla Fondazione Monte Rosa per le scienze naturali."],
     [], [], "a conference's own support line"),
    ("en", "own", "<p>The two-day workshop brings together field ornithologists and engineers who build tracking devices.</p>"
                  "<p>Talks in the morning cover loggers and batteries; the afternoons are for hands-on sessions with the devices.</p>"
                  "<p>Places are free but limited to sixty; registration closes on 30 March.</p>"
                  "<p>This event is supported by the Halvard Foundation and the Society for Field Biology.</p>",
     ["This event is supported by the Halvard Foundation and the Society for Field Biology."],
     [], [], "an event's own support line"),
    ("pt", "end", '<hr><p class="footnote"><small>Este estudo foi financiado pela Fundação Ave Migradora (projeto AM-2021-07).</small></p>',
     ["Este estudo foi financiado pela Fundação Ave Migradora (projeto AM-2021-07)."],
     [], [], "footnote"),
    ("pl", "end", section("Podziękowania",
        "Dziękujemy pracownikom stacji terenowej za pomoc przy odłowach.",
        "Badania sfinansowano ze środków grantu Fundacji Ptaków Górskich nr FPG-771."),
     ["Badania sfinansowano ze środków grantu Fundacji Ptaków Górskich nr FPG-771."],
     ["Dziękujemy pracownikom stacji terenowej"], [], "thanks + grant"),
    ("en", "end", section("Funding", "This research was funded by the Bramble Trust (grant BT-0420).")
                  + section("Competing interests", "The authors declare no competing interests.")
                  + "<h2>References</h2><ol>"
                  "<li>Ode P, Hale R. Private grants and the rise of bird tracking, 1990–2010. J Field Orn. 2018;12:44–51.</li>"
                  "<li>Marsh T. Who pays for migration science? Funding by foundations in Europe. Orn Rev. 2020;3:1–9.</li></ol>",
     ["This research was funded by the Bramble Trust (grant BT-0420)."],
     ["Private grants and the rise of bird tracking", "Who pays for migration science"],
     ["The authors declare no competing interests."], "Funding section + references"),
    ("de", "end", '<footer class="article-footer"><p>Dieses Projekt wird im Programm Vogelzug gefördert (Förderkennzeichen VZ-3310).</p></footer>',
     ["Dieses Projekt wird im Programm Vogelzug gefördert (Förderkennzeichen VZ-3310)."],
     [], [], "article footer"),
    ("en", "end", "<p><em>This report was produced with financial support from the Elmhurst Fund. Its contents are the sole responsibility of the authors.</em></p>",
     ["This report was produced with financial support from the Elmhurst Fund."],
     [], [], "a report's own support line"),
    ("fr", "own", "<p>La journée d'étude réunit chercheurs et bénévoles autour du suivi des oiseaux migrateurs.</p>"
                  "<p>Le matin est consacré aux enregistreurs, l'après-midi aux observations de terrain.</p>"
                  "<p>L'entrée est libre sur inscription.</p>"
                  "<p>Cette journée est soutenue par la Fondation Cerisier pour la nature.</p>",
     ["Cette journée est soutenue par la Fondation Cerisier pour la nature."],
     [], [], "an event's own support line"),
    ("ja", "end", section("謝辞", "調査にご協力いただいた山小屋の皆様に感謝します。", "本研究は雪国自然科学財団の助成を受けたものである。"),
     ["本研究は雪国自然科学財団の助成を受けたものである。"],
     ["調査にご協力いただいた山小屋の皆様"], [], "thanks + grant"),
    # a second batch, written after the first run: the same forms, other words
    ("de", "end", "<p><em>Wie alle Beiträge dieser Reihe wurde dieser Artikel von der Stiftung Lesewelt gefördert.</em></p>",
     ["Wie alle Beiträge dieser Reihe wurde dieser Artikel von der Stiftung Lesewelt gefördert."],
     [], [], "a German closing line, the work mid-sentence under 'dieser'"),
    ("sv", "end", "<p><em>Arbetet med rapporten har finansierats av Stiftelsen Norrsken.</em></p>",
     ["Arbetet med rapporten har finansierats av Stiftelsen Norrsken."], [], [], "Swedish closing line"),
    ("fr", "end", "<p><em>Ce reportage a été réalisé avec le soutien du Fonds pour le journalisme de montagne.</em></p>",
     ["Ce reportage a été réalisé avec le soutien du Fonds pour le journalisme de montagne."], [], [], "French closing line"),
    ("es", "end", section("Financiación", "La investigación fue financiada por la Fundación Olmo (ayuda FO-77)."),
     ["La investigación fue financiada por la Fundación Olmo (ayuda FO-77)."], [], [], "Spanish section"),
    ("en", "end", "<p><strong>Acknowledgements:</strong> We thank the bird ringers of the valley for their help. "
                  "This work was supported by the Penrose Wildlife Fund.</p>",
     ["This work was supported by the Penrose Wildlife Fund."], [], [], "an acknowledgements label, thanks + support"),
]

# Hard negatives: (lang, place, html, note)
NEGATIVE = [
    # acknowledgements holding only general thanks
    ("en", "end", section("Acknowledgements", "We thank the volunteers who counted birds at dawn, two reviewers for their careful reading, and our families for their patience and support."), "general thanks"),
    ("de", "end", section("Danksagung", "Wir danken allen Teilnehmerinnen und Teilnehmern sowie den Kolleginnen und Kollegen der Arbeitsgruppe für ihre Unterstützung und hilfreiche Diskussionen."), "general thanks"),
    ("fr", "end", section("Remerciements", "Les auteurs remercient les participants et les relecteurs anonymes pour leur soutien et leurs commentaires."), "general thanks"),
    ("es", "end", section("Agradecimientos", "Agradecemos a los voluntarios y a nuestras familias su paciencia y su apoyo durante el trabajo de campo."), "general thanks"),
    ("nl", "end", section("Dankwoord", "Wij danken de vrijwilligers, de reviewers en onze collega's voor hun steun en waardevolle opmerkingen."), "general thanks"),
    ("sv", "end", section("Tack", "Vi tackar alla deltagare och kollegor för stöd och goda råd under arbetet."), "general thanks"),
    ("it", "end", section("Ringraziamenti", "Ringraziamo i colleghi del laboratorio per il supporto e i revisori anonimi per i loro suggerimenti."), "general thanks"),
    ("pl", "end", section("Podziękowania", "Dziękujemy uczestnikom badania oraz recenzentom za cenne uwagi i wsparcie."), "general thanks"),
    ("ja", "end", section("謝辞", "調査にご協力いただいた皆様と、貴重なご助言をいただいた査読者の方々に感謝いたします。"), "general thanks"),
    ("da", "end", section("Tak", "Vi takker frivillige og kolleger for deres støtte og gode råd under feltarbejdet."), "general thanks"),
    # news sentences about grants, budgets, donations, subsidies
    ("en", "mid", "<p>The research council announced on Tuesday that it will award 40 million pounds in grants to universities studying coastal erosion over the next five years.</p>", "grants as news"),
    ("en", "mid", "<p>The health ministry is funding a pilot programme in six regions, supported by a grant of 3 million euros from the national lottery.</p>", "ministry funds a programme"),
    ("en", "mid", "<p>The foundation, set up by a retired shipping magnate, donated 2 million dollars to the children's hospital last year and has pledged to support its new wing.</p>", "philanthropy donates"),
    ("en", "mid", "<p>Philanthropies such as the Vellum Trust have poured money into malaria research, funding trials in four countries since 2015.</p>", "philanthropies fund research"),
    ("en", "end", "<p>The city's budget for next year includes 5 million dollars for bird-safe glass on public buildings, funded by a small levy on new developments.</p>", "budget news at the end"),
    ("de", "mid", "<p>Das Bundesministerium fördert das Programm mit insgesamt 50 Millionen Euro; die Fördermittel sollen vor allem an kleine Gemeinden gehen.</p>", "Fördermittel in news"),
    ("de", "mid", "<p>Der Förderverein der Grundschule hat für das neue Klettergerüst 4.000 Euro gesammelt und wird dabei von der örtlichen Sparkassenstiftung unterstützt.</p>", "Förderverein"),
    ("de", "end", "<p>Die Landesregierung stellt für den Vogelschutz im kommenden Jahr Fördergelder in Höhe von zwei Millionen Euro bereit, teilte eine Sprecherin mit.</p>", "Fördergelder at the end"),
    ("nl", "mid", "<p>De provincie kent een subsidie van 2 miljoen euro toe aan het project, dat ook wordt gefinancierd door de gemeente.</p>", "subsidie in news"),
    ("nl", "end", "<p>Het kabinet trekt extra geld uit voor natuuronderzoek; het programma wordt gefinancierd door het Landelijk Natuurfonds.</p>", "government programme funded"),
    ("sv", "mid", "<p>Regeringen avsätter 300 miljoner kronor i forskningsanslag, och satsningen stöds av flera regioner.</p>", "state grants news"),
    ("da", "mid", "<p>Kommunen har bevilget 5 millioner kroner i tilskud til den nye svømmehal, som også støttes af en lokal fond.</p>", "tilskud in news"),
    ("nb", "mid", "<p>Forskningsrådet har tildelt 20 millioner kroner til prosjektet, som også støttes av fylkeskommunen.</p>", "research council awards, news"),
    ("fr", "mid", "<p>Le ministère de la Culture a accordé une subvention de 500 000 euros au festival, également soutenu par la région.</p>", "subvention in news"),
    ("es", "mid", "<p>El ministerio financiará con 10 millones de euros un programa de becas, y la iniciativa está apoyada por varias fundaciones privadas.</p>", "ministry funds"),
    ("it", "mid", "<p>La regione ha stanziato 3 milioni di euro per il progetto, finanziato anche dalla fondazione bancaria locale.</p>", "region funds"),
    ("pt", "mid", "<p>A fundação doou 1 milhão de euros ao hospital e vai apoiar a construção da nova ala pediátrica.</p>", "donation news"),
    ("pl", "mid", "<p>Ministerstwo przeznaczy 100 milionów złotych na dotacje dla szkół; program jest współfinansowany przez Unię Europejską.</p>", "subsidies news"),
    ("zh", "mid", "<p>该基金会去年向儿童医院捐赠了两千万元，并承诺资助新病房的建设。</p>", "donation news"),
    # press-release boxes about the company
    ("en", "after", '<section class="boilerplate"><h3>About Larchwood Labs</h3><p>Larchwood Labs builds lightweight trackers for wildlife research. The company is backed by investors Tern Ventures and Pebble Capital and has raised 30 million dollars to date.</p></section>', "about the company: investors"),
    ("de", "after", '<section class="boilerplate"><h3>Über die Nordlicht GmbH</h3><p>Die Nordlicht GmbH entwickelt Sender für die Vogelforschung. Das Unternehmen wird von den Investoren Kranich Kapital und Eulenfonds unterstützt und hat bislang 12 Millionen Euro eingesammelt.</p></section>', "about the company: investors"),
    ("fr", "after", '<section class="boilerplate"><h3>À propos de Plume SAS</h3><p>Plume SAS conçoit des balises pour la recherche. La société est soutenue par les fonds Héron Capital et Aigrette Partenaires et a levé 8 millions d\'euros.</p></section>', "about the company: investors"),
    # event listings and sports sponsors
    ("en", "end", "<h2>What's on this weekend</h2><ul><li>Saturday: harbour fun run, sponsored by a local bakery.</li><li>Sunday: bird walk on the dunes, supported by the rangers' association.</li></ul>", "event listing with sponsors"),
    ("de", "end", "<h2>Veranstaltungstipps</h2><ul><li>Samstag: Sommerfest am See, gesponsert vom Autohaus Berger.</li><li>Sonntag: Vogelführung, unterstützt vom Naturschutzbund.</li></ul>", "event listing with sponsors"),
    ("en", "mid", "<p>The club's shirt sponsor, a betting company, extended its deal until 2029, and the training ground is sponsored by an airline.</p>", "sports sponsors"),
    ("it", "mid", "<p>La squadra, sponsorizzata da un'azienda di caffè, ha vinto domenica per due a uno.</p>", "sports sponsor"),
    ("da", "mid", "<p>Holdet, der er sponsoreret af en lokal bank, vandt søndagens kamp 3-1.</p>", "sports sponsor"),
    # charities' donation boxes
    ("en", "after", '<aside class="donate"><p>Your donation supports our work with homeless families. <a href="/donate">Donate today</a></p></aside>', "your donation supports"),
    ("de", "after", '<aside class="spenden"><p>Ihre Spende unterstützt unsere Arbeit für Kinder in Not. <a href="/spenden">Jetzt spenden</a></p></aside>', "Ihre Spende unterstützt"),
    ("fr", "after", '<aside class="don"><p>Votre don soutient nos actions auprès des personnes sans abri. <a href="/don">Je donne</a></p></aside>', "votre don soutient"),
    ("es", "end", "<p><strong>Tu donación apoya nuestros proyectos de agua potable en zonas rurales.</strong> <a href=\"/dona\">Dona ahora</a></p>", "tu donación apoya"),
    # job ads for funded positions
    ("en", "own", "<p>We are looking for a PhD student to join the migration ecology group from October.</p>"
                  "<p>You will build and deploy loggers, analyse flight tracks and write up the results for publication.</p>"
                  "<p>This is a fully funded position for three years, funded by the Kinross Research Council, with a stipend and fees covered.</p>"
                  "<p>Apply with a CV and a cover letter by 15 May.</p>", "funded position"),
    ("de", "own", "<p>In der Arbeitsgruppe Vogelzug ist zum 1. Oktober eine Doktorandenstelle zu besetzen.</p>"
                  "<p>Zu Ihren Aufgaben gehören die Auswertung von Flugdaten und die Betreuung von Feldarbeiten.</p>"
                  "<p>Die Stelle ist drittmittelfinanziert, wird von der Stiftung Zugvogel gefördert und ist auf drei Jahre befristet.</p>"
                  "<p>Bewerbungen bitte bis zum 15. Mai.</p>", "funded position"),
    ("nl", "own", "<p>Wij zoeken een promovendus voor onderzoek naar de trek van gierzwaluwen.</p>"
                  "<p>Je werkt met dataloggers en analyseert vluchtgegevens.</p>"
                  "<p>Deze promotieplaats wordt gefinancierd door het Fonds Vogeltrek en is voor vier jaar.</p>"
                  "<p>Solliciteren kan tot 1 juni.</p>", "funded position"),
    # a reference list whose titles mention grants
    ("en", "end", "<h2>References</h2><ol>"
                  "<li>Hale R, Ode P. Supported by the state: public grants for bird tracking. J Field Orn. 2017;9:12–20.</li>"
                  "<li>Brandt K. This work was funded twice: the history of a migration grant. Hist Sci. 2019;8:1–20.</li></ol>", "references with grant titles"),
    ("de", "end", "<h2>Literatur</h2><ol><li>Krause M. Gefördert durch die Stiftung? Forschungsförderung in der Ornithologie. Vogelwelt 2016;4:33–40.</li></ol>", "Literatur with Förderung title"),
    # "supported by" in compatibility text
    ("en", "end", "<h2>Requirements</h2><p>The companion app is supported by all current browsers, and Bluetooth 5.3 is supported by the logger's charging dock.</p>", "compatibility"),
    ("de", "end", "<h2>Systemvoraussetzungen</h2><p>Das Update wird von allen Geräten ab Android 13 unterstützt.</p>", "compatibility"),
    ("sv", "end", "<h2>Krav</h2><p>Appen stöds av iOS 17 och senare och fungerar med de flesta loggrar.</p>", "compatibility"),
    ("fr", "end", "<h2>Configuration requise</h2><p>Le format est pris en charge par la plupart des lecteurs et soutenu par les principaux navigateurs.</p>", "compatibility"),
    ("nl", "end", "<h2>Systeemeisen</h2><p>Deze functie wordt ondersteund door Windows 11 en macOS 14.</p>", "compatibility"),
    # reader support and affiliate notices
    ("en", "end", "<p><em>Our journalism is supported by readers like you. Become a member today.</em></p>", "reader support"),
    ("de", "end", "<p><em>Unser Journalismus wird von unseren Leserinnen und Lesern finanziert. Jetzt unterstützen.</em></p>", "reader support"),
    ("en", "end", "<p><em>Purchases made via the shop links in this piece may earn us a small fee, which helps pay for our work.</em></p>", "affiliate notice"),
    ("sv", "end", "<p><em>Vår journalistik finansieras av våra prenumeranter. Tack för ditt stöd!</em></p>", "reader support"),
    # a second batch, written after the first run: the same forms, other words
    ("de", "mid", "<p>Wie das Ministerium mitteilte, wird das Programm mit fünf Millionen Euro gefördert.</p>", "news, the work mid-sentence"),
    ("fr", "mid", "<p>La commune a voté une subvention pour le festival, qui est aussi soutenu par le département.</p>", "news, relative clause"),
    ("it", "mid", "<p>Il Comune ha stanziato 500 mila euro e il progetto è finanziato anche dalla Regione.</p>", "news, coordinated clause"),
    ("pt", "mid", "<p>A câmara aprovou o apoio e o projeto é financiado também pelo Estado.</p>", "news, coordinated clause"),
    ("es", "mid", "<p>El Gobierno regional anunció ayudas para el sector, y el programa está financiado con fondos europeos.</p>", "news, coordinated clause"),
    ("sv", "mid", "<p>Kommunen satsar tio miljoner på badhuset, och projektet finansieras delvis av staten.</p>", "news, coordinated clause"),
    ("da", "mid", "<p>Byrådet har afsat penge til cykelstien, og projektet støttes af en privat fond.</p>", "news, coordinated clause"),
    ("nl", "mid", "<p>Het college trekt geld uit voor de haven en het project wordt mede gefinancierd door de provincie.</p>", "news, coordinated clause"),
    ("en", "mid", "<p>The nonprofit, which is funded by the Arden Foundation, runs three clinics in the county.</p>", "an organisation described"),
    ("en", "mid", "<p>The university received a $5 million gift from the Corwen family to build a new library.</p>", "a gift as news"),
    ("en", "mid", "<p>Under the plan, the ministry will fund 200 new teaching posts, paid for by a tax on sugary drinks.</p>", "a plan's money"),
    ("en", "end", "<h2>Compatibility</h2><p>This feature is supported by PostgreSQL 14 and later, and by most hosted databases.</p>", "compatibility, a feature"),
    ("en", "end", "<h2>Specifications</h2><ul><li>Supported by: iOS 17 and Android 14</li><li>Battery: 20 hours</li></ul>", "a spec list"),
    ("de", "end", "<h2>Kompatibilität</h2><p>Die Funktion wird von allen Browsern ab Version 110 unterstützt.</p>", "compatibility"),
    ("en", "end", "<p><strong>Acknowledgements:</strong> We thank the reviewers and our families for their support.</p>", "an acknowledgements label, general thanks"),
    ("en", "mid", "<p>The camera is supported by a two-year warranty and free repairs at any of the brand's shops.</p>", "a warranty"),
]


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLES[lang], STORY[lang], place, html, section="Nature", site="Example Daily")


def cases() -> dict[str, tuple[str, dict]]:
    """The pages by id with their labels."""
    return story_cases("h", REAL, NEGATIVE, page)


def main() -> None:
    write_corpus(HERE, cases())

if __name__ == "__main__":
    main()

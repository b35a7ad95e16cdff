"""Held-out round 60 of benchmarks/speaker_forms.py: where the speaker sits in the markup.

Real news and magazine pages put the speaker's name in many places other than a "said" clause: in the
<cite> or <footer> of a <blockquote>, in a following paragraph ("— Name, role"), in the <figcaption> of
a <figure> pull quote, in <strong> labels or "Name:" at the start of the turns of a Q&A interview, in the
heading or body of a time-stamped live-blog entry, in a headline or subheading of the form
`Name: “...”`, in a photo caption, in the items of a list of reactions ("Name, role: “...”"), in the
cells of a table of quotes, or in a sub-heading that names the person whose quote follows. Quotes are
sometimes split across <br>. As many cases name nobody: a pull quote whose figcaption is only a photo
credit, an anonymous survey answer, a sign or slogan, a passage from an unsigned document, reader
comments without names; these expect None (also right when nothing is listed).

About half the quotations are English, the rest spread over the other 26 FILLER languages, in their own
quote marks and word order. Every name, place and quotation is invented. Each case is
(form, lang, paragraphs_html, expected) with expected a list of (piece, speaker): piece an exact
substring of the quotation's text, speaker the name without titles or role words, or None.

Written blind (without reading the attributor or any other speaker round).
"""

from __future__ import annotations

P = "<p>{}</p>".format
H2 = "<h2>{}</h2>".format
H3 = "<h3>{}</h3>".format


def _ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _rows(*rows: tuple[str, str]) -> str:
    return "<table><tbody>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</tbody></table>"


def _entry(time: str, heading: str, body: str) -> str:
    return (f"<div class='live-entry'><time datetime='2026-03-14T{time}:00Z'>{time}</time>"
            f"<h3>{heading}</h3>{body}</div>")


_EN = [
    # <blockquote> with the name in <cite> or <footer>
    ("r60-blockquote-cite", "en",
     P("The council met late into the night to settle the ferry timetable.")
     + "<blockquote><p>“We cannot run a ferry on promises and a single engine.”</p>"
     "<cite>Harriet Quennell, harbour master</cite></blockquote>"
     + P("The vote is expected next week."),
     [("run a ferry on promises", "Harriet Quennell")]),
    ("r60-blockquote-cite", "en",
     "<blockquote><p>“The orchard survived two floods and it will survive this one.”</p>"
     "<footer>— Osric Pendleford, fruit grower</footer></blockquote>"
     + P("Growers along the lower bank lost most of their spring blossom."),
     [("orchard survived two floods", "Osric Pendleford")]),
    ("r60-blockquote-cite", "en",
     ("<blockquote><p>“Every child in this valley deserves a library within walking distance.”</p>"
     "<footer><cite>— Dr. Imogen Saltmarsh</cite>, county education officer</footer></blockquote>"),
     [("library within walking distance", "Imogen Saltmarsh")]),
    ("r60-blockquote-cite", "en",
     P("Residents packed the chapel hall on Thursday.")
     + "<blockquote><p>“Nobody asked us before the trees came down.”</p>"
     "<footer><strong>Ludmila Carrow</strong>, resident of Thornback Lane</footer></blockquote>"
     + P("Later, the developer’s spokesman, Fergus Nyland, said the work had been approved in 2024."),
     [("Nobody asked us before", "Ludmila Carrow")]),
    ("r60-blockquote-cite", "en",
     ("<blockquote class='quote'><p>“The bridge is safe, but it is tired.”</p>"
     "<p>“Tired bridges need money, not speeches.”</p>"
     "<cite>— Mayor Adaeze Brightwater</cite></blockquote>"),
     [("bridge is safe, but it is tired", "Adaeze Brightwater"),
      ("Tired bridges need money", "Adaeze Brightwater")]),
    ("r60-blockquote-cite", "en",
     ("<blockquote><p>We were told the mill would reopen in the spring. It is now autumn and the gates are "
     "still chained.</p><footer>Cornelius Drabble, former loom operator</footer></blockquote>"),
     [("gates are still chained", "Cornelius Drabble")]),
    ("r60-blockquote-cite", "en",
     ("<blockquote><p>“The lake is lower than my grandfather ever saw it.”</p>"
     "<footer>— Tobiah Venn, <cite>speaking to the Riverside Courier</cite></footer></blockquote>"),
     [("lower than my grandfather", "Tobiah Venn")]),
    ("r60-blockquote-cite", "en",
     "<blockquote><p>“A town that stops reading stops arguing, and a town that stops arguing stops "
     "growing.”</p><cite>Professor Maelis Ardent</cite></blockquote>"
     + P("The remark drew applause from the forty people in the room."),
     [("stops arguing stops growing", "Maelis Ardent")]),

    # <blockquote> followed by a paragraph holding the name
    ("r60-blockquote-after", "en",
     "<blockquote><p>“We will keep the clinic open on Saturdays, whatever the budget says.”</p></blockquote>"
     + P("— Priya Lanterman, clinic director"),
     [("open on Saturdays", "Priya Lanterman")]),
    ("r60-blockquote-after", "en",
     P("The union’s statement was short.")
     + "<blockquote><p>“Our members will not cross a line they helped to draw.”</p></blockquote>"
     + P("— Gideon Farrowby, branch secretary, Valley Transport Union"),
     [("cross a line they helped to draw", "Gideon Farrowby")]),
    ("r60-blockquote-after", "en",
     "<blockquote><p>“The noise starts at five and it never stops.”</p></blockquote>"
     + "<p class='attribution'>Wilhelmina Stroud, who lives beside the depot</p>"
     + P("The depot operator said it was reviewing its hours."),
     [("noise starts at five", "Wilhelmina Stroud")]),
    ("r60-blockquote-after", "en",
     "<blockquote><p>“If the river rises again, we have nowhere to put the cattle.”</p></blockquote>"
     + P("<em>— Ambrose Kettleby, dairy farmer, speaking at the flood meeting</em>"),
     [("nowhere to put the cattle", "Ambrose Kettleby")]),
    ("r60-blockquote-after", "en",
     "<blockquote><p>“Tourism pays for the lifeboat, and the lifeboat saves the tourists.”</p></blockquote>"
     + P("That was how Rosalind Achterberg, the lifeboat station’s treasurer, put it."),
     [("lifeboat saves the tourists", "Rosalind Achterberg")]),
    ("r60-blockquote-after", "en",
     "<blockquote><p>“I have never seen the square so full.”</p></blockquote>"
     + P("— Constance Merriweather-Obi")
     + "<blockquote><p>“Nor have I, and I have lived here eighty years.”</p></blockquote>"
     + P("— Errol Tavistock"),
     [("square so full", "Constance Merriweather-Obi"), ("lived here eighty years", "Errol Tavistock")]),

    # <figure> pull quotes with a <figcaption>
    ("r60-figure-pull", "en",
     "<figure class='pullquote'><blockquote><p>“Schools are the last public rooms we have.”</p></blockquote>"
     "<figcaption>Bartholomew Ense, head teacher</figcaption></figure>"
     + P("The school board will publish its plan in May."),
     [("last public rooms we have", "Bartholomew Ense")]),
    ("r60-figure-pull", "en",
     ("<figure class='pull-quote'><blockquote>“The forest does not need us. We need the forest.”</blockquote>"
     "<figcaption>— Ottilie Marchbanks</figcaption></figure>"),
     [("We need the forest", "Ottilie Marchbanks")]),
    ("r60-figure-pull", "en",
     P("Ranger Desmond Oakhurst has walked the ridge path for twenty years.")
     + "<figure><blockquote><p>“Half the litter up here is from people who love the place.”</p></blockquote>"
     "<figcaption>Desmond Oakhurst</figcaption></figure>",
     [("people who love the place", "Desmond Oakhurst")]),
    ("r60-figure-pull", "en",
     ("<figure class='quote'><p class='pull'>“My shop has outlived three bypasses.”</p>"
     "<figcaption><span class='name'>Genevieve Tull</span> <span class='role'>hardware shop owner</span>"
     "</figcaption></figure>"),
     [("outlived three bypasses", "Genevieve Tull")]),

    # pull quotes and quotes that name nobody
    ("r60-none", "en",
     "<figure class='pullquote'><blockquote><p>“The valley remembers every flood.”</p></blockquote>"
     "<figcaption>Photo: Hollis Warrender / Riverside Courier</figcaption></figure>"
     + P("Water levels are being checked twice a day at the weir."),
     [("valley remembers every flood", None)]),
    ("r60-none", "en",
     P("In the council’s survey of 400 households, answers were published without names.")
     + "<blockquote><p>“We would take the bus if it came more than twice a day.”</p></blockquote>"
     + P("Another respondent wrote: “The car is not a choice here, it is a necessity.”"),
     [("more than twice a day", None), ("not a choice here", None)]),
    ("r60-none", "en",
     P("A hand-painted sign at the farm gate reads “Fresh eggs — honesty box”.")
     + P("Protesters outside the hall carried banners reading “Save Our Wards”."),
     [("honesty box", None), ("Save Our Wards", None)]),
    ("r60-none", "en",
     P("The leaked planning memo, which is not signed, states: “The eastern fields should be presented as "
     "unsuitable for farming.”")
     + P("The document continues: “Consultation is to be kept to the minimum required.”"),
     [("presented as unsuitable", None), ("kept to the minimum", None)]),
    ("r60-none", "en",
     H3("What readers said")
     + "<div class='comments'><div class='comment'><p>“Build the houses, the young people are leaving.”</p></div>"
     "<div class='comment'><p>“Not on the floodplain, please.”</p></div></div>",
     [("young people are leaving", None), ("Not on the floodplain", None)]),
    ("r60-none", "en",
     ("<figure><blockquote><p>“There is no such thing as a quiet harbour.”</p></blockquote>"
     "<figcaption>Picture: Courier archive</figcaption></figure>"),
     [("no such thing as a quiet harbour", None)]),
    ("r60-none", "en",
     P("The town motto, carved over the market hall door, is “Work and be welcome”.")
     + P("A poster in the station window says “Mind the gap between promise and delivery”."),
     [("Work and be welcome", None), ("promise and delivery", None)]),
    ("r60-none", "en",
     P("One caller to the helpline, who did not give a name, said: “I just want to know when the water "
     "will be safe.”")
     + P("An anonymous post on the village forum read: “The meeting was decided before it started.”"),
     [("when the water will be safe", None), ("decided before it started", None)]),
    ("r60-none", "en",
     "<figure class='pullquote'><blockquote>“Some days the tide wins.”</blockquote>"
     "<figcaption><small>Illustration by Marisol Quint</small></figcaption></figure>"
     + P("Sea defences along the front were last renewed in 1998."),
     [("Some days the tide wins", None)]),
    ("r60-none", "en",
     P("The 1911 charter of the co-operative says its purpose is “to keep bread within reach of every "
     "family on the hill”."),
     [("within reach of every family", None)]),

    # Q&A interviews
    ("r60-qa", "en",
     P("Wenonah Castellane has run the valley’s only cinema for thirty years. She spoke to Silas Brennock.")
     + P("<strong>Silas Brennock:</strong> Why keep the cinema open?")
     + P("<strong>Wenonah Castellane:</strong> Because a town without a dark room to laugh in is not a town.")
     + P("<strong>Silas Brennock:</strong> And the money?")
     + P("<strong>Wenonah Castellane:</strong> The money has never worked. The people have."),
     [("Why keep the cinema open", "Silas Brennock"),
      ("dark room to laugh in", "Wenonah Castellane"),
      ("The money has never worked", "Wenonah Castellane")]),
    ("r60-qa", "en",
     P("Engineer Thaddeus Mbeki-Lorne designed the new weir. This interview has been edited for length.")
     + P("<strong>Q:</strong> Will the weir stop the flooding?")
     + P("<strong>A:</strong> It will stop the small floods. Nothing stops the big ones.")
     + P("<strong>Q:</strong> What about the fish?")
     + P("<strong>A:</strong> The fish pass on the north side is wider than the old one."),
     [("Nothing stops the big ones", "Thaddeus Mbeki-Lorne"),
      ("fish pass on the north side", "Thaddeus Mbeki-Lorne")]),
    ("r60-qa", "en",
     P("Rowena Achebe-Hart: The first winter I had no heating at all.")
     + P("Lucan Fairweather: How did you get through it?")
     + P("Rowena Achebe-Hart: Blankets, soup and stubbornness."),
     [("no heating at all", "Rowena Achebe-Hart"), ("How did you get through it", "Lucan Fairweather"),
      ("soup and stubbornness", "Rowena Achebe-Hart")]),
    ("r60-qa", "en",
     H2("“I still open every letter by hand”")
     + P("Postmistress Ines Valderrama is retiring after forty-one years. Interview by Hamish Dorr.")
     + P("<b>What will you miss?</b>")
     + P("The gossip, honestly. The counter was where the village told itself the news.")
     + P("<b>And what won’t you miss?</b>")
     + P("The forms. Every year there were more forms."),
     [("open every letter by hand", "Ines Valderrama"),
      ("village told itself the news", "Ines Valderrama"),
      ("Every year there were more forms", "Ines Valderrama")]),
    ("r60-qa", "en",
     P("Below, the chef Kwabena Holloway-Price answers questions from our food writer, Jessamy Tarrant.")
     + "<dl><dt>Jessamy Tarrant</dt><dd>Where do your vegetables come from?</dd>"
     "<dt>Kwabena Holloway-Price</dt><dd>From four farms, none more than ten miles away.</dd>"
     "<dt>Jessamy Tarrant</dt><dd>Is that more expensive?</dd>"
     "<dt>Kwabena Holloway-Price</dt><dd>Yes, and worth every penny.</dd></dl>",
     [("none more than ten miles away", "Kwabena Holloway-Price"),
      ("worth every penny", "Kwabena Holloway-Price"),
      ("Is that more expensive", "Jessamy Tarrant")]),
    ("r60-qa", "en",
     P("We put five questions to the candidate, Marguerite Oduya-Sloane.")
     + P("<strong>Housing?</strong> “Build on the brown sites first, and build to rent.”")
     + P("<strong>Transport?</strong> “A bus every twenty minutes, or it is not a service.”"),
     [("brown sites first", "Marguerite Oduya-Sloane"), ("bus every twenty minutes", "Marguerite Oduya-Sloane")]),

    # live-blog entries
    ("r60-liveblog", "en",
     _entry("09:12", "Council leader speaks",
            P("The council leader, Leopold Harkness, told the chamber: “We will not sell the park.”"))
     + _entry("09:40", "Opposition replies",
              P("“Then say where the money comes from,” replied Nadia Fenwick-Osei, leader of the opposition.")),
     [("We will not sell the park", "Leopold Harkness"), ("where the money comes from", "Nadia Fenwick-Osei")]),
    ("r60-liveblog", "en",
     _entry("14:05", "Harbour closed",
            P("The harbour has been closed to small craft. “The swell is too big for anything under ten "
              "metres,” said coastguard officer Bram Oyelowo."))
     + _entry("14:22", "Ferries cancelled",
              P("All afternoon ferries are cancelled, the operator said in a statement.")),
     [("too big for anything under ten", "Bram Oyelowo")]),
    ("r60-liveblog", "en",
     _entry("16:30", "Mayor: “Stay indoors tonight”",
            P("Mayor Hildegard Ashworth urged residents not to drive after dark."))
     + _entry("16:45", "Reader message",
              P("A reader in Lowbridge writes: “The road by the church is already under water.”")),
     [("Stay indoors tonight", "Hildegard Ashworth"), ("already under water", None)]),
    ("r60-liveblog", "en",
     _entry("11:02", "Fire chief Okonkwo-Reyes on the blaze",
            P("“The fire is contained but not out,” she said. “Keep your windows shut.”")),
     [("contained but not out", "Okonkwo-Reyes"), ("Keep your windows shut", "Okonkwo-Reyes")]),
    ("r60-liveblog", "en",
     _entry("12:10", "Update", P("Crews have reopened the eastern bridge."))
     + _entry("12:35", "Minister visits",
              P("Transport minister Caspian Yarrow arrived at the bridge shortly after noon.")
              + P("“I want this road open by Friday,” he told engineers.")),
     [("open by Friday", "Caspian Yarrow")]),

    # headlines and subheadings “Name: ...”
    ("r60-headline", "en",
     H2("Beatrix Holloway: “The archive belongs to the town”")
     + P("The historian has led the campaign to keep the records in the valley."),
     [("archive belongs to the town", "Beatrix Holloway")]),
    ("r60-headline", "en",
     H3("Anselm Whitlock: ‘We ran out of sandbags by midnight’")
     + P("The volunteer coordinator described the night the bank gave way."),
     [("ran out of sandbags", "Anselm Whitlock")]),
    ("r60-headline", "en",
     H2("Principal Dorothea Nkem: “No pupil will be turned away”")
     + P("The school will admit every child from the flooded estates."),
     [("No pupil will be turned away", "Dorothea Nkem")]),
    ("r60-headline", "en",
     H2("“We are not a museum”, says the new director of the Wool Hall, Ferdinand Osgood")
     + P("The hall will host markets and concerts from the summer."),
     [("We are not a museum", "Ferdinand Osgood")]),
    ("r60-headline", "en",
     H2("“Keep the lights on”: the campaign to save the lighthouse")
     + P("The lighthouse has stood on the point since 1862."),
     [("Keep the lights on", None)]),

    # photo captions
    ("r60-caption", "en",
     ("<figure><img src='market.jpg' alt=''><figcaption>Stallholder Perpetua Vance at the Saturday market. "
     "“People come for the cheese and stay for the talk,” she said. Photo: Jonah Keel</figcaption></figure>"),
     [("stay for the talk", "Perpetua Vance")]),
    ("r60-caption", "en",
     ("<figure><img src='boat.jpg' alt=''><figcaption>“She is older than I am and she still floats,” says "
     "boatbuilder Augustin Ferrers of the restored lugger. <span class='credit'>Picture: Sunniva Holt</span>"
     "</figcaption></figure>"),
     [("still floats", "Augustin Ferrers")]),
    ("r60-caption", "en",
     ("<figure><img src='protest.jpg' alt=''><figcaption>A placard at Saturday’s march read “Trains not "
     "tolls”. (Photo: Courier staff)</figcaption></figure>"),
     [("Trains not tolls", None)]),
    ("r60-caption", "en",
     ("<figure><img src='hall.jpg' alt=''><figcaption>Clementine Ashby-Nwosu, 94, in the hall she helped build: "
     "“We carried every brick up that hill.”</figcaption></figure>"),
     [("carried every brick", "Clementine Ashby-Nwosu")]),

    # lists of reactions
    ("r60-reactions", "en",
     P("Reaction to the closure came quickly:")
     + _ul("<strong>Isadora Flint</strong>, parent: “Where will the little ones go now?”",
           "<strong>Reuben Okafor-Drake</strong>, councillor: “The decision was made in a spreadsheet.”",
           "<strong>Marta Lindqvist-Hale</strong>, nursery owner: “We have room for ten, not sixty.”"),
     [("little ones go now", "Isadora Flint"), ("made in a spreadsheet", "Reuben Okafor-Drake"),
      ("room for ten, not sixty", "Marta Lindqvist-Hale")]),
    ("r60-reactions", "en",
     H3("What they said")
     + _ul("Cedric Almond, farmer: “Rain at last, but too much at once.”",
           "Yasmin Delacourt, shopkeeper: “Business is down by a third.”",
           "A delivery driver: “I go round by the hill road now.”"),
     [("too much at once", "Cedric Almond"), ("down by a third", "Yasmin Delacourt"),
      ("round by the hill road", None)]),
    ("r60-reactions", "en",
     _ul("“A brave budget.” — Octavia Penhallow, chamber of commerce",
         "“A budget for the few.” — Lionel Abernethy-Sow, tenants’ association",
         "“We will read it carefully.” — a spokesperson who declined to be named"),
     [("A brave budget", "Octavia Penhallow"), ("A budget for the few", "Lionel Abernethy-Sow"),
      ("read it carefully", None)]),
    ("r60-reactions", "en",
     P("On social media, the reaction was mixed:")
     + _ul("“Finally!” wrote one user.", "“Ten years too late,” wrote another.",
           "“Who is paying for this?” asked a third."),
     [("Ten years too late", None), ("Who is paying for this", None)]),

    # tables of quotes
    ("r60-table", "en",
     P("We asked the candidates one question: what would you change first?")
     + "<table><thead><tr><th>Candidate</th><th>Answer</th></tr></thead><tbody>"
     "<tr><td>Aurelio Banks</td><td>“The bus timetable, on day one.”</td></tr>"
     "<tr><td>Solveig Macready</td><td>“The planning office opening hours.”</td></tr>"
     "<tr><td>Temperance Oduro</td><td>“The bins. Everyone talks about the bins.”</td></tr></tbody></table>",
     [("bus timetable, on day one", "Aurelio Banks"), ("planning office opening hours", "Solveig Macready"),
      ("Everyone talks about the bins", "Temperance Oduro")]),
    ("r60-table", "en",
     _rows(("“The river is our road.”", "Hector Valmont, boatman"),
           ("“The river is our worry.”", "Gwendolyn Arkwright, insurer")),
     [("river is our road", "Hector Valmont"), ("river is our worry", "Gwendolyn Arkwright")]),
    ("r60-table", "en",
     P("Answers from the residents’ survey (names withheld):")
     + "<table><tr><th>Street</th><th>Comment</th></tr>"
     "<tr><td>Mill Row</td><td>“Too many lorries before seven.”</td></tr>"
     "<tr><td>Church Walk</td><td>“The new lights are too bright.”</td></tr></table>",
     [("lorries before seven", None), ("new lights are too bright", None)]),

    # quotes split across <br>
    ("r60-br", "en",
     ("<blockquote><p>“The hill is steep,<br>the wage is small,<br>but the view is mine.”</p>"
     "<footer>— Elspeth Morrow, shepherd and poet</footer></blockquote>"),
     [("the view is mine", "Elspeth Morrow")]),
    ("r60-br", "en",
     P("“We built the school with our own hands.<br>We will not let them close it,” said Joaquin Ferrell, "
       "who chairs the parents’ group."),
     [("We will not let them close it", "Joaquin Ferrell")]),
    ("r60-br", "en",
     P("Grandmother Philippa Oduya recites the old harvest rhyme:<br>“Sow in the wet,<br>reap in the dry,"
       "<br>and never ask the sky why.”"),
     [("never ask the sky why", "Philippa Oduya")]),
    ("r60-br", "en",
     P("Chalked on the school wall:<br>“Books not bulldozers<br>Trees not towers”"),
     [("Trees not towers", None)]),

    # quotes after a sub-heading that names the person
    ("r60-subhead", "en",
     H3("Magnus Thorley, lock keeper")
     + P("“The canal was dead when I came. Now we get a boat every hour in summer.”")
     + H3("Esperanza Coyle, café owner")
     + P("“The boats bring the walkers, and the walkers bring the trade.”"),
     [("boat every hour in summer", "Magnus Thorley"), ("walkers bring the trade", "Esperanza Coyle")]),
    ("r60-subhead", "en",
     H3("The nurse")
     + P("Florentyna Osei has worked nights on the children’s ward for twelve years.")
     + P("“You learn to sleep in the daytime, but you never learn to like it.”"),
     [("never learn to like it", "Florentyna Osei")]),
    ("r60-subhead", "en",
     H3("Winifred Ashcombe")
     + P("Age 71, retired teacher")
     + P("“I taught half the people who now sit on the council. They were noisy then, too.”"),
     [("noisy then, too", "Winifred Ashcombe")]),
    ("r60-subhead", "en",
     H3("The view from the street")
     + P("“We were never consulted,” said one trader, who did not want to be named.")
     + P("“It is the same every time,” said another."),
     [("never consulted", None), ("same every time", None)]),
]

_EN_MORE = [
    # embedded posts and organisations as speakers
    ("r60-blockquote-cite", "en",
     ("<blockquote class='social-post'><p>The east bridge reopens at noon. Thank you to every crew who worked "
     "through the night.</p>— Valley Roads Authority (@valleyroadsauth) <a href='#'>March 14, 2026</a>"
     "</blockquote>"),
     [("every crew who worked through the night", "Valley Roads Authority")]),
    ("r60-blockquote-cite", "en",
     "<blockquote class='social-post'><p>Proud of our volunteers today. Forty tonnes of litter off the beach."
     "</p>— Araminta Holloway-Jones (@araminta_hj) <a href='#'>June 2, 2026</a></blockquote>"
     + P("The clean-up was the largest the beach has seen."),
     [("Forty tonnes of litter", "Araminta Holloway-Jones")]),
    ("r60-blockquote-after", "en",
     "<blockquote><p>“Water from the eastern reservoir is safe to drink without boiling from today.”</p>"
     "</blockquote>"
     + P("— Lowmarsh Water Board, statement of 3 May"),
     [("safe to drink without boiling", "Lowmarsh Water Board")]),
    ("r60-blockquote-cite", "en",
     ("<blockquote cite='https://example.org/speech'><p>“I did not come into politics to close hospitals.”</p>"
     "<footer>— <cite><a href='/people/tamsin-ebright'>Tamsin Ebright</a></cite>, health secretary, "
     "in the chamber on Tuesday</footer></blockquote>"),
     [("close hospitals", "Tamsin Ebright")]),
    ("r60-blockquote-cite", "en",
     P("Maximilian Greaves, the harbour board chairman, has been blunt all week.")
     + "<blockquote><p>“The fishing fleet will be gone in ten years unless the quay is rebuilt.”</p>"
     "<footer>Juno Abara, fishermen’s co-operative</footer></blockquote>",
     [("gone in ten years", "Juno Abara")]),
    ("r60-blockquote-cite", "en",
     ("<blockquote><p>“Good roads make good neighbours.”</p>"
     "<footer>— sign at the county boundary, erected 1936</footer></blockquote>"),
     [("Good roads make good neighbours", None)]),

    # pull quotes that repeat or continue the body
    ("r60-figure-pull", "en",
     P("Lavinia Crossthwaite opened the repair café in a disused chapel in 2023.")
     + P("“People bring in a toaster and leave with a friend,” she said.")
     + "<figure class='pullquote'><blockquote><p>“Nothing here goes in the bin without a fight.”</p>"
     "</blockquote></figure>",
     [("leave with a friend", "Lavinia Crossthwaite"), ("without a fight", "Lavinia Crossthwaite")]),
    ("r60-figure-pull", "en",
     ("<aside class='pullquote'><p>“The tide timetable is the only timetable that is never late.”</p>"
     "<p class='byline'>— Cormac Threlfall, ferryman</p></aside>"),
     [("never late", "Cormac Threlfall")]),
    ("r60-figure-pull", "en",
     ("<figure><blockquote><p>“Our grandparents built this dam with shovels.”</p></blockquote>"
     "<figcaption>Lorcan Whitby-Adeyemi, dam keeper. Photo: Ingrid Sallow</figcaption></figure>"),
     [("built this dam with shovels", "Lorcan Whitby-Adeyemi")]),

    # more Q&A
    ("r60-qa", "en",
     P("Firefighter Saoirse Adebayo-Quinn talks to Courier reporter Nathaniel Ormsby about the moor fire.")
     + P("<strong>Ormsby:</strong> How close did it come to the village?")
     + P("<strong>Adebayo-Quinn:</strong> Two fields. We could feel the heat on the church wall."),
     [("How close did it come", "Nathaniel Ormsby"), ("heat on the church wall", "Saoirse Adebayo-Quinn")]),
    ("r60-qa", "en",
     P("Perpetua Oyelaran-Hughes, 23, is the youngest councillor the valley has elected.")
     + P("<strong>Does age matter in the chamber?</strong>")
     + P("<strong>Perpetua Oyelaran-Hughes:</strong> Only when someone brings it up, which is most meetings."),
     [("which is most meetings", "Perpetua Oyelaran-Hughes")]),
    ("r60-qa", "en",
     P("<em>Interview by Clemency Aird.</em>")
     + P("<strong>Clemency Aird:</strong> You have kept bees on the hospital roof for six years. Why there?")
     + P("<strong>Barnaby Ositelu:</strong> Because nobody else wanted the roof, and the bees did not mind "
         "the helicopters."),
     [("Why there?", "Clemency Aird"), ("bees did not mind", "Barnaby Ositelu")]),

    # more live blog
    ("r60-liveblog", "en",
     _entry("18:02", "Warning: “Do not walk on the sandbanks”",
            P("The warning comes after two walkers were cut off by the tide."))
     + _entry("18:20", "Walkers rescued",
              P("Both walkers are safe. One of them, Tiberius Wand, said: “We lost track of time.”")),
     [("Do not walk on the sandbanks", None), ("lost track of time", "Tiberius Wand")]),
    ("r60-liveblog", "en",
     _entry("07:30", "Good morning",
            P("We will bring you the count as it happens. Our reporter in the hall is Ottoline Marsh."))
     + _entry("07:58", "First words from the candidates",
              P("Ezekiel Durrant, the sitting member, arrived first. “It will be close,” he said.")
              + P("His rival Anneliese Kowal said only: “The people have spoken, now let them be counted.”")),
     [("It will be close", "Ezekiel Durrant"), ("now let them be counted", "Anneliese Kowal")]),
    ("r60-liveblog", "en",
     _entry("21:15", "Statement from the hospital",
            P("In a statement, Ridgeway General Hospital said: “All patients have been moved to safety.”")),
     [("moved to safety", "Ridgeway General Hospital")]),

    # more headlines and subheadings
    ("r60-headline", "en",
     H2("Farmers’ leader Oluwaseun Brackley: “We are feeding the town at a loss”")
     + P("Milk prices paid at the farm gate fell for the fifth month."),
     [("feeding the town at a loss", "Oluwaseun Brackley")]),
    ("r60-headline", "en",
     H2("‘I counted every swallow’: Millicent Oakes on fifty years of bird records")
     + P("Her notebooks now fill three shelves of the county record office."),
     [("counted every swallow", "Millicent Oakes")]),
    ("r60-headline", "en",
     H2("“Dig deeper”: readers respond to the well appeal")
     + P("More than two hundred letters arrived in a week."),
     [("Dig deeper", None)]),
    ("r60-headline", "en",
     H3("‘No money, no pool’: the banner on the fence")
     + P("The banner appeared overnight on the railings of the closed pool."),
     [("No money, no pool", None)]),

    # more captions
    ("r60-caption", "en",
     ("<figure><img src='choir.jpg' alt=''><figcaption>The choir rehearsing on Monday. Conductor Evander Plum: "
     "“Sixty voices and one kettle.” Photograph: Thea Oakridge</figcaption></figure>"),
     [("Sixty voices and one kettle", "Evander Plum")]),
    ("r60-caption", "en",
     ("<figure><img src='mural.jpg' alt=''><figcaption>The new mural on the station wall bears the words "
     "“Everyone arrives somewhere”. Photo: Hollis Warrender</figcaption></figure>"),
     [("Everyone arrives somewhere", None)]),
    ("r60-caption", "en",
     ("<figure><img src='smith.jpg' alt=''><figcaption><strong>Blacksmith Idris Fenner-Kaur</strong>: “Iron "
     "forgives nothing.”</figcaption></figure>"),
     [("Iron forgives nothing", "Idris Fenner-Kaur")]),

    # more reactions and tables
    ("r60-reactions", "en",
     H3("In their words")
     + _ul("<p><strong>Hyacinth Morland</strong>, 82: “I walked to school along that lane.”</p>",
           "<p><strong>Dashiell Okoye</strong>, 15: “I cycle it every day, and it is dangerous.”</p>",
           "<p><strong>Philomena Castell</strong>, bus driver: “The lane is too narrow for the new buses.”</p>"),
     [("walked to school along that lane", "Hyacinth Morland"), ("it is dangerous", "Dashiell Okoye"),
      ("too narrow for the new buses", "Philomena Castell")]),
    ("r60-reactions", "en",
     _ul("Leander Voss (Greens): “A good first step.”",
         "Marigold Eze (Labour): “Far too timid.”",
         "Horatio Blanchflower (independent): “I will vote against it.”"),
     [("good first step", "Leander Voss"), ("Far too timid", "Marigold Eze"),
      ("vote against it", "Horatio Blanchflower")]),
    ("r60-reactions", "en",
     P("From the suggestion box at the library:")
     + _ul("“More chairs, fewer rules.”", "“Open on Sundays!”", "“Please fix the heating in the reading room.”"),
     [("More chairs, fewer rules", None), ("Open on Sundays", None), ("fix the heating", None)]),
    ("r60-table", "en",
     ("<table><caption>What the shopkeepers say</caption>"
     "<tr><th scope='row'>Bertram Ollerenshaw, butcher</th><td>“Trade is down since the car park closed.”</td></tr>"
     "<tr><th scope='row'>Zainab Ferrier-Lowe, florist</th><td>“Mine is up. People walk past now.”</td></tr>"
     "</table>"),
     [("since the car park closed", "Bertram Ollerenshaw"), ("People walk past now", "Zainab Ferrier-Lowe")]),
    ("r60-table", "en",
     ("<table><tr><th>Year</th><th>Motto on the town banner</th></tr>"
     "<tr><td>1920</td><td>“Forward together”</td></tr><tr><td>1975</td><td>“A town for everyone”</td></tr></table>"),
     [("Forward together", None), ("A town for everyone", None)]),

    # more <br>
    ("r60-br", "en",
     ("<blockquote><p>“I came for a summer.<br>I stayed for forty years.<br>The valley does that.”</p>"
     "<cite>Rosamund Achterberg-Lee</cite></blockquote>"),
     [("I stayed for forty years", "Rosamund Achterberg-Lee")]),
    ("r60-br", "en",
     ("<figure class='pullquote'><blockquote>“Lock the gate,<br>feed the dog,<br>trust the river.”</blockquote>"
     "<figcaption>Old saying, carved on the mill door</figcaption></figure>"),
     [("trust the river", None)]),
    ("r60-br", "en",
     P("Caretaker Benedikt Ostrowski-Hale left a note on the hall door:<br>“Heating off until further notice."
       "<br>Bring a coat.”"),
     [("Bring a coat", "Benedikt Ostrowski-Hale")]),
    ("r60-br", "en",
     "<p class='verse'>“The roads are long,<br>the nights are cold,<br>the songs are old.”</p>"
     + P("— from a poem by Delphine Agbaje, read at the opening"),
     [("the songs are old", "Delphine Agbaje")]),

    # more sub-headings naming the person
    ("r60-subhead", "en",
     "<h4>Ignatius Pembrook, 67, retired miner</h4>"
     + P("“There was coal under this field, and now there are houses. I am not sure which is better.”"),
     [("not sure which is better", "Ignatius Pembrook")]),
    ("r60-subhead", "en",
     H3("‘We have to start somewhere’")
     + P("Valentina Osgood-Rai, who runs the food bank, said demand had doubled since January.")
     + P("“Every week we see faces we have never seen before,” she said."),
     [("start somewhere", "Valentina Osgood-Rai"), ("faces we have never seen before", "Valentina Osgood-Rai")]),
    ("r60-subhead", "en",
     H3("The bus driver")
     + P("“You see the whole town from the front seat,” says a driver on the number 9 route, who asked "
         "us not to print her name."),
     [("whole town from the front seat", None)]),
    ("r60-subhead", "en",
     H3("Cosimo Varga")
     + P("“I opened the bakery with one oven.”")
     + H3("Hester Agyeman")
     + P("“I was his first customer, and I still am.”"),
     [("bakery with one oven", "Cosimo Varga"), ("his first customer", "Hester Agyeman")]),

    # more names-nobody cases
    ("r60-none", "en",
     P("The minutes of the 1962 parish meeting record: “It was resolved that the pond be filled in.”")
     + P("A plaque by the door says: “This hall was built by the people of the valley.”"),
     [("pond be filled in", None), ("built by the people of the valley", None)]),
    ("r60-none", "en",
     ("<div class='comments'><h3>Comments (3)</h3>"
     "<div class='comment'><p>Guest wrote:</p><p>“The council never listens to the north end.”</p></div>"
     "<div class='comment'><p>Anonymous wrote:</p><p>“Good news at last for the market.”</p></div></div>"),
     [("never listens to the north end", None), ("Good news at last", None)]),
    ("r60-none", "en",
     P("Asked in the survey what the town needed most, 41 per cent chose “a doctor’s surgery” and one "
       "respondent added: “Anything that stays open after five.”"),
     [("stays open after five", None)]),
]

_EUROPE = [
    # German
    ("r60-blockquote-cite", "de",
     "<blockquote><p>„Die Fähre ist kein Luxus, sie ist unsere Straße.“</p>"
     "<footer>— Henrike Vossberg, Bürgermeisterin</footer></blockquote>"
     + P("Der Gemeinderat entscheidet im Mai über den Fahrplan."),
     [("Fähre ist kein Luxus", "Henrike Vossberg")]),
    ("r60-qa", "de",
     P("Der Förster Ulrich Brandmeier über den trockenen Sommer. Das Gespräch führte Katrin Seel.")
     + P("<strong>Katrin Seel:</strong> Wie geht es dem Wald?")
     + P("<strong>Ulrich Brandmeier:</strong> Schlechter als vor zehn Jahren, besser als man denkt."),
     [("Wie geht es dem Wald", "Katrin Seel"), ("besser als man denkt", "Ulrich Brandmeier")]),
    ("r60-headline", "de",
     H2("Jorinde Lachmann: „Wir bauen die Schule wieder auf“")
     + P("Die Direktorin will den Unterricht nach den Ferien im Altbau fortsetzen."),
     [("bauen die Schule wieder auf", "Jorinde Lachmann")]),
    ("r60-none", "de",
     "<figure class='pullquote'><blockquote><p>„Der Fluss vergisst nichts.“</p></blockquote>"
     "<figcaption>Foto: Archiv</figcaption></figure>"
     + P("An der Brücke hängt ein Schild mit der Aufschrift „Betreten auf eigene Gefahr“."),
     [("Fluss vergisst nichts", None), ("Betreten auf eigene Gefahr", None)]),
    ("r60-reactions", "de",
     _ul("<strong>Gesine Ohlendorf</strong>, Bäckerin: „Ohne Parkplätze kommt keiner.“",
         "<strong>Till Marquardt</strong>, Radfahrer: „Endlich kann man hier sicher fahren.“"),
     [("Ohne Parkplätze kommt keiner", "Gesine Ohlendorf"), ("sicher fahren", "Till Marquardt")]),

    # French
    ("r60-figure-pull", "fr",
     ("<figure class='citation'><blockquote><p>« Une bibliothèque fermée, c’est une rue qui s’éteint. »</p>"
     "</blockquote><figcaption>Solène Marchetti-Arnaud, bibliothécaire</figcaption></figure>"),
     [("une rue qui s’éteint", "Solène Marchetti-Arnaud")]),
    ("r60-qa", "fr",
     P("Propos recueillis par Aurélien Daguerre auprès du vigneron Bastien Ollivier.")
     + P("<strong>Aurélien Daguerre :</strong> La grêle a-t-elle tout détruit ?")
     + P("<strong>Bastien Ollivier :</strong> Pas tout. Il reste les vieilles vignes, et elles sont têtues."),
     [("La grêle a-t-elle tout détruit", "Aurélien Daguerre"), ("elles sont têtues", "Bastien Ollivier")]),
    ("r60-liveblog", "fr",
     _entry("10:15", "La préfète s’exprime",
            P("« Les routes de la vallée restent fermées jusqu’à demain », a déclaré la préfète "
              "Mathilde Guérande.")),
     [("restent fermées jusqu’à demain", "Mathilde Guérande")]),
    ("r60-none", "fr",
     P("Sur la porte de la mairie, une affiche proclame « Ici, on ne lâche rien ».")
     + P("Un habitant interrogé, qui a souhaité rester anonyme, résume : « On attend depuis trop longtemps. »"),
     [("on ne lâche rien", None), ("On attend depuis trop longtemps", None)]),

    # Spanish
    ("r60-blockquote-after", "es",
     "<blockquote><p>«El mercado es el corazón del barrio y no lo vamos a cerrar».</p></blockquote>"
     + P("— Remedios Altamirano, concejala de comercio"),
     [("corazón del barrio", "Remedios Altamirano")]),
    ("r60-table", "es",
     _rows(("Eusebio Carranza, pescador", "«El puerto ya no es lo que era»."),
           ("Itziar Olabarría, armadora", "«Sin jóvenes no hay flota»."),
           ("Un vecino", "«Aquí nadie nos escucha».")),
     [("ya no es lo que era", "Eusebio Carranza"), ("Sin jóvenes no hay flota", "Itziar Olabarría"),
      ("nadie nos escucha", None)]),
    ("r60-caption", "es",
     ("<figure><img src='olivar.jpg' alt=''><figcaption>Candela Robledo en su olivar: «Este año no ha llovido "
     "ni una vez». Foto: Ignacio Bermejo</figcaption></figure>"),
     [("no ha llovido ni una vez", "Candela Robledo")]),
    ("r60-subhead", "es",
     H3("Fermín Zubiaurre, panadero")
     + P("«Me levanto a las tres desde hace cuarenta años».")
     + H3("Lo que dicen las encuestas")
     + P("Una de las respuestas anónimas decía: «El pueblo se está quedando vacío»."),
     [("a las tres desde hace cuarenta años", "Fermín Zubiaurre"), ("se está quedando vacío", None)]),

    # Italian
    ("r60-blockquote-cite", "it",
     ("<blockquote><p>«Il ponte regge, ma non per sempre».</p><cite>Ottavio Spadaccini, ingegnere</cite>"
     "</blockquote>"),
     [("Il ponte regge", "Ottavio Spadaccini")]),
    ("r60-headline", "it",
     H2("Loredana Pistoletti: «Riapriremo il teatro entro Natale»")
     + P("La direttrice ha presentato il piano dei lavori alla stampa."),
     [("Riapriremo il teatro", "Loredana Pistoletti")]),
    ("r60-reactions", "it",
     _ul("Gualtiero Ferrante, commerciante: «Ci hanno lasciati soli».",
         "Benedetta Arcuri, residente: «Il rumore è insopportabile».",
         "Un turista: «Il paese è bellissimo, ma non ci sono autobus»."),
     [("Ci hanno lasciati soli", "Gualtiero Ferrante"), ("rumore è insopportabile", "Benedetta Arcuri"),
      ("non ci sono autobus", None)]),

    # Portuguese
    ("r60-qa", "pt",
     P("Conversa com a pescadora Graça Teixeira-Lobo, conduzida por Rui Amaral.")
     + P("<b>Rui Amaral:</b> O mar está a mudar?")
     + P("<b>Graça Teixeira-Lobo:</b> Está. O peixe chega mais tarde e vai-se embora mais cedo."),
     [("O mar está a mudar", "Rui Amaral"), ("chega mais tarde", "Graça Teixeira-Lobo")]),
    ("r60-figure-pull", "pt",
     "<figure><blockquote><p>“A aldeia não morre enquanto houver uma padaria.”</p></blockquote>"
     "<figcaption>Joaquim Valadares, presidente da junta</figcaption></figure>"
     + "<figure><blockquote><p>“O rio já não tem peixe.”</p></blockquote>"
     "<figcaption>Fotografia: Arquivo</figcaption></figure>",
     [("enquanto houver uma padaria", "Joaquim Valadares"), ("rio já não tem peixe", None)]),

    # Dutch
    ("r60-blockquote-cite", "nl",
     ("<blockquote><p>‘De dijk houdt het, maar de mensen niet meer.’</p>"
     "<footer>— Hendrikje Bosschaert, dijkgraaf</footer></blockquote>"),
     [("mensen niet meer", "Hendrikje Bosschaert")]),
    ("r60-liveblog", "nl",
     _entry("13:20", "Burgemeester roept op tot kalmte",
            P("Burgemeester Joost van Eldonk: “Blijf thuis en houd de radio aan.”"))
     + _entry("13:45", "Bord bij de brug",
              P("Bij de brug staat een bord: “Doorgang verboden”.")),
     [("houd de radio aan", "Joost van Eldonk"), ("Doorgang verboden", None)]),
    ("r60-reactions", "nl",
     _ul("<strong>Femke Oosterhuis</strong>, boerin: ‘Het land staat al weken onder water.’",
         "<strong>Pieter-Jan Roelofsen</strong>, wethouder: ‘We zoeken naar geld.’"),
     [("al weken onder water", "Femke Oosterhuis"), ("zoeken naar geld", "Pieter-Jan Roelofsen")]),

    # Polish
    ("r60-blockquote-after", "pl",
     "<blockquote><p>„Ta szkoła uczyła trzy pokolenia i będzie uczyć czwarte”.</p></blockquote>"
     + P("— Bożena Kwiatkowska-Zych, dyrektorka szkoły"),
     [("uczyła trzy pokolenia", "Bożena Kwiatkowska-Zych")]),
    ("r60-qa", "pl",
     P("Z leśniczym Radosławem Grąbczewskim rozmawia Agata Pyrek.")
     + P("<strong>Agata Pyrek:</strong> Czy w lesie jest jeszcze bezpiecznie?")
     + P("<strong>Radosław Grąbczewski:</strong> Jest, jeśli ludzie nie palą ognisk."),
     [("jeszcze bezpiecznie", "Agata Pyrek"), ("nie palą ognisk", "Radosław Grąbczewski")]),
    ("r60-none", "pl",
     P("Na transparencie protestujących widniał napis „Ręce precz od parku”.")
     + P("W ankiecie jeden z mieszkańców napisał: „Autobus jeździ za rzadko”."),
     [("Ręce precz od parku", None), ("Autobus jeździ za rzadko", None)]),

    # Russian
    ("r60-headline", "ru",
     H2("Анфиса Громова: «Музей останется в городе»")
     + P("Директор музея рассказала о планах реставрации."),
     [("Музей останется в городе", "Анфиса Громова")]),
    ("r60-blockquote-cite", "ru",
     ("<blockquote><p>«Мост старше нас всех, но он ещё послужит».</p>"
     "<footer>— Вениамин Лаптев, инженер</footer></blockquote>"),
     [("ещё послужит", "Вениамин Лаптев")]),
    ("r60-caption", "ru",
     "<figure><img src='sad.jpg' alt=''><figcaption>Пенсионерка Агриппина Соколова в своём саду: "
     "«Яблок в этом году не будет». Фото: Глеб Орлов</figcaption></figure>"
     + "<figure><img src='zabor.jpg' alt=''><figcaption>Надпись на заборе: «Здесь будет парк». "
     "Фото: Глеб Орлов</figcaption></figure>",
     [("Яблок в этом году не будет", "Агриппина Соколова"), ("Здесь будет парк", None)]),

    # Ukrainian
    ("r60-qa", "uk",
     P("Із пасічником Орестом Ковальчуком розмовляла Соломія Гнатюк.")
     + P("<strong>Соломія Гнатюк:</strong> Як перезимували бджоли?")
     + P("<strong>Орест Ковальчук:</strong> Краще, ніж я боявся, але гірше, ніж хотів."),
     [("Як перезимували бджоли", "Соломія Гнатюк"), ("гірше, ніж хотів", "Орест Ковальчук")]),
    ("r60-reactions", "uk",
     _ul("Мирослава Дячук, вчителька: «Дітям потрібна нова школа».",
         "Тарас Олійник, водій: «Дорога стала небезпечною».",
         "Анонімний читач: «Усе вирішили без нас»."),
     [("потрібна нова школа", "Мирослава Дячук"), ("Дорога стала небезпечною", "Тарас Олійник"),
      ("вирішили без нас", None)]),

    # Czech
    ("r60-blockquote-cite", "cs",
     ("<blockquote><p>„Nádraží patří lidem, ne developerům.“</p><cite>Radmila Šťastná, starostka</cite>"
     "</blockquote>"),
     [("ne developerům", "Radmila Šťastná")]),
    ("r60-subhead", "cs",
     H3("Vojtěch Hrubeš, sklář")
     + P("„Sklo se nedá uspěchat. Kdo spěchá, má střepy.“")
     + H3("Anketa mezi obyvateli")
     + P("„Chceme tu klid,“ napsal jeden z účastníků ankety."),
     [("Kdo spěchá, má střepy", "Vojtěch Hrubeš"), ("Chceme tu klid", None)]),

    # Romanian
    ("r60-figure-pull", "ro",
     ("<figure class='pullquote'><blockquote><p>„Satul nu are nevoie de mila nimănui, ci de un drum.”</p>"
     "</blockquote><figcaption>Ileana Mărgineanu, primar</figcaption></figure>"),
     [("ci de un drum", "Ileana Mărgineanu")]),
    ("r60-qa", "ro",
     P("Interviu realizat de Sorin Pădureanu cu ciobanul Vasile Tănăsoiu.")
     + P("<strong>Sorin Pădureanu:</strong> Mai are cine să urce la stână?")
     + P("<strong>Vasile Tănăsoiu:</strong> Tinerii pleacă la oraș, iar oile rămân cu bătrânii."),
     [("Mai are cine să urce", "Sorin Pădureanu"), ("oile rămân cu bătrânii", "Vasile Tănăsoiu")]),

    # Hungarian
    ("r60-headline", "hu",
     H2("Szalontai Borbála: „A könyvtár nyitva marad”")
     + P("Az intézmény vezetője szerint a fenntartó vállalta a költségeket."),
     [("könyvtár nyitva marad", "Szalontai Borbála")]),
    ("r60-blockquote-after", "hu",
     "<blockquote><p>„A gát kitart, de a pénz már nem.”</p></blockquote>"
     + P("– Kővári Ambrus, vízügyi mérnök")
     + P("A falu bejáratánál tábla figyelmeztet: „Áradás idején a híd zárva”."),
     [("de a pénz már nem", "Kővári Ambrus"), ("Áradás idején a híd zárva", None)]),

    # Greek
    ("r60-blockquote-cite", "el",
     ("<blockquote><p>«Το λιμάνι ζει μόνο όταν ζουν οι ψαράδες».</p>"
     "<footer>— Σταυρούλα Μαυρογένη, δήμαρχος</footer></blockquote>"),
     [("όταν ζουν οι ψαράδες", "Σταυρούλα Μαυρογένη")]),
    ("r60-reactions", "el",
     _ul("<strong>Παντελής Καραγιάννης</strong>, ξενοδόχος: «Οι τουρίστες δεν έρχονται πια».",
         "<strong>Ευανθία Λαμπράκη</strong>, φαρμακοποιός: «Χρειαζόμαστε γιατρό στο νησί»."),
     [("δεν έρχονται πια", "Παντελής Καραγιάννης"), ("γιατρό στο νησί", "Ευανθία Λαμπράκη")]),

    # Swedish
    ("r60-qa", "sv",
     P("Ylva Bergqvist har drivit byns affär i trettio år. Intervjun gjordes av Jonatan Sandell.")
     + P("<strong>Jonatan Sandell:</strong> Varför fortsätter du?")
     + P("<strong>Ylva Bergqvist:</strong> För att ingen annan gör det, och för att jag tycker om folk."),
     [("Varför fortsätter du", "Jonatan Sandell"), ("jag tycker om folk", "Ylva Bergqvist")]),
    ("r60-figure-pull", "sv",
     ("<figure><blockquote><p>”Skogen har alltid varit vår försäkring.”</p></blockquote>"
     "<figcaption>Foto: Malin Ekholm</figcaption></figure>"),
     [("vår försäkring", None)]),
    ("r60-headline", "sv",
     H3("Gustav Lindahl-Öst: ”Vi stänger inte skolan”")
     + P("Kommunalrådet lovade att skolan får finnas kvar i minst fem år."),
     [("Vi stänger inte skolan", "Gustav Lindahl-Öst")]),

    # Norwegian
    ("r60-blockquote-after", "nb",
     "<blockquote><p>«Fjorden er ingen søppelplass.»</p></blockquote>"
     + P("— Ingebjørg Solheim, ordfører")
     + P("På kaia står det et skilt: «Fiske forbudt»."),
     [("ingen søppelplass", "Ingebjørg Solheim"), ("Fiske forbudt", None)]),
    ("r60-table", "nb",
     _rows(("Halvard Rønningen, fisker", "«Torsken kommer senere hvert år.»"),
           ("Sigrid Myrvold, kokk", "«Vi lager det havet gir oss.»")),
     [("Torsken kommer senere", "Halvard Rønningen"), ("det havet gir oss", "Sigrid Myrvold")]),

    # Danish
    ("r60-liveblog", "da",
     _entry("08:50", "Borgmester: »Hold jer væk fra stranden«",
            P("Borgmester Karen Thybo Mikkelsen bad borgerne om at blive hjemme."))
     + _entry("09:05", "Læser skriver",
              P("En læser i Nørreby skriver: »Vandet står allerede op til dørene.«")),
     [("Hold jer væk fra stranden", "Karen Thybo Mikkelsen"), ("op til dørene", None)]),
    ("r60-blockquote-cite", "da",
     ("<blockquote><p>»Kroen har overlevet to krige, den overlever også en motorvej.«</p>"
     "<cite>Aksel Brøndum, kromand</cite></blockquote>"),
     [("overlever også en motorvej", "Aksel Brøndum")]),

    # Finnish
    ("r60-qa", "fi",
     P("Haastattelussa kalastaja Eino Kärkkäinen. Haastattelijana Aino Viitala.")
     + P("<strong>Aino Viitala:</strong> Onko järvi muuttunut?")
     + P("<strong>Eino Kärkkäinen:</strong> On. Jäät tulevat myöhemmin ja lähtevät aiemmin."),
     [("Onko järvi muuttunut", "Aino Viitala"), ("lähtevät aiemmin", "Eino Kärkkäinen")]),
    ("r60-reactions", "fi",
     _ul("Helmi Raatikainen, opettaja: ”Koulumatka on liian pitkä.”",
         "Nimetön vastaaja kyselyssä: ”Bussi ei kulje viikonloppuisin.”"),
     [("liian pitkä", "Helmi Raatikainen"), ("ei kulje viikonloppuisin", None)]),
]

_ASIA_MIDEAST = [
    # Chinese
    ("r60-blockquote-cite", "zh",
     "<blockquote><p>“这座桥连着两个村子，也连着两代人。”</p><footer>——村主任 马秀兰</footer></blockquote>",
     [("也连着两代人", "马秀兰")]),
    ("r60-qa", "zh",
     P("记者郑立航专访了茶农欧阳春生。")
     + P("<strong>郑立航：</strong>今年的茶叶收成怎么样？")
     + P("<strong>欧阳春生：</strong>春天太干，产量少了三成，但味道比去年好。"),
     [("今年的茶叶收成怎么样", "郑立航"), ("产量少了三成", "欧阳春生")]),
    ("r60-none", "zh",
     P("工地围墙上挂着一条横幅：“安全第一，质量为本”。")
     + P("一位不愿透露姓名的居民说：“我们只想知道什么时候能通车。”"),
     [("安全第一", None), ("什么时候能通车", None)]),

    # Japanese
    ("r60-headline", "ja",
     H2("佐伯美千代さん「図書館は町の居間です」")
     + P("館長は閉館案に反対する署名を町に提出した。"),
     [("図書館は町の居間です", "佐伯美千代")]),
    ("r60-qa", "ja",
     P("漁師の浜口健太郎さんに、記者の森下彩が話を聞いた。")
     + P("<strong>森下彩</strong>　海はどう変わりましたか。")
     + P("<strong>浜口健太郎</strong>　魚が北へ逃げていく。三十年前とは別の海です。"),
     [("海はどう変わりましたか", "森下彩"), ("三十年前とは別の海です", "浜口健太郎")]),
    ("r60-caption", "ja",
     ("<figure><img src='ta.jpg' alt=''><figcaption>田植えをする農家の小野寺誠さん。「今年は水が足りない」"
     "（撮影・村井翔）</figcaption></figure>"),
     [("今年は水が足りない", "小野寺誠")]),

    # Korean
    ("r60-blockquote-after", "ko",
     "<blockquote><p>“시장은 사람들이 만나는 곳이지 주차장이 아닙니다.”</p></blockquote>"
     + P("— 한정숙, 상인회장"),
     [("주차장이 아닙니다", "한정숙")]),
    ("r60-reactions", "ko",
     _ul("<strong>박민호</strong>, 어민: “올해는 오징어가 거의 없다.”",
         "<strong>윤서연</strong>, 교사: “아이들이 버스를 한 시간이나 기다린다.”",
         "익명의 주민: “아무도 우리 말을 듣지 않는다.”"),
     [("오징어가 거의 없다", "박민호"), ("한 시간이나 기다린다", "윤서연"), ("우리 말을 듣지 않는다", None)]),

    # Arabic
    ("r60-blockquote-cite", "ar",
     ("<blockquote><p>«الميناء هو رئة المدينة، ولن نسمح بإغلاقه».</p>"
     "<footer>— سلمى الحداد، رئيسة البلدية</footer></blockquote>"),
     [("رئة المدينة", "سلمى الحداد")]),
    ("r60-qa", "ar",
     P("حاور الصحفي كريم النجار المزارع يوسف العطار.")
     + P("<strong>كريم النجار:</strong> كيف كان موسم الزيتون؟")
     + P("<strong>يوسف العطار:</strong> كان قليلاً، لكن الزيت أجود من العام الماضي."),
     [("كيف كان موسم الزيتون", "كريم النجار"), ("الزيت أجود من العام الماضي", "يوسف العطار")]),
    ("r60-none", "ar",
     P("كُتب على جدار المدرسة: «العلم نور».")
     + P("وقال أحد المشاركين في الاستطلاع دون ذكر اسمه: «الحافلات لا تصل إلى قريتنا»."),
     [("العلم نور", None), ("لا تصل إلى قريتنا", None)]),

    # Turkish
    ("r60-headline", "tr",
     H2("Nurhan Karaoğlu: “Pazar yerini kapatmayacağız”")
     + P("Belediye başkanı esnafla bir araya geldi."),
     [("Pazar yerini kapatmayacağız", "Nurhan Karaoğlu")]),
    ("r60-figure-pull", "tr",
     "<figure class='alinti'><blockquote><p>“Deniz bize her şeyi verdi, şimdi sıra bizde.”</p></blockquote>"
     "<figcaption>Kemal Arslantürk, balıkçı</figcaption></figure>"
     + "<figure><blockquote><p>“Köy boşalıyor.”</p></blockquote><figcaption>Fotoğraf: Arşiv</figcaption>"
     "</figure>",
     [("şimdi sıra bizde", "Kemal Arslantürk"), ("Köy boşalıyor", None)]),
    ("r60-table", "tr",
     _rows(("Emine Çakırbeyli, öğretmen", "“Okulun çatısı akıyor.”"),
           ("Oğuzhan Tekinalp, muhtar", "“Yardım söz verildi ama gelmedi.”")),
     [("çatısı akıyor", "Emine Çakırbeyli"), ("söz verildi ama gelmedi", "Oğuzhan Tekinalp")]),

    # Hebrew
    ("r60-blockquote-cite", "he",
     ("<blockquote><p>\"הספרייה היא הבית השני של הילדים בשכונה.\"</p>"
     "<cite>— נורית אלמוג, מנהלת הספרייה</cite></blockquote>"),
     [("הבית השני של הילדים", "נורית אלמוג")]),
    ("r60-reactions", "he",
     _ul("<strong>עמרי בן-שושן</strong>, חקלאי: \"המים לא מספיקים לשדות.\"",
         "<strong>יעל כהנוב</strong>, מורה: \"הכיתות צפופות מדי.\""),
     [("המים לא מספיקים", "עמרי בן-שושן"), ("הכיתות צפופות מדי", "יעל כהנוב")]),

    # Persian
    ("r60-blockquote-after", "fa",
     "<blockquote><p>«این پل را پدربزرگ‌های ما ساختند و ما آن را نگه می‌داریم.»</p></blockquote>"
     + P("— مهرانگیز صالحی، شهردار"),
     [("ما آن را نگه می‌داریم", "مهرانگیز صالحی")]),
    ("r60-qa", "fa",
     P("گفت‌وگوی بهرام نیک‌پور با باغدار فرهاد توکلی.")
     + P("<strong>بهرام نیک‌پور:</strong> امسال انارها چطورند؟")
     + P("<strong>فرهاد توکلی:</strong> کم‌آب بودیم، اما انارها شیرین‌تر شده‌اند."),
     [("امسال انارها چطورند", "بهرام نیک‌پور"), ("انارها شیرین‌تر شده‌اند", "فرهاد توکلی")]),

    # Hindi
    ("r60-headline", "hi",
     H2("सुनीता रघुवंशी: \"स्कूल बंद नहीं होगा\"")
     + P("प्रधानाचार्या ने अभिभावकों की बैठक में यह घोषणा की।"),
     [("स्कूल बंद नहीं होगा", "सुनीता रघुवंशी")]),
    ("r60-caption", "hi",
     "<figure><img src='khet.jpg' alt=''><figcaption>किसान हरदेव सिंह बाजवा अपने खेत में: \"इस साल बारिश "
     "बहुत देर से आई।\" फ़ोटो: अमन त्रिपाठी</figcaption></figure>"
     + P("गाँव की दीवार पर लिखा है: \"पानी बचाओ, जीवन बचाओ\"।"),
     [("बारिश बहुत देर से आई", "हरदेव सिंह बाजवा"), ("पानी बचाओ, जीवन बचाओ", None)]),

    # Indonesian
    ("r60-blockquote-cite", "id",
     ("<blockquote><p>\"Pasar ini sudah berdiri sejak zaman kakek saya, dan akan tetap berdiri.\"</p>"
     "<footer>— Siti Rahmawati Lubis, ketua paguyuban pedagang</footer></blockquote>"),
     [("sejak zaman kakek saya", "Siti Rahmawati Lubis")]),
    ("r60-reactions", "id",
     _ul("Bambang Wicaksono, nelayan: \"Ikan makin jauh ke tengah laut.\"",
         "Dewi Anggraini Putri, guru: \"Anak-anak berjalan dua jam ke sekolah.\"",
         "Seorang warga: \"Kami tidak pernah diajak bicara.\""),
     [("makin jauh ke tengah laut", "Bambang Wicaksono"), ("berjalan dua jam", "Dewi Anggraini Putri"),
      ("tidak pernah diajak bicara", None)]),

    # Vietnamese
    ("r60-qa", "vi",
     P("Phóng viên Lê Thanh Hương trò chuyện với ông Trần Văn Khải, người giữ đền.")
     + P("<strong>Lê Thanh Hương:</strong> Ngôi đền này bao nhiêu tuổi?")
     + P("<strong>Trần Văn Khải:</strong> Hơn ba trăm năm, và nó đã qua bốn trận lụt lớn."),
     [("Ngôi đền này bao nhiêu tuổi", "Lê Thanh Hương"), ("qua bốn trận lụt lớn", "Trần Văn Khải")]),
    ("r60-none", "vi",
     "<figure><blockquote><p>\"Dòng sông là mẹ của làng.\"</p></blockquote>"
     "<figcaption>Ảnh: Tư liệu</figcaption></figure>"
     + P("Tấm biển trước cổng ghi: \"Cấm đổ rác\"."),
     [("mẹ của làng", None), ("Cấm đổ rác", None)]),

    # Thai
    ("r60-blockquote-after", "th",
     "<blockquote><p>\"ตลาดน้ำคือหัวใจของชุมชนเรา\"</p></blockquote>"
     + P("— สมศรี วงศ์ประเสริฐ นายกเทศมนตรี"),
     [("หัวใจของชุมชนเรา", "สมศรี วงศ์ประเสริฐ")]),
    ("r60-headline", "th",
     H2("ประยูร แก้วมณี: \"เราจะไม่ย้ายโรงเรียน\"")
     + P("ผู้อำนวยการโรงเรียนยืนยันกับผู้ปกครองเมื่อวันจันทร์"),
     [("เราจะไม่ย้ายโรงเรียน", "ประยูร แก้วมณี")]),
]

_MORE_LANGS = [
    ("r60-caption", "th",
     "<figure><img src='na.jpg' alt=''><figcaption>ชาวนา บุญเรือน ศรีสมบัติ ยืนอยู่ในนาข้าว: \"ปีนี้น้ำมาช้ามาก\" "
     "ภาพ: วิชัย ทองดี</figcaption></figure>"
     + P("ป้ายหน้าวัดเขียนว่า \"ห้ามจอดรถ\""),
     [("ปีนี้น้ำมาช้ามาก", "บุญเรือน ศรีสมบัติ"), ("ห้ามจอดรถ", None)]),
    ("r60-headline", "cs",
     H2("Bohumil Kratochvíl: „Most opravíme do zimy“")
     + P("Radní slíbil, že doprava se vrátí na most ještě letos."),
     [("Most opravíme do zimy", "Bohumil Kratochvíl")]),
    ("r60-none", "ro",
     P("Pe gardul școlii cineva a scris: „Vrem profesori, nu promisiuni”.")
     + P("Un cititor care nu și-a dat numele ne-a scris: „Drumul spre sat e impracticabil de luni de zile”."),
     [("Vrem profesori, nu promisiuni", None), ("impracticabil de luni de zile", None)]),
    ("r60-reactions", "hu",
     _ul("<strong>Fehérvári Zsófia</strong>, pék: „Reggel négykor kezdünk, mint mindig.”",
         "<strong>Dombos Levente</strong>, diák: „A busz mindig késik.”"),
     [("Reggel négykor kezdünk", "Fehérvári Zsófia"), ("A busz mindig késik", "Dombos Levente")]),
    ("r60-qa", "el",
     P("Η Δανάη Ρουσσάκη μίλησε με τον ελαιοπαραγωγό Αριστείδη Κοντάκη.")
     + P("<strong>Δανάη Ρουσσάκη:</strong> Πώς πήγε η σοδειά;")
     + P("<strong>Αριστείδης Κοντάκης:</strong> Λίγο λάδι, αλλά καλό λάδι."),
     [("Πώς πήγε η σοδειά", "Δανάη Ρουσσάκη"), ("Λίγο λάδι, αλλά καλό λάδι", "Αριστείδης Κοντάκης")]),
    ("r60-reactions", "da",
     _ul("Mette Kjærsgaard, landmand: »Markerne har stået under vand i en måned.«",
         "En anonym læser: »Ingen spurgte os.«"),
     [("under vand i en måned", "Mette Kjærsgaard"), ("Ingen spurgte os", None)]),
    ("r60-headline", "he",
     H2("רונית אבוטבול: \"לא נוותר על בית הספר\"")
     + P("ראש המועצה נפגשה עם ההורים ביום שני."),
     [("לא נוותר על בית הספר", "רונית אבוטבול")]),
    ("r60-none", "fa",
     P("روی دیوار مدرسه نوشته‌اند: «درس بخوانید، آینده از آن شماست».")
     + P("یکی از شرکت‌کنندگان در نظرسنجی بدون ذکر نام نوشت: «اتوبوس هیچ‌وقت سر وقت نمی‌آید»."),
     [("آینده از آن شماست", None), ("هیچ‌وقت سر وقت نمی‌آید", None)]),
    ("r60-blockquote-cite", "hi",
     ("<blockquote><p>\"यह पुल हमारे गाँव की जीवन रेखा है।\"</p>"
     "<footer>— कमला देवी चौहान, सरपंच</footer></blockquote>"),
     [("गाँव की जीवन रेखा", "कमला देवी चौहान")]),
    ("r60-blockquote-cite", "pt",
     ("<blockquote><p>“A escola fica, nem que tenhamos de dar as aulas na rua.”</p>"
     "<cite>Filomena Sarmento, diretora</cite></blockquote>"),
     [("dar as aulas na rua", "Filomena Sarmento")]),
    ("r60-subhead", "ru",
     H3("Тимофей Белозёров, пекарь")
     + P("«Хлеб не терпит спешки, как и люди».")
     + H3("Голоса из опроса")
     + P("«Автобус ходит два раза в день», — написал один из участников опроса."),
     [("Хлеб не терпит спешки", "Тимофей Белозёров"), ("два раза в день", None)]),
    ("r60-br", "it",
     ("<blockquote><p>«La montagna dà,<br>la montagna prende,<br>la montagna aspetta».</p>"
     "<footer>— Ermenegilda Rossetti, guida alpina</footer></blockquote>"),
     [("la montagna aspetta", "Ermenegilda Rossetti")]),
    ("r60-br", "fr",
     P("Sur le mur de la gare, on lit :<br>« Ici commence<br>le reste du monde »."),
     [("le reste du monde", None)]),
    ("r60-table", "de",
     ("<table><tr><th>Name</th><th>Aussage</th></tr>"
     "<tr><td>Waltraud Eichinger, Wirtin</td><td>„Die Gäste kommen trotzdem.“</td></tr>"
     "<tr><td>Konstantin Rehbein, Schüler</td><td>„Der Bus fährt zu früh.“</td></tr></table>"),
     [("Gäste kommen trotzdem", "Waltraud Eichinger"), ("Bus fährt zu früh", "Konstantin Rehbein")]),
    ("r60-liveblog", "es",
     _entry("17:40", "Habla la alcaldesa",
            P("«Pedimos a los vecinos que no se acerquen al río», dijo la alcaldesa Maite Urquiola."))
     + _entry("17:55", "Mensaje de un lector",
              P("Un lector nos escribe: «El agua ya ha llegado a la plaza».")),
     [("no se acerquen al río", "Maite Urquiola"), ("ya ha llegado a la plaza", None)]),
    ("r60-caption", "nl",
     ("<figure><img src='molen.jpg' alt=''><figcaption>Molenaar Gerrit Hoogeveen: ‘De wind is mijn baas.’ "
     "Foto: Sanne de Wit</figcaption></figure>"),
     [("De wind is mijn baas", "Gerrit Hoogeveen")]),
    ("r60-subhead", "pl",
     H3("Zdzisław Wróblewski, pszczelarz")
     + P("„Pszczoły wiedzą o pogodzie więcej niż synoptycy”."),
     [("więcej niż synoptycy", "Zdzisław Wróblewski")]),
    ("r60-figure-pull", "uk",
     ("<figure><blockquote><p>«Наше село тримається на бабусях і на вірі».</p></blockquote>"
     "<figcaption>Фото: архів редакції</figcaption></figure>"),
     [("тримається на бабусях", None)]),
    ("r60-liveblog", "sv",
     _entry("15:10", "Räddningstjänsten uppdaterar",
            P("Insatsledaren Sten Åkerlund: ”Branden är under kontroll men inte släckt.”")),
     [("under kontroll men inte släckt", "Sten Åkerlund")]),
    ("r60-figure-pull", "nb",
     ("<figure><blockquote><p>«Vi er ikke redde for vinteren, vi er redde for veien.»</p></blockquote>"
     "<figcaption>Torbjørg Hæreid, bonde</figcaption></figure>"),
     [("redde for veien", "Torbjørg Hæreid")]),
    ("r60-blockquote-after", "fi",
     "<blockquote><p>”Kirjasto on kylän olohuone.”</p></blockquote>"
     + P("— Sirkka-Liisa Heinonen, kirjastonhoitaja"),
     [("kylän olohuone", "Sirkka-Liisa Heinonen")]),
    ("r60-reactions", "zh",
     _ul("<strong>龚文杰</strong>，渔民：“今年的鱼比往年少多了。”",
         "<strong>覃丽萍</strong>，教师：“孩子们每天要走一个小时上学。”"),
     [("今年的鱼比往年少多了", "龚文杰"), ("走一个小时上学", "覃丽萍")]),
    ("r60-none", "ja",
     P("駅前の看板には「ようこそ、湖の町へ」と書かれている。")
     + P("匿名のアンケートには「バスの本数を増やしてほしい」という声もあった。"),
     [("ようこそ、湖の町へ", None), ("バスの本数を増やしてほしい", None)]),
    ("r60-headline", "ko",
     H2("김태은 시장 “다리는 올해 안에 다시 연다”")
     + P("시장은 주민 간담회에서 공사 일정을 설명했다."),
     [("다리는 올해 안에 다시 연다", "김태은")]),
    ("r60-reactions", "ar",
     _ul("<strong>هالة المصري</strong>، معلمة: «المدرسة تحتاج إلى سقف جديد».",
         "<strong>طارق الشامي</strong>، سائق: «الطريق خطير في الليل»."),
     [("تحتاج إلى سقف جديد", "هالة المصري"), ("الطريق خطير في الليل", "طارق الشامي")]),
    ("r60-qa", "tr",
     P("Gazeteci Selin Ergüven, çiftçi Hüsnü Kocabıyık ile konuştu.")
     + P("<strong>Selin Ergüven:</strong> Bu yıl hasat nasıl?")
     + P("<strong>Hüsnü Kocabıyık:</strong> Yağmur geç geldi, buğday yarı yarıya azaldı."),
     [("Bu yıl hasat nasıl", "Selin Ergüven"), ("buğday yarı yarıya azaldı", "Hüsnü Kocabıyık")]),
    ("r60-caption", "id",
     ("<figure><img src='sawah.jpg' alt=''><figcaption>Petani Slamet Riyadi di sawahnya: \"Tahun ini panen "
     "mundur sebulan.\" Foto: Rina Kartika</figcaption></figure>"),
     [("panen mundur sebulan", "Slamet Riyadi")]),
    ("r60-blockquote-cite", "vi",
     ("<blockquote><p>\"Chợ nổi là linh hồn của miền Tây.\"</p>"
     "<footer>— Nguyễn Thị Bích Ngọc, chủ tịch xã</footer></blockquote>"),
     [("linh hồn của miền Tây", "Nguyễn Thị Bích Ngọc")]),
]

R60_CASES = [*_EN, *_EN_MORE, *_EUROPE, *_ASIA_MIDEAST, *_MORE_LANGS]

"""Held-out round 56 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading src/, tests/ or any other speaker round), from knowledge of how
real pages attribute speech. About 55% English: local, tech, business, entertainment and sports
news, health explainers, magazine profiles, newsletters, company blogs, podcast show notes and
transcripts; the rest in 26 other languages. Forms: "X told <outlet>" / "told reporters" with the
quote in the next sentence or paragraph; "in a statement", "in a post on", "in an email", "on a
podcast" lead-ins; reported speech followed by paragraphs that are only quotes; speakers named
only in a <strong> label, a caption or an <h2>; quotes inside lists of takeaways; pronoun chains
across paragraphs with a second person of the same gender entering midway; quotes split by the
attribution; organisations through unnamed or named spokespeople; forum posts, testimonials,
reviews, documentation (error messages: None); names inflected in case languages (base form
expected); East Asian names with honorifics. About a quarter None: an unnamed fan or official,
poll answers, product slogans, a law's wording, titles, scare quotes, signs.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R56_CASES = [
    # ---------------------------------------------------------------- English: told <outlet>
    ("r56-told", "en",
     P("Corinne Maddox, who has run the Birchfield food pantry out of a church basement since 2014, "
       "told the Valley Ledger that demand had doubled since the spring.")
     + P("“We used to close at noon with food left over. Now the shelves are bare by ten.”")
     + P("The pantry’s board voted on Tuesday to open a second weekly session.")
     + P("“I don’t know where the volunteers will come from,” she added."),
     [("shelves are bare by", "Corinne Maddox"), ("where the volunteers will", "Corinne Maddox")]),

    ("r56-told", "en",
     P("Asked about the delay, Tobias Renwick told reporters outside the county building that the "
       "bridge contractor had missed three deadlines.")
     + P("“Three. Not one, not two,” Renwick said. “At some point you stop calling it bad luck.”")
     + P("The contractor, Halden Civil Works, did not respond to a request for comment."),
     [("Not one, not two", "Tobias Renwick"), ("stop calling it bad", "Tobias Renwick")]),

    ("r56-told", "en",
     P("The startup’s chief executive, Priya Venkataraman, told the Signal Brief newsletter that the "
       "company would not raise again this year.")
     + P("Her co-founder was blunter. Dana Okafor, who oversees engineering, said the last round "
       "had been “a distraction we paid for in sleep.”")
     + P("“We have eighteen months of runway,” Venkataraman said. “That is a luxury, and we intend "
       "to use it.”"),
     [("a distraction we paid", "Dana Okafor"), ("eighteen months of runway", "Priya Venkataraman"),
      ("a luxury, and we", "Priya Venkataraman")]),

    ("r56-told", "en",
     P("Wendell Ashgrove spent thirty-one years as the groundskeeper at Linmoor Park. He told the "
       "Courier he had no plans to slow down.")
     + P("“The grass doesn’t know I’m retired.”")
     + P("His successor, Nadia Fell, said she had been shadowing him since March.")
     + P("“He knows every drain on the site by its sound. I’m still learning the names of the "
         "trees.”"),
     [("grass doesn’t know I’m", "Wendell Ashgrove"), ("every drain on the", "Nadia Fell")]),

    ("r56-told", "en",
     P("A spokesperson for Marrow Bay Police told the Herald that officers had been called to the "
       "marina shortly after midnight.")
     + P("“No one was hurt, and the vessel has been secured,” the spokesperson said.")
     + P("One fan who had been waiting at the dock for the festival ferry was less calm: “We were "
         "told nothing for two hours.”"),
     [("vessel has been secured", "Marrow Bay Police"), ("told nothing for two", None)]),

    # ---------------------------------------------------------------- English: statement/post/email/podcast
    ("r56-lead", "en",
     P("In a statement on Thursday, the Northgate Nurses Union said the hospital trust had "
       "“walked away from the table” after eleven hours of talks.")
     + P("“Our members did not take this decision lightly. Nobody becomes a nurse to stand on a "
         "picket line.”")
     + P("The trust said in its own statement that it remained “open to further discussion.”"),
     [("walked away from the", "Northgate Nurses Union"),
      ("did not take this", "Northgate Nurses Union"),
      ("open to further discussion", None)]),

    ("r56-lead", "en",
     P("In a post on Threadline late Sunday, the singer Maelle Tarrow apologised to fans in "
       "Glasgow whose show had been cancelled an hour before doors opened.")
     + P("“I was on the floor of the dressing room with no voice. I am so sorry.”")
     + P("Her manager, Geoff Lister, said in an email that the date would be rescheduled.")
     + P("“Every ticket will be honoured. Nobody needs to do anything.”"),
     [("floor of the dressing", "Maelle Tarrow"), ("Every ticket will be", "Geoff Lister")]),

    ("r56-lead", "en",
     P("On the latest episode of his podcast, Rough Cut, the director Ansel Brightwater talked "
       "about the three years he spent trying to finance his second film.")
     + P("“Everybody loved the script. Nobody wanted to pay for the boat.”")
     + P("He said a streaming company eventually came in on the condition that the ending change.")
     + P("“I said yes. I’d say yes again. I hate that I’d say yes again.”"),
     [("Nobody wanted to pay", "Ansel Brightwater"), ("hate that I’d say", "Ansel Brightwater")]),

    ("r56-lead", "en",
     P("In an email to staff seen by this newsletter, Kestrel Freight’s chief operating officer, "
       "Lorna Baptiste, said the Dunmore depot would close by June.")
     + P("“This is not a reflection on the people in that building,” she wrote. “It is a "
         "reflection on the roads around it.”")
     + P("A driver at the depot, who asked not to be named, said: “They told us the roads were "
         "fine last year.”"),
     [("not a reflection on", "Lorna Baptiste"), ("reflection on the roads", "Lorna Baptiste"),
      ("roads were fine last", None)]),

    ("r56-lead", "en",
     P("The Ministry of Transport said in a statement that the new rail timetable would take "
       "effect on 14 December, and that it would “keep a close eye” on punctuality.")
     + P("Critics were unconvinced. The Commuters’ Alliance called the plan “a reshuffle, not a "
         "rescue.”")
     + P("“Moving the 7:12 to 7:09 is not reform,” said its chair, Beatrice Oyelaran."),
     [("keep a close eye", "Ministry of Transport"),
      ("a reshuffle, not a", "Commuters’ Alliance"),
      ("Moving the 7:12 to", "Beatrice Oyelaran")]),

    # ---------------------------------------------------------------- English: reported then quote-only paras
    ("r56-quoteparas", "en",
     P("Councillor Hamish Delacroix said the council had ignored repeated warnings about the "
       "sea wall, and that residents had paid for it.")
     + P("“We told them in March. We told them in May. We wrote it down.”")
     + P("“When the water came over, it came over exactly where we said it would.”")
     + P("The council’s leader, Ruth Ambler, said the authority would publish its own review."),
     [("told them in March", "Hamish Delacroix"), ("came over exactly where", "Hamish Delacroix")]),

    ("r56-quoteparas", "en",
     P("Dr. Felicity Narang, an infectious-disease specialist at Coldwater General, says the "
       "rise in cases is predictable rather than alarming.")
     + P("“Every winter we see this curve. The shape doesn’t surprise me.”")
     + P("“What surprises me is how few people have had the booster.”")
     + P("“If you are over sixty-five, go this week. Don’t wait for the queue.”"),
     [("shape doesn’t surprise me", "Felicity Narang"), ("how few people have", "Felicity Narang"),
      ("Don’t wait for the", "Felicity Narang")]),

    ("r56-quoteparas", "en",
     P("Mossgrove’s head coach, Darnell Whitcombe, told reporters the team had played its worst "
       "half of the season.")
     + P("“We were second to every ball. That’s on me.”")
     + P("Striker Ifeoma Adeyemi, who scored both goals after the break, disagreed.")
     + P("“He took the blame because that’s who he is. We were the ones on the pitch.”"),
     [("second to every ball", "Darnell Whitcombe"),
      ("We were the ones", "Ifeoma Adeyemi")]),

    # ---------------------------------------------------------------- English: pronoun chains, same gender midway
    ("r56-chain", "en",
     P("Margot Keel opened her bakery on Fenner Street in 2019, two months before the first "
       "lockdown.")
     + P("“I had flour, a lease and absolutely no customers,” she said.")
     + P("Her neighbour, Joan Pettifer, who runs the launderette next door, started buying a loaf "
         "every morning. “Someone had to,” Pettifer said. “She looked terrified.”")
     + P("Now the queue reaches the corner. “I still buy one every morning,” she said, laughing."),
     [("absolutely no customers", "Margot Keel"), ("Someone had to", "Joan Pettifer"),
      ("She looked terrified", "Joan Pettifer"), ("still buy one every", "Joan Pettifer")]),

    ("r56-chain", "en",
     P("Leo Strand was nineteen when he signed for Harrowgate. He had never lived away from "
       "home.")
     + P("“My mum packed my bag. I didn’t know how to use a washing machine,” he said.")
     + P("His first captain, Marcus Yelland, remembers a quiet boy who stayed late after every "
         "session.")
     + P("“He’d be out there in the dark with a bag of balls. I told him to go home. He never "
         "listened.”")
     + P("Strand laughs at that. “He’s right. I didn’t.”"),
     [("mum packed my bag", "Leo Strand"), ("out there in the", "Marcus Yelland"),
      ("He’s right. I didn’t", "Leo Strand")]),

    ("r56-chain", "en",
     P("Anika Hollis founded the repair café in Stourley with her sister, Bea Hollis, three years ago.")
     + P("“We were tired of throwing things away,” Anika said. “Toasters, mostly.”")
     + P("Bea is the electrician. “She does the talking. I do the wiring,” she said.")
     + P("The café now opens every second Saturday and fixes about forty items a session."),
     [("tired of throwing things", "Anika Hollis"), ("She does the talking", "Bea Hollis")]),

    # ---------------------------------------------------------------- English: strong labels, captions, h2
    ("r56-label", "en",
     "<h2>‘Nobody warned us’: Holloway tenants speak out</h2>"
     + P("<strong>Kwame Asante, 42, third floor:</strong> “The heating went off in October and "
         "came back in January.”")
     + P("<strong>Irene Szabo, 67, ground floor:</strong> “I wear my coat in bed. I’m not "
         "joking.”")
     + P("<strong>The landlord, Carraway Homes:</strong> “Repairs have been scheduled for all "
         "affected flats.”"),
     [("heating went off in", "Kwame Asante"), ("wear my coat in", "Irene Szabo"),
      ("Repairs have been scheduled", "Carraway Homes")]),

    ("r56-label", "en",
     P("<strong>Transcript, episode 88</strong>")
     + P("<strong>Jenna Morley:</strong> So you quit a job at a bank to sell seaweed.")
     + P("<strong>Oscar Tembe:</strong> “Quit” is generous. I was let go. The seaweed came "
         "after.")
     + P("<strong>Jenna Morley:</strong> And now you ship to eleven countries.")
     + P("<strong>Oscar Tembe:</strong> Twelve since Monday. Don’t tell my mother, she’ll "
         "want a discount."),
     [("you quit a job", "Jenna Morley"), ("I was let go", "Oscar Tembe"),
      ("you ship to eleven", "Jenna Morley"), ("Twelve since Monday", "Oscar Tembe")]),

    ("r56-label", "en",
     "<figure><img src='harbour.jpg' alt=''><figcaption>Harbourmaster Ingrid Solberg-Hayes on "
     "the east pier.</figcaption></figure>"
     + P("The harbour’s dredging budget has been cut for the third year in a row.")
     + P("“At low tide you can walk to the lighthouse now. That’s not a feature.”")
     + P("She said two fishing boats had run aground since August."),
     [("walk to the lighthouse", "Ingrid Solberg-Hayes")]),

    ("r56-label", "en",
     "<h2>Renata Vos: ‘I wanted a kitchen where nobody shouts’</h2>"
     + P("The chef, who opened Little Ember in a former post office last spring, has banned "
         "raised voices during service.")
     + P("“I came up in kitchens where the pans flew. It made me faster. It didn’t make me "
         "better.”")
     + P("Staff turnover, she says, has fallen to almost nothing."),
     [("kitchen where nobody shouts", "Renata Vos"), ("where the pans flew", "Renata Vos")]),

    # ---------------------------------------------------------------- English: takeaways lists
    ("r56-list", "en",
     P("Five things we learned from Wednesday’s earnings call at Brindle Systems:")
     + "<ul><li>Chief financial officer Howard Ng said margins would “stabilise by the second "
       "half.”</li><li>Chief executive Simone Arkwright called the cloud business “our engine "
       "for the next decade.”</li><li>One analyst asked whether layoffs were planned; the answer "
       "was “not at this time.”</li></ul>"
     + P("Shares rose four per cent in after-hours trading."),
     [("stabilise by the second", "Howard Ng"), ("our engine for the", "Simone Arkwright"),
      ("not at this time", None)]),

    ("r56-list", "en",
     P("We asked readers what they would change about the new bus routes. Some answers:")
     + "<ul><li>“Bring back the 41. My gran can’t walk to the high street.”</li>"
       "<li>“More buses after nine, please.”</li>"
       "<li>“Honestly, it’s fine. People like to complain.”</li></ul>"
     + P("The council will consult again in the spring."),
     [("Bring back the 41", None), ("More buses after nine", None),
      ("People like to complain", None)]),

    ("r56-list", "en",
     P("Key takeaways from the panel with urban planner Oksana Deverell:")
     + "<ul><li>Cities should plan “for the heatwave, not the postcard.”</li>"
       "<li>Trees are infrastructure: “a street without shade is a broken street.”</li>"
       "<li>Start small. In her words, “paint is cheaper than concrete.”</li></ul>",
     [("not the postcard", "Oksana Deverell"), ("without shade is a", "Oksana Deverell"),
      ("paint is cheaper than", "Oksana Deverell")]),

    # ---------------------------------------------------------------- English: none
    ("r56-none", "en",
     P("The Harwick Gazette polled 400 residents about the proposed stadium.")
     + P("Asked whether the project was worth the cost, 41 per cent answered “yes, definitely worth it,” "
         "and 22 per cent chose “no, under any circumstances.”")
     + P("Mayor Colette Brannigan, who backs the plan, said she would study the results."),
     [("yes, definitely worth it", None), ("no, under any circumstances", None)]),

    ("r56-none", "en",
     P("Glimmer’s new earbuds arrive with the slogan “Silence, finally upgraded” printed on the box.")
     + P("Reviewer Tomasz Kell found the noise cancellation good but not class-leading, and the "
         "app “a maze of toggles.”")
     + P("The firm’s previous model was sold as “Hear everything, miss nothing.”"),
     [("Silence, finally upgraded", None), ("a maze of toggles", "Tomasz Kell"),
      ("Hear everything, miss nothing", None)]),

    ("r56-none", "en",
     P("The Housing (Standards) Act requires landlords to keep homes “free from damp and mould "
       "that is prejudicial to health.”")
     + P("Tenant advocate Gloria Mbeki says the phrase is rarely enforced.")
     + P("The act also defines a “reasonable period of time” for repairs, without saying how long that "
         "is."),
     [("free from damp and", None), ("reasonable period of time", None)]),

    ("r56-none", "en",
     P("Police arrested Dominic Rees, 28, on Saturday evening after a disturbance outside the "
       "Fox and Anchor.")
     + P("“There were bottles everywhere. It was frightening,” one witness said.")
     + P("Rees is due to appear before magistrates on Monday."),
     [("There were bottles everywhere", None)]),

    ("r56-none", "en",
     P("Fans of the band Gossamer Lane packed the square on Friday, many holding signs that read "
       "“Come Back Tour Now.”")
     + P("Lead singer Aoife Brennan said nothing about a reunion from the stage.")
     + P("“She looked right at me. I’m choosing to believe it means yes,” said one fan."),
     [("Come Back Tour Now", None), ("I’m choosing to believe", None)]),

    ("r56-none", "en",
     P("Her memoir, “The Weight of Small Hours,” spent nine weeks on the list.")
     + P("Critics called it “unflinching, tender and overlong,” though some found the middle section slow.")
     + P("Author Delphine Marsh is now writing a novel."),
     [("The Weight of Small", None), ("unflinching, tender and overlong", None)]),
    # ---------------------------------------------------------------- English: competing names
    ("r56-compete", "en",
     P("“Marisol Quintero did nothing wrong, and the club knew it,” her lawyer, Everett Hale, "
       "said on Monday.")
     + P("Quintero, a former youth coach at Brackley Athletic, was dismissed in August.")
     + P("The club said in a statement that it “does not comment on individual employment "
         "matters.”"),
     [("did nothing wrong, and", "Everett Hale"),
      ("does not comment on", "Brackley Athletic")]),

    ("r56-compete", "en",
     P("Asked by Councillor Nora Ilves whether the library would reopen before the summer, the "
       "director of services, Callum Breck, replied: “I would not put money on it.”")
     + P("Ilves said that answer was “simply not good enough for families.”")
     + P("Breck later said the roof repairs had uncovered asbestos."),
     [("not put money on", "Callum Breck"), ("simply not good enough", "Nora Ilves")]),

    ("r56-compete", "en",
     P("Gerald Pike and his daughter, Harriet Pike, have farmed the same 200 acres for two "
       "decades.")
     + P("“Dad thinks the solar panels are ugly,” Harriet said. “I think they pay the "
         "mortgage.”")
     + P("“They are ugly,” her father said. “She’s also right.”"),
     [("thinks the solar panels", "Harriet Pike"), ("pay the mortgage", "Harriet Pike"),
      ("She’s also right", "Gerald Pike")]),

    ("r56-compete", "en",
     P("Pictured above: former champion Luca Benedetti at the 2011 final.")
     + P("The tournament’s organisers have not yet confirmed this year’s wildcard entries.")
     + P("“We will announce the full draw on Friday,” said tournament director Sandra Kowal."),
     [("announce the full draw", "Sandra Kowal")]),

    ("r56-compete", "en",
     P("In her ruling, Judge Olwen Marsh wrote that the defendant, Trevor Cale, had shown "
       "“a sustained and deliberate disregard” for the safety of his tenants.")
     + P("Cale’s barrister had argued that his client was “a landlord out of his depth, not a "
         "villain.”")
     + P("The barrister, Adaeze Nwosu, said after the hearing that Cale would consider an "
         "appeal."),
     [("sustained and deliberate disregard", "Olwen Marsh"),
      ("out of his depth", "Adaeze Nwosu")]),

    ("r56-compete", "en",
     P("The letter, written by Captain Josiah Wren to his brother Samuel in 1863, describes the "
       "wreck in plain terms.")
     + P("“The sea took the mast first and then the men. Samuel, I could not hold them.”")
     + P("Curator Philippa Dunne says the letter was found inside a Bible at a house sale.")
     + P("“It had been used as a bookmark for a century,” she said."),
     [("sea took the mast", "Josiah Wren"), ("used as a bookmark", "Philippa Dunne")]),

    # ---------------------------------------------------------------- English: split, far, role
    ("r56-split", "en",
     P("“We tried our best,” said Ruth Kallner, the ferry operator, standing on the slipway, “but the river "
       "won this time.”")
     + P("Her deckhand, Owen Petrie, spent the morning pumping water out of the ticket office.")
     + P("“Ten inches,” he said. “Last year it was four.”"),
     [("We tried our best", "Ruth Kallner"), ("but the river won", "Ruth Kallner"),
      ("Last year it was", "Owen Petrie")]),

    ("r56-far", "en",
     P("Mayor Ines Halvorsen took office in January promising to fix the town’s potholes within "
       "a year.")
     + P("Eleven months on, the council has filled 2,300 of them. Contractors say another 900 are "
         "waiting.")
     + P("Road crews now work nights on the main routes, and the budget for the programme has "
         "doubled.")
     + P("“We underestimated the problem,” the mayor said. “We did not underestimate the "
         "people.”"),
     [("underestimated the problem", "Ines Halvorsen"),
      ("did not underestimate the", "Ines Halvorsen")]),

    ("r56-role", "en",
     P("Mossgrove beat Tanfield 3-1 on Saturday. Ifeanyi Okorie, 19, scored twice on his first "
       "start.")
     + P("“I just kept running into the box. Eventually the ball found me,” the teenager said.")
     + P("Tanfield manager Stuart Pell was less forgiving of his defence. “Schoolboy stuff, all afternoon,” the "
         "61-year-old said."),
     [("kept running into the", "Ifeanyi Okorie"), ("Schoolboy stuff, all afternoon", "Stuart Pell")]),

    ("r56-role", "en",
     P("Professor Amara Chukwu-Lindqvist, who leads the coastal erosion group at Harrow Point "
       "University, has spent a decade measuring the same cliff.")
     + P("“It loses about a metre a year. Some years, five.”")
     + P("Chukwu-Lindqvist said the figures were “not a forecast but a record.”"),
     [("loses about a metre", "Amara Chukwu-Lindqvist"),
      ("not a forecast but", "Amara Chukwu-Lindqvist")]),

    ("r56-role", "en",
     P("Dr. Hendrik van der Molen, the hospital’s chief of surgery, introduced the new robot at "
       "a press conference.")
     + P("“It does not get tired, and it does not get bored. I do both,” Dr. van der Molen said.")
     + P("A patient, Rosa Delgado-Winter, 58, was among the first to be operated on with it."),
     [("does not get tired", "Hendrik van der Molen")]),

    # ---------------------------------------------------------------- English: forum
    ("r56-forum", "en",
     '<div class="post">'
     + P("<strong>kettle_drummer</strong> wrote:")
     + "<blockquote>Has anyone managed to get the firmware update to install on the older "
       "model? Mine stops at 62%.</blockquote>"
     + P("Same here. Rolled back to the previous version and it works fine now.")
     + "</div>"
     + '<div class="post">'
     + P("<strong>mossbank</strong>: Support told me “the older model is no longer supported,” "
         "which is news to me since I bought it in March.")
     + "</div>",
     [("firmware update to install", "kettle_drummer"),
      ("older model is no", None)]),

    ("r56-forum", "en",
     '<div class="post">'
     + P("Posted by <strong>Vanya_R</strong>")
     + P("Quote from <strong>greenlane77</strong>: “Just use a bigger pot, the roots will sort "
         "themselves out.”")
     + P("Please don’t. My fig sulked for two years after I did exactly that.")
     + "</div>",
     [("roots will sort themselves", "greenlane77")]),

    ("r56-forum", "en",
     '<div class="post">'
     + P("<strong>Re: Crashes on launch</strong>")
     + P("I get “Error 0x80070005: Access is denied” every time. Tried running as admin, no "
         "luck.")
     + P("<strong>Moderator note:</strong> please post your log file, not a screenshot.")
     + "</div>",
     [("Access is denied", None)]),

    # ---------------------------------------------------------------- English: testimonials, reviews
    ("r56-testimonial", "en",
     '<div class="card"><blockquote>“They replaced our whole roof in two days and left the '
     'garden cleaner than they found it.”</blockquote><p class="name">Maureen Talbot</p>'
     '<p class="role">Homeowner, Ashby</p></div>'
     + '<div class="card"><blockquote>“Fair quote, no surprises on the invoice.”</blockquote>'
       '<p>— Dev P., Lutterworth</p></div>'
     + P("Join over 3,000 happy customers."),
     [("replaced our whole roof", "Maureen Talbot"), ("no surprises on the", "Dev P.")]),

    ("r56-testimonial", "en",
     P("<strong>Case study: Fenwick Dental</strong>")
     + P("Fenwick moved its booking system to Slotwise in March. Within a quarter, missed "
         "appointments had fallen by a third.")
     + "<blockquote><p>“Our front desk stopped spending the morning on the phone.”</p>"
       "<footer>— Amelia Grosvenor, Practice Manager, Fenwick Dental</footer></blockquote>"
     + P("Ready to see what Slotwise can do? Book a demo."),
     [("front desk stopped spending", "Amelia Grosvenor")]),

    ("r56-review", "en",
     P("<strong>★★★★☆ Solid, but the lid leaks</strong>")
     + P("Reviewed by Hal Brennock, verified purchase")
     + P("Keeps coffee hot for the whole commute. The box promises “leak-proof in any position,” "
         "which is optimistic: lay it flat in a bag and you’ll find out.")
     + P("My partner’s verdict: “Buy the other one.”"),
     [("leak-proof in any position", None), ("Buy the other one", None)]),

    ("r56-review", "en",
     P("The Tannery is the kind of restaurant that writes “seasonal, local, honest” on its "
       "menus. Mostly it delivers.")
     + P("Our waiter recommended the hake “because the chef caught it himself,” which we chose "
         "to believe.")
     + P("Chef-owner Marcus Obi later told me the hake comes from a boat in Brixham. “I caught "
         "it in the sense that I bought it,” he said."),
     [("seasonal, local, honest", None), ("chef caught it himself", None),
      ("caught it in the", "Marcus Obi")]),

    # ---------------------------------------------------------------- English: press release
    ("r56-press", "en",
     P("HALDEN, Ore. — Quillstone Bio today announced that its lead compound has entered "
       "phase two trials for chronic kidney disease.")
     + P("“This is the step our patients have been waiting for,” said Dr. Keiko Arimura, chief "
         "medical officer of Quillstone Bio. “We are cautiously hopeful.”")
     + P("“Phase two is where good science meets hard reality,” added Jonah Feld, chief "
         "executive.")
     + P("<strong>About Quillstone Bio</strong> Quillstone Bio is a clinical-stage company "
         "based in Halden, Oregon, with 140 employees."),
     [("step our patients have", "Keiko Arimura"), ("We are cautiously hopeful", "Keiko Arimura"),
      ("good science meets hard", "Jonah Feld")]),

    ("r56-press", "en",
     P("The University of Eastmoor today published a study showing that urban foxes adjust "
       "their sleep to bin-collection days.")
     + P("“They learn the timetable faster than the residents do,” said the study’s lead author, "
         "Dr. Siobhan Carrick of the School of Biosciences.")
     + P("Co-author Pavel Drozd said the team fitted 31 foxes with collars.")
     + P("“Two of them chewed the collars off. We respect that.”"),
     [("learn the timetable faster", "Siobhan Carrick"), ("chewed the collars off", "Pavel Drozd")]),

    # ---------------------------------------------------------------- English: docs
    ("r56-docs", "en",
     P("If the build fails with “cannot find module ‘core/utils’”, check that the path alias "
       "is set in your config file.")
     + P("The migration guide notes that “the legacy loader will be removed in version 5.”")
     + P("Run the command again with the verbose flag to see the full stack trace."),
     [("cannot find module", None), ("legacy loader will be", None)]),

    ("r56-docs", "en",
     P("<strong>Troubleshooting</strong>")
     + P("When the device shows “Sensor not calibrated — hold still”, place it on a flat surface "
         "for ten seconds.")
     + P("Our support lead, Farah Qureshi, recommends “a full reset before anything else,” since "
         "most calibration faults clear after one."),
     [("Sensor not calibrated", None), ("full reset before anything", "Farah Qureshi")]),

    # ---------------------------------------------------------------- English: blog / newsletter
    ("r56-blog", "en",
     P("I have been writing this newsletter for six years, and every January I promise myself "
       "I will post less. My editor at the time, Gwen Aldous, once told me: “Frequency is not a "
       "virtue.” I ignored her.")
     + P("This year I am trying something different. As my grandmother used to say, “Never "
         "trust a man who owns one hat.” I don’t know what that means either.")
     + P("I wrote in my first issue that this would be “a small thing for a few people.” It "
         "still is."),
     [("Frequency is not a", "Gwen Aldous"), ("trust a man who", None),
      ("small thing for a", None)]),

    ("r56-blog", "en",
     P("Last week on the Brightbyte engineering blog, our staff engineer Tariq Salmon explained "
       "why we stopped using microservices for the billing code.")
     + P("“We had eleven services and one team. That ratio was the bug.”")
     + P("The post generated a lot of replies. One reader wrote that it was “the most honest "
         "architecture post of the year.”"),
     [("had eleven services and", "Tariq Salmon"), ("most honest architecture post", None)]),

    # ---------------------------------------------------------------- English: obituary, court, museum
    ("r56-obit", "en",
     P("Eleanor Grace Whitfield, who taught piano to three generations of children in "
       "Caldmoor, died on 2 November. She was 94.")
     + P("Her son, Peter Whitfield, said she was still correcting his posture at the hospital.")
     + P("“Shoulders down, Peter. She said it twice on the last day.”")
     + P("A former pupil, the conductor Yusuf Demirel, called her “the strictest and kindest "
         "person I have ever met.”"),
     [("She said it twice", "Peter Whitfield"),
      ("strictest and kindest person", "Yusuf Demirel")]),

    ("r56-court", "en",
     P("The trial of Norman Greaves continued at Kesby Crown Court on Wednesday.")
     + P("The prosecutor, Miriam Osei, asked the witness whether she had seen the car. "
         "“Yes. It was blue. It was going far too fast.”")
     + P("Under cross-examination by Greaves’s barrister, Alastair Penrose, the witness, Janet "
         "Hubble, agreed it had been dark. “Dark, yes. But I know blue.”"),
     [("It was going far", "Janet Hubble"), ("But I know blue", "Janet Hubble")]),

    ("r56-museum", "en",
     P("Our guide at the Brask Salt Museum, a retired miner named Arvid Holt, leads us 80 "
       "metres underground.")
     + P("“Lick the wall if you like. Everyone does,” he says. “Nobody gets ill. Salt is the "
         "cleanest thing down here.”")
     + P("A sign at the lift reads “Helmets must be worn beyond this point.”")
     + P("He points to a carving from 1902. “That’s my great-grandfather’s initials.”"),
     [("Lick the wall if", "Arvid Holt"), ("cleanest thing down here", "Arvid Holt"),
      ("Helmets must be worn", None), ("my great-grandfather’s initials", "Arvid Holt")]),
    # ---------------------------------------------------------------- English: more news shapes
    ("r56-quoteparas", "en",
     P("“It’s the first time I’ve seen the whole street agree on anything.”")
     + P("That was how Bernadette Ryle, who has lived on Quarry Lane for forty years, described "
         "the petition against the new car park.")
     + P("Her neighbour Simon Achebe collected 312 signatures in a week.")
     + P("“People signed who’ve never said hello to me,” he said."),
     [("whole street agree on", "Bernadette Ryle"), ("never said hello to", "Simon Achebe")]),

    ("r56-quoteparas", "en",
     P("Grace Olumide has worked nights on the cardiac ward for a decade. The 34-year-old nurse "
       "says the job has changed more in the last two years than in the eight before.")
     + P("“We have fewer beds and sicker patients. The maths doesn’t work.”")
     + P("She has seen colleagues leave for agencies that pay double:")
     + P("“I don’t blame them. Some days I look at the adverts too.”"),
     [("fewer beds and sicker", "Grace Olumide"), ("look at the adverts", "Grace Olumide")]),

    ("r56-told", "en",
     P("Rapper and producer Kaysee told Beatline magazine "
       "that his next album would be his last under that name.")
     + P("“That name belonged to a kid. I’m forty now. Let him rest.”")
     + P("His label, Northward Sound, said in a statement that it “fully supports the artist’s "
         "decision.”"),
     [("name belonged to a", "Kaysee"), ("fully supports the artist’s", "Northward Sound")]),

    ("r56-chain", "en",
     P("Detective Inspector Rana Haddad led the search for the missing hiker. She had done "
       "mountain rescue before joining the force.")
     + P("“The fog came down at four. After that we were working by sound,” she said.")
     + P("On the second day, volunteer Claire Munro, a shepherd who knows the fell, joined the "
         "team. She found him in a sheepfold.")
     + P("“He was cold and cross and very much alive,” she said."),
     [("fog came down at", "Rana Haddad"), ("cold and cross and", "Claire Munro")]),

    ("r56-chain", "en",
     P("Isaac Mendel and his business partner Thomas Grier opened the first Crate & Kiln shop "
       "in 2016. Mendel handles the money; Grier designs the furniture.")
     + P("“Thomas draws, I say no, Thomas draws again,” Mendel said.")
     + P("Grier shrugged when asked about that. “He says no less than he thinks.”")
     + P("He added that the shop’s best-seller, a folding stool, was drawn on a napkin."),
     [("Thomas draws, I say", "Isaac Mendel"), ("says no less than", "Thomas Grier")]),

    ("r56-mixed", "en",
     P("Health secretary Lionel Abara insisted the waiting list was “turning a corner,” but the "
       "shadow minister, Fiona Cheng, said patients were “still stuck at the bottom of the "
       "stairs.”")
     + P("Both spoke at the Royal College conference in Leeds.")
     + P("Delegates applauded Cheng more warmly. One called Abara’s speech “a spreadsheet read "
         "aloud.”"),
     [("turning a corner", "Lionel Abara"), ("stuck at the bottom", "Fiona Cheng"),
      ("a spreadsheet read aloud", None)]),

    ("r56-mixed", "en",
     P("The founder of the charity, Ahmed Latif, described the winter appeal as “our best year "
       "and our worst need,” while its treasurer, Joy Ferris, warned that donations had "
       "plateaued. Latif said the charity would not cut its hot-meal service. Ferris, for her "
       "part, called the next six months “a tightrope without a net.”")
     + P("The charity’s accounts will be published in January."),
     [("best year and our", "Ahmed Latif"), ("tightrope without a net", "Joy Ferris")]),

    ("r56-sport", "en",
     P("Kelso Rovers coach Brian Dunleavy was asked about his goalkeeper’s mistake in the "
       "ninetieth minute.")
     + P("“He’s made fifty saves to keep us in this league. He’s allowed one.”")
     + P("The keeper, Tomás Ruane, was more direct: “I dropped it. Simple as that.”")
     + P("Ruane is expected to start against Dunmore on Saturday."),
     [("made fifty saves to", "Brian Dunleavy"), ("I dropped it", "Tomás Ruane")]),

    ("r56-sport", "en",
     P("Yara Haddad-Benn won the women’s 10,000 metres in a championship record, more than "
       "twenty seconds clear of Elsie Morrow.")
     + P("“I wanted to be alone by the bell. I was alone by halfway,” Haddad-Benn said.")
     + P("Morrow, the defending champion, was gracious. “She ran a race I couldn’t have run on "
         "my best day,” the 29-year-old said."),
     [("alone by the bell", "Yara Haddad-Benn"), ("ran a race I", "Elsie Morrow")]),

    ("r56-health", "en",
     P("<strong>Is it a cold or the flu?</strong>")
     + P("The flu tends to arrive suddenly. General practitioner Dr. Neil Sandhu puts it "
         "simply: “A cold creeps up on you. The flu hits you like a bus.”")
     + P("The advice leaflet that many surgeries hand out says to “rest, drink fluids "
         "and stay at home.”")
     + P("Seek help if symptoms last more than a week, Sandhu says."),
     [("cold creeps up on", "Neil Sandhu"), ("drink fluids and stay", None)]),

    ("r56-profile", "en",
     P("Jolene Akerby has been making violins in a converted stable near Wexcombe for twenty-six "
       "years. She learned from her uncle, Walter Akerby, who died in 2009.")
     + P("“He would hold a plate of spruce to the window and just look at it for an hour.”")
     + P("Her apprentice, Lucia Ferrante, started in September after reading about the workshop "
         "online.")
     + P("“I asked for a week. She gave me a broom,” Ferrante said.")
     + P("Akerby smiles. “The broom is the first instrument.”"),
     [("hold a plate of", "Jolene Akerby"), ("She gave me a", "Lucia Ferrante"),
      ("broom is the first", "Jolene Akerby")]),

    ("r56-tech", "en",
     P("Orbitel’s new phone went on sale Friday. Chief product officer Mandla Zungu told The "
       "Circuit it was “the least exciting phone we’ve ever made, on purpose.”")
     + P("The company’s launch video ends with the tagline “Boring. Brilliant. Yours.”")
     + P("“People don’t want surprises from a phone,” Zungu said. “They want it to work on a "
         "Tuesday.”"),
     [("least exciting phone we’ve", "Mandla Zungu"), ("Boring. Brilliant. Yours", None),
      ("work on a Tuesday", "Mandla Zungu")]),

    ("r56-ent", "en",
     P("Actor Benedikt Soro, who stars opposite Mila Harcourt in the thriller Low Tide, says "
       "the pair barely spoke on set.")
     + P("“Not because we didn’t like each other. The characters hate each other, and Mila "
         "stayed in it.”")
     + P("Harcourt, reached by email, confirmed it. “I apologised on the last day. He laughed.”"),
     [("characters hate each other", "Benedikt Soro"), ("apologised on the last", "Mila Harcourt")]),

    ("r56-local", "en",
     P("Residents of Pell Street woke on Tuesday to find a new sign on the corner: “No Parking "
       "Tuesdays 8-10am — Street Cleaning.”")
     + P("Nobody had been told. Shopkeeper Hussein Darwish said three of his customers were "
         "ticketed before nine.")
     + P("“They came in to buy milk and left with a fine.”")
     + P("A council officer said: “Notices went out by post.”"),
     [("No Parking Tuesdays", None), ("left with a fine", "Hussein Darwish"),
      ("Notices went out by", None)]),

    ("r56-business", "en",
     P("Shares in Harlow & Finch fell 9 per cent after the retailer cut its profit forecast.")
     + P("Chief executive Rosalind Teague blamed the weather. “Nobody buys a winter coat in a "
         "warm November.”")
     + P("Analyst Gideon Marr of Stanwick Securities was unconvinced, calling that explanation "
         "“the oldest excuse in retail.”")
     + P("The company said in a trading update that it expected “a stronger second half.”"),
     [("buys a winter coat", "Rosalind Teague"), ("oldest excuse in retail", "Gideon Marr"),
      ("a stronger second half", "Harlow & Finch")]),

    ("r56-interview", "en",
     P("Theo Varga, 31, is the youngest head chef in the city to hold a star. We met him before "
       "service.")
     + P("<strong>What did the star change?</strong>")
     + P("The bookings. Not the food. I won’t let it change the food.")
     + P("<strong>Do you sleep?</strong>")
     + P("On Mondays. Ask me again in spring."),
     [("I won’t let it", "Theo Varga"), ("Ask me again in", "Theo Varga")]),

    ("r56-podcast", "en",
     P("<strong>Show notes — Episode 212: The Unbuilt City</strong>")
     + P("This week, host Carla Mendes talks to architect Idris Fallon about the buildings that "
         "were never built.")
     + P("Idris on his favourite unbuilt tower: “It would have been ugly and I would have loved "
         "it.”")
     + P("Carla on why she started the show: “I like stories with no ending.”"),
     [("would have been ugly", "Idris Fallon"), ("stories with no ending", "Carla Mendes")]),

    ("r56-written", "en",
     P("The note, taped to the door of the closed post office, was signed by the postmistress, "
       "Dorothy Quayle.")
     + P("“After 41 years I am hanging up my stamp. Thank you for every parcel and every "
         "grumble.”")
     + P("Someone had written underneath in marker: “We’ll miss you Dot.”"),
     [("hanging up my stamp", "Dorothy Quayle"), ("miss you Dot", None)]),
    # ---------------------------------------------------------------- German
    ("r56-told", "de",
     P("Die Bürgermeisterin von Hellstedt, Annegret Wöhrmann, sagte dem Weilbacher Tagblatt, die "
       "Sanierung des Freibads werde sich um ein weiteres Jahr verzögern.")
     + P("„Wir haben die Fliesen bestellt, aber nicht die Handwerker, die sie verlegen.“")
     + P("Der Förderverein reagierte enttäuscht. Sein Vorsitzender Jörg Lammers nannte die "
         "Verzögerung „ein Schlag ins Gesicht aller Schwimmer“.")
     + P("„Wir sammeln seit drei Jahren Spenden“, fügte er hinzu."),
     [("haben die Fliesen bestellt", "Annegret Wöhrmann"),
      ("Schlag ins Gesicht aller", "Jörg Lammers"), ("sammeln seit drei Jahren", "Jörg Lammers")]),

    ("r56-interview", "de",
     P("Die Tischlermeisterin Katrin Obermaier, 38, hat als erste Frau die Innung in Weilbach "
       "übernommen. Ein Gespräch über Späne und Vorurteile.")
     + P("<strong>Frage: Wie reagieren die Kollegen?</strong>")
     + P("Die meisten gut. Einer fragte, ob ich den Kaffee koche. Ich habe ihm die Maschine "
         "erklärt.")
     + P("<strong>Frage: Und die Kunden?</strong>")
     + P("Die wollen einen Schrank, der hält. Wer ihn baut, ist ihnen egal."),
     [("fragte, ob ich den", "Katrin Obermaier"), ("wollen einen Schrank, der", "Katrin Obermaier")]),

    ("r56-none", "de",
     P("Auf dem Transparent vor dem Rathaus stand „Bäume statt Beton“.")
     + P("Stadtrat Henning Pfaff, der das Bauprojekt unterstützt, ging schweigend an den "
         "Demonstranten vorbei.")
     + P("„Der hat sich nicht mal umgedreht“, sagte eine Teilnehmerin."),
     [("Bäume statt Beton", None), ("nicht mal umgedreht", None)]),

    ("r56-org", "de",
     P("Die Polizei Sandhagen teilte am Sonntag mit, der Mann sei „nicht mehr in "
       "Lebensgefahr“.")
     + P("Ein Sprecher des Klinikums Nordheide sagte, man werde sich „zum Zustand des Patienten "
         "nicht äußern“.")
     + P("Laut Paragraf 34 des Gesetzes darf die Behörde „nur im Einvernehmen mit der Familie“ "
         "Auskunft geben."),
     [("nicht mehr in Lebensgefahr", "Polizei Sandhagen"),
      ("zum Zustand des Patienten", "Klinikum Nordheide"),
      ("nur im Einvernehmen mit", None)]),

    ("r56-forum", "de",
     '<div class="post">'
     + P("<strong>Zitat von Radlerin_84:</strong> „Das Schaltwerk lässt sich nicht mehr "
         "einstellen, egal was ich mache.“")
     + P("Hast du mal das Schaltauge geprüft? Bei mir war es verbogen.")
     + "</div>"
     + '<div class="post">'
     + P("<strong>Kettenblatt</strong> schrieb: Fehlermeldung im Händlerportal: „Artikel derzeit "
         "nicht lieferbar“. Super.")
     + "</div>",
     [("Schaltwerk lässt sich nicht", "Radlerin_84"), ("Artikel derzeit nicht lieferbar", None)]),

    # ---------------------------------------------------------------- French
    ("r56-before", "fr",
     P("Selon Hélène Marchetti, directrice de l’école Jules-Ferry de Saint-Aubrac, la "
       "fermeture d’une classe serait « une catastrophe pour le village ».")
     + P("Le maire, Gérard Poitevin, se veut plus prudent : « Rien n’est décidé. Nous "
         "défendrons chaque poste. »")
     + P("« On nous dit ça tous les ans », soupire une mère d’élève."),
     [("une catastrophe pour le", "Hélène Marchetti"), ("Nous défendrons chaque poste", "Gérard Poitevin"),
      ("On nous dit ça", None)]),

    ("r56-interview", "fr",
     P("Rencontre avec Yasmina Belkacem, 45 ans, qui a ouvert la première librairie de la vallée "
       "depuis trente ans.")
     + P("<strong>Question : Pourquoi une librairie, aujourd’hui ?</strong>")
     + P("Parce qu’on me disait que c’était impossible. C’est un bon point de départ.")
     + P("<strong>Question : Et ça marche ?</strong>")
     + P("Les enfants viennent le mercredi. Les parents suivent. Oui, ça marche."),
     [("on me disait que", "Yasmina Belkacem"), ("Les enfants viennent le", "Yasmina Belkacem")]),

    ("r56-press", "fr",
     P("LYON — La société Ventalys annonce l’ouverture de son nouveau site de production à "
       "Vénissieux.")
     + P("« Ce site incarne notre engagement pour l’industrie locale », déclare Mathieu "
         "Delorme-Arnaud, président de Ventalys.")
     + P("<strong>À propos de Ventalys</strong> Ventalys conçoit des systèmes de ventilation "
         "pour l’industrie et emploie 300 personnes."),
     [("incarne notre engagement pour", "Mathieu Delorme-Arnaud")]),

    # ---------------------------------------------------------------- Spanish
    ("r56-after", "es",
     P("La atleta Lucía Barrenechea, de 24 años, ganó el oro en los 1.500 metros el sábado en "
       "Valdemora.")
     + P("«No miré atrás ni una vez. Sabía que venían», dijo la vallisoletana.")
     + P("Su entrenador, Ramón Ibarguren, no ocultó la emoción: «La he visto llorar en los "
         "entrenamientos. Hoy llora de alegría».")
     + P("En la grada, una pancarta decía «Lucía, orgullo del barrio»."),
     [("No miré atrás ni", "Lucía Barrenechea"), ("visto llorar en los", "Ramón Ibarguren"),
      ("orgullo del barrio", None)]),

    ("r56-review", "es",
     P("<strong>Opiniones de clientes</strong>")
     + '<div class="card"><blockquote>«El apartamento era tal cual las fotos y el anfitrión nos '
       'dejó una tarta.»</blockquote><p>— Marta G., Zaragoza</p></div>'
     + '<div class="card"><blockquote>«Ruidoso los fines de semana, pero la ubicación es '
       'inmejorable.»</blockquote><p>Huésped verificado</p></div>',
     [("tal cual las fotos", "Marta G."), ("la ubicación es inmejorable", None)]),

    ("r56-org", "es",
     P("El Ministerio de Sanidad aseguró en un comunicado que la campaña de vacunación "
       "«avanza según lo previsto».")
     + P("El sindicato de enfermería SATEM, en cambio, denunció «una falta absoluta de "
         "personal» en los centros de salud.")
     + P("«Estamos vacunando en los pasillos», contó una enfermera de Getafe."),
     [("avanza según lo previsto", "Ministerio de Sanidad"),
      ("una falta absoluta de", "SATEM"), ("vacunando en los pasillos", None)]),

    # ---------------------------------------------------------------- Italian
    ("r56-far", "it",
     P("Il sindaco di Castelbruno, Ottavio Ravanelli, ha presentato ieri il piano per il centro "
       "storico.")
     + P("Il progetto prevede la chiusura al traffico di via Garibaldi e di piazza Mazzini dal "
         "prossimo aprile.")
     + P("I commercianti temono un calo degli incassi. Il primo cittadino però non arretra: "
         "«Le città vive sono quelle dove si cammina».")
     + P("«Ci hanno tolto anche i parcheggi», protesta un negoziante."),
     [("città vive sono quelle", "Ottavio Ravanelli"), ("tolto anche i parcheggi", None)]),

    ("r56-mixed", "it",
     P("Per la presidente dell’associazione, Giulia Sabbatini, il bando è «un’occasione "
       "persa per tutti», mentre l’assessore Franco Delrio parla di «un primo passo concreto».")
     + P("La Regione ha stanziato due milioni di euro."),
     [("un’occasione persa per tutti", "Giulia Sabbatini"), ("un primo passo concreto", "Franco Delrio")]),

    # ---------------------------------------------------------------- Portuguese
    ("r56-told", "pt",
     P("O treinador do Vila Serrana, Joaquim Tavares, disse aos jornalistas que a equipa "
       "merecia mais depois do empate.")
     + P("«Tivemos três bolas na trave. O futebol às vezes é cruel.»")
     + P("O avançado Rúben Coelho, autor do golo, preferiu olhar em frente: «Sábado há outro "
         "jogo.»"),
     [("três bolas na trave", "Joaquim Tavares"), ("Sábado há outro jogo", "Rúben Coelho")]),

    ("r56-blog", "pt",
     P("Quando comecei este blogue, a minha avó Conceição Lobato disse-me: “Escreve como "
       "falas, que ninguém gosta de sermões.” Tento cumprir.")
     + P("Esta semana fui à feira de Barcelos. Numa banca, um cartaz prometia “o melhor queijo "
         "da serra”. Não era.")
     + P("O vendedor jurou que sim: “É o meu pai que o faz!”"),
     [("Escreve como falas, que", "Conceição Lobato"), ("o melhor queijo da", None),
      ("meu pai que o", None)]),

    # ---------------------------------------------------------------- Dutch
    ("r56-after", "nl",
     P("Wethouder Marloes van den Heuvel opende zaterdag het nieuwe zwembad in Oosterkerk.")
     + P("‘We hebben er tien jaar op gewacht. Dan mag het ook een feest zijn,’ zei ze.")
     + P("Badmeester Kees de Groot, die al dertig jaar in het oude bad werkte, was ontroerd. "
         "‘Het oude bad lekte. Dit bad lekt niet. Wennen.’")
     + P("Op de gevel staat ‘Zwem met plezier’."),
     [("tien jaar op gewacht", "Marloes van den Heuvel"), ("oude bad lekte", "Kees de Groot"),
      ("Zwem met plezier", None)]),

    ("r56-org", "nl",
     P("Het ministerie van Infrastructuur laat in een verklaring weten dat de brug ‘uiterlijk "
       "in maart’ weer open gaat.")
     + P("Transportbedrijf Vrieling BV noemt dat ‘onacceptabel lang voor de regio’. Directeur Sanne Bosman: "
         "‘Onze chauffeurs rijden nu veertig kilometer om.’"),
     [("uiterlijk in maart", "ministerie van Infrastructuur"),
      ("onacceptabel lang voor de", "Vrieling BV"), ("chauffeurs rijden nu veertig", "Sanne Bosman")]),

    # ---------------------------------------------------------------- Swedish
    ("r56-after", "sv",
     P("Kommunalrådet Birgitta Hallqvist (S) vill bygga om torget i Ramsele.")
     + P("”Det ska vara en plats där man vill stanna, inte bara passera”, säger hon.")
     + P("Oppositionsrådet Mikael Sundström (M) är skeptisk. ”Det är en dyr dröm i en "
         "kommun med tomma kassor.”")
     + P("På en lapp i kaféfönstret står ”Stöd din lokala handlare”."),
     [("plats där man vill", "Birgitta Hallqvist"), ("dyr dröm i en", "Mikael Sundström"),
      ("Stöd din lokala handlare", None)]),

    ("r56-testimonial", "sv",
     P("<strong>Vad våra kursdeltagare säger</strong>")
     + '<div class="card"><blockquote>”Jag trodde aldrig att jag skulle våga tala inför folk. '
       'Nu gör jag det varje vecka.”</blockquote><p class="name">Elin Forsberg</p>'
       '<p class="role">Projektledare, Umeå</p></div>',
     [("trodde aldrig att jag", "Elin Forsberg")]),

    # ---------------------------------------------------------------- Norwegian
    ("r56-chain", "nb",
     P("Ingrid Aasheim har drevet fergekaia-kafeen i Sørvik i femten år. Søsteren hennes, "
       "Tone Aasheim, kom inn som medeier i fjor.")
     + P("«Jeg trengte noen som kunne regne,» sier Ingrid.")
     + P("Tone ler. «Hun trengte noen som kunne si nei til kunder som vil ha kreditt.»")
     + P("Kafeen er stengt i januar."),
     [("trengte noen som kunne regne", "Ingrid Aasheim"),
      ("si nei til kunder", "Tone Aasheim")]),

    ("r56-none", "nb",
     P("Stortingsrepresentant Håkon Brevik var på besøk på skolen tirsdag.")
     + P("«Han snakket lenge, men sa ikke noe om gymsalen,» sier en lærer som ikke vil stå "
         "frem med navn.")
     + P("På veggen i gangen henger plakaten «Vi rydder etter oss»."),
     [("snakket lenge, men sa", None), ("Vi rydder etter oss", None)]),

    # ---------------------------------------------------------------- Danish
    ("r56-told", "da",
     P("Borgmester Søren Kjærgaard siger til Rødby Avis, at kommunen vil genåbne biblioteket "
       "i Rødby.")
     + P("»Vi lukkede det for hurtigt. Det erkender jeg gerne.«")
     + P("Bibliotekar Mette Lindholm, der har arbejdet der i 22 år, er lettet. »Jeg havde "
         "allerede pakket mine ting,« siger hun."),
     [("lukkede det for hurtigt", "Søren Kjærgaard"), ("allerede pakket mine ting", "Mette Lindholm")]),

    ("r56-press", "da",
     P("Nordlys Energi A/S meddeler i dag, at selskabet opfører en ny vindmøllepark ved "
       "Hanstholm.")
     + P("»Projektet er vores største nogensinde,« udtaler administrerende direktør Anders "
         "Vestergaard.")
     + P("Ifølge selskabets pressemeddelelse vil parken levere strøm til »omkring 80.000 "
         "husstande«."),
     [("vores største nogensinde", "Anders Vestergaard"), ("omkring 80.000 husstande", "Nordlys Energi A/S")]),

    # ---------------------------------------------------------------- Finnish
    ("r56-role", "fi",
     P("Kansanedustaja Riikka Mäkisen mukaan hallituksen esitys on ”liian kiireellä "
       "valmisteltu”.")
     + P("Ministeri Jussi Laaksoselle esitettiin asiasta kysymys eduskunnassa. ”Aikataulu on "
         "tiukka, mutta realistinen”, hän vastasi.")
     + P("Kotiseniorit-yhdistyksen tiedotteessa esitystä kutsutaan ”askeleeksi oikeaan "
         "suuntaan”."),
     [("liian kiireellä valmisteltu", "Riikka Mäkinen"),
      ("Aikataulu on tiukka, mutta", "Jussi Laaksonen"),
      ("askeleeksi oikeaan suuntaan", "Kotiseniorit-yhdistys")]),

    ("r56-none", "fi",
     P("Kauppakeskuksen ovessa lukee ”Suljettu inventaarion vuoksi”.")
     + P("”Ei täällä kukaan kertonut mitään”, harmittelee eräs asiakas.")
     + P("Kauppakeskuksen johtaja Pekka Honkanen ei vastannut yhteydenottoihin."),
     [("Suljettu inventaarion vuoksi", None), ("täällä kukaan kertonut mitään", None)]),
    # ---------------------------------------------------------------- Italian, Swedish, Norwegian, Danish (more)
    ("r56-museum", "it",
     P("La guida del Museo della Carta di Valfonda, Serena Morandi, ci accoglie con un foglio "
       "in mano.")
     + P("«Toccatelo pure. La carta vuole essere toccata, non solo guardata».")
     + P("Sul muro della cartiera, una scritta del 1790 ammonisce: «Chi spreca acqua spreca "
         "pane»."),
     [("carta vuole essere toccata", "Serena Morandi"), ("Chi spreca acqua spreca", None)]),

    ("r56-quoteparas", "sv",
     P("Fotbollstränaren Jonas Ekdahl lämnar Strömsby IF efter sju säsonger. Han säger till "
       "lokaltidningen att beslutet var hans eget.")
     + P("”Jag har gett allt jag har. Klubben behöver nya ögon.”")
     + P("”Det blir konstigt att stå på läktaren nästa år.”"),
     [("gett allt jag har", "Jonas Ekdahl"), ("konstigt att stå på", "Jonas Ekdahl")]),

    ("r56-org", "nb",
     P("Politiet i Nordfjell skriver i en pressemelding at brannen «trolig ble påsatt».")
     + P("Ordfører Kari Mjelde sier hun er sjokkert. «Dette er et bygg hele bygda er glad i.»"),
     [("trolig ble påsatt", "Politiet i Nordfjell"), ("hele bygda er glad", "Kari Mjelde")]),

    ("r56-none", "da",
     P("Da tv-kokken Bjarke Holst åbnede sin restaurant i Aarhus, hang der et skilt ved døren: "
       "»Ingen telefoner ved bordet«.")
     + P("»Det er lidt strengt, men maden er god,« siger en gæst.")
     + P("Holst selv har ikke ønsket at stille op til interview."),
     [("Ingen telefoner ved bordet", None), ("lidt strengt, men maden", None)]),

    # ---------------------------------------------------------------- Polish (inflected names)
    ("r56-role", "pl",
     P("Z Anną Wiśniewską, dyrektorką szpitala w Końskowoli, rozmawialiśmy w jej gabinecie.")
     + P("„Brakuje nam anestezjologów. Bez nich nie otworzymy nowego bloku” – mówi.")
     + P("Według wojewody Tomasza Zielińskiego szpital dostanie dodatkowe pieniądze „jeszcze w "
         "tym roku”."),
     [("Brakuje nam anestezjologów", "Anna Wiśniewska"), ("jeszcze w tym roku", "Tomasz Zieliński")]),

    ("r56-compete", "pl",
     P("„Marek Jabłoński nie złamał żadnych przepisów” – powiedział jego adwokat, Piotr "
       "Sobczak.")
     + P("Prokuratura Okręgowa w Lesznie twierdzi, że zebrała „obszerny materiał dowodowy”.")
     + P("Na ulicy przed sądem ktoś rozwiesił transparent „Sprawiedliwość dla Marka”."),
     [("nie złamał żadnych przepisów", "Piotr Sobczak"),
      ("obszerny materiał dowodowy", "Prokuratura Okręgowa w Lesznie"),
      ("Sprawiedliwość dla Marka", None)]),

    # ---------------------------------------------------------------- Russian
    ("r56-role", "ru",
     P("Директор краеведческого музея Ольга Белякова рассказала нашему корреспонденту, что "
       "экспозицию обновят к весне.")
     + P("«Мы покажем то, что сорок лет пролежало в запасниках», — пообещала она.")
     + P("По словам Виктора Ермакова, главы районной администрации, деньги на ремонт уже "
         "выделены: «Вопрос только в подрядчике»."),
     [("сорок лет пролежало в", "Ольга Белякова"), ("Вопрос только в подрядчике", "Виктор Ермаков")]),

    ("r56-script", "ru",
     P("Немецкий архитектор Jonas Lindenberg представил в Казани проект новой набережной.")
     + P("«Река должна снова стать частью города», — сказал Lindenberg.")
     + P("На заборе у стройки кто-то написал: «Верните нам пляж»."),
     [("Река должна снова стать", "Jonas Lindenberg"), ("Верните нам пляж", None)]),

    # ---------------------------------------------------------------- Czech
    ("r56-role", "cs",
     P("Podle starostky Jany Dvořákové obec opraví most do konce října.")
     + P("„Most je v havarijním stavu. Nechceme čekat na neštěstí,“ uvedla starostka.")
     + P("S Petrem Novotným, majitelem místní pekárny, jsme mluvili u pultu. „Zákazníci "
         "z druhého břehu teď chodí oklikou,“ řekl."),
     [("Most je v havarijním", "Jana Dvořáková"), ("Zákazníci z druhého břehu", "Petr Novotný")]),

    ("r56-none", "cs",
     P("Na dveřích úřadu visí cedule „Dnes zavřeno z technických důvodů“.")
     + P("„Chodím sem potřetí a pořád nic,“ stěžuje si jeden z čekajících.")
     + P("Tajemník úřadu Karel Šimek nebyl k zastižení."),
     [("Dnes zavřeno z technických", None), ("Chodím sem potřetí", None)]),

    # ---------------------------------------------------------------- Hungarian
    ("r56-after", "hu",
     P("Kovács Erzsébet, a szegvári általános iskola igazgatója szerint a tanárhiány "
       "„teljesen tarthatatlan helyzetet” teremtett.")
     + P("„Három tanár tanít öt tárgyat. Ez nem mehet így tovább” – mondta.")
     + P("Nagy Gábor polgármester úgy fogalmazott: „Keressük a megoldást, de csodát nem "
         "ígérhetek.”"),
     [("teljesen tarthatatlan helyzetet", "Kovács Erzsébet"), ("Három tanár tanít öt", "Kovács Erzsébet"),
      ("csodát nem ígérhetek", "Nagy Gábor")]),

    ("r56-forum", "hu",
     '<div class="post">'
     + P("<strong>bogar_bacsi</strong> írta: „A csomag három hete úton van, és a követés "
         "szerint még mindig Szegeden.”")
     + P("Nálam is ez volt, végül visszaküldték.")
     + "</div>",
     [("csomag három hete úton", "bogar_bacsi")]),

    # ---------------------------------------------------------------- Greek (Latin-script name)
    ("r56-script", "el",
     P("Ο Γάλλος σεφ Olivier Dumesnil άνοιξε εστιατόριο στη Νάξο.")
     + P("«Ήρθα για διακοπές και δεν έφυγα ποτέ», λέει γελώντας ο Dumesnil.")
     + P("Η συνεργάτιδά του, η Ελένη Παπαδάκη, φροντίζει τον κήπο. «Ό,τι μαγειρεύουμε, το "
         "καλλιεργούμε εδώ», εξηγεί."),
     [("Ήρθα για διακοπές και", "Olivier Dumesnil"), ("μαγειρεύουμε, το καλλιεργούμε", "Ελένη Παπαδάκη")]),

    ("r56-org", "el",
     P("Το υπουργείο Παιδείας ανακοίνωσε ότι τα σχολεία θα παραμείνουν κλειστά «για λόγους "
       "ασφαλείας».")
     + P("Σύμφωνα με τον Γιώργο Αντωνίου, πρόεδρο του συλλόγου γονέων, η απόφαση ήταν "
         "«αναμενόμενη αλλά καθυστερημένη».")
     + P("«Κανείς δεν μας ενημέρωσε», είπε μια μητέρα."),
     [("για λόγους ασφαλείας", "υπουργείο Παιδείας"),
      ("αναμενόμενη αλλά καθυστερημένη", "Γιώργος Αντωνίου"), ("Κανείς δεν μας ενημέρωσε", None)]),

    # ---------------------------------------------------------------- Romanian
    ("r56-after", "ro",
     P("Primarul comunei Vădeni, Ion Bărbulescu, a declarat că drumul județean va fi asfaltat "
       "până în toamnă.")
     + P("„Oamenii au așteptat destul. Nu mai promit, acum fac”, a spus edilul.")
     + P("Localnica Maria Stanciu nu e convinsă: „Am mai auzit asta de trei ori.”"),
     [("Oamenii au așteptat destul", "Ion Bărbulescu"), ("mai auzit asta de", "Maria Stanciu")]),

    ("r56-testimonial", "ro",
     P("<strong>Ce spun clienții noștri</strong>")
     + '<div class="card"><blockquote>„Mi-au reparat centrala în aceeași zi. Recomand cu '
       'încredere!”</blockquote><p>— Andreea P., Cluj-Napoca</p></div>'
     + P("Sloganul nostru rămâne același: „Căldură fără griji”."),
     [("reparat centrala în aceeași", "Andreea P."), ("Căldură fără griji", None)]),

    # ---------------------------------------------------------------- Turkish
    ("r56-after", "tr",
     P("Kartepe Belediye Başkanı Serkan Aydoğdu, kar yağışı nedeniyle okulların iki gün tatil "
       "edildiğini açıkladı.")
     + P("“Vatandaşlarımızın zorunlu olmadıkça dışarı çıkmamasını rica ediyoruz” dedi.")
     + P("Kayak merkezinin işletmecisi Zeynep Karaca ise memnun: “Bu sezon bekleyişin "
         "karşılığını aldık.”"),
     [("zorunlu olmadıkça dışarı çıkmamasını", "Serkan Aydoğdu"),
      ("bekleyişin karşılığını aldık", "Zeynep Karaca")]),

    ("r56-none", "tr",
     P("Stadyumun girişinde dev bir pankart asılıydı: “Bu şehir seninle gurur duyuyor.”")
     + P("Teknik direktör Mehmet Uysal maçtan sonra açıklama yapmadı.")
     + P("“Kaybettik ama başımız dik” diyordu tribünden çıkan bir taraftar."),
     [("şehir seninle gurur duyuyor", None), ("Kaybettik ama başımız dik", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r56-after", "zh",
     P("青禾县文化馆馆长周明远介绍，新修复的戏台将于下月对外开放。")
     + P("“这座戏台有两百多年历史，我们尽量保留了原来的木料。”他说。")
     + P("村民李秀英则更关心别的事情：“修好了戏台，路也该修一修了。”"),
     [("两百多年历史", "周明远"), ("路也该修一修了", "李秀英")]),

    ("r56-testimonial", "zh",
     P("<strong>学员评价</strong>")
     + '<div class="card"><blockquote>“老师讲得很细，三个月我就能看懂报表了。”</blockquote>'
       '<p>—— 杭州・王丽华</p></div>'
     + '<div class="card"><blockquote>“课程不错，就是作业有点多。”</blockquote>'
       '<p>匿名学员</p></div>',
     [("三个月我就能看懂", "王丽华"), ("作业有点多", None)]),

    ("r56-org", "zh",
     P("云溪市教育局在声明中表示，将对该校“依法依规进行调查”。")
     + P("学校门口挂着横幅：“安全第一，预防为主”。"),
     [("依法依规进行调查", "云溪市教育局"), ("安全第一，预防为主", None)]),

    # ---------------------------------------------------------------- Japanese
    ("r56-role", "ja",
     P("北条町で和菓子店を営む佐藤和子さん（72）は、今年で店を閉じることを決めた。")
     + P("「五十年、毎朝四時に起きてきました。もう十分です」と佐藤さんは話す。")
     + P("常連客の一人は「あの最中が食べられなくなるのは寂しい」と語った。"),
     [("毎朝四時に起きてきました", "佐藤和子"), ("最中が食べられなくなる", None)]),

    ("r56-interview", "ja",
     "<h2>建築家・森田健一氏に聞く「住まいと光」</h2>"
     + P("――設計で一番大切にしていることは。")
     + P("窓の位置です。光が入る場所で、家族が集まる場所が決まります。")
     + P("――今後の目標は。")
     + P("古い町家を、住める形で次の世代に残すことです。"),
     [("光が入る場所で", "森田健一"), ("古い町家を、住める形で", "森田健一")]),

    ("r56-testimonial", "ja",
     P("<strong>お客様の声</strong>")
     + '<div class="card"><blockquote>「スタッフの方の対応がとても丁寧で、安心して任せられました。」'
       '</blockquote><p>— 東京都・K.T.様</p></div>'
     + P("当社のモットーは「暮らしに、もうひと工夫」です。"),
     [("対応がとても丁寧で", "K.T."), ("暮らしに、もうひと工夫", None)]),

    # ---------------------------------------------------------------- Korean
    ("r56-after", "ko",
     P("부산 해운대구에서 30년째 국밥집을 운영하는 김순자 씨는 요즘 손님이 절반으로 줄었다고 말했다.")
     + P("“재료값은 두 배가 됐는데 가격은 올릴 수가 없어요.”")
     + P("구청 관계자는 “소상공인 지원 예산을 늘릴 계획”이라고 밝혔다."),
     [("재료값은 두 배가", "김순자"), ("소상공인 지원 예산을 늘릴", None)]),

    ("r56-interview", "ko",
     P("<strong>[인터뷰] 배우 박서연 “무대가 제일 무서워요”</strong>")
     + P("―첫 연극 무대에 선 소감은.")
     + P("“대사를 잊을까 봐 전날 잠을 한숨도 못 잤어요.”")
     + P("―다음 작품은.")
     + P("“아직 비밀이에요. 그래도 코미디는 아닐 거예요.”"),
     [("무대가 제일 무서워요", "박서연"), ("전날 잠을 한숨도", "박서연"),
      ("코미디는 아닐 거예요", "박서연")]),

    # ---------------------------------------------------------------- Arabic
    ("r56-after", "ar",
     P("قال رئيس بلدية الزهراء، سمير الحداد، إن أعمال ترميم السوق القديم ستنتهي قبل رمضان.")
     + P("وأضاف: «نريد أن يعود السوق كما كان، قلب المدينة».")
     + P("لكن التاجر خالد العمري قال إن «الوعود كثيرة والعمل قليل»."),
     [("يعود السوق كما كان", "سمير الحداد"), ("الوعود كثيرة والعمل قليل", "خالد العمري")]),

    ("r56-script", "ar",
     P("أكد المدرب الإسباني Javier Olmedo أن فريقه «لم يقدم أفضل ما لديه» في المباراة.")
     + P("وكتب أحد المشجعين على لافتة في المدرجات: «صبرنا طال يا إدارة»."),
     [("لم يقدم أفضل ما", "Javier Olmedo"), ("صبرنا طال يا إدارة", None)]),

    # ---------------------------------------------------------------- Hebrew
    ("r56-after", "he",
     P("ראש המועצה, יוסי בן־דוד, הודיע כי הספרייה העירונית תיפתח מחדש בחודש הבא.")
     + P("“זה היה תהליך ארוך, אבל התושבים ראויים לזה”, אמר.")
     + P("תושבת השכונה, מיכל אברהמי, אמרה: “סוף סוף יהיה לילדים מקום ללכת אליו”."),
     [("תהליך ארוך, אבל התושבים", "יוסי בן־דוד"), ("יהיה לילדים מקום ללכת", "מיכל אברהמי")]),

    ("r56-none", "he",
     P("על השלט בכניסה לחוף נכתב: “הרחצה אסורה בהיעדר מציל”.")
     + P("“כולם נכנסים למים בכל זאת”, סיפר אחד המתרחצים.")
     + P("מנהל החוף, אבי כהן, לא הגיב לפנייתנו."),
     [("הרחצה אסורה בהיעדר מציל", None), ("כולם נכנסים למים בכל", None)]),

    # ---------------------------------------------------------------- Persian
    ("r56-after", "fa",
     P("مریم احمدی، مدیر کتابخانه عمومی شهر، گفت که ساعات کار کتابخانه افزایش می‌یابد.")
     + P("او افزود: «جوان‌ها شب‌ها جایی برای درس خواندن ندارند.»")
     + P("یکی از دانشجویان گفت: «این بهترین خبر امسال بود.»")
     + P("روی در ورودی نوشته شده است: «سکوت را رعایت کنید»."),
     [("جایی برای درس خواندن", "مریم احمدی"), ("بهترین خبر امسال بود", None),
      ("سکوت را رعایت کنید", None)]),

    ("r56-org", "fa",
     P("سازمان هواشناسی استان در اطلاعیه‌ای اعلام کرد که «احتمال بارش برف سنگین» در "
       "ارتفاعات وجود دارد.")
     + P("رضا کریمی، رئیس هلال احمر استان، گفت: «تیم‌های امداد در حالت آماده‌باش هستند.»"),
     [("احتمال بارش برف سنگین", "سازمان هواشناسی استان"), ("تیم‌های امداد در حالت", "رضا کریمی")]),

    # ---------------------------------------------------------------- Hindi
    ("r56-after", "hi",
     P("गांव की सरपंच सुनीता देवी ने कहा कि पानी की नई टंकी अगले महीने तक तैयार हो जाएगी।")
     + P("“अब महिलाओं को दो किलोमीटर चलकर पानी नहीं लाना पड़ेगा,” उन्होंने कहा।")
     + P("जिला अधिकारी राजेश वर्मा ने बताया कि परियोजना के लिए “पूरा बजट जारी कर दिया गया है।”")
     + P("दीवार पर लिखा है: “जल ही जीवन है”।"),
     [("दो किलोमीटर चलकर पानी", "सुनीता देवी"), ("पूरा बजट जारी कर", "राजेश वर्मा"),
      ("जल ही जीवन है", None)]),

    ("r56-none", "hi",
     P("फिल्म “आखिरी स्टेशन तक” ने पहले हफ्ते में रिकॉर्ड कमाई की।")
     + P("“कहानी अच्छी है पर गाने लंबे हैं,” एक दर्शक ने कहा।")
     + P("निर्देशक अमित सहगल ने अभी तक कोई बयान नहीं दिया है।"),
     [("आखिरी स्टेशन तक", None), ("कहानी अच्छी है पर", None)]),

    # ---------------------------------------------------------------- Indonesian
    ("r56-after", "id",
     P("Kepala Dinas Perhubungan Kota Sumbersari, Budi Santoso, mengatakan jalur bus baru akan "
       "beroperasi mulai Senin.")
     + P("“Kami ingin warga meninggalkan motor dan beralih ke angkutan umum,” ujarnya.")
     + P("Seorang pengemudi ojek mengaku khawatir. “Penghasilan kami pasti turun,” katanya.")
     + P("Sementara itu, Ketua DPRD Siti Rahmawati menyebut program itu “langkah yang sudah "
         "lama ditunggu.”"),
     [("ingin warga meninggalkan motor", "Budi Santoso"), ("Penghasilan kami pasti turun", None),
      ("sudah lama ditunggu", "Siti Rahmawati")]),

    ("r56-forum", "id",
     '<div class="post">'
     + P("<strong>rizky_motor</strong> menulis: “Oli yang bagus buat motor matic apa ya, gan? "
         "Yang awet.”")
     + P("Pakai yang sesuai buku manual aja, gan. Di situ tertulis “gunakan oli SAE 10W-30”.")
     + "</div>",
     [("Oli yang bagus buat", "rizky_motor"), ("gunakan oli SAE 10W-30", None)]),

    # ---------------------------------------------------------------- Vietnamese
    ("r56-after", "vi",
     P("Bà Nguyễn Thị Hoa, chủ một quán phở ở phố Hàng Bạc, cho biết giá thịt bò đã tăng gần "
       "gấp đôi.")
     + P("“Tôi không muốn tăng giá, nhưng không còn cách nào khác,” bà nói.")
     + P("Ông Trần Văn Minh, một khách quen, chia sẻ: “Phở ở đây vẫn ngon nhất phố.”")
     + P("Trên tường quán treo tấm biển “Không hút thuốc”."),
     [("không còn cách nào khác", "Nguyễn Thị Hoa"), ("vẫn ngon nhất phố", "Trần Văn Minh"),
      ("Không hút thuốc", None)]),

    ("r56-org", "vi",
     P("Sở Giao thông Vận tải thành phố cho biết trong thông cáo rằng cây cầu sẽ được "
       "“sửa chữa khẩn cấp trong tuần này”.")
     + P("“Chúng tôi đi đường vòng mất thêm nửa tiếng,” một người dân nói."),
     [("sửa chữa khẩn cấp trong", "Sở Giao thông Vận tải"), ("đi đường vòng mất thêm", None)]),

    # ---------------------------------------------------------------- more: ru, cs, hu, ro, tr
    ("r56-none", "ru",
     P("Спектакль «Последний трамвай» идёт в театре уже десятый сезон.")
     + P("«Каждый раз плачу в финале», — призналась одна из зрительниц.")
     + P("Режиссёр Андрей Соколов от комментариев отказался."),
     [("Каждый раз плачу в", None)]),

    ("r56-quoteparas", "cs",
     P("Trenér hokejistů Vlastimil Horák po zápase řekl, že tým „hrál bez hlavy“.")
     + P("„Dostali jsme tři góly za pět minut. To se v play-off nesmí stát.“")
     + P("„Kluci to vědí. Zítra jdeme znovu na led.“"),
     [("Dostali jsme tři góly", "Vlastimil Horák"), ("Zítra jdeme znovu na", "Vlastimil Horák")]),

    ("r56-org", "hu",
     P("A Dunaparti Vízművek közleményében azt írta, hogy a vízszolgáltatás „legkésőbb este "
       "hat órára” helyreáll.")
     + P("„Reggel óta nincs víz, senki nem szólt” – panaszkodott egy lakó."),
     [("legkésőbb este hat órára", "Dunaparti Vízművek"), ("senki nem szólt", None)]),

    ("r56-org", "ro",
     P("Pompierii din Valea Rece au transmis că incendiul a fost „localizat și "
       "lichidat” în jurul orei 14.")
     + P("„Am văzut fumul de la cinci kilometri”, povestește un vecin."),
     [("localizat și lichidat", "Pompierii din Valea Rece"),
      ("văzut fumul de la", None)]),

    ("r56-told", "tr",
     P("Ev sahibi Ahmet Yılmaz’ın kirayı iki katına çıkarması üzerine kiracı Elif Demir "
       "gazetemize konuştu.")
     + P("“Yirmi yıldır bu evdeyim, hiç kirayı geciktirmedim.”")
     + P("Yılmaz ise telefonda yalnızca “piyasa koşulları böyle” demekle yetindi."),
     [("Yirmi yıldır bu evdeyim", "Elif Demir"), ("piyasa koşulları böyle", "Ahmet Yılmaz")]),
    # ---------------------------------------------------------------- Arabic, Hebrew (more)
    ("r56-compete", "ar",
     P("«ليلى منصور لم ترتكب أي خطأ»، قال محاميها طارق الشامي أمام المحكمة.")
     + P("وأصدرت وزارة العدل بيانًا قالت فيه إنها «تحترم استقلال القضاء»."),
     [("لم ترتكب أي خطأ", "طارق الشامي"), ("تحترم استقلال القضاء", "وزارة العدل")]),

    ("r56-org", "he",
     P("משטרת נווה גליל מסרה בהודעה כי החשוד “נעצר לאחר מרדף קצר”.")
     + P("דוברת בית החולים, רונית לוי, אמרה כי מצבו של הפצוע “יציב ואינו בסכנת חיים”."),
     [("נעצר לאחר מרדף קצר", "משטרת נווה גליל"), ("יציב ואינו בסכנת חיים", "רונית לוי")]),
    # ---------------------------------------------------------------- English: more chains and lead-ins
    ("r56-chain", "en",
     P("Colm Averill has coached the Dunmere under-12s for nine seasons. He took the job when "
       "his son joined the team and never gave it back.")
     + P("“My son quit at thirteen. I didn’t,” he said.")
     + P("This autumn the club hired a second coach, Felix Amundsen, a former semi-professional "
         "goalkeeper. He runs the Tuesday sessions.")
     + P("“The kids listen to him because he played. They listen to me because I bring the "
         "oranges,” Averill said.")
     + P("The goalkeeper shrugs at that. “I’m here to learn. Colm knows every parent’s name.”"),
     [("son quit at thirteen", "Colm Averill"), ("bring the oranges", "Colm Averill"),
      ("here to learn", "Felix Amundsen")]),

    ("r56-told", "en",
     P("Outside the courthouse, Leticia Farrow told reporters she had waited six years for the "
       "verdict.")
     + P("She held a photograph of her brother.")
     + P("“Today is for Danny. Tomorrow I’ll be angry again.”")
     + P("Asked what came next, her solicitor, Imran Qadir, said only: “We will read the "
         "judgment carefully.”"),
     [("Today is for Danny", "Leticia Farrow"), ("read the judgment carefully", "Imran Qadir")]),

    ("r56-blog", "en",
     P("<strong>Notes from the Allotment — Issue 74</strong>")
     + P("My plot neighbour Vera Castellanos has grown leeks for forty years, and this week she "
         "finally let me in on her method.")
     + P("“Plant them deep, water them once, and then leave them alone. Like teenagers.”")
     + P("The seed packet, for the record, says “sow thinly in drills.” Vera laughed at that."),
     [("Plant them deep, water", "Vera Castellanos"), ("sow thinly in drills", None)]),

    ("r56-none", "en",
     P("In a survey of 2,000 commuters by the Railway Users’ Forum, the most common answer to "
       "“What would improve your journey?” was “a seat, any seat.”")
     + P("Forum director Owen Bickerstaff said the results were “depressingly predictable, every single year.”")
     + P("Another popular response: “trains that exist.”"),
     [("What would improve your", None), ("a seat, any seat", None),
      ("depressingly predictable, every single", "Owen Bickerstaff"), ("trains that exist", None)]),
]

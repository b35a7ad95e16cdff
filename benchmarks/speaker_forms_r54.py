"""Held-out round 54 of benchmarks/speaker_forms.py: who speaks a quotation, in 21 languages.

Written blind (without reading the extractor, its tests or any other speaker round). About half
English, the rest in twenty other languages. Mostly inline quotations inside long paragraphs whose
own clause has no verb of saying beside the quote: partial quotes woven into reported speech,
quotes after argue, warn, insist, describe as, call, dismiss as, admit, concede, recall, joke,
write, tweet and post, quotes after "for X," / "to X," / "in the words of X" / "as X put it",
quotes two or three sentences after the speaker's sentence, long paragraphs with two people where
the second quote is the second person's, blog posts and reviews quoting a book, a manual or a
person, quotes in headlines, captions and standfirsts, attributions in the middle of a quote, and
about a fifth where a reader names nobody (scare quotes, phrases of a law or a document with no
author, titles, unnamed voices, signs and slogans).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R54_CASES = [
    # ---------------------------------------------------------------- English
    ("r54-mixed", "en",
     P("The council's finance chair, Deborah Ashcombe, spent most of Tuesday's meeting defending "
       "the "
       "budget. She argued that the new parking levy was “a fair price for cleaner streets” and "
       "that "
       "residents in the outer wards would see “almost no difference” in their bills. Her deputy, "
       "Martin Fell, was less certain. He warned that traders on the high street had already lost "
       "custom and described the levy as “a tax on the people who can least avoid it.” The vote "
       "was "
       "postponed until March.")
     + P("The council meets again on 4 March, when the levy is expected to pass by a narrow "
         "margin."),
     [("a fair price for cleaner", "Deborah Ashcombe"),
      ("almost no difference", "Deborah Ashcombe"),
      ("a tax on the people", "Martin Fell")]),
    ("r54-after", "en",
     P("Residents of Carrow Lane had waited eleven weeks for the bridge to reopen when the "
       "county's "
       "highways engineer, Priya Nandakumar, came to the village hall on Thursday evening.")
     + P("She told about sixty people that the repairs had uncovered corroded steel that nobody "
         "had "
         "expected. “We could have patched it and reopened in a fortnight,” she conceded, “but I "
         "would not have let my own children walk across it.” Some in the audience were "
         "unconvinced. One farmer, who asked not to be named, called the delay “a shambles from "
         "start to finish.”"),
     [("could have patched it", "Priya Nandakumar"), ("not have let my", "Priya Nandakumar"),
      ("a shambles from start", None)]),
    ("r54-before", "en",
     P("For Oliver Brandt, who has run the bakery on Mill Street since 1994, the new rules came "
       "too "
       "late. “Half my neighbours have already gone,” he said, pointing at the empty units "
       "opposite. "
       "To his daughter, Elsie Brandt, who now does the early shift, the future looks brighter: "
       "she "
       "calls the plan “the first sensible thing the council has done in years.”")
     + P("The market hall reopens in April after a two-year refurbishment."),
     [("Half my neighbours have", "Oliver Brandt"),
      ("the first sensible thing", "Elsie Brandt")]),
    ("r54-before", "en",
     P("The museum's new wing took nine years and three architects to build. As its director, "
       "Camille Oduya, put it at the opening, “every delay taught us something about what the "
       "building should not be.” The critic Laurence Pyle was kinder than most: in his column he "
       "wrote that the galleries felt “like rooms that have always been there.”")
     + P("The new wing opens to the public on Saturday. Entry is free for the first month."),
     [("every delay taught us", "Camille Oduya"), ("like rooms that have", "Laurence Pyle")]),
    ("r54-none", "en",
     P("The bill would allow landlords to end a tenancy for “persistent antisocial behaviour,” a "
       "phrase the law does not define. Housing groups say the wording is too loose. Under the "
       "existing act, a tenant can only be evicted for “serious and repeated breach” of the "
       "agreement, and a judge must agree.")
     + P("The bill has its second reading in the spring."),
     [("persistent antisocial behaviour", None), ("serious and repeated breach", None)]),
    ("r54-none", "en",
     P("Greta Holloway's third novel, “The Salt Orchard,” follows two sisters who inherit a "
       "failing "
       "fruit farm. Holloway, 41, grew up on the coast and worked as a ferry clerk before she "
       "published her first book.")
     + P("The novel has been shortlisted alongside “A House for Winter” by Tobias Reinholt, whose "
         "publisher has called him “the quietest writer in the country.”"),
     [("The Salt Orchard", None), ("A House for Winter", None),
      ("the quietest writer in", None)]),
    ("r54-far", "en",
     P("Dr. Aniket Sorensen has treated heatstroke patients at the regional hospital for twenty "
       "years. He remembers the summer of 2019 as the worst, when the emergency ward ran out of "
       "cooling blankets by noon. This year he has watched the numbers climb again. “We are seeing "
       "people in their thirties now, not just the elderly.” The hospital has since ordered more "
       "equipment, though Sorensen admits it is “a bandage, not a cure.”")
     + P("The regional hospital treated 212 patients for heat-related illness in July."),
     [("We are seeing people", "Aniket Sorensen"), ("a bandage, not a", "Aniket Sorensen")]),
    ("r54-written", "en",
     P("The row began on Sunday night, when the club's chairman, Reginald Ashworth-Pike, posted on "
       "social media that the manager had “lost the dressing room.” Within an hour the manager, "
       "Sofia Lindqvist, had replied. “I have never lost anything at this club except sleep,” she "
       "wrote. By Monday morning both posts had been deleted.")
     + P("The club plays its next match at home on Saturday."),
     [("lost the dressing room", "Reginald Ashworth-Pike"),
      ("never lost anything at", "Sofia Lindqvist")]),
    ("r54-mixed", "en",
     P("Jonah Whitcombe was sentenced to four years on Friday for his part in the warehouse fraud. "
       "His former business partner, Alicia Marr, who gave evidence against him, said outside "
       "court "
       "that she felt “no satisfaction, only relief.” Whitcombe's barrister, Desmond Kaye, told "
       "reporters his client would appeal, calling the sentence “out of all proportion to his "
       "role.”")
     + P("Whitcombe was also banned from serving as a company director for ten years."),
     [("no satisfaction, only relief", "Alicia Marr"), ("out of all proportion", "Desmond Kaye")]),
    ("r54-written", "en",
     P("I finally took the old espresso machine apart this weekend. The manual is blunt about "
       "descaling: it says to run the solution through “until the water runs clear and tastes of "
       "nothing,” which took me three tanks. My neighbour Hamid, who used to repair these for a "
       "living, laughed when I told him and said I should have done it “every month, not every "
       "decade.” Lesson learned.")
     + P("Next weekend: the grinder."),
     [("until the water runs", None), ("every month, not every", "Hamid")]),
    ("r54-written", "en",
     P("Marguerite Alderton's history of the canal opens with a line from a lock-keeper's diary of "
       "1871: “The water is higher than the men are tall.” Alderton returns to the diary again and "
       "again. Its author, a man named Josiah Penrose, complains of the cold, the barges and his "
       "employer, whom he calls “a gentleman of no fixed conscience.”")
     + P("Alderton herself is a careful guide. The canal, she writes, was “built by people who "
         "never expected to use it,” and her book is at its best when it lets them speak."),
     [("The water is higher", "Josiah Penrose"), ("a gentleman of no", "Josiah Penrose"),
      ("built by people who", "Marguerite Alderton")]),
    ("r54-role", "en",
     "<h2>“We built this town and now we cannot afford it”</h2>"
     + P("Nurse Fatima Okonjo-Reyes, 52, on why she is leaving the city after thirty years")
     + P("Okonjo-Reyes moved to Harlow Bay in 1996 to work on the children's ward. She says the "
         "rent "
         "on her flat has doubled in five years, and that her younger colleagues now describe the "
         "city as “a place you commute into, not a place you live.” She will move to her sister's "
         "town in the spring. “I am not angry any more. I am just tired.”"),
     [("We built this town", "Fatima Okonjo-Reyes"), ("a place you commute", None),
      ("not angry any more", "Fatima Okonjo-Reyes")]),
    ("r54-mixed", "en",
     P("The planning inquiry heard from two witnesses on Wednesday. Gerald Ampleforth, a retired "
       "hydrologist who has lived beside the marsh for forty years, told the inspector that the "
       "proposed embankment would push floodwater “straight into the lower village.” He produced "
       "photographs from the winter of 2014 showing water at the church steps. The developer's "
       "engineer, Nadia Keswick, disputed his reading of the maps. The embankment had been "
       "modelled "
       "against “a one-in-two-hundred-year storm surge,” she said, and the lower village lay "
       "outside "
       "every projected flood line. Ampleforth shook his head as she spoke.")
     + P("The inspector is expected to report in the autumn."),
     [("straight into the lower", "Gerald Ampleforth"),
      ("one-in-two-hundred-year storm surge", "Nadia Keswick")]),
    ("r54-after", "en",
     P("Eleanor Voss turned 100 on Saturday, and the care home threw a party with a brass band. "
       "Asked for the secret of her long life, she joked that it was “cheap gin and expensive "
       "shoes.” Her son, Thomas Voss, 71, recalled that she had driven a bus during the war and "
       "“never once let anyone tell her where to go.”")
     + P("The party ended, by request, with a foxtrot."),
     [("cheap gin and expensive", "Eleanor Voss"), ("never once let anyone", "Thomas Voss")]),
    ("r54-turns", "en",
     P("Astronomer Ruth Kallenberg retires this month after thirty years at the Fellside "
       "observatory. She spoke to us about light, money and the night she found a comet.")
     + P("<b>What has changed since you started?</b>")
     + P("“Everything and nothing. The telescopes are better, but the sky is worse. When I started "
         "we could see the Milky Way from the car park.”")
     + P("<b>Do you still look up when you walk home?</b>")
     + P("“Every night. My husband says I walk into lamp posts on purpose.”"),
     [("Everything and nothing", "Ruth Kallenberg"), ("could see the Milky", "Ruth Kallenberg"),
      ("walk into lamp posts", "Ruth Kallenberg")]),
    ("r54-org", "en",
     P("Harbourline Ferries said on Monday that it would cut winter sailings to the islands by a "
       "third. In a statement, the company blamed “a sustained rise in fuel and crewing costs” and "
       "said the timetable would be reviewed in April. The Outer Isles Council called the decision "
       "“a betrayal of every family that depends on the morning boat.”")
     + P("The new timetable takes effect on 1 November."),
     [("a sustained rise in", "Harbourline Ferries"),
      ("a betrayal of every", "Outer Isles Council")]),
    ("r54-org", "en",
     P("The Meridian Teachers' Union has rejected the latest pay offer. The union dismissed the "
       "proposal as “a cut dressed up as a rise” and said its members would be balloted on strike "
       "action next month. A spokesperson for the Department of Education insisted the offer was "
       "“the most generous in a decade.”")
     + P("The ballot closes on 19 May."),
     [("a cut dressed up", "Meridian Teachers' Union"),
      ("the most generous in", "Department of Education")]),
("r54-far", "en",
     P("Coach Imelda Barraclough had warned all week that the title was not won. Her side had lost "
       "only twice all season, both times away, and the trip to the coast has never suited them. "
       "After Saturday's 2-2 draw she sat alone on the bench for ten minutes before facing the "
       "press. Her verdict was short: the second half had been “the worst forty-five minutes we "
       "have played since August.” Striker Kofi Adebayo-Laine, who scored both goals, was more "
       "forgiving. “We got a point on a day we deserved nothing,” the 23-year-old said.")
     + P("The league table is printed on page 46."),
     [("the worst forty-five minutes", "Imelda Barraclough"),
      ("got a point on", "Kofi Adebayo-Laine")]),
    ("r54-mixed", "en",
     P("Asked by the committee chair, Lorna McAvoy, whether the hospital had been warned about the "
       "faulty boilers, the former estates manager Peter Hanlon replied that he had written "
       "“at least four times, in plain English.” McAvoy pressed him on why nothing had been done. "
       "He said the board regarded heating as “somebody else's problem,” and that he had stopped "
       "expecting an answer.")
     + P("The committee will publish its report before the summer recess."),
     [("at least four times", "Peter Hanlon"), ("somebody else's problem", "Peter Hanlon")]),
    ("r54-after", "en",
     P("Nobody in Wexley expected the mill to close. Its owner, Harold Penhaligon, had promised "
       "the "
       "workforce in January that there would be no redundancies, and the order book was full. On "
       "Friday he sent a two-line letter to all 140 staff. It cited “circumstances beyond the "
       "company's control” and thanked them for their service. Union organiser Bridget Conlan "
       "described the letter as “cowardly in every sense of the word.”")
     + P("The mill has stood on the river since 1864."),
     [("circumstances beyond the company's", "Harold Penhaligon"),
      ("cowardly in every sense", "Bridget Conlan")]),
    ("r54-none", "en",
     P("The phrase “managed coastal retreat” has crept into every flood report of the past five "
       "years. It "
       "means, in plain terms, moving people away from the sea. Officials prefer it to "
       "“abandonment,” which is what residents of the eastern marshes call it.")
     + P("A sign on the seawall at Holme Point reads “No Surrender to the Tide.” Nobody knows who "
         "painted it."),
     [("managed coastal retreat", None), ("No Surrender to the", None)]),
    ("r54-written", "en",
     P("The ruling, written by Judge Cecily Armitage, runs to ninety pages. It finds that the "
       "regulator acted “without lawful authority” when it suspended the licence and that the "
       "company is entitled to costs. The regulator's chief executive, Naveen Bhatt, said he was "
       "“disappointed but not surprised” and would study the judgment carefully.")
     + P("The regulator has 28 days to decide whether to appeal."),
     [("without lawful authority", "Cecily Armitage"),
      ("disappointed but not surprised", "Naveen Bhatt")]),
    ("r54-role", "en",
     P("In the words of the festival's founder, the jazz pianist Augustin Mbeki-Frost, the first "
       "edition in 1988 was “three bands, a tent and a prayer.” Thirty-seven years later, it draws "
       "sixty thousand people. Its current director, Hollis Grant-Yeo, is wary of growing further: "
       "the town, she told the council, is “full to the brim already.”")
     + P("This year's festival runs from 11 to 14 July."),
     [("three bands, a tent", "Augustin Mbeki-Frost"), ("full to the brim", "Hollis Grant-Yeo")]),
    ("r54-after", "en",
     P("The drought has emptied the reservoir at Fennick to a fifth of its capacity. Farmer "
       "Gwendolyn Ravensworth, whose family has grazed sheep beside it since the 1920s, walked us "
       "down to the old village that reappears when the water falls. She pointed to the stump of a "
       "chapel wall. Her grandmother was married there, she said, “in a dress borrowed from three "
       "different aunts.” Then she looked at the cracked mud. “I never wanted to see this church "
       "again. Not like this.”")
     + P("Water companies have asked households to cut use by a fifth."),
     [("in a dress borrowed", "Gwendolyn Ravensworth"),
      ("never wanted to see", "Gwendolyn Ravensworth")]),
    ("r54-written", "en",
     P("The customer reviews of the new cordless drill are mostly glowing. One buyer calls it “the "
       "best forty pounds I have spent this year,” another says the battery died “halfway through "
       "the second shelf.” The manufacturer's own page promises “up to three hours of continuous "
       "drilling,” a figure our tester could not reach.")
     + P("Our full verdict is at the end of this review."),
     [("the best forty pounds", None), ("halfway through the second", None),
      ("up to three hours", None)]),
    ("r54-turns", "en",
     P("Ingrid Halvorsen and her brother, Magnus Halvorsen, have run the ferry café on opposite "
       "shifts for twelve years, and they disagree about almost everything. She wants to close on "
       "Mondays; he wants to open on Sunday nights. She thinks the new menu is “a menu for "
       "tourists, not for us.” He calls it “the only reason the tourists come at all.” On one "
       "point "
       "they agree. “The coffee,” she said, “stays exactly as it is.”")
     + P("The café is open from seven until the last ferry."),
     [("a menu for tourists", "Ingrid Halvorsen"), ("the only reason the", "Magnus Halvorsen"),
      ("stays exactly as it", "Ingrid Halvorsen")]),
    ("r54-org", "en",
     P("Carnmoor Police have appealed for witnesses after a lorry struck a footbridge on the "
       "bypass early on Sunday. Nobody was hurt. The force said the driver had been “cooperating "
       "fully with officers” and that the road would stay closed “for at least forty-eight "
       "hours” while engineers "
       "inspect the bridge.")
     + P("Drivers are advised to use the old coast road."),
     [("cooperating fully with officers", "Carnmoor Police"),
      ("for at least forty-eight", "Carnmoor Police")]),
    ("r54-before", "en",
     P("Few people know the moor better than Alasdair Pennock. He has led walks across it for "
       "thirty-one years, first as a volunteer and later as the park's chief ranger, and he still "
       "goes out twice a week. His advice to newcomers hasn't changed: “Carry more water than you "
       "think, and turn back earlier than you want to.” He is less patient with the new signposts, "
       "which he dismisses as “decoration for people who will never leave the car park.”")
     + P("The park authority says the new signs cost £38,000."),
     [("Carry more water than", "Alasdair Pennock"),
      ("decoration for people who", "Alasdair Pennock")]),
    ("r54-mixed", "en",
     P("The two candidates for mayor met for their only debate on Thursday night. Rosalind "
       "Etherege, "
       "the incumbent, accused her rival of promising “a tram line to nowhere, paid for by "
       "nobody.” "
       "Samuel Okafor, a former bus driver standing for the first time, said the city had waited "
       "long enough. “People in the north of this city have been promised a tram since their "
       "parents were children,” he said. Etherege smiled at that. She called his figures “a wish "
       "list, not a budget.”")
     + P("Voting takes place on 6 May."),
     [("a tram line to", "Rosalind Etherege"), ("have been promised a tram", "Samuel Okafor"),
      ("a wish list, not", "Rosalind Etherege")]),
    ("r54-far", "en",
     P("Margaret Oyelaran has been making violins in the same attic workshop for forty years.")
     + P("The wood for her instruments comes from a single mountain valley, and she buys it only "
         "once a decade. She seasons it under the roof for at least ten years before she will "
         "touch "
         "it with a chisel. Visitors notice the smell first.")
     + P("“It smells of time. That is the only honest way I can put it.”"),
     [("It smells of time", "Margaret Oyelaran"), ("only honest way I", "Margaret Oyelaran")]),
    ("r54-none", "en",
     P("Staff at the depot say morale has never been lower. “Nobody from head office has set foot "
       "here since the summer,” one driver said. Another described the new rota as “designed by "
       "someone who has never driven a bus.” The company's operations director, Fiona Carrick, was "
       "not available for comment.")
     + P("Drivers are due to vote on industrial action next week."),
     [("Nobody from head office", None), ("designed by someone who", None)]),
    ("r54-written", "en",
     P("In a letter to parents on Monday, the head teacher of Brookfield Primary, Anwen "
       "Lloyd-Price, "
       "said the school would close its swimming pool at the end of term. The pool, she wrote, had "
       "become “impossible to heat at any price we can justify.” Parents had until Friday to "
       "reply. "
       "Several did so within the hour. One father, Caradog Evans, wrote back that his son had "
       "learned to swim there “before he could read.”")
     + P("The pool was built in 1971 with money raised by parents."),
     [("impossible to heat at", "Anwen Lloyd-Price"), ("before he could read", "Caradog Evans")]),
    ("r54-role", "en",
     P("Lieutenant Colonel (ret.) Desmond O'Riordan-Baptiste, 78, a former army surgeon who now "
       "chairs the veterans' association in Kildrum, has campaigned for the memorial for a decade. "
       "He remembers the regiment's last parade in the town square, and he says the new plaque "
       "gets one thing wrong: it calls the men “brave volunteers from the valley,” when most "
       "were conscripts. “They "
       "didn't choose to go. We owe them the truth about that.”")
     + P("The plaque will be unveiled on Remembrance Sunday."),
     [("brave volunteers from the", None), ("didn't choose to go", "Desmond O'Riordan-Baptiste")]),
    ("r54-after", "en",
     P("Dr. Yasmin Harcourt-Ellis, the study's lead author and a marine biologist at the "
       "University of Westmarch, spent three winters counting seals on the sandbank. The colony "
       "has grown by a third since 2015. “We expected the opposite,” she admitted. “Everything we "
       "knew about warming water told us they would leave.” Her co-author, the statistician Piotr "
       "Wasilewski, cautions that three winters are “a snapshot, not a trend.”")
     + P("The study is published in the journal Coastal Ecology."),
     [("expected the opposite", "Yasmin Harcourt-Ellis"),
      ("Everything we knew about", "Yasmin Harcourt-Ellis"),
      ("a snapshot, not a", "Piotr Wasilewski")]),
    ("r54-written", "en",
     "<blockquote><p>“A library is the only place in town where nobody asks you to buy "
     "anything.”</p><footer>— Clementine Shaw, head librarian</footer></blockquote>"
     + P("The branch on Canal Street will close next month after 112 years. Its regulars say it is "
         "the warmest room in the neighbourhood, and not only in winter."),
     [("the only place in", "Clementine Shaw")]),
    ("r54-before", "en",
     P("To her students, Professor Ottilie Marchbanks is simply “the Old Lion of Greek.” She has "
       "taught Greek at "
       "the college for forty-four years and refuses to use a computer in class. Her reason is "
       "simple: “A screen tells you the answer. A page makes you find it.” Her former student, the "
       "novelist Rufus Kettleborough, credits her with “every good sentence I have ever written.”")
     + P("She will give her last lecture in June."),
     [("the Old Lion of", None), ("A screen tells you", "Ottilie Marchbanks"),
      ("every good sentence I", "Rufus Kettleborough")]),
    ("r54-org", "en",
     P("Brightwell Energy, the region's largest supplier, has apologised after thousands of "
       "customers received bills for the wrong month. In an email to customers, the company said a "
       "“software update” had caused the error and promised refunds “within ten working days.” Its "
       "chief executive, Lavinia Stroud, told the radio station that she was “mortified, "
       "frankly, and embarrassed.”")
     + P("Customers who have paid twice can call the helpline."),
     [("within ten working days", "Brightwell Energy"),
      ("mortified, frankly, and embarrassed", "Lavinia Stroud")]),
("r54-mixed", "en",
     P("Tobias Fairweather, the former hospital trust chairman accused of misleading inspectors, "
       "sat still as his barrister, Quentin Hale, argued on Tuesday that the case against him "
       "rested on “a single email, read "
       "out of context.” The prosecutor, Helena Djordjević, told the jury that the email was only "
       "the beginning. Fairweather, she said, had known about the infection figures “for at least "
       "six months” and had chosen to keep them from the board. The trial continues.")
     + P("The trial is expected to last six weeks."),
     [("a single email, read", "Quentin Hale"),
      ("for at least six", "Helena Djordjević")]),
    ("r54-after", "en",
     P("The first snow arrived in the valley a fortnight early, and with it the first stranded "
       "hikers. Mountain rescue leader Cormac Delahunty spent Saturday night on the ridge with two "
       "students from the city who had set out in trainers. He does not blame them, exactly. The "
       "weather forecasts, he says, have become “too good at making people feel safe,” and the "
       "apps that plot routes do not know “what ice looks like at four in the afternoon.”")
     + P("Mountain rescue teams were called out 41 times last winter."),
     [("too good at making", "Cormac Delahunty"), ("what ice looks like", "Cormac Delahunty")]),
    ("r54-turns", "en",
     P("Margot Esterházy-Lunn met her future husband, the cellist Bertrand Lunn, on a night train "
       "to Vienna in 1962. She was nineteen. He was carrying his instrument in a coffin-shaped "
       "case and she thought, she says, that he was “an undertaker with very long hair.” He "
       "remembers it differently. “She asked me if I had a body in there, and I said only a small "
       "one.” They married a year later.")
     + P("They celebrate their sixty-second anniversary next month."),
     [("an undertaker with very", "Margot Esterházy-Lunn"),
      ("asked me if I", "Bertrand Lunn")]),
    ("r54-none", "en",
     P("Tenants of the Riverside estate have started calling the tower blocks “the three "
       "fridges.” The "
       "heating has failed three times since October. A banner hung from the fourth floor on "
       "Monday reads “Warm homes, not warm words.” The housing association said repairs were "
       "under way.")
     + P("The association says new boilers will be fitted by February."),
     [("the three fridges", None), ("Warm homes, not warm", None)]),
    ("r54-far", "en",
     P("When Abdirahman Warsame opened his tailoring shop on Kell Street in 1989, the street had "
       "four butchers, two banks and a cinema.")
     + P("Today it has his shop, a vape store and eleven empty units. The council has promised "
         "regeneration three times. Warsame keeps the brochures in a drawer beneath the till, "
         "next to the chalk and pins. He takes them out for visitors with a dry laugh.")
     + P("“Every one of these has a picture of a tree on the cover. Count the trees on this "
         "street. Go on.” There are none."),
     [("has a picture of", "Abdirahman Warsame"), ("Count the trees on", "Abdirahman Warsame")]),
    ("r54-before", "en",
     P("According to the county's own audit, published on Wednesday, the road-gritting contract "
       "delivered “less than half of the promised coverage” last winter. The councillor "
       "responsible, Jasper Threlfall, was unrepentant. He told the scrutiny committee that the "
       "audit had been written “by people who spent last winter indoors.”")
     + P("The contract is due for renewal in September."),
     [("less than half of", None), ("by people who spent", "Jasper Threlfall")]),
    ("r54-role", "en",
     P("Britta Sandoval-Kerr, 34, a night nurse at St Aldhelm's, has worked the intensive care "
       "unit through two winters of staff shortages. The 34-year-old has started a petition for "
       "free parking for night staff. Her reasoning is blunt: “I pay eleven pounds a shift to "
       "save people's lives.” Hospital managers have promised to consider it.")
     + P("The petition had 3,400 signatures by Friday."),
     [("pay eleven pounds a", "Britta Sandoval-Kerr")]),
    ("r54-written", "en",
     P("In 1916 a young soldier named Albert Feeney wrote home from the front to his mother in "
       "Castlebarr. The letter, found last year in a biscuit tin, is on display at the town museum "
       "from Saturday. “Tell Father the boots are holding up better than the men,” he wrote. "
       "Curator Niamh Gallagher described it as “the most ordinary letter, and that is why it "
       "breaks your heart.”")
     + P("The museum is open Tuesday to Sunday."),
     [("Tell Father the boots", "Albert Feeney"), ("the most ordinary letter", "Niamh Gallagher")]),
    ("r54-mixed", "en",
     P("The fire chief, Gwendolen Marsh, spent the morning with Prime Minister Adrian Vell at the "
       "burned-out school. Vell promised “every penny it takes” to rebuild. Marsh was more "
       "cautious. She said money was not the problem; the problem was “a building code that still "
       "allows cladding we know will burn.”")
     + P("Fourteen pupils were treated for smoke inhalation."),
     [("every penny it takes", "Adrian Vell"), ("a building code that", "Gwendolen Marsh")]),
    ("r54-org", "en",
     P("The Halvergate Conservation Trust has criticised plans for a solar farm on the grazing "
       "marshes. The trust said in its submission that the scheme would cause “irreversible harm "
       "to one of the last wet meadows in the county.” The developer, Sunfield Renewables, said it "
       "had “listened carefully to residents” and reduced the site by a fifth.")
     + P("The planning committee will decide the application in June."),
     [("irreversible harm to one", "Halvergate Conservation Trust"),
      ("listened carefully to residents", "Sunfield Renewables")]),
    ("r54-after", "en",
     P("The striker Dani Okwuosa missed the penalty that would have taken Redwater into the final. "
       "He stood in the centre circle for a long time after the whistle. His manager, Fergal "
       "Quinlan, went out to him. Afterwards Quinlan said he had told the 19-year-old that "
       "“nobody in this club will remember the miss, only the goals that got us here.” Okwuosa "
       "did not speak to reporters. On his social media account that night he posted a single "
       "line: “I'll be back, Redwater.”")
     + P("Redwater finished the season in fourth place."),
     [("nobody in this club", "Fergal Quinlan"), ("I'll be back, Redwater", "Dani Okwuosa")]),
    ("r54-written", "en",
     P("I have been baking sourdough for six years and I still go back to Hilde Brauer's little "
       "book on fermentation. Her rule for a starter is the one I repeat to everyone: feed it "
       "“when it has fallen, not when you remember.” My friend Jules, who runs a bakery in the "
       "old market, disagrees. He told me once that Brauer's rules are “for people with more "
       "patience than customers.” He may be right. I still follow them.")
     + P("Next week: rye."),
     [("when it has fallen", "Hilde Brauer"), ("for people with more", "Jules")]),
    ("r54-none", "en",
     P("The new rules cover so-called “forever chemicals,” a family of compounds that do not "
       "break down in the environment. Under the directive, water companies must test for them "
       "“at least once per calendar quarter.” Campaigners say that is not enough.")
     + P("Member states have two years to bring the rules into force."),
     [("at least once per", None)]),
    ("r54-turns", "en",
     P("Ekaterina Voronova, the conductor, and the orchestra's leader, Daniel Ashby, both "
       "remember the night the lights went out during the Shostakovich. She kept conducting in the "
       "dark. “You do not stop a symphony because of an electrician,” she said afterwards. Ashby "
       "laughed when reminded of it. “We played the last eight minutes from memory. Half of us "
       "were guessing.” The audience, he added, “never knew a thing.”")
     + P("The orchestra's new season opens in October."),
     [("do not stop a", "Ekaterina Voronova"), ("played the last eight", "Daniel Ashby"),
      ("never knew a thing", "Daniel Ashby")]),
    ("r54-role", "en",
     "<h2>Obituary: Winifred Adeyemi-Holt, teacher and swimmer, 1931–2025</h2>"
     + P("Winifred Adeyemi-Holt, who has died aged 94, taught more than three thousand children "
         "to swim in the cold lido at Southmere. Her daughter, Patience Holt, remembers her on "
         "the diving board at eighty, in a cap with rubber flowers. “She said the cold was good "
         "for the temper. Hers never improved.”")
     + P("Her motto, painted on the lido's changing huts, was “In you go, no fuss.”"),
     [("the cold was good", "Patience Holt"), ("In you go, no", "Winifred Adeyemi-Holt")]),
    ("r54-after", "en",
     P("Rain had stopped play twice before lunch, and the groundsman, Vernon Pask, was out with "
       "the covers before the umpires had left the square. He has looked after the county ground "
       "for twenty-six seasons. The new drainage, installed last spring at a cost of £400,000, is "
       "“the difference between three sessions lost and one,” by his reckoning. The county's "
       "captain, Joanna Whitlock, is grateful. “Vernon gets us on the field when nobody else "
       "would,” she said.")
     + P("Play resumed at a quarter to three."),
     [("the difference between three", "Vernon Pask"),
      ("gets us on the field", "Joanna Whitlock")]),
    ("r54-before", "en",
     P("In an interview with this newspaper, the new chief constable, Rashida Okonkwo-Grant, "
       "set out her priorities. Burglary comes first. She describes the clear-up rate in the "
       "city as “frankly embarrassing for everyone” and says she wants every victim visited "
       "within a day. "
       "Knife crime comes second. “I have been to too many funerals of sixteen-year-olds.”")
     + P("The city recorded 6,200 burglaries last year."),
     [("frankly embarrassing for everyone", "Rashida Okonkwo-Grant"),
      ("been to too many", "Rashida Okonkwo-Grant")]),
    ("r54-mixed", "en",
     P("The novelist Cressida Vane has accused her former publisher, Lionel Dunmore, of "
       "“burying” her second book. In a long post on her website, she wrote that the company had "
       "spent “less on my book than on the launch party for someone else's.” Dunmore, reached by "
       "phone, said he wished her well and that the book had been “given every chance.”")
     + P("The book has sold about 4,000 copies."),
     [("less on my book", "Cressida Vane"), ("given every chance", "Lionel Dunmore")]),
    ("r54-written", "en",
     P("The washing machine threw up error code E21 on the second cycle. The manual lists it "
       "plainly: “Drain pump blocked or water not draining.” It recommends checking the filter "
       "behind the small flap at the bottom of the front panel. Mine was full of coins and a "
       "single sock.")
     + P("If that fails, the manual advises you to “contact an authorised service engineer.”"),
     [("Drain pump blocked or", None), ("contact an authorised service", None)]),
    ("r54-far", "en",
     P("Sister Philomena Agyekum has run the night shelter under the railway arches since 2003.")
     + P("She knows every regular by name. She knows who takes sugar and who will not sleep near "
         "the door. She also knows, she says, that the shelter was meant to be temporary: "
         "Westmarch "
         "City Council called it “an emergency measure” when it opened.")
     + P("“Twenty-two years of emergency. That is the real scandal.”"),
     [("an emergency measure", "Westmarch City Council"),
      ("Twenty-two years of emergency", "Philomena Agyekum")]),
("r54-after", "en",
     P("Harriet Quenby, who chairs the parish council in Upper Lessing, had expected a quiet "
       "meeting. Instead eighty people came to hear about the new housing estate. Quenby read out "
       "the developer's letter and then put it down. Three years ago, she reminded the room, the "
       "same company had promised “a doctor's surgery before the first house is sold.” There is "
       "still no surgery. “We were promised a great deal,” she said, “and we have been given "
       "roundabouts.”")
     + P("The developer has been invited to the next meeting."),
     [("a doctor's surgery before", "Harriet Quenby"), ("promised a great deal", "Harriet Quenby"),
      ("have been given roundabouts", "Harriet Quenby")]),
    ("r54-mixed", "en",
     P("The inquest into the death of climber Euan Strachan, 29, heard from his climbing partner, "
       "Isla Brodie, on Monday. She told the coroner, Dr Malcolm Rennie, that the rope had been "
       "checked “twice that morning, once by each of us.” Rennie asked whether the weather had "
       "turned. It had, she said, “faster than anything I have seen in fifteen years.” Recording a "
       "verdict of accidental death, Rennie described Strachan as “an experienced and careful "
       "mountaineer.”")
     + P("The coroner said he would write to the mountaineering council about weather warnings."),
     [("twice that morning, once", "Isla Brodie"), ("faster than anything I", "Isla Brodie"),
      ("an experienced and careful", "Malcolm Rennie")]),
    ("r54-none", "en",
     P("Under the heading “Frequently Asked Questions,” the tax office's website explains that a "
       "late return incurs “an automatic penalty of £100.” It does not explain how to appeal. "
       "Accountant Sunil Mehra, who has fielded dozens of calls about it, says the page is "
       "“written for people who already know the answer.”")
     + P("The tax office says it is reviewing the page."),
     [("Frequently Asked Questions", None), ("an automatic penalty of", None),
      ("written for people who", "Sunil Mehra")]),
    ("r54-written", "en",
     P("Rated 4 out of 5 by Marjorie T., Leeds: “Comfortable from the first day, though the laces "
       "are far too short.”")
     + P("Rated 2 out of 5 by a verified buyer: “Sole came away after a month of dog walks.”"),
     [("Comfortable from the first", "Marjorie T."), ("Sole came away after", None)]),
    ("r54-org", "en",
     P("Orrin & Blake, the accountancy firm, announced on Tuesday that it would open an office in "
       "Port Elsby, creating 200 jobs. “Port Elsby has the talent and the rents we were looking "
       "for,” said Theodora Blake, the firm's managing partner, adding that the company hoped to "
       "“double that number within five years.”")
     + P("About Orrin & Blake: Founded in 1978, Orrin & Blake advises “family businesses that "
         "intend to stay family businesses.”"),
     [("has the talent and", "Theodora Blake"), ("double that number within", "Theodora Blake")]),
    ("r54-turns", "en",
     P("<b>Q:</b> Your first film was made for £4,000. Would you do that again?")
     + P("<b>Marisol Etxeberria:</b> “In a heartbeat. Poverty makes you decide things. With money, "
         "you just postpone every decision until the edit.”")
     + P("<b>Q:</b> And the new one?")
     + P("<b>Etxeberria:</b> “Ten times the money and ten times the arguments.”"),
     [("Poverty makes you decide", "Marisol Etxeberria"),
      ("Ten times the money", "Marisol Etxeberria")]),
    ("r54-far", "en",
     P("In 1998, Lukas Oberholzer-Reid gave up his job as a bank clerk and bought a derelict "
       "lighthouse for one pound.")
     + P("The local paper called him “the loneliest man in the county.” He spent the next eleven "
         "years rebuilding the tower with reclaimed stone, most of it carried up the cliff path on "
         "his back.")
     + P("Today the lighthouse is a guesthouse with a waiting list. He shows us the top room. "
         "“People think I wanted to be alone. I wanted a view, and this was the cheapest one in "
         "Europe.”"),
     [("the loneliest man in", None), ("wanted a view, and", "Lukas Oberholzer-Reid")]),
    ("r54-mixed", "en",
     P("Dr. Hamish Strand and Dr. Leilani Okafor, who led the two trials, disagree about what the "
       "results mean. Strand believes the drug works “in a narrow group of patients, and we can "
       "identify them.” Okafor is sceptical. The benefit in her trial, she says, was “too small to "
       "matter to anyone outside a statistics department,” and she worries about cost. Both agree "
       "that a third trial is needed.")
     + P("The results were presented at a conference in Tarnsby."),
     [("in a narrow group", "Hamish Strand"), ("too small to matter", "Leilani Okafor")]),
    ("r54-after", "en",
     P("(“I have never been so cold in my life,” the expedition's youngest member, Tamsin "
       "Aberline, wrote in her diary on the third night.) The team reached the summit on the "
       "ninth day. Its leader, Rohan Patil, radioed the base camp with the words: “Tell them we "
       "made it, and tell them it was her idea.”")
     + P("The team returns home next week."),
     [("never been so cold", "Tamsin Aberline"), ("Tell them we made", "Rohan Patil")]),
    ("r54-before", "en",
     P("Ask Wilhelmina Crabtree about the flower show and she will talk for an hour. She has "
       "entered it for fifty-two consecutive years and won the rose class nineteen times. Her "
       "rivals, she says, have become “far too scientific” about it. “They test the soil like "
       "it's a crime scene. I just talk to mine.”")
     + P("This year's show opens on the last Saturday of July."),
     [("far too scientific", "Wilhelmina Crabtree"),
      ("test the soil like", "Wilhelmina Crabtree")]),
# ---------------------------------------------------------------- German
    ("r54-mixed", "de",
     P("Die Stadtwerke wollen die Preise für Fernwärme im Januar um ein Drittel erhöhen. "
       "Geschäftsführerin Annegret Vollmer-Kühn verteidigte den Schritt im Ausschuss und sprach "
       "von „einer bitteren, aber unvermeidlichen Anpassung“. Der Fraktionschef der Bürgerliste, "
       "Henrik "
       "Sommerfeld, hielt dagegen. Er warf den Stadtwerken vor, die Kunden „zum dritten Mal in "
       "zwei Jahren im Regen stehen zu lassen“. Eine Entscheidung fällt im Dezember.")
     + P("Der Stadtrat entscheidet am 12. Dezember."),
     [("einer bitteren, aber unvermeidlichen", "Annegret Vollmer-Kühn"),
      ("zum dritten Mal in", "Henrik Sommerfeld")]),
    ("r54-after", "de",
     P("Seit 41 Jahren steht Walburga Eichhorn jeden Samstag auf dem Wochenmarkt in Lindenbrück. "
       "Ihre Kartoffeln kommen vom eigenen Hof, die Eier von den Nachbarn. An diesem Morgen ist "
       "kaum jemand gekommen. Die Leute kauften jetzt lieber im Supermarkt, sagt sie, „weil da "
       "keiner fragt, wie es einem geht“. Ihr Enkel Jonas Eichhorn will den Stand trotzdem "
       "übernehmen. „Einer muss ja weitermachen“, sagt der 24-Jährige.")
     + P("Der Markt findet jeden Samstag von 7 bis 13 Uhr statt."),
     [("weil da keiner fragt", "Walburga Eichhorn"),
      ("Einer muss ja weitermachen", "Jonas Eichhorn")]),
    ("r54-none", "de",
     P("Das Gesetz verpflichtet Vermieter, Mängel „in angemessener Frist“ zu beheben. Was "
       "angemessen ist, lässt es offen. Mieterschützer sprechen seit Jahren von einem "
       "„Gummiparagrafen“. Auf einem Transparent vor dem Rathaus stand am Dienstag: „Wohnen ist "
       "ein Menschenrecht“.")
     + P("Der Mieterverein bietet eine kostenlose Beratung an."),
     [("in angemessener Frist", None), ("Wohnen ist ein Menschenrecht", None)]),
    ("r54-before", "de",
     P("Für Konstantin Rehberg, Trainer des Zweitligisten SV Wendhausen, war das 0:3 gegen den "
       "Tabellenletzten „ein Tiefpunkt, den wir uns selbst zuzuschreiben haben“. Kapitän Malte "
       "Grünewald nahm die Mannschaft in Schutz. Man habe „nicht an der Einstellung, sondern an "
       "der Kraft“ verloren, sagte der 31-Jährige nach dem Spiel. Rehberg wollte davon nichts "
       "wissen.")
     + P("Das nächste Spiel bestreitet Wendhausen am Sonntag."),
     [("ein Tiefpunkt, den wir", "Konstantin Rehberg"),
      ("nicht an der Einstellung", "Malte Grünewald")]),
    ("r54-org", "de",
     P("Die Bergwacht Hochtal hat vor Wanderungen im Hochgebirge gewarnt. Der Verband "
       "erklärte, die Wege seien nach den Unwettern „vielerorts nicht mehr begehbar“. Ein Sprecher "
       "des Landratsamts Oberhochtal sagte, man prüfe eine Sperrung „für die kommenden zwei "
       "Wochen“.")
     + P("Die Wege sollen bis zum Herbst repariert werden."),
     [("vielerorts nicht mehr begehbar", "Bergwacht Hochtal"),
      ("für die kommenden zwei", "Landratsamt Oberhochtal")]),
    ("r54-far", "de",
     P("Dr. Friederike von Aschenbach leitet seit 2011 die Kinderklinik in Bramsfeld.")
     + P("In diesem Winter hat sie so viele Kinder mit Atemwegsinfekten behandelt wie nie zuvor. "
         "Betten fehlen, Pflegekräfte auch. Die Ärztin schläft manchmal im Dienstzimmer. Von der "
         "Landesregierung fühlt sie sich allein gelassen.")
     + P("„Wir reden seit zehn Jahren über dieselben Probleme. Geändert hat sich nur die Zahl "
         "der Kinder auf dem Flur.“"),
     [("reden seit zehn Jahren", "Friederike von Aschenbach"),
      ("die Zahl der Kinder", "Friederike von Aschenbach")]),
    ("r54-written", "de",
     P("Im Handbuch des Routers heißt es knapp: „Bei blinkender roter LED Gerät vom Strom "
       "trennen.“ Das habe ich getan, dreimal. Mein Kollege Ferdinand, der sich mit so etwas "
       "auskennt, meinte nur, das Handbuch sei „für Optimisten geschrieben“. Er hatte recht.")
     + P("Der neue Router kommt nächste Woche."),
     [("Bei blinkender roter LED", None), ("für Optimisten geschrieben", "Ferdinand")]),
    ("r54-mixed", "de",
     P("Im Prozess gegen den früheren Bürgermeister Gernot Haselböck sagte am Mittwoch dessen "
       "ehemalige Sekretärin Ilse Brandauer aus. Haselböck habe die Aufträge „immer persönlich "
       "abgezeichnet“, erklärte sie. Sein Verteidiger, Rechtsanwalt Dr. Tobias Lechner, nannte "
       "die Aussage „widersprüchlich und lückenhaft“.")
     + P("Der Prozess wird am Freitag fortgesetzt."),
     [("immer persönlich abgezeichnet", "Ilse Brandauer"),
      ("widersprüchlich und lückenhaft", "Tobias Lechner")]),
    # ---------------------------------------------------------------- French
    ("r54-mixed", "fr",
     P("Le maire de Saint-Aubin-des-Landes, Gérard Lemoine-Duval, a défendu mardi le projet de "
       "parc éolien devant un public hostile. Il a qualifié l'opposition de « combat d'arrière-"
       "garde » et promis des retombées « pour chaque foyer de la commune ». Présidente de "
       "l'association Vent Debout, Solange Marchetti lui a répondu que les habitants n'avaient "
       "« jamais été consultés, pas une seule fois ».")
     + P("Le conseil municipal doit voter en janvier."),
     [("pour chaque foyer de", "Gérard Lemoine-Duval"),
      ("jamais été consultés, pas", "Solange Marchetti")]),
    ("r54-after", "fr",
     P("Depuis trente ans, Yvette Rochambeau tient la boulangerie de la place du marché. Elle "
       "se lève à trois heures, six jours sur sept. Le prix de la farine a doublé en deux ans. "
       "« Je ne vais pas vendre la baguette à deux euros, ce n'est pas possible ici », "
       "explique-t-elle. Son fils, Mathis Rochambeau, qui travaille avec elle, est plus inquiet : "
       "selon lui, la boutique ne tiendra « pas un hiver de plus ».")
     + P("La boulangerie est ouverte du mardi au dimanche."),
     [("pas vendre la baguette", "Yvette Rochambeau"), ("pas un hiver de", "Mathis Rochambeau")]),
    ("r54-none", "fr",
     P("Le texte prévoit une amende pour « occupation illicite d'un local à usage d'habitation ». "
       "Les associations dénoncent une loi « anti-squat » qui viserait surtout les plus pauvres. "
       "Le roman « La Maison des autres », sorti en 2019, racontait déjà cette histoire.")
     + P("Le texte sera examiné au Sénat au printemps."),
     [("occupation illicite d'un local", None), ("La Maison des autres", None)]),
    ("r54-before", "fr",
     P("Pour Hélène Baptiste-Morel, chercheuse au laboratoire d'océanographie de Port-Morvan, la "
       "hausse de température observée cet été est « sans précédent depuis le début des "
       "mesures ». Son collègue Antoine Guérin reste prudent : à ses yeux, il s'agit « d'une "
       "anomalie, pas encore d'une tendance ».")
     + P("Les résultats complets seront publiés à l'automne."),
     [("sans précédent depuis le", "Hélène Baptiste-Morel"),
      ("d'une anomalie, pas encore", "Antoine Guérin")]),
    ("r54-org", "fr",
     P("La compagnie Rail Vaubrun a annoncé la suppression de quatre trains quotidiens sur la "
       "ligne "
       "Vaubrun-Salency. Dans un communiqué, l'entreprise évoque « des contraintes de maintenance "
       "exceptionnelles ». Le syndicat Cheminots Unis y voit au contraire « un démantèlement "
       "programmé ».")
     + P("Les nouveaux horaires entrent en vigueur le 15 décembre."),
     [("des contraintes de maintenance", "Rail Vaubrun"),
      ("un démantèlement programmé", "Cheminots Unis")]),
    ("r54-turns", "fr",
     P("Entretien avec la chorégraphe Maïwenn Le Goff, qui présente sa nouvelle création au "
       "théâtre de Pontrieux-sur-Mer.")
     + P("<b>Question :</b> Pourquoi la mer, encore ?")
     + P("« Parce que je n'ai jamais fini avec elle. Chaque pièce est une tentative de la "
         "comprendre. »")
     + P("<b>Question :</b> Et après ?")
     + P("« Après, je me repose. Enfin, c'est ce que je dis à chaque fois. »"),
     [("jamais fini avec elle", "Maïwenn Le Goff"), ("je me repose. Enfin", "Maïwenn Le Goff")]),
    # ---------------------------------------------------------------- Spanish
    ("r54-mixed", "es",
     P("La alcaldesa de Villanueva del Sotillo, Remedios Quintanilla, defendió el miércoles el "
       "cierre "
       "del centro histórico al tráfico, una medida que calificó de «valiente y necesaria». El "
       "portavoz de la asociación de comerciantes, Anselmo Barrientos, la acusó de «matar el "
       "comercio de toda la vida» y anunció un recurso. Quintanilla respondió que la ciudad no "
       "podía seguir siendo «un aparcamiento con catedral».")
     + P("La medida entrará en vigor el 1 de marzo."),
     [("valiente y necesaria", "Remedios Quintanilla"),
      ("matar el comercio de", "Anselmo Barrientos"),
      ("un aparcamiento con catedral", "Remedios Quintanilla")]),
    ("r54-after", "es",
     P("Evaristo Mondragón, de 83 años, lleva seis décadas pescando en la ría. Recuerda cuando "
       "las almejas se cogían a mano en la orilla. Ahora sale tres días por semana y vuelve casi "
       "siempre con la cesta vacía. «La ría se está muriendo y nadie lo quiere ver», lamenta. Su "
       "nieta, Lucía Mondragón, bióloga marina, coincide a medias: el problema, dice, es «más "
       "complicado que la contaminación».")
     + P("La cofradía de pescadores celebrará una asamblea el próximo mes."),
     [("se está muriendo y", "Evaristo Mondragón"),
      ("más complicado que la", "Lucía Mondragón")]),
    ("r54-none", "es",
     P("El reglamento prohíbe «cualquier actividad que perturbe el descanso vecinal» a partir de "
       "las once de la noche. Los hosteleros lo llaman ya la «ley del silencio». En una pancarta "
       "frente al ayuntamiento se leía: «Sin terrazas no hay barrio».")
     + P("El pleno votará el reglamento en enero."),
     [("cualquier actividad que perturbe", None), ("Sin terrazas no hay", None)]),
    ("r54-org", "es",
     P("La Agencia Meteorológica del Sur ha activado la alerta roja por calor en cuatro "
       "provincias. El organismo advierte de temperaturas «potencialmente peligrosas para la "
       "salud» hasta el domingo. Según la consejera de Salud, Inmaculada Ferrándiz, los hospitales "
       "están «preparados, pero al límite».")
     + P("La alerta se revisará el viernes."),
     [("potencialmente peligrosas para la", "Agencia Meteorológica del Sur"),
      ("preparados, pero al límite", "Inmaculada Ferrándiz")]),
    # ---------------------------------------------------------------- Italian
    ("r54-mixed", "it",
     P("Il sindaco di Castelmorano Alto, Ermanno De Santis, ha definito la chiusura dell'ospedale "
       "«una ferita per tutta la valle». L'assessore regionale alla sanità, Loredana Fumagalli, ha "
       "replicato che il reparto sarà trasferito «a soli venti minuti di strada» e che nessun "
       "servizio andrà perso. De Santis ha parlato di «venti minuti d'estate, un'ora d'inverno».")
     + P("Il consiglio regionale voterà il piano a febbraio."),
     [("una ferita per tutta", "Ermanno De Santis"), ("a soli venti minuti", "Loredana Fumagalli"),
      ("venti minuti d'estate", "Ermanno De Santis")]),
    ("r54-after", "it",
     P("Nella bottega di via dei Cordai Vecchi, Gualtiero Bernasconi ripara orologi da "
       "cinquant'anni. "
       "Il figlio non vuole continuare il mestiere e lui non gliene fa una colpa. «Gli orologi "
       "oggi si buttano, non si aggiustano», ammette con un sorriso. Secondo la nipote Chiara "
       "Bernasconi, che lo aiuta il sabato, la bottega è «l'ultimo posto della città dove il tempo "
       "si ferma davvero».")
     + P("La bottega è aperta dal martedì al sabato."),
     [("oggi si buttano, non", "Gualtiero Bernasconi"),
      ("l'ultimo posto della città", "Chiara Bernasconi")]),
    ("r54-none", "it",
     P("Il decreto parla di «interventi urgenti per la messa in sicurezza del territorio», ma "
       "i fondi arriveranno solo nel 2027. Sui muri del paese qualcuno ha scritto «Prima le "
       "case, poi i convegni».")
     + P("Il decreto dovrà essere convertito in legge entro sessanta giorni."),
     [("interventi urgenti per la", None), ("Prima le case, poi", None)]),
# ---------------------------------------------------------------- Portuguese
    ("r54-mixed", "pt",
     P("A presidente da câmara de Vila Nova de Alvarenga, Conceição Tavares, defendeu na "
       "terça-feira a nova taxa turística, que descreveu como “uma forma justa de partilhar os "
       "custos”. O presidente da associação hoteleira, Rui Medeiros Bettencourt, acusou a "
       "autarquia "
       "de “afugentar quem ainda vem cá” e pediu que a medida fosse adiada.")
     + P("A taxa entra em vigor em janeiro."),
     [("uma forma justa de", "Conceição Tavares"),
      ("afugentar quem ainda vem", "Rui Medeiros Bettencourt")]),
    ("r54-after", "pt",
     P("Aos 76 anos, Benedita Sarmento ainda apanha a camioneta das seis para ir trabalhar na "
       "fábrica de conservas. Começou aos catorze. Conhece cada máquina pelo som. “Se a fábrica "
       "fechar, fecha a vila”, resume. A filha, Marta Sarmento, que emigrou para o Luxemburgo, "
       "diz que a mãe é “teimosa como o mar”.")
     + P("A fábrica emprega hoje 120 pessoas."),
     [("Se a fábrica fechar", "Benedita Sarmento"), ("teimosa como o mar", "Marta Sarmento")]),
    ("r54-none", "pt",
     P("A lei fala em “habitação condigna para todos os cidadãos”, mas as listas de espera "
       "continuam a crescer. Nas paredes do bairro lê-se “Casa sim, despejo não”.")
     + P("Há mais de quatro mil famílias inscritas."),
     [("habitação condigna para todos", None), ("Casa sim, despejo não", None)]),
    ("r54-org", "pt",
     P("A Companhia das Águas do Mondeguinho anunciou cortes no abastecimento durante a noite. "
       "Em comunicado, a empresa explica que a medida é “temporária e preventiva” e pede aos "
       "clientes “a máxima contenção no consumo”.")
     + P("Os cortes vão durar pelo menos duas semanas."),
     [("temporária e preventiva", "Companhia das Águas do Mondeguinho"),
      ("a máxima contenção no", "Companhia das Águas do Mondeguinho")]),
    # ---------------------------------------------------------------- Dutch
    ("r54-mixed", "nl",
     P("Wethouder Marieke van der Steen-Bakker noemde de sluiting van het zwembad dinsdag "
       "„pijnlijk, maar onvermijdelijk”. Oppositieleider Joost de Wilde-Hoekstra vond dat "
       "te makkelijk. Volgens hem heeft de gemeente het bad „jarenlang laten verloederen” om het "
       "nu te kunnen sluiten.")
     + P("De gemeenteraad beslist in maart."),
     [("pijnlijk, maar onvermijdelijk", "Marieke van der Steen-Bakker"),
      ("jarenlang laten verloederen", "Joost de Wilde-Hoekstra")]),
    ("r54-after", "nl",
     P("Hendrikje Vos (68) woont al haar hele leven aan de dijk bij Oudewater-Zuid. Bij de "
       "overstroming van 1995 stond het water tot aan de vensterbank. Ze heeft de foto's nog. "
       "‘Ik ben niet bang voor het water, ik ben bang voor de vergaderingen over het water’, zegt "
       "ze droog. Haar buurman, Gerrit Smulders, lacht: de dijk is volgens hem ‘sterker dan het "
       "waterschap’.")
     + P("Het waterschap presenteert de plannen in het voorjaar."),
     [("niet bang voor het", "Hendrikje Vos"), ("sterker dan het waterschap", "Gerrit Smulders")]),
    ("r54-none", "nl",
     P("In de nieuwe regeling staat dat huurders ‘binnen redelijke termijn’ bericht krijgen. "
       "Wat redelijk is, staat er niet bij. Op een spandoek bij het stadhuis: ‘Huur omlaag, "
       "nu!’")
     + P("De regeling gaat op 1 juli in."),
     [("binnen redelijke termijn", None), ("Huur omlaag, nu!", None)]),
    # ---------------------------------------------------------------- Polish
    ("r54-mixed", "pl",
     P("Burmistrz Nowego Zagórza Krzysztof Wróblewski nazwał we wtorek decyzję wojewody „ciosem "
       "w całą gminę”. Radna opozycji Agnieszka Dąbrowska-Kuś zarzuciła mu z kolei, że „od "
       "trzech lat nie zrobił nic”, by szpitala bronić. Wróblewskiego nie przekonała.")
     + P("Sprawą zajmie się rada powiatu w przyszłym tygodniu."),
     [("ciosem w całą gminę", "Krzysztof Wróblewski"),
      ("od trzech lat nie", "Agnieszka Dąbrowska-Kuś")]),
    ("r54-role", "pl",
     P("Z Bożeną Kwiatkowską, najstarszą mieszkanką wsi Zalesie Górne, rozmawiamy w jej ogrodzie. "
       "Ma 101 lat i sama pieli grządki. Według pani Kwiatkowskiej sekret długiego życia to "
       "„ciężka praca i żadnych zmartwień na zapas”. Jej prawnuk, Michał Kwiatkowski, przyznaje, "
       "że babcia jest „bardziej uparta niż cała rodzina razem”.")
     + P("Wieś liczy dziś niespełna trzystu mieszkańców."),
     [("ciężka praca i żadnych", "Bożena Kwiatkowska"),
      ("bardziej uparta niż cała", "Michał Kwiatkowski")]),
    ("r54-far", "pl",
     P("Jadwigę Nowicką-Sobczak, dyrektorkę szkoły w Brzozowie Małym, odwiedzamy w ostatnim "
       "tygodniu roku szkolnego.")
     + P("Szkoła ma 38 uczniów. Gmina chce ją zamknąć. Dyrektorka od miesięcy pisze listy do "
         "kuratorium i nie dostaje odpowiedzi.")
     + P("„Jeśli zamkną szkołę, zamkną wieś. Młodzi się wyprowadzą, zostaną tylko starsi.”"),
     [("Jeśli zamkną szkołę, zamkną", "Jadwiga Nowicka-Sobczak"),
      ("Młodzi się wyprowadzą", "Jadwiga Nowicka-Sobczak")]),
    ("r54-none", "pl",
     P("Ustawa mówi o „szczególnie uzasadnionych przypadkach”, ale ich nie definiuje. Na "
       "transparencie przed urzędem napisano: „Chcemy lekarza, nie obietnic”.")
     + P("Petycję podpisało już ponad dwa tysiące osób."),
     [("szczególnie uzasadnionych przypadkach", None), ("Chcemy lekarza, nie obietnic", None)]),
    # ---------------------------------------------------------------- Russian
    ("r54-mixed", "ru",
     P("Глава района Валентин Корешков назвал ремонт моста «делом чести для всей "
       "администрации». Депутат Людмила Савостьянова с ним не согласилась: по её словам, "
       "обещания звучат «уже пятый год подряд», а мост так и стоит закрытым. Корешков ответил, "
       "что подрядчик будет выбран «до конца месяца».")
     + P("Мост закрыт для движения с прошлой осени."),
     [("делом чести для всей", "Валентин Корешков"),
      ("уже пятый год подряд", "Людмила Савостьянова"),
      ("до конца месяца", "Валентин Корешков")]),
    ("r54-role", "ru",
     P("Встречаемся с Анной Шуваловой-Гриневой, смотрительницей маяка на мысе Белый Камень, "
       "в её доме у подножия башни. Она служит здесь двадцать два года. По словам "
       "Шуваловой-Гриневой, маяк — это «не работа, а образ жизни». Её муж, Пётр Гринев, шутит, "
       "что женился «на женщине и на маяке одновременно».")
     + P("Маяк открыт для посетителей по выходным."),
     [("не работа, а образ", "Анна Шувалова-Гринева"),
      ("на женщине и на", "Пётр Гринев")]),
    ("r54-role", "ru",
     P("Нападающий «Северной звезды» Matteo Rinaldi-Sorel забил два мяча в ворота соперников. "
       "После матча итальянец признал, что команда играла «не лучшим образом, но с характером». "
       "Главный тренер Игорь Мельниченко назвал победу «заслуженной, хотя и нервной».")
     + P("Следующий матч команда проведёт в субботу."),
     [("не лучшим образом, но", "Matteo Rinaldi-Sorel"),
      ("заслуженной, хотя и нервной", "Игорь Мельниченко")]),
    ("r54-none", "ru",
     P("В законе говорится о «разумных сроках исполнения», но никто не знает, что это значит. "
       "Жители "
       "называют новый микрорайон «муравейником». На плакате у администрации было написано: "
       "«Верните нам автобус!»")
     + P("Обсуждение проекта продлится до конца месяца."),
     [("разумных сроках исполнения", None), ("Верните нам автобус!", None)]),
# ---------------------------------------------------------------- Chinese
    ("r54-mixed", "zh",
     P("青川县县长欧阳明远周二在座谈会上表示，新修的环山公路是“全县百姓盼了二十年的路”。"
       "但村民代表郑秀兰认为，修路占用了大量耕地，补偿标准“远远低于市场价格”。欧阳明远回应称，"
       "县里将“逐户核实，一户不落”。")
     + P("公路预计明年年底建成通车。"),
     [("全县百姓盼了二十年", "欧阳明远"), ("远远低于市场价格", "郑秀兰"), ("逐户核实，一户不落", "欧阳明远")]),
    ("r54-after", "zh",
     P("今年七十二岁的林桂芳在老街上开了四十年裁缝铺。她说，现在来改衣服的大多是年轻人，"
       "“他们喜欢旧东西，这让我很意外”。她的孙子林浩在一旁补充说，奶奶的手艺“比任何品牌都值钱”。")
     + P("裁缝铺每天早上八点开门。"),
     [("他们喜欢旧东西", "林桂芳"), ("比任何品牌都值钱", "林浩")]),
    ("r54-none", "zh",
     P("条例规定，商户须在“合理期限内”完成整改，但并未说明期限多长。街头横幅上写着“文明城市，人人有责”。")
     + P("整改期限届满后，相关部门将进行检查。"),
     [("合理期限内", None), ("文明城市，人人有责", None)]),
    ("r54-org", "zh",
     P("南屿市气象台周三发布暴雨红色预警。气象台提醒市民“非必要不外出”，并称降雨将持续"
       "“至少四十八小时”。市教育局随后宣布全市中小学停课一天。")
     + P("市防汛部门已进入一级响应状态。"),
     [("非必要不外出", "南屿市气象台"), ("至少四十八小时", "南屿市气象台")]),
    # ---------------------------------------------------------------- Japanese
    ("r54-mixed", "ja",
     P("北浜町の町長、渡部誠一郎氏は説明会で、新しい防潮堤について「町の将来を守るための"
       "最低限の投資だ」と強調した。これに対し、漁協組合長の小野寺和子さんは「海が見えなくなる町に"
       "若い人は残らない」と反論した。")
     + P("防潮堤の工事は来年春に始まる予定だ。"),
     [("町の将来を守るための", "渡部誠一郎"), ("海が見えなくなる町に", "小野寺和子")]),
    ("r54-far", "ja",
     P("三代続く和菓子店「松風堂」の店主、森下千代子さん（81）は、毎朝四時に店に立つ。")
     + P("小豆は今も近所の農家から仕入れている。値上げはしていない。常連客の多くは、"
         "子どもの頃から通う人たちだ。")
     + P("「値段を上げたら、あの子たちの思い出まで高くなってしまう気がして」"),
     [("値段を上げたら", "森下千代子"), ("思い出まで高くなって", "森下千代子")]),
    ("r54-written", "ja",
     P("「スタッフの対応が丁寧で、安心してお任せできました。」（東京都・K.T.様）")
     + P("「仕上がりは満足ですが、納期が少し遅れました。」（匿名のお客様）"),
     [("スタッフの対応が丁寧", "K.T."), ("納期が少し遅れました", None)]),
    ("r54-none", "ja",
     P("条例は「公共の場における迷惑行為」を禁じているが、その範囲は明確でない。駅前には"
       "「ポイ捨て禁止」の看板が立っている。")
     + P("違反者には最大五万円の過料が科される。"),
     [("公共の場における迷惑行為", None), ("ポイ捨て禁止", None)]),
    # ---------------------------------------------------------------- Korean
    ("r54-mixed", "ko",
     P("해송군 군수 남궁진호 씨는 22일 주민설명회에서 새 항만 계획을 “지역 경제를 살릴 마지막 기회”라고 "
       "설명했다. 그러나 어촌계장 편미숙 씨는 “바다를 메우면 어민들은 갈 곳이 없다”고 맞섰다. "
       "남궁 군수는 “보상 문제는 끝까지 책임지겠다”고 덧붙였다.")
     + P("항만 계획은 다음 달 군의회에 상정될 예정이다."),
     [("지역 경제를 살릴", "남궁진호"), ("바다를 메우면 어민들은", "편미숙"),
      ("보상 문제는 끝까지", "남궁진호")]),
    ("r54-after", "ko",
     P("서울 변두리에서 40년째 헌책방을 운영하는 도경환 씨는 요즘 손님이 절반으로 줄었다고 했다. "
       "그래도 문을 닫을 생각은 없다. “책은 주인을 기다릴 줄 안다”는 것이 그의 지론이다. "
       "딸 도은비 씨는 아버지의 가게를 “동네에서 가장 조용한 도서관”이라고 부른다.")
     + P("헌책방은 매주 월요일에 쉰다."),
     [("책은 주인을 기다릴", "도경환"), ("동네에서 가장 조용한", "도은비")]),
    ("r54-none", "ko",
     P("개정안은 “정당한 사유 없이” 출석을 거부할 경우 과태료를 부과하도록 했다. "
       "시청 앞 현수막에는 “우리 동네 병원을 지켜주세요”라고 적혀 있었다.")
     + P("개정안은 내년 1월부터 시행된다."),
     [("정당한 사유 없이", None), ("우리 동네 병원을", None)]),
    # ---------------------------------------------------------------- Arabic
    ("r54-mixed", "ar",
     P("وصف رئيس بلدية وادي السنديان، خليل أبو الحسن، مشروع الطريق الدائري بأنه «شريان الحياة "
       "للمنطقة كلها». غير أن المهندسة رنا القاسمي، عضو المجلس البلدي، حذرت من أن المشروع "
       "«سيقطع الأراضي الزراعية إلى نصفين» ودعت إلى دراسة بديلة.")
     + P("ومن المقرر أن يصوت المجلس على المشروع الشهر المقبل."),
     [("شريان الحياة للمنطقة", "خليل أبو الحسن"), ("سيقطع الأراضي الزراعية", "رنا القاسمي")]),
    ("r54-after", "ar",
     P("يعمل الحاج سليمان العطار في صناعة الصابون منذ خمسين عاماً في ورشة ورثها عن أبيه. يقول "
       "إن الزبائن تغيروا لكن الوصفة لم تتغير. «الصابون الجيد يحتاج إلى صبر أكثر من الزيت»، "
       "يضيف ضاحكاً. أما ابنه كريم العطار فيرى أن الورشة «تحتاج إلى متجر على الإنترنت لا إلى صبر».")
     + P("وتبيع الورشة نحو مئتي قطعة في الأسبوع."),
     [("الصابون الجيد يحتاج إلى", "سليمان العطار"), ("تحتاج إلى متجر على", "كريم العطار")]),
    ("r54-role", "ar",
     P("قال المدرب الإسباني Álvaro Etxeberria، مدرب نادي النجم الساحلي، إن فريقه لعب "
       "«أفضل مباراة هذا الموسم». وأضاف اللاعب يوسف بن عمار أن الفوز «مهدى إلى الجماهير».")
     + P("ويلعب الفريق مباراته المقبلة يوم السبت."),
     [("أفضل مباراة هذا الموسم", "Álvaro Etxeberria"), ("مهدى إلى الجماهير", "يوسف بن عمار")]),
    ("r54-none", "ar",
     P("ينص القانون على معاقبة «كل من يعرقل سير المرافق العامة» دون أن يحدد ذلك بدقة. وكتب "
       "على لافتة أمام المبنى: «لا للغلاء ولا للفقر».")
     + P("ويدخل القانون حيز التنفيذ مطلع العام المقبل."),
     [("كل من يعرقل سير", None), ("لا للغلاء ولا للفقر", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r54-mixed", "tr",
     P("Yeşilova Belediye Başkanı Nurettin Karabağlı, yeni otoparkı “şehrin nefes alması için "
       "şart” olarak nitelendirdi. Esnaf Odası Başkanı Zeynep Aksoy-Demirel ise projenin "
       "“çarşıyı tamamen öldüreceğini” savundu ve imza kampanyası başlattı.")
     + P("Belediye meclisi projeyi gelecek ay oylayacak."),
     [("şehrin nefes alması için", "Nurettin Karabağlı"),
      ("çarşıyı tamamen öldüreceğini", "Zeynep Aksoy-Demirel")]),
    ("r54-after", "tr",
     P("Altmış yıldır aynı köyde arıcılık yapan Hasan Tokgözoğlu, bu yıl kovanlarının yarısını "
       "kaybetti. “Arılar gidince köy de susuyor” diyor. Torunu Elif Tokgözoğlu ise dedesinin "
       "bilgisinin “hiçbir kitapta yazmadığını” söylüyor.")
     + P("Köyde bugün yalnızca üç arıcı kaldı."),
     [("Arılar gidince köy de", "Hasan Tokgözoğlu"),
      ("hiçbir kitapta yazmadığını", "Elif Tokgözoğlu")]),
    ("r54-none", "tr",
     P("Yönetmelik, “makul bir süre içinde” yapılmayan onarımlar için ceza öngörüyor. Pankartta "
       "“Su haktır, satılamaz” yazıyordu.")
     + P("Yönetmelik ocak ayında yürürlüğe giriyor."),
     [("makul bir süre içinde", None), ("Su haktır, satılamaz", None)]),
# ---------------------------------------------------------------- Swedish
    ("r54-mixed", "sv",
     P("Kommunalrådet Ingegerd Lindholm-Bergqvist kallade nedläggningen av vårdcentralen för "
       "”ett nödvändigt men smärtsamt beslut”. Oppositionsrådet Sixten Åkerlund menade att "
       "kommunen i stället borde ha ”lyssnat på de äldre i byarna” och krävde en ny utredning.")
     + P("Kommunfullmäktige fattar beslut i mars."),
     [("ett nödvändigt men smärtsamt", "Ingegerd Lindholm-Bergqvist"),
      ("lyssnat på de äldre", "Sixten Åkerlund")]),
    ("r54-after", "sv",
     P("Gunvor Ek, 79, har drivit kiosken vid färjeläget sedan 1972. Hon har sålt glass till tre "
       "generationer sommargäster. Nu ska hon sluta. ”Benen vill inte längre, men huvudet vill”, "
       "säger hon. Hennes dotter Lena Ek tar över, och hon lovar att mjukglassen ”ska smaka "
       "precis som förr”.")
     + P("Kiosken har öppet från maj till september."),
     [("Benen vill inte längre", "Gunvor Ek"), ("ska smaka precis som", "Lena Ek")]),
    ("r54-none", "sv",
     P("Lagen kräver att skador åtgärdas ”inom skälig tid”, men vad som är skäligt framgår "
       "inte. På en banderoll utanför stadshuset stod det ”Rädda vår busslinje nu”.")
     + P("Frågan tas upp i fullmäktige nästa vecka."),
     [("inom skälig tid", None), ("Rädda vår busslinje nu", None)]),
    # ---------------------------------------------------------------- Finnish
    ("r54-role", "fi",
     P("Kunnanjohtaja Tuula Hämäläisen mukaan uuden koulun rakentaminen on ”kunnan tärkein "
       "investointi vuosikymmeneen”. Valtuutettu Jarmo Peltoselle hanke on kuitenkin ”liian kallis "
       "näin pienelle kunnalle”, ja hän vaatii uutta laskelmaa.")
     + P("Valtuusto päättää asiasta joulukuussa."),
     [("kunnan tärkein investointi vuosikymmeneen", "Tuula Hämäläinen"),
      ("liian kallis näin pienelle", "Jarmo Peltonen")]),
    ("r54-after", "fi",
     P("Eino Kivelä, 84, on kalastanut Karhujärvellä koko ikänsä. Hän muistaa ajan, jolloin "
       "järvi jäätyi jo marraskuussa. ”Nyt jäille ei ole asiaa ennen tammikuuta”, hän sanoo. "
       "Hänen pojanpoikansa Aleksi Kivelä kertoo, että ukki opetti hänet ”lukemaan jäätä kuin "
       "kirjaa”.")
     + P("Järven jäätilannetta seurataan nyt satelliittikuvista."),
     [("jäille ei ole asiaa", "Eino Kivelä"), ("lukemaan jäätä kuin kirjaa", "Aleksi Kivelä")]),
    ("r54-none", "fi",
     P("Laissa puhutaan ”kohtuullisesta ajasta”, mutta sitä ei määritellä. Mielenosoittajien "
       "kyltissä luki ”Lähikoulu kuuluu kaikille lapsille”.")
     + P("Mielenosoitus kesti noin tunnin."),
     [("Lähikoulu kuuluu kaikille lapsille", None)]),
    # ---------------------------------------------------------------- Czech
    ("r54-role", "cs",
     P("Podle starostky Lhoty nad Bystřicí Jaroslavy Novotné-Kubíčkové je oprava mostu „nejvyšší "
       "prioritou letošního rozpočtu“. Zastupitel Radim Procházka ji ale obvinil, že most "
       "„nechala tři roky chátrat“. Starostka odmítla, že by něco zanedbala.")
     + P("Zastupitelstvo o rozpočtu rozhodne v prosinci."),
     [("nejvyšší prioritou letošního rozpočtu", "Jaroslava Novotná-Kubíčková"),
      ("nechala tři roky chátrat", "Radim Procházka")]),
    ("r54-after", "cs",
     P("Hospodu na návsi vede Bohumil Šťastný už třicet let. Pivo točí stejně jako jeho otec. "
       "„Hospoda je obecní úřad, kde se nic nepodepisuje,“ říká s úsměvem. Jeho dcera Klára "
       "Šťastná dodává, že bez hospody by vesnice byla „jen řada domů u silnice“.")
     + P("Hospoda je otevřená každý den kromě pondělí."),
     [("Hospoda je obecní úřad", "Bohumil Šťastný"), ("jen řada domů u", "Klára Šťastná")]),
    ("r54-none", "cs",
     P("Zákon hovoří o „přiměřené lhůtě“, aniž by ji blíže vymezil. Na transparentu před "
       "úřadem stálo: „Chceme vlak, ne sliby“.")
     + P("Demonstrace se zúčastnilo asi dvě stě lidí."),
     [("Chceme vlak, ne sliby", None)]),
    # ---------------------------------------------------------------- Greek
    ("r54-role", "el",
     P("Σύμφωνα με τον δήμαρχο Αγίου Φωτεινού, Σταύρο Παπαδημητρόπουλο, η νέα μαρίνα θα είναι "
       "«η μεγαλύτερη επένδυση στο νησί εδώ και δεκαετίες». Η πρόεδρος του αλιευτικού συλλόγου, "
       "Ευανθία Καραγιάννη, προειδοποίησε ότι τα έργα θα «διώξουν τα ψάρια και τους ψαράδες».")
     + P("Το δημοτικό συμβούλιο θα αποφασίσει τον Μάρτιο."),
     [("η μεγαλύτερη επένδυση στο", "Σταύρος Παπαδημητρόπουλος"),
      ("διώξουν τα ψάρια και", "Ευανθία Καραγιάννη")]),
    ("r54-role", "el",
     P("Ο Γάλλος αρχιτέκτονας Étienne Vasseur-Lemaire, που σχεδίασε το νέο μουσείο, δήλωσε "
       "ότι ήθελε ένα κτίριο «που να μοιάζει πως ήταν πάντα εκεί». Η διευθύντρια του μουσείου "
       "Αγλαΐα Μαυρίδου το χαρακτήρισε «ένα δώρο στην πόλη».")
     + P("Το μουσείο ανοίγει για το κοινό την Κυριακή."),
     [("που να μοιάζει πως", "Étienne Vasseur-Lemaire"),
      ("ένα δώρο στην πόλη", "Αγλαΐα Μαυρίδου")]),
    ("r54-none", "el",
     P("Ο νόμος προβλέπει πρόστιμο για «κάθε αυθαίρετη κατάληψη δημόσιου χώρου». Σε ένα πανό "
       "έγραφε: «Η θάλασσα ανήκει σε όλους».")
     + P("Η διαμαρτυρία ολοκληρώθηκε χωρίς επεισόδια."),
     [("κάθε αυθαίρετη κατάληψη δημόσιου", None), ("Η θάλασσα ανήκει σε", None)]),
    # ---------------------------------------------------------------- Hungarian
    ("r54-role", "hu",
     P("Kovácsné Szabó Erzsébet polgármester szerint az új iskola „a falu jövőjének záloga”. "
       "Tóth Gergely képviselő ugyanakkor úgy véli, a beruházás „túl nagy falat egy ekkora "
       "településnek”, és népszavazást kezdeményez.")
     + P("A képviselő-testület decemberben dönt."),
     [("a falu jövőjének záloga", "Kovácsné Szabó Erzsébet"),
      ("túl nagy falat egy", "Tóth Gergely")]),
    ("r54-after", "hu",
     P("Nagy Ilona nyolcvanhét éves, és még mindig ő süti a falu legjobb rétesét. A receptet "
       "az anyjától tanulta. „A tésztának hallgatni kell, nem parancsolni” – mondja nevetve. "
       "Unokája, Nagy Bence szerint a nagymama konyhája „a falu igazi kultúrháza”.")
     + P("A rétest vasárnaponként a templom előtt árulják."),
     [("A tésztának hallgatni kell", "Nagy Ilona"), ("a falu igazi kultúrháza", "Nagy Bence")]),
    ("r54-mixed", "hu",
     P("Szentgyörgyvölgy-Alsó lakói hétfőn a művelődési házban gyűltek össze, hogy meghallgassák "
       "a bányatársaság terveit. Farkas Dénes, a társaság ügyvezetője arról beszélt, hogy a bánya "
       "„legalább száz helyi munkahelyet” teremt, és a port „a legszigorúbb európai szabályok "
       "szerint” kezelik. Molnárné Varga Edit, a helyi tanítónő, nem hitt neki. Szerinte a falu "
       "„már egyszer elhitte ezeket az ígéreteket”, a hetvenes években.")
     + P("A közmeghallgatás késő estig tartott."),
     [("legalább száz helyi munkahelyet", "Farkas Dénes"),
      ("a legszigorúbb európai szabályok", "Farkas Dénes"),
      ("már egyszer elhitte ezeket", "Molnárné Varga Edit")]),
    # ---------------------------------------------------------------- Indonesian
    ("r54-mixed", "id",
     P("Bupati Tanjung Lestari, Haryo Wibisono, menyebut pembangunan pelabuhan baru sebagai "
       "“langkah besar bagi nelayan kita”. Namun Ketua Kelompok Nelayan Sumber Rejeki, Siti "
       "Rahmawati Pratiwi, menilai proyek itu “hanya menguntungkan kapal-kapal besar” dan meminta "
       "dialog ulang.")
     + P("Pembangunan pelabuhan dijadwalkan dimulai tahun depan."),
     [("langkah besar bagi nelayan", "Haryo Wibisono"),
      ("hanya menguntungkan kapal-kapal besar", "Siti Rahmawati Pratiwi")]),
    ("r54-after", "id",
     P("Sudah tiga puluh tahun Pak Darmono berjualan wedang jahe di ujung pasar. Pelanggannya "
       "kebanyakan sopir dan tukang parkir. “Selama masih ada yang kedinginan, saya masih "
       "jualan,” katanya. Istrinya, Bu Sumiati, mengaku suaminya “tidak pernah mau libur, "
       "bahkan saat Lebaran”.")
     + P("Warungnya buka setiap hari mulai pukul lima sore."),
     [("Selama masih ada yang", "Darmono"), ("tidak pernah mau libur", "Sumiati")]),
    ("r54-none", "id",
     P("Peraturan itu melarang “kegiatan yang mengganggu ketertiban umum” tanpa penjelasan lebih "
       "lanjut. Spanduk di depan kantor bupati bertuliskan “Air bersih untuk semua warga”.")
     + P("Peraturan itu mulai berlaku bulan depan."),
     [("kegiatan yang mengganggu ketertiban", None), ("Air bersih untuk semua", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r54-mixed", "ro",
     P("Primarul comunei Valea Teiului, Dorin Mărgineanu, a numit închiderea școlii „o "
       "decizie dureroasă, dar inevitabilă”. Consiliera Ileana Stoica-Vlădescu l-a acuzat însă "
       "că „a renunțat la copiii satului fără luptă”.")
     + P("Consiliul local va vota în ianuarie."),
     [("o decizie dureroasă, dar", "Dorin Mărgineanu"),
      ("a renunțat la copiii", "Ileana Stoica-Vlădescu")]),
    ("r54-after", "ro",
     P("Tanti Veronica Bălan vinde flori în piața din centru de patruzeci de ani. Cunoaște "
       "fiecare client după nume. „Florile nu se vând, se dăruiesc de două ori”, spune ea. "
       "Nepotul ei, Andrei Bălan, spune că bunica este „cea mai bună psiholoagă din oraș”.")
     + P("Piața este deschisă zilnic de la șapte dimineața."),
     [("Florile nu se vând", "Veronica Bălan"), ("cea mai bună psiholoagă", "Andrei Bălan")]),
    ("r54-none", "ro",
     P("Legea vorbește despre „un termen rezonabil”, fără să-l definească. Pe o pancartă scria: "
       "„Vrem spital, nu promisiuni”.")
     + P("Protestul a durat aproximativ o oră."),
     [("Vrem spital, nu promisiuni", None)]),
]

"""Held-out round 53 of benchmarks/speaker_forms.py: who speaks a quotation, in 21 languages.

Written blind (without reading the attributor, its tests or any other speaker round), mostly in
English modelled on long wire stories, local news, features, science releases, sports reports,
court reports, obituaries and business news of four to seven paragraphs with two to four people.
Most quotes' own sentences name nobody: a quote paragraph after reported speech, second and third
quote paragraphs of the same speaker, a quote after a colon ending a descriptive sentence, a quote
after a description with no verb, "In an interview, X ..." then quotes, statements quoted sentence
by sentence, surnames and "Dr."/"Coach" plus surname after a full name, speakers named only in a
subhead (<h2>) or a photo caption, "Asked about ..., Y ..." in sports, pronouns after two people,
and about a fifth where a reader says None (an unnamed official, a quote about a person by nobody
named, signs, slogans, titles). The rest in 20 other languages with their own quotation marks.
"""

from __future__ import annotations

P = "<p>{}</p>".format

R53_CASES = [
    # ---------------------------------------------------------------- English: local news
    ("r53-after", "en",
     P("Councillor Deborah Ainsworth said the borough had ignored repeated warnings about the "
       "drainage under Millbeck Road before last week's flooding.")
     + P("“We told them in March, and again in June. Nobody came to look.”")
     + P("Residents on the street were evacuated on Thursday night. Some are still staying with "
         "relatives in nearby villages.")
     + P("The borough's head of highways, Marcus Tillotson, said an inspection had been booked "
         "for the autumn. “With hindsight, that was too late,” he said."),
     [("We told them in March", "Deborah Ainsworth"),
      ("With hindsight, that was", "Marcus Tillotson")]),

    ("r53-after", "en",
     P("Priya Ramaswamy has run the corner pharmacy on Hollis Street for nineteen years. She "
       "says the last twelve months have been the hardest.")
     + P("“People come in asking for things we simply cannot get. I have to send them away, and "
         "some of them are in tears.”")
     + P("“Last week a mother drove forty miles because she had heard we had stock. We didn't.”")
     + P("The wholesaler blamed a shortage of one ingredient at a single overseas plant."),
     [("People come in asking", "Priya Ramaswamy"),
      ("Last week a mother", "Priya Ramaswamy")]),

    ("r53-before", "en",
     P("Nurse Calum Whitelaw has worked nights on the cardiac ward at Ferrybridge General for a "
       "decade. Since the new rota began, he has seen the change first-hand:")
     + P("“Two of us now cover twenty-eight beds. On a bad night you do not sit down once.”")
     + P("The hospital trust said staffing levels met national guidance.")
     + P("Whitelaw is not convinced. “Guidance is written in daylight,” he said."),
     [("Two of us now cover", "Calum Whitelaw"),
      ("Guidance is written in", "Calum Whitelaw")]),

    ("r53-after", "en",
     P("The 34-year-old teaching assistant, Leonie Marchbank, has spent the summer collecting "
       "school uniforms for families who cannot afford them.")
     + P("The 34-year-old took over a disused shop unit in June. “I thought we would get a few "
         "bags. We got a lorry load in the first week.”")
     + P("Her sister, Fay, sorts the donations by size on Saturday mornings."),
     [("I thought we would", "Leonie Marchbank")]),

    ("r53-before", "en",
     P("In an interview at his studio, the furniture maker Anselm Hargreave described the "
       "moment he almost gave up.")
     + P("“It was 2019, the orders had stopped and the bank was calling every day,” he said. “I "
         "had the sign for the auction house already made.”")
     + P("What changed his mind was a single commission from a local church.")
     + P("“They wanted twelve pews and they were willing to wait a year. That year saved me.”"),
     [("the orders had stopped", "Anselm Hargreave"),
      ("I had the sign", "Anselm Hargreave"),
      ("They wanted twelve pews", "Anselm Hargreave")]),

    ("r53-none", "en",
     P("The parish council voted on Tuesday to close the Old Forge car park to overnight "
       "campers after complaints about litter.")
     + P("One official, who asked not to be named because the decision has not been published, "
         "said: “It was never meant to be a campsite.”")
     + P("Signs reading “No overnight stays” will go up next month.")
     + P("A campervan owner parked there on Wednesday shrugged. “Where else are we supposed to "
         "go?”"),
     [("It was never meant", None),
      ("No overnight stays", None),
      ("Where else are we", None)]),

    ("r53-far", "en",
     P("Mayor Ines Halvorsen opened the new ferry terminal at Skerrow Point on Saturday, two "
       "years late and £4 million over budget.")
     + P("The terminal replaces a wooden pier built in 1952, which was closed last winter after "
         "a storm tore away part of its deck.")
     + P("Around three hundred people turned out in the rain. A brass band from the secondary "
         "school played as the first vessel docked.")
     + P("Passenger numbers are expected to double by the end of the decade, according to the "
         "operator's figures.")
     + P("“There were days when I thought we would never get here,” the mayor said. “But the "
         "island deserves a front door it can be proud of.”"),
     [("There were days when", "Ines Halvorsen"),
      ("But the island deserves", "Ines Halvorsen")]),

    ("r53-turns", "en",
     P("Two neighbours on Carver Lane, Edith Rowntree and Samuel Okafor, have been at odds over "
       "a sycamore for three years.")
     + P("“That tree was here before any of us,” Rowntree said. “It should be here after us.”")
     + P("Okafor, whose kitchen extension lies in its shade, sees it differently. “Its roots are "
         "in my foundations. I have the surveyor's report to prove it.”")
     + P("She is not moved. “Surveyors will say anything for a fee.”")
     + P("He laughed when told of her remark. “Then she should hire one of her own.”"),
     [("That tree was here", "Edith Rowntree"),
      ("It should be here", "Edith Rowntree"),
      ("Its roots are in", "Samuel Okafor"),
      ("Surveyors will say anything", "Edith Rowntree"),
      ("Then she should hire", "Samuel Okafor")]),

    ("r53-mixed", "en",
     P("“Maria Kovač did nothing wrong,” her lawyer, Tomas Reyes, told reporters outside the "
       "courthouse on Friday.")
     + P("Kovač, 51, a former bookkeeper at a haulage firm, is accused of moving £220,000 into "
         "her own accounts over six years.")
     + P("Reyes said the prosecution had “misread every single ledger” and that his client would "
         "plead not guilty.")
     + P("The prosecutor, Gemma Litherland, declined to comment."),
     [("Maria Kovač did nothing", "Tomas Reyes"),
      ("misread every single ledger", "Tomas Reyes")]),

    ("r53-role", "en",
     P("Dr. Olufemi Adeyemi-Carr, a consultant in respiratory medicine who has treated patients "
       "at the Marsh Lane clinic since it opened, said the figures were worse than expected.")
     + P("“We are seeing children with the lungs of smokers,” Dr. Adeyemi-Carr said. “They have "
         "never held a cigarette.”")
     + P("The clinic serves about 9,000 people living within a mile of the ring road.")
     + P("Asked whether traffic was the cause, Adeyemi-Carr was cautious: “It is the most likely "
         "suspect. It is not yet proven.”"),
     [("We are seeing children", "Olufemi Adeyemi-Carr"),
      ("They have never held", "Olufemi Adeyemi-Carr"),
      ("It is the most likely", "Olufemi Adeyemi-Carr")]),

    ("r53-org", "en",
     P("Northvale Water said on Monday it would pay compensation to about 4,000 households left "
       "without supply for three days.")
     + P("In a statement, the company said: “We fell short of what our customers expect. We are "
         "sorry.” It added that the burst main had been “older than our records showed”.")
     + P("A spokesperson for the regulator said it was “looking closely” at the incident.")
     + P("One customer, a retired postman, said he had filled his kettle from a neighbour's "
         "rain barrel. “You don't expect that in this day and age.”"),
     [("We fell short of", "Northvale Water"),
      ("older than our records", "Northvale Water"),
      ("looking closely", None),
      ("You don't expect that", None)]),
    # ---------------------------------------------------------------- English: wire stories
    ("r53-before", "en",
     P("LISBURN, Dec. 3 — The regional transport authority will cut 14 bus routes from January, "
       "its chief executive said on Wednesday, blaming a shortfall in fuel subsidies.")
     + P("Rosalind Tebbutt told a committee of the regional assembly that the authority had "
         "“run out of places to hide the gap”.")
     + P("“Every route we keep is a route somebody else loses,” she said. “I would rather say "
         "that honestly now than pretend in March.”")
     + P("Opposition members called the cuts a betrayal of rural voters. Assembly member Gareth "
         "Pilling said he would table a motion to reverse them.")
     + P("“This is a choice, not a law of nature,” Pilling said."),
     [("run out of places", "Rosalind Tebbutt"),
      ("Every route we keep", "Rosalind Tebbutt"),
      ("I would rather say", "Rosalind Tebbutt"),
      ("This is a choice", "Gareth Pilling")]),

    ("r53-org", "en",
     P("The Ministry of Agriculture said on Thursday that the outbreak of avian influenza at a "
       "farm near Crandon had been contained.")
     + P("“All birds on the premises have been culled and a ten-kilometre surveillance zone "
         "remains in place,” the ministry said in a statement.")
     + P("It said there was “no evidence of onward spread” and that the risk to the public "
         "remained very low.")
     + P("The farmers' union urged members to keep flocks indoors. “Nobody can afford a second "
         "case this winter,” the union's president, Adaeze Nwosu, said."),
     [("All birds on the", "Ministry of Agriculture"),
      ("no evidence of onward", "Ministry of Agriculture"),
      ("Nobody can afford a", "Adaeze Nwosu")]),

    ("r53-mixed", "en",
     P("Asked by the committee chair, Bernadette Quayle, whether the department had been warned, "
       "the permanent secretary, Howard Delacroix-Benn, replied: “We had been told it was "
       "possible. We had not been told it was likely.”")
     + P("Quayle pressed him. “Is there a difference?”")
     + P("“A very large one,” he said."),
     [("We had been told", "Howard Delacroix-Benn"),
      ("Is there a difference", "Bernadette Quayle"),
      ("A very large one", "Howard Delacroix-Benn")]),

    ("r53-far", "en",
     P("Joan Petrakis-Lowe was 23 when she joined the county's first all-women fire crew in "
       "1979. She retired this month, after 47 years, as its longest-serving firefighter.")
     + P("The crew was set up after a recruitment drive that the local paper at the time called "
         "“a stunt”. Four of the original six stayed beyond their first year.")
     + P("Petrakis-Lowe went on to lead the station at Oldmere for twelve years and trained more "
         "than two hundred recruits.")
     + P("On her last shift, colleagues lined the yard and sounded the engines' horns.")
     + P("“I cried, which I had sworn I would not do. Forty-seven years, and the horns got me "
         "in the end.”"),
     [("a stunt", None),
      ("I cried, which I", "Joan Petrakis-Lowe"),
      ("the horns got me", "Joan Petrakis-Lowe")]),

    # ---------------------------------------------------------------- English: subhead / caption
    ("r53-role", "en",
     "<h2>‘We are not a museum’: Harbour choir's new director</h2>"
     + P("The Harbour Chapel Choir has a new director for the first time in three decades. "
         "Tobias Enright-Vale, 38, took over in September from his former teacher.")
     + P("“We are not a museum. We sing old music because it is still alive, not because it is "
         "old,” the 38-year-old said.")
     + P("He has added a Sunday evening service aimed at students."),
     [("We sing old music", "Tobias Enright-Vale")]),

    ("r53-role", "en",
     "<h2>Q&amp;A: Beekeeper Ottilie Marsh on a hard winter</h2>"
     + P("<b>How many colonies did you lose?</b>")
     + P("Eleven out of forty. In a normal year I would lose three or four.")
     + P("<b>What went wrong?</b>")
     + P("“The cold came late and the mites came early. The bees never had a chance to rest.”")
     + P("<b>Will you restock?</b>")
     + P("“I have ordered twelve queens. Ask me again in May.”"),
     [("The cold came late", "Ottilie Marsh"),
      ("I have ordered twelve", "Ottilie Marsh")]),

    ("r53-after", "en",
     "<div class=\"caption\">Hamid Sarraf at his bakery on Tanner Row, which he opened in 2011.</div>"
     + P("The price of flour has risen by a third since spring, and the small bakeries on Tanner "
         "Row are feeling it.")
     + P("“I have not raised the price of a loaf in two years. I cannot hold it much longer,” "
         "Sarraf said.")
     + P("Next door, the owner of a café who declined to give her name said she had already "
         "stopped baking her own bread. “It is cheaper to buy it in.”"),
     [("I have not raised", "Hamid Sarraf"),
      ("It is cheaper to", None)]),

    # ---------------------------------------------------------------- English: science releases
    ("r53-org", "en",
     P("Snails that live on the wave-battered side of a rocky shore carry a thicker shell than "
       "their neighbours a few metres away, a study from Kelmarsh University has found.")
     + P("The study's lead author, Dr. Ayasha Whitford, said the difference appeared within a "
         "few generations.")
     + P("“We expected this to take thousands of years. In one population it took fewer than "
         "thirty.”")
     + P("Co-author Professor Lars Engvik added that the results could help predict how other "
         "shore species respond to stronger storms. “Shells are a diary of the weather,” he said.")
     + P("The work was published in the journal Marine Ecology Letters."),
     [("We expected this to", "Ayasha Whitford"),
      ("Shells are a diary", "Lars Engvik")]),

    ("r53-after", "en",
     P("Researchers at the Halden Institute have built a sensor that can smell spoiled milk "
       "through the carton.")
     + P("“Most food is thrown away because of a date on a label, not because it has gone off,” "
         "said Dr. Benedikt Owusu, who led the project. “We wanted to let the milk speak for "
         "itself.”")
     + P("Dr. Owusu said a supermarket chain had agreed to trial the sensor next year.")
     + P("“If it works in one store, it can work in a thousand.”"),
     [("Most food is thrown", "Benedikt Owusu"),
      ("We wanted to let", "Benedikt Owusu"),
      ("If it works in", "Benedikt Owusu")]),

    # ---------------------------------------------------------------- English: sports
    ("r53-turns", "en",
     P("Calder Rovers came from two goals down to draw 2-2 at Westerby on Saturday, with striker "
       "Kofi Amankwah scoring twice in the last ten minutes.")
     + P("Coach Marta Lindgren-Hale admitted her side had been second best for an hour. “We were "
         "asleep. I told them at half-time that the crowd had paid to watch a football team.”")
     + P("Asked about his second goal, a volley from the edge of the area, Amankwah smiled. "
         "“I did not think. If I think, I miss.”")
     + P("Lindgren-Hale said the striker was “the best finisher I have worked with”.")
     + P("Westerby's manager, Ray Dunmore, was less happy. “We gave away two points. That is on "
         "me.”"),
     [("We were asleep. I", "Marta Lindgren-Hale"),
      ("I did not think", "Kofi Amankwah"),
      ("the best finisher I", "Marta Lindgren-Hale"),
      ("We gave away two", "Ray Dunmore")]),

    ("r53-after", "en",
     P("Seventeen-year-old Imogen Radley-Sutter won the national junior 800 metres title on "
       "Sunday in a championship record.")
     + P("Her coach, Callum Fenwick, who has trained her since she was nine, said she had been "
         "ill for most of the week.")
     + P("“She could barely get out of bed on Wednesday. I told her to forget about the race.”")
     + P("Radley-Sutter said she had not listened. “He says that every year.”"),
     [("She could barely get", "Callum Fenwick"),
      ("He says that every", "Imogen Radley-Sutter")]),

    ("r53-turns", "en",
     P("Dunmore Athletic's captain, Sione Havili, and his coach, Pieter Haasbroek, disagreed on "
       "the referee's decision after the 19-17 defeat.")
     + P("“He got it wrong, plain and simple,” said Havili.")
     + P("Haasbroek was more measured. “Referees make mistakes. So do we. We made more of them "
         "than he did.”")
     + P("The captain would not let it go. “Ask anyone who was on the pitch.”"),
     [("He got it wrong", "Sione Havili"),
      ("Referees make mistakes. So", "Pieter Haasbroek"),
      ("Ask anyone who was", "Sione Havili")]),

    # ---------------------------------------------------------------- English: court
    ("r53-turns", "en",
     P("A man accused of setting fire to a warehouse in Bramley told a jury on Tuesday that he "
       "had been asleep at home at the time.")
     + P("Darren Stokoe, 44, denies arson. Cross-examined by prosecutor Helen Abernethy, he said "
         "he had “never been near the place”.")
     + P("“Your phone was near the place,” Abernethy said.")
     + P("“My phone goes where my son takes it,” Stokoe replied.")
     + P("Judge Rupert Aldous told the jury to disregard a remark from the public gallery. The "
         "trial continues."),
     [("never been near the", "Darren Stokoe"),
      ("Your phone was near", "Helen Abernethy"),
      ("My phone goes where", "Darren Stokoe")]),

    ("r53-written", "en",
     P("Sentencing Aaron Fitzwilliam to four years, Judge Moira Castellan said the defendant had "
       "shown “a breathtaking disregard” for the people who lent him money.")
     + P("In a letter read to the court, one of the victims, Esther Gold, wrote: “I gave him my "
         "savings because he was my friend. I have lost both.”")
     + P("Fitzwilliam's barrister said his client was “deeply ashamed”."),
     [("a breathtaking disregard", "Moira Castellan"),
      ("I gave him my", "Esther Gold"),
      ("deeply ashamed", None)]),
    # ---------------------------------------------------------------- English: obituaries
    ("r53-far", "en",
     P("Winifred Achterberg, who ran the Linthorpe lending library for forty years and taught "
       "two generations of the town's children to read, has died aged 91.")
     + P("Born in a farmhouse outside Ripley, she left school at fourteen and joined the library "
         "as a cleaner.")
     + P("Her daughter, Clare Mottram, said her mother had read every book on the shelves at least once. "
         "“She used to say a library was the only place where nobody asks you to buy anything.”")
     + P("Her son, Niall Achterberg, remembered Saturday mornings among the stacks.")
     + P("“We were allowed one book each, and she made us defend our choice.”"),
     [("She used to say", "Clare Mottram"),
      ("We were allowed one", "Niall Achterberg")]),

    ("r53-none", "en",
     P("Reginald Haverstock, the boatbuilder whose clinker dinghies are still raced on the lake, "
       "died on Sunday at the age of 88.")
     + P("His best-known design, the “Whimbrel”, won the national championship eleven times.")
     + P("Haverstock was known to everyone on the waterfront as “Reg the Rib”, after the oak "
         "ribs he steamed by hand.")
     + P("A notice pinned to the boatyard gate on Monday read: “Closed today. Reg would have "
         "told us to get back to work.”"),
     [("Whimbrel", None),
      ("Reg the Rib", None),
      ("Closed today. Reg would", None)]),

    # ---------------------------------------------------------------- English: business
    ("r53-org", "en",
     P("Shares in Gantry Logistics fell 11 per cent on Wednesday after the company cut its "
       "profit forecast for the second time this year.")
     + P("Chief executive Yusuf Demirel told analysts that a slowdown in parcel volumes had "
         "“come faster than anyone predicted”.")
     + P("“We are not going to chase volume at any price. That is how companies in this sector "
         "go bust.”")
     + P("One analyst, who follows the company for a large bank, called the update “a kitchen "
         "sink moment”.")
     + P("Gantry said in a filing that it expected annual operating profit of between £40 "
         "million and £45 million."),
     [("come faster than anyone", "Yusuf Demirel"),
      ("not going to chase volume", "Yusuf Demirel"),
      ("a kitchen sink moment", None)]),

    ("r53-written", "en",
     P("Brightwell Foods today announced the acquisition of Tamsin's Kitchen, a maker of chilled "
       "soups based in Exeter.")
     + P("“Tamsin's Kitchen has built something customers genuinely love,” said Ola Fredriksen, "
         "Chief Executive Officer of Brightwell Foods. “We intend to help it grow without "
         "changing what makes it special.”")
     + P("Founder Tamsin Adebayo-Reid will remain as managing director. “This is the right home "
         "for the next chapter,” she said.")
     + P("<b>About Brightwell Foods</b>")
     + P("Brightwell Foods is an independent food company based in Bristol. It employs 1,200 "
         "people."),
     [("has built something customers", "Ola Fredriksen"),
      ("We intend to help", "Ola Fredriksen"),
      ("This is the right", "Tamsin Adebayo-Reid")]),

    ("r53-before", "en",
     P("According to Serafina Oyelaran, who has run the family's haulage business since her "
       "father's retirement, the new tolls will cost the firm £90,000 a year.")
     + P("“We will pass some of it on. We will swallow the rest, and that means fewer drivers.”")
     + P("The transport department said the tolls would fund repairs to the estuary bridge."),
     [("We will pass some", "Serafina Oyelaran")]),

    # ---------------------------------------------------------------- English: features
    ("r53-turns", "en",
     P("Rhiannon Pugh and her husband, Idris Pugh, have farmed the same 300 acres above Cwm Dulais for "
       "thirty years. This autumn, for the first time, they did not bring the sheep down.")
     + P("“We sold the flock in August,” she said. “I could not face another winter of it.”")
     + P("He took longer to accept it. “I kept walking up to the top field in the mornings, out "
         "of habit. There was nothing there.”")
     + P("Their son, who works in Cardiff, has no plans to return.")
     + P("“He is right not to,” she said. “There is no living in it any more.”"),
     [("We sold the flock", "Rhiannon Pugh"),
      ("I kept walking up", "Idris Pugh"),
      ("He is right not", "Rhiannon Pugh")]),

    ("r53-turns", "en",
     P("Anneliese Brandt met Colm Doherty at a ceilidh in 1968. They married six months later "
       "and have not spent a night apart since.")
     + P("“He stood on my foot twice in the first dance,” she said.")
     + P("“Three times,” he corrected. “She only counted two because the third was her fault.”")
     + P("Asked for the secret, she did not hesitate. “Separate blankets.”"),
     [("He stood on my", "Anneliese Brandt"),
      ("Three times", "Colm Doherty"),
      ("She only counted two", "Colm Doherty"),
      ("Separate blankets", "Anneliese Brandt")]),

    ("r53-far", "en",
     P("For the guide Ebrima Jallow, the old salt warehouse is the best-kept secret in the city.")
     + P("He leads visitors through it twice a week, pointing out the tally marks that workers "
         "scratched into the beams two centuries ago.")
     + P("“Each mark is a sack. Each sack is a back that carried it. People forget the backs.”")
     + P("The building was saved from demolition in 1987 by a campaign of local historians.")
     + P("“Without them, this would be a car park,” Jallow said."),
     [("Each mark is a", "Ebrima Jallow"),
      ("Without them, this would", "Ebrima Jallow")]),

    ("r53-none", "en",
     P("The council's new slogan, “Greener, Cleaner, Closer”, has appeared on bins across the "
       "borough.")
     + P("Council leader Amira Haddad defended the £30,000 campaign, saying it would encourage "
         "recycling.")
     + P("Not everyone is convinced. A poster in a shop window on Market Street now reads: "
         "“Empty the bins first.”")
     + P("“Nobody I know has read the stickers,” said a woman waiting at the bus stop opposite."),
     [("Greener, Cleaner, Closer", None),
      ("Empty the bins first", None),
      ("Nobody I know has", None)]),

    ("r53-mixed", "en",
     P("Police arrested Terence Mabbott, 29, on Monday in connection with the burglary at the "
       "Regent cinema.")
     + P("“We are confident we have the right man,” said Detective Inspector Kavita Shah.")
     + P("His mother, Lorraine Mabbott, said her son had been at work. “He was on a night shift. "
         "Twenty people saw him.”"),
     [("We are confident we", "Kavita Shah"),
      ("He was on a", "Lorraine Mabbott")]),

    ("r53-none", "en",
     P("Police arrested Gideon Farrow, 52, at his home in Eastleigh on Thursday.")
     + P("“He always seemed like such a quiet man. He fed the cats on the whole street.”")
     + P("Farrow is expected to appear before magistrates next week."),
     [("He always seemed like", None)]),

    ("r53-after", "en",
     P("Fatima Qureshi-Bell, who chairs the tenants' association at Linden Court, said the "
       "heating had failed in forty flats for the third winter running.")
     + P("“We have elderly people sleeping in their coats,” she said.")
     + P("The housing association's director of property, Neil Sutcliffe, said contractors would "
         "be on site this week.")
     + P("“I apologise unreservedly. This should not have happened again.”")
     + P("Qureshi-Bell said she would believe it when she felt it. “Apologies don't warm a "
         "flat.”"),
     [("We have elderly people", "Fatima Qureshi-Bell"),
      ("I apologise unreservedly. This", "Neil Sutcliffe"),
      ("Apologies don't warm a", "Fatima Qureshi-Bell")]),
    # ---------------------------------------------------------------- English: forums, reviews, docs
    ("r53-written", "en",
     "<div class=\"post\"><b>kettlebell_kate</b> wrote:<blockquote>Has anyone else had the "
     "firmware update brick their thermostat? Mine just shows a blinking amber light.</blockquote>"
     "</div>"
     + "<div class=\"post\"><b>Dunstan_R</b>: Same here. Support told me “a fix is coming "
       "within 48 hours”, which was four days ago.</div>"
     + "<div class=\"post\"><b>kettlebell_kate</b>: I got the same line. Word for word.</div>",
     [("Mine just shows a", "kettlebell_kate"),
      ("a fix is coming", None)]),

    ("r53-written", "en",
     P("We stayed three nights and loved every minute. The staff remembered our names from the "
       "first morning.")
     + "<blockquote>“The best breakfast I have had in any hotel, anywhere.”<footer>— Marguerite "
       "D., Toulouse</footer></blockquote>"
     + "<blockquote>“Quiet rooms, thick walls, and a view of the harbour I will not forget.”"
       "<footer>— Henrik S., Aarhus</footer></blockquote>",
     [("The best breakfast I", "Marguerite D."),
      ("Quiet rooms, thick walls", "Henrik S.")]),

    ("r53-none", "en",
     P("If the build fails with the message “cannot resolve symbol: config_root”, the "
       "environment variable has not been exported.")
     + P("Run the setup script again and check that the output ends with “Environment ready”.")
     + P("The manual describes this step as “optional but strongly recommended”."),
     [("cannot resolve symbol: config_root", None),
      ("Environment ready", None),
      ("optional but strongly recommended", None)]),

    ("r53-role", "en",
     "<h2>Five minutes with: Lucinda Farthing-Oyelowo</h2>"
     + P("The textile artist's new exhibition opens at the Corn Exchange on Friday.")
     + P("<b>Q: Where do you start a new piece?</b>")
     + P("A: “With a colour I dislike. If I can make it beautiful, the rest follows.”")
     + P("<b>Q: And when do you know it is finished?</b>")
     + P("A: “When I start to hate it. That is the signal to stop touching it.”"),
     [("With a colour I", "Lucinda Farthing-Oyelowo"),
      ("When I start to", "Lucinda Farthing-Oyelowo")]),

    ("r53-written", "en",
     P("Ben Achebe, a software tester in Leeds, has kept a blog about allotment gardening since "
       "2014.")
     + P("My neighbour on plot 12, Mrs. Gwen Tallis, has been growing leeks since before I was "
         "born. Her advice last week was blunt: “Stop watering them like houseplants.”")
     + P("I took it. I wrote in my notebook that evening: “Trust Gwen. Ignore the packet.”"),
     [("Stop watering them like", "Gwen Tallis"),
      ("Trust Gwen. Ignore the", "Ben Achebe")]),

    ("r53-mixed", "en",
     P("Across the square, three stallholders gave their verdict on the new market hours.")
     + P("“Seven in the morning is too early for anyone but pigeons,” said Dorothy Lambe, who "
         "sells cheese.")
     + P("“Best thing the council has done in years,” said Raj Malhotra, a fishmonger. “The "
         "restaurants want it early.”")
     + P("Tilly Cornforth, who has sold flowers there since 1990, shrugged. “Flowers don't care "
         "what time it is.”"),
     [("Seven in the morning", "Dorothy Lambe"),
      ("Best thing the council", "Raj Malhotra"),
      ("The restaurants want it", "Raj Malhotra"),
      ("Flowers don't care what", "Tilly Cornforth")]),

    ("r53-after", "en",
     P("“I never wanted to be a politician. I wanted the potholes filled.”")
     + P("That was how Agnieszka Wolny explained her decision to stand for the county council in "
         "2019. Five years later she leads it.")
     + P("Her deputy, Trevor Hinchcliffe, said her style had surprised officials. “She reads "
         "everything. Nobody has ever read everything before.”"),
     [("I never wanted to", "Agnieszka Wolny"),
      ("She reads everything. Nobody", "Trevor Hinchcliffe")]),

    ("r53-far", "en",
     P("“It smelled of burnt sugar for a week.”")
     + P("So recalls Wilfred Ngata of the night the confectionery factory on Gas Street burned "
         "down in 1971. He was eleven, and his father worked the night shift there.")
     + P("“Dad came home black from head to toe. Mum would not let him in the house until he had "
         "stood under the garden hose.”"),
     [("It smelled of burnt", "Wilfred Ngata"),
      ("Dad came home black", "Wilfred Ngata")]),

    ("r53-turns", "en",
     P("At the inquest on Monday, the coroner, Alistair Penhaligon, asked the ward sister, "
       "Bridget Moyo, whether the alarm had been heard.")
     + P("“It was heard. It was not answered for eleven minutes,” she said.")
     + P("“Why not?” the coroner asked.")
     + P("“Because there were two of us and one of us was with a patient who had fallen.”"),
     [("It was heard. It", "Bridget Moyo"),
      ("Why not?", "Alistair Penhaligon"),
      ("Because there were two", "Bridget Moyo")]),

    ("r53-role", "en",
     P("Hospital chaplain the Rev. Dr. Eamon Fitzgerald-Nye has sat with more than a thousand "
       "dying patients.")
     + P("Fitzgerald-Nye, 67, says people rarely talk about religion at the end.")
     + P("“They talk about dogs, mostly. And gardens. And whether somebody remembered to cancel "
         "the milk.”")
     + P("His colleague, the Muslim chaplain Imam Yasin Barakzai, agrees. “Death is very "
         "ordinary when you are close to it.”"),
     [("They talk about dogs", "Eamon Fitzgerald-Nye"),
      ("Death is very ordinary", "Yasin Barakzai")]),

    ("r53-org", "en",
     P("Kestrel Airways cancelled 140 flights on Friday after a computer fault grounded its "
       "fleet for three hours.")
     + P("The airline said customers would be rebooked “as a matter of priority” and apologised "
         "for “the disruption to their plans”.")
     + P("A spokesperson said: “Safety was never compromised.”")
     + P("Passengers at the terminal were less forgiving. “Three hours on a plane with no water,” "
         "said one, a teacher from Norwich."),
     [("as a matter of priority", "Kestrel Airways"),
      ("the disruption to their", "Kestrel Airways"),
      ("Safety was never compromised", "Kestrel Airways"),
      ("Three hours on a", None)]),

    ("r53-org", "en",
     P("The Eastvale Police Service said on Sunday that a 17-year-old boy had been charged with "
       "dangerous driving after a crash on the bypass.")
     + P("“We would urge anyone with dashcam footage to contact us,” the force said.")
     + P("The boy's family said in a statement released through their solicitor that they were "
         "“devastated” for the injured cyclist."),
     [("We would urge anyone", "Eastvale Police Service"),
      ("devastated", None)]),

    ("r53-mixed", "en",
     P("Marcus Oyelowo, the union's regional organiser, said members had voted by 87 per cent to "
       "strike, a result he called “a message nobody can ignore”.")
     + P("The company's HR director, Janine Colquhoun, said the vote was disappointing. She said "
         "the pay offer was “fair and final”.")
     + P("“Final?” Oyelowo said when told. “We'll see.”"),
     [("a message nobody can", "Marcus Oyelowo"),
      ("fair and final", "Janine Colquhoun"),
      ("We'll see", "Marcus Oyelowo")]),

    ("r53-none", "en",
     P("Lena Marchetti's debut novel, “The Salt Orchard”, has been shortlisted for the Halloway "
       "Prize.")
     + P("The judges praised “a book that smells of the sea on every page”.")
     + P("Marchetti, who wrote it on her commute, said she was stunned. “I wrote most of it on the "
         "7.42 to Reading.”"),
     [("The Salt Orchard", None),
      ("a book that smells", None),
      ("I wrote most of", "Lena Marchetti")]),

    ("r53-before", "en",
     P("Ruth Okonjo-Baptiste is not one for small talk. The chief engineer of the new tidal "
       "barrier has one message for the town:")
     + P("“It will hold. I have checked every weld myself.”")
     + P("Engineers from three countries visited the site this year. One of them, the Dutch "
         "hydrologist Maarten de Vries, called it “the most elegant barrier I have seen”."),
     [("It will hold. I", "Ruth Okonjo-Baptiste"),
      ("the most elegant barrier", "Maarten de Vries")]),
    # ---------------------------------------------------------------- English: longer shapes
    ("r53-after", "en",
     P("The retired lighthouse keeper Alasdair MacAulay gave evidence to the heritage committee "
       "on Tuesday about the state of the Rubha tower.")
     + P("“When I left in 1998 the lamp room was dry. Today you can see daylight through the "
         "roof.")
     + P("“The brass is green, the stairs are rotten at the ninth turn, and the gulls have "
         "taken the gallery.")
     + P("“If nobody acts this winter, there will be nothing left to save.”")
     + P("The committee agreed to commission a survey."),
     [("When I left in", "Alasdair MacAulay"),
      ("The brass is green", "Alasdair MacAulay"),
      ("If nobody acts this", "Alasdair MacAulay")]),

    ("r53-after", "en",
     P("“We tried,” said Ottoline Barraclough, whose family has run the ferry across the Wend "
       "since 1884, “but the river won.”")
     + P("The ferry made its last crossing on Saturday. Barraclough's brother, Hugo Barraclough, "
         "steered.")
     + P("“Dad would have hated the fuss,” he said. “He would have gone home early.”"),
     [("We tried", "Ottoline Barraclough"),
      ("but the river won", "Ottoline Barraclough"),
      ("Dad would have hated", "Hugo Barraclough"),
      ("He would have gone", "Hugo Barraclough")]),

    ("r53-turns", "en",
     P("Gordon Achterhof and his daughter, Sienna Achterhof, now run the orchard together.")
     + P("The elder Achterhof planted the first trees in 1976. “Nobody thought apples would grow "
         "this high up. I did it to prove them wrong.”")
     + P("His daughter studied soil science before coming home. “He grew them by instinct. I "
         "grow them with a spreadsheet. The apples taste the same.”")
     + P("Her father laughed. “Better, she means.”"),
     [("Nobody thought apples would", "Gordon Achterhof"),
      ("He grew them by", "Sienna Achterhof"),
      ("Better, she means", "Gordon Achterhof")]),

    ("r53-mixed", "en",
     P("Dr. Hilary Sandford, the county's public health director, said uptake of the vaccine "
       "among over-75s had reached 81 per cent. (“Higher than I dared hope,” she admitted.)")
     + P("She warned that younger adults were lagging, and that the virus was “not finished with "
         "us yet”.")
     + P("The GP Tariq Mahmood, who runs a practice in Calverley, said his patients were simply "
         "tired. “They have had enough of being told what to do.”"),
     [("Higher than I dared", "Hilary Sandford"),
      ("not finished with us", "Hilary Sandford"),
      ("They have had enough", "Tariq Mahmood")]),

    ("r53-turns", "en",
     P("Lydia Okwu, 41, and Jonah Brightman, 39, have shared a desk at the county newspaper's "
       "courts bureau for ten years.")
     + P("The former covers crime, the latter planning. Asked which beat was harder, Okwu "
         "answered first.")
     + P("“Planning. Nobody lies in court as much as they lie at a planning meeting.”")
     + P("Brightman disagreed. “At least at planning nobody goes to prison.”"),
     [("Planning. Nobody lies in", "Lydia Okwu"),
      ("At least at planning", "Jonah Brightman")]),

    ("r53-written", "en",
     P("The letter, dated 14 March 1863 and written by a Union private, Josiah Thorncliffe, to his "
       "sister Abigail, was found in an attic in Hexham last spring.")
     + P("“We have not had dry feet in eleven days,” he wrote. “Tell mother I am well, which is "
         "a lie, but tell her.”")
     + P("Abigail's reply has not survived. The archivist who catalogued the letter, Dr. Naomi "
         "Fairweather, said it was unusually frank.")
     + P("“Soldiers almost never admitted to lying in their letters home. He does it in one "
         "line.”"),
     [("We have not had", "Josiah Thorncliffe"),
      ("Tell mother I am", "Josiah Thorncliffe"),
      ("Soldiers almost never admitted", "Naomi Fairweather")]),

    ("r53-written", "en",
     "<h2>Readers' picks: the week's best podcasts</h2>"
     + "<ul><li><b>The Long Field</b> — host Orla Brennan walks the length of an old drovers' "
       "road. “Every gate has a story.”</li>"
       "<li><b>Copper and Tin</b> — two metallurgists argue about the Bronze Age. "
       "“Nobody agrees, which is the point.”</li></ul>",
     [("Every gate has a", "Orla Brennan"),
      ("Nobody agrees, which is", None)]),

    ("r53-none", "en",
     P("Police said the man, who has not been named, was seen running from the jeweller's on "
       "Bridge Street shortly after 3 p.m.")
     + P("Witness accounts vary. “He was tall, wearing a green coat,” one shop assistant said.")
     + P("Another was less sure. “It might have been grey. It all happened so fast.”")
     + P("The jeweller's owner, Simeon Greenbaum, said nothing of value had been taken."),
     [("He was tall, wearing", None),
      ("It might have been", None)]),

    ("r53-far", "en",
     P("Dr. Constance Ebbing-Ward, a historian at Marlow College, has spent six years on the "
       "records of the town's workhouse.")
     + P("The 1834 register lists 412 inmates. Most were children under twelve. The workhouse "
         "master's diary calls them “the idle young” throughout.")
     + P("Ebbing-Ward found the same phrase in three other diaries from the county.")
     + P("“It was a phrase they taught each other. It made it easier to treat a six-year-old as "
         "a problem.”"),
     [("the idle young", None),
      ("It was a phrase", "Constance Ebbing-Ward")]),

    ("r53-mixed", "en",
     P("Hollis Yeboah, who was at the launch, said the trustee had told guests that the gallery "
       "would “never charge for entry while I am alive”.")
     + P("The trustee, Lady Cressida Vane, confirmed the remark afterwards. “I meant it. I still "
         "mean it.”"),
     [("never charge for entry", "Cressida Vane"),
      ("I meant it. I", "Cressida Vane")]),

    ("r53-turns", "en",
     P("Ella Stroud met Thomas Brennock on the platform at Dunmere after the last train was "
       "cancelled.")
     + P("“I had a job interview at nine,” she said. “He lent me his phone to call them.”")
     + P("They are now engaged.")
     + P("“Best cancelled train of my life,” he said."),
     [("I had a job", "Ella Stroud"),
      ("He lent me his", "Ella Stroud"),
      ("Best cancelled train of", "Thomas Brennock")]),

    ("r53-after", "en",
     P("Kieran Mulvey told the planning inquiry that the wind farm would be visible from every "
       "window of his farmhouse.")
     + P("He added that his grandfather had built the house “so that he could see weather "
         "coming”.")
     + P("“Now I will see turbines coming. That's not the same thing.”")
     + P("The developer's planning consultant, Sophie Lund, said the turbines would be screened "
         "by a new line of trees."),
     [("so that he could", "Kieran Mulvey"),
      ("Now I will see", "Kieran Mulvey")]),

    ("r53-org", "en",
     P("Westmoor Rangers Football Club said it had “parted company” with its manager, Dean "
       "Haworth, after a run of seven defeats.")
     + P("“The board thanks Dean for his hard work and wishes him well,” the club said.")
     + P("Haworth said on social media that he was proud of the players. “They never stopped "
         "running for me.”"),
     [("parted company", "Westmoor Rangers Football Club"),
      ("The board thanks Dean", "Westmoor Rangers Football Club"),
      ("They never stopped running", "Dean Haworth")]),
    # ---------------------------------------------------------------- German
    ("r53-after", "de",
     P("Die Bürgermeisterin von Kellbach, Annegret Holzapfel-Riedl, hat am Montag den Haushalt "
       "für das kommende Jahr vorgestellt. Sie sagte, die Gemeinde müsse bei den Schwimmbädern "
       "sparen.")
     + P("„Wir haben zwei Bäder und Geld für eines. Das ist keine schöne Rechnung.“")
     + P("Der Vorsitzende des Schwimmvereins, Jörg Pfannenstiel, reagierte empört. „Wer das "
         "Hallenbad schließt, schließt auch den Verein“, sagte er.")
     + P("Die Bürgermeisterin blieb dabei. „Ich kann kein Geld drucken.“"),
     [("Wir haben zwei Bäder", "Annegret Holzapfel-Riedl"),
      ("Wer das Hallenbad schließt", "Jörg Pfannenstiel"),
      ("Ich kann kein Geld", "Annegret Holzapfel-Riedl")]),

    ("r53-role", "de",
     "<h2>Interview mit der Hebamme Swantje Carstensen</h2>"
     + P("Seit 31 Jahren begleitet sie Geburten auf der Insel. Ende des Monats schließt die "
         "Geburtsstation.")
     + P("<b>Frage: Was bedeutet das für die Frauen hier?</b>")
     + P("„Sie müssen mit der Fähre aufs Festland, und die Fähre fährt nachts nicht.“")
     + P("<b>Frage: Und was machen Sie jetzt?</b>")
     + P("„Ich bleibe. Irgendjemand muss ja da sein, wenn es schnell geht.“"),
     [("Sie müssen mit der", "Swantje Carstensen"),
      ("Ich bleibe. Irgendjemand muss", "Swantje Carstensen")]),

    ("r53-org", "de",
     P("Das Landesamt für Umwelt hat nach dem Fischsterben in der Wörnitz Proben genommen.")
     + P("Eine Sprecherin der Behörde sagte, man gehe „derzeit von Sauerstoffmangel aus“. "
         "Hinweise auf eine Einleitung von Gift gebe es nicht.")
     + P("Der Fischereiverein sieht das anders. „Da hat jemand etwas abgelassen, da sind wir uns "
         "sicher“, sagte Vereinschef Bernd Ostertag."),
     [("derzeit von Sauerstoffmangel aus", "Landesamt für Umwelt"),
      ("Da hat jemand etwas", "Bernd Ostertag")]),

    ("r53-none", "de",
     P("Auf dem Marktplatz demonstrierten am Samstag rund 400 Menschen gegen die geplante "
       "Umgehungsstraße. Auf den Transparenten stand „Unser Wald ist keine Trasse“.")
     + P("„Hier gehen wir seit sechzig Jahren spazieren“, sagte eine ältere Frau, die ihren "
         "Namen nicht nennen wollte.")
     + P("Landrat Ulrich Wendeborn war nicht erschienen."),
     [("Unser Wald ist keine", None),
      ("Hier gehen wir seit", None)]),

    # ---------------------------------------------------------------- French
    ("r53-after", "fr",
     P("Le maire de Saint-Aubrac, Étienne Lacombe-Vidal, a annoncé mardi la fermeture de l'école "
       "du hameau de Vernières à la rentrée prochaine.")
     + P("« Il reste neuf élèves. Je ne peux pas garder une classe ouverte pour neuf enfants », "
         "a-t-il expliqué.")
     + P("Les parents, réunis devant la mairie, ont dénoncé une décision « prise sans nous ». "
         "Parmi eux, Sandrine Ferrat, mère de deux enfants : « On nous parle d'attractivité du "
         "territoire, et on nous enlève l'école. »"),
     [("Il reste neuf élèves", "Étienne Lacombe-Vidal"),
      ("prise sans nous", None),
      ("On nous parle d'attractivité", "Sandrine Ferrat")]),

    ("r53-turns", "fr",
     P("Dans son atelier de Bourges, le luthier Gaspard Moreau-Duclos reçoit une cliente, la "
       "violoncelliste Inès Bakari, venue récupérer son instrument.")
     + P("« Il sonne comme avant ? » demande-t-elle.")
     + P("« Mieux, j'espère. J'ai recollé la table et changé l'âme. »")
     + P("Elle joue quelques mesures, puis sourit : « Il a retrouvé sa voix. »"),
     [("Il sonne comme avant", "Inès Bakari"),
      ("Mieux, j'espère. J'ai", "Gaspard Moreau-Duclos"),
      ("Il a retrouvé sa", "Inès Bakari")]),

    ("r53-org", "fr",
     P("La préfecture du Cantal a placé le département en vigilance sécheresse renforcée.")
     + P("« L'arrosage des pelouses est interdit jusqu'à nouvel ordre », indique la préfecture "
         "dans un communiqué.")
     + P("Selon Hervé Castagné, président de la chambre d'agriculture, « les éleveurs achètent "
         "déjà du foin pour l'hiver »."),
     [("L'arrosage des pelouses est", "préfecture du Cantal"),
      ("les éleveurs achètent déjà", "Hervé Castagné")]),

    # ---------------------------------------------------------------- Spanish
    ("r53-after", "es",
     P("La alcaldesa de Villanueva del Arcén, Remedios Galán Orduña, inauguró el lunes el nuevo "
       "centro de salud tras cuatro años de obras.")
     + P("«Hemos esperado demasiado, pero por fin los vecinos no tendrán que ir a la capital "
         "para un análisis», dijo la alcaldesa.")
     + P("El médico de familia Andrés Quiroga, que atenderá en el centro, fue más prudente: "
         "«Un edificio no es una consulta. Faltan dos médicos»."),
     [("Hemos esperado demasiado, pero", "Remedios Galán Orduña"),
      ("Un edificio no es", "Andrés Quiroga")]),

    ("r53-turns", "es",
     "<h2>Entrevista: Lucía Etxeberria, pescadora</h2>"
     + P("<b>Pregunta: ¿Cuándo salió a faenar por primera vez?</b>")
     + P("Respuesta: «Con quince años, con mi padre. Me mareé todo el día»."),
     [("Con quince años, con", "Lucía Etxeberria")]),

    ("r53-none", "es",
     P("El Ayuntamiento retiró el viernes la pancarta con el lema «Sin agua no hay pueblo» que "
       "los vecinos habían colgado en el balcón consistorial.")
     + P("«Nos la quitaron de madrugada, como si fuera un delito», lamentó una vecina.")
     + P("El concejal de Urbanismo, Fermín Lozano, no quiso hacer declaraciones."),
     [("Sin agua no hay", None),
      ("Nos la quitaron de", None)]),

    # ---------------------------------------------------------------- Italian
    ("r53-far", "it",
     P("Ottavio Ranieri ha ottantaquattro anni e da sessanta ripara orologi in una bottega di "
       "via dei Cimatori.")
     + P("La bottega era del padre, e prima ancora del nonno. Sugli scaffali ci sono pendoli "
         "che nessuno è più tornato a prendere.")
     + P("«Alcuni aspettano da trent'anni. Non li butto: prima o poi qualcuno si ricorderà.»")
     + P("Il nipote Davide, che lo aiuta il sabato, non ha intenzione di continuare il mestiere."),
     [("Alcuni aspettano da trent'anni", "Ottavio Ranieri")]),

    ("r53-mixed", "it",
     P("«Il progetto è sbagliato dall'inizio», ha detto il consigliere di opposizione Marco "
       "Venturelli. «Il ponte serve solo a chi lo costruisce.»")
     + P("Secondo l'assessore ai Lavori pubblici, Giada Serpieri, invece, l'opera è «attesa da "
         "vent'anni»."),
     [("Il progetto è sbagliato", "Marco Venturelli"),
      ("Il ponte serve solo", "Marco Venturelli"),
      ("attesa da vent'anni", "Giada Serpieri")]),

    # ---------------------------------------------------------------- Portuguese
    ("r53-after", "pt",
     P("A pescadora Conceição Amaral Teixeira, de 58 anos, perdeu o barco na tempestade de "
       "quinta-feira.")
     + P("“Era tudo o que eu tinha. O barco era do meu pai”, disse ela, ainda na praia.")
     + P("O presidente da câmara, Rui Falcão, prometeu apoio aos pescadores afetados. “Ninguém "
         "vai ficar para trás”, garantiu."),
     [("Era tudo o que", "Conceição Amaral Teixeira"),
      ("Ninguém vai ficar para", "Rui Falcão")]),

    ("r53-org", "pt",
     P("A Companhia de Águas do Vale informou que o abastecimento será interrompido no sábado.")
     + P("“Lamentamos o incómodo causado aos clientes”, refere a empresa em comunicado.")
     + P("Um morador do bairro, que não quis ser identificado, disse que “é a terceira vez este "
         "mês”."),
     [("Lamentamos o incómodo causado", "Companhia de Águas do Vale"),
      ("é a terceira vez", None)]),

    # ---------------------------------------------------------------- Dutch
    ("r53-after", "nl",
     P("Wethouder Joost van der Heijden-Brink wil de parkeertarieven in de binnenstad verdubbelen.")
     + P("‘We willen minder auto's in het centrum, en dit is de snelste manier,’ zei hij dinsdag "
         "in de gemeenteraad.")
     + P("Ondernemer Fenna Bosman, eigenaar van een schoenenwinkel, vreest het ergste. ‘Mijn "
         "klanten komen uit de dorpen. Die nemen geen bus.’"),
     [("We willen minder auto's", "Joost van der Heijden-Brink"),
      ("Mijn klanten komen uit", "Fenna Bosman")]),

    ("r53-none", "nl",
     P("Op het hek van de gesloten fabriek hangt een bord met de tekst ‘Verboden toegang voor "
       "onbevoegden’.")
     + P("‘Hier werkten vroeger driehonderd mensen,’ zegt een voorbijganger met een hond.")
     + P("De eigenaar, Hendrik de Graaf, was niet bereikbaar voor commentaar."),
     [("Verboden toegang voor onbevoegden", None),
      ("Hier werkten vroeger driehonderd", None)]),
    # ---------------------------------------------------------------- Polish
    ("r53-after", "pl",
     P("Sołtys wsi Brzezinka, Krystyna Wróblewska-Nowak, od dwóch lat walczy o nowy most na "
       "rzece.")
     + P("„Stary most pamięta jeszcze czasy mojego dziadka. Autobus szkolny już po nim nie "
         "jeździ” – mówi.")
     + P("Z Krystyną Wróblewską-Nowak rozmawialiśmy też o wodzie. „Latem studnie wysychają, "
         "a gmina udaje, że nie widzi”.")
     + P("Wójt gminy, Tadeusz Kamiński, zapewnia, że pieniądze na most są już w budżecie."),
     [("Stary most pamięta jeszcze", "Krystyna Wróblewska-Nowak"),
      ("Latem studnie wysychają, a", "Krystyna Wróblewska-Nowak")]),

    ("r53-turns", "pl",
     P("Trener Zbigniew Lisowski i jego kapitan, Mateusz Grabarczyk, inaczej ocenili niedzielny "
       "remis.")
     + P("„Zagraliśmy najlepszy mecz w sezonie” – powiedział trener.")
     + P("Kapitan był mniej zadowolony: „Remis u siebie to strata dwóch punktów”.")
     + P("Zapytany o sędziego, Lisowski tylko się uśmiechnął. „Bez komentarza”."),
     [("Zagraliśmy najlepszy mecz w", "Zbigniew Lisowski"),
      ("Remis u siebie to", "Mateusz Grabarczyk"),
      ("Bez komentarza", "Zbigniew Lisowski")]),

    # ---------------------------------------------------------------- Russian
    ("r53-after", "ru",
     P("Директор краеведческого музея в Верхнеозёрске Галина Петровна Сухорукова рассказала, "
       "что здание не ремонтировалось с 1974 года.")
     + P("«Крыша течёт над залом с самоварами. Мы ставим тазы», — сказала она.")
     + P("По словам Сухоруковой, деньги на ремонт обещали трижды. «Каждый раз что-то важнее "
         "музея»."),
     [("Крыша течёт над залом", "Галина Петровна Сухорукова"),
      ("Каждый раз что-то важнее", "Галина Петровна Сухорукова")]),

    ("r53-role", "ru",
     P("Немецкий архитектор Matthias Kerber приехал в Вологду на конференцию по деревянному "
       "зодчеству.")
     + P("«Таких домов в Европе почти не осталось, — сказал Kerber. — Их надо беречь как "
         "соборы»."),
     [("Таких домов в Европе", "Matthias Kerber"),
      ("Их надо беречь как", "Matthias Kerber")]),

    ("r53-none", "ru",
     P("На заборе стройки появилась надпись «Здесь был сквер».")
     + P("«Детям теперь негде гулять», — жалуется одна из жительниц соседнего дома.")
     + P("Застройщик, компания «Северный квартал», на запрос не ответил."),
     [("Здесь был сквер", None),
      ("Детям теперь негде гулять", None)]),

    # ---------------------------------------------------------------- Czech
    ("r53-after", "cs",
     P("Starostka Horní Lhoty Jitka Procházková-Malá oznámila, že obec koupí bývalou školu.")
     + P("„Budova chátrá dvacet let. Buď ji koupíme my, nebo spadne,“ řekla.")
     + P("S Jitkou Procházkovou-Malou nesouhlasí opoziční zastupitel Radek Bureš. „Obec na to "
         "nemá peníze,“ uvedl."),
     [("Budova chátrá dvacet let", "Jitka Procházková-Malá"),
      ("Obec na to nemá", "Radek Bureš")]),

    ("r53-org", "cs",
     P("Policie Jihomoravského kraje pátrá po řidiči, který v noci srazil cyklistu u Mikulova.")
     + P("„Žádáme svědky, aby se nám ozvali,“ uvedla policie na svém webu.")
     + P("Cyklista podle nemocnice utrpěl zlomeninu nohy."),
     [("Žádáme svědky, aby se", "Policie Jihomoravského kraje")]),

    # ---------------------------------------------------------------- Finnish
    ("r53-after", "fi",
     P("Kunnanjohtaja Marjatta Häkkinen-Lehto esitteli tiistaina suunnitelman kirjaston "
       "aukioloaikojen lyhentämisestä.")
     + P("”Meillä ei ole varaa pitää kirjastoa auki iltaisin”, Häkkinen-Lehto sanoi.")
     + P("Kirjastonhoitaja Veikko Rantanen on eri mieltä. ”Illalla täällä käyvät ne, jotka "
         "ovat päivät töissä.”")
     + P("Häkkinen-Lehdon mukaan asiasta päätetään joulukuussa."),
     [("Meillä ei ole varaa", "Marjatta Häkkinen-Lehto"),
      ("Illalla täällä käyvät ne", "Veikko Rantanen")]),

    ("r53-none", "fi",
     P("Torilla mielenosoittajat kantoivat kylttejä, joissa luki ”Koulu kylään”.")
     + P("”Lapset eivät jaksa tunnin bussimatkaa”, sanoi eräs äiti.")
     + P("Sivistysjohtaja Pekka Aaltonen ei kommentoinut asiaa."),
     [("Koulu kylään", None),
      ("Lapset eivät jaksa tunnin", None)]),

    # ---------------------------------------------------------------- Hungarian
    ("r53-after", "hu",
     P("Kovácsné Szabó Ildikó, a falu polgármestere, hétfőn jelentette be, hogy bezár a posta.")
     + P("„Harminc éve harcolunk érte, most mégis elveszítjük” – mondta a polgármester.")
     + P("Horváth Bence, a helyi bolt tulajdonosa szerint „ez a falu halála”."),
     [("Harminc éve harcolunk érte", "Kovácsné Szabó Ildikó"),
      ("ez a falu halála", "Horváth Bence")]),

    ("r53-turns", "hu",
     P("Nagy Zsófia és testvére, Nagy Levente együtt vezetik a családi pincészetet.")
     + P("„Apánk mindig azt mondta, hogy a bor türelem” – meséli Zsófia.")
     + P("Levente nevet: „Ő a türelmes. Én a hordókat cipelem.”"),
     [("Apánk mindig azt mondta", "Nagy Zsófia"),
      ("Ő a türelmes. Én", "Nagy Levente")]),

    # ---------------------------------------------------------------- Greek
    ("r53-after", "el",
     P("Ο δήμαρχος της Καλαμπάκας, Αριστείδης Παπαδημητρίου, ανακοίνωσε ότι το δημοτικό "
       "κολυμβητήριο θα κλείσει για επισκευές.")
     + P("«Η οροφή δεν είναι ασφαλής. Δεν θα ρισκάρω τα παιδιά», δήλωσε ο δήμαρχος.")
     + P("Σύμφωνα με την προπονήτρια Ελένη Καραγιάννη, «οι αθλητές θα προπονούνται στα "
         "Τρίκαλα»."),
     [("Η οροφή δεν είναι", "Αριστείδης Παπαδημητρίου"),
      ("οι αθλητές θα προπονούνται", "Ελένη Καραγιάννη")]),

    ("r53-role", "el",
     P("Ο Βρετανός αρχαιολόγος Rupert Hollings εργάζεται στην ανασκαφή εδώ και δέκα χρόνια.")
     + P("«Κάθε καλοκαίρι νομίζω ότι είναι το τελευταίο», λέει ο Hollings. «Και κάθε φορά βρίσκουμε "
         "κάτι καινούργιο.»")
     + P("Ο φύλακας του χώρου, που δεν θέλησε να πει το όνομά του, χαμογελά: «Τα ίδια λέει κάθε "
         "χρόνο»."),
     [("Κάθε καλοκαίρι νομίζω ότι", "Rupert Hollings"),
      ("Και κάθε φορά βρίσκουμε", "Rupert Hollings"),
      ("Τα ίδια λέει κάθε", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r53-after", "zh",
     P("青溪镇卫生院院长邹明远表示，镇上唯一的儿科医生下个月将退休。")
     + P("“我们已经招了两年，没有人愿意来。”他说。")
     + P("家长代表林晓雯则认为，县里应该给予补贴。“没有补贴，谁愿意来山里？”"),
     [("我们已经招了两年", "邹明远"),
      ("没有补贴，谁愿意来山里", "林晓雯")]),
    ("r53-none", "zh",
     P("新开的商场门口挂着一条横幅，写着“欢乐购物节”。")
     + P("“人太多了，停车要排一个小时。”一位市民抱怨道。")
     + P("商场负责人周建国未回应采访请求。"),
     [("欢乐购物节", None),
      ("人太多了，停车要排", None)]),

    ("r53-role", "zh",
     P("来自德国的指挥家Clemens Hartwig本周在音乐厅执棒市交响乐团。")
     + P("“这里的观众非常安静，这是最好的赞美。”Hartwig在排练后说。")
     + P("乐团首席小提琴何静怡说：“他要求很高，但从不发火。”"),
     [("这里的观众非常安静", "Clemens Hartwig"),
      ("他要求很高，但从不", "何静怡")]),

    # ---------------------------------------------------------------- Japanese
    ("r53-after", "ja",
     P("長野県の山あいで旅館を営む三浦千代子さん（72）は、今年で営業をやめる。")
     + P("「後継ぎがいないので、私の代で終わりにします」と三浦さんは話した。")
     + P("常連客の一人、東京都の会社員・石田健太さんは残念がる。「毎年ここに来るのが楽しみでした」"),
     [("後継ぎがいないので", "三浦千代子"),
      ("毎年ここに来るのが", "石田健太")]),

    ("r53-written", "ja",
     P("ご利用いただいたお客様の声をご紹介します。")
     + "<blockquote>「スタッフの方がとても親切で、子ども連れでも安心でした。」"
       "<footer>— 大阪府・M.K.様</footer></blockquote>"
     + "<blockquote>「部屋から見える海が最高でした。また来ます。」"
       "<footer>— 福岡県・T.S.様</footer></blockquote>",
     [("スタッフの方がとても親切", "M.K."),
      ("部屋から見える海が", "T.S.")]),

    ("r53-none", "ja",
     P("駅前には「ようこそ桜の町へ」と書かれた看板が立っている。")
     + P("「昔はもっと人がいたんですよ」と、店先を掃除していた女性はつぶやいた。"),
     [("ようこそ桜の町へ", None),
      ("昔はもっと人がいた", None)]),

    # ---------------------------------------------------------------- Korean
    ("r53-after", "ko",
     P("부산의 한 전통시장에서 40년째 생선가게를 운영하는 박순자 씨는 요즘 손님이 절반으로 "
       "줄었다고 말했다.")
     + P("“예전에는 새벽부터 줄을 섰어요. 지금은 오후가 되어도 조용해요.”")
     + P("시장 상인회 회장 이동훈 씨는 “주차장만 생겨도 달라질 것”이라고 말했다."),
     [("예전에는 새벽부터 줄을", "박순자"),
      ("주차장만 생겨도 달라질", "이동훈")]),

    ("r53-org", "ko",
     P("환경부는 올여름 녹조 경보를 예년보다 일찍 발령할 수 있다고 밝혔다.")
     + P("환경부는 보도자료에서 “수온 상승으로 녹조 발생 가능성이 높다”고 설명했다.")
     + P("한 어민은 “벌써 물 색깔이 변했다”고 말했다."),
     [("수온 상승으로 녹조", "환경부"),
      ("벌써 물 색깔이", None)]),

    # ---------------------------------------------------------------- Arabic
    ("r53-after", "ar",
     P("قالت رئيسة جمعية المزارعين في وادي الريحان، سلمى الحداد، إن موسم الزيتون هذا العام هو "
       "الأسوأ منذ عقد.")
     + P("«الأشجار عطشى، والمطر تأخر شهرين كاملين»، أضافت الحداد.")
     + P("أما المهندس الزراعي كريم العبيدي فقال: «يجب أن نغيّر طريقة الري، لا أن ننتظر السماء»."),
     [("الأشجار عطشى، والمطر تأخر", "سلمى الحداد"),
      ("يجب أن نغيّر طريقة", "كريم العبيدي")]),

    ("r53-role", "ar",
     P("وصل المدرب البرتغالي Nuno Cardoso إلى المدينة لتولي تدريب النادي.")
     + P("وقال Cardoso في مؤتمر صحفي: «جئت لأبني فريقًا، لا لأبحث عن الأعذار».")
     + P("وكتب أحد المشجعين على لافتة في المدرج: «الصبر مفتاح الفرج»."),
     [("جئت لأبني فريقًا، لا", "Nuno Cardoso"),
      ("الصبر مفتاح الفرج", None)]),

    # ---------------------------------------------------------------- Turkish
    ("r53-after", "tr",
     P("Karaburun Belediye Başkanı Nurhan Çelikkaya, sahildeki balıkçı barınağının yeniden "
       "yapılacağını açıkladı.")
     + P("“Balıkçılarımız kışın teknelerini koruyacak bir yer bulamıyor. Bu yıl bitireceğiz,” "
         "dedi Çelikkaya.")
     + P("Balıkçı Hasan Yıldırım ise temkinli: “Bu sözü daha önce de duyduk.”"),
     [("Balıkçılarımız kışın teknelerini koruyacak", "Nurhan Çelikkaya"),
      ("Bu sözü daha önce", "Hasan Yıldırım")]),

    ("r53-none", "tr",
     P("Pazar yerindeki pankartta “Esnafın sesini duyun” yazıyordu.")
     + P("“Kira her yıl iki katına çıkıyor,” dedi tezgâhının başındaki bir satıcı.")
     + P("Belediye sözcüsü Serkan Aydın açıklama yapmadı."),
     [("Esnafın sesini duyun", None),
      ("Kira her yıl iki", None)]),

    # ---------------------------------------------------------------- Swedish
    ("r53-after", "sv",
     P("Kommunalrådet Ingrid Söderlund-Wahl vill lägga ner simhallen i Gnesta.")
     + P("”Vi har inte råd att driva två simhallar. Det är tråkigt men nödvändigt”, säger hon.")
     + P("Simklubbens ordförande Mats Ekholm är upprörd. ”Barnen kommer att sluta simma.”"),
     [("Vi har inte råd", "Ingrid Söderlund-Wahl"),
      ("Barnen kommer att sluta", "Mats Ekholm")]),

    ("r53-turns", "sv",
     P("Tränaren Anders Lövgren och målvakten Elin Strandberg var överens efter förlusten.")
     + P("– Vi var inte bra nog i dag, sa Lövgren.")
     + P("Strandberg tog på sig det andra målet. ”Den ska jag ta. Punkt.”"),
     [("Den ska jag ta", "Elin Strandberg")]),

    # ---------------------------------------------------------------- Danish
    ("r53-after", "da",
     P("Borgmester Henrik Møller-Nielsen lover, at den lukkede skole i Vesterby skal blive til "
       "et forsamlingshus.")
     + P("»Bygningen skal ikke stå tom. Den skal bruges af byen,« siger han.")
     + P("Lokalrådets formand, Birgitte Holm, er glad. »Vi har ventet på det i tre år.«"),
     [("Bygningen skal ikke stå", "Henrik Møller-Nielsen"),
      ("Vi har ventet på", "Birgitte Holm")]),

    ("r53-none", "da",
     P("På et skilt ved stranden står der »Badning forbudt«.")
     + P("»Det har aldrig stoppet nogen,« siger en mand, der netop er kommet op af vandet.")
     + P("Kommunens miljøchef, Lise Dam, har ikke svaret."),
     [("Badning forbudt", None),
      ("Det har aldrig stoppet", None)]),

    # ---------------------------------------------------------------- Hebrew
    ("r53-after", "he",
     P("ראש המועצה, נורית בן־דוד, הודיעה כי הספרייה העירונית תיסגר לשיפוצים.")
     + P("\"הבניין ישן ומסוכן. אין לנו ברירה\", אמרה בן־דוד.")
     + P("הספרן הוותיק משה אלמוג אמר: \"אני מקווה שנחזור לכאן בקרוב\"."),
     [("הבניין ישן ומסוכן", "נורית בן־דוד"),
      ("אני מקווה שנחזור לכאן", "משה אלמוג")]),

    ("r53-none", "he",
     P("על הגדר נתלה שלט: \"הזהרו, כלב נושך\".")
     + P("\"הוא בכלל לא נושך\", צחקה שכנה שעברה במקום."),
     [("הזהרו, כלב נושך", None),
      ("הוא בכלל לא נושך", None)]),
    # ---------------------------------------------------------------- more languages: features
    ("r53-turns", "it",
     P("Giulia Mancuso e il marito, Pietro Mancuso, gestiscono da trent'anni un rifugio sulle "
       "Dolomiti.")
     + P("«L'inverno scorso è nevicato pochissimo», racconta lei. «Abbiamo chiuso a marzo.»")
     + P("Lui scuote la testa: «Mio nonno non avrebbe creduto ai suoi occhi.»"),
     [("L'inverno scorso è nevicato", "Giulia Mancuso"),
      ("Abbiamo chiuso a marzo", "Giulia Mancuso"),
      ("Mio nonno non avrebbe", "Pietro Mancuso")]),

    ("r53-far", "pt",
     P("O enfermeiro Joaquim Bettencourt trabalha há vinte anos no centro de saúde da ilha.")
     + P("No inverno, quando o barco não sai, é ele quem decide se um doente precisa do "
         "helicóptero.")
     + P("“É uma responsabilidade enorme. Às vezes não durmo.”")
     + P("A médica que o acompanha às terças-feiras, Helena Sarmento, elogia-o: “Sem ele, isto "
         "fechava.”"),
     [("É uma responsabilidade enorme", "Joaquim Bettencourt"),
      ("Sem ele, isto fechava", "Helena Sarmento")]),

    ("r53-turns", "nl",
     P("Boer Gerrit Jan Veldkamp en zijn dochter Anouk Veldkamp melken samen honderdtwintig "
       "koeien.")
     + P("‘Mijn vader wilde eigenlijk dat ik advocaat werd,’ zegt Anouk.")
     + P("Hij lacht. ‘Dat wilde ik niet. Dat zei haar moeder.’"),
     [("Mijn vader wilde eigenlijk", "Anouk Veldkamp"),
      ("Dat wilde ik niet", "Gerrit Jan Veldkamp")]),

    ("r53-far", "fi",
     P("Opas Aino Kivimäki on kierrättänyt turisteja vanhassa kaivoksessa viisitoista vuotta.")
     + P("Käytävät ulottuvat kolmensadan metrin syvyyteen. Lämpötila pysyy ympäri vuoden kuudessa "
         "asteessa.")
     + P("”Täällä alhaalla ei ole vuodenaikoja. Kaivosmiehet sanoivat, että täällä on aina "
         "marraskuu.”")
     + P("Kivimäen mukaan kävijöitä on nyt enemmän kuin koskaan."),
     [("Täällä alhaalla ei ole", "Aino Kivimäki"),
      ("täällä on aina marraskuu", "Aino Kivimäki")]),

    ("r53-mixed", "hu",
     P("Tóth Gergely edző szerint a csapat „fejben dőlt el”, míg a kapus, Varga Dániel úgy "
       "látta, hogy „a szerencse sem volt velünk”.")
     + P("A szurkolók „Ébresztő!” feliratú molinót feszítettek ki."),
     [("fejben dőlt el", "Tóth Gergely"),
      ("a szerencse sem volt", "Varga Dániel"),
      ("Ébresztő!", None)]),

    ("r53-turns", "ko",
     "<h2>인터뷰: 도예가 한지민</h2>"
     + P("<b>— 처음 흙을 만진 건 언제인가요?</b>")
     + P("“열 살 때 할머니 옆에서요. 손이 더러워지는 게 좋았어요.”")
     + P("<b>— 가장 어려운 점은?</b>")
     + P("“가마를 여는 순간이요. 반은 늘 깨져 있거든요.”"),
     [("열 살 때 할머니", "한지민"),
      ("가마를 여는 순간이요", "한지민")]),

    ("r53-org", "ar",
     P("أعلنت وزارة الصحة أن حملة التطعيم ستبدأ الأسبوع المقبل في المدارس.")
     + P("وقالت الوزارة في بيان: «اللقاح آمن ومجاني لجميع الأطفال».")
     + P("وقال أحد أولياء الأمور إن «المعلومات وصلت متأخرة جدًا»."),
     [("اللقاح آمن ومجاني لجميع", "وزارة الصحة"),
      ("المعلومات وصلت متأخرة جدًا", None)]),

    ("r53-turns", "tr",
     P("Teknik direktör Levent Karataş ve golcü Emre Aksoy, maçtan sonra basın toplantısına "
       "birlikte geldi.")
     + P("Karataş'a ikinci yarıdaki değişiklikler soruldu. “Oyuncularım yorulmuştu, taze kan "
         "gerekiyordu,” diye yanıtladı.")
     + P("Golcü ise golünü annesine adadı: “Bu gol onun için.”"),
     [("Oyuncularım yorulmuştu, taze kan", "Levent Karataş"),
      ("Bu gol onun için", "Emre Aksoy")]),

    ("r53-far", "da",
     P("Fisker Poul Erik Thygesen har sejlet fra havnen i Thyborøn i over fyrre år.")
     + P("Kutteren hedder »Marie«, efter hans mor. Den blev bygget i 1971.")
     + P("»Havet er ikke det samme. Der er færre torsk og flere turister.«"),
     [("Marie", None),
      ("Havet er ikke det", "Poul Erik Thygesen")]),

    ("r53-turns", "he",
     P("הנהג יוסי מזרחי והנוסעת רותם שגיא נתקעו יחד במעלית במשך שלוש שעות.")
     + P("\"חשבתי שזה ייגמר תוך חמש דקות\", סיפרה שגיא.")
     + P("מזרחי צחק: \"אחרי שעה כבר ידענו הכול אחד על השני\"."),
     [("חשבתי שזה ייגמר תוך", "רותם שגיא"),
      ("אחרי שעה כבר ידענו", "יוסי מזרחי")]),

    ("r53-mixed", "cs",
     P("Trenér Pavel Novotný po zápase řekl, že jeho tým „hrál bez hlavy“. Kapitán Ondřej "
       "Havlík dodal: „Musíme se omluvit fanouškům.“")
     + P("S Pavlem Novotným pak hovořili novináři i o budoucnosti. „O své práci nerozhoduji já,“ "
         "poznamenal."),
     [("hrál bez hlavy", "Pavel Novotný"),
      ("Musíme se omluvit fanouškům", "Ondřej Havlík"),
      ("O své práci nerozhoduji", "Pavel Novotný")]),

    ("r53-org", "sv",
     P("Polisen i Västra Götaland efterlyser vittnen efter ett inbrott i en guldsmedsbutik i "
       "Borås.")
     + P("”Vi vill komma i kontakt med alla som rört sig i området under natten”, skriver "
         "polisen i ett pressmeddelande.")
     + P("Butiksägaren Karin Lindqvist är skakad. ”Det är tredje gången på två år.”"),
     [("Vi vill komma i", "Polisen i Västra Götaland"),
      ("Det är tredje gången", "Karin Lindqvist")]),

    ("r53-after", "es",
     P("El entrenador del Atlético Ribera, Julián Sotomayor, reconoció la superioridad del rival.")
     + P("«Nos han pasado por encima. No hay excusas», admitió el técnico.")
     + P("Preguntado por el futuro del delantero Iker Arrieta, respondió: «Se queda, seguro»."),
     [("Nos han pasado por", "Julián Sotomayor"),
      ("Se queda, seguro", "Julián Sotomayor")]),

    ("r53-far", "de",
     P("Die Physikerin Dr. Henrike Wollenweber-Baum leitet seit 2019 die Sternwarte auf dem "
       "Hohen Kopf.")
     + P("Der Himmel über dem Mittelgebirge gilt als einer der dunkelsten in Deutschland. Doch "
         "die neuen Straßenlaternen im Tal machen ihr Sorgen.")
     + P("„Jedes Jahr sehen wir ein paar Sterne weniger. Das merkt man nicht sofort, aber es "
         "summiert sich.“")
     + P("Der Bürgermeister des Nachbarorts, Klaus Übelacker, verweist auf die Sicherheit. "
         "„Die Leute wollen nachts nach Hause finden.“"),
     [("Jedes Jahr sehen wir", "Henrike Wollenweber-Baum"),
      ("Die Leute wollen nachts", "Klaus Übelacker")]),

    ("r53-turns", "ru",
     P("Тренер Андрей Волков и его воспитанница, фигуристка Дарья Белова, приехали на турнир "
       "вместе.")
     + P("«Она готова лучше, чем в прошлом году», — уверен тренер.")
     + P("Сама спортсменка скромнее: «Посмотрим. Лёд всё покажет»."),
     [("Она готова лучше, чем", "Андрей Волков"),
      ("Лёд всё покажет", "Дарья Белова")]),

    ("r53-written", "fr",
     P("Dans une lettre datée de 1916, retrouvée par sa petite-fille, le soldat Augustin Pellerin "
       "écrivait à sa femme, Marthe : « Ne t'inquiète pas, la soupe est chaude et les camarades "
       "sont bons. »")
     + P("L'historienne Claire Dufresne, qui a étudié la lettre, estime qu'il « mentait pour la "
         "rassurer »."),
     [("Ne t'inquiète pas, la", "Augustin Pellerin"),
      ("mentait pour la rassurer", "Claire Dufresne")]),

    ("r53-role", "pl",
     P("Z Anną Kowalczyk-Dąbrowską, dyrektorką szpitala powiatowego, rozmawiamy o brakach "
       "kadrowych.")
     + P("„Brakuje nam pięciu anestezjologów. Bez nich nie możemy operować w weekendy” – mówi "
         "dyrektorka."),
     [("Brakuje nam pięciu anestezjologów", "Anna Kowalczyk-Dąbrowska")]),

    ("r53-none", "el",
     P("Στον τοίχο του σχολείου κάποιος έγραψε «Θέλουμε θέρμανση».")
     + P("«Κρυώνουμε από τον Νοέμβριο», είπε μια μαθήτρια της τρίτης τάξης."),
     [("Θέλουμε θέρμανση", None),
      ("Κρυώνουμε από τον Νοέμβριο", None)]),
]

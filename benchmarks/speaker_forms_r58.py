"""Held-out round 58 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading src/, tests/ or any other speaker round). Each case is a stretch of a
real-looking article, four to six paragraphs, where quotes of two or three people alternate with
background paragraphs naming other people, places and organisations (courts, companies, cities) that
never speak. It covers: speakers followed across background paragraphs; a quote paragraph right
after a background paragraph naming only a non-speaker; second speakers introduced by role only ("a
neighbour": None; "the company's lawyer": the company where a reader would say so); names with
titles and ranks in many languages ("Sgt.", "Prof. Dr.", "Ing.", "Mme", "Sr.", "Dña."); quotes of a
speaker's earlier words ("she told the paper in 2019"); organisations as speakers; block quotes with
and without a cite; forum posts, reviews, press releases; and about a quarter None (unnamed voices,
signs, slogans, titles, quoted wording of laws and error messages).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R58_CASES = [
    # ---------------------------------------------------------------- English
    ("r58-far", "en",
     P("Sgt. Dwayne Okonkwo-Hale has patrolled the Millbrook estate for eleven years.")
     + P("The estate was built in 1968 by Corran Housing, which sold it to the city of Averleigh in 2004. "
         "Councillor Petra Vane pushed for the sale.")
     + P("“Half the streetlights have been out since August,” the sergeant said. “People notice that.”")
     + P("Vane has since left the council and now runs a bakery on Dock Road.")
     + P("“I'd walk here at night myself,” Okonkwo-Hale added, “but I know what it looks like to a teenager.”"),
     [("Half the streetlights have been", "Dwayne Okonkwo-Hale"),
      ("People notice that.", "Dwayne Okonkwo-Hale"),
      ("walk here at night", "Dwayne Okonkwo-Hale"),
      ("what it looks like", "Dwayne Okonkwo-Hale")]),
    ("r58-far", "en",
     P("Marisol Trenchard opened the Blue Heron guesthouse with her late husband in 1991.")
     + P("The Kestle Valley Trust bought the surrounding fields last spring and plans to flood them as a wetland, "
         "a project backed by the regional water authority and by the naturalist Gideon Farrow.")
     + P("“We were never asked,” she said. “A letter came, and that was the consultation.”")
     + P("A neighbour, who runs a campsite further up the lane, was more hopeful. “Birds bring people,” he said.")
     + P("Trenchard is unconvinced. “People bring cars.”"),
     [("We were never asked", "Marisol Trenchard"),
      ("A letter came, and", "Marisol Trenchard"),
      ("Birds bring people", None),
      ("People bring cars.", "Marisol Trenchard")]),
    ("r58-turns", "en",
     P("The trial of Aldous Penhallow, 47, entered its third week at Harwick Crown Court on Tuesday.")
     + P("Prosecutor Imogen Leckie told the jury the accountant had moved £2.3m from the Penhallow & Drew "
         "pension fund into accounts in his brother's name. “This was not an error,” she said. “It was a plan.”")
     + P("Defending, Rupert Ashgrove KC said his client had been “badly advised at every turn” by the firm's former auditor, "
         "Colm Feeney, who is not on trial.")
     + P("“Mr Penhallow trusted the wrong man,” he told the court.")
     + P("Judge Helen Marsh adjourned the hearing until Thursday."),
     [("This was not an error", "Imogen Leckie"),
      ("It was a plan.", "Imogen Leckie"),
      ("badly advised at every", "Rupert Ashgrove"),
      ("trusted the wrong man", "Rupert Ashgrove")]),
    ("r58-turns", "en",
     P("Asked whether the club would sell its captain, manager Ilse Fenwick did not hesitate.")
     + P("“Not for any money,” Fenwick said. “He is the club.”")
     + P("The captain, Tomasz Rybak, joined Corringham Athletic from the academy of Stal Wrocławek in 2017 "
         "and has since made 212 appearances. Chairman Lionel Basset has reportedly received two offers.")
     + P("Rybak himself was relaxed. “I read the papers like everyone else,” the midfielder said. "
         "“Nobody has called me.”")
     + P("“That's because they would have to call me first,” Fenwick joked."),
     [("Not for any money", "Ilse Fenwick"),
      ("He is the club.", "Ilse Fenwick"),
      ("read the papers like", "Tomasz Rybak"),
      ("Nobody has called me.", "Tomasz Rybak"),
      ("would have to call", "Ilse Fenwick")]),
    ("r58-org", "en",
     P("Harlow Freight said on Monday it would close its depot in Wexcombe, putting 140 jobs at risk.")
     + P("In a statement, the company said the site was “no longer viable” after the loss of its contract "
         "with the supermarket chain Brindle's.")
     + P("The depot was opened in 1987 by the then mayor, Sir Arthur Culpepper.")
     + P("A spokesperson for the Transport and Logistics Union said members had been “kept in the dark”. "
         "“We found out from a radio bulletin,” he said.")
     + P("The company's lawyer said redundancy terms would be “in line with the law”."),
     [("no longer viable", "Harlow Freight"),
      ("kept in the dark", "Transport and Logistics Union"),
      ("found out from a", "Transport and Logistics Union"),
      ("in line with the law", "Harlow Freight")]),
    ("r58-org", "en",
     P("Police in Castlemere have appealed for witnesses after a cyclist was injured on the A419 on Saturday evening.")
     + P("Castlemere Police said the rider, a man in his fifties, was taken to St Brigid's Hospital with "
         "“serious but not life-threatening” injuries.")
     + P("The road, which links Castlemere with the market town of Ebbington, was resurfaced last year by "
         "Dunmore Highways.")
     + P("“Anyone with dashcam footage should contact us,” the force said.")
     + P("One driver who stopped to help said the junction was “an accident waiting to happen”."),
     [("serious but not life-threatening", "Castlemere Police"),
      ("Anyone with dashcam footage", "Castlemere Police"),
      ("an accident waiting to", None)]),
    ("r58-before", "en",
     P("Prof. Dr. Annelise Grünwald-Obi, who leads the glacier programme at the University of Tavistock, "
         "has measured the Skarfjell ice for two decades.")
     + P("The programme was founded in 1979 by her predecessor, Harold Nyquist, with money from the Ormond Foundation.")
     + P("Her verdict is blunt:")
     + P("“By 2060 there will be nothing left to measure. We are writing an obituary, not a survey.”")
     + P("In 2019 she told the Tavistock Herald: “I am tired of being called an alarmist.”"),
     [("nothing left to measure", "Annelise Grünwald-Obi"),
      ("writing an obituary, not", "Annelise Grünwald-Obi"),
      ("tired of being called", "Annelise Grünwald-Obi")]),
    ("r58-before", "en",
     P("According to Dr. Farid Osei-Mensah, a cardiologist at Linmouth General, most patients "
         "“underestimate salt by half”.")
     + P("Linmouth General is one of four hospitals run by the Eastvale Health Trust, whose chief executive, "
         "Moira Dunleavy, announced a salt awareness week in March.")
     + P("“Read the label, then double it,” Osei-Mensah advises.")
     + P("In the words of one patient, a retired bus driver: “I thought soup was health food.”"),
     [("underestimate salt by half", "Farid Osei-Mensah"),
      ("Read the label, then", "Farid Osei-Mensah"),
      ("thought soup was health", None)]),
    ("r58-none", "en",
     P("Councillor Bryony Ellacott has described the new parking scheme as a success.")
     + P("Signs reading “Residents Only After 6pm” went up on Carver Street last week, and the council's "
         "“Park Smart, Live Better” campaign leaflets were posted to every household.")
     + P("Critics call the zone “a cash machine for the council”. A woman in her forties who lives on the street said: "
         "“I now pay to park outside my own house.”")
     + P("Ellacott insisted the charges covered “enforcement costs only”."),
     [("Residents Only After 6pm", None),
      ("Park Smart, Live Better", None),
      ("cash machine for the", None),
      ("pay to park outside", None),
      ("enforcement costs only", "Bryony Ellacott")]),
    ("r58-none", "en",
     P("Eleanor Haskett's debut novel, “The Salt Between Us”, has been shortlisted for the Marrow Prize.")
     + P("The book follows a lighthouse keeper on the fictional island of Innisgarra. It borrows its epigraph "
         "from the old sea shanty “Bring Her Home, Boys”.")
     + P("Reviewers have called it “quietly devastating and very funny”.")
     + P("Haskett, 34, said she wrote most of it “on night shifts at a petrol station”."),
     [("The Salt Between Us", None),
      ("Bring Her Home, Boys", None),
      ("quietly devastating and very", None),
      ("on night shifts at", "Eleanor Haskett")]),
    ("r58-mixed", "en",
     P("The planning committee approved the Fernhill tower by five votes to four on Wednesday.")
     + P("Developer Quentin Marlowe called it “a vote for the future”, while the residents' group leader, "
         "Ada Thistlewood, said it was “a vote for a car park in the sky”.")
     + P("The site was once owned by the Fernhill Brewery, founded by Josiah Pike in 1852.")
     + P("“We will appeal,” Thistlewood said. Marlowe was not worried: “They have every right to.”"),
     [("a vote for the future", "Quentin Marlowe"),
      ("a car park in the", "Ada Thistlewood"),
      ("We will appeal", "Ada Thistlewood"),
      ("have every right to", "Quentin Marlowe")]),
    ("r58-mixed", "en",
     P("Lena Castellanos, 29, and her partner, Ivo Brandt, were among the first to move into the "
         "converted mill in Pellham.")
     + P("The mill was turned into flats by Greystone Homes after Pellham District Council granted permission in 2021.")
     + P("She said the heating had failed “three times since Christmas”. He was more forgiving: "
         "“New buildings have teething problems.”")
     + P("Greystone Homes did not respond to a request for comment."),
     [("three times since Christmas", "Lena Castellanos"),
      ("New buildings have teething", "Ivo Brandt")]),
    ("r58-role", "en",
     P("Former Lt. Col. Rosalind Achterberg-Khan, 61, a veteran of two tours, now chairs the Veterans' Housing Fund.")
     + P("The fund, which received £4m from the Ministry of Defence in 2022, has housed 300 former service personnel. "
         "Its patron is the Duke of Arlesford.")
     + P("“A uniform doesn't come off when you hand it in,” the retired officer said.")
     + P("Her deputy, Kwame Adjei-Brown, a former Royal Navy engineer, added that demand had “doubled in a year”."),
     [("uniform doesn't come off", "Rosalind Achterberg-Khan"),
      ("doubled in a year", "Kwame Adjei-Brown")]),
    ("r58-role", "en",
     P("Mayor Ines Halvorsen opened the new ferry terminal at Skellport on Friday.")
     + P("The terminal cost £18m, most of it from the Northern Coast Fund. It was designed by the architects "
         "Pell & Okafor, whose founder, Simon Pell, grew up in the town.")
     + P("Ferries will run to the islands of Hoyle and Marrick every two hours, operated by Brennan Lines.")
     + P("Construction overran by seven months after a dispute with the contractor, Tarrow Civil.")
     + P("“Today the town stops looking at its back door,” the mayor said."),
     [("stops looking at its", "Ines Halvorsen")]),
    ("r58-written", "en",
     P("The letter, dated 14 March 1916, was found behind a fireplace in Lower Wyke by builder Carl Iddon.")
     + P("It was written by Private Albert Soames to his mother, Edith. “Dear Mother, the mud is worse than "
         "they told us,” it begins.")
     + P("Local historian Dr. Fay Mulcahy said the letter was “unusually frank for its time”.")
     + P("“Do not send more socks,” Soames wrote. “Send cake instead, and lots of it.”"),
     [("the mud is worse", "Albert Soames"),
      ("unusually frank for its", "Fay Mulcahy"),
      ("Do not send more", "Albert Soames"),
      ("Send cake instead, and", "Albert Soames")]),
    ("r58-written", "en",
     P("When the update failed, the installer printed “Error 0x80070643: Fatal error during installation” and stopped.")
     + P("The documentation for the Quillstack toolkit says that the flag “--force-reinstall” should "
         "“never be used on production machines”.")
     + P("On the project's forum, a user called nightjar_77 wrote: “Deleting the cache folder fixed it for me.”")
     + P("Another replied: “Same here, but only after a reboot.”"),
     [("Fatal error during installation", None),
      ("never be used on production", None),
      ("Deleting the cache folder", "nightjar_77"),
      ("Same here, but only", None)]),
    ("r58-written", "en",
     '<div class="post"><p><strong>harbourlights</strong> wrote:</p>'
     '<blockquote>Has anyone tried the new night bus to Quarry Hill? Is it actually every twenty minutes?</blockquote></div>'
     + '<div class="post"><p><strong>mossbank_dave</strong></p>'
     + P("Took it twice last week. “Every 20 minutes” is optimistic, more like every 35.") + '</div>'
     + '<div class="post"><p><strong>harbourlights</strong></p>'
     + P("Thanks. The timetable at the stop literally says “Frequent service all night”, which is funny.") + '</div>'
     + P("Brackton Transit has not commented on the complaints."),
     [("Is it actually every", "harbourlights"),
      ("Every 20 minutes", None),
      ("Frequent service all night", None)]),
    ("r58-written", "en",
     '<h2>What our customers say</h2>'
     + '<blockquote><p>“The fitter arrived on time, explained everything and left the kitchen cleaner than he found it.”</p>'
     '<footer>— Priya S., Dunmere</footer></blockquote>'
     + "<blockquote><p>“Second boiler from Halden Heat, and I wouldn't go anywhere else.”</p>"
     '<footer>— Gareth and Nell Owusu, Tarnby</footer></blockquote>'
     + P("Halden Heat is a family business founded by Rhys Halden in 1994.")
     + '<blockquote><p>“Quote was fair, work was tidy.”</p></blockquote>',
     [("explained everything and left", "Priya S."),
      ("wouldn't go anywhere else", "Gareth and Nell Owusu"),
      ("Quote was fair, work", None)]),
    ("r58-org", "en",
     P("AVERLEIGH, 3 March — Norvance Robotics today announced a partnership with the Harwick Institute of "
         "Technology to develop autonomous inspection drones for offshore wind farms.")
     + P("The three-year programme will be based at the institute's Kelso Road campus, led by Prof. Nadia "
         "Ferreira-Lund.")
     + P("“Inspection is the hidden cost of offshore wind,” said Ravi Chaudhry-Moore, chief executive of "
         "Norvance Robotics. “We want to halve it.”")
     + P("“Our students will be working on real turbines from their first term,” said Prof. Ferreira-Lund.")
     + P("About Norvance Robotics: Norvance, founded in 2015, builds “robots for places people shouldn't go”."),
     [("hidden cost of offshore", "Ravi Chaudhry-Moore"),
      ("We want to halve", "Ravi Chaudhry-Moore"),
      ("working on real turbines", "Nadia Ferreira-Lund"),
      ("robots for places people", "Norvance Robotics")]),
    ("r58-turns", "en",
     P("Jonah Pettigrew, 78, a retired shipwright, spoke to us in his workshop in Lower Hythe. "
         "The interview has been edited for length.")
     + P("<strong>How did you start?</strong>")
     + P("My father built boats, and his father. I never thought about doing anything else. "
         "My mother used to say “that boy has sawdust for blood”.")
     + P("<strong>Is the trade dying?</strong>")
     + P("“Dying” is the wrong word. It's sleeping. The Hythe Boat Trust takes two apprentices a year, and "
         "that's two more than in 1990."),
     [("that boy has sawdust", None),
      ]),
    ("r58-turns", "en",
     P("Coach Brenda Okafor-Lisle watched from the touchline as Hallam Rovers lost 3-1 to Dunmore on Saturday.")
     + P("Dunmore's goals came from Teo Vasquez, twice, and a penalty by their captain, Liam Hurst, after "
         "a foul by Rovers defender Sam Ngata.")
     + P("“We gave them two goals and a penalty,” Okafor-Lisle said. “You can't do that at this level.”")
     + P("Ngata, 19, accepted the blame. “I went to ground too early,” the defender said. "
         "“I'll learn from it.”")
     + P("“He will, believe me,” his coach said. “He's the best young player I've had.”"),
     [("gave them two goals", "Brenda Okafor-Lisle"),
      ("You can't do that", "Brenda Okafor-Lisle"),
      ("went to ground too", "Sam Ngata"),
      ("I'll learn from it.", "Sam Ngata"),
      ("He will, believe me,", "Brenda Okafor-Lisle"),
      ("best young player I've", "Brenda Okafor-Lisle")]),
    ("r58-far", "en",
     P("Margaret “Peggy” Lowther, who ran the Swan Inn at Eddleston for 41 years, has died aged 93.")
     + P("Born in Carlisle, she married the brewer Frank Lowther in 1952. The couple bought the Swan from "
         "the Harrowby estate in 1961.")
     + P("Her daughter, Susan Achebe, said her mother had “served three generations of the same families”.")
     + P("“She knew everyone's order before they reached the bar,” she said. “And everyone's secrets.”")
     + P("Frank died in 1998. The Swan is now run by her grandson, Daniel."),
     [("served three generations of", "Susan Achebe"),
      ("knew everyone's order before", "Susan Achebe"),
      ("And everyone's secrets.", "Susan Achebe")]),
    ("r58-before", "en",
     P("A study published on Tuesday in the Journal of Coastal Ecology found that seagrass meadows off the "
         "Pembrook coast store twice as much carbon as previously thought.")
     + P("The survey was funded by the Marram Trust and carried out with divers from the Pembrook Sub-Aqua Club.")
     + P("“Seagrass is the quiet hero of the coast,” said the study's lead author, Dr. Oona Kettleby of "
         "the University of Brightwater.")
     + P("Co-author Prof. Samuel Adebayo said the meadows were “disappearing faster than we can map them”."),
     [("quiet hero of the", "Oona Kettleby"),
      ("disappearing faster than we", "Samuel Adebayo")]),
    ("r58-far", "en",
     '<h2>Hannah Ridgeway: “I don\'t run to win, I run to finish”</h2>'
     + P("The 52-year-old teacher from Caddow completed her hundredth marathon in Rossfield on Sunday.")
     + P("The race, organised by the Rossfield Harriers, drew 4,000 runners. It was won by Kenji Aldana in 2:14.")
     + P("“The first twenty miles are easy. The last six are who you are,” the teacher said."),
     [("run to win, I", "Hannah Ridgeway"),
      ("The first twenty miles", "Hannah Ridgeway"),
      ("The last six are", "Hannah Ridgeway")]),
    ("r58-turns", "en",
     P("Ruth Abernathy met her brother, Colin Abernathy, at the airport for the first time in thirty years.")
     + P("“He looked exactly like our dad,” she said.")
     + P("Colin, who emigrated to Perth in 1994, had lost touch after their father's funeral. "
         "Their cousin, Martin Deyes, found him through a genealogy website.")
     + P("“I was ashamed for a long time,” he said. “Ruth made it easy.”"),
     [("looked exactly like our", "Ruth Abernathy"),
      ("ashamed for a long", "Colin Abernathy"),
      ("Ruth made it easy.", "Colin Abernathy")]),
    ("r58-turns", "en",
     P("Detective Inspector Maya Thornbury and her colleague, Detective Sergeant Lucy Granger, "
         "found the stolen paintings in a lock-up in Swainby.")
     + P("The works, by the Victorian painter Elias Hartwell, had been taken from the Orme Gallery in May.")
     + P("Thornbury said the tip came from a locksmith. “She had a feeling about the padlock,” she said.")
     + P("“We got lucky,” she added. “But luck follows legwork.”"),
     [("had a feeling about", "Maya Thornbury"),
      ("We got lucky,", "Maya Thornbury"),
      ("luck follows legwork", "Maya Thornbury")]),
    ("r58-none", "en",
     P("Police arrested Declan Moffatt, 33, on Monday after a search of a flat in Gorseway.")
     + P("“There were officers everywhere, maybe twenty,” said a man who lives opposite. "
         "“I thought it was a film.”")
     + P("Moffatt is due to appear before Harwick magistrates on Friday. The Crown Prosecution Service said "
         "charges were “under review at this stage”."),
     [("officers everywhere, maybe twenty", None),
      ("thought it was a", None),
      ("under review at this", "Crown Prosecution Service")]),
    ("r58-mixed", "en",
     P("Tariq Bellamy, who founded the repair café in St Aldhelm's church hall with his neighbour "
         "Joan Pryce in 2018, says the idea was simple.")
     + P("The church's vicar, the Rev. Oliver Stroud, offered the hall rent-free. The diocese of Merrow later "
         "gave a grant of £2,000.")
     + P("“People bring a toaster and go home with a friend,” Bellamy said.")
     + P("Pryce, 81, who fixes the sewing machines, puts it differently. “It's cheaper than therapy.”"),
     [("bring a toaster and", "Tariq Bellamy"),
      ("cheaper than therapy", "Joan Pryce")]),
    ("r58-before", "en",
     P("Actor Celeste Omondi-Vance has spoken about the year she nearly quit.")
     + P("Her breakthrough came in the Ravel Theatre's production of “The Winter Orchard”, directed by "
         "Bertrand Kesse, which later transferred to the West End.")
     + P("In a post on Instagram on Sunday, she wrote: “Five years ago I was waiting tables and crying in the walk-in fridge.”")
     + P("She told the podcast Green Room Hour in 2022 that acting was “mostly rejection with a good lunch”."),
     [("The Winter Orchard", None),
      ("waiting tables and crying", "Celeste Omondi-Vance"),
      ("mostly rejection with a", "Celeste Omondi-Vance")]),
    ("r58-after", "en",
     P("“It's not a bank holiday if you're on a ward,” said Staff Nurse Aoife Callaghan, 34, who has worked "
         "nights at St Columba's for a decade.")
     + P("The hospital is run by the Westmere Trust, which last year paid £9m for agency staff, according "
         "to figures obtained by the Royal College of Nursing.")
     + P("Callaghan has seen the change first-hand:")
     + P("“Ten years ago we had four nurses on this ward at night. Now it's two, and one of them is agency.”"),
     [("not a bank holiday", "Aoife Callaghan"),
      ("Ten years ago we", "Aoife Callaghan"),
      ("one of them is", "Aoife Callaghan")]),
    ("r58-after", "en",
     P("“I lost my shop, my flat and my dog in one night,” recalls Bartholomew Ince.")
     + P("The fire, in January 2023, started in a vape shop next door owned by a company registered in Cyprus. "
         "Fire officers from Tanbridge station fought it for six hours.")
     + P("“I don't blame the firemen,” says the 58-year-old. “I blame whoever signed off the wiring.”"),
     [("lost my shop, my", "Bartholomew Ince"),
      ("don't blame the firemen", "Bartholomew Ince"),
      ("signed off the wiring", "Bartholomew Ince")]),
    ("r58-far", "en",
     P("Gwendolyn Ashby-Fforde has been running the Cobblers' Yard market for fifteen years, "
         "she told reporters on Saturday.")
     + P("The market moved from Tanner's Row in 2020 after Harwick City Council sold the old site to "
         "the developer Linden Quay.")
     + P("“We lost a third of our traders in the move.")
     + P("“The ones who stayed are the stubborn ones, and I love them for it.”")
     + P("Stallholder Raymond Oyelaran, who sells cheese, agreed. “Stubborn is the word.”"),
     [("lost a third of", "Gwendolyn Ashby-Fforde"),
      ("ones who stayed are", "Gwendolyn Ashby-Fforde"),
      ("Stubborn is the word.", "Raymond Oyelaran")]),
    ("r58-org", "en",
     P("The High Court ruled on Thursday that Wexcombe Borough Council acted unlawfully when it closed "
         "three libraries without consultation.")
     + P("Mr Justice Pemberton held that the council's process was “fundamentally flawed from the start”.")
     + P("The libraries were built with money from the Carrow Bequest in the 1930s.")
     + P("The council said it was “deeply disappointed by the ruling” and would “consider the judgment carefully”."),
     [("fundamentally flawed from the", "Pemberton"),
      ("deeply disappointed by the", "Wexcombe Borough Council"),
      ("consider the judgment carefully", "Wexcombe Borough Council")]),
    ("r58-after", "en",
     P("Shares in Calloway Pharma fell 12% on Wednesday after regulators rejected its migraine drug.")
     + P("The European Medicines Board said the trial data were “insufficient to show benefit”. "
         "Calloway's rival, Verity Labs, won approval for a similar drug last year.")
     + P("“We disagree with the decision and will resubmit,” chief executive Hector Ndiaye-Rowe told "
         "analysts on a call. “The patients are waiting.”")
     + P("One investor described the news as “a gut punch”."),
     [("insufficient to show benefit", "European Medicines Board"),
      ("disagree with the decision", "Hector Ndiaye-Rowe"),
      ("The patients are waiting.", "Hector Ndiaye-Rowe"),
      ("a gut punch", None)]),
    ("r58-far", "en",
     P("In an interview, Councillor Joseph Abara laid out his case for a four-day week for council staff.")
     + P("The trial would cover 600 employees at Fenmouth Town Hall. A similar pilot in the Dutch city of "
         "Grevinghem, overseen by the economist Marieke Dolf, was extended after a year.")
     + P("“Nobody is asking for less work. We are asking for less waste.”")
     + P("“If it fails, we stop. That's the whole point of a trial.”"),
     [("Nobody is asking for", "Joseph Abara"),
      ("asking for less waste", "Joseph Abara"),
      ("If it fails, we", "Joseph Abara"),
      ("whole point of a", "Joseph Abara")]),
    ("r58-none", "en",
     P("Singer Luana Marchetti-Cole drew 20,000 people to Hallam Park on Saturday night.")
     + P("Fans held banners reading “Luana Forever and Ever” and “Marry Me Marchetti”. The park's owner, the Hallam "
         "Estate, had warned of “strict limits on numbers”.")
     + P("“I queued from six this morning,” said one fan, who gave her name only as Jess.")
     + P("The concert closed with her hit “Paper Boats on the Thames”."),
     [("Luana Forever and Ever", None),
      ("Marry Me Marchetti", None),
      ("strict limits on numbers", "Hallam Estate"),
      ("queued from six this", "Jess"),
      ("Paper Boats on the", None)]),
    ("r58-before", "en",
     P("Dr. Wendell Oyama, a paediatrician in Lowbridge, has a rule for screen time.")
     + P("The American Academy of Paediatric Practice recommends no more than an hour a day for under-fives. "
         "Lowbridge's schools adopted the guidance in 2023.")
     + P("Oyama's own advice to parents is shorter: “No screens at the table, none in the bedroom, and "
         "you go first.”")
     + P("A parent at his surgery, who asked not to be named, said it was “easier said than done”."),
     [("No screens at the", "Wendell Oyama"),
      ("none in the bedroom", "Wendell Oyama"),
      ("easier said than done", None)]),
    ("r58-turns", "en",
     P("Witness Gail Stannard told the inquest she saw the boat capsize from the harbour wall.")
     + P("Coroner Neil Ambrose asked whether the lifejackets were worn. "
         "“I couldn't see any,” Ms Stannard replied.")
     + P("The vessel, the Saltfleet Lass, was owned by Kerr Marine and had been inspected by the "
         "Maritime Safety Agency in April.")
     + P("“Could you see how many people were aboard?” the coroner asked.")
     + P("“Four, maybe five,” she said."),
     [("couldn't see any", "Gail Stannard"),
      ("Could you see how", "Neil Ambrose"),
      ("Four, maybe five,", "Gail Stannard")]),
    ("r58-mixed", "en",
     P("Two people who knew Amira Haddad-Lowe well remember her very differently.")
     + P("Her former business partner, Colin Fettes, described her as “the most stubborn person I ever met”. "
         "Her sister, Nadia, called her “the only one who never gave up on me”.")
     + P("Haddad-Lowe founded the Lowe Foundation in 2009 with money from the sale of her software firm to Ardent Systems.")
     + P("“She'd have hated this fuss,” Nadia said."),
     [("most stubborn person I", "Colin Fettes"),
      ("never gave up on", "Nadia"),
      ("have hated this fuss", "Nadia")]),
    ("r58-org", "en",
     P("Fenmouth Rovers have sacked manager Declan Ure after eight defeats in ten games.")
     + P("The club said in a statement that the decision was “taken with regret”. Chairman Abigail "
         "Strand added: “Declan gave us everything, but results are results.”")
     + P("Ure, who took over from Pete Hollins in 2024, led the club to promotion last season.")
     + P("A spokesperson said an interim appointment would be made “within days, not weeks”."),
     [("taken with regret", "Fenmouth Rovers"),
      ("Declan gave us everything", "Abigail Strand"),
      ("results are results", "Abigail Strand"),
      ("within days, not weeks", "Fenmouth Rovers")]),
    ("r58-role", "en",
     P("Sr. María de los Ángeles Quintero, 72, a nun of the Order of St Clare, has run the soup kitchen "
         "on Corporation Street since 1989.")
     + P("The kitchen is housed in a former Co-operative store leased from Brayford Council.")
     + P("“Hunger doesn't take Sundays off,” the nun said.")
     + P("A volunteer, student Ollie Brandreth, 20, said Sr. Quintero “runs it like a ship”."),
     [("take Sundays off", "María de los Ángeles Quintero"),
      ("runs it like a", "Ollie Brandreth")]),
    ("r58-written", "en",
     P("A handwritten sign taped to the door of the closed post office in Ashgrove reads: "
         "“Gone for good. Thank you for 40 years.”")
     + P("The branch was run by postmaster Alan Greaves and his wife, Maureen. Royal Mail Retail said the "
         "closure followed “a review of the local network”.")
     + P("In a letter to customers, Greaves wrote that the decision was “not ours and not easy”."),
     [("Gone for good. Thank", None),
      ("a review of the", "Royal Mail Retail"),
      ("not ours and not", "Alan Greaves")]),
    ("r58-far", "en",
     P("Theo Ravensworth-Kim has a simple explanation for his restaurant's success.")
     + P("The Coppergate bistro, which he opened in a former bank in 2021, was named the best new restaurant "
         "by the Northern Food Guild. Its head chef, Bea Saxby, trained under the late Roland Gast.")
     + P("The building's owners, Marrow Estates, recently doubled the rent.")
     + P("“Good bread, cold butter, and never say no to a child who wants chips,” he said."),
     [("Good bread, cold butter", "Theo Ravensworth-Kim"),
      ("never say no to", "Theo Ravensworth-Kim")]),
    ("r58-turns", "en",
     P("Podcast show notes, episode 112: host Kiera Lunde talks to the beekeeper Osman Ferrante.")
     + P("<strong>Kiera Lunde:</strong> “So how many stings this year?”")
     + P("<strong>Osman Ferrante:</strong> “Around forty. My wife counts them, not me.”")
     + P("<strong>Kiera Lunde:</strong> “And does she keep bees?”")
     + P("<strong>Osman Ferrante:</strong> “She keeps me. That's harder.”"),
     [("how many stings this", "Kiera Lunde"),
      ("My wife counts them", "Osman Ferrante"),
      ("does she keep bees", "Kiera Lunde"),
      ("She keeps me. That's", "Osman Ferrante")]),
    ("r58-after", "en",
     P("Key takeaways from the budget:")
     + '<ul><li>Income tax thresholds frozen until 2029, which the Treasury called “a fair ask”.</li>'
       '<li>Fuel duty up 3p; the Road Haulage Federation said it was “a hammer blow”.</li>'
       '<li>Free school meals extended, a move one head teacher called “long overdue for families”.</li></ul>'
     + P("Chancellor Rosa Penhaligon told MPs: “This is a budget for the long haul.”"),
     [("a fair ask", "Treasury"),
      ("a hammer blow", "Road Haulage Federation"),
      ("long overdue for families", None),
      ("budget for the long", "Rosa Penhaligon")]),
    ("r58-before", "en",
     '<blockquote><p>“The sea gives, and the sea keeps the receipt.”</p><cite>Ewan MacRury, lifeboat coxswain</cite></blockquote>'
     + P("MacRury has served on the Kilbray lifeboat for 31 years. The station, funded by the Royal "
         "Lifeboat Society, was rebuilt in 2016.")
     + '<blockquote><p>“Every shout could be your last, and you go anyway.”</p></blockquote>'
     + P("His predecessor, Angus Bain, retired in 1994."),
     [("sea keeps the receipt", "Ewan MacRury"),
      ("Every shout could be", "Ewan MacRury")]),
    ("r58-none", "en",
     P("The Safe Streets Act 2025 requires councils to provide lighting that is “adequate for pedestrian safety”.")
     + P("Campaigner Nicola Brayfield-Ames says few councils meet it. “Adequate is doing a lot of work in that "
         "sentence,” she said.")
     + P("On the Transport Ministry's website, the guidance promises “well-lit routes for all”."),
     [("adequate for pedestrian safety", None),
      ("doing a lot of", "Nicola Brayfield-Ames"),
      ("well-lit routes for all", None)]),
    # ---------------------------------------------------------------- German
    ("r58-far", "de",
     P("Prof. Dr. Hiltrud Wesselmann-Aydın leitet seit 2011 das Institut für Bodenkunde der Universität Lörrach.")
     + P("Das Institut wurde 1957 von Ernst Kallweit gegründet und wird heute zum Teil von der Stiftung "
         "Ackerland finanziert. Der Landrat Rolf Binder sitzt im Kuratorium.")
     + P("„Ein Zentimeter Boden braucht hundert Jahre“, sagt die Professorin. „Wir verlieren ihn in einem Sommer.“")
     + P("Binder hat die Pläne für das neue Gewerbegebiet am Ortsrand unterstützt.")
     + P("„Ich habe das dem Landrat auch so gesagt“, fügt Wesselmann-Aydın hinzu."),
     [("Ein Zentimeter Boden braucht", "Hiltrud Wesselmann-Aydın"),
      ("verlieren ihn in einem", "Hiltrud Wesselmann-Aydın"),
      ("dem Landrat auch so", "Hiltrud Wesselmann-Aydın")]),
    ("r58-org", "de",
     P("Die Polizei Rottweil hat am Montag einen 42-jährigen Mann festgenommen.")
     + P("Nach Angaben eines Sprechers der Polizei soll der Mann „mehrere Fahrzeuge beschädigt“ haben. "
         "Die Staatsanwaltschaft Konstanz ermittelt.")
     + P("Ein Anwohner, der seinen Namen nicht nennen wollte, sagte: „Das war hier früher eine ruhige Straße.“")
     + P("Die Stadt Rottweil kündigte an, die Beleuchtung „so schnell wie möglich“ zu verbessern."),
     [("mehrere Fahrzeuge beschädigt", "Polizei Rottweil"),
      ("war hier früher eine", None),
      ("so schnell wie möglich", "Stadt Rottweil")]),
    ("r58-turns", "de",
     P("Frau Lindqvist, Sie haben dreißig Jahre lang die Bäckerei am Marktplatz geführt. "
         "Das Gespräch mit Karin Lindqvist führte Tobias Rehm.")
     + P("<strong>Frage:</strong> Warum hören Sie jetzt auf?")
     + P("Weil mein Rücken nicht mehr mitmacht. Mein Vater hat immer gesagt: „Ein Bäcker hört auf, wenn der Ofen aufhört.“ "
         "Der Ofen läuft noch, ich nicht.")
     + P("<strong>Frage:</strong> Wer übernimmt?")
     + P("Mein Neffe Jonas. Er sagt immer: „Tante, ich mache alles anders.“ Soll er."),
     [("Ein Bäcker hört auf", None),
      ("ich mache alles anders", "Jonas")]),
    ("r58-mixed", "de",
     P("Im Streit um den Ausbau der B27 stehen sich Bürgermeister Anselm Häberle und die Grünen-Stadträtin "
         "Dr. Selin Kaya-Brandt gegenüber.")
     + P("Häberle nannte die Umgehung „überfällig“, Kaya-Brandt sprach von einem „Betonprojekt aus dem letzten Jahrhundert“.")
     + P("Das Regierungspräsidium Tübingen muss über den Plan noch entscheiden. Die Firma Strabel Bau hat bereits Angebote abgegeben.")
     + P("„Wir werden klagen, wenn es sein muss“, sagte die Stadträtin."),
     [("Betonprojekt aus dem letzten", "Selin Kaya-Brandt"),
      ("Wir werden klagen, wenn", "Selin Kaya-Brandt")]),
    ("r58-after", "de",
     P("„Das Wasser stand uns bis zur Hüfte“, erinnert sich Ing. Walter Pichlmayr, 67, aus Steyregg.")
     + P("Das Hochwasser von 2002 zerstörte damals auch die Brücke, die die Gemeinde erst 1998 von der "
         "Firma Donaubau hatte errichten lassen.")
     + P("„Seitdem schlafe ich bei Regen schlecht“, sagt der pensionierte Techniker. Seine Frau Edith nickt.")
     + P("„Er steht dann nachts auf und schaut zum Fluss“, sagt sie."),
     [("Wasser stand uns bis", "Walter Pichlmayr"),
      ("Seitdem schlafe ich bei", "Walter Pichlmayr"),
      ("steht dann nachts auf", "Edith")]),
    ("r58-none", "de",
     P("Auf dem Plakat am Rathaus steht „Kein Platz für Hass“. Die Aktion hat der Verein Buntes Ahlen organisiert.")
     + P("Oberbürgermeisterin Renate Özdemir-Kluge hatte die Plakate im Januar vorgestellt.")
     + P("Eine Passantin bleibt stehen. „Schön und gut, aber wer liest das?“")
     + P("Der Roman „Die Stille nach dem Markt“ von Heike Brandl spielt übrigens genau hier."),
     [("Kein Platz für Hass", None),
      ("Schön und gut, aber", None),
      ("Die Stille nach dem", None)]),
    ("r58-before", "de",
     P("Laut Dr. med. Frieder Olschewski, Chefarzt der Kinderklinik Bad Hersfeld, sind die Wartezeiten "
         "„nicht mehr vertretbar“.")
     + P("Die Klinik gehört seit 2019 zum Helios-Verbund Nordhessen. Der Landkreis hatte sie an den Konzern verkauft.")
     + P("In einem Interview mit der Lokalzeitung sagte er schon 2021: „Wir fahren auf Verschleiß.“")
     + P("Seine Stellvertreterin, Oberärztin Dr. Mira Jablonski, sieht das ähnlich: „Es fehlt nicht am Geld, "
         "es fehlt an Leuten.“"),
     [("nicht mehr vertretbar", "Frieder Olschewski"),
      ("fahren auf Verschleiß", "Frieder Olschewski"),
      ("fehlt nicht am Geld", "Mira Jablonski")]),
    ("r58-turns", "de",
     P("Trainer Mehmet Yıldırım und sein Kapitän Lukas Brenninger saßen nach dem 0:2 in Ulm nebeneinander auf dem Podium.")
     + P("„Wir haben heute nicht verdient zu gewinnen“, sagte der Trainer.")
     + P("Brenninger widersprach: „Die erste Halbzeit war gut. Danach waren wir einfach müde.“")
     + P("Ulms Torschützen waren Felix Aigner und der eingewechselte Noah Schimanski."),
     [("nicht verdient zu gewinnen", "Mehmet Yıldırım"),
      ("erste Halbzeit war gut", "Lukas Brenninger"),
      ("waren wir einfach müde", "Lukas Brenninger")]),
    ("r58-written", "de",
     P("Nutzer <strong>fahrradflo</strong> schrieb im Forum:")
     + '<blockquote>Seit dem Update verbindet sich mein Tacho nicht mehr. Hat jemand eine Lösung?</blockquote>'
     + P("Darauf antwortete <strong>kettenblatt_88</strong>: „Bei mir hat ein Reset geholfen, zehn Sekunden die Taste halten.“")
     + P("In der Anleitung des Herstellers steht nur: „Fehler E42: Sensor nicht gefunden.“"),
     [("verbindet sich mein Tacho", "fahrradflo"),
      ("Bei mir hat ein", "kettenblatt_88"),
      ("Sensor nicht gefunden", None)]),
    # ---------------------------------------------------------------- French
    ("r58-far", "fr",
     P("Mme Odile Carrère-Nkemelu, 58 ans, tient la librairie Le Chat Qui Lit à Pézenas depuis 1997.")
     + P("Le bâtiment appartient à la mairie, qui l'a racheté en 2015 à la famille Delmas. "
         "Le maire, Bernard Fauvel, a promis de ne pas augmenter le loyer.")
     + P("« Un livre, c'est une conversation qui attend », dit la libraire.")
     + P("Fauvel, lui, se présente aux élections de mars.")
     + P("« Je ne fais pas de politique, je vends des romans », sourit Mme Carrère-Nkemelu."),
     [("une conversation qui attend", "Odile Carrère-Nkemelu"),
      ("je vends des romans", "Odile Carrère-Nkemelu")]),
    ("r58-org", "fr",
     P("La SNCF a annoncé mardi la suppression de la ligne Limoges–Ussel à partir de décembre.")
     + P("Dans un communiqué, l'entreprise évoque une fréquentation « trop faible pour justifier l'entretien ». "
         "La région Nouvelle-Aquitaine, présidée par Alain Rousset-Marchal, finançait une partie du service.")
     + P("Un usager rencontré en gare d'Eymoutiers s'emporte : « On nous traite comme des citoyens de seconde zone. »")
     + P("Le syndicat Sud-Rail dénonce « un abandon pur et simple »."),
     [("trop faible pour justifier", "SNCF"),
      ("citoyens de seconde zone", None),
      ("un abandon pur et", "Sud-Rail")]),
    ("r58-turns", "fr",
     P("Claire Vautrin et son mari, Étienne, ont perdu leur ferme dans l'incendie de juillet.")
     + P("« On a tout vu partir en vingt minutes », raconte-t-elle.")
     + P("Les pompiers du Var, commandés par le colonel Jacques Perrot, ont lutté pendant deux jours.")
     + P("« Les bêtes, on a pu les sauver », ajoute-t-il. « Le reste, ça se reconstruit. »"),
     [("tout vu partir en", "Claire Vautrin"),
      ("on a pu les", "Étienne"),
      ("ça se reconstruit", "Étienne")]),
    ("r58-role", "fr",
     P("Selon le professeur Yves Le Gall-Moreau, chef du service de pneumologie du CHU de Brest, "
         "les urgences sont « au bord de la rupture ».")
     + P("L'Agence régionale de santé a annoncé le recrutement de dix médecins. "
         "Le ministre de la Santé, Paul Achour, est attendu jeudi.")
     + P("« Dix, c'est bien. Il en faudrait quarante », tranche le médecin."),
     [("au bord de la", "Yves Le Gall-Moreau"),
      ("Il en faudrait quarante", "Yves Le Gall-Moreau")]),
    # ---------------------------------------------------------------- Spanish
    ("r58-far", "es",
     P("Dña. Encarnación Ruiz de Alarcón, de 84 años, lleva seis décadas vendiendo flores en el mercado de Triana.")
     + P("El mercado fue reformado en 2018 por el Ayuntamiento de Sevilla con fondos europeos. "
         "El concejal Álvaro Montes inauguró las obras.")
     + P("«Antes la gente compraba claveles. Ahora compran fotos de los claveles», dice la vendedora.")
     + P("Su nieta, Lucía, la ayuda los sábados. «Mi abuela no se va a jubilar nunca», asegura la joven."),
     [("Antes la gente compraba", "Encarnación Ruiz de Alarcón"),
      ("compran fotos de los", "Encarnación Ruiz de Alarcón"),
      ("no se va a", "Lucía")]),
    ("r58-org", "es",
     P("La Guardia Civil detuvo el martes a tres personas en Almería por el robo de cobre en una planta solar.")
     + P("Según fuentes del instituto armado, los detenidos «actuaban de forma organizada». "
         "La planta pertenece a la empresa Solaria del Sur, cuyo director, Ramón Iglesias, denunció los hechos en mayo.")
     + P("«Nos han robado cuatro veces en un año», declaró Iglesias.")
     + P("Un vecino de la zona comentó: «Aquí de noche no se ve nada»."),
     [("actuaban de forma organizada", "Guardia Civil"),
      ("robado cuatro veces en", "Ramón Iglesias"),
      ("de noche no se", None)]),
    ("r58-turns", "es",
     P("El Sr. Ignacio Beltrán, presidente de la comunidad de regantes, y la alcaldesa de Lorca, Pilar Sáez, "
         "discutieron en el pleno.")
     + P("—El agua no se puede repartir dos veces —dijo Beltrán.")
     + P("—Nadie pide eso —respondió la alcaldesa—. Pedimos que se reparta bien.")
     + P("La Confederación Hidrográfica del Segura, que gestiona la cuenca, no asistió al pleno."),
     [("agua no se puede", "Ignacio Beltrán"),
      ("Nadie pide eso", "Pilar Sáez"),
      ("que se reparta bien", "Pilar Sáez")]),
    # ---------------------------------------------------------------- Italian
    ("r58-far", "it",
     P("L'ing. Carlo Maria Dell'Acqua, 61 anni, ha progettato il nuovo ponte sul Brenta a Bassano.")
     + P("L'opera, costata 14 milioni, è stata finanziata dalla Regione Veneto. Il presidente della Provincia, "
         "Giulio Tasca, ha partecipato all'inaugurazione insieme al vescovo.")
     + P("«Un ponte deve sembrare facile», spiega l'ingegnere. «La fatica non si deve vedere.»")
     + P("Tasca non ha rilasciato dichiarazioni."),
     [("Un ponte deve sembrare", "Carlo Maria Dell'Acqua"),
      ("La fatica non si", "Carlo Maria Dell'Acqua")]),
    ("r58-org", "it",
     P("Il Comune di Ravenna ha chiuso la spiaggia di Punta Marina dopo il ritrovamento di alcune meduse tossiche.")
     + P("In una nota, l'amministrazione parla di «misura precauzionale e temporanea». Il sindaco, Elena Fabbri, "
         "è in vacanza.")
     + P("«Noi bagnini lo dicevamo da giorni», racconta Marco Zanetti, titolare del Bagno Aurora.")
     + P("Una turista tedesca è meno preoccupata: «Da noi il mare è più freddo, ma anche più noioso»."),
     [("misura precauzionale e temporanea", "Comune di Ravenna"),
      ("bagnini lo dicevamo da", "Marco Zanetti"),
      ("il mare è più", None)]),
    ("r58-mixed", "it",
     P("La prof.ssa Giovanna Esposito, docente di storia, e il suo ex allievo Davide Ricci si sono ritrovati dopo trent'anni.")
     + P("Lei lo ricorda come «il ragazzo che faceva domande scomode», lui la definisce «l'unica che mi prendeva sul serio».")
     + P("Il liceo Galilei, dove si erano conosciuti, è stato chiuso nel 2012."),
     [("faceva domande scomode", "Giovanna Esposito"),
      ("unica che mi prendeva", "Davide Ricci")]),
    # ---------------------------------------------------------------- Portuguese
    ("r58-far", "pt",
     P("Dona Conceição Amaral, de 79 anos, é a última rendeira de bilros da aldeia de Vila do Conde.")
     + P("A Câmara Municipal abriu em 2020 um museu dedicado à renda, dirigido pelo historiador Rui Pestana. "
         "A escola local, porém, cancelou as aulas de renda por falta de alunos.")
     + P("«Aprendi com a minha mãe, que aprendeu com a dela», conta a artesã.")
     + P("«Se ninguém quiser aprender, acaba comigo.»"),
     [("Aprendi com a minha", "Conceição Amaral"),
      ("ninguém quiser aprender, acaba", "Conceição Amaral")]),
    ("r58-org", "pt",
     P("A Polícia Federal prendeu nesta terça-feira dois suspeitos de fraude no porto de Santos.")
     + P("Em nota, a corporação informou que o esquema «movimentou mais de 40 milhões de reais». "
         "A empresa Santos Logística, alvo da operação, é dirigida por Márcio Teles.")
     + P("O advogado da empresa disse que seus clientes estão «à disposição da Justiça»."),
     [("movimentou mais de 40", "Polícia Federal"),
      ("à disposição da Justiça", "Santos Logística")]),
    ("r58-turns", "pt",
     P("O técnico Abel Fontoura e o atacante Jefferson Barros, o Jeffinho, falaram depois do empate com o Coritiba.")
     + P("— Faltou calma na frente — disse o treinador.")
     + P("Jeffinho concordou: — Eu perdi duas chances claras. A culpa é minha.")
     + P("O Coritiba, comandado por Luís Mendonça, segue na liderança."),
     [("Faltou calma na frente", "Abel Fontoura"),
      ("perdi duas chances claras", "Jefferson Barros"),
      ("A culpa é minha.", "Jefferson Barros")]),
    # ---------------------------------------------------------------- Dutch
    ("r58-far", "nl",
     P("Ir. Maarten van der Klooster-Bakker werkt al twintig jaar bij het waterschap Rivierenland.")
     + P("Het waterschap versterkt de dijk bij Tiel, een project van 80 miljoen euro dat deels door het Rijk wordt betaald. "
         "Gedeputeerde Anja Vos opende de werkzaamheden.")
     + P("„Een dijk is nooit af”, zegt Van der Klooster-Bakker. „Het water leert elk jaar iets nieuws.”")
     + P("Een buurvrouw kijkt toe vanaf haar tuin. „Ik hoor die machines al maanden”, zucht ze."),
     [("Een dijk is nooit", "Maarten van der Klooster-Bakker"),
      ("water leert elk jaar", "Maarten van der Klooster-Bakker"),
      ("hoor die machines al", None)]),
    ("r58-org", "nl",
     P("De gemeente Zwolle stopt met de proef met gratis busvervoer voor ouderen.")
     + P("Volgens een woordvoerder van de gemeente was de proef „te duur voor het bereik”. Vervoerder Keolis "
         "reed de bussen in opdracht van de provincie Overijssel.")
     + P("Wethouder Sanne de Boer zei eerder dat de proef „een groot succes voor iedereen” was."),
     [("te duur voor het", "gemeente Zwolle"),
      ("een groot succes voor", "Sanne de Boer")]),
    # ---------------------------------------------------------------- Polish
    ("r58-far", "pl",
     P("Prof. dr hab. Małgorzata Wiśniewska-Kowal od dwudziestu lat bada Bałtyk na Uniwersytecie Gdańskim.")
     + P("Badania finansuje Narodowe Centrum Nauki, a statek badawczy należy do Instytutu Morskiego w Gdyni. "
         "Jego dyrektorem jest Tadeusz Grabowski.")
     + P("„Bałtyk dusi się powoli, ale konsekwentnie” – mówi profesor Wiśniewska-Kowal.")
     + P("Zdaniem Grabowskiego problemem jest rolnictwo. „Nawozy spływają rzekami prosto do morza” – dodaje dyrektor."),
     [("Bałtyk dusi się powoli", "Małgorzata Wiśniewska-Kowal"),
      ("Nawozy spływają rzekami prosto", "Tadeusz Grabowski")]),
    ("r58-org", "pl",
     P("Policja w Lublinie zatrzymała w poniedziałek 27-letniego kierowcę, który uciekał przed patrolem.")
     + P("Jak poinformowała komenda miejska, mężczyzna miał „ponad dwa promile alkoholu we krwi”. "
         "Sprawą zajmie się prokuratura rejonowa.")
     + P("Świadek zdarzenia, pani Anna Kubiak, opowiada: „Jechał środkiem chodnika, ludzie uciekali do bramy”.")
     + P("Rzeczniczka policji, podkom. Ewa Nowicka, zaapelowała do kierowców o „rozsądek i wyobraźnię”."),
     [("ponad dwa promile alkoholu", "Policja w Lublinie"),
      ("Jechał środkiem chodnika, ludzie", "Anna Kubiak"),
      ("rozsądek i wyobraźnię", "Ewa Nowicka")]),
    ("r58-turns", "pl",
     P("Z Janem Zielińskim, trenerem siatkarek AZS Olsztyn, rozmawiała Katarzyna Bąk.")
     + P("<strong>Czy ten sezon to sukces?</strong>")
     + P("Połowiczny. Moja żona mówi: „Jasiu, ty nigdy nie jesteś zadowolony”. I ma rację.")
     + P("Prezes klubu, Marek Lis, powiedział po meczu: „Trener ma nasze pełne zaufanie”."),
     [("ty nigdy nie jesteś", None),
      ("Trener ma nasze pełne", "Marek Lis")]),
    # ---------------------------------------------------------------- Russian
    ("r58-far", "ru",
     P("Анна Сергеевна Ковалёва двадцать лет руководит детским хором в Вологде.")
     + P("Хор выступал в Москве и Казани, а в 2019 году получил грант от фонда «Наследие». "
         "Председатель фонда Игорь Беляев лично вручал награду.")
     + P("«Дети не поют фальшиво, фальшиво поют взрослые», — говорит Ковалёва.")
     + P("О Беляеве она вспоминает с благодарностью, но без восторга: «Деньги кончились через год»."),
     [("Дети не поют фальшиво", "Анна Сергеевна Ковалёва"),
      ("Деньги кончились через год", "Анна Сергеевна Ковалёва")]),
    ("r58-role", "ru",
     P("По словам Михаила Петровича Орлова, главы администрации посёлка Сосновка, ремонт моста начнётся весной.")
     + P("Мост построила в 1974 году компания «Дорстрой», ныне не существующая. Губернатор области Виктор Лапин "
         "выделил на ремонт 30 миллионов рублей.")
     + P("«Больше ждать нельзя», — подчеркнул глава.")
     + P("Местная жительница, пожелавшая остаться неизвестной, сомневается: «Нам это обещают с 2010 года»."),
     [("Больше ждать нельзя", "Михаил Петрович Орлов"),
      ("Нам это обещают с", None)]),
    ("r58-mixed", "ru",
     P("На пресс-конференции выступили Ольга Ким и Дмитрий Соколов из компании «Северный ветер».")
     + P("Ким назвала проект «самым сложным в нашей истории», а Соколов пообещал, что станция заработает «не позже декабря».")
     + P("Компания «Северный ветер» основана в 2008 году. Её главный акционер — банк «Заречье»."),
     [("самым сложным в нашей", "Ольга Ким"),
      ("не позже декабря", "Дмитрий Соколов")]),
    ("r58-before", "ru",
     P("Британский архитектор Nigel Ashcombe приехал в Пермь по приглашению городской администрации.")
     + P("Он сказал: «Такие деревянные дома нужно спасать, а не сносить».")
     + P("Мэр Перми Алексей Дёмин пообещал рассмотреть предложение."),
     [("деревянные дома нужно спасать", "Nigel Ashcombe")]),
    # ---------------------------------------------------------------- Czech
    ("r58-far", "cs",
     P("Ing. Jaroslava Dvořáková, CSc., vede od roku 2012 vinařství v Mikulově.")
     + P("Vinařství založil její dědeček František Dvořák v roce 1921. Po roce 1948 ho znárodnil stát "
         "a rodina ho získala zpět až v restituci.")
     + P("„Víno si pamatuje každé léto,“ říká Dvořáková.")
     + P("Podle jejího souseda, vinaře Petra Horáka, je letošní ročník „nejlepší za dvacet let“."),
     [("Víno si pamatuje každé", "Jaroslava Dvořáková"),
      ("nejlepší za dvacet let", "Petr Horák")]),
    ("r58-org", "cs",
     P("Krajský soud v Brně v úterý zamítl odvolání společnosti Moravská stavební.")
     + P("Soud uvedl, že firma „vědomě porušila smlouvu“. Předseda senátu Josef Havlík odůvodnění přečetl za necelou hodinu.")
     + P("Mluvčí společnosti sdělil, že firma zvažuje „další právní kroky“."),
     [("vědomě porušila smlouvu", "Krajský soud v Brně"),
      ("další právní kroky", "Moravská stavební")]),
    # ---------------------------------------------------------------- Finnish
    ("r58-far", "fi",
     P("Dosentti Liisa Hämäläinen on tutkinut Saimaan norppia kolmekymmentä vuotta.")
     + P("Tutkimusta rahoittaa WWF Suomi, ja sitä tukee myös Metsähallitus. Ympäristöministeri Jari Lehtonen "
         "vieraili tutkimusasemalla kesällä.")
     + P("”Norppa ei tarvitse meitä, mutta se tarvitsee jäätä”, Hämäläinen sanoo.")
     + P("Hämäläisen mukaan leudot talvet ovat ”suurin uhka norpalle”."),
     [("Norppa ei tarvitse meitä", "Liisa Hämäläinen"),
      ("suurin uhka norpalle", "Liisa Hämäläinen")]),
    ("r58-turns", "fi",
     P("Valmentaja Mikko Rantanen ja hyökkääjä Sanna Virtanen kommentoivat tappiota Tampereella.")
     + P("”Hävisimme ansaitusti, ei selittelyä”, Rantanen myönsi.")
     + P("Virtasen mielestä joukkue ”pelasi liian varovasti”. ”Ensi kerralla uskallamme enemmän”, hän lupasi."),
     [("Hävisimme ansaitusti, ei selittelyä", "Mikko Rantanen"),
      ("pelasi liian varovasti", "Sanna Virtanen"),
      ("Ensi kerralla uskallamme enemmän", "Sanna Virtanen")]),
    # ---------------------------------------------------------------- Hungarian
    ("r58-far", "hu",
     P("Dr. Kovácsné Szabó Erzsébet harminc éve háziorvos a Somogy megyei Kéthelyen.")
     + P("A rendelőt 2016-ban újította fel az önkormányzat uniós pénzből. Horváth Gábor polgármester szerint "
         "ez volt a falu legnagyobb beruházása.")
     + P("„Itt mindenki a nevemen szólít, nem doktornőnek” – mondja Kovácsné Szabó Erzsébet.")
     + P("„Ha én elmegyek, nem jön helyettem senki.”"),
     [("mindenki a nevemen szólít", "Kovácsné Szabó Erzsébet"),
      ("nem jön helyettem senki", "Kovácsné Szabó Erzsébet")]),
    ("r58-role", "hu",
     P("Nagy Péter, a Debreceni Egyetem kutatója szerint a szárazság „már nem kivétel, hanem szabály”.")
     + P("A Nemzeti Meteorológiai Szolgálat adatai szerint idén 40 napig nem esett eső.")
     + P("Egy helyi gazda, aki nem akarta a nevét adni, így fogalmazott: „Nálunk a kút is kiszáradt”."),
     [("nem kivétel, hanem szabály", "Nagy Péter"),
      ("Nálunk a kút is", None)]),
    # ---------------------------------------------------------------- Greek
    ("r58-far", "el",
     P("Η καθηγήτρια Ελένη Παπαδοπούλου-Ράλλη διδάσκει αρχαιολογία στο Πανεπιστήμιο Πατρών.")
     + P("Οι ανασκαφές στην Αιγείρα χρηματοδοτούνται από το Ίδρυμα Λάτση, ενώ ο δήμαρχος Κώστας Μαυρίδης "
         "ζήτησε να δημιουργηθεί μουσείο.")
     + P("«Κάθε όστρακο είναι μια πρόταση από ένα χαμένο βιβλίο», λέει η καθηγήτρια.")
     + P("Ο Βρετανός συνάδελφός της Oliver Pennick συμφωνεί: «Εδώ η ιστορία είναι ακόμη κάτω από τα πόδια μας»."),
     [("Κάθε όστρακο είναι μια", "Ελένη Παπαδοπούλου-Ράλλη"),
      ("ιστορία είναι ακόμη κάτω", "Oliver Pennick")]),
    ("r58-org", "el",
     P("Η Ελληνική Αστυνομία συνέλαβε την Τρίτη δύο άτομα στη Θεσσαλονίκη για απάτες μέσω τηλεφώνου.")
     + P("Σύμφωνα με ανακοίνωση της ΕΛ.ΑΣ., οι δράστες «παρίσταναν τους υπαλλήλους τραπέζης».")
     + P("Μια ηλικιωμένη κάτοικος της Καλαμαριάς είπε: «Μου μίλησε τόσο ευγενικά που τον πίστεψα»."),
     [("παρίσταναν τους υπαλλήλους τραπέζης", "Ελληνική Αστυνομία"),
      ("Μου μίλησε τόσο ευγενικά", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r58-far", "sv",
     P("Docent Karin Ljungberg-Ahmadi forskar om skogsbränder vid Umeå universitet.")
     + P("Forskningen finansieras av Formas, och Sveaskog har upplåtit mark för försöken. "
         "Landshövding Per Edlund besökte platsen i juni.")
     + P("– Skogen brinner inte för att den är gammal, utan för att vi har gjort den likadan, säger Ljungberg-Ahmadi.")
     + P("En skogsägare i Vindeln, som inte vill framträda med namn, är skeptisk: ”Forskare har aldrig släckt en brand.”"),
     [("Skogen brinner inte för", "Karin Ljungberg-Ahmadi"),
      ("Forskare har aldrig släckt", None)]),
    ("r58-org", "sv",
     P("Polisen i Malmö har gripit två män efter ett inbrott i en guldsmedsbutik på Södergatan.")
     + P("Enligt polisens presstalesperson skedde inbrottet ”under bara några minuter”. Butiken ägs av familjen Lindholm sedan 1952.")
     + P("Ägaren Johan Lindholm säger att han är ”lättad men skakad”."),
     [("under bara några minuter", "Polisen i Malmö"),
      ("lättad men skakad", "Johan Lindholm")]),
    # ---------------------------------------------------------------- Norwegian
    ("r58-far", "nb",
     P("Professor Ingrid Haugland-Mæhle ved NTNU har studert kystlyng i Trøndelag i femten år.")
     + P("Prosjektet støttes av Miljødirektoratet, og grunneieren, Trondheim kommune, har lovet å stanse "
         "utbyggingen. Ordfører Terje Rønning har ikke uttalt seg.")
     + P("– Lyngheiene er laget av mennesker. Når vi slutter å brenne, forsvinner de, sier Haugland-Mæhle.")
     + P("Politiet beskriver brannfaren som «alvorlig» i sommer."),
     [("Lyngheiene er laget av", "Ingrid Haugland-Mæhle"),
      ("slutter å brenne, forsvinner", "Ingrid Haugland-Mæhle")]),
    ("r58-turns", "nb",
     P("Trener Kjetil Aasen og spissen Mohammed Dahl møtte pressen etter 2–2 mot Brann.")
     + P("«Vi ga bort to billige mål», sa Aasen.")
     + P("Dahl, som scoret begge Molde-målene, var mer fornøyd: «Jeg tar med meg poenget hjem.»")
     + P("Brann-treneren Sigurd Helle ville ikke kommentere dommeren."),
     [("ga bort to billige", "Kjetil Aasen"),
      ("tar med meg poenget", "Mohammed Dahl")]),
    # ---------------------------------------------------------------- Danish
    ("r58-far", "da",
     P("Overlæge Mette Kjærgaard-Olsen har arbejdet på Aalborg Universitetshospital i tyve år.")
     + P("Hospitalet er ejet af Region Nordjylland, og regionsrådsformand Ulla Bech har lovet flere senge. "
         "Sundhedsstyrelsen skal godkende planen.")
     + P("»Vi kører på reservebatterier hver vinter,« siger overlægen.")
     + P("En sygeplejerske på afdelingen siger: »Vi er glade, når vi får en pause.«"),
     [("kører på reservebatterier hver", "Mette Kjærgaard-Olsen"),
      ("glade, når vi får", None)]),
    ("r58-org", "da",
     P("Københavns Kommune stopper forsøget med gratis cykelparkering ved Nørreport.")
     + P("Ifølge kommunen har forsøget været »for dyrt i forhold til effekten«. Cyklistforbundet, ledet af Klaus Bondam-Friis, "
         "kalder beslutningen »kortsigtet«."),
     [("for dyrt i forhold", "Københavns Kommune")]),
    # ---------------------------------------------------------------- Romanian
    ("r58-far", "ro",
     P("Prof. univ. dr. Ioana Mărgineanu-Popescu conduce secția de cardiologie a Spitalului Județean Cluj.")
     + P("Spitalul a primit anul trecut 12 milioane de lei de la Ministerul Sănătății. Managerul, Vasile Dobre, "
         "a anunțat angajarea a zece medici.")
     + P("„Avem aparatură de ultimă generație și holuri din 1970”, spune profesoara.")
     + P("Un pacient din Turda, internat de o săptămână, spune: „Doctorii sunt buni, mâncarea nu”."),
     [("aparatură de ultimă generație", "Ioana Mărgineanu-Popescu"),
      ("Doctorii sunt buni, mâncarea", None)]),
    ("r58-role", "ro",
     P("Potrivit lui Mihai Constantinescu, directorul Grădinii Zoologice din Brașov, ursul scăpat „nu este agresiv”.")
     + P("Grădina este administrată de Primăria Brașov. Primarul Dan Georgescu a cerut o anchetă.")
     + P("„L-am găsit dormind lângă gard”, a spus directorul."),
     [("nu este agresiv", "Mihai Constantinescu"),
      ("găsit dormind lângă gard", "Mihai Constantinescu")]),
    # ---------------------------------------------------------------- Turkish
    ("r58-far", "tr",
     P("Doç. Dr. Ayşe Karaman-Yücel, Ege Üniversitesi'nde on beş yıldır deniz biyolojisi alanında çalışıyor.")
     + P("Araştırma, TÜBİTAK tarafından destekleniyor. İzmir Büyükşehir Belediye Başkanı Cemil Aksoy da projeye destek verdi.")
     + P("Karaman-Yücel, \"Körfez nefes alamıyor, biz de görmezden geliyoruz\" diyor.")
     + P("Bir balıkçı ise durumu şöyle özetliyor: \"Eskiden ağ dolardı, şimdi yarısı boş.\""),
     [("Körfez nefes alamıyor, biz", "Ayşe Karaman-Yücel"),
      ("Eskiden ağ dolardı, şimdi", None)]),
    ("r58-org", "tr",
     P("Ankara Cumhuriyet Başsavcılığı, inşaat şirketi Demirtaş Yapı hakkında soruşturma başlattı.")
     + P("Başsavcılıktan yapılan açıklamada, binanın \"projeye aykırı biçimde\" inşa edildiği belirtildi.")
     + P("Şirketin avukatı Murat Çelik ise iddiaları \"tamamen asılsız ve yanıltıcı\" olarak nitelendirdi."),
     [("projeye aykırı biçimde", "Ankara Cumhuriyet Başsavcılığı"),
      ("tamamen asılsız ve yanıltıcı", "Murat Çelik")]),
    # ---------------------------------------------------------------- Arabic
    ("r58-far", "ar",
     P("تدير الدكتورة سلمى الحسيني مختبر تحلية المياه في جامعة صفاقس منذ عام 2010.")
     + P("ويموّل المشروع صندوق التنمية الإقليمي، فيما زار وزير الفلاحة كمال بن عمر المختبر الشهر الماضي.")
     + P("وقالت الحسيني: «الماء لن ينتظر قراراتنا البطيئة».")
     + P("وأضافت: «كل صيف أسوأ من الذي قبله»."),
     [("الماء لن ينتظر قراراتنا", "سلمى الحسيني"),
      ("كل صيف أسوأ من", "سلمى الحسيني")]),
    ("r58-org", "ar",
     P("أعلنت وزارة الداخلية يوم الثلاثاء القبض على ثلاثة أشخاص بتهمة تهريب الآثار.")
     + P("وذكرت الوزارة في بيان أن المتهمين «كانوا يخططون لبيع القطع في الخارج».")
     + P("وقال أحد سكان الحي، رافضاً ذكر اسمه: «كنا نظنهم تجار سجاد»."),
     [("كانوا يخططون لبيع القطع", "وزارة الداخلية"),
      ("كنا نظنهم تجار سجاد", None)]),
    ("r58-before", "ar",
     P("وصل المهندس الفرنسي Julien Marchetaux إلى الموصل للمشاركة في ترميم الجامع القديم.")
     + P("وقال: «هذه الحجارة تعرف أكثر مما نعرف».")
     + P("ويموّل الترميم برنامج دولي تشرف عليه بلدية المدينة."),
     [("هذه الحجارة تعرف أكثر", "Julien Marchetaux")]),
    # ---------------------------------------------------------------- Hebrew
    ("r58-far", "he",
     P("פרופ' מיכל בן-דוד חוקרת את הכנרת באוניברסיטת חיפה כבר עשרים שנה.")
     + P("המחקר ממומן על ידי רשות המים, ושר החקלאות, אבי גולן, ביקר במעבדה בחודש שעבר.")
     + P("\"הכנרת היא מדחום של המדינה\", אומרת בן-דוד.")
     + P("דייג מטבריה, שביקש לא להזדהות, אמר: \"פעם הדגים היו גדולים יותר\"."),
     [("הכנרת היא מדחום של", "מיכל בן-דוד"),
      ("פעם הדגים היו גדולים", None)]),
    ("r58-org", "he",
     P("עיריית באר שבע הודיעה כי תסגור את הבריכה העירונית לשיפוצים.")
     + P("לדברי דוברות העירייה, הבריכה \"אינה עומדת בתקני הבטיחות\".")
     + P("ראש העיר, רוני אלמוג, אמר: \"נפתח אותה מחדש עד הקיץ\"."),
     [("אינה עומדת בתקני הבטיחות", "עיריית באר שבע"),
      ("נפתח אותה מחדש עד", "רוני אלמוג")]),
    # ---------------------------------------------------------------- Persian
    ("r58-far", "fa",
     P("دکتر مریم رضایی‌نژاد، استاد دانشگاه شیراز، سال‌هاست درباره دریاچه مهارلو پژوهش می‌کند.")
     + P("این پژوهش با بودجه سازمان حفاظت محیط زیست انجام می‌شود و استاندار فارس، حسن کریمی، هم از آن حمایت کرده است.")
     + P("رضایی‌نژاد می‌گوید: «دریاچه صورتی زیباست، اما دارد می‌میرد».")
     + P("یک کشاورز محلی گفت: «آب چاه‌ها هر سال شورتر می‌شود»."),
     [("دریاچه صورتی زیباست، اما", "مریم رضایی‌نژاد"),
      ("آب چاه‌ها هر سال", None)]),
    ("r58-org", "fa",
     P("شهرداری تهران اعلام کرد که خط ۱۰ مترو تا پایان سال افتتاح می‌شود.")
     + P("به گفته سخنگوی شهرداری، این خط «بار ترافیکی غرب تهران را کم می‌کند».")
     + P("علی موسوی، مهندس ناظر پروژه، گفت: «کار تونل تقریباً تمام شده است»."),
     [("بار ترافیکی غرب تهران", "شهرداری تهران"),
      ("کار تونل تقریباً تمام", "علی موسوی")]),
    # ---------------------------------------------------------------- Hindi
    ("r58-far", "hi",
     P("डॉ. सुनीता राघवन पिछले पंद्रह वर्षों से पुणे के सरकारी अस्पताल में बाल रोग विभाग की प्रमुख हैं।")
     + P("अस्पताल को राज्य सरकार से नया भवन मिला है, जिसका उद्घाटन स्वास्थ्य मंत्री अजय देशमुख ने किया।")
     + P("राघवन ने कहा, \"बच्चों के लिए बिस्तर कभी काफ़ी नहीं होते।\"")
     + P("एक अभिभावक ने बताया, \"हम तीन दिन से यहाँ इंतज़ार कर रहे हैं।\""),
     [("बच्चों के लिए बिस्तर", "सुनीता राघवन"),
      ("हम तीन दिन से", None)]),
    ("r58-org", "hi",
     P("दिल्ली पुलिस ने मंगलवार को साइबर ठगी के आरोप में चार लोगों को गिरफ्तार किया।")
     + P("पुलिस के एक प्रवक्ता के अनुसार, आरोपी \"फ़र्ज़ी बैंक अधिकारी बनकर\" लोगों को फ़ोन करते थे।")
     + P("पीड़ित रमेश गुप्ता ने कहा, \"उसकी आवाज़ बिल्कुल असली लग रही थी।\""),
     [("फ़र्ज़ी बैंक अधिकारी बनकर", "दिल्ली पुलिस"),
      ("उसकी आवाज़ बिल्कुल असली", "रमेश गुप्ता")]),
    # ---------------------------------------------------------------- Indonesian
    ("r58-far", "id",
     P("Dr. Ir. Ratna Sari Wibisono telah meneliti terumbu karang di Raja Ampat selama dua puluh tahun.")
     + P("Penelitian itu didanai Kementerian Kelautan dan Perikanan. Bupati setempat, Yohanes Mambrasar, "
         "berjanji membatasi jumlah kapal wisata.")
     + P("\"Karang itu tumbuh satu sentimeter per tahun, tapi bisa mati dalam satu minggu,\" kata Ratna.")
     + P("Seorang pemandu selam lokal mengatakan, \"Tamu sekarang lebih peduli daripada dulu.\""),
     [("Karang itu tumbuh satu", "Ratna Sari Wibisono"),
      ("bisa mati dalam satu", "Ratna Sari Wibisono"),
      ("Tamu sekarang lebih peduli", None)]),
    ("r58-org", "id",
     P("PT Kereta Api Indonesia membatalkan sepuluh perjalanan akibat banjir di Semarang.")
     + P("Dalam keterangan tertulis, perusahaan menyebut keputusan itu diambil \"demi keselamatan penumpang\".")
     + P("Penumpang bernama Agus Setiawan mengeluh, \"Saya sudah menunggu enam jam.\""),
     [("demi keselamatan penumpang", "PT Kereta Api Indonesia"),
      ("sudah menunggu enam jam", "Agus Setiawan")]),
    # ---------------------------------------------------------------- Vietnamese
    ("r58-far", "vi",
     P("PGS.TS Nguyễn Thị Lan Hương đã nghiên cứu rừng ngập mặn ở Cà Mau suốt hai mươi năm.")
     + P("Dự án được Bộ Tài nguyên và Môi trường tài trợ. Chủ tịch tỉnh Trần Văn Phúc đã đến thăm khu bảo tồn vào tháng Sáu.")
     + P("“Rừng ngập mặn là bức tường của biển”, bà Hương nói.")
     + P("Một ngư dân địa phương cho biết: “Bây giờ cá ít hơn nhiều so với trước”."),
     [("Rừng ngập mặn là bức", "Nguyễn Thị Lan Hương"),
      ("cá ít hơn nhiều", None)]),
    ("r58-org", "vi",
     P("Công an TP Đà Nẵng đã bắt giữ hai đối tượng lừa đảo qua mạng.")
     + P("Theo thông báo của cơ quan công an, các đối tượng “giả danh nhân viên ngân hàng” để chiếm đoạt tiền.")
     + P("Nạn nhân Lê Văn Minh kể: “Tôi mất hết tiền tiết kiệm trong một buổi chiều”."),
     [("giả danh nhân viên ngân", "Công an TP Đà Nẵng"),
      ("mất hết tiền tiết kiệm", "Lê Văn Minh")]),
    # ---------------------------------------------------------------- Chinese
    ("r58-far", "zh",
     P("王丽华教授在浙江大学从事湿地研究已有二十年。")
     + P("该项目由国家自然科学基金资助，杭州市副市长陈建国曾于去年到实验基地视察。")
     + P("“湿地是城市的肾脏，”王丽华说，“可我们一直在切除它。”")
     + P("一位不愿透露姓名的附近居民表示：“以前这里到处是白鹭。”"),
     [("湿地是城市的肾脏", "王丽华"),
      ("我们一直在切除它", "王丽华"),
      ("以前这里到处是白鹭", None)]),
    ("r58-org", "zh",
     P("广州市市场监督管理局周二通报，一家连锁餐厅因食品安全问题被罚款五十万元。")
     + P("该局表示将“严肃处理，绝不姑息”。涉事企业美味轩餐饮集团的创始人李志强曾于2019年获评优秀企业家。")
     + P("该集团发言人回应称，公司“已全面整改”。"),
     [("严肃处理，绝不姑息", "广州市市场监督管理局"),
      ("已全面整改", "美味轩餐饮集团")]),
    ("r58-written", "zh",
     P("顾客评价")
     + '<blockquote><p>“师傅很专业，两个小时就修好了。”</p><footer>— 上海市·张晓梅</footer></blockquote>'
     + '<blockquote><p>“价格公道，下次还找你们。”</p><footer>— 北京·L.Y.</footer></blockquote>'
     + P("店门口的招牌上写着“诚信经营，童叟无欺”。"),
     [("师傅很专业", "张晓梅"),
      ("价格公道，下次还找你们", "L.Y."),
      ("诚信经营，童叟无欺", None)]),
    # ---------------------------------------------------------------- Japanese
    ("r58-far", "ja",
     P("北海道大学の佐藤恵美子教授は、二十年にわたり知床のヒグマを研究してきた。")
     + P("研究は環境省の支援を受けており、斜里町の山田健一町長も調査地を訪れている。")
     + P("「クマは人を避けたいんです。問題は人がクマを避けないこと」と佐藤教授は話す。")
     + P("地元の漁師の一人は「昔はこんなに出てこなかった」と語った。"),
     [("クマは人を避けたいんです", "佐藤恵美子"),
      ("問題は人がクマを避けない", "佐藤恵美子"),
      ("昔はこんなに出てこなかった", None)]),
    ("r58-written", "ja",
     P("お客様の声")
     + '<blockquote><p>「スタッフの対応がとても丁寧で、安心してお任せできました。」</p><footer>— 東京都・K.T.様</footer></blockquote>'
     + '<blockquote><p>「二回目の利用ですが、今回も満足です。」</p><footer>大阪府 田中さん（40代）</footer></blockquote>'
     + P("※個人の感想です。効果には個人差があります。"),
     [("対応がとても丁寧で", "K.T."),
      ("今回も満足です", "田中")]),
    ("r58-turns", "ja",
     P("監督の中村浩二氏と主将の鈴木翔太選手が試合後に会見した。")
     + P("中村氏は「前半の失点がすべてだった」と振り返った。")
     + P("鈴木選手は「次は必ず勝ちます」と語った。相手チームの岡田監督は会見を欠席した。"),
     [("前半の失点がすべてだった", "中村浩二"),
      ("次は必ず勝ちます", "鈴木翔太")]),
    # ---------------------------------------------------------------- Korean
    ("r58-far", "ko",
     P("김민지 서울대 교수는 20년째 한강 수질을 연구하고 있다.")
     + P("연구는 환경부의 지원을 받고 있으며, 박성호 서울시 부시장도 지난달 연구실을 방문했다.")
     + P("김 교수는 “강은 도시의 거울”이라고 말했다.")
     + P("인근 주민 한 명은 “여름마다 냄새가 심해진다”고 했다."),
     [("강은 도시의 거울", "김민지"),
      ("여름마다 냄새가 심해진다", None)]),
    ("r58-written", "ko",
     P("고객 후기")
     + '<blockquote><p>“배송이 빠르고 포장도 꼼꼼했어요.”</p><footer>— 부산 이수진 님</footer></blockquote>'
     + '<blockquote><p>“두 번째 구매인데 역시 만족합니다.”</p><footer>최지은 씨, 대전</footer></blockquote>'
     + P("광고 문구는 “당신의 하루를 더 가볍게”이다."),
     [("배송이 빠르고 포장도", "이수진"),
      ("두 번째 구매인데 역시", "최지은"),
      ("당신의 하루를 더", None)]),
    ("r58-org", "ko",
     P("서울중앙지법은 21일 건설사 한빛건설에 대해 배상 판결을 내렸다.")
     + P("재판부는 회사가 “안전 관리 의무를 다하지 않았다”고 판단했다.")
     + P("한빛건설 측은 “판결문을 검토한 뒤 항소 여부를 결정하겠다”고 밝혔다."),
     [("안전 관리 의무를 다하지", "서울중앙지법"),
      ("판결문을 검토한 뒤", "한빛건설")]),
    # ---------------------------------------------------------------- more, several languages
    ("r58-none", "cs",
     P("Na plotě u staveniště v Olomouci visí cedule „Vstup zakázán, nebezpečí úrazu“.")
     + P("Stavbu provádí firma Hanácké stavby, investorem je město. Primátor Miroslav Žák stavbu loni slavnostně zahájil.")
     + P("Jedna kolemjdoucí si stěžuje: „Chodím tudy dvacet let a teď musím kolem“.")
     + P("Mluvčí radnice Lenka Procházková uvedla, že práce skončí „nejpozději v říjnu“."),
     [("Vstup zakázán, nebezpečí úrazu", None),
      ("Chodím tudy dvacet let", None),
      ("nejpozději v říjnu", "Lenka Procházková")]),
    ("r58-none", "hu",
     P("A Tisza-parti sétányon új tábla áll: „Fürödni tilos és életveszélyes”.")
     + P("A táblát a szegedi önkormányzat helyezte ki, miután tavaly nyáron két fiatal megfulladt. "
         "Botka Zsolt alpolgármester a temetésen is részt vett.")
     + P("Egy arra sétáló nyugdíjas szerint „a tábla senkit sem fog megállítani”."),
     [("Fürödni tilos és életveszélyes", None),
      ("tábla senkit sem fog", None)]),
    ("r58-turns", "el",
     P("Ο προπονητής Νίκος Αλεξίου και ο αρχηγός Γιάννης Σταθόπουλος μίλησαν μετά την ήττα από τον Άρη.")
     + P("«Δεν παίξαμε με καρδιά», είπε ο Αλεξίου.")
     + P("Ο αρχηγός διαφώνησε: «Παίξαμε με καρδιά, αλλά χωρίς μυαλό»."),
     [("Δεν παίξαμε με καρδιά", "Νίκος Αλεξίου"),
      ("αλλά χωρίς μυαλό", "Γιάννης Σταθόπουλος")]),
    ("r58-none", "sv",
     P("Boken ”Havet minns allt” av Elsa Grönqvist har blivit en oväntad succé i Norrland.")
     + P("Förlaget Nordljus tryckte först bara 2 000 exemplar. Nu har Bokhandlarföreningen utsett den till årets bok.")
     + P("En läsare i Luleå skriver på förlagets sida: ”Jag grät på bussen, två gånger.”"),
     [("Havet minns allt", None),
      ("grät på bussen, två", None)]),
    ("r58-none", "nb",
     P("Politiet i Bergen pågrep mandag en 25 år gammel mann etter et ran i Strandgaten.")
     + P("Butikken drives av Solveig Nesheim, som overtok den etter faren i 2015.")
     + P("– Jeg hørte bare et smell og så var han borte, sier en forbipasserende.")
     + P("Over døren henger fortsatt skiltet «Velkommen inn, vi har åpent»."),
     [("hørte bare et smell", None),
      ("Velkommen inn, vi har", None)]),
    ("r58-mixed", "da",
     P("Borgmester Henrik Sønderby og oppositionens Lise Kragh-Madsen var uenige om den nye bro i Vejle.")
     + P("Sønderby kaldte broen »en investering i fremtiden«, mens Kragh-Madsen talte om »et monument over spild«.")
     + P("Broen er tegnet af arkitektfirmaet Holm & Bay. En borger skrev i et læserbrev: »Hvem har bedt om den?«"),
     [("en investering i fremtiden", "Henrik Sønderby"),
      ("et monument over spild", "Lise Kragh-Madsen"),
      ("Hvem har bedt om", None)]),
    ("r58-none", "ro",
     P("Pe ușa primăriei din Sighișoara scrie „Program cu publicul: luni–vineri”.")
     + P("Primarul Radu Ionescu a promis în campanie un ghișeu deschis și sâmbăta.")
     + P("O locuitoare a orașului spune: „Eu lucrez tot de luni până vineri”."),
     [("Program cu publicul: luni–vineri", None),
      ("lucrez tot de luni", None)]),
    ("r58-after", "tr",
     P("\"Bu dükkânı babamdan devraldım, oğluma devredeceğim\" diyor 64 yaşındaki Hasan Öztürk.")
     + P("Dükkân, Kapalıçarşı'da 1952'den beri aynı yerde. Çarşı esnaf derneği başkanı Yusuf Kaya, "
         "kiraların son iki yılda üç katına çıktığını söylüyor.")
     + P("Öztürk ise iyimser: \"Halı eskimez, sadece sahibini değiştirir.\""),
     [("Bu dükkânı babamdan devraldım", "Hasan Öztürk"),
      ("Halı eskimez, sadece sahibini", "Hasan Öztürk")]),
    ("r58-none", "he",
     P("על השלט בכניסה לחוף נכתב \"הרחצה אסורה בהיעדר מציל\".")
     + P("עיריית נתניה מסרה כי המצילים ישובו לעבודה בשבוע הבא. ראש העיר דורית לוי לא הגיבה.")
     + P("אחת המתרחצות אמרה: \"אנחנו פה כל יום, עם או בלי מציל\"."),
     [("הרחצה אסורה בהיעדר מציל", None),
      ("אנחנו פה כל יום", None)]),
    ("r58-none", "fa",
     P("روی تابلوی ورودی پارک نوشته شده است: «ورود دوچرخه ممنوع».")
     + P("این پارک را شهرداری اصفهان سال گذشته بازسازی کرد و شهردار، محمد نوری، آن را افتتاح کرد.")
     + P("یکی از دوچرخه‌سواران گفت: «پس ما کجا باید برویم؟»"),
     [("ورود دوچرخه ممنوع", None),
      ("پس ما کجا باید", None)]),
    ("r58-none", "hi",
     P("मंदिर के बाहर लगे बोर्ड पर लिखा है, \"जूते यहीं उतारें, कृपया शांति बनाए रखें\"।")
     + P("मंदिर का प्रबंधन एक ट्रस्ट करता है, जिसके अध्यक्ष विनोद शर्मा हैं।")
     + P("एक श्रद्धालु ने कहा, \"यहाँ आकर मन को शांति मिलती है।\""),
     [("जूते यहीं उतारें, कृपया", None),
      ("यहाँ आकर मन को", None)]),
    ("r58-none", "vi",
     P("Tấm biển trước cổng chợ Bến Thành ghi “Không hút thuốc trong khu vực chợ”.")
     + P("Ban quản lý chợ do ông Phạm Quốc Bảo làm trưởng ban đã cho đặt thêm thùng rác.")
     + P("Một tiểu thương than: “Khách du lịch ít hơn trước nhiều lắm”."),
     [("Không hút thuốc trong khu", None),
      ("Khách du lịch ít hơn", None)]),
    ("r58-turns", "da",
     P("Cykelrytter Jonas Østergaard og hans holdkammerat Mads Winther kom i mål side om side i Silkeborg.")
     + P("»Vi havde aftalt det på sidste bakke,« sagde Østergaard.")
     + P("Winther grinede: »Han lovede mig øl, hvis jeg ventede.«"),
     [("havde aftalt det på", "Jonas Østergaard"),
      ("lovede mig øl, hvis", "Mads Winther")]),
]

"""Held-out round 59 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading the attributor or any other speaker round). Most cases put the
speaker in the paragraph BEFORE the quotation: quote-only paragraphs after reported speech, after a
paragraph about a person's actions, after a question put to a named person, after a paragraph naming
a subject and an object, after a subheading, and runs of quote-only paragraphs from one person. As
many cases where a reader says None or names someone else: a new voice after a change of subject, a
quote-only paragraph after statistics, a document's or a sign's words, scare quotes and titles.
About half English (wire, local, court and council reports, sports, science news, profiles).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R59_CASES = [
    # ---------------------------------------------------------------- English
    ("r59-before", "en",
     P("Councillor Brenda Oakhurst told the planning committee on Tuesday that the developer had ignored two flood surveys.")
     + P("“We told them in March and we told them again in June. Nobody listened.”")
     + P("The committee voted six to three to defer the application."),
     [("We told them in March", "Brenda Oakhurst")]),
    ("r59-before", "en",
     P("Dr. Kieran Molloy spent eleven years treating miners in the valley before he opened the clinic on Fenwick Street.")
     + P("“You learn to listen to the cough before you listen to the patient.”")
     + P("“Half of them never came back for the results. That still bothers me.”"),
     [("You learn to listen", "Kieran Molloy"), ("Half of them never came", "Kieran Molloy")]),
    ("r59-before", "en",
     P("Asked whether the club would sell its captain in January, manager Ross Tilbury shook his head.")
     + P("“He is not for sale. I have said it a hundred times and I will say it again.”")
     + P("Tilbury's side sit fourth, two points off the play-off places."),
     [("He is not for sale", "Ross Tilbury")]),
    ("r59-turns", "en",
     P("Prosecutor Elaine Pardoe asked the witness whether he had seen the defendant, Marcus Hale, at the depot that night.")
     + P("“I saw a man in a grey coat. I could not tell you it was him.”")
     + P("Pardoe pressed him on the time.")
     + P("“After eleven. Maybe half past.”"),
     [("I saw a man in", None), ("After eleven. Maybe half", None)]),
    ("r59-turns", "en",
     P("Judge Harriet Vane asked the witness, a warehouse supervisor named Colin Ashby, whether he had seen the defendant at the depot.")
     + P("“I saw a man in a grey coat. I could not swear it was him.”")
     + P("Vane reminded him that he was under oath.")
     + P("“I understand that, your honour. I still could not swear to it.”"),
     [("I saw a man in a grey", "Colin Ashby"), ("I understand that, your honour", "Colin Ashby")]),
    ("r59-none", "en",
     P("Mayor Ines Halvorsen said the city would publish the audit in full next month.")
     + P("The audit covers 412 contracts worth a combined $38 million, of which 61 were awarded without tender. Spending on consultants rose 27 percent between 2021 and 2024.")
     + P("“It is the kind of number that should make every taxpayer sit up,” one former finance officer said."),
     [("kind of number that should", None)]),
    ("r59-before", "en",
     P("Halvorsen, a former schoolteacher who won the mayoralty in 2022 by fewer than 300 votes, has made the audit the centrepiece of her second year.")
     + P("She was blunt about what she expects it to show.")
     + P("“There will be names in it. Some of them are people I like.”"),
     [("There will be names in", "Halvorsen")]),
    ("r59-far", "en",
     P("Mayor Ines Halvorsen opened the meeting by reading a letter from a resident of the Grayhill estate.")
     + P("The letter, signed by Doreen Platt, 81, described three winters without working heating. “I wear my coat to bed,” Platt wrote.")
     + P("The mayor put the letter down and looked at the housing director.")
     + P("“This is not acceptable, and I want a date by Friday.”"),
     [("I wear my coat to bed", "Doreen Platt"), ("This is not acceptable, and", "Ines Halvorsen")]),
    ("r59-after", "en",
     P("Police arrested Dwayne Corliss, 34, on Monday after a two-week search.")
     + P("“We are relieved that he is in custody and the public can feel safe again.”")
     + P("Corliss is due in court on Thursday."),
     [("We are relieved that he", None)]),
    ("r59-after", "en",
     P("Police arrested Dwayne Corliss, 34, on Monday after a two-week search, Detective Inspector Gail Sumner said.")
     + P("“We are relieved that he is in custody. The public can feel safe again.”")
     + P("Corliss is due to appear at Rexford Magistrates' Court on Thursday."),
     [("We are relieved that he is in custody", "Gail Sumner")]),
    ("r59-turns", "en",
     P("Nadia Osei, who runs the bakery on Mill Lane, has watched the street empty out. Her landlord, Peter Crane, says the rent rise was overdue.")
     + P("“Twelve shops have closed since the bypass opened,” she said.")
     + P("“I have not raised the rent in nine years,” Crane said. “I have a mortgage too.”")
     + P("Osei shrugged. “Then we both lose.”"),
     [("Twelve shops have closed", "Nadia Osei"), ("I have not raised the rent", "Peter Crane"),
      ("I have a mortgage too", "Peter Crane"), ("Then we both lose", "Nadia Osei")]),
    ("r59-turns", "en",
     P("Lena Marsh met Tomás Berrigan at the quay just after dawn, as the first boats came in.")
     + P("“You are late,” she said.")
     + P("“The tide was against us,” he replied. “It always is in November.”"),
     [("You are late", "Lena Marsh"), ("The tide was against us", "Tomás Berrigan"),
      ("It always is in November", "Tomás Berrigan")]),
    ("r59-turns", "en",
     P("Coach Darren Pike substituted his striker, Ollie Brandt, after 62 minutes, and the two were seen exchanging words on the touchline.")
     + P("Afterwards Brandt was asked about the incident.")
     + P("“It was nothing. He wanted fresh legs and I wanted to stay on. That is football.”")
     + P("Pike was less forgiving. “Nobody is bigger than the team.”"),
     [("It was nothing. He wanted", "Ollie Brandt"), ("Nobody is bigger than the team", "Darren Pike")]),
    ("r59-org", "en",
     P("Hollin Water, the regional utility, said in a statement that the outage had been caused by a burst main under Carver Road.")
     + P("“Crews worked through the night and supply was restored to all properties by 6 a.m.”")
     + P("Residents said they had received no warning."),
     [("Crews worked through the night", "Hollin Water")]),
    ("r59-org", "en",
     P("A spokesperson for the Northgate Police said the force was “reviewing the footage” and would not comment further.")
     + P("Another spokesperson, for the Eastmere Transit Authority, said the station's cameras had been working."),
     [("reviewing the footage", "Northgate Police")]),
    ("r59-none", "en",
     P("A spokesperson said the decision was “final and not open to appeal”.")
     + P("The notice was pinned to the gate of the allotments on Saturday."),
     [("final and not open to", None)]),
    ("r59-written", "en",
     P("The sign on the gate of Pellow Farm has hung there for forty years: “Shut the gate. The bull is not friendly.”")
     + P("Owner Gareth Pellow, 67, laughed when asked about it. “There has not been a bull here since 1991.”"),
     [("Shut the gate. The bull", None), ("There has not been a bull", "Gareth Pellow")]),
    ("r59-written", "en",
     P("In a post on Threadline on Sunday night, the singer Maisie Corrigan apologised to fans in Glasgow.")
     + P("“I am so sorry. My voice simply went. We will reschedule and every ticket will be honoured.”")
     + P("The venue said refunds would be processed within ten days."),
     [("I am so sorry. My", "Maisie Corrigan")]),
    ("r59-mixed", "en",
     P("Economist Priya Raman of the Ashgrove Institute said the figures were “a warning, not a crisis”, while her colleague Henrik Dahl called them “the start of something worse”.")
     + P("Neither expects rates to move before spring."),
     [("a warning, not a crisis", "Priya Raman"), ("the start of something worse", "Henrik Dahl")]),
    ("r59-far", "en",
     P("<strong>The long road back</strong>")
     + P("When Jolene Ferris woke in the intensive care unit at St Aldric's in April, she could not move her left hand.")
     + P("Eight months later she is running again, slowly, along the canal towpath behind her house in Lowbridge. Her physiotherapist, a former sprinter, sets the distances.")
     + P("“Every week I get a little more of myself back. Some weeks it is only a finger.”"),
     [("Every week I get a", "Jolene Ferris")]),
    ("r59-none", "en",
     P("Unemployment in the county fell to 4.1 percent in October, from 4.6 percent a year earlier, according to figures released on Wednesday. Manufacturing added 1,200 jobs.")
     + P("“It feels better than it did. But the jobs are not the same jobs.”")
     + P("Most of the new positions are part-time."),
     [("It feels better than it", None)]),
    ("r59-science", "en",
     P("The study, published in the Journal of Coastal Ecology, tracked 340 tagged grey seals over six years.")
     + P("“We expected them to follow the fish. They followed the boats instead,” said the study's lead author, Dr. Annika Sol of Fernhill University.")
     + P("Sol said the finding raised questions about bycatch.")
     + P("“If seals have learned that a trawler means food, we need to rethink how nets are hauled.”"),
     [("We expected them to follow", "Annika Sol"), ("If seals have learned that", "Annika Sol")]),
    ("r59-science", "en",
     P("The paper's co-author, Prof. Lucas Whitlow, was more cautious than his colleague Dr. Annika Sol, who led the fieldwork.")
     + P("“Six years is not a long time for a seal. I would want twenty.”")
     + P("Fernhill University's press office described the work as “a first step”."),
     [("Six years is not a", "Lucas Whitlow"), ("a first step", "Fernhill University")]),
    ("r59-court", "en",
     P("Sentencing Raymond Kettle, 51, to four years, Judge Miriam Oduya said he had shown “not one flicker of remorse”.")
     + P("Kettle's barrister, Simon Ashe, said his client intended to appeal.")
     + P("“He maintains his innocence and always has.”"),
     [("not one flicker of remorse", "Miriam Oduya"), ("He maintains his innocence", "Simon Ashe")]),
    ("r59-court", "en",
     P("The ruling, signed by three judges of the appeals panel, held that the council had acted “beyond its lawful powers” in closing the library.")
     + P("Library campaigner Gwen Tarrant, 73, wept outside the courthouse.")
     + P("“Eight years. Eight years of letters and meetings. I do not know what to say.”"),
     [("beyond its lawful powers", None), ("Eight years. Eight years of", "Gwen Tarrant")]),
    ("r59-org", "en",
     P("The Westbury Nurses' Union called the pay offer “an insult to every ward in the county” and said members would vote on strike action next week.")
     + P("The health board said the offer was the best it could afford."),
     [("an insult to every ward", "Westbury Nurses' Union")]),
    ("r59-role", "en",
     P("Esterhazy, 52, said he was “tired of waiting” for the ministry to act, and that he would take the case to court himself.")
     + P("His neighbour, Clara Voss, agreed. “We have waited long enough.”"),
     [("tired of waiting", "Esterhazy"), ("We have waited long enough", "Clara Voss")]),
    ("r59-none", "en",
     P("The novel, “The Orchard at Lisk”, was shortlisted for the Harwell Prize, and its author, Tobias Renn, will read from it on Thursday.")
     + P("Tickets for the reading sold out in an hour."),
     [("The Orchard at Lisk", None)]),
    ("r59-after", "en",
     P("“The bridge is safe. I would drive my own children across it,” the county engineer, Ruth Maddox, told reporters on Monday.")
     + P("Not everyone is convinced. “I will believe it when the cracks are fixed,” said one driver who crosses twice a day."),
     [("The bridge is safe. I", "Ruth Maddox"), ("I will believe it when", None)]),
    ("r59-far", "en",
     P("Sergeant Paul Obi has patrolled the Elm Park estate for twelve years. He knows most of the teenagers by name, and most of their mothers.")
     + P("The estate's youth centre closed in 2020. The council says it has no money to reopen it, and a petition signed by 900 residents went unanswered.")
     + P("Obi is certain the closure mattered.")
     + P("“When the centre shut, the kids did not disappear. They just moved to the bus shelter.”")
     + P("“I am not a social worker. But I can count.”"),
     [("When the centre shut, the", "Paul Obi"), ("I am not a social", "Paul Obi")]),
    ("r59-before", "en",
     P("In an interview with the Lowbridge Courier, retired headteacher Margaret Quayle recalled the winter of 1963.")
     + P("“The milk froze on the doorsteps. We taught in our coats for a month.”")
     + P("She told the paper in 2019 that she had kept the school's logbooks from that year. “Someone had to,” she said then."),
     [("The milk froze on the", "Margaret Quayle"), ("Someone had to", "Margaret Quayle")]),
    ("r59-turns", "en",
     P("<strong>Q: You left the band in 2017. Why come back now?</strong>")
     + P("Because the songs were unfinished. I kept hearing them in my head.")
     + P("<strong>Q: Have you spoken to Danny Flint since?</strong>")
     + P("Once. He said, “You know where the studio is.” That was all."),
     [("You know where the studio", "Danny Flint")]),
    ("r59-mixed", "en",
     P("Farmer Alun Pryce described the new rules as “written by people who have never seen a sheep”. The minister, Gethin Rowlands, dismissed that as “a good line, but wrong”.")
     + P("Pryce is one of forty farmers who will march on Cardiff next week."),
     [("written by people who have", "Alun Pryce"), ("a good line, but wrong", "Gethin Rowlands")]),
    ("r59-none", "en",
     P("Protesters outside the town hall carried banners reading “Hands off our hospital” and “Beds not bonuses”.")
     + P("Organiser Kate Lomax said 2,000 people had come. “This is the biggest crowd since the miners' strike.”"),
     [("Hands off our hospital", None), ("Beds not bonuses", None), ("This is the biggest crowd", "Kate Lomax")]),
    ("r59-written", "en",
     P("A typical error looks like this: “fatal: refusing to merge unrelated histories”. It happens when two repositories share no common commit.")
     + P("The fix is to pass the allow flag, as the manual says: “use with care, as this may create a confusing history”."),
     [("refusing to merge unrelated histories", None), ("use with care, as this", None)]),
    ("r59-testimonial", "en",
     P("“The team answered every question within an hour, even on a Sunday. I would not use anyone else now.”")
     + P("— Maria K., Lyon")
     + P("“Installation took one morning and the bills have halved.”")
     + P("— Dev Anjaria, Leicester"),
     [("The team answered every question", "Maria K."), ("Installation took one morning", "Dev Anjaria")]),
    ("r59-forum", "en",
     "<div class=\"post\">" + P("<b>quietharbour</b> wrote:") + P("“Has anyone actually got the firmware update to install? Mine hangs at 40%.”") + "</div>"
     + "<div class=\"post\">" + P("<b>retro_gav</b>: Same here. Unplugging it for a minute fixed it for me.") + P("The log will show “update aborted: cache full” if that is the cause.") + "</div>",
     [("Has anyone actually got the", "quietharbour"), ("update aborted: cache full", None)]),
    ("r59-pressrelease", "en",
     P("LONDON, 3 March — Brightwell Robotics today announced the opening of its first factory in Sunderland, creating 400 jobs.")
     + P("“Sunderland has the skills and the port we need,” said Amara Fenwick, CEO of Brightwell Robotics. “This is a twenty-year commitment.”")
     + P("About Brightwell Robotics: Brightwell designs warehouse automation for retailers in Europe and Asia."),
     [("Sunderland has the skills and", "Amara Fenwick"), ("This is a twenty-year commitment", "Amara Fenwick")]),
    ("r59-obituary", "en",
     P("Walter Finch, who ran the Corner Cinema in Hexley for half a century, died on Sunday at 94.")
     + P("His daughter, Ruth Finch-Adler, said he had watched a film the night before he died.")
     + P("“It was a western. He fell asleep before the end, which he always did.”")
     + P("A regular, Joan Pike, remembered the Saturday matinees. “He let us in for a penny if we swept the aisles.”"),
     [("It was a western. He", "Ruth Finch-Adler"), ("He let us in for", "Joan Pike")]),
    ("r59-sports", "en",
     P("Haverley's Jack Mortimer scored twice as his side beat Crossfield 3-1 on Saturday.")
     + P("Crossfield manager Ewan Reid was frustrated with the officials after the game.")
     + P("“The second goal was offside by a yard. Everyone in the ground saw it.”")
     + P("Mortimer, 19, was more relaxed. “I just tried to hit the target. The rest was luck.”"),
     [("The second goal was offside", "Ewan Reid"), ("I just tried to hit", "Jack Mortimer")]),
    ("r59-none", "en",
     P("Eleanor Vance, 88, has lived in the same terraced house since 1961.")
     + P("Her story is not unusual. Across the district, one in five residents is over 75, and the number is growing.")
     + P("“We need more carers, not more consultants,” a council officer said."),
     [("We need more carers, not", None)]),
    ("r59-turns", "en",
     P("Hannah Kerr asked her brother, Callum, whether he would sell the farm.")
     + P("“Not while Dad is alive,” he said.")
     + P("“And after?” she asked.")
     + P("He did not answer."),
     [("Not while Dad is alive", "Callum"), ("And after?", "Hannah Kerr")]),
    ("r59-far", "en",
     P("Professor Daniel Achterberg has studied river deltas for thirty years. His office at Marlow University is full of sediment cores.")
     + P("The Ressa delta lost 14 square kilometres of land between 2000 and 2020, according to satellite data compiled by the Coastal Survey Office.")
     + P("Achterberg picks up one of the cores.")
     + P("“This is what the river used to carry. Now the dams keep it.”"),
     [("This is what the river", "Daniel Achterberg")]),
    ("r59-mixed", "en",
     P("The mayor, Ines Halvorsen, said she had asked the police chief, Rolf Eng, for “a plan, not a press release”. Eng said he would deliver one “within the month”.")
     + P("Both will appear before the council on the 14th."),
     [("a plan, not a press", "Ines Halvorsen"), ("within the month", "Rolf Eng")]),
    ("r59-written", "en",
     P("The letter, dated 12 May 1917 and written by Private Albert Steyning to his mother, was found in a drawer by his great-granddaughter.")
     + P("“Do not worry about me. The food is poor but the lads are good.”")
     + P("It ends: “Give Bess a pat from me.”"),
     [("Do not worry about me", "Albert Steyning"), ("Give Bess a pat from", "Albert Steyning")]),
    ("r59-role", "en",
     P("Tamsin al-Rashid, a 29-year-old nurse from Darnford who has worked nights on the cardiac ward for six years, said the rota was “breaking people”.")
     + P("Her manager, who asked not to be named, said: “We are doing our best with what we have.”"),
     [("breaking people", "Tamsin al-Rashid"), ("We are doing our best", None)]),
    ("r59-after", "en",
     P("The council's chief executive, Jonathan Brisley, resigned on Friday.")
     + P("“I have taken this decision for the good of the authority,” he wrote in a letter to staff.")
     + P("Opposition leader Sunita Vale welcomed the move. “It is overdue.”"),
     [("I have taken this decision", "Jonathan Brisley"), ("It is overdue", "Sunita Vale")]),
    ("r59-before", "en",
     P("Patel has seen the change first-hand:")
     + P("“Ten years ago we had two food bank referrals a week. Now we have forty.”"),
     [("Ten years ago we had", "Patel")]),
    ("r59-none", "en",
     P("The Safe Streets Act requires that councils “take all reasonable steps” to light public footpaths.")
     + P("Residents in Ambleside Road say theirs has been dark since August."),
     [("take all reasonable steps", None)]),
    ("r59-after", "en",
     P("“I did not expect to win. I did not even bring a speech,” said Okonkwo Adeyemi, whose debut novel took the Lanthorn Prize on Tuesday night.")
     + P("The judges' chair, Felicity Rowe, called it “a book that will outlast all of us”."),
     [("I did not expect to", "Okonkwo Adeyemi"), ("a book that will outlast", "Felicity Rowe")]),
    ("r59-turns", "en",
     P("Councillor Mark Hebden asked the finance director, Alison Crewe, how long the reserves would last.")
     + P("“Eighteen months at the current rate. Less if the grant is cut.”")
     + P("Hebden asked whether that figure had been shared with residents.")
     + P("“Not yet. It will be in the budget papers.”"),
     [("Eighteen months at the current", "Alison Crewe"), ("Not yet. It will be", "Alison Crewe")]),
    ("r59-far", "en",
     "<h2>Fisher: ‘We were never consulted’</h2>"
     + P("The harbour board approved the wind farm cable route on Thursday without a public hearing.")
     + P("Skipper Ewan Fisher, whose family has fished out of Craigmoor for four generations, said the route crosses the best of the prawn grounds.")
     + P("“They drew a line on a map in an office in Edinburgh. We were never consulted.”"),
     [("They drew a line on", "Ewan Fisher")]),
    ("r59-org", "en",
     P("Talvo Motors said on Tuesday it would recall 48,000 vans over a faulty brake sensor.")
     + P("“No injuries have been reported, and owners will be contacted directly,” the company said.")
     + P("Shares in Talvo fell 3 percent."),
     [("No injuries have been reported", "Talvo Motors")]),
    ("r59-none", "en",
     P("Talvo's advertising slogan, “Built for the long haul”, has been on its vans since 1988.")
     + P("The recall is the company's third in five years."),
     [("Built for the long haul", None)]),
    ("r59-before", "en",
     P("Gordon Pell, 61, lost his job at the Harrowgate brickworks when it closed in March. He has applied for 140 jobs since.")
     + P("“Most of them never write back. The ones that do say I am overqualified, which means old.”")
     + P("“I am not old. I am sixty-one.”"),
     [("Most of them never write", "Gordon Pell"), ("I am not old. I", "Gordon Pell")]),
    ("r59-turns", "en",
     P("Sofia Lind and her sister Greta disagree about the new flats.")
     + P("“They will bring families back to the village,” Sofia said.")
     + P("Greta was unconvinced. “They will bring second homes and empty windows.”"),
     [("They will bring families back", "Sofia Lind"), ("They will bring second homes", "Greta")]),
    ("r59-mixed", "en",
     P("The defence minister, Halvard Crane, said the contract was “the best deal available”; his predecessor, Moira Ellison, told the committee it was “a blank cheque”. A Treasury official, speaking anonymously, called it “unaffordable”.")
     + P("The committee will report in May."),
     [("the best deal available", "Halvard Crane"), ("a blank cheque", "Moira Ellison"), ("unaffordable", None)]),
    ("r59-after", "en",
     P("The striker, Luka Barić, has scored in six straight games. His manager, Pete Orme, has told him to stay off social media.")
     + P("“He reads everything, good and bad. That is not healthy for a 20-year-old,” the manager said."),
     [("He reads everything, good and", "Pete Orme")]),
    ("r59-blog", "en",
     P("I have been baking sourdough for six years and I still get it wrong. Last week my loaf came out flat as a plate.")
     + P("My neighbour, Iris Kwan, who has baked professionally, had a look. “Your starter is hungry. Feed it twice a day for a week.”")
     + P("The book I learned from, “Slow Bread” by Anton Merle, says the same thing: “a starter that is not fed is a starter that sulks”."),
     [("Your starter is hungry. Feed", "Iris Kwan"), ("Slow Bread", None), ("a starter that is not", "Anton Merle")]),
    ("r59-review", "en",
     P("<strong>Rating: 4/5</strong> — reviewed by Tom H., Bristol")
     + P("“Comfortable straps, and the bag survived a week of rain in the Lakes. The zips feel a bit cheap.”")
     + P("<strong>Rating: 2/5</strong> — reviewed by a verified buyer")
     + P("“Arrived with a torn seam. Customer service replaced it, slowly.”"),
     [("Comfortable straps, and the bag", "Tom H."), ("Arrived with a torn seam", None)]),
    ("r59-museum", "en",
     P("Our guide at the Fenby Lead Mine, a retired miner named Bert Haig, stops in the narrowest part of the tunnel and switches off his lamp.")
     + P("“This is what a boy of nine saw for twelve hours a day. Nothing.”")
     + P("On the wall above the entrance someone has carved: “God keep us”. Nobody knows who."),
     [("This is what a boy", "Bert Haig"), ("God keep us", None)]),
    ("r59-podcast", "en",
     P("<strong>Show notes, episode 112.</strong> This week host Jess Ormond talks to marine biologist Dr. Kofi Mensah about the octopus that learned to open jars.")
     + P("<strong>Jess:</strong> So it just watched the keeper do it?")
     + P("<strong>Kofi:</strong> Twice. Then it did it faster than she did.")
     + P("Kofi's favourite line from the episode: “Never underestimate an animal with no bones and nine brains.”"),
     [("Never underestimate an animal with", "Kofi Mensah")]),
    ("r59-none", "en",
     P("Detectives have released an image of a man they want to trace after a jewellery theft in Kesworth, where shop owner Harold Pim was threatened with a hammer.")
     + P("“He is a lovely man. Nobody deserves that,” said a woman who works in the café next door."),
     [("He is a lovely man", None)]),
    ("r59-sports", "en",
     P("Asked about her semi-final opponent, the Belgian Femke Aerts, world number four Chloe Harrow was diplomatic.")
     + P("“She hits the ball harder than anyone on tour. I will need to move her around.”")
     + P("Aerts, for her part, said she had “nothing to lose”."),
     [("She hits the ball harder", "Chloe Harrow"), ("nothing to lose", "Femke Aerts")]),
    ("r59-court", "en",
     P("<strong>Judge Hale:</strong> Did you see the defendant strike Mr. Quill?")
     + P("<strong>Witness:</strong> I saw him raise his arm. I did not see it land.")
     + P("The witness, a taxi driver named Rupert Osei, was cross-examined for two hours. At one point he said: “I have told you what I saw. I will not make up the rest.”"),
     [("I have told you what", "Rupert Osei")]),
    ("r59-before", "en",
     P("Helen Achebe had been teaching for two weeks when the roof of Stallbridge Primary fell in.")
     + P("She pulled three children out of the classroom before the fire brigade arrived.")
     + P("“I did not think about it. You just grab whoever is nearest.”"),
     [("I did not think about", "Helen Achebe")]),
    ("r59-org", "en",
     P("The Ministry of Transport said it would “review the case” and declined to comment further.")
     + P("The Drivers' Guild called the decision “long overdue” in a brief statement."),
     [("review the case", "Ministry of Transport"), ("long overdue", "Drivers' Guild")]),
    ("r59-far", "en",
     P("Mayor Ines Halvorsen unveiled the plan at a packed meeting in the Corn Exchange on Tuesday.")
     + P("The plan would close two of the city's five fire stations and build a new one on the ring road. The fire union has already threatened industrial action. Insurers say premiums in the northern suburbs could rise.")
     + P("The mayor insisted the numbers added up.")
     + P("“We will have faster response times, not slower. I have seen the modelling.”"),
     [("We will have faster response", "Ines Halvorsen")]),
    ("r59-written", "en",
     P("In an email to parents on Friday, head teacher Colin Arkwright wrote that mobile phones would be banned from September.")
     + P("“Phones will be handed in at the gate and returned at 3.15pm. There will be no exceptions.”")
     + P("Several parents replied asking how their children would contact them in an emergency."),
     [("Phones will be handed in", "Colin Arkwright")]),
    ("r59-none", "en",
     P("The phrase “managed decline” appears eleven times in the report, which was leaked to reporters on Monday.")
     + P("Its authors are not named."),
     [("managed decline", None)]),
    ("r59-turns", "en",
     P("Roberto Salas spent 14 years in prison for a murder he did not commit. His lawyer, Diane Whitcombe, took the case in 2019.")
     + P("“I read the file in one night. By morning I knew he had not done it,” Whitcombe said.")
     + P("Salas, now 52, speaks quietly.")
     + P("“I do not want money. I want my name back.”"),
     [("I read the file in", "Diane Whitcombe"), ("I do not want money", "Roberto Salas")]),
    ("r59-after", "en",
     P("“We tried,” she said, “but the river won.”")
     + P("Moira Dunleavy, 58, has lived on Wharf Street since 1989. Her house flooded three times in the past decade."),
     [("We tried", "Moira Dunleavy"), ("but the river won", "Moira Dunleavy")]),
    # ---------------------------------------------------------------- German
    ("r59-before", "de",
     P("Bürgermeisterin Ines Hartwig hat am Dienstag im Gemeinderat erklärt, dass das Hallenbad im Herbst schließen muss.")
     + P("„Wir haben jede Möglichkeit geprüft. Das Geld ist einfach nicht da.“")
     + P("Der Förderverein will nun Unterschriften sammeln."),
     [("Wir haben jede Möglichkeit geprüft", "Ines Hartwig")]),
    ("r59-turns", "de",
     P("Gefragt, ob der Verein den Kapitän im Winter verkaufen werde, schüttelte Trainer Markus Wendel den Kopf.")
     + P("„Er ist unverkäuflich. Das habe ich hundertmal gesagt.“")
     + P("Sportdirektor Jens Albrecht klang vorsichtiger: „Im Fußball sollte man nie nie sagen.“"),
     [("Er ist unverkäuflich", "Markus Wendel"), ("Im Fußball sollte man nie", "Jens Albrecht")]),
    ("r59-none", "de",
     P("Die Arbeitslosenquote im Landkreis sank im Oktober auf 4,8 Prozent. Im Vorjahr lag sie noch bei 5,3 Prozent, teilte die Agentur für Arbeit mit.")
     + P("„Es fühlt sich besser an, aber die neuen Jobs sind schlechter bezahlt.“")
     + P("Die meisten neuen Stellen sind Teilzeitstellen."),
     [("Es fühlt sich besser an", None)]),
    ("r59-role", "de",
     P("Prof. Dr. Ulrike Brenninger, Direktorin des Instituts für Küstenforschung in Hollmünde, warnt seit Jahren vor dem Sandverlust.")
     + P("„Die Insel wandert. Das ist keine Frage des Ob, sondern des Wann.“")
     + P("Ihr Kollege Dr. Felix Aumann hält das für übertrieben. „Wir haben Jahrzehnte Zeit.“"),
     [("Die Insel wandert", "Ulrike Brenninger"), ("Wir haben Jahrzehnte Zeit", "Felix Aumann")]),
    ("r59-after", "de",
     P("„Ich habe nicht damit gerechnet, dass so viele kommen“, sagte die Organisatorin Katrin Voß am Samstag vor dem Rathaus.")
     + P("Eine Passantin blieb stehen und rief: „Endlich tut jemand was!“"),
     [("Ich habe nicht damit gerechnet", "Katrin Voß"), ("Endlich tut jemand was", None)]),
    ("r59-org", "de",
     P("Die Polizei Hollmünde teilte mit, der Mann sei „nicht vorbestraft“ und habe sich freiwillig gestellt.")
     + P("Die Staatsanwaltschaft wollte sich zunächst nicht äußern.")
     + P("Der Verband der Kleingärtner bezeichnete den Vorfall als „Schande für die ganze Anlage“."),
     [("nicht vorbestraft", "Polizei Hollmünde"), ("Schande für die ganze Anlage", "Verband der Kleingärtner")]),
    ("r59-far", "de",
     P("Herbert Kühnel, 74, hat vierzig Jahre lang die Wetterstation auf dem Kahlen Berg betreut. Jeden Morgen um sieben las er die Werte ab.")
     + P("Seit 1983 ist die mittlere Jahrestemperatur dort um 1,6 Grad gestiegen. Der Deutsche Wetterverbund hat die Station 2021 automatisiert.")
     + P("Kühnel geht trotzdem noch jeden Morgen hinauf.")
     + P("„Der Automat misst die Temperatur. Aber er sieht den Himmel nicht.“"),
     [("Der Automat misst die Temperatur", "Herbert Kühnel")]),
    ("r59-turns", "de",
     P("Anna Seidel traf Thomas Brunner am Hafen, als die ersten Boote einliefen.")
     + P("„Du bist spät“, sagte sie.")
     + P("„Der Wind stand gegen uns“, antwortete er."),
     [("Du bist spät", "Anna Seidel"), ("Der Wind stand gegen uns", "Thomas Brunner")]),
    ("r59-interview", "de",
     P("Die Schriftstellerin Hanna Lembke, 46, hat ihren dritten Roman veröffentlicht. Ein Gespräch über Heimat und Lügen.")
     + P("<b>Frage: Frau Lembke, warum spielt Ihr Buch wieder in der Lausitz?</b>")
     + P("Weil ich dort nie fertig werde. Meine Großmutter sagte immer: „Wer geht, kommt nie ganz an.“")
     + P("<b>Frage: Glauben Sie das?</b>")
     + P("„Inzwischen ja. Leider.“"),
     [("Wer geht, kommt nie ganz", None), ("Inzwischen ja. Leider", "Hanna Lembke")]),
    ("r59-mixed", "de",
     P("Der Landrat Werner Pohl nannte den Plan „alternativlos“, die Grünen-Fraktionschefin Sabine Merz sprach von „Flickschusterei“.")
     + P("Abgestimmt wird im März."),
     [("alternativlos", "Werner Pohl"), ("Flickschusterei", "Sabine Merz")]),
    ("r59-court", "de",
     P("Der Vorsitzende Richter Klaus Ebersbach fragte den Angeklagten Jonas Reiter, warum er in jener Nacht am Lager gewesen sei.")
     + P("„Ich wollte meine Werkzeuge holen. Mehr nicht.“")
     + P("Ebersbach hielt ihm vor, dass das Lager verschlossen war.")
     + P("„Ich hatte einen Schlüssel. Von früher.“"),
     [("Ich wollte meine Werkzeuge holen", "Jonas Reiter"), ("Ich hatte einen Schlüssel", "Jonas Reiter")]),
    ("r59-written", "de",
     P("Am Tor des Schrebergartens hängt ein Schild: „Hunde bitte an die Leine“.")
     + P("Vereinsvorsitzender Günter Fahl lacht darüber. „Das Schild hat noch nie einen Hund interessiert.“"),
     [("Hunde bitte an die Leine", None), ("Das Schild hat noch nie", "Günter Fahl")]),
    ("r59-none", "de",
     P("Das Gesetz verlangt, dass Kommunen „alle zumutbaren Maßnahmen“ ergreifen, um Gehwege zu beleuchten.")
     + P("In der Ahornstraße ist es seit August dunkel."),
     [("alle zumutbaren Maßnahmen", None)]),
    ("r59-before", "de",
     P("Frau Lindqvist, die seit 1998 die Bücherei im Ort leitet, hat die Schließung kommen sehen.")
     + P("„Zuerst kürzten sie die Öffnungszeiten, dann das Personal. Jetzt das.“")
     + P("„Ich werde trotzdem jeden Dienstag da sein. Mit oder ohne Schlüssel.“"),
     [("Zuerst kürzten sie die Öffnungszeiten", "Lindqvist"), ("Ich werde trotzdem jeden Dienstag", "Lindqvist")]),
    ("r59-after", "de",
     P("Tobias Renner, 19, erzielte beide Tore beim 2:1 gegen Waldhausen.")
     + P("„Ich habe einfach draufgehalten“, sagte der Stürmer nach dem Spiel.")
     + P("Sein Vater Rolf Renner, der auf der Tribüne saß, war stolzer: „Das hat er von mir.“"),
     [("Ich habe einfach draufgehalten", "Tobias Renner"), ("Das hat er von mir", "Rolf Renner")]),
    ("r59-org", "de",
     P("Ein Sprecher der Stadtwerke Elmsfeld sagte, die Störung sei „innerhalb von zwei Stunden behoben“ worden.")
     + P("Ein Anwohner sagte: „Zwei Stunden? Bei uns waren es sechs.“"),
     [("innerhalb von zwei Stunden behoben", "Stadtwerke Elmsfeld"), ("Zwei Stunden? Bei uns", None)]),
    ("r59-testimonial", "de",
     P("„Schnelle Lieferung, freundlicher Service, und die Heizung läuft seit drei Wintern ohne Probleme.“")
     + P("— Familie Berger, Kassel")
     + P("„Ich würde jederzeit wieder bestellen.“")
     + P("— Anonym"),
     [("Schnelle Lieferung, freundlicher Service", "Familie Berger"), ("Ich würde jederzeit wieder bestellen", None)]),
    ("r59-far", "de",
     P("Oberbürgermeister Dr. Jan Oltmanns hat die Pläne am Montag vorgestellt.")
     + P("Zwei der fünf Feuerwachen sollen schließen, eine neue soll an der Umgehungsstraße entstehen. Die Gewerkschaft droht mit Protesten.")
     + P("Der Oberbürgermeister bleibt dabei.")
     + P("„Die Einsatzzeiten werden kürzer, nicht länger.“"),
     [("Die Einsatzzeiten werden kürzer", "Jan Oltmanns")]),
    # ---------------------------------------------------------------- French
    ("r59-before", "fr",
     P("Le maire de Vallon-sur-Ardre, Jean-Marc Delorme, a annoncé mardi la fermeture de la piscine municipale.")
     + P("« Nous avons tout essayé. L’argent n’est tout simplement pas là. »")
     + P("L’opposition réclame un audit."),
     [("Nous avons tout essayé", "Jean-Marc Delorme")]),
    ("r59-turns", "fr",
     P("Interrogée par la juge Claire Mounier sur son emploi du temps, la témoin, Mme Hélène Baptiste, a hésité.")
     + P("« J’étais chez ma sœur. Jusqu’à minuit, je crois. »")
     + P("La juge lui a demandé si quelqu’un pouvait le confirmer.")
     + P("« Ma sœur, évidemment. »"),
     [("J’étais chez ma sœur", "Hélène Baptiste"), ("Ma sœur, évidemment", "Hélène Baptiste")]),
    ("r59-mixed", "fr",
     P("Le syndicat Force Rail a qualifié l’offre de « provocation », tandis que la direction de la SNFV parle d’« un effort sans précédent ».")
     + P("Une nouvelle réunion est prévue jeudi."),
     [("provocation", "Force Rail"), ("un effort sans précédent", "SNFV")]),
    ("r59-none", "fr",
     P("Selon l’Insee régional, le chômage est tombé à 6,9 % au troisième trimestre, contre 7,4 % un an plus tôt.")
     + P("« Ça va mieux, mais les emplois ne sont plus les mêmes. »")
     + P("La plupart des nouveaux postes sont à temps partiel."),
     [("Ça va mieux, mais les", None)]),
    ("r59-far", "fr",
     P("M. Dupont, 71 ans, tient la boulangerie de la place du Marché depuis 1979.")
     + P("Le quartier a perdu douze commerces depuis l’ouverture de la rocade. La mairie promet un plan de relance.")
     + P("Le boulanger, lui, n’y croit plus.")
     + P("« Des plans, j’en ai vu passer dix. Le pain, lui, il faut le faire tous les matins. »"),
     [("Des plans, j’en ai vu", "Dupont")]),
    ("r59-written", "fr",
     P("Sur la porte de la mairie, une affiche : « Fermé pour cause de grève ».")
     + P("L’adjointe Sylvie Carrère s’en est excusée : « Les agents ont le droit de manifester. »"),
     [("Fermé pour cause de grève", None), ("Les agents ont le droit", "Sylvie Carrère")]),
    ("r59-interview", "fr",
     P("Rencontre avec la navigatrice Léa Kerbrat, de retour d’un tour du monde en solitaire.")
     + P("<b>Question : Quel a été le pire moment ?</b>")
     + P("— Le Pacifique Sud, de nuit, avec un safran cassé. J’ai pleuré une heure, puis j’ai réparé.")
     + P("<b>Question : Et le meilleur ?</b>")
     + P("— « Terre ! » Je l’ai crié toute seule, comme une idiote."),
     [("Terre !", "Léa Kerbrat")]),
    # ---------------------------------------------------------------- Spanish
    ("r59-before", "es",
     P("La alcaldesa de Villanueva del Río, Dña. Carmen Ortiz Salgado, visitó el martes el barrio inundado.")
     + P("«Nadie debería vivir así. Vamos a pedir la declaración de zona catastrófica».")
     + P("Los vecinos llevan tres días sin luz."),
     [("Nadie debería vivir así", "Carmen Ortiz Salgado")]),
    ("r59-turns", "es",
     P("Preguntado por el rival de la final, el entrenador Sr. Álvaro Quintana sonrió.")
     + P("«Son el mejor equipo de la liga. Tendremos que sufrir».")
     + P("Su capitán, Rubén Lafuente, fue más directo: «Vamos a ganar»."),
     [("Son el mejor equipo de", "Álvaro Quintana"), ("Vamos a ganar", "Rubén Lafuente")]),
    ("r59-none", "es",
     P("Según el Instituto Regional de Estadística, la población del valle cayó un 12 % en diez años.")
     + P("«Aquí ya solo quedan los viejos y los perros», dijo una vecina de unos setenta años."),
     [("Aquí ya solo quedan los", None)]),
    ("r59-org", "es",
     P("La Guardia Urbana de Monteclaro informó de que el conductor «dio positivo en alcohol» y quedó detenido.")
     + P("El Sindicato Libre del Taxi calificó el suceso de «tragedia evitable»."),
     [("dio positivo en alcohol", "Guardia Urbana de Monteclaro"), ("tragedia evitable", "Sindicato Libre del Taxi")]),
    ("r59-far", "es",
     P("Lucía Ferrándiz tiene 34 años y trabaja de noche en la UCI del Hospital del Carmen desde hace una década.")
     + P("El hospital ha perdido 40 enfermeras en dos años. La consejería promete nuevas plazas para 2026.")
     + P("Ferrándiz no se fía.")
     + P("«Llevo diez años oyendo lo mismo. Las plazas nunca llegan»."),
     [("Llevo diez años oyendo lo", "Lucía Ferrándiz")]),
    ("r59-mixed", "es",
     P("El consejero Tomás Beltrán defendió que el plan es «el único posible», mientras la portavoz vecinal, Marta Ibáñez, lo tachó de «chapuza».") + P("La votación será en marzo."),
     [("el único posible", "Tomás Beltrán"), ("chapuza", "Marta Ibáñez")]),
    # ---------------------------------------------------------------- Italian
    ("r59-before", "it",
     P("Il sindaco di Castelverde, Giorgio Battistini, ha incontrato lunedì i commercianti del centro.")
     + P("«Vi chiedo un anno. Se il piano non funziona, me ne vado io».")
     + P("Molti negozianti sono usciti scettici."),
     [("Vi chiedo un anno", "Giorgio Battistini")]),
    ("r59-turns", "it",
     P("Giulia Ferrante ha incontrato il fratello Marco al porto, dopo tre anni.")
     + P("«Sei invecchiato», gli ha detto lei.")
     + P("«Anche tu», ha risposto lui ridendo."),
     [("Sei invecchiato", "Giulia Ferrante"), ("Anche tu", "Marco")]),
    ("r59-none", "it",
     P("Il romanzo «La vigna di Sàlis» di Elena Corradi ha vinto il premio Lanterna.")
     + P("La premiazione si terrà a Ferrara il 12 maggio."),
     [("La vigna di Sàlis", None)]),
    ("r59-org", "it",
     P("La Procura di Valmonte ha fatto sapere che l’indagine «è in una fase delicata» e che non saranno diffusi altri dettagli.")
     + P("L’avvocato della famiglia, Paolo Rinaldi, ha parlato di «silenzio inaccettabile»."),
     [("è in una fase delicata", "Procura di Valmonte"), ("silenzio inaccettabile", "Paolo Rinaldi")]),
    ("r59-far", "it",
     P("Il dottor Enrico Salvemini, 68 anni, è l’ultimo medico condotto della valle.")
     + P("Nel 1990 i medici erano sei. Oggi l’azienda sanitaria fatica a coprire i turni di guardia.")
     + P("Salvemini apre la borsa, la stessa da quarant’anni.")
     + P("«Quando vado in pensione, qui chi viene? Nessuno»."),
     [("Quando vado in pensione, qui", "Enrico Salvemini")]),
    # ---------------------------------------------------------------- Portuguese
    ("r59-before", "pt",
     P("A presidente da câmara de Vila Serrana, Ana Luísa Teixeira, visitou ontem as famílias desalojadas.")
     + P("«Ninguém vai ficar na rua. Isso garanto eu.»")
     + P("A autarquia abriu o pavilhão municipal para acolher 40 pessoas."),
     [("Ninguém vai ficar na rua", "Ana Luísa Teixeira")]),
    ("r59-turns", "pt",
     P("Perguntado pelo juiz se conhecia a vítima, o arguido, Rui Medeiros, disse que sim.")
     + P("«Trabalhámos juntos dez anos. Era meu amigo.»")
     + P("O juiz, Fernando Lopes Coelho, interrompeu: «Era? Porque fala no passado?»"),
     [("Trabalhámos juntos dez anos", "Rui Medeiros"), ("Era? Porque fala no passado", "Fernando Lopes Coelho")]),
    ("r59-none", "pt",
     P("Segundo os dados do instituto, 62 % das famílias do concelho gastam mais de um terço do rendimento na renda.")
     + P("“Não dá. Ou se paga a casa ou se come”, desabafou um morador do bairro."),
     [("Não dá. Ou se paga", None)]),
    ("r59-org", "pt",
     P("A Polícia Municipal de Porto Alvo disse em comunicado que a operação decorreu “sem incidentes”.")
     + P("Um morador que pediu para não ser identificado falou em “abuso de força”."),
     [("sem incidentes", "Polícia Municipal de Porto Alvo"), ("abuso de força", None)]),
    # ---------------------------------------------------------------- Dutch
    ("r59-before", "nl",
     P("Wethouder Pieter van der Vlist kreeg dinsdag in de raad de vraag of het zwembad open blijft.")
     + P("‘Dat kan ik niet beloven. Het geld is op.’")
     + P("De oppositie wil een noodfonds."),
     [("Dat kan ik niet beloven", "Pieter van der Vlist")]),
    ("r59-turns", "nl",
     P("Trainer Erik de Boer wisselde zijn spits Noah Bakker na een uur, en de twee wisselden woorden langs de lijn.")
     + P("Na afloop werd Bakker ernaar gevraagd.")
     + P("‘Niks aan de hand. Hij wilde frisse benen, ik wilde blijven staan.’"),
     [("Niks aan de hand", "Noah Bakker")]),
    ("r59-none", "nl",
     P("Op het spandoek bij het gemeentehuis stond: ‘Handen af van ons ziekenhuis’.")
     + P("Volgens de politie waren er zo’n tweeduizend demonstranten."),
     [("Handen af van ons ziekenhuis", None)]),
    ("r59-far", "nl",
     P("Dr. Sanne de Groot onderzoekt al dertig jaar de Waddenzee.")
     + P("Sinds 2000 is er 14 vierkante kilometer slik verdwenen, blijkt uit satellietbeelden van Rijkswaterbeheer.")
     + P("De Groot pakt een boorkern van haar bureau.")
     + P("‘Dit is wat de rivier vroeger meebracht. Nu houden de dammen het tegen.’"),
     [("Dit is wat de rivier", "Sanne de Groot")]),
    # ---------------------------------------------------------------- Polish
    ("r59-before", "pl",
     P("Burmistrz Ostrowca Górnego Katarzyna Wróblewska spotkała się we wtorek z mieszkańcami zalanego osiedla.")
     + P("„Nikt nie zostanie bez dachu nad głową. Gwarantuję to osobiście”.")
     + P("Gmina otworzyła halę sportową dla 60 osób."),
     [("Nikt nie zostanie bez dachu", "Katarzyna Wróblewska")]),
    ("r59-turns", "pl",
     P("Sędzia zapytała świadka, Tomasza Kowalczyka, czy widział oskarżonego tamtej nocy.")
     + P("„Widziałem mężczyznę w szarym płaszczu. Nie przysięgnę, że to był on”.")
     + P("Obrońca, mec. Joanna Lis, dopytywała o godzinę. „Po jedenastej, może wpół do dwunastej”, odparł Kowalczyk."),
     [("Widziałem mężczyznę w szarym płaszczu", "Tomasz Kowalczyk"), ("Po jedenastej, może wpół", "Tomasz Kowalczyk")]),
    ("r59-far", "pl",
     P("Z Janem Nowickim, emerytowanym górnikiem z Brzeszczyn, rozmawiamy w jego ogródku.")
     + P("Kopalnię zamknięto w 2015 roku. Z 3000 miejsc pracy zostało dwieście.")
     + P("„Człowiek myślał, że to na zawsze. Nic nie jest na zawsze”."),
     [("Człowiek myślał, że to", "Jan Nowicki")]),
    ("r59-none", "pl",
     P("Według GUS bezrobocie w powiecie spadło do 5,1 procent.")
     + P("„Praca jest, tylko za grosze”, mówi jedna z mieszkanek, która prosi o anonimowość."),
     [("Praca jest, tylko za grosze", None)]),
    ("r59-org", "pl",
     P("Komenda Powiatowa Policji w Lesznie poinformowała, że kierowca był „trzeźwy i miał uprawnienia”.")
     + P("Rzecznik prasowy Związku Kierowców Zawodowych, Marek Bielski, nazwał wypadek „tragedią, której można było uniknąć”."),
     [("trzeźwy i miał uprawnienia", "Komenda Powiatowa Policji w Lesznie"), ("tragedią, której można było", "Marek Bielski")]),
    # ---------------------------------------------------------------- Russian
    ("r59-before", "ru",
     P("Главу администрации Северогорска Андрея Волкова спросили, когда дома на улице Лесной получат тепло.")
     + P("«До конца недели. Если не успеем, я лично приеду и буду объяснять каждому».")
     + P("Жители в это не верят."),
     [("До конца недели. Если", "Андрей Волков")]),
    ("r59-turns", "ru",
     P("С Марией Лебедевой мы встретились у входа в школу, где она проработала сорок лет. Рядом стоял её бывший ученик Олег Панин.")
     + P("«Она нас не жалела. И правильно», — сказал он.")
     + P("«Жалела, ещё как. Просто не показывала», — улыбнулась она."),
     [("Она нас не жалела", "Олег Панин"), ("Жалела, ещё как", "Мария Лебедева")]),
    ("r59-role", "ru",
     P("По словам Джеймса Уиттакера, директора британской компании Harwick Marine, контракт «не обсуждается».")
     + P("Представитель министерства от комментариев отказался."),
     [("не обсуждается", "Джеймс Уиттакер")]),
    ("r59-none", "ru",
     P("По данным Росстата, население района за десять лет сократилось на 18 процентов.")
     + P("«Молодёжь уезжает, а старики остаются», — говорит одна из местных жительниц."),
     [("Молодёжь уезжает, а старики", None)]),
    ("r59-org", "ru",
     P("В пресс-службе ГУ МВД по Северогорской области заявили, что задержанный «дал признательные показания».")
     + P("Адвокат задержанного Ирина Котова назвала это «давлением на подзащитного»."),
     [("дал признательные показания", "ГУ МВД по Северогорской области"), ("давлением на подзащитного", "Ирина Котова")]),
    # ---------------------------------------------------------------- Czech
    ("r59-before", "cs",
     P("Starostku Horní Lhoty Janu Dvořákovou jsme zastihli na radnici.")
     + P("„Peníze na bazén prostě nejsou. Zkusili jsme všechno.“")
     + P("Opozice žádá audit."),
     [("Peníze na bazén prostě nejsou", "Jana Dvořáková")]),
    ("r59-turns", "cs",
     P("Ing. Petr Havlíček se s Martinou Novotnou setkal na nábřeží.")
     + P("„Jdeš pozdě,“ řekla mu.")
     + P("„Proud byl proti nám,“ odpověděl."),
     [("Jdeš pozdě", "Martina Novotná"), ("Proud byl proti nám", "Petr Havlíček")]),
    ("r59-none", "cs",
     P("Podle Českého statistického úřadu klesla nezaměstnanost v okrese na 3,9 procenta.")
     + P("„Práce je, ale za málo peněz,“ říká jedna z obyvatelek."),
     [("Práce je, ale za", None)]),
    # ---------------------------------------------------------------- Hungarian
    ("r59-before", "hu",
     P("Kovács Évát, a szentgyörgyi iskola igazgatóját kérdeztük a tornaterem bezárásáról.")
     + P("„Három éve kérünk pénzt a tetőre. Most beszakadt.”")
     + P("A fenntartó vizsgálatot ígért."),
     [("Három éve kérünk pénzt a", "Kovács Éva")]),
    ("r59-turns", "hu",
     P("Nagy Péter edző a 60. percben lecserélte csatárát, Szabó Bencét.")
     + P("„Friss lábak kellettek” – mondta az edző a meccs után.")
     + P("Szabó nem titkolta csalódottságát: „Maradni akartam.”"),
     [("Friss lábak kellettek", "Nagy Péter"), ("Maradni akartam", "Szabó Bence")]),
    ("r59-none", "hu",
     P("A KSH adatai szerint a megye lakossága tíz év alatt 11 százalékkal csökkent.")
     + P("„Itt már csak az öregek maradtak” – mondta egy helyi asszony."),
     [("Itt már csak az öregek", None)]),
    # ---------------------------------------------------------------- Finnish
    ("r59-before", "fi",
     P("Kysyimme kaupunginjohtaja Anne Virtaselta, milloin uimahalli avataan uudelleen.")
     + P("”Emme voi luvata mitään. Rahat ovat loppu.”")
     + P("Valtuusto käsittelee asiaa maaliskuussa."),
     [("Emme voi luvata mitään", "Anne Virtanen")]),
    ("r59-turns", "fi",
     P("Valmentaja Jari Mäkelä vaihtoi hyökkääjä Ville Korhosen pois tunnin kohdalla.")
     + P("Korhoselta kysyttiin asiasta ottelun jälkeen.")
     + P("”Ei mitään draamaa. Hän halusi tuoreet jalat, minä halusin jatkaa.”"),
     [("Ei mitään draamaa", "Ville Korhonen")]),
    ("r59-none", "fi",
     P("Tilastokeskuksen mukaan kunnan väkiluku on laskenut kymmenessä vuodessa 14 prosenttia.")
     + P("”Täällä on enää vanhuksia ja koiria”, sanoo eräs kyläläinen."),
     [("Täällä on enää vanhuksia ja", None)]),
    # ---------------------------------------------------------------- Greek
    ("r59-before", "el",
     P("Ρωτήσαμε τον δήμαρχο Κώστα Παπαδάκη πότε θα ανοίξει ξανά το κολυμβητήριο.")
     + P("«Δεν μπορώ να υποσχεθώ τίποτα. Τα χρήματα δεν υπάρχουν.»")
     + P("Η αντιπολίτευση ζητά έλεγχο."),
     [("Δεν μπορώ να υποσχεθώ τίποτα", "Κώστας Παπαδάκης")]),
    ("r59-role", "el",
     P("Σύμφωνα με τον Mark Ellison, διευθυντή της βρετανικής εταιρείας Harlow Shipping, η συμφωνία «δεν είναι υπό διαπραγμάτευση».")
     + P("Το υπουργείο δεν σχολίασε."),
     [("δεν είναι υπό διαπραγμάτευση", "Mark Ellison")]),
    ("r59-none", "el",
     P("Σύμφωνα με την ΕΛΣΤΑΤ, ο πληθυσμός του νησιού μειώθηκε κατά 20% σε δέκα χρόνια.")
     + P("«Έμειναν μόνο οι γέροι», λέει μια ηλικιωμένη κάτοικος."),
     [("Έμειναν μόνο οι γέροι", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r59-before", "sv",
     P("Kommunalrådet Karin Lindqvist fick på tisdagen frågan om simhallen ska stängas.")
     + P("”Jag kan inte lova något. Pengarna är slut.”")
     + P("Oppositionen kräver en granskning."),
     [("Jag kan inte lova något", "Karin Lindqvist")]),
    ("r59-turns", "sv",
     P("Erik Holm träffade sin dotter Sara på kajen.")
     + P("”Du är sen”, sa hon.")
     + P("”Vinden var emot oss”, svarade han."),
     [("Du är sen", "Sara"), ("Vinden var emot oss", "Erik Holm")]),
    ("r59-none", "sv",
     P("Enligt SCB har befolkningen i kommunen minskat med 12 procent på tio år.")
     + P("”Här finns bara gamla kvar”, säger en kvinna i sextioårsåldern."),
     [("Här finns bara gamla kvar", None)]),
    # ---------------------------------------------------------------- Norwegian
    ("r59-before", "nb",
     P("Ordfører Ingrid Haugland var på plass da de første evakuerte kom tilbake til Strandvik.")
     + P("«Ingen skal stå uten tak over hodet. Det lover jeg.»")
     + P("Kommunen har leid inn brakker."),
     [("Ingen skal stå uten tak", "Ingrid Haugland")]),
    ("r59-org", "nb",
     P("Politiet i Nordfjell beskriver ulykken som «alvorlig» og ber vitner melde seg.")
     + P("En nabo forteller at bilen kjørte «altfor fort»."),
     [("alvorlig", "Politiet i Nordfjell"), ("altfor fort", None)]),
    ("r59-far", "nb",
     P("Ola Bergstrøm (71) har fisket fra Hamnvik i femti år.")
     + P("Torskekvoten er halvert siden 2015, ifølge Fiskeridirektoratet for Nordkysten.")
     + P("«Før var det båter her så langt øyet rakk. Nå er det tre.»"),
     [("Før var det båter her", "Ola Bergstrøm")]),
    # ---------------------------------------------------------------- Danish
    ("r59-before", "da",
     P("Borgmester Mette Kjærgaard blev tirsdag spurgt, om svømmehallen lukker.")
     + P("»Det kan jeg ikke love. Pengene er der ikke.«")
     + P("Oppositionen vil have en revision."),
     [("Det kan jeg ikke love", "Mette Kjærgaard")]),
    ("r59-turns", "da",
     P("Træner Lars Mikkelsen skiftede angriberen Jonas Vestergaard ud efter en time.")
     + P("»Vi manglede friske ben,« sagde træneren.")
     + P("Vestergaard var skuffet: »Jeg ville gerne blive på banen.«"),
     [("Vi manglede friske ben", "Lars Mikkelsen"), ("Jeg ville gerne blive på", "Jonas Vestergaard")]),
    ("r59-none", "da",
     P("På banneret ved rådhuset stod der: »Hænderne væk fra vores sygehus«.")
     + P("Ifølge politiet deltog omkring 2.000 mennesker."),
     [("Hænderne væk fra vores sygehus", None)]),
    # ---------------------------------------------------------------- Romanian
    ("r59-before", "ro",
     P("Primarul din Valea Lungă, Ion Mărgineanu, a fost întrebat marți când vor primi căldură blocurile de pe strada Morii.")
     + P("„Până la sfârșitul săptămânii. Dacă nu, vin personal să explic.”")
     + P("Locatarii sunt sceptici."),
     [("Până la sfârșitul săptămânii", "Ion Mărgineanu")]),
    ("r59-turns", "ro",
     P("Judecătoarea a întrebat-o pe martoră, Elena Popescu, unde se afla în acea seară.")
     + P("„Eram la sora mea. Până la miezul nopții, cred.”")
     + P("Avocatul inculpatului, Mihai Drăgan, a contestat: „Sora dumneavoastră nu a fost audiată.”"),
     [("Eram la sora mea", "Elena Popescu"), ("Sora dumneavoastră nu a fost", "Mihai Drăgan")]),
    ("r59-none", "ro",
     P("Potrivit INS, populația comunei a scăzut cu 15% în zece ani.")
     + P("„Au rămas doar bătrânii”, spune o localnică."),
     [("Au rămas doar bătrânii", None)]),
    # ---------------------------------------------------------------- Turkish
    ("r59-before", "tr",
     P("Yeşilköy Belediye Başkanı Ayşe Demirtaş'a yüzme havuzunun ne zaman açılacağını sorduk.")
     + P("“Söz veremem. Bütçe yok.”")
     + P("Muhalefet denetim istiyor."),
     [("Söz veremem. Bütçe yok", "Ayşe Demirtaş")]),
    ("r59-turns", "tr",
     P("Teknik direktör Murat Kaya, forvet Emre Yıldız'ı 60. dakikada oyundan aldı.")
     + P("Maçtan sonra Yıldız'a soruldu.")
     + P("“Sorun yok. Hoca taze bacak istedi, ben kalmak istedim.”"),
     [("Sorun yok. Hoca taze", "Emre Yıldız")]),
    ("r59-none", "tr",
     P("TÜİK verilerine göre ilçenin nüfusu on yılda yüzde 13 azaldı.")
     + P("“Burada sadece yaşlılar kaldı” diyor bir kadın."),
     [("Burada sadece yaşlılar kaldı", None)]),
    ("r59-org", "tr",
     P("Deniz Emniyet Müdürlüğü yaptığı açıklamada kazanın “teknik bir arızadan” kaynaklandığını bildirdi.")
     + P("Armatör şirketin avukatı Selin Aksoy ise “soruşturma bitmeden yorum yapmayacağız” dedi."),
     [("teknik bir arızadan", "Deniz Emniyet Müdürlüğü"), ("soruşturma bitmeden yorum yapmayacağız", "Selin Aksoy")]),
    # ---------------------------------------------------------------- Chinese
    ("r59-before", "zh",
     P("记者问青川县县长王建国，受灾群众何时能搬进新房。")
     + P("“年底之前。做不到，我亲自去向每一户解释。”")
     + P("不少村民表示将信将疑。"),
     [("年底之前。做不到", "王建国")]),
    ("r59-org", "zh",
     P("青川县市场监管局表示将“严肃处理”此事，涉事企业已停业整顿。")
     + P("一位不愿具名的员工说：“我们早就提醒过老板。”"),
     [("严肃处理", "青川县市场监管局"), ("我们早就提醒过老板", None)]),
    ("r59-turns", "zh",
     P("李梅在码头见到了多年未见的哥哥李强。")
     + P("“你老了。”她说。")
     + P("“你也是。”他笑着回答。"),
     [("你老了", "李梅"), ("你也是", "李强")]),
    ("r59-none", "zh",
     P("据县统计局数据，全县常住人口十年间减少了18%。")
     + P("“村里只剩老人了。”一位村民说。"),
     [("村里只剩老人了", None)]),
    ("r59-testimonial", "zh",
     P("“安装师傅很专业，一个上午就装好了，电费省了一半。”")
     + P("——上海市 张女士"),
     [("安装师傅很专业", "张女士")]),
    # ---------------------------------------------------------------- Japanese
    ("r59-before", "ja",
     P("山田花子さん（78）は、50年間この町で駄菓子屋を営んできた。")
     + P("「子どもたちの顔を見るのが一番の楽しみでした。」")
     + P("店は今月末で閉店する。"),
     [("子どもたちの顔を見るのが", "山田花子")]),
    ("r59-turns", "ja",
     P("記者が佐藤健一監督に、主将の移籍について尋ねた。")
     + P("「彼は売らない。何度でも言う。」")
     + P("一方、主将の田中翔太選手は「まだ何も決めていない」と話した。"),
     [("彼は売らない", "佐藤健一"), ("まだ何も決めていない", "田中翔太")]),
    ("r59-testimonial", "ja",
     P("「対応がとても丁寧で、安心してお任せできました。」")
     + P("— 東京都・K.T.様"),
     [("対応がとても丁寧で", "K.T.")]),
    ("r59-none", "ja",
     P("町の人口は10年で2割減った。")
     + P("「若い人はみんな出ていった」と、ある住民はつぶやいた。"),
     [("若い人はみんな出ていった", None)]),
    # ---------------------------------------------------------------- Korean
    ("r59-before", "ko",
     P("기자가 김민준 시장에게 수영장 재개장 시기를 물었다.")
     + P("“약속드릴 수 없습니다. 예산이 없습니다.”")
     + P("야당은 감사를 요구하고 있다."),
     [("약속드릴 수 없습니다", "김민준")]),
    ("r59-turns", "ko",
     P("박지연 씨는 부두에서 오빠 박성호 씨를 10년 만에 만났다.")
     + P("“오빠 많이 늙었네.” 그녀가 말했다.")
     + P("“너도 마찬가지야.” 그가 웃으며 답했다."),
     [("오빠 많이 늙었네", "박지연"), ("너도 마찬가지야", "박성호")]),
    ("r59-none", "ko",
     P("통계청에 따르면 군 인구는 10년 사이 17% 줄었다.")
     + P("“이제 노인들만 남았어요.” 한 주민이 말했다."),
     [("이제 노인들만 남았어요", None)]),
    # ---------------------------------------------------------------- Arabic
    ("r59-before", "ar",
     P("سألنا رئيس بلدية وادي النخيل، سمير الحداد، عن موعد إعادة فتح المسبح.")
     + P("«لا أستطيع أن أعد بشيء. الميزانية غير موجودة».")
     + P("وتطالب المعارضة بتدقيق الحسابات."),
     [("لا أستطيع أن أعد بشيء", "سمير الحداد")]),
    ("r59-role", "ar",
     P("وقال جون ماكنزي (John McKenzie)، مدير شركة هارلو للشحن البريطانية، إن العقد «غير قابل للتفاوض».")
     + P("ولم تعلّق الوزارة."),
     [("غير قابل للتفاوض", "جون ماكنزي")]),
    ("r59-none", "ar",
     P("وفق بيانات مكتب الإحصاء، انخفض عدد سكان القرية بنسبة 20% خلال عشر سنوات.")
     + P("«لم يبق هنا إلا كبار السن»، تقول إحدى الساكنات."),
     [("لم يبق هنا إلا كبار", None)]),
    # ---------------------------------------------------------------- Hebrew
    ("r59-before", "he",
     P("ראש המועצה, יוסי אברהמי, נשאל ביום שלישי מתי ייפתח מחדש הבריכה.")
     + P("\"אני לא יכול להבטיח כלום. אין תקציב.\"")
     + P("האופוזיציה דורשת ביקורת."),
     [("אני לא יכול להבטיח כלום", "יוסי אברהמי")]),
    ("r59-turns", "he",
     P("מאמן הקבוצה, דני לוי, החליף את החלוץ עומר כהן אחרי שעה.")
     + P("אחרי המשחק נשאל כהן על כך.")
     + P("\"אין דרמה. הוא רצה רגליים רעננות.\""),
     [("אין דרמה. הוא רצה", "עומר כהן")]),
    ("r59-none", "he",
     P("על השלט בכניסה לגן נכתב: \"נא לסגור את השער\".")
     + P("\"אף אחד לא סוגר אותו\", אמר אחד השכנים."),
     [("נא לסגור את השער", None), ("אף אחד לא סוגר אותו", None)]),
    # ---------------------------------------------------------------- Persian
    ("r59-before", "fa",
     P("از شهردار رودبار، مریم احمدی، پرسیدیم استخر شهر کی دوباره باز می‌شود.")
     + P("«نمی‌توانم قولی بدهم. بودجه‌ای نیست.»")
     + P("اعضای شورا خواستار حسابرسی شده‌اند."),
     [("نمی‌توانم قولی بدهم", "مریم احمدی")]),
    ("r59-turns", "fa",
     P("علی رضایی، مربی تیم، مهاجم خود حسین کریمی را در دقیقه ۶۰ تعویض کرد.")
     + P("«پاهای تازه لازم داشتیم»، مربی پس از بازی گفت.")
     + P("کریمی اما گفت: «می‌خواستم بمانم.»"),
     [("پاهای تازه لازم داشتیم", "علی رضایی"), ("می‌خواستم بمانم", "حسین کریمی")]),
    ("r59-none", "fa",
     P("بر اساس آمار مرکز آمار، جمعیت روستا در ده سال ۱۸ درصد کاهش یافته است.")
     + P("«فقط پیرها مانده‌اند»، یکی از اهالی می‌گوید."),
     [("فقط پیرها مانده‌اند", None)]),
    # ---------------------------------------------------------------- Hindi
    ("r59-before", "hi",
     P("हमने रामपुर की महापौर सुनीता वर्मा से पूछा कि तरणताल कब खुलेगा।")
     + P("“मैं कोई वादा नहीं कर सकती। बजट नहीं है।”")
     + P("विपक्ष ने जाँच की माँग की है।"),
     [("मैं कोई वादा नहीं कर", "सुनीता वर्मा")]),
    ("r59-turns", "hi",
     P("कोच राजेश कुमार ने स्ट्राइकर अमित सिंह को 60वें मिनट में बाहर बुलाया।")
     + P("मैच के बाद अमित से इस बारे में पूछा गया।")
     + P("“कोई बात नहीं। कोच को ताज़ा पैर चाहिए थे।”"),
     [("कोई बात नहीं। कोच को", "अमित सिंह")]),
    ("r59-none", "hi",
     P("जनगणना के आँकड़ों के अनुसार गाँव की आबादी दस साल में 16 प्रतिशत घटी है।")
     + P("“यहाँ अब सिर्फ़ बूढ़े बचे हैं,” एक ग्रामीण महिला ने कहा।"),
     [("यहाँ अब सिर्फ़ बूढ़े बचे", None)]),
    # ---------------------------------------------------------------- Indonesian
    ("r59-before", "id",
     P("Wali Kota Sungai Liat, Budi Santoso, ditanya kapan kolam renang kota dibuka kembali.")
     + P("\"Saya tidak bisa berjanji. Anggarannya tidak ada.\"")
     + P("DPRD meminta audit."),
     [("Saya tidak bisa berjanji", "Budi Santoso")]),
    ("r59-turns", "id",
     P("Siti Rahmawati bertemu kakaknya, Agus Rahman, di dermaga setelah sepuluh tahun.")
     + P("\"Kamu sudah tua,\" katanya sambil tertawa.")
     + P("\"Kamu juga,\" jawab Agus."),
     [("Kamu sudah tua", "Siti Rahmawati"), ("Kamu juga", "Agus Rahman")]),
    ("r59-none", "id",
     P("Menurut BPS, jumlah penduduk desa turun 15 persen dalam sepuluh tahun.")
     + P("\"Yang tinggal cuma orang tua,\" kata seorang warga."),
     [("Yang tinggal cuma orang tua", None)]),
    # ---------------------------------------------------------------- Vietnamese
    ("r59-before", "vi",
     P("Chúng tôi hỏi ông Nguyễn Văn Hùng, chủ tịch UBND huyện, khi nào người dân được vào nhà mới.")
     + P("“Trước cuối năm. Nếu không kịp, tôi sẽ tự đến giải thích với từng hộ.”")
     + P("Nhiều người dân vẫn hoài nghi."),
     [("Trước cuối năm. Nếu không", "Nguyễn Văn Hùng")]),
    ("r59-turns", "vi",
     P("Huấn luyện viên Trần Minh Tuấn thay tiền đạo Lê Văn Nam ra sân ở phút 60.")
     + P("Sau trận, Nam được hỏi về chuyện này.")
     + P("“Không có gì. Thầy muốn đôi chân tươi mới.”"),
     [("Không có gì. Thầy muốn", "Lê Văn Nam")]),
    ("r59-none", "vi",
     P("Theo Tổng cục Thống kê, dân số xã giảm 14% trong mười năm.")
     + P("“Giờ chỉ còn người già,” một người dân nói."),
     [("Giờ chỉ còn người già", None)]),
    # ---------------------------------------------------------------- more, smaller languages
    ("r59-far", "nl",
     P("Marieke Jansen (52) runt al twintig jaar de bakkerij aan de Molenstraat. Haar huisbaas, Kees Verhoeven, verhoogde de huur in januari met veertig procent.")
     + P("‘Twaalf winkels zijn dicht sinds de rondweg open is,’ zegt ze.")
     + P("Verhoeven ziet het anders. ‘Ik heb de huur negen jaar niet verhoogd.’"),
     [("Twaalf winkels zijn dicht sinds", "Marieke Jansen"), ("Ik heb de huur negen", "Kees Verhoeven")]),
    ("r59-far", "cs",
     P("Doc. MUDr. Pavel Krejčí, primář kardiologie v nemocnici v Horním Brodě, pracuje v nemocnici třicet let.")
     + P("Oddělení za dva roky přišlo o patnáct sester. Kraj slibuje nová místa.")
     + P("„Slyším to deset let. Místa nikdy nepřijdou.“")
     + P("Ředitel nemocnice Jiří Malý oponuje: „Letos poprvé máme peníze.“"),
     [("Slyším to deset let", "Pavel Krejčí"), ("Letos poprvé máme peníze", "Jiří Malý")]),
    ("r59-turns", "hu",
     P("Tóth Annát, a falu egyetlen orvosát egy vasárnap délután hívták ki a tanyára, ahol Horváth Józsefet, a 80 éves gazdát összeesve találta.")
     + P("„Azonnal láttam, hogy a szíve. Nem volt idő mentőre várni.”")
     + P("Horváth ma már a kertben dolgozik. „A doktornő nélkül nem élnék.”"),
     [("Azonnal láttam, hogy a", "Tóth Anna"), ("A doktornő nélkül nem élnék", "Horváth József")]),
    ("r59-turns", "sv",
     P("Åklagaren frågade vittnet, Lars Nyberg, om han sett den åtalade vid lagret.")
     + P("”Jag såg en man i grå rock. Jag kan inte svära på att det var han.”")
     + P("Försvararen, advokat Helena Ström, frågade om tiden. ”Efter elva”, svarade Nyberg."),
     [("Jag såg en man i", "Lars Nyberg"), ("Efter elva", "Lars Nyberg")]),
    ("r59-turns", "nb",
     P("Kari Nordvik møtte broren Anders på kaia i Hamnvik etter ti år.")
     + P("«Du har blitt gammel», sa hun.")
     + P("«Det har du også», svarte han og lo."),
     [("Du har blitt gammel", "Kari Nordvik"), ("Det har du også", "Anders")]),
    ("r59-far", "da",
     P("Dr. Sofie Brandt har forsket i Vadehavet i tredive år.")
     + P("Siden 2000 er 14 kvadratkilometer slik forsvundet, viser satellitdata fra Kystdirektoratet Syd.")
     + P("»Det her er, hvad åen plejede at føre med sig. Nu holder dæmningerne det tilbage.«")
     + P("»Vi har måske tyve år,« tilføjer hun."),
     [("Det her er, hvad åen", "Sofie Brandt"), ("Vi har måske tyve år", "Sofie Brandt")]),
    ("r59-far", "ro",
     P("Dr. Ioana Stoica lucrează de zece ani în tura de noapte la Spitalul Județean din Valea Lungă.")
     + P("Spitalul a pierdut 40 de asistente în doi ani. Ministerul promite posturi noi.")
     + P("„Aud asta de zece ani. Posturile nu vin niciodată.”")
     + P("„Dar eu tot rămân. Cineva trebuie să rămână.”"),
     [("Aud asta de zece ani", "Ioana Stoica"), ("Dar eu tot rămân", "Ioana Stoica")]),
    ("r59-before", "ko",
     P("이정희 씨(78)는 50년 동안 이 동네에서 구멍가게를 운영해 왔다.")
     + P("“아이들 얼굴 보는 게 제일 큰 낙이었어요.”")
     + P("가게는 이달 말 문을 닫는다."),
     [("아이들 얼굴 보는 게", "이정희")]),
    ("r59-far", "he",
     P("ד\"ר רונית שפירא חוקרת את הכנרת כבר שלושים שנה.")
     + P("מאז שנת 2000 ירד מפלס האגם בשני מטרים, לפי נתוני רשות המים הצפונית.")
     + P("\"זה מה שהנהר היה מביא. עכשיו הסכרים עוצרים אותו.\"")
     + P("\"יש לנו אולי עשרים שנה\", היא מוסיפה."),
     [("זה מה שהנהר היה מביא", "רונית שפירא"), ("יש לנו אולי עשרים שנה", "רונית שפירא")]),
    ("r59-far", "fa",
     P("دکتر زهرا موسوی سی سال است که دریاچه را مطالعه می‌کند.")
     + P("«این همان چیزی است که رودخانه می‌آورد. حالا سدها جلویش را گرفته‌اند.»")
     + P("«شاید بیست سال وقت داریم»، او اضافه می‌کند."),
     [("این همان چیزی است که", "زهرا موسوی"), ("شاید بیست سال وقت داریم", "زهرا موسوی")]),
    ("r59-turns", "fi",
     P("Liisa Koskinen tapasi veljensä Mikko Koskisen satamassa kymmenen vuoden jälkeen.")
     + P("”Sinä olet vanhentunut”, hän sanoi.")
     + P("”Niin sinäkin”, veli vastasi nauraen."),
     [("Sinä olet vanhentunut", "Liisa Koskinen"), ("Niin sinäkin", "Mikko Koskinen")]),
    ("r59-far", "fi",
     P("Lääkäri Eero Lahtinen on ollut kylän ainoa lääkäri vuodesta 1990.")
     + P("”Kun jään eläkkeelle, kuka tänne tulee? Ei kukaan.”")
     + P("Kunnanjohtaja Timo Salo ei vastannut kysymyksiimme."),
     [("Kun jään eläkkeelle, kuka", "Eero Lahtinen")]),
    ("r59-turns", "el",
     P("Η Μαρία Γεωργίου συνάντησε τον αδελφό της Νίκο Γεωργίου στο λιμάνι μετά από δέκα χρόνια.")
     + P("«Γέρασες», του είπε.")
     + P("«Κι εσύ», απάντησε εκείνος γελώντας."),
     [("Γέρασες", "Μαρία Γεωργίου"), ("Κι εσύ", "Νίκος Γεωργίου")]),
    ("r59-turns", "ar",
     P("التقت ليلى منصور بشقيقها كريم منصور في الميناء بعد عشر سنوات.")
     + P("«لقد كبرت»، قالت له.")
     + P("«وأنتِ أيضاً»، أجاب ضاحكاً."),
     [("لقد كبرت", "ليلى منصور"), ("وأنتِ أيضاً", "كريم منصور")]),
    ("r59-far", "hi",
     P("डॉ. अनिल मेहता तीस साल से इस झील पर शोध कर रहे हैं।")
     + P("सन 2000 से झील का क्षेत्रफल 14 प्रतिशत घटा है, राज्य जल आयोग के आँकड़े बताते हैं।")
     + P("“यह वह है जो नदी लाती थी। अब बाँध इसे रोक लेते हैं।”")
     + P("“हमारे पास शायद बीस साल हैं।”"),
     [("यह वह है जो नदी", "अनिल मेहता"), ("हमारे पास शायद बीस साल", "अनिल मेहता")]),
    ("r59-far", "id",
     P("Dr. Ratna Wulandari sudah tiga puluh tahun meneliti Danau Sembilan.")
     + P("\"Ini yang dulu dibawa sungai. Sekarang bendungan menahannya.\"")
     + P("\"Kita mungkin punya dua puluh tahun,\" tambahnya."),
     [("Ini yang dulu dibawa sungai", "Ratna Wulandari"), ("Kita mungkin punya dua puluh", "Ratna Wulandari")]),
    ("r59-turns", "vi",
     P("Bà Phạm Thị Lan gặp lại em trai Phạm Văn Đức ở bến cảng sau mười năm.")
     + P("“Em già rồi,” bà nói.")
     + P("“Chị cũng vậy,” ông cười đáp."),
     [("Em già rồi", "Phạm Thị Lan"), ("Chị cũng vậy", "Phạm Văn Đức")]),
    # ---------------------------------------------------------------- English, more
    ("r59-before", "en",
     P("Trevor Banks, who chairs the Holloway Road residents' association, said the council had known about the damp since 2021 and had done nothing.")
     + P("“We have the emails. We have the photographs. We have the children's inhalers.”")
     + P("“What we do not have is an answer.”")
     + P("“I am not angry any more. I am just tired.”"),
     [("We have the emails. We", "Trevor Banks"), ("What we do not have", "Trevor Banks"),
      ("I am not angry any", "Trevor Banks")]),
    ("r59-turns", "en",
     P("Detective Sergeant Maya Holt interviewed the suspect, Liam Gorse, for three hours, according to the transcript read to the jury.")
     + P("“Where were you at ten o'clock?”")
     + P("“At home. Watching the football.”")
     + P("“Your phone says otherwise.”"),
     [("Where were you at ten", "Maya Holt"), ("At home. Watching the football", "Liam Gorse"),
      ("Your phone says otherwise", "Maya Holt")]),
    ("r59-none", "en",
     P("Councillor Ray Doughty praised the new cycle lane at Monday's meeting.")
     + P("Since it opened in June, collisions on Fore Street have fallen from 14 to three, and the number of cyclists has doubled, according to council counts.")
     + P("“I still would not let my kids ride on it.”")
     + P("The council will review the scheme in the spring."),
     [("I still would not let", None)]),
    ("r59-far", "en",
     P("<strong>‘The water came in through the floor’</strong>")
     + P("Agnes Molyneux, 84, was asleep when the Ribble burst its banks at 3 a.m.")
     + P("Her son, Neil, drove from Preston through the flood to reach her. By the time he arrived the water was at the second stair.")
     + P("“I heard it before I saw it. A sort of hiss under the floorboards,” she said.")
     + P("Neil Molyneux carried his mother to the car. “She was more worried about the cat,” he said."),
     [("The water came in through", "Agnes Molyneux"), ("I heard it before I", "Agnes Molyneux"), ("She was more worried about", "Neil Molyneux")]),
    ("r59-turns", "en",
     P("Asked by opposition leader Fiona Marr whether the hospital would stay open, health minister Gerald Tansley paused.")
     + P("“I will not stand here and make promises I cannot keep.”")
     + P("Marr said that was not an answer. “Then it will close.”")
     + P("“That is not what I said.”"),
     [("I will not stand here", "Gerald Tansley"), ("Then it will close", "Fiona Marr"),
      ("That is not what I", "Gerald Tansley")]),
    ("r59-sports", "en",
     P("Greenock's Sam Adebayo thanked his teammate Callum Reid for the assist after the 2-0 win.")
     + P("“Reidy put it on a plate. I just had to not miss.”")
     + P("Reid, who has been out for two months with a hamstring injury, played the last half hour. “Good to be back. The legs feel fine.”"),
     [("Reidy put it on a", "Sam Adebayo"), ("Good to be back", "Callum Reid")]),
    ("r59-science", "en",
     P("The researchers surveyed 2,400 adults in six countries. Sixty-one percent said they checked their phone within five minutes of waking.")
     + P("“Most people underestimate it by half,” said co-author Dr. Lotte Brink of Haverly University.")
     + P("The survey's last question asked whether respondents would give up their phone for a week for $500. One in four said yes. One wrote: “Make it a thousand.”"),
     [("Most people underestimate it by", "Lotte Brink"), ("Make it a thousand", None)]),
    ("r59-before", "en",
     P("The county's chief fire officer, Diane Larkin, walked the length of the burned-out mill with reporters on Wednesday, stopping at the stairwell where two firefighters were injured.")
     + P("“This is where the floor went. They were lucky.”")
     + P("She pointed to the roof. “Everything above us was timber from 1870.”"),
     [("This is where the floor", "Diane Larkin"), ("Everything above us was timber", "Diane Larkin")]),
    ("r59-written", "en",
     P("The coroner, Andrew Pell, read from the note left by the dead man's employer, Harrow Freight, which said the lorry had been “checked and passed” two days earlier.")
     + P("Pell said the checks had been “cursory at best”."),
     [("checked and passed", "Harrow Freight"), ("cursory at best", "Andrew Pell")]),
    ("r59-none", "en",
     P("Gemma Rourke's bakery won the county's best loaf award for the third year running on Saturday.")
     + P("Elsewhere at the show, the sheep-shearing contest was cancelled because of rain.")
     + P("“It is the first time in forty years,” one steward said."),
     [("It is the first time", None)]),
    ("r59-mixed", "en",
     P("Jenna Ward told the tribunal that her supervisor, Keith Morley, had called her “a liability” in front of customers, and that when she complained he said she was “too sensitive for retail”.")
     + P("Morley denies the claims. “I never raised my voice to her,” he said in his statement."),
     [("a liability", "Keith Morley"), ("too sensitive for retail", "Keith Morley"), ("I never raised my voice", "Keith Morley")]),
    ("r59-after", "en",
     P("Ben Aldous, 17, and his grandfather Frank Aldous, 79, finished the Three Peaks walk on Sunday in 23 hours.")
     + P("“He kept me going up Scafell in the dark,” Ben said. “I would have stopped.”")
     + P("His grandfather laughed. “Rubbish. He was carrying my bag.”"),
     [("He kept me going up", "Ben Aldous"), ("I would have stopped", "Ben Aldous"), ("Rubbish. He was carrying", "Frank Aldous")]),
]

"""Held-out round 57 of benchmarks/speaker_forms.py: who speaks a quotation, in 27 languages.

Written blind (without reading src/, tests/ or any other speaker round). It covers short quoted
fragments inside a sentence whose subject is the speaker (surname alone, pronoun, or an organisation
standing in for people: "the union called the offer “an insult”"); speakers named in a relative
clause or apposition between two other people; speakers introduced as "a woman named X" or "X, a
nurse from Y"; quotations that continue after a reply from a second person; "X told reporters" with
the quote in the next paragraph; statements, posts, emails and podcasts; forum threads, reviews,
testimonials, press releases, museum and travel pages, documentation quoting error messages; names
inflected in Polish, Czech, Russian, Finnish, Hungarian and Greek (expected in the base form); East
Asian names with honorifics; and about a quarter of pairs where a reader says None (an unnamed
"one passer-by", an anonymous user, a sign, a slogan, a product name, a law's wording, a title).
"""

from __future__ import annotations

P = "<p>{}</p>".format

R57_CASES = [
    # ---------------------------------------------------------------- English
    ("r57-frag", "en",
     P("Residents of Marlow Street packed the community hall on Thursday to hear the council's plan for the "
       "derelict bus depot.") +
     P("Esterhazy, 52, who has run the corner bakery for two decades, said he was “tired of waiting” and "
       "that the site had become “a magnet for fly-tipping.”") +
     P("Councillor Bea Warrender said the authority would publish a timetable by spring."),
     [("tired of waiting", "Esterhazy"), ("a magnet for fly-tipping", "Esterhazy")]),
    ("r57-frag", "en",
     P("Gideon Esterhazy, 52, who has run the corner bakery on Marlow Street for two decades, was first to the "
       "microphone.") +
     P("Esterhazy said he was “tired of waiting for a date” and called the depot “an open wound on this "
       "street.”") +
     P("The council's planning chief, Bea Warrender, replied that a buyer had been found."),
     [("tired of waiting for", "Gideon Esterhazy"), ("an open wound on", "Gideon Esterhazy")]),
    ("r57-org", "en",
     P("The Allied Transport Workers' Union on Tuesday rejected the operator's third pay offer in as many "
       "months.") +
     P("The union called the offer “an insult to every driver” and said members would vote on strike "
       "action next week.") +
     P("Kestrel Buses said it was “disappointed but still at the table.”") +
     P("One driver, who asked not to be named, said she had “stopped counting the broken promises.”"),
     [("an insult to every", "Allied Transport Workers' Union"),
      ("disappointed but still at", "Kestrel Buses"),
      ("stopped counting the broken", None)]),
    ("r57-between", "en",
     P("The hearing was chaired by Senator Colm Devereaux, with Ruth Amadi, the agency's deputy director, and "
       "her predecessor Paul Strand, who now advises the industry, seated side by side.") +
     P("Amadi told the committee that the backlog was “the worst I have seen in thirty years of public "
       "service.”") +
     P("Strand, who left the agency in 2023, disagreed. “The numbers were worse in my day,” he said.") +
     P("Devereaux cut in: “Neither of you is answering the question.”"),
     [("the worst I have", "Ruth Amadi"), ("The numbers were worse", "Paul Strand"),
      ("Neither of you is", "Colm Devereaux")]),
    ("r57-between", "en",
     P("Lena Okafor and Marcus Fehr, who both lost their homes in the flood, stood with Delia Pryce, the "
       "volunteer who ran the shelter, outside the town hall.") +
     P("“We had nowhere else to go,” Okafor said. “She opened the doors at two in the morning.”") +
     P("Pryce shrugged off the praise. “Anyone would have done it,” she said.") +
     P("Fehr, 70, was less forgiving of the council. “They knew the wall was weak,” he said."),
     [("We had nowhere else", "Lena Okafor"), ("She opened the doors", "Lena Okafor"),
      ("Anyone would have done", "Delia Pryce"), ("They knew the wall", "Marcus Fehr")]),
    ("r57-named", "en",
     P("Among those waiting at the clinic door at dawn was a woman named Sunniva Harte, who had driven ninety "
       "minutes with her two children.") +
     P("“This is the third time they've cancelled,” Harte said. “I took the day off for nothing.”") +
     P("A man behind her in the queue nodded. “Same for me,” he said, “every single month.”"),
     [("This is the third", "Sunniva Harte"), ("I took the day", "Sunniva Harte"),
      ("every single month", None)]),
    ("r57-named", "en",
     P("Joss Albright, a nurse from Tenby Vale, has worked nights on the same ward for eleven years.") +
     P("She described the new rota as “impossible to plan a life around” and said colleagues were "
       "leaving “in twos and threes.”") +
     P("Tenby Vale Health Board said the rota was “under active review now.”"),
     [("impossible to plan a", "Joss Albright"), ("in twos and threes", "Joss Albright"),
      ("under active review now", "Tenby Vale Health Board")]),
    ("r57-reply", "en",
     P("At the launch, the chief executive of Brightwell Energy, Amira Solberg, was asked whether prices "
       "would fall this winter.") +
     P("“We expect a modest drop,” Solberg said, before a reporter pointed out that the company had said "
       "the same a year ago.") +
     P("“That's a fair point,” she conceded. “Last year the wholesale market moved against us. This year we have "
       "hedged.”"),
     [("We expect a modest", "Amira Solberg"), ("That's a fair point", "Amira Solberg"),
      ("Last year the wholesale", "Amira Solberg"), ("This year we have", "Amira Solberg")]),
    ("r57-reply", "en",
     P("Coach Ilse Marchetti was in no mood to discuss the referee after Saturday's 2-1 defeat.") +
     P("“We lost because we stopped running,” Marchetti said. Asked whether the penalty decision had been "
       "wrong, her captain, Dana Whitlock, said: “It was soft, but that's not why we lost.”") +
     P("Marchetti agreed. “Dana's right. We have to look at ourselves first.”"),
     [("We lost because we", "Ilse Marchetti"), ("It was soft, but", "Dana Whitlock"),
      ("We have to look", "Ilse Marchetti")]),
    ("r57-told", "en",
     P("Tobias Renwick, the founder of the meal-kit start-up Forkline, confirmed on Monday that the company "
       "would cut a third of its staff.") +
     P("Renwick told the Harbour City Ledger that the decision was the hardest he had made.") +
     P("“These are people I hired myself,” he said. “Some of them were here before we had an office.”") +
     P("“We grew too fast. That's on me.”"),
     [("These are people I", "Tobias Renwick"), ("Some of them were", "Tobias Renwick"),
      ("We grew too fast", "Tobias Renwick")]),
    ("r57-told", "en",
     P("Police Chief Maribel Ostrander told reporters on Friday that two officers had been placed on leave.") +
     P("“I have seen the footage and I am not comfortable with it.”") +
     P("A crowd of about fifty people gathered outside the station, some carrying signs reading “Justice for "
       "Leon.”") +
     P("“We just want the truth,” one protester said."),
     [("I have seen the", "Maribel Ostrander"), ("Justice for Leon", None),
      ("We just want the", None)]),
    ("r57-statement", "en",
     P("Harlow County Council said in a statement late on Wednesday that the library would close for at "
       "least six months.") +
     P("“The roof survey found defects we cannot ignore,” the statement said. “The safety of visitors and "
       "staff comes first.”") +
     P("Campaigners said the closure was “a death by a thousand delays.”"),
     [("The roof survey found", "Harlow County Council"), ("The safety of visitors", "Harlow County Council"),
      ("a death by a", None)]),
    ("r57-post", "en",
     P("The singer Orla Vance, known to fans simply as Orla, announced the cancellation in a post on Pixelgram "
       "on Sunday night.") +
     P("“My voice needs rest, and I need to listen to it for once,” she wrote. “I'm so sorry to everyone who "
       "travelled.”") +
     P("Her promoter, Stagebright Live, said refunds would be issued “automatically within 14 days.”") +
     P("One fan replied under the post: “Get well soon, we'll wait.”"),
     [("My voice needs rest", "Orla Vance"), ("so sorry to everyone", "Orla Vance"),
      ("automatically within 14 days", "Stagebright Live"), ("Get well soon, we'll", None)]),
    ("r57-email", "en",
     P("In an email to staff seen by this newsletter, Kiran Maddox, the chief operating officer at "
       "Quillstone, wrote that the return-to-office rule would be enforced from March.") +
     P("“Badge data will be reviewed monthly,” the email said. “Exceptions need a manager's sign-off.”") +
     P("One engineer called the memo “surveillance dressed up as culture.”"),
     [("Badge data will be", "Kiran Maddox"), ("Exceptions need a manager's", "Kiran Maddox"),
      ("surveillance dressed up as", None)]),
    ("r57-podcast", "en",
     P("On the latest episode of the Long Table podcast, the chef Rafaela Quint talked about closing her "
       "first restaurant.") +
     P("“I thought failure would feel loud. It was very quiet,” Quint said.") +
     P("Her co-host, Benedikt Aalto, asked whether she would open again. She laughed: “Ask me after the "
       "baby.”") +
     P("Aalto said the episode had drawn “more letters than anything we've done.”"),
     [("I thought failure would", "Rafaela Quint"), ("Ask me after the", "Rafaela Quint"),
      ("more letters than anything", "Benedikt Aalto")]),
    ("r57-transcript", "en",
     P("<strong>Show notes, episode 88:</strong> Dr. Yusra Pell on sleep, screens and teenagers.") +
     P("<strong>Mo Haddad:</strong> So is the phone the villain here?") +
     P("<strong>Yusra Pell:</strong> It's a co-conspirator at most. The real problem is the school start "
       "time.") +
     P("<strong>Mo Haddad:</strong> That's going to annoy some headteachers.") +
     P("<strong>Yusra Pell:</strong> Good. They need annoying."),
     [("So is the phone", "Mo Haddad"), ("a co-conspirator at most", "Yusra Pell"),
      ("going to annoy some", "Mo Haddad"), ("They need annoying", "Yusra Pell")]),
    ("r57-far", "en",
     P("Mayor Ines Halvorsen arrived at the ferry terminal shortly after nine, flanked by two harbour "
       "officials.") +
     P("The terminal has been closed since October, when a storm tore away part of the loading ramp. "
       "Islanders have since relied on a single smaller boat.") +
     P("Repairs were originally due to finish before Christmas. The contractor blamed a shortage of steel.") +
     P("The mayor said she understood the anger. “I would be furious too,” she said. “I am furious.”"),
     [("I would be furious", "Ines Halvorsen"), ("I am furious", "Ines Halvorsen")]),
    ("r57-quotes-only", "en",
     P("Priya Castellane, who coaches the under-12s at Ashby Rovers, said the club had lost its pitch "
       "booking twice this season to private events.") +
     P("“The kids turn up in their kit and the gate is locked.”") +
     P("“You can't build a team like that. You can't build anything like that.”") +
     P("Ashby Leisure Trust said bookings were “allocated fairly and openly.”"),
     [("The kids turn up", "Priya Castellane"), ("build a team like", "Priya Castellane"),
      ("allocated fairly and openly", "Ashby Leisure Trust")]),
    ("r57-chain", "en",
     P("Hanna Voss spent eight years as a park ranger before she opened a bike shop in Caldmoor.") +
     P("She says the business almost failed in its first winter. “I sold my car to pay the rent,” she "
       "said.") +
     P("Her sister, Maren Voss, joined as a mechanic the next spring. She is blunter about those months. "
       "“Hanna was not sleeping,” she said.") +
     P("Today the shop employs six people. “We are still not rich,” she said, laughing, “but we are not "
       "scared.”"),
     [("I sold my car", "Hanna Voss"), ("Hanna was not sleeping", "Maren Voss"),
      ("We are still not", "Maren Voss"), ("but we are not", "Maren Voss")]),
    ("r57-list", "en",
     P("Three takeaways from the Northfield growth summit:") +
     "<ul><li><strong>Skills first.</strong> Dean Corvina of the Makers' Alliance said firms were “hiring "
     "attitude and training the rest.”</li>"
     "<li><strong>Housing matters.</strong> “No one moves for a job they can't live near,” said planner "
     "Aoife Brannagh.</li>"
     "<li><strong>Patience.</strong> As one investor put it, “this is a ten-year story, not a quarter.”"
     "</li></ul>",
     [("hiring attitude and training", "Dean Corvina"), ("No one moves for", "Aoife Brannagh"),
      ("this is a ten-year", None)]),
    ("r57-review", "en",
     P("<strong>Review: the Fernbrook 3 trail shoe</strong>") +
     P("The box promises “grip that never quits,” and on wet limestone that is mostly true.") +
     P("My running partner, Theo Lindqvist, who has flat feet, found them “too narrow after ten miles,” "
       "and I'd agree the toe box is tight.") +
     P("A reader, Gwen Ashcroft, emailed to say hers split at the heel after a month."),
     [("grip that never quits", None), ("too narrow after ten", "Theo Lindqvist")]),
    ("r57-forum", "en",
     "<div class=\"post\"><p><strong>trailmix_77 wrote:</strong></p><blockquote>Has anyone got the 2.4 "
     "firmware working on the older boards?</blockquote><p>Yes, but you need to flash the bootloader "
     "first. “Device not recognised” just means the old loader is still there.</p></div>" +
     P("<strong>ostara</strong> replied: “Confirmed, worked for me after the bootloader.”") +
     P("<strong>a guest</strong> posted: “Bricked mine, thanks.”"),
     [("Has anyone got the", "trailmix_77"), ("Device not recognised", None),
      ("Confirmed, worked for me", "ostara"), ("Bricked mine, thanks", None)]),
    ("r57-docs", "en",
     P("If the build stops with “missing required field: target” you have not set a platform in the "
       "config file.") +
     P("Add the field and run again. The log should then show “resolved 3 dependencies” before the compile "
       "step.") +
     P("As the maintainer, Rhys Okonedo, notes in the changelog, “the old default was a mistake and we "
       "have removed it.”"),
     [("missing required field: target", None), ("resolved 3 dependencies", None),
      ("the old default was", "Rhys Okonedo")]),
    ("r57-testimonial", "en",
     P("What our clients say") +
     "<blockquote><p>“They answered the phone on a Sunday. That alone was worth the fee.”</p>"
     "<footer>— Maria K., Lyon</footer></blockquote>" +
     "<blockquote><p>“Clear advice, no jargon, and they told us when not to sue.”</p>"
     "<footer>— Owen Pritchard, director, Pritchard &amp; Daughters</footer></blockquote>" +
     "<blockquote><p>“Would recommend to anyone.”</p></blockquote>",
     [("They answered the phone", "Maria K."), ("Clear advice, no jargon", "Owen Pritchard"),
      ("Would recommend to anyone", None)]),
    ("r57-press", "en",
     P("CORRIDGE, 4 March - Veltra Robotics today announced a partnership with the Harwell Institute of "
       "Technology to develop warehouse robots for cold storage.") +
     P("“Cold chains are where automation has lagged most,” said Ngozi Farrant, CEO of Veltra Robotics. "
       "“Our robots will work at minus 25 without a heated cabin.”") +
     P("Professor Alun Teague, who leads the institute's robotics lab, added that the project would "
       "“train twenty doctoral students along the way.”") +
     P("About Veltra Robotics: Veltra builds “robots that do the cold, dull and heavy jobs.”"),
     [("Cold chains are where", "Ngozi Farrant"), ("Our robots will work", "Ngozi Farrant"),
      ("train twenty doctoral students", "Alun Teague"), ("robots that do the", "Veltra Robotics")]),
    ("r57-science", "en",
     P("A study of 4,000 primary school children has found that those who walked to school scored higher on "
       "attention tests.") +
     P("The study's lead author, Dr. Fenella Roath of the University of Kellford, said the effect was "
       "“small but remarkably consistent.”") +
     P("“We can't say walking causes it,” Roath added. “But we can say it doesn't hurt.”") +
     P("Her co-author, Ibrahim Sato, said the team would next look at cycling."),
     [("small but remarkably consistent", "Fenella Roath"), ("We can't say walking", "Fenella Roath"),
      ("But we can say", "Fenella Roath")]),
    ("r57-health", "en",
     P("<h2>Is intermittent fasting safe?</h2>") +
     P("Many apps advertise “effortless weight loss,” but dietitians are more cautious.") +
     P("Registered dietitian Colette Amankwah told us she sees fasting work “for some people, for a while.” "
       "She warns against it for anyone with a history of eating disorders.") +
     P("“If you're skipping meals and feeling guilty, stop,” she said."),
     [("effortless weight loss", None), ("for some people, for", "Colette Amankwah"),
      ("skipping meals and feeling", "Colette Amankwah")]),
    ("r57-celeb", "en",
     P("Actor Jasper Wrenfield and his former co-star Mila Dravic were photographed together in Lisbon on "
       "Saturday, reigniting rumours of a reunion.") +
     P("A representative for Wrenfield said the pair were “old friends having lunch, nothing more.”") +
     P("Dravic herself posted a photo of the harbour with the caption “Some cities just get you.”") +
     P("A source close to the production told reporters the sequel was “very much alive.”"),
     [("old friends having lunch", None), ("Some cities just get", "Mila Dravic"),
      ("very much alive", None)]),
    ("r57-sport", "en",
     P("Kallum Breck scored twice as Rotherfield beat Eastwick 3-1 on Saturday, his first goals since "
       "returning from knee surgery.") +
     P("“I didn't know if I'd play again,” Breck said. “My daughter kept asking when I'd be on telly.”") +
     P("Rotherfield manager Sigrun Mayhew praised the striker's patience. “He did every boring exercise we "
       "gave him,” she said.") +
     P("Eastwick boss Tony Gallen called the result “a lesson in finishing.”"),
     [("I didn't know if", "Kallum Breck"), ("My daughter kept asking", "Kallum Breck"),
      ("He did every boring", "Sigrun Mayhew"), ("a lesson in finishing", "Tony Gallen")]),
    ("r57-court", "en",
     P("A former bookkeeper who took £240,000 from a dental practice has been jailed for three years.") +
     P("Judge Harriet Elland told Corin Maltby, 46, that she had “betrayed people who treated her like "
       "family.”") +
     P("Maltby's barrister, Anand Rowe, said his client was “deeply ashamed of herself” and had repaid part of the "
       "money.") +
     P("The practice owner said in a victim statement that the theft had “nearly finished us.”"),
     [("betrayed people who treated", "Harriet Elland"), ("deeply ashamed of herself", "Anand Rowe"),
      ("nearly finished us", None)]),
    ("r57-obit", "en",
     P("Winifred Marsh, who taught piano to three generations of children in Stoke Ferris, has died aged 94.") +
     P("Her son, Edmund Marsh, said she had played every morning until the last week. “She said scales were "
       "her prayers,” he said.") +
     P("A former pupil, now a concert pianist, Lucia Brennan, remembered her as “strict, funny, and never "
       "once late.”") +
     P("Marsh often told pupils: “Slow is how you get fast.”"),
     [("She said scales were", "Edmund Marsh"), ("strict, funny, and never", "Lucia Brennan"),
      ("Slow is how you", "Winifred Marsh")]),
    ("r57-none", "en",
     P("The bill, known informally as the “Right to Repair Act,” passed its second reading by 312 votes to "
       "41.") +
     P("Section 4 requires manufacturers to supply parts “for no less than seven years after sale.”") +
     P("Critics have nicknamed its sponsor, MP Gareth Olowe, “the screwdriver minister.”") +
     P("A poll found 64 per cent agreed that “repair should be cheaper than replacement.”"),
     [("Right to Repair Act", None), ("for no less than", None), ("the screwdriver minister", None),
      ("repair should be cheaper", None)]),
    ("r57-none", "en",
     P("Outside the stadium, a banner read “Sell the club, not the fans.”") +
     P("One fan in a vintage shirt said it was “the worst season since relegation.”") +
     P("A woman in her forties, who gave only her first name, said she had “given up on the board.”") +
     P("The club's owner, Barnaby Hallett, has not commented."),
     [("Sell the club, not", None), ("the worst season since", None), ("given up on the", None)]),
    ("r57-blog", "en",
     P("I've been baking sourdough for six years, and I still remember my grandmother, Edith Carrow, telling "
       "me that bread “knows when you're in a hurry.”") +
     P("When I started this blog I wrote in my first post that I would “never buy a loaf again.” That lasted "
       "three weeks.") +
     P("My neighbour Imran, who bakes for his café, put it better: “Starter is a pet, not a recipe.”"),
     [("knows when you're in", "Edith Carrow"), ("never buy a loaf", None),
      ("Starter is a pet", "Imran")]),
    ("r57-museum", "en",
     P("The new gallery at the Wexcombe Maritime Museum is built around a single object: a ship's bell "
       "raised from the harbour in 1987.") +
     P("Our guide, a retired fisherman named Alasdair Fyne, rang it once. “That's the sound my grandfather "
       "heard every morning,” he said.") +
     P("A label beside it reads “Please do not ring the bell.”") +
     P("Fyne grinned. “Rules are for visitors.”"),
     [("That's the sound my", "Alasdair Fyne"), ("Please do not ring", None),
      ("Rules are for visitors", "Alasdair Fyne")]),
    ("r57-profile", "en",
     P("Beatrix Oduya was nineteen when she took over her father's hardware store in Pellham. Her brother, "
       "Samuel, had no interest; her mother, Grace, wanted her to go to university.") +
     P("“Mum cried for a week,” she recalls. “Then she started doing the accounts.”") +
     P("Grace Oduya confirms this with a smile. “Somebody had to,” she says.") +
     P("Thirty years on, Oduya describes the store as “the least glamorous love affair in town.”"),
     [("Mum cried for a", "Beatrix Oduya"), ("Then she started doing", "Beatrix Oduya"),
      ("Somebody had to", "Grace Oduya"), ("the least glamorous love", "Beatrix Oduya")]),
    ("r57-object", "en",
     P("Police arrested Darren Lusk, 33, on Monday in connection with a string of car thefts in the "
       "Westgate area.") +
     P("“It's been going on since the summer,” a neighbour said. “Three cars on this street alone.”") +
     P("Detective Inspector Sabine Orr said inquiries were “at an early stage.”"),
     [("It's been going on", None), ("Three cars on this", None), ("at an early stage", "Sabine Orr")]),
    ("r57-caption", "en",
     "<figure><img src=\"x.jpg\"><figcaption>Nadia Ferreira-Holt at her allotment in Brayford.</figcaption>"
     "</figure>" +
     P("The allotment waiting list in Brayford now stands at 412 names.") +
     P("“I waited nine years for this plot,” she said. “I'm not giving it up for a car park.”") +
     P("Brayford Town Council insists the site will be “replaced like for like.”"),
     [("I waited nine years", "Nadia Ferreira-Holt"), ("not giving it up", "Nadia Ferreira-Holt"),
      ("replaced like for like", "Brayford Town Council")]),
    ("r57-headline", "en",
     "<h2>Tamsin Oyelaran: “I never wanted to be a politician”</h2>" +
     P("The newly elected MP for Coldharbour spent fifteen years as a midwife.") +
     P("The 44-year-old says she was persuaded to stand by her patients. “They kept telling me to do "
       "something about it,” she said."),
     [("I never wanted to", "Tamsin Oyelaran"), ("They kept telling me", "Tamsin Oyelaran")]),
    ("r57-business", "en",
     P("Shares in Marrowgate Foods fell 9 per cent after the company warned on profits.") +
     P("Chief executive Leopold Achterberg blamed cocoa prices, which he described as “the highest any of "
       "us have seen.”") +
     P("Analysts at Fairhaven Securities called the warning “overdue and still vague,” while the finance director, "
       "Sunita Rao, insisted the dividend was “safe.”"),
     [("the highest any of", "Leopold Achterberg"), ("overdue and still vague", "Fairhaven Securities")]),
    ("r57-local", "en",
     P("The Dunmere Parish Council voted 5-2 on Tuesday to allow the Saturday market to return to the "
       "square.") +
     P("Councillor Peter Ashdown, who voted against, said the traffic plan was “a fantasy on paper.” "
       "Councillor Wen Li, who proposed the motion, said she was “delighted for the traders.”") +
     P("A trader selling cheese, Tomasz Wrobel, said the decision was “about time.”"),
     [("a fantasy on paper", "Peter Ashdown"), ("delighted for the traders", "Wen Li")]),
    ("r57-newsletter", "en",
     P("Hi all — a short one this week.") +
     P("I spoke to Moira Castleton, who runs the seed library at the Fenwick branch. She told me the "
       "library lent 2,000 packets last year, and that most came back “as more seeds than went out.”") +
     P("Her tip for beginners: “Start with beans. Beans forgive you.”") +
     P("As always, reply to this email with your questions. — Ollie"),
     [("as more seeds than", "Moira Castleton"), ("Start with beans", "Moira Castleton")]),
    ("r57-tech", "en",
     P("The update, which the company calls “our biggest release ever,” adds offline maps and a new battery "
       "saver.") +
     P("Product lead Rosalind Achebe told reporters the team had rewritten the map engine from scratch.") +
     P("“We threw away four years of code,” she said. “It was terrifying and it was right.”") +
     P("Early reviews on the app store were mixed; one user wrote that the app “eats my battery faster than "
       "before.”"),
     [("our biggest release ever", None), ("We threw away four", "Rosalind Achebe"),
      ("It was terrifying and", "Rosalind Achebe"), ("eats my battery faster", None)]),
    ("r57-union", "en",
     P("Nurses at Glenmoor General will strike for 48 hours next week, the Royal Guild of Nurses said.") +
     P("The guild said the hospital trust had offered “nothing new” at talks on Friday and accused managers "
       "of “treating safe staffing as optional.”") +
     P("The trust said it was “disappointed” by the decision.") +
     P("Ward sister Adaeze Nwosu, 58, said she had “never struck in 36 years.”"),
     [("treating safe staffing as", "Royal Guild of Nurses"), ("never struck in 36", "Adaeze Nwosu")]),
    ("r57-mixed", "en",
     P("Fire chief Ondrej Vass said crews had reached the barn within nine minutes, but the farmer, Alison "
       "Purdue, said it “felt like an hour” and that the hydrant at the lane end was “completely bone dry.”") +
     P("Vass said the hydrant had been tested in June.") +
     P("“We'll check it again tomorrow,” he said."),
     [("felt like an hour", "Alison Purdue"), ("completely bone dry", "Alison Purdue"), ("check it again tomorrow", "Ondrej Vass")]),
    ("r57-continue", "en",
     P("“We started with one van and a borrowed kitchen,” said Efua Lindgren, who founded the food bank "
       "in 2019.") +
     P("“Now we feed four hundred families a week. We have a warehouse, a rota of sixty volunteers, and "
       "still not enough.") +
     P("“What we need is not more tins. It is a government that makes us unnecessary.”"),
     [("We started with one", "Efua Lindgren"), ("Now we feed four", "Efua Lindgren"),
      ("What we need is", "Efua Lindgren")]),
    ("r57-continue", "en",
     P("The letter, dated 14 May 1916 and written from a field hospital, was found in a biscuit tin in "
       "2021.") +
     P("“Dearest Nell, the guns have stopped for the first time in four days.") +
     P("“Give my love to Mother and tell her the socks arrived. Your brother, Albert.”") +
     P("The tin's owner, Josie Fairclough, said she cried reading it."),
     [("Dearest Nell, the guns", "Albert"), ("Give my love to", "Albert")]),
    ("r57-travel", "en",
     P("Our boat guide on the Verrin Gorge was a cheerful woman named Ilka Sorensen, who has run the river "
       "for two decades.") +
     P("“The river decides, not me,” she told us as we pushed off.") +
     P("A hand-painted sign at the put-in reads “No life jacket, no trip.”") +
     P("Halfway down, a man in our boat asked if anyone had ever fallen in. Sorensen laughed: “Only the "
       "ones who asked.”"),
     [("The river decides, not", "Ilka Sorensen"), ("No life jacket, no", None),
      ("Only the ones who", "Ilka Sorensen")]),
    ("r57-ngo", "en",
     P("Clearwater Aid, a charity that drills wells in the Sahel, says demand has tripled since 2022.") +
     P("Its director, Hamid Osei-Bonsu, said the charity was “running to stand still.”") +
     P("The annual report warns that “without new donors, twelve projects will stop this year.”") +
     P("Volunteers quoted in the report describe the work as “slow, hot and worth it.”"),
     [("running to stand still", "Hamid Osei-Bonsu"), ("without new donors, twelve", "Clearwater Aid"),
      ("slow, hot and worth", None)]),
    ("r57-university", "en",
     P("Professor Halima Abernethy has been named the new Dean of Engineering at Greymouth University.") +
     P("Abernethy, who joins from the Tarrant Institute, said she wanted to make the school “the best "
       "place in the country to fail safely.”") +
     P("Vice-Chancellor Dominic Fairweather welcomed the appointment. “Halima will shake us up,” he said."),
     [("the best place in", "Halima Abernethy"), ("Halima will shake us", "Dominic Fairweather")]),
    ("r57-interview", "en",
     P("<em>The novelist Theodora Quayle talks to us about her new book, set in a lighthouse.</em>") +
     P("<strong>Why a lighthouse?</strong>") +
     P("Because I wanted a place where nobody could leave. It's the oldest trick there is.") +
     P("<strong>Your last book was a bestseller. Did that change how you wrote?</strong>") +
     P("I stopped reading reviews. My editor, Cass Mirren, once told me “reviews are weather,” and she was "
       "right."),
     [("reviews are weather", "Cass Mirren")]),
    ("r57-police", "en",
     P("Marrick Police said a 17-year-old boy had been charged with robbery after a phone was taken from a "
       "woman at knifepoint.") +
     P("The force said the victim was “shaken but unhurt” and appealed for witnesses.") +
     P("A spokesperson added that officers would be “more visible around the station this week.”"),
     [("shaken but unhurt", "Marrick Police"), ("more visible around the", "Marrick Police")]),
    ("r57-passerby", "en",
     P("The statue of the town's founder, Sir Aldous Brame, was removed from the square overnight.") +
     P("“About time,” said one passer-by. Another, a man walking his dog, called the removal “vandalism "
       "by committee.”") +
     P("Councillor Rhiannon Vey said the statue would be “displayed with context in the museum.”"),
     [("vandalism by committee", None), ("displayed with context in", "Rhiannon Vey")]),
    ("r57-gender", "en",
     P("Ann Lee met Tom Berge at the quay on Wednesday to sign the lease for the boathouse.") +
     P("“It's been empty too long,” she said. He was more cautious: “Let's see if the roof holds.”") +
     P("Lee plans to open a rowing club there in May."),
     [("been empty too long", "Ann Lee"), ("see if the roof", "Tom Berge")]),
    ("r57-gender", "en",
     P("Kwame Asante thanked Joseph Ruddock, the retiring headmaster, at Friday's assembly.") +
     P("“He taught me to read,” he told the pupils. “I was nine.”") +
     P("Ruddock, visibly moved, said he had “no idea this was coming.”"),
     [("He taught me to", "Kwame Asante"), ("I was nine", "Kwame Asante"),
      ("no idea this was", "Joseph Ruddock")]),
    ("r57-according", "en",
     P("According to the ferry operator, Islay Line, the delay was caused by “a fault in the bow door "
       "sensors.”") +
     P("In the words of one stranded passenger, it was “a floating waiting room.”") +
     P("For the harbour master, Cormac Devlin, the priority was “getting everyone off safely, then "
       "asking questions.”"),
     [("a fault in the", "Islay Line"), ("a floating waiting room", None),
      ("getting everyone off safely", "Cormac Devlin")]),
    ("r57-ruling", "en",
     P("The Court of Appeal on Thursday overturned the ban on the protest group's march.") +
     P("The court held that the police had “failed to weigh the right to assemble at all.”") +
     P("Lady Justice Penrose wrote that the original order was “broader than any emergency required.”") +
     P("The group's organiser, Femi Adeyinka, called it “a good day for boring democracy.”"),
     [("failed to weigh the", "Court of Appeal"), ("broader than any emergency", "Penrose"),
      ("a good day for", "Femi Adeyinka")]),
    # ---------------------------------------------------------------- German
    ("r57-frag", "de",
     P("Im Streit um die Schließung des Hallenbads in Obermühl hat sich der Ton verschärft.") +
     P("Bürgermeisterin Katrin Weidenfeller sagte am Montag, die Stadt habe „keinen Euro mehr übrig“ für "
       "die Sanierung.") +
     P("Weidenfeller, 49, nannte die Forderungen des Fördervereins „schön, aber unbezahlbar“.") +
     P("Eine Passantin sagte, sie habe „hier schwimmen gelernt, wie alle hier“."),
     [("keinen Euro mehr übrig", "Katrin Weidenfeller"), ("schön, aber unbezahlbar", "Katrin Weidenfeller"),
      ("hier schwimmen gelernt, wie", None)]),
    ("r57-org", "de",
     P("Die Gewerkschaft Verkehr und Logistik hat das Angebot der Bahngesellschaft Nordtakt abgelehnt.") +
     P("Die Gewerkschaft bezeichnete es als „Schlag ins Gesicht der Beschäftigten“.") +
     P("Nordtakt erklärte, man sei „weiterhin gesprächsbereit“ und werde „zeitnah ein neues Angebot "
       "vorlegen“.") +
     P("Ein Lokführer, der anonym bleiben wollte, sagte: „Wir streiken nicht gern.“"),
     [("Schlag ins Gesicht der", "Gewerkschaft Verkehr und Logistik"),
      ("zeitnah ein neues Angebot", "Nordtakt"), ("Wir streiken nicht gern", None)]),
    ("r57-between", "de",
     P("Auf dem Podium saßen Landrat Henning Brückmann, die Ärztin Dr. Selma Aydın, die seit 20 Jahren die "
       "Notaufnahme leitet, und Klinikdirektor Uwe Sattler.") +
     P("Aydın warnte, die Notaufnahme sei „an jedem Wochenende am Limit“.") +
     P("Sattler widersprach: „Wir haben im letzten Jahr acht Stellen geschaffen.“") +
     P("„Acht Stellen reichen nicht“, entgegnete sie. „Wir bräuchten zwanzig.“"),
     [("an jedem Wochenende am", "Selma Aydın"), ("Wir haben im letzten", "Uwe Sattler"),
      ("Acht Stellen reichen nicht", "Selma Aydın"), ("Wir bräuchten zwanzig", "Selma Aydın")]),
    ("r57-forum", "de",
     "<div class=\"post\"><p><strong>Zitat von kellerkind:</strong></p><blockquote>Hat jemand Erfahrung mit "
     "Wärmepumpen im Altbau?</blockquote><p>Ja, läuft bei uns seit drei Jahren. Die Fehlermeldung „E17 "
     "Niederdruck im Verdampfer“ kam nur im ersten Winter.</p></div>" +
     P("<strong>Solarfritz</strong> schrieb: „Dämmung zuerst, dann die Pumpe.“") +
     P("Ein anonymer Nutzer meinte: „Alles nur Geldverschwendung hier.“"),
     [("Hat jemand Erfahrung mit", "kellerkind"), ("E17 Niederdruck im Verdampfer", None),
      ("Dämmung zuerst, dann die", "Solarfritz"), ("Alles nur Geldverschwendung hier", None)]),
    ("r57-named", "de",
     P("Unter den Wartenden vor dem Bürgeramt war auch eine Frau namens Ilse Fördermann, 81, die seit sechs "
       "Uhr vor der Tür stand.") +
     P("„Ich brauche nur einen neuen Ausweis“, sagte sie. „Online kann ich das nicht.“") +
     P("Ein junger Mann hinter ihr bot ihr seinen Klappstuhl an."),
     [("Ich brauche nur einen", "Ilse Fördermann"), ("Online kann ich das", "Ilse Fördermann")]),
    ("r57-interview", "de",
     P("<em>Der Bergführer Korbinian Lechner, 63, über den schwindenden Gletscher.</em>") +
     P("<strong>Frage:</strong> Herr Lechner, wann waren Sie zum ersten Mal hier oben?") +
     P("<strong>Lechner:</strong> Mit zwölf, mit meinem Vater. Damals ging das Eis bis zur Hütte.") +
     P("<strong>Frage:</strong> Und heute?") +
     P("<strong>Lechner:</strong> Heute laufen wir eine Stunde über Geröll."),
     [("wann waren Sie zum", None), ("Damals ging das Eis", "Korbinian Lechner"),
      ("Heute laufen wir eine", "Korbinian Lechner")]),
    ("r57-press", "de",
     P("MÜNSTERBERG – Die Hellwerk AG übernimmt den Spezialisten für Industriesensoren Tastwerk GmbH.") +
     P("„Mit Tastwerk schließen wir die letzte Lücke in unserem Portfolio“, sagte Dr. Friederike "
       "Ostermann-Vogt, Vorstandsvorsitzende der Hellwerk AG.") +
     P("Tastwerk-Gründer Jens Albers ergänzte, das Team bleibe „vollständig am Standort“.") +
     P("Über Hellwerk: Hellwerk entwickelt „Messtechnik für die Fabrik von morgen“."),
     [("schließen wir die letzte", "Friederike Ostermann-Vogt"), ("vollständig am Standort", "Jens Albers"),
      ("Messtechnik für die Fabrik", "Hellwerk")]),
    ("r57-none", "de",
     P("Das sogenannte „Gesetz für gute Nachbarschaft“ tritt im Januar in Kraft.") +
     P("Es verpflichtet Vermieter, Mängel „unverzüglich, spätestens binnen zwei Wochen“ zu beheben.") +
     P("Auf den Plakaten des Mietervereins steht: „Wohnen ist kein Luxus.“"),
     [("Gesetz für gute Nachbarschaft", None), ("unverzüglich, spätestens binnen zwei", None),
      ("Wohnen ist kein Luxus", None)]),
    ("r57-sport", "de",
     P("Der SV Eichenau hat das Derby gegen Rot-Weiß Klausen mit 2:0 gewonnen. Doppeltorschütze war "
       "Mittelstürmer Timo Brandauer.") +
     P("„Ich habe die ganze Woche nur Abschlüsse geübt“, sagte der 22-Jährige.") +
     P("Trainerin Helga Nießen lobte ihn: „Timo hat heute Geduld gezeigt.“") +
     P("Klausens Coach Frank Ubl sprach von einem „verdienten Sieg für Eichenau“."),
     [("die ganze Woche nur", "Timo Brandauer"), ("Timo hat heute Geduld", "Helga Nießen"),
      ("verdienten Sieg für Eichenau", "Frank Ubl")]),
    ("r57-reply", "de",
     P("Bei der Bürgerversammlung fragte Anwohner Gerd Kühnel den Planer Matthias Roeder, warum der Radweg "
       "ausgerechnet durch den Park führe.") +
     P("„Weil es die einzige ebene Strecke ist“, antwortete Roeder.") +
     P("„Und die Bäume?“, rief Kühnel dazwischen.") +
     P("„Keiner wird gefällt“, sagte Roeder, „das steht im Vertrag.“"),
     [("Weil es die einzige", "Matthias Roeder"), ("Und die Bäume?", "Gerd Kühnel"),
      ("Keiner wird gefällt", "Matthias Roeder"), ("das steht im Vertrag", "Matthias Roeder")]),
    ("r57-testimonial", "de",
     P("Das sagen unsere Kundinnen und Kunden") +
     "<blockquote><p>„Pünktlich, sauber, freundlich – mehr will man nicht.“</p><footer>Sabine R., "
     "Kassel</footer></blockquote>" +
     "<blockquote><p>„Top Beratung beim Fensterkauf!“</p></blockquote>",
     [("Pünktlich, sauber, freundlich", "Sabine R."), ("Top Beratung beim Fensterkauf", None)]),
    # ---------------------------------------------------------------- French
    ("r57-frag", "fr",
     P("La préfecture de la Haute-Varenne a levé jeudi l'interdiction de baignade dans le lac de "
       "Saint-Aubrin.") +
     P("Elle a jugé la qualité de l'eau « de nouveau satisfaisante » après trois analyses.") +
     P("Le maire, Julien Ferrandier, s'est dit « soulagé pour les commerçants ». Une habitante a "
       "toutefois confié qu'elle « ne se baignera pas cet été »."),
     [("de nouveau satisfaisante", "préfecture de la Haute-Varenne"),
      ("soulagé pour les commerçants", "Julien Ferrandier"), ("ne se baignera pas", None)]),
    ("r57-between", "fr",
     P("À la table ronde, Mme Odile Marchetti, présidente de l'association des riverains, était assise entre "
       "le promoteur Luc Besnard et l'adjoint à l'urbanisme, Karim Belhadj.") +
     P("« Personne ne nous a consultés », a-t-elle lancé.") +
     P("M. Besnard a répondu que le projet avait été « présenté trois fois en réunion publique ».") +
     P("Belhadj a promis « une nouvelle concertation avant l'été »."),
     [("Personne ne nous a", "Odile Marchetti"), ("présenté trois fois en", "Luc Besnard"),
      ("une nouvelle concertation avant", "Karim Belhadj")]),
    ("r57-interview", "fr",
     P("<em>Rencontre avec la cheffe Anouk Deslauriers, qui ouvre son troisième restaurant à Rennes.</em>") +
     P("<strong>Question :</strong> Pourquoi Rennes ?") +
     P("<strong>Réponse :</strong> Parce que mes grands-parents y avaient une crêperie. C'est un retour.") +
     P("<strong>Question :</strong> Vous avez peur ?") +
     P("<strong>Réponse :</strong> Toujours. La peur me garde honnête."),
     [("mes grands-parents y avaient", "Anouk Deslauriers"), ("La peur me garde", "Anouk Deslauriers")]),
    ("r57-none", "fr",
     P("Le film « La Nuit des corbeaux » sort mercredi en salles.") +
     P("Sur la façade du cinéma, une affiche proclame « Le thriller de l'année ».") +
     P("Un spectateur rencontré à la sortie de l'avant-première l'a trouvé « beaucoup trop long »."),
     [("La Nuit des corbeaux", None), ("Le thriller de l'année", None), ("beaucoup trop long", None)]),
    ("r57-org", "fr",
     P("La SNCV, qui exploite les trains régionaux, a annoncé la suppression de douze liaisons.") +
     P("Dans un communiqué, l'entreprise évoque « un manque de conducteurs sans précédent ».") +
     P("Le syndicat Rail Avenir dénonce « un abandon pur et simple des petites lignes »."),
     [("un manque de conducteurs", "SNCV"), ("un abandon pur et", "Rail Avenir")]),
    # ---------------------------------------------------------------- Spanish
    ("r57-frag", "es",
     P("El Ayuntamiento de Valdelomar aprobó ayer la ampliación del carril bici.") +
     P("La alcaldesa, Marta Quiroga Benítez, calificó el proyecto de «una deuda con los vecinos» y aseguró "
       "que estará listo «antes del verano».") +
     P("Un vecino de la calle Mayor lo consideró «un capricho caro»."),
     [("una deuda con los", "Marta Quiroga Benítez"), ("un capricho caro", None)]),
    ("r57-between", "es",
     P("En la rueda de prensa estaban el entrenador Raúl Etxeberria, el delantero Iker Salcedo, que "
       "marcó el gol de la victoria, y la presidenta del club, Nuria Lasarte.") +
     P("Salcedo dijo que el gol era «para mi abuelo, que murió el martes».") +
     P("«Iker ha jugado con el corazón roto», añadió su entrenador.") +
     P("Lasarte se limitó a pedir «respeto para la familia»."),
     [("para mi abuelo, que", "Iker Salcedo"), ("Iker ha jugado con", "Raúl Etxeberria"),
      ("respeto para la familia", "Nuria Lasarte")]),
    ("r57-review", "es",
     P("<strong>Opinión de Lucía M., Zaragoza</strong> ★★★★☆") +
     P("«La cafetera funciona bien, pero el depósito es pequeño.»") +
     P("<strong>Opinión verificada</strong> ★☆☆☆☆") +
     P("«Llegó rota y nadie contesta.»"),
     [("La cafetera funciona bien", "Lucía M."), ("Llegó rota y nadie", None)]),
    ("r57-org", "es",
     P("La Policía Autonómica de Castrillo detuvo el lunes a tres personas por el robo de cobre en la línea férrea.") +
     P("Según el cuerpo policial, los detenidos actuaban «de noche y con gran rapidez».") +
     P("Un portavoz de la empresa ferroviaria reconoció que los robos son «un problema constante»."),
     [("de noche y con", "Policía Autonómica de Castrillo"), ("un problema constante", None)]),
    # ---------------------------------------------------------------- Italian
    ("r57-frag", "it",
     P("Il sindaco di Roccavelle, Aldo Ferrucci, ha firmato l'ordinanza che chiude il centro al traffico "
       "la domenica.") +
     P("Ferrucci l'ha definita «una scelta di civiltà» e ha detto di aspettarsi «qualche protesta all'inizio».") +
     P("I commercianti di via Garibaldi parlano invece di «un colpo mortale»."),
     [("una scelta di civiltà", "Aldo Ferrucci"), ("qualche protesta all'inizio", "Aldo Ferrucci"),
      ("un colpo mortale", None)]),
    ("r57-named", "it",
     P("Giovanna Pirrone, infermiera di Trapani, lavora nel reparto di pediatria da diciotto anni.") +
     P("«I bambini non ti mentono mai», racconta. «Se fa male, te lo dicono.»") +
     P("Il primario, Carlo Bentivoglio, la descrive come «la colonna del reparto»."),
     [("I bambini non ti", "Giovanna Pirrone"), ("Se fa male, te", "Giovanna Pirrone"),
      ("la colonna del reparto", "Carlo Bentivoglio")]),
    ("r57-museum", "it",
     P("Al Museo Civico di Valdorme la guida, una giovane storica dell'arte di nome Bianca Serafini, ci "
       "accompagna davanti alla pala d'altare restaurata.") +
     P("«Per due secoli è stata coperta di fuliggine», spiega.") +
     P("Un cartello avverte: «Vietato fotografare con il flash.»"),
     [("Per due secoli è", "Bianca Serafini"), ("Vietato fotografare con il", None)]),
    # ---------------------------------------------------------------- Portuguese
    ("r57-frag", "pt",
     P("A Câmara Municipal de Vilar Seco suspendeu as obras na praça central.") +
     P("A autarquia justificou a decisão com «problemas graves no projeto de drenagem».") +
     P("O vereador da oposição, Rui Carvalhal, falou em «dinheiro deitado fora».") +
     P("Uma moradora de 70 anos disse que a praça está «intransitável há meses»."),
     [("problemas graves no projeto", "Câmara Municipal de Vilar Seco"),
      ("dinheiro deitado fora", "Rui Carvalhal"), ("intransitável há meses", None)]),
    ("r57-between", "pt",
     P("Na audiência, o juiz Paulo Meireles ouviu a testemunha Fernanda Aguiar, vizinha da vítima, e o "
       "perito Joaquim Sá.") +
     P("Ela afirmou ter ouvido «três tiros seguidos, depois silêncio».") +
     P("O perito disse que as marcas no muro eram «compatíveis com uma arma curta»."),
     [("três tiros seguidos, depois", "Fernanda Aguiar"), ("compatíveis com uma arma", "Joaquim Sá")]),
    ("r57-forum", "pt",
     P("<strong>marcos_bike</strong> escreveu: “Alguém sabe se a trilha do Pico está aberta?”") +
     P("<strong>Lu_trilheira</strong> respondeu: “Está, mas o último trecho virou lama.”") +
     P("Um usuário anônimo comentou: “Fui ontem, nem tenta.”"),
     [("Alguém sabe se a", "marcos_bike"), ("o último trecho virou", "Lu_trilheira"),
      ("Fui ontem, nem tenta", None)]),
    # ---------------------------------------------------------------- Dutch
    ("r57-frag", "nl",
     P("De gemeente Veldhoven-Oost schrapt de subsidie voor het buurthuis De Linde.") +
     P("Wethouder Femke van der Steeg noemde het besluit ‘pijnlijk maar onvermijdelijk’.") +
     P("Beheerder Kees Bouwhuis sprak van ‘een klap voor de hele wijk’. Een bezoekster van het "
       "koffie-uurtje zei ‘nergens anders heen te kunnen’."),
     [("pijnlijk maar onvermijdelijk", "Femke van der Steeg"), ("een klap voor de", "Kees Bouwhuis"),
      ("nergens anders heen te", None)]),
    ("r57-org", "nl",
     P("De politie Oost-Brabant heeft zondag een man aangehouden na een steekpartij bij het station.") +
     P("Volgens de politie was het slachtoffer „aanspreekbaar maar zwaargewond”.") +
     P("Een omstander vertelde dat hij „eerst dacht dat het vuurwerk was”."),
     [("aanspreekbaar maar zwaargewond", "politie Oost-Brabant"), ("eerst dacht dat het", None)]),
    # ---------------------------------------------------------------- Polish (inflected names)
    ("r57-case", "pl",
     P("Rozmawialiśmy z Katarzyną Wróblewską, która od piętnastu lat prowadzi schronisko dla psów pod "
       "Sieradzem.") +
     P("„Zimą przyjmujemy dwa razy więcej zwierząt” – mówi. „Ludzie oddają psy po świętach.”") +
     P("Według Tomasza Nowickiego z urzędu gminy schronisko dostanie „dodatkowe pieniądze jeszcze w tym "
       "roku”."),
     [("Zimą przyjmujemy dwa razy", "Katarzyna Wróblewska"), ("Ludzie oddają psy po", "Katarzyna Wróblewska"),
      ("dodatkowe pieniądze jeszcze w", "Tomasz Nowicki")]),
    ("r57-case", "pl",
     P("Prezydent miasta Andrzej Kostrzewa spotkał się z mieszkańcami osiedla Zielone Wzgórze.") +
     P("Jedna z mieszkanek zarzuciła władzom, że „nikt tu nie przyjeżdża, dopóki coś się nie zawali”.") +
     P("Kostrzewa obiecał „remont drogi jeszcze przed zimą”."),
     [("nikt tu nie przyjeżdża", None), ("remont drogi jeszcze przed", "Andrzej Kostrzewa")]),
    # ---------------------------------------------------------------- Czech
    ("r57-case", "cs",
     P("S Janou Novotnou, ředitelkou základní školy v Horní Lhotě, jsme mluvili o nedostatku učitelů.") +
     P("„Letos jsme sháněli fyzikáře půl roku,“ řekla. „Nakonec učí důchodce.“") +
     P("Podle Petra Dvořáka z krajského úřadu je situace „nejhorší za posledních deset let“.") +
     P("Jeden z rodičů to označil za „ostudu celého kraje“."),
     [("Letos jsme sháněli fyzikáře", "Jana Novotná"), ("Nakonec učí důchodce", "Jana Novotná"),
      ("nejhorší za posledních deset", "Petr Dvořák"), ("ostudu celého kraje", None)]),
    # ---------------------------------------------------------------- Russian
    ("r57-case", "ru",
     P("Мы поговорили с Анной Сергеевной Беловой, которая сорок лет проработала библиотекарем в посёлке "
       "Заречный.") +
     P("«Раньше за книгами стояли в очереди», — вспоминает она. «Теперь приходят погреться».") +
     P("По словам главы администрации Игоря Ломова, библиотеку «не закроют ни при каких условиях».") +
     P("Одна из читательниц назвала её «единственным тёплым местом в посёлке»."),
     [("Раньше за книгами стояли", "Анна Сергеевна Белова"), ("Теперь приходят погреться", "Анна Сергеевна Белова"),
      ("не закроют ни при", "Игорь Ломов"), ("единственным тёплым местом в", None)]),
    ("r57-script", "ru",
     P("Французский архитектор Étienne Vasseur представил в Казани проект новой набережной.") +
     P("«Река должна стать главной улицей города», — сказал Vasseur журналистам.") +
     P("В мэрии проект назвали «смелым, но реалистичным»."),
     [("Река должна стать главной", "Étienne Vasseur"), ("смелым, но реалистичным", None)]),
    # ---------------------------------------------------------------- Chinese
    ("r57-frag", "zh",
     P("近日，多名市民反映河西区部分小区供暖不足。") +
     P("区住建局表示将“严肃处理”相关企业，并承诺“三日内全部恢复”。") +
     P("一位六十多岁的居民说，家里“冷得像冰窖一样”。"),
     [("三日内全部恢复", "区住建局"), ("冷得像冰窖一样", None)]),
    ("r57-named", "zh",
     P("在青溪镇经营茶园三十年的陈淑芬今年六十二岁。") +
     P("她说，今年春茶“产量少了三成，但香气更好”。") +
     P("她的儿子李志明去年辞去城里的工作回乡帮忙。“妈妈一个人忙不过来，”他说。"),
     [("产量少了三成", "陈淑芬"), ("妈妈一个人忙不过来", "李志明")]),
    ("r57-testimonial", "zh",
     P("用户评价") +
     "<blockquote><p>“安装师傅很专业，半天就弄好了。”</p><footer>—— 上海 王丽华</footer></blockquote>" +
     "<blockquote><p>“性价比很高，推荐给朋友了。”</p></blockquote>",
     [("安装师傅很专业", "王丽华"), ("性价比很高", None)]),
    # ---------------------------------------------------------------- Japanese
    ("r57-honorific", "ja",
     P("北浜町で五十年続く和菓子店「松風堂」の三代目、森田ゆかりさん（58）に話を聞いた。") +
     P("森田さんは「機械では出せない柔らかさがある」と語る。") +
     P("店の前には「本日のどら焼き 売り切れ」の札が下がっていた。") +
     P("常連客の一人は「ここの味で育った」と笑った。"),
     [("機械では出せない柔らかさ", "森田ゆかり"), ("本日のどら焼き", None), ("ここの味で育った", None)]),
    ("r57-testimonial", "ja",
     P("お客様の声") +
     "<blockquote><p>「スタッフの対応が丁寧で安心できました。」</p><footer>— 東京都・K.T.様</footer></blockquote>" +
     "<blockquote><p>「思ったより早く届きました。」</p><footer>— 大阪府・匿名希望</footer></blockquote>",
     [("スタッフの対応が丁寧", "K.T."), ("思ったより早く届き", None)]),
    ("r57-org", "ja",
     P("みなと気象センターは二十日、関東甲信地方が梅雨明けしたとみられると発表した。") +
     P("同センターは「熱中症に厳重な警戒が必要だ」と呼びかけている。") +
     P("都内の会社員の男性は「もう夏バテ気味です」と話した。"),
     [("熱中症に厳重な警戒", "みなと気象センター"), ("もう夏バテ気味", None)]),
    # ---------------------------------------------------------------- Korean
    ("r57-honorific", "ko",
     P("서울 망원동에서 20년째 세탁소를 운영하는 박정호 씨는 올해 가게를 정리하기로 했다.") +
     P("박 씨는 \"임대료가 두 배로 올랐다\"며 \"더는 버틸 수가 없다\"고 말했다.") +
     P("단골손님 한 명은 \"동네의 마지막 세탁소\"라며 아쉬워했다."),
     [("임대료가 두 배로", "박정호"), ("더는 버틸 수가", "박정호"), ("동네의 마지막 세탁소", None)]),
    ("r57-org", "ko",
     P("한빛전자는 27일 신형 배터리 공장 착공을 연기한다고 밝혔다.") +
     P("회사 측은 \"시장 상황을 좀 더 지켜보겠다\"고 설명했다.") +
     P("한빛전자 노동조합은 이를 \"구조조정을 위한 사전 작업\"이라고 비판했다."),
     [("시장 상황을 좀 더", "한빛전자"), ("구조조정을 위한 사전", "한빛전자 노동조합")]),
    # ---------------------------------------------------------------- Arabic
    ("r57-frag", "ar",
     P("أعلنت وزارة الصحة في مملكة الوادي الأخضر، الأحد، عن حملة تطعيم جديدة للأطفال.") +
     P("ووصفت الوزارة الحملة بأنها «الأوسع منذ عشر سنوات».") +
     P("وقالت الطبيبة سلمى الحداد، التي تدير مركزاً صحياً في القرية، إن الأهالي «يأتون قبل الفجر».") +
     P("وقال أحد الآباء إن الانتظار كان «طويلاً لكنه يستحق»."),
     [("الأوسع منذ عشر سنوات", "وزارة الصحة"), ("يأتون قبل الفجر", "سلمى الحداد"),
      ("طويلاً لكنه يستحق", None)]),
    ("r57-script", "ar",
     P("التقى المهندس الهولندي Pieter van Aalst برئيس البلدية خالد المنصوري لبحث مشروع تحلية المياه.") +
     P("وقال van Aalst للصحفيين: «المشروع يمكن أن يبدأ خلال عام».") +
     P("أما المنصوري فأكد أن البلدية «لن تتحمل الكلفة وحدها»."),
     [("المشروع يمكن أن يبدأ", "Pieter van Aalst"), ("لن تتحمل الكلفة وحدها", "خالد المنصوري")]),
    # ---------------------------------------------------------------- Turkish
    ("r57-frag", "tr",
     P("Kuzeyköy Belediye Başkanı Elif Karataş, sahil yolundaki çalışmaların haftaya biteceğini açıkladı.") +
     P("Karataş, gecikmeyi “tamamen hava koşullarından kaynaklı” olarak nitelendirdi.") +
     P("Bölgedeki bir esnaf ise yolu “üç aydır çamur deryası” diye anlattı."),
     [("tamamen hava koşullarından kaynaklı", "Elif Karataş"), ("üç aydır çamur deryası", None)]),
    ("r57-between", "tr",
     P("Toplantıya, Kooperatif Başkanı Murat Aydemir, üreticilerden Hatice Şen ve ziraat mühendisi Cem "
       "Yalçın katıldı.") +
     P("Şen, bu yıl fındık fiyatının “maliyeti bile karşılamadığını” söyledi.") +
     P("Yalçın ise “verim düşüşünün asıl nedeni kuraklık” dedi."),
     [("maliyeti bile karşılamadığını", "Hatice Şen"), ("verim düşüşünün asıl nedeni", "Cem Yalçın")]),
    # ---------------------------------------------------------------- Hebrew
    ("r57-frag", "he",
     P("עיריית נווה גליל הודיעה כי הספרייה העירונית תיסגר לשיפוצים למשך חצי שנה.") +
     P("ראש העירייה, מיכל אבוטבול, אמרה כי מדובר ב\"השקעה שהייתה צריכה לקרות מזמן\".") +
     P("תושב ותיק בשכונה כינה את ההחלטה \"עוד תירוץ לסגור\"."),
     [("השקעה שהייתה צריכה לקרות", "מיכל אבוטבול"), ("עוד תירוץ לסגור", None)]),
    ("r57-named", "he",
     P("אישה בשם רותי בן-שושן, אחות בבית החולים בעמק, מתנדבת כבר עשר שנים במטבח הציבורי.") +
     P("\"אני באה אחרי משמרת לילה\", היא מספרת. \"זה מה שמחזיק אותי.\"") +
     P("על דלת המטבח תלוי שלט: \"כל אחד מקבל צלחת\"."),
     [("אני באה אחרי משמרת", "רותי בן-שושן"), ("זה מה שמחזיק אותי", "רותי בן-שושן"),
      ("כל אחד מקבל צלחת", None)]),
    # ---------------------------------------------------------------- Persian
    ("r57-frag", "fa",
     P("شهرداری بندر نیلوفر از آغاز طرح بازسازی بازار قدیمی خبر داد.") +
     P("شهردار، فرهاد کیانی، این طرح را «مهم‌ترین پروژه سال» خواند.") +
     P("یکی از مغازه‌داران گفت که «هیچ‌کس از ما نظر نخواست».") +
     P("سازمان میراث فرهنگی استان اعلام کرد که بر کار «نظارت کامل» خواهد داشت."),
     [("مهم‌ترین پروژه سال", "فرهاد کیانی"), ("هیچ‌کس از ما نظر", None)]),
    ("r57-named", "fa",
     P("زنی به نام مریم رستمی، معلم بازنشسته‌ای از روستای سرچشمه، کتابخانه‌ای کوچک در خانه‌اش باز کرده است.") +
     P("او می‌گوید: «بچه‌ها اینجا کتاب را لمس می‌کنند، نه فقط گوشی را».") +
     P("برادرش، حسن رستمی، قفسه‌ها را ساخته است. «هر شب یک قفسه»، او می‌گوید."),
     [("بچه‌ها اینجا کتاب را", "مریم رستمی"), ("هر شب یک قفسه", "حسن رستمی")]),
    # ---------------------------------------------------------------- Hindi
    ("r57-frag", "hi",
     P("रामपुर खुर्द नगर पालिका ने शहर के पुराने तालाब की सफ़ाई का काम शुरू किया है।") +
     P("नगर पालिका अध्यक्ष सुनीता वर्मा ने इसे “शहर की सबसे बड़ी ज़रूरत” बताया।") +
     P("एक बुज़ुर्ग दुकानदार ने कहा कि यह काम “दस साल पहले होना चाहिए था”।") +
     P("वर्मा ने कहा, “बरसात से पहले काम पूरा होगा।”"),
     [("शहर की सबसे बड़ी", "सुनीता वर्मा"), ("दस साल पहले होना", None),
      ("बरसात से पहले काम", "सुनीता वर्मा")]),
    ("r57-org", "hi",
     P("राज्य बिजली निगम ने बताया कि गुरुवार रात को बिजली कटौती तकनीकी ख़राबी के कारण हुई।") +
     P("निगम ने कहा कि आपूर्ति “चार घंटे में बहाल” कर दी गई।") +
     P("एक निवासी ने सोशल मीडिया पर लिखा, “पूरी रात पंखे के बिना गुज़री।”"),
     [("चार घंटे में बहाल", "राज्य बिजली निगम"), ("पूरी रात पंखे के", None)]),
    # ---------------------------------------------------------------- Indonesian
    ("r57-frag", "id",
     P("Dinas Perhubungan Kota Sungai Rawa akan menutup Jalan Merdeka selama dua pekan mulai Senin.") +
     P("Kepala dinas, Hendra Wibisono, menyebut penutupan itu “terpaksa demi keselamatan”.") +
     P("Seorang pedagang kaki lima mengaku khawatir “pembeli tidak akan datang”.") +
     P("“Kami sudah siapkan jalur alternatif,” kata Hendra."),
     [("terpaksa demi keselamatan", "Hendra Wibisono"), ("pembeli tidak akan datang", None),
      ("Kami sudah siapkan jalur", "Hendra Wibisono")]),
    ("r57-between", "id",
     P("Dalam diskusi itu hadir Rektor Universitas Pelita Timur, Bambang Susilo, peneliti Dewi Anggraini, "
       "yang memimpin studi tersebut, dan perwakilan pemerintah daerah, Yusuf Harahap.") +
     P("Dewi mengatakan hasilnya “jauh lebih buruk dari perkiraan”.") +
     P("Yusuf berjanji pemerintah akan “segera menindaklanjuti temuan ini”."),
     [("jauh lebih buruk dari", "Dewi Anggraini"), ("segera menindaklanjuti temuan ini", "Yusuf Harahap")]),
    # ---------------------------------------------------------------- Vietnamese
    ("r57-frag", "vi",
     P("UBND phường Tân Hòa cho biết sẽ lắp thêm đèn chiếu sáng trên đường ven sông.") +
     P("Chủ tịch phường, bà Nguyễn Thị Thu Hà, gọi đây là “việc cần làm ngay”.") +
     P("Một người dân chạy bộ buổi tối nói con đường “tối như hũ nút”.") +
     P("Bà Hà cho biết công trình sẽ “xong trước Tết”."),
     [("việc cần làm ngay", "Nguyễn Thị Thu Hà"), ("tối như hũ nút", None),
      ("xong trước Tết", "Nguyễn Thị Thu Hà")]),
    ("r57-between", "vi",
     P("Buổi họp có sự tham gia của ông Trần Văn Lộc, giám đốc hợp tác xã, chị Lê Thị Mai, một nông dân trồng "
       "thanh long, và kỹ sư Phạm Minh Đức.") +
     P("Chị Mai cho biết giá thanh long năm nay “chỉ bằng một nửa năm ngoái”.") +
     P("Ông Lộc thừa nhận hợp tác xã “chưa tìm được đầu ra mới”."),
     [("chỉ bằng một nửa", "Lê Thị Mai"), ("chưa tìm được đầu", "Trần Văn Lộc")]),
    # ---------------------------------------------------------------- Greek
    ("r57-case", "el",
     P("Μιλήσαμε με τη Μαρία Παπαδοπούλου, που διατηρεί φούρνο στο χωριό Άνω Λιβάδι εδώ και τριάντα χρόνια.") +
     P("«Ο κόσμος φεύγει, αλλά το ψωμί μένει», λέει.") +
     P("Ο δήμαρχος, Νίκος Αλεξίου, χαρακτήρισε τον φούρνο «καρδιά του χωριού».") +
     P("Ένας θαμώνας είπε ότι έρχεται «κάθε πρωί εδώ και σαράντα χρόνια»."),
     [("Ο κόσμος φεύγει, αλλά", "Μαρία Παπαδοπούλου"), ("καρδιά του χωριού", "Νίκος Αλεξίου"),
      ("κάθε πρωί εδώ και", None)]),
    ("r57-script", "el",
     P("Ο Γερμανός αρχαιολόγος Johannes Brenner παρουσίασε τα ευρήματα της ανασκαφής στη Νάξο.") +
     P("Σύμφωνα με τον Brenner, πρόκειται για «το αρχαιότερο εργαστήριο του νησιού».") +
     P("Η Εφορεία Αρχαιοτήτων ανέφερε ότι η ανασκαφή θα συνεχιστεί «και τον επόμενο χρόνο»."),
     [("το αρχαιότερο εργαστήριο του", "Johannes Brenner"), ("και τον επόμενο χρόνο", "Εφορεία Αρχαιοτήτων")]),
    # ---------------------------------------------------------------- Romanian
    ("r57-frag", "ro",
     P("Primăria comunei Valea Teiului a anunțat închiderea podului peste Olteț.") +
     P("Primarul Ioan Moldoveanu a descris starea podului drept „periculoasă pentru oricine”.") +
     P("O localnică a spus că „de acum facem zece kilometri ocolul”.") +
     P("Compania de drumuri a promis „o soluție provizorie în două săptămâni”."),
     [("periculoasă pentru oricine", "Ioan Moldoveanu"), ("de acum facem zece", None),
      ("o soluție provizorie în", None)]),
    ("r57-named", "ro",
     P("O femeie pe nume Elena Constantinescu, asistentă la spitalul din Făget, a fost premiată de "
       "comunitate.") +
     P("„Am făcut doar ce trebuia”, a spus ea. „Oricine ar fi făcut la fel.”"),
     [("Am făcut doar ce", "Elena Constantinescu"), ("Oricine ar fi făcut", "Elena Constantinescu")]),
    # ---------------------------------------------------------------- Hungarian (inflected)
    ("r57-case", "hu",
     P("Kovács Ilonával, a tiszakeszi idősek otthonának vezetőjével beszélgettünk.") +
     P("„Télen kétszer annyi a munka” – mondta. „A fűtés a legnagyobb gond.”") +
     P("Szabó Gábor polgármester szerint az otthon „jövőre új kazánt kap”.") +
     P("Egy lakó azt mondta: „Itt legalább nem vagyok egyedül.”"),
     [("Télen kétszer annyi a", "Kovács Ilona"), ("A fűtés a legnagyobb", "Kovács Ilona"),
      ("jövőre új kazánt kap", "Szabó Gábor"), ("Itt legalább nem vagyok", None)]),
    # ---------------------------------------------------------------- Swedish
    ("r57-frag", "sv",
     P("Vägbolaget Norrled stänger bron över Lillälven i tre veckor i augusti.") +
     P("Bolaget beskriver avstängningen som ”nödvändig för att undvika större skador”.") +
     P("Kommunalrådet Agneta Holmberg kallar beskedet ”en mardröm för pendlarna”.") +
     P("En kvinna i 40-årsåldern som väntade på bussen sa att hon ”får ta ledigt i tre veckor”."),
     [("nödvändig för att undvika", "Vägbolaget Norrled"), ("en mardröm för pendlarna", "Agneta Holmberg"),
      ("får ta ledigt i", None)]),
    ("r57-reply", "sv",
     P("Vid mötet frågade föräldern Johan Eklund rektorn Lena Sjöberg varför skolbussen ställts in.") +
     P("”Vi har inte fått tag på en chaufför”, svarade Sjöberg.") +
     P("”Då får kommunen betala taxi”, sa Eklund.") +
     P("Hon lovade att ta frågan vidare: ”Jag ringer förvaltningen i morgon.”"),
     [("Vi har inte fått", "Lena Sjöberg"), ("Då får kommunen betala", "Johan Eklund"),
      ("Jag ringer förvaltningen i", "Lena Sjöberg")]),
    # ---------------------------------------------------------------- Norwegian
    ("r57-frag", "nb",
     P("En mann i 30-årene ble pågrepet etter et knivstikk i Fjellvik sentrum natt til søndag, opplyser Sør-Fjell politidistrikt.") +
     P("Politiet beskriver skadene som «alvorlige, men ikke livstruende».") +
     P("Innsatsleder Ragnhild Solbakken sier at politiet har «god kontroll på hendelsesforløpet».") +
     P("En nabo forteller at hun «våknet av skrik»."),
     [("alvorlige, men ikke livstruende", "Sør-Fjell politidistrikt"), ("god kontroll på hendelsesforløpet", "Ragnhild Solbakken"),
      ("våknet av skrik", None)]),
    ("r57-org", "nb",
     P("Vest politidistrikt har avsluttet etterforskningen av brannen på Kaiveien.") +
     P("Politidistriktet konkluderer med at brannen var «påsatt, men gjerningsperson er ukjent».") +
     P("Eieren av bygget, Sverre Haugland, er «dypt skuffet» over henleggelsen, skriver han i en "
       "e-post.") +
     P("«Vi gir ikke opp å finne svar», skriver Haugland."),
     [("påsatt, men gjerningsperson er", "Vest politidistrikt"), ("Vi gir ikke opp", "Sverre Haugland")]),
    # ---------------------------------------------------------------- Danish
    ("r57-frag", "da",
     P("Region Sydkyst lukker fødeafdelingen i Havnsø fra nytår.") +
     P("Regionen kalder beslutningen »svær, men fagligt nødvendig«.") +
     P("Jordemoder Birgitte Kjærgaard, der har arbejdet på afdelingen i 25 år, mener, at lukningen er »et "
       "svigt over for yderområderne«.") +
     P("En gravid kvinde fra byen siger, at hun »nu skal køre en time med veer«."),
     [("svær, men fagligt nødvendig", "Region Sydkyst"), ("svigt over for yderområderne", "Birgitte Kjærgaard"),
      ("nu skal køre en", None)]),
    ("r57-forum", "da",
     P("<strong>cykelnørd</strong> skrev: »Nogen der har prøvet de nye dæk fra Grus og Co?«") +
     P("<strong>Mette_K</strong> svarede: »Ja, de holder fint på grus, men ikke i regn.«") +
     P("En anonym bruger: »Spild af penge.«"),
     [("Nogen der har prøvet", "cykelnørd"), ("de holder fint på", "Mette_K"), ("Spild af penge", None)]),
    # ---------------------------------------------------------------- Finnish (inflected)
    ("r57-case", "fi",
     P("Juttelimme Leena Virtasen kanssa, joka on pitänyt kyläkauppaa Kivijärvellä vuodesta 1994.") +
     P("”Kauppa on kylän olohuone”, Virtanen sanoo.") +
     P("Kunnanjohtaja Matti Heikkisen mukaan kauppa saa ”tukea ainakin ensi vuoden loppuun”.") +
     P("Eräs asiakas kertoi käyvänsä kaupassa ”joka päivä, vaikka ei tarvitsisi mitään”."),
     [("Kauppa on kylän olohuone", "Leena Virtanen"), ("tukea ainakin ensi vuoden", "Matti Heikkinen"),
      ("joka päivä, vaikka ei", None)]),
    ("r57-case", "fi",
     P("Kaupunginvaltuutettu Aino Lehtiselle on tullut satoja viestejä puiston kaatosuunnitelmasta.") +
     P("Lehtinen kutsuu suunnitelmaa ”lyhytnäköiseksi ja turhaksi”.") +
     P("Rakennuttaja Kivitalo Oy:n mukaan puut ovat ”huonossa kunnossa ja vaarallisia”.") +
     P("Puistossa koiraa ulkoiluttanut nainen sanoi, että ”tämä on koko kaupunginosan keuhko”."),
     [("lyhytnäköiseksi ja turhaksi", "Aino Lehtinen"), ("huonossa kunnossa ja vaarallisia", "Kivitalo Oy"),
      ("tämä on koko kaupunginosan", None)]),
    ("r57-case", "cs",
     P("Starosta obce Lipová Jiří Kratochvíl se sešel s Marií Horákovou, která sepsala petici proti "
       "skládce.") +
     P("Horáková mu předala „přes tisíc dvě stě podpisů“ a řekla, že obec „nesmí ustoupit firmě“.") +
     P("Kratochvíl slíbil „veřejné projednání ještě letos“."),
     [("přes tisíc dvě stě", "Marie Horáková"), ("nesmí ustoupit firmě", "Marie Horáková"),
      ("veřejné projednání ještě letos", "Jiří Kratochvíl")]),
    ("r57-org", "tr",
     P("Egekıyı Su ve Kanalizasyon İdaresi, yarın şehrin doğusunda sekiz saatlik su kesintisi "
       "yapılacağını duyurdu.") +
     P("İdare, çalışmanın “ana boru hattındaki arıza nedeniyle” zorunlu olduğunu belirtti.") +
     P("Mahalle sakinlerinden biri ise “her ay aynı bahane” diye tepki gösterdi."),
     [("ana boru hattındaki arıza", "Egekıyı Su ve Kanalizasyon İdaresi"), ("her ay aynı bahane", None)]),
    ("r57-org", "fa",
     P("شرکت هواپیمایی آسمان‌پیما پروازهای شامگاهی به جزیره را تا پایان ماه لغو کرد.") +
     P("این شرکت در بیانیه‌ای علت را «کمبود قطعات یدکی هواپیما» اعلام کرد.") +
     P("مسافری که در فرودگاه مانده بود گفت: «هیچ‌کس به ما چیزی نگفت»."),
     [("کمبود قطعات یدکی هواپیما", "شرکت هواپیمایی آسمان‌پیما"), ("هیچ‌کس به ما چیزی", None)]),
    ("r57-case", "hu",
     P("Tóth Eszterrel, a fertőszéli kompjárat kapitányával és fiával, Tóth Bencével beszélgettünk a "
       "kikötőben.") +
     P("Az anya szerint a komp „még húsz évig is bírná”.") +
     P("A fiú nevetett: „Anyám is még húsz évig bírná.”"),
     [("még húsz évig is", "Tóth Eszter"), ("Anyám is még húsz", "Tóth Bence")]),
]

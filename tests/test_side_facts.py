"""Side details a teacher would not ask, and figures one half of the sentence gives away: rows from reviews 28-32
(their examples) and from other articles written the same way."""

import pytest

import quizgen

# Each article gives other items too, so a row fails only when the one answer it names is asked.
CHAMPIONSHIPS_GO_ON = (
    "About 35,000 spectators watched the final. The championships continue on Thursday with the semi-finals of the "
    "men's 200 metres and the final of the women's 400 metres hurdles."
)
INTEREST = "Compound interest is interest earned on interest. Banks in Britain have paid it since the 1690s."
DIAMOND_LEAGUE = ("Athletics\n\nTamsin Okafor ran 21.94 seconds in Rome on Friday to break a British record that had "
                  "stood for 27 years. The Diamond League moves on to Oslo next Wednesday.")
DANISH_CARS = ("Cars in Denmark\n\nElectric cars made up 51% of new cars registered in Denmark in 2024. Petrol cars fell "
               "to 19.8% of the market from 31.0% in 2023.")
CHINESE_BRANDS = ("Cars in Denmark\n\nElectric cars made up 51% of new cars registered in Denmark in 2024. Chinese "
                  "brands together accounted for about 7% of electric sales, roughly double their share in 2023.")
PRIYA_SAVES = ("Priya invests £500 at 4% per year, compounded annually.\n\nPriya earns £62.43 in interest, which is £2.43 "
               "more than with simple interest.")

NOT_ASKED = [
    # Half a range is guessed from the other half.
    pytest.param("Heinrich Barth\n\nHeinrich Barth was a German explorer of Africa. Between 1845 and 1847 he "
                 "travelled along the coast from Tangier to Cairo. In 1849 he joined an expedition led by James "
                 "Richardson.", "1847", id="between-years"),
    pytest.param("Tariffs\n\nWorld trade fell by about two-thirds between 1929 and 1934 after the Smoot Act. "
                 "By 1950 trade had recovered, and the GATT was signed in 1947 by 23 countries.", "1929",
                 id="between-years-first"),
    pytest.param("Cells\n\nA bacterium is usually only 1 to 2 µm long. A plant cell can be 100 µm across and has a "
                 "wall of cellulose, first described by Robert Hooke in 1665.", "2", id="a-to-b-with-a-unit"),
    pytest.param("Snow leopard\n\nAdults usually weigh between 22 and 55 kg. Gray placed the species in the genus "
                 "Uncia in 1854.", "55 kg", id="between-quantities"),
    pytest.param("Malawi\n\nMalawi suffered its deadliest outbreak in 2022 and 2023, when more than 1,700 people "
                 "died. A vaccine drive began on March 3, 2024.", "2023", id="years-joined-by-and"),
    pytest.param("Nokia\n\nIn the 1970s and 1980s the company grew quickly, and by 1987 it employed 44,000 people. "
                 "Jorma Ollila became chief executive in 1992.", "1970s", id="decades-joined-by-and"),
    pytest.param("Sydney Opera House\n\nStage II, the roof shells, was built from 1963 to 1967 by Hornibrook. "
                 "The building was opened on 20 October 1973 by Queen Elizabeth II.", "1963", id="from-year-to-year"),
    # Clock times and the dates of counts.
    pytest.param("Halvorsen\n\nShares in Halvorsen rose 6.4% to 214 crowns by 1100 GMT on the Oslo exchange. "
                 "Revenue grew 12% to 9.8 billion crowns.", "1100", id="a-clock-time-before-gmt"),
    pytest.param("Tartu\n\nWith a population of about 97,000 in 2023, Tartu is the second-largest city in Estonia. "
                 "Its university was founded in 1632.", "2023", id="the-year-of-a-population-count"),
    pytest.param("World trade\n\nBy 2024 the WTO had 166 members, accounting for 98 percent of world trade. "
                 "It replaced the GATT in 1995.", "2024", id="by-a-year-a-count"),
    # A date reckoned from another in the sentence, a length of time its two years give.
    pytest.param("Telegraph\n\nCooke and Wheatstone formed a partnership in May 1837 and took out a joint patent "
                 "the following month, on 12 June 1837. The line to Slough opened in 1843.", "May 1837",
                 id="the-following-month"),
    pytest.param("Heinrich Barth\n\nBarth spent more than five years crossing the Sahara between 1850 and 1855. "
                 "He reached Timbuktu on 7 September 1853.", "five years", id="a-length-the-two-years-give"),
    pytest.param("Thessaloniki metro\n\nThe line cost 3.1 billion euros. Speeds fall to under 10 km per hour at rush "
                 "hour, according to a 2023 study by the Aristotle University.", "2023", id="the-year-of-a-study"),
    pytest.param("Dreadnoughts\n\nBritain launched HMS Dreadnought in 1906. Germany built its own, and by 1914 "
                 "Britain had 29 of these ships.", "1914", id="by-a-year-someone-had"),
    # Worked sums are read off, not learnt.
    pytest.param("Electricity\n\nFor the kettle, the current is I = V / R = 230 / 23 = 10 A. The unit of "
                 "resistance, the ohm, was named after Georg Ohm, who published his law in 1827.", "10",
                 id="a-worked-sum"),
    # Other names, and what stands in brackets.
    pytest.param("Tartu\n\nTartu (German: Dorpat) is the second-largest city in Estonia. Its university was founded "
                 "in 1632 by King Gustav II Adolf.", "Dorpat", id="a-name-in-another-language"),
    pytest.param("Kingdom of Aksum\n\nThe Kingdom of Aksum, sometimes called the Aksumite Empire, was an ancient "
                 "kingdom centred in what is now Ethiopia. King Ezana converted to Christianity in about 330.",
                 "Aksumite Empire", id="sometimes-called"),
    pytest.param("Treaty of Nerchinsk\n\nExpeditions led by Vassili Poyarkov (1643–1646) reached the Amur. The "
                 "treaty was signed in 1689 between Russia and the Qing.", "1643–1646", id="a-side-persons-dates"),
    # Who reported it, and who was asked for a comment.
    pytest.param("Wildfires\n\nItaly sent four aircraft and Romania a team of 80 firefighters, the European "
                 "Commission said. The fires burned 9,500 hectares by Monday.", "European Commission",
                 id="the-body-that-said-so"),
    pytest.param("Wildfires\n\nThe fires had burned 9,500 hectares by Monday evening, according to the European "
                 "Union's Copernicus service.", "European Union", id="according-to"),
    pytest.param("Helix Pay\n\nHackers stole the data of 2.3 million customers of Helix Pay, the company said on "
                 "Wednesday. \"The real danger now is fraud,\" said Joris Verhoeven, a researcher at Delft.",
                 "Joris Verhoeven", id="a-quoted-researcher"),
    pytest.param("Ghana election\n\nJohn Mahama won 56.55 percent of the vote on Saturday. Prices kept going up, "
                 "said Abena Owusu, a trader in Kumasi.", "Abena Owusu", id="a-vox-pop"),
    # Talk, and figures one another gives away.
    pytest.param("Mortgages\n\nMoneyfacts said the average two-year fixed rate in Britain fell to 4.38% in April. \"Borrowers coming off cheap "
                 "deals fixed in 2021 will still face a sharp rise,\" said Ms Smith.", "2021", id="a-figure-in-a-quotation"),
    pytest.param("Migraine\n\nBritain's MHRA approved Migrelis on Tuesday after a trial of 612 patients. Children lose eight or nine days a "
                 "month to migraine, the agency said.", "nine days", id="eight-or-nine"),
    pytest.param("Ecosystems\n\nOn average, about 10 percent of the energy is passed on; the other 90 percent is lost "
                 "as heat. The idea was set out by Raymond Lindeman in 1942.", "90 percent", id="the-other-90-percent"),
    pytest.param("Gujarat fire\n\nFirefighters from Bharuch, Ankleshwar and the nearby port of Dahej fought the blaze "
                 "for six hours.", "Bharuch", id="a-list-that-goes-on-past-its-names"),
    # An example is one of many right answers.
    pytest.param("Climate zones\n\nHot deserts such as the Sahara receive less than 250 mm of rain a year. The "
                 "Köppen system was published in 1884.", "Sahara", id="an-example-after-such-as-the"),
    # A people is context, not a fact.
    pytest.param("Heinrich Barth\n\nHeinrich Barth travelled 16,000 kilometres and became one of the first "
                 "Europeans to describe the region in detail.", "Europeans", id="a-people"),
    # A word of a quoted title, small words and all (review 36).
    pytest.param("Art theft\n\nThe painting, \"Portrait of a Young Woman with a Lute\", attributed to the Venetian "
                 "artist Bernardino Licinio, was cut from its frame in a burglary in 1998.", "Young Woman",
                 id="a-piece-of-a-quoted-title"),
    pytest.param("Vermeer\n\nThe painting \"Girl with a Pearl Earring\" was bought by Arnoldus des Tombe at an "
                 "auction in The Hague in 1881 for two guilders.", "Pearl Earring", id="another-piece-of-a-quoted-title"),
    # A name only as a thing's owner, an office-holder who only owns the office (review 33-37).
    pytest.param("Nokia\n\nThe arrival of Apple's iPhone in 2007 eroded the market share of Nokia, whose profit fell "
                 "by 40 percent.", "Apple", id="owner-of-a-product"),
    pytest.param("Athletics\n\nKenya's Abel Kipsang was eighth in 3:33.01, and Ethiopia took no medal in the final.",
                 "Kenya", id="owner-of-a-runner"),
    pytest.param("Gujarat fire\n\nPrime Minister Narendra Modi's office said 200,000 rupees would be paid to each "
                 "family.", "Narendra Modi", id="an-office-holders-office"),
    pytest.param("Floods\n\nPresident Joe Biden's administration approved $2 billion in aid for the region in 2022.",
                 "Joe Biden", id="a-presidents-administration"),
    # A relative or teacher of someone the sentence mentions in passing.
    pytest.param("Margaret I\n\nMargaret ruled Denmark from 1375 until 1412. In Norway she was raised by Märta "
                 "Ulfsdotter, a daughter of Saint Bridget of Sweden, in the 1360s.", "Bridget of Sweden",
                 id="a-daughter-of"),
    pytest.param("Mahler\n\nGustav Mahler entered the Vienna Conservatory in 1875. There he studied harmony with "
                 "Robert Fuchs, a pupil of Simon Sechter, until 1878.", "Simon Sechter", id="a-pupil-of"),
    # Where someone spoke, the cast of an adaptation, a street.
    pytest.param("Chile quake\n\nInterior Minister Carolina Tohá told reporters in Santiago that 9 of the dead were in "
                 "Taltal.", "Santiago", id="told-reporters-in"),
    pytest.param("Kenya budget\n\nThe finance minister told a news conference in Nairobi that the deficit would fall "
                 "to 4.3 percent in 2025.", "Nairobi", id="told-a-news-conference-in"),
    pytest.param("Middlemarch\n\nIt was adapted as a BBC series in 1994, starring Juliet Aubrey as Dorothea and Rufus "
                 "Sewell as Will Ladislaw.", "Juliet Aubrey", id="starring-as"),
    pytest.param("Pride and Prejudice\n\nThe 1995 BBC series starring Colin Firth as Darcy drew 10 million viewers.",
                 "Colin Firth", id="starring-as-darcy"),
    pytest.param("Opportunity cost\n\nOpportunity cost is the value of the next best alternative given up. Suppose Priya, "
                 "aged 17, is offered a Saturday job paying £60 a day by Hartley Garden Centre.", "Priya",
                 id="a-worked-examples-made-up-person"),
    # (the made-up firm of an imagined case is now left out too, so a real fact keeps the article asking)
    pytest.param("Budgets\n\nA budget sets out planned income and spending for a year. In 2024 the UK government "
                 "planned to spend about £1,226 billion. Imagine that Tom Hale earns £1,200 a month from Ashford "
                 "Motors.", "Tom Hale", id="an-imagined-person"),
    pytest.param("Bologna\n\nIn 1803 the university moved to the Palazzo Poggi in Via Zamboni, the seat of the rector.",
                 "Zamboni", id="via-a-street"),
    pytest.param("Rome\n\nFrom 1920 to 1935 the family lived in Via Margutta, near the Spanish Steps.", "Margutta",
                 id="via-another-street"),
    # A name the sentence gives in another form, a place in the name of a kind of thing, a people.
    pytest.param("Cape Verde\n\nPlans for union with Guinea-Bissau were abandoned after a coup in Bissau in 1980.",
                 "Guinea-Bissau", id="a-part-of-a-double-name"),
    pytest.param("Kiel Canal\n\nThe canal, opened in 1895, crosses Schleswig-Holstein from Kiel to Brunsbüttel, and "
                 "Holstein farmers lost land to it.", "Schleswig-Holstein", id="another-part-of-a-double-name"),
    pytest.param("Emmy Noether\n\nShe moved to Bryn Mawr College in 1933. The lunar crater Nöther and the asteroid "
                 "7001 Noether are named after her.", "Nöther",
                 id="one-name-spelled-two-ways"),
    pytest.param("Kurt Gödel\n\nThe Gödel Prize and the asteroid 3366 Goedel, found in 1983, are named after him.",
                 "Goedel", id="another-name-spelled-two-ways"),
    pytest.param("Plitvice\n\nThe park is forested, mainly with European beech, silver fir and Norway spruce, over "
                 "29,000 hectares.", "Norway", id="a-place-in-a-species"),
    pytest.param("Gardens\n\nThe hedges of the 1850 garden are of hawthorn, holly and Portugal laurel.", "Portugal",
                 id="a-place-in-another-species"),
    pytest.param("Cape Verde\n\nIn the 20th century Cape Verdeans joined the independence struggle of Guinea in 1956.",
                 "Cape Verdeans", id="a-people-named-by-a-place"),
    # One of a pair is guessed as well as learnt.
    pytest.param("Snow leopard\n\nIn Mongolia and Russia the cats may descend to about 600 m. Their range covers "
                 "1.8 million square kilometres.", "Russia", id="one-of-a-pair-of-places"),
    pytest.param("Telegraph\n\nThe arbitrators, Marc Brunel and John Daniell, gave their verdict in 1841. The "
                 "telegraph became famous in January 1845.", "John Daniell", id="one-of-a-pair-of-people"),
    pytest.param("Heinrich Barth\n\nHeinrich Barth was a German explorer. He made further journeys in Turkey and "
                 "the Balkans in 1862. Barth died in Berlin in November 1865.", "Turkey", id="a-pair-joined-by-and-the"),
    # Round C (reviews 38-42): who a quoted person is — an employer, the employer's town — is no fact of the story.
    pytest.param("Volvo recall\n\nVolvo will recall 412,000 cars worldwide. The recall hits the one thing buyers trust "
                 "Volvo for, said Johanna Lindqvist, an automotive analyst at Handelsbanken in Stockholm.",
                 "Handelsbanken", id="a-quoted-analysts-employer"),
    pytest.param("Rates\n\nThe central bank raised its rate to 4.5% on Thursday. Tom Berg, an economist at Nordea in "
                 "Bergen, said a further rise in June was likely.", "Bergen", id="the-town-of-an-economists-bank"),
    pytest.param("Webb\n\nWebb found water vapour around GJ 9827 d in 2023. Markus Lindqvist, an astrophysicist at the Max "
                 "Planck Institute for Astronomy in Heidelberg, Germany, said more transits would be needed.",
                 "Heidelberg", id="the-city-of-a-commentators-institute"),
    pytest.param("Webb\n\nWebb found water vapour around GJ 9827 d in 2023. Markus Lindqvist, an astrophysicist at the Max "
                 "Planck Institute for Astronomy in Heidelberg, Germany, said more transits would be needed.",
                 "Markus Lindqvist", id="a-commentator-of-a-long-apposition"),
    pytest.param("Quake\n\nThe quake struck at a depth of 10 km on Monday. Kenji Sato, a seismologist at the University "
                 "of Tohoku, said aftershocks could go on for weeks.", "University of Tohoku",
                 id="a-commentators-university"),
    # Where shares trade, a defendant's home town, someone's lawyer, a surname alone as who spoke.
    pytest.param("Volvo recall\n\nVolvo will recall 412,000 cars. Shares in the company fell 3.4 percent in Stockholm "
                 "trading on Wednesday.", "Stockholm", id="in-a-city-trading"),
    pytest.param("Lumora\n\nLumora said profit doubled to 1.2 billion euros. Shares of Lumora rose 5 percent in "
                 "Frankfurt after the results were published.", "Frankfurt", id="shares-rose-in-a-city"),
    pytest.param("Airline\n\nCascadia cancelled 1,140 flights. Shares of Cascadia's parent, Cascadia Air Group (CSAG), "
                 "fell 6.2% to $31.18 in New York on Monday.", "New York", id="shares-fell-to-a-price-in-a-city"),
    pytest.param("Rates\n\nThe Bank raised rates to 5.25% on Thursday. Shares in housebuilders such as Persimmon and "
                 "Taylor Wimpey dropped by more than 2% in London.", "London", id="shares-of-a-long-list-in-a-city"),
    pytest.param("Airline\n\nCascadia cancelled 1,140 flights on Monday. \"I still don't know if I'll make it to my "
                 "sister's wedding,\" said Maria Okafor, 34, who was trying to reach Atlanta.", "Atlanta",
                 id="where-a-passer-by-was-going"),
    pytest.param("Fraud\n\nThe fund manager Daniel Whitcombe, 52, from Guildford in Surrey, was sentenced at Southwark "
                 "Crown Court on Friday.", "Guildford", id="a-defendants-home-town"),
    pytest.param("Fraud\n\nMaria Lopez, 34, of Leeds, was fined £5,000 on Tuesday for selling fake tickets.", "Leeds",
                 id="another-defendants-home-town"),
    pytest.param("Fraud\n\nWhitcombe was jailed for 11 years. Whitcombe's lawyer, Anthony Keane KC, had argued that his "
                 "client always intended to repay investors.", "Anthony Keane", id="a-defendants-lawyer"),
    pytest.param("Court\n\nDover's mayor, Tom Reed, was fined $20,000 in 2021 for misusing council funds. His lawyer, "
                 "Maria Sanchez, said on Monday he would appeal.", "Maria Sanchez", id="a-lawyer-who-speaks"),
    pytest.param("Hartwell Rovers\n\n\"We are building for the future,\" said chief executive Laura Marsh. Marsh said "
                 "matchday income of £33.1 million was expected to double once the new ground opens.", "Marsh",
                 id="a-surname-alone-who-said-it"),
    pytest.param("Census\n\nZachary Mwangi heads the bureau. The count met international standards, said Mwangi, "
                 "adding that 47.6 million people were counted in 2019.", "Mwangi", id="said-a-surname-alone"),
    pytest.param("Ghana election\n\nMahama won 56.6 percent of the vote, Jean Mensa, the chair of the commission, "
                 "told reporters at the commission's headquarters in Accra.", "Accra",
                 id="told-reporters-at-a-building-in"),
    # A functionary named by the post that lets them speak for a body.
    pytest.param("Factory fire\n\nA fire at a chemical plant killed 11 workers on Monday. Firefighters took more than "
                 "six hours to bring the fire under control, district fire officer Harshad Patel said.", "Harshad Patel",
                 id="a-fire-officer-said"),
    pytest.param("Marula strike\n\nThe five-month strike at Marula ended on Thursday. A CCMA commissioner, Lerato Dube, "
                 "said both sides had shown real flexibility in the final 48 hours.", "Lerato Dube",
                 id="a-commissioner-in-apposition-said"),
    pytest.param("Marathon\n\nRace director Jo Schindler said 14,200 runners had started the race, an increase of about "
                 "8% on last year.", "Jo Schindler", id="a-race-director-said"),
    pytest.param("Factory fire\n\nA fire at a chemical plant killed 11 workers on Monday. Bharuch District Collector "
                 "Tushar Sumera said seven of the dead had been identified.", "Tushar Sumera",
                 id="a-district-collector-said"),
    pytest.param("Floods\n\nFloods killed 23 people in Valencia in 2024. Police spokesman Carlos Ruiz told reporters "
                 "that 40 people were still missing.", "Carlos Ruiz", id="a-police-spokesman-told"),
    # Who counted or commented: a source of the figure, not the figure.
    pytest.param("Fenwick\n\nFenwick said sales fell 4% to £1.9 billion. \"Fenwick is running up the down escalator,\" "
                 "said Clive Black, an analyst at the broker Shore Capital.", "Shore Capital", id="an-analysts-broker"),
    pytest.param("Grocers\n\nAldi and Lidl together now hold about 18% of the British grocery market, according to the "
                 "research firm Kantar, more than double their share in 2014.", "Kantar",
                 id="according-to-a-research-firm"),
    pytest.param("Minimum wage\n\nThe Federal Statistical Office estimates that about 6.6 million jobs, or roughly 17% "
                 "of all positions, were paid less than 14.60 euros an hour in April.", "Federal Statistical Office",
                 id="a-body-that-estimates"),
    pytest.param("Gene therapy\n\nThe therapy costs $3.1 million. Analysts at Leerink Partners estimate that between 30 "
                 "and 40 children a year could be eligible.", "Leerink Partners", id="analysts-at-a-firm"),
    pytest.param("Doctors\n\nMore than 9,000 Nigerian-trained doctors moved to Britain between 2015 and 2022, according "
                 "to figures from the UK's General Medical Council.", "General Medical Council",
                 id="figures-from-a-countrys-council"),
    # The day the books close: a results period, not the news.
    pytest.param("Tesco results\n\nPre-tax profit fell to £412 million in the 52 weeks to 24 February, from £502 "
                 "million a year earlier.", "24 February", id="weeks-to-a-day"),
    pytest.param("BP results\n\nUnderlying profit came to $21.4 billion for the year to December 31, down from $25.8 "
                 "billion a year earlier.", "December 31", id="the-year-to-a-day"),
    pytest.param("Fonterra\n\nFonterra earned NZ$1.1 billion in the quarter ended June 30, 2023, its best result since "
                 "2014.", "June 30, 2023", id="the-quarter-ended-a-day"),
    # A share's price after the day's move: the move is the news.
    pytest.param("Volvo recall\n\nVolvo will recall 412,000 cars. Shares in the company fell 3.4 percent in Stockholm "
                 "trading on Wednesday, closing at 24.10 crowns.", "24.10 crowns", id="closing-at-a-share-price"),
    pytest.param("Westbrook\n\nWestbrook agreed to pay $1.2 billion. Shares in Westbrook rose 3.4% in New York trading "
                 "after the announcement, closing at $27.18.", "$27.18", id="closing-at-a-price-in-dollars"),
    pytest.param("Northmere\n\nNorthmere said profit rose 12% to £4.1 billion. Shares in Northmere rose 2.4 per cent "
                 "to 486 pence in morning trading.", "486", id="rose-to-a-price-in-pence"),
    pytest.param("Tessin\n\nTessin cut its sales forecast to 8.2 billion francs. Its stock slid 7% to 61.35 francs "
                 "on Tuesday, its lowest since 2020.", "61.35 francs", id="stock-slid-to-a-price"),
    pytest.param("Robert Hooke\n\nAfter his father's death in 1648 Hooke was sent to London, where he entered "
                 "Westminster School under its headmaster, Richard Busby.", "Richard Busby", id="a-schools-headmaster"),
    pytest.param("Cuenca\n\nIn 1739 the French Geodesic Mission worked in the area; the expedition's surgeon, Jean "
                 "Seniergues, was killed by a crowd during a bullfight.", "Jean Seniergues", id="an-expeditions-surgeon"),
    pytest.param("Napoleon\n\nNapoleon died on Saint Helena in 1821, attended by his physician, Francesco Antommarchi.",
                 "Francesco Antommarchi", id="a-rulers-physician"),
    # A parent, child or sibling named in passing; a state abbreviated after its town.
    pytest.param("Albrecht Dürer\n\nDürer was born in Nuremberg in 1471. His mother, Barbara Holper, was the daughter of "
                 "his father's master.", "Barbara Holper", id="his-mother"),
    pytest.param("Janáček\n\nIn 1881 Janáček married Zdenka Schulzová, one of his pupils. Their son Vladimír died in "
                 "1890 and their daughter Olga died in 1903.", "Olga", id="their-daughter"),
    pytest.param("William Shakespeare\n\nShakespeare married Anne Hathaway in 1582. The couple had three children: a "
                 "daughter, Susanna, and twins, Hamnet and Judith, born in 1585; a grandson, Thomas Nash, died young.",
                 "Susanna", id="a-daughter"),
    pytest.param("William Shakespeare\n\nShakespeare married Anne Hathaway in 1582. The couple had three children: a "
                 "daughter, Susanna, and twins, Hamnet and Judith, born in 1585; a grandson, Thomas Nash, died young.",
                 "Thomas Nash", id="a-grandson"),
    pytest.param("Johannes Brahms\n\nBrahms was born in Hamburg in 1833. He wrote the Lullaby in 1868 for the birth of a "
                 "son, Johannes, to his friend Bertha Faber.", "Johannes", id="a-son-of-a-friend"),
    pytest.param("Rachel Carson\n\nRachel Carson was an American marine biologist. A short work, The Sense of Wonder, "
                 "written for her grandnephew Roger Christie, whom she had adopted, appeared in 1965.", "Roger Christie",
                 id="her-grandnephew"),
    pytest.param("Michael Faraday\n\nFaraday was born in Newington Butts in 1791, the son of James Faraday, a "
                 "blacksmith, and Margaret Hastwell.", "Margaret Hastwell", id="the-mother-in-a-parents-line"),
    pytest.param("Joseph Haydn\n\nHaydn was born in Rohrau in 1732, the son of Mathias Haydn, a wheelwright, and his "
                 "wife Maria Koller.", "Maria Koller", id="and-his-wife-in-a-parents-line"),
    # A symbol of a formula is filled in from the symbols around it; a market named for its city is no news.
    pytest.param("Capacitors\n\nThe first capacitor, the Leyden jar, was invented in 1745. For two capacitors in "
                 "series, 1/C total = 1/C1 + 1/C2.", "C1", id="a-symbol-in-a-formula"),
    pytest.param("Capacitors\n\nThe first capacitor, the Leyden jar, was invented in 1745. For two capacitors in "
                 "series, 1/C total = 1/C1 + 1/C2.", "C2", id="the-last-symbol-in-a-formula"),
    pytest.param("Novo Nordisk\n\nNovo Nordisk raised its sales forecast to 290 billion crowns on Wednesday. Novo's "
                 "shares jumped 6.2%, while the wider Copenhagen index rose 0.8%.", "Copenhagen",
                 id="the-city-of-an-index"),
    # Where a quotation was spoken, and to whom.
    pytest.param("Iceland election\n\nThe Social Democrats won Saturday's election in Iceland with 20.8 per cent of "
                 "the vote. \"People have asked for change,\" Kristrún Frostadóttir told cheering supporters at a "
                 "Reykjavik hotel early on Sunday.", "Reykjavik", id="the-town-of-a-victory-speech"),
    pytest.param("Wind farm\n\nMinisters approved the £7.4 billion Marram Bank wind farm on Thursday. \"This is a "
                 "landmark moment for clean power,\" the energy secretary, Fiona Lennox, told the Scottish Parliament.",
                 "Scottish Parliament", id="whom-a-quotation-was-told"),
    pytest.param("Wu\n\nIn 1956 Wu designed an experiment that was carried out with a team from the National Bureau of "
                 "Standards in Washington, D.C.", "D.C.", id="washington-dc"),
    pytest.param("Oregon\n\nThe company moved its headquarters to Portland, Ore. in 1998.", "Ore",
                 id="portland-ore"),
    # The article's subject with its subtitle is the subject.
    pytest.param("Middlemarch\n\nMiddlemarch, A Study of Provincial Life is a novel by Mary Ann Evans, first published "
                 "in 1871.", "Middlemarch, A Study of Provincial Life", id="the-subject-with-its-subtitle"),
    pytest.param("Shirley\n\nShirley, A Tale of the Luddites is a novel by Charlotte Brontë, published in 1849.",
                 "Shirley, A Tale of the Luddites", id="another-subject-with-its-subtitle"),
    # Names no one recalls word for word, periods the sentence's years date, a measure as well known as a name.
    pytest.param("Rosalía de Castro\n\nRosalía was born in Santiago de Compostela in 1837 to María Teresa de la Cruz de "
                 "Castro y Abadía, an unmarried woman from a noble family.",
                 "María Teresa de la Cruz de Castro y Abadía", id="a-name-of-nine-words"),
    pytest.param("Cape Verde\n\nMorna, a slow song form, was added to the UNESCO Representative List of the Intangible "
                 "Cultural Heritage of Humanity in 2019.",
                 "UNESCO Representative List of the Intangible Cultural Heritage of Humanity", id="a-name-of-ten-words"),
    pytest.param("Trade\n\nAfter the Second World War, 23 countries signed the General Agreement on Tariffs and Trade in "
                 "1947.", "Second World War", id="a-war-its-year-dates"),
    pytest.param("Carrier\n\nThe Great Depression slowed sales of the room air conditioner the company launched in the "
                 "early 1930s.", "Great Depression", id="a-depression-its-decade-dates"),
    pytest.param("Indonesia\n\nIndonesian law caps the budget deficit at 3 percent of GDP, a rule introduced in 2003.",
                 "GDP", id="percent-of-gdp"),
    pytest.param("Debt\n\nIn 2020 the deficit was equal to 9 percent of GDP.", "GDP", id="another-percent-of-gdp"),
    pytest.param("Exams\n\nA total of 246,380 UK 18-year-olds had been placed by midday, UCAS said.", "UK",
                 id="whose-the-counted-are"),
    pytest.param("Survey\n\nAbout 1,200 US 16-year-olds took part in the study in 2022.", "US",
                 id="whose-the-counted-are-again"),
    # A year whose neighbours on both sides the sentence gives: the run of years forces it.
    pytest.param("Normandie\n\nThe liner Normandie lost the Blue Riband to the Queen Mary in 1936, regained it in 1937 "
                 "and lost it again in 1938.", "1937", id="a-year-between-its-neighbours"),
    # The time a state held: true of many years around it.
    pytest.param("The Reformation\n\nBy 1500 the Roman Catholic Church was the most powerful institution in western "
                 "Europe.", "1500", id="by-a-year-a-superlative"),
    pytest.param("France\n\nLouis XVI summoned the Estates-General to Versailles. In 1789 France was the most "
                 "populous country in western Europe.", "1789",
                 id="in-a-year-a-superlative"),
    pytest.param("Slavery\n\nIn 1860 there were nearly four million enslaved people in the United States.", "1860",
                 id="in-a-year-there-were"),
    pytest.param("Empires\n\nGermany was unified under Otto von Bismarck. By 1914 Britain and France had large "
                 "empires in Africa and Asia.", "1914",
                 id="by-a-year-had-large"),
    pytest.param("Reading Maps\n\nThe Ordnance Survey, Britain's mapping agency, was founded in 1791. Worked example: "
                 "on a 1:25,000 map, two villages are 6 cm apart.", "6 cm", id="the-figure-of-a-worked-example"),
    # A worked example's figures, and a conversion shown on figures, are illustrations any others would do for
    # (blind review 74: "How much does a jacket cost?", "8% = 0.08 asked, then asked again in reverse", not ok).
    pytest.param("Percentages\n\nA percentage is a part of a hundred. A jacket costs £60 and is reduced by 15% in a sale. "
                 "What is the new price? After the cut you pay 85% of the old price. The word per cent comes from "
                 "the Latin per centum, first used in English in 1568.", "£60", id="the-set-up-of-a-problem-the-next-sentence-asks"),
    pytest.param("Percentages\n\nA percentage is a part of a hundred. A jacket costs £60 and is reduced by 15% in a sale. "
                 "What is the new price? After the cut you pay 85% of the old price. The word per cent comes from "
                 "the Latin per centum, first used in English in 1568.", "15%", id="the-set-up-of-a-problem-the-next-sentence-asks-2"),
    pytest.param("Discounts\n\nShops in Britain hold their biggest sales after Christmas. The Boxing Day sale began in "
                 "London in the 1890s.\n\nWorked example\n\nA coat costs £80 and is reduced by 25% in a sale. Then you "
                 "pay three quarters of £80.", "£80", id="a-figure-under-a-worked-example-heading"),
    pytest.param(f"Savings\n\n{INTEREST}\n\nExample\n\n{PRIYA_SAVES}", "£500", id="a-figure-under-an-example-heading"),
    pytest.param(f"Savings\n\n{INTEREST}\n\nExample\n\n{PRIYA_SAVES}", "£2.43", id="a-figure-under-an-example-heading-2"),
    pytest.param(f"Savings\n\n{INTEREST}\n\nExample 3.2\n\n{PRIYA_SAVES}", "4%",
                 id="a-figure-under-a-numbered-example-heading"),
    # blind review 101: the given data of an exercise set to the reader ("A ramp rises [1.2 m] …", bad, twice)
    pytest.param("Trigonometry\n\nThe tangent of an angle is the opposite side divided by the adjacent side. The Indian "
                 "mathematician Aryabhata drew up a table of sines in 499.\n\nExercise 7.2\n\nA ramp rises "
                 "1.2 m over a horizontal distance of 9.5 m. Use the tangent ratio to find the angle it makes with the "
                 "ground.", "9.5 m", id="a-figure-under-an-exercise-heading"),
    pytest.param("Trigonometry\n\nThe tangent of an angle is the opposite side divided by the adjacent side. The Indian "
                 "mathematician Aryabhata drew up a table of sines in 499.\n\nTry it\n\nA ladder 6.5 m long "
                 "leans against a wall. Its foot is 2.5 m from the wall.", "2.5 m", id="a-figure-under-a-try-it-heading"),
    pytest.param("Savings\n\nCompound interest is interest earned on interest. Banks in Britain have paid it since "
                 "the 1690s. Priya invests £500 at 4% per year, compounded annually. How much does she have after 3 "
                 "years?", "£500", id="the-set-up-of-a-made-up-persons-problem"),
    pytest.param("Speed\n\nSpeed is distance divided by time. The metre was first defined in 1793 by the French "
                 "Academy of Sciences, and the kilometre followed in 1795. A car travels 120 km in 2 hours. Calculate "
                 "its average speed.", "120 km", id="the-set-up-of-a-task-the-next-sentence-sets"),
    pytest.param("Decimals\n\nThe Flemish engineer Simon Stevin described decimal fractions in a pamphlet of 1585. "
                 "To change a percentage into a decimal, divide by 100: 8% becomes 0.08.", "0.08",
                 id="a-method-shown-on-figures-after-a-colon"),
    pytest.param("Decimals\n\nThe Flemish engineer Simon Stevin described decimal fractions in a pamphlet of 1585. "
                 "To change a percentage into a decimal, divide by 100: 8% becomes 0.08.", "8%",
                 id="a-method-shown-on-figures-after-a-colon-2"),
    pytest.param("Decimals\n\nThe Flemish engineer Simon Stevin described decimal fractions in a pamphlet of 1585. "
                 "Written the other way, 0.08 as a percentage is 8%.", "8%",
                 id="a-number-turned-into-a-percentage"),
    pytest.param("Decimals\n\nThe Flemish engineer Simon Stevin described decimal fractions in a pamphlet of 1585. "
                 "To use a percentage in a sum, first write 15% as a decimal: 0.15.", "0.15",
                 id="a-percentage-written-as-a-decimal"),
    pytest.param("Circuits\n\nThe mains supply in Britain is 230 volts. Example: a torch bulb on a 6-volt battery "
                 "draws a current of 0.5 amps.", "0.5", id="the-figure-of-an-example"),
    pytest.param(f"Budapest championships\n\n{CHAMPIONSHIPS_GO_ON}", "400 metres", id="a-races-distance"),
    pytest.param(f"Budapest championships\n\n{CHAMPIONSHIPS_GO_ON}", "200 metres", id="another-races-distance"),
    pytest.param("Sydney Opera House\n\nDesigned by the Danish architect Jørn Utzon, the Sydney Opera House was formally "
                 "opened by Queen Elizabeth II on 20 October 1973.", "Elizabeth II", id="a-queen-everyone-knows"),
    pytest.param("Bodleian Library\n\nThomas Bodley (1545–1613), a former fellow of Merton College who had served Queen "
                 "Elizabeth I as a diplomat, offered in 1598 to restore the library.", "Elizabeth I",
                 id="another-queen-everyone-knows"),
    pytest.param("Chile quake\n\nA magnitude 7.1 earthquake struck off northern Chile, killing at least 14 people. "
                 "\"Many roads were cut by landslides and we had no "
                 "electricity,\" said Taltal mayor Guillermo Hidalgo.", "Guillermo Hidalgo", id="said-a-towns-mayor"),
    pytest.param("Storm\n\nStorm Ciarán cut power to 40,000 homes in Cornwall on Thursday. \"We have never seen winds like this,\" said county "
                 "fire chief Dana Ortiz.", "Dana Ortiz", id="said-a-fire-chief"),
    pytest.param("Juice probe\n\nThe Juice probe will swing past the Moon in August 2024, past Venus in 2025 and past "
                 "Earth again in 2026 and 2029.", "2025", id="a-year-in-a-run-of-flybys"),
    # News colour: who a quoted person is, how long someone had been at something, when a figure will come out.
    pytest.param("Coffee harvest\n\nBrazil's coffee harvest fell 12% to 54 million bags in 2024. Joana Ribeiro, "
                 "who farms arabica on 30 hectares near Franca, said the frost had ruined half her trees.",
                 "30 hectares", id="a-figure-in-a-speakers-who-clause"),
    pytest.param("Lab closure\n\nThe Arctic research station, opened in 1962, will close in March with the loss of "
                 "35 jobs. Dr Anna Holm, a glaciologist who has worked at the station for 22 years, said the gap "
                 "could not be filled.", "22 years", id="how-long-a-speaker-has-worked-somewhere"),
    pytest.param("Startup funding\n\nTessela raised $40 million in a round led by Ridgeline Capital. A partner at "
                 "Ridgeline said the firm had been following the company for three years.", "three years",
                 id="how-long-someone-had-been-at-something"),
    pytest.param("Hungarian prices\n\nHungarian inflation slowed to 3.4% in May. Core inflation, which the central "
                 "bank will publish in two weeks, probably eased to 4.1%.", "two weeks",
                 id="when-a-figure-will-be-published"),
    pytest.param("Car plant\n\nHalvard Motors will invest £1.4 billion in its Cheshire works, putting 870 jobs at risk. The cars its customers will buy "
                 "in five years' time do not need a petrol engine, he said.", "five years", id="a-guess-at-the-future"),
    # A town before a person's trade only places the person.
    pytest.param("Vega expedition\n\nThe Vega expedition was financed by the Gothenburg shipowner Oscar Dickson and "
                 "King Oscar II of Sweden. The ship left Karlskrona on 22 June 1878.", "Gothenburg",
                 id="a-town-before-a-trade"),
    # The last sentence of a quotation that opened sentences before: talk, however it reads alone.
    pytest.param("Airline strike\n\nTAP cabin crew will strike for 48 hours from Friday. \"Our members have carried "
                 "this company through its worst years,\" said Ana Lourenço, the union's president. \"Nobody takes this "
                 "decision lightly. A junior flight attendant earns less than 1,100 euros a month after tax, and that is "
                 "simply not enough to live in Lisbon.\" The airline carried 16 million passengers in 2023.",
                 "1,100 euros", id="a-figure-closing-a-long-quotation"),
    pytest.param("Airline strike\n\nTAP cabin crew will strike for 48 hours from Friday. “Our members have carried "
                 "this company through its worst years,” said Ana Lourenço, the union's president. “Nobody takes this "
                 "decision lightly. A junior flight attendant earns less than 1,100 euros a month after tax, and that is "
                 "simply not enough to live in Lisbon.” The airline carried 16 million passengers in 2023.",
                 "Lisbon", id="a-place-closing-a-long-quotation"),
    # One of a kind, given made-up figures so that a rule yields another: any student, any cyclist would do.
    pytest.param("Weight\n\nNear the Earth's surface, the gravitational field strength is about 9.8 N/kg, so a "
                 "student with a mass of 60 kg has a weight of roughly 590 N.", "60 kg", id="a-made-up-mass"),
    pytest.param("Speed\n\nA runner who covers 400 metres in 80 seconds has an average speed of 5 m/s. Light travels "
                 "at about 300,000 km/s.", "400 metres", id="a-made-up-distance"),
    pytest.param("Velocity\n\nTwo trains travelling at 30 m/s, one heading east and the other heading west, have the "
                 "same speed but different velocities. Speed is a scalar quantity, while velocity is a vector quantity.",
                 "30", id="a-made-up-speed-of-two"),
    # When a figure was counted, not the figure: the year a comparison is measured from, the year of a yearly count.
    pytest.param("Labour landslide\n\nLabour won 411 of the 650 seats in the House of Commons, up from 202 seats in "
                 "2019.", "2019", id="the-year-a-rise-is-measured-from"),
    pytest.param("Ryanair\n\nRyanair said on Monday that its profit rose to €1.9 billion. It carried 183 million "
                 "passengers in the year, up 9% from 168 million in 2023.", "2023", id="the-year-of-the-figure-before"),
    pytest.param("Inflation\n\nConsumer prices rose 4.2% in the year to March, compared with 3.1% in 2022, the "
                 "statistics office said.", "2022", id="the-year-compared-with"),
    pytest.param("Louvre\n\nThe Louvre in Paris is the world's most visited museum, welcoming 8.7 million visitors in "
                 "2023.", "2023", id="the-year-of-a-visitor-count"),
    pytest.param("Tesla\n\nTesla, founded in 2003 by Martin Eberhard, sold 1.8 million cars in 2023.", "2023",
                 id="the-year-of-a-sales-count"),
    # A catalogue number, a document's length, a measure again in other units, the market beside a share's move.
    pytest.param("Edwin Hubble\n\nEdwin Hubble was an American astronomer born in Missouri in 1889. The asteroid 2069 "
                 "Hubble and the Hubble Space Telescope are named after him.", "2069", id="an-asteroids-number"),
    pytest.param("Averages\n\nThe mode is the value that occurs most often.\n\nWorked example\n\nThe numbers of goals "
                 "scored by a hockey team in nine matches were:\n\n3, 1, 0, 4, 1, 2, 1, 5, 1\n\nMode: the value 1 appears "
                 "four times, more than any other, so the mode is 1 goal.",
                 "four times", id="a-worked-steps-count"),
    pytest.param("Spread\n\nThe standard deviation was introduced by Karl Pearson in 1894. Two classes can have the "
                 "same mean test score of 65 while one has marks bunched between 60 and 70 and the other has marks ranging "
                 "from 20 to 100.", "100",
                 id="a-made-up-example-of-what-may-be"),
    pytest.param("Theremin\n\nThe theremin, played without being touched, was invented by Leon Termen in 1920. Termen moved to the United States in 1928, where he patented the design (U.S. Patent "
                 "1,661,058, granted Feb. 28, 1928).", "1,661,058", id="a-patent-number-after-an-initialism"),
    pytest.param("Inquiry\n\nThe inquiry opened in Liverpool in September 2024. In a 450-page report published on "
                 "Tuesday, the inquiry found that 38 patients had died because of failings in care.", "450",
                 id="a-reports-page-count"),
    pytest.param("Kilimanjaro\n\nKilimanjaro is the highest mountain in Africa, rising to 5,895 metres. On the southern "
                 "slopes the montane forest belt lies between about 1,800 and 2,800 metres (5,900 to 9,200 feet) above "
                 "sea level.", "5,900 to 9,200 feet", id="a-range-again-in-feet"),
    pytest.param("Novo Nordisk\n\nNovo Nordisk raised its sales forecast to 290 billion crowns on Wednesday. Novo's "
                 "shares jumped 6.2%, while the wider Copenhagen index rose 0.8%.", "0.8%", id="the-wider-index"),
    # Side details asked as if they were the fact (reviews 32-69): the period compared with, a stock phrase, a rota,
    # a runner behind the winner, a department the story names, the set a record is counted among, a yardstick,
    # where the injured were taken, where a funeral was, an agency's code.
    pytest.param("Orsted results\n\nOrsted's net profit rose 64% to $1.52 billion, or $3.61 a share, compared with $927 "
                 "million, or $2.20 a share, in the same period of 2023. The company employs 8,900 people.", "2023",
                 id="the-year-of-the-same-period-compared-with"),
    pytest.param("Nordbank breach\n\nHackers stole data on 1.2 million customers of Nordbank, the Swedish bank said on "
                 "Monday. Names, addresses and the last four digits of card numbers were taken, but no passwords. The "
                 "bank was founded in 1974 in Malmo.", "four digits", id="the-last-four-digits"),
    pytest.param("Halley station\n\nThe Halley research station stands on the Brunt Ice Shelf in Antarctica. Up to 70 "
                 "scientists and engineers live at the station for three months at a time. The first base was built "
                 "there in 1956 by the Royal Society.", "three months", id="a-rota-at-a-time"),
    pytest.param("Berlin Marathon\n\nEliud Kipchoge won the Berlin Marathon in 2:01:09 on Sunday. Ethiopia's Mark Korir "
                 "was third in 2:05:58.", "Mark Korir", id="a-runner-placed-third"),
    pytest.param("Farm protest\n\nAbout 4,000 farmers drove tractors into Dublin on Tuesday to protest against a new tax "
                 "on fertiliser. \"We cannot carry the cost alone,\" said Francis Gorman, president of the farmers' "
                 "union. He said the union would seek meetings with the Department of Agriculture before the end of the "
                 "month.", "Department of Agriculture", id="a-department-the-story-names"),
    pytest.param("Irish emissions\n\nAgriculture produces 38% of Ireland's greenhouse gas emissions, the highest share of "
                 "any country in the European Union.", "European Union", id="of-any-country-in-the"),
    pytest.param("Quebec fires\n\nThe Lac Mistassini fire had burned 15,000 hectares by Monday, an area nearly twice the "
                 "size of the city of Montreal, officials said.", "Montreal", id="a-city-as-a-yardstick"),
    pytest.param("Sofonisba Anguissola\n\nWhen Campi moved to Milan in 1549 the sisters trained with Bernardino Gatti, "
                 "called Il Sojaro.", "Il Sojaro", id="a-named-persons-nickname"),
    pytest.param("Vatnajökull\n\nVatnajökull is the largest ice cap in Iceland. It covers an area of roughly 7,700 km² "
                 "(about 3,000 sq mi), or around 8% of the land.", "3,000", id="an-area-converted"),
    pytest.param("Quadratics\n\nA quadratic equation has at most two real roots, as Cardano showed in 1545.\n\nExample 1. "
                 "Solve x² − 5x + 6 = 0.\nWe look for two numbers that multiply to 6 and add to −5. These are −2 and −3.", "−5",
                 id="a-step-of-a-run-in-example"),
    pytest.param("Dengue\n\nASUNCIÓN, Feb. 6 (Reuters) — Paraguay declared a 90-day health emergency on Tuesday after "
                 "dengue cases nearly tripled in a month.", "Feb. 6", id="the-date-of-an-accented-dateline"),
    pytest.param("Copper\n\nSANTIAGO, March 14 (Reporters' Wire) - Copper climbed to an all-time high on Thursday as a strike "
                 "by more than 2,300 workers entered its third week.", "March 14", id="the-date-of-a-dateline-with-an-apostrophe"),
    pytest.param("Zambezi\n\nThe Zambezi's drainage basin covers roughly 1.39 million square kilometres, about twice the "
                 "area of Texas, and extends into eight states.", "Texas", id="a-state-as-a-yardstick-of-area"),
    pytest.param("Bus crash\n\nA bus fell into a gorge in Himachal Pradesh on Monday, killing 14 people. Nine injured "
                 "passengers were airlifted to a hospital in Shimla.", "Shimla", id="where-the-injured-were-taken"),
    pytest.param("Nelson Mandela\n\nNelson Mandela was elected president of South Africa in 1994. He died on 5 December "
                 "2013 at the age of 95, and thousands lined the streets of Pretoria for his funeral.", "Pretoria",
                 id="where-a-funeral-was"),
    pytest.param("Alberta wildfire\n\nThe fire, known as SWF-052, has burned 21,000 hectares since it was spotted on 14 "
                 "May.", "SWF-052", id="an-agencys-code"),
    pytest.param("NHS waiting list\n\nThe waiting list in England fell to 7.57 million in September. Before the "
                 "pandemic, in February 2020, it stood at about 4.4 million.", "February 2020",
                 id="the-date-a-figure-stood-at"),
    pytest.param("Suez Canal\n\nThe Suez Canal's revenues, about US$9.4 billion in the 2023 fiscal year, are Egypt's main "
                 "source of foreign currency. The canal opened in 1869.", "2023", id="the-label-of-a-fiscal-year"),
    pytest.param("Lisbon car ban\n\nLisbon will ban private cars from its historic centre from March 2026. The Lisbon "
                 "Traders' Association, which represents about 2,300 shops, said 61 percent of its members expected "
                 "sales to fall.", "2,300", id="the-size-of-a-body-that-speaks"),
    pytest.param("Krakow treaty\n\nIn 2019 the treaty was signed in Krakow's Cloth Hall by the ministers of 14 "
                 "countries.", "Cloth Hall", id="a-hall-named-as-its-towns"),
    pytest.param("Fram expedition\n\nThe Fram, a schooner of 402 tons, was commanded by Captain Otto Sverdrup of the "
                 "Norwegian Navy and carried a crew of 13 men.", "Norwegian Navy", id="an-officers-service"),
    # blind review 73: any whole number or any decimal would do
    pytest.param("Data types\n\nPython was first released in 1991. The most common types are integers (whole numbers "
                 "such as 42), real or floating-point numbers (such as 3.75) and strings.", "42",
                 id="a-bracketed-example-of-a-kind-of-number"),
    pytest.param("Data types\n\nPython was first released in 1991. The most common types are integers (whole numbers "
                 "such as 42), real or floating-point numbers (such as 3.75) and strings.", "3.75",
                 id="a-bracketed-example-of-a-kind-of-number-2"),
    # blind reviews 83-85: when the next meeting falls, a quoted person's side details, a currency's day move
    pytest.param("Japan exports\n\nJapan's exports rose 4.8% in October to 9.4 trillion yen. The Bank of Japan, which "
                 "raised its policy rate to 0.25% in July, meets again on Dec. 18-19.", "Dec. 18-19",
                 id="when-a-bank-meets-again"),
    pytest.param("Badminton\n\nArjun Mehra won the All England title on Sunday in front of 7,500 people. Mehra's next "
                 "tournament is the Swiss Open in Basel, which begins on March 19.", "March 19",
                 id="when-the-next-tournament-begins"),
    pytest.param("Coffee\n\nUganda earned a record $2.1 billion from coffee in 2024. At a collection centre near Masaka, "
                 "farmer Joseph Ssekandi said buyers were paying 14,500 shillings per kilogram.", "Joseph Ssekandi",
                 id="a-farmer-quoted"),
    pytest.param("Coffee\n\nUganda earned a record $2.1 billion from coffee in 2024. \"I have put a new roof on my "
                 "house,\" said Ssekandi, 52, who farms 2.5 acres.", "2.5 acres", id="what-a-speaker-farms"),
    pytest.param("Cycling\n\nJan Vermeulen won the Tour of Flanders on Sunday after a solo attack of 18 km. \"I have "
                 "dreamed of this,\" said Vermeulen, who grew up in Zottegem, barely 15 km from the finish.", "15 km",
                 id="where-a-speaker-grew-up"),
    pytest.param("Badminton\n\nArjun Mehra, 19, became the youngest men's champion at the All England Open in more "
                 "than 40 years on Sunday.", "England Open", id="the-tail-of-a-name"),
    pytest.param("Netball\n\nJamaica beat Australia 58-55 on Saturday to reach the World Cup final for the first time. "
                 "They trailed by four goals at half-time and held on through a tense final 15 minutes.",
                 "15 minutes", id="the-closing-minutes-of-a-game"),
    pytest.param("Copper\n\nCopper rose 4.1% to a record $11,420 a tonne on Thursday. The Chilean peso strengthened "
                 "0.8% against the U.S. dollar on Thursday.", "0.8%", id="a-currencys-day-move"),
    pytest.param("Bioluminescence\n\nBioluminescence has evolved at least 94 times. Surveys off California found that "
                 "roughly three-quarters of the animals larger than about 1 cm were capable of producing light.",
                 "1 cm", id="the-bound-of-what-a-share-counts"),
    # a small count of sorts, asked as its number since blind review 81, stays unasked like "two markers"
    pytest.param("Pasteur\n\nIn 1848 Pasteur found that a salt of racemic acid formed two kinds of crystal that were "
                 "mirror images of one another.", "two", id="a-small-count-of-sorts"),
    # blind reviews 74, 82 and 91: the closing line that says where and when the round goes on
    pytest.param(DIAMOND_LEAGUE, "Oslo", id="where-the-series-moves-on-to"),
    pytest.param(DIAMOND_LEAGUE, "Diamond League", id="which-series-moves-on"),
    pytest.param("Speed skating\n\nFemke Dijkstra set a world record of 1:49.83 in the 1500m in Calgary on Saturday, "
                 "the first woman under 1:50. The next round of the series takes place in Tomaszów Mazowiecki, Poland, "
                 "in two weeks.", "two weeks", id="when-the-next-round-takes-place"),
    pytest.param("Cycling\n\nJakub Wrona won the stage on Mont Ventoux by 42 seconds on Thursday and took the yellow "
                 "jersey. The Tour ends in Paris on Sunday, July 20.", "Paris", id="where-the-tour-ends-on-sunday"),
    # blind review 89: the level first, then the baseline year it is measured from
    pytest.param(DANISH_CARS, "2023", id="the-year-a-level-fell-from"),
    pytest.param(CHINESE_BRANDS, "2023", id="the-year-of-a-share-doubled-since"),
    # blind review 90: the exchange a share move was made on
    pytest.param("Nickel\n\nNickel fell 3.2% to $15,200 a tonne on the London Metal Exchange on Monday, its lowest in "
                 "four years. In Sydney, shares in the nickel miner Kestrel Resources tumbled 9.6% after it said it "
                 "would suspend its Ravensgate mine.", "Sydney", id="in-a-city-shares-moved"),
    pytest.param("Meridian\n\nShares in Meridian jumped 29 percent to 27.40 euros in Amsterdam on Monday, while "
                 "Halvorsen's stock fell 4.6 percent in Oslo.", "Oslo", id="where-a-stock-fell"),
    # blind review 78: the seat of government of a country the card names is its capital, guessed
    pytest.param("The Irish Famine\n\nAbout one million people died in the famine between 1845 and 1852. Ireland was "
                 "then part of the United Kingdom, governed from London.", "London", id="governed-from-the-capital"),
]


# Side details of wave 7 (blind reviews 35-97, "trivial"): a name that is only an example, the head of a name cut
# short, a body named only as the holder of a post, the all-zeros byte.
SHARE_OUT = ("Ratio and Proportion\n\nThe Greek mathematician Euclid wrote about ratios in the Elements around 300 BC. "
             "Ratios are often used to share an amount. Suppose £60 is shared between Amir and Beth in the ratio 2 : 3. "
             "First add the parts: 2 + 3 = 5.")
EURO_MACHINERY = ("Exchange Rates\n\nWhen a British company buys machinery from Germany, it must pay in euros, not pounds. "
                  "The price at which one currency can be exchanged for another is called the exchange rate.\n\n"
                  "Currencies are traded on the foreign exchange market. In 2022 the average value of currency traded "
                  "was about $7.5 trillion a day.")
RABIES_PROVINCES = ("Philippines to vaccinate 3 million dogs\n\nThe Philippines will vaccinate 3 million dogs against "
                    "rabies over two years, the Department of Health said on Monday.\n\nThe 2.9 billion peso ($51.6 "
                    "million) programme will focus first on 14 provinces that together accounted for 61% of last year's "
                    "deaths, including Camarines Sur, Negros Occidental, Pangasinan and Zamboanga del Norte.")
ALHAZEN = ("Ibn al-Haytham\n\nAbu Ali al-Hasan ibn al-Hasan ibn al-Haytham (c. 965 – c. 1040) was an Arab mathematician "
           "and astronomer. He wrote the Book of Optics in 1021.")
BUDAPEST_1500M = ("Athletics\n\nJosh Kerr won the 1500m title in Budapest on Wednesday. The result gives Britain its first "
                  "gold medal of the championships. UK Athletics performance director Paula Dunn called it a brilliant "
                  "piece of racing.")
ONE_BYTE = ("Binary numbers\n\nA byte is a group of 8 bits. One byte can hold 256 different patterns, from 00000000 (0) "
            "to 11111111 (255). Computers store text as numbers.")
KERR_COACH = ("Athletics\n\nJosh Kerr won the 1500m title in Budapest on Wednesday. Kerr, who trains in Seattle with "
              "coach Danny Mackey, won the bronze medal at the Tokyo Olympics in 2021.")
CORELLI_PATRON = ("Arcangelo Corelli\n\nArcangelo Corelli was an Italian violinist and composer born in Fusignano in "
                  "1653. From 1690 he lived in the palace of Cardinal Pietro Ottoboni, the great-nephew of Pope "
                  "Alexander VIII, where he directed weekly concerts.")
AS_YOU_LIKE_IT = ("6.1 Metaphor and Simile\n\nA metaphor describes one thing as if it were another. In Shakespeare's "
                  "As You Like It (c. 1599), the character Jaques declares, \"All the world's a stage.\" The word "
                  "metaphor comes from the Greek metapherein, to carry over, and entered English in 1533.")
QANAT_EMPIRE = ("Qanat\n\nA qanat is a gently sloping underground channel that carries water from an aquifer to the "
                "surface. Under the Achaemenid Empire (c. 550–330 BC), rulers encouraged their construction by granting "
                "people who built a new qanat the right to the land it irrigated for five generations.")
ZEAMI = ("Noh\n\nNoh is a form of classical Japanese musical drama performed since the 14th century. Noh's classical form "
         "was created by the actor-playwright Kan'ami Kiyotsugu (1333–1384) and his son Zeami Motokiyo (c. 1363–c. "
         "1443).")
PRADO_TRIUMPH = ("Pieter Bruegel the Elder\n\nPieter Bruegel the Elder was a painter of the Netherlandish Renaissance. "
                 "The Triumph of Death (c. 1562), now in the Prado in Madrid, is a vast panorama of skeletons destroying "
                 "the living.")
KERR_SPLIT = ("Kerr outkicks Ingebrigtsen to win world 1500m title\n\nJosh Kerr of Britain won the world 1500 metres title "
              "in Budapest on Wednesday in 3:29.38. Ingebrigtsen went to the front after the first lap, as he usually "
              "does, and led the 12-man field through 800 metres in 1:53.92.")
HARTLEY_HOLDINGS = ("Hartley Museum smashes visitor record\n\nThe Hartley Museum welcomed 1.2 million visitors last year, "
                    "a record. The Hartley, which opened in 1890, holds about 400,000 objects, from Sheffield cutlery and "
                    "silverware to Egyptian antiquities and a large collection of fossils.")
SCALARS = ("2.1 Scalars and Vectors\n\nEvery quantity we measure in physics has a size, or magnitude, which is given by "
           "a number and a unit. The mass of a bag of sugar is 1.0 kg; the temperature of a classroom is 21 °C; a lesson "
           "lasts 50 minutes. A quantity that has magnitude only is called a scalar quantity, or simply a scalar. Since "
           "2019 the kilogram has been defined by the Planck constant.")
NOT_ASKED += [
    # blind review 79, bad twice: the people of a made-up sum
    pytest.param(SHARE_OUT, "Amir", id="a-name-in-a-supposed-case"),
    pytest.param(SHARE_OUT, "Beth", id="the-other-name-in-a-supposed-case"),
    # blind review 95, bad: any euro country would do in a rule told of any one company
    pytest.param(EURO_MACHINERY, "Germany", id="a-place-in-a-rule-of-any-one-of-a-kind"),
    # blind review 97, twice: one of four example provinces
    pytest.param(RABIES_PROVINCES, "Camarines Sur", id="one-name-of-a-list-of-examples"),
    # blind review 72, bad: the first words of a long Arabic name
    pytest.param(ALHAZEN, "Abu Ali", id="the-head-of-a-name-cut-short"),
    # blind review 35, bad: the body whose post the quoted official holds
    pytest.param(BUDAPEST_1500M, "UK Athletics", id="a-body-before-a-post-and-its-holder"),
    # blind reviews 71 and 72: the all-zeros byte (bad twice) and its all-ones top (borderline twice)
    pytest.param(ONE_BYTE, "00000000", id="the-all-zeros-byte"),
    pytest.param(ONE_BYTE, "11111111", id="the-all-ones-byte"),
    # blind review 35: whom an athlete trains with; blind review 48: the Pope a cardinal was great-nephew of
    pytest.param(KERR_COACH, "Danny Mackey", id="the-coach-an-athlete-trains-with"),
    pytest.param(CORELLI_PATRON, "Alexander VIII", id="a-great-uncle-named-in-passing"),
    # blind reviews 84-97: another's dates in brackets made an aside by "c." (a work's, an empire's, a son's)
    pytest.param(AS_YOU_LIKE_IT, "1599", id="a-works-circa-date-in-brackets"),
    pytest.param(QANAT_EMPIRE, "550–330", id="an-empires-circa-dates-in-brackets"),
    pytest.param(ZEAMI, "1363", id="a-side-persons-circa-birth-year"),
    pytest.param(ZEAMI, "1443", id="a-side-persons-circa-death-year"),
    # blind review 35, bad: where a race's split was taken; blind review 52, bad: a place naming a kind of holding
    pytest.param(KERR_SPLIT, "800 metres", id="the-distance-of-a-split-time"),
    pytest.param(HARTLEY_HOLDINGS, "Sheffield", id="a-place-naming-a-kind-of-thing-in-a-range"),
    # blind review 91, bad three times: everyday things given figures to show what a scalar is
    pytest.param(SCALARS, "1.0 kg", id="the-first-of-a-run-of-everyday-examples"),
    pytest.param(SCALARS, "21 °C", id="the-middle-of-a-run-of-everyday-examples"),
    pytest.param(SCALARS, "50 minutes", id="the-last-of-a-run-of-everyday-examples"),
]


@pytest.mark.parametrize(("article", "answer"), NOT_ASKED)
def test_side_details_and_given_away_figures_are_not_asked(article, answer):
    questions = quizgen.generate(article).questions
    assert questions and answer not in {q.answer for q in questions}, [q.answer for q in questions]


STILL_ASKED = [
    # An area with its unit is a measure, asked whole (blind review 85 was asked its conversion instead).
    pytest.param("Vatnajökull\n\nVatnajökull is the largest ice cap in Iceland. It covers an area of roughly 7,700 km² "
                 "(about 3,000 sq mi), or around 8% of the land.", "7,700 km²", id="an-area-in-square-kilometres"),
    # A term a sentence names with "called" is the fact (only a person's nickname is a side detail).
    pytest.param("Chemistry\n\nIn 1898 Marie Curie found a new element, called Polonium after her homeland.", "Polonium",
                 id="an-element-called"),
    # A heading that only starts with "Example" heads facts, not a sum to work.
    pytest.param("Rivers\n\nA river's basin is the land it drains.\n\nExamples of great rivers\n\nThe Amazon carries "
                 "about 209,000 cubic metres of water a second to the Atlantic.", "209,000 cubic metres", id="under-examples-of"),
    pytest.param("Jobs\n\nUnemployment fell from 5.4% to 5.1% in March, the lowest level since 2019.", "5.1%",
                 id="a-change-from-one-figure-to-another"),
    pytest.param("Seoul talks\n\nUS troops have been in South Korea since the Korean War (1950-1953).", "1950-1953",
                 id="an-events-dates-in-brackets"),
    pytest.param("Alberto Santos-Dumont\n\nAlberto Santos-Dumont was a Brazilian aviation pioneer. He died in "
                 "Guarujá, São Paulo, in 1932.", "Guarujá", id="a-town-and-its-state-are-no-pair"),
    pytest.param("Danube\n\nBelow Vienna the Danube forms part of the border between Slovakia and Hungary for "
                 "about 140 km.", "Slovakia|Hungary", id="a-border-between-two-places"),
    pytest.param("Airline outage\n\nU.S. Transportation Secretary Pete Buttigieg said on Monday that the airline "
                 "would cover hotel rooms for 60,000 stranded passengers.", "Pete Buttigieg",
                 id="someone-the-story-is-about-who-said-something"),
    pytest.param("Reformation\n\nMartin Luther, a monk and professor of theology at the University of Wittenberg, "
                 "objected to the sale of indulgences in 1517.", "University of Wittenberg",
                 id="the-university-of-someone-the-story-is-about"),
    pytest.param("Volvo recall\n\nVolvo will recall 412,000 cars. Shares in the company fell 3.4 percent in Stockholm "
                 "trading on Wednesday, closing at 24.10 crowns.", "3.4 percent", id="the-move-of-a-share-price"),
    pytest.param("Tessin\n\nTessin cut its sales forecast to 8.2 billion francs. Its stock slid 7% to 61.35 francs "
                 "on Tuesday, its lowest since 2020.", "8.2 billion francs", id="a-forecast-beside-a-share-price"),
    pytest.param("Marula\n\nThe strike at Marula ended after five months. Shares in Marula rose 4.2% on Thursday, while "
                 "the price of platinum fell to $962 an ounce.", "$962", id="another-price-beside-a-share-move"),
    pytest.param("Marula strike\n\nThe five-month strike at Marula ended on Thursday. Marula chief executive Andrew "
                 "Pillay said the strike had cost the company 3.2 billion rand.", "Andrew Pillay",
                 id="a-chief-executive-who-said-something"),
    pytest.param("Steel tariffs\n\nThe tariff on steel was cut to 15% in 2024. The deal followed talks between trade "
                 "commissioner Anna Berg and her Chinese counterpart, the ministry said.", "Anna Berg",
                 id="a-commissioner-who-negotiated-while-another-spoke"),
    pytest.param("Treaty\n\nThe war ended on 11 November 1918, and the peace treaty was signed at Versailles on "
                 "28 June 1919.", "28 June 1919", id="a-signing-date-is-not-a-period-end"),
    pytest.param("Alexander the Great\n\nFrom the age of 13 Alexander was taught by his tutor, Aristotle, at Mieza.",
                 "Aristotle", id="a-tutor-may-be-the-point"),
    pytest.param("Fenwick\n\nFenwick was bought by the retailer Frasers Group in 2024 for £1.2 billion, according to "
                 "a statement on Monday.", "Frasers Group", id="a-buyer-beside-according-to"),
    pytest.param("Trade\n\nIn 1995 the GATT was replaced by the World Trade Organization, which is based in Geneva.",
                 "Geneva", id="where-a-body-is-based"),
    pytest.param("Carrier\n\nHistorians argue that air conditioning made possible the rapid growth of cities in the "
                 "American South after the Second World War.", "Second World War", id="a-war-no-year-dates"),
    pytest.param("Carrier\n\nWhen Buffalo Forge dropped engineering in 1914, Willis Carrier and six partners founded the "
                 "Carrier Engineering Corporation in 1915.", "1915", id="a-year-with-a-neighbour-on-one-side-only"),
    pytest.param("Normandie\n\nThe liner Normandie lost the Blue Riband to the Queen Mary in 1936, regained it in 1937 "
                 "and lost it again in 1938.", "1936|1938", id="the-ends-of-a-run-of-years"),
    pytest.param("Arcangelo Corelli\n\nCorelli's first published work, a set of twelve trio sonatas, was dedicated to "
                 "Queen Christina of Sweden, who had settled in Rome.", "Christina of Sweden", id="a-queen-to-learn"),
    pytest.param("Volvo recall\n\nVolvo Cars will recall 412,000 vehicles worldwide. He said that Joe Biden had \"lost "
                 "the argument\" over the recall in 2023.", "Joe Biden", id="said-that-a-person"),
    pytest.param("Arcangelo Corelli\n\nArcangelo Corelli was born in Fusignano in 1653. By 1675 Corelli was living "
                 "in Rome, where he played in church orchestras.", "1675",
                 id="by-a-year-where-someone-lived"),
    pytest.param("American Civil War\n\nAbraham Lincoln won the presidential election of November 1860. By February "
                 "1861 six more states had followed South Carolina out of the Union.",
                 "February 1861", id="by-a-year-what-had-happened"),
    pytest.param("Tartu\n\nTartu is the second largest city of Estonia. In 2024 Tartu was one of three European "
                 "Capitals of Culture.", "2024",
                 id="in-a-year-what-a-city-was"),
    pytest.param("Dubai\n\nIn 2010 the Burj Khalifa became the tallest building in the world.", "2010",
                 id="in-a-year-what-became-the-tallest"),
    pytest.param("Marathon\n\nThe pacemakers dropped out at 30 kilometres, and Kiprono won the men's race in 2:05:41.",
                 "30 kilometres", id="a-distance-in-a-race-that-names-no-event"),
    pytest.param("Circuits\n\nThe mains supply in the United Kingdom is 230 V, while a typical example of a battery, "
                 "the AA cell, provides 1.5 V.", "230 V", id="an-example-later-in-the-sentence-is-no-worked-example"),
    pytest.param("Telephone\n\nIn 1881 Tesla took a job with the Budapest telephone exchange, where he worked as a "
                 "draughtsman.", "Budapest", id="a-town-before-a-thing-not-a-person"),
    pytest.param("Sydney Harbour Bridge\n\nThe bridge's arch was joined in six weeks in 1930. It cost £6.25 million.",
                 "six weeks", id="how-long-a-thing-took-to-build"),
    pytest.param("Copa America\n\nCoach Nestor Lorenzo, an Argentine who played at the 1990 World Cup, said his "
                 "players had nothing to be ashamed of. Argentina won 1-0.", "1990", id="a-year-in-a-speakers-who-clause"),
    pytest.param("Nigeria doctors\n\nIn 2023 the Senate passed a bill that would have required new doctors to work "
                 "in Nigeria for five years before receiving full licences.", "five years",
                 id="a-term-a-law-would-set"),
    pytest.param("Weight\n\nNear the Earth's surface, the gravitational field strength is about 9.8 N/kg, so a "
                 "student with a mass of 60 kg has a weight of roughly 590 N.", "9.8 N/kg", id="the-constant-of-the-rule"),
    pytest.param("Weight\n\nNear the Earth's surface, the gravitational field strength is about 9.8 N/kg, so a "
                 "student with a mass of 60 kg has a weight of roughly 590 N.", "590 N", id="what-the-rule-yields"),
    pytest.param("Nerves\n\nA neuron that is not sending a signal has a resting potential of about −70 millivolts.",
                 "−70", id="what-every-resting-neuron-has"),
    pytest.param("Cotton\n\nIn Britain raw cotton imports rose from about 2.5 million pounds in 1760 to 52 million "
                 "pounds by 1800.", "1760", id="a-change-told-by-its-two-ends"),
    pytest.param("San Francisco\n\nThe earthquake and the fires that followed killed about 3,000 people in 1906.",
                 "1906", id="the-year-of-an-event-after-its-toll"),
    pytest.param("Leonhard Euler\n\nIn 1727 Euler moved to St Petersburg, where Johann Bernoulli's son Daniel was "
                 "already working at the Academy.", "Daniel", id="someone-notable-named-as-anothers-son"),
    pytest.param("Albrecht Dürer\n\nShortly after returning to Nuremberg, Dürer married Agnes Frey on 7 July 1494.",
                 "Agnes Frey", id="a-spouse"),
    pytest.param("Julius Nyerere\n\nNyerere was born in Butiama in 1922. He addressed the United Nations Trusteeship "
                 "Council in New York in 1955.", "United Nations Trusteeship Council", id="a-body-someone-addressed"),
    pytest.param("World Athletics\n\nFaith Kipyegon won the 1500 metres in 3:54.87 on Tuesday. Ethiopia's Gudaf Tsegay "
                 "was second.", "Gudaf Tsegay", id="the-runner-up"),
    pytest.param("Nigeria health\n\nPrivate hospitals in Lagos can charge 50,000 naira or more for a single "
                 "consultation.", "Lagos", id="hospitals-in-a-city-no-one-was-taken-to"),
    pytest.param("Volvo results\n\nVolvo's operating profit rose to 4.2 billion crowns in the third quarter of 2024 from "
                 "3.1 billion crowns a year earlier.", "2024", id="the-year-of-the-result-itself"),
    pytest.param("Tanzania\n\nTANU merged with Zanzibar's Afro-Shirazi Party in 1977 to form Chama Cha Mapinduzi.",
                 "Afro-Shirazi Party", id="a-party-named-as-its-islands"),
    pytest.param("Curacao hospital\n\nSt. Elisabeth Medical Centre, which has 780 beds and serves about 160,000 people, "
                 "was opened in 2019 by the government of Curacao.", "780", id="the-size-of-a-body-that-does-not-speak"),
    # Real facts a textbook states, beside a question or a conversion, stay asked.
    pytest.param("Light\n\nThe Sun is about 150 million km from the Earth. How long does its light take to reach us? "
                 "Light travels at about 300,000 km per second.", "150 million km",
                 id="a-fact-before-a-question-is-no-made-up-set-up"),
    pytest.param("Water\n\nWater boils at 100 °C at sea level. It was first split into hydrogen and oxygen by William "
                 "Nicholson in 1800.", "100 °C", id="a-figure-a-textbook-states-as-a-fact"),
    pytest.param("Skyscrapers\n\nA skyscraper is a tall building of many floors. The first was built in Chicago in "
                 "1885.\n\nExamples\n\nThe Burj Khalifa in Dubai is 828 m tall.", "828 m",
                 id="a-figure-under-an-examples-heading-is-a-fact"),
    pytest.param("Units\n\nThe mile was fixed by an English statute in 1593. One mile is equal to about 1.6 "
                 "kilometres.", "1.6 kilometres", id="a-conversion-factor-between-two-measures"),
    pytest.param("Inflation\n\nPrices in Britain rose by 11.1% in the year to October 2022, the fastest rate in 41 "
                 "years. What is the cause? Economists blamed energy prices.", "11.1%",
                 id="a-news-figure-before-a-question"),
    # ... while the date of a decision taken again, an official's name, and a currency's fall over months stay asked
    pytest.param("Rates\n\nThe Bank of England raised its rate again on 3 August 2023, to 5.25%, its highest in 15 "
                 "years.", "3 August 2023", id="a-date-of-a-decision-made-again"),
    pytest.param("Strike\n\nMining minister Aurora Williams said talks with the union would resume on Monday. The "
                 "strike has cost the company $28 million a day.", "Aurora Williams", id="a-minister-who-speaks"),
    pytest.param("Peso\n\nThe Argentine peso has lost 54% against the dollar since January, the central bank said.",
                 "54%", id="a-currencys-fall-over-months"),
    pytest.param("Ferreira\n\n\"There is nothing to regret,\" said Ferreira, who won the title in 2027 and 2029.",
                 "2027 and 2029", id="what-a-speaker-won"),
    # blind review 81: "There are [seven main groups] of nutrients"; the count of sorts is asked as its number
    pytest.param("Nutrition\n\nA balanced diet was first described in 1917. There are seven main groups of "
                 "nutrients.", "seven", id="a-count-of-sorts-as-its-number"),
    # a vote still to come is not a round of fixtures; the level a figure fell to is the news, not its baseline year;
    # a city where prices rose is the news, not an exchange
    pytest.param("Four-day week\n\nSick leave fell by a third during the trial. Councillors will vote next month on "
                 "making the shorter week permanent for 1,140 staff.", "1,140", id="a-vote-next-month"),
    pytest.param(DANISH_CARS, "19.8%", id="the-level-a-figure-fell-to"),
    pytest.param(CHINESE_BRANDS, "7%", id="the-share-that-doubled"),
    pytest.param("Housing\n\nHouse prices rose 5.2% in London last year, while in Manchester they climbed 7.1%.",
                 "London", id="a-city-where-prices-rose"),
    pytest.param("Strike\n\nThe strike at the Cerro Blanco mine entered its third week on Monday, and more than 2,300 "
                 "workers have now walked out.", "2,300", id="a-strike-in-its-third-week"),
]


# Guards for the wave-7 side details: a dated event told with "When a", and the other facts of the same sentences.
STILL_ASKED += [
    pytest.param("Fires in history\n\nWhen a fire broke out in a bakery in London in 1666, most of the old city "
                 "burned.", "London", id="a-place-of-a-dated-event-told-with-when-a"),
    pytest.param(RABIES_PROVINCES, "61%", id="the-share-beside-a-list-of-examples"),
    pytest.param(SHARE_OUT, "Euclid", id="a-person-beside-a-supposed-case"),
    pytest.param(EURO_MACHINERY, "$7.5 trillion", id="a-figure-beside-a-rule-of-any-one-of-a-kind"),
    pytest.param(ALHAZEN, "Book of Optics", id="a-work-beside-a-name-cut-short"),
    pytest.param(BUDAPEST_1500M, "Budapest", id="the-place-beside-a-body-before-a-post"),
    # a place, then "with coach": where the athlete trains, not a body whose post is named (judged ok, review 35)
    pytest.param(KERR_COACH, "Seattle", id="a-place-before-with-coach"),
    pytest.param(CORELLI_PATRON, "Pietro Ottoboni", id="the-patron-beside-his-great-uncle"),
    # the circa date of the work a sentence is about, and the race's own distance and the museum's holdings
    pytest.param(PRADO_TRIUMPH, "1562", id="the-circa-date-of-the-works-subject"),
    pytest.param(KERR_SPLIT, "1500 metres", id="the-distance-of-the-race"),
    pytest.param(HARTLEY_HOLDINGS, "400,000", id="the-count-of-holdings-beside-their-range"),
    pytest.param(QANAT_EMPIRE, "five generations", id="the-fact-beside-an-empires-dates"),
    # a list of facts set off by semicolons, each about a named thing, is no run of examples
    pytest.param("Rivers\n\nThe Nile is about 6,650 km long; the Amazon is about 6,400 km long; the Yangtze is about "
                 "6,300 km long.", "6,650 km", id="a-run-of-facts-about-named-things"),
    pytest.param(ONE_BYTE, "8", id="the-count-of-bits-of-a-byte"),
]


@pytest.mark.parametrize(("article", "answer"), STILL_ASKED)
def test_changes_event_dates_and_people_in_the_story_are_still_asked(article, answer):
    # "Slovakia|Hungary": either end of the border ("Vienna" takes one of the sentence's three items)
    assert set(answer.split("|")) & {q.answer for q in quizgen.generate(article).questions}


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("From “Council approves £412m budget”: Councillors voted through a _____ budget.", "£412 million"),
        ("From “Halvorsen profit jumps 38 percent”: Net profit rose _____ to 1.4 billion crowns.", "38%"),
        ("From “Executive guilty of bribes to win $28 million in contracts”: contracts worth more than _____.",
         "A$28 million"),
    ],
)
def test_a_title_stating_the_amount_in_other_words_gives_it_away(prompt, answer):
    from quizgen.questions.flaws import states_the_figure

    assert states_the_figure(prompt, answer)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("It is measured in amperes (A), named after the French physicist _____.", "André-Marie Ampère"),
        ("In 1827 the German physicist _____ published the result now called Ohm's law.", "Georg Simon Ohm"),
        ("The _____ in Egypt is a classic example of a fan-shaped delta.", "Nile Delta"),
    ],
)
def test_a_name_the_prompt_spells_another_way_gives_it_away(prompt, answer):
    from quizgen.questions.flaws import gives_away

    assert gives_away("person" if " " in answer and "Delta" not in answer else "place", answer, prompt)


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        ("Russian settlers reached the Amur basin in the _____. Expeditions led by Poyarkov (1643–1646) followed.",
         "1640s", True),
        ("In 1764 Hargreaves invented the spinning jenny. Five years later, in _____, Arkwright patented the water "
         "frame.", "1769", True),
        ("Russian settlers reached the Amur basin in the _____, long before the treaty of 1689.", "1640s", False),
    ],
)
def test_a_date_the_prompt_reckons_or_spans_is_given_away(prompt, answer, given_away):
    from quizgen.questions.flaws import _time_given_away

    assert _time_given_away(prompt, answer) is given_away


def test_a_figure_given_again_in_another_currency_is_hidden_with_it_on_one_card():
    article = ("Fire\n\nGujarat announced compensation of 400,000 rupees ($4,800) for the family of each worker "
               "killed in the blaze on Thursday.")
    questions = quizgen.generate(article).questions
    (pair,) = [q for q in questions if "$4,800" in (q.answers or (q.answer,))]
    assert pair.kind == "cloze" and pair.answers == ("400,000 rupees", "$4,800")
    assert "[amount] ([amount])" in pair.prompt


def test_names_are_asked_as_cloze_cards_never_multiple_choice(sample_path):
    from quizgen.model import NAME_KINDS

    questions = quizgen.generate(sample_path).questions
    named = [q for q in questions if q.answer_kind in NAME_KINDS]
    assert {q.answer for q in named} >= {"Donna Welton", "Jong-eun-bo", "Donald Trump"}
    assert {q.kind for q in named} == {"cloze"}


@pytest.mark.parametrize(
    ("check", "prompt", "answer", "given_away"),
    [
        ("country", "Plans for union with _____ were abandoned after a coup in Bissau in 1980.", "Guinea-Bissau", True),
        ("country", "_____'s culture minister thanked the French police at a ceremony in Rome on Monday.", "Italy", True),
        ("country", "She moved to the [place] and taught at a women's college in Pennsylvania.", "United States", True),
        ("country", "Darwin's son, Charles Darwin, sailed from _____ in 1831.", "Australia", False),
        ("country", "Cattle ran wild in South America, and latterly in _____.", "Australia", False),
        ("unit", "From “Mortgage rates ease for third month”: The rate has declined for _____.", "three consecutive months",
         True),
        ("unit", "The journey took _____ by train, and the return 4 days.", "three days", False),
        ("month", "Caesar was stabbed to death on the Ides of March (15 March) that year.", "15 March", True),
        ("month", "The launch was postponed on April 2 after a test in March found a leak.", "April 2", False),
        ("plural", "From “Atoms and the Periodic Table”: An [term] is the smallest particle of an element.", "atom", True),
        ("plural", "This principle, dividing the power of government, is the [term].", "separation of powers", False),
        ("acronym", "four causes, remembered by the letters [name]: militarism, alliances, imperialism and nationalism",
         "MAIN", True),
    ],
)
def test_a_stem_that_tells_the_answer_in_other_words_gives_it_away(check, prompt, answer, given_away):
    from quizgen.questions import flaws

    told = {
        "country": lambda: flaws._country_given_away(prompt, answer),
        "unit": lambda: flaws._count_and_unit_in(prompt, answer),
        "month": lambda: flaws._month_named_beside(prompt, answer),
        "plural": lambda: flaws._gives_away(prompt, answer),
        "acronym": lambda: flaws._gives_away(prompt, answer),
    }[check]()
    assert told is given_away


def test_a_person_is_asked_once_though_named_again_by_surname():
    article = ("DNA\n\nThe X-ray photograph known as Photo 51 was taken by Rosalind Franklin in May 1952. In March "
               "1953 the crystallographer Franklin left King's College for Birkbeck College.")
    answers = [q.answer for q in quizgen.generate(article).questions]
    assert "May 1952" in answers and len([a for a in answers if a.endswith("Franklin")]) == 1, answers


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "reckoned"),
    [
        ("In 2015 Mexico introduced a two-year ban on gillnets, and in _____ the ban was made permanent.", "2017",
         "year", True),
        ("From “The American Civil War, 1861–1865”: Both sides expected a short war, but the fighting lasted "
         "[quantity].", "four years", "quantity", True),
        ("Human body cells contain 46 chromosomes, arranged in _____ pairs.", "23", "number", True),
        ("The empire was divided into _____, or suyus: Chinchaysuyu in the northwest, Antisuyu in the northeast, "
         "Qullasuyu in the south and Kuntisuyu in the southwest.", "four provinces", "quantity", True),
        ("In 1990 he moved to Paris, and in _____ he married the painter Sonia Terk.", "1995", "year", False),
        ("The war lasted [quantity], from 1914 to 1918, and cost ten million lives.", "four years", "quantity", True),
        ("The survey counted 46 species in _____ pairs of nesting sites along the coast.", "40", "number", False),
    ],
)
def test_a_figure_the_rest_of_the_prompt_sums_up_is_given_away(prompt, answer, kind, reckoned):
    from quizgen.questions.flaws import _reckoned_from_the_rest

    assert _reckoned_from_the_rest(prompt, answer, kind) is reckoned


@pytest.mark.parametrize(
    ("title", "answer", "stated"),
    [("Hartwell Rovers post record £212m revenue", "£212.4 million", True),
     ("Hartwell Rovers post record £212m revenue", "£215.9 million", False),
     ("Profit jumps 38%", "38.4%", True)],
)
def test_a_headline_that_rounds_the_figure_states_it(title, answer, stated):
    from quizgen.questions.flaws import states_the_figure

    assert states_the_figure(title, answer) is stated


def test_a_conversion_in_a_unit_the_finder_does_not_know_is_left_out_too():
    article = ("Orinoco River\n\nThe Orinoco is one of the longest rivers in South America, flowing for about 2,140 "
               "kilometres (1,330 mi) through Venezuela and Colombia.")
    questions = quizgen.generate(article).questions
    asked = [q for q in questions if q.answer == "2,140 kilometres"]
    assert asked and all("1,330" not in q.prompt for q in asked)
    assert "1,330" not in {a for q in questions for a in (q.answers or (q.answer,))}


def test_crowns_are_money_so_their_dollar_conversion_is_not_asked_alone():
    article = ("Volvo recall\n\nVolvo Cars will recall 412,000 cars. Volvo estimated the cost of the recall at 1.2 "
               "billion Swedish crowns ($112 million), which it said would be booked in the fourth quarter.")
    answers = [q.answers or (q.answer,) for q in quizgen.generate(article).questions]
    assert ("$112 million",) not in answers


GROCERS = (
    "Grocers\n\nAldi said on Tuesday its sales rose 12% to £17.4 billion in 2023. The chain opened 40 new stores in "
    "Britain and hired 2,500 workers. Pre-tax profit fell 3% to £411 million. Analysts at Shore Capital expect the "
    "price war with Tesco to last until 2026. Aldi opened its first British store in Birmingham in 1990."
)
QUARRIES = (
    "Salisbury\n\nMuch of the stone for the cathedral came from quarries at Chilmark, west of the city. The dark "
    "marble of the columns was brought from Purbeck. The spire was added by Richard Farleigh. Its clock is among "
    "the oldest working clocks in the world."
)


def test_a_weak_untyped_name_or_bare_number_is_left_out_of_an_article_with_enough_strong_facts():
    answers = {q.answer for q in quizgen.generate(GROCERS).questions}
    assert "£411 million" in answers and not {"Tesco", "40"} & answers


def test_weak_facts_still_fill_an_article_that_has_too_few_strong_ones():
    assert {q.answer for q in quizgen.generate(QUARRIES).questions} == {"Chilmark", "Purbeck", "Richard Farleigh"}


CULLINAN = (
    "Cullinan Diamond\n\nThe Cullinan Diamond, found on 26 January 1905, weighed 3,106 carats. The Transvaal "
    "government bought it for £150,000. In 1907 it was presented to King Edward VII of the United Kingdom. It was cut "
    "into nine major stones in 1908."
)


@pytest.mark.parametrize("article, country", [(GROCERS, "Britain"), (CULLINAN, "United Kingdom")])
def test_a_country_is_left_out_of_an_article_with_enough_strong_facts(article, country):
    answers = {q.answer for q in quizgen.generate(article).questions}
    assert len(answers) >= 5 and country not in answers


def test_a_country_still_fills_an_article_that_has_too_few_strong_facts():
    article = ("Nile crocodile\n\nThe Nile crocodile is the largest freshwater predator in Africa. Its largest "
               "populations live in Tanzania.")
    assert "Tanzania" in {q.answer for q in quizgen.generate(article).questions}


# Wave 6, blind reviews 93-95: the reference year of a statistic or a study, asked instead of the statistic.
RESISTANCE = ("Antibiotic resistance\n\nA major international study published in 2022 estimated that resistant "
              "infections were directly responsible for about 1.27 million deaths worldwide in 2019.")
RESISTANCE_AGAIN = ("Antibiotic resistance\n\nA study published in 2022 estimated that in 2019 about 1.27 million deaths "
                    "worldwide were directly caused by drug-resistant bacterial infections.")
REFERENCE_YEARS = [
    pytest.param(RESISTANCE, "2022", id="the-year-a-study-was-published"),
    pytest.param(RESISTANCE_AGAIN, "2022", id="the-year-a-study-was-published-again"),
    pytest.param("Salmon\n\nA census by the Institute for Marine and Antarctic Studies (IMAS) in late 2023 estimated "
                 "that fewer than 1,000 adult skates remain in the harbour.", "late 2023", id="when-a-census-was-made"),
    pytest.param("Punta Arenas\n\nPunta Arenas grew rapidly as a coaling and supply port in the late 19th century, "
                 "reaching a population of about 20,000 by 1914.", "1914", id="the-year-a-population-was-reached"),
    pytest.param("Salmon\n\nThe industry produced an estimated 72,000 tonnes of Atlantic salmon and ocean trout in the "
                 "2022–23 financial year, worth about A$1.3 billion at the farm gate.", "2022–23",
                 id="the-financial-year-of-a-figure"),
    pytest.param("Rotterdam\n\nThe average container vessel arriving in Rotterdam last year carried 8.7% more boxes "
                 "than in 2023, but there were 386 fewer deep-sea calls in total.", "2023",
                 id="the-year-a-figure-is-compared-with"),
    # blind review 93: a later edition's year
    pytest.param("Blank verse\n\nJohn Milton used blank verse for the 10,565 lines of Paradise Lost (1667; revised "
                 "edition 1674).", "1674", id="the-year-of-a-revised-edition"),
    # blind reviews 99 and 102: the year a population or a firm's sales were counted in
    pytest.param("Lofoten\n\nLofoten is an archipelago in Nordland county in northern Norway. The archipelago has a land area of about 1,230 square kilometres and a population of around "
                 "24,500 (2023), divided among six municipalities.", "2023", id="a-bracketed-year-after-a-figure"),
    pytest.param("Berries\n\nThe company, which employs about 320 people and reported sales of €186 million in 2023, "
                 "said it had suspended purchases from the suppliers.", "2023", id="the-year-of-a-firms-sales"),
    # blind review 99: "270 and 240 cases per [100,000] inhabitants" hid the base of the rate, not the rate
    pytest.param("Ticks\n\nLyme disease cases in the Netherlands climbed 22% in 2024. The provinces of Gelderland and Utrecht, which contain large "
                 "areas of forest and heath, reported the highest rates, at 270 and 240 cases per 100,000 inhabitants "
                 "respectively.", "100,000 inhabitants", id="the-base-of-a-rate"),
]


@pytest.mark.parametrize(("article", "answer"), REFERENCE_YEARS)
def test_the_reference_year_of_a_statistic_or_study_is_not_asked(article, answer):
    questions = quizgen.generate(article).questions
    assert questions and answer not in {q.answer for q in questions}, [q.answer for q in questions]


STILL_ASKED_BESIDE_REFERENCE_YEARS = [
    # the statistic itself stays
    pytest.param(RESISTANCE, "1.27 million deaths|1.27 million", id="the-estimated-count"),
    pytest.param("Punta Arenas\n\nPunta Arenas grew rapidly as a coaling and supply port in the late 19th century, "
                 "reaching a population of about 20,000 by 1914.", "20,000", id="the-population-reached"),
    # the year an estimated count was made, judged ok four times (blind reviews 82, 84, 89, 95) where review 94 found
    # it borderline: kept; so is the year of a count whose worth, not the count, is estimated (review 36)
    pytest.param(RESISTANCE, "2019", id="the-year-of-an-estimated-count"),
    pytest.param(RESISTANCE_AGAIN, "2019", id="estimated-that-in-the-year"),
    pytest.param("Stolen art\n\nAccording to the Carabinieri's annual report, the unit recovered 105,984 items in 2023, "
                 "including paintings and coins, worth an estimated €264 million.", "2023", id="the-year-of-a-haul"),
    # the first edition's year, and a stretch of time that is not a game's clock
    pytest.param("Blank verse\n\nJohn Milton used blank verse for the 10,565 lines of Paradise Lost (1667; revised "
                 "edition 1674).", "1667", id="the-year-of-a-first-edition"),
    # the year of an event with a count, or of a first census, is the fact
    pytest.param("San Francisco\n\nThe earthquake and the fires that followed killed about 3,000 people in 1906 and "
                 "destroyed more than 28,000 buildings.", "1906", id="the-year-of-a-deadly-event"),
    pytest.param("Census\n\nThe first national census of Britain in 1801 counted about 10.5 million people in England, "
                 "Wales and Scotland.", "1801", id="the-year-of-the-first-census"),
    pytest.param("Trade\n\nBritish cotton imports rose from 2.5 million pounds in 1760 to 52 million pounds by 1800.",
                 "1760|1800", id="the-ends-of-a-change"),
    # the year of a count of an event, and a year in brackets after a title, stay
    # the year of a recorded count was judged ok three times (reviews 40, 73, 82): kept
    pytest.param("Tuberculosis\n\nThe health agency recorded 5,480 cases in 2024, up from 4,890 the year before. Most "
                 "were in London.", "2024", id="the-year-of-a-recorded-count"),
    pytest.param("Storm\n\nThe storm was recorded in 1987 by the Met Office as the worst since records began.", "1987",
                 id="the-year-something-was-recorded"),
    pytest.param("Painters\n\nJohn Constable was an English landscape painter born in Suffolk in 1776. His painting The Hay Wain (1821) is held by the National Gallery in London.", "1821",
                 id="a-bracketed-year-after-a-title"),
    pytest.param("Town\n\nThe town lies on the river Ouse. Its population rose from 12,000 in 1950 to 40,000 in 1990.", "1950|1990",
                 id="the-years-of-a-change-in-population"),
]


@pytest.mark.parametrize(("article", "answer"), STILL_ASKED_BESIDE_REFERENCE_YEARS)
def test_statistics_and_event_years_beside_reference_years_are_still_asked(article, answer):
    assert set(answer.split("|")) & {q.answer for q in quizgen.generate(article).questions}

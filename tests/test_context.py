"""Context repair: every asked sentence must say who "she", "them" or "the glacier" is, or not be asked."""

import pytest

import quizgen
from quizgen.analyse import analyse
from quizgen.questions.context import context_for, kind_only_the_title_named
from quizgen.questions.flaws import dangling_reference
from quizgen.questions.leaning import leans_on_previous, strip_connective
from quizgen.questions.pointers import (
    bare_quantifier_subject,
    compares_with_the_sentence_before,
    points_at_the_sentence_before,
)
from quizgen.questions.sentence_before import explains as explains_it
from quizgen.read import document_from_text

# (article, answer, how every item asking it must begin; None = not asked at all)
CONTEXT_CASES = [
    pytest.param(
        "Vaquita\n\nThe vaquita is a rare species of porpoise found in Mexico. The vaquita is the smallest living "
        "cetacean. It lives only in shallow waters less than 50 metres deep in the upper Gulf of California.",
        "50 metres",
        "The vaquita lives only in shallow waters",
        id="an-entrys-opening-it-is-written-as-the-entrys-name",
    ),
    pytest.param(
        "Salisbury Cathedral\n\nSalisbury Cathedral is an Anglican cathedral in Salisbury, England. Salisbury "
        "Cathedral was built between 1220 and 1258. Its nave is 70 metres long.",
        "70 metres",
        "Salisbury Cathedral's nave is",
        id="an-entrys-opening-its-is-written-as-the-entrys-name",
    ),
    pytest.param(
        "Nordvik Shipping profit rises 22% as tanker rates climb\n\nNordvik Shipping reported a 22% rise in "
        "second-quarter profit on Tuesday.\n\nAnalysts at Fjord Securities said the results were \"strong\" and kept "
        "their buy rating on the stock. \"The order book gives them visibility well into 2028,\" said Ola Berg, a "
        "shipping analyst at the bank.\n\nThe company will pay an interim dividend of 4.20 crowns per share on "
        "Sept. 14. It employs about 5,200 people in Norway and Poland.",
        "Sept. 14",
        "The company will pay an interim dividend",
        id="the-company-the-headline-names-is-not-explained-by-an-analysts-quote",
    ),
    pytest.param(
        "Julius Nyerere\n\nJulius Nyerere was a Tanzanian politician. Tanganyika became independent on 9 December "
        "1961 with Nyerere as prime minister. He resigned the post after six weeks to rebuild the party.",
        "six weeks",
        "Tanganyika became independent on 9 December 1961 with Nyerere as prime minister. He resigned the post",
        id="the-post-gets-the-sentence-that-says-which-post",
    ),
    pytest.param(
        "Emmy Noether\n\nEmmy Noether was a German mathematician. In 1922 she was given the title of extraordinary "
        "professor, but the post remained unpaid for another year.",
        "1922",
        "In ",
        id="the-post-after-the-title-it-names-needs-nothing-before",
    ),
    pytest.param(
        "Hope Diamond\n\nThe Hope Diamond is a 45.52-carat diamond held by the Smithsonian Institution in Washington, "
        "D.C. It was mined in India in the seventeenth century.\n\nOther stones\n\nThe Star of the East is a "
        "pear-shaped stone of 94.8 carats. It was set in a pendant made for Evalyn Walsh McLean in 1908. Until the "
        "sale of the Idol's Eye in 1946, it was the largest diamond owned by an American.",
        "1946",
        None,
        id="a-sentence-before-whose-it-is-another-stone-explains-nothing-under-the-title",
    ),
    pytest.param(
        "Forth Bridge\n\nThe Forth Bridge is a cantilever railway bridge across the Firth of Forth in Scotland. "
        "Completed in 1890, it is a symbol of Scotland. It was designed by the English engineers Sir John Fowler and "
        "Sir Benjamin Baker.",
        "Benjamin Baker",
        "Completed in 1890, it is a symbol of Scotland. It was designed",
        id="a-sentence-before-whose-it-is-the-entrys-subject-is-still-shown",
    ),
    pytest.param(
        "Genetics\n\nGregor Mendel studied peas in 1865. An allele is recessive if its effect is hidden when a "
        "dominant allele is present.",
        "recessive",
        "An allele is [term] if its effect",
        id="its-in-a-sentence-about-a-kind-of-thing-is-that-kinds",
    ),
    pytest.param(
        "Rivers\n\nA waterfall forms where hard rock lies over soft rock. Victoria Falls on the Zambezi River, "
        "which is 108 m high, formed in this way. The Nile has built a delta of 24,000 square kilometres.",
        "108 m",
        None,
        id="in-this-way-needs-a-sentence-before-that-says-which-way",
    ),
    pytest.param(
        "Rivers\n\nThe Nile has built a fan-shaped delta in Egypt. The Mississippi, by contrast, has built a "
        "bird's-foot delta that extends far into the Gulf of Mexico.",
        "Gulf of Mexico",
        "The Nile has built a fan-shaped delta in Egypt. The Mississippi, by contrast",
        id="by-contrast-gets-the-sentence-it-contrasts-with",
    ),
    pytest.param(
        "The Industrial Revolution\n\nHargreaves built the jenny in 1764 and Arkwright the water frame in 1769. "
        "In 1779 Samuel Crompton combined features of both machines in the spinning mule.",
        "1779",
        "Hargreaves built the jenny in 1764 and Arkwright the water frame in 1769. In _____",
        id="both-machines-gets-the-sentence-naming-them",
    ),
    pytest.param(
        "Trade\n\nThe economist David Ricardo went further. In a book of 1817 he showed that trade benefits both "
        "countries.",
        "David Ricardo",
        None,
        id="went-further-than-what",
    ),
    pytest.param(
        "Anna Petrova\n\nAnna Petrova was a Russian chemist who studied catalysts in Kazan. "
        "She taught at Kazan University for many years.\n\n"
        "Ivan Volkov assigned her to study platinum catalysts in 1911.",
        "1911",
        "From “Anna Petrova”: ",
        id="object-her-after-the-only-other-person-is-the-biography-subject",
    ),
    pytest.param(
        "Tennis final\n\nMaria Lopez won the final in Paris on Sunday after three sets. "
        "The crowd sang her name for ten minutes. Prime Minister Pedro Sanz congratulated her on Twitter on 12 June.",
        "12 June",
        None,
        id="object-her-after-the-subject-leans-on-a-sentence-that-has-its-own-her",
    ),
    pytest.param(
        "Tennis final\n\nMaria Lopez won the final in Paris on Sunday after three sets. "
        "Prime Minister Pedro Sanz congratulated her on Twitter on 12 June.",
        "12 June",
        "From “Tennis final”: Maria Lopez won the final in Paris on Sunday after three sets. Prime Minister",
        id="object-her-gets-the-sentence-before",
    ),
    pytest.param(
        "Rhône Glacier\n\nThe Rhône Glacier is the source of the Rhône in the Swiss Alps. "
        "The Belvedere Hotel, on its western flank, has stood since 1882.",
        "1882",
        "The Rhône Glacier is the source of the Rhône in the Swiss Alps. The Belvedere Hotel, on its",
        id="its-after-another-name-in-an-entry-gets-the-sentence-naming-the-entry",
    ),
    pytest.param(
        "Rhône Glacier\n\nThe Rhône Glacier is the source of the Rhône in the Swiss Alps. "
        "Since the 1980s the slope above the glacier has slipped by 30 metres.",
        "30 metres",
        "From “Rhône Glacier”: ",
        id="the-glacier-in-an-entry-titled-glacier",
    ),
    pytest.param(
        "Neurons\n\nThe basic unit of the nervous system is the neuron, first drawn by Santiago Ramón y Cajal. "
        "The human brain contains about 86 billion of them.",
        "86 billion",
        "The basic unit of the nervous system is the neuron, first drawn by Santiago Ramón y Cajal. The human brain",
        id="plural-them-is-not-resolved-by-the-title",
    ),
    pytest.param(
        "Reflexes\n\nThe physician Marshall Hall first described reflexes in London in 1833. "
        "If you touch a hot pan, you pull your hand away before you feel pain. "
        "This is a reflex, and it takes only about 50 milliseconds.",
        "50 milliseconds",
        None,
        id="this-is-needs-a-sentence-no-title-can-replace",
    ),
    pytest.param(
        "Home prices hit a record\n\nPrices were highest in the West, where the median reached $641,800. "
        "The report comes a week before the Federal Reserve meets on July 29.",
        "July 29",
        "From “Home prices hit a record”: ",
        id="the-report-is-not-explained-by-a-sentence-without-a-report",
    ),
    pytest.param(
        "Supply and Demand\n\nSupply and demand set prices. When coffee prices rise in Brazil, buyers cut back sharply. "
        "This responsiveness is known as price elasticity, a term Alfred Marshall made popular in 1890.",
        "1890",
        "When coffee prices rise in Brazil, buyers cut back sharply. This responsiveness",
        id="this-plus-a-noun-needs-the-sentence-before-not-the-title",
    ),
    pytest.param(
        "Rovers win the cup\n\nAshford Rovers was nearly wound up in 2019 with debts of £300,000. "
        "Supporters bought it the following year, raising £215,000 from 1,900 members.",
        "£215,000",
        "Ashford Rovers was nearly wound up in 2019 with debts of £300,000. Supporters",
        id="the-following-year-mid-sentence-needs-the-sentence-before",
    ),
    pytest.param(
        "Mary Anning\n\nMary Anning was an English fossil collector born in Lyme Regis in 1799. "
        "In 1823 she found a plesiosaur. The anatomist Georges Cuvier doubted that it was genuine until 1824.",
        "1824",
        None,
        id="it-after-a-person-is-not-that-person",
    ),
    pytest.param(
        "Hagia Sophia\n\nHagia Sophia is a former church and mosque in Istanbul, Turkey. "
        "Construction took less than six years and employed some 10,000 workers. "
        "The building is famous for its dome, which rises about 55.6 metres above the floor.",
        "55.6 metres",
        "From “Hagia Sophia”: The building",
        id="the-building-in-an-entry-about-one-building-is-the-entry",
    ),
    pytest.param(
        "The Water Cycle\n\nEnergy from the Sun drives the water cycle. When sunlight warms the sea, some water "
        "changes from a liquid into a gas. This process is called evaporation, and it peaks in July.",
        "evaporation",
        "From “The Water Cycle”: When sunlight warms the sea, some water changes from a liquid into a gas. This",
        id="this-process-gets-the-sentence-it-sums-up-and-the-title",
    ),
    pytest.param(
        "Wildfire forces thousands to flee\n\n\"We are fighting this fire on three fronts,\" said Dana Whitfield, "
        "the county fire chief. She said 640 firefighters had been assigned to the fire near Riverton.",
        "640",
        'From “Wildfire forces thousands to flee”: "We are fighting this fire on three fronts," said Dana Whitfield',
        id="an-attributed-quotation-explains-she",
    ),
    pytest.param(
        "The Water Cycle\n\nRain falls on the hills above Leeds in winter. Some of it flows into rivers. "
        "Some soaks into the soil in a process called infiltration, which peaks in March.",
        "infiltration",
        None,
        id="a-bare-some-leans-on-a-sentence-that-leans-itself",
    ),
    pytest.param(
        "Understanding Inflation\n\nPrices in Germany rose sharply in 1923. "
        "The opposite of inflation is deflation, a sustained fall in the general price level seen in Japan in 1999.",
        "1999",
        "The opposite",
        id="the-opposite-of-inflation-says-what-it-describes",
    ),
    pytest.param(
        "Emily Roebling\n\nEmily Roebling was an American engineer and writer. She married in 1865 in New York. "
        "Washington Roebling, her husband, led the work on the Brooklyn Bridge in New York. "
        "When the bridge opened on May 24, 1883, Emily Roebling was the first to cross it.",
        "May 24, 1883",
        "Washington Roebling, her husband, led the work on the Brooklyn Bridge in New York. When the bridge",
        id="a-persons-title-does-not-say-which-bridge-the-sentence-before-does",
    ),
    pytest.param(
        "Lake Titicaca\n\nLake Titicaca is a large freshwater lake in the Andes on the border of Bolivia and Peru. "
        "It contains 41 islands, some of them densely populated. The largest, Isla del Sol, lies near Copacabana.",
        "Copacabana",
        "From “Lake Titicaca”: It contains 41 islands, some of them densely populated. The largest",
        id="the-largest-is-one-of-what-the-sentence-before-named",
    ),
    pytest.param(
        "Floods force 600 from their homes\n\nHeavy rain fell on Millbrook for three days. "
        "The river crested at 24.3 feet on Tuesday, just below the record set in 1972.",
        "1972",
        None,
        id="the-river-is-named-by-neither-the-sentence-before-nor-the-headline",
    ),
    pytest.param(
        "Weather satellite launched\n\nThe launch was first set for April 9 at Kourou. "
        "Engineers postponed it after a pressure test revealed a leaking valve on April 2.",
        "April 2",
        "From “Weather satellite launched”: The launch was first set for April 9 at Kourou. Engineers postponed it",
        id="an-object-it-with-nothing-before-it-leans-on-the-sentence-before",
    ),
    pytest.param(
        "Dockworkers walk out at Port of Halvern as wage talks collapse\n\n"
        "The walkout followed the collapse of talks between the Coastal Stevedores Union and the port operators. "
        "The union is demanding a 14 percent pay rise over three years.",
        "14 percent",
        "The walkout followed the collapse of talks between the Coastal Stevedores Union",
        id="a-sentence-opening-with-a-description-may-still-name-the-union",
    ),
    pytest.param(
        "Bell Rock Lighthouse\n\nThe Bell Rock Lighthouse stands on a reef off the coast of Angus. It is the oldest "
        "sea-washed lighthouse in the world. His plan was judged too expensive, and John Rennie was appointed in 1806.",
        "1806",
        None,
        id="a-lighthouses-title-does-not-say-whose-plan",
    ),
    pytest.param(
        "City water bills hit by cyberattack\n\nA hacking group called NightVault claimed the attack on Monday. "
        "Security firms have linked the group to at least 15 attacks on councils since 2023.",
        "2023",
        "A hacking group called NightVault claimed the attack on Monday. Security firms",
        id="the-group-gets-the-sentence-that-names-it-before-the-headline",
    ),
    pytest.param(
        "The Protestant Reformation\n\nThe Reformation began in Germany in the early sixteenth century. "
        "Martin Luther was a monk who taught at Wittenberg. In 1517 he wrote the Ninety-five Theses, "
        "and he was excommunicated in 1521.",
        "1521",
        "Martin Luther was a monk who taught at Wittenberg. In 1517 he wrote",
        id="a-topic-title-does-not-say-who-he-is",
    ),
    pytest.param(
        "Chess final\n\nAnders Lund lost the final in Singapore on Friday. "
        "\"When he offered the draw, I started crying,\" Iyer said. The match began on Nov. 25 at a hotel.",
        "Nov. 25",
        None,
        id="an-unattributed-match-is-explained-by-neither-a-quotation-nor-a-headline-without-a-match",
    ),
    pytest.param(
        "Swiss glaciers\n\nAt Konkordiaplatz the ice of the Aletsch Glacier is about 900 m thick. "
        "From there it flows south to the Massa gorge, which it reached in 1850.",
        "1850",
        "At Konkordiaplatz the ice of the Aletsch Glacier is about 900 m thick. From there",
        id="from-there-leans-on-the-sentence-before",
    ),
    pytest.param(
        "Erie Canal\n\nBecause none of the engineers had built a canal before, they learned on the job in 1817. "
        "The canal cost $7,143,789.",
        "$7,143,789",
        "From “Erie Canal”: ",
        id="the-canal-in-an-entry-titled-canal-is-the-entry-not-a-canal-in-the-sentence-before",
    ),
    pytest.param(
        "Clara Schumann\n\nClara Schumann was a German pianist born in Leipzig in 1819. "
        "Her father Friedrich Wieck taught her the piano. In 1840 she married Robert Schumann.",
        "1840",
        "From “Clara Schumann”: ",
        id="she-in-a-biography-gets-the-title-before-a-sentence-with-her",
    ),
    pytest.param(
        "Fanny Mendelssohn\n\nFanny Mendelssohn was a German composer born in Hamburg in 1805. "
        "She wrote over 460 pieces of music. Several of her songs were published under Felix's name in 1827. "
        "In 1842 Queen Victoria sang one of them to Felix at Buckingham Palace.",
        "1842",
        "From “Fanny Mendelssohn”: Several of her songs were published under Felix's name in 1827. In",
        id="one-of-them-after-a-single-name-gets-the-sentence-that-names-them",
    ),
    pytest.param(
        "Fanny Mendelssohn\n\nFanny Mendelssohn was a German composer born in Hamburg in 1805. "
        "She wrote over 460 pieces of music. A journey to Italy in 1839 proved decisive.",
        "1839",
        "From “Fanny Mendelssohn”: A journey to Italy in",
        id="a-sentence-naming-nobody-in-a-biography-is-about-its-subject",
    ),
    pytest.param(
        "Dorothy Hodgkin\n\nDorothy Mary Crowfoot Hodgkin was a British chemist who won the Nobel Prize in 1964. "
        "She studied crystals from the age of ten. In 1928 she went to Somerville College to read chemistry.",
        "1928",
        "From “Dorothy Hodgkin”: In",
        id="a-biography-naming-its-subject-with-middle-names-still-says-who-she-is",
    ),
    pytest.param(
        "The Protestant Reformation\n\nThe Reformation split Western Christianity in the sixteenth century. "
        "Martin Luther wrote the Ninety-five Theses in 1517. "
        "Protected by Frederick the Wise of Saxony, he translated the New Testament into German in 1522.",
        "1522",
        "Martin Luther wrote the Ninety-five Theses in 1517. Protected by",
        id="he-after-an-opening-participle-naming-someone-else-leans-back",
    ),
    pytest.param(
        "Struggle for existence\n\nEvery organic being naturally increases at so high a rate that the earth would "
        "soon be covered. Even slow-breeding man has doubled in twenty-five years, and at this rate there would "
        "soon be no room.",
        "twenty-five years",
        "From “Struggle for existence”: Every organic being naturally increases at so high a rate",
        id="this-rate-gets-the-sentence-that-speaks-of-a-rate",
    ),
    pytest.param(
        "Dorothy Hodgkin\n\nDorothy Hodgkin was a British chemist who won the Nobel Prize in 1964. "
        "Her first result came in 1945, when she confirmed the structure of penicillin. "
        "The work showed that the molecule contains a ring. "
        "In 1954 she determined the structure of vitamin B12; the committee cited this work.",
        "1954",
        "From “Dorothy Hodgkin”: In",
        id="the-work-showed-that-leans-back-and-explains-no-this-work-after-it",
    ),
    pytest.param(
        "Riverside United Sign Brazilian Forward in Record Deal\n\nRiverside United have signed Lucas Ferreira "
        "for a club record fee of £68 million. Ferreira scored 31 goals last season. "
        "Manager Sofia Marchetti said she had followed the striker for two years.",
        "two years",
        "Ferreira scored 31 goals last season. Manager",
        id="the-striker-is-a-person-the-sentence-before-names",
    ),
    pytest.param(
        "How the Ground Beneath Us Moves\n\nThe outer shell of the Earth is broken into seven major plates. "
        "Where an ocean plate meets a continental plate, the denser ocean plate sinks beneath it. "
        "It creates deep trenches and chains of volcanoes, such as the Andes in South America.",
        "Andes",
        None,
        id="a-topic-title-never-says-what-it-is",
    ),
    pytest.param(
        "Appeals Court Orders Severn Valley Water to Refund Customers\n\nA state appeals court ruled on Tuesday "
        "that Severn Valley Water Company overcharged 84,000 households. Construction stopped in 2021. "
        "By then, the company had spent roughly $19 million on the project.",
        "$19 million",
        None,
        id="by-then-leans-on-the-sentence-before",
    ),
    pytest.param(
        "Lise Meitner\n\nLise Meitner was an Austrian physicist born in Vienna in 1878. "
        "At first she was not allowed to work in the main laboratories. In 1917 the two identified protactinium.",
        "1917",
        None,
        id="the-two-needs-a-sentence-naming-both",
    ),
    pytest.param(
        "Lise Meitner\n\nLise Meitner was an Austrian physicist born in Vienna in 1878. "
        "In July 1938 she escaped to the Netherlands and later settled in Stockholm. "
        "There she continued to write to Otto Hahn, who found in December 1938 that uranium could split.",
        "December 1938",
        "From “Lise Meitner”: In July 1938 she escaped to the Netherlands and later settled in Stockholm. There",
        id="there-at-the-start-is-the-place-the-sentence-before-named",
    ),
    pytest.param(
        "Gold Coins Stolen from Ghent Museum\n\nThieves stole 14 gold coins from the Ghent City Museum on Sunday. "
        "Police believe the gang may be linked to a similar raid in Utrecht in March 2024.",
        "March 2024",
        "From “Gold Coins Stolen from Ghent Museum”: Thieves stole 14 gold coins",
        id="a-similar-raid-gets-the-sentence-that-tells-of-the-first",
    ),
    pytest.param(
        "Great Zimbabwe\n\nGreat Zimbabwe is a ruined city near the modern town of Masvingo. "
        "The Great Enclosure has a wall 250 metres long. Inside stands a conical tower about 10 metres tall.",
        "10 metres",
        "The Great Enclosure has a wall 250 metres long. Inside",
        id="inside-leans-on-what-the-sentence-before-named",
    ),
    pytest.param(
        "The Mongol Empire\n\nGenghis Khan united the Mongol tribes in 1206. "
        "Between 1219 and 1221 they destroyed the city of Samarkand.",
        "Samarkand",
        "Genghis Khan united the Mongol tribes in 1206. Between",
        id="they-after-two-years-joined-by-and-still-leans-back",
    ),
    pytest.param(
        "Alberto Santos-Dumont\n\nAlberto Santos-Dumont was a Brazilian aviation pioneer born in 1873. "
        "He flew his airship around the Eiffel Tower in 1901. He was distressed by the revolution of 1932. "
        "He died in Guarujá, São Paulo, that year.",
        "Guarujá",
        "From “Alberto Santos-Dumont”: He was distressed by the revolution of 1932. He died in",
        id="that-year-needs-the-sentence-before-even-where-the-title-says-who-he-is",
    ),
    pytest.param(
        "The Unification of Germany\n\nIn 1848 revolutions broke out across the German states. "
        "Liberals met in the Frankfurt Parliament in May 1848 to write a constitution. "
        "The Frankfurt Parliament collapsed soon afterwards, and Prussia took the lead in 1862.",
        "1862",
        "Liberals met in the Frankfurt Parliament in May 1848 to write a constitution. The Frankfurt",
        id="soon-afterwards-needs-the-sentence-that-says-after-what",
    ),
    pytest.param(
        "States of Matter\n\nFor pure water the melting point is 0 °C. Heating a liquid further makes it boil at "
        "its boiling point, which for water is 100 °C at sea level. A melting solid takes in energy without getting "
        "hotter. It is known as latent heat.",
        "latent heat",
        None,
        id="a-title-naming-many-things-never-says-what-it-is",
    ),
    pytest.param(
        "Jungfrau Railway\n\nThe Jungfrau Railway climbs to a station at 3,454 metres. The railway was the idea of "
        "Adolf Guyer-Zeller, who had made his fortune in textiles. His engineers began work in 1896.",
        "1896",
        None,
        id="a-railway-is-nobody-however-often-its-entry-says-his",
    ),
    pytest.param(
        "Indonesia evacuates thousands as Ruang volcano erupts again\n\nRuang erupted on April 30, forcing 12,000 people "
        "to leave Tagulandang. Such a collapse could trigger a tsunami, he said. A similar event in 1871 sent a wave "
        "about 25 metres high onto the neighbouring island, killing around 400 people.",
        "1871",
        None,
        id="a-similar-event-at-the-start-with-nothing-before-that-says-which-is-not-asked",
    ),
    pytest.param(
        "Flooding closes Danube ports\n\nThe Danube burst its banks at Passau on Sunday. "
        "A similar flood in 2013 caused damage worth €12 billion across Bavaria.",
        "€12 billion",
        "The Danube burst its banks at Passau on Sunday. A similar flood",
        id="a-similar-flood-at-the-start-gets-the-sentence-it-is-similar-to",
    ),
    pytest.param(
        "Margaret I of Denmark\n\nMargaret I was queen of Denmark, Norway and Sweden. "
        "Margaret's son Olaf died suddenly at Falsterbo in August 1387, aged seventeen. "
        "Within weeks the Danish council chose Margaret as regent, and in February 1388 the Norwegian council followed.",
        "February 1388",
        "Margaret's son Olaf died suddenly at Falsterbo in August 1387, aged seventeen. Within weeks",
        id="within-weeks-gets-the-sentence-it-counts-from",
    ),
    pytest.param(
        "The Causes of the First World War\n\nHistorians still argue about what caused the war. "
        "Within six weeks most of the great powers of Europe were at war. "
        "The war ended with an armistice signed at Compiègne on 11 November 1918.",
        "six weeks",
        None,
        id="within-six-weeks-of-nothing-named-is-not-asked",
    ),
    pytest.param(
        "Strong quake off northern Chile kills at least 14\n\nThe quake struck off Taltal at 3:12 a.m. on Tuesday. "
        "Around 120,000 people moved to higher ground. Waves of up to 1.3 metres reached the port of Mejillones about "
        "40 minutes later.",
        "1.3 metres",
        None,
        id="minutes-later-after-a-sentence-that-says-after-nothing-is-not-asked",
    ),
    pytest.param(
        "Juice probe lifts off for Jupiter\n\nThe Ariane 5 rocket lifted off from Kourou at 9:14 a.m. on Friday. "
        "Juice separated from the upper stage about 27 minutes after launch, and ground controllers in "
        "Darmstadt received its first signal shortly afterwards.",
        "Darmstadt",
        "From “Juice probe lifts off for Jupiter”: Juice separated",
        id="shortly-afterwards-after-a-time-the-sentence-gives-needs-nothing-before",
    ),
    pytest.param(
        "The French Revolution\n\nThe Estates-General met at Versailles in May 1789. The Third Estate demanded that "
        "votes be counted by head. When the king refused, the deputies of the Third Estate declared themselves the "
        "National Assembly on 17 June.",
        "17 June",
        "The Third Estate demanded that votes be counted by head. When the king refused",
        id="when-the-king-refused-gets-the-sentence-that-says-what-he-refused",
    ),
    pytest.param(
        "Car makers raise prices\n\nToyota raised its prices in Japan by 3 percent in March. "
        "Honda followed suit in April, adding 2.5 percent to most models.",
        "2.5 percent",
        "Toyota raised its prices in Japan by 3 percent in March. Honda followed suit",
        id="followed-suit-gets-the-sentence-it-follows",
    ),
    pytest.param(
        "Emmy Noether\n\nEmmy Noether was a German mathematician born in Erlangen in 1882. "
        "Some members of the philosophy faculty objected to a woman teaching at the university. "
        "David Hilbert is reported to have replied that the faculty was not a bathhouse in 1915.",
        "David Hilbert",
        None,
        id="replied-to-a-sentence-that-names-nothing-is-not-asked",
    ),
    pytest.param(
        "Zeno of Citium\n\nZeno of Citium founded the Stoic school in Athens around 300 BC. "
        "The Macedonian king Antigonus II Gonatas invited him to his court at Pella, but Zeno declined "
        "and sent two of his pupils instead.",
        "Pella",
        "From “Zeno of Citium”: The Macedonian king",
        id="declined-after-the-invitation-in-its-own-sentence-needs-nothing-before",
    ),
    pytest.param(
        "Weather Fronts and Depressions\n\nA depression forms where warm and cold air meet over the Atlantic. "
        "At a cold front, cold air pushes under the warm air and forces it to rise quickly. "
        "The slope is much steeper, about 1 in 50, so the weather is more violent.",
        "50",
        None,
        id="much-steeper-than-nothing-named-is-not-asked",
    ),
    pytest.param(
        "Venus\n\nVenus is the second planet from the Sun and has a thick atmosphere of carbon dioxide. "
        "Its surface is hotter, at about 464 °C, because the gas traps heat. "
        "The Soviet probe Venera 7 landed there on 15 December 1970.",
        "464 °C",
        None,
        id="hotter-than-what-is-not-asked",
    ),
    pytest.param(
        "Data breach at Helix Pay\n\nHackers stole data of 2.3 million customers of Helix Pay in Amsterdam. "
        "Under the GDPR, regulators can impose fines of up to 4 percent of a company's annual turnover or "
        "20 million euros, whichever is higher.",
        "4 percent",
        "From “Data breach at Helix Pay”: Under the GDPR",
        id="whichever-is-higher-compares-within-its-sentence",
    ),
    pytest.param(
        "Strong quake off northern Chile kills at least 14\n\nInterior Minister Carolina Tohá told reporters in "
        "Santiago that 9 of the dead were in Taltal. "
        "More than 230 people were injured across the Antofagasta and Atacama regions, she said.",
        "230",  # a cloze on a count hides the figure only
        "Interior Minister Carolina Tohá told reporters in Santiago that 9 of the dead were in Taltal. More than",
        id="a-trailing-she-said-gets-the-sentence-naming-the-speaker",
    ),
    pytest.param(
        "Warehouse fire in Leeds\n\nForty firefighters were called to a warehouse in Armley at 2 a.m. on 14 March. "
        "It was brought under control after six hours by crews from Leeds and Bradford, he said.",
        "six hours",
        None,
        id="a-trailing-he-said-with-no-speaker-named-before-is-not-asked",
    ),
    pytest.param(
        "Vienna's coffee houses\n\nThe first coffee house in Vienna opened near St Stephen's Cathedral in 1685. "
        "Writers met there every afternoon, and Trotsky played chess there in 1913.",
        "1913",
        "The first coffee house in Vienna opened near St Stephen's Cathedral in 1685. Writers",
        id="there-mid-sentence-gets-the-sentence-naming-the-place",
    ),
    pytest.param(
        "University of Bologna\n\nBologna is the capital of Emilia-Romagna. Students of the university have "
        "included Nicolaus Copernicus, who studied canon law there from 1496 to 1500.",
        "1496 to 1500",
        "From “University of Bologna”: Students",
        id="there-after-the-university-in-its-own-sentence-needs-nothing-before",
    ),
    pytest.param(
        "The Causes of the First World War\n\nIn the Balkans, Serbian nationalists wanted to unite all South Slavs in "
        "one state. Austria-Hungary, which had annexed Bosnia in 1908, saw this as a threat to its survival.",
        "1908",
        "In the Balkans, Serbian nationalists wanted to unite all South Slavs in one state. Austria-Hungary",
        id="saw-this-as-gets-the-sentence-this-stands-for",
    ),
    pytest.param(
        "Hyperinflation in Germany\n\nGerman prices rose a trillionfold between 1921 and 1923. "
        "Workers in Hamburg were paid twice a day, and this led to riots in October 1923.",
        "October 1923",
        "From “Hyperinflation in Germany”: Workers in Hamburg",
        id="and-this-led-to-sums-up-its-own-first-clause",
    ),
    pytest.param(
        "Leoš Janáček\n\nLeoš Janáček was a Czech composer born in Hukvaldy in 1854. He studied at the Prague Organ "
        "School in 1874. Returning to Brno, Janáček founded an organ school there in 1881 and remained its director "
        "until 1919.",
        "1881",
        "From “Leoš Janáček”: Returning to Brno",
        id="a-question-that-drops-where-there-is-is-not-asked-as-a-question",
    ),
    pytest.param(
        "Forth Bridge\n\nThe Forth Bridge is a railway bridge over the Firth of Forth in Scotland. It carries about "
        "200 trains a day. Two road bridges stand beside it: the Forth Road Bridge, a suspension bridge opened in "
        "1964, and the Queensferry Crossing, a cable-stayed bridge opened in 2017.",
        "1964",
        "From “Forth Bridge”: It carries about 200 trains a day. Two road bridges",
        id="a-question-about-a-suspension-bridge-the-sentence-named-is-not-asked-as-a-question",
    ),
    pytest.param(
        "Sydney Harbour\n\nSydney Harbour is the natural harbour of Sydney, Australia. Ferries cross it every few "
        "minutes. Its best-known crossing is the Sydney Harbour Bridge, a steel arch bridge opened in 1932.",
        "1932",
        "From “Sydney Harbour”: Ferries cross it every few minutes. Its best-known crossing",
        id="a-question-about-a-steel-arch-bridge-the-sentence-named-is-not-asked-as-a-question",
    ),
    pytest.param(
        "Nokia\n\nNokia is a Finnish telecommunications company founded in 1865. Sales continued to fall, and in "
        "September 2013 Microsoft agreed to buy Nokia's phone business for about €5.44 billion. "
        "The sale was completed in April 2014.",
        "April 2014",
        "From “Nokia”: Sales continued to fall, and in September 2013 Microsoft agreed",
        id="a-question-about-the-sale-keeps-the-sentence-that-says-which-sale",
    ),
    pytest.param(
        "Platinum miners end three-week strike\n\nThe platinum belt around Rustenburg produces most of the world's "
        "platinum. Labour relations in the area have been tense since August 2012, when police shot dead 34 "
        "striking miners at Marikana, about 40 kilometres east of the town.",
        "August 2012",
        "The platinum belt around Rustenburg produces most of the world's platinum. ",
        id="a-question-about-the-area-keeps-the-sentence-that-says-which-area",
    ),
    pytest.param(
        "Regulators approve first pill to prevent migraines in children\n\nVelastrant is made by Nordvik Pharma, a "
        "mid-sized drugmaker based in Aarhus, Denmark. The company's shares rose 11.4 percent in Copenhagen after "
        "the announcement.",
        "11.4 percent",
        "From “Regulators approve first pill to prevent migraines in children”: Velastrant is made by Nordvik Pharma",
        id="the-companys-shares-gets-the-sentence-naming-the-company",
    ),
    pytest.param(
        "Hurricane shuts Texas refineries\n\nMotiva Enterprises runs the largest oil refinery in the United States, "
        "at Port Arthur. The firm's output fell by 40 percent in September after the storm.",
        "40 percent",
        "Motiva Enterprises runs the largest oil refinery in the United States, at Port Arthur. ",
        id="the-firms-output-gets-the-sentence-naming-the-firm",
    ),
    pytest.param(
        "Vasa (ship)\n\nVasa is a Swedish warship built between 1626 and 1628. Henrik Hybertsson, her designer, fell "
        "ill and died in 1627. The ship was 69 metres long, and she carried ten sails.",
        "69 metres",
        "From “Vasa (ship)”: The ship",
        id="the-ship-in-an-entry-titled-vasa-ship-is-the-entry",
    ),
    pytest.param(
        "Mercury (planet)\n\nMercury is the smallest planet of the Solar System. Giovanni Schiaparelli mapped its "
        "surface in 1889. The planet has a diameter of 4,880 kilometres.",
        "4,880 kilometres",
        "From “Mercury (planet)”: The planet",
        id="the-planet-in-an-entry-titled-mercury-planet-is-the-entry",
    ),
    pytest.param(
        "Strong quake off northern Chile\n\nChile's seismological centre put the magnitude at 7.4 on Tuesday. "
        "Interior Minister Carolina Tohá said 9 of the dead were in the town of Taltal.",
        "Carolina Tohá",
        "From “Strong quake off northern Chile”: Interior Minister",
        id="the-town-of-taltal-says-which-town",
    ),
    pytest.param(
        "Floods in France\n\nHeavy rain fell across the Rhône valley on Friday. "
        "Firefighters rescued 120 people in the city of Lyon on Saturday.",
        "120 people",
        "From “Floods in France”: Firefighters",
        id="the-city-of-lyon-says-which-city",
    ),
    pytest.param(
        "Middlemarch\n\nMiddlemarch is a novel by George Eliot published in 1871. After Casaubon's death Dorothea "
        "discovers a codicil in his will. Tertius Lydgate, a doctor who arrived in 1829, marries Rosamond Vincy, the "
        "daughter of the town's mayor.",
        "1829",
        "From “Middlemarch”: Tertius Lydgate",
        id="the-towns-mayor-is-not-explained-by-a-sentence-naming-people",
    ),
    pytest.param(
        "The Mayor of Casterbridge\n\nThe Mayor of Casterbridge is a novel by Thomas Hardy. Michael Henchard sells "
        "his wife Susan at a fair. Henchard later becomes mayor of the town, and in 1846 he meets Donald Farfrae.",
        "1846",
        "From “The Mayor of Casterbridge”: Henchard later",
        id="the-town-is-not-explained-by-a-sentence-naming-people",
    ),
    pytest.param(
        "Strong quake off northern Chile\n\nThe quake struck off the town of Taltal at 3:12 a.m. on Tuesday. "
        "\"The first hours were very hard. Many roads were cut by landslides,\" said the mayor, Guillermo Hidalgo.",
        "Guillermo Hidalgo",
        "\"The first hours were very hard. Many roads",
        id="a-sentence-that-ends-a-quotation-gets-the-sentence-that-opened-it",
    ),
    pytest.param(
        "Deaths in South African mines rise\n\nForty-nine miners died in accidents in 2023, up from 39 in 2022. "
        "“Every year we see the same story. Inspections are rare,” said Joseph Mathunjwa, the president of the "
        "Association of Mineworkers.",
        "Joseph Mathunjwa",
        "“Every year we see the same story. Inspections are rare,” said",
        id="a-sentence-that-ends-a-curly-quotation-gets-the-sentence-that-opened-it",
    ),
    pytest.param(
        "Kerr wins world 1500m title in Budapest\n\nJosh Kerr won the 1500 metres in 3:29.38 on Wednesday, ahead of "
        "Jakob Ingebrigtsen of Norway. "
        "\"I knew I had a chance,\" Kerr said. \"I have been dreaming about this since I was a kid in Edinburgh. "
        "To do it against a field like this is unbelievable.\"",
        "Edinburgh",
        None,
        id="a-sentence-that-opens-a-quotation-the-next-one-ends-is-not-asked",
    ),
    pytest.param(
        "Middlemarch\n\nMiddlemarch is a novel by George Eliot, published in eight parts in 1871 and 1872.\n\n"
        "Dorothea Brooke – the novel's central heroine\nEdward Casaubon – a clergyman\n"
        "Tertius Lydgate – a newly arrived doctor\nNicholas Bulstrode – a banker\n",
        "Nicholas Bulstrode",
        None,
        id="a-list-whose-lines-ran-together-is-not-asked",
    ),
    pytest.param(
        "The Beatles\n\nThe Beatles were an English rock band formed in Liverpool in 1960.\n\n"
        "John Lennon – vocals and rhythm guitar\nPaul McCartney – vocals and bass guitar\n"
        "George Harrison – lead guitar\nRingo Starr – drums, from August 1962\n",
        "August 1962",
        None,
        id="a-band-list-whose-lines-ran-together-is-not-asked",
    ),
    pytest.param(
        "Cape Verde\n\nCape Verde is an archipelago of ten volcanic islands in the Atlantic Ocean. "
        "The highest point is Pico do Fogo, an active stratovolcano on the island of Fogo. "
        "Its most recent eruption, which began in November 2014, destroyed the villages of Portela and Bangaeira.",
        "November 2014",
        "From “Cape Verde”: The highest point is Pico do Fogo, an active stratovolcano on the island of Fogo. Its",
        id="its-eruption-after-a-sentence-naming-a-volcano-gets-that-sentence",
    ),
    pytest.param(
        "The Roman Republic\n\nThe Roman Republic lasted from 509 BC to 27 BC. By 264 BC Rome controlled almost all "
        "of the Italian peninsula. Its growing power brought it into conflict with Carthage, a trading city in "
        "North Africa.",
        "North Africa",
        "From “The Roman Republic”: By 264 BC Rome controlled almost all of the Italian peninsula. Its",
        id="its-power-after-a-sentence-naming-rome-gets-that-sentence",
    ),
    pytest.param(
        "Japan\n\nJapan is an island country in East Asia. The highest mountain is Mount Fuji, a volcano south-west "
        "of Tokyo. Its last eruption began in December 1707 and lasted sixteen days.",
        "December 1707",
        "From “Japan”: The highest mountain is Mount Fuji, a volcano south-west of Tokyo. Its",
        id="its-eruption-after-a-sentence-naming-a-mountain-gets-that-sentence",
    ),
    pytest.param(
        "Nokia\n\nNokia is a Finnish telecommunications company founded in 1865. Under chief executive Kari "
        "Kairamo, it bought the television maker Salora and the Swedish firm Luxor. Its joint venture Mobira "
        "produced the Mobira Cityman, one of the first handheld mobile phones, in 1987.",
        "1987",
        "From “Nokia”: Nokia's joint venture",
        id="its-after-a-sentence-about-the-entry-itself-needs-only-the-title",
    ),
    pytest.param(
        "Leoš Janáček\n\nLeoš Janáček was a Czech composer born in Hukvaldy in 1854. He studied in Prague and "
        "taught in Brno for most of his life. His opera Jenůfa was first performed in Brno in 1904. For twelve years "
        "it was played only in Moravia. A revised version was finally staged in Prague on 26 May 1916.",
        "26 May 1916",
        None,
        id="a-revised-version-of-nothing-named-is-not-asked",
    ),
    pytest.param(
        "Jaws (film)\n\nJaws is a thriller directed by Steven Spielberg, based on a novel by Peter Benchley. "
        "A sequel was released in June 1978, directed by Jeannot Szwarc.",
        "June 1978",
        "Jaws is a thriller directed by Steven Spielberg, based on a novel by Peter Benchley. ",
        id="a-sequel-gets-the-sentence-naming-what-it-follows",
    ),
    pytest.param(
        "Cape Verde\n\nCape Verde is an archipelago of ten volcanic islands in the Atlantic Ocean. "
        "Santa Luzia is the only one of the ten that is uninhabited. The highest point is Pico do Fogo, an active "
        "stratovolcano on the island of Fogo that rises to 2,829 metres.",
        "2,829 metres",
        "From “Cape Verde”: The highest point",
        id="the-highest-point-in-an-entry-about-one-place-is-the-entrys",
    ),
    pytest.param(
        "Lake Baikal\n\nLake Baikal is a rift lake in southern Siberia, near Irkutsk. Olkhon Island is the largest "
        "of its 27 islands. The deepest point lies 1,642 metres below the surface.",
        "1,642 metres",
        "From “Lake Baikal”: The deepest point",
        id="the-deepest-point-in-an-entry-about-one-lake-is-the-entrys",
    ),
    pytest.param(
        "Regulators approve first pill to prevent migraines in children\n\nThe European Medicines Agency began its "
        "own review in June. Nordvik's chief executive, Mette Halvorsen, told reporters the company would sell the "
        "tablet in Britain for £410 a month.",
        "£410",
        "From “Regulators approve first pill to prevent migraines in children”: Nordvik's chief executive",
        id="the-company-after-its-owners-name-in-the-sentence-needs-no-sentence-before",
    ),
    pytest.param(
        "Airline grounds fleet after computer failure\n\nThe Civil Aviation Authority opened an inquiry on Friday. "
        "Aerlinea's chief executive, Tom Byrne, said the company would refund 12,000 passengers.",
        "12,000",
        "From “Airline grounds fleet after computer failure”: Aerlinea's chief executive",
        id="the-company-after-the-airlines-name-in-the-sentence-needs-no-sentence-before",
    ),
    pytest.param(
        "Mortgage rates ease for third month\n\nThe average rate on a two-year fixed mortgage in Britain fell to 4.38% "
        "in April, its lowest level in 14 months. The rate has now declined for three consecutive months, down from "
        "4.61% in January.",
        "4.61%",
        "The average rate on a two-year fixed mortgage in Britain fell to 4.38% in April, its lowest level in 14 "
        "months. The rate",
        id="the-rate-under-a-headline-about-rates-gets-the-sentence-saying-which-rate",
    ),
    pytest.param(
        "Petrol prices fall across Europe\n\nThe price of a litre of unleaded petrol in Germany fell to €1.72 in May, "
        "its lowest level this year. The price has now fallen for four weeks, down from €1.85 in April.",
        "€1.85",
        "The price of a litre of unleaded petrol in Germany fell to €1.72 in May, its lowest level this year. The",
        id="the-price-under-a-headline-about-prices-gets-the-sentence-saying-which-price",
    ),
    pytest.param(
        "Weather Fronts and Depressions\n\nAir masses of different temperatures meet along fronts. At a warm front, "
        "warm air rises gently over the colder air ahead of it. Because the slope of the front is shallow, often "
        "about 1 in 150, the cloud extends far ahead of the surface front.",
        "150",
        "At a warm front, warm air rises gently over the colder air ahead of it. Because",
        id="the-front-under-a-title-about-fronts-gets-the-sentence-saying-which-front",
    ),
    pytest.param(
        "Volcanoes of Italy\n\nMount Etna in Sicily is the most active volcano in Europe. Vesuvius stands above the "
        "Bay of Naples. Since the volcano last erupted in March 1944, the towns around it have grown.",
        "March 1944",
        None,
        id="the-volcano-under-a-title-about-volcanoes-with-no-sentence-saying-which-is-not-asked",
    ),
    pytest.param(
        "Cascadia Airlines grounds fleet\n\nCascadia Airlines halted all departures across the U.S. for seven hours "
        "on Monday. Thousands of passengers slept in terminals overnight. "
        "The airline said it would offer each stranded customer a $250 travel voucher.",
        "$250",
        "From “Cascadia Airlines grounds fleet”: The airline",
        id="the-airline-under-a-headline-naming-cascadia-airlines-is-that-airline",
    ),
    pytest.param(
        "The Causes of the First World War\n\nThe First World War began in the summer of 1914. Historians agree that "
        "the assassination was the trigger for the war. To explain why a murder in the Balkans led to a general war, "
        "they often point to four long-term causes.",
        "Balkans",
        None,
        id="they-after-an-opening-infinitive-is-nobody-it-names",
    ),
    pytest.param(
        "The Fall of Rome\n\nThe Western Roman Empire ended in 476, when Odoacer deposed Romulus Augustulus. "
        "Historians have debated the question for centuries. To explain why the western provinces were lost, they "
        "often cite the Gothic victory at Adrianople in 378.",
        "378",
        None,
        id="they-after-an-opening-infinitive-about-the-provinces-is-not-the-provinces",
    ),
    # Round C: an "it" that is not the entry's subject, when the sentence before is about something else.
    pytest.param(
        "Vaquita\n\nThe vaquita is the world's smallest porpoise and lives only in the Gulf of California. The "
        "population was estimated at 567 animals in 1997. It fell to about 245 in 2008 and to around 30 in 2016.",
        "2008",
        None,
        id="it-fell-after-the-population-is-the-population-not-the-vaquita",
    ),
    pytest.param(
        "Lake Chad\n\nLake Chad lies on the borders of Chad, Cameroon, Niger and Nigeria. The area of open water was "
        "about 26,000 square kilometres in 1963. It had shrunk to 1,350 square kilometres in 2001.",
        "2001",
        "The area of open water was about 26,000 square kilometres in 1963. It had shrunk",
        id="it-shrank-after-the-area-gets-the-sentence-that-says-what-shrank",
    ),
    pytest.param(
        "Orinoco River\n\nThe Orinoco is one of the longest rivers in South America. One of the river's most unusual "
        "features is the Casiquiare canal, a natural channel that carries part of its water to the Amazon. It is the "
        "largest river bifurcation in the world. The German naturalist Alexander von Humboldt and the French "
        "botanist Aimé Bonpland navigated and mapped it in 1800, confirming reports of the link.",
        "1800",
        None,
        id="mapped-it-after-it-after-the-canal-is-the-canal-not-the-river",
    ),
    pytest.param(
        "Rhine\n\nThe Rhine is one of the major rivers of Europe. One of the river's best-known sights is the "
        "Lorelei, a steep slate rock on the east bank near Sankt Goarshausen. It rises 132 metres above the water. "
        "The poet Heinrich Heine wrote a famous poem about it in 1824.",
        "1824",
        None,
        id="a-poem-about-it-after-the-rock-is-the-rock-not-the-river",
    ),
    pytest.param(
        "Inca Empire\n\nThe Inca Empire was the largest empire in pre-Columbian America.\n\nEngineering\n\nThe Inca "
        "road system, known as Qhapaq Ñan, covered about 40,000 kilometres and linked Cusco to every part of the "
        "empire. Relay runners called chasquis carried messages along it, covering up to 240 kilometres in a day.",
        "240 kilometres",
        "The Inca road system, known as Qhapaq Ñan, covered",
        id="along-it-after-the-road-system-gets-the-sentence-naming-the-road-system",
    ),
    pytest.param(
        "Willis Carrier\n\nWillis Carrier was an American engineer who invented modern air conditioning. In 1922 "
        "Carrier introduced the centrifugal chiller, which made it practical to cool large spaces. It was first used "
        "to cool department stores; the Rivoli Theatre in New York installed a Carrier system in 1925.",
        "1925",
        "In 1922 Carrier introduced the centrifugal chiller",
        id="it-was-first-used-to-is-a-thing-used-not-an-empty-it",
    ),
    pytest.param(
        "Bletchley Park\n\nBletchley Park was the centre of British code-breaking during the Second World War. In "
        "1943 Tommy Flowers built Colossus, the first programmable electronic computer. It was first used to break "
        "the Lorenz cipher in February 1944.",
        "February 1944",
        "In 1943 Tommy Flowers built Colossus",
        id="it-was-first-used-to-break-a-cipher-is-the-computer-not-the-park",
    ),
    # Round C: the sentence before is not put in front of one after a heading, nor when it has a dangling pointer.
    pytest.param(
        "Lake Baikal\n\nLake Baikal is the deepest lake in the world. Small crustaceans filter the water and help "
        "keep it exceptionally clear; in winter, visibility can reach 40 metres.\n\nHistory\n\nThe first Europeans "
        "to reach the lake were Russian explorers led by Kurbat Ivanov in 1643.",
        "1643",
        "The first Europeans to reach the lake",
        id="no-sentence-from-before-a-heading",
    ),
    pytest.param(
        "Kanazawa\n\nKanazawa is a city in Japan. Komatsu Airport, about 30 kilometres south-west of the city, "
        "handles domestic flights.\n\nEducation\n\nThe city's largest university, Kanazawa University, was founded "
        "in 1949.",
        "1949",
        "The city's largest university",
        id="no-airport-sentence-from-before-the-education-heading",
    ),
    pytest.param(
        "Former fund manager jailed over £74m fraud\n\nAshgrove Capital collapsed into administration in August "
        "2020, leaving investors owed £74 million. The Serious Fraud Office opened an investigation the following "
        "month. In a statement read to the court, one investor, Margaret Hollis, said she had lost £120,000.",
        "£120,000",
        "In a statement read to the court",
        id="a-sentence-before-that-says-the-following-month-explains-nothing",
    ),
    pytest.param(
        "Savings bank collapse\n\nRiverside Savings collapsed in May 2019, owing savers £31 million. The "
        "Metropolitan Police opened an inquiry the following month. In a statement read to the court, one saver, "
        "Joan Pike, said she had lost £40,000.",
        "£40,000",
        "In a statement read to the court",
        id="a-sentence-before-that-says-the-following-month-explains-nothing-2",
    ),
    pytest.param(
        "The American Civil War\n\nSlavery divided the North and the South. In 1857 the Supreme Court ruled in the "
        "Dred Scott case that Congress had no power to ban slavery in the territories. When Abraham Lincoln, the "
        "candidate of the Republican Party, won the presidential election of November 1860, many Southerners "
        "believed their way of life was in danger.",
        "November 1860",
        "When Abraham Lincoln, the candidate",
        id="a-description-after-a-name-needs-no-sentence-before",
    ),
    # Round C: "The smallest is …", "The remaining …": one of a group the sentence before names.
    pytest.param(
        "The Skeleton\n\nThe adult human skeleton has 206 bones. The longest bone in the body is the femur. The "
        "smallest is the stapes, a tiny bone in the middle ear that is about 3 millimetres long.",
        "3 millimetres",
        "The longest bone in the body is the femur. The smallest",
        id="the-smallest-gets-the-sentence-naming-the-longest-bone",
    ),
    pytest.param(
        "Volvo recalls 412,000 cars over faulty brake software\n\nVolvo Cars is recalling 412,000 vehicles "
        "worldwide because a software fault can delay emergency braking. Bell said about 80 percent of the cars "
        "could be fixed with an over-the-air update. The remaining vehicles, mostly older XC90s, will need a free "
        "visit to a dealer, which Volvo expects to take about 40 minutes.",
        "40 minutes",
        "Bell said about 80 percent of the cars",
        id="the-remaining-vehicles-gets-the-sentence-saying-which-were-fixed",
    ),
    # Round C: "that target", "that account", "died there": pointers only the sentence before completes.
    pytest.param(
        "Fund manager jailed over £74m fraud\n\nAshgrove Capital collapsed in August 2020, leaving investors owed "
        "£74 million. The fund's manager, Paul Whitcombe, argued that the collapse was caused by the fall in house "
        "prices. The jury rejected that account after deliberating for less than two days.",
        "two days",
        "The fund's manager, Paul Whitcombe, argued",
        id="that-account-gets-the-sentence-giving-the-account",
    ),
    pytest.param(
        "Ireland to ban oil boilers in new homes\n\nThe Irish government unveiled a revised climate plan on "
        "Wednesday. The Irish government's climate plan aims to cut greenhouse gas emissions by 51% by 2030. Ireland "
        "is legally bound to meet that target under the Climate Action Act passed in 2021.",
        "2021",
        "The Irish government's climate plan aims to cut",
        id="that-target-gets-the-sentence-setting-the-target",
    ),
    pytest.param(
        "Ireland to ban oil boilers in new homes\n\nThe Irish government unveiled a revised climate plan in Dublin "
        "on 5 May 2024. Its aim is to cut greenhouse gas emissions by 51% by 2030. Ireland is legally bound to meet "
        "that target under the Climate Action Act passed in 2021.",
        "2021",
        None,
        id="that-target-after-a-sentence-that-leans-itself-is-not-asked",
    ),
    pytest.param(
        "Rosalía de Castro\n\nRosalía de Castro was a Galician poet and novelist. From the late 1870s she lived "
        "mainly in Padrón, near the river Sar. She suffered from poor health and died there on 15 July 1885, at the "
        "age of 48.",
        "15 July 1885",
        "From the late 1870s she lived mainly in Padrón",
        id="died-there-gets-the-sentence-naming-the-town",
    ),
    pytest.param(
        "Jean Sibelius\n\nJean Sibelius was a Finnish composer. In 1904 he moved with his family to Ainola, a house "
        "near Lake Tuusula. He lived there for the rest of his life and died in September 1957, at the age of 91.",
        "September 1957",
        "In 1904 he moved with his family to Ainola",
        id="lived-there-gets-the-sentence-naming-the-house",
    ),
    # Round C: a handful of words whose subject is the blank.
    pytest.param(
        "The American Civil War\n\nLincoln issued the Emancipation Proclamation, which took effect on January 1, "
        "1863. July 1863 marked a turning point. In that month Union forces won at Gettysburg.",
        "July 1863",
        None,
        id="blank-marked-a-turning-point",
    ),
    pytest.param(
        "The American Civil War\n\nIn December 1860 South Carolina seceded from the Union. By February 1861 six more "
        "states had followed, and together they formed the Confederate States of America. Four more states joined "
        "them later.",
        "Four more states",
        None,
        id="blank-joined-them-later",
    ),
    pytest.param(
        "The Reformation\n\nMartin Luther was a German monk who taught at Wittenberg. He criticised the sale of "
        "indulgences by the Church. October 1517 proved a decisive moment.",
        "October 1517",
        None,
        id="blank-proved-a-decisive-moment",
    ),
    # Round C: "The temple", "The line … further", "the emperor": a description the title does not explain.
    pytest.param(
        "Kanazawa\n\nKanazawa is the capital of Ishikawa Prefecture in Japan. In 1488 followers of the Ikko-shu sect "
        "took control of Kaga Province, which they ruled for almost a century. In 1546 they built a fortified "
        "temple, the Oyama Gobo, on the site of the present castle. The temple was captured in 1580 by forces of the "
        "warlord Oda Nobunaga.",
        "1580",
        None,
        id="the-temple-after-they-built-a-temple-is-that-temple",
    ),
    pytest.param(
        "Bergen\n\nBergen is the second-largest city in Norway. Merchants of the Hanseatic League ran its harbour "
        "for centuries. In the 1240s they built a stone fortress beside the harbour. The fortress was besieged in "
        "1665 by an English fleet under Thomas Teddeman.",
        "1665",
        None,
        id="the-fortress-after-they-built-a-fortress-is-that-fortress",
    ),
    pytest.param(
        "Kanazawa\n\nKanazawa is a city in Japan. Kanazawa Station is served by the Hokuriku Shinkansen, which "
        "reached Kanazawa on 14 March 2015. The line was extended further south-west to Tsuruga in March 2024.",
        "March 2024",
        None,
        id="extended-further-than-what",
    ),
    pytest.param(
        "Lisbon\n\nLisbon is the capital of Portugal. The city's first metro line opened in 1959 with 11 stations. "
        "The network was extended further north to Odivelas in March 2004.",
        "March 2004",
        None,
        id="extended-further-north-than-what",
    ),
    pytest.param(
        "Albrecht Dürer\n\nAlbrecht Dürer was a German painter and printmaker.\n\nPatronage\n\nFrom 1512 Dürer "
        "worked for the Holy Roman Emperor Maximilian I, contributing to the woodcut Triumphal Arch. In 1515 the "
        "emperor granted him an annual pension of 100 florins.",
        "100",
        "From 1512 Dürer worked for the Holy Roman Emperor Maximilian I",
        id="the-emperor-in-a-biography-gets-the-sentence-naming-him",
    ),
    pytest.param(
        "Leonardo da Vinci\n\nLeonardo da Vinci was an Italian painter and engineer. In 1515 Leonardo entered the "
        "service of King Francis I of France. In 1516 the king gave him the use of the manor house of Clos Lucé, "
        "near Amboise, where he spent his last years.",
        "1516",
        "In 1515 Leonardo entered the service of King Francis I of France.",
        id="the-king-in-a-biography-gets-the-sentence-naming-him",
    ),
    pytest.param(
        "The Meiji Restoration\n\nThe Meiji Restoration returned power to the emperor in 1868. On 11 February 1889 "
        "the Meiji Constitution was promulgated. Modelled largely on that of Prussia, it created a two-chamber "
        "parliament, the Imperial Diet, which first met in 1890.",
        "Imperial Diet",
        "On 11 February 1889 the Meiji Constitution was promulgated.",
        id="modelled-on-that-of-prussia-it-is-the-constitution",
    ),
    pytest.param(
        "Sault Ste. Marie\n\nSault Ste. Marie is a city on the St. Marys River in Michigan. In 1853 the state began "
        "building a canal around the rapids. Modelled on that of the Erie Canal, it opened in May 1855 with two "
        "locks.",
        "May 1855",
        "In 1853 the state began building a canal",
        id="modelled-on-that-of-the-erie-canal-it-is-the-canal-not-the-city",
    ),
    # Round C: "is the best-known example" of what; "…, it said." who said?
    pytest.param(
        "Inca Empire\n\nThe Inca Empire was the largest empire in pre-Columbian America. Inca builders were known for "
        "walls of stone blocks cut so precisely that they fitted together without mortar. The estate of Machu "
        "Picchu, built around 1450 for Pachacuti, is the best-known example.",
        "1450",
        "Inca builders were known for walls of stone blocks",
        id="the-best-known-example-gets-the-sentence-it-exemplifies",
    ),
    pytest.param(
        "Gothic architecture\n\nGothic architecture flourished in Europe from the 12th to the 16th century. Builders "
        "used flying buttresses to carry the weight of tall stone vaults. Notre-Dame de Paris, begun in 1163, is the "
        "most famous example.",
        "1163",
        "Builders used flying buttresses",
        id="the-most-famous-example-gets-the-sentence-it-exemplifies",
    ),
    pytest.param(
        "Top grades slip again as A-level results return to pre-pandemic pattern\n\nThe share of A-level entries "
        "awarded A or A* fell to 27.8% this year. The admissions service UCAS said 82% of applicants had been "
        "accepted by their first-choice university. A total of 246,380 UK 18-year-olds had been placed by midday, "
        "it said.",
        "246,380",
        "The admissions service UCAS said",
        id="it-said-gets-the-sentence-naming-who",
    ),
    pytest.param(
        "Storm Ciarán batters southern England\n\nWinds of up to 104 mph hit Cornwall on Thursday. The Met Office "
        "issued an amber warning for the south coast of England. About 150,000 homes in Devon were left without "
        "power, it added.",
        "150,000",
        "The Met Office issued an amber warning",
        id="it-added-gets-the-sentence-naming-who",
    ),
    # Round C: "this journey", "a second siege", "the only one of the ten", "In the autumn of the same year".
    pytest.param(
        "Heinrich Barth\n\nHeinrich Barth was a German explorer of Africa. Between 1845 and 1847 he travelled along "
        "the North African coast from Tangier to Egypt. He published an account of this journey, Wanderungen durch "
        "die Küstenländer des Mittelmeeres, in 1849.",
        "1849",
        "Between 1845 and 1847 he travelled",
        id="this-journey-gets-the-sentence-telling-of-the-journey",
    ),
    pytest.param(
        "Mary Kingsley\n\nMary Kingsley was an English explorer and writer. In 1895 she travelled up the Ogooué River "
        "in Gabon by canoe. She described this expedition in Travels in West Africa, published by Macmillan in 1897.",
        "1897",
        "In 1895 she travelled up the Ogooué River",
        id="this-expedition-gets-the-sentence-telling-of-the-expedition",
    ),
    pytest.param(
        "Treaty of Nerchinsk\n\nThe Treaty of Nerchinsk was signed in 1689. Qing forces besieged the Russian fort at "
        "Albazin in 1685 and forced its garrison to surrender. The Russians returned and rebuilt the fort, and a "
        "second siege began in 1686.",
        "1686",
        "Qing forces besieged the Russian fort at Albazin in 1685",
        id="when-did-a-second-siege-begin-is-asked-with-the-first",
    ),
    pytest.param(
        "Siege of Vienna\n\nThe Ottoman army first besieged Vienna in 1529. Suleiman the Magnificent withdrew after "
        "three weeks. Ottoman forces returned with a larger army, and a second siege began in July 1683.",
        "July 1683",
        # (A second siege as its clause's subject now brings the sentence before: second after what?)
        "Suleiman the Magnificent withdrew after three weeks. Ottoman forces returned with a larger army, and a second "
        "siege began in",
        id="a-second-siege-is-not-made-a-wh-question",
    ),
    pytest.param(
        "Cape Verde\n\nCape Verde is an island country in the Atlantic Ocean. The southern islands are Maio, "
        "Santiago, Fogo and Brava. Santa Luzia is the only one of the ten that is uninhabited.",
        "Santa Luzia",
        None,
        id="the-only-one-of-the-ten-needs-a-sentence-saying-ten",
    ),
    pytest.param(
        "The Beatles\n\nThe Beatles were an English rock band formed in Liverpool in 1960. Paul McCartney, John "
        "Lennon and George Harrison played guitar. Ringo Starr was the last of the four to join, in August 1962.",
        "August 1962",
        None,
        id="the-last-of-the-four-needs-a-sentence-saying-four",
    ),
    pytest.param(
        "Albrecht Dürer\n\nAlbrecht Dürer was a German painter. Shortly after returning to Nuremberg, Dürer married "
        "Agnes Frey on 7 July 1494. The marriage, arranged by the two families, remained childless. In the autumn of "
        "the same year he made his first journey to Italy, visiting Venice and probably Padua.",
        "Venice",
        None,
        id="in-the-autumn-of-the-same-year-as-what",
    ),
    pytest.param(
        "Charles Darwin\n\nCharles Darwin was an English naturalist, born in Shrewsbury on 12 February 1809. The "
        "voyage of the Beagle, which had left "
        "Plymouth in 1831, ended in October 1836. Its crew were paid off at Falmouth. In the spring of the same year "
        "he had visited Cape Town, where he met the astronomer John Herschel.",
        "John Herschel",
        None,
        id="in-the-spring-of-the-same-year-as-what",
    ),
    pytest.param(
        "Migratory birds\n\nMany birds fly south for the winter. In the genus Prion, a member of the petrel family, "
        "the upper mandible is fringed with plates, so that the beak of this bird works like the mouth of a whale. "
        "The Arctic tern flies about 70,000 kilometres a year.",
        "Prion",
        "In the genus",
        id="this-bird-after-a-genus-is-the-genus",
    ),
    pytest.param(
        "Locusts\n\nLocust swarms can cover hundreds of square kilometres. In parts of Natal, farmers believe that "
        "seeds reach their fields in the dung of locusts that often visit that country in huge flights. A single "
        "swarm may hold 80 million locusts.",
        "Natal",
        "In parts of",
        id="that-country-after-a-place-is-the-place",
    ),
    pytest.param(
        "The American Civil War\n\nAbraham Lincoln won the presidential election of November 1860. In December 1860 "
        "South Carolina seceded, or formally withdrew, from the Union. By February 1861 six more states had "
        "followed, and together they formed the Confederate States of America.",
        "February 1861",
        "In December 1860 South Carolina seceded",
        id="six-more-states-gets-the-sentence-naming-the-first",
    ),
    pytest.param(
        "The European Union\n\nThe European Economic Community was founded by six countries in 1957. Denmark, Ireland "
        "and the United Kingdom joined in January 1973. In 1986 two more countries, Spain and Portugal, joined the "
        "community.",
        "1986",
        "Denmark, Ireland and the United Kingdom joined in January 1973.",
        id="two-more-countries-gets-the-sentence-before",
    ),
    pytest.param(
        "Kanazawa\n\nKanazawa is a city in Japan. In 2009 UNESCO named Kanazawa a Creative City of Crafts and Folk "
        "Art. The 21st Century Museum of Contemporary Art, a circular glass building designed by the architects "
        "Kazuyo Sejima and Ryue Nishizawa of the firm SANAA, opened in October 2004.",
        "October 2004",
        "The 21st Century Museum of Contemporary Art",
        id="the-firm-sanaa-names-the-firm",
    ),
    pytest.param(
        "Hartwell Rovers post record revenue\n\nThe club's revenue rose 27% to £212 million. The Premier League awarded "
        "the club a share of its broadcasting income worth £118 million. Commercial revenue climbed 19% to £61.3 "
        "million after a new sponsorship deal with the airline Skyvia.",
        "£61.3 million",
        "To what amount did commercial revenue climb",
        id="the-airline-skyvia-names-the-airline",
    ),
    # Round C: "at Wartburg Castle" is not who "he" is; "The Inter Milan striker" is someone a name says.
    pytest.param(
        "The Protestant Reformation\n\nThe Reformation began in Germany in 1517. Pope Leo X excommunicated Luther in "
        "1521. While in hiding at Wartburg Castle, he translated the New Testament into German.",
        "Wartburg Castle",
        "Pope Leo X excommunicated Luther in 1521.",
        id="he-after-a-castle-is-not-the-castle",
    ),
    pytest.param(
        "Victorian Science\n\nBritish science grew rapidly in the 19th century. The Royal Society elected Charles "
        "Darwin a fellow in 1839. While living at Down House in Kent, he wrote On the Origin of Species, published "
        "in 1859.",
        "1859",
        "The Royal Society elected Charles Darwin a fellow in 1839.",
        id="he-after-a-house-is-not-the-house",
    ),
    pytest.param(
        "Argentina beat Colombia to win record 16th Copa America\n\nLautaro Martinez struck in the 112th minute to "
        "give Argentina a 1-0 win over Colombia in the Copa America final on Sunday. Martinez, who came on as a "
        "substitute, fired past goalkeeper Camilo Vargas to settle the final. The Inter Milan striker finished as "
        "the tournament's top scorer with five goals.",
        "five goals",
        "Martinez, who came on as a substitute",
        id="the-club-striker-gets-the-sentence-naming-him",
    ),
    pytest.param(
        "Liverpool win the League Cup\n\nLiverpool beat Chelsea 1-0 in the League Cup final at Wembley on Sunday. "
        "The Dutch defender headed the winner in the 118th minute from a corner by Kostas Tsimikas.",
        "Kostas Tsimikas",
        None,
        id="the-dutch-defender-whom-no-sentence-names",
    ),
    # Round C: openers that add nothing, and labels, are left out.
    pytest.param(
        "Battle of Lepanto\n\nThe Battle of Lepanto was a naval battle fought in 1571. In 1570 Ottoman forces "
        "invaded Cyprus. In response, Pius V brought together Spain, Venice and Genoa in the Holy League, which was "
        "formally proclaimed on 25 May 1571.",
        "25 May 1571",
        "Pius V brought together",
        id="in-response-is-left-out",
    ),
    pytest.param(
        "Interest rates\n\nInflation in Britain reached 11.1% in October 2022. In response, the Bank of England "
        "raised its main interest rate to 5.25% in August 2023.",
        "5.25%",
        "The Bank of England raised",
        id="in-response-is-left-out-2",
    ),
    pytest.param(
        "The Meiji Restoration\n\nThe Boshin War ended in June 1869. Key term: The Meiji Restoration refers to the "
        "return of political power to the emperor in 1868 and the period of rapid modernisation that followed.",
        "1868",
        "The Meiji Restoration refers to",
        id="key-term-label-is-left-out",
    ),
    pytest.param(
        "Plate Tectonics\n\nThe Earth's crust is broken into large plates. Key term: Continental drift is the idea, "
        "put forward by Alfred Wegener in 1912, that the continents move slowly across the surface of the Earth.",
        "1912",
        "Continental drift is the idea",
        id="key-term-label-is-left-out-2",
    ),
    pytest.param(
        "Railways in Britain\n\nThe Stockton and Darlington Railway, opened in 1825, was the first public railway to "
        "use steam locomotives. The Great Western Railway followed in 1841; it linked London with Bristol.",
        "1841",
        "The Stockton and Darlington Railway, opened in 1825, was the first public railway to use steam locomotives. "
        "The Great Western Railway followed in",
        id="followed-in-a-year-gets-the-sentence-that-says-what-it-followed",
    ),
    pytest.param(
        # blind review 71: "The phenomenon was first documented …" never said which phenomenon
        "Axolotl\n\nAxolotls can be induced to metamorphose into a land form by an injection of iodine. The "
        "phenomenon was first documented in Paris in the 1860s by the zoologist Auguste Duméril.",
        "Auguste Duméril",
        "Axolotls can be induced to metamorphose into a land form by an injection of iodine. The phenomenon was",
        id="the-phenomenon-gets-the-sentence-that-tells-it",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), CONTEXT_CASES)
def test_asked_sentences_carry_the_context_that_explains_them(article, answer, begins):
    questions = quizgen.generate(article).questions
    asked = [q for q in questions if q.answer == answer]
    if begins is None:
        assert questions and asked == []  # the article still gives items; just not this one
    else:
        # Every prompt opens with the article's title, unless the title gives the answer away; `begins` is
        # what follows it (the sentence before, or the sentence itself).
        title = f"From “{article.splitlines()[0]}”: "
        expected = begins if begins.startswith("From “") else title + begins
        assert asked, [q.answer for q in questions]
        assert all(q.prompt.startswith(expected) for q in asked), [q.prompt for q in asked]


def test_every_item_from_a_sentence_naming_one_thing_carries_the_same_title():
    article = (
        "Fire at Chemical Plant Forces Evacuation\n\nA fire broke out at a chemical plant near the river on Tuesday "
        "evening, and 2,000 people were told to leave their homes. Cleveland Fire Brigade said it sent 40 "
        "firefighters and eight engines to the site."
    )
    asked = [q for q in quizgen.generate(article).questions if "Cleveland Fire Brigade" in q.sentence]
    assert asked
    assert all(q.prompt.startswith("From “Fire at Chemical Plant Forces Evacuation”: ") for q in asked)


@pytest.mark.parametrize(
    ("article", "answer", "ends"),
    [
        pytest.param(
            "Weather Fronts and Depressions\n\nA depression forms where warm and cold air meet over the Atlantic. "
            "A typical depression passes through four stages:\n\nFirst, a wave forms on the polar front.",
            "four stages",
            "A typical depression passes through _____.",
            id="four-stages-colon",
        ),
        pytest.param(
            "Climate Zones of the World\n\nWladimir Köppen published his system of climate zones in 1884. "
            "It recognises five main groups, each given a capital letter:\n\nA – tropical\n\nB – dry",
            "five",  # the count of sorts is asked as its number (blind review 81)
            "each given a capital letter.",
            id="five-groups-colon",
        ),
    ],
)
def test_a_sentence_that_opened_a_list_ends_its_prompt_with_a_full_stop(article, answer, ends):
    asked = [q for q in quizgen.generate(article).questions if q.answer == answer]
    assert asked
    assert all(q.prompt.endswith(ends) for q in asked), [q.prompt for q in asked]


# (article, answer, asked?): a title that gives the answer away is left out; a sentence only the title explains
# is then not asked.
TITLE_GIVES_IT_AWAY_CASES = [
    pytest.param(
        "Indonesia to raise VAT to 12%\n\nIndonesia will raise its value-added tax to 12 percent from 11 percent "
        "next year. Annual inflation stood at 1.55 percent in November, within Bank Indonesia's target range of "
        "1.5 to 3.5 percent.",
        "Bank Indonesia",
        False,
        id="inflation-within-bank-indonesias-range-names-no-country-without-the-title",
    ),
    pytest.param(
        "Kenya raises fuel prices\n\nPetrol prices in Nairobi rose by 8 percent on Friday, the energy regulator "
        "said. Annual inflation stood at 6.8 percent in October, above the Central Bank of Kenya's target of "
        "5 percent.",
        "Central Bank of Kenya",
        False,
        id="inflation-above-the-central-bank-of-kenyas-target-names-no-country-without-the-title",
    ),
    pytest.param(
        "Chemical Bonding\n\nAtoms join in several ways. A chemical bond is the force of attraction that holds two "
        "atoms together in a compound. Linus Pauling described the bond in 1931.",
        "chemical bond",
        True,
        id="a-term-the-sentence-defines-needs-no-title",
    ),
    pytest.param(
        "Latvian turnout climbs to highest level since 1993\n\nVoter turnout in Latvia's parliamentary election rose "
        "to 63.1 percent on Saturday, the election commission said. Queues formed outside polling stations in Riga "
        "from early morning. Turnout in the Baltic state peaked at 89.9 percent in 1993, the first election after "
        "independence from the Soviet Union, and fell to a low of 54.6 percent in 2018.",
        "1993",
        False,
        id="the-baltic-state-deep-in-a-story-needs-the-headline-that-gives-the-year-away",
    ),
    pytest.param(
        "Danube\n\nThe Danube is the second-longest river in Europe. It flows through ten countries. The Danube "
        "Delta, most of which lies in Romania, covers about 4,150 square kilometres and is home to more than 300 "
        "species of birds.",
        "Danube Delta",
        False,
        id="the-delta-in-romania-says-no-river-without-the-title",
    ),
    pytest.param(
        "Indonesia to raise VAT to 12%\n\nIndonesia will raise its value-added tax to 12 percent from 11 percent at "
        "the start of next year, Finance Minister Sri Mulyani Indrawati said on Monday.",
        "12 percent",
        True,
        id="a-storys-lead-says-what-it-is-about-without-its-headline",
    ),
]


@pytest.mark.parametrize(("article", "answer", "asked"), TITLE_GIVES_IT_AWAY_CASES)
def test_a_sentence_only_a_give_away_title_explains_is_not_asked(article, answer, asked):
    questions = quizgen.generate(article).questions
    assert questions
    assert any(q.answer == answer for q in questions) == asked, [q.prompt for q in questions]


@pytest.mark.parametrize(
    ("article", "answer"),
    [
        pytest.param(
            "Vaquita\n\nThe vaquita is a rare porpoise. Scientists reported in 2023 that calves were still being "
            "born.\n\nSee also\n\nInternational Committee for the Recovery of the Vaquita (CIRVA)\nBaiji, a river "
            "dolphin declared functionally extinct in 2006",
            "2006",
            id="see-also-vaquita",
        ),
        pytest.param(
            "Tower Bridge\n\nTower Bridge crosses the River Thames in London, close to the Tower of London. It was "
            "designed by Horace Jones and opened on 30 June 1894. About 40,000 people cross it every day.\n\nSee also"
            "\n\nLondon Bridge, rebuilt in 1831\nMillennium Bridge, a footbridge opened in 2000",
            "2000",
            id="see-also-tower-bridge",
        ),
    ],
)
def test_lines_under_see_also_are_not_asked(article, answer):
    questions = quizgen.generate(article).questions
    assert questions
    assert not any(q.answer == answer for q in questions), [q.prompt for q in questions]


def test_a_question_the_article_asks_is_not_asked_back():
    article = (
        "Chemical Reactions and Equations\n\n1. What is a chemical reaction?\n\nA chemical reaction is a process in "
        "which one or more substances are changed into new substances with different properties. The starting "
        "substances are called reactants, and the new substances formed are called products. During a reaction, the "
        "bonds between atoms in the reactants are broken and new bonds are made, but the atoms themselves are not "
        "created or destroyed.\n\nYou can often tell that a chemical reaction has taken place because of a change "
        "you can observe: a gas is given off, a solid called a precipitate forms, the colour changes, or energy is "
        "released or taken in as heat or light. When iron rusts, for example, it reacts slowly with oxygen and water "
        "to form a reddish-brown solid, hydrated iron(III) oxide.\n\n2. Conservation of mass\n\nIn 1789 the French "
        "chemist Antoine Lavoisier stated the law of conservation of mass: in a chemical reaction, the total mass of "
        "the products is equal to the total mass of the reactants."
    )
    questions = quizgen.generate(article).questions
    assert questions
    assert not any(q.sentence.endswith("?") for q in questions), [q.prompt for q in questions]


def _after_a_plain_sentence(text):
    """`text` as the sentence after one that names nothing it could point at."""

    return analyse(document_from_text(f"Geography\n\nThe town lies on a plain. {text}")).sentences[2]


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("By the late 1970s more than 13 million people lived in such villages.", True, id="such-villages"),
        pytest.param(
            "The Hawaiian Islands were formed as the Pacific Plate moved slowly over such a hotspot.",
            True,
            id="such-a-hotspot-after-two-names",
        ),
        pytest.param(
            "The Treaty of Rome and the Treaty of Paris set common tariffs, but such agreements were hard to enforce.",
            False,
            id="such-agreements-sums-up-the-two-it-named",
        ),
        pytest.param(
            "In 1962 Kanazawa became a sister city of Buffalo, New York, its first such link abroad.",
            False,
            id="its-first-such-link",
        ),
        pytest.param("Ports such as Genoa and Venice grew rich on the trade in 1300.", False, id="such-as"),
    ],
)
def test_such_a_thing_points_at_the_sentence_before_unless_the_sentence_named_what_it_sums_up(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("After that, the bark is removed every nine years.", True, id="after-that"),
        pytest.param("Before this, most of the land was used for grazing sheep.", True, id="before-this"),
        pytest.param("Thereafter the town grew into a market centre for the region.", True, id="thereafter"),
        pytest.param("After that war, the town was rebuilt in stone by 1721.", True, id="after-that-war-which-war"),
        pytest.param("After the fire of 1775, the town was rebuilt in stone.", False, id="after-a-named-event"),
        pytest.param("Doing so is called crop rotation.", True, id="doing-so-doing-what"),
        pytest.param("By doing so, the farmers kept 40 acres in use.", True, id="by-doing-so"),
        pytest.param("By this means the water is cleaned of 90 percent of its salt.", True, id="by-this-means"),
        pytest.param(
            "Henry Ford cut 500 jobs in 1921, and in doing so saved $20,000 a week.", False, id="doing-so-said-here"
        ),
    ],
)
def test_an_opening_that_points_at_what_came_before_leans_on_the_sentence_before(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("The Great Western Railway followed in 1841.", True, id="followed-in-a-year"),
        pytest.param("A naval blockade followed, and the garrison surrendered in 1801.", True, id="followed-comma"),
        pytest.param("A long period of decline followed.", True, id="followed-full-stop"),
        pytest.param("Lisbon was shaken by an earthquake and the fires that followed in 1755.", False, id="that-followed"),
        pytest.param(
            "The Royal Society was founded in London in 1660, and the French Academy followed in 1666.",
            False,
            id="followed-what-its-own-first-clause-said",
        ),
        pytest.param("Wade's road followed the river to the coast in 1730.", False, id="followed-an-object"),
        pytest.param("Scottish settlers followed in the footsteps of the traders in 1820.", False, id="followed-in-footsteps"),
    ],
)
def test_followed_with_nothing_after_it_leans_on_the_sentence_before(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("In the same years Lisbon grew to 200,000 people.", True, id="in-the-same-years"),
        pytest.param("During the same period the harbour was dredged to 12 metres.", True, id="during-the-same-period"),
        pytest.param("In the same year, 1881, the harbour was dredged to 12 metres.", False, id="the-same-year-given"),
        pytest.param("The first woman to do so was Nancy Astor, in 1919.", True, id="to-do-so"),
        pytest.param("The first woman to sit in the Commons was Nancy Astor, in 1919.", False, id="to-do-what-it-says"),
        pytest.param("The Sea Around Us (1951) was a very different story.", True, id="a-different-story"),
        pytest.param("The climate of Lima is quite different.", True, id="different-from-what"),
        pytest.param("The climate of Lima is different from that of Quito.", False, id="different-from-a-named-one"),
    ],
)
def test_the_same_years_doing_so_or_a_different_story_lean_on_the_sentence_before(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


# (article, answer, how every item asking it must begin; None = not asked at all)
BIOGRAPHY_ORGANISATION_CASES = [
    pytest.param(
        "Henry Royce\n\nHenry Royce was an English engineer. He was born in Alwalton in 1863 and left school early. "
        "His first business made electric cranes. In 1906 the firm merged with the car dealer of Charles Rolls to "
        "form Rolls-Royce, with Royce as chief engineer.",
        "1906",
        None,
        id="the-firm-in-a-biography-after-a-sentence-naming-no-firm-is-not-asked",
    ),
    pytest.param(
        "Lise Meitner\n\nLise Meitner was an Austrian physicist. She worked in Berlin for thirty years. Meitner "
        "moved to Stockholm University after fleeing Germany, and she continued her research there. In 1947 she "
        "became head of a new laboratory at the university's physics institute.",
        "1947",
        "From “Lise Meitner”: Meitner moved to Stockholm University after fleeing Germany",
        id="the-university-in-a-biography-gets-the-sentence-that-names-it",
    ),
    pytest.param(
        "Henry Royce\n\nHenry Royce was an English engineer. He was born in Alwalton in 1863 and left school early. "
        "In 1884 he founded F. H. Royce and Company in Manchester with a friend, Ernest Claremont. In 1906 the firm "
        "merged with the car dealer of Charles Rolls to form Rolls-Royce.",
        "1906",
        "From “Henry Royce”: In 1884 he founded F. H. Royce and Company",
        id="the-firm-in-a-biography-gets-the-sentence-that-names-it",
    ),
]


BIOGRAPHY_UNNAMED_CASES = [
    pytest.param(
        "Anna Weber\n\nAnna Weber was a German chemist. She was born in Kassel in 1890. After her degree she took a "
        "post in the state geological bureau. When the bureau was merged into the new Federal Survey in 1931, she "
        "stayed on as its chief chemist.",
        "1931",
        None,
        id="the-bureau-after-a-sentence-naming-no-bureau-is-not-asked",
    ),
    pytest.param(
        "Anna Weber\n\nAnna Weber was a German chemist. She was born in Kassel in 1890. In 1919 she joined the Prussian "
        "Bureau of Mines in Berlin. When the bureau was merged into the new Federal Survey in 1931, she stayed on as "
        "its chief chemist.",
        "1931",
        "From “Anna Weber”: In 1919 she joined the Prussian Bureau of Mines",
        id="the-bureau-gets-the-sentence-that-names-it",
    ),
    pytest.param(
        "Anna Weber\n\nAnna Weber was a German chemist. She was born in Kassel in 1890. In 1919 she joined the Prussian "
        "Bureau of Mines in Berlin, and when the bureau was merged into the new Federal Survey in 1931, she stayed on.",
        "1931",
        "From “Anna Weber”: In 1919 she joined the Prussian Bureau of Mines",
        id="the-bureau-the-sentence-named-before-needs-nothing-more",
    ),
    pytest.param(
        "Pere Romeu\n\nPere Romeu was a Catalan architect. He was born in Reus in 1852. In 1884 Romeu took over "
        "the design of the Church of Sant Pau, begun a year earlier to a Gothic plan. He transformed the project "
        "completely, planning two façades and nine towers.",
        "nine towers",
        "From “Pere Romeu”: In 1884 Romeu took over the design of the Church of Sant Pau",
        id="the-project-gets-the-sentence-that-names-it",
    ),
    pytest.param(
        "Pere Romeu\n\nPere Romeu was a Catalan architect. He was born in Reus in 1852. In 1936, during the "
        "Spanish Civil War, his workshop was set on fire. Work continues, and Pope Benedict XVI consecrated the "
        "church as a basilica on 7 November 2010.",
        "7 November 2010",
        None,
        id="the-church-after-a-sentence-naming-only-a-war-is-not-asked",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), BIOGRAPHY_UNNAMED_CASES)
def test_a_biographys_title_does_not_say_which_bureau_or_project(article, answer, begins):
    _assert_asked_after(article, answer, begins)


FRONTED_IT_CASES = [
    pytest.param(
        "Lake Nyasa\n\nLake Nyasa is a large lake in East Africa. It is shared by Malawi, Mozambique and Tanzania. "
        "The lake measures about 580 kilometres from north to south. Despite its length it is narrow, reaching a "
        "width of only 75 kilometres.",
        "75 kilometres",
        "From “Lake Nyasa”: The lake measures about 580 kilometres from north to south. Despite its length it is",
        id="a-fronted-it-gets-the-sentence-before-that-says-the-lake",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), FRONTED_IT_CASES)
def test_an_it_after_an_opening_phrase_gets_the_sentence_that_names_the_entrys_subject(article, answer, begins):
    _assert_asked_after(article, answer, begins)


def _assert_asked_after(article, answer, begins):
    """Every item asking `answer` begins with `begins`; None: the article gives items, but not that one."""
    questions = quizgen.generate(article).questions
    asked = [q for q in questions if q.answer == answer]
    if begins is None:
        assert questions and asked == []
    else:
        assert asked, [q.answer for q in questions]
        assert all(q.prompt.startswith(begins) for q in asked), [q.prompt for q in asked]


@pytest.mark.parametrize(("article", "answer", "begins"), BIOGRAPHY_ORGANISATION_CASES)
def test_a_biographys_title_does_not_say_which_firm_or_university(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
EXAMPLE_CASES = [
    pytest.param(
        "Plate boundaries\n\nThe Earth's crust is split into about 15 major plates. At divergent boundaries, plates "
        "move apart. Magma rises to fill the gap and forms new crust. The East African Rift is an example; it widens "
        "by about 7 millimetres a year.",
        "7 millimetres a year",
        None,
        id="an-example-after-a-sentence-going-on-about-the-gap-is-not-asked",
    ),
    pytest.param(
        "Plate boundaries\n\nThe Earth's crust is split into about 15 major plates. At transform boundaries, plates "
        "slide past each other. Crust is neither created nor destroyed, but the plates often lock together and slip "
        "suddenly. The Alpine Fault in New Zealand, which last ruptured in 1717, is the best-known example.",
        "1717",
        None,
        id="the-best-known-example-after-a-sentence-going-on-about-the-plates-is-not-asked",
    ),
    pytest.param(
        "Volcanoes\n\nShield volcanoes have gentle slopes built from runny lava. Mauna Loa in Hawaii, which last "
        "erupted in 2022, is an example; it rises 4,169 metres above sea level.",
        "2022",
        "From “Volcanoes”: Shield volcanoes have gentle slopes built from runny lava. Mauna Loa",
        id="an-example-after-the-sentence-that-says-of-what-gets-it",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), EXAMPLE_CASES)
def test_an_example_is_asked_only_after_the_sentence_that_says_of_what(article, answer, begins):
    _assert_asked_after(article, answer, begins)


ABSTRACT_CASES = [
    pytest.param(
        "Tonga\n\nTonga is a Polynesian country of 171 islands. Under a treaty signed in 1900, Tonga became a British "
        "protected state. The arrangement ended on 4 June 1970, when Tonga joined the Commonwealth.",
        "4 June 1970",
        "From “Tonga”: Under a treaty signed in 1900, Tonga became a British protected state. ",
        id="the-arrangement-gets-the-sentence-that-says-which",
    ),
    pytest.param(
        "Ghent\n\nGhent is a city in Belgium with about 265,000 people.\n\nHistory\n\nThe revolt led to the Battle of "
        "Gavere on 23 July 1453, in which the army of Burgundy defeated the city militia.",
        "23 July 1453",
        None,
        id="the-revolt-with-no-sentence-before-to-say-which-is-not-asked",
    ),
    pytest.param(
        "The road to civil war\n\nThe United States Congress argued for decades over whether slavery would spread "
        "into the western territories. The Missouri Compromise of 1820 tried to settle the issue, but the "
        "Kansas-Nebraska Act of 1854 reopened it.",
        "1854",
        "From “The road to civil war”: The United States Congress argued for decades over whether slavery",
        id="the-issue-gets-the-sentence-that-says-which",
    ),
    pytest.param(
        "The Scientific Revolution\n\nThe Scientific Revolution changed how Europeans studied nature. Francis Bacon "
        "argued in 1620 for empiricism, the idea that knowledge comes from experience.",
        "1620",
        "From “The Scientific Revolution”: Francis Bacon argued in",
        id="the-idea-that-says-which-idea-needs-nothing-before",
    ),
    pytest.param(
        "Chemical Bonding\n\nAtoms join by sharing or transferring electrons. Electronegativity is the ability of an "
        "atom to attract shared electrons. The most widely used scale was devised by Linus Pauling in 1932.",
        "1932",
        "From “Chemical Bonding”: Electronegativity is the ability of an atom to attract shared electrons. The",
        id="the-most-widely-used-scale-gets-the-sentence-that-says-of-what",
    ),
    pytest.param(
        "Hagia Sophia\n\nHagia Sophia is a mosque in Istanbul, once a church. In July 2020 President Recep Tayyip "
        "Erdoğan ordered the building reopened for Muslim worship. The move was criticised by UNESCO, the Greek "
        "government and several Christian churches.",
        "UNESCO",
        "From “Hagia Sophia”: In July 2020 President Recep Tayyip Erdoğan ordered the building reopened for Muslim "
        "worship. The move",
        id="the-move-gets-the-sentence-that-says-which",
    ),
    pytest.param(
        "Watchdog fines cloud firm €412 million\n\nItaly's competition authority fined Vantora €412 million on "
        "Tuesday.\n\n\"This is a serious abuse,\" the authority said. The company must also end the practice within "
        "90 days.",
        "90 days",
        None,
        id="the-practice-after-a-quotation-is-not-asked",
    ),
    pytest.param(
        "Viking hoard found on Bornholm\n\nA hoard was found in Denmark. Two detectorists found 300 silver coins on a farm on Bornholm.\n\nThe "
        "pair reported the find to the National Museum in March 2024.",
        "March 2024",
        "From “Viking hoard found on Bornholm”: Two detectorists found 300 silver coins on a farm on Bornholm. The",
        id="the-pair-gets-the-sentence-that-names-them",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), ABSTRACT_CASES)
def test_an_arrangement_issue_or_revolt_the_title_does_not_name_needs_the_sentence_before(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("Kanazawa was built in 1583 on rising ground between the two rivers.", True, id="the-two-rivers"),
        pytest.param("Lyon grew up between the two rivers in 43 BC.", True, id="the-two-rivers-after-one-name"),
        pytest.param("Relations between the two countries improved after 1990.", True, id="the-two-countries"),
        pytest.param(
            "Koblenz lies where the Rhine meets the Moselle, and its old town was built in 1216 between the two rivers.",
            False,
            id="the-two-rivers-it-has-just-named",
        ),
    ],
)
def test_between_the_two_points_at_the_sentence_before_unless_the_sentence_named_both(text, leans):
    sentence = _after_a_plain_sentence(text)
    assert points_at_the_sentence_before(sentence.text, sentence, 0) == leans


def test_the_two_rivers_no_title_names_is_not_asked_under_a_heading():
    article = (
        "Kanazawa\n\nKanazawa is a city in Japan with about 460,000 people.\n\nGeography\n\nThe city is built on "
        "rising ground between the two rivers, with the Kaga Plain to the south-west."
    )
    questions = quizgen.generate(article).questions
    assert questions and not [q for q in questions if q.answer == "Kaga Plain"]


@pytest.mark.parametrize(
    ("text", "points"),
    [
        pytest.param("Five of the fittings are decorated with red enamel.", True, id="five-of-the-fittings"),
        pytest.param("Two of the judges voted against the design in 1957.", True, id="two-of-the-judges"),
        pytest.param("Three of the four engines failed in 1970.", True, id="three-of-the-four-engines"),
        pytest.param(
            "One of the founders of the Royal Society, Hooke was born in 1635.", False, id="one-of-the-founders-of-x"
        ),
        pytest.param("One of the largest lakes in Africa lies in Uganda.", False, id="one-of-the-largest-lakes-in"),
    ],
)
def test_a_share_of_a_group_points_at_the_sentence_that_named_the_group(text, points):
    sentence = _after_a_plain_sentence(text)
    assert points_at_the_sentence_before(sentence.text, sentence, 0) == points


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param(
            "After thirteen tense days, the Soviet leader Nikita Khrushchev agreed to remove them.",
            True,
            id="the-subjects-own-verb-acts-on-them",
        ),
        pytest.param(
            "The government of Chancellor Olaf Scholz raised it to 12 euros by law in October 2022.",
            True,
            id="a-government-raising-it-is-not-it",
        ),
        pytest.param(
            "Isidore the Younger, nephew of the original architect, rebuilt it with a steeper profile in 562.",
            True,
            id="an-aside-naming-a-person-is-not-it",
        ),
        pytest.param(
            "The Department for Education said it was investing 1.8 billion pounds in 2024.",
            False,
            id="said-it-was-it-says-who",
        ),
        pytest.param(
            "Each spring farmers plough the field and sow it with barley.", False, id="and-names-it"
        ),
        pytest.param(
            "Visitors to the cathedral reach it by a narrow bridge built in 1850.", False, id="a-thing-in-the-subject"
        ),
    ],
)
def test_an_object_it_or_them_of_the_subjects_own_verb_leans_on_the_sentence_before(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


OBJECT_PRONOUN_CASES = [
    pytest.param(
        "The Cold War\n\nThe United States and the Soviet Union were rivals for decades. In October 1962 American "
        "spy planes found Soviet nuclear missiles in Cuba. After thirteen tense days, the Soviet leader Nikita "
        "Khrushchev agreed to remove them.",
        "Nikita Khrushchev",
        "From “The Cold War”: In October 1962 American spy planes found Soviet nuclear missiles in Cuba. After",
        id="remove-them-gets-the-sentence-naming-the-missiles",
    ),
    pytest.param(
        "Hagia Sophia\n\nHagia Sophia is a former church in Istanbul, completed in 537. Earthquakes in 553 and 557 "
        "weakened the structure, and in May 558 the main dome collapsed. Isidore the Younger, nephew of the original "
        "architect, rebuilt it with a steeper profile, about 6 metres higher than before.",
        "6 metres",
        "From “Hagia Sophia”: Earthquakes in 553 and 557 weakened the structure, and in May 558 the main dome "
        "collapsed. Isidore",
        id="rebuilt-it-is-the-dome-the-sentence-before-names-not-the-entry",
    ),
    pytest.param(
        "Snow leopard\n\nThe snow leopard is a large cat native to the mountains of Central and South Asia. The "
        "species was first described in 1775 by the German naturalist Johann Schreber. In 1854 the British "
        "zoologist John Edward Gray placed it in its own genus, Uncia.",
        "1854",
        "From “Snow leopard”: The species was first described in 1775",
        id="placed-it-after-a-sentence-about-the-entry-is-the-entry",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), OBJECT_PRONOUN_CASES)
def test_an_object_pronoun_is_explained_by_the_sentence_that_names_it(article, answer, begins):
    _assert_asked_after(article, answer, begins)


def test_a_sentence_before_that_opens_on_one_of_a_group_explains_nothing():
    article = (
        "Hagia Sophia\n\nHagia Sophia is a former church in Istanbul. Two churches stood on the site before it. The "
        "first, known as the Great Church, burned down during riots in 404. A second church, built by Theodosius II "
        "and consecrated in 415, was destroyed in January 532 in the Nika riots."
    )
    _assert_asked_after(article, "415", None)


QUOTATION_CASES = [
    pytest.param(
        "Cabin crew strike at Meridian Airways\n\nCabin crew at Meridian Airways began a 48-hour strike on Monday. "
        "\"Nobody takes this decision lightly. But a junior flight attendant here earns less than 1,100 euros a "
        "month, and that is not enough to live in Lisbon.\"",
        "1,100 euros",
        None,
        id="a-quotation-that-names-no-speaker-is-not-asked",
    ),
    pytest.param(
        "Avalanche kills four in Austrian Alps\n\nFour ski tourers died in an avalanche in Tyrol on Saturday. "
        "\"People see blue skies and think it is safe. It is exactly the opposite,\" he told the broadcaster ORF.",
        "ORF",
        None,
        id="a-quotation-whose-speaker-is-he-is-not-asked",
    ),
    pytest.param(
        "Cabin crew strike at Meridian Airways\n\nCabin crew at Meridian Airways began a 48-hour strike on Monday. "
        "\"Nobody takes this decision lightly. A junior flight attendant earns less than 1,100 euros a month,\" "
        "said Rita Alves, who has led the union since 2016.",  # (the euros are talk, not asked: test_side_facts)
        "2016",
        "From “Cabin crew strike at Meridian Airways”: \"Nobody takes this decision lightly. A junior",
        id="a-quotation-whose-speaker-is-named-gets-its-opening-sentence",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), QUOTATION_CASES)
def test_the_end_of_a_quotation_is_asked_only_when_it_says_who_spoke(article, answer, begins):
    _assert_asked_after(article, answer, begins)


DATELINE_CASES = [
    pytest.param(
        "Flood barrier opens in Carlisle\n\nCARLISLE, England — A flood-defence scheme designed to protect more than "
        "1,700 homes along the rivers Eden and Caldew was opened on Friday, almost nine years after Storm Desmond "
        "left large parts of the city under water.",
        "1,700",
        "From “Flood barrier opens in Carlisle”: A flood-defence scheme",
        id="the-city-a-dateline-named-gets-the-title",
    ),
    pytest.param(
        "£38m flood barrier opens in Carlisle\n\nCARLISLE, England — A £38 million flood-defence scheme was opened on "
        "Friday, almost nine years after a storm left large parts of the city under water.",
        "£38 million",
        None,
        id="the-city-a-dateline-named-under-a-title-giving-the-answer-away-is-not-asked",
    ),
    pytest.param(
        "Metro opens\n\nTHESSALONIKI, Greece — Thessaloniki opened its first metro line on Saturday, after "
        "archaeological discoveries beneath the city centre had delayed it for 12 years.",
        "Thessaloniki",
        "Thessaloniki opened",
        id="the-city-the-sentence-names-itself-needs-nothing",
    ),
]


@pytest.mark.parametrize(
    ("tail", "explains"),
    [
        pytest.param("I'd expect Greggs and Warburtons to follow by Easter.\"", False, id="a-quotations-unattributed-tail"),
        pytest.param("“Greggs will not be the last.", False, id="a-quotation-left-open"),
        pytest.param("I'd expect Greggs and Warburtons to follow by Easter.", False, id="first-person-talk"),
        pytest.param("\"It will not be the last,\" said Omar Reid, an analyst.", True, id="an-attributed-quotation"),
        pytest.param("Omar Reid is an analyst at Tay Securities.", True, id="a-plain-sentence-naming-him"),
    ],
)
def test_a_quotations_tail_does_not_say_who_he_is(tail, explains):
    text = f"Bread prices rise\n\nBakers raised prices. {tail} He estimated that flour made up 35% of costs."
    sentences = analyse(document_from_text(text)).sentences
    estimated = next(s for s in sentences if s.text.startswith("He estimated"))
    previous = sentences[estimated.index - 1]
    assert explains_it(previous, estimated.text) == explains


@pytest.mark.parametrize(("article", "answer", "begins"), DATELINE_CASES)
def test_the_city_only_a_dateline_named_needs_the_title(article, answer, begins):
    questions = [q for q in quizgen.generate(article).questions if q.answer == answer]
    if begins is None:
        assert questions == []
    else:
        assert questions and all(begins in q.prompt.replace("[place]", "Thessaloniki") for q in questions), [
            q.prompt for q in questions
        ]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        pytest.param(
            "Robert Hooke\n\nRobert Hooke (28 July [O.S. 18 July] 1635 – 3 March 1703) was an English natural "
            "philosopher and architect. He was appointed curator of experiments in 1662.",
            False,
            id="the-tail-of-a-sentence-split-inside-its-brackets",
        ),
        pytest.param(
            "Robert Hooke\n\nRobert Hooke (1635 – 1703) was an English natural philosopher and architect. He was "
            "appointed curator of experiments (a paid post) in 1662.",
            True,
            id="brackets-that-pair-up",
        ),
    ],
)
def test_a_sentence_closing_a_bracket_it_never_opened_is_not_asked(text, asked):
    analysis = analyse(document_from_text(text))
    tails = [s for s in analysis.sentences if "1703)" in s.text and not s.text.startswith("Robert")]
    sentence = tails[0] if tails else analysis.sentences[1]
    assert (context_for(sentence, analysis) is not None) == asked, sentence.text


IT_IN_A_BIOGRAPHY_CASES = [
    pytest.param(
        "Wangari Maathai\n\nWangari Maathai was a Kenyan environmental activist who won the Nobel Peace Prize in "
        "2004. The movement she founded paid women "
        "for each seedling that survived. By the time of her death it had planted more than 30 million trees in "
        "Kenya.",
        "30 million",
        None,
        id="her-death-and-an-it-the-title-does-not-say",
    ),
    pytest.param(
        "Wangari Maathai\n\nWangari Maathai was a Kenyan environmental activist. In 1977 she founded the Green Belt "
        "Movement, and by the time of her death it had planted more than 30 million trees in Kenya.",
        "30 million",
        "From “Wangari Maathai”: In 1977 she founded the Green Belt Movement",
        id="an-it-after-the-organisation-it-is",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), IT_IN_A_BIOGRAPHY_CASES)
def test_a_biographys_title_says_who_she_is_not_what_it_is(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# A naming sentence whose subject sums up the sentence before ("This effect is called …", "… in this way is called …",
# "Doing so is called …") is asked after that sentence, when it stands alone: a two-part title ("Static Electricity
# and Charge") says what no "it" is, so only the sentence before says what effect, way or doing.
NAMING_SENTENCE_CASES = [
    pytest.param(
        "Static Electricity and Charge\n\nLike charges repel, while unlike charges attract. The closer the objects are, "
        "the stronger the force. A charged balloon will even stick to a neutral wall: its negative charge pushes "
        "electrons in the wall slightly away, leaving the nearby surface a little positive, and the two attract. This "
        "effect is called induction.",
        "induction",
        "From “Static Electricity and Charge”: A charged balloon will even stick to a neutral wall: its negative charge",
        id="this-effect-after-a-kind-of-thing-whose-its-is-its-own",
    ),
    pytest.param(
        "Static Electricity and Charge\n\nIn an insulator electrons cannot move freely. This is why static charge builds "
        "up on insulators. If you try to charge a metal rod by rubbing it while holding it in your hand, the charge "
        "simply flows through you to the ground. Connecting a charged object to the ground in this way is called "
        "earthing.",
        "earthing",
        "From “Static Electricity and Charge”: If you try to charge a metal rod by rubbing it",
        id="in-this-way-is-called",
    ),
    pytest.param(
        "Heat Transfer\n\nMetals let heat through easily. This is why pans are made of metal. If you leave a metal spoon "
        "standing in a mug of hot tea, the handle soon becomes too hot to hold. Passing heat along a solid in this way "
        "is called conduction.",
        "conduction",
        "From “Heat Transfer”: If you leave a metal spoon standing in a mug of hot tea",
        id="in-this-way-after-a-sentence-naming-nothing",
    ),
    pytest.param(
        "Soil and Crops\n\nCrops take different nutrients from the soil. Farmers often grow wheat in a field one year "
        "and beans the next, so that the soil is not drained of the same nutrients every season. Doing so is called "
        "crop rotation.",
        "crop rotation",
        "From “Soil and Crops”: Farmers often grow wheat in a field one year",
        id="doing-so-is-called-needs-what-was-done",
    ),
    pytest.param(
        "Seeds and Germination\n\nSeeds need water, warmth and air. This is why they do not sprout in a dry packet. A "
        "seed can stay alive in dry soil for many years: its hard coat keeps water out until conditions are right. "
        "This resting state is known as dormancy.",
        "dormancy",
        "From “Seeds and Germination”: A seed can stay alive in dry soil for many years: its hard coat",
        id="a-seed-can-its-coat",
    ),
    pytest.param(
        "Static Electricity and Charge\n\nIn 1752 Benjamin Franklin flew a kite in a thunderstorm in Philadelphia. Like "
        "charges repel, while unlike charges attract. Its negative charge pushes electrons in the wall slightly away. "
        "This effect is called induction.",
        "induction",
        None,
        id="this-effect-after-a-sentence-whose-its-is-no-ones",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), NAMING_SENTENCE_CASES)
def test_a_naming_sentence_that_sums_up_the_sentence_before_is_asked_after_it(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("A charged balloon will stick to a wall: its charge pulls on the wall.", False, id="a-will-its"),
        pytest.param("A good pump can lift water 8 metres, but its seals must be tight.", False, id="a-can-its"),
        pytest.param("An engine must be cooled, or its pistons seize.", False, id="an-must-its"),
        pytest.param("Its charge pulls on the wall.", True, id="its-with-nothing-before"),
        pytest.param("The balloon will stick to a wall: its charge pulls on the wall.", True, id="the-balloon-is-one"),
    ],
)
def test_an_its_after_a_kind_of_thing_that_will_or_can_is_that_things(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


@pytest.mark.parametrize(
    ("prompt", "dangling"),
    [
        pytest.param("From “Heat and Light”: A kettle will boil faster if its lid is on. This is called [term].", False,
                     id="a-kettle-will-its-lid"),
        pytest.param("From “Heat and Light”: A seed can wait for years: its coat keeps water out. [term]", False,
                     id="a-seed-can-its-coat"),
        pytest.param("From “Heat and Light”: Rain fell. A kettle will boil if its lid is on [term].", False,
                     id="in-the-second-sentence"),
        pytest.param("From “Heat and Light”: The kettle boiled and its lid rattled. [term]", True, id="the-kettle-its"),
        pytest.param("From “Heat and Light”: A kettle boiled. Its lid rattled. [term]", True, id="its-in-the-next"),
    ],
)
def test_an_its_after_a_kind_of_thing_in_the_prompt_is_not_dangling(prompt, dangling):
    assert dangling_reference(prompt) == dangling


# "Goods like this, which take resources to produce, are called economic goods" sums up the sentence before as "in
# this way" does, and is asked after it (whose "Bread is …, yet it …" is the bread's own "it"); "… are so plentiful
# that using them deprives no one else; economists call these free goods" names its "them" and "these" itself.
LIKE_THIS_CASES = [
    pytest.param(
        "Rocks and Minerals\n\nSome rocks form deep underground. Basalt is dark and heavy, and it forms when lava cools "
        "quickly at the surface. Rocks like this, which form from cooled lava, are known as volcanic rocks.",
        "volcanic",
        "From “Rocks and Minerals”: Basalt is dark and heavy, and it forms when lava cools",
        id="rocks-like-this-are-known-as",
    ),
    pytest.param(
        "Money and Banking\n\nBanks lend money to households. Gold is heavy and rare, so it was long used to back paper "
        "money. Metals like this, which hold their value over centuries, are called precious metals.",
        "precious",
        "From “Money and Banking”: Gold is heavy and rare, so it was long used",
        id="metals-like-this-are-called",
    ),
    pytest.param(
        "Plants and Water\n\nMost plants need regular rain. Some plants, such as cacti and aloes, store so much water "
        "that drought barely harms them; botanists call these succulents.",
        "succulents",
        "From “Plants and Water”: Some plants, such as cacti and aloes, store so much water",
        id="call-these-after-naming-them",
    ),
    pytest.param(
        "Scarcity and Choice\n\nScarcity does not mean that something is rare. Bread is not rare, yet it is scarce, "
        "because making it uses wheat and labour that could have been used for something else. Goods like this are "
        "called economic goods. A few things, such as the air we breathe or seawater on a beach, are so plentiful "
        "that using them deprives no one else; economists call these free goods.",
        "free goods",
        "From “Scarcity and Choice”: A few things, such as the air we breathe",
        id="free-goods-stand-alone",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), LIKE_THIS_CASES)
def test_a_naming_sentence_about_things_like_this_is_asked_after_them(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("Bread is not rare, yet it is scarce.", False, id="bread-is-its-it"),
        pytest.param("Gold is heavy, so it was used for coins.", False, id="gold-is-its-it"),
        pytest.param("This is not rare, yet it is scarce.", True, id="this-is-points-back"),
        pytest.param("Some plants store water, and botanists call these succulents.", False, id="call-these-name"),
        pytest.param("Botanists call these plants succulents.", True, id="call-these-plants-which"),
    ],
)
def test_a_bare_noun_says_what_its_it_is_and_call_these_names(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


@pytest.mark.parametrize(
    ("prompt", "dangling"),
    [
        pytest.param("From “Scarcity and Choice”: A few things are so plentiful that using them costs nothing. [term]",
                     False, id="few-things-them"),
        pytest.param("From “Water and Plants”: Some plants store water, and their leaves swell. [term]", False,
                     id="plants-their"),
        pytest.param("From “Scarcity and Choice”: It costs nothing to use them. [term]", True, id="them-after-it"),
        pytest.param("From “Rivers and Their Work”: Over thousands of years they wear away rock. [term]", True,
                     id="they-after-a-fronted-phrase"),
    ],
)
def test_a_they_after_things_the_prompt_named_is_not_dangling(prompt, dangling):
    assert dangling_reference(prompt) == dangling


# (article, answer, how every item asking it must begin; None = not asked at all)
WHAT_THE_SENTENCE_BEFORE_INTRODUCED = [
    pytest.param(
        "Robert Hooke\n\nRobert Hooke was an English scientist. In 1662 the Royal Society appointed Hooke its Curator "
        "of Experiments. He held the post for more than forty years.",
        "forty years",
        "In 1662 the Royal Society appointed Hooke its Curator of Experiments. He held the post for more than",
        id="the-post-for-a-number-of-years-gets-the-sentence-that-says-which-post",
    ),
    pytest.param(
        "Isaac Newton\n\nIsaac Newton was an English mathematician and physicist. He built the first practical "
        "reflecting telescope in 1668. After he presented it to the Royal Society, he was elected a Fellow in 1672.",
        "1672",
        None,
        id="an-object-it-in-a-biography-is-not-its-subject",
    ),
    pytest.param(
        "Isaac Newton\n\nIsaac Newton was an English mathematician and physicist. In 1687 he published the Principia, "
        "and he revised it for a second edition in 1713.",
        "1713",
        "In 1687 he published the Principia, and he revised it",
        id="an-object-it-after-the-thing-it-is-stays-asked",
    ),
    pytest.param(
        "Great Wall of China\n\nThe Great Wall of China is a series of fortifications in northern China. In 221 BC "
        "Qin Shi Huang ordered the northern walls to be linked and extended. The work was overseen by the general "
        "Meng Tian, who commanded some 300,000 soldiers.",
        "Meng Tian",
        "In 221 BC Qin Shi Huang ordered the northern walls to be linked and extended. The work was overseen",
        id="the-work-gets-the-sentence-that-says-which-work",
    ),
    pytest.param(
        "Restoration work at Notre-Dame\n\nNotre-Dame de Paris reopened in December 2024. The work was led by the "
        "architect Philippe Villeneuve, who oversaw about 2,000 craftsmen.",
        "Philippe Villeneuve",
        "The work was led by the architect",
        id="the-work-a-title-names-needs-only-the-title",
    ),
    pytest.param(
        "Urbanisation\n\nUrbanisation is the growth of towns. A megacity is a city of more than 10 million people. "
        "Greater Tokyo, with around 37 million people, remains the largest.",
        "Greater Tokyo",
        "A megacity is a city of more than 10 million people. [name], with around 37 million people, remains",
        id="the-largest-of-nothing-gets-the-sentence-that-says-of-what",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), WHAT_THE_SENTENCE_BEFORE_INTRODUCED)
def test_a_post_a_work_an_it_or_the_largest_the_sentence_before_introduced_is_asked_after_it(article, answer, begins):
    test_asked_sentences_carry_the_context_that_explains_them(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        pytest.param("He held the post for more than forty years.", True, id="the-post-for-years"),
        pytest.param("Anna Berg held the post for life.", True, id="the-post-for-life"),
        pytest.param("Anna Berg held the post for foreign affairs until 1990.", False, id="the-post-for-what"),
        pytest.param("Greater Tokyo, with around 37 million people, remains the largest.", True, id="remains-the-largest"),
        pytest.param("Lake Baikal is the deepest, at 1,642 metres.", True, id="is-the-deepest-comma"),
        pytest.param(
            "Dharavi in Mumbai, one of Asia's largest, is home to perhaps a million people.", True, id="one-of-asias-largest"
        ),
        pytest.param("Tokyo is the largest city in Asia.", False, id="the-largest-city"),
        pytest.param(
            "Rome, one of the largest cities in Italy, is home to 2.8 million people.", False, id="one-of-the-largest-cities"
        ),
        pytest.param("Mary Smith walked through the forest.", False, id="a-forest-is-no-superlative"),
        pytest.param("Anna Berg joined the protest.", False, id="a-protest-is-no-superlative"),
    ],
)
def test_a_post_for_years_or_a_largest_of_nothing_points_at_the_sentence_before(text, points):
    sentence = _after_a_plain_sentence(text)
    bare, shift = strip_connective(sentence.text)
    assert points_at_the_sentence_before(bare, sentence, shift) == points


@pytest.mark.parametrize(
    ("article", "answer", "begins"),
    [
        pytest.param(
            "Sahara Desert\n\nThe Sahara is the largest hot desert in the world, covering about 9.2 million square "
            "kilometres of northern Africa. Only the polar deserts of Antarctica and the Arctic are larger. It "
            "stretches some 4,800 kilometres from the Atlantic Ocean in the west to the Red Sea in the east.",
            "4,800 kilometres",
            "The Sahara stretches some",
            id="a-sentence-before-that-says-larger-than-nothing-is-not-shown-and-it-is-the-entrys-name",
        ),
        pytest.param(
            "Gobi Desert\n\nThe Gobi is a large desert in Asia, covering parts of Mongolia and China. Its dunes are "
            "smaller than those of the Sahara. It extends some 1,600 kilometres from south-west to north-east.",
            "1,600 kilometres",
            "Its dunes are smaller than those of the Sahara. It extends some",
            id="a-sentence-before-that-says-than-what-is-still-shown",
        ),
    ],
)
def test_a_sentence_before_that_compares_with_nothing_is_not_shown(article, answer, begins):
    test_asked_sentences_carry_the_context_that_explains_them(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "compares"),
    [
        pytest.param("Only the polar deserts of Antarctica and the Arctic are larger.", True, id="are-larger"),
        pytest.param("The northern slopes are much steeper.", True, id="are-much-steeper"),
        pytest.param("Greater Tokyo, with around 37 million people, remains the largest.", True, id="the-largest"),
        pytest.param("The Nile is longer than the Amazon.", False, id="longer-than"),
        pytest.param("The lake is a major source of water.", False, id="no-comparison"),
        pytest.param("Its first leader was a former soldier.", False, id="er-word-no-comparative"),
    ],
)
def test_a_comparison_only_the_sentence_before_completes(text, compares):
    assert compares_with_the_sentence_before(text) == compares


@pytest.mark.parametrize(
    ("article", "answer", "begins"),
    [
        pytest.param(
            "Urbanisation\n\nUrbanisation is the growth of towns. In 1950 fewer than one in three people in the world "
            "lived in a town or city. Today the figure is more than one in two, and the United Nations expects it to "
            "reach about two in three by 2050.",
            "2050",
            "In 1950 fewer than one in three people in the world lived in a town or city. Today the figure",
            id="today-the-figure-gets-the-sentence-that-gave-it",
        ),
        pytest.param(
            "The Partition of India, 1947\n\nBritish India was divided into two states in August 1947. Refugee trains "
            "were attacked and villages burned. Estimates of the dead range from about 200,000 to 2 million; "
            "historians still disagree about the true figure.",
            "2 million",
            "Estimates of the dead range from about 200,000 to",
            id="the-true-figure-the-sentence-gave-needs-nothing-before",
        ),
        pytest.param(
            "Marie Curie\n\nMarie Curie was a Polish-born physicist. After the war she directed the Radium Institute in "
            "Paris, which opened in 1914. A sister institute opened in Warsaw in 1932.",
            "1932",
            "After the war she directed the Radium Institute in Paris, which opened in 1914. A sister institute",
            id="a-sister-institute-gets-the-sentence-that-names-the-first",
        ),
        pytest.param(
            "Chemical Bonding\n\nIn a covalent bond two atoms share a pair of electrons. Sometimes one atom attracts "
            "the shared electrons more strongly than the other. The bond is then called a polar covalent bond.",
            "polar covalent",
            None,
            id="is-then-called-after-a-sentence-that-names-nothing-is-not-asked",
        ),
        pytest.param(
            "Halvern Pharmaceuticals lifts outlook\n\nHalvern Pharmaceuticals raised its forecast on Wednesday. Revenue "
            "rose 18% to $6.2 billion in the second quarter. Analysts polled by LSEG had, on average, expected about "
            "$5.71 billion.",
            "$5.71 billion",
            None,
            id="analysts-expected-a-figure-of-what-is-not-asked-alone",
        ),
    ],
)
def test_a_figure_a_sister_or_a_then_only_the_sentence_before_explains(article, answer, begins):
    test_asked_sentences_carry_the_context_that_explains_them(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        pytest.param("The bond is then called a polar covalent bond.", True, id="is-then-called"),
        pytest.param("The bond is called a polar covalent bond.", False, id="is-called"),
        pytest.param("Analysts polled by LSEG had, on average, expected about $5.71 billion.", True, id="expected-a-figure"),
        pytest.param("Analysts had expected revenue of $5.7 billion.", False, id="expected-revenue-of"),
        pytest.param("A sister institute opened in Warsaw in 1932.", True, id="a-sister-institute"),
        pytest.param(
            "The Russians returned and rebuilt the fort, and a second siege began in 1686.", True, id="and-a-second-siege"
        ),
        pytest.param(
            "Curie founded a Radium Institute in Paris, and a second institute opened in Warsaw in 1932.",
            False,
            id="a-second-institute-after-the-first",
        ),
        pytest.param("In 1962 Kanazawa became a sister city of Buffalo.", False, id="a-sister-city"),
        pytest.param("On a second expedition in 1862 Speke reached the lake.", False, id="on-a-second-expedition"),
        pytest.param("Unemployment held at 5.0% for a fourth consecutive month.", False, id="a-fourth-consecutive-month"),
    ],
)
def test_then_called_an_expected_figure_or_a_second_of_nothing_points_at_the_sentence_before(text, points):
    sentence = _after_a_plain_sentence(text)
    bare, shift = strip_connective(sentence.text)
    assert points_at_the_sentence_before(bare, sentence, shift) == points


@pytest.mark.parametrize(
    ("text", "points"),
    [
        pytest.param("Around 97% is salt water in the oceans.", True, id="around-97-percent-of-what"),
        pytest.param("Around 97% of the Earth's water is salt water.", False, id="97-percent-of-the-earths-water"),
        pytest.param(
            "Of the remaining 3% (fresh water), roughly two-thirds is locked up in ice.", True, id="of-the-remaining"
        ),
        pytest.param(
            "Polling stations in rural areas reported a smaller increase of around 4 percentage points.",
            True,
            id="a-smaller-increase",
        ),
        pytest.param("Rural areas reported a smaller increase than towns.", False, id="a-smaller-increase-than"),
        pytest.param("Bekele crossed the line 9 seconds later in 2:05:50.", True, id="seconds-later"),
        pytest.param("The stage separated 9 seconds after launch.", False, id="seconds-after-launch"),
    ],
)
def test_a_share_a_smaller_change_or_seconds_later_points_at_the_sentence_before(text, points):
    sentence = _after_a_plain_sentence(text)
    bare, shift = strip_connective(sentence.text)
    assert points_at_the_sentence_before(bare, sentence, shift) == points


@pytest.mark.parametrize(
    ("article", "answer", "begins"),
    [
        pytest.param(
            "The Water Cycle\n\nThe Earth holds about 1.4 billion cubic kilometres of water. Around 97% is salt water "
            "in the oceans. Of the remaining 3% (fresh water), roughly two-thirds is locked up in ice sheets.",
            "97%",
            "The Earth holds about 1.4 billion cubic kilometres of water. Around",
            id="a-share-of-nothing-gets-the-sentence-that-names-the-whole",
        ),
        pytest.param(
            "Frankfurt Marathon\n\nKenya's Elijah Kiprono won the Frankfurt Marathon on Sunday in 2:05:41. Ethiopia's "
            "Haile Bekele crossed the line 9 seconds later, while Kenya's Wilson Rotich was third in 2:06:33.",
            "Haile Bekele",  # (the third-placed Rotich is a side detail, not asked)
            "Kenya's Elijah Kiprono won the Frankfurt Marathon on Sunday in 2:05:41. Ethiopia's [name] crossed",
            id="seconds-later-gets-the-sentence-that-says-than-whom",
        ),
    ],
)
def test_a_share_or_seconds_later_only_the_sentence_before_explains(article, answer, begins):
    test_asked_sentences_carry_the_context_that_explains_them(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        pytest.param("The European Medicines Agency began its own review in June.", True, id="its-own-review"),
        pytest.param(
            "The European Medicines Agency began its own review of the drug in June.", False, id="its-own-review-of"
        ),
        pytest.param("Each country issues its own currency.", False, id="its-own-currency"),
    ],
)
def test_its_own_review_points_at_the_review_the_sentence_before_told_of(text, points):
    sentence = _after_a_plain_sentence(text)
    bare, shift = strip_connective(sentence.text)
    assert points_at_the_sentence_before(bare, sentence, shift) == points


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param(
            "Several were taken abroad during the colonial period and later returned.", True, id="several-were"
        ),
        pytest.param("Two are held by the British Library in London.", True, id="two-are-held"),
        pytest.param("Four survive in the museum today.", True, id="four-survive"),
        pytest.param("One is kept in the British Museum.", True, id="one-is-kept"),
        pytest.param("Few remain in private hands.", True, id="few-remain"),
        pytest.param("In cooler seasons the difference was between 1 and 3 per cent.", True, id="the-difference"),
        pytest.param("In the Amazon, the main cause is clearing land for cattle ranching.", True, id="the-main-cause"),
        # Guards: a noun, a number or "of …" after the count says of what; "Few believe that" is people at large.
        pytest.param("Two people were killed in the blast in 1990.", False, id="two-people"),
        pytest.param("Several hundred soldiers were taken prisoner in 1915.", False, id="several-hundred"),
        pytest.param("Most of the city was destroyed in 1944.", False, id="most-of-the-city"),
        pytest.param("One of the largest lakes in Africa lies in Uganda.", False, id="one-of-the-largest"),
        pytest.param("Few believe that the canal will ever be rebuilt.", False, id="few-believe-that"),
        pytest.param("Several established routes lead to the summit.", False, id="several-established-routes"),
        pytest.param("Three is the smallest odd prime.", False, id="three-is-a-number"),
        pytest.param(
            "Each has 6 protons, but carbon-12 has 6 neutrons and carbon-14 has 8.", False, id="each-named-later"
        ),
        pytest.param("In Britain, the main cause of death is heart disease.", False, id="the-main-cause-of"),
    ],
)
def test_a_bare_count_or_a_relation_of_nothing_leans_on_the_sentence_before(text, leans):
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


COUNT_AND_RELATION_CASES = [
    pytest.param(
        "Magna Carta\n\nMagna Carta was a charter of rights agreed by King John of England at Runnymede in 1215. "
        "It was drafted by Stephen Langton, the Archbishop of Canterbury. Four copies of the 1215 charter survive. "
        "Two are held by the British Library in London, one by Lincoln Cathedral and one by Salisbury Cathedral.",
        "British Library",
        "From “Magna Carta”: Four copies of the 1215 charter survive. Two are held by the [",
        id="two-are-held-gets-the-sentence-that-says-two-of-what",
    ),
    pytest.param(
        "Tropical Rainforests\n\nTropical rainforests grow near the equator in South America, Africa and Asia. "
        "The rainforest of the Congo Basin covers about 1.8 million square kilometres.\n\nDeforestation\n\nRainforests are "
        "being cleared at a rapid rate. In the Amazon, the main cause is clearing land for cattle ranching, "
        "followed by growing crops such as soya.",
        "Amazon",
        "From “Tropical Rainforests”: Rainforests are being cleared at a rapid rate. In the [",
        id="the-main-cause-gets-the-sentence-that-says-of-what",
    ),
    pytest.param(
        "Great Zimbabwe\n\nGreat Zimbabwe is a ruined city in the south-eastern hills of Zimbabwe near Lake Mutirikwi. "
        "It was the capital of the Kingdom of Zimbabwe from about 1100 to 1450. Among the most important finds are "
        "eight birds carved from soapstone. Most were found in the Hill Complex. Several were taken abroad during "
        "the colonial period and later returned; the last came back from a museum in Berlin in 2003.",
        "Berlin",
        None,  # the sentence before leans as well ("Most were found …"), so nothing on the card says several of what
        id="several-were-after-a-sentence-that-leans-is-not-asked",
    ),
    pytest.param(
        "Harbour Fire\n\nA fire broke out at a warehouse in the port of Gdansk on Tuesday night. "
        "Two people were killed in the blaze, and firefighters from Sopot spent six hours bringing it under control.",
        "six hours",
        "From “Harbour Fire”: Two people were killed in the blaze",
        id="two-people-were-killed-stays-asked",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), COUNT_AND_RELATION_CASES)
def test_a_bare_count_or_a_relation_is_asked_after_the_sentence_that_says_of_what(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
INTRODUCED_JUST_BEFORE_CASES = [
    pytest.param(
        "Harbour ferry operator fined £900,000 over engine-room fire\n\nA ferry operator has been fined £900,000 "
        "after a fire broke out on one of its vessels in Portsmouth harbour. Investigators from the Marine Accident "
        "Investigation Branch found that fuel had leaked from a corroded pipe beside an auxiliary pump in the engine "
        "room. Engineers in March 2022 had replaced the pump without checking the pipe for corrosion.",
        "March 2022",
        "From “Harbour ferry operator fined £900,000 over engine-room fire”: Investigators from the Marine Accident "
        "Investigation Branch found that fuel had leaked",
        id="the-pump-gets-the-sentence-that-brought-in-an-auxiliary-pump",  # blind review 78, "the rack"
    ),
    pytest.param(
        "The Nervous System\n\nThe nervous system carries signals around the body. A typical neuron has a cell body "
        "and a single long axon, which carries signals away from the cell body. Many axons are wrapped in a fatty "
        "layer called the myelin sheath, which insulates the axon and speeds up the signal.",
        "myelin sheath",
        "From “The Nervous System”: Many axons are wrapped",
        id="the-axon-the-sentence-itself-named-needs-only-the-title",
    ),
    pytest.param(
        "Inca Empire\n\nThe Inca Empire was the largest empire in pre-Columbian America. Its ruler Huayna Capac died "
        "of smallpox in about 1527. His death led to a civil war between two of his sons, Huáscar and Atahualpa. "
        "Atahualpa had just won the war when the Spanish conquistador Francisco Pizarro arrived with fewer than 200 "
        "men.",
        "200",
        "From “Inca Empire”: Atahualpa had just won the war",
        id="the-war-after-a-sentence-that-leans-keeps-the-title",
    ),
    pytest.param(
        "Louis Pasteur\n\nLouis Pasteur was a French chemist and microbiologist. He developed the first vaccine for "
        "rabies. On 6 July 1885 Joseph Meister, a nine-year-old boy from Alsace, was brought to the laboratory in "
        "Paris after a dog bit him. Pasteur agreed to treat the boy with a series of 13 injections, and Meister "
        "survived.",
        "Meister",
        "From “Louis Pasteur”: Pasteur agreed to treat the boy",
        id="the-boy-keeps-the-title-where-the-sentence-before-names-the-answer",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), INTRODUCED_JUST_BEFORE_CASES)
def test_a_thing_the_sentence_before_brought_in_is_asked_after_it(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
TIME_OF_ANOTHER_EVENT_CASES = [
    pytest.param(
        "Rosalind Franklin\n\nRosalind Franklin was a British chemist who studied the structure of DNA. In 1951 she "
        "joined King's College London. Her photograph of DNA was taken there. In 1938 the two of them first met at "
        "a lecture in Paris. She returned to London the same year and worked there until she received her doctorate "
        "in 1945.",
        "1945",
        None,  # "the same year" as what "the two of them" did: nothing on the card says
        id="the-same-year-after-a-sentence-that-leans-is-not-asked",  # blind review 77
    ),
    pytest.param(
        "Leoš Janáček\n\nLeoš Janáček was a Czech composer. Returning to Brno, Janáček founded an organ school in "
        "1881 and remained its director until 1919. In the same year, 1881, he married Zdenka Schulzová, one of his "
        "pupils.",
        "Zdenka Schulzová",
        "From “Leoš Janáček”: In the same year, 1881, he married",
        id="the-same-year-that-names-its-year-needs-only-the-title",
    ),
    pytest.param(
        "Rosalind Franklin\n\nRosalind Franklin was a British chemist who studied the structure of crystals. She was "
        "awarded a prize in 1950.\n\nHer longest project was haemoglobin, the protein that carries oxygen. She had "
        "photographed a haemoglobin crystal in 1938, but the molecule, with about 10,000 atoms, was too complex for "
        "the methods of the time. Her team finally solved its structure in 1962, twenty-four years later.",
        "1962",
        None,  # later than what? and the sentence that says gives the year away by a sum
        id="a-year-counted-from-another-is-not-asked",  # blind review 77
    ),
    pytest.param(
        "Robert Hooke\n\nRobert Hooke was an English natural philosopher and architect. In 1676 Hooke published his "
        "law of elasticity as a Latin anagram, revealing its solution two years later.",
        "1676",
        "From “Robert Hooke”: In _____ Hooke published",
        id="a-later-time-counted-from-the-year-asked-keeps-it",
    ),
    pytest.param(
        "Stadium delayed again as costs rise\n\nHartwell Rovers said on Thursday that their new 40,000-seat "
        "stadium would cost £310 million. The stadium is now expected to open in August 2026, a year later than "
        "planned.",
        "August 2026",
        "From “Stadium delayed again as costs rise”: ",
        id="a-year-later-than-planned-keeps-it",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), TIME_OF_ANOTHER_EVENT_CASES)
def test_a_time_told_by_another_events_is_asked_only_where_the_card_says_which(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
THING_ONLY_THE_SENTENCE_BEFORE_NAMES_CASES = [
    pytest.param(
        "Rosalind Franklin\n\nRosalind Franklin was a British chemist who studied the structure of crystals. She was "
        "born in London in 1920.\n\nIn the 1950s she worked on the structure of streptomycin, the antibiotic that was "
        "then being made in large amounts for the first time. In 1953 she and her colleagues confirmed that the "
        "molecule contained two sugar rings, a result that helped chemists to understand how the drug worked.",
        "1953",
        "From “Rosalind Franklin”: In the 1950s she worked on the structure of streptomycin",
        id="the-molecule-a-biography-never-names-gets-the-sentence-before",  # blind review 77
    ),
    pytest.param(
        "Adolf Erik Nordenskiöld\n\nAdolf Erik Nordenskiöld was a Finnish-Swedish explorer of the Arctic. In 1870 he "
        "made a journey onto the Greenland ice sheet. In 1875 and 1876 he sailed through the Kara Sea to the mouth of "
        "the Yenisei River, showing that the route could be used by merchant ships in summer.",
        "Yenisei River",
        "From “Adolf Erik Nordenskiöld”: In 1875 and 1876 he sailed",
        id="the-route-after-names-in-its-own-sentence-needs-only-the-title",
    ),
    pytest.param(
        "Johannes Gutenberg\n\nJohannes Gutenberg was a German inventor who introduced printing with movable type "
        "to Europe. His Bible was printed in Mainz. Around 180 copies are thought to have been printed. In a letter "
        "of March 1455, the future Pope Pius II reported seeing sections of the work at Frankfurt. Forty-nine copies "
        "survive, in whole or in part; 21 of them are complete.",
        "Forty-nine",
        None,  # the letter says nothing of copies, and nothing on the card says copies of what
        id="a-count-of-copies-after-a-sentence-that-never-speaks-of-them-is-not-asked",  # blind review 78
    ),
    pytest.param(
        "Alvar Aalto\n\nAlvar Aalto was a Finnish architect and designer. He was born in Kuortane in 1898. In 1933 "
        "the Aaltos moved to Helsinki. Two years later they founded the furniture company Artek together with Maire "
        "Gullichsen.",
        "Artek",
        "From “Alvar Aalto”: In 1933 the Aaltos moved to Helsinki. Two years later",
        id="two-years-later-counts-time-not-things",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), THING_ONLY_THE_SENTENCE_BEFORE_NAMES_CASES)
def test_a_thing_or_a_count_only_the_sentence_before_names_is_asked_after_it(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, what a sentence of a worked example shows, whether any item may show it)
SUPPOSED_CASE_CASES = [
    pytest.param(
        "Moments and Balance\n\nArchimedes described the law of the lever in about 250 BC. A moment can act "
        "clockwise or anticlockwise. When an object is balanced and not turning, the total clockwise moment about the "
        "pivot equals the total anticlockwise moment.\n\nImagine a box weighing 400 N resting 3 m from the centre of "
        "a plank. The anticlockwise moment is 400 × 3 = 1200 Nm.",
        "400 × 3 = 1200",
        False,
        id="a-sentence-working-on-an-imagined-case-is-not-asked",  # blind review 78
    ),
    pytest.param(
        "Moments and Balance\n\nArchimedes described the law of the lever in about 250 BC. A moment can act "
        "clockwise or anticlockwise. Engineers consider the moment of every load on a bridge. The anticlockwise "
        "moment on the Forth Bridge is 400 × 3 = 1200 Nm.",
        "400 × 3 = 1200",
        True,
        id="consider-inside-a-sentence-sets-up-no-case",
    ),
]


@pytest.mark.parametrize(("article", "shown", "asked"), SUPPOSED_CASE_CASES)
def test_a_sentence_working_on_a_supposed_case_is_not_asked(article, shown, asked):
    prompts = [q.prompt for q in quizgen.generate(article).questions]
    assert prompts
    assert any(shown in prompt for prompt in prompts) is asked, prompts


# (article, answer, how every item asking it must begin; None = not asked at all)
ANOTHER_NAME_SHARING_A_WORD_CASES = [
    pytest.param(
        "Bodleian Library\n\nThe Bodleian Library is the main research library of the University of Oxford. It is "
        "one of the oldest libraries in Europe.\n\nTo cope with the growing collection, the New Bodleian was built "
        "between 1937 and 1940 to a design by Sir Giles Gilbert Scott. It was linked to the Old Bodleian by an "
        "underground conveyor belt. After an £80 million renovation, it reopened in 2015 as the Weston Library.",
        "2015",
        None,  # "it" is the New Bodleian, which nothing on the card can say
        id="an-it-after-another-building-named-like-the-title-is-not-asked",  # blind review 46
    ),
    pytest.param(
        "Great Wall of China\n\nThe Great Wall of China is a series of fortifications in northern China. The Great "
        "Wall was built over many centuries. It stretches for about 21,196 kilometres.",
        "21,196 kilometres",
        "From “Great Wall of China”: ",
        id="an-it-after-the-titles-own-name-stays-asked",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), ANOTHER_NAME_SHARING_A_WORD_CASES)
def test_an_it_after_another_thing_named_like_the_title_is_that_thing(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
THE_TWO_NAMED_IN_THE_SENTENCE_CASES = [
    pytest.param(
        "Spain and Chile sign trade pact at Madrid summit\n\nSpain and Chile signed nine agreements on Monday at "
        "their first summit in six years. In 2021, a visit by Chile's president drew protests in Madrid. Chile "
        "declared its independence from Spain on February 12, 1818, and the two countries signed a Treaty of "
        "Friendship in 1990, which set up the regular summits.",
        "1990",
        "From “Spain and Chile sign trade pact at Madrid summit”: Chile declared its independence",
        id="the-two-countries-the-sentence-names-need-no-sentence-before",  # blind review 30
    ),
    pytest.param(
        "Spain and Chile sign trade pact at Madrid summit\n\nSpain and Chile signed nine agreements on Monday at "
        "their first summit in six years. The talks were held at the Royal Palace in Madrid. The two countries "
        "signed a Treaty of Friendship in 1990, which set up the regular summits.",
        "1990",
        None,  # which two? The sentence before ("The talks were held …") leans as well, and says no better
        id="the-two-countries-the-sentence-does-not-name-lean-on-the-sentence-before",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), THE_TWO_NAMED_IN_THE_SENTENCE_CASES)
def test_the_two_countries_a_sentence_names_itself_need_no_sentence_before(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
A_REMAINDER_OF_WHAT_CAME_BEFORE_CASES = [
    pytest.param(
        "Okavango Delta\n\nThe Okavango Delta is a large inland delta in Botswana. It is fed by seasonal floods from "
        "the Angolan highlands.\n\nHydrology\n\nEach year about 11 cubic kilometres of water reach the delta. More "
        "than 95 per cent of the water is lost to evaporation and to transpiration by plants. The small remainder "
        "drains through the Thamalakane and Boteti rivers towards Lake Ngami.",
        "Thamalakane",
        "From “Okavango Delta”: More than 95 per cent of the water is lost",
        id="the-small-remainder-gets-the-sentence-that-says-of-what",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), A_REMAINDER_OF_WHAT_CAME_BEFORE_CASES)
def test_a_remainder_is_asked_after_the_sentence_that_says_of_what(article, answer, begins):
    _assert_asked_after(article, answer, begins)


DIFFUSION = (
    "Diffusion and Osmosis\n\nEvery living cell must take in useful substances, such as oxygen and glucose.\n\n"
    "Diffusion\n\nDiffusion is the net movement of particles from a region where they are at a higher concentration "
    "to a region where they are at a lower concentration. It happens because particles are always moving.\n"
)
RATIO = (
    "Ratio and Proportion\n\nA ratio compares quantities. Ratios are often used to share an amount.\n\nKey terms\n\n"
    "Simplest form: a ratio whose parts have no common factor except 1.\n"
    "Direct proportion: a relationship in which two quantities change by the same scale factor.\n"
)
WAGES = (
    "Labour Markets and Wages\n\nThere is a market for labour. The price of labour is the wage.\n\n"
    "The equilibrium wage\n\nThe wage settles where supply equals demand. This is the equilibrium wage.\n"
)
STATIC = (
    "Static Electricity\n\nLightning\n\nA spark jumps when charge builds up on a cloud and the air breaks down. "
    "Lightning is the same process on an enormous scale.\n"
)


@pytest.mark.parametrize(
    ("article", "answer", "prompt"),
    [
        pytest.param(
            DIFFUSION, "Diffusion",
            "[term] is the net movement of particles from a region where they are at a higher concentration to a "
            "region where they are at a lower concentration.",
            id="blind-review-77-the-headings-term-defined-under-it-its-they-the-particles",
        ),
        pytest.param(
            RATIO, "Direct proportion",
            "[term]: a relationship in which two quantities change by the same scale factor.",
            id="blind-review-79-a-glossary-entry-stands-alone-without-the-entry-above",
        ),
        pytest.param(
            RATIO, "Simplest form", "From “Ratio and Proportion”: [term]: a ratio whose parts have no common factor "
            "except 1.", id="an-entry-the-title-does-not-tell-keeps-the-title",
        ),
        pytest.param(
            WAGES, "wage", "The price of labour is the [term].",
            id="blind-review-75-a-definition-ending-on-the-term-the-title-names",
        ),
    ],
)
def test_the_definition_of_a_key_term_the_title_or_heading_names_is_asked_alone(article, answer, prompt):
    asked = [q.prompt for q in quizgen.generate(article).questions if q.answer == answer and q.kind == "cloze"]
    assert asked == [prompt]


def test_a_term_the_heading_names_in_a_sentence_that_leans_on_the_one_before_is_not_asked():
    questions = quizgen.generate(STATIC).questions
    assert [q.prompt for q in questions if q.answer == "Lightning"] == []


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("In the 1960s both were replaced by electric arc furnaces.", True, id="both-were-of-what"),
        pytest.param("As both were young when the war ended, they trained in Lyon.", True, id="as-both-were"),
        pytest.param(
            "Pierre Curie and Marie Curie studied radium, and both were awarded a Nobel Prize in 1903.",
            False,
            id="both-after-the-two-it-named",
        ),
        pytest.param("Both rivers rise in the Andes and flow east.", True, id="both-rivers-as-before"),
        pytest.param("About 90 billion dollars of that increase came from share prices.", True, id="of-that-increase"),
        pytest.param("Engineers said that spending rose by 9 percent in 2020.", False, id="said-that-spending"),
        pytest.param("An early form of it appears in a treatise of about 250 BC.", True, id="an-early-form-of-it"),
        pytest.param(
            "A copy of the map survives in Lisbon, and scholars date it to 1502.", False, id="it-after-a-thing-named"
        ),
    ],
)
def test_a_bare_both_that_increase_or_a_form_of_it_leans_on_the_sentence_before(text, leans):
    # blind reviews 80-81: "both were displaced", "of that increase", "An early form of it appears in Euclid's …"
    assert leans_on_previous(_after_a_plain_sentence(text)) == leans


# (article, answer, how every item asking it must begin; None = not asked at all)
WHAT_ONLY_THE_SENTENCE_BEFORE_SAYS_CASES = [
    pytest.param(
        "Crucible steel\n\nCrucible steel was made in clay pots from the 1740s. From the 1870s the crucible process "
        "was gradually overtaken by the Siemens process, which allowed closer control of the metal. In the 1960s both "
        "were replaced by electric arc furnaces, which melt scrap with an electric current.",
        "1960s",
        "From “Crucible steel”: From the 1870s the crucible process was gradually overtaken",
        id="both-gets-the-sentence-that-names-the-two",  # blind review 80
    ),
    pytest.param(
        "Harbor pension fund posts record year\n\nThe Harbor pension fund reported its best year on record "
        "on Tuesday. At the end of June the fund was worth 820 billion dollars, up from 700 billion a year earlier. "
        "Roughly 70 billion dollars of that increase came from rising share prices, and about 30 billion dollars "
        "came from new contributions by employers.",
        "30 billion dollars",
        "From “Harbor pension fund posts record year”: At the end of June the fund was worth",
        id="that-increase-gets-the-sentence-that-tells-of-it",  # blind review 81
    ),
    pytest.param(
        "Prime factors\n\nEvery whole number greater than 1 is a product of primes. Whichever way you split it, you "
        "reach the same primes. This result is known as the unique factorisation theorem. An early form of it "
        "appears in a treatise written in about 250 BC.",
        "250",
        None,  # "it" is the theorem, which only a sentence that itself leans on "This result" names
        id="an-early-form-of-it-after-a-leaning-sentence-is-not-asked",  # blind review 81
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), WHAT_ONLY_THE_SENTENCE_BEFORE_SAYS_CASES)
def test_both_that_increase_or_a_form_of_it_is_asked_after_the_sentence_that_names_it(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin; None = not asked at all)
NOTHING_SAID_OF_WHAT_CASES = [
    pytest.param(
        "Harmony: chords and cadences\n\nA cadence is a pair of chords that ends a musical phrase, rather like "
        "punctuation at the end of a sentence. You should know four main types:\n\nThe perfect cadence moves from "
        "chord V to chord I and sounds finished. The plagal cadence moves from chord IV to chord I.",
        "four main types",
        None,
        id="you-should-know-a-bare-count",  # blind review 80
    ),
    pytest.param(
        "Quadratics\n\nA quadratic equation can be written as px² + qx + r = 0, where p, q and r are numbers and "
        "p ≠ 0. The number p is called the leading coefficient, q is the coefficient of x, and r is known as the "
        "constant term. The expression q² − 4pr is called the discriminant.",
        "leading",
        None,  # which p? The formula is two sentences back, and the sentence before is its tail
        id="letters-of-a-formula-not-shown",  # blind review 82
    ),
    pytest.param(
        "Quadratics\n\nA quadratic equation can be written as px² + qx + r = 0, where p, q and r are numbers and "
        "p ≠ 0. The number p is called the leading coefficient, q is the coefficient of x, and r is known as the "
        "constant term. The expression q² − 4pr is called the discriminant.",
        "discriminant",
        "From “Quadratics”: The expression q² − 4pr is called the [term]",
        id="a-formula-on-the-card-is-asked",
    ),
    pytest.param(
        "Factors and multiples\n\nA factor of a whole number divides it exactly, leaving no remainder. For example, 3 is "
        "a factor of 12 because 12 ÷ 3 = 4. If a is a factor of n, then n is called a multiple of a. The multiples of "
        "4 are 4, 8, 12, 16 and so on.",
        "multiple",
        "If a is a factor of n, then n is called a [term] of a.",
        id="letters-the-sentence-sets-itself-are-asked",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), NOTHING_SAID_OF_WHAT_CASES)
def test_a_bare_count_or_a_formulas_letters_not_shown_are_not_asked(article, answer, begins):
    _assert_asked_after(article, answer, begins)


def test_a_first_name_alone_is_asked_after_the_sentence_that_gives_the_full_name():
    # blind review 82: "When did Fabrizio die?" never said who Fabrizio was
    article = (
        "Lucia Ferri\n\nLucia Ferri (1540–1610) was an Italian painter. In 1561 she was invited to the Spanish court. "
        "Philip arranged her marriage, probably in 1571, to Lorenzo de Vitti, a Neapolitan merchant, and provided a "
        "dowry. The couple settled in Naples, but Lorenzo died in 1579."
    )
    asked = [q for q in quizgen.generate(article).questions if q.answer == "1579"]
    assert asked
    assert all("Lorenzo de Vitti" in q.prompt for q in asked if "?" in q.prompt), [q.prompt for q in asked]


# (article, answer, how every item asking it must begin; None = not asked at all)
A_RIVER_ONLY_THE_TITLE_NAMES_CASES = [
    pytest.param(
        "Limpopo\n\nThe Limpopo is a river in southern Africa. The explorer Thomas Baines reached the coast in 1866 "
        "and mapped the falls. His Limpopo Expedition of 1868–1870, funded by a London society, was meant to open "
        "the river to steamers, but it failed when the rapids proved impassable.",
        "Limpopo Expedition",
        None,  # the title, left off as it gives "Limpopo" away, was all that named the river
        id="the-river-with-the-title-left-off-is-not-asked",  # blind review 82
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), A_RIVER_ONLY_THE_TITLE_NAMES_CASES)
def test_a_river_only_a_give_away_title_names_is_not_asked(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin): guards, asked as before
STILL_ASKED_CASES = [
    pytest.param(
        "Rosa Vidal\n\nRosa Vidal (1907–1954) was a Chilean painter. In 1928 Vidal showed her work to Tomás Ruiz, "
        "then Chile's best-known muralist and some twenty years her senior. They married on 21 August 1929.",
        "21 August 1929",
        "From “Rosa Vidal”: In 1928 Vidal showed her work",
        id="they-and-a-verb-is-someone-the-sentence-before-names",
    ),
    pytest.param(
        "Rosa Vidal\n\nRosa Vidal (1907–1954) was a Chilean painter. Vidal was born in Valparaíso to Ana Soto y "
        "Reyes, a teacher, and Luis Vidal, a printer.",
        "Valparaíso",
        "From “Rosa Vidal”: Vidal was born in",
        id="a-names-joining-y-is-no-symbol",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), STILL_ASKED_CASES)
def test_a_pronoun_a_names_joining_letter_or_the_sea_still_asked(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "answer", "before", "unnamed"),
    [
        pytest.param(
            "His Tana Expedition of 1868–1870 was meant to open the river to steamers.",
            "Tana Expedition", "", True, id="the-river-with-its-name-hidden",
        ),
        pytest.param(
            "His Tana Expedition of 1868–1870 was meant to open the river to steamers.",
            "Tana Expedition", "The Tana River rises in the Aberdare Range.", False, id="the-river-the-shown-sentence-names",
        ),
        pytest.param(
            "More than 4,000 people fled after the storm swept cars into the sea.",
            "4,000 people", "", False, id="the-sea-is-anywhere's",
        ),
        pytest.param(
            "Floods in Lisbon left the valley under water in 1967.",
            "Lisbon", "", False, id="a-hidden-place-may-be-the-valley",
        ),
        # blind review 71, bad: the headline "Cornish lithium mine wins planning approval …" left off, the card
        # never says which scheme the group opposes
        pytest.param(
            '"The fight is not over," said Amelia Rowse of the Clean Water Alliance, a group formed last year to oppose the '
            "scheme.",
            "Clean Water Alliance", "Campaigners said they would consider asking for a judicial review.", True,
            id="the-scheme-only-the-headline-names",
        ),
        pytest.param(
            '"The fight is not over," said Amelia Rowse of the Clean Water Alliance, a group formed last year to oppose the '
            "scheme.",
            "Clean Water Alliance", "The council approved the lithium mine scheme on Tuesday.", False,
            id="the-scheme-the-shown-sentence-names",
        ),
    ],
)
def test_a_river_only_the_title_names_is_unnamed_once_the_title_is_left_off(text, answer, before, unnamed):
    sentence = analyse(document_from_text(f"Rivers\n\n{text}")).sentences[1]
    hidden = next(span for span in sentence.spans if span.text == answer)
    assert kind_only_the_title_named(sentence, hidden, before) == unnamed


# (article, answer, how every item asking it must begin; None = not asked at all): blind round P, reviews 84-85
WHAT_THE_SENTENCE_BEFORE_NAMES_CASES = [
    pytest.param(
        "Peace talks\n\nBy 1920 the war debts of Europe had become a bitter quarrel. In April 1922 the Italian prime "
        "minister Luigi Facta called a conference in Genoa to settle the debts. Fourteen states attended; no delegate "
        "from Mexico was invited. The talks ended without agreement.",
        "Fourteen states",
        "From “Peace talks”: In April 1922 the Italian prime minister Luigi Facta called a conference in Genoa",
        id="attended-what-the-sentence-before-called",  # blind review 84
    ),
    pytest.param(
        "Norway retail sales beat forecasts\n\nRetail sales in Norway rose 2.4% in March from a year earlier, the "
        "statistics office said on Friday. Analysts polled by Reuters had expected growth of 1.9%.",
        "1.9%",
        "From “Norway retail sales beat forecasts”: Retail sales in Norway rose 2.4% in March",
        id="expected-growth-of-what-the-sentence-before-says",  # blind review 84
    ),
    pytest.param(
        "Museums of Lyon\n\nSeveral large museums stand along the river. The most visited is the Musée des "
        "Confluences, which drew 2.1 million visitors in 2019.",
        "2.1 million",
        "From “Museums of Lyon”: Several large museums stand along the river. The most visited is",
        id="the-most-visited-of-what-the-sentence-before-names",  # blind review 85
    ),
    pytest.param(
        "Money in the 1930s\n\nThe crisis began in the countryside. Farm incomes collapsed and banks stopped lending "
        "to shops. The result was deflation, a steady fall in prices. Wages fell by a third.",
        "deflation",
        "From “Money in the 1930s”: Farm incomes collapsed and banks stopped lending to shops. The result was",
        id="the-result-of-what-the-sentence-before-tells",  # blind review 85
    ),
    pytest.param(
        "The fall of Rome\n\nThe empire faced many troubles. To pay their soldiers, emperors debased the coinage: they "
        "mixed cheaper metals into silver coins. The result was inflation, a general rise in prices.",
        "inflation",
        "From “The fall of Rome”: To pay their soldiers, emperors debased the coinage",
        id="the-result-of-a-sentence-whose-their-is-its-own-subjects",  # blind review 85
    ),
    pytest.param(
        "Lake Prespa\n\nLake Prespa is a lake on the border of Greece and Albania. Because of its long isolation, it "
        "supports more than 100 endemic species, and in 1979 its northern shore was inscribed on the UNESCO World "
        "Heritage List. The listing was extended to the Greek side in 2012. The lake lies at 850 m above sea level.",
        "2012",
        None,  # the listing the sentence before tells of, which leans on "its" and "it" itself
        id="the-listing-the-sentence-before-tells-of",  # blind review 84
    ),
]


_PARK_IN_A_RANGE = (
    "Tatra\n\nThe Tatra are a mountain range on the border of Slovakia and Poland. Its highest peak is Gerlach, at "
    "2,655 metres. Tatra National Park was established in 1949 by joining two older reserves. Following later "
    "extensions it covers about 738 km², roughly a third of the range. In 1992 UNESCO named it a biosphere reserve."
)
WHAT_THE_SENTENCE_BEFORE_NAMES_CASES += [
    pytest.param(
        _PARK_IN_A_RANGE,
        "1992",
        None,  # the sentence before opens on an "it" that is the park, not the range the title names
        id="a-shown-sentences-it-is-a-name-sharing-the-titles-word",  # blind review 85
    ),
    pytest.param(
        _PARK_IN_A_RANGE,
        "738 km²",
        "From “Tatra”: Tatra National Park was established in 1949",
        id="its-it-is-the-park-the-sentence-before-names",
    ),
]


WHAT_THE_SENTENCE_BEFORE_NAMES_CASES += [
    pytest.param(
        "Food and diet\n\nFood gives the body energy and materials for growth. There are seven main groups of "
        "nutrients. Two of them, vitamins and minerals, are needed only in small amounts and are therefore called "
        "micronutrients. Fibre helps digestion.",
        "micronutrients",
        "From “Food and diet”: There are seven main groups of nutrients. Two of them, vitamins and minerals,",
        id="two-of-them-after-the-sentence-that-names-the-groups",  # round O's r81-text-2, a terms fixer's
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), WHAT_THE_SENTENCE_BEFORE_NAMES_CASES)
def test_attended_expected_growth_the_most_or_the_result_is_asked_after_the_sentence_before(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# guards: the sentence says itself what it means, and the title goes before it as before
SAYS_ITSELF_CASES = [
    pytest.param(
        "Museums of Lyon\n\nSeveral large museums stand along the river. The most visited museum is the Musée des "
        "Confluences, which drew 2.1 million visitors in 2019.",
        "2.1 million",
        "From “Museums of Lyon”: The most visited museum",
        id="the-most-visited-museum-says-of-what",
    ),
    pytest.param(
        "Norway retail sales beat forecasts\n\nRetail sales in Norway rose 2.4% in March from a year earlier, the "
        "statistics office said on Friday. Analysts polled by Reuters had expected revenue growth of 1.9% for the "
        "largest chains.",
        "1.9%",
        "From “Norway retail sales beat forecasts”: Analysts polled by Reuters",
        id="expected-revenue-growth-says-of-what",
    ),
    pytest.param(
        "Peace talks\n\nIn 1921 the Italian foreign minister called a conference in Genoa to settle the war debts. "
        "Twenty-nine states attended the opening session in the Palazzo San Giorgio.",
        "Twenty-nine states",
        "From “Peace talks”: _____ attended the opening session",
        id="attended-the-session-it-names",
    ),
]


SAYS_ITSELF_CASES += [
    pytest.param(
        "Cheese maker fined over outbreak\n\nA cheese maker was fined £2m on Monday. Nine people fell ill in 2022 after "
        "eating cheese from the creamery. Three of them, a 71-year-old man from Leeds and two women from York, died in "
        "hospital.",
        "Leeds",
        None,  # a victim's home town: "three of them" is shown after its sentence only where it names a term
        id="three-of-them-naming-no-term-stays-unasked",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), SAYS_ITSELF_CASES)
def test_the_most_visited_museum_or_expected_revenue_growth_stand_with_the_title(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param("To pay their soldiers, emperors debased the coinage.", False, id="their-is-the-subjects-after-it"),
        pytest.param("To pay their soldiers, they debased the coinage.", True, id="their-and-they-of-the-sentence-before"),
        pytest.param("To pay their soldiers, the two debased the coinage.", True, id="the-two-of-the-sentence-before"),
        pytest.param("When the ship sank, its crew escaped in two boats.", True, id="its-after-the-ship-told-of-before"),
    ],
)
def test_an_opening_infinitives_their_is_the_subject_named_after_it(text, leans):
    assert leans_on_previous(analyse(document_from_text(f"Rome\n\n{text}")).sentences[1]) == leans


# (article, answer, how every item asking it must begin; None = not asked at all)
ONLY_THE_SENTENCE_BEFORE_SAYS_CASES = [
    pytest.param(
        "Volcanoes\n\nA volcano is an opening in the crust through which magma escapes. Most volcanoes lie along plate "
        "boundaries. Volcanoes are grouped by the shape of the cones they build. Cinder cones are the smallest type, "
        "rarely more than 300 metres high.",
        "300 metres",
        "From “Volcanoes”: Volcanoes are grouped by the shape of the cones they build. Cinder cones are the smallest",
        id="the-smallest-type-after-the-sentence-that-says-of-what",  # blind review 88
    ),
    pytest.param(
        "Landslides\n\nA landslide is a movement of rock down a slope. Landslides kill thousands of people a year. "
        "They range from very slow to very fast. Rockfall is the fastest kind, reaching 100 metres a second.",
        "100 metres a second",
        None,  # the sentence before, "They range …", says of what only with its own sentence before
        id="the-fastest-kind-after-a-sentence-that-leans-is-not-asked",  # blind review 88
    ),
    pytest.param(
        "Measles jabs reach remote islands\n\nHealth workers began vaccinating children on 14 outlying islands on "
        "Monday. The campaign aims to reach 40,000 children by June.\n\nProblems ahead\n\nKeeping 80,000 doses cold on "
        "the boats will be the hardest part, officials said.",
        "80,000",
        None,  # a heading before it: nothing says of what
        id="the-hardest-part-after-a-heading-is-not-asked",  # blind review 84
    ),
    pytest.param(
        "Parliaments\n\nA general election is a contest in which voters cast votes to choose a member for each "
        "constituency. The rules that decide how those votes are turned into seats are known as the electoral formula. "
        "Most parliaments have two chambers.",
        "electoral formula",
        "From “Parliaments”: A general election is a contest in which voters cast votes",
        id="those-votes-after-the-sentence-that-tells-of-votes",  # blind review 71
    ),
    pytest.param(
        "Solar panels sell out in Norway as power prices soar\n\nHouseholds in Norway bought a record number of solar "
        "panels this year. The Northern Solar Trade Association, which represents installers, said its members fitted "
        "40,000 systems in 2023. \"Solar is now the cheapest power a family can buy,\" said the association's chief "
        "executive, Maria Lind.",
        "Maria Lind",
        "From “Solar panels sell out in Norway as power prices soar”: The Northern Solar Trade Association",
        id="the-associations-chief-after-the-sentence-that-names-the-association",  # blind review 75
    ),
]


ONLY_THE_SENTENCE_BEFORE_SAYS_CASES += [
    pytest.param(
        "Lastovo\n\nLastovo is an island in the Adriatic Sea. It has about 800 inhabitants and a lighthouse built in "
        "1839. Venice ruled Lastovo from 1420 to 1797. In 1815 Lastovo passed to the Kingdom of Dalmatia, an Austrian "
        "province. After the kingdom was dissolved in 1918, Lastovo was given to Italy under the Treaty of Rapallo.",
        "1918",
        "From “Lastovo”: In 1815 Lastovo passed to the Kingdom of Dalmatia, an Austrian province. After the kingdom",
        id="the-kingdom-after-the-sentence-that-names-it",  # blind review 91
    ),
]


# guards: the sentence, or the title, says it
ONLY_THE_SENTENCE_BEFORE_SAYS_CASES += [
    pytest.param(
        "Kingdom of Dalmatia\n\nThe Kingdom of Dalmatia was a province of the Austrian Empire. Its capital was Zara. "
        "In 1815 Austria took over the Kingdom of Dalmatia from France. After the kingdom was dissolved in 1918, Italy "
        "and Yugoslavia divided the land.",
        "1918",
        "From “Kingdom of Dalmatia”: After the kingdom was dissolved",
        id="the-kingdom-the-title-names-needs-no-sentence-before",
    ),
    pytest.param(
        "Rocks\n\nRocks are made of minerals. Geologists sort them into three groups. Rocks that cool from magma are "
        "called igneous. Basalt is the most common type of igneous rock, covering 70% of the ocean floor.",
        "70%",
        "From “Rocks”: Basalt is the most common type of igneous rock",
        id="the-most-common-type-of-igneous-rock-says-of-what",
    ),
    pytest.param(
        "Migraine pill approved for children\n\nRegulators approved the first pill to prevent migraines in children on "
        "Tuesday. The trial enrolled 410 children in 12 countries. Children who took the pill had 3.9 fewer migraine "
        "days a month, compared with 1.6 fewer days among those given a placebo.",
        "3.9",
        "From “Migraine pill approved for children”: Children who took the pill",
        id="those-given-a-placebo-are-people-the-sentence-says",
    ),
    pytest.param(
        "Mary Dewson\n\nMary Dewson was an American social reformer. She was born in Quincy in 1874. Governor Al Smith "
        "appointed her to the Ohio State Labour Board in 1919. When Smith became senator in 1925, he put her in charge "
        "of the state's labour department.",
        "1925",
        "From “Mary Dewson”: When Smith became senator",
        id="the-states-department-as-an-object-needs-no-sentence-before",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), ONLY_THE_SENTENCE_BEFORE_SAYS_CASES)
def test_the_slowest_type_these_ballots_or_the_associations_chief_are_asked_after_the_sentence_before(
    article, answer, begins
):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        pytest.param(
            "Working closely with Marconi, she refined the receiver in 1921.", True, id="she-after-an-adverb-and-a-name"
        ),
        pytest.param("Working with Marconi, she refined the receiver in 1921.", True, id="she-after-working-with-a-name"),
        pytest.param(
            "After his election in 1932, Franklin Roosevelt asked Frances Perkins to join the cabinet.",
            False,
            id="his-is-the-person-named-after-the-opening-phrase",  # blind review 71
        ),
        pytest.param(
            "After his election in 1932, the president asked Frances Perkins to join the cabinet.",
            True,
            id="his-before-a-description-is-someone-before",
        ),
        pytest.param("During her reign, the country grew rich from the wool trade.", True, id="her-before-no-one"),
    ],
)
def test_an_opening_phrases_his_is_the_person_named_after_it_not_the_name_inside_it(text, leans):
    assert leans_on_previous(analyse(document_from_text(f"Rome\n\n{text}")).sentences[1]) == leans


# (article, answer, how every item asking it must begin)
SHE_AFTER_WORKING_WITH_CASES = [
    pytest.param(
        "Crystal radio\n\nA crystal radio is a simple receiver that needs no battery. It was popular in the 1920s. The "
        "best-known early builder was Hanna Lind (1890–1960), a Swedish engineer who turned to radio after the war. "
        "Working closely with Marconi, she refined the receiver's range to about 40 kilometres.",
        "40 kilometres",
        "From “Crystal radio”: The best-known early builder was Hanna Lind",
        id="she-working-with-a-man-is-the-builder-the-sentence-before-names",  # blind review 88
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), SHE_AFTER_WORKING_WITH_CASES)
def test_she_working_closely_with_someone_is_asked_after_the_sentence_that_names_her(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        pytest.param("Ten operate at 50 hertz for the northern grid.", True, id="ten-operate-at"),  # blind review 87
        pytest.param("Four survive in museums in Berlin and Paris.", True, id="four-survive-in"),
        pytest.param("Ten percent in the north voted against it.", False, id="ten-percent-is-a-measure"),
        pytest.param("Two men at the gate were arrested.", False, id="two-men-is-a-plural-noun"),
        pytest.param("Five days in May changed the war.", False, id="five-days-is-a-plural-noun"),
    ],
)
def test_a_count_with_a_verb_no_list_knows_is_a_bare_count(text, bare):
    assert bare_quantifier_subject(text) == bare


BARE_COUNT_CASES = [
    pytest.param(
        "Kariba Station\n\nKariba Station is a hydroelectric power station on the Zambezi. It was completed in 1977. "
        "Each of the 12 turbines has a capacity of 125 MW. Six operate at 50 Hz for the Zambian grid and six at 60 Hz "
        "for export.",
        "60 Hz",
        "From “Kariba Station”: Each of the 12 turbines has a capacity of 125 MW. Six operate",
        id="six-operate-after-the-sentence-that-says-six-of-what",  # blind review 87
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), BARE_COUNT_CASES)
def test_six_operate_is_asked_after_the_sentence_that_says_six_of_what(article, answer, begins):
    _assert_asked_after(article, answer, begins)


# (article, answer, how every item asking it must begin)
FORMULA_LINE_CASES = [
    pytest.param(
        "Weight\n\nWeight is the force of gravity on an object. It is measured in newtons. The weight of an object is "
        "given by:\n\nW = mg\n\nHere m is the mass in kilograms and g is the gravitational field strength, about "
        "1.6 N/kg on the Moon.",
        "1.6 N/kg",
        "From “Weight”: W = mg. Here m is the mass",
        id="here-m-is-after-the-formula-line-it-explains",  # blind review 87
    ),
    pytest.param(
        "Pressure in Liquids\n\nPressure is the force acting on each unit of area of a surface. The pressure caused "
        "by a column of liquid is given by the formula:\n\np = ρ × g × h\n\nwhere:\n- p is the pressure due to the "
        "liquid, in pascals (Pa)\n- ρ (the Greek letter rho) is the density of the liquid, in kg/m³\n- g is the "
        "gravitational field strength, 9.8 N/kg on Earth\n- h is the depth below the surface, in metres (m)",
        "9.8 N/kg",
        "From “Pressure in Liquids”: p = ρ × g × h. g is the gravitational field strength, ",
        id="a-line-under-where-is-asked-after-the-formula-over-the-lines-between",  # review 103
    ),
    pytest.param(
        "Tour of Flanders\n\nThe Tour of Flanders is a one-day cycling race in Belgium. It was first held in 1913. In "
        "2024 the winner averaged 43.4 km/h over the 269 km route.",
        "43.4 km/h",
        "From “Tour of Flanders”: In 2024",
        id="the-h-of-km-per-h-is-no-letter-of-a-formula",
    ),
]


@pytest.mark.parametrize(
    ("article", "answer", "begins"),
    [
        pytest.param(
            "3.6 Break-Even Analysis\n\nA new business owner needs to know how many products must be sold to avoid "
            "a loss. Break-even analysis is a method used to find this figure. The level of output at which total "
            "revenue equals total costs is called the break-even point.",
            "Break-even analysis",
            "A new business owner needs to know how many products must be sold to avoid a loss. [term] is a method",
            id="a-definition-by-this-figure-is-asked-after-the-sentence-that-says-which",  # review 103
        ),
        pytest.param(
            "Costs\n\nA business has two main types of cost.\n\n- Fixed costs are costs that do not change with the "
            "level of output, such as rent. They are paid even if nothing is sold.\n- Variable costs are costs that "
            "rise and fall with output, such as raw materials and packaging.",
            "Variable",
            "From “Costs”: [term] costs are costs that rise and fall with output",
            id="costs-that-rise-is-a-clause-after-are-costs-not-that-pointing-back",  # review 103
        ),
    ],
)
def test_a_term_defined_by_what_went_before_is_asked_after_it(article, answer, begins):
    _assert_asked_after(article, answer, begins)


@pytest.mark.parametrize(("article", "answer", "begins"), FORMULA_LINE_CASES)
def test_letters_of_a_formula_are_asked_after_the_formula_line(article, answer, begins):
    _assert_asked_after(article, answer, begins)


_KARIBA = (
    "Kariba Dam\n\nThe Kariba Dam is a concrete arch dam on the Zambezi River between Zambia and Zimbabwe. It was "
    "completed in 1959. With a height of 128 metres, it is one of the tallest dams in Africa, and for many years it "
    "held the record for the largest reservoir in the world. The dam is owned and operated by {owner} held in equal "
    "shares by the two countries."
)
# (article, answer, how every item asking it must begin; None = not asked at all)
WHAT_IS_COUNTED_LIMITED_OR_PARTED_CASES = [
    pytest.param(
        "Electric bus orders fall 20% as city budgets tighten\n\nOrders for electric buses in Poland fell 20% last "
        "year, the industry body said on Monday.\n\nThe fall is a blow to the government's plan to have 5,000 electric "
        "buses on the roads by 2030. Only about 1,200 are in service today, the body estimates.",
        "1,200",
        "From “Electric bus orders fall 20% as city budgets tighten”: The fall is a blow to the government's plan to "
        "have 5,000 electric buses on the roads by 2030. Only about [number] are in service",
        id="a-count-with-no-noun-is-asked-after-the-sentence-that-says-of-what",  # blind review 98
    ),
    pytest.param(
        "Electric bus orders fall 20% as city budgets tighten\n\nOrders for electric buses in Poland fell 20% last "
        "year, the industry body said on Monday.\n\nThe fall is a blow to the government's plan to have 5,000 electric "
        "buses on the roads by 2030. Only about 1,200 buses are in service today, the body estimates.",
        "1,200",
        "From “Electric bus orders fall 20% as city budgets tighten”: Only about [number] buses",
        id="a-count-of-named-things-stands-with-the-title",
    ),
    pytest.param(
        "Web servers\n\nA web server answers requests from browsers. Each open connection uses memory. If too many "
        "clients connect at once, the server refuses new ones. In nginx, the default limit is 512 connections.",
        "512",
        "From “Web servers”: If too many clients connect at once, the server refuses new ones. In nginx, the default",
        id="the-default-limit-is-asked-after-the-sentence-that-says-of-what",  # blind review 97
    ),
    pytest.param(
        "Web servers\n\nA web server answers requests from browsers. Each open connection uses memory. If too many "
        "clients connect at once, the server refuses new ones. In nginx, the default limit on connections is 512.",
        "512",
        "From “Web servers”: In nginx, the default limit on connections",
        id="a-limit-on-something-stands-with-the-title",
    ),
    pytest.param(
        "Similes\n\nA simile compares two things using like or as. Every simile has two parts. The thing being "
        "compared is called the target, and the thing it is compared with is called the source.",
        "target",
        "From “Similes”: Every simile has two parts. The thing being compared is called the [term]",
        id="a-part-named-is-asked-after-the-sentence-that-counts-the-parts",  # blind review 96
    ),
    pytest.param(
        "Similes\n\nA simile compares two things using like or as. The thing being compared is called the target, and "
        "the thing it is compared with is called the source.",
        "target",
        "From “Similes”: The thing being compared is called the [term]",
        id="a-naming-sentence-after-no-count-of-parts-stands-with-the-title",
    ),
    pytest.param(
        "Dance halls\n\nSwing music grew up in the cities of the American north, where Benny Goodman led a band of 14 "
        "players. Its spread was helped by the rise of "
        "the dance hall, a large room where paying crowds danced to live bands. The first such halls opened in Chicago "
        "in the 1910s, and by 1930 there were hundreds across the country.",
        "1910s",
        None,
        id="the-first-such-halls-after-a-sentence-that-cannot-be-shown-is-not-asked",  # blind review 95
    ),
    pytest.param(
        "Regulators approve first pill to prevent migraines in children\n\nBritain's medicines regulator on Thursday "
        "approved a daily tablet to prevent migraine attacks in children aged 12 to 17, the first such treatment "
        "licensed for adolescents in the country.",
        "12 to 17",
        "From “Regulators approve first pill to prevent migraines in children”: Britain's medicines regulator",
        id="the-first-such-treatment-after-a-comma-sums-up-its-own-clause",
    ),
    pytest.param(
        "Kestrel Foods profit falls to £2.1bn as costs rise\n\nLONDON — Kestrel Foods reported a fall in annual profit "
        "on Tuesday, blaming higher energy and wage bills.\n\nThe London-listed group said operating profit came to "
        "£2.1 billion for the year to March 31, down from £2.6 billion a year earlier.",
        "£2.1 billion",
        "Kestrel Foods reported a fall in annual profit on Tuesday, blaming higher energy and wage bills. The "
        "London-listed group",
        id="the-london-listed-group-under-a-headline-giving-the-figure-away-gets-the-sentence-naming-it",  # review 48
    ),
    pytest.param(
        "Kestrel Foods profit falls to £2.1bn as costs rise\n\nLONDON — Kestrel Foods reported a fall in annual profit "
        "on Tuesday, blaming higher energy and wage bills.\n\nThe London-listed group said operating profit came to "
        "£2.1 billion for the year to March 31, down from £2.6 billion a year earlier.",
        "£2.6 billion",
        "From “Kestrel Foods profit falls to £2.1bn as costs rise”: The London-listed group",
        id="the-london-listed-group-under-a-headline-that-can-be-shown-keeps-the-headline",
    ),
    pytest.param(
        _KARIBA.format(owner="Kariba Holdings, a company"),
        "Kariba Holdings",
        None,
        id="a-sentence-before-leaning-on-a-title-that-gives-the-answer-away-explains-nothing",  # blind review 87
    ),
    pytest.param(
        _KARIBA.format(owner="the Zambezi River Authority, a body"),
        "Zambezi River Authority",
        "From “Kariba Dam”: With a height of 128 metres, it is one of the tallest dams",
        id="a-sentence-before-leaning-on-a-title-that-can-be-shown-stays",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), WHAT_IS_COUNTED_LIMITED_OR_PARTED_CASES)
def test_a_bare_count_a_default_limit_or_a_named_part_is_asked_after_the_sentence_before(article, answer, begins):
    _assert_asked_after(article, answer, begins)


_BLOOD_PRESSURE = (
    "{title}\n\nThe circulatory system carries blood around the body. It delivers oxygen to every cell.\n\n"
    "Blood pressure is the force of blood pushing against the walls of the arteries. It is measured in millimetres of "
    "mercury (mmHg) and written as two numbers, for example 120/80 mmHg. The higher number is the systolic pressure, "
    "when the ventricles contract; the lower number is the diastolic pressure, when the heart relaxes between beats."
)


@pytest.mark.parametrize(
    ("title", "context"),
    [
        # blind review 32: "Prompt opens with 'It is measured...' where 'It' (blood pressure) is never named"
        pytest.param("The Human Circulatory System", None, id="an-it-after-a-defined-subject-is-not-the-title"),
        pytest.param("Blood pressure", "From “Blood pressure”:", id="a-title-naming-the-defined-subject-says-it"),
    ],
)
def test_a_sentence_before_whose_it_is_a_defined_subject_is_not_shown_under_another_title(title, context):
    analysis = analyse(document_from_text(_BLOOD_PRESSURE.format(title=title)))
    sentence = next(s for s in analysis.sentences if s.text.startswith("The higher number"))
    hidden = tuple(span for span in sentence.spans if span.text == "systolic")
    assert hidden
    assert context_for(sentence, analysis, hidden) == context


_MARKET_POWER = (
    "{title}\n\nEconomists compare industries by how much of the market a few firms hold. A useful measure is the "
    "concentration ratio, the combined market share of the five largest firms. A ratio above 70 per cent usually "
    "indicates an oligopoly."
)


@pytest.mark.parametrize(
    ("title", "begins"),
    [
        # blind review 49, bad: "'A ratio' unresolved: the four-firm concentration ratio is never named"
        pytest.param(
            "Market power", "From “Market power”: A useful measure is the concentration ratio",
            id="a-threshold-of-a-ratio-the-sentence-before-named",
        ),
        pytest.param(
            "The concentration ratio", "From “The concentration ratio”: A ratio above",
            id="a-threshold-of-a-ratio-the-title-names",
        ),
    ],
)
def test_a_threshold_of_a_measure_named_just_before_is_asked_after_that_sentence(title, begins):
    _assert_asked_after(_MARKET_POWER.format(title=title), "70 per cent", begins)


def test_a_name_for_the_subject_is_no_defined_subject_its_it_still_the_title():
    # review of this stop's change: "Chomolungma is the Tibetan name for the mountain" defines no term, and the "It"
    # after it is still Mount Everest (the 1953 card was lost)
    article = ("Mount Everest\n\nMount Everest is the highest mountain on Earth, on the border between Nepal and China. "
               "Chomolungma is the Tibetan name for the mountain. It was first climbed in 1953 by Edmund Hillary and "
               "Tenzing Norgay.")
    (asked,) = [q for q in quizgen.generate(article).questions if q.answer == "1953"]
    assert asked.prompt.startswith("From “Mount Everest”: Mount Everest was first climbed in ")


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        ("Variable costs are costs that rise and fall with output.", False),  # review 103: "are costs that" a clause
        ("Variable costs were costs that rose and fell with output.", False),
        ("The band was refused that award in 2001.", True),  # a passive verb before "that award" still points back
    ],
)
def test_that_after_a_noun_of_a_copula_is_a_clause_after_a_verb_a_pointer(text, points_back):
    from quizgen.questions.pointers import that_points_back

    assert that_points_back(text) is points_back


@pytest.mark.parametrize(
    ("text", "of_nothing"),
    [
        ("Only about 1.7 million are in use today, the association estimates.", True),
        ("2022 had the hottest day on record.", False),  # a year is no count
        ("1,000 is the usual limit.", False),
    ],
)
def test_a_figure_standing_for_nothing_is_a_count_not_a_year(text, of_nothing):
    from quizgen.questions.pointers import figure_of_nothing

    assert figure_of_nothing(text) is of_nothing


# "The process", "The company" as a bare subject: which one only the sentence before says (blind
# reviews 100 and 102). The sentence before goes in front; a title naming the kind is enough.
UNDERTAKING_CASES = [
    pytest.param(
        "Giant's Causeway\n\nThe causeway has about 40,000 columns.\n\nAbout 50 million years ago molten basalt "
        "spread over the chalk of County Antrim as a lava plateau. Basalt lava that cools slowly contracts and "
        "cracks into polygonal columns. The process is known as columnar jointing.",
        "columnar jointing",
        None,
        id="the-process-only-a-sentence-naming-nothing-explains-is-not-asked",
    ),
    pytest.param(
        "Hepatitis A outbreak linked to frozen berries\n\nAn outbreak has sickened 214 people in four countries.\n\n"
        "Veldhoven Frozen Foods recalled 38 product lines on Wednesday. The company, which employs about 320 people, "
        "reported sales of €186 million in 2023.",
        "€186 million",  # (the year of a firm's sales is not asked at all)
        "From “Hepatitis A outbreak linked to frozen berries”: Veldhoven Frozen Foods recalled 38 product lines on "
        "Wednesday. The company",
        id="the-company-gets-the-sentence-that-names-it",
    ),
    pytest.param(
        "Staffing firm Norvik cuts jobs\n\nNorvik said on Monday it would cut staff.\n\nThe firm was founded in "
        "1987 in Oslo and employs 4,000 people.",
        "1987",
        "From “Staffing firm Norvik cuts jobs”: When was the firm founded?",
        id="a-title-naming-the-firm-is-enough",
    ),
    pytest.param(
        "Meadowvale Dairies fined £1.8m over listeria outbreak\n\nA dairy was fined on Friday.\n\nThe judge said "
        "the failings were serious. The company was also ordered to pay £214,000 in prosecution costs.",
        "£214,000",
        "From “Meadowvale Dairies fined £1.8m over listeria outbreak”: The company",
        id="a-headline-naming-the-business-says-which-company",
    ),
]


@pytest.mark.parametrize(("article", "answer", "begins"), UNDERTAKING_CASES)
def test_the_process_or_company_is_asked_after_the_sentence_that_says_which(article, answer, begins):
    _assert_asked_after(article, answer, begins)

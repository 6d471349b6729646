"""Demo case studies, part 1: Bassetlaw to Preston in "Co-operative Case Studies 2020".

Facts (names, titles, figures, partners, contacts) come from the CCIN booklet; the prose is
rewritten for the hub. Part 2 (Rochdale onwards, GMCA and the affiliate stories) lives in
case_studies_part2.py. Data only: the demo loader turns these dicts into CaseStudyPages.
"""

CASE_STUDIES = [
    {
        "title": ("Bassetlaw Neighbourhood Planning Marketplace: empowering community plan makers"),
        "lead": "Bassetlaw District Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Bassetlaw brought its neighbourhood plan groups together at a marketplace of "
            "stalls instead of presentations, so volunteers could learn from each other; "
            "groups left with new contacts, offers of peer support and ideas for new plans."
        ),
        "themes": ["neighbourhoods-and-communities", "democracy-and-engagement"],
        "principles": [2, 3, 9],
        "contact_name": "Will Wilson",
        "contact_role": "Planning Policy Officer (Neighbourhood Plans)",
        "body": [
            ("heading", "Why a marketplace"),
            (
                "paragraph",
                "<p>Neighbourhood planning is busy in Bassetlaw: nine plans have been "
                "formally made, fifteen more are being written and further areas are "
                "thinking about starting. Yet the steering groups doing this work, often on "
                "very similar tasks, rarely met one another. The district council saw that "
                "gap as a chance to see what the groups could gain by getting together.</p>",
            ),
            (
                "paragraph",
                "<p>The idea grew out of an officer's doctoral research into public "
                "participation in planning, and in particular how local and unwritten "
                "knowledge can be given proper weight. Put into practice, it became an event "
                "where groups could show their own work, see what others were doing and, "
                "with luck, find reasons to collaborate.</p>",
            ),
            ("heading", "How the event worked"),
            (
                "paragraph",
                "<p>There were deliberately no talks from the front. Each neighbourhood "
                "plan group ran its own stall, sharing information and conversation, while "
                "council officers acted as facilitators who could still answer questions "
                "when asked.</p><p>The council prepared a poster for every active group in "
                "the same layout, summarising how far its plan had got and what evidence it "
                "had gathered. Because the posters matched, visitors could compare groups "
                "at a glance.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "75+", "label": "people at the marketplace"},
                    {"figure": "26", "label": "neighbourhood plan areas represented"},
                    {"figure": "9", "label": "neighbourhood plans made in the district"},
                    {"figure": "15", "label": "plans under development"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>As well as active and prospective plan groups, the audience included "
                "elected members and members of Bassetlaw Youth Council. Early feedback "
                "was encouraging:</p><ul><li>groups have used what they learned to "
                "improve their own plans;</li><li>new links were made, with some groups "
                "offering to act as informal critical friends to others;</li><li>new areas "
                "expressed interest in planning, including neighbouring places that were "
                "thought too small to plan alone but could work together.</li></ul>"
                "<p>The council expects to run further activities of this kind.</p>",
            ),
        ],
    },
    {
        "title": "Brent Hubs",
        "lead": "Brent Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Brent opened local hubs where council services sit alongside dozens of "
            "community and advice partners; in early 2019 about 2,000 residents were helped "
            "at two hubs, with 80% of issues resolved on the spot."
        ),
        "themes": ["neighbourhoods-and-communities"],
        "principles": [1, 3, 7],
        "contact_name": "Mo Jama",
        "contact_role": "Brent Hubs Manager",
        "body": [
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>Brent Hubs are designed to make local communities more resilient and "
                "less dependent on services over the long term. They give residents "
                "another way to link up with local organisations and with one another, to "
                "find help and advice, and to borrow community space for trying "
                "out ideas and activities that improve their area.</p>",
            ),
            (
                "paragraph",
                "<p>The model came out of system-wide reviews of issues that cut across "
                "services, such as housing, employment and regeneration. Those reviews "
                "combined community research and engagement with design-led methods to "
                "build a new kind of partnership: local services and activities shaped "
                "around what each neighbourhood needs.</p>",
            ),
            ("heading", "From pilot to borough-wide"),
            (
                "paragraph",
                "<p>The first hub ran as a pilot in Harlesden in 2017-18. In its first "
                "year more than 40 partners, from individual community leaders and small "
                "neighbourhood groups to well-known national advice charities, delivered "
                "support there alongside core council services. The evaluation found that "
                "the joined-up, early-help approach let people sort out simple but urgent "
                "problems straight away, uncover other needs behind the one they came in "
                "with, start to untangle deeper problems, and get involved in community "
                "life. Partners said the hub helped them build new relationships and reach "
                "new clients.</p><p>A second hub followed in Kilburn in 2019, using the "
                "same design principles but a different mix of partners chosen for "
                "Kilburn residents.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "40+", "label": "partners delivering at the Harlesden pilot"},
                    {"figure": "2,000", "label": "clients supported in early 2019"},
                    {"figure": "80%", "label": "of issues fully resolved within the hubs"},
                    {"figure": "149", "label": "languages spoken in Brent"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>In the first three months of 2019 the Harlesden and Kilburn hubs "
                "together supported around 2,000 clients and resolved four in five of "
                "their issues without sending them elsewhere. Brent was the first UK local "
                "authority with a majority black, Asian and minority ethnic population, and "
                "the hubs let services respond to very different communities. By 2020 each "
                "of Brent's five localities is due to have a hub, with Willesden, Wembley "
                "and Kingsbury joining in time to support the borough's London Borough of "
                "Culture 2020 programme.</p>",
            ),
        ],
    },
    {
        "title": "One City Plan",
        "lead": "Bristol City Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Bristol's business, charity, academic and public sectors wrote the city's first "
            "One City Plan together, with goals for each decade to 2050 and new city-wide "
            "governance that breaks down silos between organisations."
        ),
        "themes": ["governance"],
        "principles": [1, 8],
        "contact_name": "",
        "contact_role": "Bristol One City",
        "body": [
            ("heading", "Why Bristol needed a shared plan"),
            (
                "paragraph",
                "<p>Bristol's future is being shaped by forces no single organisation "
                "controls, from government policy and trade to climate change. At the same "
                "time an ageing population, social inequality and unsustainable use of "
                "resources call for quick action. Partners across the city decided to agree "
                "together what kind of city they want to become.</p>",
            ),
            ("heading", "What was done"),
            (
                "paragraph",
                "<p>The One City Approach combines a new city-wide governance framework "
                "with Bristol's first One City Plan, which sets ambitious targets decade by "
                "decade up to 2050. Its purpose is to bring people together in new ways, "
                "make public services more resilient and help good ideas spread across the "
                "city.</p><p>Although the approach belongs to the whole city, a small team "
                "of officers in the council's Policy, Strategy and Partnerships division "
                "did most of the work of turning it from an idea into something "
                "real.</p>",
            ),
            (
                "paragraph",
                "<p>The approach rests on the combined knowledge of many stakeholders, "
                "and on organisations accepting that their own success depends on the "
                "health of the city around them, not only on what happens inside their own "
                "walls. Business, voluntary, academic and public sector partners all helped "
                "write the first draft, which aims for a fair, healthy and sustainable "
                "Bristol with less inequality.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "2050", "label": "horizon of the plan, set out decade by decade"},
                    {"figure": "6", "label": "priority themes"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>The plan sets a vision for each decade, with goals grouped under six "
                "themes: health and wellbeing; economy; homes and communities; environment; "
                "learning and skills; and connectivity. More than a document, it is meant "
                "to change the culture of the city and the way it is governed. The model, "
                "unusual for a city of Bristol's size, was shortlisted for the EU's Capital "
                "of Innovation Award.</p>",
            ),
        ],
    },
    {
        "title": "City is a laboratory for housing innovation",
        "lead": "Bristol City Council",
        "partner_members": [],
        "partner_organisations": [
            "Bristol and Bath Regional Capital",
            "Shaftesbury Partnership",
            "ZED Pods",
        ],
        "year": 2020,
        "summary": (
            "Through a five-year Housing Festival, Bristol is offering council sites, "
            "including ones conventional schemes would reject, as test beds for new ways of "
            "delivering good affordable homes quickly, from modular homes to offsite "
            "manufacturing."
        ),
        "themes": ["housing"],
        "principles": [1, 7, 8],
        "contact_name": "",
        "contact_role": "Bristol One City",
        "body": [
            ("heading", "The problem"),
            (
                "paragraph",
                "<p>Bristol is short of affordable homes. An average two-bedroom house in "
                "the city cost £222,000 last year, against £60,000 in 1990, and on any "
                "night around 500 families with children are living in temporary "
                "accommodation. The council wanted to find faster, better ways of building "
                "the homes people can afford.</p>",
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>Under the banner of the Housing Festival, which will spend five years "
                "exploring new approaches to housing, the council has put the city "
                "forward as a real-world laboratory. It is making a range of sites "
                "available for testing over the next five years, including some that "
                "would normally be written off as undeliverable by standard development "
                "methods.</p>",
            ),
            (
                "paragraph",
                "<p>On these sites both proven concepts and brand-new ideas can be tried "
                "out. Modular homes from ZED Pods, for example, mean temporary or permanent "
                "homes can go from plan to occupation within six months. The festival is "
                "also looking at smart technology and offsite manufacturing, and "
                "putting a spotlight on what local partners, innovators and community "
                "groups are already doing in Bristol.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "£222,000", "label": "average two-bedroom house in Bristol"},
                    {"figure": "£60,000", "label": "the same house in 1990"},
                    {"figure": "500", "label": "families with children in temporary homes"},
                    {"figure": "6 months", "label": "from plan to occupied modular home"},
                ],
            ),
            ("heading", "Who is involved"),
            (
                "paragraph",
                "<p>The project is backed by Bristol City Council, Bristol and Bath "
                "Regional Capital and the Shaftesbury Partnership, as a direct answer to "
                "the city's housing shortage. Rather than relying on one developer or one "
                "method, the council is using its land to let many partners show what "
                "works and speed up the supply of quality homes.</p>",
            ),
        ],
    },
    {
        "title": "Capital Ambition to Build 2,000 New Council Homes",
        "lead": "Cardiff Council",
        "partner_members": [],
        "partner_organisations": ["Wates Residential", "Sero Energy", "Welsh Government"],
        "year": 2020,
        "summary": (
            "Cardiff is building 1,000 council homes by 2022 and at least 2,000 in time, "
            "to its own higher design and energy standard, using a cross-subsidising "
            "development partnership, innovative methods and a 214-home low carbon scheme."
        ),
        "themes": ["housing", "energy-and-climate"],
        "principles": [2, 7, 8],
        "contact_name": "David Jaques",
        "contact_role": "Housing Development Manager",
        "body": [
            ("heading", "The programme"),
            (
                "paragraph",
                "<p>Cardiff Council has set out to build 1,000 new council homes by 2022 "
                "and at least 2,000 over the longer term. Around 40 sites across the city "
                "are in the programme, backed by roughly £280 million of capital investment "
                "over ten years. New schemes are meant to improve the estates around them, "
                "and residents are consulted through open days and workshops; several "
                "designs have been changed as a result.</p>",
            ),
            ("heading", "Better homes, not just more"),
            (
                "paragraph",
                "<p>The Cardiff Design Standard sets minimum requirements for design "
                "quality, green infrastructure and energy use. A fabric first approach "
                "means every home performs at least 20% better than building regulations, "
                "which helps tenants avoid fuel poverty. Homes are also more accessible and "
                "a little larger than Welsh Government standards require. That costs more "
                "at the outset, but it cuts future adaptations and lets people live "
                "independently for longer; older persons' schemes follow HAPPI, "
                "dementia-friendly and RNIB Housing Sight standards, with shared spaces "
                "that help combat loneliness.</p>",
            ),
            ("heading", "New ways of delivering"),
            (
                "paragraph",
                "<p>Through Cardiff Living, a strategic partnership with Wates Residential, "
                "a fixed portfolio of council sites is developed for mixed tenure, with "
                "profitable sites subsidising difficult ones that would not stack up on "
                "their own. Homes for sale are priced for local buyers: on one finished "
                "scheme 92% went to first-time buyers who grew up on the estate or to "
                "people with a local connection. Around £9 million from the Welsh "
                "Government's Innovative Housing Programme is funding trials of modular "
                "building, Passivhaus design and converted shipping containers used as "
                "temporary homes for homeless families.</p>",
            ),
            (
                "paragraph",
                "<p>The first low carbon scheme, with Wates Residential and Sero Energy, "
                "will provide 214 homes, 30% for council social rent and 70% for sale, "
                "helped by £3.8 million of Welsh Government funding. Every home gets solar "
                "panels, batteries, a ground source heat pump and an electric vehicle "
                "charger, and the whole site works as an energy store. The technology adds "
                "about £12,000 per home, but heating and power bills are expected to be "
                "around £400 a year.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "2,000", "label": "new council homes planned in the long term"},
                    {"figure": "£280m", "label": "capital investment over 10 years"},
                    {"figure": "92%", "label": "of homes for sale on one scheme bought locally"},
                    {"figure": "214", "label": "homes in the first low carbon scheme"},
                    {"figure": "95%", "label": "projected energy improvement on regulations"},
                ],
            ),
        ],
    },
    {
        "title": "Choose Your Future Campaign",
        "lead": "Croydon Council",
        "partner_members": [],
        "partner_organisations": [
            "Croydon College",
            "Croydon Voluntary Action",
            "Premier League Kicks",
            "Reaching Higher",
            "Music Relief",
            "Croydon BME Forum",
            "The Brit School",
            "Onside",
            "Legacy",
        ],
        "year": 2020,
        "summary": (
            "Croydon answered rising youth violence with a campaign led by young people "
            "themselves, backed by more than 100 organisations; knife crime fell 13% and "
            "young people now help shape council policy, commissioning and recruitment."
        ),
        "themes": ["children-and-young-people", "democracy-and-engagement"],
        "principles": [1, 2, 3],
        "contact_name": "Anna Quigley",
        "contact_role": "Communications and Engagement Manager",
        "body": [
            ("heading", "Why the campaign started"),
            (
                "paragraph",
                "<p>No London borough has more young people than Croydon. In 2017, as "
                "knife crime rose across the capital, Croydon recorded 126 knife crimes, "
                "70 more than the year before. The council wanted to pull the borough "
                "together, hear from young people and help bring about change. At "
                "Croydon's first youth congress in July 2017, over 200 young people said "
                "their top priorities were jobs and success, and crime and safety.</p>",
            ),
            ("heading", "What was done"),
            (
                "paragraph",
                "<p>Their answer was Choose Your Future, an award-winning partnership "
                "campaign that brings council teams together with public, private and "
                "voluntary organisations and young people. It stands against youth "
                "violence, points young people to opportunities and backs the positive "
                "choices they make, with a clear message that they are the borough's first "
                "priority.</p><p>Young people front the campaign, which runs mainly on "
                "social media, so they can inspire their peers and have their achievements "
                "celebrated. Through the youth congress, Young Mayor elections and youth "
                "forums they keep setting the agenda, giving them a real place in local "
                "democracy.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "13%", "label": "fall in knife crime"},
                    {"figure": "3,000+", "label": "conversations with young people"},
                    {"figure": "40+", "label": "young ambassadors"},
                    {"figure": "100+", "label": "supporting organisations"},
                    {"figure": "12,000", "label": "votes for 28 Young Mayor candidates"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Alongside the drop in knife crime, the campaign has held over 3,000 "
                "conversations that continue to steer it, recruited more than 40 young "
                "ambassadors and won support from over 100 organisations, including the "
                "police, Croydon College, Croydon Voluntary Action, Premier League Kicks "
                "and The Brit School. Takeover Challenge numbers doubled to 150 in 2018, "
                "the council created 30 apprenticeships, and its social media reached "
                "hundreds of thousands of people.</p>",
            ),
            (
                "paragraph",
                "<p>The legacy goes further. Young people now take part in council policy "
                "development, commissioning and recruitment, and they have a hand in "
                "designing the borough's new violence reduction unit. Partners have taken up the "
                "campaign as a rallying cry, and stronger relationships mean more "
                "opportunities and support for young people.</p>",
            ),
        ],
    },
    {
        "title": (
            "Sustained support for CLH initiatives for new build homes and regeneration in Scotland"
        ),
        "lead": "Glasgow City Council",
        "partner_members": [],
        "partner_organisations": [
            "Scottish Government",
            "New Gorbals Housing Association",
            "Govanhill Housing Association",
        ],
        "year": 2020,
        "summary": (
            "Glasgow shows how a big city can sustain community-led housing: it funds and "
            "backs community-controlled housing associations and co-ops to build homes, lead "
            "regeneration, buy up poor private rented homes and act as community anchors."
        ),
        "themes": ["housing", "neighbourhoods-and-communities"],
        "principles": [2, 4, 7],
        "contact_name": "Michelle Mundie and Jennifer Sheddan",
        "contact_role": "Principal Officer Strategy, DRS Housing and Regeneration Services",
        "body": [
            ("heading", "Community-controlled housing in Glasgow"),
            (
                "paragraph",
                "<p>Glasgow City Council shows what a large city can do for community-led "
                "housing when its politicians and senior officers are committed to it. "
                "Scotland's funding system for social landlords helps, with higher grant "
                "levels than in England, and the council manages the Scottish Government's "
                "Affordable Housing Supply Programme for the city.</p><p>Community-based "
                "housing associations and co-operatives first appeared in Glasgow in the "
                "early 1970s to tackle slum housing in run-down inner-city areas. They now "
                "make up most of the city's 68 registered social landlords, which took on "
                "the council's own rented homes in 2003. As well as housing people, they "
                "lead the physical, social and economic renewal of their areas and give "
                "communities a say over local decisions.</p>",
            ),
            ("heading", "What the council does"),
            (
                "paragraph",
                "<p>The council funds these associations because they deliver on the "
                "city's housing strategy: regenerating areas and investing in new homes, "
                "looking after existing homes, and raising standards in private renting. "
                "They build homes and shape places, and they also build skills, create "
                "training and jobs, help start social enterprises and run local shops, "
                "cafés and workspaces.</p><p>The council leads regeneration in eight "
                "transformational regeneration areas and three new neighbourhoods, and "
                "works with seven other councils on a city deal project. It provides about "
                "£70m a year in development funding for new homes, with extra money from "
                "second homes council tax, and it helps with access to vacant and derelict "
                "land, infrastructure, site clean-up and land assembly.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "68", "label": "registered social landlords in the city"},
                    {"figure": "c£70m", "label": "a year for new build housing"},
                    {"figure": "201", "label": "social rent homes so far at Lauriston Living"},
                    {"figure": "350", "label": "homes being bought by Govanhill HA"},
                ],
            ),
            ("heading", "What it has achieved"),
            (
                "paragraph",
                "<p>At Lauriston Living, on a largely derelict site, the council, the "
                "Scottish Government and New Gorbals Housing Association, which is run by "
                "an elected committee of Gorbals residents, have so far delivered 201 homes "
                "for social rent, 39 for mid-market rent and 69 for sale. In Govanhill the "
                "council is putting in £14m beside the Scottish Government's £20m so that "
                "Govanhill Housing Association, owned and controlled by its community, can "
                "buy 350 mostly privately rented homes and fix long-standing repair and "
                "management problems in mixed tenure blocks.</p>",
            ),
        ],
    },
    {
        "title": "First city in the UK to offer free parking for electric vehicles",
        "lead": "Glasgow City Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Glasgow became the UK's first city to make parking free for electric vehicles, "
            "in 2012, while widening its free public charging network and running a low "
            "carbon car club that takes private cars off the streets."
        ),
        "themes": ["energy-and-climate"],
        "principles": [8, 10],
        "contact_name": "Alan Davidson",
        "contact_role": "Economic Development Manager",
        "body": [
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>Glasgow wants people to choose lower carbon ways of getting around. In "
                "2012 it announced that electric vehicles could park for free, making it "
                "the first city in the UK, and still the only one, to do so. The aim is "
                "simple: remove one of the everyday costs of driving electric so that more "
                "residents and businesses make the switch.</p>",
            ),
            (
                "paragraph",
                "<p>Free parking came with practical support. The council has been "
                "adding free charging points of its own, at the kerbside and at "
                "council-run buildings, so that drivers can top up their batteries while they "
                "go about their day.</p>",
            ),
            ("heading", "A greener car club"),
            (
                "paragraph",
                "<p>The city also runs its own car club, whose fleet is acknowledged as "
                "among the least polluting in the UK. Ten more electric vehicles are joining "
                "the fleet this year. Shared cars cut traffic as well as emissions: each "
                "car club vehicle is estimated to replace a further twelve private cars on "
                "Glasgow's streets.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "2012", "label": "year free electric vehicle parking began"},
                    {"figure": "10", "label": "electric vehicles joining the car club"},
                    {"figure": "12", "label": "private cars kept off the road per club car"},
                ],
            ),
            ("heading", "Why it matters"),
            (
                "paragraph",
                "<p>By pairing a clear incentive with free charging and a shared fleet, "
                "the council is leading by example, showing residents that low carbon "
                "travel can be cheaper and easier, and making its own operations part of "
                "the change it is asking the city to make.</p>",
            ),
        ],
    },
    {
        "title": "Partnership approach to tackling holiday hunger",
        "lead": "Royal Borough of Greenwich",
        "partner_members": [],
        "partner_organisations": ["Greenwich Cooperative Development Agency"],
        "year": 2020,
        "summary": (
            "With Greenwich Cooperative Development Agency and ten organisations, the council "
            "set up a holiday meals service: over 8,400 nutritious meals a year at 11 "
            "community venues for children who rely on free school meals in term time."
        ),
        "themes": ["food", "children-and-young-people"],
        "principles": [1, 5, 7],
        "contact_name": "Grace Roman",
        "contact_role": "Corporate Development Officer",
        "body": [
            ("heading", "The problem"),
            (
                "paragraph",
                "<p>Food poverty has grown across the country over the past ten years. "
                "Incomes after housing costs have dropped while food has become more "
                "expensive in real terms, and many families on low incomes now struggle to "
                "give their children good, nutritious meals.</p><p>In term time, children "
                "in need get free school meals, but those meals stop in the holidays, "
                "adding extra pressure to already stretched household budgets. Research "
                "nationally and locally shows that children often go back to school less "
                "healthy after long breaks without them.</p>",
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>The Royal Borough of Greenwich worked with Greenwich Cooperative "
                "Development Agency (GCDA) to design a full holiday meals service. Meals "
                "are served at 11 venues, including community centres, children's centres, "
                "adventure playgrounds, youth clubs and leisure centres, and alongside the "
                "food the venues run activities that encourage healthy eating and healthy "
                "lifestyles.</p>",
            ),
            (
                "paragraph",
                "<p>Ten organisations are working together to deliver the service, with "
                "the council paying for the meals. The money was committed through the "
                "council's new Social Mobility Delivery Plan, tying the scheme to the "
                "borough's wider efforts to improve residents' life chances.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "8,400+", "label": "holiday meals a year"},
                    {"figure": "11", "label": "venues serving meals"},
                    {"figure": "10", "label": "organisations delivering the service"},
                ],
            ),
            ("heading", "What comes next"),
            (
                "paragraph",
                "<p>Once the service is running, the partners plan to build further "
                "support for the same families on top of it, using the holiday meals "
                "network as a starting point for reaching households that need help.</p>",
            ),
        ],
    },
    {
        "title": "Children Connect with Care Home Residents",
        "lead": "Royal Borough of Greenwich",
        "partner_members": [],
        "partner_organisations": [
            "Bo Peeps Nursery",
            "Westcombe Park Care Home",
            "BUPA",
            "Greenwich Leisure Limited",
            "Waterways Nursery",
            "Lakeview Court",
            "Vista Field Nursery",
        ],
        "year": 2020,
        "summary": (
            "Greenwich's Early Years service paired nurseries with care homes and a "
            "community centre for weekly shared activities, easing isolation for older "
            "residents and helping young children's social and emotional development."
        ),
        "themes": ["children-and-young-people", "health-and-social-care"],
        "principles": [1, 7],
        "contact_name": "Rhiannon Hesketh",
        "contact_role": "Corporate Development Officer",
        "body": [
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>Across the Royal Borough of Greenwich, very young and very old "
                "residents are spending time together. It is well known that activities "
                "across generations can reduce isolation and strengthen community ties, so "
                "the council's Early Years service has linked nurseries with care homes to "
                "set up regular joint sessions.</p>",
            ),
            (
                "paragraph",
                "<p>Since November 2018, children from Bo Peeps Nursery in Blackheath have "
                "visited Westcombe Park Care Home every week to sing and do arts and crafts "
                "with residents. From January 2019, children from Waterways Nursery in "
                "Thamesmead have gone weekly to Lakeview Court for crafts, stories and "
                "cooking. And since Easter 2019, Vista Field nursery has taken children "
                "each week to an older people's activity session at a local community "
                "centre for stories, art, crafts, songs and rhymes.</p>",
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Care home residents are mixing more and feeling less isolated. For the "
                "children, the visits support personal, social and emotional development "
                "and help them build good relationships in their own community.</p>",
            ),
            ("heading", "Working with the private sector"),
            (
                "paragraph",
                "<p>The sessions rely on a partnership between the council and private "
                "sector providers, such as Westcombe Park Care Home, run by BUPA, and "
                "Greenwich Leisure Limited. The scheme shows how public and private "
                "partners can work together to deliver real benefits for residents.</p>"
                "<p>It also delivers one recommendation of the council's Social Mobility "
                "Strategy, whose goal is to widen residents' opportunities across many policy "
                "areas, and a co-operative way of working is central to delivering "
                "it.</p>",
            ),
        ],
    },
    {
        "title": "Helping tenants to keep their homes",
        "lead": "Hull City Council",
        "partner_members": [],
        "partner_organisations": ["Jobcentre Plus", "Humber NHS Trust"],
        "year": 2020,
        "summary": (
            "Hull brought housing, Jobcentre Plus, customer services and NHS mental health "
            "staff together to support tenants earlier; evictions and turnover fell, rent "
            "collection hit record levels and over £450,000 a year in eviction costs is "
            "avoided."
        ),
        "themes": ["housing", "health-and-social-care"],
        "principles": [1, 7],
        "contact_name": "Ria Toutountzi",
        "contact_role": "Head of Access and Wellbeing",
        "body": [
            ("heading", "The challenge"),
            (
                "paragraph",
                "<p>Welfare reform hit Hull hard. It is the fourth most deprived local "
                "authority, two-thirds of council tenants rely on means-tested "
                "support, and the council manages 23,500 homes. The housing service had to "
                "change so it could prevent homelessness and respond to tenants' mental "
                "health needs while still collecting the rent that keeps it viable.</p>",
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>A group drawn from several agencies was formed to create new housing "
                "options and better tenant support, with the goal of making tenancies last "
                "and slowing the turnover of homes. It worked on three themes: preventing "
                "problems and sustaining tenancies, reducing lost income, and giving staff "
                "the tools they need. Staff who support tenants from Job Centre Plus, "
                "Humber NHS Trust, customer services and the housing service were moved "
                "into the same place.</p>",
            ),
            (
                "paragraph",
                "<p>Building staff awareness and resilience was central, and 200 front-line "
                "staff took part in a training programme designed for them. The close link "
                "with Humber NHS Trust produced an agreement that housing staff can refer "
                "tenants for specialist support, and a commitment to permanent funding "
                "across the agencies. With support wrapped around them, tenancies at high "
                "risk are now spotted sooner, which keeps evictions steady and arrears "
                "down.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "23,500", "label": "council homes managed"},
                    {"figure": "200", "label": "front-line staff trained"},
                    {"figure": "£450,000+", "label": "eviction costs avoided each year"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Evictions and tenancy turnover are both trending down, and rent "
                "collection has reached its best ever level. Based on Shelter's estimates "
                "of what an eviction costs, the service avoids more than £450,000 of costs "
                "a year. Pooling resources across services has let Hull expand its tenancy "
                "support rather than cut it.</p>",
            ),
        ],
    },
    {
        "title": "Excellence in Planning",
        "lead": "Hull City Council",
        "partner_members": [],
        "partner_organisations": ["Citycare", "Pickering and Ferens Homes"],
        "year": 2020,
        "summary": (
            "Hull's planners worked early with health, fire and housing partners to create "
            "the Jean Bishop Integrated Care Centre for frail older people beside new homes, "
            "bringing £10 million of investment, 110 jobs and 700 public responses."
        ),
        "themes": ["health-and-social-care", "housing"],
        "principles": [1, 2, 5],
        "contact_name": "Simon Mounce",
        "contact_role": "Principal Development Management Officer - City Plan Projects",
        "body": [
            ("heading", "What was built"),
            (
                "paragraph",
                "<p>The Jean Bishop Integrated Care Centre brings many professions together "
                "in one fully integrated service for frail older people, located in the "
                "middle of an established residential community rather than on a distant "
                "hospital site.</p>",
            ),
            ("heading", "How planning made it possible"),
            (
                "paragraph",
                "<p>The council's Planning Service got involved at a very early stage with "
                "the Clinical Commissioning Group, Citycare, the Fire Service and Pickering "
                "and Ferens Homes. Understanding the context from the start let the "
                "partners plan housing and supporting facilities side by side. The aims "
                "were to improve life for the city's growing number of older people, "
                "strengthen their healthcare, provide suitable homes within their own "
                "neighbourhood and foster a strong sense of community.</p>",
            ),
            (
                "paragraph",
                "<p>Residents, service users, carers and other stakeholders were consulted "
                "over three months through local and social media, the CCG website, "
                "displays in GP surgeries, pharmacies, health centres and council customer "
                "service centres, and visits to residents' meetings, focus groups and "
                "local BME groups. Some 700 responses shaped the project. Once building "
                "began, joint information sessions kept residents clear about who was "
                "responsible for what.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "£10m", "label": "investment in the scheme"},
                    {"figure": "70%", "label": "of delivery through the local supply chain"},
                    {"figure": "110", "label": "full-time equivalent operational posts"},
                    {"figure": "9", "label": "new GPs with an extended role in older people"},
                    {"figure": "700", "label": "public consultation responses"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>The scheme brought around £10 million of investment, with 70% of "
                "delivery drawing on local suppliers, and created 110 full-time equivalent "
                "jobs. These included nine newly recruited and trained GPs with an extended "
                "role in older people's care, and the project secured funding for GP "
                "vocational training posts in community geriatrics, filled at a time when "
                "such roles are scarce nationally.</p>",
            ),
        ],
    },
    {
        "title": (
            "Using the Place Standard to have conversations about what matters to citizens "
            "in our local places"
        ),
        "lead": "Kirklees Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Kirklees uses the Place Standard tool, with councillors at its heart, to hold "
            "open conversations about local places; more than 3,500 people in ten areas "
            "have taken part, and the council is changing how it works in response."
        ),
        "themes": ["democracy-and-engagement", "neighbourhoods-and-communities"],
        "principles": [2, 3, 6],
        "contact_name": "Carl Whistlecraft",
        "contact_role": "Head of Democracy and Place Based Working",
        "body": [
            ("heading", "Why places matter"),
            (
                "paragraph",
                "<p>People in Kirklees feel the strongest attachment to their own towns, "
                "villages and communities, and they want the council to recognise that "
                "more. The Kirklees Democracy Commission heard that citizens want an "
                "ongoing conversation about their places, not one-off consultations, and a "
                'bigger voice in what happens. Its 2017 report, "Growing a stronger local '
                'democracy, from the ground up", led to new design principles for '
                "engagement: embrace local identity, treat people as citizens rather than "
                "customers, do things with people, put councillors at the heart, and see "
                "staff as citizens and agents of change.</p>",
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>The council adopted the Place Standard, a tool created by NHS Health "
                "Scotland, the Scottish Government and Architecture &amp; Design Scotland, "
                "which uses a few simple questions to open up conversations about any "
                "place, from a street to a whole town. After a pilot, it was used in ten "
                "areas during 2019, mostly co-ordinated by community groups, volunteers or "
                "ward councillors with help from the Democracy Service. Over 200 council "
                "staff were trained to help. Participants decide where the talking happens "
                "and how their place is defined.</p>",
            ),
            (
                "paragraph",
                "<p>Conversations have taken place in two tower blocks, neighbourhoods, "
                "villages and Huddersfield town centre; on park benches and at bus stops, "
                "in schools, shops, libraries and sheltered housing, at home visits and "
                "online. They are open-ended and cover 14 themes, from streets and spaces "
                "to social contact, belonging and a sense of control. Putting local "
                "councillors at the centre is what sets Kirklees apart from other users of "
                "the tool, and it helps people become active citizens.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "3,500+", "label": "people taking part in conversations"},
                    {"figure": "10", "label": "areas in 2019"},
                    {"figure": "200+", "label": "council staff trained"},
                    {"figure": "14", "label": "themes in each conversation"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>The insight gathered is being collated, shared and acted on with local "
                "people, and published on the How Good Is Our Place? blog so anyone with a "
                "stake in a place can respond. The council is adjusting how it works so it "
                "can act on what citizens say, and the conversations now underpin its "
                "emerging approach to place based working.</p>",
            ),
        ],
    },
    {
        "title": "Knowsley 2030",
        "lead": "Knowsley Metropolitan Borough Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Knowsley is co-producing its long-term strategy to 2030 with residents, "
            "businesses and partners, following in-depth engagement since 2018 and its "
            "Better Together principles, so the borough's vision is shared and owned "
            "locally."
        ),
        "themes": ["democracy-and-engagement", "governance"],
        "principles": [1, 2, 3],
        "contact_name": "",
        "contact_role": "Policy and Research Manager",
        "body": [
            ("heading", "What the council is doing"),
            (
                "paragraph",
                "<p>Knowsley 2030 is the borough's new long-term strategy, setting out a "
                "fresh vision and priorities. Rather than write it in-house, the council "
                "is producing it with residents, businesses and other stakeholders. The "
                "aim is to understand how people who live, work and study in Knowsley feel "
                "about the place today, what they care about and what they hope for in "
                "future.</p>",
            ),
            ("heading", "How people are involved"),
            (
                "paragraph",
                "<p>Detailed consultation has been running since September 2018. A call "
                "for evidence gathered numbers, while continuing conversations with "
                "stakeholders explored the detail behind them. Engaging people this way "
                "lets complicated issues be talked through properly and builds a sense "
                "that the community owns the strategy and its delivery.</p><p>The same "
                "approach will carry through the rest of the drafting, with residents, "
                "businesses and strategic partners involved at each step, so the final "
                "strategy is co-produced and means something to everyone with a stake in "
                "Knowsley. Its launch is planned for 2020, and it covers the decade to 2030.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "2018", "label": "in-depth consultation began in September"},
                    {"figure": "2030", "label": "end date of the new borough strategy"},
                ],
            ),
            ("heading", "Knowsley Better Together"),
            (
                "paragraph",
                "<p>The strategy follows Knowsley Better Together, the idea that everyone "
                "can achieve more by playing their part and pooling resources and "
                "expertise. Under these principles the council and its partners "
                "commit to:</p><ul><li>speak up for Knowsley and lead its community;</li>"
                "<li>work co-operatively in stronger partnerships;</li><li>take residents' "
                "views into account in every decision;</li><li>create social value by "
                "buying, investing and hiring in the borough;</li><li>support people to "
                "rely less on services and more on themselves and one another;</li><li>act "
                "early, before problems start or grow;</li><li>pick whichever way of "
                "delivering a service leads to the best results.</li></ul>",
            ),
        ],
    },
    {
        "title": "Internship opportunities in Knowsley",
        "lead": "Knowsley Metropolitan Borough Council",
        "partner_members": [],
        "partner_organisations": ["Knowsley Community College"],
        "year": 2020,
        "summary": (
            "Knowsley's Supported Internship Programme gives young people with learning "
            "difficulties or disabilities a year of mentored work experience with local "
            "employers; 17 of the first 21 interns found jobs."
        ),
        "themes": ["employment-and-skills", "children-and-young-people"],
        "principles": [1, 5, 7],
        "contact_name": "Sue Temple-Fielding",
        "contact_role": "Knowsley's Supported Employment Co-ordinator",
        "body": [
            ("heading", "What the programme does"),
            (
                "paragraph",
                "<p>Since 2016 the Knowsley Supported Internship Programme has been "
                "preparing young people with a learning difficulty, a disability or both "
                "for paid work. Knowsley Council and Knowsley Community College run it "
                "together, working with local employers who offer twelve months of work "
                "experience to help the young people into lasting jobs.</p>",
            ),
            (
                "paragraph",
                "<p>Interns are mentored and supported every day in the workplace, and "
                "they also attend a weekly session on employability, literacy and "
                "numeracy. Placements cover a range of roles across the borough, including "
                "grounds maintenance and kitchen work.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "21", "label": "young adults enrolled in 2016 and 2017"},
                    {"figure": "17", "label": "of them secured employment"},
                    {"figure": "10", "label": "interns on placement in 2018"},
                    {"figure": "3", "label": "adults employed through job carving so far"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Of the 21 young adults who joined in 2016 and 2017, 17 found jobs and "
                "others moved on to further education or volunteering. Ten more were "
                "gaining experience with businesses in 2018. Participants also report "
                "more self-belief, stronger social skills and the pleasure of making new "
                "friends.</p>",
            ),
            ("heading", "Next steps"),
            (
                "paragraph",
                "<p>The council wants more businesses to take part and plans a Supported "
                "Employment Forum to show employers the benefits and the support on offer. "
                "Interns are also co-delivering disability awareness training, free of charge, "
                "for businesses as part of Empower Job Carving, a new scheme that gathers "
                "lower-skilled tasks from several people's jobs into one role suited to an "
                "adult with a learning disability or disability. Three adults found work "
                "through it in its first few months.</p>",
            ),
        ],
    },
    {
        "title": "Lambeth Made",
        "lead": "Lambeth Council",
        "partner_members": [],
        "partner_organisations": [
            "Inspirational Youth",
            "Black Prince Trust",
            "WeRise",
            "LDN Apprenticeships",
            "Social Enterprise Academy",
            "Guy's and St Thomas' Charity",
            "Lambeth CCG",
            "Streatham Business Improvement District",
            "Streatham Mums",
        ],
        "year": 2020,
        "summary": (
            "Lambeth Made, launched in 2019, rallies families, businesses, charities and "
            "public services behind children and young people, guided by their voices; it "
            "has created work experience, sport and digital jobs, with 100 apprenticeships "
            "on the way."
        ),
        "themes": ["children-and-young-people", "employment-and-skills"],
        "principles": [1, 3, 5],
        "contact_name": "Sally Dickens",
        "contact_role": "",
        "body": [
            ("heading", "A shared commitment"),
            (
                "paragraph",
                "<p>Lambeth Made is a borough-wide pledge that Lambeth should rank among the "
                "world's finest places in which to be a child or teenager. It puts them at "
                "the centre of how the borough thinks, plans and acts, so that their lives "
                "and prospects improve.</p><p>Launched in 2019, the programme aims for "
                "change on a large scale by linking young Lambeth residents with their "
                "neighbours, employers, public bodies and voluntary groups in new "
                "partnerships. It asks all of them to act in their schools, "
                "neighbourhoods and workplaces, led by what young people say they "
                "need.</p>",
            ),
            (
                "paragraph",
                "<p>The programme works towards measurable improvement in four areas:</p>"
                "<ul><li>employment, education and training for young people;</li>"
                "<li>young people's confidence, self-esteem, mental wellbeing and "
                "pride;</li><li>community and business activity that benefits children "
                "and young people;</li><li>resilient communities that help reduce serious "
                "youth violence.</li></ul>",
            ),
            ("heading", "What it has done so far"),
            (
                "paragraph",
                "<p>With Inspirational Youth it placed six young people with six different "
                "businesses for a week of work experience. With the Black Prince Trust it offered "
                "free boxing and basketball to young people at risk. Through the WeRise "
                "digital work experience programme, young people, two of them care "
                "leavers, worked on real client briefs and went on to permanent jobs. A "
                "partnership with LDN Apprenticeships is set to offer 100 apprenticeships, "
                "and the Social Enterprise Academy is helping students in twelve local "
                "schools run micro social enterprises.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "6", "label": "young people placed with six businesses"},
                    {"figure": "100", "label": "apprenticeships through LDN Apprenticeships"},
                    {"figure": "12", "label": "schools offered micro social enterprises"},
                ],
            ),
            ("heading", "Who makes it happen"),
            (
                "paragraph",
                "<p>Guy's and St Thomas' Charity gave a start-up grant, Lambeth CCG funds "
                "co-ordination and management, and the Streatham Business Improvement "
                "District lends support, while the council shares resources and helps "
                "develop ideas. Local voluntary groups, business improvement districts and "
                "parents' groups such as Streatham Mums were consulted when the programme "
                "was set up, so it reflects what Lambeth's families actually need.</p>",
            ),
        ],
    },
    {
        "title": "Milton Keynes: great parish collaboration",
        "lead": "Milton Keynes Council",
        "partner_members": [],
        "partner_organisations": ["MK Association of Local Councils"],
        "year": 2020,
        "summary": (
            "Milton Keynes, the first fully parished unitary authority, has handed 28 "
            "facilities and a growing share of green space to its 48 parish and town "
            "councils, and shares decisions with them through a Parish Advisory Group."
        ),
        "themes": ["neighbourhoods-and-communities", "governance"],
        "principles": [1, 2, 6],
        "contact_name": "Kay Pettit",
        "contact_role": "Programme Manager",
        "body": [
            ("heading", "A place built on co-operation"),
            (
                "paragraph",
                "<p>Milton Keynes was created fifty years ago as a pioneering new city "
                "by public bodies, businesses and communities acting together, and "
                "that way of working still helps its people thrive. It was the first "
                "unitary authority to be fully parished, and with two new parish councils "
                "formed this year to serve growing communities there are now 48. The "
                "population of 270,000 is expected to reach 500,000, larger than "
                "Edinburgh, Cardiff or Liverpool.</p><p>The council believes in putting "
                "power back with local communities and works with parish and town councils "
                "so that each service reaches the people who need it, in the way that "
                "suits them.</p>",
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>In recent years the council has:</p><ul><li>transferred 28 "
                "well-used local facilities to parish councils, among them a swimming "
                "pool, a library, community centres, depots and meeting places;</li>"
                "<li>given parishes £100,000 to keep the environment clean, funding among "
                "other things a green weed-killing machine that uses no chemicals;</li>"
                "<li>found parishes that want a bigger role in local services, whether "
                "influencing, topping up or taking them over; five already look after "
                "green space, eleven more will follow, and parishes will then care for "
                "around 30% of Milton Keynes' green space.</li></ul>",
            ),
            (
                "paragraph",
                "<p>It has also created a Parish Advisory Group, where parish councillors, "
                "a ward councillor from each main party, three officers and a cabinet "
                "member discuss and decide matters affecting parish and town councils. "
                "Named officers handle parish liaison and everyday queries and attend the "
                "Parish Quarterly Forum and parish, clerk and area meetings. Together the "
                "council and parishes have drafted a framework for working more closely "
                "and deciding who is best placed to look after a service or asset, and an "
                "MK Association of Local Councils conference drew more than 200 parish "
                "councillors.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "48", "label": "parish and town councils"},
                    {"figure": "28", "label": "local facilities transferred to parishes"},
                    {"figure": "£100,000", "label": "for parishes to keep the environment clean"},
                    {"figure": "30%", "label": "of green space to be cared for by parishes"},
                    {"figure": "200+", "label": "parish councillors at the conference"},
                ],
            ),
            ("heading", "Recognition"),
            (
                "paragraph",
                "<p>The National Association of Local Councils has called Milton Keynes a "
                "beacon of good practice for working with parishes, and the council sees "
                "its role as helping parishes use their local knowledge to build better "
                "communities.</p>",
            ),
        ],
    },
    {
        "title": "Securing investment in our communities through our commitment to social value",
        "lead": "Newcastle City Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Newcastle weighs social as well as financial value across commissioning and "
            "procurement, spending over £180 million locally in a year, and pairs this with "
            "community asset transfers, the Newcastle Fund and a £1 million Life Chances "
            "Fund."
        ),
        "themes": ["procurement-and-social-value", "community-wealth-building"],
        "principles": [4, 5, 10],
        "contact_name": "Rhonda Eagle",
        "contact_role": "Collaborative Procurement Manager",
        "body": [
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>Newcastle City Council believes social value matters as much as "
                "financial value, and should inform every decision, especially when it "
                "commissions and buys from partners. It has changed its working practices "
                "so that social value is considered at each stage of the commissioning and "
                "procurement cycle.</p><p>Under the Newcastle Social Value Commitment, the "
                "council spends locally wherever it can, focuses on what communities say "
                "they value, leads ethically and makes green, sustainable choices.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "£180m+", "label": "spent with Newcastle organisations last year"},
                    {"figure": "£269m", "label": "spent with North East organisations"},
                    {"figure": "40%", "label": "of influenceable spend expected in the city"},
                    {"figure": "16", "label": "facilities transferred to communities"},
                    {"figure": "£1m", "label": "Life Chances Fund"},
                ],
            ),
            ("heading", "Where the money goes"),
            (
                "paragraph",
                "<p>Last year the council spent more than £180 million with organisations "
                "in Newcastle and nearly £269 million across the North East. Next year it "
                "expects about 40% of the spend it can influence to go to Newcastle "
                "organisations and 65% to the region, with 15 to 20% going to voluntary "
                "and community organisations. As a big employer and investor it knows its "
                "own choices count, and that the effect grows when partners act together, "
                "so it is sharing how it secures and measures social value and urging "
                "partners to do the same.</p>",
            ),
            ("heading", "Building community wealth"),
            (
                "paragraph",
                "<p>Buying locally is one part of a wider community wealth building "
                "approach that uses the council's powers, resources and assets. For seven "
                "years the Newcastle Fund has helped keep community initiatives going in "
                "partnership with the voluntary and community sectors. Council buildings "
                "are being handed to residents so they have a real stake in local wealth: "
                "16 facilities have moved to community ownership and talks on 12 more are "
                "under way.</p><p>A new £1 million Life Chances Fund, run with partners, "
                "will help the city's most deprived residents overcome barriers to work "
                "and reach their potential, making a lasting difference in their "
                "communities.</p>",
            ),
        ],
    },
    {
        "title": "Newcastle Parks Trust",
        "lead": "Newcastle City Council",
        "partner_members": [],
        "partner_organisations": ["Newcastle Parks Trust", "National Trust"],
        "year": 2020,
        "summary": (
            "Facing a cut of over 90% in parks funding, Newcastle became the first major UK "
            "city to transfer its parks and allotments to an independent charitable trust, "
            "opening new funding and more community decision-making."
        ),
        "themes": ["culture-and-leisure", "neighbourhoods-and-communities"],
        "principles": [3, 4, 7],
        "contact_name": "Narinder Bhabra",
        "contact_role": "Business Management Officer",
        "body": [
            ("heading", "Why parks needed a new model"),
            (
                "paragraph",
                "<p>Newcastle's parks have been treasured since Victorian times as places "
                "to get away, explore, rest and play. They help keep people healthy, clean "
                "the air, support wildlife and are part of the city's culture and "
                "history.</p><p>Austerity put that at risk. Government cuts meant the "
                "council had to reduce its parks budget by more than 90%, leaving the "
                "future of its green spaces in doubt, as in many places around the "
                "country.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "a measure of a city's greatness is to be found in the quality of its "
                        "public spaces, its parks and its squares"
                    ),
                    "attribution": "John Ruskin",
                },
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>On 1 April 2019 Newcastle's parks and allotments passed from the council "
                "to a new independent charity whose job is to care for them long into the "
                "future; no other major UK city had done this. The National Trust and "
                "residents from all over Newcastle helped create Newcastle Parks Trust "
                "as a co-operative "
                "response to austerity. As a charity, it can draw on sources of funding "
                "that are closed to the council.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "90%+", "label": "cut in council funding for parks"},
                    {"figure": "1 April 2019", "label": "parks and allotments passed to the trust"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Money is only part of the story. The trust gives residents far more "
                "involvement in and ownership of their parks, including:</p><ul><li>more "
                "events run by and for communities;</li><li>decisions led by the "
                "community;</li><li>new ways to raise income, such as residents starting "
                "small businesses and co-operatives in the parks.</li></ul><p>The "
                "co-operative approach has moved the city's goal from holding on to what "
                "it has towards making its parks better and livelier for everyone.</p>",
            ),
        ],
    },
    {
        "title": "Social Prescribing",
        "lead": "Oldham Council",
        "partner_members": [],
        "partner_organisations": ["Action Together", "Oldham Cares Alliance"],
        "year": 2020,
        "summary": (
            "Oldham gave a three-year social prescribing contract to a local voluntary and "
            "community consortium, forming an early public sector innovation partnership "
            "that links people to community groups and joins up with multidisciplinary "
            "neighbourhood teams."
        ),
        "themes": ["health-and-social-care", "neighbourhoods-and-communities"],
        "principles": [1, 3, 7],
        "contact_name": "Peter Pawson",
        "contact_role": "Thriving Communities and PBI Programme Manager",
        "body": [
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>To mark the world's first Social Prescribing Day in March 2019, Oldham "
                "Council awarded a three-year contract to a consortium of local voluntary "
                "and community organisations. The result, a Social Prescribing Innovation "
                "Partnership, is believed to be among the first of its kind in the English "
                "public sector.</p><p>It grows out of the Thriving Communities programme, "
                "which builds on the people, groups and strengths already in Oldham's "
                "neighbourhoods to step in earlier and prevent problems. Using community "
                "resources to tackle issues early avoids costlier outcomes later and helps "
                "residents take charge of their own health and wellbeing.</p>",
            ),
            (
                "paragraph",
                "<p>The NHS Long Term Plan calls for more social prescribing, which Oldham "
                "already does. Nearly 10% of residents describe themselves as lonely, and "
                "linking people to walking, talking, gardening and other local groups can "
                "do more for wellbeing than medicine alone. The partnership works with "
                "Oldham Cares Alliance partners and the voluntary, community, faith and "
                "social enterprise sector to co-design the service, and it treats "
                "strengthening community groups as part of the job.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "The Social Prescribing service is excellent - five stars. ... I feel "
                        "like someone is looking out for me."
                    ),
                    "attribution": "Rani, referred to social prescribing by her GP",
                },
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Rani, recently widowed with a baby daughter, was referred by her GP for "
                "mild depression. Through Action Together, which runs social prescribing "
                "in Oldham, she joined a knitting group and found a play session for her "
                "daughter; she has since started further education and is looking for "
                "work.</p><p>Social prescribers now sit in integrated multidisciplinary "
                "teams with social workers, district nurses and health care assistants, "
                "sharing a building and resources. GP-based Focused Care teams work with "
                "households whose needs medicine alone cannot meet. Dr John Patterson, the "
                "CCG's chief clinical officer, says vulnerable families given good NHS and "
                "GP care reduce their A&amp;E use by up to 40%.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "3 years", "label": "length of the social prescribing contract"},
                    {"figure": "~10%", "label": "of residents who say they are lonely"},
                    {"figure": "40%", "label": "possible fall in A&E use for families helped"},
                ],
            ),
        ],
    },
    {
        "title": "Creative Solutions Forum",
        "lead": "Plymouth City Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Plymouth set up a monthly multi-agency forum where practitioners, managers and "
            "commissioners agree bespoke plans for adults with the most complex needs; of "
            "the first 52 cases, about 70% were resolved at one meeting and high-cost "
            "crisis care fell."
        ),
        "themes": ["health-and-social-care"],
        "principles": [3, 7, 9],
        "contact_name": "Gary Wallace",
        "contact_role": "Public Health Specialist",
        "body": [
            ("heading", "The problem"),
            (
                "paragraph",
                "<p>Some adults with severe, overlapping mental and social vulnerabilities "
                "fall through every gap. They do not fit standard care, often do not "
                "present in ways services recognise, and many avoid authority altogether. "
                "One local man, John, had a brain injury, seizures and an alcohol problem, "
                "no fixed address and frequent emergency call-outs, and kept discharging "
                "himself from hospital.</p>",
            ),
            ("heading", "What the council did"),
            (
                "paragraph",
                "<p>Plymouth City Council and its partners created the Creative Solutions "
                "Forum, designed by a public health specialist leading complex needs work "
                "with an adult safeguarding colleague and accountable to the Safeguarding "
                "Adults Board. Each month, providers and commissioners from public health, "
                "adult social care and mental health meet, deliberately mixing "
                "practitioners, managers and commissioners to build trust and share risk. "
                "Any adult whose complex needs cannot be met by one agency or the usual "
                "joint response can be discussed, whatever their diagnosis. Real-time case "
                "data is used, nobody may be excluded, and everyone discussed leaves with "
                "a plan.</p>",
            ),
            (
                "paragraph",
                "<p>Working this way exposed how services had grown up in silos, shaped by "
                "mechanistic commissioning and competition, leaving people feeling done to "
                "rather than worked with and pushing them towards costly unplanned care. "
                "The 26 services and five commissioners in the complex needs system set "
                "out to learn together, using systems thinking and appreciative "
                "inquiry.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "52", "label": "cases in the first audit"},
                    {"figure": "70%", "label": "of cases resolved at one meeting"},
                    {"figure": "26", "label": "services in the complex needs system"},
                    {"figure": "5", "label": "commissioners working together"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>John was discussed three times: first he went to specialist rehab for "
                "eight weeks, then to a hostel where he reconnected with family, and then "
                "to his own flat, where he has now lived for a year. An audit of the first "
                "52 cases found steady falls in hospital and emergency service use, "
                "evictions and bed and breakfast placements. Around 70% of cases are "
                "settled at one meeting and almost all within three. Staff say risks are "
                "handled better, high-risk cases worry them less and services trust each "
                "other far more, "
                "and co-operation has become the norm.</p>",
            ),
        ],
    },
    {
        "title": "Developing a co-operative network and community for Preston",
        "lead": "Preston City Council",
        "partner_members": ["Co-operatives UK", "Kirklees Council"],
        "partner_organisations": [
            "Preston Cooperative Development Network",
            "University of Central Lancashire",
            "Open Society Foundation",
            "Mondragon",
            "1Worker1Vote",
            "Co-operative University",
        ],
        "year": 2020,
        "summary": (
            "Preston, its co-operative development network and UCLan are growing the city's "
            "co-operative economy: building a support network and education centre, aiming "
            "for ten new worker co-operatives, and sharing what they learn with other "
            "places."
        ),
        "themes": ["economy-and-enterprise", "community-wealth-building"],
        "principles": [4, 1, 9],
        "contact_name": "",
        "contact_role": "Policy & External Relations",
        "body": [
            ("heading", "What the project sets out to do"),
            (
                "paragraph",
                "<p>Three partners, the Preston Cooperative Development Network (PCDN), the "
                "city council and the University of Central Lancashire (UCLan), are joining "
                "forces to build up co-operative business in Preston. Funded by the Open Society "
                "Foundation and the council, the project has three aims:</p><ul><li>grow "
                "a network of co-operatives, individuals and support bodies, including a "
                "Co-operative Education Centre and a union co-op;</li><li>set up ten new "
                "worker co-operatives;</li><li>record what is learned and share it with "
                "other cities, councils and policy makers.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Outside expertise is central. Advisers from the Mondragon co-operatives "
                "in the Basque Country will look at social entrepreneurship and "
                "partnership with the PCDN, and 1Worker1Vote from the United States will "
                "advise on union co-operatives as a model for new worker co-ops.</p>",
            ),
            ("heading", "Progress so far"),
            (
                "paragraph",
                "<p>A Cooperatives Steering Group, bringing together Preston partners and "
                "Co-operatives UK, is raising awareness of co-operatives and of the help "
                "available to start one. BAME and migrant communities have their own "
                "advisory group, which has kept inclusion in focus from the start, and links to "
                "co-operative development in the criminal justice system are being "
                "explored.</p><p>A pipeline of projects across several sectors is "
                "expected. A new digital co-operative has already been supported, and "
                "digital businesses across Lancashire will be introduced to platform "
                "co-operatives. Through the CCIN's Policy Prototype programme, Preston has "
                "teamed up with Kirklees Council to look at co-operative answers to social "
                "care, and early talks have begun in construction and transport.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "3", "label": "project objectives"},
                    {"figure": "10", "label": "new worker co-operatives planned"},
                ],
            ),
            ("heading", "What comes next"),
            (
                "paragraph",
                "<p>Visits from Mondragon start in May 2020. The Preston Co-operative "
                "Education Centre, itself to be a co-operative, is being designed with the "
                "Co-operative University. Learning and evaluation continue throughout, and "
                "findings will go back to the funder and the wider community.</p>",
            ),
        ],
    },
    {
        "title": "The Preston Model",
        "lead": "Preston City Council",
        "partner_members": [],
        "partner_organisations": ["CLES", "The Democracy Collaborative"],
        "year": 2020,
        "summary": (
            "Working with CLES, Preston and its anchor institutions changed how they buy "
            "goods and services; spend with Preston businesses rose from 5% to 18.2%, and "
            "with Lancashire firms from 39% to 79.2%, supporting thousands of local jobs."
        ),
        "themes": ["community-wealth-building", "procurement-and-social-value"],
        "principles": [1, 4, 5],
        "contact_name": "",
        "contact_role": "Policy & External Relations",
        "body": [
            ("heading", "Where it started"),
            (
                "paragraph",
                "<p>Labour, Co-operative Party members among them, won control of the "
                "council in 2011, and the new administration saw that the local "
                "economy needed a thorough overhaul if life was to improve for local "
                "people. Drawing on work by CLES and the Democracy Collaborative in the "
                "USA, in 2013 the council identified the area's anchor institutions, the "
                "biggest buyers of goods and services locally, as potential community "
                "wealth builders.</p>",
            ),
            ("heading", "What was done"),
            (
                "paragraph",
                "<p>To see what local benefit could come from redirecting the anchors' "
                "existing spending, CLES examined the top 300 suppliers of each one and "
                "found more than £1bn of procurement a year. Only 5% of it went to Preston "
                "and 39% to Lancashire as a whole. Over the following four years, with "
                "CLES's help, the council and each anchor changed their buying processes "
                "and practices so that more of that wealth works for the local "
                "economy.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "18.2%", "label": "of anchor spend with Preston businesses"},
                    {"figure": "£74m", "label": "increase in spend with Preston organisations"},
                    {"figure": "79.2%", "label": "of spend with Lancashire businesses"},
                    {"figure": "1,648", "label": "jobs supported by higher Preston spend"},
                    {"figure": "4,500", "label": "jobs supported by higher Lancashire spend"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                "<p>Across the six anchor institutions involved, total procurement fell "
                "from over £746m in 2012/13 to just over £616m, a result of austerity. Yet "
                "the updated analysis shows more than £112m of that now goes to Preston "
                "businesses, 18.2% of the total and £74m more than in 2012/13, when only "
                "£37m was spent in the city.</p><p>Over £488m, or 79.2%, is now spent with "
                "Lancashire businesses, an increase of almost £200 million. Spend leaking "
                "out of the county has fallen from £457m (61%) to £128m (20.8%). Using the "
                "actual rises in spend and average output per employee, the increase in "
                "Preston spend is estimated to support some 1,648 jobs, and the increase "
                "across Lancashire around 4,500.</p>",
            ),
        ],
    },
]

"""Demo case studies, part 2: from Rochdale to the end of the CCIN booklet "Co-operative Case
Studies 2020", including Greater Manchester Combined Authority and the affiliate members' stories.

Facts (titles, names, figures, partners, contacts) follow the booklet; the prose is our own.
Lead and partner member names match the booklet's 2020 members list exactly, so the demo loader
can map them; partners that were not members in 2020 are listed under partner_organisations.
"""

CASE_STUDIES = [
    {
        "title": "Co-operative working for public service delivery",
        "lead": "Rochdale Metropolitan Borough Council",
        "partner_members": [],
        "partner_organisations": ["Edge Hill University"],
        "year": 2020,
        "summary": (
            "Rochdale citizens and system leaders used formal public hearings to share power over "
            "how services change, leading to a co-produced appointment of a new voluntary sector "
            "infrastructure body and a manifesto for supporting relationships in the borough."
        ),
        "themes": ["democracy-and-engagement", "governance"],
        "principles": [2, 3, 9],
        "contact_name": "Helen Chicot",
        "contact_role": "Place Lead, Rochdale MBC",
        "body": [
            ("heading", "Why Rochdale started"),
            (
                "paragraph",
                (
                    "<p>Rochdale has a long history of residents helping to shape, run and lead "
                    "local services. In 2017, as devolution and public service reform gathered "
                    "pace across Greater Manchester, a group of citizens and senior system leaders"
                    " agreed to find out together how residents could play a bigger part in "
                    "leading that change.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Academics from Edge Hill University helped the group agree a set of "
                    "principles for joint work. Over several weeks the citizens then looked at the"
                    " whole system in the borough, as part of the Greater Manchester city region, "
                    "and picked two areas to focus on: <strong>co-operative democracy</strong>, "
                    "meaning how power can be shared and shifted so people can work together, and "
                    "<strong>relationships</strong>, meaning how they can be nurtured across the "
                    "borough.</p>"
                ),
            ),
            ("heading", "Hearings that opened up the system"),
            (
                "paragraph",
                (
                    "<p>To open up a genuinely shared space, the citizens designed a series of "
                    "formal hearings. Senior leaders were invited to present evidence on the two "
                    "themes and to answer detailed questions from residents. Both sides described "
                    "it as a leap of faith, and both said afterwards how much it had mattered. "
                    "Experts then worked alongside the citizens for a year to record and analyse "
                    "what had been gathered, and a film of the hearings let the wider group of "
                    "citizens see what had happened.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "2017",
                        "label": "citizens and system leaders began working together",
                    },
                    {"figure": "2", "label": "themes chosen by citizens to focus on"},
                    {"figure": "1 year", "label": "of joint analysis by citizens and experts"},
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "We think a good starting point for change will be to improve hope and "
                        "trust by taking action together."
                    ),
                    "attribution": "The challenge set by Rochdale's citizens",
                },
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Within the year both challenges produced real results. The work fed into "
                    "Leaders in GM, the city region's learning and development programme; the "
                    "borough's new Voluntary Sector Infrastructure Organisation was appointed "
                    "through a co-produced process; and a new manifesto with measurable results "
                    "now guides how relationships are supported locally. A final co-produced "
                    "visual report, informed by peer interviews between leaders and citizens, was "
                    "due in June 2019.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The method has travelled: one of the citizens spoke about the experience "
                    "at the Greater Manchester 'Further, Faster' event that launched the city "
                    "region's model of public services. Locally, the governance of the Reform "
                    "Board is being changed so that citizens take an active and meaningful part in"
                    " future decisions.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Person centred commissioning for better lives: Rochdale's developing story",
        "lead": "Rochdale Metropolitan Borough Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Through Commissioning Live, Rochdale gives people with complex learning disabilities "
            "and autism, and their families, control of a yearly budget and a say in designing "
            "their own support, helping them stay at home and avoid crisis."
        ),
        "themes": ["health-and-social-care"],
        "principles": [3, 7],
        "contact_name": "Mike O'Keeffe",
        "contact_role": "Head of Commissioning (Adult Care and Support)",
        "body": [
            ("heading", "The problem with one size fits all"),
            (
                "paragraph",
                (
                    "<p>Rochdale Metropolitan Borough Council found that standard support packages"
                    " often failed people with complex learning disabilities and autism. "
                    "Arrangements broke down easily, crises followed, and outcomes were far from "
                    "what people and their families wanted. Commissioning Live is the council's "
                    "answer: support shaped around the individual rather than a fixed format.</p>"
                ),
            ),
            ("heading", "How Commissioning Live works"),
            (
                "paragraph",
                (
                    "<p>The aim is to help people stay in their own homes with plans that will "
                    "last. Instead of a social worker completing a Care Act assessment and setting"
                    " a budget alone, the council now runs a workshop-style session with the "
                    "person and their family. Professionals and providers join in directly, and "
                    "together they design a plan around the specialist help the person actually "
                    "needs to live the life they want.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Money is handled through <strong>Individual Service Funds</strong>. The "
                    "council sets a budget for the year, but the person and their family decide "
                    "how it is spent. One family, for example, chose to employ a personal "
                    "assistant whose role is to champion the person's wellbeing and their "
                    "interests in the community.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "Around 10",
                        "label": "families modelling the new way of commissioning",
                    }
                ],
            ),
            ("heading", "What the council is learning"),
            (
                "paragraph",
                (
                    "<p>The council is testing the approach with around ten families and will use "
                    "what it learns to make wider decisions about where key resources go across "
                    "health and care, and how best to support others in similar situations. The "
                    "council sees it as good for everyone: families get the support they ask for, "
                    "and public money is used more effectively.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "Route29 - our new approach to supporting young people in care / on the edge of care"
        ),
        "lead": "Salford City Council",
        "partner_members": [],
        "partner_organisations": ["Sheila Bird", "Quay Interiors"],
        "year": 2020,
        "summary": (
            "Salford replaced out-of-city children's home placements for 12 to 17 year olds with "
            "Route29, a multi-disciplinary hub designed, named and partly staffed through the "
            "choices of young people with experience of care."
        ),
        "themes": ["children-and-young-people", "health-and-social-care"],
        "principles": [3, 7, 9],
        "contact_name": "Sayma Khan",
        "contact_role": "Head Of Service - Salford City Council",
        "body": [
            ("heading", "Why Salford changed course"),
            (
                "paragraph",
                (
                    "<p>Too many of Salford's young people in care were being placed in children's"
                    " homes outside the city. Moving away meant changing school, losing touch with"
                    " friends and family, and not always getting the help they needed. Salford "
                    "City Council decided to change how it supports young people aged 12 to 17 who"
                    " are in care or on the edge of care.</p>"
                ),
            ),
            ("heading", "What Route29 is"),
            (
                "paragraph",
                (
                    "<p>Route29 adapts the 'No Wrong Door' model that has worked well in North "
                    "Yorkshire. A former children's home has been turned into a hub for a "
                    "multi-disciplinary team working to one practice framework, including a "
                    "clinical psychologist, police, a speech and language therapist and "
                    "'stickable' keyworkers who stay with a young person. Young people can get "
                    "help from the hub straight away; most carry on living at home and use the hub"
                    " by day for as long as they need, with short overnight stays available when "
                    "necessary.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Young people who have been through care shaped the service from the start."
                    " They picked the name in an online vote, choosing 'route' for the journey "
                    "through care and 29 for the number of the building. They chose the furniture "
                    "and the interior, helped write the job roles and sat on interview panels. "
                    "Local contractors Sheila Bird and Quay Interiors renovated the building to "
                    "their specification, saving public money.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "12-17", "label": "age range of the young people Route29 supports"},
                    {
                        "figure": "Around 580",
                        "label": "children and young people in care in Salford",
                    },
                    {"figure": "2", "label": "care leavers who applied for jobs at Route29"},
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "We have gone through the care system and wanted to use our experience to "
                        "make it better for young people."
                    ),
                    "attribution": "A young person who helped shape Route29",
                },
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Salford young people no longer have to leave the city to get specialist "
                    "help. City Mayor Paul Dennett praised the honesty of the young people who "
                    "shaped the service, including their firm views on which candidates would fit,"
                    " and welcomed the fact that two care leavers applied to work at Route29.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Advocacy Digital and Young People",
        "lead": "Sandwell Metropolitan Borough Council",
        "partner_members": [],
        "partner_organisations": ["Sandwell Advocacy", "iSandwell", "Sandwell CVO"],
        "year": 2020,
        "summary": (
            "Young people who use Sandwell Advocacy worked with iSandwell and Sandwell CVO to "
            "redesign the service's website and social media, make films and create postcards "
            "explaining why advocacy matters, building their own skills and confidence."
        ),
        "themes": ["children-and-young-people", "digital"],
        "principles": [3, 8],
        "contact_name": "Nick Garratt",
        "contact_role": "Grants Officer, Sandwell Council",
        "body": [
            ("heading", "Explaining advocacy"),
            (
                "paragraph",
                (
                    "<p>Sandwell Advocacy has supported vulnerable young people since 1993, yet "
                    "many people are unsure what advocacy is or why it matters so much. This "
                    "partnership between Sandwell Advocacy, iSandwell and Sandwell CVO set out to "
                    "change that by producing information about advocacy across many different "
                    "media, made by the young people who use the service.</p>"
                ),
            ),
            ("heading", "What young people made"),
            (
                "paragraph",
                (
                    "<p>The project opened with a multimedia hackathon that brought local "
                    "programmers together with young people to start designing a new look for the "
                    "service. iSandwell, which leads digital inclusion work across the area, "
                    "supported the young people as they decided to overhaul the service's whole "
                    "social media presence.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Over the following months the young people:</p><ul><li>redesigned the "
                    "service's website, Facebook and Twitter pages;</li><li>made a set of films "
                    "with a local producer about their own experiences and how advocacy had "
                    "supported and empowered them;</li><li>designed 'Postcard Advocacy', a range "
                    "of postcards carrying the advocacy message through creative images.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "1993",
                        "label": "year Sandwell Advocacy began supporting young people",
                    }
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>The young people were listened to and took a leading part in deciding how "
                    "the services they use are presented and run, which left them feeling valued "
                    "and empowered. Their confidence grew, along with practical and emotional "
                    "skills they can carry into the future, and more people in Sandwell now "
                    "understand what advocacy does.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Delivering Better Outcomes by working together",
        "lead": "Sandwell Metropolitan Borough Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Sandwell has kept all 19 of its libraries and its mobile library open by working with"
            " 400 volunteers and Friends groups, turning them into community and cultural hubs "
            "with free holiday activities, tech play sessions and breakfasts for children."
        ),
        "themes": [
            "culture-and-leisure",
            "neighbourhoods-and-communities",
            "children-and-young-people",
        ],
        "principles": [1, 3],
        "contact_name": "Dawn Winter",
        "contact_role": "Business Manager - Libraries",
        "body": [
            ("heading", "Keeping every library open"),
            (
                "paragraph",
                (
                    "<p>While many library authorities have closed branches, Sandwell has kept all"
                    " 19 of its libraries and its mobile library, despite funding falling year "
                    "after year. It has done so by working with volunteers, Friends groups and "
                    "partners, so that libraries have become lively community and cultural hubs "
                    "offering free space at the centre of their neighbourhoods.</p>"
                ),
            ),
            ("heading", "Volunteers and Friends groups"),
            (
                "paragraph",
                (
                    "<p>The library service now recruits volunteers actively: in 2017-2018, 400 "
                    "volunteers gave more than 18,000 hours to help run it. Every one of the 19 "
                    "libraries has a Friends group, and a 'Federation' of Friends brings their "
                    "representatives together to share good practice. The Friends organise "
                    "activities, raise money locally and bid for small grants.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "19", "label": "libraries kept open, plus a mobile library"},
                    {"figure": "400", "label": "volunteers in 2017-2018"},
                    {"figure": "18,436", "label": "volunteer hours in 2017-2018"},
                    {
                        "figure": "£15,000",
                        "label": "raised by the Federation for entertainers in 2018",
                    },
                ],
            ),
            ("heading", "What it offers families"),
            (
                "paragraph",
                (
                    "<p>The Federation won £12,000 in 2017 and £15,000 in 2018 to bring "
                    "professional entertainers into libraries in the school holidays, giving "
                    "families with little money to spare free things to do. 'Tech:Play' summer "
                    "sessions let young people try games consoles, virtual reality headsets, "
                    "coding, robotics and 3D printing in an area where few own such kit, with "
                    "activities aimed at groups facing disadvantage.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>'Cereal Readers' serves children healthy breakfasts alongside books in the"
                    " holidays, paid for by Friends groups or partners and run by volunteers. "
                    "Together these activities show how sharing the work with the community has "
                    "kept libraries open and made them more useful to the people around them.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Co-operative education catering service",
        "lead": "Southampton City Council",
        "partner_members": [],
        "partner_organisations": ["City Catering Southampton"],
        "year": 2020,
        "summary": (
            "Since spinning out of Southampton City Council in 2015, City Catering Southampton has"
            " become a not-for-profit mutual, governed with its member schools, that serves most "
            "of the city's school meals and reinvests surpluses in community food projects such as"
            " tackling holiday hunger."
        ),
        "themes": ["food", "children-and-young-people", "economy-and-enterprise"],
        "principles": [4, 5, 7],
        "contact_name": "Rachel Hall",
        "contact_role": "CEO, City Catering Southampton",
        "body": [
            ("heading", "From council service to mutual"),
            (
                "paragraph",
                (
                    "<p>City Catering Southampton left the council in April 2015 and has since "
                    "changed from a meals provider into a not-for-profit organisation built on the"
                    " belief that good food, served with kindness and care, is a right rather than"
                    " a privilege. The schools, families and vulnerable adults it serves are now "
                    "at the centre of how it is run.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It is the main school meals provider in the city, serving hot lunches in "
                    "63% of Southampton's 75 school and nursery settings, and school meals make up"
                    " more than 90% of its work. Member schools sit on its board of trustees and "
                    "take part in work to modernise school meals and promote food education, while"
                    " school representatives and local business leaders help shape its charitable "
                    "activity.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "2015", "label": "year the service spun out of the council"},
                    {
                        "figure": "63%",
                        "label": "of the city's 75 school and nursery settings served",
                    },
                    {"figure": "90%+", "label": "of its work is school meals"},
                ],
            ),
            ("heading", "Putting surpluses back into the community"),
            (
                "paragraph",
                (
                    "<p>Apart from restricted reserves, any surplus goes to the board to spend on "
                    "community food projects. Its current priority is holiday hunger: using every "
                    "bit of its influence and charitable status to feed children and families who "
                    "might otherwise go without, and aiming to lead the city's campaign on the "
                    "issue.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The organisation has built links with local government, business and the "
                    "Chamber of Commerce, and was invited to join the All Party Parliamentary "
                    "Group on school food, giving its members a route to local and national "
                    "decision makers. As a mutual, it puts listening to members first, and that "
                    "way of working has given staff new energy for making local change happen.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Co-operative Learning in Southampton",
        "lead": "Southampton City Council",
        "partner_members": ["Workers Educational Association"],
        "partner_organisations": [
            "Southampton Cooperative Learning Trust",
            "Solent Health NHS Trust",
        ],
        "year": 2020,
        "summary": (
            "A third of Southampton's schools, 19 in all, now belong to one of three co-operative "
            "learning trusts working closely with the City Council; the longest-established, the "
            "Southampton Cooperative Learning Trust, links seven schools with health, adult "
            "learning and council partners."
        ),
        "themes": ["children-and-young-people", "neighbourhoods-and-communities"],
        "principles": [1, 9],
        "contact_name": "Sara Crawford",
        "contact_role": "Improvement Manager - Southampton City Council",
        "body": [
            ("heading", "Co-operative schools across the city"),
            (
                "paragraph",
                (
                    "<p>Co-operative learning is growing fast in Southampton. A third of the "
                    "city's schools now belong to one of three co-operative learning trusts, so 19"
                    " schools in every part of the city work in close partnership with the City "
                    "Council as Co-operative Trust Schools. The council has named 2020 its 'Year "
                    "of the Child', a natural moment to build on what the city's co-operative "
                    "schools have started.</p>"
                ),
            ),
            ("heading", "The Southampton Cooperative Learning Trust"),
            (
                "paragraph",
                (
                    "<p>The city's longest-serving schools co-operative began in 2011 as the "
                    "Regents Park School Learning Trust. In February 2016 it grew to take in seven"
                    " local schools, mostly in the centre and west of the city, along with "
                    "community partners Solent Health NHS Trust, a local branch of the WEA and the"
                    " City Council, all sharing one identity and a commitment to co-operation.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Its member schools are Regents Park Community College, Banister Primary "
                    "School, Foundry Lane Primary School, Freemantle Church of England Academy, St"
                    " Johns Primary &amp; Nursery School, St Mark's Primary School and Polygon "
                    "School, a special school.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "19", "label": "Southampton schools in co-operative trusts"},
                    {"figure": "3", "label": "co-operative learning trusts in the city"},
                    {
                        "figure": "7",
                        "label": "schools in the Southampton Cooperative Learning Trust",
                    },
                ],
            ),
            ("heading", "What the trust works for"),
            (
                "paragraph",
                (
                    "<p>The trust aims to advance the education of pupils in its schools, to "
                    "benefit the education of the wider community and to promote community "
                    "cohesion. It takes an active part in the Co-operative Schools Network, and "
                    "its schools build co-operative values and principles into their curriculum "
                    "and ethos so that pupils grow into better citizens, both at school and for "
                    "the rest of their lives.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Sowing the seeds for partnership working",
        "lead": "South Tyneside Council",
        "partner_members": [],
        "partner_organisations": ["Primrose Parks Alliance", "Valley View School"],
        "year": 2020,
        "summary": (
            "Residents in Jarrow formed the Primrose Parks Alliance and, with equipment, training "
            "and maintenance from South Tyneside Council, recruited about 240 volunteers and "
            "cleared three tonnes of waste, bringing families back to once-neglected parks."
        ),
        "themes": ["neighbourhoods-and-communities"],
        "principles": [1, 3, 6],
        "contact_name": "Hayley Johnson",
        "contact_role": "Corporate Lead Officer, Strategy and Performance - South Tyneside Council",
        "body": [
            ("heading", "Parks people had given up on"),
            (
                "paragraph",
                (
                    "<p>Springwell and Valley View Park in Jarrow had become known for anti-social"
                    " behaviour, drug dealing, vandalism, litter and dog mess. Residents and South"
                    " Tyneside Council decided to tackle it together. Two local groups, Friends of"
                    " Valley View and Springwell Park and Keep Mill Dean Clean, merged to form the"
                    " Primrose Parks Alliance.</p>"
                ),
            ),
            ("heading", "How the partnership works"),
            (
                "paragraph",
                (
                    "<p>The council supplies equipment for litter picks, trains volunteers and "
                    "maintains the parks, while the alliance advises it on where changes will make"
                    " the biggest difference. Cutting back overgrown bushes, for example, has made"
                    " the space feel more open and less threatening. Pupils at Valley View School "
                    "designed the alliance's logo, and the group plans to work with Jarrow School "
                    "too.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "Around 240", "label": "volunteers recruited in three months"},
                    {"figure": "5", "label": "major litter picks held"},
                    {"figure": "3 tonnes", "label": "of waste and debris removed"},
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "Our work is starting to make a massive difference with families now "
                        "starting to enjoy the parks again."
                    ),
                    "attribution": (
                        "Caroline Hall, founder and Committee Secretary, Primrose Parks Alliance"
                    ),
                },
            ),
            ("heading", "What changed and what is next"),
            (
                "paragraph",
                (
                    "<p>In the three months after the group was constituted in June 2019 it "
                    "recruited around 240 volunteers and held five big litter picks that cleared "
                    "three tonnes of rubbish, and families are starting to use the parks again. "
                    "The founders credit the #LoveSouthTyneside campaign with inspiring ordinary "
                    "residents to act.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Next on the alliance's list are blocking park exits to motorbikes, cutting"
                    " back more vegetation, adding signs and bins, and fining people who drop "
                    "litter, leave dog mess or damage the park, as part of a longer-term aim to "
                    "make the area beautiful again for everyone.</p>"
                ),
            ),
        ],
    },
]

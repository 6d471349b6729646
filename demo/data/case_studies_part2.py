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
            "how services change, leading to a new voluntary sector infrastructure body appointed "
            "through co-production and a manifesto for supporting relationships in the borough."
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
                    "<p>Academics from Edge Hill University helped the group agree principles for "
                    "joint work. Over several weeks the citizens then looked at the whole system "
                    "in the borough, within the wider Greater Manchester city region, and picked "
                    "two areas to focus on: <strong>co-operative democracy</strong>, meaning how "
                    "power can be shared and shifted so people can work together, and "
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
            "Route29, a multi-disciplinary hub that young people with experience of care helped to"
            " design, name and recruit staff for."
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
                    "programmers and young people together to begin reimagining how the service "
                    "looks and feels. iSandwell, which leads digital inclusion work across the "
                    "area, supported the young people as they decided to overhaul the service's "
                    "whole social media presence.</p>"
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
                    " conviction that everyone deserves good food served with warmth and care, as "
                    "of right. The schools, families and vulnerable adults it serves are now at "
                    "the centre of how it is run.</p>"
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
    {
        "title": "Implementation of the Modern Slavery Charter",
        "lead": "Stevenage Borough Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Chosen in 2018 as one of two pilot areas, Stevenage put a Modern Slavery Charter into"
            " practice through staff and councillor training, work with contractors through "
            "procurement, a local conference and a one-to-one support service for victims."
        ),
        "themes": ["neighbourhoods-and-communities", "procurement-and-social-value", "governance"],
        "principles": [1, 5, 10],
        "contact_name": "Sarah Pateman",
        "contact_role": "Community Safety Manager - Stevenage Borough Council",
        "body": [
            ("heading", "A pilot built on neighbourhood working"),
            (
                "paragraph",
                (
                    "<p>The government's 2014 Modern Slavery Strategy follows the 'four Ps' "
                    "structure the Home Office also uses against terrorism and serious and "
                    "organised crime. In June 2018 Stevenage Borough Council was picked as one of "
                    "two pilot areas to develop a local programme around it, because of its "
                    "commitment to co-operative neighbourhood management.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The four Ps are:</p><ul><li><strong>Pursue</strong>: prosecute and disrupt"
                    " the people and groups behind modern "
                    "slavery;</li><li><strong>Prevent</strong>: stop people getting involved in "
                    "it;</li><li><strong>Protect</strong>: strengthen safeguards for vulnerable "
                    "people and raise awareness of, and resilience to, the "
                    "crime;</li><li><strong>Prepare</strong>: reduce the harm done by identifying "
                    "victims better and supporting them more.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "2",
                        "label": "pilot areas chosen in June 2018, Stevenage one of them",
                    },
                    {
                        "figure": "4",
                        "label": (
                            "strands of the national strategy: pursue, prevent, protect, prepare"
                        ),
                    },
                ],
            ),
            ("heading", "What the council has done"),
            (
                "paragraph",
                (
                    "<p>Under the charter's referral process, first responders in the council's "
                    "community safety team refer people who may be victims, support them and "
                    "liaise with the other agencies involved. Since adopting the charter the "
                    "council has:</p><ul><li>held a modern slavery conference for stakeholders "
                    "across the town;</li><li>made the iLearn e-learning module compulsory for "
                    "every new employee and begun offering it to councillors;</li><li>used "
                    "procurement to make sure its contractors understand why full compliance with "
                    "the Modern Slavery Act 2015 matters;</li><li>set up a Modern Slavery Service "
                    "giving victims one-to-one support.</li></ul>"
                ),
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Local modern slavery cases are now handled better and victims get better "
                    "outcomes. The council sees the charter as part of its co-operative approach: "
                    "it has improved life for some of the town's most vulnerable people and made "
                    "the council more effective in how it works with partners and communities.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Creating a Cultural Strategy for Britain's First New Town",
        "lead": "Stevenage Borough Council",
        "partner_members": [],
        "partner_organisations": ["Arts Council England"],
        "year": 2020,
        "summary": (
            "Stevenage residents, artists and heritage groups co-created the town's cultural "
            "strategy with the council and Arts Council England; a new Arts and Heritage Forum has"
            " since helped secure over £200k and new art, spaces and creative networks."
        ),
        "themes": ["culture-and-leisure", "neighbourhoods-and-communities"],
        "principles": [3, 4],
        "contact_name": "Nick Mallinger",
        "contact_role": "Cultural Development Officer - Stevenage Borough Council",
        "body": [
            ("heading", "A strategy written with the town"),
            (
                "paragraph",
                (
                    "<p>As Stevenage, Britain's first New Town, begins a major regeneration "
                    "programme, the borough council wanted one cultural strategy that pulled "
                    "together the town's hopes for its arts and heritage. Working closely with "
                    "Arts Council England, it deliberately let the community lead: residents and "
                    "grassroots arts and cultural organisations shaped the ambitions for the "
                    "town's future.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>One result of that process was a new Arts and Heritage Forum, which has "
                    "championed projects across the town. Taking a co-operative approach to "
                    "writing the strategy, rather than producing it inside the council, has led "
                    "directly to a string of achievements.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "200", "label": "children who led the launch of the strategy"},
                    {"figure": "£200k+", "label": "external investment secured by partners"},
                    {"figure": "3", "label": "major art installations commissioned"},
                ],
            ),
            ("heading", "What has happened since 2018"),
            (
                "paragraph",
                (
                    "<p>Two hundred children led the strategy's launch at a big town centre event."
                    " Since then:</p><ul><li>local partners have brought in more than £200,000 of "
                    "outside investment towards the strategy's aims;</li><li>the council has "
                    "opened empty shop units as arts and culture spaces;</li><li>a creative "
                    "network now links schools to build cultural learning into their "
                    "work;</li><li>Stevenage Museum has pioneered new digital "
                    "programmes;</li><li>three major art installations have been "
                    "commissioned;</li><li>health and wellbeing projects drawing on arts and "
                    "heritage have started;</li><li>an arts collective, Junction 7 Creatives, has "
                    "formed to grow the town's creative co-operative economy.</li></ul>"
                ),
            ),
            ("heading", "What comes next"),
            (
                "paragraph",
                (
                    "<p>The forum keeps shaping new projects and installations. The council "
                    "continues to work with it on culture-led regeneration as part of the new "
                    "town's story, including its ambitions for the future of the town's theatre "
                    "and museum.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Let's Talk - Working with Residents - Neighbourhood Solutions",
        "lead": "Sunderland City Council",
        "partner_members": [],
        "partner_organisations": ["Sunderland Football Club"],
        "year": 2020,
        "summary": (
            "Sunderland's Let's Talk engagement strategy reached over half the city's population, "
            "and what residents said shaped five Neighbourhood Investment Plans that residents "
            "will be able to follow, and help deliver, through an online tracker and app."
        ),
        "themes": ["democracy-and-engagement", "neighbourhoods-and-communities"],
        "principles": [2, 3, 6],
        "contact_name": "Sandra Mitchell",
        "contact_role": "Assistant Director Community Resilience - Sunderland City Council",
        "body": [
            ("heading", "Why the council wanted to talk"),
            (
                "paragraph",
                (
                    "<p>Sunderland's City Plan sets out to make it a healthy, vibrant and dynamic "
                    "city for everyone by 2030. Sunderland City Council recognised that this would"
                    " also mean improving neighbourhoods from the inside, working within "
                    "communities so that no resident is left behind.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It drew up a single engagement strategy, Let's Talk, which every council "
                    "service has adopted, along with health and other public sector partners and "
                    "the voluntary and community sector. Its first big use was a conversation with"
                    " more than half of Sunderland's population to inform five neighbourhood "
                    "investment plans.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "50%+",
                        "label": "of Sunderland's population engaged through Let's Talk",
                    },
                    {
                        "figure": "5",
                        "label": "Neighbourhood Investment Plans informed by residents",
                    },
                ],
            ),
            ("heading", "Reaching every corner"),
            (
                "paragraph",
                (
                    "<p>Partners ranging from Sunderland Football Club to local taxi firms helped "
                    "spread the word, so that every resident was asked what they love about "
                    "Sunderland, what they would alter, and what they could contribute in their "
                    "own area. Conversations happened face to face and on social media, with every"
                    " age group and community, in settings from school assemblies to knitting "
                    "groups.</p>"
                ),
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>The wealth of information gathered shaped the five Neighbourhood "
                    "Investment Plans, due to go to the council's Cabinet in March 2020, and is "
                    "guiding how services are delivered locally so they fit residents' needs. The "
                    "plans will be detailed and kept up to date, connected to an online tracker of"
                    " activity and an interactive app. Residents will be able to see what the "
                    "council and its partners are doing and investing in their area, report "
                    "problems, volunteer, or sign the Sunderland Neighbourhood Pledge, a "
                    "commitment to everyday actions such as recycling more, not dropping litter "
                    "and looking after their own health.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "A Bottom's Up Approach to Creating a Voluntary, Community and Social Enterprise "
            "Alliance"
        ),
        "lead": "Sunderland City Council",
        "partner_members": [],
        "partner_organisations": [
            "Gentoo Housing Group",
            "Sunderland Clinical Commissioning Group",
        ],
        "year": 2020,
        "summary": (
            "Sunderland City Council, Gentoo Housing Group and Sunderland CCG are co-designing "
            "with the voluntary, community and social enterprise sector a sector-led alliance for "
            "infrastructure support, backed by £90,000 of start-up funding and a three-year "
            "partnership agreement."
        ),
        "themes": ["neighbourhoods-and-communities", "governance"],
        "principles": [1, 3, 6],
        "contact_name": "Charlotte Burnham",
        "contact_role": "Head of Member Support and Community Partnership, Sunderland City Council",
        "body": [
            ("heading", "A partnership of equals"),
            (
                "paragraph",
                (
                    "<p>Sunderland City Council, Gentoo Housing Group and Sunderland Clinical "
                    "Commissioning Group (working together as All Together Better) have joined the"
                    " city's voluntary, community and social enterprise (VCSE) sector to set up an"
                    " Alliance. Its job is to shape how infrastructure support is provided in "
                    "future, so that the sector in Sunderland can grow and develop.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In September 2019 the partners held an engagement event, Voluntary "
                    "Organisations In Sunderland Engage (VOISE), attended by more than 130 people "
                    "from the sector. They discussed what support should look like given how "
                    "complex the sector has become, and agreed ten shared ambitions, among them "
                    "building on what already exists, developing varied and sustainable income, "
                    "supporting collaboration across sectors, encouraging volunteering, and giving"
                    " the sector a stronger voice through real representation.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "130+", "label": "VCSE representatives at the VOISE event"},
                    {
                        "figure": "£90,000",
                        "label": "start-up funding, £30,000 from each main partner",
                    },
                    {"figure": "3 years", "label": "initial term of the Alliance"},
                ],
            ),
            ("heading", "How the Alliance is being built"),
            (
                "paragraph",
                (
                    "<p>Unlike the usual approach elsewhere in the country, the Alliance is being "
                    "designed with the sector as an equal partner: support will be led by the "
                    "sector, with the council and partners committed to it. A partnership "
                    "agreement with clear governance sets it up for three years, with the option "
                    "to extend. Each of the three main partners has put in £30,000 to pay for "
                    "extra capacity while it gets going, and the cost of the new independent "
                    "service will be settled during co-design.</p>"
                ),
            ),
            ("heading", "What it should change"),
            (
                "paragraph",
                (
                    "<p>The aim is an independent body that supports and challenges the sector, "
                    "offers leadership and shares skills and know-how, and that builds "
                    "relationships between local VCSE groups, public bodies and businesses so that"
                    " local action thrives and communities are heard.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Cooperative Network Infrastructure Ltd",
        "lead": "Tameside Council",
        "partner_members": [],
        "partner_organisations": [
            "Blackpool Council",
            "Manchester City Council",
            "Tameside Hospital",
            "Pennine Care NHS Trust",
            "Tameside College",
            "Jigsaw Homes",
        ],
        "year": 2020,
        "summary": (
            "Tameside pioneered a co-operative that joins public and private fibre assets into one"
            " shared network; its members have used over 50km of fibre spine to deliver more than "
            "200 full fibre connections, and the model is now recommended across Greater "
            "Manchester."
        ),
        "themes": ["digital", "economy-and-enterprise"],
        "principles": [1, 4, 8],
        "contact_name": "Tim Rainey",
        "contact_role": "Assistant Director - Tameside Council",
        "body": [
            ("heading", "A co-operative for digital infrastructure"),
            (
                "paragraph",
                (
                    "<p>Cooperative Network Infrastructure Ltd (CNI) started life as the Tameside "
                    "Digital Infrastructure Cooperative and took its new name in 2019 when "
                    "Blackpool and Manchester City Councils joined. It brings public and private "
                    "organisations together to build and share digital infrastructure in and "
                    "around Tameside, Blackpool and Manchester, letting members use its fibre and "
                    "exchange points on wholesale terms to run advanced connectivity services.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Public sector members use the shared network to improve services and cut "
                    "costs; private members use it to sell internet and telecoms services to "
                    "businesses and households. In Tameside, members and investors can draw on "
                    "more than 50km of fibre spine, making investment go further and speeding up "
                    "deployment.</p>"
                ),
            ),
            ("heading", "The 'thin layer' model"),
            (
                "paragraph",
                (
                    "<p>Tameside Council and its public partners, including Tameside Hospital, "
                    "Pennine Care NHS Trust, Tameside College and Jigsaw Homes, the main social "
                    "landlord, each invest in new fibre where their own business case stacks up. "
                    "Those assets are then stitched together into a single network shared through "
                    "the co-operative, so the value of every investment is multiplied. After a "
                    "soft market test and state aid advice, the model was opened to private "
                    "companies, and CNI was formally set up in 2018 with founder members from both"
                    " sectors.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "50km+", "label": "of fibre spine network in Tameside"},
                    {
                        "figure": "200+",
                        "label": "commercial fibre to the premises connections in year one",
                    },
                    {
                        "figure": "1 of 6",
                        "label": "'Wave 1' pilots in the £200m Local Full Fibre Network Programme",
                    },
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "GMCA should work with public and private sector to extend the "
                        "co-operative neutral host model successfully pioneered in Tameside to "
                        "other parts of Greater Manchester."
                    ),
                    "attribution": "Co-operative Commission report, January 2020",
                },
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>In its first full year of trading, CNI's members delivered more than 200 "
                    "commercial full fibre connections. DCMS and BDUK funded Tameside as one of "
                    "six 'Wave 1' pilots in the £200m Local Full Fibre Network Programme and "
                    "encourage other councils to learn from the model. CNI won 'Most Innovative "
                    "Commercial Model' at the INCA Awards, was cited as best practice in the "
                    "government's 2019 Future Telecoms Infrastructure Review, and the Co-operative"
                    " Commission, launched by Andy Burnham and Steve Murrells in January 2020, "
                    "recommended extending it across Greater Manchester.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Tameside and Glossop Partnership Engagement Network",
        "lead": "Tameside Council",
        "partner_members": [],
        "partner_organisations": [
            "NHS Tameside and Glossop Clinical Commissioning Group",
            "Tameside Hospital",
        ],
        "year": 2020,
        "summary": (
            "Tameside Council and local NHS partners set up the Partnership Engagement Network in "
            "2017, one shared route for residents to shape public services, which has since run "
            "over 35 engagement projects and gathered more than 6,000 contacts."
        ),
        "themes": ["democracy-and-engagement", "health-and-social-care"],
        "principles": [1, 2, 3],
        "contact_name": "Jody Smith",
        "contact_role": "Policy and Strategy Service Manager",
        "body": [
            ("heading", "One way in for residents"),
            (
                "paragraph",
                (
                    "<p>The Partnership Engagement Network (PEN) was set up in autumn 2017 by "
                    "Tameside Metropolitan Borough Council, NHS Tameside and Glossop Clinical "
                    "Commissioning Group and Tameside &amp; Glossop Integrated NHS Foundation "
                    "Trust, better known as Tameside Hospital. It gives the public and partner "
                    "organisations a clear, structured way to influence public services and to "
                    "raise issues and ideas of their own.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The partners start from the view that involving people produces better "
                    "services that fit what people actually need. PEN keeps a continuing "
                    "conversation going with residents, patients and other stakeholders, and gives"
                    " them forums where they can be heard and help develop services.</p>"
                ),
            ),
            ("heading", "A single framework"),
            (
                "paragraph",
                (
                    "<p>Through PEN the partners aim to:</p><ul><li>make sure their plans, "
                    "strategies and policies are shaped by what the public says;</li><li>hear from"
                    " a cross-section of people as representative as possible of Tameside's "
                    "communities;</li><li>engage across the whole public and community sector "
                    "rather than in organisational silos;</li><li>start conversations early, so "
                    "the public, patients and others help design the answers.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "35+", "label": "engagement projects in Tameside and Glossop"},
                    {"figure": "6,000+", "label": "engagement contacts since 2017"},
                    {"figure": "400+", "label": "delegates at six PEN conferences"},
                    {"figure": "50+", "label": "national consultations promoted locally"},
                ],
            ),
            ("heading", "What it has achieved in two years"),
            (
                "paragraph",
                (
                    "<p>PEN has run more than 35 themed engagement projects and logged over 6,000 "
                    "engagement contacts, not counting people at events and drop-ins: 2,600 in "
                    "2017, 2,400 in 2018 and 1,200 in 2019 by the time of writing. It has held six"
                    " conferences for over 400 delegates, with a seventh planned for October 2019,"
                    " supported around 40 engagement projects at Greater Manchester level, and "
                    "promoted more than 50 national consultations relevant to Tameside and "
                    "Glossop.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Taking an innovative approach to hospital discharge",
        "lead": "Telford and Wrekin Council",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Telford and Wrekin's health, care and voluntary sector partners piloted Pathway Zero,"
            " a strengths-based route home from hospital for people below usual support "
            "thresholds; it beat its 5% target and cut readmissions, so it is being extended to "
            "every ward."
        ),
        "themes": ["health-and-social-care"],
        "principles": [1, 7, 8],
        "contact_name": "Michael Bennett and Sarah Downes",
        "contact_role": (
            "Service Delivery Manager, Prevention and Enablement & Integrated Place Partnership "
            "Manager"
        ),
        "body": [
            ("heading", "Why a new pathway was needed"),
            (
                "paragraph",
                (
                    "<p>In Telford and Wrekin, health and social care is being transformed through"
                    " the Integrated Place Partnership, which builds on people's strengths: "
                    "helping early, targeting prevention, and responding together when someone "
                    "urgently needs care. Leaders from health, social care and voluntary "
                    "organisations agreed that only people who truly need acute hospital care "
                    "should be admitted, and that new ways of working were needed to reduce "
                    "admissions.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Pathway Zero is their preventative route out of hospital. It sits "
                    "alongside the existing complex discharge pathways 1, 2 and 3 and is aimed at "
                    "people who fall below the usual threshold for support but are at risk of "
                    "coming back in. It applies the same strengths-based thinking to discharge, so"
                    " people are not made dependent and can live as independently as possible.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "9%",
                        "label": "of discharges via Pathway Zero, against a 5% target",
                    },
                    {"figure": "22 points", "label": "reduction in the rate of readmissions"},
                    {
                        "figure": "37 points",
                        "label": "rise in follow-up bookings at a community social care hub",
                    },
                ],
            ),
            ("heading", "What the pilot achieved"),
            (
                "paragraph",
                (
                    "<p>In its first five months on one hospital ward the pilot beat every "
                    "expectation. Nine per cent of people went home on Pathway Zero, and "
                    "discharges into bed-based enablement fell by 2 percentage points. "
                    "Readmissions fell by 22 points; people leaving with equipment or assistive "
                    "technology such as community alarms rose by 27 points; bookings for a "
                    "follow-up at a community social care hub rose by 37 points; and carers' "
                    "support interventions and assessments rose by 14 points. In January 2020 "
                    "senior leaders agreed to roll it out to every ward.</p>"
                ),
            ),
            ("heading", "Derek's story"),
            (
                "paragraph",
                (
                    "<p>Derek was admitted with a chest infection, his second admission in two "
                    "months, and was referred for discharge on Pathway 1, usually three or four "
                    "care calls a day. A social worker talked with Derek and his wife about what "
                    "was working and what was hard, and found that, with family nearby visiting "
                    "regularly, he could go home instead with extra community-based support and "
                    "referrals. That help included an occupational therapy request, a shower stall"
                    " and bed wedge delivered the same day, a call to the respiratory team, ideas "
                    "for clubs at his community centre and a carer's referral for his wife.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "A Co-operative Greater Manchester people and communities working together to improve "
            "the environment, create good jobs and sustainable growth"
        ),
        "lead": "Greater Manchester Combined Authority",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Greater Manchester's Co-operative Commission, appointed by Mayor Andy Burnham in "
            "2019, recommended making the city region a Co-operative Zone with dedicated business "
            "support, alongside plans for community housing, freelancer co-operation and "
            "community-owned transport."
        ),
        "themes": ["economy-and-enterprise", "community-wealth-building", "housing"],
        "principles": [1, 4, 7],
        "contact_name": "Anne Lythgoe",
        "contact_role": "Principal - VCSE Accord Implementation - GMCA",
        "body": [
            ("heading", "The birthplace of co-operation"),
            (
                "paragraph",
                (
                    "<p>The co-operative movement began in Greater Manchester, where the Rochdale "
                    "Society of Equitable Pioneers was founded in 1844, and the city region is "
                    "still home to the Co-operative Group, the biggest consumer-owned business "
                    "anywhere in the world. To keep the region at the front of co-operative "
                    "development, Mayor Andy Burnham appointed a Co-operative Commission in "
                    "February 2019.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The Commission is chaired by Cllr Allen Brett and vice-chaired by Cllr "
                    "Angelika Stogia, the Greater Manchester Combined Authority's portfolio lead "
                    "and deputy portfolio lead for Community, Voluntary and Co-operatives, with "
                    "nine independent commissioners from the co-operative and business worlds. Its"
                    " report, A Co-operative Greater Manchester, calls for more support for "
                    "co-operatives so that the region gains more of the social, environmental and "
                    "economic benefits they bring.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "1844", "label": "Rochdale Society of Equitable Pioneers founded"},
                    {
                        "figure": "9",
                        "label": "independent commissioners on the Co-operative Commission",
                    },
                ],
            ),
            ("heading", "What the Commission recommends"),
            (
                "paragraph",
                (
                    "<p>Its central proposal is that Greater Manchester becomes a "
                    "<strong>Co-operative Zone</strong>, with dedicated advice and support for "
                    "existing co-operatives and for people who want to start one or convert a "
                    "business. It also recommends that:</p><ul><li>partners from every sector work"
                    " together on community-led, place-based co-operation, community ownership and"
                    " economic development;</li><li>the region develops its own version of "
                    "European work that brings freelancers and people in insecure work together "
                    "into a strong economic unit;</li><li>a Greater Manchester Community Housing "
                    "Hub is set up to help co-operative and community-led housing projects get "
                    "started;</li><li>a place-based pilot tests community-owned 'total transport' "
                    "models linked to the main network, as part of bus reform.</li></ul>"
                ),
            ),
            ("heading", "What happens next"),
            (
                "paragraph",
                (
                    "<p>The report was launched in January 2020 and is published at "
                    "gmcommission.coop. Its recommendations give the combined authority and its "
                    "partners an agenda for growing a co-operative economy that improves the "
                    "environment and creates good jobs.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Improving access to social housing",
        "lead": "40C",
        "partner_members": ["Bristol City Council"],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "4OC reviewed Bristol City Council's process for re-letting empty council homes with "
            "the staff who run it, producing an Operational Improvement Plan to cut void times and"
            " shorten waits for social housing."
        ),
        "themes": ["housing"],
        "principles": [3, 8],
        "contact_name": "Matt Wells",
        "contact_role": "Head of Business Growth",
        "body": [
            ("heading", "The brief"),
            (
                "paragraph",
                (
                    "<p>Bristol's One City Plan commits the city to reducing the number of empty "
                    "homes and cutting the time vulnerable residents wait for social housing. In "
                    "March 2019 Bristol City Council asked 4OC to help its housing teams meet "
                    "those goals, starting with a high-level service review of the voids process: "
                    "the work of getting an empty property ready and let again. Faster void times "
                    "would improve the customer experience and mean residents waiting for a home "
                    "could move in sooner.</p>"
                ),
            ),
            ("heading", "How 4OC worked"),
            (
                "paragraph",
                (
                    "<p>4OC worked with every team that plays a part in the voids process. Through"
                    " one-to-one interviews and co-design workshops, staff explained what they do,"
                    " the policies and business rules behind it, the IT systems they rely on and "
                    "their own ideas for improving the customer experience. A 4OC graphic "
                    "facilitator helped make the sessions engaging, memorable and enjoyable.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "March 2019",
                        "label": "Bristol City Council commissioned the voids review",
                    }
                ],
            ),
            ("heading", "What came out of it"),
            (
                "paragraph",
                (
                    "<p>Together with the staff who deliver the service, 4OC identified a set of "
                    "improvements:</p><ul><li>reviewing and updating core policies so that the "
                    "standard of service is consistent;</li><li>making operations more efficient "
                    "by improving core processes, using ICT and data better, clarifying who does "
                    "what, and communicating better with customers and between council "
                    "teams.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>These were brought together in an Operational Improvement Plan. It lets "
                    "the council make immediate improvements while taking the time to design and "
                    "introduce wider changes to customer services and internal processes, with the"
                    " aim of bringing empty homes back into use more quickly for people who need "
                    "them.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Life as a new organisation for Lewisham Music",
        "lead": "Bates Wells",
        "partner_members": [],
        "partner_organisations": ["London Borough of Lewisham", "Lewisham Music"],
        "year": 2020,
        "summary": (
            "Bates Wells advised the London Borough of Lewisham on moving its music service into "
            "an independent charity in 2017; Lewisham Music now reaches new funding, has a new "
            "home and still leads the borough's music education hub."
        ),
        "themes": ["culture-and-leisure", "children-and-young-people", "governance"],
        "principles": [4, 7],
        "contact_name": "Augustus Della-Porta",
        "contact_role": "Partner - Bates Wells",
        "body": [
            ("heading", "Why the borough looked for a new model"),
            (
                "paragraph",
                (
                    "<p>The London Borough of Lewisham wanted its successful music service to keep"
                    " thriving while gaining access to new funding, new premises and new "
                    "governance. In 2017 it asked law firm Bates Wells to advise on every part of "
                    "moving the service out of the council into an independent charity. Bates "
                    "Wells has long experience of helping councils set up alternative delivery "
                    "models and has spun out more than 20 council services in the last three "
                    "years.</p>"
                ),
            ),
            ("heading", "What Bates Wells did"),
            (
                "paragraph",
                (
                    "<p>The team first set out the options for running the service, including how "
                    "each model would be taxed. Once the borough chose an independent charity, "
                    "Bates Wells advised on the right legal and governance structure for the new "
                    "body and secured its registration with the Charity Commission for England and"
                    " Wales.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It then drafted the legal documents for the transfer and advised Lewisham "
                    "Music as it negotiated them, covering the property, employment, pensions and "
                    "tax sides of the move. The transfer was completed on 1 April 2017, and Bates "
                    "Wells has continued to advise the charity since.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "1 April 2017",
                        "label": "the music service transferred to the new charity",
                    },
                    {
                        "figure": "20+",
                        "label": "council services spun out by Bates Wells in three years",
                    },
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Lewisham Music has gone on to thrive, and this year moved into the "
                    "Fellowship, a new arts and cultural venue in the borough. As a charity it can"
                    " receive public donations and Gift Aid and explore other ways of earning "
                    "income, while keeping its Arts Council support. It remains the lead "
                    "organisation for Lewisham's music education hub, working with all the "
                    "borough's maintained schools, free schools and academies as well as local and"
                    " regional partners.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "Developing an open source platform to help identify and target households "
            "experiencing fuel poverty"
        ),
        "lead": "The Behaviouralist",
        "partner_members": [],
        "partner_organisations": ["Cadent Gas"],
        "year": 2020,
        "summary": (
            "Working with Cadent Gas, The Behaviouralist built a machine-learning model that "
            "predicts fuel poverty with 80% accuracy from public data, and a web platform councils"
            " can use to find households at risk and target help."
        ),
        "themes": ["energy-and-climate", "digital", "health-and-social-care"],
        "principles": [8, 9],
        "contact_name": "Ian Redpath",
        "contact_role": "Senior Behavioural Scientist, The Behaviouralist",
        "body": [
            ("heading", "A costly problem to find"),
            (
                "paragraph",
                (
                    "<p>A household is in fuel poverty when it has a low income and a home that "
                    "cannot be kept warm at a reasonable cost. Official statistics published in "
                    "2017 put the number of households forced to trade off heating against other "
                    "essentials at over 2.5 million, with knock-on effects for health and society."
                    " Finding those households is hard and expensive, so councils, utilities and "
                    "charities spend scarce money locating them and often aim their letters and "
                    "support at the wrong homes.</p>"
                ),
            ),
            ("heading", "What The Behaviouralist built"),
            (
                "paragraph",
                (
                    "<p>The Behaviouralist ran two projects with Cadent Gas. In the first, it "
                    "built and tested a machine-learning model that uses only publicly available "
                    "data covering all of England, more than 18 million households, and can tell "
                    "with 80% accuracy whether a household is in fuel poverty.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In the second, it combined those predictions with behavioural science, "
                    "proposing an integrated approach in which the model's insights guide which "
                    "households receive communications and other interventions, and how messages "
                    "are framed so that people act on them.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "2.5 million+",
                        "label": "households choosing between heating and essentials",
                    },
                    {"figure": "18 million+", "label": "households in England covered by the data"},
                    {"figure": "80%", "label": "accuracy in predicting fuel poverty"},
                ],
            ),
            ("heading", "What councils gain"),
            (
                "paragraph",
                (
                    "<p>The result is a web-based platform that local authorities can use to "
                    "identify households in fuel poverty and target help with energy efficiency "
                    "and keeping homes warm. Because it shows where people facing the greatest "
                    "health and wellbeing risks are concentrated, the platform can also inform "
                    "wider council policy, not just individual referrals.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Communications, Membership & Events for the CCIN",
        "lead": "Branding.coop",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Since 2016 Branding.coop has run communications, membership and events for the "
            "Co-operative Councils' Innovation Network, a period in which the network grew from 19"
            " to 69 members and its published case studies from 70 to 250."
        ),
        "themes": ["governance", "digital"],
        "principles": [9, 10],
        "contact_name": "Nicola Huckerby",
        "contact_role": "Director - Branding.coop",
        "body": [
            ("heading", "Who Branding.coop are"),
            (
                "paragraph",
                (
                    "<p>Branding.coop was set up in 2016 to give organisations practical help and "
                    "guidance in promoting their co-operative identity. Since June 2016 its "
                    "director, Nicola Huckerby, has managed communications, membership and events "
                    "for the Co-operative Councils' Innovation Network, giving members, "
                    "prospective members and other organisations one place to go to find out about"
                    " the network.</p>"
                ),
            ),
            ("heading", "What the work covers"),
            (
                "paragraph",
                (
                    "<p>The support is hands-on and wide-ranging. It includes:</p><ul><li>working "
                    "with partners and stakeholders to keep the network focused on "
                    "action;</li><li>recruiting and keeping members, and managing the membership "
                    "database and prospects;</li><li>running the councils.coop website, print and "
                    "social media, and looking after the brand;</li><li>organising the annual "
                    "conference and the network's presence at other conferences, events and "
                    "exhibitions;</li><li>promoting members' projects through case "
                    "studies;</li><li>supporting the network's governance, including its Executive"
                    " Oversight Committee and Values &amp; Principles Board;</li><li>tracking "
                    "delivery of the CCIN strategy and managing the online Membership "
                    "Forum.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "19 to 69", "label": "growth in CCIN members in four years"},
                    {"figure": "70 to 250", "label": "growth in published member case studies"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>In those four years membership has more than tripled, from 19 to 69 "
                    "councils and organisations across the UK, and the library of case studies "
                    "promoting members' projects has grown from 70 to 250.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>A central point of contact has helped the network present a consistent "
                    "identity, keep existing members engaged while attracting new ones, and make "
                    "members' co-operative work visible across local government, from the annual "
                    "conference to the website and social media.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Co-designing services together",
        "lead": "C.Co",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "CIPFA C.Co helped a northern council's adult social care directorate involve over 700"
            " staff and over 550 service users, carers and residents in co-designing future "
            "services, building the business case for the best delivery model for each."
        ),
        "themes": ["health-and-social-care"],
        "principles": [3, 7],
        "contact_name": "Richard Harrison",
        "contact_role": "Managing Director, CIPFA C.Co",
        "body": [
            ("heading", "The challenge"),
            (
                "paragraph",
                (
                    "<p>An adult social care directorate in a northern council faced the same "
                    "pressures as much of the public sector: demands for services that focus on "
                    "outcomes and are personalised, rising need, shrinking budgets and a difficult"
                    " policy environment. It asked the C.Co team to help it think differently "
                    "about how services could be delivered.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The starting point was the local context and the duties in the Care Act, "
                    "including the need for a wider range of good quality services in the care "
                    "market. The council wanted services that were accessible, diverse and "
                    "responsive and gave people choice and control, moving from traditional social"
                    " care towards an ethos that joins up health and social care and integrates "
                    "operations and commissioning where needed. Over the following three years it "
                    "also had to offer people much more choice and better quality while getting "
                    "more from its money.</p>"
                ),
            ),
            ("heading", "Co-production at the centre"),
            (
                "paragraph",
                (
                    "<p>As in every C.Co project, the people closest to the service were involved "
                    "throughout. An engagement programme invited staff, service users, carers, "
                    "families and communities to take part in co-production and co-design, using a"
                    " range of methods so they could shape how services would be delivered and the"
                    " options and delivery models considered. Trade unions were briefed and "
                    "engaged every month.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "700+", "label": "staff engaged"},
                    {"figure": "550+", "label": "service users, carers and residents engaged"},
                ],
            ),
            ("heading", "The outcome"),
            (
                "paragraph",
                (
                    "<p>What people said fed into the future service specification. On that "
                    "evidence C.Co helped identify the best route for each service in scope, "
                    "whether keeping it in-house, commissioning it from the independent sector, "
                    "integrating it with partners, setting up a social enterprise or mutual, a mix"
                    " of these or, if the evidence pointed that way, decommissioning it, and "
                    "helped shape the business case.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Developing Innovative Training for the Co-operative Councils' Innovation Network",
        "lead": "The Co-operative College",
        "partner_members": [],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "The CCIN signed an agreement with the Co-operative College to build an online "
            "induction programme on co-operative values and principles for new and existing "
            "members during 2020, with bespoke training for individual councils to follow."
        ),
        "themes": ["employment-and-skills", "governance"],
        "principles": [9, 10],
        "contact_name": "Angela Colebrook",
        "contact_role": "Learning and Development Manager, The Co-operative College",
        "body": [
            ("heading", "An agreement to learn together"),
            (
                "paragraph",
                (
                    "<p>The Co-operative Councils' Innovation Network has signed an agreement with"
                    " the Co-operative College, one of the co-operative sector's foremost "
                    "educators and trainers, to develop a new training programme for co-operative "
                    "councils and the communities they serve.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The first step is a detailed induction programme, to be rolled out to new "
                    "and existing members during 2020. It is meant to help members work and learn "
                    "together, sharing and developing new approaches that make a real difference "
                    "in their communities.</p>"
                ),
            ),
            ("heading", "What the training will cover"),
            (
                "paragraph",
                (
                    "<p>The training will be delivered online and will centre on co-operative "
                    "values and principles and how councils can put them into practice. Topics "
                    "will range widely, from governance to sustainability, with good practice "
                    "examples woven through.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Later stages will offer councils training designed around their own needs."
                    " Before that, an eight-week consultation and design period will make sure the"
                    " programme targets the areas that matter most and suits the varied needs of "
                    "the network's members.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "100+ years",
                        "label": "of the College's experience in co-operative training",
                    },
                    {"figure": "8 weeks", "label": "of consultation and design before delivery"},
                ],
            ),
            ("heading", "Why it matters"),
            (
                "paragraph",
                (
                    "<p>With more than a century of experience delivering training in complex "
                    "organisations, the College is well placed to produce materials that help the "
                    "network keep growing in strength and help councils turn co-operative "
                    "principles into everyday practice.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Provision of strategic support",
        "lead": "Co-operatives UK",
        "partner_members": ["Plymouth City Council"],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Commissioned through the CCIN framework, Co-operatives UK mapped every co-operative "
            "and mutual business in Plymouth and wrote a Strategic Action Plan to help Plymouth "
            "City Council double the city's co-operative economy by 2025."
        ),
        "themes": ["economy-and-enterprise", "community-wealth-building"],
        "principles": [4, 5],
        "contact_name": "James de le Vingne",
        "contact_role": "Head of Development Unit, Co-operatives UK",
        "body": [
            ("heading", "The brief"),
            (
                "paragraph",
                (
                    "<p>Plymouth City Council's Corporate Plan names co-operative working as a "
                    "strategic value, and the council wanted an action plan to increase the number"
                    " of co-operatively owned and run businesses in the city. Procuring through "
                    "the CCIN's consultancy framework, it appointed Co-operatives UK to carry out "
                    "research, benchmarked against existing mapping of the sector, and to "
                    "recommend a Strategic Action Plan to double the sector's size by 2025.</p>"
                ),
            ),
            ("heading", "Mapping the co-operative economy"),
            (
                "paragraph",
                (
                    "<p>Co-operatives UK produced six separate but linked outputs. They included a"
                    " report mapping every co-operative and mutual business in the area, "
                    "commentary drawing out broad themes and key industries, and the raw data "
                    "files with their sources documented.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Drawing on the mapping, local economic research and consultation with "
                    "stakeholders chosen by the council, Co-operatives UK examined five strands of"
                    " strategic priority:</p><ul><li>strategic growth areas, looking at where "
                    "sectors cluster and what Plymouth specialises in;</li><li>access to finance, "
                    "including enablers such as tax reliefs and mutual guarantee "
                    "schemes;</li><li>business advice and support;</li><li>raising awareness of "
                    "the co-op option among key audiences;</li><li>using the council's procurement"
                    " and commissioning to help co-operatives grow.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "6", "label": "connected research outputs"},
                    {"figure": "5", "label": "strands of strategic priority analysed"},
                    {"figure": "2025", "label": "target date to double the co-operative economy"},
                ],
            ),
            ("heading", "Moving forward"),
            (
                "paragraph",
                (
                    "<p>Plymouth City Council aims to double its co-operative economy by 2025, "
                    "measured by number of organisations, turnover, membership and employees, by "
                    "creating the right conditions for new co-operatives. That means scoping a new"
                    " community investment institution to provide suitable finance, building the "
                    "council's capacity to deliver the plan and encouraging peer support between "
                    "co-ops, and considering a 'co-operative option' awareness programme for "
                    "would-be co-operators and professional advisers.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Northern Roots & Oldham Alchemy",
        "lead": "SBI/E3M",
        "partner_members": ["Oldham Council"],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "E3M's 24-hour Oldham Alchemy event brought 85 people together to develop social "
            "enterprise ideas for Northern Roots, a 65-hectare food growing and leisure site; "
            "Oldham's Cabinet then approved plans for an Alexandra Park Eco Centre."
        ),
        "themes": ["economy-and-enterprise", "food", "neighbourhoods-and-communities"],
        "principles": [4, 7, 8],
        "contact_name": "Jonathan Bland",
        "contact_role": "Managing Director, Social Business International/E3M",
        "body": [
            ("heading", "A big idea for an underused site"),
            (
                "paragraph",
                (
                    "<p>Northern Roots is Oldham Council's bold plan to unlock a 65-hectare site "
                    "that is little used today and build a new brand around growing and producing "
                    "food. The aim is for the site to drive community health and wellbeing, new "
                    "leisure, skills, jobs, new enterprises and new ways of delivering services. "
                    "In July 2018 the E3M partners ran a special Alchemy innovation event to help "
                    "the council and its partners develop the idea.</p>"
                ),
            ),
            ("heading", "Oldham Alchemy"),
            (
                "paragraph",
                (
                    "<p>The event brought together 85 participants, aiming to make sure Northern "
                    "Roots reflects Oldham's ambition to be a productive, co-operative place with "
                    "healthy, aspirational and sustainable communities. For 24 hours, council "
                    "representatives and local stakeholders worked flat out with members of E3M's "
                    "Bold Commissioners Club, leaders of social enterprises, social investors and "
                    "the E3M partners.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Participants:</p><ul><li>heard real examples of successful social "
                    "enterprise and service innovation from across the UK;</li><li>explored ideas "
                    "for large social enterprises that could help build an inclusive economy and "
                    "deliver co-operative services;</li><li>tested the social impact, financial "
                    "sustainability and investment needs of those ideas;</li><li>looked at how "
                    "Northern Roots could help Oldham run services that cost less and achieve "
                    "more, grow the local economy inclusively and involve residents in solving "
                    "problems.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "65 hectares", "label": "site at the heart of Northern Roots"},
                    {"figure": "85", "label": "participants at Oldham Alchemy"},
                    {"figure": "24 hours", "label": "of intensive joint work"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>The participants produced a varied, ambitious but realistic set of "
                    "proposals for co-operative, collaborative and sustainable social enterprise "
                    "services at Northern Roots. E3M then wrote a report for the council. On 28 "
                    "January 2019 Oldham's Cabinet gave the go-ahead to start developing the "
                    "Alexandra Park Eco Centre and take Northern Roots further, starting with "
                    "engagement of the community, stakeholders and investors.</p>"
                ),
            ),
        ],
    },
    {
        "title": (
            "Longer, healthier, safer lives for all helping Dudley Council set priorities for "
            "adult health and care"
        ),
        "lead": "Ideas Alliance",
        "partner_members": [],
        "partner_organisations": ["Dudley Metropolitan Borough Council"],
        "year": 2020,
        "summary": (
            "Over six months Ideas Alliance gathered the stories of more than 150 Dudley residents"
            " and 75 practitioners, training local people in active listening, to set the "
            "priorities for the borough's new five-year adult health and wellbeing strategy."
        ),
        "themes": ["health-and-social-care", "democracy-and-engagement"],
        "principles": [2, 3],
        "contact_name": "Richard Driffield",
        "contact_role": "Head of Development",
        "body": [
            ("heading", "The brief"),
            (
                "paragraph",
                (
                    "<p>Dudley Metropolitan Borough Council asked Ideas Alliance to use "
                    "storytelling to hear from a wide range of people about what the priorities "
                    "should be for the new Adults Alliance Health and Wellbeing strategy for the "
                    "next five years. The work was also meant to start defining a new kind of "
                    "relationship, and a new way of engaging, between organisations and "
                    "communities.</p>"
                ),
            ),
            ("heading", "Listening where people already are"),
            (
                "paragraph",
                (
                    "<p>Over six months the team talked with more than 150 residents and 75 "
                    "practitioners from statutory, voluntary and community organisations. They "
                    "took an appreciative approach, using structured events, focus groups and "
                    "ideas stations, and went to trusted places where people already gathered: "
                    "living rooms, cafés, streets, gyms and community spaces, meeting people from "
                    "every walk of life and every level of contact with services.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ideas Alliance also trained two groups of local practitioners and "
                    "residents in active listening. With that confidence they gathered stories "
                    "from neighbours, friends and family, taking the work further into the "
                    "community than the team could have reached alone. Everything collected was "
                    "analysed by theme.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "150+", "label": "local residents heard"},
                    {"figure": "75", "label": "practitioners involved"},
                    {"figure": "2", "label": "cohorts trained in active listening"},
                    {"figure": "70+", "label": "people at the closing celebration"},
                ],
            ),
            ("heading", "What happened"),
            (
                "paragraph",
                (
                    "<p>From the analysis came clear outcomes for the strategy, principles to "
                    "guide it and recommendations. The project ended with a multimedia celebration"
                    " of the people met and the stories heard, with live storytelling and an "
                    "exhibition of stories and photographs. More than 70 people came, hearing the "
                    "storytellers and adding experiences of their own.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Homecare redesign to Keep it Local",
        "lead": "Locality",
        "partner_members": ["Bristol City Council", "Power to Change"],
        "partner_organisations": ["Lloyds Bank Foundation for England and Wales"],
        "year": 2020,
        "summary": (
            "Locality and Power to Change are helping Bristol City Council co-design a new "
            "homecare model guided by the six Keep it Local principles, starting with three "
            "community businesses testing a neighbourhood-based approach to care at home."
        ),
        "themes": [
            "health-and-social-care",
            "procurement-and-social-value",
            "neighbourhoods-and-communities",
        ],
        "principles": [3, 5, 7],
        "contact_name": "Nick Plumb",
        "contact_role": "Policy Officer, Locality",
        "body": [
            ("heading", "The Keep it Local campaign"),
            (
                "paragraph",
                (
                    "<p>Keep it Local is Locality's campaign, run with Lloyds Bank Foundation for "
                    "England and Wales, aimed at councils that would rather release the power of "
                    "their communities than rely on bureaucratic commissioning and big outsourcing"
                    " contracts. The first 11 trailblazer councils were announced in March 2020, "
                    "and Locality is inviting others to join the Keep it Local Network.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>With support from Lloyds Bank Foundation and Power to Change, Locality is "
                    "working in two pilot areas, Bristol and Bradford, to tackle the practical "
                    "challenges of putting the approach into practice and to share what it learns "
                    "with the wider network.</p>"
                ),
            ),
            ("heading", "Redesigning homecare in Bristol"),
            (
                "paragraph",
                (
                    "<p>Bristol City Council's homecare commissioning model is due to be "
                    "redesigned by August 2021. The council wants to change the outcomes these "
                    "services aim for, so that people can stay at home and have their care needs "
                    "met there. A co-production event in March 2020 opened a co-design process, "
                    "led by the council's adult social care commissioners, that will rethink both "
                    "the delivery model and how it works across the city. The six Keep it Local "
                    "principles guide the process:</p><ul><li>think about the whole system, not "
                    "separate service silos;</li><li>co-ordinate services at neighbourhood "
                    "level;</li><li>spend locally so money is invested in the local "
                    "economy;</li><li>intervene early today to avoid costs "
                    "tomorrow;</li><li>commit to your community and actively support local "
                    "organisations;</li><li>commission simply and collaboratively so services are "
                    "'local by default'.</li></ul>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "11", "label": "trailblazer councils announced in March 2020"},
                    {"figure": "6", "label": "Keep it Local principles guiding the redesign"},
                    {"figure": "3", "label": "community businesses to test local homecare"},
                ],
            ),
            ("heading", "Local pilots"),
            (
                "paragraph",
                (
                    "<p>The first step is to work with three community businesses in Bristol to "
                    "test ideas and develop homecare rooted in neighbourhoods, linked to other "
                    "community-led activity so that people get personalised support from all "
                    "around them.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Leading innovations in the private rental sector",
        "lead": "Marks Out Of Tenancy",
        "partner_members": [],
        "partner_organisations": ["Nottingham City Council"],
        "year": 2020,
        "summary": (
            "Marks Out Of Tenancy, a Bristol social enterprise where renters review landlords and "
            "homes, launched Vault, a digital service now helping Nottingham City Council identify"
            " unlicensed rented properties and rogue operators."
        ),
        "themes": ["housing", "digital"],
        "principles": [1, 8],
        "contact_name": "Ben Yarrow",
        "contact_role": "CEO, Marks Out Of Tenancy",
        "body": [
            ("heading", "Renters' experiences as shared knowledge"),
            (
                "paragraph",
                (
                    "<p>Marks Out Of Tenancy is a Bristol-based social enterprise and CCIN "
                    "affiliate member. For the last couple of years it has drawn on collective "
                    "action, co-operation and citizen empowerment by letting renters rate and "
                    "review their landlords, letting agents, rented homes and neighbourhoods. "
                    "Those shared experiences help future renters make better choices, find good "
                    "landlords and decent places to live.</p>"
                ),
            ),
            ("heading", "Vault and Nottingham City Council"),
            (
                "paragraph",
                (
                    "<p>Innovation in technology for the private rented sector is rare, but the "
                    "company's newest service, Vault, gives local authorities accurate, timely and"
                    " lawfully gathered information that helps them find unlicensed properties and"
                    " rogue operators. Nottingham City Council is using it to lead the way in "
                    "identifying landlords who should be licensed and are not.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The collaboration between a private social enterprise and a public "
                    "authority is helping to raise standards for tenants. For Nottingham's Safer "
                    "Housing Service, Vault adds the voice of renters to the tools councils "
                    "already have, from legislation to accreditation and licensing schemes.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The cumulative impacts over time - of statutes, accreditation and "
                        "licensing - are now augmented by what has the potential to be a "
                        "TripAdvisor for the private rented sector."
                    ),
                    "attribution": (
                        "Paul Greevy, Strategic Housing Manager, Safer Housing Service, Nottingham"
                        " City Council"
                    ),
                },
            ),
            ("heading", "What changes"),
            (
                "paragraph",
                (
                    "<p>The message to landlords is plain: anyone collecting one-star reviews from"
                    " tenants should expect their council to be in touch. Marks Out Of Tenancy's "
                    "chief executive, Ben Yarrow, says the company wants to work with more "
                    "forward-thinking councils determined to improve conditions in the private "
                    "rented sector.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Supplier Incentive Programme",
        "lead": "Oxygen Finance",
        "partner_members": [],
        "partner_organisations": ["Bexley Council", "Under My Roof"],
        "year": 2020,
        "summary": (
            "With Oxygen Finance, Bexley Council offers suppliers early payment of invoices in "
            "return for a small discount, paying members within seven days on average, easing "
            "local cash flow and raising income for frontline services."
        ),
        "themes": [
            "finance-and-investment",
            "procurement-and-social-value",
            "economy-and-enterprise",
        ],
        "principles": [5, 8],
        "contact_name": "Rachael Sherrey",
        "contact_role": "Marketing Director, Oxygen Finance",
        "body": [
            ("heading", "Why Bexley took this on"),
            (
                "paragraph",
                (
                    "<p>Bexley Council spends more than £160m a year on services for its 245,000 "
                    "residents. Working with Oxygen Finance, it saw a chance to strengthen its "
                    "ties with the main suppliers it relies on for essential services, by paying "
                    "them faster. An early payment programme could put much-needed cash into the "
                    "local supply chain and, at the same time, earn the council extra income to "
                    "spend on frontline services.</p>"
                ),
            ),
            ("heading", "How the programme works"),
            (
                "paragraph",
                (
                    "<p>The Supplier Incentive Programme was launched in 2016. Suppliers who join "
                    "can have their invoices settled early in return for a discount, and the "
                    "discount depends directly on how quickly they are paid. Suppliers also get "
                    "free e-invoicing and dedicated contacts to support them.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "£160m+", "label": "annual council spend"},
                    {"figure": "245,000", "label": "residents in Bexley"},
                    {"figure": "7 days", "label": "average time to pay suppliers on the programme"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Bexley now pays faster than almost any council in the country: suppliers "
                    "on the programme wait seven days on average. Thousands of invoices have been "
                    "paid early, putting millions of pounds of liquidity into the economy, and the"
                    " income the programme generates is being spent on frontline services for "
                    "residents.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Suppliers have welcomed it. Under My Roof, a Bexley property management "
                    "company and one of the council's largest providers of temporary "
                    "accommodation, says quick and reliable payment has helped it grow in "
                    "difficult times.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Cashflow is the lifeblood of a business and having access to swift "
                        "payment, especially from major clients, is hugely reassuring."
                    ),
                    "attribution": "Andrew Hubbard, managing director, Under My Roof",
                },
            ),
        ],
    },
    {
        "title": "Early Help Service Redesign",
        "lead": "Peopletoo",
        "partner_members": ["Kirklees Council"],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Peopletoo worked with Kirklees Council and partners to co-design and put in place a "
            "multi-agency model of Early Support for families; since November 2019 its new panels "
            "have co-ordinated help for more than 350 families."
        ),
        "themes": ["children-and-young-people", "health-and-social-care"],
        "principles": [1, 7],
        "contact_name": "Michael Curnow",
        "contact_role": "Business Development Director - Peopletoo Ltd",
        "body": [
            ("heading", "The brief"),
            (
                "paragraph",
                (
                    "<p>Kirklees Council engaged Peopletoo to co-design a multi-agency approach so"
                    " that Early Support serves children, young people and families well in every "
                    "one of the borough's diverse communities. After a review of those services, "
                    "Peopletoo was commissioned to put its recommendations into practice, with the"
                    " aim of making support more responsive, timely and joined up.</p>"
                ),
            ),
            ("heading", "How Peopletoo approached it"),
            (
                "paragraph",
                (
                    "<p>The team first had to understand the culture and context behind the "
                    "council's Early Support Strategy, and to find where changing the current "
                    "routes to support would reduce demand on more intensive services and improve "
                    "outcomes for families. Drawing on evidence-based good practice from within "
                    "the service and from across the UK, they developed recommendations for "
                    "transforming Early Support.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The changes delivered include a new integrated model of Early Support, a "
                    "restructured Early Support management team and a new multi-agency panel that "
                    "allocates and co-ordinates services. A new governance vehicle oversees and "
                    "drives the Early Support Partnership, with support and accountability across "
                    "partners. After consulting partners in detail, Peopletoo set up two "
                    "administrative areas to give the partnership a focus, and chaired the panels "
                    "themselves to show good practice in action, resolve emerging issues and help "
                    "change the culture of Children's Services and the wider partnership.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "350+", "label": "families supported through the new panels"},
                    {"figure": "2", "label": "administrative areas giving the partnership a focus"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Since the panels began in November 2019, more than 350 families have "
                    "received a multi-agency Early Support response. By identifying families in "
                    "need and giving them effective, preventive help as early as possible, the "
                    "work is expected to improve outcomes and make significant savings by reducing"
                    " demand on higher-tier services.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Supporting the development of cooperative care",
        "lead": "Power to Change",
        "partner_members": ["Kirklees Council"],
        "partner_organisations": ["Cooperative Care Colne Valley"],
        "year": 2020,
        "summary": (
            "Kirklees Council and Power to Change have backed Cooperative Care Colne Valley, a "
            "multi-stakeholder co-operative providing home care with fair pay for staff and a say "
            "for the people it cares for, to be funded by a community share offer."
        ),
        "themes": ["health-and-social-care", "economy-and-enterprise", "finance-and-investment"],
        "principles": [3, 4, 7],
        "contact_name": "Susie Finlayson",
        "contact_role": "Development Manager, Power to Change",
        "body": [
            ("heading", "A co-operative answer to the care crisis"),
            (
                "paragraph",
                (
                    "<p>Cooperative Care Colne Valley (CCCV) is a multi-stakeholder co-operative "
                    "and community business set up to give older and disabled people in the Colne "
                    "Valley high-quality care in their own homes, while giving its staff fair and "
                    "decent terms of employment. Working only in the Colne Valley, it aims to "
                    "offer good care at a fair price and to involve the people it supports, and "
                    "their families, in decisions about their care.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>As a co-operative, every member has a stake and a say in how it is run. "
                    "Staff will be well trained and motivated, on conditions clearly better than "
                    "is usual in the sector, with chances to take part in decisions and to "
                    "progress. A key aim is a new way of working in which community and family "
                    "volunteers work alongside paid staff, providing care that also tackles "
                    "isolation.</p>"
                ),
            ),
            ("heading", "How the partners have helped"),
            (
                "paragraph",
                (
                    "<p>Kirklees Council backed the project early, with start-up grants and help "
                    "on staffing matters. It recognises that the crisis in social care needs "
                    "community-led, place-based answers built from the bottom up, and a positive "
                    "partnership has grown between the council and the co-operative.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Power to Change, which supports community businesses, provided early "
                    "capacity building so CCCV could develop its legal structure and prepare a "
                    "community share offer. The offer will let local people invest and become "
                    "members on a one member, one vote basis.</p>"
                ),
            ),
            ("heading", "What it could change"),
            (
                "paragraph",
                (
                    "<p>Power to Change has also invested in helping CCCV capture what it learns "
                    "as it starts delivering care, so that other places can set up care services "
                    "that are led and owned by their communities.</p>"
                ),
            ),
        ],
    },
    {
        "title": "A sustainable new way of operating",
        "lead": "RedQuadrant",
        "partner_members": [],
        "partner_organisations": ["West Lancashire Council"],
        "year": 2020,
        "summary": (
            "Facing a budget gap of about £1.9m, West Lancashire Council worked with RedQuadrant "
            "on a Sustainable Organisation Review whose savings and new income were expected to "
            "exceed the target, alongside a leaner, more empowered way of working."
        ),
        "themes": ["governance", "finance-and-investment", "digital"],
        "principles": [8, 9],
        "contact_name": "Sarah Johnston",
        "contact_role": "Lead Consultant - RedQuadrant",
        "body": [
            ("heading", "The challenge"),
            (
                "paragraph",
                (
                    "<p>West Lancashire Council faced a budget gap of around £1.9m and difficult "
                    "policy choices in balancing its budget. It began a Sustainable Organisation "
                    "Review with RedQuadrant to move beyond business as usual and find an "
                    "organisational shape that would deliver its key priorities, keep services "
                    "running and balance the books.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The new model had to deal with long-standing working practices and focus "
                    "on better services. Its building blocks were digitally enabled services, more"
                    " efficient processes, closer working inside the council and with key "
                    "partners, and a staff culture centred on customers and enterprise.</p>"
                ),
            ),
            ("heading", "How RedQuadrant worked"),
            (
                "paragraph",
                (
                    "<p>RedQuadrant worked alongside council staff at every level to understand "
                    "the issues in depth, using its 'five worlds' methodology. Because that method"
                    " takes a systems approach, it is well suited to looking at the structure and "
                    "operation of a whole organisation.</p>"
                ),
            ),
            (
                "key_figures",
                [{"figure": "£1.9m", "label": "budget gap the review set out to close"}],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Efficiency savings from the review, together with new income, were "
                    "expected to beat the £1.9m target. Recommendations put in place with "
                    "RedQuadrant's support, to build a culture of continuous improvement, "
                    "include:</p><ul><li>a restructured Corporate Management Team;</li><li>an end "
                    "to directorate silos, with multidisciplinary teams that support the council's"
                    " values and strategies;</li><li>more consistent and fair roles, with the "
                    "right balance of specialist and generic skills;</li><li>commercial and "
                    "business development capacity to raise income and keep delivering value for "
                    "money;</li><li>a new ICT strategy and target operating model;</li><li>wider "
                    "spans of control so managers can act more autonomously;</li><li>decisions "
                    "taken at the lowest appropriate level, with more empowerment and "
                    "accountability;</li><li>a partnership approach with support services such as "
                    "HR, finance, administration and customer services.</li></ul>"
                ),
            ),
        ],
    },
    {
        "title": "Capacity building the VCSE sector",
        "lead": "Social Value Exchange",
        "partner_members": [],
        "partner_organisations": [
            "London Borough of Tower Hamlets",
            "Tower Hamlets Community and Voluntary Sector",
        ],
        "year": 2020,
        "summary": (
            "Over 12 months Tower Hamlets Council is using the Social Value Exchange platform to "
            "turn up to £70m of procurement spend into capacity-building support for grassroots "
            "projects serving the borough's most vulnerable residents."
        ),
        "themes": ["procurement-and-social-value", "neighbourhoods-and-communities"],
        "principles": [1, 5],
        "contact_name": "Neville Murton",
        "contact_role": "Corporate Director of Resources - London Borough of Tower Hamlets",
        "body": [
            ("heading", "The partnership"),
            (
                "paragraph",
                (
                    "<p>The London Borough of Tower Hamlets and Tower Hamlets Community and "
                    "Voluntary Sector (THCVS) are working with the Social Value Exchange for 12 "
                    "months to get more resources to local community projects, directing them to "
                    "where they will do most for vulnerable people.</p>"
                ),
            ),
            ("heading", "How it works"),
            (
                "paragraph",
                (
                    "<p>When the council buys goods and services, suppliers commit to providing "
                    "community benefits as part of their contracts. Through the Social Value "
                    "Exchange platform, the council will use up to £70m of its procurement spend "
                    "to secure capacity-building support for local projects working with the "
                    "borough's most vulnerable residents.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>THCVS plays a key part by making sure local voluntary and community "
                    "organisations know about the opportunity and can take it up, so that the "
                    "benefits reach the grassroots groups whose users need them most.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {
                        "figure": "Up to £70m",
                        "label": "of procurement spend used to secure support",
                    },
                    {"figure": "12 months", "label": "length of the partnership"},
                ],
            ),
            (
                "quote",
                {
                    "quote": (
                        "We can leverage the Council's buying power more creatively, provide "
                        "tailored support to our voluntary sector organisations and protect "
                        "services that residents really value."
                    ),
                    "attribution": (
                        "Councillor Candida Ronald, Cabinet Member for Resources and the Voluntary"
                        " Sector"
                    ),
                },
            ),
            ("heading", "What it should change"),
            (
                "paragraph",
                (
                    "<p>Damian Brady, acting Chief Executive of THCVS, welcomed the way the scheme"
                    " points community benefits from council contracts at grassroots organisations"
                    " in Tower Hamlets, the people who need them most, and said THCVS is ready to "
                    "help local people make use of the new opportunity.</p><p>For the council, the"
                    " scheme is a more imaginative way of using its purchasing power. Rather than "
                    "leaving it to chance where the community benefits from its contracts end up, "
                    "it steers them to the voluntary groups whose work residents rely on, giving "
                    "those groups tailored support and helping to protect the services people "
                    "value.</p>"
                ),
            ),
        ],
    },
    {
        "title": "Dadly Does It - positive fatherhood",
        "lead": "Unlimited Potential",
        "partner_members": ["Salford City Council", "Rochdale Metropolitan Borough Council"],
        "partner_organisations": [],
        "year": 2020,
        "summary": (
            "Dadly Does It brought fathers together in three Salford and Rochdale neighbourhoods "
            "to design their own activities with their children; a social return on investment "
            "study found each £1 yielded about £3 of savings in children's services."
        ),
        "themes": [
            "children-and-young-people",
            "health-and-social-care",
            "neighbourhoods-and-communities",
        ],
        "principles": [3, 8, 9],
        "contact_name": "Chris Dabbs",
        "contact_role": "Chief Executive - Unlimited Potential",
        "body": [
            ("heading", "Fathers: an overlooked asset"),
            (
                "paragraph",
                (
                    "<p>Children and young people in disadvantaged communities have poorer health,"
                    " wellbeing and life chances than their better-off peers. Unlimited Potential "
                    "believes fathers are the greatest untapped asset in children's lives: "
                    "communities and children's services tend to focus on, and put most pressure "
                    "on, mothers, and some barely involve fathers at all.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Dadly Does It began in 2013 and has run in three neighbourhoods across "
                    "Salford and Rochdale. Many of the fathers taking part had long histories of "
                    "economic and social exclusion, and many had experienced childhood trauma, "
                    "complex family relationships and poor schooling.</p>"
                ),
            ),
            ("heading", "What's strong, not what's wrong"),
            (
                "paragraph",
                (
                    "<p>In each neighbourhood the project built on the strengths and hidden wisdom"
                    " of the community, using a 'positive deviance' approach with four steps: "
                    "define the problem, find the positive role models, discover what they do, and"
                    " design ways to share their solutions. Fathers came together and designed "
                    "their own activities, including a Saturday Club where they do things with "
                    "their children, and a cycling project.</p>"
                ),
            ),
            (
                "key_figures",
                [
                    {"figure": "3", "label": "neighbourhoods in Salford and Rochdale"},
                    {"figure": "£3", "label": "saved in children's services for every £1 invested"},
                    {"figure": "£13", "label": "of value to engaged fathers for every £1 invested"},
                ],
            ),
            ("heading", "What changed"),
            (
                "paragraph",
                (
                    "<p>Children said they wanted time doing things with their dads, and the "
                    "fathers became more and more motivated to change. Children's wellbeing "
                    "improved, mothers were under less pressure and some family relationships "
                    "became more positive. A social return on investment study put the return on "
                    "each £1 at roughly £3 saved by children's services alone, plus £13 of value "
                    "to the fathers actively involved. The lessons: treat fathers as fathers "
                    "rather than simply as men, use role models who work shoulder to shoulder, and"
                    " help fathers find a purpose so they regain control and their wellbeing "
                    "improves.</p>"
                ),
            ),
        ],
    },
]

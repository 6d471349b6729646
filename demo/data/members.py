"""The network's members as at 1 May 2020 (29 full councils, 17 associates, 23 affiliates), and the
organisations that have worked on labs with members without being members themselves.

Names are as the 2020 members list gives them. `region` is the slug of a seeded core.Region, or
None for organisations that work across the UK. Introductions are the hub's own words.
"""

from members.choices import MemberType, OrganisationKind

FULL = MemberType.FULL
ASSOCIATE = MemberType.ASSOCIATE
AFFILIATE = MemberType.AFFILIATE

LA = OrganisationKind.LOCAL_AUTHORITY
TOWN = OrganisationKind.TOWN_COUNCIL
COMBINED = OrganisationKind.COMBINED_AUTHORITY
GROUP = OrganisationKind.POLITICAL_GROUP
COOP = OrganisationKind.COOPERATIVE
SOCIAL = OrganisationKind.SOCIAL_ENTERPRISE
CHARITY = OrganisationKind.CHARITY
CONSULTANCY = OrganisationKind.CONSULTANCY
LAW = OrganisationKind.LAW_FIRM
EDUCATION = OrganisationKind.EDUCATION
PUBLIC = OrganisationKind.PUBLIC_BODY
NETWORK = OrganisationKind.NETWORK
OTHER = OrganisationKind.OTHER


def _member(name, member_type, kind, region, website, introduction, **extra):
    return {
        "name": name,
        "member_type": member_type,
        "organisation_kind": kind,
        "region": region,
        "website": website,
        "introduction": introduction,
        **extra,
    }


MEMBERS = [
    # Full council members
    _member(
        "Barking & Dagenham Council",
        FULL,
        LA,
        "london",
        "https://www.lbbd.gov.uk/",
        "An east London borough council that wants residents to share in the borough's growth. "
        "It works with local people and community groups on participation, social value and "
        "keeping more of the area's wealth circulating locally.",
    ),
    _member(
        "Bassetlaw District Council",
        FULL,
        LA,
        "east-midlands",
        "https://www.bassetlaw.gov.uk/",
        "A district council in north Nottinghamshire and an active supporter of neighbourhood "
        "planning. Its Neighbourhood Planning Marketplace brought plan-making groups together to "
        "trade knowledge as peers, with council officers there to listen rather than lecture.",
    ),
    _member(
        "Brent Council",
        FULL,
        LA,
        "london",
        "https://www.brent.gov.uk/",
        "The council for one of the most diverse places in the country, in north-west London. "
        "Its Brent Hubs bring council services, community groups and advice organisations under "
        "one roof in each locality, so residents can sort out problems early and close to home.",
    ),
    _member(
        "Bristol City Council",
        FULL,
        LA,
        "south-west",
        "https://www.bristol.gov.uk/",
        "The council of the South West's largest city. Through the One City Approach it convenes "
        "businesses, charities, universities and public bodies around a shared plan to 2050, and "
        "it has opened council land to test new kinds of affordable housing and community-led "
        "home care.",
    ),
    _member(
        "Cardiff Council",
        FULL,
        LA,
        "wales",
        "https://www.cardiff.gov.uk/",
        "The council of the Welsh capital. It is building a new generation of energy-efficient "
        "council homes, shaping its schemes with residents through open days and workshops.",
    ),
    _member(
        "Cheshire West and Chester Council",
        FULL,
        LA,
        "north-west",
        "https://www.cheshirewestandchester.gov.uk/",
        "A unitary council in Cheshire that has partnered Rochdale on network labs about making "
        "policy more democratic. It is interested in how participation and co-production change "
        "the way a council governs itself.",
    ),
    _member(
        "Croydon Council",
        FULL,
        LA,
        "london",
        "https://www.croydon.gov.uk/",
        "The council for the London borough with the capital's largest population of young "
        "people. Its Choose Your Future campaign put young people at the centre of the response "
        "to youth violence, from the youth congress to the Young Mayor election.",
    ),
    _member(
        "Glasgow City Council",
        FULL,
        LA,
        "scotland",
        "https://www.glasgow.gov.uk/",
        "Scotland's largest council. It has long funded and worked alongside community-based "
        "housing associations and co-operatives, which build homes and lead regeneration in "
        "their own neighbourhoods.",
    ),
    _member(
        "Royal Borough of Greenwich",
        FULL,
        LA,
        "london",
        "https://www.royalgreenwich.gov.uk/",
        "A south-east London borough that works through local partnerships. With Greenwich "
        "Co-operative Development Agency it runs a holiday meals service for children who would "
        "otherwise go without, and it brings nursery children and care home residents together.",
    ),
    _member(
        "Hull City Council",
        FULL,
        LA,
        "yorkshire-and-the-humber",
        "https://www.hull.gov.uk/",
        "The council for the city of Kingston upon Hull. It has worked across agencies to help "
        "tenants keep their homes through welfare reform, and its planners helped bring an "
        "integrated care centre for frail older people into being.",
    ),
    _member(
        "Kirklees Council",
        FULL,
        LA,
        "yorkshire-and-the-humber",
        "https://www.kirklees.gov.uk/",
        "A West Yorkshire council whose Democracy Commission asked how to grow local democracy "
        "from the ground up. It uses the Place Standard to hold open conversations about local "
        "places, with councillors at the heart of them, and backs community-led care.",
    ),
    _member(
        "Knowsley Metropolitan Borough Council",
        FULL,
        LA,
        "north-west",
        "https://www.knowsley.gov.uk/",
        "A Merseyside borough council whose Better Together principles shape how it works with "
        "residents. It co-produced its long-term Knowsley 2030 strategy with residents, "
        "businesses and partners, and runs supported internships with its local college.",
    ),
    _member(
        "Lambeth Council",
        FULL,
        LA,
        "london",
        "https://www.lambeth.gov.uk/",
        "A south London borough and one of the network's founding co-operative councils. Lambeth "
        "Made brings organisations across the borough together to improve life chances for "
        "children and young people.",
    ),
    _member(
        "Milton Keynes Council",
        FULL,
        LA,
        "south-east",
        "https://www.milton-keynes.gov.uk/",
        "The council for Milton Keynes, the first unitary authority to be fully parished. It "
        "works closely with its parish and town councils and has transferred local facilities, "
        "from community centres to a swimming pool, for them to run.",
    ),
    _member(
        "Newcastle City Council",
        FULL,
        LA,
        "north-east",
        "https://www.newcastle.gov.uk/",
        "The council for Newcastle upon Tyne. Its Social Value Commitment steers spending towards "
        "local suppliers as part of community wealth building, and it was the first major UK "
        "city to pass its parks and allotments to an independent charitable trust.",
    ),
    _member(
        "North Hertfordshire District Council",
        FULL,
        LA,
        "east-of-england",
        "https://www.north-herts.gov.uk/",
        "A largely rural district council in Hertfordshire, with market towns and villages. It "
        "joined the network to learn from other councils about working with communities at "
        "neighbourhood level.",
    ),
    _member(
        "Oldham Council",
        FULL,
        LA,
        "north-west",
        "https://www.oldham.gov.uk/",
        "Oldham describes itself as a co-operative borough where everyone does their bit. Its "
        "social prescribing model links people with community groups to meet needs that are "
        "more than medical, and its Northern Roots project was shaped with residents.",
    ),
    _member(
        "Plymouth City Council",
        FULL,
        LA,
        "south-west",
        "https://www.plymouth.gov.uk/",
        "A city council that names co-operation as a value in its corporate plan. Its Creative "
        "Solutions Forum gathers services and commissioners to find bespoke support for people "
        "with complex needs, and it has mapped and planned support for the city's co-operative "
        "sector.",
    ),
    _member(
        "Preston City Council",
        FULL,
        LA,
        "north-west",
        "https://www.preston.gov.uk/",
        "The home of the Preston Model of community wealth building, in which the city's anchor "
        "institutions redirect their spending towards local businesses. It also supports a "
        "co-operative development network to grow new worker and community co-operatives.",
    ),
    _member(
        "Rochdale Metropolitan Borough Council",
        FULL,
        LA,
        "north-west",
        "https://www.rochdale.gov.uk/",
        "The council for the birthplace of the modern co-operative movement. Rochdale has led "
        "several network labs on co-operative engagement, democratic policy making and "
        "co-operative governance, working with its voluntary sector and health partners.",
        lead_member_name="Councillor Allen Brett",
        lead_member_role="Lead member for the co-operative engagement prototype",
        contact_name="Helen Chicot",
        contact_role="Reform and Prevention Lead",
    ),
    _member(
        "Salford City Council",
        FULL,
        LA,
        "north-west",
        "https://www.salford.gov.uk/",
        "A Greater Manchester city council led by an elected city mayor. Young people in care "
        "helped design and recruit for Route29, its service for young people in or on the edge "
        "of care.",
    ),
    _member(
        "Sandwell Metropolitan Borough Council",
        FULL,
        LA,
        "west-midlands",
        "https://www.sandwell.gov.uk/",
        "A Black Country borough council that has kept all its libraries open by working with "
        "volunteers and friends' groups. It also supports digital advocacy for young people with "
        "local voluntary partners.",
    ),
    _member(
        "Southampton City Council",
        FULL,
        LA,
        "south-east",
        "https://www.southampton.gov.uk/",
        "A south coast city council that has backed co-operative models in education. Its school "
        "catering service became a co-operative run with the schools it serves, and a "
        "co-operative learning trust links schools across the city.",
    ),
    _member(
        "South Ribble Borough Council",
        FULL,
        LA,
        "north-west",
        "https://www.southribble.gov.uk/",
        "A Lancashire borough council that joined the network to put co-operative values and "
        "community wealth building into practice in its area.",
    ),
    _member(
        "South Tyneside Council",
        FULL,
        LA,
        "north-east",
        "https://www.southtyneside.gov.uk/",
        "A council on the south bank of the Tyne. Through #LoveSouthTyneside it supports "
        "residents' groups that look after parks and green spaces, and it has joined Rochdale's "
        "lab on democratising policy.",
    ),
    _member(
        "Stevenage Borough Council",
        FULL,
        LA,
        "east-of-england",
        "https://www.stevenage.gov.uk/",
        "The council of Britain's first new town, whose leader chaired the network. Stevenage led "
        "the Co-operative Neighbourhoods lab and has worked with residents on a modern slavery "
        "charter and a cultural strategy for the town.",
        lead_member_name="Councillor Sharon Taylor OBE",
        lead_member_role="Leader of the council",
        contact_name="Rob Gregory",
        contact_role="Assistant Director, Communities and Neighbourhoods",
    ),
    _member(
        "Sunderland City Council",
        FULL,
        LA,
        "north-east",
        "https://www.sunderland.gov.uk/",
        "A north-east city council whose Let's Talk conversations asked residents what should "
        "happen in their neighbourhoods. It helped the voluntary, community and social "
        "enterprise sector form its own alliance, and hosted the network's conference in 2023.",
    ),
    _member(
        "Tameside Council",
        FULL,
        LA,
        "north-west",
        "https://www.tameside.gov.uk/",
        "A Greater Manchester borough council that pioneered a co-operative, neutral-host model "
        "for digital infrastructure with public sector partners. Its Partnership Engagement "
        "Network gives residents one route to shape health and council services.",
    ),
    _member(
        "Telford and Wrekin Council",
        FULL,
        LA,
        "west-midlands",
        "https://www.telford.gov.uk/",
        "A Shropshire unitary council that puts partnership at the heart of health and social "
        "care. Its Pathway Zero pilot helped people leave hospital sooner with the right support "
        "at home.",
    ),
    # Associates
    _member(
        "Burntwood Town Council",
        ASSOCIATE,
        TOWN,
        "west-midlands",
        "https://www.burntwood-tc.gov.uk/",
        "A town council in Staffordshire and an associate member of the network. It is one of "
        "the partners in Rochdale's lab on democratising policy solutions.",
    ),
    _member(
        "Billingham Town Council",
        ASSOCIATE,
        TOWN,
        "north-east",
        "",
        "A town council in the Tees Valley serving the people of Billingham. As an associate it "
        "brings the view of the most local tier of government to the network.",
    ),
    _member(
        "Edinburgh Labour & Co-op Group",
        ASSOCIATE,
        GROUP,
        "scotland",
        "",
        "The Labour and Co-operative councillors' group on the City of Edinburgh Council. It "
        "champions co-operative ideas in Scotland's capital.",
    ),
    _member(
        "Gloucester Labour Group",
        ASSOCIATE,
        GROUP,
        "south-west",
        "",
        "The Labour councillors' group on Gloucester City Council, an associate member that "
        "promotes co-operative approaches in the city.",
    ),
    _member(
        "Greater Manchester Combined Authority",
        ASSOCIATE,
        COMBINED,
        "north-west",
        "https://www.greatermanchester-ca.gov.uk/",
        "The combined authority for the ten Greater Manchester councils, the home of the "
        "co-operative movement. Its Co-operative Commission, set up by the Mayor in 2019, "
        "recommended ways to grow the co-operative economy across the city region.",
    ),
    _member(
        "Halewood Town Council",
        ASSOCIATE,
        TOWN,
        "north-west",
        "",
        "A town council in the borough of Knowsley on Merseyside. It works alongside Knowsley "
        "Council and local groups for the people of Halewood.",
    ),
    _member(
        "Hillingdon Labour & Co-op Group",
        ASSOCIATE,
        GROUP,
        "london",
        "",
        "The Labour and Co-operative councillors' group in the London Borough of Hillingdon, "
        "bringing co-operative ideas to west London.",
    ),
    _member(
        "Medway Labour & Co-op Group",
        ASSOCIATE,
        GROUP,
        "south-east",
        "",
        "The Labour and Co-operative councillors' group on Medway Council in Kent.",
    ),
    _member(
        "Newcastle-U-Lyme Labour & Co-op Group",
        ASSOCIATE,
        GROUP,
        "west-midlands",
        "",
        "The Labour and Co-operative councillors' group on Newcastle-under-Lyme Borough Council "
        "in Staffordshire.",
    ),
    _member(
        "North Warwickshire Labour Group",
        ASSOCIATE,
        GROUP,
        "west-midlands",
        "",
        "The Labour councillors' group on North Warwickshire Borough Council, an associate member "
        "of the network.",
    ),
    _member(
        "Peterborough Labour Group",
        ASSOCIATE,
        GROUP,
        "east-of-england",
        "",
        "The Labour councillors' group on Peterborough City Council, which follows and shares "
        "the network's co-operative work.",
    ),
    _member(
        "Renfrewshire Labour Group",
        ASSOCIATE,
        GROUP,
        "scotland",
        "",
        "The Labour councillors' group on Renfrewshire Council, west of Glasgow.",
    ),
    _member(
        "Seaton Valley Council",
        ASSOCIATE,
        TOWN,
        "north-east",
        "",
        "A community council in south-east Northumberland covering several villages. As an "
        "associate it brings the experience of the most local tier of government to the "
        "network.",
    ),
    _member(
        "Staffordshire Labour & Co-op Group",
        ASSOCIATE,
        GROUP,
        "west-midlands",
        "",
        "The Labour and Co-operative councillors' group on Staffordshire County Council. It was a "
        "partner in the Co-operative Neighbourhoods lab, bringing the view of a large county "
        "council.",
    ),
    _member(
        "Winsford Town Council",
        ASSOCIATE,
        TOWN,
        "north-west",
        "",
        "A town council in mid-Cheshire, working alongside Cheshire West and Chester Council for "
        "the people of Winsford.",
    ),
    _member(
        "Woughton Community Council",
        ASSOCIATE,
        TOWN,
        "south-east",
        "",
        "A community council in Milton Keynes covering several estates. It runs local services "
        "and works closely with residents and Milton Keynes Council.",
    ),
    _member(
        "York Labour Group",
        ASSOCIATE,
        GROUP,
        "yorkshire-and-the-humber",
        "",
        "The Labour councillors' group on the City of York Council, an associate member of the "
        "network.",
    ),
    # Affiliates
    _member(
        "40C",
        AFFILIATE,
        CONSULTANCY,
        None,
        "https://www.the4oc.com/",
        "A consultancy that helps public bodies redesign services around the people who use "
        "them. It worked with Bristol's housing teams to make social housing easier to reach, "
        "using graphic facilitation to open up the process.",
    ),
    _member(
        "Bates Wells",
        AFFILIATE,
        LAW,
        "london",
        "https://bateswells.co.uk/",
        "A law firm that specialises in charities, social enterprises and public service "
        "mutuals. It advised Lewisham on moving its music service into a new independent "
        "organisation.",
    ),
    _member(
        "The Behaviouralist",
        AFFILIATE,
        CONSULTANCY,
        None,
        "https://www.thebehaviouralist.com/",
        "A behavioural science consultancy. It built an open-source platform that helps councils "
        "find and reach households living in fuel poverty.",
    ),
    _member(
        "Branding.coop",
        AFFILIATE,
        COOP,
        None,
        "https://www.branding.coop/",
        "A co-operative communications agency that has run the network's communications, "
        "membership and events.",
    ),
    _member(
        "C.Co",
        AFFILIATE,
        CONSULTANCY,
        None,
        "https://www.wearec.co/",
        "CIPFA's consultancy arm, which helps councils design services with staff, service users "
        "and carers. It has worked on care services shaped by the Care Act.",
    ),
    _member(
        "The Co-operative College",
        AFFILIATE,
        EDUCATION,
        "north-west",
        "https://www.co-op.ac.uk/",
        "A Manchester-based educational charity with a century of co-operative learning behind "
        "it. It is developing an induction programme for the network's councillors and "
        "officers.",
    ),
    _member(
        "Co-operatives UK",
        AFFILIATE,
        NETWORK,
        None,
        "https://www.uk.coop/",
        "The national body for co-operatives in the UK. It mapped Plymouth's co-operative sector "
        "and helped the council write an action plan to grow it.",
    ),
    _member(
        "Development.coop",
        AFFILIATE,
        COOP,
        None,
        "",
        "A co-operative of development workers who help new and growing co-operatives get "
        "started and thrive.",
    ),
    _member(
        "Governance International",
        AFFILIATE,
        CHARITY,
        None,
        "https://www.govint.org/",
        "A not-for-profit organisation that helps public services put co-production into "
        "practice, with tools, training and case studies from across Europe.",
    ),
    _member(
        "Ideas Alliance",
        AFFILIATE,
        SOCIAL,
        None,
        "https://www.ideas-alliance.org.uk/",
        "A social enterprise that helps public bodies involve people in decisions. It helped "
        "Dudley set its priorities for adult health and care with residents, and is a partner in "
        "Rochdale's lab on democratising policy.",
    ),
    _member(
        "Locality",
        AFFILIATE,
        NETWORK,
        None,
        "https://locality.org.uk/",
        "The national membership network for community organisations. Its Keep it Local "
        "campaign helps councils commission services from local organisations, as in Bristol's "
        "home care redesign.",
    ),
    _member(
        "Marks Out Of Tenancy",
        AFFILIATE,
        SOCIAL,
        "south-west",
        "https://www.marksoutoftenancy.com/",
        "A Bristol-based social enterprise where tenants review their rented homes. Its service "
        "helps councils such as Nottingham find unlicensed and poor-quality private lets.",
    ),
    _member(
        "Oxygen Finance",
        AFFILIATE,
        CONSULTANCY,
        None,
        "https://www.oxygen-finance.com/",
        "A company that runs early payment programmes for public bodies. Bexley's programme "
        "pays suppliers within days and returns a share of the savings to the council.",
    ),
    _member(
        "Peopletoo",
        AFFILIATE,
        CONSULTANCY,
        None,
        "https://www.peopletoo.co.uk/",
        "A consultancy that works with councils on service redesign. It helped Kirklees build a "
        "multi-agency early support model for children, young people and families.",
    ),
    _member(
        "Power to Change",
        AFFILIATE,
        CHARITY,
        None,
        "https://www.powertochange.org.uk/",
        "An independent trust that supports community businesses in England. It backed the "
        "Colne Valley co-operative care project in Kirklees and the Keep it Local work in "
        "Bristol.",
    ),
    _member(
        "Public Service Transformation Academy",
        AFFILIATE,
        SOCIAL,
        None,
        "https://publicservicetransformation.org/",
        "A social enterprise that trains public servants in commissioning, co-production and "
        "service transformation.",
    ),
    _member(
        "RedQuadrant",
        AFFILIATE,
        CONSULTANCY,
        None,
        "https://www.redquadrant.com/",
        "A public service consultancy. It worked with West Lancashire staff at every level to "
        "reshape the council into a sustainable organisation.",
    ),
    _member(
        "Royal Society of Arts",
        AFFILIATE,
        CHARITY,
        None,
        "https://www.thersa.org/",
        "The RSA, a charity and fellowship that develops ideas for social change. It is a partner "
        "in Rochdale's lab on democratising policy solutions.",
    ),
    _member(
        "SBI/E3M",
        AFFILIATE,
        SOCIAL,
        None,
        "https://www.socialbusinessint.com/",
        "Social Business International and E3M support social enterprises and public service "
        "mutuals. They ran Oldham Alchemy, which gathered residents' ideas for the Northern Roots "
        "project.",
    ),
    _member(
        "Social Value Exchange",
        AFFILIATE,
        SOCIAL,
        None,
        "https://www.socialvalueexchange.org/",
        "A platform that matches community organisations with support pledged by council "
        "suppliers. Tower Hamlets uses it to turn procurement into help for its voluntary "
        "sector.",
    ),
    _member(
        "Trueman Change",
        AFFILIATE,
        CONSULTANCY,
        None,
        "",
        "A consultancy that supports public bodies through organisational and service change. It "
        "is a partner in Rochdale's lab on democratising policy solutions.",
    ),
    _member(
        "Unlimited Potential",
        AFFILIATE,
        CHARITY,
        "north-west",
        "https://www.unlimitedpotential.org.uk/",
        "A Salford-based charity and social enterprise that builds on the strengths of "
        "communities. Its Dadly Does It programme worked with fathers in Salford and Rochdale.",
    ),
    _member(
        "Workers Educational Association",
        AFFILIATE,
        CHARITY,
        None,
        "https://www.wea.org.uk/",
        "The WEA, a national charity providing adult education in communities since 1903, with "
        "learning rooted in democratic and co-operative traditions.",
    ),
]

# Other spellings of member names, as the documents and stories use them.
MEMBER_ALIASES = {
    "Barking and Dagenham Council": "Barking & Dagenham Council",
    "London Borough of Barking and Dagenham": "Barking & Dagenham Council",
    "London Borough of Lambeth": "Lambeth Council",
    "London Borough of Brent": "Brent Council",
    "London Borough of Croydon": "Croydon Council",
    "Greenwich Council": "Royal Borough of Greenwich",
    "Kingston upon Hull City Council": "Hull City Council",
    "Knowsley Council": "Knowsley Metropolitan Borough Council",
    "North Herts District Council": "North Hertfordshire District Council",
    "Rochdale Council": "Rochdale Metropolitan Borough Council",
    "Rochdale Borough Council": "Rochdale Metropolitan Borough Council",
    "Rochdale MBC": "Rochdale Metropolitan Borough Council",
    "Sandwell Council": "Sandwell Metropolitan Borough Council",
    "Sunderland Council": "Sunderland City Council",
    "Tameside Metropolitan Borough Council": "Tameside Council",
    "Telford & Wrekin Council": "Telford and Wrekin Council",
    "GMCA": "Greater Manchester Combined Authority",
    "Newcastle-under-Lyme Labour & Co-op Group": "Newcastle-U-Lyme Labour & Co-op Group",
    "Staffordshire County Council Labour Group": "Staffordshire Labour & Co-op Group",
    "4OC": "40C",
    "Co-operative College": "The Co-operative College",
    "CIPFA C.Co": "C.Co",
    "CIPFA C.co Collaborative Service Design": "C.Co",
    "E3M": "SBI/E3M",
    "Social Business International": "SBI/E3M",
    "RSA": "Royal Society of Arts",
    "The RSA": "Royal Society of Arts",
    "Behaviouralist": "The Behaviouralist",
    "WEA": "Workers Educational Association",
    "Workers' Educational Association": "Workers Educational Association",
}


def _partner(name, kind, website, description):
    return {"name": name, "kind": kind, "website": website, "description": description}


PARTNER_ORGANISATIONS = [
    _partner(
        "One Rochdale Health and Care",
        PUBLIC,
        "",
        "Rochdale's local care organisation, bringing the NHS, the council and care providers "
        "together to plan and deliver health and care in the borough.",
    ),
    _partner(
        "Action Together",
        CHARITY,
        "https://www.actiontogether.org.uk/",
        "The infrastructure charity for the voluntary, community, faith and social enterprise "
        "sector in Rochdale, Oldham and Tameside. It co-developed the co-operative engagement "
        "toolkit with Rochdale.",
    ),
    _partner(
        "Rochdale VCFSE Influencing Group",
        NETWORK,
        "",
        "A group of leaders from Rochdale's voluntary, community, faith and social enterprise "
        "organisations, facilitated by Action Together, that helps shape local services.",
    ),
    _partner(
        "Healthwatch Rochdale",
        CHARITY,
        "",
        "The independent champion for people who use health and social care services in the "
        "Rochdale borough, with a statutory role in making their views heard.",
    ),
    _partner(
        "Hackney Council",
        LA,
        "https://hackney.gov.uk/",
        "The council for the London Borough of Hackney, whose work on system change led it to "
        "question how council governance shares power.",
    ),
    _partner(
        "Anthony Collins Solicitors",
        LAW,
        "https://www.anthonycollins.com/",
        "A Birmingham law firm that works with public bodies, social enterprises and "
        "co-operatives, including on governance and legal structures.",
    ),
    _partner(
        "Co-operative and Mutual Solutions",
        COOP,
        "",
        "A co-operative of advisers who help groups set up and run co-operatives and mutuals, "
        "with expertise in co-operative governance.",
    ),
    _partner(
        "Wigan Council",
        LA,
        "https://www.wigan.gov.uk/",
        "A Greater Manchester borough council known for the Deal, its relationship with "
        "residents built on shared responsibility.",
    ),
    _partner(
        "Stone King",
        LAW,
        "https://www.stoneking.co.uk/",
        "A law firm with a large practice advising charities, education trusts and social "
        "enterprises.",
    ),
    _partner(
        "Pohwer",
        CHARITY,
        "https://www.pohwer.net/",
        "A charity providing advocacy so that people, including those with complex needs, can "
        "have their say about the care and support they receive.",
    ),
    _partner(
        "Demos",
        OTHER,
        "https://demos.co.uk/",
        "A cross-party think tank that works on public policy, including citizen participation "
        "and deliberative democracy.",
    ),
    _partner(
        "Mutual Ventures",
        CONSULTANCY,
        "https://www.mutualventures.co.uk/",
        "A consultancy that helps public services spin out as mutuals and social enterprises and "
        "develop new delivery models.",
    ),
    _partner(
        "North Herts District Council Labour and Co-operative Group",
        GROUP,
        "",
        "The Labour and Co-operative councillors' group on North Hertfordshire District Council, "
        "which partnered the Co-operative Neighbourhoods lab to bring a rural district's view.",
    ),
]

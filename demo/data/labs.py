"""The network's policy labs and prototypes, from the application and expression of interest
documents: who led them, who took part, what they cost and what they set out to do.

`partner_members` are 2020 members (resolved to member profiles); `partner_organisations` are
named in PARTNER_ORGANISATIONS. A completed lab has `final_report`: the sections of a PDF report
that the loader generates and attaches.
"""

from decimal import Decimal

from labs.choices import LabKind, LabStatus

CO_OPERATIVE_NEIGHBOURHOODS = {
    "title": "Co-operative Neighbourhoods",
    "slug": "co-operative-neighbourhoods",
    "kind": LabKind.POLICY_LAB,
    "round_year": 2018,
    "amount_awarded": Decimal("10000"),
    "status": LabStatus.COMPLETED,
    "lead": "Stevenage Borough Council",
    "partner_members": ["Sunderland City Council", "Staffordshire Labour & Co-op Group"],
    "partner_organisations": ["North Herts District Council Labour and Co-operative Group"],
    "summary": (
        "Four councils with very different settings (an urban district, a city, a rural "
        "district and a county) tested how co-operative councils can work with residents at "
        "neighbourhood level as co-producers of their communities. After years in which "
        "austerity stripped out community development and pushed services into ever larger "
        "contracts, the lab set out to show that neighbourhood working creates economic value, "
        "better outcomes and stronger local democracy, and to name what councils must change "
        "in culture, policy and practice to make it happen."
    ),
    "aims_and_outcomes": (
        "<p>The lab aimed to:</p><ol>"
        "<li>identify what enables councils and their partners to work meaningfully with "
        "residents neighbourhood by neighbourhood, drawing on interviews with residents and "
        "councils, published research and action learning in each area;</li>"
        "<li>show the value that local working creates, by unlocking community resources and "
        "making services more effective, using measures such as social return on investment "
        "in adult social care, street scene and children's services;</li>"
        "<li>show how participatory democracy grows at a local level, through case studies and "
        "resident feedback.</li></ol>"
        "<p>The budget paid for four action research reviews, a short animated film and a "
        "published report for policy makers and councils, presented at the network's annual "
        "showcase.</p>"
    ),
    "cooperative_difference": (
        "<p>Neighbourhood working done co-operatively treats residents as co-producers rather "
        "than a free resource to be drawn on. The lab put the ward councillor at the centre of "
        "neighbourhood working and framed localism as a matter of organisational change inside "
        "the council, not something done to communities from the top down.</p>"
    ),
    "themes": ["neighbourhoods-and-communities", "democracy-and-engagement"],
    "principles": [1, 2, 3, 6, 9],
    "contact_name": "Rob Gregory",
    "contact_role": "Assistant Director, Communities and Neighbourhoods, Stevenage Borough Council",
    "final_report": {
        "title": "Co-operative Neighbourhoods: final report",
        "sections": [
            (
                "About this report",
                [
                    "This report summarises the Co-operative Neighbourhoods policy lab, funded "
                    "by the Co-operative Councils' Innovation Network in its 2018/19 round with "
                    "£10,000. Stevenage Borough Council led the lab with Sunderland City Council, "
                    "the Staffordshire County Council Labour group and the North Hertfordshire "
                    "District Council Labour and Co-operative group.",
                    "The four partners were chosen for their differences: an urban district in "
                    "the East of England, a unitary city council in the North East, a rural "
                    "district and a large county council in the West Midlands. Together they "
                    "offered examples from very different places and services.",
                ],
            ),
            (
                "Why the lab was needed",
                [
                    "Through the years of austerity many councils cut back the ways they once "
                    "worked with residents at a neighbourhood level. Community development "
                    "teams were reduced or lost, and commissioning moved towards large "
                    "contracts with economies of scale, so fewer resources and services were "
                    "organised around neighbourhoods.",
                    "The partners believed this was short-sighted. Work that starts where "
                    "people live tends to catch problems early, draws on the skills of local "
                    "groups and builds trust, and large outsourced contracts can cost more in "
                    "the long run when neighbourhood issues are left to grow. The lab set out "
                    "to make that case with evidence, and to do so from a co-operative point "
                    "of view.",
                ],
            ),
            (
                "What the lab set out to test",
                [
                    "First, whether meaningful neighbourhood working adds economic value: "
                    "services that are delivered more effectively and outcomes that improve "
                    "for residents. Second, whether it strengthens democracy, as residents "
                    "take a bigger part in shaping what happens in their area.",
                    "Alongside these two questions the lab looked for the enabling factors: "
                    "the changes in culture, policy and practice that help a council and its "
                    "partners hand real influence to neighbourhoods and keep doing so.",
                ],
            ),
            (
                "How the work was done",
                [
                    "Each partner carried out an action research review in its own area, "
                    "looking at neighbourhood working in services such as adult social care, "
                    "street scene and children's services. The reviews drew on interviews "
                    "with residents, councillors and officers, on existing research about "
                    "localism and social action, and on case studies from other members of "
                    "the network.",
                    "The partners met as a working group to compare what they found, using "
                    "an action learning approach in which each council tested ideas and "
                    "reported back. Social return on investment was used where examples made "
                    "it possible to value what neighbourhood working unlocked.",
                ],
            ),
            (
                "What the partners learned",
                [
                    "Neighbourhood working lasts when it is part of how the whole council "
                    "operates, not a project run by a single team. Where services, "
                    "councillors and community groups plan together around a place, "
                    "residents see that their contribution changes things, and they stay "
                    "involved.",
                    "The ward councillor matters. Councillors who see themselves as "
                    "connectors and brokers, rather than as the only voice of their ward, "
                    "open the door for residents and local groups to take on more.",
                    "Value is easy to miss. Much of what neighbourhood working produces, such "
                    "as volunteer time, early help and local knowledge, does not appear in "
                    "service budgets. Measuring it, even roughly, makes a stronger case than "
                    "cost savings alone.",
                    "Context shapes the method but not the principle. A rural district, a "
                    "city and a county need different structures, but each benefits from "
                    "treating residents as co-producers and from being honest about what the "
                    "council can and cannot do.",
                ],
            ),
            (
                "The co-operative difference",
                [
                    "A top-down approach to localism risks being tokenistic, using the "
                    "goodwill and free time of community groups without sharing power with "
                    "them. The co-operative approach starts from the network's principles of "
                    "social partnership, democratic engagement and co-production: residents "
                    "are partners with a real say, and the council changes how it organises "
                    "itself so that their say counts.",
                    "The lab itself worked co-operatively. Members from different regions "
                    "shared the work, it was open to other members who wanted to join, and "
                    "its findings were shared across the network so that others can use "
                    "them.",
                ],
            ),
            (
                "Sharing the learning",
                [
                    "The findings were written up for policy makers and councils, summarised "
                    "in a short animated film, and presented at the network's annual showcase "
                    "event. Members who want to start or strengthen neighbourhood working can "
                    "contact Stevenage Borough Council's communities and neighbourhoods team.",
                ],
            ),
        ],
    },
}

TOOLKIT_TESTS = {
    "title": "Co-operative Engagement – Toolkit Tests",
    "slug": "co-operative-engagement-toolkit-tests",
    "kind": LabKind.POLICY_PROTOTYPE,
    "round_year": 2019,
    "amount_awarded": Decimal("1500"),
    "status": LabStatus.COMPLETED,
    "lead": "Rochdale Metropolitan Borough Council",
    "partner_members": [],
    "partner_organisations": [
        "One Rochdale Health and Care",
        "Action Together",
        "Rochdale VCFSE Influencing Group",
        "Healthwatch Rochdale",
    ],
    "summary": (
        "Rochdale's council, its local care organisation and its voluntary sector set out to "
        "move engagement beyond consultation towards co-production. This prototype funded one "
        "of three live tests of a co-operative engagement policy, toolkit and working practices "
        "being written together by the public sector, voluntary, community, faith and social "
        "enterprise organisations, and residents. Each test applied the emerging approach to a "
        "real change in health and care, so that the toolkit could be refined from experience "
        "before it was adopted across the borough."
    ),
    "aims_and_outcomes": (
        "<p>Scoping in the borough had found no systematic approach to engagement: the "
        "voluntary sector's reach was undervalued, engagement was often small and "
        "unrepresentative, timescales were too short, and insight was not shared. The "
        "prototype aimed for:</p><ul>"
        "<li>three evidenced co-operative engagement projects, one funded by the network, "
        "showing co-production between the voluntary sector and public services;</li>"
        "<li>insight from those tests used to shape the approach and show its value;</li>"
        "<li>a finished co-operative engagement policy, principles, framework and working "
        "practices;</li>"
        "<li>new relationships and understanding between partners, strategic and "
        "operational.</li></ul>"
    ),
    "cooperative_difference": (
        "<p>The engagement group worked as a co-operative would: partners owned the work "
        "together, membership of the group was open, decisions were made collectively, and "
        "the policy and toolkit were developed as a shared, open resource rather than owned "
        "by one organisation. Residents moved from being consulted to being partners in "
        "deciding what changes.</p>"
    ),
    "themes": ["democracy-and-engagement", "health-and-social-care"],
    "principles": [1, 2, 3, 8, 9, 10],
    "contact_name": "Caroline Wolfenden",
    "contact_role": "Head of Corporate Policy and Performance, Rochdale Borough Council",
    "final_report": {
        "title": "Co-operative Engagement – Toolkit Tests: final report",
        "sections": [
            (
                "About this report",
                [
                    "This report summarises the Co-operative Engagement Toolkit Tests, a policy "
                    "prototype funded by the Co-operative Councils' Innovation Network. Rochdale "
                    "Borough Council led the work with One Rochdale Health and Care, Action "
                    "Together and Healthwatch Rochdale, supported by a group of voluntary, "
                    "community, faith and social enterprise (VCFSE) leaders.",
                    "The network's £1,500 paid for one of three live tests of a new approach to "
                    "engagement; health and care partners in the borough resourced the other "
                    "two.",
                ],
            ),
            (
                "Why Rochdale needed a new approach",
                [
                    "Rochdale's locality plan for health and care named co-operative "
                    "engagement as one of the things that would help it meet its goals. But "
                    "scoping by Action Together and partners found that engagement in the "
                    "borough was not systematic. The reach of voluntary and community groups "
                    "was undervalued, much engagement was small in scale or unrepresentative, "
                    "timescales were often too short, and what people had said was rarely "
                    "shared, so the same questions were asked again and again.",
                    "The result was frustration on every side: services that lacked the "
                    "relationships to engage well, community organisations whose insight went "
                    "unheard, and residents who felt that things were done to them rather than "
                    "with them.",
                ],
            ),
            (
                "What was tested",
                [
                    "The partners were writing a co-operative engagement policy, a set of "
                    "principles, a framework and a toolkit. The framework helps a service "
                    "decide when co-production or co-design is the right level of engagement "
                    "and when informing or consulting is enough.",
                    "Each toolkit test paired a public sector partner with a VCFSE partner on a "
                    "real change, such as work on mental health pathways, self-care or urgent "
                    "care. The VCFSE partner ran a short programme of engagement using its own "
                    "strengths, from arts participation to community development, and an "
                    "agreement between the two partners set out what the engagement had to "
                    "achieve and what the service would do with what it heard.",
                ],
            ),
            (
                "The method",
                [
                    "The approach grew out of Action Together's Ideas Shops, which share power "
                    "between systems, workforces and communities. It follows seven steps: "
                    "choose the challenge; find the hooks that make it matter to people; gather "
                    "collaborators; spend time together framing the challenge, exploring and "
                    "imagining solutions and planning how to test them; build relationships; "
                    "tell the story; and ask what difference it made and what happens next.",
                    "The partners worked out loud, publishing what they did and what they "
                    "learned as they went, and drew on the Auckland Co-design Lab's case for "
                    "change model and Greater Manchester's co-production networks.",
                ],
            ),
            (
                "What the partners learned",
                [
                    "Engagement is worth the effort when it can change something. The tests "
                    "worked best where the service had agreed in advance what it could change "
                    "and committed to report back on what it did with people's views.",
                    "Community organisations are partners, not a route to an audience. Paying "
                    "VCFSE partners for their time and skills, and agreeing expectations in "
                    "writing, made the engagement deeper and more representative, especially "
                    "with groups that services find hard to reach.",
                    "Insight should be shared. Publishing every engagement and its results "
                    "means other services can build on it rather than starting again.",
                    "Co-operative engagement needs a budget. The toolkit includes guidance on "
                    "the resources and time that engagement needs, so that it can be planned "
                    "into any change programme from the start.",
                ],
            ),
            (
                "The co-operative difference",
                [
                    "The engagement group ran itself on co-operative lines. Its partners own "
                    "the work together; anyone with a stake can join; decisions are made "
                    "collectively; partners decided together to seek funding and to resource "
                    "the other tests themselves; and the policy and toolkit are an open "
                    "resource, independent of any single organisation.",
                    "For residents, the difference is a shift from being asked for views to "
                    "being partners in deciding what changes: engagement moves up the ladder "
                    "from consultation to co-design and co-production.",
                ],
            ),
            (
                "What happened next",
                [
                    "The toolkit and the learning from the tests are shared with the network "
                    "as the Co-operative Engagement toolkit on this hub. Rochdale then led a "
                    "larger policy lab, Democratising Policy Solutions, which applies the "
                    "approach to redesigning support for adults facing multiple disadvantages "
                    "with partners from across the network.",
                ],
            ),
        ],
    },
}

DEMOCRATISING_POLICY_SOLUTIONS = {
    "title": "Democratising Policy Solutions",
    "slug": "democratising-policy-solutions",
    "kind": LabKind.POLICY_LAB,
    "round_year": 2023,
    "amount_awarded": Decimal("19760"),
    "status": LabStatus.IN_PROGRESS,
    "lead": "Rochdale Metropolitan Borough Council",
    "partner_members": [
        "Burntwood Town Council",
        "Cheshire West and Chester Council",
        "Sunderland City Council",
        "South Tyneside Council",
        "Tameside Council",
        "SBI/E3M",
        "Trueman Change",
        "Royal Society of Arts",
        "Ideas Alliance",
        "Power to Change",
    ],
    "partner_organisations": ["Wigan Council", "Stone King", "Pohwer", "Demos", "Mutual Ventures"],
    "summary": (
        "Building on Rochdale's co-operative engagement toolkit, this lab brings councils and "
        "affiliates from across the network together to take engagement into the redesign and "
        "delivery of services. It focuses on adults facing multiple disadvantages at once, such "
        "as homelessness, poor mental health, addiction and poverty. People with lived "
        "experience, community members and volunteers, frontline workers and decision makers "
        "meet as equals in shared participatory spaces to identify what should change and to "
        "shape it together. Network funding pays for people with lived experience from every "
        "partner to take part."
    ),
    "aims_and_outcomes": (
        "<p>The lab aims to produce:</p><ul>"
        "<li>a shareable model for a system of support, rather than a service, developed with "
        "people with lived experience, the people who care about them, communities, workers "
        "and system leaders, and measured against a theory of change;</li>"
        "<li>a learning toolkit for participatory work that covers both what to do and how to "
        "build the trust that respectful debate needs;</li>"
        "<li>a set of stories showing how participatory methods can go beyond engagement into "
        "design and delivery.</li></ul>"
        "<p>The learning will be shared through a full report, a short case study and online "
        "workshops for members.</p>"
    ),
    "cooperative_difference": (
        "<p>The lab is designed to give agency and power to people who usually distrust "
        "services, so that they are equal partners in deciding what support they need. "
        "Residents, community organisations and councils work side by side as equals, and "
        "everyone is supported to take part in the way they need.</p>"
    ),
    "themes": ["democracy-and-engagement", "health-and-social-care"],
    "principles": [2, 3, 8],
    "contact_name": "Helen Chicot",
    "contact_role": "Prevention Lead, Rochdale Borough Council",
    "final_report": None,
}

CO_OPERATIVE_GOVERNANCE = {
    "title": "Co-operative Governance",
    "slug": "co-operative-governance",
    "kind": LabKind.POLICY_LAB,
    "round_year": 2024,
    "amount_awarded": Decimal("17500"),
    "status": LabStatus.FUNDED,
    "lead": "Rochdale Metropolitan Borough Council",
    "partner_members": ["Cheshire West and Chester Council"],
    "partner_organisations": [
        "Hackney Council",
        "Anthony Collins Solicitors",
        "Co-operative and Mutual Solutions",
        "Action Together",
    ],
    "summary": (
        "Co-operative councils often find that the custom and practice of local government "
        "governance was not designed for co-operation: decisions and purchasing run through "
        "hierarchies that hold power at the top. This lab brings councils together with legal "
        "and co-operative governance experts to learn what brave and inclusive governance "
        "takes, and to develop ways of deciding and buying that foster equity and democracy. "
        "Training and open communities of practice will test co-operative governance against "
        "live work, from anti-poverty priorities to procurement."
    ),
    "aims_and_outcomes": (
        "<p>At least 30 people from network members will take part in training or communities "
        "of practice, and every session will be open to any member who wants to join. The lab "
        "will gather evidence on:</p><ul>"
        "<li>the challenges built into local government's current governance systems;</li>"
        "<li>co-operative methods of governance and how they can be applied in councils;</li>"
        "<li>the impact and system change those methods can bring.</li></ul>"
        "<p>It will produce short, creative materials (including zines and a report) for "
        "officers on structuring work inclusively and for councillors on co-operative "
        "leadership and sharing power.</p>"
    ),
    "cooperative_difference": (
        "<p>The lab treats governance itself as something to make co-operative: distributing "
        "power deliberately so that more people take part in decisions, and designing the "
        "behaviours of co-operation into how councils decide and purchase rather than leaving "
        "them to the margins.</p>"
    ),
    "themes": ["governance", "procurement-and-social-value", "community-wealth-building"],
    "principles": [1, 2, 3, 6, 7, 10],
    "contact_name": "Helen Chicot",
    "contact_role": "Reform and Prevention Lead, Rochdale Borough Council",
    "final_report": None,
}

LABS = [
    CO_OPERATIVE_NEIGHBOURHOODS,
    TOOLKIT_TESTS,
    DEMOCRATISING_POLICY_SOLUTIONS,
    CO_OPERATIVE_GOVERNANCE,
]

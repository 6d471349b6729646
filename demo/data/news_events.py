"""News items and events for the demo site, drawn from the network's documents: the 2020 case
study booklet, the Co-operative Governance lab (2024, £17,500, led by Rochdale with Cheshire
West and Chester), Rochdale's Co-operative Engagement policy prototype and its partners, the
policy lab call's £10,000 to £20,000 with three partner members, Stevenage's Co-operative
Neighbourhoods lab with Sunderland, the network's conference in Sunderland (a tour of the city
and workshops on the labs) and its annual showcase of lab work.

The documents date none of these as news or events, so, like the demonstration funding round,
each is dated relative to the day the demo content is loaded (`days_ago`, `in_days`): the site
always has something new and something coming up. Event bodies say they are demonstration
content. The prose is the project's own.
"""

INDEX_PAGES = {
    "news": {
        "title": "News",
        "slug": "news",
        "introduction": (
            "<p>What is happening across the network: new labs and toolkits, stories from "
            "members and calls for funding. Filter by theme, principle, member or year, or "
            "follow the feed.</p>"
        ),
    },
    "events": {
        "title": "Events",
        "slug": "events",
        "introduction": (
            "<p>Conferences, learning sessions and briefings where members meet, online and in "
            "person. What is coming up comes first; past events stay here with what they "
            "covered.</p>"
        ),
    },
}

DEMO_NOTE = "<p>This event is part of the hub's demonstration content.</p>"

NEWS = [
    {
        "title": "The 2020 case study booklet is on the hub",
        "slug": "case-study-booklet-on-the-hub",
        "days_ago": 2,
        "summary": (
            "All 56 stories from the network's 2020 booklet of co-operative case studies can "
            "now be searched and filtered by theme, principle, member and year."
        ),
        "body": (
            "<p>Each story names the member that tells it, its partners and who to contact, "
            "and links to the toolkits and labs that build on it.</p>"
        ),
        "lead": None,
        "members": [],
        "themes": [],
        "principles": [9],
    },
    {
        "title": "Co-operative Governance lab under way",
        "slug": "co-operative-governance-lab-under-way",
        "days_ago": 9,
        "summary": (
            "Rochdale leads a 2024 policy lab with Cheshire West and Chester and legal and "
            "co-operative partners on making council governance co-operative."
        ),
        "body": (
            "<p>The lab was awarded £17,500. Its training and communities of practice are open "
            "to any member who wants to join, and it will publish short materials for officers "
            "and councillors on sharing power.</p>"
        ),
        "lead": "Rochdale Metropolitan Borough Council",
        "members": ["Cheshire West and Chester Council"],
        "themes": ["governance", "procurement-and-social-value"],
        "principles": [2, 6, 10],
    },
    {
        "title": "Policy lab funding: bids of £10,000 to £20,000",
        "slug": "policy-lab-funding-open",
        "days_ago": 0,
        "summary": (
            "The network is inviting bids for policy labs led by a member council with at "
            "least three partner members."
        ),
        "body": (
            "<p>A strong bid explains the need, how the money will be spent and how the final "
            "report will show the co-operative difference. Apply online through the hub.</p>"
        ),
        "lead": None,
        "members": [],
        "themes": [],
        "principles": [8, 9],
    },
    {
        "title": "Co-operative Engagement toolkit published",
        "slug": "co-operative-engagement-toolkit-published",
        "days_ago": 21,
        "summary": (
            "The toolkit from Rochdale's Co-operative Engagement policy prototype sets out how "
            "to involve residents in shaping services, step by step."
        ),
        "body": (
            "<p>It was developed with One Rochdale Health and Care, Action Together and "
            "Healthwatch Rochdale, and tested on live pieces of engagement.</p>"
        ),
        "lead": "Rochdale Metropolitan Borough Council",
        "members": [],
        "themes": ["democracy-and-engagement", "health-and-social-care"],
        "principles": [2, 3],
    },
]

EVENTS = [
    {
        "title": "Co-operative Governance: open learning session",
        "slug": "co-operative-governance-learning-session",
        "in_days": 12,
        "start": (10, 0),
        "hours": 2,
        "attendance": "online",
        "venue": "",
        "booking_url": "",
        "summary": (
            "The Co-operative Governance lab opens one of its learning sessions to every "
            "member: what makes council governance co-operative, and how to try it."
        ),
        "lead": "Rochdale Metropolitan Borough Council",
        "members": ["Cheshire West and Chester Council"],
        "themes": ["governance"],
        "principles": [2, 6],
    },
    {
        "title": "Policy lab showcase",
        "slug": "policy-lab-showcase",
        "in_days": 45,
        "start": (10, 30),
        "hours": 5,
        "attendance": "hybrid",
        "venue": "Stevenage",
        "booking_url": "",
        "summary": (
            "Labs present what they learned, with Stevenage's Co-operative Neighbourhoods among "
            "them, in person and online."
        ),
        "lead": "Stevenage Borough Council",
        "members": ["Sunderland City Council"],
        "themes": [],
        "principles": [8, 9],
    },
    {
        "title": "Applying for policy lab funding: online briefing",
        "slug": "policy-lab-funding-briefing",
        "in_days": 20,
        "start": (14, 0),
        "hours": 1,
        "attendance": "online",
        "venue": "",
        "booking_url": "",
        "summary": (
            "What the funding round asks for, from partners to budgets, and time for "
            "questions about your bid."
        ),
        "lead": None,
        "members": [],
        "themes": [],
        "principles": [9],
    },
    {
        "title": "Network conference in Sunderland",
        "slug": "network-conference-sunderland",
        "in_days": -120,
        "start": (9, 30),
        "hours": 7,
        "attendance": "in_person",
        "venue": "Sunderland",
        "booking_url": "",
        "summary": (
            "Members toured Sunderland, heard what the policy labs had changed and took part "
            "in workshops on working co-operatively."
        ),
        "lead": "Sunderland City Council",
        "members": ["Rochdale Metropolitan Borough Council"],
        "themes": [],
        "principles": [9, 10],
    },
]

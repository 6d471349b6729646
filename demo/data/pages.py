"""The home page, the four index pages and the standard pages, in the hub's own words.

Bodies use the same (block type, value) pairs as the case study files.
"""

HOME_INTRODUCTION = (
    "<p>The Co-operative Councils' Innovation Network brings together councils, associates and "
    "affiliates from across the UK who believe that public services work best when they are "
    "shaped with the people who use them. This hub gathers what members have learned: stories "
    "of co-operative practice, toolkits to pick up and use, and the findings of the policy labs "
    "the network funds.</p>"
)

INDEX_PAGES = {
    "members": {
        "title": "Members",
        "slug": "members",
        "introduction": (
            "<p>Full council members, associates (town and community councils, combined "
            "authorities and councillors' groups) and affiliates (co-operatives, charities, "
            "consultancies and law firms) make up the network. Each profile says who the "
            "organisation is and links to its stories, labs and toolkits.</p>"
        ),
    },
    "case_studies": {
        "title": "Case studies",
        "slug": "case-studies",
        "introduction": (
            "<p>Stories from members about putting co-operative values into practice: what they "
            "set out to do, who they worked with, what changed and who to ask about it. Filter "
            "by theme, principle, member or year.</p>"
        ),
    },
    "toolkits": {
        "title": "Toolkits",
        "slug": "toolkits",
        "introduction": (
            "<p>Practical methods that members have tested, set out step by step, with "
            "resources to download. Most began life in a policy lab or prototype.</p>"
        ),
    },
    "labs": {
        "title": "Policy labs",
        "slug": "policy-labs",
        "introduction": (
            "<p>Policy labs are small funded projects in which a lead council works with other "
            "members to test a co-operative answer to a shared problem. Here you can follow "
            "each lab from funding to final report, and read what it found about the "
            "co-operative difference.</p>"
        ),
    },
}

PRINCIPLES_TEXT = [
    (
        "Social partnership",
        "Councils, residents, community groups and enterprises share responsibility for "
        "wellbeing and work together so that everyone gains.",
    ),
    (
        "Democratic engagement",
        "People from every part of the community take a real part in setting priorities and "
        "making decisions, not only those who usually speak up.",
    ),
    (
        "Co-production",
        "Residents are equal partners in designing and commissioning services and in deciding "
        "how public money and assets are used.",
    ),
    (
        "Enterprise and social economy",
        "Economic development starts from communities: good jobs, social enterprises and an "
        "environment in which co-operatives and mutuals can flourish.",
    ),
    (
        "Maximising social value",
        "Councils agree what social value means and how to measure it, and use that to secure "
        "better social, economic and environmental outcomes locally.",
    ),
    (
        "Community leadership and a new role for councillors",
        "The council becomes a platform that helps communities contribute, and councillors act "
        "as connectors, brokers and leaders in their neighbourhoods.",
    ),
    (
        "New models of meeting priority needs",
        "Where needs are changing, councils look to models such as co-operatives and mutuals "
        "that give staff and people who use services a stronger voice.",
    ),
    (
        "Innovation",
        "Members try new ways of working with communities and are open about what works and "
        "what does not.",
    ),
    (
        "Learning",
        "What one project learns is captured and shared, so that co-operative approaches spread "
        "across councils and the network.",
    ),
    (
        "Walking the talk",
        "The network lives by its own principles: members help one another, membership is open "
        "to any council or organisation that shares its values, the work programme is shaped by "
        "members, and the network is action-focused, funded by its members and "
        "non-party-political.",
    ),
]


# Dates in the statement's own words; comms change them when they review it.
ACCESSIBILITY_STATEMENT_PREPARED = "2 November 2026"
ACCESSIBILITY_STATEMENT_REVIEWED = "30 November 2026"


def _principles_html():
    items = "".join(
        # The list numbers the principles itself; a number in the text would show twice.
        f"<li><b>{name}.</b> {text}</li>"
        for name, text in PRINCIPLES_TEXT
    )
    return f"<ol>{items}</ol>"


STANDARD_PAGES = [
    {
        "title": "About the network",
        "slug": "about",
        "introduction": (
            "A network of councils and partner organisations that work with residents, not just "
            "for them."
        ),
        "body": [
            ("heading", "Who we are"),
            (
                "paragraph",
                "<p>The Co-operative Councils' Innovation Network is a non-party-political network "
                "of UK local authorities and the organisations that work alongside them. It is a "
                "special interest group of the Local Government Association. In May 2020 it "
                "counted 29 full council members, 17 associates and 23 affiliates.</p>",
            ),
            (
                "key_figures",
                [
                    {"figure": "29", "label": "full council members (May 2020)"},
                    {"figure": "17", "label": "associate members"},
                    {"figure": "23", "label": "affiliate members"},
                ],
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                "<p>Members share a belief that the big challenges facing local government are "
                "best met by working co-operatively with communities. The network helps them "
                "turn that belief into practice:</p><ul>"
                "<li>it funds policy labs and prototypes in which members test new approaches "
                'together (<a href="/apply/">apply for funding</a>);</li>'
                "<li>it collects and publishes stories of co-operative practice;</li>"
                "<li>it turns what labs learn into toolkits others can use;</li>"
                "<li>it brings officers, councillors and affiliates together in an officer "
                "network and in regional networks in England, Scotland and Wales.</li></ul>",
            ),
            ("heading", "How the network is run"),
            (
                "paragraph",
                "<p>The network is funded mainly by modest subscriptions from its members, and "
                "members shape its programme of work. Its chair is the leader of one of the "
                "member councils. Day-to-day communications and membership are run by a small "
                'team you can reach at <a href="mailto:comms@councils.coop">'
                "comms@councils.coop</a>.</p>",
            ),
        ],
    },
    {
        "title": "Values and principles",
        "slug": "values-and-principles",
        "introduction": (
            "The values the network has adopted, and the ten principles members use to put them "
            "into practice."
        ),
        "body": [
            ("heading", "Our values"),
            (
                "paragraph",
                "<p>The network is not a registered co-operative, but it has adopted the "
                "co-operative values set out by the International Co-operative Alliance. "
                "Co-operatives rest on self-help, self-responsibility, democracy, equality, "
                "equity and solidarity. Following their founders, co-operators also hold to the "
                "ethical values of honesty, openness, social responsibility and caring for "
                "others.</p>",
            ),
            ("heading", "The co-operative principles"),
            (
                "paragraph",
                "<p>The network endorses the seven principles of the International Co-operative "
                "Alliance:</p><ul>"
                "<li>voluntary and open membership;</li>"
                "<li>democratic member control;</li>"
                "<li>member economic participation;</li>"
                "<li>autonomy and independence;</li>"
                "<li>education, training and information;</li>"
                "<li>co-operation among co-operatives;</li>"
                "<li>concern for community.</li></ul>",
            ),
            ("heading", "Our ten principles"),
            (
                "paragraph",
                "<p>Councils are not co-operatives themselves, so members have drawn up ten "
                "principles that grow out of the Alliance's and fit the work of local "
                "government.</p>" + _principles_html(),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Working co-operatively within and across communities holds the key to "
                        "tackling today's challenges."
                    ),
                    "attribution": "The belief members share",
                },
            ),
        ],
    },
    {
        "title": "Join us",
        "slug": "join-us",
        "introduction": (
            "Membership is open to any UK council, and to organisations and groups that share "
            "the network's values."
        ),
        "body": [
            ("heading", "Who can join"),
            (
                "paragraph",
                "<ul><li><b>Full members</b> are UK councils.</li>"
                "<li><b>Associates</b> are town, parish and community councils, combined "
                "authorities, and councillors' groups on councils that are not yet members.</li>"
                "<li><b>Affiliates</b> are co-operatives, charities, social enterprises, "
                "consultancies, law firms and other organisations that work with councils and "
                "share our values.</li></ul>",
            ),
            ("heading", "What members get"),
            (
                "paragraph",
                "<ul><li>The latest thinking on putting co-operative principles into practice, "
                "and a network of peers who have tried it.</li>"
                "<li>Funding for policy labs and prototypes run with other members "
                '(<a href="/apply/">how to apply for funding</a>).</li>'
                "<li>A voice in national policy debates about public services and local "
                "democracy.</li>"
                "<li>An officer network and regional networks in England, Scotland and "
                "Wales.</li>"
                "<li>Invitations to conferences and events, and a place to share your own "
                "work.</li>"
                "<li>Access to a framework of specialist affiliates who can help you move "
                "quickly when you need support.</li></ul>",
            ),
            ("heading", "Talk to us about joining"),
            (
                "paragraph",
                "<p>Email the network's communications, membership and events team at "
                '<a href="mailto:comms@councils.coop">comms@councils.coop</a> and we will '
                "explain the options and the subscription for your organisation.</p>",
            ),
        ],
    },
    {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "introduction": (
            "How accessible the CCIN Hub is, what to do if you have a problem, and how we test "
            "and improve it."
        ),
        "body": [
            (
                "paragraph",
                "<p>This statement applies to the CCIN Hub, the website of the Co-operative "
                "Councils' Innovation Network. We want as many people as possible to be able to "
                "use it. You should be able to:</p><ul>"
                "<li>zoom in up to 400% without text spilling off the screen or needing to "
                "scroll sideways;</li>"
                "<li>change colours, text size and fonts in your browser;</li>"
                "<li>reach every link, button and form control with a keyboard alone, and see "
                "where the keyboard focus is;</li>"
                "<li>skip straight to the main content of each page;</li>"
                "<li>use the site with a screen reader such as NVDA, JAWS or VoiceOver, with "
                "headings, landmarks and labelled form fields to help you find your way;</li>"
                "<li>use the site with motion reduced, as animation is kept to a minimum.</li>"
                "</ul><p>We have also written the content as plainly as we can.</p>",
            ),
            ("heading", "How accessible this website is"),
            (
                "paragraph",
                "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at "
                "level AA. Images that carry meaning have text alternatives, colour is never the "
                "only way information is shown, and text contrast meets the AA ratios.</p>"
                "<p>We know some parts are not yet fully accessible:</p><ul>"
                "<li>some older PDF reports published by members and labs are not tagged for "
                "screen readers, and may not reflow on small screens;</li>"
                "<li>some documents uploaded by partners may lack headings or text "
                "descriptions of charts;</li>"
                "<li>videos hosted on other websites may not have accurate captions.</li></ul>",
            ),
            ("heading", "Feedback and contact information"),
            (
                "paragraph",
                "<p>If you need information on this website in a different format, such as an "
                "accessible PDF, large print, easy read or plain text, email "
                '<a href="mailto:comms@councils.coop">comms@councils.coop</a>. Tell us the '
                "page or document, the format you need and how to reach you. We will reply "
                "within 10 working days.</p>",
            ),
            ("heading", "Reporting accessibility problems"),
            (
                "paragraph",
                "<p>We are always looking to improve the accessibility of the hub. If you find a "
                "problem that is not listed on this page, or you think we are not meeting the "
                "accessibility requirements, email "
                '<a href="mailto:comms@councils.coop">comms@councils.coop</a> with the web '
                "address of the page and a description of the problem, including the browser "
                "and any assistive technology you use. We will acknowledge your report within "
                "5 working days and tell you what we will do about it.</p>",
            ),
            ("heading", "Enforcement procedure"),
            (
                "paragraph",
                "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
                "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                "Accessibility Regulations 2018 in Great Britain. If you are not happy with how "
                "we respond to your complaint, contact the Equality Advisory and Support Service "
                "(EASS). In Northern Ireland, contact the Equality Commission for Northern "
                "Ireland.</p>",
            ),
            ("heading", "Technical information about this website's accessibility"),
            (
                "paragraph",
                "<p>The network is committed to making its website accessible in line with the "
                "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                "Regulations 2018. This website is partially compliant with WCAG version 2.2 "
                "AA, because of the issues with documents and third-party media listed "
                "above.</p>",
            ),
            ("heading", "What we are doing to improve accessibility"),
            (
                "paragraph",
                "<p>Every page template is checked with automated tools and by hand with a "
                "keyboard and a screen reader before it is released. New PDF reports are "
                "checked before they are published, and we ask labs to provide accessible "
                "versions of their final reports. We are replacing older documents with "
                "accessible versions when they are updated or requested.</p>",
            ),
            ("heading", "Preparation of this accessibility statement"),
            (
                "paragraph",
                f"<p>This statement was prepared on {ACCESSIBILITY_STATEMENT_PREPARED}. It was "
                f"last reviewed on {ACCESSIBILITY_STATEMENT_REVIEWED}, after the site's templates "
                "were tested with automated tools, a keyboard and a screen reader.</p>"
                "<p>It is reviewed again whenever a significant change is made to the site, and "
                "at least once a year.</p>",
            ),
        ],
    },
]

PRIVACY_AND_COOKIE_PAGES = [
    {
        "title": "Privacy notice",
        "slug": "privacy",
        "introduction": (
            "What personal information the CCIN Hub holds, why, for how long, and what you can "
            "ask us to do with it."
        ),
        "body": [
            ("heading", "Who we are"),
            (
                "paragraph",
                "<p>The CCIN Hub is run by the Co-operative Councils' Innovation Network. For "
                "questions about your information, email "
                '<a href="mailto:comms@councils.coop">comms@councils.coop</a>.</p>',
            ),
            ("heading", "What we hold and why"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Member and staff accounts</b>: your name, email address and username, so "
                "you can sign in to read members-only material or to edit the hub. If you use "
                "two-factor authentication, we also keep the details of your authenticator app "
                "or passkey.</li>"
                "<li><b>Funding applications</b>: the contact's name, job title, telephone and "
                "email, and the answers in the form, so that the network can assess the bid and "
                "reply. If a bid is declined, the contact's details and the free-text answers "
                "are removed a year after the decision; what the network counts (the round, the "
                "organisations, the amount and the dates) is kept.</li>"
                "<li><b>Contacts on published pages</b>: the names, job titles and work contact "
                "details of officers who have agreed to be named on a case study, toolkit, lab "
                "or member profile.</li>"
                "<li><b>Sign-in attempts</b>: the username tried and the internet address it came "
                "from, so that an account can be locked after repeated wrong passwords. These "
                "records are deleted after 90 days.</li>"
                "<li><b>Searches</b>: the words searched for, so we can improve the hub. We do "
                "not store your internet address with them or link them to you.</li>"
                "</ul>",
            ),
            ("heading", "Who can see it"),
            (
                "paragraph",
                "<p>Only the network's communications team and the site's administrators can see "
                "accounts and applications. We do not sell or share your information, and the "
                "hub loads nothing from other websites, so no third party learns that you "
                "visited.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<p>You can ask for a copy of the information we hold about you, ask us to "
                "correct it, or ask us to delete it. Email "
                '<a href="mailto:comms@councils.coop">comms@councils.coop</a>. If you are not '
                "happy with our answer, you can complain to the Information Commissioner's "
                'Office at <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk</a>.</p>',
            ),
        ],
    },
    {
        "title": "Cookies",
        "slug": "cookies",
        "introduction": (
            "The hub sets only the cookies it needs to work. It uses no analytics, advertising "
            "or social media cookies, so there is nothing to accept or turn off."
        ),
        "body": [
            ("heading", "Cookies the hub sets"),
            (
                "paragraph",
                "<p>Reading public pages sets no cookies at all. These are set only when you "
                "use a form or sign in:</p><ul>"
                "<li><b>csrftoken</b>: set when a page shows a form (signing in, applying for "
                "funding). It proves that a form was sent from the hub and not from another "
                "website. It lasts a year.</li>"
                "<li><b>sessionid</b>: set when you sign in, or enter a page's password. It "
                "keeps you signed in from page to page. It lasts two weeks, or until you sign "
                "out.</li>"
                "</ul>",
            ),
            ("heading", "Cookies in the editing area"),
            (
                "paragraph",
                "<p>People who edit the hub also get these, in the editing area only:</p><ul>"
                '<li><b>messages</b>: holds a confirmation such as "Page published" until the '
                "next page shows it, then is removed.</li>"
                "<li><b>wagtail_sidebar_collapsed</b>: remembers whether you folded the editing "
                "area's side menu.</li>"
                "</ul>",
            ),
            ("heading", "Questions"),
            (
                "paragraph",
                '<p>Email <a href="mailto:comms@councils.coop">comms@councils.coop</a>. Our '
                "privacy notice says what personal information the hub holds.</p>",
            ),
        ],
    },
]

STANDARD_PAGES += PRIVACY_AND_COOKIE_PAGES

# Labels and where they go: ("index", <index key>), ("standard", <standard page slug>),
# ("contact", <its slug>) or ("url", address).
PRIMARY_NAVIGATION = [
    ("Case studies", ("index", "case_studies")),
    ("Toolkits", ("index", "toolkits")),
    ("Policy labs", ("index", "labs")),
    ("Members", ("index", "members")),
    ("About", ("standard", "about")),
    ("Join us", ("standard", "join-us")),
]

FOOTER_NAVIGATION = [
    ("About the network", ("standard", "about")),
    ("Values and principles", ("standard", "values-and-principles")),
    ("Join us", ("standard", "join-us")),
    ("Accessibility statement", ("standard", "accessibility-statement")),
    ("Privacy notice", ("standard", "privacy")),
    ("Cookies", ("standard", "cookies")),
    ("Contact us", ("contact", "contact")),
    ("councils.coop", ("url", "https://www.councils.coop/")),
]

FOOTER_TEXT = (
    "<p>The Co-operative Councils' Innovation Network is a non-party-political special interest "
    "group of the Local Government Association, funded by its members.</p>"
)

CONTACT_EMAIL = "comms@councils.coop"

# Case studies shown on the home page, by title, when they exist.
FEATURED_CASE_STUDY_TITLES = [
    "The Preston Model",
    "Co-operative working for public service delivery",
    "Using the Place Standard to have conversations about what matters to citizens in our "
    "local places",
    "Partnership approach to tackling holiday hunger",
]

CONTACT_PAGE = {
    "title": "Contact us",
    "slug": "contact",
    "introduction": (
        "<p>Write to the network's comms team about joining, policy lab funding, something you "
        "read on the hub or signing in. If your question is about one member's work, the "
        "contacts on its profile, case studies and labs can answer it directly.</p>"
    ),
    "confirmation": (
        "<p>The comms team reads every message and replies within five working days. "
        "If it is urgent, say so when you email them.</p>"
    ),
}

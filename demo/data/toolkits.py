"""Toolkits: practical methods from the network's labs, with their steps and downloads."""

CO_OPERATIVE_ENGAGEMENT = {
    "title": "Co-operative Engagement toolkit",
    "slug": "co-operative-engagement",
    "summary": (
        "A seven-step method for engaging residents as partners in changing a service, "
        "developed and tested in Rochdale by the council, its local care organisation and its "
        "voluntary sector."
    ),
    "audience": (
        "Council and health officers leading change, and voluntary and community organisations "
        "working with them"
    ),
    "introduction": (
        "<p>Most engagement stops at asking people what they think. Co-operative engagement "
        "goes further: residents, community organisations and services work together on a "
        "real challenge, with the power to change what happens. This method comes from "
        "Rochdale's Toolkit Tests prototype, which grew out of Action Together's Ideas Shops.</p>"
        "<p>Before you start, decide what level of engagement the change needs. If the "
        "decision is already made, informing people honestly is better than a consultation "
        "that cannot change anything. Use this method when people's knowledge can shape what "
        "happens: developing a policy, redesigning a service, or evaluating an approach.</p>"
    ),
    "steps": [
        (
            "Choose your challenge",
            "<p>Pick one specific challenge where a change is needed and where residents' "
            "input can make a difference. Write down what is open to change and what is not, "
            "and agree it with the service that will act on the results.</p>",
        ),
        (
            "Find the hooks",
            "<p>Work out why the challenge matters to the people you want to involve, and "
            "which existing plans, strategies or decisions it connects to. A good hook makes "
            "it worth people's time and gives the work somewhere to land.</p>",
        ),
        (
            "Gather your collaborators",
            "<p>Bring together people who use the service, people who work in it, community "
            "and voluntary organisations that reach the people most affected, and someone "
            "with the authority to act. Pay community partners for their time and agree in "
            "writing what each partner expects and will contribute.</p>",
        ),
        (
            "Spend time together",
            "<p>Facilitate sessions in which collaborators frame the challenge from their "
            "different points of view, explore possible solutions using everyone's skills, "
            "imagine the difference each might make, and plan how to test the most promising "
            "ones. Choose places, times and formats that suit the people you most need to "
            "hear from.</p>",
        ),
        (
            "Build relationships",
            "<p>Treat the relationships as an outcome in their own right. Keep in touch between "
            "sessions, follow up on what you promised, and create ways for collaborators to "
            "keep working together after this piece of work ends.</p>",
        ),
        (
            "Focus on storytelling",
            "<p>Record what happened and why in a way that others can follow: what people "
            "said, what was tried, and what changed. Work out loud by sharing progress as you "
            "go, and publish the engagement and its results so that other services can build "
            "on them.</p>",
        ),
        (
            "Ask: so what, and what now?",
            "<p>Review honestly what difference the work made for residents and for the "
            "service, report back to everyone who took part about what was done with their "
            "views, and agree the next steps, including what it will cost to keep going.</p>",
        ),
    ],
    "body": [
        ("heading", "Where this method came from"),
        (
            "paragraph",
            "<p>Rochdale's co-operative engagement group brought together the council, One "
            "Rochdale Health and Care, Action Together, Healthwatch Rochdale and a group of "
            "voluntary sector leaders. They tested the approach on live changes in health and "
            "care before writing it up, and shared it with the network.</p>",
        ),
        (
            "quote",
            {
                "quote": (
                    "People and communities are the experts in their own lives and needs; good "
                    "engagement starts from there."
                ),
                "attribution": "The principle behind Rochdale's locality plan",
            },
        ),
    ],
    "themes": ["democracy-and-engagement", "health-and-social-care"],
    "principles": [1, 2, 3, 9],
    "originating_lab": "co-operative-engagement-toolkit-tests",
    # Related case studies are matched by lead member and title words, when the stories exist.
    "related_case_studies_lead": "Rochdale Metropolitan Borough Council",
    "resource": {
        "title": "Co-operative engagement checklist",
        "description": "A one-page checklist of the seven steps, to print and use in planning",
        "heading": "Co-operative engagement: a checklist",
        "items": [
            "We have chosen one challenge and agreed with the service what is open to change.",
            "We know why it matters to the people we want to involve, and what it connects to.",
            "Our collaborators include people who use the service, people who work in it, "
            "community partners and someone who can act.",
            "Community partners are paid for their time and expectations are agreed in writing.",
            "Sessions are held where and when the people we most need to hear from can come.",
            "We have framed the challenge together, explored and imagined solutions, and "
            "planned how to test them.",
            "We are keeping in touch between sessions and following up on our promises.",
            "We are recording and publishing what we do and what we learn as we go.",
            "We have reported back to everyone who took part about what was done with their views.",
            "We have agreed next steps and what it will cost to keep going.",
        ],
    },
}

TOOLKITS = [CO_OPERATIVE_ENGAGEMENT]

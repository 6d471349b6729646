"""A funding round open for bids, so that `make run` shows the application form at /apply/ and
comms can try the review pipeline. The amounts and the number of partners are those of the
network's 2024 policy lab call (£10,000 to £20,000; at least three partner members); the round
opens when the demo content is loaded and stays open for twelve weeks."""

from decimal import Decimal

from labs.choices import LabKind

OPEN_FOR_WEEKS = 12

DEMONSTRATION_ROUND = {
    "title": "Policy labs: demonstration round",
    "slug": "policy-labs-demonstration",
    "kind": LabKind.POLICY_LAB,
    "minimum_amount": Decimal("10000"),
    "maximum_amount": Decimal("20000"),
    "minimum_partner_members": 3,
    "guidance": (
        "<p>Policy labs bring a member council together with other members and partners to "
        "work on a shared problem and publish what they learn. Bids are for between £10,000 "
        "and £20,000, depending on how complex the work is.</p>"
        "<p>A strong bid names at least three partner members, explains the need and how the "
        "money will be spent, and says how the lab will show the co-operative difference in "
        "its final report.</p>"
        "<p>This round is part of the hub's demonstration content.</p>"
    ),
}

"""A case study as the importer's JSON record gives it, to change one field at a time."""

BODY = (
    "Residents and the council **shared** the work.\n\n"
    "- Tenants ran the repairs board\n- Costs fell by a fifth\n\n"
    "## What next\n\nThe model spreads to [other estates](https://example.org/estates)."
)


def record(**overrides):
    data = {
        "title": "Tenant-led repairs",
        "organisation": "Rochdale Borough Council",
        "partner_organisation": "Hackney Council",
        "summary": "Tenants run the repairs service.",
        "body": BODY,
        "themes": ["Housing"],
        "principles": [3, "Democratic engagement"],
        "year": 2019,
        "contact_name": "Sam Officer",
        "contact_role": "Housing Lead",
        "contact_email": "sam@example.org",
        "contact_phone": "01706 000000",
        "website": "https://example.org/repairs",
    }
    data.update(overrides)
    return data
